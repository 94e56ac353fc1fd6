# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 19, written blind by an independent evaluator as a held-out set: about 520 invented passages in English, German, French, Spanish and Portuguese, half of them rejections said in every usual way (after applying, interviews or tests, roles filled, cancelled or frozen, internal hires, public-sector, university and agency notices, terse, warm, buried or implied), the rest receipts and status updates, invitations, offers and other mail from employers, ATS platforms, agencies, universities and public bodies in Europe, the Americas, India and Australia."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightmoor Analytics Ltd",
    "Nordhafen Logistik GmbH",
    "Alpenkamm Versicherung AG",
    "Groupe Valmontel",
    "Cordillera Soluciones S.A. de C.V.",
    "Tecnova Serviços Digitais Ltda.",
    "Kestrel Health Partners",
    "Ribeira Azul Energia, S.A.",
    "Lumenfield Software Inc.",
    "Banyan Ridge Technologies Pvt. Ltd.",
    "Maison Courtemanche Inc.",
    "Harbourline Consulting Pty Ltd",
    "Sternwarte Medizintechnik GmbH",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Manager",
    "Backend Developer",
    "UX/UI Designer",
    "Customer Success Manager",
    "Sachbearbeiter Einkauf (m/w/d)",
    "Chargé de projet marketing",
    "Analista de Datos",
    "Assistente Administrativo",
    "Financial Controller",
    "Research Associate",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition Team", "no-reply@{domain}"),
    ("Jonas Weber", "jonas.weber@{domain}"),
    ("Lucía Ferreyra", "lucia.ferreyra@{domain}"),
    ("Hiring Team", "notifications@mail.hirewell-ats.example"),
    ("Priya Raman", "priya.raman@{domain}"),
    ("Careers", "careers@{domain}"),
    ("Beatriz Couto", "rh@{domain}"),
    ("Recruiting", "donotreply@apply.teamtrack.example"),
    ("Tom Hallett", "tom.hallett@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_application": """
After careful review of your application for the {role} position, we have decided not to move forward with your candidacy at this time. This was not an easy decision, as we received applications from many qualified people.
We've now reviewed all applications for {role} and, unfortunately, we won't be progressing yours to the next stage. Your profile will stay in our talent community, and you're welcome to apply for other openings that match your experience.
Your application for {role} (Req. 48213) has been reviewed by the hiring team. Unfortunately, we are unable to offer you an interview on this occasion. Due to the volume of applications we are not able to provide individual feedback.
We regret to inform you that your application was not shortlisted. Competition for this role was strong, and the panel has selected candidates whose experience more closely matches the requirements of the position.
SUBJECT: Update on your application to {company} || We wanted to let you know that the hiring team has decided to pursue other candidates for the {role} role. We know this isn't the news you were hoping for, and we appreciate the time you invested in applying.
At this stage we will not be taking your application for {role} further. We have been fortunate to attract a large number of applicants, and our decision was based on the specific criteria of the role rather than a general assessment of your abilities.
Unfortunately, your application for the position of {role} in our Pune office has not been successful. We have shortlisted candidates whose experience aligns more closely with the current needs of the team.
We're writing to let you know the status of your application for {role}: it is no longer under consideration. The position requires hands-on experience with regulated clinical trial data, which we did not see reflected in your CV.
The status of your application for {role} has changed to "Not selected". You can view all of your applications at any time by signing in to your candidate account.
Having considered your application against the selection criteria, we will not be inviting you to interview for {role}. The role requires working from our Perth site three days a week, and we felt other applicants were better placed to do so.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with Priya and the team last week. We enjoyed hearing about your work on the pricing dashboards. After a lot of discussion, we have decided to offer the role to another candidate whose experience with enterprise clients was a closer fit.
It was a pleasure speaking with you on Tuesday. I'm sorry to say that we won't be moving you forward to the final round. The panel felt your technical answers were strong, but we are looking for someone with more experience running stakeholder workshops.
Following your interview for {role}, the panel met to consider all candidates. I'm afraid you were not the successful applicant on this occasion. If you would like feedback, please reply to this email and I'll arrange a short call with the chair of the panel.
I wanted to reach out personally after your final-round conversations. The team was genuinely split and it came down to a very small margin, but we've decided to go with another candidate. I know that's hard to hear after four rounds, and I'm sorry.
We appreciate you coming in to meet with us about the {role} opening. After reviewing the feedback from all interviewers, we have decided not to proceed with your application.
Thanks for your patience since your onsite. The hiring committee has completed its review and we will not be extending an offer for {role}. Some feedback from the panel: your system design discussion was thoughtful, but the coding portion did not reach the bar we set for this level.
Just a quick note after our call on Friday. We've decided to continue with candidates who have more direct B2B SaaS experience, so we won't be scheduling a second conversation. I really enjoyed talking with you and hope our paths cross again.
SUBJECT: Your interview with {company} || Thank you again for interviewing for the {role} position. While your background is impressive, we have selected a candidate whose qualifications better meet our needs at this time. We will retain your details and may contact you should a suitable vacancy arise.
I'm sorry for the wait after the panel interview. The selection process has now concluded and, although you interviewed well, you were ranked below the preferred candidate, so your name will not be put forward for appointment.
After your conversation with our Head of Engineering we've taken some time to reflect. The role has shifted during the process towards a senior people-management position, and we don't think it matches what you told us you want next. We won't be moving ahead, but I'd be glad to stay in touch.
""",
        "rej_after_test": """
Thank you for completing the online assessment for {role}. Your results have now been reviewed and, unfortunately, you did not meet the required threshold to progress to the video interview stage. You may reapply for roles with us after six months.
We've reviewed your take-home assignment. There was a lot we liked, particularly the clear README, but the solution didn't handle several of the edge cases described in the brief, so we won't be continuing with your application.
Thanks for the time you put into the case study presentation. The panel has decided not to advance your candidacy. The main points: your market sizing was solid, but the recommendation lacked a clear prioritisation and the financials were not tied back to it.
Your scores on the numerical and verbal reasoning tests were below the benchmark for this graduate scheme, so your application will not progress further this year.
Following the assessment centre on 14 March, we regret to let you know that you have not been successful. Each candidate was assessed against the same competencies across the group exercise, the written task and the interview.
We've looked through your coding challenge submission. Unfortunately, it did not pass enough of the hidden test cases for us to move forward, so this is where the process ends for the {role} role.
""",
        "rej_position_filled": """
We wanted to let you know that the {role} position has now been filled. We appreciate your interest and encourage you to keep an eye on our careers page for future openings.
Just a heads-up: we've made a hire for the {role} role, so we're closing the remaining applications, including yours.
Please note that the vacancy you applied for has been filled and the advert has been withdrawn from our website. Your application will therefore not be considered further.
The {role} opening at our Austin warehouse was filled through an employee referral before we reached your application. I'm sorry we couldn't give it proper consideration.
SUBJECT: {role} - position closed || We've now completed recruitment for this role and a candidate has accepted our offer. Thank you for your patience while we worked through the process.
I'm writing to let you know that we offered the position to another candidate, who has accepted, and we have therefore closed the process. I really appreciated your thoughtful cover letter.
""",
        "rej_role_cancelled": """
Following a review of our organisational structure, the {role} position has been withdrawn and we will not be proceeding with recruitment. We apologise for any inconvenience and thank you for your time.
I'm sorry to share that the {role} opening has been cancelled. Our client priorities shifted this quarter and the team no longer has budget for this hire. This has nothing to do with your application.
Due to changing business needs, we have decided to close the requisition for {role} without making a hire. As a result, your application will not move forward.
Unfortunately, the project this contract role was attached to has been put on indefinite hold by the client, and we are closing the vacancy. We won't be progressing any applications.
We've had to make the difficult call to cancel this search. The team is being merged into our Dublin office and the role won't be recreated here.
The position you applied for will not be filled. The grant funding this post was not renewed, so recruitment has been stopped and all applications have been closed.
""",
        "rej_hiring_freeze": """
Due to a company-wide hiring freeze, we are no longer recruiting for {role} and are closing all open applications. We hope to reopen roles later in the year, and you'd be welcome to apply again then.
I have some disappointing news: leadership has paused all non-critical hiring until further notice, and {role} is one of the roles affected. Rather than keep you waiting indefinitely, we're closing your application now.
As part of the cost measures announced this week, all external recruitment has stopped with immediate effect. Your application for {role} has been closed.
Given current market conditions, we've decided to freeze headcount for the rest of the financial year. We won't be continuing with the {role} process, and I'm sorry to deliver this after you've invested so much time.
""",
        "rej_internal_candidate": """
We have decided to appoint an internal candidate to the {role} position. We were impressed by the calibre of the external applicants, including yourself.
This role has been filled by a colleague from within the business, as part of our commitment to internal mobility. We therefore won't be progressing external applications.
I wanted to let you know that a member of our existing team applied for the role late in the process, and after interviews we've chosen to promote from within.
After consultation with the department, the vacancy was offered to an employee under our redeployment policy, which takes priority over external applicants. Your application has been closed.
""",
        "rej_public_sector": """
Reference: 2024-HR-0381. Your application for the above vacancy was assessed against the essential criteria set out in the job description. I regret to advise that you have not been shortlisted for interview. Due to the number of applications received, we are unable to provide feedback at the sift stage.
Your application has been assessed at the sift stage. Your score for the behaviour "Communicating and Influencing" was below the minimum required, so you will not progress to interview for this campaign. Feedback on your personal statement is available in your online account.
The selection panel has completed its assessment for the position of {role} (APS 5). You have not been recommended for a merit list. If you are dissatisfied with the process, you may request a review within 7 days of this notice.
This is to inform you that the Department of Workforce Services has completed the selection process for Job ID 77201. You were not selected for this position. Please do not reply to this message; it is sent from an unmonitored mailbox.
With reference to Advertisement No. 06/2024, the list of candidates shortlisted for the written examination has been published on the official website. Your registration number does not appear in the list, as your application did not meet the minimum eligibility criteria for post-qualification experience.
Your application for the position of {role} with the City of Riverton has been reviewed. Based on your responses to the supplemental questions, you do not meet the minimum qualifications, and your name will not be placed on the eligible list.
""",
        "rej_university": """
On behalf of the search committee for the {role} position, I want to thank you for your application. The committee has now completed its review of a very large and strong pool, and I regret to inform you that your application will not be considered further.
Interviews for the postdoctoral research associate post in the Department of Earth Sciences have now taken place. I am sorry to inform you that on this occasion your application was not shortlisted.
The search committee has identified a finalist and will be making an offer shortly. As a courtesy, we wanted to let you know that you are not among the candidates still under consideration.
We received over 120 applications for three funded PhD studentships in the group this year and, unfortunately, we are unable to offer you a place.
The Faculty Appointments Committee met on 3 June and did not recommend you for appointment. Application materials of candidates not appointed are destroyed after six months in accordance with the University's records policy.
""",
        "rej_agency_relay": """
I've just had feedback from the client on the {role} role. Unfortunately they've decided not to take you forward, as they are looking for someone with more exposure to IFRS 17. I'll keep you posted on other roles that could suit.
Quick update: I heard back from {company} and sadly it's a no this time. They liked your CV but have gone with a candidate who can start immediately. Happy to have a call this week to talk through other options.
The hiring manager came back to me this morning. They've decided to focus on candidates with more direct retail banking experience, which in practice means they won't be progressing you for this one. Sorry, I know you were keen.
Feedback from the second interview at our client was mixed. They were impressed with your analysis but felt you were less strong on stakeholder management, and they have decided not to make an offer. I'll send over the full notes when I have them.
Unfortunately my client has filled the position with a candidate from another agency. I'm gutted for you, as you interviewed really well.
Just to close the loop: the client has reviewed the shortlist we submitted and isn't moving forward with your profile for {role}. Not much detail, I'm afraid, other than that they want a stronger Azure background.
I'm afraid the client has decided you're overqualified for the position and worries you'd leave within a year. I pushed back, but they're firm. Let's find you something that matches your level.
""",
        "rej_terse": """
We will not be moving forward with your application.
Your application for {role} was unsuccessful.
Position filled. Thanks for applying.
Unfortunately we won't be progressing your application. Best of luck.
SUBJECT: Re: {role} || Thanks, but we've decided to go in a different direction.
Not a fit for this one, sorry. Good luck with the search.
Your candidacy has been declined.
""",
        "rej_warm": """
I wanted to write to you myself rather than send a template. We've decided to offer the role to someone else, and it was genuinely one of the hardest calls I've had to make this year. Your portfolio, especially the hospital wayfinding project, stuck with everyone on the panel. If a design role opens here in the next few months, I'll reach out to you first.
I'm so sorry to be the bearer of this news, but we won't be moving ahead with you for {role}. Please don't read this as a reflection of your talent: we had one opening and several people we would have been happy to hire. I'd love to connect on LinkedIn and keep in touch.
This one stings to write. You were our second choice and it was very close. We went with a candidate whose background in nonprofit fundraising lined up slightly better with our grant cycle. I'd be happy to introduce you to two partner organisations that are hiring.
Thank you for the care you put into every stage of our process, from the written task to the final conversation with our founders. We've decided not to make you an offer, but I want you to know that your questions were the best we heard. If it helps, I'm happy to spend twenty minutes giving you detailed feedback.
I know you've been waiting to hear from us, and I'm sorry it isn't better news. We have decided to go with another applicant. You brought a lot of warmth and clarity to the interview, and the youth programme team specifically asked me to tell you that.
We really enjoyed getting to know you. In the end we weren't able to move forward, and not for lack of quality on your side: we simply had to prioritise someone with an existing NDIS registration. Take care, and keep going.
""",
        "rej_buried": """
It's been an exciting year at {company}: we opened our third fulfilment centre, welcomed more than 200 new team members and were named one of the region's best places to work for the second year in a row. Our people are at the heart of this growth, and we take great care to find the right match for every team. With that in mind, we have carefully reviewed your application for {role}, and on this occasion we have decided to proceed with other candidates.
At {company}, we believe great care starts with great people. Every year thousands of candidates apply to join our hospitals, clinics and community teams, and each application is read by a member of our recruitment team. We are proud of our inclusive culture, our award-winning graduate programme and our commitment to flexible working. Our recruitment team has reviewed your application for the role of {role}. Regrettably, we will not be taking it further.
Did you know? Our engineering blog was read by 1.2 million developers last year, and our open-source libraries power thousands of apps worldwide. We're building the future of payments in emerging markets, and we're always looking for people who share that vision. Check out our latest stories on our careers site and follow us on LinkedIn to be the first to hear about new roles. Regarding your application for {role}: the team has decided not to move forward at this time.
Every day, our 14,000 colleagues across 30 countries help customers use energy more sustainably. We've committed to net zero operations by 2030, invested over 40 million in renewable projects this year alone, and been recognised for our parental leave policy and employee networks. Following the review of your application, we're sorry to say you haven't been selected for the next stage.
A quick look at what's new: our spring graduate intake is open, the internship programme has expanded to four new cities, and our Career Insights webinars are back every Thursday, so register through the candidate portal to save your spot. One more thing: the {role} vacancy you applied for has now closed, and your application was not among those selected.
""",
        "rej_thread_reply": """
Thanks for checking in, and apologies for the radio silence. I should have updated you sooner: the team went with another candidate last week. I'm sorry you had to chase us for an answer.
Sorry for the slow reply. I followed up with the hiring manager after your note, and unfortunately they've decided not to progress your application. They didn't share much detail beyond wanting someone more senior.
Good question, and you deserve a clear answer: we aren't going to proceed to a second interview. We had a strong shortlist and decided to focus on two candidates with more field sales experience.
Thanks for following up. I've checked the system and your application was closed on 12 April after the screening stage, so you should have received an automated notice. Apologies if it didn't reach you.
""",
        "rej_implied": """
We have now completed shortlisting for {role}, and all shortlisted candidates have been contacted directly. We would like to thank everyone who took the time to apply.
We wanted to let you know that we have offered the {role} position to a candidate and they have accepted. We wish you every success in your career.
The interview schedule for {role} is now complete. We will keep your CV on file for twelve months in case a position matching your profile opens up in the future.
Our interviews for the {role} vacancy have concluded, and the successful applicant will join us next month. Should you wish to apply for future roles, please visit our careers site.
The role you applied for is no longer listed on our careers site, and we have archived the applications we received for it. You're welcome to apply to any of our current openings.
""",
        "ack_received": """
We've received your application for {role} and our recruitment team will review it shortly. You can check your application status at any time in the candidate portal.
This is an automated confirmation that your application (reference CAND-20931) was submitted successfully on 3 February. Please do not reply to this email.
Your application has landed! Someone from our People team will read it (yes, a human), and you'll hear from us either way within two weeks.
SUBJECT: Application received - {role} || We confirm receipt of your application. If your profile matches the requirements, a member of the team will contact you to discuss next steps.
Thanks for sending your CV through. I've logged it against the {role} vacancy and will pass it to the hiring manager once the advert closes on Friday.
Your application for {role} has been submitted. Here is a summary of what you sent us: CV (alex_rivera_cv.pdf), cover letter (cover_letter.pdf) and answers to 4 screening questions.
We acknowledge receipt of your application for the post of {role}. Applications will be considered after the closing date of 28 March, and shortlisted candidates will be notified by email.
""",
        "ack_under_review": """
Your application is now being reviewed by the hiring team. We'll update you as soon as there is a decision on next steps.
Just a quick update: your profile has passed our initial screening and is now with the hiring manager for review. No action is needed from you for now.
Your application status has changed to "In Review". Log in to the careers portal to see more details.
I've shared your CV with the team lead for {role}. She's travelling this week, so it may take a few days for her to look at it, but I'll be in touch as soon as I hear back.
We're currently reviewing applications for {role} and expect to complete this stage by the end of the month. Thank you for your patience in the meantime.
""",
        "ack_delay": """
We wanted to let you know that our review of applications for {role} is taking longer than expected. We now expect to contact candidates by 15 May. Your application is still under active consideration.
Apologies for the delay in getting back to you. Our hiring manager has been off sick, and we've had to push interview decisions back by about two weeks. You're still very much in the process.
Quick note so you're not left wondering: we haven't made any decisions yet. Budget sign-off for the role is with our finance team and should be confirmed next week.
Due to the Easter break there will be a short delay before the panel reviews applications. We expect to be in contact with all applicants during the week of 22 April.
I know it's been a while since your interview. Our CEO wants to meet the final candidates herself and her calendar is packed until mid-month. Please bear with us; nothing has been decided.
""",
        "ack_high_volume": """
We've received an unusually high number of applications for {role}, so our response times are longer than usual. Every application will be reviewed, and we'll be in touch as soon as we can.
Thanks for your patience. We received more than 900 applications for this role, and our small team is working through them in the order they arrived.
Due to the very high volume of applications, it may take up to six weeks for us to respond. We appreciate your understanding.
This vacancy has attracted a lot of interest. The advert has now closed and we are reviewing every application against the criteria; you will hear from us once shortlisting is complete.
""",
        "ack_silence_notice": """
We have received your application for {role}. Due to the volume of applications, we are only able to contact shortlisted candidates. If you have not heard from us within 14 days of the closing date, please assume that you have not been shortlisted on this occasion.
Your application has been received. We aim to contact shortlisted candidates within three weeks. If you don't hear from us by then, we may not be progressing your application, but we'll keep your details on file for six months.
We'll review your application over the coming days. If your experience matches what we're looking for, we'll reach out to arrange a call. Otherwise you may not hear back from us individually; please don't take this as a reflection of your abilities.
Your application was received. Interviews are expected to take place in the week commencing 10 June, and candidates invited to interview will be contacted by 3 June.
""",
        "ack_reserve_list": """
The panel has not yet made any appointments. Candidates who passed the interview, including you, are now on the merit list, and offers will be made from the list in order of ranking as positions are confirmed over the coming weeks.
You have passed the written stage and your name has been added to the eligible list for {role}. Interview invitations will be issued from this list as positions become available across our sites. Please keep your contact details up to date.
We've added your profile to the candidate pool for our autumn graduate intake. Final placements will be decided once the business units confirm their headcount in September, and we'll be in touch then.
""",
        "ack_documents": """
To complete your application for {role}, please upload a copy of your degree certificate and proof of your right to work in the UK via the portal by Friday 12 July.
Before we can progress your application, we need a few more details: your notice period, your salary expectations and whether you would need visa sponsorship. Could you reply to this email with that information?
Your application is incomplete: the transcript field is empty. Please log in and attach your academic transcripts before the deadline of 30 November, as incomplete applications cannot be reviewed.
As part of our standard process, could you please fill in the attached form with the details of two referees? This is a routine step for everyone at this stage and doesn't mean a decision has been made.
""",
        "ack_paused": """
We want to be transparent: the {role} hiring process is temporarily on hold while we finalise our team structure for next year. Your application remains active and we'll update you as soon as we resume, which we expect in around four weeks.
Recruitment for this position has been paused pending budget approval. No decision has been made on any application, and we'll contact all candidates once we have clarity.
I wanted to give you an update: the hiring manager has gone on leave unexpectedly, so we're pausing interviews for {role} for a few weeks. You're still on our shortlist.
""",
        "inv_phone_screen": """
We'd like to invite you to a 30-minute phone screen with one of our recruiters to learn more about your background and tell you about the {role} role. Please reply with a few times that work for you over the next week.
Your application caught our eye! Are you free for a quick 15-minute call this week? I'd like to go over your experience and answer any questions you have about the team.
I'm the recruiter for {role} and would love to set up an initial phone conversation. Would Tuesday at 10:00 or Wednesday at 14:30 (AEST) work for you?
We're pleased to let you know that you've been shortlisted. The next step is a short telephone interview with the hiring manager, lasting around 20 minutes. Please confirm your availability for Thursday 18 April.
Could we jump on a call sometime tomorrow? The hiring manager read your CV and wants to hear more about your logistics background before we put you forward to the client.
""",
        "inv_video": """
We'd like to invite you to a video interview with Daniel Ortiz (Engineering Manager) and Sara Kim (Senior Engineer). It will last 45 minutes and take place on Microsoft Teams. A calendar invitation will follow once you confirm a slot.
Congratulations, you've progressed to the next stage! Please complete a one-way video interview on our platform. You'll be asked five questions and have up to two minutes to answer each. The link expires in 5 days.
We'd love to meet you over Zoom on Monday 9 September at 11am IST. The panel will include our Head of Analytics and one of our data scientists. Please let us know if this time doesn't suit.
Following your phone screen, we'd like you to meet the wider team for a second-round interview over Google Meet. It'll be a mix of competency questions and a discussion of a project you're proud of.
""",
        "inv_assessment": """
You're invited to our assessment centre on Wednesday 6 November at our Manchester office, 9:00 to 16:00. The day includes a group exercise, a written case study and a final interview. Lunch will be provided and reasonable travel expenses reimbursed.
The next step in our process is a technical assessment. You'll receive a link to a 90-minute online test from our partner platform; please complete it within 72 hours.
We'd like you to complete a short take-home exercise. We'll send you a dataset and a brief and ask you to spend no more than three hours on it. Afterwards, you'll walk us through your approach in a 45-minute session.
Your application has progressed to the online testing stage. Please complete the numerical reasoning and situational judgement tests by 23:59 on Sunday. Good luck!
""",
        "inv_scheduling_link": """
Please use the link below to book a time for your interview for {role}. Slots are available over the next two weeks: https://book.hirewell-ats.example/s/8Kq2Lm
Great news: the hiring team would like to speak with you. Pick a time that works for you here: https://schedule.talentdesk.example/r/ar-73 . If none of the slots suit, just reply and we'll find another time.
You've been selected for the next round! Click "Schedule" in your candidate portal to choose a slot for the panel conversation. Slots fill up quickly, so please book by Wednesday.
Next up is a 60-minute technical conversation with two of our engineers. Use this link to grab a slot: https://meet-scheduler.example/pair/XT91 . You'll receive a confirmation with the video link automatically.
""",
        "inv_chat_no_word": """
We loved your portfolio. Would you be up for a coffee with our Creative Director next week? She's in the office Tuesday to Thursday.
Would you have time for a chat with our founders? Nothing formal: we'd like to tell you what we're building and hear what you're looking for next.
The team would like to get to know you better. Are you available to come in for a couple of hours on Friday afternoon to meet a few people and see how we work?
Let's talk! I'd like to walk you through the role and hear more about your recent project. When would suit you for a call this week?
""",
        "inv_onsite_panel": """
On behalf of the selection panel, I am pleased to invite you to interview for {role}. The interview will be held on 21 May at 10:30 at Level 4, 60 Harbour Street, Sydney. The panel will consist of three members, and you will be asked to give a ten-minute presentation on the attached topic.
We'd like to invite you to our final round at our London office. The day consists of four 45-minute sessions: product sense, analytics, a cross-functional partner interview and a conversation with the VP of Product.
The search committee would like to invite you for a campus visit on 14-15 February. The visit will include a research talk, a teaching demonstration and meetings with faculty and graduate students. The department will cover travel and accommodation.
You've been shortlisted for the final stage. We'd like you to join us in Bengaluru for a face-to-face round on Saturday 12 October: a technical discussion with our architects, followed by an HR conversation.
""",
        "off_formal": """
I'm delighted to offer you the position of {role} at {company}. The starting salary is 68,000 per year, with 25 days' holiday plus bank holidays and a 6% employer pension contribution. Your formal offer letter is attached; please let us know your decision by Friday 28 June.
Following your interviews, we are pleased to extend an offer of employment for the {role} role. Details of compensation, benefits and your proposed start date of 2 September are in the attached letter. Please sign and return it via DocuSign within five business days.
Congratulations! On behalf of the whole team, I'm pleased to confirm our offer for {role}. I'll call you tomorrow to walk you through the package and answer any questions.
We are happy to offer you a fixed-term contract as {role} for 12 months, starting 1 October. The salary is AUD 92,500 plus superannuation. Please review the attached contract and return a signed copy by email.
""",
        "off_no_word": """
We'd love for you to join us! Everyone who met you was excited about what you'd bring to the team. I've attached the paperwork; let me know if you have any questions before signing.
Great news: the team would like to bring you on board as our next {role}. Could you start on 4 March? I'll send through the contract details today.
I'm very happy to tell you that you've been selected for the {role} position. Welcome aboard! HR will contact you shortly about your start date and onboarding.
You got it! The panel unanimously recommended your appointment and the Director has approved it. Please confirm that you accept, and we'll start the pre-employment checks.
""",
        "off_conditional": """
We are pleased to make you a conditional offer for the role of {role}. This offer is subject to satisfactory references, a DBS check and proof of your right to work in the UK.
I'm pleased to let you know that we would like to offer you a place on our graduate programme, subject to you achieving a 2:1 in your final results. Please accept via the portal within 14 days to secure your place.
We are excited to extend a contingent offer for {role}, contingent on the successful completion of a background check and drug screening. The offer details are in your candidate portal.
Congratulations on being selected for the {role} position. This offer is provisional upon verification of your educational certificates and a medical fitness certificate. Please report to the HR office on your joining date with the documents listed in the attached letter.
""",
        "oth_alert": """
New jobs matching your search "data analyst" in Leeds: Junior Data Analyst at Harcastle Foods (posted 2 days ago), Insight Analyst at Northmere Housing (posted today), BI Developer at Pell & Rowe (posted 5 days ago). Manage your alerts in your account settings.
12 new jobs for you. Based on your profile, these roles might interest you: {role} at {company}, Product Analyst (remote), Operations Analyst (hybrid). See all jobs.
Your saved search "product manager remote" has 5 new results this week. A job you viewed, {role} at {company}, closes in 3 days.
Daily job alert: 3 new {role} roles near you, recommended based on your recent applications. You can unsubscribe from this alert at any time.
""",
        "oth_newsletter": """
This month at {company}: our new Lisbon hub opens its doors, we introduce the team behind our accessibility work, and three colleagues share what their first 90 days looked like. Plus: five tips for a standout portfolio.
The Careers Digest, October edition. Inside: how to prepare for a competency-based interview, a look at our apprenticeship scheme, and dates for our upcoming virtual open days.
You're receiving this because you joined our talent community. In this issue: meet our new Chief People Officer, read about our four-day week pilot, and discover roles that have just opened in engineering and finance.
""",
        "oth_cold": """
I came across your profile and think you could be a great fit for a {role} role I'm working on with a fast-growing fintech in London. Hybrid, two days in the office, up to 75k. Would you be open to a quick chat?
I'm reaching out from a specialist recruitment agency focused on supply chain roles in the Midlands. We're partnering with several manufacturers who are looking for analysts with your background. Are you open to new opportunities?
Hope you don't mind the cold message. I'm recruiting for a Series B healthtech in Boston, and your experience with HL7 data stood out. Is now a good time to talk about a change?
We help experienced professionals in India find roles with global capability centres. I have a few mandates in Hyderabad that align with your skill set. Could you share your updated CV and current CTC?
""",
        "oth_survey": """
You recently applied to {company}. We'd love to hear about your experience as a candidate. Our survey takes about three minutes and is completely anonymous.
How did we do? Please rate your interview experience with us on a scale of 1 to 10. Your feedback helps us improve our hiring process for everyone.
As part of our commitment to diversity and inclusion, we invite all applicants to complete a short, voluntary equal opportunities questionnaire. Your answers are never seen by the hiring panel.
""",
        "oth_event": """
Join us for our virtual Careers Open Evening on Thursday 7 March at 18:00 GMT. Hear from our graduates, meet the recruitment team and get tips on our application process. Register now, as places are limited.
You're invited to our Women in Tech meetup at our Toronto office on 12 June: a panel talk, networking and pizza. RSVP by replying to this email.
We're hosting a hiring fair at our distribution centre this Saturday from 10am to 3pm. Come along, meet our managers and find out about roles in logistics and operations.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for {role}. If you change your mind, you're welcome to apply again while the position is open.
Thanks for letting us know you've accepted another offer. I've withdrawn you from the process for {role} and wish you all the best in the new job. Do keep us in mind in the future.
""",
    },
    "de": {
        "rej_nach_bewerbung": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Abgleichs mit den konkreten Anforderungen der Stelle.
Wir haben uns Ihre Bewerbung genau angesehen. Leider haben wir uns für andere Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu den aktuellen Anforderungen passt.
Leider können wir Ihnen für die Position {role} keine positive Rückmeldung geben. Ihre Unterlagen löschen wir gemäß den geltenden Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens.
Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht in die engere Auswahl aufzunehmen. Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können.
Wir haben uns über Ihr Interesse an einer Mitarbeit in unserem Team sehr gefreut. Nach Abwägung aller eingegangenen Bewerbungen müssen wir Ihnen jedoch mitteilen, dass wir Ihnen keine Stelle anbieten können.
Wir haben Ihr Dossier mit grossem Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben, deren Erfahrung im Schweizer Treuhandwesen besser auf die Stelle passt. Ihr Dossier wird aus unserem System gelöscht.
Danke, dass du dich bei uns beworben hast! Wir haben uns deine Unterlagen in Ruhe angeschaut und uns am Ende für andere Bewerber*innen entschieden. Das war keine leichte Entscheidung, und wir hoffen, du bleibst uns trotzdem gewogen.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich jedoch für eine Kandidatin entschieden, die bereits Erfahrung in der Leitung von SAP-Einführungsprojekten mitbringt.
Nach den Vorstellungsgesprächen haben wir alle Eindrücke sorgfältig abgewogen. Leider müssen wir Ihnen mitteilen, dass wir die Position anderweitig besetzen werden.
Wir bedanken uns herzlich für Ihren Besuch bei uns in Linz und das offene Gespräch. Nach reiflicher Überlegung haben wir uns für einen anderen Bewerber entschieden. Gerne dürfen Sie sich bei passenden Ausschreibungen wieder bei uns melden.
Nochmal danke für das Gespräch mit Lena und mir letzte Woche, es hat uns echt Spaß gemacht. Wir haben uns am Ende aber für jemanden entschieden, der mehr Erfahrung mit React Native mitbringt. Wenn du magst, geben wir dir gern ein ausführliches Feedback am Telefon.
Nach dem zweiten Gespräch mit unserer Geschäftsführung müssen wir Ihnen leider eine Absage erteilen. Fachlich hat uns Ihr Profil überzeugt, für die Rolle suchen wir jedoch jemanden mit mehr Führungserfahrung.
Leider können wir Sie nach dem Videointerview nicht in die nächste Runde einladen. Die Rückmeldungen der Interviewer waren positiv, andere Bewerbende haben die Anforderungen im Bereich Datenmodellierung aber noch besser erfüllt.
Besten Dank für Ihre Zeit und das interessante Gespräch in Zürich. Wir haben uns nach gründlicher Abwägung für eine Kandidatin entschieden, die über mehr Erfahrung im Pharmaumfeld verfügt, und können Ihnen die Stelle daher leider nicht anbieten.
""",
        "rej_nach_test": """
Vielen Dank, dass Sie an unserem Online-Assessment teilgenommen haben. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Ihre Bewerbung für das Traineeprogramm nicht weiterverfolgen können.
Wir haben uns Ihre Lösung der Fallstudie angesehen. Leider entspricht sie nicht ganz unseren Erwartungen, insbesondere bei der Datenaufbereitung, weshalb wir den Prozess an dieser Stelle beenden.
Danke für deine Coding-Challenge! Wir haben sie uns im Team angeschaut. Leider hat uns die Lösung nicht überzeugt, vor allem fehlten Tests und eine saubere Fehlerbehandlung. Deshalb geht es für dich hier leider nicht weiter.
Sie haben am Auswahltag in unserem Ausbildungszentrum teilgenommen. Nach Auswertung der Gruppenübung, des Einzelinterviews und des Wissenstests müssen wir Ihnen leider mitteilen, dass Sie nicht in die engere Wahl gekommen sind.
""",
        "rej_stelle_besetzt": """
Die ausgeschriebene Stelle als {role} konnten wir inzwischen besetzen. Wir danken Ihnen für Ihr Interesse und bedauern, Ihnen keine positive Nachricht geben zu können.
Wir möchten Sie darüber informieren, dass die Position bereits vergeben ist. Ihre Bewerbung wird daher nicht weiter berücksichtigt.
Kurze Info von uns: Die Stelle ist mittlerweile besetzt. Sorry, dass wir uns erst jetzt melden!
Zwischenzeitlich haben wir uns für einen Bewerber entschieden, der die Stelle bereits zum 1. Juli angetreten hat. Ihre Unterlagen werden wir datenschutzkonform löschen.
""",
        "rej_stelle_gestrichen": """
Aufgrund einer internen Umstrukturierung wird die Stelle {role} nicht wie geplant besetzt. Wir haben das Auswahlverfahren daher eingestellt und können Ihre Bewerbung leider nicht weiter berücksichtigen.
Leider müssen wir Ihnen mitteilen, dass die Ausschreibung zurückgezogen wurde. Der Bedarf für die Position ist durch den Wegfall eines großen Kundenprojekts entfallen.
Das Stellenbesetzungsverfahren wurde ohne Besetzung abgeschlossen. Die Gründe hierfür liegen nicht in Ihrer Person.
Aufgrund der aktuellen wirtschaftlichen Lage hat die Geschäftsleitung einen Einstellungsstopp beschlossen. Alle laufenden Bewerbungsverfahren, auch Ihres, werden daher beendet.
""",
        "rej_intern_besetzt": """
Die Position wurde mit einer internen Kandidatin besetzt. Wir bedanken uns für Ihr Interesse und Ihre Geduld.
Wir haben uns entschieden, die Stelle intern nachzubesetzen. Ihre Bewerbung kann daher leider nicht berücksichtigt werden.
Im Zuge des Auswahlverfahrens hat sich ein Mitarbeiter aus unserem Haus für die Stelle beworben, dem wir den Vorzug gegeben haben. Für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen bedanken wir uns herzlich.
""",
        "rej_oeffentlicher_dienst": """
Ihre Bewerbung auf die Stellenausschreibung mit der Kennziffer 2024/117 wurde geprüft. Leider konnten wir Sie im Auswahlverfahren nicht berücksichtigen. Die Auswahlkommission hat sich für eine Bewerberin entschieden, die nach Eignung, Befähigung und fachlicher Leistung am besten geeignet ist. Ihre Unterlagen werden nach Ablauf von sechs Monaten vernichtet, sofern Sie sie nicht vorher zurückfordern.
Im Auswahlverfahren für die Stelle {role} (Entgeltgruppe E 11 TV-L) konnten Sie leider nicht berücksichtigt werden, da Sie das in der Ausschreibung geforderte abgeschlossene Hochschulstudium der Fachrichtung Verwaltungswissenschaften nicht nachgewiesen haben.
Wir teilen Ihnen mit, dass die Begutachtungskommission im Rahmen des Aufnahmeverfahrens andere Bewerberinnen und Bewerber als besser geeignet eingestuft hat. Eine Aufnahme ist daher derzeit nicht möglich.
Das Auswahlverfahren zur Besetzung der Stelle einer Sachbearbeiterin bzw. eines Sachbearbeiters im Bürgeramt ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt.
Wir haben Ihre Bewerbung für die Stelle beim kantonalen Amt für Umwelt geprüft. Leider können wir Sie nicht zu einem Gespräch einladen. Für die Stelle haben sich zahlreiche sehr gut qualifizierte Personen beworben.
""",
        "rej_hochschule": """
Die Berufungskommission hat in ihrer Sitzung am 12. Juni eine Liste der zu Probevorträgen einzuladenden Bewerberinnen und Bewerber erstellt. Leider sind Sie nicht darunter. Wir danken Ihnen für Ihr Interesse an unserer Universität.
Für die ausgeschriebene Stelle als wissenschaftliche Mitarbeiterin bzw. wissenschaftlicher Mitarbeiter (65 %, TV-L E13) am Lehrstuhl für Wirtschaftsinformatik haben wir uns für eine andere Person entschieden.
Leider können wir Ihnen keinen Platz im Graduiertenkolleg anbieten. Bei über 200 Bewerbungen auf zwölf Stipendien war die Auswahl ausgesprochen schwierig.
""",
        "rej_personalberatung": """
Ich habe heute Rückmeldung von unserem Mandanten erhalten: Man hat sich leider für einen anderen Kandidaten entschieden. Ich melde mich, sobald ich ein passendes neues Projekt für Sie habe.
Ich hab leider keine guten Nachrichten: Der Kunde möchte dich nicht weiter im Prozess haben. Begründung war vor allem, dass sie jemanden mit mehr Erfahrung im Automotive-Umfeld suchen. Lass uns nächste Woche telefonieren, ich habe noch zwei andere Positionen im Kopf.
Unser Kunde hat Ihr Profil geprüft und sich entschieden, Sie nicht zu einem Gespräch einzuladen. Eine detailliertere Begründung haben wir leider nicht erhalten.
Wie telefonisch besprochen, hier noch einmal schriftlich: Nach dem Zweitgespräch hat sich unser Auftraggeber gegen eine Zusammenarbeit entschieden. Ihre Gehaltsvorstellung lag deutlich über dem vorgesehenen Budget.
""",
        "rej_kurz": """
Leider müssen wir Ihnen eine Absage erteilen.
Ihre Bewerbung war leider nicht erfolgreich.
Die Stelle ist vergeben. Danke für Ihre Bewerbung.
SUBJECT: Deine Bewerbung || Leider passt es diesmal nicht. Alles Gute!
""",
        "rej_herzlich": """
Ich wollte mich persönlich bei Ihnen melden, statt eine Standardmail zu schicken. Wir haben uns für eine andere Kandidatin entschieden, und es war wirklich knapp. Ihre Präsentation zum Lieferantenmanagement ist uns allen im Gedächtnis geblieben. Sollte sich in den nächsten Monaten etwas ergeben, melde ich mich als Erstes bei Ihnen.
Es fällt mir echt schwer, dir das zu schreiben: Wir haben uns für jemand anderen entschieden. Du warst bis zum Schluss dabei, und das ganze Team fand dich super. Bleib bitte in Kontakt!
Sie haben sich mit viel Engagement durch unseren Prozess gearbeitet, dafür möchten wir uns herzlich bedanken. Auch wenn wir Ihnen die Stelle nicht anbieten können, würden wir Sie gern in unseren Talentpool aufnehmen, natürlich nur mit Ihrer Zustimmung.
""",
        "rej_versteckt": """
Als einer der führenden Anbieter von Medizintechnik in Europa beschäftigen wir über 3.500 Mitarbeitende an zwölf Standorten. Wir wurden erneut als Top-Arbeitgeber ausgezeichnet und investieren kontinuierlich in Weiterbildung, flexible Arbeitsmodelle und Gesundheitsangebote. Folgen Sie uns gern auf LinkedIn, um keine Neuigkeiten zu verpassen. Zu Ihrer Bewerbung als {role}: Hier haben wir uns leider für andere Bewerbende entschieden.
Neuigkeiten aus unserem Haus: Im Frühjahr eröffnen wir unser neues Logistikzentrum in Graz, unser Lehrlingsprogramm wurde mit dem Ausbildungspreis ausgezeichnet, und ab sofort bieten wir allen Mitarbeitenden ein Dienstrad an. Was Ihre Bewerbung betrifft, müssen wir Ihnen leider mitteilen, dass wir diese nicht weiter berücksichtigen.
""",
        "rej_implizit": """
Das Auswahlverfahren für die Position {role} ist inzwischen abgeschlossen, und die Stelle wurde zum 1. März besetzt. Ihre Unterlagen haben wir gelöscht.
Die Gespräche für die Position haben stattgefunden, und alle eingeladenen Kandidatinnen und Kandidaten wurden benachrichtigt. Ihre Unterlagen bewahren wir mit Ihrem Einverständnis gern für künftige Ausschreibungen in unserem Talentpool auf.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.
Ihre Bewerbung ist bei uns eingegangen. Dies ist eine automatisch generierte Nachricht, bitte antworten Sie nicht auf diese E-Mail.
Deine Bewerbung ist bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns spätestens in zehn Tagen bei dir.
Wir bestätigen Ihnen den Eingang Ihres Dossiers. Die Bewerbungsfrist läuft noch bis zum 15. Mai; danach sichten wir alle Unterlagen und informieren Sie über das weitere Vorgehen.
SUBJECT: Eingangsbestätigung Kennziffer 45/24 || Wir bestätigen den Eingang Ihrer Bewerbung. Aufgrund der Vielzahl an Bewerbungen bitten wir Sie, von Rückfragen zum Sachstand abzusehen. Sie erhalten nach Abschluss des Verfahrens eine Nachricht.
""",
        "ack_pruefung": """
Ihre Bewerbung befindet sich derzeit in der Prüfung durch die Fachabteilung. Sobald wir eine Rückmeldung haben, kommen wir auf Sie zu.
Kurzes Update: Ihr Profil hat unsere Vorauswahl durchlaufen und liegt nun beim Bereichsleiter. Aktuell ist von Ihrer Seite nichts weiter zu tun.
Der Status Ihrer Bewerbung hat sich geändert: "In Bearbeitung". Details finden Sie in Ihrem Bewerberkonto.
Nur damit du nicht im Dunkeln tappst: Deine Unterlagen liegen gerade bei unserem CTO. Er ist diese Woche auf einer Konferenz, deshalb kann es ein paar Tage dauern.
""",
        "ack_verzoegerung": """
Leider verzögert sich das Auswahlverfahren für die Stelle {role}. Wir rechnen damit, Ihnen bis Ende Oktober eine Rückmeldung geben zu können, und bitten um Ihr Verständnis.
Aufgrund der hohen Anzahl an Bewerbungen benötigen wir etwas mehr Zeit als geplant. Ihre Bewerbung befindet sich weiterhin im Verfahren.
Wegen der Urlaubszeit verzögert sich die Terminvereinbarung für die Gespräche. Sie sind nach wie vor im Auswahlverfahren, und wir melden uns Anfang September bei Ihnen.
Wir sichten derzeit alle Bewerbungen. Bitte haben Sie Verständnis dafür, dass wir uns nur bei Kandidatinnen und Kandidaten melden können, die in die engere Auswahl kommen. Sollten Sie innerhalb von vier Wochen nichts von uns gehört haben, konnten wir Ihre Bewerbung leider nicht berücksichtigen.
""",
        "ack_unterlagen": """
Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir noch Ihr letztes Arbeitszeugnis sowie eine Kopie Ihres Hochschulabschlusses. Bitte laden Sie die Dokumente bis zum 20. März in Ihrem Bewerberkonto hoch.
Können Sie uns bitte noch mitteilen, wie lang Ihre Kündigungsfrist ist und welche Gehaltsvorstellung Sie haben? Dann geben wir Ihre Unterlagen an die Fachabteilung weiter.
Ihre Bewerbung ist leider unvollständig: Es fehlt der Nachweis über die Anerkennung Ihres ausländischen Abschlusses. Bitte reichen Sie diesen nach, damit wir Ihre Bewerbung im Verfahren berücksichtigen können.
""",
        "ack_pause": """
Wir möchten Sie darüber informieren, dass das Besetzungsverfahren für die Stelle {role} vorübergehend ausgesetzt ist, bis die Budgetplanung für das kommende Jahr abgeschlossen ist. Eine Entscheidung über Ihre Bewerbung ist damit nicht verbunden.
Wir müssen den Prozess für ein paar Wochen pausieren, weil sich im Team gerade einiges neu sortiert. Deine Bewerbung bleibt aktiv, und wir melden uns, sobald es weitergeht.
""",
        "ack_vormerkung": """
Die Auswahl ist noch nicht abgeschlossen. Sie befinden sich nach dem Eignungstest in der Gruppe der geeigneten Bewerbenden; die Plätze werden nach Rangfolge vergeben, sobald alle Standorte ihren Bedarf gemeldet haben.
Ihr Profil haben wir mit Ihrem Einverständnis in den Bewerberpool für das Traineeprogramm 2025 aufgenommen. Die Plätze werden im Herbst vergeben; bis dahin ist keine Entscheidung gefallen.
""",
        "inv_telefon": """
Ihre Bewerbung hat uns neugierig gemacht. Gerne würden wir Sie in einem ersten Telefonat von etwa 20 Minuten näher kennenlernen. Passt Ihnen Donnerstag um 10 Uhr oder Freitag um 14 Uhr?
Hast du diese Woche Zeit für ein kurzes Telefonat? Ich würde dir gern mehr über das Team erzählen und ein paar Fragen zu deinem Werdegang stellen.
Wir würden gern ein telefonisches Vorgespräch mit Ihnen führen. Bitte buchen Sie über folgenden Link einen Termin: https://termine.bewerberportal.example/vt/3391
Gerne möchten wir Sie zu einem ersten Gespräch per Telefon einladen. Bitte teilen Sie uns zwei bis drei mögliche Zeitfenster in der kommenden Woche mit.
""",
        "inv_vorstellungsgespraech": """
Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen. Termin: Mittwoch, 17. April, 11:00 Uhr, in unserer Zentrale in Hamburg, Am Sandtorkai 12. Ihre Gesprächspartner sind Frau Dr. Kessler (Bereichsleitung) und Herr Brandt (Personal).
Wir laden Sie herzlich zu einem Bewerbungsgespräch in unser Büro in Wien ein. Bitte bestätigen Sie uns den Termin am 8. Mai um 9:30 Uhr.
Hiermit laden wir Sie zu einem Auswahlgespräch für die Stelle {role} ein. Das Gespräch findet am 22. Mai um 13:00 Uhr in Raum 2.14 des Rathauses statt. Bitte bringen Sie einen gültigen Lichtbildausweis mit.
Wir würden Sie gern zu einem Videointerview über Microsoft Teams einladen. Das Gespräch dauert etwa 45 Minuten; den Link schicken wir Ihnen nach Ihrer Terminbestätigung.
""",
        "inv_assessment": """
Wir laden Sie zu unserem Assessment-Center am 4. Juni in München ein. Der Tag umfasst eine Präsentation, eine Gruppenübung und ein Einzelgespräch. Beginn ist um 8:30 Uhr, das Ende ist gegen 16:00 Uhr geplant.
Als nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren. Der Link ist sieben Tage gültig; die Bearbeitung dauert etwa 60 Minuten.
Wir würden dich gern zu einem Probearbeitstag einladen! Du lernst das Team kennen, arbeitest an einer kleinen Aufgabe mit und bekommst einen echten Eindruck davon, wie wir arbeiten.
""",
        "inv_kennenlernen": """
Lust auf einen Kaffee? Unser Gründer ist nächste Woche in Berlin und würde dich gern kennenlernen.
Wir möchten Sie gern näher kennenlernen. Hätten Sie Zeit für einen Austausch mit unserer Teamleitung, entweder vor Ort in Köln oder per Video?
Wir würden uns freuen, Sie zu einem Schnuppertag in unserem Betrieb in Winterthur begrüssen zu dürfen. Bitte melden Sie sich bei mir, um ein Datum zu vereinbaren.
""",
        "off_zusage": """
Wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Position {role} anbieten möchten. Die Vertragsunterlagen erhalten Sie in den nächsten Tagen per Post. Bitte geben Sie uns bis zum 30. April Bescheid, ob Sie das Angebot annehmen.
Wir wollen dich im Team haben! Alle waren nach dem Gespräch begeistert. Ich rufe dich morgen an, um über Gehalt und Startdatum zu sprechen.
Herzlichen Glückwunsch! Die Auswahlkommission hat sich für Sie entschieden. Vorbehaltlich der Zustimmung des Personalrats möchten wir Sie zum 1. Oktober einstellen.
Wir freuen uns, Ihnen eine Zusage für die Stelle als {role} geben zu können. Das Bruttomonatsgehalt beträgt 3.850 Euro (14 Mal jährlich). Bitte bestätigen Sie uns bis Freitag, ob Sie die Stelle antreten möchten.
""",
        "off_vertrag": """
Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Juni zurück. Wir freuen uns auf die Zusammenarbeit!
Gerne bestätigen wir Ihnen die Anstellung als {role} per 1. August mit einem Pensum von 80 %. Den Arbeitsvertrag stellen wir Ihnen in den nächsten Tagen zur Unterzeichnung zu.
Willkommen an Bord! Wir haben den Vertrag für Sie vorbereitet, Ihr erster Arbeitstag wäre der 2. Januar. Sobald Sie unterschrieben haben, schicken wir Ihnen Ihren Laptop nach Hause.
""",
        "oth_alert": """
Neue Stellenangebote für Ihren Suchauftrag "Controller Hamburg": 4 neue Treffer, darunter {role} bei {company}. Suchauftrag bearbeiten oder abbestellen in Ihrem Profil.
Diese Jobs könnten Sie interessieren: Data Analyst (m/w/d) in Frankfurt, Business Analyst (Remote), Junior Controller in Offenbach. Jetzt ansehen.
Ihr Job-Alert für heute: 7 neue Stellen in der Nähe von Wien. Der Job {role} bei {company}, den Sie gespeichert haben, läuft in 2 Tagen ab.
""",
        "oth_newsletter": """
Karriere-News Mai: Wir stellen unser neues Mentoring-Programm vor, drei Kolleginnen erzählen von ihrem Quereinstieg, und im Juni sind wir auf der Jobmesse in Leipzig. Besuchen Sie uns an Stand C14!
Hallo aus unserem Talent-Netzwerk! In dieser Ausgabe: So bereiten Sie sich auf ein Videointerview vor, unsere neuen Standorte in Dresden und Graz und aktuelle offene Stellen in IT und Finanzen.
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und unterstütze derzeit einen mittelständischen Maschinenbauer im Raum Stuttgart bei der Suche nach einem {role}. Hätten Sie Interesse an einem kurzen, vertraulichen Austausch?
Ich bin Recruiterin bei einer Personalberatung in Berlin und habe gerade eine spannende Rolle bei einem Climate-Tech-Startup auf dem Tisch. Wäre das was für dich? Ich würde dir gern mehr erzählen.
Wir sind eine auf Finanz- und Rechnungswesen spezialisierte Personalvermittlung in Zürich. Für eine Festanstellung bei einem renommierten Kunden suchen wir Persönlichkeiten mit Ihrem Hintergrund. Dürfen wir Ihnen die Details zusenden?
""",
        "oth_umfrage": """
Sie haben sich kürzlich bei uns beworben. Wie zufrieden waren Sie mit dem Bewerbungsprozess? Die Beantwortung unserer kurzen, anonymen Umfrage dauert nur drei Minuten.
""",
        "oth_rueckzug": """
Wie gewünscht haben wir Ihre Bewerbung als {role} zurückgezogen und Ihre Daten aus unserem System gelöscht.
Danke für deine Nachricht, schade, dass es nicht passt! Wir haben deine Bewerbung wie gewünscht zurückgezogen. Viel Erfolg bei deiner neuen Stelle!
""",
    },
    "fr": {
        "rej_apres_candidature": """
Nous avons étudié avec attention votre candidature au poste de {role}. Nous sommes malheureusement au regret de vous informer que nous ne pouvons pas y donner une suite favorable.
Après examen attentif de votre dossier, nous avons retenu des profils correspondant davantage aux exigences du poste. Nous conservons néanmoins votre CV dans notre base afin de vous recontacter si une opportunité se présente.
Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Nous avons reçu un nombre important de candidatures pour cet affichage, et seules les personnes dont le profil correspondait le mieux aux exigences ont été convoquées.
Merci d'avoir postulé chez nous ! On a regardé ton profil avec attention, mais on a décidé de ne pas aller plus loin pour ce poste.
Après une analyse approfondie de votre dossier, nous sommes au regret de vous faire savoir que nous ne retenons pas votre candidature pour la fonction de {role}.
Nous avons examiné votre dossier avec intérêt. Malheureusement, votre profil ne correspond pas entièrement aux exigences du poste, notamment en ce qui concerne la maîtrise de l'allemand. C'est pourquoi nous ne pouvons pas donner suite à votre candidature.
""",
        "rej_apres_entretien": """
Nous vous remercions pour le temps que vous nous avez consacré lors de notre entretien. Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont l'expérience correspond plus précisément à nos besoins actuels.
Suite à votre entretien avec Mme Lefebvre, nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue. Votre parcours est très intéressant, mais nous recherchons un profil plus expérimenté en gestion de comptes grands clients.
Merci encore pour l'échange de mardi avec Julien et moi. On a eu beaucoup de mal à trancher, mais on a finalement choisi une autre personne, un peu plus senior sur la partie back-end. Si tu veux un retour plus détaillé, je suis dispo pour un appel.
À la suite de votre entrevue, nous vous informons que nous n'irons pas de l'avant avec votre candidature. Le comité de sélection a retenu une personne dont le profil répondait davantage aux besoins de l'équipe.
SUBJECT: Votre candidature chez {company} || Après les entretiens finaux, notre choix s'est porté sur une autre candidature. Nous tenions à vous en informer personnellement et à vous remercier pour la qualité de nos échanges.
Nous avons apprécié notre rencontre et la présentation de votre étude de cas. Malheureusement, nous ne donnerons pas suite à votre candidature à l'issue de ce deuxième tour.
""",
        "rej_apres_test": """
Nous vous remercions d'avoir réalisé les tests en ligne. Vos résultats ne nous permettent malheureusement pas de poursuivre votre candidature pour notre programme Graduate.
Nous avons examiné l'exercice technique que vous nous avez transmis. Malgré des points positifs, il ne répond pas suffisamment aux attendus du poste et nous ne poursuivrons donc pas le processus.
Merci pour ton test technique ! L'équipe l'a relu en détail ; malheureusement, plusieurs cas limites n'étaient pas gérés et on ne va pas continuer ensemble sur ce recrutement.
""",
        "rej_poste_pourvu": """
Nous vous informons que le poste de {role} a été pourvu. Nous vous remercions de l'intérêt que vous avez porté à notre entreprise.
Le poste pour lequel vous avez postulé n'est plus disponible : nous avons finalisé notre recrutement la semaine dernière.
Veuillez noter que le poste a été comblé. Votre candidature ne sera donc pas considérée pour ce concours.
Nous avons le plaisir d'accueillir une nouvelle collaboratrice sur ce poste, ce qui met fin au processus de recrutement. Nous ne pourrons donc pas donner suite à votre candidature.
""",
        "rej_poste_annule": """
En raison d'une réorganisation interne, le recrutement pour le poste de {role} a été annulé. Nous sommes désolés de ne pouvoir donner suite à votre candidature.
Nous devons malheureusement arrêter ce recrutement : le projet auquel le poste était rattaché a été abandonné par notre client.
Le gel des embauches décidé par la direction nous oblige à clôturer l'ensemble des processus en cours, dont celui pour lequel vous aviez postulé.
""",
        "rej_candidat_interne": """
Le poste a finalement été attribué à un collaborateur en interne, dans le cadre de notre politique de mobilité. Nous ne pouvons donc pas retenir votre candidature.
Nous avons privilégié une candidature interne pour ce poste. Nous tenions néanmoins à vous remercier pour votre démarche.
""",
        "rej_fonction_publique": """
J'ai le regret de vous informer que votre candidature au poste de {role} (référence 2024-0562) n'a pas été retenue par la commission de sélection. Conformément à la réglementation, votre dossier sera conservé pendant deux ans.
Suite à l'examen de votre dossier par le jury, je suis au regret de vous faire connaître que vous n'êtes pas admissible aux épreuves orales du concours.
Nous vous informons que vous n'avez pas réussi l'épreuve de sélection comparative. Vous trouverez votre résultat détaillé dans votre compte en ligne.
Nous désirons vous informer que votre candidature n'a pas été retenue à l'étape de l'analyse des dossiers, puisque vous ne satisfaites pas aux conditions d'admission relatives à la scolarité.
""",
        "rej_universite": """
Le comité de sélection s'est réuni le 14 mai et a examiné l'ensemble des dossiers reçus pour le poste de maître de conférences. Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour l'audition.
Nous avons bien étudié votre candidature pour le contrat doctoral. Malheureusement, nous ne sommes pas en mesure de vous proposer ce contrat, le nombre de places financées étant très limité cette année.
""",
        "rej_cabinet": """
Je reviens vers vous suite au retour de notre client concernant le poste de {role}. Malheureusement, il a décidé de ne pas poursuivre avec votre candidature, privilégiant un profil ayant davantage d'expérience dans l'industrie pharmaceutique.
Petit point rapide : le client a fait son choix et ce n'est malheureusement pas toi cette fois. Je garde ton profil en tête pour d'autres missions.
Notre client a finalement retenu un candidat présenté par un autre cabinet. Je suis désolé de cette issue, votre entretien s'était très bien passé.
""",
        "rej_bref": """
Votre candidature n'a pas été retenue.
Nous ne donnerons pas suite à votre candidature. Bonne continuation.
Poste pourvu. Merci.
""",
        "rej_chaleureux": """
Je voulais vous écrire personnellement plutôt que de vous envoyer un message type. Nous avons choisi une autre personne, et la décision s'est jouée à très peu de chose. Votre présentation sur la stratégie de contenu a beaucoup marqué l'équipe. N'hésitez pas à garder le contact.
Ce n'est jamais agréable à écrire : on ne va pas continuer ensemble pour ce poste. Sache que toute l'équipe a adoré échanger avec toi et que tu étais vraiment dans le duo final.
""",
        "rej_implicite": """
Leader européen de l'hôtellerie de plein air, nous accueillons chaque été plus de deux millions de vacanciers dans nos 140 campings, et nos équipes saisonnières sont au cœur de cette réussite. Le processus de recrutement pour le poste de {role} est désormais terminé et la personne retenue a pris ses fonctions. Nous vous remercions de l'intérêt porté à notre groupe.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention par nos équipes et nous reviendrons vers vous dans les meilleurs délais.
Votre candidature a bien été enregistrée. Ceci est un message automatique, merci de ne pas y répondre.
Nous avons bien reçu votre candidature. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
Bien reçu ! On prend le temps de regarder ton profil et on revient vers toi d'ici deux semaines, quoi qu'il arrive.
""",
        "ack_en_cours": """
Votre candidature est actuellement en cours d'étude par le responsable du recrutement. Nous ne manquerons pas de vous tenir informé(e) de la suite.
Le statut de votre candidature a été mis à jour : « En cours d'examen ». Connectez-vous à votre espace candidat pour en savoir plus.
Votre dossier a passé la première étape de présélection et a été transmis au manager opérationnel. Aucune action n'est requise de votre part pour le moment.
""",
        "ack_delai": """
Le processus de sélection prend plus de temps que prévu en raison du nombre important de candidatures. Votre dossier est toujours à l'étude et nous vous recontacterons d'ici la fin du mois.
Je me permets de vous tenir informé(e) : la décision concernant les entretiens est repoussée à la rentrée en raison des congés d'été. Rien n'est décidé pour le moment.
Nous étudions actuellement l'ensemble des dossiers reçus. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
""",
        "ack_documents": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme ainsi qu'une pièce d'identité en cours de validité avant le 15 mars.
Pourriez-vous nous indiquer vos prétentions salariales et la durée de votre préavis ? Ces éléments nous permettront de transmettre votre candidature au manager.
""",
        "ack_vivier": """
Votre candidature a été versée dans notre vivier pour la promotion de septembre. Les affectations seront décidées en juillet, une fois les besoins des agences connus.
Vous avez réussi la première épreuve et votre nom a été inscrit sur la liste des candidats admis à l'étape suivante. Les convocations seront envoyées par ordre de classement dans les prochaines semaines.
""",
        "ack_suspendu": """
Le recrutement pour le poste de {role} est temporairement suspendu dans l'attente de la validation budgétaire. Aucune décision n'a été prise concernant votre candidature, qui reste active.
""",
        "inv_entretien": """
Votre candidature a retenu notre attention et nous souhaiterions vous rencontrer pour un entretien le jeudi 11 avril à 14h dans nos locaux de Lyon, 24 rue de la République. Merci de nous confirmer votre présence.
Nous avons le plaisir de vous convoquer à une entrevue pour le poste de {role}, le 5 juin à 10 h, par Teams. L'entrevue durera environ une heure.
Nous avons le plaisir de vous inviter à un entretien avec le jury le 18 septembre. Vous serez invité(e) à présenter votre parcours en dix minutes, puis à échanger avec les membres du jury.
Nous vous invitons à un entretien de présentation dans nos bureaux de Lausanne. Pourriez-vous nous indiquer vos disponibilités pour la semaine prochaine ?
""",
        "inv_appel": """
Seriez-vous disponible pour un premier échange téléphonique de 20 minutes cette semaine ? J'aimerais vous présenter le poste et en savoir plus sur votre parcours.
Ton profil nous plaît beaucoup ! Tu aurais un moment pour un petit call en visio avec notre CTO ?
J'aimerais beaucoup échanger avec vous autour d'un café, à l'agence ou en visio, selon ce qui vous arrange. Quelles sont vos disponibilités ?
""",
        "inv_tests": """
La prochaine étape du processus consiste en un test de logique en ligne d'une durée de 45 minutes. Vous recevrez le lien dans un e-mail séparé ; il est valable cinq jours.
Nous souhaiterions vous convier à une journée d'évaluation le 3 octobre à Bruxelles : mise en situation, exercice de groupe et entretien individuel.
""",
        "inv_creneau": """
Merci de réserver un créneau pour votre entretien vidéo via le lien suivant : https://rdv.recrutement-planif.example/c/71QX . Les créneaux proposés couvrent les deux prochaines semaines.
Bonne nouvelle : l'équipe souhaite poursuivre avec vous ! Choisissez le créneau qui vous convient dans votre espace candidat, rubrique « Mes rendez-vous ».
""",
        "off_proposition": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une prise de poste le 2 septembre. Vous trouverez ci-joint la promesse d'embauche précisant votre rémunération annuelle brute de 46 000 euros. Merci de nous faire part de votre réponse avant le 20 juillet.
Nous sommes heureux de vous offrir le poste de {role}. La lettre d'offre ci-jointe présente les conditions d'emploi, incluant un salaire annuel de 72 000 $ et quatre semaines de vacances.
Suite à la délibération du comité, je suis heureuse de vous annoncer que votre candidature a été retenue pour le poste de {role}. Le service des ressources humaines prendra contact avec vous pour organiser votre prise de fonctions.
""",
        "off_bienvenue": """
On a le plaisir de te dire qu'on aimerait beaucoup que tu rejoignes l'équipe ! Je t'appelle demain pour parler du salaire et de ta date d'arrivée.
Bienvenue parmi nous ! Vous trouverez ci-joint votre contrat de travail à nous retourner signé, ainsi que les informations pratiques pour votre premier jour, le lundi 6 janvier.
""",
        "oth_alert": """
5 nouvelles offres correspondent à votre alerte « Chef de projet - Lyon » : {role} chez {company}, Chargé de mission RSE, Chef de projet digital. Gérer mes alertes.
Ces offres pourraient vous intéresser : Analyste de données (Montréal), Conseiller en communication (Québec), {role} (télétravail). Voir toutes les offres.
""",
        "oth_newsletter": """
La lettre Carrières de septembre : découvrez nos métiers en région, le témoignage de trois alternants et les dates de nos prochains forums écoles.
""",
        "oth_cold": """
Consultant au sein d'un cabinet de recrutement spécialisé en finance, je me permets de vous contacter au sujet d'une opportunité de {role} chez l'un de nos clients, un groupe industriel basé à Nantes. Seriez-vous ouvert(e) à un échange ?
Hello ! Je bosse pour un cabinet qui accompagne des startups parisiennes, et j'ai un poste qui pourrait te plaire. Tu serais partant(e) pour en discuter ?
""",
        "oth_evenement": """
Rejoignez-nous à notre Job Dating le jeudi 14 novembre à partir de 18h dans nos locaux de Bordeaux. Rencontrez nos équipes et découvrez nos postes ouverts. Inscription gratuite mais obligatoire.
Nous vous invitons à notre webinaire « Réussir son entretien vidéo » le 22 mars à 12h30. Inscrivez-vous depuis votre espace candidat.
""",
        "oth_retrait": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. N'hésitez pas à postuler de nouveau à l'avenir.
""",
    },
    "es": {
        "rej_tras_postulacion": """
Tras revisar detenidamente su candidatura para el puesto de {role}, lamentamos comunicarle que no ha sido seleccionada para continuar en el proceso.
Te agradecemos tu interés en formar parte de nuestro equipo. Después de analizar tu perfil, hemos decidido avanzar con otros candidatos cuya experiencia se ajusta más a los requisitos de la vacante.
Gracias por postularte. Revisamos tu CV con atención y, por ahora, decidimos seguir con otros perfiles para esta búsqueda. Te vamos a tener en cuenta para futuras oportunidades.
Le informamos de que, en esta ocasión, su perfil no se ajusta a las necesidades del puesto, por lo que no continuaremos con su candidatura.
Hemos revisado tu candidatura y, aunque tu perfil es interesante, en esta ocasión no vamos a seguir adelante contigo en el proceso de {role}.
Lamentamos informarle que su postulación para el cargo de {role} no avanzará a la siguiente etapa. El cargo requiere residencia en Santiago y disponibilidad para turnos rotativos.
""",
        "rej_tras_entrevista": """
Le agradecemos el tiempo dedicado a la entrevista del pasado jueves. Tras valorar a todos los candidatos, hemos decidido continuar con otra persona cuyo perfil encaja mejor con lo que buscamos en este momento.
Fue un gusto conversar contigo la semana pasada. Lamentablemente, el equipo decidió avanzar con otro candidato para la posición. Tu experiencia en logística nos pareció muy valiosa y guardaremos tu CV.
Gracias por la charla con el equipo. Estuvimos evaluando y finalmente decidimos avanzar con otra persona que tiene más experiencia en el rubro. Fue una decisión difícil.
Después de la segunda entrevista con la dirección, lamentamos comunicarle que no ha sido seleccionado para el puesto. Valoramos mucho su preparación y su interés en {company}.
Gracias por venir a conocernos. Al final nos hemos decidido por otra candidata con más experiencia gestionando equipos, así que no seguiremos contigo en el proceso. Si quieres feedback, te llamo encantada.
SUBJECT: Resultado del proceso de selección || Tras la entrevista por videollamada, el comité de selección ha decidido no continuar con su candidatura. Le agradecemos sinceramente su participación.
""",
        "rej_tras_prueba": """
Gracias por completar la prueba técnica. Lamentablemente, los resultados no alcanzan el nivel requerido para la posición, por lo que no continuaremos con el proceso.
Hemos revisado el caso práctico que nos enviaste. Aunque tiene puntos muy buenos, no cumple varios de los requisitos del enunciado y hemos decidido no avanzar.
Le comunicamos que, tras el centro de evaluación del día 12, no ha superado la fase de dinámicas grupales del programa de becarios.
""",
        "rej_vacante_cubierta": """
Le informamos que la vacante de {role} ya ha sido cubierta. Agradecemos su interés en nuestra empresa.
La posición para la que te postulaste ya fue cubierta, por lo que cerramos el proceso. ¡Gracias por tu interés!
Te cuento que ya cerramos la búsqueda: la posición quedó cubierta. Gracias por tu tiempo.
Hemos incorporado a una persona para el puesto de {role}, por lo que su candidatura no seguirá adelante.
""",
        "rej_vacante_cancelada": """
Debido a una reestructuración interna, hemos decidido cancelar el proceso de selección para el puesto de {role}. Lamentamos las molestias.
Por cambios en el presupuesto del área, la vacante fue cancelada y no se continuará con el proceso.
Te escribimos para contarte que la empresa ha congelado las contrataciones hasta nuevo aviso, por lo que cerramos todos los procesos abiertos, incluido el tuyo.
""",
        "rej_candidato_interno": """
La vacante ha sido cubierta mediante promoción interna. Le agradecemos su participación en el proceso.
Finalmente la posición la ocupó una persona del equipo, así que no vamos a avanzar con candidatos externos.
""",
        "rej_sector_publico": """
Le comunicamos que se ha publicado en la sede electrónica la lista definitiva de aspirantes admitidos y excluidos. Figura usted como excluido por no acreditar la titulación exigida. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Le informamos que, de acuerdo con los resultados del examen de conocimientos, usted no obtuvo la calificación mínima aprobatoria, por lo que no continúa en el concurso para la plaza de {role}.
Una vez concluida la valoración de méritos, el tribunal calificador ha hecho pública la relación de aspirantes seleccionados. Lamentamos comunicarle que usted no se encuentra entre ellos.
Informamos a usted que no ha sido preseleccionado para la etapa de entrevistas del concurso público, al no alcanzar el puntaje mínimo en la evaluación curricular.
""",
        "rej_universidad": """
La comisión de selección ha resuelto la convocatoria de contratos predoctorales. Lamentamos informarle de que su solicitud no ha obtenido plaza.
El comité de búsqueda ha concluido la evaluación de candidaturas para la plaza de profesor asistente. Le agradecemos su interés, pero su candidatura no ha sido seleccionada para la fase de entrevistas.
""",
        "rej_consultora": """
Te escribo para darte el feedback de nuestro cliente: lamentablemente han decidido no avanzar con tu candidatura, ya que buscan un perfil con más experiencia en SAP FI.
Hablé con la empresa y me confirmaron que van a seguir con otro candidato. Igual quedás en nuestra base y te aviso apenas tenga algo que encaje.
Nuestro cliente ha revisado la terna presentada y ha optado por otro candidato. Le agradezco mucho su tiempo y disposición durante todo el proceso.
""",
        "rej_breve": """
Su candidatura no ha sido seleccionada.
No seguiremos adelante con tu postulación. ¡Suerte!
Vacante cubierta. Gracias por postular.
""",
        "rej_calido": """
Quería escribirte personalmente en lugar de mandarte un correo automático. Elegimos a otra persona, pero fue muy reñido. Tu propuesta para el rediseño de la app nos encantó, y si se abre otra vacante en diseño, serás la primera persona a la que llame.
Me cuesta escribirte esto: no vamos a seguir con vos para esta posición. Quiero que sepas que quedaste entre los dos finalistas y que el equipo te recuerda con mucho cariño.
""",
        "rej_implicito": """
Somos una de las cadenas de supermercados con mayor crecimiento del país, con más de 300 tiendas y un compromiso firme con el producto local y el empleo estable. Cada año incorporamos a miles de personas y apostamos por su desarrollo. Le informamos de que el proceso de selección para {role} ha finalizado y la persona seleccionada ya se ha incorporado a nuestro equipo.
""",
        "ack_recepcion": """
Hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo de selección la revisará y se pondrá en contacto con usted si su perfil encaja con lo que buscamos.
¡Recibimos tu postulación! Nuestro equipo de Talento la revisará en los próximos días.
Este es un mensaje automático para confirmar que su solicitud ha sido registrada con el número de referencia 2024-SEL-1187. No responda a este correo.
Recibimos tu CV para la búsqueda de {role}. Te vamos a contactar por este medio si avanzamos con tu perfil.
""",
        "ack_en_revision": """
Su candidatura se encuentra en fase de revisión por parte del responsable del área. Le mantendremos informado.
El estado de tu postulación ha cambiado a "En evaluación". Puedes consultar los detalles en tu portal de candidato.
Tu perfil ha superado el primer filtro y ahora está en manos de la responsable de contratación. No necesitas hacer nada por ahora.
""",
        "ack_retraso": """
El proceso de selección se está alargando más de lo previsto debido al gran volumen de candidaturas. Su candidatura sigue activa y esperamos darle respuesta antes de final de mes.
Queremos informarte que, por el periodo vacacional, el proceso tendrá un retraso de aproximadamente dos semanas. Seguimos considerando tu postulación.
Debido al alto número de postulaciones, solo nos pondremos en contacto con las personas preseleccionadas. Si en un plazo de 30 días no recibe noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasión.
""",
        "ack_documentacion": """
Para continuar con su candidatura, necesitamos que nos envíe copia de su título universitario y de su documento de identidad antes del día 20.
¿Nos podrías pasar tu pretensión salarial y tu disponibilidad para empezar? Con eso le paso tu perfil al equipo.
""",
        "ack_bolsa": """
Le informamos de que ha superado la fase de oposición y se encuentra en la bolsa de candidatos del proceso. Los llamamientos se realizarán por orden de puntuación conforme surjan las necesidades.
Tu perfil ha sido incorporado a nuestra cantera para el programa de prácticas de otoño. Las asignaciones se decidirán en septiembre, cuando las áreas confirmen sus necesidades.
""",
        "ack_pausa": """
El proceso para la posición de {role} se encuentra en pausa temporal mientras se confirma el presupuesto. No se ha tomado ninguna decisión sobre las candidaturas y le avisaremos cuando se retome.
""",
        "inv_entrevista": """
Nos gustaría invitarle a una entrevista para el puesto de {role} el próximo martes 14 de mayo a las 10:00 en nuestras oficinas de Madrid, calle de Alcalá 120. Por favor, confirme su asistencia.
Nos da gusto informarte que fuiste seleccionado para una entrevista. ¿Tienes disponibilidad el jueves a las 11:00 a. m. (hora del centro) por Google Meet?
¡Hola! Nos gustaría coordinar una entrevista con vos. ¿Qué días y horarios te quedan cómodos la semana que viene?
Queda usted convocado a la entrevista personal del proceso selectivo el día 3 de junio a las 9:30 en la sede del organismo. Deberá presentar el DNI original.
""",
        "inv_llamada": """
¿Tendrías 20 minutos esta semana para una llamada? Me gustaría contarte más sobre el puesto y conocer tu trayectoria.
El equipo ha visto tu portfolio y le encantaría charlar contigo. ¿Te va bien una videollamada el viernes por la mañana?
¿Te copa tomar un café con el equipo la semana que viene? Queremos conocerte un poco más.
""",
        "inv_prueba": """
El siguiente paso del proceso es una prueba técnica online de 60 minutos. Recibirá el enlace en un correo aparte y tendrá 72 horas para completarla.
Le invitamos a participar en nuestro assessment center el próximo 20 de octubre en Bogotá, que incluye una dinámica grupal, un caso práctico y una entrevista individual.
""",
        "inv_agenda": """
Reserva tu entrevista en el horario que prefieras a través de este enlace: https://agenda.seleccion-rapida.example/e/P4M2
¡Buenas noticias! Has pasado a la siguiente fase. Entra en tu portal de candidato y elige un horario para la videollamada con el equipo.
""",
        "off_oferta": """
Nos complace ofrecerle el puesto de {role} con contrato indefinido y una retribución bruta anual de 38.000 euros. Adjuntamos la carta oferta con todas las condiciones; le agradeceríamos una respuesta antes del viernes.
¡Felicidades! Nos da mucho gusto informarte que has sido seleccionado para la posición de {role}. Adjuntamos la propuesta económica con las prestaciones de ley y superiores.
¡Queremos que te sumes al equipo! Te mando la propuesta formal con el salario y la fecha de ingreso. Cualquier duda, hablamos.
""",
        "off_bienvenida": """
Bienvenido a {company}. Adjuntamos su contrato para que nos lo devuelva firmado, así como la información sobre su primer día, el lunes 1 de julio.
El equipo ha decidido que eres la persona que buscamos para el puesto. ¿Podrías empezar el 15 de septiembre? Te llamo mañana para cerrar los detalles.
""",
        "oth_alert": """
Nuevas ofertas para tu búsqueda "analista de datos Madrid": {role} en {company}, Analista BI junior, Data Analyst (híbrido). Gestiona tus alertas desde tu perfil.
Vacantes recomendadas para ti: Ejecutivo de cuenta (CDMX), Analista de compras (Monterrey), {role} (remoto). Ver todas.
""",
        "oth_newsletter": """
Boletín de Talento, marzo: conoce nuestro nuevo programa de becarios, lee la historia de Marta en nuestro equipo de Valencia y descubre las ferias de empleo en las que estaremos.
""",
        "oth_cold": """
Soy consultora en una firma de selección especializada en tecnología y te escribo porque tu perfil encaja con una posición de {role} en una empresa de software en Barcelona. ¿Te interesaría hablar?
¡Hola! Trabajo en una consultora de RR. HH. y estoy con una búsqueda que creo que te puede interesar. ¿Tenés unos minutos para charlar esta semana?
""",
        "oth_evento": """
Te invitamos a nuestra Jornada de Puertas Abiertas el 8 de noviembre a las 17:00 en nuestra sede de Sevilla. Conoce a nuestros equipos y descubre las vacantes abiertas.
""",
        "oth_encuesta": """
Participa en nuestra encuesta de experiencia del candidato. Tu opinión nos ayuda a mejorar y solo te llevará dos minutos.
""",
        "oth_retirada": """
Tal como nos solicitaste, hemos retirado tu candidatura al puesto de {role}. ¡Mucho éxito en tu nuevo proyecto!
""",
    },
    "pt": {
        "rej_apos_candidatura": """
Agradecemos seu interesse em fazer parte do nosso time. Após análise do seu perfil, decidimos seguir com outros candidatos cujas experiências estão mais alinhadas aos requisitos da vaga de {role}.
Após análise cuidada da sua candidatura, lamentamos informar que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
Infelizmente, neste momento, não seguiremos com sua candidatura. Seu currículo ficará em nosso banco de talentos para futuras oportunidades.
Vimos por este meio informar que o seu perfil não corresponde, neste momento, às necessidades da função. Agradecemos o interesse demonstrado na nossa empresa.
Olhamos seu currículo com carinho, mas desta vez optamos por outros perfis para a vaga. Não desanime!
Após avaliação, identificamos que o seu perfil não atende ao requisito de inglês avançado exigido para a posição, por isso não daremos continuidade ao processo.
""",
        "rej_apos_entrevista": """
Muito obrigado pelo tempo dedicado à entrevista. Após avaliarmos todos os candidatos, optamos por seguir com outro profissional, cuja experiência está mais aderente ao momento da área.
Agradecemos a sua disponibilidade para a entrevista. Após ponderação, decidimos avançar com outro candidato, pelo que não daremos seguimento à sua candidatura.
Foi muito legal conversar com você na terça! A decisão foi difícil, mas seguimos com uma pessoa com mais experiência em gestão de squads. Se quiser, posso te passar um feedback mais detalhado por telefone.
Na sequência da entrevista com a direção, lamentamos informar que não foi o candidato selecionado para a função de {role}.
Depois das entrevistas finais, a liderança decidiu seguir com outra candidatura. Agradecemos muito pela sua participação em todas as etapas.
SUBJECT: Retorno sobre o processo seletivo || Agradecemos sua participação no painel com os gestores. Infelizmente você não avançou para a etapa final.
""",
        "rej_apos_teste": """
Obrigado por realizar o teste técnico. Infelizmente o resultado ficou abaixo do esperado para a vaga e, por isso, não seguiremos com o processo.
Após a correção da prova de conhecimentos, informamos que não obteve a classificação mínima necessária para passar à fase seguinte.
Analisamos o case que você enviou. Ele tem pontos bons, mas não atendeu a alguns requisitos importantes do desafio, então decidimos encerrar sua participação aqui.
""",
        "rej_vaga_preenchida": """
Informamos que a vaga de {role} já foi preenchida. Agradecemos o seu interesse.
Informamos que a posição a que se candidatou já se encontra preenchida, pelo que o processo foi encerrado.
Passando para avisar que fechamos a vaga com outra pessoa. Obrigado pela paciência ao longo do processo!
A posição foi ocupada por um candidato que já estava numa etapa mais avançada do processo, e por isso encerramos as demais candidaturas.
""",
        "rej_vaga_cancelada": """
Em razão de uma reestruturação interna, a vaga de {role} foi cancelada. Pedimos desculpas pelo transtorno.
Informamos que o processo de recrutamento foi encerrado por decisão da administração, não havendo lugar a contratação.
Por conta do congelamento de contratações anunciado pela empresa, todos os processos seletivos em andamento foram encerrados, incluindo o seu.
""",
        "rej_candidato_interno": """
A vaga foi preenchida por meio de recrutamento interno. Agradecemos sua participação.
Optámos por preencher a função com um colaborador interno, pelo que não daremos seguimento às candidaturas externas.
""",
        "rej_setor_publico": """
Comunicamos que, conforme o resultado publicado no Diário Oficial, o(a) candidato(a) não obteve a pontuação mínima na prova objetiva e está eliminado(a) do concurso.
Informa-se que, após a avaliação curricular, V. Exa. foi excluído(a) do procedimento concursal por não reunir o requisito de habilitação académica exigido.
Informamos que sua inscrição no processo seletivo simplificado foi indeferida por ausência da documentação comprobatória exigida no edital.
Terminado o procedimento, a lista unitária de ordenação final foi homologada. Lamentamos informar que a sua classificação não permite a sua contratação.
""",
        "rej_universidade": """
A comissão de seleção do programa de pós-graduação divulgou o resultado final. Infelizmente sua candidatura não foi aprovada para a bolsa de mestrado.
O júri do concurso para investigador júnior concluiu a avaliação das candidaturas. Lamentamos informar que a sua candidatura não foi selecionada para a fase de entrevistas.
""",
        "rej_consultoria": """
Recebi o retorno do cliente sobre a vaga de {role}: infelizmente eles decidiram seguir com outro candidato. Continuo de olho em novas oportunidades pra você.
Recebemos o feedback do nosso cliente e, infelizmente, a sua candidatura não vai avançar. Procuravam alguém com mais experiência no setor bancário.
O cliente gostou muito de você, mas acabou fechando com um candidato que tinha disponibilidade imediata. Sinto muito!
""",
        "rej_curta": """
Sua candidatura não foi aprovada.
A sua candidatura não foi selecionada.
Vaga encerrada. Obrigado por participar.
""",
        "rej_calorosa": """
Queria te escrever pessoalmente, e não mandar um e-mail padrão. Escolhemos outra pessoa, e foi uma decisão muito apertada. Sua apresentação sobre a jornada do cliente ficou na cabeça de todo mundo. Vamos manter contato!
Custa-me escrever-lhe esta mensagem: decidimos avançar com outra pessoa. Quero que saiba que foi um dos dois finalistas e que a equipa ficou muito bem impressionada.
""",
        "rej_implicita": """
Somos referência em energia renovável no Nordeste, com mais de 40 parques eólicos em operação e um time de 2.000 pessoas apaixonadas por inovação. Em 2024 fomos eleitos uma das melhores empresas para trabalhar do setor. O processo seletivo para {role} foi concluído e a pessoa selecionada já iniciou suas atividades. Agradecemos o interesse em nossa empresa.
""",
        "ack_recebida": """
Recebemos sua candidatura para a vaga de {role}! Nosso time de Recrutamento vai analisar seu perfil e entrará em contato em breve.
Confirmamos a receção da sua candidatura. Esta é uma mensagem automática, por favor não responda.
Sua inscrição foi concluída com sucesso. Acompanhe o status pela nossa plataforma de vagas.
Acusamos a receção da sua candidatura ao procedimento concursal com a referência 18/2024. As candidaturas serão analisadas após o termo do prazo.
""",
        "ack_em_analise": """
Seu currículo está em análise pela área responsável. Assim que tivermos novidades, avisamos você.
O status da sua candidatura mudou para "Em avaliação". Acesse o portal para mais detalhes.
A sua candidatura passou a triagem inicial e foi encaminhada para o responsável da equipa. Não é necessária nenhuma ação da sua parte neste momento.
""",
        "ack_atraso": """
O processo está levando mais tempo do que o previsto por conta do grande número de inscritos. Sua candidatura continua ativa e daremos retorno até o fim do mês.
Devido ao período de férias, as entrevistas serão adiadas para setembro. A sua candidatura continua em análise.
Devido ao alto volume de candidaturas, entraremos em contato apenas com os selecionados para a próxima etapa. Caso não receba retorno em até 30 dias, considere que seu perfil não foi selecionado desta vez.
""",
        "ack_documentos": """
Para darmos sequência ao processo, precisamos que você envie cópia do diploma e do comprovante de residência até sexta-feira.
Poderia indicar-nos a sua expectativa salarial e a sua disponibilidade para início de funções? Assim poderemos encaminhar a sua candidatura.
""",
        "ack_cadastro_reserva": """
Você foi aprovado(a) na prova objetiva e está classificado(a) no cadastro de reserva. As convocações serão feitas conforme a ordem de classificação e a necessidade da instituição.
A sua candidatura foi integrada na bolsa de recrutamento. Será contactado(a) caso surja uma necessidade compatível com o seu perfil, por ordem de classificação.
""",
        "ack_pausa": """
O processo seletivo para {role} está temporariamente suspenso enquanto aguardamos a aprovação do orçamento. Nenhuma decisão foi tomada sobre as candidaturas.
""",
        "inv_entrevista": """
Gostaríamos de convidar você para uma entrevista com a gestora da área na quinta-feira, às 15h, por Google Meet. Pode confirmar sua disponibilidade?
Temos o prazer de o(a) convidar para uma entrevista presencial no dia 12 de junho, às 10h00, nas nossas instalações em Lisboa, Avenida da Liberdade 190.
Fica convocado(a) para a entrevista profissional de seleção, a realizar no dia 4 de julho pelas 14h30 no edifício dos Paços do Concelho.
Parabéns, você avançou para a etapa de entrevista! Em breve nossa equipe entrará em contato para agendar o melhor horário.
""",
        "inv_conversa": """
Oi! Vi seu perfil e adoraria bater um papo rápido com você sobre a vaga. Você tem 20 minutinhos amanhã?
O time gostou bastante do seu portfólio. Bora marcar um café virtual com nosso Head de Design na semana que vem?
Teria disponibilidade para uma breve conversa telefónica esta semana? Gostaria de lhe apresentar a função e conhecer melhor o seu percurso.
""",
        "inv_teste": """
A próxima etapa é um teste online de raciocínio lógico e inglês. Você receberá o link por e-mail e terá 48 horas para concluir.
Convidamo-lo(a) a participar no nosso dia de avaliação, no Porto, a 15 de outubro, que incluirá uma dinâmica de grupo, um estudo de caso e uma entrevista individual.
""",
        "inv_agendamento": """
Agende sua entrevista no horário que preferir pelo link: https://agenda.recrutaja.example/s/K8D1
Boa notícia! Você foi aprovado(a) para a próxima fase. Acesse a plataforma e escolha um horário para a dinâmica em grupo.
""",
        "off_proposta": """
Temos o prazer de oferecer a você a posição de {role}, em regime CLT, com salário mensal de R$ 9.800, vale-refeição, plano de saúde e PLR. A proposta formal segue em anexo; pedimos retorno até sexta-feira.
Temos o prazer de lhe apresentar uma proposta para a função de {role}, com contrato sem termo e uma remuneração base anual de 32.000 euros, paga em 14 prestações.
Queremos muito você no time! Estou te mandando a proposta com salário e benefícios. Podemos conversar amanhã para alinhar a data de início?
""",
        "off_boas_vindas": """
Parabéns, você foi aprovado(a) no processo seletivo para {role}! Nosso time de Departamento Pessoal vai entrar em contato para iniciar a admissão.
É com muito gosto que lhe comunicamos que foi o(a) candidato(a) selecionado(a) para a função. Enviamos em anexo o contrato de trabalho para assinatura.
""",
        "oth_alert": """
Novas vagas para você: {role} na {company}, Analista de Dados Júnior (São Paulo), Analista de BI (remoto). Ver todas as vagas.
Alerta de emprego: 6 novas ofertas para "gestor de projeto Porto". Gerir alertas na sua área pessoal.
""",
        "oth_newsletter": """
Newsletter Carreiras, edição de abril: conheça nosso programa de estágio, leia o depoimento de três trainees e confira as feiras de carreira em que estaremos.
""",
        "oth_cold": """
Sou headhunter em uma consultoria especializada em tecnologia e estou com uma posição de {role} em um banco digital em São Paulo. Faz sentido conversarmos?
Sou consultora numa empresa de recrutamento especializado e gostaria de lhe apresentar uma oportunidade numa multinacional em Lisboa. Estaria disponível para uma breve conversa?
""",
        "oth_pesquisa": """
Como foi sua experiência no nosso processo seletivo? Responda nossa pesquisa rápida e nos ajude a melhorar.
""",
        "oth_evento": """
Venha conhecer-nos no nosso Open Day a 25 de maio, no campus de Braga. Inscrições gratuitas mas limitadas.
""",
        "oth_desistencia": """
Conforme solicitado, sua candidatura para a vaga de {role} foi cancelada. Desejamos sucesso na sua nova jornada!
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Candidate,",
            "Hi there,",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for applying for the {role} position.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply for the {role} role.",
            "We appreciate your interest in joining {company}.",
            "Thanks so much for your interest in {role} and in our team.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your search, and thank you again.",
            "We hope you find a role that's a great fit soon.",
            "All the best for the future.",
            "We encourage you to apply for future roles that match your experience.",
        ],
        "marketing": [
            "At {company}, we build tools that help small businesses get paid faster. Since 2012 we have grown to more than 600 people across five offices, and this year we were named a Top Employer for the third time running.",
            "{company} is a purpose-led organisation working to make healthcare fairer. Our teams in Sydney, Melbourne and Auckland support more than 300 clinics, and we offer flexible working, paid volunteering days and a generous learning budget.",
            "Founded in Bengaluru, {company} now serves clients in 22 countries. We are proud of our inclusive culture, our mentorship programme and the fact that 40% of our leadership roles are held by women.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Thanks,\n{sender}",
            "Warm wishes,\n{sender}\nPeople Team",
            "Sincerely,\nThe {company} Recruiting Team",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply.",
            "You are receiving this email because you applied for a position at {company}. To manage your communication preferences, visit your candidate profile.",
            "{company} is an equal opportunity employer. We process your personal data in accordance with our Candidate Privacy Notice.",
            "Unsubscribe | Privacy Policy | Help Centre",
            "CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.",
        ],
        "subject_app": [
            "Your application to {company}",
            "Your application for {role}",
            "Update on your application",
            "{company}: {role} application",
            "Application status update",
            "Regarding your application",
        ],
        "subject_inv": [
            "Next steps: {role} at {company}",
            "Interview invitation - {role}",
            "Let's talk about {role}",
            "{company} - scheduling your conversation",
            "Invitation: next stage for {role}",
        ],
        "subject_off": [
            "Offer of employment - {role}",
            "Great news from {company}",
            "Your offer from {company}",
            "Welcome to {company}!",
            "{role}: good news",
        ],
        "subject_oth": [
            "New jobs for you",
            "This month at {company}",
            "An opportunity you might like",
            "How was your candidate experience?",
            "You're invited",
            "Your application",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first},",
            "Liebe Bewerberin, lieber Bewerber,",
            "Hi {first},",
            "Grüezi {first},",
            "Servus {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihr Interesse an einer Tätigkeit bei {company}.",
            "Danke, dass du dich bei uns beworben hast.",
            "Wir bedanken uns für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Besten Dank für Ihre Bewerbung und die Zeit, die Sie investiert haben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Wir drücken dir die Daumen für deine weitere Suche!",
            "Für Ihre Stellensuche wünschen wir Ihnen weiterhin viel Erfolg.",
        ],
        "marketing": [
            "{company} ist seit über 60 Jahren ein verlässlicher Partner für Industrie und Handel. Mit rund 2.400 Mitarbeitenden an 18 Standorten in Deutschland, Österreich und der Schweiz gestalten wir die Logistik von morgen.",
            "Bei {company} arbeiten wir jeden Tag daran, Medizintechnik sicherer und zugänglicher zu machen. Flexible Arbeitszeiten, mobiles Arbeiten und ein umfangreiches Weiterbildungsangebot sind für uns selbstverständlich.",
            "Als familiengeführtes Unternehmen mit Sitz in Innsbruck setzen wir auf Nachhaltigkeit, Regionalität und ein wertschätzendes Miteinander.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüsse\n{sender}\nHR Business Partner | {company}",
            "Beste Grüße\n{sender}",
            "Viele Grüße\n{sender}\nTeam Recruiting",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der {company}",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company} | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg HRB 123456 | Geschäftsführung: Dr. Petra Lindholm, Markus Oberauer",
            "Diese Nachricht kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung bei {company}",
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Deine Bewerbung bei {company}",
            "Statusänderung Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Einladung: {role} bei {company}",
            "Nächste Schritte in Ihrem Bewerbungsprozess",
            "Kennenlernen bei {company}?",
        ],
        "subject_off": [
            "Ihre Zusage als {role}",
            "Gute Nachrichten von {company}",
            "Vertragsangebot {role}",
            "Willkommen bei {company}!",
        ],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Karriere-News von {company}",
            "Spannende Position für Sie",
            "Ihre Meinung ist gefragt",
            "Ihre Bewerbung wurde zurückgezogen",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour,",
            "Salut {first},",
            "Cher candidat, chère candidate,",
        ],
        "thanks": [
            "Nous vous remercions pour l'intérêt que vous portez à {company} et pour votre candidature au poste de {role}.",
            "Merci d'avoir postulé chez {company}.",
            "Nous avons bien pris connaissance de votre candidature et vous en remercions.",
            "Merci pour ta candidature et pour le temps que tu nous as accordé.",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Nous vous souhaitons une bonne continuation dans vos projets professionnels.",
            "Bonne continuation, et au plaisir de recroiser ton chemin !",
            "Nous vous prions d'agréer nos salutations distinguées et vous souhaitons une pleine réussite.",
        ],
        "marketing": [
            "Depuis plus de 30 ans, {company} accompagne les collectivités et les entreprises dans leur transition énergétique. Nos 1 800 collaborateurs partagent une même ambition : concilier performance et impact positif.",
            "Chez {company}, nous croyons que chaque talent compte. Télétravail, formation continue et engagement associatif font partie de notre quotidien, à Montréal comme à Québec.",
            "Acteur majeur de l'assurance en Belgique et au Luxembourg, {company} place l'humain au cœur de ses métiers.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nChargée de recrutement | {company}",
            "Belle journée,\n{sender}",
            "L'équipe Recrutement de {company}",
            "Salutations distinguées,\n{sender}\nService des ressources humaines",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer, écrivez à donnees-personnelles@example.org.",
            "Pour ne plus recevoir nos communications, cliquez ici pour vous désabonner.",
            "Ce courriel est confidentiel. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
        ],
        "subject_app": [
            "Votre candidature chez {company}",
            "Votre candidature au poste de {role}",
            "Suite donnée à votre candidature",
            "Réponse à votre candidature",
            "Mise à jour de votre candidature",
        ],
        "subject_inv": [
            "Invitation à un entretien",
            "Convocation - {role}",
            "Prochaine étape de votre candidature",
            "On échange ?",
        ],
        "subject_off": [
            "Proposition d'embauche - {role}",
            "Bonne nouvelle de la part de {company}",
            "Offre d'emploi - {role}",
            "Bienvenue chez {company} !",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "La lettre Carrières de {company}",
            "Une opportunité qui pourrait vous intéresser",
            "Vous êtes invité(e) !",
            "Retrait de votre candidature",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buenos días:",
            "Estimado candidato:",
            "¡Hola {first}!",
        ],
        "thanks": [
            "Le agradecemos su interés en {company} y su candidatura al puesto de {role}.",
            "Gracias por postularte a {company}.",
            "Agradecemos el tiempo que has dedicado a tu postulación.",
            "Muchas gracias por tu interés en formar parte de nuestro equipo.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "Te deseamos lo mejor en tus próximos pasos profesionales.",
            "¡Mucha suerte en lo que viene!",
            "Le animamos a seguir atento a nuestras próximas vacantes.",
        ],
        "marketing": [
            "En {company} llevamos más de 25 años impulsando la transformación digital de empresas en México, Colombia y Chile. Nuestro equipo de 1.200 personas comparte una misma pasión: resolver problemas reales con tecnología.",
            "{company} es una compañía líder del sector energético en España, comprometida con la igualdad, la conciliación y el desarrollo profesional de su gente.",
            "Somos una empresa argentina con presencia en toda la región, y nos enorgullece haber sido elegidos como uno de los mejores lugares para trabajar.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender}\nTalento Humano | {company}",
            "Atentamente,\nEquipo de Selección de {company}",
            "¡Saludos!\n{sender}",
            "Abrazo,\n{sender}",
        ],
        "footer": [
            "Este es un correo automático. Por favor, no responda a este mensaje.",
            "Sus datos personales serán tratados conforme a nuestra política de privacidad. Puede ejercer sus derechos escribiendo a privacidad@example.org.",
            "Para dejar de recibir estas comunicaciones, haz clic aquí.",
            "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.",
        ],
        "subject_app": [
            "Tu postulación en {company}",
            "Su candidatura al puesto de {role}",
            "Actualización de tu proceso",
            "Resultado de su candidatura",
            "Sobre tu postulación a {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Siguiente paso: {role}",
            "¿Charlamos?",
            "Convocatoria a entrevista - {company}",
        ],
        "subject_off": [
            "Carta oferta - {role}",
            "¡Buenas noticias de {company}!",
            "Propuesta laboral",
            "Bienvenido a {company}",
        ],
        "subject_oth": [
            "Nuevas vacantes para ti",
            "Boletín de Talento {company}",
            "Una oportunidad que te puede interesar",
            "¿Cómo fue tu experiencia?",
            "Te invitamos",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Prezado(a) {first},",
            "Oi {first}!",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Bom dia,",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura para a vaga de {role}.",
            "Obrigado por se candidatar na {company}.",
            "Agradecemos a sua candidatura e o interesse demonstrado na nossa empresa.",
            "Muito obrigado por participar do nosso processo seletivo.",
        ],
        "wish": [
            "Desejamos sucesso na sua trajetória profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Boa sorte nos próximos passos!",
            "Continue acompanhando nossas vagas.",
        ],
        "marketing": [
            "A {company} nasceu em Recife em 2009 e hoje conta com mais de 1.500 pessoas espalhadas pelo Brasil. Acreditamos em diversidade, autonomia e aprendizado contínuo.",
            "Com mais de 50 anos de história, a {company} é uma referência no setor energético em Portugal, com operações em 12 países.",
            "Aqui na {company}, cuidamos de quem cuida: oferecemos trabalho híbrido, auxílio-educação e um programa de bem-estar completo.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos | {company}",
            "Abraços,\n{sender}",
            "Equipe de Atração de Talentos\n{company}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda.",
            "Os seus dados pessoais são tratados de acordo com o RGPD. Para mais informações, consulte a nossa política de privacidade.",
            "Tratamos seus dados conforme a LGPD. Para não receber mais e-mails, clique aqui.",
            "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário.",
        ],
        "subject_app": [
            "Sua candidatura na {company}",
            "A sua candidatura - {role}",
            "Atualização do processo seletivo",
            "Retorno sobre sua candidatura",
            "Candidatura para {role}",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Próxima etapa: {role}",
            "Vamos conversar?",
            "Convocatória para entrevista - {company}",
        ],
        "subject_off": [
            "Proposta de trabalho - {role}",
            "Boas notícias da {company}!",
            "Carta proposta",
            "Bem-vindo(a) à {company}",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Newsletter Carreiras {company}",
            "Oportunidade para você",
            "Conte como foi sua experiência",
            "Convite",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} position, as it's been about three weeks since my interview. I'm still very interested in the role and happy to provide anything else you need.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks again for speaking with us on Thursday. The team is meeting the remaining candidates this week, and we expect to have an update for you soon.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Unser Gespräch liegt nun gut drei Wochen zurück, und ich bin nach wie vor sehr interessiert.\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\nvielen Dank für das angenehme Gespräch. Wir führen diese Woche noch weitere Gespräche und melden uns im Anschluss bei Ihnen.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous concernant ma candidature au poste de {role}. Notre entretien remonte à trois semaines et je reste très motivé(e) par ce poste.\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour notre échange de jeudi. Nous rencontrons encore quelques candidats cette semaine et reviendrons vers vous rapidement.\nCordialement,\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar cómo sigue el proceso para el puesto de {role}. Ya pasaron unas tres semanas desde la entrevista y sigo muy interesado en la posición.\nSaludos,\nAlex Rivera\n\n{header2}\nHola Alex:\nGracias por la entrevista del jueves. Esta semana estamos terminando de ver a los demás candidatos y te daremos una respuesta pronto.\nSaludos,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre o processo para a vaga de {role}. Já se passaram cerca de três semanas desde a entrevista e continuo muito interessado na oportunidade.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá Alex,\nObrigado pela conversa de quinta-feira. Estamos finalizando as entrevistas com os demais candidatos e retornaremos em breve.\nAbraços,\n{sender}\n",
}
