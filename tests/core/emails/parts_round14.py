# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14 held-out mail passages, written blind by an independent evaluator.

Covers en, de (Sie and du, some gender-inclusive spellings, Austria and Switzerland),
fr (France, Belgium, Switzerland, Quebec; vous and tu), es (Spain, Mexico, Argentina,
Colombia, Chile; usted, tu and vos) and pt (Brazil and Portugal), about 112 passages per
language with the same family keys everywhere: rejections (after applying, after a screen,
after interviews, after a test or case, role filled/frozen/cancelled/internal, talent-pool
and keep-your-CV forms, formal public-sector notices, two-line casual ones, ones pointing to
another opening, ones inside a reply to the candidate's own question), acknowledgements
(plain receipts, process explanations, status updates and delays, and receipts that borrow
rejection vocabulary without deciding anything), invitations (with and without the word
interview, assessment centres and case presentations, invitations after a first "no"),
offers (with and without the word offer) and other mail (job alerts, newsletters, cold
recruiter mail, events, reference requests, rescheduling notices, confirmations of the
candidate's own withdrawal, candidate-experience surveys).
Sectors: software and SaaS start-ups, car makers and suppliers, insurance, management
consulting, pharma and biotech, energy and utilities, telecoms, newspapers and publishing,
schools and school boards, museums and culture, construction and engineering, supermarkets,
government agencies and civilian jobs with the armed forces. Senders range from ATS robots
and HR shared-service centres to in-house and agency recruiters, hiring managers writing two
lines, founders and selection committees. All names, numbers and domains are invented.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwell Analytics",
    "Hallgren Fahrzeugtechnik GmbH",
    "Vauremont Automobiles",
    "Mutuelle Sauveterre",
    "Castellan & Pryor Consulting",
    "Novaterra Biotech",
    "Energías del Alto Valle",
    "Telecom Rivazul",
    "Diário do Planalto",
    "Bauer & Lindqvist Bau AG",
    "Mercado Solmar",
    "Fondation Musée Delorme",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Backend Engineer",
    "Project Engineer",
    "Claims Specialist",
    "Junior Consultant",
    "Clinical Research Associate",
    "Communications Officer",
    "Store Manager",
    "Product Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Maya Okafor", "maya.okafor@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirewell-ats.example"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Lukas Brenner", "l.brenner@{domain}"),
    ("Camille Dufresne", "camille.dufresne@{domain}"),
    ("Sofía Restrepo", "srestrepo@{domain}"),
    ("João Pedrosa", "joao.pedrosa@{domain}"),
    ("HR Shared Services", "hr-services@{domain}"),
    ("Tom Aldana | Northgate Search", "tom.aldana@northgate-search.example"),
    ("Careers", "no-reply@careers.talentloop-mail.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_apply": """
After careful review of your application for the {role} position, we have decided not to move forward with your candidacy at this time.
We received a large number of applications for this role and, after reviewing yours against the requirements, we will not be progressing it to the next stage.
SUBJECT: Your application status has been updated || Thank you for applying to {company}. Our team has reviewed your profile and unfortunately it isn't a match for the {role} opening right now. Your application status has been updated to "Not selected".
We're a 14-person team building scheduling software for clinics, and every application gets read by one of the founders, usually on a Sunday with too much coffee. We've grown faster than planned this year, which is great, but it also means we have to be very specific about who we hire next. For this role we're prioritising people who have already run a multi-tenant Postgres setup in production, so we're not going to take your application further. We genuinely appreciate the time you put into it.
Your application (Req. ID 48213 – {role}) has been reviewed. We regret to inform you that you have not been selected to proceed further in the recruitment process.
Unfortunately we've decided to pursue candidates whose experience more closely aligns with the needs of the role.
Having reviewed your application for the {role} vacancy at our Sheffield depot, we are sorry to let you know that on this occasion you have not been shortlisted.
Competition for this year's Graduate Programme in Pharmaceutical Development was exceptionally strong – over 2,300 applications for 18 places – and we're sorry to say that your application was not successful at the online screening stage.
Thanks for throwing your hat in the ring! we looked at everything carefully and we're going to pass for now — the role needs a lot of hands-on Kubernetes and that doesn't really come through in your CV. Don't let this stop you from applying again down the road.
This email is to inform you that your application for Req #JR-20931 {role} will not be moving forward. Please do not reply to this message as this mailbox is not monitored. You can view the status of all your applications in your candidate home.
Your profile was reviewed by the hiring team for the {role} role (Auckland). At this stage we won't be progressing your application, as you don't currently hold the right to work in New Zealand, which is a requirement for this position.
""",
        "rej_after_screen": """
Thanks again for taking the time to speak with me on Tuesday. I've shared my notes with the hiring manager and, after discussing, we've decided not to move you forward to the next round.
It was great chatting with you yesterday about the {role} opening. Having talked it through with the team, we're looking for someone with more direct experience in motor claims handling, so we won't be proceeding with your application.
Following your phone screen, the team has decided to continue with other candidates for this position.
Just following up from our call last week. I'm afraid the client has come back and they won't be taking your application further – their feedback was that they want someone who has already led a team of field engineers. I'll keep you in mind for anything that fits better.
Thank you for completing the one-way video interview. Having reviewed your responses, we regret that we will not be inviting you to the next stage.
""",
        "rej_after_interview": """
Thank you for meeting with the panel last Thursday. It was a very difficult decision, but we have offered the position to another candidate who we felt was slightly better suited to the role.
I wanted to let you know personally that we've decided not to move forward. You interviewed really well and the team enjoyed talking to you – in the end it came down to experience with GxP-regulated environments, which the other finalist had more of.
First of all, thank you for the energy you brought to all four rounds – the system design session in particular got a lot of positive comments, and two of the engineers asked me to pass on that they enjoyed pairing with you. We've spent a lot of time debating this one internally. We have decided to extend an offer to another candidate whose background in telecom billing was a closer fit for what the team needs over the next six months. I know this isn't the news you were hoping for, and I'm happy to jump on a call if you'd like more detailed feedback.
SUBJECT: Re: final interview || Unfortunately we won't be proceeding with your application. The feedback from the panel is available on request.
Following your interview for the post of {role} on 12 March, I am writing to inform you that on this occasion your application has been unsuccessful. If you would like feedback, please contact the HR team within 28 days.
We really enjoyed meeting you on site at the Dunmore plant. After much consideration, the hiring committee has chosen to move forward with a different candidate.
Sorry for the slow reply after your second-round chat with Marta and Owen. They were split on this one, and ultimately we've decided not to make an offer. Thank you for your patience with us.
After the final round we've decided to go in a different direction for this hire. We'll be closing out your application in our system in the next few days.
""",
        "rej_after_task": """
Thank you for submitting the take-home assignment. The reviewers liked the clean structure, but the solution didn't meet the bar on test coverage and error handling that we need for this role, so we won't be moving to the next stage.
We've now reviewed the results of the online assessment you completed on 3 April. Unfortunately your score did not meet the threshold required to progress, and your application for the {role} programme has now been closed.
Thanks for presenting your case on the retail client's pricing strategy last week. The partners felt your structuring of the problem was solid but the quantitative part needed more depth, and we've decided not to take your candidacy forward.
Re your subbing test: the desk liked your news sense but felt the copy needed too much rework to meet house style. I'm sorry, but we'll be going with other candidates.
Your assessment centre results have been reviewed by the selection board. We regret that you did not achieve the required standard in the group exercise and the in-tray exercise, and you will not be progressing to the final stage.
""",
        "rej_role_gone": """
I'm writing to let you know that the {role} position has now been filled. We appreciate your interest and the time you invested in the process.
Unfortunately, due to a change in business priorities, the {role} requisition has been cancelled and we are no longer recruiting for this position. As a result, your application will not be progressed.
SUBJECT: An update on the {role} search || We've had to put a hiring freeze in place across engineering until at least Q3, which means we're closing the {role} search, including your application. Really sorry to deliver this after you've been through three rounds.
We have decided to fill this vacancy internally. Thank you for your understanding.
Quick update: the newsroom restructure announced last week means the {role} post will no longer be filled, and all applications have been withdrawn from consideration. We're sorry for any inconvenience.
The posting you applied to (Site Engineer, Project 7 – Harbour Bridge Rehabilitation) has been closed because the project was postponed by the client. We will not be continuing with recruitment for this position.
Bit of awkward news, I'm afraid. Our Series A is taking longer than planned, so we've stopped all hiring and closed the {role} role for good – we won't be moving forward with any of the candidates. I'd rather tell you straight than leave you hanging.
""",
        "rej_talent_pool": """
We've loved seeing so many people interested in what we're building, and we'd like to keep your details in our talent community so we can reach out about future opportunities. For the {role} role, though, we won't be moving forward with your application. If you'd prefer us not to keep your data, just reply and we'll delete it.
We are unable to offer you a position on this occasion. With your consent, we would like to retain your CV for 12 months in case a suitable vacancy arises. Please confirm by clicking the link below.
Your profile didn't quite match this vacancy, but we'd love to stay in touch. We've added you to our Talent Pool – you'll receive an email when roles in Data & Analytics open up.
Unfortunately your application was not successful this time. We'll keep your CV on file and get in touch if anything comes up that better matches your skills.
We have decided to proceed with other candidates. Would you like us to keep your application in our candidate pool? Reply YES within 30 days; otherwise your data will be deleted in line with our privacy policy.
Not this time, I'm afraid – but your profile is exactly what we look for in the September intake of our analyst programme, so I've flagged it in our system.
""",
        "rej_formal_public": """
Ref: HR/2024/0457 – Competition for the position of {role}, Level 5. The Selection Board has completed its assessment of all candidates. I regret to inform you that you were not among the candidates placed on the merit list. A review of this decision may be requested in writing within 10 working days of the date of this letter.
The Department has completed the assessment of applications for the vacancy advertised under reference DOC-2291. Your application was assessed against the essential criteria and was not shortlisted for interview. This letter constitutes formal notification of the outcome.
The District School Board thanks you for your application for the position of {role}. Please be advised that you were not selected for an interview for this posting. In accordance with the Collective Agreement, the successful candidate was selected from the pool of internal applicants.
SUBJECT: Notice of Results – Vacancy Announcement CP-24-118 || Civilian Personnel Office. Vacancy Announcement No. CP-24-118 ({role}, Grade 11). Applicant status: Not Referred. Reason: You were not among the best qualified candidates for this position.
""",
        "rej_casual": """
Hey, thanks for reaching out about the role! We're going to pass on this one, but good luck!
Sorry, we've gone with someone else. Thanks for your time.
Short one from me: the team went with another candidate. Appreciate you taking the time, really.
thanks for applying but we're not going ahead. Sent from my iPhone
""",
        "rej_other_opening": """
We won't be moving forward with your application for {role}. That said, our Customer Analytics team has just opened a Junior Insights Analyst position that may be a better match – you can apply via the link below if it interests you.
On this occasion we have decided not to take your application for the senior role further, as we're looking for at least eight years of site experience. We do, however, regularly recruit assistant engineers and would encourage you to apply for those openings on our careers site.
This one's a no, sorry – the {role} role needs German at C1. Have a look at our Lisbon office postings, though; several of them are in English and I think you'd be competitive.
""",
        "rej_in_reply": """
Thanks for following up, and apologies for the silence. I checked with the hiring manager and they've decided to move forward with other applicants for this role.
Good question about the timeline – I'm sorry to say the decision has already been made and it wasn't in your favour this time. The position was offered to an internal candidate last week.
To answer your question: no, we won't be continuing with your application. The panel felt other candidates had more curriculum leadership experience. Your portfolio is attached in case you need it back.
""",
        "ack_receipt": """
We've received your application for {role}. Our recruitment team will review it and get back to you.
This is an automatic confirmation that your application (ID 7731-ALX) was submitted successfully on 14/05/2024 at 09:42.
Thanks for applying! We got your application and a real human will look at it soon.
SUBJECT: Application received: {role} || Application received: {role} – Customer Service Centre, Leeds. You can track the status of your application at any time by logging in to your account.
Kindly note that your profile has been received and shared with the concerned team. You will be intimated regarding next steps in due course.
Got your CV, thanks – I'll go through it this week and come back to you either way.
""",
        "ack_process": """
Our review process usually takes 2–3 weeks. If your profile matches the requirements, a member of our team will contact you to arrange a first call.
Due to the high volume of applications we receive, we are unfortunately not able to respond to every applicant individually. Only shortlisted candidates will be contacted.
If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.
The closing date for this vacancy is 30 June. Shortlisting will take place in the week commencing 8 July and interviews are expected to be held on 22 and 23 July.
By submitting your application you agreed to our Candidate Privacy Notice. We will retain your data for the duration of the recruitment process and for six months afterwards, unless you ask us to delete it sooner.
SUBJECT: What happens next? || Here's what happens next: 1) our recruiting team reviews your application (about 5 working days), 2) if there's a fit you'll get an invite for a 30-min intro call, 3) a technical conversation with the team and 4) a final chat with one of the founders. We'll let you know either way.
Unfortunately we're not able to give individual feedback at the application stage, but we will let you know the outcome as soon as the hiring manager has reviewed all applications.
We regret that we cannot accept applications sent by email or post. Your online application has been logged and will be assessed together with all others after the closing date.
""",
        "ack_status": """
Just a quick update: we're still reviewing applications for {role} and expect to make decisions on interviews by the end of next week. Thanks for your patience.
We wanted to let you know that the {role} position is currently on hold while we finalise our budget for next year. Your application remains active and we'll be in touch as soon as we can resume.
Apologies for the delay in getting back to you. The hiring manager has been travelling and we haven't been able to finalise the shortlist yet. You're still very much in the process.
Your application status has changed to: In review.
Sorry this is taking longer than planned – the panel hasn't met yet to compare the final candidates. I expect we'll have a decision by the 20th and I'll call you either way.
""",
        "ack_sad_words": """
Unfortunately we are not able to provide an update at this stage, as interviews with other candidates are still ongoing. We regret the delay and will come back to you once all interviews are complete.
SUBJECT: Recruitment timeline update || We regret to inform you that our recruitment timeline has been extended by two weeks. No decision has been made on any candidate yet, and your application is still under consideration.
Sadly we can't reply to every CV personally – we're a small team and got over 400 for this one. But every application gets read, including yours, and we'll be in touch if we'd like to talk.
Thank you for your patience. We recieved an unexpectedly high number of applications from very strong candidates, and unfortunately this means it will take us longer than expected to complete our review.
""",
        "inv_interview": """
We'd like to invite you to a first interview for the {role} position. Please use the link below to pick a time that suits you next week.
Following our review of your application, we're pleased to invite you to interview on Wednesday 12 June at 10:30 at our office on Harbour Street. The interview will last about 45 minutes and will be conducted by the team lead and an HR partner.
Would you be available for a 30-minute video interview on Teams this Thursday or Friday? Let me know what works and I'll send an invite.
You've been shortlisted! The next step is a panel interview with the Head of Curatorial and the Collections Manager. Slots are available on 4, 5 and 6 March; please reply with your preference.
Congratulations on progressing to the second round. The technical interview is a 90-minute live coding session with two engineers from the platform team; details and the calendar invite will follow once you confirm a slot.
""",
        "inv_no_word": """
SUBJECT: Quick chat? || Loved your application! Do you have 20 minutes for a quick call this week? Here's my calendar: cal.brightwell-app.example/maya
I'm the hiring manager for the role. Fancy a coffee near Liverpool Street on Tuesday or Wednesday morning to chat about it?
We'd like to get to know you better. Please book a 45-minute video chat with our Head of Claims using the link below.
Can you come in for a trial day on the 18th? You'd spend the day with the fresh produce team and meet the store manager. We'll cover your travel.
Our founders would love to meet you. Are you free for a Google Meet on Monday at 4pm CET?
""",
        "inv_assessment": """
We are pleased to invite you to our assessment centre on 26 September at our Reading office. The day will include a group exercise, a case presentation and a competency-based interview. Please prepare a 10-minute presentation on the attached case.
Next step is a case presentation: you'll get the case 48 hours before and present your recommendation to two managers for 20 minutes, followed by Q&A. Please pick a date from the options below.
""",
        "inv_after_no": """
As you know, we went with another candidate for the {role} role. However, the hiring manager for our Pricing team saw your profile and would like to talk to you about a similar position. Are you available for a call next Tuesday?
Even though the first role didn't work out, I passed your CV to my colleague in the Brussels office and she'd like to set up an interview with you for a project controller position. Can you send me your availability for next week?
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}. Please find your offer letter attached, including your base salary of £52,000, 25 days' annual leave and a start date of 2 September. We'd appreciate your response by Friday.
Congratulations! Following your interviews, we are pleased to extend a formal offer of employment. Details: salary USD 96,000/yr, 15% target bonus, start date June 3. Please sign via DocuSign by May 20.
Pleased to confirm our verbal offer from this morning: {role}, permanent, full time, €61,500 gross per year. The contract will follow by post. Welcome aboard!
The panel has recommended you for appointment to the position of {role}, and I am pleased to offer you the position, subject to satisfactory references and a current Working with Children Check.
""",
        "off_no_word": """
SUBJECT: Welcome to the team 🎉 || We'd love to have you on the team! Your contract is attached – starting 1 October, $88,000 plus options. Have a read and let me know if you have any questions.
Great news – the team would like you to join us as {role}. I've attached the employment contract and the onboarding schedule; if everything looks good, sign and send it back and we'll get your laptop ordered.
You got it! We want you to start with us on Monday the 4th. Salary is CAD 72,000 as discussed. Paperwork's in the attachment.
""",
        "oth_alerts": """
SUBJECT: 5 new jobs for "data analyst – remote" || 5 new jobs match your alert "data analyst – remote": Senior Data Analyst at Halcyon Mutual, Analytics Engineer at Tessaloop, Reporting Analyst at Greyfield Water... View all jobs.
This month at {company}: our new EV battery plant breaks ground, meet the team behind our customer app, and three tips for writing a cover letter that stands out.
Jobs you might be interested in, based on your profile: Project Engineer (Bristol), Graduate Civil Engineer (Cardiff), Site Manager (Swindon).
""",
        "oth_recruiter": """
I came across your profile and think you'd be a strong fit for a Product Manager role I'm working on with a Series B fintech in Berlin. Would you be open to a confidential chat?
Hope you're well! I'm a recruiter specialising in energy and utilities, and I have a few contract roles coming up. Is now a good time to talk about your next move?
""",
        "oth_event": """
Join us for our virtual careers evening on 15 November, 6–7.30pm GMT. Meet our engineers, hear about the graduate programme and ask your questions. Register here.
You're invited to our open day at the Museum of Ropemaking, Saturday 9 March, 10:00–14:00: go behind the scenes of our conservation labs and meet our volunteer coordinators.
""",
        "oth_reference": """
You have been named as a referee by Jordan Blake, who has applied for a position with us. Would you be able to complete a short reference questionnaire about your time working together? It takes about 10 minutes.
""",
        "oth_reschedule": """
Unfortunately the hiring manager has had a conflict come up, so we need to move your interview from Tuesday 14:00 to Thursday 10:00. Please let me know if the new time works for you.
SUBJECT: Cancelled: Interview – Alex Rivera || This event has been cancelled by the organiser. A new time will be proposed shortly.
""",
        "oth_withdrawal": """
SUBJECT: Application withdrawn || We've received your request to withdraw your application for {role}. Your application has now been withdrawn and no further action is needed. We're sorry to see you go.
""",
        "oth_survey": """
We'd love to hear about your experience applying to {company}. Whatever the outcome, your feedback helps us improve. The survey takes about 3 minutes.
""",
    },
    "de": {
        "rej_after_apply": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Leider müssen wir dir mitteilen, dass wir uns gegen deine Bewerbung entschieden haben. Das ist keine Bewertung deiner Person – dein Profil passt nur gerade nicht zu dem, was das Team braucht.
Wir haben sehr viele Bewerbungen für die Stelle erhalten und uns die Entscheidung nicht leicht gemacht. Nach eingehender Prüfung haben wir uns für andere Kandidat*innen entschieden, deren Profil noch besser zu den Anforderungen passt.
Bei uns in der Redaktion ist gerade einiges los: Wir stellen das Blatt auf Digital-first um, bauen einen neuen Newsdesk auf und suchen Leute, die diesen Weg mitgehen. Für die ausgeschriebene Stelle brauchen wir allerdings jemanden, der bereits mehrere Jahre in einer Tageszeitungsredaktion gearbeitet hat, und deshalb können wir Ihre Bewerbung in diesem Verfahren nicht weiter berücksichtigen. Wir freuen uns trotzdem sehr, dass Sie sich für unser Haus interessieren.
Ihre Bewerbung (Kennziffer 2024-117-IT) wurde geprüft. Wir bedauern, Ihnen keine positive Nachricht geben zu können.
Leider passt dein Profil aktuell nicht zu unserer ausgeschriebenen Position. Wir haben uns daher für andere Bewerbende entschieden.
Wir haben Ihr Dossier mit grossem Interesse gelesen. Nach sorgfältiger Prüfung müssen wir Ihnen jedoch mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen gelöscht.
Wir danken für Ihre Bewerbung als {role} in unserer Filiale Graz-Liebenau. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine*n andere*n Bewerber*in gefallen ist.
Hey, danke für deine Bewerbung! Wir haben uns alles angeschaut, aber für die Rolle suchen wir jemanden mit deutlich mehr Erfahrung in React Native. Deshalb wird es diesmal leider nichts. Bewirb dich gern wieder, wenn wir was Passendes ausschreiben!
Leider können wir Ihre Bewerbung nicht berücksichtigen, da für diese Position eine abgeschlossene Ausbildung als Versicherungskauffrau/-mann oder ein vergleichbarer Abschluss zwingend erforderlich ist.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung für die Position {role} (Req-ID 30921) wurde geändert: Nicht berücksichtigt. Diese Nachricht wurde automatisch erstellt, bitte antworten Sie nicht darauf.
""",
        "rej_after_screen": """
Vielen Dank für das nette Telefonat am Dienstag. Ich habe mich im Anschluss mit der Fachabteilung abgestimmt – leider haben wir uns entschieden, den Prozess mit dir nicht fortzusetzen.
Danke für das Kennenlerngespräch per Teams. Nach Rücksprache mit dem Fachbereich müssen wir Ihnen leider mitteilen, dass wir uns für Kandidat:innen mit mehr Erfahrung in der Serienentwicklung entschieden haben.
Kurzes Update von meiner Seite: Mein Kunde, ein mittelständischer Automobilzulieferer aus dem Raum Stuttgart, hat sich nach unserem Telefoninterview gegen eine Einladung entschieden. Die Rückmeldung war, dass Ihnen die AUTOSAR-Erfahrung fehlt. Ich melde mich, sobald ich etwas Passenderes für Sie habe.
Nach Auswertung Ihres zeitversetzten Video-Interviews müssen wir Ihnen leider mitteilen, dass wir Sie nicht in die nächste Runde einladen können.
danke nochmal für den Call gestern! Ich hab mit Jonas gesprochen und wir sind beide zu dem Schluss gekommen, dass es für die Rolle gerade nicht ganz passt. Sorry, dass es diesmal nicht geklappt hat.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Vorstellungsgespräch in der vergangenen Woche. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich aber für eine*n andere*n Kandidat*in entschieden.
Du hast im Gespräch mit Lea und mir einen richtig guten Eindruck hinterlassen, und ich will ehrlich sein: Es war knapp. Am Ende haben wir uns für jemanden entschieden, der schon Erfahrung mit Kundenprojekten im Energiesektor mitbringt. Wenn du magst, gebe ich dir gern ausführliches Feedback am Telefon.
Zunächst möchten wir uns herzlich für Ihre Zeit und Ihr Engagement in den beiden Gesprächsrunden bedanken. Ihre Präsentation zur Digitalisierung der Schadenregulierung wurde vom gesamten Gremium sehr positiv aufgenommen, und auch das Gespräch mit unserem Vorstand verlief in einer offenen Atmosphäre. Nach intensiver Abwägung aller Eindrücke haben wir uns jedoch entschieden, die Position mit einer Kandidatin zu besetzen, die bereits Führungserfahrung in einem Versicherungsunternehmen mitbringt. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können.
Nach dem zweiten Gespräch haben wir intern lange diskutiert. Leider müssen wir Ihnen heute absagen.
wie versprochen melde ich mich bis Ende der Woche: Wir werden die Stelle einer anderen Person anbieten. Danke, dass du dir so viel Zeit für uns genommen hast – der Tag mit dir im Werk hat echt Spaß gemacht.
Im Anschluss an Ihr Vorstellungsgespräch am 14.03. hat die Auswahlkommission ihre Entscheidung getroffen. Wir müssen Ihnen mitteilen, dass wir Ihnen die Stelle nicht anbieten können.
SUBJECT: Rückmeldung zu deinem Interview || Leider hat es nach dem finalen Gespräch nicht geklappt. Das Team hat sich für einen Kandidaten mit mehr Erfahrung in Kubernetes entschieden.
Besten Dank für das spannende Gespräch vom vergangenen Donnerstag. Nach reiflicher Überlegung haben wir uns für eine andere Person entschieden, deren Profil noch etwas besser auf die Anforderungen passt. Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.
""",
        "rej_after_task": """
Danke, dass du dir die Zeit für die Coding Challenge genommen hast. Unser Team hat deine Lösung angeschaut: Sie ist sauber aufgebaut, aber bei den Tests und beim Error-Handling fehlt uns für diese Rolle noch zu viel. Wir machen deshalb nicht mit dir weiter.
Leider haben Sie im Online-Assessment (Logik und numerisches Denken) die erforderliche Mindestpunktzahl nicht erreicht. Ihre Bewerbung für das Traineeprogramm kann daher nicht weiter berücksichtigt werden.
Vielen Dank für die Bearbeitung der Fallstudie und Ihre Präsentation vor den Partner:innen. Die Struktur Ihres Lösungsansatzes hat überzeugt, die quantitative Analyse war jedoch nicht tief genug. Wir werden den Prozess daher nicht fortsetzen.
Wir haben Ihr Probelektorat ausgewertet. Leider entsprechen die Ergebnisse nicht ganz unseren Anforderungen, sodass wir Ihre Bewerbung nicht weiter verfolgen.
Die Auswertung des Assessment-Centers vom 22.05. liegt vor. Leider haben Sie in den Übungen Gruppendiskussion und Rollenspiel die Mindestanforderungen nicht erfüllt, weshalb wir Sie für die Endrunde nicht berücksichtigen können.
""",
        "rej_role_gone": """
Die ausgeschriebene Position {role} ist inzwischen besetzt. Wir danken Ihnen für Ihr Interesse.
Aufgrund einer internen Umstrukturierung wird die Stelle {role} nicht wie geplant besetzt. Das Auswahlverfahren wurde eingestellt – auch Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.
Wir haben die Stelle intern besetzt.
SUBJECT: Update zur Stelle {role} || Leider muss ich dir mitteilen, dass wir bis auf Weiteres einen Einstellungsstopp haben. Die Stelle {role} wird gestrichen und wir schließen alle laufenden Bewerbungsverfahren – auch deins. Das tut mir echt leid, gerade nach drei Gesprächsrunden.
Das Projekt, für das wir die Stelle ausgeschrieben hatten (Neubau Umspannwerk Nord), wurde vom Auftraggeber auf unbestimmte Zeit verschoben. Wir ziehen die Ausschreibung deshalb zurück und führen das Verfahren nicht fort.
Aufgrund der aktuellen Haushaltssperre kann die ausgeschriebene Stelle nicht besetzt werden. Das Stellenbesetzungsverfahren wird hiermit beendet.
Mit der Fusion der beiden Versicherungsgesellschaften werden die Aufgaben dieser Stelle künftig von einem bestehenden Team übernommen. Die Ausschreibung wurde zurückgezogen, und wir werden Ihre Bewerbung nicht weiter bearbeiten.
""",
        "rej_talent_pool": """
Für die Position {role} haben wir uns leider für andere Bewerber*innen entschieden. Gern würden wir Ihr Profil aber in unseren Talentpool aufnehmen, um Sie bei passenden Vakanzen direkt anzusprechen. Bitte bestätigen Sie dazu Ihre Einwilligung über den folgenden Link.
Diesmal hat es leider nicht gepasst – wir würden dich aber gern in unserem Talent-Netzwerk behalten. Wenn du das nicht möchtest, antworte einfach kurz auf diese Mail, dann löschen wir deine Daten.
Wir können Ihnen derzeit keine Stelle anbieten. Mit Ihrem Einverständnis speichern wir Ihre Unterlagen für zwölf Monate in unserer Bewerberdatenbank. Ohne Rückmeldung werden Ihre Daten nach Abschluss des Verfahrens gemäß DSGVO gelöscht.
Leider müssen wir Ihnen absagen. Da uns Ihr Profil grundsätzlich sehr gut gefallen hat, haben wir Sie aber in unseren Kandidatenpool für Technik & Engineering aufgenommen.
Wir haben uns gegen Ihre Bewerbung entschieden, möchten Ihre Unterlagen jedoch gerne in Evidenz halten, falls sich eine passende Position ergibt.
Für dieses Mal hat es nicht gereicht, aber du stehst jetzt auf unserer Liste für das nächste Trainee-Programm im Herbst.
""",
        "rej_formal_public": """
Stellenausschreibung Nr. 23/2024 – {role} (EG 11 TVöD). Das Auswahlverfahren ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin entschieden haben. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen vernichtet.
Im Auswahlverfahren für die Stelle als Sachbearbeiter*in Logistik im zivilen Bereich der Streitkräfte (Kennziffer ZV-2024-0331) konnte Ihre Bewerbung leider nicht berücksichtigt werden. Gemäß Art. 33 Abs. 2 GG erfolgt die Auswahl nach Eignung, Befähigung und fachlicher Leistung; andere Bewerbende erfüllten das Anforderungsprofil in höherem Maße.
Die Bildungsdirektion teilt Ihnen mit, dass im Rahmen der Personalauswahl für die ausgeschriebene Planstelle an der Mittelschule Hainbach andere Bewerber:innen vorgereiht wurden. Eine Anstellung ist daher derzeit nicht möglich.
SUBJECT: Bescheid über Ihre Bewerbung || Ihre Bewerbung um die Stelle einer Lehrkraft für Deutsch und Geschichte am Gymnasium Am Lindenhof konnte im Auswahlverfahren nicht berücksichtigt werden. Rechtsbehelfsbelehrung: Gegen diese Entscheidung kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
""",
        "rej_casual": """
Hi, kurz und knapp: Wir haben uns für jemand anderen entschieden. Danke dir trotzdem!
Leider nein, sorry. Trotzdem danke für die Bewerbung.
Moin, wir sind leider schon fündig geworden.
danke für Ihre Mail – die Stelle ist leider schon weg. Von unterwegs gesendet
""",
        "rej_other_opening": """
Für die Position {role} können wir Sie leider nicht berücksichtigen. Aktuell ist allerdings eine Stelle als Junior Controller*in in unserem Werk Zwickau ausgeschrieben, auf die Ihr Profil sehr gut passen könnte – schauen Sie gern auf unserer Karriereseite vorbei.
Für die Senior-Rolle fehlt dir leider noch etwas Erfahrung, deshalb müssen wir hier absagen. Schau doch mal bei unseren Werkstudentenstellen im Produktteam vorbei – da hättest du gute Chancen.
Die Stelle als Kurator*in haben wir anderweitig vergeben. Im Frühjahr schreiben wir aber ein wissenschaftliches Volontariat aus; über eine Bewerbung von Ihnen würden wir uns sehr freuen.
""",
        "rej_in_reply": """
danke für deine Nachfrage und sorry, dass du so lange warten musstest. Ich hab nochmal mit dem Team gesprochen – sie haben sich leider für eine andere Kandidatin entschieden.
Vielen Dank für Ihre Nachfrage zum Stand Ihrer Bewerbung. Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich besetzt wurde und wir Ihre Bewerbung daher nicht mehr berücksichtigen können.
Zu Ihrer Frage, ob noch eine Entscheidung aussteht: Nein, die Entscheidung ist gefallen, und zwar leider nicht zu Ihren Gunsten. Es tut mir leid, dass Sie das erst auf Nachfrage erfahren.
""",
        "ack_receipt": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.
Deine Bewerbung ist bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns bei dir.
SUBJECT: Eingangsbestätigung || Ihre Bewerbung mit der Referenznummer BW-88412 ist am 02.04.2024 um 14:17 Uhr bei uns eingegangen.
Ihre Bewerbungsunterlagen sind vollständig bei uns eingegangen und wurden an die zuständige Fachabteilung weitergeleitet.
Danke für deine Unterlagen, ich schau sie mir bis Freitag an und melde mich dann.
Wir bestätigen den Eingang Ihrer Bewerbung bei unserem Museum. Ihre Unterlagen werden nach Ende der Bewerbungsfrist gesichtet.
""",
        "ack_process": """
Die Bewerbungsfrist endet am 31.05. Danach sichten wir alle Unterlagen; die Vorstellungsgespräche sind für die 25. Kalenderwoche geplant.
Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. In der Regel erhalten Sie innerhalb von drei Wochen eine Rückmeldung.
Bitte haben Sie Verständnis, dass wir uns nur bei Bewerber*innen melden, die in die engere Auswahl kommen. Sollten Sie bis Ende des Monats nichts von uns hören, konnte Ihre Bewerbung leider nicht berücksichtigt werden.
SUBJECT: So geht's weiter 🚀 || So geht's weiter: Zuerst schaut sich unser People-Team deine Bewerbung an (ca. eine Woche). Passt es, laden wir dich zu einem 30-minütigen Kennenlern-Call ein, danach folgt ein Fachgespräch mit dem Team und zum Schluss ein Gespräch mit unseren Gründern. Du hörst auf jeden Fall von uns – versprochen.
Ihre personenbezogenen Daten werden ausschließlich zum Zweck des Bewerbungsverfahrens verarbeitet und spätestens sechs Monate nach dessen Abschluss gelöscht. Weitere Informationen finden Sie in unserer Datenschutzerklärung für Bewerbende.
Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Die Auswahlgespräche finden voraussichtlich Mitte Juni statt; eine Einladung erfolgt gegebenenfalls gesondert.
Leider können wir im aktuellen Stadium noch kein individuelles Feedback geben. Sobald die Fachabteilung alle Bewerbungen gesichtet hat, erhalten Sie Bescheid – egal, wie die Entscheidung ausfällt.
Wir prüfen alle Bewerbungen erst nach Ablauf der Ausschreibungsfrist am 15. März. Bitte sehen Sie bis dahin von telefonischen Nachfragen ab.
""",
        "ack_status": """
Kurzes Zwischenupdate: Wir sind noch mitten in der Auswahl und melden uns voraussichtlich bis Ende nächster Woche bei dir.
Die Position {role} ist derzeit vorübergehend on hold, da die Budgetplanung für 2025 noch nicht abgeschlossen ist. Ihre Bewerbung bleibt selbstverständlich aktiv, und wir kommen auf Sie zu, sobald es weitergeht.
Entschuldigen Sie bitte die lange Wartezeit. Unsere Fachabteilung ist derzeit stark eingebunden, daher verzögert sich die Auswahl um etwa zwei Wochen. Sie sind weiterhin im Verfahren.
Status Ihrer Bewerbung: In Prüfung durch die Fachabteilung.
Sorry, dass es so lange dauert! Die Gründer sind gerade auf Investoren-Roadshow, die finale Entscheidung fällt erst danach. Du bist aber noch voll im Rennen.
""",
        "ack_sad_words": """
Leider können wir Ihnen zum jetzigen Zeitpunkt noch keine Rückmeldung geben, da die Gespräche mit anderen Kandidat*innen noch laufen. Wir bedauern die Verzögerung.
Wir bedauern, Ihnen mitteilen zu müssen, dass sich das Auswahlverfahren um einige Wochen verlängert. Eine Entscheidung ist noch nicht gefallen – Ihre Bewerbung befindet sich weiterhin in der Prüfung.
Leider schaffen wir es nicht, jede Bewerbung persönlich zu beantworten – wir sind ein kleines Team und haben über 300 Zuschriften bekommen. Aber jede Bewerbung wird gelesen, auch deine.
Aufgrund des hohen Bewerbungsaufkommens ist es uns leider nicht möglich, Ihnen kurzfristig eine Entscheidung mitzuteilen. Wir bitten um Ihr Verständnis und melden uns so bald wie möglich.
""",
        "inv_interview": """
Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, 13. Juni, um 10:00 Uhr in unsere Zentrale in Heilbronn einzuladen.
Deine Bewerbung hat uns überzeugt! Wir würden dich gern zu einem ersten Interview per Video einladen. Such dir über den Link einfach einen Termin aus, der dir passt.
Gerne möchten wir Sie zu einem Auswahlgespräch einladen. Bitte teilen Sie uns mit, ob Ihnen einer der folgenden Termine passt: Di, 04.06., 9 Uhr / Mi, 05.06., 14 Uhr / Fr, 07.06., 11 Uhr.
Sie haben es in die zweite Runde geschafft! Das Interview findet mit unserem Head of Engineering und einer Kollegin aus dem Produktmanagement statt und dauert etwa 60 Minuten.
Gerne laden wir Sie zu einem Vorstellungsgespräch bei uns im Haus ein. Bitte melden Sie sich am Empfang im 3. OG; Parkplätze sind leider keine vorhanden, der Bahnhof ist aber in fünf Gehminuten erreichbar.
""",
        "inv_no_word": """
Hast du diese Woche 20 Minuten für einen kurzen Call? Ich würde dir gern mehr über das Team erzählen und dich kennenlernen.
Lust auf einen Kaffee? Ich leite das Team Netzplanung und würde mich gern mal mit dir austauschen – Dienstag oder Mittwoch früh am Hauptbahnhof?
Wir möchten Sie gern näher kennenlernen. Bitte buchen Sie über den Link einen Termin für ein Videotelefonat mit unserer Bereichsleiterin Schaden.
Hätten Sie Zeit für einen Probearbeitstag in unserer Filiale am 18.? Sie würden den Tag in der Obst- und Gemüseabteilung verbringen und unsere Marktleitung kennenlernen. Die Fahrtkosten übernehmen wir.
SUBJECT: Kennenlernen? || Unsere Gründer würden dich gern kennenlernen – passt dir Montag um 16 Uhr für einen Google Meet?
""",
        "inv_assessment": """
Wir laden Sie herzlich zu unserem Assessment-Center am 26.09. in unserer Niederlassung Mannheim ein. Der Tag umfasst eine Gruppenübung, eine Fallstudie mit Präsentation sowie ein Interview.
Als nächsten Schritt bitten wir dich, eine kleine Fallstudie zu präsentieren: Du bekommst den Case 48 Stunden vorher und stellst deine Empfehlung dann 20 Minuten lang zwei Manager:innen vor. Bitte such dir einen der Termine unten aus.
""",
        "inv_after_no": """
Für die Stelle {role} haben wir uns ja für eine andere Person entschieden. Unser Pricing-Team hat Ihr Profil aber gesehen und würde Sie gern zu einem Gespräch über eine ähnliche Position einladen. Hätten Sie nächsten Dienstag Zeit?
Auch wenn es mit der ersten Stelle nicht geklappt hat: Ich habe deinen Lebenslauf an meine Kollegin in Wien weitergegeben, und sie würde dich gern zu einem Gespräch für eine Stelle als Projektcontroller*in einladen. Schick mir doch deine Verfügbarkeiten für nächste Woche.
""",
        "off_offer": """
Wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können. Anbei erhalten Sie unser Vertragsangebot mit einem Jahresbruttogehalt von 68.500 € und einem Eintrittsdatum zum 1. September. Wir bitten um Ihre Rückmeldung bis zum 15.07.
Herzlichen Glückwunsch! Nach den Gesprächen möchten wir dir ein Angebot machen: 58.000 € brutto im Jahr, 30 Urlaubstage, Start am 1.10. Der Vertrag kommt heute noch per E-Signatur.
Wie telefonisch besprochen übersende ich Ihnen anbei das Vertragsangebot für die Stelle {role}, Entgeltgruppe E 12 TV-L, Stufe 3, unbefristet, Beginn 01.04.
SUBJECT: Ihr Angebot || Wir freuen uns, Ihnen die Stelle als {role} anbieten zu dürfen. Das Jahressalär beträgt CHF 112'000 (13 Monatslöhne), Stellenantritt per 1. Januar. Den Arbeitsvertrag erhalten Sie in zweifacher Ausführung per Post.
""",
        "off_no_word": """
Wir wollen dich unbedingt im Team haben! Dein Arbeitsvertrag hängt an – Start am 1. Oktober, 62.000 € plus virtuelle Beteiligungen (VSOP). Lies ihn dir in Ruhe durch und melde dich bei Fragen.
Gute Nachrichten: Das Team möchte, dass Sie als {role} bei uns einsteigen. Anbei finden Sie den Arbeitsvertrag und den Onboarding-Plan. Wenn alles passt, schicken Sie uns den unterschriebenen Vertrag einfach zurück.
Die Entscheidung ist gefallen – und zwar für dich! Wir würden uns freuen, wenn du am 2. Januar bei uns anfängst. Gehalt wie besprochen, Unterlagen im Anhang.
""",
        "oth_alerts": """
SUBJECT: 5 neue Jobs für Ihren Suchauftrag || 5 neue Jobs passend zu Ihrem Suchauftrag „Data Analyst – Remote“: Senior Data Analyst (m/w/d) bei der Halvorsen Versicherung, Analytics Engineer bei Tessaloop, Reporting-Spezialist*in bei den Stadtwerken Obertal ... Alle Jobs ansehen.
Neues aus der {company}-Welt: Spatenstich für unser neues Batteriewerk, drei Kolleg*innen erzählen von ihrem ersten Jahr, und Tipps für ein überzeugendes Anschreiben.
Diese Stellen könnten dich interessieren: Projektingenieur*in (Hamburg), Bauleiter*in Tiefbau (Kiel), Trainee Technik (Lübeck).
""",
        "oth_recruiter": """
Ich bin auf Ihr Profil gestoßen und denke, Sie könnten sehr gut zu einer Position als Product Manager bei einem Berliner Fintech (Series B) passen, die ich aktuell betreue. Hätten Sie Interesse an einem vertraulichen Austausch?
Hey, ich bin Personalberaterin mit Fokus auf Energie & Versorgung und hab aktuell ein paar spannende Projekte auf dem Tisch. Bist du offen für einen Wechsel?
""",
        "oth_event": """
Seien Sie dabei bei unserem digitalen Karriereabend am 15. November von 18:00 bis 19:30 Uhr: Lernen Sie unsere Ingenieur*innen kennen und stellen Sie Ihre Fragen zum Traineeprogramm. Jetzt anmelden!
Komm zum Tag der offenen Tür im Stadtmuseum am Samstag, 9. März, 10–14 Uhr: Blick hinter die Kulissen der Restaurierungswerkstatt und Infos zu Ehrenamt, FSJ Kultur und Volontariat.
""",
        "oth_reference": """
Jordan Blake hat Sie bei uns als Referenz angegeben. Wären Sie bereit, uns einige Fragen zu Ihrer Zusammenarbeit zu beantworten? Das dauert etwa zehn Minuten.
""",
        "oth_reschedule": """
Leider ist bei unserer Bereichsleitung kurzfristig ein Termin dazwischengekommen. Wir müssen Ihr Gespräch daher von Dienstag, 14 Uhr, auf Donnerstag, 10 Uhr, verschieben. Passt Ihnen das?
SUBJECT: Abgesagt: Interview Alex Rivera || Dieser Termin wurde vom Organisator abgesagt. Ein neuer Terminvorschlag folgt in Kürze.
""",
        "oth_withdrawal": """
Wir haben deinen Rückzug der Bewerbung erhalten und das Verfahren für dich beendet. Schade, dass es nicht passt – vielleicht ja ein andermal!
""",
        "oth_survey": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Unabhängig vom Ergebnis hilft uns Ihr Feedback, besser zu werden. Die Umfrage dauert nur drei Minuten.
""",
    },
    "fr": {
        "rej_after_apply": """
Après une étude attentive de votre candidature au poste de {role}, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.
Nous avons bien étudié ton profil pour le poste de {role} et, malheureusement, on ne va pas aller plus loin ensemble cette fois-ci : on cherche quelqu'un avec davantage d'expérience sur Node.js en production.
Votre candidature a retenu toute notre attention. Toutefois, après examen, votre profil ne correspond pas tout à fait aux exigences du poste et nous ne pourrons donner suite à votre démarche.
Nous tenons d'abord à vous remercier pour le soin apporté à votre dossier et pour l'intérêt que vous portez à notre rédaction. Le journal traverse une période de transformation importante : refonte du site, lancement d'une édition du soir, nouvelle organisation du desk. Dans ce contexte, nous avons reçu plus de 250 candidatures pour ce poste de secrétaire de rédaction et avons dû faire des choix difficiles. Nous avons privilégié des profils ayant déjà une expérience en presse quotidienne régionale ; c'est pourquoi nous ne retiendrons pas votre candidature. Nous garderons néanmoins un très bon souvenir de votre lettre.
Nous avons bien reçu votre candidature pour la fonction de {role} et vous en remercions. Après analyse, nous sommes au regret de vous faire savoir que votre profil n'a pas été retenu pour la suite de la procédure de sélection.
Malheureusement, votre profil n'a pas été retenu pour ce poste.
Nous avons bien reçu votre candidature pour le poste de {role}. Après analyse de votre dossier, nous sommes au regret de vous informer qu'elle n'a pas été retenue pour la prochaine étape du processus. Bien que seules les personnes convoquées en entrevue soient habituellement contactées, nous tenions à vous faire part de notre décision.
Après un examen attentif de votre dossier, nous regrettons de ne pas pouvoir retenir votre candidature. Conformément à la loi sur la protection des données, votre dossier sera détruit.
SUBJECT: Mise à jour de votre candidature || Statut de votre candidature (réf. 2024-0613) : Non retenue. Ce message est envoyé automatiquement, merci de ne pas y répondre.
Le poste exige la maîtrise du néerlandais (niveau C1) ainsi qu'un permis de conduire B ; votre candidature ne remplissant pas ces conditions, nous ne sommes pas en mesure de la retenir.
Hello ! Merci pour ta candidature 🙂 On a tout lu avec attention, mais on a choisi d'avancer avec des profils plus seniors côté produit. Ne te decourage pas et n'hésite pas à repostuler plus tard !
""",
        "rej_after_screen": """
Merci encore pour notre échange téléphonique de mardi. Après en avoir discuté avec le manager, nous avons décidé de ne pas poursuivre le processus avec vous.
Suite à notre entretien téléphonique, je reviens vers vous : mon client, un équipementier automobile basé près de Lyon, a décidé de ne pas donner suite. Il recherche un profil ayant déjà piloté des projets en méthodologie APQP. Je ne manquerai pas de revenir vers vous si une mission plus adaptée se présente.
Merci pour ton temps lors de notre visio de la semaine dernière. On a fait le point avec l'équipe et on ne va pas continuer le process : le poste demande plus d'expérience en gestion de sinistres auto.
Après visionnage de votre entretien vidéo différé, nous sommes au regret de vous informer que vous n'êtes pas retenu(e) pour l'étape suivante.
Merci d'avoir pris le temps de jaser avec moi au téléphone hier. Après réflexion, nous avons décidé de ne pas retenir ta candidature pour l'entrevue avec la gestionnaire.
""",
        "rej_after_interview": """
Nous vous remercions pour l'entretien du 12 mars. Malgré les qualités de votre profil, nous avons retenu une autre candidature pour ce poste.
Je voulais te l'annoncer moi-même : on a choisi un autre candidat. C'était vraiment serré, et l'équipe a beaucoup apprécié ton approche sur l'étude de cas. Si tu veux un retour plus détaillé, on peut s'appeler.
Tout d'abord, un grand merci pour votre disponibilité tout au long de ce processus, qui a été plus long que prévu, et pour la qualité de nos échanges avec le comité de direction. Votre connaissance du secteur de l'énergie et votre vision de la transition du réseau ont été très appréciées. Après de longues délibérations, notre choix s'est cependant porté sur une personne disposant d'une expérience managériale plus étendue dans un environnement régulé. Nous comprenons que cette nouvelle soit décevante et restons à votre disposition pour un retour détaillé.
Suite à votre entretien avec le jury, nous avons le regret de vous informer que votre candidature n'a pas été retenue.
Nous avons eu le plaisir de vous rencontrer la semaine passée à Namur. Nous devons malheureusement vous informer que nous avons poursuivi la procédure avec un·e autre candidat·e.
Merci pour ton entrevue de jeudi dernier. Le comité a été impressionné par ton parcours, mais nous avons finalement choisi une autre personne dont l'expérience en gestion de projets de construction institutionnels correspondait davantage à nos besoins.
SUBJECT: Votre candidature – suite || Après le dernier tour d'entretiens, nous avons décidé de ne pas vous faire de proposition. Merci pour votre patience.
Nous vous remercions de l'entretien que vous nous avez accordé le 4 avril dernier. Après mûre réflexion, nous avons le regret de vous annoncer que notre choix s'est porté sur un autre candidat.
""",
        "rej_after_task": """
Merci d'avoir réalisé le test technique. L'équipe a relu ton code avec attention : l'architecture est claire, mais il manque des tests et la gestion d'erreurs n'est pas au niveau attendu pour ce poste. On ne va donc pas poursuivre.
Nous avons pris connaissance de vos résultats aux tests de raisonnement en ligne. Ceux-ci n'atteignent malheureusement pas le seuil requis pour accéder à l'étape suivante de notre programme Graduate.
Merci pour la présentation de votre étude de cas devant les associés. Votre structuration du problème a été appréciée, mais l'analyse chiffrée manquait de profondeur ; nous ne poursuivrons donc pas le processus.
Le jury a corrigé l'épreuve écrite d'admissibilité. Avec une note de 8,5/20, vous n'êtes pas déclaré(e) admissible aux épreuves orales.
Suite à votre journée d'évaluation du 22 mai, nous sommes au regret de vous annoncer que vos résultats aux mises en situation ne nous permettent pas de retenir votre candidature pour la phase finale.
""",
        "rej_role_gone": """
Le poste de {role} a été pourvu. Nous vous remercions de l'intérêt que vous avez porté à notre entreprise.
En raison d'une réorganisation interne, le recrutement pour le poste de {role} est annulé. Nous ne sommes donc malheureusement pas en mesure de donner suite à votre candidature.
Nous avons choisi de pourvoir ce poste en interne.
SUBJECT: Petite nouvelle sur le poste de {role} || Petite nouvelle pas très agréable : notre levée de fonds prend plus de temps que prévu et on a décidé de geler tous les recrutements jusqu'à nouvel ordre. On ferme donc le poste de {role}, et ta candidature avec. Désolé, surtout après trois entretiens.
Le chantier pour lequel ce poste était ouvert (réhabilitation du pont de la Saulaie – lot 3) a été reporté par le maître d'ouvrage. Nous clôturons donc ce recrutement sans donner suite aux candidatures reçues.
Le Centre de services scolaire nous informe que le poste affiché (affichage no 2024-PNE-118) a été comblé par une personne inscrite sur la liste de priorité d'emploi. Votre candidature ne pourra donc pas être considérée.
La mutuelle ayant finalisé son rapprochement avec le groupe, les missions du poste seront reprises par une équipe existante. L'offre a été retirée et votre candidature ne sera pas poursuivie.
""",
        "rej_talent_pool": """
Nous ne donnerons pas suite à votre candidature pour le poste de {role}. Votre profil a toutefois retenu notre attention et nous souhaiterions l'intégrer à notre vivier de talents afin de vous recontacter pour de futures opportunités. Merci de confirmer votre accord via le lien ci-dessous.
Cette fois-ci ça n'a pas matché, mais on aimerait bien garder ton CV sous le coude. Si tu préfères qu'on supprime tes données, réponds simplement à ce mail.
Nous ne sommes pas en mesure de vous proposer un poste actuellement. Avec votre accord, nous conserverons votre CV pendant 24 mois dans notre base de candidats, conformément au RGPD.
Votre candidature n'a pas été retenue, mais nous nous permettons de la conserver dans notre banque de candidatures pour d'éventuels postes futurs.
Malheureusement, nous avons retenu d'autres profils. Souhaitez-vous que nous conservions votre dossier dans notre vivier ? Sans réponse de votre part sous 30 jours, vos données seront supprimées.
Pas cette fois, mais ton profil colle parfaitement à ce qu'on recherche pour la promo de consultants juniors de septembre. Je l'ai mis de côté.
""",
        "rej_formal_public": """
Objet : Avis de vacance n° 2024/DRH/045 – {role}. J'ai le regret de vous informer que la commission de sélection, réunie le 18 avril 2024, n'a pas retenu votre candidature. Je vous prie d'agréer l'expression de mes salutations distinguées.
Recrutement de personnel civil de la Défense – Base de Valmorin. Suite à l'examen de votre dossier par la commission, nous vous informons que votre candidature au poste de {role} (réf. PC-24-0331) n'a pas été retenue.
Par la présente, nous vous informons que vous n'avez pas réussi la sélection comparative pour la fonction de {role} (référence AFG24117). Vous pouvez demander un feedback sur vos résultats dans un délai de deux mois.
SUBJECT: Avis – concours no 24-ADM-072 || À la suite de l'analyse des candidatures reçues dans le cadre du concours no 24-ADM-072, nous vous informons que votre candidature ne satisfait pas aux conditions d'admission. Vous pouvez demander une révision de cette décision dans les 15 jours suivant la réception du présent avis.
""",
        "rej_casual": """
Salut, merci pour ta candidature ! On ne va pas donner suite, mais bonne chance pour la suite.
Désolé, le poste est déjà pris. Merci quand même !
On a finalement retenu quelqu'un d'autre. Merci pour le temps consacré.
Merci pour votre mail. Malheureusement c'est non pour ce poste. Envoyé de mon iPhone
""",
        "rej_other_opening": """
Nous ne donnerons pas suite pour le poste de {role}. En revanche, notre équipe Data a ouvert un poste d'analyste junior qui pourrait mieux correspondre à votre profil ; n'hésitez pas à postuler via notre site carrière.
Ton profil est encore un peu junior pour le poste de chef de chantier, donc on ne va pas continuer là-dessus. Par contre on recrute régulièrement des conducteurs de travaux adjoints, jette un œil à nos annonces.
Le poste de médiateur·rice culturel·le a été attribué à une autre personne. Nous ouvrirons toutefois en mars des postes de guides-conférenciers pour la saison estivale ; votre candidature y serait la bienvenue.
""",
        "rej_in_reply": """
Merci pour ta relance et désolé pour le silence radio. J'ai vérifié avec le manager : il a choisi de poursuivre avec d'autres candidats.
Pour répondre à votre question sur le calendrier : la décision a déjà été prise et, malheureusement, elle ne vous est pas favorable. Le poste a été proposé à un candidat interne la semaine dernière.
Suite à votre courriel de ce matin : non, nous ne poursuivrons pas avec votre candidature. Le comité a retenu des personnes ayant davantage d'expérience en enseignement au secondaire.
""",
        "ack_receipt": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions.
Ta candidature est bien arrivée ! On la regarde très vite et on revient vers toi.
SUBJECT: Confirmation de dépôt de candidature || Confirmation automatique : votre candidature (réf. CAND-55120) a été enregistrée le 14/05/2024 à 09h42.
Votre dossier de candidature est complet et a été transmis au service concerné.
Bien reçu ton CV, je le regarde cette semaine et je te fais un retour dans tous les cas.
Nous accusons réception de votre candidature. Veuillez conserver ce courriel comme preuve de dépôt.
""",
        "ack_process": """
L'affichage se termine le 31 mai. Les entrevues auront lieu dans la semaine du 17 juin. Seules les personnes retenues seront contactées.
Notre processus de sélection prend généralement deux à trois semaines. Si votre profil correspond à nos besoins, un membre de l'équipe RH vous contactera pour un premier échange téléphonique.
En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
SUBJECT: Et maintenant ? || Les prochaines étapes : 1) notre équipe talent étudie ton profil (environ une semaine), 2) si ça matche, un appel découverte de 30 min, 3) un échange technique avec l'équipe, 4) une dernière discussion avec les fondateurs. On te répond quoi qu'il arrive.
Conformément au RGPD, vos données personnelles sont traitées uniquement dans le cadre de ce recrutement et conservées deux ans au maximum. Vous pouvez exercer vos droits d'accès et de suppression à tout moment.
Votre dossier sera traité en toute confidentialité. Nous prendrons contact avec vous d'ici la fin du mois afin de vous informer de la suite donnée à votre candidature.
Nous ne sommes malheureusement pas en mesure de faire un retour individuel à ce stade, mais nous vous informerons de l'issue dès que le manager aura étudié l'ensemble des candidatures.
Les candidatures seront examinées après la date de clôture, le 15 mars. Les candidats présélectionnés seront invités à une épreuve orale fin mars.
""",
        "ack_status": """
Un petit point d'étape : nous étudions toujours les candidatures pour le poste de {role} et reviendrons vers vous d'ici la fin de la semaine prochaine.
Le poste de {role} est temporairement suspendu, le temps de finaliser notre budget 2025. Votre candidature reste active et nous reviendrons vers vous dès la reprise du recrutement.
Toutes nos excuses pour ce délai. La gestionnaire était en déplacement et la présélection n'est pas encore finalisée. Votre candidature est toujours à l'étude.
Statut de votre candidature : En cours d'examen.
Désolée, ça prend plus de temps que prévu ! Le comité ne s'est pas encore réuni pour comparer les finalistes. Décision attendue vers le 20, je t'appelle dans tous les cas.
""",
        "ack_sad_words": """
Malheureusement, nous ne sommes pas encore en mesure de vous donner une réponse, les entretiens avec d'autres candidats étant toujours en cours. Nous regrettons ce délai.
SUBJECT: Calendrier du recrutement || Nous avons le regret de vous informer que le calendrier de recrutement est prolongé de deux semaines. Aucune décision n'a encore été prise et votre candidature reste à l'étude.
Désolés de ne pas pouvoir répondre personnellement à tout le monde : on est une petite équipe et on a reçu plus de 400 candidatures. Mais chaque dossier est lu, y compris le tien.
Nous avons reçu un nombre exceptionnel de candidatures de grande qualité et, malheureusement, l'examen des dossiers prendra plus de temps que prévu. Merci de votre patience.
""",
        "inv_interview": """
Nous avons le plaisir de vous convier à un entretien le mercredi 12 juin à 10h30 dans nos locaux de Clermont-Ferrand.
Ta candidature nous a beaucoup plu ! On aimerait t'inviter à un premier entretien en visio. Choisis le créneau qui t'arrange via ce lien.
Nous aimerions vous rencontrer en entrevue pour le poste de {role}. Seriez-vous disponible le mardi 4 juin à 13 h ou le jeudi 6 juin à 9 h? L'entrevue durera environ une heure.
Vous êtes retenu(e) pour le second tour : un entretien d'environ une heure avec notre directeur technique et une responsable produit.
Nous avons le plaisir de vous inviter à un entretien de présentation dans nos bureaux de Lausanne. Merci de nous indiquer vos disponibilités pour la semaine prochaine.
""",
        "inv_no_word": """
Tu aurais 20 minutes cette semaine pour un petit call ? J'aimerais te présenter l'équipe et en savoir plus sur ton parcours.
Je suis la responsable du service diffusion. Seriez-vous disponible pour un café jeudi matin près de la gare, pour discuter du poste ?
Nous aimerions mieux vous connaître : merci de réserver un créneau de visio de 45 minutes avec notre directrice des sinistres via le lien ci-dessous.
Seriez-vous disponible pour une journée d'essai en magasin le 18 ? Vous passeriez la journée au rayon fruits et légumes et rencontreriez le directeur du magasin. Vos frais de déplacement seront pris en charge.
SUBJECT: On se voit ? || Nos fondateurs aimeraient beaucoup te rencontrer. Tu es dispo lundi à 16h pour un Google Meet ?
""",
        "inv_assessment": """
Nous avons le plaisir de vous convier à notre journée d'évaluation le 26 septembre à Bruxelles. Au programme : exercice de groupe, étude de cas avec présentation orale et entretien individuel.
Prochaine étape : une étude de cas. Tu reçois le sujet 48 h avant et tu présentes ta recommandation pendant 20 minutes à deux managers, puis questions-réponses. Choisis une date parmi les propositions ci-dessous.
""",
        "inv_after_no": """
Comme vous le savez, nous avons retenu un autre profil pour le poste de {role}. Cependant, la responsable de notre équipe Tarification a vu votre dossier et aimerait s'entretenir avec vous au sujet d'un poste similaire. Seriez-vous disponible mardi prochain ?
Même si ça n'a pas marché pour le premier poste, j'ai transmis ton CV à ma collègue de Genève et elle aimerait t'inviter à un entretien pour un poste de contrôleur·se de gestion. Tu peux m'envoyer tes dispos pour la semaine prochaine ?
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle brute de 48 000 € et une prise de poste le 2 septembre. Vous trouverez ci-joint notre promesse d'embauche ; merci de nous faire part de votre décision avant le 15 juillet.
Félicitations ! Suite à nos échanges, on est ravis de te faire une offre : 52 k€ brut annuel, BSPCE, démarrage le 1er octobre. Le contrat arrive en signature électronique dans la journée.
Il nous fait plaisir de vous offrir le poste de {role}, permanent à temps plein, au salaire annuel de 78 500 $. Votre entrée en fonction est prévue le 6 janvier. Veuillez signer la lettre d'offre ci-jointe d'ici vendredi.
SUBJECT: Proposition d'engagement || Nous avons le plaisir de vous proposer le poste de {role}. Le salaire annuel brut s'élève à CHF 98'000.–, versé en 13 mensualités, avec une entrée en fonction au 1er mars. Le contrat de travail vous parviendra en deux exemplaires par courrier.
""",
        "off_no_word": """
On veut vraiment que tu rejoignes l'équipe ! Ton contrat est en pièce jointe : démarrage le 1er octobre, 55 000 € brut plus BSPCE. Prends le temps de le lire et dis-moi si tu as des questions.
Bonne nouvelle : l'équipe souhaite que vous nous rejoigniez en tant que {role}. Vous trouverez en pièce jointe le contrat de travail et le planning d'intégration. Si tout vous convient, il vous suffit de nous le retourner signé.
C'est décidé, c'est vous ! Nous serions ravis de vous accueillir dans l'équipe dès le 2 janvier. Salaire tel que convenu, avec chèques-repas et voiture de société ; documents en annexe.
""",
        "oth_alerts": """
SUBJECT: 5 nouvelles offres pour vous || 5 nouvelles offres correspondent à votre alerte « Data analyst – télétravail » : Data Analyst Senior chez Mutuelle Sauveterre, Analytics Engineer chez Tessaloop, Chargé·e de reporting chez Eaux du Val d'Orne... Voir toutes les offres.
Ce mois-ci chez {company} : la pose de la première pierre de notre nouvelle usine de batteries, le portrait de trois collaborateurs et nos conseils pour une lettre de motivation qui fait la différence.
Ces offres pourraient t'intéresser : Ingénieur·e travaux (Nantes), Conducteur·rice de travaux (Rennes), Chargé·e d'affaires génie civil (Angers).
""",
        "oth_recruiter": """
Je me permets de vous contacter car votre profil pourrait correspondre à un poste de Product Manager que je gère pour une fintech parisienne en pleine croissance (série B). Seriez-vous ouvert(e) à un échange confidentiel ?
Salut! Je suis recruteuse spécialisée en énergie et services publics à Montréal. J'ai quelques beaux mandats en ce moment — serais-tu ouvert à jaser de ta prochaine étape?
""",
        "oth_event": """
Participez à notre soirée carrières en ligne le 15 novembre de 18h à 19h30 : rencontrez nos ingénieur·e·s et posez toutes vos questions sur notre programme Graduate. Inscription gratuite.
Journée portes ouvertes au Musée de la Tannerie de Bourgneuf, samedi 9 mars de 10h à 14h : découvrez les coulisses de nos ateliers de restauration et rencontrez l'équipe des bénévoles.
""",
        "oth_reference": """
Jordan Blake vous a indiqué comme personne de référence dans le cadre de sa candidature chez nous. Accepteriez-vous de répondre à quelques questions sur votre collaboration ? Cela prend une dizaine de minutes.
""",
        "oth_reschedule": """
Malheureusement, un imprévu oblige notre directrice à décaler votre entretien de mardi 14h à jeudi 10h. Ce nouvel horaire vous convient-il ?
SUBJECT: Annulé : Entrevue – Alex Rivera || Votre entrevue du 3 mai a été annulée par l'organisateur. Une nouvelle date vous sera proposée sous peu.
""",
        "oth_withdrawal": """
Nous avons bien pris en compte votre demande de retrait de candidature pour le poste de {role}. Votre dossier a été clôturé. Nous regrettons votre décision et espérons avoir l'occasion de vous recroiser.
""",
        "oth_survey": """
Votre avis compte ! Quelle que soit l'issue de votre candidature, aidez-nous à améliorer notre processus de recrutement en répondant à ce questionnaire de 3 minutes.
""",
    },
    "es": {
        "rej_after_apply": """
Tras revisar detenidamente tu candidatura para el puesto de {role}, lamentamos comunicarte que no vamos a continuar con tu proceso de selección.
Agradecemos su interés en la vacante de {role}. Después de revisar su perfil, le informamos que en esta ocasión no fue seleccionado para continuar en el proceso.
Gracias por postularte. Revisamos tu CV con atención, pero en esta oportunidad decidimos avanzar con otros perfiles que se ajustan más a lo que buscamos. Te animamos a que sigas atento/a a nuestras búsquedas.
Hemos revisado su hoja de vida para el cargo de {role}. Lamentablemente, su perfil no se ajusta a los requisitos del cargo en este momento, por lo cual no continuará en el proceso de selección.
SUBJECT: Tu postulación – resultado || Queremos agradecer tu postulación al cargo de {role}. Luego de analizar los antecedentes, te informamos que tu postulación no avanzará a la siguiente etapa.
Ante todo, gracias por el interés que has mostrado en nuestra redacción. Estamos viviendo un año de muchos cambios: web nueva, muro de pago, un equipo de datos que empieza de cero. Para esta plaza de redactor/a de Local hemos recibido más de 300 currículos, y nos hemos inclinado por perfiles con experiencia previa en prensa diaria y conocimiento del territorio, por lo que no seguiremos adelante con tu candidatura. Esperamos que sigas leyéndonos.
Estado de tu candidatura (ref. REQ-44871): Descartada. Este mensaje se ha generado automáticamente; por favor, no respondas.
Lamentablemente tu perfil no encaja con lo que buscamos en este momento.
Por este medio le informamos que, tras la evaluación curricular, su solicitud no cumple con el requisito de experiencia minima de 3 años en el sector farmacéutico, por lo que no podrá continuar en el proceso.
¡Hola! Gracias por tomarte el tiempo de aplicar. Vimos todo con detalle y por ahora no vamos a seguir: el rol necesita bastante experiencia en Go y eso no lo vemos en tu perfil. Igual seguí atento a nuestras búsquedas, que estamos creciendo rápido.
Lamentamos comunicarle que, una vez valorada su candidatura, no ha resultado seleccionada para la siguiente fase. Le agradecemos sinceramente el tiempo dedicado.
""",
        "rej_after_screen": """
Gracias de nuevo por la llamada del martes. Lo he comentado con la responsable del equipo y hemos decidido no continuar con tu candidatura.
Te comento que mi cliente, una armadora automotriz en el Bajío, decidió no avanzar con tu perfil después de la entrevista telefónica. Buscan a alguien con experiencia en PPAP y manejo de proveedores Tier 1. En cuanto tenga algo más afín te busco.
Tras revisar tu videoentrevista, lamentamos informarte de que no vas a pasar a la siguiente fase.
Le agradecemos el tiempo dedicado a la llamada de filtro del pasado jueves. Luego de revisarlo con el área solicitante, hemos decidido no continuar con su proceso.
Gracias por la charla de ayer. Lo hablamos con el equipo y decidimos no avanzar: buscamos a alguien con más experiencia en siniestros de autos. Perdón por no traer mejores noticias.
""",
        "rej_after_interview": """
Gracias por acudir a la entrevista el pasado 12 de marzo. Ha sido una decisión difícil, pero finalmente hemos optado por otro candidato cuyo perfil se ajusta más a las necesidades del puesto.
Quería contarte yo misma que elegimos a otra persona. Estuvo muy parejo y al equipo le encantó cómo resolviste el caso, así que si querés te doy un feedback más detallado por teléfono.
En primer lugar, queremos agradecerle su disposición a lo largo de este proceso, que se extendió más de lo previsto, así como la calidad de las conversaciones con el comité directivo. Su conocimiento del mercado eléctrico y su visión sobre la transición energética fueron muy valorados. No obstante, después de una deliberación cuidadosa, el comité decidió continuar con un candidato con mayor experiencia en la gestión de equipos en un entorno regulado. Sabemos que no es la noticia que esperaba y quedamos a sus órdenes para compartirle retroalimentación.
Luego de la entrevista con la comisión, lamentamos informarte que no fuiste seleccionado/a para el cargo.
SUBJECT: Re: segunda entrevista || Después de la segunda entrevista lo hemos estado hablando mucho internamente y, al final, no vamos a seguir adelante contigo. Gracias por tu tiempo y por la paciencia.
Muchas gracias por su participación en la entrevista final. Le informamos que el proceso culminó y fue seleccionado otro candidato.
Tras la última ronda, hemos decidido ir en otra dirección para esta contratación. En los próximos días cerraremos tu candidatura en el sistema.
Fue un gusto platicar contigo en la planta de Ramos Arizpe. Después de revisarlo con el gerente, decidimos continuar con otro candidato. Te agradecemos mucho el interés.
""",
        "rej_after_task": """
Gracias por entregar la prueba técnica. El equipo ha revisado tu código: está bien estructurado, pero le faltan tests y el manejo de errores no llega al nivel que pide el puesto, así que no vamos a continuar.
Hemos recibido los resultados de las pruebas psicotécnicas en línea. Lamentablemente, su puntuación no alcanza el mínimo requerido para continuar en el Programa de Jóvenes Profesionales.
Gracias por presentar el caso ante los socios. La estructuración del problema les gustó, pero el análisis cuantitativo se quedó corto, por lo que no vamos a seguir adelante con su candidatura.
Publicadas las calificaciones del primer ejercicio del proceso selectivo, le comunicamos que no ha superado la puntuación mínima exigida (5,00 puntos), por lo que queda excluido/a de las fases siguientes.
Te informamos que, de acuerdo con los resultados de la evaluación psicolaboral, no continuarás en el proceso de selección para el cargo de {role}.
""",
        "rej_role_gone": """
Le informamos que la vacante de {role} ya ha sido cubierta. Agradecemos el interés mostrado en nuestra empresa.
Debido a una reorganización interna, el proceso de selección para el puesto de {role} ha quedado cancelado, por lo que no podremos avanzar con tu candidatura.
La posición se cubrió de manera interna.
SUBJECT: Novedades sobre la búsqueda de {role} || Te escribo con una noticia incómoda: la ronda de inversión se está demorando y congelamos todas las contrataciones hasta nuevo aviso. Cerramos la búsqueda de {role} y con ella tu postulación. Perdón, sobre todo después de tres entrevistas.
La obra para la cual se abrió esta vacante (ampliación de la subestación Norte) fue aplazada por el contratante. Por esta razón, cerramos el proceso sin continuar con ninguna de las hojas de vida recibidas.
Por motivos presupuestarios, la plaza ha quedado congelada y no se va a cubrir este año. Cerramos el proceso y, por tanto, tu candidatura.
Te contamos que el cargo al que postulaste fue declarado desierto por decisión de la gerencia y no se volverá a publicar por ahora. Por lo tanto, tu postulación no seguirá en curso.
""",
        "rej_talent_pool": """
No vamos a continuar con tu candidatura para {role}, pero nos gustaría guardar tu perfil en nuestra bolsa de talento para contactarte en futuras oportunidades. Si prefieres que eliminemos tus datos, solo responde a este correo.
En esta ocasión no fue seleccionado; sin embargo, su perfil quedará en nuestra base de datos para futuras vacantes, previa autorización conforme a nuestro Aviso de Privacidad.
Aunque su hoja de vida no continuará en este proceso, la conservaremos en nuestra base de datos durante 12 meses, de acuerdo con la normativa de protección de datos personales, por si surge una vacante acorde con su perfil.
Lamentablemente hemos elegido otros perfiles. ¿Quieres que conservemos tu CV para próximas ofertas? Si no recibimos respuesta en 30 días, tus datos serán eliminados.
Esta vez no se dio, pero tu perfil nos parece justo para el programa de jóvenes consultores que arranca en septiembre, así que lo dejé agendado.
No quedaste seleccionado/a para este cargo, pero tus antecedentes quedarán en nuestra base de talentos y te contactaremos si aparece una oportunidad que calce con tu perfil.
""",
        "rej_formal_public": """
Asunto: Resolución del proceso de selección de personal laboral temporal – Ref. PLT-2024/031. Le comunicamos que el Tribunal de Selección, en su reunión de 18 de abril de 2024, no le ha incluido en la relación de aspirantes seleccionados. Contra la presente podrá interponer recurso de alzada en el plazo de un mes.
Con fundamento en las bases de la convocatoria pública abierta No. 07/2024, se le notifica que no resultó ganador(a) del concurso para ocupar la plaza de {role}. Agradecemos su participación.
Junto con saludar, informamos a usted que, conforme al acta de la comisión evaluadora del concurso público para proveer el cargo de {role}, su postulación no fue seleccionada para la etapa de entrevista.
SUBJECT: Resultados de verificación de requisitos mínimos || La Secretaría de Educación informa que, una vez verificados los requisitos mínimos, usted no fue admitido(a) en la convocatoria para docentes de aula 2024. Podrá presentar reclamación dentro de los dos (2) días hábiles siguientes a la publicación de resultados.
""",
        "rej_casual": """
¡Hola! Gracias por escribir, pero vamos a pasar en esta ocasión. ¡Suerte!
Perdona, ya hemos cogido a alguien. Gracias igualmente.
che, al final elegimos a otra persona. gracias por tu tiempo, de verdad
Gracias por su correo. Lamentablemente la vacante ya no está disponible. Enviado desde mi celular
""",
        "rej_other_opening": """
No continuaremos con tu candidatura para {role}. Eso sí, nuestro equipo de Analítica acaba de abrir una posición de Analista Junior que podría encajar mejor contigo; puedes inscribirte desde nuestra web de empleo.
Su perfil es un poco junior para la posición de Jefe de Obra, así que no avanzaremos en este caso. Sin embargo, constantemente abrimos vacantes de residente de obra; le invitamos a revisar nuestra bolsa de trabajo.
El cargo de mediador/a cultural fue asignado a otra persona. En marzo abriremos cupos para guías de la temporada de verano y nos encantaría que postularas.
""",
        "rej_in_reply": """
Gracias por escribir y perdona el silencio. Lo he consultado con la responsable: han decidido seguir con otros candidatos.
En respuesta a su correo, le confirmamos que el proceso ya concluyó y lamentablemente no fue seleccionado. La vacante fue ocupada por un colaborador interno la semana pasada.
Respondiendo a tu consulta: no, no vamos a seguir con tu postulación. El comité eligió perfiles con más experiencia en nivel secundario. Te devolvemos adjunta la carpeta con tus materiales.
""",
        "ack_receipt": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Gracias por tu interés.
¡Gracias por postularte! Recibimos tu solicitud y nuestro equipo la revisará en breve.
SUBJECT: Confirmación de registro || Confirmación automática: su solicitud (folio 7731-ALX) se registró el 14/05/2024 a las 09:42 h.
Le confirmamos que su hoja de vida fue recibida y remitida al área de Gestión Humana para su revisión.
Recibí tu CV, gracias. Lo miro esta semana y te respondo, sea cual sea la decisión.
Tu postulación al cargo de {role} fue recibida con éxito. Puedes revisar su estado en cualquier momento ingresando a tu cuenta.
""",
        "ack_process": """
Nuestro proceso de selección suele durar entre dos y tres semanas. Si tu perfil encaja, alguien del equipo de Personas se pondrá en contacto contigo para una primera llamada.
Debido al elevado número de candidaturas, lamentablemente no podemos responder a cada persona de forma individual. Solo nos pondremos en contacto con los perfiles preseleccionados.
Si no recibe noticias nuestras en un plazo de 30 días, le agradeceremos considerar que su perfil no fue seleccionado en esta ocasión.
SUBJECT: ¿Qué sigue? || Así sigue el proceso: 1) el equipo de talento revisa tu perfil (más o menos una semana), 2) si hay match, una call de 30 min, 3) una charla técnica con el equipo y 4) una última conversación con los founders. Te respondemos sí o sí.
En cumplimiento del RGPD, tus datos se tratarán únicamente para este proceso de selección y se conservarán durante un máximo de 12 meses. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.
La convocatoria cierra el 31 de mayo. Las pruebas de conocimiento se aplicarán la semana del 10 de junio y las entrevistas se realizarán a partir del 24 de junio.
Lamentablemente, en esta etapa no podemos dar retroalimentación individual, pero le informaremos del resultado en cuanto el área haya revisado todas las solicitudes.
Recuerda que las etapas del proceso son: análisis curricular, evaluación psicolaboral, entrevista técnica y entrevista con jefatura. Te iremos informando al término de cada etapa.
""",
        "ack_status": """
