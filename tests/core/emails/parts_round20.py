# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 20, written blind by an independent evaluator as a held-out set: 520 invented passages (about 40% English, the rest split evenly over German, French, Spanish and Portuguese), half of them rejections in many guises (after applying, after interviews, tests and trial days, roles filled internally or externally, cancelled or frozen then closed, talent-pool offers after a no, terse one-liners, long warm notes, decisions buried mid-paragraph or only implied, ATS-platform, agency, university and public-body wording from Europe, the Americas, Africa, India and Asia-Pacific, with du/Sie, tu/vous, tú/usted, você/tu and gender-inclusive German), and half non-decisions and other mail: receipts and status updates that decide nothing (including delays, pauses, many-applicant warnings, missing documents and reserve lists), interview invitations with and without the word, offers with and without the word, job alerts, newsletters, cold recruiter mail, surveys, events and withdrawal confirmations the person asked for. Written without reading the project's code, tests, corpus or earlier rounds."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Logistics Ltd",
    "Kestrel Analytics Pvt Ltd",
    "Nordhafen Energie GmbH",
    "Maison Verlaine SAS",
    "Grupo Altamira S.A.",
    "Solaris Saúde Ltda.",
    "Umoja Fintech Ltd",
    "Tasman Ridge Health",
    "Vireo Software Inc.",
    "Université de Valmont",
    "Stadtwerke Lindenau",
    "Cordillera Minera SpA",
    "Pacific Lantern Media Pte Ltd",
    "Hollis & Crane LLP",
    "Porto Atlântico Engenharia",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Backend Engineer",
    "Projektmanager*in",
    "Chargé·e de communication",
    "Product Designer",
    "Analista de Operaciones",
    "Gestor de Contas",
    "Customer Success Manager",
    "Research Assistant",
    "Financial Controller",
    "Supply Chain Coordinator",
    "DevOps Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Natarajan", "careers@{domain}"),
    ("Talent Acquisition Team", "no-reply@hirelane-ats.example"),
    ("Jonas Berghoff", "jobs@{domain}"),
    ("Élodie Marchetti", "recrutement@{domain}"),
    ("Lucía Ferrándiz", "seleccion@{domain}"),
    ("Mariana Teixeira", "recrutamento@{domain}"),
    ("Recruiting", "notifications@talentgrid-mail.example"),
    ("Kwame Asante", "people@{domain}"),
    ("Hannah O'Leary", "hr@{domain}"),
    ("Careers Portal", "do-not-reply@applyflow-notify.example"),
    ("Tomás Quiroga", "talento@{domain}"),
    ("Sophie Lindqvist", "recruiting@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_application": """
We have now reviewed all applications for the {role} position. Unfortunately, on this occasion your application has not been shortlisted for the next stage. Due to the volume of applications we are unable to provide individual feedback.
After careful consideration of your CV against the essential criteria in the person specification, the panel has decided not to take your application forward to interview. This was a difficult decision given the strength of the field.
I'm writing to let you know that we won't be moving forward with your application for {role}. We heard from a lot of strong people, and this time we've chosen to focus on candidates with more hands-on experience in regulated payments.
Your application for {role} (Req. 24-0917) has been reviewed by the hiring team. At this time, we have decided to pursue other candidates whose qualifications more closely align with the requirements of the role. Your status in the candidate portal has been updated accordingly.
Thanks for taking the time to apply. We read every application ourselves, and I'm afraid yours isn't one we'll be taking further for this opening. Honestly, it came down to what the team needs right now rather than anything missing on your side.
We regret to inform you that you have not been shortlisted for the post of {role} in the Department of Public Health, reference DPH/2024/118. As you applied through the online system, we wanted to confirm the outcome in writing.
Following the initial screening, we regret that your application for {role} at our Pune office will not be progressed further. We have retained your details in our database in line with our data retention policy.
The selection committee has completed the review of applications for the {role} vacancy. We are sorry to tell you that your candidacy was not among those selected for the written examination phase.
Unfortunately you do not meet the minimum requirement of full Australian working rights for this role, so we are unable to progress your application. Should your visa situation change, you are welcome to apply for future roles.
We appreciate the effort you put into your cover letter. Having compared all applications with the brief, we've concluded that we will not be inviting you to interview for {role}.
Our recruiters have looked closely at your profile and, while there is a lot to like, we won't be progressing you to the next step for this particular opening.
Sorry to be the bearer of less-than-great news: the team went through the shortlist yesterday and your application didn't make it through to the first round for {role}.
Please accept this email as notification that your application for the position of {role} with the County of Maple Hollow has been reviewed and you were not selected to continue in the recruitment process. Your application will remain on file for the duration of this recruitment.
Having reviewed your application for the {role} post at our Nairobi hub, we regret to inform you that it was not successful at the shortlisting stage. Owing to the number of applications received, we cannot give feedback on individual applications.
We received a very high number of applications for this vacancy and had to make some hard choices. I'm sorry to say we will not be taking your application any further, and I wish I could give you more detailed reasons than that.
""",
        "rej_after_interview": """
Thank you for meeting with Daniel and me on Tuesday. We enjoyed the conversation, but after much deliberation we have decided to offer the role to another candidate who brings deeper experience with large-scale data migrations.
I tried to call you but couldn't get through, so I'm following up in writing. The panel met this morning and, although your interview was strong, we will not be offering you the position. I'd be happy to share feedback if you'd find that useful.
After your final round with the leadership team, we have come to a decision. Unfortunately it isn't the outcome you were hoping for: we've decided not to move forward with your candidacy for {role}.
Thank you for attending the interview for {role} on 14 March. The panel has now concluded its deliberations, and I regret to advise you that you were not the preferred candidate on this occasion. Feedback is available on request for up to six weeks.
It was lovely chatting with you last week, and the whole team appreciated how much preparation you brought. We've now wrapped up interviews and I'm afraid we're going with someone else for this one.
Following your second-round interview, we have carefully evaluated all finalists. While your technical depth was evident, we felt another candidate's experience leading distributed teams was a closer match, and we have extended the offer to them.
Thank you for interviewing with us for the {role} position at our Makati office. We regret to inform you that after thorough evaluation, you were not selected to proceed to the final stage.
I really appreciated your honesty in the interview about what you're looking for next. Reflecting on that and on where the role is heading, we don't think it's the right match for either side, so we won't be taking things further.
The interview panel has completed its assessment of all shortlisted candidates for {role}. You scored above the benchmark in several areas, but your overall ranking did not place you among the candidates recommended for appointment.
Thanks again for the video call with our CTO. We've decided to continue the process with a smaller group of candidates, and you will not be among those moving to the onsite stage.
Just a quick note after our conversation on Friday: we've made our decision for the {role} role, and unfortunately it's a no this time. It was genuinely close.
We are writing to you following your interview at the Faculty of Engineering for the post of {role}. The selection panel has recommended another applicant for appointment, and we are therefore unable to offer you the post.
Following the panel interview held on 3 October, I am sorry to inform you that your application for {role} was unsuccessful. The panel noted your strong communication skills and encouraged you to consider future openings in our policy unit.
You made it a tough call. After comparing notes from all interviews, we concluded that we need someone who can run SAP S/4HANA month-end from day one, so we're not able to offer you the role.
Many thanks for your patience while we completed the remaining interviews. I'm sorry to let you know that we won't be progressing your application beyond this stage.
""",
        "rej_after_test": """
Thank you for completing the online numerical and verbal reasoning assessments. Unfortunately, your results did not meet the threshold required to progress to the next stage of our graduate programme.
We've reviewed your take-home assignment carefully. There were some nice touches, particularly the caching layer, but overall the submission didn't meet the bar we set for this level, so we won't be moving you forward.
Thank you for joining us for the trial day at our Leeds kitchen. The brigade enjoyed working alongside you, but we've decided not to offer you the position of {role}.
Thank you for taking part in the assessment centre. Having reviewed your performance across the group exercise, presentation and interview, we regret to inform you that you have not been successful.
Your coding challenge on our testing platform has been evaluated. Based on the score, we are unable to consider your profile further for {role} at this time. You may reapply after six months.
Thanks for the case study presentation on Thursday. The panel liked the structure of your analysis, but felt the commercial recommendations needed more depth for this role, so we've decided not to proceed.
I'm sorry to say the outcome of the practical test wasn't positive. The hiring manager was looking for stronger results in the Excel modelling section, and we won't be progressing your application.
Thank you for completing the psychometric questionnaire. On review of your profile against the competencies for {role}, we will not be taking your application forward.
We appreciate the time you spent on the design exercise. After reviewing all submissions, the team has chosen to proceed with other candidates whose portfolios align more closely with our brand systems work.
Your trial shift on Saturday was appreciated by everyone on the floor. In the end we've gone with a candidate who has more barista experience, so we won't be offering you the job. Thanks for giving it a go with us.
""",
        "rej_filled_internal": """
We wanted to let you know that the {role} position has been filled by an internal candidate. As a result, we are closing the external recruitment and will not be progressing your application.
Quick update from our side: the team decided to fill this vacancy through an internal promotion, so we won't be continuing with external applicants, yourself included.
Please be advised that, following our internal redeployment process, the post of {role} has been filled by a member of staff at risk of redundancy, in line with our redeployment policy. Consequently, your application cannot proceed.
After we opened the role externally, a colleague already in the team applied and has now been appointed. I'm sorry this means we won't be taking your application forward.
This role has been filled via an internal transfer. We have therefore withdrawn the requisition and your application has been closed.
The Ministry has decided to fill the vacancy of {role} by secondment from within the civil service. The external competition has therefore been closed and your application will not be considered further.
As you may know, we also advertised {role} internally. One of our existing team members was selected, and so we won't be moving ahead with your application.
I'm sorry to write with this news after you've been so engaged: a colleague from our Cape Town office has accepted the role as part of a restructuring, so the position is no longer open to external candidates.
""",
        "rej_filled_external": """
The {role} position has now been filled. We appreciate your interest and encourage you to keep an eye on our careers site for future openings.
We would like to inform you that we have appointed a candidate for this vacancy and are therefore unable to consider your application further.
The position you applied for has since been filled, so we are closing all remaining applications in the system, including yours.
Thank you for being part of our process. Another candidate has now accepted our offer and the role is closed.
Just letting you know that the position was filled before we were able to review your application properly. Sorry about that; we moved faster than planned.
This requisition has been filled and is no longer accepting candidates. Your application status has been changed to Not Selected.
Our client has now appointed someone for the {role} role, so I won't be putting your profile forward on this occasion. I'll be in touch if something similar comes up.
We have filled the {role} vacancy with a candidate who has already started with us, so there is no longer an opening to consider you for.
""",
        "rej_cancelled": """
Due to a change in business priorities, the {role} position has been cancelled and we will not be filling it. We are sorry for any inconvenience this may cause.
Back in May we let you know that hiring for {role} was paused while we reviewed our budget. I'm sorry to say that review has now concluded and the position will not be reopened, so we're closing your application.
Following the recent reorganisation, the role you applied for no longer exists in its advertised form. We have therefore closed the vacancy and will not be progressing any applications.
The funding for this research project was not renewed, and as a result the {role} post has been withdrawn. We apologise for the disruption to your plans.
We put this search on hold last month pending the annual planning cycle. Leadership has now decided not to proceed with the hire this year, so the requisition has been closed.
The client has decided to cancel this assignment, so the {role} contract will not go ahead. I'm really sorry, I know you'd kept your diary free for the second interview.
Regrettably, the hiring freeze announced across the group has been extended to the end of the financial year, and the {role} opening has been withdrawn. Applications submitted for this role will not be taken further.
This vacancy has been cancelled. No appointment will be made, and all applications have been closed.
After the merger announcement, we have stopped recruitment for several positions, including {role}. We will not be continuing the process with you.
The position of {role} at our Lagos office has been withdrawn following a review of staffing needs. We thank you for the time invested and regret that we cannot continue.
""",
        "rej_talent_pool": """
Although we won't be moving forward with your application for {role}, we were impressed by your background and would like to keep your CV in our talent pool for up to 12 months. If you'd prefer that we don't, simply let us know.
You weren't selected for this position, but we'd love to stay in touch. You can join our talent community to hear first about similar roles.
We have decided not to progress your application this time. With your consent, we would like to add your profile to our candidate pool so we can contact you about future opportunities in engineering.
I'm sorry it didn't work out for this role. The team really liked you, and I've flagged your profile so that I can reach out directly when the next analytics opening comes up, which may be early next year.
Unfortunately, we have selected another candidate for {role}. We would nevertheless like to retain your application in our recruitment database for two years, in accordance with our privacy notice; click the link below if you agree.
While we've decided to go another way for this role, we'd like to invite you to our Friends of the Firm talent network, where we share openings before they go public.
Your profile has not been selected for the current vacancy. However, you have been added to our pool of pre-qualified candidates for future fixed-term contracts at the same grade.
On this occasion we won't be offering you the position. That said, we'd genuinely like to consider you for other roles, and with your permission I'll share your profile with our colleagues in the Singapore team, who are hiring next quarter.
We've chosen not to continue with your application for {role}. Please don't take this as a reflection on your potential; we're keeping your details on file and will let you know if a role more aligned with your experience becomes available.
This time we've gone with another candidate, but I'd hate to lose touch. Would you be open to me keeping your CV and calling you when our next product role opens?
""",
        "rej_terse": """
We will not be proceeding with your application.
Unfortunately, you have not been selected for this position.
Your application was unsuccessful.
SUBJECT: Re: {role} || Thanks, but we've decided to go with another candidate.
We've filled the role. Thanks for applying.
Not moving forward on this one, sorry. Best of luck.
Position closed. Application not selected.
Regrettably, we cannot offer you a position at this time.
SUBJECT: Application status: Not selected || Your application for {role} has not been selected for further consideration.
We've decided not to take your application further.
""",
        "rej_buried": """
Thanks so much for your patience over the past few weeks; I know the process dragged on longer than any of us would have liked, partly because of the holidays and partly because we kept adding interviews. We ultimately decided to proceed with a candidate whose profile is more closely aligned with our immediate needs in the Nordic market. I want to add that your presentation on churn was one of the best we saw, and Rahul asked me to pass on his thanks.
We've had a busy quarter here at the studio, with two launches and a team offsite in Lisbon, and hiring has had to compete with all of that. Having looked at where the team is heading, we've concluded that we need someone with more senior motion-design experience, and we have offered the position to a candidate with that background. We'll be publishing a junior role in spring that may suit you better.
As you know, the panel interviewed a number of very capable people for {role}. The feedback on your session was positive overall, particularly on stakeholder management. Having weighed everything, the panel has offered the post to a candidate with extensive experience in NHS commissioning, and they have accepted. I would be glad to arrange a short feedback call if helpful.
I hope your week is going well. I've been meaning to write since our call: the business has gone through a lot of change this month, and in the end the hiring manager has decided to continue only with the two candidates who have direct experience in medical devices. That means I'll be closing your application for this one, though I'd be happy to keep you in mind for our other clients.
Our process for this role involved three stages and more than 300 applicants, and we want to be transparent about how decisions were made. Each application was scored independently by two reviewers against the published criteria. Your score placed you outside the group invited to interview. Scoring sheets can be requested under our access-to-information procedure.
Thank you for your application and for the thoughtful answers to the supplementary questions. The team has now finished its review, and the positions have been offered to applicants whose experience more closely matches the operational requirements of the depot. We hope you will consider applying to us again in future.
It's been great getting to know you through this process. We've taken some time to reflect on the skills the team is missing and realised we need someone with a strong background in Kubernetes operations, which is why we've chosen to move ahead with another finalist. None of this changes how much we enjoyed your ideas on observability.
We appreciate your interest in joining the Mumbai analytics team. Our hiring managers reviewed the profiles received for this opening against current project requirements, and the team is moving forward with profiles that have more exposure to insurance domain data. We encourage you to explore other openings on our careers page.
Hello again, and apologies for the radio silence. The last few weeks included a board meeting and an audit, so hiring slipped. To bring you up to date: the shortlist was finalised on Monday and did not include your application, as the panel prioritised applicants with chartered accountant status. Your documents will be deleted after six months unless you ask us to keep them.
I wanted to write personally instead of sending an automated note. After the workshop, Kemi and I spent a long time talking about what the role really needs in its first six months. We landed on someone who has already built a field sales team from scratch in West Africa, and she has accepted our offer. I know that's disappointing to hear after the effort you put in.
""",
        "rej_ats": """
SUBJECT: Update on your application – {role} || Thank you for your interest in {company}. After reviewing your application, we have decided to move forward with other candidates for this position. This email was sent from an unmonitored mailbox; please do not reply. You can view your application status at any time by signing in to the candidate home page.
Your application for {role} (Job ID R-0048213) has been reviewed. We regret to inform you that we will not be moving forward with your candidacy. To manage your profile or search other opportunities, visit the candidate portal.
Hi {first}, thank you for applying to the {role} role at {company}. Our team has reviewed your application, and unfortunately we won't be moving forward at this time. We encourage you to apply to other openings that match your skills on our jobs board.
Status change: your application for {role} has moved to Closed – Not Selected. No further action is required on your part. This is an automated notification from the recruitment system.
We have now completed our review for the {role} requisition. Regrettably, your application was not selected. If you created a candidate account, you can update your profile and job alerts in the Career Site settings.
Dear Candidate, thank you for your application to requisition 77213. Upon review, your qualifications do not match the requirements of this job at this time. Your profile will remain active for other positions you may apply for.
Thanks again for applying to {company}. We've carefully considered your application and decided to pursue applicants whose experience is a closer match. We'll keep your information on file, and you're welcome to apply again in the future. Sent via the hiring platform.
Update on {role} (Req. 5521): after review, the hiring team has dispositioned your application as not moving forward. Thank you for your time and interest.
""",
        "ack_received": """
This is to confirm that we have received your application for {role}. Our team will review it and contact you if your profile matches our requirements.
Thanks for applying! Your application for {role} has landed safely with us, and a real person will read it within the next two weeks.
Your application (reference APP-39021) has been submitted successfully. You can track its progress from your candidate dashboard.
We confirm receipt of your application for the post of {role}, closing date 28 February. Shortlisting will take place after the closing date.
Got it, thanks! I've passed your CV to the hiring manager and will come back to you once she's had a look, probably early next week.
Thank you for submitting your application through our careers portal. This message confirms that it is complete and has been forwarded to the recruiting team for {role}.
We have received your expression of interest for the {role} vacancy at our Accra office. Please quote reference GH-HR-0412 in any correspondence.
Your application has been received and entered into the selection process for the University's fixed-term research posts. The selection timetable is published on the vacancy page.
Thanks for sending your portfolio over. I've saved it to the shared folder for the design leads and will let you know what they think.
Application received: {role}, {company}. We'll email you when there's an update.
""",
        "ack_under_review": """
Your application is currently under review by the hiring team. We'll be in touch as soon as there is news to share.
Just a quick status update: your profile has passed our initial screening and is now with the hiring manager for review. No action is needed from you right now.
We wanted to let you know that your application is still active and being considered. The hiring panel meets next Thursday to agree the shortlist.
Your application status has changed to In Review. You'll receive another notification when the status changes again.
Thank you for your patience. The recruiting team is still working through applications for {role} and has not yet made any decisions.
I've had a chat with the team lead, who's reading through the shortlist this week. Nothing decided yet, but I wanted you to know you haven't been forgotten.
Your application for {role} has been forwarded to the selection committee of the Faculty of Medicine, which will meet after the closing date.
We are currently assessing all candidates against the selection criteria. You will be notified of the outcome in writing once shortlisting is complete.
""",
        "ack_delay": """
We've received an unusually high number of applications for {role}, so reviewing them is taking longer than planned. We expect to contact candidates by the end of the month. Thanks for bearing with us.
Due to the large volume of applications, we can only contact shortlisted candidates. If you have not heard from us within four weeks of the closing date, you may assume that your application has not been shortlisted this time.
I wanted to give you an honest update: recruitment for {role} is paused while next year's budget is finalised. Your application remains open and nothing has been decided. I'll write again as soon as we have clarity, hopefully within a few weeks.
Unfortunately our timeline has slipped. The hiring manager is on leave until the 20th, and we won't be able to confirm next steps before then. Your application is still very much active.
Please note that the selection process for this post has been delayed owing to the public holiday period. We apologise for the inconvenience and will be in touch in due course.
We're sorry for the long silence. An internal restructuring has put several of our openings, including {role}, temporarily on hold. No decision has been made on your application, and we'll let you know once the role is active again.
Regrettably, interview scheduling for this position will be delayed because of the ongoing audit. Candidates will be contacted once the new timetable is confirmed.
Heads up: we've had more than 900 applicants for this role, so it may take us up to six weeks to get back to everyone. If you don't hear from us by mid-April, feel free to send me a nudge.
""",
        "ack_documents": """
Your application for {role} is incomplete: we could not find your academic transcripts. Please upload them to your candidate profile within five working days so that we can continue processing your application.
Before we can review your application, we need a copy of your work permit or other proof of your right to work. Could you send it in reply to this email?
Thank you for applying. The scanned copy of your degree certificate appears to be unreadable; please resubmit it in PDF format.
To complete your file, please provide the names and contact details of two referees. Your application will be considered once these are received.
We noticed that the declaration form attached to your application was not signed. The signed declaration on page 2 is mandatory, so please return it by Friday.
Could you please send us your salary expectations and notice period? The hiring manager has asked for these before reviewing the shortlist.
""",
        "ack_reserve": """
The selection process for {role} is ongoing. Your application has been placed on a reserve list while the panel completes its assessment of the first group of candidates, and we will contact you if the reserve list is activated.
You have been placed on the reserve list for the {role} competition. Inclusion on the list does not guarantee an appointment; the final outcome for all candidates will be communicated when the list is closed.
We are processing applications in batches. Yours is in the second batch, which will be reviewed once the first batch has been assessed. No decision has been made yet.
Your name has been entered on the waiting list for the 2025 graduate intake. We will let you know whether a place becomes available once the first-round offers have been answered.
""",
        "ack_status": """
SUBJECT: Your application status || Status: Submitted, now Under consideration. Next step: hiring manager review. Estimated response time: 10 business days.
You asked for an update, so here it is: we finish first interviews on Friday and decide on next steps early next week. You're still in the process.
Your application for {role} is now at the reference-check stage pending completion of background screening. We'll update you when the results arrive.
This is an automated reminder that your application for {role} remains active. There is nothing you need to do at this stage.
""",
        "inv_interview": """
We'd like to invite you to a first interview for {role}. It will take about 45 minutes on Microsoft Teams with the hiring manager and one team member. Please choose a slot that suits you using the link below.
Following a review of your application, you have been shortlisted for interview for the post of {role}. The interview will take place on Wednesday 12 June at 10:30 at our offices on Harcourt Street.
Congratulations, you've been selected for the next round! Please book your technical interview via the scheduling link; slots are available over the next ten days.
I am pleased to invite you to a panel interview at the Ministry on 4 November. The panel will consist of three members, and you will be asked to give a ten-minute presentation on the topic below.
We enjoyed your first interview and would like you to meet the wider team for a final interview at our Bengaluru office. Travel costs will be reimbursed.
SUBJECT: Interview invitation – {role} || Could you do a video interview on Thursday at 3 pm Singapore time? If that doesn't work, just suggest two alternatives.
You are invited to attend an interview for the position of {role} at the Johannesburg campus. Please confirm your attendance by replying to this email and bring a certified copy of your ID.
We'd love to move you to the onsite interview loop: four 45-minute sessions covering system design, coding, product sense and a conversation with the VP. Our coordinator will reach out to arrange dates.
""",
        "inv_no_word": """
Your background caught my eye. Would you have 20 minutes this week for a quick call about the role and what you're looking for?
Can we grab a coffee next week? I'd like to walk you through what the team is building and hear more about your current work.
The hiring manager would like to speak with you. Are you free on Monday or Tuesday afternoon for a 30-minute chat?
We'd like to get to know you better. Please pick a time for a conversation with our Head of Engineering using the calendar link below.
Next step: a call with Chen Wei, who leads the data platform team. She has slots open on Wednesday and Friday; let me know which one works.
Would you be able to come to the studio and meet the team on Friday morning? It would be an informal visit of about an hour.
Great news: the team wants to continue with you. I'll set up a meeting with the two co-founders; what does your availability look like next week?
Are you around for a quick phone screen tomorrow? I'll only need 15 minutes to go over logistics and salary expectations.
""",
        "inv_assessment": """
As the next step, we'd like you to complete a take-home exercise. You'll have 72 hours from when you open the link, and it should take around three hours.
You are invited to the assessment centre for our graduate programme on 18 February in Manchester. The day includes a group exercise, a written task and a short interview.
Please complete the online aptitude test within the next five days using the link below. It takes about 40 minutes.
We'd like to invite you for a paid trial day at our Fitzroy café next Saturday from 8 am to 2 pm. Please bring non-slip shoes.
The selection process continues with a written examination on 9 May at 9:00 at the Civic Centre. Please bring photo identification and the reference number from your application.
We'd like to see how you approach real problems: could you join a pair-programming session with two of our engineers next week? It lasts about 90 minutes.
""",
        "off_formal": """
I'm delighted to offer you the position of {role} at {company}. Your starting salary will be £48,500 per annum, and we'd like you to start on 2 September. The formal offer letter is attached; please sign and return it by Friday.
Following your successful interview, we are pleased to make you a conditional offer of employment for the post of {role}, subject to satisfactory references and a DBS check.
We are pleased to extend an offer for the role of {role}. Please find the offer letter and compensation details attached, and let us know your decision within five working days.
SUBJECT: Offer of appointment || On behalf of the Vice-Chancellor, I am pleased to offer you appointment as {role} in the School of Biological Sciences on a fixed-term contract of 24 months.
Congratulations! We're excited to offer you the {role} role. Your total CTC is INR 18,40,000 per annum and your joining date is 1 July. Kindly accept the offer through the portal within 3 days.
Your offer is ready to view. Log in to the candidate portal to review and e-sign your offer letter for {role}. The offer expires in seven days.
""",
        "off_no_word": """
Great news: the team would love to have you join us as our next {role}! I'll send the contract over this afternoon; have a read and let me know if anything needs clarifying.
We'd like you to come on board. Attached is your employment agreement; once you've signed it, we'll order your laptop and plan your first week.
You got the job! The panel was unanimous. Please call me when you can so we can talk about start dates.
We'd be thrilled to welcome you to the team. Your contract, starting 1 March at a salary of NZ$95,000, is attached for your signature.
The position is yours if you want it. Salary is as discussed, and we can be flexible on the start date. Let me know by Monday?
We are happy to confirm that you have been selected for the {role} post. Please report to the HR office on 5 August with your original documents to complete your appointment formalities.
""",
        "off_conditional": """
Following our call this morning, I'm putting in writing that we'd like to hire you as {role}, subject to the usual background checks. Your written contract will follow from HR within two days.
The client has accepted our proposal and would like you to start the six-month contract on Monday at a day rate of €550. Please confirm and I'll send the paperwork.
We're pleased to confirm your appointment to the {role} position, contingent on your obtaining a valid work permit. Our immigration partner will contact you to begin the process.
Congratulations on your selection as {role} at our Lagos office. Your appointment letter, including salary and benefits, is attached. Kindly sign and return a copy to indicate your acceptance.
""",
        "oth_alert": """
New jobs matching your alert 'data analyst, remote': 12 new roles this week, including Senior Data Analyst at a healthtech scale-up and Analytics Engineer at a logistics company. View all matching jobs.
5 new jobs for you in Berlin: Backend Engineer (Go), Platform Engineer, Site Reliability Engineer and 2 more. Manage your job alerts in your account settings.
Your daily job alert: {role} roles in Sydney NSW. 8 new listings since yesterday. Unsubscribe or change the frequency at any time.
Jobs you may be interested in, based on your profile: Customer Success Lead, Account Manager, Onboarding Specialist. Apply with one click.
A new position matching your saved search has been published: {role}, permanent, full-time, closing 30 June. Log in to view the details and apply.
Weekly digest: 23 new openings at companies you follow. Top picks: Product Designer, UX Researcher, Design Systems Lead.
""",
        "oth_newsletter": """
This month at {company}: we opened our new Rotterdam hub, our engineers shared how they cut build times in half, and we're hosting our first open house for job seekers. Read the full stories on our blog.
Inside this Careers Newsletter: meet three of our apprentices, learn how our hybrid working policy works, and find out which teams are hiring this quarter.
The Talent Insights newsletter: salary trends in Southeast Asian tech for 2025, five questions to ask at the end of any interview, and a guide to negotiating remote work.
Thanks for subscribing to our candidate updates. In this edition: our sustainability report, new graduate scheme dates and a behind-the-scenes look at our Lagos office.
""",
        "oth_cold": """
I'm a recruiter at a specialist tech agency and came across your profile. I'm working with a Series B fintech in Amsterdam that is looking for a {role}. Would you be open to hearing more?
Hope you don't mind me reaching out. I'm recruiting for several supply chain roles across the Midlands, and your experience looks like a great match. Are you looking at the moment?
We place senior data professionals with clients across India and the Gulf. If you're open to new opportunities, reply with your updated CV and I'll share a few options.
I saw your recent post about moving on from your job. We have a couple of contract roles in Toronto that might interest you; happy to send details if you'd like.
Quick question: are you open to new roles? I'm recruiting for a {role} with a hybrid setup in Dublin, salary up to €80k. No pressure at all.
I lead the executive search practice at a boutique firm in Johannesburg. One of our clients, a pan-African payments company, is building a new analytics function, and your name came up.
""",
        "oth_survey": """
We'd love to hear about your experience applying to {company}. Our five-minute candidate survey is anonymous and helps us improve our hiring process.
How did we do? Please rate your recent interview experience on a scale from 1 to 10. Your feedback goes directly to our talent team.
As part of our commitment to fair recruitment, we invite all applicants to complete a short survey about accessibility during the application process.
Tell us about your candidate journey and enter a draw for one of five $50 gift cards. The survey closes on 30 November.
""",
        "oth_event": """
Join us for our Women in Tech evening in Nairobi on 22 May: lightning talks, mentoring tables and a chance to meet our engineering leaders. Spaces are limited, so register early.
You're invited to our virtual careers fair on 14 March. Meet recruiters from twelve departments, join live Q&A sessions and learn about our graduate schemes.
We're hosting an open day at our Auckland headquarters on Saturday. Come along for a tour, talk to the team and find out what it's like to work here.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for {role}. Thanks for letting us know, and we wish you well in your new position.
This confirms that your candidacy has been withdrawn at your request. Your personal data will be deleted within 30 days unless you ask us otherwise.
Thanks for your note. I've withdrawn you from the process as you asked. If you ever want to revisit things, my door is open.
""",
    },
    "de": {
        "rej_nach_bewerbung": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung Ihrer Qualifikation.
Wir haben uns deine Bewerbung genau angeschaut und uns am Ende für Kandidat*innen entschieden, die schon mehr Erfahrung mit B2B-SaaS mitbringen. Für diese Stelle können wir dir deshalb leider keine Zusage geben.
Leider hat es diesmal nicht geklappt: Unter den zahlreichen Bewerbungen gab es Profile, die unseren Anforderungen an die Position {role} noch besser entsprachen. Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl der Bewerbungen keine individuelle Rückmeldung geben können.
Die Auswahlkommission hat die eingegangenen Bewerbungen auf die Stelle einer*eines wissenschaftlichen Mitarbeitenden (Kennziffer 2024/117) gesichtet. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht in die engere Wahl gekommen ist.
Ihre Bewerbung hat uns gefallen, dennoch haben wir uns nach reiflicher Überlegung gegen eine Einladung zum Vorstellungsgespräch entschieden. Ausschlaggebend waren fehlende Kenntnisse in der Rechnungslegung nach Swiss GAAP FER.
Leider müssen wir Ihnen eine Absage erteilen. Ihre Unterlagen löschen wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch am vergangenen Donnerstag. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich aber für eine andere Bewerberin entschieden, deren Erfahrung im Netzbetrieb besser zu den aktuellen Anforderungen passt.
Danke, dass du dir die Zeit für unser Kennenlernen genommen hast. Das Team war von deiner offenen Art sehr angetan, trotzdem haben wir uns für jemanden mit mehr Führungserfahrung entschieden. Wir hätten dir gern etwas anderes geschrieben.
Nach Abschluss aller Vorstellungsgespräche hat sich das Auswahlgremium für eine andere Person entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und bedanken uns für Ihre Zeit.
Im Anschluss an das zweite Gespräch mit unserer Geschäftsführung haben wir intern ausführlich beraten. Leider können wir Ihnen die Position {role} nicht anbieten. Gern geben wir Ihnen auf Wunsch ein telefonisches Feedback.
Wie bereits telefonisch besprochen, bestätigen wir Ihnen hiermit schriftlich, dass wir das Auswahlverfahren nach dem Gespräch vom 12. September nicht mit Ihnen fortsetzen werden.
Ihr Vortrag vor der Berufungskommission wurde mit großem Interesse aufgenommen. Die Kommission hat jedoch beschlossen, Sie nicht auf die Berufungsliste zu setzen.
""",
        "rej_nach_test": """
Vielen Dank für deinen Probetag bei uns in der Backstube. Wir haben lange überlegt, die Stelle aber an jemanden vergeben, der bereits Erfahrung im Schichtbetrieb hat.
Leider haben Sie im Online-Assessment die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Ihre Bewerbung für unser Traineeprogramm nicht weiter berücksichtigen können.
Wir haben Ihre Fallstudie im Team besprochen. Trotz guter Ansätze hat uns die Lösung in der Tiefe nicht überzeugt, weshalb wir den Prozess an dieser Stelle beenden möchten.
Das Ergebnis des schriftlichen Eignungstests liegt vor: Sie gehören leider nicht zu den Bewerber:innen, die zur mündlichen Prüfung eingeladen werden.
""",
        "rej_besetzt": """
Die ausgeschriebene Stelle konnte inzwischen intern besetzt werden. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.
Wir möchten Sie darüber informieren, dass die Position {role} mittlerweile vergeben ist. Wir danken Ihnen für Ihr Interesse an unserem Haus.
Kurze Info von uns: Die Stelle ist schon weg, wir haben uns für eine Kollegin aus dem eigenen Haus entschieden. Sorry, dass du so lange auf eine Antwort warten musstest.
Unser Kunde hat die Vakanz als {role} zwischenzeitlich mit einem anderen Kandidaten besetzt. Ich melde mich gern wieder, sobald ich ein passendes Projekt für Sie habe.
Die Stelle wurde im Rahmen einer Versetzung innerhalb der Landesverwaltung besetzt. Das externe Ausschreibungsverfahren ist damit beendet; Ihre Bewerbung wird nicht weiter bearbeitet.
""",
        "rej_gestoppt": """
Aufgrund einer Neuausrichtung unseres Geschäftsbereichs wurde die ausgeschriebene Position gestrichen. Das Bewerbungsverfahren ist damit leider beendet.
Wie wir Ihnen im März mitgeteilt hatten, war die Besetzung der Stelle wegen der Haushaltssperre vorerst ausgesetzt. Inzwischen steht fest, dass die Stelle in diesem Jahr nicht besetzt wird; wir schließen das Verfahren daher ab.
Die Fördermittel für das Forschungsprojekt wurden nicht bewilligt. Die Stelle entfällt deshalb, und wir können Ihre Bewerbung nicht weiterverfolgen.
Leider müssen wir dir mitteilen, dass wir die Stelle zurückgezogen haben. Nach der Finanzierungsrunde haben sich unsere Prioritäten verschoben, und wir stellen für diesen Bereich vorerst niemanden ein.
""",
        "rej_talentpool": """
Für die Stelle als {role} haben wir uns für eine andere Bewerbung entschieden. Ihr Profil hat uns aber so gut gefallen, dass wir Sie gern in unseren Talentpool aufnehmen würden. Wenn Sie einverstanden sind, bestätigen Sie dies bitte über den untenstehenden Link.
Auch wenn es diesmal nicht gepasst hat: Wir würden dich gern im Blick behalten. Dürfen wir deine Unterlagen zwölf Monate speichern und dich bei passenden Stellen direkt ansprechen?
Leider können wir Ihnen für die ausgeschriebene Stelle keine Zusage geben. Mit Ihrem Einverständnis nehmen wir Ihre Unterlagen jedoch in unsere Bewerberdatenbank auf und kommen auf Sie zu, sobald eine vergleichbare Position frei wird.
Wir haben uns für eine:n andere:n Kandidat:in entschieden. Gleichzeitig möchten wir dich einladen, Teil unserer Talent Community zu werden, damit du als Erste:r von neuen Jobs bei uns erfährst.
Ihre Bewerbung war für diese Stelle leider nicht erfolgreich. Wir haben Sie jedoch in unseren Pool für künftige Projekte im Bereich Energiewirtschaft aufgenommen; dem können Sie jederzeit widersprechen.
""",
        "rej_kurz": """
Leider müssen wir Ihnen absagen.
Die Stelle ist bereits besetzt. Danke für deine Bewerbung!
Wir haben uns für eine andere Bewerberin entschieden.
SUBJECT: Absage – {role} || Ihre Bewerbung konnte leider nicht berücksichtigt werden.
""",
        "rej_versteckt": """
Seit Ihrer Bewerbung ist einige Zeit vergangen, wofür wir uns entschuldigen möchten. Wir haben in den letzten Wochen zahlreiche Gespräche geführt und den Zuschnitt der Stelle mehrfach diskutiert. Letztlich fiel die Wahl auf eine Bewerberin, deren Profil noch genauer zu den Anforderungen in der Netzplanung passt. Wir würden uns freuen, wenn Sie uns dennoch verbunden bleiben.
Wir hatten über 400 Bewerbungen für dieses Traineeprogramm und haben jede einzelne gelesen. Nach mehreren Auswahlrunden sind alle Plätze nun vergeben, und wir konnten dich dabei leider nicht berücksichtigen. Dein Motivationsschreiben hat übrigens mehrere im Team zum Schmunzeln gebracht, im besten Sinn.
Das Auswahlverfahren für die Stelle {role} ist inzwischen abgeschlossen. Die Personalkommission hat sich nach Abwägung aller Kriterien für Bewerbende mit langjähriger Verwaltungserfahrung entschieden. Ihre Unterlagen werden nach Ablauf der gesetzlichen Frist vernichtet.
Wie du weißt, haben wir uns in den letzten Wochen neu sortiert, und das Team wächst langsamer als geplant. In dieser Situation haben wir entschieden, mit einer Person weiterzumachen, die unseren Tech-Stack schon kennt. Wir wollten dir das lieber direkt sagen, als dich warten zu lassen.
Ihre Bewerbung haben wir mit großem Interesse gelesen, und Ihr Werdegang in Zürich und Wien hat uns beeindruckt. Für die ausgeschriebene Position suchen wir allerdings vertiefte Kenntnisse im österreichischen Steuerrecht, die eine andere Kandidatin in stärkerem Maß mitbringt; ihr haben wir die Stelle angeboten.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.
Deine Bewerbung ist bei uns angekommen, danke! Wir schauen sie uns in Ruhe an und melden uns so bald wie möglich.
Ihre Bewerbung ist über unser Bewerbermanagementsystem eingegangen. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.
Wir bestätigen den fristgerechten Eingang Ihrer Bewerbung auf die Stellenausschreibung Nr. 34/2024. Nach Ablauf der Bewerbungsfrist entscheidet die Auswahlkommission über die Einladungen zu Vorstellungsgesprächen.
Ihre Unterlagen habe ich an die Fachabteilung weitergeleitet. Sobald ich eine Rückmeldung habe, gebe ich Ihnen Bescheid.
""",
        "ack_verzoegerung": """
Aufgrund der sehr hohen Anzahl an Bewerbungen verzögert sich die Sichtung leider. Wir bitten Sie noch um etwas Geduld; eine Entscheidung ist bislang nicht gefallen.
Die Besetzung der Stelle ist derzeit wegen interner Umstrukturierungen vorübergehend ausgesetzt. Ihre Bewerbung bleibt im Verfahren, und wir informieren Sie, sobald es weitergeht.
Wegen der Sommerferien kann sich unsere Rückmeldung um einige Wochen verzögern. Sollten Sie bis Ende September nichts von uns gehört haben, melden Sie sich gern bei mir.
Kurzes Update: Unsere Teamleitung ist gerade krankgeschrieben, deshalb hängt der Prozess etwas. Du bist aber weiterhin im Rennen, und wir melden uns spätestens nächste Woche.
""",
        "ack_unterlagen": """
Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir noch Ihre Arbeitszeugnisse sowie eine Kopie Ihres Hochschulabschlusses. Bitte laden Sie die Dokumente bis zum 15. des Monats im Bewerberportal hoch.
Leider war der Anhang deiner Bewerbung beschädigt und ließ sich nicht öffnen. Kannst du uns deinen Lebenslauf noch einmal als PDF schicken?
Bitte teilen Sie uns noch Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin mit, damit wir Ihre Bewerbung vollständig prüfen können.
""",
        "ack_nachrueckliste": """
Das Auswahlverfahren ist noch nicht abgeschlossen. Sie stehen derzeit auf unserer Nachrückliste; sobald die Gespräche mit der ersten Gruppe beendet sind, informieren wir Sie über den weiteren Verlauf.
Ihre Bewerbung befindet sich aktuell in der zweiten Sichtungsrunde. Über weitere Einladungen entscheiden wir nach Abschluss der ersten Gesprächsrunde Ende des Monats.
Der Status Ihrer Bewerbung hat sich geändert: In Prüfung durch die Fachabteilung. Sie erhalten eine weitere Nachricht, sobald sich der Status erneut ändert.
""",
        "inv_gespraech": """
Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern zu einem Vorstellungsgespräch einladen. Passt Ihnen Dienstag, der 14. Mai, um 10:00 Uhr in unserem Büro in Hamburg?
Wir laden Sie herzlich zu einem Auswahlgespräch am 3. Juni um 13:30 Uhr im Rathaus, Raum 2.14, ein. Bitte bestätigen Sie den Termin bis zum 28. Mai.
Wir würden dich gern zu einem ersten Video-Interview einladen. Such dir über den Link einfach einen Termin aus, der dir passt.
SUBJECT: Einladung zum Bewerbungsgespräch || Für die Position {role} möchten wir Sie zu einem persönlichen Gespräch mit unserer Bereichsleitung einladen. Die Reisekosten übernehmen wir selbstverständlich.
""",
        "inv_ohne_wort": """
Hättest du Lust, uns nächste Woche im Büro zu besuchen und das Team kennenzulernen? Sag mir einfach, welcher Tag dir am besten passt.
Wir würden Sie gern näher kennenlernen. Hätten Sie am Donnerstag oder Freitag Zeit für ein 30-minütiges Telefonat?
Als nächsten Schritt möchten wir dich zu einem Probearbeitstag einladen. Wäre der kommende Mittwoch für dich möglich?
Bitte bearbeiten Sie als nächsten Schritt unseren Online-Test; Sie haben dafür sieben Tage Zeit. Den Link finden Sie unten.
""",
        "off_zusage": """
Wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können. Den Arbeitsvertrag und alle weiteren Unterlagen erhalten Sie in den nächsten Tagen per Post.
Ich darf Ihnen mitteilen, dass sich das Auswahlgremium für Sie entschieden hat. Wir bieten Ihnen eine Einstellung in Entgeltgruppe 11 TVöD zum 1. Oktober an und bitten um Ihre Rückmeldung bis Ende der Woche.
SUBJECT: Ihr Vertragsangebot || Anbei erhalten Sie unser Vertragsangebot für die Position {role}. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. zurück.
""",
        "off_ohne_wort": """
Gute Nachrichten: Wir möchten dich unbedingt im Team haben! Den Vertrag schicke ich dir heute noch per DocuSign.
Herzlichen Glückwunsch, Sie haben uns überzeugt! Wir würden uns freuen, Sie ab dem 1. März in unserem Team begrüßen zu dürfen. Die Vertragsunterlagen liegen bei.
Das Team hat sich einstimmig für dich entschieden. Wann kannst du anfangen? Gehalt wie besprochen, der Vertrag kommt morgen.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag 'Controlling, München': 7 neue Stellen, darunter Financial Controller (m/w/d) und Referent*in Konzerncontrolling. Jetzt ansehen.
3 neue Stellenangebote passend zu deinem Profil: Data Engineer (w/m/d), Analytics Engineer, BI-Entwickler*in. Jobalarm verwalten.
""",
        "oth_newsletter": """
Neues aus dem Karriere-Newsletter: Wie unsere Azubis die neue Solaranlage mitgeplant haben, warum wir die Vier-Tage-Woche testen und welche Teams gerade Verstärkung suchen.
In dieser Ausgabe: Gehaltsreport 2025 für die DACH-Region, Tipps für das erste Gespräch auf Englisch und ein Interview mit unserer Personalvorständin.
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und betreue derzeit eine spannende Vakanz als {role} bei einem Mittelständler in Stuttgart. Hätten Sie grundsätzlich Interesse, mehr darüber zu erfahren?
Hi {first}, ich rekrutiere für ein Berliner Climate-Tech-Start-up und glaube, dein Profil könnte richtig gut passen. Darf ich dir die Stellenbeschreibung schicken?
""",
        "oth_survey": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert nur drei Minuten und ist selbstverständlich anonym.
Hilf uns, besser zu werden: Bewerte dein Vorstellungsgespräch bei uns mit ein paar Klicks.
""",
        "oth_rueckzug": """
Wie gewünscht haben wir Ihre Bewerbung zurückgezogen und Ihre Daten aus unserem System gelöscht. Für Ihre neue Aufgabe wünschen wir Ihnen alles Gute.
""",
        "oth_event": """
Wir laden Sie herzlich zu unserem Karriereabend am 7. November in Leipzig ein: Lernen Sie unsere Teams kennen und erfahren Sie mehr über Einstiegsmöglichkeiten.
""",
    },
    "fr": {
        "rej_apres_candidature": """
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue. Nous avons en effet reçu de nombreuses candidatures de grande qualité.
Nous avons bien étudié ta candidature, mais nous avons choisi de poursuivre avec des profils plus expérimentés en gestion de communauté. Nous ne pourrons donc pas aller plus loin avec toi cette fois-ci.
Malheureusement, votre profil ne correspond pas aux exigences du poste, notamment la maîtrise du néerlandais, indispensable pour ce rôle basé à Bruxelles. Nous ne pouvons donc pas donner suite à votre candidature.
La commission de sélection s'est réunie le 12 mars pour examiner les dossiers reçus. Nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue pour la phase d'entretiens.
Nous accusons réception de votre candidature et vous en remercions. Après examen, nous ne sommes malheureusement pas en mesure d'y donner une suite favorable.
Votre candidature a retenu toute notre attention ; toutefois, nous avons décidé de ne pas la retenir pour ce poste. Conformément à la réglementation, vos données seront supprimées dans un délai de deux ans.
""",
        "rej_apres_entretien": """
Nous vous remercions pour l'entretien de mardi dernier. Après mûre réflexion, nous avons choisi de poursuivre avec un·e autre candidat·e dont l'expérience en relations presse correspond davantage à nos besoins immédiats.
Merci encore pour ton temps lors de nos échanges. L'équipe a beaucoup apprécié ta présentation, mais nous avons finalement retenu une autre personne pour le poste.
À l'issue des entretiens, le jury n'a pas classé votre candidature parmi les profils proposés au recrutement. Nous ne pouvons donc pas vous proposer le poste de {role}.
Suite à notre échange téléphonique de ce matin, je vous confirme par écrit que nous ne poursuivrons pas le processus avec vous. Je reste disponible pour vous faire un retour plus détaillé si vous le souhaitez.
Nous avons apprécié la qualité de nos échanges lors de votre venue à Montréal. Cependant, après avoir rencontré l'ensemble des finalistes, nous avons arrêté notre choix sur une personne dont le parcours en gestion de projets TI est plus proche de nos besoins.
Le comité de recrutement s'est prononcé à la suite des entretiens du 8 juin : votre candidature n'a malheureusement pas été retenue.
""",
        "rej_apres_test": """
Merci d'avoir réalisé le cas pratique. Malgré des pistes intéressantes, votre rendu ne répond pas tout à fait aux attentes du poste, et nous avons décidé de ne pas poursuivre le processus.
Nous te remercions pour ta journée d'essai en salle. L'équipe a été sensible à ton énergie, mais nous avons choisi quelqu'un qui maîtrise déjà notre logiciel de caisse, et nous ne donnerons donc pas suite.
Les résultats des tests psychotechniques ne nous permettent pas de retenir votre candidature pour la suite du processus.
Vous n'avez pas obtenu la note minimale requise à l'épreuve écrite d'admissibilité. Par conséquent, vous ne serez pas convoqué·e à l'épreuve orale.
""",
        "rej_pourvu": """
Le poste de {role} a été pourvu en interne. Nous clôturons donc ce recrutement et ne pourrons pas donner suite à votre candidature.
Nous vous informons que le poste pour lequel vous avez postulé est désormais pourvu.
Notre client a finalement retenu un autre profil pour cette mission. Je ne manquerai pas de revenir vers vous si une opportunité similaire se présente.
Petite mise à jour : le poste a été pourvu par une personne de l'équipe de Lyon qui souhaitait évoluer. Désolée de ne pas avoir de meilleure nouvelle pour toi.
Suite à une mobilité interne au sein du ministère, l'emploi auquel vous avez postulé a été pourvu. La procédure de recrutement externe est donc close.
""",
        "rej_annule": """
En raison d'une réorganisation de nos services, le recrutement pour le poste de {role} a été annulé. Nous sommes désolés pour la gêne occasionnée.
Comme annoncé en février, ce recrutement avait été suspendu dans l'attente de la validation budgétaire. Le budget n'ayant pas été accordé, le poste est définitivement supprimé et votre candidature est close.
Le projet de recherche associé à ce contrat doctoral n'a pas obtenu de financement. Le poste est donc retiré et nous ne pourrons pas donner suite à votre candidature.
Nous avons d'abord gelé, puis abandonné ce recrutement à la suite du rachat de notre société. Nous ne poursuivrons donc pas le processus avec toi.
""",
        "rej_vivier": """
Nous ne sommes pas en mesure de donner une suite favorable à votre candidature pour ce poste. Votre profil nous a néanmoins intéressés et, avec votre accord, nous souhaiterions le conserver dans notre vivier de talents.
Même si l'on ne va pas plus loin pour ce poste, on aimerait garder le contact ! Tu peux rejoindre notre communauté talents pour être informé·e en avant-première de nos prochaines offres.
Votre candidature n'a pas été retenue pour ce recrutement, mais vous avez été inscrit·e dans notre base de candidat·e·s pour de futurs postes similaires au Sénégal et en Côte d'Ivoire.
Nous avons retenu un autre profil pour ce poste. Nous aimerions toutefois garder votre CV pour les prochaines ouvertures dans notre équipe data ; vous pouvez vous y opposer à tout moment en répondant à ce message.
Malgré les qualités de votre dossier, nous n'avons pas retenu votre candidature. Nous vous proposons de rejoindre notre réseau Talents, où nos offres sont publiées en priorité.
""",
        "rej_bref": """
Nous ne donnerons pas suite à votre candidature.
Le poste est pourvu. Merci pour ta candidature !
Votre candidature n'a pas été retenue.
SUBJECT: Votre candidature – {role} || Nous avons retenu un autre profil.
""",
        "rej_implicite": """
Nous tenions d'abord à nous excuser pour le délai de réponse ; la clôture des comptes a fortement mobilisé l'équipe. Après avoir rencontré plusieurs candidats, nous avons décidé de poursuivre avec une personne dont le profil correspond plus étroitement à nos besoins sur le marché suisse. Nous avons néanmoins beaucoup apprécié votre regard sur nos outils de reporting.
Le processus a été long et nous te remercions pour ta patience. Nous avons reçu plus de 250 candidatures pour ce stage, et il a fallu faire des choix difficiles. Au final, les trois places ont été attribuées à des étudiant·e·s déjà formé·e·s à la data visualisation. Nous espérons te revoir sur une prochaine offre.
Votre dossier a été examiné avec attention par le jury, qui a souligné la richesse de votre parcours associatif. Le jury a toutefois proposé la nomination d'un autre candidat, dont l'expérience en gestion des collectivités locales était plus directement en lien avec le poste. Vos pièces seront détruites à l'issue de la procédure.
Depuis notre dernier échange, l'entreprise a traversé une période de forte activité et nous avons dû revoir nos priorités. Le directeur commercial a décidé de confier le poste à un collaborateur qui connaît déjà nos clients à Abidjan. Je sais que ce n'est pas la nouvelle que vous attendiez.
Nous avons beaucoup discuté en équipe après nos entretiens. Le poste va évoluer vers un périmètre plus technique que prévu, et nous l'avons proposé à une candidate qui a déjà piloté des migrations cloud. Merci sincèrement pour l'énergie que tu as mise dans ce processus.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à notre entreprise. Elle sera étudiée avec la plus grande attention.
Ta candidature est bien arrivée chez nous ! L'équipe recrutement la lira dans les prochains jours.
Votre candidature a bien été enregistrée sous la référence RH-2024-5531. Vous pouvez suivre son avancement depuis votre espace candidat.
Nous vous confirmons la réception de votre dossier d'inscription au concours externe. La liste des candidat·e·s admis·es à concourir sera publiée après vérification des pièces.
J'ai bien reçu votre CV et je l'ai transmis à la responsable du service. Je reviens vers vous dès que j'ai son retour.
""",
        "ack_delai": """
En raison du nombre important de candidatures reçues, le traitement des dossiers prend plus de temps que prévu. Aucune décision n'a encore été prise ; nous reviendrons vers vous d'ici la fin du mois.
Le recrutement pour ce poste est temporairement suspendu dans l'attente d'arbitrages budgétaires. Votre candidature reste active et nous ne manquerons pas de vous informer de la suite.
Nous avons bien reçu votre candidature. Faute de réponse de notre part dans un délai de six semaines, vous pourrez considérer qu'elle n'a pas été retenue ; nous vous remercions de votre compréhension.
Petit point d'étape : les entretiens ont pris du retard à cause des congés. Tu es toujours dans la course, on te recontacte la semaine prochaine.
""",
        "ack_pieces": """
Votre dossier est incomplet : il manque la copie de votre diplôme ainsi que l'extrait de casier judiciaire. Merci de nous les transmettre sous huit jours afin que nous puissions poursuivre l'examen de votre candidature.
Pourrais-tu nous renvoyer ton CV au format PDF ? Le fichier joint ne s'ouvre pas de notre côté.
Afin de finaliser l'étude de votre candidature, merci de nous indiquer vos prétentions salariales et votre date de disponibilité.
""",
        "ack_liste": """
Le processus de sélection est toujours en cours. Votre candidature a été placée sur liste complémentaire ; nous vous recontacterons dès que la première série d'entretiens sera terminée.
Votre dossier est actuellement en cours d'examen par le service concerné. Vous serez informé·e par courriel de toute évolution.
Statut de votre candidature : en cours d'évaluation. Aucune action n'est requise de votre part pour le moment.
""",
        "inv_entretien": """
Votre profil a retenu notre attention et nous souhaiterions vous rencontrer lors d'un entretien le jeudi 16 mai à 14 h dans nos locaux de la rue Oberkampf.
Nous avons le plaisir de vous convoquer à un entretien avec le jury le 2 juillet à 9 h 30 à l'hôtel de ville. Merci de vous munir d'une pièce d'identité.
On aimerait te proposer un premier entretien en visio avec la responsable de l'équipe. Choisis le créneau qui te convient via le lien ci-dessous.
SUBJECT: Invitation à un entretien – {role} || Pourriez-vous nous indiquer vos disponibilités la semaine prochaine pour un entretien téléphonique d'une trentaine de minutes ?
""",
        "inv_sans_mot": """
Seriez-vous disponible pour un échange de 20 minutes par téléphone cette semaine ? J'aimerais vous présenter le poste plus en détail.
Ça te dirait de passer au bureau mardi prochain pour rencontrer l'équipe autour d'un café ?
La prochaine étape consiste en une journée d'immersion dans notre atelier de Lyon. Quelles dates vous conviendraient en juin ?
Nous vous invitons à passer nos tests en ligne (raisonnement logique et anglais) d'ici vendredi. Le lien est valable sept jours.
""",
        "off_proposition": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle brute de 48 000 euros. Vous trouverez ci-joint la promesse d'embauche à nous retourner signée.
J'ai le plaisir de vous annoncer que le jury a retenu votre candidature. Votre nomination prendra effet au 1er septembre ; le service du personnel prendra contact avec vous pour les formalités.
SUBJECT: Proposition d'embauche || Suite à nos échanges, nous vous adressons ci-joint notre proposition d'embauche pour le poste de {role}. Merci de nous faire part de votre réponse avant le 15.
""",
        "off_sans_mot": """
Bonne nouvelle : on aimerait beaucoup que tu rejoignes l'équipe ! Je t'envoie le contrat dans la journée.
Félicitations, c'est vous que nous avons choisi·e ! Votre contrat de travail est joint à ce message ; nous serions ravis de vous accueillir dès le 3 mars.
L'équipe a été unanime : le poste est à toi si tu le veux. On peut s'appeler demain pour caler ta date d'arrivée ?
""",
        "oth_alert": """
Nouvelles offres correspondant à votre alerte « Chargé de communication – Paris » : 9 offres publiées cette semaine. Consultez-les dès maintenant.
4 nouvelles offres pour toi à Genève : Data Analyst, Contrôleur·se de gestion, Product Owner et plus encore. Gérer mes alertes.
""",
        "oth_newsletter": """
Au sommaire de notre lettre carrières : portrait de nos apprenti·e·s, les coulisses de notre nouveau site de production à Casablanca et les métiers qui recrutent ce trimestre.
La newsletter emploi du mois : les salaires 2025 dans le numérique au Québec, comment préparer un entretien en anglais et nos conseils pour négocier le télétravail.
""",
        "oth_cold": """
Je me permets de vous contacter car j'accompagne actuellement un grand groupe industriel lyonnais dans le recrutement d'un·e {role}. Seriez-vous ouvert·e à de nouvelles opportunités ?
Salut {first}, je suis chasseuse de têtes dans un cabinet spécialisé tech à Paris. J'ai une opportunité qui pourrait t'intéresser dans une scale-up de la fintech. Tu es à l'écoute du marché en ce moment ?
""",
        "oth_survey": """
Votre avis compte ! Prenez trois minutes pour évaluer votre expérience de candidature chez {company}.
Comment s'est passé ton parcours de candidature chez nous ? Donne-nous ton avis en répondant à ce court questionnaire anonyme.
""",
        "oth_retrait": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Nous vous souhaitons une belle réussite dans votre nouveau projet.
""",
        "oth_evenement": """
Rejoignez-nous le 12 octobre pour notre journée portes ouvertes à Dakar : rencontres avec les équipes, ateliers CV et présentation de nos programmes jeunes diplômés.
""",
    },
    "es": {
        "rej_tras_candidatura": """
Tras revisar detenidamente tu candidatura, lamentamos comunicarte que no ha sido seleccionada para continuar en el proceso de {role}. Hemos recibido un número muy elevado de perfiles y la decisión no ha sido fácil.
Le informamos que, una vez analizada su postulación, su perfil no se ajusta a los requisitos establecidos para el cargo, por lo que no continuará en el proceso de selección.
Lamentablemente, en esta ocasión no vamos a avanzar con tu candidatura. Buscamos a alguien con experiencia previa en el sector minero y disponibilidad para trabajar por turnos en Antofagasta.
El comité de selección ha concluido la fase de evaluación curricular. Sentimos comunicarle que su solicitud no ha superado esta fase.
Revisamos tu CV con atención y decidimos seguir con otras personas cuyo perfil encaja mejor con lo que necesitamos en este momento.
Por medio del presente le comunicamos que su expediente no ha sido admitido a la siguiente etapa de la convocatoria, al no acreditar la experiencia mínima de tres años requerida en las bases.
""",
        "rej_tras_entrevista": """
Muchas gracias por la entrevista del pasado jueves. Después de valorar a todas las personas finalistas, hemos decidido continuar con otra candidata cuya experiencia en logística internacional se ajusta más a las necesidades del puesto.
Te agradecemos el tiempo que dedicaste a conocernos. El equipo quedó con una muy buena impresión, pero finalmente elegimos a otra persona para la posición.
Queremos agradecerle su participación en la entrevista con el gerente del área. Lamentablemente, no ha sido seleccionado/a para la etapa final del proceso.
Te cuento cómo quedó todo: después de las entrevistas finales, el equipo se inclinó por otro candidato con más experiencia en liderazgo. Me hubiera encantado darte otra noticia, de verdad.
Tras la entrevista con el tribunal, la comisión ha propuesto a otro aspirante para la plaza, por lo que lamentamos informarle de que no ha resultado seleccionado.
Como le adelanté por teléfono, le confirmo por escrito que no seguiremos adelante con su candidatura después de la segunda entrevista. Si lo desea, puedo compartirle la retroalimentación del panel.
""",
        "rej_tras_prueba": """
Gracias por completar la prueba técnica. Hemos revisado tu solución con el equipo y, aunque tiene aspectos interesantes, no alcanza el nivel que buscamos para esta posición, así que no continuaremos con el proceso.
Le informamos que su puntuación en las pruebas psicotécnicas no alcanzó el mínimo exigido, por lo que no podrá continuar en el proceso de selección.
Gracias por venir al día de prueba en la cocina. Nos gustó trabajar contigo, pero nos quedamos con alguien que ya conoce el servicio de barra, así que esta vez no seguimos adelante.
Tras el assessment center del pasado martes, lamentamos comunicarte que no has sido seleccionado/a para el programa de jóvenes profesionales.
""",
        "rej_cubierta": """
Le comunicamos que la vacante de {role} ha sido cubierta mediante promoción interna, por lo que damos por cerrado el proceso externo.
La posición a la que postulaste ya fue cubierta. Gracias por tu interés; te animamos a seguir atento/a a nuestras ofertas.
Nuestro cliente ha decidido cerrar la vacante con otro profesional. Te tendré en cuenta para futuras búsquedas similares.
Te escribo para contarte que la plaza la ocupó finalmente una compañera del equipo de Bogotá que pidió el traslado, así que no podremos seguir con tu proceso.
La plaza convocada ha sido adjudicada. Su solicitud queda archivada sin más trámite.
""",
        "rej_cancelada": """
Debido a un cambio en las prioridades de la compañía, hemos cancelado la búsqueda para el puesto de {role}. Lamentamos las molestias que esto pueda ocasionarte.
Como te comentamos en abril, el proceso estaba en pausa por revisión presupuestaria. Finalmente la dirección ha decidido no abrir la posición este año, así que cerramos tu candidatura.
La convocatoria ha sido declarada desierta por resolución del rectorado y no se realizará la contratación.
Tras la fusión, la empresa congeló y después eliminó varias vacantes, entre ellas esta. Por tanto, no podremos continuar con su proceso.
""",
        "rej_banco": """
Si bien en esta ocasión no continuaremos con tu candidatura, nos gustaría guardar tu CV en nuestra base de talento durante un año para futuras oportunidades. Si no estás de acuerdo, solo tienes que responder a este correo.
Su perfil no ha sido seleccionado para esta vacante; no obstante, ha quedado registrado en nuestra bolsa de trabajo y le contactaremos si surge una posición acorde.
Esta vez elegimos a otra persona, pero nos encantaría seguir en contacto. Sumate a nuestra comunidad de talento y enterate primero de nuestras búsquedas.
Hemos decidido no avanzar con su postulación para {role}. Con su autorización, compartiremos su hoja de vida con nuestras oficinas de Lima y Quito, que abrirán procesos similares en los próximos meses.
No podemos ofrecerte el puesto, pero el equipo quedó con muy buena impresión. Con tu permiso, te escribiré directamente cuando abramos la próxima vacante de producto.
""",
        "rej_corta": """
No seguiremos adelante con tu candidatura.
Lamentamos informarle que no ha sido seleccionado/a.
La vacante ya fue cubierta. ¡Gracias por postularte!
SUBJECT: Proceso de selección – {role} || Hemos optado por otro perfil.
""",
        "rej_implicita": """
Antes que nada, disculpa la demora en responderte; el cierre de trimestre nos tuvo a todos a tope. Hemos conversado con varias personas muy valiosas y finalmente decidimos avanzar con un perfil más alineado con la expansión que estamos haciendo en Centroamérica. Tu caso práctico fue de los mejores que recibimos, y eso quería decírtelo.
El proceso tuvo tres etapas y más de 500 postulantes, y queremos ser transparentes con los criterios utilizados. Cada expediente fue puntuado por dos evaluadores según la matriz publicada en las bases. Su puntuación quedó por debajo del corte establecido para pasar a entrevistas. Puede solicitar su hoja de evaluación a través de la mesa de partes virtual.
Ha sido un gusto conocerte a lo largo de estas semanas. Después de mucho pensarlo, nos dimos cuenta de que necesitamos a alguien con experiencia sólida en regulación bancaria, y por eso le ofrecimos el puesto a otra finalista. Nada de esto cambia lo mucho que valoramos tus ideas sobre la app.
Le agradecemos el interés mostrado y el tiempo invertido en las distintas fases. La dirección del hospital ha resuelto la contratación a favor de un profesional con experiencia previa en el sistema público de salud de Costa Rica.
Sé que estabas esperando noticias desde hace tiempo. Esta semana se cerró la terna final y, como el cliente priorizó candidatos con inglés nativo, tu perfil no quedó entre los tres presentados. Igual sigo buscando opciones para ti.
""",
        "ack_recibida": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará y te contactaremos si tu perfil encaja con lo que buscamos.
Le confirmamos la recepción de su postulación. El número de folio asignado es 2024-RH-0871; consérvelo para futuras consultas.
¡Gracias por postularte! Tu aplicación llegó bien y la estamos revisando.
Su solicitud de admisión a la convocatoria ha sido registrada. La lista provisional de personas admitidas se publicará en el tablón de anuncios de la sede electrónica.
Recibí tu CV y ya se lo pasé a la jefa del área. En cuanto me diga algo, te aviso.
""",
        "ack_demora": """
Debido al gran volumen de postulaciones, la revisión se está demorando más de lo previsto. Aún no se ha tomado ninguna decisión; esperamos darte noticias antes de fin de mes.
El proceso de selección se encuentra en pausa temporal por una reorganización interna. Su candidatura sigue vigente y le informaremos en cuanto se reactive.
Su postulación sigue en revisión. Si en un plazo de 30 días no recibe noticias nuestras, entienda que no ha sido preseleccionada en esta ocasión.
Te cuento rápido: el gerente está de viaje y las entrevistas se movieron a la semana que viene. Seguís en el proceso, no te preocupes.
""",
        "ack_documentos": """
Para continuar con su proceso, necesitamos que adjunte copia de su título universitario y de su cédula de identidad en el portal de candidatos antes del viernes.
El archivo de tu CV llegó dañado y no logramos abrirlo. ¿Podrías reenviarlo en PDF?
Nos falta tu pretensión salarial y tu disponibilidad para incorporarte. Envíanosla cuando puedas para completar tu ficha.
""",
        "ack_reserva": """
Su candidatura ha quedado en lista de reserva mientras se completan las entrevistas con el primer grupo de candidatos. Le informaremos del resultado final en cuanto concluya el proceso.
Tu postulación pasó el primer filtro y ahora está en revisión por parte del área solicitante. Te avisaremos de los próximos pasos.
Estado de su solicitud: en evaluación. No es necesaria ninguna acción por su parte en este momento.
""",
        "inv_entrevista": """
Nos gustaría invitarte a una entrevista por videollamada con la responsable del equipo. Puedes elegir el horario que mejor te venga en el enlace de abajo.
Por medio de la presente le citamos a entrevista personal el día 18 de junio a las 10:00 horas en nuestras oficinas de Paseo de la Reforma. Le rogamos confirme su asistencia.
SUBJECT: Entrevista – {role} || ¿Tendrías disponibilidad el martes a las 16:00 (hora de Buenos Aires) para una entrevista técnica de una hora?
Ha sido convocado/a a la entrevista ante el tribunal calificador, que tendrá lugar el 4 de julio en la Sala de Juntas de la Facultad de Economía.
""",
        "inv_sin_palabra": """
¿Te vendría bien una llamada de 20 minutos esta semana para contarte más sobre el puesto y conocerte un poco?
Nos encantaría que vinieras a la oficina a conocer al equipo y tomar un café. ¿Qué día te queda mejor?
Como siguiente paso, le invitamos a realizar nuestra prueba en línea de razonamiento lógico; dispone de cinco días para completarla.
¿Te animás a venir un sábado a hacer una jornada de prueba en el local? Así conocés el ritmo del servicio y el equipo te conoce a vos.
""",
        "off_oferta": """
Nos complace ofrecerte el puesto de {role} con un salario bruto anual de 42.000 euros y contrato indefinido. Adjuntamos la carta oferta; te pedimos que nos la devuelvas firmada antes del viernes.
Tenemos el agrado de comunicarle que ha sido seleccionado/a para ocupar el cargo de {role}. Le solicitamos acercarse a la oficina de Recursos Humanos el lunes para firmar su contrato.
SUBJECT: Carta oferta || Adjuntamos la propuesta económica y las condiciones para que te incorpores como {role}. Quedamos atentos a tu respuesta.
""",
        "off_sin_palabra": """
¡Buenas noticias! Queremos que te sumes al equipo. Te mando el contrato hoy mismo para que lo revises.
El puesto es tuyo si lo querés. Sueldo como hablamos y arrancás cuando puedas; avisame y te paso el contrato.
Enhorabuena: el comité le ha elegido por unanimidad. Nos encantaría contar con usted a partir del 1 de septiembre, y le enviamos el contrato para su firma.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta «Analista de datos en Madrid»: 11 empleos publicados esta semana. Ver ofertas.
5 vacantes nuevas que coinciden con tu perfil en Ciudad de México: Coordinador de Logística, Analista de Compras, Jefe de Almacén y 2 más.
""",
        "oth_newsletter": """
En este número de nuestro boletín de talento: cómo funciona el programa de trainees en Santiago, entrevista con la directora de Personas y las áreas que están contratando este trimestre.
Boletín de empleo de marzo: tendencias salariales en tecnología en América Latina, cómo preparar una entrevista por competencias y cinco errores comunes en el CV.
""",
        "oth_cold": """
Te escribo porque estoy ayudando a una fintech de Barcelona a encontrar un/a {role} y tu perfil me pareció muy interesante. ¿Estarías abierto/a a escuchar la propuesta?
Soy consultora en una firma de headhunting en Bogotá. Tenemos un cliente multinacional del sector energético con una posición que podría interesarle. ¿Le puedo compartir los detalles?
""",
        "oth_survey": """
¿Qué te pareció nuestro proceso de selección? Responde esta breve encuesta anónima; solo te tomará tres minutos.
Su opinión es importante: valore del 1 al 10 su experiencia como candidato/a en {company}.
""",
        "oth_retiro": """
Tal como nos pediste, hemos retirado tu candidatura del proceso para {role}. ¡Mucho éxito en tu nuevo trabajo!
""",
        "oth_evento": """
Te invitamos a nuestra feria de empleo virtual del 20 de mayo: charlas con los equipos, revisión de CV y más de 40 vacantes abiertas.
""",
    },
    "pt": {
        "rej_apos_candidatura": """
Após análise cuidadosa do seu currículo, informamos que o seu perfil não foi selecionado para as próximas etapas do processo seletivo para {role}. Recebemos um número expressivo de candidaturas e a decisão não foi fácil.
Lamentamos informar que a sua candidatura não foi admitida à fase seguinte do procedimento concursal, por não reunir os requisitos de habilitação académica exigidos no aviso de abertura.
Analisámos com atenção a tua candidatura e decidimos avançar com pessoas com mais experiência em retalho alimentar. Por isso, não vamos seguir contigo neste processo.
Infelizmente, desta vez não vamos seguir com a sua candidatura. Estamos buscando alguém com experiência prévia em saúde suplementar e disponibilidade para atuar presencialmente em Recife.
A comissão de avaliação concluiu a análise curricular das candidaturas recebidas. Lamentamos comunicar-lhe que a sua candidatura não foi selecionada para a fase de entrevistas.
Após avaliação, o seu perfil não cumpre os requisitos mínimos da vaga, pelo que o processo foi encerrado para si.
""",
        "rej_apos_entrevista": """
Muito obrigada pela entrevista da semana passada. Depois de conversar com todos os finalistas, decidimos seguir com outra pessoa cuja experiência em gestão de carteira B2B está mais alinhada com o momento da empresa.
Agradecemos a sua disponibilidade para a entrevista com a direção. Após ponderação, decidimos não avançar com a sua candidatura para a posição de {role}.
Foi ótimo te conhecer! O time gostou muito da conversa, mas no fim escolhemos outra pessoa para a vaga. Queria te dar esse retorno pessoalmente.
Na sequência da entrevista realizada no dia 9 de maio, informamos que o júri deliberou propor outro candidato para o posto, pelo que a sua candidatura não foi selecionada.
Como conversamos por telefone hoje de manhã, confirmo por escrito que não seguiremos com o seu processo após a segunda entrevista. Se quiser, posso enviar o feedback detalhado do painel.
Obrigado por teres vindo ao escritório conhecer a equipa. Decidimos, ainda assim, avançar com outra candidata para esta função.
""",
        "rej_apos_teste": """
Obrigado por realizar o teste técnico. Analisamos a sua solução com o time e, apesar de bons pontos, ela não atingiu o nível que buscamos para a posição, por isso encerramos o seu processo por aqui.
Informamos que a sua pontuação na prova de conhecimentos não atingiu a nota mínima exigida, não sendo admitido(a) à fase seguinte.
Valeu pelo dia de experiência na loja! A equipe curtiu trabalhar com você, mas optamos por alguém que já tem prática com o nosso sistema de caixa, então não vamos seguir em frente.
Após a dinâmica de grupo e o estudo de caso, lamentamos informar que você não foi aprovado(a) para o programa de trainee deste ano.
""",
        "rej_preenchida": """
Informamos que a vaga de {role} foi preenchida internamente e, por isso, encerramos o processo externo.
A vaga para a qual você se candidatou já foi preenchida. Agradecemos o interesse e convidamos você a acompanhar nossas próximas oportunidades.
O nosso cliente optou por outro profissional para esta posição. Manterei o seu contacto para futuras oportunidades semelhantes.
Passando para te contar que a vaga acabou ficando com uma colega do time de Campinas que pediu transferência, então não vamos seguir com o seu processo.
O posto de trabalho foi ocupado por mobilidade interna na Administração Pública. O procedimento externo foi, por conseguinte, encerrado.
""",
        "rej_cancelada": """
Devido a uma mudança nas prioridades da empresa, cancelamos a contratação para a posição de {role}. Pedimos desculpas pelo transtorno.
Conforme informámos em março, o recrutamento estava suspenso por razões orçamentais. A administração decidiu agora não avançar com a contratação este ano, pelo que a sua candidatura foi encerrada.
O financiamento do projeto de investigação não foi aprovado e, por isso, a bolsa foi anulada. Não será possível dar seguimento à sua candidatura.
Depois da fusão, a empresa congelou e depois encerrou várias vagas, incluindo esta. Então, infelizmente, o seu processo termina aqui.
""",
        "rej_banco": """
Embora não sigamos com a sua candidatura neste momento, gostaríamos de manter o seu currículo em nosso banco de talentos por 12 meses. Caso não concorde, basta responder a este e-mail.
Desta vez a escolha recaiu sobre outra pessoa, mas adoraríamos manter contacto. Junta-te à nossa comunidade de talento para saberes em primeira mão das novas vagas.
O seu perfil não foi selecionado para esta vaga; contudo, ficou registado na nossa base de candidatos e entraremos em contacto caso surja uma oportunidade adequada em Luanda ou Benguela.
Decidimos não avançar com a sua candidatura para {role}. Com a sua autorização, partilharemos o seu CV com a nossa equipa em Maputo, que abrirá vagas semelhantes nos próximos meses.
Não conseguimos te oferecer a vaga agora, mas o time ficou com ótima impressão. Se você topar, vou te chamar direto quando abrirmos a próxima posição de produto.
""",
        "rej_curta": """
Não daremos continuidade à sua candidatura.
A vaga já foi preenchida. Obrigado por se candidatar!
Lamentamos, mas a sua candidatura não foi selecionada.
SUBJECT: Processo seletivo – {role} || Optamos por seguir com outro perfil.
""",
        "rej_implicita": """
Antes de tudo, desculpe a demora no retorno; o fechamento do trimestre deixou todo mundo sobrecarregado. Conversamos com várias pessoas muito boas e, no fim, decidimos avançar com um perfil mais alinhado à expansão que estamos fazendo no Nordeste. O seu case foi um dos melhores que recebemos, e eu fazia questão de te dizer isso.
O processo teve três fases e mais de 400 candidatos, e queremos ser transparentes quanto aos critérios. Cada candidatura foi pontuada por dois avaliadores segundo a grelha publicada. A sua classificação ficou abaixo do limite fixado para a fase de entrevista. Pode consultar a ata do júri mediante pedido escrito.
Foi um prazer conhecer-te ao longo destas semanas. Depois de muita reflexão, percebemos que precisamos de alguém com experiência sólida em regulação farmacêutica, e por isso propusemos a função a outra finalista. Isso não muda o quanto gostámos das tuas ideias.
Agradecemos o interesse demonstrado e o tempo dedicado às várias fases. A direção clínica deliberou contratar um profissional com experiência anterior no serviço nacional de saúde de Cabo Verde.
Sei que você estava esperando notícias há um tempo. Essa semana fechamos a shortlist final e, como o cliente priorizou candidatos com espanhol fluente, o seu perfil não ficou entre os três apresentados. Sigo de olho em outras oportunidades para você.
""",
        "ack_recebida": """
Recebemos a sua candidatura para a vaga de {role}. Nossa equipe vai analisá-la com atenção e entraremos em contato caso o seu perfil esteja alinhado ao que buscamos.
Confirmamos a receção da sua candidatura, registada com o número REC-2024-0193. Por favor, utilize esta referência em futuros contactos.
Oba, sua inscrição chegou! Já estamos dando uma olhada.
A sua candidatura ao procedimento concursal foi submetida com sucesso. A lista de candidatos admitidos e excluídos será publicada na página do organismo.
Recebi o teu CV e já o passei à responsável da equipa. Assim que ela me disser alguma coisa, dou-te notícias.
""",
        "ack_atraso": """
Devido ao grande volume de inscrições, a triagem está levando mais tempo do que o previsto. Ainda não tomamos nenhuma decisão e pretendemos dar um retorno até o fim do mês.
O processo seletivo está temporariamente suspenso por conta de uma reestruturação interna. A sua candidatura continua ativa e avisaremos assim que for retomado.
A sua candidatura encontra-se em análise. Caso não receba notícias nossas no prazo de 30 dias, considere que não foi pré-selecionado(a) nesta fase.
Só para te atualizar: a gestora ficou doente e as entrevistas foram adiadas para a semana que vem. Você continua no processo, viu?
""",
        "ack_documentos": """
Para darmos seguimento ao seu processo, precisamos que envie cópia do diploma e do documento de identificação através do portal do candidato até sexta-feira.
O arquivo do seu currículo chegou corrompido e não conseguimos abrir. Pode reenviar em PDF?
Ficou faltando a sua pretensão salarial e a data em que poderia começar. Pode nos mandar para completarmos a sua ficha?
""",
        "ack_reserva": """
A sua candidatura ficou em lista de reserva enquanto concluímos as entrevistas com o primeiro grupo de candidatos. Informaremos o resultado final assim que o processo terminar.
O seu currículo passou pela primeira triagem e agora está sendo avaliado pela área responsável. Avisaremos sobre os próximos passos.
Status da sua candidatura: em avaliação. Nenhuma ação é necessária da sua parte neste momento.
""",
        "inv_entrevista": """
Gostaríamos de convidar você para uma entrevista por vídeo com a gestora da área. Escolha o horário que for melhor para você pelo link abaixo.
Vimos por este meio convocá-lo(a) para a entrevista profissional de seleção, que terá lugar no dia 21 de junho, às 10h00, nas instalações da Câmara Municipal.
SUBJECT: Entrevista – {role} || Você teria disponibilidade na terça às 15h (horário de Brasília) para uma entrevista técnica de uma hora?
Queremos convidar-te para uma entrevista presencial no nosso escritório do Porto. Diz-nos que dia te dá mais jeito na próxima semana.
""",
        "inv_sem_palavra": """
Topa um bate-papo de 20 minutos esta semana para eu te contar mais sobre a vaga?
Adorávamos que viesses conhecer a equipa e tomar um café connosco. Que dia te dá jeito?
Como próxima etapa, convidamos você a realizar nosso teste online de lógica; você tem cinco dias para concluir.
Podemos marcar uma conversa com o diretor financeiro na quinta-feira à tarde? Ele gostaria de conhecê-lo(a) antes da decisão final.
""",
        "off_proposta": """
Temos o prazer de lhe oferecer a posição de {role}, com salário mensal de R$ 12.500 em regime CLT e benefícios. Segue em anexo a carta-proposta; pedimos que nos envie o aceite até sexta-feira.
É com satisfação que comunicamos que foi selecionado(a) para o cargo de {role}. Solicitamos que compareça nos Recursos Humanos na segunda-feira para assinatura do contrato.
SUBJECT: Proposta de trabalho || Enviamos em anexo a proposta de remuneração e as condições para a sua contratação como {role}. Aguardamos o seu retorno.
""",
        "off_sem_palavra": """
Boas notícias: queremos muito você no time! Te mando o contrato ainda hoje para você dar uma olhada.
A vaga é tua, se a quiseres. Salário como combinámos e começas quando puderes; diz-me alguma coisa e envio-te o contrato.
Parabéns: a comissão escolheu-o(a) por unanimidade. Teremos todo o gosto em contar consigo a partir de 1 de setembro; segue o contrato para assinatura.
""",
        "oth_alert": """
Novas vagas para o seu alerta 'Analista de Dados – São Paulo': 14 oportunidades publicadas esta semana. Ver vagas.
3 novas ofertas compatíveis com o teu perfil em Lisboa: Gestor de Contas, Analista de Compras, Coordenador de Armazém.
""",
        "oth_newsletter": """
Nesta edição da nossa newsletter de carreiras: como funciona o programa de estágio em Belo Horizonte, entrevista com a diretora de Pessoas e as áreas que estão contratando neste trimestre.
Newsletter de emprego de abril: tendências salariais em tecnologia em Portugal, como preparar uma entrevista por competências e cinco erros comuns no CV.
""",
        "oth_cold": """
Oi {first}, tudo bem? Sou recrutadora em uma consultoria de tech em São Paulo e estou ajudando uma fintech a contratar um(a) {role}. Teria interesse em saber mais?
Sou consultor numa empresa de executive search em Lisboa. Temos um cliente do setor energético com uma posição que lhe pode interessar. Posso partilhar os detalhes?
""",
        "oth_survey": """
O que achou do nosso processo seletivo? Responda a esta pesquisa rápida e anônima; leva só três minutos.
A sua opinião conta: avalie de 1 a 10 a sua experiência como candidato(a) na {company}.
""",
        "oth_desistencia": """
Conforme solicitado, retiramos a sua candidatura do processo para {role}. Muito sucesso no novo desafio!
""",
        "oth_evento": """
Convidamos você para a nossa feira de carreiras online no dia 15 de maio: bate-papos com os times, revisão de currículo e mais de 30 vagas abertas.
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
            "Good morning {first},",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "Thank you for your application and for the time you have invested in our process.",
            "We appreciate your interest in joining {company} as {role}.",
            "Thanks so much for getting in touch with us.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "All the best for the next step in your career.",
            "Best of luck, and thank you again for considering us.",
            "We hope our paths cross again in the future.",
            "Wishing you well in your future endeavours.",
        ],
        "marketing": [
            "At {company}, we believe great work happens when curious people are given room to grow. Our teams span four continents, and last year we were named one of the region's best places to work.",
            "{company} moves more than two million parcels a week across the UK and Ireland, powered by a team of 3,000 people and a fleet that is now 40% electric.",
            "Founded in Nairobi in 2016, {company} serves over a million small businesses across East Africa with simple, affordable payments.",
            "{company} is a public research university with 28,000 students and a commitment to equality, diversity and inclusion in everything we do.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\nTalent Acquisition | {company}",
            "Cheers,\n{sender_first}",
            "Warm regards,\nThe {company} Recruitment Team",
            "Yours sincerely,\n{sender}\nHuman Resources",
            "Thanks,\n{sender}",
        ],
        "footer": [
            "This email was sent from a no-reply address. Please do not reply to this message.",
            "{company} is an equal opportunity employer. To learn how we process your personal data, see our candidate privacy notice.",
            "You are receiving this email because you applied for a position at {company}. Unsubscribe from job alerts at any time.",
            "Confidentiality notice: this message and any attachments are intended solely for the named recipient.",
            "Powered by our applicant tracking system. Manage your candidate profile in the career portal.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: application update",
            "Regarding your application – {role}",
            "Update on your candidacy",
            "Re: {role} application",
            "Thank you for applying to {company}",
        ],
        "subject_inv": [
            "Interview invitation: {role}",
            "Next steps with {company}",
            "Let's find a time to talk",
            "Invitation: {role} – next stage",
            "Scheduling your conversation with {company}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer of employment – {role}",
            "Welcome to {company}!",
            "Good news about the {role} role",
            "Your contract with {company}",
        ],
        "subject_oth": [
            "New jobs for you",
            "{company} Careers Newsletter",
            "Quick question about your next move",
            "How was your experience with {company}?",
            "You're invited: {company} careers event",
            "Confirmation of your withdrawal",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte*r {first} Rivera,",
            "Hallo {first},",
            "Liebe*r {first},",
            "Guten Tag {first} Rivera,",
            "Hi {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
            "Danke für deine Bewerbung als {role}!",
            "Wir bedanken uns für Ihr Interesse an der Position {role} und die Zeit, die Sie in Ihre Bewerbung investiert haben.",
            "Herzlichen Dank für Ihre Unterlagen.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir für deine Jobsuche alles Gute!",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Stellensuche.",
            "Alles Gute und hoffentlich bis bald!",
        ],
        "marketing": [
            "{company} versorgt seit über 100 Jahren die Region mit Strom, Wärme und Wasser und beschäftigt heute rund 1.800 Mitarbeitende.",
            "Als familiengeführtes Unternehmen mit Standorten in Hamburg, Wien und Zürich setzt {company} auf flache Hierarchien, Weiterbildung und echte Vereinbarkeit von Beruf und Familie.",
            "Bei {company} arbeiten über 300 Menschen aus 40 Nationen gemeinsam an der Energiewende.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Beste Grüße\n{sender}\nPeople & Culture",
            "Herzliche Grüße aus Hamburg\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} – Sitz der Gesellschaft: Hamburg – Registergericht: Amtsgericht Hamburg – Geschäftsführung: Dr. Henrike Salm, Matthias Oberländer",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sie erhalten diese Nachricht, weil Sie sich bei {company} beworben haben.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu deiner Bewerbung",
            "Bewerbung {role} – aktueller Stand",
            "AW: Bewerbung als {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächste Schritte – {role}",
            "Terminvorschlag für ein Kennenlernen",
            "Ihre Bewerbung: Einladung",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Zusage – {role}",
            "Willkommen bei {company}!",
            "Gute Nachrichten zu deiner Bewerbung",
        ],
        "subject_oth": [
            "Neue Jobs für dich",
            "Karriere-Newsletter von {company}",
            "Spannende Position – hätten Sie Interesse?",
            "Ihre Meinung ist uns wichtig",
            "Bestätigung: Rückzug Ihrer Bewerbung",
        ],
    },
    "fr": {
        "greet": [
            "Madame, Monsieur,",
            "Bonjour {first},",
            "Cher·e {first},",
            "Bonjour,",
            "Salut {first},",
            "Chère candidate, cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature au poste de {role} !",
            "Nous vous remercions pour votre candidature au poste de {role} et pour le temps consacré à notre processus.",
            "Merci d'avoir pensé à {company} pour la suite de votre parcours.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche !",
            "Nous vous souhaitons une excellente continuation professionnelle.",
            "Au plaisir de croiser à nouveau votre route.",
        ],
        "marketing": [
            "Maison fondée en 1887, {company} conjugue savoir-faire artisanal et innovation, avec 1 200 collaboratrices et collaborateurs en France, en Belgique et au Maroc.",
            "{company} accompagne les collectivités d'Afrique de l'Ouest dans leur transition numérique depuis plus de quinze ans.",
            "Chez {company}, nous croyons que la diversité des parcours fait la force de nos équipes.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\nL'équipe Recrutement de {company}",
            "À bientôt,\n{sender_first}",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données personnelles.",
            "{company} – SAS au capital de 2 000 000 euros – RCS Paris",
            "Vous recevez cet e-mail car vous avez créé un espace candidat sur notre site carrières.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite de votre candidature",
            "Réponse à votre candidature – {role}",
            "RE: Candidature {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien",
            "Prochaine étape – {role}",
            "Proposition de rendez-vous",
            "Convocation – {role}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company} !",
            "Bonne nouvelle pour ta candidature",
            "Votre contrat de travail",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "La lettre carrières de {company}",
            "Une opportunité qui pourrait vous intéresser",
            "Donnez-nous votre avis",
            "Confirmation du retrait de votre candidature",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Apreciado/a candidato/a:",
            "Querido/a {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su postulación al cargo de {role}.",
            "Muchas gracias por el tiempo que has dedicado a nuestro proceso de selección.",
            "Agradecemos sinceramente su interés en formar parte de {company}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda laboral.",
            "Le deseamos éxito en sus próximos proyectos profesionales.",
            "¡Mucha suerte en lo que viene!",
            "Esperamos volver a coincidir en el futuro.",
        ],
        "marketing": [
            "{company} es uno de los principales grupos de infraestructuras de América Latina, con más de 6.000 colaboradores en Chile, Perú y Colombia.",
            "En {company} creemos en el talento diverso: el 52 % de nuestros puestos directivos están ocupados por mujeres.",
            "Desde 1998, {company} impulsa la transformación digital de pymes en España y México.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\nEquipo de Selección de {company}",
            "Cordialmente,\n{sender}\nGerencia de Gestión Humana",
            "Quedamos atentos,\n{sender}",
        ],
        "footer": [
            "Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.",
            "De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@empresa.example.",
            "Recibes este correo porque te postulaste a una vacante en {company}.",
            "{company} es una empresa comprometida con la igualdad de oportunidades.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Proceso de selección {company}",
            "Actualización sobre su postulación",
            "Respuesta a tu postulación – {role}",
            "RE: Postulación {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Próximos pasos – {role}",
            "¿Hablamos esta semana?",
            "Citación – proceso {role}",
        ],
        "subject_off": [
            "Carta oferta – {role}",
            "¡Bienvenido/a a {company}!",
            "Buenas noticias sobre tu proceso",
            "Propuesta de incorporación",
        ],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Boletín de talento de {company}",
            "Una oportunidad que puede interesarte",
            "Cuéntanos tu experiencia",
            "Confirmación de retiro de candidatura",
        ],
    },
    "pt": {
        "greet": [
            "Prezado(a) {first},",
            "Olá, {first}!",
            "Olá {first},",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Muito obrigado pelo tempo que dedicaste ao nosso processo de recrutamento.",
            "Agradecemos a sua candidatura e o interesse em fazer parte do nosso time.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos dos maiores sucessos profissionais.",
            "Boa sorte nos próximos passos!",
            "Esperamos cruzar caminhos novamente no futuro.",
        ],
        "marketing": [
            "A {company} atua há mais de 30 anos em projetos de engenharia em Portugal, Angola e Moçambique, com uma equipa de 900 pessoas.",
            "Na {company}, acreditamos que saúde de qualidade começa com pessoas felizes: somos mais de 4.000 colaboradores em 12 estados do Brasil.",
            "A {company} foi eleita uma das melhores empresas para trabalhar em tecnologia no Brasil pelo terceiro ano consecutivo.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nDireção de Recursos Humanos",
            "Cordialmente,\nEquipe de Talentos {company}",
            "Um abraço,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Os seus dados pessoais são tratados de acordo com a LGPD. Para mais informações, consulte a nossa política de privacidade.",
            "Os seus dados pessoais são tratados nos termos do RGPD e conservados apenas pelo período necessário ao recrutamento.",
            "Você está recebendo este e-mail porque se cadastrou no portal de carreiras da {company}.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo {company}",
            "Atualização sobre a sua candidatura",
            "Retorno da sua candidatura – {role}",
            "RE: Candidatura {role}",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Próximos passos – {role}",
            "Vamos conversar?",
            "Convocatória – {role}",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Bem-vindo(a) à {company}!",
            "Boas notícias sobre o seu processo",
            "O seu contrato com a {company}",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Newsletter de carreiras {company}",
            "Uma oportunidade que pode lhe interessar",
            "Conte-nos como foi",
            "Confirmação de desistência da candidatura",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied for the {role} position a few weeks ago and wanted to check in on where things stand.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application for {role}. We've received it and the team will review it over the coming weeks. We'll be in touch once we have an update.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich hatte mich vor einigen Wochen auf die Stelle als {role} beworben und wollte kurz nachfragen, ob es schon Neuigkeiten gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung bei {company}. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée il y a trois semaines.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nNous avons bien reçu votre candidature et nous vous en remercions. L'équipe l'étudie actuellement et reviendra vers vous prochainement.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nTe escribo para saber si hay novedades sobre mi postulación al puesto de {role}.\nMuchas gracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Hemos recibido tu candidatura y el equipo la está revisando. Te contactaremos en cuanto tengamos novedades.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contato. Recebemos a sua candidatura e ela está em análise pelo time. Daremos um retorno assim que possível.\nAbraço,\n{sender}\n",
}
