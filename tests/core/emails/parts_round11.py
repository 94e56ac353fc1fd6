# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 11 held-out mail passages, written blind by an independent evaluator.

Written from the evaluator's own knowledge of recruiting mail, without looking at any
other corpus. Senders range from a small bakery chain, a hospital HR office, a university
search committee, graduate and apprenticeship schemes, hourly retail hiring, a law firm,
agency recruiters writing about "my client", hiring managers writing personally after a
final round, ATS robots, public bodies, non-profits and startup founders. Registers run
from one-liners to long feedback letters; German has both Sie and du mails.

Families (same keys in en, de, fr, es, pt):
  rej_after_final   no after the last round, often with detailed feedback or a personal note
  rej_role_gone     role cancelled, frozen, filled internally, restructured, funding lost
  rej_requirement   formal requirement not met: permit, licence, language, deadline, knock-out
  rej_soft_pool     talent-pool / "great news" / praise-first mails that are really a no
  rej_terse_buried  decision in the subject only, buried after a long paragraph, in a thread, one line
  rej_programme     no place on a graduate scheme, apprenticeship, PhD, fellowship, faculty search
  ack_received      plain receipts and "still under review" updates
  ack_warning       receipts that carry rejection words (high volume, no individual replies, ...)
  inv_slot          invitations that often never say "interview": calls, coffee, trial shift, case study, visit
  inv_hardneg       invitations mentioning an earlier unsuccessful application, a mix-up, an "unfortunately"
  inv_reschedule    interviewer ill / room changed / slot moved: a new time is proposed
  off_written       written, verbal-confirmed, "welcome aboard", contract attached
  off_conditional   offers subject to references, checks, permits, or with a salary "unfortunately"
  oth_logistics     still interested?, re-upload, expenses, portal migration, onboarding paperwork
  oth_alert_news    job alerts, newsletters about handling rejection, password/account mails, events
  oth_closure       confirmation of own withdrawal, feedback after accepting elsewhere, reference requests, surveys, data deletion
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Kornblume Backhaus",
    "St. Aldric Hospital Trust",
    "Hollis & Marsh LLP",
    "Vantor Logistics",
    "Maison Ferrand",
    "Grupo Alameda",
    "Cooperativa Sol Nascente",
    "Northgate University",
    "Brightpath Foundation",
    "Quillstack",
    "Stadtwerke Lindenau",
    "Lumen Retail Group",
)

