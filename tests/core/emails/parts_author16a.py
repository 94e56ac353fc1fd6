# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 16's first training part by an independent author: French job-search mail as it is written in France, Belgium, Switzerland, Quebec, Luxembourg and francophone Africa, in both registers (vous and tu), from the fonction publique and concours juries, collectivités, hôpitaux, universités, associations, PME, grands groupes, cabinets de recrutement, agences d'intérim, start-ups and English ATS notifications translated into French. Its French rejections avoid the stock formula and say the decision through the outcome as a noun, profile-versus-need, the choice of someone else, a recruitment closed, suspended, cancelled or filled, the end after an interview, test, mise en situation or trial period, a jury, a third party, a quiet or hedged line, offered feedback, or a decision buried under company presentation; its acknowledgements are the hard negatives (malheureusement about delays, conditional 'sans réponse de notre part' warnings sent on receipt, data-retention notices, vivier and candidathèque, document requests, en cours d'étude, on hold without decision). A smaller, matching mix in English, German, Spanish and Portuguese completes it."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Groupe Valmontier SA",
    "Centre Hospitalier de Belcourt",
    "Communauté d'agglomération du Val-Brenne",
    "Lumenzo SAS",
    "Atelier Carrouge Sàrl",
    "Fondation Horizons Partagés",
    "Banque Privée Delcroix Luxembourg",
    "Université de Montclair-sur-Loue",
    "Sahelia Distribution SARL",
    "Nordvale Logistique inc.",
    "Cabinet Ravel & Associés",
    "Interpro Intérim",
    "Kelvane Technologies",
)

