# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 18 part, written from scratch by an independent evaluator: a broad sample of the mail a job seeker receives in English, German, French, Spanish and Portuguese, from corporate applicant-tracking systems, start-ups, staffing agencies, universities and public bodies; about half rejections (before and after interviews and tests, filled, cancelled or frozen posts, agency and public-sector notices, short and long, formal and informal), the rest receipts and status updates, invitations, offers and other mail."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Logistics Ltd",
    "Nordhafen Energie GmbH",
    "Vallée Numérique SAS",
    "Solaria Movilidad S.L.",
    "Tecelagem Atlântica Lda.",
    "Kestrel Analytics Inc.",
    "Harbourline Health Trust",
    "Quintal Sistemas S.A.",
    "Lindqvist & Moor AG",
    "Pradera Alimentos S.A.",
    "Orchard Lane Studios",
    "Cervantes Ingeniería S.L.",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Backend Engineer",
    "Product Manager",
    "Projektmanager (m/w/d)",
    "Chargé de communication",
    "Técnico de Calidad",
    "Analista de Dados Júnior",
    "UX Researcher",
    "Customer Success Manager",
    "Sachbearbeiter Finanzbuchhaltung (m/w/d)",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition Team", "no-reply@myworkday-mail.example"),
    ("Jonas Weber", "jobs@{domain}"),
    ("Lucía Martín", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("Hiring Team", "no-reply@greenhouse-notify.example"),
    ("Recruiting", "notifications@lever-hire.example"),
    ("Priya Nair", "careers@{domain}"),
    ("Karriere-Team", "no-reply@teamtailor-send.example"),
    ("Tom Hadley", "tom.hadley@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_cv_review": """
After carefully reviewing your application for the {role} position, we have decided not to move forward with your candidacy at this time.
We've now had a chance to look through your CV and cover letter. While your background is interesting, we won't be progressing your application for {role} to the next stage.
Our hiring team reviewed every application we received for this opening, and unfortunately yours was not among those selected for an interview.
I'm writing to let you know that we will not be inviting you to interview for the {role} role. We received a large number of strong applications and had to make some difficult choices based on the specific requirements of the team.
Having compared your profile against the criteria for this vacancy, we have concluded that other applicants more closely match what we need, so we will not be taking your application further.
Your application for {role} has been reviewed. Unfortunately, it has not been successful on this occasion.
We appreciate the effort you put into your application. At this stage, however, we have chosen to pursue candidates whose experience aligns more directly with the requirements of the role.
The team at {company} has completed the initial screening for {role}. We regret to inform you that your application will not proceed further in our selection process.
""",
        "rej_after_phone_screen": """
Thanks again for making time for the call with me last Tuesday. I've since discussed your profile with the hiring manager, and we've agreed not to move ahead to the technical round.
It was good to speak with you on the phone earlier this week. After reflecting on our conversation and comparing it with the needs of the team, we've decided to go in a different direction for {role}.
Following your screening call, the team has decided not to invite you to the next stage. The main reason is that we need someone with more hands-on experience of stakeholder management at senior level, which came up a few times in our conversation.
I really enjoyed our chat about your work on the warehouse dashboards. Unfortunately I have to let you know that the hiring manager has decided to continue with candidates whose experience in regulated industries is a closer fit.
Quick update after our intro call: we won't be moving forward with your application. I know that's not the news you were hoping for, and I appreciate the time you gave us.
Our recruiters have reviewed the answers you recorded in the video screening and, unfortunately, we will not be progressing your application.
""",
        "rej_after_interview": """
Thank you for meeting with the team last week to discuss the {role} position. We enjoyed learning more about you; however, after careful consideration we have decided to move forward with another candidate.
I wanted to reach out personally following your interview with Sarah and Tom. It was a close decision, but we've offered the role to a candidate whose experience in payments infrastructure was a slightly stronger match.
We really appreciated the time and energy you put into the interview process. After debriefing as a panel, we've decided not to extend an offer on this occasion.
Thanks for coming in on Thursday. The panel was impressed with your presentation, particularly the section on churn analysis, but we have decided to proceed with a candidate who has more direct experience of managing a team.
Following your second interview, we have now completed our assessment of all shortlisted candidates. I am sorry to say that you have not been successful in securing the position.
Having interviewed a number of excellent candidates, we have now made our decision and, regrettably, we will not be offering you the role of {role}.
I know you've been waiting to hear from us after the interviews, so I'll keep it straightforward: we've decided not to move forward. You came across as thoughtful and well prepared, and the feedback from the team was positive overall; it came down to depth of experience with Kubernetes in production, which was the deciding factor for this particular team.
Unfortunately, following your interview, the hiring team has decided not to proceed with your candidacy for this position.
First of all, thank you for your patience while we finished the last round of interviews. Everyone who met you enjoyed the conversation, and your questions about our roadmap were excellent. We have now completed the process and, after a lot of discussion, the role has been offered to someone else.
We have concluded our interviews for the {role} vacancy, and I'm afraid that on this occasion we won't be taking your application forward.
""",
        "rej_after_final_round": """
You were one of the last two candidates for this role, which makes this message harder to write. After the final round, we decided to offer the position to the other finalist.
Thank you for spending a full day with us at the onsite. The feedback from every interviewer was genuinely positive, but we are not able to make you an offer at this time.
I'm sorry to be writing with disappointing news after such a long process. The hiring committee met yesterday to review the final candidates, and we will not be moving forward with an offer for you.
Thank you for your time with our CEO on Monday. After that final conversation we've concluded that the fit isn't quite right for this stage of the company, and we won't be proceeding.
After four rounds, I know this is frustrating to hear: we have chosen another finalist for {role}. I'd be happy to share more detailed feedback on a short call if that would be useful to you.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment for {role}. Unfortunately, your results did not meet the threshold required to progress to the next stage of our process.
Our engineers have reviewed your take-home exercise. While the solution worked, there were concerns about test coverage and structure, and so we won't be moving forward to the onsite stage.
Thanks for the effort you put into the case study. Having reviewed it alongside the other submissions, we've decided not to invite you to the final interview.
We have now evaluated the results of the numerical and verbal reasoning tests. We regret to inform you that you have not been selected to continue in the recruitment process.
Thank you for attending our assessment centre. Based on your overall performance across the group exercise, presentation and interview, we are unable to offer you a place on the 2025 graduate programme.
Your coding challenge has been scored by two reviewers. The score was below what we need for this level, so this is where the process ends for this application. You're welcome to apply again in six months.
Thanks for sitting the written test last week. The panel has marked all scripts, and yours was not among those shortlisted for interview.
""",
        "rej_position_filled": """
We wanted to let you know that the {role} position has now been filled.
Please note that this position has been filled and we are no longer accepting applications.
Just a quick note to close the loop: we've hired for the {role} role, so we won't be taking your application any further.
I'm afraid the role you applied for was filled before we were able to review your application. We'll keep your details in case something similar comes up.
The vacancy for {role} at our Leeds site has now been filled internally. As a result, we will not be considering external applications any further.
We have already offered the position to a candidate who accepted it earlier this week, so we're closing the remaining applications.
""",
        "rej_role_cancelled": """
Due to a change in business priorities, we have decided not to fill the {role} position at this time. As a result, we are closing all applications for this role.
I'm sorry to share that the {role} opening has been cancelled following an internal restructuring. This means we won't be able to continue with your application.
Following a recent review of our budget, hiring for this role has been paused indefinitely and the requisition has been closed. We will not be progressing any applications.
The team has decided to withdraw this vacancy. We appreciate your time and apologise that the process could not be completed.
This job posting has been closed without a hire. Your application will no longer be considered for this position.
We've put the {role} search on hold for the rest of the year and closed the posting, so unfortunately we won't be moving forward with any candidates, including you. If the role opens again, it will be reposted and you'd need to apply afresh.
""",
        "rej_public_sector": """
Thank you for applying for the post of {role} (reference HR/2025/114). The shortlisting panel has now met, and I regret to inform you that on this occasion you have not been shortlisted for interview.
Your application for the above post has been assessed against the essential criteria set out in the person specification. You did not demonstrate sufficient evidence against criteria E3 and E5, and therefore your application will not progress.
We are writing to notify you of the outcome of the selection process for campaign 2025-CS-0412. The board has completed its assessment, and your name does not appear on the merit list for appointment.
Following the sift stage of this Civil Service campaign, your application has not been successful. Your score for Communicating and Influencing was 3, and the minimum required to proceed was 4.
The Council has considered your application for the post of {role}. I am sorry to inform you that you were not successful at interview. Feedback can be requested from the recruiting manager within 28 days of this notice.
Due to the high volume of applications, the panel applied the lead criterion at sift stage, and unfortunately your application did not meet the required score to progress.
""",
        "rej_agency_client": """
I've heard back from my client regarding the {role} position. Unfortunately they've decided not to take your application further; they're looking for someone with more exposure to SAP S/4HANA.
Hi again, I chased {company} for feedback after your interview on Friday. They liked you but have gone with another candidate who could start sooner. Sorry it's not better news.
Following the submission of your profile to our client, we have been informed that they will not be progressing your application at this stage.
Bad news from the client side, I'm afraid. The hiring manager reviewed your CV and has passed on this one; the feedback was that they need someone already based in the Netherlands.
Just to update you on the contract role I put you forward for: the client has filled it through another supplier, so that one is closed for us.
Our client has now completed the interview process for the role we discussed and has decided not to offer you the position. I will keep you in mind for similar openings.
After reviewing the applications we forwarded for the opportunity we advertised on their behalf, our client has chosen candidates whose profiles match their requirements more closely.
""",
        "rej_very_short": """
Unfortunately we won't be moving forward with your application.
The position has been filled. Thanks for applying.
We've decided not to proceed. Best of luck.
Sorry, {first}, it's a no from us this time.
Your application was not successful.
""",
        "rej_long_buried": """
We know how much effort goes into a job application, from tailoring your CV to researching our company, and we want to start by saying we appreciate it. This year we received more than 3,000 applications for our product roles, which is a wonderful reflection of the community around {company}. Every application was read by a member of our hiring team rather than filtered automatically. After reviewing your profile against the needs of the team, we won't be moving ahead with your application for {role}. We'd encourage you to keep an eye on our careers page, follow us on LinkedIn for updates, and consider joining our talent community so you hear about new openings first. Thank you again for thinking of us.
I hope you've had a good week. I wanted to start by thanking you for how engaged you were throughout the process; your questions in the second interview sparked a good discussion in our team afterwards, and someone even started a thread about your idea for the onboarding flow. It's been a busy few weeks here with the product launch, which is partly why this message took longer than I'd hoped. In the end we've decided to continue with another candidate for the role. I genuinely hope our paths cross again, and please don't hesitate to reach out if you'd like to chat about the decision.
At {company} we believe every candidate deserves a clear answer and a respectful experience, whatever the outcome. Our selection process is designed to be fair and consistent, and each application is assessed against the same criteria by trained reviewers. We've now completed that review for the {role} vacancy. On this occasion, we will not be taking your application further. We'd love to hear how we did: a short survey will follow in a separate email, and your answers help us improve the way we hire.
Thank you so much for your patience. Our recruitment for this role took longer than planned because of the summer holidays and a reorganisation within the department, and we apologise for keeping you waiting. We've now reached a decision and, although your application was strong, we won't be offering you a position on this occasion. With your permission we will keep your CV in our database for twelve months, and you can update your preferences at any time through your candidate account.
Hi {first}, first of all, congratulations on making it through to the final stage: out of more than 400 applicants, only a handful got there, and that says a lot. The team loved your portfolio and especially your case study on the banking app. This was one of the hardest decisions we've had to make this year, and I'll be honest that it went back and forth for a while. Ultimately we've chosen to go with a candidate whose background in B2B SaaS lines up a little more closely with where the product is heading. Please keep in touch.
""",
        "rej_internal_candidate": """
We have decided to fill the {role} position with an internal candidate. We appreciate your interest and the time you invested in the process.
After careful consideration, the hiring manager has selected a colleague from within the organisation for this role, so we will not be progressing external applications.
I wanted to let you know that we've filled this role through an internal transfer. I'm sorry we couldn't take things further with you.
""",
        "rej_university": """
Thank you for your application for the position of Postdoctoral Research Associate in the Department of Chemistry. The selection committee has now completed shortlisting, and I regret to inform you that your application has not been shortlisted on this occasion.
The search committee for the Assistant Professor position in Computational Linguistics has concluded its review. We received over 180 applications, many from highly qualified scholars, and I am sorry to tell you that we will not be inviting you for a campus visit.
Thank you for your interest in the PhD studentship funded by the doctoral training partnership. After reviewing all applications, the panel has decided not to offer you a place for the October intake.
We have now filled the position of Lecturer in Data Science (Ref. ACA-2291). Thank you for the time you put into your application and for your interest in working at the University.
The appointment panel met on 14 March and has offered the post to another candidate. We are grateful for your participation in the interview and the research seminar.
""",
        "rej_informal": """
Hey {first}! Thanks so much for chatting with us. We've thought about it a lot and we're going to pass for now; honestly it's more about timing on our side than anything about you.
Hi {first}, we loved meeting you but we've decided to go with someone else for the role. Shout if you ever want to grab a coffee.
So, I'll cut to it: the team went with another candidate. I'm gutted because I was rooting for you. Let's stay in touch.
Hey, thanks for wanting to join our crew! We've had loads of great people apply and unfortunately we can't take yours further this time around.
Hi {first}, the founders decided to hold off on this hire altogether, so we're not moving forward with anyone for now. Sorry to be the bearer of bad news!
""",
        "rej_talent_pool": """
Although we will not be progressing your application for {role}, we were impressed by your profile and would like to add you to our talent pool for future opportunities.
While we've decided to move forward with other candidates for this position, we'll retain your details for twelve months and contact you if a suitable role opens up.
You were not selected for this role. However, your profile has been saved, and you'll receive alerts when similar vacancies are published.
We won't be moving forward for {role}, but please don't let this discourage you from applying to other positions at {company} that match your experience.
""",
        "rej_ats_template": """
SUBJECT: Update on your application || We regret to inform you that we have decided not to move forward with your application for the {role} position.
SUBJECT: Your application to {company} || After review, we have decided to pursue other candidates for the {role} role. This message was sent automatically; please do not reply.
SUBJECT: Application status changed || The status of your application for {role} (Req ID 48213) has changed to: Not selected. Log in to your candidate home to view your other applications.
SUBJECT: {role} outcome || Your application has been declined for this requisition. This decision is final for this posting.
SUBJECT: Regarding your candidacy || We have reviewed your candidacy and unfortunately we cannot offer you a position at this time.
""",
        "rej_mismatch_reason": """
Having reviewed your background, we feel the {role} position would not make full use of your experience, and so we've decided not to move forward.
This role requires the right to work in the UK without sponsorship, which we are unable to provide, so we cannot continue with your application.
As the role is fully on-site in Munich and you mentioned you're not able to relocate, we've decided not to take things further.
The salary expectations you shared are significantly above the band for this role, and after discussion we've concluded that we're unable to move forward.
""",
        "ack_received": """
We've received your application for {role} and our team will review it shortly.
This is to confirm that your application for the position of {role} has been successfully submitted. You can track its status at any time from your candidate profile.
Your application is in, and a real person will read it. We aim to respond within two weeks.
Your application (reference 2025-0877) has been received. Please keep this reference for any future correspondence.
We'll be in touch if your profile matches the requirements of the role; in the meantime, feel free to explore our other openings.
SUBJECT: We got it! || Just a quick note to say your application for {role} reached us safely. Grab a coffee, we'll take it from here.
""",
        "ack_under_review": """
Your application is currently being reviewed by the hiring manager. We will update you as soon as there is news.
I wanted to give you a quick status update: your profile has been shared with the hiring team and we're waiting on their feedback.
Your application status has changed to "In review". No action is required from you at this time.
We're still reviewing applications for the {role} position and expect to make shortlisting decisions by the end of the month.
Just checking in so you're not left wondering: we're still in the middle of first-round interviews with other applicants, and your application is very much still in the mix.
""",
        "ack_delay_warning": """
We wanted to let you know that the recruitment process for {role} is taking longer than expected. We apologise for the delay and will be in touch as soon as we have an update.
Due to an exceptionally high number of applications, it may take us up to six weeks to respond. Thank you for your patience.
I'm sorry for the silence on our side. The hiring manager has been on leave, and we haven't yet been able to finalise the shortlist. No decision has been made on your application.
Because of the volume of applications, we may not be able to respond individually to every candidate. If you have not heard from us within 30 days, it is possible that you have not been shortlisted, but we will keep your application on file.
We have to postpone the next steps in our process because of an internal reorganisation. Your application remains active, and we'll get back to you in January.
""",
        "ack_on_hold": """
The {role} position has been temporarily put on hold while we review our headcount plans. Your application has not been rejected, and we'll contact you once the search resumes.
I'm afraid I don't have a decision for you yet: the budget for this role is being re-approved, and everything is paused until then.
We've paused hiring for this team for a few weeks. Your application stays in our system, and you don't need to reapply.
""",
        "ack_documents_request": """
To complete your application, please upload a copy of your degree certificate and your most recent reference letter via the candidate portal by Friday.
Could you send over your notice period and salary expectations? That will help us move your application along.
As part of our standard process, we need you to complete the equal opportunities monitoring form linked below. This information is not shared with the selection panel.
Your application is missing a cover letter, which is required for this vacancy. Please add it within five working days, otherwise we won't be able to review it.
""",
        "ack_reserve_list": """
The panel has ranked the candidates interviewed and you are currently on the reserve list. Appointments will be made from this list in order of merit as posts become available over the next twelve months.
You've passed the assessment and your name has been added to the pool of eligible candidates. Placement in a role depends on vacancies and is not guaranteed.
Your application has been placed on the shortlist, pending final approval from the department. We'll confirm the next steps in due course.
""",
        "ack_status_update": """
Your application has moved to the next stage of review. A member of our team will reach out if we need anything else from you.
Thanks for following up. There's no update yet; the team is still interviewing and I'll let you know either way by next Friday.
Just to keep you in the loop: your referees have been contacted and we're waiting to hear back from them.
All panel members have now submitted their interview feedback. The hiring manager will review it this week and we'll be in touch with the outcome.
""",
        "ack_agency_submitted": """
I've submitted your CV to my client for the {role} role this morning. I'll chase them for feedback in a couple of days.
Thanks for sending your updated CV. I've registered you with our agency and will call you as soon as a suitable role comes up.
""",
        "inv_interview": """
We'd like to invite you to an interview for the {role} position. Please use the link below to choose a time that suits you.
Following the review of your application, we are pleased to invite you to a first interview on Tuesday 12 March at 10:00 at our office in Manchester.
Good news: the hiring team would like to move you forward to a video interview with the engineering manager. It will last about 45 minutes.
You have been shortlisted for interview for the post of {role}. Interviews will take place on 3 and 4 April; please confirm your attendance by replying to this email.
We'd love to invite you to a final-round interview at our London office. You'll meet four members of the team across the day, including a 30-minute session with our CTO.
Congratulations on progressing to the panel interview stage. Please find the details and a preparation guide attached.
""",
        "inv_no_word": """
Would you be free for a quick chat this week to talk about the role? Let me know a few times that work for you.
The team enjoyed reading your application and would like to get to know you better. Are you available for a 30-minute video call on Wednesday or Thursday?
I'd love to set up a call with you and our Head of Product to go through your experience in more detail. What does your availability look like next week?
Could you come by the office on Friday afternoon to meet the team? It would be an informal conversation over coffee.
We'd like to take the next step with you: please book a slot with our hiring manager using the calendar link below.
Hi {first}, I came across your application and think you'd be a great fit. Do you have 20 minutes tomorrow for a phone call?
""",
        "inv_assessment": """
As the next step in our process, we invite you to complete an online assessment. The test takes about 40 minutes and must be completed within five days.
We'd like you to complete a short take-home exercise. You'll receive the brief on Monday and we ask that you spend no more than three hours on it.
You are invited to attend our assessment centre on 22 May. The day will include a group exercise, a presentation and a competency-based interview.
Please record a one-way video interview using the link below. You'll be asked five questions and will have two minutes to answer each.
""",
        "inv_scheduling": """
SUBJECT: Action required: schedule your next step || Please select a time slot for your technical conversation with our team. Available slots are shown in your candidate portal.
Your interview has been rescheduled to Thursday at 14:00 CET. The Teams link remains the same.
Thank you for confirming. I've sent a calendar invite for Monday at 11:00; you'll be speaking with Daniel, our engineering lead, and Aisha from the platform team.
We're pleased to let you know you've progressed to the second stage. Our coordinator will contact you shortly with a few options for a meeting with the head of department.
""",
        "inv_public_sector": """
You are invited to attend an interview for the post of {role} at County Hall. Please bring photographic ID and the original copies of your qualifications.
The selection board would like to meet you on 9 June. You will be asked to give a ten-minute presentation on the enclosed topic, followed by questions from the board.
""",
        "off_formal": """
We are delighted to offer you the position of {role} at {company}. Please find attached your offer letter, which sets out your salary, start date and benefits.
Following your recent interviews, I am pleased to confirm our offer of employment for the role of {role}, starting on 1 September, at an annual salary of 48,000 GBP.
Congratulations! We'd like to extend you an offer to join our team. Your formal offer is waiting for you in the candidate portal; please review and sign it within five business days.
I'm thrilled to let you know that the panel has recommended you for appointment, and we are pleased to offer you the post subject to satisfactory references and an occupational health check.
""",
        "off_no_word": """
We'd love for you to join us as our new {role}! I'll send over the contract later today; let me know if you have any questions before signing.
Great news: the team unanimously agreed, and we want you on board. Could you let me know your earliest possible start date?
Attached is your employment contract for the {role} position. Please sign and return it by Friday so we can prepare your onboarding.
Welcome aboard, {first}! We're excited to have you start with us on the 3rd of March. HR will be in touch about your laptop and first-day logistics.
I'm very happy to tell you that you've got the job. Let's find a time to go through the package and next steps together.
""",
        "off_verbal_conditional": """
Following our call this afternoon, I'm writing to confirm the verbal offer for the {role} position. The written offer will follow once our finance team has approved it.
We are pleased to make you a conditional offer for {role}. It is subject to the successful completion of background screening, which our partner will start this week.
As discussed, we'd like to hire you on a 12-month fixed-term contract as {role}. The package includes a base salary of 52,000 EUR and 28 days of leave.
Congratulations on your placement! Our client has confirmed they would like you to start on Monday, and I'll send the contract terms over shortly.
""",
        "oth_alert": """
New jobs matching your search "data analyst" in Berlin: Junior Data Analyst at {company}, Business Intelligence Analyst at Brightwater Logistics Ltd, and 12 more. View all jobs.
5 new roles match your job alert for "{role}". Be one of the first to apply.
Your daily job digest: 8 new opportunities were posted today that match your preferences. Update your alert settings at any time.
Jobs you might be interested in based on your profile: {role} (remote), Product Analyst (hybrid), Analytics Engineer (on-site).
""",
        "oth_newsletter": """
This month at {company}: our new office in Lisbon opens its doors, we welcome 40 new colleagues, and our engineering blog looks at how we cut build times in half.
Inside {company}, stories from our people. Meet Hannah, who joined as an intern three years ago and now leads our mobile team.
Our careers newsletter is here: tips for writing a standout CV, upcoming virtual open days, and the latest roles across our European hubs.
""",
        "oth_cold": """
Hi {first}, I came across your profile on LinkedIn and wanted to reach out about a {role} opportunity with a fast-growing fintech client of mine. Would you be open to hearing more?
I'm a recruiter specialising in data and analytics roles across the DACH region. I currently have several permanent and contract positions that might match your background. If you're looking, send me your latest CV.
Hope you're well! I'm working on an exclusive search for a Series B scale-up in Amsterdam. Salary up to 95k plus equity. Interested? Happy to share the details.
Are you open to new opportunities? Our client, a global consultancy, is expanding its analytics practice and hiring at several levels. Reply to this email if you'd like to know more.
""",
        "oth_survey": """
How was your candidate experience? Please take two minutes to tell us about your recent application at {company}. Your answers are anonymous.
We'd value your feedback on our interview process. Rate your experience from 1 to 10 using the link below.
Help us improve: a short survey about your application journey is now available. It closes on 30 April.
""",
        "oth_event": """
Join us at our virtual career fair on 18 October! Meet our engineering and product teams, hear about life at {company}, and get your CV reviewed live.
You're invited to our Open House at the Hamburg campus: talks, lightning demos and drinks from 6 pm. Register now, places are limited.
Reminder: the webinar "Breaking into product management" starts tomorrow at 17:00. Your joining link is below.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for the {role} position. We're sorry to see you go, and we hope you'll consider {company} again in the future.
Thanks for letting me know that you've accepted another offer, and congratulations! I've closed your application on our side.
Your candidate account and personal data have been deleted in line with your request under the GDPR. This email confirms the deletion.
""",
        "oth_account": """
Welcome to the {company} careers portal! Your candidate account has been created. You can now save jobs, set up alerts and apply with one click.
Your password was changed successfully. If you did not make this change, please contact our support team immediately.
""",
    },
    "de": {
        "rej_nach_sichtung": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {role} im weiteren Auswahlverfahren nicht berücksichtigen können.
Nach sorgfältiger Prüfung Ihrer Unterlagen haben wir uns für andere Bewerber*innen entschieden, deren Profil den Anforderungen der Stelle noch genauer entspricht.
Wir haben Ihre Unterlagen mit großem Interesse gelesen. Dennoch können wir Ihnen heute keine positive Nachricht geben: Ihre Bewerbung kommt für die ausgeschriebene Position nicht in die engere Wahl.
Die Entscheidung ist uns nicht leichtgefallen, da uns viele qualifizierte Bewerbungen erreicht haben. Leider können wir Sie im weiteren Verfahren nicht berücksichtigen.
Bedauerlicherweise passt Ihr Profil nicht zu den aktuellen Anforderungen unseres Teams, weshalb wir Ihre Bewerbung nicht weiterverfolgen werden.
Wir haben uns Ihre Bewerbung genau angeschaut und uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.
Hiermit teilen wir Ihnen mit, dass wir Sie nicht zu einem Vorstellungsgespräch einladen werden.
Nach eingehender Prüfung müssen wir Ihnen leider eine Absage erteilen.
""",
        "rej_du_startup": """
Wir haben uns dein Profil genau angesehen, aber leider passt es gerade nicht zu dem, was wir für diese Rolle suchen.
Ich mach's kurz: Wir haben uns für jemand anderen entschieden. Das Gespräch mit dir hat uns trotzdem echt Spaß gemacht.
Nach deinem Interview mit Lena und Tobi haben wir lange hin und her überlegt. Am Ende haben wir uns für eine Person entschieden, die schon mehr Erfahrung mit React Native mitbringt.
Leider müssen wir dir absagen, die Stelle als {role} haben wir inzwischen besetzt.
Hey {first}, danke für deine Zeit beim Probearbeitstag. Wir haben uns im Team abgestimmt und werden den Prozess mit dir leider nicht fortsetzen.
Schade, dass es diesmal nicht geklappt hat: Wir gehen mit einer anderen Bewerberin weiter und schließen deine Bewerbung damit ab.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch in der vergangenen Woche. Nach reiflicher Überlegung haben wir uns jedoch für eine andere Kandidatin entschieden.
Wir bedanken uns für Ihren Besuch bei uns in Stuttgart und die offenen Einblicke in Ihren Werdegang. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine:n andere:n Bewerber:in gefallen ist.
Zunächst möchten wir uns für Ihre Geduld bedanken. Die Auswahlgespräche sind nun abgeschlossen, und wir haben uns entschieden, die Position anderweitig zu besetzen.
Das Team hat sich nach dem zweiten Gespräch intensiv beraten. So gut uns Ihre fachlichen Kenntnisse gefallen haben, für die Führungsaufgabe suchen wir eine Person mit mehr Erfahrung in der disziplinarischen Leitung. Wir können Ihnen die Stelle daher leider nicht anbieten.
Es fällt uns nicht leicht, Ihnen nach den guten Gesprächen eine Absage zu schicken, doch wir haben uns letztlich für eine Mitbewerberin entschieden.
Im Anschluss an Ihr Vorstellungsgespräch haben wir alle Eindrücke sorgfältig miteinander verglichen. Im Ergebnis können wir Ihnen leider keine Zusage geben.
Nach dem Videointerview mit unserer Fachabteilung haben wir uns entschieden, das Verfahren mit Ihnen nicht fortzuführen.
Die Entscheidung war knapp: Sie waren bis zuletzt in der engeren Auswahl. Den Ausschlag gab am Ende die Branchenerfahrung eines Mitbewerbers im Automotive-Umfeld, dem wir die Stelle angeboten haben.
""",
        "rej_nach_test": """
Vielen Dank für die Teilnahme an unserem Online-Assessment. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Sie im weiteren Verfahren nicht berücksichtigen können.
Ihre Fallstudie haben wir im Team besprochen. Die Lösung entspricht nicht ganz unseren Erwartungen an die Senior-Rolle, weshalb wir den Prozess an dieser Stelle beenden.
Sie haben an unserem Assessment-Center teilgenommen, dafür herzlichen Dank. Aufgrund der Gesamtbewertung aller Übungen können wir Ihnen leider keinen Platz im Traineeprogramm anbieten.
Die Auswertung des Eignungstests liegt nun vor. Leider müssen wir Ihnen mitteilen, dass Sie nicht zur nächsten Auswahlstufe zugelassen werden.
""",
        "rej_stelle_besetzt": """
Die ausgeschriebene Stelle als {role} konnte inzwischen besetzt werden.
Wir möchten Sie darüber informieren, dass die Position bereits vergeben ist. Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.
Die Stelle ist mittlerweile intern nachbesetzt worden, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Inzwischen haben wir uns für einen Bewerber entschieden, der die Stelle zum 1. Juli antreten wird.
Da wir die Vakanz bereits besetzt haben, ist eine Berücksichtigung Ihrer Bewerbung leider nicht mehr möglich.
""",
        "rej_stelle_gestrichen": """
Aufgrund einer unternehmensinternen Umstrukturierung wird die ausgeschriebene Stelle nicht mehr besetzt. Wir müssen das Bewerbungsverfahren daher leider ohne Ergebnis beenden.
Aus budgetären Gründen haben wir entschieden, die Position als {role} vorerst nicht nachzubesetzen, und schließen das Auswahlverfahren hiermit ab.
Die Stellenausschreibung wurde zurückgezogen. Ihre Bewerbung wird daher nicht weiter bearbeitet.
Die Stelle wird bis auf Weiteres auf Eis gelegt und das Verfahren eingestellt. Sollte sie später erneut ausgeschrieben werden, freuen wir uns über eine neue Bewerbung.
""",
        "rej_oeffentlicher_dienst": """
Das Auswahlverfahren für die Stelle mit der Kennziffer 2025/037 ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass die Auswahl nicht auf Sie gefallen ist. Ihre Bewerbungsunterlagen senden wir Ihnen zurück.
Nach Abschluss des Stellenbesetzungsverfahrens teile ich Ihnen mit, dass Ihre Bewerbung nicht berücksichtigt werden konnte. Maßgeblich für die Auswahlentscheidung war der Grundsatz der Bestenauslese nach Art. 33 Abs. 2 GG.
Die Auswahlkommission hat sich nach den strukturierten Auswahlgesprächen für eine andere Bewerberin entschieden. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt.
Ihre Bewerbung erfüllt nicht die formalen Voraussetzungen der Ausschreibung (abgeschlossenes Hochschulstudium der Verwaltungswissenschaften oder vergleichbar). Eine Teilnahme am weiteren Verfahren ist daher nicht möglich.
Hiermit teilen wir Ihnen mit, dass wir uns im Auswahlverfahren für die Stelle im Referat Z 3 für eine andere Person entschieden haben. Die Ernennung der ausgewählten Person erfolgt frühestens zwei Wochen nach Zugang dieses Schreibens.
""",
        "rej_agentur_kunde": """
Ich habe heute Rückmeldung von unserem Kunden erhalten: Man hat sich gegen eine Fortsetzung des Prozesses entschieden. Ausschlaggebend waren wohl die fehlenden SAP-Kenntnisse.
Unser Mandant hat sich nach Prüfung Ihres Profils gegen ein Kennenlernen entschieden. Gerne halte ich Sie für weitere passende Projekte im Blick.
Kurzes Update zu der Position bei unserem Kunden in Frankfurt: Die Stelle wurde über einen anderen Dienstleister besetzt. Damit ist dieser Prozess für uns leider beendet.
Unser Kunde kann Ihnen nach dem zweiten Interview kein Angebot machen, er hat sich für einen Kandidaten mit längerer Projekterfahrung entschieden.
""",
        "rej_kurz": """
Leider können wir Ihnen keine Zusage geben.
Die Stelle ist leider schon vergeben.
Wir haben uns anders entschieden.
""",
        "rej_lang_versteckt": """
Wir wissen, dass hinter jeder Bewerbung viel Zeit und Mühe steckt, und möchten uns dafür ausdrücklich bedanken. In den vergangenen Wochen haben uns für diese Position über 250 Bewerbungen erreicht, die wir alle persönlich gesichtet haben. Bei {company} legen wir großen Wert auf ein faires und transparentes Auswahlverfahren, bei dem jede Bewerbung anhand derselben Kriterien bewertet wird. Nach Abschluss dieser Bewertung können wir Ihnen heute leider keine Einladung zu einem Gespräch aussprechen. Gerne möchten wir Sie aber in unseren Talentpool aufnehmen: Wenn Sie einverstanden sind, klicken Sie einfach auf den Link unten. Dort können Sie auch Ihre Jobpräferenzen hinterlegen.
Seit unserem Gespräch ist einige Zeit vergangen, und ich möchte mich zunächst für Ihre Geduld bedanken. Wie Sie wissen, haben wir die Stelle im Zuge unseres neuen Großprojekts in der Instandhaltung geschaffen, und wir haben insgesamt mit sechs Kandidatinnen und Kandidaten gesprochen. Ihr Fachwissen im Lieferantenmanagement hat uns sehr beeindruckt. Nach Abstimmung mit der Bereichsleitung fiel die Entscheidung jedoch auf eine Kollegin, die bereits mit unserem ERP-System gearbeitet hat. Ich bedaure das persönlich sehr. Für ein kurzes Feedbackgespräch stehe ich Ihnen gern zur Verfügung.
Als familiengeführtes Unternehmen mit über 80 Jahren Tradition wissen wir, wie wichtig die richtigen Menschen für unseren Erfolg sind. Deshalb nehmen wir uns für jede Bewerbung Zeit. Auch Ihre Unterlagen haben wir aufmerksam gelesen und mit den Anforderungen der Stelle abgeglichen. Für die Position als {role} haben wir uns für andere Bewerbende entschieden. Wir würden uns freuen, wenn Sie unser Unternehmen auch weiterhin verfolgen, etwa auf unserer Karriereseite oder bei einer unserer Ausbildungsmessen.
""",
        "rej_talentpool": """
Auch wenn es diesmal nicht geklappt hat, würden wir Ihre Daten gerne für zwölf Monate in unserem Bewerberpool speichern, um Sie bei passenden Vakanzen zu kontaktieren.
Für die aktuelle Stelle können wir Sie leider nicht berücksichtigen. Ihr Profil hat uns aber gut gefallen, bewerben Sie sich gerne erneut, wenn Sie eine passende Ausschreibung entdecken.
Wir haben den Prozess für diese Stelle mit anderen Bewerber*innen fortgesetzt. Ihr Profil bleibt, Ihr Einverständnis vorausgesetzt, in unserer Datenbank, und wir melden uns, sobald sich etwas Passendes ergibt.
""",
        "rej_ats_vorlage": """
SUBJECT: Ihre Bewerbung bei {company} || Nach Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Diese Nachricht wurde automatisch erstellt; bitte antworten Sie nicht darauf.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung für die Stelle {role} hat sich geändert: Absage. Weitere Informationen finden Sie in Ihrem Kandidatenprofil.
SUBJECT: Rückmeldung zu Ihrer Bewerbung || Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung in diesem Fall nicht erfolgreich war.
""",
        "rej_hochschule": """
Die Berufungskommission hat in ihrer Sitzung vom 12. Februar beschlossen, Sie nicht zu einem Probevortrag einzuladen. Wir bedanken uns für Ihr Interesse an der W2-Professur.
Für die Stelle als wissenschaftliche*r Mitarbeiter*in (E 13 TV-L, 65 %) am Lehrstuhl für Wirtschaftsinformatik haben wir uns nach Abschluss der Gespräche für eine andere Bewerbung entschieden.
""",
        "rej_ausbildung_praktikum": """
Für einen Ausbildungsplatz als Industriekaufmann/-frau zum 1. August können wir Sie leider nicht berücksichtigen, da alle Plätze bereits vergeben sind.
Ihre Bewerbung um ein Praktikum in unserer Marketingabteilung konnten wir leider nicht berücksichtigen, da die Praktikumsplätze für das Sommersemester bereits belegt sind.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Wir werden Ihre Unterlagen sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.
Deine Bewerbung ist bei uns angekommen! Wir schauen sie uns in den nächsten Tagen an und melden uns dann bei dir.
Ihre Bewerbung ist erfolgreich bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Bearbeitung einige Wochen in Anspruch nehmen kann.
Ihre Online-Bewerbung (ID 7741-DE) wurde übermittelt. Über Ihr Kandidatenportal können Sie jederzeit den aktuellen Stand einsehen.
SUBJECT: Eingangsbestätigung || Ihre Unterlagen liegen uns vollständig vor und wurden an die zuständige Fachabteilung weitergeleitet.
""",
        "ack_verzoegerung": """
Unser Auswahlverfahren verzögert sich aufgrund der Urlaubszeit. Wir bitten Sie noch um etwas Geduld und melden uns spätestens Mitte September.
Wir haben sehr viele Bewerbungen erhalten und benötigen daher etwas mehr Zeit als geplant. Ihre Bewerbung ist weiterhin im Verfahren.
Bislang konnten wir noch keine Entscheidung treffen, da noch Gespräche mit weiteren Kandidat:innen ausstehen. Wir kommen so schnell wie möglich auf Sie zu.
Ich möchte mich kurz melden, damit Sie nicht im Ungewissen bleiben: Die Besetzung ist wegen einer internen Abstimmung derzeit pausiert. Ihre Bewerbung ist davon nicht betroffen und bleibt aktiv.
""",
        "ack_unterlagen": """
Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir noch Ihr letztes Arbeitszeugnis sowie eine Kopie Ihres Hochschulabschlusses. Bitte laden Sie die Dokumente bis zum 15. im Portal hoch.
Kannst du uns noch kurz deine Gehaltsvorstellung und deinen frühestmöglichen Eintrittstermin schicken? Dann geht's direkt weiter.
Ihre Bewerbung ist unvollständig: Es fehlt das Anschreiben. Sobald es vorliegt, können wir Ihre Unterlagen prüfen.
""",
        "ack_zwischenstand": """
Ihre Bewerbung befindet sich aktuell in der Prüfung durch die Fachabteilung. Sie müssen derzeit nichts weiter unternehmen.
Zwischenstand: Die Fachabteilung hat Ihre Unterlagen erhalten und wird in den kommenden zwei Wochen über die Einladungen zu Gesprächen entscheiden.
Kurzes Update von meiner Seite: Der Kunde prüft Ihr Profil noch, mir wurde für Freitag eine Rückmeldung zugesagt.
Sie stehen derzeit auf unserer Nachrückerliste für das Auswahlverfahren. Sollte ein Platz frei werden, melden wir uns umgehend bei Ihnen.
""",
        "ack_behoerde": """
Wir bestätigen den Eingang Ihrer Bewerbung auf die Ausschreibung Kennziffer 14/2025. Da die Gremien beteiligt werden müssen, wird das Verfahren voraussichtlich mehrere Monate dauern; von Sachstandsanfragen bitten wir abzusehen.
Das Auswahlverfahren läuft noch. Nach Beteiligung des Personalrats werden alle Bewerberinnen und Bewerber schriftlich über das Ergebnis informiert.
""",
        "inv_gespraech": """
Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Dienstag, 14. Mai, um 10:00 Uhr in unsere Zentrale nach Köln einzuladen.
Ihre Unterlagen haben uns überzeugt! Gerne möchten wir Sie zu einem ersten Videointerview über Microsoft Teams einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin.
Wir möchten dich gern zu einem Interview mit unserem Tech-Lead einladen. Passt dir Donnerstag oder Freitag nachmittags?
Im Namen der Auswahlkommission lade ich Sie zu einem strukturierten Auswahlgespräch am 3. Juni ein. Bitte bestätigen Sie den Termin bis zum 27. Mai.
Herzlichen Glückwunsch, Sie haben die erste Runde erfolgreich gemeistert! Wir laden Sie zum Zweitgespräch mit der Geschäftsführung ein.
""",
        "inv_ohne_wort": """
Wir würden Sie gern näher kennenlernen. Hätten Sie in der kommenden Woche Zeit für ein kurzes Telefonat?
Magst du nächste Woche auf einen Kaffee bei uns im Büro vorbeikommen? Dann kannst du das Team kennenlernen und wir erzählen dir mehr über das Projekt.
Ich würde gern einen Termin mit Ihnen vereinbaren, um Ihre Erfahrungen und die Aufgaben im Team zu besprechen. Welche Zeitfenster passen Ihnen?
Wir laden Sie herzlich zu einem Probearbeitstag ein, damit Sie das Team und die Arbeitsabläufe vor Ort kennenlernen können.
Bitte buchen Sie über den Kalenderlink einen 30-minütigen Call mit unserer Teamleiterin.
""",
        "inv_test": """
Als nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren. Den Zugangslink erhalten Sie in einer separaten E-Mail; der Test ist innerhalb von sieben Tagen abzuschließen.
Wir laden Sie zu unserem Assessment-Center am 20. März in Hamburg ein. Eine Agenda und Hinweise zur Anreise finden Sie im Anhang.
Wir würden dir gern eine kleine Praxisaufgabe schicken. Plane dafür etwa drei Stunden ein, danach besprechen wir deine Lösung gemeinsam.
""",
        "off_angebot": """
Wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen per Post zu.
Herzlichen Glückwunsch! Wir möchten Sie gern in unserem Team begrüßen und unterbreiten Ihnen hiermit ein Angebot über ein Jahresbruttogehalt von 62.000 Euro.
Nach den Gesprächen freuen wir uns, Ihnen eine Zusage für die Stelle geben zu können. Im Anhang finden Sie Ihren Vertragsentwurf.
Der Personalrat hat der Einstellung zugestimmt. Wir können Ihnen daher die Stelle mit Entgeltgruppe E 11 TV-L zum 1. Oktober anbieten.
""",
        "off_ohne_wort": """
Wir wollen dich unbedingt im Team haben! Anbei dein Vertrag, schau ihn dir in Ruhe an und melde dich bei Fragen.
Gute Nachrichten: Die Entscheidung ist auf Sie gefallen. Bitte teilen Sie uns mit, ab wann Sie bei uns starten könnten.
Willkommen an Bord! Wir freuen uns, dass du ab dem 1. April Teil von {company} wirst.
Unser Kunde möchte Sie gerne einstellen und hat die Vertragsunterlagen bereits vorbereitet. Ich rufe Sie heute Nachmittag an, um die Konditionen durchzugehen.
""",
        "oth_alert": """
Neue Jobs für Ihre Suche „Projektmanager“ in München: 7 neue Stellenangebote, darunter {role} bei {company}.
Dein Job-Alarm: Heute gibt es 4 neue Stellen, die zu deinem Profil passen. Jetzt ansehen und mit einem Klick bewerben.
Stellenangebote der Woche: Entdecken Sie aktuelle Vakanzen in Vertrieb, IT und Verwaltung in Ihrer Region.
""",
        "oth_newsletter": """
Neues aus unserem Karriere-Blog: So läuft ein Tag im Rechenzentrum, fünf Tipps für Ihr Vorstellungsgespräch und unsere neuen Ausbildungsberufe für 2026.
{company} Insights: Wir wurden als familienfreundlicher Arbeitgeber ausgezeichnet, eröffnen einen Standort in Leipzig und stellen Ihnen unsere neuen Kolleginnen und Kollegen vor.
""",
        "oth_cold": """
Ich bin auf Ihr Profil bei XING aufmerksam geworden und betreue eine spannende Position als {role} bei einem mittelständischen Maschinenbauer im Raum Stuttgart. Hätten Sie Interesse an einem unverbindlichen Austausch?
Hallo, ich bin Personalberater für IT-Positionen und betreue aktuell mehrere Vakanzen, die gut zu deinem Hintergrund passen könnten. Schick mir gern deinen aktuellen Lebenslauf.
Sind Sie offen für eine neue Herausforderung? Für einen unserer Kunden, ein international tätiges Beratungsunternehmen, suchen wir erfahrene Fachkräfte im Controlling.
""",
        "oth_umfrage": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Nehmen Sie sich zwei Minuten Zeit für unsere anonyme Umfrage, Ihr Feedback hilft uns, besser zu werden.
""",
        "oth_veranstaltung": """
Komm zu unserem Karriere-Abend am 12. November! Lerne unsere Teams kennen, stelle Fragen und lass deinen Lebenslauf direkt vor Ort checken.
""",
        "oth_rueckzug": """
Wie gewünscht haben wir Ihre Bewerbung für die Stelle als {role} zurückgezogen. Ihre Daten werden gemäß unserer Datenschutzerklärung gelöscht.
Danke für deine Nachricht und herzlichen Glückwunsch zum neuen Job! Ich habe deine Bewerbung bei uns geschlossen.
""",
    },
    "fr": {
        "rej_examen_dossier": """
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de {role}.
Nous avons bien pris connaissance de votre candidature et l'avons examinée avec attention. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.
Votre profil présente de réelles qualités, mais il ne correspond pas tout à fait aux besoins actuels de l'équipe. Nous avons donc décidé de ne pas poursuivre le processus avec vous.
Nous avons reçu un grand nombre de candidatures pour ce poste et avons dû faire des choix difficiles. Nous ne pourrons malheureusement pas donner suite à la vôtre.
En réponse à votre candidature, nous vous informons que nous avons retenu des profils dont l'expérience correspond davantage aux exigences du poste.
Nous regrettons de ne pouvoir vous proposer d'entretien pour ce poste.
Suite à l'examen de votre candidature, nous avons le regret de vous annoncer qu'elle ne sera pas retenue.
""",
        "rej_tutoiement": """
On a bien regardé ton profil et on a beaucoup aimé ton parcours, mais on a finalement décidé de ne pas aller plus loin pour ce poste.
Merci encore pour ton temps lors de l'échange avec Julie. Après discussion avec l'équipe, on part sur un autre profil, plus orienté back-end.
Je vais être direct : on ne va pas continuer le process avec toi. Ce n'est pas une question de compétences, on cherche quelqu'un de plus senior pour encadrer l'équipe.
Désolé de ne pas avoir de meilleure nouvelle : le poste a été pourvu la semaine dernière.
Salut {first}, après ton test technique, on a décidé de ne pas te proposer la suite du processus. On te souhaite vraiment le meilleur pour la suite !
""",
        "rej_apres_entretien": """
Nous vous remercions pour l'entretien que vous nous avez accordé. Après mûre réflexion, nous avons le regret de vous informer que nous avons retenu une autre candidature.
Suite à nos échanges, nous avons finalisé notre processus de recrutement. Bien que votre profil ait retenu toute notre attention, nous avons choisi de poursuivre avec un candidat dont l'expérience du secteur bancaire correspond davantage à nos attentes.
Les membres du jury ont apprécié la qualité de votre présentation. Toutefois, après délibération, ils ont décidé de ne pas retenir votre candidature.
J'aurais préféré vous appeler, mais n'ayant pas réussi à vous joindre, je vous écris : nous avons fait le choix d'une autre candidate à l'issue du second entretien.
Nous avons été ravis de vous rencontrer et d'échanger sur votre parcours. C'est avec regret que nous vous annonçons que nous ne donnerons pas suite à votre candidature.
Votre candidature faisait partie des deux dernières que nous avions retenues. La décision a été très serrée, mais nous avons finalement proposé le poste à l'autre finaliste.
À l'issue des entretiens, nous ne sommes malheureusement pas en mesure de vous faire une proposition pour le poste de {role}.
""",
        "rej_apres_test": """
Nous avons bien reçu les résultats des tests en ligne que vous avez passés. Malheureusement, ils ne nous permettent pas de retenir votre candidature pour la suite du processus.
Votre cas pratique a été évalué par deux membres de l'équipe. Malgré des points intéressants, il ne répond pas suffisamment aux attentes du poste, et nous avons décidé d'arrêter le processus ici.
Suite à votre participation à notre journée d'évaluation, nous avons le regret de vous informer que vous n'avez pas été retenu(e) pour intégrer notre programme Graduate.
""",
        "rej_poste_pourvu_annule": """
Le poste de {role} pour lequel vous aviez postulé est désormais pourvu.
Nous vous informons que le recrutement pour ce poste est clos, la personne retenue ayant accepté notre proposition.
Le poste a été pourvu en interne. Nous ne pourrons donc pas donner suite à votre candidature.
Le poste a été supprimé suite à une réorganisation du service. Nous sommes contraints de clôturer l'ensemble des candidatures en cours.
""",
        "rej_fonction_publique": """
J'ai le regret de vous informer que la commission de recrutement n'a pas retenu votre candidature pour le poste d'attaché territorial (référence 2025-RH-118).
Suite à la réunion du jury du 5 mars, votre candidature n'a pas été retenue pour l'emploi de technicien principal. Vous pouvez solliciter un entretien avec le service RH pour obtenir un retour.
Le jury d'admission n'a pas prononcé votre admission. Vous trouverez ci-dessous le relevé de vos notes aux épreuves orales.
""",
        "rej_cabinet_client": """
Notre client a étudié votre dossier avec attention mais a décidé de ne pas poursuivre le processus. Je garde votre profil en tête pour d'autres missions.
Je reviens vers vous après l'entretien avec notre client : il a choisi de poursuivre avec un autre candidat, dont la disponibilité était plus immédiate.
Le client pour lequel nous recrutons a finalement retenu un profil plus expérimenté en gestion de projet SAP. Je suis sincèrement désolée de ne pas avoir de meilleure nouvelle.
""",
        "rej_court": """
Votre candidature n'a pas été retenue.
Malheureusement, c'est non pour cette fois.
""",
        "rej_long_noye": """
Le groupe {company} compte aujourd'hui plus de 12 000 collaborateurs dans 30 pays, et la diversité des parcours est au cœur de notre politique de recrutement : nous sommes d'ailleurs signataires de la Charte de la diversité et engagés en faveur de l'emploi des personnes en situation de handicap. Votre candidature au poste de {role} a fait l'objet d'un examen attentif par nos équipes RH et opérationnelles. Nous sommes toutefois au regret de ne pouvoir y répondre favorablement, d'autres profils correspondant plus précisément au besoin. Conformément au RGPD, vos données seront conservées deux ans dans notre vivier, sauf opposition de votre part.
Je reviens vers vous, comme promis, à l'issue de notre processus de recrutement. Le comité de sélection s'est réuni jeudi dernier pour étudier les quatre candidatures finalistes. Nous avons été très sensibles à votre motivation pour rejoindre une association engagée dans l'insertion, et votre expérience de bénévole a beaucoup compté dans nos échanges. Les discussions ont surtout porté sur la gestion des financements publics, qui sera centrale dans les mois à venir. Au final, le choix s'est porté sur une candidate qui a déjà piloté des dossiers FSE. Je sais combien cette réponse peut être décevante après tout l'investissement que vous avez fourni.
""",
        "rej_vivier": """
Même si nous ne pouvons pas donner suite à votre candidature pour ce poste, nous souhaiterions conserver votre CV dans notre base de talents afin de vous recontacter si une opportunité correspondant à votre profil se présentait.
Nous avons choisi de poursuivre avec d'autres candidats pour cette offre. N'hésitez pas à consulter régulièrement notre site carrière et à postuler à nouveau.
""",
        "rej_ats_modele": """
SUBJECT: Votre candidature chez {company} || Nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue. Ce message est envoyé automatiquement, merci de ne pas y répondre.
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature a été mis à jour : non retenue. Vous pouvez consulter vos autres candidatures depuis votre espace candidat.
""",
        "rej_stage_alternance": """
Nous avons bien étudié votre candidature pour un stage de six mois au sein de notre direction financière. Malheureusement, toutes nos offres de stage pour cette période sont désormais pourvues.
Le recrutement pour le poste en alternance a été abandonné faute de budget pour la rentrée, et nous ne pourrons donc pas poursuivre avec votre candidature.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à {company}.
Votre candidature a bien été enregistrée sous la référence FR-2025-3392. Vous pouvez suivre son avancement depuis votre espace candidat.
On a bien reçu ta candidature ! L'équipe la regarde dans les prochains jours et revient vers toi rapidement.
Votre dossier est complet et a été transmis au manager concerné pour étude.
""",
        "ack_delai": """
En raison du nombre important de candidatures reçues, le délai de traitement est plus long que prévu. Nous reviendrons vers vous dès que possible.
Le processus de recrutement pour ce poste est temporairement suspendu. Votre candidature reste active et sera étudiée dès la reprise.
Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue pour un entretien.
Nous n'avons pas encore pris de décision concernant le poste : quelques entretiens sont encore prévus la semaine prochaine. Merci pour votre patience.
""",
        "ack_pieces": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme ainsi que vos trois derniers bulletins de salaire.
Pourriez-vous nous indiquer vos prétentions salariales et votre préavis ? Cela nous permettra d'avancer sur votre candidature.
Votre dossier de candidature est incomplet : il manque la lettre de motivation. Merci de la déposer sur la plateforme avant le 30 avril.
""",
        "ack_statut": """
Votre candidature est actuellement en cours d'examen par nos équipes. Nous ne manquerons pas de revenir vers vous.
Petit point d'étape : votre profil a été présenté à notre client, qui doit nous faire un retour d'ici la fin de semaine.
Vous êtes inscrit(e) sur la liste complémentaire du concours. Vous pourrez être appelé(e) en fonction des postes vacants au cours de l'année.
""",
        "inv_entretien": """
Nous avons le plaisir de vous convier à un entretien pour le poste de {role}, le mardi 4 juin à 14 h dans nos locaux de Lyon.
Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer lors d'un entretien en visioconférence. Merci de réserver un créneau via le lien ci-dessous.
Tu es dispo cette semaine pour un entretien avec notre CTO ? Dis-moi ce qui t'arrange.
Vous êtes convoqué(e) aux épreuves orales d'admission le 18 septembre à 9 h 30. Merci de vous munir d'une pièce d'identité.
Félicitations, vous passez à l'étape suivante ! Nous vous proposons un second entretien avec la directrice commerciale.
""",
        "inv_sans_le_mot": """
Seriez-vous disponible pour un échange téléphonique d'une vingtaine de minutes cette semaine ? J'aimerais en savoir plus sur votre parcours.
On aimerait beaucoup te rencontrer autour d'un café pour discuter du poste. Tu serais libre jeudi ?
Nous aimerions organiser une rencontre avec l'équipe dans nos bureaux. Quelles sont vos disponibilités la semaine prochaine ?
""",
        "inv_test": """
La prochaine étape consiste en un test technique en ligne d'une durée de 60 minutes. Vous recevrez le lien d'accès dans un e-mail séparé.
Nous vous invitons à préparer un cas pratique que vous présenterez devant le jury le 12 mars.
""",
        "off_proposition": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une prise de poste au 2 septembre. Vous trouverez ci-joint notre proposition d'embauche.
Suite à nos entretiens, je suis ravie de vous annoncer que votre candidature a été retenue ! Nous vous adresserons votre contrat de travail dans les prochains jours.
Félicitations, tu rejoins l'équipe ! On t'envoie la promesse d'embauche aujourd'hui.
Bienvenue chez {company} ! Nous sommes heureux de vous compter parmi nous à partir du 6 janvier.
Notre client souhaite vous recruter et vous fait une offre à 48 k€ brut annuel, plus une part variable. Je vous appelle pour en discuter.
Veuillez trouver ci-joint votre contrat à durée déterminée de douze mois. Merci de nous le retourner signé avant vendredi.
Le jury vous a déclaré(e) admis(e). Vous serez nommé(e) stagiaire au 1er septembre ; votre arrêté de nomination vous sera transmis prochainement.
""",
        "oth_alert": """
12 nouvelles offres correspondent à votre alerte « chargé de communication » à Paris. Consultez-les dès maintenant.
Nouvelles opportunités pour vous : {role} chez {company}, Responsable marketing digital à Bordeaux et 5 autres offres.
""",
        "oth_newsletter": """
Découvrez les dernières actualités de {company} : ouverture de notre site à Nantes, portrait de Léa, ingénieure data, et nos conseils pour réussir votre entretien.
La lettre carrière du mois : forums étudiants, nouvelles offres en alternance et témoignages de nos collaborateurs.
""",
        "oth_cold": """
Bonjour, je suis consultante dans un cabinet spécialisé dans les métiers de la finance. Votre profil a retenu mon attention pour un poste de contrôleur de gestion chez l'un de nos clients. Seriez-vous ouvert à en discuter ?
Je me permets de vous contacter au sujet d'une opportunité en CDI dans une scale-up parisienne. Si le sujet vous intéresse, envoyez-moi votre CV à jour.
""",
        "oth_enquete": """
Votre avis compte ! Donnez-nous votre retour sur votre expérience de candidature en répondant à un questionnaire de trois minutes.
""",
        "oth_evenement": """
Participez à notre journée portes ouvertes le 15 novembre : rencontres avec nos équipes, ateliers CV et présentation de nos métiers.
""",
        "oth_retrait": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Nous vous souhaitons une belle réussite dans votre nouveau projet.
""",
    },
    "es": {
        "rej_tras_revision": """
Tras analizar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionado para continuar en el proceso para el puesto de {role}.
Hemos revisado su perfil con atención; sin embargo, en esta ocasión hemos optado por otros candidatos cuya experiencia se ajusta más a los requisitos de la posición.
Le informamos que su candidatura no ha sido preseleccionada para la siguiente fase del proceso.
Recibimos un número muy elevado de postulaciones para esta vacante y, lamentablemente, su perfil no fue elegido para avanzar a la etapa de entrevistas.
Después de valorar todas las candidaturas recibidas, hemos decidido no seguir adelante con la suya. Le agradecemos el tiempo dedicado.
Sentimos comunicarle que su perfil no encaja con lo que buscamos actualmente para el equipo de {role}.
""",
        "rej_tuteo": """
Hemos revisado tu perfil y, aunque tiene cosas muy interesantes, en esta ocasión no vamos a seguir adelante con tu candidatura.
Te escribo para contarte que al final nos hemos decidido por otra persona para el puesto. Nos gustó mucho conocerte.
Gracias por la prueba técnica que nos enviaste. La hemos revisado con el equipo y, por ahora, no vamos a avanzar contigo en el proceso.
Oye, {first}, siento no traerte mejores noticias: la vacante ya está cubierta.
En esta ocasión no podremos avanzar con tu postulación, pero nos encantaría que siguieras pendiente de nuestras próximas búsquedas.
""",
        "rej_tras_entrevista": """
Le agradecemos el tiempo dedicado a la entrevista con nuestro equipo. Tras valorar a todos los finalistas, hemos decidido continuar con otro candidato.
Ha sido un placer conocerle. Lamentablemente, después de las entrevistas hemos elegido un perfil con mayor experiencia en gestión de equipos.
Nos ha costado mucho tomar esta decisión, ya que usted estaba entre los dos finalistas. Finalmente, hemos ofrecido el puesto a la otra persona.
Después de la segunda entrevista, el comité de selección ha decidido no continuar con su candidatura. Quedamos a su disposición si desea recibir retroalimentación.
Queríamos agradecerle su participación en el proceso de selección. Le comunicamos que el puesto ha sido asignado a otro candidato.
Tras la entrevista con la dirección, lamentamos informarle de que no podemos hacerle una oferta.
Gracias por tu tiempo en la entrevista del jueves. El equipo quedó con buena impresión, pero buscamos a alguien con más experiencia en ventas B2B y hemos decidido cerrar el proceso contigo.
""",
        "rej_tras_prueba": """
Hemos recibido los resultados de las pruebas psicotécnicas. Lamentamos informarle que no ha alcanzado la puntuación mínima requerida para continuar.
Su caso práctico ha sido evaluado por el equipo técnico. Si bien tiene aspectos valiosos, no cumple con el nivel esperado para el puesto, por lo que no continuaremos con su candidatura.
Tras su participación en el assessment center, lamentamos comunicarle que no ha sido seleccionado para el programa de jóvenes talentos.
""",
        "rej_cubierta_cancelada": """
Le informamos de que la vacante de {role} ya ha sido cubierta.
El proceso de selección para esta posición ha finalizado y la plaza ya fue ocupada.
Debido a una reorganización interna, la posición ha sido cancelada y no continuaremos con el proceso de selección.
La vacante se ha cubierto con una promoción interna, por lo que no seguiremos adelante con candidatos externos.
Por motivos presupuestarios, la empresa ha decidido congelar esta contratación y cerrar la oferta. Lamentamos no poder continuar con su candidatura.
""",
        "rej_sector_publico": """
Una vez finalizado el proceso selectivo, le comunicamos que no ha superado la fase de concurso. Puede consultar las puntuaciones en la sede electrónica.
Publicada la relación definitiva de aprobados, su nombre no figura entre los aspirantes que han superado el primer ejercicio. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
La comisión de valoración ha resuelto la convocatoria de la plaza de técnico de gestión y, lamentablemente, su candidatura no ha resultado seleccionada.
""",
        "rej_consultora_cliente": """
Nuestro cliente ha revisado su perfil y ha decidido no continuar con su candidatura. Le tendremos en cuenta para futuros procesos que encajen con su experiencia.
Te escribo tras hablar con el cliente: han optado por otro candidato con disponibilidad inmediata. Lo siento mucho, seguimos en contacto.
La empresa para la que realizábamos la búsqueda ha cerrado el proceso con otro finalista. Le agradecemos su confianza en nuestra consultora.
""",
        "rej_corto": """
Su candidatura no ha sido seleccionada.
Lo sentimos, la plaza ya está cubierta.
""",
        "rej_largo": """
Lamentamos comunicarle que su candidatura para {role} no continuará en el proceso. Sabemos que no es la noticia que esperaba, y por eso queremos explicarle brevemente cómo trabajamos. En {company} cada currículum es leído por una persona del equipo de Talento, no por un filtro automático, y valoramos la experiencia, la formación y la motivación con los mismos criterios para todos. Para esta vacante buscábamos experiencia previa en certificaciones ISO 9001 en planta, un requisito que no encontramos en su trayectoria. Conservaremos sus datos durante doce meses, conforme a nuestra política de privacidad, y le animamos a seguirnos en redes sociales para conocer nuestras novedades.
¡Hola! Primero que todo, gracias por el entusiasmo que le pusiste a cada etapa. Te cuento un poco cómo fue el proceso: recibimos 140 postulaciones, hicimos 12 entrevistas y llegamos a tres finalistas, tú entre ellos. Tu caso de negocio fue de los mejores que vimos y el equipo lo comentó varios días. Lamentablemente, la decisión final fue por otra persona, sobre todo porque necesitamos a alguien que pueda estar presencial en Bogotá desde el primer día. Si en algún momento te mudas, escríbeme sin dudarlo.
""",
        "rej_bolsa_talento": """
Aunque en esta ocasión su candidatura no ha sido seleccionada, nos gustaría incorporarla a nuestra bolsa de talento para futuras oportunidades.
No seguiremos adelante con su postulación para esta vacante, pero le invitamos a postularse a otras ofertas publicadas en nuestro portal de empleo.
""",
        "rej_ats_plantilla": """
SUBJECT: Actualización de tu candidatura en {company} || Lamentamos informarte que no has sido seleccionado para el puesto de {role}. Este es un mensaje automático, por favor no respondas.
SUBJECT: Estado de su postulación || El estado de su postulación ha cambiado a: Descartado. Puede revisar sus otras postulaciones en su perfil de candidato.
""",
        "rej_practicas": """
Todas las plazas del programa de prácticas de verano ya han sido asignadas, por lo que no podremos avanzar con tu solicitud.
""",
        "ack_recepcion": """
Hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo la revisará y nos pondremos en contacto con usted si su perfil se ajusta a lo que buscamos.
¡Tu postulación fue enviada con éxito! Puedes consultar su estado en cualquier momento desde tu perfil.
Confirmamos la recepción de su currículum. El proceso de selección se encuentra en fase de revisión de candidaturas.
Te confirmamos que recibimos tu solicitud. El proceso puede tardar algunas semanas; te mantendremos informado.
""",
        "ack_demora": """
Debido al alto volumen de candidaturas, el proceso se está alargando más de lo previsto. Le pedimos disculpas y le mantendremos informado.
El proceso para esta vacante se encuentra en pausa temporal. Su candidatura sigue activa y retomaremos el contacto en cuanto se reactive.
Aún no tenemos una decisión: el responsable del área está de vacaciones y retomará las entrevistas a su regreso.
Si no recibe noticias nuestras en un plazo de 30 días, su candidatura quedará registrada en nuestra base de datos para futuros procesos.
""",
        "ack_documentacion": """
Para continuar con su proceso, necesitamos que nos envíe copia de su título universitario y de su documento de identidad.
¿Podrías indicarnos tu pretensión salarial y tu disponibilidad para incorporarte? Así podremos avanzar.
Le recordamos que debe completar el formulario de datos personales en el portal antes del viernes para que su candidatura pueda ser evaluada.
""",
        "ack_estado": """
Su candidatura se encuentra actualmente en revisión por parte del área solicitante.
Te cuento cómo va todo: el cliente sigue entrevistando a otros candidatos y espera tomar una decisión la próxima semana. Te aviso en cuanto sepa algo.
Ha quedado incluido en la bolsa de reserva de la convocatoria. En caso de producirse vacantes, se le llamará según el orden de puntuación.
""",
        "inv_entrevista": """
Nos complace invitarle a una entrevista para el puesto de {role} el próximo martes a las 10:00 en nuestras oficinas de Madrid.
¡Enhorabuena! Has pasado a la siguiente fase. Queremos hacerte una entrevista por videollamada con la responsable del equipo. Elige un horario en el siguiente enlace.
Su perfil ha sido preseleccionado. Le convocamos a una entrevista por competencias el día 15 a las 12:00 horas.
Nos gustaría agendar una entrevista contigo para conocerte mejor. ¿Qué día te viene bien esta semana?
Queda usted convocado a la entrevista personal del proceso selectivo, que se celebrará el 22 de mayo en la sede de la Consejería.
""",
        "inv_sin_palabra": """
¿Tendría disponibilidad para una llamada de 20 minutos esta semana? Me gustaría contarle más sobre la posición.
Nos encantaría que vinieras a la oficina a conocer al equipo y tomar un café. ¿Te va bien el jueves por la tarde?
Le propongo una videollamada con el director de operaciones para profundizar en su experiencia. Indíqueme su disponibilidad.
""",
        "inv_prueba": """
Como siguiente paso del proceso, le invitamos a realizar una prueba técnica online. Dispone de 72 horas para completarla.
Te enviamos un caso práctico para que lo prepares y lo presentes ante el equipo la próxima semana.
""",
        "off_oferta": """
Nos complace ofrecerle el puesto de {role} en {company}, con incorporación el 1 de septiembre. Adjuntamos la carta oferta con las condiciones.
¡Felicidades! Has sido seleccionado para el puesto. En breve te enviaremos el contrato para que lo revises.
Queremos que formes parte del equipo. Te paso la propuesta económica y, si estás de acuerdo, preparamos el contrato.
¡Bienvenido a {company}! Tu primer día será el lunes 3 de marzo; recibirás un correo con todos los detalles de tu incorporación.
Nuestro cliente ha decidido contratarle y le ofrece un salario bruto anual de 42.000 euros. Le llamaré para comentar los detalles.
Adjunto encontrará su contrato indefinido. Le rogamos que nos lo devuelva firmado antes del viernes.
Tras la resolución del proceso selectivo, ha resultado seleccionado para la plaza. Deberá presentar la documentación requerida en el plazo de veinte días hábiles para formalizar su nombramiento.
""",
        "oth_alert": """
Nuevas ofertas para ti: 9 empleos de {role} publicados hoy en Barcelona.
Alerta de empleo: hay 6 vacantes nuevas que coinciden con tu búsqueda. Postúlate antes que nadie.
""",
        "oth_newsletter": """
Novedades de {company}: abrimos nueva sede en Valencia, conoce a nuestro equipo de datos y descubre nuestras vacantes destacadas del mes.
Boletín de empleo: consejos para tu entrevista, ferias de empleo en tu ciudad y las empresas que más contratan este trimestre.
""",
        "oth_cold": """
Hola, soy headhunter especializado en perfiles tecnológicos. Tengo una posición de {role} en una empresa líder del sector que podría interesarte. ¿Hablamos?
Le escribo de parte de una consultora de selección. Estamos buscando perfiles como el suyo para varias posiciones en México y Colombia. Si le interesa, envíenos su CV actualizado.
""",
        "oth_encuesta": """
¿Cómo valoras tu experiencia con nuestro proceso de selección? Responde a esta breve encuesta, solo te llevará dos minutos.
""",
        "oth_evento": """
Te invitamos a nuestro Career Day virtual el 20 de octubre: charlas con el equipo, talleres de CV y networking.
""",
        "oth_retirada": """
Tal como nos solicitó, hemos retirado su candidatura al puesto de {role}. Le deseamos mucho éxito en su nueva etapa.
""",
    },
    "pt": {
        "rej_analise_curriculo": """
Após uma análise cuidadosa do seu currículo, informamos que a sua candidatura não foi selecionada para a próxima fase do processo de recrutamento para {role}.
Agradecemos seu interesse, mas neste momento optamos por seguir com profissionais cuja trajetória está mais alinhada aos requisitos técnicos da vaga.
Neste processo participaram mais de 600 pessoas e, infelizmente, desta vez o seu perfil não avançou para a etapa de entrevistas.
Lamentamos informar que não daremos seguimento à sua candidatura.
Embora reconheçamos a sua experiência em contabilidade, a função exige domínio das normas IFRS e experiência em consolidação, razão pela qual não iremos prosseguir.
Passando para contar que sua candidatura não seguiu para a etapa seguinte da seleção. Sabemos que não é a notícia que você esperava.
""",
        "rej_informal": """
Olha, vou ser direta: decidimos seguir com outra pessoa para a vaga. Adorei nossa conversa e espero que a gente se cruze de novo.
Vimos o teu perfil com atenção e gostámos bastante, mas desta vez não vamos avançar com a tua candidatura.
Obrigado pelo teu tempo na entrevista com a Inês. Depois de falarmos em equipa, decidimos avançar com um perfil mais sénior.
Oi {first}! Passando pra avisar que a vaga já foi preenchida. Valeu demais pelo interesse!
Depois do desafio técnico, resolvemos não seguir com você no processo. Curtimos sua solução, mas buscamos alguém com mais experiência em arquitetura de sistemas.
""",
        "rej_pos_entrevista": """
Obrigada pela conversa de ontem com a nossa equipa. Ponderámos bastante, mas a escolha recaiu sobre outra candidata.
Foi um prazer conhecê-lo pessoalmente em Braga. Infelizmente, após a última etapa, optámos por alguém com mais anos de experiência em gestão de obra.
Você chegou até a última fase, o que já diz muito sobre o seu perfil. Mesmo assim, a posição foi oferecida a outro finalista, e quero que saiba que foi uma decisão apertada.
Depois do painel com a direção, concluímos o processo e não vamos prosseguir com a sua candidatura.
O comitê avaliou todas as entrevistas realizadas e decidiu não seguir com o seu nome para a proposta.
Após a entrevista técnica, a equipa concluiu que o seu perfil não corresponde ao nível de senioridade que procuramos para esta função.
Queríamos dar um retorno sobre a entrevista da semana passada: o time gostou muito de você, mas seguimos com uma candidata que já tinha vivência no setor de saúde.
""",
        "rej_pos_teste": """
Recebemos o resultado da prova online de raciocínio lógico e, infelizmente, a sua pontuação ficou abaixo do mínimo exigido para continuar.
O seu case foi avaliado pela equipa técnica. Apesar de alguns pontos fortes, não atingiu o nível esperado, pelo que o processo termina aqui.
Após a dinâmica de grupo e o painel com os gestores, informamos que você não foi selecionado para o programa de trainee deste ano.
""",
        "rej_vaga_encerrada": """
Informamos que a vaga de {role} já foi preenchida.
O recrutamento para esta posição foi concluído com a contratação de outro profissional, e por isso encerramos as restantes candidaturas.
Com a reestruturação da área comercial, a vaga deixou de existir e o processo seletivo foi encerrado sem contratação.
Optamos por preencher a posição com um colaborador da casa, por isso não seguiremos com candidatos externos.
Por questões orçamentais, a administração decidiu não abrir esta posição em 2025. Lamentamos não poder continuar com a sua candidatura.
""",
        "rej_setor_publico": """
Informa-se que, após a aplicação do método de seleção avaliação curricular, foi excluído do procedimento concursal por não ter obtido a classificação mínima de 9,5 valores. Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
Comunicamos que o resultado final do processo seletivo foi homologado e o seu nome não consta da lista de aprovados.
Conforme o edital publicado, sua inscrição foi indeferida por não atender aos requisitos mínimos exigidos para o cargo.
""",
        "rej_agencia_cliente": """
O nosso cliente analisou o seu perfil e decidiu não avançar. Continuarei atento a outras oportunidades que se adequem à sua experiência.
Falei com o cliente depois da sua entrevista: eles optaram por um candidato com disponibilidade imediata. Sinto muito!
A empresa cliente encerrou o processo com outro finalista. Agradecemos a confiança na nossa consultoria.
""",
        "rej_curto": """
A sua candidatura não foi selecionada.
Vaga encerrada, seguimos com outro perfil.
""",
        "rej_longo": """
A {company} nasceu há trinta anos numa pequena oficina em Aveiro e hoje conta com mais de dois mil colaboradores em quatro países, algo que só foi possível graças às pessoas certas. É por isso que levamos cada processo de recrutamento muito a sério e lemos todas as candidaturas com a atenção que merecem. Depois de comparar o seu percurso com o que a equipa de {role} precisa neste momento, decidimos não avançar consigo. Gostaríamos, ainda assim, de manter o seu currículo na nossa bolsa de talento durante um ano; se não concordar, basta responder a este e-mail.
Espero que esteja tudo bem com você e que o feriado tenha sido bom. Antes de tudo, quero agradecer pela dedicação em todas as etapas, especialmente pelo case que você apresentou, que rendeu uma ótima discussão entre os gestores. Tivemos semanas bem corridas com a migração do sistema, e peço desculpas pela demora no retorno. No fim, o time decidiu seguir com outra pessoa para a vaga. Fica aqui meu contato caso queira um feedback mais detalhado ou simplesmente trocar uma ideia sobre carreira.
""",
        "rej_banco_talentos": """
Embora sua candidatura não tenha sido selecionada desta vez, seu currículo ficará em nosso banco de talentos para futuras oportunidades.
Não vamos avançar para esta vaga, mas convidamos você a se candidatar a outras posições abertas em nosso site de carreiras.
""",
        "rej_ats_modelo": """
SUBJECT: Atualização sobre sua candidatura || Agradecemos sua participação no processo seletivo para {role}. Infelizmente, seu perfil não foi selecionado para as próximas etapas. Esta é uma mensagem automática.
SUBJECT: Estado da sua candidatura || O estado da sua candidatura foi alterado para: Não selecionado. Pode consultar as restantes candidaturas na sua área de candidato.
""",
        "rej_estagio": """
Todas as vagas do programa de estágio de verão já foram preenchidas, por isso não vamos poder avançar com a tua candidatura.
""",
        "ack_rececao": """
Confirmamos a receção da sua candidatura para a função de {role}. A nossa equipa irá analisá-la e entraremos em contacto caso o seu perfil corresponda ao pretendido.
Oba, sua inscrição chegou! Nosso time de pessoas vai olhar cada currículo com carinho, e você pode acompanhar o andamento pela nossa plataforma de vagas.
Recebemos o teu currículo! Vamos analisá-lo nos próximos dias e damos-te notícias em breve.
Seu cadastro no processo seletivo foi concluído. A próxima etapa, caso seu perfil seja aprovado na triagem, será comunicada por e-mail.
""",
        "ack_atraso": """
Pedimos desculpa pelo silêncio: a quantidade de candidaturas superou as nossas expectativas e a triagem ainda não está concluída.
A abertura desta vaga foi congelada temporariamente pela diretoria. Nenhuma decisão foi tomada sobre os candidatos, e avisaremos assim que houver novidades.
Estamos a aguardar a aprovação final do orçamento para esta posição; só depois poderemos marcar as próximas etapas. A sua candidatura mantém-se ativa.
Informamos que somente os candidatos selecionados para a próxima fase serão contactados. Agradecemos a compreensão.
""",
        "ack_documentos": """
Para darmos seguimento ao processo, precisamos que nos envie cópia do certificado de habilitações e do cartão de cidadão.
Pode mandar pra gente sua pretensão salarial e quando poderia começar? Com isso já seguimos com o processo.
Lembramos que o prazo para o envio dos documentos comprovativos termina no dia 30. Candidaturas sem documentação completa não poderão ser avaliadas.
""",
        "ack_estado": """
Boa notícia: o seu currículo passou para a fase de avaliação pelo gestor da equipa. Não precisa de fazer nada por agora.
Só para te manter a par: o cliente ainda está a entrevistar outros candidatos e deve decidir até ao fim da semana.
Você foi classificado e figura no cadastro de reserva do concurso. A convocação ocorrerá conforme a necessidade da administração e a ordem de classificação.
""",
        "inv_entrevista": """
Temos o prazer de convidá-lo para uma entrevista presencial no nosso escritório de Lisboa, na próxima terça-feira às 10h00. Por favor, confirme a sua presença.
Parabéns, você avançou no processo! A próxima etapa é uma entrevista online com a gestora da área, com duração de cerca de 40 minutos. Escolha o horário no link abaixo.
Vimos o teu portefólio e queremos muito conhecer-te numa entrevista com a equipa de produto. Quarta ou quinta às 15h, o que te dá mais jeito?
Fica convocado para a entrevista profissional de seleção, que terá lugar no dia 22 de maio, nas instalações da Câmara Municipal.
Você foi selecionado para a etapa de entrevista com o RH. Vamos te ligar amanhã entre 9h e 11h; se não puder atender nesse horário, responda a este e-mail.
""",
        "inv_sem_palavra": """
Teria disponibilidade para uma conversa de 20 minutos por telefone esta semana? Gostaria de lhe falar mais sobre a posição e perceber as suas expectativas.
Bora marcar um café aqui no escritório pra você conhecer o time? Quinta à tarde funciona?
Gostaríamos de agendar um bate-papo com o diretor de operações. Pode nos passar sua disponibilidade para a próxima semana?
""",
        "inv_teste": """
A próxima fase do processo é uma avaliação online de lógica e inglês. O link fica disponível por 72 horas a partir do recebimento deste e-mail.
Segue em anexo um caso prático para preparares e apresentares à equipa na próxima segunda-feira.
""",
        "off_proposta": """
É com grande satisfação que lhe apresentamos uma proposta para integrar a {company} como {role}, com início a 1 de setembro. Segue em anexo a carta-proposta com as condições.
Parabéns! Você foi aprovado para a vaga. Em breve enviaremos a proposta formal e a lista de documentos para a admissão.
Queremos muito que venhas fazer parte da equipa! Envio-te a proposta salarial e, se concordares, preparamos o contrato.
Seja muito bem-vindo ao time! Seu primeiro dia será na segunda, 3 de março, e o kit de boas-vindas já está a caminho da sua casa.
O nosso cliente decidiu contratá-lo e propõe uma remuneração de 2.300 euros brutos mensais, em 14 meses. Ligo-lhe ainda hoje para falarmos dos detalhes.
Segue em anexo o seu contrato de trabalho sem termo. Pedimos que o devolva assinado até sexta-feira.
Você foi aprovado no processo seletivo e está convocado para a admissão. Apresente a documentação listada no edital no prazo de 10 dias úteis.
""",
        "oth_alert": """
Encontrámos 14 ofertas novas que correspondem ao seu perfil, incluindo {role} na {company}. Veja-as antes que expirem.
Vagas da semana em São Paulo: analista de dados, engenheiro de software e mais 23 oportunidades esperando por você.
""",
        "oth_newsletter": """
Conheça a história da Mariana, que entrou como estagiária e hoje lidera o time de logística, e confira as vagas abertas do mês na {company}.
Newsletter de carreiras: como negociar salário, dicas de LinkedIn e o calendário das próximas feiras de emprego universitárias.
""",
        "oth_cold": """
Olá, sou headhunter especializada em tecnologia e estou a apoiar uma empresa em forte crescimento no Porto. Tenho uma posição de {role} que pode ser do seu interesse. Podemos falar?
Estou recrutando para um cliente do setor financeiro em São Paulo e achei seu perfil no LinkedIn muito interessante. Se estiver aberto a novas oportunidades, me envie seu CV atualizado.
""",
        "oth_inquerito": """
Ajude-nos a melhorar! Conte-nos, em cinco perguntas rápidas, o que achou do nosso processo seletivo.
""",
        "oth_evento": """
Inscreva-se no nosso Tech Talk ao vivo no dia 20 de outubro: engenheiros da {company} mostram os bastidores dos nossos produtos e respondem a perguntas.
""",
        "oth_desistencia": """
Conforme solicitado, cancelámos a sua candidatura e eliminámos os seus dados da nossa base. Desejamos-lhe muito sucesso.
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
            "Good afternoon {first},",
            "Dear Candidate,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for taking the time to apply.",
            "We appreciate your interest in joining {company}.",
            "Thank you for the time you have invested in your application.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your search; we hope you find the right role soon.",
            "We wish you all the best for the future.",
            "All the best with your next steps.",
            "We hope you find a position that matches your ambitions.",
        ],
        "marketing": [
            "At {company}, we build logistics software that moves more than two million parcels a day across Europe. Our 900 people work from hubs in Leeds, Rotterdam and Kraków, and we were named a Top Employer for the third year running.",
            "{company} is on a mission to make healthcare data useful. Since 2016 we have grown from a team of five to over 300 people, backed by leading investors and trusted by more than 80 hospitals.",
            "Founded in Bristol, {company} creates award-winning games and interactive stories played by millions worldwide. We are a remote-first studio with a four-day week pilot and a strong culture of learning.",
            "As a people-first organisation, {company} offers flexible working, 30 days of annual leave and a dedicated learning budget for every colleague.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}\nTalent Acquisition | {company}",
            "Warm regards,\nThe {company} Recruiting Team",
            "Many thanks,\n{sender_first}",
            "Sincerely,\n{sender}\nHuman Resources",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This is an automated message. Please do not reply to this email.",
            "You are receiving this email because you applied for a position at {company}. To manage your data, visit your candidate profile.",
            "{company} is an equal opportunity employer and values diversity. All applicants receive consideration without regard to race, religion, gender, sexual orientation, age or disability.",
            "Unsubscribe | Privacy policy | Manage email preferences",
            "{company}, registered in England and Wales. This email and any attachments are confidential and intended solely for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Update on your application for {role}",
            "Application for {role} at {company}",
            "Re: {role} application",
            "Your candidacy at {company}",
        ],
        "subject_inv": [
            "Interview invitation: {role}",
            "Next steps with {company}",
            "Let's talk about the {role} role",
            "Scheduling your conversation with {company}",
            "Invitation: {role} assessment",
        ],
        "subject_off": [
            "Offer of employment: {role}",
            "Your offer from {company}",
            "Welcome to {company}!",
            "Great news about the {role} role",
            "Contract documents for {role}",
        ],
        "subject_oth": [
            "Jobs you might like",
            "News from {company}",
            "Tell us about your experience",
            "An opportunity you may be interested in",
            "Your {company} careers account",
            "Join us at our careers event",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag Alex Rivera,",
            "Liebe*r Alex Rivera,",
            "Hi {first},",
            "Sehr geehrte:r Alex Rivera,",
            "Guten Tag,",
        ],
        "thanks": [
            "Vielen Dank für die Bewerbung und das Interesse an {company}.",
            "Herzlichen Dank für die Bewerbung als {role}.",
            "Danke für das Vertrauen, das in der Bewerbung bei {company} zum Ausdruck kommt.",
            "Vielen Dank für die Zeit, die in die Bewerbungsunterlagen geflossen ist.",
        ],
        "wish": [
            "Für die weitere berufliche Zukunft wünschen wir alles Gute und viel Erfolg.",
            "Alles Gute für die weitere Jobsuche!",
            "Wir wünschen weiterhin viel Erfolg bei der Stellensuche.",
            "Für den weiteren Weg alles Gute.",
        ],
        "marketing": [
            "{company} versorgt seit 1998 rund 400.000 Haushalte in Norddeutschland mit Ökostrom. Mit mehr als 1.200 Mitarbeitenden gestalten wir die Energiewende aktiv mit.",
            "Als inhabergeführtes Unternehmen im Maschinenbau steht {company} für Qualität made in Germany. Flexible Arbeitszeitmodelle, betriebliche Altersvorsorge und ein JobRad gehören bei uns selbstverständlich dazu.",
            "Bei {company} entwickeln über 200 Menschen aus 35 Nationen Software für die Finanzbranche, remote oder in unseren Büros in Berlin und Wien.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung | {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\nDein Recruiting-Team von {company}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company}, Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg HRB 123456, Geschäftsführung: Dr. Ute Brandt, Henrik Olsen.",
            "Informationen zur Verarbeitung personenbezogener Daten im Bewerbungsverfahren finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Newsletter abbestellen | Impressum | Datenschutz",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Rückmeldung zur Bewerbung: {role}",
            "Bewerbung bei {company}",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächste Schritte bei {company}",
            "Terminvorschlag: {role}",
            "Kennenlernen bei {company}",
        ],
        "subject_off": [
            "Vertragsangebot: {role}",
            "Willkommen bei {company}!",
            "Ihre Zusage für die Stelle als {role}",
            "Gute Neuigkeiten von {company}",
        ],
        "subject_oth": [
            "Neue Jobs für dich",
            "Neuigkeiten von {company}",
            "Ihre Meinung ist uns wichtig",
            "Spannende Position als {role}",
            "Einladung zum Karriere-Event",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Madame, Monsieur,",
            "Hello {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Merci pour la candidature au poste de {role}.",
            "Nous vous remercions de l'intérêt porté à {company}.",
            "Merci d'avoir pris le temps de postuler chez {company}.",
            "Toute l'équipe de {company} vous remercie pour la candidature transmise.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans vos projets professionnels.",
            "Tous nos vœux de réussite pour la suite.",
            "Nous vous souhaitons le meilleur pour la suite de votre parcours.",
        ],
        "marketing": [
            "Acteur majeur du numérique responsable, {company} accompagne depuis 2009 les collectivités et les PME dans leur transformation digitale. Nos 450 collaborateurs sont répartis entre Paris, Lyon et Montréal.",
            "Chez {company}, nous croyons qu'une alimentation de qualité doit être accessible à tous. Entreprise à mission depuis 2021, nous employons 1 100 personnes en France et en Belgique.",
            "Rejoindre {company}, c'est intégrer une équipe bienveillante, bénéficier du télétravail jusqu'à trois jours par semaine et d'un parcours de formation sur mesure.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nResponsable recrutement | {company}",
            "L'équipe Talents de {company}",
            "Belle journée,\n{sender_first}",
            "Veuillez agréer nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
        ],
        "footer": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données depuis votre espace candidat.",
            "{company} SAS au capital de 250 000 euros, RCS Lyon 812 345 678.",
            "Se désabonner | Politique de confidentialité",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature {role} chez {company}",
            "Suite donnée à votre candidature",
            "RE: Candidature {role}",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien",
            "Prochaine étape chez {company}",
            "Échange au sujet du poste de {role}",
            "Convocation",
        ],
        "subject_off": [
            "Proposition d'embauche : {role}",
            "Bienvenue chez {company} !",
            "Votre contrat de travail",
            "Bonne nouvelle de {company}",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "Les actualités de {company}",
            "Donnez-nous votre avis",
            "Opportunité : {role}",
            "Journée portes ouvertes",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a Alex Rivera:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Estimado candidato:",
        ],
        "thanks": [
            "Gracias por el interés en formar parte de {company}.",
            "Agradecemos la candidatura para el puesto de {role}.",
            "Muchas gracias por participar en nuestro proceso de selección.",
            "Gracias por postular a la vacante de {role} en {company}.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda de empleo.",
            "Te deseamos lo mejor en tus próximos pasos profesionales.",
            "Mucha suerte en la búsqueda.",
            "Le deseamos éxito en sus futuros proyectos profesionales.",
        ],
        "marketing": [
            "{company} es una empresa líder en movilidad sostenible con presencia en España, Portugal y México. Más de 2.000 profesionales trabajan cada día para transformar la forma en que nos movemos.",
            "En {company} llevamos más de 60 años llevando productos frescos del campo a la mesa. Ofrecemos jornada intensiva los viernes, formación continua y un plan de retribución flexible.",
            "Somos una ingeniería con sede en Sevilla y proyectos en cuatro continentes. En {company} apostamos por el talento joven y la igualdad de oportunidades.",
        ],
        "sign": [
            "Un cordial saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Saludos,\n{sender_first}",
            "Equipo de Talento de {company}",
            "Un abrazo,\n{sender_first}",
        ],
        "footer": [
            "Este es un mensaje automático; por favor, no responda a este correo.",
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad de {company}.",
            "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.",
            "Darse de baja | Política de privacidad",
        ],
        "subject_app": [
            "Tu candidatura en {company}",
            "Proceso de selección: {role}",
            "Respuesta a su candidatura",
            "RE: Candidatura {role}",
            "Información sobre su postulación",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Siguiente paso en {company}",
            "Convocatoria: {role}",
            "¿Hablamos sobre el puesto de {role}?",
        ],
        "subject_off": [
            "Carta oferta: {role}",
            "¡Bienvenido a {company}!",
            "Tu contrato con {company}",
            "Buenas noticias sobre tu candidatura",
        ],
        "subject_oth": [
            "Nuevas ofertas de empleo para ti",
            "Novedades de {company}",
            "Cuéntanos tu experiencia",
            "Oportunidad profesional: {role}",
            "Career Day de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) Alex Rivera,",
            "Prezado(a) Alex Rivera,",
            "Oi {first},",
            "Bom dia,",
        ],
        "thanks": [
            "Obrigado pela candidatura à vaga de {role}.",
            "Agradecemos o interesse em fazer parte da {company}.",
            "Muito obrigado pela participação no nosso processo de recrutamento.",
            "Agradecemos o tempo dedicado à candidatura na {company}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua carreira.",
            "Boa sorte nos próximos desafios!",
            "Votos de sucesso profissional.",
            "Desejamos tudo de bom na sua jornada profissional.",
        ],
        "marketing": [
            "A {company} é referência na indústria têxtil portuguesa, exportando para mais de 40 países. Com 1.500 colaboradores, apostamos na inovação e na sustentabilidade.",
            "Somos uma empresa de tecnologia brasileira com mais de 600 pessoas espalhadas pelo país. Na {company}, oferecemos trabalho remoto, plano de saúde e auxílio educação.",
            "Na {company}, acreditamos que as pessoas fazem a diferença. Por isso investimos em formação, equilíbrio entre vida pessoal e profissional e um ambiente diverso e inclusivo.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\nRecursos Humanos | {company}",
            "Abraço,\n{sender_first}",
            "Equipa de Recrutamento da {company}",
            "Cumprimentos,\n{sender_first}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Os seus dados pessoais são tratados de acordo com o RGPD. Para exercer os seus direitos, aceda à sua área de candidato.",
            "Em conformidade com a LGPD, seus dados serão utilizados exclusivamente para fins de recrutamento.",
            "Cancelar subscrição | Política de privacidade",
        ],
        "subject_app": [
            "A sua candidatura na {company}",
            "Processo seletivo: {role}",
            "Retorno sobre sua candidatura",
            "RE: Candidatura {role}",
            "Atualização do processo de recrutamento",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Próxima etapa na {company}",
            "Vamos conversar sobre a vaga de {role}?",
            "Convocatória: {role}",
        ],
        "subject_off": [
            "Proposta de emprego: {role}",
            "Bem-vindo à {company}!",
            "O seu contrato",
            "Boas notícias sobre a sua candidatura",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Novidades da {company}",
            "Conte-nos a sua experiência",
            "Oportunidade: {role}",
            "Evento de carreiras da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} role and see whether there is any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying to {company}. We've received your application and will be in touch once the team has reviewed it.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für die Bewerbung bei {company}. Die Unterlagen sind bei uns eingegangen, wir melden uns nach der Sichtung.\nFreundliche Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles sur le calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nNous accusons réception de votre candidature chez {company} et reviendrons vers vous après étude de votre dossier.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería hacer seguimiento de mi candidatura para el puesto de {role}. ¿Hay alguna novedad sobre los plazos?\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por postular en {company}. Hemos recibido tu candidatura y te escribiremos cuando el equipo la haya revisado.\nSaludos,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela candidatura na {company}. Recebemos o seu currículo e entraremos em contacto após a análise.\nCumprimentos,\n{sender}\n",
}
