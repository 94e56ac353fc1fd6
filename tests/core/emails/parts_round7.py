# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 7's held-out part: invented job-search e-mails in en, de, fr, es and pt.

Written fresh by an independent evaluator who did not read the classifier, its model,
its training script or any other part file; every passage was composed from general
knowledge of how real job mail reads, to measure the classifier honestly.

Covered senders: applicant-tracking status notices, hiring managers' two-line notes,
agency consultants relaying a client's decision, public-sector and university
selection boards, hospitals, retail and hospitality chains, NGOs, law firms and
schools. Registers run from terse status fields to formal letters and chatty notes
(German du and Sie, Québec tutoiement, Argentine voseo, Brazilian informal), with
regional variants (Swiss/Austrian German, Québec/Belgian/Swiss French, Mexican,
Argentine, Chilean and peninsular Spanish, Brazilian, European and Angolan
Portuguese) and gender-inclusive spellings.

Families: rejections stated directly, indirectly, buried after thanks, as a status
field, after tests, trial days and final interviews, and jobs that went away
(cancelled, frozen, filled, withdrawn, ineligible); receipts and in-review notes,
including hard negatives that mention volume, silence-means-no or delays;
invitations that mention an earlier rejection or a reschedule; offers that decline a
counter-offer or read as onboarding paperwork; and other mail (withdrawal
confirmations, reference requests, surveys, account notices, job alerts, recruiter
cold outreach and career newsletters about coping with rejection).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brunnmatt Logistik AG",
    "Laurentide Conseil inc.",
    "Tlacotalpan Hospitalaria S.A. de C.V.",
    "Kwanza Verde Lda",
    "Vlietmolen Zorg B.V.",
    "Harrowgate & Finch LLP",
    "Pampa Sur Alimentos S.A.",
    "Hainaut Rail Services SRL",
)

