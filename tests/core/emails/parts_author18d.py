# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 18d: mail from intermediaries and institutions in English, German, French, Spanish and Portuguese. It covers staffing agencies, headhunters and recruitment consultancies speaking for a client (client declines before or after interview, internal hires, shortlists that leave the person out, profile-submitted receipts, paused searches, requests to meet, offers passed on); universities, hospitals, schools, NGOs, foundations and public employers (committee decisions, appointment procedures, competitive exams and ranked lists, eligibility, appeals, reserve lists, posts not filled, grants and fellowships not awarded); and large corporations' applicant-tracking mail (status changes, closed requisitions, portal notifications, talent pools). About half are rejections and a quarter acknowledgements; the rest are invitations, offers and other mail."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowgate Talent Partners",
    "Brückner & Lenz Personalberatung GmbH",
    "Meridian Search Group",
    "Université de Valmont",
    "Hospital Universitario San Telmo",
    "Nordhafen Kliniken gGmbH",
    "Caldera Logistics plc",
    "Fundación Aurora Verde",
    "Kestrel Dynamics Inc.",
    "Cabinet Lemarchand Conseil",
    "Recrutas Atlântico Lda.",
    "Stadtwerke Eichenfeld AöR",
    "Westmere Borough Council",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Research Associate",
    "Project Coordinator",
    "Clinical Data Manager",
    "Software Engineer",
    "Referent*in Digitalisierung",
    "Chargé·e de mission RH",
    "Técnico de Administración General",
    "Analista de Sistemas",
    "Policy Officer",
    "Sachbearbeitung Fördermittel",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Fiona Marsh", "fiona.marsh@{domain}"),
    ("Talent Acquisition", "no-reply@careers.hireloop-ats.example"),
    ("Daniel Okafor", "d.okafor@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Berufungskommission", "berufungen@{domain}"),
    ("Service des ressources humaines", "rh@{domain}"),
    ("Camille Dufresne", "c.dufresne@{domain}"),
    ("Selección de Personal", "seleccion@{domain}"),
    ("Equipa de Recrutamento", "recrutamento@{domain}"),
    ("Recruitment Unit", "recruitment@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_agency_client_before_interview": """
I've heard back from my client on your application for the {role} position, and I'm afraid they won't be taking it forward. They were very specific that they want someone who has managed a team of at least five, and although I made the case for your project leadership, they weren't prepared to flex on it. I'll keep you front of mind for anything that fits better – please don't be discouraged by this one.
Quick update: the client has come back as a no on your CV. No detailed reasons, unfortunately – they just said they're seeing closer matches. Happy to chat about what else I've got on.
Following my submission of your details to our client, a regional building society, I have now received their feedback. They reviewed your profile carefully but have decided not to invite you to interview for the {role} vacancy, as they are prioritising candidates with direct experience of regulated financial reporting. With your consent, we will retain your details and contact you should a suitable opportunity arise.
Bad news on the Leeds role, I'm afraid. Hiring manager passed – salary expectations too far from their band. If you're open to going a bit lower next time, tell me and I'll widen the search.
Thank you for allowing {company} to represent you. Our client has now completed its initial review of applications for this assignment and, on this occasion, your application has not been selected for the next stage. As is standard with this client, no individual feedback is available at CV stage.
I wanted to tell you personally rather than let this drift: the medtech company I introduced you to has decided not to progress your application. Their view was that your background is strong but more commercial than this particular seat needs. I genuinely think you'd suit a couple of other briefs we're working on, so I'll ring you next week if that's OK.
Unfortunately the client has declined your profile for this role. Reason given: you are based outside the commuting area and the position requires four days a week on site. If your location plans change, just reply to this email.
We put your application forward last Tuesday and the client has now replied: they will not be shortlisting you. I appreciate this is disappointing, especially given how quickly you turned round the pre-screen questions.
I am writing on behalf of our client, whose name we were unable to disclose at the advertising stage. Having considered your application against the role profile, they have concluded that other applicants more closely match their requirements and will not be proceeding with your candidacy. Thank you for the trust you placed in us.
Heard back on the fintech one – it's a no from them, sadly. They loved the portfolio but wanted someone with more Kubernetes in production. Their loss, honestly. Shall we grab a call Thursday and look at the other two I mentioned?
""",
        "rej_agency_client_after_interview": """
Thanks again for making time to meet my client last week. I've now had a full debrief with the hiring manager and, although they were impressed with your preparation and your answers on stakeholder management, they have decided to offer the position to another candidate whose sector experience was a closer match. I know you put a lot into this and I'm sorry it isn't better news.
Just off the phone with the client. They've gone with someone else for the {role} role. It was close – you were one of the final two – and they asked me to say they'd happily look at you again for future openings.
Following your second-stage interview with our client, we have received their decision: regrettably, they will not be moving forward with your application. Their feedback centred on the technical exercise, where they felt the solution lacked sufficient test coverage; they were otherwise positive about your communication. We would welcome the chance to keep supporting your search.
Sorry to be the bearer of bad news, {first}. After Friday's panel the client has decided not to proceed. Feedback is thin – "not quite the right fit for the team at this stage" – but I've pushed for more and will share whatever I get.
Our client has completed its assessment centre for the graduate intake and I regret to tell you that you have not secured a place. Detailed scores from the group exercise and the case study are available on request.
I'll be honest: I thought you had this one. The client interviewed four people and chose the candidate who could start immediately, while your notice period is three months. That was the deciding factor – nothing about you or your interview. Still want to keep looking together? There's something in Bristol that might suit.
The client's decision following your final interview is that they will not be extending an offer. We appreciate the effort you put into the presentation. At the client's request, we cannot share feedback beyond what is stated here.
Update on the search: following the interviews held on 12 and 13 March, the board has selected another candidate for the appointment. I would like to thank you for the seriousness and openness with which you approached the process, and I very much hope our paths cross again on a future mandate.
After meeting you on Wednesday, the hiring team has decided to take the role in a different direction – they now want someone more junior, so this is less about you than about the brief changing. They won't be progressing your application, but if the senior version resurfaces you'll be my first call.
Short version: no from the client. Long version: they liked you, but the MD wanted someone who's taken a full ERP migration from start to finish. Written feedback to follow tonight.
""",
        "rej_agency_internal_candidate": """
I'm sorry to tell you that the client has decided to fill the {role} position internally. A member of their existing team applied late in the process and, given her knowledge of the business, they've chosen to promote from within. This is no reflection on your interview, which they rated highly.
Our client has informed us that the vacancy has been filled by an internal candidate and the external search is therefore closed. Thank you for your interest and your time.
Annoying one, this: the client has given the job to an internal secondee. They told me at kick-off that internal candidates were unlikely, so I'm as surprised as you are. Sorry, {first}.
The client has confirmed an internal appointment, which means we will not be progressing any external candidates, including you. We will of course let you know about comparable positions we are recruiting for.
I've had word from the hospital trust that the post has gone to a member of staff who has been acting up in the role for six months. They asked me to thank you for attending interview and to explain that the decision was made on continuity grounds.
""",
        "rej_agency_shortlist": """
The client has now finalised the shortlist for the {role} role and I'm sorry to say your profile wasn't on it. They had a very high volume of applications and narrowed it to six people, all with public-sector procurement backgrounds.
Just closing the loop: the shortlist went over yesterday and, after their review, the client picked four people to interview. You're not one of them this time. I'll keep looking.
We presented a longlist of twelve candidates to our client, who has now selected a shortlist for first-round interviews. Your candidacy has not been retained on that shortlist, and we thank you for your interest in this mandate.
I want to be straight with you: I didn't include your profile in the shortlist I sent the client this morning. They tightened the brief to require fluent Dutch and I couldn't make a convincing case without it. Sorry – let's talk about the other openings.
SUBJECT: Your application via {company} || Your application was considered for the shortlist but was not selected. The client has asked us to close all non-shortlisted applications this week.
""",
        "rej_academic_committee": """
The selection committee for the post of {role} met on 4 June to consider all applications received. I regret to inform you that the committee did not select you for interview. The number of well-qualified applicants was exceptionally high and the committee's task correspondingly difficult.
I am writing on behalf of the Appointments Panel for the Lectureship in Economics. Having interviewed the shortlisted candidates, the Panel recommended another candidate for appointment and the University has accepted that recommendation. The Panel asked me to thank you for your presentation, which it found thoughtful and well structured.
Following review by the Fellowship Committee, we regret that your application for the postdoctoral fellowship in computational biology has not been funded in this round. We received 214 eligible applications for 9 fellowships. Reviewer comments will be released through the applicant portal within four weeks.
Re: Search 2024-117, Assistant Professor (tenure track). The search committee has completed its review and will not be advancing your application to the campus visit stage. We appreciate the care you put into your materials.
The Research Council has concluded its assessment of proposals under the Early Career Grants scheme. Your proposal (reference ECG/24/0381) was rated fundable but could not be supported within the available budget. The panel's assessment summary is attached, and you may submit a revised proposal to a future call.
Following the interviews for the post of Senior Research Nurse, I am sorry to tell you that you have not been appointed on this occasion. If you would like feedback, please contact the chair of the interview panel within four weeks.
The governing body has now completed the appointment process for Head of Mathematics, and I'm sorry to say the panel has decided not to offer you the post. Thank you for the lesson you taught on Tuesday – the Year 9 group spoke about it warmly.
Your application for the PhD studentship (project code ENG-42) was unsuccessful; the studentship has been offered to another applicant. This decision does not affect any other applications you may have made to the Graduate School.
""",
        "rej_public_sector": """
Campaign reference 2024-PS-0871. Your application has been assessed against the essential criteria for this post. You did not meet the required standard on the behaviour "Delivering at Pace", so your application will not progress to the next stage. Your scores and feedback are available in your account.
The sift for the above vacancy is complete. Applicants were scored on the personal statement and the lead behaviour, and we regret that your score fell below the threshold for interview.
This letter notifies you that, following the written examination held on 9 November, you did not achieve the minimum mark of 60 required for admission to the oral stage of the competition. Your mark was 52. In accordance with the competition notice, you may request a review of your script within ten working days of the date of this letter.
We have determined that you are not eligible for the Graduate Programme, as applicants must hold the right to work in the UK without sponsorship. Your application has therefore been withdrawn from the process. If you believe this decision rests on an error, please contact us quoting your candidate number.
The final merit list for the recruitment of Administrative Officers has been published. Your name appears at position 214; however, 120 appointments are available and the list will not be used to fill further posts. Accordingly, you will not be offered an appointment from this competition.
Outcome of your interview for Policy Adviser, City Council: the panel has decided not to offer you the position. Your score was 19 out of 35 against an appointable threshold of 21.
Having considered the results of all candidates at the assessment for Police Staff Investigator, we are unable to offer you a position on this occasion. You may reapply after six months.
Your application for the vacancy at the Ministry's regional office has been rejected on formal grounds: the form reached us after the closing time of 23:59 on 28 February, and the recruitment rules do not allow late applications to be considered.
Following the review of appeals against the provisional results, the examining board confirms the outcome notified to you on 3 April. Your appeal has not been upheld and the decision not to admit you to the interview stage stands. This decision is final.
""",
        "rej_post_not_filled": """
Following a review of departmental budgets, the University has decided not to fill the post of {role} at this time. The recruitment has been cancelled and all applications will be closed. We apologise for any inconvenience this causes.
The charity has taken the difficult decision to withdraw the vacancy because of a shortfall in grant funding for the programme. We will not be holding interviews. Thank you for your interest in our work.
Please be advised that the recruitment campaign for the above post has closed without appointment. The panel was unable to identify a candidate meeting all essential requirements, and the post will be reviewed before any decision to readvertise.
SUBJECT: Vacancy withdrawn – ref. HR/2291 || The vacancy you applied for has been withdrawn by the hiring department. No further action is required from you.
The Foundation's trustees have decided not to award the fellowship this year. No application will proceed, yours included, and the programme will relaunch in a revised format next spring.
Sorry to write with this, {first}. Our funder pulled the second year of the project, so we've had to cancel the coordinator role before interviews. It has nothing to do with your application, which was one of the strongest we received.
""",
        "rej_ats_status": """
Your application status for {role} (Req. ID 48213) has been updated. Status: Not selected. Sign in to your candidate profile for details.
There has been a change to your application. After careful consideration, you are no longer under consideration for the {role} position. You are welcome to explore other opportunities on our careers site.
The requisition you applied to has been closed and is no longer accepting candidates. As a result, your application will not move forward.
SUBJECT: Application update || We wanted to let you know that we've decided to move forward with other candidates for this position. Your profile will stay in our talent pool for 12 months and our recruiters may reach out if a matching role opens.
This is an automated notification. Application #A-553190 – {role} – status changed from In Review to Declined. Please do not reply to this message.
We've reviewed your application carefully. While your experience is impressive, we have decided not to move forward at this time. We'll keep your résumé on file and encourage you to set up job alerts.
Your candidacy for job 2024-07781 has been dispositioned. The hiring team has selected candidates whose qualifications more closely align with the requirements of the role. No action is required on your part.
Thanks for completing the online assessment. Based on your results, we won't be progressing your application for the {role} programme this year. Results stay valid for 12 months, so you won't need to retake the test if you apply again within that period.
Application update – {role}, Singapore. Outcome: unsuccessful. Reason: position filled. Your other active applications are not affected.
We have reviewed your candidate profile and will not be pursuing your candidacy for this role. To hear about future roles that match your skills, confirm your preferences in the portal and we'll add you to our talent community.
""",
        "ack_agency_profile_submitted": """
Just confirming I've submitted your profile to my client for the {role} position this afternoon. They're usually quick – I'd expect feedback within a week – and I'll call you the moment I hear.
As agreed on our call, your CV has now gone to our client, a mid-sized insurer in Manchester. Please don't apply to this role directly or through another agency, as duplicate submissions can cause problems. We'll be in touch once the client has reviewed it.
Thank you for registering with {company}. A consultant from our Finance & Accounting desk will review your profile within two working days. In the meantime, please complete your right-to-work check using the link in your account.
Great speaking earlier! Your details are now with the hiring manager. Fingers crossed – I'll chase on Monday if I haven't heard by then.
This email confirms that, with the consent you gave on 14 May, {company} has presented your candidacy for {role} to a client whose name will be shared at interview stage. Your consultant will update you as the process progresses.
Got the updated CV, thanks – much better with the project section up front. It goes to the client first thing tomorrow along with my notes from our conversation.
We have received your application for the vacancy advertised on our website. Our client has asked us to manage the first stage of recruitment; all applications will be reviewed after the closing date of 30 September and shortlisted candidates contacted within two weeks of that date.
Before I put you forward I need two things: a copy of your degree certificate and confirmation of your notice period. Could you send them by Friday? Once I have them, your profile goes straight to the hiring manager.
""",
        "ack_client_paused": """
A heads-up: the client has put the {role} search on hold while they go through a restructure. Nothing has been decided on candidates – your application is still live with them – but it may be a few weeks before things move again.
Update from the client: all hiring is paused until their Q3 budget is signed off. I'm told the role isn't cancelled, and I'll let you know the minute it's back on.
Our client has informed us that the process for this position is temporarily suspended owing to a change in the reporting line. We expect further instructions by the end of next month; your application remains under consideration in the meantime.
Bit of a holding message, sorry – the hiring manager is on leave until the 22nd, so feedback on your interview is delayed. Nothing's been decided yet.
The client has asked us to keep all current candidates warm while they finalise the job description, which has grown to cover the EMEA region. Some of you may be asked for a short additional call. No decisions have been taken.
""",
        "ack_public_receipt": """
Your application for the post of {role} (reference HR/24/1187) has been received. Please quote this reference in any correspondence. Because of the number of applications, we cannot acknowledge further documents individually. The closing date is 12 noon on 7 October.
We confirm receipt of your application submitted on 18 March at 14:32. The Recruitment Unit will check it for eligibility and then forward it to the selection board. You will be told the outcome of the eligibility check by email.
The provisional list of admitted and excluded candidates will be published on the Council's website on 25 April. Please check the list yourself, as no individual notification will be sent.
Your application has been found eligible and will go before the shortlisting panel, which expects to meet in the week commencing 10 June.
A document is missing from your application: the certified copy of your highest qualification. Please upload it through the applicant portal within ten days, otherwise your application may not be considered.
The reserve list from competition ICA/AD/412 has been published and your name is on it. The list is valid until 31 December 2026. Inclusion does not guarantee recruitment; institutions consult the list as posts become available.
We acknowledge your appeal regarding the marking of your written test. It has been logged under reference APP-0093 and will be considered by the Appeals Board at its next sitting. You will receive a written decision within 30 days.
Thank you for your patience. Owing to the volume of applications for the Teaching Assistant posts, shortlisting has taken longer than planned, and we now expect to contact shortlisted applicants by 3 July.
""",
        "ack_ats_status": """
SUBJECT: Your application status has been updated || Log in to your candidate account to view the latest information about your application.
We've received your application for {role} and our team is reviewing it. You can track its status any time in your candidate dashboard.
Status update: your application has moved to Under review by hiring manager. No action is needed from you right now.
You have a new message in the careers portal. For security reasons we can't include its content in this email – please sign in to read it.
Your application for {role} has been submitted. Application ID: 7731-QX. Because of high application volumes, it may take up to four weeks before you hear from us.
Just a quick note to say the hiring team is still reviewing applications for this role. We know waiting is hard and wanted you to know we haven't forgotten you.
Your background check has been initiated. Our screening partner will contact you directly to collect the information it needs. This is a standard step and does not in itself indicate a hiring decision.
Application received. Job: {role} | Location: Dublin | Requisition: 10442. What happens next: a recruiter reads every application, and if your experience matches what the team needs, we'll be in touch.
""",
        "ack_talent_pool": """
Your general application has been received and added to our talent pool. Recruiters search the pool whenever a new position opens and will contact you directly if your profile matches.
Good news on your talent pool profile: we've matched it to a newly opened requisition and passed it to the hiring manager for review. You don't need to apply separately.
Welcome to the {company} talent community. From now on you'll receive updates about roles in the areas you selected, and you can change your preferences at any time.
""",
        "inv_agency_client_meeting": """
Great news – the client would like to meet you! They're proposing a first interview with the Head of Operations next Tuesday or Wednesday afternoon, on site in Reading. Let me know which works and I'll lock it in.
My client has reviewed your profile and would like to arrange an initial 30-minute video call about the {role} position. Could you send me three slots next week when you're free?
They want to see you again! Second round with the CFO, probably in person. Are you free on Thursday the 18th?
Following your conversation with our consultant, our client has asked to meet you for a confidential discussion about a senior appointment. Given the sensitivity of the search, the client's name will be disclosed at the meeting. Please let us know your availability for the week of 9 September.
Client feedback on your CV was really positive, and they'd like you to complete their technical take-home before a panel interview. I'll forward the brief – they suggest returning it within five days.
The hiring manager at the bank would like a quick call tomorrow, ideally before 11. Could you pick up if she rings your mobile around 10?
""",
        "inv_institution_panel": """
I am pleased to invite you to interview for the post of {role}. The interview will take place on Thursday 14 November in the Faculty of Arts building, Room 2.17. You will be asked to give a 15-minute presentation on your proposed research agenda, followed by questions from the panel. Please confirm your attendance by reply.
You have been shortlisted for the role of Programme Officer and we would like to invite you to a panel interview by video conference on 3 December. Please book a slot through your applicant account; slots are allocated first come, first served.
Notice of admission to the written test, competition 2024/ADM/07. You are required to attend on 22 January at 09:00 at the Exhibition Centre, Hall B. Bring valid photo ID and this notice. Candidates who do not attend will be deemed to have withdrawn.
The search committee would be delighted to welcome you for a campus visit, including a research talk, a teaching demonstration and meetings with faculty and graduate students. Our department administrator will contact you about travel arrangements.
Thank you for applying to our field programme. We'd like to invite you to a short online French assessment followed by a conversation with our country director. The assessment link below is open until Sunday.
""",
        "inv_ats_schedule": """
You've been selected for the next step! Please use the link below to schedule your video interview for {role}. Available slots will be held for 72 hours.
SUBJECT: Action required: online assessment || Please complete your online assessment for {role}. It takes about 40 minutes and must be finished by 23:59 on 6 March.
Your recruiter has invited you to a phone screen. Pick a time that suits you using the scheduler in your candidate portal.
""",
        "off_passed_on_and_appointments": """
I'm delighted to tell you the client wants to offer you the {role} role! Base of £58,000, 10% bonus, 27 days' holiday, start date flexible. The formal offer letter will come from them directly, but I wanted you to hear it from me first. Ring me when you can!
Further to your interview, I am pleased to offer you appointment to the post of {role} at Grade 7, spinal point 32, subject to satisfactory references, occupational health clearance and verification of your right to work. Please confirm your acceptance in writing within seven days.
On behalf of our client, we are pleased to confirm you have been selected for the contract role. The assignment runs for six months from 1 April at a day rate of £450 through our umbrella partner. Your contract and onboarding pack will follow today.
Following the decision of the appointing committee, the University is pleased to offer you the position of Lecturer in the School of Law on a permanent contract. Full terms are set out in the attached letter, and we would be grateful for your decision by 15 June.
SUBJECT: Your offer is ready || Congratulations! Your offer for {role} is waiting in the candidate portal. Review and sign it before it expires on 28 August.
On the basis of the final merit list, you have been selected for appointment as Executive Officer. The attached formal offer of appointment sets out your grade, salary and assignment; you must accept within 14 days of the date of this letter.
Very happy to say the hospital wants you! They're offering the Band 6 post on the cardiology ward, permanent and full time. HR will send the conditional offer tomorrow, and pre-employment checks will follow.
We are delighted to offer you the Junior Research Fellowship for three years from 1 October. It carries a stipend of £32,000 a year and college accommodation. Please let the Senior Tutor know whether you accept.
""",
        "oth_cold": """
I came across your profile and wanted to reach out about a data engineering lead role I'm recruiting for at a payments scale-up. Fully remote, strong equity. Would you be open to a 15-minute chat this week?
I hope you don't mind the direct approach. I'm a headhunter specialising in public-sector digital transformation, and your background came up in a search I'm running for a confidential client. If you're not looking, no problem – but I'd value ten minutes either way.
We're building a network of interim professionals for healthcare projects starting next year. If you're open to contract work, reply with your day-rate expectations and availability and I'll add you to our bench.
""",
        "oth_alert": """
New jobs matching your saved search "analyst, remote": Data Analyst – Clinical Trials; Reporting Analyst – Public Health Agency; Junior BI Analyst – University Hospital. View all 14 new jobs in your account.
Three new vacancies have been published in the category Administration since your last visit. Log in to the recruitment portal to read the full notices and apply before the closing dates.
""",
        "oth_newsletter": """
This month at {company} careers: meet our new graduate cohort, read how our nurses are shaping the new patient-record system, and find out what's on at our spring open evening. Plus: our recruiters' tips on writing a personal statement that stands out.
""",
        "oth_withdrawal_and_survey": """
As requested, we have withdrawn your application for the post of {role}. You will not be contacted further about this vacancy. If you withdrew by mistake, contact the recruitment team before the closing date.
Thanks for letting me know you've accepted another offer – congratulations! I've told the client you're withdrawing. Keep my number and shout if you ever need anything.
We'd like to hear about your experience of our recruitment process. The survey takes about four minutes, responses are anonymous, and your answers won't affect any current or future application.
""",
    },
    "de": {
        "rej_beratung_vor_gespraech": """
Vielen Dank für Ihr Vertrauen in unsere Beratung. Wir haben Ihre Unterlagen wie besprochen unserem Mandanten vorgestellt. Leider hat er sich gegen eine Einladung zum Gespräch entschieden, da für die Position als {role} umfassende Erfahrung im Tarifrecht vorausgesetzt wird. Gern melden wir uns, sobald wir ein passenderes Mandat haben.
Kurzes Update von mir: Der Kunde hat sich dein Profil angeschaut und sagt leider ab. Die suchen jemanden mit S/4HANA-Projekterfahrung, und das war ihnen am Ende zu wichtig. Ich halte weiter die Augen für dich offen!
Unser Auftraggeber, ein mittelständisches Maschinenbauunternehmen in Ostwestfalen, hat die eingegangenen Profile gesichtet. Ihre Bewerbung wurde dabei nicht für die nächste Runde berücksichtigt; Gründe wurden uns nicht im Einzelnen genannt. Mit Ihrem Einverständnis speichern wir Ihr Profil für künftige Vakanzen.
Leider keine guten Nachrichten: Die Fachabteilung hat nach Durchsicht Ihres Lebenslaufs abgewunken. Ihre Gehaltsvorstellung lag deutlich über dem Budget, das unser Kunde für die Stelle freigegeben hat.
Ich habe heute Rückmeldung von der Geschäftsführung meines Mandanten erhalten. Man schätzt Ihren Werdegang sehr, sieht Sie aber eher im Konzern als in einem familiengeführten Unternehmen mit 80 Mitarbeitenden. Ihre Kandidatur wird daher nicht weiterverfolgt. Ich bedauere das persönlich, denn ich hatte Sie gern vorgeschlagen.
Der Kunde hat sich gemeldet – es wird leider nichts. Die Stelle ist zu 100 % vor Ort in Stuttgart, und deine Remote-Wünsche passen da nicht ins Konzept. Melde dich, wenn du flexibler wirst, dann schauen wir weiter.
Auf Ihre über unser Haus eingereichte Bewerbung hat unser Kunde leider abschlägig reagiert. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können, und bedanken uns für die angenehme Zusammenarbeit.
Im Rahmen der Arbeitnehmerüberlassung haben wir Ihr Profil dem Einsatzbetrieb vorgeschlagen. Dieser hat sich nun für eine andere Person entschieden, die kurzfristiger verfügbar ist. Wir haben jedoch weitere Einsätze in der Region und würden Sie dazu gern anrufen.
Wie telefonisch angekündigt, hier noch einmal schriftlich: Unser Mandant wird Ihre Bewerbung nicht weiter berücksichtigen. Ausschlaggebend war die fehlende Führungserfahrung mit disziplinarischer Verantwortung.
Ich hab's leider nicht geschafft, den Kunden zu überzeugen – die wollten jemanden aus der Pharmabranche, Punkt. Sorry! Ich hab aber noch zwei andere Sachen in der Pipeline. Wann passt dir ein kurzer Call?
""",
        "rej_beratung_nach_gespraech": """
Herzlichen Dank, dass Sie sich am vergangenen Donnerstag Zeit für das Gespräch bei unserem Mandanten genommen haben. Nach intensiver Abwägung hat sich das Unternehmen für eine Kandidatin entschieden, die bereits ein vergleichbares Team aufgebaut hat. Von Ihrer strukturierten Art war man sehr angetan, und ich würde Sie gern bei künftigen Suchen berücksichtigen.
Nach dem Zweitgespräch hat sich unser Kunde leider gegen Sie entschieden. Das Feedback: fachlich stark, aber in der Fallstudie zu wenig auf die Zahlen eingegangen. Ich weiß, das ist ärgerlich – lassen Sie uns gern kurz telefonieren.
Unser Auftraggeber hat die Gesprächsrunde abgeschlossen. Sie waren unter den letzten drei, die Wahl ist aber auf jemand anderen gefallen. Der Kunde bat uns ausdrücklich, Ihnen für Ihre Offenheit im Gespräch zu danken.
Leider muss ich dir absagen: Nach dem Probetag hat das Team entschieden, mit einer anderen Person weiterzumachen. Die Rückmeldung zu dir war trotzdem gut, vor allem im Umgang mit den Kund*innen. Ich meld mich, sobald wieder was Passendes reinkommt.
Das Assessment-Center unseres Mandanten ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass Sie nicht für die Position ausgewählt wurden. Eine ausführliche Auswertung bespreche ich gern telefonisch mit Ihnen.
Ich hätte Ihnen gern etwas anderes geschrieben. Der Beirat hat sich nach den Präsentationen am Montag für einen externen Kandidaten aus der Automobilzulieferindustrie entschieden. Bitte verstehen Sie das nicht als Urteil über Ihre Kompetenz – es war knapp.
Nach Rücksprache mit dem Kunden: keine Zusage. Begründung laut Hiring Manager: Ihr Englisch im Gespräch war für die Rolle mit UK-Schnittstelle nicht verhandlungssicher genug.
Vielen Dank für Ihre Teilnahme am Auswahlgespräch. Nach sorgfältiger Prüfung aller Gespräche wird Ihre Bewerbung nicht weiterverfolgt. Aus Gründen der Vertraulichkeit können wir den Namen des Unternehmens auch nach Abschluss des Verfahrens nicht nennen.
Vom Kunden in Zug habe ich leider eine Absage für Sie erhalten. Man hat sich nach der zweiten Runde für eine Person mit Erfahrung im Schweizer Treuhandwesen entschieden. Sobald ich ein neues Mandat habe, das zu Ihnen passt, komme ich auf Sie zu.
Absage vom Kunden, leider. Die technische Runde lief aus deren Sicht nicht rund, vor allem beim Systemdesign. Ich schick dir die Notizen, die ich bekommen habe – dann bist du fürs nächste Mal besser vorbereitet.
""",
        "rej_intern_besetzt": """
Unser Mandant hat uns heute mitgeteilt, dass die Position intern nachbesetzt wird. Eine langjährige Mitarbeiterin hat sich kurzfristig beworben und den Zuschlag erhalten. Damit ist das externe Verfahren beendet, und wir müssen Ihnen leider absagen.
Schlechte Nachricht: Der Kunde besetzt die Stelle jetzt doch mit jemandem aus dem eigenen Haus. Mit dir oder deinem Gespräch hat das nichts zu tun – das war eine strategische Entscheidung der Bereichsleitung.
Die Stelle als {role} wurde im Wege einer internen Umsetzung besetzt. Externe Bewerbungen, auch Ihre, können daher nicht mehr berücksichtigt werden.
Im Zuge einer Umstrukturierung verteilt unser Kunde die Aufgaben der ausgeschriebenen Stelle auf bestehende Mitarbeitende und befördert eine interne Kollegin zur Teamleitung. Für Ihre Kandidatur bedeutet das leider das Aus. Danke für Ihre Geduld in den vergangenen Wochen.
Kurz und ehrlich: intern besetzt. Sorry, {first}.
""",
        "rej_nicht_in_shortlist": """
Wir haben unserem Mandanten heute die Shortlist mit fünf Kandidat:innen übergeben. Ihr Profil ist nach einer letzten Abstimmung mit der Geschäftsführung nicht darunter; den Ausschlag gab die fehlende Erfahrung im Lebensmitteleinzelhandel.
Die Vorauswahl für das Mandat ist abgeschlossen. Leider gehören Sie nicht zum engeren Kreis, den unser Auftraggeber kennenlernen möchte.
Ich hab mit dem Kunden die Longlist durchgesprochen. Er will vier Leute in der ersten Runde sehen, du bist leider nicht dabei. Ich bleib aber an dir dran.
Nach Sichtung von über 200 Bewerbungen hat unser Kunde acht Personen in die engere Wahl genommen. Ihre Bewerbung war nicht darunter, sodass wir das Verfahren für Sie an dieser Stelle beenden.
Nach reiflicher Überlegung habe ich entschieden, Ihr Profil nicht auf die Kandidatenliste für meinen Mandanten zu setzen. Das Anforderungsprofil hat sich Richtung Konzernrechnungslegung nach IFRS verschoben, und im Vergleich zu anderen sehe ich Sie dort nicht vorn.
""",
        "rej_hochschule_klinik_schule": """
Die Berufungskommission für die W2-Professur für Angewandte Informatik hat in ihrer Sitzung vom 15. Mai die eingegangenen Bewerbungen beraten. Wir müssen Ihnen leider mitteilen, dass Ihre Bewerbung nicht in die engere Wahl einbezogen wurde. Ihre Unterlagen werden nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen vernichtet.
Das Berufungsverfahren für die Juniorprofessur mit Tenure Track ist mit der Annahme des Rufes durch einen anderen Bewerber abgeschlossen. Im Namen der Kommission danke ich Ihnen für Ihr Interesse an unserer Universität und für Ihren Vortrag im Vorstellungsverfahren.
Der Auswahlausschuss der Stiftung hat Ihre Bewerbung um ein Promotionsstipendium eingehend geprüft. Angesichts der großen Zahl qualifizierter Anträge konnten wir Ihnen leider kein Stipendium zusprechen. Eine erneute Bewerbung ist frühestens in zwölf Monaten möglich.
Hiermit teilen wir Ihnen mit, dass die Stelle als wissenschaftliche*r Mitarbeiter*in (E 13 TV-L, 65 %) am Lehrstuhl für Sozialpsychologie anderweitig besetzt wurde. Ihre Unterlagen senden wir nicht zurück; sie werden nach sechs Monaten gelöscht.
Ihr Antrag im Programm zur Förderung von Nachwuchsgruppen konnte leider nicht berücksichtigt werden. Das Gutachtergremium hat Ihr Vorhaben zwar als förderwürdig eingestuft, im Ranking reichten die verfügbaren Mittel jedoch nicht aus. Die anonymisierten Gutachten finden Sie im Antragsportal.
Die Auswahlkommission des Klinikums hat sich nach den Vorstellungsgesprächen für die Stelle der Oberärztin / des Oberarztes in der Kardiologie für eine andere Bewerbung entschieden. Wir bedanken uns für das angenehme Gespräch.
Wir möchten uns herzlich für Ihre Bewerbung und die Hospitation in der 8b bedanken. Das Auswahlgremium aus Schulleitung, Personalrat und Fachkonferenz hat sich für eine Kollegin mit der Fächerkombination Mathematik/Physik entschieden, weil im kommenden Schuljahr vor allem Physikstunden abzudecken sind.
Nach Abschluss des Auswahlverfahrens für die Stelle am Institut für Umweltphysik teile ich Ihnen mit, dass wir uns nicht für Sie entscheiden konnten. Gleichstellungsbeauftragte und Schwerbehindertenvertretung waren am Verfahren beteiligt.
""",
        "rej_oeffentlicher_dienst": """
Bezug: Ihre Bewerbung vom 03.02. auf die Ausschreibung Nr. 12/2024 – Sachbearbeitung Bauordnung (EG 9b TVöD). Nach Prüfung der Unterlagen erfüllen Sie das geforderte Qualifikationsmerkmal (abgeschlossenes Studium Bauingenieurwesen oder Architektur) nicht. Ihre Bewerbung konnte daher im weiteren Auswahlverfahren nicht berücksichtigt werden.
Das Auswahlverfahren für die o. g. Stelle ist abgeschlossen. Die Auswahlkommission hat sich unter Beteiligung des Personalrats für eine andere Bewerberin entschieden. Wir weisen darauf hin, dass die Stelle frühestens zwei Wochen nach Zugang dieser Mitteilung besetzt wird.
Sie haben an der schriftlichen Eignungsprüfung für den gehobenen nichttechnischen Verwaltungsdienst teilgenommen. Mit 41 von 100 Punkten haben Sie die Mindestpunktzahl von 50 nicht erreicht; eine Zulassung zum Auswahlgespräch ist daher nicht möglich. Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
Ihre Bewerbung für den Vorbereitungsdienst musste aus formalen Gründen ausgeschlossen werden: Trotz Aufforderung vom 12. März wurde das Zeugnis der Zweiten Staatsprüfung nicht fristgerecht nachgereicht.
Im Aufnahmeverfahren für den Bundesdienst haben Sie im Gesamtranking Platz 87 erreicht. Da für die ausgeschriebenen Planstellen nur die ersten 25 Personen berücksichtigt werden, können wir Ihnen keine Aufnahme anbieten. Ihr Verfahren ist damit abgeschlossen.
Nach dem strukturierten Auswahlgespräch am 28. Oktober hat das Gremium Ihre Eignung im Vergleich zu den übrigen Bewerbenden geringer eingestuft, sodass wir Ihnen die Stelle nicht anbieten können. Eine Begründung der Auswahlentscheidung können Sie schriftlich bei der Personalstelle anfordern.
Ihr Widerspruch gegen die Nichtberücksichtigung im Auswahlverfahren Az. P 3 – 0412/24 wird zurückgewiesen. Die Auswahlentscheidung ist nach Prüfung durch die Widerspruchsstelle rechtlich nicht zu beanstanden. Gegen diesen Bescheid kann innerhalb eines Monats Klage beim zuständigen Verwaltungsgericht erhoben werden.
Die ausgeschriebene Stelle setzt die Staatsangehörigkeit eines EU-Mitgliedstaates voraus. Da Sie diese laut Ihren Angaben nicht besitzen, können wir Ihre Bewerbung leider nicht berücksichtigen.
Nach Auswertung des Online-Tests haben wir entschieden, Sie nicht zum Vorstellungsgespräch bei der Stadtverwaltung einzuladen. Wir ermutigen Sie, sich auf künftige Ausschreibungen erneut zu bewerben.
""",
        "rej_stelle_entfaellt": """
Aufgrund einer haushaltsrechtlichen Stellenbesetzungssperre kann die ausgeschriebene Stelle bis auf Weiteres nicht besetzt werden. Das Auswahlverfahren wird daher eingestellt. Wir bitten um Ihr Verständnis.
Die Förderzusage des Ministeriums ist ausgeblieben, und der Verein führt das Projekt nicht wie geplant fort. Die Stelle in der Projektkoordination entfällt ersatzlos; wir müssen deshalb alle laufenden Bewerbungen, auch Ihre, absagen.
Wir haben die Ausschreibung für die Position {role} zurückgezogen. Nach einer internen Neuausrichtung wird die Stelle in dieser Form nicht mehr benötigt.
Das Verfahren wurde ohne Stellenbesetzung beendet. Nach Auffassung der Auswahlkommission erfüllte keine der Bewerbungen sämtliche zwingenden Anforderungen. Ob die Stelle erneut ausgeschrieben wird, prüfen wir zu gegebener Zeit.
Schweren Herzens streichen wir die ausgeschriebene Stelle: Die Miete für den zweiten Standort ist für unser Kollektiv nicht zu stemmen. Wir hätten dich wirklich gern kennengelernt.
SUBJECT: Ausschreibung aufgehoben – Kennziffer 2024-118 || Die Ausschreibung, auf die Sie sich beworben haben, wurde von der ausschreibenden Stelle aufgehoben. Ihre Bewerbung wird nicht weiter bearbeitet.
""",
        "rej_portal_status": """
Der Status Ihrer Bewerbung auf die Stelle {role} (Stellen-ID 30981) hat sich geändert: Absage. Weitere Informationen finden Sie in Ihrem Bewerberkonto.
Es gibt Neuigkeiten zu Ihrer Bewerbung: Sie kommen für diese Position leider nicht mehr in Betracht. Schauen Sie gern nach weiteren passenden Stellen in unserem Karriereportal.
Die Stellenausschreibung, auf die Sie sich beworben haben, wurde geschlossen. Ihre Bewerbung wird daher nicht weiter berücksichtigt. Dies ist eine automatisch generierte Nachricht.
Nach Prüfung deiner Unterlagen haben wir uns entschieden, mit anderen Kandidat*innen weiterzumachen. Wenn du magst, nehmen wir dich in unseren Talentpool auf – klick dafür im Portal einfach auf „Ja, gerne“.
Bewerbungsnummer: 2024-DE-55310 | Position: {role} | Neuer Status: Abgelehnt – nicht weiter im Verfahren. Bitte antworten Sie nicht auf diese E-Mail.
Wir haben Ihre Bewerbung sorgfältig geprüft und setzen den Prozess mit anderen Bewerbenden fort. Ihre Daten bleiben sechs Monate gespeichert und werden danach automatisch gelöscht, sofern Sie keiner längeren Speicherung zugestimmt haben.
Ihr Ergebnis im Online-Test liegt unter dem für diese Position erforderlichen Wert. Ihre Bewerbung kann daher nicht weiter berücksichtigt werden; eine erneute Bewerbung auf dieselbe Ausschreibung ist nicht möglich.
Ihre Bewerbung wurde in unserem System archiviert, da die Position zwischenzeitlich besetzt wurde.
Hier kommt unsere Rückmeldung zu deiner Bewerbung als {role}: Diesmal hat es leider nicht gereicht. Der Fachbereich hat sich für Profile entschieden, die noch näher an den Anforderungen liegen.
SUBJECT: Statusänderung im Bewerbungsportal || Neuer Status: Verfahren beendet – nicht berücksichtigt. Aufgrund der Vielzahl an Bewerbungen können wir die Gründe nicht einzeln erläutern.
""",
        "ack_profil_weitergeleitet": """
Wie vereinbart habe ich Ihr Profil heute in anonymisierter Form an unseren Mandanten weitergeleitet. Sobald ich eine Rückmeldung habe, rufe ich Sie an – erfahrungsgemäß dauert das bei diesem Kunden etwa zehn Tage.
Dein CV liegt jetzt beim Kunden. Ich hab noch ein paar Sätze zu deinem Projekt bei den Stadtwerken dazugeschrieben, das kam im Briefing gut an. Daumen drücken!
Ihre Unterlagen sind vollständig bei uns eingegangen. Ein*e Berater*in aus unserem Team Finance prüft Ihr Profil und meldet sich innerhalb von fünf Werktagen bei Ihnen.
Hiermit bestätigen wir, dass wir Ihre Bewerbung mit Ihrer Zustimmung vom 22.08. an einen Kunden übermittelt haben, dessen Name ab dem Erstgespräch bekanntgegeben wird. Bitte bewerben Sie sich dort nicht zusätzlich direkt.
Bevor ich Sie beim Kunden vorstelle, bräuchte ich noch Ihre aktuellen Arbeitszeugnisse und Ihre Kündigungsfrist. Können Sie mir beides bis Mittwoch schicken?
SUBJECT: Eingangsbestätigung Ihrer Bewerbung über {company} || Ihre Bewerbung für die Position {role} ist eingegangen. Wir führen die Vorauswahl im Auftrag unseres Kunden durch und melden uns spätestens zwei Wochen nach Ende der Bewerbungsfrist.
Dein Profil ist jetzt in unserem Pool für Zeitarbeit und Direktvermittlung aktiv. Wir gleichen es täglich mit neuen Aufträgen ab und rufen dich an, sobald ein Einsatz passt.
Kurz zur Info: Der Kunde hat Ihr Profil erhalten und bespricht es diese Woche mit der Fachbereichsleitung. Eine Entscheidung gibt es noch nicht.
""",
        "ack_suche_pausiert": """
Zwischenstand: Unser Mandant hat das Auswahlverfahren vorübergehend ausgesetzt, weil gerade die Budgetplanung für das kommende Jahr läuft. Ihre Bewerbung bleibt im Verfahren; entschieden ist noch nichts.
Beim Kunden ist gerade Funkstille, weil der neue Geschäftsführer erst im Oktober anfängt und sich die Rolle noch mal anschauen will. Du bist weiter im Rennen, es dauert nur länger.
Der Kunde hat die Suche bis zum Abschluss der Fusion auf Eis gelegt. Wie es danach weitergeht, ist offen – ich halte Sie auf dem Laufenden.
Die Rückmeldung zu Ihrem Gespräch verzögert sich leider, da zwei Mitglieder des Entscheidungsgremiums erkrankt sind. Ich rechne mit einer Entscheidung in der ersten Dezemberwoche.
Unser Auftraggeber hat uns gebeten, das Mandat vier Wochen ruhen zu lassen, weil die Stellenbeschreibung um den Einkauf erweitert wird. Danach fragen wir Sie, ob die angepasste Rolle für Sie weiter interessant ist.
""",
        "ack_eingang_behoerde": """
Ihre Bewerbung auf die Ausschreibung mit der Kennziffer 45/2024 ist bei uns eingegangen. Bitte geben Sie bei Rückfragen stets diese Kennziffer an. Wegen der hohen Zahl an Bewerbungen bitten wir, von Sachstandsanfragen abzusehen.
Wir bestätigen den Eingang Ihrer Unterlagen. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt; trifft dies auf Sie zu, reichen Sie bitte einen Nachweis nach. Das Auswahlverfahren beginnt nach Ablauf der Bewerbungsfrist am 30.09.
Ihre Bewerbung ist vollständig und formal zulässig. Sie wird nun der Auswahlkommission zur inhaltlichen Prüfung vorgelegt; über das Ergebnis werden Sie schriftlich informiert.
Zu Ihrer Bewerbung fehlt uns noch der Nachweis über die Anerkennung Ihres im Ausland erworbenen Hochschulabschlusses. Bitte reichen Sie ihn bis zum 15.11. über das Bewerbungsportal nach.
Die Bearbeitung der Bewerbungen für die Ausbildungsplätze 2025 dauert länger als geplant. Wir bitten um etwas Geduld; mit einer Rückmeldung ist bis Ende Januar zu rechnen.
Ihr Widerspruch vom 04.06. ist eingegangen und wird unter dem Aktenzeichen W-2024-118 geführt. Die Entscheidung ergeht schriftlich.
Sie haben das Auswahlverfahren durchlaufen und wurden in die Bewerber*innenreserve aufgenommen, die zwei Jahre gültig ist. Bei frei werdenden Stellen wird die Reserve in der Reihenfolge der Rangliste berücksichtigt; ein Anspruch auf Einstellung besteht nicht.
Danke für Ihre Bewerbung bei unserem Wohlfahrtsverband. Wir melden uns nach Sichtung aller Unterlagen, spätestens in drei Wochen. Bis dahin gilt: Keine Nachricht ist keine schlechte Nachricht.
""",
        "ack_portal_status": """
Der Status Ihrer Bewerbung wurde aktualisiert. Melden Sie sich in Ihrem Bewerberkonto an, um die Details einzusehen.
Vielen Dank für deine Bewerbung als {role}! Sie ist bei uns angekommen, und unser Recruiting-Team schaut sie sich in den nächsten Tagen an. Den aktuellen Stand siehst du jederzeit in deinem Kandidatenprofil.
Statusänderung: In Prüfung durch die Fachabteilung. Sie müssen derzeit nichts weiter tun.
Sie haben eine neue Nachricht in Ihrem Bewerbungsportal. Aus Datenschutzgründen wird der Inhalt nicht per E-Mail versendet.
Ihre Bewerbung (Referenz 88-1204-DE) wurde erfolgreich übermittelt. Bitte beachten Sie, dass die Bearbeitung bis zu vier Wochen dauern kann.
Wir wollten uns kurz melden: Deine Bewerbung ist nicht vergessen. Die Auswahl dauert bei dieser Stelle etwas länger, weil sehr viele Bewerbungen eingegangen sind.
Ihre Einwilligung zur Vorlage eines erweiterten Führungszeugnisses liegt uns vor. Bitte beantragen Sie das Dokument bei Ihrer Meldebehörde und laden Sie es anschließend hoch. Dies ist ein Standardschritt und noch keine Einstellungsentscheidung.
SUBJECT: Bewerbung eingegangen – {role} || Stelle: {role}, Standort Hamburg, Vollzeit. Nächste Schritte: Unser Team sichtet alle Unterlagen und meldet sich, falls Ihr Profil passt.
""",
        "ack_talentpool": """
Schön, dass Sie Teil unseres Talentpools sind! Ihre Initiativbewerbung ist gespeichert, und unsere Recruiter*innen durchsuchen den Pool bei jeder neuen Vakanz.
Ihr Profil aus unserem Talentpool wurde einer neu eröffneten Position zugeordnet und an die zuständige Führungskraft weitergeleitet. Eine separate Bewerbung ist nicht nötig.
Wir haben Ihre Kontaktdaten wie gewünscht in unserer Interessentenliste für den nächsten Ausbildungsjahrgang hinterlegt. Sobald die Bewerbungsphase startet, erhalten Sie Nachricht von uns.
""",
        "inv_kunde_und_institution": """
Gute Nachrichten: Der Kunde möchte Sie kennenlernen! Vorgeschlagen ist ein erstes Gespräch per Video am Dienstag um 10 Uhr oder am Donnerstag um 15 Uhr mit der Bereichsleitung. Welcher Termin passt Ihnen?
Die wollen dich sehen! Zweite Runde vor Ort in Leipzig, mit Teamlead und HR. Hast du nächste Woche Mittwoch Zeit?
Unser Mandant hat Ihr Profil mit großem Interesse gelesen und bittet um ein vertrauliches Kennenlernen in unseren Räumen in Frankfurt. Bitte nennen Sie mir zwei bis drei mögliche Termine in den kommenden zwei Wochen.
Der Kunde würde vorab gern ein kurzes Telefonat mit dir führen, 20 Minuten, ganz locker. Kann die Personalerin dich morgen zwischen 9 und 11 anrufen?
Für den nächsten Schritt bittet unser Kunde um die Bearbeitung einer Fallstudie, die Sie anschließend im Gespräch präsentieren. Die Unterlagen sende ich Ihnen separat.
Die Berufungskommission lädt Sie zu einem hochschulöffentlichen Vortrag mit anschließendem Kommissionsgespräch ein. Das Vorstellungsverfahren findet am 21. November in Raum A 204 statt. Bitte bereiten Sie einen 30-minütigen Vortrag zu Ihrem Forschungsprogramm und eine 20-minütige Lehrprobe vor.
Wir laden Sie zu einem Vorstellungsgespräch ein. Termin: Montag, 16.09., 13:30 Uhr, Rathaus, Zimmer 3.12. Bitte bestätigen Sie bis Freitag. Reisekosten können leider nicht erstattet werden.
Sie sind zum schriftlichen Auswahltest für den mittleren Dienst zugelassen. Der Test findet am 08.02. um 9:00 Uhr im Bildungszentrum statt; bitte bringen Sie diese Einladung und einen amtlichen Lichtbildausweis mit.
Wir würden Sie gern zu einer Hospitation auf unserer Station einladen – zwei Stunden im Frühdienst, danach ein Gespräch mit der Pflegedienstleitung. Passt Ihnen ein Tag in der kommenden Woche?
Die Stiftung lädt Sie zum Auswahlseminar für das Stipendienprogramm vom 7. bis 8. März in Kassel ein. Es umfasst ein Einzelgespräch, eine Gruppendiskussion und einen Kurzvortrag.
Unser Auswahlgremium möchte Sie persönlich kennenlernen. Das Gespräch dauert etwa 45 Minuten und findet in unserer Geschäftsstelle in Bonn statt; alternativ ist ein Videotermin möglich. Bitte teilen Sie uns Ihre Verfügbarkeit mit.
""",
        "inv_portal_termin": """
Sie haben die erste Auswahlrunde geschafft! Bitte buchen Sie über den folgenden Link Ihren Termin für das Videointerview; die Zeitfenster sind 72 Stunden für Sie reserviert.
SUBJECT: Nächster Schritt: Online-Eignungstest || Als nächsten Schritt bitten wir Sie, unseren Online-Eignungstest zu absolvieren. Er dauert etwa 45 Minuten und ist bis zum 12.03., 23:59 Uhr, freigeschaltet.
Ihre Recruiterin hat Sie zu einem Telefoninterview eingeladen. Wählen Sie im Bewerbungsportal einen passenden Zeitpunkt.
""",
        "off_zusage": """
Ich freue mich riesig: Der Kunde möchte Ihnen die Position anbieten! Fixgehalt 78.000 €, 10 % variabel, 30 Urlaubstage, Dienstwagen. Der Vertrag kommt direkt vom Unternehmen, aber ich wollte es Ihnen zuerst selbst sagen.
Nach Abschluss des Auswahlverfahrens und mit Zustimmung des Personalrats freuen wir uns, Ihnen die Stelle {role} (EG 11 TVöD, unbefristet) anbieten zu können. Die Einstellung erfolgt vorbehaltlich der arbeitsmedizinischen Eignungsuntersuchung. Bitte teilen Sie uns bis zum 20.05. mit, ob Sie das Angebot annehmen.
Sie wollen dich! Einsatz ab 1. Juni über uns als Personaldienstleister, mit Übernahmeoption nach neun Monaten. Den Arbeitsvertrag schick ich dir heute Nachmittag.
Die Universität freut sich, Ihnen den Ruf auf die W3-Professur für Soziologie zu erteilen. Die Berufungsverhandlungen führt das Präsidium; bitte setzen Sie sich hierzu mit dem Berufungsreferat in Verbindung.
Ihr Vertragsangebot für die Position {role} steht im Portal bereit. Bitte prüfen und unterzeichnen Sie es digital bis zum 30.08.
Auf Grundlage der Rangliste des Auswahlverfahrens bieten wir Ihnen die Einstellung als Regierungsinspektoranwärterin bzw. Regierungsinspektoranwärter zum 1. September an. Bitte bestätigen Sie Ihre Annahme innerhalb von zwei Wochen schriftlich.
Der Auswahlausschuss hat entschieden, Ihnen ein Stipendium für 24 Monate zu gewähren; die monatliche Förderung beträgt 1.450 €. Bewilligungsbescheid und Annahmeerklärung finden Sie im Anhang.
Wir möchten Sie gern im Team unserer Kinderklinik begrüßen und bieten Ihnen die Stelle als Pflegefachkraft (m/w/d) in Vollzeit an, Eingruppierung P8 TVöD-P. Den Vertragsentwurf erhalten Sie per Post.
""",
        "oth_cold": """
Ihr Profil ist mir in einem Karrierenetzwerk aufgefallen, und ich möchte mich kurz vorstellen: Ich besetze für einen Kunden aus der Energiewirtschaft eine Leitungsfunktion im Regulierungsmanagement. Hätten Sie Interesse an einem unverbindlichen Austausch?
Ich bin Recruiterin bei einer Tech-Personalberatung in Berlin und suche gerade Backend-Entwickler*innen für mehrere Kunden. Lust auf einen 15-Minuten-Call?
Wir bauen einen Pool an Interim-Manager*innen für Projekte im Gesundheitswesen auf. Wenn Sie ab dem kommenden Jahr für Projekteinsätze offen sind, schicken Sie mir gern Tagessatz und Verfügbarkeit.
""",
        "oth_alert": """
Neue Stellen für Ihren Suchauftrag „Projektmanagement, Köln“: Projektleitung Digitalisierung (Stadtwerke), Referent*in Fördermittel (Hochschule), Projektkoordination (Stiftung). Alle 9 Treffer ansehen.
Im Karriereportal des Landes wurden seit Ihrem letzten Besuch fünf neue Ausschreibungen in der Kategorie Verwaltung veröffentlicht.
""",
        "oth_newsletter": """
Neues aus der Welt von {company}: Wir stellen unsere neuen Auszubildenden vor, berichten vom Tag der offenen Tür im Klinikum und geben Tipps fürs Anschreiben. Außerdem: die Termine unserer nächsten Karriere-Webinare.
""",
        "oth_rueckzug_umfrage": """
Wie gewünscht haben wir Ihre Bewerbung für die Stelle {role} zurückgezogen und Ihre Daten gelöscht. Zu diesem Verfahren erhalten Sie keine weiteren Nachrichten.
Danke für deine Nachricht und herzlichen Glückwunsch zur neuen Stelle! Ich habe dem Kunden Bescheid gegeben, dass du dich aus dem Prozess zurückziehst.
Wie haben Sie unser Bewerbungsverfahren erlebt? Die Umfrage dauert etwa drei Minuten, ist anonym und hat keinen Einfluss auf laufende Bewerbungen.
""",
    },
    "fr": {
        "rej_cabinet_pour_client": """
Je reviens vers vous au sujet de votre candidature au poste de {role}, que j'avais présentée à mon client. Après étude de votre dossier, celui-ci a choisi de ne pas donner suite et privilégie des profils issus du secteur bancaire. Je reste à votre disposition pour échanger sur d'autres opportunités.
Suite à vos entretiens chez notre client, nous avons le regret de vous informer que son choix s'est porté sur un autre candidat. Il a beaucoup apprécié votre approche du cas pratique, mais a jugé que l'expérience managériale d'un autre profil répondait davantage à ses enjeux actuels.
Petit retour rapide : le client a finalement recruté en interne. Je suis désolé, tu avais fait un super entretien. On s'appelle la semaine prochaine pour voir ce que j'ai d'autre ?
Notre client a arrêté la liste des candidats retenus pour la phase finale, et votre candidature n'y figure pas. Merci pour la confiance que vous avez accordée à notre cabinet tout au long de cette démarche.
Le client, dont nous ne pouvions pas divulguer le nom à ce stade, a examiné l'ensemble des dossiers transmis et ne souhaite pas poursuivre avec le vôtre. Aucun retour détaillé ne nous a été communiqué.
Mauvaise nouvelle de mon côté : l'entreprise utilisatrice de Villepinte a pris pour la mission un intérimaire déjà inscrit chez nous et disponible dès lundi. Je te garde en tête pour les prochaines missions en logistique.
Après votre entretien avec le directeur général de notre client, celui-ci nous a fait part de sa décision de ne pas retenir votre candidature. Je mesure votre déception et vous propose un point téléphonique pour vous en expliquer les raisons de vive voix.
Je dois vous dire que je n'ai pas inclus votre profil dans la présélection remise au client ce matin : sa demande s'est recentrée sur une maîtrise courante de l'allemand, que votre CV ne mentionne pas. Votre dossier reste actif chez nous pour d'autres missions.
""",
        "rej_concours_fonction_publique": """
J'ai le regret de vous informer qu'à l'issue des épreuves écrites du concours externe d'attaché territorial, session 2024, vous n'avez pas été déclaré(e) admissible. Vos notes sont consultables sur votre espace candidat. La présente décision peut faire l'objet d'un recours devant le tribunal administratif compétent dans un délai de deux mois à compter de sa notification.
Objet : votre candidature – Réf. 2024-0347. Après examen de votre dossier par la commission de sélection, je suis au regret de vous faire savoir que votre candidature n'a pas été retenue. Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Par décision du jury en date du 12 juin, la liste des candidats admis a été arrêtée. Votre nom ne figure ni sur la liste principale ni sur la liste complémentaire.
Votre dossier d'inscription au recrutement sans concours d'adjoint administratif a été déclaré irrecevable, la pièce d'identité n'ayant pas été transmise dans les délais. Le règlement de la procédure ne permet aucune régularisation après la date de clôture des inscriptions.
À la suite de votre entretien avec le jury de recrutement du centre hospitalier, nous avons le regret de vous informer que vous n'avez pas été retenu(e) pour le poste d'assistant(e) de direction.
Après réexamen de votre dossier dans le cadre du recours gracieux formé le 3 mai, l'administration maintient sa décision de ne pas vous admettre à l'épreuve orale. Cette décision peut être contestée devant la juridiction administrative dans un délai de deux mois.
Le poste de chargé(e) de mission à la Région a été pourvu par la mutation d'un agent titulaire. Nous ne sommes donc pas en mesure de réserver une suite favorable à votre candidature.
""",
        "rej_universite_hopital": """
Le comité de sélection réuni le 22 avril pour le poste de maître de conférences n° 0712 (section 27) n'a pas retenu votre candidature pour l'audition. Son classement sera soumis au conseil d'administration en formation restreinte.
La Fondation a examiné 156 dossiers pour 6 allocations postdoctorales cette année, et votre candidature ne fait pas partie des lauréats. Les commentaires des rapporteurs peuvent vous être adressés sur simple demande.
À l'issue des auditions du 3 mai, le comité a établi un classement dans lequel vous ne figurez pas en rang utile. Nous vous remercions pour la qualité de votre présentation.
La commission n'a pas retenu votre candidature au contrat d'ATER en économie : le poste a été attribué à une candidate dont le profil d'enseignement correspondait de plus près aux besoins du département.
Après examen des candidatures au poste de praticien contractuel en anesthésie, la commission médicale d'établissement a rendu un avis défavorable à votre recrutement, estimant votre expérience en réanimation pédiatrique insuffisante pour les besoins du service.
""",
        "rej_poste_non_pourvu": """
Suite à une réorganisation du service, le recrutement pour le poste de {role} est annulé et le poste ne sera pas pourvu. Nous vous remercions de l'intérêt porté à notre association.
SUBJECT: Offre d'emploi retirée – {role} || L'offre à laquelle vous avez postulé a été retirée par l'employeur. Votre candidature ne sera donc pas traitée.
La procédure de recrutement a été déclarée infructueuse et le poste est gelé jusqu'au prochain exercice budgétaire. Toutes les candidatures, dont la vôtre, sont closes.
""",
        "rej_portail_ats": """
Statut de votre candidature mis à jour : non retenue. Le détail est disponible dans votre espace candidat.
Après une étude attentive de votre profil, nous avons décidé de ne pas donner suite. Sauf opposition de votre part, votre CV sera conservé dans notre vivier de talents pendant deux ans.
L'offre n° 24-FR-7712 est désormais clôturée ; les candidatures non retenues, dont la vôtre, sont archivées automatiquement. Merci de ne pas répondre à ce message.
Merci d'avoir passé notre test en ligne. Tes résultats ne nous permettent malheureusement pas de poursuivre pour le programme graduate cette année – tu pourras retenter ta chance à la prochaine campagne.
Votre candidature n'est plus à l'étude pour ce poste, mais de nouvelles offres sont publiées chaque semaine sur notre site carrières.
""",
        "ack_cabinet": """
Comme convenu lors de notre échange, j'ai transmis votre dossier à mon client ce matin. Je vous tiens informé dès que j'ai un retour, normalement sous dix jours.
Le client a mis le recrutement en pause le temps de boucler son budget 2025. Rien n'est tranché et ta candidature reste dans la course ; je reviens vers toi dès que ça bouge.
Ton CV est parti chez le client, accompagné d'une petite note sur ta dernière expérience. Croisons les doigts !
Avant de présenter votre candidature, pourriez-vous nous faire parvenir une copie de vos diplômes et vos prétentions salariales ? Sans ces éléments, nous ne pouvons pas transmettre votre dossier.
""",
        "ack_administration": """
Nous accusons réception de votre dossier d'inscription au concours externe de secrétaire administratif, enregistré sous le numéro 2024-SA-10447. La liste des candidats autorisés à concourir sera publiée sur le site du centre de gestion.
Votre candidature a été jugée recevable et sera examinée par la commission de recrutement, qui se réunira dans la seconde quinzaine de mars.
Pièce manquante : pour compléter votre dossier, merci de transmettre l'attestation de réussite de votre dernier diplôme avant le 20 octobre.
Les résultats provisoires d'admissibilité sont publiés : vous êtes classé(e) 37e sur 112. Ce classement ne deviendra définitif qu'à l'issue de la période de recours de quinze jours.
Vous êtes inscrit(e) au rang 8 de la liste complémentaire du concours, valable jusqu'à l'ouverture du concours suivant. Cette inscription ne vaut pas promesse de nomination.
""",
        "ack_portail": """
SUBJECT: Du nouveau sur votre candidature || Une mise à jour est disponible. Connectez-vous à votre espace candidat pour la consulter.
Merci pour votre candidature au poste de {role} ! Elle a bien été enregistrée et vous pouvez suivre son avancement depuis votre espace.
Votre candidature est en cours d'examen par le manager recruteur. Aucune action n'est requise de votre part.
En raison du nombre important de candidatures reçues, le délai de traitement s'allonge. Nous reviendrons vers vous au plus tard début février.
Nous avons bien reçu ta candidature spontanée et l'avons ajoutée à notre vivier, que nos recruteurs consultent à chaque ouverture de poste.
""",
        "inv_rencontre": """
Bonne nouvelle : mon client souhaite vous rencontrer ! Il propose un premier entretien en visioconférence mardi à 14 h ou jeudi à 10 h. Dites-moi ce qui vous convient.
Vous avez été déclaré(e) admissible et êtes convoqué(e) à l'épreuve orale d'entretien avec le jury le 18 juin à 10 h 30, au centre d'examen de Lyon. Présentez-vous muni(e) de cette convocation et d'une pièce d'identité.
Le comité de sélection a le plaisir de vous convier à une audition le 12 mai : 20 minutes de présentation de vos travaux et de votre projet d'intégration, puis 30 minutes d'échanges.
Ton profil nous a plu ! Pour la suite, on te propose un entretien téléphonique de 20 minutes avec notre recruteuse – réserve ton créneau via le lien ci-dessous.
Dans le cadre de votre candidature, nous vous invitons à passer des tests de personnalité et de raisonnement en ligne. Le lien est valable sept jours.
L'ONG souhaiterait s'entretenir avec vous au sujet du poste de coordinateur terrain au Sahel. Seriez-vous disponible pour un appel vidéo en début de semaine prochaine ?
""",
        "off_proposition": """
J'ai le plaisir de vous annoncer que notre client souhaite vous faire une proposition : CDI, 55 k€ brut annuel, statut cadre, démarrage souhaité le 2 septembre. La promesse d'embauche vous sera adressée directement par l'entreprise.
Par arrêté du 4 juillet, vous êtes nommé(e) stagiaire dans le corps des attachés d'administration et affecté(e) à la direction régionale à compter du 1er septembre. Merci de nous retourner le formulaire d'acceptation de poste sous huit jours.
Nous avons le plaisir de vous proposer le poste de {role} au sein de notre établissement. Vous trouverez ci-joint la proposition de contrat ; merci de nous faire connaître votre décision avant le 15.
Félicitations ! Ta proposition de contrat t'attend sur le portail : tu peux la consulter et la signer électroniquement jusqu'au 30 juin.
""",
        "oth_cold": """
Je me permets de vous contacter car je mène une recherche confidentielle pour un groupe industriel lyonnais, sur une fonction de direction financière. Votre parcours a retenu mon attention : seriez-vous ouvert(e) à un premier échange ?
""",
        "oth_alert": """
5 nouvelles offres correspondent à votre alerte « chargé de projet – Nantes ». Consultez-les avant qu'elles ne soient pourvues.
""",
        "oth_newsletter": """
Ce mois-ci sur le blog carrières de {company} : portrait d'une infirmière de bloc, nos conseils pour réussir un entretien en visio et le calendrier des forums emploi de l'automne.
""",
        "oth_retrait": """
Conformément à votre demande, votre candidature au poste de {role} a été retirée. Vos données seront supprimées sous 30 jours.
""",
    },
    "es": {
        "rej_consultora_cliente": """
Te escribo para contarte que el cliente ya revisó tu perfil para la posición de {role} y, lamentablemente, ha decidido no avanzar contigo. Buscan a alguien con experiencia previa en retail y, aunque defendí tu candidatura, no hubo manera. Sigo atenta a otras oportunidades que encajen contigo.
Tras la entrevista que mantuvo con nuestro cliente el pasado martes, le informamos de que la compañía ha optado por otro candidato cuyo perfil se ajusta más a las necesidades actuales del puesto. Agradecemos sinceramente el tiempo y la disposición que ha mostrado durante todo el proceso.
El cliente ha decidido cubrir la vacante con una persona de su propia plantilla, de modo que el proceso externo queda cerrado. Le agradezco la confianza depositada en nuestra firma y le escribiré en cuanto tengamos algo acorde a su experiencia.
No pasaste a la terna final que presentamos al cliente. Eran más de sesenta postulantes y se quedaron con tres perfiles con experiencia en minería. Lo siento mucho; te tengo en cuenta para lo que venga.
Nuestro cliente ha concluido la fase de entrevistas y no continuará con su candidatura. Por su política de confidencialidad, no podemos facilitarle una retroalimentación detallada.
Desde la ETT te confirmamos que la empresa usuaria ha seleccionado a otra persona para la campaña de verano en el almacén. Si quieres, te apuntamos ya para la campaña de Navidad, que empieza a moverse en octubre.
Después de la segunda entrevista con el comité de dirección, nuestro cliente ha resuelto no extenderle una oferta. El comité valoró su trayectoria, pero priorizó a un candidato con experiencia en mercados andinos. Quedo a su disposición para conversar sobre otros procesos.
Breve y directo: el cliente dijo que no. Tu pretensión salarial quedó muy por encima de su banda. Si quieres ajustar la cifra para próximos procesos, lo hablamos.
""",
        "rej_oposicion_administracion": """
Publicada la lista definitiva de admitidos y excluidos del proceso selectivo para ingreso en el Cuerpo de Gestión, figura usted como excluido por la causa 04: no acreditar la titulación exigida. Contra esta resolución, que pone fin a la vía administrativa, podrá interponerse recurso potestativo de reposición en el plazo de un mes.
El tribunal calificador ha hecho pública la relación de aspirantes que han superado el primer ejercicio. Su puntuación, 18,4 puntos, no alcanza la nota de corte de 25 puntos, por lo que no podrá continuar en el proceso.
En el concurso de méritos para la provisión del puesto de Técnico Superior del Ayuntamiento, la comisión de valoración ha propuesto a otra aspirante con mayor puntuación. La resolución definitiva se publicará en el tablón de anuncios de la sede electrónica.
El tribunal ha desestimado la reclamación que presentó contra la calificación de la prueba práctica. Se mantiene la puntuación publicada y, en consecuencia, su exclusión de la fase siguiente.
Concluida la baremación de méritos, la puntuación total obtenida no le sitúa dentro del número de plazas convocadas. La relación de aprobados se ha elevado al órgano convocante para su nombramiento.
Su solicitud de inclusión en la bolsa de trabajo de Enfermería del Servicio de Salud ha sido excluida por no presentar la documentación requerida dentro del plazo de subsanación.
La Fundación agradece su participación en la convocatoria para Coordinación de Proyectos en Bolivia. Tras la fase de entrevistas, el comité de selección ha decidido no continuar con su candidatura.
""",
        "rej_universidad_hospital": """
La Comisión de Selección del concurso de Profesor Ayudante Doctor, plaza n.º 2024/118, ha formulado propuesta de provisión a favor de otro candidato. Puede consultar el acta con las puntuaciones en la sede electrónica de la Universidad.
Su solicitud de ayuda posdoctoral no ha sido seleccionada en la presente convocatoria: se presentaron 342 solicitudes para 15 ayudas. El informe de evaluación estará disponible en su área personal.
Tras la exposición de su proyecto ante la comisión, no ha resultado adjudicatario de la plaza de investigador. La comisión valoró su trayectoria, pero consideró más adecuada para el grupo la línea de otro candidato.
El comité de selección del Hospital ha resuelto no incluirle entre los candidatos propuestos para entrevista en la plaza de facultativo especialista de área.
El colegio ha cerrado el proceso para la plaza de profesor de Lengua de secundaria. Nos hubiera gustado contar contigo, pero este curso necesitábamos a alguien con la especialidad de Latín y hemos elegido a otra persona.
""",
        "rej_plaza_desierta": """
El proceso de selección para la plaza de {role} ha quedado desierto, ya que ningún candidato cumplía la totalidad de los requisitos. No está prevista una nueva convocatoria a corto plazo.
Por motivos presupuestarios, la ONG ha cancelado la vacante de {role}. Sentimos las molestias y agradecemos tu interés en colaborar con nosotros.
SUBJECT: Oferta cancelada || La empresa ha cancelado la oferta de empleo en la que te inscribiste, así que tu candidatura ya no sigue activa en este proceso.
""",
        "rej_portal_ats": """
Tu candidatura para {role} ha pasado a estado Descartada. Más detalles en tu perfil de candidato.
Hemos revisado con atención su solicitud y, en esta ocasión, seguiremos adelante con otros perfiles. Conservaremos su currículum durante un año por si surge una vacante adecuada.
La vacante con referencia MX-2024-3391 ha sido cerrada y ya no recibe postulaciones; su postulación no continuará en el proceso.
Según los resultados de la prueba en línea, no podremos continuar con tu postulación al programa de trainees de este año. Las próximas convocatorias se abren en marzo.
Aviso automático: ya no se está considerando su candidatura para este puesto.
""",
        "ack_consultora": """
Tal como quedamos, hoy presenté tu perfil al cliente. Suelen tardar una semana en contestar; en cuanto sepa algo, te llamo.
Nuestro cliente ha puesto en pausa el proceso mientras redefine el alcance de la posición. No se ha tomado ninguna decisión: su candidatura sigue vigente y le mantendremos informado.
Hemos recibido su CV a través de nuestra web. Un consultor del área de Ingeniería lo revisará y se pondrá en contacto con usted si encaja en alguno de nuestros procesos abiertos.
Antes de enviar tu candidatura al cliente necesito que me confirmes fecha de incorporación y banda salarial. Con eso la presento hoy mismo.
""",
        "ack_administracion": """
Se ha registrado su solicitud de participación en el proceso selectivo con el número 2024/ES-00871. La lista provisional de admitidos y excluidos se publicará en el boletín oficial y en la sede electrónica.
Figura usted como admitido en la lista provisional. Se abre un plazo de diez días hábiles para alegaciones; la lista definitiva y la fecha del primer ejercicio se publicarán más adelante.
Su documentación está incompleta. Deberá aportar copia compulsada del título en el plazo de diez días; de no hacerlo, se le tendrá por desistido de su solicitud.
Ha quedado incluido en la bolsa de empleo temporal en el puesto 112. Se le llamará por orden de puntuación conforme surjan necesidades, sin que ello genere derecho a contratación.
Hemos recibido su recurso de alzada, que se tramita con el número de expediente 2024/RA/118. La resolución se le notificará en el plazo legalmente establecido.
""",
        "ack_portal": """
SUBJECT: Novedades en tu candidatura || Se ha producido una actualización en tu candidatura. Inicia sesión para verla.
¡Gracias por postularte a {role}! Recibimos tu solicitud y nuestro equipo la está revisando.
Su candidatura se encuentra en revisión por parte del responsable de contratación. No es necesaria ninguna acción por su parte.
Debido al alto volumen de candidaturas, el proceso se está alargando más de lo previsto. Esperamos tener novedades antes de fin de mes.
Tu perfil ya forma parte de nuestra comunidad de talento; te avisaremos cuando surja una posición que encaje con tus intereses.
""",
        "inv_entrevista_prueba": """
¡Buenas noticias! El cliente quiere conocerte. Propone una videollamada con la directora de Operaciones el jueves a las 16:00 o el viernes a las 10:00. ¿Cuál te viene mejor?
Se le convoca a la realización del primer ejercicio de la fase de oposición, que tendrá lugar el sábado 15 de marzo a las 10:00 en la Facultad de Derecho. Deberá acudir provisto de DNI y bolígrafo azul.
La Comisión le cita para la entrevista personal y la defensa del proyecto docente el día 5 de junio a las 11:00 en la Sala de Juntas del Departamento.
Nos gustaría conocerte mejor: agenda tu entrevista telefónica con nuestra reclutadora en el siguiente enlace.
Como siguiente paso, le invitamos a realizar una prueba técnica en línea de 60 minutos. El enlace estará activo hasta el domingo a las 23:59.
Mi cliente, una empresa de energía de Monterrey, quiere agendar una segunda entrevista presencial con el director general. ¿Tendría disponibilidad la próxima semana?
""",
        "off_oferta": """
Me alegra mucho decirte que el cliente quiere hacerte una oferta: contrato indefinido, 48.000 € brutos anuales más variable, incorporación el 1 de septiembre. La carta de oferta te llegará directamente de la empresa.
Por resolución de la Dirección General, ha sido usted nombrado funcionario en prácticas con destino provisional. Deberá tomar posesión en el plazo de un mes desde la publicación.
Tenemos el gusto de ofrecerle la plaza de {role} en nuestro hospital. Adjuntamos las condiciones del contrato y le rogamos que nos comunique su aceptación antes del día 20.
¡Felicidades! Tu oferta para {role} ya está disponible en el portal; revísala y fírmala antes de que expire.
""",
        "oth_cold": """
Me pongo en contacto contigo porque llevo un proceso confidencial para una fintech de Madrid que busca un perfil de liderazgo técnico. Tu experiencia me parece muy interesante: ¿te apetece que hablemos quince minutos?
""",
        "oth_alert": """
Hay 7 nuevas ofertas que coinciden con tu búsqueda guardada «analista de datos – Barcelona». Consúltalas antes de que se cierren.
""",
        "oth_retirada": """
Confirmamos que su candidatura al puesto de {role} ha sido retirada a petición suya. No recibirá más comunicaciones sobre este proceso.
""",
        "oth_encuesta": """
Nos gustaría conocer tu opinión sobre nuestro proceso de selección. La encuesta es anónima, dura unos tres minutos y no influye en ninguna candidatura.
""",
    },
    "pt": {
        "rej_consultoria_cliente": """
Queria te dar um retorno sobre a vaga de {role}: o cliente analisou seu perfil e decidiu não seguir com a sua candidatura nesta etapa. Eles estão priorizando pessoas com vivência no setor de saúde. Continuo de olho em outras oportunidades pra você, tá?
Após a entrevista com o nosso cliente, informamos que a empresa optou por avançar com outro candidato, cujo percurso se alinha de forma mais direta com os desafios da função. Agradecemos a sua disponibilidade ao longo do processo e manteremos o seu currículo na nossa base.
O cliente preencheu a posição internamente, com a promoção de alguém da equipa. O processo externo foi encerrado e lamento não ter melhores notícias.
A shortlist enviada ao cliente não inclui o seu perfil: foram escolhidos quatro finalistas com experiência em gestão de frotas.
Notícia chata: a empresa cliente fechou com outra pessoa depois da dinâmica de grupo. Você foi muito bem na parte técnica, mas eles queriam alguém com inglês fluente para as reuniões com a matriz.
Informamos que o nosso cliente concluiu a análise dos perfis apresentados e não irá avançar com a sua candidatura. Não nos foi transmitido feedback detalhado.
A empresa utilizadora escolheu outra pessoa para a vaga de operador de armazém na Azambuja. Temos outras colocações na zona de Lisboa e, se quiser, ligamos-lhe esta semana.
Seu processo com o cliente foi encerrado após a entrevista final com a diretoria, que preferiu um candidato com passagem por multinacionais. Fico à disposição para conversarmos sobre os próximos passos da sua busca.
""",
        "rej_concurso_publico": """
Fica V. Ex.ª notificado(a) de que, na prova de conhecimentos, obteve a classificação de 8,2 valores, inferior a 9,5 valores, pelo que é excluído(a) do procedimento concursal. Dispõe de 10 dias úteis para, querendo, se pronunciar por escrito em sede de audiência dos interessados.
Foi homologada a lista de ordenação final do procedimento concursal para 2 postos de trabalho de técnico superior. V. Ex.ª ficou posicionado(a) em 9.º lugar, não tendo sido selecionado(a) para os postos a preencher.
O resultado final do concurso público, Edital n.º 04/2024, foi homologado. Sua classificação (312.º lugar) ficou fora do número de vagas e do cadastro de reserva previstos no edital.
Sua inscrição no processo seletivo foi indeferida por ausência de comprovante de escolaridade. O prazo para recurso é de dois dias úteis contados da publicação do resultado.
Após a entrevista profissional de seleção, o júri deliberou não o(a) propor para o lugar: a sua classificação final de 11,3 valores ficou abaixo da do candidato ordenado em primeiro lugar.
A banca examinadora julgou improcedente o recurso interposto contra o resultado da prova discursiva. Mantém-se a nota atribuída e, por consequência, a sua eliminação do certame.
A Câmara Municipal informa que o lugar de assistente técnico foi ocupado por mobilidade interna de um trabalhador da autarquia, pelo que a sua candidatura não prosseguirá.
""",
        "rej_universidade_hospital_escola": """
O júri do concurso para Professor Auxiliar na área de Engenharia Química deliberou, por unanimidade, não aprovar a sua candidatura em mérito absoluto. A ata com a fundamentação encontra-se disponível para consulta.
A sua candidatura à bolsa de doutoramento não foi contemplada neste concurso; o painel avaliou 1200 candidaturas para 300 bolsas. A grelha de avaliação pode ser consultada na plataforma.
Encerrado o processo de seleção para pesquisador de pós-doutorado no laboratório, comunicamos que outro candidato foi escolhido. Obrigado pelo envio do projeto e pela participação na entrevista.
Após a análise curricular para a vaga de enfermeiro(a) especialista, a comissão de seleção do hospital decidiu não o(a) convocar para entrevista.
A direção da escola concluiu a contratação de escola para o horário de Matemática. A colocação recaiu sobre outro candidato, com graduação profissional superior à sua.
""",
        "rej_vaga_cancelada": """
A vaga de {role} foi cancelada pela organização na sequência de uma revisão do orçamento do projeto. Pedimos desculpa pelo incómodo.
O procedimento foi cessado sem preenchimento do posto de trabalho, por despacho do dirigente máximo do serviço.
SUBJECT: Vaga encerrada – {role} || A vaga para a qual você se candidatou foi encerrada sem contratação, e sua candidatura foi arquivada.
""",
        "rej_portal_ats": """
Atualizamos o status da sua candidatura para {role}: Não selecionado(a). Acesse seu perfil para mais informações.
Após uma análise cuidadosa, decidimos seguir com outros candidatos. O seu currículo ficará no nosso banco de talentos durante 12 meses.
A requisição {role} – Lisboa foi encerrada e já não aceita candidaturas, pelo que a sua candidatura não avançará. Esta é uma mensagem automática.
O seu resultado no teste online não atingiu a pontuação mínima exigida para a etapa seguinte do programa de estágio.
Você não está mais sendo considerado(a) para esta posição. Que tal conferir as outras vagas abertas no nosso site de carreiras?
""",
        "ack_consultoria": """
Conforme combinámos, enviei hoje o seu perfil ao cliente. Costumam responder em cerca de uma semana; assim que souber algo, ligo-lhe.
Atualização rápida: o cliente congelou o processo até fechar o orçamento do ano que vem. Nada foi decidido e você continua no páreo.
Recebemos o seu currículo. Um consultor da nossa equipa de Tecnologia vai analisá-lo e entrará em contacto se houver um processo adequado ao seu perfil.
Para apresentar a sua candidatura ao cliente, preciso que me envie o certificado de habilitações e a sua pretensão salarial até sexta-feira.
""",
        "ack_administracao": """
A sua candidatura ao procedimento concursal (Ref.ª TS/07/2024) foi submetida com sucesso. A lista de candidatos admitidos e excluídos será publicitada na página eletrónica do serviço.
Sua inscrição no concurso público foi confirmada após a compensação do pagamento da taxa. O local de prova será divulgado em edital próprio.
Foi admitido(a) ao procedimento concursal. O primeiro método de seleção realiza-se em data a anunciar, sendo os candidatos notificados com pelo menos cinco dias úteis de antecedência.
Sua classificação foi publicada no cadastro de reserva, na 15.ª posição. A convocação depende da abertura de novas vagas durante a validade do concurso, de dois anos prorrogáveis por igual período.
Recebemos a sua pronúncia em sede de audiência dos interessados, que será apreciada pelo júri antes da homologação da lista final.
""",
        "ack_portal": """
SUBJECT: Atualização da sua candidatura || Há uma atualização na sua candidatura. Inicie sessão na área de candidato para a consultar.
Obrigado por se candidatar à vaga de {role}! Recebemos a sua candidatura e a nossa equipa vai analisá-la com atenção.
Sua candidatura está em análise pelo gestor da vaga. Nenhuma ação é necessária no momento.
O processo está demorando mais do que o previsto por causa do grande volume de inscrições. Devemos ter novidades até o fim do mês.
Seu perfil foi incluído no nosso banco de talentos e avisaremos você quando surgir uma vaga compatível.
""",
        "inv_entrevista_prova": """
Boa notícia: o cliente quer conhecê-lo! Propõe uma primeira conversa por videochamada na terça às 15h ou na quarta às 10h. Qual prefere?
Fica V. Ex.ª notificado(a) para a realização da prova de conhecimentos no dia 14 de maio, pelas 10h00, no auditório do edifício sede. Deve fazer-se acompanhar de documento de identificação válido.
Você foi aprovado(a) na análise curricular e está convocado(a) para a entrevista com a banca no dia 22 de abril, às 9h, no campus. Traga documento com foto.
Gostaríamos de agendar uma conversa rápida com a nossa recrutadora. Escolha o melhor horário no link abaixo.
Como próxima etapa, convidamos você a fazer um teste de lógica online. Leva cerca de 30 minutos e fica disponível até domingo.
O júri convida-o(a) para uma sessão pública de apresentação do seu plano de investigação, seguida de entrevista, no dia 3 de julho.
""",
        "off_proposta": """
Que alegria te contar: o cliente quer fazer uma proposta! CLT, R$ 14.500 por mês, PLR e plano de saúde, início em 1.º de agosto. A carta-oferta vai chegar direto da empresa.
Na sequência da homologação da lista de ordenação final, foi selecionado(a) para o posto de trabalho e convidamo-lo(a) a celebrar contrato de trabalho em funções públicas. Queira comparecer nos Recursos Humanos no prazo de dez dias úteis.
Temos o prazer de lhe oferecer o lugar de {role} na nossa instituição. Segue em anexo a proposta contratual; agradecemos resposta até dia 15.
Parabéns! Sua proposta para {role} já está disponível no portal. Revise e assine até a data indicada.
""",
        "oth_cold": """
Estou conduzindo uma busca confidencial para uma empresa de agronegócio em Goiânia, para uma posição de liderança financeira. Seu perfil chamou minha atenção – topa uma conversa de 15 minutos?
""",
        "oth_alert": """
4 novas vagas correspondem ao seu alerta «gestor de projeto – Porto». Veja-as antes que fechem.
""",
        "oth_retirada": """
Conforme solicitado, retirámos a sua candidatura à vaga de {role}. Os seus dados serão eliminados no prazo de 30 dias.
""",
        "oth_newsletter": """
Neste mês no blog de carreiras da {company}: conheça a nova turma de estagiários, dicas para entrevistas online e a agenda das feiras de emprego.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Applicant,",
            "Dear Candidate,",
            "Morning {first},",
        ],
        "thanks": [
            "Thank you for your interest in the {role} position.",
            "Thanks for applying, and for your patience while we worked through the process.",
            "Thank you for the time you have given to this application.",
            "Thank you for registering with us and for allowing us to represent you.",
            "Many thanks for your application.",
        ],
        "wish": [
            "We wish you every success in your career.",
            "Best of luck with your search – I'm sure the right role is out there.",
            "We hope you will consider applying for future vacancies.",
            "Good luck with whatever comes next.",
            "We wish you well in your future applications.",
        ],
        "marketing": [
            "{company} has placed finance, operations and technology professionals with employers across the UK and Ireland for over twenty years, and our consultants specialise by sector so that every introduction counts.",
            "{company} is an equal opportunities employer committed to a diverse workforce. We welcome applications from all sections of the community and guarantee an interview to disabled applicants who meet the essential criteria.",
            "At {company}, research and teaching go hand in hand. Our staff work across three campuses and more than forty partner institutions worldwide.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}",
            "Yours sincerely,\n{sender}\nRecruitment Team",
            "Speak soon,\n{sender}\nSenior Consultant",
            "With best wishes,\n{sender}\nHR Services",
            "Thanks,\n{sender}",
        ],
        "footer": [
            "This email was sent from a no-reply address. Please do not reply directly; use the contact form on our careers site.",
            "{company} acts as an employment agency in relation to permanent positions and an employment business in relation to temporary positions.",
            "This message and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.",
            "You are receiving this message because you applied through our recruitment portal. Manage your notification settings in your candidate account.",
        ],
        "subject_app": [
            "Your application: {role}",
            "Update on your application",
            "{role} – application outcome",
            "Re: {role} opportunity",
            "Application reference update",
            "Your candidacy via {company}",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps: {role}",
            "The client would like to meet you",
            "Invitation to interview",
        ],
        "subject_off": [
            "Offer of appointment – {role}",
            "Great news!",
            "Your offer from {company}",
        ],
        "subject_oth": [
            "Jobs you might like",
            "Careers news from {company}",
            "Quick question",
            "We'd value your feedback",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first},",
            "Hallo {first},",
            "Liebe*r {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Grüezi {first},",
            "Moin {first},",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse.",
            "danke, dass du dich bei uns beworben hast.",
            "herzlichen Dank für Ihr Vertrauen und die Zeit, die Sie in den Prozess investiert haben.",
            "wir bedanken uns für Ihre Bewerbung auf die Stelle {role}.",
            "vielen Dank für Ihr Interesse an einer Tätigkeit bei uns.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Ich wünsche dir viel Erfolg bei der weiteren Suche!",
            "Wir wünschen Ihnen für die Zukunft alles Gute.",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bewerben.",
            "Alles Gute und bis bald!",
        ],
        "marketing": [
            "{company} vermittelt seit über 25 Jahren Fach- und Führungskräfte in Industrie, Handel und öffentlichem Sektor – persönlich, diskret und branchenspezifisch.",
            "Als kommunales Unternehmen steht {company} für Daseinsvorsorge in der Region. Wir fördern die Vereinbarkeit von Beruf und Familie und begrüßen Bewerbungen aller Menschen, unabhängig von Herkunft, Geschlecht, Religion, Behinderung, Alter oder sexueller Identität.",
            "Mit rund 4.000 Beschäftigten ist {company} einer der größten Arbeitgeber im Gesundheitswesen Norddeutschlands und Lehrkrankenhaus der Universität.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}\nSenior Consultant",
            "Im Auftrag\n{sender}\nPersonalabteilung",
            "Freundliche Grüße aus Zürich\n{sender}",
            "LG\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg · Geschäftsführung: siehe Impressum",
            "Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Ihre Bewerbung – Kennziffer 2024-118",
            "Aktueller Stand: {role}",
            "Deine Bewerbung bei {company}",
            "Mitteilung über das Ergebnis des Auswahlverfahrens",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächster Schritt: {role}",
            "Der Kunde möchte Sie kennenlernen",
            "Einladung zum Auswahlverfahren",
        ],
        "subject_off": ["Vertragsangebot {role}", "Zusage!", "Ihr Angebot von {company}"],
        "subject_oth": [
            "Neue Stellenangebote für Sie",
            "Karriere-News von {company}",
            "Kurze Frage",
            "Ihre Meinung ist gefragt",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher·e {first},",
            "Salut {first} !",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à notre structure.",
            "Merci pour ta candidature et pour le temps que tu y as consacré.",
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci encore pour la confiance accordée à notre cabinet.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos projets professionnels.",
            "Bonne continuation dans tes recherches !",
            "Nous vous souhaitons bonne chance pour la suite de votre parcours.",
            "N'hésitez pas à consulter nos prochaines offres.",
        ],
        "marketing": [
            "{company} accompagne depuis 1998 les entreprises industrielles et les collectivités dans le recrutement de leurs cadres, avec une équipe de quinze consultants spécialisés.",
            "Établissement public engagé pour l'égalité professionnelle, {company} est labellisé Diversité et accueille les personnes en situation de handicap à tous ses postes.",
            "Avec 40 000 étudiants et 3 000 enseignants-chercheurs, {company} figure parmi les premières universités pluridisciplinaires du pays.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}",
            "Je vous prie d'agréer mes salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "À bientôt,\n{sender}\nConsultante senior",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "Ce message est généré automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données en écrivant à notre délégué à la protection des données.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Suite donnée à votre candidature",
            "Votre dossier de candidature",
            "Candidature {role} : point d'étape",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Convocation – {role}",
            "Invitation à un entretien",
            "Prochaine étape de votre candidature",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bonne nouvelle !",
            "Votre proposition de contrat",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "Les actus carrières de {company}",
            "Une opportunité confidentielle",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "Apreciado/a candidato/a:",
            "Hola {first},",
        ],
        "thanks": [
            "Le agradecemos el interés mostrado en formar parte de nuestra organización.",
            "Gracias por postularte y por el tiempo dedicado al proceso.",
            "Agradecemos su participación en el proceso de selección para {role}.",
            "Muchas gracias por confiar en nuestra consultora.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su trayectoria profesional.",
            "¡Mucha suerte en tu búsqueda!",
            "Esperamos volver a recibir su candidatura en futuras convocatorias.",
            "Te deseamos lo mejor en tus próximos pasos.",
        ],
        "marketing": [
            "{company} es una consultora especializada en selección de mandos intermedios y directivos, con oficinas en Madrid, Bogotá y Ciudad de México.",
            "{company} trabaja desde hace dos décadas por la educación y el medio ambiente en comunidades rurales de América Latina, con más de 300 personas en terreno.",
            "El {company} es un centro de referencia con más de 1.200 camas y una intensa actividad docente e investigadora.",
        ],
        "sign": [
            "Un cordial saludo,\n{sender}",
            "Saludos,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Un abrazo,\n{sender}\nConsultora senior",
            "Quedo atento,\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "De conformidad con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión dirigiéndose a nuestro delegado de protección de datos.",
            "La información contenida en este correo es confidencial y está dirigida exclusivamente a su destinatario.",
        ],
        "subject_app": [
            "Su candidatura: {role}",
            "Actualización de tu proceso",
            "Resultado del proceso de selección",
            "Tu postulación en {company}",
            "Proceso selectivo – comunicación",
        ],
        "subject_inv": [
            "Convocatoria de entrevista – {role}",
            "Siguiente paso en tu proceso",
            "Citación",
        ],
        "subject_off": ["Oferta de empleo – {role}", "¡Buenas noticias!", "Tu oferta de {company}"],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Oportunidad confidencial",
            "Tu opinión nos importa",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi, {first}!",
            "Prezado(a) {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse em integrar a nossa equipa.",
            "Obrigado por se candidatar e pelo tempo dedicado ao processo.",
            "Agradecemos sua participação no processo seletivo para {role}.",
            "Obrigada pela confiança na nossa consultoria.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Boa sorte na sua busca!",
            "Esperamos contar com a sua candidatura em futuras oportunidades.",
            "Desejamos tudo de bom nos seus próximos passos.",
        ],
        "marketing": [
            "A {company} é uma consultora de recrutamento especializada em tecnologia e engenharia, com escritórios em Lisboa, Porto e São Paulo.",
            "A {company} é uma instituição pública de ensino superior com mais de 20 mil estudantes e centros de investigação avaliados com Excelente.",
            "Na {company}, valorizamos a diversidade e incentivamos candidaturas de pessoas de todos os perfis e origens.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}",
            "Abraço,\n{sender}\nConsultora sénior",
            "Cumprimentos,\n{sender}\nDivisão de Recursos Humanos",
            "Um abraço,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Nos termos do RGPD, pode exercer os seus direitos de acesso, retificação e apagamento dos dados através do nosso encarregado de proteção de dados.",
            "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário.",
        ],
        "subject_app": [
            "A sua candidatura: {role}",
            "Retorno sobre seu processo seletivo",
            "Procedimento concursal – notificação",
            "Atualização da candidatura",
            "Sua candidatura na {company}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa do processo",
            "Convocatória",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Boas notícias!",
            "A sua proposta da {company}",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Oportunidade confidencial",
            "Conte-nos a sua experiência",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} role – is there any news from your side?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your patience. I've chased the hiring team and will update you as soon as I hear back.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon etwas Neues gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage. Das Auswahlgremium tagt diese Woche, ich melde mich danach bei Ihnen.\nBeste Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Avez-vous des nouvelles ?\nCordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Le client doit nous faire un retour en fin de semaine, je ne manquerai pas de vous tenir informé.\nBien à vous,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería saber si hay novedades sobre mi candidatura para {role}.\nGracias y un saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. Seguimos esperando la respuesta del cliente; te aviso en cuanto la tenga.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se já há novidades sobre a minha candidatura à vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contacto. Ainda aguardamos a decisão do júri e daremos notícias assim que possível.\nCumprimentos,\n{sender}\n",
}