ROLES: tuple[str, ...] = (
    "Chargé·e de mission RH",
    "Data Analyst",
    "Gestionnaire de paie",
    "Développeur·se back-end",
    "Assistant·e de direction",
    "Chef·fe de projet digital",
    "Comptable fournisseurs",
    "Infirmier·ère en soins généraux",
    "Responsable logistique",
    "Juriste en droit public",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Service des ressources humaines", "rh@{domain}"),
    ("Nathalie Kouassi", "n.kouassi@{domain}"),
    ("Équipe Talents", "no-reply@candidats.talentflow-ats.example"),
    ("Jérôme Vanderlinden", "jerome.vanderlinden@{domain}"),
    ("Direction des ressources humaines", "drh@{domain}"),
    ("Sophie Gagnon", "sophie.gagnon@{domain}"),
    ("Léa (Talent)", "lea@{domain}"),
    ("Notifications candidature", "notifications@jobs.recruitee-like.example"),
    ("Marc-Antoine Rochat", "marc-antoine.rochat@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "fr": {
        "rej_outcome_noun": """
Après un examen attentif de votre dossier par le service concerné, nous sommes au regret de vous informer que votre candidature au poste de {role} a reçu une issue défavorable.
La commission de recrutement s'est réunie le 14 mars dernier et a émis un avis défavorable sur votre candidature au poste de {role}. Cet avis ne remet nullement en cause la qualité de votre parcours.
Nous revenons vers vous au sujet de votre candidature au poste de {role} au sein de {company}. Nous sommes malheureusement contraints de vous apporter une réponse négative.
SUBJECT: Suite réservée à votre candidature || Votre candidature pour le poste de {role} a fait l'objet d'un examen approfondi par nos équipes. Nous avons le regret de vous faire part d'une réponse défavorable.
Suite à votre demande d'emploi reçue le 3 février, la Direction des Ressources Humaines de {company} a le regret de vous notifier la suite défavorable réservée à votre dossier. Nous vous souhaitons plein succès dans vos démarches.
Nous avons terminé l'analyse des candidatures reçues pour l'affichage du poste de {role}. Nous devons malheureusement vous informer que la réponse est négative en ce qui vous concerne.
SUBJECT: Mise à jour du statut de votre candidature || Le statut de votre candidature pour le poste de {role} (réf. 24-0187) est passé à « Clôturée – non retenue ». Vous pouvez consulter l'historique de vos candidatures depuis votre espace candidat.
Votre dossier de candidature au poste de {role} a été examiné le 22 mai. Il a été classé sans suite.
Le résultat de la présélection sur dossier vous est défavorable. Vous ne serez donc pas convié·e aux épreuves suivantes pour ce poste.
Nous tenions à vous informer personnellement de la décision prise concernant votre candidature : elle est défavorable, malgré les nombreux atouts de votre parcours.
Hello {first}, on a bien étudié ta candidature pour le poste de {role} et, on ne va pas tourner autour du pot, la réponse est non pour cette fois.
Par la présente, nous vous informons que votre candidature au poste de {role} n'a pas abouti. Nous vous remercions pour l'intérêt porté à notre établissement.
La décision concernant votre candidature au poste de {role} vient d'être prise par la direction : il s'agit malheureusement d'un refus.
Au terme de la procédure de sélection, la réponse que nous pouvons vous apporter est négative. Nous savons que ce n'est pas la nouvelle que vous espériez.
""",
        "rej_profile_vs_need": """
Votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins actuels de l'équipe, qui recherche une personne déjà rompue à la paie multi-conventions. Nous ne sommes donc pas en mesure de retenir votre candidature.
Pour ce poste, nous recherchions un profil justifiant d'au moins cinq ans d'expérience en pilotage de projets d'infrastructure ; votre parcours, très prometteur, ne répond pas encore à ce critère. Nous ne pouvons donc pas aller plus loin avec vous.
Les compétences attendues portent essentiellement sur le contrôle de gestion industriel, un domaine qui ne ressort pas suffisamment de votre expérience. Nous avons par conséquent décidé de ne pas poursuivre avec votre candidature.
Le poste requiert une maîtrise du néerlandais de niveau C1, indispensable pour travailler au quotidien avec nos partenaires flamands. Votre dossier ne faisant pas état de cette compétence, nous ne pouvons réserver une suite favorable à votre candidature.
Le poste mis au concours nécessite une autorisation de travail valable en Suisse dès l'entrée en fonction. En l'absence de celle-ci, nous ne sommes malheureusement pas en mesure d'entrer en matière sur votre candidature.
Votre parcours présente un écart trop important avec le niveau de séniorité recherché pour ce poste d'encadrement. Nous ne retiendrons donc pas votre candidature.
Ton profil est top, mais pour ce poste on cherche quelqu'un de beaucoup plus orienté infra et Kubernetes. On préfère être honnêtes avec toi : ça ne colle pas pour ce rôle-là.
Après vérification, vous ne remplissez pas les conditions statutaires requises pour ce poste, ouvert aux seuls fonctionnaires titulaires du cadre d'emplois des attachés territoriaux ou lauréats du concours. Votre candidature ne peut donc être retenue.
Après analyse, votre candidature ne répond pas aux exigences minimales de l'affichage (baccalauréat en comptabilité et titre CPA). Par conséquent, elle ne sera pas considérée pour la suite du processus.
Au vu de votre riche expérience, le poste de {role} nous paraît en deçà de vos compétences et de vos attentes légitimes ; nous avons donc fait le choix de ne pas vous le proposer.
Votre diplôme, obtenu hors Union européenne, n'a pas encore fait l'objet d'une autorisation d'exercice. Dans ces conditions, l'établissement ne peut pas donner suite à votre candidature au poste d'{role}.
Ce poste est ouvert exclusivement en alternance et s'adresse à des candidats inscrits dans une formation en contrat d'apprentissage. Votre situation actuelle ne permettant pas ce type de contrat, nous ne pouvons retenir votre candidature.
La maîtrise du luxembourgeois et de l'allemand étant requise pour ce poste en contact direct avec notre clientèle, nous ne sommes pas en mesure de réserver une suite favorable à votre dossier.
Nous cherchons pour ce poste une personne immédiatement opérationnelle sur SAP FI ; votre expérience sur d'autres outils, aussi solide soit-elle, ne nous permet pas de vous retenir.
Nos besoins ont évolué depuis la publication de l'annonce : l'équipe a désormais besoin d'un profil plus technique que le vôtre. Nous préférons donc ne pas poursuivre.
""",
        "rej_someone_else": """
Notre choix s'est porté sur une personne dont l'expérience correspond plus étroitement aux besoins immédiats du service.
Nous avons finalement retenu une candidature interne pour le poste de {role}. Nous tenions à vous en informer sans tarder.
Le poste de {role} a été attribué à un agent en mobilité interne, conformément aux règles de priorité applicables dans notre collectivité.
Une autre personne a accepté notre proposition pour ce poste ; nous clôturons donc le recrutement et votre candidature avec lui.
Nous avons finalement privilégié un candidat disposant d'une expérience significative en milieu hospitalier, un élément déterminant pour ce service de soins.
Merci pour votre intérêt envers {company}. Nous avons décidé d'aller de l'avant avec d'autres candidats dont le profil correspond davantage à nos besoins actuels.
Le choix final s'est joué entre deux profils très proches, et nous avons opté pour l'autre finaliste, dont l'expérience sectorielle a fait la différence.
Nous avons le plaisir d'avoir trouvé notre futur·e {role}, qui prendra ses fonctions le 1er septembre. Vous comprendrez que nous ne pouvons donc pas poursuivre avec vous.
Une collègue déjà en poste dans nos équipes a été nommée sur ce poste à l'issue de l'appel à candidatures interne et externe.
On a trouvé la perle rare pour le poste de {role} ! Ce n'est pas toi cette fois, mais on a vraiment apprécié de découvrir ton parcours.
Nous avons reçu plus de trois cents candidatures pour ce poste et avons retenu une short-list de profils plus proches de nos besoins ; la vôtre n'en fait malheureusement pas partie.
Nous avons comblé le poste de {role} par une personne dont le profil répondait davantage aux exigences du mandat.
Le poste de {role} a été pourvu par un candidat dont le profil s'est révélé plus en adéquation avec les exigences de la fonction.
Nous avons fait le choix d'une candidate disposant déjà d'une expérience du secteur associatif et de la gestion de bénévoles.
Le choix du jury s'est porté sur un lauréat inscrit dans notre réserve de recrutement, qui bénéficiait d'une priorité pour ce poste.
Après mûre réflexion, nous avons proposé le poste à une personne dont les disponibilités coïncidaient avec notre calendrier de démarrage.
""",
        "rej_closed_cancelled": """
Le recrutement du poste de {role} a été suspendu pour une durée indéterminée à la suite d'une réorganisation interne. Nous clôturons par conséquent l'ensemble des candidatures en cours, dont la vôtre.
L'offre de {role} à laquelle vous avez répondu a été retirée. Il n'y aura donc pas de suite donnée aux candidatures reçues.
Le budget de ce poste n'a finalement pas été validé en conseil d'administration ; le poste ne sera pas ouvert et nous mettons fin au processus de recrutement.
SUBJECT: Poste pourvu || Nous vous informons que le poste de {role} pour lequel vous avez postulé est désormais pourvu.
Le jury a déclaré la procédure de recrutement infructueuse. Aucun candidat ne sera nommé sur ce poste à l'issue de cette session, et votre candidature est donc close.
En raison d'un gel des embauches décidé par la direction générale, nous sommes contraints d'annuler le recrutement de {role}. Votre candidature ne pourra malheureusement pas aboutir.
SUBJECT: Offre clôturée || L'offre « {role} » n'est plus disponible. Toutes les candidatures associées à cette offre ont été clôturées par le recruteur.
Le poste de {role} a été supprimé dans le cadre de l'élaboration du budget primitif. Nous sommes donc au regret de mettre un terme à la procédure vous concernant.
Après réflexion, nous avons décidé de ne pas ouvrir ce poste en externe et de le confier à une réorganisation de l'équipe existante. Votre candidature n'ira donc pas plus loin.
Nous vous informons que le concours de recrutement pour l'emploi de {role} a été annulé. Les candidatures reçues ne seront pas traitées.
Le poste mis au concours a été repourvu. Nous vous retournons votre dossier par voie électronique et vous remercions de l'intérêt porté à notre institution.
Le projet pour lequel nous recrutions un·e {role} a été abandonné par notre client. Le poste n'existe donc plus et nous clôturons votre candidature.
Petite mise à jour pas très réjouissante : on a dû geler le recrutement du poste de {role} jusqu'à nouvel ordre. On ferme donc ta candidature, désolé·e de ne pas avoir de meilleure nouvelle.
L'entreprise utilisatrice vient d'annuler la mission pour laquelle nous vous avions positionné·e. Cette mission ne sera pas pourvue par notre agence.
À la suite de la réorganisation de notre département, le poste de {role} ne sera finalement pas pourvu. Nous mettons donc fin à la procédure de sélection.
Ce poste ayant été retiré de notre plan de recrutement pour l'exercice en cours, la procédure est arrêtée et votre candidature ne sera pas examinée plus avant.
""",
        "rej_after_interview": """
Merci pour le temps que vous nous avez consacré lors de notre entretien de jeudi. Nous avons apprécié la qualité de nos échanges, mais avons décidé de poursuivre avec un autre profil.
À l'issue de la série d'entretiens menés la semaine dernière, nous ne retiendrons pas votre candidature pour le poste de {role}.
J'ai tenté de vous joindre par téléphone sans succès, je vous écris donc : suite à notre rencontre du 9 octobre, nous n'avons pas souhaité donner une suite favorable à votre candidature.
Merci encore pour l'échange de mardi avec Julie et moi. On a pris le temps d'en discuter en équipe, et on ne va pas aller plus loin ensemble pour ce poste.
À la suite de votre entrevue du 12 juin, nous vous informons que votre candidature n'a pas été retenue pour la prochaine étape du processus de dotation.
Après votre second entretien avec notre directeur financier, nous avons pris la décision de ne pas vous proposer le poste. Ce choix a été difficile tant les candidats rencontrés étaient de qualité.
Le comité de sélection qui vous a reçu·e le 4 avril a classé d'autres candidats devant vous. Votre candidature n'est donc pas retenue à l'issue de cette étape.
Nos échanges ont fait ressortir un écart entre vos attentes, notamment en matière de télétravail, et ce que le poste peut offrir. Nous avons donc préféré ne pas poursuivre le processus.
Suite à l'entretien que vous avez eu avec notre Directeur Général à Dakar, nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Merci d'avoir participé à l'entretien avec le panel. Après avoir évalué tous les finalistes, nous avons décidé de ne pas avancer avec votre candidature pour ce poste.
Nous avons beaucoup apprécié de vous rencontrer et de découvrir votre parcours. Après délibération, le poste sera proposé à un autre candidat.
SUBJECT: Notre rencontre du 18 novembre || Je reviens vers vous après notre rencontre dans nos locaux de Genève. Nous avons décidé de ne pas vous engager pour ce poste, l'équipe ayant privilégié un profil plus expérimenté en gestion de fortune.
Après l'entretien collectif et les entretiens individuels, nous avons constitué l'équipe d'ouverture du magasin ; vous n'en ferez malheureusement pas partie.
""",
        "rej_after_test": """
Les résultats de l'évaluation technique que vous avez réalisée le 3 mars ne nous permettent pas de poursuivre le processus de recrutement avec vous.
La mise en situation professionnelle organisée dans nos locaux n'a pas été concluante au regard des attendus du poste. Nous mettons donc fin à votre candidature.
Vous n'avez pas atteint le score minimal requis au test de raisonnement en ligne. Conformément à notre procédure, votre candidature ne peut pas être poursuivie.
L'étude de cas que vous nous avez présentée était bien structurée, mais elle n'a pas permis de convaincre le jury sur le volet financier. Nous ne poursuivrons pas avec votre candidature.
Nous vous informons qu'il est mis fin à votre période d'essai à l'issue de votre premier mois de stage, conformément aux dispositions de votre convention. Le stage prendra fin vendredi.
À l'issue de votre stage d'une année, la commission administrative paritaire a émis un avis défavorable à votre titularisation. Vous serez par conséquent licencié·e pour insuffisance professionnelle à l'issue de votre stage.
Votre niveau au test d'anglais (B1) est inférieur au niveau C1 exigé pour ce poste en relation avec nos filiales. Nous ne sommes donc pas en mesure de poursuivre.
Merci pour le take-home ! On l'a relu à trois, et malgré de bonnes idées, la partie tests et la gestion des erreurs n'étaient pas au niveau qu'on attend pour ce poste. On s'arrête donc là pour cette fois.
L'exercice pratique de rédaction d'une note de synthèse n'a pas obtenu la moyenne fixée par le jury. Vous ne serez donc pas convoqué·e à l'entretien final.
Après la journée d'immersion dans le service, l'équipe et la cadre de santé ont estimé que le poste ne vous correspondait pas. Nous ne donnerons pas suite à votre recrutement.
Le résultat obtenu à l'examen de qualification (54 %) est inférieur au seuil de passage fixé à 60 %. Votre candidature ne peut donc être retenue pour la suite du processus.
""",
        "rej_jury": """
Le jury de l'examen professionnel réuni le 20 juin ne vous a pas déclaré·e admissible. Vous pourrez consulter le détail de vos notes dans votre espace candidat.
Nous avons le regret de vous informer que vous ne figurez pas sur la liste des candidats admis à se présenter aux épreuves orales du concours.
La note obtenue à l'épreuve écrite (7,5/20) est inférieure au seuil d'admissibilité fixé souverainement par le jury à 10/20. Vous n'êtes donc pas admissible.
Le jury a arrêté la liste d'aptitude de la session ; votre nom n'y figure pas. Nous vous remercions de votre participation et vous encourageons à vous présenter à une prochaine session.
Le comité de sélection réuni le 28 avril pour le poste de maître de conférences n° 0412 n'a pas retenu votre dossier pour l'audition.
Le jury de sélection vous informe que vous n'avez pas obtenu le minimum requis (12/20) à l'épreuve orale. Vous ne pourrez donc pas être repris·e dans la réserve de lauréats.
La commission de nomination a porté son choix sur une autre personne. Elle vous remercie vivement pour votre candidature et l'intérêt manifesté pour la fonction.
Le comité de sélection a complété l'évaluation des candidatures. Après délibération, il a été décidé de ne pas retenir votre candidature pour le poste de {role}.
Les résultats définitifs du concours de recrutement de {company} ont été proclamés le 15 juillet. Nous avons le regret de vous informer que votre nom ne figure pas sur la liste des candidats admis.
Le bureau de l'association a entériné le choix du jury de recrutement pour le poste de coordinateur·rice. Ce choix ne s'est pas porté sur votre candidature.
Le jury d'admission, après audition des candidats, a classé votre candidature en rang non utile. Vous ne serez donc pas appelé·e à occuper un poste à l'issue de cette session.
Lors de sa séance du 2 février, la commission de recrutement a examiné votre candidature au poste de {role} et n'a pas jugé opportun de vous convier à un entretien.
""",
        "rej_third_party": """
Je reviens vers vous suite à la présentation de votre candidature à mon client pour le poste de {role}. Après étude de votre dossier, il a décidé de ne pas poursuivre.
Mon client m'informe qu'il a finalement choisi de promouvoir un collaborateur en interne. Je suis désolée de ne pas avoir une meilleure nouvelle à vous transmettre.
L'entreprise utilisatrice n'a pas retenu votre profil pour la mission de préparateur·rice de commandes. Nous ne manquerons pas de vous proposer d'autres missions correspondant à vos disponibilités.
Le client final a finalement retenu un autre consultant pour la mission. Nous ne pourrons donc pas vous positionner sur ce projet.
Petit retour du client : ils ont adoré ton énergie, mais ils ont préféré un profil qui a déjà géré une équipe de plus de dix personnes. Ça ne se fera donc pas avec eux.
En tant que cabinet mandaté par {company} pour ce recrutement, il nous revient de vous informer que votre candidature n'a pas été retenue par notre client à l'issue de la phase de présélection.
Le dirigeant que vous avez rencontré avec moi la semaine dernière a tranché en faveur d'une autre personne. Je vous remercie pour la qualité de votre préparation et reste à votre écoute.
L'employeur nous a fait savoir que votre candidature à l'offre de {role} n'a pas été retenue. Votre conseillère reste disponible pour faire le point sur vos prochaines démarches.
Notre client n'entre malheureusement pas en matière pour votre candidature, le poste exigeant une expérience dans l'horlogerie que vous ne possédez pas encore.
La firme que nous représentons a complété son processus de sélection et a retenu une autre candidature. Nous conservons votre profil dans notre base pour de futurs mandats.
Le comité de direction de notre client s'est réuni hier et a fait le choix d'un candidat issu de son propre secteur. Le processus s'arrête donc ici pour vous.
Je vous avais approché·e pour cette opportunité et je vous dois un retour honnête : mon client a décidé de ne pas donner suite, jugeant votre profil trop éloigné de son marché.
""",
        "rej_quiet": """
Nous ne reviendrons pas vers vous concernant ce poste, mais n'hésitez pas à consulter régulièrement nos nouvelles offres.
Nous ne vous proposerons pas de rendez-vous pour le poste de {role}.
Votre candidature ne sera pas transmise au manager recruteur pour ce poste.
Nous ne poursuivrons pas le processus avec vous pour ce poste. Merci d'avoir pris le temps de postuler.
Nous n'envisageons pas de vous rencontrer dans le cadre de ce recrutement.
Nous avons décidé de ne pas vous inviter à l'étape suivante de notre processus de sélection.
Nous ne pourrons pas vous accompagner plus loin dans ce processus.
Votre dossier ne sera pas présenté au comité de sélection.
Nous ne donnerons pas d'autre nouvelle concernant cette candidature, qui est désormais archivée.
""",
        "rej_hedged": """
Sans préjuger de vos qualités, il ne nous semble pas possible, à ce stade, de poursuivre avec votre candidature au poste de {role}.
Nous préférons ne pas aller plus loin pour le moment, tout en restant convaincus que votre parcours trouvera rapidement sa place ailleurs.
Il nous paraît plus juste de ne pas vous faire patienter davantage : nous n'avancerons pas avec votre candidature pour ce poste.
Ce n'est sans doute pas le bon moment pour une collaboration, et nous avons donc choisi de ne pas retenir votre candidature cette fois-ci.
Nous avons longuement hésité, mais nous ne pensons pas être en mesure de vous offrir ce poste dans les conditions qui vous conviendraient. Nous arrêtons donc là notre processus avec vous.
Peut-être nos routes se croiseront-elles à nouveau, mais pour ce poste, nous ne retiendrons pas votre candidature.
Honnêtement, on n'est pas sûrs que ce soit le bon match pour l'instant, alors on préfère ne pas te faire avancer dans le process.
Il est possible que nos besoins évoluent à l'avenir ; pour l'heure, cependant, votre candidature ne pourra pas être retenue.
Sauf changement majeur de nos besoins, que nous n'anticipons pas, nous ne reprendrons pas contact avec vous au sujet de ce poste.
""",
        "rej_with_feedback": """
Nous ne retiendrons pas votre candidature pour ce poste. Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone : il vous suffit de me proposer un créneau.
Voici quelques éléments de retour, en toute transparence : vos connaissances techniques sont solides, mais nous avons manqué d'exemples concrets de gestion de conflit. C'est ce qui a fait pencher la décision en faveur d'un autre profil.
Le jury a souligné la clarté de votre exposé mais a relevé une connaissance insuffisante de l'environnement territorial. Pour cette raison, votre candidature n'est pas retenue. Un entretien de restitution peut vous être proposé sur simple demande.
On ne va pas continuer ensemble sur ce poste, mais je te fais un retour promis : ton exercice était propre, il t'a juste manqué un peu de recul produit. Si tu veux en parler 15 min, écris-moi.
Nous n'irons pas plus loin avec votre candidature. Vous trouverez ci-dessous, à titre indicatif, les points qui ont été appréciés et ceux qui ont pesé dans la décision.
Votre candidature n'a pas été retenue. Conformément à notre charte candidat, vous pouvez demander une restitution écrite de votre évaluation dans un délai d'un mois.
Le retour du manager est très positif sur votre motivation, mais il a jugé votre expérience en management trop récente pour ce poste. Le poste sera donc proposé à quelqu'un d'autre. Je reste disponible pour en discuter.
Je préfère vous expliquer notre décision plutôt que de vous envoyer un message standard : nous avons choisi un profil bilingue, ce qui était finalement un impératif pour l'équipe. Cela n'enlève rien à votre candidature, qui était très solide.
Nous ne donnerons pas une suite favorable à votre candidature. Le comité a toutefois relevé des points forts sur lesquels vous pourrez capitaliser ; ils vous seront communiqués si vous en faites la demande auprès du service RH.
""",
        "rej_buried": """
Chez {company}, nous accompagnons depuis plus de quarante ans les collectivités dans la transition énergétique de leur patrimoine. Présents dans douze régions, nous comptons aujourd'hui plus de 900 collaborateurs et poursuivons une croissance soutenue. Chaque recrutement fait donc l'objet d'une attention particulière. Pour le poste de {role}, nous avons retenu des profils plus proches de nos besoins immédiats. Nous vous invitons à suivre nos actualités et nos prochaines offres sur notre page carrière.
{company} est une entreprise familiale fondée en 1962 à Namur, reconnue pour son savoir-faire dans l'agroalimentaire. Nos valeurs de proximité, d'exigence et de respect guident chacune de nos décisions, y compris en matière de recrutement. C'est dans cet esprit que nous vous informons que votre candidature n'a pas été retenue. Nous vous souhaitons beaucoup de réussite.
Notre fondation agit depuis 1998 en faveur de l'inclusion des jeunes en situation de handicap, au travers de quinze établissements et services. En 2024, nous avons accompagné plus de 2 000 jeunes et leurs familles. Concernant votre candidature, nous avons pris la décision de ne pas la retenir. Vous pouvez soutenir nos actions en devenant bénévole.
Acteur majeur de la distribution en Afrique de l'Ouest, {company} est présente dans sept pays et emploie plus de 3 500 personnes. Notre ambition : rendre les produits de qualité accessibles au plus grand nombre. Dans le cadre de notre recrutement au poste de {role}, votre dossier n'a pas été sélectionné. Nous vous remercions de l'intérêt porté à notre groupe.
Chez {company}, on construit l'outil qui simplifie la vie de 20 000 artisans, on vient de lever 12 M€ et l'équipe a doublé en un an. Bref, ça bouge ! Pour le poste de {role}, on a reçu énormément de candidatures et on a dû faire des choix : on ne va pas avancer avec toi cette fois. Suis-nous sur LinkedIn pour voir les prochaines ouvertures.
Notre CHU, établissement de référence de la région, réunit plus de 8 000 professionnels au service des patients. Nos équipes innovent chaque jour en matière de soins, d'enseignement et de recherche. Votre candidature au poste d'{role} ne correspond pas aux besoins actuels du pôle ; elle ne sera pas retenue. Nous vous encourageons à consulter nos offres sur le site de l'établissement.
Fondée à Lausanne, {company} conçoit des instruments de mesure de précision utilisés dans plus de quarante pays. Notre culture repose sur l'excellence et la collaboration. Après examen attentif de votre dossier, nous avons décidé de ne pas poursuivre votre candidature. Vous pouvez découvrir nos métiers et nos engagements sur notre site.
Avec plus de 150 ans d'histoire au Luxembourg, {company} accompagne ses clients privés et institutionnels avec discrétion et rigueur. Nous investissons chaque année dans le développement de nos talents et la diversité de nos équipes. Votre profil n'a pas été retenu pour ce poste. Nous vous remercions de la confiance témoignée à notre établissement.
Depuis sa création, {company} a fait de l'expérience candidat une priorité, et nous avons à cœur de répondre à chacune des personnes qui nous écrivent. Nos équipes ont étudié votre candidature avec soin : elle n'a pas été retenue pour le poste de {role}. Nous espérons vous retrouver lors de l'un de nos prochains forums emploi.
""",
        "rej_spontaneous": """
Nous avons bien étudié votre candidature spontanée. Aucun poste correspondant à votre profil n'étant à pourvoir actuellement, nous ne sommes pas en mesure d'y donner suite.
Votre candidature spontanée a retenu notre attention, mais nos effectifs sont au complet pour l'année en cours et nous n'envisageons aucun recrutement dans votre domaine. Nous ne pouvons donc y répondre favorablement.
Merci pour ta candidature spontanée ! On n'a pas de poste ouvert qui corresponde à ton profil et on ne prévoit pas d'en ouvrir dans les prochains mois, donc on ne va pas pouvoir y donner suite.
Nous accusons réception de votre demande de stage. Malheureusement, nos capacités d'accueil de stagiaires pour la période demandée sont déjà atteintes et nous ne pourrons pas vous accueillir.
""",
        "ack_received": """
Merci d'avoir postulé chez {company} ! Nous avons bien reçu votre candidature pour le poste de {role}. Notre équipe Talent Acquisition va l'examiner et reviendra vers vous dans les meilleurs délais.
Nous accusons bonne réception de votre dossier de candidature au poste de {role} et vous remercions de l'intérêt que vous portez à notre établissement.
La Direction Générale de {company} accuse réception de votre lettre de demande d'emploi en date du 12 janvier, ainsi que des pièces jointes. Votre dossier sera examiné avec la plus grande attention.
SUBJECT: Accusé de réception – avis de vacance n° 2025-114 || Votre candidature à l'avis de vacance n° 2025-114 a bien été enregistrée. La date limite de dépôt est fixée au 30 septembre ; l'examen des dossiers débutera après cette date.
Nous accusons réception de votre curriculum vitae pour le poste de {role}. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
Yes ! Ta candidature pour le poste de {role} est bien arrivée chez nous. Quelqu'un de l'équipe va la lire (en vrai, un humain) dans les prochains jours.
Votre candidature a été transmise avec succès. Numéro de dossier : CAND-58213. Conservez ce numéro, il vous sera demandé pour toute correspondance.
Nous vous confirmons la réception de votre candidature pour le poste de {role} au sein de nos services. Elle sera étudiée par la commission de recrutement après la clôture de l'appel à candidatures.
Merci pour votre candidature ! Nous sommes ravis que vous souhaitiez rejoindre {company}. Nous prenons le temps de lire chaque candidature avec attention.
Nous avons bien reçu votre inscription au concours externe. Votre convocation aux épreuves écrites vous sera adressée au moins quinze jours avant la date de la première épreuve.
Votre dossier de candidature est complet et a bien été enregistré par le service des ressources humaines. Aucune démarche supplémentaire n'est requise de votre part pour le moment.
Nous accusons réception de votre candidature spontanée. Nous vous remercions de la confiance que vous témoignez à notre entreprise et l'étudierons avec soin.
""",
        "ack_delay": """
Malheureusement, le processus de sélection prend plus de temps que prévu en raison du nombre élevé de candidatures reçues. Nous reviendrons vers vous d'ici la fin du mois.
Nous sommes malheureusement en retard dans le traitement des dossiers pour le poste de {role}. Votre candidature est toujours à l'étude et nous vous prions de bien vouloir nous excuser pour ce délai.
Le jury ne pourra malheureusement se réunir qu'après les congés d'été. Les candidats seront informés de la suite donnée à leur dossier dans le courant du mois de septembre.
Malheureusement, la personne en charge de ce recrutement est absente pour quelques semaines. Votre candidature n'est pas oubliée : nous reprendrons le processus dès son retour.
Désolé pour le silence radio ! Le process a pris du retard de notre côté, mais ta candidature est toujours dans la course. On revient vers toi au plus tard le 15.
Nous tenons à vous informer que, malheureusement, la date de la commission de recrutement a été reportée au 18 novembre. Aucune décision n'a encore été prise concernant les candidatures.
Nous vous prions de nous excuser pour ce délai inhabituel. Malheureusement, la validation du poste par notre siège prend plus de temps que prévu ; nous ne manquerons pas de vous tenir informé·e.
Malheureusement, nous ne sommes pas encore en mesure de vous donner une réponse : les entretiens avec le premier groupe de candidats se poursuivent jusqu'au 28 février.
SUBJECT: Point d'étape sur votre candidature || Nous n'avons malheureusement pas encore de nouvelles à vous transmettre. Le client nous a informés d'un décalage de deux semaines dans son calendrier de décision.
Compte tenu des délais de vérification propres à la fonction publique, votre dossier est malheureusement toujours en attente de l'avis du contrôle financier. Nous reviendrons vers vous dès réception.
""",
        "ack_shortlist_warning": """
Nous avons bien reçu votre candidature. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Merci pour votre candidature au poste de {role}. En raison du volume important de dossiers, seules les candidatures présélectionnées recevront une réponse.
Nous vous remercions de l'intérêt que vous portez à notre organisation. Nous communiquerons uniquement avec les personnes retenues pour la suite du processus.
Votre dossier nous est bien parvenu. Sans nouvelles de notre part d'ici au 30 avril, veuillez considérer que nous n'avons pas pu retenir votre dossier.
Nous accusons réception de votre candidature. Nous ne pouvons malheureusement pas répondre individuellement à chaque candidat ; si votre profil est retenu, vous serez contacté·e par téléphone dans les trois semaines.
Ta candidature est bien arrivée ! On reçoit beaucoup de messages : si tu n'as pas de nouvelles d'ici trois semaines, c'est que ça ne s'est pas fait cette fois.
Votre candidature a été enregistrée. Seuls les candidats dont le profil correspond aux critères de l'offre seront convoqués. Les autres candidats ne recevront pas de réponse individuelle.
Nous confirmons la réception de votre dossier pour le poste de {role}. Faute de réponse de notre part dans un délai de deux mois, votre candidature devra être considérée comme non retenue.
Merci d'avoir postulé. Nous nous efforçons de répondre à tous, mais si vous n'avez pas de retour dans les 30 jours, nous vous remercions de considérer que nous ne pourrons pas donner suite.
Les dossiers reçus seront examinés après la date de clôture. Seuls les candidats présélectionnés seront contactés pour un test écrit ; les dossiers non retenus ne seront pas retournés.
Votre candidature est bien enregistrée. Si aucune convocation ne vous parvient d'ici au 15 mars, c'est que d'autres profils auront été privilégiés.
""",
        "ack_data_retention": """
Conformément au Règlement général sur la protection des données, nous vous informons que les données transmises dans le cadre de votre candidature seront conservées pendant deux ans à compter de notre dernier contact, sauf opposition de votre part.
Vos données personnelles sont traitées par {company} aux seules fins de la gestion de votre candidature. Vous disposez d'un droit d'accès, de rectification et d'effacement que vous pouvez exercer auprès de notre délégué à la protection des données.
Votre compte candidat n'a pas été utilisé depuis 23 mois. Sans connexion de votre part dans les 30 jours, il sera supprimé ainsi que les candidatures associées, conformément à notre politique de confidentialité.
Conformément à la loi fédérale sur la protection des données, votre dossier sera conservé pendant la durée de la procédure, puis détruit, sauf si vous nous autorisez à le garder plus longtemps.
En vertu de la Loi 25 sur la protection des renseignements personnels, nous vous informons que vos renseignements seront conservés pendant douze mois dans notre banque de candidatures, puis détruits de façon sécuritaire.
Nous souhaitons conserver votre CV au-delà de la durée légale afin de pouvoir vous proposer de futures opportunités. Merci de nous indiquer si vous y consentez en cliquant sur le lien ci-dessous. Sans réponse, vos données seront supprimées.
Rappel : les informations relatives à votre candidature sont accessibles uniquement aux personnes en charge du recrutement. Vous pouvez à tout moment retirer votre consentement depuis votre espace candidat.
Dans le cadre de la mise à jour de notre politique de protection des données, nous vous informons que votre candidature reste enregistrée dans notre système et demeure active.
""",
        "ack_pool": """
Votre candidature spontanée a bien été enregistrée dans notre candidathèque. Nos recruteurs la consultent à chaque nouvelle ouverture de poste correspondant à votre profil.
Nous avons ajouté votre profil à notre vivier de talents. Vous serez alerté·e dès qu'une opportunité correspondant à vos compétences sera publiée.
Votre curriculum vitae a été versé dans notre banque de candidatures, où il sera consulté lors des prochaines ouvertures de postes.
Votre candidature au poste de {role} est toujours en cours ; dans l'attente, nous l'avons également partagée avec nos équipes de Lyon et de Bordeaux, qui recrutent sur des postes similaires.
Merci de ton intérêt ! On a ajouté ton profil à notre talent pool, en plus de ta candidature pour le poste de {role} que l'équipe est en train de regarder.
Votre inscription auprès de notre agence est validée. Vous faites désormais partie de nos intérimaires disponibles et serez contacté·e en fonction des missions proposées par nos clients.
Votre dossier a été intégré à notre réserve de candidatures pour l'année 2025. Cette inscription ne préjuge pas de la décision qui sera prise pour le poste auquel vous avez postulé.
Nous avons transmis votre CV à la cellule emploi du Groupe, qui centralise les candidatures pour l'ensemble de nos filiales au Sénégal et en Côte d'Ivoire.
""",
        "ack_documents": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme, une pièce d'identité en cours de validité et votre dernier arrêté de situation administrative.
Votre dossier est incomplet : il manque la lettre de motivation. Nous vous remercions de la déposer sur la plateforme avant le 10 octobre, faute de quoi votre candidature ne pourra pas être examinée.
Pour poursuivre l'étude de votre candidature, pourriez-vous nous faire parvenir l'attestation d'inscription à l'Ordre infirmier ainsi que votre carnet de vaccination à jour ?
Merci de nous envoyer une copie de votre permis de séjour ainsi que vos certificats de travail. Ces documents sont nécessaires à l'examen de votre dossier.
Dans le cadre de l'instruction de votre candidature, nous vous prions de bien vouloir nous transmettre un extrait de casier judiciaire (bulletin n° 3) datant de moins de trois mois.
Petite demande : tu peux nous envoyer ton portfolio ou un lien GitHub ? Ça nous aidera à avancer sur ta candidature.
Pour finaliser votre inscription dans notre agence, merci de nous retourner votre RIB, votre attestation de sécurité sociale et une copie de vos habilitations (CACES).
Nous avons bien reçu votre candidature. Pourriez-vous nous préciser vos prétentions salariales et votre date de disponibilité ? Ces éléments nous permettront de compléter votre dossier.
""",
        "ack_under_review": """
Votre candidature au poste de {role} est actuellement en cours d'étude par nos équipes. Nous reviendrons vers vous dès que possible.
SUBJECT: Votre candidature – statut mis à jour || Le statut de votre candidature est désormais « En cours d'examen ». Vous recevrez une notification à chaque nouvelle étape.
Votre dossier a été transmis au responsable du service concerné, qui procède actuellement à l'analyse des candidatures. Une réponse vous sera apportée après la clôture de l'annonce.
Nous vous informons que votre candidature a passé l'étape de vérification administrative et est désormais soumise à l'examen du comité de sélection.
Ta candidature est entre les mains de l'équipe produit. Ils prennent le temps de tout regarder, tu auras des nouvelles d'ici une dizaine de jours.
Votre candidature est en cours d'analyse. Compte tenu du nombre important de dossiers reçus, l'étude pourra prendre jusqu'à trois semaines.
Nous vous informons que votre profil est actuellement présenté à notre client. Je reviendrai vers vous dès que j'aurai son retour.
Votre candidature a été transférée au poste de {role} au sein de notre site de Liège, qui correspond mieux à votre profil. Elle y sera étudiée dans les prochains jours.
""",
        "ack_on_hold": """
Le recrutement pour le poste de {role} est mis en attente jusqu'à la validation budgétaire de l'exercice. Votre candidature reste active et nous vous recontacterons dès la reprise du processus.
Nous devons malheureusement mettre le processus en pause quelques semaines, le temps que la nouvelle direction prenne ses fonctions. Aucune décision n'a été prise à ce stade concernant les candidatures.
Le processus de recrutement est temporairement suspendu en raison de la période électorale. Il reprendra après l'installation du nouveau conseil municipal, et votre dossier sera alors examiné.
On met le recrutement en stand-by jusqu'à la fin du trimestre, le temps de boucler notre levée de fonds. Ta candidature reste ouverte, on ne t'oublie pas !
Notre client a souhaité reporter sa décision au mois de janvier. Votre candidature reste en lice et je vous tiendrai informé·e de toute évolution.
En attendant la publication de l'arrêté fixant le nombre de postes ouverts, nous ne sommes pas en mesure de poursuivre la procédure. Votre inscription reste valable.
Malheureusement, le poste fait l'objet d'une révision de sa fiche de fonction. Nous reprendrons l'examen des candidatures reçues, dont la vôtre, une fois celle-ci validée.
""",
        "inv_with_word": """
Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer lors d'un entretien le mardi 14 mai à 10 h dans nos locaux. Merci de nous confirmer votre présence.
Nous avons le plaisir de vous convier à une entrevue pour le poste de {role}, d'une durée d'environ 45 minutes, par Teams. Veuillez sélectionner une plage horaire à l'aide du lien ci-dessous.
SUBJECT: Convocation à un entretien || Vous êtes convoqué·e à un entretien devant la commission de recrutement le 3 juin à 14 h 30, Hôtel de Ville, salle 204. Munissez-vous d'une pièce d'identité.
On a adoré ton profil ! Est-ce que tu serais dispo pour un premier entretien en visio cette semaine ? Choisis directement un créneau dans mon agenda.
Suite à votre candidature, je vous propose un entretien téléphonique de 20 minutes afin d'échanger sur votre parcours et sur le poste. Quelles seraient vos disponibilités en début de semaine prochaine ?
Nous avons le plaisir de vous inviter à un second entretien avec Mme Diallo, directrice des opérations, le jeudi 21 mars à 9 h au siège d'Abidjan-Plateau.
Mon client souhaite vous rencontrer pour un entretien. Pouvez-vous me donner deux ou trois créneaux la semaine prochaine ?
Votre dossier a été retenu pour la phase d'entretiens. Vous trouverez ci-joint votre convocation ainsi que le plan d'accès au Centre Hospitalier.
Nous serions heureux de vous accueillir pour un entretien de recrutement à Luxembourg-Kirchberg. Les frais de déplacement vous seront remboursés sur présentation des justificatifs.
Suite à la présélection, le comité de sélection vous invite à un entretien le 28 avril. L'entretien sera précédé d'une présentation de 10 minutes sur le sujet joint.
""",
        "inv_without_word": """
Votre parcours nous intéresse beaucoup. Seriez-vous disponible pour un échange téléphonique jeudi ou vendredi en fin de matinée ?
Nous aimerions faire votre connaissance : pourriez-vous passer nous voir à l'atelier mercredi prochain vers 17 h ?
Dans le cadre de votre candidature, nous vous invitons à réaliser un test en ligne d'environ 40 minutes. Le lien est valable 7 jours.
Vous êtes admissible ! Vous êtes convoqué·e à l'épreuve orale d'admission du concours le 12 octobre à 8 h 45 au centre d'examen de Nantes.
Prochaine étape : une mise en situation d'une demi-journée au sein du service, le 7 février. Merci de nous confirmer votre disponibilité par retour de mail.
Ça te dirait d'aller prendre un café avec Thomas, notre CTO, pour discuter du poste ? Il est dispo mardi ou jeudi près de la gare.
Nous souhaiterions poursuivre le processus avec vous. Voici le lien pour réserver un appel vidéo de 30 minutes avec notre équipe Talent.
Nous vous proposons une journée d'immersion dans notre équipe le 15 mars afin de découvrir le poste et de rencontrer vos futurs collègues.
Votre candidature a été présélectionnée. Vous êtes invité·e à passer les tests écrits le samedi 9 novembre à 8 h au lycée technique de Ouagadougou.
Le jury souhaite vous auditionner le 4 mai à 11 h. L'audition comprendra un exposé de 15 minutes suivi d'un échange avec les membres du comité.
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}, en CDI, à compter du 2 septembre. Vous trouverez ci-joint notre proposition détaillée ; nous vous remercions de nous faire part de votre décision d'ici vendredi.
SUBJECT: Promesse d'embauche || Suite à nos échanges, nous avons le plaisir de vous adresser une promesse d'embauche pour le poste de {role}. Rémunération annuelle brute : 42 000 €, sur 13 mois.
C'est officiel : on aimerait beaucoup t'avoir dans l'équipe ! Tu trouveras la proposition en pièce jointe ; prends le temps de la lire et appelle-moi si tu as des questions.
Nous avons le plaisir de vous confirmer votre engagement en qualité de {role} à 80 % dès le 1er novembre. Le contrat de travail vous parviendra par courrier dans les prochains jours.
Nous avons le plaisir de vous offrir le poste de {role}. Cette offre d'emploi est conditionnelle à la vérification de vos références et de vos antécédents judiciaires.
Nous vous proposons un contrat à durée indéterminée à temps plein en qualité de {role}, avec une entrée en service le 1er mars. Merci de nous retourner l'acceptation signée.
Suite à la décision de l'autorité territoriale, nous avons le plaisir de vous informer que vous êtes recruté·e en qualité de {role} par voie contractuelle pour une durée de trois ans, à compter du 1er juin.
La Direction Générale a le plaisir de vous informer que votre candidature est retenue pour le poste de {role}. Vous êtes prié·e de vous présenter le lundi 6 janvier à 8 h, muni·e de votre lettre d'engagement signée.
Mon client a le plaisir de vous faire une offre ferme pour le poste de {role}. Je vous envoie les détails : package, date de démarrage et télétravail. Appelons-nous pour en discuter.
Nous avons le plaisir de vous proposer une mission d'intérim de trois mois en tant que {role}, à partir de lundi, sur le site de Roissy. Merci de confirmer par retour.
""",
        "oth_alert": """
3 nouvelles offres correspondent à votre alerte « {role} – Lyon et alentours ». Consultez-les dès maintenant avant qu'elles ne soient pourvues.
Votre alerte emploi hebdomadaire : 12 offres publiées cette semaine dans la catégorie Finance / Comptabilité, canton de Vaud.
Nouvelles offres pour vous : {role} (CDI, Bruxelles), Assistant·e RH (CDD, Namur), Chargé·e de recrutement (CDI, Liège).
Des entreprises ont consulté votre profil cette semaine. Mettez votre CV à jour pour augmenter votre visibilité auprès des recruteurs.
De nouveaux postes ont été affichés dans la fonction publique correspondant à vos critères de recherche. Date limite de candidature : 15 avril.
""",
        "oth_newsletter": """
La lettre carrières de {company} – édition de printemps : découvrez nos métiers de la logistique, le témoignage de Fatou, cheffe d'équipe à Thiès, et nos prochaines journées portes ouvertes.
Ce mois-ci dans notre newsletter : comment préparer un entretien en visio, les chiffres de l'emploi cadre et les cinq erreurs à éviter dans une lettre de motivation.
Actualités RH de la Ville : ouverture de la campagne de concours 2026, nouveau dispositif d'apprentissage et retour en images sur le forum des métiers territoriaux.
Inside {company} #14 : notre nouveau bureau à Montréal, l'équipe data qui s'agrandit et le programme de mentorat ouvert à tous.
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil a retenu mon attention. J'accompagne actuellement une PME industrielle en forte croissance qui recrute un·e {role}. Seriez-vous ouvert·e à de nouvelles opportunités ?
Bonjour, je suis consultante au sein du cabinet {company}. J'ai un poste de {role} à pourvoir en Suisse romande qui pourrait vous correspondre. Si le sujet vous intéresse, je vous en dis plus.
Salut, je recrute pour une start-up de la fintech à Paris et ton parcours m'a tapé dans l'œil. Tu es à l'écoute du marché en ce moment ?
Notre agence recherche activement des profils logistique pour des missions longues sur la région lilloise. Inscrivez-vous en ligne ou passez nous voir en agence.
Je vous contacte au sujet d'une mission de direction de transition de six mois à Casablanca. Votre expérience pourrait parfaitement correspondre. Vous êtes disponible ?
""",
        "oth_misc": """
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Votre dossier a été clôturé à votre demande.
Votre avis compte ! Prenez deux minutes pour répondre à notre questionnaire sur votre expérience candidat chez {company}.
Nous prenons acte de votre désistement et vous remercions de nous avoir prévenus. Nous vous souhaitons pleine réussite dans votre nouveau poste.
Rendez-vous au forum emploi de la Métropole le 14 novembre, de 9 h à 17 h : plus de 80 employeurs seront présents. Entrée libre.
Votre mot de passe a été réinitialisé. Si vous n'êtes pas à l'origine de cette demande, contactez notre support candidat.
Merci d'avoir rempli notre questionnaire d'expérience candidat. Vos réponses resteront anonymes et nous aideront à améliorer nos pratiques de recrutement.
""",
    },
    "en": {
        "rej_outcome": """
We have now reviewed your application for the {role} position, and I am sorry to say the outcome is not a positive one on this occasion.
SUBJECT: Your application status has changed || The status of your application for {role} (Req. 24-0187) has been updated to "Not selected". You can view all your applications in the candidate portal.
Unfortunately your application was unsuccessful. We appreciate the time you took to apply and wish you well.
The hiring panel has completed shortlisting for this vacancy and you have not been shortlisted for interview.
""",
        "rej_profile": """
While your background is impressive, the role calls for hands-on experience with regulated clinical data that we could not see in your application, so we will not be moving you forward.
This position requires the right to work in the UK without sponsorship, which we are unable to offer for this role. We are therefore unable to progress your application.
Honestly, your experience is more senior than what this role can offer right now, and we don't think it would be a fair fit for you. We're going to pass on this one.
Our needs for this team have shifted toward a stronger infrastructure focus since we posted the role, and your profile no longer matches what we're looking for.
""",
        "rej_someone_else": """
We have decided to move forward with other candidates whose experience more closely matches our current needs.
After a lot of deliberation, we offered the role to an internal candidate, who has accepted.
The position has now been filled. Thank you for your interest in {company}.
We were lucky to have a very strong pool and have chosen another finalist whose sector experience tipped the balance.
""",
        "rej_closed": """
We have made the difficult decision to put this hire on hold indefinitely following a restructuring, and we are closing all open applications for the role, including yours.
The {role} requisition has been cancelled, so we will not be progressing any applications for it.
Due to a hiring freeze across the business, this role will no longer be recruited, and your application has been closed.
""",
        "rej_after_step": """
Thanks again for meeting with the team on Thursday. We enjoyed the conversation, but we have decided not to proceed to the next stage with your application.
Thank you for completing the technical assessment. Unfortunately your results did not meet the threshold for this role, so we won't be taking your application further.
I wanted to let you know personally that, after your final interview, we won't be extending an offer. Happy to share some feedback on a quick call if that would help.
My client has come back to me after your interview and has decided to go with another candidate. I'm sorry it wasn't better news.
The selection board has completed its assessment and you were not recommended for appointment on this occasion.
""",
        "rej_quiet_hedged": """
We won't be reaching out about next steps for this role, but please keep an eye on our careers page.
At this stage we don't feel it's the right match, so we won't be progressing your application any further.
""",
        "ack_received": """
Thanks for applying to {company}! We've received your application for {role} and our team will review it shortly.
We confirm receipt of your application. Due to the high volume of applications, only shortlisted candidates will be contacted; if you have not heard from us within four weeks, please assume your application has not been successful.
Your application is complete and has been submitted. No further action is needed from you at this time.
""",
        "ack_status": """
Unfortunately our review is taking longer than expected because of the number of applications. We'll be in touch by the end of the month with an update.
Your application is currently under review by the hiring manager. You'll receive an email at every stage.
We're putting this process on pause for a few weeks while budgets are confirmed. No decisions have been made yet and your application remains active.
To continue reviewing your application, could you please send us copies of your degree certificate and a valid form of ID?
We have added your profile to our talent community, in addition to your live application for {role}, which is still being considered.
In line with our privacy policy, we will keep your application data for 12 months. You can request deletion at any time from your candidate account.
Sorry for the radio silence! The team has been heads-down on a launch; your application is still in the running and we'll get back to you next week.
Your profile has been sent to my client and I'm waiting for their feedback. I'll let you know as soon as I hear back.
""",
        "inv_interview": """
We'd love to learn more about you. Could you book a 30-minute video interview with our hiring manager using the link below?
Are you free for a quick chat on Tuesday or Wednesday afternoon? I'd like to tell you more about the role and hear about your background.
As the next step, please complete the online coding exercise within the next five days. It should take about 90 minutes.
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}, starting on 1 September, with a base salary of £48,000. Your formal offer letter is attached.
""",
        "oth_misc": """