Te escribimos para ponerte al día: seguimos revisando candidaturas para {role} y esperamos decidir a quién entrevistar a finales de la semana que viene.
La vacante de {role} está en pausa mientras se cierra el presupuesto del próximo año. Su solicitud sigue activa y le contactaremos en cuanto se reactive el proceso.
Le ofrecemos disculpas por la demora. El gerente del área ha estado de viaje y aún no hemos cerrado la preselección. Su proceso sigue activo.
Estado de tu postulación: En revisión.
Perdón que esté tardando tanto. El comité todavía no se reunió para comparar a los finalistas; calculo que para el 20 tenemos novedades y te llamo igual, sea cual sea el resultado.
""",
        "ack_sad_words": """
Lamentablemente, aún no podemos darle una respuesta, ya que seguimos entrevistando a otros candidatos. Sentimos la demora.
SUBJECT: Ampliación del calendario del proceso || Lamentamos informarle que el calendario del proceso se ha ampliado dos semanas. Todavía no se ha tomado ninguna decisión y su candidatura continúa en estudio.
Sentimos no poder contestar a todo el mundo personalmente: somos un equipo pequeño y recibimos más de 400 CV. Pero los leemos todos, incluido el tuyo.
Desafortunadamente, debido al alto número de postulaciones, la revision tomará más tiempo del previsto. Le pedimos paciencia; su solicitud sigue en proceso.
""",
        "inv_interview": """
