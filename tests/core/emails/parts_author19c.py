# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Author 19c: English-language mail from the US, UK, Canada, Ireland, Australia and India that is easy to misread (final-sounding receipts and status updates that decide nothing, rejections without the usual phrases, offers without the word offer, invitations without the word interview, and other mail), plus the same border in German, French, Spanish and Portuguese."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harlow & Finch Insurance",
    "Northgate Logistics Inc.",
    "Maple Ridge Health Network",
    "Liffey Analytics Ltd",
    "Coralbay Energy Pty Ltd",
    "Vistara Softworks Pvt. Ltd.",
    "Brightwater Public Schools",
    "Kestrel Biotech Ltd",
    "Saffron Ledger Technologies",
    "Greyhaven Borough Council",
    "Quillon Payments",
    "Rheinfels Mobility GmbH",
    "Atelier Vauclair SAS",
    "Grupo Almendral S.L.",
    "Ribeira Azul Tecnologia Ltda.",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Manager",
    "Senior Software Engineer",
    "Customer Success Manager",
    "Supply Chain Coordinator",
    "UX Researcher",
    "Finance Business Partner",
    "Clinical Research Associate",
    "Policy Officer",
    "Marketing Specialist",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Natarajan", "priya.natarajan@{domain}"),
    ("Megan O'Connell", "megan.oconnell@{domain}"),
    ("Tom Hadley", "tom.hadley@{domain}"),
    ("Jordan Ellis", "jordan.ellis@{domain}"),
    ("Talent Acquisition Team", "careers@{domain}"),
    ("People Team", "people@{domain}"),
    ("Recruiting", "no-reply@notifications.hirestream-ats.example"),
    ("Candidate Notifications", "donotreply@mail.talentgrid-ats.example"),
    ("Rohan Mehta", "rohan.mehta@{domain}"),
    ("Siobhan Keane", "siobhan.keane@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_first_review": """
We've now completed the first review of applications for the {role} position. Yours is among those still being considered, and the hiring team will move to the next stage of assessment over the coming two weeks. There's nothing you need to do at the moment; we'll be in touch either way once that stage is finished.
Quick update from {company}: the initial screening for {role} is done. We had a very high volume of applications, so the second review will take a little longer than we'd hoped, realistically until the end of the month. Your application remains active.
SUBJECT: First review complete – {role} || This is to let you know that the first review stage for the {role} vacancy (ref. GBC-2291) has now been completed. Shortlisting by the panel will take place on 14 March. Candidates will be notified of the outcome of shortlisting by email within five working days of that date.
Hi {first}, just closing the loop on where things are. I've finished my first pass through the {role} applications and shared a longlist with the hiring manager. I don't have a decision to share yet, but I wanted you to know you haven't been forgotten.
Thank you for your patience. The recruitment team has completed its first review and your application has been forwarded to the concerned department for further assessment. Kindly note that forwarding of an application does not indicate that it has been shortlisted.
We have finished reviewing the first batch of applications for {role}. Reviews happen on a rolling basis, so if yours was in a later batch you may not have heard from us yet. The outcome for every applicant will be communicated by 30 June.
The first round of assessment is now complete. At this point no decisions have been made about individual candidates: the panel meets next week to agree a shortlist, and you will hear from us after that meeting.
Our recruiters have completed their review of your CV for {role}. Your profile has now moved to the hiring manager, who makes the final call on whether to take things further. This usually takes 5–10 business days, and you'll get an email from us whatever the outcome.
Just to let you know, the screening questions you answered for {role} have been reviewed and your application has been marked as complete. The next step is a review by the team lead; we'll contact you if we need anything further in the meantime.
G'day {first}, we've wrapped up the first look at applications for the {role} role in our Perth office. It's been a strong field and we're taking a bit more time before we decide who to bring in for a chat. You'll hear from me by Friday week whatever happens.
""",
        "ack_closed_to_new": """
The {role} position is now closed to new applicants. This means the advertisement has been taken down; it does not affect applications already received, including yours, which is still being reviewed.
SUBJECT: Job posting closed – {role} || The job posting you applied to has been closed and is no longer accepting applications. Your application is still under consideration and you can continue to track its status in your candidate account.
Please note the closing date for {role} has now passed and the vacancy has been removed from our careers site. All applications received by the deadline will be considered, and we aim to complete shortlisting by 21 November.
We wanted to let you know that we've stopped accepting applications for {role}. We received more than 600, so our review will take longer than usual. Your application is safely with us and will be read by a real person.
Heads up: the {role} requisition was closed to external candidates today. Applications submitted before the closure remain in process; we're simply not taking new ones. Nothing changes for you.
This advertisement has closed. If you submitted an application before the closing date, it will be assessed against the essential criteria and you will be told of the outcome in due course. Late applications cannot be accepted.
Hi {first}, you may have noticed the {role} listing is gone from our careers page. That's only because we've got enough applicants to work with, and it's no reflection on yours. I'm still working through the list and will reach out either way.
Applications for the post of {role} (Advt. No. 07/2024) closed on 15.05.2024. Scrutiny of applications is in progress. The list of candidates eligible for the next stage will be published on the website; individual communication may not be sent to all applicants.
""",
        "ack_no_action": """
You're not required to do anything at this stage. Your application for {role} has been received and is in the queue for review by our talent team.
No action is needed from you right now. We'll let you know as soon as the hiring team has reviewed your application and there's an update to share.
This is an automated message to confirm that your application has been successfully submitted. You do not need to reply to this email or resubmit your documents. If your experience matches what the team is looking for, a recruiter will contact you directly.
There's nothing further you need to do. Please don't send additional copies of your CV, as duplicate applications slow the process down for everyone. We'll be in touch.
Your profile has been updated successfully. No further action is required on your part. Please note that updating your profile does not change the status of any application you have already submitted.
Quick note: you don't need to complete the optional diversity questionnaire for your application to be considered, and you don't need to do anything else either. Your application is with the team.
Thanks, that's everything we need from you for now. I'll pass your details and availability to the hiring manager and come back to you once I've heard from her. Sit tight!
Your references have been received. You do not need to contact your referees or take any further action. The assessment of your application is continuing and you will be contacted once the panel has reached its decision.
""",
        "ack_status_change": """
SUBJECT: Your application status has changed || Your application status for {role} has changed to: In Review. Log in to the candidate portal to view your application. This is an automated notification; please do not reply.
SUBJECT: Status update: {role} || The status of your application has been updated to "Under Consideration". We will contact you if your qualifications match the requirements of the position.
A recruiter has viewed your application for {role}. Status: Screening. You will receive another notification when there is a further change.
Your application for {role} (Job ID R-10482) has moved to the next step in our process: Hiring Manager Review. No action is required.
SUBJECT: Application update || There has been an update to your application. Current status: Application Complete – Pending Review. Sign in to your account to see the details.
We're writing to let you know your application has moved from "Submitted" to "Shortlisting". Shortlisting does not mean you have been shortlisted; it means the panel is currently reviewing all eligible applications.
Your candidate status in our system now reads "On Hold". This is only because the hiring manager is on leave until the 12th; no decision has been made on your application and it will be picked up on her return.
Your application status: Active – Under Review. Stage: Assessment. Last updated: today. Please note that status labels are updated automatically and may not reflect the most recent discussions of the hiring team.
Dear Applicant, your application with reference no. VS/HR/2024/3318 has been updated to status "Profile Screened". Further communication regarding the selection process will be sent to your registered email ID. Kindly keep checking your inbox, including the spam folder.
The status of your application for {role} is now "Received – Eligible". This means you meet the minimum requirements listed in the advertisement. Eligible applications will now be assessed by the selection panel.
""",
        "ack_no_feedback": """
We regret that we're unable to give individual feedback at this stage of the process. Your application for {role} remains under review, and we expect to contact shortlisted candidates by the end of next week.
Thanks for your email asking how your application was assessed. We can't share feedback while the campaign is still open; once the selection process has finished, feedback will be available on request to all candidates who reached the assessment stage.
I'm afraid I can't give you any detail on how you're tracking just yet, because the panel hasn't met. I know that's frustrating. I'll be able to tell you more once the scores are in, which should be Thursday.
We regret that, due to the volume of applications, we are not able to provide feedback at the sift stage. Your application is still in the process and you'll be notified of the sift result by 3 April.
Sorry, our policy doesn't let recruiters share scores or panel notes before a decision has been made. What I can tell you is that your application is still live and the team is aiming to wrap up this stage by mid-month.
We cannot comment on the progress of individual applications by phone or email. All candidates will be informed in writing once the selection process for {role} has concluded.
We regret to inform you that we're unable to give a timeline for a decision at present, as the scope of the role is being reviewed internally. Your application has not been declined and will be considered once that review is complete.
Unfortunately, we are not in a position to provide feedback or a status update at this time. We appreciate your patience and will update you as soon as we can.
""",
        "ack_no_individual": """
Due to the large number of applications we receive, we will not be able to respond to every applicant individually. If you are selected for the next stage, a member of the team will contact you within three weeks.
Please note that we won't be able to respond to each application personally. All applicants will receive an update through the careers portal once shortlisting is complete.
We are unable to reply to every applicant individually, so please keep an eye on your candidate dashboard, where your status will be updated as your application progresses.
Owing to the volume of interest in this programme, we cannot respond to individual enquiries about application status. Assessment is ongoing and outcomes will be released to all applicants on 28 February.
We read every application ourselves, which means we can't always reply to each one straight away. Yours is on our list and we'll get back to you; it just might take us a couple of weeks.
We will not be able to acknowledge every CV individually beyond this automated note. Our consultants review each submission and will contact you if a current or upcoming vacancy suits your profile.
Because of high demand, we aren't able to send personal responses to all applicants. If you haven't heard from us by 15 August, please check your application status online, where the final outcome will be posted.
Kindly note that individual replies cannot be sent to queries regarding the status of applications. Results of the screening will be published on the official website in due course, and candidates are advised to visit the website regularly.
""",
        "ack_delay": """
I wanted to let you know the {role} process is taking longer than planned. We've had a reorganisation in the product team and the hiring manager wants to confirm the scope before moving forward. Your application is still very much active and nothing has been decided.
The hiring process for {role} has been paused while we finalise our budget for next year. We expect to resume in January. We will keep your application on file for this vacancy and contact you as soon as we restart.
Apologies for the silence, {first}. We've had a couple of people out sick and things have slipped. You're still in the running for {role} and I'm hoping to have news next week.
Please be advised that the selection timeline for this post has been extended. The panel now expects to complete shortlisting by 4 October. We apologise for any inconvenience this may cause.
We're sorry for the delay in getting back to you. The team has had to reprioritise some projects and we're not yet in a position to move forward with any candidate for {role}. We'll update you by the end of the month at the latest.
Recruitment for this role is temporarily on hold pending approval of the position under our new headcount process. No applications have been declined, and we'll reach out to everyone who applied once approval comes through.
Just a quick heads-up that the decision on {role} has been pushed back by about a week because two members of the panel are travelling. Thanks for bearing with us.
Due to the holiday period there will be a delay in processing applications for {role}. We expect to resume the review in the second week of January and will be in contact then.
""",
        "ack_documents": """
To continue processing your application, please upload a copy of your passport or other right-to-work documentation to the candidate portal by Friday. This is a standard step for all applicants and does not indicate a hiring decision.
Could you send me your current notice period and salary expectations? The hiring manager wants to see them alongside your CV before she reviews the shortlist.
We noticed your application is missing a cover letter, which is required for {role}. Please log in and add it within 5 days so that your application can be considered complete.
Kindly share scanned copies of your educational certificates and experience letters at the earliest. These documents are required for eligibility verification of all applicants before the selection committee meets.
Please complete the attached equality monitoring form and criminal convictions declaration. Both are required from all applicants at this stage and are not seen by the shortlisting panel.
Before we can pass your application to the hiring team, we need you to confirm that you're eligible to work in Canada without sponsorship. A simple yes or no in reply to this email is fine.
Could you please provide the names and contact details of two referees? We collect referee details from all longlisted candidates at this point, and we won't contact them without letting you know first.
""",
        "ack_reserve": """
Congratulations on passing the assessment for our Graduate Analyst campaign. You have been placed on the merit list in order of score. Posts are filled from the merit list as vacancies arise; we cannot say when, or whether, a post will become available for your position on the list.
You have successfully completed the sift and your application has been placed in the pool for the next stage. Candidates are invited from the pool in score order as assessment places become available, so it may be some weeks before you hear from us.
Your details have been added to our talent pool for {role} positions in the Sydney region. We'll review the pool when new roles open. Your current application is still being reviewed separately and no decision has been made on it.
The board has agreed an order of merit for the {role} competition and your name is on the panel. Panels are used to fill current and future vacancies; you will be contacted if and when you reach the top of the panel.
We're creating a shortlist and a reserve shortlist for this campaign. Your application is currently on the reserve shortlist, which means we may invite you forward if places become available in the first group. We'll confirm either way by 10 June.
You have been placed on the waiting list for the September intake of our Software Engineering Apprenticeship. Places are allocated as other candidates confirm or decline, and we'll update you as the list moves.
Your result in the online test places you in Band B. Band A candidates are being considered first; Band B candidates will be considered if positions remain. No decision has been made on your application at this point.
Your candidature has been kept on the waiting list for the post of {role}. Candidates on the waiting list will be considered in order of merit as vacancies arise. The waiting list will remain valid for one year from the date of this communication.
""",
        "rej_direction": """
After a lot of discussion, we've decided to go in a different direction for the {role} position. I know that's not the news you were hoping for, and I want to thank you for the time and thought you put into the process.
We've taken stock of the role and decided to go another way: we're going to look for someone with more hands-on experience of regulated clinical trials. That's no reflection on your abilities; it's about where the team is right now.
The team has opted to move forward with a profile that's a bit more senior than yours for this one. I really enjoyed our chats and would like to stay in touch.
We've reached a decision on {role}, and it's going to be someone else. I wanted you to hear it from me directly rather than through the portal.
Following your conversation with Dave last week, the team has decided to pursue other profiles for this role. Thanks for making the time to speak with him.
We've decided to take the {role} search in a different direction, focusing on candidates with a background in public-sector procurement. As a result, we won't be taking your application further.
Quick update: we've closed out the search for {role} and gone with a candidate from a similar fintech. Thanks so much for your time, {first}, it was genuinely close.
Our priorities for this hire have shifted towards someone who can lead a team from day one, so we'll be pursuing other applicants. I hope our paths cross again.
The hiring panel reviewed your application against the essential criteria and has decided to focus on other applicants for the next stage.
We've rethought what this team needs over the next year and are now hiring a 12-month contractor instead of the permanent {role} you applied for. That means we're closing your application. If the contract role interests you, you're welcome to apply for it separately.
""",
        "rej_not_progress": """
The hiring manager has reviewed your application and has decided not to progress it to the next stage.
I've had feedback from the hiring manager, who has decided not to progress your application any further on this occasion. She felt your experience was strong on analytics but light on stakeholder management for what is a very client-facing role.
SUBJECT: {role} – update || Following review, the business has decided not to move forward with your application for {role}. Your details will remain on our system should you wish to apply for future roles.
Just heard back from the client: they won't be taking you through to the next round for the {role} job. Their feedback was mainly around notice period, as they need someone who can start within four weeks.
Your application has been assessed and will not proceed to the assessment centre stage of the 2025 Graduate Programme.
The team has passed on your profile for this one. I'll keep an eye out for roles that are a better match and send them your way.
We have considered your application carefully against the selection criteria and the panel has decided that you will not be shortlisted for this position.
Hi {first}, the hiring manager has been through the shortlist and we're not going to take you forward for {role}. Happy to jump on a quick call if you'd like the detail.
Your candidature has been reviewed and the panel did not find it suitable for further consideration for the post of {role}. We thank you for your interest in {company}.
The team has wrapped up reviews of the take-home exercises and yours won't be moving on to the next step. Reviewers liked how clean your code was but felt the solution missed the pagination requirement.
""",
        "rej_internal": """
I wanted to let you know that we've offered the {role} position to an internal colleague, who has accepted. We had a great set of external candidates, and you were among them.
The {role} vacancy has been filled through an internal transfer, so we won't be proceeding with external applications.
We've decided to appoint from within the organisation for this role. Thank you for your patience while we worked through the process.
A member of our existing team has been appointed to the role of {role}. As a result, the recruitment campaign has now closed and your application will not be taken further.
Some news on {role}: one of our current analysts applied late in the process and, after the final round, the team has chosen to promote her into the role. I know you put a lot into this and I'm sorry it went that way.
Following an internal restructure, the {role} post was ring-fenced for staff at risk of redundancy and has been filled from that pool. All external applications have been withdrawn from the process.
We've had a strong internal candidate step forward and have decided to go with her for the role. Thanks for your interest and for the time you spent with us.
In line with our policy, internal candidates are considered first. The role has now been filled internally and the external posting has been cancelled.
""",
        "rej_portal_status": """
SUBJECT: Application status update || Your application status: Not Selected. Requisition: {role}. You can view your other applications in Candidate Home.
SUBJECT: Your candidate account || There has been a change to one of your applications. {role} – Status: No longer under consideration.
Your application for {role} has been moved to the Closed stage. Closed applications are not reviewed further. You can search and apply for other open positions at any time.
SUBJECT: Update to your application || Status: Position Filled. The position you applied for has been filled. Thank you for applying.
Application ID 558201 – {role} – Status changed from "In Review" to "Not Moving Forward".
Your application has been updated. Disposition: Does Not Meet Minimum Qualifications. Applications with this disposition are not forwarded to the hiring department.
SUBJECT: Notice of Results || Your application for {role} (Announcement 24-114) has been reviewed. Result: Not referred to the selecting official. Reason: you were not among the best-qualified candidates.
Your status for {role} is now "Archived – Not Progressed". Archived applications cannot be reopened, but your profile remains available for other vacancies.
Candidate Home notification: {role}. Stage: Hiring Manager Review → Declined. This message was generated automatically.
SUBJECT: Your application – {company} || The status of your application has changed. Current status: Not shortlisted. Log in to your account for details.
""",
        "rej_two_line": """
Hi {first}, thanks for your time on Tuesday. We're going to pass for now, but I'll reach out if something else comes up.
Thanks {first}, the team went with someone else for {role}. Really appreciated you giving it a shot.
{first}, quick one: the client has filled the {role} role. Sorry mate, I'll keep you posted on anything similar.
Hi {first}, it's not going to be us this time. Not the outcome either of us wanted; I'll be in touch when the next role opens.
Thanks for chatting with us. We won't be moving ahead with you for {role}, but we'd be glad to see your name in our applicant pool again.
Appreciate your patience, {first}. It's a no from the hiring team this time. Happy to share their notes if that's useful.
Hi {first}, heard back from the panel and it's not going to be this one for you. Thanks for all the prep you put in.
Just letting you know we've wrapped up hiring for {role} with another candidate. We'll keep your CV on file. Thanks again!
Hi {first}, the hiring manager decided on another candidate yesterday. Thanks for your time and best of luck.
Thanks for coming in. We've made our choice and we won't be asking you back for round three. Good luck with the search.
""",
        "rej_final_praise": """
I tried to call but couldn't reach you, so an email will have to do. The whole panel was impressed by your final presentation: your analysis of the churn data was the sharpest we saw, and Marcus is still talking about your question on pricing. It was an incredibly close decision, and in the end we've gone with a candidate who has slightly more experience running a team of this size. I really hope you'll apply again; I'd be delighted to see your name come up.
Thank you for the energy and preparation you brought to the final stage. You were one of only two finalists from more than 300 applicants, and every member of the panel described you as an outstanding candidate. After a great deal of deliberation, the role has gone to the other finalist, whose background in hospital operations was the deciding factor.
Where to start? You made this really hard for us. Your case study was excellent, the team loved meeting you, and our CTO asked me to pass on that your system design session was one of the best she's run this year. We've decided to hire the other finalist, mainly because of her experience with our exact stack. I'd genuinely like to stay in touch, and I'm happy to introduce you to a couple of friends who are hiring.
You impressed everyone you met on Thursday, and I don't say that lightly. The feedback was glowing: clear thinker, great communicator, a real asset to any team. This time, though, the panel felt another candidate's procurement background made her the stronger match for our immediate priorities, and we've confirmed her appointment.
I'll be honest: this was the hardest call we've made all year. You and one other candidate were neck and neck after the final round. We've chosen the other person, largely because she can relocate to Bengaluru immediately. Please don't read this as anything other than timing; we'd love to talk again when the Pune office opens.
We want to thank you for making it through all four stages of our process, which is no small feat. Your portfolio review was a highlight for the design team. Ultimately, we're extending the role to another finalist whose experience in accessibility research aligns a little more closely with our roadmap.
The panel's scores put you comfortably above the appointment threshold, and the chair specifically noted the quality of your answers on stakeholder engagement. As there was only one post, however, it has been given to the highest-scoring candidate.
Honestly, {first}, you were brilliant. The team was unanimous that you'd be a great engineer here, just not for this particular role, which needs deeper Kubernetes experience than you have right now. We've gone with someone else, but I'd like to keep talking about the platform roles opening in Q3.
Thank you for giving us so much of your time over the last month. Everyone who met you enjoyed it, and your references were excellent. We have now completed the process and appointed another of the finalists. I've asked the hiring manager to give you a call with detailed feedback, which you thoroughly deserve.
What a process! You showed up prepared at every stage, and your take-home was the most thoughtful we received. I'm gutted to tell you the team has decided to bring on the other finalist, who has run a migration like ours before. Please keep us in mind, because we'll certainly keep you in mind.
""",
        "rej_role_cancelled": """
We've taken the difficult decision to withdraw the {role} vacancy following a review of our staffing budget. This means we will not be making an appointment, and all applications have now been closed.
The {role} position has been cancelled due to a change in business priorities. We won't be filling the role, so your application will not proceed.
Following a change to our funding, the {role} post will no longer be recruited to. Thank you for the time you put into your application.
Some disappointing news: the client has frozen all new hires for the rest of the financial year, and the {role} role has been pulled altogether. They've said it won't come back in its current form.
Our team has been restructured and the {role} position no longer exists. We've closed the requisition and withdrawn all candidates from the process.
Please note that Advertisement No. 12/2024 for the post of {role} stands cancelled due to administrative reasons. Application fees will be refunded to the account from which the payment was made.
We've filled the {role} role. Thank you for applying, and we wish you every success.
The position has now been filled and the posting removed. We appreciate the interest you showed in joining {company}.
Hi {first}, the {role} job has been filled by a candidate who came to us through a referral. Thanks for your patience while we were working through it.
""",
        "rej_soft_future": """
While we won't be taking your application for {role} further, we were genuinely impressed by your background and have added you to our talent community, so you'll hear about similar roles first.
We'd like to keep your details on file for future opportunities. This particular role isn't going to be the one, but we think you'd be a strong fit for the analytics team when it grows next year.
We won't be inviting you to the next stage for {role}. That said, the team lead mentioned you might suit a junior role opening soon; would you be open to me passing your CV along?
This isn't a no forever, just a no for this role. Your experience is a bit ahead of where this position sits, and we'd love to talk again when something more senior comes up.
Your application has been considered and the role will go to a candidate whose experience is closer to the brief. We keep applications for 12 months and search them regularly when new positions open.
We're not able to take you forward this time, but please don't let that put you off. Many of our current team applied more than once before joining us.
On this occasion the team has chosen to prioritise candidates with UK-based clinical experience. We'd still like to stay in touch, and I've tagged your profile for our Dublin site, which is hiring later this year.
The team felt you'd be better suited to a senior role than to {role}, which is very hands-on. We'll close this application, and I'll get in touch personally when the Head of Data role is approved.
""",
        "off_verbal": """
I'm so pleased to be writing this: we'd love to have you join the team as our new {role}. Everyone who met you was excited, and I'd like to call you tomorrow to talk through salary and start date. What time suits you?
Good news, {first}: it's a yes! The hiring manager signed off this morning and we'd like you to join us as {role}. HR will send the paperwork over by end of day.
Just got out of the debrief and I couldn't wait. The team is unanimous and we want you on board. Let's talk tomorrow about the details: compensation, start date, all of it.
Following your meeting with our Director yesterday, I am delighted to confirm that we would like to appoint you to the post of {role}, subject to satisfactory references and pre-employment checks. I will telephone you on Monday to discuss the terms.
Hey {first}, I have the news you've been waiting for. We're going ahead with you for {role}! Expect a call from Priya this afternoon with the numbers.
The panel met this afternoon and I'm thrilled to tell you that you were our first choice for the {role} position. We'd like you to start on 2 September if that works for you. Could you let me know by Monday whether you'd like to accept?
You're our pick, {first}! We'd love for you to take on the {role} role. Base is $118,000 plus a 10% bonus and equity, with full written details to follow. Take the weekend to think it over.
I'm happy to let you know the selection committee has approved your appointment as {role} at Level 5 of the salary scale. Please confirm your acceptance by replying to this email within five working days, after which the formal letter of appointment will be issued.
Congrats, you nailed it. We want you on the team. I pushed for the top of the band for your salary and got it approved; can we talk at 4pm to go through it?
Great news: the role is yours if you want it. The team loved your work on the case study, and we'd like you to start as soon as your notice period allows.
""",
        "off_contract": """
Please find attached your contract of employment for the position of {role}. Please read it carefully, sign page 6 and return a scanned copy by 14 March. Your starting salary will be £42,500 per annum.
As discussed on the phone, attached is your employment agreement for the role of {role}, starting 1 July. Once you've signed it electronically, I'll get your laptop ordered.
Your appointment letter for the post of {role} is attached. Kindly sign the duplicate copy and submit it along with your joining report on the date of joining. Your annual CTC is ₹18,40,000 as detailed in Annexure A.
Attached you'll find the terms we discussed: $96,000 base, 15 days PTO and benefits from day one. Sign and return whenever you're ready and we'll get you set up.
SUBJECT: Your employment agreement – action required || Your employment agreement is ready for signature. Use the link below to review and sign it in the {company} onboarding portal. The link expires in 7 days.
I've attached the written statement of your terms and conditions for the new role, along with our staff handbook. If you're happy with everything, please sign and return the contract, and give me a shout if you have questions about the pension scheme.
Your contract is attached. We've made the change to the start date you asked for (now 6 January) and included the relocation allowance we agreed. Once it's signed, we'll book your flights to Melbourne.
Attached are your letter of engagement and your fixed-term contract for 12 months. Please return signed copies to HR at your earliest convenience. We look forward to welcoming you.
The revised compensation letter is attached, reflecting the higher sign-on bonus we discussed. Everything else is as per our earlier conversation. Could you countersign by Friday?
Your Contract of Employment (Permanent, Full-Time) for the role of {role} has been issued in the {company} portal. Please log in, review the terms and e-sign to confirm your acceptance.
""",
        "off_start_date": """
We're all set for your first day on Monday 3 March! Please come to reception at 9:00 and ask for me. Bring your passport and bank details for payroll. Can't wait to have you on the team.
Welcome aboard, {first}! Your start date is confirmed as 15 April. In the next few days you'll get an email from our IT team with your login details, and your manager will share your first-week schedule.
Now that you've said yes, let's get you started! Your onboarding checklist is live in the new-hire portal: please complete the tax forms, direct deposit and emergency contacts before your start date of 2 June.
Just confirming we've pencilled in 1 October as your joining date for the {role} position. If that date works, I'll let the team know and get your access set up.
Great to have your acceptance! Your welcome pack is on its way by post, and your buddy for the first month will be Ciara from the analytics team.
We're delighted you'll be joining us. Your induction will run over your first two days; the schedule is attached. Parking on site is free, just register your number plate with reception.
Kindly report at our Whitefield campus on 10 February at 9:30 AM for joining formalities. Please carry the original documents listed in your appointment letter, two passport-size photographs and a cancelled cheque.
Hi {first}, so excited you're joining. Can you confirm your preferred start date, the 7th or the 14th, and your T-shirt size for the welcome kit?
Your new-starter details have been passed to HR, who will send your welcome email shortly. Your first day will be 19 May, working from our Leeds office.
""",
        "off_checks": """
As the next step following your acceptance, we've started your background check with our screening partner. You'll receive an email from them asking for consent and your employment history. Your start date will be confirmed once the check clears.
The team is unanimous: we want you as our next {role}. Before we can finalise things, we need to complete a background check and references. I'll send the consent forms today.
Following our conversation this morning, we are delighted to appoint you. Your appointment is subject to satisfactory pre-employment checks, including a DBS check, two references and proof of your right to work. Please complete the online form linked below so we can begin.
Congratulations again on accepting! Our screening vendor will reach out about your drug test and criminal background check. Please complete both within 72 hours to keep your start date of 28 July.
Now that we've agreed terms, the last step is a quick reference check. Could you send me two referees, ideally a current or recent manager? It's a formality at this point.
We're thrilled you'll be joining us. To prepare your contract we need a few details: your full legal name, home address and PPS number. You'll also receive a Garda vetting form by email.
Pre-boarding has begun! Please upload your ID, proof of address and degree certificate in the new-hire portal. Our verification partner will contact your previous employers to confirm your dates of employment.
Kindly fill in the attached BGV form and share the listed documents by 5 PM tomorrow. Your date of joining will be confirmed once the BGV is initiated. Welcome to {company}!
Your conditional appointment as {role} is confirmed. A Working with Children Check and a national police check must be completed before your commencement date; the links are below.
""",
        "inv_chat": """
Thanks for applying for {role}. I'd love to set up a 30-minute call to learn more about your background and tell you about the team. Are you free at any point on Tuesday or Wednesday afternoon?
Hey {first}, loved your portfolio. Fancy a quick chat this week? Nothing formal, I just want to hear about what you're looking for.
The hiring manager would like to speak with you about the {role} role. Could you let me know a few times that work for a video call next week? Calls usually last 45 minutes.
We'd like to invite you to a conversation with our Head of Product, Emma Hargreaves, as the next step. She's available Thursday at 10:00 or Friday at 14:00 (UK time).
Your background caught our eye. Would you be up for a 20-minute phone screen with me sometime this week?
Hi {first}, are you around for a quick call tomorrow? I've got a couple of questions about your notice period, and then I'd like to line you up with the team.
Good news: the team would like to move forward with a technical conversation. It'll be 60 minutes with two of our senior engineers, mostly discussion plus some live problem-solving. Send me your availability for next week.
We'd like to meet you! Could you join a coffee chat with a couple of people from the {role} team? We're flexible on time, on Zoom or in person at our Toronto office.
I'm reaching out to schedule the next step in the process: a conversation with our VP of Engineering. She has slots on Monday between 9 and 11am PT. Let me know which works and I'll send the calendar invite.
Kindly let us know your availability for a telephonic discussion with our technical panel this week. The discussion will last around 45 minutes.
""",
        "inv_schedule_link": """
SUBJECT: Schedule your next step – {role} || Please use the link below to choose a time for your video call with the hiring team. Available slots are shown in your local time zone. If none of them work, reply to this email.
Please pick a time using the booking link below. Slots are 45 minutes long and are held for 48 hours, after which they're released to other candidates.
SUBJECT: Your availability is requested || The recruiting team has asked you to submit your availability for your upcoming conversation for {role}. Please select all the times you're available within the next 5 business days.
The {role} team would like to meet you. Please confirm one of the following times by replying to this email: Wed 12 Mar 10:00, Wed 12 Mar 15:30 or Thu 13 Mar 11:00 (AEDT).
Your next stage has been scheduled: panel conversation, Tuesday 18 June, 2:00–3:00 PM EST, on Microsoft Teams, with Jordan Li (Engineering Manager) and Ana Costa (Staff Engineer). Please accept the calendar invitation to confirm.
SUBJECT: Action required: select your time slot || You have been selected to progress to the next stage for {role}. Please log in to the candidate portal and book a slot for your video assessment within 3 days.
I've sent you a calendar invite for Thursday at 11. Please accept it if it works, or suggest another time and I'll move things around.
We'd like to confirm your attendance at our selection day on 22 May at our Manchester office, 9:30–16:00. Please reply to confirm, and let us know about any adjustments you need.
Your one-way video questions for {role} are ready. You'll be asked four questions and have up to two minutes to answer each one. Please complete them by Sunday 11:59 PM.
Could you let me know your availability for a follow-up with our CFO? It would be about 30 minutes, on site or by Teams, sometime between Tuesday and Thursday.
""",
        "inv_assessment": """
As the next step in our process, we'd like you to complete a short technical exercise. It should take about 3 hours, and you can submit it any time within the next 7 days.
You are invited to sit the online aptitude test for {role}. The test has numerical and verbal reasoning sections and takes approximately 40 minutes. The link expires on 30 April.
Congratulations on progressing to the assessment centre for our Graduate Programme. The day includes a group exercise, a written task and a presentation. Please book your preferred date through the portal.
Shortlisted candidates are requested to appear for a written test on 16 June 2024 at 10:00 AM at the venue mentioned in the admit card. Admit cards can be downloaded from the website.
We'd like to see how you approach a real problem. Attached is a brief for a two-page product proposal; please send it back within a week and we'll schedule time to walk through it together.
Your coding assessment for {role} is ready. You'll have 90 minutes to complete three problems in the language of your choice, and the link stays open until Friday.
We'd like to invite you to give a 15-minute presentation to the panel on the topic below, followed by questions. This will take place on 9 July at County Hall.
Before we set up time with the team, could you complete a short written exercise? It's three questions about how you'd improve our onboarding funnel and should take about an hour.
Please complete the situational judgement questionnaire linked below by Friday. This is a required stage for all candidates shortlisted for {role}.
""",
        "inv_onsite": """
We'd love for you to come in and meet the team! We've pencilled in Friday 14 June from 10am to 1pm at our Dublin office. You'll meet four people, and we'll grab lunch together afterwards.
Next up is our final round: a half day at our Austin office with the product, design and engineering leads. We'll cover your travel and hotel, and our travel coordinator will reach out to book.
The panel would like to meet you on 4 December at 11:15 at the Civic Centre, Room 2.04. Please bring photo ID and your original qualification certificates.
We're inviting you to a final meeting with our CEO in Sydney next week. It'll be informal, more a conversation about the company's direction and how you'd fit in.
You are requested to attend the personal discussion round at our corporate office in Gurugram on 12 August 2024 at 11:00 AM. Kindly confirm your participation by replying to this mail.
Could you pop into the office on Thursday for an hour? Sarah and Ben would like to walk you through the project you'd be working on and hear your thoughts.
Thanks for your patience! We'd like to bring you on site for a day of meetings with the team on 3 or 4 April. Let me know which day suits you and I'll book your train.
The team enjoyed the first conversation and would like you back for round two. It will be held in person at our Vancouver studio and will include a walkthrough of your portfolio.
We'd like you to join us for a paid trial day at our Northampton distribution centre on Saturday, 8am to 2pm, so you can see the operation in action and meet the shift leads.
""",
        "oth_alert": """
New jobs matching your alert "data analyst – remote": 5 new roles posted in the last 24 hours. Senior Data Analyst at {company}, Remote (US). Marketing Data Analyst, Toronto, ON. Data Analyst II, Chicago, IL. View all jobs.
Based on your profile, we think you'd be a great match for these roles: {role} at {company} (Bengaluru, hybrid), 12 applicants so far; Analytics Lead at a leading fintech (Mumbai). Apply in one click.
Your weekly job digest: 14 new jobs in Dublin match your saved search. Top pick: {role}, {company}, €55,000–€65,000. You're receiving this because you created a job alert.
Jobs you might like: we found 8 new vacancies for {role} near Manchester. Closing soon: 3 of them stop accepting applications this week.
A role you saved is closing soon! {role} at {company} stops accepting applications on Friday. Don't miss out, finish your application today.
Good news! A new job matching your interests has been posted: {role}, Sydney NSW, full time. Salary: $110k–$125k + super.
""",
        "oth_cold": """
I came across your profile and think you'd be a strong fit for a {role} role I'm working on with a fast-growing healthtech client in Boston. Hybrid, $140–160k base. Open to a quick chat?
Hope you're well! I'm a consultant specialising in data and analytics roles across London and the South East. I've got several clients hiring right now and would love to add you to my network.
Hi {first}, I'm recruiting for a stealth-mode AI start-up (Series A, experienced founders) that needs a {role}. Pay is top of market. Any interest? Even if not, I'd appreciate any referrals.
Greetings! We have an urgent requirement for {role} with one of our MNC clients in Hyderabad. Experience: 4–7 years. Notice period: immediate to 30 days. Kindly share your updated CV along with your current and expected CTC.
Saw you recently moved on from your last role, congrats on the next chapter, whatever it is! If you're looking, I have two permanent {role} positions in Melbourne that look like a good match for your background.
I know you didn't apply for anything with us, but your open-source work caught my eye. We place engineers with Irish and UK start-ups, with no fees for you, ever. Worth a 10-minute call?
""",
        "oth_newsletter": """
This month at {company}: we opened our new Calgary hub, our engineering team shipped real-time tracking to all customers, and we're hosting a virtual careers open evening on 19 March. Register below.
Inside {company}, Careers Newsletter, Issue 12. Meet the team: a day in the life of our clinical research associates. Plus five tips for your next application and our latest open roles.
You're receiving this because you joined the {company} Talent Community. In this issue: our graduate programme opens for applications on 1 October, and our hybrid working policy explained.
Thanks for being part of our talent network. We've got news: {company} has been named one of Australia's best places to work for the third year running. Here's what that means for our people, and for you.
""",
        "oth_survey": """
We'd love your feedback on your recent experience applying to {company}. The survey takes under 3 minutes and is completely anonymous. Your responses will not affect any current or future applications.
How did we do? You recently had contact with our recruitment team. Please rate your candidate experience on a scale of 1 to 10 by clicking below.
As part of our commitment to fair recruitment, we invite everyone who applied to us this year to complete a short equality and diversity survey. Participation is voluntary and entirely separate from any selection process.
Quick question, {first}: would you recommend applying to {company} to a friend? Tell us in one click, it helps us improve the process for everyone.
""",
        "oth_withdrawn": """
We've received your request to withdraw your application for {role}. Your application has been withdrawn and will no longer be considered. If this was a mistake, please contact us within 14 days.
Sorry to see you go! We saw you withdrew from the {role} process. If you have a minute, we'd love to know why; reply to this email or skip it, no pressure.
This is to confirm that your candidacy for {role} has been withdrawn at your request. Thanks for letting us know, and congratulations on your new role.
Thanks for letting me know you've accepted another position, {first}. I've closed your application on our side. Best of luck, and do stay in touch.
""",
    },
    "de": {
        "ack_first_review": """
Wir haben die erste Sichtung der Bewerbungen für die Position {role} abgeschlossen. Ihre Unterlagen befinden sich weiterhin im Auswahlprozess; eine Entscheidung ist noch nicht gefallen. Wir melden uns spätestens Ende des Monats wieder bei Ihnen.
Die Vorauswahl ist abgeschlossen, und Ihre Bewerbung liegt nun der Fachabteilung zur weiteren Prüfung vor. Bitte haben Sie Verständnis dafür, dass dies erfahrungsgemäß zwei bis drei Wochen in Anspruch nimmt.
Hallo {first}, kurzes Update von mir: Ich bin mit der ersten Runde durch und habe deine Unterlagen an das Team weitergegeben. Von dort habe ich noch nichts gehört, melde mich aber, sobald es Neuigkeiten gibt.
Nach Ablauf der Bewerbungsfrist hat das Personalreferat alle eingegangenen Bewerbungen formal geprüft. Ihre Bewerbung ist vollständig und wird nun von der Auswahlkommission bewertet. Im Anschluss wird der Personalrat beteiligt.
""",
        "ack_status_change": """
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung für {role} hat sich geändert: In Prüfung. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Ihre Bewerbung wurde in den Status „Vorauswahl“ verschoben. Das bedeutet nicht, dass Sie bereits vorausgewählt wurden, sondern dass die Vorauswahl derzeit läuft.
Ihre Bewerbung (Kennziffer 2024-117) befindet sich aktuell im Status „Abstimmung mit der Fachabteilung“. Es ist keine Aktion Ihrerseits erforderlich.
Ihr Bewerbungsstatus lautet derzeit „Zurückgestellt“. Hintergrund ist, dass die Stelle intern neu bewertet wird. Ihre Bewerbung bleibt im Verfahren und wird nach Abschluss der Bewertung weiter bearbeitet.
""",
        "ack_no_feedback": """
Leider können wir Ihnen zum jetzigen Zeitpunkt keine Einschätzung zu Ihrer Bewerbung geben, da das Verfahren noch läuft. Sobald alle Gespräche geführt sind, erhalten Sie eine Rückmeldung von uns.
Wir bedauern, dass wir aufgrund der hohen Zahl an Bewerbungen nicht jede Anfrage zum Stand des Verfahrens einzeln beantworten können. Ihre Bewerbung wird geprüft, und Sie hören in jedem Fall von uns.
Du hattest nach Feedback gefragt. Das kann ich dir leider erst geben, wenn das Team entschieden hat, und im Moment ist noch alles offen, auch für dich.
""",
        "ack_closed_to_new": """
Die Ausschreibung für {role} ist inzwischen beendet, und wir nehmen keine neuen Bewerbungen mehr an. Ihre Bewerbung ist davon nicht betroffen und wird wie alle fristgerecht eingegangenen Bewerbungen berücksichtigt.
Die Stellenanzeige ist offline, weil wir genügend Bewerbungen erhalten haben. Für Sie ändert sich dadurch nichts, wir sind mitten in der Auswertung.
Die Bewerbungsfrist ist abgelaufen. Bitte sehen Sie von Nachfragen zum Stand des Verfahrens ab; wir informieren alle Bewerberinnen und Bewerber schriftlich, sobald das Auswahlverfahren abgeschlossen ist.
Wegen der Betriebsferien ruht das Auswahlverfahren bis zum 19. August. Ihre Bewerbung ist weiterhin im Rennen, und wir nehmen danach wieder Kontakt mit Ihnen auf.
""",
        "rej_direction": """
Wir haben uns entschieden, die Position mit einem anderen Profil zu besetzen, das stärker auf den Vertrieb im Mittelstand ausgerichtet ist.
Nach reiflicher Überlegung schlagen wir einen anderen Weg ein und besetzen die Aufgabe vorerst mit einer Beraterin, die das Projekt bereits kennt. Das Verfahren für {role} beenden wir damit.
Die Fachabteilung hat Ihre Unterlagen gesichtet und möchte das Verfahren mit Ihnen nicht weiterführen.
Wir haben uns im Team ausgetauscht und werden den Prozess mit dir nicht fortsetzen. Mir ist wichtig, dass du das direkt von mir hörst.
""",
        "rej_internal": """
Die Stelle {role} konnte intern besetzt werden. Daher führen wir das externe Auswahlverfahren nicht fort.
Wir möchten Sie darüber informieren, dass wir uns für eine interne Kollegin entschieden haben, die seit mehreren Jahren in unserem Controlling tätig ist.
Eine Kollegin aus unserem Team hat die Aufgaben als {role} übernommen; die Ausschreibung wurde deshalb zurückgezogen.
""",
        "rej_portal_status": """
SUBJECT: Aktualisierung Ihrer Bewerbung || Status Ihrer Bewerbung für {role}: Nicht berücksichtigt. Weitere Stellenangebote finden Sie in unserem Karriereportal.
Ihre Bewerbung wurde in den Status „Abgeschlossen – keine Einstellung“ überführt. Diese Nachricht wurde automatisch erstellt.
Die Stelle ist besetzt. Ihre Bewerbungsunterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.
""",
        "rej_final_praise": """
Sie haben uns in allen Gesprächsrunden wirklich überzeugt, fachlich wie menschlich, und unser Geschäftsführer hat Ihre Präsentation ausdrücklich gelobt. Am Ende war es eine sehr knappe Entscheidung, und wir haben uns für die Kandidatin entschieden, die bereits eine S/4HANA-Einführung geleitet hat. Wir würden uns sehr freuen, in Kontakt zu bleiben.
Was für ein Finale! Das ganze Team war begeistert von deiner Case Study, und ehrlich gesagt hätten wir gern zwei Stellen gehabt. Wir haben uns letztlich für die andere Person entschieden, weil sie sofort anfangen kann.
Ihre Leistung im Assessment-Center war herausragend, und die Kommission hat Sie einstimmig als sehr gut geeignet eingestuft. Da nur eine Stelle zu vergeben war, ist die Wahl auf die Bewerberin mit der höchsten Gesamtpunktzahl gefallen.
""",
        "rej_two_line": """
Hallo {first}, danke für deine Zeit am Dienstag. Wir gehen mit jemand anderem weiter. Viel Erfolg dir!
Kurze Info: Der Kunde hat sich für einen anderen Kandidaten entschieden. Ich melde mich, sobald ich etwas Passendes für Sie habe.
""",
        "off_verbal": """
Ich freue mich sehr, Ihnen mitteilen zu können, dass wir Sie gern als {role} in unserem Team begrüßen möchten. Können wir morgen kurz telefonieren, um Gehalt und Eintrittsdatum zu besprechen?
Das Team ist sich einig: Wir wollen dich an Bord haben! Den Vertrag schicke ich dir bis Freitag, vorher klären wir noch kurz dein Startdatum.
Der Vorstand hat Ihrer Einstellung als {role} zugestimmt, und der Personalrat hat keine Einwände erhoben. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.
Wir möchten Sie sehr gern zum 1. Oktober einstellen. Vorbehaltlich eines einwandfreien Führungszeugnisses geht Ihnen der Vertrag nächste Woche zu; den Antrag für das Führungszeugnis finden Sie im Anhang.
""",
        "off_contract": """
Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. März zurück. Wir freuen uns auf die Zusammenarbeit ab dem 1. Mai.
Wie telefonisch besprochen, übersenden wir Ihnen anbei den Dienstvertrag für die Position {role}. Das Bruttojahresgehalt beträgt 68.000 Euro zuzüglich variabler Vergütung.
Herzlich willkommen bei {company}! Ihr erster Arbeitstag ist der 2. September. Bitte melden Sie sich um 9 Uhr am Empfang; Ihren Einarbeitungsplan finden Sie im Anhang.
Schön, dass du zugesagt hast! Für die Vertragserstellung brauche ich noch deine Steuer-ID, deine Sozialversicherungsnummer und deine Bankverbindung.
""",
        "inv_call": """
Wir würden Sie gern persönlich kennenlernen. Hätten Sie am Donnerstag, 14. März, um 10:00 Uhr Zeit für ein Gespräch in unserem Büro in Hamburg?
Hast du Lust auf einen kurzen Call diese Woche? Ich würde dir gern mehr über das Team erzählen und hören, was du suchst.
Unser CTO würde sich gern eine halbe Stunde mit dir austauschen. Passt dir Montag oder Dienstag am Nachmittag?
""",
        "inv_schedule": """
SUBJECT: Bitte wählen Sie einen Termin || Bitte wählen Sie über den folgenden Link einen passenden Termin für das Video-Gespräch mit der Fachabteilung. Die Termine dauern jeweils 45 Minuten.
Als nächsten Schritt möchten wir Sie zu unserem Auswahltag am 22. Mai in Köln einladen. Neben einer Fallstudie lernen Sie dort auch Ihr künftiges Team kennen.
Bitte bearbeiten Sie bis Sonntag die beigefügte Fallstudie. Anschließend vereinbaren wir einen Termin, an dem Sie uns Ihre Lösung vorstellen.
Für die Position {role} laden wir Sie zu einem Online-Test ein. Der Test dauert etwa 45 Minuten und muss bis zum 30. April abgeschlossen sein.
""",
        "oth_alert": """
7 neue Jobs passend zu Ihrem Suchauftrag „Data Analyst – München“: {role} bei {company}, Vollzeit, hybrid. Jetzt ansehen und mit einem Klick bewerben.
Diese Stelle könnte Sie interessieren: {role} bei {company} in Berlin. Sie erhalten diese E-Mail, weil Sie einen Job-Alert eingerichtet haben.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und betreue aktuell eine spannende Position als {role} bei einem Mittelständler im Raum Stuttgart. Hätten Sie Interesse an einem unverbindlichen Austausch?
""",
        "oth_withdrawn": """
Wir bestätigen den Rückzug Ihrer Bewerbung für {role}. Ihre Daten werden gemäß unseren Datenschutzbestimmungen gelöscht. Für Ihren weiteren Weg alles Gute!
""",
        "oth_survey": """
Wie haben Sie unseren Bewerbungsprozess erlebt? Wir freuen uns über Ihr Feedback in einer kurzen, anonymen Umfrage von etwa drei Minuten. Ihre Antworten haben keinen Einfluss auf laufende Bewerbungen.
""",
    },
    "fr": {
        "ack_first_review": """
Nous avons terminé une première revue des candidatures reçues pour le poste de {role}. Votre dossier reste à l'étude et aucune décision n'a encore été prise. Nous reviendrons vers vous d'ici la fin du mois.
La présélection est terminée : votre candidature a été transmise au manager opérationnel pour une analyse approfondie. Cette étape prend en général deux à trois semaines.
Bonjour {first}, petit point d'étape : j'ai fini le premier tri et ton profil fait partie de ceux que je transmets à l'équipe. Je n'ai pas encore de retour de leur côté, je te tiens au courant.
À l'issue de l'examen de recevabilité, votre dossier a été déclaré complet. Il sera examiné par le jury de sélection, qui se réunira le 12 juin.
""",
        "ack_status_change": """
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature au poste de {role} a changé : En cours d'examen. Connectez-vous à votre espace candidat pour en savoir plus.
Votre candidature est passée au statut « En attente ». Ce statut signifie simplement que le recrutement est suspendu le temps de valider le budget ; votre candidature n'a pas été écartée.
Statut de votre candidature : Présélection en cours. Ce statut ne signifie pas que vous êtes présélectionné(e), mais que l'équipe examine actuellement l'ensemble des dossiers.
Votre candidature a été consultée par un recruteur. Aucune action n'est requise de votre part pour le moment.
""",
        "ack_no_feedback": """
Nous regrettons de ne pas pouvoir vous faire de retour personnalisé à ce stade du processus. Votre candidature est toujours à l'étude et vous serez informé(e) de la suite dans les meilleurs délais.
En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chaque personne avant la fin de la présélection. Votre dossier a bien été enregistré et sera étudié avec attention.
Je comprends votre souhait d'avoir un retour, mais je ne peux rien vous communiquer tant que le comité ne s'est pas réuni. Rien n'est décidé pour l'instant.
""",
        "ack_closed_to_new": """
L'annonce pour le poste de {role} est désormais close et nous n'acceptons plus de nouvelles candidatures. Cela ne concerne pas les dossiers déjà reçus, dont le vôtre, qui restent à l'étude.
Pour information, l'offre d'emploi a été retirée de notre site carrière car nous avons reçu suffisamment de candidatures. Le processus suit son cours pour les personnes déjà en lice.
Nous vous remercions de votre patience. Le recrutement pour le poste de {role} prend plus de temps que prévu en raison d'une réorganisation interne ; nous reviendrons vers vous début septembre.
Merci de nous faire parvenir une copie de votre diplôme et de votre pièce d'identité afin de compléter votre dossier. Cette demande est adressée à tous les candidats et ne préjuge pas de la suite donnée à votre candidature.
""",
        "rej_direction": """
Après mûre réflexion, nous avons choisi de nous orienter vers un profil plus expérimenté en gestion de grands comptes.
L'équipe a décidé de prendre une autre direction pour ce recrutement, et nous ne poursuivrons donc pas le processus avec vous.
Le manager a étudié votre dossier et a préféré avancer avec d'autres profils pour l'étape suivante.
On a fait le point en équipe, et on ne va pas aller plus loin ensemble sur ce poste. Je tenais à te le dire directement.
""",
        "rej_internal": """
Le poste de {role} a été pourvu en interne. Nous clôturons donc le recrutement externe.
Nous avons proposé le poste à une collaboratrice déjà présente chez nous, qui l'a accepté.
Une mobilité interne nous a permis de pourvoir le poste ; l'annonce a été retirée et les candidatures externes ne seront pas étudiées plus avant.
""",
        "rej_portal_status": """
SUBJECT: Votre candidature chez {company} || Statut de votre candidature pour {role} : Non retenue. Vous pouvez consulter nos autres offres sur notre site carrière.
Votre candidature a été archivée. Le poste auquel vous avez postulé est désormais pourvu.
Ce poste a été annulé à la suite d'une révision de nos besoins. Votre candidature est donc close.
""",
        "rej_final_praise": """
Vous avez fait une excellente impression à l'ensemble du jury, et votre mise en situation a été saluée par tous. La décision a été extrêmement serrée ; nous avons finalement retenu une candidate dont l'expérience du secteur bancaire correspond plus précisément à nos enjeux immédiats. J'espère sincèrement que nos chemins se recroiseront.
Franchement, bravo pour ton parcours : l'équipe a adoré ton cas pratique. On a quand même choisi l'autre finaliste, qui peut démarrer tout de suite. Je garde ton contact précieusement.
Le jury a salué à l'unanimité la qualité de votre présentation et de vos réponses. Un seul poste étant à pourvoir, il a été attribué au candidat classé premier.
""",
        "rej_two_line": """
Bonjour {first}, merci pour votre temps mardi. Le client a retenu un autre candidat ; je reviens vers vous dès que j'ai un poste proche.
Merci pour nos échanges, {first}. On part sur quelqu'un d'autre pour ce poste, mais j'ai beaucoup apprécié nos discussions.
""",
        "off_verbal": """
J'ai le plaisir de vous annoncer que nous souhaitons vous accueillir en tant que {role}. Seriez-vous disponible demain pour un appel afin d'évoquer votre rémunération et votre date d'arrivée ?
L'équipe est unanime : on veut que tu nous rejoignes ! Je t'envoie le contrat d'ici vendredi.
C'est avec grand plaisir que nous vous confirmons votre embauche au poste de {role}. Votre entrée en fonction est prévue le 3 février ; une vérification des antécédents judiciaires sera effectuée d'ici là.
Nous avons le plaisir de vous confirmer votre recrutement au poste de {role}, sous réserve de la visite médicale d'embauche. Le service RH vous contactera pour organiser votre arrivée.
""",
        "off_contract": """
Veuillez trouver ci-joint votre contrat de travail en deux exemplaires. Merci de nous en retourner un exemplaire signé avant le 15 mars.
Comme convenu par téléphone, vous trouverez en pièce jointe votre promesse d'embauche pour le poste de {role}, avec une prise de poste le 1er septembre et une rémunération annuelle brute de 52 000 euros.
Bienvenue chez {company} ! Votre premier jour est fixé au lundi 6 janvier. Merci de vous présenter à l'accueil à 9 h ; votre parcours d'intégration est en pièce jointe.
Ravie que tu aies dit oui ! Pour préparer ton contrat, j'ai besoin de ton numéro de sécurité sociale, d'un RIB et d'une copie de ta pièce d'identité.
""",
        "inv_call": """
Nous aimerions vous rencontrer pour échanger sur votre parcours. Seriez-vous disponible jeudi 14 mars à 10 h dans nos locaux de Lyon ?
Ça te dirait qu'on s'appelle 20 minutes cette semaine ? J'aimerais te présenter l'équipe et comprendre ce que tu recherches.
Notre directeur technique aimerait discuter avec vous une demi-heure. Quelles sont vos disponibilités lundi ou mardi ?
""",
        "inv_schedule": """
SUBJECT: Choisissez votre créneau || Merci de sélectionner via le lien ci-dessous un créneau pour un échange en visio avec la responsable du service. Chaque créneau dure 45 minutes.
Dans le cadre de votre candidature, nous vous invitons à passer un test en ligne d'environ 45 minutes avant le 30 avril.
Le jury de sélection vous convie à une audition le 12 juin à 14 h 30, à la mairie, salle du conseil. Merci de vous munir d'une pièce d'identité.
Nous vous proposons un cas pratique à réaliser chez vous, que vous présenterez ensuite à l'équipe lors d'une rencontre d'une heure.
""",
        "oth_alert": """
6 nouvelles offres correspondent à votre alerte « Chef de projet – Paris » : {role} chez {company}, CDI, hybride. Postulez en un clic.
Cette offre pourrait vous intéresser : {role} chez {company}, à Bordeaux. Vous recevez cet e-mail car vous avez créé une alerte emploi.
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil correspond à une mission que je mène pour un client de l'industrie pharmaceutique à Genève. Seriez-vous ouvert(e) à un premier échange ?
""",
        "oth_withdrawn": """
Nous confirmons le retrait de votre candidature au poste de {role}, conformément à votre demande. Nous vous souhaitons pleine réussite dans votre nouveau projet.
""",
        "oth_survey": """
Votre avis compte ! Aidez-nous à améliorer notre processus de recrutement en répondant à un questionnaire anonyme de trois minutes. Vos réponses n'auront aucune incidence sur vos candidatures.
""",
    },
    "es": {
        "ack_first_review": """
Hemos finalizado la primera revisión de candidaturas para el puesto de {role}. Tu candidatura sigue en el proceso y todavía no se ha tomado ninguna decisión. Te escribiremos antes de fin de mes.
La preselección ha concluido y su perfil ha sido trasladado al área solicitante para una valoración más detallada. Este paso suele tardar entre dos y tres semanas.
Hola {first}, te cuento cómo va: ya terminé el primer filtro y pasé tu CV al equipo. Aún no tengo respuesta de ellos; en cuanto sepa algo, te aviso.
Finalizado el plazo de presentación de solicitudes, se ha comprobado que su solicitud reúne los requisitos formales. La lista provisional de personas admitidas al proceso se publicará en la sede electrónica.
""",
        "ack_status_change": """
SUBJECT: Actualización de tu candidatura || El estado de tu candidatura para {role} ha cambiado a: En revisión. Puedes consultar los detalles en tu portal de candidato.
Su candidatura se encuentra en estado «En espera». Esto se debe a que la vacante está pendiente de aprobación presupuestaria; no se ha descartado a ningún candidato.
Estado de tu postulación: Preselección en curso. Esto no significa que hayas sido preseleccionado, sino que el equipo está revisando todas las postulaciones.
Un reclutador ha visto tu perfil. No necesitas hacer nada por ahora; te avisaremos cuando haya novedades.
""",
        "ack_no_feedback": """
Lamentamos no poder ofrecerte una valoración individual en esta fase del proceso. Tu candidatura sigue en estudio y te informaremos en cuanto haya novedades.
Debido al elevado número de postulaciones, no podremos responder de forma individual a cada persona. Te pedimos que consultes el estado de tu candidatura en el portal, donde se irá actualizando.
Entiendo que quieras saber cómo vas, pero no puedo compartir nada hasta que el comité se reúna el jueves. Por ahora no hay nada decidido.
""",
        "ack_closed_to_new": """
La oferta de {role} ya no admite nuevas inscripciones. Esto no afecta a las candidaturas ya recibidas, como la tuya, que se siguen evaluando.
Hemos retirado el anuncio porque ya recibimos suficientes postulaciones. Tu proceso sigue su curso normal.
Le pedimos disculpas por la demora. El proceso de selección para {role} se ha retrasado por una reorganización interna; retomaremos el contacto a principios de septiembre.
Para continuar con el proceso, le solicitamos que nos envíe una copia de su título universitario y de su DNI. Esta solicitud se hace a todas las personas candidatas y no implica ninguna decisión.
""",
        "rej_direction": """
Tras analizarlo con calma, hemos decidido apostar por un perfil con más experiencia en cuentas clave.
El equipo ha decidido tomar otro rumbo para esta posición, por lo que no seguiremos adelante con tu candidatura.
El responsable del área revisó tu perfil y ha preferido avanzar con otras personas en la siguiente fase.
Lo hablamos en equipo y no vamos a continuar contigo en este proceso. Quería que lo supieras directamente por mí.
""",
        "rej_internal": """
La vacante de {role} se ha cubierto internamente, por lo que cerramos el proceso externo.
Hemos ofrecido el puesto a una compañera del equipo, que lo ha aceptado.
Una promoción interna nos ha permitido cubrir la posición, y la oferta se ha retirado del portal.
""",
        "rej_portal_status": """
SUBJECT: Tu candidatura en {company} || Estado de tu candidatura para {role}: No seleccionado. Te invitamos a revisar otras vacantes en nuestro portal.
Tu postulación ha sido archivada. La posición a la que aplicaste ya fue cubierta.
La vacante ha sido cancelada tras una revisión de nuestras necesidades. Tu candidatura queda cerrada.
""",
        "rej_final_praise": """
Causaste una gran impresión a todo el panel y tu caso práctico fue, sin duda, de los mejores que hemos visto. La decisión fue muy ajustada y, al final, nos hemos decantado por una candidata con experiencia directa en banca. Ojalá volvamos a coincidir.
¡Qué proceso hiciste! El equipo quedó encantado contigo. Aun así, elegimos a la otra persona finalista porque puede incorporarse de inmediato. Me guardo tu contacto, de verdad.
El tribunal valoró por unanimidad la calidad de su exposición. Al existir una sola plaza, esta se ha adjudicado al aspirante con mayor puntuación.
""",
        "rej_two_line": """
Hola {first}, gracias por tu tiempo el martes. El cliente se decidió por otro perfil; te escribo en cuanto tenga algo parecido.
Gracias por las conversaciones, {first}. Vamos con otra persona para este rol, pero me encantó conocerte.
""",
        "off_verbal": """
Me alegra mucho contarte que queremos que te unas al equipo como {role}. ¿Podemos hablar mañana para ver salario y fecha de incorporación?
¡El equipo lo tiene clarísimo: te queremos con nosotros! Te mando el contrato antes del viernes.
Nos da mucho gusto confirmarte que fuiste seleccionado para la posición de {role}. Tu fecha de ingreso será el 3 de febrero; antes de esa fecha haremos tu examen médico y la verificación de referencias.
Nos complace confirmarle su contratación como {role}, sujeta al reconocimiento médico previo. El equipo de Personas se pondrá en contacto con usted para organizar su llegada.
""",
        "off_contract": """
Adjunto le remitimos su contrato de trabajo por duplicado. Le rogamos que nos devuelva un ejemplar firmado antes del 15 de marzo.
Tal como hablamos por teléfono, te adjunto la carta de condiciones para el puesto de {role}: incorporación el 1 de septiembre y salario bruto anual de 42.000 euros.
¡Bienvenido a {company}! Tu primer día será el lunes 13 de enero. Preséntate en recepción a las 9:00; te adjunto el plan de acogida.
¡Qué alegría que hayas dicho que sí! Para preparar tu contrato necesito tu número de la Seguridad Social, tu IBAN y una copia de tu DNI.
""",
        "inv_call": """
Nos gustaría conocerte en persona. ¿Tendrías disponibilidad el jueves 14 de marzo a las 10:00 en nuestras oficinas de Madrid?
¿Te viene bien una llamada de 20 minutos esta semana? Me gustaría contarte más sobre el equipo.
Nuestra directora de tecnología quiere charlar contigo media hora. ¿Qué te viene mejor, lunes o martes por la tarde?
""",
        "inv_schedule": """
SUBJECT: Elige tu horario || Por favor, selecciona en el siguiente enlace un horario para una videollamada con la responsable del área. Cada franja dura 45 minutos.
Como siguiente paso, te invitamos a realizar una prueba técnica en línea de unos 60 minutos antes del 30 de abril.
Le convocamos a la prueba de conocimientos que tendrá lugar el 12 de junio a las 9:30 en la sede central. Deberá presentar su DNI.
Te enviamos un caso práctico para resolver en casa; después lo presentarás al equipo en una reunión de una hora.
""",
        "oth_alert": """
9 nuevas ofertas coinciden con tu alerta «Analista de datos – Barcelona»: {role} en {company}, jornada completa, híbrido.
Esta vacante te puede interesar: {role} en {company}, Ciudad de México. Recibes este correo porque creaste una alerta de empleo.
""",
        "oth_cold": """
Te escribo porque tu perfil encaja con una posición de {role} que estoy gestionando para un cliente del sector energético en Bogotá. ¿Te animas a una charla breve?
""",
        "oth_withdrawn": """
Confirmamos que hemos retirado tu candidatura al puesto de {role}, tal como nos pediste. ¡Mucha suerte en tu nueva etapa!
""",
        "oth_survey": """
¿Qué te ha parecido nuestro proceso de selección? Cuéntanoslo en una encuesta anónima de tres minutos. Tus respuestas no influyen en ninguna candidatura.
""",
    },
    "pt": {
        "ack_first_review": """
Concluímos a primeira análise das candidaturas para a função de {role}. A sua candidatura continua em avaliação e ainda não foi tomada nenhuma decisão. Voltaremos a entrar em contacto consigo até ao final do mês.
A triagem inicial foi concluída e seu currículo foi encaminhado para a área requisitante para uma análise mais detalhada. Essa etapa costuma levar de duas a três semanas.
Oi {first}, tudo bem? Só pra te atualizar: terminei a primeira triagem e passei seu perfil pro time. Ainda não tive retorno deles, mas te aviso assim que souber.
Terminado o prazo de candidatura, verificou-se que a sua candidatura reúne os requisitos de admissão. A lista de candidatos admitidos será publicada na página do organismo.
""",
        "ack_status_change": """
SUBJECT: Atualização da sua candidatura || O status da sua candidatura para {role} foi alterado para: Em análise. Acesse o portal do candidato para mais detalhes.
A sua candidatura encontra-se no estado «Em espera», porque a vaga aguarda aprovação orçamental. Nenhum candidato foi excluído.
Status da sua candidatura: Pré-seleção em andamento. Isso não significa que você foi pré-selecionado, e sim que o time está avaliando todas as candidaturas.
Um recrutador visualizou seu perfil. Nenhuma ação é necessária neste momento.
""",
        "ack_no_feedback": """
Lamentamos não poder dar um feedback individual nesta fase do processo. Sua candidatura continua em análise e você será informado assim que houver novidades.
Devido ao elevado número de candidaturas, não nos será possível responder individualmente a cada candidato. O resultado será atualizado no portal.
Entendo a vontade de saber como você está indo, mas não posso adiantar nada até o comitê se reunir na quinta. Por enquanto não há nada decidido.
""",
        "ack_closed_to_new": """
A vaga de {role} não está mais recebendo novas inscrições. Isso não afeta as candidaturas já recebidas, incluindo a sua, que seguem em avaliação.
Retirámos o anúncio porque já recebemos candidaturas suficientes. O seu processo segue normalmente.
Pedimos desculpa pela demora. O processo de recrutamento para {role} sofreu um atraso devido a uma reorganização interna; voltaremos a contactá-lo no início de setembro.
Para dar continuidade ao processo, pedimos que nos envie uma cópia do seu diploma e do documento de identificação. Este pedido é feito a todos os candidatos e não implica qualquer decisão.
""",
        "rej_direction": """
Depois de muita reflexão, decidimos seguir com um perfil com mais experiência em grandes contas.
O time decidiu seguir outro caminho para essa posição, então não vamos continuar com a sua candidatura.
O gestor da área analisou o seu perfil e optou por avançar com outras pessoas para a próxima etapa.
Conversamos em equipe e não vamos seguir com você neste processo. Queria que você soubesse por mim.
""",
        "rej_internal": """
A vaga de {role} foi preenchida internamente, por isso encerramos o processo externo.
Oferecemos a função a uma colega da equipa, que aceitou.
Uma promoção interna permitiu preencher a posição, e o anúncio foi retirado do portal.
""",
        "rej_portal_status": """
SUBJECT: Sua candidatura na {company} || Status da sua candidatura para {role}: Não selecionado. Confira outras vagas no nosso portal.
A sua candidatura foi arquivada. A vaga a que se candidatou já foi preenchida.
A vaga foi cancelada após uma revisão das nossas necessidades. A sua candidatura foi encerrada.
""",
        "rej_final_praise": """
Você causou uma ótima impressão em todo o painel, e seu case foi um dos melhores que vimos. A decisão foi muito apertada e, no fim, optamos por uma candidata com experiência direta em bancos. Espero de verdade que a gente se cruze de novo.
Que processo fez! A equipa ficou encantada. Ainda assim, escolhemos a outra finalista, que pode começar de imediato. Fico com o seu contacto, a sério.
O júri valorizou por unanimidade a qualidade da sua apresentação. Existindo apenas um lugar, este foi atribuído ao candidato com a classificação mais alta.
""",
        "rej_two_line": """
Oi {first}, obrigado pelo seu tempo na terça. O cliente fechou com outro perfil; te procuro assim que tiver algo parecido.
Obrigada pelas conversas, {first}. Vamos seguir com outra pessoa para essa vaga, mas adorei te conhecer.
""",
        "off_verbal": """
Fico muito feliz em te contar que queremos você no time como {role}. Podemos conversar amanhã sobre salário e data de início?
A equipa é unânime: queremos que se junte a nós! Envio-lhe o contrato até sexta-feira.
Temos o prazer de confirmar a sua contratação como {role}, sujeita ao exame médico de admissão. A equipa de Pessoas entrará em contacto para organizar a sua chegada.
Parabéns, você foi aprovado para a vaga de {role}! O exame admissional está agendado para o dia 20, e a integração começa no dia 3 do mês seguinte.
""",
        "off_contract": """
Segue em anexo o seu contrato de trabalho em duplicado. Pedimos que nos devolva um exemplar assinado até 15 de março.
Conforme conversamos por telefone, segue a carta com as condições para a vaga de {role}: início em 1º de setembro e salário mensal de R$ 12.500, mais benefícios.
Bem-vindo à {company}! O seu primeiro dia será segunda-feira, 13 de janeiro. Apresente-se na receção às 9h; segue em anexo o plano de integração.
Que bom que você topou! Para a admissão, preciso da sua carteira de trabalho digital, do PIS, de um comprovante de residência e dos seus dados bancários.
""",
        "inv_call": """
Gostaríamos de conhecê-lo pessoalmente. Teria disponibilidade na quinta-feira, 14 de março, às 10h, nos nossos escritórios em Lisboa?
Bora marcar uma call de 20 minutos essa semana? Quero te contar mais sobre o time.
A nossa diretora de tecnologia gostaria de conversar consigo durante meia hora. Prefere segunda ou terça à tarde?
""",
        "inv_schedule": """
SUBJECT: Escolha o seu horário || Por favor, selecione no link abaixo um horário para uma videochamada com a gestora da área. Cada horário tem 45 minutos.
Como próxima etapa, convidamos você a realizar um teste técnico online de cerca de 60 minutos até 30 de abril.
Fica convocado para a prova de conhecimentos, que terá lugar no dia 12 de junho, às 9h30, na sede. Deverá apresentar o cartão de cidadão.
Enviamos um case para você resolver em casa; depois, você apresenta para o time numa conversa de uma hora.
""",
        "oth_alert": """
9 novas vagas correspondem ao seu alerta "Analista de dados – São Paulo": {role} na {company}, CLT, híbrido.
Esta vaga pode interessar-lhe: {role} na {company}, Porto. Recebe este e-mail porque criou um alerta de emprego.
""",
        "oth_cold": """
Estou te chamando porque seu perfil tem tudo a ver com uma vaga de {role} que estou conduzindo para um cliente do setor de energia em Curitiba. Topa um papo rápido?
""",
        "oth_withdrawn": """
Confirmamos a desistência da sua candidatura à função de {role}, conforme o seu pedido. Votos de muito sucesso nesta nova etapa.
""",
        "oth_survey": """
Como foi a sua experiência com o nosso processo seletivo? Conte para a gente numa pesquisa anônima de 3 minutos. Suas respostas não influenciam nenhuma candidatura.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Hey {first},",
            "Dear Candidate,",
            "Dear Applicant,",
            "Good morning {first},",
            "G'day {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for applying for the {role} position.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply for {role}.",
            "We appreciate your interest in joining {company}.",
            "Thank you for your application for the post of {role}.",
            "Thanks again for your interest in the {role} role.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "All the very best for the future.",
            "We wish you well in your career.",
            "Good luck with everything, and take care.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Since 2009 we've grown from a team of five to more than 2,000 colleagues across four countries, and we're still growing.",
            "{company} moves what matters. Every day our teams keep shelves stocked and hospitals supplied across North America, and we're proud to be a certified great place to work.",
            "Our people are at the heart of everything we do. At {company} you'll find flexible working, generous parental leave and a culture where every voice is heard.",
            "{company} is building the payment rails for the next generation of small businesses, trusted by more than 80,000 merchants from Bengaluru to Boston.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}",
            "Warm regards,\n{sender}\nTalent Acquisition, {company}",
            "Cheers,\n{sender}",
            "Thanks and regards,\n{sender}\nHR Department, {company}",
            "Many thanks,\nThe {company} Recruitment Team",
            "Regards,\n{sender}",
        ],
        "footer": [
            "This email was sent from a no-reply address. Please do not reply directly to this message.",
            "{company} is an equal opportunity employer. We welcome applications from all sections of the community.",
            "You are receiving this email because you applied for a position at {company}. To manage your communication preferences, visit your candidate profile.",
            "This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
            "{company} | Registered in England and Wales No. 04417732 | Privacy notice | Unsubscribe",
            "Please consider the environment before printing this email.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application – {company}",
            "{company}: {role}",
            "Re: {role} application",
            "Regarding your application",
            "Application update",
            "Your {company} application",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "Let's find a time to chat",
            "{company} – {role}: your availability",
            "Meeting the team at {company}",
            "Quick call?",
            "Scheduling: {role}",
        ],
        "subject_off": [
            "Great news from {company}",
            "Welcome to {company}!",
            "{role} – next steps",
            "Your contract – {company}",
            "Following up on yesterday",
            "Good news!",
        ],
        "subject_oth": [
            "Jobs picked for you",
            "Your weekly job digest",
            "{company} Careers Newsletter",
            "Tell us about your experience",
            "An opportunity you might like",
            "A message from {company} Careers",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Hallo {first},",
            "Liebe/r {first},",
            "Guten Tag {first},",
            "Hi {first},",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company} und Ihre Bewerbung als {role}.",
            "danke für deine Bewerbung bei {company}.",
            "herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "vielen Dank, dass Sie sich die Zeit für Ihre Bewerbung genommen haben.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.",
            "Alles Gute für dich!",
            "Wir wünschen Ihnen für die Zukunft beruflich wie privat alles Gute.",
        ],
        "marketing": [
            "{company} gestaltet die Mobilität von morgen: Mit über 1.200 Mitarbeitenden an sechs Standorten entwickeln wir Lösungen für Städte in ganz Europa.",
            "Bei {company} erwarten Sie flexible Arbeitszeiten, 30 Tage Urlaub und ein Team, das Wert auf Zusammenhalt legt.",
            "Seit über 40 Jahren steht {company} für Qualität und Verlässlichkeit, und für eine Unternehmenskultur, in der jede Stimme zählt.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}\nPeople & Culture, {company}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Koblenz | Registergericht: Amtsgericht Koblenz | Geschäftsführung: Dr. Ulrike Brandt",
            "Informationen zum Umgang mit Ihren Daten finden Sie in unserer Datenschutzerklärung für Bewerberinnen und Bewerber.",
            "Sie erhalten diese E-Mail, weil Sie ein Bewerberkonto bei {company} angelegt haben. Benachrichtigungen abbestellen",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Aktueller Stand Ihrer Bewerbung",
            "Deine Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "Terminabstimmung {role}",
            "Lust auf ein Kennenlernen?",
            "Einladung – {company}",
        ],
        "subject_off": [
            "Gute Nachrichten von {company}",
            "Willkommen bei {company}!",
            "Ihr Arbeitsvertrag",
            "{role} – wie geht es weiter",
        ],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Ihr Job-Alert",
            "Ihre Meinung ist gefragt",
            "Eine interessante Position",
            "Bestätigung",
        ],
    },
    "fr": {
        "greet": [
            "Madame, Monsieur,",
            "Bonjour {first},",
            "Cher candidat, chère candidate,",
            "Hello {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Merci pour ta candidature chez {company}.",
            "Merci d'avoir pris le temps de postuler chez nous.",
            "Nous vous remercions de votre candidature et de la confiance que vous nous témoignez.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous vous adressons tous nos vœux de réussite pour la suite de votre parcours.",
            "Bonne continuation à toi !",
            "Nous vous souhaitons le meilleur pour la suite.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne les grandes maisons dans la conception de leurs espaces. Nos 400 collaborateurs partagent une même exigence de qualité.",
            "Chez {company}, nous croyons que la diversité des talents fait notre force. Télétravail, formation continue et projets d'envergure vous attendent.",
            "{company} est certifiée entreprise engagée : nos équipes agissent chaque jour pour un impact positif sur nos clients et la société.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\nService Recrutement, {company}",
            "Belle journée,\n{sender}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\nL'équipe Recrutement de {company}",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} – SAS au capital de 250 000 euros – RCS Paris",
            "Vous recevez cet e-mail car vous avez créé un compte candidat. Se désabonner",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite de votre candidature",
            "Point sur votre candidature",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Prochaine étape – {role}",
            "Organisation d'un échange",
            "Rencontrons-nous !",
            "Convocation – {company}",
        ],
        "subject_off": [
            "Bonne nouvelle !",
            "Bienvenue chez {company} !",
            "Votre contrat de travail",
            "{role} – la suite",
        ],
        "subject_oth": [
            "De nouvelles offres pour vous",
            "Votre alerte emploi",
            "Votre avis nous intéresse",
            "Une opportunité qui pourrait vous plaire",
            "Confirmation",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimada persona candidata:",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por postularte al puesto de {role}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Gracias por tomarte el tiempo de enviarnos tu candidatura.",
            "Muchas gracias por participar en nuestro proceso de selección.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su carrera profesional.",
            "¡Mucha suerte en lo que viene!",
            "Te deseamos lo mejor en tus próximos pasos.",
        ],
        "marketing": [
            "En {company} llevamos más de 30 años impulsando la transformación del sector agroalimentario, con presencia en España, México y Colombia.",
            "Nuestro equipo es nuestra mayor fortaleza. En {company} apostamos por la flexibilidad, la formación continua y un ambiente donde cada idea cuenta.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar por quinto año consecutivo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas, {company}",
            "Saludos cordiales,\nEquipo de Talento de {company}",
            "¡Un abrazo!\n{sender}",
            "Quedo atenta,\n{sender}",
        ],
        "footer": [
            "Este correo ha sido enviado automáticamente. Por favor, no respondas a este mensaje.",
            "De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@almendral.example.",
            "Recibes este correo porque tienes una cuenta de candidato en {company}. Darse de baja",
            "{company} es una empresa comprometida con la igualdad de oportunidades.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Actualización sobre tu proceso",
            "Proceso de selección – {role}",
            "Sobre tu postulación",
        ],
        "subject_inv": [
            "Siguiente paso – {role}",
            "¿Hablamos?",
            "Coordinemos un horario",
            "Convocatoria – {company}",
        ],
        "subject_off": [
            "¡Buenas noticias!",
            "¡Bienvenido a {company}!",
            "Tu contrato",
            "{role} – próximos pasos",
        ],
        "subject_oth": [
            "Nuevas vacantes para ti",
            "Tu alerta de empleo",
            "Cuéntanos tu experiencia",
            "Una oportunidad que te puede interesar",
            "Confirmación",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Oi, {first}!",
            "Prezado(a) candidato(a),",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura para a função de {role}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Valeu por participar do nosso processo seletivo!",
            "Agradecemos o tempo dedicado à sua candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de muito sucesso para o futuro.",
            "Boa sorte nos próximos passos!",
            "Desejamos-lhe as maiores felicidades profissionais.",
        ],
        "marketing": [
            "A {company} nasceu em Recife em 2012 e hoje leva tecnologia a mais de 3 mil clientes no Brasil e em Portugal.",
            "Aqui na {company}, acreditamos que pessoas diversas constroem soluções melhores. Trabalho híbrido, plano de saúde e muito aprendizado fazem parte da nossa cultura.",
            "A {company} foi eleita, pelo terceiro ano seguido, uma das melhores empresas para trabalhar no setor de tecnologia.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nEquipa de Recrutamento, {company}",
            "Abraços,\n{sender}",
            "Um abraço,\nTime de Gente da {company}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Este e-mail foi enviado automaticamente. Por favor, não responda a esta mensagem.",
            "Seus dados são tratados de acordo com a LGPD. Consulte a nossa política de privacidade.",
            "Recebe este e-mail porque criou uma conta de candidato na {company}. Cancelar subscrição",
            "A {company} valoriza a diversidade e a igualdade de oportunidades.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Atualização do processo seletivo",
            "Processo de recrutamento – {role}",
            "Sobre a sua candidatura",
        ],
        "subject_inv": [
            "Próxima etapa – {role}",
            "Vamos conversar?",
            "Agendamento – {company}",
            "Convocatória",
        ],
        "subject_off": [
            "Boas notícias!",
            "Bem-vindo à {company}!",
            "O seu contrato",
            "{role} – próximos passos",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "O seu alerta de emprego",
            "Conte como foi a sua experiência",
            "Uma oportunidade para você",
            "Confirmação",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} position and ask whether there's any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying, and for your patience. We're working through applications now and will be in touch as soon as we can.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon einen neuen Stand gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung und Ihre Geduld. Wir sichten gerade die Unterlagen und melden uns so bald wie möglich.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles concernant le calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature et votre patience. Nous étudions actuellement les dossiers et reviendrons vers vous rapidement.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar si hay alguna novedad sobre mi candidatura para el puesto de {role}.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu candidatura y por tu paciencia. Estamos revisando los perfiles y te escribiremos lo antes posible.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela candidatura e pela paciência. Estamos analisando os perfis e retornaremos assim que possível.\nAbraços,\n{sender}\n",
}