ROLES: tuple[str, ...] = (
    "Registered Nurse – Cardiology",
    "Warehouse Shift Supervisor",
    "Junior Associate (Employment Law)",
    "Secondary Mathematics Teacher",
    "Store Manager",
    "Front Office Supervisor",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Martina Käppeli", "jobs@{domain}"),
    ("Joana Tavares", "recrutamento@{domain}"),
    ("Diego Zambrano", "dzambrano@{domain}"),
    ("Pieter van Dam", "p.vandam@{domain}"),
    ("Siobhan Kerr", "careers@{domain}"),
    ("Recruiting Team", "no-reply@hire.applyflow.example"),
    ("Talent Acquisition", "notifications@candidates.shiftboard-ats.example"),
    ("Élodie Marchand", "rh@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_r7": """
Status update for {role} (req. 4471): Not progressing. This requisition is now closed to your application and no further action is needed on your part.
SUBJECT: Your application – {company} || Having read through your application with care, the panel has chosen to move ahead with applicants whose ward experience sits closer to what the unit needs right now.
Just a quick note from me rather than the system: we've gone with someone else for the {role} job. It was close, and I'd genuinely encourage you to keep an eye on our boards.
We had a very strong field for this vacancy and on this occasion you have not been shortlisted. Because of the number of applications we cannot give individual feedback at this stage.
I've spoken with my client at {company} and they won't be taking your profile forward for {role}. They felt the P&L exposure wasn't quite at the level they need for a flagship store. I'll shout as soon as something closer lands on my desk.
Application outcome: Unsuccessful. Reason: minimum requirement not met (right to work in the UK without sponsorship). You are welcome to apply for future vacancies that offer visa sponsorship.
Having reviewed your online assessment, we regret that your score fell below the threshold needed to continue in the selection process for {role}.
Thanks for coming in for the trial shift on Saturday. The team enjoyed having you, but we've decided not to offer you the job — we need someone who has already run a busy front desk during peak check-in.
Your CV will stay on file for six months in case something suitable opens up, but for the {role} vacancy we won't be taking things further.
Following shortlisting, the selection panel did not invite you to interview. The school received a large number of applications from candidates with QTS and recent Key Stage 4 experience.
The hiring team has looked at your profile and decided it isn't the right match for this opening. Your candidate account stays active and you can apply to other roles at any time.
Not this time, I'm afraid — the partners felt another candidate's tribunal advocacy background made them the stronger fit for the team.
You have not been selected for the next stage of the {role} campaign. This decision is final and we are unable to enter into correspondence about it.
Our recruitment team has read every application for this post. We're sorry to say yours will not be progressing, as we have prioritised candidates with field experience in humanitarian supply chains.
The post requires a current nursing registration with no conditions attached; as your application shows this is still pending, we are not able to consider you further for this vacancy.
SUBJECT: {role} – decision || The hiring manager has made her call and it's a no for this round. If it would help, reply to this e-mail and I'll pass on a couple of lines of feedback.
""",
        "rej_r7_interview": """
Thank you for giving us an hour of your Thursday. We've now met every shortlisted candidate and, after a lot of discussion, we've offered the role to someone whose experience with multi-site warehouse operations went a little deeper.
Following your final-round panel I'm sorry to say we won't be extending an offer. The panel liked your case presentation but felt your answers on handling conflict with stakeholders needed more depth.
Just got off the phone with the hiring manager. They liked you a lot but went with the other finalist — she had already done two Christmas peaks as a store manager. Gutted for you; let's talk next week about the other roles I have.
Thank you for attending the assessment centre. Having considered your performance across the group exercise, the in-tray task and the interview, we are unable to offer you a place on this occasion.
It was a pleasure speaking with you about the {role} post. The interview panel has concluded its deliberations and you have not been recommended for appointment. Feedback can be requested from the chair of the panel within 28 days.
After your observed lesson and interview, the governors decided to appoint another candidate. The Year 10 group really enjoyed your lesson on simultaneous equations, for what it's worth.
""",
        "rej_r7_gone": """
The {role} requisition has been cancelled due to a change in business needs. As a result, all applications, including yours, have been closed.
We wanted to let you know that this vacancy has been frozen following a review of the trust's budget for the year. No appointment will be made and your application will not be progressed.
SUBJECT: {role} – vacancy filled || The position has now been filled. Thank you for your interest; the advert will be taken down shortly.
Your application has been sifted out as ineligible: this campaign was open to existing civil servants only, and the eligibility declaration on your form was answered no.
Quick update: the client has put this search on hold indefinitely after losing a major contract, so I have to close your application on my side. Sorry — this one's out of my hands.
We have withdrawn the advertisement for {role} while the department is restructured. Candidates who applied will not be contacted again about this post.
""",
        "ack_r7": """
We've received your application for {role}. Because of the very high volume of applications we unfortunately can't reply to everyone individually; if you haven't heard from us within three weeks, please assume we have moved forward with other candidates.
Application status: Under review. Last updated by recruiter. No action is required from you.
A quick note to say your application is still with the hiring manager. We're a bit behind because of the bank holiday and annual leave, so decisions will likely take another fortnight. Thanks for bearing with us.
Thank you for applying through our careers site. Your reference number is HR-20931. Shortlisting will take place after the closing date of 14 June, and we will let you know the outcome by e-mail either way.
Your application has been passed to the ward manager for shortlisting. Unfortunately, messages from our recruitment portal sometimes land in spam, so please check that folder regularly.
Got your CV, thanks! I'm going through everything that came in this week and I'll come back to you by Friday either way.
SUBJECT: Documents received || This is to confirm we have received your documents. Your file is complete and has been forwarded to the selection committee; please do not send further copies of your certificates.
We're still reviewing applications for {role}. The process has taken longer than we expected and we apologise for the wait — no decisions have been made yet.
""",
        "inv_r7": """
I'd like to invite you to a 30-minute phone screen for {role}. Could you send me two or three slots that work for you next Tuesday or Wednesday?
Although we didn't move forward with your application for the assistant manager post in March, we kept your details and would like to invite you to interview for {role}.
Apologies for having to move things around — the hiring manager is now off sick on Thursday. Could we reschedule your interview to Monday 9 June at 11:00? Same video link as before.
Next step: please complete the online situational judgement test within five days using the link in your candidate portal. It takes about 40 minutes.
We'd love you to come in for a paid trial shift at our Riverside branch on Saturday from 10 until 4. Please bring black trousers and non-slip shoes.
You've been shortlisted for interview. Interviews will be held on 18 June at the main hospital site; please confirm your attendance and bring photo ID and proof of registration.
Our first date clashes with the partners' away day, so instead we'd like to offer you a second-round interview on the 24th. Please pick a slot using the booking link below.
SUBJECT: Action required: book your interview || Select a time for a 45-minute video call with the logistics leadership team. Slots are open until Friday.
""",
        "off_r7": """
I'm delighted to offer you the position of {role}, starting on 1 September at a salary of £38,500 per annum. The written contract will follow from HR this week.
Thanks for coming back to us on the package. Unfortunately we can't increase the base salary beyond what we offered, but we can add five extra days of annual leave. The offer stands and we'd love to have you — could you let me know by Friday?
Welcome aboard! Your start date is confirmed as Monday 7 July. Please sign your employment contract in the onboarding portal and upload your right-to-work documents before then.
Following your interview we are pleased to make you a conditional offer of employment for {role}, subject to satisfactory references and an enhanced background check.
""",
        "oth_r7": """
SUBJECT: Application withdrawn || We've processed your request to withdraw your application for {role}. Your details will stay in our talent pool unless you ask us to delete them.
Jordan Pike has given your name as a referee for a role at {company}. Could you spare ten minutes to complete a short questionnaire about your time working together?
How did we do? You recently applied for a role with {company}. Please take three minutes to tell us about your candidate experience — your answers are anonymous.
Reminder: your candidate profile will be deleted after 24 months of inactivity, in line with our privacy policy. Log in before 30 June if you would like to keep it.
""",
        "oth_alert": """
SUBJECT: 12 new jobs for "store manager" near Leeds || New jobs for you: Store Manager – fresh food convenience, Leeds (£32k–£36k); Assistant Store Manager – outdoor gear, Wakefield; Retail Operations Lead, Bradford. Edit or unsubscribe from this alert at any time.
""",
        "oth_cold": """
I came across your profile and think you'd be a great match for a Head of Warehouse role I'm working on with a fast-growing grocery delivery business in Manchester. Open to a quick chat? If the timing isn't right, no worries at all.
I place nurses into private cardiology clinics across London — permanent, days only, no nights. Would you be interested in hearing what's out there? If it's not for you, just tell me and I won't chase.
""",
        "oth_newsletter": """
SUBJECT: This week: bouncing back from a no || In this issue: why a rejection rarely means never, three short scripts for asking for feedback after an unsuccessful interview, and a hiring manager explains what really happens to your CV after you click apply.
""",
    },
    "de": {
        "rej_r7": """
Stand Ihrer Bewerbung: Absage. Die Stelle {role} wird mit einer anderen Person besetzt; zu den Gründen können wir keine Auskunft geben.
Wir haben uns Ihre Unterlagen genau angeschaut und uns am Ende für Bewerber*innen entschieden, deren Profil näher an unseren aktuellen Anforderungen liegt.
Kurze Rückmeldung von mir: Wir haben uns für jemand anderen entschieden. Hat diesmal leider nicht gepasst, aber schau dich gern weiter auf unserer Karriereseite um.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht weiter berücksichtigen. Das Anforderungsprofil setzt eine abgeschlossene Ausbildung als Pflegefachfrau oder Pflegefachmann HF voraus.
Ich habe heute mit meinem Kunden gesprochen. Man möchte Ihr Profil für die Position {role} nicht weiterverfolgen – ausschlaggebend war die fehlende Erfahrung im kollektiven Arbeitsrecht. Ich melde mich, sobald ich etwas Passenderes habe.
Auf Basis der Ergebnisse des Online-Tests können wir Sie leider nicht zum nächsten Schritt einladen, da der erforderliche Mindestwert nicht erreicht wurde.
Vielen Dank für Ihren Probetag in unserem Hotel. Nach Rücksprache mit der Rezeptionsleitung haben wir uns entschieden, die Stelle anderweitig zu vergeben.
Ihre Unterlagen bleiben mit Ihrem Einverständnis sechs Monate in unserem Bewerberpool. Für die aktuelle Vakanz {role} kommen Sie allerdings nicht in die engere Wahl.
SUBJECT: Statusänderung Ihrer Bewerbung || Status: Nicht berücksichtigt. Die Bearbeitung Ihrer Bewerbung ist damit abgeschlossen.
Die Auswahlkommission hat nach Sichtung aller Bewerbungen entschieden, Sie nicht zum Vorstellungsgespräch einzuladen. Ihre Unterlagen werden nach Ablauf der gesetzlichen Frist von sechs Monaten vernichtet.
Danke, dass du dich bei uns beworben hast! Nach langem Hin und Her haben wir uns diesmal für ein anderes Profil entschieden. Wir drücken dir die Daumen.
Leider hat es mit der Stelle {role} nicht geklappt. Wir suchen derzeit jemanden mit mehrjähriger Führungserfahrung im Lebensmitteleinzelhandel.
Wir haben über 300 Bewerbungen erhalten und uns nach sorgfältiger Abwägung für Kandidat:innen mit Einsatzerfahrung in Krisenregionen entschieden. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.
Da Sie keine Arbeitsbewilligung für die Schweiz besitzen und wir für diese Funktion keine Bewilligung beantragen können, ist eine Anstellung leider nicht möglich.
Wir möchten ehrlich zu Ihnen sein: In die nächste Runde werden Sie für diese Position nicht kommen. Der Fachbereich hat vor allem Erfahrung mit Lagerverwaltungssystemen vermisst.
Das Auswahlverfahren ist für Sie hiermit beendet. Wir danken Ihnen für Ihr Interesse an einer Tätigkeit im Schuldienst des Landes.
""",
        "rej_r7_interview": """
Vielen Dank für das angenehme Gespräch am Dienstag. Wir haben inzwischen alle Interviews geführt und uns für eine Kandidatin entschieden, die bereits mehrere Jahre in der Intensivpflege gearbeitet hat.
Wir hatten echt ein gutes Gefühl nach unserem Gespräch mit dir, aber am Ende haben wir uns für jemanden entschieden, der schon als Schichtleiter im Lager gearbeitet hat. Leicht gefallen ist uns das nicht.
Leider keine guten Nachrichten nach dem Zweitgespräch: Mein Kunde hat sich für den anderen Finalisten entschieden. Das Feedback zu Ihnen war sehr positiv, am Ende gab die frühere Verfügbarkeit den Ausschlag.
Nach dem Assessment-Center und dem Gespräch mit der Geschäftsführung können wir Ihnen leider kein Angebot unterbreiten.
Die Auswahlkommission hat nach den Hearings eine Reihung vorgenommen. Sie wurden für die Besetzung der Planstelle nicht vorgeschlagen.
Merci nochmals für deine Zeit beim Schnuppern und im Gespräch mit Reto. Wir haben uns nun entschieden, die Stelle jemand anderem anzubieten.
""",
        "rej_r7_gone": """
Die ausgeschriebene Stelle {role} wird aus organisatorischen Gründen nicht besetzt. Das Verfahren wurde eingestellt; Ihre Unterlagen werden gelöscht.
Aufgrund eines kurzfristig verhängten Einstellungsstopps müssen wir die Ausschreibung zurückziehen. Wir bedauern, Ihnen keine andere Nachricht geben zu können.
SUBJECT: Ihre Bewerbung – Stelle bereits vergeben || Die Stelle ist bereits vergeben. Vielen Dank für Ihr Interesse.
Da Sie die Voraussetzungen für die Einstellung in den höheren Dienst (abgeschlossenes Masterstudium) nicht erfüllen, konnte Ihre Bewerbung im Verfahren nicht berücksichtigt werden.
Kurzes Update: Der Kunde hat die Suche gestoppt, die Aufgaben werden intern umverteilt. Ich muss deine Bewerbung daher leider schließen.
Das Projekt, für das wir die Position geschaffen hatten, wurde vom Auftraggeber abgesagt. Die Stelle entfällt damit ersatzlos.
""",
        "ack_r7": """
Ihre Bewerbung ist bei uns eingegangen. Aufgrund der hohen Anzahl an Zuschriften können wir leider nicht jede Bewerbung einzeln beantworten; sollten Sie innerhalb von vier Wochen nichts von uns hören, haben wir uns für andere Bewerber*innen entschieden.
Deine Bewerbung ist angekommen! Wir schauen sie uns in den nächsten Tagen in Ruhe an und melden uns dann bei dir.
Bewerbungsstatus: In Prüfung. Ihre Unterlagen liegen der Fachabteilung vor.
Leider dauert die Sichtung der Bewerbungen länger als geplant, weil mehrere Kolleg*innen im Urlaub sind. Eine Entscheidung ist noch nicht gefallen; wir melden uns spätestens Ende des Monats.
Wir bestätigen den Eingang Ihres Dossiers für die Stelle {role}. Die Personalabteilung prüft Ihre Unterlagen und meldet sich in den nächsten zwei bis drei Wochen bei Ihnen.
SUBJECT: Eingangsbestätigung – Kennziffer 2025-117 || Bitte geben Sie bei Rückfragen die Kennziffer 2025-117 an. Die Auswahlgespräche finden voraussichtlich im Juli statt.
Danke für Ihre Bewerbung. Die Bewerbungsfrist läuft noch bis 30. Juni, erst danach beginnt die Auswahl. Bitte sehen Sie bis dahin von telefonischen Nachfragen ab.
Wir haben Ihre Bewerbung an die Filialleitung weitergeleitet. Ob wir Sie zu einem Gespräch einladen, steht noch nicht fest.
""",
        "inv_r7": """
Wir möchten Sie gerne zu einem persönlichen Vorstellungsgespräch am Mittwoch, 11. Juni, um 10:00 Uhr in unsere Zentrale einladen. Bitte bestätigen Sie den Termin kurz per E-Mail.
Hast du Lust auf ein kurzes Kennenlernen per Video? Such dir einfach über den Link einen Termin aus, der dir passt.
Auch wenn es mit der Stelle als Filialleitung im Frühjahr nicht geklappt hat, sind wir auf Ihr Profil zurückgekommen und möchten Sie zu einem Gespräch für {role} einladen.
Leider müssen wir den vereinbarten Termin verschieben, da unser Abteilungsleiter erkrankt ist. Wäre Ihnen stattdessen Montag, 16. Juni, 14 Uhr recht?
Im nächsten Schritt bitten wir Sie, einen Online-Eignungstest zu absolvieren. Der Link ist sieben Tage gültig; planen Sie etwa 45 Minuten ein.
Gerne laden wir Sie zu einem Schnuppertag auf unserer Station ein. Bitte melden Sie sich um 7 Uhr am Empfang, Berufskleidung stellen wir zur Verfügung.
Sie sind in die engere Auswahl gekommen. Die Vorstellungsgespräche finden am 3. Juli im Rathaus, Zimmer 214, statt; bitte bringen Sie einen Lichtbildausweis mit.
Bevor ich Sie meinem Kunden vorstelle, würde ich gerne ein erstes Telefonat mit Ihnen führen. Passt es Ihnen morgen zwischen 12 und 14 Uhr?
""",
        "off_r7": """
Wir freuen uns, Ihnen die Position {role} anbieten zu können. Den Arbeitsvertrag mit Eintritt zum 1. September senden wir Ihnen in den nächsten Tagen zur Unterschrift zu.
Eine Erhöhung des Fixgehalts über die angebotenen 58.000 € hinaus ist leider nicht möglich. Wir können Ihnen aber ein Jobticket und 30 Urlaubstage anbieten – unser Angebot gilt bis Freitag.
Willkommen im Team! Dein Starttermin am 1. Juli steht. Bitte lade vorab deine Steuer-ID, Sozialversicherungsnummer und Bankverbindung in unserem Onboarding-Portal hoch.
Gerne bestätigen wir Ihnen die Anstellung als {role} mit einem Pensum von 80 % ab 1. August. Beiliegend erhalten Sie den Arbeitsvertrag im Doppel; bitte senden Sie uns ein unterzeichnetes Exemplar zurück.
""",
        "oth_r7": """
Wir bestätigen, dass Sie Ihre Bewerbung für {role} zurückgezogen haben. Ihre Daten werden gemäß unserer Datenschutzerklärung innerhalb von 30 Tagen gelöscht.
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Wir würden uns freuen, wenn Sie an einer kurzen, anonymen Umfrage teilnehmen (ca. 3 Minuten).
Herr Jonas Weber hat Sie als Referenz angegeben. Wären Sie bereit, uns telefonisch einige Fragen zu Ihrer Zusammenarbeit zu beantworten?
Erinnerung: Die Karrieremesse der Hochschule findet am 20. Juni statt. Sichern Sie sich jetzt einen Gesprächsslot an unserem Stand.
""",
        "oth_alert": """
SUBJECT: Neue Jobs für „Pflegefachkraft“ in München || 8 neue Stellen passen zu Ihrem Suchauftrag: Pflegefachkraft Intensiv (m/w/d), Klinikum Ost; Gesundheits- und Krankenpfleger*in, Seniorenzentrum Am Rosenhang; Stationsleitung (w/m/d), Fachklinik Isartal. Suchauftrag bearbeiten oder abbestellen.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und hätte eine spannende Position als Teamleitung Logistik bei einem mittelständischen Händler in Nürnberg. Hätten Sie Zeit für ein kurzes Telefonat? Falls es gerade nicht passt, ist das natürlich völlig in Ordnung.
Ich bin Recruiterin bei einer Personalberatung und suche für eine Kanzlei in Wien eine*n Associate im Arbeitsrecht. Wäre das was für dich? Wenn nicht, sag einfach kurz Bescheid, dann melde ich mich nicht wieder.
""",
        "oth_newsletter": """
SUBJECT: Karriere-Briefing: Wenn die Absage kommt || Diese Woche: Wie Sie mit Absagen umgehen, ohne die Motivation zu verlieren, warum sich die Frage nach Feedback lohnt und welche Fehler im Anschreiben Personaler*innen am häufigsten nennen.
""",
    },
    "fr": {
        "rej_r7": """
Statut de votre candidature : non retenue. Le poste {role} sera pourvu par un·e autre candidat·e.
Après étude attentive de votre dossier, nous avons fait le choix de poursuivre avec des profils dont l'expérience en soins critiques correspond davantage aux besoins du service.
On a bien regardé ton CV, mais on va aller de l'avant avec une autre personne pour le poste. Merci quand même d'avoir pensé à nous!
J'ai eu un retour de mon client : il ne souhaite pas donner suite à votre profil pour le poste de {role}, faute d'une expérience suffisante en droit social. Je reviens vers vous dès que j'ai une piste plus adaptée.
Les résultats de votre test en ligne ne nous permettent pas de retenir votre candidature pour la suite du processus.
Nous vous remercions pour la journée d'essai effectuée dans notre établissement. Après concertation avec le chef de réception, nous avons décidé de ne pas aller plus loin.
SUBJECT: Réponse à votre candidature || Votre candidature n'a pas été retenue pour la phase d'entretiens. Compte tenu du nombre important de dossiers reçus, nous ne sommes pas en mesure de vous apporter un retour personnalisé.
Avec votre accord, nous conservons votre CV dans notre vivier pendant deux ans ; pour ce poste précis, en revanche, nous n'irons pas plus loin avec votre candidature.
La commission de recrutement, réunie le 12 juin, n'a pas retenu votre dossier pour l'audition.
Ce n'est pas pour cette fois : l'équipe a retenu un profil ayant déjà encadré une équipe en grande distribution.
Nous avons reçu plus de 250 candidatures pour cette mission. Nous sommes au regret de vous informer que la vôtre n'a pas été présélectionnée, la priorité ayant été donnée aux personnes ayant une expérience terrain en logistique humanitaire.
Votre profil ne répond malheureusement pas à toutes les exigences du poste, notamment en ce qui concerne l'autorisation de travail en Suisse. Nous ne pouvons dès lors pas retenir votre candidature.
Nous sommes désolés de vous annoncer que le processus s'arrête ici pour vous.
Ta candidature a été examinée par l'équipe et nous avons décidé de ne pas la retenir. Rien ne t'empêche de postuler à nos autres offres!
Votre dossier ne figure pas parmi ceux sélectionnés pour l'étape suivante. Cette décision ne remet pas en cause vos compétences.
Nous vous informons que votre candidature au poste de {role} n'a pas été retenue : l'inscription au tableau de l'Ordre est une exigence du poste et elle n'apparaît pas à votre dossier.
""",
        "rej_r7_interview": """
Merci encore pour notre échange de mardi. Nous avons rencontré l'ensemble des candidat·e·s et avons finalement retenu une personne dont l'expérience en gestion d'entrepôt multisite est plus étendue.
À la suite de votre entretien final avec les associé·e·s, nous ne sommes malheureusement pas en mesure de vous faire une proposition.
Petite mise à jour : le client a choisi l'autre finaliste, qui avait déjà fait deux saisons des Fêtes comme directeur de magasin. Ils ont vraiment aimé ta rencontre, c'était serré.
À l'issue du centre d'évaluation et de l'entretien avec la direction, nous avons le regret de ne pas pouvoir donner une suite favorable à votre candidature.
À l'issue des auditions, le jury a établi son classement. Votre nom ne figure pas sur la liste des candidat·e·s proposé·e·s à la nomination.
Merci pour la leçon d'essai et l'entretien. La direction de l'école a décidé de confier le poste à une autre enseignante.
""",
        "rej_r7_gone": """
Le recrutement pour le poste {role} est annulé à la suite d'une réorganisation interne. Toutes les candidatures, dont la vôtre, sont donc clôturées.
En raison d'un gel des embauches décidé par la direction, nous ne donnerons pas suite à ce recrutement. Nous vous prions de nous excuser pour ce contretemps.
SUBJECT: Poste pourvu – {role} || Le poste a été pourvu. Nous vous remercions de l'intérêt porté à notre établissement.
Votre candidature a été déclarée irrecevable : le diplôme requis pour l'accès à ce concours n'a pas été fourni dans les délais.
Le client a mis la recherche en pause pour une durée indéterminée, je dois donc fermer ta candidature de mon côté. Désolé, ça ne dépend pas de moi.
L'offre d'emploi à laquelle vous avez répondu a été retirée, le budget du projet n'ayant pas été reconduit.
""",
        "ack_r7": """
Nous accusons réception de votre candidature. En raison du volume important de dossiers, nous ne pourrons malheureusement pas répondre à chacun ; sans nouvelles de notre part d'ici trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Statut de votre candidature : en cours d'examen.
On a bien reçu ta candidature! On prend le temps de tout lire et on te revient d'ici deux semaines.
Le traitement des candidatures prend plus de temps que prévu en raison des congés d'été. Aucune décision n'a encore été prise ; merci de votre patience.
Votre dossier est complet et a été transmis au comité de sélection. Merci de ne pas envoyer de pièces justificatives supplémentaires.
Merci d'avoir postulé. La date limite de dépôt est fixée au 30 juin ; l'étude des candidatures commencera ensuite.
Nous avons bien reçu votre dossier de candidature. Il est actuellement analysé par notre service des ressources humaines, qui reviendra vers vous dans les meilleurs délais.
Votre CV a été transmis au responsable du magasin, qui vous contactera directement si votre profil est retenu pour un entretien.
""",
        "inv_r7": """
Nous souhaiterions vous rencontrer pour un entretien le jeudi 12 juin à 14 h dans nos locaux. Merci de nous confirmer votre disponibilité.
Même si votre candidature au poste d'adjoint·e de direction n'avait pas été retenue en mars, votre profil nous a marqués : nous aimerions vous proposer un entretien pour {role}.
Toutes nos excuses : la responsable RH est indisponible jeudi. Pourrions-nous décaler l'entretien au lundi 16 juin, 10 h ? Le lien de visioconférence reste le même.
Prochaine étape : un test de raisonnement en ligne à compléter sous cinq jours via le lien ci-dessous (environ 30 minutes).
Serais-tu disponible pour un court appel téléphonique de 20 minutes cette semaine? Réserve simplement une plage dans mon agenda.
Vous êtes invité·e à une journée d'immersion dans notre service de cardiologie le 20 juin. Merci de vous présenter à 7 h 30 à l'accueil principal.
Suite à votre candidature, nous avons le plaisir de vous convier à l'épreuve écrite du 19 juin, qui durera nonante minutes, suivie d'un entretien avec le jury.
Félicitations, vous êtes retenu·e pour le second tour ! Merci de choisir un créneau pour l'entretien avec le comité de direction.
""",
        "off_r7": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, à compter du 1er septembre, pour une rémunération brute annuelle de 42 000 €. La promesse d'embauche vous sera adressée cette semaine.
Nous ne pouvons malheureusement pas revoir le salaire de base à la hausse, mais nous pouvons ajouter cinq jours de congé. Notre proposition reste valable jusqu'à vendredi et nous serions ravis de vous compter parmi nous.
Bienvenue dans l'équipe! Ta date d'entrée en fonction est confirmée pour le lundi 7 juillet. Merci de signer ton contrat dans le portail d'accueil et de nous envoyer un spécimen de chèque pour le dépôt direct.
Nous avons le plaisir de vous confirmer votre engagement en qualité de {role} à un taux d'activité de 80 %, dès le 1er août. Vous trouverez ci-joint votre contrat de travail en deux exemplaires.
""",
        "oth_r7": """
Nous confirmons le retrait de votre candidature au poste {role}, à votre demande. Vos données seront supprimées sous 30 jours.
Votre avis compte : pourriez-vous consacrer trois minutes à un questionnaire anonyme sur votre expérience de candidat·e ?
Claire Dubois vous a indiqué comme personne de référence. Accepteriez-vous de répondre à quelques questions sur votre collaboration, par téléphone ou par courriel ?
Rappel : votre compte candidat sera supprimé après 24 mois d'inactivité. Connectez-vous avant le 30 juin pour le conserver.
""",
        "oth_alert": """
SUBJECT: 9 nouvelles offres pour « infirmier·ère » à Lyon || Nouvelles offres correspondant à votre alerte : Infirmier·ère en réanimation – CH Val de Saône ; Infirmier·ère de bloc opératoire – Clinique des Terreaux ; Cadre de santé – EHPAD Les Tilleuls. Modifier ou supprimer cette alerte.
""",
        "oth_cold": """
Je me permets de vous contacter car votre parcours correspond à un poste de responsable d'exploitation logistique que je recrute pour un acteur du e-commerce à Lille. Seriez-vous ouvert·e à un échange rapide ? Si ce n'est pas le bon moment, aucun souci.
Je recrute pour un cabinet d'avocats à Montréal qui cherche une ou un avocat en droit du travail. Ça t'intéresserait d'en jaser? Sinon, pas de problème, dis-le-moi simplement et je ne te relancerai pas.
""",
        "oth_newsletter": """
SUBJECT: Carrière & Vous – Rebondir après un refus || Au sommaire : comment digérer une réponse négative sans perdre confiance, trois modèles pour demander un retour après un entretien, et le témoignage d'une recruteuse sur le parcours d'un CV.
""",
    },
    "es": {
        "rej_r7": """
Estado de tu candidatura: Descartada. El proceso para {role} continúa con otros perfiles.
Tras revisar con detenimiento su candidatura, hemos optado por continuar con personas candidatas cuya experiencia en cuidados intensivos se ajusta mejor a las necesidades de la unidad.
Te escribo para avisarte que ya elegimos a otra persona para la vacante. Gracias por tu tiempo y por el interés en {company}, de verdad.
He hablado con mi cliente y ha decidido no avanzar con tu perfil para la posición de {role}; echaban en falta más experiencia en derecho laboral. En cuanto tenga algo más alineado te llamo.
Los resultados de la prueba en línea no alcanzaron el puntaje mínimo requerido, por lo que no podremos continuar con tu postulación.
Gracias por venir el sábado a la prueba en el salón. Estuvimos charlando con el equipo y decidimos no seguir adelante con vos; buscamos a alguien con más experiencia en mostrador.
Tu currículum quedará en nuestra base de datos para futuras oportunidades; para esta vacante, sin embargo, no seguiremos adelante con tu candidatura.
Le comunicamos que no ha resultado seleccionado/a para la fase de entrevista del proceso de provisión del puesto de {role}.
SUBJECT: Resultado de tu postulación || Lamentamos informarte que tu postulación no continuará en el proceso. Recibimos un alto número de postulantes y no podemos entregar retroalimentación individual.
Esta vez no ha podido ser: el equipo se ha decantado por un perfil con experiencia previa gestionando tienda.
Recibimos más de 200 solicitudes para este puesto. Lamentamos comunicarte que tu candidatura no ha sido preseleccionada, ya que dimos prioridad a perfiles con experiencia en terreno.
Para este puesto es imprescindible contar con permiso de trabajo vigente en España. Al no cumplir este requisito, no podemos tener en cuenta tu candidatura.
Tu proceso con nosotros ha finalizado. Te agradecemos el interés y el tiempo que le dedicaste.
Revisamos tu perfil y no encaja con lo que buscamos para {role}. Te invitamos a seguir pendiente de nuestras vacantes.
Le informamos que su solicitud no fue seleccionada para continuar. El puesto requiere cédula profesional de Licenciatura en Enfermería y especialidad en cardiología.
Resultado de la evaluación psicométrica: No apto. Con esto concluye tu participación en el proceso.
""",
        "rej_r7_interview": """
Gracias por la entrevista del martes. Hemos terminado de ver a todas las personas finalistas y nos hemos decidido por alguien con más recorrido en operaciones de almacén.
Después de tu entrevista final con los socios, lamentamos decirte que no podremos extenderte una oferta. Valoramos mucho tu caso práctico.
Che, te cuento: el cliente se decidió por el otro finalista, que ya había hecho dos temporadas altas como gerente de local. Les caíste muy bien, estuvo muy parejo.
Tras el assessment center y la entrevista con dirección, lamentamos comunicarle que no vamos a contar con usted para esta posición.
Una vez concluida la etapa de entrevistas, la comisión evaluadora no lo incluyó en la terna propuesta a la autoridad.
Muchas gracias por la clase demostrativa y la entrevista. La dirección del colegio ha decidido cubrir la plaza con otra docente.
""",
        "rej_r7_gone": """
La vacante {role} ha sido cancelada por cambios en la estructura del área. Todas las postulaciones, incluida la tuya, quedan cerradas.
Debido a una congelación de contrataciones, hemos decidido no cubrir el puesto por el momento. Sentimos no poder darte otra noticia.
SUBJECT: Vacante cubierta || La posición ya fue cubierta. Gracias por tu interés.
Su solicitud figura en la lista definitiva de excluidos por no acreditar la titulación exigida en las bases de la convocatoria.
El cliente puso en pausa la búsqueda por tiempo indefinido, así que tengo que cerrar tu proceso de mi lado. Una pena, no depende de mí.
El proyecto para el que abrimos esta posición finalmente no se aprobó, por lo que retiramos la oferta publicada y no continuaremos con el proceso.
""",
        "ack_r7": """
Hemos recibido tu candidatura. Debido al gran volumen de solicitudes, lamentablemente no podemos responder a todas; si en tres semanas no tienes noticias nuestras, entiende que hemos seguido con otros perfiles.
Estado de tu postulación: En revisión.
¡Ya recibimos tu CV! Lo estamos revisando y te contactamos la próxima semana para contarte qué sigue.
El proceso está tardando más de lo previsto por las vacaciones del equipo. Todavía no hemos tomado ninguna decisión; gracias por tu paciencia.
Tu expediente está completo y fue remitido al comité de selección. No es necesario que envíes más documentación.
Gracias por postular. La convocatoria cierra el 30 de junio y la revisión de antecedentes comenzará después de esa fecha.
SUBJECT: Acuse de recibo – ref. 2025/0418 || Confirmamos la recepción de su solicitud con número de referencia 2025/0418. Puede consultar el estado del procedimiento en la sede electrónica.
Tu CV ya está en manos de la gerencia de la tienda. Si tu perfil avanza, te llamarán directamente.
""",
        "inv_r7": """
Nos gustaría conocerte en una entrevista presencial el jueves 12 de junio a las 11:00 en nuestras oficinas. ¿Nos confirmas tu asistencia?
Aunque en marzo no avanzamos con tu candidatura para subgerente, tu perfil nos gustó mucho y queremos invitarte a una entrevista para {role}.
Perdona el cambio de planes: la responsable de RR. HH. no estará el jueves. ¿Podemos mover la entrevista al lunes 16 a las 10:00? El enlace de la videollamada es el mismo.
Siguiente paso: completa la prueba técnica en línea en un plazo de cinco días desde el enlace de tu portal. Dura unos 40 minutos.
¿Tenés un rato esta semana para una llamada corta de 20 minutos? Elegí el horario que te quede mejor en este link.
Te invitamos a una jornada de prueba remunerada en nuestro restaurante el sábado de 12:00 a 18:00. Trae pantalón negro y calzado cerrado antideslizante.
Ha sido convocado/a a la entrevista personal, que tendrá lugar el 3 de julio a las 9:30 en la sala de juntas del Ayuntamiento. Deberá presentar su DNI.
¡Felicidades, pasaste a la segunda etapa! Agenda tu entrevista con el comité de dirección en el horario que prefieras.
""",
        "off_r7": """
Nos complace ofrecerte el puesto de {role} con contrato indefinido y una retribución bruta anual de 34.000 €, con incorporación el 1 de septiembre. En breve te enviaremos la carta oferta para su firma.
Lamentablemente no podemos subir el salario base por encima de lo ofrecido, pero sí añadir cinco días más de vacaciones. La oferta sigue en pie hasta el viernes y nos encantaría contar contigo.
¡Te damos la bienvenida! Tu fecha de ingreso quedó confirmada para el lunes 7 de julio. Por favor sube tu RFC, CURP, NSS y comprobante de domicilio al portal de onboarding antes de esa fecha.
Tenemos el agrado de confirmar tu contratación como {role}, con jornada completa a partir del 1 de agosto. Adjuntamos el contrato de trabajo para que lo revises y firmes.
""",
        "oth_r7": """
Confirmamos que has retirado tu candidatura para {role}, tal como nos solicitaste. Tus datos se eliminarán en un plazo de 30 días.
¿Cómo fue tu experiencia como candidata o candidato con nosotros? Responde una encuesta anónima de tres minutos.
Lucía Ferrer te ha indicado como referencia para un puesto en nuestra empresa. ¿Podrías respondernos unas preguntas sobre tu experiencia trabajando con ella?
Tu cuenta en nuestro portal de empleo caducará el 30 de junio por inactividad. Inicia sesión si quieres conservar tu perfil.
""",
        "oth_alert": """
SUBJECT: 15 nuevas vacantes de «gerente de tienda» en Guadalajara || Nuevas vacantes para ti: Gerente de tienda – autoservicio, Zapopan; Jefe/a de piso – moda, Guadalajara centro; Subgerente de sucursal – farmacias, Tlaquepaque. Editar o cancelar esta alerta.
""",
        "oth_cold": """
Vi tu perfil y creo que encajarías muy bien en una posición de Jefe/a de Almacén que estoy cubriendo para una empresa de distribución en Zaragoza. ¿Te apetece que hablemos 15 minutos? Si no es el momento, ningún problema.
Trabajo en una consultora de reclutamiento y estoy buscando enfermeras y enfermeros para una clínica privada en Santiago, turno diurno. Si no te interesa, avísame y no te vuelvo a escribir.
""",
        "oth_newsletter": """
SUBJECT: Boletín de empleo: cómo levantarse tras un «no» || En este número: por qué un rechazo no define tu carrera, plantillas para pedir feedback después de una entrevista y lo que de verdad mira una reclutadora en los primeros 30 segundos.
""",
    },
    "pt": {
        "rej_r7": """
Status da candidatura: Reprovado. O processo para {role} seguirá com outros candidatos.
Após uma análise cuidada da sua candidatura, optámos por avançar com candidatos cujo percurso em cuidados intensivos se adequa melhor às necessidades do serviço.
Passando pra te avisar que escolhemos outra pessoa pra vaga. Foi uma decisão difícil, viu? Obrigado pelo interesse.
Falei hoje com o meu cliente e não vão avançar com o seu perfil para a função de {role} — procuravam mais experiência em direito do trabalho. Assim que surgir algo mais alinhado, ligo-lhe.
Sua nota no teste online ficou abaixo da nota de corte, por isso você não seguirá para a próxima etapa do processo seletivo.
Agradecemos a sua presença no dia de experiência no nosso hotel em Luanda. Após avaliação com a chefia da receção, decidimos não avançar com a sua contratação.
O seu CV ficará guardado na nossa base de dados durante 12 meses. Para esta vaga em concreto, no entanto, não iremos prosseguir com a sua candidatura.
Informamos que V. Exa. não foi admitido(a) à fase de entrevista profissional de seleção do procedimento concursal para {role}.
SUBJECT: Retorno sobre sua candidatura || Infelizmente seu perfil não foi aprovado para seguir no processo. Recebemos muitas candidaturas e não conseguimos dar um retorno individual.
Desta vez não deu: a equipa preferiu um perfil com experiência prévia a gerir loja.
Recebemos mais de 180 candidaturas para esta missão. Lamentamos informar que a sua não foi pré-selecionada; demos prioridade a pessoas com experiência de terreno em logística humanitária.
Esta função exige autorização de residência válida em Portugal. Como este requisito não está cumprido, não podemos considerar a sua candidatura.
Seu processo conosco foi encerrado. Agradecemos o tempo e a dedicação ao longo das etapas.
Analisamos seu perfil com carinho e ele não está alinhado ao que buscamos para {role}. Continue acompanhando nossas vagas!
Informamos que sua candidatura não foi selecionada. A vaga exige registro ativo no conselho regional de enfermagem e especialização em cardiologia.
Resultado da triagem curricular: não selecionado(a). Obrigado pela sua participação.
""",
        "rej_r7_interview": """
Obrigado pela entrevista de terça-feira. Já falámos com todos os finalistas e decidimos avançar com alguém com mais experiência em operações de armazém multi-site.
Depois da sua entrevista final com os sócios, infelizmente não vamos seguir com uma proposta. Gostamos muito do seu case.
O cliente acabou fechando com o outro finalista, que já tinha passado por duas Black Fridays como gerente de loja. Você foi muito bem avaliado, foi bem apertado.
Após o assessment center e a entrevista com a diretoria, lamentamos informar que não daremos continuidade à sua candidatura.
Concluída a fase de entrevistas, o júri elaborou a lista de classificação final, na qual V. Exa. não figura entre os candidatos aprovados.
Muito obrigado pela aula-teste e pela conversa. A coordenação da escola decidiu contratar outra professora para a vaga.
""",
        "rej_r7_gone": """
A vaga de {role} foi cancelada devido a uma reestruturação da área. Todas as candidaturas, incluindo a sua, foram encerradas.
Devido a um congelamento de admissões, não vamos preencher a vaga neste momento. Lamentamos não ter outra notícia para lhe dar.
SUBJECT: Vaga preenchida || A vaga já foi preenchida. Agradecemos o seu interesse.
A sua candidatura foi excluída por não reunir o requisito de habilitação académica exigido no aviso de abertura.
O cliente congelou a contratação por tempo indeterminado, então preciso encerrar seu processo por aqui. Sinto muito, não depende de mim.
O concurso foi anulado por despacho do Conselho de Administração, pelo que o recrutamento não terá seguimento.
""",
        "ack_r7": """
Recebemos a sua candidatura. Devido ao elevado número de candidaturas, infelizmente não conseguimos responder a todas; se não tiver notícias nossas no prazo de três semanas, considere que não foi selecionado(a).
Status: Em análise. Sua candidatura está sendo avaliada pelo time de recrutamento.
Oba, seu currículo chegou aqui! Vamos analisar com calma e te damos um retorno até a próxima sexta.
O processo está a demorar mais do que o previsto devido às férias da equipa. Ainda não foi tomada qualquer decisão; agradecemos a sua paciência.
A sua documentação está completa e foi remetida ao júri do procedimento. Não é necessário enviar mais comprovativos.
Obrigado pela sua candidatura. As candidaturas são aceites até 30 de junho; a avaliação curricular só terá início depois dessa data.
SUBJECT: Recebemos seu currículo || Confirmamos o recebimento do seu currículo para {role}. Acompanhe as próximas etapas pela sua área do candidato.
O seu CV foi encaminhado para a gerência da loja. Caso o seu perfil avance, será contactado(a) diretamente.
""",
        "inv_r7": """
Gostaríamos de te convidar para uma entrevista presencial na quinta-feira, 12 de junho, às 10h, no nosso escritório. Pode confirmar presença?
Apesar de não termos avançado com a sua candidatura a subgerente em março, gostámos muito do seu perfil e queremos convidá-lo(a) para uma entrevista para {role}.
Desculpe a mudança de planos: a gestora está de atestado na quinta. Podemos remarcar a entrevista para segunda, dia 16, às 14h? O link da chamada continua o mesmo.
Próxima etapa: realize o teste de lógica online em até cinco dias pelo link na sua área do candidato. Duração aproximada de 40 minutos.
Tem disponibilidade para uma chamada de 20 minutos esta semana? Pode escolher o horário que lhe der mais jeito através deste link.
Convidamos você para um dia de experiência remunerado no nosso restaurante no sábado, das 11h às 17h. Venha de calça preta e sapato fechado antiderrapante.
V. Exa. foi convocado(a) para a entrevista de seleção, a realizar no dia 3 de julho, às 9h00, nas instalações da Direção Provincial. Deve apresentar o Bilhete de Identidade.
Parabéns, você passou para a etapa final! Agende sua conversa com a diretoria no horário que preferir.
""",
        "off_r7": """
Temos o prazer de lhe propor a função de {role}, com contrato sem termo, remuneração base de 1.650 € x 14 meses e início a 1 de setembro. A carta-proposta segue em anexo para assinatura.
Infelizmente não conseguimos aumentar o salário base além do que foi oferecido, mas podemos reforçar o vale-refeição e incluir mais cinco dias de folga. A proposta continua de pé até sexta, e adoraríamos ter você no time.
Seja bem-vindo(a)! Sua data de admissão está confirmada para segunda, 7 de julho. Envie a carteira de trabalho digital, o comprovante de residência e os dados bancários pelo portal de admissão.
Temos o prazer de confirmar a sua admissão como {role}, a tempo inteiro, a partir de 1 de agosto. Segue em anexo o contrato de trabalho em duplicado para assinatura.
""",
        "oth_r7": """
Confirmamos que a sua candidatura para {role} foi retirada, conforme o seu pedido. Os seus dados serão eliminados no prazo de 30 dias.
Como foi sua experiência no nosso processo seletivo? Responda a uma pesquisa anônima de três minutos e nos ajude a melhorar.
Ricardo Mendes indicou-o(a) como referência para uma função na nossa empresa. Poderia responder a algumas perguntas sobre o trabalho que realizaram juntos?
Lembrete: a feira de carreiras da universidade acontece no dia 20 de junho. Garanta seu horário de conversa no nosso estande.
""",
        "oth_alert": """
SUBJECT: 11 novas vagas para “enfermeiro” em São Paulo || Novas vagas para você: Enfermeiro(a) UTI – Hospital Vila Mariana; Enfermeiro(a) Centro Cirúrgico – Clínica Paulista Sul; Enfermeiro(a) Home Care – Zona Oeste. Gerenciar ou cancelar este alerta.
""",
        "oth_cold": """
Vi seu perfil e acho que você tem tudo a ver com uma vaga de Coordenador(a) de Logística que estou tocando para um e-commerce em Campinas. Topa uma conversa rápida? Se não for o momento, sem problemas.
Sou consultora numa empresa de recrutamento e estou a recrutar um(a) jurista para uma sociedade de advogados em Lisboa. Se não lhe interessar, basta dizer-me e não volto a insistir.
""",
        "oth_newsletter": """
SUBJECT: Newsletter Carreira: recebeu um não? E agora? || Nesta edição: como lidar com a rejeição sem perder a motivação, modelos de e-mail para pedir feedback depois de uma entrevista e o que as recrutadoras olham primeiro no seu CV.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first} —", "Dear Applicant,"],
        "thanks": [
            "Thank you for your interest in the {role} position at {company}.",
            "Thanks for applying to {company} and for the time you put into your application.",
            "We appreciate you considering {company} as your next employer.",
        ],
        "wish": [
            "We wish you every success with your job search.",
            "All the best for whatever comes next.",
            "Good luck — we hope our paths cross again.",
        ],
        "marketing": [
            "At {company}, people come first: from our award-winning graduate scheme to our net-zero pledge, we're building a place where everyone can do their best work.",
            "{company} has grown from a single site to more than 40 locations, and we're proud to have been named a Top Employer three years running.",
        ],
        "sign": [
            "Kind regards,\n{sender}\n{company}",
            "Best,\n{sender_first}",
            "Many thanks,\nThe {company} Recruitment Team",
            "Warm wishes,\n{sender}\nTalent Acquisition | {company}",
        ],
        "footer": [
            "You are receiving this e-mail because you applied for a position at {company}. To manage your communication preferences or delete your data, visit your candidate profile.",
            "This message was sent from an unmonitored mailbox. {company} – privacy notice and unsubscribe options are available on our careers site.",
            "Confidentiality notice: this e-mail and any attachments are intended solely for the addressee. If you received it in error, please delete it.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} – {role}: application update",
            "Update on your application",
            "{role} (Ref. 4471)",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps with {company}",
            "{role}: let's find a time",
        ],
        "subject_off": [
            "Your offer from {company}",
            "{role} – offer of employment",
            "Welcome to {company}!",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "{company} – candidate update",
            "Quick question",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte*r {first},",
            "Guten Tag {first},",
            "Hallo {first}, wir hoffen, dir geht es gut!",
            "Liebe*r {first}, ich hoffe, du hattest einen guten Start in die Woche.",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der {company}.",
            "Herzlichen Dank, dass Sie sich die Zeit für Ihre Bewerbung genommen haben.",
            "Danke, dass du dich für die Stelle {role} bei {company} interessierst.",
            "Schön, dass du uns deine Bewerbung geschickt hast!",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen dir viel Erfolg bei deiner weiteren Suche!",
            "Alles Gute für dich und bis hoffentlich bald.",
        ],
        "marketing": [
            "Die {company} steht seit über 60 Jahren für Qualität, Verlässlichkeit und Menschlichkeit – und wurde 2024 erneut als Top-Arbeitgeber ausgezeichnet.",
            "Bei {company} gestalten über 2.000 Kolleg*innen an 30 Standorten die Zukunft der Versorgung. Nachhaltigkeit und Vielfalt sind für uns keine Schlagworte.",
        ],
        "sign": [
            "Mit freundlichen Grüssen\n{sender}\nHR Business Partner | {company}",
            "Freundliche Grüße\nIhr Recruiting-Team der {company}",
            "Viele Grüße und bis bald\n{sender_first}\n(du erreichst mich auch telefonisch)",
            "Liebe Grüße\n{sender_first} von {company} – melde dich gern bei Fragen!",
        ],
        "footer": [
            "{company} | Sitz: Zürich | Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.",
            "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung. Benachrichtigungen abbestellen: im Bewerberportal unter Einstellungen.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "{role} – Stand Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Gespräch – {role}",
            "Terminvorschlag: {role}",
            "Nächster Schritt bei {company}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Willkommen bei {company}!",
            "Angebot: {role}",
        ],
        "subject_oth": [
            "Nachricht von {company}",
            "Ihr Bewerberkonto bei {company}",
            "Kurze Frage",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Salut {first}!",
            "Chère candidate, cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et au poste de {role}.",
            "Merci d'avoir pris le temps de postuler chez {company}.",
            "Merci pour ta candidature et pour ton intérêt envers notre équipe!",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Nous vous adressons nos meilleurs vœux de réussite pour la suite de votre parcours professionnel.",
            "Bonne continuation!",
        ],
        "marketing": [
            "Depuis plus de 40 ans, {company} accompagne ses clientes et clients avec passion. Certifiée B Corp, notre entreprise place l'humain et l'environnement au cœur de sa stratégie.",
            "Chez {company}, plus de 1 500 collaboratrices et collaborateurs partagent une même ambition : bâtir ensemble un employeur dont on est fier.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nService des ressources humaines – {company}",
            "Bien à vous,\n{sender}",
            "Au plaisir,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\nL'équipe Recrutement de {company}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous pouvez exercer vos droits d'accès et de suppression depuis votre espace candidat.",
            "{company} – Avis de confidentialité : ce courriel et ses pièces jointes sont destinés exclusivement à leur destinataire. Se désabonner.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Suite à votre candidature chez {company}",
            "Candidature {role} : information",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape : {role}",
            "Disponibilités pour un échange",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company} !",
            "Votre contrat de travail",
        ],
        "subject_oth": [
            "Un message de {company}",
            "Votre espace candidat",
            "Petite question",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "¡Hola, {first}!",
        ],
        "thanks": [
            "Gracias por tu interés en el puesto de {role} en {company}.",
            "Le agradecemos el tiempo dedicado a su postulación.",
            "Queremos agradecerte por haber postulado con nosotros.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda laboral.",
            "Le deseamos lo mejor en sus próximos pasos profesionales.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} llevamos más de 30 años creciendo junto a nuestra gente. Estamos certificados como gran lugar para trabajar y apostamos por la diversidad y la sostenibilidad.",
            "{company} cuenta con más de 5.000 colaboradores en toda la región y sigue creciendo: ¡descubre todo lo que podemos construir juntos!",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}\nTalento Humano | {company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\nEquipo de Selección de {company}",
            "Quedo atento/a,\n{sender}",
        ],
        "footer": [
            "Este correo fue enviado automáticamente; por favor, no respondas a este mensaje. Conforme a la normativa de protección de datos, puedes ejercer tus derechos desde tu perfil de candidato.",
            "{company} – Aviso de privacidad: la información contenida en este mensaje es confidencial. Darse de baja.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Actualización de tu postulación – {company}",
            "Proceso de selección: {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente etapa del proceso",
            "Agenda tu entrevista con {company}",
        ],
        "subject_off": [
            "Carta oferta – {role}",
            "¡Bienvenida/o a {company}!",
            "Tu propuesta laboral",
        ],
        "subject_oth": [
            "Mensaje de {company}",
            "Tu perfil de candidato",
            "Una consulta rápida",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Caro(a) {first},",
            "Exmo.(a) Sr.(a) {first},",
            "Oi, {first}, tudo bem?",
        ],
        "thanks": [
            "Agradecemos o seu interesse na função de {role} na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Muito obrigado pelo seu interesse em fazer parte do time da {company}!",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Desejamos muito sucesso na sua jornada!",
            "Boa sorte nos próximos passos.",
        ],
        "marketing": [
            "Há mais de 25 anos, a {company} cuida de pessoas. Somos certificados como um ótimo lugar para trabalhar e acreditamos que diversidade e inclusão transformam resultados.",
            "Presente em Portugal, Angola e Moçambique, a {company} conta com mais de 3 000 colaboradores e foi distinguida como uma das melhores empresas para trabalhar.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos | {company}",
            "Abraços,\n{sender_first}",
            "Atenciosamente,\nEquipe de Recrutamento e Seleção – {company}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda. Para exercer os seus direitos de proteção de dados, aceda à sua área de candidato.",
            "{company} – Aviso de confidencialidade: esta mensagem é destinada exclusivamente ao destinatário. Cancelar inscrição.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura – {role} | {company}",
            "Atualização do processo seletivo",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa: {role}",
            "Agende sua entrevista",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Bem-vindo(a) à {company}!",
            "Carta-proposta",
        ],
        "subject_oth": [
            "Mensagem da {company}",
            "A sua área de candidato",
            "Uma pergunta rápida",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": (
        "Hi {sender_first},\n\nI just wanted to follow up on my application for the {role} role — "
        "is there any update on timing?\n\nThanks,\nAlex\n\n{header2}\n\nHi {first},\n\n"
        "Thanks for sending your CV over. I'll share it with the hiring manager this week and "
        "come back to you.\n\n{sender}"
    ),
    "de": (
        "Hallo {sender_first},\n\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} "
        "schon Neuigkeiten gibt.\n\nViele Grüße\nAlex\n\n{header2}\n\nGuten Tag {first},\n\n"
        "vielen Dank für Ihre Unterlagen. Ich leite sie diese Woche an die Fachabteilung weiter "
        "und melde mich dann wieder.\n\n{sender}"
    ),
    "fr": (
        "Bonjour {sender_first},\n\nJe me permets de revenir vers vous au sujet de ma candidature "
        "au poste de {role}. Avez-vous une idée du calendrier ?\n\nBien cordialement,\nAlex\n\n"
        "{header2}\n\nBonjour {first},\n\nMerci pour l'envoi de votre CV. Je le transmets cette "
        "semaine à la personne responsable du recrutement et je reviens vers vous.\n\n{sender}"
    ),
    "es": (
        "Hola, {sender_first}:\n\nQuería preguntar si hay novedades sobre mi candidatura para el "
        "puesto de {role}.\n\nUn saludo,\nAlex\n\n{header2}\n\nHola, {first}:\n\nGracias por "
        "enviarnos tu CV. Esta semana se lo paso a la persona responsable del área y te cuento."
        "\n\n{sender}"
    ),
    "pt": (
        "Olá, {sender_first},\n\nGostaria de saber se há novidades sobre a minha candidatura à vaga "
        "de {role}.\n\nObrigado,\nAlex\n\n{header2}\n\nOlá, {first},\n\nObrigado por enviar o seu "
        "CV. Vou partilhá-lo esta semana com a gestora da área e depois dou-lhe notícias.\n\n{sender}"
    ),
}