Nos gustaría invitarte a una entrevista presencial el miércoles 12 de junio a las 10:30 en nuestras oficinas de Zaragoza.
Nos da gusto informarle que fue seleccionado para una entrevista por videollamada. Por favor elija el horario que más le acomode en el siguiente enlace.
Queremos citarle a entrevista para el cargo de {role} el martes 4 de junio a las 2:00 p. m. en nuestra sede de Bogotá (Carrera 11 # 86-32, piso 6). Por favor confirme su asistencia y traiga su documento de identidad.
¡Pasaste a la segunda etapa! La entrevista técnica será con el jefe de ingeniería y una product manager, y dura aproximadamente una hora.
¿Tenés disponibilidad para una entrevista el jueves o el viernes por Meet? Decime qué horario te queda mejor y te mando la invitación.
""",
        "inv_no_word": """
¿Tienes 20 minutos esta semana para una llamada rápida? Me gustaría contarte más sobre el equipo y conocerte.
Soy la gerente de Planeación de Red. ¿Le gustaría tomar un café el martes o miércoles en la mañana para platicar sobre la posición?
Nos gustaría conocerte mejor: reserva un hueco de 45 minutos para una videollamada con nuestra directora de Siniestros a través del enlace.
¿Podrías venir a una jornada de prueba en el local de Ñuñoa el día 18? Estarías con el equipo de frutas y verduras y conocerías al jefe de local. Te reembolsamos la movilización.
SUBJECT: ¿Charlamos? || Los founders tienen muchas ganas de conocerte. ¿Te queda bien el lunes a las 16 (hora de Buenos Aires) para un Meet?
""",
        "inv_assessment": """
Nos complace invitarle a nuestro assessment center el 26 de septiembre en Madrid. La jornada incluye una dinámica de grupo, un caso práctico con presentación y una entrevista por competencias.
El siguiente paso es la presentación de un caso: recibirás el enunciado 48 horas antes y expondrás tu recomendación durante 20 minutos ante dos gerentes. Por favor elige una de las fechas disponibles.
""",
        "inv_after_no": """
Como sabe, para la vacante de {role} elegimos a otro candidato. Sin embargo, la gerente de Pricing vio su perfil y le gustaría entrevistarle para una posición similar. ¿Tendría disponibilidad el próximo martes?
Aunque lo del primer puesto no salió, le pasé tu CV a mi compañera de la oficina de Valencia y quiere hacerte una entrevista para un puesto de controller de proyectos. ¿Me mandas tu disponibilidad para la semana que viene?
""",
        "off_offer": """
Nos complace ofrecerte el puesto de {role} con contrato indefinido, una retribución bruta anual de 42.000 € en 14 pagas y fecha de incorporación el 2 de septiembre. Adjuntamos la carta oferta; te agradeceríamos una respuesta antes del 15 de julio.
¡Felicidades! Nos complace extenderle una oferta laboral para la posición de {role}: sueldo mensual bruto de $58,000 MXN, prestaciones superiores a las de ley, vales de despensa y fecha de ingreso el 1 de octubre.
Nos alegra ofrecerle el cargo de {role} con contrato a término indefinido y un salario de $7.800.000 mensuales. La fecha de ingreso sería el 15 de enero. Adjuntamos la carta de oferta para su firma.
SUBJECT: Oferta – {role} || Tenemos el agrado de ofrecerte el cargo de {role}, con una renta líquida de $2.100.000 mensuales, contrato indefinido e ingreso el 1 de marzo. Por favor confírmanos tu aceptación antes del viernes.
""",
        "off_no_word": """
¡Queremos que te sumes al equipo! Te adjunto el contrato: arrancás el 1 de octubre, sueldo de USD 3.200 mensuales más stock options. Leelo tranqui y cualquier duda avisame.
Buenas noticias: el equipo quiere que te incorpores como {role}. Te adjunto el contrato y el plan de bienvenida; si todo está bien, nos lo devuelves firmado y pedimos tu portátil.
¡Es usted! Nos encantaría recibirle en el equipo a partir del 2 de enero. El salario es el que conversamos; los documentos para la vinculación van adjuntos.
""",
        "oth_alerts": """
SUBJECT: 5 nuevas ofertas para ti || 5 nuevas ofertas coinciden con tu alerta «Analista de datos – remoto»: Analista de Datos Senior en Seguros Valdecañas, Analytics Engineer en Tessaloop, Analista de Reporting en Aguas del Segre... Ver todas las ofertas.
Este mes en {company}: colocamos la primera piedra de la nueva planta de baterías, conocemos al equipo detrás de nuestra app y te damos tres consejos para tu carta de presentación.
Vacantes que te pueden interesar: Ingeniero de Proyectos (Querétaro), Residente de Obra (León), Supervisor de Calidad (Saltillo).
""",
        "oth_recruiter": """
He visto tu perfil y creo que podrías encajar en un puesto de Product Manager que estoy gestionando para una fintech de Barcelona (serie B). ¿Te apetecería tener una conversación confidencial?
Cordial saludo. Soy consultora de selección especializada en el sector energético y tengo algunos procesos abiertos que podrían interesarle. ¿Estaría abierto a conversar sobre su siguiente paso profesional?
""",
        "oth_event": """
Te invitamos a nuestra Feria Virtual de Empleo el 15 de noviembre de 18:00 a 19:30: conoce a nuestros ingenieros y resuelve tus dudas sobre el programa de graduados. Inscripción gratuita.
Ven al Día del Patrimonio en el Museo Casa Lirquén: el sábado 9 de marzo, de 10 a 14 h, recorre los talleres de conservación y conoce al equipo de voluntariado.
""",
        "oth_reference": """
Jordan Blake le indicó como referencia laboral en su postulación con nosotros. ¿Sería tan amable de responder unas preguntas breves sobre su experiencia trabajando juntos? Le tomará unos 10 minutos.
""",
        "oth_reschedule": """
Lamentablemente, a nuestra directora le ha surgido un imprevisto y tenemos que mover tu entrevista del martes a las 14:00 al jueves a las 10:00. ¿Te viene bien?
SUBJECT: Cancelado: Entrevista – Alex Rivera || Su entrevista del 3 de mayo fue cancelada por el organizador. En breve recibirá una nueva propuesta de horario.
""",
        "oth_withdrawal": """
Hemos recibido tu solicitud para retirar tu candidatura al puesto de {role}. Tu proceso ha quedado cerrado. Sentimos que te vayas y esperamos volver a coincidir.
""",
        "oth_survey": """
¿Cómo fue tu experiencia postulando con nosotros? Sin importar el resultado, tu opinión nos ayuda a mejorar. La encuesta toma 3 minutos.
""",
    },
    "pt": {
        "rej_after_apply": """
Agradecemos seu interesse na vaga de {role}. Após análise do seu perfil, informamos que não seguiremos com sua candidatura neste momento.
Após análise cuidada da sua candidatura para a função de {role}, lamentamos informar que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
Recebemos um grande volume de candidaturas e, após avaliarmos seu currículo com cuidado, optamos por seguir com outros perfis mais aderentes aos requisitos da vaga.
Antes de tudo, obrigado pelo carinho com a nossa redação. Estamos num ano de muitas mudanças por aqui: site novo, paywall, um núcleo de dados começando do zero. Para esta vaga de repórter de Cidades recebemos mais de 300 currículos e priorizamos pessoas com experiência em jornal diário e bom conhecimento da região metropolitana, então não vamos dar sequência à sua candidatura. Esperamos continuar contando com você como leitor.
SUBJECT: Atualização da sua candidatura || Estado da candidatura (ref.ª 2024/RH/0613): Não selecionada. Esta mensagem foi gerada automaticamente, por favor não responda.
Infelizmente seu perfil não foi selecionado para esta vaga.
A função exige carta de condução de pesados e disponibilidade para trabalho por turnos; não reunindo a sua candidatura estes requisitos, não nos é possível considerá-la.
Oi! Valeu demais por se candidatar. A gente leu tudo com atenção, mas dessa vez vamos seguir com pessoas mais seniores em produto. Nao desanima, fica de olho nas nossas vagas que a gente tá crescendo rápido!
Informamos que o processo seletivo para a vaga {role} foi encerrado para você na etapa de triagem curricular.
Vimos por este meio agradecer o interesse demonstrado na nossa empresa. Lamentamos, contudo, informar que, de momento, o seu perfil não se adequa às necessidades da função.
Sua candidatura ao Programa de Estágio em Assuntos Regulatórios foi analisada. Devido ao grande número de inscritos – mais de 2.800 para 15 vagas –, não foi possível avançar com seu perfil nesta edição.
""",
        "rej_after_screen": """
Obrigada de novo pela conversa por telefone na terça. Alinhei com a gestora da área e decidimos não seguir com o seu processo.
Passando para dar um retorno: meu cliente, uma montadora no interior de São Paulo, decidiu não avançar com seu perfil depois da nossa entrevista por telefone. Eles querem alguém com vivência em PPAP e gestão de fornecedores. Assim que aparecer algo mais alinhado eu te procuro.
Após a análise da sua entrevista gravada em vídeo, lamentamos informar que não irá avançar para a próxima fase.
Obrigado pela chamada da semana passada. Falei com a equipa e não vamos continuar o processo contigo — procuramos alguém com mais experiência em gestão de sinistros automóvel.
Agradecemos sua participação na entrevista com o RH. Neste momento, optamos por dar continuidade com outros candidatos.
""",
        "rej_after_interview": """
Agradecemos muito sua participação na entrevista com o gestor. Foi uma decisão difícil, mas seguimos com outro candidato cujo perfil está mais alinhado ao momento da área.
Queria te contar pessoalmente: escolhemos outra pessoa. Foi bem disputado e o time adorou a forma como você resolveu o case. Se quiser um feedback mais detalhado, podemos marcar uma call.
Em primeiro lugar, queremos agradecer a sua disponibilidade ao longo deste processo, que se prolongou mais do que prevíamos, e a qualidade das conversas com a comissão executiva. O seu conhecimento do setor elétrico e a sua visão sobre a transição energética foram muito apreciados. Após uma ponderação cuidada, a escolha recaiu, no entanto, sobre um candidato com maior experiência de gestão de equipas num setor regulado. Sabemos que não é a notícia que esperava e ficamos ao dispor para partilhar um feedback mais detalhado.
Na sequência da entrevista com o júri, lamentamos informar que não foi o candidato selecionado.
SUBJECT: Retorno do processo seletivo || Depois da segunda rodada de entrevistas, conversamos bastante internamente e decidimos não seguir com você. Obrigada pela paciência ao longo do processo.
Agradecemos a entrevista realizada no passado dia 4 de abril. Após reflexão, informamos que optámos por outro candidato.
Após a rodada final, decidimos seguir em outra direção para esta contratação. Nos próximos dias vamos encerrar sua candidatura na plataforma.
Foi ótimo te receber na fábrica de São José dos Pinhais. Depois de conversar com o gerente, decidimos seguir com outro candidato. Muito obrigado pelo interesse.
""",
        "rej_after_task": """
Obrigado por entregar o desafio técnico. O time revisou seu código: está bem organizado, mas faltam testes e o tratamento de erros não chegou ao nível que a vaga pede, então não vamos seguir.
Recebemos os resultados dos testes online de raciocínio lógico e inglês. Infelizmente sua pontuação não atingiu o mínimo necessário para continuar no Programa de Trainee 2025.
Obrigado pela apresentação do caso aos sócios. A estruturação do problema foi bem recebida, mas a análise quantitativa ficou aquém do esperado, pelo que não daremos seguimento à sua candidatura.
Conforme resultado da prova objetiva publicado no Diário Oficial, o(a) candidato(a) não atingiu a nota mínima para classificação e está eliminado(a) do processo seletivo simplificado.
Após o assessment center de 22 de maio, lamentamos comunicar que os seus resultados nas provas de grupo e de role-play não permitem a passagem à fase final.
""",
        "rej_role_gone": """
Informamos que a vaga de {role} já foi preenchida. Agradecemos seu interesse em fazer parte da nossa equipe.
Devido a uma reestruturação interna, o processo de recrutamento para a função de {role} foi cancelado, pelo que não será possível dar seguimento à sua candidatura.
A vaga foi preenchida internamente.
SUBJECT: Sobre a vaga de {role} || Tenho uma notícia chata: nossa rodada de investimento atrasou e congelamos todas as contratações até segunda ordem. Fechamos a vaga de {role} e, com ela, o seu processo. Desculpa, ainda mais depois de três entrevistas.
A obra para a qual abrimos esta vaga (reabilitação da ponte de Vilar de Mouros) foi adiada pelo dono de obra. Encerrámos por isso o recrutamento sem dar seguimento às candidaturas recebidas.
Por conta de ajustes no orçamento, a vaga foi congelada e não será reaberta este ano. Encerramos o processo e, consequentemente, sua candidatura.
Com a fusão das duas seguradoras, as funções desta posição passarão a ser asseguradas por uma equipa já existente. O anúncio foi retirado e a sua candidatura não prosseguirá.
""",
        "rej_talent_pool": """
Não vamos seguir com sua candidatura para {role}, mas gostaríamos de manter seu perfil no nosso banco de talentos para futuras oportunidades. Se preferir que excluamos seus dados, é só responder este e-mail.
De momento não nos é possível apresentar-lhe uma proposta. Com o seu consentimento, manteremos o seu CV na nossa base de dados durante 12 meses, nos termos do RGPD.
Seu currículo seguirá cadastrado em nossa base, em conformidade com a LGPD, e poderá ser considerado para outras vagas compatíveis com seu perfil. Para este processo, porém, seguimos com outros candidatos.
Infelizmente optámos por outros perfis. Quer que guardemos a sua candidatura para futuras oportunidades? Sem resposta no prazo de 30 dias, os seus dados serão eliminados.
Dessa vez não rolou, mas seu perfil tem tudo a ver com a próxima turma do nosso programa de consultores júnior em setembro, então já deixei separado.
Você não foi selecionado para esta vaga, mas suas informações ficarão em nosso Banco de Talentos e entraremos em contato caso surja uma oportunidade aderente ao seu perfil.
""",
        "rej_formal_public": """
Procedimento concursal comum para ocupação de um posto de trabalho – Ref.ª PC/2024/045. Fica V. Ex.ª notificado(a) de que, na sequência da aplicação do método de seleção Avaliação Curricular, foi excluído(a) do procedimento por não ter obtido a classificação mínima de 9,5 valores. Dispõe de 10 dias úteis para, querendo, se pronunciar em sede de audiência dos interessados.
Comunicamos que, após a análise documental, sua inscrição no processo seletivo para contratação temporária de servidores civis (Edital nº 03/2024 – Comando Regional Sul) foi indeferida por não atender ao requisito de escolaridade.
SUBJECT: Resultado final – Edital nº 12/2024 || A Secretaria Municipal de Educação informa que o(a) candidato(a) não foi classificado(a) dentro do número de vagas previsto no Edital nº 12/2024 para o cargo de Professor(a) de Educação Básica II – Geografia.
Informamos que, concluída a lista de ordenação da contratação de escola para o grupo de recrutamento 420 – Geografia, não foi selecionado(a) para o horário n.º 18.
""",
        "rej_casual": """
Oi! Valeu pelo contato, mas vamos passar dessa vez. Boa sorte!
Desculpe, já encontrámos alguém. Obrigado na mesma.
fechamos com outra pessoa, mas obrigado pelo seu tempo viu
Obrigado pelo e-mail. Infelizmente a vaga já foi fechada. Enviado do meu celular
""",
        "rej_other_opening": """
Não seguiremos com sua candidatura para {role}. Por outro lado, nosso time de Analytics acabou de abrir uma vaga de Analista Júnior que pode combinar mais com seu perfil; você pode se candidatar pelo nosso site.
O seu perfil é ainda um pouco júnior para a função de diretor de obra, pelo que não vamos avançar neste caso. No entanto, recrutamos regularmente adjuntos de direção de obra; convidamo-lo a consultar as nossas ofertas.
A vaga de educador(a) de museu foi preenchida por outra pessoa. Em março abriremos vagas para monitores da temporada de férias e adoraríamos receber sua inscrição.
""",
        "rej_in_reply": """
Obrigada pelo follow-up e desculpa a demora. Confirmei com a gestora: eles decidiram seguir com outros candidatos.
Em resposta ao seu e-mail, confirmamos que o processo já foi concluído e, infelizmente, não foi selecionado. A vaga foi preenchida por um colaborador interno na semana passada.
Respondendo sua pergunta: não, não vamos dar continuidade à sua candidatura. A banca escolheu perfis com mais experiência em ensino médio. Seu portfólio segue em anexo.
""",
        "ack_receipt": """
Recebemos sua candidatura para a vaga de {role}. Obrigado pelo interesse!
Confirmamos a receção da sua candidatura à função de {role}. Agradecemos o seu interesse.
SUBJECT: Inscrição confirmada || Confirmação automática: sua inscrição (protocolo 2024051409420) foi registrada em 14/05/2024 às 09h42.
A sua candidatura está completa e foi encaminhada para a direção de recursos humanos.
Recebi seu currículo, obrigado. Vou olhar essa semana e te dou um retorno de qualquer forma.
Sua candidatura foi enviada com sucesso! Acompanhe o status a qualquer momento pela plataforma.
""",
        "ack_process": """
Nosso processo seletivo costuma levar de duas a três semanas. Se o seu perfil estiver alinhado, alguém do time de Gente entrará em contato para uma primeira conversa.
Devido ao elevado número de candidaturas, lamentamos não poder responder individualmente a cada candidato. Apenas os candidatos pré-selecionados serão contactados.
Caso não receba retorno em até 30 dias, considere que seu perfil não foi selecionado para esta oportunidade.
SUBJECT: Próximos passos do processo || Como funciona daqui pra frente: 1) o time de talentos analisa seu perfil (cerca de uma semana), 2) se der match, uma call de 30 min, 3) uma conversa técnica com o time e 4) um papo final com os fundadores. A gente te responde de qualquer jeito.
Em conformidade com a LGPD, seus dados pessoais serão tratados exclusivamente para fins deste processo seletivo e armazenados por até 12 meses. Você pode solicitar a exclusão a qualquer momento.
As candidaturas serão analisadas após a data-limite de 31 de maio. As entrevistas decorrerão na segunda quinzena de junho.
Infelizmente não conseguimos dar feedback individual nesta etapa, mas vamos comunicar o resultado assim que a área concluir a análise de todos os currículos.
As próximas etapas do processo seletivo (prova escrita e entrevista) serão divulgadas no site da Prefeitura. Acompanhe o cronograma do edital.
""",
        "ack_status": """
