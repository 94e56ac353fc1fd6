# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's second training part by an independent author: English, French and Portuguese mail that is no rejection though it sounds like one, beside plain rejections.

Covers: interview invitations that open with bad news (a slot already taken, a
missed call, a travelling or sick hiring manager, a cancelled assessment day)
and invitations to a different role after a no for the role applied to; offers
of a different contract, level, location or working time and offers with
conditions (references, background checks, right to work, a degree still to
finish); acknowledgements and status updates worded with regret (delays,
apologies, a re-posted advert, a changed process, a recruiter who left, files
lost by the ATS and to be uploaded again); "other" mail: the applicant's own
withdrawal confirmed, cancelled webinars and fairs, job alerts full of closed
postings, newsletters with advice on coping with rejection, apologetic cold
recruiter mail, reference requests, candidate-experience surveys sent after an
earlier rejection, interviews moved online or to another room, and rejected
expense claims, timesheets and onboarding documents. About a third is plain
rejection, short and varied: two-liners, ATS and public-sector portal notices,
after a final round, the role filled, a no with a pointer to other openings.
English (UK/US), French (France, Belgium, Switzerland, Quebec) and Portuguese
(Brazil, Portugal) make up roughly 30% each; German (Sie and du) and Spanish
(Spain and Latin America) about 5% each, with the same family keys everywhere.
Sectors: logistics, fintech, retail, health tech, public sector, engineering.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Ardevia Logistique",
    "Quintal Pay",
    "Norbright Systems",
    "Maré Digital",
    "Halvorsen & Lowe",
    "Clairval Assurances",
    "Vetor Saúde",
    "Lindqvist Maschinenbau",
    "Orbitly",
    "Ciremo SA",
    "Kestrel Analytics",
    "Pampa Agrotech",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Coordinator",
    "Customer Success Manager",
    "Operations Analyst",
    "Product Owner",
    "Financial Controller",
    "Logistics Planner",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "careers@{domain}"),
    ("Priya Nandakumar", "priya.nandakumar@{domain}"),
    ("Recrutement", "recrutement@{domain}"),
    ("Claire Dubois-Martin", "c.duboismartin@{domain}"),
    ("Juliana Prado", "juliana.prado@{domain}"),
    ("Equipa de Recrutamento", "recrutamento@{domain}"),
    ("Candidate Portal", "no-reply@apply.hireloop.example"),
    ("Marco Keller", "marco.keller@{domain}"),
    ("Lucía Herrera", "lherrera@{domain}"),
    ("Tom Whitfield", "tom.whitfield@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "inv_bad_news_first": """
SUBJECT: Re: interview slots || Unfortunately the Tuesday 10:00 slot you picked was taken by another candidate a few minutes before your booking came through. I'm sorry about that. We'd still very much like to meet you for the {role} interview, so could you choose one of the remaining times on Wednesday or Thursday from this link?
We tried to call you twice yesterday on the number in your application but couldn't get through, and the voicemail was full. The reason for the call: the hiring team would like to invite you to a first interview. Can you reply with two or three times that work for you this week?
I'm afraid I have to disappoint you on the date: the hiring manager has been called away to our Rotterdam site and won't be back until the 14th. Rather than make you wait, would a video interview with her on Monday the 12th at 15:00 work? If not, we can meet in person on the 15th.
Bad news first: the panel we had lined up for Friday fell apart because two interviewers are off sick. Good news: we still want to see you. Could you do the final round next Wednesday instead? Same format, 9:30 to 12:00 at our Holborn office.
Sorry for the silence. Your file sat in the wrong queue for two weeks, which is entirely on us. The team finally read it this morning and would love a 45-minute conversation with you about the {role} opening. Are you free Thursday afternoon?
SUBJECT: Missed call from {company} || It's {sender_first} from {company} again. No luck reaching you by phone, so I'm switching to e-mail: we'd like to set up a technical interview with you. Send me your availability and I'll get a calendar invite out today.
Unfortunately we can't host you at our office next week as the building is closed for rewiring. We'd like to hold your second interview on Zoom instead. Is Tuesday at 2 pm still OK, or would another day suit you better?
I know this isn't quite what you expected after such a long wait: the role has changed since you applied and is now hybrid with two office days a week. If that still works for you, we'd love to have you in for an interview on the 21st.
Regrettably, the assessment centre on 3 March has been cancelled for everyone. You are still in the process, though. We're replacing it with one-to-one interviews and I'd like to book yours, so please pick a slot in the scheduling tool by Friday.
That last attempt to find a time fell through on our side, apologies. Are you available to meet Sam and the design team on Monday 9 June at 11:00? It'll be at the Leeds office and should take about an hour.
The reply you sent on the 2nd bounced off our old careers inbox, so we only saw it today. My apologies. The interview is still very much on the table: could you do a call with our engineering lead on Wednesday at 4 or Friday at 10?
No on-site spots left for this round, unfortunately. We didn't want to lose you over logistics, so we've opened a handful of remote interview slots for {role}; the earliest is tomorrow at 13:30. Grab one here if it suits you.
Short notice, sorry. Our CTO has to fly out on the date we agreed. Could we bring your interview forward to this Thursday at 17:00, or push it to Tuesday morning next week? Whichever is easier for you.
I couldn't find a time that fits both you and the panel before the holidays, which I regret. Would an interview in the first week of January be OK? I've pencilled in the 6th at 10:00, so just let me know if that works.
""",
        "inv_other_role": """
We've decided not to take your application for {role} further, as the team needs someone with more hands-on payroll experience. However, the lead for our Reporting Analyst opening read your CV and would like to speak with you. Would you be up for a 30-minute call next week?
While the position went to an internal candidate, your profile caught the eye of our customer success team. They have an EMEA account manager opening and would like to invite you to a first interview. Interested? Just reply and I'll set it up.
SUBJECT: A different opening at {company} || I won't be able to move you forward for the senior position; the panel felt the leadership scope isn't quite there yet. But we're also hiring at mid level on the same team and I'd like to invite you to interview for that one. Same interviewers, shorter process. Can you do Tuesday?
Not the outcome you wanted for {role}, I'm afraid. That said, Dana in Operations spotted your application and asked whether you'd interview for her Logistics Coordinator role. Description attached; if you're keen, pick any free half hour in her calendar.
The Manchester vacancy has been put on hold. We have the same role open in our Bristol office and would like to interview you for it, with a remote first round and one on-site day later on. Shall I send over some times?
Your application for {role} wasn't successful this time. Separately, our graduate programme team would like to invite you to their assessment day on 18 October, which we think suits your background better. Details and a booking link are below.
The hiring manager went with someone who had more fintech exposure. She was impressed by your data modelling, though, and asked me to invite you to interview for the Analytics Engineer role that opened this week. Free Thursday or Friday?
We can't offer you the permanent post, but there's a six-month contract in the same department starting in September and we'd like to talk to you about it. Could we have a quick video call on Monday at 10?
""",
        "off_changed_terms": """
After the final round the team felt the senior title would be a stretch right now, but they very much want you on board. We're pleased to offer you the position of {role} at the intermediate level, on a base salary of £48,500 with a review after six months. The written offer is attached.
I'm delighted to offer you the role, with one change from what we discussed: the headcount was approved as a 12-month fixed-term contract rather than a permanent one. Salary and benefits are as agreed. If you're happy to proceed, please sign the attached offer by Friday.
SUBJECT: Offer – subject to references || We are pleased to make you a conditional offer of employment. It is subject to two satisfactory references and a basic DBS check. Your proposed start date is 3 November. Please confirm your acceptance by replying to this e-mail.
The budget for a full-time hire didn't come through, I'm sorry to say. What we can offer is the same job at 0.8 FTE, four days a week, at a pro-rated $72,000. We'd love to have you. Let me know if you'd like to talk it through before deciding.
We'd like to offer you a contract-to-hire arrangement: six months through our agency partner at $58 an hour, converting to a permanent role at $115k if all goes well. I know it isn't exactly what you applied for, so fire away with any questions.
Congratulations, the panel agreed to offer you the job! The offer is conditional on proof of your right to work in the UK and on completing your degree this summer. The contract is attached and HR will be in touch about onboarding.
The {role} vacancy has been filled, but we'd like to offer you the Junior Analyst position on the same team instead, starting 1 April at €41,000. It's a step below what you applied for, with a clear path up after a year. The offer letter is attached.
Good news with a catch: we can offer you the job, but the only seat available is in Berlin, not London. Relocation support of €6,000 is included. Please let us know by the 30th whether you accept.
We're offering you a three-month paid trial as {role}, after which we'll confirm a permanent contract if both sides are happy. You'd be on the full salary during the trial. Everything is in the attached letter; sign and return it if you agree.
Formal offer attached. Please note it is contingent on a clear background screening and drug test, which our vendor will contact you about within 48 hours. Once you're cleared, your start date is Monday 14 July.
""",
        "ack_regretful_status": """
We're sorry for the long wait. We received far more applications for {role} than we expected, and reviewing them all will take until the end of the month. Yours is still in the running and you'll hear from us either way.
Unfortunately a fault on our careers site meant some attachments were never saved, and yours was one of them. Your application itself is still open. Could you upload your CV again using the link below? There's no need to fill in the form a second time.
SUBJECT: Your application – change of contact || I'm sorry to let you know that Hannah, who was handling your application, has left {company}. I've taken over her candidates, including you. Your file is with the hiring manager and I'll update you as soon as there's news.
You may have noticed the job has been advertised again. That's only because the listing expired on the job board; the process hasn't closed and your application is still being considered, so there's no need to apply again.
Apologies for going quiet. The hiring manager has been on leave and reviews were paused for a fortnight. We now expect to contact shortlisted candidates by the 20th. Thanks for bearing with us.
Regretfully, we've had to change our selection process: instead of a phone screen, everyone applying for {role} will first complete a short written exercise. You'll receive it in the next few days. Your application remains active.
I realise it's been a while. We're still waiting on final budget sign-off for the post, so things are on hold for now. Your application hasn't been turned down, and I'll be in touch the moment we can move.
Your application did reach us, but a typo in the job reference sent it to the wrong team at first, sorry. It's now with the right recruiter and will be reviewed this week.
Your application has been received. Please be aware that, because of the very high number of applicants, we are unfortunately unable to reply individually within the usual two weeks. We will contact you once your profile has been assessed.
We regret to say the closing date has been extended to 30 September, so decisions will take longer than we originally said. You don't need to do anything; your application is on file.
The document you attached won't open on our side; it looks corrupted. Would you mind sending your CV again as a PDF? Your application is logged and will be considered as soon as we have a readable copy.
Status update: still under review. Sorry I don't have more for you yet. The team is hiring for two roles at once and it has slowed everything down.
We're very sorry: an automated e-mail sent to you yesterday said your application had been closed. That was an error in our recruitment system. Your application for {role} is open and under review, so please disregard the earlier message.
Thanks for applying. Our recruitment team is small over the summer, I'm afraid, so please allow up to six weeks for a reply. We have your application safely.
Following a reorganisation, this vacancy now sits in a different department. Your application has been transferred and the new hiring manager will look at it shortly. Apologies for any confusion.
SUBJECT: Action needed: re-upload your documents || We moved to a new applicant tracking system last week and, unfortunately, cover letters uploaded before 1 May were not carried over. Your application is still active, but please log in and attach your cover letter again by Sunday.
""",
        "oth_withdrawal_confirmed": """
We've received your request to withdraw your application for {role} and have closed it. Sorry to see you go. If your situation changes, you're welcome to apply again at any time.
SUBJECT: Withdrawal confirmed || This confirms that your candidacy has been withdrawn at your request. Thursday's interview is cancelled and the panel has been told. Congratulations on the new job, and thanks for letting us know so promptly.
We're sorry you've decided not to continue with the process, but we completely understand. As requested, your personal data will be deleted from our systems within 30 days.
Noted, I've taken you out of the process. Shame the timing didn't work out. Keep in touch.
Your application has been withdrawn in our portal as you asked. You won't receive any further messages about this vacancy.
""",
        "oth_cancelled_event": """
SUBJECT: Cancelled: Careers in Climate Tech webinar || Unfortunately we've had to cancel Thursday's webinar "Careers in Climate Tech" because our main speaker is unwell. Everyone who registered will be invited to the new date once it's set. Sorry for the inconvenience.
We regret that the {company} open evening on 12 November won't go ahead, as our office move has been delayed. We'll share a short virtual tour instead.
The graduate careers fair in Hall B has been called off because of the storm warning. Exhibitors, including {company}, will hold virtual booths on Friday from 10:00; you can register on the fair's website.
Sadly our "Meet the engineers" coffee morning this Saturday is off, as not enough people signed up. We hope to run it again in the spring.
Your place at the CV clinic on 4 April couldn't be confirmed: the session was oversubscribed and places were allocated by lottery. You're on the waiting list for the next one.
""",
        "oth_closed_alert": """
SUBJECT: Your job alert: 6 new matches || Jobs matching "product analyst, London": Product Analyst at Finley & Rowe (closed), Senior Product Analyst at Kestrel Pay (closed), Data & Product Analyst at Orbitly (closes today). Some of these roles are no longer accepting applications. Update your alert preferences.
Heads up: 3 jobs you saved are no longer available. "{role}" at Marrow Labs, "Operations Lead" at Clearwell and "Analyst" at Penbury Council have been taken down by the employer. Browse similar jobs.
The job you were viewing has expired. This posting was removed by the employer on 2 March. Here are 8 similar jobs near Leeds.
Weekly digest: 12 jobs matched your search this week and 4 of them have since closed. Tip: switch your alert to daily so you catch new postings sooner.
The {role} listing you bookmarked has stopped taking applications. Follow {company} to be notified when they post something new in your field.
""",
        "oth_rejection_advice_newsletter": """
SUBJECT: This week: getting past the rejection email || In this issue: why most rejection e-mails say so little, three questions worth asking a recruiter after a no, and a reader who was turned down nine times before landing her dream role. Plus: UK tech salary bands, Q3 update.
"Unfortunately, we have decided to move forward with other candidates." If that sentence makes your stomach drop, you're not alone. In this month's newsletter, career coach Maya Osei explains how to ask for feedback without sounding defensive. Read the article.
Rejected after a final round? Our new guide walks you through the first 48 hours, how to keep the relationship warm, and when it's fine to reapply. Download it free from the members' area.
Job Seekers' Digest #112: the ghosting problem, how to follow up politely, and a template for replying gracefully to a no. Coming up: free LinkedIn profile reviews on the 9th.
Your weekly career tips: hearing "no" is part of the process. This week we look at how recruiters really build a shortlist, and why a rejection from one team rarely closes the door at a whole company.
""",
        "oth_cold_recruiter": """
Apologies for the cold message, I know inboxes are full. I'm a recruiter at Halden Partners working on a Senior Analyst search for a logistics client in Manchester, and your profile looked like a strong match. Would you be open to a chat?
Sorry to reach out of the blue. I came across your profile on LinkedIn and thought a six-month contract in Dublin (remote-first) might interest you. No pressure at all: if now isn't a good time, say so and I won't bother you again.
I hope you don't mind me e-mailing you directly, and sorry if this misses the mark. I recruit for early-stage startups and one of my clients is looking for a {role}. If it sounds interesting, reply and I'll share the details.
SUBJECT: Sorry – wrong name in my last message || Apologies, my previous e-mail addressed you as "Alan", a copy-paste slip on my part. The opportunity is real though: a product operations role at a health-tech scale-up, £60–70k. Worth a quick call?
I understand you may not be looking right now, and I'm sorry if this is an intrusion. We're building a talent pool for future openings at our Lisbon hub. Would you like me to keep your profile on file?
""",
        "oth_reference_request": """
Jordan Blake has applied for a project coordinator position with us and named you as a referee. Would you be able to complete a short reference form (about 10 minutes) by Wednesday? The link is below, and everything you share is confidential.
SUBJECT: Reference for Priya Natarajan || Priya gave your name as a former manager. Sorry to trouble you, but could we have a 15-minute call this week about her time on your team?
As part of our final checks, could you send us the names and contact details of two professional referees, ideally including a recent line manager? We won't contact them without letting you know first.
Apologies for the late-in-the-year request: our records show you supervised Tom Weller during his internship at Bellgrove. He has applied to us and we'd be grateful for a brief written reference; a few lines by e-mail are fine.
""",
        "oth_feedback_survey": """
SUBJECT: How did we do? || You recently applied for a role at {company} and, although it didn't work out this time, we'd value your view of the process. This three-minute survey is anonymous and helps us improve how we treat candidates.
We know hearing no is never easy. Would you tell us how your experience with our recruitment team was? Rate us from 1 to 10 and leave a comment if you like.
Following the outcome of your application for {role}, we'd be grateful if you could fill in our candidate experience questionnaire. Five questions, no login needed. Responses close on 15 May.
Quick one: on a scale of 0 to 10, how likely are you to recommend applying to {company} to a friend? Your answer goes straight to our talent team.
You were interviewed by our team in March. Whatever the result, your view of the interview itself matters to us: was it well organised, were the questions clear? Take the survey.
""",
        "oth_interview_moved": """
SUBJECT: Update: your interview is now on Teams || Quick change to tomorrow's interview: because of the rail strike we've moved it online. Same time (14:00), same interviewers; the Teams link is in the updated calendar invite.
Sorry for the late change: Priya can no longer join your interview on Wednesday, so Marcus from the platform team will take her place. Time and location are unchanged.
Your interview on 18 March has been moved to 20 March at 10:30, as you requested. The updated invitation is attached; nothing else has changed.
Small update for Thursday: we'll be in room 4.12 on the fourth floor rather than the ground-floor meeting room. Please check in at reception as before.
Our video platform had an outage this morning, which is why the link didn't work. We've rebooked your call for 3 pm today on Google Meet, with the new link in the invite. Sorry for the trouble.
""",
        "oth_rejected_document": """
SUBJECT: Expense claim declined || Your travel expense claim for the interview on 4 June (train, £86.40) was rejected because no receipt was attached. Please resubmit it through the candidate expenses form with a scan of the ticket.
The photo of your passport uploaded for the right-to-work check was rejected: the image is blurred and the expiry date can't be read. Please upload a new photo in the onboarding portal.
Your timesheet for week 32 has been rejected by your approver with the comment "Friday hours don't match the rota". Please correct it and resubmit by Monday.
We regret that your degree certificate could not be verified from the copy provided. Please ask your university to send confirmation directly to verify@checkpoint-screening.example.
The hotel invoice you submitted was declined because it exceeds the £140 nightly limit for candidate travel. Finance can reimburse up to that amount if you send a revised claim.
""",
        "rej_short": """
Thanks for applying. We won't be moving forward with your application.
Unfortunately you have not been selected for {role}.
SUBJECT: {role} || Just a quick note to say we've gone with someone else. Thanks for your time.
We have reviewed your application and decided not to proceed.
Sorry, it's a no from us this time.
The position has been offered to another candidate and we will not be progressing your application.
Having compared your CV with the requirements, we're not able to offer you an interview.
Your application was unsuccessful on this occasion.
""",
        "rej_portal": """
SUBJECT: Application status update || The status of your application for {role} (Req. 24-0317) has changed to: Not selected. Log in to your candidate profile to view other openings.
This is an automated message. Your application for requisition HR-5521 has been reviewed. We regret that you have not been shortlisted. Please do not reply to this e-mail.
Application update: {role} | Closed | Candidate not selected. You can view all your applications in Candidate Home.
Your candidate record has been updated. Outcome: unsuccessful at screening stage. This mailbox is not monitored.
Dear applicant, your submission for job ID 88214 has been assessed against the published selection criteria. You did not meet the criteria required to progress to the next stage.
Status: Declined. Reason: other applicants more closely matched the requirements of the role.
Update on {role}: the employer has reviewed applications and yours was not taken forward. Tip: applications with a tailored cover letter are more likely to be shortlisted.
""",
        "rej_after_final": """
Thank you for coming in for the final interviews last week. It was a very close decision, but the panel has chosen another candidate whose experience in regulated markets was a closer fit.
I'm sorry to end it this way after four rounds. You did really well and the team enjoyed meeting you, but in the end we offered the role to someone with more B2B experience and they've accepted.
SUBJECT: Final round outcome || We've now completed the final stage, and I'm afraid we won't be offering you the position. If you'd like feedback on your case presentation, I'm happy to set up a call.
Having discussed all the final-round candidates, we've decided to go with another applicant. It was not an easy call.
You made it to the last two, which says a lot. Unfortunately the other candidate edged it on stakeholder management.
Following your presentation on Tuesday, the committee met and decided not to make you an offer. Thank you for the effort you put into preparing.
I wanted to tell you myself rather than send a template: it's a no for the {role} role. The other finalist's references came back very strong.
We appreciated your time at the assessment day. Based on the combined scores from the exercises and the interview, you have not been successful at this final stage.
""",
        "rej_role_filled": """
The {role} position has now been filled, so we won't be taking your application further.
We've filled this role internally and the external process is closed.
Just to let you know, the vacancy you applied for has been filled and is no longer open.
SUBJECT: {role} – position filled || The position was filled before we had a chance to review every application, including yours. Sorry we couldn't consider you.
We had an overwhelming response and the post was filled within a week. Your application will not be progressed.
Please note the role is closed: we have appointed a candidate.
The team has hired for this one, so your application is now closed.
""",
        "rej_pointer_elsewhere": """
We won't be moving ahead with your application for {role}, but we post new roles every week and you may find a better fit on our careers page.
Unfortunately this one isn't a match. Have a look at our graduate scheme, which opens in January; your background could suit it well.
We've decided not to progress your application. You're welcome to apply for other roles at {company} that match your skills, and you can set up job alerts on our site.
Not this time, I'm sorry. Our sister company Norbright is hiring for similar positions at norbright.example/jobs.
You were not selected for this position. We'll keep your CV for six months and contact you if something suitable comes up.
It's not a fit for this vacancy, I'm afraid. I'd encourage you to look at the data operations openings in our Dublin office, which ask for exactly your mix of skills.
The hiring team has decided to pursue other candidates. We encourage you to apply again in future; our internship programme is also taking applications until 31 March.
""",
    },
    "fr": {
        "inv_bad_news_first": """
Malheureusement, le créneau de mardi matin que vous aviez réservé n'est plus disponible : notre agenda en ligne a accepté deux réservations à la même heure. Nous tenons à vous rencontrer pour le poste de {role}. Pourriez-vous en choisir un autre jeudi ou vendredi ?
Je n'ai pas réussi à vous joindre ce matin, votre messagerie était pleine. Je vous écris donc pour vous proposer un premier entretien d'une demi-heure avec la responsable du service. Quels moments vous arrangeraient cette semaine ?
SUBJECT: Entretien du 14 – changement de date || Désolée, notre directrice financière sera en déplacement à Marseille toute la semaine prochaine. Pourrions-nous décaler votre entretien au lundi 21 à 14 h ? Elle propose aussi un échange en visio le 16 si vous préférez ne pas attendre.
Petite tuile : notre salle de réunion à Namur est en travaux vendredi. On aimerait quand même vous voir ! Vous pourriez venir à notre bureau de Wavre à la même heure, ou on fait l'entretien en ligne. Dites-nous ce qui vous convient le mieux.
Veuillez excuser notre silence de ces dernières semaines : votre dossier avait été rangé par erreur dans un autre recrutement. Après lecture, l'équipe souhaite vous rencontrer. Seriez-vous disponible mercredi à 15 h pour un entretien ?
Bonjour, j'ai tenté de vous rejoindre sur votre cellulaire à deux reprises aujourd'hui. C'était pour vous convier à une entrevue pour le poste de {role}. Pourriez-vous me rappeler au 514 555-0182 ou me répondre par courriel avec vos disponibilités?
Le gestionnaire est malheureusement en vacances jusqu'au 5 août. Plutôt que de vous faire patienter, je vous propose une première entrevue avec moi sur Teams le 29 juillet à 10 h; la deuxième se fera avec lui à son retour.
Nous avons le regret d'annuler la journée d'évaluation collective du 12 mars, faute d'un nombre suffisant de participants. Vous restez en lice : elle est remplacée par un entretien individuel. Merci de réserver votre créneau avant vendredi via le lien ci-dessous.
Je dois malheureusement vous annoncer que M. Favre ne pourra pas être présent jeudi : il a été appelé à Bâle pour un client. Pourriez-vous passer mercredi à 16 h 30 plutôt ? Sinon, nous trouverons une date la semaine suivante.
Votre réponse du 2 juin s'est perdue dans notre ancienne adresse de recrutement, d'où ce retard dont nous sommes confus. Nous souhaitons toujours vous rencontrer : lundi 11 h ou mardi 15 h, avec notre cheffe de projet, cela vous irait ?
Hélas, tous les entretiens en présentiel de cette session sont complets. Pour ne pas vous faire attendre, nous avons ouvert quelques créneaux en visioconférence pour le poste de {role}, le premier dès demain à 13 h 30. Réservez directement en ligne.
Navrée pour ce contretemps : notre responsable RH doit se rendre à Lausanne le jour prévu. Auriez-vous la possibilité de passer ce jeudi à 17 h, ou alors mardi prochain dans la matinée ?
Le test technique de lundi n'a pas pu se dérouler à cause d'une panne de notre plateforme, et nous en sommes désolés. Plutôt que de vous le faire repasser, nous vous proposons un entretien technique directement avec Romain, notre lead développeur, vendredi à 10 h.
SUBJECT: Votre candidature – prochaine étape || Malgré le retard pris dans l'examen des candidatures, nous avons le plaisir de vous proposer un entretien téléphonique de 20 minutes avec notre chargée de recrutement. Merci de nous indiquer vos disponibilités d'ici vendredi.
""",
        "inv_other_role": """
Nous ne donnerons pas suite à votre candidature pour ce poste, le profil recherché exigeant davantage d'expérience en paie. En revanche, le responsable du pôle reporting a lu votre CV et aimerait vous rencontrer pour un poste d'analyste. Auriez-vous un moment la semaine prochaine ?
Le poste a finalement été pourvu en interne. Votre parcours a toutefois retenu l'attention de notre service clientèle à Bruxelles, qui recrute un(e) gestionnaire de comptes et souhaite vous proposer un premier entretien.
SUBJECT: Une autre opportunité chez {company} || Nous ne pouvons pas retenir votre candidature pour le poste senior, mais la même équipe recrute aussi au niveau intermédiaire et aimerait vous recevoir en entrevue pour celui-ci. Seriez-vous disponible mardi?
Ce ne sera pas le poste de {role}, j'en suis désolée. Notre filiale de Neuchâtel cherche en revanche un profil comme le vôtre pour coordonner sa logistique. La responsable vous propose un appel vendredi à 9 h ; cela vous conviendrait-il ?
Le recrutement à Lille est suspendu. Le même poste est ouvert à notre siège parisien et nous aimerions vous convoquer à un entretien pour celui-ci ; le premier tour se fait à distance.
Votre candidature n'a pas été retenue pour ce poste. Séparément, l'équipe du programme jeunes diplômés vous invite à sa journée d'évaluation du 18 octobre, plus en phase avec votre parcours. L'inscription se fait via le lien ci-dessous.
Nous ne pouvons pas vous proposer le CDI, mais une mission en CDD de six mois se libère dans le même service à la rentrée et nous aimerions en discuter avec vous. Un court appel lundi à 10 h, ça vous va ?
La gestionnaire a choisi une autre personne pour {role}, mais votre dossier lui a beaucoup plu. Elle m'a demandé de vous convier à une entrevue pour le poste d'analyste de données qui vient d'être affiché. Jeudi ou vendredi vous conviendrait?
""",
        "off_changed_terms": """
À l'issue des entretiens, le jury estime que le niveau senior est un peu prématuré, mais souhaite vivement vous accueillir. Nous avons donc le plaisir de vous proposer le poste de {role} en niveau confirmé, pour une rémunération annuelle brute de 44 000 €. La promesse d'embauche est jointe.
J'ai le plaisir de vous proposer le poste, avec une modification par rapport à nos échanges : il s'agira d'un CDD de 12 mois et non d'un CDI. Salaire et avantages restent inchangés. Si vous acceptez, merci de nous retourner le contrat signé avant vendredi.
SUBJECT: Proposition d'engagement sous conditions || Nous avons le plaisir de vous proposer un engagement pour la fonction de {role}, sous réserve de la remise d'un extrait de casier judiciaire (modèle 1) et d'une copie de votre diplôme. L'entrée en service est prévue le 2 septembre.
Le budget pour un temps plein n'a malheureusement pas été validé. Nous pouvons en revanche vous proposer le poste à 80 %, avec un salaire annuel de CHF 78'000 au prorata, 13e salaire compris. Nous serions ravis de vous compter parmi nous.
Nous vous proposons une mission en portage salarial de six mois, à 450 € par jour, avec une embauche en CDI à la clé si la collaboration est concluante. Je sais que ce n'est pas tout à fait ce que vous visiez ; je reste disponible pour en parler.
Félicitations! Nous vous offrons le poste de {role}. L'offre est conditionnelle à la vérification de vos antécédents et à l'obtention de votre permis de travail. Le contrat est joint; merci de le signer d'ici le 30.
Le poste de {role} est pourvu, mais nous aimerions vous proposer celui d'assistant(e) analyste dans la même équipe, à partir du 1er avril, pour 36 000 € brut par an. C'est un échelon en dessous, avec une évolution possible dès la première année. La lettre d'offre est en pièce jointe.
Bonne nouvelle, avec une réserve : nous pouvons vous proposer le poste, mais uniquement sur notre site de Genève et non à Lausanne. Une participation aux frais de déménagement est prévue. Pourriez-vous nous donner votre réponse d'ici le 30 ?
Nous vous proposons un contrat de trois mois renouvelable une fois, à l'issue duquel un CDI pourra vous être proposé. Rémunération : 3 050 € brut mensuel, tickets restaurant et mutuelle compris. Tous les détails figurent dans la lettre jointe.
Vous trouverez ci-joint notre offre d'emploi officielle. Elle est conditionnelle à une vérification de sécurité concluante; la firme mandatée communiquera avec vous d'ici 48 heures. Date d'entrée prévue : lundi 14 juillet.
""",
        "ack_regretful_status": """
Nous vous prions de bien vouloir excuser le délai de réponse. Le nombre de candidatures reçues pour le poste de {role} dépasse largement nos prévisions et leur étude se poursuivra jusqu'à la fin du mois. Votre dossier reste à l'étude ; vous aurez une réponse dans tous les cas.
Suite à un souci technique sur notre plateforme, certains CV envoyés la semaine dernière n'ont pas été enregistrés, dont le vôtre. Votre candidature est bien prise en compte ; pourriez-vous simplement recharger votre CV via le lien ci-dessous ?
SUBJECT: Changement d'interlocuteur || J'ai le regret de vous annoncer que Camille, qui suivait votre candidature, a quitté {company}. C'est moi qui reprends ses recrutements en cours. Votre dossier est chez le manager et je reviens vers vous dès que j'ai un retour.
Vous avez peut-être remarqué que l'affichage du poste a été republié. C'est simplement parce que l'annonce était arrivée à échéance sur le site d'emploi. Le processus suit son cours et votre candidature est toujours considérée; inutile de postuler à nouveau.
Désolés pour l'attente. La responsable était en congé et la présélection a pris deux semaines de retard. Nous reprendrons contact avec les personnes présélectionnées d'ici le 20.
Nous avons malheureusement dû adapter notre procédure : un questionnaire en ligne sur vos compétences remplacera le premier entretien téléphonique. Vous le recevrez d'ici quelques jours. Votre dossier reste actif.
Je sais que vous attendez des nouvelles depuis un moment. Le poste est toujours en attente de validation budgétaire, le recrutement est donc gelé pour l'instant. Votre candidature n'est pas écartée et je vous tiens au courant dès qu'on peut avancer.
Votre candidature nous est bien parvenue, mais elle avait été transmise par erreur à notre agence de Liège. Elle est désormais entre les mains de l'équipe bruxelloise et sera examinée cette semaine. Veuillez nous excuser pour ce contretemps.
Nous accusons réception de votre candidature. En raison du volume important de dossiers, nous ne pourrons malheureusement pas répondre personnellement à chacun dans les délais habituels. Nous reviendrons vers vous dès que votre profil aura été évalué.
La période d'affichage a été prolongée jusqu'au 30 septembre, de sorte que les décisions prendront plus de temps que prévu. Vous n'avez rien à faire : votre candidature est bien dans notre système.
Le fichier joint à votre envoi est malheureusement illisible, il semble endommagé. Pourriez-vous nous renvoyer votre CV en PDF ? Votre candidature est enregistrée et sera étudiée dès réception.
Nous avons bien reçu votre candidature. Veuillez noter que notre processus est présentement ralenti en raison de la période des Fêtes; un membre de notre équipe communiquera avec vous en janvier.
Toutes nos excuses : un message automatique vous a indiqué hier que votre candidature était clôturée. Il s'agit d'une erreur de notre logiciel. Votre candidature au poste de {role} est bien ouverte, merci de ne pas tenir compte de ce message.
Suite à la fusion avec le groupe Ardenne, nos recrutements ont été gelés pendant trois semaines. Ils reprennent cette semaine et votre candidature est de nouveau en cours d'examen. Merci de votre compréhension.
À la suite d'une réorganisation, le poste est désormais rattaché à notre site de Fribourg. Votre dossier y a été transmis et sera examiné par le nouveau responsable. Nous vous prions d'excuser ce changement.
SUBJECT: Action requise : lettre de motivation à recharger || Lors du passage à notre nouvel outil de recrutement, les lettres de motivation déposées avant le 1er mai n'ont hélas pas été reprises. Votre candidature reste active ; merci d'ajouter à nouveau votre lettre d'ici dimanche.
""",
        "oth_withdrawal_confirmed": """
Nous avons bien pris note de votre souhait de retirer votre candidature au poste de {role} ; elle est désormais clôturée. Si votre situation évolue, n'hésitez pas à postuler de nouveau.
SUBJECT: Confirmation de retrait || Comme convenu au téléphone, j'ai retiré votre candidature et annulé l'entretien de jeudi. Le jury a été prévenu. Félicitations pour votre nouveau poste !
Nous sommes désolés d'apprendre que vous ne souhaitez pas poursuivre le processus, mais nous comprenons tout à fait. Conformément à votre demande, vos renseignements personnels seront supprimés de notre système sous 30 jours.
C'est noté, je vous ai retiré(e) du processus. Dommage que le timing n'ait pas collé ; au plaisir de recroiser votre route.
Votre candidature a été retirée de notre portail à votre demande. Vous ne recevrez plus de messages concernant cette offre.
""",
        "oth_cancelled_event": """
SUBJECT: Annulation : webinaire « Les métiers de la transition énergétique » || Nous sommes au regret d'annuler le webinaire de jeudi, notre intervenante principale étant souffrante. Les inscrits recevront une invitation pour la nouvelle date dès qu'elle sera fixée.
La soirée portes ouvertes de {company} du 12 novembre n'aura malheureusement pas lieu, notre déménagement ayant pris du retard. Une visite virtuelle vous sera proposée en remplacement.
En raison des conditions météo, le forum des métiers à Palexpo est annulé. Les exposants, dont {company}, tiendront des stands virtuels vendredi dès 10 h.
Le 5 à 7 réseautage de samedi est annulé faute d'inscriptions. On espère le reprendre au printemps!
Votre inscription à l'atelier CV du 4 avril n'a pas pu être confirmée : la session était complète et les places ont été tirées au sort. Vous êtes sur liste d'attente pour la suivante.
""",
        "oth_closed_alert": """
SUBJECT: Votre alerte emploi : 6 nouvelles offres || Offres correspondant à « chargé de projet, Lyon » : Chargé de projet chez Ardevia (expirée), Chargé de projet senior chez Groupe Moreau (expirée), Chef de projet digital chez Lumo (clôture aujourd'hui). Certaines offres ne sont plus disponibles.
Trois offres que vous aviez sauvegardées ont été retirées par l'employeur : « {role} » chez Talvène, « Responsable d'exploitation » chez Ciremo et « Analyste » à la Ville de Namur. Voir des offres similaires.
L'offre que vous consultiez est expirée. Cet affichage a été retiré par l'employeur le 2 mars. Voici 8 emplois semblables près de Québec.
Votre récapitulatif hebdomadaire : 12 annonces correspondaient à votre recherche, dont 4 sont déjà clôturées. Astuce : passez votre alerte en quotidien pour ne rien manquer.
L'annonce « {role} » que vous suiviez n'accepte plus de candidatures. Activez les alertes pour être prévenu(e) dès que {company} publie une nouvelle offre.
""",
        "oth_rejection_advice_newsletter": """
SUBJECT: Cette semaine : rebondir après un refus || Au sommaire : pourquoi les mails de refus en disent si peu, trois questions à poser au recruteur après un « non », et le témoignage d'une lectrice refusée neuf fois avant de décrocher le poste de ses rêves.
« Nous sommes au regret de ne pas pouvoir donner suite à votre candidature. » Cette phrase vous noue l'estomac ? Vous n'êtes pas seul(e). Dans notre lettre du mois, la coach Nadia Bensaïd explique comment demander un retour sans paraître sur la défensive.
Refusé après la dernière entrevue? Notre nouveau guide vous explique quoi faire dans les 48 premières heures et quand il est correct de postuler à nouveau. Téléchargement gratuit dans votre espace membre.
La Lettre de l'emploi n° 112 : le « ghosting » des recruteurs, comment relancer poliment, et un modèle pour répondre avec élégance à un refus. À venir : relecture gratuite de profils LinkedIn le 9.
Vos conseils carrière de la semaine : un « non » fait partie du parcours. Nous décryptons comment les recruteurs établissent réellement leur liste restreinte, et pourquoi un refus d'une équipe ne ferme pas toutes les portes d'une entreprise.
""",
        "oth_cold_recruiter": """
Pardon de vous contacter sans prévenir. Je suis consultante chez Valmont Conseil et je recherche un(e) analyste senior pour un client du secteur logistique à Lille. Votre profil m'a semblé pertinent : seriez-vous ouvert(e) à un échange ?
Désolé de vous écrire à froid. J'ai vu votre profil sur LinkedIn et j'ai pensé qu'un contrat de six mois à Montréal, surtout en télétravail, pourrait vous intéresser. Aucune pression : si ce n'est pas le bon moment, dites-le-moi et je ne vous relancerai pas.
J'espère que vous ne m'en voudrez pas de ce message direct. Je recrute pour des start-up à Genève et l'une d'elles cherche un(e) {role}. Si cela vous parle, je vous envoie le descriptif.
SUBJECT: Toutes mes excuses – erreur de prénom || Mon précédent message vous appelait « Alain », une erreur de copier-coller de ma part, désolée. L'opportunité, elle, est bien réelle : un poste en opérations produit dans une scale-up e-santé, 55 à 65 k€. Un appel rapide ?
Je comprends que vous ne soyez peut-être pas en recherche active et je m'excuse si ce message tombe mal. Nous constituons un vivier de talents pour nos futures ouvertures à Anvers et à Gand ; souhaitez-vous que je garde votre profil ?
""",
        "oth_reference_request": """
M. Julien Marchetti a postulé chez nous et vous a indiqué comme référence. Pourriez-vous remplir un court formulaire (environ 10 minutes) d'ici mercredi ? Vos réponses resteront confidentielles.
SUBJECT: Référence – Sophie Tremblay || Sophie nous a donné votre nom comme ancienne gestionnaire. Désolée de vous déranger : auriez-vous 15 minutes cette semaine pour un appel au sujet de son passage dans votre équipe?
Dans le cadre de nos dernières vérifications, pourriez-vous nous transmettre les coordonnées de deux références professionnelles, dont idéalement un(e) ancien(ne) supérieur(e) direct(e) ? Nous ne les contacterons pas sans vous en avoir informé(e).
Pardonnez cette demande tardive : d'après son CV, vous avez encadré M. Weber lors de son stage. Il a postulé chez nous et nous serions reconnaissants de recevoir quelques lignes de référence par e-mail.
""",
        "oth_feedback_survey": """
SUBJECT: Votre avis compte || Vous avez récemment postulé chez {company} et, même si cela n'a pas abouti cette fois, votre regard sur notre processus nous intéresse. Ce questionnaire anonyme prend trois minutes.
Nous savons qu'un refus n'est jamais agréable. Accepteriez-vous de noter votre expérience avec notre équipe recrutement, de 1 à 10, et de laisser un commentaire si vous le souhaitez ?
Suite à la clôture de votre candidature, nous vous serions reconnaissants de compléter notre enquête de satisfaction candidats. Cinq questions, sans identifiant. Clôture le 15 mai.
Petite question : sur une échelle de 0 à 10, recommanderiez-vous à un ami de postuler chez {company}? Votre réponse est transmise directement à notre équipe Acquisition de talents.
Vous avez passé un entretien chez nous en mars. Quel qu'en ait été le résultat, votre avis sur son organisation nous est précieux : les questions étaient-elles claires, le déroulé bien expliqué ? Répondre au sondage.
""",
        "oth_interview_moved": """
SUBJECT: Mise à jour : votre entretien se fera sur Teams || Petit changement pour votre entretien de demain : en raison de la grève SNCF, nous le passons en visio. Même heure (14 h), mêmes interlocuteurs ; le lien Teams figure dans l'invitation mise à jour.
Désolée pour ce changement tardif : Claire ne pourra pas participer à votre entretien de mercredi, c'est Mathieu, de l'équipe plateforme, qui la remplacera. L'heure et le lieu ne changent pas.
Votre entrevue du 18 mars a été déplacée au 20 mars à 10 h 30, comme vous l'aviez demandé. L'invitation à jour est en pièce jointe; rien d'autre ne change.
Petite précision pour jeudi : nous vous recevrons en salle 4.12 au quatrième étage, et non au rez-de-chaussée. Présentez-vous à l'accueil comme prévu.
Notre outil de visioconférence a connu une panne ce matin, d'où le lien qui ne fonctionnait pas. Votre entretien est reprogrammé aujourd'hui à 15 h sur Google Meet ; le nouveau lien est dans l'invitation.
""",
        "oth_rejected_document": """
SUBJECT: Note de frais refusée || Votre note de frais pour le déplacement du 4 juin (train, 86,40 €) a été refusée, le justificatif n'étant pas joint. Merci de la soumettre à nouveau avec le billet scanné.
La copie de pièce d'identité transmise pour votre dossier d'embauche a été refusée : la photo est floue et la date de validité illisible. Merci d'en déposer une nouvelle sur le portail d'intégration.
Votre relevé d'heures de la semaine 32 a été refusé par votre responsable avec le commentaire « heures du vendredi non conformes au planning ». Merci de le corriger avant lundi.
Votre attestation employeur a été rejetée par France Travail : elle n'est pas signée. Merci de nous renvoyer le formulaire pour que nous puissions le compléter et le retransmettre.
La facture d'hôtel transmise a été refusée : elle dépasse le plafond de 120 € par nuit prévu pour les déplacements des candidats. La comptabilité peut vous rembourser jusqu'à ce montant sur présentation d'une note corrigée.
""",
        "rej_short": """
Nous vous remercions de l'intérêt porté à notre société. Votre profil ne correspond pas à nos besoins actuels.
Votre candidature au poste de {role} n'a pas été retenue.
SUBJECT: Re: candidature {role} || Merci pour votre envoi. On part sur un autre profil, désolé.
Nous avons complété l'analyse des candidatures et la vôtre ne sera pas retenue.
Après examen attentif de votre dossier, nous ne pouvons malheureusement pas lui donner une suite favorable.
Votre candidature ne sera pas poursuivie.
Pas de suite favorable pour ce poste, je suis navré.
Après réflexion, nous ne vous convierons pas à un entretien.
""",
        "rej_portal": """
SUBJECT: Votre candidature – mise à jour || Statut de la candidature n° 24-0317 : « Non retenue ». Ce message a été généré automatiquement depuis notre espace candidats.
Madame, Monsieur, votre candidature à l'avis de vacance d'emploi publié sous la référence 2024-88214 a été examinée par la commission de sélection. Elle n'a pas été retenue.
Avis automatique : l'étape « Présélection » est terminée pour l'affichage {role}. Résultat : candidature non retenue. Ne pas répondre à ce courriel.
Notification de votre compte candidat : votre dossier pour la fonction de {role} a été clôturé (motif : profil non retenu après screening).
Votre dossier a été traité. Nous vous informons qu'il ne sera pas pris en considération pour ce poste. Les documents transmis seront détruits conformément à la LPD.
Mise à jour de votre candidature : le recruteur l'a consultée et marquée comme « non retenue ». Découvrez d'autres offres dans votre secteur.
Candidature HR-5521, décision : défavorable. Pour toute question, consultez la FAQ de l'espace candidat.
""",
        "rej_after_final": """
Merci pour votre venue à Lyon et pour la qualité de votre présentation devant le comité. Nous avons finalement choisi une candidate qui connaît déjà notre ERP.
Après la dernière entrevue, l'équipe a longuement délibéré. Nous avons retenu une autre personne, dont l'expérience en gestion du changement était plus poussée.
SUBJECT: Suite à votre dernier entretien || Je reviens vers vous comme promis. Le directeur a tranché en faveur d'un autre finaliste ; j'en suis sincèrement désolée, car votre parcours nous avait beaucoup plu.
Vous êtes allé(e) jusqu'au bout du processus et nous vous en remercions. Nous ne pouvons cependant pas vous faire de proposition.
La commission a entendu les trois finalistes et a porté son choix sur une autre personne.
Je peux vous appeler demain si vous le souhaitez, mais je voulais d'abord vous l'écrire : ce ne sera pas vous pour le poste de {role}. C'était serré.
Les résultats de la journée d'assessment ne nous permettent pas de poursuivre avec votre candidature. Votre rapport individuel vous sera transmis sur demande.
Après l'étude de cas et l'entretien avec la direction, nous avons décidé de ne pas aller plus loin ensemble. Merci pour votre engagement tout au long du processus.
""",
        "rej_role_filled": """
Le poste de {role} a été pourvu. Votre candidature est donc classée sans suite.
Nous avons entre-temps trouvé la personne qu'il nous fallait ; le poste n'est plus vacant.
Le poste a été comblé à l'interne. Nous fermons donc le concours.
SUBJECT: Poste pourvu || Nous avons recruté plus vite que prévu et le poste est déjà occupé. Nous n'avons pas pu examiner votre dossier à temps, toutes nos excuses.
Le poste a été repourvu. Nous vous retournons par courrier les documents originaux reçus.
L'offre est clôturée : une candidate a accepté notre proposition hier.
Nous avons signé avec un candidat pour ce poste et ne donnerons donc pas suite aux autres candidatures.
""",
        "rej_pointer_elsewhere": """
Votre profil ne correspond pas à ce poste précis, mais nous recrutons régulièrement en logistique : jetez un œil à notre page carrières.
Nous ne retenons pas votre candidature, mais notre réseau d'agences en Wallonie recrute en permanence. N'hésitez pas à déposer votre CV sur notre site.
Votre candidature n'a pas été retenue. Nous vous invitons à consulter nos autres affichages et à vous abonner à nos alertes emploi.
Nous ne pouvons malheureusement pas donner suite. Notre programme de stages pour jeunes diplômés ouvre ses inscriptions en février, c'est peut-être une piste pour vous.
Ce ne sera pas pour ce poste. Notre filiale Ondine Services cherche en revanche des profils comme le vôtre : ondine-services.example/recrutement.
Nous ne poursuivons pas avec votre dossier, mais nous le gardons dans notre vivier pendant deux ans, avec votre accord, pour de futurs postes.
Vous n'êtes pas retenu(e) pour {role}, hélas. Je vous conseille de regarder du côté de notre équipe Support, qui ouvre trois postes le mois prochain.
""",
    },
    "pt": {
        "inv_bad_news_first": """
Infelizmente o horário de terça às 10h que você escolheu acabou sendo preenchido por outro candidato segundos antes. Mas queremos muito conversar com você sobre a vaga de {role}! Pode escolher outro horário na agenda abaixo? Ainda temos quarta e quinta à tarde.
Tentámos contactá-lo(a) por telemóvel ontem e hoje de manhã, sem sucesso. O motivo era este: gostaríamos de o(a) convidar para uma entrevista. Pode indicar-nos a sua disponibilidade para esta semana?
Precisamos remarcar: o gestor da vaga está viajando a trabalho para Manaus e só volta dia 14. Para não atrasar seu processo, podemos fazer a entrevista por vídeo na segunda, dia 12, às 15h?
Lamentamos, mas a sala que tínhamos reservado no Porto ficou indisponível na sexta-feira. Continuamos a querer conhecê-lo(a), por isso propomos a entrevista no nosso escritório de Matosinhos, à mesma hora. Dá-lhe jeito?
Desculpe a demora, seu currículo ficou parado na fila errada do sistema por duas semanas, falha nossa. O time leu hoje e gostaria de marcar uma conversa de 40 minutos com você. Quinta à tarde funciona?
SUBJECT: Tentamos falar com você || Oi! Liguei duas vezes e caiu na caixa postal, então estou mandando por aqui: você passou para a etapa de entrevista da vaga de {role}. Me responde com os melhores dias e horários? Pode ser pelo WhatsApp também, no (11) 98765-4321.
A nossa diretora de recursos humanos está, infelizmente, de baixa esta semana. Em vez de adiarmos tudo, gostaríamos de fazer a primeira entrevista por videochamada com o responsável de equipa na quarta-feira às 11h00. Confirma?
Uma notícia ruim: a dinâmica de grupo do dia 3 foi cancelada. Mas você segue no processo! Vamos substituí-la por entrevistas individuais e quero agendar a sua. Escolha um horário pelo link até sexta.
Peço desculpa pela alteração em cima da hora: o administrador teve de viajar para Luanda. Conseguiria antecipar a entrevista para quinta-feira às 17h, ou prefere que fique para terça da próxima semana?
Seu e-mail do dia 2 caiu no nosso antigo endereço de recrutamento e só vimos agora, mil desculpas. O convite continua de pé: consegue fazer a entrevista técnica com nosso tech lead quarta às 16h ou sexta às 10h?
Já não temos horários para entrevistas presenciais nesta fase, lamentamos. Abrimos, contudo, alguns horários por Teams para a função de {role}, o primeiro amanhã às 14h30. Pode reservar diretamente no link.
Não consegui encaixar uma data com a banca antes das festas, desculpe. Topa fazer a entrevista na primeira semana de janeiro? Deixei reservado o dia 7 às 10h; me avisa se não der.
Apesar de o processo estar atrasado em relação ao previsto, temos o prazer de o(a) convidar para uma entrevista telefónica de 20 minutos. Por favor indique-nos as suas disponibilidades até sexta-feira.
Infelizmente não sobrou lugar no teste presencial em Campinas. Para não te deixar de fora, liberamos uma entrevista online com a coordenadora no dia 22, às 9h. Você consegue participar?
""",
        "inv_other_role": """
Não vamos seguir com sua candidatura para esta vaga, porque buscamos alguém com mais vivência em folha de pagamento. Mas o coordenador de BI viu seu currículo e gostaria de te entrevistar para uma vaga de analista de dados. Podemos marcar para a semana que vem?
A função foi preenchida internamente. Ainda assim, a equipa de Apoio ao Cliente ficou muito interessada no seu perfil e gostaria de o(a) convidar para uma entrevista para a posição de Gestor(a) de Conta em Lisboa.
SUBJECT: Outra oportunidade na {company} || Para a vaga sênior não vamos avançar, mas o mesmo time está contratando uma pessoa de nível pleno e queremos te chamar para entrevista. Mesmos entrevistadores, processo mais curto. Terça à tarde funciona?
Não será desta para {role}, lamento. A nossa unidade de Braga, porém, procura alguém com o seu percurso para a coordenação logística, e a responsável gostaria de falar consigo por videochamada na sexta às 9h30. Pode ser?
A vaga em Curitiba foi congelada. A mesma posição está aberta em São Paulo e gostaríamos de te convidar para entrevista; a primeira fase é 100% remota.
A sua candidatura não avançou para esta posição. À parte disso, a equipa do programa de trainees convida-o(a) para o dia de avaliação a 18 de outubro, que nos parece mais adequado ao seu perfil. A inscrição faz-se no link abaixo.
Não conseguimos te oferecer a vaga CLT, mas temos um projeto de seis meses no mesmo departamento, começando em setembro, e queremos conversar com você sobre ele. Uma call rápida segunda às 10h?
O responsável optou por outro candidato para {role}, mas gostou muito da sua experiência em modelação de dados e pediu-me para o(a) convidar para uma entrevista para a vaga de Engenheiro(a) de Analytics aberta esta semana. Quinta ou sexta?
""",
        "off_changed_terms": """
Depois da última etapa, o time entendeu que o nível sênior ainda seria um passo grande, mas quer muito você com a gente. Temos o prazer de te oferecer a posição de {role} no nível pleno, com salário de R$ 9.800 mensais em regime CLT e revisão após seis meses. A carta-proposta está em anexo.
Tenho o prazer de lhe propor a função, com uma alteração face ao que falámos: o contrato será a termo certo de 12 meses e não sem termo. Vencimento e benefícios mantêm-se. Se concordar, assine e devolva a proposta até sexta-feira.
SUBJECT: Proposta condicionada || Temos o prazer de te fazer uma proposta para a vaga de {role}, condicionada à entrega dos documentos admissionais e à aprovação no exame médico admissional. Início previsto em 3 de novembro.
A aprovação para a vaga CLT não saiu, infelizmente. O que conseguimos oferecer é a mesma posição como PJ, R$ 14.000 por mês, contrato de 12 meses. Sei que muda bastante coisa; se quiser, marcamos uma conversa antes de você decidir.
Gostaríamos de lhe propor a função em regime de part-time (30 horas semanais), com vencimento proporcional de 1.650 € brutos mais subsídio de alimentação. Sabemos que não corresponde exatamente ao anúncio, mas gostávamos muito de contar consigo.
Parabéns! Temos o prazer de lhe apresentar a proposta para {role}. A proposta fica sujeita à entrega do certificado de registo criminal e à conclusão da licenciatura até julho. Segue em anexo o contrato.
A vaga de {role} foi preenchida, mas gostaríamos de te oferecer a posição de analista júnior no mesmo time, com início em 1º de abril e salário de R$ 5.200. É um nível abaixo, com plano de carreira claro depois de um ano. Carta em anexo.
Boa notícia, com uma ressalva: podemos oferecer-lhe o lugar, mas apenas no escritório de Lisboa e não no Porto. Incluímos um apoio à mudança de 2.000 €. Aguardamos a sua resposta até dia 30.
Estamos oferecendo um contrato de experiência de 90 dias como {role}, com efetivação prevista ao final se tudo correr bem. Salário integral desde o primeiro dia. Os detalhes estão na proposta anexa; se estiver de acordo, é só assinar.
Segue em anexo a proposta formal. Note que está dependente da verificação de referências, que a nossa parceira fará nas próximas 48 horas. Confirmado isso, a data de início é segunda-feira, 14 de julho.
""",
        "ack_regretful_status": """
Pedimos desculpas pela demora. Recebemos muito mais currículos do que esperávamos para {role} e a triagem deve se estender até o fim do mês. Sua candidatura continua em análise e você terá retorno, seja qual for o resultado.
Devido a uma falha técnica no nosso portal de recrutamento, alguns anexos não ficaram gravados, incluindo o seu. A candidatura continua ativa; pedimos-lhe apenas que volte a carregar o CV através do link abaixo.
SUBJECT: Mudança na condução do seu processo || Queria te avisar que a Juliana, que estava acompanhando seu processo, saiu da {company}. Eu assumi os candidatos dela, incluindo você. Seu currículo já está com a gestora e te dou notícias assim que tiver.
Talvez tenha reparado que o anúncio voltou a ser publicado. Trata-se apenas de uma renovação no portal de emprego: o processo não foi encerrado e a sua candidatura continua a ser considerada.
Foi mal pela demora em dar retorno! A gestora estava de férias e a análise ficou parada. A previsão é falar com os pré-selecionados até dia 20.
Lamentamos, mas tivemos de alterar o processo de seleção: todos os candidatos farão primeiro uma prova escrita online, que receberá nos próximos dias. A sua candidatura mantém-se ativa.
Sei que faz tempo que você não tem notícias. Ainda aguardamos a aprovação do orçamento para a vaga, então o processo está pausado. Sua candidatura não foi descartada, e aviso assim que retomarmos.
Recebemos a sua candidatura, mas, por um erro na referência da oferta, ela não chegou logo à equipa certa. Já foi encaminhada e será analisada esta semana. Pedimos desculpa pelo atraso.
Recebemos sua candidatura. Devido ao grande volume de inscrições, infelizmente não conseguiremos responder individualmente dentro do prazo habitual. Entraremos em contato assim que seu perfil for avaliado.
O prazo de candidaturas foi prorrogado até 30 de setembro, pelo que as decisões vão demorar mais do que indicámos. Não precisa de fazer nada: a sua candidatura está registada.
O arquivo que você anexou está corrompido e não conseguimos abrir. Pode nos enviar o currículo de novo, em PDF? Sua inscrição está registrada e será avaliada assim que recebermos.
Ponto de situação: a sua candidatura continua em análise. Lamento não ter mais novidades; a equipa está a conduzir dois recrutamentos ao mesmo tempo.
Pedimos desculpas: um e-mail automático enviado ontem informou que seu processo tinha sido encerrado. Foi um erro do sistema. Sua candidatura para {role} segue ativa e em avaliação, então pode desconsiderar a mensagem anterior.
Obrigado pela candidatura. Durante agosto a equipa de recrutamento está reduzida, infelizmente, pelo que a resposta pode demorar até seis semanas. A sua candidatura foi bem recebida.
Com a reestruturação, a vaga passou para outra diretoria. Sua candidatura foi transferida e será avaliada pelo novo gestor em breve. Desculpe a confusão.
SUBJECT: Ação necessária: volte a anexar a carta de motivação || Com a migração para a nova plataforma, as cartas de motivação submetidas antes de 1 de maio perderam-se, infelizmente. A candidatura continua ativa, mas pedimos que volte a anexar a carta até domingo.
""",
        "oth_withdrawal_confirmed": """
Recebemos seu pedido de desistência do processo para {role} e já encerramos sua candidatura. Uma pena! Se mudar de ideia no futuro, as portas estão abertas.
SUBJECT: Confirmação de desistência || Confirmamos que a sua candidatura foi retirada, conforme solicitou. A entrevista de quinta-feira foi desmarcada e o júri informado. Muitos parabéns pelo novo desafio!
Que pena que você decidiu não seguir no processo, mas entendemos perfeitamente. Conforme solicitado, seus dados serão excluídos da nossa base em até 30 dias, de acordo com a LGPD.
Está registado: retirei a sua candidatura. Fica para uma próxima oportunidade.
Sua inscrição foi cancelada no portal a seu pedido. Você não receberá mais comunicações sobre esta vaga.
""",
        "oth_cancelled_event": """
SUBJECT: Cancelado: live "Carreiras em tecnologia verde" || Infelizmente precisamos cancelar a live de quinta, porque nossa palestrante principal adoeceu. Quem se inscreveu vai receber o convite para a nova data.
Lamentamos informar que o dia aberto da {company} a 12 de novembro não se vai realizar, devido ao atraso na mudança de instalações. Partilharemos em breve uma visita virtual.
A feira de carreiras da universidade foi cancelada por causa do alerta de chuvas fortes. As empresas participantes, incluindo a {company}, vão manter estandes virtuais na sexta a partir das 10h.
O pequeno-almoço "Conheça a equipa de engenharia" deste sábado foi cancelado por falta de inscrições. Esperamos repeti-lo na primavera.
Sua vaga na mentoria coletiva de currículo do dia 4 não foi confirmada: a turma lotou e as vagas foram sorteadas. Você está na lista de espera da próxima.
""",
        "oth_closed_alert": """
SUBJECT: Seu alerta de vagas: 6 novas oportunidades || Vagas para "analista de produto, São Paulo": Analista de Produto na Quintal Pay (encerrada), Analista de Produto Sr na Vetor Saúde (encerrada), Product Analyst na Órbita (encerra hoje). Algumas vagas não estão mais recebendo candidaturas.
Três ofertas que guardou já não estão disponíveis: "{role}" na Maré Digital, "Responsável de Operações" na Lusodata e "Técnico Superior" na Câmara Municipal de Aveiro. Ver ofertas semelhantes.
A vaga que você estava vendo expirou. O anúncio foi removido pela empresa em 2 de março. Confira 8 vagas parecidas perto de Belo Horizonte.
Resumo semanal: 12 ofertas corresponderam à sua pesquisa, 4 das quais já fecharam. Dica: mude o alerta para diário para não perder nada.
A vaga de {role} que você salvou não está mais aceitando inscrições. Ative as notificações para saber quando a {company} abrir novas vagas.
""",
        "oth_rejection_advice_newsletter": """
SUBJECT: Nesta semana: como lidar com o "não" || Nesta edição: por que os e-mails de reprovação dizem tão pouco, três perguntas para fazer ao recrutador depois de um não, e a história de uma leitora que ouviu nove nãos antes de conseguir a vaga dos sonhos.
"Lamentamos informar que a sua candidatura não foi selecionada." Se esta frase lhe dá um aperto no estômago, não está sozinho(a). Na newsletter deste mês, a coach Marta Salgueiro explica como pedir feedback sem parecer defensivo.
Reprovado na última etapa? Nosso novo e-book mostra o que fazer nas primeiras 48 horas e quando vale a pena se candidatar de novo. Baixe grátis na área do assinante.
Boletim Emprego n.º 112: o "ghosting" dos recrutadores, como fazer follow-up com educação e um modelo para responder com elegância a uma recusa.
Suas dicas de carreira da semana: ouvir "não" faz parte. Mostramos como os recrutadores montam a shortlist de verdade e por que a recusa de um time raramente fecha as portas da empresa inteira.
""",
        "oth_cold_recruiter": """
Desculpe o contato sem aviso. Sou recrutadora na Alvo Talentos e estou conduzindo uma busca de Analista Sênior para um cliente de logística em Campinas. Seu perfil me chamou atenção; topa conversar?
Peço desculpa por o(a) contactar assim do nada. Vi o seu perfil no LinkedIn e pensei que um projeto de seis meses em Lisboa, maioritariamente remoto, lhe pudesse interessar. Sem qualquer compromisso.
Espero que não se importe com a mensagem direta, e desculpe se não fizer sentido para você. Recruto para startups e um cliente está buscando alguém para {role}. Se tiver interesse, te mando os detalhes.
SUBJECT: Desculpe – nome errado na minha mensagem || Na mensagem anterior tratei-o(a) por "Alberto", um erro de copiar e colar da minha parte. A oportunidade, essa, é real: operações de produto numa scale-up de saúde digital, 45 a 55 mil euros. Uma chamada rápida?
Entendo que talvez você não esteja procurando agora, e peço desculpas se a mensagem for inoportuna. Estamos montando um banco de talentos para futuras vagas no nosso hub de Recife. Posso manter seu perfil?
""",
        "oth_reference_request": """
A Mariana Costa se candidatou a uma vaga conosco e indicou você como referência. Você poderia preencher um formulário rápido (uns 10 minutos) até quarta? As respostas são confidenciais.
SUBJECT: Referência – Tiago Fernandes || O Tiago indicou-o(a) como antigo(a) responsável direto(a). Desculpe o incómodo: teria 15 minutos esta semana para uma chamada sobre o trabalho dele na sua equipa?
Como parte das checagens finais, você poderia nos enviar nome e contato de duas referências profissionais, de preferência incluindo um gestor recente? Não entraremos em contato sem te avisar antes.
Pedimos desculpa por só agora o(a) contactar: segundo o currículo do Rui Matos, orientou o estágio dele. Ele candidatou-se na nossa empresa e agradecíamos uma breve referência por escrito.
""",
        "oth_feedback_survey": """
SUBJECT: Como foi sua experiência? || Você participou recentemente de um processo seletivo na {company} e, mesmo que não tenha dado certo desta vez, gostaríamos da sua opinião. A pesquisa é anônima e leva 3 minutos.
Sabemos que uma resposta negativa nunca é agradável. Poderia avaliar a sua experiência com a nossa equipa de recrutamento, de 1 a 10?
Após a conclusão do seu processo para {role}, pedimos que responda nossa pesquisa de experiência do candidato. São cinco perguntas, sem login, e fica aberta até 15 de maio.
Uma pergunta rápida: de 0 a 10, qual a probabilidade de recomendar a um amigo que se candidate à {company}?
Você fez entrevista com a gente em março. Independente do resultado, queremos saber como foi a entrevista em si: estava bem organizada? As perguntas foram claras? Responda a pesquisa.
""",
        "oth_interview_moved": """
SUBJECT: Atualização: sua entrevista será online || Mudança rápida na sua entrevista de amanhã: por causa da greve do metrô, vamos fazer pelo Google Meet. Mesmo horário (14h), mesmos entrevistadores; o link está no convite atualizado.
Pedimos desculpa pela alteração de última hora: a Inês já não pode estar na sua entrevista de quarta-feira, pelo que será o Miguel, da equipa de plataforma, a entrevistá-lo(a). Hora e local mantêm-se.
Sua entrevista do dia 18 foi remarcada para o dia 20 às 10h30, como você pediu. O convite atualizado está em anexo; o resto continua igual.
Pequena atualização para quinta: vamos recebê-lo(a) na sala 4.12, no 4.º piso, e não no rés-do-chão. Dirija-se à receção como previsto.
Nossa plataforma de vídeo caiu hoje de manhã, por isso o link não funcionou. Remarcamos sua conversa para hoje às 15h no Zoom; o novo link está no convite. Desculpe o transtorno.
""",
        "oth_rejected_document": """
SUBJECT: Reembolso recusado || Seu pedido de reembolso da viagem para a entrevista de 4 de junho (passagem de ônibus, R$ 186,40) foi recusado porque o comprovante não foi anexado. Por favor, envie de novo com a foto do bilhete.
A fotografia do Cartão de Cidadão que carregou para o processo de admissão foi rejeitada: a imagem está desfocada e a data de validade não é legível. Carregue uma nova no portal de acolhimento.
Sua folha de ponto da semana 32 foi reprovada pelo gestor com o comentário "horas de sexta não batem com a escala". Corrija e reenvie até segunda.
Lamentamos, mas não foi possível validar o seu certificado de habilitações a partir da cópia enviada. Peça à sua universidade que envie a confirmação diretamente para validacao@certifica-rh.example.
Seu exame admissional foi devolvido pela clínica: falta a assinatura do médico no ASO. Precisamos de uma via assinada antes do seu primeiro dia.
""",
        "rej_short": """
Agradecemos sua participação. Neste momento, optamos por outro perfil.
Obrigado pela candidatura. Não vamos avançar consigo.
SUBJECT: Re: vaga de {role} || Oi! Obrigado pelo interesse, mas a vaga não vai seguir com você.
Informamos que a sua candidatura não foi retida.
Seu perfil não foi aprovado para a próxima etapa.
Lamentamos, mas não foi escolhido(a) para a função.
Infelizmente, não seguiremos com sua candidatura desta vez.
Depois de ler o seu CV com atenção, não o(a) vamos chamar para entrevista.
""",
        "rej_portal": """
SUBJECT: Atualização do processo seletivo || Sua candidatura para {role} foi atualizada: processo finalizado, você não foi aprovado(a) nesta etapa. Acompanhe outras vagas pelo portal.
Exmo.(a) Senhor(a), na sequência da avaliação curricular no âmbito do procedimento concursal n.º 88214, informamos que não obteve a classificação mínima exigida para a fase seguinte. Dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia.
Mensagem automática: a etapa "Triagem de currículos" foi encerrada. Resultado: não classificado. Não responda este e-mail.
Notificação da sua conta: a candidatura n.º RH-5521 passou ao estado "Não selecionada".
Status da inscrição: reprovado na etapa de testes online. Obrigado por participar.
O recrutador viu a sua candidatura no portal e marcou-a como "não adequada". Veja outras ofertas na sua área.
Candidatura 24-0317, resultado: desclassificado (requisito obrigatório não atendido: inglês avançado).
""",
        "rej_after_final": """
Foi ótimo te receber na etapa final com a diretoria. Depois de muita conversa, escolhemos uma pessoa que já conhecia nosso ERP.
Após a última entrevista, o júri deliberou longamente e optou por outro candidato com mais experiência em gestão da mudança.
SUBJECT: Sobre a última etapa || Como prometido, voltando com o resultado: a diretora optou pelo outro finalista. Fico chateada de dar essa notícia, porque a gente gostou muito de você.
Chegou ao fim do processo e agradecemos-lhe por isso. Não lhe poderemos, contudo, apresentar proposta.
Os três finalistas foram avaliados pelo comitê e a escolha recaiu sobre outra pessoa.
Posso ligar-lhe amanhã se preferir, mas quis escrever primeiro: não será desta para {role}. Foi renhido.
Os resultados do painel final não nos permitem seguir com sua candidatura. Se quiser, enviamos seu relatório individual de avaliação.
Depois do case e da conversa com a administração, decidimos não avançar. Obrigado pela dedicação durante todo o processo.
""",
        "rej_role_filled": """
A vaga de {role} foi preenchida, então seu processo foi encerrado.
Entretanto encontrámos a pessoa certa e a vaga deixou de estar disponível.
A posição foi ocupada por um colaborador interno; encerramos o processo externo.
SUBJECT: Vaga preenchida || Recrutámos mais depressa do que esperávamos e o lugar já está ocupado. Não chegámos a analisar a sua candidatura a tempo, as nossas desculpas.
A vaga fechou: uma candidata aceitou nossa proposta ontem.
Assinámos contrato com um candidato para esta função, pelo que não daremos seguimento às restantes candidaturas.
Essa vaga não está mais disponível, já contratamos.
""",
        "rej_pointer_elsewhere": """
Seu perfil não combina com esta vaga específica, mas contratamos com frequência na área de logística. Dá uma olhada na nossa página de carreiras!
Não vamos avançar com a candidatura, mas as nossas lojas em todo o país recrutam regularmente. Pode deixar o seu CV na nossa bolsa de emprego.
Você não foi aprovado(a) para esta vaga. Convidamos você a conferir nossas outras oportunidades e cadastrar alertas.
Infelizmente não daremos seguimento. O nosso programa de estágios para recém-licenciados abre candidaturas em fevereiro e pode ser uma boa opção.
Não vai ser para esta vaga. A Ondina Serviços, empresa do nosso grupo, busca perfis como o seu: ondina.example/vagas.
Não avançamos com o seu processo, mas, com o seu consentimento, guardamos o CV na nossa base durante dois anos para futuras oportunidades.
Não foi dessa vez para {role}. Te sugiro ficar de olho no time de Suporte, que abre três vagas no mês que vem.
""",
    },
    "de": {
        "inv_bad_news_first": """
Leider ist der Termin am Dienstag um 10 Uhr, den Sie ausgewählt hatten, inzwischen vergeben. Wir würden Sie aber sehr gern kennenlernen: Hätten Sie am Donnerstag um 14 Uhr oder am Freitag um 9 Uhr Zeit für ein Gespräch zur Stelle als {role}?
Wir haben gestern zweimal versucht, dich telefonisch zu erreichen, leider ohne Erfolg. Eigentlich wollten wir dich zu einem ersten Kennenlernen mit unserem Teamlead einladen. Schick uns doch kurz, wann es dir diese Woche passt.
""",
        "inv_other_role": """
Für die Position {role} können wir Sie leider nicht berücksichtigen. Unser Controlling-Team sucht jedoch gerade Verstärkung im Reporting und möchte Sie gern zu einem Gespräch einladen. Passt Ihnen der kommende Mittwoch um 11 Uhr?
""",
        "off_changed_terms": """
Wir freuen uns, Ihnen die Stelle anbieten zu können, allerdings zunächst befristet auf 18 Monate statt unbefristet wie ursprünglich ausgeschrieben. Gehalt und Konditionen bleiben wie besprochen. Den Vertrag finden Sie im Anhang.
""",
        "ack_regretful_status": """
Bitte entschuldigen Sie die lange Wartezeit. Wegen der hohen Zahl an Bewerbungen verzögert sich die Auswahl um etwa zwei Wochen. Ihre Unterlagen liegen uns vor und sind weiterhin im Verfahren.
Leider ist beim Upload deiner Unterlagen etwas schiefgelaufen: Dein Lebenslauf ist bei uns nicht angekommen. Deine Bewerbung ist aber gespeichert. Kannst du die Datei über den Link unten noch einmal hochladen?
""",
        "oth_withdrawal_confirmed": """
Hiermit bestätigen wir, dass Sie Ihre Bewerbung zurückgezogen haben. Ihre Daten werden gemäß unserer Datenschutzerklärung innerhalb von 30 Tagen gelöscht. Schade, dass es nicht gepasst hat, und viel Erfolg in der neuen Position.
""",
        "oth_cancelled_event": """
Leider müssen wir unseren Karriereabend am 12. November absagen, da unser Hauptredner erkrankt ist. Wir melden uns bei dir, sobald ein Ersatztermin feststeht.
""",
        "oth_closed_alert": """
Ihr Suchauftrag: 5 neue Treffer für „Projektmanager Hamburg“. Hinweis: 3 der Anzeigen sind nicht mehr verfügbar und wurden vom Arbeitgeber deaktiviert. Suchauftrag bearbeiten.
""",
        "oth_rejection_advice_newsletter": """
Absage bekommen? Kein Grund, den Kopf hängen zu lassen. In unserem neuen Newsletter zeigen wir dir, wie du nach einem Nein um Feedback bittest und was Recruiter wirklich meinen, wenn sie „leider“ schreiben.
""",
        "oth_cold_recruiter": """
Entschuldigen Sie die unaufgeforderte Nachricht. Ich bin Personalberaterin bei Lindqvist & Partner und suche für einen Kunden aus dem Maschinenbau eine Verstärkung im Einkauf in Stuttgart. Hätten Sie Interesse an einem kurzen Telefonat?
""",
        "oth_reference_request": """
Frau Jana Koller hat sich bei uns beworben und Sie als Referenz angegeben. Wären Sie bereit, uns in einem kurzen Telefonat von etwa zehn Minuten von Ihrer Zusammenarbeit zu berichten?
""",
        "oth_feedback_survey": """
Vor Kurzem hast du von uns eine Absage erhalten, das tut uns leid. Magst du uns trotzdem in drei Minuten sagen, wie du den Bewerbungsprozess erlebt hast? Die Umfrage ist anonym.
""",
        "oth_interview_moved": """
Kurze Änderung zu Ihrem Gespräch am Donnerstag: Wegen des Bahnstreiks findet es online über Microsoft Teams statt. Uhrzeit und Gesprächspartner bleiben gleich, den Link finden Sie in der aktualisierten Einladung.
""",
        "oth_rejected_document": """
Ihre Reisekostenabrechnung für das Vorstellungsgespräch am 4. Juni wurde leider abgelehnt, da die Belege fehlen. Bitte reichen Sie die Abrechnung mit den eingescannten Fahrkarten erneut ein.
""",
        "rej_short": """
Danke für deine Bewerbung. Wir haben uns leider für jemand anderen entschieden.
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.
""",
        "rej_portal": """
Der Status Ihrer Bewerbung (Kennziffer 2024-117) hat sich geändert: Absage. Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.
""",
        "rej_after_final": """
Nach dem zweiten Gespräch haben wir uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin mit mehr Vertriebserfahrung entschieden. Herzlichen Dank für Ihre Zeit.
""",
        "rej_role_filled": """
Die ausgeschriebene Stelle ist inzwischen besetzt. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.
""",
        "rej_pointer_elsewhere": """
Für diese Stelle hat es leider nicht gereicht. Schau gern regelmäßig auf unserer Karriereseite vorbei, gerade im Kundenservice suchen wir oft neue Leute.
""",
    },
    "es": {
        "inv_bad_news_first": """
Lamentablemente, el horario del martes a las 10:00 que elegiste ya no está disponible. Aun así, nos encantaría conocerte para el puesto de {role}: ¿te vendría bien el jueves a las 16:00 o el viernes a las 9:30?
Intentamos comunicarnos contigo por teléfono en dos ocasiones, sin éxito. Queríamos invitarte a una entrevista con la gerente del área. ¿Nos compartes tu disponibilidad para esta semana?
""",
        "inv_other_role": """
No vamos a avanzar con tu candidatura para este puesto, pero el equipo de Atención al Cliente vio tu perfil y quiere entrevistarte para una vacante de coordinación. ¿Tendrías un rato el miércoles por la mañana?
""",
        "off_changed_terms": """
Nos complace ofrecerle el puesto, aunque con un cambio respecto a lo hablado: el contrato será temporal de 12 meses en lugar de indefinido. El salario bruto anual de 34.000 € se mantiene. Adjuntamos la propuesta para su firma.
""",
        "ack_regretful_status": """
Sentimos la demora. Hemos recibido muchas más candidaturas de las previstas y el proceso se alargará hasta finales de mes. Su candidatura sigue en estudio.
Por un fallo en nuestra plataforma no se guardó tu CV. Tu postulación sigue activa; ¿podrías volver a subirlo desde el enlace de abajo?
""",
        "oth_withdrawal_confirmed": """
Confirmamos que hemos retirado tu candidatura al puesto de {role}, tal como nos pediste. Si en el futuro cambian tus circunstancias, puedes volver a postularte cuando quieras.
""",
        "oth_cancelled_event": """
Lamentamos informarte de que la jornada de puertas abiertas del 12 de noviembre queda cancelada. Te avisaremos en cuanto tengamos nueva fecha.
""",
        "oth_closed_alert": """
Tu alerta de empleo: 4 ofertas nuevas para «analista, Madrid». Atención: 2 de ellas ya no admiten candidaturas.
""",
        "oth_rejection_advice_newsletter": """
¿Te han dicho que no? En el boletín de este mes: cómo pedir feedback tras un rechazo, qué significa de verdad «hemos decidido seguir con otros perfiles» y tres personas que consiguieron el puesto al segundo intento.
""",
        "oth_cold_recruiter": """
Disculpa que te escriba sin conocernos. Soy headhunter en Vértice Talento y tengo un proceso abierto para una empresa de logística en Valencia que encaja con tu perfil. ¿Te apetece que lo hablemos?
""",
        "oth_reference_request": """
Lucía Ferrer se ha postulado a un puesto en nuestra empresa y te ha indicado como referencia. ¿Podrías dedicarnos diez minutos para responder un breve cuestionario sobre su trabajo contigo?
""",
        "oth_feedback_survey": """
Hace unos días te comunicamos el resultado de tu proceso con nosotros. Nos gustaría saber cómo fue tu experiencia como candidato: son cinco preguntas y es anónimo.
""",
        "oth_interview_moved": """
Un cambio en tu entrevista de mañana: por obras en la oficina, la haremos por Google Meet a la misma hora. El enlace está en la invitación actualizada.
""",
        "oth_rejected_document": """
Tu solicitud de reembolso de gastos de viaje ha sido rechazada porque falta el justificante del billete. Por favor, vuelve a enviarla adjuntando el comprobante.
""",
        "rej_short": """
Gracias por tu interés. En esta ocasión no continuaremos con tu candidatura.
Te escribimos para contarte que no avanzaremos con tu postulación.
""",
        "rej_portal": """
Estado de su candidatura: Descartada. Este es un mensaje automático; no responda a este correo.
""",
        "rej_after_final": """
Tras la última entrevista, el comité ha decidido seguir adelante con otra persona cuyo perfil se ajusta más a lo que buscamos. Fue una decisión muy reñida.
""",
        "rej_role_filled": """
La vacante ya ha sido cubierta, por lo que cerramos el proceso.
""",
        "rej_pointer_elsewhere": """
Lamentablemente no has sido seleccionado/a para este puesto. Te animamos a revisar nuestras otras ofertas en la web de empleo; publicamos vacantes nuevas cada semana.
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
            "{first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "We appreciate the time you've put into your application.",
            "Thank you for considering a career at {company}.",
        ],
        "wish": [
            "We wish you all the best.",
            "Best of luck with your search.",
            "We hope our paths cross again.",
            "Wishing you every success in your next step.",
        ],
        "marketing": [
            "{company} helps more than 3,000 businesses move goods across Europe on time. Our people work in small, autonomous teams and we were named one of the UK's Best Workplaces two years running.",
            "At {company} we believe good data changes lives. Join a team of 400 analysts, engineers and designers across London, Lisbon and Montréal, with four-day summer weeks and a learning budget of £1,500 a year.",
            "Life at {company}: hybrid working, a real career framework, and colleagues who actually answer your questions. Follow us on LinkedIn for stories from our teams.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}",
            "Thanks,\n{sender}",
            "All the best,\n{sender}\nTalent Team, {company}",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "You are receiving this e-mail because you applied for a position at {company}. Privacy notice | Manage preferences",
            "{company} Ltd, registered in England and Wales. This message and any attachments are confidential.",
            "Please do not reply directly to this automated message. Powered by HireLoop.",
            "Unsubscribe from candidate updates | Contact us | {company} careers",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Update on your application",
            "Re: {role} application",
            "{company}: your application",
        ],
        "subject_inv": [
            "Interview for {role}",
            "Next steps: {role} at {company}",
            "Let's find a time to talk",
            "Re: {role} interview",
            "Your interview with {company}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer letter: {role}",
            "Good news from {company}",
            "Re: {role} – offer",
        ],
        "subject_oth": [
            "A message from {company}",
            "Update from {company}",
            "Quick note",
            "{company} careers",
            "Re: your message",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé chez {company}.",
            "Merci pour le temps consacré à votre candidature.",
            "Nous vous remercions pour votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Bonne continuation dans vos démarches.",
            "Nous vous souhaitons bonne chance pour la suite.",
            "Au plaisir de recroiser votre route.",
        ],
        "marketing": [
            "Chez {company}, plus de 1 200 collaborateurs en France, en Belgique et en Suisse accompagnent chaque jour nos clients. Télétravail jusqu'à trois jours par semaine, formation continue et engagement RSE sont au cœur de notre culture.",
            "{company}, c'est une entreprise à taille humaine fondée à Montréal, présente dans huit pays. Découvrez nos équipes et nos valeurs sur notre page carrières.",
            "Rejoindre {company}, c'est participer à la transition énergétique avec des équipes engagées. Classée Great Place to Work 2024.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}",
            "Meilleures salutations,\n{sender}",
            "Au plaisir,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement, {company}",
        ],
        "footer": [
            "Vous recevez ce message car vous avez postulé chez {company}. Conformément au RGPD, vous pouvez demander la suppression de vos données à tout moment.",
            "Ce courriel et ses pièces jointes sont confidentiels. Se désabonner | Politique de confidentialité",
            "Merci de ne pas répondre à ce message automatique.",
            "{company} SA – Pour exercer vos droits sur vos données, écrivez à notre délégué à la protection des données via la page Confidentialité.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature {role} – {company}",
            "Suivi de votre candidature",
            "Re: candidature {role}",
        ],
        "subject_inv": [
            "Entretien – {role}",
            "Invitation à un entretien chez {company}",
            "Prochaine étape : {role}",
            "Re: entrevue {role}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre offre chez {company}",
            "Bonne nouvelle de {company}",
            "Re: {role} – proposition",
        ],
        "subject_oth": [
            "Message de {company}",
            "Information {company}",
            "Petit mot de {company}",
            "Re: votre message",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi, {first}!",
            "Caro(a) {first},",
            "Bom dia, {first},",
            "Prezado(a) Alex Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos a sua candidatura à {company}.",
            "Obrigado por se candidatar com a gente.",
            "Agradecemos o tempo dedicado ao processo.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada.",
            "Votos de felicidades e sucesso profissional.",
            "Boa sorte nos próximos passos!",
            "Desejamos-lhe as maiores felicidades.",
        ],
        "marketing": [
            "A {company} nasceu em Porto Alegre e hoje está em 14 estados, com mais de 2 mil pessoas apaixonadas por tecnologia e agronegócio. Aqui você tem home office flexível, vale-refeição e plano de saúde desde o primeiro dia.",
            "Na {company} acreditamos que as pessoas fazem a diferença. Com escritórios em Lisboa, Porto e Braga, oferecemos seguro de saúde, formação contínua e um dia de aniversário livre.",
            "Conheça a cultura {company}: diversidade, autonomia e impacto real. Siga-nos no Instagram e no LinkedIn.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}",
            "Abraços,\n{sender}",
            "Cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Um abraço,\n{sender}",
        ],
        "footer": [
            "Você está recebendo este e-mail porque se candidatou a uma vaga na {company}. Seus dados são tratados de acordo com a LGPD.",
            "Esta mensagem é confidencial. Os seus dados pessoais são tratados nos termos do RGPD. Cancelar subscrição.",
            "Por favor, não responda a este e-mail automático.",
            "{company} | Política de privacidade | Descadastrar",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura – {role}",
            "Atualização sobre o seu processo",
            "Re: vaga de {role}",
        ],
        "subject_inv": [
            "Entrevista – {role}",
            "Convite para entrevista na {company}",
            "Próxima etapa: {role}",
            "Re: entrevista {role}",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Sua proposta da {company}",
            "Boas notícias da {company}",
            "Re: {role} – proposta",
        ],
        "subject_oth": [
            "Mensagem da {company}",
            "Novidades da {company}",
            "Informação importante",
            "Re: sua mensagem",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag,",
            "Liebe/r {first},",
            "Guten Tag Alex Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung.",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre Zukunft alles Gute.",
            "Wir wünschen dir alles Gute für deine weitere Suche.",
            "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
            "Viel Erfolg dir!",
        ],
        "marketing": [
            "{company} entwickelt seit 1962 Antriebslösungen für den Maschinenbau. Rund 900 Kolleginnen und Kollegen in Stuttgart, Wien und Zürich freuen sich auf neue Ideen.",
            "Bei {company} erwarten dich flexible Arbeitszeiten, 30 Tage Urlaub und ein Team, das zusammenhält. Folge uns auf LinkedIn und Instagram.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Informationen zum Datenschutz finden Sie auf unserer Karriereseite.",
            "{company} GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 123456",
            "Du erhältst diese Nachricht, weil du dich bei {company} beworben hast. Abmelden",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role}",
            "Re: Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Gespräch – {role}",
            "Kennenlernen bei {company}",
            "Terminabstimmung {role}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Dein Angebot von {company}",
            "Gute Nachrichten von {company}",
        ],
        "subject_oth": ["Nachricht von {company}", "Information von {company}", "Kurze Info"],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Gracias por postularte con nosotros.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su carrera profesional.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} somos más de 1.500 personas en España y Latinoamérica trabajando por una logística más sostenible. Teletrabajo flexible, formación continua y un gran equipo.",
            "Descubre la vida en {company}: síguenos en LinkedIn para conocer a nuestros equipos.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}",
            "Atentamente,\n{sender}",
            "Un abrazo,\n{sender}",
        ],
        "footer": [
            "Recibes este correo porque te postulaste a una vacante en {company}. Política de privacidad | Darse de baja",
            "Este mensaje es confidencial. Sus datos se tratan conforme al RGPD.",
            "Por favor, no responda a este mensaje automático.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Candidatura {role} – {company}",
            "Actualización de tu proceso",
        ],
        "subject_inv": [
            "Entrevista – {role}",
            "Invitación a entrevista en {company}",
            "Próximos pasos: {role}",
        ],
        "subject_off": [
            "Oferta de empleo – {role}",
            "Tu oferta de {company}",
            "Buenas noticias de {company}",
        ],
        "subject_oth": ["Mensaje de {company}", "Información de {company}", "Aviso importante"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nJust checking in on my application for the {role} role. Happy to send anything else you need.\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I'll come back to you as soon as I have an update from the team.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Je reste à votre disposition pour tout complément.\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je reviens vers vous dès que j'ai un retour de l'équipe.\n{sender}\n",
    "pt": "Olá {sender_first},\nEscrevo para saber se há novidades sobre a minha candidatura para {role}. Fico à disposição para enviar o que for preciso.\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela mensagem. Assim que tiver novidades da equipa, volto a contactar.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt. Gern schicke ich weitere Unterlagen.\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht. Ich melde mich, sobald ich vom Team etwas höre.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería saber si hay novedades sobre mi candidatura para {role}. Quedo a disposición para enviar lo que haga falta.\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. En cuanto tenga noticias del equipo, te cuento.\n{sender}\n",
}
