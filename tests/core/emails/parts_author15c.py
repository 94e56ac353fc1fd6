# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 15's third training part by an independent author: French and German rejections in all their registers, beside the receipts that sound like them.

French (France, Belgium, Switzerland, Quebec, Luxembourg; vous and tu) and German (Germany,
Austria, Switzerland; Sie and du; gender-inclusive spellings) passages from public bodies with
"concours" and "Rechtsbehelfsbelehrung", associations, PME and Mittelstand, large groups, law
firms and start-ups. Rejections vary the decision's wording (not retained, not pursued, another
profile preferred, the choice fell elsewhere, position filled or cancelled, after interview,
tests or a trial day, formal notices with legal remedies, two-liners, decisions buried under a
company paragraph, replies to the candidate's question). Acknowledgements are long formal
receipts with data-protection paragraphs, status updates, delays told with "malheureusement" /
"leider", reserve lists and requests for documents. Other mails are newsletters, job alerts,
events, candidate surveys and confirmed withdrawals. English, Spanish and Portuguese use the
same family keys with fewer passages.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Boréalis Conseil",
    "Maison Vercoutre",
    "Atelier Lumenor",
    "Brunnhuber Armaturen",
    "Kessler & Lindqvist Rechtsanwälte",
    "Tourplan Digital",
    "Velora Mobility",
    "Solvence Santé",
    "Caldeira Logística",
    "Nordhafen Systems",
    "Fundación Ribera Viva",
)

