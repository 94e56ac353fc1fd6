# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 3's TUNED addition to the generated corpus (`generated3/`), issue 15.

Written during round 3 (after the round-3 held-out part was written and measured), to give the
families of issue 15 more tuning material in every language: the decision in other words, a
lone softener with good wishes or a "keep your details" clause, the job gone, "no offer",
receipts phrased as arrival, volume or a review still running, invitations without the word
interview, offers, and hard negatives. Tuned on, like `parts_tuned`. Same layout; a passage
written `SUBJECT: <subject> || <body>` carries its own subject line.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "oth_cold_j": """
Hi Alex, apologies if this isn't a fit. We're building a data team at a Series A startup; unfortunately I can't share the name yet. Would you be open to hearing more? Best of luck with everything!
""",
        "ack_t3j": """
Sadly we can't give individual updates by phone. Your application is under review and we wish you good luck!
""",
        "rej_t3i": """
SUBJECT: Unsuccessful application - {role} || Thank you for the time you invested in applying.
SUBJECT: Position closed: {role} || We wanted to let you know where things stand.
""",
        "rej_t3h": """
I'm sorry to let you know the hiring manager has chosen to interview other applicants.
We're grateful for your time; however, we won't be offering you a place on the programme.
Having compared all finalists, we've concluded that another person is better placed for this role.
We do not have a position for you at this time.
The feedback from the panel was positive, but not strong enough for us to proceed.
Sadly, it's a no from us for this one.
""",
        "ack_t3h": """
Thanks! Your application is safely with us and the team will start looking at applications next week.
""",
        "rej_t3g": """
We've reached a decision on the {role} role, and I'm afraid it isn't good news.
Please accept this email as notification that your application has not been taken forward.
Your interview performance was strong, but we've decided to offer the role to a candidate with more direct experience.
We will be unable to offer you employment at this time.
We're no longer considering your application for this role.
Following the panel interview, the committee recommended another candidate for appointment.
You were not the successful candidate on this occasion.
We've decided not to proceed to the next stage with you.
Unfortunately the vacancy was withdrawn by the hiring department.
""",
        "ack_t3g": """
We're confirming that your application for {role} is complete and in our queue.
""",
        "inv_t3g": """
I'd love to get 20 minutes with you this week to talk about the team. Which day suits?
Unfortunately, our offices will be closed on Monday. Your interview is still confirmed for Tuesday at 10am.
""",
        "oth_t3f": """
Unfortunately the {role} posting you bookmarked has closed. Here are five similar jobs near you. Good luck with your search!
Sadly, we had to cancel Thursday's hiring webinar. We wish you all the best and will share the recording soon.
Hey Alex, not sure if you're open to new roles, and no worries if not. I'm a recruiter with a {role} search that might suit you.
Your password was changed. If this wasn't you, unfortunately we can't restore access without verification; please contact support.
""",
        "ack_t3f": """
We regret that we can't give a timeline yet, but your application is being reviewed and we'll be in touch.
""",
        "ack_t3e": """
Good news: your application went through successfully. A recruiter will look at it shortly.
Hi Alex, we're still in the middle of reviewing applications for {role}, so no decision yet. Thanks for hanging in there.
We've seen a huge amount of interest in this role. We're reading every application and aim to reply within a fortnight.
Unfortunately there's been a delay on our side; the team hasn't finished reviewing applications yet.
""",
        "inv_t3e": """
Let's get something in the diary: are you around Wednesday afternoon for 30 minutes?
Here's my calendar link, grab any slot that works for a first chat.
""",
        "off_t3e": """
I'm thrilled to let you know that the team wants you on board! Formal paperwork will follow tomorrow.
""",
        "rej_t3d": """
Thanks for your interest. Unfortunately, we're moving ahead with other people for this role.
I'm sorry, we won't be moving you forward.
After much consideration, you weren't chosen for the role.
Sadly we've decided not to make you an offer.
We're going with someone whose background is more aligned with the role.
Unfortunately your experience doesn't match what we're after for this position.
We've decided to reopen the search and won't be progressing current applicants.
Unfortunately, the hiring manager has decided to hold off on filling this role.
The budget for this position was cut, so we're no longer recruiting.
Your application was unsuccessful.
""",
        "inv_t3d": """
Unfortunately our Tuesday slot fell through. Could we do Thursday at 2pm for the call with our CTO instead?
Congrats, you've made it through to the final round! Please pick a time for the onsite.
""",
        "off_t3d": """
Unfortunately we can't move on the base salary, but we've added a signing bonus to your offer. The updated offer letter is attached.
""",
        "ack_t3d": """
Sorry for the wait! Your application is still with the hiring team and we hope to have news next week.
""",
        "oth_newsletter_d": """
Our blog this week: how to handle rejection, why we stopped unpaid take-homes, and the roles we're hiring for.
""",
        "oth_t3d": """
Apologies if this isn't the right time. I'm a recruiter at Talentwise and have a {role} role that could suit you, unfortunately onsite only. Best of luck either way!
As requested, we've withdrawn your application for {role}. We're sorry to see you go and wish you the best.
""",
        "rej_t3c": """
We've given your application careful thought and have decided it's not one we'll be pursuing.
Following a review of all applications, we've narrowed our shortlist and you haven't been included.
We've chosen not to move your application into the interview stage.
Unfortunately, your application was not approved by the hiring team.
The recruitment for {role} has concluded and the role has been offered to someone else.
I'm afraid we won't be taking things any further.
Your profile was strong, but we felt other applicants were a closer fit.
We have now appointed to this position.
We're unable to continue your candidacy.
This time we've decided to go with an applicant who has more domain experience.
Unfortunately this role is no longer open.
The team has opted to hire someone with more startup experience.
""",
        "ack_t3c": """
Your submission for {role} is in! We'll review it and reach out if it's a match.
Just confirming we have your application on file and it's being considered.
""",
        "inv_t3c": """
Could we find 30 minutes this week to talk through the role?
""",
        "rej_t3": """
Unfortunately, we've made the decision to continue with applicants who more closely match the brief.
We've decided that we won't be taking your candidacy to the next round.
The hiring team felt your experience wasn't the right fit for where the team is today.
Your application hasn't been successful this time.
We won't be inviting you to interview for this role.
You have not been shortlisted for the next stage.
Unfortunately, we have decided not to offer you the position.
We are declining your application at this time.
Ultimately, we felt another applicant was better suited to the position.
We selected a candidate whose skills more precisely matched our requirements.
Unfortunately, we will be unable to take your application forward.
After reviewing your assessment, the team decided not to continue with your application.
Unfortunately, it hasn't worked out on this occasion, but we'll hold on to your CV in case something suitable comes up.
SUBJECT: Application declined: {role} || Thank you for your interest in our company.
SUBJECT: Regarding your application - not selected || We appreciate the time you invested.
Unfortunately we were not able to identify a role that matches your profile right now.
The other finalist had slightly more relevant experience, and we've offered them the job.
Unfortunately, you did not pass the screening stage.
You were not among the candidates selected for interview.
We've now concluded the process and decided to go with someone else.
Unfortunately we have no suitable opening for you at the moment, but we'll keep your details on our talent database.
Unfortunately, we cannot proceed with your application.
Sadly, we will not be able to move you on to the next stage.
We've had a lot of great applicants and, regrettably, yours was not one we could take forward.
The team preferred a candidate with more enterprise sales experience.
Unfortunately it's not good news this time.
""",
        "rej_t3_gone": """
Regrettably, the role has now been offered to an internal colleague.
Thanks for your patience. We've now made a hire for the {role} position.
The {role} position has been cancelled due to budget changes.
We have paused hiring for this role for the foreseeable future.
Unfortunately, we've had to close the vacancy.
The position you applied for has been withdrawn.
We will not be progressing to an offer.
The job has gone to a candidate from within the company.
""",
        "ack_t3": """
Your application has been delivered to our hiring team and will be reviewed over the coming days.
Due to the large number of applications we receive, it may take some time before you hear from us.
We're still working our way through applications and will update you as soon as we can.
Thanks for applying. Our recruiters look at every application and will contact you if there's a match.
Your CV is now in our system. We'll be in touch regarding next steps if your background aligns.
We wanted to let you know that we're still reviewing candidates and haven't made any decisions yet.
Unfortunately, response times are longer than usual at the moment, so please bear with us.
We've logged your application and passed it to the hiring manager.
Unfortunately, we're unable to reply to every applicant individually. We wish you the best of luck with your application.
We're sorry for the slow reply: your application is still being looked at, and we'll be in touch soon.
""",
        "inv_t3": """
Do you have some time on Monday for a quick call with the team lead?
I'd like to arrange a first call to get to know you. Could you send me a couple of times?
Our team would like to meet you; could you choose a slot from the calendar link?
Would Wednesday at 3pm or Thursday at 11am work for a video chat?
Can we hop on a call tomorrow to talk about the next steps?
""",
        "off_t3": """
We're excited to let you know we'd like to hire you as our new {role}. Your contract is attached.
It's my pleasure to offer you the job. Please review the terms and reply by Friday.
""",
        "oth_cold": """
Hi Alex, quick note: I'm hiring for a {role} role with a client in Berlin. If the timing isn't right, no problem at all.
Sorry if this isn't relevant, but I have a {role} opportunity that fits your background. Unfortunately the salary band isn't public yet, happy to share on a call.
""",
        "oth_alert": """
3 new roles match your profile: {role} at Nimbus, {role} at Harbor. See all jobs.
""",
        "oth_newsletter": """
Inside {company}: our new office, a chat with our CTO, and the roles we're hiring for this month.
""",
        "oth_t3": """
Please complete your profile to finish your application for {role}.
Sadly, our careers fair in Leeds is cancelled this year. We wish you the best of luck and hope to see you at our online event.
""",
    },
    "de": {
        "oth_cold_j": """
wir bauen gerade für einen Kunden ein Data-Team auf und ich dachte sofort an dich. Leider kann ich den Namen noch nicht nennen. Viel Erfolg dir so oder so!
""",
        "rej_t3i": """
SUBJECT: Leider keine Zusage für {role} || danke für dein Interesse an uns.
SUBJECT: Negative Rückmeldung zu Ihrer Bewerbung || vielen Dank für Ihre Geduld.
""",
        "rej_t3h": """
wir bedauern, dass wir Ihnen keine erfreulichere Nachricht geben können.
leider konnten Sie sich im Vergleich zu anderen Bewerber*innen nicht durchsetzen.
die Wahl ist nicht auf dich gefallen.
wir haben die Stelle bereits an jemand anderen vergeben.
leider sehen wir keine Möglichkeit, Ihnen eine Stelle anzubieten.
nach dem Interview sind wir zu dem Schluss gekommen, dass wir den Weg nicht gemeinsam gehen werden.
""",
        "ack_t3h": """
danke, deine Bewerbung ist bei uns angekommen und wird in den nächsten Tagen gesichtet.
""",
        "rej_t3g": """
wir haben uns die Entscheidung nicht leicht gemacht, aber wir werden Ihnen keine Stelle anbieten.
leider müssen wir dir heute eine negative Rückmeldung geben.
wir haben den Prozess für dich an dieser Stelle beendet.
wir haben uns letztlich für jemanden mit mehr Erfahrung im Vertrieb entschieden.
die Rolle wird vorerst nicht besetzt.
leider reicht Ihre Berufserfahrung für diese Position nicht aus.
wir haben uns entschlossen, die Stelle mit einer Kollegin aus dem eigenen Haus zu besetzen.
""",
        "ack_t3g": """
wir haben Ihre Unterlagen an die Fachabteilung weitergegeben.
""",
        "inv_t3g": """
wir würden gern einen Videocall mit dir vereinbaren. Welcher Tag passt dir?
leider müssen wir das Interview um eine Stunde verschieben: neuer Termin ist Mittwoch, 11 Uhr.
""",
        "oth_t3f": """
leider ist die gemerkte Stelle als {role} nicht mehr online. Hier sind ähnliche Jobs für dich. Viel Erfolg bei der Suche!
hallo, ich bin Headhunterin und suche für einen Kunden eine:n {role}. Falls es nicht passt, alles gut!
""",
        "ack_t3f": """
leider können wir Ihnen noch keine Entscheidung mitteilen, da das Auswahlverfahren noch läuft.
""",
        "ack_t3e": """
wir haben deine Bewerbung erhalten und melden uns innerhalb von zwei Wochen.
momentan erhalten wir sehr viele Zuschriften, die Rückmeldung kann sich daher verzögern.
dein Profil wird gerade von unserem Team angeschaut.
""",
        "inv_t3e": """
lass uns doch kurz telefonieren – wann passt es dir diese Woche?
wir würden Sie gern zu uns ins Büro einladen, um uns persönlich auszutauschen.
""",
        "off_t3e": """
wir freuen uns, dir mitteilen zu können, dass wir dich gerne im Team begrüßen möchten! Der Vertrag folgt per Post.
""",
        "rej_t3d": """
leider haben wir uns für jemand anderen entschieden.
wir können dir leider nicht zusagen.
leider kommst du für die Stelle nicht in Frage.
du bist leider nicht weiter im Prozess.
leider hat sich das Team für eine/n andere/n Bewerber/in entschieden.
die Stelle wurde leider gestrichen.
Ihre Bewerbung wird nicht weiter berücksichtigt.
leider passt dein Profil nicht so gut zu dieser Rolle.
""",
        "inv_t3d": """
leider klappt der Dienstag nicht. Könnten wir das Gespräch auf Donnerstag, 14 Uhr, verschieben?
""",
        "ack_t3d": """
leider brauchen wir wegen der vielen Bewerbungen noch etwas Zeit. Wir melden uns bald.
""",
        "off_t3d": """
leider können wir beim Gehalt nicht weiter gehen, aber wir erhöhen das Urlaubsbudget. Der angepasste Arbeitsvertrag liegt bei.
""",
        "oth_newsletter_d": """
Karriere-Newsletter: warum wir uns gegen Großraumbüros entschieden haben, und neue Stellen.
""",
        "rej_t3c": """
leider müssen wir Ihnen mitteilen, dass die Entscheidung nicht zu Ihren Gunsten ausgefallen ist.
wir haben die Stelle an eine:n andere:n Bewerber:in vergeben.
Ihre Bewerbung wurde leider abgelehnt.
wir haben uns gegen eine Einladung zum Gespräch entschieden.
leider können wir dir keine positive Nachricht geben.
nach Prüfung deiner Unterlagen sind wir leider zu dem Ergebnis gekommen, dass es nicht passt.
wir werden Ihre Bewerbung daher nicht berücksichtigen können.
die Position wurde inzwischen anderweitig besetzt.
aus der Vielzahl an Bewerbungen haben wir andere Kandidat*innen ausgewählt.
Ihre Qualifikationen entsprechen leider nicht unserem Anforderungsprofil.
""",
        "ack_t3c": """
Ihre Bewerbung ist bei uns eingetroffen und wird nun bearbeitet.
""",
        "inv_t3c": """
haben Sie nächste Woche Zeit für einen Austausch per Video?
""",
        "rej_t3": """
wir setzen den Prozess mit Bewerbenden fort, die besser zu unserem Team passen.
leider können wir deine Bewerbung nicht weiter berücksichtigen.
Ihre Bewerbung kommt für uns leider nicht in Frage.
nach Sichtung aller Unterlagen müssen wir Ihnen leider mitteilen, dass Sie nicht in die nächste Runde kommen.
leider müssen wir Ihnen eine Absage erteilen.
wir werden leider nicht mit dir weitermachen.
leider haben andere Bewerber*innen besser zu den Anforderungen gepasst.
wir haben uns entschieden, die Stelle mit einer Person zu besetzen, die mehr Führungserfahrung mitbringt.
leider müssen wir dir mitteilen, dass wir dir keine Stelle anbieten können.
leider konnten wir Sie nicht für die Stelle berücksichtigen.
wir können Ihnen leider keine Zusage erteilen.
dieses Mal hat es leider nicht geklappt, aber wir speichern deine Daten gern für künftige Stellen.
leider sind wir zu dem Entschluss gekommen, Ihre Bewerbung nicht weiterzuverfolgen.
wir haben uns gegen Ihre Kandidatur entschieden.
SUBJECT: Ihre Bewerbung – leider keine Zusage || vielen Dank für Ihr Interesse.
leider müssen wir Ihnen mitteilen, dass Ihr Profil nicht mit unseren Anforderungen übereinstimmt.
Unsere Wahl ist auf eine:n Mitbewerber:in gefallen.
nach reiflicher Überlegung haben wir entschieden, den Prozess mit dir nicht fortzusetzen.
leider bist du nicht weitergekommen.
wir möchten Ihnen mitteilen, dass wir uns anders entschieden haben.
leider passt Ihr Profil derzeit nicht zu unseren offenen Stellen. Gerne behalten wir Ihre Unterlagen in Evidenz.
wir machen mit anderen Kandidat/innen weiter.
leider hat es diesmal nicht gereicht.
""",
        "rej_t3_gone": """
wir haben die Position mittlerweile mit einem internen Kandidaten besetzt.
die Stelle wird aus internen Gründen nicht mehr nachbesetzt.
die Ausschreibung wurde leider beendet, da die Stelle entfallen ist.
die Vakanz konnte bereits vergeben werden.
wir können dir leider kein Vertragsangebot machen.
""",
        "ack_t3": """
Ihre Bewerbung liegt uns vor und wird derzeit von der Fachabteilung geprüft.
wir haben gerade sehr viele Bewerbungen und brauchen daher etwas länger für die Rückmeldung.
wir sind noch mitten im Auswahlprozess und melden uns, sobald es Neuigkeiten gibt.
deine Unterlagen sind angekommen – danke! Wir schauen sie uns in Ruhe an.
hiermit bestätigen wir den Erhalt Ihrer Unterlagen.
deine Bewerbung wurde erfolgreich übermittelt.
leider dauert die Prüfung der Bewerbungen noch etwas, wir bitten um Verständnis.
leider können wir nicht jede Bewerbung sofort beantworten. Wir wünschen dir trotzdem viel Erfolg!
""",
        "inv_t3": """
wir möchten dich gern persönlich kennenlernen. Wann hättest du Zeit?
hätten Sie Zeit für ein kurzes Telefonat am Freitag?
wir laden Sie herzlich zu einem Online-Termin mit unserem Bereichsleiter ein.
wäre Montag, 11 Uhr, für ein erstes Gespräch per Teams für dich okay?
""",
        "off_t3": """
wir möchten Ihnen gerne eine Stelle als {role} anbieten. Anbei finden Sie Ihren Vertrag.
gute Nachrichten: Wir haben uns für dich entschieden! Den Vertrag schicken wir dir diese Woche.
""",
        "oth_cold": """
ich bin auf Ihr Profil gestoßen und habe eine interessante Vakanz als {role}. Falls kein Interesse besteht, ist das natürlich kein Problem.
""",
        "oth_alert": """
Passende Stellen für dich: {role} in Berlin, {role} remote. Jetzt bewerben!
""",
        "oth_newsletter": """
In unserem Newsletter: neue Standorte, Porträts von Mitarbeitenden und offene Stellen.
""",
        "oth_t3": """
Ihr Passwort wurde zurückgesetzt. Sie können sich jetzt im Bewerberportal anmelden.
leider müssen wir unseren Karrieretag im Mai absagen. Alles Gute und bis bald!
""",
    },
    "fr": {
        "oth_cold_j": """
je recrute pour un client une personne au poste de {role}. Malheureusement je ne peux pas encore citer son nom. Bonne continuation !
""",
        "rej_t3i": """
SUBJECT: Retour négatif – candidature {role} || Merci pour votre intérêt.
""",
        "rej_t3h": """
nous ne retiendrons pas votre candidature pour ce poste.
le choix s'est porté sur une personne dont le parcours est plus en phase avec nos besoins.
nous sommes au regret de t'informer que ta candidature n'est plus en lice.
nous avons pourvu le poste.
votre candidature ne pourra pas être retenue.
""",
        "ack_t3h": """
nous avons bien reçu ton dossier et revenons vers toi dans les meilleurs délais.
""",
        "rej_t3g": """
nous sommes contraints de décliner votre candidature.
votre candidature n'a pas été jugée compatible avec les exigences du poste.
à l'issue des entretiens, nous avons retenu un candidat dont l'expérience est plus proche de nos besoins.
nous ne sommes malheureusement pas en mesure de poursuivre avec toi.
nous avons dû faire un choix et il ne s'est pas porté sur votre candidature.
le recrutement est gelé pour le moment.
nous avons le regret de ne pas vous retenir pour ce poste.
""",
        "ack_t3g": """
ta candidature a été enregistrée ; notre équipe l'examinera très vite.
""",
        "inv_t3g": """
je te propose qu'on s'appelle jeudi en fin de matinée, ça te va ?
""",
        "oth_t3g": """
Notre newsletter : pourquoi nous avons décidé de ne pas ouvrir de bureau à Lille, et nos offres du moment.
""",
        "oth_t3f": """
malheureusement, l'offre que vous aviez sauvegardée n'est plus en ligne. Voici des offres similaires. Bonne chance dans vos recherches !
""",
        "ack_t3f": """
malheureusement, nous ne pouvons pas encore vous donner de réponse : le processus est toujours en cours.
""",
        "ack_t3e": """
nous avons bien pris en compte ta candidature et te répondrons dès que possible.
l'étude des candidatures est toujours en cours.
""",
        "inv_t3e": """
quand seriez-vous disponible pour en discuter de vive voix ?
""",
        "off_t3e": """
nous sommes heureux de t'annoncer que ta candidature a été retenue ! Tu trouveras ci-joint ta proposition d'embauche.
""",
        "rej_t3d": """
nous avons décidé de ne pas aller plus loin.
malheureusement, ta candidature n'est pas retenue.
nous avons fait le choix d'un autre profil.
nous avons opté pour une candidature interne.
je suis désolée, mais nous n'allons pas pouvoir te proposer la suite du processus.
le poste a été supprimé.
""",
        "inv_t3d": """
malheureusement, le créneau de lundi n'est plus disponible. Pouvez-vous choisir un autre créneau pour l'entretien ?
""",
        "ack_t3d": """
malheureusement, le traitement des candidatures prend plus de temps que prévu. Nous revenons vers vous rapidement.
""",
        "rej_t3c": """
nous avons pris la décision de ne pas retenir ta candidature.
votre candidature ne correspond pas à nos besoins actuels.
nous sommes désolés de vous annoncer que votre candidature n'a pas été retenue.
nous avons recruté une autre personne pour ce poste.
le poste n'est plus à pourvoir.
nous ne poursuivrons pas le processus avec ta candidature.
ta candidature n'a pas été choisie.
malheureusement, votre profil ne répond pas aux critères du poste.
""",
        "ack_t3c": """
Nous avons reçu votre CV et nous l'examinons actuellement.
""",
        "inv_t3c": """
pourrions-nous convenir d'un appel mardi ou mercredi ?
""",
        "rej_t3": """
nous avons le regret de ne pas pouvoir retenir votre candidature.
après examen de ton dossier, nous avons décidé de ne pas avancer avec ta candidature.
le processus se poursuit avec des candidats dont le profil correspond mieux au poste.
malheureusement, votre candidature ne sera pas retenue pour la suite.
nous avons retenu une autre candidature.
le poste a été attribué à un autre candidat.
nous avons choisi de ne pas poursuivre avec ton profil.
votre candidature n'a malheureusement pas abouti.
malheureusement, nous ne pourrons pas vous recevoir en entretien.
nous avons décidé de privilégier des profils plus expérimentés.
cette fois, ce ne sera pas possible, mais nous gardons ton profil en tête.
SUBJECT: Candidature non retenue || Merci pour le temps consacré à notre processus.
votre profil n'a pas été sélectionné pour un entretien.
nous ne sommes pas en mesure de te proposer le poste.
malheureusement, nous avons décidé de ne pas donner suite à ta candidature.
nous ne pourrons pas poursuivre le processus avec vous.
malheureusement, d'autres profils ont davantage retenu notre attention.
""",
        "rej_t3_gone": """
le recrutement pour ce poste est clôturé.
malheureusement, le poste a été gelé et nous interrompons le recrutement.
l'offre a été retirée suite à un changement d'organisation.
le poste a finalement été pourvu par mobilité interne.
""",
        "ack_t3": """
nous accusons réception de votre candidature et l'étudierons attentivement.
votre dossier nous est bien parvenu et sera examiné par l'équipe.
en raison du nombre important de candidatures, nous vous répondrons sous trois semaines.
nous examinons encore l'ensemble des candidatures et reviendrons vers vous bientôt.
ta candidature a bien été reçue, merci !
votre candidature est en cours d'analyse.
""",
        "inv_t3": """
seriez-vous disponible mardi pour un appel avec notre directrice ?
je te propose un premier échange en visio jeudi à 14h ou vendredi à 10h.
nous aimerions faire votre connaissance lors d'un appel de 20 minutes.
""",
        "off_t3": """
nous sommes ravis de vous proposer le poste ; vous trouverez le contrat en pièce jointe.
""",
        "oth_cold": """
j'ai vu votre profil et j'ai une opportunité de {role} chez un client. Si ce n'est pas pour vous, pas de souci.
""",
        "oth_alert": """
Offres recommandées : {role} à Nantes, {role} en télétravail.
""",
        "oth_newsletter": """
Au programme de notre lettre mensuelle : nos nouveaux bureaux et les métiers qui recrutent.
""",
        "oth_t3": """
malheureusement, notre forum emploi de juin est reporté. Bonne continuation et à bientôt !
""",
    },
    "es": {
        "oth_cold_j": """
estoy buscando para un cliente un perfil de {role}. Lamentablemente aún no puedo decirte el nombre. ¡Mucha suerte!
""",
        "rej_t3i": """
SUBJECT: Respuesta negativa a tu candidatura || Gracias por tu tiempo.
""",
        "rej_t3h": """
hemos resuelto no avanzar con su candidatura.
la persona elegida tiene un perfil más cercano a las necesidades del puesto.
no has sido la persona seleccionada.
el proceso ha concluido sin que hayas sido seleccionado.
lamentablemente no cumples el perfil que buscamos.
""",
        "ack_t3h": """
tu candidatura ya está en nuestro sistema; el equipo la revisará y te dirá algo.
""",
        "rej_t3g": """
tu candidatura no ha resultado seleccionada en esta ocasión.
hemos optado por un perfil con más experiencia en gestión de equipos.
no podremos contar contigo en esta ocasión.
lamentablemente hemos tenido que cancelar la vacante.
la empresa ha decidido no cubrir la posición.
tras la entrevista, hemos decidido no continuar.
su perfil no ha sido considerado para la siguiente etapa.
""",
        "ack_t3g": """
hemos recibido tu CV; nuestro equipo lo revisará en los próximos días.
""",
        "inv_t3g": """
me gustaría proponerte una llamada el martes; ¿te encaja?
""",
        "oth_t3g": """
soy reclutadora y tengo una vacante que encaja contigo. Si no te interesa, no pasa nada; lamentablemente todavía no puedo darte el nombre del cliente.
""",
        "oth_t3f": """
lamentablemente la oferta que guardaste ha caducado. Te mostramos ofertas similares. ¡Mucha suerte en tu búsqueda!
""",
        "ack_t3f": """
lamentablemente todavía no podemos darte una respuesta, el proceso sigue abierto.
""",
        "ack_t3e": """
hemos registrado tu solicitud. El equipo la está valorando.
aún no hemos tomado una decisión; seguimos entrevistando a candidatos.
""",
        "inv_t3e": """
¿cuándo te vendría bien hablar unos minutos?
""",
        "off_t3e": """
¡tenemos buenas noticias! Has sido seleccionado para el puesto y queremos que te incorpores el día 1.
""",
        "rej_t3d": """
lo sentimos, pero no vamos a continuar con tu candidatura.
hemos elegido a otra persona.
lamentablemente no has pasado a la siguiente fase.
tu candidatura no ha prosperado.
la vacante se ha cancelado.
finalmente nos hemos decidido por otro perfil.
""",
        "inv_t3d": """
lamentablemente tenemos que mover la entrevista. ¿Te vendría bien el jueves a las 16:00?
""",
        "ack_t3d": """
lamentablemente el proceso se está alargando; seguimos revisando candidaturas y te diremos algo pronto.
""",
        "rej_t3c": """
hemos decidido cerrar tu proceso en este punto.
tu perfil no se ajusta a lo que buscamos en este momento.
la posición ha sido asignada a otro candidato.
no has sido seleccionado para la entrevista.
hemos decidido no seguir adelante con su solicitud.
lamentablemente hemos contratado a otra persona.
el puesto ya no está vacante.
no continuarás en el proceso de selección.
""",
        "ack_t3c": """
tu candidatura está en proceso de revisión.
""",
        "inv_t3c": """
¿podemos hablar por teléfono el lunes a las 10:00?
""",
        "rej_t3": """
lamentablemente no hemos podido seguir adelante con tu candidatura.
hemos decidido continuar el proceso con otras personas candidatas.
tu candidatura no ha avanzado a la siguiente fase.
hemos seleccionado a otra persona cuyo perfil encaja mejor.
en esta ocasión tu perfil no ha sido el elegido.
sentimos comunicarte que no vamos a continuar con tu proceso.
tras valorar tu perfil, no podemos ofrecerte el puesto.
lamentablemente no cumples con los requisitos del puesto.
SUBJECT: Resultado del proceso: no seleccionado || Gracias por tu interés.
lamentamos informarle de que no ha sido posible avanzar con su candidatura.
lamentablemente, no podemos contar contigo para esta posición, pero conservaremos tus datos.
no seguiremos adelante con tu candidatura.
tu solicitud ha sido desestimada.
hemos elegido a un candidato interno.
""",
        "rej_t3_gone": """
la posición ya ha sido ocupada por otra persona.
el proceso de selección se ha cerrado.
el puesto ha quedado cubierto internamente.
la búsqueda se ha pausado por cambios en la organización.
""",
        "ack_t3": """
hemos recibido correctamente tu currículum y lo estamos revisando.
debido al alto número de candidaturas, el proceso puede alargarse.
todavía estamos evaluando los perfiles y te escribiremos pronto.
tu candidatura ha quedado registrada en nuestro sistema.
gracias por postularte, revisaremos tu perfil y te contactaremos.
""",
        "inv_t3": """
¿te vendría bien una videollamada el miércoles?
nos gustaría conocerte; ¿qué horarios tienes libres esta semana?
¿podrías indicarnos tu disponibilidad para una primera charla?
""",
        "off_t3": """
queremos ofrecerte el puesto; te adjuntamos las condiciones.
""",
        "oth_cold": """
te escribo porque tengo una vacante de {role} que encaja con tu perfil. Si no te interesa, no pasa nada.
""",
        "oth_alert": """
Ofertas que te pueden interesar: {role} en Barcelona, {role} remoto.
""",
        "oth_newsletter": """
Nuestro boletín: novedades del equipo y vacantes abiertas.
""",
        "oth_t3": """
lamentablemente la feria de empleo se ha aplazado. ¡Mucha suerte y hasta pronto!
""",
    },
    "pt": {
        "oth_cold_j": """
estou recrutando para um cliente uma pessoa de {role}. Infelizmente ainda não posso revelar o nome. Boa sorte!
""",
        "rej_t3i": """
SUBJECT: Retorno negativo - {role} || Obrigado pelo seu tempo.
""",
        "rej_t3h": """
não foi possível seguir com o seu perfil neste momento.
o processo foi finalizado e você não foi o candidato escolhido.
a posição foi ocupada por outro candidato.
infelizmente, seu perfil não atende aos requisitos da vaga.
decidimos seguir com pessoas que têm mais experiência em liderança.
""",
        "ack_t3h": """
sua candidatura já está com o nosso time e será avaliada em breve.
""",
        "rej_t3g": """
sua candidatura não foi aprovada para a próxima fase.
a vaga foi preenchida internamente.
a empresa optou por outro perfil.
após a entrevista, decidimos não prosseguir.
infelizmente, você não passou na etapa de entrevistas.
não daremos continuidade ao processo com você.
o processo para esta vaga foi interrompido.
""",
        "ack_t3g": """
sua candidatura foi concluída com sucesso e está em análise.
""",
        "inv_t3g": """
que tal uma conversa por vídeo na terça de manhã?
""",
        "off_t3g": """
infelizmente não conseguimos aumentar o salário base, mas incluímos um bônus na proposta. Segue a proposta revisada.
""",
        "oth_t3f": """
infelizmente a vaga que você salvou expirou. Veja vagas parecidas. Boa sorte na sua busca!
""",
        "ack_t3f": """
infelizmente ainda não temos um retorno, o processo seletivo continua em andamento.
""",
        "ack_t3e": """
recebemos sua inscrição! Agora é só aguardar o nosso contato.
seu perfil está sendo analisado pelo time de recrutamento.
""",
        "inv_t3e": """
consegue conversar com a gente amanhã às 15h?
""",
        "off_t3e": """
temos o prazer de informar que você foi aprovado! Em breve enviaremos a proposta.
""",
        "rej_t3d": """
infelizmente você não foi selecionado.
a empresa decidiu seguir com outro candidato.
não vamos avançar com a sua candidatura.
a vaga foi cancelada.
escolhemos um profissional com mais experiência.
sua candidatura não seguirá no processo.
""",
        "inv_t3d": """
infelizmente precisamos remarcar a entrevista. Você tem disponibilidade na sexta às 11h?
""",
        "ack_t3d": """
infelizmente o processo está demorando mais que o previsto; ainda estamos analisando os currículos.
""",
        "rej_t3c": """
não seguiremos com a sua candidatura neste processo.
o seu perfil não foi selecionado para a entrevista.
decidimos contratar outra pessoa para a vaga.
a vaga já foi ocupada.
você não avançou para a próxima fase.
lamentamos informar que sua candidatura não foi aprovada.
infelizmente não será possível dar andamento ao seu processo.
optamos por seguir com um perfil mais sênior.
""",
        "ack_t3c": """
seu currículo está em análise pela nossa equipe.
""",
        "inv_t3c": """
vamos marcar uma call na quinta?
""",
        "rej_t3": """
infelizmente não poderemos seguir com a sua candidatura.
decidimos avançar com outra pessoa candidata.
você não foi aprovado para a próxima fase.
optamos por candidatos com mais experiência em vendas.
infelizmente o seu perfil não foi escolhido.
não daremos sequência ao seu processo.
SUBJECT: Processo seletivo – candidatura não selecionada || Agradecemos o seu interesse.
lamentamos, mas não será possível seguir com você nesta vaga.
infelizmente não foi dessa vez, mas seu currículo ficará em nosso banco de dados.
escolhemos uma candidata cujo perfil se alinha melhor com a vaga.
sua candidatura foi descartada nesta etapa.
não conseguiremos avançar com sua candidatura.
""",
        "rej_t3_gone": """
a vaga foi preenchida por outro profissional.
o processo seletivo foi encerrado.
a posição foi cancelada.
a contratação foi suspensa.
""",
        "ack_t3": """
recebemos o seu currículo e ele está sendo avaliado pela equipe.
devido ao alto volume de inscrições, o retorno pode levar algumas semanas.
ainda estamos avaliando os currículos e em breve daremos um retorno.
sua inscrição foi registrada com sucesso.
sua candidatura foi enviada para análise.
""",
        "inv_t3": """
podemos marcar uma conversa na sexta às 10h?
gostaríamos de te conhecer; quais horários você tem livres?
você tem disponibilidade para uma videochamada amanhã?
""",
        "off_t3": """
temos o prazer de oferecer a você a posição; segue a proposta.
""",
        "oth_cold": """
vi seu perfil e tenho uma vaga de {role} com um cliente. Se não tiver interesse, sem problemas.
""",
        "oth_alert": """
Vagas recomendadas: {role} em Belo Horizonte, {role} remoto.
""",
        "oth_newsletter": """
Newsletter: novidades do time e vagas abertas.
""",
        "oth_t3": """
infelizmente o nosso evento de carreiras foi adiado. Boa sorte e até breve!
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hello Alex,", "Hi {first},"],
        "thanks": [
            "Thank you for your application for {role}.",
            "Many thanks for the time you spent with our team.",
        ],
        "wish": [
            "We wish you the best of luck in finding your next role.",
            "We hope you find the right opportunity soon.",
        ],
        "marketing": [
            "{company} makes scheduling software for 3,000 clinics. We doubled our team this "
            "year and opened a studio in Porto.",
        ],
        "sign": ["Kind regards,\n{sender}\n{company}", "Best,\n{sender}"],
        "footer": ["{company} · Privacy · Unsubscribe"],
        "subject_app": ["Your {role} application", "{company} - application update"],
        "subject_inv": ["{company} - next step", "Chat?"],
        "subject_off": ["Good news!"],
        "subject_oth": ["This week at {company}", "Roles for you"],
    },
    "de": {
        "greet": ["Hallo {first},", "Sehr geehrte/r Alex Rivera,"],
        "thanks": [
            "danke für deine Bewerbung als {role}.",
            "wir bedanken uns für Ihre Bewerbung und das entgegengebrachte Vertrauen.",
        ],
        "wish": [
            "Wir wünschen Ihnen beruflich und privat alles Gute.",
            "Viel Erfolg auf deinem weiteren Weg!",
        ],
        "marketing": [
            "{company} ist Marktführer für Fahrradkomponenten und beschäftigt 700 Menschen in "
            "Freiburg und Graz.",
        ],
        "sign": ["Viele Grüße\n{sender}\n{company}", "Mit besten Grüßen\n{sender}"],
        "footer": ["{company} GmbH · Impressum"],
        "subject_app": ["Deine Bewerbung als {role}", "Ihre Bewerbung bei {company}"],
        "subject_inv": ["Termin?", "Nächster Schritt"],
        "subject_off": ["Ihr Vertrag"],
        "subject_oth": ["{company} aktuell"],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Madame, Monsieur,"],
        "thanks": [
            "Merci pour ta candidature au poste de {role}.",
            "Nous vous remercions pour le temps accordé à nos échanges.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite pour la suite.",
            "Bonne chance dans tes recherches !",
        ],
        "marketing": ["{company} accompagne 500 PME dans leur transition énergétique."],
        "sign": ["Cordialement,\n{sender}\n{company}"],
        "footer": ["Se désabonner"],
        "subject_app": ["Ta candidature - {company}", "Candidature {role}"],
        "subject_inv": ["Premier échange"],
        "subject_off": ["Proposition"],
        "subject_oth": ["Nouvelles de {company}"],
    },
    "es": {
        "greet": ["Hola {first},", "Estimado Alex:"],
        "thanks": [
            "Gracias por tu interés en el puesto de {role}.",
            "Le agradecemos su participación en el proceso.",
        ],
        "wish": ["Te deseamos mucha suerte.", "Le deseamos lo mejor en su carrera."],
        "marketing": ["{company} diseña apps de movilidad para 40 ciudades."],
        "sign": ["Saludos,\n{sender}\n{company}"],
        "footer": ["Darse de baja"],
        "subject_app": ["Tu candidatura", "{role} - {company}"],
        "subject_inv": ["Próximo paso"],
        "subject_off": ["¡Bienvenido!"],
        "subject_oth": ["{company} te cuenta"],
    },
    "pt": {
        "greet": ["Olá {first},", "Prezado Alex,"],
        "thanks": [
            "Obrigado pelo interesse na vaga de {role}.",
            "Agradecemos a sua participação no processo.",
        ],
        "wish": ["Desejamos sucesso!", "Boa sorte na sua busca."],
        "marketing": ["A {company} atende 2 milhões de clientes em todo o Brasil."],
        "sign": ["Atenciosamente,\n{sender}\n{company}"],
        "footer": ["Cancelar inscrição"],
        "subject_app": ["Sua candidatura", "{role} - {company}"],
        "subject_inv": ["Próxima etapa"],
        "subject_off": ["Proposta"],
        "subject_oth": ["{company} news"],
    },
}
