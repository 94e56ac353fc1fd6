# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Mail passages by an independent author (round 13, author13b): French, Spanish and Portuguese
job-search mail as it reads across France, Belgium, Switzerland, Québec, Spain, Mexico, Argentina,
Colombia, Chile, Brazil, Portugal and Angola, with smaller English and German sets (about 15% each).

Rejections (about 45%): plain refusals, refusals after interviews, tests, case studies and
assessment centres, positions filled / frozen / cancelled, public-sector competitions (concours,
oposiciones, concursos públicos, procedimentos concursais, Auswahlverfahren), and decisions buried
after company marketing or inside long personal letters; tu/vous, tú/usted/vos, você/tu/V. Exa.,
du/Sie; very short and very long.
Hard negatives (about 45%): receipts (including conditional "if you don't hear from us" lines),
status updates that are not decisions, interview invitations that never say "interview", offers
(promesse d'embauche, carta oferta, proposta de contratação, Vertragsangebot), recruiter cold
outreach, job alerts and talent-community newsletters, and mail where offre/oferta/Stellenangebot
means a job posting. About 10%: explicit interview/test convocations and candidate-account admin
(password resets, data-retention notices, careers fairs, surveys, withdrawal confirmations).
Everything is invented and written from general knowledge; no samples were read.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Maison Valmorel",
    "Banque Léman Privée",
    "Érable Numérique",
    "Aurora Movilidad",
    "Andes Pagos",
    "Flores del Tequendama",
    "Serra Verde Energia",
    "Atlântida Seguros",
    "Kwanza Logística",
    "Brunnhofer Präzisionstechnik",
    "Northgate Analytics",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Owner",
    "Key Account Manager",
    "Backend Developer",
    "Supply Chain Coordinator",
    "UX Designer",
    "Financial Controller",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dubreuil", "recrutement@{domain}"),
    ("Sophie Tremblay", "carrieres@{domain}"),
    ("Lucía Ortega", "talento@{domain}"),
    ("Valentina Ríos", "seleccion@{domain}"),
    ("Mariana Costa", "vagas@{domain}"),
    ("João Baptista", "rh@{domain}"),
    ("Jonas Keller", "karriere@{domain}"),
    ("Talent Acquisition", "noreply@mail.hirewell-ats.example"),
    ("Recursos Humanos", "no-reply@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "fr": {
        "rej_direct": """
Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature au poste de {role}.
Votre candidature au poste de {role} n'a pas été retenue. Nous conservons toutefois votre CV dans notre vivier pendant deux ans, sauf avis contraire de votre part.
Merci pour ta candidature ! On a reçu beaucoup de profils très solides pour ce poste de {role} et, après réflexion, on ne va pas aller plus loin avec toi cette fois-ci. On garde ton profil en tête pour nos prochains recrutements.
Nous avons reçu un grand nombre de candidatures pour ce poste et avons privilégié des profils dont l'expérience correspond plus étroitement à nos besoins actuels. Nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.
SUBJECT: Votre candidature – {role} || Nous accusons réception de votre candidature et vous en remercions. Malheureusement, après étude de votre dossier, celui-ci ne correspond pas au profil recherché et nous ne pourrons pas y donner suite.
Nous avons bien pris connaissance de votre candidature pour le poste de {role}. Malgré l'intérêt de votre parcours, nous avons retenu des candidatures qui répondent davantage aux exigences du poste, notamment la maîtrise de l'anglais en contexte d'affaires. Votre dossier ne sera donc pas retenu pour la suite du processus.
Nous vous remercions du dossier que vous nous avez adressé. Après une analyse approfondie, nous devons malheureusement vous informer que notre choix s'est porté sur une autre personne. Vos documents vous sont retournés sous pli séparé.
Nous ne donnerons pas suite à votre candidature pour le poste de {role}.
Votre profil a retenu toute notre attention ; néanmoins, nous avons décidé de poursuivre avec des candidats dont le parcours est plus proche des attentes de notre client. Nous clôturons donc votre candidature pour cette mission d'intérim.
Ta candidature pour {role} chez {company} ne sera pas retenue : le poste demande une expérience confirmée en gestion de budget que ton parcours ne montre pas encore. N'hésite pas à repostuler d'ici un an, on relira ton dossier avec plaisir.
Nous sommes au regret de vous annoncer que votre candidature spontanée ne peut aboutir : nous n'avons actuellement aucun poste correspondant à votre profil et nous ne pourrons pas la conserver.
SUBJECT: Mise à jour de votre candidature (réf. 2025-0417) || Statut de votre candidature : non retenue. Poste : {role}. Ce message est envoyé automatiquement ; merci de ne pas y répondre.
""",
        "rej_after_interview": """
Merci encore pour le temps que vous nous avez consacré lors de nos entretiens. Après de longues délibérations, nous avons décidé de poursuivre avec un autre candidat, dont l'expérience en environnement industriel correspondait davantage à nos besoins immédiats.
Suite à votre passage devant le jury le 14 mars, nous sommes au regret de vous informer que vous n'avez pas été retenu(e) pour le poste de {role}. Le jury a apprécié la clarté de votre présentation mais a privilégié un profil plus expérimenté en management d'équipe.
Salut {first}, je voulais te faire un retour rapide après ton entretien avec Mathieu et moi. C'était un bon échange, mais on a décidé de partir sur un profil plus senior pour ce poste. Désolé de ne pas avoir une meilleure nouvelle ; si tu veux un feedback détaillé, je t'appelle volontiers cette semaine.
Nous avons bien reçu votre cas pratique et l'avons analysé avec l'équipe. Malheureusement, les résultats ne nous permettent pas de poursuivre le processus de recrutement avec vous pour le poste de {role}.
À l'issue des tests psychotechniques, votre score ne vous permet pas d'accéder à l'étape suivante du processus de sélection. Nous vous remercions de votre participation.
Nous tenons à vous remercier pour votre participation à l'entrevue du 3 octobre. Après évaluation de l'ensemble des candidatures, le comité de sélection a arrêté son choix sur une autre personne. Nous ne pourrons donc pas vous offrir le poste de {role}.
Suite à l'assessment center de jeudi dernier, nous devons malheureusement vous informer que votre candidature ne sera pas poursuivie. Vous recevrez dans les prochains jours un rapport de feedback rédigé par notre consultant.
Nous voulions vous recontacter après l'entretien final avec notre directrice générale. C'était une décision difficile, car vous faisiez partie des deux derniers candidats, mais nous avons finalement choisi une personne disponible immédiatement.
Nous faisons suite à votre entretien du 22 mai dans nos locaux de Lausanne. Nous avons le regret de vous informer que nous avons donné la préférence à une candidature interne.
Comme promis, je reviens vers vous après le deuxième tour. L'équipe a apprécié votre approche produit, mais des réserves sont apparues sur la partie technique et nous ne poursuivrons pas le processus avec vous. Je reste disponible pour en parler de vive voix si vous le souhaitez.
SUBJECT: Mission {role} – retour de notre client || Vous avez passé l'entretien téléphonique avec notre cabinet le 8 juin pour le compte de notre client. Nous sommes au regret de vous informer que votre candidature ne sera pas présentée au client.
""",
        "rej_role_gone": """
Nous vous informons que le poste de {role} a été pourvu. Nous ne sommes donc plus en mesure de donner suite à votre candidature.
Suite à une réorganisation interne, le recrutement pour le poste de {role} a été annulé. Nous clôturons donc l'ensemble des candidatures reçues, dont la vôtre. Nous sommes désolés pour ce contretemps.
Le budget alloué à ce poste a été gelé jusqu'à nouvel ordre et nous avons pris la décision de mettre fin au processus de recrutement. Votre candidature ne pourra donc pas aboutir.
Petite mise à jour sur {role} : le poste vient d'être pourvu en interne, donc on arrête le process de notre côté. Merci pour le temps que tu y as consacré, et désolée de ne pas pouvoir t'en dire plus.
L'offre d'emploi à laquelle vous avez répondu (réf. 2024-118) a été clôturée et le poste attribué. Votre candidature n'a donc pas été retenue.
Nous vous informons que l'affichage pour le poste de {role} est maintenant fermé et que le poste a été comblé par une autre personne. Nous ne pourrons donc pas donner suite à votre candidature.
Notre client a finalement décidé de ne pas ouvrir ce poste cette année. La mission de {role} est annulée et nous ne donnerons pas suite à votre candidature pour celle-ci.
Le poste a été pourvu avant que nous ayons pu étudier votre dossier. Nous en sommes navrés et vous invitons à consulter régulièrement nos autres offres sur notre site carrières.
Nous sommes au regret de vous informer que la procédure de sélection pour la fonction de {role} a été suspendue sans date de reprise. Votre candidature est clôturée ; si la fonction devait être réouverte, une nouvelle candidature serait nécessaire.
""",
        "rej_public_sector": """
Nous avons le regret de vous informer que vous n'avez pas été déclaré(e) admissible à l'issue des épreuves écrites du concours externe d'attaché territorial. Vous pouvez consulter le détail de vos notes sur votre espace candidat.
À l'issue des épreuves orales, le jury ne vous a inscrit(e) ni sur la liste principale ni sur la liste complémentaire d'admission du concours de technicien principal.
Après examen de votre dossier par la commission de recrutement, votre candidature à l'emploi de contractuel de catégorie A n'a pas été retenue pour un entretien.
Vous avez participé à la sélection comparative pour la fonction d'attaché (niveau A1). Vous n'avez pas obtenu le score requis pour figurer dans la réserve de lauréats. Le détail de vos résultats est disponible dans votre compte en ligne.
Le Service du personnel de l'État vous informe que, parmi les nombreuses candidatures reçues pour le poste de {role} (taux d'activité 80 %), la vôtre n'a pas été retenue pour la suite de la procédure.
À la suite de l'analyse de votre candidature, nous constatons que vous ne satisfaites pas aux conditions d'admission de l'appel de candidatures, notamment l'exigence de scolarité. Votre candidature ne peut donc pas être considérée.
Votre candidature pour le poste de {role} au sein de l'administration communale a été examinée par le Collège communal. Celui-ci a désigné un autre candidat lors de sa séance du 12 septembre.
Votre note à l'épreuve d'admissibilité (8,5/20) est inférieure au seuil fixé par le jury. Vous ne pourrez donc pas vous présenter aux épreuves d'admission de la session 2025.
""",
        "rej_buried": """
Chez {company}, nous croyons que chaque rencontre compte. Cette année, plus de 12 000 personnes ont postulé chez nous, et nous lisons chaque candidature avec attention. Nous sommes fiers d'avoir été distingués parmi les meilleurs employeurs de France pour la troisième année consécutive. C'est pourquoi nous tenions à vous répondre personnellement : pour le poste de {role}, nous avons fait le choix d'avancer avec d'autres candidats.
Vous le savez peut-être, {company} traverse une période de forte croissance : ouverture de trois nouveaux entrepôts, lancement de notre application et arrivée de 200 nouveaux collaborateurs. Dans ce contexte, nous recevons énormément de candidatures et nos équipes font de leur mieux pour répondre à chacun. Concernant le poste de {role}, nous avons le regret de vous annoncer que votre profil n'a pas été retenu.
Je prends le temps de vous écrire plutôt que de vous envoyer un message automatique, car votre candidature m'a marqué. Votre lettre était précise, votre parcours dans la logistique est cohérent et votre projet de reconversion vers la data est crédible. Pour autant, le poste de {role} exige dès le premier jour une autonomie sur des outils que vous découvrez encore, et nous n'avons pas la capacité d'accompagner une montée en compétences en ce moment. Je ne vais donc pas vous proposer d'entretien. Je vous encourage vivement à continuer et, si vous le souhaitez, je peux vous recommander deux formations que nos équipes apprécient.
Notre mission : rendre l'énergie renouvelable accessible à tous. Depuis 2012, {company} a équipé plus de 40 000 foyers en panneaux solaires, et nous continuons à recruter des talents engagés. Pour ce recrutement en particulier, nous avons privilégié des candidatures disposant d'une habilitation électrique, ce qui nous amène à ne pas donner suite à la vôtre.
SUBJECT: Du nouveau sur notre site carrières ! || Bonne nouvelle : notre nouveau site carrières est en ligne ! Vous pourrez y créer des alertes, découvrir nos métiers et suivre vos candidatures. Concernant votre candidature au poste de {role}, nous sommes au regret de vous informer qu'elle n'a pas été retenue à l'issue de la présélection.
Merci d'avoir participé à notre processus de recrutement. Votre avis compte : un court questionnaire de deux minutes vous sera envoyé prochainement pour nous aider à améliorer l'expérience candidat. Pour rappel, nous avons finalement retenu une autre candidature pour le poste de {role}, comme nous vous l'avions indiqué par téléphone.
Depuis plus de 150 ans, {company} accompagne ses clients privés et institutionnels avec discrétion et excellence. Notre réussite repose sur la qualité de nos collaborateurs, c'est pourquoi notre processus de sélection est exigeant. Après une analyse approfondie de votre dossier, nous regrettons de vous informer que nous ne pouvons pas retenir votre candidature.
On sait à quel point chercher un job peut être épuisant, et on déteste les réponses copiées-collées, alors on va être honnêtes avec toi. On a reçu 340 candidatures pour ce poste de {role}, on en a rencontré douze et on a dû faire des choix très serrés. Ton profil faisait partie de ceux qu'on a longuement discutés, mais on a finalement choisi quelqu'un qui avait déjà lancé un produit B2B de A à Z. Ce n'est pas un non définitif à {company} : on recrute encore quatre personnes cette année.
{company} est fière de compter plus de 800 employés répartis dans 14 succursales au Québec et en Ontario. Nous valorisons la diversité, l'inclusion et le développement de carrière. Nous avons analysé votre candidature pour le poste de {role} ; malheureusement, nous n'irons pas de l'avant avec votre candidature.
Nous sommes une entreprise familiale d'une soixantaine de personnes basée près de Namur, spécialisée dans la menuiserie sur mesure depuis 1987. Nous avons été touchés par le nombre de réponses à notre annonce et par la qualité des profils reçus. Nous avons dû faire un choix, et il ne s'est pas porté sur votre candidature. Merci sincèrement de l'intérêt que vous portez à notre maison.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Notre équipe l'étudiera avec attention et nous ne manquerons pas de revenir vers vous si votre profil correspond à nos attentes.
Votre candidature a bien été transmise à notre équipe recrutement. Si votre profil correspond au poste, nous vous contacterons dans les trois semaines pour convenir d'un premier échange. Sans nouvelles de notre part passé ce délai, vous pourrez considérer que nous n'avons pas pu y donner suite.
Merci pour ta candidature ! On l'a bien reçue et elle est entre les mains de Julie, qui s'occupe du recrutement pour {role}. On essaie de répondre à tout le monde en moins de dix jours, promis.
SUBJECT: Confirmation de réception – réf. 45821 || Ceci est un message automatique. Nous confirmons la réception de votre dossier pour l'offre « {role} » (réf. 45821). Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.
Nous avons bien reçu votre curriculum vitae et vous remercions de l'intérêt manifesté envers {company}. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
Nous vous confirmons la bonne réception de votre dossier de candidature. Celui-ci sera examiné dans les meilleurs délais et nous reviendrons vers vous d'ici la fin du mois.
Votre candidature spontanée nous est bien parvenue. Nous l'avons transmise aux responsables des services concernés, qui la consulteront en fonction de leurs besoins, et nous reviendrons vers vous si une opportunité correspondant à votre profil se présente.
Nous avons bien reçu votre candidature pour l'offre de {role} publiée sur notre site. Afin que votre dossier soit complet, merci de nous faire parvenir une copie de vos diplômes via le lien ci-dessous.
Votre candidature pour la mission de {role} a bien été enregistrée. Un consultant de notre agence de Lille va l'étudier et vous rappellera sous 48 heures si votre profil correspond aux critères de notre client.
C'est envoyé ! Votre candidature est bien arrivée chez {company}. Prochaine étape : nos recruteurs l'examinent, ce qui prend généralement entre 5 et 15 jours ouvrés.
Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de {role}. En raison du grand nombre de candidatures, nous ne pourrons pas répondre individuellement avant la clôture de l'offre, le 30 avril.
""",
        "ack_status": """
Nous souhaitions vous informer que votre candidature est toujours en cours d'examen. Le processus a pris un peu de retard en raison des congés, mais nous vous tiendrons informé(e) d'ici la mi-septembre.
Petit point d'étape : ton dossier pour {role} est toujours dans la course. On termine la première série d'entretiens avec d'autres candidats et on revient vers toi avant la fin de la semaine prochaine.
Statut de votre candidature mis à jour : en cours d'évaluation par le manager. Aucune action n'est requise de votre part pour le moment.
Je me permets de revenir vers vous, car je sais que l'attente peut être longue. Le comité de sélection ne s'est pas encore réuni ; la décision concernant la présélection sera prise le 4 novembre. Votre candidature n'est pas oubliée !
Nous tenions à vous informer que l'affichage du poste de {role} est terminé et que l'analyse des candidatures est en cours. Nous communiquerons avec les personnes retenues au cours des prochaines semaines.
Votre dossier a été transmis au responsable du service pour une seconde lecture. Nous ne manquerons pas de revenir vers vous dès que nous aurons son retour.
Nous avons bien reçu votre relance et vous remercions de votre patience. Le processus de sélection pour le poste de {role} est toujours en cours et aucune décision n'a encore été prise.
Suite à votre appel de ce matin, je vous confirme que votre candidature est bien enregistrée et qu'elle sera étudiée lors de notre prochaine session de tri, prévue lundi.
""",
        "inv_no_word": """
J'ai lu votre candidature pour {role} avec beaucoup d'intérêt. Auriez-vous un créneau cette semaine pour que l'on puisse échanger une vingtaine de minutes au téléphone ? Je suis disponible mardi après-midi ou jeudi matin.
Ton profil nous a tapé dans l'œil ! On aimerait beaucoup te rencontrer autour d'un café dans nos locaux de Nantes pour parler du poste de {role}. Tu as des dispos la semaine prochaine ?
Suite à votre candidature, nous souhaiterions poursuivre avec vous. Pourriez-vous réserver un créneau de 30 minutes dans mon agenda via le lien ci-dessous ? Nous ferons le point sur votre parcours et sur le poste de {role}.
Votre candidature a retenu notre attention. Seriez-vous disponible pour une rencontre par Teams le jeudi 17 à 10 h afin de discuter de vos expériences et du poste de {role} ?
Merci pour votre dossier. Nous aimerions vous présenter l'équipe et en savoir plus sur vos projets : seriez-vous disponible pour une visio de 45 minutes avec Claire, notre responsable produit, et moi-même ?
Nous avons le plaisir de vous convier à une rencontre dans nos bureaux de Bruxelles le 9 mars à 14 h, avenue Louise, au 4e étage, pour faire plus ample connaissance. Merci de confirmer votre présence par retour de mail.
Après lecture de ton CV, j'aimerais bien qu'on s'appelle pour en discuter. Est-ce que demain 18 h te conviendrait ? Sinon, dis-moi ce qui t'arrange.
Nous vous remercions pour votre candidature et souhaiterions faire votre connaissance. Nous vous proposons de venir nous rencontrer le mardi 11 juin à 9 h 30 à notre siège de Genève. Merci de nous indiquer si cette date vous convient.
SUBJECT: {role} – on échange ? || Le manager a validé votre profil pour l'étape suivante : un échange de 30 minutes en visio pour parler de votre expérience et de vos attentes. Choisissez le créneau qui vous convient en cliquant sur le bouton ci-dessous.
""",
        "inv_scheduled": """
Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à passer un test en ligne (raisonnement logique et anglais, environ 40 minutes). Le lien est valable cinq jours.
Nous avons le plaisir de vous convier à un entretien pour le poste de {role} le lundi 7 avril à 11 h, en visioconférence. Le lien Teams vous sera envoyé la veille.
Vous êtes invité(e) à un entretien vidéo différé : vous répondrez à cinq questions enregistrées, à votre rythme, avant le 12 février.
Dans le cadre de votre candidature, nous vous proposons un cas pratique à réaliser chez vous : vous recevrez le sujet lundi et aurez 48 heures pour nous rendre votre analyse, que vous présenterez ensuite à l'équipe lors d'un entretien.
SUBJECT: Convocation – épreuve orale d'admission || Vous êtes convoqué(e) à l'épreuve orale d'admission du concours de rédacteur territorial le 18 juin à 14 h 15, au centre d'examen de Marseille. Munissez-vous de la présente convocation et d'une pièce d'identité.
Nous aimerions vous convoquer en entrevue pour le poste de {role}. Pourriez-vous nous indiquer vos disponibilités pour la semaine du 20 ?
""",
        "off_offer": """
Nous avons le plaisir de vous confirmer notre souhait de vous accueillir au sein de {company} en tant que {role}. Vous trouverez ci-joint votre promesse d'embauche, précisant votre rémunération annuelle brute de 48 000 €, votre date de prise de poste au 2 septembre et votre période d'essai de quatre mois. Merci de nous la retourner signée d'ici vendredi.
Je suis ravie de t'annoncer que l'équipe a dit oui ! On aimerait beaucoup que tu rejoignes {company} en tant que {role}. Je t'envoie la proposition détaillée (salaire, BSPCE, télétravail) dans la journée ; dis-moi quand tu as un moment pour qu'on en parle.
C'est avec enthousiasme que nous vous offrons le poste de {role}, à temps plein, au salaire annuel de 72 000 $. Votre entrée en fonction est prévue le 6 janvier. Veuillez trouver ci-jointe la lettre d'offre d'emploi à signer et à nous retourner d'ici le 15 décembre.
Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez en annexe votre contrat de travail en deux exemplaires ; nous vous prions de nous en retourner un exemplaire daté et signé.
Félicitations ! Nous avons le plaisir de vous faire une offre pour la fonction de {role}, sous contrat à durée indéterminée. Vous trouverez en pièce jointe le détail de votre package salarial (voiture de société, chèques-repas, assurance groupe). L'offre est valable jusqu'au 20 mai.
Votre candidature a été retenue ! Nous avons le plaisir de vous proposer un CDD de six mois au poste de {role}, à compter du 1er octobre. Pourriez-vous nous confirmer votre accord par retour de mail afin que nous lancions la préparation de votre contrat ?
Comme convenu au téléphone, je vous confirme par écrit notre proposition : un CDI de {role}, statut cadre, 52 k€ bruts annuels fixes plus 10 % de variable. Si ces conditions vous conviennent, nous vous enverrons le contrat dans la foulée.
""",
        "oth_outreach": """
Je suis tombée sur votre profil LinkedIn et votre expérience dans le e-commerce m'a interpellée. Je recrute actuellement un(e) {role} pour un client du secteur de la mode basé à Paris. Seriez-vous ouvert(e) à en discuter ? Désolée si ce n'est pas le bon moment.
Je me permets de vous contacter directement : notre cabinet accompagne un groupe industriel suisse dans le recrutement d'un(e) {role}, et votre parcours me semble très pertinent. Si le sujet vous intéresse, je vous propose un court échange téléphonique ; dans le cas contraire, veuillez m'excuser pour ce message.
Hello {first} ! Je bosse chez {company}, on monte une nouvelle équipe data à Bordeaux et tes projets open source m'ont bien plu. Aucune pression, mais si jamais tu es en veille, je serais ravi de t'en dire plus.
SUBJECT: Mandat {role} – Montréal || Bonjour, je suis conseillère en acquisition de talents. Je vous écris parce que votre profil correspond à un mandat que nous avons présentement à Montréal. Êtes-vous en recherche active ou ouvert(e) aux opportunités ?
Je me permets de vous relancer concernant mon message de la semaine dernière au sujet d'un poste de {role} chez l'un de nos clients. Si ce n'est pas d'actualité pour vous, aucun souci, je ne vous solliciterai plus.
Nous développons une plateforme qui met en relation des freelances et des entreprises. Votre profil pourrait intéresser plusieurs de nos clients : il suffit de créer votre compte en deux minutes pour commencer à recevoir des missions.
Je vous contacte dans le cadre d'une recherche confidentielle pour un client actif dans le secteur pharmaceutique en Wallonie ; le poste n'est pas encore publié. Si ce n'est pas pour vous mais que quelqu'un de votre réseau pourrait être intéressé, n'hésitez pas à lui transmettre mes coordonnées.
""",
        "oth_alerts": """
SUBJECT: 5 nouvelles offres correspondent à votre recherche || Nouvelles offres pour « {role} » autour de Lyon : Chargé(e) d'études marketing – CDI – Villeurbanne ; Analyste CRM – CDI – Lyon 3e ; Responsable reporting – CDD 12 mois – Bron ; Data Analyst junior – alternance – Écully ; Consultant BI – CDI – Lyon 2e. Modifiez ou supprimez cette alerte depuis votre espace.
Votre alerte emploi « {role} – Genève » : 3 offres publiées depuis hier. Contrôleur de gestion (80-100 %) – Carouge ; Business Analyst – Genève ; Assistant(e) financier(ère) – Nyon.
Ce mois-ci dans la communauté talents de {company} : le portrait de Yasmine, technicienne de maintenance devenue cheffe d'équipe, nos conseils pour réussir une visio de recrutement, et les dates de nos prochains job datings à Rennes et à Brest.
L'offre « {role} » que vous avez sauvegardée expire dans 3 jours. N'attendez plus pour postuler !
Bienvenue dans le vivier de talents de {company} ! Vous recevrez désormais nos offres d'emploi en avant-première et des invitations à nos événements de recrutement. Vous pouvez vous désinscrire à tout moment.
Nouveaux emplois qui pourraient vous intéresser : Coordonnateur(trice) logistique – Laval ; Analyste des données – Québec ; Conseiller(ère) en ressources humaines – Sherbrooke. Voir les 14 autres offres.
Des recruteurs ont consulté votre profil cette semaine : 3 entreprises ont vu votre CV et 12 nouvelles offres correspondent à vos critères. Complétez votre profil pour gagner en visibilité.
Votre conseiller emploi vous transmet une offre qui pourrait correspondre à votre profil : {role} chez {company} à Charleroi, contrat à durée indéterminée, temps plein. Pour postuler, suivez les instructions de l'offre avant le 28 février.
""",
        "oth_admin": """
Vous avez demandé la réinitialisation du mot de passe de votre espace candidat. Cliquez sur le lien ci-dessous ; il expirera dans 24 heures. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
Conformément au RGPD, nous conservons les données des candidats pendant 24 mois. Votre compte arrive à échéance le 30 juin : si vous souhaitez que nous gardions votre profil, cliquez sur « Prolonger ». À défaut, vos données seront supprimées.
Venez nous rencontrer au salon de l'emploi de Lille le 15 mars, stand B12 ! Nos équipes RH seront présentes toute la journée pour parler de nos métiers et de nos programmes d'alternance.
Vous avez récemment été en contact avec notre service recrutement. Aidez-nous à améliorer notre processus en répondant à ce questionnaire anonyme de trois minutes.
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Vos données seront supprimées de notre base sous 30 jours.
L'adresse e-mail associée à votre compte candidat a bien été modifiée. Si vous n'êtes pas à l'origine de cette modification, contactez-nous immédiatement.
""",
    },
    "es": {
        "rej_direct": """
Tras revisar con detenimiento tu candidatura para el puesto de {role}, lamentamos comunicarte que hemos optado por otro perfil que se ajusta mejor a las necesidades actuales del equipo.
Le agradecemos el interés mostrado en la vacante de {role}. Después de analizar su perfil, le informamos que no ha sido seleccionado(a) para continuar en el proceso.
Lamentamos informarte que no continuarás en el proceso de selección para {role}. Guardaremos tu CV en nuestra base de datos por si surge una oportunidad más acorde a tu perfil.
Queríamos contarte que, después de revisar tu perfil, decidimos avanzar con otros candidatos para esta búsqueda. Te agradecemos mucho que te hayas postulado.
Junto con saludar, te informamos que tu postulación al cargo de {role} no fue seleccionada para la siguiente etapa del proceso.
Reciba un cordial saludo. Por medio de la presente le informamos que su hoja de vida no fue preseleccionada para el cargo de {role}, ya que no cumple con el requisito de experiencia mínima de tres años en el sector.
No hemos podido avanzar con tu candidatura para {role}.
Hemos recibido un volumen muy alto de candidaturas y, aunque tu perfil es interesante, no encaja con lo que buscamos en este momento. Por eso no seguiremos adelante con tu proceso.
SUBJECT: Actualización de tu candidatura || Estado de tu candidatura: descartada. Oferta: {role}. Este correo se ha generado automáticamente; por favor, no respondas.
Nos ponemos en contacto con usted para comunicarle que, tras la valoración de los currículos recibidos, su candidatura no ha resultado seleccionada.
Agradecemos tu postulación a la vacante de {role}. En esta ocasión tu perfil no fue considerado para avanzar; te invitamos a seguir atento a nuestra bolsa de trabajo.
Después de estudiar tu perfil, hemos decidido no seguir adelante: para este puesto buscamos a alguien con un nivel de alemán C1 y experiencia previa en el mercado DACH.
""",
        "rej_after_interview": """
Muchas gracias por el tiempo que dedicaste a las entrevistas con el equipo. Ha sido una decisión difícil, pero finalmente hemos optado por otro perfil con más experiencia liderando equipos.
Hola {first}, te escribo para contarte cómo siguió el proceso después de la entrevista del jueves. El equipo quedó muy conforme con la charla, pero decidimos avanzar con otra persona que tiene más recorrido en el rubro bancario. Si querés, te paso una devolución más detallada por teléfono.
Gracias por completar la prueba técnica. Tras revisarla, el equipo ha decidido no avanzar con tu candidatura: la solución no cubría varios de los requisitos del enunciado. Te dejamos algunos comentarios en el documento adjunto.
Le agradecemos su participación en las evaluaciones psicométricas y en la entrevista con el gerente de área. Lamentamos informarle que en esta ocasión no fue seleccionado(a) para ocupar la vacante.
Queremos agradecerte por participar en la entrevista final. Luego de evaluar a los finalistas, decidimos continuar con otro postulante para el cargo de {role}. El proceso ha concluido para ti, pero valoramos mucho el tiempo que nos dedicaste.
De acuerdo con los resultados del assessment center realizado el pasado 14 de agosto, le informamos que no continuará en el proceso de selección.
Después de la entrevista con Recursos Humanos, hemos decidido no pasar tu candidatura a la siguiente fase. Tu experiencia es valiosa, pero no encaja con el tipo de puesto que buscamos cubrir.
Llegaste a la terna final y eso dice mucho de tu perfil. Aun así, la decisión fue para otra persona, sobre todo por su conocimiento del mercado mexicano. Siento no traerte mejores noticias.
SUBJECT: Proceso {role} – respuesta de nuestro cliente || Tras la entrevista mantenida con nuestro cliente, lamentamos comunicarle que han decidido no seguir adelante con su candidatura. Le mantendremos en cuenta para futuros procesos que encajen con su perfil.
El resultado de tu prueba de inglés no alcanza el nivel B2 requerido para el puesto, por lo que no podemos continuar con tu proceso.
Queríamos darte una respuesta antes del fin de semana: después de la segunda entrevista, el comité ha optado por no avanzar con tu candidatura. Gracias por tu franqueza y por el caso práctico tan trabajado.
""",
        "rej_role_gone": """
Te informamos que la vacante de {role} ya ha sido cubierta, por lo que el proceso ha concluido.
Por cambios en la estructura del área, la posición de {role} ha sido cancelada y hemos cerrado el proceso de selección. Sentimos las molestias que esto pueda ocasionarte.
Te cuento que la búsqueda de {role} quedó en pausa por decisión de la dirección y no tenemos fecha de reapertura. Por eso damos de baja todas las postulaciones, incluida la tuya.
Le informamos que la vacante a la que se postuló fue ocupada por un candidato interno. Agradecemos su interés y le invitamos a consultar nuestras vacantes vigentes.
La oferta a la que te inscribiste ha sido retirada por la empresa y ya no acepta candidaturas. Tu inscripción en esta oferta queda cerrada.
Lamentamos comunicarle que la empresa ha decidido congelar la contratación para este puesto hasta el próximo ejercicio. Damos por finalizado el proceso y, con él, su candidatura.
El cargo de {role} fue cubierto antes de que pudiéramos revisar tu postulación. Lamentamos no haberte contactado antes.
Le comunicamos que el proceso para el cargo de {role} fue cerrado, debido a que el cliente decidió no realizar la contratación. Su postulación queda, por tanto, sin efecto.
Ya hemos cubierto la plaza de {role}, así que cerramos tu candidatura. Si te interesa, tenemos otras posiciones abiertas en el área de operaciones.
""",
        "rej_public_sector": """
Le comunicamos que, según la relación provisional publicada hoy, usted figura como no apto(a) en el primer ejercicio de la oposición al Cuerpo de Gestión de la Administración Civil, por lo que no podrá continuar en el proceso selectivo.
Consultada la lista definitiva de admitidos y excluidos, su solicitud figura como excluida por no haber acreditado el pago de la tasa de derechos de examen.
Le informamos que, una vez verificados los requisitos mínimos, usted no fue admitido(a) en la convocatoria para el empleo de Profesional Universitario, código 219, grado 11.
Con base en los resultados del examen de conocimientos del concurso público, le informamos que no obtuvo la calificación mínima aprobatoria de 70 puntos, por lo que queda descartado(a) del concurso.
Informamos que, de acuerdo con la evaluación curricular, su postulación al concurso público para el cargo de Profesional de Control de Gestión no fue seleccionada para pasar a la etapa de evaluación psicolaboral.
Se le notifica que el Comité de Selección, en su reunión del 3 de mayo, resolvió que su postulación no reúne el puntaje mínimo requerido en la etapa de evaluación de antecedentes. Por tal motivo, no continuará en el concurso.
El tribunal calificador ha publicado las notas del segundo ejercicio. Con una puntuación de 4,2 sobre 10, no ha superado la nota de corte y queda eliminado(a) del proceso.
La comisión de selección de la plaza de personal técnico de apoyo a la investigación ha resuelto proponer la contratación de otra candidata. Se adjunta el acta con las puntuaciones.
""",
        "rej_buried": """
En {company} trabajamos cada día para transformar la manera en que las personas se mueven por la ciudad. En 2024 superamos los dos millones de usuarios y abrimos operaciones en cuatro nuevos países. Estamos orgullosos de nuestro equipo y de la cultura que hemos construido juntos. En cuanto a tu candidatura para {role}, lamentamos decirte que no hemos podido avanzar con ella en esta ocasión.
¡Gracias por postular! En {company} creemos que el talento no tiene fronteras: más de 3.500 personas de 40 nacionalidades forman nuestro equipo en Latinoamérica, y cada postulación es revisada por una persona, no por un algoritmo. Después de esa revisión, te informamos que tu perfil no avanzará a la siguiente etapa.
Queremos tomarnos un momento para responderle con el cuidado que merece su postulación. Revisamos su trayectoria en el sector asegurador y nos pareció sólida, especialmente su experiencia en la implementación de procesos de suscripción. Sin embargo, el cargo exige un dominio avanzado de modelos actuariales que su perfil todavía no refleja. Por esa razón, hemos decidido no continuar con su candidatura. Le animamos a postularse de nuevo en el futuro si adquiere esa experiencia.
Nuestra misión es llevar alimentos frescos del campo a la mesa en menos de 24 horas. Trabajamos con más de 600 productores locales en Andalucía y Extremadura y buscamos personas apasionadas por la sostenibilidad. Para este puesto en concreto hemos optado por candidaturas con experiencia en cadena de frío, por lo que no seguiremos adelante con la tuya.
Antes que nada, queremos invitarte a nuestro webinar «Cómo es trabajar en {company}», abierto a toda nuestra comunidad el próximo jueves. Respecto a tu postulación a {role}, lamentamos informarte que no fue seleccionada para continuar.
Sabemos que buscar laburo cansa y que las respuestas genéricas no ayudan, así que vamos a ser sinceros. Para {role} recibimos más de 500 postulaciones, entrevistamos a quince personas y tuvimos que elegir. Tu perfil estuvo en la discusión hasta el final, pero nos inclinamos por alguien que ya había liderado una migración a la nube. Esto no es un no para siempre: seguimos creciendo y vamos a abrir más búsquedas este año.
Desde hace más de un siglo, {company} acompaña a familias y empresas en sus proyectos. Nuestra solidez se basa en el compromiso de nuestros profesionales, y por eso seleccionamos con rigor. Tras evaluar su candidatura, sentimos comunicarle que no ha sido seleccionada para el puesto de {role}.
Te escribimos para agradecerte tu participación y, como siempre, pedirte tu opinión: en unos días recibirás una breve encuesta sobre tu experiencia como candidato. Como te adelantamos por teléfono, la posición de {role} se ha cubierto con otra persona.
{company} es una empresa con más de 30 años de trayectoria en el sector floricultor, con presencia en 25 países y un compromiso real con el bienestar de sus colaboradores. Hemos analizado detalladamente su hoja de vida y lamentamos informarle que en esta oportunidad no fue seleccionado(a).
Somos una empresa familiar de Guadalajara dedicada a la fabricación de muebles desde 1979. Nos sorprendió gratamente la cantidad de personas que respondieron a nuestro anuncio. Tuvimos que elegir y, en esta ocasión, la decisión no fue a su favor. Agradecemos sinceramente su interés en formar parte de nuestra familia.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.
Gracias por postularte. Tu CV ya está en manos del equipo de selección. En caso de no recibir respuesta en 15 días hábiles, considera que tu candidatura no ha sido seleccionada en esta ocasión; la conservaremos para futuras vacantes.
Su postulación a la vacante de {role} ha sido registrada con éxito. Folio: MX-20931. Podrá consultar el estatus de su proceso en nuestro portal de candidatos.
¡Recibimos tu postulación! Gracias por tu interés en sumarte a {company}. Vamos a revisar tu perfil y, si avanzás a la próxima etapa, te vamos a contactar por este medio o por WhatsApp.
Confirmamos la recepción de tu postulación al cargo de {role}. El proceso de revisión curricular se extenderá hasta el 30 de abril; te informaremos de los resultados una vez finalizado.
SUBJECT: Tu candidatura se ha enviado || Tu candidatura a la oferta «{role}» se ha enviado correctamente a {company}. Te avisaremos cuando la empresa la lea o actualice su estado.
Le confirmamos que su hoja de vida fue recibida satisfactoriamente y será tenida en cuenta en el proceso de selección para el cargo de {role}.
Te confirmamos que hemos recibido tu candidatura espontánea. La guardaremos en nuestra base de datos y la tendremos en cuenta cuando surjan vacantes relacionadas con tu perfil.
Hemos recibido tu solicitud. Para completar tu candidatura, te pedimos que indiques tu disponibilidad y tu expectativa salarial en el formulario del siguiente enlace antes del viernes.
Muchas gracias por inscribirte en nuestra oferta. Una consultora de nuestro equipo revisará tu perfil y, si encaja con los requisitos del cliente, te llamará en las próximas 48-72 horas.
Solicitud recibida. Debido al elevado número de candidaturas, no podremos responder de forma individual hasta que finalice el plazo de inscripción, el 15 de mayo.
""",
        "ack_status": """
Queríamos contarte que tu candidatura sigue en proceso. Seguimos evaluando perfiles y esperamos tener novedades a finales de mes.
Te escribo para que sepas que no nos olvidamos de vos: la búsqueda viene un poco demorada por las vacaciones de invierno, pero tu perfil sigue en carrera. Calculo que la semana que viene te doy novedades.
Estado de tu candidatura actualizado: en revisión por el responsable del área. No necesitas hacer nada por ahora.
Le informamos que su proceso continúa activo. Actualmente estamos concluyendo las entrevistas con otros candidatos y le daremos una respuesta a más tardar el 10 de octubre.
Tu postulación pasó a la etapa de revisión por parte de la jefatura. Te contactaremos cuando haya una definición.
Gracias por tu correo de seguimiento. Aún no se ha tomado ninguna decisión sobre el puesto de {role}; el comité se reúne la próxima semana y te escribiré en cuanto tenga noticias.
Le comunicamos que el plazo de presentación de candidaturas ha finalizado y que nos encontramos en la fase de análisis curricular. Contactaremos con las personas preseleccionadas durante las próximas semanas.
Su hoja de vida fue remitida al área solicitante para su revisión. Una vez recibamos retroalimentación, le estaremos informando sobre los siguientes pasos.
""",
        "inv_no_word": """
Hola {first}, he visto tu candidatura para {role} y me ha gustado mucho tu experiencia. ¿Tienes 20 minutos esta semana para una llamada? Me vendría bien el miércoles por la tarde o el jueves por la mañana.
¡Hola! Vimos tu postulación y nos encantaría conocerte. ¿Te queda bien una videollamada de media hora el martes a las 15 h? Si no, pasame un par de horarios que te sirvan.
Derivado de su postulación, nos gustaría platicar con usted sobre la vacante de {role}. ¿Tendría disponibilidad para una llamada el lunes entre las 10:00 y las 13:00 h?
Tu perfil nos ha encajado para el puesto de {role}. Nos gustaría que vinieras a conocer a parte del equipo en nuestras oficinas de Barcelona el próximo viernes a las 10:00. ¿Te viene bien?
Para avanzar con tu candidatura, te proponemos una charla de 30 minutos con la responsable del equipo. Reserva el hueco que mejor te venga en este calendario.
Reciba un cordial saludo. Su perfil fue preseleccionado para el cargo de {role}. Le agradecemos confirmar su asistencia a una reunión virtual el jueves a las 9:00 a. m.; le compartiremos el enlace una vez confirme.
Nos gustaría conversar contigo sobre tu postulación. ¿Tienes disponibilidad para una videollamada mañana o el viernes? Te tomará unos 40 minutos.
Me ha encantado tu carta. ¿Te animas a tomar un café con nosotros la semana que viene para hablar del puesto al que te has presentado y de lo que te gustaría hacer?
SUBJECT: ¿Hablamos? – {role} || El responsable de la vacante ha revisado tu perfil y quiere hablar contigo. ¿Podrías indicarme tu disponibilidad para una llamada esta semana?
""",
        "inv_scheduled": """
Nos gustaría invitarte a una entrevista para el puesto de {role} el martes 12 a las 11:00 en nuestras oficinas de Valencia. Por favor, confirma tu asistencia.
Como siguiente paso en tu proceso, te invitamos a realizar una prueba técnica online de 90 minutos. Tendrás cinco días para completarla desde el enlace adjunto.
Le invitamos a presentar sus evaluaciones psicométricas en línea como parte del proceso para la vacante de {role}. El enlace estará disponible durante 72 horas.
Te invitamos a una entrevista en video asincrónica: responderás a cuatro preguntas grabadas a tu ritmo antes del domingo.
SUBJECT: Convocatoria al segundo ejercicio || Se le convoca a la realización del segundo ejercicio de la oposición el día 14 de noviembre a las 9:00, en la Facultad de Derecho. Deberá presentarse con DNI y bolígrafo azul.
Ha sido citado(a) a entrevista para el cargo de {role} el próximo miércoles a las 2:00 p. m. en nuestra sede de la calle 93.
""",
        "off_offer": """
¡Enhorabuena! Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la carta oferta con las condiciones: contrato indefinido, salario bruto anual de 38.000 € en 14 pagas y fecha de incorporación el 1 de septiembre. Te agradeceríamos que nos confirmaras tu aceptación antes del viernes.
Nos da mucho gusto comunicarle que ha sido seleccionado(a) para ocupar la vacante de {role}. Adjuntamos su carta oferta con el sueldo mensual bruto, prestaciones superiores a las de ley y fecha de ingreso. Le pedimos enviarla firmada a más tardar el miércoles.
¡Tenemos buenas noticias! Queremos que te sumes al equipo como {role}. Te mando la propuesta formal con el salario, la cobertura de prepaga y el esquema híbrido. Cuando la leas, avisame y lo charlamos.
Tenemos el agrado de informarte que has sido seleccionado(a) para el cargo de {role}. Te adjuntamos la oferta laboral, que incluye renta líquida, beneficios y fecha de ingreso. Por favor, confírmanos tu aceptación por esta vía.
Es un gusto informarle que usted ha sido seleccionado(a) para el cargo de {role}. Adjunto encontrará la oferta laboral con el salario, el contrato a término indefinido y la fecha de inicio propuesta.
Como te comenté por teléfono, te confirmo por escrito nuestra propuesta: incorporación como {role} con contrato indefinido, 45.000 € fijos más un 10 % de variable y teletrabajo tres días por semana. Si estás de acuerdo, prepararemos el contrato esta misma semana.
Nos alegra muchísimo decirte que sí: el equipo ha decidido que eres la persona que buscábamos para {role}. Adjuntamos la oferta de empleo formal; tienes hasta el lunes para revisarla y firmarla.
""",
        "oth_outreach": """
Hola {first}, soy headhunter y trabajo con una fintech en plena expansión en Madrid. Buscan un(a) {role} y tu perfil de LinkedIn encaja muy bien. ¿Te apetecería saber más? Si no te interesa, disculpa la molestia.
SUBJECT: Oportunidad {role} – Monterrey || Buen día. Me comunico de una firma de reclutamiento especializada en manufactura. Tenemos una posición de {role} en Monterrey con muy buenas condiciones. ¿Estaría abierto(a) a escuchar los detalles?
¡Hola! Te escribo desde {company}: estamos armando un equipo nuevo en Córdoba y me llamaron la atención tus proyectos. Si en algún momento estás abierto a cambiar, me encantaría contarte más. Si no es buen momento, no pasa nada.
Te escribo de nuevo por si no viste mi mensaje anterior sobre la posición de {role} con nuestro cliente del sector retail. Si no es de tu interés, no te volveré a escribir.
Cordial saludo. Estamos construyendo una base de talento para próximos proyectos de transformación digital en Bogotá y Medellín. Si desea formar parte, le invitamos a registrarse en nuestra plataforma.
Hola, encontré tu perfil en una bolsa de empleo y creo que podrías encajar en una búsqueda que tenemos abierta para una minera en Antofagasta. ¿Te puedo llamar esta semana?
Somos una plataforma que conecta profesionales independientes con empresas de toda Latinoamérica. Crea tu perfil gratis y empieza a recibir proyectos acordes a tu experiencia.
""",
        "oth_alerts": """
SUBJECT: Nuevas ofertas de empleo para ti || Hemos encontrado 4 ofertas que encajan con tu búsqueda «{role}» en Madrid: Analista de datos – Las Rozas – indefinido; Business Intelligence Developer – Madrid centro – indefinido; Técnico/a de reporting – Alcobendas – temporal; Consultor/a junior de analítica – remoto.
Vacantes recomendadas para ti: Coordinador de Compras – Querétaro; Analista de Cadena de Suministro – CDMX; Jefe de Almacén – Toluca. Postúlate con un clic desde la app.
La oferta «{role}» que guardaste cierra en 2 días. ¡No te la pierdas!
Este mes en la comunidad de talento de {company}: conoce la historia de Camila, que empezó como practicante y hoy lidera el área de sostenibilidad; consejos para preparar tu portafolio y las fechas de nuestro próximo Open Day en Santiago.
¡Bienvenido/a a la comunidad de talento de {company}! A partir de ahora recibirás nuestras nuevas ofertas antes que nadie, además de invitaciones a eventos y webinars.
Nuevas búsquedas que te pueden interesar: Analista Contable Sr – CABA; Líder de Proyecto – Rosario (híbrido); Desarrollador/a Java – remoto. Ver todas.
Tu perfil fue visto por 5 empresas esta semana y hay 18 nuevas ofertas que coinciden con tus preferencias. Actualiza tu CV para aparecer en más búsquedas.
Ofertas de empleo publicadas hoy en Medellín: Auxiliar Contable; Analista de Nómina; Ejecutivo(a) Comercial; Coordinador(a) de Bienestar. Ingresa a tu cuenta para ver los detalles.
""",
        "oth_admin": """
Recibimos una solicitud para restablecer la contraseña de tu cuenta de candidato. Si no fuiste tú, ignora este mensaje.
En cumplimiento de la normativa de protección de datos, te recordamos que tu perfil de candidato caducará el 30 de junio. Si quieres que lo conservemos, haz clic en «Mantener mi perfil».
¡Te esperamos en la Feria de Empleo de la universidad el 22 de marzo! Estaremos en el stand 14 presentando nuestro programa de prácticas.
Tu opinión nos importa: responde a esta encuesta anónima de tres minutos sobre tu experiencia con nuestro proceso de selección.
Hemos registrado tu solicitud de retirar tu candidatura al puesto de {role}. Tus datos se eliminarán de nuestros sistemas en un plazo de 30 días.
Su número de celular fue verificado correctamente en su cuenta de la bolsa de trabajo. Si no reconoce esta acción, comuníquese con soporte.
""",
    },
    "pt": {
        "rej_direct": """
Agradecemos sua participação no processo seletivo para a vaga de {role}. Após análise cuidadosa, optamos por seguir com outro candidato cujo perfil está mais alinhado às necessidades atuais da área.
Seu perfil não foi selecionado nesta etapa do processo. Seu currículo continuará em nosso banco de talentos para futuras oportunidades.
Após análise da sua candidatura, lamentamos informar que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
Obrigado pela tua candidatura! Recebemos muitos perfis fortes e, depois de pensarmos bem, decidimos não avançar contigo para {role}. Vamos guardar o teu contacto para próximas oportunidades.
Vimos por este meio informar que, após a análise curricular, a sua candidatura à vaga de {role} não foi considerada para as etapas seguintes do processo de recrutamento.
Não avançaremos com a sua candidatura para {role}.
SUBJECT: Atualização da sua candidatura || Status da candidatura: não selecionado. Vaga: {role}. Esta é uma mensagem automática, por favor não responda.
Infelizmente, neste momento não poderemos dar continuidade à sua candidatura. A vaga exige inglês fluente e experiência prévia com clientes internacionais.
Agradecemos o interesse demonstrado em integrar a equipa da {company}. Informamos que, tendo sido analisado o seu currículo, o mesmo não se adequa ao perfil pretendido para a função.
Oi {first}, tudo bem? Passando para te dar um retorno: decidimos seguir com outros perfis para essa vaga de {role}. Obrigada pelo interesse!
Após a triagem curricular, verificámos que o seu perfil não cumpre os requisitos mínimos da vaga, nomeadamente a carta de condução de pesados. Por esse motivo, não daremos seguimento à sua candidatura.
Recebemos um número muito grande de inscrições e, após a avaliação, sua candidatura não avançou para a próxima fase. Fique de olho em nossas próximas vagas!
""",
        "rej_after_interview": """
Obrigado pelo tempo dedicado às entrevistas com o time. Foi uma decisão difícil, mas optamos por seguir com outro candidato que tem mais experiência com gestão de equipes.
Oi {first}! Queria te dar um retorno sobre o bate-papo com o gestor na semana passada. Ele gostou bastante da conversa, mas a decisão foi por um perfil mais sênior. Se quiser um feedback mais detalhado, me chama que a gente marca uma ligação.
Agradecemos por realizar o teste técnico. Após a avaliação do time, não seguiremos com a sua candidatura, pois a solução entregue não atendeu a alguns requisitos essenciais do desafio.
Na sequência da entrevista realizada no passado dia 12, informamos que optámos por outro candidato para a função de {role}. Agradecemos a sua disponibilidade e o interesse demonstrado.
Após a dinâmica de grupo realizada na última quinta-feira, informamos que você não foi aprovado(a) para a próxima etapa do processo seletivo.
Na sequência dos testes psicotécnicos e da entrevista realizados, informamos que V. Exa. não foi seleccionado(a) para a vaga de {role}. Agradecemos a participação no processo.
Você chegou até a etapa final e isso mostra o quanto seu perfil é forte. Mesmo assim, a escolha foi por outra pessoa, principalmente pela disponibilidade imediata. Sinto muito não trazer uma notícia melhor.
Após a entrevista com o nosso cliente, fomos informados de que decidiram não avançar com a sua candidatura. Continuaremos atentos a novas oportunidades que se adequem ao seu perfil.
O resultado da sua avaliação de inglês ficou abaixo do nível exigido para a posição, por isso não poderemos seguir com o seu processo.
Queríamos dar-te uma resposta antes do fim de semana: depois da segunda entrevista, a equipa decidiu não avançar contigo. Obrigado pela abertura e pelo caso prático, que estava muito bem trabalhado.
SUBJECT: Processo seletivo {role} – retorno || Agradecemos sua participação no painel com os diretores. Após a avaliação final, a vaga de {role} será ocupada por outro(a) candidato(a).
""",
        "rej_role_gone": """
Informamos que a vaga de {role} foi preenchida e, por isso, o processo seletivo foi encerrado.
Devido a uma reestruturação interna, a vaga de {role} foi cancelada. Por isso, encerramos todas as candidaturas, incluindo a sua. Pedimos desculpas pelo transtorno.
Informamos que a empresa decidiu suspender o recrutamento para esta função por tempo indeterminado, pelo que a sua candidatura não terá seguimento.
A vaga em que você se inscreveu foi encerrada pela empresa e não recebe mais candidaturas. Sua inscrição nesta vaga foi finalizada.
Comunicamos que a vaga de {role} foi preenchida internamente, pelo que damos por concluído o processo de recrutamento externo e a sua candidatura.
A posição foi preenchida antes que pudéssemos avaliar o seu currículo. Lamentamos a demora em retornar.
O nosso cliente decidiu não avançar com a contratação para a função de {role} este ano. O processo foi encerrado e, com ele, a sua candidatura.
Oi {first}, passando para avisar que a vaga de {role} foi congelada pela diretoria até o próximo ano. Infelizmente, isso significa que não vamos seguir com o processo.
Já preenchemos a vaga de {role}, então encerramos sua candidatura. Se tiver interesse, temos outras vagas abertas na área comercial.
""",
        "rej_public_sector": """
Informamos que, conforme resultado publicado no Diário Oficial, você não foi classificado(a) dentro do número de vagas previsto no edital do concurso público para Analista Administrativo.
Consulte o resultado definitivo da prova objetiva: com 42 pontos, sua pontuação ficou abaixo da nota mínima exigida no edital e você foi eliminado(a) do concurso.
Notifica-se V. Exa. de que, na sequência da aplicação do método de seleção avaliação curricular, foi excluído(a) do procedimento concursal por ter obtido classificação inferior a 9,5 valores.
Informa-se que a sua candidatura ao procedimento concursal comum para técnico superior foi excluída por não reunir o requisito habilitacional exigido no aviso de abertura.
Sua inscrição no processo seletivo simplificado da Secretaria Municipal de Saúde foi indeferida por ausência de documentação comprobatória de experiência.
Torna-se público que V. Exa. não consta da lista de candidatos aprovados no concurso público de ingresso para a carreira técnica, divulgada no dia 5 de julho.
O resultado da análise de títulos foi publicado. Sua candidatura à vaga de professor substituto não foi aprovada pela comissão examinadora.
Informamos que, após a entrevista profissional de seleção, não foi selecionado(a) para a bolsa de investigação, tendo o júri deliberado atribuí-la a outra candidata.
""",
        "rej_buried": """
Na {company}, acreditamos que cada pessoa faz a diferença. Em 2024, fomos reconhecidos como uma das melhores empresas para trabalhar no Brasil, e nosso time já passa de 4 mil pessoas em 12 estados. Temos muito orgulho da nossa cultura e do impacto que geramos. Sobre a sua candidatura para {role}, infelizmente não poderemos seguir com ela neste momento.
SUBJECT: Novidade: nosso novo portal de carreiras! || Novidade! Nosso novo portal de carreiras já está no ar, com alertas de vagas e acompanhamento das candidaturas em tempo real. Quanto à sua participação no processo de {role}, informamos que seu perfil não foi selecionado.
Fazemos questão de responder pessoalmente, porque a sua candidatura mereceu atenção. O seu percurso na área da logística é consistente e a carta de apresentação mostra uma motivação genuína para a mudança para dados. Contudo, a função de {role} exige autonomia imediata em ferramentas que ainda está a aprender, e neste momento não temos condições de acompanhar essa transição. Por isso, não vamos avançar com a sua candidatura. Se quiser, posso indicar-lhe duas formações que a nossa equipa recomenda.
Somos uma cooperativa com mais de 3 mil produtores associados no Paraná e em Santa Catarina, e temos orgulho de levar alimento de qualidade à mesa de milhões de brasileiros. Para esta vaga, priorizamos candidatos com vivência em agronegócio, por isso não vamos avançar com o seu perfil.
Trabalhar na {company} significa fazer parte de um time de 900 pessoas apaixonadas por tecnologia, com horário flexível e muito aprendizado. Sabemos que muita gente quer estar aqui, e ficamos honrados com isso. Justamente por isso o processo é concorrido: desta vez, seu perfil não seguirá para a próxima etapa de {role}.
Há mais de um século que a {company} acompanha famílias e empresas nos seus projetos. A nossa solidez assenta na qualidade das nossas pessoas, e por isso o nosso processo de seleção é exigente. Após avaliação da sua candidatura, lamentamos informar que não foi selecionada para a função de {role}.
Sua opinião é muito importante para nós! Em breve você receberá uma pesquisa rápida sobre sua experiência no nosso processo seletivo. Como conversamos por telefone, a vaga de {role} foi preenchida por outra pessoa.
A {company} é uma referência no sector angolano, com mais de 25 anos de actividade e uma forte aposta na formação de quadros nacionais. Agradecemos o seu interesse em fazer parte desta história. Após análise criteriosa, informamos que a sua candidatura não foi seleccionada para a vaga de {role}.
Somos uma empresa familiar de Caxias do Sul e fabricamos móveis desde 1982. Ficamos felizes com a quantidade de pessoas que responderam ao nosso anúncio. Precisávamos escolher e, desta vez, a escolha não foi pelo seu perfil. Agradecemos de coração o interesse em fazer parte da nossa família.
Na {company}, trabalhamos todos os dias para tornar a mobilidade urbana mais simples e sustentável. Este ano chegámos a um milhão de utilizadores em Lisboa e no Porto, e continuamos a crescer. Relativamente à tua candidatura para {role}, infelizmente optámos por seguir com outros perfis.
""",
        "ack_received": """
Recebemos sua candidatura para a vaga de {role}. Nosso time de recrutamento vai analisar seu perfil e, caso você seja selecionado(a) para a próxima etapa, entraremos em contato.
Obrigado por se candidatar! Caso não seja contactado(a) em até 20 dias, considere que seu perfil não foi selecionado desta vez; ele continuará em nosso banco de talentos.
Confirmamos a receção da sua candidatura à função de {role}. A mesma será analisada com a maior brevidade e entraremos em contacto caso o seu perfil se adeque.
Recebemos a tua candidatura! Obrigado pelo interesse em juntares-te à {company}. Vamos analisar o teu perfil e, se avançares, falamos contigo nas próximas duas semanas.
Acusamos a recepção da sua candidatura espontânea, que foi registada na nossa base de dados. Será contactado(a) caso surja uma oportunidade adequada ao seu perfil.
SUBJECT: Inscrição confirmada || Sua inscrição na vaga «{role}» foi concluída com sucesso! Acompanhe o andamento do processo pelo nosso portal de carreiras.
Você se candidatou à vaga de {role} na {company}. Avisaremos você assim que a empresa visualizar seu currículo.
Recebemos seu currículo. Para concluir sua inscrição, falta apenas informar sua pretensão salarial e sua disponibilidade de início no formulário abaixo.
Obrigado por se ter candidatado ao nosso anúncio. Uma das nossas consultoras irá analisar o seu perfil e, caso corresponda aos requisitos do cliente, entrará em contacto nas próximas 72 horas.
Candidatura recebida! Devido ao grande volume de inscrições, as respostas só serão enviadas após o encerramento das inscrições, em 30 de maio.
Confirmamos o recebimento da sua inscrição no Programa de Trainee 2026. As próximas etapas e o cronograma serão divulgados por e-mail.
""",
        "ack_status": """
Queríamos te atualizar: seu processo segue em andamento. Ainda estamos avaliando candidatos e esperamos ter novidades até o fim do mês.
Passando para avisar que não esquecemos de você! O processo atrasou um pouco por causa das férias coletivas, mas seu perfil continua na disputa.
Status da candidatura atualizado: em análise pelo gestor. Nenhuma ação é necessária no momento.
Informamos que o prazo de candidaturas terminou e que nos encontramos na fase de triagem curricular. Os candidatos pré-selecionados serão contactados nas próximas semanas.
Obrigado pelo seu e-mail. Ainda não foi tomada nenhuma decisão relativamente à função de {role}; o júri reúne-se na próxima semana e darei notícias logo que possível.
Informamos que a sua candidatura se encontra em fase de análise pela Direcção de Recursos Humanos. Oportunamente será informado(a) sobre os próximos passos.
Seu currículo foi encaminhado para a área requisitante. Assim que tivermos um retorno, entraremos em contato com os próximos passos.
Oi {first}! Só pra te manter a par: estamos fechando as entrevistas com os outros candidatos e devemos dar um retorno a todos até quarta-feira que vem.
""",
        "inv_no_word": """
Oi {first}, vi sua candidatura para {role} e gostei muito da sua experiência. Que tal um bate-papo de 20 minutos essa semana? Quarta à tarde ou quinta de manhã funcionam pra você?
Seu perfil chamou nossa atenção! Gostaríamos de conversar com você sobre a vaga de {role}. Pode escolher o melhor horário na agenda do link abaixo?
Gostaríamos de o(a) conhecer melhor. Teria disponibilidade para uma conversa por videochamada na próxima terça-feira, às 15h00, sobre a função de {role}?
Adorámos o teu portefólio! Queres passar cá pelo escritório no Porto na sexta para tomarmos um café e falarmos sobre a vaga a que te candidataste?
Na sequência da sua candidatura, convidamo-lo(a) a comparecer nas nossas instalações em Luanda, no dia 14 de março, às 9h00, para uma conversa com a equipa de Recursos Humanos. Deverá fazer-se acompanhar do Bilhete de Identidade.
A gestora da vaga analisou seu currículo e quer falar com você. Qual o melhor horário para uma ligação rápida amanhã?
Para seguir com sua candidatura, queremos marcar uma conversa de 30 minutos por Google Meet com o líder técnico. Pode ser segunda às 10h?
Obrigada pela candidatura. A equipa gostaria de lhe apresentar o projeto e saber mais sobre si: está disponível para uma chamada de meia hora esta semana?
SUBJECT: Papo rápido sobre a vaga de {role}? || Tudo certo para um papo rápido na sexta às 16h? Queremos entender melhor sua experiência e contar mais sobre a vaga de {role} a que você se candidatou.
""",
        "inv_scheduled": """
Você foi aprovado(a) na triagem e está convidado(a) para a entrevista com a gestora da área na terça-feira, às 14h, por videochamada.
Como próxima etapa, convidamos você a realizar o teste de lógica e inglês online. O link ficará disponível por cinco dias.
Convidamo-lo(a) para uma entrevista presencial nas nossas instalações de Lisboa, no dia 18, às 10h30. Agradecemos a confirmação da sua presença.
Você está convidado(a) para a dinâmica de grupo do Programa de Trainee, no dia 9 de maio, às 9h, em nosso escritório da Av. Paulista.
Segue o desafio técnico da próxima etapa: você terá 72 horas para entregar a solução, que depois será apresentada em uma entrevista com o time.
SUBJECT: Convocatória – prova escrita || Informamos que foi convocado(a) para a prova escrita de conhecimentos no dia 22 de junho, às 8h00, no Centro de Formação em Talatona.
""",
        "off_offer": """
Parabéns! Temos o prazer de apresentar a proposta de contratação para a posição de {role}: regime CLT, salário de R$ 9.500, vale-refeição, plano de saúde e início em 3 de junho. Pedimos que responda com o aceite até sexta-feira.
Temos o prazer de lhe apresentar a nossa proposta para a função de {role}: contrato sem termo, remuneração anual bruta de 32.000 € em 14 meses, seguro de saúde e início a 1 de setembro. Agradecemos que nos confirme a sua decisão até dia 20.
Oi {first}! Boa notícia: o time decidiu que você é a pessoa certa para {role}. Te mando ainda hoje a carta-proposta com salário, benefícios e modelo híbrido. Dá uma olhada e me diz quando podemos conversar.
É com satisfação que informamos que V. Exa. foi seleccionado(a) para a função de {role}. Segue em anexo a proposta de emprego com as condições remuneratórias e a data prevista de início de funções. Solicitamos a devolução do documento assinado até 10 de abril.
Boas notícias: queremos mesmo que venhas trabalhar connosco como {role}! Envio em anexo a proposta com salário, subsídio de alimentação e regime de teletrabalho. Diz-nos alguma coisa até segunda.
Conforme conversamos, formalizo nossa proposta para atuação como {role} no modelo PJ, com remuneração mensal de R$ 14.000 e início imediato. Se estiver de acordo, enviaremos o contrato para assinatura digital.
Você foi aprovado(a) em todas as etapas! Segue a carta oferta para a vaga de {role}. Após o aceite, nosso Departamento Pessoal vai enviar a lista de documentos para a admissão.
""",
        "oth_outreach": """
Oi {first}, tudo bem? Sou recrutadora e estou buscando um(a) {role} para uma fintech em São Paulo. Vi seu perfil no LinkedIn e achei muito alinhado. Topa conversar? Se não for o momento, sem problemas!
Peço desculpa pelo contacto direto. Trabalho numa consultora de recrutamento e tenho uma oportunidade de {role} num grupo industrial em Aveiro que pode interessar-lhe. Se não fizer sentido, ignore esta mensagem.
Estou retomando minha mensagem da semana passada sobre a oportunidade de {role} em um cliente do varejo. Se não tiver interesse, não vou mais incomodar.
Olá! Sou da {company}, estamos a montar uma equipa nova em Braga e os teus projetos chamaram-me a atenção. Se algum dia estiveres aberto a mudar, gostava de te contar mais.
Estamos a construir uma base de talentos para projectos futuros no sector mineiro em Luanda e Saurimo. Se tiver interesse, convidamo-lo(a) a registar-se na nossa plataforma.
Somos uma plataforma que conecta profissionais independentes a empresas de todo o Brasil. Crie seu perfil gratuitamente e comece a receber projetos.
SUBJECT: Indicação – vaga confidencial || Olá! Uma pessoa do seu network indicou seu nome para uma posição de {role} que estou conduzindo. A vaga ainda não foi divulgada. Posso te ligar amanhã?
""",
        "oth_alerts": """
SUBJECT: Novas vagas para você || Encontramos 5 vagas que combinam com sua busca por «{role}» em São Paulo: Analista de Dados Pleno – Pinheiros – CLT; Analista de BI – Barueri – CLT; Cientista de Dados Jr – remoto – PJ; Analista de Planejamento – Vila Olímpia – CLT; Especialista em Analytics – híbrido.
Novas ofertas de emprego para si em Lisboa: Técnico de Contabilidade – Oeiras; Controller Financeiro – Lisboa; Assistente Administrativo – Amadora. Veja todas as ofertas na sua área pessoal.
A vaga «{role}» que você salvou encerra as inscrições em 2 dias. Não perca!
Neste mês na comunidade de talentos da {company}: a história da Juliana, que entrou como estagiária e hoje lidera a área de sustentabilidade; dicas para montar seu portfólio; e as datas do nosso próximo Open Day em Belo Horizonte.
Boas-vindas à comunidade de talentos da {company}! A partir de agora você vai receber nossas vagas em primeira mão e convites para eventos.
Ofertas de emprego publicadas esta semana em Luanda: Técnico de Manutenção Industrial; Contabilista Sénior; Assistente Comercial. Candidate-se através do portal.
Seu currículo foi visualizado por 4 empresas esta semana e há 22 novas vagas compatíveis com seu perfil. Atualize seu currículo para aparecer em mais buscas.
A sua pesquisa guardada «{role} – Porto» tem 3 novas ofertas: Analista de Sistemas – Maia; Programador .NET – Porto; Consultor SAP – Matosinhos.
""",
        "oth_admin": """
Recebemos um pedido para redefinir a senha da sua conta no portal de candidatos. Se não foi você, ignore esta mensagem.
Nos termos do RGPD, informamos que os seus dados de candidato serão eliminados no dia 30 de junho. Se pretender manter o seu perfil ativo, clique em «Renovar consentimento».
Venha nos conhecer na feira de carreiras da universidade no dia 15 de abril! Estaremos no estande 22 apresentando nosso programa de estágio.
Sua opinião importa: responda a esta pesquisa anônima de três minutos sobre sua experiência com nosso processo seletivo.
Confirmamos a sua desistência do processo seletivo para {role}, conforme solicitado. Seus dados serão removidos do nosso sistema em até 30 dias.
Seu e-mail de acesso foi alterado com sucesso. Se você não fez essa alteração, entre em contato com o suporte.
""",
    },
    "en": {
        "rej_direct": """
After careful consideration, we have decided not to move forward with your application for the {role} position.
We received a large number of applications and, unfortunately, we will not be progressing yours to the next stage.
Thanks for applying. We've reviewed your profile and decided to pursue candidates whose experience more closely matches what the team needs right now.
Your application for {role} has been unsuccessful on this occasion.
SUBJECT: Application update – {role} || Application status: not selected. Position: {role}. This is an automated message; please do not reply.
The role requires fluent Spanish and at least five years in regulated markets, so we won't be taking your application further.
Hey {first}, quick note to let you know we won't be moving ahead with your application this time. We'll keep your CV on file and reach out if something closer to your background opens up.
I'm sorry to say we've filled our shortlist with candidates who have direct experience in the sector, so you have not been shortlisted for interview.
""",
        "rej_after_interview": """
Thanks again for meeting with the team last week. It was a close call, but we've decided to offer the role to another candidate with more hands-on experience in payments.
I wanted to follow up after your final round. Everyone enjoyed the conversation, but we've chosen to go with someone whose background is a closer fit for this particular role.
Thank you for completing the take-home assignment. After review, the team has decided not to advance you to the next stage of the process.
Following the assessment centre on Thursday, I'm afraid we won't be progressing your application. Your individual feedback report will follow within ten working days.
It came down to you and one other person, and they had noticeably more depth with Kubernetes in production. So it's a no from us this time, which I know is frustrating after four rounds.
Our client has reviewed the interview notes and has decided not to proceed with your candidacy for the {role} role. I'll keep you in mind for similar briefs.
Unfortunately your results in the numerical reasoning test did not meet the threshold for this programme, so we're unable to invite you to the next round.
""",
        "rej_role_gone": """
We wanted to let you know that the {role} position has now been filled and the vacancy is closed.
Due to a change in business priorities, the {role} position has been cancelled and we have closed the recruitment process. We're sorry for any inconvenience.
Hiring for this role has been put on hold indefinitely, so we won't be proceeding with any applications, including yours.
The job you applied for is no longer available and has been removed by the employer. Your application has been closed.
We've decided to fill the role internally, so we're closing out all external applications, including yours.
The position was filled before we had a chance to review your application. Apologies for the delay in letting you know.
""",
        "rej_public_sector": """
At the sift stage, your application did not meet the required score against the essential criteria and has not progressed to interview.
The selection panel has now completed shortlisting for this post. I regret to inform you that you have not been shortlisted for interview.
Your application for the council's graduate scheme was assessed against the person specification, and we regret that it was not successful.
We regret to advise that you were not placed on the eligibility list following the written examination. Your score of 61 was below the passing mark of 70.
The interview board for the Grade 7 policy post has concluded. Following interview, you were not recommended for appointment.
""",
        "rej_buried": """
At {company}, we believe every interaction matters. This year more than 15,000 people applied to join us, and we read every application with care. We're proud to have been named a Top Employer for the fourth year running. With that in mind, we wanted to reply personally: for the {role} role, we've decided to move forward with other candidates.
SUBJECT: Our 2025 Impact Report is here || We've just published our 2025 Impact Report: 1.2 million meals redistributed, 40% fewer emissions per delivery and 300 new colleagues across Europe. Thank you for being part of our community. Regarding your application for {role}, we're sorry to tell you that it was not selected after the initial review.
As a certified B Corp, {company} puts people and planet first, and we've grown from 12 to 300 colleagues in five years. For this role, though, we needed someone with public-sector procurement experience from day one, so we won't be moving forward with your application.
I'll skip the template, because you deserve a straight answer. We had over 400 applicants for {role}, spoke with fourteen, and the final decision was very tight. Your profile was in the conversation until the end, but we chose someone who had already shipped a B2B product from scratch. This isn't a permanent no; we're hiring for four more roles this year.
Thank you for sharing your portfolio with us. We loved seeing the range of your work, especially the wayfinding project for the hospital. However, we've decided to move forward with a designer who has more experience in motion, so we won't be progressing your application.
We're a 40-person independent publisher in Edinburgh, and we were genuinely touched by how many people answered our ad. We had to choose, and this time we didn't choose your application. Thank you sincerely for your interest in joining us.
""",
        "ack_received": """
We've received your application for {role}. Our team will review it and get back to you if your profile matches what we're looking for.
Thanks for applying! If you haven't heard from us within 21 days, please assume that your application hasn't been successful on this occasion.
SUBJECT: Application submitted (ref. 58213) || This is to confirm that your application (ref. 58213) has been submitted successfully. You can track its progress at any time in your candidate portal.
Your CV has landed with our recruiting team. We aim to respond to everyone within ten working days.
Thank you for your speculative application. We've added your details to our talent pool and will contact you if a suitable opportunity arises.
Application received! Due to the volume of applications, we won't be able to respond individually until the closing date of 30 May.
You applied to {role} at {company}. We'll let you know when the employer views your application.
""",
        "ack_status": """
Just a quick update: your application is still under review. We're running a little behind schedule, but we expect to have news by the end of the month.
Thanks for checking in. No decision has been made on the {role} role yet; the panel meets next week, and I'll be in touch as soon as I hear.
Application status updated: under review by hiring manager. No action is needed from you at this time.
The closing date has passed and we're now shortlisting. Shortlisted candidates will be contacted over the next two weeks.
I know the wait can be frustrating, so I wanted to let you know your application hasn't been forgotten. We're finishing first conversations with other candidates and will come back to you by Friday.
""",
        "inv_no_word": """
I've just read your application for {role} and loved your background. Do you have 20 minutes this week for a quick call? Wednesday afternoon or Thursday morning would work on my side.
Your profile stood out to us. Could you pick a 30-minute slot in my calendar via the link below so we can chat about the role?
The hiring manager has reviewed your CV and would like to speak with you. When would be a good time for a call tomorrow?
Thanks for applying. We'd love to get to know you better: would you be free for a video chat with Sam, our Head of Product, and me on Tuesday at 3pm?
Fancy coming into the office for a coffee next week to meet the team and talk through the {role} role you applied for?
We'd like to take your application forward. Are you available for a 45-minute conversation on Teams on Monday at 10am?
""",
        "inv_scheduled": """
We'd like to invite you to an interview for the {role} role on Tuesday 12th at 11am at our Bristol office. Please confirm your attendance.
As the next step, please complete our online assessment (verbal and numerical reasoning, about 40 minutes). The link expires in five days.
You're invited to a one-way video interview: answer four recorded questions at your own pace before Sunday.
Please find attached the case study for the next stage. You'll have 48 hours to prepare, and you'll then present it to the panel.
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}. Attached is your offer letter with a base salary of £58,000, 25 days' holiday and a start date of 2 September. Please sign and return it by Friday.
Great news: the team would love you to join us as {role}! I'll send over the formal offer today with salary, equity and benefits; let me know when you're free to talk it through.
Following your interviews, we are pleased to make you a conditional offer of employment for the {role} position, subject to satisfactory references and right-to-work checks.
As discussed on the phone, here's our offer in writing: permanent contract, $95,000 base plus 10% bonus, hybrid three days a week. If you're happy with the terms, we'll send the contract for e-signature.
Congratulations! You've been selected for the {role} position. Please find your offer letter attached; it's valid until 20 May.
""",
        "oth_outreach": """
Hi {first}, I'm a recruiter working with a fast-growing fintech in London, and your LinkedIn profile caught my eye for a {role} opening. Open to a quick chat? If the timing isn't right, no worries at all.
Just bumping my message from last week about the {role} opportunity with our retail client. If it's not of interest, I won't follow up again.
I'm building a talent pool for upcoming projects in renewable energy. If you'd like to be considered, register on our platform in two minutes.
SUBJECT: Confidential search – {role} || A mutual connection passed on your name for a {role} search I'm running. It's not advertised yet. Would you be up for a call tomorrow?
""",
        "oth_alerts": """
SUBJECT: 5 new jobs for you || New jobs matching «{role}» near Manchester: Data Analyst – Salford – permanent; BI Developer – Stockport – contract; Reporting Analyst – city centre – permanent; Insight Analyst – remote; Junior Data Engineer – Trafford.
The job «{role}» you saved closes in 2 days. Don't miss out!
This month in the {company} talent community: meet Priya, who joined as an apprentice and now leads our sustainability team; tips for building a portfolio; and dates for our next open day.
Welcome to the {company} talent community! You'll now receive our latest vacancies first, plus invitations to events and webinars.
Your profile was viewed by 6 employers this week, and there are 19 new jobs matching your preferences. Update your CV to appear in more searches.
""",
        "oth_admin": """
We received a request to reset the password for your candidate account. If this wasn't you, you can ignore this email.
Under data protection rules, your candidate profile will expire on 30 June. If you'd like us to keep it, click 'Keep my profile'.
Come and meet us at the university careers fair on 15 March, stand 22! We'll be presenting our graduate programme.
We've processed your request to withdraw your application for {role}. Your data will be deleted within 30 days.
""",
    },
    "de": {
        "rej_direct": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Leider können wir dir heute keine positive Rückmeldung geben: Wir haben uns für Kandidat:innen entschieden, deren Profil noch besser zu unseren aktuellen Anforderungen passt.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin entschieden haben. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.
Ihre Bewerbung war leider nicht erfolgreich.
Wir danken Ihnen für Ihr Dossier. Nach eingehender Prüfung müssen wir Ihnen leider eine Absage erteilen, da andere Bewerbungen dem Anforderungsprofil besser entsprechen.
Wir haben Ihre Bewerbung mit Interesse gelesen, können Sie jedoch im weiteren Auswahlverfahren nicht berücksichtigen. Mit Ihrem Einverständnis halten wir Ihre Unterlagen gerne in Evidenz.
SUBJECT: Update zu deiner Bewerbung || Status deiner Bewerbung: Absage. Stelle: {role}. Diese Nachricht wurde automatisch erstellt.
Für die Position setzen wir verhandlungssichere Niederländischkenntnisse voraus, die wir in Ihrem Profil leider nicht erkennen. Daher können wir Ihre Bewerbung nicht weiterverfolgen.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach reiflicher Überlegung haben wir uns für einen Kandidaten entschieden, der mehr Erfahrung im Automotive-Umfeld mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.
Hi {first}, danke nochmal für deine Zeit im Zweitgespräch. Das Team war echt angetan, aber wir haben uns am Ende für jemanden mit mehr Führungserfahrung entschieden. Wenn du magst, gebe ich dir gern ausführlicheres Feedback am Telefon.
Vielen Dank für die Bearbeitung der Fallstudie. Nach Auswertung durch das Fachteam werden wir den Prozess mit Ihnen leider nicht fortsetzen.
Im Anschluss an das Assessment-Center müssen wir Ihnen leider mitteilen, dass Sie nicht in die nächste Runde kommen. Ihr Feedbackbericht folgt in den nächsten Tagen.
Sie gehörten zu den zwei Personen in der engsten Auswahl. Entschieden haben wir uns schlussendlich für die andere Kandidatin, vor allem wegen ihrer Projekterfahrung mit SAP S/4HANA.
Unser Mandant hat sich nach dem Interview mit Ihnen entschieden, den Prozess nicht weiterzuführen. Wir melden uns, sobald wir ein passenderes Mandat für Sie haben.
Dein Ergebnis im Online-Test liegt leider unter der erforderlichen Punktzahl, daher können wir dich nicht zum nächsten Schritt einladen.
""",
        "rej_role_gone": """
Wir möchten Sie darüber informieren, dass die Position als {role} inzwischen besetzt wurde und wir Ihre Bewerbung daher nicht mehr berücksichtigen können.
Aufgrund einer internen Umstrukturierung wurde die ausgeschriebene Stelle gestrichen. Wir haben das Auswahlverfahren beendet und bitten Sie um Verständnis.
Kurzes Update: Die Stelle als {role} wurde intern besetzt, deshalb schließen wir den Prozess auf unserer Seite. Danke für deine Zeit!
Die Stellenanzeige, auf die Sie sich beworben haben, wurde vom Arbeitgeber deaktiviert. Ihre Bewerbung wurde damit geschlossen.
Das Budget für diese Stelle wurde bis auf Weiteres eingefroren. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.
Die Stelle wurde bereits vergeben, bevor wir Ihre Unterlagen sichten konnten. Bitte entschuldigen Sie die späte Rückmeldung.
""",
        "rej_public_sector": """
Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Wahl der Auswahlkommission auf eine andere Bewerberin gefallen ist. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß AGG vernichtet.
Sie haben im schriftlichen Auswahltest nicht die erforderliche Mindestpunktzahl erreicht und können daher am weiteren Verfahren nicht teilnehmen.
Leider konnten wir Sie nicht zum Vorstellungsgespräch einladen, da Sie das in der Ausschreibung geforderte abgeschlossene Hochschulstudium nicht nachgewiesen haben.
Die Auswahlkommission hat Ihre Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin bzw. eines wissenschaftlichen Mitarbeiters geprüft; Sie wurden leider nicht in die engere Wahl aufgenommen.
Das Personalamt des Kantons teilt Ihnen mit, dass Ihre Bewerbung für die ausgeschriebene Stelle (80-100 %) nicht berücksichtigt werden konnte.
""",
        "rej_buried": """
Bei {company} glauben wir, dass jede Begegnung zählt. In diesem Jahr haben sich über 10.000 Menschen bei uns beworben, und wir lesen jede Bewerbung mit Sorgfalt. Wir sind stolz, zum dritten Mal in Folge als Top-Arbeitgeber ausgezeichnet worden zu sein. Deshalb möchten wir Ihnen persönlich antworten: Für die Position als {role} haben wir uns für andere Kandidat:innen entschieden.
SUBJECT: Neu: unser Karriereportal || Neu: Unser Karriereportal ist online, mit Jobalerts und Bewerbungsstatus in Echtzeit! Zu deiner Bewerbung als {role}: Leider hat es nach der ersten Sichtung nicht geklappt.
Als einer der größten privaten Träger von Pflegeeinrichtungen in Süddeutschland begleiten wir mit 4.000 Mitarbeitenden täglich Menschen in allen Lebenslagen. Für diese Stelle haben wir jedoch Bewerbungen mit abgeschlossener Pflegedienstleitungs-Weiterbildung bevorzugt und können Ihre Bewerbung daher nicht berücksichtigen.
Ich möchte Ihnen nicht mit einem Standardschreiben antworten. Ihr Anschreiben war klar und gut begründet, und Ihre Erfahrung im Einkauf hat uns interessiert. Für die Position als {role} brauchen wir aber jemanden, der die Kostenrechnung nach HGB und IFRS bereits eigenständig verantwortet hat. Deshalb haben wir uns gegen eine Einladung entschieden. Vielleicht passt eine künftige Ausschreibung besser; es würde mich freuen, wieder von Ihnen zu lesen.
Ihre Meinung ist uns wichtig: In Kürze erhalten Sie eine kurze Umfrage zu Ihren Erfahrungen im Bewerbungsprozess. Wie bereits telefonisch besprochen, haben wir die Stelle als {role} mit einer anderen Person besetzt.
Wir sind ein Familienunternehmen aus dem Allgäu und fertigen seit 1962 Präzisionsteile für den Maschinenbau. Über die vielen Zuschriften auf unsere Anzeige haben wir uns sehr gefreut. Wir mussten eine Auswahl treffen, und diesmal ist die Entscheidung nicht auf Sie gefallen. Herzlichen Dank für Ihr Interesse an unserem Haus.
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir melden uns, sobald wir Ihre Bewerbung geprüft haben.
Deine Bewerbung ist bei uns angekommen! Unser Recruiting-Team schaut sie sich in den nächsten Tagen an und meldet sich bei dir.
SUBJECT: Eingangsbestätigung – Kennziffer 2025-143 || Ihre Bewerbung (Kennziffer 2025-143) ist vollständig eingegangen. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Wir bestätigen Ihnen den Eingang Ihres Bewerbungsdossiers. Bitte haben Sie Verständnis, dass die Bearbeitung rund drei Wochen in Anspruch nimmt.
Ihre Initiativbewerbung haben wir erhalten und an die zuständigen Fachbereiche weitergeleitet. Sollte sich eine passende Möglichkeit ergeben, kommen wir auf Sie zu.
Wir haben Ihre Unterlagen erhalten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.
Du hast dich auf {role} bei {company} beworben. Wir benachrichtigen dich, sobald das Unternehmen deine Bewerbung angesehen hat.
""",
        "ack_status": """
Wir möchten Ihnen einen kurzen Zwischenstand geben: Ihre Bewerbung befindet sich noch in Prüfung. Aufgrund der Urlaubszeit verzögert sich das Verfahren; wir melden uns bis Mitte September.
Kurzes Update: Du bist noch im Rennen! Wir führen gerade die ersten Gespräche mit anderen Kandidat:innen und melden uns bis Ende nächster Woche bei dir.
Der Status Ihrer Bewerbung wurde aktualisiert: in Prüfung durch die Fachabteilung. Derzeit ist keine Aktion Ihrerseits erforderlich.
Danke für Ihre Nachfrage. Eine Entscheidung zur Position als {role} ist noch nicht gefallen; die Auswahlkommission tagt nächste Woche, und ich melde mich danach bei Ihnen.
Die Bewerbungsfrist ist abgelaufen, und wir sichten derzeit alle Unterlagen, auch Ihre. Mit einer Rückmeldung können Sie voraussichtlich Anfang Mai rechnen.
""",
        "inv_no_word": """
Ihre Bewerbung als {role} hat uns neugierig gemacht. Hätten Sie diese Woche 20 Minuten Zeit für ein kurzes Telefonat? Mittwochnachmittag oder Donnerstagvormittag würde bei mir passen.
Dein Profil hat uns richtig gut gefallen! Hast du Lust, nächste Woche auf einen Kaffee bei uns im Büro in Leipzig vorbeizukommen und das Team kennenzulernen?
Gerne möchten wir Sie näher kennenlernen. Bitte buchen Sie über den folgenden Link einen 30-minütigen Termin in meinem Kalender, damit wir uns über Ihren Werdegang und die Stelle austauschen können.
Gerne möchten wir Sie persönlich kennenlernen und laden Sie am Dienstag, 11. Juni, um 9.30 Uhr an unseren Hauptsitz in Zürich ein. Bitte bestätigen Sie uns den Termin.
Die Fachbereichsleitung hat Ihre Unterlagen gesichtet und möchte gern mit Ihnen sprechen. Wann passt es Ihnen morgen für einen kurzen Anruf?
Danke für deine Bewerbung! Wir würden uns gern per Video mit dir austauschen. Passt dir Montag um 10 Uhr für 45 Minuten?
""",
        "inv_scheduled": """
Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position als {role} am Dienstag, den 12. März, um 11 Uhr in unsere Niederlassung in Stuttgart einzuladen.
Als nächsten Schritt bitten wir dich, unseren Online-Test (Logik und Englisch, ca. 40 Minuten) zu absolvieren. Der Link ist fünf Tage gültig.
Wir laden Sie zu einem zeitversetzten Videointerview ein: Beantworten Sie bis Sonntag vier aufgezeichnete Fragen in Ihrem eigenen Tempo.
Hiermit laden wir Sie zum Assessment-Center am 9. Mai von 9 bis 16 Uhr in unserer Zentrale in Frankfurt ein.
""",
        "off_offer": """
Wir freuen uns, Ihnen die Position als {role} anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag mit einem Jahresbruttogehalt von 62.000 €, 30 Urlaubstagen und Eintritt zum 1. September. Bitte senden Sie uns ein unterschriebenes Exemplar bis Freitag zurück.
Gute Nachrichten: Wir möchten dich sehr gern als {role} im Team haben! Ich schicke dir heute noch das Angebot mit Gehalt, VSOP und Remote-Regelung. Sag Bescheid, wann wir kurz telefonieren können.
Wir freuen uns, Ihnen eine Zusage für die Stelle als {role} geben zu können. Der Vertragsentwurf geht Ihnen in den nächsten Tagen per Post zu.
Wie telefonisch besprochen, bestätige ich Ihnen unser Angebot: unbefristetes Dienstverhältnis als {role}, Bruttomonatsgehalt 4.200 € (14 × jährlich), Dienstantritt am 1. Oktober.
Herzliche Gratulation! Wir bieten Ihnen die Stelle als {role} mit einem Pensum von 100 % und einem Jahreslohn von CHF 110'000 an. Den Arbeitsvertrag erhalten Sie in zweifacher Ausführung zur Unterschrift.
""",
        "oth_outreach": """
Ich bin bei meiner Recherche auf Ihr XING-Profil gestoßen und suche aktuell für einen Mandanten aus der Medizintechnik eine:n {role} in München. Wären Sie offen für ein kurzes Gespräch? Falls es gerade nicht passt, entschuldigen Sie die Störung.
Hey {first}, ich bin Recruiterin bei {company}. Wir bauen gerade ein neues Data-Team in Köln auf, und deine Open-Source-Projekte haben mich neugierig gemacht. Kein Druck, aber falls du offen für Neues bist, erzähl ich dir gern mehr.
Ich melde mich noch einmal wegen meiner Nachricht von letzter Woche zur Position als {role} bei unserem Kunden aus dem Handel. Falls bei Ihnen kein Interesse besteht, melde ich mich nicht mehr.
Wir bauen einen Talentpool für kommende Projekte im Bereich Energiewende auf. Registrieren Sie sich in zwei Minuten auf unserer Plattform, um berücksichtigt zu werden.
""",
        "oth_alerts": """
SUBJECT: 4 neue Jobs für dich || Neue Jobs für dich passend zu «{role}» in Hamburg: Datenanalyst (m/w/d) – Altona – unbefristet; BI-Entwickler (m/w/d) – HafenCity – unbefristet; Reporting Specialist – remote; Junior Data Engineer – Eimsbüttel.
Die von dir gespeicherte Stellenanzeige «{role}» läuft in 2 Tagen ab. Bewirb dich jetzt noch!
Diesen Monat erwarten dich in der {company} Talent Community: das Porträt von Jana, die als Azubi angefangen hat und heute unser Nachhaltigkeitsteam leitet, Tipps fürs Portfolio und die Termine unseres nächsten Karrieretags.
Willkommen in der Talent Community von {company}! Ab sofort erhalten Sie unsere neuen Stellenangebote als Erste und Einladungen zu Veranstaltungen.
Ihr Profil wurde diese Woche von 5 Arbeitgebern angesehen, und es gibt 17 neue Stellenangebote, die zu Ihren Suchkriterien passen.
""",
        "oth_admin": """
Wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Bewerberkonto erhalten. Falls Sie das nicht waren, ignorieren Sie diese E-Mail.
Gemäß DSGVO wird dein Bewerberprofil am 30. Juni gelöscht. Wenn wir es behalten sollen, klicke auf «Profil behalten».
Besuchen Sie uns auf der Karrieremesse der TU am 15. April, Stand 22! Wir stellen dort unser Traineeprogramm vor.
Wir haben den Rückzug Ihrer Bewerbung als {role} wie gewünscht bearbeitet. Ihre Daten werden innerhalb von 30 Tagen gelöscht.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},", "Dear {first} Rivera,"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "We appreciate the time you put into your application.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "All the best for the future.",
        ],
        "marketing": [
            "{company} helps more than 2,000 organisations turn their data into decisions. Our teams in London, Lisbon and Toronto work flexibly, learn constantly and ship every week. Discover our culture, our benefits and our open roles on our careers site.",
            "At {company}, we build for the long term: 30 years of growth, 18 countries and a workforce that is 48% women in leadership. Follow us on LinkedIn to hear about new opportunities first.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company} Talent Team",
            "Thanks,\n{sender_first}",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "{company} Ltd · Registered in England and Wales · You are receiving this email because you created an account on our careers site.",
            "This message was sent by an automated system. Manage your email preferences or unsubscribe at any time.",
            "This email and any attachments are confidential and intended solely for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Update on your application – {role}",
            "{role} at {company}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "{role} at {company}: let's talk",
            "Your application – next stage",
        ],
        "subject_off": ["Your offer from {company}", "Offer – {role}", "Welcome to {company}!"],
        "subject_oth": ["{company} Careers", "News from {company}", "Your candidate account"],
    },
    "de": {
        "greet": [
            "Sehr geehrte:r {first} Rivera,",
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Hi {first},",
            "Liebe:r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke für dein Interesse an {company}!",
            "Danke, dass du dir die Zeit für deine Bewerbung genommen hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Für deine weitere Jobsuche wünschen wir dir viel Erfolg!",
            "Alles Gute für dich und deinen weiteren Weg!",
        ],
        "marketing": [
            "{company} steht seit über 60 Jahren für Präzision made in Germany. Mit 1.800 Mitarbeitenden an sechs Standorten gestalten wir die Zukunft des Maschinenbaus – mit flexiblen Arbeitszeiten, betrieblicher Altersvorsorge und JobRad.",
            "Als familiengeführtes Unternehmen setzen wir bei {company} auf Verlässlichkeit, kurze Entscheidungswege und Weiterbildung. Erfahre mehr über uns auf unserer Karriereseite und auf LinkedIn.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüsse\n{sender}\n{company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nTalent Acquisition",
        ],
        "footer": [
            "{company} GmbH · Sitz: Kempten · Amtsgericht Kempten HRB 4711 · Geschäftsführung: Dr. Helga Brunnhofer, Martin Vogt",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zum Datenschutz im Bewerbungsprozess findest du in unserer Datenschutzerklärung.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – {company}",
        ],
        "subject_inv": [
            "Ihre Bewerbung als {role} – nächste Schritte",
            "Kennenlernen bei {company}",
            "Deine Bewerbung – wie geht's weiter?",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Angebot: {role}",
            "Willkommen an Bord!",
        ],
        "subject_oth": ["{company} Karriere", "Neuigkeiten von {company}", "Ihr Bewerberkonto"],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Chère candidate, cher candidat,",
            "Hello {first} !",
        ],
        "thanks": [
            "Merci de l'intérêt porté à {company} et à nos métiers.",
            "Merci pour la confiance accordée à {company}.",
            "Un grand merci pour l'intérêt porté à {company} !",
        ],
        "wish": [
            "Bonne continuation !",
            "Tous nos vœux de réussite pour la suite.",
            "Bonne chance pour la suite !",
            "Plein succès dans la suite de la recherche.",
        ],
        "marketing": [
            "Depuis 1958, {company} fait rimer savoir-faire et innovation. Avec 3 200 collaborateurs en France, en Belgique et en Suisse, nous offrons des parcours variés, un accord de télétravail et une politique de formation ambitieuse. Découvrez nos engagements RSE sur notre site carrières.",
            "Chez {company}, nous plaçons l'humain au cœur de tout ce que nous faisons. Rejoignez une communauté de plus de 900 passionnés à Montréal, Québec et Paris, et suivez-nous sur LinkedIn pour ne manquer aucune opportunité.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nÉquipe Recrutement {company}",
            "Belle journée,\n{sender_first}",
            "Meilleures salutations,\n{sender}",
        ],
        "footer": [
            "{company} SAS au capital de 250 000 € – RCS Paris 812 345 678. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "Ce message est généré automatiquement, merci de ne pas y répondre.",
            "Pour ne plus recevoir nos communications, cliquez ici.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "{company} – suite de votre candidature",
            "Candidature {role}",
        ],
        "subject_inv": [
            "Votre candidature {role} – prochaine étape",
            "Échange autour du poste de {role}",
            "{company} : faisons connaissance",
        ],
        "subject_off": [
            "Votre proposition d'embauche – {company}",
            "Bienvenue chez {company} !",
            "Proposition – {role}",
        ],
        "subject_oth": [
            "{company} Carrières",
            "Des nouvelles de {company}",
            "Votre espace candidat",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buen día, {first}.",
            "¡Hola {first}!",
        ],
        "thanks": [
            "Gracias por el interés en {company}.",
            "Agradecemos el tiempo dedicado a la postulación.",
            "Muchas gracias por pensar en {company}.",
        ],
        "wish": [
            "Mucho éxito en la búsqueda.",
            "Éxitos en los próximos pasos profesionales.",
            "Los mejores deseos para lo que viene.",
            "¡Mucha suerte!",
        ],
        "marketing": [
            "En {company} llevamos más de 20 años impulsando la movilidad sostenible en España y Latinoamérica. Somos más de 2.500 personas en 9 países, con horario flexible, formación continua y un plan de bienestar para todo el equipo. Síguenos en LinkedIn y conoce nuestras vacantes.",
            "{company} es una empresa certificada Great Place to Work® en Colombia, Chile y México. Creemos en la diversidad, la innovación y el crecimiento de nuestra gente. Descubre nuestra cultura en nuestro portal de empleo.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender_first}",
            "Atentamente,\n{sender}\nEquipo de Talento – {company}",
            "Saludos,\n{sender}\nGestión Humana",
        ],
        "footer": [
            "{company} S.L. – Inscrita en el Registro Mercantil de Madrid. Sus datos serán tratados conforme al RGPD; puede ejercer sus derechos escribiendo a privacidad.",
            "Este correo fue enviado automáticamente; por favor, no responda a este mensaje.",
            "Aviso de privacidad: sus datos personales serán tratados conforme a la legislación aplicable. Consulte el aviso integral en nuestro sitio web.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Postulación – {role}",
            "Actualización de tu proceso en {company}",
            "Su postulación a la vacante de {role}",
        ],
        "subject_inv": [
            "Siguiente paso – {role}",
            "Proceso {role} en {company}",
            "Tu postulación – próxima etapa",
        ],
        "subject_off": [
            "Carta oferta – {role}",
            "¡Bienvenido/a a {company}!",
            "Propuesta de incorporación – {company}",
        ],
        "subject_oth": ["{company} Empleo", "Novedades de {company}", "Tu cuenta de candidato"],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Oi {first}, tudo bem?",
        ],
        "thanks": [
            "Agradecemos o interesse na {company}.",
            "Obrigado pelo interesse em fazer parte da {company}.",
            "Agradecemos o tempo dedicado à candidatura.",
        ],
        "wish": [
            "Boa sorte nos próximos desafios!",
            "Desejamos sucesso na sua trajetória.",
            "Votos de sucesso profissional.",
        ],
        "marketing": [
            "A {company} é uma das maiores empresas de energia renovável do Brasil, com mais de 2 mil colaboradores e operações em 9 estados. Aqui você encontra trabalho híbrido, plano de carreira e benefícios flexíveis. Conheça nossa cultura no nosso portal de carreiras.",
            "Há mais de 40 anos em Portugal e Angola, a {company} aposta no talento, na inovação e na proximidade com os clientes. Siga-nos no LinkedIn para conhecer as nossas próximas oportunidades.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos – {company}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "{company} Ltda. – CNPJ 12.345.678/0001-90. Esta é uma mensagem automática, por favor não responda.",
            "Os seus dados pessoais são tratados nos termos do RGPD. Para deixar de receber estas comunicações, clique aqui.",
            "Seus dados são tratados de acordo com a LGPD. Consulte nossa política de privacidade.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo – {role}",
            "Candidatura {role} – {company}",
            "Atualização sobre a sua candidatura",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "Vamos conversar? – {role}",
            "Processo seletivo {company}: próxima etapa",
        ],
        "subject_off": [
            "Proposta de contratação – {role}",
            "Bem-vindo(a) à {company}!",
            "Carta-proposta {company}",
        ],
        "subject_oth": ["{company} Carreiras", "Novidades da {company}", "Sua conta de candidato"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check in on my application for the {role} role, as it's been a couple of weeks. Happy to send anything else you need.\nAlex\n\n{header2}\nHi Alex,\nThanks for your message. I've passed it on to the hiring team and will come back to you once I have an update.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Falls Sie noch Unterlagen benötigen, reiche ich sie gern nach.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Nachricht. Ich habe sie an die Fachabteilung weitergegeben und melde mich, sobald ich Neuigkeiten habe.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Je reste à votre disposition pour tout complément d'information.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je l'ai transmis au responsable du recrutement et je reviens vers vous dès que j'ai des nouvelles.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería consultar en qué punto está mi candidatura para el puesto de {role}. Quedo a disposición por si necesitan cualquier documento adicional.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu mensaje. Se lo he trasladado al equipo de selección y te escribo en cuanto tenga novedades.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber como está o andamento da minha candidatura para a vaga de {role}. Fico à disposição caso precisem de mais alguma informação.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela mensagem. Encaminhei para o time responsável e retorno assim que tiver novidades.\n{sender}\n",
}