5 new jobs match your alert "{role} in London". Apply before they close.
We've processed your request to withdraw your application for {role}. Your application has now been closed.
Hi there, I'm a recruiter with a fast-growing climate-tech company and your profile caught my eye. Would you be open to hearing about a {role} opportunity?
""",
    },
    "de": {
        "rej_outcome": """
Wir haben Ihre Bewerbung als {role} sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass das Ergebnis für Sie negativ ausgefallen ist.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung für die Stelle {role} (Kennziffer 24-0187) wurde auf „Abgeschlossen – nicht berücksichtigt“ geändert.
Nach Abschluss der Vorauswahl teilen wir Ihnen mit, dass Ihre Bewerbung im weiteren Verfahren nicht berücksichtigt werden kann.
Die Auswahlkommission hat sich in ihrer Sitzung vom 14. März gegen Ihre Bewerbung entschieden.
""",
        "rej_profile": """
Ihr Profil ist interessant, entspricht jedoch nicht den aktuellen Anforderungen der Stelle, für die wir fundierte Erfahrung in der Lohnbuchhaltung nach Schweizer Recht voraussetzen. Wir können Ihre Bewerbung daher nicht weiterverfolgen.
Für diese Position sind sehr gute Niederländischkenntnisse zwingend erforderlich. Da diese aus Ihren Unterlagen nicht hervorgehen, können wir Sie im Auswahlverfahren leider nicht weiter berücksichtigen.
Ehrlich gesagt passt dein Profil gerade nicht zu dem, was das Team braucht: Wir suchen jemanden mit deutlich mehr Backend-Erfahrung. Deshalb machen wir an dieser Stelle nicht weiter.
Die ausgeschriebene Stelle ist laufbahnrechtlich Beamtinnen und Beamten des gehobenen Dienstes vorbehalten. Da Sie diese Voraussetzung nicht erfüllen, kann Ihre Bewerbung nicht berücksichtigt werden.
""",
        "rej_someone_else": """
