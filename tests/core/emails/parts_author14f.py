# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's sixth training part by an independent author: receipts and status updates as large employers, public bodies and small firms send them, beside the rejections that follow them.

Covers, in English (UK, Ireland, US, Canada, Australia, India), German (Germany, Austria,
Switzerland; Sie and du), French (France, Belgium, Switzerland, Quebec), Spanish (Spain, Mexico,
Argentina, Colombia, Chile) and Portuguese (Portugal, Brazil):

- acknowledgement (about 55%): application received with reference numbers, next steps,
  timelines, data-protection notes, "only shortlisted candidates will be contacted" and
  "if you have not heard within N weeks" lines, how to withdraw; the application passed to the
  hiring manager or a panel; an online test or take-home exercise to complete; missing documents
  requested; a long silence apologised for; a process delayed, extended or paused; a role
  re-advertised or re-opened. Senders: ATS robots, HR shared-service centres, public recruitment
  offices and civil-service panels, universities, hospitals, retail chains, start-ups and
  one-person firms.
- rejection (about 35%): short and long, template and personal, with and without feedback
  (test scores, missing criteria), with a talent pool or reserve list, with the same
  data-retention and legal footers as the receipts, and rejections that close a paused,
  re-opened or delayed process or follow a test or a documents request.
- other (about 10%): job alerts, careers newsletters and open days, candidate-account notices
  (password, inactivity deletion), candidate-experience surveys.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowgate County Council",
    "Brightmoor Retail Group",
    "Klinikum Nordheide-Ost",
    "Velmont Logistik GmbH",
    "Université de Saint-Aurèle",
    "Maison Dufresne Conseil",
    "Ferretería Oliván e Hijos",
    "Grupo Alcorta Servicios",
    "Hospital São Vicente de Almara",
    "Tecnoserra Ltda.",
    "Quillfield Analytics",
    "Castellan Insurance Services",
)

