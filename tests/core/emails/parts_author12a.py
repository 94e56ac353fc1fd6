# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training mail passages by an independent author (round 12, author12a).

Covers the line between acknowledgement and rejection as applicant-tracking systems and
busy HR teams actually write it, in English, German (Sie and du), French, Spanish and
Portuguese (European and Brazilian):

- ack_ families: receipts that explain the process in full (volume of applications, duration,
  stages), "only shortlisted candidates will be contacted" and "if you have not heard from us by
  <date>, assume you were not successful" notices, "your application stays on file" and "the
  posting may close early" notes, in-review status updates, and portal "your status has changed"
  notifications that do not say what the status is. None of them states a decision.
- rej_ families: decisions about this applicant using the same vocabulary (shortlist, volume,
  on file), jobs closed/archived/cancelled/filled by the ATS, talent-pool invitations after a no,
  rejections after tests and assessment centres, one-line rejections sent from a phone, portal
  status notifications that name a negative status, and decisions placed after marketing text,
  in the subject only, or in a reply above quoted text.
- inv_ families: invitations that never say "interview" (coffee, call, chat, meet the team) and
  ordinary interview invitations.
- off_ families: written offers and follow-ups to verbal offers.
- oth_ families: job alerts, careers newsletters, confirmed withdrawals, reference / background
  check requests, candidate-experience surveys.

Sectors: logistics, retail, software, public sector, health, engineering, hospitality, finance.
Registers: corporate ATS templates, public-sector formal, start-up casual, agency recruiters,
hiring managers on a phone.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Northwind Freight",
    "Kestrel Analytics",
    "Halvorsen Medical",
    "Brightmoor Retail Group",
    "Stadtwerke Lindenau",
    "Fenwick & Yorke",
    "Atelier Verrier",
    "Grupo Solandra",
    "Ventura Seguros",
    "Lumio Labs",
    "Caldera Hotels",
)

ROLES: tuple[str, ...] = (
    "Operations Analyst",
    "Junior Data Engineer",
    "Customer Success Manager",
    "Project Coordinator",
    "Financial Controller",
    "UX Researcher",
    "Supply Chain Planner",
    "Backend Developer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Hannah Okafor", "hannah.okafor@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirestream.example"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Jonas Feldmann", "j.feldmann@{domain}"),
    ("Claire Dumont", "recrutement@{domain}"),
    ("Lucía Herrera", "seleccion@{domain}"),
    ("Mariana Tavares", "recrutamento@{domain}"),
    ("Careers Portal", "do-not-reply@candidates.talentdock.example"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Tom Whitfield", "tom@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_decision_in_process_words": """
We received more than 400 applications for the {role} position and have now completed our initial review. After careful consideration, we have decided not to move forward with your application at this time.
SUBJECT: Update on your application – {role} || Our recruitment team has now reviewed every application for this vacancy. Only candidates whose experience most closely matched the brief were shortlisted, and on this occasion you have not been shortlisted for interview.
Thank you for your patience while we worked through an unusually high volume of applications. The shortlist is now complete and I'm sorry to let you know that your application was not included on it.
In our acknowledgement we promised to contact everyone once the shortlist was final. It is now final, and I'm afraid we won't be progressing your application for {role}.
Your application has been reviewed by the hiring manager. While your background is impressive, we have decided to pursue candidates whose experience more closely aligns with the requirements of this role. We'll keep your details on file for 12 months in case a more suitable vacancy comes up.
We have now closed the review stage for {role} (reference 24-1187). Unfortunately your application has been unsuccessful. Because of the number of applications we received we are unable to provide individual feedback.
This is to let you know that the panel has completed its assessment of applications for {role}. Your application will not be taken further. Your details will remain in our system and you are welcome to apply for future openings.
We won't be inviting you to the next stage for {role}. I know this isn't the news you were hoping for, especially after how long it took us to reply — we had over 1,200 applicants and a recruiting team of two.
""",
        "rej_role_closed": """
SUBJECT: Job posting closed: {role} || The position you applied for, {role}, has been closed and is no longer accepting applications. Your application will not be considered further for this posting. You can browse other open roles on our careers site.
This is an automated message. The requisition for {role} at {company} has been cancelled, and all applications to it have been archived. No further action is required from you.
We wanted to let you know that the {role} vacancy has now been filled. Thank you for taking the time to apply; we won't be taking your application any further.
Due to a change in business priorities, {company} has decided not to fill the {role} position. As a result we are closing all applications for this vacancy, including yours.
Status: Position closed. The job you applied to ({role}) was archived by the employer on 14 March. Applications to this job are no longer being reviewed.
Quick heads-up: the {role} opening was frozen indefinitely after our budget review, so we're closing out every application in the pipeline, yours included. Sorry we don't have better news.
""",
        "rej_talent_pool": """
While we won't be moving forward with your application for {role}, we were impressed by your profile and would like to invite you to join our Talent Community. Members are the first to hear about openings that match their skills — you can join using the button below.
We've decided to go with another candidate for {role}. That said, we'd love to stay in touch: would you be happy for us to keep your CV in our talent pool for the next 24 months? Just reply "yes" and I'll add you.
You weren't selected for this position, but your application has been added to our talent pool. If a role opens up that fits your experience, a recruiter may reach out to you directly.
We've now filled the {role} position. It was a close call, and we'd genuinely like to consider you for future roles, so click "Stay connected" to join our talent network and set your job preferences.
Your application for {role} was not successful this time. We do think you could be a great fit elsewhere at {company}, so we'd like to move your profile into our general talent pool. To stay in it, please confirm your consent within 30 days.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment for {role}. We have now reviewed your results and unfortunately they did not meet the threshold required to progress to the next stage.
Thanks for the time you put into the take-home exercise. The panel went through it carefully and decided not to move you forward. Some feedback: the solution worked, but the write-up didn't explain the trade-offs we asked about.
Your results from the numerical and verbal reasoning tests have now been evaluated. On this occasion you have not been successful in progressing to the assessment centre.
Following your assessment centre day last week the panel met to discuss all candidates. I'm sorry to tell you that we won't be offering you a place on the {role} programme this year.
We've reviewed your recorded video responses for {role}. After careful consideration we will not be progressing your application further.
""",
        "rej_one_line": """
Sorry Alex, we went with someone else for the {role} role. Thanks again for your time.
Unfortunately it's a no from the team this time - sorry! Sent from my iPhone
Just a quick note: the role's been offered to another candidate. Best of luck with the search.
Not moving forward on this one, sorry. Happy to chat another time. Sent from my phone
SUBJECT: Re: {role} || Bad news I'm afraid, client has decided not to proceed with you. Will call later to explain. Sent from Outlook for Android
""",
        "rej_status_in_words": """
SUBJECT: Application status update || The status of your application for {role} has changed to: Not selected. Log in to your candidate account to see the details.
Your application status was updated. {role} – Status: No longer under consideration. This message was sent automatically; please do not reply.
Application update from {company}: {role} — Status: Rejected. You can view your other applications in your dashboard.
Your application for {role} has been moved to "Unsuccessful". No further action is required. Thank you for applying through our careers portal.
""",
        "rej_decision_placed_late": """
At {company} we're building the future of sustainable logistics, with 3,000 people in 14 countries and a goal of halving freight emissions by 2035. Every application we receive is read by a real person. Having read yours for {role}, we've decided not to proceed.
SUBJECT: Unsuccessful application – {role} || Thank you for the time and effort you put into applying. We appreciate your interest and encourage you to keep an eye on our other vacancies.
Thanks for your note below asking about timing. To answer it directly: the panel made its decision yesterday and we won't be progressing your application. I'm sorry it took so long to confirm.
This month we opened two new offices, launched our parental leave policy and were named a Top Employer for the third year running. Regarding your application for {role}: the hiring team has decided to move forward with other candidates whose profiles better match the current needs.
""",
        "ack_process_explained": """
We've received your application for {role}. Our recruitment team reviews every application individually, so please allow up to three weeks for us to get back to you. If your profile matches our requirements we will contact you to arrange a first conversation.
Thank you for applying for {role}. We typically receive several hundred applications for roles like this, and our process has three stages: a screening of CVs, a telephone call with a recruiter, and a final interview with the team. We'll be in touch as soon as the first stage is complete.
This email confirms that your application (ref. APP-55271) for {role} was submitted successfully. Due to the high volume of applications only shortlisted candidates will be contacted. Shortlisting is expected to take place in the two weeks after the closing date.
Your application has arrived safely. What happens next: the hiring manager will review applications after the closing date on 30 April, shortlisted candidates will be invited in the week of 13 May, and everyone will hear from us either way by the end of May.
Thanks for your application! A real human (probably me) will read it in the next few days. We're a small team, so it can take a bit longer than we'd like, but I'll get back to you whatever the outcome.
We confirm receipt of your application for {role}. Please note that we are unable to respond to every applicant individually; if your application is successful at the screening stage, a member of our team will contact you by phone or email.
Your application is now with our recruitment team. We aim to review all applications within 10 working days. You can track the progress of your application at any time by logging in to your candidate account.
Thank you, we have your application. Because this role attracts a large number of candidates the review may take longer than usual. We appreciate your patience and will update you as soon as a decision about next steps has been made.
Application received: {role}. Next steps: 1) screening by our Talent team (about 1–2 weeks); 2) conversation with the hiring manager; 3) team round and reference checks. Not every application progresses past step 1, but every applicant gets an answer.
""",
        "ack_silence_means_no": """
Thank you for your application for {role}. We will be in touch with shortlisted candidates by 28 June. If you have not heard from us by then, please assume that your application has not been successful on this occasion.
Due to the large number of applications we receive we are only able to respond to candidates selected for interview. If you do not hear from us within four weeks of the closing date, please consider your application unsuccessful. Thank you for your understanding.
We've received your CV and cover letter. Please note: if you haven't been contacted within 21 days, your application has not been taken forward this time, although we may keep it for future vacancies.
Your application has been successfully submitted. Interviews are planned for mid-October. Regrettably we cannot reply to every applicant, so if you have not received an invitation by 10 October please take it that you have not been shortlisted.
Got your application, thanks! Honest heads-up: we're expecting a lot of interest, so we'll only reach out if we'd like to talk. No news after about a month means it's not a match this time.
Receipt confirmed. Shortlisting for {role} will take place after the closing date. Unsuccessful applicants will not be notified individually; if you are not contacted within six weeks, please assume we will not be taking your application further.
""",
        "ack_on_file_or_early_close": """
Thank you for applying. Please be aware that we may close this vacancy before the advertised closing date if we receive a high volume of suitable applications. Your application arrived before that point and will be considered.
We've received your application for {role}. Your details will remain on file for 12 months, which means we may also contact you about other suitable roles during that time. You can withdraw your consent at any time in your profile.
Your application for {role} is in. We review applications on a rolling basis and may take the advert down early once we have enough strong candidates; that doesn't affect applications already received, including yours.
This is confirmation that your application has been received and stored in our system. The hiring team will review it together with all others after the posting closes. If the position is filled before then, we will let you know.
Application received. Even if this particular position turns out not to be the right fit, we will keep your profile in our database so our recruiters can match you with future openings. We will contact you about this role once our review is complete.
""",
        "ack_status_in_review": """
SUBJECT: Your application status: Under review || Your application for {role} is now being reviewed by the hiring team. There's nothing you need to do at the moment; we'll notify you when there's an update.
Status update for {role}: your application has moved from "Received" to "In review". Reviews usually take one to two weeks.
Just a quick update so you're not left wondering: we haven't forgotten you. The hiring manager is still going through applications for {role} and I expect to have news for you next week.
We wanted to let you know that your application is still active. The selection process for {role} has taken longer than planned because of the holiday period, and we now expect to contact candidates by the end of the month. Thank you for your patience.
""",
        "ack_status_changed_only": """
SUBJECT: There's an update on your application || The status of your application for {role} at {company} has changed. Log in to your candidate portal to view the latest status.
Your application has been updated. To see what has changed, please sign in to your account. This is an automated notification and replies to this address are not monitored.
Something's new with your {role} application. Open the app to view your application status.
Application update available. For data protection reasons we don't include status details in emails. Please visit your candidate dashboard to see the current status of application #88412.
""",
        "inv_no_word_interview": """
The team enjoyed reading your application for {role} and would love to get to know you better. Would you be free for a 30-minute video call with our engineering lead next Tuesday or Wednesday afternoon?
Could we grab a coffee sometime next week? I'd like to tell you more about the {role} role and hear what you're looking for. Thursday morning near our office would work for me.
We'd like to invite you to meet the team at our office on 12 March at 10:00. You'll spend about two hours with us: a conversation with the hiring manager, a short tour and lunch with two future colleagues.
Next step: a 45-minute conversation with Maria, our Head of Product. Please pick a slot that suits you with the scheduling link below. Looking forward to talking!
Are you available for a quick phone call tomorrow between 2 and 4pm? I'd like to discuss your application and what happens next. Let me know a number that works.
Your profile really stood out. I'd like to set up a first chat with you and the hiring manager — could you send me three or four times that work for you next week?
""",
        "inv_interview": """