Passando para atualizar: seguimos analisando as candidaturas para {role} e esperamos definir quem vai para entrevista até o fim da semana que vem.
A função de {role} encontra-se temporariamente suspensa enquanto fechamos o orçamento para 2025. A sua candidatura mantém-se ativa e voltaremos a contactá-lo assim que o processo for retomado.
Pedimos desculpas pela demora. O gestor estava viajando e ainda não fechamos a triagem. Seu processo continua em andamento.
Status da sua candidatura: Em análise.
Desculpa estar a demorar tanto! O comité ainda não se reuniu para comparar os finalistas. Devemos ter novidades lá para dia 20 e ligo-te de qualquer forma.
""",
        "ack_sad_words": """
Infelizmente ainda não conseguimos te dar uma resposta, pois as entrevistas com outros candidatos continuam. Lamentamos a demora.
SUBJECT: Prorrogação do calendário de recrutamento || Lamentamos informar que o calendário do recrutamento foi prolongado por duas semanas. Ainda não foi tomada nenhuma decisão e a sua candidatura continua em análise.
Desculpa não conseguirmos responder todo mundo pessoalmente: somos um time pequeno e recebemos mais de 400 currículos. Mas lemos todos, inclusive o seu.
Infelizmente, devido ao alto número de inscrições, a análise vai levar mais tempo do que o previsto. Agradecemos a paciência — voce segue no processo.
""",
        "inv_interview": """