Wir haben uns für eine Kandidatin entschieden, deren Erfahrung noch besser zu den Anforderungen des Teams passt.
Die Stelle wurde intern besetzt. Wir danken Ihnen für Ihr Interesse an {company}.
Die Stelle ist inzwischen vergeben.
Nach reiflicher Überlegung haben wir einem anderen Finalisten den Vorzug gegeben, dessen Branchenkenntnis letztlich den Ausschlag gegeben hat.
""",
        "rej_closed": """
Aufgrund einer internen Umstrukturierung wird die Stelle als {role} vorerst nicht besetzt. Wir schließen daher alle laufenden Bewerbungsverfahren, auch Ihres.
Das Auswahlverfahren wurde aufgehoben, da keine Haushaltsmittel für die Stelle bereitgestellt werden. Ihre Bewerbung ist damit gegenstandslos.
Leider wurde die Stelle gestrichen. Wir werden das Verfahren nicht fortführen.
""",
        "rej_after_step": """
Vielen Dank für das angenehme Gespräch am Donnerstag. Nach Abschluss aller Interviews haben wir uns entschieden, den Prozess mit Ihnen nicht fortzusetzen.
Das Ergebnis Ihres Online-Assessments liegt leider unter der für diese Position erforderlichen Mindestpunktzahl, sodass wir Sie nicht zur nächsten Runde einladen können.
Danke für die Probeaufgabe! Wir haben sie zu dritt angeschaut und uns entschieden, dir kein Angebot zu machen. Wenn du magst, geben wir dir gern ein kurzes Feedback.
Mein Mandant hat sich nach dem zweiten Gespräch für einen anderen Kandidaten entschieden. Ich hätte Ihnen gern Besseres berichtet.
Nach dem Probearbeitstag im Team sind wir zu dem Ergebnis gekommen, dass die Stelle nicht zu Ihnen passt. Wir werden Ihnen daher kein Vertragsangebot unterbreiten.
""",
        "rej_quiet_hedged": """
