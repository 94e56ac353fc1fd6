# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 19b, written by one author: French, Spanish and Portuguese job-search mail as it reaches
candidates in France, Belgium, Switzerland, Quebec, Spain, Mexico, Argentina, Chile, Colombia,
Portugal, Brazil and Angola (private employers, ATS notices, agencies, universities, concours and
public hiring), plus English written by non-native writers and by employers in India, Nigeria,
Singapore and the Philippines, and a few German passages per kind. All text invented."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Lumière Conseil SAS",
    "Groupe Haliotis",
    "Banque Lémanique Privée SA",
    "Technologies Boréal inc.",
    "Grupo Alcázar Logística S.L.",
    "Pampa Datos S.R.L.",
    "Cafetera Montes Altos S.A.S.",
    "Transportes Andinos SpA",
    "Construtora Atlântico Sul Ltda.",
    "Maré Alta Seguros, S.A.",
    "Kwanza Energia, S.A.",
    "Saraswati Infotech Pvt. Ltd.",
    "Lagoon Pinnacle Finance Ltd",
    "Merlion Tidewater Systems Pte. Ltd.",
)

ROLES: tuple[str, ...] = (
    "Analyste de données",
    "Chargé(e) de projet digital",
    "Contrôleur de gestion",
    "Analista de Datos",
    "Ejecutivo(a) Comercial",
    "Desenvolvedor(a) Back-end",
    "Analista de Recursos Humanos",
    "Business Analyst",
    "Customer Success Specialist",
    "Product Manager",
    "Ingénieur(e) logiciel",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Fournier", "recrutement@{domain}"),
    ("Jean-Philippe Tremblay", "jp.tremblay@{domain}"),
    ("Équipe Recrutement", "ne-pas-repondre@candidats.talentflux.example"),
    ("Lucía Ferreyra", "talento@{domain}"),
    ("Selección de Personal", "notificaciones@postulia-ats.example"),
    ("Mariana Costa", "vagas@{domain}"),
    ("Equipe de Atração de Talentos", "naoresponda@vagas.recrutai.example"),
    ("Priya Raghunathan", "careers@{domain}"),
    ("Adaeze Okonkwo", "hr@{domain}"),
    ("Recruiting Team", "noreply@jobs.hirewell-ats.example"),
)