Gostaríamos de convidar você para uma entrevista presencial na quarta-feira, 12/06, às 10h30, em nosso escritório na Av. Paulista.
Temos o prazer de o convidar para uma entrevista no dia 4 de junho, às 14h30, nas nossas instalações em Matosinhos. Agradecemos que confirme a sua presença.
Você passou para a próxima etapa! A entrevista técnica será com o head de engenharia e uma PM, e dura cerca de uma hora. Escolha um horário no link.
Estás disponível para uma entrevista por Teams na quinta ou na sexta? Diz-me que horário te dá jeito e envio o convite.
Parabéns, você foi selecionado(a) para a etapa de entrevista com a banca. Seguem as opções de horário: 4/3 às 9h, 5/3 às 14h ou 6/3 às 10h. Responda com sua preferência.
""",
        "inv_no_word": """
Você teria 20 minutinhos essa semana pra um papo rápido? Queria te contar mais sobre o time e te conhecer.
Sou a responsável pela área de planeamento de rede. Teria disponibilidade para um café na terça ou quarta de manhã para falarmos sobre a função?
Queremos te conhecer melhor: agende pelo link uma videochamada de 45 minutos com nossa diretora de Sinistros.
Você pode vir para um dia de experiência na loja no dia 18? Você passaria o dia com a equipe do hortifrúti e conheceria o gerente da loja. Pagamos o transporte.
SUBJECT: Bora conversar? || Os nossos fundadores gostavam muito de te conhecer. Dá-te jeito segunda às 16h para um Google Meet?
""",
        "inv_assessment": """