We're pleased to invite you to an interview for {role}. It will take place on Microsoft Teams on Friday 9 May at 11:00 and last about an hour. Please confirm your availability by replying to this email.
SUBJECT: Interview invitation – {role} || Following the first round, we would like to invite you to a second-round interview with the department director. Please book a slot via the link by Wednesday.
Congratulations, you've been shortlisted! We'd like to invite you to a panel interview at our Leeds office on 3 June. Details and directions are attached.
""",
        "off_written": """
I'm delighted to offer you the position of {role} at {company}. Your starting salary will be £52,000 per year, with a start date of 2 June. The formal offer letter is attached; please sign and return it by Friday.
Congratulations! Following your interviews we are pleased to extend an offer of employment for {role}. Your offer details are available in your candidate portal; please review and accept by 18 April.
We'd love you to join us. Attached is your contract for the {role} position (permanent, full-time, 37.5 hours). If everything looks right, please sign via DocuSign and we'll start preparing your onboarding.
SUBJECT: Offer of employment – {role} || On behalf of {company}, it gives me great pleasure to confirm our offer. The package includes a base salary of $96,000, a 10% annual bonus and 25 days of paid holiday.
""",
        "off_verbal_followup": """
Great speaking with you earlier! As promised, here is the written confirmation of the offer we discussed on the phone: {role}, start date 1 September, salary as agreed. HR will send the contract separately.
Following up on our call this morning: we're really excited to have you on board. I've asked our People team to draft the paperwork and you should receive it within two working days. Any questions in the meantime, just call me.
Just wanted to put in writing what I said on the phone: the job is yours if you want it. Take the weekend to think it over and let me know by Monday.
Thanks for taking my call yesterday. To confirm the verbal offer: {role}, hybrid with two office days a week, at the salary we discussed. The formal offer letter will follow once references are complete.
""",
        "oth_job_alert": """
5 new jobs match your alert "{role}". See the latest openings at {company} and similar employers. You're receiving this because you created a job alert.
New opportunity for you: {role} at {company}, posted 2 days ago. Apply early and be one of the first 25 applicants.
""",
        "oth_newsletter": """
Welcome to the {company} Careers newsletter! This month: meet our new graduate cohort, five tips for video calls with recruiters, and our open day on 22 May.
Inside {company}: how our teams work across time zones, a day in the life of a {role}, and the story behind our latest employer award. Read more on our blog.
""",
        "oth_withdrawal_confirmed": """
We confirm that your application for {role} has been withdrawn at your request. If you change your mind, you're welcome to apply again at any time.
Thanks for letting us know you've accepted another position. We've withdrawn your application as requested. Congratulations, and best of luck in the new role!
""",
        "oth_reference_request": """
Could you please send us the names and contact details of two professional referees? We will only contact them with your permission.
Our screening partner will contact you shortly to collect details for your employment history and reference checks. Please complete the online form within five working days.
""",
        "oth_survey": """
How was your candidate experience? Tell us in two minutes; your feedback helps us improve the way we recruit. The survey is anonymous.
You recently applied for {role}. We'd love to hear how you found our application process. Please rate it from 1 to 5 by clicking one of the links below.
""",
    },
    "de": {
        "rej_decision_in_process_words": """
Auf die Stelle als {role} haben uns über 300 Bewerbungen erreicht, die wir nun alle gesichtet haben. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
SUBJECT: Ihre Bewerbung als {role} – Rückmeldung || Wie angekündigt haben wir nach Ablauf der Bewerbungsfrist eine Vorauswahl getroffen. Leider gehören Sie nicht zu den Bewerberinnen und Bewerbern, die wir zu einem Vorstellungsgespräch einladen.
Danke für deine Geduld – wir hatten deutlich mehr Bewerbungen als erwartet. Inzwischen steht die Shortlist fest, und leider bist du diesmal nicht dabei.
In unserer Eingangsbestätigung hatten wir versprochen, uns nach der Vorauswahl bei allen zu melden. Die Vorauswahl ist abgeschlossen, und wir haben uns leider gegen Ihre Bewerbung entschieden. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.
Die Fachabteilung hat Ihre Unterlagen geprüft. Ihr Profil ist interessant, wir haben uns jedoch für Kandidatinnen und Kandidaten entschieden, deren Erfahrung noch genauer zu den Anforderungen passt. Gern bewahren wir Ihre Daten für zwölf Monate auf, falls eine passendere Stelle frei wird.
Das Auswahlverfahren zur Kennziffer 2024-117 ({role}) ist abgeschlossen. Ihre Bewerbung konnte leider nicht berücksichtigt werden. Aufgrund der hohen Zahl an Bewerbungen ist uns eine individuelle Begründung nicht möglich.
Wir haben die Sichtung aller Bewerbungen für {role} abgeschlossen und werden deine Bewerbung nicht weiterverfolgen. Dein Profil bleibt in unserem System, du kannst dich also jederzeit gern auf andere Stellen bewerben.
Es tut mir leid, dass du so lange warten musstest – wir waren nur zu zweit im Recruiting und hatten über 900 Bewerbungen. Für die nächste Runde haben wir uns leider für andere Profile entschieden.
""",
        "rej_role_closed": """
SUBJECT: Stellenausschreibung beendet: {role} || Die Stelle {role}, auf die Sie sich beworben haben, wurde geschlossen und nimmt keine Bewerbungen mehr an. Ihre Bewerbung wird für diese Ausschreibung nicht weiter berücksichtigt.
Dies ist eine automatisch generierte Nachricht. Die Ausschreibung {role} bei {company} wurde zurückgezogen; alle eingegangenen Bewerbungen wurden archiviert. Es ist keine weitere Aktion Ihrerseits erforderlich.
Kurze Info: Die Stelle als {role} ist inzwischen besetzt. Danke, dass du dich beworben hast – wir verfolgen deine Bewerbung daher nicht weiter.
Aufgrund einer internen Umstrukturierung wird die Position {role} vorerst nicht besetzt. Wir schließen deshalb das Verfahren und damit auch Ihre Bewerbung ab.
Status: Stelle geschlossen. Die Stelle {role} wurde am 14.03. vom Arbeitgeber archiviert. Bewerbungen auf diese Stelle werden nicht mehr bearbeitet.
Leider wurde die Stelle nach der Budgetrunde auf Eis gelegt, und zwar auf unbestimmte Zeit. Wir schließen deshalb alle offenen Bewerbungen, auch deine. Sorry, dass ich keine besseren Nachrichten habe.
""",
        "rej_talent_pool": """
Auch wenn wir Ihre Bewerbung als {role} nicht weiterverfolgen, hat uns Ihr Profil überzeugt. Wir laden Sie herzlich ein, Teil unseres Talentpools zu werden – so erfahren Sie als Erste/r von passenden neuen Stellen.
Wir haben uns für eine andere Person entschieden. Trotzdem würden wir gern in Kontakt bleiben: Dürfen wir deinen Lebenslauf für 24 Monate in unserem Talentpool speichern? Antworte einfach mit „Ja“.
Für diese Position wurden Sie leider nicht ausgewählt, wir haben Ihre Bewerbung jedoch in unseren Talentpool aufgenommen. Sobald eine passende Stelle frei wird, meldet sich ggf. jemand aus dem Recruiting direkt bei Ihnen.
Die Stelle ist vergeben – es war eine knappe Entscheidung. Wir würden dich gern bei künftigen Stellen berücksichtigen: Klick auf „In Kontakt bleiben“ und hinterlege deine Jobwünsche.
Ihre Bewerbung war dieses Mal leider nicht erfolgreich. Wir können uns Sie aber gut in einem anderen Bereich von {company} vorstellen. Damit wir Ihr Profil im Talentpool behalten dürfen, bestätigen Sie bitte innerhalb von 30 Tagen Ihre Einwilligung.
""",
        "rej_after_assessment": """
Vielen Dank für die Teilnahme am Online-Assessment. Wir haben Ihre Ergebnisse ausgewertet; leider haben Sie die für die nächste Runde erforderliche Punktzahl nicht erreicht.
Danke für die Zeit, die du in die Case Study gesteckt hast. Das Team hat sie sich genau angeschaut und sich entschieden, dich nicht in die nächste Runde zu nehmen. Kurzes Feedback: Die Lösung lief, aber die Abwägungen, nach denen wir gefragt hatten, fehlten in der Doku.
Die Ergebnisse Ihrer Online-Tests (numerisches und verbales Denken) liegen uns vor. Leider können wir Sie nicht zum Assessment-Center einladen.
Nach dem Assessment-Center in der vergangenen Woche hat die Auswahlkommission alle Kandidierenden besprochen. Es tut mir leid, Ihnen mitteilen zu müssen, dass wir Ihnen keinen Platz im Traineeprogramm anbieten können.
Wir haben uns deine Antworten im Video-Interview angesehen. Nach reiflicher Überlegung werden wir deine Bewerbung leider nicht weiterverfolgen.
""",
        "rej_one_line": """
Sorry Alex, wir haben uns für jemand anderen entschieden. Danke dir trotzdem für deine Zeit!
Leider eine Absage vom Team diesmal, tut mir leid. Von meinem iPhone gesendet
Kurz zur Info: Die Stelle ist an einen anderen Kandidaten gegangen. Viel Erfolg weiterhin!
Wird diesmal leider nichts, sorry. Gern ein andermal. Von meinem Smartphone gesendet
SUBJECT: AW: {role} || Leider schlechte Nachrichten, der Kunde möchte nicht mit Ihnen weitermachen. Ich rufe Sie später an. Von Outlook für Android gesendet
""",
        "rej_status_in_words": """
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung als {role} hat sich geändert: Nicht berücksichtigt. Melden Sie sich in Ihrem Bewerberkonto an, um Details zu sehen.
Ihr Bewerbungsstatus wurde aktualisiert. {role} – Status: Absage. Diese Nachricht wurde automatisch erstellt; bitte antworten Sie nicht darauf.
Update zu deiner Bewerbung bei {company}: {role} – Status: Abgelehnt. Deine anderen Bewerbungen findest du in deinem Dashboard.
Ihre Bewerbung als {role} wurde auf „Nicht erfolgreich“ gesetzt. Es ist keine weitere Aktion erforderlich.
""",
        "rej_decision_placed_late": """
