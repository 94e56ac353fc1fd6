# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 17b, written by author 17: French (France, Belgium, Switzerland, Québec) and English (US, UK, Ireland, India, Australia) applicant mail, with a smaller German, Spanish and Portuguese share; heavy on rejections in every register and on receipts and status updates that sound negative but decide nothing."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Verdelys SAS",
    "Caisse Alpine de Prévoyance SA",
    "Groupe Boréalis inc.",
    "Intercommunale Mosane des Eaux",
    "Maison Aubrac & Fils",
    "Nordhaven Analytics Ltd",
    "Brightwater Health Ltd",
    "Kestrel Freight Inc.",
    "Tarangini Software Pvt Ltd",
    "Coralbay Energy Pty Ltd",
    "Lumenwerk GmbH",
    "Solaria Ibérica S.L.",
    "Atlântico Digital Lda",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Chargé·e de projet digital",
    "Product Manager",
    "Développeur·euse Full Stack",
    "Business Analyst",
    "Responsable marketing digital",
    "UX Designer",
    "Ingénieur·e logiciel",
    "Customer Success Manager",
    "Contrôleur·euse de gestion",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Équipe Talents", "no-reply@candidats.talentflow-ats.example"),
    ("Priya Raman", "careers@{domain}"),
    ("Hiring Team", "no-reply@notifications.hireloop.example"),
    ("Marc-André Tremblay", "dotation@{domain}"),
    ("Sophie Keller", "jobs@{domain}"),
    ("Tom Gallagher", "tom.gallagher@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Recruitment Team", "recruitment@{domain}"),
    ("Julien Mertens", "rh@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "fr": {
        "rej_terse": """
Après examen, votre profil ne correspond pas à nos besoins actuels pour le poste de {role}. Nous ne donnerons pas suite.
Bonjour {first}, on ne va pas avancer avec ta candidature pour le poste de {role}. Bonne continuation ! {sender_first}
Votre candidature au poste de {role} n'a pas été retenue.
SUBJECT: {role} – réponse à votre candidature || Nous avons étudié votre dossier avec attention ; il ne sera pas retenu pour ce recrutement.
Merci pour l'échange de mardi. Pour être franc, on ne continue pas avec toi sur ce poste, le décalage avec ce qu'on cherche est trop grand.
Nous n'irons pas plus loin avec votre candidature. Cordialement, {sender}
Le poste de {role} ne vous sera pas proposé. Merci pour le temps que vous nous avez consacré.
Désolé {first}, pas de suite favorable pour {role} cette fois. Je garde ton contact.
""",
        "rej_after_interview": """
Nous tenions à vous remercier pour l'entretien du 14 et pour la qualité de nos échanges. Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous pour le poste de {role}.
Suite à votre entretien avec notre équipe, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Cette décision n'a pas été simple tant les profils rencontrés étaient de qualité.
J'ai fait le point avec Hélène et l'équipe produit après ton entretien de jeudi. On a vraiment apprécié la discussion, mais on a décidé de ne pas aller plus loin sur ce poste.
À l'issue des entretiens menés pour le poste de {role}, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.
Merci d'avoir pris le temps de rencontrer Yannick et moi la semaine dernière. Nous avons finalement choisi de poursuivre avec une personne dont le parcours colle davantage au contexte actuel de l'équipe.
Votre entretien n'a pas débouché sur une proposition cette fois-ci : le comité a estimé que d'autres candidatures répondaient plus précisément aux exigences du poste de {role}.
Je reviens vers vous après notre entretien téléphonique de lundi. Nous ne retiendrons pas votre candidature pour l'étape suivante du processus.
SUBJECT: Suite à notre rencontre || Après l'étude de cas et l'échange avec votre futur manager, nous avons pris la décision de clore votre candidature chez {company}. Nous vous remercions sincèrement pour la préparation dont vous avez fait preuve.
""",
        "rej_final_round": """
Je voulais vous appeler mais je n'ai pas réussi à vous joindre, alors je vous écris. Vous faisiez partie des deux derniers candidats pour le poste de {role} et le choix s'est joué à très peu de chose. Nous avons finalement retenu l'autre candidate, qui avait déjà piloté une migration très proche de la nôtre. Je sais que ce n'est pas la nouvelle que vous attendiez après quatre étapes, et je tiens à vous dire que toute l'équipe a été marquée par votre présentation. Si un poste proche s'ouvre dans les prochains mois, je reviendrai vers vous en priorité.
{first}, merci encore pour ta venue à Lyon et pour la soutenance devant le comité. Le débrief a été long, et honnêtement partagé. Au final, la direction a choisi un profil qui a déjà une expérience de management d'équipe, ce qui était devenu un critère décisif. Ça ne remet rien en cause de ce qu'on a vu de toi, et j'espère sincèrement qu'on se recroisera.
C'est avec regret que nous vous annonçons que nous n'avons pas retenu votre candidature à l'issue du dernier tour. Votre parcours et votre présentation ont été très appréciés par le jury ; la personne retenue disposait toutefois d'une connaissance approfondie du secteur bancaire suisse qui a fait la différence.
Après l'entretien final avec notre directrice générale, nous avons proposé le poste à un autre candidat, qui l'a accepté. Nous voulions vous l'annoncer nous-mêmes avant que vous ne l'appreniez autrement, et vous remercier pour la transparence et l'énergie que vous avez mises dans ce processus.
Nous voici au terme d'un processus exigeant, et je vous remercie d'y avoir participé jusqu'au bout. Votre candidature ne sera pas retenue pour le poste de {role} : nous avons fait le choix d'une personne déjà basée à Genève et disponible immédiatement. Je serais heureuse de garder le contact pour de futures opportunités.
Merci pour ta patience pendant ces trois semaines. On a rencontré deux personnes en dernière étape et on a fait une proposition à l'autre finaliste. Tu étais vraiment très proche, et l'équipe tech a insisté pour que je te le dise.
SUBJECT: Dernière étape – {role} || Le comité s'est réuni hier pour statuer sur les candidatures finalistes. Malgré la qualité de votre cas pratique, il a été décidé de poursuivre avec une autre candidature. Nous mesurons l'investissement que représentent ces étapes et nous vous en remercions vivement.
""",
        "rej_feedback": """
Nous ne poursuivrons pas votre candidature, mais vous nous aviez demandé un retour, le voici : vos compétences techniques sont solides, en revanche l'exercice de priorisation du backlog manquait d'arbitrages chiffrés, et c'est un point central du poste de {role}.
Comme promis, quelques retours après l'entretien : l'équipe a apprécié ta clarté et ta connaissance de SQL. Ce qui nous a fait hésiter, c'est le manque d'expérience en relation directe avec les clients, indispensable ici. On ne va donc pas continuer ensemble sur ce poste.
Le jury a relevé la pertinence de votre analyse et la qualité de votre support. Il a toutefois estimé que votre expérience du contrôle de gestion industriel restait trop limitée pour le périmètre visé. Nous ne donnerons donc pas suite à votre candidature.
Vous trouverez ci-dessous les principaux éléments du débrief, que nous partageons volontiers : bonne maîtrise des outils, communication claire ; en revanche, l'étude de cas ne proposait pas de plan d'action concret. Pour ces raisons, votre candidature n'a pas été retenue.
Honnêtement, ton test technique était bon. Là où ça a coincé, c'est sur la partie conception : on cherchait quelqu'un capable de porter seul l'architecture du module de facturation. On a donc retenu un profil plus senior.
Pour vous aider dans vos prochaines démarches : votre candidature a été jugée recevable mais elle n'a pas obtenu la note minimale à l'épreuve écrite (9,5/20 pour un seuil de 12). Elle ne peut donc pas être retenue pour la suite de la sélection.
Suite à votre demande de retour : l'entretien s'est bien passé sur le fond, mais nous avons senti une motivation plus tournée vers le conseil que vers l'opérationnel. Nous avons donc préféré ne pas donner suite, et nous espérons que ce retour vous sera utile.
""",
        "rej_other_direction": """
Après plusieurs semaines d'échanges, l'équipe a décidé de partir dans une autre direction pour ce recrutement, et nous ne poursuivrons pas avec vous.
On a finalement pris une autre orientation pour le poste : plutôt que de recruter un profil généraliste, on va s'appuyer sur une agence pour la partie acquisition. Je préfère te le dire clairement, ta candidature s'arrête donc là.
Nous avons revu notre approche pour ce poste et choisi une piste différente de celle de votre profil. Nous ne donnerons pas suite à votre candidature et vous remercions pour l'intérêt porté à {company}.
La décision a été prise d'aller vers un autre type de profil, davantage orienté data engineering. Ce n'est pas un jugement sur vos qualités, mais votre candidature ne sera pas poursuivie.
Nous avons choisi une autre voie pour renforcer l'équipe, avec une mobilité interne d'un collaborateur du service financier. Le processus externe est donc clos pour vous.
Bonjour {first}, petit message pour te dire que le client a finalement tranché pour une autre orientation : ils misent sur un profil très technique, loin du tien. Je suis désolée, ta candidature n'ira pas plus loin chez eux.
""",
        "rej_other_profiles": """
Nous avons reçu un grand nombre de candidatures pour ce poste et avons fait le choix de privilégier des profils disposant d'une expérience plus directement liée à nos activités.
Après étude comparative des dossiers, nous avons décidé de prioriser des candidatures présentant une expérience confirmée dans le secteur de l'eau. Nous ne retiendrons donc pas la vôtre à ce stade.
Votre profil a retenu notre attention, mais d'autres candidats correspondent davantage aux critères définis pour le poste de {role}. Nous ne pouvons donc pas y donner une suite favorable.
Le recruteur a privilégié des profils bilingues français-néerlandais, condition qui s'est révélée indispensable. Votre candidature n'a pas été présélectionnée.
Les profils retenus pour la suite présentent tous une expérience de plus de cinq ans en gestion de produit B2B ; c'est pourquoi nous ne poursuivrons pas avec votre candidature.
Nous avons priorisé des candidatures internes pour ce poste, conformément à notre politique de mobilité. Votre dossier n'a donc pas été retenu.
On a reçu plus de 300 candidatures et on a dû faire des choix difficiles : on avance avec des profils qui ont déjà travaillé sur une app grand public à forte volumétrie. Ta candidature n'en fait pas partie, désolé.
""",
        "rej_position_filled": """
Nous vous informons que le poste de {role} pour lequel vous avez postulé a été pourvu.
Le poste a été attribué à une candidate dont le parcours correspondait étroitement à nos besoins immédiats. Nous vous remercions de votre intérêt.
Merci pour ta candidature. On a recruté la semaine dernière, le poste n'est donc plus ouvert.
Nous avons le plaisir d'avoir finalisé ce recrutement, ce qui signifie malheureusement que nous ne pourrons pas donner suite à votre candidature.
Le poste a été pourvu en interne avant même la fin de la diffusion de l'annonce ; nous sommes désolés de ne pas avoir pu vous recevoir.
SUBJECT: Clôture de l'offre {role} || L'offre à laquelle vous avez répondu est désormais clôturée, la personne retenue ayant confirmé son arrivée. Votre candidature est archivée.
""",
        "rej_budget_cancelled": """
Nous avons le regret de vous informer que le recrutement pour le poste de {role} a été annulé suite à une révision budgétaire. Nous ne pourrons donc pas poursuivre le processus avec vous.
Pour des raisons budgétaires, la direction a décidé de supprimer ce poste du plan de recrutement de l'année. Toutes les candidatures en cours sont donc closes, dont la vôtre.
{first}, je te dois une explication : le financement du projet n'a pas été reconduit et le poste disparaît avec. Je suis vraiment désolé, on était prêts à avancer avec toi.
La réorganisation annoncée en interne entraîne le retrait de cette offre. Votre candidature ne pourra donc pas aboutir, et nous vous prions de nous en excuser.
Le marché public qui justifiait ce recrutement n'a finalement pas été attribué à notre société. Le poste de {role} est retiré et nous mettons fin au processus.
""",
        "rej_role_changed": """
Depuis votre entretien, le périmètre du poste a beaucoup évolué : il intègre désormais l'encadrement d'une équipe de six personnes. Nous recherchons donc un profil plus senior et ne poursuivrons pas votre candidature.
Le poste de {role} a été redéfini en poste à temps partiel rattaché au siège de Namur, ce qui ne correspond plus à ce que nous avions discuté ensemble. Nous préférons donc clore le processus.
Entre-temps, le besoin a changé : on cherche finalement quelqu'un côté back-end pur. Ça ne colle plus avec ton profil, donc on s'arrête là pour ce poste.
Le poste a été transformé en contrat de mission de six mois réservé aux consultants indépendants. Votre candidature salariée ne peut donc pas être retenue.
""",
        "rej_experience_level": """
Votre parcours est impressionnant, et c'est justement ce qui nous retient : le poste de {role} est un poste junior et nous craignons qu'il ne réponde pas à vos attentes. Nous ne donnerons donc pas suite.
Le poste requiert au minimum cinq ans d'expérience en contrôle de gestion ; votre expérience actuelle ne nous permet pas de retenir votre candidature.
On cherche quelqu'un qui a déjà fait ses armes en startup et qui peut tourner en autonomie dès le premier jour. Avec ton expérience actuelle, on pense que ce serait trop tôt, donc on ne continue pas.
Compte tenu du niveau d'expertise attendu, nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Nous vous encourageons à postuler à nos offres de niveau intermédiaire.
Vous nous semblez surqualifié pour ce poste, et nous ne pourrions pas vous proposer une rémunération à la hauteur de votre parcours. Nous préférons donc ne pas poursuivre.
""",
        "rej_reply_followup": """
Merci pour votre relance, et toutes mes excuses pour ce silence. Le poste de {role} a été pourvu il y a deux semaines ; j'aurais dû vous prévenir plus tôt.
Bonjour {first}, désolée pour le délai. J'ai eu le retour de l'équipe : ils ne souhaitent pas donner suite à ta candidature. Je m'excuse de ne pas avoir répondu plus vite à ton message.
Je vous remercie pour votre message de relance. Après vérification, votre candidature n'a pas été retenue lors de la présélection ; vous auriez dû recevoir une notification automatique, que le système n'a visiblement pas envoyée.
Suite à votre courriel de ce matin : le comité s'est prononcé et nous ne poursuivrons pas le processus avec vous. Je suis navrée que vous ayez dû relancer pour obtenir cette réponse.
Bonne question, et tu as bien fait de relancer. On a finalement choisi quelqu'un d'autre en fin de semaine dernière. Désolé de ne pas l'avoir dit plus tôt.
SUBJECT: RE: Suivi de ma candidature – {role} || Merci de votre patience. Je suis au regret de vous confirmer que nous ne donnerons pas suite à votre candidature ; la décision a été prise la semaine passée.
Je réponds à votre relance de lundi : le recrutement a été gelé puis définitivement annulé par la direction, le poste n'existe plus. Je suis désolé de vous l'apprendre ainsi.
""",
        "rej_formal_qc_ch": """
Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de dotation. Nous conserverons votre curriculum vitae dans notre banque de candidatures pour une période de six mois.
Nous avons bien reçu votre dossier de postulation et l'avons étudié avec la plus grande attention. Nous sommes toutefois au regret de devoir vous informer que nous ne sommes pas en mesure de lui réserver une suite favorable. Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
Au terme de l'analyse des candidatures reçues, le comité de sélection n'a pas retenu la vôtre pour l'étape de l'entrevue. Soyez assuré que cette décision ne remet nullement en cause vos compétences.
Nous accusons réception de votre postulation et vous remercions de la confiance témoignée. Après un examen approfondi, nous avons opté pour un profil correspondant plus étroitement à nos exigences. Nous vous retournons par la présente vos documents et vous adressons nos meilleurs vœux pour la suite de votre parcours professionnel.
À la suite de votre entrevue, le comité de sélection a complété son évaluation. Nous sommes désolés de vous annoncer que votre candidature n'a pas été retenue pour le poste de {role}. Nous vous remercions sincèrement pour le temps consacré à ce processus.
Nous avons le regret de vous faire savoir que le Collège communal a désigné un autre candidat pour le poste de {role}. Nous vous remercions de votre participation à l'épreuve de sélection.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention par notre équipe de recrutement.
Ta candidature est bien arrivée ! On la regarde dans les prochains jours et on revient vers toi quoi qu'il arrive.
Votre dossier a bien été enregistré sous la référence VDL-2291. Vous pouvez suivre son avancement depuis votre espace candidat.
SUBJECT: Confirmation de dépôt – {role} || Ce message confirme que votre candidature a été transmise au service des ressources humaines de {company}. Aucune action n'est requise de votre part pour le moment.
Nous avons bien reçu votre postulation et nous vous en remercions. Le dossier sera examiné à la clôture de la mise au concours, soit le 30 du mois.
Votre candidature a été reçue. Le processus de sélection comprend une présélection sur dossier, un entretien avec le manager puis un échange avec l'équipe ; comptez environ trois à quatre semaines.
Nous accusons réception de votre candidature pour l'emploi de {role}. Un accusé de réception ne vaut pas présélection ; vous serez informé de la suite par courriel.
Bien reçu ton CV, merci ! Je le transmets à Nadia, qui gère le recrutement de l'équipe data.
""",
        "ack_no_reply_all": """
Malheureusement, compte tenu du volume de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Votre dossier est néanmoins bien pris en compte.
Nous recevons chaque semaine plusieurs centaines de candidatures et ne pouvons malheureusement pas apporter une réponse personnalisée à toutes. Soyez assuré que la vôtre sera lue.
Nous regrettons de ne pas pouvoir faire un retour détaillé à chaque candidat ; seuls les dossiers présélectionnés feront l'objet d'un contact téléphonique. Votre candidature est en cours d'étude.
En raison du nombre important de postulations, nous ne pourrons malheureusement pas commenter chaque dossier. Nous vous remercions de votre compréhension et de votre patience pendant l'analyse.
Désolés, on ne peut pas répondre personnellement à tout le monde tant on reçoit de candidatures. Mais pas d'inquiétude, la tienne est bien dans la pile et elle sera regardée.
Nous ne sommes malheureusement pas en mesure d'accuser réception personnellement de chaque envoi postal ; ce courriel vous confirme que votre dossier nous est bien parvenu.
""",
        "ack_delay": """
Nous regrettons le délai de traitement de votre candidature. Le processus a pris plus de temps que prévu en raison des congés d'été ; nous espérons revenir vers vous d'ici la fin du mois.
Je suis désolée de ne pas t'avoir encore fait de retour. Le manager est en déplacement jusqu'au 20, et rien n'est décidé tant qu'il n'a pas vu les dossiers.
Nous tenions à vous informer que le processus de sélection pour le poste de {role} accuse un certain retard. Aucune décision n'a encore été prise et votre candidature reste à l'étude.
Malheureusement, l'analyse des dossiers prend plus de temps que prévu. Nous vous remercions de votre patience et reviendrons vers vous dès que possible.
Pardon pour ce long silence. Le comité de sélection ne se réunira finalement que le 12 ; votre dossier fait toujours partie de ceux qu'il examinera.
SUBJECT: Votre candidature – point d'étape || Nous vous devons un point d'étape : les entretiens ont été décalés de deux semaines à cause d'une réorganisation interne. Votre candidature reste active et nous vous tiendrons informé.
""",
        "ack_pending": """
Merci pour votre relance. Pas encore de décision de notre côté : les derniers entretiens ont lieu cette semaine et nous reviendrons vers tous les candidats la semaine prochaine.
Votre dossier est toujours en cours d'examen par le service concerné. Nous ne manquerons pas de vous tenir informé de la suite qui lui sera donnée.
Je n'ai pas encore de retour définitif à te donner, désolé. L'équipe hésite entre plusieurs profils et veut revoir deux personnes avant de trancher.
Le jury a établi une liste de réserve sur laquelle votre candidature figure. Aucune décision de nomination n'a encore été prise ; vous serez informé le cas échéant.
Nous avons bien pris note de votre message. La décision n'a pas encore été arrêtée et nous ne sommes pas en mesure de vous communiquer de date précise pour l'instant.
Merci pour votre patience. Votre candidature a passé l'étape de présélection sur dossier et fait partie de celles que le manager étudie actuellement ; nous reviendrons vers vous pour la suite.
""",
        "ack_only_if": """
Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.
Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue. Nous vous remercions de votre compréhension.
Nous prendrons contact avec vous uniquement si votre candidature est présélectionnée pour un entretien.
Seuls les candidats retenus pour la suite du processus seront contactés. Nous vous remercions de l'intérêt que vous portez à notre organisation.
Votre candidature est en cours d'étude pour le poste de {role} ; nous reviendrons vers vous si votre profil est présélectionné. Elle reste également visible de nos recruteurs pour nos autres offres.
Seules les personnes dont la candidature sera retenue pour une entrevue seront contactées. Nous vous remercions de l'intérêt manifesté.
""",
        "ack_incomplete": """
Votre dossier de candidature est incomplet : il manque la lettre de motivation et la copie de votre dernier diplôme. Merci de les déposer dans votre espace candidat avant le 15 afin qu'il puisse être examiné.
Pour finaliser l'étude de ta candidature, peux-tu m'envoyer ton portfolio ou un lien vers tes projets ? Sans ça, je ne peux pas la transmettre à l'équipe.
Nous ne pouvons malheureusement pas traiter votre candidature en l'état, car le formulaire n'a pas été entièrement rempli. Nous vous invitons à le compléter dans les meilleurs délais.
Afin de compléter votre dossier, nous vous remercions de nous faire parvenir une copie de vos certificats de travail ainsi que de vos diplômes.
Il semble que la pièce jointe de votre CV soit illisible. Pourriez-vous nous le renvoyer au format PDF ? Votre candidature sera étudiée dès réception.
Nous vous rappelons qu'il vous reste deux étapes à compléter pour finaliser votre candidature : le questionnaire de disponibilité et l'autorisation de vérification des références.
""",
        "ack_paused": """
Nous vous informons que le recrutement pour le poste de {role} est temporairement suspendu. Aucune décision n'a été prise concernant votre candidature, qui reste active ; nous reviendrons vers vous dès la reprise du processus.
Le processus est mis en pause quelques semaines, le temps que le budget de l'an prochain soit validé. Ta candidature reste dans la boucle, rien n'est décidé.
En raison d'un gel temporaire des embauches, nous suspendons les entretiens prévus. Votre dossier est conservé en l'état et nous vous recontacterons dès que la situation le permettra.
La direction a souhaité marquer une pause dans ce recrutement dans l'attente d'une décision sur l'organisation du service. Nous ne sommes pas en mesure de vous donner de date pour l'instant, mais votre candidature n'est pas close.
Nous sommes contraints de différer la suite du processus jusqu'au mois de septembre. Nous comprendrions que vous poursuiviez vos démarches entre-temps, et nous vous tiendrons au courant.
""",
        "ack_status_change": """
Le statut de votre candidature pour le poste de {role} a été mis à jour : En cours d'examen.
SUBJECT: Mise à jour de votre candidature || Votre candidature est passée à l'étape « Évaluation par le manager ». Vous serez notifié à chaque changement de statut.
Statut de votre candidature : À l'étude. Connectez-vous à votre espace candidat pour consulter le détail.
Bonne nouvelle, votre candidature a été transmise au responsable du recrutement. Elle est désormais en cours d'évaluation.
Votre candidature fait actuellement l'objet d'une analyse approfondie. Statut : en cours de traitement.
Ceci est une notification automatique : le statut de votre dossier est passé de « Reçu » à « Présélection ».
Votre candidature est toujours considérée pour le poste. Statut actuel : Sous considération.
""",
        "inv_call": """
Votre profil a retenu notre attention et nous aimerions échanger avec vous par téléphone une vingtaine de minutes. Seriez-vous disponible jeudi ou vendredi en fin de matinée ?
Ton parcours nous a beaucoup plu ! On peut s'appeler cette semaine ? Dis-moi ce qui t'arrange, je suis assez flexible mardi et mercredi.
Nous souhaiterions poursuivre avec vous par un premier échange en visio. Vous pouvez réserver directement un créneau de 30 minutes via le lien ci-dessous.
SUBJECT: Échange rapide ? || J'ai lu votre candidature avec intérêt. Auriez-vous un moment pour un appel de découverte avec notre responsable produit ? Je vous propose mardi 10 h ou mercredi 16 h.
Nous avons le plaisir de vous convier à une entrevue téléphonique d'environ 30 minutes avec la conseillère en dotation. Merci de nous indiquer vos disponibilités pour la semaine prochaine.
Je t'ai laissé un message vocal ce matin. Est-ce qu'on pourrait se caler un call de 20 min pour parler du poste ? Je te propose demain 14 h, sinon dis-moi.
""",
        "inv_meet": """
Nous avons le plaisir de vous inviter à un entretien dans nos locaux de Paris le mardi 18 à 14 h 30. Vous rencontrerez la directrice marketing et un membre de l'équipe.
Suite à votre candidature, nous aimerions vous rencontrer. Merci de confirmer votre présence le 22 à 9 h au siège de Lausanne, avenue de la Gare 12.
L'équipe serait ravie de te rencontrer pour la prochaine étape. Passe nous voir au bureau vendredi, on prendra un café et on te présentera les projets.
Nous vous convions à une rencontre avec le comité de sélection. Merci de vous munir d'une pièce d'identité et de prévoir environ une heure.
Vous êtes retenu pour la dernière étape : une demi-journée d'immersion avec l'équipe à Liège, suivie d'un échange avec le directeur. Quelles dates vous conviendraient ?
SUBJECT: Prochaine étape – {role} || Nous souhaiterions poursuivre le processus avec vous et vous proposer un rendez-vous avec notre DRH la semaine prochaine. Pouvez-vous me transmettre vos disponibilités ?
""",
        "inv_test": """
Dans le cadre de votre candidature, nous vous invitons à réaliser un test technique en ligne d'une durée de 90 minutes. Le lien sera actif pendant sept jours.
La prochaine étape est une étude de cas à préparer à la maison, puis à présenter en 20 minutes devant l'équipe. Tu trouveras le sujet en pièce jointe ; dis-moi quand tu serais prêt.
Vous êtes convoqué à l'épreuve écrite de sélection qui aura lieu le 4 au centre administratif, salle B, à 9 h. Merci de vous présenter 15 minutes à l'avance.
Nous vous proposons de passer une évaluation de personnalité et de raisonnement en ligne. Merci de la compléter avant vendredi pour que nous puissions planifier la suite.
Pour avancer, on aimerait te proposer un petit exercice pratique sur nos données (2 h max). Je t'envoie les accès dès que tu me confirmes ta dispo.
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez ci-joint notre proposition détaillée : CDI, rémunération annuelle brute de 52 000 €, prise de poste souhaitée le 1er du mois prochain.
Suite à nos échanges, nous sommes heureux de vous faire une offre pour rejoindre l'équipe. Le contrat vous sera adressé dès votre accord de principe.
Je te confirme par écrit ce que je t'ai dit au téléphone : on veut que tu nous rejoignes ! Tu trouveras la proposition en PJ, prends le temps de la lire et appelle-moi si tu as des questions.
Nous avons le plaisir de vous informer que le comité de sélection vous a recommandé pour le poste. Une offre d'emploi formelle vous sera transmise par la conseillère en dotation dans les prochains jours.
""",
        "off_welcome": """
Nous serions ravis de vous compter parmi nous. Veuillez trouver ci-joint votre promesse d'embauche ; merci de nous la retourner signée sous huit jours.
Bienvenue à bord, ou presque ! L'équipe est unanime et on aimerait vraiment que tu rejoignes l'aventure. Je t'envoie le contrat à signer cet après-midi.
C'est avec grand plaisir que nous vous confirmons votre engagement en qualité de {role}. Votre contrat de travail vous parviendra par courrier recommandé.
SUBJECT: Votre arrivée chez {company} || Nous sommes heureux de vous accueillir dans l'équipe à compter du 3. Vous trouverez en pièce jointe la lettre d'engagement ainsi que les informations pratiques pour votre premier jour.
""",
        "oth_alert": """
3 nouvelles offres correspondent à votre alerte « {role} – Île-de-France » : Chef de projet CRM (CDI), Data Analyst junior (CDI), Product Owner (freelance).
Nouvelles offres pour vous cette semaine : 5 postes à Bruxelles et en Wallonie correspondant à vos critères. Consultez-les avant qu'elles ne soient pourvues.
Alerte emploi : un nouveau poste de {role} vient d'être publié à Montréal. Postulez en deux clics depuis votre profil.
""",
        "oth_newsletter": """
Ce mois-ci chez {company} : l'ouverture de notre bureau de Nantes, le témoignage de Léa, développeuse depuis deux ans, et nos conseils pour réussir un entretien vidéo.
La lettre des talents – numéro 12. Découvrez nos engagements RSE, nos métiers qui recrutent et les dates de nos prochains forums.
Actualités : nos équipes ont participé au marathon de Genève, notre programme de mentorat accueille sa troisième promotion et nous recrutons dans la finance.
""",
        "oth_cold": """
Je suis consultante chez un cabinet spécialisé dans les métiers de la data. Votre profil LinkedIn m'a interpellée pour une mission chez un client du secteur de l'assurance à Lille. Seriez-vous ouvert à en discuter ?
Bonjour {first}, je me permets de te contacter car je recrute pour une scale-up parisienne qui cherche un profil comme le tien. Tu aurais 10 minutes cette semaine ?
Notre cabinet accompagne plusieurs PME suisses romandes dans leurs recrutements. Votre parcours pourrait correspondre à un poste de {role} actuellement ouvert ; je reste à votre disposition pour vous en dire plus.
""",
        "oth_survey": """
Vous avez récemment participé à un processus de recrutement chez {company}. Aidez-nous à améliorer l'expérience candidat en répondant à ce questionnaire de trois minutes.
Ton avis compte ! Dis-nous en quelques clics comment s'est passé ton parcours de candidature chez nous.
Dans le cadre de notre démarche qualité, nous vous invitons à évaluer votre expérience de candidature. Le questionnaire est anonyme.
""",
        "oth_event": """
Nous avons le plaisir de vous inviter à notre soirée portes ouvertes le jeudi 7 à partir de 18 h. Au programme : présentation de nos métiers, rencontres avec les équipes et cocktail.
Viens nous rencontrer au salon de l'emploi tech de Montréal le 15 : notre équipe sera au stand 42 toute la journée.
Webinaire « Travailler dans le secteur public » : inscrivez-vous à notre session en ligne du 19 pour découvrir nos concours et nos modes de recrutement.
""",
        "oth_withdrawn": """
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Nous vous remercions de nous avoir informés et vous souhaitons bonne continuation.
Bien noté, je retire ta candidature comme tu me l'as demandé. Félicitations pour ton nouveau poste, et n'hésite pas à revenir vers nous plus tard !
""",
    },
    "en": {
        "rej_terse": """
We won't be moving forward with your application for {role}. Thanks for your time.
Hi {first}, thanks for applying. We've decided not to progress with your application. All the best.
Unfortunately you have not been successful on this occasion.
SUBJECT: Re: {role} || Going to pass on this one, sorry. Appreciate you reaching out.
After review, your profile isn't the right fit for this role. We won't be taking things further.
Thanks for chatting with us on Tuesday. We're going to go with other candidates. Best of luck!
Your application for {role} has been declined.
Cheers for applying {first}, but we won't be progressing your application this time round.
""",
        "rej_after_interview": """
Thank you for taking the time to interview with us last week. After careful consideration, we have decided not to move forward with your candidacy for the {role} position.
I wanted to thank you again for meeting with Dana and me on Thursday. We really enjoyed the conversation, but we've decided to pursue other candidates whose experience more closely matches what the team needs right now.
Following your interview, we regret to inform you that you have not been shortlisted for the next round. We appreciate the effort you put into preparing.
Thanks for your patience while we wrapped up interviews. I'm sorry to say we won't be progressing you to the next stage; the panel felt other applicants were a closer match for the brief.
It was a pleasure speaking with you on the phone screen. Unfortunately, we will not be advancing your application to the technical round.
We have now completed the interview process for {role} and, after much deliberation, we will not be offering you the position. Thank you for your genuine interest in {company}.
SUBJECT: Your interview with {company} || Thank you for attending the interview at our Bengaluru office. We regret to inform you that your candidature has not been shortlisted for further rounds. We wish you success in your career.
Thanks for coming in to meet the team. We've given it a lot of thought, and I'm afraid we won't be taking your application any further.
""",
        "rej_final_round": """
I tried calling you this afternoon but couldn't get through, so I wanted to put this in writing. You were one of two finalists for the {role} role, and it was genuinely a difficult call. In the end we offered the position to the other candidate, who has run a very similar platform migration before. I know that's disappointing after five stages and a take-home, and I want you to know the panel was really impressed by your presentation, especially the way you handled the pricing questions. If something similar opens up in the next few months, you'll be the first person I call.
{first}, thank you so much for the time you've invested with us over the past month. I'll be honest: the debrief went on for over an hour. Ultimately the leadership team went with someone who has already managed a team of engineers, which became the deciding factor. This is not the outcome either of us hoped for, and I'd love to stay in touch.
After a great deal of consideration following the final panel, we have decided to extend an offer to another candidate. This was one of the hardest decisions we have made this year, as your interviews were excellent across the board.
I wanted to let you know personally before you heard through the portal. The hiring committee met yesterday and chose another finalist for the role. Your case study was one of the strongest we've seen, and I'd encourage you to apply again when we next hire in the team.
We've now reached the end of what was a long process, and I'm grateful you stuck with it. We won't be offering you the role; the successful candidate had deep experience in Australian energy regulation, which tipped the balance for us.
Thanks for your patience over the last three weeks. We met two people in the final stage and have made an offer to the other candidate, who has accepted. You were very close, and the engineering lead asked me to pass on how much he enjoyed your pairing session.
SUBJECT: Final stage outcome – {role} || The panel met this morning to review all final-stage candidates. Despite a very strong showing, on this occasion we have decided not to proceed with your application. We recognise how much time the assessment day takes and are grateful for it.
""",
        "rej_feedback": """
We won't be progressing your application, but you asked for feedback, so here it is: your technical answers were strong, but the stakeholder scenario lacked clear trade-offs, and that's central to the {role} role.
As promised, some notes from the panel: they liked your clarity and SQL skills. What held us back was limited experience working directly with clients, which the role needs from day one. So we're not going to move forward this time.
The panel noted your structured approach and well-presented slides. However, they felt your experience with enterprise forecasting was not yet at the level required, so we will not be proceeding with your application.
Your coding exercise was solid. Where we had concerns was system design: we need someone who can own the billing service architecture end to end, and we've decided to go with a more senior engineer.
For transparency, your application met the essential criteria but did not score highly enough against the desirable criteria to be shortlisted. Feedback on your scoring is available on request by replying to this email.
Here's a quick summary of the debrief in case it's useful: great energy and product sense, but the interviewers wanted to see more depth on experimentation and metrics. For that reason we won't be taking your application further.
We appreciate you asking for feedback. Honestly, the interview went well on substance, but the team felt your motivation leaned more towards strategy than hands-on delivery. We've decided not to proceed, and I hope this helps with your next steps.
""",
        "rej_other_direction": """
After a lot of discussion, the team has decided to go in a different direction with this hire, and we won't be moving forward with you.
We've ended up taking a different approach to the role: rather than hiring a generalist, we'll work with an agency for acquisition. I wanted to be upfront that this means your application won't go any further.
We've gone another direction for this position. Thank you for your interest in {company}, and we wish you well.
The hiring manager has decided to look for a different kind of profile, one that's more focused on data engineering. This isn't a reflection on your abilities, but we won't be continuing with your application.
We chose to fill the need through an internal transfer from our finance team, so the external process has closed for you.
Hey {first}, quick update from my side: the client decided to go another way and is now looking for someone very hands-on with Kubernetes. I'm sorry, your application won't progress with them.
""",
        "rej_other_profiles": """
We received a very high number of applications and have decided to prioritise candidates whose experience more directly matches our current needs.
After comparing all applications, we chose to prioritize candidates with hands-on experience in freight and logistics. As such, we will not be moving forward with your application at this stage.
While your background is impressive, other applicants more closely met the criteria for the {role} position. We are therefore unable to take your application further.
The hiring team has prioritised applicants with full working rights in Australia, which was a requirement for this role. Your application has not been shortlisted.
The candidates progressing to the next stage all have five or more years in B2B product management, so we won't be continuing with your application.
In line with our internal mobility policy, we've prioritised internal applicants for this role and your application will not be taken forward.
We had over 400 applications and had to make some tough calls. We're moving ahead with people who've already scaled a consumer app, and your application isn't one of them. Sorry!
""",
        "rej_position_filled": """
We wanted to let you know that the {role} position you applied for has now been filled.
The role has been offered to and accepted by a candidate whose background closely matched our immediate needs. Thank you for your interest.
Thanks for applying. We actually hired last week, so the role is no longer open.
We're pleased to say we've completed hiring for this role, which unfortunately means we won't be able to consider your application further.
The position was filled internally before the advert closed, and I'm sorry we didn't get the chance to speak with you.
SUBJECT: {role} – vacancy closed || The vacancy you applied for is now closed as the successful candidate has confirmed a start date. Your application has been archived.
""",
        "rej_budget_cancelled": """
We regret to inform you that the {role} search has been cancelled following a budget review. As a result we are unable to continue the process with you.
Due to budget constraints, leadership has removed this position from our hiring plan for the year. All open applications have been closed, including yours.
{first}, I owe you an explanation: the project funding wasn't renewed and the role has gone with it. I'm really sorry; we were ready to move ahead with you.
As part of the restructuring announced internally, this requisition has been withdrawn. Your application cannot proceed, and we apologise for the inconvenience.
The contract that this hire depended on was not awarded to us, so the {role} opening has been withdrawn and we're closing the process.
""",
        "rej_role_changed": """
Since we last spoke, the scope of the role has changed considerably and now includes managing a team of six. We're looking for a more senior profile as a result and won't be continuing with your application.
The {role} position has been redefined as a part-time role based at our Cork site, which no longer matches what we discussed. We've therefore decided to close the process.
The need has shifted in the meantime: we're now after a pure back-end engineer. That doesn't line up with your profile, so we'll stop here for this role.
The role has been converted into a six-month contractor engagement, so unfortunately we can't proceed with your application for a permanent position.
""",
        "rej_experience_level": """
Your background is impressive, and that's exactly our hesitation: this is a junior role, and we don't think it would meet your expectations. So we've decided not to move forward.
This position requires a minimum of five years of post-qualification experience, and based on your current experience we are unable to progress your application.
We're looking for someone who has already been through a startup environment and can run independently from day one. With your current experience we think it's a bit early, so we won't continue.
Given the level of expertise the role requires, we are unable to offer you a position at this time. We would encourage you to apply for our associate-level openings.
We felt you were overqualified for this role and, frankly, we couldn't offer a salary that reflects your experience. We've therefore decided not to proceed.
""",
        "rej_reply_followup": """
Thanks for following up, and apologies for the silence. The {role} position was filled two weeks ago; I should have let you know sooner.
Hi {first}, sorry for the delay. I've heard back from the team and they've decided not to move forward with your application. Apologies for not replying to your email sooner.
Thank you for your follow-up. Having checked, your application was not shortlisted at the screening stage. You should have received an automated notification, which it seems the system did not send.
In response to your email this morning: the panel has made its decision and we will not be progressing your application. I'm sorry you had to chase us for an answer.
Good question, and you were right to chase. We went with someone else at the end of last week. Sorry I didn't tell you earlier.
SUBJECT: RE: Following up on my application – {role} || Thank you for your patience. I'm sorry to confirm that we won't be moving forward with your application; the decision was made last week.
Replying to your follow-up from Monday: the hiring freeze has now become a permanent cancellation of the role, and the position no longer exists. I'm sorry to be sharing it this way.
""",
        "rej_formal_public": """
Thank you for your application for the post of {role}. We regret to inform you that on this occasion you have not been shortlisted for interview. Due to the high volume of applications, we are unable to provide individual feedback at this stage.
We wish to inform you that following the shortlisting process, your application was not successful. The interview board has completed its assessment, and we thank you for your interest in the competition.
We regret to inform you that you have not been selected for the position. Your application will be kept on file for six months in accordance with our data retention policy.
Further to your recent interview, I am writing to inform you that the selection panel has not recommended you for appointment. Thank you for your participation in the recruitment campaign.
With reference to your application for the above-mentioned position, we regret to inform you that your candidature has not been considered. Thanks & Regards.
Your application has been assessed against the key selection criteria. Unfortunately, you have not been shortlisted for further assessment. You may request feedback within 14 days of this notice.
""",
        "ack_received": """
Thank you for applying for the {role} position. We've received your application and our recruitment team will review it shortly.
Got your application, thanks! We'll have a look over the next few days and get back to you either way.
Your application has been successfully submitted (reference KF-40718). You can track its progress in your candidate portal.
SUBJECT: Application received – {role} || This is to confirm that your application has been forwarded to the HR department at {company}. No further action is needed from you at this time.
We acknowledge receipt of your application. All applications will be assessed after the closing date, and shortlisted candidates will be notified within two weeks of that date.
Your application has been received. Our process includes a screening call, an interview with the hiring manager and a panel interview; it usually takes three to four weeks.
Kindly note that your application has been received and is under process. You will be intimated about the next steps via email.
Thanks for sending over your CV. I've passed it on to Mark, who's hiring for the analytics team.
""",
        "ack_no_reply_all": """
Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. Please be assured your application has been received.
We receive several hundred applications each week and regret that we cannot reply personally to each one. Your application will be read by a member of the team.
We're sorry we can't give detailed feedback at this stage of the process. Only shortlisted candidates will be contacted by phone; your application is currently being reviewed.
Because of the large number of applications, we unfortunately can't comment on each one individually. Thank you for your patience while we assess them.
Sorry, we can't reply personally to everyone, we get a huge number of applications! But don't worry, yours is in the pile and will be looked at.
Unfortunately our small team can't always reply quickly, but we read every application we get. Yours is with us and we'll be in touch once we've reviewed it.
""",
        "ack_delay": """
We regret the delay in getting back to you. The process has taken longer than expected due to the holiday period, and we hope to update you by the end of the month.
So sorry I haven't got back to you yet. The hiring manager is travelling until the 20th, and nothing gets decided until she's seen the applications.
We wanted to let you know that the recruitment for the {role} role is running behind schedule. No decisions have been made yet and your application remains under review.
Unfortunately, reviewing applications is taking longer than planned. Thank you for bearing with us; we'll be in touch as soon as we can.
Apologies for the radio silence. The panel has been rescheduled to the 12th, and your application is still among those they will consider.
SUBJECT: Quick update on your application || We owe you an update: interviews have been pushed back by two weeks because of an internal reorganisation. Your application is still active and we'll keep you posted.
""",
        "ack_pending": """
Thanks for checking in. No decision yet on our side: the last interviews are this week and we'll come back to all candidates next week.
Your application is still being reviewed by the relevant department. We will keep you informed of the outcome.
I don't have a final answer for you yet, sorry. The team is torn between a few profiles and wants to see two people again before deciding.
The interview board has placed you on a panel from which future vacancies may be filled. No appointment decision has been made at this time and we will contact you if a vacancy arises.
We've noted your email. A decision hasn't been made yet and we can't give you an exact date at this stage.
Thanks for your patience. Your application has passed the initial screening and is among those the hiring manager is currently reviewing; we'll be in touch about next steps.
""",
        "ack_only_if": """
If your profile matches our requirements, we will be in touch.
If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion. Thank you for your understanding.
We will only contact you if your application is shortlisted for interview.
Only shortlisted candidates will be contacted. We appreciate your interest in joining {company}.
Your application for {role} is being reviewed, and we'll reach out if you're shortlisted. Your profile will also stay visible to our recruiters for other openings.
Due to the volume of applications, only those selected for the next stage will be contacted. Thank you for considering a career with us.
""",
        "ack_incomplete": """
Your application is incomplete: we're missing your cover letter and a copy of your degree certificate. Please upload them to your candidate portal by the 15th so we can review it.
To finish reviewing your application, could you send me your portfolio or a link to your work? Without it I can't pass it to the team.
Unfortunately we can't process your application as it stands, as some required fields were left blank. Please complete the form as soon as possible.
To complete your file, please send us copies of your payslips from your last employer and your relieving letter.
It looks like your CV attachment didn't come through properly. Could you resend it as a PDF? We'll review your application as soon as we have it.
This is a reminder that you have two steps left to complete your application: the availability questionnaire and the reference check consent form.
""",
        "ack_paused": """
We wanted to let you know that hiring for the {role} role is temporarily on hold. No decision has been made about your application, which remains active; we'll be in touch when the process resumes.
We're pausing the process for a few weeks while next year's budget gets signed off. You're still in the running and nothing has been decided.
Due to a temporary hiring freeze we are postponing the interviews that were scheduled. Your application is on file as it is and we'll reach out as soon as things change.
Leadership has asked us to pause this search pending a decision on the team structure. We can't give you a date yet, but your application has not been closed.
We've had to push the rest of the process back to September. We'd completely understand if you continue your search in the meantime, and we'll keep you updated.
""",
        "ack_status_change": """
The status of your application for {role} has been updated to: In Review.
SUBJECT: Application status update || Your application has moved to the "Hiring Manager Review" stage. You'll be notified of any further changes.
Application status: Under Consideration. Log in to your candidate account for details.
Good news, your application has been passed to the hiring manager and is now being assessed.
Your application is currently undergoing detailed review. Current status: Processing.
This is an automated notification: your application status has changed from "Submitted" to "Screening".
You are still being considered for this role. Current status: Active.
""",
        "inv_call": """
Your background caught our eye and we'd love to have a quick 20-minute phone chat. Are you free on Thursday or Friday late morning?
Really liked your application! Could we jump on a call this week? Let me know what works, I'm fairly flexible Tuesday and Wednesday.
We'd like to move forward with an initial video call. You can book a 30-minute slot directly using the link below.
SUBJECT: Quick chat? || I read your application with interest. Would you have time for an intro call with our Head of Product? How about Tuesday at 10am or Wednesday at 4pm?
We are pleased to invite you for a telephonic discussion with our HR team. Kindly share your availability for the coming week.
I left you a voicemail this morning. Could we grab 15 minutes to talk about the role? I can do tomorrow at 2pm, otherwise let me know.
""",
        "inv_meet": """
We're pleased to invite you to interview at our London office on Tuesday the 18th at 2:30pm. You'll meet the Marketing Director and a member of the team.
Following your application, we'd like to meet you. Please confirm you can attend on the 22nd at 9am at our Sydney office, Level 12, 88 George Street.
The team would love to meet you for the next step. Come by the office on Friday, we'll grab a coffee and walk you through the projects.
You are invited to attend a competency-based assessment with the selection board. Please bring photo ID and allow about an hour.
You've been selected for the final stage: half a day with the team in Dublin, followed by a conversation with our CEO. Which dates work for you?
SUBJECT: Next steps – {role} || We'd like to continue the process with you and set up a meeting with our VP of People next week. Could you send me your availability?
""",
        "inv_test": """
As part of your application, we invite you to complete a 90-minute online technical assessment. The link will be active for seven days.
The next step is a take-home case study, which you'll then present to the team in 20 minutes. You'll find the brief attached; let me know when you'd be ready.
You are invited to sit the written aptitude test on the 4th at the Civic Offices, Room B, at 9am. Please arrive 15 minutes early.
We'd like you to complete an online personality and reasoning assessment. Please finish it by Friday so we can plan the next stage.
To keep things moving, we'd like to give you a short practical exercise on our data (2 hours max). I'll send over the access once you confirm you're available.
""",
        "off_offer": """
We are delighted to offer you the position of {role} at {company}. Please find attached our formal offer: permanent contract, base salary of USD 118,000 per year, with a proposed start date of the 1st of next month.
Following our conversations, we're happy to make you an offer to join the team. The contract will follow as soon as you confirm you're happy in principle.
Confirming in writing what I told you on the phone: we want you on the team! The offer is attached, take your time to read it and give me a call if anything's unclear.
We are pleased to inform you that you have been selected for the post of {role}. Your offer letter, along with the CTC breakup, is attached for your reference. Kindly confirm your acceptance within three working days.
""",
        "off_welcome": """
We'd love to have you join us. Attached is your employment agreement; please sign and return it within a week.
Welcome aboard, almost! The team was unanimous and we'd really love for you to come on board. I'll send the contract for signature this afternoon.
It gives us great pleasure to confirm your appointment as {role}. Your contract of employment will follow by post.
SUBJECT: Welcome to {company} || We're thrilled to have you joining the team from the 3rd. Attached you'll find your letter of engagement along with practical information for your first day.
""",
        "oth_alert": """
3 new jobs match your alert "{role} – Greater London": CRM Project Lead (Permanent), Junior Data Analyst (Permanent), Product Owner (Contract).
New jobs for you this week: 5 roles in Melbourne matching your search. Take a look before they're gone.
Job alert: a new {role} role has just been posted in Dublin. Apply in two clicks from your profile.
""",
        "oth_newsletter": """
This month at {company}: our new Manchester office, a day in the life of Priya, engineer for two years, and our tips for acing a video interview.
Talent Newsletter – Issue 12. Discover our sustainability commitments, the teams currently hiring, and dates for our upcoming careers fairs.
News: our teams ran the Sydney half marathon, our mentoring programme welcomed its third cohort, and we're hiring across finance.
""",
        "oth_cold": """
I'm a recruiter at a specialist data and analytics agency. Your LinkedIn profile stood out to me for a contract with an insurance client in Leeds. Would you be open to a chat?
Hi {first}, I'm reaching out because I'm recruiting for a fast-growing fintech in Austin that's looking for someone with your background. Have you got 10 minutes this week?
Our consultancy supports several mid-sized firms in Pune and Hyderabad with their hiring. Your profile could be a good fit for a {role} opening; happy to share more details if you're interested.
""",
        "oth_survey": """
You recently went through our hiring process at {company}. Help us improve the candidate experience by completing this three-minute survey.
Your opinion matters! Tell us in a few clicks how your application experience went.
As part of our commitment to quality, we invite you to rate your recent candidate experience. The survey is anonymous.
""",
        "oth_event": """
You're invited to our careers open evening on Thursday the 7th from 6pm. Expect talks about our teams, chances to meet current staff and drinks afterwards.
Come and meet us at the Tech Jobs Fair in Bangalore on the 15th; our team will be at stand 42 all day.
Webinar "Working in the Public Sector": register for our online session on the 19th to learn about our graduate programmes and how we recruit.
""",
        "oth_withdrawn": """
We have processed your request to withdraw your application for the {role} position. Thank you for letting us know, and we wish you all the best.
No problem at all, I've withdrawn your application as requested. Congratulations on the new role, and feel free to reach out again in the future!
""",
    },
    "de": {
        "rej_terse": """
Leider können wir Ihre Bewerbung als {role} nicht berücksichtigen.
Hi {first}, wir gehen mit deiner Bewerbung nicht weiter. Danke dir trotzdem und viel Erfolg!
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch am Dienstag. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit Ihnen nicht fortzusetzen.
Nach Abschluss aller Vorstellungsgespräche müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Erfahrung noch besser zu den Anforderungen der Stelle passt.
Danke, dass du dir Zeit für das Gespräch mit Jonas und mir genommen hast. Wir haben lange diskutiert, werden aber mit jemand anderem weitermachen.
""",
        "rej_final_round": """
Sie waren bis zuletzt in der engeren Auswahl, und die Entscheidung ist uns wirklich nicht leichtgefallen. Am Ende haben wir die Stelle einer Person angeboten, die bereits ein vergleichbares Team geleitet hat, und sie hat zugesagt. Ihre Präsentation hat das ganze Gremium beeindruckt, und wir würden uns freuen, wenn Sie sich bei einer passenden Stelle wieder bei uns melden.
""",
        "rej_feedback": """
Sie hatten um Feedback gebeten: Fachlich hat uns Ihr Profil überzeugt, für die Position fehlt jedoch Erfahrung in der Budgetverantwortung, die hier zentral ist. Aus diesem Grund können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
""",
        "rej_other_profiles": """
Aufgrund der Vielzahl an Bewerbungen haben wir uns entschieden, Kandidatinnen und Kandidaten mit mehrjähriger Branchenerfahrung den Vorzug zu geben. Ihr Dossier können wir daher nicht weiterverfolgen.
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass andere Bewerbungen dem Anforderungsprofil besser entsprechen. Ihre Unterlagen senden wir Ihnen mit diesem Schreiben zurück.
""",
        "rej_position_filled": """
Die Stelle als {role}, auf die Sie sich beworben haben, ist inzwischen besetzt.
SUBJECT: Ihre Bewerbung bei {company} || Wir haben die Position intern nachbesetzt und schließen das Verfahren damit ab. Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.
""",
        "rej_budget_cancelled": """
Aufgrund einer Budgetanpassung wurde die ausgeschriebene Stelle leider gestrichen. Wir müssen das Auswahlverfahren daher beenden und können Ihre Bewerbung nicht weiterverfolgen.
""",
        "rej_reply_followup": """
Danke für Ihre Nachfrage und entschuldigen Sie die lange Funkstille. Wir haben uns bereits letzte Woche für einen anderen Bewerber entschieden, das hätte ich Ihnen früher mitteilen sollen.
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Die Bearbeitung kann bis zu drei Wochen dauern.
""",
        "ack_no_reply_all": """
Leider können wir aufgrund der hohen Anzahl an Bewerbungen nicht jede Zuschrift individuell beantworten. Ihre Bewerbung liegt uns jedoch vor und wird geprüft.
""",
        "ack_delay": """
Wir bedauern, dass sich das Verfahren verzögert. Eine Entscheidung ist noch nicht gefallen, Ihre Bewerbung befindet sich weiterhin in Prüfung.
""",
        "ack_only_if": """
Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen. Wir melden uns nur bei Kandidatinnen und Kandidaten, die wir zu einem Gespräch einladen.
""",
        "ack_incomplete": """
Leider sind Ihre Unterlagen unvollständig: Es fehlen die Arbeitszeugnisse Ihrer letzten beiden Arbeitgeber. Bitte reichen Sie diese bis Freitag über das Bewerberportal nach, damit wir Ihre Bewerbung prüfen können.
""",
        "ack_paused": """
Das Auswahlverfahren für die Stelle ist vorübergehend ausgesetzt. Über Ihre Bewerbung wurde noch nicht entschieden; wir melden uns, sobald es weitergeht.
""",
        "ack_status_change": """
Der Status Ihrer Bewerbung wurde geändert: In Prüfung.
""",
        "inv_call": """
Ihr Profil hat uns neugierig gemacht. Hätten Sie diese Woche Zeit für ein kurzes Telefonat von etwa 20 Minuten? Donnerstag oder Freitag vormittags würde bei uns gut passen.
""",
        "inv_meet": """
Wir möchten Sie gerne persönlich kennenlernen und laden Sie am Mittwoch, den 12., um 10 Uhr in unser Büro in Leipzig ein. Bitte bestätigen Sie den Termin kurz per E-Mail.
""",
        "inv_test": """
Als nächsten Schritt bitten wir dich um eine kleine Fallstudie, die du anschließend dem Team vorstellst. Die Aufgabe findest du im Anhang; sag mir einfach, wann du so weit bist.
""",
        "off_offer": """
Wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag finden Sie im Anhang; bitte senden Sie ihn uns unterschrieben bis zum 20. zurück.
Wir würden uns riesig freuen, dich ab dem 1. im Team zu haben! Die Vertragsunterlagen schicke ich dir heute Nachmittag.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „{role} – Berlin“: 4 passende Stellenangebote wurden in den letzten 24 Stunden veröffentlicht.
""",
        "oth_newsletter": """
Neues aus dem Team: unser neuer Standort in Hamburg, ein Interview mit unserer Entwicklerin Mira und Tipps für Ihr nächstes Videointerview.
""",
        "oth_cold": """
Ich bin Personalberaterin bei einer auf IT spezialisierten Agentur und bin über Ihr Profil gestolpert. Für einen Kunden in München suche ich aktuell eine Person mit Ihrem Hintergrund. Hätten Sie Interesse an einem kurzen Austausch?
""",
    },
    "es": {
        "rej_terse": """
Lamentamos informarte de que tu candidatura para el puesto de {role} no ha sido seleccionada.
Hola {first}, no vamos a seguir adelante con tu candidatura. ¡Gracias y mucha suerte!
""",
        "rej_after_interview": """
Gracias por la entrevista del martes. Tras valorarlo con calma, hemos decidido no continuar el proceso contigo para el puesto de {role}.
Una vez finalizadas las entrevistas, lamentamos comunicarle que hemos optado por otra candidatura cuyo perfil se ajusta más a las necesidades actuales del equipo.
Fue un placer conocerte y charlar con Marta. Aun así, hemos decidido avanzar con otra persona para este puesto.
""",
        "rej_final_round": """
Llegaste hasta la última fase y la decisión fue muy ajustada. Finalmente hemos ofrecido el puesto a otra persona que ya había liderado un proyecto muy parecido, y lo ha aceptado. Al equipo le encantó tu presentación y me encantaría que siguiéramos en contacto para futuras oportunidades.
""",
        "rej_feedback": """
Nos pediste feedback, así que aquí va: técnicamente tu prueba estuvo bien, pero buscábamos más experiencia en trato directo con clientes, que es clave en este rol. Por eso no vamos a continuar con tu candidatura.
""",
        "rej_other_profiles": """
Hemos recibido un gran número de candidaturas y hemos decidido priorizar perfiles con experiencia más directamente relacionada con nuestro sector.
Tras analizar todas las candidaturas, otros perfiles se ajustan mejor a los requisitos del puesto, por lo que no podemos continuar con la suya en esta ocasión.
""",
        "rej_position_filled": """
Te informamos de que la vacante de {role} a la que te inscribiste ya ha sido cubierta.
SUBJECT: Proceso de selección {role} || El proceso de selección ha finalizado con la incorporación de la persona seleccionada. Su candidatura queda archivada en nuestra base de datos.
""",
        "rej_budget_cancelled": """
Por motivos presupuestarios, la dirección ha decidido cancelar esta vacante. Lamentamos tener que cerrar el proceso contigo después del tiempo que le has dedicado.
""",
        "rej_reply_followup": """
Gracias por escribirnos de nuevo y disculpa la demora. Ya elegimos a otra persona la semana pasada; debería habértelo comunicado antes.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará en los próximos días.
Le confirmamos la recepción de su currículum. Puede consultar el estado de su candidatura en el portal del candidato.
""",
        "ack_no_reply_all": """
Lamentablemente, debido al gran volumen de candidaturas, no podemos responder de forma individual a cada persona. Tu candidatura está registrada y será revisada.
""",
        "ack_delay": """
Sentimos el retraso. El proceso se está alargando más de lo previsto y todavía no hemos tomado ninguna decisión; tu candidatura sigue en revisión.
""",
        "ack_only_if": """
Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo. En caso de no recibir respuesta en un plazo de 30 días, entiende que no has sido seleccionado para esta oferta.
""",
        "ack_incomplete": """
Tu candidatura está incompleta: falta adjuntar el título universitario y la carta de presentación. Súbelos al portal antes del día 15 para que podamos valorarla.
""",
        "ack_paused": """
El proceso de selección para este puesto queda temporalmente en pausa. No se ha tomado ninguna decisión sobre tu candidatura y te avisaremos cuando se reanude.
""",
        "ack_status_change": """
El estado de tu candidatura ha cambiado a: En revisión.
""",
        "inv_call": """
Nos ha gustado mucho tu perfil. ¿Te vendría bien una llamada de unos 20 minutos esta semana? Dime qué día te encaja mejor.
""",
        "inv_meet": """
Nos gustaría conocerle en persona. Le proponemos una reunión en nuestras oficinas de Madrid el jueves 14 a las 11:00 con la responsable del área.
""",
        "inv_test": """
El siguiente paso es una prueba técnica online de 60 minutos. Recibirás el enlace en un correo aparte y tendrás cinco días para completarla.
""",
        "off_offer": """
Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la propuesta con las condiciones económicas y la fecha de incorporación prevista.
¡Nos encantaría que te unieras al equipo! Te envío el contrato esta tarde para que lo revises con calma.
""",
        "oth_alert": """
Nuevas ofertas para ti: 6 empleos de {role} en Barcelona coinciden con tu alerta.
""",
        "oth_newsletter": """
Este mes en {company}: abrimos oficina en Valencia, te contamos cómo es un día en el equipo de datos y compartimos consejos para tu próxima entrevista.
""",
        "oth_cold": """
Soy consultora en una agencia de selección especializada en tecnología. He visto tu perfil y creo que podría encajar en un proyecto para un cliente en Sevilla. ¿Te apetece que hablemos?
""",
    },
    "pt": {
        "rej_terse": """
Informamos que a sua candidatura para a função de {role} não foi selecionada.
Oi {first}, não vamos seguir com a sua candidatura neste momento. Obrigado e boa sorte!
""",
        "rej_after_interview": """
Agradecemos a entrevista de terça-feira. Após uma análise cuidada, decidimos não avançar consigo no processo de recrutamento.
Após a conclusão das entrevistas, lamentamos informar que optámos por outro candidato cujo perfil se adequa melhor às necessidades atuais da equipa.
Foi ótimo conversar com você e com o Rafael. Mesmo assim, decidimos seguir com outra pessoa para essa vaga.
""",
        "rej_final_round": """
Você chegou até a etapa final e a decisão foi muito difícil. No fim, oferecemos a vaga a outra pessoa que já tinha liderado um projeto bem parecido, e ela aceitou. O time gostou muito da sua apresentação e adoraríamos manter contato para futuras oportunidades.
""",
        "rej_feedback": """
Como pediu feedback, aqui fica: o seu teste técnico estava bom, mas procurávamos mais experiência em gestão de stakeholders, essencial nesta função. Por esse motivo, não vamos prosseguir com a sua candidatura.
""",
        "rej_other_profiles": """
Recebemos um grande número de candidaturas e optámos por dar prioridade a perfis com experiência mais diretamente ligada ao nosso setor.
Infelizmente, neste momento, o seu perfil não foi selecionado para as próximas etapas, pois outros candidatos atendem melhor aos requisitos da vaga.
""",
        "rej_position_filled": """
Informamos que a vaga de {role} para a qual se candidatou já foi preenchida.
SUBJECT: Processo seletivo encerrado || O processo seletivo para esta vaga foi encerrado com a contratação de outro profissional. Seu currículo permanecerá em nosso banco de talentos.
""",
        "rej_budget_cancelled": """
Por questões orçamentais, a direção decidiu cancelar esta vaga. Lamentamos ter de encerrar o processo consigo depois de todo o tempo que lhe dedicou.
""",
        "rej_reply_followup": """
Obrigada pelo seu contato e desculpe a demora. Já escolhemos outra pessoa na semana passada; eu deveria ter avisado antes.
""",
        "ack_received": """
Recebemos a sua candidatura para a função de {role}. A nossa equipa irá analisá-la nos próximos dias.
Sua candidatura foi recebida com sucesso! Acompanhe o andamento do processo pela área do candidato.
""",
        "ack_no_reply_all": """
Infelizmente, devido ao grande volume de candidaturas, não conseguimos responder individualmente a cada pessoa. A sua candidatura está registada e será analisada.
""",
        "ack_delay": """
Pedimos desculpa pela demora. O processo está a levar mais tempo do que o previsto e ainda não foi tomada nenhuma decisão; a sua candidatura continua em análise.
""",
        "ack_only_if": """
Caso o seu perfil corresponda ao que procuramos, entraremos em contacto. Apenas os candidatos selecionados para entrevista serão contactados.
""",
        "ack_incomplete": """
Sua candidatura está incompleta: falta anexar o diploma e o comprovante de experiência. Envie os documentos pela plataforma até o dia 15 para que possamos avaliá-la.
""",
        "ack_paused": """
O processo seletivo para esta vaga está temporariamente suspenso. Nenhuma decisão foi tomada sobre a sua candidatura e avisaremos assim que for retomado.
""",
        "ack_status_change": """
O status da sua candidatura foi atualizado para: Em análise.
""",
        "inv_call": """
Gostámos muito do seu perfil. Teria disponibilidade para uma chamada de cerca de 20 minutos esta semana? Indique-nos o dia que lhe dá mais jeito.
""",
        "inv_meet": """
Queremos conhecer você pessoalmente! Que tal um bate-papo no nosso escritório em São Paulo na quinta, dia 14, às 10h, com a gestora da área?
""",
        "inv_test": """
A próxima etapa é um teste técnico online de 60 minutos. Você receberá o link em outro e-mail e terá cinco dias para concluir.
""",
        "off_offer": """
Temos o prazer de lhe oferecer a função de {role} na {company}. Segue em anexo a proposta com as condições e a data de início prevista.
Adoraríamos ter você no time! Envio o contrato ainda hoje para você revisar com calma.
""",
        "oth_alert": """
Novas vagas para você: 5 oportunidades de {role} em Lisboa correspondem ao seu alerta.
""",
        "oth_newsletter": """
Este mês na {company}: o novo escritório no Porto, um dia na equipa de dados e dicas para a sua próxima entrevista em vídeo.
""",
        "oth_cold": """
Sou consultor numa agência de recrutamento especializada em tecnologia. Vi o seu perfil e acredito que pode encaixar numa oportunidade para um cliente em Braga. Tem interesse em conversar?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour,",
            "Salut {first},",
            "Cher Alex,",
            "Bonjour M. Rivera,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature.",
            "Merci pour ta candidature au poste de {role}.",
            "Nous vous remercions d'avoir postulé au poste de {role}.",
            "Nous vous remercions de l'intérêt que vous avez manifesté pour l'emploi de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation, et au plaisir de se recroiser !",
            "Nous vous adressons nos meilleurs vœux de succès pour la suite de votre parcours professionnel.",
            "Nous vous souhaitons bonne chance dans vos démarches.",
        ],
        "marketing": [
            "Chez {company}, nous croyons que chaque talent compte. Présents dans 12 villes, nous accompagnons plus de 4 000 clients dans leur transformation numérique.",
            "{company} s'engage pour la diversité et l'inclusion : toutes nos offres sont ouvertes aux personnes en situation de handicap.",
            "Depuis 1962, {company} met son expertise au service des communes et des citoyens, avec des équipes engagées au quotidien.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nService des ressources humaines",
            "À bientôt,\n{sender}",
            "Veuillez agréer nos salutations distinguées.\n{sender}\n{company}",
            "Salutations cordiales,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous pouvez demander la suppression de vos données en écrivant à dpo@exemple-rh.example.",
            "Vous recevez ce courriel car vous avez postulé sur notre site carrières. Se désabonner des notifications.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Votre candidature chez {company}",
            "Candidature : {role}",
            "Suite de votre candidature",
            "{company} – votre postulation",
        ],
        "subject_inv": [
            "Invitation – {role}",
            "Prochaine étape de votre candidature",
            "Proposition de rendez-vous – {company}",
            "Votre candidature au poste de {role}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company}",
            "Votre proposition de contrat",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "Nouvelles offres pour vous",
            "Votre avis nous intéresse",
            "Opportunité {role}",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Candidate,",
            "Dear Mr Rivera,",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for taking the time to apply.",
            "Thanks for applying for the {role} role.",
            "Thank you for your application for the position of {role}.",
            "We appreciate your interest in joining our team.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "All the best with your next steps, and I hope our paths cross again.",
            "We wish you the very best in your future endeavours.",
            "Good luck with your search.",
        ],
        "marketing": [
            "At {company}, we believe great people build great products. With offices in 9 countries, we help more than 3,000 businesses move their data to the cloud.",
            "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.",
            "For over 40 years, {company} has kept communities powered, and our people are at the heart of everything we do.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}",
            "Thanks & Regards,\n{sender}\nHR Team, {company}",
            "Cheers,\n{sender}",
            "Warm regards,\n{sender}\nTalent Acquisition",
        ],
        "footer": [
            "This is an automated message. Please do not reply to this email.",
            "You are receiving this email because you applied for a role at {company}. Manage your notification preferences or unsubscribe.",
            "This email and any attachments are confidential and intended solely for the addressee.",
        ],
        "subject_app": [
            "Your application – {role}",
            "Your application to {company}",
            "{role} application update",
            "Regarding your application",
            "Application: {role}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "Invitation: {role} at {company}",
            "Let's chat about {role}",
            "Your application – next stage",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Welcome to {company}!",
            "Your offer from {company}",
        ],
        "subject_oth": [
            "News from {company}",
            "New jobs for you",
            "How did we do?",
            "Opportunity: {role}",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrter Herr Rivera,",
            "Hallo {first},",
            "Guten Tag {first},",
            "Liebe Bewerberin, lieber Bewerber,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company} und Ihre Bewerbung.",
            "Danke für deine Bewerbung als {role}.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.",
            "Viel Erfolg bei deiner Suche!",
        ],
        "marketing": [
            "{company} entwickelt seit 2009 Software für die Energiewende und beschäftigt heute über 300 Menschen an vier Standorten."
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Freundliche Grüsse\n{sender}\nHR",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
            "Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
        ],
        "subject_inv": ["Einladung zum Kennenlernen – {role}", "Nächster Schritt Ihrer Bewerbung"],
        "subject_off": ["Ihr Vertragsangebot – {role}", "Willkommen bei {company}"],
        "subject_oth": ["Neuigkeiten von {company}", "Neue Jobs für Sie"],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado Alex:",
            "Buenos días, {first}:",
            "Estimado/a candidato/a:",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por presentar tu candidatura.",
            "Le agradecemos el interés mostrado en el puesto de {role}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su futuro profesional.",
        ],
        "marketing": [
            "En {company} impulsamos la transición energética desde 2011, con más de 500 profesionales en España y Latinoamérica."
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas",
            "Saludos cordiales,\n{sender}",
        ],
        "footer": [
            "Este es un mensaje automático, por favor no respondas a este correo.",
            "Puedes ejercer tus derechos de protección de datos escribiendo a privacidad@rrhh-ejemplo.example.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Proceso de selección – {company}",
            "Actualización de tu candidatura",
        ],
        "subject_inv": ["Siguiente paso – {role}", "Te invitamos a conocernos"],
        "subject_off": ["Propuesta de incorporación – {role}", "Bienvenido/a a {company}"],
        "subject_oth": ["Novedades de {company}", "Nuevas ofertas para ti"],
    },
    "pt": {
        "greet": ["Olá {first},", "Caro Alex,", "Prezado(a) candidato(a),", "Bom dia, {first},"],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura.",
            "Obrigado por se candidatar à vaga de {role}.",
        ],
        "wish": ["Desejamos-lhe o maior sucesso profissional.", "Boa sorte na sua jornada!"],
        "marketing": [
            "A {company} transforma negócios com tecnologia desde 2008, com equipas em Lisboa, Porto e São Paulo."
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Abraços,\n{sender}",
            "Atenciosamente,\n{sender}\nEquipe de Recrutamento",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda.",
            "Os seus dados são tratados de acordo com o RGPD / LGPD.",
        ],
        "subject_app": [
            "A sua candidatura – {role}",
            "Processo seletivo – {company}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": ["Próxima etapa – {role}", "Convite para conversarmos"],
        "subject_off": ["Proposta de contratação – {role}", "Bem-vindo(a) à {company}"],
        "subject_oth": ["Novidades da {company}", "Novas vagas para você"],
    },
}

THREAD: dict[str, str] = {
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles concernant la suite du processus ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature, nous l'avons bien reçue et reviendrons vers vous prochainement.\n{sender}\n",
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} role and ask whether there's any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying! We've received your application and will be in touch soon.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung, wir melden uns in Kürze.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería hacer seguimiento de mi candidatura para el puesto de {role}. ¿Hay alguna novedad sobre el proceso?\nGracias,\nAlex\n\n{header2}\nHola Alex:\nHemos recibido tu candidatura y te contactaremos pronto.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nRecebemos a sua candidatura e entraremos em contacto em breve.\n{sender}\n",
}
