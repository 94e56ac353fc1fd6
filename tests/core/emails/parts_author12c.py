# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training mail passages by an independent author (round 12, author12c).

Covers recruiting mail from large organisations and their systems, in English, German (Sie and
du), French, Spanish (Spain and Latin America) and Portuguese (Brazil and Portugal):
applicant-tracking / HR-system mail (status changes in a candidate portal, requisitions closed,
cancelled, frozen or filled, "thank you for your interest" templates, job-board status pings),
public employers (civil service announcements, municipalities, universities, hospitals: eligible
and referral lists, shortlisting panels, concours / oposiciones / concurso público /
Auswahlverfahren results, appointments), graduate, trainee and apprenticeship schemes (online
tests, one-way video interviews, assessment centres, with a pass or fail at each stage), staffing
agencies reporting a client's decision, and multinational HR writing in the local language with
English job titles.

Families (same keys in every language):
  rej_ats_status, rej_req_closed, rej_public_sector, rej_test_stage, rej_video_stage,
  rej_assessment_centre, rej_final_round, rej_requirement, rej_agency, rej_screening,
  ack_ats_receipt, ack_status_review, ack_public_receipt,
  inv_online_test, inv_video_interview, inv_assessment_day, inv_interview,
  off_offer, off_conditional,
  oth_account, oth_data_retention, oth_job_alert, oth_withdrawal_confirmed, oth_survey.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordhafen Logistik AG",
    "Groupe Valmère",
    "Banco Meridiano",
    "Helixa Pharma",
    "Caldera Energia",
    "Tellurian Retail Group",
    "Veridian Mobility",
    "Orvanta Insurance",
    "Stadtwerke Lindenau",
    "Altamar Telecom",
    "Kestrel Systems",
)