Bei {company} arbeiten 2.500 Menschen an der Energiewende vor Ort – von der Netzplanung bis zum Kundenservice. Jede Bewerbung wird bei uns von einem Menschen gelesen. Nach Durchsicht Ihrer Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.
SUBJECT: Absage: Ihre Bewerbung als {role} || Vielen Dank für die Mühe, die Sie sich mit Ihrer Bewerbung gemacht haben. Wir würden uns freuen, wenn Sie unsere Stellenangebote weiterhin im Blick behalten.
Danke für deine Nachricht unten wegen des Zeitplans. Um es direkt zu beantworten: Das Team hat gestern entschieden, und wir gehen leider nicht mit dir in die nächste Runde. Sorry, dass die Bestätigung so lange gedauert hat.
Neues aus unserem Haus: ein neuer Standort in Leipzig, mehr Elternzeit und zum dritten Mal in Folge die Auszeichnung als Top-Arbeitgeber. Zu Ihrer Bewerbung als {role}: Das Team hat sich für andere Kandidatinnen und Kandidaten entschieden, deren Profil besser zum aktuellen Bedarf passt.
""",
        "ack_process_explained": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Wir prüfen jede Bewerbung individuell; bitte haben Sie daher Verständnis, dass dies bis zu drei Wochen dauern kann. Passt Ihr Profil zu unseren Anforderungen, melden wir uns für ein erstes Gespräch.
Danke für deine Bewerbung! Auf Stellen wie diese bekommen wir oft mehrere hundert Bewerbungen. Unser Prozess hat drei Schritte: Sichtung der Unterlagen, ein Telefonat mit dem Recruiting und ein Gespräch mit dem Team. Sobald Schritt eins abgeschlossen ist, hörst du von uns.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung (Kennziffer BW-55271). Aufgrund der Vielzahl an Bewerbungen werden wir nur Bewerberinnen und Bewerber kontaktieren, die in die engere Auswahl kommen. Die Vorauswahl erfolgt in den zwei Wochen nach Bewerbungsschluss.
Ihre Unterlagen sind vollständig bei uns angekommen. So geht es weiter: Nach Bewerbungsschluss am 30.04. sichtet die Fachabteilung alle Bewerbungen, die Gespräche finden in der KW 20 statt, und bis Ende Mai erhalten alle eine Rückmeldung – so oder so.
Danke dir! Deine Bewerbung wird in den nächsten Tagen von einem echten Menschen gelesen (wahrscheinlich von mir). Wir sind ein kleines Team, es kann also etwas dauern – aber du bekommst auf jeden Fall eine Antwort.
Wir bestätigen den Eingang Ihrer Bewerbungsunterlagen. Bitte beachten Sie, dass wir nicht jeder Bewerbung einzeln antworten können; sollten Sie für die nächste Stufe ausgewählt werden, meldet sich jemand aus unserem Team telefonisch oder per E-Mail.
Ihre Bewerbung liegt jetzt unserem Recruiting-Team vor. Wir bemühen uns, alle Bewerbungen innerhalb von zehn Arbeitstagen zu sichten. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Vielen Dank, deine Bewerbung ist da. Weil diese Stelle sehr gefragt ist, kann die Prüfung länger dauern als sonst. Wir danken dir für deine Geduld und melden uns, sobald feststeht, wie es weitergeht.
Bewerbung eingegangen: {role}. Die nächsten Schritte: 1) Vorauswahl durch das Recruiting (ca. 1–2 Wochen), 2) Gespräch mit der Führungskraft, 3) Kennenlernen im Team und Referenzen. Nicht jede Bewerbung kommt über Schritt 1 hinaus, aber jede bekommt eine Antwort.
""",
        "ack_silence_means_no": """
Vielen Dank für Ihre Bewerbung. Wir werden uns bis zum 28. Juni bei den Kandidatinnen und Kandidaten der engeren Wahl melden. Sollten Sie bis dahin nichts von uns gehört haben, gehen Sie bitte davon aus, dass wir Ihre Bewerbung nicht berücksichtigen konnten.
Aufgrund der sehr hohen Zahl an Bewerbungen können wir uns nur bei Personen melden, die wir zu einem Gespräch einladen. Erhalten Sie innerhalb von vier Wochen nach Bewerbungsschluss keine Nachricht, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich. Wir bitten um Ihr Verständnis.
Deine Unterlagen sind angekommen. Ein Hinweis vorab: Wenn du innerhalb von 21 Tagen nichts von uns hörst, ist es diesmal leider nichts geworden – wir behalten dein Profil aber gern für künftige Stellen.
Ihre Bewerbung wurde erfolgreich übermittelt. Die Vorstellungsgespräche sind für Mitte Oktober geplant. Leider können wir nicht allen antworten; sollten Sie bis zum 10. Oktober keine Einladung erhalten haben, sind Sie nicht in die engere Auswahl gekommen.
Danke, deine Bewerbung ist da! Ganz ehrlich: Wir rechnen mit sehr vielen Bewerbungen und melden uns nur, wenn wir dich kennenlernen möchten. Hörst du nach etwa einem Monat nichts, hat es diesmal nicht gepasst.
Eingang bestätigt. Die Vorauswahl für {role} erfolgt nach Ende der Ausschreibungsfrist. Eine gesonderte Benachrichtigung bei Nichtberücksichtigung erfolgt nicht; sollten Sie innerhalb von sechs Wochen nicht kontaktiert werden, ist das Verfahren für Sie beendet.
""",
        "ack_on_file_or_early_close": """
Vielen Dank für Ihre Bewerbung. Bitte beachten Sie, dass wir die Ausschreibung bei einer hohen Zahl geeigneter Bewerbungen vorzeitig beenden können. Ihre Bewerbung ist vorher eingegangen und wird berücksichtigt.
Wir haben deine Bewerbung erhalten. Deine Daten speichern wir für zwölf Monate, sodass wir dich in dieser Zeit auch auf andere passende Stellen ansprechen können. Deine Einwilligung kannst du jederzeit in deinem Profil widerrufen.
Ihre Bewerbung als {role} ist da. Wir sichten Bewerbungen laufend und nehmen die Anzeige unter Umständen früher offline, sobald genug passende Profile vorliegen – das betrifft bereits eingegangene Bewerbungen wie Ihre nicht.
Hiermit bestätigen wir, dass Ihre Bewerbung eingegangen und in unserem System gespeichert ist. Das Team sichtet sie nach Ende der Ausschreibung zusammen mit allen anderen. Sollte die Stelle vorher besetzt werden, geben wir Ihnen Bescheid.
Bewerbung erhalten. Auch falls diese Stelle am Ende nicht passen sollte, nehmen wir dein Profil in unsere Datenbank auf, damit unser Recruiting dich künftigen Stellen zuordnen kann. Zu dieser Stelle melden wir uns, sobald die Prüfung abgeschlossen ist.
""",
        "ack_status_in_review": """
SUBJECT: Ihr Bewerbungsstatus: In Prüfung || Ihre Bewerbung als {role} wird jetzt von der Fachabteilung geprüft. Sie müssen derzeit nichts weiter tun; wir informieren Sie, sobald es Neuigkeiten gibt.
Statusupdate zu {role}: Deine Bewerbung wurde von „Eingegangen“ auf „In Prüfung“ gesetzt. Die Prüfung dauert in der Regel ein bis zwei Wochen.
Nur ein kurzes Lebenszeichen, damit du nicht im Dunkeln tappst: Wir haben dich nicht vergessen. Die Teamleitung sichtet noch die Bewerbungen, ich rechne nächste Woche mit Neuigkeiten.
Wir möchten Ihnen mitteilen, dass Ihre Bewerbung weiterhin aktiv ist. Das Auswahlverfahren dauert wegen der Urlaubszeit länger als geplant; wir gehen davon aus, bis Ende des Monats auf die Kandidatinnen und Kandidaten zuzukommen. Vielen Dank für Ihre Geduld.
""",
        "ack_status_changed_only": """
SUBJECT: Es gibt Neuigkeiten zu Ihrer Bewerbung || Der Status Ihrer Bewerbung als {role} bei {company} hat sich geändert. Bitte melden Sie sich im Bewerberportal an, um den aktuellen Stand einzusehen.
Deine Bewerbung wurde aktualisiert. Was sich geändert hat, siehst du, wenn du dich in deinem Konto anmeldest. Dies ist eine automatische Benachrichtigung, Antworten an diese Adresse werden nicht gelesen.
Bei Ihrer Bewerbung gibt es eine Änderung. Öffnen Sie die App, um Ihren Bewerbungsstatus zu sehen.
Aktualisierung verfügbar. Aus Datenschutzgründen versenden wir keine Statusdetails per E-Mail. Den aktuellen Stand Ihrer Bewerbung Nr. 88412 finden Sie in Ihrem Bewerberkonto.
""",
        "inv_no_word_interview": """
Deine Bewerbung hat uns richtig gut gefallen und wir würden dich gern besser kennenlernen. Hättest du nächsten Dienstag oder Mittwoch Nachmittag Zeit für einen 30-minütigen Videocall mit unserem Tech Lead?
Hast du Lust, nächste Woche auf einen Kaffee vorbeizukommen? Ich würde dir gern mehr über die Stelle erzählen und hören, was du suchst. Donnerstagvormittag bei uns in der Nähe würde mir gut passen.
Wir möchten Sie gern am 12. März um 10 Uhr zu einem Kennenlernen in unser Büro einladen. Sie verbringen etwa zwei Stunden mit uns: ein Gespräch mit der Abteilungsleitung, ein kurzer Rundgang und ein Mittagessen mit zwei künftigen Kolleginnen.
Nächster Schritt: ein 45-minütiges Gespräch mit Maria, unserer Head of Product. Such dir über den Terminlink unten einfach einen passenden Slot aus. Wir freuen uns!
Hätten Sie morgen zwischen 14 und 16 Uhr Zeit für ein kurzes Telefonat? Ich möchte gern Ihre Bewerbung und die nächsten Schritte mit Ihnen besprechen. Unter welcher Nummer erreiche ich Sie?
Ihr Profil ist uns positiv aufgefallen. Ich würde gern ein erstes Gespräch mit Ihnen und der Teamleitung vereinbaren – könnten Sie mir drei oder vier Zeitfenster in der nächsten Woche nennen?
""",
        "inv_interview": """
Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position {role} einzuladen. Das Gespräch findet am Freitag, 9. Mai, um 11 Uhr über Microsoft Teams statt und dauert etwa eine Stunde. Bitte bestätigen Sie den Termin kurz per E-Mail.
SUBJECT: Einladung zum Vorstellungsgespräch – {role} || Nach der ersten Runde möchten wir dich gern zu einem zweiten Interview mit unserer Bereichsleitung einladen. Bitte buch dir bis Mittwoch einen Termin über den Link.
Sie sind in der engeren Auswahl! Wir laden Sie herzlich zu einem Vorstellungsgespräch vor unserer Auswahlkommission am 3. Juni in Dresden ein. Anfahrtsbeschreibung und Ablauf finden Sie im Anhang.
""",
        "off_written": """
Ich freue mich sehr, Ihnen die Position als {role} bei {company} anbieten zu dürfen. Ihr Jahresbruttogehalt beträgt 62.000 Euro, Beginn ist der 1. Juli. Den Arbeitsvertrag finden Sie im Anhang; bitte senden Sie ihn uns bis Freitag unterschrieben zurück.
Herzlichen Glückwunsch! Nach den Gesprächen möchten wir dir gern ein Angebot als {role} machen. Alle Details findest du in deinem Bewerberkonto – bitte nimm das Angebot bis zum 18. April an.
Wir würden uns freuen, wenn Sie zu uns kommen. Anbei erhalten Sie Ihren Arbeitsvertrag (unbefristet, Vollzeit, 39 Stunden). Wenn alles passt, unterschreiben Sie bitte digital, dann starten wir mit der Vorbereitung Ihres Onboardings.
SUBJECT: Vertragsangebot – {role} || Im Namen von {company} freue ich mich, dir unser Angebot zu bestätigen: 58.000 Euro Grundgehalt, 10 % Jahresbonus und 30 Tage Urlaub.
""",
        "off_verbal_followup": """
Schön, dass wir vorhin telefoniert haben! Wie besprochen hier die schriftliche Bestätigung unseres Angebots: {role}, Start am 1. September, Gehalt wie vereinbart. Den Vertrag schickt dir die Personalabteilung separat.
Ich knüpfe an unser Telefonat von heute Morgen an: Wir freuen uns sehr, dass Sie zu uns kommen möchten. Die Personalabteilung bereitet die Unterlagen vor; Sie sollten sie innerhalb von zwei Werktagen erhalten.
Nur damit es auch schriftlich da ist, was ich am Telefon gesagt habe: Die Stelle gehört dir, wenn du sie willst. Lass dir das Wochenende Zeit und gib mir bis Montag Bescheid.
Danke für das Gespräch gestern. Zur Bestätigung der mündlichen Zusage: {role}, hybrid mit zwei Bürotagen pro Woche, zum besprochenen Gehalt. Das formelle Vertragsangebot folgt, sobald die Referenzen vorliegen.
""",
        "oth_job_alert": """
5 neue Jobs passen zu Ihrem Suchauftrag „{role}“. Entdecken Sie die neuesten Stellen bei {company} und ähnlichen Arbeitgebern. Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben.
Neuer Job für dich: {role} bei {company}, vor 2 Tagen veröffentlicht. Bewirb dich früh und sei unter den ersten 25.
""",
        "oth_newsletter": """
Willkommen zum Karriere-Newsletter von {company}! Diesen Monat: unsere neuen Azubis stellen sich vor, fünf Tipps für Videocalls mit Recruitern und unser Tag der offenen Tür am 22. Mai.
Einblicke bei {company}: wie unsere Teams standortübergreifend arbeiten, ein Tag im Leben als {role} und die Geschichte hinter unserer neuesten Arbeitgeber-Auszeichnung. Mehr dazu in unserem Blog.
""",
        "oth_withdrawal_confirmed": """
Hiermit bestätigen wir, dass Ihre Bewerbung als {role} auf Ihren Wunsch zurückgezogen wurde. Sollten Sie es sich anders überlegen, können Sie sich jederzeit erneut bewerben.
Danke, dass du uns Bescheid gegeben hast, dass du eine andere Stelle angenommen hast. Wir haben deine Bewerbung wie gewünscht zurückgezogen. Herzlichen Glückwunsch und viel Erfolg im neuen Job!
""",
        "oth_reference_request": """
Könnten Sie uns bitte Namen und Kontaktdaten von zwei Referenzgebern aus Ihrem beruflichen Umfeld senden? Wir kontaktieren diese nur mit Ihrem Einverständnis.
Unser Partner für Background-Checks meldet sich in Kürze bei dir, um Angaben zu deinem Werdegang und deinen Referenzen abzufragen. Bitte füll das Online-Formular innerhalb von fünf Werktagen aus.
""",
        "oth_survey": """
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Sagen Sie es uns in zwei Minuten – Ihr Feedback hilft uns, besser zu werden. Die Umfrage ist anonym.
Du hast dich kürzlich als {role} beworben. Wir würden gern wissen, wie du unseren Bewerbungsprozess fandest. Bewerte ihn mit einem Klick von 1 bis 5.
""",
    },
    "fr": {
        "rej_decision_in_process_words": """
Nous avons reçu plus de 400 candidatures pour le poste de {role} et avons désormais terminé leur examen. Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.
SUBJECT: Votre candidature au poste de {role} || Notre équipe a étudié l'ensemble des candidatures reçues pour ce poste. Seuls les profils les plus proches de nos besoins ont été présélectionnés et, malheureusement, le vôtre n'a pas été retenu pour un entretien.
Merci pour votre patience pendant que nous traitions un volume de candidatures exceptionnel. La présélection est maintenant terminée et je suis au regret de vous annoncer que votre candidature n'en fait pas partie.
Comme indiqué dans notre accusé de réception, nous nous étions engagés à revenir vers chaque candidat une fois la présélection arrêtée. C'est chose faite, et nous ne poursuivrons malheureusement pas le processus avec vous.
Votre candidature a été étudiée par le manager du poste. Malgré la qualité de votre parcours, nous avons choisi de privilégier des profils dont l'expérience correspond plus étroitement aux exigences du poste. Nous conservons vos coordonnées pendant 24 mois, conformément au RGPD, au cas où une opportunité plus adaptée se présenterait.
La phase d'examen des dossiers pour le poste de {role} (réf. 24-1187) est close. Votre candidature n'a malheureusement pas été retenue. Compte tenu du nombre de candidatures, nous ne sommes pas en mesure de faire un retour individuel.
L'équipe a terminé l'analyse des candidatures pour ce poste et nous avons décidé de ne pas poursuivre avec ton profil. Tes informations restent dans notre base, n'hésite pas à postuler à nos futures offres.
Désolée pour ce délai de réponse : nous étions deux au recrutement face à plus de 1 000 candidatures. Pour l'étape suivante, nous avons malheureusement retenu d'autres profils.
""",
        "rej_role_closed": """
SUBJECT: Offre clôturée : {role} || Le poste de {role} auquel vous avez postulé a été clôturé et n'accepte plus de candidatures. Votre candidature ne sera pas étudiée davantage pour cette offre.
Ceci est un message automatique. Le recrutement pour le poste de {role} chez {company} a été annulé et toutes les candidatures ont été archivées. Aucune action n'est requise de votre part.
Nous tenions à vous informer que le poste de {role} a été pourvu. Merci du temps consacré à votre candidature ; nous ne pourrons donc pas lui donner suite.
Suite à une réorganisation interne, {company} a décidé de ne pas pourvoir le poste de {role} pour le moment. Nous clôturons par conséquent l'ensemble des candidatures, dont la vôtre.
Statut : offre fermée. L'offre à laquelle vous avez postulé ({role}) a été archivée par l'employeur le 14/03. Les candidatures à cette offre ne sont plus examinées.
Petite info : le poste a été gelé jusqu'à nouvel ordre après les arbitrages budgétaires, donc on clôt toutes les candidatures en cours, y compris la tienne. Désolé de ne pas avoir de meilleure nouvelle.
""",
        "rej_talent_pool": """
Si nous ne donnons pas suite à votre candidature pour le poste de {role}, votre profil a retenu toute notre attention et nous aimerions vous inviter à rejoindre notre vivier de talents. Vous serez ainsi informé(e) en priorité des offres correspondant à vos compétences.
Nous avons retenu un autre candidat. Cela dit, on aimerait garder le contact : acceptes-tu que nous conservions ton CV dans notre vivier pendant 24 mois ? Réponds simplement « oui ».
Vous n'avez pas été retenu(e) pour ce poste, mais votre candidature a été ajoutée à notre vivier de talents. Si un poste correspondant à votre expérience se libère, un recruteur pourra vous contacter directement.
Le poste est pourvu. Le choix a été serré et nous aimerions sincèrement penser à vous pour de futurs postes : cliquez sur « Rester en contact » pour rejoindre notre communauté et indiquer vos préférences.
Votre candidature n'a pas abouti cette fois-ci. Nous pensons toutefois que vous pourriez trouver votre place ailleurs chez {company}. Pour que votre profil reste dans notre vivier, merci de confirmer votre consentement sous 30 jours.
""",
        "rej_after_assessment": """
Merci d'avoir complété les tests en ligne pour le poste de {role}. Nous avons analysé vos résultats et ils n'atteignent malheureusement pas le seuil requis pour passer à l'étape suivante.
Merci pour le temps passé sur le cas pratique. L'équipe l'a examiné avec attention et a décidé de ne pas poursuivre avec toi. Petit retour : la solution fonctionnait, mais la note ne détaillait pas les compromis que nous avions demandés.
Les résultats de vos tests de raisonnement numérique et verbal ont été évalués. Nous ne sommes malheureusement pas en mesure de vous convier à l'assessment center.
À l'issue de la journée d'évaluation de la semaine dernière, le jury s'est réuni pour examiner l'ensemble des candidats. J'ai le regret de vous annoncer que nous ne pourrons pas vous proposer une place dans notre programme graduate cette année.
Nous avons visionné vos réponses à l'entretien vidéo différé. Après réflexion, nous ne donnerons pas suite à votre candidature.
""",
        "rej_one_line": """
Désolé Alex, on est partis sur un autre profil pour le poste. Merci encore pour ton temps.
Malheureusement c'est non de la part de l'équipe cette fois, désolée ! Envoyé de mon iPhone
Juste un mot rapide : le poste a été proposé à un autre candidat. Bonne continuation !
Ça ne se fera pas pour celui-ci, désolé. On en reparle une autre fois. Envoyé depuis mon mobile
SUBJECT: RE: {role} || Mauvaise nouvelle, le client ne souhaite pas poursuivre avec vous. Je vous appelle plus tard pour vous expliquer. Envoyé depuis Outlook pour Android
""",
        "rej_status_in_words": """
SUBJECT: Mise à jour du statut de votre candidature || Le statut de votre candidature au poste de {role} est passé à : Non retenue. Connectez-vous à votre espace candidat pour plus de détails.
Le statut de votre candidature a été mis à jour. {role} – Statut : Refusée. Ce message a été envoyé automatiquement, merci de ne pas y répondre.
Mise à jour de ta candidature chez {company} : {role} – Statut : Clôturée (non retenue). Retrouve tes autres candidatures dans ton tableau de bord.
Votre candidature au poste de {role} est désormais au statut « Sans suite ». Aucune action n'est requise de votre part.
""",
        "rej_decision_placed_late": """
Chez {company}, 1 800 collaborateurs réinventent chaque jour l'hôtellerie durable dans 9 pays. Chaque candidature est lue par une vraie personne. Après lecture de la vôtre, nous avons décidé de ne pas poursuivre le processus.
SUBJECT: Réponse négative – candidature {role} || Nous vous remercions pour le temps et l'énergie consacrés à votre candidature et vous invitons à consulter régulièrement nos autres offres.
Merci pour ton message ci-dessous sur le calendrier. Pour te répondre directement : le jury a tranché hier et nous ne poursuivrons pas avec ta candidature. Désolée d'avoir mis autant de temps à te le confirmer.
Ce mois-ci, nous avons ouvert deux nouveaux bureaux, allongé le congé parental et été labellisés Great Place to Work pour la troisième année. Concernant votre candidature au poste de {role} : l'équipe a choisi d'avancer avec d'autres candidats dont le profil correspond mieux aux besoins actuels.
""",
        "ack_process_explained": """
Nous avons bien reçu votre candidature au poste de {role}. Chaque dossier est étudié individuellement par notre équipe ; merci de compter jusqu'à trois semaines pour un retour. Si votre profil correspond à nos attentes, nous vous contacterons pour un premier échange.
Merci d'avoir postulé ! Nous recevons souvent plusieurs centaines de candidatures pour ce type de poste. Notre processus comporte trois étapes : tri des CV, appel avec un recruteur, puis rencontre avec l'équipe. On revient vers toi dès la fin de la première étape.
Ce message confirme l'enregistrement de votre candidature (réf. CAND-55271). En raison du nombre important de candidatures, seuls les candidats présélectionnés seront contactés. La présélection aura lieu dans les deux semaines suivant la date de clôture.
Votre dossier nous est bien parvenu. La suite : le manager étudiera les candidatures après la clôture le 30 avril, les candidats présélectionnés seront reçus la semaine du 13 mai, et chacun aura une réponse, positive ou non, d'ici fin mai.
Merci pour ta candidature ! Une vraie personne (sans doute moi) la lira dans les prochains jours. On est une petite équipe, donc ça peut prendre un peu de temps, mais tu auras une réponse quoi qu'il arrive.
Nous accusons réception de votre candidature. Nous ne pouvons malheureusement pas répondre individuellement à chaque candidat ; si votre profil est retenu à l'issue du premier tri, un membre de notre équipe vous contactera par téléphone ou par e-mail.
Votre candidature est entre les mains de notre équipe recrutement. Nous nous efforçons d'étudier chaque dossier sous dix jours ouvrés. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Merci, nous avons bien ta candidature. Ce poste attire beaucoup de monde, l'étude des dossiers peut donc prendre plus de temps que d'habitude. Merci de ta patience, on te tient au courant dès que les prochaines étapes sont fixées.
Candidature reçue : {role}. Prochaines étapes : 1) présélection par l'équipe Talent (1 à 2 semaines) ; 2) échange avec le manager ; 3) rencontre avec l'équipe et prise de références. Toutes les candidatures ne passent pas l'étape 1, mais chacune reçoit une réponse.
""",
        "ack_silence_means_no": """
Nous vous remercions pour votre candidature. Nous contacterons les candidats présélectionnés d'ici le 28 juin. Sans nouvelles de notre part à cette date, vous pourrez considérer que votre candidature n'a pas été retenue.
En raison du grand nombre de candidatures reçues, nous ne répondons qu'aux personnes invitées à un entretien. Sans réponse de notre part dans un délai de quatre semaines après la clôture de l'offre, merci de considérer que votre candidature n'a pas abouti. Merci de votre compréhension.
Nous avons bien reçu ton CV et ta lettre. À noter : si tu n'as pas été contacté(e) sous 21 jours, c'est que ta candidature n'a pas été retenue cette fois, mais nous pourrons la garder pour de futurs postes.
Votre candidature a été transmise avec succès. Les entretiens sont prévus mi-octobre. Faute de pouvoir répondre à chacun, nous vous prions de considérer, sans invitation de notre part au 10 octobre, que vous n'avez pas été présélectionné(e).
Bien reçu, merci ! Pour être transparents : on attend beaucoup de candidatures et on ne reviendra vers toi que si on souhaite échanger. Pas de nouvelles au bout d'un mois environ, ça veut dire que ça ne colle pas cette fois.
Accusé de réception. La présélection pour le poste de {role} aura lieu après la date limite. Les candidats non retenus ne seront pas informés individuellement ; sans contact de notre part sous six semaines, veuillez considérer que nous ne donnerons pas suite.
""",
        "ack_on_file_or_early_close": """
Merci pour votre candidature. Veuillez noter que nous pouvons clôturer cette offre avant la date annoncée si nous recevons un grand nombre de candidatures pertinentes. La vôtre est arrivée avant et sera bien étudiée.
Nous avons bien reçu ta candidature. Tes données sont conservées 12 mois, ce qui nous permet aussi de te contacter pour d'autres postes adaptés pendant cette période. Tu peux retirer ton consentement à tout moment depuis ton profil.
Votre candidature pour le poste de {role} est enregistrée. Nous étudions les dossiers au fil de l'eau et pourrons retirer l'annonce plus tôt si nous avons suffisamment de bons profils ; cela ne change rien pour les candidatures déjà reçues, dont la vôtre.
Nous vous confirmons que votre candidature a été reçue et enregistrée dans notre système. L'équipe l'étudiera avec toutes les autres à la clôture de l'offre. Si le poste est pourvu d'ici là, nous vous en informerons.
Candidature reçue. Même si ce poste ne devait finalement pas correspondre, nous conserverons votre profil dans notre base afin que nos recruteurs puissent vous proposer de futures opportunités. Nous reviendrons vers vous concernant ce poste à l'issue de notre examen.
""",
        "ack_status_in_review": """
SUBJECT: Statut de votre candidature : en cours d'examen || Votre candidature au poste de {role} est en cours d'examen par l'équipe. Vous n'avez rien à faire pour le moment ; nous vous préviendrons dès qu'il y aura du nouveau.
Mise à jour pour le poste de {role} : ta candidature est passée de « Reçue » à « En cours d'étude ». L'étude prend généralement une à deux semaines.
Un petit mot pour que tu ne restes pas sans nouvelles : on ne t'a pas oublié. La manager est encore en train de parcourir les candidatures et j'espère avoir du nouveau la semaine prochaine.
Nous souhaitions vous informer que votre candidature est toujours active. Le processus a pris plus de temps que prévu en raison des congés d'été et nous prévoyons de recontacter les candidats d'ici la fin du mois. Merci de votre patience.
""",
        "ack_status_changed_only": """
SUBJECT: Du nouveau sur votre candidature || Le statut de votre candidature au poste de {role} chez {company} a évolué. Connectez-vous à votre espace candidat pour consulter le statut actuel.
Ta candidature a été mise à jour. Pour voir ce qui a changé, connecte-toi à ton compte. Ceci est une notification automatique, les réponses à cette adresse ne sont pas lues.
Il y a du nouveau concernant votre candidature. Ouvrez l'application pour consulter son statut.
Mise à jour disponible. Pour des raisons de confidentialité, nous n'indiquons pas le détail du statut par e-mail. Rendez-vous dans votre espace candidat pour consulter l'état de la candidature n° 88412.
""",
        "inv_no_word_interview": """
L'équipe a beaucoup aimé ta candidature et aimerait mieux te connaître. Serais-tu disponible mardi ou mercredi prochain après-midi pour un appel visio de 30 minutes avec notre lead tech ?
On se prend un café la semaine prochaine ? J'aimerais te parler plus en détail du poste et savoir ce que tu recherches. Jeudi matin près de nos bureaux, ça m'irait bien.
Nous serions ravis de vous accueillir dans nos locaux le 12 mars à 10 h pour rencontrer l'équipe. Comptez environ deux heures : un échange avec la responsable du service, une visite des lieux et un déjeuner avec deux futurs collègues.
Prochaine étape : un échange de 45 minutes avec Maria, notre Head of Product. Choisissez le créneau qui vous convient via le lien ci-dessous. Au plaisir d'échanger !
Seriez-vous disponible demain entre 14 h et 16 h pour un court appel ? J'aimerais faire le point avec vous sur votre candidature et la suite. Indiquez-moi le numéro auquel vous joindre.
Votre profil a retenu notre attention. J'aimerais organiser un premier échange avec vous et le manager : pourriez-vous m'indiquer trois ou quatre disponibilités la semaine prochaine ?
""",
        "inv_interview": """
Nous avons le plaisir de vous convier à un entretien pour le poste de {role}. Il se déroulera sur Microsoft Teams le vendredi 9 mai à 11 h et durera environ une heure. Merci de confirmer votre présence en répondant à ce message.
SUBJECT: Invitation à un entretien – {role} || Suite au premier tour, nous aimerions te proposer un second entretien avec la directrice du département. Réserve un créneau via le lien avant mercredi.
Bonne nouvelle, vous êtes présélectionné(e) ! Nous vous invitons à un entretien avec notre jury le 3 juin dans nos locaux de Lyon. Les informations pratiques sont en pièce jointe.
""",
        "off_written": """
J'ai le plaisir de vous proposer le poste de {role} chez {company}. Votre rémunération annuelle brute sera de 48 000 euros, pour une prise de poste le 2 juin. Vous trouverez la promesse d'embauche en pièce jointe ; merci de nous la retourner signée d'ici vendredi.
Félicitations ! À l'issue de tes entretiens, nous avons le plaisir de te faire une proposition d'embauche pour le poste de {role}. Tous les détails sont dans ton espace candidat ; merci de l'accepter avant le 18 avril.
Nous serions ravis de vous compter parmi nous. Vous trouverez ci-joint votre contrat pour le poste de {role} (CDI, temps plein, 35 heures). Si tout vous convient, signez-le électroniquement et nous lancerons la préparation de votre arrivée.
SUBJECT: Proposition d'embauche – {role} || Au nom de {company}, j'ai le plaisir de vous confirmer notre proposition : un salaire fixe de 55 000 euros bruts annuels, une part variable de 10 % et 25 jours de congés payés.
""",
        "off_verbal_followup": """
Ravie de notre échange tout à l'heure ! Comme convenu, voici la confirmation écrite de la proposition dont nous avons parlé au téléphone : {role}, démarrage le 1er septembre, salaire comme convenu. Les RH t'enverront le contrat séparément.
Suite à notre appel de ce matin : nous sommes vraiment heureux de vous accueillir. J'ai demandé à l'équipe RH de préparer les documents, vous devriez les recevoir sous deux jours ouvrés. Pour toute question d'ici là, n'hésitez pas à m'appeler.
Je te mets par écrit ce que je t'ai dit au téléphone : le poste est à toi si tu le veux. Prends le week-end pour réfléchir et donne-moi ta réponse lundi.
Merci d'avoir pris mon appel hier. Pour confirmer notre offre orale : {role}, en hybride avec deux jours sur site par semaine, au salaire dont nous avons discuté. La proposition écrite suivra dès réception des références.
""",
        "oth_job_alert": """
5 nouvelles offres correspondent à votre alerte « {role} ». Découvrez les dernières opportunités chez {company} et des employeurs similaires. Vous recevez cet e-mail car vous avez créé une alerte emploi.
Nouvelle offre pour toi : {role} chez {company}, publiée il y a 2 jours. Postule vite pour faire partie des 25 premiers candidats.
""",
        "oth_newsletter": """
Bienvenue dans la newsletter carrières de {company} ! Ce mois-ci : rencontre avec nos nouveaux alternants, cinq conseils pour vos visios avec les recruteurs et notre journée portes ouvertes du 22 mai.
Dans les coulisses de {company} : comment nos équipes travaillent entre plusieurs fuseaux horaires, une journée dans la peau d'un(e) {role} et l'histoire de notre dernier prix employeur. À lire sur notre blog.
""",
        "oth_withdrawal_confirmed": """
Nous vous confirmons le retrait de votre candidature au poste de {role}, conformément à votre demande. Si vous changez d'avis, vous pourrez postuler de nouveau à tout moment.
Merci de nous avoir prévenus que tu as accepté un autre poste. Nous avons retiré ta candidature comme demandé. Félicitations et bonne route dans tes nouvelles fonctions !
""",
        "oth_reference_request": """
Pourriez-vous nous transmettre les noms et coordonnées de deux références professionnelles ? Nous ne les contacterons qu'avec votre accord.
Notre prestataire de vérification va te contacter prochainement pour recueillir les informations sur ton parcours et tes références. Merci de remplir le formulaire en ligne sous cinq jours ouvrés.
""",
        "oth_survey": """
Comment s'est passée votre expérience candidat ? Dites-le-nous en deux minutes : vos retours nous aident à améliorer notre recrutement. Le questionnaire est anonyme.
Tu as récemment postulé au poste de {role}. Nous aimerions savoir ce que tu as pensé de notre processus de candidature. Note-le de 1 à 5 en cliquant sur l'un des liens ci-dessous.
""",
    },
    "es": {
        "rej_decision_in_process_words": """
Hemos recibido más de 400 candidaturas para el puesto de {role} y ya hemos terminado de revisarlas. Tras analizar tu perfil con detenimiento, lamentamos comunicarte que no vamos a continuar con tu candidatura.
SUBJECT: Actualización sobre su postulación – {role} || Nuestro equipo ha revisado todas las postulaciones recibidas para esta vacante. Solo se preseleccionaron los perfiles que más se ajustaban a lo requerido y, en esta ocasión, usted no ha sido preseleccionado para entrevista.
Gracias por tu paciencia mientras revisábamos un volumen de candidaturas muy superior al habitual. La preselección ya está cerrada y siento decirte que tu candidatura no ha quedado entre las elegidas.
En nuestro acuse de recibo nos comprometimos a escribir a todas las personas una vez cerrada la preselección. Ya está cerrada y, por desgracia, no seguiremos adelante con tu candidatura.
La responsable del área ha revisado su candidatura. Aunque su trayectoria es muy interesante, hemos decidido avanzar con perfiles cuya experiencia se ajusta más a los requisitos del puesto. Conservaremos sus datos durante 12 meses por si surge una vacante más adecuada.
Ha finalizado la fase de valoración de méritos para el puesto de {role} (ref. 24-1187). Lamentablemente, su candidatura no ha resultado seleccionada. Debido al elevado número de solicitudes, no nos es posible ofrecer una valoración individual.
El equipo ha terminado de evaluar las postulaciones para esta vacante y tu perfil no continuará en el proceso. Tus datos quedan en nuestra base, así que puedes postular a futuras vacantes cuando quieras.
Perdona la demora: éramos dos personas en selección y llegaron más de 1.200 candidaturas. Para la siguiente fase hemos optado, lamentablemente, por otros perfiles.
""",
        "rej_role_closed": """
SUBJECT: Oferta cerrada: {role} || La oferta de {role} a la que te inscribiste ha sido cerrada y ya no admite candidaturas. Tu candidatura no seguirá siendo valorada para esta posición.
Este es un mensaje automático. El proceso de selección para {role} en {company} ha sido cancelado y todas las candidaturas han sido archivadas. No es necesario que realice ninguna acción.
Queríamos avisarte de que la vacante de {role} ya ha sido cubierta. Gracias por el tiempo dedicado a tu postulación; no seguiremos adelante con ella.
Debido a un cambio en las prioridades de la empresa, {company} ha decidido no cubrir la posición de {role} por el momento. Por este motivo, cerramos todas las candidaturas del proceso, incluida la suya.
Estado: vacante cerrada. La oferta a la que postulaste ({role}) fue archivada por la empresa el 14/03. Las postulaciones a esta oferta ya no se están revisando.
Te cuento rápido: después de la revisión de presupuesto congelaron la vacante sin fecha, así que estamos cerrando todas las candidaturas en curso, también la tuya. Siento no traer mejores noticias.
""",
        "rej_talent_pool": """
Aunque no vamos a avanzar con tu candidatura para {role}, tu perfil nos ha gustado mucho y queremos invitarte a unirte a nuestra comunidad de talento. Así serás de los primeros en enterarte de las vacantes que encajen contigo.
Hemos elegido a otra persona para el puesto. Aun así, nos gustaría seguir en contacto: ¿nos autorizas a guardar tu CV en nuestra bolsa de talento durante 24 meses? Solo tienes que responder «sí».
Usted no ha sido seleccionado para esta posición, pero su candidatura ha pasado a formar parte de nuestro banco de talento. Si se abre una vacante acorde a su experiencia, un reclutador podrá contactarle directamente.
La vacante ya está cubierta. La decisión estuvo muy reñida y de verdad nos gustaría contar contigo en futuros procesos: haz clic en «Seguir en contacto» para unirte a nuestra red y elegir tus preferencias.
Tu postulación no prosperó esta vez. Creemos, sin embargo, que podrías encajar en otra área de {company}. Para mantener tu perfil en nuestro banco de talento, confirma tu consentimiento en un plazo de 30 días.
""",
        "rej_after_assessment": """
Gracias por completar la prueba online para {role}. Hemos revisado tus resultados y, lamentablemente, no alcanzan la puntuación mínima necesaria para pasar a la siguiente fase.
Gracias por el tiempo que dedicaste a la prueba técnica. El equipo la revisó con atención y ha decidido no avanzar contigo. Un comentario: la solución funcionaba, pero el documento no explicaba las decisiones de diseño que pedíamos.
Hemos evaluado los resultados de sus pruebas de razonamiento numérico y verbal. En esta ocasión no ha superado el corte para acceder al assessment center.
Tras la jornada de evaluación de la semana pasada, el comité se reunió para valorar a todas las personas candidatas. Lamento comunicarle que no podremos ofrecerle una plaza en el programa de este año.
Hemos visto tus respuestas a la entrevista en vídeo. Tras valorarlo, no vamos a seguir adelante con tu candidatura.
""",
        "rej_one_line": """
Lo siento Alex, nos hemos decidido por otra persona para el puesto. Gracias de nuevo por tu tiempo.
Por desgracia esta vez el equipo ha dicho que no, ¡lo siento! Enviado desde mi iPhone
Solo un aviso rápido: el puesto se le ofreció a otro candidato. ¡Mucha suerte!
Con esta no seguimos, perdona. Hablamos en otra ocasión. Enviado desde mi móvil
SUBJECT: RE: {role} || Malas noticias, el cliente ha decidido no continuar contigo. Te llamo luego y te explico. Enviado desde Outlook para Android
""",
        "rej_status_in_words": """
SUBJECT: Actualización del estado de tu candidatura || El estado de tu candidatura para {role} ha cambiado a: No seleccionado. Accede a tu área de candidato para ver los detalles.
Se ha actualizado el estado de su postulación. {role} – Estado: Descartado. Este mensaje se ha generado automáticamente; por favor, no responda.
Novedades de tu postulación en {company}: {role} – Estado: Rechazada. Puedes ver tus otras postulaciones en tu panel.
Su candidatura para {role} ha pasado al estado «Proceso finalizado – no seleccionado». No es necesaria ninguna acción adicional.
""",
        "rej_decision_placed_late": """
En {company} somos 3.000 personas en 12 países trabajando para que la logística sea más sostenible. Cada candidatura la lee una persona de verdad. Después de leer la tuya para {role}, hemos decidido no continuar.
SUBJECT: Candidatura no seleccionada – {role} || Te agradecemos el tiempo y el esfuerzo que has dedicado a tu candidatura y te animamos a seguir atento a nuestras ofertas.
Gracias por tu mensaje de abajo preguntando por los plazos. Te respondo sin rodeos: el comité decidió ayer y no vamos a seguir con tu candidatura. Siento haber tardado tanto en confirmártelo.
Este mes abrimos dos nuevas oficinas, ampliamos el permiso parental y nos reconocieron como Top Employer por tercer año. Respecto a su candidatura para {role}: el equipo ha decidido continuar con otras personas cuyo perfil se ajusta mejor a las necesidades actuales.
""",
        "ack_process_explained": """
Hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo revisa cada candidatura de forma individual, así que puede tardar hasta tres semanas. Si tu perfil encaja con lo que buscamos, te contactaremos para una primera conversación.
¡Gracias por postular! Para posiciones como esta solemos recibir varios cientos de postulaciones. Nuestro proceso tiene tres etapas: revisión de CV, llamada con una reclutadora y entrevista final con el equipo. Te escribiremos en cuanto terminemos la primera etapa.
Este correo confirma que su candidatura (ref. CAN-55271) se ha registrado correctamente. Debido al alto volumen de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas. La preselección se realizará durante las dos semanas posteriores al cierre de la oferta.
Tu candidatura ha llegado correctamente. Próximos pasos: la responsable revisará las candidaturas tras el cierre del 30 de abril, las personas preseleccionadas serán convocadas la semana del 13 de mayo y todas recibirán respuesta, positiva o negativa, antes de que acabe mayo.
¡Gracias por tu candidatura! Una persona de carne y hueso (seguramente yo) la leerá en los próximos días. Somos un equipo pequeño y puede que tardemos un poco, pero te responderemos sea cual sea el resultado.
Le confirmamos la recepción de su candidatura. Le informamos de que no podemos responder individualmente a cada persona; si su candidatura supera la fase de cribado, alguien de nuestro equipo se pondrá en contacto con usted por teléfono o correo electrónico.
Tu postulación ya está con nuestro equipo de selección. Intentamos revisar todas las postulaciones en un plazo de 10 días hábiles. Puedes seguir el estado de tu proceso en cualquier momento desde tu cuenta de candidato.
Gracias, ya tenemos tu candidatura. Como este puesto recibe muchísimas solicitudes, la revisión puede llevar más tiempo de lo habitual. Agradecemos tu paciencia y te avisaremos en cuanto se decidan los siguientes pasos.
Candidatura recibida: {role}. Siguientes pasos: 1) filtro por parte de Talento (1-2 semanas aprox.); 2) conversación con el responsable; 3) entrevista con el equipo y referencias. No todas las candidaturas pasan del paso 1, pero todas reciben respuesta.
""",
        "ack_silence_means_no": """
Gracias por tu candidatura. Contactaremos con las personas preseleccionadas antes del 28 de junio. Si para entonces no has tenido noticias nuestras, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
Debido al gran número de solicitudes, solo podemos responder a las personas que pasen a la fase de entrevista. Si no recibe noticias nuestras en las cuatro semanas siguientes al cierre de la oferta, considere que su candidatura no ha prosperado. Agradecemos su comprensión.
Hemos recibido tu CV y tu carta. Ten en cuenta que, si no te hemos contactado en 21 días, tu postulación no habrá avanzado esta vez, aunque podemos conservarla para futuras vacantes.
Su postulación fue enviada con éxito. Las entrevistas están previstas para mediados de octubre. Lamentablemente no podemos responder a todas las personas; si al 10 de octubre no ha recibido una invitación, le agradecemos entender que no fue preseleccionado.
¡Recibida, gracias! Para serte sinceros: esperamos muchísimo interés, así que solo te escribiremos si queremos hablar contigo. Si en un mes más o menos no sabes nada, es que esta vez no encajaba.
Acuse de recibo. La preselección para {role} se hará una vez cerrado el plazo. No se notificará individualmente a las personas no seleccionadas; si no le contactamos en seis semanas, entienda que no continuaremos con su candidatura.
""",
        "ack_on_file_or_early_close": """
Gracias por postular. Ten en cuenta que podemos cerrar esta vacante antes de la fecha anunciada si recibimos muchas postulaciones adecuadas. La tuya llegó antes de ese momento y será considerada.
Hemos recibido su candidatura para {role}. Sus datos se conservarán durante 12 meses, por lo que también podríamos contactarle para otros puestos adecuados en ese periodo. Puede retirar su consentimiento en cualquier momento desde su perfil.
Tu candidatura para {role} ya está dentro. Revisamos los perfiles a medida que llegan y puede que retiremos el anuncio antes si ya tenemos suficientes candidaturas sólidas; eso no afecta a las ya recibidas, como la tuya.
Le confirmamos que su candidatura ha sido recibida y registrada en nuestro sistema. El equipo la revisará junto con las demás cuando cierre la oferta. Si la posición se cubre antes, se lo comunicaremos.
Candidatura recibida. Aunque este puesto en concreto no terminara de encajar, guardaremos tu perfil en nuestra base de datos para que nuestro equipo pueda proponerte futuras oportunidades. Sobre este puesto te diremos algo cuando terminemos la revisión.
""",
        "ack_status_in_review": """
SUBJECT: Estado de tu candidatura: en revisión || El equipo ya está revisando tu candidatura para {role}. De momento no tienes que hacer nada; te avisaremos cuando haya novedades.
Actualización sobre {role}: su postulación pasó de «Recibida» a «En evaluación». La evaluación suele tardar entre una y dos semanas.
Te escribo para que no te quedes con la duda: no nos hemos olvidado de ti. La responsable todavía está revisando candidaturas y espero tener noticias la semana que viene.
Queremos informarle de que su candidatura sigue activa. El proceso de selección se ha alargado más de lo previsto por el periodo vacacional y esperamos contactar con las personas candidatas antes de fin de mes. Gracias por su paciencia.
""",
        "ack_status_changed_only": """
SUBJECT: Hay novedades en tu candidatura || El estado de tu candidatura para {role} en {company} ha cambiado. Inicia sesión en el portal de candidatos para ver el estado actual.
Su postulación ha sido actualizada. Para ver qué ha cambiado, ingrese a su cuenta. Esta es una notificación automática y las respuestas a esta dirección no se revisan.
Hay algo nuevo en tu candidatura. Abre la app para consultar el estado.
Actualización disponible. Por motivos de protección de datos no incluimos el detalle del estado en los correos. Consulte el estado actual de la candidatura n.º 88412 en su área privada.
""",
        "inv_no_word_interview": """
Al equipo le encantó tu candidatura y nos gustaría conocerte mejor. ¿Tendrías 30 minutos el martes o miércoles que viene por la tarde para una videollamada con nuestro líder técnico?
¿Te apetece tomar un café la semana que viene? Me gustaría contarte más sobre el puesto y saber qué estás buscando. El jueves por la mañana cerca de la oficina me vendría bien.
Nos gustaría invitarle a conocer al equipo en nuestras oficinas el 12 de marzo a las 10:00. Serán unas dos horas: una conversación con la jefa del área, una breve visita y un almuerzo con dos futuros compañeros.
Siguiente paso: una conversación de 45 minutos con María, nuestra Head of Product. Elige el horario que mejor te venga con el enlace de abajo. ¡Con ganas de hablar contigo!
¿Tendría disponibilidad mañana entre las 14:00 y las 16:00 para una llamada breve? Me gustaría comentar su postulación y los próximos pasos. Indíqueme un número en el que pueda localizarle.
Tu perfil nos llamó mucho la atención. Me gustaría agendar una primera charla contigo y con el gerente del área: ¿me pasas tres o cuatro horarios que te queden bien la próxima semana?
""",
        "inv_interview": """
Nos complace invitarle a una entrevista para el puesto de {role}. Será por Microsoft Teams el viernes 9 de mayo a las 11:00 y durará aproximadamente una hora. Le rogamos que confirme su asistencia respondiendo a este correo.
SUBJECT: Invitación a entrevista – {role} || Después de la primera ronda, queremos invitarte a una segunda entrevista con la directora del área. Reserva un hueco con el enlace antes del miércoles.
¡Enhorabuena, has quedado preseleccionado! Te invitamos a una entrevista con el panel en nuestra oficina de Valencia el 3 de junio. Tienes los detalles y cómo llegar en el adjunto.
""",
        "off_written": """
Me complace ofrecerle el puesto de {role} en {company}. Su salario bruto anual será de 42.000 euros, con fecha de incorporación el 2 de junio. Adjuntamos la carta oferta; le rogamos que nos la devuelva firmada antes del viernes.
¡Felicidades! Tras las entrevistas, nos da mucho gusto extenderte una oferta para la posición de {role}. Encontrarás todos los detalles en tu portal de candidato; acéptala antes del 18 de abril.
Nos encantaría que te unieras a nosotros. Te adjuntamos tu contrato para el puesto de {role} (indefinido, jornada completa, 40 horas). Si todo está correcto, fírmalo electrónicamente y empezaremos a preparar tu incorporación.
SUBJECT: Oferta de empleo – {role} || En nombre de {company}, es un placer confirmarle nuestra oferta: salario base de 65.000 USD anuales, bono anual del 10 % y 20 días hábiles de vacaciones.
""",
        "off_verbal_followup": """
¡Qué bueno hablar contigo hace un rato! Como quedamos, aquí tienes por escrito la oferta que te comenté por teléfono: {role}, incorporación el 1 de septiembre y el salario acordado. Recursos Humanos te mandará el contrato aparte.
Retomo nuestra llamada de esta mañana: estamos muy contentos de que se incorpore al equipo. He pedido a Personas que preparen la documentación; debería recibirla en dos días hábiles. Cualquier duda, llámeme.
Te dejo por escrito lo que te dije por teléfono: el puesto es tuyo si lo quieres. Tómate el fin de semana para pensarlo y me dices el lunes.
Gracias por atender mi llamada ayer. Para confirmar la oferta verbal: {role}, modalidad híbrida con dos días en oficina, con el salario que hablamos. La carta oferta formal llegará en cuanto tengamos las referencias.
""",
        "oth_job_alert": """
5 nuevas ofertas coinciden con tu alerta «{role}». Descubre las últimas vacantes en {company} y empresas similares. Recibes este correo porque creaste una alerta de empleo.
Nueva oportunidad para ti: {role} en {company}, publicada hace 2 días. Postula pronto y sé de los primeros 25 candidatos.
""",
        "oth_newsletter": """
¡Bienvenido a la newsletter de empleo de {company}! Este mes: conoce a nuestra nueva promoción de becarios, cinco consejos para tus videollamadas con reclutadores y nuestra jornada de puertas abiertas del 22 de mayo.
Dentro de {company}: cómo trabajan nuestros equipos entre varias zonas horarias, un día en la vida de un {role} y la historia detrás de nuestro último premio como empleador. Más en nuestro blog.
""",
        "oth_withdrawal_confirmed": """
Le confirmamos que su candidatura para {role} ha sido retirada a petición suya. Si cambia de opinión, puede volver a inscribirse cuando lo desee.
Gracias por avisarnos de que aceptaste otra oferta. Hemos retirado tu postulación como nos pediste. ¡Enhorabuena y mucha suerte en el nuevo puesto!
""",
        "oth_reference_request": """
¿Podría enviarnos el nombre y los datos de contacto de dos referencias profesionales? Solo las contactaremos con su autorización.
Nuestro proveedor de verificación de antecedentes se pondrá en contacto contigo en breve para recoger información sobre tu trayectoria y tus referencias. Completa el formulario online en un plazo de cinco días hábiles.
""",
        "oth_survey": """
¿Qué tal fue su experiencia como candidato? Cuéntenoslo en dos minutos; su opinión nos ayuda a mejorar nuestros procesos de selección. La encuesta es anónima.
Hace poco te postulaste para {role}. Nos encantaría saber qué te pareció nuestro proceso. Puntúalo del 1 al 5 haciendo clic en uno de los enlaces de abajo.
""",
    },
    "pt": {
        "rej_decision_in_process_words": """
Recebemos mais de 400 candidaturas para a vaga de {role} e concluímos agora a análise de todas elas. Após uma avaliação cuidadosa, informamos que não daremos continuidade à sua candidatura neste momento.
SUBJECT: Atualização sobre a sua candidatura – {role} || A nossa equipa analisou todas as candidaturas recebidas para esta vaga. Apenas os perfis mais alinhados com os requisitos foram pré-selecionados e, desta vez, a sua candidatura não foi selecionada para entrevista.
Obrigada pela paciência enquanto analisávamos um volume de inscrições muito acima do normal. A pré-seleção foi concluída e, infelizmente, o seu perfil não ficou entre os escolhidos.
No e-mail de confirmação, prometemos dar retorno a todos assim que a pré-seleção estivesse fechada. Ela está fechada, e infelizmente não seguiremos com a sua candidatura.
A gestora da área analisou o seu currículo. Embora a sua trajetória seja muito interessante, optámos por avançar com candidatos cuja experiência corresponde mais de perto aos requisitos da função. Manteremos os seus dados durante 12 meses, caso surja uma oportunidade mais adequada.
Encerrámos a fase de avaliação curricular para a função de {role} (ref.ª 24-1187). Lamentamos informar que a sua candidatura não foi selecionada. Devido ao elevado número de candidaturas, não nos é possível dar feedback individual.
O time concluiu a avaliação dos inscritos para esta vaga e o seu perfil não vai seguir no processo. Seus dados continuam no nosso banco, então fique à vontade para se candidatar a futuras vagas.
Desculpa a demora: éramos só duas pessoas no recrutamento e chegaram mais de 1.200 inscrições. Para a próxima etapa, infelizmente, optamos por outros perfis.
""",
        "rej_role_closed": """
SUBJECT: Vaga encerrada: {role} || A vaga de {role} para a qual você se candidatou foi encerrada e não está mais recebendo inscrições. Sua candidatura não será mais considerada para esta vaga.
Esta é uma mensagem automática. O processo de recrutamento para {role} na {company} foi cancelado e todas as candidaturas foram arquivadas. Não é necessária qualquer ação da sua parte.
Queríamos informar que a vaga de {role} já foi preenchida. Obrigado pelo tempo dedicado à sua candidatura; não vamos dar seguimento a ela.
Devido a uma mudança nas prioridades da empresa, a {company} decidiu não preencher a posição de {role} por agora. Por isso, estamos a encerrar todas as candidaturas deste processo, incluindo a sua.
Status: vaga fechada. A vaga à qual você se candidatou ({role}) foi arquivada pela empresa em 14/03. As candidaturas para esta vaga não estão mais sendo avaliadas.
Só um aviso rápido: depois da revisão de orçamento a vaga foi congelada sem previsão, então estamos encerrando todas as candidaturas em andamento, inclusive a sua. Pena não ter notícia melhor.
""",
        "rej_talent_pool": """
Embora não vamos avançar com a sua candidatura para {role}, gostamos muito do seu perfil e queremos convidá-lo para o nosso Banco de Talentos. Assim, você fica sabendo primeiro das vagas que combinam com você.
Escolhemos outra pessoa para a vaga. Mesmo assim, gostaríamos de manter o contacto: autoriza-nos a guardar o seu CV na nossa bolsa de talentos durante 24 meses? Basta responder «sim».
Você não foi selecionado para esta posição, mas o seu currículo foi incluído no nosso banco de talentos. Se surgir uma vaga compatível com a sua experiência, um recrutador poderá entrar em contato diretamente.
A vaga já foi preenchida. Foi uma decisão apertada e queremos muito considerar você em futuras oportunidades: clique em «Manter contato» para entrar na nossa rede e indicar suas preferências.
A sua candidatura não avançou desta vez. Acreditamos, no entanto, que poderá encaixar noutra área da {company}. Para manter o seu perfil na nossa bolsa de talentos, confirme o seu consentimento no prazo de 30 dias.
""",
        "rej_after_assessment": """
Obrigado por concluir o teste online para {role}. Analisamos seus resultados e, infelizmente, eles não atingiram a pontuação mínima para a próxima etapa.
Obrigada pelo tempo que você dedicou ao desafio técnico. O time avaliou com cuidado e decidiu não seguir com você. Um feedback: a solução funcionava, mas a documentação não explicava os trade-offs que pedimos.
Os resultados dos seus testes de raciocínio numérico e verbal foram avaliados. Lamentamos, mas não foi apurado para o assessment center.
Após o dia de avaliação da semana passada, o júri reuniu-se para analisar todos os candidatos. Lamento informar que não poderemos oferecer-lhe um lugar no programa de trainees deste ano.
Assistimos às suas respostas da entrevista em vídeo gravada. Após análise, não daremos continuidade à sua candidatura.
""",
        "rej_one_line": """
Desculpa Alex, fechamos com outra pessoa para a vaga. Obrigado de novo pelo seu tempo.
Infelizmente desta vez o time disse não, sinto muito! Enviado do meu iPhone
Só um recado rápido: a vaga foi oferecida a outro candidato. Boa sorte!
Não vamos avançar nesta, desculpa. Falamos noutra altura. Enviado do meu telemóvel
SUBJECT: RE: {role} || Má notícia, o cliente decidiu não avançar com você. Te ligo mais tarde pra explicar. Enviado do Outlook para Android
""",
        "rej_status_in_words": """
SUBJECT: Atualização do status da sua candidatura || O status da sua candidatura para {role} mudou para: Não selecionado. Acesse sua área do candidato para ver os detalhes.
O estado da sua candidatura foi atualizado. {role} – Estado: Não aprovada. Esta mensagem foi gerada automaticamente; por favor, não responda.
Novidade na sua candidatura na {company}: {role} – Status: Reprovado. Veja suas outras candidaturas no painel.
A sua candidatura para {role} passou ao estado «Processo encerrado – não selecionado». Não é necessária nenhuma ação adicional.
""",
        "rej_decision_placed_late": """
Na {company}, somos 3.000 pessoas em 12 países trabalhando por uma logística mais sustentável. Cada candidatura é lida por uma pessoa de verdade. Depois de ler a sua para {role}, decidimos não seguir adiante.
SUBJECT: Candidatura não selecionada – {role} || Agradecemos o tempo e o empenho que dedicou à sua candidatura e convidamo-lo a continuar atento às nossas oportunidades.
Obrigada pela sua mensagem abaixo perguntando sobre os prazos. Respondendo direto: o comitê decidiu ontem e não vamos seguir com a sua candidatura. Desculpe ter demorado tanto para confirmar.
Este mês inaugurámos dois novos escritórios, alargámos a licença parental e fomos distinguidos como Top Employer pelo terceiro ano. Quanto à sua candidatura para {role}: a equipa decidiu avançar com outros candidatos cujo perfil se ajusta melhor às necessidades atuais.
""",
        "ack_process_explained": """
Recebemos a sua candidatura para a vaga de {role}. A nossa equipa analisa cada candidatura individualmente, pelo que a resposta pode demorar até três semanas. Se o seu perfil corresponder ao que procuramos, entraremos em contacto para uma primeira conversa.
Obrigado por se inscrever! Para vagas como esta costumamos receber centenas de candidaturas. Nosso processo tem três etapas: triagem de currículos, conversa com a recrutadora e entrevista final com o time. Daremos retorno assim que a primeira etapa terminar.
Este e-mail confirma que a sua candidatura (ref. CAND-55271) foi registada com sucesso. Devido ao elevado volume de candidaturas, apenas os candidatos pré-selecionados serão contactados. A pré-seleção decorrerá nas duas semanas seguintes à data de fecho.
Sua candidatura chegou certinho. Próximos passos: a gestora avalia as inscrições depois do encerramento em 30 de abril, os pré-selecionados serão chamados na semana de 13 de maio e todos terão uma resposta, positiva ou não, até o fim de maio.
Obrigada pela candidatura! Uma pessoa de verdade (provavelmente eu) vai ler nos próximos dias. Somos um time pequeno, então pode demorar um pouquinho, mas você vai ter resposta seja qual for o resultado.
Confirmamos a receção da sua candidatura. Informamos que não nos é possível responder individualmente a cada candidato; caso a sua candidatura passe a fase de triagem, um elemento da nossa equipa entrará em contacto por telefone ou e-mail.
Sua candidatura já está com o nosso time de recrutamento. Procuramos analisar todas as inscrições em até 10 dias úteis. Você pode acompanhar o andamento a qualquer momento pela sua conta de candidato.
Obrigado, já temos a sua candidatura. Como esta vaga atrai muita gente, a análise pode levar mais tempo do que o normal. Agradecemos a paciência e avisaremos assim que os próximos passos estiverem definidos.
Candidatura recebida: {role}. Próximas etapas: 1) triagem pela equipe de Talentos (cerca de 1 a 2 semanas); 2) conversa com o gestor; 3) entrevista com o time e referências. Nem toda candidatura passa da etapa 1, mas todas recebem resposta.
""",
        "ack_silence_means_no": """
Obrigado pela sua candidatura. Entraremos em contacto com os candidatos pré-selecionados até 28 de junho. Caso não tenha notícias nossas até essa data, considere que a sua candidatura não foi selecionada desta vez.
Devido ao grande número de inscrições, só conseguimos responder às pessoas chamadas para entrevista. Se você não receber retorno em até quatro semanas após o encerramento da vaga, considere que seu perfil não seguiu no processo. Agradecemos a compreensão.
Recebemos seu currículo e sua carta. Importante: se não entrarmos em contato em 21 dias, é porque sua candidatura não avançou desta vez, mas podemos mantê-la para futuras vagas.
A sua candidatura foi submetida com sucesso. As entrevistas estão previstas para meados de outubro. Lamentavelmente não conseguimos responder a todos; se até 10 de outubro não tiver recebido um convite, considere que não foi pré-selecionado.
Recebido, obrigado! Sendo sinceros: estamos esperando muito interesse, então só vamos escrever se quisermos conversar. Se passar mais ou menos um mês sem notícias, é porque não rolou desta vez.
Confirmação de receção. A pré-seleção para {role} será feita após o prazo de candidatura. Os candidatos não selecionados não serão notificados individualmente; se não for contactado no prazo de seis semanas, considere que não daremos seguimento à sua candidatura.
""",
        "ack_on_file_or_early_close": """
Obrigado pela candidatura. Lembramos que podemos encerrar esta vaga antes da data anunciada se recebermos um grande número de candidaturas adequadas. A sua chegou antes disso e será considerada.
Recebemos a sua candidatura para {role}. Os seus dados ficarão guardados durante 12 meses, o que significa que também poderemos contactá-lo para outras funções adequadas nesse período. Pode retirar o seu consentimento a qualquer momento no seu perfil.
Sua candidatura para {role} está com a gente. Avaliamos os perfis conforme chegam e podemos tirar o anúncio do ar antes se já tivermos candidatos fortes suficientes; isso não afeta quem já se inscreveu, como você.
Confirmamos que a sua candidatura foi recebida e registada no nosso sistema. A equipa irá analisá-la juntamente com as restantes após o fecho do anúncio. Se a vaga for preenchida antes disso, iremos informá-lo.
Candidatura recebida. Mesmo que esta vaga específica não seja a ideal, vamos manter seu perfil no nosso banco de dados para que nossos recrutadores possam indicar você para futuras oportunidades. Sobre esta vaga, daremos retorno assim que terminarmos a análise.
""",
        "ack_status_in_review": """
SUBJECT: Status da sua candidatura: em análise || Sua candidatura para {role} está sendo analisada pelo time. Por enquanto você não precisa fazer nada; avisaremos quando houver novidades.
Atualização sobre {role}: a sua candidatura passou de «Recebida» para «Em análise». A análise costuma demorar uma a duas semanas.
Escrevendo só para você não ficar sem notícias: não esquecemos de você. A gestora ainda está olhando as candidaturas e espero ter novidades na semana que vem.
Gostaríamos de informar que a sua candidatura continua ativa. O processo de seleção está a demorar mais do que o previsto devido ao período de férias e prevemos contactar os candidatos até ao final do mês. Obrigado pela sua paciência.
""",
        "ack_status_changed_only": """
SUBJECT: Tem novidade na sua candidatura || O status da sua candidatura para {role} na {company} foi alterado. Acesse o portal do candidato para ver o status atual.
A sua candidatura foi atualizada. Para ver o que mudou, inicie sessão na sua conta. Esta é uma notificação automática e as respostas a este endereço não são lidas.
Tem algo novo na sua candidatura. Abra o app para ver o status.
Atualização disponível. Por motivos de proteção de dados, não incluímos o detalhe do estado nos e-mails. Consulte o estado atual da candidatura n.º 88412 na sua área reservada.
""",
        "inv_no_word_interview": """
O time curtiu muito a sua candidatura e queria te conhecer melhor. Você teria 30 minutos na terça ou quarta que vem à tarde para uma videochamada com o nosso tech lead?
Bora tomar um café semana que vem? Queria te contar mais sobre a vaga e entender o que você está buscando. Quinta de manhã perto do escritório seria ótimo pra mim.
Gostaríamos de o convidar a conhecer a equipa no nosso escritório a 12 de março, às 10h. Serão cerca de duas horas: uma conversa com a diretora da área, uma visita rápida e um almoço com dois futuros colegas.
Próximo passo: uma conversa de 45 minutos com a Maria, nossa Head of Product. Escolha o horário que preferir pelo link de agendamento abaixo. Até breve!
Teria disponibilidade amanhã entre as 14h e as 16h para uma chamada rápida? Gostaria de falar consigo sobre a sua candidatura e os próximos passos. Indique-me um número para ligar.
Seu perfil chamou muita atenção. Queria marcar um primeiro bate-papo com você e o gestor da área: pode me mandar três ou quatro horários livres na próxima semana?
""",
        "inv_interview": """
Temos o prazer de o convidar para uma entrevista para a função de {role}. Será realizada por Microsoft Teams na sexta-feira, 9 de maio, às 11h, com duração aproximada de uma hora. Por favor, confirme a sua disponibilidade respondendo a este e-mail.
SUBJECT: Convite para entrevista – {role} || Depois da primeira etapa, queremos te convidar para uma segunda entrevista com a diretora da área. Agende um horário pelo link até quarta-feira.
Parabéns, você foi pré-selecionado! Convidamos você para uma entrevista com a banca no nosso escritório de Campinas no dia 3 de junho. Os detalhes e o endereço estão no anexo.
""",
        "off_written": """
Tenho o prazer de lhe oferecer a posição de {role} na {company}. A sua remuneração bruta anual será de 38.000 euros, com início a 2 de junho. Segue em anexo a carta-proposta; agradecemos que a devolva assinada até sexta-feira.
Parabéns! Depois das entrevistas, temos a alegria de fazer uma proposta para a vaga de {role}. Todos os detalhes estão no seu portal do candidato; por favor, aceite até 18 de abril.
Adoraríamos ter você com a gente. Segue anexo o seu contrato para a vaga de {role} (CLT, tempo integral, 40 horas semanais). Se estiver tudo certo, assine digitalmente e começamos a preparar o seu onboarding.
SUBJECT: Proposta de emprego – {role} || Em nome da {company}, é um prazer confirmar nossa proposta: salário de R$ 14.500 mensais, PLR equivalente a dois salários, vale-refeição e plano de saúde.
""",
        "off_verbal_followup": """
Que bom falar com você agora há pouco! Como combinado, aqui está por escrito a proposta que conversamos por telefone: {role}, início em 1º de setembro e salário conforme acordado. O RH vai te mandar o contrato separadamente.
Na sequência da nossa chamada desta manhã: estamos muito contentes por se juntar à equipa. Pedi aos Recursos Humanos que preparassem a documentação; deverá recebê-la no prazo de dois dias úteis. Qualquer dúvida, ligue-me.
Só pra deixar por escrito o que te disse no telefone: a vaga é sua se você quiser. Pensa com calma no fim de semana e me responde até segunda.
Obrigada por atender a minha chamada ontem. Para confirmar a proposta verbal: {role}, regime híbrido com dois dias no escritório, com o salário que conversámos. A carta-proposta formal segue assim que tivermos as referências.
""",
        "oth_job_alert": """
5 novas vagas correspondem ao seu alerta «{role}». Veja as oportunidades mais recentes na {company} e em empresas parecidas. Você está recebendo este e-mail porque criou um alerta de vagas.
Nova oportunidade para si: {role} na {company}, publicada há 2 dias. Candidate-se cedo e fique entre os primeiros 25 candidatos.
""",
        "oth_newsletter": """
Bem-vindo à newsletter de carreiras da {company}! Este mês: conheça a nossa nova turma de estagiários, cinco dicas para videochamadas com recrutadores e o nosso open day de 22 de maio.
Por dentro da {company}: como nossos times trabalham em vários fusos horários, um dia na vida de um {role} e a história por trás do nosso último prêmio de empregador. Leia mais no nosso blog.
""",
        "oth_withdrawal_confirmed": """
Confirmamos que a sua candidatura para {role} foi retirada a seu pedido. Se mudar de ideias, pode voltar a candidatar-se quando quiser.
Obrigado por avisar que você aceitou outra proposta. Retiramos sua candidatura conforme pedido. Parabéns e muito sucesso no novo desafio!
""",
        "oth_reference_request": """
Poderia enviar-nos os nomes e contactos de duas referências profissionais? Só as contactaremos com a sua autorização.
Nosso parceiro de verificação de antecedentes vai entrar em contato em breve para coletar informações sobre a sua trajetória e suas referências. Preencha o formulário online em até cinco dias úteis.
""",
        "oth_survey": """
Como foi a sua experiência como candidato? Conte-nos em dois minutos; a sua opinião ajuda-nos a melhorar o nosso recrutamento. O questionário é anónimo.
Você se candidatou recentemente para {role}. Queremos saber o que achou do nosso processo seletivo. Dê uma nota de 1 a 5 clicando em um dos links abaixo.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear {first} Rivera,",
            "Hey {first},",
            "Dear Applicant,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role at {company}.",
            "We appreciate the time you took to apply with {company}.",
            "Thank you for considering a career at {company}.",
        ],
        "wish": [
            "We wish you all the best.",
            "Best of luck with your job search.",
            "We wish you every success in your future career.",
            "All the best for what comes next.",
        ],
        "marketing": [
            "{company} is a people-first company with offices in eight countries. We believe great work happens when people feel they belong, which is why we invest in learning budgets, flexible working and employee resource groups.",
            "Join more than 5,000 colleagues who move goods, data and ideas around the world every day. At {company} you'll find real ownership, generous benefits and a culture of feedback.",
            "Follow {company} on LinkedIn and Instagram for stories from our teams, upcoming events and new roles as soon as they open.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Thanks,\n{sender_first}",
            "Sincerely,\nThe {company} Recruitment Team",
            "Cheers,\n{sender_first}\n{company}",
        ],
        "footer": [
            "This email was sent by {company}'s applicant tracking system. Please do not reply to this message. To manage your data or delete your candidate profile, visit the privacy centre.",
            "{company} is an equal opportunity employer. We process your personal data in accordance with our Candidate Privacy Notice.",
            "You are receiving this email because you applied for a position at {company}. Unsubscribe from job-related emails | Privacy | Terms",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} – {role}",
            "Regarding your application",
            "Your application to {company}",
            "Application update: {role}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "{role} at {company}: let's talk",
            "Invitation: {role}",
            "Following up on your application",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}!",
            "{role} – offer",
            "Good news from {company}",
        ],
        "subject_oth": [
            "{company} Careers",
            "Your candidate account",
            "A quick question from {company}",
            "News from {company}",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Liebe/r {first},",
            "Sehr geehrte/r {first} Rivera,",
            "Hi {first},",
            "Guten Tag,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Vertrauen.",
            "Danke, dass du dich bei {company} beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.",
            "Wir wünschen dir alles Gute und viel Erfolg bei der Suche!",
            "Für Ihre Zukunft wünschen wir Ihnen alles Gute.",
            "Alles Gute für dich!",
        ],
        "marketing": [
            "{company} ist ein familiengeführtes Unternehmen mit über 2.000 Beschäftigten. Wir setzen auf flexible Arbeitszeiten, ein Jobrad, betriebliche Altersvorsorge und Weiterbildung ab dem ersten Tag.",
            "Bei {company} arbeitest du in kleinen, selbstorganisierten Teams mit echter Verantwortung – remote oder in unserem Office in Berlin-Kreuzberg.",
            "Folgen Sie {company} auf LinkedIn und XING, um Einblicke in unsere Teams, Veranstaltungen und neue Stellen zu erhalten.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender_first} von {company}",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team von {company}",
            "Liebe Grüße\ndein Team von {company}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch von unserem Bewerbermanagementsystem versendet. Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company} GmbH · Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 48213 · Geschäftsführung: Dr. Petra Anselm",
            "Du erhältst diese E-Mail, weil du dich bei {company} beworben hast. Abmelden | Datenschutz | Impressum",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung bei {company}",
            "{role} – Ihre Bewerbung",
            "Rückmeldung zu deiner Bewerbung",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "Kennenlernen bei {company}",
            "Ihre Bewerbung als {role}: Einladung",
            "Lass uns sprechen!",
        ],
        "subject_off": [
            "Ihr Angebot von {company}",
            "Willkommen bei {company}!",
            "{role} – Vertragsangebot",
            "Gute Nachrichten von {company}",
        ],
        "subject_oth": [
            "{company} Karriere",
            "Ihr Bewerberkonto",
            "Eine kurze Frage von {company}",
            "Neuigkeiten von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Hello {first},",
            "Cher/Chère {first},",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature chez {company} !",
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci d'avoir pensé à {company} pour la suite de votre carrière.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche !",
            "Nous vous souhaitons le meilleur pour la suite de votre parcours professionnel.",
            "Tous nos vœux de réussite.",
        ],
        "marketing": [
            "{company}, c'est 1 800 collaborateurs dans 9 pays, une politique de télétravail flexible, un plan de formation ambitieux et un engagement concret pour l'égalité professionnelle.",
            "Rejoindre {company}, c'est intégrer une équipe à taille humaine où chacun a de vraies responsabilités dès le premier jour.",
            "Suivez {company} sur LinkedIn et Welcome to the Jungle pour découvrir nos équipes et nos nouvelles offres.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement – {company}",
            "Belle journée,\n{sender_first}",
            "L'équipe Recrutement de {company}",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement par notre outil de gestion des candidatures. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} SAS – RCS Lyon 812 455 907 – Siège social : 14 quai Perrache, 69002 Lyon",
            "Vous recevez cet e-mail suite à votre candidature chez {company}. Se désinscrire | Confidentialité",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – {role}",
            "Votre candidature chez {company}",
            "Suite à votre candidature",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Prochaine étape – {role}",
            "Rencontre chez {company}",
            "{role} : échangeons !",
            "Votre candidature – suite",
        ],
        "subject_off": [
            "Votre proposition chez {company}",
            "Bienvenue chez {company} !",
            "{role} – proposition d'embauche",
            "Bonne nouvelle de {company}",
        ],
        "subject_oth": [
            "{company} Carrières",
            "Votre espace candidat",
            "Une petite question de {company}",
            "Les actus de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "Estimado candidato:",
            "¡Hola {first}!",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en formar parte de {company}.",
            "Muchas gracias por postularte a la vacante de {role}.",
            "Agradecemos que hayas pensado en {company} para tu próximo paso profesional.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su futuro profesional.",
            "¡Mucha suerte en lo que venga!",
            "Le deseamos éxito en sus próximos proyectos.",
        ],
        "marketing": [
            "En {company} somos más de 3.000 profesionales en 12 países. Apostamos por la flexibilidad, la formación continua y un entorno diverso donde cada persona pueda crecer.",
            "Formar parte de {company} significa trabajar en proyectos con impacto real, con horario flexible, seguro médico y 23 días de vacaciones.",
            "Síguenos en LinkedIn e Instagram para conocer a nuestros equipos y enterarte de las nuevas vacantes.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Selección – {company}",
            "Saludos cordiales,\n{sender_first}",
            "Equipo de Talento de {company}",
            "¡Un abrazo!\n{sender_first}",
        ],
        "footer": [
            "Este mensaje ha sido generado automáticamente por nuestro sistema de gestión de candidaturas. Puede ejercer sus derechos de acceso, rectificación y supresión según el RGPD escribiendo a nuestro delegado de protección de datos.",
            "{company} S.L. – CIF B-87654321 – Paseo de la Castellana 210, 28046 Madrid",
            "Recibes este correo porque te postulaste a una vacante en {company}. Darse de baja | Aviso de privacidad",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "{company} – {role}",
            "Su postulación en {company}",
            "Sobre tu candidatura",
            "Proceso de selección: {role}",
        ],
        "subject_inv": [
            "Siguientes pasos – {role}",
            "{role} en {company}: ¿hablamos?",
            "Conoce al equipo de {company}",
            "Tu candidatura – siguiente paso",
        ],
        "subject_off": [
            "Tu oferta de {company}",
            "¡Bienvenido/a a {company}!",
            "{role} – oferta",
            "Buenas noticias de {company}",
        ],
        "subject_oth": [
            "Empleo en {company}",
            "Tu cuenta de candidato",
            "Una pregunta rápida de {company}",
            "Novedades de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro/a {first},",
            "Prezado(a) {first},",
            "Oi {first}!",
            "Bom dia {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Muito obrigado por se candidatar à vaga de {role}.",
            "Agradecemos por considerar a {company} no seu próximo passo profissional.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro.",
            "Boa sorte na sua busca!",
            "Desejamos-lhe as maiores felicidades profissionais.",
        ],
        "marketing": [
            "A {company} reúne mais de 3.000 pessoas em 12 países. Acreditamos em diversidade, aprendizagem contínua e trabalho flexível, com benefícios como plano de saúde, auxílio home office e day off no aniversário.",
            "Na {company}, cada pessoa tem autonomia de verdade e espaço para crescer. Conheça nossas trilhas de carreira e nosso programa de mentoria.",
            "Siga a {company} no LinkedIn e no Instagram para conhecer as nossas equipas e ficar a par das novas oportunidades.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos – {company}",
            "Abraços,\n{sender_first}",
            "Equipe de Recrutamento {company}",
            "Cumprimentos,\n{sender_first}",
        ],
        "footer": [
            "Esta mensagem foi enviada automaticamente pelo nosso sistema de recrutamento. Os seus dados são tratados de acordo com o RGPD; pode exercer os seus direitos através do nosso encarregado de proteção de dados.",
            "{company} Ltda. – CNPJ 12.345.678/0001-90 – Av. Paulista, 1500, São Paulo – SP. Seus dados são tratados conforme a LGPD.",
            "Você recebeu este e-mail porque se candidatou a uma vaga na {company}. Cancelar inscrição | Privacidade",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company} – {role}",
            "A sua candidatura na {company}",
            "Sobre a sua candidatura",
            "Processo seletivo: {role}",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "{role} na {company}: vamos conversar?",
            "Conheça o time da {company}",
            "Sua candidatura – próxima etapa",
        ],
        "subject_off": [
            "Sua proposta da {company}",
            "Bem-vindo(a) à {company}!",
            "{role} – proposta",
            "Boas notícias da {company}",
        ],
        "subject_oth": [
            "Carreiras {company}",
            "A sua conta de candidato",
            "Uma pergunta rápida da {company}",
            "Novidades da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI applied for the open position about three weeks ago and wanted to check whether there is any update on the timeline. I'm still very interested.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. We're still working through applications and will update everyone as soon as the review is complete.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich habe mich vor etwa drei Wochen auf die ausgeschriebene Stelle beworben und wollte kurz nachfragen, ob es schon einen Zeitplan gibt. Mein Interesse besteht weiterhin.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für die Nachricht. Die Sichtung der Bewerbungen läuft noch; sobald sie abgeschlossen ist, gibt es eine Rückmeldung an alle.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'ai postulé à votre offre il y a environ trois semaines et je me permets de revenir vers vous pour connaître le calendrier. Je reste très intéressé(e).\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Nous sommes encore en train d'étudier les candidatures et reviendrons vers chacun dès que possible.\nCordialement,\n{sender}\n",
    "es": "Hola {sender_first}:\nHace unas tres semanas me postulé a la vacante publicada y quería saber si hay novedades sobre los plazos. Sigo muy interesado/a.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Todavía estamos revisando las candidaturas y avisaremos a todas las personas en cuanto terminemos.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nCandidatei-me à vaga anunciada há cerca de três semanas e gostaria de saber se já há alguma previsão para o processo. Continuo com muito interesse.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contacto. Ainda estamos a analisar as candidaturas e daremos retorno a todos assim que a análise estiver concluída.\nCumprimentos,\n{sender}\n",
}