ROLES: tuple[str, ...] = (
    "Operations Coordinator",
    "Staff Nurse",
    "Junior Data Analyst",
    "Paralegal",
    "Store Associate",
    "Graduate Engineer",
    "Research Assistant",
    "Product Designer",
    "Shift Supervisor",
    "Project Officer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Marta Kowalczyk", "marta.kowalczyk@{domain}"),
    ("Recruitment Team", "recruitment@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirebase.example"),
    ("Jonas Albrecht", "j.albrecht@{domain}"),
    ("Sophie Marchand", "sophie.marchand@{domain}"),
    ("People & Culture", "people@{domain}"),
    ("Lucía Ferrer", "lucia.ferrer@{domain}"),
    ("Search Committee", "facsearch@{domain}"),
    ("Tom Okafor | Meridian Search", "tom.okafor@meridian-search.example"),
    ("Beatriz Nogueira", "beatriz.nogueira@{domain}"),
    ("Candidate Care", "no-reply@jobs.talentloop.example"),
    ("Dan Whitlock", "dan@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_final": """
Thank you for giving us so much of your time over the last three weeks: the phone screen, the take-home exercise and Tuesday's panel. I'll be straight with you because I think you'd prefer that: we've decided to go with another candidate for the {role} role. It was genuinely close. The panel loved your walkthrough of the stock-forecasting model, and your questions about the warehouse team were the best we heard all week. Where the other candidate edged ahead was hands-on experience with ERP migrations, which will be most of the first year. If it would help, I'm happy to do a 15-minute call and go through the scorecards in more detail.
After a lot of discussion following Thursday's final round, the committee has decided not to move forward with your candidacy. For what it's worth, the panel's feedback: strong on stakeholder management and clearly very organised; less convincing on budget ownership, where your examples were mostly about supporting someone else's budget rather than holding your own.
I wanted to write to you myself rather than have this come out of the system. We offered the job to someone else yesterday and they have accepted. You were one of two people we were seriously weighing up at the end, and I'd honestly like to stay in touch. If something opens on the operations side next year, I'll contact you directly.
We have now completed the final interviews for the post of {role}. Having compared all finalists carefully against the person specification, the panel concluded that another applicant more closely met the essential criteria, in particular criterion 4 (experience of safeguarding in a clinical setting). Your interview scored well on communication and values. Written feedback is attached and we hope you find it useful.
Short version: it's a no this time, and I'm sorry. Longer version: the trial day went well and the team liked you, but we need someone who can cover the 5am bake five days a week from the start, and from our chat that won't be possible for you until September. That really is the only reason.
Your case study presentation was one of the most thoughtful we saw, and the way you handled the curveball question about accessibility stuck with everyone. In the end, though, the hiring team felt your experience is a little more junior than the role needs right now: we're looking for someone who has already owned a design system end to end. So we won't be progressing your application, but I'd really encourage you to keep an eye on our mid-level openings.
The partners met on Monday to review the final round for this year's {role} intake. I'm sorry to tell you that we will not be extending an offer. Your written exercise was strong; the area we would suggest developing is commercial awareness, as in the client scenario you concentrated on the legal analysis and didn't really address the client's concerns about cost.
Hi again, following up on Friday's call as promised. I've spoken to my client and unfortunately they've decided to proceed with another shortlisted candidate who had more direct food manufacturing experience. They were very complimentary about you, especially your shift-planning examples, so please don't read too much into it. I'll keep you in mind for the other two roles we discussed.
Thank you for coming in for the second interview and the practical. Chef was impressed with your knife skills and your calm during service. However, we have decided to offer the position to a candidate with more pastry experience, which is where the gap in our kitchen is right now.
We know the waiting is the worst part, so we didn't want to leave you hanging over the weekend. After the onsite, the team decided not to move forward. Here is the feedback the interviewers agreed to share: technical depth solid; system design reached a working solution but needed quite a lot of prompting on the caching layer; collaboration excellent. We'd genuinely encourage you to reapply in twelve months.
SUBJECT: Following up from Wednesday || I've just got off the phone with the board chair. We've decided to appoint the other finalist as Director of Programmes. I know this will be disappointing after three rounds and a presentation to trustees, and I want you to know how much we valued the care you put into it. If you'd like feedback from the panel, Ruth can set up a call next week.
""",
        "rej_role_gone": """
I'm writing with an update that I'm afraid isn't the one we hoped to give. Following a review of next year's budget, the {role} position has been withdrawn and we won't be filling it. This is not a reflection on you or your application, and I'm sorry that it comes after you've already met the team.
Thank you for your patience over the past few weeks. We have now decided to fill the vacancy internally, so we will not be taking external applications any further. We appreciate the time you put into applying.
SUBJECT: Update on the {role} vacancy || Because of the company-wide hiring freeze announced this morning, all open requisitions, including this one, have been put on hold indefinitely. As a result we are closing your application. If hiring resumes, the role will be re-advertised and you are very welcome to apply again.
Bit of an awkward one, and I'd rather tell you now than string you along. We didn't close the funding round we were counting on, so I've had to stop all hiring until at least the spring, including this role. I know you turned down another process to keep talking to us, and I'm really sorry about that.
Following an internal restructure, the responsibilities of the role have been merged into an existing team and the post no longer exists. We are therefore unable to take your application further.
Please be advised that recruitment campaign HR/2291 ({role}) has been cancelled. Applicants will not be contacted further regarding this campaign. Any future vacancy will be published on the careers portal.
The opening of our new Riverside store has been pushed back to next year, so we're no longer hiring for the launch team and won't be going ahead with the applications we received. Thanks for your interest and sorry for the change of plan.
Quick update: my client has paused this search. The hiring manager has left the business and they are rethinking the structure of the whole team, so I'm afraid this one is off for the foreseeable future. I'll let you know if it comes back in a different shape.
The department has been informed that funding for this post will not be renewed, and the search has therefore been discontinued. The committee is grateful for your interest and regrets any inconvenience.
""",
        "rej_requirement": """
The position requires the right to work in the UK without sponsorship, and we are not currently a licensed sponsor. As your application indicates that you would need sponsorship, we are unable to progress it.
Applicants must hold current professional registration at the time of appointment. As you are still awaiting your registration number, we cannot proceed with your application for this post. You are welcome to reapply once registration is confirmed.
Your application was received on 14 March, after the closing date of 12 March at 23:59. In fairness to all applicants, late applications cannot be considered.
This is a route-based role and requires a full driving licence held for at least two years. As this requirement is not met, we are unable to consider your application further.
Thanks for your application. Fluent French (C1 or above) is essential for this client-facing role, as most of the accounts are in Quebec. Your language assessment came back at B1, so unfortunately we can't move forward at this time.
All applicants were asked to complete the online assessment by Friday 5pm. As we have not received your completed assessment, your application has been withdrawn from the process.
Based on your answers to the screening questions, your application does not meet the minimum requirements for this position and will not be considered further. This is an automated message.
We need everyone on the team to be available for at least two weekend shifts a month, and your availability form says weekdays only. I'm afraid that rules it out for this store, but if your availability changes, do apply again.
As set out in the job description, candidates must hold a degree in accountancy or a related discipline, or be part-qualified with a recognised body. We were unable to establish from your documents that you meet this requirement, so your application has not been shortlisted.
""",
        "rej_soft_pool": """
Great news: we've added your profile to our Talent Community! While we won't be taking your application for {role} forward, being in the community means you'll be the first to hear about new openings that match your skills.
Thank you so much for your application. We loved reading it, and it's clear you have a real passion for what we do. We had more than 400 applications for two places this year, and on this occasion you have not been shortlisted.
Congratulations on making it to the final stage of our process: only six of nearly 900 applicants did. Sadly, after a lot of deliberation, we've decided to offer the role to someone else.
We think you'd be a great fit for {company}, just not for this particular role right now. We'll hold on to your details for 12 months and may reach out if something more suitable comes up.
You impressed us, and that's why, although we're not able to offer you this position, we'd like to keep your CV on file. Please note that being kept on file does not mean we will contact you, and you are welcome to apply for other roles in the meantime.
Good news first: your profile has been saved and will be visible to our recruiters for future vacancies. The less good news is that for this vacancy we've gone with candidates whose experience more closely matches what the team needs.
SUBJECT: Status change: Not selected, retained in talent pool || Your application for {role} has been reviewed. Your profile has been retained in our talent pool.
What a strong field this was. We have been genuinely humbled by the quality of applicants, and it has made our decisions incredibly difficult. On this occasion, we will not be inviting you to the next stage.
It was a real pleasure to get to know you through this process, and we'd love to stay in touch: please do follow us and sign up for job alerts. For this role, we've decided to move ahead with other applicants.
""",
        "rej_terse_buried": """
SUBJECT: Application unsuccessful: {role} || Please log in to your candidate account to view the latest status of your application.
SUBJECT: Re: Checking in || Thanks for chasing, and sorry for the slow reply, it's been a mad fortnight with the audit. We went with someone else in the end, I'm afraid. Sorry not to have better news.
Not moving forward with this one, sorry. Thanks for applying.
{company} has grown from a single depot to fourteen sites across the region in the last five years, and our people are the reason. We invest in training, we promote from within, and we were delighted to see so many applications for the {role} position. Every application was read by a member of the operations team against the criteria in the advert. Having done so, we have decided not to proceed with your application at this time.
Your application status for requisition 48213 ({role}) has changed to: Closed, Not Selected. This is an automated message; replies to this address are not monitored.
SUBJECT: Re: Portfolio link || Thanks for your note and the portfolio link. To answer your question about the timeline: we actually wrapped up the search last week and have offered the role to another applicant, so I'm afraid there's nothing further on this one.
SUBJECT: {role}: decision || We regret to inform you that your application has been unsuccessful.
Thank you for attending the assessment centre on 9 May. As explained on the day, the centre is one part of our process, and scores from the group exercise, the in-tray and the interview are weighed together. Travel expenses claims submitted by 31 May will be reimbursed within 30 days regardless of outcome, and your data will be retained for six months in line with our privacy notice. On this occasion you have not been successful.
This position has now been filled. Thank you.
SUBJECT: Your application: outcome || Following review we will not be progressing your application.
""",
        "rej_programme": """
We have now completed our assessment of applications for the 2025 Graduate Programme. I'm sorry to let you know that we will not be able to offer you a place on the programme this year.
The search committee has completed its review of more than 180 applications for the tenure-track position. Your application was not among those selected for campus visits. We appreciate your interest in the department and wish you success in your search.
Thank you for applying for the funded PhD studentship in computational ecology. The panel received a very strong field and has decided not to offer you a studentship on this occasion.
Thank you for coming to our apprenticeship open day and completing the aptitude test. We are sorry to tell you that we are unable to offer you a place on the apprenticeship scheme starting in September.
Our summer internship places have now all been allocated, and we are sorry that you were not selected this year.
We regret to inform you that your application to the postdoctoral fellowship scheme was not recommended for funding in this round. Reviewer comments will be available in the portal within four weeks.
Following the vacation scheme assessment day, the graduate recruitment committee has decided not to offer you a training contract with the firm. We recognise the effort this process demands and are grateful for your interest.
The national allocation process has now been completed, and you have not been allocated a place in this round. You have been placed on the reserve list; reserve places are only offered if an allocated candidate withdraws before 1 July.
Thank you for your application to the 2025 Fellows cohort. Selection was extremely competitive this year, and we're sorry to tell you that you have not been offered a place.
""",
        "ack_received": """
Thanks for applying for the {role} role. We've received your application and the hiring team will review it over the next two weeks. You can check the status at any time in your candidate account.
Your application (reference ST-A-44817) has been received by the Recruitment Office. Shortlisting for this post will take place after the closing date and we aim to contact shortlisted candidates within three weeks.
Got your CV, thanks! Marta is back from holiday on Monday and will have a look then. We'll be in touch either way by the end of next week.
SUBJECT: Application complete || Your application file for the position is now complete: we have received your cover letter, CV, research statement and three letters of reference. The committee will begin reviewing files on 15 November.
Thanks for reaching out. I read your note this morning and will properly go through the portfolio this weekend, then get back to you early next week.
SUBJECT: We're still reviewing your application || A quick update: the review for {role} is taking longer than planned because of the number of applications. Your application is still under consideration and we expect to contact candidates about next steps by 30 June.
This is to confirm that we have received your application. Please quote your candidate number 2025-0311 in any correspondence.
""",
        "ack_warning": """
We have received your application. Due to the very high volume of applications, we are unfortunately unable to reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.
Thank you for applying. Please note that we receive many applications for each vacancy and only shortlisted candidates will be contacted. We are unable to provide feedback at the application stage.
Your application has been received. Unfortunately, we're running behind this month because of the holidays, so it may take us up to three weeks to get back to you. Thanks for bearing with us.
SUBJECT: Application received, please read || Thank you for your application. Competition for places is strong, and in previous years the large majority of applicants have not progressed beyond this stage. Please don't be discouraged: every application is read in full, and we will update you by email once screening is complete.
We've got your application for {role}. Sorry we can't reply personally to everyone, we're a small team, but a real person reads every CV, and if it's a match you'll hear from us within ten days.
Thank you for your application. Please note that we no longer send rejection letters by post; the outcome will be shown in your applicant account once the selection process is completed.
This is an automated confirmation that your application has been submitted. Do not reply to this email. Regrettably we cannot respond to enquiries about the progress of individual applications.
""",
        "inv_slot": """
We'd love to have a proper chat about the {role} role. Could you pick a 30-minute slot that suits you using the link below? Most of the team are in the Manchester office Tuesday to Thursday, so those days are easiest.
Are you free for a quick call this week? Nothing formal, I just want to tell you a bit more about the team and hear what you're looking for. Thursday after 2pm or Friday morning works for me.
Would you like to come in for a trial shift? We do a paid three-hour trial so you can see how the morning rush works and we can see how you get on. Saturday 7am at the Lindenstraße shop, wear closed shoes and we'll give you an apron.
As the next step, we'd like you to work through a short case study (attached). Please spend no more than two or three hours on it and then present it to Priya and Jamal next week for about 30 minutes. Let me know which of Wednesday 10am or Thursday 3pm works.
We'd like to invite you to visit the ward and meet the sister and the team. Visits usually last an hour and include a walk round and a conversation with the ward manager. Could you let me know your availability over the next fortnight?
SUBJECT: Coffee? || I run {company}, and I read your note. I'd love to grab a coffee this week if you're around, there's a place by our office on Carver Street. Does Wednesday morning work?
Congratulations, you've been shortlisted for the next stage! The panel would like to meet you on 18 June at our Leeds office. The session will last around 45 minutes and includes a short presentation on the topic below. Please confirm your attendance by replying to this email.
""",
        "inv_hardneg": """
You applied for our graduate intake last year and, unfortunately, we weren't able to offer you a place then. We were impressed enough to keep your details, and now that a {role} role has opened in the same team, we'd like to invite you to a conversation about it. Would next Tuesday or Wednesday suit?
Please accept our apologies for the email you received yesterday saying that your application would not be taken forward. It was sent to the wrong list by mistake. You have in fact been shortlisted, and we'd like to invite you to meet the panel. Please pick a time using the link below, and again, sorry for the confusion.
Although we were unable to offer you the role you originally applied for, the team felt your profile would suit a new position that has just been approved. Would you be open to a 45-minute video call with the hiring manager next week to talk it through?
We're sorry, we're unfortunately unable to reimburse travel for first-round meetings, but we'd really like to meet you and can do the first conversation by video if that's easier. Let us know which you'd prefer and a few times that work.
""",
        "inv_reschedule": """
SUBJECT: Change to your interview time || Unfortunately Dr Hale is unwell and won't be able to join the panel tomorrow. Rather than go ahead without her, could we move your interview to Thursday at 11:00? Same room, same format. Sorry for the short notice.
I'm so sorry, something has come up with the client and I have to cancel our call on Wednesday. Could you do Monday at 4pm instead? Or send me a couple of times that suit you.
Quick change of plan for your second round on the 12th: we've had to move it from the Clerkenwell office to our Holborn site, and it will now start at 2:30 rather than 2pm. Are you still able to make it?
""",
        "off_written": """
I'm delighted to confirm our offer for the position of {role}. Your contract and offer letter are attached; please read them carefully, sign, and return them by Friday 20 June. The start date, salary and benefits we discussed on the phone are all set out in the letter.
Welcome aboard! It's official: we'd love you to join {company}. You'll receive your contract through our e-signature platform in the next hour, and Sam from People will be in touch about your first day.
Following our call this afternoon, I'm pleased to confirm in writing that we are offering you the role, starting on 1 September at the salary we discussed. Let me know if you have any questions before you sign.
You got the job! Can you start Monday at 8? Bring your bank details and some ID and we'll sort out your paperwork on the first morning.
SUBJECT: Offer of appointment || Further to your interview, I am pleased to offer you appointment to the post of {role} on a fixed-term contract of 24 months, Grade 6, spine point 28. Please indicate your acceptance by completing the enclosed form.
""",
        "off_conditional": """
We are pleased to make you a conditional offer of employment for the post of {role}. This offer is subject to two satisfactory references, an enhanced background check and occupational health clearance. Our onboarding team will contact you to start these checks.
Unfortunately we couldn't quite stretch to the salary you asked for, but we'd still love you to join us, and I hope the offer below works for you: a base of 52,000 plus equity, with a review after six months. The full offer letter is attached.
The panel was unanimous, and I am happy to offer you the position. The offer is conditional on you obtaining a valid work permit; our immigration adviser will contact you this week to start the application, and the company will cover the fees.
We are pleased to offer you a place on the 2025 trainee programme, conditional on you achieving a 2:1 in your final degree. Please accept or decline the offer within 14 days using the link in your applicant portal.
""",
        "oth_logistics": """
SUBJECT: Are you still interested? || We're reviewing the applications we received in the spring for {role}, and before we go further we want to check that you'd still like to be considered. Could you reply yes or no by Friday? If we don't hear from you we'll assume you're no longer interested.
Unfortunately the CV you uploaded could not be opened; the file seems to be damaged. Could you upload it again in PDF format through the link below? Your application is otherwise complete.
Thank you for attending the assessment day. Please find attached the expenses form; submit it with your receipts within 30 days and we'll reimburse your travel.
We are moving to a new recruitment system on 1 July. Unfortunately your existing account cannot be migrated, so if you'd like to keep your saved applications, please download them before that date.
Ahead of your start date, please complete the new starter forms in the onboarding portal, including your emergency contact and bank details. Your laptop will be sent to your home address the week before you join.
Could you let us know your notice period and earliest possible start date? We're putting together the timeline for the team and it would help to have this before the final round.
SUBJECT: Missing document || We're processing the paperwork for your file and noticed that the copy of your right-to-work document is missing. Could you send a scan to this address by Wednesday?
""",
        "oth_alert_news": """
SUBJECT: 5 new jobs match your search || New jobs for "operations coordinator" near you: Logistics Coordinator at Harbour Freight, Operations Assistant at Greyline Foods, and 3 more. You're receiving this because you created a job alert. Manage alerts or unsubscribe below.
SUBJECT: Rejected again? How to bounce back || This month in the Career Notes newsletter: why rejection says less about you than you think, three things to ask for when a recruiter says no, and how to keep going after the tenth "unfortunately". Plus: salary negotiation scripts that actually work.
SUBJECT: Reset your password || We received a request to reset the password for your candidate account. If this was you, click the link below; the link expires in 60 minutes. If you didn't ask for this, you can ignore this email.
SUBJECT: Your account will be deleted soon || We haven't seen you in a while. Unfortunately, under our data retention policy, inactive candidate accounts are deleted after 24 months. Log in before 30 June to keep your profile and saved searches.
You're invited to our Careers Evening on 14 November! Meet our graduates, hear about life at {company}, and get your CV checked by our recruiters. Registration is free but places are limited.
Your profile was viewed by 3 recruiters this week. Upgrade to Premium to see who's looking and get your application to the top of the list.
SUBJECT: Unfortunately, not every application succeeds || Our guide for job seekers: most people receive many "unfortunately" emails before a yes. In this week's webinar, our careers team shares how to ask for feedback and what to do with it. Sign up using the link below.
""",
        "oth_closure": """
Thanks for letting us know that you've decided to withdraw your application for {role}. We've updated your record and won't contact you about this vacancy again. Best of luck with the new job.
Congratulations on the new role, and thanks for being so upfront with us. As promised, here is the feedback from your final round, in case it's useful in the future: the panel scored you highly on problem-solving and felt your presentation could have been more concise.
Jordan Fell has applied for a position with us and has given your name as a referee. We would be grateful if you could complete the short reference form at the link below by 3 June. All references are treated in confidence.
SUBJECT: How was your experience? || Whatever the outcome of your application, we'd like to hear how the process felt from your side. The survey takes four minutes and is anonymous.
In accordance with our privacy notice, the personal data you submitted with your application will be permanently deleted on 1 August. If you would like us to keep your data for future vacancies, please give your consent via the link below.
I'm recruiting for a couple of roles similar to the one you were up for. If you know anyone who might be interested, I'd be grateful if you passed my details on; we pay a referral fee if someone you introduce is placed.
""",
    },
    "de": {
        "rej_after_final": """
vielen Dank, dass Sie sich für die drei Gesprächsrunden und die Fallstudie so viel Zeit genommen haben. Wir haben uns die Entscheidung wirklich nicht leicht gemacht, uns am Ende aber für eine andere Kandidatin entschieden. Ausschlaggebend war ihre mehrjährige Erfahrung mit SAP-Einführungen, die in den ersten Monaten im Mittelpunkt stehen wird. Ihre Präsentation hat das Gremium sehr überzeugt, besonders die klare Priorisierung. Wenn Sie möchten, gebe ich Ihnen gern in einem kurzen Telefonat ausführlicheres Feedback.
ich wollte dir das lieber selbst schreiben als eine Mail aus dem System zu schicken: Wir haben uns nach dem Probearbeiten für jemand anderen entschieden. Es war knapp, wirklich. Das Team fand dich super, aber wir brauchen jemanden, der ab sofort auch die Frühschicht um 4 Uhr übernehmen kann, und das passt bei dir ja erst ab Herbst.
nach dem finalen Gespräch mit der Geschäftsführung am Donnerstag haben wir intensiv beraten. Leider können wir Ihnen die Position als {role} nicht anbieten. Ihr fachliches Profil ist stark; im Gespräch fehlte uns allerdings etwas die Erfahrung in der disziplinarischen Führung eines Teams dieser Größe.
Nach Abschluss aller Vorstellungsgespräche hat die Auswahlkommission unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten entschieden, die Stelle einer anderen Bewerberin zu übertragen, die die Anforderungen des Stellenprofils in der Gesamtschau besser erfüllt. Wir bedauern, Ihnen keine positive Nachricht geben zu können.
kurzes Update von meiner Seite nach unserem Telefonat am Freitag: Mein Kunde hat sich für einen anderen Kandidaten aus der Shortlist entschieden, der schon in der Lebensmittelindustrie gearbeitet hat. Das Feedback zu dir war wirklich positiv, vor allem zur Schichtplanung. Ich melde mich, sobald ich etwas Passendes habe.
danke für das Gespräch und den Designtask. Ehrlich gesagt war deine Lösung eine der besten, die wir gesehen haben. Trotzdem haben wir uns für eine Person mit mehr Erfahrung im Aufbau von Designsystemen entschieden, weil das in diesem Jahr unser Schwerpunkt ist. Das ist ein Nein für diese Rolle, aber bitte bewirb dich gern wieder, wenn eine Mid-Level-Stelle ausgeschrieben ist.
Die Partnerrunde hat sich am Montag mit den Kandidatinnen und Kandidaten der letzten Runde befasst. Wir werden Ihnen leider kein Angebot unterbreiten. Ihre schriftliche Arbeit war überzeugend; Entwicklungspotenzial sehen wir beim wirtschaftlichen Blick auf Mandantenfragen, die Kostenseite kam im Fallbeispiel zu kurz.
SUBJECT: Unser Gespräch am Mittwoch || Ich habe gerade mit dem Vorstand gesprochen: Wir werden die Leitung Programme mit der anderen Finalistin besetzen. Mir ist bewusst, wie enttäuschend das nach drei Runden und der Präsentation vor dem Stiftungsrat ist. Wenn Sie eine Rückmeldung des Gremiums wünschen, vereinbart Frau Brandt gern einen Termin mit Ihnen.
wir wissen, dass Warten das Schlimmste ist, deshalb gleich vorweg: Nach dem Onsite-Tag hat sich das Team gegen eine Einstellung entschieden. Das Feedback der Interviewer: Technik solide, System Design brauchte beim Caching viele Hinweise, Zusammenarbeit hervorragend. Wir würden uns freuen, wenn du dich in einem Jahr noch einmal bewirbst.
vielen Dank für den Probetag in unserer Küche. Der Küchenchef war von Ihrer Arbeitsweise angetan, wir haben uns aber für eine Bewerberin mit mehr Patisserie-Erfahrung entschieden, weil genau dort gerade unsere Lücke ist.
""",
        "rej_role_gone": """
leider muss ich Ihnen mitteilen, dass die Stelle als {role} im Zuge der Budgetplanung für das kommende Jahr gestrichen wurde und nicht mehr besetzt wird. Das hat nichts mit Ihrer Bewerbung zu tun, und es tut mir leid, dass Sie davon erst nach dem Kennenlernen mit dem Team erfahren.
wir haben uns entschieden, die Position intern zu besetzen. Externe Bewerbungen werden daher nicht weiter berücksichtigt.
SUBJECT: Information zur ausgeschriebenen Stelle {role} || Aufgrund eines konzernweiten Einstellungsstopps werden alle offenen Ausschreibungen bis auf Weiteres ausgesetzt, auch diese. Ihre Bewerbung schließen wir daher ab. Sollte die Stelle erneut ausgeschrieben werden, freuen wir uns über eine neue Bewerbung.
ich sag's dir lieber direkt, bevor ich dich hinhalte: Unsere Finanzierungsrunde hat sich zerschlagen, und ich musste alle Einstellungen bis mindestens Frühjahr stoppen, auch deine. Ich weiß, dass du für uns ein anderes Verfahren abgesagt hast, und das tut mir wirklich leid.
Im Rahmen einer Umstrukturierung wurden die Aufgaben der ausgeschriebenen Stelle auf ein bestehendes Team verteilt; die Stelle entfällt. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.
Das Stellenbesetzungsverfahren zur Kennziffer 2025/114 wurde aufgehoben. Eine weitere Benachrichtigung der Bewerberinnen und Bewerber erfolgt nicht. Ihre Unterlagen werden nach Ablauf der gesetzlichen Frist vernichtet.
Die Eröffnung unserer neuen Filiale am Marktplatz verschiebt sich auf nächstes Jahr, deshalb stellen wir für das Eröffnungsteam vorerst niemanden ein. Danke für dein Interesse und sorry, dass es so kurzfristig kommt.
mein Mandant hat die Suche vorerst gestoppt: Der zuständige Bereichsleiter hat das Unternehmen verlassen, und die Teamstruktur wird komplett neu gedacht. Das Projekt ist damit leider erst einmal vom Tisch. Ich melde mich, falls es in anderer Form wiederkommt.
Die Drittmittel für das Projekt wurden nicht verlängert, weshalb die ausgeschriebene Stelle als wissenschaftliche Mitarbeiterin bzw. wissenschaftlicher Mitarbeiter nicht besetzt werden kann. Wir bedauern dies sehr.
""",
        "rej_requirement": """
Für diese Stelle ist eine gültige Arbeitserlaubnis für Deutschland Voraussetzung; eine Unterstützung beim Visumverfahren können wir leider nicht anbieten. Deshalb können wir Ihre Bewerbung nicht weiter berücksichtigen.
Voraussetzung für die Tätigkeit ist die staatliche Anerkennung bzw. die Erlaubnis zum Führen der Berufsbezeichnung. Da Ihr Anerkennungsverfahren noch nicht abgeschlossen ist, können wir Sie im aktuellen Verfahren nicht berücksichtigen. Gern können Sie sich nach Erhalt der Anerkennung erneut bewerben.
Ihre Bewerbung ist am 14.03. bei uns eingegangen, die Bewerbungsfrist endete jedoch am 12.03. Aus Gründen der Gleichbehandlung können verspätet eingegangene Bewerbungen nicht berücksichtigt werden.
Für die Tätigkeit im Außendienst ist ein Führerschein der Klasse B zwingend erforderlich. Da diese Voraussetzung nicht erfüllt ist, ist eine Berücksichtigung Ihrer Bewerbung leider nicht möglich.
danke für deine Bewerbung! Für die Stelle brauchen wir Deutsch mindestens auf C1, weil du täglich mit Kundinnen telefonierst. Dein Sprachtest lag bei B1, deshalb passt es leider gerade nicht. Wenn du weiter lernst, bewirb dich gern nochmal.
Alle Bewerberinnen und Bewerber wurden gebeten, den Online-Test bis Freitag, 17 Uhr, abzuschließen. Da uns Ihr Testergebnis nicht vorliegt, wurde Ihre Bewerbung aus dem Verfahren genommen.
Aufgrund Ihrer Antworten auf die Vorauswahlfragen erfüllt Ihre Bewerbung die Mindestanforderungen für diese Position nicht und wird nicht weiter berücksichtigt. Dies ist eine automatisch erstellte Nachricht.
Wir brauchen im Laden jeden mindestens zwei Samstage im Monat, und du hast im Bogen nur Montag bis Freitag angegeben. Damit klappt es für diese Filiale leider nicht. Falls sich bei dir etwas ändert, melde dich gern wieder.
Gemäß Ausschreibung setzen wir ein abgeschlossenes Hochschulstudium (Master oder Diplom) voraus. Aus Ihren Unterlagen geht ein solcher Abschluss nicht hervor, sodass wir Sie nicht in die engere Auswahl einbeziehen konnten.
""",
        "rej_soft_pool": """
Gute Nachrichten: Wir haben Ihr Profil in unseren Talentpool aufgenommen! Für die Position {role} werden wir Ihre Bewerbung zwar nicht weiterverfolgen, aber so erfahren Sie als Erste:r von neuen passenden Stellen.
wir haben deine Bewerbung wirklich gern gelesen, man merkt sofort, wie sehr du für das Thema brennst. Auf die zwei Plätze haben sich dieses Jahr über 400 Leute beworben, und diesmal bist du leider nicht in der engeren Auswahl.
Herzlichen Glückwunsch, Sie haben es bis in die letzte Runde geschafft: Das ist nur sechs von fast 900 Bewerbenden gelungen. Nach langer Abwägung haben wir uns dennoch für eine andere Person entschieden.
Wir finden, dass Sie gut zu {company} passen würden, nur eben nicht zu dieser Stelle zum jetzigen Zeitpunkt. Mit Ihrem Einverständnis speichern wir Ihre Unterlagen zwölf Monate und kommen ggf. auf Sie zu.
Ihr Profil hat uns beeindruckt, und auch wenn wir Ihnen diese Position nicht anbieten können, würden wir Ihre Unterlagen gern in Evidenz halten. Bitte beachten Sie, dass damit keine Zusage einer späteren Kontaktaufnahme verbunden ist.
Zuerst das Positive: Dein Profil bleibt für unsere Recruiter:innen sichtbar. Das weniger Positive: Für diese Stelle haben wir uns für Bewerbungen entschieden, deren Erfahrung noch besser zum Team passt.
SUBJECT: Statusänderung: nicht ausgewählt, im Talentpool gespeichert || Ihre Bewerbung für {role} wurde geprüft. Ihr Profil wurde in unserem Talentpool gespeichert.
Die Qualität der Bewerbungen war in diesem Jahr außergewöhnlich hoch, und das hat uns die Auswahl unglaublich schwer gemacht. Wir werden Sie diesmal nicht zur nächsten Runde einladen.
Es war schön, dich im Laufe des Verfahrens kennenzulernen, und wir würden gern in Kontakt bleiben: Folge uns gern auf LinkedIn und abonniere unseren Job-Alert. Für diese Stelle haben wir uns für andere Bewerber:innen entschieden.
""",
        "rej_terse_buried": """
SUBJECT: Absage: {role} || Den aktuellen Stand Ihrer Bewerbung finden Sie in Ihrem Bewerberkonto.
SUBJECT: Re: Kurze Nachfrage || Danke fürs Nachhaken und sorry für die späte Antwort, hier war wegen der Inventur die Hölle los. Wir haben uns am Ende für jemand anderen entschieden. Tut mir leid, dass ich nichts Besseres zu berichten habe.
Wird diesmal leider nichts. Danke für die Bewerbung!
{company} ist in den letzten fünf Jahren von einem einzigen Standort auf vierzehn Niederlassungen gewachsen, und das verdanken wir unseren Mitarbeitenden. Wir investieren in Weiterbildung, besetzen Führungsrollen bevorzugt aus den eigenen Reihen und haben uns sehr über die vielen Bewerbungen für die Stelle als {role} gefreut. Jede Bewerbung wurde vom Fachbereich anhand der Kriterien der Ausschreibung geprüft. Im Ergebnis haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
Der Status Ihrer Bewerbung auf Ausschreibung 48213 ({role}) hat sich geändert: Abgeschlossen, nicht berücksichtigt. Diese Nachricht wurde automatisch erzeugt; Antworten an diese Adresse werden nicht gelesen.
SUBJECT: Re: Link zum Portfolio || Danke für deine Nachricht und den Link. Zu deiner Frage nach dem Zeitplan: Wir haben die Suche letzte Woche abgeschlossen und die Stelle bereits vergeben, hier geht es also leider nicht weiter.
SUBJECT: {role}: Ergebnis || Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.
vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 9. Mai. Wie vor Ort erläutert, fließen die Ergebnisse aus Gruppenübung, Postkorb und Interview gemeinsam in die Bewertung ein. Reisekostenanträge, die bis zum 31. Mai eingehen, werden unabhängig vom Ergebnis innerhalb von 30 Tagen erstattet; Ihre Daten speichern wir gemäß Datenschutzhinweis sechs Monate. Leider waren Sie in diesem Verfahren nicht erfolgreich.
Die Stelle ist inzwischen besetzt. Danke.
SUBJECT: Ihre Bewerbung: Rückmeldung || Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider eine Absage erteilen.
""",
        "rej_programme": """
wir haben die Auswahl für unser Traineeprogramm 2025 abgeschlossen. Leider können wir Ihnen keinen Platz im Programm anbieten.
Die Berufungskommission hat die über 180 Bewerbungen auf die W2-Professur gesichtet. Ihre Bewerbung wurde nicht für die Einladung zu den Probevorträgen ausgewählt. Wir danken Ihnen für Ihr Interesse an unserer Fakultät.
Vielen Dank für Ihre Bewerbung auf die Promotionsstelle im Graduiertenkolleg. Das Auswahlgremium hat sich nach sorgfältiger Prüfung gegen eine Aufnahme entschieden.
danke, dass du beim Azubi-Infotag warst und den Eignungstest gemacht hast. Leider können wir dir für den Ausbildungsstart im August keinen Ausbildungsplatz anbieten.
Unsere Praktikumsplätze für den Sommer sind inzwischen alle vergeben, und du warst dieses Mal leider nicht dabei.
Wir bedauern, Ihnen mitteilen zu müssen, dass Ihr Antrag im Postdoc-Förderprogramm in dieser Runde nicht zur Förderung empfohlen wurde. Die Gutachten stehen Ihnen in etwa vier Wochen im Portal zur Verfügung.
Nach dem Auswahltag für das Referendariat in unserer Kanzlei haben wir entschieden, Ihnen keine Station anzubieten. Wir wissen, wie viel Aufwand das Verfahren bedeutet, und danken Ihnen für Ihr Interesse.
Das Vergabeverfahren für die Studienplätze im dualen Studium ist abgeschlossen. Sie haben in diesem Durchgang keinen Platz erhalten, stehen aber auf der Nachrückliste; Nachrückplätze werden nur vergeben, wenn bis zum 1. Juli jemand absagt.
Vielen Dank für Ihre Bewerbung für den Fellow-Jahrgang 2025. Das Auswahlverfahren war in diesem Jahr außerordentlich kompetitiv, und wir können Ihnen leider keinen Platz im Programm anbieten.
""",
        "ack_received": """
vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen und werden in den nächsten zwei Wochen vom Fachbereich gesichtet. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Ihre Bewerbung (Kennziffer KH-2025-0417) ist in der Personalabteilung eingegangen. Die Auswahl erfolgt nach Ablauf der Bewerbungsfrist; wir melden uns voraussichtlich innerhalb von drei Wochen.
Deine Bewerbung ist angekommen, danke! Marta ist ab Montag aus dem Urlaub zurück und schaut sie sich dann an. Bis Ende nächster Woche hörst du auf jeden Fall von uns.
SUBJECT: Bewerbungsunterlagen vollständig || Ihre Unterlagen sind nun vollständig: Anschreiben, Lebenslauf, Forschungsexposé und drei Gutachten liegen vor. Die Kommission beginnt am 15. November mit der Sichtung.
Danke für deine Nachricht! Ich hab sie heute Morgen gelesen und schau mir dein Portfolio am Wochenende in Ruhe an. Anfang nächster Woche melde ich mich.
SUBJECT: Ihre Bewerbung ist weiterhin in Prüfung || Kurzes Update: Die Sichtung der Bewerbungen für {role} dauert aufgrund der hohen Anzahl länger als geplant. Ihre Bewerbung ist weiterhin im Verfahren; wir rechnen damit, uns bis zum 30. Juni bei Ihnen zu melden.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Bitte geben Sie bei Rückfragen stets Ihre Bewerbernummer 2025-0311 an.
""",
        "ack_warning": """
Ihre Bewerbung ist bei uns eingegangen. Aufgrund der sehr hohen Zahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten. Sollten Sie innerhalb von vier Wochen nach Fristende nichts von uns hören, gehen Sie bitte davon aus, dass wir Sie in diesem Verfahren nicht berücksichtigen konnten.
Vielen Dank für Ihre Bewerbung. Bitte haben Sie Verständnis, dass wir nur Bewerberinnen und Bewerber kontaktieren, die in die engere Auswahl kommen. Ein Feedback in dieser Phase ist leider nicht möglich.
deine Bewerbung ist angekommen. Wegen der Feiertage sind wir gerade leider etwas langsamer, es kann also bis zu drei Wochen dauern, bis du von uns hörst. Danke für deine Geduld!
SUBJECT: Eingangsbestätigung, bitte lesen || Vielen Dank für Ihre Bewerbung. Der Wettbewerb um die Plätze ist groß, und in den vergangenen Jahren ist die Mehrheit der Bewerbenden nicht über diese Stufe hinausgekommen. Lassen Sie sich davon nicht entmutigen: Jede Bewerbung wird vollständig gelesen, und Sie erhalten nach Abschluss der Vorauswahl eine Nachricht.
Wir haben deine Bewerbung für {role}. Sorry, dass wir nicht allen persönlich antworten können, wir sind ein kleines Team. Aber jeder Lebenslauf wird von einem Menschen gelesen, und wenn es passt, hörst du innerhalb von zehn Tagen von uns.
Vielen Dank für Ihre Bewerbung. Bitte beachten Sie, dass wir keine Absagen mehr per Post versenden; das Ergebnis wird nach Abschluss des Auswahlverfahrens in Ihrem Bewerberkonto angezeigt.
Dies ist eine automatische Bestätigung, dass Ihre Bewerbung übermittelt wurde. Bitte antworten Sie nicht auf diese E-Mail. Anfragen zum Stand einzelner Bewerbungen können wir leider nicht beantworten.
""",
        "inv_slot": """
wir würden gern ausführlicher mit Ihnen über die Stelle als {role} sprechen. Bitte wählen Sie über den folgenden Link einen 30-minütigen Termin, der Ihnen passt. Dienstag bis Donnerstag ist das Team meistens im Büro in Köln.
hast du diese Woche Zeit für ein kurzes Telefonat? Ganz locker, ich erzähl dir ein bisschen vom Team und du mir, was du suchst. Donnerstag ab 14 Uhr oder Freitagvormittag würde bei mir gehen.
Hast du Lust auf einen Probearbeitstag? Wir machen drei bezahlte Stunden, damit du siehst, wie der Morgenbetrieb läuft, und wir sehen, wie du klarkommst. Samstag um 7 Uhr in der Filiale Lindenstraße, bitte geschlossene Schuhe, Schürze bekommst du von uns.
Als nächsten Schritt möchten wir Sie bitten, die beigefügte Fallstudie zu bearbeiten (bitte nicht mehr als zwei bis drei Stunden) und sie anschließend Frau Yilmaz und Herrn Berger in etwa 30 Minuten vorzustellen. Passt Ihnen Mittwoch um 10 Uhr oder Donnerstag um 15 Uhr?
Wir laden Sie herzlich zu einer Hospitation auf unserer Station ein. Sie lernen das Team und die Stationsleitung kennen und können sich einen Eindruck vom Arbeitsalltag verschaffen. Bitte teilen Sie uns mit, an welchen Tagen Sie in den nächsten zwei Wochen Zeit haben.
SUBJECT: Kaffee? || Ich bin Gründer von {company} und habe deine Nachricht gelesen. Lust, diese Woche auf einen Kaffee vorbeizukommen? Gleich neben unserem Büro in der Torstraße gibt es ein nettes Café. Wie wäre Mittwochvormittag?
Wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl gekommen sind. Die Auswahlkommission möchte Sie am 18. Juni in unserem Rathaus, Zimmer 2.14, kennenlernen. Das Gespräch dauert etwa 45 Minuten und beginnt mit einem kurzen Vortrag zum unten genannten Thema. Bitte bestätigen Sie den Termin per E-Mail.
""",
        "inv_hardneg": """
Sie hatten sich im vergangenen Jahr auf unser Traineeprogramm beworben, und leider konnten wir Ihnen damals keinen Platz anbieten. Ihr Profil ist uns aber in Erinnerung geblieben, und für die neu geschaffene Stelle als {role} im selben Bereich möchten wir Sie gern zu einem Gespräch einladen. Passt Ihnen Dienstag oder Mittwoch nächster Woche?
bitte entschuldigen Sie die E-Mail von gestern, in der wir Ihnen mitgeteilt haben, dass Ihre Bewerbung nicht weiterverfolgt wird. Sie ging versehentlich an den falschen Verteiler. Tatsächlich sind Sie in der engeren Auswahl, und wir möchten Sie herzlich zum Gespräch mit der Kommission einladen. Bitte wählen Sie über den Link einen Termin. Nochmals Entschuldigung für die Verwirrung!
auch wenn wir dir die Stelle, auf die du dich ursprünglich beworben hast, nicht anbieten konnten, fand das Team dein Profil spannend für eine neue Rolle, die gerade freigegeben wurde. Hättest du nächste Woche Zeit für einen 45-minütigen Videocall mit der Teamleitung?
Leider können wir Fahrtkosten für die erste Gesprächsrunde nicht erstatten, wir würden Sie aber sehr gern kennenlernen. Wenn es Ihnen lieber ist, führen wir das erste Gespräch per Video. Teilen Sie uns einfach mit, was Ihnen besser passt und wann Sie Zeit haben.
""",
        "inv_reschedule": """
SUBJECT: Terminänderung Ihres Vorstellungsgesprächs || Leider ist Frau Dr. Hahn erkrankt und kann morgen nicht an der Kommission teilnehmen. Wäre es für Sie möglich, das Gespräch auf Donnerstag, 11 Uhr, zu verschieben? Raum und Ablauf bleiben gleich. Entschuldigen Sie die kurzfristige Änderung.
sorry, bei mir ist was mit einem Kunden dazwischengekommen und ich muss unser Telefonat am Mittwoch absagen. Ginge stattdessen Montag um 16 Uhr? Oder schick mir einfach ein paar Zeiten, die dir passen.
eine kurze Änderung zu Ihrer zweiten Runde am 12.: Wir mussten den Termin vom Standort Mitte in unser Büro am Hafen verlegen, Beginn ist nun 14:30 statt 14 Uhr. Können Sie es trotzdem einrichten?
""",
        "off_written": """
ich freue mich sehr, Ihnen die Position als {role} anbieten zu können. Ihren Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Juni zurück. Eintrittsdatum, Gehalt und Zusatzleistungen entsprechen unserem Telefonat.
Willkommen an Bord! Jetzt ist es offiziell: Wir wollen dich bei {company}. Deinen Vertrag bekommst du in der nächsten Stunde über unser E-Signatur-Tool, und Sam aus dem People-Team meldet sich wegen deines ersten Tages.
wie heute Nachmittag telefonisch besprochen, bestätige ich Ihnen hiermit schriftlich unser Angebot: Beginn am 1. September zu den vereinbarten Konditionen. Melden Sie sich gern, falls Sie vor der Unterschrift noch Fragen haben.
Du hast den Job! Kannst du Montag um 8 anfangen? Bring bitte deine Steuer-ID, Sozialversicherungsnummer und Bankverbindung mit, dann machen wir den Papierkram gleich am ersten Morgen.
SUBJECT: Einstellungszusage || Im Anschluss an Ihr Vorstellungsgespräch freuen wir uns, Ihnen die Einstellung als {role} in Entgeltgruppe E 9b TVöD, befristet auf 24 Monate, zusagen zu können. Bitte bestätigen Sie Ihre Annahme mit dem beigefügten Formular.
""",
        "off_conditional": """
Wir freuen uns, Ihnen die Position als {role} anbieten zu können. Die Zusage steht unter dem Vorbehalt der Vorlage eines erweiterten Führungszeugnisses sowie der arbeitsmedizinischen Eignungsuntersuchung. Unser Onboarding-Team meldet sich zur Terminvereinbarung.
Leider konnten wir dein Gehaltsziel nicht ganz erreichen, aber wir würden dich trotzdem sehr gern im Team haben und hoffen, dass das Angebot passt: 58.000 brutto plus virtuelle Anteile, mit einem Gehaltsgespräch nach sechs Monaten. Das vollständige Angebot hängt an.
Die Entscheidung war einstimmig, und ich freue mich, Ihnen die Stelle anzubieten. Das Angebot gilt vorbehaltlich der Erteilung Ihrer Aufenthalts- und Arbeitserlaubnis; unsere Kanzlei für Ausländerrecht nimmt diese Woche Kontakt mit Ihnen auf, die Kosten übernehmen wir.
Wir freuen uns, Ihnen einen Ausbildungsplatz zum 1. August anbieten zu können, vorausgesetzt, Sie schließen die Schule mit dem Realschulabschluss ab. Bitte nehmen Sie das Angebot innerhalb von 14 Tagen im Bewerberportal an oder lehnen Sie es ab.
""",
        "oth_logistics": """
SUBJECT: Besteht weiterhin Interesse? || Wir sichten derzeit die im Frühjahr eingegangenen Bewerbungen für {role} und möchten vorab wissen, ob Sie weiterhin Interesse an der Stelle haben. Bitte antworten Sie bis Freitag kurz mit Ja oder Nein; ohne Rückmeldung gehen wir davon aus, dass sich Ihr Interesse erledigt hat.
Leider ließ sich der von Ihnen hochgeladene Lebenslauf nicht öffnen, die Datei scheint beschädigt zu sein. Könnten Sie ihn über den folgenden Link noch einmal als PDF hochladen? Ansonsten ist Ihre Bewerbung vollständig.
danke für Ihre Teilnahme am Auswahltag. Anbei das Formular zur Reisekostenerstattung; bitte reichen Sie es mit den Belegen innerhalb von 30 Tagen ein.
Zum 1. Juli stellen wir auf ein neues Bewerbermanagementsystem um. Ihr bestehendes Konto kann leider nicht übernommen werden; wenn Sie Ihre gespeicherten Bewerbungen behalten möchten, laden Sie sie bitte vorher herunter.
Vor deinem ersten Arbeitstag füll bitte die Personalbögen im Onboarding-Portal aus, inklusive Notfallkontakt und Bankverbindung. Dein Laptop wird dir in der Woche vor dem Start nach Hause geschickt.
Könnten Sie uns Ihre Kündigungsfrist und den frühestmöglichen Eintrittstermin mitteilen? Wir planen gerade den Zeitplan für das Team, und es würde uns helfen, das vor der letzten Runde zu wissen.
SUBJECT: Fehlende Unterlage || Bei der Bearbeitung Ihrer Personalakte ist uns aufgefallen, dass die Kopie Ihres Aufenthaltstitels fehlt. Könnten Sie uns bis Mittwoch einen Scan an diese Adresse schicken?
""",
        "oth_alert_news": """
SUBJECT: 5 neue Jobs passend zu Ihrer Suche || Neue Stellen für „Sachbearbeitung Logistik“ in Ihrer Nähe: Disponent:in bei Hafenfracht Nord, Assistenz Betrieb bei Greyline Foods und 3 weitere. Sie erhalten diese E-Mail, weil Sie einen Job-Alert angelegt haben. Alerts verwalten oder abbestellen unten.
SUBJECT: Schon wieder eine Absage? So geht's weiter || In dieser Ausgabe unseres Karriere-Newsletters: warum eine Absage weniger über dich sagt, als du denkst, drei Fragen, die du nach einem Nein stellen solltest, und wie du nach dem zehnten „leider“ motiviert bleibst. Außerdem: Formulierungen für die Gehaltsverhandlung.
SUBJECT: Passwort zurücksetzen || Wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Bewerberkonto erhalten. Wenn Sie das waren, klicken Sie auf den folgenden Link; er ist 60 Minuten gültig. Falls nicht, können Sie diese E-Mail ignorieren.
SUBJECT: Ihr Konto wird bald gelöscht || Sie waren länger nicht aktiv. Gemäß unseren Löschfristen werden inaktive Bewerberkonten nach 24 Monaten leider gelöscht. Melden Sie sich bis zum 30. Juni an, um Ihr Profil und Ihre Suchaufträge zu behalten.
Wir laden Sie herzlich zu unserem Karriereabend am 14. November ein! Lernen Sie unsere Trainees kennen, erfahren Sie mehr über {company} und lassen Sie Ihren Lebenslauf von unseren Recruitern checken. Die Teilnahme ist kostenlos, die Plätze sind begrenzt.
Dein Profil wurde diese Woche von 3 Recruitern angesehen. Mit Premium siehst du, wer sich für dich interessiert, und deine Bewerbung landet ganz oben.
SUBJECT: Leider nicht genommen? || Unser Ratgeber für Jobsuchende: Die meisten Menschen bekommen viele Absagen, bevor es klappt. Im Webinar am Donnerstag zeigt unser Karriereteam, wie Sie um Feedback bitten und was Sie daraus machen. Anmeldung über den Link unten.
""",
        "oth_closure": """
danke, dass Sie uns mitgeteilt haben, dass Sie Ihre Bewerbung als {role} zurückziehen. Wir haben das vermerkt und werden Sie zu dieser Stelle nicht mehr kontaktieren. Viel Erfolg bei Ihrer neuen Aufgabe!
Glückwunsch zum neuen Job und danke, dass du so offen mit uns warst! Wie versprochen hier noch das Feedback aus der letzten Runde, falls es dir später mal hilft: Beim Problemlösen hast du sehr gut abgeschnitten, die Präsentation hätte etwas kürzer sein dürfen.
Herr Jonas Feld hat sich bei uns beworben und Sie als Referenz angegeben. Wir wären Ihnen dankbar, wenn Sie bis zum 3. Juni den kurzen Fragebogen unter dem folgenden Link ausfüllen könnten. Ihre Angaben werden vertraulich behandelt.
SUBJECT: Wie war Ihr Bewerbungsprozess? || Unabhängig vom Ausgang Ihrer Bewerbung möchten wir wissen, wie Sie unser Verfahren erlebt haben. Die Umfrage dauert vier Minuten und ist anonym.
Gemäß unserer Datenschutzerklärung werden die mit Ihrer Bewerbung übermittelten personenbezogenen Daten am 1. August endgültig gelöscht. Wenn wir Ihre Daten für künftige Stellen aufbewahren dürfen, erteilen Sie bitte über den folgenden Link Ihre Einwilligung.
ich suche gerade für ein paar Positionen, die deiner sehr ähnlich sind. Falls du jemanden kennst, der Interesse haben könnte, freue ich mich, wenn du meine Kontaktdaten weitergibst; bei erfolgreicher Vermittlung zahlen wir eine Empfehlungsprämie.
""",
    },
    "fr": {
        "rej_after_final": """
Merci d'avoir consacré autant de temps à notre processus : l'entretien téléphonique, l'étude de cas et le panel de mardi. Je préfère être franc avec vous : nous avons retenu une autre candidature pour le poste de {role}. Cela s'est joué à très peu de chose. Le jury a beaucoup apprécié votre présentation du modèle de prévision des stocks ; l'autre candidate avait en revanche une expérience concrète des migrations ERP, qui occuperont l'essentiel de la première année. Si cela vous est utile, je vous propose un appel de quinze minutes pour vous détailler les retours.
À l'issue du dernier entretien avec la direction jeudi, et après de longues discussions, nous avons décidé de ne pas donner suite à votre candidature. Pour votre information, le jury a souligné vos qualités d'organisation et votre aisance avec les parties prenantes, mais a trouvé vos exemples moins convaincants sur la gestion d'un budget en propre.
Je tenais à vous écrire personnellement plutôt que de laisser partir un message automatique. Nous avons proposé le poste à une autre personne hier, qui l'a accepté. Vous faisiez partie des deux profils que nous avons sérieusement envisagés jusqu'au bout, et j'aimerais sincèrement rester en contact.
Le jury de recrutement s'est réuni à l'issue des entretiens. Après examen comparatif des candidatures au regard de la fiche de poste, il a retenu un autre candidat dont le profil correspondait davantage aux exigences, notamment en matière d'encadrement d'équipe. Nous regrettons de ne pouvoir répondre favorablement à votre candidature.
Pour faire court : ce n'est pas pour cette fois, et j'en suis désolée. La journée d'essai s'est très bien passée et l'équipe vous a appréciée, mais nous avons besoin de quelqu'un disponible pour l'ouverture à 5h cinq jours par semaine dès maintenant, ce qui ne sera possible pour vous qu'en septembre. C'est vraiment la seule raison.
Votre restitution de l'exercice de design faisait partie des plus réfléchies que nous ayons vues. Au final, l'équipe a estimé que votre expérience était encore un peu junior pour ce poste : nous cherchons quelqu'un qui a déjà porté un design system de bout en bout. Nous ne poursuivrons donc pas avec vous, mais n'hésitez pas à surveiller nos offres de niveau intermédiaire.
Les associés se sont réunis lundi pour examiner les candidatures du dernier tour. J'ai le regret de vous informer que nous ne vous ferons pas de proposition de collaboration. Votre note écrite était solide ; l'axe de progression que nous identifions est la sensibilité aux enjeux économiques du client, peu abordés dans le cas pratique.
Suite à notre échange de vendredi, comme promis : mon client a finalement choisi de poursuivre avec un autre candidat de la short-list, qui avait une expérience directe dans l'agroalimentaire. Les retours à votre sujet étaient très positifs, donc ne vous découragez pas. Je reviens vers vous pour les deux autres postes dont nous avons parlé.
Merci d'être venue pour le second entretien et l'essai en cuisine. Le chef a été impressionné par votre rigueur pendant le service. Nous avons toutefois choisi une candidate ayant davantage d'expérience en pâtisserie, qui est aujourd'hui notre principal besoin.
SUBJECT: Suite à notre rencontre de mercredi || Je sors d'un échange avec la présidente du conseil d'administration : nous avons décidé de nommer l'autre finaliste au poste de directeur des programmes. Je mesure la déception après trois tours et une présentation devant les administrateurs. Si vous souhaitez un retour détaillé du comité, Claire peut organiser un appel la semaine prochaine.
""",
        "rej_role_gone": """
Je reviens vers vous avec une nouvelle qui n'est malheureusement pas celle que nous espérions. Suite à la révision de notre budget pour l'an prochain, le poste de {role} a été supprimé et ne sera pas pourvu. Cela n'a aucun lien avec votre candidature, et je suis désolé que cette décision intervienne après votre rencontre avec l'équipe.
Nous vous informons que le poste a finalement été pourvu en interne. Nous ne donnerons donc pas suite aux candidatures externes.
SUBJECT: Information concernant l'offre {role} || En raison du gel des recrutements annoncé ce matin pour l'ensemble du groupe, toutes les offres en cours, dont celle-ci, sont suspendues jusqu'à nouvel ordre. Nous clôturons donc votre candidature. Si le recrutement reprend, l'offre sera republiée et vous pourrez postuler de nouveau.
Je préfère vous le dire tout de suite plutôt que de vous laisser dans l'attente : notre levée de fonds n'a pas abouti et j'ai dû geler tous les recrutements jusqu'au printemps au moins, y compris celui-ci. Je sais que vous avez décliné un autre processus pour continuer avec nous, et j'en suis sincèrement navré.
Dans le cadre d'une réorganisation interne, les missions du poste ont été intégrées à une équipe existante et le poste n'existe plus. Nous ne sommes donc pas en mesure de donner suite à votre candidature.
Nous vous informons que la procédure de recrutement référencée 2025-RH-114 a été déclarée infructueuse et close. Les candidats ne seront pas recontactés dans le cadre de cette procédure.
L'ouverture de notre nouveau magasin de Villeurbanne est reportée à l'an prochain : nous ne recrutons donc plus pour l'équipe d'ouverture et ne donnerons pas suite aux candidatures reçues. Merci pour votre intérêt et désolés pour ce changement.
Petit point rapide : mon client a mis cette recherche en pause. Le manager a quitté l'entreprise et toute l'organisation de l'équipe est en train d'être revue, donc le poste n'est plus d'actualité pour le moment. Je vous recontacte s'il revient sous une autre forme.
Le laboratoire a été informé que le financement du contrat ne serait pas reconduit ; le recrutement est donc annulé. Le comité vous remercie de l'intérêt porté à ce poste.
""",
        "rej_requirement": """
Ce poste nécessite une autorisation de travail valable en France et nous ne sommes malheureusement pas en mesure d'accompagner une démarche de titre de séjour. Nous ne pouvons donc pas donner suite à votre candidature.
L'inscription à l'Ordre est obligatoire à la date de prise de poste. Votre inscription étant encore en cours, nous ne pouvons pas retenir votre candidature pour ce recrutement. Vous pourrez postuler à nouveau dès réception de votre numéro.
Votre dossier nous est parvenu le 14 mars, soit après la date limite du 12 mars à minuit. Par souci d'équité envers l'ensemble des candidats, les dossiers reçus hors délai ne peuvent être examinés.
Ce poste itinérant exige le permis B depuis au moins deux ans. Cette condition n'étant pas remplie, nous ne pouvons pas étudier votre candidature plus avant.
Merci pour votre candidature. Un allemand courant (niveau C1 minimum) est indispensable pour ce poste, la majorité de nos clients étant en Suisse alémanique. Votre test de langue indique un niveau B1 ; nous ne pouvons donc pas poursuivre pour le moment.
Tous les candidats devaient compléter le test en ligne avant vendredi 17h. N'ayant pas reçu vos résultats, votre candidature a été retirée du processus.
Au vu de vos réponses aux questions de présélection, votre candidature ne répond pas aux critères minimum requis pour ce poste et ne sera pas étudiée plus avant. Ceci est un message automatique.
Nous avons besoin que chaque membre de l'équipe soit disponible au moins deux samedis par mois, et votre fiche de disponibilités n'indique que la semaine. Ce n'est donc pas compatible avec ce magasin, mais si vos disponibilités évoluent, n'hésitez pas à repostuler.
Conformément à l'annonce, ce poste requiert un diplôme de niveau bac+5 en finance ou équivalent. Les pièces fournies ne nous ont pas permis de vérifier cette condition ; votre candidature n'a donc pas été présélectionnée.
""",
        "rej_soft_pool": """
Bonne nouvelle : votre profil a été ajouté à notre vivier de talents ! Si nous ne donnons pas suite à votre candidature pour le poste de {role}, vous serez parmi les premiers informés de nos nouvelles opportunités.
Nous avons pris un vrai plaisir à lire votre candidature, et votre passion pour notre métier transparaît à chaque ligne. Nous avons reçu plus de 400 candidatures pour deux postes cette année et, cette fois-ci, la vôtre n'a pas été retenue pour la suite.
Félicitations d'être arrivé jusqu'à l'étape finale : seuls six candidats sur près de 900 y sont parvenus. Après mûre réflexion, nous avons néanmoins décidé de proposer le poste à une autre personne.
Nous pensons sincèrement que vous avez votre place chez {company}, mais pas sur ce poste pour le moment. Nous conservons votre CV pendant douze mois et ne manquerons pas de revenir vers vous si une opportunité plus adaptée se présente.
Votre parcours nous a marqués, et c'est pourquoi, même si nous ne pouvons pas vous proposer ce poste, nous souhaitons conserver votre dossier. Veuillez noter que cela n'implique aucun engagement de notre part à vous recontacter.
D'abord la bonne nouvelle : votre profil reste visible pour nos recruteurs pour les futures offres. La moins bonne : pour ce poste, nous avons retenu des candidatures dont l'expérience correspond davantage aux besoins de l'équipe.
SUBJECT: Changement de statut : non retenu, conservé dans le vivier || Votre candidature au poste de {role} a été examinée. Votre profil a été conservé dans notre vivier de candidats.
Le niveau des candidatures était cette année exceptionnel, ce qui a rendu nos choix particulièrement difficiles. Nous ne vous inviterons pas à l'étape suivante cette fois-ci.
Ce fut un plaisir de faire votre connaissance au fil du processus, et nous aimerions garder le lien : suivez-nous sur LinkedIn et activez nos alertes emploi. Pour ce poste, nous avons fait le choix d'autres candidats.
""",
        "rej_terse_buried": """
SUBJECT: Candidature non retenue : {role} || Pour consulter le statut de votre candidature, connectez-vous à votre espace candidat.
SUBJECT: RE: Des nouvelles ? || Merci de votre relance et désolée pour ce délai, ces deux dernières semaines ont été folles avec l'inventaire. Nous sommes finalement partis sur quelqu'un d'autre. Désolée de ne pas avoir de meilleure nouvelle.
Pas de suite pour cette fois, désolé. Merci d'avoir postulé.
En cinq ans, {company} est passé d'un seul entrepôt à quatorze sites dans la région, et nous le devons à nos équipes. Nous investissons dans la formation, privilégions la promotion interne et avons été ravis de recevoir autant de candidatures pour le poste de {role}. Chaque dossier a été lu par un membre de l'équipe opérationnelle au regard des critères de l'annonce. À l'issue de cet examen, nous avons décidé de ne pas poursuivre avec votre candidature.
Le statut de votre candidature à l'offre 48213 ({role}) a été modifié : Clôturée, non retenue. Ce message est généré automatiquement, merci de ne pas y répondre.
SUBJECT: RE: Lien vers mon portfolio || Merci pour votre message et le lien. Pour répondre à votre question sur le calendrier : nous avons clôturé le recrutement la semaine dernière et le poste a été proposé à une autre personne, il n'y a donc pas de suite prévue de notre côté.
SUBJECT: {role} : réponse à votre candidature || Nous avons le regret de vous informer que votre candidature n'a pas été retenue.
Nous vous remercions de votre participation à notre journée d'évaluation du 9 mai. Comme indiqué sur place, les résultats de l'exercice de groupe, de la mise en situation et de l'entretien sont pris en compte ensemble. Les notes de frais envoyées avant le 31 mai seront remboursées sous 30 jours quelle que soit l'issue, et vos données seront conservées six mois conformément à notre politique de confidentialité. Vous n'avez malheureusement pas été retenu à l'issue de cette session.
Le poste est pourvu. Merci.
SUBJECT: Votre candidature : suite donnée || Après étude de votre dossier, nous ne sommes pas en mesure d'y donner une suite favorable.
""",
        "rej_programme": """
Nous avons terminé l'examen des candidatures pour notre Graduate Programme 2025. Nous sommes au regret de vous informer que nous ne pourrons pas vous proposer de place dans le programme cette année.
Le comité de sélection a examiné plus de 180 dossiers pour le poste de maître de conférences. Votre candidature n'a pas été retenue pour l'audition. Nous vous remercions de l'intérêt que vous portez à notre UFR.
Nous vous remercions pour votre candidature au contrat doctoral financé. Le jury a reçu des dossiers de grande qualité et a décidé de ne pas vous attribuer le contrat cette année.
Merci d'être venu à notre journée portes ouvertes et d'avoir passé les tests. Nous sommes au regret de ne pas pouvoir vous proposer de contrat d'apprentissage pour la rentrée de septembre.
Toutes nos places de stage pour cet été sont désormais attribuées, et votre candidature n'a pas été sélectionnée cette année.
Nous avons le regret de vous informer que votre dossier de candidature au programme de bourses postdoctorales n'a pas été retenu pour financement lors de cette session. Les avis des rapporteurs seront disponibles sur la plateforme d'ici quatre semaines.
À l'issue de la journée de sélection, le comité de recrutement du cabinet a décidé de ne pas vous proposer de stage d'élève-avocat. Nous savons l'investissement que ce processus demande et vous remercions de votre intérêt.
La procédure d'affectation est désormais terminée et vous n'avez pas obtenu de poste lors de ce tour. Vous êtes inscrit sur liste complémentaire ; les places ne sont proposées qu'en cas de désistement avant le 1er juillet.
Merci pour votre candidature à la promotion 2025 de notre programme de fellows. La sélection a été particulièrement exigeante cette année et nous ne pouvons malheureusement pas vous proposer de place.
""",
        "ack_received": """
Merci pour votre candidature au poste de {role}. Nous l'avons bien reçue et l'équipe de recrutement l'étudiera dans les deux prochaines semaines. Vous pouvez suivre son avancement depuis votre espace candidat.
Votre candidature (référence CH-2025-0417) a bien été enregistrée par la Direction des ressources humaines. La présélection aura lieu après la date de clôture ; nous nous engageons à revenir vers les candidats présélectionnés sous trois semaines.
Bien reçu votre CV, merci ! Marta rentre de congé lundi et y jettera un œil à ce moment-là. Dans tous les cas, on vous répond d'ici la fin de la semaine prochaine.
SUBJECT: Dossier complet || Votre dossier de candidature est désormais complet : lettre de motivation, CV, projet de recherche et trois lettres de recommandation. Le comité commencera l'examen des dossiers le 15 novembre.
Merci pour votre message. Je l'ai lu ce matin et je regarde votre portfolio tranquillement ce week-end ; je reviens vers vous en début de semaine prochaine.
SUBJECT: Votre candidature est toujours à l'étude || Petit point d'étape : l'examen des candidatures pour le poste de {role} prend plus de temps que prévu en raison du nombre de dossiers. Votre candidature est toujours en cours d'étude et nous prévoyons de revenir vers vous d'ici le 30 juin.
Nous accusons réception de votre candidature. Merci de rappeler votre numéro de candidat 2025-0311 dans toute correspondance.
""",
        "ack_warning": """
Nous avons bien reçu votre candidature. En raison du très grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacun. Sans nouvelles de notre part dans un délai de quatre semaines après la clôture, vous pourrez considérer que votre candidature n'a pas été retenue.
Merci pour votre candidature. Seuls les candidats présélectionnés seront contactés ; nous ne pouvons pas fournir de retour à ce stade.
Votre candidature est bien arrivée. Avec les fêtes, nous avons malheureusement pris un peu de retard : comptez jusqu'à trois semaines avant d'avoir une réponse. Merci de votre patience.
SUBJECT: Accusé de réception, à lire || Merci pour votre candidature. La concurrence est forte et, les années précédentes, la grande majorité des candidats n'a pas dépassé cette étape. Ne vous découragez pas pour autant : chaque dossier est lu en entier et vous recevrez un e-mail à l'issue de la présélection.
Nous avons bien votre candidature pour le poste de {role}. Désolés de ne pas pouvoir répondre personnellement à tout le monde, nous sommes une petite équipe, mais chaque CV est lu par une vraie personne et, si cela correspond, vous aurez de nos nouvelles sous dix jours.
Merci pour votre candidature. Veuillez noter que nous n'envoyons plus de réponses négatives par courrier : le résultat apparaîtra dans votre espace candidat une fois la sélection terminée.
Ceci est une confirmation automatique de l'envoi de votre candidature. Merci de ne pas répondre à cet e-mail. Nous ne pouvons malheureusement pas répondre aux demandes concernant l'avancement des candidatures individuelles.
""",
        "inv_slot": """
Nous aimerions échanger plus longuement avec vous au sujet du poste de {role}. Pourriez-vous réserver un créneau de 30 minutes qui vous convient via le lien ci-dessous ? L'équipe est au bureau de Nantes du mardi au jeudi.
Seriez-vous disponible pour un court appel cette semaine ? Rien de formel, je voudrais vous présenter l'équipe et comprendre ce que vous recherchez. Jeudi après 14h ou vendredi matin me conviendraient.
Seriez-vous partante pour une journée d'essai ? Nous proposons trois heures rémunérées pour que vous découvriez le rush du matin et que nous voyions comment vous vous sentez. Samedi à 7h à la boutique de la rue des Lices, chaussures fermées obligatoires, on vous prête le tablier.
Pour la prochaine étape, nous vous proposons de travailler sur le cas pratique ci-joint (deux à trois heures maximum), puis de le présenter à Inès et Karim pendant une trentaine de minutes. Mercredi 10h ou jeudi 15h, qu'est-ce qui vous arrange ?
Nous vous proposons de venir visiter le service et rencontrer la cadre de santé et l'équipe. La visite dure environ une heure et comprend un échange avec la cadre. Pourriez-vous nous indiquer vos disponibilités dans les quinze prochains jours ?
SUBJECT: Un café ? || Je suis le fondateur de {company} et j'ai lu votre message. Auriez-vous le temps de prendre un café cette semaine ? Il y a un endroit sympa juste à côté de nos locaux, rue Oberkampf. Mercredi matin, ça vous irait ?
Nous avons le plaisir de vous informer que votre candidature a été retenue pour la suite du processus. Le jury souhaite vous rencontrer le 18 juin à l'hôtel de ville, salle 214. L'échange durera environ 45 minutes et débutera par une courte présentation sur le sujet indiqué ci-dessous. Merci de confirmer votre présence par retour de mail.
""",
        "inv_hardneg": """
Vous aviez postulé l'an dernier à notre programme jeunes diplômés et nous n'avions malheureusement pas pu vous proposer de place. Votre profil nous avait marqués, et un poste de {role} vient de s'ouvrir dans la même équipe : nous aimerions vous rencontrer pour en parler. Mardi ou mercredi prochain vous conviendrait-il ?
Veuillez nous excuser pour l'e-mail reçu hier vous indiquant que votre candidature n'était pas retenue : il a été envoyé par erreur à la mauvaise liste. Vous êtes en réalité présélectionné et nous souhaitons vous inviter à rencontrer le jury. Merci de choisir un créneau via le lien ci-dessous, et encore toutes nos excuses pour cette confusion.
Même si nous n'avons pas pu vous proposer le poste auquel vous aviez initialement postulé, l'équipe a trouvé votre profil très intéressant pour un nouveau poste qui vient d'être validé. Seriez-vous disponible la semaine prochaine pour une visio de 45 minutes avec la responsable ?
Nous ne pouvons malheureusement pas rembourser les frais de déplacement pour le premier échange, mais nous tenons beaucoup à vous rencontrer et pouvons tout à fait le faire en visio si c'est plus simple pour vous. Dites-nous ce que vous préférez et vos disponibilités.
""",
        "inv_reschedule": """
SUBJECT: Modification de l'horaire de votre entretien || Le Dr Hallé est malheureusement souffrante et ne pourra pas siéger au jury demain. Plutôt que de maintenir l'entretien sans elle, pourrions-nous le décaler à jeudi 11h ? Même salle, même déroulé. Toutes nos excuses pour ce changement de dernière minute.
Je suis vraiment désolé, j'ai un imprévu avec un client et je dois annuler notre appel de mercredi. Lundi 16h vous irait-il ? Sinon, envoyez-moi quelques créneaux qui vous arrangent.
Petit changement pour votre second tour du 12 : nous avons dû le déplacer de nos bureaux de la Part-Dieu à ceux de Confluence, et il commencera à 14h30 au lieu de 14h. Est-ce toujours possible pour vous ?
""",
        "off_written": """
J'ai le plaisir de vous confirmer notre proposition pour le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche et votre contrat de travail en CDI ; merci de nous les retourner signés avant le vendredi 20 juin. La date de démarrage, la rémunération et les avantages évoqués par téléphone y figurent.
Bienvenue à bord ! C'est officiel : nous serions ravis de vous accueillir chez {company}. Vous recevrez votre contrat via notre plateforme de signature électronique dans l'heure, et Sam de l'équipe RH vous contactera pour organiser votre premier jour.
Suite à notre échange de cet après-midi, je vous confirme par écrit notre offre : prise de poste le 1er septembre, au salaire convenu. N'hésitez pas si vous avez des questions avant de signer.
C'est bon pour nous, le poste est à vous ! Vous pouvez commencer lundi à 8h ? Apportez votre RIB, votre carte Vitale et une pièce d'identité, on fera les papiers le premier matin.
SUBJECT: Proposition de recrutement || À la suite de votre entretien, j'ai le plaisir de vous proposer un recrutement en qualité de {role}, en contrat à durée déterminée de 24 mois, catégorie A. Je vous remercie de nous faire part de votre acceptation en retournant le formulaire ci-joint.
""",
        "off_conditional": """
Nous avons le plaisir de vous faire une proposition d'embauche pour le poste de {role}, sous réserve de la vérification de vos références, de la production d'un extrait de casier judiciaire et de l'avis favorable de la médecine du travail. Notre équipe RH vous contactera pour lancer ces démarches.
Malheureusement, nous n'avons pas pu aller tout à fait jusqu'au salaire que vous demandiez, mais nous aimerions vraiment que vous nous rejoigniez, et j'espère que cette proposition vous conviendra : 48 000 euros bruts annuels plus des BSPCE, avec une revue à six mois. La lettre d'offre complète est en pièce jointe.
Le jury a été unanime et j'ai le plaisir de vous proposer le poste. Cette offre est conditionnée à l'obtention de votre autorisation de travail ; notre conseil en mobilité internationale vous contactera cette semaine pour lancer la procédure, dont nous prenons les frais en charge.
Nous avons le plaisir de vous proposer une place dans notre programme d'alternance 2025, sous réserve de votre admission définitive en master. Merci d'accepter ou de refuser cette proposition sous 14 jours depuis votre espace candidat.
""",
        "oth_logistics": """
SUBJECT: Êtes-vous toujours intéressé ? || Nous reprenons l'examen des candidatures reçues au printemps pour le poste de {role} et souhaitons d'abord vérifier que vous êtes toujours intéressé. Pourriez-vous nous répondre par oui ou par non d'ici vendredi ? Sans réponse, nous considérerons que vous n'êtes plus disponible.
Malheureusement, le CV que vous avez déposé ne peut pas être ouvert, le fichier semble endommagé. Pourriez-vous le télécharger de nouveau au format PDF via le lien ci-dessous ? Le reste de votre dossier est complet.
Merci d'avoir participé à notre journée d'évaluation. Vous trouverez ci-joint le formulaire de remboursement des frais ; merci de le renvoyer avec vos justificatifs sous 30 jours.
Nous changeons de logiciel de recrutement le 1er juillet. Votre compte actuel ne pourra malheureusement pas être transféré ; si vous souhaitez conserver vos candidatures enregistrées, pensez à les télécharger avant cette date.
Avant votre arrivée, merci de compléter le dossier administratif sur le portail d'intégration, y compris la personne à prévenir en cas d'urgence et votre RIB. Votre ordinateur vous sera envoyé à domicile la semaine précédant votre démarrage.
Pourriez-vous nous indiquer votre préavis et votre date de disponibilité au plus tôt ? Nous préparons le calendrier de l'équipe et cela nous aiderait de l'avoir avant le dernier tour.
SUBJECT: Pièce manquante || En traitant votre dossier, nous avons constaté qu'il manquait la copie de votre titre de séjour. Pourriez-vous nous en envoyer un scan à cette adresse d'ici mercredi ?
""",
        "oth_alert_news": """
SUBJECT: 5 nouvelles offres correspondent à votre recherche || Nouvelles offres « coordinateur logistique » près de chez vous : Coordinateur transport chez Fret Atlantique, Assistant d'exploitation chez Greyline Foods et 3 autres. Vous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes ou me désabonner ci-dessous.
SUBJECT: Encore un refus ? Comment rebondir || Au sommaire de la lettre Carrières ce mois-ci : pourquoi un refus en dit moins sur vous que vous ne le pensez, trois questions à poser quand un recruteur dit non, et comment garder le moral après le dixième « malheureusement ». Et aussi : des phrases qui marchent pour négocier son salaire.
SUBJECT: Réinitialisation de votre mot de passe || Nous avons reçu une demande de réinitialisation du mot de passe de votre espace candidat. Si vous en êtes à l'origine, cliquez sur le lien ci-dessous, valable 60 minutes. Sinon, ignorez simplement cet e-mail.
SUBJECT: Votre compte va bientôt être supprimé || Nous ne vous avons pas vu depuis longtemps. Conformément à notre politique de conservation des données, les comptes candidats inactifs sont malheureusement supprimés au bout de 24 mois. Connectez-vous avant le 30 juin pour conserver votre profil.
Vous êtes invité à notre soirée Carrières le 14 novembre ! Rencontrez nos jeunes diplômés, découvrez la vie chez {company} et faites relire votre CV par nos recruteurs. Inscription gratuite, places limitées.
Votre profil a été consulté par 3 recruteurs cette semaine. Passez à Premium pour savoir qui s'intéresse à vous et placer votre candidature en tête de liste.
SUBJECT: Malheureusement, toutes les candidatures n'aboutissent pas || Notre guide du candidat : la plupart des gens reçoivent de nombreux « malheureusement » avant un oui. Lors du webinaire de jeudi, notre équipe carrières explique comment demander un retour et quoi en faire. Inscription via le lien ci-dessous.
""",
        "oth_closure": """
Merci de nous avoir informés du retrait de votre candidature au poste de {role}. Nous avons mis à jour votre dossier et ne vous recontacterons pas au sujet de cette offre. Bonne continuation dans votre nouveau poste !
Félicitations pour votre nouveau poste, et merci pour votre transparence. Comme promis, voici le retour de votre dernier entretien, au cas où il vous serait utile plus tard : le jury vous a très bien noté sur la résolution de problèmes et a trouvé que votre présentation aurait pu être plus concise.
M. Julien Ferrat a postulé chez nous et vous a cité comme référence. Nous vous serions reconnaissants de bien vouloir remplir le court questionnaire accessible via le lien ci-dessous avant le 3 juin. Vos réponses resteront confidentielles.
SUBJECT: Votre avis sur notre processus de recrutement || Quelle que soit l'issue de votre candidature, nous aimerions savoir comment vous avez vécu notre processus. Le questionnaire prend quatre minutes et il est anonyme.
Conformément au RGPD et à notre politique de confidentialité, les données personnelles transmises avec votre candidature seront définitivement supprimées le 1er août. Si vous souhaitez que nous les conservions pour de futures offres, merci de donner votre accord via le lien ci-dessous.
Je recrute actuellement sur plusieurs postes proches de celui pour lequel nous avions échangé. Si vous connaissez quelqu'un que cela pourrait intéresser, n'hésitez pas à transmettre mes coordonnées ; une prime de cooptation est versée en cas de placement.
""",
    },
    "es": {
        "rej_after_final": """
Muchas gracias por todo el tiempo que has dedicado al proceso: la llamada inicial, la prueba técnica y la entrevista con el comité del martes. Prefiero ser directo contigo: hemos decidido seguir con otra candidata para el puesto de {role}. Ha estado muy reñido. Al equipo le encantó cómo explicaste el modelo de previsión de stock, pero ella tiene experiencia real en migraciones de ERP, que es a lo que se va a dedicar casi todo el primer año. Si te sirve, te llamo quince minutos y te cuento el feedback con más detalle.
Tras la última entrevista con dirección, y después de valorarlo mucho, hemos decidido no continuar con su candidatura. Por si le resulta útil: el comité destacó su capacidad de organización y su trato con los distintos departamentos, pero echó en falta experiencia gestionando un presupuesto propio.
Quería escribirte yo en persona y no que te llegara un correo automático. Ayer le ofrecimos el puesto a otra persona y lo ha aceptado. Estabas entre los dos perfiles que teníamos sobre la mesa al final, y me gustaría de verdad que siguiéramos en contacto.
Una vez finalizadas las entrevistas, la comisión de selección ha valorado las candidaturas finalistas conforme a los requisitos del puesto y ha propuesto a otra persona cuyo perfil se ajusta mejor, en particular en lo relativo a la coordinación de equipos asistenciales. Lamentamos no poder darle una respuesta favorable.
Te lo resumo: esta vez no, y lo siento mucho. La prueba en el obrador salió genial y al equipo le caíste muy bien, pero necesitamos a alguien que pueda entrar a las cinco de la mañana de lunes a viernes ya, y por lo que hablamos eso no te encaja hasta septiembre. Es literalmente el único motivo.
Tu presentación del caso fue de las más trabajadas que hemos visto, y la respuesta a la pregunta sobre accesibilidad nos dejó a todos pensando. Aun así, el equipo considera que para este puesto necesitamos a alguien que ya haya liderado un sistema de diseño de principio a fin, así que no vamos a avanzar con tu candidatura. Eso sí, échale un ojo a las vacantes de nivel medio que abriremos en otoño.
Los socios se reunieron el lunes para revisar la última fase del proceso de incorporación de {role}. Lamento comunicarle que no le vamos a hacer una oferta. Su ejercicio escrito fue muy sólido; como punto de mejora, le sugerimos trabajar la visión de negocio: en el caso práctico se centró en el análisis jurídico y apenas abordó la preocupación del cliente por los costes.
Como te prometí el viernes, te cuento: mi cliente ha decidido seguir con otro candidato de la terna que venía del sector alimentación. Hablaron muy bien de ti, sobre todo de cómo organizas turnos, así que no te lo tomes a mal. Te tengo en cuenta para las otras dos posiciones que comentamos.
Gracias por venir a la segunda entrevista y a la prueba en cocina. Al chef le gustó mucho cómo trabajaste en el pase. Sin embargo, hemos optado por una candidata con más experiencia en pastelería, que es donde ahora mismo tenemos el hueco.
SUBJECT: Sobre la reunión del miércoles || Acabo de hablar con la presidenta del patronato: hemos decidido nombrar a la otra finalista como directora de programas. Sé lo que cuesta después de tres rondas y una presentación ante el patronato, y quiero que sepas cuánto valoramos el cuidado que pusiste. Si quieres feedback del comité, Elena te organiza una llamada la semana que viene.
""",
        "rej_role_gone": """
Te escribo con una noticia que no es la que esperábamos darte. Tras revisar el presupuesto del año que viene, la posición de {role} se ha eliminado y no se va a cubrir. No tiene nada que ver contigo ni con tu candidatura, y siento que llegue después de que ya conocieras al equipo.
Le informamos de que la vacante se ha cubierto finalmente mediante promoción interna, por lo que no seguiremos adelante con las candidaturas externas.
SUBJECT: Actualización sobre la vacante de {role} || Debido a la congelación de contrataciones anunciada esta mañana para todo el grupo, todos los procesos abiertos, incluido este, quedan en suspenso hasta nuevo aviso. Por ello cerramos tu candidatura. Si el proceso se reactiva, volveremos a publicar la oferta y podrás presentarte de nuevo.
Prefiero decírtelo ya antes que tenerte esperando: la ronda de financiación no ha salido y he tenido que parar todas las contrataciones al menos hasta primavera, también esta. Sé que dejaste otro proceso para seguir con nosotros y lo siento de verdad.
Como consecuencia de una reorganización interna, las funciones del puesto se han integrado en un equipo ya existente y la posición deja de existir. Por tanto, no podemos continuar con su candidatura.
Se comunica que el proceso selectivo con referencia PS-2025/114 ha quedado desierto y se da por finalizado. No se realizarán más comunicaciones a las personas aspirantes en relación con este proceso.
La apertura de nuestra nueva tienda en Gran Vía se retrasa al año que viene, así que de momento no vamos a contratar al equipo de apertura ni seguiremos con las candidaturas recibidas. Gracias por tu interés y perdona el cambio de planes.
Una actualización rápida: mi cliente ha parado la búsqueda. El director del área se ha ido de la empresa y están replanteando toda la estructura del equipo, así que esta posición queda aparcada por ahora. Si vuelve a salir con otro formato, te aviso.
Se nos ha comunicado que la financiación del proyecto no se renueva, por lo que la convocatoria del contrato de investigación queda anulada. La comisión agradece su interés y lamenta las molestias.
""",
        "rej_requirement": """
Para este puesto es imprescindible contar con permiso de trabajo en vigor en España, y actualmente no podemos gestionar autorizaciones de residencia y trabajo. Por este motivo no podemos seguir adelante con tu candidatura.
Es requisito estar colegiado en el momento de la incorporación. Dado que su colegiación aún está en trámite, no podemos tener en cuenta su candidatura en este proceso. Podrá volver a presentarse en cuanto disponga del número de colegiado.
Su solicitud se registró el 14 de marzo, fuera del plazo de presentación, que finalizaba el 12 de marzo. En aplicación de las bases de la convocatoria, las solicitudes presentadas fuera de plazo quedan excluidas.
El puesto requiere carné de conducir B con una antigüedad mínima de dos años, ya que implica desplazamientos diarios entre tiendas. Al no cumplirse este requisito, no podemos valorar tu candidatura.
Gracias por presentarte. Para este puesto de atención al cliente es imprescindible un nivel de inglés C1, porque la mayoría de las llamadas son con el Reino Unido. Tu prueba de nivel ha dado un B1, así que de momento no podemos avanzar.
Se pidió a todas las personas candidatas completar la prueba online antes del viernes a las 17:00. Al no haber recibido tus resultados, tu candidatura ha quedado fuera del proceso.
Según sus respuestas a las preguntas de filtro, su candidatura no cumple los requisitos mínimos de esta oferta y no será valorada. Este es un mensaje automático.
Necesitamos que todo el equipo pueda trabajar al menos dos fines de semana al mes y en tu formulario pones que solo entre semana. Así que para esta tienda no encaja, pero si cambia tu disponibilidad, vuelve a apuntarte.
Tal como indicaba la oferta, se requiere titulación universitaria en Administración y Dirección de Empresas o equivalente. Con la documentación aportada no hemos podido acreditar este requisito, por lo que su candidatura no ha sido preseleccionada.
""",
        "rej_soft_pool": """
¡Buenas noticias! Hemos incorporado tu perfil a nuestra bolsa de talento. Aunque no vamos a seguir con tu candidatura para {role}, serás de los primeros en enterarte de nuevas vacantes que encajen contigo.
Nos ha encantado leer tu candidatura y se nota muchísimo que te apasiona lo que hacemos. Este año hemos recibido más de 400 solicitudes para dos plazas y, en esta ocasión, no has pasado a la siguiente fase.
¡Enhorabuena por llegar a la fase final! Solo lo han conseguido seis de casi 900 personas. Aun así, tras darle muchas vueltas, hemos decidido ofrecer el puesto a otra persona.
Creemos que encajarías muy bien en {company}, solo que no en este puesto en este momento. Guardaremos tus datos durante doce meses por si surge algo más adecuado.
Su perfil nos ha parecido muy interesante y, aunque no podemos ofrecerle este puesto, nos gustaría conservar su currículum en nuestra base de datos. Le informamos de que ello no implica compromiso alguno de contacto futuro.
Primero lo bueno: tu perfil seguirá visible para nuestro equipo de selección de cara a futuras vacantes. Lo no tan bueno: para esta posición hemos elegido candidaturas con una experiencia más cercana a lo que necesita el equipo.
SUBJECT: Cambio de estado: no seleccionado, guardado en bolsa de talento || Su candidatura a {role} ha sido revisada. Su perfil se ha guardado en nuestra bolsa de talento.
El nivel de las candidaturas este año ha sido altísimo, lo que nos ha puesto muy difícil la decisión. En esta ocasión no te vamos a convocar a la siguiente fase.
Ha sido un placer conocerte durante el proceso y nos encantaría seguir en contacto: síguenos en LinkedIn y activa las alertas de empleo. Para esta posición, hemos decidido avanzar con otras personas.
""",
        "rej_terse_buried": """
SUBJECT: Candidatura descartada: {role} || Puedes consultar el estado actualizado de tu candidatura en tu área privada.
SUBJECT: RE: ¿Alguna novedad? || Gracias por escribir y perdona la tardanza, han sido dos semanas de locura con el inventario. Al final nos hemos decidido por otra persona. Siento no traerte mejores noticias.
No seguimos adelante esta vez, lo siento. ¡Gracias por presentarte!
En los últimos cinco años {company} ha pasado de un único almacén a catorce centros en toda la comunidad, y eso se lo debemos a nuestra gente. Apostamos por la formación, por la promoción interna, y nos hizo mucha ilusión recibir tantas candidaturas para el puesto de {role}. Cada una ha sido revisada por alguien del equipo de operaciones según los requisitos de la oferta. Tras esa revisión, hemos decidido no continuar con tu candidatura.
El estado de su candidatura a la oferta 48213 ({role}) ha cambiado a: Cerrada, no seleccionada. Este mensaje se ha generado automáticamente; no responda a esta dirección.
SUBJECT: RE: Enlace al portfolio || Gracias por el mensaje y por el enlace. Sobre tu pregunta de los plazos: cerramos el proceso la semana pasada y el puesto ya se ha ofrecido a otra persona, así que por nuestra parte no hay más pasos.
SUBJECT: {role}: resolución || Lamentamos comunicarle que su candidatura no ha sido seleccionada.
Gracias por participar en nuestro assessment del 9 de mayo. Como os explicamos allí, la dinámica de grupo, el ejercicio de bandeja de entrada y la entrevista se valoran de forma conjunta. Los gastos de desplazamiento presentados antes del 31 de mayo se abonarán en 30 días sea cual sea el resultado, y tus datos se conservarán seis meses según nuestra política de privacidad. En esta ocasión no has superado el proceso.
La vacante ya está cubierta. Gracias.
SUBJECT: Tu candidatura: resultado || Tras revisarla, no vamos a continuar con tu candidatura.
""",
        "rej_programme": """
Hemos terminado de evaluar las solicitudes para el Programa de Graduados 2025. Lamentamos comunicarte que no podremos ofrecerte una plaza en el programa este año.
La comisión de selección ha revisado más de 180 solicitudes para la plaza de profesor ayudante doctor. Su solicitud no ha sido seleccionada para la fase de presentación pública. Agradecemos su interés en el departamento.
Gracias por presentarse a la convocatoria de contratos predoctorales. La comisión ha recibido candidaturas de gran nivel y ha resuelto no adjudicarle el contrato en esta convocatoria.
Gracias por venir a la jornada de puertas abiertas y hacer las pruebas. Sentimos decirte que no podemos ofrecerte plaza en nuestro programa de FP Dual para el curso que empieza en septiembre.
Ya hemos asignado todas las plazas de prácticas de verano y, este año, no has sido seleccionado.
Lamentamos informarle de que su solicitud al programa de ayudas posdoctorales no ha sido propuesta para financiación en esta convocatoria. Los informes de evaluación estarán disponibles en la sede electrónica en unas cuatro semanas.
Tras la jornada de selección, el comité del despacho ha decidido no ofrecerle una plaza en el programa de juniors del próximo curso. Sabemos el esfuerzo que supone el proceso y agradecemos su interés.
Ha finalizado el proceso de adjudicación y no ha obtenido plaza en esta ronda. Queda en lista de reserva; las plazas de reserva solo se ofrecen si alguna persona adjudicataria renuncia antes del 1 de julio.
Gracias por tu solicitud para la promoción 2025 de nuestro programa de fellows. La selección ha sido muy exigente y no podemos ofrecerte una plaza.
""",
        "ack_received": """
¡Gracias por inscribirte en la oferta de {role}! Hemos recibido tu candidatura y el equipo la revisará en las próximas dos semanas. Puedes consultar el estado cuando quieras desde tu área de candidato.
Su solicitud (referencia HSP-2025-0417) ha sido registrada en el Servicio de Personal. La baremación se realizará una vez cerrado el plazo y nos pondremos en contacto con las personas preseleccionadas en un plazo de tres semanas.
¡Recibido tu CV, gracias! Marta vuelve de vacaciones el lunes y le echará un vistazo entonces. En cualquier caso, te decimos algo antes de que acabe la semana que viene.
SUBJECT: Expediente completo || Su expediente de solicitud ya está completo: carta de presentación, CV, proyecto de investigación y tres cartas de referencia. La comisión empezará a revisar las solicitudes el 15 de noviembre.
Gracias por escribirme. Lo he leído esta mañana y el fin de semana miro tu portfolio con calma; a principios de la semana que viene te digo algo.
SUBJECT: Tu candidatura sigue en revisión || Una actualización rápida: la revisión de candidaturas para {role} está llevando más tiempo del previsto por el volumen recibido. Tu candidatura sigue en proceso y esperamos contactar contigo antes del 30 de junio.
Le confirmamos la recepción de su candidatura. Por favor, indique su número de solicitud 2025-0311 en cualquier comunicación.
""",
        "ack_warning": """
Hemos recibido tu candidatura. Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual. Si no tienes noticias nuestras en las cuatro semanas siguientes al cierre de la oferta, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
Gracias por su candidatura. Le informamos de que solo nos pondremos en contacto con las personas preseleccionadas y de que no podemos ofrecer feedback en esta fase.
Tu candidatura ha llegado bien. Por las fiestas vamos un poco retrasados, lo sentimos, así que puede que tardemos hasta tres semanas en responder. ¡Gracias por la paciencia!
SUBJECT: Confirmación de recepción, léela || Gracias por tu solicitud. Hay muchísima competencia y, en años anteriores, la gran mayoría de candidatos no ha superado esta fase. Que esto no te desanime: leemos cada candidatura entera y te escribiremos cuando terminemos la preselección.
Tenemos tu candidatura para {role}. Perdona que no podamos contestar a todo el mundo en persona, somos un equipo pequeño, pero cada CV lo lee una persona de verdad y, si encaja, te escribimos en diez días.
Gracias por su candidatura. Le recordamos que ya no enviamos cartas de descarte por correo postal; el resultado aparecerá en su área de candidato una vez finalizado el proceso.
Esta es una confirmación automática del envío de tu candidatura. No respondas a este correo. Lamentablemente no podemos atender consultas sobre el estado de candidaturas individuales.
""",
        "inv_slot": """
Nos gustaría hablar contigo con más calma sobre el puesto de {role}. ¿Puedes elegir un hueco de 30 minutos en el enlace de abajo? El equipo suele estar en la oficina de Valencia de martes a jueves.
¿Tienes un rato esta semana para una llamada corta? Nada formal, te cuento un poco sobre el equipo y tú me cuentas qué buscas. A mí me va bien el jueves a partir de las 16:00 o el viernes por la mañana.
¿Te apetece venir a hacer una jornada de prueba? Son tres horas pagadas para que veas cómo es el turno de mañana y nosotros veamos qué tal te manejas. El sábado a las 7:00 en la tienda de la calle Ruzafa; trae calzado cerrado, el delantal te lo damos nosotros.
Como siguiente paso, te proponemos trabajar en el caso práctico adjunto (no más de dos o tres horas) y presentárselo a Nuria y a Javier en unos 30 minutos. ¿Te viene mejor el miércoles a las 10:00 o el jueves a las 15:00?
Le invitamos a visitar la unidad y conocer a la supervisora y al equipo de enfermería. La visita dura aproximadamente una hora e incluye una conversación con la supervisora. ¿Podría indicarnos su disponibilidad para las próximas dos semanas?
SUBJECT: ¿Un café? || Soy el fundador de {company} y he leído tu mensaje. ¿Te vienes a tomar un café esta semana? Hay un sitio muy majo al lado de la oficina, en la calle Pez. ¿Qué tal el miércoles por la mañana?
Nos complace comunicarle que ha sido preseleccionado/a para la siguiente fase. El tribunal desea reunirse con usted el 18 de junio en el Ayuntamiento, sala 2.14. La sesión durará unos 45 minutos y comenzará con una breve exposición sobre el tema indicado más abajo. Le rogamos confirme su asistencia respondiendo a este correo.
""",
        "inv_hardneg": """
El año pasado te presentaste a nuestro programa de graduados y, por desgracia, no pudimos ofrecerte plaza. Tu perfil se nos quedó grabado y ahora se ha abierto una posición de {role} en el mismo equipo, así que nos gustaría charlar contigo sobre ella. ¿Te iría bien el martes o el miércoles que viene?
Le pedimos disculpas por el correo que recibió ayer indicándole que su candidatura no seguía adelante: se envió por error a la lista equivocada. En realidad ha sido preseleccionado y queremos invitarle a reunirse con el tribunal. Elija un horario en el enlace de abajo y, de nuevo, disculpe la confusión.
Aunque no pudimos ofrecerte el puesto al que te presentaste al principio, al equipo le ha encajado mucho tu perfil para una posición nueva que se acaba de aprobar. ¿Tendrías un hueco la semana que viene para una videollamada de 45 minutos con la responsable?
Lamentablemente no podemos cubrir gastos de desplazamiento para la primera reunión, pero tenemos muchas ganas de conocerte y podemos hacerla por videollamada si te resulta más cómodo. Dinos qué prefieres y qué días te vienen bien.
""",
        "inv_reschedule": """
SUBJECT: Cambio de hora de su entrevista || Lamentablemente la Dra. Hidalgo está enferma y no podrá formar parte del tribunal mañana. En lugar de celebrar la entrevista sin ella, ¿podríamos trasladarla al jueves a las 11:00? Misma sala y mismo formato. Disculpe el aviso tan tardío.
Lo siento muchísimo, me ha surgido algo con un cliente y tengo que anular nuestra llamada del miércoles. ¿Te vendría bien el lunes a las 16:00? Si no, pásame un par de horarios que te encajen.
Un pequeño cambio para tu segunda ronda del día 12: la hemos tenido que mover de la oficina de Castellana a la de Méndez Álvaro y empezará a las 14:30 en vez de a las 14:00. ¿Te sigue viniendo bien?
""",
        "off_written": """
Me alegra muchísimo confirmarte nuestra oferta para el puesto de {role}. Te adjunto la carta de oferta y el contrato indefinido; por favor, revísalos y devuélvenoslos firmados antes del viernes 20 de junio. La fecha de incorporación, el salario y los beneficios que hablamos por teléfono están recogidos en la carta.
¡Bienvenida a bordo! Ya es oficial: queremos que te unas a {company}. En la próxima hora te llegará el contrato a través de la plataforma de firma electrónica, y Sam, de Personas, te escribirá para organizar tu primer día.
Tal como hablamos esta tarde por teléfono, le confirmo por escrito nuestra oferta: incorporación el 1 de septiembre con el salario acordado. Cualquier duda antes de firmar, aquí estoy.
¡El puesto es tuyo! ¿Puedes empezar el lunes a las 8? Tráete el DNI, el número de la Seguridad Social y el número de cuenta y hacemos el papeleo esa misma mañana.
SUBJECT: Propuesta de nombramiento || Tras la entrevista, me complace proponerle su contratación como {role} mediante contrato de duración determinada de 24 meses, grupo A2. Le ruego nos comunique su aceptación cumplimentando el formulario adjunto.
""",
        "off_conditional": """
Nos complace ofrecerle el puesto de {role}. Esta oferta queda condicionada a la comprobación satisfactoria de sus referencias, a la presentación del certificado negativo de delitos sexuales y al reconocimiento médico de aptitud. Nuestro equipo de incorporaciones se pondrá en contacto con usted para gestionarlo.
Por desgracia no hemos podido llegar del todo a la cifra que pedías, pero nos encantaría que te unieras y espero que esta propuesta te encaje: 42.000 euros brutos anuales más stock options, con revisión a los seis meses. Te adjunto la carta de oferta completa.
La decisión ha sido unánime y me alegra ofrecerle el puesto. La oferta está sujeta a la obtención de su autorización de residencia y trabajo; nuestro despacho de extranjería le contactará esta semana para iniciar el trámite y la empresa asumirá los costes.
Nos alegra ofrecerte una plaza en nuestro programa de becas 2025, siempre que finalices el máster antes de julio. Acepta o rechaza la oferta en un plazo de 14 días desde tu área de candidato.
""",
        "oth_logistics": """
SUBJECT: ¿Sigues interesado/a? || Estamos retomando las candidaturas recibidas en primavera para {role} y antes de seguir queremos confirmar que sigues interesado/a. ¿Nos respondes sí o no antes del viernes? Si no sabemos nada, entenderemos que ya no te interesa.
Lamentablemente, el CV que adjuntaste no se puede abrir; parece que el archivo está dañado. ¿Podrías volver a subirlo en PDF a través del enlace de abajo? El resto de tu candidatura está completo.
Gracias por asistir a la jornada de evaluación. Te adjuntamos el formulario de liquidación de gastos; envíanoslo con los tickets en un plazo de 30 días y te reembolsaremos el viaje.
El 1 de julio cambiamos de plataforma de selección. Por desgracia tu cuenta actual no se puede migrar, así que si quieres conservar tus candidaturas guardadas, descárgalas antes de esa fecha.
Antes de tu incorporación, completa por favor los formularios de alta en el portal de onboarding, incluidos el contacto de emergencia y los datos bancarios. El portátil te llegará a casa la semana anterior a tu primer día.
¿Podrías indicarnos tu periodo de preaviso y la fecha más temprana en la que podrías incorporarte? Estamos organizando el calendario del equipo y nos vendría bien tenerlo antes de la última fase.
SUBJECT: Documento pendiente || Revisando tu expediente hemos visto que falta la copia de tu NIE. ¿Nos puedes mandar un escaneo a esta dirección antes del miércoles?
""",
        "oth_alert_news": """
SUBJECT: 5 nuevas ofertas para tu búsqueda || Nuevas ofertas de «coordinador de logística» cerca de ti: Técnico de tráfico en Transportes Levante Sur, Auxiliar de operaciones en Greyline Foods y 3 más. Recibes este correo porque creaste una alerta. Gestiona tus alertas o date de baja abajo.
SUBJECT: ¿Otro «no»? Cómo levantarse || En el boletín de Empleo de este mes: por qué un rechazo dice menos de ti de lo que crees, tres preguntas que hacer cuando un reclutador te dice que no y cómo seguir después del décimo «lamentablemente». Además: frases que funcionan para negociar el sueldo.
SUBJECT: Restablece tu contraseña || Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de candidato. Si has sido tú, pulsa el enlace de abajo; caduca en 60 minutos. Si no, ignora este correo.
SUBJECT: Tu cuenta se eliminará pronto || Hace tiempo que no entras. Según nuestra política de conservación de datos, las cuentas inactivas se eliminan lamentablemente a los 24 meses. Inicia sesión antes del 30 de junio para mantener tu perfil y tus búsquedas guardadas.
¡Te invitamos a nuestra Tarde de Empleo el 14 de noviembre! Conoce a nuestros graduados, descubre cómo es trabajar en {company} y deja que nuestro equipo de selección revise tu CV. Inscripción gratuita, plazas limitadas.
Tu perfil ha sido visto por 3 reclutadores esta semana. Hazte Premium para saber quién está interesado en ti y destacar tu candidatura.
SUBJECT: Lamentablemente, no todas las candidaturas salen adelante || Nuestra guía para quien busca empleo: casi todo el mundo recibe muchos «lamentablemente» antes de un sí. En el webinar del jueves, el equipo de orientación explica cómo pedir feedback y qué hacer con él. Inscríbete en el enlace.
""",
        "oth_closure": """
Gracias por avisarnos de que retiras tu candidatura al puesto de {role}. Lo hemos anotado y no volveremos a contactarte sobre esta vacante. ¡Mucha suerte en el nuevo trabajo!
Enhorabuena por el nuevo puesto y gracias por ser tan claro con nosotros. Como te prometí, aquí tienes el feedback de la última entrevista por si te sirve en el futuro: el comité te puntuó muy alto en resolución de problemas y pensó que la presentación podría haber sido más concisa.
D. Julián Ferrer se ha presentado a una vacante en nuestra empresa y le ha indicado como referencia. Le agradeceríamos que completara el breve cuestionario del enlace antes del 3 de junio. Sus respuestas serán tratadas de forma confidencial.
SUBJECT: ¿Qué tal tu experiencia? || Sea cual sea el resultado de tu candidatura, nos gustaría saber cómo has vivido el proceso. La encuesta dura cuatro minutos y es anónima.
De acuerdo con el RGPD y nuestra política de privacidad, los datos personales facilitados con su candidatura se suprimirán definitivamente el 1 de agosto. Si desea que los conservemos para futuras vacantes, otorgue su consentimiento en el enlace.
Estoy buscando perfiles para un par de posiciones parecidas a la tuya. Si conoces a alguien a quien le pueda interesar, te agradecería que le pasaras mis datos; pagamos una comisión por recomendación si la persona acaba incorporándose.
""",
    },
    "pt": {
        "rej_after_final": """
Obrigado por todo o tempo que dedicou ao processo: a chamada inicial, o exercício técnico e a entrevista com o painel na terça. Prefiro ser direto: decidimos avançar com outra candidata para a função de {role}. Foi muito equilibrado. O painel gostou imenso da forma como explicou o modelo de previsão de stocks, mas a outra candidata tem experiência prática em migrações de ERP, que vão ocupar quase todo o primeiro ano. Se lhe for útil, posso ligar-lhe quinze minutos para partilhar o feedback em detalhe.
Depois da entrevista final com a diretoria e de muita conversa interna, decidimos não seguir com a sua candidatura. Para sua referência: o comitê destacou sua organização e sua relação com as áreas parceiras, mas sentiu falta de experiência com gestão de orçamento próprio.
Fiz questão de te escrever pessoalmente em vez de deixar sair uma mensagem automática. Ontem oferecemos a vaga a outra pessoa, que aceitou. Você era um dos dois perfis que a gente estava considerando até o fim, e eu gostaria muito de manter contato.
Concluídas as entrevistas, o júri de seleção apreciou as candidaturas finalistas à luz do perfil de competências e deliberou propor outro candidato, cujo perfil se adequa melhor, nomeadamente na coordenação de equipas. Lamentamos não poder dar uma resposta favorável à sua candidatura.
Resumindo: desta vez não deu, e sinto muito. O dia de teste correu muito bem e a equipa gostou de ti, mas precisamos de alguém que abra a padaria às 5h de segunda a sexta já a partir de agora, e pelo que conversámos isso só te é possível em setembro. É mesmo o único motivo.
Sua apresentação do case foi uma das mais caprichadas que vimos, e a resposta sobre acessibilidade ficou na cabeça de todo mundo. Mesmo assim, o time entendeu que para essa vaga precisamos de alguém que já tenha liderado um design system de ponta a ponta, então não vamos seguir com sua candidatura. Fica de olho nas vagas de nível pleno que vamos abrir no segundo semestre.
Os sócios reuniram-se na segunda-feira para analisar a última fase do recrutamento de {role}. Lamento informar que não lhe iremos apresentar proposta. O seu exercício escrito foi sólido; como ponto de desenvolvimento, sugerimos a visão comercial: no caso prático centrou-se na análise jurídica e pouco abordou a preocupação do cliente com os custos.
Como combinei na sexta, aqui vai o retorno: meu cliente decidiu seguir com outro candidato da shortlist, que já vinha da indústria de alimentos. Falaram muito bem de você, principalmente sobre planejamento de turnos, então não desanima. Vou te manter em mente para as outras duas vagas que conversamos.
Obrigada por ter vindo à segunda entrevista e à prova na cozinha. O chef gostou muito da sua postura durante o serviço. No entanto, optámos por uma candidata com mais experiência em pastelaria, que é onde neste momento temos a maior lacuna.
SUBJECT: Sobre a nossa conversa de quarta || Acabei de falar com a presidente do conselho: decidimos nomear a outra finalista como diretora de programas. Sei o quanto isso é frustrante depois de três etapas e de uma apresentação ao conselho, e quero que saiba o quanto valorizamos seu empenho. Se quiser um retorno do comitê, a Helena agenda uma conversa na semana que vem.
""",
        "rej_role_gone": """
Escrevo com uma notícia que infelizmente não é a que esperávamos dar. Após a revisão do orçamento para o próximo ano, a posição de {role} foi eliminada e não será preenchida. Isto não tem nada a ver consigo nem com a sua candidatura, e lamento que aconteça depois de já ter conhecido a equipa.
Informamos que a vaga foi preenchida internamente, por isso não daremos seguimento às candidaturas externas.
SUBJECT: Atualização sobre a vaga de {role} || Devido ao congelamento de contratações anunciado hoje de manhã para todo o grupo, todos os processos em aberto, incluindo este, estão suspensos por tempo indeterminado. Por isso estamos encerrando sua candidatura. Se as contratações forem retomadas, a vaga será republicada e você poderá se candidatar novamente.
Prefiro te falar logo do que te deixar esperando: a rodada de investimento não fechou e tive que congelar todas as contratações pelo menos até o começo do ano, inclusive essa. Sei que você desistiu de outro processo para seguir com a gente, e sinto muito mesmo.
Na sequência de uma reestruturação interna, as funções do posto foram integradas numa equipa já existente e a posição deixou de existir. Assim, não nos é possível dar seguimento à sua candidatura.
Informa-se que o procedimento concursal com a referência PC-2025/114 foi cancelado. Os candidatos não serão novamente contactados no âmbito deste procedimento.
A inauguração da nossa nova loja no Shopping Vila Nova foi adiada para o ano que vem, então não vamos mais contratar a equipe de abertura nem seguir com os currículos recebidos. Obrigado pelo interesse e desculpe a mudança de planos.
Uma atualização rápida: o meu cliente suspendeu esta pesquisa. O diretor da área saiu da empresa e estão a repensar toda a estrutura da equipa, por isso esta vaga fica em stand-by. Se voltar noutro formato, aviso-o.
Fomos informados de que o financiamento do projeto não será renovado, pelo que o concurso para a bolsa de investigação fica sem efeito. O júri agradece o seu interesse e lamenta o incómodo.
""",
        "rej_requirement": """
Esta vaga exige autorização de trabalho válida no Brasil, e no momento não conseguimos apoiar processos de visto. Por isso não podemos seguir com sua candidatura.
É requisito obrigatório estar inscrito na Ordem dos Enfermeiros à data de início de funções. Como a sua inscrição ainda está em curso, não podemos considerar a sua candidatura neste recrutamento. Poderá candidatar-se novamente assim que tiver a cédula profissional.
A sua candidatura deu entrada a 14 de março, fora do prazo, que terminou a 12 de março. Nos termos do aviso de abertura, as candidaturas apresentadas fora de prazo são excluídas.
A função exige carta de condução de categoria B há pelo menos dois anos, por implicar deslocações diárias entre lojas. Não estando este requisito cumprido, não podemos avaliar a sua candidatura.
Obrigado pela candidatura! Para essa vaga de atendimento é imprescindível inglês fluente (C1), porque a maioria dos clientes está nos Estados Unidos. Seu teste de nível ficou em B1, então por enquanto não conseguimos avançar.
Foi pedido a todos os candidatos que concluíssem o teste online até sexta-feira às 17h. Como não recebemos os seus resultados, a sua candidatura foi retirada do processo.
Com base nas suas respostas às perguntas de triagem, sua candidatura não atende aos requisitos mínimos desta vaga e não seguirá no processo. Esta é uma mensagem automática.
Precisamos que todo mundo da equipe trabalhe pelo menos dois fins de semana por mês, e no formulário você marcou só dias úteis. Por isso, para essa loja não dá, mas se sua disponibilidade mudar, pode se candidatar de novo.
Conforme indicado no anúncio, é exigida licenciatura em Gestão, Contabilidade ou área afim. Com a documentação enviada não foi possível comprovar este requisito, pelo que a sua candidatura não foi pré-selecionada.
""",
        "rej_soft_pool": """
Boas notícias: adicionamos seu perfil ao nosso banco de talentos! Embora não vamos seguir com sua candidatura para {role}, você vai ser dos primeiros a saber de novas vagas com o seu perfil.
Adorámos ler a sua candidatura, e nota-se logo a paixão que tem pelo que fazemos. Este ano recebemos mais de 400 candidaturas para duas vagas e, desta vez, não foi selecionado para a fase seguinte.
Parabéns por ter chegado à etapa final: só seis de quase 900 candidatos chegaram até aqui. Ainda assim, depois de muita reflexão, decidimos oferecer a vaga a outra pessoa.
Acreditamos que você tem tudo a ver com a {company}, só que não com essa vaga neste momento. Vamos guardar seus dados por doze meses e, se surgir algo mais adequado, entramos em contato.
O seu percurso chamou-nos a atenção e, embora não possamos oferecer-lhe esta posição, gostaríamos de manter o seu currículo na nossa base de dados. Informamos que isso não implica qualquer compromisso de contacto futuro.
Primeiro a parte boa: seu perfil continua visível para nossos recrutadores em futuras vagas. A parte não tão boa: para esta posição escolhemos candidaturas com experiência mais próxima do que a equipe precisa.
SUBJECT: Alteração de status: não selecionado, mantido no banco de talentos || Sua candidatura para {role} foi analisada. Seu perfil foi mantido em nosso banco de talentos.
O nível das candidaturas este ano foi altíssimo, o que tornou as nossas decisões muito difíceis. Desta vez não o vamos convidar para a próxima etapa.
Foi um prazer te conhecer ao longo do processo e a gente adoraria manter contato: segue a gente no LinkedIn e ativa os alertas de vagas. Para esta posição, decidimos seguir com outras pessoas.
""",
        "rej_terse_buried": """
SUBJECT: Candidatura não selecionada: {role} || Consulte o estado atualizado da sua candidatura na sua área de candidato.
SUBJECT: RE: Alguma novidade? || Obrigada por perguntar e desculpe a demora, foram duas semanas malucas com o inventário. No fim ficamos com outra pessoa. Sinto não ter notícias melhores.
Não vamos avançar desta vez, desculpa. Obrigado por te candidatares!
Nos últimos cinco anos a {company} passou de um único armazém para catorze unidades em todo o estado, e isso devemos às nossas pessoas. Investimos em formação, priorizamos a promoção interna e ficamos muito felizes com o número de candidaturas para a vaga de {role}. Cada uma foi lida por alguém da equipe de operações com base nos requisitos do anúncio. Após essa análise, decidimos não dar continuidade à sua candidatura.
O status da sua candidatura para a vaga 48213 ({role}) foi alterado para: Encerrada, não selecionada. Esta mensagem foi gerada automaticamente; respostas a este endereço não são lidas.
SUBJECT: RE: Link do portfólio || Obrigado pela mensagem e pelo link. Sobre a sua pergunta do prazo: fechamos o processo na semana passada e a vaga já foi oferecida a outra pessoa, então da nossa parte não há próximos passos.
SUBJECT: {role}: resultado || Lamentamos informar que a sua candidatura não foi selecionada.
Obrigado por ter participado no nosso assessment center de 9 de maio. Como explicado no dia, a dinâmica de grupo, o exercício de priorização e a entrevista são avaliados em conjunto. As despesas de deslocação submetidas até 31 de maio serão reembolsadas em 30 dias, independentemente do resultado, e os seus dados serão conservados durante seis meses nos termos da nossa política de privacidade. Desta vez não foi selecionado.
A vaga já foi preenchida. Obrigado.
SUBJECT: Sua candidatura: retorno || Após análise, não vamos seguir com a sua candidatura.
""",
        "rej_programme": """
Concluímos a avaliação das candidaturas ao Programa de Trainees 2025. Lamentamos informar que não conseguiremos oferecer-lhe um lugar no programa este ano.
A comissão de seleção analisou mais de 180 candidaturas para a vaga de professor auxiliar. A sua candidatura não foi selecionada para a fase de audição pública. Agradecemos o seu interesse no departamento.
Obrigado por se candidatar à bolsa de doutorado com financiamento. A banca recebeu candidaturas de altíssimo nível e decidiu não lhe atribuir a bolsa neste edital.
Obrigado por teres vindo ao nosso dia aberto e feito as provas. Lamentamos, mas não te podemos oferecer lugar no nosso programa de aprendizagem com início em setembro.
Todas as vagas de estágio de verão já foram preenchidas e, este ano, você não foi selecionado.
Lamentamos informar que o seu projeto de pós-doutoramento não foi recomendado para financiamento nesta chamada. Os pareceres dos avaliadores ficarão disponíveis na plataforma dentro de cerca de quatro semanas.
Após o dia de seleção, o comitê do escritório decidiu não lhe oferecer uma vaga no programa de estágio jurídico. Sabemos o esforço que o processo exige e agradecemos o seu interesse.
O processo de colocação foi concluído e não obteve vaga nesta fase. Ficou em lista de reserva; as vagas de reserva só são atribuídas se algum candidato colocado desistir até 1 de julho.
Obrigado pela sua candidatura à turma 2025 do nosso programa de fellows. A seleção foi muito disputada e, infelizmente, não podemos oferecer-lhe um lugar.
""",
        "ack_received": """
Obrigado por se candidatar à vaga de {role}! Recebemos sua candidatura e o time vai analisá-la nas próximas duas semanas. Você pode acompanhar o status a qualquer momento pela sua área de candidato.
A sua candidatura (referência HSA-2025-0417) foi registada pelo Serviço de Recursos Humanos. A triagem será feita após o fecho do prazo e entraremos em contacto com os candidatos pré-selecionados no prazo de três semanas.
Recebemos teu currículo, obrigado! A Marta volta das férias na segunda e dá uma olhada nessa altura. De qualquer forma, falamos contigo até ao fim da próxima semana.
SUBJECT: Processo completo || O seu processo de candidatura está agora completo: carta de motivação, CV, projeto de investigação e três cartas de recomendação. A comissão começará a analisar as candidaturas a 15 de novembro.
Obrigado pela mensagem! Li hoje de manhã e vou ver seu portfólio com calma no fim de semana; no começo da semana que vem te dou um retorno.
SUBJECT: Sua candidatura continua em análise || Uma atualização rápida: a análise das candidaturas para {role} está demorando mais do que o previsto por causa do volume. Sua candidatura segue no processo e esperamos entrar em contato até 30 de junho.
Confirmamos a receção da sua candidatura. Indique, por favor, o seu número de candidato 2025-0311 em qualquer comunicação.
""",
        "ack_warning": """
Recebemos sua candidatura. Devido ao grande volume de inscrições, infelizmente não conseguimos responder individualmente a cada pessoa. Se não tiver notícias nossas em até quatro semanas após o encerramento da vaga, considere que sua candidatura não foi selecionada desta vez.
Obrigado pela sua candidatura. Informamos que apenas os candidatos pré-selecionados serão contactados e que não nos é possível dar feedback nesta fase.
Sua candidatura chegou certinho. Com as festas estamos um pouco atrasados, desculpa, então pode levar até três semanas para a gente responder. Obrigado pela paciência!
SUBJECT: Confirmação de receção, leia por favor || Obrigado pela sua candidatura. A concorrência é grande e, em anos anteriores, a grande maioria dos candidatos não passou desta fase. Não desanime: cada candidatura é lida na íntegra e receberá um e-mail quando a pré-seleção estiver concluída.
Temos a tua candidatura para {role}. Desculpa não conseguirmos responder pessoalmente a toda a gente, somos uma equipa pequena, mas cada CV é lido por uma pessoa de verdade e, se fizer sentido, falamos contigo em dez dias.
Obrigado pela candidatura. Lembramos que não enviamos mais cartas de recusa pelo correio; o resultado aparecerá na sua área de candidato quando o processo for concluído.
Esta é uma confirmação automática do envio da sua candidatura. Não responda a este e-mail. Infelizmente não podemos atender pedidos de informação sobre o andamento de candidaturas individuais.
""",
        "inv_slot": """
Gostaríamos de conversar com mais calma sobre a vaga de {role}. Você pode escolher um horário de 30 minutos no link abaixo? O time costuma estar no escritório de Campinas de terça a quinta.
Tens um tempinho esta semana para uma chamada rápida? Nada formal, conto-te um pouco sobre a equipa e tu contas-me o que procuras. Para mim dá quinta depois das 14h ou sexta de manhã.
Topa vir fazer um dia de experiência? São três horas remuneradas para você ver como é o movimento da manhã e a gente ver como você se sai. Sábado às 7h na loja da Rua Augusta; venha de sapato fechado, o avental a gente empresta.
Como próximo passo, propomos que trabalhe no estudo de caso em anexo (no máximo duas a três horas) e o apresente à Inês e ao Rui durante cerca de 30 minutos. Prefere quarta às 10h ou quinta às 15h?
Gostaríamos de a convidar a visitar o serviço e conhecer a enfermeira-chefe e a equipa. A visita dura cerca de uma hora e inclui uma conversa com a chefia. Pode indicar-nos a sua disponibilidade para as próximas duas semanas?
SUBJECT: Um café? || Sou o fundador da {company} e li sua mensagem. Bora tomar um café esta semana? Tem um lugar ótimo do lado do escritório, na Rua Harmonia. Quarta de manhã funciona para você?
Temos o prazer de informar que foi pré-selecionado para a fase seguinte. O júri gostaria de o receber no dia 18 de junho, nos Paços do Concelho, sala 2.14. A sessão terá cerca de 45 minutos e começará com uma breve exposição sobre o tema indicado abaixo. Agradecemos que confirme a sua presença respondendo a este e-mail.
""",
        "inv_hardneg": """
No ano passado você se candidatou ao nosso programa de trainees e, infelizmente, não conseguimos te oferecer uma vaga. Seu perfil ficou na nossa memória, e agora abriu uma posição de {role} no mesmo time: adoraríamos conversar com você sobre ela. Terça ou quarta da semana que vem funcionam?
Pedimos desculpa pelo e-mail que recebeu ontem a informar que a sua candidatura não avançava: foi enviado por engano para a lista errada. Na verdade foi pré-selecionado e queremos convidá-lo para uma reunião com o júri. Escolha um horário no link abaixo e, mais uma vez, desculpe a confusão.
Mesmo não tendo conseguido te oferecer a vaga para a qual você se candidatou inicialmente, o time achou seu perfil muito interessante para uma nova posição que acabou de ser aprovada. Teria um horário na semana que vem para uma videochamada de 45 minutos com a gestora?
Infelizmente não podemos reembolsar as despesas de deslocação na primeira conversa, mas queremos muito conhecê-lo e podemos fazê-la por videochamada, se for mais prático. Diga-nos o que prefere e que dias lhe dão jeito.
""",
        "inv_reschedule": """
SUBJECT: Alteração do horário da sua entrevista || Infelizmente a Dra. Henriques está doente e não poderá integrar o júri amanhã. Em vez de realizarmos a entrevista sem ela, poderíamos passá-la para quinta-feira às 11h? Mesma sala e mesmo formato. Pedimos desculpa pelo aviso em cima da hora.
Mil desculpas, surgiu um imprevisto com um cliente e vou ter que cancelar nossa ligação de quarta. Segunda às 16h funciona para você? Se não, me manda uns horários que fiquem bons.
Uma pequena mudança para a sua segunda etapa no dia 12: tivemos de a mudar do escritório das Amoreiras para o do Parque das Nações, e vai começar às 14h30 em vez das 14h. Continua a dar-lhe jeito?
""",
        "off_written": """
Fico muito feliz em confirmar nossa proposta para a posição de {role}. Em anexo estão a carta-proposta e o contrato CLT; por favor, revise e devolva assinados até sexta-feira, 20 de junho. Data de início, salário e benefícios que conversamos por telefone estão todos na carta.
Bem-vinda a bordo! Agora é oficial: queremos que venha para a {company}. Na próxima hora vai receber o contrato pela nossa plataforma de assinatura eletrónica, e o Sam, das Pessoas, vai contactá-la para combinar o primeiro dia.
Conforme falamos hoje à tarde por telefone, confirmo por escrito a nossa proposta: início a 1 de setembro com o vencimento acordado. Qualquer dúvida antes de assinar, estou à disposição.
A vaga é sua! Consegue começar segunda às 8h? Traga a carteira de trabalho, RG, CPF e os dados bancários que a gente resolve a papelada logo de manhã.
SUBJECT: Proposta de contratação || Na sequência da sua entrevista, tenho o prazer de lhe propor a contratação como {role}, em regime de contrato a termo certo por 24 meses. Agradecemos que nos comunique a sua aceitação preenchendo o formulário em anexo.
""",
        "off_conditional": """
Temos o prazer de lhe oferecer a posição de {role}. A proposta fica condicionada à verificação das suas referências, à apresentação do certificado de registo criminal e à aptidão no exame de medicina do trabalho. A nossa equipa de integração entrará em contacto para tratar destes passos.
Infelizmente não conseguimos chegar ao valor que você pediu, mas adoraríamos ter você no time e espero que a proposta faça sentido: R$ 14.500 por mês mais stock options, com revisão em seis meses. A carta-proposta completa vai em anexo.
A decisão foi unânime e tenho o prazer de lhe oferecer a posição. A proposta está sujeita à obtenção da sua autorização de residência para trabalho; o nosso advogado de imigração vai contactá-lo esta semana para iniciar o processo, e a empresa suporta os custos.
Temos o prazer de te oferecer uma vaga no nosso programa de estágio 2025, desde que concluas a licenciatura até julho. Aceita ou recusa a proposta no prazo de 14 dias na tua área de candidato.
""",
        "oth_logistics": """
SUBJECT: Ainda tem interesse? || Estamos retomando as candidaturas recebidas no primeiro semestre para {role} e, antes de continuar, queremos confirmar se você ainda tem interesse. Pode responder sim ou não até sexta? Se não tivermos retorno, vamos entender que não tem mais interesse.
Infelizmente o CV que anexou não abre; o ficheiro parece estar danificado. Pode voltar a carregá-lo em PDF através do link abaixo? O resto da sua candidatura está completo.
Obrigado por ter participado no dia de avaliação. Segue em anexo o formulário de reembolso de despesas; envie-o com os recibos no prazo de 30 dias e reembolsamos a viagem.
No dia 1 de julho vamos mudar de plataforma de recrutamento. Infelizmente sua conta atual não pode ser migrada, então, se quiser guardar suas candidaturas salvas, faça o download antes dessa data.
Antes do seu primeiro dia, preencha por favor os formulários de admissão no portal de onboarding, incluindo contato de emergência e dados bancários. O notebook será enviado para sua casa na semana anterior ao início.
Poderia indicar-nos o seu período de aviso prévio e a data mais próxima em que poderia começar? Estamos a organizar o calendário da equipa e dava-nos jeito saber antes da última fase.
SUBJECT: Documento em falta || Ao tratar do seu processo, verificámos que falta a cópia do seu título de residência. Pode enviar-nos uma digitalização para este endereço até quarta-feira?
""",
        "oth_alert_news": """
SUBJECT: 5 novas vagas para a sua pesquisa || Novas vagas de "coordenador de logística" perto de você: Analista de transportes na TransSul Cargas, Assistente de operações na Greyline Foods e mais 3. Você recebe este e-mail porque criou um alerta de vagas. Gerencie seus alertas ou cancele a inscrição abaixo.
SUBJECT: Mais um "não"? Como dar a volta por cima || Na newsletter de Carreira deste mês: por que uma recusa diz menos sobre você do que parece, três perguntas a fazer quando um recrutador diz não e como manter o ânimo depois do décimo "infelizmente". E ainda: frases que funcionam para negociar salário.
SUBJECT: Redefinir a palavra-passe || Recebemos um pedido para redefinir a palavra-passe da sua conta de candidato. Se foi você, clique no link abaixo; é válido durante 60 minutos. Caso contrário, ignore este e-mail.
SUBJECT: Sua conta será excluída em breve || Faz tempo que você não aparece. De acordo com nossa política de retenção de dados, infelizmente contas inativas são excluídas após 24 meses. Entre até 30 de junho para manter seu perfil e suas buscas salvas.
Está convidado para a nossa Noite de Carreiras a 14 de novembro! Conheça os nossos trainees, descubra como é trabalhar na {company} e peça aos nossos recrutadores que revejam o seu CV. Inscrição gratuita, lugares limitados.
Seu perfil foi visto por 3 recrutadores esta semana. Assine o Premium para saber quem está interessado e destacar sua candidatura.
SUBJECT: Infelizmente, nem todas as candidaturas dão certo || Nosso guia para quem está procurando emprego: quase todo mundo recebe muitos "infelizmente" antes de um sim. No webinar de quinta, nossa equipe de carreiras mostra como pedir feedback e o que fazer com ele. Inscreva-se pelo link.
""",
        "oth_closure": """
Obrigado por nos avisar que retirou a sua candidatura à vaga de {role}. Já atualizámos o seu registo e não voltaremos a contactá-lo sobre esta vaga. Boa sorte no novo desafio!
Parabéns pelo novo emprego e obrigado pela transparência! Como prometido, segue o feedback da última entrevista, caso seja útil no futuro: o comitê te avaliou muito bem em resolução de problemas e achou que a apresentação poderia ter sido mais objetiva.
O Sr. João Ferraz candidatou-se a uma vaga na nossa empresa e indicou-o como referência. Agradecíamos que preenchesse o breve questionário no link abaixo até 3 de junho. As suas respostas serão tratadas de forma confidencial.
SUBJECT: Como foi a sua experiência? || Independentemente do resultado da sua candidatura, gostaríamos de saber como foi o processo para você. A pesquisa leva quatro minutos e é anônima.
Nos termos do RGPD e da nossa política de privacidade, os dados pessoais enviados com a sua candidatura serão definitivamente apagados a 1 de agosto. Se pretender que os guardemos para futuras vagas, dê o seu consentimento através do link abaixo.
Estou recrutando para algumas posições parecidas com a sua. Se conhecer alguém que possa ter interesse, agradeço se passar meus contatos; pagamos um bônus por indicação caso a pessoa seja contratada.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Hi Alex,",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "Thank you for taking the time to apply to {company}.",
            "We appreciate your interest in working with us.",
        ],
        "wish": [
            "We wish you all the best with your search.",
            "Good luck with whatever comes next.",
            "We wish you every success in your future career.",
            "All the best,",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Since 2009 we have grown from a single site to a team of more than 1,200 colleagues, and we were named one of the region's best employers three years running. Find out more about life at {company} on our careers site and follow us on LinkedIn.",
            "{company} is a values-led organisation committed to equality, diversity and inclusion. We welcome applications from everyone, and we are proud to be a Disability Confident and Living Wage employer.",
            "Did you know? {company} plants a tree for every new colleague who joins us. Follow our journey on Instagram and discover the people behind our products.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender_first}",
            "Warm wishes,\n{sender}\nPeople Team, {company}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nRecruitment Office",
        ],
        "footer": [
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. {company} is registered in England and Wales.",
            "You are receiving this email because you applied for a position at {company}. To manage your communication preferences, visit your candidate account. Privacy notice | Unsubscribe",
            "Sent via HireBase on behalf of {company}. Please do not reply to this automated address.",
            "{company} | 14 Example Street, Leeds LS1 4XX | careers.example",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Your application to {company}",
            "Re: {role} application",
            "Application update: {role}",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "{company}: let's talk",
            "Invitation: {role} at {company}",
            "Meeting the team at {company}",
            "Re: {role}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer: {role}",
            "Welcome to {company}!",
            "Good news from {company}",
            "{role}: offer letter",
        ],
        "subject_oth": [
            "A message from {company}",
            "Update from {company} Careers",
            "{company} Careers",
            "Re: your application",
            "Action needed: your candidate account",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Liebe:r {first},",
            "Hi {first},",
            "Guten Tag,",
            "Hallo Alex Rivera,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Herzlichen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen dir alles Gute für deine weitere Suche!",
            "Wir wünschen Ihnen viel Erfolg und alles Gute.",
            "Alles Gute für dich und viel Erfolg!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 1.200 Menschen an 14 Standorten, und wir wurden drei Jahre in Folge als einer der besten Arbeitgeber der Region ausgezeichnet. Mehr über das Arbeiten bei {company} erfahren Sie auf unserer Karriereseite.",
            "{company} steht für Vielfalt und Chancengleichheit. Wir freuen uns über Bewerbungen aller Menschen unabhängig von Geschlecht, Herkunft, Religion, Behinderung, Alter oder sexueller Identität.",
            "Schon gewusst? Für jede neue Kollegin und jeden neuen Kollegen pflanzen wir einen Baum. Folge uns auf Instagram und lerne die Menschen hinter {company} kennen!",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender_first}",
            "Liebe Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail. {company} GmbH, Sitz: Leipzig, Amtsgericht Leipzig HRB 00000, Geschäftsführung: Dr. Anna Beispiel",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende. Benachrichtigungen verwalten | Abmelden",
            "Gesendet über HireBase im Auftrag von {company}. Bitte antworten Sie nicht auf diese automatisch versendete Nachricht.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung: {role}",
            "Re: Bewerbung {role}",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Nächste Schritte: {role}",
            "Einladung: {role} bei {company}",
            "Kennenlernen bei {company}",
            "Re: {role}",
            "Lass uns sprechen!",
        ],
        "subject_off": [
            "Ihr Angebot von {company}",
            "Vertragsangebot: {role}",
            "Willkommen bei {company}!",
            "Gute Neuigkeiten von {company}",
            "Dein Angebot",
        ],
        "subject_oth": [
            "Nachricht von {company}",
            "{company} Karriere",
            "Re: Ihre Bewerbung",
            "Info zu deinem Bewerberkonto",
            "Update von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour,",
            "Cher Alex,",
            "Bonjour Alex Rivera,",
            "Hello {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci d'avoir pris le temps de postuler chez {company}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans vos projets professionnels.",
            "Nous vous souhaitons le meilleur pour la suite.",
        ],
        "marketing": [
            "Chez {company}, nous sommes convaincus que les talents font la différence. Depuis 2009, nous sommes passés d'un seul site à plus de 1 200 collaborateurs, et nous avons été classés parmi les meilleurs employeurs de la région trois années de suite. Découvrez la vie chez {company} sur notre site carrières.",
            "{company} s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.",
            "Le saviez-vous ? {company} plante un arbre pour chaque nouvelle recrue. Suivez-nous sur Instagram pour découvrir les équipes derrière nos produits.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. {company} SAS, RCS Lyon 000 000 000.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Gérer mes préférences | Se désabonner",
            "Envoyé via HireBase pour le compte de {company}. Merci de ne pas répondre à ce message automatique.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{role} chez {company}",
            "Votre candidature chez {company}",
            "RE: Candidature {role}",
            "Candidature : {role}",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "Rencontre chez {company}",
            "Invitation : {role}",
            "RE: {role}",
            "Échangeons !",
        ],
        "subject_off": [
            "Votre proposition d'embauche",
            "Proposition : {role}",
            "Bienvenue chez {company} !",
            "Bonne nouvelle de {company}",
            "{role} : lettre d'offre",
        ],
        "subject_oth": [
            "Message de {company}",
            "{company} Carrières",
            "RE: votre candidature",
            "Votre espace candidat",
            "Information de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Hola {first},",
            "Buenos días:",
            "Hola, Alex Rivera:",
            "Buenas tardes, {first}:",
        ],
        "thanks": [
            "Gracias por el interés mostrado en {company}.",
            "Gracias por presentar la candidatura al puesto de {role}.",
            "Agradecemos el tiempo dedicado a la candidatura.",
        ],
        "wish": [
            "Mucha suerte en la búsqueda.",
            "Os deseamos lo mejor en los próximos pasos profesionales.",
            "Le deseamos mucho éxito en su carrera profesional.",
        ],
        "marketing": [
            "En {company} creemos que el talento marca la diferencia. Desde 2009 hemos pasado de un único centro a más de 1.200 profesionales, y llevamos tres años entre las mejores empresas para trabajar de la región. Descubre cómo es trabajar en {company} en nuestra web de empleo.",
            "{company} es una empresa comprometida con la igualdad de oportunidades y la diversidad. Todas nuestras vacantes están abiertas a personas con discapacidad.",
            "¿Sabías que {company} planta un árbol por cada nueva incorporación? Síguenos en Instagram y conoce a las personas que hay detrás de nuestros productos.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Gracias,\n{sender_first}",
        ],
        "footer": [
            "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. {company} S.L., inscrita en el Registro Mercantil de Madrid.",
            "De acuerdo con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@example.com. Gestionar preferencias | Darse de baja",
            "Enviado a través de HireBase en nombre de {company}. No responda a este mensaje automático.",
        ],
        "subject_app": [
            "Candidatura: {role}",
            "Tu candidatura en {company}",
            "Su candidatura al puesto de {role}",
            "RE: Candidatura {role}",
            "{role} en {company}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "¿Hablamos? | {company}",
            "Convocatoria: {role}",
            "RE: {role}",
            "Conoce al equipo de {company}",
        ],
        "subject_off": [
            "Tu oferta de {company}",
            "Oferta: {role}",
            "¡Bienvenida/o a {company}!",
            "Buenas noticias de {company}",
            "{role}: carta de oferta",
        ],
        "subject_oth": [
            "Mensaje de {company}",
            "{company} Empleo",
            "RE: tu candidatura",
            "Tu cuenta de candidato",
            "Información de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) {first},",
            "Bom dia,",
            "Olá, Alex Rivera,",
            "Oi {first},",
        ],
        "thanks": [
            "Agradecemos o interesse demonstrado pela {company}.",
            "Obrigado pela candidatura à vaga de {role}.",
            "Agradecemos o tempo dedicado à candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua procura.",
            "Boa sorte nos próximos passos!",
            "Votos de sucesso profissional.",
        ],
        "marketing": [
            "Na {company}, acreditamos que as pessoas fazem a diferença. Desde 2009 passámos de uma única unidade para mais de 1.200 colaboradores e fomos distinguidos três anos seguidos como um dos melhores locais para trabalhar. Saiba mais no nosso site de carreiras.",
            "A {company} valoriza a diversidade e a inclusão. Todas as nossas vagas são abertas a pessoas com deficiência.",
            "Sabia que a {company} planta uma árvore por cada nova pessoa que entra no time? Siga a gente no Instagram e conheça quem está por trás dos nossos produtos.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraço,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos",
            "Um abraço,\n{sender_first}",
        ],
        "footer": [
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, informe o remetente e elimine-a. {company}, NIPC 500 000 000.",
            "Em conformidade com a LGPD/RGPD, pode exercer os seus direitos de acesso, retificação e eliminação de dados. Gerir preferências | Cancelar subscrição",
            "Enviado via HireBase em nome de {company}. Não responda a esta mensagem automática.",
        ],
        "subject_app": [
            "Candidatura: {role}",
            "Sua candidatura na {company}",
            "A sua candidatura à vaga de {role}",
            "RE: Candidatura {role}",
            "{role} | {company}",
        ],
        "subject_inv": [
            "Próximo passo: {role}",
            "Vamos conversar? | {company}",
            "Convite: {role}",
            "RE: {role}",
            "Conheça a equipa da {company}",
        ],
        "subject_off": [
            "A sua proposta da {company}",
            "Proposta: {role}",
            "Bem-vindo(a) à {company}!",
            "Boas notícias da {company}",
            "{role}: carta-proposta",
        ],
        "subject_oth": [
            "Mensagem da {company}",
            "{company} Carreiras",
            "RE: sua candidatura",
            "A sua conta de candidato",
            "Informação da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to check in on the {role} position and ask whether there's any update on the timeline. I'm still very interested and happy to send anything else you need.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application and for getting in touch. We're still working through applications and hope to have news for everyone in the next couple of weeks.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zur Stelle als {role} schon einen neuen Stand gibt. Ich bin weiterhin sehr interessiert und schicke gern noch Unterlagen nach, falls etwas fehlt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für die Bewerbung und die Nachricht. Wir sichten gerade noch die Unterlagen und melden uns in den nächsten zwei Wochen bei allen.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet du poste de {role} : avez-vous une idée du calendrier ? Le poste m'intéresse toujours beaucoup et je peux vous transmettre tout document complémentaire.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature et votre message. Nous sommes encore en train d'étudier les dossiers et reviendrons vers chacun d'ici deux semaines.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar si hay alguna novedad sobre el proceso de {role} y los plazos previstos. Sigo muy interesado y puedo enviar cualquier documento que necesitéis.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por la candidatura y por escribir. Seguimos revisando solicitudes y esperamos dar respuesta a todo el mundo en las próximas dos semanas.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se já há alguma novidade sobre o processo para {role} e os prazos previstos. Continuo com muito interesse e posso enviar qualquer documento adicional.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela candidatura e pelo contacto. Ainda estamos a analisar as candidaturas e esperamos dar notícias a todos nas próximas duas semanas.\nCumprimentos,\n{sender}\n",
}
