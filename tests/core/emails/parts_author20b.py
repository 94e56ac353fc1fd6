# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 20b, written by one author: the border between acknowledgements that sound like a no and real rejections, plus rejections in unusual words. Acknowledgements here decide nothing but lean on negative vocabulary (sorry for the delay, no individual feedback at this stage, "if you have not heard from us within four weeks", hiring frozen pending budget, role re-advertised or re-graded with applications kept, reserve lists without a decision, missing documents, managers on leave, moved requisitions, misleading portal statuses, assessments still being marked). Rejections are mostly written without stock phrases (not taking it further, the panel's decision is not in your favour, not referred / not among the best qualified, the client has decided not to proceed, closed, filled, cancelled) and sit at the start, middle or end of the passage. French covers France, Belgium, Switzerland, Quebec and West/Central Africa with tu and vous; German, Spanish and Portuguese cover DACH, Spain and Latin America, Portugal, Brazil and Lusophone Africa. Others are cold recruiter mail that apologises, newsletters on rejection and resilience, job alerts, candidate-experience surveys, withdrawals, and a few invitations and offers that open with sorry or unfortunately. English about 37 %, French 25 %, the rest German, Spanish and Portuguese; every company, person and sentence is invented."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Analytics Ltd",
    "Kestrel Ridge Software",
    "Tessaly Health Partners",
    "Harrowgate Borough Council",
    "Groupe Verdier Assurances",
    "Maison Castellane SA",
    "Lumière Boréale Inc.",
    "Sahel Connect SA",
    "Halvorsen Logistik GmbH",
    "Nordlicht Energie AG",
    "Atalaya Seguros S.L.",
    "Grupo Ceibal Alimentos",
    "Pinheiro & Lacerda Consultoria",
    "Cooperativa Serra do Mar",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Manager",
    "Policy Officer",
    "UX Researcher",
    "Chargé de projet",
    "Contrôleur de gestion",
    "Responsable logistique",
    "Sachbearbeiter Einkauf (m/w/d)",
    "Analista de Sistemas",
    "Técnico de Recursos Humanos",
    "Engenheiro de Dados",
    "Support Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition", "no-reply@careers.{domain}"),
    ("Fiona McAllister", "fiona.mcallister@{domain}"),
    ("Recruitment Team", "jobs@{domain}"),
    ("Jonas Albrecht", "j.albrecht@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Mariana Couto", "recrutamento@{domain}"),
    ("Hiring Team", "notifications@apply.hireloop-ats.example"),
    ("Aminata Diallo", "rh@{domain}"),
    ("Ressources humaines", "emplois@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_delay_sorry": """
Sorry for the slow reply on this one. Your application for the {role} role reached us safely, and the team is still working through the shortlist, so nothing has been decided yet. We expect to be in touch by the end of the month.
Apologies that it has taken us so long to get back to you. We had far more applications for {role} than we planned for and the review is running about two weeks behind. Your application is still in the pile and is still being considered.
I'm sorry this is later than I promised. We haven't made any decisions on the {role} shortlist yet; the hiring manager wants to look at all remaining applications together next week. I'll write again as soon as I know more.
SUBJECT: Sorry, still no news || Just a quick note so you're not left wondering: there is no news on {role} yet, good or bad. The review has slipped because of quarter-end, and I'd rather tell you that than go silent. Your application remains open.
We regret the delay in responding. Unfortunately our review of applications for the {role} position has taken longer than anticipated. Please be assured that your application is still under active consideration and that no decision has been taken.
Unfortunately I don't have an update for you yet, sorry. The panel meets on Thursday and your application for {role} is one of those they will be discussing. You'll hear from me either way by the following Wednesday.
""",
        "ack_no_feedback_stage": """
Please note that, due to the number of applications we receive, we regret that we are unable to provide individual feedback at the screening stage. Your application for {role} has been received and will be reviewed against the published criteria.
We're sorry that we can't offer personal feedback at this stage of the process. What we can tell you is that your application for {role} is complete and has been passed to the shortlisting panel, who will assess all applications after the closing date.
Unfortunately we cannot respond to queries about individual applications while shortlisting is in progress. Your application has been logged under reference HBC-2291. Shortlisting closes on the 14th and all candidates will be updated after that.
Thanks for your message asking for feedback. I'm afraid we don't give feedback until the process is complete, and the panel hasn't finished its assessment yet. Your application for {role} is still live, and I'll pass your question on once there is something to say.
We regret that we are not able to enter into correspondence about applications before the shortlisting meeting. This is not a reflection on your application, which has been received in full and is being considered alongside all others.
""",
        "ack_volume_noreply": """
Due to the very high volume of applications we receive, we are unfortunately unable to reply to every applicant personally. This automated message confirms that your application for {role} at {company} has been received and will be reviewed by our recruitment team.
We receive several hundred applications for roles like {role}, so we're sorry that we can't write to everyone individually at each step. Your application is in our system and a recruiter will look at it in the coming days.
This is an automatic confirmation. Regrettably, owing to the number of responses to our advertisement, we cannot acknowledge applications individually beyond this message. Your CV for {role} has been received and forwarded to the hiring team.
Unfortunately we can't reply to each application by hand; there are simply too many. Please treat this email as confirmation that we have everything we need from you for {role}. Nothing else is required at this point.
SUBJECT: Application received – {role} || We regret that the volume of applications prevents us from giving each candidate a personal reply at this stage. Your application has reached us and is being processed in the order it arrived.
""",
        "ack_silence_means_no": """
Your application for {role} has been received. Please note that if you have not heard from us within four weeks of the closing date, you should assume that your application has been unsuccessful on this occasion. We do appreciate the time you have taken.
We confirm receipt of your application. Due to the volume of responses, only shortlisted candidates will be contacted; if you haven't heard from us within 21 days, please consider your application unsuccessful.
Your application for {role} is safely with us. We aim to contact shortlisted applicants within three weeks. Regrettably, if you do not hear from us by then, it means you have not been shortlisted this time.
This is to confirm that we have received your application. Shortlisting takes place after the closing date of 30 June. Applicants who have not been contacted by 31 July should consider that they have not been successful.
Got it, your application is in. A small honest note: we're a team of four and can't always write back to everyone, so if a month passes with no word, it most likely means we've gone another way. For now, though, it's in the review pile like everyone else's.
Application reference HR-88412 received. Please keep this email for your records. Unfortunately we are unable to notify unsuccessful applicants individually; if you have not been invited to interview within six weeks, your application has not progressed.
""",
        "ack_paused_budget": """
I wanted to let you know that the {role} search has been put on hold while the budget for next year is finalised. No decision has been made on any candidate, and your application remains on file. We expect to know more in six to eight weeks.
Unfortunately we've had to pause hiring for {role} following a company-wide review of headcount. This is not a decision about your application: everything is frozen for now, and we will contact all candidates when the freeze is lifted.
SUBJECT: {role} – process on hold || Sorry to bring news that isn't really news: the process is paused until the new financial year. Your application hasn't been rejected and we'd like to keep it active. I'll update you as soon as the requisition is re-approved.
Regrettably, recruitment to this post has been temporarily suspended pending confirmation of grant funding. Applications received will be retained and considered once the position is confirmed. We apologise for any inconvenience this may cause.
Bad timing, I'm afraid. We just got word that all open requisitions, including {role}, are frozen until the board signs off the Q3 plan. Nobody has been hired and nobody has been turned down. Can I keep you in the process and come back to you when it unfreezes?
We're sorry to say the interviews planned for next week are postponed while the department is reorganised. Your place in the process is kept and no candidates have been eliminated. New dates will follow once the new structure is confirmed.
""",
        "ack_reopened_kept": """
Please be aware that the {role} vacancy has been re-advertised with a slightly wider remit. You do not need to reapply: all applications received in the first round have been kept and will be considered alongside new ones.
The post has been re-graded from Band 5 to Band 6 following a job evaluation. Unfortunately this moves the timetable back by three weeks. Your application stands and will be assessed against the updated job description.
We've reopened the {role} posting because the first round didn't give us enough candidates who speak German. Your application is still in and you don't need to do anything. Sorry for the extra wait this causes.
Following a change to the job description, the closing date for {role} has been extended to 15 March. Existing applications, including yours, remain valid and no shortlisting decisions have been made.
Quick update: the {role} requisition was closed in our system by mistake and then reopened, which is why you may have received an automated "position closed" notice. Please ignore it. Your application has not been rejected and is still with the hiring manager.
""",
        "ack_reserve_pending": """
After the first assessment stage you have been placed in the reserve pool for {role}. No final decision has been made; the reserve pool will be drawn on as the selection progresses and we will contact you if your application moves forward.
Your application has been placed on our reserve list while we complete interviews with the first group of candidates. This is not a rejection: depending on how those interviews go, we may invite reserve candidates. We will confirm the outcome either way by 20 May.
We'd like to keep your application on hold as a reserve while the first round concludes. Sorry we can't be more definite yet; it genuinely depends on the next two weeks.
The selection board has placed all candidates who met the minimum standard, including you, on a provisional merit list. The order of the list and any offers will only be decided after the reference stage. You don't need to take any action now.
You're currently on the waiting list for the September intake of our graduate programme. Places are confirmed in order as earlier candidates accept or decline, so we can't yet say whether one will come up. We will write again by the end of July.
""",
        "ack_not_all_contacted": """
Please note that not all applicants will be contacted. Your application for {role} has been received and will be reviewed after the closing date.
We regret that not every applicant will hear from us personally; shortlisted candidates will be contacted by phone. Your submission is complete and under review.
Unfortunately, not all applicants can be contacted individually. Our recruiters are reviewing applications now and will reach out to those whose experience most closely matches the role.
Heads-up: we're not always able to get back to every applicant, but every application is read by a human. Yours for {role} arrived today and is now with the hiring team.
Only candidates selected for the next stage will be notified. We appreciate your patience while we review all applications for {role} at {company}.
""",
        "ack_missing_docs": """
Unfortunately your application for {role} is incomplete: we could not find the cover letter requested in the advert. Please upload it by Friday so that your application can be assessed. Nothing has been decided yet.
Sorry, but the CV file you attached appears to be corrupted and we can't open it. Could you send it again as a PDF? Your application will stay open in the meantime.
We regret that we cannot progress any application without copies of the required certificates. Please send your degree certificate and proof of right to work within ten working days so that we can continue reviewing your application.
Your application is on hold pending receipt of your two references. Once we have them, it will be passed to the panel. Please let us know if your referees need a reminder from us.
SUBJECT: Action needed – your application || We're unable to consider your application further until the online questionnaire has been completed. It takes about ten minutes and the link stays open for seven days.
I'm afraid the portfolio link in your application returns an error. Could you send a working link or a PDF? The hiring manager would like to look at it before deciding on the shortlist.
""",
        "ack_no_decision_yet": """
In response to your enquiry: no decision has been made yet on the {role} position. The panel completed the interviews this week and will meet on Monday to agree the outcome. I'm sorry I can't say more before then.
I know waiting is hard, and I'm sorry we haven't been in touch. We haven't made a decision on {role}; we're still talking to two other candidates whose interviews were delayed. You remain very much in the process.
Unfortunately there's nothing I can share yet. The final decision lies with the director, who is travelling until the 12th. Your application is among those still under consideration.
You may have noticed on the portal that your status changed to "Not selected – pending". This is a system label for applications awaiting final review and does not mean that a decision has been taken. We will notify you of the outcome directly.
Just to reassure you after your call this morning: your application has not been declined. We are running reference checks on two finalists, you and one other, and nothing is final until both are done.
""",
        "ack_manager_on_leave": """
Sorry for the silence. The hiring manager for {role} has been on unexpected leave, so shortlisting has stalled. She's back on the 3rd and reviewing applications is her first priority. Your application is safe and undecided.
Unfortunately the chair of the interview panel is on sick leave, and we cannot make a decision without her. We will let all candidates know the new timetable as soon as possible.
Apologies for the delay in coming back to you after your interview. The hiring manager started parental leave this week and the decision now sits with her deputy, who needs a few more days to read the interview notes. There is no outcome yet.
Our head of department is away until the end of August, which unfortunately means the final round for {role} cannot take place before September. Your application remains under consideration.
""",
        "ack_requisition_moved": """
The hiring team felt your background fits our {role} opening in the Leeds office better than the one you applied to, so we've moved your application to that requisition. It is now under review there; you don't need to reapply.
Your application has been transferred to a different vacancy reference (REQ-4471) after the original posting was merged with another team's. You'll see the new reference on the portal; your application is still being reviewed.
We've linked your profile to a second opening that is still being screened. Sorry if the portal now shows two entries: both are active and neither has been decided.
Recruiting has consolidated three {role} postings into one. Your application was carried over automatically and is under review by the combined hiring team.
""",
        "ack_assessment_pending": """
Thank you for completing the online assessment. We are still waiting for a few candidates to finish theirs, and results will only be reviewed once everyone has done so. We expect to contact you within two weeks.
Unfortunately the scoring of the written exercise is taking longer than expected, as the external assessor has a backlog. No candidates have been progressed or declined yet.
Your assessment centre results are being moderated. Please don't read anything into the delay: moderation is standard for every candidate and no decisions are made until it is finished.
I'm sorry we haven't updated you since the case study. Two panel members still have to mark it, and we don't compare candidates until all the marks are in.
""",
        "rej_not_taking_further": """
We have now reviewed your application for {role} and we will not be taking it further. We appreciate the time you put into it.
After careful review, we've decided not to take your application forward for this role.
Following the shortlisting meeting, I'm writing to let you know that we won't be progressing your application. The panel had a strong field and had to make some difficult choices.
SUBJECT: Your application || Short and honest: we're not going to take your application any further this time. It came down to a small number of people and we went with someone else.
This is to let you know the outcome of the screening stage. Your application for {role} will not proceed further in the selection process.
We've had a good look at your application and, although there's a lot to like, we won't be moving it forward. We'll keep your details for six months in case something more suitable comes up, unless you tell us otherwise.
""",
        "rej_profile_mismatch": """
Your profile does not match what we need right now. The team is looking for someone with hands-on experience of ERP migrations, and that isn't reflected in your CV.
We need someone who can hit the ground running with regulated clinical data, and we don't think your background is the right match for this particular role at the moment.
Having compared your experience with the requirements for {role}, we don't think it is the right fit for this opening, so we've decided not to proceed.
I'll be direct, since you asked: the role has shifted towards people management and your profile is strongly individual-contributor. For that reason we're not inviting you to the next round.
Unfortunately the skills we're prioritising for {role}, Kubernetes operations and on-call leadership, aren't ones your application demonstrates, so we can't take it further.
Your experience is impressive, just not for this role. We're closing your application for {role}, and I'd encourage you to look at our analytics openings instead.
""",
        "rej_closer_experience": """
We chose to continue with candidates whose experience is closer to the day-to-day work of the team.
We received a large number of applications and have decided to continue with people whose experience more closely matches the requirements of the role.
In the end we went with applicants who have worked in a hospital setting before, as that is essential for the first six months in post. We're sorry this isn't better news.
After reviewing all applications, the hiring team has selected candidates with more direct experience in retail banking to move forward.
Unfortunately, on this occasion we have prioritised candidates who already hold a chartered procurement qualification.
""",
        "rej_panel_decision": """
The panel met yesterday and has made its decision, and I'm sorry to say it is not in your favour.
SUBJECT: Outcome of interview – {role} || Thank you for attending the interview on Tuesday. The panel has now reached a decision and, regrettably, it has decided to appoint another candidate.
The selection committee has concluded its deliberations. I regret to inform you that you have not been selected for appointment.
I tried to call but couldn't reach you, so I'm writing instead. The panel has decided on another candidate for {role}. They were genuinely impressed with your presentation and it was very close.
Following the final interviews, the board has recommended the appointment of another applicant. We recognise this will be disappointing after such a long process.
""",
        "rej_this_occasion": """
I'm sorry to tell you that you were not successful on this occasion.
Your application for {role} has been unsuccessful on this occasion. Competition was strong and we received more than 300 applications.
On this occasion your application has not been shortlisted for interview.
Regretfully, you have not been successful in progressing to the next stage for {role} this time.
We've completed shortlisting for {role}, and we're sorry to say that your application wasn't successful this time round.
""",
        "rej_next_stage": """
We won't be moving you to the next stage of the process.
Thanks for the time you spent on the take-home exercise. We reviewed it as a team and won't be moving you forward to the onsite.
After the recruiter screen, we've decided not to move you on to the hiring manager interview. The main gap was experience of owning a roadmap end to end.
I'm afraid we won't be progressing you to the final round. The other candidates had more exposure to enterprise sales cycles.
Unfortunately you won't be proceeding to the assessment centre. Your scores in the online tests fell below the threshold we set for this intake.
""",
        "rej_closed": """
Your application for {role} has been closed.
SUBJECT: Update on your application status || The status of your application for {role} has changed to: Not selected. You can view other openings on our careers site.
This is an automated message to let you know that your application has been closed. The hiring team has decided not to proceed with your candidacy.
We're tidying up our open applications and want to close the loop properly: yours for {role} has been closed after review, and we won't be taking it further.
Application status: Declined. Reason: requisition filled. No further action is required from you.
""",
        "rej_public_not_referred": """
Your application for the above vacancy has been assessed. You have not been referred to the selecting official because you were not among the best-qualified candidates.
Notice of Results: you were found eligible for this position but were not referred for further consideration because you were not among the highest-qualified applicants.
The sift panel has assessed applications against the essential criteria. Your application did not meet the required standard for Behaviour 2, so it will not progress to interview.
I am writing to inform you that your application for the post of {role} (Grade 7) was not shortlisted. Candidates were scored on the evidence provided for each criterion, and your overall score fell below the pass mark.
We regret to advise that your application for the council's {role} vacancy has not been successful at the shortlisting stage. In line with our retention policy, your application will be kept for 12 months and then securely deleted.
Your application was screened out because it did not demonstrate the minimum 24 months of specialised experience required at this grade. You may apply for future announcements.
""",
        "rej_agency_client": """
I've had feedback from {company} and unfortunately the client has decided not to proceed with your application. They felt the role needs more exposure to insurance accounting standards.
Just heard back from the client: they won't be taking you forward for {role}. Their feedback on your technical side was positive, but they've gone for someone who can start within two weeks.
Bad news, I'm afraid. The hiring manager reviewed the shortlist I sent and has decided to proceed with other candidates. I'll keep you in mind for the next one.
The client has chosen to appoint an internal applicant, so they won't be interviewing externally for this position. I'm sorry, I know you were keen.
Following your second interview, the client has let us know that they will not be making you an offer. They appreciated your time and the thoughtful questions you asked.
Quick update on {role}: the client has put your CV to one side in favour of candidates who speak Dutch. It's not about your experience, which they rated highly.
""",
        "rej_after_interview": """
Thank you for meeting with us last week. We enjoyed the conversation, but we've decided to offer the role to another candidate.
It was good to talk with you on Thursday. After discussing all the interviews, the team felt another candidate was a better fit for where we are right now, so we won't be continuing with your application.
I've just come out of the debrief, and I'm sorry to say we won't be going ahead with you for {role}. Everyone liked you; the deciding factor was depth in data modelling, which came up a few times.
You made it to the final two, which says a lot. In the end we offered the position to the other finalist, who has accepted.
Following your interview, we have considered your candidacy carefully and, with regret, we will not be offering you the position.
We really appreciated you taking a day off to come in for the onsite. I won't sugar-coat it: the team has decided not to extend an offer. I'd be happy to talk through the feedback on a call if that would help.
Thanks for your patience since the panel interview. Regrettably, your application will not be progressing.
""",
        "rej_after_test": """
We have now marked the technical test. Unfortunately your result did not reach the level needed to continue in the process.
Thank you for completing the psychometric assessments. On the basis of the results, we are unable to progress your application.
The reviewers went through your coding exercise carefully. The solution worked, but the test coverage and structure weren't at the level we need for this role, so we'll stop here.
Your case study presentation has been assessed by the panel and, unfortunately, you have not met the standard required to be invited to the final interview.
SUBJECT: Assessment centre outcome || Thank you for taking part in the assessment centre. Having reviewed all the exercises, we regret that we are not able to offer you a place on the 2025 graduate scheme.
""",
        "rej_position_filled": """
The {role} position has now been filled, so we are closing all remaining applications.
We've made an appointment to the role, and I'm writing to let you know so you're not left waiting.
Just to let you know that the position has been filled internally.
Recruitment for this vacancy is complete and the post has been filled. We wish you success in your search.
Sorry to be the bearer of this news: we offered the role to someone last week and they have accepted.
""",
        "rej_role_cancelled": """
Unfortunately the {role} vacancy has been withdrawn following a restructure, and we will not be recruiting to it. All applications have been closed.
I'm sorry to tell you that the position has been cancelled. The funding we expected did not come through, and the role will not go ahead.
The hiring manager has decided not to fill the role after all, so we are closing the process for every candidate.
Following a review of business priorities, {company} has decided not to proceed with this hire. Your application will not be considered further.
We've taken the difficult decision to cancel this recruitment. We know you invested time in the first interview and we're sorry for that.
""",
        "rej_decision_last": """
We've read every application for {role} personally, which is why this took a while. Yours was clear and well put together, and we appreciated the examples you chose from your time at the museum. The shortlist, though, is made up of people who have already managed a capital project of this size, and so we will not be inviting you to interview.
Many thanks for your patience over the past few weeks. The team has spent a long time with the applications and it has been a genuinely hard choice. Your background in logistics was interesting to read about. After a lot of discussion, we have decided not to progress your application.
It has been a busy quarter for us, and I know you have been waiting. We interviewed eight people for {role}, all of them capable. We have now made our choice, and it is another candidate.
We've reviewed your portfolio and your answers to the questionnaire. There was a lot of thoughtful work in there, especially the accessibility audit. For this role, however, we need someone with more print production experience, so we will be declining your application.
I hope your week is going well. I wanted to follow up on your conversation with Priya. She enjoyed talking with you and passed her notes to the team. Having looked at where the team is heading, we don't see a match at this point, and we'll be closing your application.
""",
        "oth_cold": """
I came across your profile and thought you might be interested in a {role} contract we're recruiting for in Manchester: six months, hybrid, outside IR35. Apologies if this isn't a fit; if not, feel free to ignore this message or pass it on to someone who might be interested.
I'm recruiting for a fast-growing fintech in Dublin. Sorry if this lands at a bad time or isn't quite your area, but I'd love a quick chat if you're open to hearing more.
Apologies for the unsolicited email. We're a specialist recruitment firm for energy and utilities and have a few permanent roles that seem to match your background. Would you be open to a 15-minute call?
Unfortunately I don't have a specific role for you today, but I'm building a talent pool for clients in healthcare analytics and would like to add you to it. Reply YES if you'd like to be included.
Not sure if you're still looking, so apologies if you've already found something. One of my clients is hiring a {role} and your experience at a logistics start-up caught my eye.
""",
        "oth_newsletter": """
This month in Career Compass: why rejection emails feel so personal (and why they usually aren't), three ways to ask for useful feedback, and a short exercise for bouncing back after a tough final round.
Resilience Weekly #42: "Not this time" is not "never". We look at how hiring managers actually shortlist, why many rejections have nothing to do with the candidate, and how to keep momentum after your tenth no.
Our latest webinar, "Handling rejection in your job search", is now available on demand. Speakers from two recruitment firms share what they wish candidates knew about unsuccessful applications.
Inside this issue: unfortunately, hiring in tech is still slow. We break down the numbers, show which sectors are hiring, and talk to three readers who landed roles after months of rejections.
Five phrases that sound like a no but aren't: a short guide to decoding recruiter emails, from "we'll keep your CV on file" to "the process has been paused".
""",
        "oth_alert": """
12 new jobs match your alert "{role}": Senior {role}, hybrid, Leeds; {role} (12-month contract), Bristol; Junior {role}, remote UK. Sorry, we couldn't find any more matches within 10 miles.
Your daily job alert: 4 new roles at companies you follow. Unfortunately one of your saved jobs has expired and has been removed from your list.
We didn't find any new jobs matching your search this week. Try widening your location or adding related job titles.
New jobs for you: {role} at {company} (posted 2 days ago), Operations Analyst at a logistics firm in Cardiff, Business Analyst in Reading.
""",
        "oth_candidate_survey": """
You recently went through a recruitment process with {company}. Whatever the outcome, we'd like to hear how it felt. Our survey takes three minutes and is anonymous.
How did we do? We're trying to make our hiring fairer and faster, and candidates who have been through a process are the best people to tell us where we fall short. Please rate your experience on a scale of 1 to 10.
Thank you for taking part in our recruitment process for {role}. Your process has now finished, and we'd be grateful for five minutes of your time to tell us about your experience, including what we could have done better.
Sorry to bother you once more. This is the last reminder about our short candidate experience survey; the link closes on Friday.
""",
        "oth_withdrawal_done": """
As requested, we've withdrawn your application for {role}. Sorry to see you go; we hope our paths cross again.
Thanks for letting us know you've accepted another offer. We've removed your application from the process, as you asked. Unfortunately that means we'll also cancel Friday's interview slot, but congratulations!
""",
        "inv_sorry_reschedule": """
Sorry for the short notice: unfortunately our interviewer has fallen ill. Could we move your interview for {role} to Thursday at 2 pm, or Friday at 10 am?
I'm sorry we've kept you waiting so long. The good news is that the team would like to meet you: could you do a 45-minute video call next week? Please pick a slot using the link below.
Unfortunately we couldn't fit everyone into the first round of interviews, and apologies for the wait. We now have two extra slots on the 18th and would like to invite you to one of them.
""",
        "off_sorry_delay": """
Apologies for taking so long; the approvals took much longer than expected. I'm delighted to say we'd like to offer you the position of {role}, starting 1 September. The formal offer letter is attached.
Sorry, I know I said Friday. Unfortunately our payroll team needed a few more days to sign off the package, but it's done: we'd like you to join us as {role}. Can we talk tomorrow about the details?
""",
    },
    "fr": {
        "ack_retard_excuses": """
Nous vous prions de nous excuser pour le délai de réponse. Votre candidature au poste de {role} a bien été reçue et elle est toujours en cours d'examen ; aucune décision n'a encore été prise.
Désolée pour ce long silence ! Le tri des candidatures prend plus de temps que prévu, car nous en avons reçu plus de deux cents. Ta candidature est toujours dans la course, je reviens vers toi d'ici deux semaines.
Malheureusement, je n'ai pas encore de réponse à vous donner. Le comité se réunit jeudi prochain et votre dossier fait partie de ceux qui seront étudiés. Toutes nos excuses pour l'attente.
SUBJECT: Votre candidature – point d'étape || Nous tenions à nous excuser : le processus de recrutement a pris du retard en raison des congés d'été. Votre candidature n'est pas écartée et reste à l'étude. Nous vous recontacterons au plus tard le 15 septembre.
Désolés du délai! Le processus de dotation pour le poste de {role} avance plus lentement que prévu. Votre candidature demeure active et aucune décision n'a été prise à ce jour. Merci de votre patience.
""",
        "ack_pas_de_retour_individuel": """
Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de faire un retour personnalisé à ce stade. Votre dossier a bien été enregistré et sera étudié par le service des ressources humaines.
Nous regrettons de ne pouvoir répondre individuellement à chaque candidat. Ce message automatique vous confirme la bonne réception de votre candidature pour le poste de {role}.
Nous ne pouvons malheureusement pas communiquer de commentaires sur les candidatures avant la fin de la présélection. Votre dossier est complet et a été transmis au jury.
Désolés de ne pas pouvoir te faire de retour détaillé tant que le processus n'est pas terminé. Ta candidature est toujours examinée avec attention par l'équipe.
Nous accusons réception de votre candidature au poste de {role}. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
""",
        "ack_sans_nouvelles_sous_quatre_semaines": """
Nous accusons bonne réception de votre candidature. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature nous est bien parvenue. En raison du volume de candidatures, seuls les candidats présélectionnés seront recontactés ; passé un délai de trois semaines, merci de considérer que nous ne pouvons pas donner une suite favorable à votre demande.
Merci, ton dossier est bien arrivé ! On préfère être honnêtes : si tu n'as pas de nouvelles d'ici un mois, c'est que ça ne s'est pas fait cette fois. Mais pour l'instant, ta candidature est entre les mains de l'équipe.
Nous confirmons la réception de votre dossier de candidature. Faute de nouvelles de notre part d'ici au 30 avril, nous vous prions de considérer votre candidature comme non retenue. Nous vous remercions de votre compréhension.
Accusé de réception : votre dossier pour le poste de {role} à Dakar a été enregistré sous le numéro 2024-117. Les candidats non contactés dans un délai de trente jours après la clôture de l'appel pourront considérer que leur candidature n'a pas été retenue.
""",
        "ack_processus_suspendu": """
Le recrutement pour le poste de {role} est suspendu dans l'attente de la validation du budget 2025. Aucune décision n'a été prise concernant les candidatures, qui sont conservées.
Malheureusement, nous devons mettre le processus en pause : un gel des embauches vient d'être décidé au niveau du groupe. Ce n'est pas une réponse négative à ta candidature ; nous reviendrons vers toi dès la levée du gel.
Nous sommes au regret de vous informer que la procédure de sélection est temporairement suspendue en raison d'une réorganisation interne. Votre candidature reste valable et sera examinée dès la reprise de la procédure.
Les entretiens prévus la semaine prochaine sont reportés à une date ultérieure, le temps que la direction arbitre le budget du service. Votre place dans le processus est maintenue.
SUBJECT: Recrutement {role} – mise en attente || Nous préférons vous tenir informé(e) : le poste est gelé jusqu'à nouvel ordre, dans l'attente de la confirmation d'un financement. Nous ne pouvons pas vous donner de date, mais votre dossier n'a pas été écarté.
""",
        "ack_offre_republiee": """
L'offre de {role} a été republiée avec un profil élargi. Vous n'avez pas besoin de postuler à nouveau : les candidatures du premier appel sont conservées et seront étudiées avec les nouvelles.
Suite à une révision de la classification du poste, la date limite de dépôt des candidatures est reportée au 28 février. Votre candidature reste valable et sera évaluée au regard de la nouvelle fiche de poste.
Tu as peut-être reçu un message automatique indiquant « offre clôturée » : il s'agit d'une erreur de notre outil, l'annonce a été fermée puis rouverte. Ta candidature n'est pas refusée et reste entre les mains du manager.
Le concours a été rouvert afin d'élargir le bassin de candidatures. Les candidatures déjà reçues demeurent actives et seront considérées au même titre que les nouvelles.
""",
        "ack_liste_attente": """
À l'issue de la première phase, votre candidature a été placée sur liste d'attente. Aucune décision définitive n'a été prise : selon le déroulement des entretiens, nous pourrions vous recontacter. Nous vous informerons du résultat au plus tard le 10 juin.
Vous avez réussi l'épreuve de présélection et figurez dans la réserve de recrutement provisoire. Le classement définitif sera établi après l'épreuve orale ; aucune décision n'est prise à ce stade.
Nous souhaitons garder votre dossier en réserve le temps de finaliser les entretiens avec un premier groupe de candidats. Il ne s'agit pas d'un refus ; nous reviendrons vers vous quoi qu'il arrive.
Ta candidature pour la promotion de septembre est sur liste complémentaire. Les places se libèrent au fil des désistements, on ne peut donc pas encore te dire si tu seras pris(e). Réponse définitive fin juillet.
""",
        "ack_pieces_manquantes": """
Votre dossier est incomplet : il manque la lettre de motivation et la copie de votre diplôme. Merci de nous les transmettre avant vendredi afin que votre candidature puisse être étudiée.
Malheureusement, le fichier de votre CV est illisible. Pourriez-vous nous le renvoyer au format PDF ? Votre candidature reste ouverte en attendant.
Afin de poursuivre l'examen de votre candidature, nous vous prions de nous faire parvenir vos certificats de travail ainsi que votre permis de séjour. Nous ne pourrons malheureusement pas poursuivre sans ces documents.
Nous ne sommes pas en mesure d'étudier ta candidature tant que le questionnaire en ligne n'est pas complété. Il te faudra une dizaine de minutes ; le lien reste actif sept jours.
Votre dossier de candidature ne comporte pas l'extrait de casier judiciaire demandé dans l'avis de recrutement. Nous vous invitons à le déposer à la Direction des ressources humaines avant la date de clôture, faute de quoi le dossier ne pourra être examiné.
""",
        "ack_aucune_decision": """
Suite à votre relance : aucune décision n'a encore été prise pour le poste de {role}. Le jury a terminé les entretiens et se réunira lundi. Je suis désolée de ne pas pouvoir vous en dire plus.
Le statut « Non retenu – en attente » visible sur le portail est une étiquette technique pour les dossiers en attente de la revue finale. Cela ne signifie pas que votre candidature a été refusée.
Pas encore de décision, désolé ! La directrice doit rencontrer deux autres candidats cette semaine, et on compare tout le monde ensuite. Tu es toujours dans le processus.
Nous comprenons votre impatience. Malheureusement, la décision finale appartient au comité de direction, qui ne se réunira qu'en fin de mois. Votre candidature fait toujours partie de celles à l'étude.
""",
        "ack_responsable_absent": """
La responsable du recrutement est absente pour quelques semaines, ce qui retarde malheureusement l'étude des candidatures. Votre dossier est en sécurité et n'a fait l'objet d'aucune décision.
Nous sommes désolés : la présidente du jury étant en congé maladie, les délibérations sont reportées. Nous communiquerons le nouveau calendrier à tous les candidats.
Le gestionnaire responsable du poste est en vacances jusqu'au 19 août. L'analyse des candidatures reprendra à son retour; aucune décision n'a été rendue.
""",
        "ack_transfert_autre_offre": """
L'équipe a estimé que votre profil correspondait mieux à notre poste de {role} à Lausanne ; nous avons donc transféré votre candidature vers cette offre, où elle est en cours d'étude. Vous n'avez rien à faire.
Votre candidature a été rattachée à une nouvelle référence d'offre à la suite de la fusion de deux postes. Elle reste en cours d'examen par l'équipe de recrutement.
""",
        "ack_evaluation_en_cours": """
Merci d'avoir passé les tests en ligne. Nous attendons que tous les candidats aient terminé les leurs avant d'analyser les résultats ; nous reviendrons vers vous sous quinze jours.
La correction de l'étude de cas prend un peu plus de temps que prévu, deux membres du jury devant encore la noter. Aucun candidat n'a été retenu ni écarté pour le moment.
""",
        "rej_pas_de_suite": """
Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.
Nous avons bien étudié ta candidature pour le poste de {role} et nous n'allons malheureusement pas y donner suite.
Votre parcours est intéressant, mais nous ne donnerons pas une suite favorable à votre candidature pour ce poste.
Nous avons le regret de vous faire savoir que nous ne pouvons réserver une suite favorable à votre candidature.
Nous avons pris le temps de relire votre dossier avec l'équipe, notamment votre expérience en gestion de stocks, qui nous a beaucoup intéressés. Pour ce recrutement, nous ne donnerons toutefois pas suite.
SUBJECT: Votre candidature chez {company} || Je reviens vers vous concernant le poste de {role} : nous avons décidé de ne pas donner suite à votre candidature.
""",
        "rej_non_retenue": """
Nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue.
Votre candidature au poste de {role} n'a malheureusement pas été retenue à l'issue de la présélection.
Après examen approfondi de votre dossier, nous devons malheureusement vous informer que votre candidature n'a pas été retenue pour la suite du processus.
Ta candidature n'a pas été retenue cette fois-ci, mais ton profil nous a plu et on garde tes coordonnées pour de prochaines opportunités.
Nous vous informons que votre candidature n'a pas été retenue pour la prochaine étape du processus de sélection.
À la suite de l'examen des dossiers par la commission de recrutement, nous avons le regret de vous informer que votre candidature n'a pas été retenue. La liste des candidats admis à l'épreuve écrite est affichée au siège de la société.
""",
        "rej_autres_profils": """
Nous avons privilégié d'autres profils, plus proches des besoins actuels de l'équipe.
Nous avons reçu de nombreuses candidatures de qualité et avons choisi de privilégier des profils disposant d'une expérience significative dans le secteur bancaire.
Pour ce poste, nous avons fait le choix de candidats ayant déjà managé une équipe de plus de dix personnes.
On a finalement retenu des profils plus orientés terrain, avec une vraie expérience de la logistique du froid. Désolé que ce ne soit pas une meilleure nouvelle.
Notre choix s'est porté sur des candidatures dont le parcours correspond plus étroitement aux exigences du poste.
""",
        "rej_poste_pourvu": """
Le poste de {role} a été pourvu. Nous clôturons donc l'ensemble des candidatures en cours.
Nous tenions à vous informer que le poste a été pourvu en interne.
Le poste a été comblé. Nous conserverons votre candidature dans notre banque de candidatures pour une période de six mois.
Je préfère te prévenir rapidement : on a recruté quelqu'un la semaine dernière, le poste est donc pourvu.
Le recrutement est désormais clos, le poste ayant été pourvu par un candidat dont le profil correspondait davantage à nos attentes.
""",
        "rej_pas_en_mesure_de_poursuivre": """
Nous ne sommes malheureusement pas en mesure de poursuivre le processus avec vous.
Après réflexion, nous ne sommes pas en mesure de vous proposer de poursuivre le recrutement pour le poste de {role}.
Nous ne sommes pas en mesure de vous proposer un deuxième entretien et mettons ainsi un terme à la procédure vous concernant.
Nous avons bien reçu tes documents complémentaires. Malgré tout, nous ne sommes pas en mesure d'avancer avec ta candidature sur ce poste.
""",
        "rej_apres_entretien": """
Merci pour l'entretien de mardi, que nous avons beaucoup apprécié. Après délibération, nous avons décidé de proposer le poste à un autre candidat.
Je sors du débrief avec l'équipe et je suis désolée de te dire qu'on ne va pas continuer avec toi pour le poste de {role}. L'écart s'est joué sur l'expérience client B2B.
Vous faisiez partie des deux derniers candidats. Notre choix s'est finalement porté sur l'autre finaliste, qui a accepté notre proposition.
À l'issue des entretiens, le jury a délibéré et sa décision ne vous est malheureusement pas favorable.
Suite à votre entretien du 12 mars, nous avons le regret de vous informer que nous ne poursuivrons pas la procédure avec vous. Nous avons apprécié la qualité de nos échanges.
Nous vous remercions du temps consacré à nos échanges, qui ont été riches. Nous avons beaucoup hésité, et nous savons que cette réponse sera décevante après trois entretiens : nous ne vous proposerons pas le poste.
""",
        "rej_apres_test": """
Nous avons corrigé le test technique. Malheureusement, votre résultat ne vous permet pas de poursuivre le processus de recrutement.
Ton cas pratique a été relu par deux personnes de l'équipe. La solution fonctionne, mais il manque la partie tests et la structure est trop éloignée de nos standards : on s'arrête donc là.
Au vu des résultats des tests de personnalité et de raisonnement, nous ne pouvons pas retenir votre candidature.
Les résultats du concours de recrutement ont été proclamés. Nous avons le regret de vous informer que vous ne figurez pas sur la liste des candidats admis.
""",
        "rej_cabinet_client": """
J'ai eu le retour de mon client : il a décidé de ne pas poursuivre avec votre candidature, car il recherche un profil ayant une expérience des normes comptables de l'assurance.
Malheureusement, le client a choisi de ne pas aller plus loin. Il a apprécié ton échange avec le DAF, mais il part sur un candidat disponible immédiatement.
Notre client a fait le choix d'un candidat interne et ne rencontrera pas de candidats externes pour ce poste. Je suis désolé, je sais que vous teniez à cette opportunité.
À la suite de votre second entretien, notre client nous a indiqué qu'il ne vous ferait pas d'offre. Il a néanmoins salué la clarté de votre présentation.
""",
        "rej_poste_annule": """
Malheureusement, le poste de {role} a été supprimé dans le cadre d'une réorganisation et ne sera pas pourvu. L'ensemble des candidatures est clôturé.
Nous sommes au regret de vous informer que ce recrutement est annulé, faute de financement.
Le processus de dotation a été annulé. Votre candidature ne sera donc pas considérée davantage.
La direction a finalement décidé de ne pas ouvrir ce poste cette année. Nous mettons donc fin à la procédure pour tous les candidats.
""",
        "rej_decision_en_fin": """
Nous avons lu chaque candidature avec attention, ce qui explique le délai de notre réponse. Votre dossier était clair et bien construit, et nous avons apprécié les exemples tirés de votre expérience associative. La sélection s'est toutefois faite sur des profils ayant déjà piloté un projet de cette ampleur, et nous ne vous convierons donc pas à un entretien.
Merci pour ta patience ces dernières semaines. On a reçu énormément de candidatures et eu de très bons échanges, dont le tien. Ton parcours dans l'humanitaire nous a vraiment touchés. Après beaucoup de discussions, on a décidé de ne pas retenir ta candidature.
Votre dossier a été examiné par la commission paritaire lors de sa séance du 4 novembre. Celle-ci a pris note de votre motivation et de votre expérience dans le secteur de la microfinance. Au terme de ses travaux, la commission n'a pas retenu votre candidature.
""",
        "rej_statut_cloture": """
Le statut de votre candidature pour le poste de {role} est désormais : Clôturée – non retenue.
Ceci est un message automatique : votre candidature a été clôturée. L'équipe de recrutement a décidé de ne pas poursuivre.
Après vérification, votre candidature n'a pas été jugée recevable, le diplôme requis pour ce niveau n'ayant pas été fourni dans les délais.
""",
        "oth_cold": """
Je me permets de vous contacter au sujet d'un poste de {role} en CDI à Nantes, pour le compte d'un de nos clients dans l'agroalimentaire. Toutes mes excuses si ce n'est pas le bon moment ou si cela ne correspond pas à vos attentes.
Désolée de te déranger : je recrute pour une scale-up lyonnaise et ton profil m'a tapé dans l'œil. Si ce n'est pas pour toi, aucun souci, tu peux ignorer ce message.
Je suis conseillère en acquisition de talents et j'accompagne un client à Montréal qui recherche un(e) {role}. Pardon si le moment est mal choisi; seriez-vous disponible pour un court appel?
Nous sommes un cabinet spécialisé dans l'horlogerie et la microtechnique. Veuillez excuser cette prise de contact non sollicitée ; nous aimerions vous présenter deux postes à Neuchâtel.
""",
        "oth_newsletter": """
Au sommaire ce mois-ci : pourquoi un refus n'est jamais personnel, comment demander un retour utile après un entretien, et trois exercices pour rebondir après un « non ».
La lettre de l'emploi cadre : « Malheureusement… » – décrypter les mails de refus, comprendre ce que cache un processus gelé et garder le moral pendant une recherche longue.
Replay disponible : notre webinaire « Rebondir après un refus » avec deux recruteuses et une coach. Vous y découvrirez ce qui se passe vraiment du côté des recruteurs.
Cette semaine dans notre lettre : le marché de l'emploi à Abidjan et à Dakar, les secteurs qui recrutent, et le témoignage de trois lecteurs qui ont décroché un poste après de nombreux refus.
""",
        "oth_alert": """
8 nouvelles offres correspondent à votre alerte « {role} » : {role} H/F – CDI – Lille ; {role} junior – Bordeaux ; Chef de projet – télétravail partiel.
Aucune nouvelle offre ne correspond à vos critères cette semaine. Désolés ! Essayez d'élargir la zone géographique ou d'ajouter des intitulés proches.
Nouvelle offre chez {company} : {role} (publiée il y a 2 jours). Malheureusement, une des offres que vous aviez sauvegardées a expiré.
""",
        "oth_enquete_candidat": """
Vous avez récemment participé à un processus de recrutement chez {company}. Quelle qu'en soit l'issue, votre avis nous intéresse : le questionnaire prend trois minutes et reste anonyme.
Ton processus de recrutement est terminé, et on aimerait savoir comment tu l'as vécu, y compris ce qu'on aurait pu mieux faire. Cinq questions, promis.
Dernier rappel, désolés de vous solliciter à nouveau : notre enquête sur l'expérience candidat se clôture vendredi.
""",
        "oth_desistement_confirme": """
Comme demandé, nous avons retiré votre candidature au poste de {role}. Nous regrettons votre départ du processus et vous souhaitons pleine réussite dans vos nouvelles fonctions.
""",
        "inv_excuses_report": """
Toutes nos excuses pour ce changement de dernière minute : malheureusement, la manager est souffrante. Pourrions-nous décaler votre entretien à jeudi 14 h ou vendredi 10 h ?
Désolée pour l'attente ! La bonne nouvelle, c'est que l'équipe aimerait te rencontrer : est-ce que tu serais dispo pour un appel en visio de 45 minutes la semaine prochaine ?
""",
        "off_excuses_delai": """
Veuillez nous excuser pour ce délai, les validations internes ont pris plus de temps que prévu. Nous avons le plaisir de vous proposer le poste de {role}, avec une prise de fonction au 1er octobre. Vous trouverez la promesse d'embauche en pièce jointe.
""",
    },
    "de": {
        "ack_verzoegerung": """
Bitte entschuldigen Sie die späte Rückmeldung. Ihre Bewerbung als {role} ist bei uns eingegangen und befindet sich weiterhin in Prüfung; eine Entscheidung ist noch nicht gefallen.
Sorry, dass es so lange dauert! Wir haben deutlich mehr Bewerbungen bekommen als gedacht. Deine Unterlagen sind noch im Rennen, ich melde mich spätestens Ende nächster Woche.
Leider können wir Ihnen noch keinen Zwischenstand mitteilen. Das Auswahlgremium tagt erst am Donnerstag; Ihre Bewerbung gehört zu denen, die dort besprochen werden.
SUBJECT: Zwischenstand zu Ihrer Bewerbung || Wir bedauern, dass sich das Verfahren verzögert. Aufgrund der Urlaubszeit verschiebt sich die Vorauswahl um etwa zwei Wochen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.
""",
        "ack_keine_einzelantwort": """
Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten. Mit dieser automatischen Nachricht bestätigen wir den Eingang Ihrer Unterlagen für die Position {role}.
Bitte haben Sie Verständnis dafür, dass wir in dieser Phase keine individuellen Rückmeldungen geben können. Ihre Bewerbung ist vollständig und wurde an die Fachabteilung weitergeleitet.
Sollten Sie innerhalb von vier Wochen nach Ende der Bewerbungsfrist nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich. Ihre Unterlagen sind vollständig bei uns eingegangen und werden jetzt gesichtet.
Wir bestätigen den Eingang Ihres Bewerbungsdossiers. Bitte beachten Sie, dass wir nur Bewerbende kontaktieren, deren Profil unseren Anforderungen entspricht; alle Dossiers werden sorgfältig geprüft.
""",
        "ack_pausiert": """
Das Besetzungsverfahren für die Stelle {role} ist bis zur Freigabe des Budgets für 2025 ausgesetzt. Über die eingegangenen Bewerbungen wurde noch nicht entschieden; Ihre Unterlagen bleiben im Verfahren.
Leider müssen wir den Prozess vorerst pausieren, da konzernweit ein Einstellungsstopp gilt. Das ist keine Absage: Wir melden uns bei allen Kandidat:innen, sobald es weitergeht.
Die für nächste Woche geplanten Gespräche müssen wir leider verschieben, da die Abteilung neu aufgestellt wird. Ihr Platz im Verfahren bleibt erhalten.
Die Ausschreibung wurde aufgrund einer Neubewertung der Stelle vorübergehend zurückgezogen und wird in Kürze mit angepasster Einstufung neu veröffentlicht. Bereits eingelangte Bewerbungen werden berücksichtigt, eine erneute Bewerbung ist nicht nötig.
""",
        "ack_nachrueckerliste": """
Sie wurden nach der ersten Auswahlrunde in unseren Nachrückerpool aufgenommen. Eine endgültige Entscheidung steht noch aus; je nach Verlauf der Gespräche kommen wir auf Sie zu.
Deine Bewerbung steht aktuell auf der Warteliste für den Ausbildungsstart im September. Ob ein Platz frei wird, wissen wir erst Ende Juli, dann hörst du auf jeden Fall von uns.
""",
        "ack_unterlagen_fehlen": """
Leider ist Ihre Bewerbung noch unvollständig: Es fehlen die Arbeitszeugnisse und der Nachweis Ihres Abschlusses. Bitte reichen Sie diese bis Freitag nach, damit wir Ihre Bewerbung prüfen können.
Die angehängte Datei lässt sich bei uns leider nicht öffnen. Könnten Sie Ihren Lebenslauf noch einmal als PDF schicken? Ihre Bewerbung bleibt so lange offen.
Ohne den ausgefüllten Online-Fragebogen können wir deine Bewerbung leider nicht weiter bearbeiten. Er dauert etwa zehn Minuten, der Link ist sieben Tage gültig.
""",
        "ack_keine_entscheidung": """
Zu Ihrer Nachfrage: Eine Entscheidung ist noch nicht getroffen. Die letzten Gespräche finden diese Woche statt, danach informieren wir alle Bewerbenden.
Der Status „Abgelehnt – vorläufig“ im Portal ist leider irreführend: Er kennzeichnet Bewerbungen, die auf die finale Prüfung warten. Über Ihre Bewerbung ist noch nicht entschieden.
Ihre Bewerbung ist nicht abgelehnt. Wir holen gerade Referenzen für zwei Finalisten ein, Sie und eine weitere Person, und erst danach fällt die Entscheidung.
""",
        "ack_abwesenheit": """
Die zuständige Fachbereichsleiterin ist leider krankheitsbedingt längere Zeit abwesend, weshalb sich die Auswahl verzögert. Ihre Bewerbung bleibt im Verfahren; wir melden uns mit einem neuen Zeitplan.
Unser Teamleiter ist bis Ende August im Urlaub, daher kann die finale Runde erst im September stattfinden. Sorry für die Wartezeit, entschieden ist noch nichts!
""",
        "ack_weitergeleitet": """
Das Fachteam sieht Ihr Profil eher bei unserer Stelle {role} in Hamburg und hat Ihre Bewerbung dorthin weitergeleitet. Sie wird dort geprüft; Sie müssen sich nicht neu bewerben.
""",
        "rej_nicht_weiter": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Wir haben uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen, und wünschen Ihnen für Ihre Suche alles Gute.
Nach sorgfältiger Prüfung Ihrer Unterlagen haben wir uns gegen Ihre Bewerbung entschieden. Diese Entscheidung ist uns angesichts Ihres interessanten Werdegangs nicht leichtgefallen.
Wir werden deine Bewerbung nicht weiter berücksichtigen. Ganz ehrlich: Es war knapp, und am Ende hat die Erfahrung mit Lieferantenverhandlungen den Ausschlag gegeben.
""",
        "rej_profil_passt_nicht": """
Ihr Profil passt derzeit leider nicht zu den Anforderungen der Stelle. Wir suchen jemanden mit mehrjähriger Erfahrung in der Einführung von ERP-Systemen.
Wir haben uns für Bewerberinnen und Bewerber entschieden, deren Erfahrung näher an den täglichen Aufgaben des Teams liegt.
Für diese Position haben wir Kandidat:innen mit fundierter Erfahrung im Krankenhausumfeld den Vorzug gegeben.
Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatur entschieden haben, die unserem Anforderungsprofil besser entspricht.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch am Dienstag. Nach Abwägung aller Eindrücke haben wir uns für eine andere Kandidatin entschieden.
Ich komme gerade aus der Abstimmung mit dem Team und muss dir leider sagen, dass wir nicht mit dir weitermachen. Ausschlaggebend war die Erfahrung mit Datenmodellierung.
Sie waren unter den letzten beiden Kandidaten. Am Ende haben wir der anderen Person das Angebot gemacht, und sie hat angenommen.
Die Auswahlkommission hat nach den Vorstellungsgesprächen entschieden; die Entscheidung ist leider nicht zu Ihren Gunsten ausgefallen.
""",
        "rej_nach_test": """
Wir haben die Ergebnisse des Online-Assessments ausgewertet. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Sie nicht zur nächsten Runde einladen können.
Deine Coding-Challenge haben sich zwei Entwickler angeschaut. Die Lösung läuft, aber Struktur und Tests entsprechen nicht dem, was wir brauchen, deshalb machen wir an dieser Stelle nicht weiter.
""",
        "rej_oeffentlicher_dienst": """
Im Rahmen der Vorauswahl wurden alle Bewerbungen anhand der in der Ausschreibung genannten Kriterien bewertet. Ihre Bewerbung konnte leider nicht berücksichtigt werden, da andere Bewerbende die Anforderungen in höherem Maße erfüllen.
Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Stelle anderweitig besetzt wurde. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet.
Sie wurden nicht in den engeren Kreis der Bewerbenden aufgenommen, da Ihre Bewerbung das Merkmal „mehrjährige Führungserfahrung“ nicht ausreichend belegt.
""",
        "rej_agentur_kunde": """
Ich habe Rückmeldung von unserem Kunden bekommen: Er hat sich leider entschieden, nicht mit Ihrer Kandidatur fortzufahren. Gerne halte ich Sie über passende Projekte auf dem Laufenden.
Kurzes Update: Der Kunde hat sich für einen internen Kandidaten entschieden und führt keine externen Gespräche mehr. Tut mir leid, ich weiß, du hattest dich darauf gefreut.
""",
        "rej_besetzt_gestrichen": """
Die Stelle {role} ist inzwischen besetzt. Wir schließen daher alle offenen Bewerbungen.
Leider wurde die Stelle im Zuge einer Umstrukturierung gestrichen und wird nicht besetzt. Ihre Bewerbung ist damit gegenstandslos.
SUBJECT: Status Ihrer Bewerbung || Der Status Ihrer Bewerbung hat sich geändert: Nicht berücksichtigt.
""",
        "rej_entscheidung_am_ende": """
Wir haben jede Bewerbung persönlich gelesen, deshalb hat es etwas gedauert. Ihre Unterlagen waren klar und überzeugend, besonders Ihr Projekt in der Lagerplanung. Die engere Wahl besteht allerdings aus Personen, die bereits ein Team dieser Größe geführt haben, und zu einem Gespräch laden wir Sie daher nicht ein.
Danke für deine Geduld in den letzten Wochen. Wir haben uns für alle Bewerbungen viel Zeit genommen, und deine hat uns wirklich Freude gemacht. Nach langer Diskussion haben wir uns aber für jemand anderen entschieden.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und rekrutiere aktuell für einen Mittelständler in Stuttgart eine Position als {role}. Entschuldigen Sie die direkte Ansprache; falls es nicht passt, ignorieren Sie diese Nachricht einfach.
Sorry für die Kaltakquise! Ich suche für ein Berliner Start-up jemanden mit deinem Hintergrund. Wenn's nicht passt, kein Problem, vielleicht kennst du ja jemanden?
""",
        "oth_newsletter": """
In dieser Ausgabe: Warum Absagen fast nie persönlich gemeint sind, wie Sie nach einem Vorstellungsgespräch um Feedback bitten und wie Sie nach dem zehnten „leider“ motiviert bleiben.
Karrierebrief Juni: „Ihre Bewerbung ist noch in Prüfung“ – was Zwischenbescheide wirklich bedeuten und warum ein pausiertes Verfahren keine Absage ist.
""",
        "oth_alert": """
6 neue Jobs passend zu Ihrem Suchauftrag „{role}“: {role} in München, {role} in Teilzeit in Köln, Junior {role} remote.
Leider gibt es diese Woche keine neuen Stellen zu Ihrem Suchauftrag. Tipp: Erweitern Sie den Umkreis oder fügen Sie verwandte Berufsbezeichnungen hinzu.
""",
        "oth_umfrage": """
Sie haben kürzlich an einem Auswahlverfahren bei {company} teilgenommen. Unabhängig vom Ergebnis interessiert uns Ihre Meinung: Die Umfrage dauert drei Minuten und ist anonym.
Entschuldigen Sie die erneute Nachricht: Dies ist die letzte Erinnerung an unsere kurze Umfrage zur Candidate Experience.
""",
        "inv_entschuldigung_verschoben": """
Entschuldigen Sie die kurzfristige Änderung: Leider ist unsere Interviewerin erkrankt. Könnten wir Ihr Gespräch auf Donnerstag, 14 Uhr, verschieben?
""",
        "off_entschuldigung_verzoegert": """
Sorry, dass es länger gedauert hat, die Freigaben haben sich gezogen. Umso mehr freue ich mich, dir die Stelle als {role} anbieten zu können. Den Vertrag schicke ich dir morgen.
""",
    },
    "es": {
        "ack_demora": """
Lamentamos la demora en responder. Tu candidatura para el puesto de {role} sigue en revisión y todavía no se ha tomado ninguna decisión.
Disculpe el retraso. El proceso de selección se ha alargado más de lo previsto por el elevado número de candidaturas; su solicitud sigue siendo considerada.
Perdón por el silencio, de verdad. Aún no tenemos novedades: el comité se reúne el jueves y tu perfil es uno de los que van a revisar.
Una disculpa por no haberle contactado antes. Seguimos evaluando postulaciones para la vacante de {role}; su postulación permanece activa y le informaremos en cuanto haya una resolución.
""",
        "ack_volumen": """
Debido al gran volumen de candidaturas, lamentablemente no podemos responder de forma personalizada a cada persona. Este mensaje automático confirma que hemos recibido su candidatura.
Por el elevado número de solicitudes, no nos es posible ofrecer retroalimentación individual en esta fase. Su postulación está completa y ha sido enviada al área solicitante.
Hemos recibido tu candidatura. Si no tienes noticias nuestras en un plazo de cuatro semanas, considera que tu candidatura no ha sido seleccionada en esta ocasión.
Confirmamos la recepción de su postulación. Solo se contactará a los postulantes que avancen a la siguiente etapa del proceso.
""",
        "ack_pausa_presupuesto": """
El proceso de selección para {role} queda en pausa hasta que se apruebe el presupuesto del próximo año. No se ha tomado ninguna decisión sobre las candidaturas, que se conservan.
Lamentablemente hemos tenido que congelar las contrataciones a nivel de grupo. Esto no es un rechazo: te escribiremos en cuanto se reactive el proceso.
Le informamos que la convocatoria se encuentra suspendida temporalmente por ajustes en la planta de personal. Su hoja de vida sigue vigente dentro del proceso.
La oferta de {role} se ha vuelto a publicar con un perfil más amplio. No hace falta que vuelvas a inscribirte: mantenemos todas las candidaturas recibidas en la primera convocatoria.
""",
        "ack_bolsa_reserva": """
Tras la primera fase, su candidatura ha quedado en la bolsa de reserva. Todavía no hay una decisión definitiva; según cómo avancen las entrevistas, podríamos volver a contactarle.
Ha superado la fase de baremación y figura en la lista provisional. La lista definitiva se publicará una vez resueltas las alegaciones; en este momento no hay resolución.
""",
        "ack_documentacion": """
Lamentablemente su candidatura está incompleta: falta la carta de presentación. Por favor, envíela antes del viernes para que podamos valorarla.
No hemos podido abrir el archivo de tu CV. ¿Nos lo puedes reenviar en PDF? Tu candidatura sigue abierta mientras tanto.
Para continuar con tu postulación necesitamos que completes el cuestionario en línea. Sin él no podemos avanzar, pero no te preocupes: tenés siete días.
""",
        "ack_sin_decision": """
En respuesta a su consulta: aún no se ha tomado una decisión sobre el puesto de {role}. El comité terminó las entrevistas esta semana y se reunirá el lunes.
El estado «No seleccionado – pendiente» que aparece en el portal es una etiqueta del sistema para las candidaturas en revisión final. No significa que se haya rechazado su candidatura.
La responsable de contratación está de baja esta semana, así que lamentablemente la decisión final se retrasa. Tu candidatura sigue en consideración.
""",
        "ack_otra_vacante": """
El equipo considera que tu perfil encaja mejor en nuestra vacante de {role} en Valencia, así que hemos trasladado tu candidatura allí, donde está en revisión. No tienes que hacer nada.
""",
        "ack_evaluacion_pendiente": """
Gracias por completar la prueba en línea. Estamos esperando a que todos los candidatos terminen la suya antes de revisar resultados; te escribiremos en dos semanas.
La corrección del caso práctico se ha retrasado porque dos evaluadores aún deben puntuarlo. Por ahora no se ha descartado ni avanzado a ningún candidato.
""",
        "rej_no_continuamos": """
Tras revisar su candidatura, hemos decidido no continuar con ella en este proceso.
Lamentamos comunicarte que no seguiremos adelante con tu candidatura para el puesto de {role}.
Le informamos que su perfil no fue seleccionado para continuar en el proceso de la vacante de {role}. Agradecemos el tiempo dedicado a su postulación.
En esta ocasión no vamos a avanzar con tu candidatura. Fue una decisión difícil entre muy pocas personas.
""",
        "rej_perfil": """
Su perfil no encaja con lo que necesitamos en este momento: buscamos experiencia práctica en migraciones a la nube.
Hemos optado por continuar con candidatos cuya experiencia se ajusta más al día a día del equipo.
Tras valorar todas las candidaturas, hemos priorizado perfiles con experiencia previa en banca minorista.
Analizamos tu CV con el equipo y, aunque tenés una trayectoria muy interesante, no coincide con lo que buscamos para esta posición.
""",
        "rej_tras_entrevista": """
Gracias por la entrevista del martes. Después de valorar a todos los candidatos, hemos decidido ofrecer el puesto a otra persona.
Acabo de salir de la reunión con el equipo y, lamentablemente, no vamos a seguir contigo. Lo que inclinó la balanza fue la experiencia en gestión de clientes B2B.
Estuviste entre los dos finalistas. Al final hicimos la oferta a la otra persona, que la ha aceptado.
El comité de selección ha tomado su decisión y, lamentablemente, no le es favorable.
Junto con agradecer su participación en las entrevistas, le comunicamos que no ha sido seleccionado para el cargo.
""",
        "rej_prueba": """
Hemos corregido la prueba técnica. Lamentablemente, su resultado no alcanza el nivel necesario para continuar en el proceso.
Revisamos tu prueba de código con calma: funciona, pero le faltan tests y la estructura no es la que necesitamos, así que lo dejamos aquí.
""",
        "rej_cubierto_cancelado": """
El puesto de {role} ya ha sido cubierto, por lo que cerramos todas las candidaturas abiertas.
Le informamos que la vacante fue cubierta internamente.
Lamentablemente, la posición ha sido cancelada tras una reestructuración y no se cubrirá.
SUBJECT: Actualización de tu candidatura || El estado de tu candidatura ha cambiado a: Descartada.
""",
        "rej_agencia_cliente": """
He recibido la respuesta de mi cliente y, lamentablemente, ha decidido no avanzar con su candidatura.
El cliente se ha decantado por un candidato con disponibilidad inmediata, así que no seguirá con tu proceso. Lo siento mucho.
""",
        "rej_sector_publico": """
Una vez valoradas las solicitudes conforme a los criterios de la convocatoria, su candidatura no ha sido seleccionada para la fase de entrevista.
Una vez verificados los requisitos mínimos, su inscripción figura como NO ADMITIDA por no acreditar la experiencia profesional relacionada exigida.
""",
        "rej_decision_al_final": """
Hemos leído cada candidatura personalmente, por eso hemos tardado. Su carta era clara y nos gustaron los ejemplos de su etapa en la fundación. Sin embargo, la preselección se ha hecho con personas que ya han gestionado proyectos de este tamaño, así que no le invitaremos a entrevista.
Gracias por tu paciencia estas semanas. Hemos tenido muchísimas candidaturas y conversaciones muy buenas, incluida la tuya. Después de mucho debate, hemos decidido no seguir adelante con tu candidatura.
""",
        "oth_cold": """
Disculpa si este mensaje no encaja contigo: estoy buscando un/a {role} para una fintech en Madrid y tu experiencia me llamó la atención. ¿Te interesaría hablarlo?
Perdón por el mensaje sin previo aviso. Somos una consultora de reclutamiento especializada en manufactura y tenemos dos vacantes en Querétaro que podrían interesarle.
""",
        "oth_newsletter": """
En este número: por qué un «no» casi nunca es personal, cómo pedir retroalimentación útil tras una entrevista y tres ideas para recuperar el ánimo después de un rechazo.
Boletín de empleo: descifrando los correos de «lamentablemente», qué significa un proceso congelado y cómo mantener la motivación en una búsqueda larga.
""",
        "oth_alert": """
5 nuevas ofertas coinciden con tu alerta «{role}»: {role} en Madrid, {role} en remoto, {role} junior en Sevilla.
Lo sentimos, esta semana no hay nuevas ofertas para tu búsqueda. Prueba a ampliar la ubicación o a añadir puestos similares.
""",
        "oth_encuesta": """
Recientemente participaste en un proceso de selección con {company}. Sea cual sea el resultado, nos gustaría conocer tu experiencia en una encuesta de tres minutos.
""",
        "inv_disculpas_cambio": """
Disculpa el cambio de última hora: lamentablemente la entrevistadora está enferma. ¿Podríamos mover tu entrevista al jueves a las 16:00?
""",
        "off_disculpas_demora": """
Perdona la demora, las aprobaciones internas tardaron más de lo previsto. Nos alegra ofrecerte el puesto de {role}, con incorporación el 1 de octubre. Adjuntamos la carta de oferta.
""",
    },
    "pt": {
        "ack_atraso": """
Pedimos desculpa pela demora na resposta. A sua candidatura para {role} continua em análise e ainda não foi tomada nenhuma decisão.
Desculpe a demora! Recebemos muito mais currículos do que esperávamos. Sua candidatura segue no processo e devo dar um retorno até o fim do mês.
Infelizmente ainda não temos novidades. O comitê se reúne na quinta-feira e o seu perfil está entre os que serão avaliados.
SUBJECT: Atualização do processo – {role} || Lamentamos o atraso. Por causa das férias da equipa, a triagem foi adiada cerca de duas semanas. A sua candidatura mantém-se ativa.
""",
        "ack_volume": """
Devido ao grande volume de candidaturas, infelizmente não conseguimos responder individualmente a cada pessoa. Esta mensagem automática confirma a receção da sua candidatura.
Por causa do alto número de inscrições, não conseguimos dar feedback individual nesta etapa. Sua candidatura está completa e foi encaminhada para a área responsável.
Recebemos a sua candidatura. Caso não receba notícias nossas no prazo de quatro semanas, considere que a sua candidatura não foi selecionada desta vez.
Nem todos os candidatos serão contactados. Apenas quem avançar para a próxima fase receberá um e-mail da nossa equipa; a sua candidatura já se encontra em análise.
""",
        "ack_pausa": """
O processo seletivo para {role} está pausado até a aprovação do orçamento do próximo ano. Nenhuma decisão foi tomada e as candidaturas continuam guardadas.
Infelizmente tivemos que congelar as contratações em todo o grupo. Isso não é uma recusa: vamos te avisar assim que o processo for retomado.
A vaga de {role} foi reaberta com um perfil mais amplo. Não é preciso se candidatar de novo: mantivemos todas as candidaturas da primeira fase.
As entrevistas previstas para a próxima semana foram adiadas enquanto a equipa é reorganizada. O seu lugar no processo mantém-se.
""",
        "ack_lista_reserva": """
Após a primeira fase, a sua candidatura ficou na lista de reserva. Ainda não há decisão final; conforme as entrevistas avançarem, poderemos voltar a contactá-lo.
Você foi classificado(a) na lista provisória do processo seletivo. O resultado final será publicado após o período de recursos; por enquanto não há decisão.
""",
        "ack_documentos": """
Infelizmente a sua candidatura está incompleta: falta o certificado de habilitações. Envie-o até sexta-feira para que possamos avaliá-la.
Não conseguimos abrir o arquivo do seu currículo. Pode reenviá-lo em PDF? Sua candidatura continua aberta enquanto isso.
Para seguir com a sua candidatura, precisamos que você preencha o questionário on-line. Sem ele não conseguimos avançar, mas fique tranquilo: o link vale por sete dias.
""",
        "ack_sem_decisao": """
Em resposta ao seu contacto: ainda não foi tomada nenhuma decisão sobre a vaga de {role}. O júri terminou as entrevistas esta semana e reúne-se na segunda-feira.
O status «Não selecionado – pendente» que aparece no portal é só uma etiqueta do sistema para candidaturas em revisão final. Não significa que sua candidatura foi recusada.
A gestora responsável pela vaga está de licença, então infelizmente a decisão final vai atrasar. Sua candidatura segue em consideração.
Informamos que o processo de recrutamento se encontra na fase de validação dos resultados pelo Conselho de Administração. Até à conclusão desta fase, nenhuma decisão foi comunicada a qualquer candidato.
""",
        "ack_outra_vaga": """
A equipa achou que o seu perfil se adequa melhor à nossa vaga de {role} no Porto, por isso transferimos a sua candidatura para lá, onde está em análise. Não precisa de fazer nada.
""",
        "ack_avaliacao_pendente": """
Obrigado por fazer o teste on-line. Estamos esperando todos os candidatos terminarem antes de analisar os resultados; voltamos a falar em duas semanas.
A correção do estudo de caso atrasou porque dois avaliadores ainda precisam dar nota. Por enquanto nenhum candidato foi eliminado nem avançou.
""",
        "rej_nao_avancar": """
Após análise da sua candidatura, decidimos não avançar com ela neste processo.
Infelizmente não vamos seguir com a sua candidatura para a vaga de {role}.
Agradecemos seu interesse, mas seu perfil não foi selecionado para as próximas etapas do processo.
Desta vez não vamos avançar com a tua candidatura. Foi uma escolha difícil entre pouquíssimas pessoas.
""",
        "rej_perfil": """
O seu perfil não corresponde ao que precisamos neste momento: procuramos experiência prática em migrações para a cloud.
Optámos por continuar com candidatos cuja experiência está mais próxima do dia a dia da equipa.
Depois de avaliar todos os currículos, priorizamos perfis com experiência prévia no setor hospitalar.
Olhamos seu currículo com o time e, embora sua trajetória seja muito interessante, ela não bate com o que buscamos para essa posição.
""",
        "rej_pos_entrevista": """
Obrigada pela entrevista de terça-feira. Depois de avaliar todos os candidatos, decidimos oferecer a vaga a outra pessoa.
Acabei de sair da reunião com o time e, infelizmente, não vamos seguir com você. O que pesou foi a experiência com clientes B2B.
Você esteve entre os dois finalistas. No fim, fizemos a proposta à outra pessoa, que aceitou.
O júri de seleção tomou a sua decisão e, lamentavelmente, ela não lhe é favorável.
Na sequência das entrevistas realizadas, comunicamos que V. Exa. não foi selecionado(a) para o cargo de {role}.
""",
        "rej_teste": """
Corrigimos o teste técnico. Infelizmente, o seu resultado não atingiu o nível necessário para continuar no processo.
Olhamos seu desafio de código com calma: funciona, mas faltam testes e a estrutura não é a que precisamos, então vamos parar por aqui.
""",
        "rej_preenchida_cancelada": """
A vaga de {role} já foi preenchida, por isso estamos a encerrar todas as candidaturas abertas.
Informamos que a vaga foi preenchida internamente.
Infelizmente, a posição foi cancelada após uma reestruturação e não será preenchida.
SUBJECT: Atualização da sua candidatura || O status da sua candidatura mudou para: Encerrada.
""",
        "rej_agencia_cliente": """
Recebi o retorno do meu cliente e, infelizmente, ele decidiu não avançar com a sua candidatura.
O cliente optou por um candidato com disponibilidade imediata, por isso não vai seguir com o teu processo. Lamento muito.
""",
        "rej_setor_publico": """
Concluída a avaliação curricular, informamos que V. Exa. foi excluído(a) do procedimento concursal por não ter obtido a classificação mínima exigida.
Resultado da análise curricular: candidato(a) NÃO CLASSIFICADO(A). Pontuação abaixo do mínimo previsto no edital.
""",
        "rej_decisao_no_fim": """
Lemos cada candidatura pessoalmente, por isso demorámos. A sua carta era clara e gostámos dos exemplos do seu tempo na associação. No entanto, a pré-seleção foi feita com pessoas que já geriram projetos desta dimensão, e por isso não o vamos convidar para entrevista.
Obrigado pela paciência nessas semanas. Recebemos muitas candidaturas e tivemos ótimas conversas, inclusive com você. Depois de muita discussão, decidimos não seguir com a sua candidatura.
""",
        "oth_cold": """
Desculpe se esta mensagem não fizer sentido para você: estou recrutando um(a) {role} para uma fintech em São Paulo e sua experiência chamou minha atenção. Topa uma conversa rápida?
Peço desculpa pelo contacto não solicitado. Somos uma consultora de recrutamento em Lisboa e temos duas vagas que podem interessar-lhe.
""",
        "oth_newsletter": """
Nesta edição: por que um «não» quase nunca é pessoal, como pedir feedback útil depois de uma entrevista e três ideias para se reerguer após uma recusa.
Newsletter de carreira: o que significa de verdade «sua candidatura segue em análise» e por que um processo congelado não é uma recusa.
""",
        "oth_alert": """
4 novas vagas correspondem ao seu alerta «{role}»: {role} em São Paulo, {role} remoto, {role} júnior em Curitiba.
""",
        "oth_pesquisa": """
Você participou recentemente de um processo seletivo na {company}. Independentemente do resultado, queremos saber como foi sua experiência: são só três minutos.
""",
        "inv_desculpas_remarcar": """
Desculpe a mudança em cima da hora: infelizmente a entrevistadora ficou doente. Podemos passar a sua entrevista para quinta-feira às 15h?
""",
        "off_desculpas_demora": """
Pedimos desculpa pela demora, as aprovações internas levaram mais tempo do que o previsto. Temos o prazer de lhe oferecer a posição de {role}, com início a 1 de outubro.
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
            "{first},",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for your interest in {company} and for the time you put into your application.",
            "Thank you for your application and for your patience with our process.",
            "Many thanks for applying to join us.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with whatever comes next.",
            "We hope you'll keep an eye on our careers page and apply again in future.",
            "Thank you again, and all the best.",
        ],
        "marketing": [
            "At {company}, we believe good work starts with good people. Over the past year we've grown to more than 600 colleagues across four countries, and we've been named a top employer for flexible working.",
            "{company} helps hospitals, councils and charities make better decisions with their data. We're proud of our inclusive culture and our four-day working week pilot.",
            "Did you know? {company} plants a tree for every application we receive. This year that's over 12,000 trees.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender_first}",
            "Many thanks,\n{sender}\nRecruitment Team, {company}",
            "Warm regards,\nThe Talent Team at {company}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHR Services",
        ],
        "footer": [
            "This email was sent from an unmonitored address. Please do not reply.",
            "You are receiving this email because you applied for a role at {company}. To manage your candidate profile or delete your data, visit the careers portal.",
            "{company} is an equal opportunities employer. Confidentiality notice: this message is intended only for the addressee.",
            "Powered by HireLoop ATS. Unsubscribe from job alerts.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: update on your application",
            "Re: {role} application",
            "Application status – {role}",
            "Regarding your application",
            "{role} at {company}",
        ],
        "subject_inv": [
            "Interview – {role}",
            "Next steps with {company}",
            "Can we reschedule?",
            "Re: {role} – interview",
        ],
        "subject_off": ["Offer of employment – {role}", "Good news from {company}", "Your offer"],
        "subject_oth": [
            "A quick question",
            "Your weekly job alert",
            "How was your experience with {company}?",
            "This week in Career Compass",
            "Opportunity: {role}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Cher Alex,",
            "Bonjour,",
            "Bonjour Alex,",
            "Madame, Monsieur,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Un grand merci pour l'intérêt porté à {company}.",
            "Nous vous remercions pour votre candidature ainsi que pour votre patience.",
            "Merci de l'intérêt manifesté envers notre organisation.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation, et au plaisir de se recroiser !",
            "Nous vous souhaitons plein succès dans la suite de votre parcours professionnel.",
            "Nous vous invitons à consulter régulièrement nos offres et vous souhaitons bonne chance.",
        ],
        "marketing": [
            "Chez {company}, nous croyons que la performance passe par l'humain. Présents dans cinq pays, nous accompagnons chaque année plus de 2 000 entreprises dans leur transformation.",
            "{company} a été reconnue « employeur de choix » pour la troisième année consécutive. Télétravail, formation continue et engagement local font partie de notre ADN.",
            "Saviez-vous que {company} consacre 1 % de son chiffre d'affaires à des projets éducatifs en Afrique de l'Ouest ?",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nService Recrutement, {company}",
            "À bientôt,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Meilleures salutations,\n{sender}",
            "Salutations cordiales,\nL'équipe Talents de {company}",
        ],
        "footer": [
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément à la réglementation sur la protection des données, vous pouvez demander la suppression de vos données depuis votre espace candidat.",
            "{company} applique une politique d'égalité des chances. Ce courriel et ses pièces jointes sont confidentiels.",
            "Pour ne plus recevoir nos alertes, cliquez sur « Se désabonner ».",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – suite de votre candidature",
            "Re : candidature {role}",
            "Votre dossier de candidature",
            "Candidature – {role}",
        ],
        "subject_inv": [
            "Entretien – {role}",
            "Report de votre entretien",
            "Prochaine étape chez {company}",
        ],
        "subject_off": ["Proposition d'embauche – {role}", "Bonne nouvelle de {company}"],
        "subject_oth": [
            "Opportunité {role}",
            "Vos nouvelles offres d'emploi",
            "Votre avis compte",
            "La lettre emploi du mois",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte Damen und Herren,",
            "Hallo {first},",
            "Guten Tag Alex Rivera,",
            "Liebe:r {first},",
            "Grüezi Alex Rivera,",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.",
            "vielen Dank für die Bewerbung und das Interesse an unserem Team.",
            "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei uns.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Alles Gute für die weitere Suche!",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bei uns bewerben.",
        ],
        "marketing": [
            "{company} steht seit über 40 Jahren für verlässliche Logistik im Herzen Europas. Mit mehr als 1.800 Mitarbeitenden an 14 Standorten gestalten wir die Lieferketten von morgen.",
            "Bei {company} arbeiten wir an der Energiewende: Wind, Sonne und Speicher aus einer Hand. Flexible Arbeitszeiten und ein eigenes Weiterbildungsbudget gehören für uns dazu.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\nIhr Recruiting-Team von {company}",
            "Freundliche Grüsse\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company} · Sitz der Gesellschaft: Bremen · Registergericht Amtsgericht Bremen",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Re: Bewerbung {role}",
        ],
        "subject_inv": [
            "Terminänderung: Ihr Vorstellungsgespräch",
            "Einladung zum Gespräch – {role}",
        ],
        "subject_off": ["Vertragsangebot – {role}", "Gute Nachrichten von {company}"],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Ihre Meinung ist gefragt",
            "Karrierebrief",
            "Spannende Position als {role}",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first}:",
            "Hola, {first}",
            "Estimado Alex Rivera:",
            "Buenas tardes, {first}:",
        ],
        "thanks": [
            "Gracias por el interés en {company} y por la candidatura al puesto de {role}.",
            "Le agradecemos el interés mostrado en formar parte de {company}.",
            "Muchas gracias por la candidatura y por la paciencia durante el proceso.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda profesional.",
            "¡Mucha suerte en lo que venga!",
            "Esperamos volver a coincidir en futuros procesos.",
        ],
        "marketing": [
            "En {company} llevamos más de 30 años cuidando de lo que más importa a nuestros clientes. Hoy somos más de 2.500 profesionales en España y América Latina.",
            "{company} lleva alimentos de calidad a millones de hogares. Apostamos por el talento local, la igualdad y la formación continua.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Selección, {company}",
            "Saludos cordiales,\n{sender_first}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\nEquipo de Talento de {company}",
        ],
        "footer": [
            "Este mensaje se ha enviado desde una dirección que no acepta respuestas.",
            "De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión desde su área de candidato.",
            "{company} es una empresa comprometida con la igualdad de oportunidades.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Proceso de selección – {role}",
            "Re: postulación {role}",
            "Actualización sobre su candidatura",
        ],
        "subject_inv": ["Cambio de horario de tu entrevista", "Entrevista – {role}"],
        "subject_off": ["Oferta de empleo – {role}", "¡Buenas noticias de {company}!"],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Tu opinión nos importa",
            "Oportunidad: {role}",
            "Boletín de empleo",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) Alex Rivera,",
            "Oi, {first}!",
            "Exmo.(a) Senhor(a),",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura para {role}.",
            "Obrigado por se candidatar e pelo tempo dedicado ao processo.",
            "Muito obrigado pelo interesse em fazer parte do nosso time.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Boa sorte na sua jornada!",
            "Esperamos cruzar caminhos em uma próxima oportunidade.",
        ],
        "marketing": [
            "A {company} nasceu no interior de São Paulo e hoje atende mais de 3 mil clientes em todo o Brasil. Diversidade e aprendizado contínuo estão no centro da nossa cultura.",
            "Na {company}, acreditamos que as pessoas fazem a diferença. Somos uma cooperativa com mais de 50 anos de história e presença em Portugal e Angola.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Abraços,\n{sender_first}",
            "Um abraço,\nTime de Talentos {company}",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda.",
            "Os seus dados são tratados de acordo com a nossa política de privacidade para candidatos.",
            "{company} – empresa comprometida com a diversidade e a inclusão.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo – {role}",
            "Re: candidatura {role}",
            "Atualização da sua candidatura na {company}",
        ],
        "subject_inv": ["Remarcação da sua entrevista", "Entrevista – {role}"],
        "subject_off": ["Proposta de trabalho – {role}", "Boas notícias da {company}"],
        "subject_oth": [
            "Novas vagas para você",
            "Conte-nos sobre sua experiência",
            "Oportunidade: {role}",
            "Newsletter de carreira",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} role, as it has been about three weeks since the closing date. Is there any update you can share?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying to {company}. We've received your application and will be in touch once the team has reviewed it.\nBest,\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée il y a un mois. Auriez-vous des nouvelles ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nNous accusons réception de votre candidature et reviendrons vers vous après étude de votre dossier.\nCordialement,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex Rivera\n\n{header2}\nGuten Tag Alex Rivera,\nvielen Dank für Ihre Bewerbung bei {company}. Wir melden uns, sobald wir Ihre Unterlagen gesichtet haben.\nFreundliche Grüße\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería preguntar por el estado de mi candidatura para el puesto de {role}. ¿Hay alguna novedad?\nUn saludo,\nAlex Rivera\n\n{header2}\nHola, Alex:\nGracias por tu interés en {company}. Hemos recibido tu candidatura y te escribiremos cuando el equipo la haya revisado.\nSaludos,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para {role}.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá Alex,\nRecebemos a sua candidatura para a {company} e entraremos em contacto assim que a equipa a analisar.\nCumprimentos,\n{sender}\n",
}