ROLES: tuple[str, ...] = (
    "Graduate Analyst",
    "Supply Chain Trainee",
    "HR Business Partner",
    "Data Engineer",
    "Junior Financial Controller",
    "Customer Success Manager",
    "Project Coordinator",
    "Procurement Specialist",
    "IT Service Desk Analyst",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "noreply@{domain}"),
    ("Recruiting Team", "careers@{domain}"),
    ("Early Careers", "earlycareers@{domain}"),
    ("Workforce Notifications", "no-reply@notify.talentsuite.example"),
    ("Hanna Vogt", "hanna.vogt@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Camille Berthier", "recrutement@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Mariana Coutinho", "mariana.coutinho@{domain}"),
    ("Tom Whitfield | Brightlane Staffing", "tom.whitfield@brightlane-staffing.example"),
    ("Jobs Portal", "alerts@jobs-portal.example"),
    ("Recrutamento e Seleção", "naoresponda@vagas.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_ats_status": """
Your application status for {role} (Req. ID R-20481) has been updated in the candidate portal. After careful review, the hiring team has decided not to move forward with your candidacy for this position. You can still view your submitted documents and apply to other openings from your candidate home page.
SUBJECT: Update on your application || This is an automated update regarding requisition 7734 – {role}. Your status has changed to: Not Selected. Because of the high volume of applications, we are unable to provide individual feedback.
We have reviewed your profile against the requirements for {role} and, unfortunately, we will not be progressing your application further. This decision is final for this requisition, but your candidate profile remains active and you are welcome to apply for other roles at {company}.
Following a review by the recruiting team, your application for {role} has been moved to 'No longer under consideration'. Please note that this mailbox is not monitored, so replies to this message will not be read.
Thank you for taking the time to apply. We have now completed our review of candidates for {role} and regret to let you know that you have not been selected to continue in the process. Your application will be marked as closed in our system within the next 24 hours.
""",
        "rej_req_closed": """
We are writing to let you know that the {role} requisition you applied to has been cancelled due to a change in business priorities. As a result, all applications for this position have been closed and will not be progressed. We encourage you to keep an eye on our careers site for future openings.
SUBJECT: Position filled – {role} || The position of {role} has now been filled. Your application is therefore no longer active. Thank you for the time you invested in applying.
Due to an internal reorganisation, hiring for {role} has been put on hold indefinitely and the posting has been withdrawn. We are sorry that we cannot continue with your application for this role.
Please be advised that job posting 2024-0917 ({role}) was closed after an internal candidate was appointed. Your application has been set to 'Position Filled' in our recruiting system.
We have had to freeze recruitment for a number of positions, including {role}, as part of a company-wide hiring review. Unfortunately this means we are closing your application now rather than leaving you waiting indefinitely.
""",
        "rej_public_sector": """
SUBJECT: Notice of Results – Announcement No. HR-24-118 || We have completed the review of your application for the above vacancy announcement. Although you met the minimum qualifications, your score did not place you among the best-qualified candidates, and your name was not referred to the selecting official.
The shortlisting panel met on 14 March to assess all applications against the essential criteria in the person specification. I am sorry to inform you that you have not been shortlisted for interview on this occasion.
Your application for the post of {role} with the City of Ashmoor has been assessed. Based on the information provided, you did not meet the minimum requirements set out in the job bulletin, specifically two years of full-time experience in a comparable role. Your application will not be considered further. You may appeal this decision in writing within 14 days.
The examination results for the open competitive recruitment have been published. Your final score of 68.5 was below the cut-off score of 74, and your name will therefore not be placed on the eligible list for this classification.
Following the interviews held last week, the panel has completed its assessment and I regret to inform you that you were not successful in securing the post. The decision has been ratified by the Trust's recruitment committee. If you would like feedback, please contact the recruiting manager within 28 days.
The University has now concluded the selection process for this position (reference AC-2291). We regret to advise that your application was unsuccessful. Given the very large number of applications received, the committee is unable to provide individual feedback.
""",
        "rej_test_stage": """
Thank you for completing the online assessments for the {company} Graduate Programme. We have reviewed your results and, unfortunately, your scores did not meet the threshold required to progress to the next stage. Under our programme rules you will be able to reapply in the next recruitment cycle.
SUBJECT: Your numerical and verbal reasoning results || Your results on the numerical and verbal reasoning tests have been evaluated against our benchmark. On this occasion we will not be inviting you to the next stage of the selection process.
We noticed that the online coding assessment for {role} was not completed before the deadline of 23:59 CET on Friday. As the assessment is a mandatory part of our process, your application has been closed.
Many thanks for completing the situational judgement test. Competition this year has been exceptionally strong and we are only able to take forward a small proportion of candidates. We're sorry to say that your application will not be progressing further.
""",
        "rej_video_stage": """
Thank you for recording your video interview for {role}. Our recruiters have now reviewed all submissions and we have decided not to progress your application to the assessment centre stage.
We appreciated the time you took to complete the one-way video interview. After assessing your answers against our competency framework, we regret that we won't be moving you forward to the final round.
SUBJECT: Outcome of your digital interview || The review of your digital interview is complete. Unfortunately you have not been successful at this stage. If you'd like to understand more about how we assess video interviews, you can find guidance on our early careers website.
Your video interview window for {role} closed on 12 May without a recording being submitted. As we are unable to assess your application without it, we have withdrawn you from this year's intake.
""",
        "rej_assessment_centre": """
Thank you for attending our virtual assessment centre last Thursday. The assessors have now met to review performance across the group exercise, case study and interview, and we are sorry to tell you that we are not able to offer you a place on the programme. Your individual feedback report will be available in your candidate portal within ten working days.
It was a pleasure meeting you at the assessment day. Following the wash-up session, we have decided not to offer you a place on the 2025 Apprenticeship Scheme. Please don't be discouraged – many of our current apprentices applied more than once.
SUBJECT: Assessment Centre outcome || We've completed the evaluation of the assessment centre held on 3 and 4 October. Although you demonstrated strong analytical skills in the case exercise, your overall score fell just below the bar for an offer, so we won't be progressing your application.
Following your participation in the selection day, I'm afraid we will not be extending an offer. We received strong scores across the cohort and had to make some very difficult decisions.
""",
        "rej_final_round": """
Thank you for meeting with the panel for the final round of interviews. After much deliberation, we have decided to offer the role to another candidate whose experience more closely matches the current needs of the team.
I wanted to personally let you know the outcome of your final interview with our Director of Operations. While you were a very strong finalist, the decision has gone to another candidate. I'd be happy to share some feedback on a short call if that would help.
SUBJECT: {role} – final decision || The hiring committee has made its final decision for {role}, and I'm sorry to say it was not in your favour. It was a close call, and we would like to keep your details on file for similar roles over the next 12 months, if you agree.
We have now concluded the final stage of the recruitment process. Unfortunately we will not be proceeding with your candidacy. The hiring manager asked me to pass on that your presentation was well received.
""",
        "rej_requirement": """
This role requires the existing right to work in the United Kingdom, and we are unable to offer visa sponsorship for this position. As your application indicates that you would need sponsorship, we are unable to take it further.
Applications for this scheme are open only to candidates graduating in 2024 or 2025 with at least a 2:1 degree or equivalent. Based on the details in your application, you do not meet this eligibility criterion, and your application has been declined automatically.
Your answers to the screening questions indicate that you do not hold a valid driving licence, which is a mandatory requirement for {role}. We are therefore unable to proceed with your application.
SUBJECT: Application incomplete – not considered || We did not receive the certified copies of your qualifications by the closing date. In line with our recruitment policy, incomplete applications cannot be considered, and your application for this vacancy has been closed.
The position requires fluency in Dutch (C1 or above), which was assessed in the language check during your screening call. Since this requirement is not met, we are unable to continue with your application at this time.
""",
        "rej_agency": """
I've just heard back from my client regarding the {role} position. They have reviewed your CV and have decided not to take your application forward, as they are looking for someone with more hands-on SAP experience. I'll keep you in mind for other roles that come up.
Quick update from our side: unfortunately the client has decided to go with another candidate after the second interview. I know that's disappointing – I'll call you tomorrow to talk through their feedback and some other openings I'm working on.
SUBJECT: Feedback from client || Following your interview with our client last Tuesday, they have informed us that they will not be proceeding. Their feedback was that your technical answers were solid, but they need someone available to start within two weeks.
Our client has put the assignment on hold, so I'm afraid your application for {role} won't go any further for now. Your profile remains registered with us and we will contact you about suitable vacancies.
""",
        "rej_screening": """
We have carefully reviewed your CV and cover letter against the requirements for {role}. While your background is impressive, we have decided to proceed with other applicants whose profiles more closely match what we are looking for.
Unfortunately, after an initial screening of your application, we won't be inviting you to interview for this role.
Thanks for the call last week. Having discussed your profile with the hiring manager, we've decided not to move ahead to the next step for {role}.
SUBJECT: Regarding your application || We received over 1,400 applications for this role. After a careful first review, we regret to inform you that your application has not been selected for further consideration.
""",
        "ack_ats_receipt": """
SUBJECT: Application received – {role} (R-20481) || We have received your application for {role}. You can track the status of your application at any time by signing in to your candidate account. There is no need to contact us – a member of the recruiting team will be in touch if your profile matches the requirements.
This is a confirmation that your application was submitted successfully on 14 Feb 2025 at 09:42. Job: {role}. Location: Rotterdam, NL. Our team reviews every application and you will receive an update by e-mail when your status changes.
Thanks for applying! Your application for {role} is in and our recruiting team will review it in the coming days. In the meantime, you can learn more about life at {company} on our careers blog.
We confirm receipt of your application for the {role} vacancy. Please keep this e-mail for your records. Your candidate reference number is 558201.
Your application has been successfully submitted to {company}. If your experience matches the requirements of the role, a recruiter will contact you within three weeks.
""",
        "ack_status_review": """
Your application for {role} is currently under review by the hiring team. Application status: In Review. We aim to give all candidates an update within 15 working days of the closing date.
We wanted to give you a quick update: the closing date for {role} has passed and we are now reviewing all applications. Due to the number of applications, this may take up to four weeks. If you have not heard from us by 30 April, please assume that your application has not been successful on this occasion.
SUBJECT: Status update – your application is with the hiring manager || Good news – your application has passed the initial review and has been forwarded to the hiring manager for consideration. We will let you know the next steps as soon as we have their feedback.
Thank you for your patience. We're still reviewing applications for {role} and haven't made any decisions yet. You'll hear from us either way once the shortlist is finalised, which we expect to be by the end of next week.
Your online test results have been received and are now being scored. Results are usually released within 10 working days, and you will be notified by e-mail whichever way the decision goes.
Recruitment for the 2025 Graduate Programme runs on a rolling basis. Your application is complete and sits in our review queue; we review applications in the order received, so please allow up to six weeks for an update.
""",
        "ack_public_receipt": """
Your application for Announcement No. HR-24-118 has been received. Please note that applications are reviewed only after the announcement closes. You will be notified of your eligibility status once the review is complete.
This is to acknowledge receipt of your application for the post of {role} (Job Reference 2291/ADM). Shortlisting will take place on 14 March. If you have not been contacted by 28 March, please assume you have not been shortlisted on this occasion.
You have been found eligible for the position and your application has been placed in the pool of qualified applicants. Selections for interview will be made by the hiring department from this pool; being placed in the pool does not guarantee an interview.
Thank you for applying to the Council. Your application form has been registered and will be considered by the recruiting panel against the published criteria. Due to the volume of applications we cannot respond to individual enquiries about the progress of your application.
""",
        "inv_online_test": """
SUBJECT: Next step: online assessment for {role} || Congratulations – we'd like to invite you to the next stage of our selection process: an online assessment consisting of a numerical reasoning test and a personality questionnaire. It takes about 45 minutes. Please complete it within 5 days using the link below.
As the next step in your application, please complete the coding challenge on our assessment platform. You'll have 90 minutes once you start, and the link expires on 21 March at 23:59 CET.
Your application has progressed to the online testing stage. You will shortly receive a separate e-mail from our assessment partner containing your personal login details. Please check your spam folder if it has not arrived within 24 hours.
We're pleased to let you know that you've passed the initial screening. The next step is a short game-based assessment that looks at how you approach problems. There are no right or wrong answers, and you can complete it on your laptop or phone.
""",
        "inv_video_interview": """
You're invited to complete a video interview for {role}. You'll be asked five questions and will have 30 seconds to prepare and up to 2 minutes to record each answer. Please complete your recording by Sunday 23:59.
SUBJECT: Invitation: digital interview || We enjoyed reading your application and would like to get to know you better through a recorded digital interview. Click the button below to get started; you can try a practice question before the real ones begin.
The hiring manager would like to speak with you on a 45-minute video call. Please use the scheduling link to choose a slot that suits you next week. The call will be held on Microsoft Teams.
""",
        "inv_assessment_day": """
Congratulations on successfully completing the video interview stage. We are delighted to invite you to our assessment centre on Wednesday 9 April at our London office, 8:45 to 16:30. The day will include a group exercise, a case study presentation and a competency-based interview.
SUBJECT: Invitation to our Virtual Assessment Day || We'd like to invite you to our virtual assessment day. Please select one of the available dates in your candidate portal by Friday. Detailed instructions and the case pack will be sent 48 hours before your session.
You have been selected to take part in the practical assessment for our engineering apprenticeship. The session will take place at our training centre in Derby and will last around three hours. Please bring photo ID and wear sturdy shoes.
We'd like to invite you to a Super Day for {role} on 6 November. You'll meet four members of the team in back-to-back conversations and have lunch with some of our current analysts.
""",
        "inv_interview": """
The shortlisting panel has asked me to invite you to interview for the post of {role}. Interviews will be held on Tuesday 22 April at the Civic Centre. You will be asked to give a 10-minute presentation on the topic below, followed by questions from the panel.
You have been referred to the hiring manager and selected for an interview. Please reply to this message with your availability for the week of 12 May. Interviews will be conducted by a panel of three.
We'd love to take your application further and set up a first conversation with our Talent Partner. Please book a 30-minute slot via the calendar link.
""",
        "off_offer": """
SUBJECT: Your offer from {company} || I'm delighted to offer you the position of {role}. Your offer letter, including salary, start date and benefits, is now available in your candidate portal. Please review and accept it electronically by 15 July.
Following the final interview, we are pleased to offer you a place on our 2025 Graduate Programme, starting 1 September. Your contract and onboarding documents will follow in a separate e-mail from our HR system.
I am pleased to confirm that you have been appointed to the post of {role}. The appointment is on a permanent, full-time basis at Grade 6. Please confirm in writing by 5 June whether you accept.
Great news – the client would like to offer you the role! They're proposing an annual salary of €58,000 plus bonus and a start date of 1 March. Give me a call when you can so we can go through the details.
""",
        "off_conditional": """
We are pleased to make you a conditional offer of employment for the post of {role}. This offer is subject to satisfactory references, a background check and confirmation of your right to work. Please do not resign from your current position until all conditions have been cleared.
Congratulations on successfully completing our assessment centre. We would like to offer you a place on the programme, subject to you achieving your predicted degree classification. Please accept the offer through the portal within 14 days.
The selection panel has recommended you for appointment. A formal offer will be issued once your occupational health clearance and the verification of your qualifications are complete.
""",
        "oth_account": """
SUBJECT: Reset your password || We received a request to reset the password for your candidate account. Click the link below to choose a new password. The link is valid for 60 minutes. If you did not request this, you can ignore this message.
Welcome to the {company} careers site! Your candidate account has been created. Please verify your e-mail address to activate it and start applying for jobs.
""",
        "oth_data_retention": """
We have held your personal data in our recruitment system since your last application 12 months ago. In line with our privacy policy, your data will be deleted in 30 days unless you log in and confirm that you would like us to keep your profile.
SUBJECT: Your data in our talent pool || You are receiving this message because your profile is stored in our talent pool. Under the GDPR we ask for your consent again every 24 months. If you do nothing, your profile will be anonymised on 1 June.
""",
        "oth_job_alert": """
SUBJECT: 6 new jobs match your alert 'Data Engineer – Berlin' || Here are the latest openings that match your saved search: Senior Data Engineer (Hybrid), Analytics Engineer, Data Platform Engineer. Apply before they close. You can manage your alerts in your profile settings.
Based on your profile, we think you might be interested in these roles at {company}. New this week: {role}, Business Analyst and Operations Trainee. Don't miss out – apply in just a few clicks.
""",
        "oth_withdrawal_confirmed": """
SUBJECT: Withdrawal confirmed || We confirm that your application for {role} has been withdrawn at your request. No further action is required. If you change your mind, you are welcome to apply again while the position remains open.
As requested, we have withdrawn your application from the current graduate recruitment cycle and cancelled your assessment centre booking. Your candidate account remains open for future applications.
""",
        "oth_survey": """
We'd love to hear about your experience of our recruitment process, regardless of the outcome. This short survey takes about 3 minutes and your answers are anonymous.
SUBJECT: How did we do? || You recently took part in our assessment day. To help us improve, please rate your candidate experience on a scale from 0 to 10 and tell us what we could do better.
""",
    },
    "de": {
        "rej_ats_status": """
Der Status Ihrer Bewerbung für die Position {role} (Stellen-ID R-20481) wurde im Bewerberportal aktualisiert. Nach sorgfältiger Prüfung hat sich das Fachteam entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Ihre Unterlagen können Sie weiterhin in Ihrem Kandidatenprofil einsehen und sich dort auch auf andere Stellen bewerben.
SUBJECT: Aktualisierung Ihres Bewerbungsstatus || Dies ist eine automatische Benachrichtigung zu Ihrer Bewerbung auf Ausschreibung 7734 – {role}. Neuer Status: Absage. Aufgrund der hohen Anzahl an Bewerbungen können wir leider kein individuelles Feedback geben.
Wir haben uns deine Bewerbung als {role} genau angeschaut und uns am Ende leider für andere Kandidat:innen entschieden. Dein Profil bleibt in unserem Bewerbermanagement gespeichert, und du kannst dich jederzeit auf weitere Stellen bei {company} bewerben.
Nach Prüfung durch das Recruiting-Team wurde Ihre Bewerbung auf die Stelle {role} in den Status „Nicht mehr in Betracht gezogen“ verschoben. Bitte beachten Sie, dass Antworten auf diese E-Mail nicht gelesen werden.
Danke, dass du dir die Zeit für deine Bewerbung genommen hast. Wir haben die Sichtung für {role} jetzt abgeschlossen und müssen dir leider mitteilen, dass wir dich im weiteren Prozess nicht berücksichtigen können. Deine Bewerbung wird in den nächsten Tagen in unserem System geschlossen.
""",
        "rej_req_closed": """
Wir möchten Sie darüber informieren, dass die Ausschreibung {role}, auf die Sie sich beworben haben, aufgrund geänderter Geschäftsprioritäten zurückgezogen wurde. Alle Bewerbungen auf diese Stelle werden daher nicht weiterverfolgt. Gerne können Sie sich auf unserer Karriereseite über neue Stellenangebote informieren.
SUBJECT: Stelle besetzt – {role} || Die Position {role} konnte inzwischen besetzt werden. Ihre Bewerbung ist damit nicht mehr aktiv. Vielen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben.
Bei uns hat sich intern einiges verändert: Die Stelle {role} wird vorerst nicht besetzt, und wir haben die Ausschreibung offline genommen. Es tut uns leid, dass wir deine Bewerbung deshalb nicht weiter berücksichtigen können.
Das Auswahlverfahren zur Stellenausschreibung Nr. 2024/117 wurde ohne Besetzung aufgehoben. Eine erneute Ausschreibung ist derzeit nicht geplant. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen datenschutzgerecht gelöscht.
Im Rahmen eines konzernweiten Einstellungsstopps mussten wir mehrere offene Positionen schließen, darunter auch {role}. Wir bedauern, Ihnen daher heute eine Absage erteilen zu müssen, anstatt Sie weiter warten zu lassen.
""",
        "rej_public_sector": """
SUBJECT: Ihre Bewerbung – Kennziffer 24/118 || Wir haben das Auswahlverfahren für die ausgeschriebene Stelle (Entgeltgruppe E 11 TVöD) abgeschlossen. Nach dem Grundsatz der Bestenauslese haben wir uns für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine positive Nachricht geben zu können.
Die Auswahlkommission hat alle eingegangenen Bewerbungen anhand der im Anforderungsprofil genannten Kriterien geprüft. Leider konnten wir Sie nicht in die engere Wahl einbeziehen und nicht zu einem Auswahlgespräch einladen.
Wir haben Ihre Bewerbung bei der Stadtverwaltung Lindenau geprüft. Leider erfüllen Sie die in der Ausschreibung genannte formale Voraussetzung – ein abgeschlossenes Studium der Verwaltungswissenschaften oder die Befähigung für die Laufbahn des gehobenen nichttechnischen Dienstes – nicht. Ihre Bewerbung kann daher nicht berücksichtigt werden.
Das Ergebnis des schriftlichen Auswahltests liegt vor. Mit 61 von 100 Punkten haben Sie die für das weitere Verfahren erforderliche Mindestpunktzahl von 70 leider nicht erreicht. Damit endet das Auswahlverfahren für Sie.
Nach Abschluss der Vorstellungsgespräche hat sich das Klinikum für eine andere Bewerberin entschieden. Der Personalrat und die Gleichstellungsbeauftragte wurden ordnungsgemäß beteiligt. Ihre Bewerbungsunterlagen werden nach sechs Monaten gelöscht.
Die Universität hat das Stellenbesetzungsverfahren für die Stelle als wissenschaftliche:r Mitarbeiter:in (Kennziffer 2291) abgeschlossen. Leider konnten wir Ihre Bewerbung nicht berücksichtigen. Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass wir die Entscheidung nicht im Einzelnen begründen können.
""",
        "rej_test_stage": """
Vielen Dank, dass Sie die Online-Tests für unser Traineeprogramm absolviert haben. Leider haben Ihre Ergebnisse die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Sie nicht zur nächsten Runde einladen können. Eine erneute Bewerbung ist im nächsten Jahrgang möglich.
SUBJECT: Dein Ergebnis im Online-Assessment || Wir haben dein Ergebnis aus dem Online-Assessment ausgewertet. Leider hat es diesmal nicht für die nächste Runde gereicht. Wir würden uns freuen, wenn du dich im nächsten Jahr wieder für einen Ausbildungsplatz bei uns bewirbst.
Die Bearbeitungsfrist für den Online-Einstellungstest ist am Freitag um 23:59 Uhr abgelaufen, ohne dass wir ein Ergebnis von Ihnen erhalten haben. Da der Test ein verpflichtender Bestandteil unseres Auswahlverfahrens ist, haben wir Ihre Bewerbung geschlossen.
Danke, dass du unsere Coding Challenge bearbeitet hast. Unser Tech-Team hat sich deine Lösung angesehen: Einige Testfälle sind fehlgeschlagen, und die Struktur passt noch nicht ganz zu dem, was wir für {role} suchen. Deshalb gehen wir mit deiner Bewerbung leider nicht weiter.
""",
        "rej_video_stage": """
Vielen Dank für Ihr zeitversetztes Videointerview für die Position {role}. Unsere Recruiter:innen haben alle Aufnahmen gesichtet, und wir haben uns entschieden, Sie nicht zum Assessment-Center einzuladen.
Danke, dass du dir Zeit für das Video-Interview genommen hast. Nach Auswertung deiner Antworten haben wir uns leider entschieden, dich nicht in die finale Runde mitzunehmen.
SUBJECT: Ergebnis Ihres Videointerviews || Die Auswertung Ihres Videointerviews ist abgeschlossen. Leider waren Sie in dieser Phase nicht erfolgreich. Informationen zu unserem Auswahlprozess finden Sie auf unserer Seite für Studierende und Absolvent:innen.
Der Zeitraum für Ihr Videointerview ist am 12. Mai abgelaufen, ohne dass eine Aufnahme eingereicht wurde. Da wir Ihre Bewerbung ohne das Interview nicht bewerten können, haben wir Sie aus dem aktuellen Auswahlverfahren herausgenommen.
""",
        "rej_assessment_centre": """
Vielen Dank für Ihre Teilnahme an unserem virtuellen Assessment-Center am vergangenen Donnerstag. Die Beobachter:innen haben Ihre Leistungen in Gruppenübung, Fallstudie und Interview gemeinsam bewertet. Leider können wir Ihnen keinen Platz in unserem Programm anbieten. Ihr individuelles Feedback finden Sie in etwa zehn Werktagen im Bewerberportal.
Schön, dass du bei unserem Kennenlerntag dabei warst! Nach der Auswertung haben wir uns leider entschieden, dir keinen Ausbildungsplatz für 2025 anzubieten. Lass dich davon bitte nicht entmutigen – viele unserer Azubis haben sich mehr als einmal beworben.
SUBJECT: Ergebnis des Assessment-Centers || Wir haben die Auswertung des Assessment-Centers vom 3. und 4. Oktober abgeschlossen. Auch wenn Sie in der Fallstudie mit starken analytischen Fähigkeiten überzeugt haben, lag Ihr Gesamtergebnis knapp unter der Schwelle für ein Angebot. Wir werden Ihre Bewerbung daher nicht weiterverfolgen.
Nach deinem Auswahltag müssen wir dir leider mitteilen, dass wir dir kein Angebot machen können. Das Niveau war in diesem Durchgang sehr hoch, und wir mussten einige schwierige Entscheidungen treffen.
""",
        "rej_final_round": """
Vielen Dank, dass Sie sich Zeit für das abschließende Gespräch mit unserem Panel genommen haben. Nach intensiver Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung noch genauer zu den aktuellen Anforderungen des Teams passt.
Ich wollte dir persönlich Bescheid geben, wie das finale Gespräch mit unserer Bereichsleitung ausgegangen ist: Du warst in der engsten Auswahl, aber am Ende haben wir uns für jemand anderen entschieden. Wenn du magst, gebe ich dir in einem kurzen Call gern Feedback.
SUBJECT: {role} – abschließende Entscheidung || Das Auswahlgremium hat seine abschließende Entscheidung für die Position {role} getroffen, und leider fiel sie nicht zu Ihren Gunsten aus. Es war eine knappe Entscheidung; mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für 12 Monate in unserem Talentpool aufbewahren.
Wir haben die letzte Runde unseres Auswahlverfahrens abgeschlossen. Leider können wir Ihre Kandidatur nicht weiter berücksichtigen. Die Fachbereichsleitung hat mich gebeten, Ihnen auszurichten, dass Ihre Präsentation sehr gut ankam.
""",
        "rej_requirement": """
Für diese Position ist eine bestehende Arbeitserlaubnis für Deutschland erforderlich, und wir können leider kein Visumsverfahren unterstützen. Da Sie in Ihrer Bewerbung angegeben haben, dass Sie eine Aufenthaltserlaubnis benötigen, können wir Ihre Bewerbung nicht weiter berücksichtigen.
Unser Traineeprogramm richtet sich an Absolvent:innen, deren Masterabschluss nicht länger als zwei Jahre zurückliegt. Laut Ihren Angaben erfüllen Sie dieses Kriterium nicht, weshalb Ihre Bewerbung automatisch abgelehnt wurde.
Bei den Pflichtfragen hast du angegeben, keinen Führerschein der Klasse B zu haben. Der ist für {role} leider zwingend notwendig, weil du regelmäßig zu unseren Standorten fahren würdest. Deshalb können wir deine Bewerbung nicht weiterverfolgen.
SUBJECT: Unvollständige Bewerbung || Bis zum Ende der Bewerbungsfrist sind die angeforderten Nachweise (Zeugnisse und Anerkennung Ihres ausländischen Abschlusses) nicht bei uns eingegangen. Unvollständige Bewerbungen können wir nach unseren Verfahrensregeln nicht berücksichtigen; Ihre Bewerbung wurde daher geschlossen.
Die Stelle setzt verhandlungssichere Deutschkenntnisse (mindestens C1) voraus. Im Telefoninterview hat sich gezeigt, dass diese Anforderung derzeit nicht erfüllt ist. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.
""",
        "rej_agency": """
Ich habe gerade Rückmeldung von meinem Kunden zur Stelle {role} bekommen. Das Team dort hat sich deinen Lebenslauf angeschaut und möchte leider nicht weitermachen, weil es jemanden mit mehr praktischer SAP-Erfahrung sucht. Ich melde mich, sobald ich etwas Passendes für dich habe.
Kurzes Update von unserer Seite: Unser Kunde hat sich nach dem zweiten Gespräch leider für einen anderen Kandidaten entschieden. Ich rufe Sie morgen an, um Ihnen das Feedback im Detail weiterzugeben und über weitere Projekte zu sprechen.
SUBJECT: Rückmeldung unseres Kunden || Nach Ihrem Vorstellungsgespräch am Dienstag hat uns unser Kunde mitgeteilt, dass er den Prozess mit Ihnen nicht fortsetzen wird. Fachlich war man zufrieden, benötigt aber jemanden, der innerhalb von zwei Wochen starten kann.
Unser Kunde hat das Projekt vorerst auf Eis gelegt, deshalb geht es mit deiner Bewerbung als {role} leider nicht weiter. Dein Profil bleibt bei uns registriert, und wir melden uns bei passenden Vakanzen.
""",
        "rej_screening": """
Wir haben Ihren Lebenslauf und Ihr Anschreiben sorgfältig mit dem Anforderungsprofil für {role} verglichen. Trotz Ihres interessanten Werdegangs haben wir uns für andere Bewerber:innen entschieden, deren Profil noch besser zu unseren Anforderungen passt.
Nach einer ersten Sichtung deiner Unterlagen müssen wir dir leider sagen, dass wir dich für diese Stelle nicht zu einem Gespräch einladen.
Danke für das Telefonat letzte Woche. Nach Rücksprache mit der Fachabteilung haben wir uns entschieden, den nächsten Schritt für {role} nicht mit Ihnen zu gehen.
SUBJECT: Zu Ihrer Bewerbung || Auf diese Stelle haben uns über 1.400 Bewerbungen erreicht. Nach einer sorgfältigen ersten Prüfung müssen wir Ihnen leider mitteilen, dass Ihre Bewerbung nicht in die engere Auswahl gekommen ist.
""",
        "ack_ats_receipt": """
SUBJECT: Bewerbung eingegangen – {role} (R-20481) || Ihre Bewerbung für {role} ist bei uns eingegangen. Den Status können Sie jederzeit in Ihrem Kandidatenkonto einsehen. Eine Rückfrage ist nicht nötig – unser Recruiting-Team meldet sich bei Ihnen, sobald es Neuigkeiten gibt.
Hiermit bestätigen wir den erfolgreichen Eingang Ihrer Bewerbung am 14.02.2025 um 09:42 Uhr. Stelle: {role}. Standort: Hamburg. Sie erhalten eine E-Mail, sobald sich Ihr Bewerbungsstatus ändert.
Danke für deine Bewerbung! Deine Unterlagen sind gut bei uns angekommen, und unser People-Team schaut sie sich in den nächsten Tagen an. Bis dahin kannst du auf unserem Blog schon mal hinter die Kulissen von {company} schauen.
Wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle {role}. Bitte bewahren Sie diese E-Mail auf. Ihre Bewerbungsnummer lautet 558201; bitte geben Sie sie bei Rückfragen an.
Deine Bewerbung wurde erfolgreich an {company} übermittelt. Wenn dein Profil zu den Anforderungen passt, meldet sich jemand aus dem Recruiting innerhalb von drei Wochen bei dir.
""",
        "ack_status_review": """
Ihre Bewerbung für {role} wird derzeit vom Fachbereich geprüft. Bewerbungsstatus: In Prüfung. Wir bemühen uns, allen Bewerberinnen und Bewerbern innerhalb von 15 Arbeitstagen nach Ende der Bewerbungsfrist eine Rückmeldung zu geben.
Die Bewerbungsfrist für {role} ist abgelaufen, und wir sichten nun alle Unterlagen. Aufgrund der großen Resonanz kann dies bis zu vier Wochen dauern. Sollten Sie bis zum 30. April nichts von uns gehört haben, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich.
SUBJECT: Deine Bewerbung liegt jetzt beim Fachbereich || Gute Neuigkeiten: Deine Bewerbung hat die erste Sichtung überstanden und liegt jetzt beim Hiring Manager. Sobald wir Feedback haben, sagen wir dir, wie es weitergeht.
Vielen Dank für Ihre Geduld. Wir sind noch mitten in der Auswahl für {role} und haben noch keine Entscheidungen getroffen. Sie hören in jedem Fall von uns, sobald die Shortlist steht – voraussichtlich Ende nächster Woche.
Deine Online-Tests sind bei uns eingegangen und werden gerade ausgewertet. Die Ergebnisse bekommst du normalerweise innerhalb von zehn Werktagen per E-Mail – egal, wie die Entscheidung ausfällt.
Das Auswahlverfahren für unser Traineeprogramm 2025 läuft fortlaufend. Ihre Bewerbung ist vollständig und befindet sich in der Bearbeitung; wir prüfen die Bewerbungen in der Reihenfolge ihres Eingangs. Bitte rechnen Sie mit bis zu sechs Wochen bis zu einer Rückmeldung.
""",
        "ack_public_receipt": """
Ihre Bewerbung auf die Ausschreibung mit der Kennziffer 24/118 ist fristgerecht eingegangen. Die Auswahl erfolgt erst nach Ablauf der Bewerbungsfrist. Wir bitten Sie, von Sachstandsanfragen abzusehen; Sie erhalten nach Abschluss des Verfahrens unaufgefordert Nachricht.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung um einen Ausbildungsplatz im öffentlichen Dienst. Die Einladungen zum schriftlichen Auswahltest werden voraussichtlich im Oktober verschickt. Bewerber:innen, die nicht eingeladen werden, erhalten ebenfalls eine schriftliche Mitteilung.
Ihre Bewerbung erfüllt die formalen Voraussetzungen der Ausschreibung und wurde in das weitere Auswahlverfahren aufgenommen. Die Auswahlkommission entscheidet anschließend, wer zu einem Gespräch eingeladen wird. Dies ist noch keine Zusage für ein Auswahlgespräch.
Vielen Dank für Ihre Bewerbung bei der Stadt. Ihre Unterlagen wurden registriert und werden unter Beteiligung des Personalrats anhand des Anforderungsprofils geprüft. Schwerbehinderte Bewerber:innen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
        "inv_online_test": """
SUBJECT: Nächster Schritt: Online-Assessment für {role} || Herzlichen Glückwunsch – wir möchten Sie zur nächsten Stufe unseres Auswahlverfahrens einladen: einem Online-Assessment mit einem Zahlenverständnistest und einem Persönlichkeitsfragebogen. Die Bearbeitung dauert ca. 45 Minuten. Bitte schließen Sie den Test innerhalb von fünf Tagen über den untenstehenden Link ab.
Als nächsten Schritt bitten wir dich, unsere Coding Challenge zu bearbeiten. Ab dem Start hast du 90 Minuten Zeit, der Link ist bis zum 21. März, 23:59 Uhr gültig.
Ihre Bewerbung hat die Online-Testphase erreicht. In Kürze erhalten Sie eine separate E-Mail unseres Testpartners mit Ihren persönlichen Zugangsdaten. Bitte prüfen Sie auch Ihren Spam-Ordner, falls die Nachricht nicht innerhalb von 24 Stunden eintrifft.
Wir laden Sie herzlich zum schriftlichen Auswahltest für die Ausbildung zur Verwaltungsfachangestellten bzw. zum Verwaltungsfachangestellten ein. Der Test findet am 8. November um 9:00 Uhr im Rathaus, Sitzungssaal 2, statt. Bitte bringen Sie einen gültigen Lichtbildausweis und einen Kugelschreiber mit.
""",
        "inv_video_interview": """
Wir laden dich ein, ein Video-Interview für {role} aufzunehmen. Dich erwarten fünf Fragen; für jede hast du 30 Sekunden Vorbereitungszeit und bis zu zwei Minuten für deine Antwort. Bitte schließ die Aufnahme bis Sonntag, 23:59 Uhr ab.
SUBJECT: Einladung zum digitalen Interview || Ihre Bewerbung hat uns überzeugt, und wir möchten Sie in einem aufgezeichneten Videointerview besser kennenlernen. Über den Button unten gelangen Sie zum Interview; vorab können Sie eine Probefrage beantworten.
Die Fachbereichsleitung würde sich gern in einem 45-minütigen Videocall mit Ihnen austauschen. Bitte wählen Sie über den Terminlink einen passenden Slot in der kommenden Woche. Das Gespräch findet über Microsoft Teams statt.
""",
        "inv_assessment_day": """
Herzlichen Glückwunsch zum erfolgreichen Abschluss des Videointerviews! Wir laden Sie zu unserem Assessment-Center am Mittwoch, 9. April, in unserer Zentrale in Frankfurt ein (8:45 bis 16:30 Uhr). Auf Sie warten eine Gruppenübung, eine Fallstudie mit Präsentation und ein Einzelgespräch.
SUBJECT: Einladung zum virtuellen Auswahltag || Wir möchten Sie zu unserem virtuellen Auswahltag einladen. Bitte wählen Sie bis Freitag einen der verfügbaren Termine in Ihrem Bewerberportal aus. Die Unterlagen zur Fallstudie erhalten Sie 48 Stunden vor Ihrem Termin.
Du bist eine Runde weiter! Wir laden dich zum Praxistag für deine Ausbildung als Mechatroniker:in in unser Ausbildungszentrum in Wolfsburg ein. Plan ungefähr drei Stunden ein und bring bitte deinen Personalausweis und feste Schuhe mit.
Wir würden dich gern zu unserem Recruiting Day am 6. November einladen. Du lernst in kurzen Gesprächen vier Leute aus dem Team kennen und isst mittags mit ein paar unserer aktuellen Analysts.
""",
        "inv_interview": """
Die Auswahlkommission möchte Sie zu einem Auswahlgespräch für die Stelle {role} einladen. Die Gespräche finden am Dienstag, 22. April, im Rathaus statt. Bitte bereiten Sie eine zehnminütige Präsentation zum unten genannten Thema vor; anschließend stellt die Kommission Fragen. Die Gleichstellungsbeauftragte und ein Mitglied des Personalrats nehmen teil.
Wir möchten Sie gern persönlich kennenlernen und zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeit in der Woche ab dem 12. Mai mit. Das Gespräch führen zwei Kolleg:innen aus dem Fachbereich und jemand aus HR.
Wir würden gern den nächsten Schritt mit dir gehen und ein erstes Kennenlernen mit unserer Talent Partnerin vereinbaren. Buch dir einfach über den Kalenderlink einen 30-minütigen Slot.
""",
        "off_offer": """
SUBJECT: Ihr Vertragsangebot von {company} || Ich freue mich sehr, Ihnen die Position {role} anbieten zu können. Ihr Angebotsschreiben mit Gehalt, Eintrittsdatum und Benefits steht ab sofort in Ihrem Bewerberportal bereit. Bitte prüfen Sie es und nehmen Sie es bis zum 15. Juli elektronisch an.
Nach deinem finalen Gespräch freuen wir uns riesig, dir einen Platz in unserem Graduate-Programm ab dem 1. September anzubieten! Deinen Vertrag und die Onboarding-Unterlagen bekommst du in einer separaten E-Mail aus unserem HR-System.
Ich freue mich, Ihnen mitteilen zu können, dass die Auswahl auf Sie gefallen ist. Wir bieten Ihnen die Stelle {role} unbefristet in Vollzeit an; die Eingruppierung erfolgt in Entgeltgruppe E 10 TVöD. Bitte teilen Sie uns bis zum 5. Juni mit, ob Sie das Angebot annehmen.
Super Neuigkeiten – der Kunde möchte dich für {role} einstellen! Angeboten werden 58.000 Euro brutto im Jahr plus Bonus, Start am 1. März. Ruf mich an, sobald du kannst, dann gehen wir die Details gemeinsam durch.
""",
        "off_conditional": """
Wir freuen uns, Ihnen ein Vertragsangebot für die Position {role} zu unterbreiten. Das Angebot steht unter dem Vorbehalt eines einwandfreien Führungszeugnisses, positiver Referenzen und des Nachweises Ihrer Arbeitserlaubnis. Bitte kündigen Sie Ihr aktuelles Arbeitsverhältnis erst, wenn alle Bedingungen erfüllt sind.
Glückwunsch zum erfolgreichen Assessment-Center! Wir möchten dir einen Platz in unserem Programm anbieten – vorausgesetzt, du schließt dein Studium wie angegeben bis zum Sommer ab. Bitte nimm das Angebot innerhalb von 14 Tagen im Portal an.
Die Auswahlkommission hat beschlossen, Ihnen die Stelle zu übertragen. Vorbehaltlich der Zustimmung des Personalrats und der betriebsärztlichen Eignungsuntersuchung erhalten Sie in Kürze Ihren Arbeitsvertrag.
""",
        "oth_account": """
SUBJECT: Passwort zurücksetzen || Wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Kandidatenkonto erhalten. Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen. Der Link ist 60 Minuten gültig. Falls Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren.
Willkommen im Karriereportal von {company}! Dein Kandidatenkonto wurde angelegt. Bitte bestätige deine E-Mail-Adresse, um das Konto zu aktivieren und dich auf Stellen zu bewerben.
""",
        "oth_data_retention": """
Ihre Daten sind seit Ihrer letzten Bewerbung vor zwölf Monaten in unserem Bewerbermanagementsystem gespeichert. Gemäß unserer Datenschutzerklärung werden sie in 30 Tagen gelöscht, sofern Sie sich nicht einloggen und der weiteren Speicherung zustimmen.
SUBJECT: Deine Daten in unserem Talentpool || Du bekommst diese Nachricht, weil dein Profil in unserem Talentpool gespeichert ist. Nach der DSGVO holen wir alle 24 Monate erneut deine Einwilligung ein. Wenn du nichts tust, wird dein Profil am 1. Juni anonymisiert.
""",
        "oth_job_alert": """
SUBJECT: 6 neue Jobs für Ihren Suchauftrag „Data Engineer – Berlin“ || Hier sind die neuesten Stellen, die zu Ihrem Suchauftrag passen: Senior Data Engineer (Hybrid), Analytics Engineer, Data Platform Engineer. Ihre Jobagenten können Sie in den Profileinstellungen verwalten.
Basierend auf deinem Profil könnten dich diese Jobs bei {company} interessieren. Neu diese Woche: {role}, Business Analyst und Operations Trainee. Jetzt mit wenigen Klicks bewerben!
""",
        "oth_withdrawal_confirmed": """
SUBJECT: Rückzug Ihrer Bewerbung bestätigt || Hiermit bestätigen wir, dass Ihre Bewerbung für {role} auf Ihren Wunsch zurückgezogen wurde. Sie müssen nichts weiter tun. Sollten Sie es sich anders überlegen, können Sie sich erneut bewerben, solange die Stelle ausgeschrieben ist.
Wie gewünscht haben wir deine Bewerbung aus dem aktuellen Auswahlverfahren zurückgezogen und deinen Termin für das Assessment-Center storniert. Dein Kandidatenkonto bleibt für zukünftige Bewerbungen bestehen.
""",
        "oth_survey": """
Wir möchten gern wissen, wie Sie unseren Bewerbungsprozess erlebt haben – unabhängig vom Ergebnis. Die kurze Umfrage dauert etwa drei Minuten, Ihre Antworten sind anonym.
SUBJECT: Wie war's bei uns? || Du hast vor Kurzem an unserem Auswahltag teilgenommen. Hilf uns, besser zu werden: Wie wahrscheinlich ist es, dass du unseren Bewerbungsprozess weiterempfiehlst (0 bis 10)?
""",
    },
    "fr": {
        "rej_ats_status": """
Le statut de votre candidature au poste de {role} (référence REQ-20481) a été mis à jour dans votre espace candidat. Après examen attentif, l'équipe de recrutement a décidé de ne pas donner suite à votre candidature. Vous pouvez toujours consulter vos documents et postuler à d'autres offres depuis votre espace.
SUBJECT: Mise à jour de votre candidature || Ceci est un message automatique concernant l'offre 7734 – {role}. Nouveau statut : Candidature non retenue. En raison du nombre important de candidatures, nous ne sommes pas en mesure de fournir un retour personnalisé.
Nous avons étudié votre profil avec attention, mais nous avons choisi de poursuivre le processus avec des candidats dont l'expérience correspond davantage aux besoins du poste. Votre profil reste actif sur notre site carrières et vous pouvez postuler à d'autres opportunités chez {company}.
Votre candidature pour le poste de {role} est désormais classée « Clôturée – profil non retenu ». Merci de ne pas répondre à ce message : cette adresse n'est pas consultée.
Suite à l'étude de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Elle sera archivée dans notre système sous 48 heures.
""",
        "rej_req_closed": """
Nous vous informons que le recrutement pour le poste de {role} a été annulé suite à une réorganisation interne. L'ensemble des candidatures reçues pour cette offre sont donc clôturées. Nous vous invitons à consulter régulièrement notre site carrières.
SUBJECT: Offre pourvue – {role} || Le poste de {role} est désormais pourvu. Votre candidature n'est donc plus active. Nous vous remercions pour le temps consacré à votre démarche.
Le budget de ce recrutement a été gelé jusqu'à nouvel ordre et l'annonce a été retirée. Nous sommes désolés de ne pas pouvoir poursuivre avec votre candidature pour ce poste.
Le poste auquel vous avez postulé a finalement été pourvu par mobilité interne. Votre candidature est passée au statut « Poste pourvu » dans notre outil de recrutement.
Dans le cadre d'un gel des embauches décidé au niveau du groupe, nous avons dû fermer plusieurs postes ouverts, dont celui de {role}. Plutôt que de vous laisser sans nouvelles, nous préférons vous informer dès aujourd'hui que nous ne pourrons pas donner suite.
""",
        "rej_public_sector": """
SUBJECT: Résultats d'admissibilité – concours externe d'attaché territorial || Nous avons le regret de vous informer que vous n'avez pas été déclaré(e) admissible à l'issue des épreuves écrites. Votre note globale est de 8,75/20, le jury ayant fixé le seuil d'admissibilité à 10,5/20. Vous pouvez demander la communication de vos copies dans un délai de deux mois.
Le jury s'est réuni le 14 mars pour examiner les dossiers au regard des critères de la fiche de poste. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour un entretien.
Après examen de votre dossier, nous constatons que vous ne remplissez pas les conditions requises pour vous présenter au concours : un diplôme de niveau licence ou une équivalence reconnue par la commission est exigé. Votre inscription ne peut donc pas être validée.
Les résultats d'admission ont été publiés. Vous ne figurez ni sur la liste principale ni sur la liste complémentaire établies par le jury. Nous vous remercions pour votre participation et vous souhaitons de réussir lors d'une prochaine session.
À la suite des entretiens menés la semaine dernière, la direction des ressources humaines du Centre hospitalier a retenu une autre candidature pour le poste. Nous conservons votre dossier et ne manquerons pas de revenir vers vous si un poste similaire se libère.
Le comité de sélection de l'université a achevé l'examen des candidatures pour le poste d'ingénieur d'études (référence IE-2291). Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour l'audition.
""",
        "rej_test_stage": """
Merci d'avoir passé les tests en ligne de notre programme Graduate. Malheureusement, vos résultats n'ont pas atteint le seuil requis pour accéder à l'étape suivante. Vous pourrez candidater de nouveau lors de la prochaine campagne de recrutement.
SUBJECT: Résultats de vos tests de raisonnement || Vos résultats aux tests de raisonnement numérique et verbal ont été comparés à notre référentiel. Nous ne sommes malheureusement pas en mesure de vous convier à la suite du processus.
Le test technique en ligne pour le poste de {role} n'a pas été complété avant la date limite de vendredi 23h59. Ce test étant une étape obligatoire, votre candidature a été clôturée.
Merci d'avoir réalisé l'étude de cas à distance. Nos équipes l'ont examinée avec attention, mais elle ne répond pas suffisamment aux attentes du poste sur la partie modélisation financière. Nous ne poursuivrons donc pas le processus avec vous.
""",
        "rej_video_stage": """
Merci d'avoir enregistré votre entretien vidéo différé pour le poste de {role}. Après visionnage de l'ensemble des vidéos, nous avons décidé de ne pas vous convier au centre d'évaluation.
Nous avons apprécié le temps que vous avez consacré à votre entretien vidéo. Après analyse de vos réponses au regard de nos compétences clés, nous avons le regret de ne pas retenir votre candidature pour le tour final.
SUBJECT: Suite de votre entretien vidéo || L'évaluation de votre entretien vidéo est terminée. Malheureusement, votre candidature n'a pas été retenue à cette étape. Vous trouverez des conseils pour vos prochaines candidatures sur notre page Jeunes diplômés.
La période pour enregistrer votre entretien vidéo a expiré le 12 mai sans qu'aucune vidéo n'ait été déposée. Faute de pouvoir évaluer votre candidature, nous l'avons retirée de la promotion en cours.
""",
        "rej_assessment_centre": """
Merci pour votre participation à notre assessment center virtuel jeudi dernier. Les évaluateurs se sont réunis pour examiner vos résultats à l'exercice de groupe, à l'étude de cas et à l'entretien individuel. Nous sommes au regret de ne pas pouvoir vous proposer de place dans notre programme. Votre compte rendu détaillé sera disponible dans votre espace candidat sous dix jours ouvrés.
Ce fut un plaisir de vous rencontrer lors de notre journée de recrutement alternance. Après délibération, nous avons décidé de ne pas vous proposer de contrat d'apprentissage pour la rentrée 2025. Ne vous découragez pas : plusieurs de nos alternants actuels ont postulé plus d'une fois.
SUBJECT: Résultat de la journée d'évaluation || Nous avons finalisé l'évaluation de la journée du 3 octobre. Si vous avez fait preuve d'un excellent esprit d'analyse lors de l'étude de cas, votre score global se situe légèrement en dessous du niveau requis, et nous ne donnerons donc pas suite à votre candidature.
Suite à votre participation à notre session de recrutement collective, nous ne sommes malheureusement pas en mesure de vous faire une proposition. Le niveau était particulièrement élevé cette année.
""",
        "rej_final_round": """
Merci d'avoir rencontré notre comité pour le dernier entretien. Après mûre réflexion, nous avons retenu un autre candidat dont le parcours correspond plus étroitement aux besoins actuels de l'équipe.
Je tenais à vous informer personnellement de l'issue de votre entretien final avec notre directrice des opérations : vous faisiez partie des deux derniers candidats, mais le choix s'est porté sur l'autre finaliste. Je peux vous faire un retour détaillé par téléphone si vous le souhaitez.
SUBJECT: {role} – décision finale || Le comité de recrutement a pris sa décision pour le poste de {role}, et elle ne vous est malheureusement pas favorable. Avec votre accord, nous souhaiterions conserver votre CV pendant deux ans dans notre vivier.
Nous avons clôturé la dernière étape du processus et ne donnerons pas suite à votre candidature. Le manager m'a demandé de vous transmettre que votre présentation avait été très appréciée.
""",
        "rej_requirement": """
Ce poste nécessite une autorisation de travail en France déjà valide, et nous ne sommes pas en mesure de prendre en charge une procédure de visa. Votre candidature indiquant que vous auriez besoin d'un titre de séjour, nous ne pouvons malheureusement pas y donner suite.
Notre programme VIE est réservé aux candidats âgés de 18 à 28 ans et ressortissants de l'Espace économique européen. D'après les informations saisies dans votre dossier, vous ne remplissez pas ces critères d'éligibilité ; votre candidature a donc été refusée automatiquement.
Vous avez indiqué ne pas être titulaire du permis B, qui est indispensable pour le poste de {role} (déplacements quotidiens sur nos sites). Nous ne pouvons donc pas poursuivre avec votre candidature.
SUBJECT: Dossier incomplet || Les pièces justificatives demandées (copie du diplôme et attestation de comparabilité) ne nous sont pas parvenues avant la date de clôture. Conformément au règlement du recrutement, les dossiers incomplets ne peuvent être examinés ; votre candidature a été classée sans suite.
Le poste exige un anglais courant (niveau C1 minimum), vérifié lors du test de langue. Le niveau requis n'étant pas atteint, nous ne pouvons pas poursuivre le processus.
""",
        "rej_agency": """
Je reviens vers vous suite au retour de mon client concernant le poste de {role}. Ils ont étudié votre CV mais ne souhaitent pas donner suite : ils recherchent un profil avec davantage d'expérience opérationnelle sur SAP. Je garde bien votre dossier en tête pour d'autres missions.
Petit point de notre côté : le client a finalement retenu un autre candidat après le deuxième entretien. Je sais que c'est décevant ; je vous appelle demain pour vous transmettre leur retour et vous parler d'autres postes que je gère.
SUBJECT: Retour de notre client || Suite à votre entretien de mardi, notre client nous a fait savoir qu'il ne poursuivrait pas avec votre candidature. Vos compétences techniques ont été appréciées, mais ils recherchent une personne disponible sous deux semaines.
Notre client a suspendu la mission pour laquelle vous étiez positionné(e). Votre candidature pour le poste de {role} ne pourra donc pas aboutir pour le moment. Votre profil reste enregistré dans notre agence et nous vous recontacterons dès qu'une mission correspondra.
""",
        "rej_screening": """
Nous avons étudié avec attention votre CV et votre lettre de motivation au regard des exigences du poste de {role}. Malgré la qualité de votre parcours, nous avons décidé de poursuivre avec des profils plus en adéquation avec nos attentes.
Après une première sélection des candidatures, nous avons le regret de vous informer que nous ne vous proposerons pas d'entretien pour ce poste.
Merci pour notre échange téléphonique de la semaine dernière. Après en avoir discuté avec le manager, nous avons décidé de ne pas passer à l'étape suivante pour le poste de {role}.
SUBJECT: Votre candidature chez {company} || Nous avons reçu plus de 1 400 candidatures pour ce poste. À l'issue d'une première analyse, nous sommes au regret de vous annoncer que votre dossier n'a pas été retenu.
""",
        "ack_ats_receipt": """
SUBJECT: Candidature bien reçue – {role} (REQ-20481) || Nous avons bien reçu votre candidature pour le poste de {role}. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat. Inutile de nous relancer : un membre de l'équipe recrutement vous contactera si votre profil correspond.
Ceci confirme l'envoi de votre candidature le 14/02/2025 à 09h42. Poste : {role}. Lieu : Lyon. Vous recevrez un e-mail à chaque changement de statut.
Merci pour votre candidature ! Elle a bien été transmise à l'équipe {company}, qui l'étudiera dans les prochains jours. En attendant, découvrez nos bureaux et nos équipes sur notre page entreprise.
Nous accusons réception de votre candidature au poste de {role}. Merci de conserver cet e-mail. Votre numéro de dossier est le 558201.
Votre candidature a bien été envoyée à {company}. Si votre expérience correspond au poste, un recruteur prendra contact avec vous sous trois semaines.
""",
        "ack_status_review": """
Votre candidature pour le poste de {role} est en cours d'examen par l'équipe opérationnelle. Statut : En cours d'étude. Nous nous efforçons de répondre à chaque candidat sous 15 jours ouvrés après la clôture de l'offre.
L'offre pour le poste de {role} est désormais clôturée et nous étudions l'ensemble des candidatures. Compte tenu du volume reçu, cela peut prendre jusqu'à quatre semaines. Sans réponse de notre part au 30 avril, vous pourrez considérer que votre candidature n'a pas été retenue.
SUBJECT: Votre candidature a été transmise au manager || Bonne nouvelle : votre candidature a passé la première étape de présélection et a été transmise au manager recruteur. Nous reviendrons vers vous dès que nous aurons son retour.
Merci pour votre patience. Le processus pour le poste de {role} est toujours en cours et aucune décision n'a encore été prise. Vous aurez de nos nouvelles dans tous les cas une fois la short-list arrêtée, normalement d'ici la fin de la semaine prochaine.
Vos tests en ligne ont bien été enregistrés et sont en cours de correction. Les résultats sont généralement communiqués sous dix jours ouvrés, par e-mail, que la décision soit positive ou non.
Les candidatures à notre programme Graduate sont étudiées au fil de l'eau. Votre dossier est complet et en file d'attente ; nous les traitons par ordre d'arrivée, merci de prévoir jusqu'à six semaines avant un retour.
""",
        "ack_public_receipt": """
Votre inscription au concours externe de technicien territorial a bien été enregistrée sous le numéro 2025-04417. Votre dossier sera examiné après la date de clôture des inscriptions. Si votre candidature est recevable, une convocation aux épreuves écrites vous sera adressée au moins quinze jours avant la date des épreuves.
Nous accusons réception de votre candidature au poste de {role} (référence 2291/ADM). Les candidatures seront examinées par le jury après la date limite de dépôt. Si vous n'avez pas été contacté(e) avant le 28 mars, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre dossier a été déclaré recevable. Il sera étudié par le jury lors de la phase d'admissibilité ; cette recevabilité ne préjuge pas de la suite donnée à votre candidature.
Merci pour votre candidature auprès de la Ville. Votre dossier a bien été enregistré et sera examiné au regard des critères de la fiche de poste. En raison du nombre de candidatures, nous ne pouvons pas répondre aux demandes individuelles sur l'état d'avancement.
""",
        "inv_online_test": """
SUBJECT: Prochaine étape : tests en ligne pour le poste de {role} || Félicitations, nous avons le plaisir de vous inviter à l'étape suivante : des tests en ligne de raisonnement numérique et un questionnaire de personnalité, d'une durée d'environ 45 minutes. Merci de les compléter sous cinq jours via le lien ci-dessous.
Pour la prochaine étape, nous vous invitons à réaliser notre test technique sur notre plateforme d'évaluation. Vous disposerez de 90 minutes à partir du démarrage ; le lien expire le 21 mars à 23h59.
Votre candidature passe à l'étape des tests en ligne. Vous recevrez prochainement un e-mail séparé de notre partenaire d'évaluation contenant vos identifiants. Pensez à vérifier vos courriers indésirables si vous ne l'avez pas reçu sous 24 heures.
Vous êtes convoqué(e) à l'épreuve écrite d'admissibilité du concours, qui se déroulera le 8 novembre à 9h00 au Parc des expositions, hall 3. Présentez-vous muni(e) de la présente convocation et d'une pièce d'identité en cours de validité.
""",
        "inv_video_interview": """
Vous êtes invité(e) à réaliser un entretien vidéo différé pour le poste de {role}. Cinq questions vous seront posées ; vous aurez 30 secondes de préparation et jusqu'à deux minutes pour enregistrer chaque réponse. Merci de finaliser votre enregistrement avant dimanche 23h59.
SUBJECT: Invitation : entretien vidéo || Votre candidature a retenu notre attention et nous aimerions mieux vous connaître grâce à un entretien vidéo enregistré. Cliquez sur le bouton ci-dessous pour commencer ; une question d'essai vous permettra de vous familiariser avec l'outil.
La manager souhaiterait échanger avec vous lors d'une visio de 45 minutes. Merci de choisir un créneau la semaine prochaine via le lien de prise de rendez-vous. L'échange se fera sur Teams.
""",
        "inv_assessment_day": """
Félicitations pour votre réussite à l'étape de l'entretien vidéo ! Nous avons le plaisir de vous convier à notre assessment center le mercredi 9 avril dans nos locaux de La Défense, de 8h45 à 16h30. Au programme : un exercice de groupe, une étude de cas avec restitution et un entretien individuel.
SUBJECT: Invitation à notre journée d'évaluation virtuelle || Nous souhaitons vous inviter à notre journée d'évaluation en ligne. Merci de sélectionner l'une des dates proposées dans votre espace candidat d'ici vendredi. Le dossier de l'étude de cas vous sera envoyé 48 heures avant la session.
Vous êtes convié(e) à notre session de recrutement alternance au CFA d'entreprise de Villeurbanne. Prévoyez environ trois heures : présentation, tests pratiques et échanges avec nos tuteurs. Merci de vous munir d'une pièce d'identité.
Nous aimerions vous inviter à notre Job Dating du 6 novembre : vous rencontrerez quatre membres de l'équipe lors d'échanges courts, puis déjeunerez avec quelques-uns de nos analystes.
""",
        "inv_interview": """
Le jury vous invite à un entretien pour le poste de {role}. Les auditions auront lieu le mardi 22 avril à l'Hôtel de Ville. Vous présenterez en dix minutes votre analyse du sujet ci-dessous, puis échangerez avec les membres du jury.
Nous souhaiterions vous rencontrer pour un entretien. Pourriez-vous nous indiquer vos disponibilités pour la semaine du 12 mai ? L'entretien sera mené par deux personnes de l'équipe et une chargée RH.
Nous serions ravis d'aller plus loin avec vous et de planifier un premier échange avec notre Talent Partner. Réservez simplement un créneau de 30 minutes via le lien agenda.
""",
        "off_offer": """
SUBJECT: Votre proposition d'embauche chez {company} || J'ai le plaisir de vous proposer le poste de {role} en CDI. Votre proposition d'embauche, précisant la rémunération, la date de début et les avantages, est disponible dans votre espace candidat. Merci de la signer électroniquement avant le 15 juillet.
À la suite de votre entretien final, nous sommes heureux de vous proposer une place dans notre programme Graduate à partir du 1er septembre. Votre contrat et les documents d'intégration vous parviendront dans un e-mail séparé.
J'ai le plaisir de vous informer que vous figurez sur la liste d'aptitude et que la collectivité souhaite procéder à votre nomination en qualité de stagiaire au poste de {role} à compter du 1er septembre. Merci de confirmer votre acceptation par retour de courrier.
Excellente nouvelle : le client souhaite vous recruter ! Il propose 52 000 € bruts annuels plus variable, avec une prise de poste au 1er mars. Appelez-moi dès que possible pour que nous passions en revue les détails.
""",
        "off_conditional": """
Nous avons le plaisir de vous faire une promesse d'embauche pour le poste de {role}, sous réserve de la vérification de vos diplômes, de vos références et de votre autorisation de travail. Nous vous conseillons de ne pas démissionner avant la levée de ces conditions.
Félicitations pour votre réussite à l'assessment center ! Nous vous proposons une place dans notre programme, sous réserve de l'obtention de votre diplôme de master cet été. Merci d'accepter la proposition dans votre espace sous 14 jours.
Le jury a proposé votre recrutement. Votre arrêté de nomination sera pris dès réception de l'avis favorable du médecin agréé et de votre extrait de casier judiciaire.
""",
        "oth_account": """
SUBJECT: Réinitialisation de votre mot de passe || Nous avons reçu une demande de réinitialisation du mot de passe de votre compte candidat. Cliquez sur le lien ci-dessous pour en choisir un nouveau ; il est valable 60 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
Bienvenue sur le site carrières de {company} ! Votre compte candidat a été créé. Merci de confirmer votre adresse e-mail pour l'activer et commencer à postuler.
""",
        "oth_data_retention": """
Vos données sont conservées dans notre outil de recrutement depuis votre dernière candidature il y a 12 mois. Conformément à notre politique de confidentialité, elles seront supprimées dans 30 jours, sauf si vous vous connectez pour confirmer que vous souhaitez conserver votre profil.
SUBJECT: Vos données dans notre vivier de talents || Vous recevez ce message car votre profil figure dans notre vivier. Conformément au RGPD, nous vous redemandons votre consentement tous les 24 mois. Sans action de votre part, votre profil sera anonymisé le 1er juin.
""",
        "oth_job_alert": """
SUBJECT: 6 nouvelles offres pour votre alerte « Data Engineer – Paris » || Voici les dernières offres correspondant à votre recherche : Senior Data Engineer (hybride), Analytics Engineer, Data Platform Engineer. Gérez vos alertes depuis les paramètres de votre profil.
D'après votre profil, ces postes chez {company} pourraient vous intéresser. Nouveautés de la semaine : {role}, Business Analyst et Chargé(e) d'opérations en alternance. Postulez en quelques clics !
""",
        "oth_withdrawal_confirmed": """
SUBJECT: Retrait de candidature confirmé || Nous vous confirmons que votre candidature au poste de {role} a été retirée à votre demande. Aucune action supplémentaire n'est nécessaire. Vous pourrez postuler de nouveau tant que l'offre reste en ligne.
Comme demandé, nous avons retiré votre candidature de la campagne de recrutement en cours et annulé votre inscription à l'assessment center. Votre compte candidat reste ouvert pour de futures candidatures.
""",
        "oth_survey": """
Nous aimerions connaître votre avis sur notre processus de recrutement, quel qu'en soit le résultat. Ce court questionnaire prend environ trois minutes et vos réponses sont anonymes.
SUBJECT: Votre avis compte || Vous avez récemment participé à notre journée d'évaluation. Pour nous aider à progresser, pourriez-vous noter votre expérience candidat de 0 à 10 ?
""",
    },
    "es": {
        "rej_ats_status": """
El estado de tu candidatura para {role} (ref. REQ-20481) se ha actualizado en el portal del candidato. Tras una revisión detallada, el equipo de selección ha decidido no continuar con tu candidatura para esta posición. Puedes seguir consultando tus documentos e inscribirte en otras ofertas desde tu perfil.
SUBJECT: Tu candidatura ha cambiado de estado || La empresa ha actualizado el estado de tu candidatura a la oferta {role}: Descartado. Te animamos a seguir buscando entre las miles de ofertas nuevas que se publican cada día.
Hemos revisado su perfil frente a los requisitos del puesto de {role} y, lamentablemente, no vamos a continuar con su candidatura. Su perfil sigue activo y puede optar a otras vacantes de {company}.
Tu candidatura para {role} ha pasado al estado «Finalizado – no seleccionado». Este buzón no se revisa, por lo que no podremos leer las respuestas a este mensaje.
Agradecemos tu postulación al cargo de {role}. Luego de revisar tu perfil, lamentamos informarte que no continuarás en el proceso de selección. Tu postulación quedará cerrada en nuestro sistema en las próximas 24 horas.
""",
        "rej_req_closed": """
Te informamos de que el proceso de selección para {role} ha sido cancelado por un cambio en las prioridades del negocio. Por tanto, se han cerrado todas las candidaturas recibidas para esta vacante. Te animamos a seguir atento/a a nuestra web de empleo.
SUBJECT: Vacante cubierta – {role} || La vacante de {role} ya ha sido cubierta, por lo que su candidatura ha dejado de estar activa. Le agradecemos el tiempo dedicado.
Debido a una reorganización interna, la contratación para el puesto de {role} queda suspendida de forma indefinida y la oferta ha sido retirada. Lamentamos no poder avanzar con tu candidatura.
La oferta 2024-0917 se ha cerrado tras cubrirse la posición con una candidata interna. Tu candidatura figura ahora como «Proceso cerrado» en nuestro sistema.
Hemos tenido que congelar varias contrataciones, entre ellas la de {role}, dentro de una revisión global de la plantilla. Preferimos comunicártelo ya en lugar de tenerte esperando: cerramos tu candidatura para este puesto.
""",
        "rej_public_sector": """
SUBJECT: Relación definitiva de admitidos y excluidos || Se ha publicado la relación definitiva de aspirantes admitidos y excluidos del proceso selectivo. Su solicitud figura como excluida por no haber abonado la tasa de derechos de examen dentro del plazo. Contra esta resolución podrá interponer recurso potestativo de reposición en el plazo de un mes.
El tribunal calificador ha publicado las calificaciones del primer ejercicio de la oposición. Con una puntuación de 4,20 puntos no ha alcanzado el mínimo de 5 necesario para superar el ejercicio, por lo que queda eliminado/a del proceso selectivo.
La comisión de valoración ha baremado los méritos de todas las personas aspirantes a la plaza de {role} del Ayuntamiento. Lamentamos comunicarle que su puntuación no le sitúa entre las personas convocadas a la entrevista.
Una vez finalizado el proceso selectivo, le informamos de que no ha obtenido plaza. Tampoco ha sido incluido/a en la bolsa de empleo resultante, al no haber superado la fase de oposición.
Tras las entrevistas celebradas la semana pasada, la Dirección de Recursos Humanos del Hospital ha seleccionado a otra candidata para el puesto. Su currículum quedará registrado en nuestra base de datos durante un año.
La Universidad ha resuelto el concurso para la plaza de personal técnico de apoyo (ref. PTA-2291). Lamentamos comunicarle que su candidatura no ha resultado seleccionada. La resolución completa puede consultarse en el tablón electrónico de la sede.
""",
        "rej_test_stage": """
Gracias por completar las pruebas online de nuestro Programa de Graduados. Hemos revisado tus resultados y, lamentablemente, no alcanzan la puntuación necesaria para pasar a la siguiente fase. Podrás volver a presentarte en la próxima convocatoria.
SUBJECT: Resultado de tus pruebas de aptitud || Hemos evaluado tus resultados en las pruebas de razonamiento numérico y verbal. En esta ocasión no vamos a invitarte a la siguiente fase del proceso.
No hemos recibido la prueba técnica online para {role} antes de la fecha límite del viernes a las 23:59. Al tratarse de una fase obligatoria del proceso, hemos cerrado tu candidatura.
Gracias por realizar la prueba de juicio situacional. Este año la competencia ha sido excepcional y solo podemos avanzar con un porcentaje pequeño de candidatos. Sentimos decirte que tu candidatura no continuará.
""",
        "rej_video_stage": """
Gracias por grabar tu entrevista en vídeo para {role}. Nuestro equipo ha revisado todas las grabaciones y hemos decidido no invitarte al assessment center.
Valoramos mucho el tiempo que dedicó a la videoentrevista diferida. Tras analizar sus respuestas según nuestro modelo de competencias, lamentamos comunicarle que no pasará a la ronda final.
SUBJECT: Resultado de tu videoentrevista || Ya hemos evaluado tu videoentrevista. Lamentablemente, no has superado esta fase. En nuestra web de Talento Joven encontrarás consejos para futuros procesos.
El plazo para grabar tu videoentrevista para {role} terminó el 12 de mayo sin que recibiéramos ninguna grabación. Como no podemos valorar tu candidatura sin ella, te hemos retirado de la promoción de este año.
""",
        "rej_assessment_centre": """
Gracias por participar en nuestro assessment center virtual el jueves pasado. Los evaluadores han revisado tu desempeño en la dinámica de grupo, el caso práctico y la entrevista, y sentimos comunicarte que no podemos ofrecerte una plaza en el programa. En unos diez días hábiles tendrás disponible tu informe de feedback en el portal.
Fue un placer conocerte en la jornada de selección de FP Dual. Tras la valoración final, hemos decidido no ofrecerte una plaza para el curso 2025-2026. No te desanimes: muchos de nuestros aprendices se presentaron más de una vez.
SUBJECT: Resultado del assessment center || Hemos concluido la evaluación de la jornada del 3 y 4 de octubre. Aunque demostró una gran capacidad analítica en el caso práctico, su puntuación global quedó ligeramente por debajo del nivel requerido, por lo que no continuaremos con su candidatura.
Después de la dinámica de grupo del martes, lamentamos informarte de que no vas a continuar en el proceso. El nivel de los participantes fue muy alto y hemos tenido que tomar decisiones difíciles.
""",
        "rej_final_round": """
Gracias por reunirse con el comité en la entrevista final. Tras mucha deliberación, hemos decidido ofrecer el puesto a otra persona cuya experiencia se ajusta más a las necesidades actuales del equipo.
Quería contarte personalmente cómo fue la decisión tras tu entrevista final con nuestra directora de Operaciones: estuviste entre los dos finalistas, pero finalmente nos hemos decantado por el otro candidato. Si te sirve, te doy feedback en una llamada breve.
SUBJECT: {role} – decisión final || El comité de contratación ha tomado su decisión final para {role} y, lamentablemente, no ha sido favorable a tu candidatura. Ha estado muy reñido; si nos das tu permiso, conservaremos tu CV durante 12 meses para procesos similares.
Hemos cerrado la última fase del proceso de selección y no continuaremos con su candidatura. El responsable del área me pidió que le transmitiera que su presentación fue muy bien valorada.
""",
        "rej_requirement": """
Este puesto requiere permiso de trabajo vigente en España y no podemos gestionar patrocinios de visado. Dado que en tu solicitud indicas que lo necesitarías, no podemos continuar con tu candidatura.
Nuestro programa de becas está dirigido a estudiantes matriculados en el último curso de grado o máster, ya que requiere la firma de un convenio de prácticas con la universidad. Según los datos de tu solicitud no cumples este requisito, por lo que tu candidatura se ha descartado automáticamente.
En las preguntas de filtro indicaste que no dispones de carné de conducir B, imprescindible para el puesto de {role}. Por ello no podemos seguir adelante con tu candidatura.
SUBJECT: Documentación incompleta || No hemos recibido la homologación de su título extranjero antes de la fecha de cierre. Conforme a las bases de la convocatoria, las solicitudes incompletas no pueden valorarse, por lo que su candidatura ha sido desestimada.
El puesto exige un nivel de alemán C1, que se verificó en la entrevista telefónica. Al no cumplirse este requisito, no podemos avanzar con tu candidatura por ahora.
""",
        "rej_agency": """
Acabo de tener noticias de mi cliente sobre la posición de {role}. Han revisado tu CV y han decidido no seguir adelante porque buscan a alguien con más experiencia práctica en SAP. Te tengo en cuenta para otras posiciones que me vayan entrando.
Te cuento rápido: el cliente se ha decidido por otro candidato tras la segunda entrevista. Sé que es una pena; te llamo mañana para pasarte su feedback y comentarte otros procesos que llevo.
SUBJECT: Respuesta de nuestro cliente || Tras su entrevista del martes con nuestro cliente, nos han comunicado que no continuarán con su candidatura. Valoraron su perfil técnico, pero necesitan una incorporación inmediata.
Desde la ETT te informamos de que la empresa usuaria ha paralizado la contratación, así que tu candidatura para {role} no seguirá adelante por ahora. Mantenemos tu perfil dado de alta y te avisaremos cuando haya vacantes adecuadas.
""",
        "rej_screening": """
Hemos revisado con atención tu CV y tu carta de presentación en relación con los requisitos del puesto de {role}. Aunque tu trayectoria es muy interesante, hemos decidido avanzar con otros perfiles que se ajustan más a lo que buscamos.
Tras una primera revisión de las candidaturas, lamentamos comunicarle que no le convocaremos a entrevista para este puesto.
Gracias por la llamada de la semana pasada. Conversé con el gerente del área y decidimos no avanzar a la siguiente etapa para el cargo de {role}.
SUBJECT: Sobre tu candidatura || Hemos recibido más de 1.400 candidaturas para esta oferta. Tras una primera criba, sentimos comunicarte que tu candidatura no ha sido seleccionada.
""",
        "ack_ats_receipt": """
SUBJECT: Candidatura recibida – {role} (REQ-20481) || Hemos recibido tu candidatura para {role}. Puedes consultar el estado en cualquier momento accediendo a tu cuenta de candidato. No es necesario que nos contactes: alguien del equipo de selección se pondrá en contacto contigo si tu perfil encaja.
Te confirmamos que tu candidatura se envió correctamente el 14/02/2025 a las 09:42. Oferta: {role}. Ubicación: Madrid. Recibirás un correo cuando cambie el estado de tu candidatura.
SUBJECT: Tu CV ha sido leído || La empresa ha leído tu CV para la oferta {role}. Te avisaremos en cuanto haya novedades en el proceso de selección.
Acusamos recibo de su solicitud para el puesto de {role}. Le rogamos que conserve este correo. Su número de referencia es 558201.
¡Gracias por postularte! Recibimos tu postulación para {role} y nuestro equipo de Talento la revisará en los próximos días. Si tu perfil coincide con lo que buscamos, te contactaremos dentro de tres semanas.
""",
        "ack_status_review": """
Su candidatura para {role} está siendo revisada por el área solicitante. Estado: En revisión. Procuramos dar respuesta a todas las personas candidatas en un plazo de 15 días hábiles tras el cierre de la oferta.
El plazo de inscripción para {role} ya ha finalizado y estamos revisando todas las candidaturas. Debido al volumen recibido, el proceso puede durar hasta cuatro semanas. Si no has recibido noticias nuestras antes del 30 de abril, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
SUBJECT: Tu candidatura sigue avanzando || ¡Buenas noticias! Tu candidatura ha superado el primer filtro y se ha enviado al responsable de contratación. Te informaremos de los siguientes pasos en cuanto tengamos su valoración.
Gracias por tu paciencia. Seguimos revisando candidaturas para {role} y todavía no hemos tomado ninguna decisión. Te escribiremos en cualquier caso cuando cerremos la lista de finalistas, previsiblemente a finales de la semana que viene.
Hemos recibido tus pruebas online y las estamos corrigiendo. Los resultados se comunican normalmente en un plazo de diez días hábiles por correo electrónico, sea cual sea la decisión.
SUBJECT: Estado: CV en proceso || La empresa ha cambiado el estado de tu candidatura a «En proceso» en la oferta {role}. Esto significa que tu CV sigue siendo valorado por el equipo de selección.
""",
        "ack_public_receipt": """
Su solicitud de participación en el proceso selectivo ha quedado registrada con el número 2025-E-04417. Una vez finalizado el plazo de presentación de solicitudes, se publicará en el boletín oficial la lista provisional de admitidos y excluidos.
Acusamos recibo de su solicitud para la plaza de {role} (referencia 2291/ADM). La comisión de selección valorará los méritos tras la fecha límite de presentación. Si no ha sido convocado/a antes del 28 de marzo, deberá entender que su candidatura no ha sido preseleccionada.
Le comunicamos que figura en la relación definitiva de aspirantes admitidos. La fecha, hora y lugar de celebración del primer ejercicio se publicarán en la sede electrónica con al menos quince días de antelación.
Gracias por presentar su candidatura al Ayuntamiento. Su solicitud ha sido registrada y se valorará conforme a las bases de la convocatoria. Debido al elevado número de solicitudes, no podemos atender consultas individuales sobre el estado del proceso.
""",
        "inv_online_test": """
SUBJECT: Siguiente paso: pruebas online para {role} || ¡Enhorabuena! Queremos invitarte a la siguiente fase del proceso: unas pruebas online de razonamiento numérico y un cuestionario de personalidad, de unos 45 minutos. Complétalas en un plazo de cinco días desde el enlace que encontrarás abajo.
Como siguiente paso, te pedimos que realices la prueba técnica en nuestra plataforma de evaluación. Tendrás 90 minutos desde que empieces y el enlace caduca el 21 de marzo a las 23:59.
Su candidatura ha pasado a la fase de pruebas online. En breve recibirá un correo aparte de nuestro proveedor de evaluación con sus credenciales de acceso. Revise la carpeta de spam si no lo ha recibido en 24 horas.
Por la presente se le convoca a la realización del primer ejercicio de la oposición, que tendrá lugar el sábado 8 de noviembre a las 10:00 horas en la Facultad de Derecho, aulario B. Deberá presentar DNI o pasaporte en vigor y bolígrafo azul.
""",
        "inv_video_interview": """
Te invitamos a realizar una videoentrevista para {role}. Responderás a cinco preguntas, con 30 segundos para preparar cada respuesta y hasta dos minutos para grabarla. Tienes hasta el domingo a las 23:59.
SUBJECT: Invitación: entrevista digital || Tu perfil nos ha gustado y queremos conocerte mejor mediante una entrevista en vídeo grabada. Pulsa el botón de abajo para empezar; podrás hacer una pregunta de prueba antes de las reales.
La gerente del área quiere conversar contigo en una videollamada de 45 minutos. Por favor, agenda un horario la próxima semana a través del enlace. La reunión será por Google Meet.
""",
        "inv_assessment_day": """
¡Enhorabuena por superar la fase de videoentrevista! Nos complace invitarte a nuestro assessment center el miércoles 9 de abril en nuestras oficinas de Madrid, de 8:45 a 16:30. Habrá una dinámica de grupo, un caso práctico con presentación y una entrevista individual.
SUBJECT: Invitación a nuestra jornada de evaluación virtual || Queremos invitarle a nuestra jornada de evaluación online. Seleccione una de las fechas disponibles en su portal de candidato antes del viernes. Recibirá el material del caso práctico 48 horas antes de la sesión.
Has sido seleccionado/a para la jornada de selección de FP Dual en nuestro centro de formación de Martorell. Dura unas tres horas e incluye pruebas prácticas en taller. Trae tu DNI y calzado de seguridad si lo tienes.
Nos encantaría invitarte a nuestro Assessment Day el 6 de noviembre: conocerás a cuatro personas del equipo en conversaciones breves y comerás con algunos de nuestros analistas.
""",
        "inv_interview": """
El tribunal le convoca a la fase de entrevista para la plaza de {role}, que se celebrará el martes 22 de abril en la Casa Consistorial. Deberá exponer durante diez minutos el tema indicado abajo y responder a las preguntas del tribunal.
Nos gustaría conocerle en persona. ¿Podría indicarnos su disponibilidad para la semana del 12 de mayo? La entrevista la realizarán dos personas del equipo y una técnica de RR. HH.
Queremos seguir adelante con tu candidatura y agendar una primera conversación con nuestra Talent Partner. Solo tienes que reservar un hueco de 30 minutos en el calendario del enlace.
""",
        "off_offer": """
SUBJECT: Tu oferta de {company} || Me alegra mucho ofrecerte el puesto de {role}. Tu carta oferta, con salario, fecha de incorporación y beneficios, ya está disponible en tu portal de candidato. Revísala y acéptala electrónicamente antes del 15 de julio.
Tras tu entrevista final, nos complace ofrecerte una plaza en nuestro Programa de Graduados a partir del 1 de septiembre. Recibirás el contrato y la documentación de incorporación en un correo aparte.
Le comunicamos que, a propuesta del tribunal, ha sido nombrado/a funcionario/a en prácticas. Dispone de un plazo de veinte días naturales para presentar la documentación acreditativa de los requisitos y tomar posesión de la plaza.
¡Buenísimas noticias: el cliente quiere contratarte! Ofrecen 45.000 € brutos anuales más variable e incorporación el 1 de marzo. Llámame cuando puedas y repasamos juntos los detalles.
""",
        "off_conditional": """
Nos complace hacerle una oferta de empleo para el puesto de {role}, condicionada a la verificación satisfactoria de referencias, antecedentes y permiso de trabajo. Le recomendamos no presentar su renuncia actual hasta que se hayan cumplido todas las condiciones.
¡Enhorabuena por superar el assessment center! Queremos ofrecerte una plaza en el programa, siempre que termines el máster este verano como indicaste. Acepta la oferta en el portal en un plazo de 14 días.
Tras la entrevista final, te confirmamos nuestra intención de contratarte como {role}. La propuesta queda sujeta a que superes el examen médico preocupacional; en cuanto recibamos el resultado te enviaremos el contrato.
""",
        "oth_account": """
SUBJECT: Restablece tu contraseña || Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de candidato. Haz clic en el enlace para elegir una nueva; es válido durante 60 minutos. Si no lo has solicitado tú, ignora este mensaje.
¡Te damos la bienvenida al portal de empleo de {company}! Tu cuenta de candidato se ha creado correctamente. Confirma tu dirección de correo para activarla y empezar a inscribirte en ofertas.
""",
        "oth_data_retention": """
Sus datos personales figuran en nuestra base de candidatos desde su última solicitud hace 12 meses. De acuerdo con nuestra política de privacidad, se eliminarán en 30 días salvo que acceda a su perfil y confirme que desea mantenerlo.
SUBJECT: Tus datos en nuestra bolsa de talento || Recibes este mensaje porque tu perfil está guardado en nuestra bolsa de talento. Conforme al RGPD, renovamos tu consentimiento cada 24 meses. Si no haces nada, tu perfil se anonimizará el 1 de junio.
""",
        "oth_job_alert": """
SUBJECT: 6 ofertas nuevas para tu alerta «Data Engineer – Barcelona» || Estas son las últimas ofertas que encajan con tu búsqueda guardada: Senior Data Engineer (híbrido), Analytics Engineer, Data Platform Engineer. Puedes gestionar tus alertas desde la configuración de tu perfil.
Según tu perfil, estas vacantes de {company} podrían interesarte. Novedades de la semana: {role}, Business Analyst y Becario/a de Operaciones. ¡Inscríbete en pocos clics!
""",
        "oth_withdrawal_confirmed": """
SUBJECT: Retirada de candidatura confirmada || Le confirmamos que su candidatura para {role} se ha retirado a petición suya. No necesita hacer nada más. Si cambia de opinión, podrá volver a inscribirse mientras la oferta siga abierta.
Tal y como nos pediste, hemos retirado tu candidatura del proceso actual y anulado tu reserva para el assessment center. Tu cuenta de candidato sigue activa para futuras ofertas.
""",
        "oth_survey": """
Nos gustaría saber cómo ha sido tu experiencia con nuestro proceso de selección, independientemente del resultado. La encuesta dura unos tres minutos y es anónima.
SUBJECT: ¿Qué tal tu experiencia? || Has participado recientemente en nuestra jornada de evaluación. Ayúdanos a mejorar: del 0 al 10, ¿cuánto recomendarías nuestro proceso de selección a un amigo?
""",
    },
    "pt": {
        "rej_ats_status": """
SUBJECT: Atualização sobre sua candidatura || Sua candidatura para a vaga {role} foi atualizada. Infelizmente, seu perfil não avançou para a próxima etapa do processo seletivo. Você pode conferir outras vagas abertas na nossa página de carreiras e se candidatar diretamente pela plataforma.
O estado da sua candidatura à função de {role} (ref.ª REQ-20481) foi atualizado no portal de candidatos. Após uma análise cuidada, a equipa de recrutamento decidiu não prosseguir com a sua candidatura. Continua a poder consultar os seus documentos e candidatar-se a outras ofertas a partir do seu perfil.
Analisamos seu perfil em relação aos requisitos da vaga de {role} e, infelizmente, não seguiremos com sua candidatura. Seu cadastro continua ativo no nosso banco de talentos e você pode se inscrever em outras oportunidades.
Sua candidatura para {role} mudou para o status “Processo finalizado”. Este e-mail é automático, por favor não responda.
Obrigado pelo tempo que dedicou à sua candidatura. Concluímos a análise das candidaturas para {role} e lamentamos informar que não foi selecionado(a) para continuar no processo. A candidatura será encerrada no nosso sistema nas próximas 24 horas.
""",
        "rej_req_closed": """
Informamos que a vaga de {role} para a qual você se candidatou foi cancelada devido a uma mudança nas prioridades do negócio. Por isso, todas as candidaturas foram encerradas. Continue acompanhando nossa página de carreiras para novas oportunidades.
SUBJECT: Vaga preenchida – {role} || A vaga de {role} já foi preenchida, pelo que a sua candidatura deixou de estar ativa. Agradecemos o tempo que dedicou ao processo.
Devido a uma reestruturação interna, a contratação para {role} foi congelada por tempo indeterminado e a vaga saiu do ar. Lamentamos não poder seguir com sua candidatura.
A vaga 2024-0917 foi encerrada após ser preenchida por meio de recrutamento interno. Sua candidatura agora aparece como “Vaga finalizada” na plataforma.
No âmbito de um congelamento de contratações a nível do grupo, tivemos de encerrar várias posições, incluindo a de {role}. Preferimos informá-lo(a) já, em vez de o(a) deixar à espera: não iremos avançar com a sua candidatura.
""",
        "rej_public_sector": """
SUBJECT: Resultado da prova objetiva – Concurso Público Edital nº 03/2024 || Informamos que o resultado definitivo da prova objetiva foi publicado no Diário Oficial. Com 41 pontos, você não atingiu a nota mínima de 50 pontos exigida no edital e, portanto, foi eliminado(a) do certame.
O júri do procedimento concursal reuniu para apreciar as candidaturas de acordo com os métodos de seleção previstos no aviso de abertura. Lamentamos informar que V. Ex.ª não foi admitido(a) à entrevista profissional de seleção.
Notifica-se V. Ex.ª de que a sua candidatura foi excluída do procedimento concursal por não possuir o nível habilitacional exigido no aviso de abertura. Dispõe de 10 dias úteis para, querendo, se pronunciar em sede de audiência dos interessados.
Foi publicada a classificação final do processo seletivo simplificado. Você ficou na 87ª posição, fora do número de vagas e do cadastro reserva previstos no edital.
Após as entrevistas realizadas na semana passada, o RH do Hospital optou por outra candidata para a vaga. Seu currículo permanecerá em nosso banco de talentos por 12 meses.
A Universidade concluiu o concurso para atribuição de uma bolsa de investigação (ref.ª BI-2291). Lamentamos informar que a sua candidatura não foi selecionada. A ata do júri e a lista de ordenação final estão disponíveis para consulta nos serviços.
""",
        "rej_test_stage": """
Obrigado por realizar os testes online do nosso Programa de Trainee. Analisamos seus resultados e, infelizmente, eles não atingiram a pontuação necessária para a próxima etapa. Você poderá se inscrever novamente no próximo ciclo.
SUBJECT: Resultado do teste de lógica || Seu resultado no teste de raciocínio lógico foi avaliado de acordo com os critérios desta vaga. Desta vez, você não seguirá para a etapa de dinâmica de grupo.
O teste técnico online para {role} não foi concluído dentro do prazo, que terminou sexta-feira às 23h59. Sendo uma etapa obrigatória do processo, a sua candidatura foi encerrada.
Obrigado por fazer o case online. Nosso time avaliou sua entrega com cuidado, mas ela não atendeu às expectativas da vaga na parte de modelagem financeira. Por isso, não seguiremos com sua candidatura.
""",
        "rej_video_stage": """
Obrigado por gravar sua entrevista em vídeo para {role}. Nosso time assistiu a todas as gravações e decidimos não convidar você para o painel com os gestores.
Agradecemos o tempo que dedicou à entrevista em vídeo gravada. Após analisarmos as suas respostas face ao nosso modelo de competências, lamentamos informar que não passará à fase final.
SUBJECT: Resultado da etapa de vídeo || A avaliação da sua apresentação em vídeo foi concluída. Infelizmente você não avançou nesta etapa. No site do nosso Programa de Estágio você encontra dicas para os próximos processos.
O prazo para enviar o vídeo da etapa “Conte sua história” terminou em 12 de maio sem que recebêssemos sua gravação. Como essa etapa é eliminatória, sua candidatura foi encerrada.
""",
        "rej_assessment_centre": """
Obrigado por participar do nosso painel virtual na última quinta-feira. Os avaliadores analisaram seu desempenho na dinâmica de grupo, no case e na entrevista, e infelizmente não poderemos oferecer uma vaga no programa. Seu feedback individual estará disponível na plataforma em até dez dias úteis.
Foi um prazer conhecer você no dia de seleção do Programa Jovem Aprendiz. Depois da avaliação final, decidimos não seguir com sua candidatura para a turma de 2025. Não desanime: muitos dos nossos aprendizes participaram mais de uma vez.
SUBJECT: Resultado do assessment center || Concluímos a avaliação do assessment center dos dias 3 e 4 de outubro. Apesar de ter demonstrado uma excelente capacidade analítica no estudo de caso, a sua pontuação global ficou ligeiramente abaixo do exigido, pelo que não avançaremos com a sua candidatura.
Após a dinâmica de grupo de terça-feira, infelizmente você não seguirá no processo. O nível dos participantes foi muito alto e precisamos tomar decisões difíceis.
""",
        "rej_final_round": """
Obrigado por ter estado connosco na entrevista final. Após muita ponderação, decidimos avançar com outra pessoa cuja experiência se adequa mais às necessidades atuais da equipa.
Queria te contar pessoalmente o resultado da sua entrevista final com nossa diretora de Operações: você estava entre os dois finalistas, mas optamos pelo outro candidato. Se quiser, te passo um feedback numa ligação rápida.
SUBJECT: {role} – decisão final || O comitê tomou a decisão final para a vaga de {role} e, infelizmente, ela não foi favorável a você. Foi uma decisão apertada; com sua autorização, manteremos seu currículo por 12 meses para vagas semelhantes.
Concluímos a última fase do processo de recrutamento e não iremos prosseguir com a sua candidatura. O diretor da área pediu-me que lhe transmitisse que a sua apresentação foi muito bem recebida.
""",
        "rej_requirement": """
Esta função exige autorização de residência válida para trabalhar em Portugal e não temos possibilidade de apoiar processos de visto. Uma vez que indicou precisar dessa autorização, não podemos dar seguimento à sua candidatura.
Nosso Programa de Estágio é destinado a estudantes com formatura prevista entre dezembro de 2025 e dezembro de 2026. De acordo com as informações do seu cadastro, você não atende a esse requisito, e sua candidatura foi reprovada automaticamente.
Nas perguntas eliminatórias você informou não possuir CNH categoria B, requisito obrigatório para a vaga de {role}. Por isso não podemos seguir com sua candidatura.
SUBJECT: Candidatura incompleta || Não recebemos, até à data-limite, o certificado de habilitações nem o reconhecimento do seu grau estrangeiro. De acordo com as regras do processo, candidaturas incompletas não podem ser avaliadas, pelo que a sua foi excluída.
A vaga exige inglês fluente (nível C1), verificado na entrevista com o RH. Como esse requisito não foi atendido, não poderemos avançar com sua candidatura neste momento.
""",
        "rej_agency": """
Acabei de ter o retorno do meu cliente sobre a vaga de {role}. Eles analisaram seu currículo e decidiram não seguir, pois buscam alguém com mais experiência prática em SAP. Vou te manter no radar para outras posições.
Uma atualização rápida: o cliente acabou por escolher outro candidato depois da segunda entrevista. Sei que é desanimador; ligo-lhe amanhã para partilhar o feedback e falar de outras oportunidades que tenho em mãos.
SUBJECT: Retorno do cliente || Após sua entrevista de terça-feira, nosso cliente informou que não dará continuidade ao processo com você. Gostaram da parte técnica, mas precisam de alguém com disponibilidade imediata.
A empresa cliente suspendeu a contratação, por isso a sua candidatura para {role} não vai avançar por agora. O seu perfil continua registado na nossa agência e entraremos em contacto quando surgir uma oferta adequada.
""",
        "rej_screening": """
Analisamos com atenção seu currículo em relação aos requisitos da vaga de {role}. Apesar da sua trajetória interessante, decidimos seguir com outros perfis mais aderentes ao que buscamos neste momento.
Após uma primeira triagem das candidaturas, lamentamos informar que não será convidado(a) para entrevista para esta função.
Obrigado pela conversa da semana passada. Conversei com o gestor da área e decidimos não avançar para a próxima etapa da vaga de {role}.
SUBJECT: Sobre sua candidatura || Recebemos mais de 1.400 inscrições para esta vaga. Após uma primeira triagem, infelizmente seu perfil não foi selecionado para as próximas etapas.
""",
        "ack_ats_receipt": """
SUBJECT: Candidatura realizada com sucesso! || Sua candidatura para a vaga {role} foi concluída. Você pode acompanhar cada etapa do processo seletivo pela sua página de candidaturas. Fique de olho no seu e-mail: avisaremos sempre que houver novidades.
Confirmamos que a sua candidatura foi submetida com sucesso a 14/02/2025 às 09h42. Função: {role}. Local: Lisboa. Receberá um e-mail sempre que o estado da candidatura for alterado.
Valeu por se candidatar! Sua inscrição chegou direitinho e nosso time de Gente vai analisá-la nos próximos dias. Enquanto isso, conheça mais sobre a nossa cultura no nosso blog.
Acusamos a receção da sua candidatura à oferta de {role}. Por favor, guarde este e-mail. O número de referência da sua candidatura é 558201.
Sua candidatura foi enviada para {company}. Se o seu perfil estiver alinhado com a vaga, alguém do time de recrutamento entrará em contato em até três semanas.
""",
        "ack_status_review": """
A sua candidatura para {role} está a ser analisada pela equipa de recrutamento. Estado: Em análise. Procuramos dar resposta a todos os candidatos no prazo de 15 dias úteis após o fecho da oferta.
As inscrições para a vaga de {role} foram encerradas e estamos analisando todos os currículos. Devido ao grande volume, isso pode levar até quatro semanas. Se você não receber retorno até 30 de abril, considere que sua candidatura não foi selecionada desta vez.
SUBJECT: Você avançou de etapa! || Boa notícia: seu currículo passou pela triagem inicial e foi encaminhado para o gestor da vaga. Assim que tivermos o retorno dele, contaremos os próximos passos.
Obrigado pela sua paciência. Ainda estamos a analisar candidaturas para {role} e não foi tomada nenhuma decisão. Receberá notícias nossas em qualquer caso quando a lista de finalistas estiver fechada, previsivelmente no final da próxima semana.
Recebemos seus testes online e eles estão em avaliação. Os resultados costumam sair em até dez dias úteis e você será avisado por e-mail, seja qual for a decisão.
Sua candidatura está na etapa “Análise de currículo”. Nosso time está avaliando os perfis com cuidado e, assim que houver movimentação, você receberá uma notificação. Acompanhe tudo pela plataforma.
""",
        "ack_public_receipt": """
Sua inscrição no Concurso Público Edital nº 03/2024 foi confirmada após a compensação do pagamento da taxa. O cartão de confirmação, com local e horário da prova, será divulgado no site da banca organizadora com antecedência mínima de 10 dias.
Acusamos a receção da sua candidatura ao procedimento concursal para {role} (ref.ª 2291/ADM). As candidaturas serão apreciadas pelo júri após o termo do prazo. A lista dos candidatos admitidos e excluídos será publicitada na página eletrónica do serviço.
Informa-se que a sua candidatura foi admitida, constando da lista de candidatos admitidos ao procedimento concursal. A data e o local da prova de conhecimentos serão comunicados oportunamente.
Obrigado por se inscrever no processo seletivo da Prefeitura. Sua documentação foi recebida e será analisada conforme os critérios do edital. Devido ao número de inscritos, não respondemos a consultas individuais sobre o andamento.
""",
        "inv_online_test": """
SUBJECT: Próxima etapa: testes online || Parabéns! Você foi aprovado(a) na etapa de inscrição e agora vai para os testes online: raciocínio lógico, inglês e teste de perfil comportamental. São cerca de 45 minutos e você tem cinco dias para concluir pelo link abaixo.
Como próximo passo, pedimos-lhe que realize o desafio técnico na nossa plataforma de avaliação. Terá 90 minutos a partir do momento em que começar; o link expira a 21 de março às 23h59.
Sua candidatura avançou para a etapa de testes. Em breve você receberá um e-mail separado do nosso parceiro de avaliação com seu login e senha. Confira também a caixa de spam se não chegar em 24 horas.
Fica V. Ex.ª convocado(a) para a realização da prova de conhecimentos no dia 8 de novembro, às 10h00, no Auditório da Câmara Municipal. Deve apresentar-se com documento de identificação válido e caneta azul ou preta.
""",
        "inv_video_interview": """
Você foi convidado(a) para gravar uma entrevista em vídeo para {role}. Serão cinco perguntas, com 30 segundos para se preparar e até dois minutos para gravar cada resposta. Conclua até domingo às 23h59.
SUBJECT: Convite: entrevista digital || A sua candidatura despertou o nosso interesse e gostaríamos de o(a) conhecer melhor através de uma entrevista em vídeo gravada. Clique no botão abaixo para começar; poderá responder a uma pergunta de treino antes das perguntas reais.
A gestora da área gostaria de conversar com você numa chamada de vídeo de 45 minutos. Escolha um horário na próxima semana pelo link de agendamento. A conversa será pelo Google Meet.
""",
        "inv_assessment_day": """
Parabéns por concluir a etapa de vídeo! Você está convidado(a) para o nosso painel presencial na quarta-feira, 9 de abril, no escritório de São Paulo, das 8h45 às 16h30. Teremos dinâmica de grupo, apresentação de case e entrevista individual.
SUBJECT: Convite para o Assessment Day virtual || Gostaríamos de o(a) convidar para o nosso Assessment Day online. Selecione uma das datas disponíveis no portal de candidato até sexta-feira. Os materiais do estudo de caso serão enviados 48 horas antes da sessão.
Você foi selecionado(a) para a dinâmica de grupo do Programa Jovem Aprendiz, que acontecerá no nosso centro de treinamento em Betim. Reserve cerca de três horas e leve um documento com foto.
Gostaríamos de o(a) convidar para o nosso Dia de Recrutamento a 6 de novembro: vai conhecer quatro pessoas da equipa em conversas curtas e almoçar com alguns dos nossos analistas.
""",
        "inv_interview": """
Fica convocado(a) para a entrevista profissional de seleção no âmbito do procedimento concursal para {role}, a realizar no dia 22 de abril, às 14h30, nas instalações da Câmara Municipal. A entrevista terá a duração aproximada de 30 minutos.
Gostaríamos de conhecer você pessoalmente. Pode nos informar sua disponibilidade na semana de 12 de maio? A entrevista será com duas pessoas do time e uma analista de RH.
Queremos seguir com sua candidatura e marcar um bate-papo inicial com nossa Talent Partner. É só reservar um horário de 30 minutos pelo link da agenda.
""",
        "off_offer": """
SUBJECT: Proposta de contratação – {role} || Estou muito feliz em oferecer a você a vaga de {role}! Sua carta-proposta, com salário, data de início e benefícios, já está disponível na plataforma. Revise e aceite eletronicamente até 15 de julho.
Após a entrevista final, temos o prazer de lhe oferecer um lugar no nosso Programa de Trainees, com início a 1 de setembro. O contrato e a documentação de acolhimento seguirão num e-mail separado.
Informamos que você foi aprovado(a) e classificado(a) dentro do número de vagas, e sua nomeação foi publicada no Diário Oficial de hoje. Você tem 30 dias para tomar posse, apresentando a documentação exigida no edital.
Excelente notícia: o cliente quer contratá-lo(a)! Propõem 32.000 € brutos anuais mais prémio e início a 1 de março. Ligue-me assim que puder para vermos os detalhes juntos.
""",
        "off_conditional": """
Temos o prazer de lhe apresentar uma proposta de emprego para a função de {role}, condicionada à verificação das suas referências, do registo criminal e da autorização de trabalho. Recomendamos que não se despeça do emprego atual até que todas as condições estejam cumpridas.
Parabéns por passar no painel final! Queremos oferecer a você uma vaga no programa, desde que você conclua a graduação até dezembro, como informado. Aceite a proposta na plataforma em até 14 dias.
Você foi aprovado(a) no processo seletivo! A admissão fica condicionada ao exame admissional e à entrega da documentação. Nosso time de Admissão vai entrar em contato para agendar o exame e enviar a lista de documentos.
""",
        "oth_account": """
SUBJECT: Redefinição de senha || Recebemos uma solicitação para redefinir a senha da sua conta de candidato. Clique no link abaixo para criar uma nova senha; ele é válido por 60 minutos. Se não foi você, ignore este e-mail.
Bem-vindo(a) ao portal de carreiras! A sua conta de candidato foi criada. Confirme o seu endereço de e-mail para a ativar e começar a candidatar-se a ofertas.
""",
        "oth_data_retention": """
Os seus dados pessoais estão guardados na nossa base de candidatos desde a sua última candidatura, há 12 meses. De acordo com a nossa política de privacidade, serão eliminados dentro de 30 dias, a menos que aceda ao seu perfil e confirme que pretende mantê-lo.
SUBJECT: Seus dados no nosso banco de talentos || Você está recebendo esta mensagem porque seu perfil está no nosso banco de talentos. Em conformidade com a LGPD, pedimos a cada 24 meses que você confirme se deseja continuar cadastrado(a). Se não houver resposta, seus dados serão excluídos em 1º de junho.
""",
        "oth_job_alert": """
SUBJECT: 6 novas vagas para o seu alerta “Data Engineer – São Paulo” || Confira as vagas mais recentes que combinam com sua busca: Senior Data Engineer (híbrido), Analytics Engineer, Data Platform Engineer. Você pode gerenciar seus alertas nas configurações do perfil.
Com base no seu perfil, estas ofertas podem interessar-lhe. Novidades da semana: {role}, Business Analyst e Estágio em Operações. Candidate-se em poucos cliques!
""",
        "oth_withdrawal_confirmed": """
SUBJECT: Desistência confirmada || Confirmamos que a sua candidatura para {role} foi retirada a seu pedido. Não é necessária qualquer ação adicional. Se mudar de ideias, pode candidatar-se novamente enquanto a oferta estiver aberta.
Conforme solicitado, sua candidatura foi removida do processo seletivo atual e seu agendamento do painel foi cancelado. Sua conta continua ativa para futuras oportunidades.
""",
        "oth_survey": """
Queremos saber como foi sua experiência no nosso processo seletivo, independentemente do resultado. A pesquisa leva cerca de 3 minutos e suas respostas são anônimas.
SUBJECT: Como correu? || Participou recentemente no nosso Assessment Day. Ajude-nos a melhorar: de 0 a 10, qual a probabilidade de recomendar o nosso processo de recrutamento a um amigo?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Dear {first} Rivera,",
            "Hello {first},",
            "Dear Candidate,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thank you for applying for the {role} position at {company}.",
            "Thank you for your interest in a career with {company}.",
            "We appreciate the time and effort you have put into your application.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "We wish you all the best for the future.",
            "Best of luck with your career search.",
            "We hope you will consider {company} again in the future.",
        ],
        "marketing": [
            "At {company}, more than 40,000 colleagues in 30 countries work together to keep goods, energy and ideas moving. We invest in learning from day one, offer flexible and hybrid working, and were named a Top Employer for the fifth year running. Follow us on LinkedIn and Instagram to see what life is like on the inside.",
            "Join our Talent Community! Get early news about graduate programmes, internships and open roles, meet our people at upcoming campus events and webinars, and read stories from colleagues who started exactly where you are now.",
            "Our purpose is simple: to build a fairer, more sustainable future for our customers and communities. That is why we have committed to net zero by 2040, pledged 100,000 volunteering hours a year and built one of the most inclusive workplaces in our industry.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best regards,\n{sender}\nTalent Acquisition | {company}",
            "Sincerely,\nThe {company} Recruitment Team",
            "Thanks,\n{sender}\nEarly Careers Team",
            "Yours sincerely,\n{sender}\nHuman Resources",
        ],
        "footer": [
            "This message was sent from an unmonitored mailbox. Please do not reply. To read how we process your personal data, see the candidate privacy notice on our careers site.",
            "{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.",
            "You are receiving this e-mail because you applied for a position with {company}. Manage your communication preferences in your candidate profile. Powered by TalentSuite.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: Application update",
            "Your application to {company}",
            "Application status – {role}",
            "{role} – your candidacy",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "Invitation – {role} selection process",
            "{company} – your next stage",
            "Action required: {role}",
        ],
        "subject_off": [
            "Your offer – {role}",
            "Offer of employment – {company}",
            "Good news about your application",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "Your {company} candidate account",
            "{company} Careers update",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Liebe:r {first},",
            "Hi {first},",
            "Guten Tag,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Vielen Dank für deine Bewerbung als {role}.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Für deine Jobsuche wünschen wir dir viel Erfolg!",
            "Alles Gute für deinen weiteren Weg!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 40.000 Menschen in 30 Ländern daran, Waren, Energie und Ideen in Bewegung zu halten. Wir bieten Ihnen flexible Arbeitsmodelle, ein umfangreiches Weiterbildungsangebot und wurden zum fünften Mal in Folge als Top Employer ausgezeichnet. Folgen Sie uns auf LinkedIn und Instagram!",
            "Werde Teil unserer Talent Community! Du bekommst als Erste:r Infos zu Traineeprogrammen, Praktika und neuen Jobs, triffst uns auf Karrieremessen und Webinaren und liest Geschichten von Kolleg:innen, die genau da angefangen haben, wo du gerade stehst.",
            "Unser Anspruch: eine faire und nachhaltige Zukunft für unsere Kundinnen, Kunden und Regionen. Deshalb wollen wir bis 2040 klimaneutral sein und fördern jedes Jahr 100.000 Stunden ehrenamtliches Engagement unserer Mitarbeitenden.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nTalent Acquisition | {company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\nDein Recruiting-Team von {company}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerberinnen und Bewerber.",
            "{company} · Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 104512 · Vorstand: Dr. Petra Lange (Vors.), Jens Okafor",
            "Du erhältst diese E-Mail, weil du dich bei {company} beworben hast. Deine Benachrichtigungseinstellungen kannst du jederzeit in deinem Kandidatenprofil ändern.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – Statusinformation",
        ],
        "subject_inv": [
            "Einladung – {role}",
            "Nächste Schritte im Auswahlverfahren",
            "Ihre Bewerbung: nächster Schritt",
            "Deine Bewerbung: so geht's weiter",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Gute Nachrichten zu deiner Bewerbung",
            "Zusage – {role}",
        ],
        "subject_oth": [
            "Nachricht aus dem Karriereportal von {company}",
            "Ihr Kandidatenkonto bei {company}",
            "Dein Kandidatenkonto bei {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Chère candidate, cher candidat,",
            "Hello {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Nous vous remercions pour votre candidature et pour le temps que vous nous avez consacré.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous vous souhaitons une bonne continuation dans vos démarches professionnelles.",
            "Nous vous adressons tous nos vœux de réussite pour la suite de votre parcours.",
        ],
        "marketing": [
            "Chez {company}, plus de 40 000 collaborateurs dans 30 pays font avancer les marchandises, l'énergie et les idées. Télétravail, parcours de formation dès l'arrivée, label Top Employer cinq années de suite : découvrez nos métiers et suivez-nous sur LinkedIn et Instagram.",
            "Rejoignez notre communauté de talents ! Recevez en avant-première nos offres de stage, d'alternance et de VIE, retrouvez-nous sur les forums écoles et lors de nos webinaires, et lisez les témoignages de collaborateurs qui ont commencé là où vous êtes aujourd'hui.",
            "Notre raison d'être : construire un avenir plus juste et plus durable pour nos clients et nos territoires. Nous visons la neutralité carbone en 2040 et soutenons chaque année 100 000 heures d'engagement solidaire de nos équipes.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nTalent Acquisition – {company}",
            "L'équipe Recrutement {company}",
            "Nous vous prions d'agréer l'expression de nos salutations distinguées.\n{sender}\nDirection des Ressources Humaines",
        ],
        "footer": [
            "Ce message vous a été envoyé automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données, que vous pouvez exercer depuis votre espace candidat.",
            "{company} – SAS au capital de 1 200 000 € – RCS Nanterre 812 345 678",
            "Vous recevez cet e-mail suite à votre candidature sur notre site carrières. Gérer mes préférences de notification.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "{company} – suivi de votre candidature",
            "Candidature {role}",
        ],
        "subject_inv": [
            "Invitation – {role}",
            "Prochaine étape de votre candidature",
            "Convocation – processus de recrutement {company}",
        ],
        "subject_off": [
            "Proposition – {role}",
            "Bonne nouvelle concernant votre candidature",
            "Votre proposition d'embauche",
        ],
        "subject_oth": [
            "Votre compte candidat {company}",
            "Message de l'espace carrières {company}",
            "Information – {company} Recrutement",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Hola {first},",
            "Estimado/a {first}:",
            "Estimado/a {first} Rivera:",
            "Buenos días, {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en {company}.",
            "Muchas gracias por inscribirte en la oferta de {role}.",
            "Agradecemos el tiempo que ha dedicado a su candidatura.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda de empleo.",
            "Le deseamos mucho éxito en su carrera profesional.",
            "¡Mucho éxito en tus próximos pasos!",
        ],
        "marketing": [
            "En {company} somos más de 40.000 profesionales en 30 países que mantienen en movimiento mercancías, energía e ideas. Ofrecemos teletrabajo flexible, formación desde el primer día y llevamos cinco años consecutivos certificados como Top Employer. ¡Síguenos en LinkedIn e Instagram!",
            "Únete a nuestra comunidad de talento: recibe antes que nadie nuestras ofertas de prácticas, programas de graduados y vacantes, conócenos en ferias de empleo y webinars y descubre historias de compañeros que empezaron justo donde estás tú.",
            "Nuestro propósito es construir un futuro más justo y sostenible para nuestros clientes y comunidades. Por eso nos hemos comprometido a alcanzar las cero emisiones netas en 2040 y a dedicar 100.000 horas de voluntariado corporativo al año.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\nTalent Acquisition | {company}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Un abrazo,\n{sender}",
            "El equipo de Selección de {company}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente; por favor, no respondas a este correo. Puedes ejercer tus derechos de acceso, rectificación y supresión dirigiéndote a nuestro Delegado de Protección de Datos.",
            "{company}, S.A. – Inscrita en el Registro Mercantil de Madrid, Tomo 31.245, Folio 112, Hoja M-562310.",
            "Recibes este correo porque te inscribiste en una oferta de {company}. Gestiona tus notificaciones desde tu perfil.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Actualización de tu candidatura – {role}",
            "Proceso de selección {role}",
        ],
        "subject_inv": [
            "Invitación – {role}",
            "Siguiente fase del proceso de selección",
            "Convocatoria – {company}",
        ],
        "subject_off": [
            "Oferta – {role}",
            "Buenas noticias sobre tu candidatura",
            "Carta oferta {company}",
        ],
        "subject_oth": [
            "Tu cuenta de candidato en {company}",
            "Mensaje del portal de empleo de {company}",
            "Información de {company} Talento",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
            "Oi, {first}!",
        ],
        "thanks": [
            "Agradecemos seu interesse em fazer parte do nosso time.",
            "Obrigado pelo interesse em trabalhar connosco.",
            "Agradecemos a sua candidatura à função de {role}.",
            "Obrigado por se candidatar à vaga de {role}.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional!",
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Boa sorte nos próximos desafios!",
        ],
        "marketing": [
            "Na {company}, mais de 40 mil pessoas em 30 países fazem mercadorias, energia e ideias circularem. Temos trabalho híbrido, trilhas de desenvolvimento desde o primeiro dia e somos certificados Top Employer há cinco anos seguidos. Siga a gente no LinkedIn e no Instagram!",
            "Junte-se à nossa comunidade de talentos: receba em primeira mão as nossas ofertas de estágio, programas de trainees e vagas, encontre-nos em feiras de emprego e webinars e conheça histórias de colegas que começaram exatamente onde está agora.",
            "Nosso propósito é construir um futuro mais justo e sustentável para clientes e comunidades. Por isso assumimos o compromisso de zerar nossas emissões líquidas até 2040 e de dedicar 100 mil horas por ano ao voluntariado.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Abraços,\n{sender}",
            "Equipe de Recrutamento e Seleção\n{company}",
            "Cumprimentos,\n{sender}\nTalent Acquisition | {company}",
        ],
        "footer": [
            "Este é um e-mail automático, por favor não responda. Para saber como tratamos seus dados, consulte nosso Aviso de Privacidade (LGPD).",
            "Recebeu este e-mail porque se candidatou a uma oferta de {company}. Pode gerir as suas preferências de comunicação no seu perfil. Os seus dados são tratados nos termos do RGPD.",
            "Enviado por {company} através da plataforma de recrutamento. Não responda a esta mensagem.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura – {role}",
            "Atualização do processo seletivo – {role}",
            "{company} | Processo seletivo",
        ],
        "subject_inv": [
            "Convite – {role}",
            "Próxima etapa do processo seletivo",
            "Convocatória – {role}",
        ],
        "subject_off": [
            "Proposta – {role}",
            "Boas notícias sobre a sua candidatura",
            "Carta-proposta {company}",
        ],
        "subject_oth": [
            "Sua conta de candidato",
            "Mensagem do portal de carreiras {company}",
            "Informação – Recrutamento {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether there is any update on my application for the {role} position. I remain very interested and am happy to send any further documents you might need.\nBest,\nAlex\n\n{header2}\nHi Alex,\nThanks for your message. The review is still ongoing and we will be in touch as soon as we have news.\nKind regards,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt. Ich bin weiterhin sehr interessiert und reiche gern weitere Unterlagen nach.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Nachricht. Das Auswahlverfahren läuft noch; wir melden uns, sobald es Neuigkeiten gibt.\nMit freundlichen Grüßen\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous concernant ma candidature au poste de {role}. Je reste très motivé(e) et peux vous transmettre tout document complémentaire.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Le processus est toujours en cours ; nous reviendrons vers vous dès que possible.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar si hay alguna novedad sobre mi candidatura para el puesto de {role}. Sigo muy interesado/a y puedo enviar cualquier documentación adicional que necesitéis.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu mensaje. Seguimos revisando candidaturas y te escribiremos en cuanto tengamos novedades.\nUn saludo,\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}. Continuo muito interessado(a) e posso enviar qualquer documento adicional.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela mensagem. O processo ainda está em andamento e entraremos em contato assim que houver novidades.\nAtenciosamente,\n{sender}\n",
}
