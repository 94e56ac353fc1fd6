# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 10 held-out part, written by an independent evaluator from general knowledge of job-search mail.

Languages: en, de, fr, es, pt. Every language has the same 24 family keys with 5 passages each
(120 passages per language, 600 passages in all; the generator wraps each passage twice).

Employers are invented and span logistics (DE), offshore energy (UK), a game studio, medtech (CH),
insurance (FR), engineering consultancy (Quebec), an agricultural co-operative (ES), a payments
start-up (Chile), a publisher (Mexico), textiles (PT) and digital health (BR). Senders mix named
recruiters, shared careers inboxes and invented ATS vendor domains.

Rejections, 12 families:
  rej_other_words        the decision without "unfortunately/regret" set phrases: not moving forward,
                         cannot be considered further, someone else chosen, no fit, did not work out,
                         decided to decline.
  rej_softener_one_line  a lone softener plus one decision sentence, nothing else.
  rej_role_gone          filled, filled internally, cancelled, on hold, hiring freeze / budget.
  rej_public_sector      civil-service notices: not referred, ineligible, not admissible, screened out,
                         no offer / appointment to be issued (US/UK/CA style, German Oeffentlicher Dienst,
                         French/Swiss/Belgian/Quebec public service, Spanish oposiciones, Latin American
                         concursos, Portuguese procedimento concursal, Brazilian concurso publico).
  rej_offer_word         "offer" words used negatively: offered to someone else, no offer will be made.
  rej_after_interview    after one or more interviews (one also offers a feedback call).
  rej_after_assessment   after online tests, case studies, trial days, assessment centres, coding tasks.
  rej_ats_status         ATS status lines; in some the only signal is a status word or the subject.
  rej_after_marketing    a paragraph of employer marketing, then the decision in the last sentence.
  rej_short_casual       very short, informal (du / tu / tuteo / voseo / "a gente").
  rej_talent_pool        talent-pool consolations, incl. one that asks Alex to reply "yes".
  rej_requirements       knock-out criteria: work permit, language, on-site location, certification,
                         salary expectations.