Temos o prazer de convidar você para nossa dinâmica de grupo e painel com gestores no dia 26/09, em nossa sede em Campinas. A duração prevista é de 4 horas; leve um documento com foto.
O próximo passo é a apresentação de um caso: receberá o enunciado 48 horas antes e apresentará a sua recomendação durante 20 minutos a dois diretores. Por favor escolha uma das datas abaixo.
""",
        "inv_after_no": """
Como você sabe, para a vaga de {role} seguimos com outra pessoa. Mas a gestora de Pricing viu seu perfil e gostaria de entrevistar você para uma posição parecida. Você tem disponibilidade na próxima terça?
Apesar de não ter resultado para a primeira função, passei o seu CV a uma colega do escritório do Porto e ela gostaria de o convidar para uma entrevista para controller de projetos. Pode enviar-me a sua disponibilidade para a próxima semana?
""",
        "off_offer": """
Temos o prazer de oferecer a você a posição de {role}, em regime CLT, com salário de R$ 12.500,00 mensais, vale-refeição, plano de saúde e início em 2 de setembro. Segue em anexo a carta-oferta; pedimos seu retorno até 15/07.
Temos o prazer de lhe apresentar uma proposta para a função de {role}: contrato sem termo, remuneração anual bruta de 32.000 € em 14 meses, subsídio de refeição em cartão e início a 1 de outubro.
Parabéns!! Queremos fazer uma proposta pra você: R$ 15 mil PJ, stock options e início em 1º de outubro. O contrato vai por assinatura digital hoje ainda.
SUBJECT: Carta-proposta – {role} || Na sequência das entrevistas, temos o gosto de lhe oferecer a posição de {role}. Junto enviamos a carta-proposta com as condições acordadas; agradecemos resposta até sexta-feira.
""",
        "off_no_word": """