Wir werden uns bezüglich dieser Stelle nicht mehr bei Ihnen melden, freuen uns aber, wenn Sie unsere Karriereseite weiter verfolgen.
Zum jetzigen Zeitpunkt sehen wir leider keine Möglichkeit, Ihre Bewerbung weiter zu berücksichtigen.
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.
Ihre Bewerbung ist bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass wir uns nur bei Kandidatinnen und Kandidaten melden, die in die engere Auswahl kommen. Sollten Sie innerhalb von vier Wochen nichts von uns hören, gehen Sie bitte davon aus, dass wir Sie nicht berücksichtigen konnten.
Danke, dass du dich bei {company} beworben hast! Deine Bewerbung ist angekommen und wird gerade von unserem Team angeschaut.
""",
        "ack_status": """
Leider verzögert sich das Auswahlverfahren aufgrund der hohen Anzahl an Bewerbungen. Wir melden uns voraussichtlich bis Ende des Monats bei Ihnen.
Ihre Bewerbung befindet sich derzeit in Prüfung durch die Fachabteilung.
Das Verfahren ruht vorübergehend, bis der Stellenplan genehmigt ist. Eine Entscheidung über die Bewerbungen ist noch nicht gefallen.
Damit wir Ihre Bewerbung weiter bearbeiten können, senden Sie uns bitte noch Ihre Arbeitszeugnisse und eine Kopie Ihrer Aufenthaltsbewilligung.
Gemäß Datenschutz-Grundverordnung speichern wir Ihre Bewerbungsunterlagen bis sechs Monate nach Abschluss des Verfahrens und löschen sie anschließend.
Wir haben Ihr Profil zusätzlich in unseren Talentpool aufgenommen. Ihre Bewerbung für die Stelle als {role} wird weiterhin bearbeitet.
Leider ist die zuständige Personalreferentin derzeit erkrankt. Ihre Bewerbung ist nicht vergessen; wir nehmen das Verfahren nach ihrer Rückkehr wieder auf.
Ihr Profil liegt meinem Mandanten vor. Sobald ich eine Rückmeldung habe, melde ich mich bei Ihnen.
""",
        "inv_interview": """
Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, 14. Mai, um 10 Uhr ein.
Hast du diese Woche Zeit für ein kurzes Telefonat? Such dir einfach einen Slot in meinem Kalender aus.
Als nächsten Schritt bitten wir Sie, innerhalb von sieben Tagen einen Online-Test zu absolvieren (Dauer ca. 40 Minuten).
""",
        "off_offer": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Den Arbeitsvertrag sowie alle Details zu Gehalt und Startdatum finden Sie im Anhang.
""",
        "oth_misc": """
Neue Jobs für Ihren Suchauftrag „{role}, Zürich“: 4 passende Stellen wurden heute veröffentlicht.
Wir bestätigen, dass Sie Ihre Bewerbung als {role} zurückgezogen haben. Ihr Bewerbungsverfahren ist damit abgeschlossen.
Guten Tag, ich bin Personalberater und suche für einen Mittelständler im Raum Stuttgart eine/n {role}. Hätten Sie Interesse an einem unverbindlichen Austausch?
""",
    },
    "es": {
        "rej_outcome": """
Hemos revisado con atención tu candidatura para el puesto de {role} y lamentamos comunicarte que el resultado no ha sido favorable.
SUBJECT: Actualización del estado de tu candidatura || El estado de tu candidatura para {role} (ref. 24-0187) ha cambiado a «Descartada». Puedes consultar el historial en tu área de candidato.
Una vez finalizada la fase de preselección, le informamos de que su candidatura no continuará en el proceso.
El tribunal calificador ha publicado la relación de aprobados del primer ejercicio y su nombre no figura en ella.
""",
        "rej_profile": """
Aunque su perfil es interesante, el puesto requiere experiencia previa en auditoría de entidades financieras que no hemos podido apreciar en su currículum, por lo que no podemos seguir adelante con su candidatura.
Para esta posición es imprescindible contar con permiso de trabajo vigente en España. Al no cumplirse este requisito, no es posible continuar con el proceso.
Te seremos sinceros: buscamos a alguien con bastante más experiencia en backend, así que para este rol no vamos a avanzar contigo.
Nuestras necesidades han cambiado desde que publicamos la oferta y ahora buscamos un perfil más técnico que el tuyo. Por ello no vamos a continuar con tu candidatura.
""",
        "rej_someone_else": """
Hemos decidido avanzar con otros candidatos cuyo perfil se ajusta más a nuestras necesidades actuales.
La vacante ha sido cubierta mediante promoción interna. Gracias por tu interés en {company}.
El puesto ya ha sido cubierto.
Tras mucho deliberar, nos hemos decantado por otra finalista cuya experiencia en el sector ha marcado la diferencia.
""",
        "rej_closed": """
Debido a una reestructuración interna, el proceso de selección para el puesto de {role} queda suspendido sin fecha y cerramos todas las candidaturas en curso, incluida la tuya.
La oferta ha sido retirada y no se continuará con el proceso de selección.
Por una congelación de contrataciones, el puesto no se va a cubrir finalmente. Damos por cerrado el proceso.
""",
        "rej_after_step": """
Gracias por la entrevista del jueves; disfrutamos mucho de la conversación. Sin embargo, hemos decidido no seguir adelante con tu candidatura en las siguientes fases.
Los resultados de la prueba técnica no alcanzan la puntuación mínima exigida para este puesto, por lo que no podremos continuar el proceso con usted.
Mi cliente me ha trasladado que, después de la segunda entrevista, ha optado por otro candidato. Siento no traerte mejores noticias.
Tras la entrevista final quería decírtelo personalmente: no vamos a hacerte una oferta. Si te sirve, te cuento con gusto en una llamada breve qué ha pesado en la decisión.
Después del día de prueba con el equipo, hemos llegado a la conclusión de que el puesto no encaja contigo y no te haremos una propuesta.
""",
        "rej_quiet_hedged": """
No volveremos a ponernos en contacto contigo en relación con este puesto, pero te animamos a seguir nuestras ofertas.
Por el momento no vemos posible continuar con su candidatura para este puesto.
""",
        "ack_received": """
¡Gracias por postularte en {company}! Hemos recibido tu candidatura para {role} y nuestro equipo la revisará en breve.
Confirmamos la recepción de su candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas; si no recibe noticias en cuatro semanas, entienda que su candidatura no ha sido seleccionada.
Acusamos recibo de su solicitud de admisión a las pruebas selectivas. La lista provisional de admitidos se publicará en el tablón de anuncios.
""",
        "ack_status": """
Lamentablemente, el proceso se está alargando más de lo previsto por el gran volumen de candidaturas. Te escribiremos antes de final de mes.
Tu candidatura está siendo revisada por el responsable del área.
Hemos puesto el proceso en pausa unas semanas mientras se aprueba el presupuesto. Todavía no se ha tomado ninguna decisión y tu candidatura sigue activa.
Para continuar con el estudio de tu candidatura, ¿podrías enviarnos una copia de tu título y tu DNI o NIE?
Conforme al RGPD, conservaremos tus datos durante un año para futuros procesos. Puedes ejercer tus derechos en cualquier momento desde tu perfil.
Hemos incorporado tu perfil a nuestra bolsa de talento, además de tu candidatura para {role}, que sigue en estudio.
Sentimos el silencio: el equipo ha estado con un lanzamiento, pero tu candidatura sigue en el proceso y te escribimos la semana que viene.
Tu perfil ya está en manos de mi cliente. En cuanto tenga su respuesta, te aviso.
""",
        "inv_interview": """
Nos gustaría conocerte. ¿Podrías reservar una entrevista por videollamada de 30 minutos a través del enlace siguiente?
¿Tendrías un rato el martes o el miércoles para una llamada rápida y contarte más sobre el puesto?
Como siguiente paso, le rogamos que realice una prueba en línea en los próximos cinco días. Duración aproximada: 45 minutos.
""",
        "off_offer": """
Nos complace ofrecerte el puesto de {role} en {company}, con incorporación el 1 de septiembre y un salario bruto anual de 38.000 €. Adjuntamos la carta de oferta con todos los detalles.
""",
        "oth_misc": """
6 nuevas ofertas coinciden con tu alerta «{role} en Madrid». Postúlate antes de que se cierren.
Hemos registrado tu solicitud de retirar la candidatura para {role}. El proceso queda cerrado.
Hola, soy headhunter y estoy buscando un/a {role} para una empresa tecnológica en Barcelona. ¿Te interesaría que habláramos?
""",
    },
    "pt": {
        "rej_outcome": """
Analisámos com atenção a sua candidatura para a função de {role} e lamentamos informar que o resultado não foi favorável.
SUBJECT: Atualização do estado da sua candidatura || O estado da sua candidatura para {role} (ref. 24-0187) foi alterado para «Não selecionada». Pode consultar o histórico na sua área de candidato.
Concluída a fase de triagem, informamos que a sua candidatura não seguirá para as próximas etapas do processo.
O júri do procedimento concursal publicou a lista de ordenação final e o seu nome não consta entre os candidatos aprovados.
""",
        "rej_profile": """
Embora o seu percurso seja interessante, a função exige experiência comprovada em auditoria bancária, que não identificámos no seu currículo. Por isso, não vamos avançar com a sua candidatura.
Para esta vaga é indispensável ter autorização de residência válida em Portugal. Não se verificando este requisito, não podemos dar continuidade ao processo.
Vou ser sincero: estamos à procura de alguém com bem mais experiência em back-end, então para essa vaga a gente não vai seguir com você.
As nossas necessidades mudaram desde a publicação do anúncio e procuramos agora um perfil mais técnico. Assim, não daremos seguimento à sua candidatura.
""",
        "rej_someone_else": """
Decidimos avançar com outros candidatos cujo perfil está mais alinhado com as nossas necessidades atuais.
A vaga foi preenchida internamente. Agradecemos o seu interesse na {company}.
A vaga já foi preenchida.
Depois de muita reflexão, optámos por outra finalista, cuja experiência no setor fez a diferença.
""",
        "rej_closed": """
Devido a uma reestruturação interna, o recrutamento para {role} foi suspenso sem data prevista e encerramos todas as candidaturas em curso, incluindo a sua.
A vaga foi cancelada e o processo seletivo não terá continuidade.
Com o congelamento das contratações, a posição não será mais aberta. Por isso, estamos encerrando o processo.
""",
        "rej_after_step": """
Obrigado pela entrevista de quinta-feira; gostámos muito da conversa. Ainda assim, decidimos não prosseguir com a sua candidatura para a próxima fase.
O resultado do teste técnico ficou abaixo da pontuação mínima exigida para esta função, pelo que não poderemos continuar o processo consigo.
O meu cliente informou-me que, após a segunda entrevista, optou por outro candidato. Lamento não trazer melhores notícias.
Depois da entrevista final, queria te avisar pessoalmente: não vamos fazer uma proposta. Se ajudar, posso te dar um feedback rápido por telefone.
Após o dia de experiência com a equipa, concluímos que a função não se adequa ao seu perfil e não lhe apresentaremos proposta.
""",
        "rej_quiet_hedged": """
Não voltaremos a entrar em contacto relativamente a esta vaga, mas convidamo-lo a acompanhar as nossas oportunidades.
Neste momento não vemos possibilidade de dar continuidade à sua candidatura para esta função.
""",
        "ack_received": """
Obrigado por se candidatar à {company}! Recebemos a sua candidatura para {role} e a nossa equipa vai analisá-la em breve.
Confirmamos a receção da sua candidatura. Devido ao elevado número de candidaturas, apenas os candidatos pré-selecionados serão contactados; caso não receba notícias em quatro semanas, considere que a sua candidatura não foi selecionada.
Recebemos a sua inscrição no processo seletivo. A lista de candidatos admitidos será publicada no portal até ao dia 15.
""",
        "ack_status": """
Infelizmente, o processo está a demorar mais do que o previsto devido ao elevado número de candidaturas. Daremos notícias até ao final do mês.
A sua candidatura está em análise pelo responsável da área.
Colocámos o processo em pausa por algumas semanas enquanto o orçamento é aprovado. Ainda não foi tomada nenhuma decisão e a sua candidatura continua ativa.
Para continuarmos a análise da sua candidatura, pode enviar-nos uma cópia do seu certificado de habilitações e do cartão de cidadão?
Nos termos do RGPD, conservaremos os seus dados durante um ano para futuros processos. Pode exercer os seus direitos a qualquer momento.
Adicionámos o seu perfil ao nosso banco de talentos, além da sua candidatura para {role}, que continua em análise.
Desculpa a demora! O time esteve focado num lançamento, mas sua candidatura continua no processo e a gente te responde na semana que vem.
O seu perfil já foi apresentado ao meu cliente. Assim que tiver retorno, informo-o.
""",
        "inv_interview": """
Gostaríamos de o conhecer melhor. Pode marcar uma entrevista por videochamada de 30 minutos através do link abaixo?
Você teria um tempinho na terça ou quarta para uma conversa rápida sobre a vaga?
Como próximo passo, pedimos que realize um teste online nos próximos cinco dias. Duração aproximada: 45 minutos.
""",
        "off_offer": """
Temos o prazer de lhe propor a função de {role} na {company}, com início a 1 de setembro e remuneração base anual de 32.000 €. Segue em anexo a carta de proposta com todos os detalhes.
""",
        "oth_misc": """
5 novas vagas correspondem ao seu alerta «{role} em Lisboa». Candidate-se antes que fechem.
Registámos o seu pedido de retirada da candidatura para {role}. O processo foi encerrado.
Olá, sou recrutadora e estou buscando um(a) {role} para uma empresa de tecnologia em São Paulo. Teria interesse em conversar?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher {first},",
            "Bonjour,",
            "Salut {first} !",
            "Monsieur,",
            "Bonjour Monsieur Rivera,",
            "Hello {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature au poste de {role}.",
            "Merci d'avoir postulé au poste de {role}.",
            "Nous avons bien pris connaissance de votre candidature et vous en remercions.",
            "Merci pour ta candidature et pour l'intérêt que tu portes à {company} !",
            "Nous vous remercions pour votre candidature au poste de {role} et pour la confiance que vous nous témoignez.",
            "Nous avons été sensibles à l'intérêt que vous manifestez pour notre établissement.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans la suite de vos recherches.",
            "Nous vous souhaitons bonne chance dans vos démarches professionnelles.",
            "Bonne continuation, et au plaisir de recroiser ta route !",
            "Nous formons nos meilleurs vœux pour la suite de votre parcours.",
            "Nous vous souhaitons plein succès dans la concrétisation de votre projet professionnel.",
            "Nous espérons avoir l'occasion d'examiner à nouveau votre candidature à l'avenir.",
        ],
        "marketing": [
            "{company} en quelques chiffres : 1 200 collaborateurs, 14 sites en France et en Belgique, et une ambition partagée, construire une logistique plus durable.",
            "Rejoindre {company}, c'est intégrer une équipe engagée au service du public, dans un environnement de travail stable et porteur de sens.",
            "Depuis 2015, {company} aide les PME à piloter leurs données. Nous sommes 80, répartis entre Paris, Montréal et Dakar, et nous recrutons toute l'année.",
            "Établissement de santé de référence, notre hôpital place la qualité des soins et la qualité de vie au travail au cœur de son projet.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nService des ressources humaines",
            "Cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender}",
            "Meilleures salutations,\n{sender}",
            "Salutations distinguées,\n{sender}\nDirection des Ressources Humaines",
            "Bien à vous,\n{sender}",
            "À bientôt,\n{sender} pour l'équipe {company}",
            "Au plaisir,\n{sender}\nConseillère en acquisition de talents",
            "Pour le Directeur Général et par délégation,\n{sender}",
        ],
        "footer": [
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous pouvez exercer vos droits d'accès, de rectification et d'effacement de vos données depuis votre espace candidat.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
            "{company} – Société par actions simplifiée au capital de 150 000 € – RCS Lyon.",
            "Pour ne plus recevoir nos communications, cliquez sur « se désabonner ».",
            "Avant d'imprimer ce courriel, pensez à l'environnement.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature – {role}",
            "Suite à votre candidature",
            "{company} – votre candidature",
            "Réf. {role} – réponse à votre candidature",
            "Votre dossier de candidature",
            "Concernant ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation – {role}",
            "Prochaine étape de votre candidature",
            "Convocation – {role}",
            "On aimerait te rencontrer !",
            "Votre candidature chez {company} : prochaine étape",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre proposition de contrat",
            "Bienvenue chez {company} !",
            "Offre d'emploi – {role}",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Nouvelles offres pour vous",
            "Une opportunité qui pourrait vous intéresser",
            "Votre avis nous intéresse",
            "Information",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Candidate,",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for applying for the {role} role.",
            "Thanks for taking the time to apply.",
            "We appreciate the time you invested in your application.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "We hope our paths cross again in the future.",
        ],
        "marketing": [
            "At {company}, we build tools that help 5,000 hospitals run more smoothly, and we're growing fast across Europe.",
            "{company} is a certified B Corp with offices in London, Dublin and Toronto, committed to inclusive hiring.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition",
            "Thanks,\n{sender}",
            "All the best,\n{sender}, {company}",
        ],
        "footer": [
            "This is an automated message; please do not reply.",
            "You are receiving this email because you applied for a position at {company}. Manage your preferences in the candidate portal.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application",
            "{company}: your application",
            "Thank you for applying",
        ],
        "subject_inv": ["Interview invitation: {role}", "Next steps with {company}", "Let's chat!"],
        "subject_off": ["Your offer from {company}", "Offer of employment: {role}"],
        "subject_oth": [
            "New jobs for you",
            "A quick note from {company}",
            "An opportunity you might like",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrter Herr Rivera,",
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte Damen und Herren,",
            "Liebe/r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company} und Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei uns beworben hast.",
            "Wir bedanken uns für das uns entgegengebrachte Vertrauen.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei der weiteren Suche!",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bewerben.",
        ],
        "marketing": [
            "{company} ist ein familiengeführtes Unternehmen mit über 600 Mitarbeitenden an fünf Standorten in Deutschland, Österreich und der Schweiz.",
            "Bei {company} entwickeln wir Software für die Energiewende – mit flachen Hierarchien und viel Raum für Eigenverantwortung.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüsse\n{sender}\nHuman Resources",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}, {company}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zum Umgang mit Ihren Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Eingangsbestätigung",
        ],
        "subject_inv": [
            "Einladung zum Gespräch – {role}",
            "Nächste Schritte",
            "Lass uns sprechen!",
        ],
        "subject_off": ["Ihr Vertragsangebot", "Angebot: {role} bei {company}"],
        "subject_oth": [
            "Neue Stellen für Sie",
            "Eine Gelegenheit für Sie",
            "Information zu Ihrer Bewerbung",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado {first}:",
            "Estimado/a candidato/a:",
            "Buenos días, {first}:",
            "Hola, {first}",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por presentar tu candidatura para el puesto de {role}.",
            "Le agradecemos el tiempo dedicado a su candidatura.",
            "¡Gracias por postularte!",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos éxito en sus próximos pasos profesionales.",
            "Esperamos volver a coincidir en el futuro.",
        ],
        "marketing": [
            "En {company} trabajamos desde 1998 para que la logística sea más sostenible; hoy somos más de 900 personas en España y Latinoamérica.",
            "{company} es una startup de salud digital con oficinas en Madrid, Ciudad de México y Bogotá.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas",
            "Saludos cordiales,\n{sender}",
            "¡Un abrazo!\n{sender}",
        ],
        "footer": [
            "Este es un mensaje automático; por favor, no respondas a este correo.",
            "Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Actualización de tu candidatura",
            "{company}: tu candidatura",
            "Proceso de selección {role}",
        ],
        "subject_inv": ["Invitación a entrevista: {role}", "Siguientes pasos", "¿Hablamos?"],
        "subject_off": ["Tu oferta de {company}", "Propuesta de incorporación: {role}"],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Una oportunidad que puede interesarte",
            "Información",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro {first},",
            "Exmo. Senhor,",
            "Prezado candidato,",
            "Oi, {first}!",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura para a função de {role}.",
            "Obrigado por se ter candidatado.",
            "Agradecemos o tempo que dedicou ao processo.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Boa sorte na sua procura!",
            "Esperamos voltar a cruzar-nos no futuro.",
        ],
        "marketing": [
            "A {company} conta com mais de 700 colaboradores em Portugal, Brasil e Angola e continua a crescer.",
            "Na {company}, desenvolvemos soluções de energia renovável com equipas diversas e multidisciplinares.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\nRecursos Humanos",
            "Abraço,\n{sender}",
            "Cumprimentos,\n{sender}, {company}",
        ],
        "footer": [
            "Esta é uma mensagem automática; por favor, não responda.",
            "Os seus dados pessoais são tratados de acordo com o RGPD e a nossa política de privacidade.",
        ],
        "subject_app": [
            "A sua candidatura para {role}",
            "Atualização da sua candidatura",
            "{company}: candidatura",
            "Processo de recrutamento {role}",
        ],
        "subject_inv": ["Convite para entrevista: {role}", "Próximos passos", "Vamos conversar?"],
        "subject_off": ["A sua proposta da {company}", "Proposta de contratação: {role}"],
        "subject_oth": ["Novas vagas para si", "Uma oportunidade para si", "Informação"],
    },
}

THREAD: dict[str, str] = {
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée il y a trois semaines. Pourriez-vous me dire où en est le processus ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour {first},\nMerci pour votre candidature au poste de {role}. Nous l'avons bien reçue et reviendrons vers vous prochainement.\nCordialement,\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for the {role} role. Is there any update on the timeline?\nThanks,\nAlex\n\n{header2}\nHi {first},\nThanks for applying for {role}. We've received your application and will be in touch.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nach dem Stand meiner Bewerbung als {role} fragen.\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo {first},\nvielen Dank für Ihre Bewerbung als {role}. Wir melden uns in Kürze.\nBeste Grüße\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería preguntar por el estado de mi candidatura para {role}.\nGracias,\nAlex Rivera\n\n{header2}\nHola {first}:\nGracias por tu candidatura para {role}. La hemos recibido y te escribiremos pronto.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber em que ponto está a minha candidatura para {role}.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá {first},\nObrigado pela sua candidatura para {role}. Recebemo-la e daremos notícias em breve.\nCumprimentos,\n{sender}\n",
}