Hard negatives, 12 families:
  ack_received, ack_under_review, ack_delay (volume/delay notices with "unfortunately" or "regret"
  about the wait; one per language says "if you have not heard by <date>, assume you were not
  successful" and is still an acknowledgement);
  inv_interview (explicit), inv_no_word (call / video call / coffee / getting to know each other,
  no interview word), inv_apology_or_prior_no (opens with an apology, mentions an earlier refusal
  for another role, retracts an automated rejection sent in error, reschedules);
  off_conditional_verbal, off_paperwork;
  oth_alerts_content (job alerts, newsletters and blog posts about handling rejection that quote
  rejection phrases), oth_recruiter_cold (apologies if not a fit), oth_account_admin (password reset,
  e-mail verification, candidate survey, careers-evening invitation, inactive-account deletion),
  oth_reference_closed_withdrawal (Alex asked to act as a referee, a saved posting closed or filled
  that Alex never applied to, Alex's own withdrawal confirmed).

Registers and regional variants: German Sie and du with Bewerber*innen, Kandidat:innen,
Mitarbeiter/innen, Kolleg:innen; French from France, Belgium (assessment, endeans, Dutch
requirement), Switzerland (dossier returned, cantonal administration) and Quebec (entrevue, affichage,
banque de candidatures, tutoiement); Spanish from Spain (usted, oposiciones) and Latin America
(postulacion, vacante, platicar, voseo); Portuguese from Brazil (voce, vaga, banco de talentos,
dinamica de grupo) and Portugal (V. Exa., candidatura, equipa, pretérito "optámos").
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordlicht Logistik GmbH",
    "Harbourline Energy",
    "Lanternfish Games",
    "Alpenrand Medtech AG",
    "Maison Verlaine Assurances",
    "Boréal Génie-Conseil",
    "Cooperativa Valdeoro",
    "Pagoandino",
    "Editorial Meridiano",
    "Ribeira Têxtil",
    "Ipê Saúde Digital",
)

ROLES: tuple[str, ...] = (
    "Operations Analyst",
    "Project Coordinator",
    "Supply Chain Planner",
    "Customer Success Manager",
    "Junior Data Analyst",
    "Procurement Specialist",
    "Backend Developer",
    "Marketing Coordinator",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Raman", "priya.raman@{domain}"),
    ("Jonas Albrecht", "jonas.albrecht@{domain}"),
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Mariana Couto", "mariana.couto@{domain}"),
    ("Tomás Oliveira", "talentos@{domain}"),
    ("Talent Acquisition Team", "careers@{domain}"),
    ("Recruiting Team", "no-reply@mail.hirelantern.io"),
    ("Candidate Portal", "notifications@apply.talentoria-ats.com"),
    ("Bewerbermanagement", "noreply@bewerbung.kestrelhire.de"),
    ("Equipe de Recrutamento", "nao-responda@vagas.recrutaflow.com.br"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_other_words": """
After careful consideration, we have decided not to move forward with your application for the {role} position.
We've reviewed your background against what the team needs right now, and we won't be progressing your application to the next stage.
Your application for {role} cannot be considered further in this recruitment process. This decision is final and, given the number of applications, we are unable to provide individual feedback.
The hiring team has chosen to pursue a candidate whose experience more closely matches the day-to-day needs of the role.
SUBJECT: {role} at {company} || I wanted to let you know personally that it didn't work out this time. The panel felt another applicant was a stronger fit for where the team is heading, and we've decided to decline your application. I know that's not the news you were hoping for.
""",
        "rej_softener_one_line": """
Unfortunately, we will not be proceeding with your application.
Regrettably, your profile was not shortlisted for this vacancy.
We're sorry to say that we've decided to go in a different direction.
I'm afraid we won't be taking your application any further at this time.
Sadly, on this occasion you have been unsuccessful.
""",
        "rej_role_gone": """
We wanted to let you know that the {role} position has now been filled, so we are closing all remaining applications.
Following an internal reorganisation, the vacancy has been filled by an existing member of staff and will not be advertised further. As a result we are unable to progress your application.
Due to a change in business priorities, the {role} requisition has been cancelled and we are no longer recruiting for this position. All applications, including yours, have been closed.
Hiring for this role has been put on hold indefinitely while we review next year's budget, so we are withdrawing the opening and will not be continuing the process. Should it reopen, you would need to apply again.
SUBJECT: Update: {role} (requisition closed) || Due to a hiring freeze across {company}, this role has been closed without a hire. We know this is frustrating after the time you invested, and we're sorry that we cannot take your candidacy further.
""",
        "rej_public_sector": """
SUBJECT: Notice of Results – Announcement WC-24-117-MP || You were found qualified for this position; however, you were not referred to the selecting official because other applicants received higher scores in the assessment. Your status for this announcement is now: Not Referred.
Based on the information provided in your application, you have been rated ineligible for the {role} position because you did not meet the minimum qualification requirements as of the closing date. No further action will be taken on your application for this vacancy.
The selecting official has completed the review of candidates referred for this vacancy. You were not selected, and no offer will be issued to you under this announcement.
We are writing to let you know that you have not been successful at the sift stage for the {role} vacancy. Your application scored below the minimum required for the behaviours assessed. Your feedback scores are available in your account.
The assessment board has reviewed all applications for this selection process. Your application was screened out because it did not demonstrate the essential qualification "experience managing contracts". You will not be considered further in this process. You may request an informal discussion within five days of receiving this notice.
""",
        "rej_offer_word": """
We have now extended an offer to another candidate for the {role} position, who has accepted, so we're closing the remaining applications.
After the final round, the team decided to make an offer to a candidate with more direct experience in the sector. We will not be making you an offer on this occasion.
I wanted to follow up after our conversations: we will not be extending an offer to you for the {role} position.
SUBJECT: Re: Offer timing – {role} || Just to close the loop on your question about timing: no offer will be made to you for this role. The position was offered to an internal candidate earlier this week.
Our offer stage is now complete and you were not among the candidates who received an offer. We appreciate your patience throughout the process.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with {sender_first} and the team last week. While we enjoyed our conversation, we've decided to move forward with other candidates for the {role} role.
It was a pleasure speaking with you in the second round. The panel appreciated your preparation, but in the end we selected a candidate with more hands-on experience in warehouse automation.
Following your interview on Tuesday, I'm sorry to let you know that we won't be inviting you to the final stage.
I really appreciated you coming in to meet the team. It was a close call and not an easy decision, but we've decided to go with someone else for this role. If it's helpful, I'm happy to share some feedback over a short call.
SUBJECT: Following up on our conversation || After reviewing the feedback from all interviewers, we have concluded that your experience is not quite the match we need for this position, and we will not be continuing with your candidacy.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment. Unfortunately, your results did not meet the threshold required to progress to the next stage of our process.
We have reviewed the case study you submitted. While it showed some good thinking, it didn't demonstrate the depth in financial modelling we're looking for, so we won't be moving you forward.
Thanks again for spending Thursday with us for the trial day. The team enjoyed working with you, but we've decided not to offer you the position.
Your take-home exercise has been reviewed by two engineers. Based on their evaluation, we have decided to end the process here.
Following the assessment centre on 14 March, we regret to inform you that you have not been successful in reaching the final stage.
""",
        "rej_ats_status": """
SUBJECT: Application status update – {role} || The status of your application has changed. Current status: Not selected. Log in to your candidate profile to view all your applications.
SUBJECT: {company} | {role} | Unsuccessful || There has been an update to your application. You can view it in the candidate portal at any time.
Application ID 48213 – {role}. Status: Rejected. Stage: Hiring manager review. This is an automated message, please do not reply.
SUBJECT: Your application was declined || {company} has reviewed your application for {role}. Visit your dashboard to see other open roles that match your profile.
Your application for {role} ({company}) has been archived. Reason: Position filled. No further action is required from you.
""",
        "rej_after_marketing": """
At {company}, we believe great logistics start with great people. Over the past twenty years we have grown from a single depot to 40 sites across Europe, and this year we were again recognised for our apprenticeships and flexible working. We received a very high number of applications for the {role} role, and after careful review we have decided to progress with other candidates whose experience more closely matches our requirements.
Our mission is simple: make clean energy reliable for everyone. With offshore projects in four countries and a team of over 900 people, {company} is building the infrastructure of the next decade, and we're proud of the culture of curiosity and safety that got us here. Every application is read by a member of our team. On this occasion, your application has not been taken forward.
Games are made by teams, and at {company} we've spent ten years building one of the friendliest studios in the industry: crunch-free schedules, a learning budget for everyone and a shared love of weird ideas. We read every application with care. We won't be moving forward with yours for the {role} opening, but please keep an eye on our careers page.
Every day, our clinicians and engineers work side by side to bring better diagnostics to patients in more than 30 countries. Our values of care, courage and clarity guide how we hire as much as how we build products. Having reviewed your profile against the criteria for this role, we regret that we are unable to invite you to interview.
Since 1987, {company} has helped families and businesses protect what matters most. Our people are at the heart of that promise, which is why we invest in their growth through our Academy, mentoring circles and volunteering days. We have now completed shortlisting for the {role} vacancy, and your application was not shortlisted.
""",
        "rej_short_casual": """
Quick update: we went with someone else for the {role} job. Thanks for applying and good luck!
Thanks for chatting last week. We're going to pass for now, but it was great to meet you.
Sorry {first}, it's a no from us on this one. Appreciate your time!
Short answer: not this time. The team picked someone with more agency experience. Happy to stay in touch though.
SUBJECT: re: {role} || We've filled the spot, so no need to send over the portfolio. Cheers and best of luck.
""",
        "rej_talent_pool": """
Although we won't be progressing your application for {role}, we were impressed by your background and would like to keep your details in our talent pool for future opportunities.
We have decided to proceed with other candidates for this vacancy. With your permission, we will keep your CV on file for 12 months and contact you if a suitable role comes up. You can withdraw your consent at any time in your profile.
You weren't selected for this role, but we've added you to our talent community so you'll be among the first to hear about similar openings.
While your profile was not the right match for this particular position, we think you could be a great fit for {company} in the future. Would you like us to keep you in mind? Just reply "yes" and we'll add you to our list of people to contact first.
This time it didn't work out, but that's not the end of the story: your profile is now saved in our talent pool, and our recruiters search it first whenever a new role opens.
""",
        "rej_requirements": """
Based on your answers to the screening questions, you do not meet the minimum requirements for this position (right to work in the UK without sponsorship). We are therefore unable to consider your application.
This role requires fluent Dutch, and as your application indicates otherwise, we're not able to take it further.
The position is based on-site in Aberdeen five days a week and we are not able to offer relocation support, so unfortunately we cannot proceed with your application.
We have reviewed your application and, as you don't yet hold the professional certification listed as essential in the advert, your application has not progressed.
The salary expectations you shared are considerably above the budget for this role, so we have decided not to proceed with your application at this stage.
""",
        "ack_received": """
This is to confirm that we have received your application for the {role} position. There's nothing else you need to do for now.
Your application has been submitted successfully. Reference number: CR-20931. You can track its status in your candidate account.
Thanks for applying! We've got your CV and cover letter, and they're now with the hiring team.
SUBJECT: We received your application || Your application for {role} at {company} has been received. Please do not reply to this message; this mailbox is not monitored.
We confirm receipt of your application documents. If your profile matches our requirements, a member of our recruitment team will contact you within the next two weeks.
""",
        "ack_under_review": """
Your application is currently being reviewed by the hiring manager. We aim to update all candidates within 10 working days.
Quick update: your application for {role} has moved to the review stage. We'll be in touch as soon as we have news.
We're still in the process of reviewing applications for this role and wanted to reassure you that your application remains under consideration.
SUBJECT: Application status: In review || Your application status has changed to: In review. We will notify you of any further changes.
The closing date for this vacancy has now passed and shortlisting is underway. Candidates selected for interview will be contacted by 28 June. If you have not heard from us by then, please assume that your application has not been successful on this occasion.
""",
        "ack_delay": """
Unfortunately, due to the high volume of applications we've received, our review is taking longer than expected. We appreciate your patience and will update you as soon as possible.
We regret that we haven't been able to get back to you sooner. The hiring team has been travelling, but your application is still active and we expect to make decisions next week.
Sorry for the radio silence on the {role} process! We're still reviewing and no decisions have been made yet; I'll be in touch by the end of the month.
We received an overwhelming response to this posting, and regrettably it will take us a few more weeks to review every application properly. Your application remains in our process.
Unfortunately the interview schedule has slipped because of the holiday period. Your application has not been forgotten and we will come back to you in January.
""",
        "inv_interview": """
We'd like to invite you to a first-round interview for the {role} position. It will last about 45 minutes over video. Could you let us know which of these slots works for you: Tuesday 10:00, Wednesday 14:30 or Thursday 11:00?
Great news: the hiring team would like to interview you! Please use the link below to choose a time that suits you in the next week.
Following your application, we're pleased to invite you to an interview at our office on Friday 7 June at 2 pm. You'll meet {sender_first} and our operations lead; please bring photo ID.
You've been shortlisted for the {role} role. The next step is a 30-minute phone interview with our recruiter. Please reply with your availability for this week.
SUBJECT: Interview invitation – {role} || We'd like to invite you to the final interview stage, which includes a 20-minute presentation followed by questions from the panel. Details and the case brief are attached.
""",
        "inv_no_word": """
Your background caught my eye. Are you free for a quick call this week to talk about the {role} role?
We'd love to get to know you a bit better. Would you have 30 minutes for a video call on Monday or Tuesday afternoon?
The team would like to continue the conversation. Here are a few slots for a video call: Wed 9:30, Wed 15:00, Thu 10:00. Just reply with the one that works.
Can we set up a time to chat? I'd like to walk you through the role and hear more about your experience with supplier negotiations.
SUBJECT: Next step with {company} || Thanks for your patience. We'd like you to come in and meet the team over coffee, informally, sometime next week. Does Thursday morning suit you?
""",
        "inv_apology_or_prior_no": """
Apologies for the slow reply on my side, things have been hectic. The good news: the hiring manager would like to speak with you. Could you do Thursday at 3 pm?
Although we didn't move forward with your application for the Data Analyst role earlier this year, your profile stood out, and we'd like to invite you to interview for our {role} opening.
Sorry for the confusion: you may have received an automated email saying your application had been closed. That was sent in error. We'd actually like to invite you to an interview next week.
We're sorry it took so long to get back to you. We weren't able to offer you the position you originally applied for, but a new {role} role has opened in our Lisbon team and we'd love to discuss it with you. Are you available for a call on Monday?
Unfortunately our original interview date has to move because the panel chair is unwell. I'm very sorry for the short notice. Could we reschedule your interview to Wednesday 12 June at 10:00?
""",
        "off_conditional_verbal": """
Following our conversation earlier today, I'm delighted to confirm that we'd like to offer you the {role} position. The formal offer letter will follow once our background checks are complete.
We are pleased to make you a conditional offer of employment for the {role} role, subject to satisfactory references and proof of your right to work.
As I mentioned on the phone, the team was unanimous: we'd love you to join us. Before we put it in writing, can you confirm your earliest start date?
Congratulations! We're happy to offer you the position of {role}, conditional on a satisfactory occupational health assessment and our standard pre-employment screening.
SUBJECT: Good news from {company} || I'm thrilled to tell you that we want to make you an offer. I'll call you tomorrow to walk through the details and answer any questions.
""",
        "off_paperwork": """
Please find attached your offer letter and employment contract for the {role} position. Salary: GBP 52,000 per annum. Kindly sign and return it by Friday.
Your offer is ready for review. Click the secure link to view, e-sign and accept your offer within 5 business days.
Following your verbal acceptance, attached are your contract, the new starter form and our bank details form. Your first day will be Monday 2 September.
SUBJECT: Offer of employment – {role} || We are delighted to offer you the role of {role} on a permanent, full-time basis, starting on 1 October. Your offer pack, including the benefits summary, is attached. Let us know if you have any questions before signing.
As promised, here is the revised offer including the sign-on bonus we discussed. If everything looks good, you can accept electronically and we'll start the onboarding paperwork.
""",
        "oth_alerts_content": """
SUBJECT: 12 new jobs matching "operations analyst" || New jobs for you: Operations Analyst at Fenwick Rail, Supply Chain Analyst at {company}, Junior Planner at Orbis Foods. View all 12 jobs. You are receiving this alert because you saved a job search.
SUBJECT: Rejected again? Here's how to bounce back || In this week's newsletter: why a rejection email isn't the end of the road, how to ask for feedback without sounding defensive, and five recruiters on what they wish candidates knew.
New on the blog: "We regret to inform you": what those emails really mean and how to read between the lines. Plus: our 2025 salary guide is out.
Your weekly career digest: three roles you might like, a webinar on negotiating offers and a guide to following up after an interview.
Jobs similar to {role} that you viewed: Project Coordinator (hybrid), Logistics Coordinator (remote). Don't miss out, applications close soon.
""",
        "oth_recruiter_cold": """
I came across your profile and thought you might be interested in a {role} opportunity with a fast-growing client of ours. Apologies if this isn't a fit; if not, feel free to ignore this message.
I'm a consultant with Tidewater Talent, specialising in supply chain roles across the Midlands. Would you be open to hearing about a few opportunities? No worries at all if the timing isn't right.
Sorry to reach out of the blue. We're building a team for a new client in renewable energy and your experience looks relevant. If you're not looking right now, could you point me to anyone who might be?
Not sure if you're open to new roles, but I'm working on a {role} search and your background lines up well. Totally understand if not, and apologies for the unsolicited message.
Following up on my note from last week in case it got buried. If this isn't something you're interested in, just let me know and I won't reach out again.
""",
        "oth_account_admin": """
SUBJECT: Reset your password || We received a request to reset the password for your candidate account. If you didn't make this request, you can safely ignore this email. This link expires in 24 hours.
Please verify your email address to finish creating your candidate profile with {company}. Until you verify it, you won't be able to submit applications.
SUBJECT: How was your application experience? || You recently applied for a role at {company}. We'd love to hear how it went: our survey takes less than three minutes and your answers are anonymous.
You're invited! Join us at our Careers Open Evening on 18 September, 6 to 8 pm, at our Leeds office. Meet the team, hear about our graduate programme and enjoy some food. Register using the link below.
Your candidate account has been inactive for 11 months. In line with our privacy policy, we'll delete your profile and documents in 30 days unless you log in.
""",
        "oth_reference_closed_withdrawal": """
Jordan Pike has named you as a referee for a position at {company}. Could you complete our short reference form by Wednesday? It should take about ten minutes.
The job you saved, {role} at {company}, is no longer accepting applications. Browse similar jobs below.
As requested, we have withdrawn your application for the {role} position. We're sorry to see you go and hope to hear from you again in the future.
SUBJECT: Withdrawal confirmed || This confirms that you withdrew your application for {role} on 3 May. If this was a mistake, please contact us within 7 days.
A job on your watchlist has closed: {role} at {company} has been filled and is no longer listed. You did not apply to this job.
""",
    },
    "de": {
        "rej_other_words": """
Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung als {role} nicht weiter zu berücksichtigen.
Wir haben uns im Auswahlprozess für eine*n andere*n Kandidat*in entschieden, deren Profil noch besser zu den aktuellen Anforderungen des Teams passt.
Dein Profil passt derzeit nicht ganz zu dem, was wir für die Stelle suchen, deshalb werden wir den Prozess mit dir nicht fortsetzen.
Ihre Bewerbung kann im weiteren Verfahren keine Berücksichtigung finden. Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Zuschriften keine individuelle Rückmeldung geben können.
SUBJECT: Deine Bewerbung bei {company} || Ich wollte mich persönlich bei dir melden: Es hat dieses Mal nicht geklappt. Wir haben uns im Team lange beraten und uns am Ende für jemanden entschieden, der schon mehr Erfahrung im Einkauf mitbringt.
""",
        "rej_softener_one_line": """
Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber*innen entschieden haben.
Leider können wir Ihnen keine positive Rückmeldung geben.
Leider hat es diesmal nicht gepasst.
Wir bedauern, Ihnen keine Zusage geben zu können.
Leider müssen wir dir absagen.
""",
        "rej_role_gone": """
Die Position als {role} konnte inzwischen besetzt werden. Wir schließen daher das Bewerbungsverfahren ab.
Wir haben uns entschieden, die Stelle intern mit einer Kollegin zu besetzen. Deine Bewerbung können wir deshalb nicht weiter berücksichtigen.
Aufgrund einer internen Umstrukturierung wird die ausgeschriebene Stelle nicht mehr besetzt. Das Auswahlverfahren wurde eingestellt.
Aufgrund der aktuellen wirtschaftlichen Lage haben wir einen vorläufigen Einstellungsstopp beschlossen. Die Besetzung der Stelle {role} ist bis auf Weiteres ausgesetzt, daher können wir Ihre Bewerbung nicht weiterverfolgen.
SUBJECT: Stellenausschreibung {role} zurückgezogen || Das Budget für diese Stelle wurde für das laufende Geschäftsjahr nicht freigegeben. Wir haben die Ausschreibung deshalb zurückgezogen und das Verfahren ohne Besetzung beendet.
""",
        "rej_public_sector": """
Nach Abschluss des Auswahlverfahrens teile ich Ihnen mit, dass Ihre Bewerbung nicht berücksichtigt werden konnte. Die Auswahl erfolgte nach Eignung, Befähigung und fachlicher Leistung gemäß Art. 33 Abs. 2 GG.
Ihre Bewerbung auf die Stelle mit der Kennziffer 2024/117 erfüllt nicht die formalen Voraussetzungen der Ausschreibung (abgeschlossenes Hochschulstudium der Fachrichtung Verwaltung oder vergleichbar). Sie konnte daher im weiteren Verfahren nicht berücksichtigt werden.
Die Auswahlkommission hat sich nach den Vorstellungsgesprächen für eine andere Bewerberin entschieden. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem AGG vernichtet.
Wir bedauern, Ihnen mitteilen zu müssen, dass Sie nicht in den Kreis der Bewerber/innen einbezogen wurden, die zu einem Auswahlgespräch eingeladen werden.
SUBJECT: Stellenbesetzungsverfahren {role} – Mitteilung nach Art. 19 Abs. 4 GG || Hiermit teilen wir Ihnen mit, dass beabsichtigt ist, die Stelle mit einer Mitbewerberin zu besetzen. Ein Vertragsangebot wird Ihnen daher nicht unterbreitet. Die Besetzung erfolgt frühestens zwei Wochen nach Zugang dieser Mitteilung.
""",
        "rej_offer_word": """
Wir haben die Stelle einer anderen Kandidatin angeboten, die das Angebot inzwischen angenommen hat.
Nach der letzten Gesprächsrunde haben wir uns entschieden, einem Mitbewerber ein Vertragsangebot zu machen. Ihnen können wir daher leider kein Angebot unterbreiten.
Kurze Rückmeldung zu deiner Frage nach dem Stand: Wir werden dir für die Stelle kein Angebot machen.
Das Angebot ging an eine Bewerberin mit mehr Branchenerfahrung. Wir haben uns die Entscheidung nicht leicht gemacht.
SUBJECT: Ihr Bewerbungsprozess – Angebotsphase abgeschlossen || Die Angebotsphase für die Position {role} ist abgeschlossen. Sie gehören nicht zu den Kandidat:innen, denen wir ein Angebot unterbreiten konnten.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch letzte Woche. Wir haben uns nach reiflicher Überlegung für eine*n andere*n Bewerber*in entschieden.
Danke, dass du dir Zeit für das Kennenlernen mit {sender_first} und dem Team genommen hast. Es war knapp, aber wir haben uns am Ende anders entschieden. Wenn du magst, gebe ich dir gern in einem kurzen Telefonat Feedback.
Nach Auswertung aller Vorstellungsgespräche müssen wir Ihnen leider mitteilen, dass wir Sie nicht zur zweiten Runde einladen werden.
Das Gespräch mit Ihnen hat uns gut gefallen, dennoch haben wir uns für einen Kandidaten entschieden, dessen Erfahrung in der Lagerautomatisierung noch besser zu unseren Anforderungen passt.
SUBJECT: Rückmeldung zu unserem Gespräch || Wir haben das Feedback aller Interviewer*innen zusammengetragen und sind zu dem Ergebnis gekommen, den Prozess an dieser Stelle nicht fortzuführen.
""",
        "rej_after_assessment": """
Vielen Dank für die Teilnahme an unserem Online-Test. Ihr Ergebnis liegt leider unter dem erforderlichen Wert für die nächste Auswahlstufe.
Danke für deinen Probearbeitstag bei uns. Das Team hat sich gefreut, dich kennenzulernen, wir haben uns aber gegen eine Zusammenarbeit entschieden.
Wir haben Ihre Fallstudie im Team ausgewertet. Sie hat uns in der Tiefe der Analyse nicht ganz überzeugt, daher beenden wir das Verfahren an dieser Stelle.
Nach dem Assessment-Center am 14. März bedauern wir, Ihnen mitteilen zu müssen, dass Sie sich nicht für die Endrunde qualifiziert haben.
Danke für deine Lösung der Programmieraufgabe. Zwei Kolleg:innen haben sie sich angesehen, und wir werden nicht mit dir weitermachen.
""",
        "rej_ats_status": """
SUBJECT: Statusänderung Ihrer Bewerbung – {role} || Der Status Ihrer Bewerbung hat sich geändert. Aktueller Status: Absage. Melden Sie sich in Ihrem Bewerberkonto an, um alle Bewerbungen einzusehen.
SUBJECT: {company} | {role} | Absage || Es gibt eine Neuigkeit zu Ihrer Bewerbung. Sie finden diese jederzeit im Bewerberportal.
Bewerbungs-ID 77310 – {role}. Status: Abgelehnt. Phase: Prüfung Fachbereich. Dies ist eine automatisch erzeugte Nachricht.
SUBJECT: Deine Bewerbung wurde abgelehnt || {company} hat deine Bewerbung als {role} geprüft. In deinem Dashboard findest du weitere passende Stellen.
Ihre Bewerbung ({role}, {company}) wurde archiviert. Grund: Stelle besetzt. Es ist keine weitere Aktion erforderlich.
""",
        "rej_after_marketing": """
Bei {company} arbeiten über 1.200 Mitarbeiter/innen an 14 Standorten daran, Waren schneller, sauberer und verlässlicher ans Ziel zu bringen. Wir wurden erneut als ausgezeichneter Ausbildungsbetrieb geehrt und investieren jedes Jahr in Weiterbildung, Jobrad und flexible Arbeitszeitmodelle. Für die Position {role} haben wir sehr viele Bewerbungen erhalten. Nach sorgfältiger Prüfung haben wir uns für andere Kandidat:innen entschieden.
Seit über 30 Jahren entwickeln wir bei {company} Medizintechnik, die Leben verbessert, von der Idee bis zur Serienfertigung in unserem Werk am Bodensee. Unser Erfolg basiert auf Menschen, die Verantwortung übernehmen und Neues wagen. Wir haben dein Profil mit den Anforderungen der Stelle abgeglichen und können dir leider kein Gespräch anbieten.
Nachhaltigkeit ist für uns kein Schlagwort: {company} hat seinen CO2-Ausstoß seit 2019 halbiert und setzt bis 2030 vollständig auf erneuerbare Energien. Dafür brauchen wir Menschen mit Ideen. Ihre Bewerbung haben wir aufmerksam gelesen; in diesem Fall werden wir sie jedoch nicht weiter berücksichtigen.
Wir sind ein familiengeführtes Unternehmen in dritter Generation, und Zusammenhalt wird bei uns großgeschrieben: gemeinsame Sommerfeste, kurze Entscheidungswege und ein Team, das sich aufeinander verlassen kann. Umso mehr freuen wir uns über jede Bewerbung. Deine Unterlagen wurden jedoch nicht in die engere Auswahl genommen.
{company} steht für digitale Versicherungslösungen, die Menschen wirklich verstehen. Mit unserem neuen Campus in Köln und über 40 Nationalitäten im Team bieten wir ein Umfeld, in dem Vielfalt gelebt wird. Die Vorauswahl für die Position {role} ist abgeschlossen, und Sie wurden dabei nicht berücksichtigt.
""",
        "rej_short_casual": """
Kurzes Update: Wir haben uns für jemand anderen entschieden. Danke dir und viel Erfolg!
Sorry für die späte Antwort, wir machen mit der Stelle ohne dich weiter. War trotzdem schön, dich kennenzulernen.
Diesmal leider ein Nein von uns. Danke für deine Zeit!
SUBJECT: AW: {role} || Die Stelle ist schon vergeben, das Portfolio brauchst du also nicht mehr zu schicken. Alles Gute!
Wir kommen leider nicht zusammen, zumindest nicht für diese Stelle. Meld dich gern, wenn du wieder etwas von uns siehst.
""",
        "rej_talent_pool": """
Auch wenn wir Ihre Bewerbung für die Position {role} nicht weiter berücksichtigen können, hat uns Ihr Profil überzeugt. Gern möchten wir Ihre Unterlagen in unseren Talentpool aufnehmen.
Wir haben uns für andere Bewerber*innen entschieden. Mit Ihrem Einverständnis speichern wir Ihre Daten für 12 Monate und kommen auf Sie zu, sobald eine passende Stelle frei wird. Die Einwilligung können Sie jederzeit widerrufen.
Für diese Stelle hat es nicht gereicht, aber wir haben dich in unseren Talent-Pool aufgenommen, damit du als Erste*r von ähnlichen Positionen erfährst.
Dein Profil passt nicht ganz zu dieser Position, aber wir können uns gut vorstellen, dass du in Zukunft zu {company} passt. Sollen wir dich im Hinterkopf behalten? Antworte einfach mit „Ja".
Diesmal hat es nicht geklappt, aber das muss nicht das Ende sein: Ihr Profil ist in unserem Talentnetzwerk gespeichert, und unsere Recruiter:innen schauen dort zuerst nach, wenn eine neue Stelle entsteht.
""",
        "rej_requirements": """
Anhand Ihrer Angaben im Bewerbungsformular erfüllen Sie nicht die Mindestanforderungen für diese Position (gültige Arbeitsbewilligung für die Schweiz). Wir können Ihre Bewerbung daher nicht berücksichtigen.
Für die Stelle sind verhandlungssichere Deutschkenntnisse (C1) zwingend erforderlich. Da diese laut deinem Lebenslauf noch nicht vorliegen, können wir deine Bewerbung leider nicht weiterverfolgen.
Die Stelle ist an unseren Standort in Bremen gebunden und kann nicht remote ausgeübt werden. Da Sie angegeben haben, nicht umziehen zu wollen, können wir das Verfahren nicht fortsetzen.
Da Sie die in der Ausschreibung als zwingend genannte Zertifizierung (PRINCE2, IPMA oder vergleichbar) nicht nachweisen, kommt eine Einstellung leider nicht in Betracht.
Ihre Gehaltsvorstellung liegt deutlich über dem für diese Position vorgesehenen Rahmen, weshalb wir von einem weiteren Gespräch absehen.
""",
        "ack_received": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Sie müssen im Moment nichts weiter tun.
Ihre Bewerbung wurde erfolgreich übermittelt. Referenznummer: BW-55120. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Danke für deine Bewerbung! Deine Unterlagen sind bei uns angekommen und liegen jetzt beim Team.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Ihre Bewerbung für {role} bei {company} ist bei uns eingegangen. Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht überwacht.
Wir bestätigen den Eingang Ihrer Bewerbungsunterlagen. Sofern Ihr Profil unseren Anforderungen entspricht, meldet sich innerhalb von zwei Wochen jemand aus unserem Recruiting-Team bei Ihnen.
""",
        "ack_under_review": """
Ihre Bewerbung wird derzeit von der Fachabteilung geprüft. Wir bemühen uns, allen Bewerber*innen innerhalb von zehn Arbeitstagen eine Rückmeldung zu geben.
Kurzes Update: Deine Bewerbung ist jetzt in der Prüfung. Wir melden uns, sobald es Neuigkeiten gibt.
Wir sichten noch die Bewerbungen für diese Stelle und möchten Ihnen versichern, dass Ihre Bewerbung weiterhin im Verfahren ist.
SUBJECT: Bewerbungsstatus: In Prüfung || Der Status Ihrer Bewerbung lautet jetzt: In Prüfung. Über weitere Änderungen werden Sie automatisch informiert.
Die Bewerbungsfrist ist abgelaufen und die Vorauswahl läuft. Eingeladene Bewerber*innen werden bis zum 28. Juni kontaktiert. Sollten Sie bis dahin nichts von uns gehört haben, konnten wir Ihre Bewerbung in diesem Fall leider nicht berücksichtigen.
""",
        "ack_delay": """
Leider dauert die Sichtung der Bewerbungen aufgrund der hohen Anzahl länger als geplant. Wir bitten noch um etwas Geduld und melden uns so schnell wie möglich.
Wir bedauern, dass wir uns nicht früher bei Ihnen gemeldet haben. Das Fachteam war in den letzten Wochen stark eingebunden, Ihre Bewerbung ist aber weiterhin aktiv, und wir rechnen nächste Woche mit einer Entscheidung.
Sorry, dass es gerade so still ist! Wir sind noch mitten in der Auswahl, entschieden ist noch nichts. Ich melde mich spätestens Ende des Monats bei dir.
Auf unsere Ausschreibung haben wir außergewöhnlich viele Zuschriften erhalten, daher wird die Prüfung leider noch einige Wochen in Anspruch nehmen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.
Leider verschieben sich die Vorstellungsgespräche wegen der Feiertage. Deine Bewerbung ist nicht vergessen, wir kommen im Januar auf dich zu.
""",
        "inv_interview": """
Wir möchten Sie gern zu einem ersten Vorstellungsgespräch für die Position {role} einladen. Das Gespräch dauert ca. 45 Minuten und findet per Video statt. Passt Ihnen einer der folgenden Termine: Dienstag 10:00 Uhr, Mittwoch 14:30 Uhr oder Donnerstag 11:00 Uhr?
Gute Nachrichten: Das Team möchte dich gern zu einem Interview einladen! Über den Link unten kannst du dir selbst einen Termin aussuchen.
Wir laden Sie herzlich zu einem persönlichen Gespräch am Freitag, den 7. Juni, um 14 Uhr in unsere Niederlassung ein. Ihre Gesprächspartner*innen sind {sender_first} und die Bereichsleitung Operations. Bitte bringen Sie einen Lichtbildausweis mit.
Sie sind in der engeren Auswahl! Als nächsten Schritt würden wir gern ein 30-minütiges Telefoninterview mit Ihnen führen. Bitte teilen Sie uns Ihre Verfügbarkeit für diese Woche mit.
SUBJECT: Einladung zum Vorstellungsgespräch – {role} || Wir freuen uns, Sie zur finalen Gesprächsrunde einzuladen. Sie halten eine 20-minütige Präsentation, anschließend stellt das Panel Fragen. Die Fallstudie finden Sie im Anhang.
""",
        "inv_no_word": """
Dein Profil hat mich neugierig gemacht. Hast du diese Woche Zeit für ein kurzes Telefonat zur Stelle als {role}?
Wir würden Sie gern näher kennenlernen. Hätten Sie am Montag- oder Dienstagnachmittag 30 Minuten Zeit für einen Videocall?
Das Team würde sich gern weiter mit dir austauschen. Folgende Zeitfenster hätten wir für einen Videotermin: Mi 9:30, Mi 15:00, Do 10:00. Gib einfach kurz Bescheid, welches dir passt.
Können wir einen Termin für ein erstes Kennenlernen vereinbaren? Ich würde Ihnen gern die Aufgaben vorstellen und mehr über Ihre Erfahrung im Lieferantenmanagement erfahren.
SUBJECT: Nächster Schritt bei {company} || Danke für deine Geduld! Wir würden dich gern auf einen Kaffee zu uns ins Büro einladen, ganz locker, um das Team kennenzulernen. Passt dir Donnerstagvormittag?
""",
        "inv_apology_or_prior_no": """
Entschuldigen Sie bitte die späte Rückmeldung, bei uns war in den letzten Wochen viel los. Die gute Nachricht: Die Fachbereichsleitung möchte Sie gern sprechen. Hätten Sie am Donnerstag um 15 Uhr Zeit?
Auch wenn es mit der Stelle als Data Analyst*in im Frühjahr nicht geklappt hat, ist uns dein Profil in Erinnerung geblieben. Wir möchten dich gern zu einem Gespräch für unsere offene Position {role} einladen.
Bitte entschuldigen Sie das Missverständnis: Sie haben möglicherweise eine automatische E-Mail erhalten, dass Ihre Bewerbung abgelehnt wurde. Diese wurde irrtümlich versendet. Tatsächlich möchten wir Sie gern nächste Woche zu einem Vorstellungsgespräch einladen.
Es tut mir leid, dass es so lange gedauert hat. Die ursprüngliche Stelle konnten wir Ihnen leider nicht anbieten, aber in unserem Team in Leipzig ist eine neue Position als {role} frei geworden, über die wir gern mit Ihnen sprechen würden. Passt Ihnen Montag für ein Telefonat?
Leider müssen wir den Termin für Ihr Vorstellungsgespräch verschieben, da ein Mitglied der Auswahlkommission erkrankt ist. Entschuldigen Sie die kurzfristige Änderung. Wäre Mittwoch, der 12. Juni, um 10 Uhr für Sie möglich?
""",
        "off_conditional_verbal": """
Wie heute telefonisch besprochen, freue ich mich, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag erhalten Sie, sobald die Referenzprüfung abgeschlossen ist.
Wir freuen uns, Ihnen vorbehaltlich eines einwandfreien Führungszeugnisses und der Vorlage Ihrer Arbeitserlaubnis ein Angebot für die Stelle {role} zu unterbreiten.
Wie am Telefon schon gesagt: Das Team war sich einig, wir wollen dich unbedingt an Bord haben! Bevor wir alles schriftlich machen, kannst du mir noch deinen frühestmöglichen Starttermin nennen?
Herzlichen Glückwunsch! Wir bieten Ihnen die Position {role} an, vorbehaltlich der betriebsärztlichen Eignungsuntersuchung.
SUBJECT: Gute Nachrichten von {company} || Ich freue mich riesig, dir sagen zu können, dass wir dir ein Angebot machen möchten. Ich rufe dich morgen an, um die Details durchzugehen.
""",
        "off_paperwork": """
Anbei erhalten Sie Ihren Arbeitsvertrag für die Position {role}. Jahresbruttogehalt: 58.000 EUR. Bitte senden Sie uns ein unterschriebenes Exemplar bis Freitag zurück.
Dein Vertragsangebot ist fertig. Über den sicheren Link kannst du es ansehen, digital unterschreiben und innerhalb von fünf Werktagen annehmen.
Nach Ihrer mündlichen Zusage schicken wir Ihnen anbei den Arbeitsvertrag, den Personalfragebogen und das Formular für die Bankverbindung. Ihr erster Arbeitstag ist Montag, der 2. September.
SUBJECT: Vertragsangebot – {role} || Wir freuen uns, Ihnen die Stelle als {role} unbefristet in Vollzeit ab dem 1. Oktober anzubieten. Alle Unterlagen inklusive Übersicht der Zusatzleistungen finden Sie im Anhang.
Wie versprochen hier das überarbeitete Angebot mit dem besprochenen Antrittsbonus. Wenn alles passt, kannst du es elektronisch annehmen, und wir starten mit dem Onboarding.
""",
        "oth_alerts_content": """
SUBJECT: 12 neue Jobs für „Projektkoordination" || Neue Jobs für dich: Projektkoordinator (m/w/d) bei Haberland Bau, Sachbearbeiter*in Disposition bei {company}, Junior Planner bei Orbis Foods. Alle 12 Jobs ansehen. Du erhältst diesen Job-Alert, weil du eine Suche gespeichert hast.
SUBJECT: Schon wieder eine Absage? So gehst du damit um || In unserem Newsletter diese Woche: warum eine Absage nicht das Ende ist, wie du um Feedback bittest, ohne defensiv zu wirken, und was sich Recruiter*innen von Bewerbenden wünschen.
Neu im Blog: „Leider müssen wir Ihnen mitteilen …": was hinter Standardabsagen steckt und wie man sie liest. Außerdem: Unser Gehaltsreport 2025 ist da.
Dein wöchentlicher Karriere-Newsletter: drei Stellen, die dich interessieren könnten, ein Webinar zur Gehaltsverhandlung und Tipps fürs Nachfassen nach dem Vorstellungsgespräch.
Ähnliche Stellen wie {role}, die du dir angesehen hast: Projektkoordinator*in (hybrid), Logistikkoordinator*in (remote). Bewirb dich jetzt, bevor die Fristen ablaufen.
""",
        "oth_recruiter_cold": """
Ich bin auf Ihr Profil gestoßen und dachte, eine Position als {role} bei einem schnell wachsenden Kunden könnte für Sie interessant sein. Entschuldigen Sie, falls das nicht passt; dann ignorieren Sie diese Nachricht einfach.
Ich bin Beraterin bei Kranich Personal und auf Supply-Chain-Positionen in Süddeutschland spezialisiert. Wären Sie offen dafür, von ein paar Vakanzen zu hören? Kein Problem, falls der Zeitpunkt gerade nicht passt.
Sorry, dass ich mich einfach so melde. Wir bauen für einen Kunden im Bereich erneuerbare Energien ein neues Team auf, und deine Erfahrung klingt passend. Falls du nicht wechselwillig bist: Kennst du vielleicht jemanden?
Ich weiß nicht, ob du gerade offen für Neues bist, aber ich betreue eine Suche als {role}, und dein Werdegang passt gut. Völlig okay, wenn nicht, und entschuldige die unaufgeforderte Nachricht.
Ich hake kurz nach, falls meine Nachricht von letzter Woche untergegangen ist. Wenn kein Interesse besteht, sagen Sie mir einfach Bescheid, dann melde ich mich nicht wieder.
""",
        "oth_account_admin": """
SUBJECT: Passwort zurücksetzen || Wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Bewerberkonto erhalten. Falls Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren. Der Link ist 24 Stunden gültig.
Bitte bestätige deine E-Mail-Adresse, um dein Bewerberprofil bei {company} fertig anzulegen. Solange die Adresse nicht bestätigt ist, kannst du keine Bewerbungen absenden.
SUBJECT: Wie war Ihr Bewerbungserlebnis? || Sie haben sich kürzlich bei {company} beworben. Wir würden gern erfahren, wie Sie den Prozess erlebt haben: Die Umfrage dauert weniger als drei Minuten und ist anonym.
Du bist eingeladen! Am 18. September findet von 18 bis 20 Uhr unser Karriereabend in der Zentrale statt. Lerne das Team kennen, erfahre mehr über unser Traineeprogramm und genieße Snacks und Getränke. Melde dich über den Link an.
Ihr Bewerberkonto war elf Monate lang inaktiv. Gemäß unserer Datenschutzerklärung löschen wir Ihr Profil und Ihre Dokumente in 30 Tagen, sofern Sie sich nicht vorher anmelden.
""",
        "oth_reference_closed_withdrawal": """
Jordan Pike hat Sie als Referenz für eine Stelle bei {company} angegeben. Könnten Sie bis Mittwoch unser kurzes Referenzformular ausfüllen? Es dauert etwa zehn Minuten.
Die Stelle, die du dir gemerkt hast ({role} bei {company}), nimmt keine Bewerbungen mehr an. Unten findest du ähnliche Jobs.
Wie gewünscht haben wir Ihre Bewerbung für die Position {role} zurückgezogen. Schade, dass Sie nicht mehr dabei sind; wir freuen uns, wenn Sie sich in Zukunft wieder bei uns bewerben.
SUBJECT: Rückzug Ihrer Bewerbung bestätigt || Hiermit bestätigen wir, dass Sie Ihre Bewerbung für {role} am 3. Mai zurückgezogen haben. Falls dies ein Versehen war, melden Sie sich bitte innerhalb von sieben Tagen.
Eine Stelle auf deiner Merkliste wurde geschlossen: {role} bei {company} ist besetzt und nicht mehr online. Du hattest dich auf diese Stelle nicht beworben.
""",
    },
    "fr": {
        "rej_other_words": """
Après une étude attentive de votre dossier, nous avons décidé de ne pas donner suite à votre candidature au poste de {role}.
Nous avons choisi de poursuivre le processus avec une personne dont le profil correspond davantage aux besoins actuels de l'équipe.
Votre dossier ne peut pas être retenu pour la suite de la procédure. Nous vous retournons ci-joint vos documents de candidature.
Votre profil ne correspond pas tout à fait à ce que nous recherchons pour cette fonction, nous ne poursuivrons donc pas le processus avec vous.
SUBJECT: Votre candidature chez {company} || Je tenais à vous écrire personnellement : cela ne s'est pas concrétisé cette fois-ci. Nous avons longuement échangé en équipe et avons finalement retenu une autre candidate, qui a davantage d'expérience dans les achats.
""",
        "rej_softener_one_line": """
Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
Malheureusement, ça n'a pas fonctionné cette fois-ci.
À notre grand regret, nous ne sommes pas en mesure de vous proposer ce poste.
Malheureusement, nous n'irons pas de l'avant avec votre candidature.
""",
        "rej_role_gone": """
Le poste de {role} a été pourvu. Nous clôturons donc le processus de recrutement.
Nous avons décidé de combler le poste à l'interne. Nous ne pourrons donc pas poursuivre avec votre candidature.
Suite à une réorganisation interne, le poste n'est plus ouvert au recrutement et la procédure a été interrompue.
En raison du contexte économique, un gel des embauches a été décidé. Le recrutement pour le poste de {role} est suspendu jusqu'à nouvel ordre, et nous ne sommes pas en mesure de poursuivre l'examen de votre candidature.
SUBJECT: Annulation du recrutement – {role} || Le budget prévu pour ce poste n'a pas été reconduit pour l'exercice en cours. L'offre a donc été retirée et le recrutement clôturé sans embauche.
""",
        "rej_public_sector": """
SUBJECT: Résultats d'admissibilité – concours externe d'attaché territorial || Nous vous informons que le jury, réuni le 12 juin, ne vous a pas déclaré(e) admissible. Vous ne pourrez donc pas vous présenter aux épreuves orales. Vos notes sont consultables dans votre espace candidat.
Votre candidature au poste de {role} auprès de l'administration cantonale ne remplit pas les conditions d'engagement fixées dans l'annonce (titre universitaire requis). Elle ne peut dès lors pas être prise en considération.
À l'issue de la commission de sélection, votre candidature n'a pas été retenue pour un entretien. Le poste sera pourvu par voie de mutation.
Nous vous informons que vous n'avez pas réussi l'examen de qualification. Votre nom ne sera donc pas inscrit dans la banque de personnes qualifiées pour cet emploi.
Nous vous informons qu'à la suite de l'analyse des CV par le jury, vous n'avez pas été sélectionné(e) pour l'épreuve suivante. Aucune offre d'emploi ne vous sera adressée dans le cadre de cette sélection.
""",
        "rej_offer_word": """
Nous avons proposé le poste à une autre candidate, qui l'a accepté.
À l'issue du dernier entretien, nous avons décidé de faire une offre à un candidat ayant davantage d'expérience dans le secteur. Nous ne serons donc pas en mesure de vous faire une proposition.
Pour faire suite à ta question sur l'échéancier : nous ne te ferons pas d'offre pour ce poste.
L'offre a été adressée à une personne disposant d'une plus longue expérience dans la branche. La décision n'a pas été facile.
SUBJECT: Processus de recrutement – phase de proposition terminée || La phase de proposition pour le poste de {role} est close. Vous ne faites pas partie des candidat·es à qui nous avons pu faire une offre.
""",
        "rej_after_interview": """
Merci encore pour l'échange agréable de la semaine dernière. Après mûre réflexion, nous avons retenu une autre candidature.
Merci d'avoir pris le temps de rencontrer {sender_first} et l'équipe en entrevue. C'était serré, mais nous avons finalement fait un autre choix. Si tu le souhaites, je peux te donner de la rétroaction lors d'un court appel.
À l'issue de l'ensemble des entretiens, nous sommes au regret de vous informer que vous ne serez pas convié(e) au second tour.
Nous avons beaucoup apprécié notre entretien. Nous avons néanmoins retenu un candidat dont l'expérience en automatisation d'entrepôt correspond davantage à nos besoins.
SUBJECT: Suite à notre entretien || Après avoir recueilli les retours de toutes les personnes que vous avez rencontrées, nous avons décidé de ne pas poursuivre le processus avec vous.
""",
        "rej_after_assessment": """
Merci d'avoir passé nos tests en ligne. Malheureusement, vos résultats n'atteignent pas le seuil requis pour accéder à l'étape suivante.
Merci pour la journée d'immersion passée avec l'équipe jeudi. Tout le monde a apprécié de travailler avec toi, mais nous avons décidé de ne pas aller plus loin.
Nous avons analysé l'étude de cas que vous nous avez remise. Elle ne démontre pas la profondeur attendue en modélisation financière ; nous arrêtons donc le processus à ce stade.
Suite à l'assessment du 14 mars, nous avons le regret de vous informer que vous n'êtes pas retenu(e) pour la dernière étape.
Merci pour ton exercice technique. Deux personnes de l'équipe l'ont relu et nous ne poursuivrons pas avec ta candidature.
""",
        "rej_ats_status": """
SUBJECT: Mise à jour du statut de votre candidature – {role} || Le statut de votre candidature a changé. Statut actuel : Non retenue. Connectez-vous à votre espace candidat pour consulter vos candidatures.
SUBJECT: {company} | {role} | Candidature non retenue || Une mise à jour est disponible concernant votre candidature. Vous pouvez la consulter à tout moment sur le portail candidat.
Candidature n° 30917 – {role}. Statut : Refusée. Étape : Présélection. Ce message est généré automatiquement, merci de ne pas y répondre.
SUBJECT: Votre candidature a été déclinée || {company} a examiné votre candidature au poste de {role}. Découvrez d'autres offres correspondant à votre profil dans votre tableau de bord.
Votre candidature ({role}, {company}) a été archivée. Motif : poste pourvu. Aucune action n'est requise de votre part.
""",
        "rej_after_marketing": """
Chez {company}, nous croyons que l'assurance doit avant tout être humaine. Depuis 1987, nos 2 000 collaborateurs et collaboratrices accompagnent familles et entreprises partout en France, et notre politique de qualité de vie au travail a de nouveau été saluée cette année. Nous avons reçu un très grand nombre de candidatures pour ce poste et, après examen attentif, nous avons retenu des profils plus proches de nos attentes.
Depuis plus de 40 ans, {company} conçoit des ouvrages qui façonnent le Québec : ponts, centrales, réseaux de transport. Notre force, ce sont nos gens, et nous sommes fiers d'offrir un horaire flexible, la conciliation travail-famille et un programme de mentorat. Chaque candidature est lue avec soin. Nous ne retiendrons toutefois pas la vôtre pour cet affichage.
Innovation, précision, responsabilité : ces valeurs guident {company} depuis sa fondation à Neuchâtel. Nos dispositifs médicaux sont utilisés dans plus de 30 pays. Après avoir comparé votre profil aux exigences du poste, nous regrettons de ne pouvoir vous proposer un entretien.
Entreprise familiale depuis trois générations, {company} mise sur la proximité, les circuits courts et une équipe soudée, à Namur comme à Liège. Nous avons bien lu votre dossier ; il n'a cependant pas été retenu lors de la présélection.
Chez {company}, la transition énergétique n'est pas un slogan : nous avons divisé par deux nos émissions depuis 2019 et visons 100 % d'énergies renouvelables d'ici 2030. Pour y arriver, nous avons besoin de talents engagés. La présélection pour le poste de {role} est terminée, et votre candidature n'a pas été retenue.
""",
        "rej_short_casual": """
Petite mise à jour : on est partis sur quelqu'un d'autre. Merci à toi et bonne continuation !
Désolé pour le délai, on va aller de l'avant sans toi pour ce poste. C'était quand même le fun de te rencontrer.
Ce sera non pour cette fois, désolée. Merci pour ton temps !
SUBJECT: RE: {role} || Le poste est déjà pris, pas besoin de m'envoyer ton portfolio. Bonne suite !
On ne va pas pouvoir te proposer le poste, mais n'hésite pas à revenir vers nous si tu vois passer autre chose.
""",
        "rej_talent_pool": """
Même si nous ne pouvons pas donner suite à votre candidature pour le poste de {role}, votre profil a retenu notre attention et nous souhaiterions le conserver dans notre vivier de talents.
Nous avons retenu d'autres candidatures. Avec votre accord, nous conserverons vos données pendant 24 mois afin de vous recontacter si un poste correspondant se libère. Vous pouvez retirer votre consentement à tout moment.
Ta candidature n'a pas été retenue pour ce poste, mais nous l'avons ajoutée à notre banque de candidatures pour que tu sois parmi les premiers informés des prochains affichages.
Votre profil ne correspond pas exactement à ce poste, mais nous pensons que vous pourriez rejoindre {company} à l'avenir. Souhaitez-vous que nous gardions votre dossier en tête ? Répondez simplement « oui ».
Ça n'a pas marché cette fois, mais ce n'est pas la fin de l'histoire : votre profil est enregistré dans notre communauté de talents, et nos recruteurs et recruteuses la consultent en priorité à chaque nouvelle ouverture de poste.
""",
        "rej_requirements": """
D'après vos réponses au questionnaire, vous ne remplissez pas les conditions minimales requises pour ce poste (permis de travail valable en Suisse). Nous ne pouvons donc pas prendre votre candidature en considération.
Cette fonction requiert une bonne maîtrise du néerlandais. Comme ce n'est pas le cas d'après votre CV, nous ne pouvons pas poursuivre avec votre candidature.
Le poste est basé sur site à Lyon cinq jours par semaine, sans télétravail ni prise en charge d'un déménagement ; nous ne pouvons donc pas donner suite.
Vous ne disposez pas de la certification exigée dans l'annonce (PMP ou équivalent), votre candidature ne peut donc pas être retenue.
Vos prétentions salariales dépassent sensiblement l'enveloppe prévue pour ce poste ; nous avons donc décidé de ne pas poursuivre.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role}. Aucune autre démarche n'est nécessaire pour le moment.
Votre candidature a bien été envoyée. Numéro de référence : CD-44827. Vous pouvez suivre son avancement dans votre espace candidat.
Merci d'avoir postulé! Nous avons bien reçu ton CV et ta lettre, et ils sont maintenant entre les mains de l'équipe.
SUBJECT: Accusé de réception de votre candidature || Votre candidature au poste de {role} chez {company} a bien été reçue. Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.
Nous avons bien reçu votre candidature. Seules les personnes retenues pour une entrevue seront contactées.
""",
        "ack_under_review": """
Votre candidature est actuellement en cours d'examen par la personne responsable du recrutement. Nous nous efforçons de répondre à chacun dans un délai de dix jours ouvrés.
Petite mise à jour : ta candidature est passée à l'étape d'analyse. On revient vers toi dès qu'on a du nouveau.
Nous poursuivons l'examen des candidatures pour ce poste et tenons à vous assurer que la vôtre est toujours à l'étude.
SUBJECT: Statut de votre candidature : en cours d'examen || Le statut de votre candidature est désormais : En cours d'examen. Vous serez informé(e) de toute évolution.
La date limite de dépôt est passée et la présélection est en cours. Les personnes retenues pour un entretien seront contactées d'ici le 28 juin. Sans nouvelles de notre part à cette date, veuillez considérer que votre candidature n'a pas été retenue.
""",
        "ack_delay": """
Malheureusement, en raison du grand nombre de candidatures reçues, l'étude des dossiers prend plus de temps que prévu. Nous vous remercions de votre patience.
Nous regrettons de ne pas avoir pu revenir vers vous plus tôt. Votre candidature est toujours active et nous prévoyons de prendre une décision la semaine prochaine.
Désolée pour le silence radio ! Nous sommes toujours en pleine sélection, rien n'est encore décidé. Je reviens vers toi d'ici la fin du mois.
Nous avons reçu un nombre exceptionnel de candidatures et, malheureusement, leur analyse prendra encore un peu de temps. Votre dossier reste bien entendu dans la procédure et nous reviendrons vers vous endéans les trois semaines.
Malheureusement, les entrevues sont reportées en raison de la période des Fêtes. Votre candidature n'est pas oubliée ; nous vous recontacterons en janvier.
""",
        "inv_interview": """
Nous souhaitons vous inviter à un premier entretien pour le poste de {role}. L'entretien durera environ 45 minutes en visioconférence. Lequel de ces créneaux vous conviendrait : mardi 10 h, mercredi 14 h 30 ou jeudi 11 h ?
Bonne nouvelle : l'équipe aimerait te rencontrer en entrevue! Utilise le lien ci-dessous pour choisir la plage horaire qui te convient.
Nous avons le plaisir de vous convier à un entretien dans nos locaux le vendredi 7 juin à 14 h. Vous rencontrerez {sender_first} ainsi que la direction des opérations. Merci de vous munir d'une pièce d'identité.
Votre candidature a été présélectionnée ! La prochaine étape est un entretien téléphonique de 30 minutes avec notre chargée de recrutement. Pourriez-vous nous indiquer vos disponibilités cette semaine ?
SUBJECT: Convocation à l'entretien final – {role} || Nous avons le plaisir de vous convier à l'entretien final, qui comprendra une présentation de 20 minutes suivie de questions du jury. Vous trouverez l'étude de cas en pièce jointe.
""",
        "inv_no_word": """
Votre profil a retenu mon attention. Seriez-vous disponible cette semaine pour un court échange téléphonique au sujet du poste de {role} ?
Nous aimerions faire plus ample connaissance. Auriez-vous 30 minutes lundi ou mardi après-midi pour un appel en visio ?
L'équipe aimerait poursuivre la discussion. Voici quelques créneaux pour une visio : mer. 9 h 30, mer. 15 h, jeu. 10 h. Dis-moi simplement lequel te va.
Pourrions-nous convenir d'un moment pour faire connaissance ? J'aimerais vous présenter le poste et en savoir plus sur votre expérience en gestion des fournisseurs.
SUBJECT: Prochaine étape avec {company} || Merci pour ta patience ! On aimerait t'inviter à prendre un café avec l'équipe, de façon informelle, la semaine prochaine. Jeudi matin, ça te dirait ?
""",
        "inv_apology_or_prior_no": """
Toutes mes excuses pour ce retour tardif, les dernières semaines ont été chargées. Bonne nouvelle : la responsable du service souhaite s'entretenir avec vous. Seriez-vous disponible jeudi à 15 h ?
Même si votre candidature au poste d'analyste de données n'avait pas abouti au printemps, votre profil nous a marqués. Nous aimerions vous rencontrer pour notre poste de {role}.
Veuillez excuser le malentendu : vous avez peut-être reçu un message automatique indiquant que votre candidature n'était pas retenue. Il a été envoyé par erreur. Nous souhaitons en réalité vous convier à un entretien la semaine prochaine.
Désolée du long délai. Nous n'avons malheureusement pas pu vous offrir le poste initial, mais un nouveau poste de {role} vient de s'ouvrir à notre bureau de Québec et nous aimerions en discuter avec vous. Seriez-vous disponible lundi pour une entrevue téléphonique ?
Malheureusement, nous devons déplacer votre entretien, un membre du jury étant souffrant. Veuillez nous excuser pour ce changement de dernière minute. Le mercredi 12 juin à 10 h vous conviendrait-il ?
""",
        "off_conditional_verbal": """
Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de {role}. La promesse d'embauche suivra dès la vérification de vos références.
Nous avons le plaisir de vous faire une offre d'emploi conditionnelle pour le poste de {role}, sous réserve de la vérification de vos références et de votre autorisation de travail.
Comme je te le disais au téléphone, l'équipe a été unanime : on aimerait vraiment que tu nous rejoignes ! Avant de formaliser, peux-tu me confirmer ta date de début au plus tôt ?
Félicitations! Nous sommes heureux de vous offrir le poste de {role}, conditionnellement à la réussite de la vérification des antécédents judiciaires.
SUBJECT: Bonne nouvelle de {company} || Je suis ravie de t'annoncer que nous souhaitons te faire une proposition. Je t'appelle demain pour passer en revue les détails.
""",
        "off_paperwork": """
Veuillez trouver ci-joint votre contrat de travail pour le poste de {role}. Rémunération brute annuelle : 46 000 EUR. Merci de nous retourner un exemplaire signé d'ici vendredi.
Votre proposition d'embauche est prête. Cliquez sur le lien sécurisé pour la consulter, la signer électroniquement et l'accepter sous cinq jours ouvrés.
Suite à votre accord oral, nous vous adressons ci-joint votre contrat de travail, le questionnaire du personnel et le formulaire pour vos coordonnées bancaires. Votre entrée en fonction est fixée au lundi 2 septembre.
SUBJECT: Lettre d'offre – {role} || Nous avons le plaisir de vous offrir le poste de {role} en CDI à temps plein à compter du 1er octobre. Vous trouverez en pièce jointe votre lettre d'offre ainsi que le récapitulatif des avantages.
Comme convenu, voici l'offre révisée incluant la prime de bienvenue dont nous avons parlé. Si tout te convient, tu peux l'accepter en ligne et nous lancerons l'intégration.
""",
        "oth_alerts_content": """
SUBJECT: 12 nouvelles offres pour « chef de projet » || Nouvelles offres pour vous : Chef de projet H/F chez Batiroc, Coordinateur logistique H/F chez {company}, Planificateur junior chez Orbis Foods. Voir les 12 offres. Vous recevez cette alerte car vous avez enregistré une recherche.
SUBJECT: Encore un refus ? Comment rebondir || Au sommaire de notre newsletter : pourquoi un refus n'est pas une fin en soi, comment demander un retour sans paraître sur la défensive, et ce que les recruteurs aimeraient que les candidats sachent.
Nouveau sur le blog : « Nous sommes au regret de vous informer… » : ce que cachent vraiment les réponses négatives types. Également : notre étude des salaires 2025 est en ligne.
Votre lettre carrière de la semaine : trois offres qui pourraient vous plaire, un webinaire sur la négociation salariale et un guide pour relancer après un entretien.
Offres similaires à {role} que vous avez consultées : Chargé·e de projet (hybride), Coordinateur·rice logistique (télétravail). Postulez avant la clôture.
""",
        "oth_recruiter_cold": """
Je suis tombée sur votre profil et j'ai pensé qu'un poste de {role} chez l'un de nos clients en forte croissance pourrait vous intéresser. Désolée si ce n'est pas pertinent, n'hésitez pas à ignorer ce message.
Consultant au sein du cabinet Héron Conseil, je suis spécialisé dans les métiers de la supply chain en Île-de-France. Seriez-vous ouvert à l'idée d'entendre parler de quelques opportunités ? Aucun souci si le moment n'est pas idéal.
Désolé de te contacter à l'improviste. On monte une équipe pour un client dans les énergies renouvelables et ton expérience semble pertinente. Si tu n'es pas en recherche, connaîtrais-tu quelqu'un?
Je ne sais pas si vous êtes à l'écoute du marché, mais je mène une recherche pour un poste de {role} et votre parcours correspond bien. Je comprends tout à fait si ce n'est pas le cas ; excusez ce message non sollicité.
Je me permets de vous relancer au cas où mon message de la semaine dernière serait passé inaperçu. Si cela ne vous intéresse pas, dites-le-moi simplement et je ne vous recontacterai plus.
""",
        "oth_account_admin": """
SUBJECT: Réinitialisation de votre mot de passe || Nous avons reçu une demande de réinitialisation du mot de passe de votre espace candidat. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message. Le lien expire dans 24 heures.
Merci de confirmer votre adresse courriel pour finaliser la création de votre profil candidat chez {company}. Tant qu'elle n'est pas confirmée, vous ne pourrez pas postuler.
SUBJECT: Votre avis sur notre processus de recrutement || Vous avez récemment postulé chez {company}. Nous aimerions connaître votre expérience : le questionnaire prend moins de trois minutes et reste anonyme.
Vous êtes invité(e) ! Rejoignez-nous à notre soirée carrières le 18 septembre de 18 h à 20 h dans nos bureaux de Lausanne. Rencontrez nos équipes, découvrez notre programme jeunes diplômés et partagez un apéritif. Inscription via le lien ci-dessous.
Votre compte candidat est inactif depuis onze mois. Conformément au RGPD, votre profil et vos documents seront supprimés dans 30 jours si vous ne vous connectez pas d'ici là.
""",
        "oth_reference_closed_withdrawal": """
Jordan Pike vous a indiqué comme référence pour un poste chez {company}. Pourriez-vous remplir notre court formulaire de référence d'ici mercredi ? Cela prend environ dix minutes.
L'offre que vous avez sauvegardée, {role} chez {company}, n'accepte plus de candidatures. Découvrez des offres similaires ci-dessous.
Comme demandé, nous avons retiré votre candidature au poste de {role}. Nous regrettons votre départ du processus et serions ravis de recevoir une nouvelle candidature de votre part à l'avenir.
SUBJECT: Confirmation du retrait de votre candidature || Nous confirmons que vous avez retiré votre candidature au poste de {role} le 3 mai. S'il s'agit d'une erreur, contactez-nous sous sept jours.
Une offre de vos favoris a été clôturée : le poste de {role} chez {company} a été pourvu et n'est plus en ligne. Vous n'aviez pas postulé à cette offre.
""",
    },
    "es": {
        "rej_other_words": """
Tras valorar detenidamente su candidatura, hemos decidido no continuar con ella para el puesto de {role}.
Decidimos continuar el proceso con una persona cuyo perfil se ajusta más a las necesidades actuales del equipo.
Su candidatura no podrá ser considerada en las siguientes fases del proceso. Esta decisión es definitiva y, dado el volumen de solicitudes, no podemos ofrecer valoraciones individuales.
Tu perfil no encaja del todo con lo que buscamos para este cargo, por lo que no vamos a avanzar con tu postulación.
SUBJECT: Tu postulación en {company} || Quería escribirte personalmente: esta vez no se pudo dar. Lo conversamos bastante en el equipo y al final elegimos a otra candidata con más experiencia en compras.
""",
        "rej_softener_one_line": """
Lamentablemente, no seguiremos adelante con su candidatura.
Lamentamos comunicarle que su perfil no ha sido seleccionado para esta vacante.
Desafortunadamente, en esta ocasión no fuiste seleccionado(a).
Sentimos decirte que hemos decidido tomar otra dirección.
Por desgracia, esta vez no ha podido ser.
""",
        "rej_role_gone": """
Le informamos de que el puesto de {role} ya ha sido cubierto, por lo que cerramos el proceso de selección.
La vacante fue cubierta con un colaborador interno, por lo que no podremos continuar con tu postulación.
Debido a una reorganización interna, la posición ya no se cubrirá y el proceso ha quedado cancelado.
Ante la situación económica actual, hemos decidido congelar temporalmente las contrataciones. La vacante de {role} queda en pausa hasta nuevo aviso, por lo que no podemos seguir adelante con su candidatura.
SUBJECT: Vacante {role} cerrada || No se aprobó el presupuesto para esta posición en el ejercicio en curso. Por ello, hemos retirado la oferta de empleo y cerrado el proceso sin contratación.
""",
        "rej_public_sector": """
SUBJECT: Lista definitiva de personas admitidas y excluidas || Le comunicamos que figura como excluido/a en la lista definitiva de la convocatoria para la plaza de {role}. Causa de exclusión: no acreditar la titulación requerida. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Le informamos que, conforme a los resultados del examen de conocimientos, no alcanzó la calificación mínima aprobatoria, por lo que no continuará en el concurso para ocupar la plaza de {role}.
Una vez finalizado el proceso selectivo, le informamos de que no ha resultado seleccionado/a para la plaza convocada. La relación de personas aprobadas se publicará en el tablón de anuncios de la sede electrónica.
Le comunicamos que su postulación al cargo de {role} no cumple con los requisitos de admisibilidad establecidos en las bases del concurso, por lo que ha sido declarada inadmisible.
La comisión evaluadora informa que usted no fue incluido(a) en la terna de candidatos para el empleo ofertado. No se emitirá nombramiento a su favor en el marco de esta convocatoria.
""",
        "rej_offer_word": """
Hemos ofrecido el puesto a otra candidata, que ya lo ha aceptado.
Tras la última entrevista, decidimos hacerle una oferta a un candidato con más experiencia en el sector. Por ello, no podremos presentarle una propuesta.
Respondiendo a tu pregunta sobre los tiempos: no vamos a extenderte una oferta para esta posición.
La oferta fue para una persona con más trayectoria en la industria. No fue una decisión fácil.
SUBJECT: Proceso de selección – fase de ofertas finalizada || La fase de ofertas para el puesto de {role} ha concluido. Usted no se encuentra entre las personas candidatas a las que hemos podido hacer una propuesta.
""",
        "rej_after_interview": """
Muchas gracias por la agradable conversación de la semana pasada. Tras pensarlo detenidamente, hemos optado por otra candidatura.
Gracias por darte el tiempo de platicar con {sender_first} y el equipo. Estuvo muy reñido, pero al final tomamos otra decisión. Si quieres, con gusto te comparto retroalimentación en una llamada breve.
Tras finalizar todas las entrevistas, lamentamos comunicarle que no pasará a la segunda ronda.
Nos gustó mucho la entrevista con usted; no obstante, nos hemos decantado por un candidato cuya experiencia en automatización de almacenes se ajusta mejor a lo que necesitamos.
SUBJECT: Seguimiento de nuestra entrevista || Después de reunir las valoraciones de todas las personas que le entrevistaron, hemos decidido no continuar el proceso con usted.
""",
        "rej_after_assessment": """
Gracias por completar nuestra prueba en línea. Lamentablemente, su resultado no alcanza el mínimo necesario para pasar a la siguiente fase.
Gracias por la jornada de prueba del jueves. Al equipo le gustó trabajar contigo, pero hemos decidido no seguir adelante.
Hemos revisado el caso práctico que nos envió. Aunque tiene buenas ideas, no muestra la profundidad en modelización financiera que buscamos, así que cerramos el proceso en este punto.
Tras el assessment center del 14 de marzo, lamentamos informarle de que no ha sido seleccionado/a para la fase final.
Gracias por resolver el desafío técnico. Lo revisaron dos personas del equipo y no vamos a seguir adelante con tu postulación.
""",
        "rej_ats_status": """
SUBJECT: Actualización del estado de tu candidatura – {role} || El estado de tu candidatura ha cambiado. Estado actual: Descartado. Accede a tu perfil de candidato para ver todas tus candidaturas.
SUBJECT: {company} | {role} | No seleccionado || Hay una novedad sobre tu postulación. Puedes consultarla en cualquier momento en el portal de candidatos.
Postulación n.º 55102 – {role}. Estado: Rechazada. Etapa: Revisión del área. Este es un mensaje automático, por favor no responda.
SUBJECT: Tu postulación fue rechazada || {company} revisó tu postulación para {role}. En tu panel encontrarás otras vacantes que coinciden con tu perfil.
Su candidatura ({role}, {company}) ha sido archivada. Motivo: vacante cubierta. No es necesario que realice ninguna acción.
""",
        "rej_after_marketing": """
En {company} creemos que el campo tiene futuro. Desde 1962, más de 800 familias socias trabajan juntas para llevar aceite y vino de calidad a 40 países, y este año hemos vuelto a ser reconocidos por nuestras políticas de conciliación. Hemos recibido un gran número de candidaturas para el puesto de {role} y, tras revisarlas con atención, hemos decidido continuar con otros perfiles.
Nuestra misión es simple: que pagar sea fácil para cualquier persona en Latinoamérica. Con más de 3 millones de usuarios y equipos en Santiago, Lima y Bogotá, {company} está construyendo la infraestructura financiera de la región, y estamos orgullosos de nuestra cultura de aprendizaje. Leemos cada postulación con cuidado. En esta ocasión, tu postulación no avanzará.
Desde hace 50 años, {company} publica libros que acompañan a generaciones de lectores en México y Centroamérica. Creemos en el talento, la diversidad y el trabajo en equipo. Después de comparar tu perfil con los requisitos de la vacante, lamentamos no poder invitarte a una entrevista.
Somos una empresa familiar con tres generaciones de historia, donde la cercanía y el compañerismo lo son todo: comidas de equipo, horario flexible y decisiones rápidas. Por eso valoramos cada candidatura que recibimos. La suya, sin embargo, no ha sido preseleccionada.
{company} apuesta por la energía limpia: hemos reducido a la mitad nuestras emisiones desde 2019 y queremos llegar al 100 % renovable en 2030. Para lograrlo necesitamos personas comprometidas. La preselección para el puesto de {role} ha concluido y su candidatura no ha sido seleccionada.
""",
        "rej_short_casual": """
Te cuento rápido: al final nos fuimos con otra persona. ¡Gracias y mucha suerte!
Perdón por la demora. Vamos a seguir sin ti para esta vacante, pero fue un gusto conocerte.
Esta vez es un no, lo siento. ¡Gracias por tu tiempo!
SUBJECT: RE: {role} || El puesto ya está cubierto, así que no hace falta que me mandes el portafolio. ¡Un abrazo!
No vamos a poder ofrecerte el puesto, pero escribinos si ves otra búsqueda nuestra que te cierre.
""",
        "rej_talent_pool": """
Aunque no podemos avanzar con su candidatura para el puesto de {role}, su perfil nos ha parecido muy interesante y nos gustaría incorporarlo a nuestra bolsa de talento.
Hemos decidido continuar con otras candidaturas. Con su consentimiento, conservaremos sus datos durante 12 meses para contactarle si surge una vacante adecuada. Puede retirar su consentimiento en cualquier momento.
No quedaste seleccionado(a) para esta vacante, pero te sumamos a nuestra comunidad de talento para que seas de los primeros en enterarte de búsquedas similares.
Tu perfil no encaja exactamente con esta posición, pero creemos que podrías sumarte a {company} en el futuro. ¿Quieres que te tengamos en cuenta? Solo responde «sí».
Esta vez no ha podido ser, pero no es el final: su perfil queda guardado en nuestra base de talento, y nuestro equipo de selección la consulta primero cada vez que se abre una nueva posición.
""",
        "rej_requirements": """
Según sus respuestas al cuestionario, no cumple los requisitos mínimos del puesto (permiso de trabajo vigente en España). Por ello, no podemos considerar su candidatura.
Este cargo requiere inglés avanzado comprobable y, según tu CV, todavía no cuentas con ese nivel, por lo que no podemos avanzar con tu postulación.
El puesto es 100 % presencial en Zaragoza y no contamos con ayudas para la reubicación, así que lamentablemente no podemos seguir adelante con su candidatura.
No cuenta con la certificación indicada como imprescindible en la oferta (PMP o equivalente), por lo que su candidatura no ha podido avanzar.
Tu expectativa salarial está bastante por encima del rango autorizado para esta vacante, por lo que decidimos no continuar con el proceso.
""",
        "ack_received": """
Le confirmamos que hemos recibido su candidatura para el puesto de {role}. Por el momento no necesita hacer nada más.
Tu postulación fue enviada con éxito. Número de referencia: PO-61230. Puedes seguir su estado desde tu cuenta de candidato.
¡Gracias por postularte! Ya tenemos tu CV y tu carta, y están en manos del equipo.
SUBJECT: Hemos recibido tu candidatura || Tu candidatura para {role} en {company} ha sido recibida. Por favor, no respondas a este correo; este buzón no se revisa.
Confirmamos la recepción de su hoja de vida. Si su perfil se ajusta a lo que buscamos, nos comunicaremos con usted en las próximas dos semanas; de lo contrario, la conservaremos en nuestra base de datos.
""",
        "ack_under_review": """
Su candidatura está siendo revisada por la persona responsable de la contratación. Intentamos dar respuesta a todo el mundo en un plazo de diez días hábiles.
Actualización rápida: tu postulación pasó a la etapa de revisión. Te escribimos apenas tengamos novedades.
Seguimos revisando las candidaturas para esta vacante y queremos asegurarle que la suya continúa en el proceso.
SUBJECT: Estado de tu postulación: En revisión || El estado de tu postulación cambió a: En revisión. Te avisaremos de cualquier cambio.
El plazo de presentación ha finalizado y estamos realizando la preselección. Las personas seleccionadas para entrevista serán contactadas antes del 28 de junio. Si no recibe noticias nuestras para esa fecha, entienda que su candidatura no ha sido seleccionada en esta ocasión.
""",
        "ack_delay": """
Lamentablemente, debido al alto volumen de candidaturas recibidas, la revisión está tardando más de lo previsto. Le agradecemos su paciencia.
Lamentamos no haber podido responderle antes. Su candidatura sigue activa y esperamos tomar una decisión la próxima semana.
¡Perdón por el silencio! Seguimos en plena selección y todavía no hay nada decidido. Te escribo a más tardar a fin de mes.
Hemos recibido una cantidad excepcional de solicitudes y, por desgracia, revisarlas todas nos llevará unas semanas más. Su candidatura sigue, por supuesto, en el proceso.
Desafortunadamente, las entrevistas se retrasan por las fiestas de fin de año. No nos hemos olvidado de tu postulación; te contactaremos en enero.
""",
        "inv_interview": """
Nos gustaría invitarle a una primera entrevista para el puesto de {role}. Durará unos 45 minutos y será por videollamada. ¿Le viene bien alguno de estos horarios: martes 10:00, miércoles 14:30 o jueves 11:00?
¡Buenas noticias! El equipo quiere entrevistarte. Usa el enlace de abajo para elegir el horario que mejor te acomode.
Nos complace invitarle a una entrevista presencial el viernes 7 de junio a las 14:00 en nuestras oficinas. Se reunirá con {sender_first} y la dirección de operaciones. Por favor, traiga un documento de identidad.
¡Quedaste preseleccionado(a)! El siguiente paso es una entrevista telefónica de 30 minutos con nuestra reclutadora. ¿Nos compartes tu disponibilidad para esta semana?
SUBJECT: Invitación a entrevista final – {role} || Nos complace invitarle a la entrevista final, que incluye una presentación de 20 minutos y preguntas del comité. Adjuntamos el caso práctico.
""",
        "inv_no_word": """
Tu perfil me llamó la atención. ¿Tienes tiempo esta semana para una llamada corta sobre la posición de {role}?
Nos encantaría conocerle un poco mejor. ¿Tendría 30 minutos el lunes o el martes por la tarde para una videollamada?
El equipo quiere seguir conversando. Te paso algunos horarios para una videollamada: miér. 9:30, miér. 15:00, jue. 10:00. Dime cuál te queda mejor.
¿Podemos agendar un espacio para conocernos? Me gustaría contarle sobre las funciones y saber más de su experiencia en gestión de proveedores.
SUBJECT: Siguiente paso con {company} || ¡Gracias por tu paciencia! Nos gustaría que vinieras a tomar un café con el equipo la próxima semana, algo informal. ¿Te viene bien el jueves por la mañana?
""",
        "inv_apology_or_prior_no": """
Disculpe la demora en responder, han sido semanas de mucho trabajo. La buena noticia: la jefa del área quiere conversar con usted. ¿Podría el jueves a las 15:00?
Aunque a principios de año no avanzamos con tu candidatura para analista de datos, tu perfil se nos quedó grabado. Nos gustaría invitarte a una entrevista para nuestra vacante de {role}.
Disculpe la confusión: es posible que haya recibido un correo automático indicando que su candidatura había sido descartada. Se envió por error. En realidad, queremos invitarle a una entrevista la próxima semana.
Perdón por la tardanza. No pudimos ofrecerte el puesto original, pero se abrió una nueva vacante de {role} en nuestra oficina de Monterrey y nos gustaría platicarla contigo. ¿Tienes disponibilidad el lunes para una llamada?
Lamentablemente tenemos que mover su entrevista porque un miembro del comité está enfermo. Le pedimos disculpas por el cambio de último momento. ¿Le vendría bien el miércoles 12 de junio a las 10:00?
""",
        "off_conditional_verbal": """
Tras nuestra conversación telefónica de esta mañana, me alegra confirmarle que queremos ofrecerle el puesto de {role}. La carta oferta formal llegará en cuanto terminemos la verificación de referencias.
Nos complace hacerle una oferta de empleo condicionada para el puesto de {role}, sujeta a la comprobación de referencias y de su permiso de trabajo.
Como te dije por teléfono, el equipo fue unánime: ¡queremos que te sumes! Antes de pasarlo por escrito, ¿me confirmás tu fecha de inicio más temprana?
¡Felicidades! Nos da mucho gusto ofrecerte la posición de {role}, sujeta a la aprobación de tu examen médico de ingreso.
SUBJECT: Buenas noticias de {company} || Me hace mucha ilusión decirte que queremos hacerte una oferta. Te llamo mañana para repasar los detalles.
""",
        "off_paperwork": """
Adjunto encontrará su contrato de trabajo para el puesto de {role}. Salario bruto anual: 38.000 EUR. Le rogamos que nos devuelva una copia firmada antes del viernes.
Tu carta oferta está lista. Haz clic en el enlace seguro para revisarla, firmarla electrónicamente y aceptarla en un plazo de cinco días hábiles.
Tras su aceptación verbal, le enviamos adjuntos el contrato, el formulario de alta y el documento para sus datos bancarios. Su primer día será el lunes 2 de septiembre.
SUBJECT: Oferta de empleo – {role} || Nos complace ofrecerle el puesto de {role} con contrato indefinido a jornada completa a partir del 1 de octubre. Adjuntamos la carta oferta y el resumen de beneficios.
Como quedamos, aquí va la oferta revisada con el bono de incorporación que comentamos. Si todo está bien, puedes aceptarla en línea y arrancamos con el onboarding.
""",
        "oth_alerts_content": """
SUBJECT: 12 nuevas ofertas de empleo para «coordinador de proyectos» || Nuevas ofertas para ti: Coordinador/a de proyectos en Obras Levante, Técnico/a de logística en {company}, Planificador/a junior en Orbis Foods. Ver las 12 ofertas. Recibes esta alerta porque guardaste una búsqueda.
SUBJECT: ¿Otro rechazo? Así puedes recuperarte || En el boletín de esta semana: por qué un rechazo no es el final del camino, cómo pedir retroalimentación sin sonar a la defensiva y qué les gustaría a los reclutadores que supieran los candidatos.
Nuevo en el blog: «Lamentamos comunicarle…»: qué significan realmente esos correos y cómo leer entre líneas. Además: ya está disponible nuestra guía salarial 2025.
Tu boletín semanal de empleo: tres vacantes que podrían interesarte, un webinar sobre negociación salarial y una guía para dar seguimiento después de una entrevista.
Empleos similares a {role} que has visto: Coordinador/a de proyectos (híbrido), Coordinador/a logístico (remoto). Postúlate antes de que cierren.
""",
        "oth_recruiter_cold": """
Vi tu perfil y pensé que una posición de {role} en un cliente nuestro en pleno crecimiento podría interesarte. Disculpa si no es lo que buscas; si es así, ignora este mensaje sin problema.
Soy consultora en Garza Talento, especializada en perfiles de cadena de suministro en la zona de Madrid. ¿Le interesaría conocer algunas oportunidades? Sin problema si no es buen momento.
Perdón por escribirte así, de repente. Estamos armando un equipo para un cliente de energías renovables y tu experiencia parece encajar. Si no estás buscando, ¿conoces a alguien que pueda estar interesado?
No sé si estás abierto(a) a nuevas oportunidades, pero estoy llevando una búsqueda de {role} y tu trayectoria encaja bien. Lo entiendo perfectamente si no; disculpa el mensaje no solicitado.
Le escribo de nuevo por si mi mensaje de la semana pasada se perdió en su bandeja. Si no le interesa, dígamelo y no volveré a contactarle.
""",
        "oth_account_admin": """
SUBJECT: Restablece tu contraseña || Recibimos una solicitud para restablecer la contraseña de tu cuenta de candidato. Si no fuiste tú, puedes ignorar este correo. El enlace caduca en 24 horas.
Confirma tu dirección de correo para terminar de crear tu perfil de candidato en {company}. Hasta que la confirmes, no podrás enviar postulaciones.
SUBJECT: ¿Cómo fue tu experiencia como candidato? || Hace poco te postulaste en {company}. Nos encantaría conocer tu opinión: la encuesta dura menos de tres minutos y es anónima.
¡Estás invitado/a! Acompáñanos en nuestra Noche de Carreras el 18 de septiembre, de 18:00 a 20:00, en nuestras oficinas de Bogotá. Conoce al equipo, descubre nuestro programa de trainees y disfruta de un cóctel. Inscríbete en el enlace.
Su cuenta de candidato lleva once meses inactiva. De acuerdo con nuestra política de privacidad, eliminaremos su perfil y sus documentos en 30 días si no inicia sesión antes.
""",
        "oth_reference_closed_withdrawal": """
Jordan Pike le ha indicado como referencia para un puesto en {company}. ¿Podría completar nuestro breve formulario de referencias antes del miércoles? Le llevará unos diez minutos.
La oferta que guardaste, {role} en {company}, ya no acepta candidaturas. Te mostramos ofertas similares a continuación.
Tal como nos pidió, hemos retirado su candidatura para el puesto de {role}. Lamentamos que deje el proceso y esperamos volver a saber de usted en el futuro.
SUBJECT: Retiro de postulación confirmado || Confirmamos que retiraste tu postulación para {role} el 3 de mayo. Si fue un error, escríbenos dentro de los próximos siete días.
Una vacante de tu lista de favoritos se cerró: {role} en {company} ya fue cubierta y no está publicada. No te habías postulado a esta vacante.
""",
    },
    "pt": {
        "rej_other_words": """
Após uma análise cuidada, decidimos não dar seguimento à sua candidatura para a função de {role}.
Decidimos seguir o processo com outra pessoa candidata, cujo perfil está mais alinhado às necessidades atuais do time.
A sua candidatura não poderá ser considerada nas fases seguintes do processo. Esta decisão é definitiva e, dado o volume de candidaturas, não nos é possível dar feedback individual.
Seu perfil não tem a aderência que buscamos para essa vaga neste momento, por isso não vamos avançar com sua candidatura.
SUBJECT: Sua candidatura na {company} || Queria te escrever pessoalmente: desta vez não deu certo. Conversamos bastante no time e acabamos escolhendo outra candidata, com mais experiência em compras.
""",
        "rej_softener_one_line": """
Infelizmente, não vamos seguir com a sua candidatura.
Lamentamos informar que a sua candidatura não foi selecionada para esta oferta.
Infelizmente, desta vez você não foi selecionado(a).
Sentimos muito, mas optamos por seguir outro caminho.
Infelizmente, seu perfil não avançou para a próxima etapa.
""",
        "rej_role_gone": """
Informamos que a vaga de {role} já foi preenchida, por isso encerramos o processo seletivo.
A vaga foi preenchida por recrutamento interno, então não poderemos dar continuidade à sua candidatura.
Na sequência de uma reestruturação interna, a função deixou de estar em aberto e o processo de recrutamento foi cancelado.
Diante do cenário econômico atual, decidimos congelar as contratações temporariamente. A vaga de {role} está suspensa até segunda ordem, por isso não podemos seguir com a sua candidatura.
SUBJECT: Vaga {role} encerrada || O orçamento para esta posição não foi aprovado no exercício em curso. Por isso, a vaga foi retirada e o processo encerrado sem contratação.
""",
        "rej_public_sector": """
SUBJECT: Procedimento concursal – lista de ordenação final || Informa-se que V. Exa. foi excluído(a) do procedimento concursal para a carreira de técnico superior, por não ter obtido a valoração mínima de 9,5 valores no método de seleção Prova de Conhecimentos. A lista pode ser consultada no sítio da entidade.
Comunicamos que, conforme resultado preliminar publicado no Diário Oficial, sua inscrição no processo seletivo simplificado para {role} foi indeferida por não atender aos requisitos do edital.
Findo o processo de seleção, informamos que não foi selecionado(a) para o posto de trabalho. Nos termos do Código do Procedimento Administrativo, dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
Informamos que você não foi classificado(a) dentro do número de vagas previsto no edital do concurso público, não havendo previsão de convocação para nomeação.
Comunicamos que a sua candidatura ao programa de estágios profissionais na Administração Pública foi considerada não admitida por falta de documento comprovativo das habilitações. Não haverá lugar a proposta de colocação.
""",
        "rej_offer_word": """
Oferecemos a vaga a outra candidata, que já aceitou a proposta.
Após a última entrevista, decidimos apresentar uma proposta a um candidato com mais experiência no setor. Por esse motivo, não nos será possível fazer-lhe uma proposta.
Respondendo à sua pergunta sobre prazos: não vamos fazer uma proposta para você nesta vaga.
A proposta foi para uma pessoa com mais bagagem no setor. Não foi uma decisão fácil.
SUBJECT: Processo seletivo – etapa de proposta concluída || A etapa de proposta para a vaga de {role} foi concluída. Você não está entre as pessoas candidatas que receberam uma proposta.
""",
        "rej_after_interview": """
Muito obrigado pela conversa agradável da semana passada. Depois de muita reflexão, optamos por outra candidatura.
Valeu por ter tirado um tempo para bater um papo com {sender_first} e o time. Foi uma decisão apertada, mas no fim seguimos com outra pessoa. Se quiser, posso te passar um feedback numa ligação rápida.
Após concluirmos todas as entrevistas, lamentamos informar que não irá passar à segunda fase.
Gostámos muito da entrevista consigo; no entanto, optámos por um candidato cuja experiência em automação de armazéns se adequa melhor às nossas necessidades.
SUBJECT: Retorno sobre a entrevista || Depois de reunir o feedback de todas as pessoas que te entrevistaram, decidimos não dar continuidade ao processo com você.
""",
        "rej_after_assessment": """
Obrigado por realizar o nosso teste online. Infelizmente, o seu resultado não atingiu a pontuação mínima para a próxima etapa.
Obrigada pelo dia de experiência com a gente na quinta. O time curtiu trabalhar com você, mas decidimos não seguir adiante.
Analisámos o estudo de caso que nos enviou. Embora tenha boas ideias, não demonstra a profundidade em modelação financeira que procuramos, pelo que encerramos aqui o processo.
Após a dinâmica de grupo e o painel do dia 14 de março, lamentamos informar que você não foi aprovado(a) para a etapa final.
Valeu por fazer o case técnico. Duas pessoas do time revisaram e não vamos seguir com a sua candidatura.
""",
        "rej_ats_status": """
SUBJECT: Atualização do status da sua candidatura – {role} || O status da sua candidatura mudou. Status atual: Reprovado. Acesse seu perfil de candidato para ver todas as suas candidaturas.
SUBJECT: {company} | {role} | Não selecionado || Há uma atualização sobre a sua candidatura. Você pode consultá-la a qualquer momento no portal de candidatos.
Candidatura n.º 90441 – {role}. Estado: Recusada. Fase: Triagem curricular. Esta é uma mensagem automática, por favor não responda.
SUBJECT: Processo finalizado – {role} || A {company} analisou sua candidatura para {role} e o seu processo foi finalizado. No seu painel você encontra outras vagas compatíveis com o seu perfil.
A sua candidatura ({role}, {company}) foi arquivada. Motivo: vaga preenchida. Não é necessária nenhuma ação da sua parte.
""",
        "rej_after_marketing": """
Na {company}, acreditamos que saúde de qualidade deve estar ao alcance de todo mundo. Desde 2015, nossa plataforma já conectou mais de 2 milhões de pacientes a profissionais em todo o Brasil, e fomos reconhecidos entre as melhores empresas para trabalhar na área da saúde. Recebemos um número muito grande de candidaturas para a vaga de {role} e, após uma análise cuidadosa, decidimos seguir com outros perfis.
Há mais de 60 anos que a {company} mantém viva a tradição têxtil do Vale do Ave, exportando para 25 países com uma equipa de 700 pessoas. Investimos na formação contínua e na conciliação entre vida profissional e familiar. Lemos todas as candidaturas com atenção. Desta vez, a sua candidatura não vai avançar.
Inovação, cuidado e transparência: esses valores guiam a {company} desde a fundação. Nossos produtos chegam a mais de 30 países. Depois de comparar seu perfil com os requisitos da vaga, lamentamos não poder convidá-lo(a) para uma entrevista.
Somos uma empresa familiar com três gerações de história, onde a proximidade e o espírito de equipa fazem a diferença: almoços de equipa, horário flexível e decisões rápidas. Por isso valorizamos cada candidatura que recebemos. A sua, no entanto, não foi pré-selecionada.
A {company} aposta na energia limpa: reduzimos as nossas emissões para metade desde 2019 e queremos chegar a 100 % renovável em 2030. Para isso, precisamos de pessoas comprometidas. A pré-seleção para a vaga de {role} terminou e a sua candidatura não foi selecionada.
""",
        "rej_short_casual": """
Passando rapidinho pra avisar: fechamos com outra pessoa. Obrigado e boa sorte!
Desculpa a demora! Vamos seguir sem você nessa vaga, mas foi muito bom te conhecer.
Dessa vez é um não, sinto muito. Obrigado pelo seu tempo!
SUBJECT: RE: {role} || A vaga já foi preenchida, então não precisa mandar o portfólio. Abraço!
Não vamos conseguir avançar consigo para esta função, mas volte a falar connosco se vir outra oferta nossa que lhe interesse.
""",
        "rej_talent_pool": """
Embora não possamos avançar com a sua candidatura para a vaga de {role}, o seu perfil chamou-nos a atenção e gostaríamos de o manter na nossa bolsa de talentos.
Decidimos seguir com outras candidaturas. Com o seu consentimento, manteremos os seus dados durante 12 meses para o/a contactar caso surja uma oportunidade adequada. Pode retirar o consentimento a qualquer momento.
Você não foi selecionado(a) para essa vaga, mas seu currículo ficou no nosso banco de talentos, e você vai ser um dos primeiros a saber de vagas parecidas.
Seu perfil não encaixou exatamente nessa posição, mas achamos que você pode fazer parte da {company} no futuro. Quer que a gente te mantenha no radar? É só responder "sim".
Não foi desta vez, mas não é o fim da história: o seu perfil fica guardado na nossa comunidade de talentos, e a nossa equipa de recrutamento consulta-a primeiro sempre que abre uma nova posição.
""",
        "rej_requirements": """
De acordo com as respostas ao questionário, não cumpre os requisitos mínimos da função (autorização de residência e trabalho em Portugal). Por esse motivo, não podemos considerar a sua candidatura.
Essa vaga exige inglês fluente comprovado e, pelo seu currículo, você ainda não tem esse nível, então não vamos conseguir avançar com sua candidatura.
A vaga é 100% presencial em Campinas e não oferecemos ajuda de custo para mudança, por isso infelizmente não podemos seguir com a sua candidatura.
Não possui a certificação indicada como obrigatória no anúncio (PMP ou equivalente), pelo que a sua candidatura não avançou.
Sua pretensão salarial está bem acima da faixa prevista para essa vaga, por isso decidimos não seguir com o processo.
""",
        "ack_received": """
Confirmamos a receção da sua candidatura para a função de {role}. Neste momento não precisa de fazer mais nada.
Sua candidatura foi enviada com sucesso! Número de referência: GP-73318. Acompanhe as etapas pelo seu perfil de candidato.
Obrigado por se candidatar! Recebemos seu currículo e sua carta, e eles já estão com o time.
SUBJECT: Recebemos a sua candidatura || A sua candidatura para {role} na {company} foi recebida. Por favor, não responda a este e-mail; esta caixa de correio não é monitorizada.
Confirmamos a receção dos seus documentos. Caso o seu perfil corresponda aos requisitos, a nossa equipa entrará em contacto nas próximas duas semanas. Apenas os candidatos pré-selecionados serão contactados.
""",
        "ack_under_review": """
Sua candidatura está em análise pela pessoa gestora da vaga. Procuramos dar retorno a todos em até dez dias úteis.
Atualização rápida: sua candidatura avançou para a etapa de análise. A gente te avisa assim que tiver novidades.
Continuamos a analisar as candidaturas para esta oferta e queremos garantir-lhe que a sua continua em processo.
SUBJECT: Status da candidatura: Em análise || O status da sua candidatura mudou para: Em análise. Você será notificado(a) de qualquer mudança.
O prazo de candidatura terminou e a pré-seleção está em curso. As pessoas selecionadas para entrevista serão contactadas até 28 de junho. Se não tiver notícias nossas até essa data, considere que a sua candidatura não foi selecionada nesta ocasião.
""",
        "ack_delay": """
Infelizmente, devido ao grande volume de candidaturas, a análise está demorando mais do que o previsto. Agradecemos a sua paciência.
Lamentamos não ter conseguido responder-lhe mais cedo. A sua candidatura continua ativa e contamos tomar uma decisão na próxima semana.
Desculpa pelo sumiço! A gente ainda está no meio da seleção e nada foi decidido. Te dou um retorno até o fim do mês.
Recebemos um número excecional de candidaturas e, infelizmente, analisá-las todas vai levar mais algumas semanas. A sua candidatura continua, naturalmente, no processo.
Infelizmente, as entrevistas foram adiadas por causa das festas de fim de ano. Sua candidatura não foi esquecida; retomamos o contato em janeiro.
""",
        "inv_interview": """
Gostaríamos de convidá-lo(a) para uma primeira entrevista para a vaga de {role}. A conversa dura cerca de 45 minutos, por videochamada. Algum destes horários funciona para você: terça às 10h, quarta às 14h30 ou quinta às 11h?
Boa notícia: o time quer te entrevistar! Use o link abaixo para escolher o horário que for melhor pra você.
Temos o prazer de o(a) convidar para uma entrevista presencial na sexta-feira, 7 de junho, às 14h, nas nossas instalações. Irá conhecer {sender_first} e a direção de operações. Traga, por favor, o seu Cartão de Cidadão.
Você foi pré-selecionado(a)! A próxima etapa é uma entrevista por telefone de 30 minutos com a nossa recrutadora. Pode nos passar a sua disponibilidade para esta semana?
SUBJECT: Convite para entrevista final – {role} || Temos o prazer de convidá-lo(a) para a entrevista final, que inclui uma apresentação de 20 minutos seguida de perguntas do painel. Segue em anexo o estudo de caso.
""",
        "inv_no_word": """
Seu perfil me chamou a atenção. Você tem um tempinho essa semana para uma ligação rápida sobre a vaga de {role}?
Gostaríamos de o(a) conhecer um pouco melhor. Teria 30 minutos na segunda ou na terça à tarde para uma videochamada?
O time quer continuar a conversa. Seguem alguns horários para uma call: qua 9h30, qua 15h, qui 10h. É só responder com o que funcionar melhor.
Podemos marcar um momento para nos conhecermos? Gostaria de lhe apresentar a função e saber mais sobre a sua experiência em gestão de fornecedores.
SUBJECT: Próximo passo com a {company} || Obrigada pela paciência! A gente queria te chamar para um café com o time na semana que vem, bem informal. Quinta de manhã funciona pra você?
""",
        "inv_apology_or_prior_no": """
Peço desculpa pela demora na resposta, têm sido semanas intensas. A boa notícia: a diretora da área gostaria de falar consigo. Pode ser na quinta às 15h?
Mesmo que a sua candidatura para analista de dados não tenha avançado no começo do ano, seu perfil ficou na nossa memória. Queremos te convidar para uma entrevista para a vaga de {role}.
Pedimos desculpa pelo equívoco: é possível que tenha recebido um e-mail automático a informar que a sua candidatura tinha sido recusada. Foi enviado por engano. Na verdade, gostaríamos de o(a) convidar para uma entrevista na próxima semana.
Desculpa a demora. Não conseguimos te oferecer a vaga original, mas abriu uma nova posição de {role} no nosso escritório de Curitiba e gostaríamos de conversar com você sobre ela. Você tem disponibilidade na segunda para uma ligação?
Infelizmente precisamos remarcar a sua entrevista, porque um membro do painel está doente. Desculpe a mudança em cima da hora. Quarta, dia 12 de junho, às 10h, seria possível para você?
""",
        "off_conditional_verbal": """
Conforme conversamos por telefone hoje de manhã, fico muito feliz em confirmar que queremos te fazer uma proposta para a vaga de {role}. A carta-proposta formal segue assim que concluirmos a checagem de referências.
Temos o prazer de lhe apresentar uma proposta de contratação condicional para a função de {role}, sujeita à verificação de referências e do seu registo criminal.
Como te falei no telefone, o time foi unânime: a gente quer muito você com a gente! Antes de formalizar, você consegue me confirmar a sua data de início mais próxima?
Parabéns! Temos o prazer de lhe oferecer a posição de {role}, condicionada à aprovação no exame médico admissional.
SUBJECT: Boas notícias da {company} || Estou muito contente por lhe dizer que queremos fazer-lhe uma proposta. Ligo-lhe amanhã para vermos os detalhes com calma.
""",
        "off_paperwork": """
Segue em anexo o seu contrato de trabalho para a função de {role}. Remuneração base anual: 28 000 EUR, paga em 14 meses. Agradecemos que nos devolva um exemplar assinado até sexta-feira.
Sua carta-proposta está pronta! Clique no link seguro para visualizar, assinar digitalmente e aceitar em até cinco dias úteis.
Após o seu aceite verbal, seguem em anexo a lista de documentos admissionais, o formulário de cadastro e o pedido de dados bancários. Seu primeiro dia será segunda-feira, 2 de setembro.
SUBJECT: Proposta de contratação – {role} || Temos o prazer de lhe oferecer a função de {role} com contrato sem termo, a tempo inteiro, a partir de 1 de outubro. Seguem em anexo a proposta e o resumo dos benefícios.
Como combinado, segue a proposta revisada com o bônus de contratação que conversamos. Se estiver tudo certo, é só aceitar online e começamos a admissão.
""",
        "oth_alerts_content": """
SUBJECT: 12 novas vagas para "coordenador de projetos" || Novas vagas para você: Coordenador(a) de Projetos na Construtora Aroeira, Analista de Logística na {company}, Planejador(a) Júnior na Orbis Foods. Ver todas as 12 vagas. Você recebe este alerta porque salvou uma busca.
SUBJECT: Recebeu mais um "não"? Veja como dar a volta por cima || Na newsletter desta semana: por que uma reprovação não é o fim da linha, como pedir feedback sem parecer na defensiva e o que recrutadores gostariam que candidatos soubessem.
Novo no blog: "Infelizmente, não seguiremos com a sua candidatura…": o que esses e-mails realmente querem dizer e como ler nas entrelinhas. E mais: o nosso guia salarial 2025 já está disponível.
A sua newsletter semanal de carreira: três ofertas que lhe podem interessar, um webinar sobre negociação salarial e um guia para fazer o seguimento depois de uma entrevista.
Vagas parecidas com {role} que você visualizou: Coordenador(a) de Projetos (híbrido), Coordenador(a) de Logística (remoto). Candidate-se antes que encerrem.
""",
        "oth_recruiter_cold": """
Vi o seu perfil e pensei que uma vaga de {role} num cliente nosso em forte crescimento poderia interessar-lhe. Desculpe se não fizer sentido; nesse caso, ignore esta mensagem.
Sou consultora na Garça Talentos e trabalho com vagas de supply chain na região de São Paulo. Você estaria aberto(a) a ouvir sobre algumas oportunidades? Sem problema se o momento não for bom.
Desculpa chegar assim do nada. Estamos montando um time para um cliente de energia renovável e sua experiência parece ter tudo a ver. Se você não estiver buscando, conhece alguém que possa ter interesse?
Não sei se está aberto(a) a novos desafios, mas estou a conduzir um processo para {role} e o seu percurso encaixa bem. Compreendo perfeitamente se não for o caso; peço desculpa pela mensagem não solicitada.
Voltando aqui caso minha mensagem da semana passada tenha se perdido na caixa de entrada. Se não tiver interesse, é só me avisar que não entro mais em contato.
""",
        "oth_account_admin": """
SUBJECT: Redefinição de senha || Recebemos uma solicitação para redefinir a senha da sua conta de candidato. Se não foi você, ignore este e-mail. O link expira em 24 horas.
Confirme o seu endereço de e-mail para concluir a criação do seu perfil de candidato na {company}. Enquanto não o confirmar, não poderá submeter candidaturas.
SUBJECT: Como foi a sua experiência como candidato? || Você se candidatou recentemente na {company}. Queremos saber como foi: a pesquisa leva menos de três minutos e é anônima.
Você está convidado(a)! Venha para o nosso Dia de Carreiras em 18 de setembro, das 18h às 20h, no nosso escritório de Porto Alegre. Conheça o time, saiba mais sobre o programa de trainee e aproveite um happy hour. Inscreva-se pelo link.
A sua conta de candidato está inativa há onze meses. Em conformidade com o RGPD, o seu perfil e documentos serão eliminados dentro de 30 dias, a menos que inicie sessão antes disso.
""",
        "oth_reference_closed_withdrawal": """
Jordan Pike indicou-o(a) como referência para uma função na {company}. Poderia preencher o nosso breve formulário de referências até quarta-feira? Demora cerca de dez minutos.
A vaga que você salvou, {role} na {company}, não está mais recebendo candidaturas. Confira vagas parecidas abaixo.
Conforme solicitado, retiramos a sua candidatura para a vaga de {role}. Sentimos muito pela sua saída do processo e esperamos ter notícias suas no futuro.
SUBJECT: Desistência confirmada || Confirmamos que você desistiu da sua candidatura para {role} em 3 de maio. Se foi um engano, fale com a gente em até sete dias.
Uma oferta da sua lista de favoritos foi encerrada: {role} na {company} foi preenchida e já não está publicada. Não se tinha candidatado a esta oferta.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear {first} Rivera,",
            "{first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for taking the time to apply to {company}.",
            "We appreciate the time you put into your application.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your next steps.",
            "We wish you every success in the future.",
            "Good luck, and thanks again.",
        ],
        "marketing": [
            "{company} is an employee-owned business with teams in nine countries. We design, build and run the services our customers rely on every day, and we're proud to have been named one of the region's best places to work three years running. Find out more about life at {company} on our careers site.",
            "At {company}, our people make the difference. From flexible and hybrid working to a generous learning budget, paid volunteering days and an active wellbeing network, we want everyone to do their best work and grow with us.",
            "Diversity, equity and inclusion are at the heart of {company}. We welcome applications from people of all backgrounds and are committed to making reasonable adjustments at every stage of our hiring process.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition, {company}",
            "Thanks,\n{sender_first}",
            "Warm wishes,\n{sender}\n{company}",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This email and any attachments are confidential and intended solely for the addressee. {company}, registered office: 14 Quayside, Unit 3.",
            "You are receiving this email because you applied for a role or created a profile with {company}. Manage your email preferences or unsubscribe.",
            "Please do not reply to this automated message. Read our candidate privacy notice to learn how we process your data.",
            "Sent via the {company} careers portal.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Your application to {company}",
            "Update on your application",
            "Re: {role} application",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "Interview – {role} at {company}",
            "{company}: scheduling",
            "Your application for {role}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "{role} – offer",
            "Welcome to {company}",
            "Next steps",
        ],
        "subject_oth": [
            "News from {company}",
            "{company} Careers",
            "Your candidate account",
            "An update from {company}",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte:r {first} Rivera,",
            "Liebe:r {first},",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Vielen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich als {role} bei uns beworben hast.",
            "Herzlichen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Für deine weitere Jobsuche wünschen wir dir viel Erfolg!",
            "Wir wünschen Ihnen viel Erfolg auf Ihrem weiteren Weg.",
            "Wir drücken dir die Daumen für deinen weiteren Weg.",
        ],
        "marketing": [
            "{company} ist ein inhabergeführtes Unternehmen mit Standorten in neun Ländern. Wir entwickeln und betreiben Lösungen, auf die sich unsere Kund*innen jeden Tag verlassen, und wurden drei Jahre in Folge als einer der besten Arbeitgeber der Region ausgezeichnet.",
            "Bei {company} machen die Menschen den Unterschied: flexible Arbeitszeiten, mobiles Arbeiten, ein großzügiges Weiterbildungsbudget, Jobrad und ein aktives betriebliches Gesundheitsmanagement gehören bei uns dazu.",
            "Vielfalt ist bei {company} gelebter Alltag. Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\nPeople & Culture, {company}",
            "Beste Grüße\n{sender_first}",
            "Freundliche Grüße\n{sender}\n{company}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg · Geschäftsführung: siehe Impressum",
            "Informationen zum Datenschutz im Bewerbungsprozess finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
            "Du erhältst diese E-Mail, weil du ein Profil im Karriereportal von {company} angelegt hast. Abmelden",
            "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "{role} – Ihre Bewerbung",
        ],
        "subject_inv": [
            "Einladung: {role}",
            "Nächste Schritte – {role}",
            "Terminabstimmung {company}",
            "Deine Bewerbung als {role}",
        ],
        "subject_off": [
            "Ihr Angebot von {company}",
            "{role} – Vertragsangebot",
            "Willkommen bei {company}!",
            "Nächste Schritte",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "{company} Karriere",
            "Ihr Bewerberkonto",
            "Info von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Salut {first},",
            "Cher·ère {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé au poste de {role}.",
            "Merci pour le temps consacré à votre candidature.",
            "Merci de ton intérêt pour {company} !",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Nous vous adressons nos meilleurs vœux pour la suite de votre parcours professionnel.",
            "Bonne continuation !",
            "Bonne chance pour la suite de tes démarches.",
        ],
        "marketing": [
            "{company} est une entreprise indépendante présente dans neuf pays. Nous concevons et exploitons des solutions sur lesquelles nos clients comptent chaque jour, et nous sommes fiers d'avoir été reconnus trois années de suite parmi les meilleurs employeurs de la région.",
            "Chez {company}, ce sont nos équipes qui font la différence : horaires flexibles, télétravail, budget formation généreux, journées de bénévolat et un programme de bien-être actif.",
            "La diversité et l'inclusion sont au cœur de {company}. Nous accueillons toutes les candidatures et nous engageons à proposer des aménagements à chaque étape du recrutement.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nÉquipe Talents, {company}",
            "Meilleures salutations,\n{sender}",
            "Au plaisir,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
        ],
        "footer": [
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. {company}, siège social : 12 rue des Tanneurs.",
            "Vous recevez ce courriel parce que vous avez créé un profil sur le site carrières de {company}. Se désabonner",
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "Ce courriel et ses pièces jointes sont confidentiels.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "{role} – suite de votre candidature",
            "Suivi de votre candidature",
            "Re: candidature {role}",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "Entretien – {role}",
            "{company} : prise de rendez-vous",
            "Votre candidature – {role}",
        ],
        "subject_off": [
            "Votre proposition d'embauche – {company}",
            "{role} – proposition",
            "Bienvenue chez {company}",
            "Prochaines étapes",
        ],
        "subject_oth": [
            "Les nouvelles de {company}",
            "{company} Carrières",
            "Votre espace candidat",
            "Information de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimado(a) {first} Rivera:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en {company}.",
            "Gracias por postularte a la vacante de {role}.",
            "Agradecemos el tiempo que ha dedicado a su candidatura.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "¡Te deseamos lo mejor en tus próximos pasos!",
            "Le deseamos mucha suerte en su carrera profesional.",
            "Mucho éxito en lo que viene.",
        ],
        "marketing": [
            "{company} es una empresa independiente con presencia en nueve países. Diseñamos y operamos soluciones en las que nuestros clientes confían cada día, y estamos orgullosos de haber sido reconocidos tres años seguidos entre los mejores lugares para trabajar de la región.",
            "En {company}, las personas marcan la diferencia: horario flexible, trabajo híbrido, presupuesto para formación, días de voluntariado y un programa de bienestar activo.",
            "La diversidad y la inclusión están en el centro de {company}. Damos la bienvenida a candidaturas de personas de todos los orígenes y nos comprometemos a realizar ajustes razonables en todo el proceso de selección.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\nEquipo de Talento, {company}",
            "Atentamente,\n{sender}",
            "Un abrazo,\n{sender_first}",
            "Quedo atenta,\n{sender_first}",
        ],
        "footer": [
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestra persona delegada de protección de datos. Consulte el aviso de privacidad para candidatos.",
            "Recibes este correo porque creaste un perfil en el portal de empleo de {company}. Darse de baja",
            "Este es un mensaje automático; por favor, no responda a este correo.",
            "Este mensaje y sus anexos son confidenciales.",
        ],
        "subject_app": [
            "Tu postulación a {role}",
            "Su candidatura en {company}",
            "Proceso de selección {role}",
            "Actualización sobre tu candidatura",
            "RE: candidatura {role}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "Entrevista – {role}",
            "{company}: agenda",
            "Tu postulación a {role}",
        ],
        "subject_off": [
            "Tu oferta de {company}",
            "{role} – carta oferta",
            "Bienvenido/a a {company}",
            "Próximos pasos",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "{company} Empleo",
            "Tu cuenta de candidato",
            "Información de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi, {first}!",
            "Caro(a) {first},",
            "Exmo(a). Sr(a). {first} Rivera,",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o interesse demonstrado na {company}.",
            "Obrigada por se candidatar à vaga de {role}.",
            "Agradecemos o tempo dedicado à sua candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Boa sorte nos próximos passos!",
            "Desejamos-lhe as maiores felicidades.",
        ],
        "marketing": [
            "A {company} é uma empresa independente presente em nove países. Desenvolvemos e operamos soluções em que os nossos clientes confiam todos os dias, e temos orgulho de ter sido reconhecidos três anos seguidos entre os melhores empregadores da região.",
            "Na {company}, as pessoas fazem a diferença: horário flexível, trabalho híbrido, verba para formação, dias de voluntariado e um programa de bem-estar ativo.",
            "Diversidade e inclusão estão no centro da {company}. Acolhemos candidaturas de pessoas de todas as origens e nos comprometemos a oferecer adaptações em todas as etapas do processo seletivo.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nEquipa de Recrutamento, {company}",
            "Abraços,\n{sender_first}",
            "Cumprimentos,\n{sender}",
            "Um abraço,\n{sender_first}\nTime de Talentos, {company}",
        ],
        "footer": [
            "Em conformidade com a LGPD, você pode solicitar acesso, correção ou exclusão dos seus dados a qualquer momento.",
            "Recebeu este e-mail porque criou um perfil no portal de carreiras da {company}. Cancelar subscrição",
            "Esta é uma mensagem automática. Por favor, não responda.",
            "Esta mensagem e os seus anexos são confidenciais.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Processo seletivo {role}",
            "Atualização sobre a sua candidatura",
            "RE: candidatura {role}",
        ],
        "subject_inv": [
            "Próxima etapa: {role}",
            "Entrevista – {role}",
            "{company}: agendamento",
            "Sua candidatura para {role}",
        ],
        "subject_off": [
            "Sua proposta da {company}",
            "{role} – proposta",
            "Bem-vindo(a) à {company}",
            "Próximos passos",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "{company} Carreiras",
            "Sua conta de candidato",
            "Informação da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check in on my application for the {role} position and see whether there's any update on timing.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. Your application is with the team and we'll be in contact once we have more information.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon einen neuen Stand gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht. Die Unterlagen liegen dem Fachbereich vor; wir melden uns, sobald es Neuigkeiten gibt.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role} : avez-vous une idée du calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Votre dossier est entre les mains de l'équipe, nous reviendrons vers vous dès que nous aurons des nouvelles.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería consultar si hay novedades sobre mi candidatura para el puesto de {role}.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Tu candidatura está con el equipo y te contactaremos en cuanto tengamos más información.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contato. Sua candidatura está com o time e retornaremos assim que tivermos mais informações.\n{sender}\n",
}