A gente quer muito você no time! Seu contrato está em anexo: início em 1º de outubro, R$ 14.000 por mês mais opções de ações. Dá uma lida com calma e me chama se tiver dúvida.
Boas notícias: a equipa quer que se junte a nós como {role}. Seguem em anexo o contrato de trabalho e o plano de acolhimento; se estiver tudo bem, basta devolver-nos o contrato assinado.
Deu certo! Queremos que você comece com a gente no dia 2 de janeiro. Salário conforme conversamos; a documentação para admissão está em anexo.
""",
        "oth_alerts": """
SUBJECT: 5 novas vagas para você || 5 novas vagas combinam com seu alerta "Analista de dados – remoto": Analista de Dados Sênior na Seguradora Alvorada Sul, Analytics Engineer na Tessaloop, Analista de Indicadores na Águas do Vale Verde... Ver todas as vagas.
Este mês na {company}: lançámos a primeira pedra da nova fábrica de baterias, conhecemos a equipa por trás da nossa app e damos três dicas para uma carta de motivação que faz a diferença.
Vagas que podem te interessar: Engenheiro(a) de Projetos (Curitiba), Engenheiro(a) Civil Júnior (Joinville), Supervisor(a) de Obras (Londrina).
""",
        "oth_recruiter": """
Vi seu perfil e acho que você pode ter fit com uma vaga de Product Manager que estou conduzindo para uma fintech em São Paulo (Série B). Topa uma conversa confidencial?
Sou consultora de recrutamento especializada no setor da energia e tenho alguns processos em curso que lhe poderão interessar. Estaria aberto a uma conversa sobre o seu próximo passo profissional?
""",
        "oth_event": """
