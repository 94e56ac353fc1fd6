# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 8 by an independent author who did not read the classifier:
mail that crosses borders and registers. HR teams writing in a language that is not theirs,
template and machine-translated corporate phrasing, bilingual mails, temp agencies and public
employment services, volume hiring in retail, hospitality, logistics and care, apprenticeships
and internships, public competitions and EU selections with reserve lists, and mails whose
decision sits only in a status line or the subject. Rejections are often phrased through the
procedure, receipts are sometimes phrased negatively, invitations are to tests, exams,
assessment days and trial shifts, offers are contract proposals, placement confirmations and
internship agreements, and "other" covers employment-office appointments, profile reminders,
payslips, timesheets, data-retention notices and document requests after hiring.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Houtvast Distributie",
    "Solandra Hospitality",
    "Vitamar Saúde",
    "Kronwald Pflege",
    "Interflex Staffing",
    "Mercatto Supermercados",
    "Euranet Agency",
    "Bellamar Retail",
)
ROLES: tuple[str, ...] = (
    "Warehouse Associate",
    "Logistics Coordinator",
    "Nursing Assistant",
    "Retail Store Supervisor",
    "Junior Accountant",
    "IT Support Technician",
)
SENDERS: tuple[tuple[str, str], ...] = (
    ("Femke de Vries", "werving@{domain}"),
    ("Recruitment Team", "no-reply@{domain}"),
    ("Lucía Gómez", "seleccion@{domain}"),
    ("Joana Pereira", "recrutamento@{domain}"),
    ("Sandrine Morel", "recrutement@{domain}"),
    ("Markus Lehner", "ausbildung@{domain}"),
    ("Talent Acquisition", "no-reply@jobs.successfactors.example"),
    ("Ana Beatriz Souza", "no-reply@vagas.gupy.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_d8": """
Thank you for applying to the {role} vacancy at our Rotterdam distribution centre. After careful consideration we regret to inform you that we will not proceed with your candidature at this moment. We have saved your data in our talent pool for 12 months; in case of a matching vacancy we may contact you again.
We have received many applications for the position of {role} and the choice was not easy. Unfortunately your profile does not match sufficiently with the requirements of the function, and for this reason we are not able to offer you a place in the next round.
Further to your application as {role} at our hiring event last Saturday, we must unfortunately inform you that all positions for this season have now been filled. You have not been selected for a summer contract.
You recently applied through our branch for the {role} assignment at one of our clients. The client has chosen another candidate from our pool, so we will not be presenting you for this assignment. Your registration with us stays active and you can keep applying to other assignments in the app.
Thank you for your interest in working at {company}. Following review by the ward manager, we are sorry to let you know that you have not been shortlisted for the {role} post (ref. 2025-HC-0418). Due to the high number of applications we are unable to provide individual feedback at this stage.
We have now filled all internship places for the autumn intake, and unfortunately we are unable to offer you a placement as {role} intern. You are welcome to look at our spring programme, which opens for applications in January.
We thank you for the trust you have placed in our company. After study of your file, we regret to announce you that your application has not been retained for the post of {role}. We keep your CV in our database and will not hesitate to recontact you should an opportunity correspond to your profile.
After your trial shift in our Lisbon store on Thursday, the store manager has decided not to continue with your application for {role}. Thanks for your time and for giving it a go with the team.
We are writing to let you know that the vacancy for {role} has been withdrawn following an internal reorganisation, and all applications, including yours, will therefore not be taken further.
Short message from the recruitment desk: you were a strong candidate for {role}, but in the end we offered the role to someone with more warehouse management system experience. Sorry this is not better news — please do apply again when we open the peak season roles.
""",
        "rej_d8_process": """
The Selection Board has completed its evaluation of the written tests in selection procedure EURA/AD/2025/07 ({role}). We regret to inform you that you did not obtain the pass mark required in test (b) and therefore you cannot be admitted to the next phase of the procedure. Your detailed marks are available in your candidate account.
Following the assessment centre, your overall score was 54 out of 100. The minimum score required to be included in the next stage was 60. As a result, your application for {role} will not proceed further.
The recruitment procedure for the post of {role} (vacancy notice 2025/041) is now closed. The appointing authority has selected a candidate from the reserve list. Your name remains on the reserve list until its expiry on 31 December 2026, but inclusion on the list gives no right to recruitment and no further appointments are foreseen for this post.
We have filled the apprenticeship places for the September intake. As your application for the {role} apprenticeship arrived after the places were allocated, we cannot consider it for this year.
Your online aptitude test for {role} has been evaluated. Unfortunately the result is below the threshold we use to invite candidates to the next step, so your application has been closed automatically. You may reapply after six months.
This is to confirm that you were not admitted to the interview phase of the competition for {role}. The eligibility check showed that the required minimum of three years of professional experience after the diploma was not demonstrated in your application form.
Thank you for taking part in the assessment day at {company}. The panel has reviewed all exercises and we regret that your results were not sufficient for us to offer you a place in the graduate programme.
The competition for {role} has concluded and the final ranking has been published. You are ranked 23rd on the reserve list; with 6 posts to be filled, no appointment will be made from your position in this procedure. We will contact you only if the list is reopened.
Please be informed that the selection process for {role} at {company} has been completed without your application progressing beyond the pre-selection stage. This decision is final and the file has been archived in line with our retention policy.
Following our telephone screening, we have decided that your application for {role} will not be taken to the next stage. A valid counterbalance forklift licence is mandatory for this role and this requirement could not be met.
""",
        "rej_d8_status": """
SUBJECT: Application status changed – {role} || Your application status has been updated. Job: {role} | Requisition: 18842 | Location: Venlo | Status: Not selected. No further action is required from you. To see other opportunities, log in to the candidate portal.
SUBJECT: {company} – decision on your application || Decision: Unsuccessful. Position: {role}. Stage reached: CV screening. Comments: none. This is an automated notification, please do not reply.
SUBJECT: Update: {role} – position filled || The position you applied for has been filled. Your application status: Closed – candidate not selected.
Candidate update — {role} — Outcome of shortlisting: not shortlisted. If you would like to request feedback, please reply within 10 working days quoting your candidate number.
SUBJECT: Your application for {role} (ref. 5531) || Stage: Final review → Result: Rejected. Reason code: other candidates better matched.
Regarding your application {role} — status: Withdrawn by employer (vacancy cancelled). Applications linked to this vacancy cannot be processed further.
""",
        "ack_d8": """
We confirm receipt of your application for {role}. Your documents are now with our recruitment team, who will examine them in the coming two weeks. You can follow the status of your application in your candidate account at any time.
Thank you for registering with {company}. Your profile has been created and a consultant from your nearest branch will review your CV and availability. Please make sure your right-to-work documents are uploaded so we can match you to assignments.
Your application for the selection procedure {role} has been validated and registered under number 1124-889. The eligibility of all candidates will be checked after the closing date. You will be informed of the outcome via your account.
This email confirms that your application for {role} (ref. NRS-7721) has been submitted successfully. The closing date is 14 July; shortlisting will take place the following week.
Your application for our apprenticeship in {role} is in. Our training team reads every application personally and we usually reply within four weeks after the application deadline.
SUBJECT: Application received – {role} || Status: Received → In review. We will inform you as soon as the hiring manager has reviewed your profile.
""",
        "ack_d8_negative": """
Due to the very high volume of applications, we are not able to respond to each candidate individually. If you have not heard from us within 30 days, please consider that your application for {role} has not been successful on this occasion. We have however received it and it is in our system.
Please do not reply to this message, this mailbox is not monitored. Your application for {role} was received. We cannot give information on the status by phone or email. Only candidates selected for interview will be contacted.
We received your application but unfortunately we cannot yet give you an answer: the screening for {role} has not started because the vacancy is still open until the end of the month. We ask for your patience.
Your application for {role} has been received. Note: incomplete applications will not be considered — as far as we can see, all required documents are attached, so no further action is needed from your side for now.
""",
        "inv_d8": """
Congratulations, you have been selected for the next stage. We invite you to our assessment day for {role} on Tuesday 17 June from 9:00 to 15:00 at our head office. The day includes a group exercise, a short presentation and an interview with two managers. Please confirm your attendance via your candidate account.
We would like to invite you to a paid trial shift in our kitchen on Saturday 21 June from 10:00 to 14:00, so you can get to know the team and we can see you at work. Please bring safety shoes and your ID, and let us know by Wednesday if this suits you.
Good news: the client has reviewed your profile and would like to meet you for the {role} assignment. The interview takes place on Monday at 11:00 at the client's warehouse in Tilburg; one of our consultants will accompany you. Can you confirm by replying to this email?
We are pleased to inform you that you have been admitted to the assessment phase of selection procedure EURA/AD/2025/07 ({role}). You are invited to a competency-based interview with the Selection Board, held by videoconference on 3 September. The invitation letter with the connection details is available in your account.
Thanks for your patience! {sender_first} here from the talent team. The hiring manager would like to have a 30-minute video call with you about the {role} position. Could you pick a slot via the booking link by Friday?
SUBJECT: Invitation: interview {role} – 24/06 14:30 || Date: 24 June, 14:30. Location: {company}, reception building B. Contact person: {sender}. Please bring a copy of your ID and diplomas.
""",
        "inv_d8_test": """
As the next step in the recruitment process for {role}, we invite you to complete an online numerical and verbal reasoning test. You have 5 days from receipt of this email to complete it; it takes approximately 40 minutes.
You are invited to sit the written exam for the {role} traineeship on 12 July at 09:30 in Room 2.14, Campus North. Please arrive 30 minutes before the start with a valid identity document; late arrivals will not be admitted.
We would like you to take part in our selection day for apprentices: a short aptitude test in the morning, then a tour of the workshop and a personal conversation with the training manager. Date: Friday 4 July, 8:00.
Following your application for {role}, we are happy to invite you to a practical skills test (2 hours) at our Porto office on 9 July, followed by an interview with the team lead.
""",
        "off_d8": """
We are pleased to offer you the position of {role} at {company}. Attached you will find the contract proposal: fixed-term contract of 12 months, 38 hours per week, gross monthly salary of EUR 2,850, start date 1 August. Please return the signed copy before 20 June.
Placement confirmation: you have been placed on the {role} assignment with our client from Monday 16 June. Hourly rate: EUR 15.40 gross plus shift allowance. Start at 6:00 at gate 3 and ask for the shift leader. Your assignment contract is ready to sign in the app.
We are happy to confirm that we will host you as a {role} intern from 1 September to 28 February. Please find attached the internship agreement; it needs to be signed by you, your university and us. Monthly allowance: EUR 900.
Following your assessment day we are delighted to tell you that we would like you to join our graduate programme as {role}. A formal offer letter with salary and benefits will follow by post; please let us know by reply whether you accept in principle.
Following the completion of the selection procedure, the Authority Authorised to Conclude Contracts has decided to offer you a contract as temporary agent, grade AD6, for the post of {role}. Please find the offer of employment attached and confirm your acceptance within 10 working days.
Hi {first}! After your trial shift the team was really happy with you, and we'd love to have you on board as {role}. We can offer a permanent contract of 24 hours a week starting next month. Shall I send the contract over for signing?
""",
        "oth_d8": """
SUBJECT: Appointment confirmation – Job Centre || This is a confirmation of your appointment with your employment adviser at the Job Centre on Tuesday 10 June at 10:15. Please bring your CV and the list of applications you made in the last month. If you cannot attend, please cancel at least 24 hours in advance.
Your candidate profile is 60% complete. Add your work history, availability and right-to-work documents so our consultants can propose you for assignments. It only takes 5 minutes.
Your payslip for week 23 is now available in the {company} app. Hours worked: 38.5. If you have questions about your payment, please contact your branch.
To complete your personnel file before your first day, please upload the following documents: copy of ID, bank details, tax number, social security number and the signed data protection form. Without these documents we cannot process your first salary.
New vacancies matching your search "warehouse, Rotterdam": Order picker (temp to perm), Reach truck driver night shift, Inventory clerk. View all vacancies in the app.
Your data has been stored in our talent pool for 12 months. Under data protection rules we ask you to confirm whether you want to keep your profile active. If we do not hear from you by 30 June, your data will be deleted.
Join our open hiring day! On Saturday 28 June our store managers will be at the shopping centre to talk about summer jobs. No appointment needed, just bring your CV.
Reminder: please approve your timesheet for last week before Monday 12:00, otherwise your hours cannot be paid this week.
""",
    },
    "de": {
        "rej_d8": """
Vielen Dank für Ihre Bewerbung als {role} bei {company}. Wir haben Ihre Unterlagen mit Sorgfalt angeschaut, aber leider müssen wir Ihnen mitteilen dass wir mit anderen Kandidaten weiter gehen in diesem Prozess.
Leider können wir Ihnen für die Stelle als {role} keine Zusage geben. Die Entscheidung ist uns bei der großen Zahl qualifizierter Bewerbungen nicht leichtgefallen. Ihre Unterlagen löschen wir nach Ablauf von sechs Monaten gemäß DSGVO.
Unser Kunde hat sich für die Stelle als {role} leider für einen anderen Bewerber entschieden. Dein Profil bleibt natürlich bei uns im Pool aktiv und wir melden uns, sobald wir einen passenden Einsatz für dich haben.
Wir haben alle Ausbildungsplätze zum {role} für das Ausbildungsjahr 2025 bereits besetzt. Daher können wir Ihre Bewerbung leider nicht mehr berücksichtigen. Gerne können Sie sich für das Ausbildungsjahr 2026 erneut bewerben, das Portal öffnet im August.
Nach Rücksprache mit der Pflegedienstleitung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können. Für die ausgeschriebene Stelle ist eine abgeschlossene dreijährige Ausbildung zwingende Voraussetzung.
Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. — English version: Unfortunately we have to inform you that we decided in favour of another candidate for the {role} position.
Danke, dass du am Samstag zum Probearbeiten im Markt warst. Wir haben uns im Team besprochen und uns am Ende für jemanden entschieden, der schon Erfahrung an der Frischetheke hat. Es tut uns leid, dass es diesmal nicht geklappt hat.
Für das Pflichtpraktikum im Bereich {role} haben wir in diesem Semester leider keine freien Plätze mehr. Alle Praktikumsstellen sind bis März vergeben, sodass wir Ihnen keine Zusage machen können.
Ihre Bewerbung auf die Position {role} hat uns gut gefallen, jedoch passt Ihr Profil im direkten Vergleich nicht ganz so gut zu den Anforderungen wie das anderer Bewerber. Wir haben uns daher entschieden, Sie im weiteren Verfahren nicht zu berücksichtigen.
Die Stelle als {role} wird aufgrund einer internen Umstrukturierung nicht besetzt. Das Auswahlverfahren wurde daher eingestellt, und wir können Ihre Bewerbung leider nicht weiter bearbeiten.
""",
        "rej_d8_process": """
Das Auswahlverfahren für die Stelle {role} (Kennziffer 2025-114) ist abgeschlossen. Die Auswahlkommission hat sich für eine andere Bewerberin entschieden. Ihre Bewerbungsunterlagen werden nach Ablauf der Fristen des AGG vernichtet.
Sie wurden im Auswahlverfahren auf Platz 4 der Nachrückerliste gesetzt. Da alle drei Plätze inzwischen angenommen wurden, ist das Verfahren für dieses Jahr abgeschlossen und eine Einstellung kann nicht erfolgen.
Im Online-Einstellungstest für die Ausbildung zum {role} haben Sie leider nicht die erforderliche Mindestpunktzahl erreicht. Eine Teilnahme am weiteren Auswahlverfahren ist deshalb nicht möglich.
Nach Auswertung des Assessment-Centers teilen wir Ihnen mit, dass Sie für die nächste Phase des Auswahlverfahrens {role} nicht berücksichtigt werden konnten. Die Ergebnisse der einzelnen Übungen können wir leider nicht herausgeben.
Wir haben die Vorauswahl für die Stelle {role} abgeschlossen. Ihre Bewerbung ist leider nicht in die engere Auswahl gekommen, sodass wir Sie nicht zu einem Vorstellungsgespräch einladen werden.
Bei der Prüfung Ihrer Unterlagen haben wir festgestellt, dass die formalen Voraussetzungen (abgeschlossenes Hochschulstudium auf Masterniveau) nicht erfüllt sind. Wir können Ihre Bewerbung daher im weiteren Verfahren nicht berücksichtigen.
Vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach intensiver Abwägung haben wir uns entschieden, das Verfahren mit einer anderen Kandidatin fortzusetzen, deren Profil dem Anforderungsprofil noch näher kommt.
Das Besetzungsverfahren ist abgeschlossen; Ihre Bewerbung war leider nicht erfolgreich. / The recruitment procedure has been closed; unfortunately your application was not successful. Bitte haben Sie Verständnis, dass wir keine Einzelbegründung geben.
Der Personalrat hat der Einstellung einer anderen Bewerberin zugestimmt. Das Stellenbesetzungsverfahren für {role} ist damit beendet; Ihre Bewerbung konnte nicht berücksichtigt werden.
Leider findet der Einsatz, für den wir dich vorgeschlagen hatten, nicht statt: der Kunde hat die Anfrage für {role} storniert und wir haben momentan keine andere passende Stelle in deiner Region für dich.
""",
        "rej_d8_status": """
SUBJECT: Statusänderung Ihrer Bewerbung – {role} || Status Ihrer Bewerbung: Absage. Stelle: {role}. Standort: Duisburg. Diese Nachricht wurde automatisch erstellt.
SUBJECT: {company} | Bewerbung {role} – Ergebnis || Ergebnis der Vorauswahl: nicht berücksichtigt. Weitere Schritte: keine. Ihre Daten werden nach sechs Monaten gelöscht.
Bewerbungsstatus: Abgeschlossen – Stelle anderweitig besetzt. Referenznummer: DE-40518. Sie können sich jederzeit auf weitere Stellen in unserem Karriereportal bewerben.
SUBJECT: Application update / Bewerbungsupdate || Status: Rejected / Abgelehnt. Position: {role}. Sie erhalten diese Nachricht, weil Sie sich über unser Portal beworben haben.
Ihre Bewerbung auf {role}: Phase „Interview“ → Status „Kein Angebot“. Bei Fragen wenden Sie sich bitte an das Recruiting-Team.
SUBJECT: Ausbildungsplatz {role} – Rückmeldung || Rückmeldung zu Ihrer Bewerbung: Ausbildungsplätze vergeben, Bewerbung nicht berücksichtigt.
""",
        "ack_d8": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns innerhalb von drei Wochen bei Ihnen. Den Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Wir bedanken uns für Ihre Bewerbung. Hiermit bestätigen wir dass wir Ihre Unterlagen für die Stelle {role} in guter Ordnung empfangen haben. Unsere Recruiter werden Ihnen so schnell wie möglich eine Rückmeldung geben.
Danke für deine Anmeldung bei {company}! Dein Profil ist angelegt. Eine Disponentin aus der Niederlassung schaut sich deinen Lebenslauf an und meldet sich, sobald sie einen passenden Einsatz für dich hat.
Vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als {role}. Die Bewerbungsfrist läuft noch bis zum 30. September; erst danach beginnen wir mit der Auswahl. Bitte sehen Sie bis dahin von Nachfragen ab.
Eingangsbestätigung: Ihre Bewerbung auf die Stellenausschreibung {role} (Kennziffer 2025-114) ist fristgerecht eingegangen. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.
SUBJECT: Eingangsbestätigung {role} || Wir haben Ihre Bewerbung erhalten und melden uns in Kürze. / We have received your application for {role} and will get back to you shortly. Status: Eingegangen – in Prüfung.
""",
        "ack_d8_negative": """
Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle anderweitig besetzt. Ihre Unterlagen sind aber vollständig bei uns angekommen.
Bitte antworten Sie nicht auf diese E-Mail. Ihre Bewerbung für {role} wurde erfolgreich übermittelt. Leider können wir telefonisch keine Auskunft zum Stand des Verfahrens geben.
Wir konnten Ihre Bewerbung leider noch nicht abschließend prüfen, da die Fachabteilung derzeit im Urlaub ist. Wir bitten um etwas Geduld – spätestens Mitte August erhalten Sie eine Rückmeldung.
Ihre Bewerbung ist eingegangen. Unvollständige Bewerbungen können nicht berücksichtigt werden – Ihre Unterlagen sind nach erster Sichtung jedoch komplett, Sie müssen also nichts nachreichen.
""",
        "inv_d8": """
Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle als {role} einzuladen. Termin: Donnerstag, 19. Juni, 10:00 Uhr, {company}, Empfang Gebäude A. Bitte bestätigen Sie den Termin kurz per E-Mail.
Hast du Lust, bei uns einen Tag Probe zu arbeiten? Wir würden dich gerne am Freitag von 8 bis 14 Uhr in unsere Filiale einladen, damit du das Team und die Abläufe kennenlernst. Bitte bring Sicherheitsschuhe mit.
Gerne laden wir Sie ein für ein Kennenlerngespräch per Teams mit unserem Teamleiter. Wären Sie verfügbar am Mittwoch um 14 Uhr? Das Gespräch wird ungefähr 45 Minuten dauern und wird auf Englisch und Deutsch geführt.
Sie werden hiermit zu einem strukturierten Auswahlgespräch vor der Auswahlkommission eingeladen. Das Gespräch findet am 24. Juni um 13:30 Uhr im Rathaus, Raum 204, statt. Bitte bringen Sie Ihre Originalzeugnisse mit.
Gute Nachrichten, {first}: der Kunde möchte dich für die Stelle als {role} kennenlernen! Das Vorstellungsgespräch ist am Dienstag um 9 Uhr direkt im Lager in Kamen, ich begleite dich. Gib mir bitte kurz Bescheid, ob das passt.
Wir möchten Sie zu einem zweiten Gespräch einladen. / We would like to invite you to a second interview for the {role} role. Bitte wählen Sie einen Termin über den Link. / Please book a slot using the link.
""",
        "inv_d8_test": """
Sie haben die erste Auswahlstufe erfolgreich bestanden. Wir laden Sie herzlich zu unserem Einstellungstest für die Ausbildung zum {role} am 8. Juli um 9:00 Uhr ein. Bitte bringen Sie einen Kugelschreiber und Ihren Personalausweis mit.
Gerne möchten wir Sie zu unserem Assessment-Center am 15. Juli einladen. Der Tag umfasst eine Gruppenübung, eine Präsentation und ein Einzelinterview mit der Fachabteilung. Die Reisekosten werden erstattet.
SUBJECT: Einladung Online-Test {role} || Als nächsten Schritt bitten wir Sie, unseren Online-Test (ca. 45 Minuten, Logik und Konzentration) innerhalb der nächsten sieben Tage zu absolvieren. Den Zugangslink finden Sie in Ihrem Bewerberkonto.
Im Rahmen des Bewerbungsverfahrens laden wir Sie zu einer Hospitation auf unserer Station ein: Montag, 30. Juni, 7:00 bis 12:00 Uhr. Anschließend möchten wir ein kurzes Gespräch mit Ihnen und der Stationsleitung führen.
""",
        "off_d8": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Im Anhang finden Sie Ihren Arbeitsvertrag (unbefristet, 39 Stunden, Eintritt 1. September). Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 27. Juni zurück.
Wir freuen uns, Ihnen einen Ausbildungsplatz als {role} zum 1. August anbieten zu können! Ihren Ausbildungsvertrag schicken wir Ihnen in zweifacher Ausfertigung per Post; bitte unterschreiben Sie beide Exemplare.
Einsatzbestätigung: Du startest am Montag, den 16. Juni, als {role} beim Kunden in Hamm. Stundenlohn: 15,20 € brutto nach Tarif plus Schichtzulage. Arbeitsbeginn 6 Uhr, Tor 2. Deinen Arbeitsvertrag kannst du in der App digital unterschreiben.
Nach die Gespräche mit Ihnen sind wir überzeugt dass Sie gut in unserem Team passen. Gerne machen wir Ihnen ein Angebot für die Stelle {role}: Bruttojahresgehalt 48.000 €, 30 Urlaubstage, Beginn nach Absprache. Den Vertragsentwurf bekommen Sie separat.
Wir bestätigen Ihnen gerne ein Praktikum als {role} vom 1. Oktober bis 31. März. Die Praktikumsvereinbarung liegt dieser E-Mail bei; bitte lassen Sie sie auch von Ihrer Hochschule unterschreiben. Die Vergütung beträgt 1.200 € monatlich.
Es hat sich ein Platz frei gemacht: Da eine Bewerberin abgesagt hat, können wir Ihnen als Nächster auf der Nachrückerliste nun doch eine Stelle als {role} anbieten. Bitte teilen Sie uns bis Freitag mit, ob Sie das Angebot annehmen.
""",
        "oth_d8": """
SUBJECT: Ihr Termin bei der Agentur für Arbeit || Ihr Termin: Mittwoch, 11. Juni, 9:30 Uhr, bei Ihrer Arbeitsvermittlerin, Zimmer 2.07. Bitte bringen Sie Ihren Lebenslauf und Ihre Bewerbungsnachweise mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte vorher ab.
Dein Profil ist noch nicht vollständig: Es fehlen Verfügbarkeit, Führerschein und dein Lebenslauf. Vervollständige jetzt dein Profil, damit wir dir passende Jobs vorschlagen können.
Deine Lohnabrechnung für Mai steht im Mitarbeiterportal zum Download bereit. Bei Fragen zur Abrechnung wende dich bitte an die Lohnbuchhaltung.
Für Ihre Personalakte benötigen wir vor Ihrem ersten Arbeitstag noch folgende Unterlagen: Steuer-ID, Sozialversicherungsausweis, Mitgliedsbescheinigung der Krankenkasse, Bankverbindung und ein erweitertes Führungszeugnis. Bitte laden Sie diese im Onboarding-Portal hoch.
Erinnerung: Bitte lade deinen Stundennachweis für KW 24 bis Montag 12 Uhr hoch, sonst kann die Abrechnung nicht rechtzeitig erfolgen.
Neue Jobs für deinen Suchauftrag „Lager, Dortmund“: Kommissionierer (m/w/d) in Vollzeit, Staplerfahrer Nachtschicht, Mitarbeiter Wareneingang. Jetzt ansehen und mit einem Klick bewerben.
Ihre Daten sind seit zwölf Monaten in unserem Talentpool gespeichert. Bitte bestätigen Sie bis zum 30. Juni, ob wir sie weiterhin aufbewahren dürfen; andernfalls werden sie gemäß DSGVO gelöscht.
Besuchen Sie uns auf der Ausbildungsmesse am 5. Juli in der Westfalenhalle! Unsere Azubis beantworten Ihre Fragen zu allen Ausbildungsberufen. Eine Anmeldung ist nicht nötig.
""",
    },
    "fr": {
        "rej_d8": """
Nous vous remercions pour l'intérêt que vous avez manifesté pour notre entreprise. Après analyse de votre profil, nous avons le regret de vous informer que votre candidature pour le poste de {role} n'a pas été retenue pour cette fois. Nous gardons votre curriculum en notre base de données.
L'entreprise utilisatrice a finalement retenu un autre intérimaire pour la mission de {role}. Votre inscription reste active chez nous et nous reviendrons vers vous dès qu'une mission correspondant à votre profil se présentera.
Nous avons pourvu l'ensemble de nos postes en alternance pour la rentrée de septembre. Nous ne sommes donc malheureusement pas en mesure de donner une suite favorable à votre candidature de {role} en alternance.
Après étude de votre dossier, nous sommes au regret de ne pouvoir vous proposer de stage au sein de notre service cette année, l'ensemble des places ayant déjà été attribuées.
Suite à votre candidature au poste de {role} au sein du pôle gériatrie, nous vous informons que celle-ci n'a pas été retenue. La direction des soins a privilégié des candidatures justifiant d'une expérience en EHPAD.
Nous regrettons de vous informer que nous ne pouvons pas donner suite à votre candidature. — We regret to inform you that we are unable to take your application for {role} further.
Merci d'être venu(e) pour la journée d'essai samedi en magasin. Après échange avec l'équipe, nous avons décidé de ne pas poursuivre avec votre candidature pour le poste de {role}.
Malgré l'intérêt de votre parcours, votre profil ne correspond pas suffisamment aux exigences du poste de {role}. Nous ne sommes donc pas en mesure de vous proposer un entretien.
Le recrutement pour le poste de {role} a été suspendu suite à un gel des embauches décidé par la direction. Nous clôturons donc l'ensemble des candidatures reçues, dont la vôtre.
Je reviens vers toi concernant le poste de {role}. On a beaucoup hésité, mais on a choisi un profil avec plus d'expérience en logistique du froid. Désolé, ce n'est pas la nouvelle que tu attendais.
""",
        "rej_d8_process": """
Nous vous informons qu'à l'issue des épreuves écrites d'admissibilité du concours externe de {role}, vous n'avez pas été déclaré(e) admissible. Vos notes détaillées sont consultables sur votre espace candidat.
Le jury a arrêté la liste d'aptitude. Votre nom y figure, mais nous vous rappelons que l'inscription sur la liste d'aptitude ne vaut pas recrutement. Le poste de {role} ayant été pourvu par un lauréat mieux classé, aucune nomination ne vous sera proposée dans le cadre de cette procédure.
Le score obtenu au test en ligne (48/100) est inférieur au seuil minimum requis (60/100). Votre candidature ne peut donc pas être admise à l'étape suivante du processus de sélection.
La procédure de recrutement pour le poste de {role} est désormais close. Votre candidature n'a pas été retenue à l'issue de la phase de présélection sur dossier.
Le jury de sélection a examiné votre acte de candidature. Nous avons le regret de vous informer que vous n'avez pas été admis(e) à la phase suivante de la procédure, le nombre de points obtenus lors de l'évaluation des talents étant insuffisant.
Votre dossier de candidature a été déclaré non recevable : le diplôme requis (niveau bac+3) n'a pas été justifié dans les délais impartis. Il ne sera donc pas examiné par la commission de sélection.
À l'issue de la journée d'évaluation, la commission a estimé que vos résultats ne permettaient pas de vous proposer une place dans le programme {role}.
Vous avez participé à l'épreuve de sélection pour la fonction de {role}. Vous avez obtenu 11/20 alors que le seuil de réussite était fixé à 12/20. Vous n'êtes donc pas lauréat(e) de cette sélection.
Suite à l'entretien avec le manager, nous avons décidé de ne pas poursuivre le processus avec vous. Ce choix a été difficile compte tenu de la qualité de nos échanges.
Vous êtes inscrit(e) en 14e position sur la liste complémentaire. La liste principale ayant été intégralement appelée, la procédure est close et aucun recrutement ne sera effectué à partir de la liste complémentaire cette année.
""",
        "rej_d8_status": """
SUBJECT: Mise à jour de votre candidature – {role} || Statut : Non retenu(e). Offre : {role}. Référence : FR-2025-337. Ce message est généré automatiquement, merci de ne pas y répondre.
SUBJECT: Votre candidature {role} – décision || Décision : défavorable. Étape atteinte : présélection. Vous pouvez postuler à d'autres offres depuis votre espace candidat.
Statut de votre candidature : Clôturée – poste pourvu. Nous vous remercions pour le temps consacré à votre candidature.
SUBJECT: Candidature / Application {role} || Statut / Status : refusée / declined. Réf. 66120.
Candidature {role} : étape « Entretien RH » → résultat « Pas de suite ».
SUBJECT: Alternance {role} – réponse || Réponse : places pourvues, candidature non retenue pour la rentrée 2025.
""",
        "ack_d8": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention par nos équipes et nous reviendrons vers vous dans les meilleurs délais.
Bienvenue {first} ! Votre inscription chez {company} est bien enregistrée. Un(e) conseiller(ère) de votre agence va étudier votre profil et vous contactera pour vous proposer des missions adaptées.
Nous vous remercions pour votre candidature et confirmons la bonne réception de vos documents pour l'offre {role}. Nos recruteurs vont faire l'analyse de votre profil et vous donneront une réponse dans le plus bref délai.
Votre inscription au concours de {role} a bien été enregistrée sous le numéro 2025-08812. Les convocations aux épreuves écrites seront envoyées au plus tard quinze jours avant la date des épreuves.
Votre candidature pour l'alternance {role} a bien été transmise. Le service formation l'examinera après la clôture des candidatures le 30 avril.
SUBJECT: Accusé de réception – {role} || Nous avons bien reçu votre candidature. / We have received your application for the position of {role}. Statut : Reçue – en cours d'étude.
""",
        "ack_d8_negative": """
En raison du nombre important de candidatures reçues, nous ne pourrons pas répondre individuellement à chacune. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue. Nous en confirmons néanmoins la bonne réception.
Ceci est un message automatique, merci de ne pas y répondre. Votre candidature au poste de {role} a été reçue. Seules les personnes présélectionnées seront contactées.
Nous ne sommes pas encore en mesure de vous donner une réponse : l'offre de {role} reste ouverte jusqu'à la fin du mois et l'étude des dossiers n'a pas commencé. Merci de votre patience.
Votre candidature a été reçue. Les dossiers incomplets ne seront pas examinés : d'après nos vérifications, toutes les pièces demandées sont jointes au vôtre, aucune action n'est donc requise de votre part.
""",
        "inv_d8": """
Nous avons le plaisir de vous convier à un entretien pour le poste de {role} le mardi 17 juin à 10h30 dans nos locaux. Merci de nous confirmer votre présence par retour de mail.
Bonne nouvelle {first} ! Le client souhaite vous rencontrer pour la mission de {role}. Rendez-vous lundi à 9h sur le site de Roissy, votre chargée de recrutement vous y accompagnera. Pouvez-vous confirmer ?
Nous vous proposons une journée d'immersion rémunérée en cuisine le samedi 21 juin de 9h à 15h, afin de découvrir l'équipe et les conditions de travail. Pensez à apporter vos chaussures de sécurité.
Nous avons le plaisir de vous inviter à réaliser un entretien par visioconférence avec notre directrice des ressources humaines. Seriez-vous disponible le mercredi 18 juin à 15h (heure de Lisbonne) ?
SUBJECT: Convocation entretien – {role} – 24/06 14h30 || Date : 24 juin, 14h30. Lieu : {company}, accueil bâtiment B. Interlocuteur : {sender}.
Suite à votre candidature pour l'alternance {role}, nous vous invitons à un entretien de motivation avec votre futur tuteur le mercredi 2 juillet à 10h. L'entretien dure environ 30 minutes.
""",
        "inv_d8_test": """
Vous êtes convoqué(e) à l'épreuve orale d'admission du concours de {role} le 9 septembre à 14h00, au centre d'examen de Lyon. Vous devrez vous présenter muni(e) de votre convocation et d'une pièce d'identité en cours de validité.
Votre candidature a retenu notre attention ! Nous vous invitons à notre session de recrutement collective le jeudi 26 juin à 9h : présentation de l'entreprise, tests de logique et entretien individuel. Durée : environ 3 heures.
Dans le cadre de votre candidature au poste de {role}, nous vous invitons à passer un test en ligne (raisonnement logique et anglais, environ 40 minutes). Vous disposez de cinq jours pour le compléter à compter de la réception de ce message.
Nous avons le plaisir de vous informer que vous êtes admis(e) à la phase d'évaluation de la procédure de sélection. Vous êtes invité(e) à un entretien structuré avec le jury le 3 septembre. Votre lettre de convocation est disponible sur votre compte.
""",
        "off_d8": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI à compter du 1er septembre. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (32 000 € bruts annuels) et les conditions. Merci de nous la retourner signée avant le 25 juin.
Confirmation de mission : vous êtes positionné(e) sur la mission de {role} chez notre client à partir du lundi 16 juin. Taux horaire : 12,10 € brut + 10 % IFM + 10 % ICCP. Prise de poste à 6h, demandez le chef d'équipe. Votre contrat de mission est à signer électroniquement.
Nous avons le plaisir de vous confirmer votre stage en tant que {role} du 1er septembre au 28 février. Vous trouverez ci-joint la convention de stage à faire signer par votre établissement. Gratification mensuelle : 650 €.
Félicitations ! Nous sommes heureux de vous accueillir en contrat d'apprentissage au poste de {role} pour la rentrée. Le contrat vous sera transmis par le service RH dans les prochains jours pour signature.
Suite à un désistement, nous sommes en mesure de vous proposer un poste de {role} à partir de la liste d'aptitude. Merci de nous faire connaître votre acceptation avant le 30 juin afin que l'arrêté de nomination puisse être pris.
Après les entretiens, nous avons le plaisir de vous faire une proposition d'embauche pour le poste de {role}. Le contrat proposé est à durée indéterminée avec un salaire brut annuel de 38 000 euros. Nous restons à votre disposition pour tout éclaircissement.
""",
        "oth_d8": """
SUBJECT: Rappel de rendez-vous France Travail || Rappel de votre rendez-vous avec votre conseiller le lundi 16 juin à 14h00, agence de Villeurbanne. En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel. Pensez à actualiser votre situation.
Votre profil candidat est incomplet : il manque vos disponibilités, votre permis et votre pièce d'identité. Complétez-le en quelques minutes pour recevoir des propositions de missions.
Votre bulletin de salaire de mai est disponible dans votre espace intérimaire. Vous pouvez également y télécharger votre relevé d'heures et votre attestation employeur.
Afin de finaliser votre dossier administratif avant votre arrivée, merci de nous transmettre : copie de votre pièce d'identité, attestation de carte Vitale, RIB, justificatif de domicile et attestation de mutuelle le cas échéant.
Rappel : votre relevé d'heures de la semaine 24 n'a pas encore été validé. Merci de le faire avant lundi midi pour que votre acompte puisse être versé.
3 nouvelles offres correspondent à votre recherche « préparateur de commandes – Lille » : cariste CACES 3 de nuit, agent de quai, magasinier. Consultez-les dès maintenant.
Votre candidature est conservée dans notre vivier depuis deux ans. Conformément au RGPD, souhaitez-vous que nous conservions vos données ? Sans réponse avant le 30 juin, elles seront supprimées.
Rendez-vous au Forum de l'alternance le 5 juillet au Palais des Congrès ! Nos équipes RH seront présentes pour échanger sur nos offres. Entrée libre.
""",
    },
    "es": {
        "rej_d8": """
Gracias por su interés en {company}. Después de una revisión cuidadosa de su aplicación para la posición de {role}, hemos decidido avanzar con otros candidatos cuyas calificaciones se alinean más estrechamente con nuestras necesidades en este momento.
La empresa cliente ha seleccionado a otra persona para el puesto de {role}. Tu perfil sigue activo en nuestra ETT y te avisaremos cuando tengamos una oferta que encaje contigo.
Ya hemos cubierto todas las plazas de prácticas para el curso 2025-2026, por lo que lamentablemente no podemos ofrecerte un puesto de becario/a en {role}.
Te agradecemos que vinieras a la prueba en el restaurante el sábado. Tras hablarlo con el equipo de cocina, hemos decidido no seguir adelante con tu candidatura para {role}.
Le comunicamos que, tras la valoración de su currículum, su candidatura al puesto de {role} no ha sido seleccionada. Para este puesto se requería una experiencia mínima de dos años en unidades de críticos.
Lamentamos informarle que no continuaremos con su candidatura. / We regret to inform you that we will not be moving forward with your application for {role}.
Tras estudiar detenidamente tu perfil, sentimos comunicarte que no encaja con lo que buscamos para la posición de {role}. Guardaremos tu CV para futuros procesos si nos das tu consentimiento.
Te escribo sobre tu candidatura como {role}. El hiring manager ha decidido seguir con un perfil más senior para el equipo de Customer Operations, así que en esta ocasión no avanzamos contigo.
Le informamos de que la vacante de {role} ha sido cancelada por motivos organizativos y, en consecuencia, todas las candidaturas recibidas, incluida la suya, quedan descartadas.
Agradecemos su participación en nuestro proceso de selección. En esta oportunidad su perfil no fue seleccionado para continuar en el proceso para el cargo de {role}. Lo invitamos a seguir postulando a nuestras vacantes.
""",
        "rej_d8_process": """
Se ha publicado la relación definitiva de aprobados del primer ejercicio del proceso selectivo para {role}. Lamentamos comunicarle que no ha alcanzado la puntuación mínima de 5 puntos exigida para superar el ejercicio, por lo que no podrá continuar en el proceso.
Ha quedado incluido/a en la bolsa de trabajo de {role} en el puesto 31. Le recordamos que la inclusión en la bolsa no genera derecho a contratación; la plaza convocada ha sido cubierta por la persona con mayor puntuación y el proceso ha finalizado.
Tras la evaluación de la prueba técnica, su puntuación (42/100) no ha alcanzado el mínimo requerido (60/100) para pasar a la fase de entrevistas.
El proceso de selección para el puesto de {role} ha concluido. Su candidatura no ha superado la fase de preselección curricular.
En la lista definitiva de admitidos y excluidos figura usted como excluido/a por no acreditar en plazo la titulación requerida. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Tras el assessment center, la comisión ha valorado que su candidatura no continúa en el proceso del Programa de Graduados.
Le informamos que no ha sido admitido/a a la siguiente fase del proceso de selección de {role}. Agradecemos el tiempo dedicado a las pruebas.
Tras la entrevista con el responsable del área, hemos decidido no continuar el proceso contigo. Ha sido una decisión difícil porque el nivel de los candidatos finalistas era muy alto.
Estás en la lista de espera del programa de prácticas en la posición 9. Como todas las plazas han sido aceptadas por los candidatos seleccionados, la convocatoria queda cerrada y no podremos ofrecerte una plaza este año.
Hemos revisado tu candidatura para {role}: para esta oferta son imprescindibles el carnet de carretillero y la disponibilidad para turno de noche, requisitos que no figuran en tu perfil. Por ello no podemos presentarte al cliente.
""",
        "rej_d8_status": """
SUBJECT: Actualización de su solicitud – {role} || Estado de la solicitud: No seleccionado. Puesto: {role}. Ubicación: Zaragoza. Este es un mensaje automático.
SUBJECT: {company} | Candidatura {role} || Resultado: Descartado/a. Fase alcanzada: Revisión de CV.
Estado de tu candidatura: Finalizada – vacante cubierta. Puedes ver otras ofertas en nuestro portal de empleo.
SUBJECT: Application status / Estado de su aplicación || Status: Not selected / No seleccionado. Requisition: 4471 – {role}.
Tu candidatura a {role}: fase «Entrevista» → estado «Proceso finalizado sin oferta».
SUBJECT: Prácticas {role} – resolución || Resolución: plazas cubiertas. Solicitud no admitida.
""",
        "ack_d8": """
Hemos recibido correctamente tu candidatura para {role}. Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.
Gracias por aplicar a {company}. Hemos recibido su aplicación para la posición de {role}. Nuestro equipo de reclutamiento revisará sus calificaciones y se comunicará con usted si hay un match.
¡Bienvenido/a, {first}! Tu registro en {company} se ha completado. Un consultor de tu delegación revisará tu perfil y te llamará cuando tengamos una oferta adecuada.
Su solicitud de admisión al proceso selectivo de {role} ha sido registrada con el número 2025/004712. La lista provisional de admitidos se publicará en el tablón de anuncios y en la sede electrónica.
Hemos recibido tu solicitud para el programa de prácticas. Las entrevistas comenzarán una vez cerrado el plazo de inscripción, el 15 de mayo.
SUBJECT: Candidatura recibida – {role} || Hemos recibido su solicitud. / We have received your application for {role}. Estado: Recibida → En revisión.
""",
        "ack_d8_negative": """
Debido al elevado número de candidaturas, no podemos responder a cada una de forma individual. Si no recibe noticias nuestras en un plazo de 30 días, entienda que su candidatura no ha sido seleccionada. Le confirmamos, no obstante, que la hemos recibido.
Por favor, no responda a este correo. Su candidatura para {role} ha sido registrada. No facilitamos información sobre el estado del proceso por teléfono.
Todavía no podemos darle una respuesta: el proceso para {role} sigue abierto hasta final de mes y la revisión de candidaturas aún no ha comenzado. Gracias por su paciencia.
Su candidatura ha sido recibida. Las solicitudes incompletas no serán valoradas; según nuestra revisión, la suya incluye toda la documentación, así que por ahora no tiene que hacer nada más.
""",
        "inv_d8": """
Nos gustaría invitarte a una entrevista para el puesto de {role} el martes 17 de junio a las 10:30 en nuestras oficinas de Madrid. Por favor, confírmanos tu asistencia respondiendo a este correo.
¡Buenas noticias, {first}! El cliente quiere conocerte para el puesto de {role}. La entrevista es el lunes a las 9:00 en su almacén de Getafe. ¿Nos confirmas?
Te proponemos hacer una prueba de trabajo en sala el sábado de 12:00 a 16:00 para que conozcas al equipo. La prueba está remunerada. Trae camisa blanca y pantalón negro.
Nos complace invitarle a una entrevista virtual con el hiring manager para la posición de {role}. Por favor, seleccione un horario disponible usando el enlace de Calendly antes del viernes.
Nos complace informarle que ha sido preseleccionado(a) para el cargo de {role}. Lo invitamos a una entrevista por videollamada el miércoles 18 de junio a las 11:00 (hora de Bogotá).
SUBJECT: Convocatoria entrevista – {role} – 24/06 16:00 || Fecha: 24 de junio, 16:00. Lugar: {company}, recepción. Persona de contacto: {sender}.
""",
        "inv_d8_test": """
Se le convoca a la realización del segundo ejercicio (prueba práctica) del proceso selectivo de {role}, que tendrá lugar el 12 de julio a las 10:00 en la Facultad de Derecho, aula 3. Deberá presentar el DNI original.
Como siguiente paso en el proceso de {role}, te invitamos a realizar un test online de razonamiento lógico e inglés (aprox. 45 minutos). Tienes 5 días para completarlo.
Enhorabuena, has pasado a la siguiente fase. Te invitamos a nuestro assessment day el jueves 26 de junio de 9:00 a 14:00: dinámica de grupo, caso práctico y entrevista individual.
Tu candidatura para las prácticas de {role} nos ha gustado. ¿Te vendría bien una entrevista con tu futuro tutor el miércoles 2 de julio a las 10:00? Durará unos 30 minutos.
""",
        "off_d8": """
Nos complace ofrecerte el puesto de {role} con contrato indefinido, jornada completa y salario bruto anual de 28.000 €. Adjuntamos la propuesta de contrato; por favor, devuélvela firmada antes del 25 de junio.
Confirmación de incorporación: empiezas el lunes 16 de junio como {role} en el cliente de Getafe. Salario: 9,80 €/hora brutos según convenio. Turno de mañana, 6:00. Firma tu contrato de puesta a disposición desde la app.
Nos alegra confirmarte la plaza de prácticas como {role} del 1 de septiembre al 28 de febrero. Adjuntamos el convenio de cooperación educativa para que lo firme tu universidad. Bolsa de ayuda: 700 € al mes.
¡Felicidades! Nos complace extenderle una oferta de empleo para la posición de {role}. Encontrará la carta oferta adjunta con los detalles de compensación y beneficios. Por favor, fírmela electrónicamente antes del viernes.
Le comunicamos que, por llamamiento de la bolsa de trabajo de {role}, se le ofrece un contrato de interinidad de seis meses a partir del 1 de julio. Dispone de 48 horas para aceptar o renunciar a la oferta.
Después de la prueba el equipo quedó encantado contigo y queremos que te incorpores como {role}. Te ofrecemos contrato de 30 horas semanales desde el mes que viene. ¿Te envío el contrato para firmar?
""",
        "oth_d8": """
SUBJECT: Recordatorio de cita – Servicio Público de Empleo || Le recordamos su cita el martes 10 de junio a las 9:40 en la oficina de empleo de Chamberí, para la revisión de su itinerario de inserción. Si no puede acudir, anule la cita en la sede electrónica.
Tu perfil está al 60 %. Completa tu experiencia, disponibilidad y documentación para que podamos ofrecerte trabajos adecuados.
Ya tienes disponible tu nómina de mayo en el portal del empleado. Si tienes alguna duda, contacta con tu delegación.
Para tramitar tu alta en la Seguridad Social antes de tu primer día necesitamos: copia del DNI/NIE, número de afiliación, IBAN y el modelo 145 de IRPF firmado.
Recordatorio: valida tu parte de horas de la semana 24 antes del lunes a las 12:00 para cobrar a tiempo.
Nuevas ofertas para tu búsqueda «mozo de almacén – Valencia»: carretillero turno noche, preparador de pedidos, reponedor. Míralas ahora.
Tus datos llevan un año en nuestra base de candidatos. Conforme al RGPD, confirma antes del 30 de junio si quieres que los conservemos; si no, los eliminaremos.
¡Ven a nuestra jornada de puertas abiertas el 28 de junio! Conoce nuestros centros y las vacantes de verano. No hace falta inscripción previa.
""",
    },
    "pt": {
        "rej_d8": """
Agradecemos seu interesse na vaga de {role}. Após análise do seu perfil, informamos que você não seguirá para as próximas etapas deste processo seletivo. Status: Reprovado | Stage: Triagem curricular. Seu currículo continuará em nosso banco de talentos.
O cliente optou por outro candidato para a função de {role}. A sua inscrição na nossa agência continua ativa e voltaremos a contactá-lo quando surgir uma oportunidade adequada.
Informamos que todas as vagas de estágio para o segundo semestre já foram preenchidas, pelo que não nos é possível dar seguimento à sua candidatura para {role}.
Obrigado por se candidatar ao Programa Jovem Aprendiz. Neste momento, todas as vagas para {role} foram preenchidas e não poderemos seguir com sua inscrição.
Vimos por este meio informar que a sua candidatura ao lugar de {role} não foi selecionada. Foi dada preferência a candidatos com experiência em serviço de urgência.
Infelizmente, não seguiremos com a sua candidatura. / Unfortunately, we will not move forward with your application for {role}.
Obrigada por ter vindo ao dia de experiência na loja no sábado. Depois de conversarmos com a equipa, decidimos não avançar com a sua candidatura para {role}.
Passando para dar um retorno sobre o processo de {role}: o hiring manager decidiu seguir com outro candidato que tinha mais experiência em Salesforce. Fica o convite para acompanhar nossas próximas vagas!
Informamos que a vaga de {role} foi cancelada devido a uma reestruturação interna. Por esse motivo, o processo seletivo foi encerrado e todas as candidaturas foram descartadas.
Agradecemos o interesse demonstrado na nossa empresa. Depois de estudar o seu currículo, lamentamos comunicar-lhe que o seu perfil não se adequa neste momento às necessidades do posto de {role}.
""",
        "rej_d8_process": """
Foi publicada a lista de classificação da prova de conhecimentos do procedimento concursal para {role}. Informamos que não obteve a classificação mínima de 9,5 valores, pelo que foi excluído/a do procedimento.
Você foi classificado(a) em 37º lugar e incluído(a) no cadastro reserva do processo seletivo para {role}. As vagas imediatas já foram preenchidas e o resultado foi homologado; não há previsão de novas convocações dentro da validade do certame.
Sua nota no teste online (45/100) ficou abaixo da nota de corte (60/100). Por isso, sua candidatura não avançou para a etapa de entrevistas.
O processo seletivo para {role} foi encerrado. Sua candidatura não foi aprovada na etapa de triagem.
Após a dinâmica de grupo, a equipe de recrutamento avaliou que seu perfil não está aderente à vaga neste momento. Você não foi aprovado(a) para a próxima fase.
Ficou em 12.º lugar na lista de espera do programa de estágios. Como todos os candidatos selecionados aceitaram o estágio, o procedimento encontra-se concluído e não haverá novas colocações.
Verificámos que não cumpre os requisitos de admissão (licenciatura na área e carta de condução de categoria B). Assim, a sua candidatura foi considerada não admitida ao procedimento.
Após a entrevista com a gestora da área, decidimos não prosseguir com a sua candidatura. Foi uma decisão difícil, dado o nível dos finalistas.
O júri de seleção informa que não foi admitido/a à fase seguinte do procedimento {role}, uma vez que não obteve a pontuação mínima exigida no teste de raciocínio.
Analisámos a sua candidatura a {role}: para esta oferta é obrigatório ter formação em operação de empilhadores e disponibilidade para turnos rotativos, o que não consta do seu perfil. Não a poderemos apresentar ao cliente.
""",
        "rej_d8_status": """
SUBJECT: Atualização da sua candidatura – {role} || Status: Reprovado. Etapa: Entrevista com gestor. Esta é uma mensagem automática, não responda.
SUBJECT: {company} | Processo seletivo {role} || Resultado: Não aprovado. Stage: Teste técnico. Obrigado por participar.
Status da candidatura: Encerrada – vaga preenchida. Confira outras oportunidades na nossa página de carreiras.
SUBJECT: Application status / Status da candidatura || Status: Declined / Recusada. Job ID: 8812 – {role}.
Candidatura {role}: etapa “Triagem” → status “Não selecionado”.
SUBJECT: Estágio {role} – resultado || Resultado: vagas preenchidas. Candidatura não admitida.
""",
        "ack_d8": """
Recebemos sua candidatura para a vaga de {role}! Nosso time de Talent Acquisition vai analisar seu perfil e você pode acompanhar o andamento pela plataforma. Status atual: Em análise.
Confirmamos a receção da sua candidatura para {role}. A nossa equipa de recrutamento irá analisá-la e entraremos em contacto caso o seu perfil corresponda ao pretendido.
Bem-vindo/a, {first}! A sua inscrição na {company} foi concluída. Um consultor da sua delegação irá analisar o seu perfil e contactá-lo quando houver uma oportunidade.
A sua candidatura ao procedimento concursal para {role} foi submetida com sucesso e registada com o n.º 2025/1187. A lista de candidatos admitidos e excluídos será publicada na plataforma.
Sua inscrição no Programa Jovem Aprendiz foi recebida. As etapas do processo seletivo começam após o encerramento das inscrições, em 30 de maio.
SUBJECT: Candidatura recebida – {role} || Recebemos sua candidatura. / We have received your application for {role}. Status: Recebida → Em análise.
""",
        "ack_d8_negative": """
Devido ao grande volume de candidaturas, não nos é possível responder individualmente. Se não receber notícias nossas no prazo de 30 dias, considere que a sua candidatura não foi selecionada. Confirmamos, no entanto, que a recebemos.
Por favor, não responda a este e-mail. Sua candidatura para {role} foi registrada. Não fornecemos informações sobre o andamento do processo por telefone.
Ainda não temos uma resposta para você: a vaga de {role} continua aberta até o final do mês e a triagem dos currículos ainda não começou. Agradecemos a paciência.
A sua candidatura foi recebida. Candidaturas incompletas não serão consideradas; pela nossa verificação, a sua tem todos os documentos, pelo que não precisa de fazer mais nada por agora.
""",
        "inv_d8": """
Parabéns, você foi aprovado(a) na triagem! Gostaríamos de te convidar para uma entrevista com o gestor da vaga de {role} na próxima terça-feira, às 10h, pelo Google Meet. Confirme sua presença respondendo este e-mail.
Boas notícias, {first}! O cliente quer conhecê-lo para a função de {role}. A entrevista é na segunda-feira às 9h no armazém da Azambuja. Pode confirmar?
Propomos-lhe um dia experimental remunerado na cozinha no sábado, das 10h às 16h, para conhecer a equipa. Traga sapatos de segurança.
Stage: Entrevista técnica | Status: Agendar. Olá {first}! Você avançou no processo de {role}. Escolha o melhor horário para a entrevista técnica com o time pelo link de agendamento até sexta-feira.
SUBJECT: Convite para entrevista – {role} – 24/06 15:00 || Data: 24 de junho, 15:00. Local: {company}, receção. Contacto: {sender}.
Gostámos da sua candidatura ao estágio de {role}. Estaria disponível para uma entrevista com o seu futuro orientador na quarta-feira, 2 de julho, às 10h? Dura cerca de 30 minutos.
""",
        "inv_d8_test": """
Fica convocado/a para a prova de conhecimentos do procedimento concursal para {role}, a realizar no dia 12 de julho, às 10h00, no auditório da Escola Secundária de Alvalade. Deve apresentar-se com documento de identificação válido.
Você foi selecionado(a) para a próxima etapa do processo de {role}: uma dinâmica de grupo presencial no dia 26/06, às 14h, em nosso escritório na Av. Paulista. Duração prevista: 2 horas.
Como próxima etapa do processo para {role}, convidamos você a realizar um teste online de lógica e inglês (cerca de 40 minutos). O prazo para conclusão é de 5 dias.
Temos o prazer de a convidar para o nosso assessment center no dia 3 de julho, das 9h às 13h, nas instalações de Lisboa. Inclui um exercício de grupo, um estudo de caso e uma entrevista individual.
""",
        "off_d8": """
Temos o prazer de te fazer uma proposta para a vaga de {role}! Regime CLT, salário de R$ 5.200,00, vale-refeição, plano de saúde e início em 1º de agosto. A carta proposta está em anexo; pedimos que nos responda até sexta-feira.
Confirmação de colocação: começa na segunda-feira, 16 de junho, como {role} no cliente da Azambuja. Remuneração: 5,20 €/hora + subsídio de turno. Entrada às 6h. O contrato de trabalho temporário está disponível para assinatura na app.
Temos o prazer de confirmar o seu estágio como {role} de 1 de setembro a 28 de fevereiro. Segue em anexo o acordo de estágio para assinatura por si e pela sua faculdade. Bolsa mensal: 760 €.
Na sequência da lista de ordenação final homologada, vimos propor-lhe a celebração de contrato de trabalho em funções públicas por tempo indeterminado para o posto de {role}. Solicitamos que manifeste a sua aceitação no prazo de 10 dias úteis.
Parabéns! Você foi aprovado(a) no Programa Jovem Aprendiz como {role}. O contrato de aprendizagem tem duração de 18 meses, com jornada de 4 horas diárias. Entraremos em contato para a assinatura na próxima semana.
Informamos que, em razão da desistência de um candidato, você foi convocado(a) do cadastro reserva para assumir a vaga de {role}. Pedimos que compareça ao RH até o dia 27/06 para formalizar a aceitação e iniciar a admissão.
""",
        "oth_d8": """
SUBJECT: Convocatória – Serviço de Emprego || Deverá comparecer no Serviço de Emprego de Lisboa no dia 11 de junho, às 9h30, para uma sessão de acompanhamento com o seu técnico de emprego. A falta injustificada pode implicar a anulação da inscrição.
Seu perfil está 60% completo. Adicione experiências, pretensão salarial e disponibilidade para receber vagas mais alinhadas com você.
Seu holerite de maio já está disponível no portal do colaborador. Dúvidas? Fale com o DP.
Para dar andamento à sua admissão, envie pelo app: RG, CPF, carteira de trabalho digital, comprovante de residência, PIS e dados bancários. O exame admissional será agendado após o envio.
Lembrete: valide a sua folha de horas da semana 24 até segunda-feira às 12h para receber a tempo.
Novas vagas para você: Auxiliar de logística – Guarulhos, Operador de empilhadeira – Cajamar, Conferente – Barueri. Candidate-se com um clique.
Seus dados estão em nosso banco de talentos há 12 meses. De acordo com a LGPD, confirme até 30/06 se deseja mantê-los; caso contrário, serão excluídos.
SUBJECT: Agendamento confirmado – Sine || Seu atendimento no Sine foi agendado para quarta-feira, 11/06, às 8h30, para atualização do cadastro. Leve documento com foto e carteira de trabalho.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear {first},", "Hello {first},", "Dear candidate,", "Hi {first},"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "We thank you for the interest you have shown in our organisation.",
            "Thank you for applying for the {role} vacancy.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "We wish you all the best for your future career.",
            "Good luck with your further search, and thank you again for your time.",
        ],
        "marketing": [
            "At {company}, more than 4,000 colleagues in nine countries keep shelves stocked, patients cared for and parcels moving every day.",
            "{company} was voted Top Employer 2025 for the third year in a row. Discover our stories on our careers page.",
            "Did you know? Our new distribution hub near Venlo opened this spring and runs on 100% solar energy.",
        ],
        "sign": [
            "Kind regards,\n{sender}\nRecruitment | {company}",
            "With best regards,\nThe team of Human Resources\n{company}",
            "Best wishes,\n{sender}",
            "Yours sincerely,\n{sender}\nSelection and Recruitment Unit",
        ],
        "footer": [
            "{company} · Registered office: Keizersgracht 120, Amsterdam · Chamber of Commerce 81234567 · Privacy statement",
            "This message was sent by {company} via its applicant tracking system. To manage your data, visit the candidate portal.",
            "Please do not reply to this e-mail. © 2025 {company}. All rights reserved.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} – {role}",
            "Update regarding your application",
            "Vacancy {role} – {company}",
            "Your application at {company}",
        ],
        "subject_inv": [
            "Next step in your application – {role}",
            "{company}: your application for {role}",
            "Selection procedure {role}",
        ],
        "subject_off": [
            "Your contract proposal – {role}",
            "{company} – {role}",
            "Welcome to {company}",
        ],
        "subject_oth": [
            "Message from {company}",
            "Your {company} account",
            "Reminder",
            "Information for you",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte/r {first},",
            "Guten Tag {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Hallo {first}, wir hoffen, dir geht es gut!",
            "Hi {first}, schön, dass du dabei bist!",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke, dass du dich für {company} interessierst.",
            "Vielen Dank für deine Bewerbung als {role}.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Stellensuche.",
            "Wir wünschen dir alles Gute und viel Erfolg bei deiner Jobsuche.",
            "Für deine Zukunft drücken wir dir die Daumen!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 3.000 Menschen in Pflege, Handel und Logistik – an 60 Standorten in Deutschland und den Niederlanden.",
            "{company} ist Ausbildungsbetrieb des Jahres 2025. Lernen Sie unsere Azubis auf unserem Karriereblog kennen.",
            "Bei {company} findest du Jobs in deiner Nähe – von Teilzeit bis Vollzeit, mit Tarifbindung und Fahrtkostenzuschuss.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung {company}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Mit freundlichen Grüßen\ni. A. {sender}",
            "Viele Grüße\n{sender}\nDein Team von {company}",
        ],
        "footer": [
            "{company} GmbH · Sitz: Duisburg · Amtsgericht Duisburg HRB 12345 · Geschäftsführung: J. van Dam",
            "Diese E-Mail wurde automatisch erstellt. Informationen zum Datenschutz finden Sie in unserem Bewerberportal.",
            "Du erhältst diese E-Mail, weil du ein Profil bei {company} hast. Deine Einstellungen kannst du in der App ändern.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "{company} – {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Deine Bewerbung als {role}",
        ],
        "subject_inv": [
            "Ihre Bewerbung als {role} – nächster Schritt",
            "{company}: Auswahlverfahren {role}",
            "Deine Bewerbung bei {company}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "{company} – {role}",
            "Dein Start bei {company}",
        ],
        "subject_oth": [
            "Information von {company}",
            "Ihr Bewerberkonto bei {company}",
            "Erinnerung",
            "Neuigkeiten für dich",
        ],
    },
    "fr": {
        "greet": ["Madame, Monsieur,", "Bonjour {first},", "Cher/Chère {first},", "Bonjour,"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Nous vous remercions pour la confiance que vous nous témoignez.",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Nous vous souhaitons une bonne continuation dans votre parcours professionnel.",
            "Bonne continuation et à bientôt peut-être sur l'une de nos offres.",
        ],
        "marketing": [
            "{company}, c'est plus de 4 000 collaborateurs dans neuf pays, au service de nos clients chaque jour.",
            "Découvrez nos métiers en vidéo sur notre page carrières : logistique, soins, commerce et fonctions support.",
            "{company} a obtenu le label Happy Trainees 2025 pour la qualité de l'accueil de ses stagiaires et alternants.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nService Recrutement – {company}",
            "Bien à vous,\nL'équipe des Ressources Humaines\n{company}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "{company} SAS · Siège social : 12 rue de la Gare, 69003 Lyon · RCS Lyon 812 345 678",
            "Ce message vous est adressé par {company}. Pour exercer vos droits RGPD, rendez-vous sur votre espace candidat.",
            "Merci de ne pas répondre à cet e-mail. © 2025 {company}.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – {role}",
            "Suite à votre candidature",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Votre candidature {role} – prochaine étape",
            "{company} : processus de sélection {role}",
            "Votre candidature chez {company}",
        ],
        "subject_off": [
            "Votre proposition de contrat – {role}",
            "{company} – {role}",
            "Bienvenue chez {company}",
        ],
        "subject_oth": [
            "Information de {company}",
            "Votre espace {company}",
            "Rappel",
            "Message important",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first},",
            "Estimado candidato:",
            "Buenos días, {first}:",
        ],
        "thanks": [
            "Gracias por su interés en {company}.",
            "Te agradecemos el interés mostrado en la posición de {role}.",
            "Agradecemos sinceramente el tiempo que ha dedicado a su candidatura.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda de empleo.",
            "Te deseamos lo mejor en tu futuro profesional.",
            "Mucha suerte en sus próximos pasos profesionales.",
        ],
        "marketing": [
            "En {company} trabajan más de 4.000 personas en nueve países, en tiendas, hoteles, almacenes y centros de salud.",
            "{company} ha sido reconocida como Top Employer España 2025. Descubre nuestras historias en nuestra web de empleo.",
            "¿Sabías que en {company} ofrecemos formación continua y un plan de carrera desde el primer día?",
        ],
        "sign": [
            "Un cordial saludo,\n{sender}\nDepartamento de Selección – {company}",
            "Atentamente,\nEl equipo de Recursos Humanos\n{company}",
            "Saludos,\n{sender}",
            "Cordialmente,\n{sender}\nTalent Acquisition",
        ],
        "footer": [
            "{company} S.L. · CIF B12345678 · Calle Mayor 10, 28013 Madrid · Política de privacidad",
            "Este mensaje ha sido enviado automáticamente por nuestro sistema de selección. Para ejercer sus derechos, acceda a su perfil de candidato.",
            "Por favor, no responda a este correo. © 2025 {company}.",
        ],
        "subject_app": [
            "Su candidatura para {role}",
            "{company} – {role}",
            "Actualización sobre su aplicación",
            "Tu candidatura en {company}",
        ],
        "subject_inv": [
            "Tu candidatura {role} – siguiente paso",
            "{company}: proceso de selección {role}",
            "Su candidatura en {company}",
        ],
        "subject_off": [
            "Propuesta de contrato – {role}",
            "{company} – {role}",
            "Bienvenido/a a {company}",
        ],
        "subject_oth": [
            "Información de {company}",
            "Tu cuenta en {company}",
            "Recordatorio",
            "Aviso importante",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Prezado(a) {first},",
            "Caro/a candidato/a,",
            "Oi {first}, tudo bem?",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Agradecemos o tempo dedicado à sua candidatura.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos dos maiores sucessos pessoais e profissionais.",
            "Boa sorte nos próximos passos da sua carreira!",
        ],
        "marketing": [
            "Na {company}, mais de 4.000 pessoas em nove países cuidam de clientes, pacientes e entregas todos os dias.",
            "A {company} foi eleita uma das Melhores Empresas para Trabalhar 2025. Conheça nossa cultura na página de carreiras.",
            "Sabia que na {company} oferecemos formação contínua e plano de carreira desde o primeiro dia?",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\nRecursos Humanos – {company}",
            "Com os melhores cumprimentos,\nA equipa de Recrutamento\n{company}",
            "Abraços,\n{sender}\nTime de Talent Acquisition",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "{company} Lda. · NIPC 512 345 678 · Av. da Liberdade 100, 1250-146 Lisboa · Política de privacidade",
            "Este e-mail foi enviado automaticamente pela plataforma de recrutamento da {company}. Para gerir os seus dados, aceda à sua área de candidato.",
            "Por favor, não responda a este e-mail. © 2025 {company}.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company} – {role}",
            "Atualização sobre o processo seletivo",
            "A sua candidatura na {company}",
        ],
        "subject_inv": [
            "Processo seletivo {role} – próxima etapa",
            "{company}: a sua candidatura a {role}",
            "Sua candidatura na {company}",
        ],
        "subject_off": [
            "Proposta de contrato – {role}",
            "{company} – {role}",
            "Bem-vindo(a) à {company}",
        ],
        "subject_oth": [
            "Informação da {company}",
            "Sua conta na {company}",
            "Lembrete",
            "Aviso importante",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": (
        "Hello {sender_first},\nI hope you are well. I applied for the {role} vacancy three "
        "weeks ago and wanted to ask if there is already news about the procedure. I can start "
        "from July.\nKind regards,\nAlex\n\n{header2}\nDear Alex,\nThank you for your "
        "application. Please upload a copy of your diploma and your work permit in the "
        "candidate portal so that we can complete your file.\n"
    ),
    "de": (
        "Guten Tag {sender_first},\nich habe mich vor drei Wochen auf die Stelle {role} "
        "beworben und wollte nachfragen, ob es schon Neuigkeiten gibt. Ich könnte ab Juli "
        "anfangen.\nMit freundlichen Grüßen\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für "
        "Ihre Bewerbung. Bitte laden Sie noch eine Kopie Ihres Abschlusszeugnisses im "
        "Bewerberportal hoch, damit Ihre Unterlagen vollständig sind.\n"
    ),
    "fr": (
        "Bonjour {sender_first},\nJ'ai postulé il y a trois semaines au poste de {role} et je "
        "me permets de vous demander où en est le processus. Je suis disponible dès juillet.\n"
        "Cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature. Pourriez-"
        "vous déposer une copie de votre diplôme sur votre espace candidat afin que nous "
        "puissions compléter votre dossier ?\n"
    ),
    "es": (
        "Hola {sender_first},\nHace tres semanas me inscribí en la oferta de {role} y quería "
        "saber si hay novedades sobre el proceso. Tengo disponibilidad a partir de julio.\n"
        "Un saludo,\nAlex\n\n{header2}\nHola Alex,\nGracias por tu candidatura. ¿Podrías subir "
        "una copia de tu título al portal del candidato para completar tu expediente?\n"
    ),
    "pt": (
        "Olá {sender_first},\nCandidatei-me há três semanas à vaga de {role} e gostaria de "
        "saber se já há novidades sobre o processo. Tenho disponibilidade a partir de julho.\n"
        "Cumprimentos,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela sua candidatura. Pode "
        "enviar uma cópia do seu certificado de habilitações pela área de candidato, para "
        "completarmos o seu processo?\n"
    ),
}
