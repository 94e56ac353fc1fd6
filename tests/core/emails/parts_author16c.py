# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 16's third training part by an independent author: the whole job-search inbox as it looks in English-speaking countries (US, UK, Ireland, India, Australia, Canada, Singapore, South Africa) and in Spanish and Portuguese (Spain, Mexico, Argentina, Colombia, Chile, Brazil, Portugal), with a smaller German and French share: human recruiters replying in a thread, hiring managers writing themselves, agencies relaying a client's decision, graduate schemes, government and civil-service hiring, healthcare, retail and hospitality; rejections in plain human words, receipts and status updates, invitations often without the word "interview", offers often without the word "offer", and hard look-alikes (a rejection that points to another role, "not moving forward" about the timeline, declined offers confirmed, reference and background checks, onboarding, rescheduled interviews), each labelled by what the mail decides for this application."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Kestrel Bay Foods Ltd",
    "Brightwater Retail Group",
    "Calder & Finch LLP",
    "Tidewell Hotels & Resorts",
    "Meridian Pathways Health",
    "Quillon Analytics Pte Ltd",
    "Banyan Crest Technologies Pvt Ltd",
    "Greywick University",
    "Ondara Sistemas S.A.",
    "Ferrovia Norte Logística Ltda.",
    "Vale do Sol Tecnologia",
    "Lindenhof Maschinenbau GmbH",
    "Atelier Morvan SAS",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Graduate Software Engineer",
    "Registered Nurse",
    "Store Supervisor",
    "Front Office Manager",
    "Policy Officer",
    "Junior Accountant",
    "Customer Success Specialist",
    "Pharmacy Technician",
    "Analista de Datos",
    "Assistente Administrativo",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nair", "priya.nair@{domain}"),
    ("Tom Whitcombe", "tom.whitcombe@{domain}"),
    ("Talent Acquisition", "careers@{domain}"),
    ("Recruitment Team", "recruitment@{domain}"),
    ("Graduate Programmes", "graduates@{domain}"),
    ("Hiring Team", "no-reply@jobs.applyflow.example"),
    ("Siobhan Keane", "s.keane@harrowgate-recruitment.example"),
    ("Laura Gómez", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("Jonas Weber", "jonas.weber@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_interview": """
Thanks again for coming in on Tuesday and spending the afternoon with the team. I've talked it over with everyone you met, and we've decided to go with another candidate whose experience lines up more closely with what we need right now. It was a close call, and I'm sorry it isn't better news.
I promised I'd let you know either way by the end of the week, so here it is: we won't be taking your application for the {role} position any further. The panel liked how you approached the case study, but another candidate had more hands-on experience with the tools we use every day.
SUBJECT: Re: {role} – final round || Sorry for the slow reply. We made the decision yesterday and it wasn't in your favour this time. You were one of two people we were seriously weighing up, and honestly it came down to notice period more than anything else.
I tried to call you but kept missing you, so I'm writing instead. The hiring manager has decided to give the {role} job to someone else. I know that's hard to hear after three rounds. If you'd like feedback, I'm happy to jump on a call next week and talk it through.
Following your interview for the {role} vacancy, the panel has now met to consider all candidates. I'm afraid you were not the successful candidate on this occasion. Your scores were good, but they fell just below those of the candidate we have appointed.
We've finished the second-round conversations and we've landed on someone else for the role. It wasn't anything you did wrong; we simply had a candidate who'd already run a store of exactly this size.
Just a quick note after Thursday. The team really enjoyed meeting you, but we've decided not to bring you through to the final stage. We're after someone with more people-management experience for this one.
I've had the feedback from the interview panel. They've decided not to appoint from this round and will readvertise the post with a revised person specification, so your application for this vacancy is now closed.
Thank you for the time you put into the take-home exercise. We went through it as a group, and while there was a lot to like, it didn't show the depth in SQL we need for this role, so we're going to stop the process here.
After your trial shift on Saturday, the kitchen team and I had a chat, and we don't think it's quite the right fit for the pace of service here. Thanks for giving it a go, genuinely.
We're not going to be able to offer you the position. I know you were hoping for a different answer after the panel, and I'm sorry to be the one telling you.
The interviewers were impressed with how you communicate, but in the end we've chosen a candidate whose clinical experience is in acute care. Your application for the {role} post has therefore been closed.
I'm writing with the outcome of the assessment centre. You didn't reach the benchmark on the group exercise and the written test, so we can't offer you a place on this year's programme.
Thanks for your patience while we made up our minds. We've gone with an internal candidate for the {role} role. That was decided late and had nothing to do with your interview, which went well.
Not the news you were hoping for, I'm afraid: the team has chosen someone else. I'd genuinely like to stay in touch, and if something closer to your background opens up I'll reach out to you directly.
We met as a panel this morning. You were a strong contender, but we offered the post to another applicant and they've accepted, so the process is now closed.
Thank you for interviewing with us for the {role} position at our Pune office. After careful review, the panel has selected another candidate, and your application will not proceed further.
So, I've heard back from Dan and the team, and they've decided to pass. The main sticking point was salary: what you're looking for and what the budget allows are too far apart for them to make it work.
Having considered the outcome of your second interview together with the reference reports, we have decided not to proceed with your appointment.
I just wanted to close the loop personally. We've made our hire for the {role} role. You were great to talk to, and I'd be glad to put in a word with a couple of people I know who are hiring.
""",
        "rej_short_human": """
We've decided to go another way on this one. Thanks for your time and good luck out there.
Sorry {first}, it's a no from us this time. Appreciate you applying.
Quick update: we won't be taking your application forward. Best of luck with the search.
We had a huge response to this ad and yours didn't make the shortlist, I'm afraid.
Afraid we've gone with someone else. Thanks for coming in to see us.
Thanks for reaching out about the {role} role. It isn't a match for what we need right now, so I'll leave it there, but all the best.
SUBJECT: Re: Your CV || Had a look at your CV. Good background, but we need someone who already holds AHPRA registration, so I can't take it further.
Thanks for applying. We won't be shortlisting you for this one.
Cheers for sending your details through. The job needs a current forklift licence, which I can't see on your CV, so I'll have to pass.
You weren't selected for the next stage. Thanks for your interest all the same.
SUBJECT: Re: Barista position || Hey {first}, thanks for dropping your CV in. We've filled the weekend shifts now, sorry!
Our hiring manager looked at your profile and decided not to proceed. Sorry this isn't better news.
We can't sponsor a work visa for this role, so we're unable to consider your application any further.
Short and honest: we need someone more senior. I'll hang on to your details, but I can't move this one forward.
We've closed your application. The role needs someone on site five days a week in Johannesburg, and your CV says you're looking for remote work.
It's a no for the {role} role, I'm sorry. You were close.
Thanks, {first}. I shared your profile with the hiring team and they've passed on it.
I won't be able to put you forward to the client for this one, as they're only looking at people with Big Four audit experience.
We've looked through everything and we're going to leave it here. Thanks for thinking of us.
No luck this time, sorry. The shortlist went to people with more retail management behind them.
""",
        "rej_agency_relay": """
I've just come off the phone with {company}. They've decided not to take you to the next stage. Their feedback on your attitude was really positive, but they've gone for someone with more direct sector experience. I'll keep looking for you.
Bad news from the client, I'm afraid. They paused the role and have reopened it as a contract that has to start immediately, which rules you out with your notice period.
Heard back from {company} on the {role} role. They liked you, but they're offering it to another candidate who interviewed earlier in the week. Sorry, I really thought this one would come off.
Quick one: the client has said no to a second meeting. Their words were "good candidate, not the right level". Let's talk tomorrow about the other two roles I mentioned.
Following feedback from our client, I regret to inform you that your application for the {role} position will not be progressed. We will keep your details on our database for future opportunities.
{company} have filled the role internally, so your application won't go any further. I know that's frustrating, and it's nothing to do with you.
The client has reviewed the shortlist and chosen not to meet you for this one. They felt your experience was more operational than the strategic profile they need.
The hiring manager's feedback is in and it's not what we wanted: they went with the other finalist. I've asked for more detail and will pass it on when I get it.
Sorry to be the bearer of bad news. {company} won't be proceeding with your application, because the role has been cut back to a part-time position based in Singapore only.
I've spoken to the client and they're going with a candidate from another agency. Gutted for you. You did everything right.
The locum assignment at {company} has been filled by another clinician, so I've withdrawn your profile from that one. I'll be in touch when something else comes up near you.
I put you forward on Monday, but {company} have come back to say they're only considering candidates already based in Toronto. So it's a no for this role, unfortunately.
""",
        "rej_redirect_other_role": """
We've decided not to move ahead with your application for {role}. That said, the team thought your background would suit a Business Analyst opening we're about to post. If you're interested, reply and I'll set up a quick call with that hiring manager.
I'm sorry to say you haven't been selected for the senior role. We do think you'd be a strong fit for our graduate intake in September, and I'd encourage you to apply when it opens next week.
You won't be going forward for the Store Manager vacancy, but the area manager would like to talk to you about an assistant manager post at the Leeds store. Let me know a good time for a call.
The panel has decided not to offer you the {role} position. They asked me to say they'd welcome an application to the reserve pool for similar roles, which opens on the 1st.
Your application for this role has been unsuccessful, but your profile has been matched to two other vacancies in our system. You'll get separate emails if those hiring managers want to speak with you.
We've filled the day-shift position, so I can't take that application further. We do have night-shift openings on the same ward; would you like me to put you forward for one of those instead?
The {role} job has gone to another candidate. I'd still like to keep talking, though: we're opening a similar position in our Dublin office in the new year, and I'll send you the details as soon as it's signed off.
SUBJECT: Re: {role} – next steps || Short version: not this role, but maybe another one. The team has decided to hire someone with more backend depth, but our data team saw your profile and wants to chat. I'll forward their calendar link separately.
""",
        "rej_filled_cancelled": """
We've had to close the {role} vacancy. Funding for the post was not renewed, so we won't be making an appointment. I'm sorry for the time you put into your application.
The position you applied for has been withdrawn following an internal restructure. All applications for this vacancy have been closed.
This vacancy has now been filled. Thank you for your interest.
Because of a company-wide hiring freeze, we have cancelled the requisition for the {role} role. Your application will not be processed further.
The job announcement you applied to has been cancelled by the hiring agency. No selections will be made from this announcement.
We've decided not to fill the role after all; the work will be absorbed by the existing team. Sorry to have kept you waiting for this.
Just letting you know the casual front-of-house role has been taken. We had a lot of interest, so it went quickly.
The hiring manager made an offer to another candidate, which has been accepted, so we are closing the remaining applications.
We've put this role on hold indefinitely and closed all applications. If it reopens, you would need to apply again.
The post has been filled from our redeployment register, as our workforce policy requires, so external applications were not considered further.
""",
        "rej_graduate_public": """
Your application for announcement number HR-24-1187 has been reviewed. You were found qualified, but you were not among the best qualified candidates referred to the selecting official.
Thank you for applying to the {company} Graduate Programme. We received over 6,000 applications this year and, having reviewed your online test results, we are unable to progress you to the video stage.
Your application has been assessed against the behaviours and experience for this role. You did not meet the minimum pass mark at the sift, so it will not be taken further. Feedback on your scores is available in your account.
Based on your answers to the eligibility questions, you do not meet the minimum qualifications for this position (one year of specialized experience equivalent to the GS-9 level). Your application will not be considered further.
We're sorry to tell you that you haven't been offered a place on the summer internship. The assessment day was very competitive, and the final places went to candidates with higher combined scores.
You were assessed as suitable, but appointments from this campaign are made in order of merit and the order of merit list closed before reaching your position. No further appointments will be made from it.
Your application for the {role} post (job reference 4471-NR) has been unsuccessful at shortlisting. Shortlisting was carried out against the essential criteria in the person specification.
After reviewing your online application and situational judgement test, we're sorry to let you know you won't be moving forward in our graduate recruitment this year. You're welcome to apply again next cycle.
Thank you for taking part in the selection process for the Staff Nurse bank. On this occasion you were not successful at interview.
Your application was not selected for the campus placement drive shortlist at your institute. The eligibility cut-off for this drive was a CGPA of 7.5.
""",
        "ack_received": """
Thanks for applying for the {role} position. This is just to confirm we've got your application and it's with the hiring team now.
We have received your application for job ID 20931. You can track its status at any time by signing in to your candidate account.
Got your CV, thanks! I'll have a proper look tonight and get back to you in the next couple of days.
This email confirms that your application for the {role} vacancy was submitted successfully on our careers site. Please do not reply to this address.
Your application has been received for announcement number VA-25-338401. Your status is "Received". You will be notified as your application moves through the hiring process.
Thanks for sending your details through. One of our consultants will review them against our current vacancies and be in touch if anything suits.
Your application to the {company} Graduate Scheme has been submitted. The next step is an online assessment, and we'll email you a link if you progress.
Thanks for your application for the Healthcare Assistant role. Applications close on Friday, and shortlisting will take place the following week.
Just confirming I've received your application, {first}. We're still collecting CVs until the end of the month, so it may be a few weeks before you hear from us.
We've received your application and CV. Due to the volume of applications, we may only be able to contact shortlisted candidates.
SUBJECT: Re: Application – {role} || Thanks {first}, received with thanks. Passing it on to the store manager today.
Application received. Reference: SG-TA-55120. Please keep this email for your records.
""",
        "ack_status_review": """
Quick update: your application is still being reviewed. The hiring manager has been travelling, so it's taking longer than usual, but you're definitely still in the running.
Your application status for {role} has changed to "Under consideration".
I've passed your CV to the hiring manager and she's said she'll look at it this week. I'll let you know as soon as I hear anything.
We're still working through applications for the {role} role and expect to contact candidates by the 14th. Thanks for bearing with us.
Your application has been referred to the hiring manager for consideration. Referral does not guarantee an interview; the hiring manager will contact you directly if you are selected.
Just wanted to say I haven't forgotten about you. We're still seeing people, and I'll update you by Friday either way.
Your application has passed the initial screening and is now with the recruiting manager for review.
Thanks for following up. No decision yet, I'm afraid; the panel meets next Wednesday and I'll email you straight after.
We've completed shortlisting for most locations in this campaign. Your application is still being considered for the Dublin and Cork posts.
Your application for the {role} role is with our recruitment team. Please allow up to 10 working days for an update.
""",
        "ack_delay_hold": """
We're not moving forward with any interviews until next year's budget is signed off, which should be mid-January. Your application stays open and I'll pick it back up then.
Just to be transparent about timing: the process is on hold for a few weeks while the new head of department settles in. No decisions have been made and your application is still active.
The timeline has slipped, I'm afraid. We won't be moving on to the next stage until after the Diwali holidays. I'll be in touch once we restart.
Because of the public holiday and a couple of people on leave, shortlisting has been delayed by about two weeks. Nothing changes for your application.
The hiring process for this role is currently paused. We haven't made any decisions about candidates and will update everyone when it resumes.
Apologies for the silence. The hiring freeze was lifted last week, so things are starting to move again, and I'll come back to you about next steps soon.
SUBJECT: Re: {role} – timeline || Not moving forward this week, sadly, because the panel couldn't agree a date. You're still very much in the mix. More next week.
The Christmas trading period means our store managers won't review applications until early January. Please don't read anything into the delay.
""",
        "ack_checks_documents": """
Thanks again for your time last week. Before we go any further, could you send me the names and contact details of two referees, ideally including your most recent line manager?
We are now carrying out pre-employment checks. Please complete the background screening form via the link from our screening partner within 3 working days.
Your DBS application has been submitted. We'll let you know when the certificate comes back, which usually takes two to four weeks.
Just a heads-up that I've contacted both of your referees. One has already replied; I'm chasing the other and will update you once I have both.
Could you upload a scan of your passport and your degree certificate to the candidate portal? We need them to verify your eligibility.
Your background check is in progress. No action is required from you at this time.
To complete your onboarding, please return the signed tax declaration, your bank details form and proof of your right to work by Friday.
Your Police Clearance Certificate request has been received by our HR team. We'll confirm once verification is complete.
We need a copy of your NMC registration and your immunisation records before occupational health can clear you.
Thanks for sending the documents. Everything has arrived, and I'll let you know if anything else is needed.
""",
        "ack_reserve_list": """
Following interview, you have been placed on a panel for the {role} grade. Panels are valid for 12 months and appointments are made in order of merit as vacancies arise.
You've been placed on our reserve list for the September intake. If a place becomes available we'll contact you; this doesn't guarantee a position.
You've been found eligible and placed on the merit list for this campaign. Being on the list does not mean you will be offered a post.
We've added you to our talent pool for upcoming store openings in Ontario. There's nothing you need to do right now.
Your application has been placed on hold pending the outcome of a vacancy review. You remain under consideration.
""",
        "inv_no_word": """
Would you have half an hour this week for a chat about the {role} role? I'd like to hear a bit more about what you've been working on.
The team would love to meet you. Are you free to come into the office on Thursday afternoon, say 2pm?
Can we grab a coffee next week? I'm at the Surry Hills site Monday to Wednesday.
I'd like to get you on a quick call with our head of engineering. Could you pick a slot from the link below?
Could you pop into the restaurant on Saturday around 11 for a trial shift? Wear black trousers and closed shoes; we'll give you an apron.
You've been shortlisted for the assessment day on 12 March at our Manchester office. Please confirm your attendance by replying to this email.
I'm setting up a meeting with the hiring manager for next Tuesday. Does 10am or 3pm Singapore time suit you better?
The client would like to speak with you! Are you around for a 20-minute call on Wednesday? They'll ring your mobile.
Great news: the nurse unit manager would like to meet you for a walk round the ward and a conversation. Could you do Friday at 9:30?
SUBJECT: Quick chat? || Loved your application. Any chance you could talk on Monday? Even 15 minutes would do.
""",
        "inv_interview": """
We'd like to invite you to a video interview for the {role} position. Please use the scheduling link to choose a time that suits you.
You have been selected for interview for the {role} post. Interviews will be held on 4 and 5 June at our Canberra office. Please confirm which date you can attend.
I'd like to set up a phone screen with you this week. What times work for you?
Congratulations, you've made it to the final interview! It's a 90-minute panel with a short presentation; the topic is in the attached brief.
Following review of your application, the selecting official would like to interview you. Please reply with your availability between 10 and 14 March.
I'm pleased to let you know you've been shortlisted for a competency-based interview on 22 April. Please bring photo ID and your original qualification certificates.
SUBJECT: Re: {role} || Thanks {first}. The hiring manager really liked your profile. Are you free for a first interview on Teams on Monday or Tuesday next week?
We'd like you to come in for a second interview with the regional director. It'll be at our Cape Town office and take about an hour.
Interview confirmation: Tuesday 9 July, 11:00 AM IST, Microsoft Teams. The panel will include the delivery lead and an HR partner.
Your walk-in interview slot for the {role} role is Saturday at 10:30 at our Bengaluru campus. Please carry a printed copy of your resume.
""",
        "inv_reschedule": """
So sorry, the hiring manager has been pulled into a client meeting tomorrow. Could we move your interview to Thursday at the same time?
I need to reschedule our call. Would any of these work instead: Monday 2pm, Tuesday 10am or Wednesday 4pm?
Your interview has been rescheduled to 18 October at 14:00. The video link in your calendar invitation has been updated.
No problem at all about the clash. I've moved your panel to next Friday at 11; does that still work for you?
We've had to change the venue for your assessment day. It will now be at our Birmingham office, same date and time.
SUBJECT: Re: Interview tomorrow || Just confirming the new time: 4:30pm today instead of tomorrow morning. Same Zoom link.
""",
        "inv_task_test": """
As the next step, we'd like you to complete a short take-home task. It should take about three hours; please send it back within a week.
The next stage is a one-way video recording. You'll answer four questions and have two minutes for each.
You're invited to sit the online numeracy and literacy tests for the {role} programme. Please complete them by 11:59pm AEST on Sunday.
Could you join a pairing session with two of our engineers next week? It's 90 minutes, working on a small real problem together.
""",
        "off_job": """
We'd love to have you join the team as our new {role}. I've attached the details of the package; have a read and give me a call with any questions.
Following your interview, I am pleased to confirm our offer of employment for the post of {role}, subject to satisfactory references and pre-employment checks.
Great news: the team wants you! I'll ring you this afternoon to go through salary and start date, and the written contract will follow.
I'm delighted to let you know the panel has recommended you for appointment to the {role} post. Your contract of employment is attached.
Just following up on our call today to confirm in writing: we'd like you to start as {role} on 3 March on a base salary of AUD 92,000 plus super.
Congratulations! You've been selected for the {company} Graduate Programme starting in September. Your conditional offer letter is attached; please accept it within 14 days.
We are pleased to extend to you a tentative job offer for the position of {role}, GS-11, Step 1. This offer is contingent on a background investigation and a favorable suitability determination.
It gives me great pleasure to confirm your appointment as {role} at our Hyderabad office. Please sign and return the appointment letter by Friday.
Verbal offer as promised: they're offering £48k plus a 10% bonus, hybrid three days a week. They'd like an answer by Monday. Let me know what you think.
The client has said yes! They'd like you in the role on the terms we discussed, starting in early May.
We'd like you to join us for the summer season as front desk supervisor. Contract attached; please sign and send it back if you're happy.
I'm very happy to say we want you on board. I've sent the formal paperwork through DocuSign.
SUBJECT: Welcome aboard (almost)! || Everyone was unanimous. We'd like you to join as our {role}, starting whenever suits you after your notice period. The details are in the attached letter.
Further to your recent interview, we are pleased to confirm that you have been successful and we would like to appoint you to the post of Staff Nurse, Band 5, on the Cardiology ward.
Your employment contract for the {role} role is ready for signing. Please review the terms, including the six-month probation period, and sign by the 20th.
The job's yours if you want it. Pay is $24 an hour, starting next Monday on the early shift.
We're delighted to offer you a place in the Graduate Software Engineering cohort starting in February, at SGD 5,200 a month.
I've got approval to make you a formal offer of R620,000 total cost to company. The letter is attached; take a day or two to think it over.
Following our conversation, here is the revised package with the higher base you asked for. If this works for you, just sign and we'll get you started.
Happy to confirm you've got the job! Your start date is Monday 6 January; please report to the HR office at 8:30am.
""",
        "oth_offer_declined_confirmed": """
Thanks for letting me know, {first}. I'm sorry we won't be working together, but I completely understand, and I've withdrawn the offer on our side. Best of luck in the new role.
We acknowledge receipt of your email declining our offer for the {role} position. Our records have been updated accordingly.
Sorry to hear it, but thanks for being straight with me. I'll let the client know you've accepted elsewhere.
Totally understand that the commute was too much. Thanks for telling us early; we've closed everything off on our end.
I've passed your decision on to the hiring manager. She was disappointed but appreciated the honesty, and the door is open if things change.
""",
        "oth_withdrawal_done": """
As requested, your application for the {role} role has been withdrawn. You can apply again at any time.
We've removed you from the graduate recruitment process, as you asked.
Your request to withdraw from job announcement ST-25-0456 has been processed.
""",
        "oth_alert": """
12 new jobs match your saved search "data analyst, remote, Canada": Senior Data Analyst at {company}, Toronto (hybrid); Business Intelligence Analyst, Vancouver; and more.
New job alert: {role} – {company} – Melbourne VIC. Full-time, posted 2 days ago.
Jobs you may be interested in: Pharmacy Technician (Dublin), Pharmacy Assistant (Cork), Dispensary Technician (Galway).
New vacancies matching your profile have been published on the Civil Service Jobs site. Sign in to view them.
Your saved search "hospitality supervisor Singapore" has 7 new results this week.
""",
        "oth_newsletter": """
This month at {company}: our new Cape Town hub opens, we meet the team behind our graduate programme, and we share five tips for your first 90 days.
Inside Careers, spring edition: hear from nurses who came back through our return-to-practice programme, and find out about upcoming open days.
The {company} Careers Digest: employee stories, upcoming virtual events and our latest openings across the UK and Ireland.
""",
        "oth_cold": """
I came across your profile and think you'd be a great fit for a {role} role I'm recruiting for with a fintech client in Sydney. Would you be open to a confidential chat?
I'm a recruiter specialising in healthcare placements in the UK and the Gulf. We have several openings for nurses with your background; let me know if you're exploring.
Are you open to new opportunities? I'm working on a six-month contract on a daily rate that matches your skills.
I noticed you're looking for {role} roles. We've just been engaged on three similar positions in Mumbai and Pune and I'm happy to share the details.
""",
        "oth_onboarding_welcome": """
Welcome to the team! Your first day is Monday. Ask for Jess at reception at 9am and she'll set you up with your laptop and pass.
Your new starter orientation is on 3 February from 8:00 to 4:30 in the Education Centre, Level 2. Lunch is provided.
Here's your login for our onboarding portal, where you'll find the staff handbook, induction videos and your training plan.
""",
        "oth_survey_event": """
How was your experience applying with us? We'd love your feedback in a two-minute survey. Your answers won't affect your application.
You're invited to our Graduate Careers Evening on campus on 15 October. Meet recent graduates and ask anything about the programme.
""",
    },
    "es": {
        "rej_tras_entrevista": """
Gracias de nuevo por venir el martes a conocer al equipo. Lo hemos estado hablando y al final nos hemos decantado por otra persona con más experiencia en el sector. Siento no traerte mejores noticias.
Después de las entrevistas con el comité, hemos decidido continuar con otro candidato para la vacante de {role}. Tu perfil nos gustó mucho, pero buscábamos a alguien con experiencia liderando equipos.
Te escribo para cerrar el proceso: el puesto lo va a ocupar finalmente una persona de la casa, por promoción interna. No tiene nada que ver con tu entrevista, que fue muy bien.
Tras la prueba técnica y la entrevista final, el equipo ha decidido no seguir adelante con tu candidatura. Si quieres, te cuento el detalle del feedback por teléfono.
Le informamos que, concluida la etapa de entrevistas, usted no fue seleccionado para el cargo de {role}. Agradecemos su tiempo y disposición durante el proceso.
Che {first}, te cuento cómo terminó: eligieron a otra persona para el puesto. Estuvo muy parejo entre vos y ella, pero pesó que ya conocía el sistema que usan. Lamento que no se haya dado.
Queremos agradecerle su participación. En esta ocasión, el perfil seleccionado se ajusta más a los requerimientos técnicos de la vacante, por lo que no continuaremos con su postulación.
Después del día de prueba en la tienda, la encargada y yo lo hemos hablado y creemos que el puesto no encaja con lo que buscas. Gracias por tu tiempo y por las ganas que le pusiste.
El panel evaluador ha terminado su deliberación y lamentamos comunicarte que no has sido la persona elegida. Tu puntuación quedó muy cerca de la del candidato seleccionado.
Te cuento rápido: no avanzamos contigo a la etapa final. Buscamos a alguien con más experiencia en atención de pacientes en urgencias.
Tras revisar el resultado de tu entrevista y de las referencias, hemos decidido no continuar con tu contratación.
SUBJECT: Re: Entrevista {role} || Perdona la demora. Ya tomamos la decisión y esta vez no ha sido a tu favor. Me encantaría que siguiéramos en contacto para futuras posiciones.
""",
        "rej_breve": """
Al final nos vamos por otro perfil. Gracias por tu interés y mucha suerte.
Hemos revisado tu currículum y, por ahora, no encaja con lo que buscamos. Un saludo.
Tu postulación no fue preseleccionada para la siguiente etapa.
Lo siento, la vacante de fin de semana ya está cubierta. ¡Gracias por acercarte al local!
Para este puesto necesitamos carnet de conducir y vehículo propio, así que no podemos seguir con tu candidatura.
Gracias por escribirnos. No vamos a continuar con tu postulación, pero te deseamos lo mejor.
El cargo requiere residencia en Bogotá y disponibilidad inmediata, por lo que su hoja de vida no continuará en el proceso.
No quedaste en la terna final esta vez. Gracias por participar.
Revisamos tu perfil con el área y decidimos no avanzar. ¡Éxitos en la búsqueda!
No podemos patrocinar visado para esta posición, así que no es posible seguir con tu candidatura.
""",
        "rej_consultora": """
Acabo de hablar con {company} y han decidido no pasar a la segunda reunión. Valoraron mucho tu actitud, pero buscan a alguien con más experiencia en consumo masivo. Sigo buscando opciones para ti.
Nuestro cliente ha revisado la terna y ha optado por otro candidato. Mantendremos tus datos en nuestra base para futuros procesos.
Malas noticias, {first}: el cliente congeló la búsqueda y después la reabrió como freelance con incorporación inmediata, y así no te pueden considerar. Lo siento mucho.
{company} nos ha comunicado que cierra el proceso con el otro finalista. Te paso su feedback en cuanto lo tenga.
Te presenté el lunes, pero el cliente solo está considerando personas que vivan en Santiago. Así que para esta búsqueda no va a poder ser.
Le informamos que, de acuerdo con la retroalimentación de nuestro cliente, su candidatura no avanzará en el proceso para la posición de {role}.
""",
        "rej_otro_puesto": """
No vamos a seguir con tu candidatura para {role}, pero al equipo de operaciones le ha interesado tu perfil para otra vacante que abrimos la semana que viene. Si te interesa, te llamo y lo hablamos.
La vacante del turno de mañana ya está cubierta, así que esa candidatura queda cerrada. Tenemos puestos en turno de noche: ¿quieres que te proponga para alguno?
Has quedado fuera de este proceso, pero te animamos a postular al programa de jóvenes profesionales que abre en marzo. Te enviaremos el enlace.
""",
        "rej_cubierta_cancelada": """
La vacante de {role} ha sido cancelada por una reestructuración interna y no se hará ninguna contratación. Disculpa las molestias.
Este proceso de selección ha finalizado y la plaza ya ha sido cubierta.
Por una congelación de contrataciones, hemos cerrado la vacante y todas las candidaturas asociadas.
La convocatoria ha sido declarada desierta y no se efectuará ningún nombramiento. Gracias por participar.
""",
        "ack_recibida": """
Hemos recibido tu candidatura para el puesto de {role}. El equipo de selección la revisará en los próximos días.
Confirmamos la recepción de su hoja de vida. Si su perfil avanza, nos comunicaremos con usted.
¡Gracias por postularte! Tu postulación para {role} quedó registrada con el número 88213.
Recibido, {first}, gracias. Se lo paso hoy a la encargada de la tienda.
Su solicitud ha sido registrada correctamente en el portal de empleo. Puede consultar el estado en cualquier momento.
Tu currículum ya está en nuestra base de datos. Te avisaremos si surge una oportunidad que encaje.
Hemos recibido tu solicitud de admisión al proceso selectivo. La lista provisional de personas admitidas se publicará en la sede electrónica en las próximas semanas.
""",
        "ack_estado_espera": """
Tu candidatura sigue en revisión. La responsable ha estado de viaje y vamos algo más lentos, pero sigues en el proceso.
De momento no avanzamos con las entrevistas hasta que se apruebe el presupuesto del año que viene. Tu postulación sigue abierta y te escribo en enero.
El proceso está en pausa unas semanas por el cambio de dirección. No se ha tomado ninguna decisión sobre los candidatos.
Gracias por escribir. Todavía no hay decisión: el comité se reúne el jueves y te escribo justo después.
El estado de tu postulación cambió a "En evaluación".
Por las vacaciones de Semana Santa, la revisión de candidaturas se retrasará unos diez días.
Quedó usted en la lista de reserva de este concurso. Si se genera una vacante, lo contactaremos siguiendo el orden de mérito.
""",
        "ack_documentos_referencias": """
Antes de avanzar, ¿me podrías pasar el contacto de dos referencias laborales, a ser posible de tu último jefe directo?
Estamos haciendo la verificación de antecedentes. Por favor completa el formulario de nuestro proveedor en un plazo de tres días hábiles.
Para continuar necesitamos copia de tu título, tu cédula y tu certificado de antecedentes judiciales. Puedes subirlos al portal.
Ya he contactado con tus dos referencias. Una ya respondió; en cuanto tenga la otra te aviso.
Para tramitar tu alta, envíanos antes del viernes tu número de la Seguridad Social, tu cuenta bancaria y una copia del DNI.
Has superado el primer filtro y tu currículum está ahora con el responsable del área.
""",
        "inv_sin_palabra": """
¿Tendrías media hora esta semana para una llamada? Me gustaría conocerte y contarte más sobre el puesto.
Al equipo le encantaría conocerte. ¿Puedes pasarte por la oficina el jueves a las 16:00?
¿Te viene bien venir el sábado a las 11 a hacer un día de prueba en el restaurante? Trae pantalón negro y calzado cerrado.
Has sido convocado a la jornada de evaluación del 12 de marzo en nuestras oficinas de Madrid. Confirma tu asistencia respondiendo a este correo.
Te dejo el enlace a la prueba técnica online. Tienes cinco días para completarla.
El cliente quiere hablar contigo. ¿Te va bien una llamada de 20 minutos el miércoles por la mañana?
¿Te copa tomar un café el lunes con el líder del equipo? Estamos en Palermo, cerca del subte.
""",
        "inv_entrevista": """
Nos gustaría invitarle a una entrevista para la vacante de {role}. Por favor, elija un horario en el siguiente enlace.
Has pasado a la entrevista final. Será un panel de una hora con una breve presentación; te adjunto el tema.
Le confirmamos su entrevista presencial el martes 9 a las 10:00 en nuestra sede de Guadalajara. Traiga una identificación oficial.
SUBJECT: Re: {role} || Gracias, {first}. Al responsable le gustó tu perfil. ¿Tienes hueco para una primera entrevista por Teams el lunes o el martes?
Ha sido preseleccionado para la entrevista por competencias. Por favor, indíquenos su disponibilidad entre el 10 y el 14 de marzo.
""",
        "inv_reprogramar": """
Perdona, al responsable le ha surgido una reunión con un cliente. ¿Podemos mover tu entrevista al jueves a la misma hora?
Tu entrevista ha sido reprogramada para el 18 de octubre a las 14:00. El enlace de la videollamada se ha actualizado.
No pasa nada por el cruce de horarios. Te he movido la reunión con el panel al viernes a las 11; ¿te sigue viniendo bien?
""",
        "off_propuesta": """
Nos encantaría que te sumaras al equipo como {role}. Te adjunto las condiciones; léelas con calma y me llamas con cualquier duda.
Nos complace confirmarle que ha sido seleccionado para el cargo de {role}. Adjuntamos la carta oferta con las condiciones económicas.
¡Buenas noticias! El equipo te quiere a bordo. Esta tarde te llamo para hablar de salario y fecha de incorporación, y luego te mando el contrato.
Como hablamos por teléfono, te lo confirmo por escrito: te incorporarías el 3 de marzo como {role} con un salario bruto anual de 34.000 euros.
El cliente dijo que sí: te quieren contratar en las condiciones que hablamos, con ingreso a principios de mayo.
Te adjunto el contrato para la temporada de verano como recepcionista. Si estás de acuerdo, fírmalo y nos lo devuelves.
El puesto es tuyo si lo quieres. Son 1.200 euros netos al mes, de lunes a viernes, y empezarías el día 15.
Felicidades, has sido aceptado en el Programa de Jóvenes Talentos de {company}, que inicia en agosto. Adjuntamos tu carta de oferta condicionada.
Tengo el visto bueno para hacerte una propuesta formal: 38.000 pesos mensuales más prestaciones superiores a las de ley. Te mando la carta para que la revises.
Nos alegra confirmarte que has superado el proceso y queremos contar contigo como {role} a partir del lunes 6.
""",
        "oth_rechazo_confirmado": """
Gracias por avisarme, {first}. Siento que no vayamos a trabajar juntos, pero entiendo tu decisión. Ya he retirado la oferta en nuestro sistema. Mucha suerte en el nuevo puesto.
Hemos recibido tu correo rechazando nuestra propuesta para el puesto de {role}. Ya hemos actualizado nuestros registros.
""",
        "oth_retiro": """
Tal como nos pediste, hemos retirado tu candidatura para el puesto de {role}.
""",
        "oth_alert": """
8 nuevas ofertas coinciden con tu búsqueda "analista de datos, Madrid": Analista de Datos Junior en {company}, Analista BI (híbrido) y más.
Nuevas vacantes para ti: {role} en {company}, Ciudad de México. Publicada hace 2 días.
""",
        "oth_newsletter": """
Este mes en {company}: abrimos oficina en Medellín, charlamos con el equipo del programa de becarios y te damos cinco consejos para tu primera semana.
""",
        "oth_cold": """
Vi tu perfil y creo que encajarías muy bien en una posición de {role} que estoy gestionando para un cliente del sector fintech. ¿Te interesaría una charla confidencial?
¿Estás abierto a nuevas oportunidades? Tengo un proyecto de seis meses que encaja con tu experiencia.
""",
        "oth_bienvenida": """
¡Bienvenido al equipo! Tu primer día es el lunes. Pregunta por Lucía en recepción a las 9 y te dará el portátil y la tarjeta de acceso.
""",
        "oth_encuesta": """
¿Qué tal tu experiencia en nuestro proceso de selección? Cuéntanoslo en una encuesta de dos minutos; no afecta a tu candidatura.
""",
    },
    "pt": {
        "rej_apos_entrevista": """
Obrigada mais uma vez por ter vindo conversar com o time na terça. Conversamos bastante e decidimos seguir com outra pessoa, que já tem experiência no varejo de moda. Sinto muito não trazer uma notícia melhor.
Depois das entrevistas finais, optamos por outro candidato para a vaga de {role}. Gostamos muito do seu perfil, mas buscávamos alguém com experiência em gestão de equipe.
Estou escrevendo para fechar o processo: a vaga acabou sendo preenchida por promoção interna. Não teve nada a ver com a sua entrevista, que foi muito boa.
Depois do teste técnico e da conversa com a liderança, o time decidiu não avançar com a sua candidatura. Se quiser, posso passar o feedback por telefone.
Informamos que, concluída a fase de entrevistas, a sua candidatura não foi selecionada para a função de {role}. Agradecemos o tempo e a disponibilidade demonstrados.
Depois do dia de experiência na loja, eu e a gerente conversamos e achamos que a vaga não combina com o que você procura. Obrigado pelo seu tempo e pela dedicação.
O júri concluiu a avaliação e lamentamos comunicar que não foi o candidato escolhido. A sua pontuação ficou muito próxima da do candidato selecionado.
Resumindo: não vamos seguir com você para a etapa final. Procuramos alguém com mais experiência em atendimento de pronto-socorro.
Após analisarmos o resultado da entrevista e das referências, decidimos não prosseguir com a sua contratação.
SUBJECT: Re: Entrevista {role} || Desculpe a demora. A decisão saiu ontem e, desta vez, não foi a seu favor. Gostaria muito de manter contato para próximas oportunidades.
Oi {first}, passando para dar o retorno: o gestor decidiu fechar com outra candidata. Foi uma decisão difícil, vocês dois estavam muito próximos.
Agradecemos a participação no painel de avaliação. O seu desempenho na dinâmica de grupo não atingiu a nota mínima, por isso não poderemos oferecer uma vaga no programa de trainee deste ano.
""",
        "rej_curta": """
Acabamos indo por outro perfil. Obrigada pelo interesse e boa sorte!
Analisamos o seu currículo e, por enquanto, ele não se encaixa no que buscamos.
A sua candidatura não foi selecionada para a próxima etapa.
Desculpe, a vaga de fim de semana já foi preenchida. Obrigado por ter passado aqui!
Para esta vaga precisamos de CNH categoria B e disponibilidade para viagens, então não vamos seguir com a sua candidatura.
Obrigado pela mensagem. Não vamos avançar com o seu perfil, mas desejamos sucesso.
A função exige residência em Lisboa e entrada imediata, pelo que não daremos seguimento à sua candidatura.
Não foi desta vez: o time escolheu outra pessoa.
Conversei com a área e decidimos não seguir. Sucesso na busca!
Não conseguimos patrocinar visto de trabalho para esta posição, então não é possível continuar com a sua candidatura.
""",
        "rej_consultoria": """
Acabei de falar com a {company} e eles decidiram não te chamar para a segunda conversa. Elogiaram sua postura, mas querem alguém com mais vivência em bens de consumo. Sigo procurando opções para você.
O nosso cliente analisou a shortlist e optou por outro candidato. Manteremos os seus dados na nossa base para futuros processos.
Notícia ruim, {first}: o cliente congelou a vaga e reabriu como PJ por projeto, com início imediato, e nesse formato não vão considerar você. Sinto muito.
A {company} nos avisou que fechou o processo com o outro finalista. Te repasso o feedback assim que receber.
Apresentei seu perfil na segunda, mas o cliente só vai considerar pessoas que morem no Porto. Então, para esta vaga, não vai ser possível.
De acordo com o retorno do nosso cliente, informamos que a sua candidatura para a posição de {role} não seguirá no processo.
""",
        "rej_outra_vaga": """
Não vamos seguir com a sua candidatura para {role}, mas o time de operações gostou do seu perfil para outra vaga que abre semana que vem. Se tiver interesse, te ligo para conversarmos.
A vaga do turno da manhã já foi preenchida, então essa candidatura está encerrada. Temos vagas no turno da noite: quer que eu te indique para alguma?
Você não seguiu neste processo, mas recomendamos que se inscreva no nosso programa de estágio, que abre em março. Enviaremos o link.
""",
        "rej_cancelada": """
A vaga de {role} foi cancelada devido a uma reestruturação interna e não haverá contratação. Pedimos desculpa pelo incómodo.
Este processo seletivo foi encerrado e a vaga já foi preenchida.
Por causa de um congelamento de contratações, encerramos a vaga e todas as candidaturas vinculadas a ela.
O procedimento concursal foi extinto por falta de cabimento orçamental, pelo que não haverá lugar a recrutamento.
""",
        "ack_recebida": """
Recebemos a sua candidatura para a vaga de {role}. O time de recrutamento vai analisá-la nos próximos dias.
Confirmamos a receção da sua candidatura. Caso o seu perfil avance, entraremos em contacto.
Obrigado por se candidatar! Sua inscrição para {role} foi registrada com o número 55102.
Recebido, {first}, obrigado! Vou passar hoje para a gerente da loja.
A sua candidatura foi submetida com sucesso no portal. Pode acompanhar o estado a qualquer momento.
Seu currículo já está no nosso banco de talentos. Avisaremos se surgir uma oportunidade compatível.
A sua candidatura ao procedimento concursal foi registada. A lista de candidatos admitidos e excluídos será publicada oportunamente.
""",
        "ack_estado": """
Sua candidatura continua em análise. A gestora esteve viajando, então estamos um pouco mais lentos, mas você segue no processo.
Por enquanto não vamos avançar com as entrevistas até o orçamento do próximo ano ser aprovado. Sua candidatura continua aberta e eu te escrevo em janeiro.
O processo está pausado por algumas semanas por causa da mudança de diretoria. Nenhuma decisão foi tomada sobre os candidatos.
Obrigada por perguntar. Ainda não temos decisão: o comitê se reúne na quinta e eu te escrevo logo depois.
O status da sua candidatura mudou para "Em análise pelo gestor".
Por causa do Carnaval, a triagem dos currículos vai atrasar uns dez dias.
Você ficou no banco de reserva deste processo. Se surgir uma vaga, entraremos em contato seguindo a ordem de classificação.
""",
        "ack_documentos": """
Antes de avançarmos, você poderia me passar o contato de duas referências profissionais, de preferência do seu último gestor?
Estamos fazendo a verificação de antecedentes. Por favor, preencha o formulário do nosso parceiro em até três dias úteis.
Para seguir, precisamos de cópia do diploma, RG, CPF e comprovante de residência. Pode enviar pelo portal.
Já falei com as suas duas referências. Uma já respondeu; assim que a outra retornar, te aviso.
Para a sua admissão, envie até sexta os dados bancários, a carteira de trabalho digital e o comprovante de escolaridade.
Para concluir o processo de contratação, precisamos do seu NIF, NISS e IBAN, bem como do certificado de registo criminal.
""",
        "inv_sem_palavra": """
Você teria meia hora esta semana para um papo? Queria te conhecer e contar mais sobre a vaga.
O time adoraria te conhecer. Consegue passar no escritório na quinta às 16h?
Pode vir no sábado às 11h fazer um dia de experiência no restaurante? Venha de calça preta e sapato fechado.
Você foi convocado para a dinâmica de grupo no dia 12 de março, no nosso escritório em São Paulo. Confirme presença respondendo este e-mail.
Segue o link do teste online. Você tem cinco dias para concluir.
O cliente quer conversar com você. Pode ser uma ligação de 20 minutos na quarta de manhã?
Gostaríamos de o convidar para uma conversa com a diretora de recursos humanos na próxima terça-feira, às 10h00, nas nossas instalações em Lisboa.
""",
        "inv_entrevista": """
Gostaríamos de convidá-lo para uma entrevista para a vaga de {role}. Por favor, escolha um horário no link abaixo.
Você passou para a entrevista final! Será um painel de uma hora com uma breve apresentação; o tema está em anexo.
Confirmamos a sua entrevista presencial na terça, dia 9, às 10h, na nossa unidade de Campinas. Leve um documento com foto.
SUBJECT: Re: {role} || Obrigado, {first}. O gestor gostou do seu perfil. Tem um horário para uma primeira entrevista por Teams na segunda ou na terça?
Foi selecionado para a entrevista de avaliação de competências. Indique-nos, por favor, a sua disponibilidade entre 10 e 14 de março.
""",
        "inv_reagendar": """
Desculpe, surgiu uma reunião com cliente para o gestor. Podemos passar sua entrevista para quinta, no mesmo horário?
A sua entrevista foi reagendada para 18 de outubro às 14h. O link da videochamada foi atualizado.
Sem problema pelo conflito de horário. Remarquei nossa conversa para sexta às 11h; ainda funciona para você?
""",
        "off_proposta": """
Adoraríamos ter você no time como {role}. Segue a proposta em anexo; leia com calma e me liga se tiver qualquer dúvida.
Temos o prazer de confirmar que foi selecionado para a função de {role}. Segue em anexo a proposta com as condições contratuais.
Boa notícia! O time quer você. Te ligo hoje à tarde para falar de salário e data de início, e depois mando o contrato.
Como conversamos por telefone, confirmo por escrito: você começa em 3 de março como {role}, com salário de R$ 7.800 mais benefícios.
O cliente disse sim! Querem te contratar nas condições que conversamos, com início no começo de maio.
Segue em anexo o contrato de trabalho a termo para a época de verão. Se estiver de acordo, assine e devolva-nos.
A vaga é sua, se quiser. São 1.100 euros líquidos por mês, de segunda a sexta, com início no dia 15.
Parabéns, você foi aprovado no Programa de Trainee {company}, com início em fevereiro! A carta-proposta está em anexo.
Consegui a aprovação para te fazer uma proposta formal: R$ 9.500 CLT, VR, plano de saúde e PLR. Te mando a carta para revisar.
Ficamos muito contentes em confirmar que queremos contar consigo como {role} a partir de segunda-feira, dia 6.
""",
        "oth_recusa_confirmada": """
Obrigada por avisar, {first}. Sinto muito que não vamos trabalhar juntos, mas entendo sua decisão. Já cancelei a proposta no sistema. Boa sorte no novo desafio!
Recebemos o seu e-mail a recusar a nossa proposta para {role}. Os nossos registos foram atualizados.
""",
        "oth_desistencia": """
Conforme solicitado, a sua candidatura para a vaga de {role} foi retirada.
""",
        "oth_alert": """
8 novas vagas combinam com a sua busca "analista de dados, São Paulo": Analista de Dados Jr na {company}, Analista de BI (híbrido) e outras.
Novas ofertas para si: {role} na {company}, Porto. Publicada há 2 dias.
""",
        "oth_newsletter": """
Este mês na {company}: nova sede em Recife, um bate-papo com a turma de estagiários e cinco dicas para a sua primeira semana.
""",
        "oth_cold": """
Vi seu perfil e acho que você se encaixaria muito bem numa posição de {role} que estou conduzindo para um cliente de fintech. Topa uma conversa confidencial?
Está aberto a novas oportunidades? Tenho um projeto de seis meses que combina com a sua experiência.
""",
        "oth_boas_vindas": """
Seja bem-vindo ao time! Seu primeiro dia é segunda. Procure a Juliana na recepção às 9h e ela te entrega o notebook e o crachá.
""",
        "oth_pesquisa": """
Como foi a sua experiência no nosso processo seletivo? Conte para a gente numa pesquisa de dois minutos; as respostas não afetam sua candidatura.
""",
    },
    "de": {
        "rej_nach_gespraech": """
Vielen Dank, dass Sie sich am Dienstag Zeit für das Gespräch genommen haben. Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, deren Erfahrung im Klinikbereich besser zur Stelle passt.
Ich melde mich kurz persönlich: Wir haben uns für jemanden entschieden, der schon in einer sehr ähnlichen Rolle gearbeitet hat. Es war knapp, und ich hätte dir gern etwas anderes geschrieben.
Unser Kunde hat sich nach dem zweiten Gespräch gegen eine Zusammenarbeit entschieden. Das Feedback war sehr wertschätzend, aber man sucht jemanden mit mehr Führungserfahrung.
Nach Auswertung des Assessment-Centers können wir Ihnen leider keinen Platz im Traineeprogramm anbieten.
Kurz und ehrlich: Wir gehen mit einer anderen Person weiter. Danke für deine Zeit!
""",
        "rej_besetzt_anderes": """
Die Stelle als {role} ist inzwischen besetzt. Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.
Die ausgeschriebene Stelle wird aufgrund einer internen Umstrukturierung nicht besetzt; das Verfahren ist damit beendet.
Für diese Position kommen Sie leider nicht weiter in Betracht. Wir würden uns aber freuen, wenn Sie sich auf unser Traineeprogramm bewerben, das im Frühjahr startet.
""",
        "ack_eingang_stand": """
Vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.
Das Auswahlverfahren verzögert sich, weil die Fachabteilung erst nach den Sommerferien Gespräche führen kann. Ihre Bewerbung bleibt selbstverständlich im Verfahren.
Bevor wir weitermachen: Könnten Sie mir zwei Referenzen nennen und Ihr letztes Arbeitszeugnis schicken?
Für die Einstellung benötigen wir noch ein erweitertes Führungszeugnis und Ihre Steuer-ID.
""",
        "inv_gespraech": """
Wir möchten Sie gern persönlich kennenlernen. Hätten Sie am Donnerstag um 14 Uhr Zeit für ein Gespräch in unserem Büro in Köln?
Hast du diese Woche eine halbe Stunde für einen kurzen Call? Ich würde dir gern mehr über das Team erzählen.
Leider muss ich unser Gespräch verschieben. Passt Ihnen stattdessen Montag um 10 Uhr oder Dienstag um 15 Uhr?
""",
        "off_zusage": """
Wir freuen uns sehr, Sie als {role} in unserem Team begrüßen zu dürfen. Den Arbeitsvertrag haben wir Ihnen beigefügt.
Wie telefonisch besprochen, bestätige ich Ihnen hiermit unsere Zusage: Start am 1. April, Jahresgehalt 58.000 Euro brutto. Der Vertrag folgt per Post.
""",
        "oth_absage_bestaetigt": """
Danke, dass Sie uns Bescheid gegeben haben. Schade, dass es nicht zusammenkommt; wir haben Ihre Absage unseres Angebots zur Kenntnis genommen und wünschen Ihnen für die neue Stelle alles Gute.
""",
        "oth_alert": """
5 neue Jobs passen zu Ihrem Suchauftrag "Data Analyst, Berlin": {role} bei {company}, Junior BI Analyst (hybrid) und weitere.
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und betreue aktuell eine Position als {role} bei einem Mittelständler in München. Hätten Sie Interesse an einem kurzen Austausch?
""",
    },
    "fr": {
        "rej_apres_entretien": """
Merci encore d'avoir pris le temps de rencontrer l'équipe mardi. Après en avoir discuté ensemble, nous avons choisi une autre personne dont le parcours correspond davantage à nos besoins immédiats.
Je te fais un retour rapide : l'équipe a décidé de poursuivre avec un autre profil. C'était serré, et je suis désolée de ne pas t'annoncer mieux.
Notre client a fait le choix d'un autre candidat à l'issue du second entretien. Son retour sur vous était très positif, mais il cherche davantage d'expérience managériale.
À l'issue des épreuves orales, vous n'avez été inscrit ni sur la liste principale ni sur la liste complémentaire.
Je préfère être franc : on part sur quelqu'un d'autre pour ce poste. Merci pour ton temps.
""",
        "rej_pourvu_autre": """
Le poste de {role} a été pourvu. Nous vous remercions de l'intérêt porté à notre établissement.
À la suite d'une réorganisation interne, le recrutement pour ce poste est annulé.
Votre candidature n'a pas été retenue pour ce poste, mais nous vous invitons à postuler à notre programme Graduate qui ouvre au printemps.
""",
        "ack_reception_suivi": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention par nos équipes.
Le processus prend un peu de retard : les entretiens ne reprendront qu'après les congés d'été. Votre candidature reste bien à l'étude.
Avant d'aller plus loin, pourriez-vous me communiquer les coordonnées de deux référents, idéalement votre dernier manager ?
Pour finaliser votre dossier d'embauche, merci de nous transmettre votre RIB, votre numéro de sécurité sociale et une copie de votre pièce d'identité.
""",
        "inv_rencontre": """
Nous souhaiterions vous rencontrer. Seriez-vous disponible jeudi à 14 h dans nos locaux de Lyon ?
Aurais-tu une demi-heure cette semaine pour un appel ? J'aimerais te présenter l'équipe et le poste.
Je dois malheureusement décaler notre échange. Lundi 10 h ou mardi 15 h vous conviendrait-il ?
""",
        "off_proposition": """
Nous sommes ravis de vous proposer de rejoindre notre équipe en tant que {role}. Vous trouverez ci-joint votre promesse d'embauche.
Comme convenu par téléphone, je vous confirme notre accord : prise de poste le 1er avril, rémunération annuelle brute de 42 000 euros. Le contrat suivra.
""",
        "oth_refus_confirme": """
Merci de nous avoir informés de votre décision. Nous prenons note de votre refus de notre proposition et vous souhaitons une belle réussite dans vos nouvelles fonctions.
""",
        "oth_alert": """
6 nouvelles offres correspondent à votre alerte « chargé de projet, Lyon » : {role} chez {company}, assistant de projet (hybride) et d'autres.
""",
        "oth_cold": """
J'ai repéré votre profil et j'accompagne actuellement une PME en forte croissance qui recrute un ou une {role}. Seriez-vous ouvert à un échange ?
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
            "Dear Alex Rivera,",
            "Good morning {first},",
            "Hi Alex,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thanks for your application and for the time you've given us so far.",
            "Thank you for applying to {company}.",
            "Thanks for getting in touch about the {role} position.",
        ],
        "wish": [
            "We wish you the very best with your search.",
            "All the best for whatever comes next.",
            "Good luck, and I'm sure you'll find the right thing soon.",
            "We hope you'll consider applying to us again in future.",
            "Take care, and best of luck.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. From our teams in London, Toronto and Sydney, we serve more than two million customers every year.",
            "{company} has been caring for communities for over forty years. Our staff are at the heart of everything we do, and we're proud to be an accredited Living Wage employer.",
            "Named one of the best places to work for three years running, {company} brings together curious, kind people to solve problems that matter.",
        ],
        "sign": [
            "Best,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender}",
            "Cheers,\n{sender}",
            "Warm regards,\n{sender}\nTalent Acquisition | {company}",
            "Regards,\n{sender}\nHuman Resources",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply directly.",
            "{company} is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.",
            "You are receiving this email because you applied for a position with {company}. To manage your communication preferences, visit your candidate profile.",
            "CONFIDENTIALITY: This email and any attachments are intended only for the named recipient. If you have received it in error, please notify the sender and delete it.",
            "Registered in England and Wales. We process your personal data in line with our candidate privacy notice.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role}: application update",
            "Re: {role} at {company}",
            "Update on your application",
            "Your {company} application",
            "Re: Following up",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "Let's find a time to talk",
            "{company}: {role}, next stage",
            "Re: {role}",
            "Interview – {role}",
            "Are you free this week?",
        ],
        "subject_off": [
            "Good news: {role}",
            "{role}: contract and next steps",
            "Re: {role}",
            "Your offer from {company}",
            "Joining {company}",
        ],
        "subject_oth": [
            "News from {company}",
            "Jobs you might like",
            "Re: your application",
            "A quick question",
            "Your candidate account",
            "Re: {role}",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Hola, {first}:",
            "Estimado Alex:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Gracias por postularte a la vacante de {role}.",
            "Agradecemos su interés en formar parte de {company}.",
            "Gracias por enviarnos tu candidatura y por el tiempo dedicado.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos éxito en sus próximos pasos profesionales.",
            "Ojalá podamos coincidir en otra ocasión.",
            "¡Mucho éxito!",
        ],
        "marketing": [
            "En {company} creemos que las personas son el motor de todo. Con presencia en España, México y Colombia, acompañamos cada año a miles de clientes.",
            "{company} lleva más de treinta años creciendo junto a sus equipos. Somos una empresa comprometida con la igualdad de oportunidades y la conciliación.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Abrazo,\n{sender}",
            "Atentamente,\n{sender}\nGestión del Talento",
            "Gracias,\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha enviado desde una dirección que no admite respuestas.",
            "De acuerdo con la normativa de protección de datos, puedes ejercer tus derechos de acceso, rectificación y supresión a través del portal de candidatos.",
            "{company} es una empresa que promueve la igualdad de oportunidades y la inclusión.",
            "Este correo y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Actualización de tu postulación",
            "Re: {role} en {company}",
            "Proceso de selección: {role}",
            "Tu postulación en {company}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "¿Hablamos esta semana?",
            "Re: {role}",
            "Entrevista: {role}",
            "Convocatoria: {role}",
        ],
        "subject_off": [
            "Buenas noticias: {role}",
            "Tu incorporación a {company}",
            "Re: {role}",
            "Propuesta: {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas que te pueden interesar",
            "Re: tu candidatura",
            "Una pregunta rápida",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi {first}, tudo bem?",
            "Caro Alex,",
            "Prezado Alex,",
            "Bom dia, {first},",
            "Olá, {first}!",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos a sua candidatura para a vaga de {role}.",
            "Obrigada por se candidatar e pelo tempo dedicado ao processo.",
            "Agradecemos o interesse em fazer parte da {company}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua busca.",
            "Votos de sucesso para os próximos passos da sua carreira.",
            "Esperamos cruzar caminhos numa próxima oportunidade.",
            "Boa sorte!",
        ],
        "marketing": [
            "Na {company}, acreditamos que gente boa faz a diferença. Estamos presentes em mais de 40 cidades no Brasil e em Portugal, com times diversos e apaixonados pelo que fazem.",
            "Há mais de vinte anos, a {company} cresce junto com as pessoas. Somos certificados como um ótimo lugar para trabalhar e valorizamos a diversidade.",
        ],
        "sign": [
            "Abraços,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Um abraço,\n{sender}",
            "Obrigada,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Os seus dados são tratados de acordo com a LGPD e a nossa política de privacidade para candidatos.",
            "Os dados pessoais são tratados nos termos do RGPD. Pode exercer os seus direitos através do endereço de privacidade indicado no portal.",
            "A {company} é uma empresa comprometida com a diversidade e a inclusão.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Atualização do processo seletivo",
            "Re: {role} na {company}",
            "A sua candidatura: {role}",
            "Retorno sobre a vaga",
        ],
        "subject_inv": [
            "Próxima etapa: {role}",
            "Vamos conversar?",
            "Re: {role}",
            "Entrevista: {role}",
            "Convite: {role}",
        ],
        "subject_off": [
            "Boa notícia: {role}",
            "Sua proposta na {company}",
            "Re: {role}",
            "Bem-vindo à {company}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Vagas para você",
            "Re: sua candidatura",
            "Uma pergunta rápida",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrter Herr Rivera,",
            "Hallo {first},",
            "Guten Tag Herr Rivera,",
            "Lieber {first},",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company}.",
            "danke für deine Bewerbung als {role}.",
            "vielen Dank für Ihre Bewerbung und die Zeit, die Sie investiert haben.",
        ],
        "wish": [
            "Für Ihre weitere Suche wünschen wir Ihnen viel Erfolg.",
            "Alles Gute für deinen weiteren Weg!",
            "Wir wünschen Ihnen beruflich wie privat alles Gute.",
        ],
        "marketing": [
            "{company} steht seit über 60 Jahren für Qualität aus dem Rheinland. Rund 1.200 Mitarbeitende an fünf Standorten gestalten mit uns die Zukunft.",
            "Bei {company} arbeiten Menschen, die gern Verantwortung übernehmen. Flexible Arbeitszeiten und echte Weiterentwicklung sind für uns selbstverständlich.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\n{company}",
            "Beste Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company}, Sitz der Gesellschaft: Köln, Registergericht Köln.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Re: {role}",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Kennenlernen: {role}",
            "Re: {role}",
            "Einladung: {role}",
            "Terminverschiebung",
        ],
        "subject_off": ["Ihre Zusage: {role}", "Willkommen bei {company}", "Re: {role}"],
        "subject_oth": ["Neuigkeiten von {company}", "Neue Jobs für Sie", "Re: Ihre Nachricht"],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Bonjour Monsieur Rivera,", "Cher Alex,", "Salut {first},"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature au poste de {role}.",
            "Merci pour votre candidature et pour le temps que vous nous avez consacré.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation à toi !",
            "Nous vous adressons tous nos vœux de réussite pour la suite.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne ses clients partout en France. Nos 800 collaborateurs partagent une même exigence : le travail bien fait.",
            "Chez {company}, nous croyons que la diversité des talents fait notre force. Rejoindre nos équipes, c'est choisir d'apprendre chaque jour.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\n{company}",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} s'engage en faveur de l'égalité des chances et de la diversité.",
        ],
        "subject_app": [
            "Votre candidature : {role}",
            "Suite de votre candidature",
            "Re: {role}",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Rencontre : {role}",
            "Re: {role}",
            "Prochaine étape : {role}",
            "Report de notre échange",
        ],
        "subject_off": ["Bonne nouvelle : {role}", "Bienvenue chez {company}", "Re: {role}"],
        "subject_oth": [
            "Les actualités de {company}",
            "Nouvelles offres pour vous",
            "Re: votre message",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check in on my application for the {role} role. I really enjoyed our conversation and I'm still very interested.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying for the {role} position at {company}. I'll be in touch once the team has had a look.\nBest,\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería saber cómo va mi candidatura para el puesto de {role}. Me gustó mucho nuestra conversación y sigo muy interesado.\nGracias,\nAlex\n\n{header2}\nHola Alex:\nGracias por tu candidatura para {role} en {company}. Te escribo en cuanto el equipo la haya revisado.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nQueria saber como está minha candidatura para a vaga de {role}. Gostei muito da nossa conversa e continuo bastante interessado.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pela candidatura para {role} na {company}. Te dou retorno assim que o time analisar.\nAbraços,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nach dem Stand meiner Bewerbung als {role} fragen. Das Gespräch hat mir sehr gefallen, und ich bin weiterhin sehr interessiert.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für deine Bewerbung als {role} bei {company}. Ich melde mich, sobald das Team sie angesehen hat.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. J'ai beaucoup apprécié notre échange et je reste très intéressé.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature au poste de {role} chez {company}. Je reviens vers vous dès que l'équipe l'aura étudiée.\nCordialement,\n{sender}\n",
}