Participe da nossa Semana de Carreiras online no dia 15 de novembro, das 18h às 19h30: converse com nossos engenheiros e tire dúvidas sobre o Programa de Trainee. Inscrições gratuitas.
Dia Aberto no Museu da Olaria de Alvarinhos: sábado, 9 de março, das 10h às 14h. Visite os bastidores das oficinas de conservação e conheça a equipa de voluntariado.
""",
        "oth_reference": """
Jordan Blake indicou você como referência profissional no processo seletivo conosco. Você poderia responder a algumas perguntas rápidas sobre o período em que trabalharam juntos? Leva cerca de 10 minutos.
""",
        "oth_reschedule": """
Infelizmente surgiu um imprevisto na agenda da diretora e precisamos remarcar sua entrevista de terça às 14h para quinta às 10h. Esse novo horário funciona para você?
SUBJECT: Cancelado: Entrevista – Alex Rivera || A sua entrevista de 3 de maio foi cancelada pelo organizador. Será enviada em breve uma nova proposta de data.
""",
        "oth_withdrawal": """
Recebemos o seu pedido de desistência da candidatura à função de {role}. O seu processo foi encerrado. Lamentamos a sua decisão e esperamos voltar a cruzar-nos no futuro.
""",
        "oth_survey": """
Como foi sua experiência no nosso processo seletivo? Independente do resultado, sua opinião ajuda a gente a melhorar. A pesquisa leva 3 minutos.
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
            "Dear Candidate,",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for taking the time to apply with us.",
            "We appreciate your interest in joining {company}.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your search.",
            "We wish you every success in your future career.",
            "Good luck with whatever comes next!",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Over 4,000 colleagues in 14 countries are building what comes next – and we're proud to be a Top Employer for the fifth year running.",
            "Life at {company}: flexible hybrid working, 28 days' holiday, a learning budget for everyone and a team that genuinely cares. Follow us on LinkedIn to see what we're up to.",
            "{company} is committed to building a diverse and inclusive workplace. We welcome applications from everyone, regardless of background, and we're happy to make adjustments at any stage of the process.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Cheers,\n{sender}",
            "Many thanks,\n{sender}\nPeople Team",
            "Sincerely,\n{sender}\nHuman Resources, {company}",
        ],
        "footer": [
            "This message was sent by the {company} recruiting system. Please do not reply to this email.",
            "{company} is an equal opportunity employer. You are receiving this email because you applied for a position with us. Manage your preferences or unsubscribe at any time.",
            "Privacy notice: we process candidate data in line with applicable data protection law. To request deletion of your data, contact our privacy team.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Update on your application",
            "Re: {role} application",
            "Application status – {role}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "Invitation: {role} at {company}",
            "Let's talk!",
            "Your application – next step",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}!",
            "{role} – contract",
            "Good news",
        ],
        "subject_oth": [
            "{company} careers update",
            "Jobs for you",
            "A quick question",
            "News from {company}",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Liebe*r {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Hi {first},",
            "Grüezi {first} Rivera,",
            "Moin {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Vielen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei uns beworben hast.",
            "Herzlichen Dank für die Zeit, die Sie sich für uns genommen haben.",
        ],
        "wish": [
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Für deine weitere Jobsuche wünschen wir dir viel Erfolg!",
            "Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.",
            "Alles Gute für dich!",
        ],
        "marketing": [
            "{company} gestaltet seit über 60 Jahren die Mobilität von morgen – mit mehr als 12.000 Mitarbeitenden an 40 Standorten weltweit. Vielfalt, Nachhaltigkeit und Teamgeist sind bei uns keine Schlagworte, sondern gelebter Alltag.",
            "Was uns ausmacht: flexible Arbeitszeiten, mobiles Arbeiten, 30 Urlaubstage, JobRad und ein Weiterbildungsbudget für alle. {company} wurde 2024 erneut als Top-Arbeitgeber ausgezeichnet.",
            "Bei {company} zählt, was Menschen bewegen. Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}\nPeople & Culture",
            "Freundliche Grüsse\n{sender}\nHR Services",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.",
            "Bitte antworte nicht direkt auf diese Mail – bei Fragen erreichst du uns über das Kontaktformular auf unserer Karriereseite.",
            "{company} · Sitz der Gesellschaft: Heilbronn · Registergericht: Amtsgericht Heilbronn, HRB 734412 · Geschäftsführung: Dr. Katrin Ebeling, Matthias Roloff",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Deine Bewerbung – Update",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Nächster Schritt: Kennenlernen",
            "Lass uns sprechen!",
            "Ihre Bewerbung – nächste Schritte",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Willkommen an Bord!",
            "Dein Vertrag bei {company}",
            "Gute Nachrichten",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Neue Jobs für dich",
            "Kurze Frage",
            "Karriere-Update",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Salut {first} !",
            "Hello {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Merci pour l'intérêt porté à {company}.",
            "Merci pour la candidature au poste de {role}.",
            "Un grand merci pour le temps consacré à cette candidature.",
        ],
        "wish": [
            "Plein succès pour la suite.",
            "Bonne chance dans la recherche d'emploi !",
            "Tous nos vœux de réussite pour la suite du parcours professionnel.",
        ],
        "marketing": [
            "Chez {company}, plus de 3 000 collaboratrices et collaborateurs dans 12 pays inventent chaque jour les solutions de demain. Engagement, audace et bienveillance : voilà ce qui nous rassemble.",
            "{company} s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.",
            "Télétravail hybride, 25 jours de congés + RTT, programme de formation continue : rejoindre {company}, c'est grandir avec une équipe passionnée.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement",
            "Belle journée,\n{sender}",
            "Salutations distinguées,\n{sender}\nRessources humaines – {company}",
            "Au plaisir,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement par la plateforme de recrutement de {company}. Merci de ne pas y répondre.",
            "Conformément au RGPD, les données des candidats sont traitées uniquement à des fins de recrutement. Pour toute demande d'accès ou de suppression, contacter notre délégué à la protection des données.",
            "{company} – Société anonyme au capital de 4 500 000 € – RCS Lyon 512 884 097",
        ],
        "subject_app": [
            "Candidature – {role}",
            "Votre candidature chez {company}",
            "Suite de votre candidature",
            "Re : candidature {role}",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape",
            "On se parle ?",
            "Convocation – {role}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company} !",
            "Bonne nouvelle",
            "Contrat – {role}",
        ],
        "subject_oth": [
            "Les actus de {company}",
            "Offres pour vous",
            "Petite question",
            "Lettre d'information carrières",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Hola {first},",
            "Estimado/a {first}:",
            "Estimado/a {first} Rivera:",
            "¡Hola {first}!",
            "Buen día, {first}:",
        ],
        "thanks": [
            "Gracias por el interés en {company}.",
            "Muchas gracias por postular al cargo de {role}.",
            "Agradecemos el tiempo dedicado a este proceso.",
        ],
        "wish": [
            "Mucho éxito en la búsqueda.",
            "Los mejores deseos para los próximos pasos profesionales.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} más de 5.000 personas en 9 países trabajamos cada día para construir un futuro más sostenible. Somos Great Place to Work por tercer año consecutivo.",
            "{company} promueve la igualdad de oportunidades y la diversidad. Todas las vacantes están abiertas a personas con discapacidad.",
            "Horario flexible, trabajo híbrido, seguro médico y plan de formación continua: así es trabajar en {company}.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender}\nEquipo de Talento",
            "Atentamente,\n{sender}\nGestión Humana – {company}",
            "Abrazo,\n{sender}",
            "Quedamos atentos,\n{sender}",
        ],
        "footer": [
            "Este correo se ha enviado de forma automática desde la plataforma de selección de {company}. Por favor, no responder a este mensaje.",
            "Los datos personales de las personas candidatas se tratan conforme a la normativa vigente de protección de datos, únicamente con fines de selección.",
            "{company} · Aviso de privacidad · Darse de baja",
        ],
        "subject_app": [
            "Candidatura – {role}",
            "Tu postulación en {company}",
            "Actualización del proceso",
            "Re: vacante {role}",
            "Proceso de selección {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso",
            "¿Conversamos?",
            "Citación – {role}",
        ],
        "subject_off": [
            "Oferta laboral – {role}",
            "¡Bienvenida/o a {company}!",
            "Buenas noticias",
            "Contrato – {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas para ti",
            "Una consulta rápida",
            "Boletín de empleo",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first} Rivera,",
            "Bom dia, {first},",
            "Olá,",
        ],
        "thanks": [
            "Obrigado pelo interesse na {company}.",
            "Agradecemos a candidatura à vaga de {role}.",
            "Muito obrigado pelo tempo dedicado a este processo.",
        ],
        "wish": [
            "Votos de sucesso profissional.",
            "Boa sorte nos próximos passos!",
            "Desejamos muito sucesso na busca por novas oportunidades.",
        ],
        "marketing": [
            "Na {company}, mais de 6.000 pessoas em 8 países constroem todos os dias soluções que transformam o mercado. Fomos eleitos uma das melhores empresas para trabalhar pelo quarto ano seguido.",
            "A {company} valoriza a diversidade e a inclusão. Todas as vagas são abertas a pessoas com deficiência.",
            "Trabalho híbrido, horário flexível, plano de saúde e academia de formação: vem crescer com a gente na {company}.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos – {company}",
            "Um abraço,\n{sender}\nTime de Talentos",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Esta mensagem foi enviada automaticamente pela plataforma de recrutamento da {company}. Por favor, não responda.",
            "Os dados pessoais de candidatos são tratados exclusivamente para fins de recrutamento, nos termos da legislação de proteção de dados aplicável.",
            "{company} · Política de Privacidade · Descadastrar",
        ],
        "subject_app": [
            "Candidatura – {role}",
            "Sua candidatura na {company}",
            "Atualização do processo seletivo",
            "Re: vaga {role}",
            "Processo de recrutamento – {role}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa",
            "Bora conversar?",
            "Convocatória – {role}",
        ],
        "subject_off": [
            "Proposta – {role}",
            "Bem-vindo(a) à {company}!",
            "Boas notícias",
            "Contrato – {role}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Vagas para você",
            "Uma pergunta rápida",
            "Newsletter de carreiras",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied a few weeks ago and wanted to check whether there's any update on the timeline.\nThanks in advance,\nAlex\n\n{header2}\nHi Alex,\nThanks for your message! The team is still working through applications, and I'll get back to you as soon as I hear more.\n{sender}\n",
    "de": "Hallo {sender_first},\nkurze Frage: Gibt es schon einen Zwischenstand zu meiner Bewerbung? Über eine kurze Rückmeldung würde ich mich freuen.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage! Die Fachabteilung sichtet gerade noch die Unterlagen, eine Rückmeldung folgt so bald wie möglich.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature : auriez-vous une idée du calendrier ?\nMerci d'avance,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour le message ! L'équipe étudie encore les dossiers, un retour suivra dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería consultar si hay novedades sobre mi candidatura y sobre los plazos del proceso.\nMuchas gracias,\nAlex\n\n{header2}\nHola, Alex:\n¡Gracias por escribir! El equipo sigue revisando las candidaturas; en cuanto haya novedades habrá respuesta.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura e sobre os prazos do processo.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pela mensagem! Ainda estamos analisando os currículos e retornaremos assim que houver novidades.\n{sender}\n",
}
