# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part by author 17d: rejections in every register and the acknowledgements that sound like them.

German (Germany, Austria, Switzerland; Sie and du; gender-inclusive spellings), English (UK, US,
Australia, India), plus French, Spanish and Portuguese. About 45% rejections, 30% receipts and
status updates that decide nothing (Zwischenbescheide, delays, missing documents, reserve lists,
portal status changes), then invitations (many without the word), offers and other mail (alerts,
newsletters, cold recruiter mail, surveys, confirmed withdrawals). All text invented.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordlicht Logistik GmbH",
    "Rheinwerk Energiesysteme AG",
    "Alpenquell Getränke GmbH",
    "Limmatdata AG",
    "Brightmoor Analytics Ltd",
    "Cedar & Finch Inc.",
    "Kookaburra Freight Pty Ltd",
    "Saanvi Techworks Pvt. Ltd.",
    "Maison Véral SAS",
    "Grupo Solmar S.L.",
    "Tecelagem Aurora Lda.",
    "Hochschule Wesertal",
    "Stadtwerke Lindenau",
    "Kranich & Partner Personalberatung",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Projektmanager*in Digitalisierung",
    "Software Engineer",
    "Werkstudent*in Marketing",
    "Controller (m/w/d)",
    "Wissenschaftliche*r Mitarbeiter*in",
    "Customer Success Manager",
    "Sachbearbeiter:in Personal",
    "Supply Chain Analyst",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Julia Brandt", "julia.brandt@{domain}"),
    ("Team Recruiting", "jobs@{domain}"),
    ("Markus Hofer", "karriere@{domain}"),
    ("Talent Acquisition", "no-reply@talent-mail.example"),
    ("Recruiting Team", "noreply@bewerbung-portal.example"),
    ("Priya Nair", "careers@{domain}"),
    ("Hannah Whitfield", "h.whitfield@{domain}"),
    ("Sophie Laurent", "recrutement@{domain}"),
    ("Lucía Ortega", "seleccion@{domain}"),
    ("Personalabteilung", "personal@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_standard": """
Unfortunately, we will not be progressing your application for the {role} position any further. We received a very high number of applications and the competition was strong.
After careful consideration, we regret to inform you that your application for {role} has been unsuccessful on this occasion.
We have reviewed your application and, while your background is impressive, we have decided not to move forward with your candidacy for the {role} role at this time.
I'm afraid we won't be taking your application any further. We were looking for someone with more hands-on experience in a regulated environment, and on balance other applicants matched the brief more closely.
SUBJECT: Your application to {company} – update || Thank you for your patience while we reviewed applications. We have now completed our initial screening and, unfortunately, you have not been shortlisted for the {role} vacancy.
Unfortunately you have not been selected to proceed to the next stage of the recruitment process for {role}. Due to the volume of applications we are unable to provide individual feedback at this stage.
We appreciate the time you put into your application. Regrettably, your profile does not match our current requirements for the {role} opening, so we have closed your application in our system.
We regret to inform you that your profile has not been shortlisted for the {role} position at {company}. We will retain your resume in our database and reach out should a suitable opening arise in future.
Thanks heaps for applying! Unfortunately you haven't been successful this time around – we had a really strong field for {role} and have decided to progress with other applicants.
SUBJECT: Application status update – {role} || The status of your application for {role} (Req. 24-0731) has changed to: Not selected. This means we will not be moving forward with your application for this requisition. You can still apply to other open positions on our careers site.
We've decided not to move forward with your application. Best of luck with your search.
Hey {first}, quick one – we've had a look at your application for {role} and it's a no from us this time, sorry. The team decided to go with people who have more B2B SaaS background.
This is not the news you were hoping for, I know: we will not be able to offer you a place in the next round for {role}. We wish you every success and hope you'll consider us again.
We have now reviewed all applications for this requisition and will not be considering you further for the role. Please do not reply to this email, as this mailbox is not monitored.
Having compared your application with the requirements of the role, we feel that your experience is not quite the right match for {role} right now, and we won't be taking things further. We genuinely appreciated reading about your work on route optimisation.
""",
        "rej_other_candidates": """
We received applications from many strong candidates, and after careful review we have decided to proceed with candidates whose experience more closely matches the needs of the role.
We have chosen to move forward with another candidate for the {role} position.
After much deliberation, the hiring team has selected a candidate whose background aligns more closely with the requirements of this particular position.
This was a difficult decision – we spoke with a number of excellent people – but we have offered the {role} role to someone with deeper experience in our sector, and they have accepted.
I'm writing to let you know that we've decided to pursue other applicants for {role} whose skills are a closer fit for what the team needs right now.
The position has been offered to an internal candidate, and as a result we will not be progressing external applications, including yours.
While we were impressed with your qualifications, we have decided to move forward with a candidate who more closely meets our current needs.
We appreciate your interest in {company}. At this time, we have decided to pursue other candidates whose qualifications better meet our needs for this position.
We had well over 300 applications for this one role, and the shortlist went to applicants with direct experience of freight forwarding systems. Unfortunately, that means we won't be inviting you to interview.
Our recruiting team has completed its review and has identified a candidate for the position. We will therefore not be pursuing your application further.
""",
        "rej_after_interview": """
Thank you for taking the time to speak with us last week about the {role} role. We enjoyed our conversation, but after discussing all candidates the panel has decided not to offer you the position.
Thanks again for coming in to meet the team on Tuesday. I'm sorry to say that we won't be progressing you to the final stage – the feedback on your communication was really positive, but the team felt your SQL depth isn't quite where they need it for this role.
Following your attendance at our assessment centre, we regret to let you know that you have not been successful. Your overall score fell below the threshold required to progress.
I tried to ring you this afternoon but couldn't get through, so I'm sending this by email: the hiring manager has decided to go with another finalist for {role}. It was very close, and she asked me to pass on how much she enjoyed meeting you.
Thank you for completing the technical take-home exercise. Our engineers have reviewed your submission carefully and, unfortunately, we will not be moving you forward in the process.
Thank you for interviewing for the post of {role}. The interview panel has recommended another candidate for appointment, and I am sorry to tell you that on this occasion your application was unsuccessful.
Thank you for attending the technical round for {role}. We regret to inform you that you have not cleared this round, and your candidature will not be taken forward.
We really appreciated you giving up your time for the video calls. Unfortunately, on this occasion we won't be offering you the role. If feedback would help, just reply to this email and I'll share the panel's notes.
After reviewing the feedback from everyone you met, we've decided not to extend an offer.
We've now finished the final round for {role}. Although you were one of our two finalists, we have offered the position to the other candidate, who has accepted.
""",
        "rej_position_closed": """
We are writing to let you know that the {role} position you applied for has been cancelled due to a change in business priorities. As a result, all applications for this vacancy have been closed.
Due to an internal restructure, we have decided not to fill the {role} vacancy. We are therefore closing the recruitment process and will not be proceeding with your application.
The requisition for {role} has been withdrawn, so we are unable to progress your application. You are welcome to apply for other roles posted on our careers page.
Unfortunately, the {role} position has now been filled.
SUBJECT: {role} – vacancy closed || The hiring freeze announced across {company} this month means that the {role} vacancy will not be filled after all. I'm sorry to bring this news after the time you have invested in the process.
This vacancy has been closed because the position has been filled. Your application will therefore not be processed any further.
We've taken the difficult decision to stop the search for {role} and close the opening, so we won't be moving forward with any applicants, including you.
Budget for this headcount was not approved for the new financial year, so the {role} position will not be going ahead and your application has been closed. Thanks for your understanding.
""",
        "rej_long_company": """
At {company}, we believe that great logistics start with great people. Over the past year we have grown to more than 1,200 colleagues across eleven sites, and every single hire matters to us, which is why we read every application in full. For the {role} position we received an unusually large number of applications, many from candidates with excellent backgrounds, and after weighing them against the needs of the team we have decided not to take your application further. We know this is disappointing, and we want to thank you for the care that clearly went into your materials. We will open new roles at our Manchester hub in the spring and would be glad to see your name again.
Since 2009, {company} has helped hospitals, insurers and local authorities make sense of their data. We are proud of a culture built on curiosity, flexibility and honest feedback, and we try to bring that honesty to our hiring too. So, to be direct: we won't be moving forward with your application for {role}. Competition was unusually strong this round and we had to make some tough calls. We hope you'll keep an eye on our careers page, where we post new openings every month.
Our mission is to make supply chains across the Asia-Pacific region more sustainable, and this year we expanded to Perth and Auckland. The response to our {role} advert was overwhelming – nearly 400 people applied – and the team spent a lot of time reading through everyone's experience. We have now selected a small group to interview, and unfortunately you are not among them. This says nothing about your potential; it simply reflects how closely a few profiles matched this particular brief.
{company} is a Bengaluru-headquartered product company building payments infrastructure for more than 2,000 merchants. We hire for attitude as much as skill, and our process involves several reviewers for every profile. We have carefully evaluated your application for {role} against our current requirements and regret that we are unable to take it forward. We encourage you to follow our LinkedIn page for future openings that may match your profile more closely.
As a family-owned business with over a century of history, {company} has always grown by investing in people. This year we have hired in record numbers, and we know that behind every application is someone who has taken time and care to present themselves. That is why we want to let you know personally that we will not be proceeding with your application for {role}. We have kept your details in our talent community, and you are welcome to apply for future roles that fit your experience.
""",
        "rej_reply": """
Hi {first}, thanks for following up and sorry for the slow reply. I've checked in with the hiring manager and unfortunately they've decided not to move forward with your application – they went with someone who had more direct experience in the retail sector.
Thanks for your message. I can confirm that the decision has been made on the {role} position and, I'm sorry to say, we won't be offering it to you. I know you were keen to hear either way, so I wanted to let you know straight away.
Apologies – I should have come back to you sooner. The team met on Friday and decided to progress other candidates, so we won't be taking your application further. I'm happy to give you a few pointers over email if that would be useful.
Good question, and thanks for asking rather than waiting. We actually closed the shortlist last week and, unfortunately, you weren't included in it. I'm sorry this didn't work out.
Hi {first}, just replying to your note below. Sadly the role has gone to an internal applicant, so there won't be a next step on our side for now.
""",
        "rej_agency": """
I've heard back from my client regarding the {role} position. Unfortunately, they've decided not to progress your application, as they're looking for someone with more stakeholder management experience at board level.
Just a quick update on the {role} role: my client has decided to go with another candidate after the final round. I know you'll be disappointed – you were a strong contender – and I'll keep you in mind for similar roles coming through.
Having spoken to the hiring manager this morning, I'm afraid the feedback is that your profile is a bit too junior for what they need, so they won't be taking it forward. Let's have a chat next week about other options I'm working on.
My client has now filled the {role} vacancy, so I'm unable to put your CV forward for this one. Thank you for your interest, and do keep in touch.
I presented your profile to the client yesterday. They liked your background but have decided to focus on candidates who already hold a full UK driving licence, so they won't be progressing with you for this role.
""",
        "rej_public": """
The selection panel for the post of {role} (Ref. HR/2024/117) has now completed shortlisting. I regret to inform you that you have not been shortlisted for interview on this occasion.
Following the sift of applications against the essential criteria in the person specification, your application did not achieve the minimum score required to progress. Your application for this campaign is therefore now closed.
Thank you for your application for the fully funded PhD studentship. The selection committee received a very large number of high-quality applications and, after careful consideration, I am sorry to let you know that you have not been selected for interview.
Your application for the position of {role} has been considered by the appointment committee. I regret to advise that the committee has recommended another applicant for appointment and your application has therefore been unsuccessful.
We write to inform you that the recruitment process for {role} has been finalised and that you have not been recommended for appointment. In accordance with our records management policy, your application will be retained for twelve months and then securely destroyed.
""",
        "ack_received": """
We have received your application for the {role} position and it is now with our recruitment team for review. We'll be in touch as soon as we have an update.
This is an automated confirmation that your application for {role} at {company} has been successfully submitted. You can track its status at any time by logging into your candidate account.
Thanks for applying – your application is in! Our team reads every application personally, so it may take up to two weeks before you hear from us.
Your application (reference 58213) has been received. Due to the high number of applications we receive, we are unfortunately unable to respond to every enquiry about application status by phone.
Unfortunately, because of the volume of applications we receive, we are not able to contact every applicant individually at this stage. If your profile matches the requirements, a member of the team will contact you within the next three weeks.
Thank you for submitting your CV for {role}. We have passed it on to the hiring manager, who will review it alongside other applications once the advert closes on 30 June.
Your application for {role} has been received and logged. We will review all applications after the closing date and aim to let every applicant know the outcome by the end of next month.
We acknowledge receipt of your application for the above post. Shortlisting is expected to take place in the week commencing 14 October, and candidates will be notified of the outcome shortly afterwards.
Thank you for your application for the {role} position. We can confirm receipt of your documents. Please note that we have not yet made any decision and that your application is being processed.
Got it – thanks {first}! Your application for {role} landed safely with us. Nothing for you to do right now; we'll reach out once the team has had a proper look.
""",
        "ack_delay": """
We regret the delay in getting back to you regarding your application for {role}. Our review is taking longer than planned, and we expect to be able to update you within the next two weeks.
Unfortunately, we need a little more time to complete our review of applications for {role}. We appreciate your patience and will be in touch as soon as we can.
I wanted to drop you a line to apologise for the radio silence. Several members of the hiring panel have been on leave, so our timeline has slipped. You are still very much under consideration and I'll update you by Friday next week.
Unfortunately the interview schedule for {role} has been pushed back by about three weeks due to internal changes. No decisions have been made yet, and your application remains active.
SUBJECT: Update on your application – {role} || We know waiting is frustrating. Due to an unexpectedly high number of applications, our selection process is taking longer than we originally indicated. We aim to contact all candidates by the end of the month.
Sorry for the slow response! The team is still working through a big pile of applications for {role}. Nothing's been decided yet – hang in there.
We regret to inform you that the shortlisting date for this vacancy has been postponed. A revised timetable will be published on our website, and all applicants will be informed of the outcome in due course.
Apologies for the delay in our response. Due to the Diwali holidays, our hiring team's review has been delayed. Your profile is still under evaluation and we will revert at the earliest.
Thank you for your patience. Unfortunately, we are not yet in a position to give you a decision on your application, as we are still finalising the role requirements with the business.
Just a short note to let you know we haven't forgotten you. The hiring manager's availability has delayed our next steps, but we expect to confirm the next stage for shortlisted candidates by 5 September.
""",
        "ack_incomplete": """
Thank you for your application for {role}. Unfortunately, your application is incomplete: we have not received a copy of your degree certificate. Please upload it in your candidate portal within seven days so we can continue processing your application.
Before we can review your application, we need a few more details. Please complete the work-history section and answer the two screening questions in your profile.
We were unable to open the CV attached to your application – the file appears to be damaged. Could you please send it again as a PDF?
Your application for {role} has been saved but not yet submitted. To complete your application, please log in and confirm the declaration on the final page.
To process your application we still need proof of your right to work in the United Kingdom. Please upload a copy of your passport or share code at your earliest convenience.
Unfortunately, your application cannot be assessed in its current form because the supporting statement is missing. Please provide a statement of no more than 1,000 words addressing the selection criteria by the closing date.
""",
        "ack_status": """
The status of your application for {role} has been updated to: Under review. No action is required from you at this time.
Your application has moved to the next step in our review process: In consideration. You will receive an email as soon as there is a further update.
SUBJECT: Your application status has changed || There has been an update to your application for {role}. Please log in to your candidate home page to view the current status.
Your application status: Screening in progress. Our recruiters are currently reviewing all candidates for this requisition.
We wanted to let you know that your application for {role} is now with the hiring manager for review. We'll let you know the outcome.
Your job application for {role} has been viewed by the recruiter. We'll notify you when there is news about the next stage.
""",
        "ack_on_hold": """
The {role} position has been put on hold temporarily while we review our headcount plans for next quarter. Your application remains active and we will contact you as soon as the process resumes.
Our selection panel has completed the first round of interviews. We are not inviting further candidates to the next stage just yet, but we would like to keep your application on our reserve list while the process continues. No decision has been made on your application, and we will let you know the final outcome once the process is complete.
We have paused recruitment for {role} pending a budget review. No decision has been made about any candidate, and we hope to be in touch with an update in early January.
You have been placed on our merit list for this recruitment campaign. Offers are made in merit order as positions become available; we will contact you if a position can be offered to you. The list remains valid for twelve months.
The hiring manager would like to hold your application for a little longer while they finish conversations with a couple of other candidates. You're still in the running and we'll be back in touch soon.
""",
        "ack_ongoing": """
The selection process for {role} is still ongoing. We are currently holding first-round conversations and will be in touch with all applicants once this stage is complete.
Just a quick update: we are still reviewing applications for {role}, and the process has not yet concluded. Thank you for bearing with us.
Thanks for checking in! No decision has been made yet – the team is finishing interviews this week, and I'll let you know either way as soon as I hear anything.
The recruitment process for this post has not yet been completed. Applicants will be informed in writing once the appointment committee has reached a decision.
Your application is still under active consideration. We expect to make final decisions within the next ten working days.
""",
        "inv_call": """
We've reviewed your application for {role} and would love to learn more about you. Would you be available for a 30-minute call with our Head of Data next week? Please pick a time that suits you using the booking link.
Thanks for applying to {company}! As a next step, I'd like to set up a short phone screen. Are you free on Wednesday or Thursday afternoon?
Hi {first}, your profile caught our eye. Could we find 20 minutes for an informal chat about the {role} role and what you're looking for?
We are pleased to invite you to interview for the post of {role}. Interviews will be held on Tuesday 12 March at our Leeds office; please confirm your attendance by replying to this email.
""",
        "inv_assessment": """
As the next step in our selection process, we'd like you to complete an online assessment. It takes about 45 minutes and must be completed within five days of receiving this email.
We'd like to invite you to our assessment day on 7 November, which will include a group exercise, a short presentation and a conversation with two members of the team.
Please find attached a short case study for the {role} role. We'd like you to prepare a 10-minute presentation of your findings and walk us through it on a video call next week.
Congratulations – you've been shortlisted! The next stage is a coding exercise on our test platform; you'll receive a separate link with instructions shortly.
Your application has progressed to the video stage. Please record your answers to five short questions using the link below by Sunday midnight.
""",
        "inv_meet": """
The team would like to meet you in person. Could you come to our Sydney office on Monday 3 June at 10am? You'll meet the operations manager and a couple of people from the team.
Thank you for your interest in {role}. We'd like to schedule the next step with you – please use the link below to choose a slot for a 45-minute video conversation with the hiring panel.
We would like to invite you to a trial day with our customer team so that you can get to know how we work. Please let us know which date in the week of 15 July works for you.
Hi {first}, great news – the hiring manager would like to speak with you. Can you share your availability for this week and next?
We would be glad to invite you for the final round at our Pune campus. Travel expenses will be reimbursed; please confirm your preferred date from the options below.
""",
        "off_offer": """
We are delighted to offer you the position of {role} at {company}. Please find your offer letter attached; we would be grateful if you could confirm your acceptance by 20 May.
Following your recent interviews, I am pleased to confirm that we would like to offer you the role of {role}. The full terms and conditions are set out in the attached contract.
Hi {first}, I'm thrilled to let you know the team would love to have you on board as our new {role}! I'll call you this afternoon to talk through salary, start date and next steps.
We'd love you to join us. Attached you'll find your contract for the {role} role, starting 1 March, for signature. Welcome aboard!
Congratulations! We are pleased to extend you a conditional offer of employment for {role}, subject to satisfactory references and background verification.
I am pleased to inform you that the appointment committee has recommended you for appointment to the post of {role}. A formal letter of offer will follow from HR within the next few days.
It gives me great pleasure to confirm your selection as {role} with an annual CTC of INR 14,50,000. Kindly sign and return the attached letter to confirm your joining date.
""",
        "oth_alert": """
New jobs matching your saved search "Data Analyst – London": 12 new roles this week, including positions at {company} and three other employers. Update your alert settings at any time.
3 new jobs for you: {role} at {company}, Supply Chain Analyst (remote) and Business Intelligence Analyst. Apply with one click using your saved profile.
Recommended for you: roles similar to jobs you've viewed recently. Don't miss out – some of these close within 48 hours.
""",
        "oth_newsletter": """
Inside this month's issue: how we're building our new fulfilment centre, meet the team behind our customer app, and five tips for writing a standout cover letter. Plus our latest open roles.
Welcome to our careers newsletter! You're receiving this because you joined our talent community. This quarter we're hiring across engineering, operations and customer success.
Join us for a virtual open evening on 18 April to hear from our graduates and ask questions about life at {company}. Register via the link below.
""",
        "oth_cold": """
I came across your profile and thought you could be a great fit for a {role} opportunity I'm working on with a fast-growing logistics client in Birmingham. Would you be open to a quick chat?
I'm a recruiter specialising in analytics roles across the US Midwest. I have a couple of confidential openings that match your background – are you currently open to new opportunities?
Hope you don't mind me reaching out. I'm partnering with a scale-up in the fintech space that's hiring for a {role}; the package is competitive and the role is hybrid. Let me know if you'd like the details.
""",
        "oth_survey": """
Thank you for recently applying to {company}. We'd love to hear about your experience as a candidate – our short survey takes less than three minutes, and your answers are anonymous.
How did we do? Please rate your application experience on a scale of 1 to 10. Your feedback helps us improve our process for future applicants.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for {role}. Thank you for letting us know, and we wish you all the best with your new position.
This is to confirm that your application for {role} has been withdrawn at your request. Your data will be deleted in line with our privacy policy unless you tell us otherwise.
Thanks for letting me know you've accepted another offer – congratulations! I've withdrawn you from our process and closed your file. Do stay in touch.
""",
    },
    "de": {
        "rej_standard_sie": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können. Wir haben uns die Entscheidung nicht leicht gemacht, da uns zahlreiche qualifizierte Bewerbungen erreicht haben.
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider eine Absage erteilen.
Wir haben Ihre Bewerbung mit großem Interesse gelesen. Leider entspricht Ihr Profil nicht ganz den Anforderungen, die wir an die Position {role} stellen, sodass wir Ihnen heute keine positive Nachricht geben können.
SUBJECT: Ihre Bewerbung bei {company} || Trotz Ihrer interessanten Qualifikationen haben wir uns entschieden, Ihre Bewerbung im weiteren Auswahlprozess nicht zu berücksichtigen. Diese Entscheidung ist keine Bewertung Ihrer Person.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen die ausgeschriebene Stelle nicht anbieten können. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den Bestimmungen des Datenschutzes gelöscht.
Leider passt Ihr Profil derzeit nicht zu unseren Anforderungen. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können.
Ihre Bewerbung hat uns gut gefallen, dennoch können wir sie leider nicht berücksichtigen. Für die Position {role} suchen wir jemanden mit mehrjähriger Erfahrung in der Konzernkonsolidierung nach IFRS.
Nach eingehender Durchsicht aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir uns gegen Ihre Bewerbung entschieden haben. Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden datenschutzkonform vernichtet.
Wir bedanken uns für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben. Leider müssen wir Ihnen heute absagen. Wir haben Ihre Unterlagen sorgfältig geprüft, konnten jedoch keine Übereinstimmung mit dem gesuchten Profil feststellen.
Der Status Ihrer Bewerbung für die Stelle {role} hat sich geändert: Absage. Ihre Bewerbung wird im weiteren Verfahren nicht berücksichtigt. In Ihrem Bewerberkonto können Sie sich jederzeit auf weitere offene Stellen bewerben.
Es tut uns leid, Ihnen keine erfreulichere Nachricht übermitteln zu können: Ihre Bewerbung kommt für die ausgeschriebene Position leider nicht in Betracht.
Wir haben Ihr Bewerbungsdossier mit Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiterverfolgen werden. Wir danken Ihnen für Ihr Interesse an unserem Unternehmen und grüssen Sie freundlich.
""",
        "rej_du": """
Danke, dass du dich bei uns beworben hast! Leider müssen wir dir sagen, dass es diesmal nicht geklappt hat. Wir haben uns für andere Bewerber*innen entschieden, deren Erfahrungen noch besser zu unserem Team passen.
Wir haben uns deine Bewerbung genau angeschaut und sie hat uns gut gefallen – leider passt dein Profil aber nicht ganz zu dem, was wir gerade für die Stelle als {role} suchen. Deshalb müssen wir dir heute absagen.
Kurz und ehrlich: Wir werden deine Bewerbung nicht weiter berücksichtigen. Wir hätten gern mehr Erfahrung mit Performance-Marketing gesehen. Wir drücken dir die Daumen für deine weitere Suche!
Leider haben wir keine guten Nachrichten für dich: Die Stelle als {role} haben wir inzwischen besetzt. Danke trotzdem für dein Interesse und die Zeit, die du in deine Bewerbung gesteckt hast.
Schade, diesmal hat es nicht gepasst. Nach vielen Gesprächen haben wir uns für eine andere Person entschieden. Wir würden uns freuen, wenn du uns weiter auf LinkedIn folgst – vielleicht passt es ja beim nächsten Mal.
Wir möchten dir nicht länger Hoffnungen machen: Du bist leider nicht in die engere Auswahl für die Werkstudierendenstelle gekommen. Wir hatten über 200 Bewerbungen und mussten eine harte Auswahl treffen.
Nach unserem Gespräch am Montag haben wir im Team lange diskutiert. Am Ende haben wir uns für jemanden entschieden, der schon länger im B2B-Vertrieb unterwegs ist. Es tut uns wirklich leid, dass wir dir keine Zusage geben können.
SUBJECT: Deine Bewerbung bei {company} || Wir sagen es lieber direkt: Es wird leider nichts mit der Stelle als {role}. Dein Profil ist stark, aber für diese Rolle brauchen wir mehr Erfahrung mit SAP S/4HANA.
""",
        "rej_gender": """
Für die Position {role} haben wir zahlreiche Bewerbungen von qualifizierten Bewerber*innen erhalten. Nach sorgfältiger Abwägung haben wir uns leider für andere Kandidat*innen entschieden.
Die Auswahl unter den vielen Bewerber:innen ist uns nicht leicht gefallen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Aufgrund der Vielzahl an Bewerbungen haben wir uns für Bewerber/-innen entschieden, deren Qualifikationen dem Anforderungsprofil noch näher kommen. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.
Wir haben uns intensiv mit allen BewerberInnen auseinandergesetzt und uns letztlich für eine Mitarbeiterin entschieden, die bereits Erfahrung im kommunalen Umfeld mitbringt. Ihre Bewerbung können wir daher leider nicht berücksichtigen.
Nach Rücksprache mit den zuständigen Fachvorgesetzten und dem Betriebsrat haben wir uns für eine*n andere*n Bewerber*in entschieden. Wir danken Ihnen für Ihr Interesse an unserem Haus.
Unsere Auswahlentscheidung ist zugunsten einer anderen Kandidatin bzw. eines anderen Kandidaten ausgefallen. Wir möchten Ihnen für Ihre Bewerbung und Ihr Interesse an der Position {role} herzlich danken.
Die Stelle wurde mit einer/einem Kolleg:in aus dem eigenen Haus besetzt. Eine Berücksichtigung externer Bewerbungen ist daher leider nicht mehr möglich.
Leider bist du nicht in die nächste Runde gekommen. Wir hatten viele tolle Bewerber*innen und haben uns am Ende für Kandidat*innen mit mehr Praxiserfahrung im Content-Bereich entschieden.
""",
        "rej_besetzt": """
Leider müssen wir Ihnen mitteilen, dass die Stelle {role} zwischenzeitlich anderweitig besetzt wurde.
Die von Ihnen angefragte Position ist bereits anderweitig vergeben. Wir bedauern, Ihnen keine andere Nachricht geben zu können, und bedanken uns für Ihr Interesse.
Wir haben die Position {role} inzwischen besetzt und das Auswahlverfahren abgeschlossen. Daher können wir Ihre Bewerbung leider nicht mehr berücksichtigen.
SUBJECT: Stelle {role} besetzt || Die ausgeschriebene Stelle konnte bereits besetzt werden, noch bevor wir Ihre Unterlagen abschließend prüfen konnten. Ihre Bewerbung ist damit leider gegenstandslos geworden.
Aufgrund einer internen Umstrukturierung wird die Stelle {role} nicht neu besetzt. Das Bewerbungsverfahren wurde daher eingestellt, und wir können Ihre Bewerbung leider nicht weiterverfolgen.
Die ausgeschriebene Stelle wird aus budgetären Gründen vorerst nicht besetzt; die Ausschreibung wurde zurückgezogen. Wir müssen Ihnen daher leider absagen und bitten um Ihr Verständnis.
Die Vakanz wurde mittlerweile intern nachbesetzt. Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen, können Ihnen aber leider keine Zusage machen.
Die Stelle ist leider schon weg – wir haben diese Woche jemanden eingestellt. Sorry für die späte Rückmeldung!
""",
        "rej_engere_auswahl": """
Nach eingehender Prüfung aller eingegangenen Bewerbungen müssen wir Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen sind.
Ihre Bewerbung wurde in der ersten Auswahlrunde sorgfältig geprüft. Leider konnten wir Sie nicht in die engere Wahl einbeziehen.
Wir haben die Vorauswahl für die Stelle {role} abgeschlossen. Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.
Sie haben es leider nicht in die engere Auswahl geschafft. Die Konkurrenz war in diesem Jahr außergewöhnlich groß, und wir mussten vielen guten Bewerber:innen absagen.
Bei der Auswahl haben wir uns auf Bewerbungen konzentriert, die alle im Anforderungsprofil genannten Kriterien erfüllen. Da dies bei Ihnen nicht vollständig der Fall ist, können wir Sie leider nicht in die engere Auswahl nehmen.
Ihre Unterlagen haben wir an die Fachabteilung weitergeleitet und gemeinsam ausgewertet. Im Ergebnis sind Sie leider nicht für die nächste Runde vorgesehen.
Wir möchten Sie darüber informieren, dass wir Sie im weiteren Verfahren nicht berücksichtigen werden. Der Kreis der Kandidat*innen für die Gespräche steht inzwischen fest.
Leider hat es für die nächste Stufe des Auswahlverfahrens nicht gereicht. Das Ergebnis Ihres Online-Tests lag unter dem für das weitere Verfahren erforderlichen Wert.
""",
        "rej_anderer_kandidat": """
Wir haben uns für einen anderen Kandidaten entschieden, dessen Profil noch besser zu den Anforderungen der Stelle passt.
Nach reiflicher Überlegung haben wir uns für eine Bewerberin entschieden, die bereits einschlägige Erfahrung im Energiesektor mitbringt. Wir bedauern, Ihnen keine Zusage geben zu können.
Unsere Wahl ist auf eine andere Person gefallen. Das ist keine Entscheidung gegen Sie, sondern für ein Profil, das in diesem Fall noch etwas genauer auf die Anforderungen passt.
Die Entscheidung war knapp, aber wir haben uns für einen Kandidaten mit mehr Führungserfahrung entschieden. Wir würden uns freuen, wenn Sie sich bei passenden künftigen Ausschreibungen erneut bei uns melden.
Wir haben uns für eine*n andere*n Bewerber*in entschieden. Ihre Unterlagen nehmen wir mit Ihrem Einverständnis gern in unseren Talentpool auf.
Leider müssen wir Ihnen mitteilen, dass wir die Stelle einem anderen Bewerber angeboten haben, der diese bereits angenommen hat.
Trotz Ihres überzeugenden Lebenslaufs haben wir uns für Kandidat:innen entschieden, deren Erfahrungsprofil den aktuellen Anforderungen in unserem Controlling näherkommt.
Wir haben uns letztlich für eine interne Besetzung entschieden. Ihre Bewerbung wird deshalb nicht weiter berücksichtigt.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch in der vergangenen Woche. Nach Abschluss aller Gespräche haben wir uns leider für eine andere Kandidatin entschieden.
Wir möchten uns nochmals für Ihre Zeit und das offene Gespräch bedanken. Leider müssen wir Ihnen mitteilen, dass wir Ihnen die Stelle {role} nicht anbieten können. Die Entscheidung ist sehr knapp ausgefallen.
Nach Ihrem Probearbeitstag haben wir uns im Team beraten. Leider haben wir den Eindruck gewonnen, dass die Stelle und Sie nicht optimal zusammenpassen, und werden den Prozess daher nicht fortsetzen.
Vielen Dank für die Bearbeitung der Fallstudie. Unser Team hat sie sorgfältig ausgewertet; leider können wir Sie nicht in die finale Runde einladen.
Ich wollte Sie eigentlich telefonisch erreichen, schreibe Ihnen aber nun auf diesem Weg: Die Geschäftsführung hat sich nach dem Zweitgespräch für einen anderen Bewerber entschieden. Es tut mir persönlich leid, denn Sie haben einen sehr guten Eindruck hinterlassen.
Danke für das tolle Gespräch am Donnerstag! Leider müssen wir dir absagen – wir suchen doch jemanden, der schon Erfahrung mit Teamführung hat. Wenn du möchtest, geben wir dir gern ein ausführliches Feedback.
Nach dem Assessment-Center hat sich die Auswahlkommission gegen eine Einstellung entschieden. Wir bedauern, Ihnen keine positivere Mitteilung machen zu können.
Auch wenn uns das Kennenlernen Freude gemacht hat, werden wir Ihnen leider kein Angebot unterbreiten. Im direkten Vergleich hat ein*e andere*r Kandidat*in mit mehr Erfahrung im Schichtbetrieb überzeugt.
""",
        "rej_lang_unternehmen": """
Seit über 60 Jahren steht {company} für Zuverlässigkeit in der Kontraktlogistik. Mit mehr als 3.000 Mitarbeitenden an 24 Standorten in Deutschland und Österreich wachsen wir stetig und suchen laufend Menschen, die diesen Weg mit uns gehen. Umso mehr freuen wir uns über jede Bewerbung, die uns erreicht, und nehmen uns für jede einzelne Zeit. Für die Position {role} haben wir sehr viele Zuschriften erhalten und alle sorgfältig mit dem Anforderungsprofil abgeglichen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben. Wir würden uns freuen, wenn Sie unser Karriereportal im Blick behalten.
Als Energieversorger der Zukunft arbeiten wir bei {company} jeden Tag daran, die Energiewende in der Region voranzubringen – mit Windparks, Speicherlösungen und digitalen Netzen. Dafür brauchen wir Menschen mit Leidenschaft und Fachwissen. Nach gründlicher Prüfung Ihrer Unterlagen für die Position {role} sind wir jedoch zu dem Ergebnis gekommen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir wissen, dass eine solche Nachricht enttäuschend ist, und danken Ihnen für Ihre Mühe.
Bei {company} arbeiten über 400 Menschen aus 30 Nationen an Getränken, die man im ganzen Alpenraum kennt. Wir legen Wert auf Regionalität, Nachhaltigkeit und ein wertschätzendes Miteinander – auch im Bewerbungsprozess. Deshalb möchten wir Ihnen offen mitteilen, dass wir Ihnen für die ausgeschriebene Stelle leider keine Zusage geben können. Ihr Profil hat uns angesprochen, entspricht aber nicht in allen Punkten dem, was das Team derzeit braucht. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und würden uns über eine erneute Bewerbung zu einem späteren Zeitpunkt freuen.
{company} entwickelt seit 2012 Datenplattformen für Banken, Versicherungen und die öffentliche Hand in der ganzen Schweiz. Unser Team in Zürich ist in den letzten zwei Jahren stark gewachsen, und wir freuen uns über das grosse Interesse an unseren Stellen. Für die Position {role} sind zahlreiche sehr gute Dossiers eingegangen. Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen viel Erfolg.
Wir sind ein mittelständisches Familienunternehmen in dritter Generation, und uns ist wichtig, dass sich jede Bewerberin und jeder Bewerber bei uns gut aufgehoben fühlt. Deshalb lesen bei uns nicht nur Personaler*innen, sondern auch die künftigen Kolleg*innen jede Bewerbung. In diesem Fall sind wir gemeinsam zu dem Schluss gekommen, dass es leider nicht passt – wir werden Ihre Bewerbung nicht weiter berücksichtigen. Bitte verstehen Sie diese Entscheidung nicht als Urteil über Ihre fachlichen Fähigkeiten.
""",
        "rej_antwort": """
Hallo {first}, danke für deine Nachfrage und sorry, dass du so lange warten musstest. Ich habe mit der Fachabteilung gesprochen: Wir werden deine Bewerbung leider nicht weiterverfolgen.
Vielen Dank für Ihre Nachfrage. Ich kann Ihnen nun mitteilen, dass die Entscheidung gefallen ist – leider nicht zu Ihren Gunsten. Wir haben die Stelle an eine Kandidatin vergeben, die bereits bei uns als Werkstudentin tätig war.
Danke, dass Sie sich noch einmal gemeldet haben. Leider muss ich Ihnen sagen, dass wir Sie nicht in die engere Auswahl genommen haben. Ich hätte Ihnen das schon früher schreiben sollen – bitte entschuldigen Sie.
Gute Frage – die Antwort ist leider: nein. Die Stelle ist inzwischen vergeben, und wir haben das Verfahren abgeschlossen.
Hallo {first}, zu deiner Mail unten: Das Team hat sich am Freitag für jemand anderen entschieden. Tut mir leid, dass ich keine besseren Neuigkeiten habe.
""",
        "rej_behoerde": """
Im Auswahlverfahren für die Stelle {role} (Kennziffer 2024-37) hat sich die Auswahlkommission für eine andere Bewerberin entschieden. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG vernichtet.
Die Auswahlkommission hat die eingegangenen Bewerbungen anhand der in der Ausschreibung genannten Kriterien geprüft. Ihre Bewerbung konnte im weiteren Auswahlverfahren leider nicht berücksichtigt werden.
Wir bedanken uns für Ihre Bewerbung um eine Stelle als {role} an der {company}. Nach eingehender Prüfung aller Bewerbungen hat sich die Kommission entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen. Eine Rücksendung der Unterlagen erfolgt nicht.
Nach Abschluss des Stellenbesetzungsverfahrens teilen wir Ihnen mit, dass wir Sie bei der Besetzung der ausgeschriebenen Stelle nicht berücksichtigen konnten. Ausgewählt wurde eine Bewerberin, die das Anforderungsprofil in höherem Maße erfüllt.
Das Auswahlverfahren für die ausgeschriebene Planstelle ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Gemäß den einschlägigen Bestimmungen werden Ihre Daten nach sechs Monaten gelöscht.
Ihre Bewerbung für das Promotionsstipendium wurde von der Vergabekommission begutachtet. Leider können wir Ihnen kein Stipendium anbieten; die Zahl der förderfähigen Anträge überstieg die verfügbaren Mittel deutlich.
""",
        "rej_agentur": """
Ich habe heute Rückmeldung von meinem Kunden zur Position {role} erhalten. Leider hat er sich entschieden, Ihr Profil nicht weiter zu berücksichtigen, da Erfahrung in der Pharmabranche ausdrücklich gewünscht ist.
Kurzes Update zu unserem Mandat: Der Kunde hat sich nach der zweiten Runde für eine andere Kandidatin entschieden. Ich weiß, dass das ärgerlich ist – Sie waren ganz knapp dran. Ich melde mich, sobald ich etwas Passendes für Sie habe.
Unser Mandant hat die Stelle inzwischen besetzt, daher kann ich Ihre Unterlagen für diese Position leider nicht mehr vorstellen. Gern behalte ich Sie für vergleichbare Projekte im Blick.
Ich habe Ihr Profil unserem Kunden vorgestellt. Leider passt es aus seiner Sicht nicht ganz – gesucht wird jemand mit verhandlungssicherem Französisch. Damit ist dieser Prozess für Sie leider beendet.
Der Kunde hat mir zurückgemeldet, dass er Sie nicht zum Gespräch einladen wird. Gründe wurden nicht genannt; ich vermute, dass das Gehaltsband nicht zusammenpasst. Lassen Sie uns gern nächste Woche telefonieren.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Wir werden Ihre Unterlagen sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.
Ihre Bewerbung ist bei uns eingegangen. Dies ist eine automatisch generierte Nachricht – bitte antworten Sie nicht auf diese E-Mail.
Deine Bewerbung ist angekommen – danke! Wir schauen sie uns in den nächsten Tagen in Ruhe an und melden uns dann bei dir.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Wir haben Ihre Bewerbungsunterlagen für die Stelle {role} erhalten. Bitte haben Sie Verständnis dafür, dass die Prüfung aufgrund der Vielzahl an Bewerbungen einige Zeit in Anspruch nehmen kann.
Ihre Bewerbung ist bei uns unter der Kennziffer 2024-0815 registriert. Bitte geben Sie diese bei Rückfragen immer an. Über den weiteren Verlauf informieren wir Sie nach Ablauf der Bewerbungsfrist.
Leider ist es uns aufgrund der hohen Anzahl an Zuschriften nicht möglich, telefonische Anfragen zum Stand Ihrer Bewerbung zu beantworten. Sie erhalten von uns in jedem Fall eine schriftliche Rückmeldung.
Wir haben Ihr Bewerbungsdossier erhalten und leiten es an die zuständige Fachabteilung weiter. Sie hören spätestens in drei Wochen von uns.
Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden Ihre Bewerbung nun mit der Fachabteilung besprechen und uns innerhalb der nächsten 14 Tage mit einer Rückmeldung bei Ihnen melden.
Vielen Dank, Ihre Bewerbung wurde erfolgreich übermittelt. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.
Wir bestätigen den Eingang Ihrer Bewerbung vom 12. Jänner. Nach Ende der Bewerbungsfrist werden alle Unterlagen gesichtet; wir bitten Sie bis dahin um etwas Geduld.
""",
        "ack_zwischenbescheid": """
Wir möchten Ihnen einen kurzen Zwischenbescheid geben: Ihre Bewerbung befindet sich noch in der Prüfung. Leider können wir Ihnen zum jetzigen Zeitpunkt noch keine abschließende Entscheidung mitteilen.
SUBJECT: Zwischenbescheid zu Ihrer Bewerbung || Aufgrund der Vielzahl an Bewerbungen, die uns für die Position {role} erreicht haben, wird die Auswertung noch einige Zeit in Anspruch nehmen. Wir bitten noch um etwas Geduld und melden uns unaufgefordert bei Ihnen.
Leider können wir Ihnen heute noch keine endgültige Antwort geben. Ihre Bewerbung ist weiterhin im Rennen, und wir werden Sie informieren, sobald die Entscheidung gefallen ist.
Sie haben schon länger nichts von uns gehört – das tut uns leid. Das Auswahlverfahren ist noch nicht abgeschlossen; wir gehen davon aus, Ihnen bis Ende des Monats Bescheid geben zu können.
Wir möchten Sie nicht im Unklaren lassen: Eine Entscheidung über Ihre Bewerbung ist noch nicht gefallen. Derzeit finden die ersten Gespräche statt; danach werden wir alle Bewerber:innen informieren.
Leider noch nicht die Antwort, auf die Sie warten: Wir sind mit der Sichtung der Unterlagen noch nicht fertig. Bitte haben Sie noch ein wenig Geduld – wir haben Sie nicht vergessen.
Die Prüfung Ihrer Unterlagen durch die Fachabteilung dauert leider noch an. Wir werden uns in etwa zwei Wochen erneut bei Ihnen melden.
Wir bedanken uns für Ihre Geduld. Das Bewerbungsverfahren für die Stelle {role} läuft noch. Sobald wir Neuigkeiten haben, geben wir Ihnen unaufgefordert Bescheid.
Da die Bewerbungsfrist verlängert wurde, verschiebt sich unsere Rückmeldung leider. Ihre Bewerbung bleibt selbstverständlich im Verfahren.
Leider müssen wir Sie noch um etwas Geduld bitten. Aufgrund der großen Resonanz auf unsere Ausschreibung sind wir noch nicht dazu gekommen, alle Bewerbungen abschließend zu bearbeiten.
""",
        "ack_verzoegerung": """
Leider verzögert sich die Bearbeitung Ihrer Bewerbung, da mehrere Mitglieder der Auswahlkommission derzeit nicht im Haus sind. Wir bitten um Ihr Verständnis und melden uns so schnell wie möglich.
Leider verzögert sich das Auswahlverfahren für die Stelle {role} um einige Wochen. Die ursprünglich für März geplanten Gespräche werden voraussichtlich erst im April stattfinden. Eine Entscheidung über Ihre Bewerbung ist noch nicht getroffen.
Sorry, dass es so lange dauert! Bei uns ist gerade viel los, und die Rückmeldung zu deiner Bewerbung verzögert sich ein bisschen. Du hörst spätestens nächste Woche von uns.
Bitte entschuldigen Sie die lange Wartezeit. Wegen der Urlaubszeit können wir die Gespräche erst nach den Sommerferien führen. Ihre Bewerbung bleibt bis dahin bei uns in Bearbeitung.
Aufgrund einer internen Umstellung unseres Bewerbermanagementsystems kommt es derzeit zu Verzögerungen bei der Bearbeitung. Wir bitten Sie, von Nachfragen abzusehen; wir kommen auf Sie zu.
Wir bedauern sehr, dass sich unsere Rückmeldung verzögert. Die Abstimmung mit dem Betriebsrat ist noch nicht abgeschlossen, sodass wir Ihnen derzeit keinen verbindlichen Termin nennen können.
Leider dauert es noch etwas: Die Fachabteilung hat um zusätzliche Zeit gebeten, um alle Profile gründlich zu sichten. Sie haben keinen Nachteil dadurch.
Leider verzögert sich die Besetzung der Stelle {role}, weil die Ausschreibung noch einmal überarbeitet wird. Ihre Bewerbung bleibt gültig, und Sie müssen sich nicht erneut bewerben.
""",
        "ack_unvollstaendig": """
Leider sind Ihre Unterlagen unvollständig. Für die weitere Bearbeitung benötigen wir noch Ihr letztes Arbeitszeugnis sowie Ihr Hochschulzeugnis. Bitte laden Sie diese bis zum 15. des Monats in Ihrem Bewerberkonto hoch.
Ihre Bewerbung konnte bisher nicht bearbeitet werden, da der Lebenslauf fehlt. Bitte reichen Sie diesen nach, damit wir Ihre Bewerbung berücksichtigen können.
Leider können wir Ihre Unterlagen derzeit nicht vollständig öffnen – die Datei mit Ihren Zeugnissen scheint beschädigt zu sein. Könnten Sie sie uns bitte noch einmal als PDF schicken?
Damit wir Ihre Bewerbung im Verfahren berücksichtigen können, benötigen wir noch einen Nachweis über die Anerkennung Ihres ausländischen Studienabschlusses. Bitte reichen Sie diesen innerhalb von zwei Wochen nach.
Deine Bewerbung ist fast fertig! Es fehlt nur noch das Motivationsschreiben. Du kannst es ganz einfach über den Link in deinem Profil nachreichen.
Ihre Bewerbung wurde gespeichert, aber noch nicht abgeschickt. Bitte vervollständigen Sie die Angaben zu Ihrer Gehaltsvorstellung und Ihrem frühestmöglichen Eintrittstermin.
Für die Prüfung Ihrer Bewerbung fehlen uns leider noch die Nachweise über Ihre Deutschkenntnisse (mindestens Niveau C1). Bitte senden Sie diese an die oben genannte Adresse.
""",
        "ack_verfahren_laeuft": """
Das Auswahlverfahren ist noch nicht abgeschlossen. Wir führen derzeit die ersten Gespräche und werden Sie zeitnah über den weiteren Verlauf informieren.
Ihre Bewerbung befindet sich weiterhin im Auswahlprozess. Wir bitten Sie noch um etwas Geduld; sobald die Gespräche abgeschlossen sind, erhalten Sie von uns Nachricht.
Danke für deine Nachfrage! Es ist noch nichts entschieden – wir führen diese Woche noch ein paar Gespräche und melden uns danach bei allen.
Das Stellenbesetzungsverfahren ist noch nicht beendet. Die Entscheidung der Auswahlkommission wird Ihnen schriftlich mitgeteilt.
Kurzer Stand: Ihre Unterlagen liegen derzeit der Geschäftsführung vor. Wir rechnen mit einer Entscheidung in der kommenden Woche.
Ihre Bewerbung wird aktuell von der Fachabteilung geprüft. Es hat sich noch nichts Neues ergeben; wir melden uns, sobald es weitergeht.
Wie besprochen möchte ich Sie auf dem Laufenden halten: Der Kunde führt noch Gespräche mit zwei weiteren Kandidat*innen. Eine Entscheidung erwarte ich bis Ende nächster Woche.
""",
        "ack_status": """
Der Status Ihrer Bewerbung auf die Stelle {role} hat sich geändert: In Prüfung. Sie müssen derzeit nichts weiter unternehmen.
SUBJECT: Neuigkeiten zu Ihrer Bewerbung || Es gibt eine Aktualisierung zu Ihrer Bewerbung. Bitte melden Sie sich in unserem Karriereportal an, um den aktuellen Stand einzusehen.
Ihre Bewerbung wurde an die Fachabteilung weitergeleitet. Status: Wird geprüft.
Neuer Status Ihrer Bewerbung: In Bearbeitung durch die Personalabteilung. Sie werden per E-Mail benachrichtigt, sobald sich der Status erneut ändert.
Ihre Bewerbung für {role} hat die Vorauswahl erreicht und liegt nun dem Fachbereich zur Prüfung vor. Eine Entscheidung über eine Einladung ist noch nicht getroffen.
Ihre Bewerbung wurde vom Recruiting-Team geöffnet. Wir informieren dich, sobald es Neuigkeiten gibt.
""",
        "ack_nachrueck": """
Die Auswahlkommission hat Sie auf die Nachrückliste gesetzt. Sollte eine*r der ausgewählten Bewerber*innen absagen, kommen wir auf Sie zu. Eine endgültige Entscheidung über Ihre Bewerbung ist damit noch nicht gefallen.
Die Besetzung der Stelle {role} wurde vorübergehend ausgesetzt, da die Finanzierung noch geprüft wird. Ihre Bewerbung bleibt im Verfahren, und wir melden uns, sobald wir mehr wissen.
Ihr Profil hat uns überzeugt, allerdings ist die Planung für das kommende Jahr noch nicht abgeschlossen. Wir möchten Ihre Bewerbung daher vorerst zurückstellen und uns bis Ende Februar erneut bei Ihnen melden.
Sie befinden sich derzeit auf Platz 2 unserer Reserveliste für den Ausbildungsjahrgang. Wir informieren Sie, sobald feststeht, ob ein Platz frei wird.
Die Stelle ist momentan „on hold“. Das heißt nicht, dass wir uns gegen Sie entschieden haben – wir warten lediglich auf die Budgetfreigabe.
Aufgrund der hohen Qualität der Bewerbungen haben wir beschlossen, das Verfahren in zwei Stufen durchzuführen. Ihre Bewerbung ist in der zweiten Gruppe, die nach Abschluss der ersten Gespräche geprüft wird.
""",
        "inv_gespraech": """
Ihre Bewerbung hat uns neugierig gemacht! Wir würden Sie gern persönlich kennenlernen. Hätten Sie am Dienstag, 14. Mai, um 10:00 Uhr Zeit, uns in unserem Büro in Bremen zu besuchen?
Wir möchten Sie gern näher kennenlernen und laden Sie zu einem persönlichen Gespräch ein. Bitte wählen Sie über den folgenden Link einen passenden Termin aus.
Hättest du Lust auf ein kurzes Kennenlernen per Video? 30 Minuten reichen völlig. Such dir einfach einen Slot im Kalender aus.
Wir freuen uns, Sie zu einem Vorstellungsgespräch am 3. Juni um 14 Uhr einzuladen. Das Gespräch findet mit Frau Dr. Klein (Bereichsleitung) und mir statt.
Gern würden wir uns mit Ihnen über die Position {role} austauschen. Passt Ihnen ein Telefonat am Donnerstagnachmittag? Schlagen Sie mir gerne eine Uhrzeit vor.
Im nächsten Schritt möchten wir Sie mit dem Team bekanntmachen. Könnten Sie uns zwei oder drei mögliche Termine in der kommenden Woche nennen?
""",
        "inv_test": """
Als nächsten Schritt im Auswahlverfahren bitten wir Sie, einen Online-Test zu absolvieren. Der Link ist sieben Tage gültig; die Bearbeitung dauert etwa 40 Minuten.
Wir laden Sie herzlich zu unserem Assessment-Center am 21. März ein. Bitte planen Sie dafür einen ganzen Tag ein; Reisekosten werden erstattet.
Wir möchten Sie gern zu einem Probearbeitstag einladen, damit Sie unser Team und den Arbeitsalltag kennenlernen können. Welcher Tag in der nächsten Woche passt Ihnen?
Anbei findest du eine kleine Case Study. Bereite sie bitte vor – wir würden sie gern nächste Woche gemeinsam mit dir im Call durchgehen.
Die Auswahlkommission lädt Sie zu einem Auswahlgespräch mit Fachvortrag (ca. 20 Minuten) am 8. Oktober in Raum B 2.14 ein. Bitte bestätigen Sie Ihre Teilnahme bis zum 1. Oktober.
Bitte bearbeiten Sie bis Freitag die Programmieraufgabe, die wir Ihnen über unsere Testplattform geschickt haben. Danach besprechen wir Ihre Lösung gemeinsam in einem technischen Gespräch.
""",
        "inv_weiter": """
Sie sind eine Runde weiter! Der Fachbereich möchte Sie gern zu einem Zweitgespräch einladen, diesmal mit der Geschäftsführung. Wann hätten Sie in den kommenden zwei Wochen Zeit?
Gute Nachrichten: Deine Bewerbung hat uns überzeugt. Magst du nächste Woche bei uns im Büro vorbeikommen, auf einen Kaffee und ein Gespräch mit dem Team?
Vielen Dank für das angenehme erste Gespräch. Gern möchten wir Sie nun zu einem zweiten Termin vor Ort in Linz einladen. Bitte teilen Sie uns Ihre Verfügbarkeit mit.
Unser Kunde möchte Sie gern kennenlernen! Ich habe einen Termin für Mittwoch, 11 Uhr, per Teams angefragt – passt Ihnen das?
Herzlichen Glückwunsch, Sie haben die Vorauswahl bestanden. Wir laden Sie zu einer Videokonferenz mit unserer Bereichsleiterin ein; die Einwahldaten folgen mit der Terminbestätigung.
Wir möchten Sie gern zu einem Schnuppertag in unser Werk einladen. Bitte rufen Sie mich an, damit wir einen Termin vereinbaren können.
""",
        "off_zusage": """
Wir freuen uns sehr, Ihnen die Stelle {role} anbieten zu können! Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.
Herzlichen Glückwunsch! Wir möchten Sie gern als {role} in unserem Team begrüßen. Anbei erhalten Sie unser Vertragsangebot; bitte senden Sie es uns bis zum 30. April unterschrieben zurück.
Wir haben uns für dich entschieden! Wir würden uns riesig freuen, wenn du ab dem 1. Oktober als {role} bei uns anfängst. Ich rufe dich morgen an, um die Details zu besprechen.
Nach den Gesprächen mit Ihnen sind wir überzeugt: Sie passen hervorragend zu uns. Anbei finden Sie den Arbeitsvertrag mit Beginn zum 1. Juli zur Unterschrift.
Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle ausgewählt hat. Vorbehaltlich der Zustimmung des Personalrats bieten wir Ihnen eine Einstellung in Entgeltgruppe E 13 TV-L an.
Unser Kunde möchte Ihnen ein Angebot machen! Das Jahresgehalt liegt bei 68.000 Euro plus Bonus. Lassen Sie uns heute Abend kurz telefonieren, um die Einzelheiten durchzugehen.
Wir freuen uns, Ihnen die Zusage für die Stelle {role} geben zu dürfen. Ihr Vertrag liegt zur digitalen Unterschrift in unserem Portal bereit.
Gerne bestätigen wir Ihnen die Anstellung als {role} per 1. September mit einem Pensum von 80 %. Den Vertrag erhalten Sie per Post.
Sie haben uns überzeugt – willkommen im Team! Bitte bestätigen Sie uns kurz, dass Sie das Angebot annehmen; dann schicken wir Ihnen alle Unterlagen für den Start.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „Data Analyst – Hamburg“: 8 neue Stellenangebote seit gestern, darunter bei {company}. Sie können den Suchauftrag jederzeit anpassen oder löschen.
Diese Stellen könnten dich interessieren: {role} bei {company}, Business Analyst (remote) und drei weitere Treffer in deiner Nähe.
Ihr wöchentlicher Job-Newsletter: 15 neue Stellen in den Bereichen Controlling und Finanzen. Jetzt mit einem Klick bewerben.
Neu für Sie: Wir haben Stellen gefunden, die zu Ihrem Profil passen. Einige davon laufen in den nächsten Tagen aus.
""",
        "oth_newsletter": """
In dieser Ausgabe: Einblicke in unser neues Logistikzentrum, ein Interview mit unserer Ausbildungsleiterin und Tipps für Ihre Bewerbung. Dazu die aktuellen offenen Stellen.
Herzlich willkommen in unserem Talent-Netzwerk! Ab sofort erhalten Sie einmal im Monat Neuigkeiten rund um Karriere und Arbeiten bei {company}.
Save the Date: Am 15. November öffnen wir unsere Türen zum Karrieretag. Lernen Sie unsere Teams kennen – eine Anmeldung ist über unsere Website möglich.
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und habe aktuell eine spannende Position als {role} bei einem renommierten Mittelständler in Süddeutschland zu besetzen. Hätten Sie Interesse an einem kurzen, vertraulichen Austausch?
Ich unterstütze derzeit einen Kunden aus der Energiebranche bei der Suche nach einem Controller (m/w/d). Ihr Werdegang passt sehr gut – sind Sie offen für Veränderungen?
Entschuldigen Sie die direkte Ansprache. Wir suchen im Auftrag eines Schweizer Technologieunternehmens eine*n {role}. Gerne sende ich Ihnen die Projektbeschreibung zu.
Ich hoffe, ich störe nicht! Ich habe da eine Stelle, die perfekt zu dir passen könnte – hybrid, top Team, attraktives Gehalt. Lust auf ein kurzes Telefonat?
""",
        "oth_umfrage": """
Sie haben sich kürzlich bei uns beworben. Wie zufrieden waren Sie mit dem Bewerbungsprozess? Die Beantwortung unserer kurzen Umfrage dauert nur zwei Minuten.
Ihre Meinung ist uns wichtig! Bitte bewerten Sie Ihre Erfahrungen mit unserem Recruiting – die Umfrage ist anonym.
Hilf uns, besser zu werden: Wie hast du unseren Bewerbungsprozess erlebt? Drei Fragen, eine Minute.
""",
        "oth_rueckzug": """
Wie gewünscht haben wir Ihre Bewerbung für die Stelle {role} zurückgezogen. Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre neue Aufgabe alles Gute.
Hiermit bestätigen wir den Rückzug Ihrer Bewerbung. Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht.
Danke für deine Rückmeldung und herzlichen Glückwunsch zur neuen Stelle! Wir haben deine Bewerbung wie gewünscht aus dem Prozess genommen.
Sie haben Ihre Bewerbung über das Bewerberportal zurückgezogen. Sollten Sie dies nicht veranlasst haben, wenden Sie sich bitte an unser Recruiting-Team.
""",
    },
    "fr": {
        "rej_standard": """
Nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue. Nous avons reçu un grand nombre de candidatures de qualité.
Après une étude attentive de votre dossier, nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.
Votre profil a retenu toute notre attention ; toutefois, il ne correspond pas tout à fait aux besoins actuels de l'équipe. Nous ne pourrons donc pas poursuivre le processus avec vous.
Malheureusement, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond davantage au poste de {role}.
Merci pour ta candidature ! On a bien aimé ton profil, mais on a finalement choisi quelqu'un avec plus d'expérience en e-commerce. On ne va donc pas aller plus loin cette fois-ci.
""",
        "rej_apres_entretien": """
Nous vous remercions pour le temps accordé lors de notre entretien. Après réflexion, nous avons choisi de retenir un autre candidat pour ce poste.
Suite à votre passage devant le jury, nous avons le regret de vous annoncer que votre candidature n'a pas été retenue à l'issue de cette étape.
Merci encore pour nos échanges de la semaine dernière. La décision a été difficile, mais nous ne donnerons pas suite à votre candidature pour le poste de {role}.
""",
        "rej_poste_pourvu": """
Nous vous informons que le poste de {role} a été pourvu. Nous ne sommes donc malheureusement pas en mesure de donner suite à votre candidature.
En raison d'une réorganisation interne, le recrutement pour ce poste a été annulé. Votre candidature ne pourra donc pas être étudiée plus avant.
""",
        "rej_cabinet": """
Je reviens vers vous concernant le poste de {role} : mon client a décidé de ne pas retenir votre profil, car il recherche une expérience plus longue dans le secteur du luxe.
La commission de sélection s'est réunie et n'a pas retenu votre candidature pour l'audition. Nous vous remercions de l'intérêt que vous avez porté à notre établissement.
""",
        "ack_received": """
Nous accusons réception de votre candidature au poste de {role}. Elle sera étudiée avec attention, et nous reviendrons vers vous dans les meilleurs délais.
Votre candidature a bien été enregistrée. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre aux demandes téléphoniques concernant son état d'avancement.
Merci, ta candidature est bien arrivée ! L'équipe la regarde dans les prochains jours et revient vers toi rapidement.
""",
        "ack_delay": """
Nous vous prions de nous excuser pour ce délai. Le processus de recrutement pour le poste de {role} est toujours en cours et aucune décision n'a encore été prise.
Malheureusement, l'examen des candidatures prend plus de temps que prévu. Nous vous remercions de votre patience et vous tiendrons informé(e) dès que possible.
Votre candidature est toujours à l'étude. Nous ne sommes pas encore en mesure de vous donner une réponse définitive, mais nous reviendrons vers vous d'ici la fin du mois.
""",
        "ack_incomplete": """
Votre dossier de candidature est incomplet : il manque votre lettre de motivation. Merci de la transmettre via votre espace candidat afin que nous puissions étudier votre candidature.
Pour poursuivre l'étude de votre dossier, pourriez-vous nous faire parvenir une copie de votre diplôme et vos deux dernières attestations d'emploi ?
""",
        "inv_entretien": """
Votre profil nous intéresse ! Seriez-vous disponible pour un échange téléphonique de 30 minutes cette semaine ? Merci de nous indiquer vos disponibilités.
Nous avons le plaisir de vous inviter à un entretien le mardi 4 juin à 14 h dans nos locaux de Lyon. Merci de confirmer votre présence.
Nous aimerions vous rencontrer pour échanger autour du poste de {role}. Vous pouvez réserver un créneau directement via le lien ci-dessous.
""",
        "off_offre": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez ci-joint votre promesse d'embauche.
Bonne nouvelle : nous souhaitons que vous rejoigniez l'équipe ! Votre contrat, avec une prise de poste au 2 septembre, vous attend pour signature.
""",
        "oth_alert": """
Nouvelles offres correspondant à votre alerte « {role} – Paris » : 6 nouvelles annonces cette semaine, dont une chez {company}.
""",
        "oth_cold": """
J'ai découvert votre profil et je pense qu'il pourrait correspondre à une opportunité de {role} que j'accompagne pour un client à Bordeaux. Seriez-vous ouvert(e) à un échange ?
""",
        "oth_withdrawal": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Nous vous souhaitons une excellente continuation.
""",
    },
    "es": {
        "rej_standard": """
Lamentamos comunicarte que tu candidatura para el puesto de {role} no ha sido seleccionada para continuar en el proceso.
Tras revisar detenidamente su candidatura, sentimos informarle de que no seguiremos adelante con su proceso de selección.
Su perfil nos ha parecido muy interesante, pero en esta ocasión hemos decidido avanzar con otros candidatos cuya experiencia se ajusta más a los requisitos del puesto.
Hemos recibido un número muy elevado de candidaturas y, lamentablemente, la tuya no ha pasado a la siguiente fase.
Después de analizar todos los perfiles, hemos optado por otra persona para cubrir la vacante de {role}. Te agradecemos sinceramente el interés mostrado en {company}.
""",
        "rej_tras_entrevista": """
Gracias por el tiempo dedicado a la entrevista de la semana pasada. Tras valorar a todos los finalistas, hemos decidido continuar con otro candidato.
Queremos agradecerte tu participación en la prueba técnica. Lamentablemente, el resultado no nos permite avanzar contigo en el proceso.
Fue un placer conocerte. Aunque la decisión ha sido muy ajustada, no vamos a poder ofrecerte el puesto de {role}.
""",
        "rej_vacante_cubierta": """
Te informamos de que la vacante de {role} ya ha sido cubierta, por lo que no podemos continuar con tu candidatura.
Por motivos de reorganización interna, el proceso de selección para este puesto ha sido cancelado. Sentimos no poder seguir adelante con su candidatura.
""",
        "rej_consultora": """
Te escribo para contarte que mi cliente ha decidido no avanzar con tu perfil para el puesto de {role}; buscan a alguien con más experiencia en el sector farmacéutico.
El tribunal de selección ha finalizado la valoración de méritos. Lamentamos comunicarle que no ha sido incluido entre los candidatos propuestos para la contratación.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará y nos pondremos en contacto contigo lo antes posible.
Confirmamos la recepción de su candidatura. Debido al elevado volumen de solicitudes, lamentablemente no podemos atender consultas telefónicas sobre el estado del proceso.
Gracias por postularte. Tu candidatura ya está en manos del equipo de selección; te escribiremos en cuanto tengamos novedades.
""",
        "ack_delay": """
Sentimos la demora. El proceso de selección para el puesto de {role} sigue abierto y todavía no se ha tomado ninguna decisión.
Lamentablemente, necesitamos algo más de tiempo para revisar todas las candidaturas. Te agradecemos tu paciencia y te informaremos en cuanto podamos.
El proceso se ha retrasado por las vacaciones de parte del equipo. Tu candidatura sigue activa y esperamos darte una respuesta antes de final de mes.
""",
        "ack_incomplete": """
Tu candidatura está incompleta: falta adjuntar el currículum. Por favor, súbelo desde tu área de candidato para que podamos valorarla.
Para continuar con el proceso necesitamos una copia de su título universitario. Le rogamos que nos la envíe en un plazo de diez días.
""",
        "inv_entrevista": """
Nos ha gustado tu perfil. ¿Tendrías disponibilidad para una llamada de 20 minutos esta semana? Indícanos qué horario te viene mejor.
Nos complace invitarle a una entrevista el jueves 6 de junio a las 11:00 en nuestras oficinas de Valencia. Por favor, confirme su asistencia.
Como siguiente paso, nos gustaría que realizaras una prueba técnica online. Recibirás el enlace en un correo aparte.
""",
        "off_oferta": """
Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la carta de oferta con las condiciones.
¡Enhorabuena! Queremos que te incorpores al equipo el 1 de septiembre. Tu contrato está listo para la firma.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta «{role} – Madrid»: 9 ofertas nuevas esta semana, incluida una en {company}.
""",
        "oth_cold": """
He visto tu perfil y creo que encajarías muy bien en una posición de {role} que estoy gestionando para un cliente en Barcelona. ¿Te apetece que lo hablemos?
""",
        "oth_withdrawal": """
Tal y como nos solicitaste, hemos retirado tu candidatura al puesto de {role}. Te deseamos mucha suerte en tu nuevo proyecto.
""",
    },
    "pt": {
        "rej_standard": """
Agradecemos o seu interesse, mas informamos que a sua candidatura para a vaga de {role} não foi selecionada para a próxima fase.
Após uma análise cuidadosa, lamentamos informar que decidimos não avançar com a sua candidatura.
O seu perfil é interessante, mas optamos por seguir com outros candidatos cuja experiência está mais alinhada com as necessidades da função.
Recebemos um número muito elevado de candidaturas e, infelizmente, a sua não foi selecionada desta vez.
Depois de avaliar todos os perfis, escolhemos outra pessoa para a vaga de {role}. Agradecemos sinceramente o tempo que dedicou ao processo.
""",
        "rej_apos_entrevista": """
Obrigado pela conversa da semana passada. Após avaliarmos todos os finalistas, decidimos seguir com outro candidato.
Agradecemos a sua participação no teste técnico. Infelizmente, o resultado não nos permite avançar consigo no processo.
Foi um prazer conhecer você! A decisão foi difícil, mas não vamos seguir com a sua candidatura para a posição de {role}.
""",
        "rej_vaga_preenchida": """
Informamos que a vaga de {role} já foi preenchida, pelo que não poderemos dar seguimento à sua candidatura.
Devido a uma reestruturação interna, o processo de recrutamento para esta vaga foi cancelado. Lamentamos não poder avançar com a sua candidatura.
""",
        "rej_consultoria": """
Escrevo para informar que o meu cliente decidiu não avançar com o seu perfil para a função de {role}, pois procura alguém com mais experiência no setor industrial.
O júri do procedimento concursal concluiu a avaliação curricular. Lamentamos informar que a sua candidatura não foi admitida à fase seguinte.
""",
        "ack_received": """
Confirmamos a receção da sua candidatura para a vaga de {role}. A nossa equipa irá analisá-la e entraremos em contacto assim que possível.
Recebemos sua candidatura! Devido ao grande volume de inscrições, infelizmente não conseguimos responder individualmente a pedidos de informação sobre o andamento do processo.
Obrigado por se candidatar. A sua candidatura está agora com a equipa de recrutamento; daremos notícias em breve.
""",
        "ack_delay": """
Pedimos desculpa pela demora. O processo de seleção para a vaga de {role} ainda está em curso e nenhuma decisão foi tomada.
Infelizmente, precisamos de um pouco mais de tempo para analisar todas as candidaturas. Agradecemos a sua paciência.
O processo atrasou devido às férias de parte da equipa. A sua candidatura continua ativa e esperamos dar uma resposta até ao final do mês.
""",
        "ack_incomplete": """
A sua candidatura está incompleta: falta o certificado de habilitações. Por favor, envie-o através da sua área de candidato para que possamos avaliá-la.
Para dar continuidade ao processo, precisamos de uma cópia atualizada do seu currículo. Poderia enviá-la nos próximos dias?
""",
        "inv_entrevista": """
Gostámos muito do seu perfil. Teria disponibilidade para uma chamada de 30 minutos esta semana? Indique-nos o horário que lhe for mais conveniente.
Temos o prazer de o convidar para uma entrevista na próxima terça-feira, às 10h, nas nossas instalações no Porto. Por favor, confirme a sua presença.
Como próxima etapa, gostaríamos que você participasse de uma dinâmica em grupo online. Escolha um horário pelo link abaixo.
""",
        "off_oferta": """
Temos o prazer de lhe oferecer a posição de {role} na {company}. Em anexo segue a proposta com todas as condições.
Parabéns! Queremos muito que você faça parte do time a partir de 1º de setembro. Seu contrato já está disponível para assinatura.
""",
        "oth_alert": """
Novas vagas para o seu alerta «{role} – Lisboa»: 7 novas oportunidades esta semana, incluindo uma na {company}.
""",
        "oth_cold": """
Encontrei o seu perfil e acredito que seria uma excelente opção para uma oportunidade de {role} que estou a gerir para um cliente em Braga. Tem interesse em conversar?
""",
        "oth_withdrawal": """
Conforme solicitado, retirámos a sua candidatura à vaga de {role}. Desejamos-lhe as maiores felicidades no novo desafio.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Dear Candidate,",
            "Hey {first},",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your application for the {role} position at {company}.",
            "Thanks for your interest in joining {company}.",
            "Thank you for taking the time to apply for the role of {role}.",
            "Many thanks for applying – we really appreciate your interest in {company}.",
            "Thank you for your interest in the {role} vacancy.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps – we hope our paths cross again.",
            "We wish you all the best in your future career.",
            "Please do keep an eye on our careers page for future opportunities.",
            "All the very best for the future.",
        ],
        "marketing": [
            "At {company}, we move more than two million parcels a week across the UK and Ireland, and we're proud to have been named a Top Employer three years running.",
            "{company} builds analytics tools used by over 500 organisations worldwide. We're a remote-first team of 180 people who care deeply about doing things properly.",
            "Founded in Brisbane in 2011, {company} now connects shippers and carriers across Australia and New Zealand, with sustainability at the heart of everything we do.",
            "{company} is one of India's fastest-growing product companies, with offices in Bengaluru, Pune and Hyderabad and a team of over 3,000 engineers.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\nTalent Acquisition",
            "Thanks,\n{sender}",
            "Warm regards,\nThe {company} Recruiting Team",
            "Yours sincerely,\n{sender}\nHR Services",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply.",
            "{company} is an equal opportunity employer. To manage your communication preferences, visit your candidate profile.",
            "Registered in England and Wales. Company No. 08412397. Registered office: 4 Albion Street, Leeds LS1 6HX.",
            "You are receiving this email because you applied for a position with {company}. Unsubscribe from job alerts at any time.",
            "This message is confidential and intended only for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application",
            "{company}: {role}",
            "Re: {role} application",
            "Your application to {company}",
            "Application status – {role}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "Let's talk: {role} at {company}",
            "Invitation: {role}",
            "Scheduling your conversation with {company}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}!",
            "{role} – offer of employment",
            "Good news about {role}",
        ],
        "subject_oth": [
            "New jobs for you",
            "Your {company} careers update",
            "Quick question about your next move",
            "How was your application experience?",
            "Application withdrawn",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte*r Alex Rivera,",
            "Hallo {first},",
            "Liebe*r {first},",
            "Guten Tag Alex Rivera,",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Liebe:r {first},",
            "Grüezi Alex Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
            "Herzlichen Dank für deine Bewerbung als {role}.",
            "wir bedanken uns für Ihre Bewerbung als {role} und das damit verbundene Interesse an unserem Unternehmen.",
            "Vielen Dank für die Zusendung Ihrer Bewerbungsunterlagen.",
            "danke, dass Sie sich die Zeit genommen haben, sich bei {company} zu bewerben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei deiner weiteren Suche!",
            "Für Ihren weiteren Lebensweg wünschen wir Ihnen beruflich wie privat alles Gute.",
            "Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg und würden uns freuen, wenn Sie uns in guter Erinnerung behalten.",
            "Wir wünschen Ihnen weiterhin viel Erfolg und alles Gute.",
        ],
        "marketing": [
            "{company} ist einer der führenden Anbieter für Kontraktlogistik in Norddeutschland – mit über 3.000 Mitarbeitenden, die täglich dafür sorgen, dass Waren pünktlich ankommen.",
            "Als Energieversorger mit über 100 Jahren Geschichte gestalten wir bei {company} die Energiewende aktiv mit – von Windkraft bis Wärmepumpe.",
            "Bei {company} stellen wir seit 1921 Mineralwasser und Erfrischungsgetränke aus den Tiroler Alpen her – regional verwurzelt, international erfolgreich.",
            "{company} ist ein Zürcher Softwareunternehmen mit rund 250 Mitarbeitenden, das Datenplattformen für Banken und Behörden entwickelt.",
            "Die {company} ist eine forschungsstarke Hochschule mit rund 9.000 Studierenden und einem klaren Profil in Technik, Wirtschaft und Gesundheit.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\nRecruiting",
            "Freundliche Grüsse\n{sender}\nHR Business Partner",
            "Beste Grüße\ndein Team von {company}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}\nPersonalabteilung",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} · Sitz der Gesellschaft: Bremen · Registergericht: Amtsgericht Bremen HRB 31457 · Geschäftsführung: Dr. Anna Feld, Thomas Reiner",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Firmenbuchnummer FN 123456x, Landesgericht Innsbruck · UID ATU12345678",
            "Diese Nachricht wurde über unser Bewerbermanagementsystem versendet. Abmeldung von E-Mail-Benachrichtigungen in Ihrem Bewerberkonto.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung – Rückmeldung",
            "AW: Bewerbung {role}",
            "Ihre Bewerbung bei {company}",
            "Bewerbung als {role} – Stand des Verfahrens",
        ],
        "subject_inv": [
            "Einladung: {role}",
            "Nächster Schritt – {role}",
            "Kennenlernen bei {company}",
            "Terminvereinbarung {role}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Willkommen bei {company}!",
            "Zusage – {role}",
            "Gute Nachrichten zu Ihrer Bewerbung",
        ],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Karriere-News von {company}",
            "Vertrauliche Anfrage",
            "Wie war Ihre Bewerbung?",
            "Rückzug Ihrer Bewerbung",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
            "Bonjour Alex Rivera,",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé chez {company} !",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous vous souhaitons une belle continuation.",
            "Bonne chance pour la suite de ton parcours !",
        ],
        "marketing": [
            "Fondée à Lyon en 1987, {company} conçoit des produits cosmétiques vendus dans plus de 40 pays.",
            "{company} réunit aujourd'hui 600 collaborateurs engagés pour une distribution plus responsable.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nService Recrutement",
            "Veuillez agréer nos salutations distinguées.\n{sender}",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous pouvez demander la suppression de vos données à tout moment depuis votre espace candidat.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Suite donnée à votre candidature",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation – {role}",
            "Prochaine étape de votre candidature",
            "Rencontre avec {company}",
        ],
        "subject_off": ["Proposition d'embauche – {role}", "Bienvenue chez {company} !"],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "Opportunité confidentielle",
            "Retrait de votre candidature",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a Alex Rivera:",
            "Estimado/a candidato/a:",
            "Buenos días, {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en el puesto de {role} en {company}.",
            "Le agradecemos el tiempo dedicado a su candidatura.",
            "Muchas gracias por presentar tu candidatura.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su futuro profesional.",
            "Esperamos volver a coincidir en futuras oportunidades.",
        ],
        "marketing": [
            "{company} es un grupo hotelero con más de 40 establecimientos en España y Portugal y un equipo de 3.500 personas.",
            "En {company} llevamos más de 30 años impulsando el turismo sostenible en el Mediterráneo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas",
            "Saludos cordiales,\nEquipo de Talento de {company}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "Puede ejercer sus derechos de acceso, rectificación y supresión de datos dirigiéndose a nuestro Delegado de Protección de Datos.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Actualización de su candidatura",
            "Proceso de selección – {role}",
        ],
        "subject_inv": [
            "Invitación a la siguiente fase",
            "Entrevista – {role}",
            "Siguiente paso en {company}",
        ],
        "subject_off": ["Oferta de empleo – {role}", "¡Bienvenido/a a {company}!"],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Oportunidad profesional",
            "Candidatura retirada",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro/a Alex Rivera,",
            "Prezado(a) {first},",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos a sua candidatura para a vaga de {role}.",
            "Obrigado pelo seu interesse na {company}.",
            "Muito obrigado por se candidatar.",
        ],
        "wish": [
            "Desejamos-lhe muito sucesso na sua procura.",
            "Desejamos sucesso na sua carreira.",
            "Esperamos voltar a cruzar-nos numa próxima oportunidade.",
        ],
        "marketing": [
            "A {company} produz tecidos técnicos em Guimarães desde 1962 e exporta para mais de 30 países.",
            "Na {company}, acreditamos que as pessoas fazem a diferença – somos mais de 800 colaboradores em Portugal e no Brasil.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\nRecursos Humanos",
            "Abraço,\nEquipa de Recrutamento",
        ],
        "footer": [
            "Esta mensagem foi enviada automaticamente. Por favor, não responda.",
            "Os seus dados são tratados de acordo com o RGPD. Pode solicitar a sua eliminação a qualquer momento.",
        ],
        "subject_app": [
            "A sua candidatura para {role}",
            "Atualização sobre a sua candidatura",
            "Processo de recrutamento – {role}",
        ],
        "subject_inv": ["Convite – próxima etapa", "Entrevista – {role}", "Vamos conversar?"],
        "subject_off": ["Proposta de emprego – {role}", "Bem-vindo(a) à {company}!"],
        "subject_oth": ["Novas vagas para si", "Oportunidade confidencial", "Candidatura retirada"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} position, as I haven't heard anything for a few weeks. Is there any update you can share?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying for {role}. I've passed your CV on to the hiring manager and will let you know as soon as I hear back.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen an die Fachabteilung weitergegeben und melden uns, sobald wir eine Rückmeldung haben.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature. Nous l'avons transmise au manager et reviendrons vers vous rapidement.\nCordialement,\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería preguntar si hay novedades sobre mi candidatura para el puesto de {role}.\nUn saludo,\nAlex Rivera\n\n{header2}\nHola Alex:\nGracias por tu candidatura. La hemos enviado al responsable del área y te diremos algo pronto.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá Alex,\nObrigado pela sua candidatura. Encaminhámos o seu currículo para a equipa e daremos notícias em breve.\nCumprimentos,\n{sender}\n",
}