ROLES: tuple[str, ...] = (
    "chargé·e de projet",
    "Sachbearbeiter*in Personal",
    "Data Analyst",
    "juriste en droit social",
    "Werkstudent:in Marketing",
    "Product Designer",
    "responsable administratif et financier",
    "Softwareentwickler (m/w/d)",
    "Customer Success Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Service des ressources humaines", "rh@{domain}"),
    ("Jana Wiesinger", "jana.wiesinger@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Talent Team", "jobs@{domain}"),
    ("Karriere-Portal", "no-reply@bewerbung.jobvista-ats.example"),
    ("Équipe Talents", "ne-pas-repondre@candidats.recrutal.example"),
    ("Lucía Ferrer", "lucia.ferrer@{domain}"),
    ("Mariana Teixeira", "mariana.teixeira@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "fr": {
        "rej_not_retained": """
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Nous avons bien examiné votre candidature pour le poste de {role} ; malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.
SUBJECT: Suite donnée à votre candidature – {role} || Nous avons le regret de vous faire savoir que nous ne donnerons pas suite à votre candidature, votre profil ne correspondant pas entièrement aux exigences du poste de {role}.
Votre candidature a retenu toute notre attention. Néanmoins, après examen, elle n'a pas été retenue pour la suite du processus de recrutement.
Malgré l'intérêt de votre parcours, nous ne pouvons pas répondre favorablement à votre demande pour le poste de {role} chez {company}.
Merci d'avoir postulé chez nous ! On a lu ta candidature avec attention, mais on a décidé de ne pas aller plus loin avec toi pour le poste de {role}.
Nous avons bien reçu votre candidature pour le poste de {role} et vous remercions de l'intérêt manifesté. Après analyse, nous vous informons que votre candidature n'a pas été retenue pour la présente affectation.
Nous avons pris connaissance de votre candidature avec intérêt. Nous devons toutefois vous informer que nous ne pourrons pas la prendre en considération dans le cadre de la fonction de {role}.
Votre dossier ne sera pas poursuivi dans le cadre de ce recrutement. Nous conservons cependant vos coordonnées dans notre base de candidats pendant deux ans, sauf opposition de votre part.
""",
        "rej_other_profile": """
Nous avons reçu de nombreuses candidatures de grande qualité et avons finalement choisi un profil dont l'expérience correspond plus précisément aux besoins actuels de l'équipe.
Notre choix s'est porté sur une autre personne dont le parcours est plus proche des attentes du poste de {role}.
Après pas mal d'hésitations, on a choisi quelqu'un d'autre pour le poste de {role}, qui avait déjà une expérience très proche de ce qu'on fait au quotidien.
Le poste de {role} a suscité un grand nombre de candidatures et nous avons dû faire des choix difficiles : nous avons privilégié des profils disposant d'une expérience plus approfondie dans notre secteur.
Nous avons le regret de vous informer que nous avons donné la préférence à une candidature interne pour ce poste.
Nous avons décidé de poursuivre le processus avec d'autres candidates et candidats dont le profil correspond davantage à nos critères.
Nous tenons à vous informer que nous avons arrêté notre choix sur une autre candidature. Nous vous remercions sincèrement du temps consacré à votre démarche.
""",
        "rej_after_interview": """
Nous vous remercions pour l'entretien que vous nous avez accordé la semaine dernière. Après réflexion, nous avons décidé de ne pas poursuivre avec votre candidature.
Suite à notre entretien du 14 mars, nous sommes au regret de vous annoncer que nous ne retiendrons pas votre candidature pour le poste de {role}. Vos échanges avec l'équipe ont pourtant été très appréciés.
Merci encore pour ton temps lors de l'entretien avec l'équipe produit. On a eu une vraie bonne discussion, mais on ne va pas donner suite : on cherche quelqu'un avec plus d'expérience en management.
Le jury qui vous a reçu(e) en entretien a émis un avis défavorable à votre recrutement. Nous vous remercions de votre participation.
À l'issue des entretiens finaux, nous avons le regret de vous informer que notre choix ne s'est pas porté sur vous. La décision a été difficile tant les profils rencontrés étaient solides.
Nous revenons vers vous après votre entretien avec {sender_first} et la responsable du service. Nous ne pourrons malheureusement pas vous proposer le poste.
À la suite de votre entrevue dans nos bureaux du Kirchberg, le comité de sélection a décidé de ne pas retenir votre candidature pour cette fonction.
""",
        "rej_after_tests": """
Nous vous remercions d'avoir complété les tests en ligne. Au regard de vos résultats, nous ne sommes pas en mesure de poursuivre le processus avec vous.
Merci pour votre participation à la journée d'immersion dans notre atelier. Nous avons apprécié votre implication, mais nous avons décidé de ne pas aller plus loin.
Suite à l'étude de cas que vous nous avez remise, l'équipe a conclu que votre candidature ne passerait pas à l'étape suivante.
Merci d'avoir pris le temps de faire l'exercice technique. On l'a relu à plusieurs, et on a décidé de ne pas continuer le process avec toi cette fois-ci.
Vous avez participé à notre centre d'évaluation le 3 juin. Nous vous informons que le processus de recrutement s'arrête ici pour vous.
""",
        "rej_position_closed": """
Nous vous informons que le poste de {role} a été pourvu. Nous ne sommes donc plus en mesure de donner suite à votre candidature.
Le recrutement pour le poste de {role} a été suspendu à la suite d'une réorganisation interne. Nous clôturons donc votre candidature.
Le processus de dotation pour ce poste est maintenant terminé et le poste a été comblé. Votre candidature ne sera pas considérée davantage.
L'offre à laquelle vous avez répondu n'est plus d'actualité : le poste a été supprimé du budget de cette année. Nous sommes désolés de ne pas pouvoir aller plus loin.
Faute de financement confirmé, notre association a dû renoncer à ouvrir le poste de {role}. Nous ne pourrons donc pas donner suite à votre candidature, et nous en sommes sincèrement désolés.
""",
        "rej_formal_notice": """
SUBJECT: Notification des résultats d'admissibilité || Par la présente, je vous informe que le jury du concours externe d'attaché territorial ne vous a pas déclaré(e) admissible. Cette décision peut faire l'objet d'un recours contentieux devant le tribunal administratif dans un délai de deux mois à compter de sa notification.
J'ai le regret de vous faire connaître que votre candidature au poste de {role} n'a pas été retenue par la commission de recrutement. Voies et délais de recours : la présente décision peut être contestée par un recours gracieux auprès de l'autorité territoriale ou par un recours contentieux devant le tribunal administratif compétent dans un délai de deux mois.
Nous vous informons que vous n'avez pas obtenu la note minimale requise à l'épreuve écrite de la sélection comparative. Vous ne pouvez dès lors pas participer à l'épreuve orale. Vous pouvez introduire une demande de motivation de cette décision dans un délai de trente jours.
Nous vous communiquons que l'autorité d'engagement a décidé de ne pas retenir votre postulation. Conformément à la loi sur le personnel de l'État, cette communication ne constitue pas une décision sujette à recours.
Le jury d'admission, réuni le 27 mai, a arrêté la liste des candidats admis. Votre nom ne figure pas sur cette liste. Vos notes sont consultables dans votre espace candidat. La présente décision est susceptible de recours dans les deux mois suivant sa publication.
""",
        "rej_short": """
Votre candidature n'a pas été retenue. Merci de votre intérêt.
Nous ne donnerons pas suite. Bonne continuation.
Désolés, ça ne sera pas pour cette fois.
Le poste est pourvu ; nous clôturons votre candidature.
Réponse négative pour le poste de {role}, malheureusement.
""",
        "rej_buried": """
Fondé en 1987 à Nantes, {company} accompagne aujourd'hui plus de 400 collectivités dans leur transition énergétique, avec des équipes présentes dans douze régions et un engagement fort pour l'inclusion et la qualité de vie au travail. Nous recevons chaque année plusieurs milliers de candidatures et nous prenons le temps de les lire une à une. Pour le poste de {role}, nous avons toutefois décidé de ne pas poursuivre avec votre candidature.
Chez {company}, nous croyons que chaque candidature mérite une réponse. Notre cabinet réunit plus de soixante avocats en droit des affaires à Paris et Bruxelles, et nous investissons chaque année dans la formation de nos collaborateurs. Nous avons étudié votre dossier avec soin ; il ne sera cependant pas retenu pour le poste de {role}. Nous vous invitons à suivre nos actualités sur notre page carrière.
Chez {company}, on est une équipe de 35 personnes qui construit des outils de gestion pour les artisans, avec des bureaux à Lyon et beaucoup de télétravail. On a reçu plus de 300 candidatures pour ce poste, ce qui nous a fait super plaisir. On ne va malheureusement pas avancer avec ton profil, mais n'hésite pas à garder un œil sur nos offres.
Notre groupe est présent dans 40 pays et compte 25 000 collaborateurs engagés au service de la santé animale. Nos métiers évoluent vite et nous recherchons en permanence de nouveaux talents. Au terme de la présélection pour le poste de {role}, nous regrettons de vous informer que votre profil n'a pas été retenu. Vous pouvez créer une alerte emploi afin d'être informé(e) des nouvelles opportunités.
""",
        "rej_reply_question": """
Vous nous avez demandé où en était votre candidature : nous sommes désolés de ce long silence. Le processus est terminé et nous avons retenu un autre candidat.
Merci pour votre message de relance. Je me permets de vous répondre directement : le manager a finalement choisi un profil plus senior, votre candidature ne sera donc pas retenue.
Pour répondre à ta question : oui, on a pris une décision, et malheureusement elle n'est pas en ta faveur. On a retenu quelqu'un qui peut démarrer tout de suite.
Vous souhaitiez connaître les raisons de notre décision. Nous avons privilégié des candidats disposant d'une expérience confirmée en milieu hospitalier ; votre candidature n'a donc pas été retenue.
""",
        "ack_receipt_formal": """
Nous accusons réception de votre candidature pour le poste de {role} et vous remercions de l'intérêt que vous portez à {company}. Votre dossier sera étudié avec attention par nos équipes.
Votre candidature a bien été enregistrée. Les données personnelles que vous nous avez transmises sont traitées par {company} aux seules fins de la gestion de votre candidature, conformément au Règlement général sur la protection des données (RGPD). Elles sont conservées deux ans au maximum. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à notre délégué à la protection des données.
On a bien reçu ta candidature pour le poste de {role} ! Quelqu'un de l'équipe va la lire dans les prochains jours et revenir vers toi.
Nous avons bien reçu votre candidature et nous vous en remercions. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées. Conformément à la Loi 25 sur la protection des renseignements personnels, vos renseignements seront utilisés uniquement dans le cadre de ce processus.
SUBJECT: Accusé de réception – concours de technicien principal || Nous vous confirmons la bonne réception de votre dossier d'inscription au concours de technicien principal de 2e classe. Le service des concours vérifiera la recevabilité de votre dossier et vous adressera, le cas échéant, une convocation aux épreuves.
Nous avons bien reçu votre postulation et vous remercions de votre intérêt pour notre entreprise. Nous allons l'examiner attentivement et reviendrons vers vous dans un délai de trois semaines environ.
Ce message confirme la réception de votre candidature. Merci de ne pas y répondre directement. Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre espace candidat.
Nous avons bien reçu votre candidature pour la fonction de {role}. Si votre profil correspond à nos attentes, nous vous contacterons pour un premier entretien. Sans nouvelles de notre part dans un délai de quatre semaines, vous pouvez considérer que votre candidature n'a pas été retenue.
Votre candidature spontanée nous est bien parvenue. Même si aucun poste correspondant n'est ouvert aujourd'hui, elle sera conservée dans notre vivier et consultée lors de nos prochains recrutements.
Nous accusons bonne réception de votre dossier. Les informations fournies sont traitées conformément au RGPD et à la législation luxembourgeoise en vigueur ; elles ne seront communiquées qu'aux personnes intervenant dans le processus de sélection.
""",
        "ack_status_delay": """
Nous souhaitions vous tenir informé(e) : votre candidature est toujours en cours d'examen. Le processus de recrutement pour le poste de {role} prend plus de temps que prévu, et nous vous remercions de votre patience.
Malheureusement, nous accusons un léger retard dans le traitement des candidatures en raison du nombre important de dossiers reçus. Nous reviendrons vers vous d'ici la fin du mois.
Petit point d'étape : ta candidature est toujours dans la course ! L'équipe termine ses entretiens cette semaine et on te fait un retour d'ici quinze jours.
Votre candidature a été transmise au responsable du recrutement, qui l'étudie actuellement. Nous ne manquerons pas de vous informer de notre décision.
Nous revenons vers vous au sujet de votre candidature au poste de {role}. La période estivale ralentit malheureusement notre processus ; une réponse vous sera apportée au plus tard début septembre.
Le statut de votre candidature a été mis à jour : En cours d'évaluation. Aucune action n'est requise de votre part pour le moment.
Nous tenons à vous informer que l'analyse des candidatures est toujours en cours. Les personnes retenues seront jointes au cours des prochaines semaines.
Suite à votre relance, je vous confirme que votre dossier est bien entre les mains de l'équipe. Aucune décision n'a encore été prise ; je vous recontacte dès que j'ai un retour.
Les épreuves écrites du concours se sont déroulées le 12 avril. Les copies sont en cours de correction et les résultats d'admissibilité seront publiés sur le site du centre de gestion à partir du 20 mai.
""",
        "ack_reserve_docs": """
Afin de compléter votre dossier, nous vous remercions de nous faire parvenir une copie de votre diplôme ainsi que vos deux derniers bulletins de salaire avant le 15 du mois.
Votre candidature a été jugée recevable. Il manque toutefois votre lettre de motivation : merci de la déposer dans votre espace candidat pour que nous puissions poursuivre l'examen de votre dossier.
Le jury vous a inscrit(e) sur la liste complémentaire. Vous serez contacté(e) si un poste se libère pendant la durée de validité de la liste.
Ton profil nous plaît, mais on attend encore la validation du budget avant d'aller plus loin. On garde ton dossier au chaud et on revient vers toi dès qu'on a le feu vert.
Nous avons besoin de quelques informations complémentaires : pourriez-vous nous indiquer vos disponibilités ainsi que vos prétentions salariales ?
Votre candidature est placée en réserve pour le poste de {role}. Nous reviendrons vers vous si la situation évolue dans les prochaines semaines.
Afin de poursuivre l'examen de votre postulation, nous vous prions de nous transmettre vos certificats de travail ainsi qu'un extrait du casier judiciaire.
Merci de compléter le questionnaire de présélection joint à ce message. Les candidatures sans questionnaire ne pourront malheureusement pas être étudiées.
""",
        "oth_newsletter_alert": """
Nouvelles offres correspondant à votre alerte « {role} – Île-de-France » : quatre postes ont été publiés cette semaine. Consultez-les dès maintenant sur notre site carrières.
SUBJECT: La lettre carrières – édition d'automne || Découvrez les portraits de nos collaborateurs, nos engagements RSE et les métiers qui recrutent ce trimestre chez {company}.
Ta newsletter mensuelle est là ! Au programme : trois conseils pour réussir ton entretien vidéo, les nouvelles offres en alternance et les coulisses de notre équipe tech.
Votre alerte emploi est arrivée à expiration. Pour continuer à recevoir nos offres, merci de la renouveler depuis votre compte.
Nouveaux postes affichés cette semaine dans la fonction publique québécoise : consultez les affichages qui correspondent à vos critères de recherche.
""",
        "oth_event_survey": """
Rejoignez-nous le 18 octobre pour notre journée portes ouvertes : rencontres avec les équipes, ateliers CV et visites de nos sites. Inscription gratuite mais obligatoire.
Votre avis compte ! Prenez cinq minutes pour évaluer votre expérience de candidature chez {company}. Ce questionnaire est anonyme.
On organise un afterwork recrutement jeudi prochain dans nos locaux de Bordeaux. Viens rencontrer l'équipe autour d'un verre !
{company} sera présent au Salon de l'emploi de Liège les 6 et 7 mars. Venez nous rencontrer sur le stand 24.
Afin d'améliorer notre processus de recrutement, nous vous invitons à répondre à une courte enquête de satisfaction, que votre candidature ait été retenue ou non.
""",
        "oth_withdrawal": """
Nous avons bien pris note de votre décision de retirer votre candidature au poste de {role}. Nous vous remercions de nous avoir prévenus.
C'est bien noté, on retire ta candidature de notre process. Merci de nous avoir tenus au courant, et bonne suite !
Conformément à votre demande, votre compte candidat et l'ensemble de vos données ont été supprimés de notre base.
""",
    },
    "de": {
        "rej_not_retained": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Leider können wir Ihre Bewerbung nicht positiv beantworten. Diese Entscheidung ist keine Bewertung Ihrer Person, sondern spiegelt die konkreten Anforderungen der Stelle wider.
SUBJECT: Rückmeldung zu Ihrer Bewerbung || Wir haben Ihre Bewerbung für die Position {role} eingehend geprüft und uns entschieden, diese nicht weiterzuverfolgen.
Danke, dass du dich bei uns beworben hast! Wir haben uns deine Unterlagen genau angeschaut, werden deine Bewerbung aber leider nicht weiter berücksichtigen.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.
Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider eine Absage erteilen.
Ihre Bewerbung hat uns interessiert. Nach Abgleich mit dem Anforderungsprofil der Stelle {role} sind wir jedoch zu dem Ergebnis gekommen, dass wir Ihnen keine positive Rückmeldung geben können.
Leider müssen wir Ihnen heute mitteilen, dass wir uns gegen Ihre Bewerbung entschieden haben.
Wir haben lange überlegt, aber wir gehen mit deiner Bewerbung nicht in die nächste Runde.
""",
        "rej_other_profile": """
Wir haben uns für eine Kandidatin bzw. einen Kandidaten entschieden, deren bzw. dessen Profil noch etwas besser zu den aktuellen Anforderungen passt.
Die Wahl ist auf eine*n andere*n Bewerber*in gefallen, die*der bereits umfangreiche Erfahrung in der Steuerberatung mitbringt.
Wir hatten viele richtig gute Bewerbungen und haben uns am Ende für jemanden entschieden, der schon mehrere Jahre Erfahrung mit Kubernetes hat.
Aufgrund der Vielzahl qualifizierter Bewerbungen haben wir uns für Bewerber:innen entschieden, deren Erfahrungen noch genauer unserem Bedarf entsprechen.
Wir haben uns für eine interne Besetzung der Stelle entschieden und bitten Sie dafür um Verständnis.
Unsere Entscheidung ist zugunsten einer anderen Person ausgefallen, die kurzfristig verfügbar ist.
Nach Abschluss der Vorauswahl haben wir jenen BewerberInnen den Vorzug gegeben, deren Qualifikationsprofil die Ausschreibung am besten abdeckt.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit einer anderen Person fortzusetzen.
Im Anschluss an unser Vorstellungsgespräch haben wir alle Eindrücke sorgfältig abgewogen. Leider müssen wir Ihnen mitteilen, dass wir Ihnen die Stelle als {role} nicht anbieten können.
Danke nochmal für das Gespräch mit dem Team letzte Woche, das hat echt Spaß gemacht. Wir haben uns trotzdem für jemand anderen entschieden, der etwas mehr Erfahrung im Vertrieb mitbringt.
Die Auswahlkommission hat nach Abschluss der Vorstellungsgespräche beschlossen, Ihnen die Stelle nicht zu übertragen.
Nach dem zweiten Gesprächstermin mit unserer Geschäftsführung haben wir uns leider gegen eine Zusammenarbeit entschieden. Wir danken Ihnen für Ihre Zeit und die offenen Gespräche.
Bezug nehmend auf das Hearing vom 12. März dürfen wir Ihnen mitteilen, dass die Wahl auf eine andere Kandidatin gefallen ist.
Wir danken Ihnen für Ihren Besuch in unserer Kanzlei und das offene Gespräch mit den Partnerinnen und Partnern. Wir haben uns jedoch entschieden, die Stelle anderweitig zu besetzen.
""",
        "rej_after_tests": """
Vielen Dank für die Teilnahme an unserem Online-Assessment. Auf Grundlage der Ergebnisse können wir Sie im weiteren Verfahren leider nicht berücksichtigen.
Danke für Ihren Probearbeitstag in unserer Werkstatt. Nach Rücksprache mit dem Team haben wir uns entschieden, die Zusammenarbeit nicht fortzusetzen.
Danke für die Coding Challenge! Wir haben sie uns zu dritt angeschaut und uns entschieden, den Prozess an dieser Stelle nicht weiterzuführen.
Sie haben am Assessment-Center vom 5. Juni teilgenommen. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass das Auswahlverfahren für Sie hiermit beendet ist.
Nach Auswertung Ihrer Fallstudie haben wir entschieden, Sie nicht zur nächsten Runde einzuladen.
""",
        "rej_position_closed": """
Die ausgeschriebene Stelle als {role} ist inzwischen besetzt. Wir können Ihre Bewerbung daher leider nicht mehr berücksichtigen.
Aufgrund einer internen Umstrukturierung wurde die Stelle gestrichen. Das Bewerbungsverfahren ist damit beendet.
Kurzes Update: Die Stelle wird es leider nicht geben, wir haben das Projekt aufs nächste Jahr verschoben. Deshalb müssen wir dir leider absagen.
Die Stelle konnte zwischenzeitlich besetzt werden. Wir bitten um Verständnis, dass wir Ihr Dossier nicht weiter berücksichtigen.
Das Stellenbesetzungsverfahren wurde ohne Besetzung abgebrochen. Ihre Bewerbung wird daher nicht weiter bearbeitet.
""",
        "rej_formal_notice": """
SUBJECT: Mitteilung über das Ergebnis des Auswahlverfahrens || Hiermit teile ich Ihnen mit, dass die Auswahlentscheidung nicht zu Ihren Gunsten ausgefallen ist. Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
Wir teilen Ihnen mit, dass beabsichtigt ist, die ausgeschriebene Stelle mit einer anderen Bewerberin zu besetzen; Ihre Bewerbung konnte daher nicht berücksichtigt werden. Sie haben die Möglichkeit, innerhalb von zwei Wochen nach Zugang dieser Mitteilung Einsicht in den Auswahlvermerk zu nehmen.
Die Personalkommission hat Ihre Bewerbung im Rahmen des Aufnahmeverfahrens nicht berücksichtigt. Gemäß den Bestimmungen des Ausschreibungsgesetzes besteht kein Rechtsanspruch auf Aufnahme in den Bundesdienst.
Wir teilen Ihnen mit, dass Ihre Bewerbung nicht berücksichtigt werden konnte. Diese Mitteilung stellt keine anfechtbare Verfügung dar.
Gemäß § 8 der Auswahlordnung teilen wir Ihnen mit, dass Sie die schriftliche Auswahlprüfung nicht bestanden haben und daher nicht zum mündlichen Teil zugelassen werden. Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Zugang Klage beim zuständigen Verwaltungsgericht erhoben werden.
""",
        "rej_short": """
Leider müssen wir Ihnen absagen.
Wir haben uns anderweitig entschieden. Alles Gute!
Leider hat es diesmal nicht geklappt.
Die Stelle ist vergeben. Danke für Ihr Interesse.
Wir können Ihnen leider keine Zusage geben.
""",
        "rej_buried": """
{company} ist ein familiengeführtes Unternehmen aus dem Sauerland mit über 600 Mitarbeitenden an drei Standorten. Seit 1962 entwickeln wir Armaturen für die Gebäudetechnik und exportieren in mehr als 50 Länder. Nachhaltigkeit, Ausbildung und ein faires Miteinander sind uns wichtig. Nach Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
Als eine der führenden Wirtschaftskanzleien im deutschsprachigen Raum berät {company} nationale und internationale Mandant:innen in allen Fragen des Wirtschaftsrechts. Unsere Teams in Frankfurt, München und Wien arbeiten eng zusammen. Für die Position {role} haben wir uns nach intensiver Abwägung für eine andere Kandidatin entschieden. Wir freuen uns, wenn Sie unsere Karriereseite weiter verfolgen.
Bei {company} bauen wir seit 2019 die Software, mit der Pflegedienste ihre Touren planen, und sind inzwischen 80 Leute in Berlin und Leipzig. Auf die Stelle haben sich über 400 Menschen beworben, was uns wahnsinnig freut. Für dich geht es diesmal leider nicht weiter, aber schau gern wieder auf unserer Jobseite vorbei.
Mit mehr als 90.000 Beschäftigten weltweit gestaltet {company} die Mobilität von morgen. Wir bieten flexible Arbeitsmodelle, ein umfangreiches Weiterbildungsangebot und attraktive Sozialleistungen. Nach der Vorauswahl für die Position {role} müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Legen Sie gern einen Job-Agenten an, um über neue Stellen informiert zu werden.
""",
        "rej_reply_question": """
Sie hatten nach dem Stand Ihrer Bewerbung gefragt – entschuldigen Sie bitte die späte Rückmeldung. Das Verfahren ist inzwischen abgeschlossen, und wir haben uns für eine andere Bewerberin entschieden.
Danke für Ihre Nachfrage. Ich möchte offen zu Ihnen sein: Die Fachabteilung hat sich für ein erfahreneres Profil entschieden, Ihre Bewerbung wird daher nicht weiter berücksichtigt.
Um deine Frage zu beantworten: Ja, wir haben entschieden, und leider nicht für dich. Wir haben jemanden gefunden, der schon im Mai anfangen kann.
Sie baten um ein Feedback zu unserer Entscheidung. Ausschlaggebend war, dass wir für die Position fundierte SAP-Kenntnisse voraussetzen; aus diesem Grund konnten wir Ihre Bewerbung nicht berücksichtigen.
""",
        "ack_receipt_formal": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns zeitnah bei Ihnen melden.
Ihre Bewerbung ist bei uns eingegangen. Hinweise zum Datenschutz: Ihre personenbezogenen Daten werden ausschließlich zur Durchführung des Bewerbungsverfahrens gemäß Art. 6 Abs. 1 lit. b DSGVO in Verbindung mit § 26 BDSG verarbeitet. Nach Abschluss des Verfahrens werden Ihre Daten spätestens nach sechs Monaten gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben.
Deine Bewerbung ist angekommen! Wir schauen sie uns in den nächsten Tagen an und melden uns bei dir.
Wir bestätigen Ihnen den Eingang Ihres Bewerbungsdossiers. Die Bearbeitung nimmt erfahrungsgemäss zwei bis drei Wochen in Anspruch.
SUBJECT: Eingangsbestätigung – Kennziffer 2024-117 || Hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stellenausschreibung mit der Kennziffer 2024-117. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Bitte sehen Sie von Nachfragen zum Sachstand ab; Sie erhalten nach Abschluss des Verfahrens unaufgefordert Nachricht.
Wir danken für Ihre Bewerbung und bestätigen den Erhalt Ihrer Unterlagen. Wir werden Ihre Bewerbung prüfen und uns in den nächsten Wochen bei Ihnen melden.
Dies ist eine automatisch generierte Eingangsbestätigung. Bitte antworten Sie nicht auf diese E-Mail. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Vielen Dank für Ihre Initiativbewerbung. Derzeit haben wir keine passende Stelle ausgeschrieben, nehmen Ihre Unterlagen aber gern in unseren Talentpool auf, sofern Sie dem nicht widersprechen.
Wir haben Ihre Bewerbung erhalten. Sollten wir uns innerhalb von vier Wochen nicht bei Ihnen melden, ist die Stelle anderweitig besetzt worden.
Danke für deine Bewerbung bei uns! Alle Bewerbungen werden bei uns von Menschen gelesen, nicht von Algorithmen – das dauert manchmal ein bisschen. Wir melden uns spätestens in zwei Wochen.
""",
        "ack_status_delay": """
Leider verzögert sich unser Auswahlverfahren aufgrund der hohen Anzahl an Bewerbungen. Wir bitten Sie noch um etwas Geduld und melden uns bis Ende des Monats bei Ihnen.
Ihre Bewerbung befindet sich weiterhin im Auswahlprozess. Wir werden Sie über unsere Entscheidung informieren, sobald diese gefallen ist.
Kurzes Zwischenupdate: Du bist noch im Rennen! Die letzten Gespräche laufen diese Woche, danach melden wir uns.
Ihre Unterlagen liegen derzeit der Fachabteilung zur Prüfung vor. Leider ist die zuständige Kollegin urlaubsbedingt abwesend, sodass sich unsere Rückmeldung um etwa zwei Wochen verschiebt.
Der Status Ihrer Bewerbung hat sich geändert: In Prüfung. Sie müssen derzeit nichts weiter tun.
Das Auswahlverfahren für die ausgeschriebene Stelle ist noch nicht abgeschlossen. Die Beteiligung des Personalrats und der Gleichstellungsbeauftragten nimmt erfahrungsgemäß einige Wochen in Anspruch. Wir bitten um Ihr Verständnis.
Gerne informieren wir Sie, dass Ihr Dossier noch in Bearbeitung ist. Wir melden uns bis spätestens Mitte Oktober bei Ihnen.
Danke für Ihre Nachfrage. Eine Entscheidung ist noch nicht gefallen; ich melde mich, sobald ich Neuigkeiten für Sie habe.
Sorry, dass du so lange nichts von uns gehört hast – leider hat sich bei uns intern einiges verschoben. Deine Bewerbung ist aber nicht vergessen.
""",
        "ack_reserve_docs": """
Um Ihre Bewerbung abschließend prüfen zu können, benötigen wir noch Ihre Arbeitszeugnisse sowie eine Kopie Ihres Abschlusszeugnisses. Bitte laden Sie die Dokumente bis zum 30. April in Ihrem Bewerberkonto hoch.
Sie wurden in die Reserveliste aufgenommen. Sollte die Stelle erneut frei werden, kommen wir unaufgefordert auf Sie zu.
Dein Profil gefällt uns, aber die Stelle ist noch nicht final freigegeben. Wir halten deine Bewerbung aktiv und melden uns, sobald wir grünes Licht haben.
Bitte teilen Sie uns Ihre Gehaltsvorstellung sowie Ihren frühestmöglichen Eintrittstermin mit, damit wir Ihre Bewerbung weiter bearbeiten können.
Zur Vervollständigung Ihrer Bewerbung ersuchen wir Sie, uns eine Strafregisterbescheinigung sowie einen Staatsbürgerschaftsnachweis nachzureichen.
Ihre Bewerbung haben wir vorerst zurückgestellt. Wir melden uns bei Ihnen, falls sich im weiteren Verlauf des Verfahrens eine Möglichkeit ergibt.
Leider fehlen in Ihrer Bewerbung noch der Lebenslauf in deutscher Sprache und die Angabe zur Arbeitserlaubnis. Unvollständige Bewerbungen können wir nicht berücksichtigen.
Damit wir Ihre Bewerbung weiterbearbeiten können, bitten wir Sie um Ihr Einverständnis zur Einholung von Referenzauskünften.
""",
        "oth_newsletter_alert": """
Neue Stellenangebote für Ihren Suchauftrag „{role} – Hamburg“: Seit Ihrem letzten Besuch wurden sechs neue Jobs veröffentlicht.
SUBJECT: Karriere-News aus dem Sauerland || Der Karriere-Newsletter von {company}: Einblicke in unsere Ausbildungswerkstatt, ein Interview mit unserer neuen CTO und die Termine der kommenden Karrieremessen.
Dein Job-Update der Woche: Diese fünf Stellen passen zu deinem Profil. Jetzt reinschauen und direkt bewerben!
Ihr Job-Agent läuft in sieben Tagen ab. Verlängern Sie ihn mit einem Klick, um weiterhin passende Angebote zu erhalten.
Neue Ausschreibungen im Bundesdienst: Ab sofort sind zwölf neue Stellen auf der Jobbörse des Bundes veröffentlicht.
""",
        "oth_event_survey": """
Besuchen Sie uns am Tag der offenen Tür am 14. September: Führungen durch die Produktion, Gespräche mit Auszubildenden und Infos zu allen Einstiegsmöglichkeiten.
Wie war Ihr Bewerbungserlebnis bei {company}? Ihre Meinung hilft uns, besser zu werden. Die Umfrage dauert nur drei Minuten und ist anonym.
Komm zu unserem Meetup am Donnerstag in Kreuzberg! Es gibt Talks aus dem Engineering-Team, Pizza und Zeit zum Quatschen.
{company} ist auf der Karrieremesse in Zürich vertreten. Besuchen Sie uns an Stand C12 und lernen Sie unsere Teams kennen.
Unabhängig vom Ausgang Ihrer Bewerbung würden wir uns über Ihr Feedback zum Auswahlprozess freuen. Der Fragebogen ist freiwillig und anonym.
""",
        "oth_withdrawal": """
Wir bestätigen hiermit den Rückzug Ihrer Bewerbung für die Position {role}. Vielen Dank, dass Sie uns informiert haben.
Alles klar, wir haben deine Bewerbung wie gewünscht zurückgezogen. Danke für die Info und alles Gute!
Ihrem Wunsch entsprechend wurden Ihr Bewerberkonto und alle gespeicherten Daten gemäß Art. 17 DSGVO gelöscht.
""",
    },
    "en": {
        "rej_not_retained": """
After careful review, we have decided not to move forward with your application for the {role} position.
We regret to inform you that your application has not been successful on this occasion.
SUBJECT: Update on your application || Unfortunately we will not be progressing your application further, as your experience does not closely match the requirements of this role.
""",
        "rej_other_profile": """
We received a large number of strong applications and have decided to proceed with candidates whose experience more closely aligns with our current needs.
The hiring team has chosen another candidate for the {role} role.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with the panel last week. After much deliberation, we have decided to offer the position to another candidate.
Thanks again for the conversations with the team. While we really enjoyed speaking with you, we won't be moving you forward to the final round.
""",
        "rej_after_tests": """
Thank you for completing the technical assessment. Based on the results, we will not be continuing with your application.
""",
        "rej_position_closed": """
The {role} position has now been filled, so we are closing your application.
Due to a change in business priorities, the {role} requisition has been cancelled and we are unable to proceed with any applications for it.
""",
        "rej_formal_notice": """
This notice is to inform you that you were not placed on the eligibility list for the {role} competition. If you believe the selection process was not conducted in accordance with policy, you may request a review in writing within 30 calendar days of the date of this notice.
""",
        "rej_short": """
Unfortunately it's a no from us this time.
""",
        "rej_buried": """
Founded in 2004, {company} designs accessibility tools used by more than 2,000 schools, and our team of 150 people works remotely across four time zones. We read every application ourselves and were genuinely moved by the response to this opening. For the {role} role, however, we have decided not to pursue your application. We'd encourage you to keep an eye on our careers page.
""",
        "rej_reply_question": """
You asked for an update on where things stand, and I'm sorry it has taken us so long to reply. The process has now concluded and we have selected another applicant.
""",
        "ack_receipt_formal": """
Thank you for applying for the {role} position. This email confirms we have received your application, and our recruiting team will review it shortly.
We have received your application. Your personal data will be processed solely for recruitment purposes and retained for up to 12 months in line with our candidate privacy notice; you may request access or deletion at any time.
Your application has been received. Due to the high volume of applications, only shortlisted candidates will be contacted.
""",
        "ack_status_delay": """
Unfortunately our review is taking longer than expected because of the number of applications we've received. We will let you know our decision as soon as we can and appreciate your patience.
Your application status has changed to: Under review. No action is needed from you at this time.
""",
        "ack_reserve_docs": """
To complete your application, please upload copies of your degree certificate and proof of your right to work by Friday.
You have been placed on our reserve list for the {role} role. If a vacancy arises in the next six months, we will contact you.
""",
        "oth_newsletter_alert": """
Five new jobs match your saved search for {role} in Manchester. View them now before they close.
""",
        "oth_event_survey": """
Join us for our virtual careers open evening on 12 November, with short talks from our engineering and operations teams.
How did we do? Please take a short survey about your candidate experience at {company}; it takes about three minutes.
""",
        "oth_withdrawal": """
We confirm that your application for {role} has been withdrawn as requested. Thank you for letting us know.
""",
    },
    "es": {
        "rej_not_retained": """
Tras analizar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionada para el puesto de {role}.
Lamentamos informarte de que en esta ocasión no vamos a continuar con tu candidatura.
SUBJECT: Resolución de su proceso de selección || Le informamos de que su perfil no se ajusta a los requisitos del puesto, por lo que no seguiremos adelante con su postulación.
""",
        "rej_other_profile": """
Hemos recibido un gran número de candidaturas y finalmente hemos optado por un perfil con mayor experiencia en el sector.
La decisión ha recaído en otra persona candidata cuyo perfil se adecúa más a las necesidades actuales del equipo.
""",
        "rej_after_interview": """
Gracias por la entrevista de la semana pasada. Tras valorar todos los perfiles, hemos decidido no avanzar con tu candidatura.
Después de las entrevistas finales, lamentamos comunicarle que no podremos ofrecerle el puesto.
""",
        "rej_after_tests": """
Gracias por realizar las pruebas técnicas. A la vista de los resultados, el proceso de selección finaliza aquí para usted.
""",
        "rej_position_closed": """
Le informamos de que la vacante de {role} ya ha sido cubierta, por lo que no podemos seguir adelante con su candidatura.
La posición ha sido cancelada por una reestructuración interna, por lo que cerramos todas las candidaturas en curso.
""",
        "rej_formal_notice": """
Se le comunica que no ha superado el primer ejercicio de la oposición. Contra la presente resolución, que no agota la vía administrativa, podrá interponer recurso de alzada en el plazo de un mes a contar desde el día siguiente al de su publicación.
""",
        "rej_short": """
Lo sentimos, esta vez no has sido seleccionado.
""",
        "rej_buried": """
{company} nació en Valencia en 1998 y hoy cuenta con más de 1.200 profesionales en España y Latinoamérica, comprometidos con la economía social. Cada año recibimos miles de candidaturas y las revisamos todas con cuidado. Para el puesto de {role}, sin embargo, hemos decidido no continuar con su candidatura. Le animamos a seguir nuestras ofertas en el portal de empleo.
""",
        "rej_reply_question": """
Respondiendo a tu consulta sobre el estado del proceso: disculpa la demora. El proceso ya ha finalizado y hemos elegido a otra persona.
""",
        "ack_receipt_formal": """
Hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo la revisará y se pondrá en contacto con usted si su perfil encaja.
Gracias por postularte. De acuerdo con el Reglamento General de Protección de Datos, tus datos se tratarán únicamente para gestionar este proceso y se conservarán durante un máximo de 12 meses. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.
Recibimos tu postulación. Debido al gran volumen de postulantes, solo nos comunicaremos con las personas preseleccionadas.
""",
        "ack_status_delay": """
Lamentablemente, el proceso se está retrasando más de lo previsto. Te informaremos de nuestra decisión en las próximas semanas.
Su candidatura sigue en fase de evaluación. No es necesario que realice ninguna acción por el momento.
""",
        "ack_reserve_docs": """
Para continuar con el proceso, necesitamos que nos envíe una copia de su título y su disponibilidad de incorporación.
Ha quedado incluido en la bolsa de empleo para futuras contrataciones. Le contactaremos si surge una vacante.
""",
        "oth_newsletter_alert": """
Nuevas ofertas que coinciden con tu alerta de empleo: siete puestos publicados esta semana.
""",
        "oth_event_survey": """
Te invitamos a nuestra jornada de puertas abiertas el 20 de marzo en Madrid, con charlas de los equipos y talleres de CV.
¿Cómo fue tu experiencia como candidato en {company}? Responde a nuestra breve encuesta anónima.
""",
        "oth_withdrawal": """
Confirmamos que hemos retirado su candidatura del proceso, tal como nos solicitó.
""",
    },
    "pt": {
        "rej_not_retained": """
Após uma análise cuidadosa, informamos que a sua candidatura para a função de {role} não foi selecionada.
Agradecemos sua participação, mas infelizmente seu perfil não seguirá para as próximas etapas do processo seletivo.
SUBJECT: Retorno sobre sua candidatura || Lamentamos informar que não daremos seguimento à sua candidatura nesta ocasião.
""",
        "rej_other_profile": """
Recebemos muitas candidaturas de grande qualidade e optámos por um perfil com experiência mais próxima das necessidades da equipa.
Optamos por seguir com outro candidato cujo perfil está mais alinhado com a vaga.
""",
        "rej_after_interview": """
Obrigado pela entrevista com o time na semana passada. Depois de muita conversa, decidimos seguir com outra pessoa.
Na sequência da entrevista, lamentamos informar que não lhe poderemos oferecer a posição.
""",
        "rej_after_tests": """
Agradecemos a realização dos testes online. Com base nos resultados, o processo termina aqui para si.
""",
        "rej_position_closed": """
A vaga de {role} já foi preenchida, por isso encerramos sua candidatura.
A posição foi cancelada devido a uma reorganização interna e não será possível avançar com a sua candidatura.
""",
        "rej_formal_notice": """
Notifica-se que foi excluído(a) do procedimento concursal por não reunir os requisitos de admissão. Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados, nos termos do Código do Procedimento Administrativo.
""",
        "rej_short": """
Infelizmente não foi dessa vez.
""",
        "rej_buried": """
A {company} nasceu em Curitiba em 2011 e hoje reúne mais de 900 pessoas apaixonadas por logística, com escritórios em cinco estados. Recebemos milhares de currículos por ano e lemos cada um com carinho. Para a vaga de {role}, porém, decidimos não seguir com o seu perfil. Fique de olho no nosso site de carreiras.
""",
        "rej_reply_question": """
Em resposta à sua pergunta sobre o estado do processo: pedimos desculpa pela demora. O processo já foi concluído e escolhemos outro candidato.
""",
        "ack_receipt_formal": """
Confirmamos a receção da sua candidatura para a função de {role}. A nossa equipa irá analisá-la com toda a atenção.
Recebemos sua inscrição! Seus dados pessoais serão tratados conforme a Lei Geral de Proteção de Dados (LGPD), exclusivamente para fins de recrutamento e seleção.
Sua candidatura foi recebida. Caso seu perfil seja selecionado, entraremos em contato; caso contrário, seus dados ficarão em nosso banco de talentos.
""",
        "ack_status_delay": """
Infelizmente, o processo está demorando mais do que o previsto. Vamos te informar sobre a decisão assim que possível.
A sua candidatura continua em análise. Não é necessária qualquer ação da sua parte neste momento.
""",
        "ack_reserve_docs": """
Para dar continuidade ao processo, pedimos que nos envie o certificado de habilitações e o registo criminal.
Você está no nosso banco de reserva para a vaga de {role}. Se surgir uma oportunidade, entraremos em contato.
""",
        "oth_newsletter_alert": """
Novas vagas para você: cinco oportunidades combinam com seu alerta de {role}.
""",
        "oth_event_survey": """
Venha conhecer-nos na Feira de Emprego da Universidade do Porto, no dia 15 de abril.
Conte pra gente como foi sua experiência no nosso processo seletivo: responda à pesquisa de três minutos.
""",
        "oth_withdrawal": """
Confirmamos a desistência da sua candidatura, conforme solicitado.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour Alex Rivera,",
            "Salut {first},",
            "Chère candidate, cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir pensé à {company} pour la suite de ton parcours.",
            "Nous vous remercions pour votre candidature au poste de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Nous vous adressons nos meilleurs vœux pour la suite de votre parcours professionnel.",
            "On te souhaite plein de belles choses pour la suite !",
        ],
        "marketing": [
            "{company} rassemble plus de 1 200 collaboratrices et collaborateurs en France, en Belgique et en Suisse autour d'une ambition : rendre les services essentiels plus simples et plus durables. Élue parmi les entreprises où il fait bon travailler, notre équipe cultive l'entraide, la formation continue et le sens du collectif.",
            "Chez {company}, on construit des produits utiles avec des équipes à taille humaine. Télétravail flexible, budget formation, semaine de quatre jours à l'essai : découvre la vie chez nous sur notre page carrières.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nRessources humaines",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
            "À bientôt,\n{sender}",
            "Meilleures salutations,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} – SAS au capital de 250 000 € – RCS Nantes. Pour ne plus recevoir nos communications, cliquez sur « se désabonner ».",
            "Vous recevez ce courriel parce que vous avez postulé à l'une de nos offres.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature – {role}",
            "Votre candidature chez {company}",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape de votre candidature",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre promesse d'embauche chez {company}",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Vos offres d'emploi de la semaine",
            "Votre avis sur notre processus de recrutement",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte*r Alex Rivera,",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte Damen und Herren,",
            "Hallo {first},",
            "Hi {first},",
            "Grüezi {first} Rivera,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung als {role} und das damit verbundene Vertrauen.",
            "Danke, dass du dich für {company} interessierst.",
            "Danke für deine Bewerbung als {role}!",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihre Zukunft alles Gute.",
            "Wir drücken dir die Daumen für deine weitere Suche!",
            "Alles Gute für dich und viel Erfolg!",
        ],
        "marketing": [
            "{company} steht für Qualität aus dem Mittelstand: Mit rund 600 Mitarbeitenden, eigener Ausbildungswerkstatt und einer betrieblichen Altersvorsorge bieten wir sichere Arbeitsplätze in einer Region mit hoher Lebensqualität.",
            "Wir sind {company}: über 80 Menschen aus 20 Nationen, die gemeinsam die Arbeit in der Pflege einfacher machen. Bei uns erwarten dich flexible Arbeitszeiten, Remote-Tage, ein Lernbudget und ein Team, das Vielfalt lebt.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüsse\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße aus Berlin\n{sender}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
            "{company} GmbH · Sitz der Gesellschaft: Arnsberg · Registergericht: Amtsgericht Arnsberg · Geschäftsführung: Petra Brunnhuber, Lukas Ortmann",
            "Du möchtest keine E-Mails mehr von uns bekommen? Hier kannst du dich abmelden.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Deine Bewerbung: nächster Schritt",
        ],
        "subject_off": ["Vertragsangebot – {role}", "Unser Angebot für dich"],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Neue Jobs für Sie",
            "Ihre Meinung ist gefragt",
        ],
    },
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Dear Alex Rivera,", "Hello {first},"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
        ],
        "wish": ["We wish you all the best in your search.", "Best of luck with your next steps."],
        "marketing": [
            "At {company}, we build tools that help people work better together. With offices in four countries and a remote-first culture, we invest in growth, wellbeing and belonging."
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition",
            "Thanks,\n{sender}",
        ],
        "footer": [
            "This message was sent from an unmonitored mailbox. To manage your communication preferences, visit your candidate profile.",
            "{company} Ltd, registered in England and Wales. Unsubscribe.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Your application to {company}",
            "{role} – application update",
        ],
        "subject_inv": ["Interview invitation: {role}", "Next steps for your application"],
        "subject_off": ["Your offer from {company}", "Offer letter – {role}"],
        "subject_oth": ["News from {company}", "Jobs you might like"],
    },
    "es": {
        "greet": ["Hola {first}:", "Estimado/a Alex Rivera:", "Buenos días, {first}:"],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "¡Te deseamos lo mejor en tus próximos pasos!",
        ],
        "marketing": [
            "En {company} trabajamos cada día para construir una sociedad más inclusiva. Somos más de 1.200 profesionales que creen en el talento diverso, la formación continua y la conciliación."
        ],
        "sign": [
            "Un cordial saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas",
            "Saludos,\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente; por favor, no responda a este correo. Sus datos se tratan conforme al RGPD y a la LOPDGDD.",
            "Si no deseas recibir más correos de {company}, puedes darte de baja aquí.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Su candidatura en {company}",
            "Proceso de selección: {role}",
        ],
        "subject_inv": ["Invitación a entrevista – {role}", "Siguiente paso en tu proceso"],
        "subject_off": ["Oferta de empleo – {role}", "Tu propuesta de incorporación a {company}"],
        "subject_oth": ["Novedades de {company}", "Ofertas de empleo para ti"],
    },
    "pt": {
        "greet": ["Olá, {first}!", "Caro(a) Alex Rivera,", "Bom dia, {first},"],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Desejamos muito sucesso na sua jornada!",
        ],
        "marketing": [
            "A {company} conecta pessoas e mercadorias em todo o Brasil e em Portugal. Somos mais de 900 profissionais que acreditam em diversidade, aprendizado contínuo e tecnologia a serviço das pessoas."
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Abraços,\n{sender}\nTime de Gente",
            "Atenciosamente,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda. Os seus dados são tratados de acordo com o RGPD e a LGPD.",
            "Para deixar de receber nossos e-mails, clique em descadastrar.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Processo seletivo – {role}",
        ],
        "subject_inv": ["Convite para entrevista – {role}", "Próxima etapa do processo"],
        "subject_off": ["Proposta de trabalho – {role}", "Sua proposta da {company}"],
        "subject_oth": ["Novidades da {company}", "Vagas para você"],
    },
}

THREAD: dict[str, str] = {
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles à me communiquer sur le calendrier du recrutement ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Les candidatures sont en cours d'étude et nous reviendrons vers vous dès que possible.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem aktuellen Stand meiner Bewerbung als {role} erkundigen. Gibt es schon einen ungefähren Zeitplan?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Nachricht. Wir sichten derzeit noch die Unterlagen und melden uns, sobald es Neuigkeiten gibt.\n{sender}\n",
    "en": "Hi {sender_first},\nI just wanted to follow up on my application for the {role} role and ask whether there is an expected timeline for next steps.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for reaching out. We're still reviewing applications and will be in touch as soon as we can.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería preguntar por el estado de mi candidatura al puesto de {role} y si hay fechas previstas para las siguientes fases.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu mensaje. Seguimos revisando las candidaturas y te escribiremos en cuanto tengamos novedades.\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role} e qual o prazo previsto para as próximas etapas.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigada pela mensagem. Ainda estamos analisando as candidaturas e entraremos em contato assim que possível.\n{sender}\n",
}