CORE: dict[str, dict[str, str]] = {
    "fr": {
        "rej_generic": """
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de {role}.
SUBJECT: Votre candidature chez {company} || Nous avons bien pris connaissance de votre candidature au poste de {role}. Malheureusement, nous ne sommes pas en mesure d'y répondre favorablement. Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours venait à se présenter.
Nous avons reçu un très grand nombre de candidatures pour ce poste et, après un examen approfondi, nous avons le regret de vous informer que la vôtre n'a pas été retenue. Cette décision ne remet nullement en cause la qualité de votre parcours.
Après un examen attentif de votre dossier, nous avons le regret de vous informer que notre choix s'est porté sur une personne dont le profil correspond davantage aux exigences du poste de {role}. Conformément à notre politique de protection des données, votre dossier sera détruit dans un délai de trois mois.
Nous avons le regret de vous faire savoir que, malgré l'intérêt de votre candidature, nous avons décidé de ne pas poursuivre la procédure avec vous pour la fonction de {role}. Nous vous remercions de la confiance témoignée à {company}.
Votre candidature pour l'offre « {role} » (réf. 2025-0412) a été examinée par nos équipes. Nous sommes au regret de vous annoncer qu'elle n'a pas été retenue. Vous pouvez à tout moment consulter nos autres offres et mettre à jour votre profil depuis votre espace candidat.
Nous avons analysé votre candidature avec attention et tenons à vous informer que celle-ci n'a pas été retenue pour la suite du processus de sélection. Soyez assuré(e) que nous avons apprécié l'intérêt que vous portez à notre organisation.
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
C'est avec regret que nous vous informons que nous ne pourrons pas donner une suite positive à votre candidature. Les profils retenus présentaient une expérience plus directement liée aux enjeux du poste.
Nous avons étudié avec attention votre candidature pour le contrat en alternance {role}. Nous ne sommes malheureusement pas en mesure de vous proposer un entretien, toutes les places pour la rentrée de septembre étant désormais attribuées.
SUBJECT: Réponse à votre candidature spontanée || Nous avons bien reçu votre candidature spontanée et l'avons transmise aux responsables des services concernés. Aucun poste correspondant à votre profil n'est à pourvoir actuellement et nous ne sommes donc pas en mesure d'y donner suite.
Par la présente, nous vous informons que votre candidature au poste de {role} n'a pas été retenue. Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
""",
        "rej_profile_mismatch": """
Après analyse de votre candidature, il apparaît que votre profil ne correspond pas aux attentes du poste de {role}, notamment en ce qui concerne l'expérience en gestion de projets industriels. Nous ne pouvons donc pas y donner suite.
Votre parcours est intéressant, mais il ne correspond pas tout à fait aux compétences recherchées pour cette mission. Nous préférons être transparents avec vous plutôt que de vous laisser sans réponse : nous n'irons pas plus loin sur ce poste.
Le poste requiert la maîtrise de l'allemand courant (niveau C1) ainsi qu'une expérience significative dans le secteur bancaire suisse. N'ayant pas identifié ces éléments dans votre dossier, nous sommes contraints de ne pas retenir votre candidature.
Après évaluation, votre candidature ne satisfait pas à l'ensemble des exigences minimales de l'affichage, notamment la détention d'un permis de travail valide au Canada. Par conséquent, elle ne pourra pas être considérée pour ce poste.
Nous avons privilégié des candidatures présentant une expérience plus approfondie en contrôle de gestion dans la grande distribution. Votre profil, bien que riche, ne correspond donc pas aux priorités de ce recrutement.
SUBJECT: Suite donnée à votre candidature || Votre expérience ne correspond pas au niveau de séniorité recherché pour ce poste, qui s'adresse à des profils confirmés disposant d'au moins huit ans d'expérience. Nous ne donnerons donc pas suite.
Nous recherchons pour ce poste un profil plus junior ; au vu de votre expérience, nous craignons que la mission ne réponde pas à vos attentes et avons donc décidé de ne pas donner suite à votre candidature.
Votre candidature ne remplit pas la condition de diplôme (master) requise pour l'accès à cette fonction de niveau A. Nous ne pouvons donc malheureusement pas la prendre en considération.
Malgré les nombreuses qualités de votre dossier, votre profil ne correspond pas aux besoins actuels de notre équipe, qui recherche avant tout une expertise SAP FI/CO opérationnelle.
""",
        "rej_after_interview": """
Nous tenions à vous remercier pour le temps que vous nous avez consacré lors de nos entretiens. Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont l'expérience correspond plus étroitement à nos besoins immédiats.
Suite à votre entretien du 14 mars avec Madame Lefebvre et moi-même, nous sommes au regret de vous informer que nous ne retiendrons pas votre candidature. Vos échanges avec l'équipe ont été appréciés et la décision a été difficile à prendre.
Merci encore pour ton temps et pour la qualité de nos échanges la semaine dernière. On a débriefé en équipe et on a décidé de ne pas aller plus loin avec toi pour ce poste : on cherche quelqu'un avec davantage de bouteille sur l'infra cloud. Ce n'est clairement pas une question de potentiel.
SUBJECT: Retour sur votre entretien || À l'issue des entretiens finaux, le comité de sélection a retenu une autre candidature pour le poste de {role}. Nous avons sincèrement apprécié votre préparation et la pertinence de vos questions.
Nous vous remercions d'avoir participé à l'entrevue pour le poste de {role}. Nous vous informons que votre candidature n'a pas été retenue à la suite de cette étape. Si vous le souhaitez, il nous fera plaisir de vous offrir une rétroaction par téléphone.
Nous faisons suite à notre entretien du 22 mai et vous remercions de l'intérêt témoigné pour notre établissement. Nous avons le regret de vous informer que notre choix s'est porté sur un autre candidat. Nous vous retournons, en annexe, votre dossier de candidature.
Je reviens vers vous suite à votre entretien avec notre directrice financière. Même si votre profil a été très apprécié, nous avons finalement retenu un candidat disposant d'une expérience plus approfondie en consolidation IFRS.
Comme évoqué brièvement au téléphone ce matin, je vous confirme par écrit que nous ne donnerons pas suite à votre candidature après le second tour d'entretiens. Vous faisiez partie des deux finalistes et l'écart s'est joué sur l'expérience terrain.
Après l'assessment et l'entretien final, nous avons décidé de ne pas vous proposer la fonction. Si vous le souhaitez, notre partenaire peut vous transmettre un feedback détaillé sur votre rapport d'assessment.
""",
        "rej_after_test": """
Nous vous remercions d'avoir réalisé le test technique. Après correction par l'équipe, les résultats ne nous permettent pas de poursuivre le processus avec vous.
Votre score au test de raisonnement logique est inférieur au seuil requis pour accéder à l'étape suivante. Nous ne sommes donc pas en mesure de poursuivre votre candidature.
Merci d'avoir pris le temps de faire l'exercice à la maison. On l'a relu à trois : il y a de bonnes idées, mais la partie modélisation des données n'est pas au niveau attendu pour ce rôle, donc on s'arrête là.
Suite à la mise en situation réalisée le 3 juin, nous avons le regret de vous informer que vous n'avez pas été retenu(e) pour la suite du processus.
L'étude de cas que vous nous avez présentée a retenu notre attention, mais le jury a estimé que vos recommandations ne répondaient pas suffisamment à la problématique posée. Nous ne poursuivrons donc pas.
""",
        "rej_public_concours": """
SUBJECT: Résultats d'admissibilité – concours externe d'attaché territorial || Nous vous informons qu'à l'issue de la délibération du jury, vous n'avez pas été déclaré(e) admissible au concours externe d'attaché territorial, spécialité administration générale. Vos notes sont consultables dans votre espace candidat.
Le jury s'est réuni le 18 juin pour arrêter la liste des candidats admis. Nous avons le regret de vous informer que vous ne figurez ni sur la liste principale ni sur la liste complémentaire.
Résultat de votre participation à la sélection comparative {role} : vous n'avez pas obtenu le minimum requis (12/20) au test de connaissances génériques. Vous ne pouvez donc pas participer à l'épreuve suivante. Votre feedback détaillé est disponible dans votre compte.
Nous vous informons que vous n'avez pas réussi l'examen de qualification en ligne pour le processus {role}. Vous pourrez vous inscrire de nouveau à ce processus dans un délai de six mois.
Votre candidature n'a pas été jugée recevable : la pièce justificative attestant de votre diplôme n'a pas été fournie dans les délais fixés par l'arrêté d'ouverture du concours.
Le Service du personnel de l'État vous informe que la procédure de recrutement pour le poste de {role} est terminée et que votre candidature n'a pas été retenue. Le présent courriel tient lieu de réponse définitive.
Suite à la commission de recrutement du centre hospitalier, nous vous informons que votre candidature au poste de {role} (contractuel, catégorie A) n'a pas été retenue.
""",
        "rej_position_filled": """
Nous vous informons que le poste de {role} a été pourvu. Nous vous remercions de l'intérêt que vous avez porté à notre offre.
Nous tenons à vous informer que le poste a été comblé. Nous conservons votre candidature dans notre banque pour une période de six mois.
Le poste a finalement été pourvu en interne par un collaborateur du groupe, dans le cadre de notre politique de mobilité. Nous ne serons donc pas en mesure de donner suite à votre candidature.
SUBJECT: Offre {role} – clôturée || L'offre à laquelle vous avez postulé est désormais clôturée, le recrutement ayant abouti. Votre candidature ne sera donc pas étudiée plus avant.
Nous avons priorisé une candidature interne pour ce poste, conformément à notre accord d'entreprise sur la mobilité. Cela ne préjuge en rien de la qualité de votre dossier.
Une personne a accepté notre proposition cette semaine ; le poste de {role} n'est donc plus ouvert et nous clôturons les autres candidatures, dont la vôtre.
""",
        "rej_cancelled": """
Nous sommes au regret de vous informer que le recrutement pour le poste de {role} a été suspendu suite à une réorganisation interne. Le processus est donc clos et nous ne pourrons pas poursuivre avec votre candidature.
En raison d'une révision de nos budgets pour l'exercice en cours, le poste a été supprimé. Nous nous excusons pour ce contretemps après les échanges que nous avons eus.
Je reviens vers vous concernant la mission {role} chez notre client : celui-ci vient de nous informer qu'il gèle le recrutement jusqu'à nouvel ordre. Je clôture donc votre candidature sur ce poste, mais je garde évidemment votre profil en tête.
Le financement du projet de recherche n'ayant pas été obtenu, le poste de post-doctorat ne sera pas ouvert. Nous clôturons donc l'ensemble des candidatures reçues.
L'offre a été retirée : le périmètre du poste a été entièrement revu et fera l'objet d'une nouvelle annonce, sur un profil différent.
""",
        "rej_informal_tu": """
Je te fais un retour rapide : on ne va pas donner suite pour le poste de {role}. On a eu beaucoup de candidatures très proches et on a dû faire des choix difficiles.
Je ne vais pas tourner autour du pot : ce ne sera pas pour cette fois. L'équipe a préféré avancer avec un profil plus orienté produit. Merci d'avoir joué le jeu jusqu'au bout !
On a relu ta candidature avec attention mais on ne la retient pas — on cherche vraiment quelqu'un qui a déjà structuré une équipe sales en B2B.
Je voulais te revenir rapidement : on a décidé d'aller de l'avant avec une autre personne pour le poste. J'ai vraiment aimé notre jasette et j'espère qu'on se recroisera.
Ta candidature n'a pas été retenue cette fois-ci. Rien de personnel, promis : on avait un seul poste et plus de 300 candidatures.
""",
        "rej_academic": """
Le comité de sélection réuni le 2 mai n'a pas retenu votre candidature pour une audition au poste de maître de conférences (section 27) profilé « apprentissage statistique ».
Nous avons le regret de vous informer que votre candidature au poste d'ATER n'a pas été classée par la commission.
Le jury d'admission de l'école doctorale n'a pas pu retenir votre dossier cette année, le nombre de contrats doctoraux étant limité.
Le comité de sélection a terminé l'étude des dossiers pour le poste de professeur(e) adjoint(e). Votre candidature n'a pas été retenue pour une entrevue.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à {company}. Notre équipe l'étudiera dans les meilleurs délais.
SUBJECT: Confirmation de votre candidature – {role} || Votre candidature a bien été enregistrée. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat. Si votre profil correspond à nos attentes, un membre de l'équipe recrutement prendra contact avec vous.
Nous avons bien reçu votre dossier. En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacune d'entre elles ; sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Ceci est un message automatique : votre candidature (réf. CAND-88213) pour l'offre « {role} » nous est bien parvenue. Merci de ne pas répondre à ce courriel.
Nous confirmons la réception de votre candidature pour le poste de {role}. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
Merci pour ta candidature ! On l'a bien reçue et on revient vers toi sous 10 jours, quelle que soit la réponse.
Votre inscription au concours externe de rédacteur territorial a bien été enregistrée sous le numéro 2025-RED-04187. Vous recevrez votre convocation aux épreuves écrites au moins quinze jours avant la date de la première épreuve.
Nous accusons réception de votre candidature spontanée, qui a été transmise à la direction des ressources humaines. Elle sera examinée avec toute l'attention requise.
Le dépôt de votre dossier sur la plateforme de recrutement de l'université est complet. Le comité de sélection examinera l'ensemble des dossiers après la date de clôture du 30 avril.
Nous vous confirmons la bonne réception de votre dossier de candidature et vous remercions de votre intérêt. Nous prendrons contact avec vous d'ici la fin du mois.
""",
        "ack_status": """
Votre candidature est actuellement en cours d'analyse par le responsable du recrutement. Nous reviendrons vers vous dès que nous aurons du nouveau.
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature pour « {role} » est passé à « En cours d'examen par le manager ». Aucune action n'est requise de votre part pour le moment.
Je tenais à vous informer que votre dossier a été transmis au manager opérationnel, qui devrait nous faire son retour d'ici la fin de la semaine prochaine.
Petit point d'étape : tu fais toujours partie des candidatures que l'on étudie pour le poste. On termine la première vague d'entretiens et on te tient au courant.
Nous avons bien reçu votre test complété. Il est en cours d'évaluation par nos équipes et nous vous communiquerons le résultat sous dix jours ouvrables.
Votre dossier a passé l'étape de recevabilité administrative et sera soumis au comité de sélection, qui se réunira dans le courant du mois de juin.
""",
        "ack_vivier": """
Nous avons bien reçu votre candidature spontanée et l'avons intégrée à notre vivier de talents. Nous ne manquerons pas de vous contacter si une opportunité correspondant à votre profil se présente.
Votre profil a bien été ajouté à notre CVthèque. Vous recevrez une notification dès qu'une offre compatible avec vos critères sera publiée.
Votre candidature a été versée à notre banque de candidatures pour les postes de {role}. Elle y demeurera active pendant douze mois.
Suite à votre inscription à notre vivier « Jeunes diplômés 2025 », votre dossier est désormais visible par l'ensemble de nos recruteurs en France et en Belgique.
SUBJECT: Inscription sur la liste de réserve || À l'issue de la procédure de sélection, vous avez été inscrit(e) sur la réserve de recrutement, valable deux ans. Vous pourrez être contacté(e) lorsqu'un poste correspondant se libérera ; cette inscription ne garantit pas un engagement.
Nous conservons votre candidature dans notre vivier pour les prochaines sessions de recrutement de conseillers clientèle. Aucune session n'est planifiée pour l'instant, mais nous vous tiendrons informé(e).
""",
        "ack_documents": """
Afin de finaliser l'étude de votre dossier, merci de nous transmettre les pièces suivantes : copie de votre diplôme le plus élevé, vos trois dernières attestations employeur et une pièce d'identité en cours de validité.
Pourriez-vous nous faire parvenir vos certificats de travail ainsi qu'un extrait du registre des poursuites datant de moins de trois mois ? Ces documents sont nécessaires pour compléter votre dossier.
Votre dossier de candidature est incomplet : il manque la lettre de motivation et la copie de votre dernier arrêté d'échelon. Vous pouvez déposer ces pièces sur la plateforme jusqu'au 12 septembre.
Pour pouvoir poursuivre l'analyse de votre candidature, nous avons besoin d'une copie de votre permis de travail ou de votre titre de séjour en Belgique.
SUBJECT: Pièces manquantes || Il nous manque votre bulletin n°3 du casier judiciaire, exigé pour tout poste en contact avec des mineurs. Merci de nous l'adresser dès que possible.
Merci de nous faire parvenir l'évaluation comparative de vos études effectuées hors du Québec, afin que nous puissions vérifier l'admissibilité de votre candidature.
""",
        "ack_delay": """
Nous tenions à vous informer que le processus de recrutement pour le poste de {role} prend plus de temps que prévu. Votre candidature est toujours à l'étude et nous reviendrons vers vous d'ici la mi-octobre.
En raison des congés d'été, les entretiens ne reprendront qu'à partir du 26 août. Nous vous remercions de votre patience et de votre compréhension.
Le recrutement est temporairement suspendu dans l'attente d'une validation budgétaire. Votre candidature reste active et nous vous recontacterons dès que possible.
Je suis désolée pour le silence de ces dernières semaines : le manager a été absent et le planning a glissé. Vous êtes toujours dans la course et je reviens vers vous en début de semaine prochaine.
Les résultats d'admissibilité seront publiés avec un léger retard, la délibération du jury ayant été reportée au 4 juillet.
On n'a pas oublié ta candidature ! Le process a pris du retard avec la clôture de notre levée de fonds ; on devrait pouvoir te faire un retour d'ici deux semaines.
""",
        "inv_interview": """
Votre candidature a retenu notre attention et nous souhaiterions vous rencontrer pour un entretien dans nos locaux de Lyon Part-Dieu. Seriez-vous disponible le mardi 15 octobre à 10 h 30 ou le jeudi 17 à 14 h ?
SUBJECT: Invitation à un entretien – {role} || Nous avons le plaisir de vous convier à un entretien en visioconférence (Teams) d'environ 45 minutes avec la responsable du pôle Data et moi-même. Merci de réserver le créneau qui vous convient via le lien ci-dessous.
Nous aimerions vous rencontrer en entrevue pour le poste de {role}. L'entrevue se déroulera le mercredi 9 avril à 13 h 30 à nos bureaux du boulevard René-Lévesque. Merci de confirmer votre présence en répondant à ce courriel.
Nous avons le plaisir de vous inviter à un premier entretien le lundi 3 mars à 9 h 00 dans nos locaux de Lausanne. Veuillez vous présenter à la réception du bâtiment B, muni(e) d'une pièce d'identité.
Suite à votre premier entretien, nous avons le plaisir de vous informer que vous êtes retenu(e) pour le second tour, qui se déroulera avec le directeur général et un membre du comité exécutif. Pouvez-vous me communiquer vos disponibilités ?
SUBJECT: Convocation à l'épreuve orale d'admission || Vous avez été déclaré(e) admissible. Vous êtes convoqué(e) à l'épreuve d'entretien avec le jury le 12 juin à 14 h 15. Munissez-vous de la présente convocation et d'une pièce d'identité en cours de validité.
Nous souhaitons vous inviter à un entretien de sélection pour la fonction de {role}, le 21 novembre à Bruxelles. Il débutera par une présentation de 10 minutes sur un sujet qui vous sera communiqué 48 heures à l'avance.
Le comité de sélection a retenu votre candidature pour une audition le 14 mai. Celle-ci comprend une présentation de 15 minutes de vos travaux et de votre projet d'enseignement, suivie de 25 minutes d'échange avec le comité.
""",
        "inv_echange": """
Votre parcours nous intéresse beaucoup ! Auriez-vous un moment cette semaine pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous laisse choisir un créneau directement dans mon agenda.
J'ai bien reçu ta candidature et j'aimerais qu'on en discute de vive voix. Tu serais dispo pour un café en visio jeudi ou vendredi en fin de journée ?
Nous aimerions faire plus ample connaissance. Pourriez-vous m'indiquer vos disponibilités pour un appel la semaine prochaine ?
Ton profil a retenu notre attention. Aurais-tu 30 minutes pour jaser du poste avec moi cette semaine ? Tu peux réserver directement dans mon calendrier.
SUBJECT: Prochaine étape || L'équipe souhaiterait vous accueillir pour une demi-journée d'immersion : présentation de l'équipe, déjeuner et échange avec le manager. Quelle date vous conviendrait le mieux, le 4, le 6 ou le 7 février ?
Je suis consultante au sein du cabinet qui accompagne {company} sur ce recrutement. Votre candidature correspond à ce que recherche notre client : seriez-vous disponible demain ou après-demain pour un échange de 20 minutes ?
""",
        "inv_test": """
Dans le cadre du processus de recrutement, nous vous invitons à réaliser un test technique en ligne d'une durée de 90 minutes. Le lien est valable sept jours à compter de la réception de ce message.
Prochaine étape : une étude de cas à préparer de votre côté, que vous présenterez ensuite à l'équipe lors d'une session de 45 minutes. Vous trouverez le sujet en pièce jointe.
Vous êtes convoqué(e) aux épreuves écrites d'admissibilité, qui se dérouleront le 7 mars à 9 h au parc des expositions. L'accès à la salle sera refusé après le début de l'épreuve.
Nous vous invitons à compléter un questionnaire de personnalité ainsi que des tests d'aptitudes numériques et verbales. Comptez environ 40 minutes ; merci de les terminer avant vendredi midi.
On aimerait te proposer un petit exercice à faire à la maison (2 à 3 heures max, promis), puis un debrief d'une heure avec deux devs de l'équipe. Ça te va ?
Vous êtes invité(e) à participer à notre journée d'évaluation le 19 septembre à Genève : exercices de groupe, jeu de rôle client et entretien individuel.
""",
        "off_offer": """
SUBJECT: Proposition d'embauche – {role} || Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de {role} en CDI, au sein de notre siège parisien. Vous trouverez ci-joint notre promesse d'embauche précisant une rémunération annuelle brute de 52 000 € sur 12 mois, une part variable de 10 % et une période d'essai de quatre mois renouvelable.
Nous sommes heureux de vous faire une offre d'emploi pour le poste de {role}. Le salaire annuel proposé est de 78 500 $, assorti de quatre semaines de vacances et de notre régime d'assurances collectives. Cette offre est conditionnelle à la vérification de vos antécédents judiciaires ; merci de nous faire part de votre décision d'ici le 15 mars.
Nous avons le plaisir de vous proposer un engagement en qualité de {role} dès le 1er septembre. Le salaire annuel brut s'élève à CHF 104'000, versé en 13 mensualités. Le contrat de travail vous parviendra par courrier postal en deux exemplaires.
Nous avons le plaisir de vous proposer la fonction de {role} dans le cadre d'un contrat à durée indéterminée. Le package comprend un salaire mensuel brut de 4 250 €, des chèques-repas, une assurance groupe et hospitalisation ainsi qu'une voiture de société.
Bonne nouvelle : l'équipe a été unanime et nous aimerions te faire une proposition pour rejoindre {company} ! Je t'envoie la promesse d'embauche dans la journée ; dis-moi si tu veux qu'on en parle avant.
Je vous confirme que notre client souhaite vous recruter. La proposition : CDI, statut cadre, 58 K€ fixe et 8 K€ de variable, deux jours de télétravail par semaine. Pouvez-vous me dire si cela vous convient, afin que je transmette votre accord ?
Suite à la décision du comité de sélection, l'université a le plaisir de vous proposer un contrat de chercheur post-doctoral d'une durée de 24 mois à compter du 1er novembre.
Vous trouverez en pièce jointe votre contrat d'apprentissage pour la rentrée 2025 ; merci de nous le retourner signé avant le 30 juin afin que nous puissions le transmettre à votre école.
""",
        "off_welcome": """
SUBJECT: Bienvenue dans l'équipe ! || Nous sommes ravis de vous compter bientôt parmi nous ! Vous trouverez ci-joint le contrat de travail à signer électroniquement ainsi que le livret d'accueil. Votre arrivée est prévue le lundi 2 septembre à 9 h.
Bienvenue chez {company} ! Maintenant que tu as dit oui, voici les prochaines étapes : signature du contrat sur la plateforme, commande de ton matériel et petit-déjeuner d'accueil le jour J.
C'est avec grand plaisir que nous t'accueillerons au sein de l'équipe à titre de {role}. Ta lettre d'offre est jointe ; il ne reste qu'à la signer pour confirmer ton entrée en poste le 6 janvier.
Nous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste de {role}. Nous vous proposons une prise de poste au 1er octobre et vous transmettons l'offre détaillée en pièce jointe.
Suite à notre conversation téléphonique de ce matin, je vous confirme avec grand plaisir notre volonté de vous accueillir dans l'équipe. Le service RH vous adressera votre contrat dans les prochains jours.
""",
        "oth_alert": """
Nouvelles offres pour votre alerte « data analyst – Lyon » : 12 offres publiées aujourd'hui, dont {role} chez {company} (CDI, 45-50 K€). Modifiez vos critères ou désactivez cette alerte depuis votre compte.
Votre alerte emploi : 5 nouvelles offres correspondent à vos critères « contrôle de gestion – Genève ». Les offres sont en ligne pendant 30 jours.
""",
        "oth_newsletter": """
La lettre des talents de {company} – ce mois-ci : nos équipes s'installent sur le nouveau campus de Nantes, portrait de Léa, cheffe de projet, et les dates de nos prochains job datings.
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil a retenu mon attention. J'accompagne actuellement un éditeur de logiciels en forte croissance qui recrute un(e) {role} en CDI à Bordeaux. Seriez-vous ouvert(e) à en discuter ?
Notre cabinet, spécialisé dans les métiers de la finance en Suisse romande, gère actuellement plusieurs mandats de contrôle de gestion. Si vous êtes à l'écoute du marché, je serais ravi de vous présenter ces opportunités en toute confidentialité.
""",
        "oth_survey": """
Vous avez récemment participé à notre processus de recrutement. Votre avis nous intéresse : pourriez-vous répondre à ce questionnaire de 3 minutes ? Vos réponses sont anonymes et nous aident à améliorer l'expérience candidat.
""",
        "oth_withdrawal": """
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Vos données seront supprimées conformément au RGPD, sauf demande contraire de votre part.
""",
        "oth_event": """
{company} ouvre ses portes aux candidat(e)s le jeudi 14 novembre de 18 h à 21 h : rencontres avec les équipes, ateliers CV et présentation de nos métiers. Inscription gratuite mais obligatoire.
""",
    },
    "es": {
        "rej_generic": """
Tras analizar detenidamente su candidatura, lamentamos comunicarle que en esta ocasión no ha sido seleccionado/a para continuar en el proceso de selección para el puesto de {role}.
Queremos agradecerte el tiempo que has dedicado a tu candidatura. Después de revisar todos los perfiles, hemos decidido seguir adelante con otras personas cuya experiencia se ajusta más a lo que buscamos en este momento.
Le informamos que, después de una cuidadosa evaluación, su perfil no fue seleccionado para continuar en el proceso de la vacante de {role}. Conservaremos sus datos en nuestra base por si surge una oportunidad acorde.
Te escribimos para contarte que en esta oportunidad decidimos avanzar con otro perfil para la búsqueda de {role}. Valoramos mucho que te hayas postulado.
Te informamos que tu postulación al cargo de {role} no continuará en el proceso. Agradecemos tu interés en formar parte de {company}.
Le informamos que su hoja de vida no fue preseleccionada para el cargo de {role}. Esta decisión obedece al gran número de aspirantes y a los requisitos específicos de la vacante.
SUBJECT: Actualización sobre tu candidatura || Lamentamos informarte que no podremos avanzar con tu candidatura. Recibimos muchas postulaciones de gran nivel y la decisión no fue fácil.
Lamentamos comunicarle que su candidatura no ha sido seleccionada.
El estado de tu postulación a «{role}» ha cambiado a «No seleccionado». Puedes revisar otras vacantes disponibles en nuestro portal de empleo.
Por medio de la presente le comunicamos que el proceso de selección para el puesto de {role} ha concluido y que su candidatura no ha resultado seleccionada.
""",
        "rej_otro_perfil": """
Tras revisar tu experiencia, consideramos que tu perfil no se ajusta a los requisitos de la posición, especialmente en lo relativo a la gestión de equipos comerciales. Por ese motivo no seguiremos adelante.
Optamos por otro perfil con mayor experiencia en el sector asegurador. Tu currículum nos pareció muy interesante y lo tendremos en cuenta para futuras búsquedas.
Lamentamos informarle que el puesto requiere inglés avanzado comprobable y disponibilidad para viajar al interior de la República, requisitos que no identificamos en su solicitud, por lo que no continuaremos con su proceso.
Después de analizar tu CV, vemos que tu perfil está orientado a otro tipo de posiciones. Preferimos ser sinceros: para esta búsqueda no vamos a avanzar.
El puesto exige contar con permiso de trabajo en España o con la nacionalidad de un país de la UE. Al no constar en su candidatura, no podemos tenerla en consideración.
Buscamos un perfil más senior para este rol, con al menos cinco años liderando proyectos en minería; por ello, no continuaremos con tu postulación.
SUBJECT: Tu candidatura en {company} || Hemos optado por candidatos cuya trayectoria está más alineada con las necesidades actuales del área de Finanzas, por lo que no seguiremos adelante con tu candidatura.
""",
        "rej_after_interview": """
Queremos agradecerte el tiempo dedicado a la entrevista con el equipo. Tras valorar todas las candidaturas finalistas, hemos decidido continuar con otra persona para el puesto de {role}.
Gracias por la charla del martes, la verdad es que la pasamos muy bien. Igual, después de comparar perfiles, decidimos avanzar con alguien que tiene más experiencia en producto B2B. Si querés, te puedo pasar un feedback más detallado.
Agradecemos su asistencia a la entrevista del pasado jueves. Le informamos que, tras la evaluación del comité, se ha seleccionado a otro candidato para ocupar la vacante.
SUBJECT: Resultado del proceso – {role} || Después de las entrevistas finales, el comité decidió no continuar con tu candidatura. Llegaste a la última etapa y nos costó mucho tomar la decisión.
Te agradecemos por participar en la entrevista con la jefatura del área. Lamentablemente, no has sido seleccionado/a para continuar en el proceso.
Reciba un cordial saludo. Le agradecemos haber participado en la entrevista para el cargo de {role}; le informamos que en esta ocasión el proceso continuará con otros aspirantes.
Como te comenté por teléfono, te confirmo por escrito que no vamos a seguir adelante contigo tras la segunda entrevista. Nos quedamos con una candidata que ya conocía nuestra herramienta de planificación.
Tras la entrevista con el director general, hemos decidido cerrar el proceso con otro candidato. Ha sido un placer conocerte.
""",
        "rej_after_test": """
Gracias por completar la prueba técnica. Tras revisarla, el equipo ha considerado que no alcanza el nivel requerido para la posición, por lo que no continuaremos con tu candidatura.
Te informamos que, de acuerdo con los resultados de la evaluación psicolaboral, no continuarás en el proceso de selección.
Lamentamos informarle que no obtuvo el puntaje mínimo en las pruebas psicométricas, por lo que su proceso concluye en esta etapa.
Revisamos el desafío técnico que nos mandaste. Tiene cosas muy buenas, pero no llega a lo que buscamos en testing y arquitectura, así que no vamos a seguir.
Tras la dinámica grupal del pasado viernes, lamentamos informarle que no ha sido seleccionado/a para la siguiente fase.
""",
        "rej_public": """
SUBJECT: Relación definitiva de aspirantes admitidos y excluidos || Le comunicamos que, según la relación definitiva publicada hoy en el boletín oficial, usted figura como excluido/a del proceso selectivo por no acreditar la titulación exigida en la convocatoria.
Le informamos de que no ha superado el primer ejercicio del proceso selectivo, al no haber alcanzado la puntuación mínima de 5 puntos establecida en las bases.
Le informamos que, en el proceso de selección para el cargo de {role}, su postulación no superó la etapa de evaluación curricular. Puede revisar el detalle en la plataforma de postulación.
Conforme a los resultados publicados de la verificación de requisitos mínimos, usted no fue admitido/a para continuar en el concurso de méritos.
Le comunicamos que, de acuerdo con los resultados del examen de conocimientos, no alcanzó la calificación mínima aprobatoria, por lo que no podrá continuar en el concurso.
El jurado del concurso docente para el cargo de Jefe de Trabajos Prácticos emitió su dictamen y su postulación no fue incluida en el orden de mérito.
La comisión de selección ha resuelto la convocatoria de contratos predoctorales y su solicitud no ha resultado adjudicataria. Puede consultar la resolución en la sede electrónica.
""",
        "rej_position_filled": """
Te informamos que la vacante de {role} ya ha sido cubierta. Gracias por tu interés en {company}.
Le informamos que la vacante a la que se postuló ya fue ocupada.
La posición fue cubierta de forma interna por un colaborador del área, por lo que cerramos el proceso externo.
Te cuento que la búsqueda ya está cerrada: la posición se cubrió la semana pasada.
SUBJECT: Proceso cerrado – {role} || El proceso de selección para esta posición ha finalizado y la vacante ha sido cubierta. Agradecemos sinceramente tu participación.
Hemos decidido dar prioridad a la promoción interna para cubrir esta plaza, por lo que no seguiremos con candidaturas externas.
""",
        "rej_cancelled": """
Lamentamos informarte que la vacante de {role} ha sido cancelada debido a un cambio en la estructura del área. El proceso queda cerrado.
Por cuestiones presupuestales, la posición fue congelada de manera indefinida, por lo que el proceso se da por concluido.
Te escribo porque nuestro cliente decidió frenar la búsqueda de {role} por la coyuntura. Damos de baja el proceso; cualquier novedad te aviso.
Informamos que el proceso para el cargo fue declarado desierto y no se continuará con la contratación.
La vacante fue retirada porque el proyecto al que estaba vinculada no fue adjudicado. Le pedimos disculpas por las molestias.
""",
        "rej_informal": """
Te escribo rápido para no dejarte esperando: al final no vamos a seguir contigo para este puesto. Ha sido un proceso muy reñido.
Che, te quería avisar que al final no avanzamos con tu perfil para esta posición. Gracias por la buena onda durante todo el proceso.
Te agradezco mucho tu tiempo. Te comparto que en esta ocasión no avanzaremos con tu postulación, pero nos encantaría seguir en contacto.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo de selección la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.
Confirmamos la recepción de su solicitud para la vacante de {role}. En caso de que su perfil sea preseleccionado, le contactaremos por teléfono o correo electrónico.
¡Gracias por postularte! Recibimos tu CV y lo estamos revisando. Te vamos a escribir en cuanto tengamos novedades.
Tu postulación al cargo de {role} fue registrada con éxito. Código de postulación: 4471902.
SUBJECT: Hemos recibido tu candidatura || Este es un mensaje automático: tu candidatura se ha registrado correctamente. Por favor, no respondas a este correo.
Le confirmamos que su hoja de vida fue recibida y será evaluada por el área de Gestión Humana. Debido al alto volumen de aspirantes, solo nos comunicaremos con quienes continúen en el proceso.
Su solicitud de participación en el proceso selectivo ha quedado registrada en el registro electrónico con número de entrada 2025/118734.
Gracias por enviarnos tu CV. Lo estudiaremos con atención; si en el plazo de un mes no recibes noticias nuestras, puedes entender que en esta ocasión no ha sido posible contar contigo.
Recibimos su solicitud de empleo. Le recordamos que {company} no solicita ningún pago durante el proceso de reclutamiento.
""",
        "ack_status": """
Tu candidatura se encuentra en revisión por parte del responsable del área. Te mantendremos informado/a de cualquier avance.
SUBJECT: Actualización de estado || Tu postulación a «{role}» pasó a la etapa «En evaluación». No necesitás hacer nada por ahora.
Te contamos que tu postulación quedó en la etapa de revisión curricular. Te avisaremos por este medio cuando haya novedades.
Recibimos los resultados de tu prueba técnica y los estamos analizando junto con el equipo. En unos días te daremos respuesta.
Se ha publicado la relación provisional de aspirantes admitidos, en la que usted figura como admitido/a. La fecha del primer ejercicio se anunciará próximamente.
""",
        "ack_bolsa": """
Tu perfil ha sido incorporado a nuestra bolsa de empleo. Te contactaremos cuando surja una vacante acorde a tu experiencia.
Su currículum ha sido integrado a nuestra cartera de candidatos y será considerado para futuras vacantes.
Sumamos tu CV a nuestra base de talentos. Cuando abramos una búsqueda que coincida con tu perfil, te vamos a escribir.
Ha quedado incluido/a en la bolsa de trabajo derivada del proceso selectivo, en la posición 37. Los llamamientos se realizarán por orden de lista conforme surjan necesidades.
Su hoja de vida quedó registrada en nuestro banco de talento por un período de seis meses.
""",
        "ack_documents": """
Para continuar con su proceso, le solicitamos enviar la siguiente documentación: CURP, RFC, constancia de situación fiscal, comprobante de domicilio reciente y comprobante de último grado de estudios.
Para seguir avanzando, necesitamos que nos envíes copia de tu DNI o NIE, tu título universitario y el certificado negativo del Registro Central de Delincuentes Sexuales.
Te pedimos adjuntar tu certificado de antecedentes y el certificado de título para completar tu postulación.
Por favor adjunte en el portal los certificados laborales de los últimos tres empleos y la copia de su tarjeta profesional antes del viernes.
¿Nos podrías mandar tu CV actualizado y tu pretensión salarial bruta mensual? Con eso seguimos con el proceso.
""",
        "ack_delay": """
Queríamos avisarte de que el proceso de selección para {role} se está alargando más de lo previsto. Tu candidatura sigue activa y esperamos darte una respuesta antes de fin de mes.
Por temas internos, el proceso se encuentra en pausa. En cuanto se reactive, le informaremos los siguientes pasos.
Perdón por la demora en responderte: estamos con muchas búsquedas abiertas. Seguís en carrera y en breve te paso novedades.
Debido al elevado número de alegaciones presentadas, la publicación de las calificaciones definitivas se retrasará hasta el mes de octubre.
""",
        "inv_entrevista": """
Nos gustaría invitarte a una entrevista para el puesto de {role}. ¿Te vendría bien el miércoles 12 a las 11:00 en nuestras oficinas del Paseo de la Castellana?
Nos complace invitarle a una entrevista presencial el próximo lunes a las 10:00 horas en nuestras oficinas de Santa Fe. Favor de presentarse con identificación oficial y 10 minutos de anticipación.
SUBJECT: Invitación a entrevista – {role} || Te invitamos a una entrevista por videollamada (Google Meet) con el equipo de Datos. Elige el horario que mejor te acomode en el siguiente enlace de agenda.
Avanzaste a la etapa de entrevista con la jefatura. Te esperamos el jueves a las 15:00 en Av. Apoquindo; confirma tu asistencia respondiendo este correo.
Le informamos que usted fue seleccionado/a para presentar entrevista el martes 8 de julio a las 9:00 a. m. por Microsoft Teams. Por favor confirme su asistencia.
Se le convoca a la realización de la entrevista personal, última fase del proceso, el día 3 de marzo a las 9:30 en la sede de la Consejería.
Pasaste a la etapa final: te queremos invitar a una entrevista con el CTO y la gerente de Personas. ¿Qué días tenés disponibles la semana que viene?
""",
        "inv_charla": """
Vimos tu perfil y nos encantó. ¿Tenés 20 minutos esta semana para una charla con nosotros? Te dejo el link para que elijas horario.
Nos gustaría conocerte un poco más. ¿Te encaja una llamada rápida de 15-20 minutos mañana o pasado?
¡Hola! Me gustaría platicar contigo sobre la vacante. ¿Tienes disponibilidad para una llamada el jueves por la tarde?
Queremos conversar contigo sobre la posición. ¿Podrías indicarnos tu disponibilidad para una videollamada esta semana?
Quisiéramos tener una conversación con usted para conocer más sobre su experiencia. ¿Le queda bien el viernes a las 3:00 p. m.?
""",
        "inv_prueba": """
Como siguiente paso, te enviamos una prueba técnica. Tienes 72 horas para completarla desde que abras el enlace.
Te invitamos a realizar la evaluación psicolaboral el lunes a las 9:30 en nuestras oficinas. La duración aproximada es de tres horas.
Le solicitamos realizar las pruebas psicométricas en línea a través del enlace adjunto, a más tardar el viernes.
El próximo paso es un desafío técnico para hacer en casa. Te mandamos el enunciado; tenés una semana para resolverlo y después lo charlamos.
Te convocamos a un assessment center el próximo 14 de noviembre en nuestra sede de Barcelona. Durará toda la mañana e incluye una dinámica de grupo y un caso práctico.
""",
        "off_propuesta": """
SUBJECT: Oferta de empleo – {role} || Nos complace ofrecerte el puesto de {role} con contrato indefinido y una retribución bruta anual de 42.000 € en 14 pagas. La incorporación sería el 1 de septiembre. Te adjuntamos la carta oferta con todos los detalles.
Es un gusto informarle que ha sido seleccionado/a para ocupar el puesto de {role}. Le compartimos la carta oferta: sueldo mensual bruto de $48,000 MXN, prestaciones superiores a las de ley, vales de despensa y aguinaldo de 30 días.
¡Buenas noticias! Queremos sumarte al equipo. Te adjunto la propuesta: remuneración bruta mensual, prepaga para vos y tu grupo familiar, y modalidad híbrida. ¿La charlamos mañana?
Nos alegra comunicarte que quedaste seleccionado/a para el cargo de {role}. La oferta contempla una renta líquida mensual de $1.900.000, contrato a plazo fijo por tres meses y luego indefinido.
Nos complace presentarle la oferta laboral para el cargo de {role}: contrato a término indefinido, salario integral y plan de beneficios corporativos. Agradecemos su respuesta antes del jueves.
Te confirmo que el cliente quiere avanzar con tu contratación. La propuesta es de 38.000 € brutos anuales más variable; ¿te la presento formalmente?
Por la presente se le ofrece un contrato laboral temporal derivado de la bolsa de empleo para cubrir una sustitución en el servicio de Administración. Deberá aceptar o renunciar en un plazo de 24 horas.
Queremos que formes parte del equipo: te hacemos llegar nuestra propuesta para el puesto de {role}, con un salario de 36.000 € brutos anuales, teletrabajo total y 25 días laborables de vacaciones.
""",
        "off_bienvenida": """
¡Bienvenido/a a bordo! Tu contrato ya está listo para firmar en la plataforma. El primer día te esperamos a las 9:00 para el onboarding.
Nos da mucho gusto decirte que el equipo decidió que eres la persona ideal para el puesto. En breve recibirás la carta oferta para firmar.
Le comunicamos que ha sido seleccionado/a para la beca doctoral del proyecto y que su designación comenzará el 1 de abril. Le rogamos confirme su aceptación.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta «analista de datos en Madrid»: 8 empleos publicados hoy, entre ellos {role} en {company}.
Tienes 3 nuevas vacantes que coinciden con tu búsqueda en Guadalajara. Puedes modificar la frecuencia de estos avisos desde tu perfil.
""",
        "oth_newsletter": """
Novedades de {company}: este trimestre abrimos oficina en Medellín, lanzamos nuestro programa de mentorías y te contamos cómo es un día en el equipo de Logística.
""",
        "oth_cold": """
Soy consultora en una firma de búsqueda de ejecutivos y estoy trabajando en una posición de {role} para una empresa líder del sector retail en Santiago. Tu perfil me pareció muy interesante; ¿te interesaría conversar?
""",
        "oth_survey": """
Hace poco participaste en uno de nuestros procesos de selección. ¿Nos ayudas a mejorar respondiendo esta breve encuesta? Solo te tomará 2 minutos.
""",
        "oth_withdrawal": """
Confirmamos que hemos retirado tu candidatura al puesto de {role}, tal como nos solicitaste. Si en el futuro quieres volver a postularte, estaremos encantados.
""",
    },
    "pt": {
        "rej_generic": """
Agradecemos seu interesse em fazer parte do time {company}. Infelizmente, neste momento, seu perfil não foi selecionado para seguir nas próximas etapas do processo seletivo para a vaga de {role}.
Queremos te agradecer por ter participado do nosso processo seletivo. Depois de analisar todos os perfis, decidimos seguir com outros candidatos que estão mais aderentes aos requisitos da vaga neste momento.
Vimos por este meio informar que, após análise cuidadosa, a sua candidatura ao lugar de {role} não foi selecionada para a fase seguinte do processo de recrutamento.
Lamentamos informar que, nesta fase, não iremos dar seguimento à sua candidatura. Agradecemos o interesse demonstrado na {company}.
Vimos por este meio comunicar que a sua candidatura à vaga de {role} não foi seleccionada. Agradecemos o interesse manifestado e a confiança depositada na nossa instituição.
SUBJECT: Retorno sobre sua candidatura || Infelizmente não foi dessa vez. Seu currículo é muito interessante, mas optamos por seguir com outro perfil. Vamos manter seus dados no nosso banco de talentos para oportunidades futuras.
Informamos que o processo seletivo para a vaga de {role} foi concluído e que sua candidatura não foi aprovada.
Informamos que você não foi aprovado(a) nesta etapa do processo seletivo.
O status da sua candidatura para a vaga "{role}" foi atualizado para "Não selecionado". Confira outras vagas abertas na nossa página de carreiras.
Obrigado pela tua candidatura. Depois de analisarmos todos os perfis, decidimos não avançar contigo para esta posição.
""",
        "rej_perfil": """
Após análise do seu currículo, identificamos que seu perfil não está alinhado aos requisitos da vaga, principalmente em relação à experiência com gestão de carteira de clientes B2B.
A função exige experiência mínima de cinco anos em controlo de gestão no setor segurador, requisito que não identificámos no seu currículo. Por esse motivo, não daremos continuidade à sua candidatura.
A vaga exige inglês fluente e disponibilidade para atuar presencialmente em Barueri. Como esses pontos não constam na sua candidatura, não seguiremos com o seu processo.
Após análise documental, constatámos que a sua candidatura não reúne os requisitos mínimos exigidos, nomeadamente a licenciatura em Engenharia de Petróleos e a inscrição na Ordem dos Engenheiros.
Seu perfil é bem interessante, mas neste momento estamos buscando alguém com uma senioridade maior para liderar o time. Por isso, optamos por não seguir com a sua candidatura.
SUBJECT: A sua candidatura na {company} || Optámos por candidatos cujo percurso está mais alinhado com as necessidades atuais da equipa, pelo que não daremos seguimento à sua candidatura.
Esta é uma vaga afirmativa, destinada exclusivamente a pessoas negras, conforme descrito no anúncio. Por esse motivo, não poderemos seguir com a sua candidatura, mas convidamos você a conhecer nossas outras vagas.
""",
        "rej_after_interview": """
Gostaríamos de agradecer pela sua participação na entrevista com o gestor da área. Após uma análise cuidadosa, decidimos seguir com outro(a) candidato(a) cujo perfil está mais aderente ao momento da equipe.
Foi muito bom bater esse papo com você na semana passada! Depois de conversar com o time, decidimos seguir com outra pessoa para a vaga. Se quiser, posso te passar um feedback mais detalhado.
Na sequência da entrevista realizada no passado dia 12, informamos que optámos por outro candidato para a função de {role}. Agradecemos a sua disponibilidade e o tempo dispensado.
SUBJECT: Processo seletivo – {role} || Você chegou até a etapa final e ficamos muito felizes com isso. Ainda assim, a decisão foi por outro(a) finalista, com mais experiência em Kubernetes e observabilidade.
Após a entrevista realizada nas nossas instalações em Luanda, comunicamos que não foi seleccionado(a) para a função de {role}.
Informamos que, após a etapa de entrevistas, sua candidatura não foi aprovada para prosseguir no processo.
Obrigado pela conversa de ontem com a equipa. Decidimos avançar com outra pessoa, mas gostámos muito de te conhecer.
Conforme conversamos por telefone, a empresa optou por seguir com outro candidato após a entrevista com a diretoria.
""",
        "rej_after_test": """
Agradecemos por realizar o teste técnico. Infelizmente, sua pontuação não atingiu o mínimo necessário para avançar para a próxima etapa.
Após a dinâmica de grupo, você não foi aprovado(a) para a etapa de entrevistas.
Após a correção da prova de conhecimentos, informamos que não obteve a classificação mínima exigida para prosseguir no processo.
Analisamos o case que você entregou. Há pontos muito bons, mas a solução não atendeu aos critérios definidos pelo time, então não seguiremos com sua candidatura.
Seu resultado no teste de inglês ficou abaixo do nível exigido para a vaga (B2). Por isso, o processo se encerra para você nesta etapa.
""",
        "rej_public": """
SUBJECT: Resultado final – Processo Seletivo Simplificado || Informamos que, conforme resultado final publicado no Diário Oficial, o(a) candidato(a) não foi classificado(a) dentro do número de vagas previsto no edital.
Sua inscrição foi indeferida por não apresentar a documentação comprobatória exigida no item 5.3 do edital. O prazo para recurso já se encontra encerrado.
Notifica-se V. Ex.ª de que, na sequência da aplicação do método de seleção avaliação curricular, foi excluído(a) do procedimento concursal por ter obtido classificação inferior a 9,5 valores.
Informa-se que a lista unitária de ordenação final do procedimento concursal foi homologada e que V. Ex.ª não ficou posicionado(a) em lugar que permita o recrutamento.
Comunicamos que, nos termos da lista definitiva publicada, o(a) candidato(a) não foi admitido(a) ao concurso público de ingresso, por não reunir os requisitos exigidos no aviso de abertura.
A Comissão Examinadora divulgou o resultado da prova escrita do concurso para Professor Adjunto, e o(a) candidato(a) não obteve a nota mínima de 7,0 para prosseguir à prova didática.
O júri do concurso para bolsa de investigação deliberou e a sua candidatura não foi selecionada. A ata está disponível para consulta mediante pedido.
""",
        "rej_position_filled": """
Informamos que a vaga de {role} foi preenchida. Agradecemos o seu interesse.
A vaga foi preenchida internamente por um colaborador, então encerramos o processo externo.
Informamos que a posição de {role} já se encontra preenchida.
SUBJECT: Vaga encerrada || A vaga para a qual você se candidatou foi encerrada, pois já encontramos a pessoa para a posição.
Informamos que a vaga já foi preenchida através de recrutamento interno, conforme a política da empresa.
Optamos por priorizar um candidato do nosso programa de recrutamento interno para esta posição, por isso não seguiremos com candidaturas externas.
""",
        "rej_cancelled": """
Informamos que a vaga de {role} foi cancelada devido a uma reestruturação da área e, por isso, o processo seletivo foi encerrado.
Por motivos orçamentais, o recrutamento foi suspenso por tempo indeterminado e o processo dá-se por encerrado.
Nosso cliente decidiu congelar a vaga neste semestre. Encerramos o processo, mas seu perfil segue no nosso radar.
O processo de recrutamento foi anulado por decisão do Conselho de Administração. Lamentamos o incómodo causado.
A posição foi retirada porque o projeto foi adiado para o próximo ano. Pedimos desculpas pelo transtorno.
""",
        "rej_informal": """
Passando pra te dar um retorno: dessa vez não vamos seguir com a sua candidatura. A concorrência foi bem grande e a decisão foi difícil.
Queria dar-te uma resposta rápida: não vamos avançar com a tua candidatura desta vez. Obrigado pela paciência ao longo do processo.
Infelizmente não rolou dessa vez! O time escolheu outro perfil, mas adoramos conhecer sua trajetória.
""",
        "ack_received": """
Recebemos sua candidatura para a vaga de {role}. Nosso time de recrutamento vai analisar seu perfil e, caso haja aderência, entraremos em contato.
Sua candidatura foi concluída com sucesso! Acompanhe o andamento do processo pela sua página de candidaturas.
Confirmamos a receção da sua candidatura à oferta de {role}. A mesma será analisada e, caso o seu perfil se enquadre, será contactado(a) para as fases seguintes.
Acusamos a recepção da sua candidatura, que será analisada pela Direcção de Recursos Humanos.
SUBJECT: Candidatura recebida || Esta é uma mensagem automática. Sua inscrição na vaga foi registrada com o número 20931. Por favor, não responda este e-mail.
Sua inscrição no concurso público foi confirmada após a compensação do pagamento da taxa. O cartão de confirmação será disponibilizado 10 dias antes da prova.
Obrigado pela tua candidatura! Já a recebemos e vamos analisá-la nos próximos dias.
Devido ao grande volume de candidaturas, retornaremos apenas aos candidatos selecionados para as próximas etapas.
Recebemos a sua candidatura espontânea, que foi encaminhada para a área de Recursos Humanos para análise.
""",
        "ack_status": """
Sua candidatura está em análise pelo time de Recrutamento. Assim que tivermos novidades, você será avisado(a) por e-mail.
SUBJECT: Atualização da sua candidatura || Você avançou para a etapa "Análise do gestor". Não é necessária nenhuma ação neste momento.
Informamos que o seu processo se encontra na fase de análise curricular, que deverá estar concluída até ao final do mês.
Recebemos seu teste e ele está sendo avaliado pelo time técnico. O retorno deve sair em até 7 dias úteis.
Sua inscrição foi deferida. O local de prova será divulgado no site da banca em data oportuna.
""",
        "ack_banco_talentos": """
Seu currículo foi incluído em nosso banco de talentos. Quando surgir uma oportunidade compatível com seu perfil, entraremos em contato.
A sua candidatura ficará registada na nossa bolsa de candidatos durante 12 meses, para eventuais oportunidades futuras.
Você agora faz parte do nosso Banco de Talentos! Fica de olho no seu e-mail, porque a gente avisa quando abrir algo com a sua cara.
Foi constituída reserva de recrutamento válida por 18 meses, na qual V. Ex.ª se encontra posicionado(a) em 4.º lugar. Será contactado(a) caso venha a ser necessário recrutar.
Os seus dados foram registados na nossa base de candidatos e serão considerados em futuros processos de recrutamento.
""",
        "ack_documentos": """
Para darmos continuidade ao seu processo, pedimos que envie até sexta-feira: RG, CPF, comprovante de residência e diploma de graduação.
Para concluir a análise da sua candidatura, solicitamos o envio do certificado de habilitações e do registo criminal atualizado.
Solicitamos o envio de cópia do Bilhete de Identidade, do certificado de habilitações autenticado e de atestado médico, para conclusão do processo de avaliação.
Precisamos que você atualize seu currículo na plataforma, incluindo sua pretensão salarial e disponibilidade para início.
O(a) candidato(a) deverá enviar os documentos para a prova de títulos pelo sistema até o dia 20, conforme o item 9 do edital.
""",
        "ack_delay": """
Queremos te atualizar: o processo seletivo para {role} está levando mais tempo do que o previsto. Sua candidatura continua ativa e devemos ter novidades nas próximas semanas.
Devido a alterações internas, o processo de recrutamento encontra-se temporariamente suspenso. Logo que seja retomado, entraremos em contacto.
Desculpa a demora no retorno! O gestor estava de férias e a agenda atrasou um pouco. Você continua no processo.
Informamos que a divulgação dos resultados foi adiada para a próxima semana, por motivos de ordem administrativa.
""",
        "inv_entrevista": """
Gostaríamos de convidar você para uma entrevista com a gestora da área na próxima quarta-feira, às 14h, pelo Google Meet. Pode confirmar sua disponibilidade?
SUBJECT: Convite para entrevista – {role} || Seu perfil foi selecionado para a etapa de entrevista! Escolha o melhor horário para você no link de agendamento abaixo.
Vimos por este meio convidá-lo(a) para uma entrevista presencial nas nossas instalações no Parque das Nações, no dia 18, às 10h00.
Convidamos V. Ex.ª a comparecer a uma entrevista no dia 5 de Março, às 9h00, na nossa sede em Talatona, munido(a) do Bilhete de Identidade.
Fica V. Ex.ª convocado(a) para a realização da entrevista profissional de seleção, no dia 22, pelas 14h30, nas instalações do município.
Você foi aprovado(a) na etapa anterior e gostaríamos de agendar uma entrevista final com o diretor. Quais horários você tem livres na próxima semana?
Solicitamos o comparecimento do senhor ou da senhora para entrevista na sede da empresa, na Av. Paulista, no dia 10, às 9h. Favor trazer documento com foto.
""",
        "inv_bate_papo": """
Curtimos muito o seu perfil! Bora marcar um bate-papo de 30 minutinhos para a gente se conhecer melhor? Deixo aqui o link da minha agenda.
Que tal uma conversa rápida por telefone amanhã ou depois? Queria entender melhor seu momento de carreira e contar mais sobre a vaga.
Gostaríamos de te conhecer melhor. Tens disponibilidade para uma conversa de 20 minutos por videochamada esta semana?
Teríamos todo o gosto em conversar consigo sobre a oportunidade. Poderá indicar-nos a sua disponibilidade para uma chamada?
Você consegue participar de uma conversa com o time na quinta, às 16h? Vai ser bem tranquilo, só para nos conhecermos.
""",
        "inv_teste": """
A próxima etapa do processo é um teste técnico online. O link ficará disponível por 5 dias a partir do recebimento deste e-mail.
Você está convidado(a) para a dinâmica de grupo, que acontecerá presencialmente no dia 12, às 9h, em nosso escritório de Campinas.
Enviamos em anexo o case para a próxima etapa. Você terá uma semana para preparar e depois apresentará para o time em 30 minutos.
Informamos que foi admitido(a) à prova de conhecimentos, que se realizará no dia 15 de outubro, às 10h00. Deverá fazer-se acompanhar do Cartão de Cidadão.
Está convocado(a) para a realização do teste escrito no dia 20, às 8h30, no Centro de Formação da empresa.
""",
        "off_proposta": """
SUBJECT: Proposta de emprego – {role} || Temos o prazer de apresentar nossa proposta para a posição de {role}: contratação CLT, salário de R$ 12.500,00, vale-refeição, plano de saúde e odontológico, e modelo híbrido. Aguardamos seu retorno até sexta-feira.
Segue a proposta para atuar como {role} na modalidade PJ, com remuneração mensal de R$ 18.000,00 e 30 dias de descanso remunerado. Fico à disposição para alinharmos os detalhes.
Temos o prazer de lhe apresentar a nossa proposta para a função de {role}: contrato sem termo, remuneração base de 2.600 € brutos em 14 meses, subsídio de alimentação em cartão e seguro de saúde.
Temos o prazer de comunicar que foi seleccionado(a) para a função de {role}. Em anexo segue a carta de oferta com as condições remuneratórias, incluindo subsídio de transporte e seguro de saúde.
Deu match! Queremos muito você no time e a proposta já está no seu e-mail. Dá uma olhada com calma e me avisa se tiver dúvidas.
A empresa cliente aprovou seu perfil e quer fazer a proposta: R$ 9.800 mais PLR. Posso confirmar seu aceite?
Na sequência do procedimento concursal, vimos propor a celebração de contrato de trabalho em funções públicas por tempo indeterminado. Solicitamos que manifeste a sua aceitação no prazo de 5 dias úteis.
Queremos muito que te juntes a nós! Em anexo segue a proposta formal para a posição de {role}.
""",
        "off_admissao": """
Parabéns, você foi aprovado(a)! Para seguirmos com sua admissão, envie os documentos admissionais pelo link: CTPS digital, PIS, título de eleitor e comprovante de escolaridade. Em seguida agendaremos o exame admissional.
SUBJECT: Seja bem-vindo(a)! || Seja bem-vindo(a) ao time! Sua data de início é dia 3 de fevereiro; o onboarding começa às 9h no nosso escritório.
Bem-vindo(a) à equipa! Enviamos em anexo o contrato de trabalho para assinatura digital. O primeiro dia será a 1 de setembro.
""",
        "oth_alert": """
Novas vagas para você: 7 oportunidades de {role} em São Paulo publicadas hoje, incluindo uma na {company}.
Alerta de emprego: 4 novas ofertas correspondem à sua pesquisa «analista de dados – Porto». Pode gerir os seus alertas na sua área pessoal.
""",
        "oth_newsletter": """
Newsletter de Carreiras {company}: conheça o nosso novo programa de estágio, veja as fotos da semana de integração em Luanda e descubra as vagas abertas deste mês.
""",
        "oth_cold": """
Sou headhunter e estou conduzindo um processo confidencial de {role} para uma multinacional do setor de energia. Vi seu perfil e achei que pode fazer sentido; topa uma conversa?
""",
        "oth_survey": """
Como foi sua experiência no nosso processo seletivo? Responda a nossa pesquisa de satisfação, leva menos de 3 minutos e é totalmente anônima.
""",
        "oth_withdrawal": """
Conforme solicitado, sua candidatura à vaga de {role} foi cancelada. Caso mude de ideia, você pode se candidatar novamente enquanto a vaga estiver aberta.
""",
    },
    "en": {
        "rej_generic": """
Greetings from {company}! We thank you for showing interest in the {role} position. After careful evaluation, we regret to inform you that your profile has not been shortlisted for the next round.
This is with reference to your application for the post of {role}. We regret to inform you that we will not be able to take your candidature forward at this point of time.
We wish to inform you that your application for the position of {role} was not successful. We received a large number of applications and the selection process was highly competitive.
We regret to inform that your application for the {role} position has been unsuccessful. Please note that we will retain your particulars in our database for six months.
Good day! We appreciate your interest in joining {company}. Unfortunately, we will not be proceeding with your application for the {role} position at this time.
We thank you for your application. Unfortunately we have to inform you that we decided for another candidate whose profile fits better to the requirements of this position.
We have well received your application and studied it with attention. We are sorry to inform you that we cannot give a positive answer to it.
We want to thank you for your time in the process. In this occasion we decided to continue with other candidates that fit more with the profile we are looking for.
SUBJECT: Application Status – {role} || Kindly note that your application has not been successful on this occasion. We appreciate the time and effort you put into it.
Unfortunately your profile was not selected to follow in the next steps of the selection process. We will keep your CV in our talent bank for future opportunities.
""",
        "rej_after_interview": """
Thank you for taking out time to attend the interview with our panel. After due consideration, we regret to inform you that you have not been selected for the position.
Following your interview on Tuesday, we regret to inform you that you were not successful. We encourage you to apply for future openings that match your qualifications.
Thank you for attending the interview with our hiring manager. We regret to inform that we will not be moving forward with your application.
Thank you for coming in for the final interview last Friday. After careful deliberation, the team has decided to move forward with another applicant for the role.
Thank you for the nice conversation last week. After intensive consideration we have decided to continue the process with another candidate. This decision was not easy for us.
It was a pleasure to talk with you. After aligning with the team, we decided to follow with another candidate for this position.
SUBJECT: Your interview with {company} || Further to your recent interview, we regret that we are unable to offer you the position. Feedback from the panel is available on request.
As discussed over call, the client has given negative feedback after the technical round, so we cannot proceed further with your profile for this requirement.
""",
        "rej_after_test": """
We regret to inform you that you have not cleared the online aptitude assessment. Hence we will not be able to move ahead with your candidature.
The results of the aptitude test held on Saturday have been released and unfortunately you did not meet the cut-off mark for the next stage.
Thank you for completing the technical assessment. Based on the results, we are unable to progress your application further.
We regret to inform you that you did not pass the initial exam. You may re-apply after six months.
After the correction of the technical test, we are sorry to say that the result does not permit to continue the process with you.
""",
        "rej_position_filled": """
Please note the position of {role} has been closed as we have onboarded a suitable candidate.
Kindly note that the vacancy has been filled. Thank you for your interest in {company}.
We wish to inform you that the position has been filled internally.
Please be advised that the position you applied for has already been filled.
The position was fulfilled by an internal candidate, so we closed the external recruitment.
""",
        "rej_cancelled": """
Due to change in business requirement, the requisition for {role} has been cancelled and the position is now closed.
We regret to inform you that the recruitment exercise for the position has been cancelled by management.
The hiring for this role has been withdrawn due to a restructuring, and we will not be proceeding with any applications.
We are sorry to inform that the vacancy was cancelled for budget reasons and the process is closed.
""",
        "rej_programme": """
We regret to inform you that you were not successful at the assessment centre stage of our Graduate Trainee Programme.
The final result of the recruitment for Management Trainees has been published on the website. Your roll number does not appear in the list of selected candidates.
Thank you for your interest in a career with the public service. We regret that your application has not been shortlisted.
The Hiring and Promotion Board has completed its deliberation and we regret to inform you that you were not included in the shortlist for the faculty position.
""",
        "rej_mismatch": """
Your profile does not match with the current requirement, as the client is looking for candidates with minimum 5 years of relevant experience in SAP ABAP.
We are only able to consider candidates with the right to work in Singapore for this role, so we are unable to proceed with your application.
Your profile is very interesting, but unfortunately it does not match to the requirements of this position, especially regarding the German language skills.
Your application did not meet the minimum requirement of a Second Class Upper degree and completion of NYSC, so it could not be considered.
""",
        "ack_received": """
We acknowledge the receipt of your application for the position of {role}. Our team will review your profile and get back to you if it matches our requirement.
This is to acknowledge receipt of your application. Kindly note that only shortlisted candidates will be contacted.
Thank you for submitting your application. Due to the high volume of applications, only shortlisted candidates will be notified.
We have received your application! Our recruitment team is currently reviewing it, and we will reach out to you within 5 to 7 working days.
We confirm the good reception of your application and we will revert to you as soon as possible.
SUBJECT: Application Received – Ref No. 58214 || This is an automated message to confirm your application has been successfully submitted. Please do not reply to this email.
Your application for the Graduate Trainee Programme has been received and your application ID is GT-2025-03317. Kindly keep it safe for future reference.
We refer to your application and wish to inform that it is currently being processed.
""",
        "ack_documents": """
We have received your resume for the {role} opening. Kindly revert with your current CTC, expected CTC and notice period at the earliest.
Kindly share the below details along with your updated resume: total experience, relevant experience, current location, reason for job change. Please do the needful today itself.
Please send us a copy of your Transcript of Records and a valid government-issued ID so we can complete your application.
Kindly forward scanned copies of your credentials, including your NYSC discharge certificate, before Friday.
Please complete the attached Employment Application Form and return it together with copies of your educational certificates.
For continue with your application we need you to send us a copy of your diploma and two reference letters.
""",
        "ack_status": """
Your profile is under review with the hiring manager. We will update you once we receive the feedback.
We would like to update that the hiring process for the role is taking longer than expected. Your application is still under consideration.
Please be informed that the results of the assessment will be communicated within two weeks.
Sorry for the delay in our response. The hiring manager is still reviewing applications and we will update you by next week.
Your application is still in evaluation. We will contact you as soon as we have news.
The position is currently on hold from the client side. We will get back to you once it is reopened.
SUBJECT: Update on your application || Your application status has changed to "Under Review". No action is required from you at this time.
Your profile has been added to our talent pool and we will contact you should a suitable opening arise.
You are now part of our talent pool. We will notify you of future openings that match your qualifications.
""",
        "inv_interview": """
We are pleased to inform you that your profile has been shortlisted. You are requested to attend a virtual interview on 14th March at 11:00 AM IST. Kindly confirm your availability.
You have been shortlisted for an interview for the position of {role}. The interview will hold on Thursday at our Victoria Island office by 10am. Kindly come along with your original credentials.
We would like to invite you for an interview at our office at Raffles Place. Please let us know your availability for next week.
Congratulations! You have passed the initial screening. We would like to invite you for a final interview on Monday, 2 PM, via Zoom. Please confirm your attendance.
SUBJECT: Interview Invitation – {role} || Please book a 45-minute slot with our hiring manager using the scheduling link below.
We would like to get to know you personally and invite you to an interview in our office in Munich.
Congratulations on clearing the technical round! Your HR round is scheduled for tomorrow at 3 PM. The meeting link is shared in the calendar invite.
We would like to have a chat with you to know more about your experience. Do you have some time this week for a call?
""",
        "inv_test": """
As the next step, you are requested to complete the online coding assessment within 48 hours of receiving this mail.
You are invited to sit for the aptitude test on Saturday at 9am at the test centre in Ikeja. Kindly arrive 30 minutes early with a valid ID.
Please complete the online psychometric assessment by Friday. It takes approximately 45 minutes.
Please take the online assessment (typing test and English proficiency) using the link below before 5 PM tomorrow.
As next step we ask you to prepare a small case study and present it to the team in a video call.
You have been invited to the assessment centre for our Graduate Trainee Programme on 12 June. Details of the venue will be sent by SMS.
""",
        "off_offer": """
Congratulations! We are pleased to offer you the position of {role} at {company}. Please find attached the offer letter with an annual CTC of INR 14,50,000. Kindly revert with your acceptance within 3 working days.
We are pleased to offer you employment as {role}. Your resumption date is Monday, 3rd February. Kindly sign and return the attached offer letter.
We are pleased to extend to you an offer of employment for the position of {role}, with a monthly basic salary of SGD 6,800. The offer is subject to a successful Employment Pass application.
Congratulations! We are happy to extend a job offer for the {role} position. Please see the attached JO and submit your pre-employment requirements: NBI clearance, SSS, PhilHealth, Pag-IBIG and TIN.
We are happy to inform you that we want to offer you the position. You will receive the contract by post in the next days.
We are very happy to inform you that you were approved in our selection process! Follow attached the offer proposal.
SUBJECT: Welcome aboard! || Welcome to the team! Your onboarding starts on 1 July; please complete the e-signature of your contract before then.
The client has released the offer for you. Please check your mail for the offer letter and share the acceptance at the earliest.
Further to our discussion, I am pleased to confirm our verbal offer for the {role} role; the formal letter will follow shortly.
""",
        "oth_alert": """
New jobs for you: 5 {role} jobs in Bengaluru posted today, including one at {company}. Update your job preferences to get better matches.
""",
        "oth_newsletter": """
{company} Careers Digest: meet our new graduate intake, read how our Lagos team built the new payments platform, and see this month's open roles.
""",
        "oth_cold": """
Greetings! We have an urgent requirement for {role} with one of our MNC clients in Pune. If interested, kindly share your updated resume along with current and expected CTC.
""",
        "oth_event": """
You are invited to our Virtual Career Fair on Saturday, 10am to 2pm. Meet our recruiters, learn about our graduate programme and get tips for your CV. Registration is free.
""",
    },
    "de": {
        "rej_absage": """
Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.
Nach dem Vorstellungsgespräch haben wir uns entschieden, den Prozess mit einem anderen Kandidaten fortzusetzen. Diese Entscheidung ist uns nicht leichtgefallen.
Die Stelle als {role} wurde inzwischen intern besetzt, sodass wir Ihre Bewerbung leider nicht weiter berücksichtigen können.
""",
        "ack_eingang": """
Wir haben Ihre Bewerbung erhalten und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.
Ihre Unterlagen liegen derzeit der Fachabteilung zur Prüfung vor. Bitte haben Sie noch etwas Geduld.
""",
        "inv_gespraech": """
Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag um 10 Uhr in unser Büro in Zürich ein.
Hast du nächste Woche Zeit für ein kurzes Kennenlernen per Video? Such dir einfach einen Termin über den Link aus.
""",
        "off_angebot": """
Wir freuen uns, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.
Herzlich willkommen im Team! Anbei findest du deinen Vertrag zur digitalen Unterschrift; dein erster Arbeitstag ist der 1. Oktober.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „Data Analyst Berlin“: 6 neue Stellenangebote, darunter {role} bei {company}.
""",
        "oth_withdrawal": """
Wir bestätigen, dass Sie Ihre Bewerbung als {role} zurückgezogen haben. Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour,",
            "Cher·e {first},",
            "Salut {first},",
            "Bonjour {first} Rivera,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé au poste de {role}.",
            "Nous vous remercions pour votre candidature et pour le temps consacré à notre processus de recrutement.",
            "Merci pour ta candidature et pour l'intérêt que tu portes à {company} !",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches et dans la suite de votre parcours professionnel.",
            "Nous vous souhaitons bonne chance pour vos démarches.",
            "Je te souhaite plein de réussite pour la suite !",
            "Nous vous prions d'agréer l'expression de nos salutations distinguées et vous souhaitons une pleine réussite.",
            "Au plaisir de recroiser votre route.",
        ],
        "marketing": [
            "{company} accompagne depuis plus de 30 ans les entreprises de la région dans leur transformation, avec 1 200 collaborateurs répartis entre Paris, Bruxelles, Genève et Montréal.",
            "Chez {company}, nous croyons que la diversité des parcours fait notre force. Découvrez nos engagements en matière d'inclusion et de qualité de vie au travail sur notre site carrière.",
            "Entreprise à mission depuis 2021, {company} s'engage à réduire de moitié son empreinte carbone d'ici 2030.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nChargée de recrutement",
            "Belle journée,\n{sender}",
            "L'équipe Recrutement de {company}",
            "Salutations distinguées,\n{sender}\nService des ressources humaines",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données personnelles, que vous pouvez exercer auprès de notre délégué à la protection des données.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
            "Vous recevez ce message car vous avez postulé via notre site carrière. Gérer mes préférences de notification.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Votre candidature chez {company}",
            "Réponse à votre candidature",
            "Candidature {role} – {company}",
            "Suite de votre candidature",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape – {company}",
            "Votre candidature : proposition d'échange",
            "Convocation",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre arrivée chez {company}",
            "Bonne nouvelle !",
            "Offre d'emploi – {role}",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Nouvelles offres pour vous",
            "Votre avis compte",
            "Opportunité {role}",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buen día, {first}:",
            "Estimado/a candidato/a:",
            "¡Hola {first}!",
        ],
        "thanks": [
            "Gracias por tu interés en formar parte de {company}.",
            "Agradecemos su interés en la vacante de {role}.",
            "Te agradecemos por postularte y por el tiempo dedicado al proceso.",
            "Muchas gracias por su postulación.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda laboral.",
            "Le deseamos éxito en sus proyectos profesionales.",
            "¡Mucha suerte en lo que viene!",
            "Esperamos coincidir en futuras oportunidades.",
            "Te deseamos lo mejor en tu desarrollo profesional.",
        ],
        "marketing": [
            "En {company} conectamos a más de 3.000 clientes en España y Latinoamérica con soluciones logísticas sostenibles.",
            "Somos una empresa con presencia en México, Colombia y Chile, reconocida como uno de los mejores lugares para trabajar.",
            "En {company} creemos en el talento diverso: conoce nuestros programas de inclusión en nuestra página de empleo.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender}\nEquipo de Talento",
            "Atentamente,\n{sender}\nGestión Humana",
            "Abrazo,\n{sender_first}",
            "Equipo de Selección de {company}",
            "Quedo atenta,\n{sender}",
        ],
        "footer": [
            "Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.",
            "De acuerdo con la normativa de protección de datos, puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "Aviso de privacidad: sus datos personales serán tratados conforme a nuestro aviso de privacidad integral.",
            "La información contenida en este correo es confidencial y de uso exclusivo del destinatario.",
        ],
        "subject_app": [
            "Tu candidatura en {company}",
            "Proceso de selección – {role}",
            "Actualización de tu postulación",
            "Respuesta a su postulación",
            "Vacante {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso en tu proceso",
            "¿Charlamos?",
            "Citación a entrevista",
        ],
        "subject_off": [
            "Carta oferta – {role}",
            "¡Bienvenido/a a {company}!",
            "Propuesta laboral",
            "Oferta de empleo – {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Nuevas ofertas para ti",
            "Tu opinión nos importa",
            "Oportunidad laboral – {role}",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Olá {first},",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi, {first}, tudo bem?",
        ],
        "thanks": [
            "Agradecemos seu interesse em fazer parte da {company}.",
            "Agradecemos a sua candidatura à função de {role}.",
            "Obrigado por participar do nosso processo seletivo.",
            "Muito obrigado pelo interesse demonstrado na nossa empresa.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos de sucesso pessoal e profissional.",
            "Boa sorte nos próximos desafios!",
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Esperamos nos encontrar em uma próxima oportunidade.",
        ],
        "marketing": [
            "A {company} está presente em 14 estados brasileiros e conta com mais de 5 mil colaboradores apaixonados por inovação.",
            "Na {company}, acreditamos que diversidade e inclusão transformam o trabalho. Conheça nossos programas afirmativos na página de carreiras.",
            "Com sede em Lisboa e escritórios no Porto e em Luanda, a {company} apoia clientes em três continentes.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Equipe de Atração e Seleção – {company}",
            "Cumprimentos,\n{sender}",
            "Um abraço,\n{sender}\nTalent Acquisition",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda.",
            "Seus dados pessoais são tratados conforme a LGPD. Para mais informações, consulte nossa política de privacidade.",
            "Os seus dados pessoais são tratados nos termos do RGPD. Pode exercer os seus direitos junto do nosso encarregado de proteção de dados.",
            "Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário.",
        ],
        "subject_app": [
            "Sua candidatura na {company}",
            "Processo seletivo – {role}",
            "A sua candidatura – {role}",
            "Retorno do processo seletivo",
            "Atualização sobre sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa do processo",
            "Bora bater um papo?",
            "Convocatória",
        ],
        "subject_off": [
            "Proposta – {role}",
            "Bem-vindo(a) à {company}!",
            "Carta proposta",
            "Documentos para admissão",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Novas vagas para você",
            "Pesquisa de satisfação",
            "Oportunidade – {role}",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Dear Candidate,",
            "Hi {first},",
            "Good day {first},",
            "Dear {first} Rivera,",
            "Hello {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thank you for applying for the {role} position.",
            "We appreciate the time you took to apply with us.",
            "Thanks for your interest in the {role} role.",
        ],
        "wish": [
            "We wish you all the best in your future endeavours.",
            "Wishing you success in your career.",
            "We wish you all the success in your job search.",
            "Best of luck for your future.",
            "We encourage you to apply for other suitable openings in future.",
        ],
        "marketing": [
            "{company} is one of the fastest-growing technology services firms in the region, with delivery centres in Bengaluru, Lagos, Manila and Singapore.",
            "At {company}, people are at the heart of everything we do. Learn more about our culture on our careers page.",
            "{company} was recognised as a Great Workplace for the third consecutive year.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Warm regards,\n{sender}\nTalent Acquisition",
            "Thanks & Regards,\n{sender}\nHR Department",
            "Yours faithfully,\n{sender}\nHead, Human Resources",
            "Cheers,\n{sender_first}",
            "Kind regards,\nThe Recruitment Team, {company}",
        ],
        "footer": [
            "This is a system-generated email. Please do not reply.",
            "{company} does not charge any fee at any stage of the recruitment process. Beware of fraudulent job offers.",
            "This email and any attachments are confidential and intended solely for the addressee.",
            "You are receiving this email because you applied through our careers portal. Unsubscribe from job notifications.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Application Status – {company}",
            "Update on your application",
            "Your candidature for {role}",
            "{role} – Application",
        ],
        "subject_inv": [
            "Interview Invitation – {role}",
            "Next steps – {company}",
            "Shortlisted: {role}",
            "Assessment invitation",
        ],
        "subject_off": [
            "Offer Letter – {role}",
            "Job Offer – {company}",
            "Congratulations!",
            "Offer of Employment",
        ],
        "subject_oth": [
            "News from {company}",
            "New jobs for you",
            "Career Fair invitation",
            "Urgent requirement – {role}",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Sehr geehrte/r {first} Rivera,",
            "Liebe/r {first},",
            "Guten Tag {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für deine Bewerbung als {role}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Für deine Jobsuche wünschen wir dir viel Erfolg!",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Stellensuche.",
        ],
        "marketing": [
            "{company} ist mit über 900 Mitarbeitenden an Standorten in Zürich, Wien und Berlin vertreten.",
            "Bei {company} zählt der Mensch: Erfahren Sie mehr über unsere Kultur auf unserer Karriereseite.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Freundliche Grüsse\n{sender}\nHuman Resources",
            "Dein Recruiting-Team von {company}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Diese Nachricht ist vertraulich und ausschließlich für den Empfänger bestimmt.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu deiner Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Kennenlernen – {role}",
            "Nächster Schritt bei {company}",
        ],
        "subject_off": ["Vertragsangebot – {role}", "Willkommen bei {company}!", "Ihr Angebot"],
        "subject_oth": [
            "Neues von {company}",
            "Neue Jobs für Sie",
            "Bestätigung: Rückzug Ihrer Bewerbung",
        ],
    },
}

THREAD: dict[str, str] = {
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous concernant ma candidature au poste de {role}. Auriez-vous des nouvelles quant à la suite du processus ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour {first},\nMerci pour votre candidature, nous l'avons bien reçue et revenons vers vous rapidement.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar si hay novedades sobre mi postulación al puesto de {role}. Quedo atento/a a cualquier información.\nSaludos,\nAlex\n\n{header2}\nHola {first}:\nGracias por escribirnos. Tu candidatura está en revisión y te responderemos a la brevedad.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma atualização sobre o processo seletivo para a vaga de {role}.\nObrigado(a),\nAlex Rivera\n\n{header2}\nOlá {first},\nObrigada pelo contato! Seu perfil está em análise com o gestor e retornamos em breve.\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for the {role} position. Kindly let me know if there is any update.\nThanks,\nAlex\n\n{header2}\nDear {first},\nThank you for your email. Your profile is under review and we will revert shortly.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo {first},\ndanke für deine Nachricht. Wir sind noch in der Abstimmung und melden uns bald.\n{sender}\n",
}