ROLES: tuple[str, ...] = (
    "Payroll Administrator",
    "Data Analyst",
    "Staff Nurse",
    "Store Supervisor",
    "Junior Software Developer",
    "Research Assistant",
    "Procurement Officer",
    "Customer Service Advisor",
    "HR Coordinator",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Recruitment Team", "recruitment@{domain}"),
    ("Talent Acquisition", "no-reply@notify.hirepath-ats.example"),
    ("HR Shared Services", "hr-services@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Service Recrutement", "recrutement@{domain}"),
    ("Selección de Personal", "seleccion@{domain}"),
    ("Recrutamento e Seleção", "vagas@{domain}"),
    ("Careers", "donotreply@jobs.talentloop.example"),
    ("Hannah Whitcombe", "hannah.whitcombe@{domain}"),
    ("Jonas Brückner", "j.brueckner@{domain}"),
    ("Claire Vasseur", "claire.vasseur@{domain}"),
    ("Lucía Ferrando", "lferrando@{domain}"),
    ("Mariana Teixeira", "mariana.teixeira@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_received": """
This is an automated confirmation that we have received your application for {role} (requisition REQ-20931). Please do not reply to this message, as the mailbox is not monitored. Our recruitment team will review all applications after the closing date of 14 March, and we aim to contact shortlisted candidates within three weeks of that date.
Your application for {role} has been successfully submitted. Application reference: HCC/0457/AR. Shortlisting will take place during the week commencing 22 April. Due to the volume of applications we receive, we are only able to contact candidates who have been shortlisted for interview. If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.
Thanks for applying! We've got your application for {role} and it's now with our recruiting team. Here's what happens next: a real person reads every application (yes, really), and you'll hear back from us either way, usually within 10 business days. You can check where things stand any time in your candidate portal.
We confirm receipt of your application for the post of {role}, vacancy number 24/0318. Your personal data will be processed in accordance with the UK GDPR and the Data Protection Act 2018 for the purposes of this recruitment exercise only, and retained for six months after the campaign closes. To withdraw your application, log in to your account and select 'Withdraw' next to the vacancy, or reply to this email quoting your reference.
Thank you for submitting an application for {role} (Job ID 118264). The selection panel will meet after the closing date and applicants selected for interview will normally be notified within four weeks. Please note that we are unable to provide feedback to applicants who are not shortlisted. The equal opportunities monitoring information you provided is held separately and is not seen by the panel.
Your application for {role} (Position No. 50312, Nursing and Midwifery) has been received. Please make sure your two referees are available, as reference checks may be carried out before interview. Applications are assessed against the key selection criteria; if you have not addressed them, you can update your application via the careers portal until the closing date.
We've received your application for {role} at our Kingsway store. The store management team will have a look at it shortly. If your experience is a good match we'll give you a call or drop you a text, so keep an eye on your phone. Your application stays live for 30 days.
Just a quick note to say your CV and cover letter arrived safely. It's only me doing the hiring here so please bear with me - I'll go through everything at the end of next week and get back to you either way.
Your application has been registered successfully with Candidate ID CND-7781542 for the position of {role}. Kindly note this ID for all future correspondence. Our Talent Acquisition team will evaluate your profile and get in touch if it matches the requirement. Please do not pay any fee to anyone offering jobs on our behalf; {company} never charges candidates at any stage of recruitment.
Your application to selection process 24-HRD-EA-0193 has been received. Applicants must clearly demonstrate in their application how they meet the essential qualifications. Communication for this process will be sent by email, and it is your responsibility to check your account regularly, including your junk folder. Further communication will only be sent to those selected to continue in the process.
Your application has been received by the HR Shared Services Centre on behalf of {company}. Reference: SSC-2024-08817. Please quote this number in all correspondence. Our service centre handles recruitment administration only; questions about the role itself will be passed on to the recruiting manager.
Thanks a million for your application for {role}. We've logged it on our system and the hiring team will be in touch if you're shortlisted. Just so you know, the closing date is this Friday at 5pm and it usually takes us a couple of weeks after that to get through everything.
SUBJECT: Application received - {role} || Status: Submitted. Next step: Screening. You will receive an email notification each time the status of your application changes. You can withdraw your application at any time from your Jobs Dashboard. This is a system-generated email; replies are not monitored.
We have received your application and CV. Under our privacy notice your details will be kept for 12 months so that we can consider you for this and similar vacancies. If you would prefer us to delete them as soon as this process ends, just reply with "delete my data" and we will do so.
Thank you for applying to {role} at {company}. Your application is complete. If your qualifications match the needs of the department, a recruiter will contact you by phone or email. Because positions are filled as qualified candidates are identified, some postings may close early. Applicants who need a reasonable accommodation during the application process may contact the Talent Acquisition office.
just confirming we recieved your application for the {role} job, will be in touch next week once the manager is back
Your application (ref 3312-LON) has been passed to our screening team. We read every application ourselves. We can't reply individually to everyone who isn't shortlisted, but we will email all candidates once the role has been filled so nobody is left wondering.
""",
        "ack_hiring_manager": """
Good news on the admin side: your application for {role} has moved to the next stage and is now with the hiring manager for review. There's nothing you need to do at the moment. We'll update you as soon as we have their feedback, which normally takes 5 to 7 working days.
SUBJECT: Application status update || The status of your application for {role} (REQ-44102) has changed to: Under Review by Hiring Team. You can view your application at any time by signing in to your candidate account.
I've forwarded your CV to Marcus, who leads the warehouse operations team and is the hiring manager for this one. He's going through a handful of profiles this week. I'll come back to you once he's had a look, hopefully by Thursday.
Your application has passed the initial eligibility check and has been forwarded to the shortlisting panel for {role}. The panel meets on 3 June, and candidates will be informed of the outcome of shortlisting by 10 June.
Quick update: the store manager has your application and will be reviewing it with the others over the weekend. If she'd like to meet you we'll be in touch to set something up.
Your application for {role} has been assessed as meeting the minimum eligibility criteria and has been referred to the sift panel. Sift results are expected in the week of 17 February. Please do not contact the vacancy holder directly during this time.
""",
        "ack_test": """
As the next step in our process for {role}, we'd like you to complete an online numerical and verbal reasoning assessment. It takes around 35 minutes and must be completed by 23:59 on Sunday 12 May. Please use a laptop or desktop with a stable connection. If you need any adjustments, reply to this email before you start.
Before we can move forward, all applicants for {role} are asked to complete a short situational judgement questionnaire (about 20 minutes). You'll find it in your candidate portal under 'Tasks'. Applications without a completed questionnaire cannot be progressed.
We'd like you to have a go at a small take-home exercise: a CSV of orders and a few questions to answer in SQL or Python, whichever you prefer. It shouldn't take more than two hours, so please don't spend longer than that. Send it back within a week and we'll review it together with your CV.
To progress your application for {role} you are required to complete the mandatory online medication calculation test. You have three attempts and the pass mark is 100%. Log in with your applicant number ST-31876.
Reminder: your online assessment for {role} is still outstanding and the link expires in 48 hours. If you've already completed it, please ignore this message.
""",
        "ack_documents": """
To continue processing your application, please upload the following documents by 30 September: a copy of your highest qualification certificate, proof of your right to work in the UK, and your two most recent payslips or your P45. Incomplete applications will not be forwarded to the panel.
We're missing a couple of things from your application: your academic transcript and the names and contact details of two referees. Could you send them over by Friday? As soon as we have them your file goes to the selection committee.
Your application for {role} is incomplete. Please attach a response to the selection criteria (max. 2 pages) and a current resume. Applications that don't include both cannot be considered.
We need the signed declaration form (attached) and a copy of your passport or national ID card before we can continue with your application. Please send scans to this address and quote ref. 2024/HR/551.
Kindly share the following documents at the earliest so that we can process your candidature further: updated resume, highest education certificate, and experience letters from previous employers.
""",
        "ack_silence": """
I'm sorry it has taken us so long to get back to you about {role}. We had far more applications than we expected and the team has been working through them. Your application is still under consideration and we expect to update everyone by the end of the month.
Apologies for the radio silence! Hiring got a bit chaotic with the end-of-quarter rush. You're still very much in the mix for {role} and I should have news for you next week.
We realise it has been several weeks since you applied and you have had no update from us, and we apologise for that. Shortlisting for this vacancy was delayed by staff absence. It is now under way and all applicants will be notified of the outcome by 28 November.
Sorry for the slow reply to your email asking about your application. I've checked with the recruiting team: your application is still active and under review. Thanks for bearing with us.
Please accept our apologies for the delay in processing applications for {role}. Because of the number of applications received, the panel needs more time than planned. We hope to complete shortlisting within the next two weeks.
""",
        "ack_delay_pause": """
We wanted to let you know that recruitment for {role} has been temporarily paused while we review the team's budget for the next financial year. Your application remains on file and will be considered when the process resumes. We expect a decision on this by the end of July.
Because of a change in the panel's availability, the timeline for {role} has moved. Shortlisting will now take place on 9 October rather than 25 September. No action is needed from you.
Update: the closing date for {role} has been extended to 15 March to allow for a wider pool of applicants. Applications already received, including yours, will be assessed alongside the new ones, so there's no need to reapply.
Please be aware that the recruitment campaign for {role} has been placed on hold pending approval of the new ward establishment. We will contact all applicants as soon as we receive confirmation, and we apologise for any inconvenience.
Heads up: we've got a hiring freeze for a few weeks while the new leadership team settles in. I didn't want you to think we'd forgotten about you. Your application is safe with us and I'll reach out as soon as we're allowed to move again.
""",
        "ack_reopened": """
The post of {role} has been re-advertised, as we were unable to appoint from the first round. If you applied previously, your application will automatically be considered; there's no need to submit a new one unless you wish to update it.
We're reopening the search for {role}, and since you applied back in the spring we wanted to check whether you're still interested. If so, just reply to this email and we'll move your application back into active review.
The vacancy for {role} (ref. 0921) has been reopened with a revised job description. Your original application is still on file. If you wish to be considered against the new criteria, please log in and confirm your interest by 8 August.
The role you applied for was briefly taken off our careers site because of a technical error. It is live again and your application has been restored with its original submission date. You don't need to do anything.
""",
        "rej_short": """
Thank you for applying for {role}. Unfortunately, on this occasion you have not been shortlisted for interview.
After reviewing your application, we've decided not to move forward with your candidacy for {role}.
SUBJECT: Your application status has changed || Your application status for {role} has been updated to: Not Selected.
We've now filled the {role} position, so we won't be taking your application any further.
Sorry, we've gone with another candidate for this one.
We regret to inform you that your application for {role} (ref. HCC/0457/AR) has been unsuccessful.
Unfortunately your application was not successful this time. Due to the high number of applications we are unable to provide individual feedback.
The hiring manager has reviewed your application and has decided to pursue other candidates whose experience more closely matches the requirements of the role.
""",
        "rej_template_long": """
Following careful consideration, we regret to inform you that your application for {role} (REQ-20931) has not been successful on this occasion. We received a very high number of applications and the decision was a difficult one. In line with our privacy notice, your personal data will be retained for six months from the date of this email and then securely deleted; if you would like it deleted sooner, you can request this from your candidate account.
The sift panel has now completed its assessment of applications for {role}. I am sorry to tell you that your application did not meet the required standard in the behaviours assessed at sift and you will not be progressing further in this campaign. Your sift scores are available in your applicant account. This outcome does not affect any future applications you make.
The selection panel has now considered all applications for {role}, and I regret to let you know that you have not been shortlisted for interview. The panel received a large number of strong applications, which made shortlisting very competitive. Information relating to your application will be retained in accordance with the University's recruitment privacy notice and destroyed after 12 months.
Thanks for your interest in joining the team at our Kingsway store. We've now reviewed all applications and, on this occasion, we won't be taking yours forward. Please don't let this put you off: we recruit regularly across all our stores and you're welcome to apply for other roles using the same account.
We appreciate your interest in the {role} position with {company}. After careful review, we have decided to move forward with other applicants whose qualifications more closely align with the needs of the department at this time. Your profile will remain in our system and you may apply to other openings. {company} is an Equal Opportunity Employer.
This email is sent by the HR Shared Services Centre on behalf of {company}, ref. SSC-2024-08817. We have been informed by the recruiting manager that your application for {role} will not be progressed. Please do not reply to this mailbox; any questions about the decision should be raised through the candidate portal.
We thank you for your interest in the position of {role}. After a thorough evaluation of your profile, we regret to inform you that we will not be able to proceed with your candidature at this time. This is a system-generated mail; please do not reply.
""",
        "rej_feedback": """
I'm afraid we won't be moving forward with your application for {role}. You asked for feedback, so here it is: your experience was strong, but the panel was looking for someone who had managed a budget directly, and the other shortlisted candidates could evidence that more clearly. Your statement also didn't really address the stakeholder management criterion.
Unfortunately you were not successful at the online assessment stage for {role}. Your results: numerical reasoning 42nd percentile, verbal reasoning 61st percentile. The threshold to progress was the 50th percentile on both tests.
Thanks for the take-home, we really appreciated the effort you put in. We've decided not to go ahead, mainly because the solution didn't handle the duplicate orders in the dataset and the write-up was a bit thin on reasoning. Your SQL was lovely and clean though.
Your application for {role} was not shortlisted. Feedback from the panel: the supporting information did not provide enough evidence of post-registration experience in an acute setting, which is an essential criterion in the person specification.
We won't be progressing your application. If you'd like feedback, reply to this email within 28 days and the hiring manager will arrange a short call to talk it through.
""",
        "rej_talent_pool": """
While we've decided not to move forward with your application for {role}, we were impressed by your background and would like to keep your details in our talent community for future openings. If you'd rather we didn't, you can opt out in your profile settings.
We won't be taking your application further this time. With your permission we'd like to keep your CV on file for 12 months and contact you if a suitable role comes up. Just reply 'yes' to give consent; if we don't hear from you, your details will be deleted after six months under our retention policy.
Your application has been unsuccessful on this occasion. However, as you met the eligibility criteria, you have been placed on a reserve list valid for 12 months. If a similar vacancy arises during that period it may be offered to candidates on the reserve list without being re-advertised.
The team has decided to go with someone whose experience is closer to what they need right now. You're on my shortlist for future roles though, and I'll personally ping you when something comes up in analytics.
We can't offer you a position at the moment, but we've added you to our seasonal hiring pool. When we start recruiting for Christmas you'll be among the first to hear from us.
Although you have not been selected for {role}, your profile will remain visible to our recruiters in the {company} Talent Network, and you can update your preferences or sign up for job alerts at any time.
""",
        "rej_after_stage": """
Thank you for completing the online assessment. Having reviewed your results alongside your application, we're sorry to say we won't be progressing you to the interview stage for {role}.
The hiring manager has now reviewed your application and, unfortunately, has decided not to take it forward.
Following the re-advertisement of this vacancy the panel has reconsidered all applications, and I'm sorry to say that yours has not been shortlisted this time either.
Further to our earlier email about the delay, shortlisting for {role} has now been completed and I'm afraid your application was not successful.
Recruitment for {role} was paused earlier this year. The business has since decided not to fill the position, so the vacancy has been withdrawn and we are closing all applications. We're sorry we can't give you better news after such a long wait.
Thanks for sending the documents we asked for. The panel has now completed its review of all complete applications and you haven't been selected for interview on this occasion.
""",
        "oth_alert": """
SUBJECT: 5 new jobs match your alert || New roles matching 'data analyst' within 10 miles of Manchester: Data Analyst at {company}; Junior BI Analyst at Northern Rail Services; Reporting Analyst at Halden Foods. View all and apply. You're receiving this because you created a job alert; manage your alerts in your account.
Jobs you might like: based on your recent searches, we think these roles could be a good fit: Customer Service Advisor (part-time), Store Supervisor, Stock Assistant (nights). Apply in minutes with your saved profile.
Your weekly vacancy bulletin: 14 new posts have been advertised across the council this week, including roles in Finance, Adult Social Care and Highways. Closing dates apply.
""",
        "oth_newsletter": """
Inside {company}: this month we meet three of our newly qualified nurses, take a look at the new graduate scheme, and share tips for writing a supporting statement that stands out. Read the full careers newsletter online.
Join our virtual open evening on Wednesday 6 November, 6-7pm, to find out about careers in our distribution centres. Register via the link below; places are limited.
""",
        "oth_account": """
The password for your candidate account was changed on 3 April at 14:12. If you did not make this change, reset your password immediately or contact our support team.
We haven't seen you in a while. Under our data retention policy, candidate accounts that have been inactive for 24 months are deleted. To keep your account and saved job searches, simply log in before 31 January.
""",
        "oth_survey": """
We'd love to hear about your experience of applying to {company}. Our 3-minute survey is anonymous and helps us improve the process for future candidates. Your answers won't affect any current or future application.
How did we do? Please rate your recent contact with the HR Shared Services Centre about resetting your portal login on a scale of 1 to 5. It takes one click.
""",
    },
    "de": {
        "ack_received": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Position {role}. Ihre Bewerbung wird unter der Kennziffer 2024-117-PV geführt; bitte geben Sie diese bei Rückfragen an. Nach Ablauf der Bewerbungsfrist sichten wir alle Unterlagen und melden uns voraussichtlich in der 23. Kalenderwoche bei Ihnen.
Ihre Bewerbung ist bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Sichtung aller Unterlagen einige Wochen in Anspruch nehmen kann. Sie erhalten in jedem Fall eine Nachricht von uns.
Wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle {role} (Ausschreibungsnummer 31/2024, Entgeltgruppe 9a TVöD). Das Auswahlverfahren beginnt nach Ende der Bewerbungsfrist am 30.06. Personalrat und Gleichstellungsbeauftragte werden nach den gesetzlichen Vorschriften beteiligt. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
Hinweis zum Datenschutz: Ihre Bewerbungsdaten verarbeiten wir ausschließlich zur Durchführung des Bewerbungsverfahrens (Art. 6 Abs. 1 lit. b DSGVO, § 26 BDSG) und löschen sie sechs Monate nach dessen Abschluss. Sie können Ihre Bewerbung jederzeit über Ihr Bewerberkonto zurückziehen. Ihre Bewerbung als {role} ist am 14.03. bei uns eingegangen.
Danke für deine Bewerbung als {role}! Deine Unterlagen sind bei uns gelandet und wir schauen sie uns in den nächsten Tagen genau an. Du hörst auf jeden Fall von uns, spätestens in zwei Wochen.
Deine Bewerbung für unsere Filiale in Leipzig-Gohlis ist angekommen. Die Filialleitung meldet sich direkt bei dir, wenn dein Profil passt. Das kann ein paar Tage dauern, also nicht wundern.
Wir bestätigen den Erhalt Ihrer Bewerbung. Die Bearbeitung erfolgt in der Reihenfolge des Einlangens. Bitte sehen Sie von telefonischen Nachfragen ab; wir kontaktieren Sie, sobald über die weitere Vorgangsweise entschieden wurde.
Besten Dank für Ihre Bewerbung als {role}. Wir haben Ihr Dossier erhalten und werden es sorgfältig prüfen. Bitte beachten Sie, dass wir uns nur bei Bewerbenden melden, deren Profil unseren Anforderungen entspricht. Sollten Sie innert vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen.
Ihre Bewerbung als {role} ist in unserem Bewerbermanagement eingegangen und wird von der Pflegedirektion gesichtet. Da wir im Schichtdienst arbeiten, kann es sein, dass wir Sie auch außerhalb der üblichen Bürozeiten anrufen.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung Nr. 0088213 || Dies ist eine automatisch generierte Nachricht. Ihre Bewerbung Nr. 0088213 für {role} wurde erfolgreich übermittelt. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberportal einsehen. Antworten auf diese E-Mail werden nicht bearbeitet.
Ihre Unterlagen sind gut bei mir angekommen, vielen Dank. Ich bin noch bis Mittwoch auf einer Baustelle in Celle und schaue mir danach alles in Ruhe an. Sie hören spätestens Ende nächster Woche von mir.
Ihre Bewerbung auf die Stelle einer/eines {role} (Kennziffer W-1432) ist bei uns eingegangen. Bitte beachten Sie, dass Bewerbungsunterlagen nicht zurückgesandt werden; reichen Sie daher nur Kopien ein. Kosten, die Ihnen im Rahmen des Auswahlverfahrens entstehen, können leider nicht erstattet werden.
Ihre Bewerbung wird vom HR Service Center im Auftrag der {company} bearbeitet. Ihre Vorgangsnummer lautet HRSC-24-55190. Bei Fragen zum Stand Ihrer Bewerbung wenden Sie sich bitte unter Angabe dieser Nummer an unser Service-Team (Mo bis Fr, 8 bis 17 Uhr).
Wir haben deine Bewerbung bekommen 🙌 Bei uns schaut sich ein Mensch jede Bewerbung an, kein Algorithmus, versprochen. Spätestens in 10 Werktagen bekommst du eine Rückmeldung. Falls du deine Bewerbung zurückziehen willst, antworte einfach kurz auf diese Mail.
Vielen Dank für die Übersendung Ihrer Bewerbungsunterlagen. Wir prüfen diese und kommen nach Abschluss der ersten Auswahlrunde unaufgefordert auf Sie zu. Wir bitten um etwas Geduld, da uns sehr viele Zuschriften erreicht haben.
ihre bewerbung ist angekommen, danke. wir melden uns wenn wir alles durchgesehen haben, dauert ca 2 wochen
Deine Bewerbung ist vollständig bei uns eingegangen. Jetzt prüfen wir, ob dein Profil zur Stelle {role} passt; den Stand kannst du jederzeit in deinem Kandidatenkonto verfolgen. Deine Daten nutzen wir nur für dieses Verfahren und löschen sie nach sechs Monaten.
""",
        "ack_hiring_manager": """
Ihre Bewerbung als {role} hat die Vorauswahl durchlaufen und liegt nun der Fachabteilung zur Prüfung vor. Wir rechnen mit einer Rückmeldung innerhalb von zwei Wochen und melden uns dann umgehend bei Ihnen.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung Nr. 0088213 hat sich geändert: In Prüfung durch Fachbereich.
Kurzes Update: Ich hab deine Unterlagen an Jana weitergegeben, sie leitet das Team und entscheidet mit. Sie ist diese Woche noch im Urlaub, deshalb dauert es ein paar Tage länger. Ich melde mich, sobald ich was von ihr höre.
Ihre Bewerbung wurde formal geprüft und erfüllt die Voraussetzungen der Ausschreibung. Sie wurde der Auswahlkommission zur weiteren Entscheidung vorgelegt, die voraussichtlich am 12. September tagt.
Ihr Dossier haben wir an die zuständige Linienvorgesetzte weitergeleitet, die es in den kommenden Tagen prüfen wird. Wir informieren Sie, sobald wir von ihr eine Rückmeldung erhalten haben.
Deine Bewerbung liegt jetzt bei der Marktleitung. Wenn's passt, ruft sie dich direkt an. Du musst erstmal nichts weiter tun.
""",
        "ack_test": """
Im nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren (Dauer ca. 40 Minuten; logisches Denken, Zahlenverständnis, Englisch). Den Zugangslink finden Sie in Ihrem Bewerberkonto. Bitte bearbeiten Sie den Test bis zum 21.05., 23:59 Uhr.
Als nächsten Schritt haben wir eine kleine Case-Aufgabe für dich: einen Datensatz mit Lieferzeiten und drei Fragen dazu. Nimm dir dafür höchstens drei Stunden, mehr erwarten wir nicht. Schick uns dein Ergebnis bis nächsten Freitag.
Für die Stelle {role} ist ein Fachtest Teil des Auswahlverfahrens. Sie können ihn online unter Angabe Ihrer Bewerbernummer KN-4471 ablegen. Bitte halten Sie einen Taschenrechner bereit.
Erinnerung: Ihr Online-Assessment für {role} ist noch nicht abgeschlossen, der Link läuft in zwei Tagen ab. Falls Sie den Test bereits bearbeitet haben, betrachten Sie diese Nachricht bitte als gegenstandslos.
Im Rahmen des Auswahlverfahrens ist ein schriftlicher Eignungstest vorgesehen, der online durchgeführt wird. Die Zugangsdaten erhalten Sie gesondert per E-Mail; der Test ist zwischen 7. und 11. Oktober freigeschaltet.
""",
        "ack_documents": """
Leider ist Ihre Bewerbung noch nicht vollständig. Bitte reichen Sie bis zum 15.07. folgende Unterlagen nach: Abschlusszeugnis, letztes Arbeitszeugnis sowie, falls zutreffend, den Nachweis über eine Schwerbehinderung. Unvollständige Bewerbungen können im weiteren Verfahren leider nicht berücksichtigt werden.
Uns fehlt noch dein Lebenslauf, im Upload war nur das Anschreiben drin. Kannst du ihn einfach als Antwort auf diese Mail schicken? Dann geht's direkt weiter.
Für die Bearbeitung Ihrer Bewerbung benötigen wir noch eine Kopie Ihres Masterzeugnisses sowie bei ausländischen Abschlüssen die Zeugnisbewertung der ZAB. Bitte laden Sie die Dokumente im Bewerbungsportal hoch.
Damit wir Ihr Dossier vollständig prüfen können, bitten wir Sie um die Zustellung Ihrer Arbeitszeugnisse sowie einer Kopie Ihrer Aufenthaltsbewilligung (sofern Sie nicht Schweizer Staatsangehörige/r sind).
Bitte senden Sie uns noch eine Kopie Ihrer Urkunde über die Erlaubnis zum Führen der Berufsbezeichnung sowie den Nachweis über den Masernschutz. Ohne diese Unterlagen können wir Ihre Bewerbung nicht weiterbearbeiten.
""",
        "ack_silence": """
Bitte entschuldigen Sie, dass Sie so lange nichts von uns gehört haben. Die Resonanz auf unsere Ausschreibung war außergewöhnlich groß. Ihre Bewerbung befindet sich weiterhin im Auswahlprozess, und wir melden uns bis Ende des Monats bei Ihnen.
Sorry, dass du so lange auf eine Antwort warten musstest! Bei uns war die letzten Wochen echt viel los. Deine Bewerbung ist aber nicht untergegangen, wir sind dran und melden uns nächste Woche.
Sie hatten sich nach dem Stand Ihrer Bewerbung erkundigt, vielen Dank für Ihre Geduld. Das Verfahren ist noch nicht abgeschlossen; wegen urlaubsbedingter Abwesenheiten verzögert sich die Entscheidung um etwa zwei Wochen.
Wir bedauern die lange Bearbeitungsdauer. Da die Gremien noch beteiligt werden müssen, konnte das Auswahlverfahren bislang nicht abgeschlossen werden. Wir bitten um Ihr Verständnis und werden Sie unaufgefordert informieren.
Entschuldigen Sie bitte die Verzögerung. Ihre Bewerbung ist nach wie vor in Evidenz und wird im laufenden Verfahren berücksichtigt.
""",
        "ack_delay_pause": """
Wir möchten Sie darüber informieren, dass das Besetzungsverfahren für die Stelle {role} wegen interner Umstrukturierungen vorübergehend ausgesetzt ist. Ihre Bewerbung bleibt selbstverständlich im Verfahren; wir informieren Sie, sobald es weitergeht.
Die Bewerbungsfrist für die Stelle {role} wurde bis zum 31.08. verlängert. Bereits eingegangene Bewerbungen, also auch Ihre, werden selbstverständlich berücksichtigt. Sie müssen nichts weiter tun.
Kleine Planänderung: Wir haben den Start für die Stelle auf Januar verschoben, deshalb zieht sich der Prozess etwas. Wir gehen alle Bewerbungen Anfang Dezember durch, deine ist noch mit dabei.
Aufgrund der aktuellen Haushaltssperre können wir das Auswahlverfahren derzeit nicht fortsetzen. Sobald die Freigabe vorliegt, bearbeiten wir Ihre Bewerbung weiter; wir rechnen damit im Laufe des nächsten Quartals.
Das Rekrutierungsverfahren für die Stelle {role} verzögert sich leider um einige Wochen, da sich die Zusammensetzung des Gremiums geändert hat. Wir danken Ihnen für Ihr Verständnis und melden uns bis spätestens Mitte November.
""",
        "ack_reopened": """
Die Stelle {role} wurde erneut ausgeschrieben. Ihre Bewerbung aus der ersten Ausschreibung wird im neuen Verfahren automatisch berücksichtigt. Wenn Sie Ihre Unterlagen aktualisieren möchten, können Sie das bis zum 20.04. im Portal tun.
Die Stelle, auf die du dich im Frühjahr beworben hast, ist wieder offen. Hast du noch Interesse? Dann gib uns kurz Bescheid und wir nehmen deine Bewerbung wieder in den Prozess auf.
Wir haben für die Stelle {role} eine zweite Position freigegeben und das Verfahren deshalb wieder geöffnet. Ihre Bewerbung ist weiterhin im System und wird für beide Positionen berücksichtigt.
Die Planstelle wird mit geändertem Anforderungsprofil neu ausgeschrieben. Sofern Sie weiterhin Interesse haben, ersuchen wir Sie um eine kurze Bestätigung bis 15. Mai; Ihre bisherige Bewerbung wird dann übernommen.
""",
        "rej_short": """
Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.
Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
SUBJECT: Ihre Bewerbung Nr. 0088213 || Status Ihrer Bewerbung für {role}: Absage.
Leider hat's diesmal nicht geklappt, wir haben uns für jemand anderen entschieden.
Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider eine Absage erteilen.
Die Stelle {role} ist inzwischen besetzt, daher können wir Ihre Bewerbung leider nicht mehr berücksichtigen.
Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung (Kennziffer 31/2024) nicht berücksichtigt werden konnte.
Wir haben uns deine Bewerbung genau angeschaut, gehen aber mit anderen Kandidat:innen weiter.
""",
        "rej_template_long": """
Wir haben uns die Entscheidung nicht leicht gemacht. Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen jedoch mitteilen, dass wir Sie im weiteren Auswahlverfahren für die Position {role} nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person, sondern das Ergebnis eines Abgleichs mit den Anforderungen der Stelle. Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.
Das Auswahlverfahren für die Stelle {role} (Ausschreibungsnummer 31/2024) ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin bzw. einen anderen Bewerber entschieden haben. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG datenschutzgerecht vernichtet.
Die Auswahlkommission hat sich nach Sichtung aller Bewerbungen für andere Kandidatinnen und Kandidaten entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Eine Rücksendung der Unterlagen erfolgt nicht; sie werden nach sechs Monaten vernichtet.
Danke, dass du dich bei uns beworben hast. Nach Durchsicht aller Bewerbungen müssen wir dir leider sagen, dass es für diese Stelle nicht gereicht hat. Lass dich davon bitte nicht entmutigen: Wir suchen regelmäßig in allen Filialen, und mit deinem Konto kannst du dich jederzeit auf andere Stellen bewerben.
Diese Nachricht wird vom HR Service Center im Auftrag der {company} versandt (Vorgangsnummer HRSC-24-55190). Die Fachabteilung hat uns mitgeteilt, dass Ihre Bewerbung nicht weiter berücksichtigt wird. Bitte antworten Sie nicht auf diese E-Mail; Fragen zur Entscheidung richten Sie bitte über das Kontaktformular im Bewerberportal an uns.
Wir haben Ihre Bewerbung eingehend geprüft, müssen Ihnen jedoch leider mitteilen, dass wir Sie bei der Besetzung der Stelle nicht berücksichtigen konnten. Ihre Daten werden gemäß unserer Datenschutzerklärung sieben Monate nach Abschluss des Verfahrens gelöscht.
Die Wahl ist auf eine Person gefallen, deren Profil den Anforderungen noch besser entspricht. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Ihre Unterlagen werden wir gemäss unseren Datenschutzbestimmungen löschen.
""",
        "rej_feedback": """
Leider können wir Ihnen die Stelle nicht anbieten. Da Sie um ein Feedback gebeten hatten: Fachlich hat uns Ihr Profil überzeugt, wir suchen aber jemanden mit mehrjähriger Erfahrung in der Entgeltabrechnung nach TVöD, und hier hatten andere Bewerberinnen einen klaren Vorsprung.
Danke für deine Case-Lösung! Wir gehen trotzdem mit anderen Kandidat:innen weiter. Ehrliches Feedback: Die Analyse war sauber, aber die Handlungsempfehlungen waren uns zu allgemein, und die Ausreißer im Datensatz hast du nicht berücksichtigt.
Ihr Ergebnis im Online-Test lag leider unter dem für das weitere Verfahren erforderlichen Wert (erreicht: 54 von 100 Punkten, erforderlich: 65). Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.
Ihre Bewerbung konnte leider nicht berücksichtigt werden. Ausschlaggebend war, dass für die Stelle eine abgeschlossene Fachweiterbildung Intensiv- und Anästhesiepflege zwingend vorausgesetzt wird, die aus Ihren Unterlagen nicht hervorgeht.
Wir werden Ihre Bewerbung nicht weiterverfolgen. Falls Sie sich eine ausführlichere Rückmeldung wünschen, steht Ihnen Frau Albers aus der Personalabteilung gern für ein kurzes Telefonat zur Verfügung.
""",
        "rej_talent_pool": """
Auch wenn es für die Stelle {role} nicht gepasst hat, hat uns Ihr Profil gut gefallen. Wir würden Ihre Unterlagen gern für 12 Monate in unserem Talentpool speichern. Bitte bestätigen Sie dazu Ihre Einwilligung über den Link; ohne Ihre Zustimmung löschen wir Ihre Daten fristgerecht.
Diesmal wird's leider nichts, aber wir fanden dich echt spannend. Wenn du magst, nehmen wir dich in unseren Talent-Pool auf und melden uns, sobald eine passende Stelle frei wird. Antworte einfach mit "Ja".
Wir haben uns für eine andere Besetzung entschieden. Ihr Profil bleibt jedoch im {company} Talent Network sichtbar, sodass unsere Recruiter Sie bei künftigen Vakanzen direkt ansprechen können. Ihre Einstellungen können Sie jederzeit im Konto anpassen.
Leider können wir Ihnen keine Zusage machen. Mit Ihrem Einverständnis würden wir Ihr Dossier gerne behalten und bei einer passenden Vakanz wieder auf Sie zukommen.
Aktuell können wir dir keine feste Stelle anbieten. Wir haben dich aber für die Aushilfen im Weihnachtsgeschäft vorgemerkt und melden uns im Oktober, falls du dann noch Lust hast.
Sie wurden für die ausgeschriebene Stelle nicht ausgewählt. Da Sie die Anforderungen grundsätzlich erfüllen, werden Sie für die Dauer eines Jahres in unsere Reserveliste aufgenommen.
""",
        "rej_after_stage": """
Vielen Dank, dass Sie den Online-Test absolviert haben. Nach Auswertung Ihrer Ergebnisse und Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.
Die Fachabteilung hat Ihre Bewerbung geprüft und sich leider gegen eine weitere Berücksichtigung entschieden.
Wie angekündigt melden wir uns nach der Verzögerung im Verfahren bei Ihnen: Die Auswahl ist nun abgeschlossen, und Ihre Bewerbung war leider nicht erfolgreich.
Das ausgesetzte Besetzungsverfahren für die Stelle {role} wird nicht fortgeführt, da die Stelle im Zuge der Umstrukturierung ersatzlos entfällt. Damit ist das Verfahren auch für Sie beendet. Wir bedauern, Ihnen nach der langen Wartezeit keine bessere Nachricht geben zu können.
Danke, dass du die fehlenden Unterlagen so schnell nachgereicht hast. Die Teamleitung hat sich jetzt alle Bewerbungen angeschaut und sich leider für jemand anderen entschieden.
Nach der erneuten Ausschreibung hat die Auswahlkommission alle Bewerbungen noch einmal gesichtet. Leider konnte Ihre Bewerbung auch in dieser Runde nicht berücksichtigt werden.
""",
        "oth_alert": """
SUBJECT: Neue Stellen für Ihren Suchauftrag || Zu Ihrem Suchauftrag "Sachbearbeitung Personal, Umkreis 25 km" gibt es 6 neue Stellenangebote, u. a. bei {company}, der Stadt Wendlingen und den Stadtwerken Lindenau. Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
Neue Jobs für dich: {role} (Vollzeit), Teamleitung Lager, Disponent:in Nachtschicht. Mit deinem Profil kannst du dich mit einem Klick bewerben.
Ihr wöchentlicher Stellenmonitor: 9 neue Inserate im Kanton Aargau entsprechen Ihren Kriterien.
""",
        "oth_newsletter": """
Karriere-Newsletter März: Wir stellen unser neues Traineeprogramm vor, zeigen, wie ein Nachtdienst auf unserer Intensivstation aussieht, und geben Tipps für ein überzeugendes Anschreiben.
Komm zu unserem Karrieretag am 14. September in der Zentrale! Lern unsere Teams kennen, schau hinter die Kulissen und bring gern deinen Lebenslauf mit. Anmeldung über den Link.
""",
        "oth_account": """
Für Ihr Bewerberkonto wurde eine Anmeldung von einem neuen Gerät (Firefox, Windows) festgestellt. Wenn Sie das waren, müssen Sie nichts tun. Andernfalls ändern Sie bitte umgehend Ihr Passwort.
Ihr Bewerberkonto ist seit 18 Monaten inaktiv und wird gemäß unseren Datenschutzbestimmungen am 30.11. automatisch gelöscht. Wenn Sie es behalten möchten, melden Sie sich einfach vor diesem Datum einmal an.
""",
        "oth_survey": """
Wie haben Sie unseren Bewerbungsprozess erlebt? Die Umfrage dauert etwa drei Minuten und ist anonym. Ihre Antworten haben keinen Einfluss auf laufende oder künftige Bewerbungen.
Hilf uns, besser zu werden! Sag uns in zwei Minuten, wie du unser Karriereportal fandest: Was war einfach, was hat genervt?
""",
    },
    "fr": {
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Votre dossier est enregistré sous la référence 2024-RH-0612. Il sera étudié avec attention par nos équipes après la clôture de l'offre, fixée au 30 avril.
Votre candidature a bien été transmise. Ceci est un message automatique, merci de ne pas y répondre. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Nous avons bien reçu votre candidature pour l'emploi de {role} (référence de l'offre : 2024-03-17458, catégorie B). Les candidatures seront examinées à l'issue de la période de publication. Seuls les candidats retenus pour un entretien seront contactés.
Les informations recueillies font l'objet d'un traitement destiné exclusivement à la gestion de votre candidature. Conformément au RGPD, elles sont conservées deux ans à compter de notre dernier contact, sauf opposition de votre part, et vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès de notre délégué à la protection des données. Votre candidature pour {role} a bien été enregistrée.
Votre candidature au poste de {role} a été enregistrée par la Direction des ressources humaines de notre établissement et sera transmise à l'encadrement du pôle concerné. En raison du nombre important de candidatures, le délai de réponse peut atteindre six semaines.
Nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez à notre société. Notre service du personnel l'examinera endéans les trois semaines. Si votre profil correspond à nos attentes, nous prendrons contact avec vous pour la suite de la procédure.
Nous vous remercions de votre dossier de candidature, qui nous est bien parvenu. Nous l'examinerons avec soin et reviendrons vers vous d'ici une quinzaine de jours.
Nous avons bien reçu votre candidature pour le poste de {role}. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées. {company} souscrit au principe d'équité en matière d'emploi et invite les femmes, les membres des minorités visibles, les Autochtones et les personnes handicapées à présenter leur candidature.
Merci pour ta candidature ! On l'a bien reçue et on revient vers toi très vite (promis, sous 10 jours max). En attendant, tu peux jeter un œil à notre blog pour mieux connaître l'équipe.
J'ai bien reçu votre CV et votre lettre, merci. Je regarde tout ça en fin de semaine, je suis un peu débordé en ce moment avec les chantiers. Je vous rappelle dans tous les cas.
Votre dossier de candidature au poste de {role} (poste n° 0421) a été déposé sur la plateforme. Il sera examiné par le comité de sélection, qui se réunira entre le 10 et le 20 mai. Les résultats vous seront communiqués par voie électronique à l'issue des délibérations.
Votre candidature a été prise en charge par le Centre de services partagés RH pour le compte de {company}. Numéro de dossier : CSP-24-30871. Merci de rappeler ce numéro dans toute correspondance. Pour retirer votre candidature, il suffit de répondre à ce message en indiquant « retrait ».
SUBJECT: Accusé de réception - candidature n° 77120 || Votre candidature n° 77120 au poste de {role} a bien été enregistrée le 12/03 à 10h47. Statut : en cours d'analyse. Vous recevrez une notification à chaque changement de statut.
bien recu votre candidature, on vous recontacte apres la cloture de l'annonce fin du mois
Nous vous confirmons la réception de votre candidature. Notre processus se déroule en trois étapes : présélection sur dossier, entretien avec le manager, puis entretien RH. Nous reviendrons vers vous à l'issue de la présélection, prévue courant juin.
Votre candidature est complète. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer qu'elle n'a pas été retenue. Vos données seront conservées jusqu'à la fin du processus de recrutement puis supprimées.
Votre candidature pour la fonction de {role} a bien été réceptionnée par le service Sélection. Une première sélection aura lieu sur base des CV ; les candidats retenus seront invités à une épreuve écrite.
""",
        "ack_hiring_manager": """
Bonne nouvelle : votre candidature au poste de {role} a passé la première étape et a été transmise au manager recruteur. Nous reviendrons vers vous dès que nous aurons son retour, normalement sous une semaine.
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature (réf. 2024-RH-0612) a évolué : « Transmise au service opérationnel ».
Petit point d'étape : j'ai partagé ton profil avec Mathieu, le lead de l'équipe data. Il est en déplacement cette semaine, donc il lui faudra quelques jours. Je te tiens au courant.
Votre dossier a été déclaré recevable et transmis à la commission de sélection, qui se réunira le 4 juillet. Vous serez informé(e) de la suite donnée à votre candidature à l'issue de cette réunion.
Votre dossier a été transmis à la responsable du service concerné, qui en prendra connaissance dans les prochains jours. Nous ne manquerons pas de vous tenir informé.
Votre candidature a franchi l'étape de la présélection et se trouve maintenant entre les mains du gestionnaire d'embauche. Aucune action n'est requise de votre part pour l'instant.
""",
        "ack_test": """
Dans le cadre de votre candidature au poste de {role}, nous vous demandons de compléter un test en ligne (raisonnement logique et numérique, environ 35 minutes). Le lien est valable jusqu'au 19 juin à minuit. Nous vous conseillons de le passer au calme, depuis un ordinateur.
Prochaine étape : un petit exercice à faire chez toi. Tu trouveras en pièce jointe un jeu de données et trois questions. Compte deux à trois heures max, pas besoin d'y passer le week-end ! Renvoie-nous ça sous 7 jours.
Les candidats dont le dossier a été jugé recevable doivent remplir un questionnaire de mise en situation en ligne. Vos identifiants vous seront communiqués par un message séparé ; la plateforme sera ouverte du 2 au 6 septembre.
Rappel : vous n'avez pas encore finalisé le questionnaire de personnalité associé à votre candidature. Sans ce questionnaire, votre candidature ne pourra pas être étudiée. Le lien expire dans 72 heures.
Afin de poursuivre l'étude de votre candidature pour le poste de {role}, merci de compléter le test de calcul de doses en ligne avec votre numéro de candidat HP-2207. Durée : 30 minutes.
""",
        "ack_documents": """
Votre dossier est incomplet. Afin que nous puissions poursuivre son traitement, merci de nous faire parvenir avant le 28 février la copie de votre diplôme le plus élevé, votre dernier arrêté de situation administrative (pour les fonctionnaires) et un CV à jour.
Il nous manque votre lettre de motivation, que le formulaire n'a visiblement pas enregistrée. Pourriez-vous nous l'envoyer en réponse à ce mail ? Votre candidature sera ensuite transmise au recruteur.
Pour compléter votre dossier, nous vous saurions gré de nous transmettre une copie de votre diplôme ainsi que, le cas échéant, l'équivalence délivrée par la Fédération Wallonie-Bruxelles.
Afin de compléter l'analyse de votre candidature, veuillez nous transmettre une copie de vos relevés de notes et, s'il y a lieu, de votre permis d'exercice délivré par l'ordre professionnel.
Pourriez-vous nous faire parvenir vos certificats de travail ainsi qu'une copie de votre permis de séjour ? Ces documents sont nécessaires à la suite de l'examen de votre dossier.
""",
        "ack_silence": """
Nous vous prions de bien vouloir nous excuser pour ce long silence. Le nombre de candidatures reçues a largement dépassé nos prévisions. Votre dossier est toujours à l'étude et nous reviendrons vers vous d'ici la fin du mois.
Désolée pour le délai de réponse, ça a été un peu la course chez nous ces dernières semaines ! Ta candidature est toujours en cours, on te donne des nouvelles la semaine prochaine.
Suite à votre relance, je vous confirme que votre candidature est toujours en cours d'examen. Le processus a pris du retard avec les congés d'été ; une décision devrait intervenir d'ici la mi-septembre.
Nous vous présentons nos excuses pour le délai de traitement de votre candidature. La procédure de recrutement a été retardée pour des raisons administratives et vous serez informé(e) de la suite dès que possible.
Toutes nos excuses pour le délai. Votre dossier n'a pas été oublié : le comité de sélection poursuit l'analyse des candidatures et nous prévoyons communiquer avec les candidats d'ici deux semaines.
""",
        "ack_delay_pause": """
Nous souhaitons vous informer que le recrutement pour le poste de {role} est temporairement suspendu dans l'attente d'une validation budgétaire. Votre candidature reste active et sera examinée dès la reprise du processus, prévue courant octobre.
La date limite de dépôt des candidatures pour le poste de {role} a été reportée au 15 novembre. Les candidatures déjà reçues, dont la vôtre, restent valables : vous n'avez rien à faire.
Le calendrier du recrutement a été modifié : la commission de sélection se réunira le 18 juin et non le 4 juin comme initialement prévu. Nous vous remercions de votre compréhension.
Suite à une réorganisation interne, la procédure de sélection est mise en pause pour quelques semaines. Votre candidature est bien conservée et nous reprendrons contact avec vous dès que la procédure redémarrera.
On doit mettre le recrutement en stand-by quelques semaines, le temps de boucler notre levée de fonds. Je voulais te prévenir pour que tu ne croies pas qu'on t'a oublié : ta candidature reste dans la pile.
""",
        "ack_reopened": """
Le poste de {role} fait l'objet d'une nouvelle publication, le premier appel n'ayant pas abouti. Votre candidature initiale sera automatiquement prise en compte ; vous pouvez néanmoins la mettre à jour jusqu'au 12 mars.
Le poste pour lequel vous aviez postulé au printemps est de nouveau ouvert. Êtes-vous toujours intéressé(e) ? Si oui, répondez simplement à ce message et nous réactiverons votre candidature.
Le concours pour le poste de {role} a été rouvert avec une description de tâches révisée. Votre candidature demeure au dossier. Si vous souhaitez être considéré(e) selon les nouveaux critères, veuillez confirmer votre intérêt d'ici le 8 août.
Le poste de {role} est désormais ouvert aussi sur notre site de Lyon. Votre candidature reste valable et sera étudiée pour les deux sites, sauf si vous nous indiquez le contraire.
""",
        "rej_short": """
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
Après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre candidature pour le poste de {role}.
SUBJECT: Candidature n° 77120 : mise à jour || Statut de votre candidature : Non retenue.
Malheureusement, on ne va pas poursuivre avec ta candidature cette fois-ci.
Le poste de {role} a été pourvu. Nous ne pouvons donc pas donner suite à votre candidature.
Après examen attentif de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas le retenir.
Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection.
Votre profil, bien qu'intéressant, ne correspond pas tout à fait aux besoins du poste. Nous ne donnerons donc pas suite.
""",
        "rej_template_long": """
Nous avons étudié votre candidature au poste de {role} avec attention. Nous sommes toutefois au regret de vous informer qu'elle n'a pas été retenue, d'autres profils correspondant davantage aux exigences du poste. Conformément au RGPD, vos données seront conservées deux ans, sauf demande de suppression adressée à notre délégué à la protection des données.
La commission de sélection s'est réunie le 4 juillet pour examiner les candidatures au poste de {role}. J'ai le regret de vous informer que votre candidature n'a pas été retenue. Cette décision ne préjuge en rien de la qualité de votre parcours, et je vous invite à consulter régulièrement la Place de l'emploi public.
Le comité de sélection a examiné l'ensemble des dossiers reçus pour le poste n° 0421. Nous avons le regret de vous informer que votre candidature n'a pas été classée. Les dossiers non retenus sont conservés un an puis détruits, conformément à la réglementation.
Merci pour l'intérêt que vous portez à notre enseigne. Après examen des candidatures reçues pour notre magasin de Villeurbanne, nous ne sommes pas en mesure de retenir la vôtre. N'hésitez pas à postuler à d'autres offres : nous recrutons régulièrement dans tous nos magasins et votre compte reste actif.
Ce message vous est adressé par le Centre de services partagés RH pour le compte de {company} (dossier CSP-24-30871). Le service recruteur nous a informés qu'il ne donnera pas suite à votre candidature. Merci de ne pas répondre à ce message ; pour toute question, utilisez le formulaire de contact de votre espace candidat.
Nous avons le regret de vous faire savoir que votre candidature n'a pas été retenue pour la fonction de {role}. Le nombre élevé de candidatures ne nous permet pas de motiver individuellement notre décision. Vos données seront supprimées de nos fichiers six mois après la clôture de la procédure.
Nous avons terminé l'analyse des candidatures reçues pour le poste de {role}. Bien que votre profil présente des qualités indéniables, nous avons retenu des candidatures qui répondent plus étroitement aux exigences du poste. Les renseignements que vous nous avez transmis seront traités de façon confidentielle et détruits conformément à notre politique de conservation.
""",
        "rej_feedback": """
Nous ne retiendrons pas votre candidature. Vous nous aviez demandé un retour : votre parcours est solide, mais nous recherchions une personne ayant déjà encadré une équipe, ce que les autres finalistes pouvaient démontrer plus concrètement.
Votre résultat au test en ligne (48/100) est inférieur au seuil requis (60/100) pour poursuivre le processus. Nous ne pouvons donc pas donner suite à votre candidature.
Merci pour ton exercice ! On a décidé de ne pas aller plus loin. Pour être transparents : l'analyse était propre, mais les recommandations restaient trop générales et le code n'était pas commenté.
Votre candidature n'a pas été retenue. Le poste requiert une expérience d'au moins deux ans en service de réanimation, qui n'apparaît pas dans votre dossier.
Nous ne donnerons pas suite à votre candidature. Si vous souhaitez un retour plus détaillé, Mme Lefèvre, chargée de recrutement, se tient à votre disposition par téléphone.
""",
        "rej_talent_pool": """
Même si nous ne donnons pas suite à votre candidature pour ce poste, votre profil a retenu notre attention. Avec votre accord, nous souhaiterions conserver votre CV dans notre vivier de talents pendant 24 mois ; il vous suffit de cliquer sur le lien ci-dessous pour donner votre consentement.
Ça ne se fera pas pour ce poste, mais on a vraiment apprécié ton profil. Si ça te va, on garde ton CV sous le coude et on te recontacte dès qu'un poste data s'ouvre.
Vous n'avez pas été retenu(e) pour le poste de {role}. Votre profil reste néanmoins visible par nos recruteurs dans la {company} Talent Community, où vous pouvez gérer vos préférences à tout moment.
Votre candidature n'a pas été retenue pour le poste. Toutefois, ayant réussi les épreuves, vous êtes inscrit(e) dans la réserve de recrutement, valable deux ans.
Nous ne pouvons pas vous proposer de CDI pour le moment, mais votre candidature a été enregistrée pour nos renforts d'été (juillet-août). Nous vous recontacterons en mai si vous êtes toujours disponible.
Nous ne pouvons malheureusement pas donner une suite favorable à votre candidature. Si vous le permettez, nous conserverons votre dossier afin de pouvoir vous recontacter si un poste correspondant se libérait.
""",
        "rej_after_stage": """
Merci d'avoir complété le test en ligne. Après analyse de vos résultats et de votre dossier, nous avons le regret de ne pas pouvoir vous convier à un entretien.
Le manager a étudié votre candidature et a décidé de ne pas la retenir pour la suite du processus.
Comme annoncé, nous revenons vers vous suite au report du calendrier. La commission a rendu ses conclusions et votre candidature n'a malheureusement pas été retenue.
Le recrutement pour le poste de {role}, suspendu depuis plusieurs mois, est définitivement annulé : le poste a été supprimé dans le cadre de la réorganisation. Nous clôturons donc l'ensemble des candidatures, y compris la vôtre, et sommes désolés de ne pas avoir de meilleure nouvelle après cette longue attente.
Merci de nous avoir transmis les pièces manquantes. Après examen de votre dossier complet, nous ne sommes malheureusement pas en mesure de le retenir.
À la suite de la réouverture du concours, le comité a réévalué l'ensemble des candidatures. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette nouvelle ronde.
""",
        "oth_alert": """
SUBJECT: Nouvelles offres pour votre alerte || 7 nouvelles offres correspondent à votre alerte « comptabilité - Lyon et alentours » : {role} chez {company}, Assistant(e) paie chez Groupe Belcastel, Gestionnaire ADV chez Fromageries Rivaud. Voir les offres.
Ces offres pourraient t'intéresser : {role}, Chef de rayon (CDI), Préparateur de commandes (intérim). Postule en un clic avec ton profil.
Votre abonnement Job-Mail : 4 nouvelles annonces dans le canton de Vaud correspondent à vos critères.
""",
        "oth_newsletter": """
La lettre RH du mois : découvrez notre nouveau programme d'alternance, rencontrez nos infirmières de nuit et lisez nos conseils pour réussir votre lettre de motivation.
Venez nous rencontrer lors de notre journée portes ouvertes le 12 octobre à l'entrepôt de Saint-Priest ! Visite du site et échanges avec les équipes ; inscription gratuite via le lien ci-dessous.
""",
        "oth_account": """
L'adresse e-mail associée à votre espace candidat a été modifiée le 04/09 à 18h22. Si vous n'êtes pas à l'origine de cette modification, contactez immédiatement notre support.
Votre compte candidat est inactif depuis 24 mois. Conformément à notre politique de protection des données, il sera supprimé le 15 janvier. Pour le conserver, connectez-vous avant cette date.
""",
        "oth_survey": """
Votre avis compte ! Répondez en 3 minutes à notre questionnaire sur votre expérience candidat. Vos réponses sont anonymes et n'ont aucune incidence sur vos candidatures.
Aidez-nous à améliorer notre site carrières en répondant à un court sondage. Ça prend moins de cinq minutes!
""",
    },
    "es": {
        "ack_received": """
Te confirmamos que hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo para explicarte los siguientes pasos.
Le informamos que su solicitud para la vacante de {role} quedó registrada con el folio RH-2024-0831. Conserve este número para cualquier aclaración. La etapa de evaluación curricular concluye el 28 de junio.
Se ha registrado correctamente su solicitud de participación en el proceso selectivo para la cobertura de una plaza de {role}, convocatoria 14/2024. La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios y en la sede electrónica en el plazo máximo de un mes desde la finalización del plazo de presentación de solicitudes.
De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por {company} con la única finalidad de gestionar su participación en este proceso de selección y se conservarán durante un año. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a nuestro Delegado de Protección de Datos. Su candidatura para {role} ha quedado registrada.
¡Gracias por postularte! Recibimos tu CV para la búsqueda de {role}. Vamos a revisar todos los perfiles durante las próximas dos semanas y, si avanzás en el proceso, te contactamos por mail o por WhatsApp.
Su hoja de vida fue recibida satisfactoriamente para el cargo de {role}. Nuestro equipo de Gestión Humana la analizará y, en caso de que su perfil se ajuste a los requisitos, lo contactaremos para continuar con el proceso.
Hemos recibido tu postulación al cargo de {role}. Te recordamos que el proceso consta de revisión curricular, evaluación psicolaboral y entrevista técnica. Te mantendremos informado/a del estado de tu postulación a través del portal.
Tu solicitud para trabajar en nuestra tienda de Valencia-Campanar se ha enviado correctamente. El equipo de la tienda revisará tu perfil y, si encaja, te llamaremos. Tu candidatura estará activa durante 60 días.
Recibido tu currículum, muchas gracias. Esta semana ando liado con un par de obras, pero el lunes me lo miro con calma y te digo algo.
Se acusa recibo de su solicitud para la plaza de {role} (código de plaza 2024/PI-071). La comisión de selección valorará los méritos acreditados conforme al baremo publicado en las bases de la convocatoria, y la resolución se notificará a través de la sede electrónica.
Su postulación fue recibida por el Centro de Servicios Compartidos de Recursos Humanos en nombre de {company}. Número de caso: CSC-24-11927. Le pedimos citar este número en cualquier comunicación. Si desea retirar su postulación, puede hacerlo desde su perfil en el portal de empleo.
SUBJECT: Confirmación de postulación #55318 || Tu postulación #55318 a {role} se envió con éxito. Estado actual: En revisión. Recibirás un correo cada vez que cambie el estado. Este es un mensaje automático, por favor no respondas.
si nos llego bien tu cv, lo revisamos esta semana y te avisamos cualquier cosa
Hemos recibido correctamente tu CV para {role}. Debido al elevado número de candidaturas, solo contactaremos con las personas preseleccionadas. Si en un plazo de 30 días no has recibido noticias nuestras, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
Su solicitud para el puesto de {role} ha sido recibida por el Servicio de Personal del hospital. Se comprobará la documentación aportada y se le asignará la puntuación correspondiente según el baremo vigente. Podrá consultar el estado de su solicitud en el área privada del profesional.
Gracias por su interés en formar parte de nuestro equipo. Su solicitud fue recibida y se encuentra en revisión. {company} es una empresa incluyente que no solicita certificados de no gravidez ni pruebas de VIH como requisito de contratación.
Recibimos tu postulación. Te contamos cómo sigue: primero revisamos los CV (unos 10 días hábiles), después hay una charla con RR.HH. y por último una entrevista con el equipo. Te vamos a escribir en cada etapa, pases o no.
""",
        "ack_hiring_manager": """
Tu candidatura para {role} ha superado el primer filtro y ahora la está revisando la persona responsable del equipo. En cuanto tengamos su valoración te escribimos; suele tardar alrededor de una semana.
SUBJECT: Actualización de tu candidatura || El estado de tu candidatura (ref. 55318) ha cambiado a: En revisión por el área solicitante.
Te cuento que le pasé tu CV a Martín, que es el líder del equipo. Esta semana está a full con un cierre, así que puede tardar unos días. Apenas tenga novedades te escribo.
Finalizado el plazo de subsanación, su solicitud ha sido admitida y remitida al tribunal calificador, que procederá a la valoración de méritos. La lista provisional de puntuaciones se publicará en la sede electrónica.
Su hoja de vida fue preseleccionada y remitida al jefe inmediato del área para su revisión. Le informaremos el resultado una vez recibamos su concepto.
Tu postulación avanzó a la etapa de revisión por parte de la jefatura. No necesitas hacer nada por ahora; te avisaremos por el portal.
""",
        "ack_test": """
Como siguiente paso del proceso para {role}, te pedimos que hagas una prueba online de razonamiento lógico y numérico de unos 40 minutos. El enlace estará activo hasta el domingo a las 23:59. Te recomendamos hacerla desde un ordenador y con buena conexión.
El próximo paso es un pequeño ejercicio práctico: te adjuntamos un set de datos de ventas con tres preguntas. No le dediques más de 3 horas. Mandanos tu resolución dentro de los próximos 7 días.
Para continuar en el proceso debes completar la evaluación psicolaboral en línea. Recibirás tus credenciales de acceso en un correo aparte. Plazo: 5 días hábiles.
Recordatorio: aún no has concluido la evaluación en línea para la vacante de {role}. El enlace vence en 48 horas. Si ya la completaste, ignora este mensaje.
Para seguir adelante con su candidatura, deberá realizar el cuestionario de conocimientos en la plataforma con su número de solicitante HS-6610. Dispone de dos intentos.
""",
        "ack_documents": """
Su solicitud presenta defectos subsanables. Dispone de un plazo de diez días hábiles, contados a partir del día siguiente a la publicación de la lista provisional, para aportar copia del título exigido y justificante del pago de la tasa de examen.
Nos falta tu carta de presentación, parece que el formulario no la guardó. ¿Nos la podrías enviar respondiendo a este correo? En cuanto la tengamos, pasamos tu candidatura al equipo.
Para continuar con su proceso le solicitamos nos envíe su comprobante de último grado de estudios y su cédula profesional. Favor de mandarlos a este correo antes del viernes.
Para completar su proceso de selección requerimos copia de su diploma y acta de grado, y las certificaciones laborales de sus últimos tres empleos.
¿Nos podrías mandar el título escaneado y el certificado analítico? Los necesitamos para seguir con tu postulación.
""",
        "ack_silence": """
Disculpa que hayamos tardado tanto en responderte. Se presentaron muchas más personas de las que esperábamos. Tu candidatura sigue en proceso y confiamos en darte una respuesta antes de final de mes.
Perdón por la demora, ¡estuvimos a mil estas semanas! Tu postulación sigue en carrera y la semana que viene te escribo con novedades.
En relación con su consulta sobre el estado de su candidatura, le confirmamos que el proceso sigue abierto. Se ha retrasado por las vacaciones de agosto y prevemos tomar una decisión a mediados de septiembre.
Lamentamos la demora en la resolución del proceso. Por causas administrativas la publicación de la lista de admitidos se ha retrasado; le informaremos de cualquier novedad a través de la sede electrónica.
Una disculpa por no haberle contactado antes. Su solicitud no se ha quedado olvidada: el comité continúa revisando perfiles y esperamos comunicarnos con usted en las próximas dos semanas.
""",
        "ack_delay_pause": """
Queremos informarte de que el proceso de selección para {role} está en pausa mientras se aprueba el presupuesto del próximo año. Tu candidatura sigue activa y la retomaremos en cuanto se reanude el proceso, previsiblemente en octubre.
El plazo de presentación de solicitudes para {role} se ha ampliado hasta el 15 de noviembre. Las candidaturas ya recibidas, incluida la tuya, siguen siendo válidas; no tienes que hacer nada.
Te informamos que el proceso para el cargo de {role} cambió de calendario: la revisión curricular se extenderá hasta el 20 de junio. Agradecemos tu paciencia.
Por reestructuración interna, el proceso de selección queda en pausa por algunas semanas. Su hoja de vida permanece en nuestra base de datos y le contactaremos cuando se reactive.
Se nos cruzó la mudanza de oficina y frenamos la búsqueda hasta fin de mes. No queríamos que pensaras que nos olvidamos de vos: tu postulación sigue en pie.
""",
        "ack_reopened": """
La plaza de {role} se ha vuelto a convocar al haber quedado desierta la primera convocatoria. Su solicitud anterior se tendrá en cuenta de oficio, aunque puede actualizar sus méritos hasta el 12 de marzo.
La vacante a la que te presentaste en primavera vuelve a estar abierta. ¿Sigues interesado/a? Si es así, respóndenos a este correo y reactivaremos tu candidatura.
La vacante de {role} se republicó con un perfil actualizado. Su solicitud sigue registrada; si desea ser considerado bajo los nuevos requisitos, confirme su interés antes del 8 de agosto.
Hemos abierto una segunda vacante de {role} en nuestra sede de Sevilla. Tu candidatura sigue activa y la tendremos en cuenta para ambas ubicaciones, salvo que nos digas lo contrario.
""",
        "rej_short": """
Lamentamos comunicarte que tu candidatura no ha sido seleccionada.
Tras revisar su perfil, hemos decidido continuar el proceso con otros candidatos.
SUBJECT: Tu postulación #55318 || Estado de tu postulación: No seleccionado.
Te escribimos para contarte que esta vez no vas a seguir avanzando en la búsqueda.
La vacante de {role} ya fue cubierta, por lo que no podremos continuar con su postulación.
Te informamos que no has quedado seleccionado/a para continuar en el proceso.
Lamentamos informarle que su hoja de vida no fue seleccionada para el cargo.
Después de valorar tu candidatura, hemos optado por un perfil que se ajusta más a lo que buscamos.
""",
        "rej_template_long": """
Queremos agradecerte el tiempo que has dedicado a este proceso. Tras analizar detenidamente todas las candidaturas recibidas para el puesto de {role}, lamentamos comunicarte que hemos seleccionado otros perfiles que se ajustan más a los requisitos. De acuerdo con el RGPD, conservaremos tus datos durante un año, salvo que nos pidas antes su supresión.
Publicada la resolución definitiva del proceso selectivo de la convocatoria 14/2024, le comunicamos que no ha resultado seleccionado/a para la plaza de {role}. Contra la presente resolución, que agota la vía administrativa, podrá interponerse recurso potestativo de reposición en el plazo de un mes.
La comisión de selección ha concluido la valoración de méritos para la plaza 2024/PI-071. Lamentamos informarle de que su candidatura no ha obtenido la puntuación necesaria para ser propuesta. Puede consultar el acta con las puntuaciones en la sede electrónica.
Gracias por tu interés en trabajar con nosotros. Tras revisar todas las solicitudes para nuestra tienda de Valencia-Campanar, en esta ocasión no vamos a continuar con tu candidatura. Te animamos a seguir consultando nuestras ofertas: contratamos con frecuencia y tu perfil seguirá activo.
Este mensaje lo envía el Centro de Servicios Compartidos de Recursos Humanos en nombre de {company} (caso CSC-24-11927). El área solicitante nos ha informado que su postulación no continuará en el proceso. Por favor no responda este correo; cualquier consulta puede realizarla a través del portal.
Agradecemos sinceramente su participación en el proceso de selección para la vacante de {role}. Después de una cuidadosa evaluación, le informamos que en esta ocasión no fue seleccionado. Sus datos personales serán tratados conforme a nuestro Aviso de Privacidad y conservados por un periodo de 12 meses.
Agradecemos su interés en formar parte de {company}. Una vez finalizado el análisis de las hojas de vida, le informamos que su perfil no continuará en el proceso para el cargo de {role}. Sus datos serán tratados conforme a la Ley 1581 de 2012 y a nuestra política de tratamiento de datos personales.
""",
        "rej_feedback": """
No vamos a seguir adelante con tu candidatura. Como nos pediste feedback: tu experiencia es muy sólida, pero buscábamos a alguien con experiencia directa en compras públicas y licitaciones, y otros finalistas lo podían demostrar con más claridad.
Tu resultado en la prueba online (52/100) no alcanza el mínimo requerido (65/100) para continuar, por lo que no podemos seguir adelante con tu candidatura.
¡Gracias por el ejercicio! Decidimos no avanzar. Para ser sinceros: el análisis estaba prolijo, pero las conclusiones quedaron muy generales y no trataste los duplicados del dataset.
Su candidatura no ha sido seleccionada. El puesto exige un mínimo de dos años de experiencia en unidades de cuidados intensivos, que no consta en la documentación aportada.
No continuaremos con su postulación. Si desea una retroalimentación más detallada, la licenciada Paredes, de Reclutamiento, con gusto puede atenderle por teléfono.
""",
        "rej_talent_pool": """
Aunque no vamos a seguir con tu candidatura para este puesto, tu perfil nos ha gustado mucho. Si nos das tu consentimiento, guardaremos tu CV en nuestra base de talento durante 24 meses para futuras vacantes.
Esta vez no se dio, pero nos encantó tu perfil. Si te parece, guardamos tu CV y te escribimos apenas se abra una búsqueda de datos.
No ha sido seleccionado/a para {role}. Su perfil seguirá visible para nuestros reclutadores en la {company} Talent Network y podrá gestionar sus preferencias en cualquier momento.
No ha obtenido plaza en el presente proceso. No obstante, al haber superado la fase de oposición, pasará a formar parte de la bolsa de empleo temporal derivada de esta convocatoria.
Por ahora no podemos ofrecerte un puesto, pero te hemos apuntado para la campaña de rebajas de enero. Te llamaremos a mediados de diciembre si sigues disponible.
Lamentablemente no fuiste seleccionado/a para este cargo. Sin embargo, tu perfil quedará en nuestra base de datos para futuras oportunidades acordes a tu experiencia.
""",
        "rej_after_stage": """
Gracias por completar la prueba online. Tras revisar tus resultados junto con tu CV, lamentamos informarte de que no pasarás a la fase de entrevistas.
La responsable del área ha revisado tu candidatura y ha decidido no continuar con ella.
Como te adelantamos, el proceso sufrió un retraso. Ya ha finalizado la selección y, lamentablemente, tu candidatura no ha sido elegida.
Te escribimos para cerrar el proceso de {role}, que teníamos en pausa desde marzo: finalmente la dirección ha decidido repartir esas funciones dentro del equipo actual y no habrá contratación. Gracias por tu paciencia durante todos estos meses.
Gracias por enviarnos los documentos solicitados. Tras revisar su expediente completo, le informamos que no continuará en el proceso.
Tras la republicación de la vacante, el comité revisó nuevamente todas las solicitudes. Lamentamos informarle que su candidatura no fue seleccionada en esta segunda ronda.
""",
        "oth_alert": """
SUBJECT: Nuevas ofertas para tu alerta || Hay 8 nuevas ofertas que coinciden con tu alerta «administración - Madrid»: {role} en {company}, Técnico/a de nóminas en Grupo Alcorta, Administrativo/a en Ferretería Oliván. Ver ofertas.
Búsquedas que te pueden interesar: {role}, Encargado/a de sucursal, Repositor/a turno noche. Postulate con un clic usando tu perfil.
Tu boletín semanal de vacantes: 12 nuevas oportunidades en Monterrey coinciden con tu perfil.
""",
        "oth_newsletter": """
Newsletter de empleo de mayo: conoce nuestro nuevo programa de prácticas, descubre cómo es un día en nuestro centro logístico de Getafe y lee consejos para preparar tu CV.
Estaremos en la Feria de Empleo Universitaria del 12 de octubre, stand 34. Pasa a saludarnos, conoce a los equipos y resuelve tus dudas sobre nuestras prácticas.
""",
        "oth_account": """
Hemos activado la verificación en dos pasos en tu cuenta de candidato. A partir de ahora te pediremos un código cada vez que inicies sesión desde un dispositivo nuevo.
Tu cuenta de candidato lleva 24 meses sin actividad. Según nuestra política de privacidad, se eliminará el 15 de enero. Para conservarla, inicia sesión antes de esa fecha.
""",
        "oth_survey": """
¿Cómo fue tu experiencia como candidato? Responde nuestra encuesta de 3 minutos; es anónima y no afecta a ninguna de tus postulaciones.
Ayúdenos a mejorar: califique de 1 a 5 la atención que recibió en su consulta sobre el acceso al portal de empleo.
""",
    },
    "pt": {
        "ack_received": """
Recebemos sua candidatura para a vaga de {role}. Nosso time de Recrutamento vai analisar seu perfil com atenção e, se ele estiver alinhado aos requisitos, entraremos em contato para as próximas etapas. Acompanhe o status pelo portal de carreiras.
Confirmamos a receção da sua candidatura à função de {role}, registada com a referência REC/2024/0417. Terminado o prazo de candidatura, procederemos à análise curricular; os candidatos selecionados para a fase seguinte serão contactados por e-mail.
Acusamos a receção da sua candidatura ao procedimento concursal comum para preenchimento de um posto de trabalho na carreira de técnico superior (Aviso n.º 8123/2024). A lista de candidatos admitidos e excluídos será publicitada na página eletrónica do município.
Os dados pessoais que nos facultou serão tratados exclusivamente para efeitos de recrutamento, nos termos do RGPD, e conservados por um período máximo de 12 meses. Poderá exercer os seus direitos de acesso, retificação e apagamento junto do nosso Encarregado de Proteção de Dados. A sua candidatura a {role} foi registada com sucesso.
Sua candidatura foi registrada com sucesso. Em conformidade com a LGPD (Lei nº 13.709/2018), seus dados serão usados apenas neste processo seletivo, e você pode pedir a exclusão deles a qualquer momento pelo portal. Se quiser desistir da vaga, basta clicar em "Retirar candidatura".
Seu currículo chegou direitinho por aqui 😊 A gente vai olhar com carinho e te dá um retorno em até 15 dias, combinado?
Sua inscrição no processo seletivo para {role} foi realizada com sucesso. Número de inscrição: 2024-HSV-00813. O resultado da análise curricular será divulgado no site da instituição na data prevista no edital.
Sua candidatura para trabalhar na nossa loja do Shopping Vale Norte foi enviada. A gerência da loja vai avaliar e, se o seu perfil combinar, a gente te liga ou manda mensagem no WhatsApp.
Recebi o seu CV, obrigado. Esta semana ando com a cabeça nas obras, mas na segunda-feira vejo tudo com calma e dou-lhe uma resposta.
Informamos que a sua candidatura ao lugar de {role} (Ref.ª UNI-BI-2024-33) foi submetida com sucesso. O júri procederá à avaliação após o fecho do concurso, sendo os resultados notificados por correio eletrónico.
Sua candidatura está sendo tratada pelo Centro de Serviços Compartilhados de RH em nome da {company}. Protocolo: CSC-24-20419. Informe este número sempre que entrar em contato conosco.
SUBJECT: Confirmação de candidatura nº 66271 || Sua candidatura nº 66271 para {role} foi enviada em 12/03 às 10h47. Status atual: Em análise. Você receberá um e-mail sempre que houver atualização. Este é um e-mail automático, por favor não responda.
recebemos seu curriculo sim, vamos dar uma olhada e te falamos ate sexta
A sua candidatura foi recebida com sucesso. Devido ao elevado número de candidaturas, apenas serão contactados os candidatos pré-selecionados; caso não receba notícias nossas nas próximas quatro semanas, deverá considerar que a sua candidatura não foi selecionada.
Obrigado por se inscrever para {role}. Nosso processo tem quatro etapas: inscrição, testes online, dinâmica em grupo e entrevista final. Você está na etapa 1 e vamos te avisar por e-mail quando a próxima abrir.
Sua candidatura foi recebida. Na {company} valorizamos a diversidade: todas as candidaturas são avaliadas sem distinção de gênero, raça, orientação sexual, idade ou deficiência, e as vagas afirmativas são sinalizadas no anúncio.
Registámos a sua candidatura para {role}. Por se tratar de uma entidade do Serviço Nacional de Saúde, o processo segue as regras de recrutamento aplicáveis e poderá demorar algumas semanas. Será notificado(a) de cada fase.
""",
        "ack_hiring_manager": """
Sua candidatura para {role} passou pela triagem inicial e agora está com o gestor da área. Assim que tivermos o retorno dele, falamos com você, geralmente em até 7 dias úteis.
SUBJECT: Atualização da sua candidatura || O status da sua candidatura nº 66271 mudou para: Em avaliação pelo gestor.
Passei seu currículo pra Camila, que é a líder do time. Ela tá viajando essa semana, então pode demorar uns dias. Te aviso assim que ela me der um retorno!
Concluída a fase de admissão, a sua candidatura foi admitida e remetida ao júri do procedimento, que procederá à avaliação curricular. Será notificado(a) dos resultados nos termos legais.
A sua candidatura foi encaminhada para a chefia da equipa, que a irá analisar nos próximos dias. Voltaremos ao seu contacto logo que haja uma decisão.
Sua candidatura já está com a gerência da loja. Se tudo estiver certo, eles entram em contato diretamente. Não precisa fazer mais nada por enquanto.
""",
        "ack_test": """
A próxima etapa do processo para {role} é um teste online de raciocínio lógico e português, com cerca de 40 minutos. O link fica disponível até domingo às 23h59. Recomendamos fazer pelo computador e com uma boa conexão.
Como próximo passo, pedimos-lhe que realize um pequeno exercício prático: em anexo segue um ficheiro com dados de encomendas e três perguntas. Não precisa de dedicar mais de três horas. Envie-nos a sua resolução no prazo de uma semana.
Para seguir no processo, você precisa concluir o teste de perfil comportamental na plataforma. O acesso chega em um e-mail separado. Prazo: 5 dias úteis.
Lembrete: ainda não concluiu a avaliação online associada à sua candidatura a {role}. O link expira dentro de 48 horas. Se já a concluiu, ignore esta mensagem.
Para continuar com sua candidatura para {role}, faça a prova de cálculo de medicação na plataforma usando seu número de inscrição 2024-HSV-00813. Duração: 30 minutos.
""",
        "ack_documents": """
A sua candidatura encontra-se incompleta. Solicitamos que nos envie, até 28 de fevereiro, cópia do certificado de habilitações e o curriculum vitae datado e assinado, sob pena de exclusão do procedimento.
Sentimos falta da sua carta de apresentação, parece que o formulário não salvou o anexo. Pode mandar respondendo este e-mail? Aí já encaminhamos sua candidatura.
Para dar continuidade ao processo, precisamos que você envie cópia do diploma, histórico escolar e, se for o caso, registro no COREN.
Para darmos seguimento à análise da sua candidatura, agradecemos o envio de cópia da cédula profissional e do certificado de habilitações.
Poderia nos enviar seu comprovante de escolaridade e a revalidação do diploma estrangeiro? São necessários para a análise da sua candidatura.
""",
        "ack_silence": """
Desculpe a demora em dar notícias! Recebemos muito mais candidaturas do que esperávamos. Sua candidatura continua em análise e a previsão é termos um retorno até o fim do mês.
Foi mal pelo sumiço, as últimas semanas foram corridas por aqui! Você continua no processo e semana que vem te mando novidades.
Na sequência do seu pedido de informação, confirmamos que a sua candidatura continua em análise. O processo atrasou devido ao período de férias e prevemos uma decisão até meados de setembro.
Pedimos desculpa pela demora na tramitação do procedimento. Por motivos administrativos, a publicação da lista de admitidos foi adiada; será notificado(a) logo que haja novidades.
Pedimos desculpas pelo longo silêncio. Sua candidatura não foi esquecida: o comitê ainda está avaliando os perfis e esperamos falar com você nas próximas duas semanas.
""",
        "ack_delay_pause": """
O processo seletivo para {role} foi temporariamente suspenso enquanto aguardamos a aprovação do orçamento do próximo ano. Sua candidatura segue ativa e será considerada quando o processo for retomado, provavelmente em outubro.
O prazo de candidatura para {role} foi prorrogado até 15 de novembro. As candidaturas já recebidas, incluindo a sua, mantêm-se válidas; não precisa de fazer nada.
O cronograma do edital foi alterado: a divulgação do resultado da análise curricular passou de 4 para 18 de junho. Confira o novo cronograma no site.
Devido a uma reorganização interna, o processo de recrutamento ficará em pausa durante algumas semanas. A sua candidatura mantém-se registada e voltaremos a contactá-lo(a) quando o processo for retomado.
O sócio que cuida das contratações entrou de licença-paternidade, então o processo vai ficar parado umas três semanas. Sua candidatura continua de pé, pode ficar tranquilo(a) que a gente não esqueceu de você.
""",
        "ack_reopened": """
O procedimento para {role} foi reaberto, uma vez que o primeiro concurso ficou deserto. A sua candidatura anterior será considerada automaticamente, podendo atualizá-la até 12 de março.
A vaga para a qual você se candidatou no começo do ano foi reaberta. Você ainda tem interesse? Se sim, é só responder este e-mail que reativamos sua candidatura.
A vaga de {role} foi republicada com uma descrição atualizada. Sua candidatura continua registrada; caso queira ser considerado com base nos novos requisitos, confirme seu interesse até 8 de agosto.
Abrimos mais duas posições de {role} e reabrimos as candidaturas. A sua continua ativa e será avaliada para as três vagas, sem necessidade de se candidatar novamente.
""",
        "rej_short": """
Infelizmente, seu perfil não foi selecionado para seguir no processo.
Após análise da sua candidatura, decidimos avançar com outros candidatos.
SUBJECT: Candidatura nº 66271 || Status da sua candidatura: Não selecionado.
Dessa vez não rolou, seguimos com outra pessoa pra vaga.
A vaga de {role} já foi preenchida, pelo que não poderemos dar seguimento à sua candidatura.
Lamentamos informar que a sua candidatura não foi selecionada.
Agradecemos sua participação, mas optamos por um candidato com perfil mais aderente à vaga.
Informamos que não foi selecionado(a) para a fase seguinte do processo.
""",
        "rej_template_long": """
Agradecemos o tempo que você dedicou ao nosso processo seletivo. Após uma análise cuidadosa de todas as candidaturas para {role}, optamos por seguir com perfis mais alinhados aos requisitos da vaga neste momento. Conforme a LGPD, seus dados ficarão armazenados por 12 meses, salvo se você solicitar a exclusão antes.
Terminada a aplicação dos métodos de seleção, informamos que, de acordo com a lista unitária de ordenação final homologada, não foi selecionado(a) para o posto de trabalho. Da homologação da lista cabe recurso nos termos do Código do Procedimento Administrativo.
O júri concluiu a avaliação das candidaturas ao concurso Ref.ª UNI-BI-2024-33. Lamentamos informar que a sua candidatura não ficou classificada em posição elegível para contratação. A ata com a classificação final pode ser consultada no portal.
Obrigado pelo seu interesse em trabalhar com a gente! Depois de avaliar todas as candidaturas para a loja do Shopping Vale Norte, não vamos seguir com a sua neste momento. Continue de olho nas nossas vagas: contratamos com frequência e seu cadastro continua ativo.
Esta mensagem é enviada pelo Centro de Serviços Compartilhados de RH em nome da {company} (protocolo CSC-24-20419). A área requisitante informou que sua candidatura não seguirá no processo. Por favor, não responda este e-mail; dúvidas podem ser enviadas pelo formulário do portal.
Agradecemos o interesse demonstrado em integrar a nossa equipa. Após uma análise cuidadosa, lamentamos informar que a sua candidatura a {role} não foi selecionada. Os seus dados serão conservados durante 12 meses, nos termos da nossa política de privacidade, sendo depois eliminados.
Divulgado o resultado da análise curricular do processo seletivo para {role}, informamos que sua inscrição nº 2024-HSV-00813 não atingiu a pontuação mínima para a próxima fase. O resultado completo está disponível no site.
""",
        "rej_feedback": """
Não vamos seguir com sua candidatura. Como você pediu um feedback: sua experiência é muito boa, mas buscávamos alguém com vivência em folha de pagamento de empresas grandes, acima de mil funcionários, e os finalistas tinham isso bem mais forte.
O seu resultado na prova online (49/100) ficou abaixo do mínimo exigido (60/100) para prosseguir, pelo que não poderemos dar seguimento à sua candidatura.
Valeu pelo case! Decidimos não avançar. Pra ser sincero: o dashboard ficou bonito, mas você não respondeu à pergunta sobre churn, que era o centro do desafio.
A sua candidatura não foi selecionada. A função exige experiência mínima de dois anos em cuidados intensivos, que não consta da documentação apresentada.
Não daremos continuidade à sua candidatura. Se quiser um feedback mais detalhado, a Renata, do time de Recrutamento, pode conversar com você por telefone.
""",
        "rej_talent_pool": """
Embora não possamos seguir com sua candidatura para esta vaga, gostamos muito do seu perfil. Com sua autorização, vamos manter seu currículo no nosso banco de talentos por 24 meses.
Não foi dessa vez, mas curtimos muito seu perfil! Se topar, guardamos seu currículo e te chamamos assim que abrir uma vaga de dados.
Não foi selecionado(a) para {role}. No entanto, o seu perfil permanecerá visível para os nossos recrutadores na {company} Talent Community, podendo gerir as suas preferências a qualquer momento.
Não obteve colocação no presente procedimento. Contudo, tendo sido aprovado(a) nos métodos de seleção, integrará a reserva de recrutamento, válida por 18 meses.
No momento não temos uma vaga efetiva para você, mas deixamos seu nome na lista de temporários para a Black Friday. Se ainda tiver disponibilidade em novembro, a gente te chama.
Lamentamos, mas não foi possível avançar com a sua candidatura. Com o seu consentimento, manteremos o seu CV na nossa base de dados para futuras oportunidades.
""",
        "rej_after_stage": """
Obrigado por concluir o teste online. Após analisar seus resultados junto com seu currículo, infelizmente não vamos seguir com você para a etapa de entrevistas.
A chefia analisou a sua candidatura e decidiu não a selecionar para a fase seguinte.
Como avisamos, o processo atrasou um pouco. A seleção foi concluída e, infelizmente, sua candidatura não foi escolhida.
Retomamos o contacto sobre o processo para {role}, suspenso desde o verão: a administração decidiu não avançar com a contratação este ano, pelo que o processo foi encerrado sem seleção de candidatos. Agradecemos a paciência ao longo destes meses.
Obrigado por enviar os documentos solicitados. Após análise completa, informamos que você não seguirá no processo.
Após a reabertura do procedimento, o júri reavaliou todas as candidaturas. Lamentamos informar que a sua não foi selecionada nesta nova fase.
""",
        "oth_alert": """
SUBJECT: Novas vagas para o seu alerta || Encontramos 8 novas vagas para o seu alerta "administrativo - São Paulo": {role} na {company}, Analista de Departamento Pessoal na Tecnoserra, Assistente Fiscal no Grupo Andrade. Ver vagas.
Vagas que combinam com você: {role}, Líder de Loja, Operador(a) de Caixa noturno. Candidate-se com um clique usando seu perfil.
O seu resumo semanal de ofertas: 11 novas ofertas em Lisboa correspondem aos seus critérios.
""",
        "oth_newsletter": """
Newsletter de Carreiras de maio: conheça nosso novo programa de estágio, veja como é um dia no nosso centro de distribuição em Cajamar e confira dicas para montar seu currículo.
Venha conhecer-nos no nosso dia aberto, a 12 de outubro, na sede do Porto. Visita às instalações e conversa com as equipas; inscrição gratuita, lugares limitados.
""",
        "oth_account": """
Atualizamos os Termos de Uso e a Política de Privacidade do nosso portal de vagas. As mudanças valem a partir de 1º de julho e nenhuma ação é necessária da sua parte.
A sua conta de candidato está inativa há 24 meses. De acordo com a nossa política de privacidade, será eliminada a 15 de janeiro. Para a manter, basta iniciar sessão antes dessa data.
""",
        "oth_survey": """
Como foi sua experiência como candidato? Responda nossa pesquisa de 3 minutos. Ela é anônima e não interfere em nenhuma candidatura.
Conta pra gente em 1 minuto: de 0 a 10, quanto você recomendaria nosso site de carreiras a um amigo?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Applicant,",
            "Dear Alex Rivera,",
            "Hi there,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thank you for applying for the role of {role}.",
            "Thanks for your interest in working with us.",
            "We appreciate the time you took to apply.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your search.",
            "We wish you all the best for the future.",
            "Good luck, and thanks again.",
        ],
        "marketing": [
            "At {company} we serve more than 400,000 residents every day, from libraries and parks to adult social care. Working here means flexible working, a generous pension and the chance to make a real difference where you live.",
            "{company} has grown from a single shop in 1987 to more than 140 stores across the country. Our colleagues enjoy 20% staff discount, paid breaks and clear routes to management.",
            "We're a small, friendly team that helps retailers understand their customers through data. We work hybrid, we ship often, and we care about doing things properly.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best regards,\n{sender}\nTalent Acquisition",
            "Many thanks,\n{sender}\nRecruitment Team, {company}",
            "Best,\n{sender}",
            "Yours sincerely,\n{sender}\nHR Shared Services Centre",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. {company} is committed to equality, diversity and inclusion.",
            "You are receiving this email because you applied for a job with {company}. Read our candidate privacy notice on our careers site.",
            "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
            "Please do not reply to this automated message. Manage your email preferences or unsubscribe from job alerts in your account settings.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Application update - {role}",
            "RE: {role} vacancy",
            "Thank you for applying to {company}",
        ],
        "subject_inv": ["Next steps for {role}", "Interview: {role} at {company}"],
        "subject_off": ["Your offer from {company}", "Offer of employment - {role}"],
        "subject_oth": [
            "News from {company} Careers",
            "Your {company} candidate account",
            "Jobs picked for you",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte Damen und Herren,",
            "Sehr geehrte/r Bewerber/in,",
            "Sehr geehrte/r Alex Rivera,",
            "Guten Tag Alex Rivera,",
            "Grüezi Alex Rivera,",
            "Hallo {first},",
            "Hi {first},",
            "Liebe/r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke für dein Interesse an {company}!",
            "Schön, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Für deine weitere Jobsuche wünschen wir dir viel Erfolg!",
            "Alles Gute für dich und viel Glück bei der Suche!",
        ],
        "marketing": [
            "Die {company} versorgt mit rund 2.300 Mitarbeitenden jährlich über 60.000 Patientinnen und Patienten. Wir bieten Ihnen eine Vergütung nach Tarif, betriebliche Altersvorsorge, ein Jobticket und umfangreiche Fort- und Weiterbildungsmöglichkeiten.",
            "Bei {company} bewegen über 900 Kolleg:innen jeden Tag Waren für ganz Norddeutschland. Uns verbinden kurze Wege, flache Hierarchien und ein Team, das zusammenhält.",
            "Seit über 40 Jahren steht {company} für Qualität und Verlässlichkeit. Als familiengeführtes Unternehmen legen wir Wert auf ein respektvolles Miteinander.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung",
            "Mit freundlichen Grüssen\n{sender}\nHR Recruiting",
            "Viele Grüße\n{sender}",
            "Liebe Grüße\n{sender}",
            "Beste Grüße\ndein Recruiting-Team\n{sender}",
        ],
        "footer": [
            "{company} | Sitz der Gesellschaft: Bremen | Registergericht: Amtsgericht Bremen HRB 38177 | Geschäftsführung: Dr. Karin Sellmer, Tobias Ahrens",
            "Diese E-Mail wurde automatisch erstellt. Informationen zum Datenschutz im Bewerbungsverfahren finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} - Zwischenstand",
            "AW: Bewerbung als {role}",
        ],
        "subject_inv": ["Einladung zum Vorstellungsgespräch", "Nächste Schritte: {role}"],
        "subject_off": ["Ihr Vertragsangebot", "Zusage: {role}"],
        "subject_oth": ["Neuigkeiten von {company} Karriere", "Ihr Bewerberkonto", "Jobs für dich"],
    },
    "fr": {
        "greet": [
            "Madame, Monsieur,",
            "Bonjour {first},",
            "Bonjour,",
            "Chère candidate, cher candidat,",
            "Bonjour Alex Rivera,",
            "Salut {first} !",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci de l'intérêt que tu portes à {company} !",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous vous adressons nos meilleurs vœux de réussite pour la suite de votre parcours.",
            "Bonne continuation dans tes recherches !",
        ],
        "marketing": [
            "Avec plus de 3 000 professionnels, notre établissement accueille chaque année près de 90 000 patients. Rejoindre nos équipes, c'est bénéficier de la formation continue, de crèches partenaires et d'un accompagnement à la prise de poste.",
            "{company} accompagne depuis 1998 les PME dans leur transformation. Nos 120 consultants interviennent à Paris, Lyon, Bruxelles et Genève.",
            "Chez {company}, nous croyons que le commerce de proximité a de l'avenir. Nos 85 magasins emploient plus de 2 000 collaborateurs passionnés.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Meilleures salutations,\n{sender}",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Ce message est généré automatiquement, merci de ne pas y répondre. Pour en savoir plus sur la gestion de vos données personnelles, consultez notre politique de confidentialité.",
            "{company} - SAS au capital de 250 000 euros - RCS Lyon 512 004 331 - Siège social : 14 rue de la Charité, 69002 Lyon",
            "Ce courriel et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Candidature {role} - suivi",
            "RE: Candidature {role}",
        ],
        "subject_inv": ["Invitation à un entretien", "Suite de votre candidature : entretien"],
        "subject_off": ["Proposition d'embauche", "Votre offre chez {company}"],
        "subject_oth": [
            "Les actualités carrières de {company}",
            "Votre espace candidat",
            "Des offres pour vous",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first}!",
            "Estimado candidato:",
            "Buen día, {first}:",
            "Apreciado(a) Alex Rivera:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Agradecemos su interés en formar parte de {company}.",
            "Muchas gracias por postularte a {role}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus proyectos profesionales.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} trabajamos más de 4.500 personas en 12 países de Latinoamérica. Ofrecemos esquema híbrido, prestaciones superiores a las de ley y un plan de carrera claro.",
            "{company} es una empresa familiar con más de 60 años de historia y 38 tiendas en la Comunidad Valenciana y Aragón. Creemos en las personas y en el trato cercano.",
            "Somos una startup que ayuda a pymes a ordenar sus finanzas. Equipo chico, mucho impacto y cultura de feedback.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Selección",
            "Un saludo,\n{sender}",
            "Cordialmente,\n{sender}\nGestión Humana",
            "¡Abrazo!\n{sender}",
        ],
        "footer": [
            "Este mensaje ha sido generado automáticamente; por favor, no responda a esta dirección. Puede consultar nuestra política de privacidad en el portal de empleo.",
            "{company} - CIF B-46218830 - Inscrita en el Registro Mercantil de Valencia, Tomo 8812, Folio 44.",
            "La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Si lo recibió por error, notifíquelo al remitente y elimínelo.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Su postulación en {company}",
            "Proceso de selección: {role}",
            "RE: Vacante {role}",
        ],
        "subject_inv": ["Invitación a entrevista", "Siguiente etapa: entrevista para {role}"],
        "subject_off": ["Oferta laboral - {role}", "Tu propuesta de {company}"],
        "subject_oth": [
            "Novedades de Empleo en {company}",
            "Tu cuenta de candidato",
            "Ofertas para ti",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Oi {first},",
            "Caro(a) candidato(a),",
            "Exmo.(a) Senhor(a),",
            "Bom dia, {first}.",
            "Prezado(a) Alex Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o seu interesse em integrar a {company}.",
            "Valeu por se candidatar para {role}!",
        ],
        "wish": [
            "Desejamos sucesso na sua trajetória profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Boa sorte na sua busca!",
        ],
        "marketing": [
            "A {company} é referência em saúde há mais de 70 anos, com 1.800 profissionais e 420 leitos. Aqui você encontra plano de carreira, educação continuada e um ambiente acolhedor.",
            "Com mais de 25 anos de história, a {company} desenvolve soluções de software para o agronegócio em todo o Brasil. Trabalho remoto, day off no aniversário e muito café.",
            "Somos uma empresa portuguesa com 30 lojas de norte a sul do país e uma equipa de mais de 600 pessoas.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Abraços,\n{sender}",
            "Cumprimentos,\n{sender}",
            "Um abraço,\nTime de Gente & Gestão\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda. Saiba como tratamos seus dados na nossa Política de Privacidade.",
            "{company} - NIPC 509 228 104 - Capital social 500.000 euros - Conservatória do Registo Comercial do Porto.",
            "Esta mensagem é confidencial e destinada exclusivamente ao destinatário. Se a recebeu por engano, informe o remetente e apague-a.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Processo seletivo - {role}",
            "RE: Candidatura {role}",
        ],
        "subject_inv": ["Convite para entrevista", "Próxima etapa: entrevista"],
        "subject_off": ["Proposta de trabalho - {role}", "A sua proposta da {company}"],
        "subject_oth": [
            "Novidades de Carreiras {company}",
            "Sua conta de candidato",
            "Vagas para você",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check in on my application for the {role} position, submitted a few weeks ago. Is there any update on the timeline?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I've passed your message on to the team looking after this vacancy and we'll let you know as soon as we have more information.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon einen groben Zeitplan?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage. Ich habe sie an die zuständigen Kolleginnen weitergeleitet und melde mich, sobald ich Näheres weiß.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous une idée du calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je l'ai transmis à l'équipe en charge du recrutement et nous reviendrons vers vous dès que possible.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar cómo va mi candidatura para el puesto de {role}. ¿Hay alguna fecha prevista?\nUn saludo,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribirnos. He trasladado tu consulta al equipo que lleva el proceso y te diremos algo en cuanto tengamos más información.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para {role}. Existe alguma previsão?\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contacto. Encaminhei a sua mensagem à equipa responsável pelo processo e daremos notícias assim que possível.\n{sender}\n",
}
