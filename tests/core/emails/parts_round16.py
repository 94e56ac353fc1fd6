# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 16's held-out part, written blind by an independent evaluator who read only the corpus format.

It covers about 510 invented passages, roughly 102 in each of English, German, French, Spanish and
Portuguese: rejections said in stock phrases and in many other words (other candidates preferred,
profile mismatch, post filled or filled internally, role cancelled or frozen, after interview,
test, case study or trial day, formal public-sector notices, curt ATS status changes, informal
du/tu/tú/você notes and long kind ones with feedback), with regional variants from the UK, Canada,
Austria, Switzerland, Belgium, Quebec, Spain, Latin America, Portugal and Brazil; hard-negative
receipts and status updates that say "unfortunately" or "leider" without deciding anything
(delays, high volume, only-shortlisted notices, document requests, on-hold and reserve-list
notes); invitations to calls, chats, coffees, tests and trial days without the word interview;
offers with and without the word; and other mail such as alerts, newsletters, cold recruiter
mail, surveys, events, data-retention notices and withdrawals confirmed at the person's request.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Analytics Ltd",
    "Kestrel Robotics Inc.",
    "Nordlicht Logistik GmbH",
    "Alpenrose Versicherung AG",
    "Stadtwerke Lindenau",
    "Maison Verdier SAS",
    "Clinique Saint-Laurent",
    "Grupo Altamar S.A.",
    "Fundación Raíces Vivas",
    "Tecnova Soluções Ltda.",
    "Coração Digital Lda.",
    "Helix Health Partners",
    "Quillmore Publishing",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Junior Product Manager",
    "Customer Success Manager",
    "Sachbearbeiter:in Finanzbuchhaltung",
    "Chargé de projet marketing",
    "Técnico de Soporte IT",
    "Analista de Dados Pleno",
    "Operations Coordinator",
    "UX Researcher",
    "Backend Developer (Python)",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition Team", "no-reply@myworkdayjobs.example"),
    ("Jonas Berger", "jonas.berger@{domain}"),
    ("Recruiting", "notifications@greenhouse-mail.example"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Equipe de Recrutamento", "vagas@{domain}"),
    ("Hiring Team", "hire@lever-notify.example"),
    ("Personalabteilung", "karriere@{domain}"),
    ("Marta Oliveira", "marta.oliveira@{domain}"),
    ("People Team", "jobs@teamtailor-mail.example"),
    ("Sam Whitaker", "sam.whitaker@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_generic_decline": """
After careful consideration, we have decided not to move forward with your application for the {role} position.
We regret to inform you that your application for {role} has been unsuccessful on this occasion.
SUBJECT: Your application to {company} || We've now reviewed every application for the {role} role and, unfortunately, we won't be taking yours further. It was a competitive process and we appreciate the time you put into it.
I'm writing to let you know that we won't be progressing your application at this time. Please don't let this put you off applying for future vacancies with us.
At {company} we believe great products come from diverse teams, and this year we received more than 4,000 applications across our hubs in Manchester, Leeds and Dublin. Every application is read by a member of the hiring team, not a machine. Having done exactly that for the {role} opening, we have concluded that we will not be inviting you to the next stage.
Your application for the {role} vacancy (ref. 24-0913) has been reviewed by the hiring manager. The outcome is that your application has not been progressed.
""",
        "rej_other_candidates": """
We received a strong response to this vacancy and have decided to proceed with candidates whose experience more closely matches the requirements of the role.
While your qualifications are impressive, we have chosen to move forward with another applicant for the {role} position.
We've decided to go with a candidate who has more hands-on experience in regulated clinical environments, which is critical for this team over the next year.
The hiring team has now completed shortlisting for {role}. I'm sorry to say that you were not among those shortlisted, as other applicants demonstrated a closer fit with the essential criteria.
SUBJECT: {role} – outcome of shortlisting || Following a review of all applications, the panel has decided to progress a small number of candidates whose profiles more closely reflect the person specification. On this occasion your application will not be taken forward.
""",
        "rej_profile_mismatch": """
Having reviewed your CV against the requirements for {role}, we feel that your experience doesn't quite match what we're looking for at this stage, particularly around enterprise SaaS sales.
This role requires current eligibility to work in the UK without sponsorship. As your application indicates that you would need sponsorship, we are unable to consider it further.
Our clinical lead has looked at your application carefully. This particular post needs someone already registered with the NMC and with at least two years' band 5 experience, so we won't be able to take it forward this time.
We were impressed by your enthusiasm, but we are looking for someone with more senior leadership experience for this position, and so we will not be progressing your application.
Unfortunately your profile isn't the right fit for this vacancy. Feel free to keep an eye on our careers page for roles that better match your skills.
""",
        "rej_position_filled": """
We wanted to let you know that the {role} position has now been filled. We will keep your details on file and may be in touch should a suitable opportunity arise.
SUBJECT: {role} – vacancy closed || Please note that this vacancy has been filled internally and we are therefore closing the recruitment process. We appreciate your interest and the time you took to apply.
Hi {first}, quick update from me: we've appointed someone for the {role} role, so I'm closing off the remaining applications. Sorry it isn't better news.
This is to inform you that requisition JR-48812 ({role}) has been filled and is no longer accepting candidates. Your application status has been updated to "Not selected".
An internal candidate applied who turned out to be a strong match, and after some discussion the team has decided to appoint from within. This means we won't be proceeding with external applications, including yours.
""",
        "rej_role_cancelled": """
Due to a change in business priorities, the {role} position has been cancelled and will not be filled. As a result, we are closing all open applications, including yours.
I'm sorry to tell you that hiring for {role} has been frozen for the rest of the financial year following a restructure, and we've had to withdraw the vacancy. We won't be continuing with your application.
SUBJECT: Vacancy withdrawn: {role} || The above vacancy has been withdrawn by the hiring department and will not be re-advertised. No further action will be taken on applications received.
Hi {first}, awkward one, I'm afraid. Our funding round closed on worse terms than we'd hoped and we've paused all non-engineering hires, {role} included. I didn't want to leave you hanging: we won't be able to take things further with you.
""",
        "rej_after_interview": """
Thank you for taking the time to meet the team last Thursday. We enjoyed our conversation, but after careful deliberation we have decided to offer the position to another candidate.
SUBJECT: Following your interview for {role} || Following your recent interview, I am sorry to let you know that on this occasion you have not been successful. The panel were impressed by your preparation, and if you would like feedback I'd be happy to arrange a short call.
Hi {first}, thanks again for coming in on Tuesday and for the thoughtful questions. It was a tough call, and the team has decided to go ahead with another finalist whose experience with large-scale data migrations was a little closer to what we need right now. I'd genuinely like to stay in touch. Would you mind if I reached out when the platform team opens more roles in spring?
We've now completed the final round of interviews for {role}. The panel's feedback was positive in many respects; however, we will not be extending an offer to you.
After your conversation with {sender_first} and the hiring manager, we've reflected on the requirements of the role and don't believe there is a strong enough match to proceed to the next round.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment for {role}. Your results did not meet the benchmark required to progress to the next stage, so we will not be taking your application further.
Thanks for the time you put into the take-home exercise. The reviewers liked your clear write-up, but the solution didn't meet the bar we've set for this level, so we've decided not to continue.
It was great having you with us for the trial shift on Saturday. The kitchen team felt the pace of service wasn't quite the right match this time, so we won't be offering you a position.
Following the assessment centre on 14 March, I'm writing to confirm that you have not been successful in progressing to the final interview stage. Your scores for the group exercise and presentation are available on request.
""",
        "rej_public_sector": """
Vacancy reference: 2024/HR/117. I write to advise that the shortlisting panel has assessed your application against the essential criteria set out in the person specification. I regret to advise that you have not been shortlisted for interview on this occasion.
Thank you for applying for the Civil Service role of {role}. Your application was assessed at the sift stage and did not achieve the required score against the behaviours. You will not progress to interview. Feedback is available via your Civil Service Jobs account.
The County Council has now concluded the selection process for the above post. I regret to inform you that your application was unsuccessful. Due to the volume of applications we are unable to provide individual feedback.
SUBJECT: Notice of Screening Results – {role} || The selection board has completed its assessment of applications. Your application has been screened out because it did not demonstrate the minimum education and experience requirements listed in the job opportunity advertisement. You may request an informal discussion within 10 calendar days of this notice.
""",
        "rej_curt_ats": """
Your application for {role} was not selected for further consideration.
SUBJECT: Application status update || The status of your application for {role} at {company} has changed to: Not moving forward.
We will not be moving forward with your candidacy. This mailbox is not monitored.
Thanks for applying. We've decided to pursue other candidates for this role.
Position: {role}. Status: Closed – candidate not selected. Please do not reply to this e-mail.
""",
        "rej_informal_kind": """
Hey {first}! Thanks so much for wanting to join our little bakery crew. We went with someone who lives round the corner and can do the 5am starts, so it's a no this time, but come in for a coffee on us whenever you like.
Hi {first}, I wanted to write to you personally rather than send a template. You were one of the last three for {role}, and in the end it came down to domain experience: the person we hired has spent five years in payments compliance, which matters a lot for the next twelve months of our roadmap. Your case study was the clearest of the bunch, and your questions about our onboarding funnel made me rethink a few things. If you're up for it, I'd be glad to do a 20-minute call with detailed feedback, and I'd happily act as a reference for any product role you go for.
Hi {first}, thanks for the nudge below and sorry for the silence. Short version: we're not going to go ahead with your application, as the team decided to hire someone with more B2B field experience. Really appreciate your patience.
Hi {first}, {sender_first} here from the community garden project. We loved your application, but we only had budget for one coordinator and the committee picked someone who has volunteered with us for three years. Sorry! Hope we'll still see you at the Saturday workdays.
""",
        "ack_received": """
We have received your application for {role} and our recruitment team will review it shortly.
SUBJECT: Application received – {role} || This is an automated confirmation that your application has been successfully submitted. You can track its status at any time by logging in to your candidate account.
Thanks for applying to {company}! A real human will read your application, and we aim to reply to everyone within ten working days.
Your application has been logged under reference 20931-A. Please quote this number in any correspondence with the HR Service Centre.
""",
        "ack_under_review": """
Your application is currently being reviewed by the hiring manager. We'll be in touch as soon as we have an update.
Just letting you know that your CV has been passed to the team lead for {role}; they're going through the first batch this week.
Your application has moved to the "In review" stage. No action is required from you at this time.
""",
        "ack_delay_volume": """
Unfortunately, the review of applications is taking longer than expected due to the very high number we have received. We regret the delay and expect to contact all candidates by the end of the month.
We regret that we are not yet in a position to give you a decision on your application for {role}. Several panel members have been on leave, and we now expect shortlisting to be completed by 28 June.
Sorry for the slow reply, {first}! We've had over 600 applicants for this one, so it's taking a while. You haven't been forgotten, and you'll hear from us either way.
""",
        "ack_no_news_rule": """
Due to the high volume of applications, only shortlisted candidates will be contacted. We appreciate your understanding.
If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.
Unfortunately we are unable to respond to every application individually. Should your profile match our requirements, a member of the team will contact you to discuss next steps.
""",
        "ack_status_update": """
Quick update: applications for {role} have now closed and we're shortlisting. We expect to be in touch about next steps by 12 May.
Your application is still active and under consideration. The first group of interviews is taking place this week, and we will let you know in due course whether you are invited to a later session.
SUBJECT: Re: {role} – any news? || The hiring manager has been travelling, so there's no news on {role} yet, I'm afraid. I'll chase this week and let you know as soon as I hear anything.
""",
        "ack_documents_request": """
To complete your application for {role}, please upload a copy of your degree certificate and proof of your right to work via the candidate portal by Friday.
Before we can progress your application, we need details of two professional referees. Could you reply with their names, roles and contact details?
We've noticed that the cover letter attached to your application appears to be empty. Could you resend it? Your application stays in the process in the meantime.
""",
        "ack_on_hold": """
Recruitment for {role} has been temporarily put on hold while we review the team structure. Your application remains on file and we'll contact you as soon as the process resumes.
Unfortunately we have had to pause the process for {role} for a few weeks because of a budget review. No decision has been made on any application, and we'll be back in touch once we have clarity.
I'm sorry to say that the interview stage has been postponed until after the summer. Your application is still live; please let me know if your availability changes.
""",
        "ack_reserve_list": """
Your application has passed the initial eligibility screening and will now be assessed by the selection board. Candidates who meet the standard will be placed on a reserve list valid for 12 months.
Following the sift, your name has been placed on the merit list for {role}. Posts are offered in merit order as vacancies arise, and we will contact you if and when a post becomes available to you.
We've added your application to the pool for our {role} campaign, which stays open until 31 December. Candidates in the pool are reviewed each month as new openings come in; there is nothing further you need to do for now.
""",
        "inv_phone_screen": """
I'd love to set up a quick 20-minute call to hear more about your background and walk you through the role. Would Wednesday or Thursday afternoon work for you?
SUBJECT: {role} – quick chat? || Hi {first}, your application caught my eye. Are you free for a call at some point this week? Just reply with a number and a time that suits.
""",
        "inv_video_interview": """
We'd like to invite you to a video interview on Microsoft Teams with the hiring manager and a member of the team. The conversation will last about 45 minutes.
""",
        "inv_onsite_interview": """
We are pleased to invite you to interview for the post of {role} on Tuesday 9 April at 10:30 at our offices, 14 Castle Street. Please bring photo ID and the original certificate of your highest qualification.
""",
        "inv_informal_chat": """
Would you be up for a coffee next week? No formal agenda; I'd just like to get to know you and tell you a bit about what we're building.
The team would love to meet you for an informal chat before we go any further. Could you pop in on Friday around 3pm?
""",
        "inv_assessment": """
As the next step, we'd like you to complete a short online numerical and verbal reasoning test. The link is valid for five days and the test takes around 30 minutes.
We'd like to send you a short case study to prepare and present to the panel. Could you confirm the best e-mail address to send it to, and a date within the next week for the presentation?
""",
        "inv_time_slots": """
Please use the link below to pick a time for your conversation with our hiring team. Available slots run from Monday 3 June to Wednesday 5 June.
Could you let me know which of these works: Tue 11:00, Wed 14:30 or Thu 09:00 (all UK time)? I'll send a calendar invite once you confirm.
""",
        "inv_trial_day": """
We'd like you to come in for a paid trial day on Saturday so you can see how the shop runs and we can see you in action. Please bring non-slip shoes.
""",
        "inv_next_round": """
Good news: the team enjoyed speaking with you and we'd like to move you to the final stage, a 90-minute panel with our VP of Engineering and two future peers.
""",
        "off_formal_offer": """
We are delighted to offer you the position of {role} at {company}. Please find attached your offer letter, which sets out your salary, start date and benefits. We'd be grateful if you could confirm your acceptance by Friday 19 July.
""",
        "off_no_offer_word": """
SUBJECT: Welcome aboard! || Hi {first}, I'm so pleased to tell you the team would love you to join us as {role}. Let me know if 1 September works as a start date and I'll get the paperwork over to you.
""",
        "off_conditional": """
I am pleased to confirm that you were successful at interview and we wish to appoint you to the post of {role}, subject to satisfactory references, an enhanced DBS check and occupational health clearance.
""",
        "off_contract_sent": """
Your employment contract is ready for signature in DocuSign: a salary of £42,000 per annum, 25 days' holiday plus bank holidays, and a start date of 2 September as discussed. Once you've signed, we'll send your onboarding details.
""",
        "off_agency": """
Great news! The client has come back and they'd like to offer you the role at £38k plus bonus. Give me a ring when you can so we can talk it through before I confirm back to them.
""",
        "off_programme_place": """
Congratulations! We're happy to let you know that you've been selected for our 2025 Summer Internship Programme in the {role} track. Your placement will run for ten weeks from 16 June.
""",
        "oth_alert": """
New jobs matching your search "data analyst" in Bristol: Junior Data Analyst at {company} (posted 2 days ago), Insights Analyst at Harbour Mutual, BI Developer (hybrid). View all 17 new jobs.
Job alert: 5 new roles for "{role}" near you. Unfortunately, one of your saved jobs has expired and is no longer accepting applications.
""",
        "oth_newsletter": """
Inside {company}, March edition: meet the people behind our new Lisbon hub, read how our graduates built a carbon tracker in six weeks, and find out when our next open days are.
Our quarterly careers newsletter is here. Sadly, our spring open evening has been cancelled due to building works, but you can still watch last year's talks on demand and browse 40+ open roles.
""",
        "oth_cold": """
Hi {first}, I came across your profile and think you could be a great fit for a {role} opportunity I'm working on with a fast-growing fintech client in London. Up to £60k plus equity, hybrid. If it sounds interesting, send me an updated CV.
I specialise in placing analytics professionals in the public and charity sectors. I don't have anything live that matches your profile today, but I'd be happy to add you to my network so I can get in touch when something suitable comes up.
""",
        "oth_survey": """
Thank you for recently applying to {company}. We'd love to hear about your experience of our application process. This 3-minute survey is anonymous and does not affect your application in any way.
""",
        "oth_withdrawal_confirmed": """
As requested, we have withdrawn your application for {role}. We're sorry to see you go and wish you all the best with your next step.
SUBJECT: Withdrawal confirmed || This is to confirm that your candidacy has been withdrawn at your request. Your personal data will be deleted after six months in line with our privacy policy.
""",
        "oth_event": """
Join us at our virtual careers fair on 22 May: meet engineers, nurses and finance teams from across {company}, ask questions in live Q&A rooms and get CV tips from our recruiters. Registration is free.
""",
        "oth_data_retention": """
Your candidate profile has not been updated for 12 months. If you'd like us to keep your details, please log in and confirm; otherwise your profile will be deleted on 30 June in line with data protection rules.
""",
        "oth_talent_community": """
Thanks for joining the {company} Talent Community! You'll receive occasional updates about roles matching your interests and invitations to our events. You can change your preferences or unsubscribe at any time.
""",
    },
    "de": {
        "rej_generic_decline": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Leider können wir Ihnen keine positive Rückmeldung geben. Wir haben uns entschieden, den Bewerbungsprozess mit Ihnen nicht fortzusetzen.
SUBJECT: Ihre Bewerbung bei {company} || Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen die ausgeschriebene Stelle nicht anbieten können. Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.
Als familiengeführtes Logistikunternehmen mit über 1.200 Mitarbeitenden an 14 Standorten in Deutschland und Polen wachsen wir seit Jahren stetig – und mit uns die Zahl der Bewerbungen, die uns jede Woche erreichen. Jede einzelne sehen wir uns genau an. Für die Position {role} haben wir uns nach reiflicher Überlegung jedoch gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.
Wir haben Ihr Dossier mit Interesse geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ihre Unterlagen werden bei uns gelöscht; eine Rücksendung erfolgt nicht.
Wir danken Ihnen für Ihre Bewerbung vom 12. Jänner. Nach eingehender Prüfung sind wir leider zu dem Ergebnis gekommen, dass wir Ihnen keine Zusage erteilen können.
""",
        "rej_other_candidates": """
Wir haben uns für eine:n Kandidat:in entschieden, deren Profil unseren Anforderungen noch etwas genauer entspricht.
Die Entscheidung ist uns bei der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen. Letztlich haben wir uns für andere Bewerber*innen entschieden, deren Erfahrungen besser zu den aktuellen Anforderungen passen.
Im Rahmen der Vorauswahl haben wir eine engere Auswahl getroffen. Ihre Bewerbung ist dabei leider nicht in die nähere Auswahl gekommen.
SUBJECT: Rückmeldung zu Ihrer Bewerbung als {role} || Nach Sichtung aller Unterlagen haben wir uns dazu entschieden, Gespräche ausschließlich mit Kandidatinnen und Kandidaten zu führen, die bereits praktische Erfahrung mit SAP S/4HANA mitbringen.
Unsere Wahl ist auf eine andere Person gefallen, deren Schwerpunkt noch stärker im Bereich Versicherungsmathematik liegt.
""",
        "rej_profile_mismatch": """
Ihr Profil passt derzeit leider nicht zu den Anforderungen der Position {role}, insbesondere was die geforderten Kenntnisse in der HGB-Bilanzierung betrifft.
Für diese Stelle setzen wir verhandlungssichere Deutschkenntnisse (mindestens C1) voraus. Da diese Voraussetzung laut Ihren Unterlagen nicht erfüllt ist, können wir Ihre Bewerbung nicht berücksichtigen.
Die Stelle erfordert eine abgeschlossene Ausbildung als Pflegefachfrau oder Pflegefachmann bzw. eine staatliche Anerkennung in Deutschland. Ohne diese Anerkennung können wir Sie in diesem Bereich leider nicht einsetzen.
Hallo {first}, danke für deine Bewerbung! Für diese Rolle suchen wir jemanden mit deutlich mehr Backend-Erfahrung, deshalb passt es gerade leider nicht.
Ihr Werdegang ist beeindruckend – für diese Position wären Sie jedoch überqualifiziert, und wir könnten Ihnen in dieser Funktion nicht die Perspektiven bieten, die Sie suchen. Wir werden Ihre Bewerbung daher nicht weiterverfolgen.
""",
        "rej_position_filled": """
Wir möchten Sie darüber informieren, dass die Stelle {role} inzwischen besetzt ist.
Die ausgeschriebene Position konnte zwischenzeitlich intern nachbesetzt werden. Das Bewerbungsverfahren ist damit abgeschlossen.
SUBJECT: Stelle besetzt – {role} || Hallo {first}, kurze Info von mir: Wir haben die Stelle vergeben. Danke dir für dein Interesse!
Die Stelle wurde mit einer Kollegin aus unserem eigenen Haus besetzt. Wir möchten Sie auf diesem Weg darüber informieren und bedanken uns für Ihr Interesse an einer Mitarbeit bei uns.
Ihr Bewerbungsstatus für die Stelle {role} (Req-ID 30217) wurde auf „Stelle besetzt – nicht berücksichtigt“ geändert.
""",
        "rej_role_cancelled": """
Aufgrund einer internen Umstrukturierung wird die Position {role} nicht mehr besetzt. Wir haben die Ausschreibung zurückgezogen und schließen das Verfahren für alle Bewerberinnen und Bewerber.
Leider wurde die Stelle aufgrund eines Einstellungsstopps bis auf Weiteres gestrichen. Eine Fortsetzung des Bewerbungsprozesses ist deshalb nicht möglich.
Hallo {first}, leider hat sich unsere Planung geändert: Das Budget wurde gestrichen und wir werden {role} dieses Jahr nicht mehr besetzen. Tut mir wirklich leid, dass ich dir keine bessere Nachricht schicken kann.
SUBJECT: Aufhebung des Stellenbesetzungsverfahrens || Das Stellenbesetzungsverfahren für die Position {role} wurde durch die Dienststelle aufgehoben. Ihre Bewerbung wird daher nicht weiter bearbeitet. Ihre Unterlagen erhalten Sie mit separater Post zurück.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch in der vergangenen Woche. Nach Abschluss aller Interviews haben wir uns jedoch für eine andere Kandidatin entschieden.
Herzlichen Dank für Ihre Zeit und das offene Vorstellungsgespräch. Wir haben uns die Entscheidung nicht leicht gemacht, können Ihnen aber leider keine Zusage geben. Wenn Sie möchten, gebe ich Ihnen gern ein kurzes telefonisches Feedback.
Hallo {first}, danke nochmal, dass du dir am Montag Zeit für das Kennenlernen mit dem Team genommen hast. Wir haben lange überlegt, uns am Ende aber für jemanden entschieden, der schon mehr Erfahrung mit Kubernetes mitbringt.
Nach dem zweiten Gespräch mit unserer Bereichsleitung sind wir zu dem Schluss gekommen, dass wir den Prozess mit Ihnen nicht weiterführen möchten. Fachlich passt vieles, in Bezug auf die Führungserfahrung sehen wir jedoch eine zu große Lücke.
Wir bedanken uns für das interessante Gespräch vom 3. Oktober. Nach reiflicher Überlegung haben wir entschieden, die Stelle anderweitig zu besetzen, und bitten um Ihr Verständnis.
""",
        "rej_after_assessment": """
Vielen Dank für die Teilnahme an unserem Online-Assessment. Leider haben Sie die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Sie im weiteren Verfahren nicht berücksichtigen können.
Danke für deinen Probearbeitstag bei uns im Café! Das Team hat sich gefreut, dich kennenzulernen, wir haben uns aber entschieden, jemand anderen einzustellen.
Vielen Dank für die Bearbeitung der Fallstudie. Ihre Lösung hat uns in einigen Punkten überzeugt, insgesamt bleibt sie aber hinter den Erwartungen an die Position zurück. Wir werden das Verfahren mit Ihnen daher nicht fortsetzen.
Wir bedanken uns für Ihre Teilnahme am Assessment-Center am 21. März. Sie haben sich engagiert eingebracht; für die finale Runde haben wir jedoch andere Teilnehmende ausgewählt.
""",
        "rej_public_sector": """
Das Auswahlverfahren für die ausgeschriebene Stelle (Kennziffer 2024-113) ist abgeschlossen. Nach Prüfung der Bewerbungen anhand des Anforderungsprofils wurden Sie nicht in die engere Wahl einbezogen. Ich bedauere, Ihnen keinen günstigeren Bescheid geben zu können. Ihre Unterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG vernichtet.
Die Stelle wurde zwischenzeitlich mit einer anderen Bewerberin besetzt. Die Auswahlentscheidung beruht auf dem Grundsatz der Bestenauslese gemäß Art. 33 Abs. 2 GG.
Mit Bedauern teilen wir Ihnen mit, dass Ihre Bewerbung im Rahmen des Aufnahmeverfahrens für den Magistratsdienst nicht berücksichtigt werden konnte. Die Entscheidung erfolgte auf Grundlage der Reihung nach dem Hearing.
Nach den Vorstellungsgesprächen am 4. Juni hat die Auswahlkommission unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten entschieden, die Stelle einer anderen Bewerberin zu übertragen.
""",
        "rej_curt_ats": """
Ihre Bewerbung für {role} wird nicht weiter berücksichtigt.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung wurde geändert: Absage.
Leider müssen wir Ihnen eine Absage erteilen. Dies ist eine automatisch generierte E-Mail.
Wir haben uns gegen Ihre Bewerbung entschieden. Bitte antworten Sie nicht auf diese Nachricht.
Stelle: {role} – Status: abgelehnt.
""",
        "rej_informal_kind": """
Hey {first}, danke dir für deine Bewerbung und das tolle Portfolio! Ehrlich gesagt hat uns die Entscheidung echt Kopfzerbrechen bereitet. Am Ende haben wir uns für jemanden mit mehr Erfahrung im B2B-Research entschieden. Wenn du magst, erzähl ich dir gern in einem kurzen Call, was uns besonders gefallen hat und wo wir noch Luft nach oben gesehen haben.
Hallo {first}, unter deiner Nachricht unten findest du nochmal alles zum bisherigen Ablauf – sorry, dass es so lange gedauert hat. Kurz und ehrlich: Wir werden dir kein Angebot machen, das Team hat sich für eine andere Person entschieden. Ich drück dir die Daumen für die weitere Suche!
Servus {first}, danke für deine Bewerbung bei uns im Hotel. Für die Sommersaison haben wir im Service schon alle Stellen vergeben, heuer wird es also leider nichts mehr. Vielleicht klappt's ja im Winter!
Hoi {first}, merci für deine Bewerbung! Wir haben uns für eine Person entschieden, die schon länger als Freelancerin bei uns mitarbeitet. Schade, aber wir behalten dich in guter Erinnerung. Liebe Grüsse
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Ihre Bewerbung ist bei uns eingegangen. Wir prüfen Ihre Unterlagen sorgfältig und melden uns so schnell wie möglich. Über Ihr Kandidatenprofil können Sie den Stand jederzeit einsehen.
Hallo {first}, deine Bewerbung ist gut bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.
Gerne bestätigen wir Ihnen den Eingang Ihres Bewerbungsdossiers. Bitte haben Sie etwas Geduld; wir melden uns, sobald die Prüfung abgeschlossen ist.
""",
        "ack_under_review": """
Ihre Bewerbung befindet sich aktuell in Prüfung durch die Fachabteilung.
Wir haben Ihre Unterlagen an die zuständige Führungskraft weitergeleitet. Sobald uns eine Rückmeldung vorliegt, kommen wir auf Sie zu.
Der Status Ihrer Bewerbung hat sich geändert: „In Bearbeitung“. Sie müssen derzeit nichts weiter tun.
""",
        "ack_delay_volume": """
Leider verzögert sich die Bearbeitung der Bewerbungen aufgrund der hohen Anzahl an Zuschriften. Wir bitten um Ihr Verständnis und melden uns voraussichtlich bis Ende Mai bei Ihnen.
Wir bedauern sehr, dass Sie noch keine Rückmeldung von uns erhalten haben. Urlaubsbedingt konnte die Auswahlkommission noch nicht tagen; eine Entscheidung ist für die zweite Julihälfte vorgesehen.
Hallo {first}, sorry, dass du so lange nichts von uns gehört hast! Bei uns ist gerade viel los, aber deine Bewerbung ist nicht vergessen. Wir melden uns auf jeden Fall.
""",
        "ack_no_news_rule": """
Bitte haben Sie Verständnis dafür, dass wir uns aufgrund der hohen Zahl an Bewerbungen nur bei Kandidatinnen und Kandidaten melden, die in die engere Auswahl kommen.
Sollten Sie innerhalb von sechs Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.
Leider ist es uns nicht möglich, jede Bewerbung individuell zu beantworten. Passt Ihr Profil zu einer unserer Vakanzen, nehmen wir gerne Kontakt mit Ihnen auf.
""",
        "ack_status_update": """
Kurzes Update zum Stand: Die Bewerbungsfrist für {role} ist abgelaufen und wir befinden uns in der Vorauswahl. Mit ersten Gesprächseinladungen rechnen wir in KW 23.
Ihre Bewerbung ist weiterhin im Verfahren. Derzeit finden die ersten Gespräche statt; wir informieren Sie zeitnah über den weiteren Verlauf.
SUBJECT: AW: Nachfrage zum Stand meiner Bewerbung || Danke für Ihre Nachfrage. Die Entscheidung liegt derzeit bei der Geschäftsführung, die bis Mitte nächster Woche im Ausland ist. Ich melde mich, sobald ich Neuigkeiten habe.
""",
        "ack_documents_request": """
Um Ihre Bewerbung vollständig bearbeiten zu können, benötigen wir noch Ihre Arbeitszeugnisse sowie eine Kopie Ihres Hochschulabschlusses. Bitte laden Sie die Dokumente bis zum 15. März im Bewerberportal hoch.
Für das weitere Verfahren bitten wir Sie, uns Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin mitzuteilen.
Leider ist beim Upload Ihres Lebenslaufs ein Fehler aufgetreten – die Datei lässt sich nicht öffnen. Könnten Sie sie uns bitte noch einmal als PDF zusenden?
""",
        "ack_on_hold": """
Das Besetzungsverfahren für die Position {role} ruht derzeit aufgrund interner Abstimmungen. Ihre Bewerbung bleibt selbstverständlich im Verfahren; wir melden uns, sobald es weitergeht.
Leider müssen wir den Prozess für einige Wochen pausieren, da die Budgetplanung für das kommende Jahr noch nicht abgeschlossen ist. Eine Entscheidung über Ihre Bewerbung ist damit nicht verbunden.
Die Auswahlgespräche für diese Stelle müssen wir leider auf September verschieben. Ihre Bewerbung bleibt bestehen; sobald die neuen Termine feststehen, hören Sie von uns.
""",
        "ack_reserve_list": """
Sie erfüllen die formalen Voraussetzungen und wurden in den Bewerberpool für den gehobenen nichttechnischen Dienst aufgenommen. Einstellungen erfolgen je nach Bedarf in der Reihenfolge der Bewertung.
Ihre Bewerbung wurde in unsere Nachrückliste für den Ausbildungsjahrgang 2025 aufgenommen. Sobald Plätze frei werden, informieren wir Sie über das weitere Vorgehen.
Sie wurden nach Abschluss des Auswahlverfahrens in die Vormerkliste aufgenommen. Die Vormerkung gilt für ein Jahr; bei Freiwerden einer entsprechenden Planstelle nehmen wir mit Ihnen Kontakt auf.
""",
        "inv_phone_screen": """
Wir würden Sie gern in einem kurzen Telefonat näher kennenlernen. Hätten Sie am Mittwoch zwischen 14 und 16 Uhr Zeit?
Hallo {first}, magst du mir kurz deine Handynummer schicken? Ich würde gern 15 Minuten mit dir telefonieren und dir mehr über das Team erzählen.
""",
        "inv_video_interview": """
Gerne möchten wir Sie zu einem Video-Interview über Zoom einladen. Das Gespräch dauert ca. 45 Minuten; dabei sind die Teamleitung und ich.
""",
        "inv_onsite_interview": """
Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Dienstag, 14. Mai, um 10:00 Uhr in unsere Zentrale einzuladen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.
Hiermit laden wir Sie zum Auswahlgespräch für die Stelle {role} ein. Termin: 27.06., 9:30 Uhr, Rathaus, Zimmer 214. Fahrtkosten können leider nicht erstattet werden.
""",
        "inv_informal_chat": """
SUBJECT: Kennenlernen bei {company} || Ihre Unterlagen haben uns neugierig gemacht! Wir würden Sie gern zu einem ersten Kennenlernen bei einem Kaffee in unser Büro einladen.
Hoi {first}, hättest du Lust, nächste Woche auf einen Kaffee bei uns in Zürich vorbeizukommen? Ganz locker, einfach um uns gegenseitig kennenzulernen.
""",
        "inv_assessment": """
Als nächsten Schritt senden wir Ihnen eine kleine Programmieraufgabe, die Sie innerhalb von sieben Tagen bearbeiten können. Im Anschluss besprechen wir Ihre Lösung gemeinsam.
""",
        "inv_time_slots": """
Bitte wählen Sie über den folgenden Link einen passenden Termin für das Gespräch mit unserem Fachbereich aus. Verfügbare Zeitfenster: 3. bis 5. Juni.
Würde Ihnen einer der folgenden Termine passen: Montag 10 Uhr, Dienstag 15 Uhr oder Donnerstag 11:30 Uhr? Ich schicke Ihnen dann eine Kalendereinladung.
""",
        "inv_trial_day": """
Wir würden dich gern zu einem Probearbeitstag in unsere Werkstatt einladen, damit du das Team und die Abläufe kennenlernst. Passt dir Freitag ab 8 Uhr?
""",
        "inv_next_round": """
Das Gespräch mit Ihnen hat uns sehr gut gefallen, und wir möchten Sie gern in die zweite Runde einladen, diesmal vor Ort mit unserer Geschäftsführerin.
""",
        "off_formal_offer": """
Wir freuen uns, Ihnen die Position {role} anbieten zu können. Anbei erhalten Sie unser Vertragsangebot mit allen Konditionen. Bitte teilen Sie uns bis zum 30. April mit, ob Sie das Angebot annehmen.
""",
        "off_no_offer_word": """
SUBJECT: Zusage – {role} || Wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Herzlich willkommen im Team. Ihr Arbeitsvertrag folgt in den nächsten Tagen per Post.
""",
        "off_conditional": """
Wir möchten Sie gern zum 1. Oktober als {role} einstellen. Die Einstellung erfolgt vorbehaltlich der Zustimmung des Betriebsrats sowie eines einwandfreien Führungszeugnisses.
""",
        "off_contract_sent": """
Anbei wie besprochen dein Arbeitsvertrag: 30 Urlaubstage, 58.000 € brutto im Jahr, Start am 2. September. Unterschreib ihn einfach digital über den Link, dann kann's losgehen!
""",
        "off_verbal_offer": """
Hallo {first}, wie eben am Telefon besprochen: Wir würden dich sehr gern als {role} an Bord holen. Ich fasse dir die Eckdaten bis morgen noch einmal schriftlich zusammen.
""",
        "off_public_appointment": """
Die Auswahlkommission hat sich für Sie entschieden. Vorbehaltlich der Zustimmung des Personalrats beabsichtigen wir, Sie zum 1. November in Entgeltgruppe E 11 TVöD einzustellen.
""",
        "oth_alert": """
Neue Jobs für Ihre Suche „Controlling“ in Hamburg: Junior Controller (m/w/d) bei {company}, Referent:in Finanzen, Sachbearbeiter Kreditoren (m/w/d). Jetzt ansehen.
Ihr Jobagent hat 12 neue Stellen gefunden. Leider ist eine Ihrer gemerkten Stellen nicht mehr verfügbar.
""",
        "oth_newsletter": """
Neues aus der {company}-Welt: Wir eröffnen einen Standort in Leipzig, stellen Ihnen unser Azubi-Team vor und verraten, wie unser Hybrid-Modell im Alltag funktioniert.
Karriere-Newsletter Mai: Leider müssen wir den Tag der offenen Tür absagen – dafür gibt es am 18. Mai eine digitale Werksführung. Außerdem: 25 neue Stellen in IT und Technik.
""",
        "oth_cold": """
Hallo {first}, ich bin auf Ihr Profil aufmerksam geworden und betreue eine spannende Vakanz als {role} bei einem Mittelständler im Raum Stuttgart. Bis 75.000 €, zwei Tage Homeoffice. Darf ich Ihnen die Details schicken?
Guten Tag, als Personalvermittlung für die Finanzbranche in Wien und Graz unterstützen wir Fachkräfte bei der Jobsuche – für Bewerberinnen und Bewerber kostenlos. Gern nehme ich Sie in unseren Kandidatenpool auf.
""",
        "oth_survey": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Ihre Meinung hilft uns, besser zu werden. Die Umfrage dauert drei Minuten und hat keinen Einfluss auf Ihre Bewerbung.
""",
        "oth_withdrawal_confirmed": """
Wie gewünscht haben wir Ihre Bewerbung für {role} zurückgezogen. Schade, dass Sie sich anders entschieden haben – wir wünschen Ihnen alles Gute.
SUBJECT: Bestätigung: Rückzug Ihrer Bewerbung || Hiermit bestätigen wir, dass Ihre Bewerbung auf Ihren Wunsch zurückgezogen wurde. Ihre Daten werden gemäß DSGVO gelöscht.
""",
        "oth_event": """
Besuchen Sie uns auf dem Karrieretag Rhein-Main am 12. Oktober an Stand B14! Unsere Fachbereiche beantworten Ihre Fragen und nehmen Bewerbungsunterlagen direkt vor Ort entgegen.
""",
        "oth_data_retention": """
Ihre Daten in unserem Talentpool werden in 14 Tagen gelöscht, da Sie seit 12 Monaten nicht aktiv waren. Möchten Sie weiterhin Teil des Pools bleiben, bestätigen Sie dies bitte über den Link.
""",
        "oth_talent_community": """
Willkommen in unserem Talent Network! Ab sofort informieren wir Sie über passende Stellen und Veranstaltungen bei {company}.
""",
    },
    "fr": {
        "rej_generic_decline": """
Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Nous avons bien pris connaissance de votre candidature et vous remercions de l'intérêt que vous portez à notre entreprise. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.
SUBJECT: Votre candidature chez {company} || Nous avons le regret de vous annoncer que nous ne donnerons pas suite à votre candidature. Conformément au RGPD, vos données seront conservées deux ans dans notre vivier, sauf opposition de votre part.
Depuis 1987, {company} conçoit et fabrique dans ses ateliers de Limoges des pièces de maroquinerie pour les plus grandes maisons. Notre croissance repose sur des femmes et des hommes passionnés, et nous recevons chaque mois plusieurs centaines de candidatures que nous lisons toutes. Pour le poste de {role}, nous avons toutefois décidé de ne pas poursuivre le processus avec vous.
Nous avons bien reçu votre candidature et vous remercions de l'intérêt manifesté envers notre organisation. Après analyse, nous ne sommes malheureusement pas en mesure de poursuivre le processus avec vous pour ce poste.
Nous avons examiné votre candidature avec attention. Nous sommes au regret de devoir vous communiquer que nous ne pouvons pas vous proposer de poursuivre la procédure de sélection.
""",
        "rej_other_candidates": """
Nous avons reçu de nombreuses candidatures de qualité et avons choisi de poursuivre avec des profils plus en adéquation avec les besoins du poste.
Votre parcours est intéressant, mais nous avons privilégié des candidat·e·s disposant d'une expérience plus directe en gestion de projets européens.
SUBJECT: Suite de votre candidature – {role} || Au terme de la présélection, votre candidature ne figure pas parmi celles que nous avons retenues pour les entretiens.
Notre choix s'est porté sur une autre personne dont le profil correspond davantage aux exigences du poste.
Nous avons reçu un nombre important de candidatures. Après évaluation, d'autres candidats répondent davantage aux exigences de l'affichage. Nous conserverons néanmoins votre dossier pour de futures opportunités.
""",
        "rej_profile_mismatch": """
Votre profil ne correspond pas aux critères recherchés, notamment en ce qui concerne la maîtrise de l'allemand, indispensable pour ce poste basé à Bâle.
Ce poste requiert un diplôme d'État d'infirmier ainsi qu'une inscription à l'Ordre. Votre dossier ne répondant pas à ces exigences, nous ne pouvons pas le retenir.
Salut {first}, merci pour ta candidature ! On cherche quelqu'un avec au moins trois ans d'expérience en growth, donc ça ne colle pas pour cette fois. Mais garde un œil sur notre page jobs !
Nous avons bien étudié votre candidature, mais votre expérience ne correspond pas au niveau de séniorité attendu pour ce poste. Nous ne pourrons donc pas y donner suite.
Votre candidature n'a pas été retenue, car elle ne satisfait pas aux exigences de l'emploi, notamment la connaissance de l'anglais de niveau avancé et un permis de travail valide au Canada.
""",
        "rej_position_filled": """
Nous vous informons que le poste de {role} a été pourvu.
Le poste a finalement été pourvu en interne. Nous clôturons donc ce recrutement et vous remercions de l'intérêt porté à notre offre.
SUBJECT: Poste pourvu || Bonjour {first}, petit message pour te dire qu'on a trouvé la perle rare pour le poste. Merci encore pour ta candidature !
Le statut de votre candidature pour {role} (réf. 2024-0587) a été mis à jour : Poste pourvu.
Nous tenons à vous informer que la fonction a entre-temps été attribuée à un collaborateur de notre groupe. La procédure de recrutement est dès lors clôturée.
""",
        "rej_role_cancelled": """
Suite à une réorganisation interne, le poste de {role} a été supprimé. Nous sommes donc contraints de mettre fin au processus de recrutement, y compris pour votre candidature.
En raison d'un gel des embauches décidé par la direction générale, ce recrutement est annulé. Nous ne pourrons malheureusement pas poursuivre avec vous.
SUBJECT: Annulation du recrutement – {role} || Le recrutement pour ce poste est annulé et l'offre ne sera pas republiée. Aucune suite ne sera donnée aux candidatures reçues.
Salut {first}, pas une super nouvelle : on a perdu notre plus gros client et on a dû geler tous les recrutements, {role} compris. Je préfère te le dire franchement plutôt que de te laisser sans nouvelles : on ne pourra pas aller plus loin ensemble.
""",
        "rej_after_interview": """
Nous vous remercions pour l'entretien que vous nous avez accordé mardi dernier. Après réflexion, nous avons décidé de retenir un autre candidat pour ce poste.
Merci encore pour votre disponibilité lors de nos échanges. Votre candidature a suscité un réel intérêt, mais nous avons finalement choisi un profil plus expérimenté en management d'équipe. Je reste à votre disposition si vous souhaitez un retour plus détaillé.
À la suite de votre entrevue du 12 mars, nous regrettons de vous informer que votre candidature n'a pas été retenue pour la suite du processus.
Après les entretiens finaux, le comité a décidé de ne pas vous proposer le poste. Nous avons toutefois beaucoup apprécié la qualité de nos échanges.
Salut {first}, merci d'être passé·e nous voir jeudi ! L'équipe a eu un vrai coup de cœur, mais on a finalement choisi quelqu'un qui a déjà monté une équipe support de zéro. Désolée, c'était vraiment serré.
""",
        "rej_after_assessment": """
Nous vous remercions d'avoir complété les tests en ligne. Vos résultats ne nous permettent malheureusement pas de retenir votre candidature pour l'étape suivante.
Merci pour le temps consacré à l'étude de cas. Le jury a apprécié la clarté de votre présentation, mais l'analyse financière n'était pas au niveau attendu pour ce poste. Nous ne poursuivrons donc pas.
Merci pour ta journée d'essai au restaurant samedi. On a décidé de ne pas continuer ensemble : le rythme du service du soir ne nous semble pas te convenir.
Nous vous remercions pour votre participation à la journée d'évaluation. Malgré votre engagement, nous avons le regret de vous informer que vous n'êtes pas retenu·e pour la dernière étape.
""",
        "rej_public_sector": """
J'ai le regret de vous faire savoir que la commission de sélection, réunie le 18 avril, n'a pas retenu votre candidature au poste de {role}.
Nous vous informons que vous n'avez pas réussi l'épreuve de sélection informatisée. Vous ne pouvez dès lors plus participer à la suite de cette procédure. Vos résultats sont consultables dans votre compte.
Le jury a examiné l'ensemble des dossiers. Je suis au regret de vous informer que vous n'avez pas été admis(e) à l'épreuve d'entretien.
Nous vous informons que votre candidature n'a pas été retenue à l'étape de l'évaluation des candidatures. Vous pouvez demander une rétroaction dans les 15 jours suivant la réception du présent avis.
""",
        "rej_curt_ats": """
Votre candidature pour le poste de {role} n'a pas été retenue.
SUBJECT: Mise à jour de votre candidature || Statut de votre candidature : Non retenue.
Nous ne donnerons pas suite à votre candidature. Ce message est envoyé automatiquement, merci de ne pas y répondre.
Merci pour votre candidature. Nous avons choisi d'autres profils pour ce poste.
Poste : {role} — Décision : refus.
""",
        "rej_informal_kind": """
Salut {first} ! Merci pour ta candidature et ton super portfolio. Honnêtement, on a beaucoup hésité. On a finalement choisi une personne qui a plus d'expérience en recherche utilisateur B2B. Si ça t'intéresse, je peux t'appeler quinze minutes pour te faire un retour détaillé : ce qu'on a aimé et ce qui a fait la différence.
Bonjour {first}, désolée pour ce long silence, j'ai bien vu ta relance plus bas. Pour être directe : on ne va pas donner suite, l'équipe est partie sur un autre profil. Merci pour ta patience !
Salut {first}, merci d'avoir postulé au café ! On a engagé quelqu'un qui peut faire les quarts de fin de semaine, alors ça ne fonctionnera pas cette fois-ci. Passe nous voir quand tu veux !
Bonjour {first}, je tenais à vous écrire personnellement. Vous faisiez partie des deux derniers candidats et la décision s'est jouée sur l'expérience terrain, que l'autre personne avait davantage. Je suis convaincu que vous trouverez rapidement, et je serais heureux de vous recommander auprès de nos partenaires si vous le souhaitez.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions.
SUBJECT: Confirmation de réception de votre candidature || Votre candidature a bien été enregistrée. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Salut {first}, on a bien reçu ta candidature ! Quelqu'un de l'équipe va la lire (oui, un vrai humain) et te répondra sous dix jours.
Nous avons bien reçu votre curriculum vitae pour l'affichage no 24-117. Un membre de notre équipe des ressources humaines en prendra connaissance sous peu.
""",
        "ack_under_review": """
Votre candidature est actuellement en cours d'étude par le manager du poste.
Votre dossier a été transmis au responsable du service. Nous reviendrons vers vous dès que nous aurons son retour.
Votre candidature est passée au statut « En cours d'évaluation ». Aucune action n'est requise de votre part pour le moment.
""",
        "ack_delay_volume": """
Malheureusement, le traitement des candidatures prend plus de temps que prévu en raison du nombre très important de dossiers reçus. Nous vous prions de nous excuser pour ce délai et reviendrons vers vous d'ici la fin du mois.
Nous regrettons de ne pas encore pouvoir vous donner de réponse. La commission se réunira début juillet et nous vous informerons de sa décision à l'issue de la séance.
Désolé pour l'attente, {first} ! On a reçu plus de 400 candidatures, ça prend un peu de temps. On ne t'oublie pas : tu auras une réponse dans tous les cas.
""",
        "ack_no_news_rule": """
En raison du grand nombre de candidatures reçues, seules les personnes retenues pour un entretien seront contactées.
Sans réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Malheureusement, nous ne sommes pas en mesure de répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins, nous vous contacterons.
""",
        "ack_status_update": """
Petit point d'étape : les candidatures pour {role} sont closes et nous sommes en pleine présélection. Nous reviendrons vers chaque candidat d'ici le 15 mai.
Votre candidature est toujours à l'étude. Les premiers entretiens ont lieu cette semaine ; nous vous tiendrons informé(e) de la suite.
SUBJECT: RE: Suivi de ma candidature || Merci pour votre relance. La décision est entre les mains de la direction, qui est en déplacement jusqu'à mercredi. Je reviens vers vous dès que j'ai du nouveau.
""",
        "ack_documents_request": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme et de votre pièce d'identité via votre espace candidat avant vendredi.
Pour poursuivre l'examen de votre candidature, pourriez-vous nous indiquer vos prétentions salariales et votre date de disponibilité ?
Le fichier de votre lettre de motivation semble corrompu. Pourriez-vous nous le renvoyer au format PDF ? Votre candidature reste bien sûr active entre-temps.
""",
        "ack_on_hold": """
Le recrutement pour le poste de {role} est momentanément suspendu dans l'attente d'une validation budgétaire. Votre candidature reste active et nous reviendrons vers vous dès la reprise du processus.
Malheureusement, nous devons mettre le processus en pause quelques semaines en raison d'une réorganisation. Aucune décision n'a été prise concernant votre candidature.
Les entretiens prévus pour ce poste sont reportés à la rentrée. Votre dossier reste ouvert et nous vous recontacterons en septembre.
""",
        "ack_reserve_list": """
Vous avez été inscrit(e) sur la liste complémentaire de ce recrutement. Cette liste est valable un an ; vous pourrez être appelé(e) en fonction des désistements ou des postes devenus vacants.
Votre candidature a été versée dans notre réserve de recrutement pour la fonction de {role}. Nous ferons appel à cette réserve dès qu'un poste correspondant sera à pourvoir.
Votre candidature a été jugée admissible et versée dans la banque de candidatures. Les gestionnaires pourront communiquer avec vous selon les besoins.
""",
        "inv_phone_screen": """
Nous souhaiterions échanger avec vous lors d'un court entretien téléphonique d'une vingtaine de minutes. Seriez-vous disponible jeudi en fin de matinée ?
Salut {first}, ta candidature nous plaît bien ! On s'appelle cette semaine ? Envoie-moi ton numéro et un créneau qui te va.
""",
        "inv_video_interview": """
Nous avons le plaisir de vous convier à un entretien en visioconférence (Teams) avec la responsable du service et moi-même. Durée prévue : 45 minutes.
""",
        "inv_onsite_interview": """
Nous vous proposons un entretien le mardi 14 mai à 10 h dans nos locaux, 12 rue des Tanneurs à Lyon. Merci de nous confirmer votre présence.
Nous aimerions vous rencontrer en entrevue le 22 mai à 13 h 30 à nos bureaux de Montréal. Veuillez apporter une pièce d'identité avec photo.
""",
        "inv_informal_chat": """
SUBJECT: Un café ? || Votre parcours nous intrigue ! Seriez-vous partant(e) pour prendre un café avec nous la semaine prochaine, en toute simplicité, histoire de faire connaissance ?
On aimerait beaucoup te rencontrer pour un échange informel avec l'équipe avant d'aller plus loin. Tu pourrais passer vendredi vers 16 h ?
""",
        "inv_assessment": """
Prochaine étape : un test technique en ligne d'environ une heure. Vous recevrez le lien d'accès par e-mail ; il restera valable cinq jours.
""",
        "inv_time_slots": """
Merci de réserver un créneau pour votre échange avec notre équipe via le lien ci-dessous. Les créneaux disponibles vont du 3 au 5 juin.
Lequel de ces créneaux vous conviendrait : lundi 10 h, mardi 15 h ou jeudi 11 h 30 ? Je vous envoie l'invitation dès votre confirmation.
""",
        "inv_trial_day": """
Nous vous proposons une journée d'immersion dans notre agence le 7 juin afin de découvrir l'équipe et nos méthodes de travail. Cette journée sera bien entendu rémunérée.
""",
        "inv_next_round": """
Votre premier échange a convaincu l'équipe ! Nous souhaitons vous faire passer à l'étape suivante : une rencontre avec notre directrice générale au siège de Bruxelles.
""",
        "off_formal_offer": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez ci-joint notre promesse d'embauche détaillant votre rémunération et la date de prise de poste. Merci de nous faire part de votre réponse avant le 30 avril.
""",
        "off_no_offer_word": """
SUBJECT: Bienvenue chez {company} ! || Bonne nouvelle, {first} : c'est toi qu'on a choisi·e ! On a hâte de t'accueillir dans l'équipe. Dis-moi si un démarrage le 2 septembre te convient.
""",
        "off_contract_sent": """
Vous trouverez en pièce jointe votre contrat à durée indéterminée : 42 000 € bruts annuels, statut cadre, prise de poste le 2 septembre. Merci de nous le retourner signé via DocuSign.
""",
        "off_agency": """
Excellente nouvelle ! Mon client souhaite vous faire une proposition pour le poste de {role} à 48 K€ plus variable. Appelez-moi dès que possible pour qu'on en parle avant que je lui confirme votre accord.
""",
        "off_public_appointment": """
J'ai le plaisir de vous informer que votre candidature a été retenue pour le poste de {role}. Votre nomination prendra effet le 1er octobre, sous réserve de l'avis favorable du médecin agréé.
""",
        "off_programme_place": """
Félicitations ! Vous êtes retenu(e) pour notre programme d'alternance 2025 dans la filière {role}. Votre contrat d'apprentissage débutera le 1er septembre.
""",
        "oth_alert": """
Nouvelles offres correspondant à votre alerte « chargé de communication » à Nantes : 8 offres publiées cette semaine, dont {role} chez {company}.
Votre alerte emploi : 3 nouvelles offres. Malheureusement, l'une de vos offres sauvegardées a expiré.
""",
        "oth_newsletter": """
La lettre carrières de {company}, édition de printemps : portraits de collaborateurs, retour sur notre forum de l'alternance et 30 postes à pourvoir en Île-de-France.
Au programme ce mois-ci : notre nouvelle charte de télétravail, le témoignage de Léa, ingénieure à Toulouse, et, malheureusement, l'annulation de notre soirée portes ouvertes du 12 mars.
""",
        "oth_cold": """
Bonjour {first}, je me permets de vous contacter car votre profil correspond à une mission de {role} que je gère pour un client du secteur pharmaceutique à Genève. CDI, 110 000 CHF. Souhaitez-vous en savoir plus ?
Cabinet spécialisé dans le recrutement de profils TI au Québec, nous accompagnons gratuitement les candidats. N'hésitez pas à me transmettre votre CV pour que je puisse vous proposer des occasions adaptées.
""",
        "oth_survey": """
Votre avis compte ! Aidez-nous à améliorer notre processus de recrutement en répondant à ce questionnaire de 3 minutes. Vos réponses sont anonymes et n'ont aucune incidence sur votre candidature.
""",
        "oth_withdrawal_confirmed": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Nous regrettons votre décision et vous souhaitons une belle réussite.
SUBJECT: Confirmation du retrait de votre candidature || Nous vous confirmons le retrait de votre candidature à votre demande. Vos données personnelles seront supprimées conformément à notre politique de confidentialité.
""",
        "oth_event": """
Rejoignez-nous au Salon de l'emploi de Liège le 15 octobre, stand 27 : nos équipes RH répondront à vos questions et recevront les CV sur place.
""",
        "oth_data_retention": """
Vos données figurent dans notre vivier de talents depuis 24 mois. Sans action de votre part d'ici le 30 juin, elles seront supprimées conformément au RGPD.
""",
        "oth_talent_community": """
Bienvenue dans la communauté talents de {company} ! Vous recevrez les offres correspondant à vos centres d'intérêt ainsi que nos invitations à des événements.
""",
    },
    "es": {
        "rej_generic_decline": """
Tras analizar detenidamente tu candidatura, lamentamos comunicarte que no ha sido seleccionada para el puesto de {role}.
Le agradecemos el interés mostrado en nuestra empresa. Lamentablemente, en esta ocasión no podremos continuar con su postulación.
SUBJECT: Tu candidatura en {company} || Hemos revisado todas las candidaturas recibidas y, por desgracia, no vamos a seguir adelante con la tuya. Ha sido un proceso muy reñido y valoramos mucho el tiempo que le has dedicado.
En {company} llevamos más de 25 años acompañando a comunidades rurales de Andalucía y Extremadura, y nuestro equipo ha pasado de 12 a 80 personas en la última década. Cada candidatura que nos llega la lee una persona del equipo. Para el puesto de {role}, sin embargo, hemos decidido no avanzar con tu perfil en esta ocasión.
Por medio del presente le informamos que, después de evaluar su perfil, no fue considerado para continuar en el proceso de reclutamiento para la vacante de {role}.
Queríamos contarte que, después de revisar tu perfil, decidimos no avanzar con tu postulación para esta búsqueda.
""",
        "rej_other_candidates": """
Hemos recibido un gran número de candidaturas y hemos decidido continuar con perfiles que se ajustan más a los requisitos del puesto.
Aunque tu trayectoria es muy interesante, hemos optado por otras personas candidatas con más experiencia en proyectos de cooperación internacional.
SUBJECT: Actualización de tu proceso – {role} || Una vez finalizada la preselección, tu candidatura no se encuentra entre las seleccionadas para la fase de entrevistas.
Finalmente nos hemos decidido por otra persona cuyo perfil encaja mejor con lo que el equipo necesita en este momento.
Le informamos que en esta oportunidad se seleccionaron otros candidatos cuya hoja de vida se ajusta en mayor medida al perfil requerido.
""",
        "rej_profile_mismatch": """
Tu perfil no se ajusta a los requisitos de esta vacante, especialmente en lo relativo al nivel de inglés (C1) necesario para trabajar con clientes internacionales.
Para este puesto es imprescindible contar con permiso de trabajo en vigor en España. Como indicas que lo necesitarías, no podemos tener en cuenta tu candidatura.
¡Hola, {first}! Gracias por postularte. Buscamos a alguien con bastante más experiencia en backend, así que por ahora no encaja. ¡Pero sigue atento a nuestras ofertas!
Hemos valorado tu experiencia, pero buscamos un perfil más sénior para liderar el equipo, por lo que no continuaremos con tu candidatura.
Lamentamos informarle que su postulación no cumple con los requisitos excluyentes del cargo, en particular el título profesional de ingeniero civil industrial.
""",
        "rej_position_filled": """
Te informamos de que el puesto de {role} ya ha sido cubierto.
La vacante se ha cubierto finalmente con una persona de nuestra plantilla, por lo que damos por cerrado el proceso de selección.
SUBJECT: Vacante cubierta || ¡Hola, {first}! Te escribo para contarte que ya encontramos a la persona para el puesto. ¡Gracias por tu interés!
El estado de tu candidatura para {role} (ref. 24-3310) ha cambiado a: Vacante cubierta.
Le agradecemos su participación. Le comunicamos que la vacante ya fue ocupada, por lo que el proceso ha concluido.
""",
        "rej_role_cancelled": """
Debido a una reestructuración interna, el puesto de {role} se ha cancelado y no se cubrirá. Por ello, cerramos todas las candidaturas, incluida la tuya.
Por una congelación de contrataciones decidida por la dirección, este proceso queda anulado y no podremos continuar contigo.
SUBJECT: Proceso cancelado – {role} || La vacante ha sido retirada por el área solicitante y no volverá a publicarse. No se dará curso a las postulaciones recibidas.
Hola {first}, te escribo con una noticia poco agradable: perdimos la financiación del proyecto y tuvimos que frenar la contratación de {role}. No quiero dejarte esperando, así que te lo digo ya: no vamos a poder seguir con el proceso.
""",
        "rej_after_interview": """
Muchas gracias por la entrevista del pasado martes. Tras valorarlo con calma, hemos decidido ofrecer el puesto a otra persona.
Gracias de nuevo por tu tiempo durante las entrevistas. Tu candidatura nos ha parecido muy interesante, pero al final hemos elegido un perfil con más experiencia en gestión de equipos. Si quieres, puedo darte un feedback más detallado por teléfono.
Te agradecemos mucho la entrevista del jueves. Después de evaluarlo con el equipo, decidimos avanzar con otro candidato que tiene más experiencia en el rubro.
Tras la última ronda de entrevistas, el comité ha decidido no ofrecerle el puesto. Aun así, valoramos mucho la calidad de la conversación.
¡Hola, {first}! Gracias por venir a conocernos el jueves. Al equipo le caíste genial, pero al final hemos apostado por alguien que ya ha montado un equipo de soporte desde cero. Lo siento mucho, estuvo muy reñido.
""",
        "rej_after_assessment": """
Gracias por completar las pruebas en línea. Lamentablemente, tus resultados no alcanzan la puntuación mínima para pasar a la siguiente fase.
Gracias por el tiempo dedicado al caso práctico. Valoramos la claridad de tu presentación, pero el análisis no alcanzó el nivel esperado para este puesto, por lo que no seguiremos adelante.
Gracias por la prueba del sábado en la cocina. Hemos decidido no continuar contigo: el ritmo del servicio de noche no terminó de encajar.
Le agradecemos su participación en el assessment center del día 21. A pesar de su buen desempeño, no ha sido seleccionado para la etapa final.
""",
        "rej_public_sector": """
Publicada la relación definitiva de aprobados del primer ejercicio, le comunicamos que no figura entre los aspirantes que lo han superado, por lo que no podrá continuar en las fases posteriores del proceso selectivo.
Se le notifica que, en virtud de la resolución de la comisión de valoración de fecha 18 de abril, su solicitud para la plaza de {role} ha sido excluida por no acreditar la titulación exigida en las bases de la convocatoria. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Le informamos que, conforme al acta del comité de selección, usted no resultó ganador del concurso para la plaza de {role}.
El tribunal calificador ha concluido la fase de entrevistas. Le comunicamos que no ha obtenido la puntuación mínima exigida, por lo que no continúa en el proceso.
""",
        "rej_curt_ats": """
Tu candidatura para {role} no ha sido seleccionada.
SUBJECT: Actualización del estado de tu candidatura || Estado de tu candidatura: Descartada.
No continuaremos con su postulación. Este correo se envía automáticamente; por favor, no responda.
Gracias por postularte. Hemos decidido seguir con otros candidatos.
Vacante: {role} – Estado: No seleccionado.
""",
        "rej_informal_kind": """
¡Hola, {first}! Gracias por tu candidatura y por el portfolio, que nos encantó. Sinceramente, nos costó mucho decidir. Al final elegimos a alguien con más experiencia en investigación B2B. Si te apetece, te llamo quince minutos y te cuento con detalle qué nos gustó y qué marcó la diferencia.
Hola {first}, perdona el silencio; he visto tu mensaje más abajo. Te lo digo claro: no vamos a seguir con tu candidatura, el equipo se ha decantado por otro perfil. ¡Gracias por tu paciencia!
¡Hola, {first}! Gracias por postularte en la cafetería. Tomamos a alguien que puede cubrir los turnos del fin de semana, así que esta vez no va a poder ser. ¡Pasate cuando quieras!
Hola {first}, quería escribirte personalmente. Eras uno de los dos finalistas y la decisión se inclinó por la experiencia de campo que tenía la otra persona. Estoy seguro de que pronto encontrarás algo, y con gusto te recomendaré a organizaciones aliadas si lo deseas.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará en los próximos días.
SUBJECT: Confirmación de recepción de tu candidatura || Tu candidatura se ha registrado correctamente. Puedes consultar su estado en cualquier momento desde tu área de candidato.
Confirmamos la recepción de su CV para la vacante de {role}. El área de Reclutamiento lo revisará a la brevedad.
¡Hola, {first}! Tu postulación llegó bien. Una persona de nuestro equipo (sí, de carne y hueso) la va a leer y te respondemos en diez días.
""",
        "ack_under_review": """
Tu candidatura está siendo revisada por la persona responsable del área.
Hemos trasladado tu CV al responsable del departamento. Te contactaremos en cuanto tengamos su valoración.
Tu candidatura ha pasado al estado «En revisión». No tienes que hacer nada por ahora.
""",
        "ack_delay_volume": """
Lamentablemente, la revisión de candidaturas se está alargando más de lo previsto por el elevado número de solicitudes. Disculpa la demora; te escribiremos antes de fin de mes.
Lamentamos no poder darle todavía una respuesta. El comité se reunirá a principios de julio y le informaremos del resultado.
¡Perdona la espera, {first}! Hemos recibido más de 500 postulaciones y vamos un poco lentos. No nos olvidamos de ti: te responderemos sí o sí.
""",
        "ack_no_news_rule": """
Debido al elevado volumen de candidaturas, solo nos pondremos en contacto con las personas preseleccionadas.
Si no recibe noticias nuestras en un plazo de 30 días, le rogamos considere que su candidatura no ha sido seleccionada en esta ocasión.
Lamentablemente, no podemos responder de forma individual a cada postulación. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto.
""",
        "ack_status_update": """
Te ponemos al día: el plazo para {role} ya se ha cerrado y estamos haciendo la preselección. Esperamos contactar con todas las personas candidatas antes del 15 de mayo.
Su postulación sigue activa. Esta semana se realizan las primeras entrevistas; le mantendremos informado sobre los siguientes pasos.
SUBJECT: RE: Consulta sobre mi candidatura || Gracias por escribir. La decisión está en manos de dirección, que está de viaje hasta el miércoles. Te aviso en cuanto sepa algo.
""",
        "ack_documents_request": """
Para completar tu candidatura necesitamos una copia de tu título universitario y de tu DNI o NIE. Súbelos al portal antes del viernes, por favor.
Para continuar con el proceso, ¿podría indicarnos su pretensión salarial y su disponibilidad para incorporarse?
El archivo de tu CV parece estar dañado. ¿Podrías enviárnoslo de nuevo en PDF? Tu candidatura sigue activa mientras tanto.
""",
        "ack_on_hold": """
El proceso de selección para {role} se encuentra en pausa a la espera de la aprobación del presupuesto. Tu candidatura sigue activa y te contactaremos cuando se reanude.
Lamentablemente, hemos tenido que suspender el proceso unas semanas por una reorganización interna. No se ha tomado ninguna decisión sobre las candidaturas.
Las entrevistas previstas para este puesto se aplazan hasta septiembre. Su postulación sigue abierta; le escribiremos con nuevas fechas.
""",
        "ack_reserve_list": """
Le comunicamos que ha sido incluido en la bolsa de empleo para la categoría de {role}. Los llamamientos se realizarán por orden de puntuación según las necesidades del servicio.
Tu candidatura ha quedado en nuestra bolsa de candidatos para la campaña de {role}, abierta hasta el 31 de diciembre. Revisamos la bolsa cada mes según surgen nuevas vacantes.
Le informamos que su postulación fue admitida y forma parte del banco de elegibles. Los responsables de área podrán contactarle según las necesidades.
""",
        "inv_phone_screen": """
Nos gustaría tener una breve llamada contigo, de unos 20 minutos, para conocerte mejor. ¿Te viene bien el jueves por la mañana?
¡Hola, {first}! Nos gustó mucho tu perfil. ¿Charlamos por teléfono esta semana? Pasame tu número y un horario que te quede cómodo.
""",
        "inv_video_interview": """
Queremos invitarte a una videollamada por Google Meet con la responsable del área y conmigo. Durará unos 45 minutos.
""",
        "inv_onsite_interview": """
Le citamos para una entrevista presencial el martes 14 de mayo a las 10:00 en nuestras oficinas del Paseo de la Castellana, Madrid. Le rogamos confirme su asistencia.
Nos gustaría conocerle en persona el miércoles 22 a las 13:30 en nuestras oficinas de Polanco. Favor de traer identificación oficial.
""",
        "inv_informal_chat": """
SUBJECT: ¿Un café? || Tu trayectoria nos ha llamado mucho la atención. ¿Te apetecería tomar un café con nosotros la semana que viene para conocernos sin formalidades?
Nos encantaría que vinieras a conocer al equipo en una charla informal antes de seguir. ¿Te viene bien el viernes sobre las 16:00?
""",
        "inv_assessment": """
El siguiente paso es una prueba técnica online de aproximadamente una hora. Recibirás el enlace por correo y estará activo durante cinco días.
""",
        "inv_time_slots": """
Reserva un hueco para tu conversación con el equipo a través del enlace de abajo. Hay horarios disponibles del 3 al 5 de junio.
¿Cuál de estos horarios le viene mejor: lunes 10:00, martes 15:00 o jueves 11:30 (hora de Ciudad de México)? Le envío la invitación en cuanto confirme.
""",
        "inv_trial_day": """
Nos gustaría que vinieras a hacer una jornada de prueba remunerada el sábado para que conozcas el local y el equipo. Trae calzado cómodo.
""",
        "inv_next_round": """
¡Tu primera conversación convenció al equipo! Queremos pasarte a la siguiente fase: un encuentro con nuestra directora general en Barcelona.
""",
        "off_formal_offer": """
Nos complace ofrecerle el puesto de {role} en {company}. Adjuntamos la carta oferta con las condiciones salariales y la fecha de incorporación. Le agradeceríamos que nos confirmase su aceptación antes del 30 de abril.
""",
        "off_no_offer_word": """
SUBJECT: ¡Te damos la bienvenida a {company}! || ¡Buenas noticias, {first}! Nos encantaría que te unieras al equipo como {role}. Dime si te va bien empezar el 2 de septiembre y te mando la documentación.
""",
        "off_conditional": """
Nos complace comunicarle que ha sido seleccionado para el puesto de {role}. La contratación queda sujeta a la verificación de referencias y a la presentación del certificado de antecedentes.
""",
        "off_verbal_offer": """
Hola {first}, como hablamos por teléfono hace un rato: queremos contar contigo como {role}. Mañana te envío por escrito el salario y las condiciones que acordamos.
""",
        "off_agency": """
¡Excelente noticia! Mi cliente quiere hacerte una propuesta para el puesto de {role}: 32.000 € brutos anuales más variable. Llámame cuando puedas y lo hablamos antes de darle una respuesta.
""",
        "off_public_appointment": """
Se le comunica que ha sido propuesto para el nombramiento como funcionario interino en la plaza de {role}, con toma de posesión prevista el 1 de octubre. Deberá presentar la documentación acreditativa en el plazo de diez días hábiles.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta «administrativo contable» en Valencia: 9 ofertas nuevas esta semana, entre ellas {role} en {company}.
Tu alerta de empleo: 4 vacantes nuevas. Lamentablemente, una de las ofertas que guardaste ya no está disponible.
""",
        "oth_newsletter": """
Boletín de empleo de {company}, edición de primavera: conoce a nuestro equipo de Monterrey, descubre nuestro programa de becarios y explora más de 30 vacantes abiertas.
Este mes: nuestra nueva política de teletrabajo, la historia de Lucía, ingeniera en Bilbao, y, lamentablemente, la cancelación de la jornada de puertas abiertas del 12 de marzo.
""",
        "oth_cold": """
Hola {first}, te escribo porque tu perfil encaja con una posición de {role} que estoy gestionando para una fintech en Bogotá. Contrato indefinido y modalidad híbrida. ¿Te interesaría conocer más detalles?
Somos una consultora especializada en selección de perfiles tecnológicos en Madrid y Barcelona. Nuestro servicio es gratuito para candidatos: envíanos tu CV y te avisaremos cuando haya procesos que encajen contigo.
""",
        "oth_survey": """
¡Tu opinión nos importa! Ayúdanos a mejorar nuestro proceso de selección respondiendo a esta encuesta de 3 minutos. Es anónima y no influye en tu candidatura.
""",
        "oth_withdrawal_confirmed": """
Tal como nos pediste, hemos retirado tu candidatura al puesto de {role}. Lamentamos tu decisión y te deseamos mucha suerte.
SUBJECT: Confirmación de retiro de tu postulación || Confirmamos que tu postulación ha sido retirada a petición tuya. Tus datos personales se eliminarán de acuerdo con nuestra política de privacidad.
""",
        "oth_event": """
Te esperamos en la Feria de Empleo Universitario de Santiago el 15 de octubre, stand 27: nuestro equipo de Personas resolverá tus dudas y recogerá CV en el momento.
""",
        "oth_data_retention": """
Tus datos llevan 24 meses en nuestra base de candidatos. Si no nos confirmas que quieres mantenerlos antes del 30 de junio, los eliminaremos conforme al RGPD.
""",
        "oth_talent_community": """
¡Bienvenido a la comunidad de talento de {company}! Recibirás ofertas que encajen con tus intereses e invitaciones a nuestros eventos.
""",
    },
    "pt": {
        "rej_generic_decline": """
Após uma análise cuidada da sua candidatura, lamentamos informar que a mesma não foi selecionada para a função de {role}.
Agradecemos seu interesse em fazer parte do nosso time. Infelizmente, neste momento não seguiremos com a sua candidatura.
SUBJECT: Sua candidatura na {company} || Analisamos todas as candidaturas recebidas e, infelizmente, não vamos avançar com o seu perfil. O processo foi bastante concorrido e valorizamos muito o tempo que você dedicou.
Na {company}, acreditamos que tecnologia transforma vidas. Em 2023 crescemos 60%, abrimos escritórios em Recife e Florianópolis e fomos eleitos uma das melhores empresas para trabalhar no Brasil. Cada currículo que chega aqui é lido por uma pessoa do nosso time. Para a vaga de {role}, porém, decidimos não dar continuidade à sua participação no processo.
Vimos por este meio informar V. Exa. de que, após apreciação do seu currículo, não foi possível considerar a sua candidatura no âmbito do presente processo de recrutamento.
Depois de avaliar seu perfil com atenção, optamos por não seguir com a sua participação nesta vaga.
""",
        "rej_other_candidates": """
Recebemos um grande número de candidaturas e decidimos avançar com perfis mais alinhados aos requisitos da vaga.
Apesar do seu percurso muito interessante, optámos por outros/as candidatos/as com mais experiência em projetos financiados pela UE.
SUBJECT: Atualização do processo seletivo – {role} || Concluída a triagem inicial, seu currículo não está entre os selecionados para a etapa de entrevistas.
Optámos por outra pessoa cujo perfil corresponde melhor às necessidades atuais da equipa.
Nesta oportunidade, foram selecionados candidatos com maior aderência ao perfil da vaga.
""",
        "rej_profile_mismatch": """
Seu perfil não atende aos requisitos desta vaga no momento, principalmente em relação ao inglês avançado necessário para atender clientes internacionais.
Para esta função é obrigatória a inscrição na Ordem dos Enfermeiros. Uma vez que este requisito não se encontra cumprido, não podemos considerar a sua candidatura.
Oi, {first}! Valeu por se candidatar. A gente está buscando alguém com mais experiência em back-end, então por enquanto não rolou. Mas fica de olho nas nossas vagas!
Valorizamos a sua experiência, mas procuramos um perfil mais sénior para liderar a equipa, pelo que não daremos seguimento à sua candidatura.
Infelizmente sua candidatura não atende aos pré-requisitos eliminatórios da vaga, como a formação em Engenharia de Produção e a disponibilidade para viagens.
""",
        "rej_position_filled": """
Informamos que a vaga de {role} já foi preenchida.
A posição foi preenchida internamente, pelo que damos por encerrado o processo de recrutamento.
SUBJECT: Vaga preenchida || Oi, {first}! Passando para avisar que já encontramos a pessoa para a vaga. Obrigado pelo interesse!
O status da sua candidatura para {role} (vaga 24-771) foi atualizado para: Vaga preenchida – candidatura encerrada.
Agradecemos sua participação. Comunicamos que a vaga foi fechada com um colaborador da casa, por meio do nosso programa de recrutamento interno.
""",
        "rej_role_cancelled": """
Devido a uma reestruturação interna, a função de {role} foi cancelada e não será preenchida. Assim, encerramos todas as candidaturas, incluindo a sua.
Por conta de um congelamento de contratações definido pela diretoria, esta vaga foi cancelada e não poderemos seguir com você no processo.
SUBJECT: Processo cancelado – {role} || A vaga foi retirada pela área requisitante e não será republicada. As candidaturas recebidas não terão seguimento.
Oi {first}, não é uma notícia legal: perdemos o investimento que ia bancar o projeto e tivemos que congelar a vaga de {role}. Prefiro te avisar logo do que te deixar esperando: não vamos conseguir seguir com o processo.
""",
        "rej_after_interview": """
Muito obrigado pela entrevista da passada terça-feira. Após ponderação, decidimos avançar com outro candidato para esta função.
Obrigada mais uma vez pelo seu tempo nas entrevistas. Seu perfil chamou muito a nossa atenção, mas no fim escolhemos alguém com mais experiência em gestão de pessoas. Se quiser, posso te dar um feedback mais detalhado por telefone.
Agradecemos a conversa com o gestor na última quinta. Após o alinhamento interno, a decisão foi não seguir com sua candidatura para a próxima etapa.
Após a última fase de entrevistas, o júri decidiu não lhe propor a função. Ainda assim, apreciámos muito a qualidade da conversa.
Olá {first}! Obrigado por teres vindo conhecer-nos na quinta. A equipa gostou muito de ti, mas acabámos por escolher alguém que já montou uma equipa de suporte de raiz. Desculpa, foi mesmo renhido.
""",
        "rej_after_assessment": """
Obrigado por realizar os testes on-line. Infelizmente, sua pontuação não atingiu o mínimo necessário para seguir para a próxima etapa.
Obrigado pelo tempo dedicado ao estudo de caso. Apreciámos a clareza da apresentação, mas a análise não atingiu o nível esperado para esta função, pelo que não iremos prosseguir.
Valeu pelo dia de teste na cozinha no sábado! Decidimos não seguir com você, o ritmo do serviço da noite não encaixou tanto.
Agradecemos sua participação na dinâmica de grupo. Apesar do seu bom desempenho, você não foi selecionado(a) para a etapa final.
""",
        "rej_public_sector": """
Notifica-se V. Exa. de que foi excluído(a) do procedimento concursal por não ter obtido a classificação mínima de 9,5 valores no método de seleção Prova de Conhecimentos. Dispõe de 10 dias úteis para, querendo, se pronunciar em sede de audiência dos interessados.
Informamos que, de acordo com a lista unitária de ordenação final homologada, V. Exa. não foi selecionado(a) para o posto de trabalho de {role}.
Comunicamos que o(a) candidato(a) foi eliminado(a) na etapa de análise curricular do Processo Seletivo Simplificado nº 03/2024, por não comprovar a experiência exigida no edital.
A comissão de seleção concluiu a avaliação dos candidatos à vaga de professor substituto. Informamos que sua candidatura não foi aprovada na prova didática.
""",
        "rej_curt_ats": """
Sua candidatura para {role} não foi selecionada.
SUBJECT: Atualização da sua candidatura || Status da candidatura: Não aprovado.
Não daremos seguimento à sua candidatura. Esta mensagem é automática; por favor, não responda.
Obrigado por se candidatar. Decidimos seguir com outros candidatos.
Vaga: {role} – Situação: processo encerrado para você.
""",
        "rej_informal_kind": """
Oi, {first}! Obrigada pela candidatura e pelo portfólio, a gente amou. Sinceramente, foi uma decisão difícil. No fim, escolhemos alguém com mais experiência em pesquisa B2B. Se quiser, te ligo uns 15 minutinhos para contar com detalhes o que curtimos e o que fez a diferença.
Olá {first}, desculpa o silêncio, vi a tua mensagem aqui em baixo. Vou ser direta: não vamos avançar com a tua candidatura, a equipa optou por outro perfil. Obrigada pela paciência!
Oi {first}! Obrigado por se candidatar aqui na cafeteria. Contratamos alguém que consegue cobrir os turnos de fim de semana, então dessa vez não vai dar. Passa aqui para um café quando quiser!
Olá {first}, fazia questão de lhe escrever pessoalmente. Era um dos dois finalistas e a decisão pendeu para a experiência de terreno da outra pessoa. Tenho a certeza de que encontrará algo em breve e terei todo o gosto em recomendá-lo a organizações parceiras, se assim o desejar.
""",
        "ack_received": """
Confirmamos a receção da sua candidatura à função de {role}. A nossa equipa irá analisá-la nos próximos dias.
SUBJECT: Recebemos sua candidatura! || Sua candidatura foi registrada com sucesso. Você pode acompanhar o andamento a qualquer momento pela sua área do candidato.
Oi, {first}! Sua candidatura chegou certinho por aqui. Uma pessoa do nosso time (de verdade!) vai ler e te responder em até dez dias úteis.
Acusamos a receção do seu currículo para a oferta com a referência 24/117. O Departamento de Recursos Humanos procederá à sua análise com a maior brevidade.
""",
        "ack_under_review": """
Sua candidatura está em análise pelo gestor da área.
Encaminhámos o seu currículo para o responsável do departamento. Entraremos em contacto assim que tivermos a sua apreciação.
Sua candidatura avançou para a etapa "Em avaliação". Nenhuma ação é necessária no momento.
""",
        "ack_delay_volume": """
Infelizmente, a análise dos currículos está levando mais tempo do que o previsto por causa do grande volume de inscrições. Pedimos desculpas pela demora; daremos um retorno até o fim do mês.
Lamentamos ainda não lhe poder dar uma resposta. O júri reúne no início de julho e informá-lo-emos do resultado.
Desculpa a demora, {first}! Recebemos mais de 700 inscrições e estamos indo com calma. Não esquecemos de você: vamos dar retorno de qualquer jeito.
""",
        "ack_no_news_rule": """
Devido ao elevado número de candidaturas, apenas os candidatos pré-selecionados serão contactados.
Caso você não receba nosso contato em até 30 dias, considere que seu perfil não foi selecionado nesta oportunidade.
Infelizmente não conseguimos responder individualmente a cada candidato. Se o seu perfil estiver alinhado à vaga, entraremos em contato.
""",
        "ack_status_update": """
Passando para atualizar: as inscrições para {role} foram encerradas e estamos na fase de triagem. A previsão é darmos retorno a todos até 15 de maio.
A sua candidatura continua em análise. As primeiras entrevistas decorrem esta semana; manteremos V. Exa. informado(a) sobre os próximos passos.
SUBJECT: RE: Andamento da minha candidatura || Obrigada pelo contato! A decisão está com a diretoria, que está viajando até quarta. Te aviso assim que tiver novidades.
""",
        "ack_documents_request": """
Para concluir a sua candidatura, solicitamos o envio do certificado de habilitações e de cópia do Cartão de Cidadão através do portal, até sexta-feira.
Para seguir com o processo, você poderia nos informar sua pretensão salarial e se prefere contratação CLT ou PJ?
O arquivo do seu currículo parece estar corrompido. Pode nos enviar de novo em PDF? Sua candidatura continua ativa enquanto isso.
""",
        "ack_on_hold": """
O processo seletivo para {role} está temporariamente suspenso, aguardando aprovação de orçamento. Sua candidatura segue ativa e entraremos em contato quando o processo for retomado.
Infelizmente, tivemos de suspender o processo durante algumas semanas devido a uma reorganização interna. Não foi tomada qualquer decisão relativamente às candidaturas.
As entrevistas previstas para esta função foram adiadas para setembro. A sua candidatura mantém-se ativa; enviaremos novas datas oportunamente.
""",
        "ack_reserve_list": """
Seu nome foi incluído no cadastro reserva do processo seletivo para {role}. As convocações ocorrerão conforme a necessidade da instituição e a ordem de classificação.
A sua candidatura passou a integrar a nossa bolsa de recrutamento para a função de {role}, válida por 12 meses. Contactá-lo-emos sempre que surja uma vaga adequada.
Seu currículo ficou no nosso banco de talentos para a campanha de {role}, que segue aberta até 31 de dezembro. Revisamos o banco todo mês conforme surgem novas vagas.
""",
        "inv_phone_screen": """
Gostaríamos de marcar uma ligação rápida, de uns 20 minutos, para te conhecer melhor. Quinta de manhã funciona para você?
Olá {first}! Gostámos muito do teu perfil. Podemos falar ao telefone esta semana? Manda-me o teu número e uma hora que te dê jeito.
""",
        "inv_video_interview": """
Queremos te convidar para uma conversa por vídeo no Google Meet com a gestora da área e comigo. A duração é de cerca de 45 minutos.
""",
        "inv_onsite_interview": """
Vimos por este meio convocá-lo(a) para uma entrevista presencial no dia 14 de maio, às 10h00, nas nossas instalações na Avenida da Liberdade, em Lisboa. Agradecemos que confirme a sua presença.
Gostaríamos de te conhecer pessoalmente na quarta-feira, dia 22, às 13h30, no nosso escritório na Avenida Paulista. Traga um documento com foto.
""",
        "inv_informal_chat": """
SUBJECT: Bora tomar um café? || Sua trajetória chamou muito a nossa atenção. Topa tomar um café com a gente semana que vem para um bate-papo sem formalidades?
Gostaríamos muito que viesse conhecer a equipa numa conversa informal antes de avançarmos. Sexta-feira por volta das 16h dá-lhe jeito?
""",
        "inv_assessment": """
A próxima etapa é um teste técnico on-line de cerca de uma hora. Você receberá o link por e-mail, válido por cinco dias.
""",
        "inv_time_slots": """
Escolha um horário para a sua conversa com o time pelo link abaixo. Há horários disponíveis de 3 a 5 de junho.
Qual destes horários lhe é mais conveniente: segunda às 10h, terça às 15h ou quinta às 11h30? Envio-lhe o convite assim que confirmar.
""",
        "inv_trial_day": """
Queremos te chamar para um dia de experiência remunerado no sábado, para você conhecer a loja e a equipe. Venha de sapato fechado.
""",
        "inv_next_round": """
Sua primeira conversa convenceu o time! Queremos te levar para a próxima etapa: um papo com a nossa CEO no escritório de São Paulo.
""",
        "off_formal_offer": """
Temos o prazer de lhe propor a função de {role} na {company}. Segue em anexo a nossa proposta, com as condições salariais e a data de início. Agradecemos a sua resposta até 30 de abril.
""",
        "off_no_offer_word": """
SUBJECT: Bem-vindo(a) à {company}! || Notícia boa, {first}: você foi a pessoa escolhida! Estamos muito felizes em te receber no time como {role}. Me diz se o início em 2 de setembro funciona para você.
""",
        "off_contract_sent": """
Segue sua carta-proposta: salário de R$ 9.500,00 em regime CLT, vale-refeição, plano de saúde e início em 2 de setembro. Assine pelo link até sexta para darmos andamento à admissão.
""",
        "off_verbal_offer": """
Olá {first}, conforme falámos há pouco ao telefone: queremos mesmo contar contigo como {role}. Amanhã envio-te por escrito o vencimento e as condições que combinámos.
""",
        "off_conditional": """
Temos a satisfação de informar que você foi aprovado(a) para a vaga de {role}. A contratação está condicionada à entrega da documentação e ao exame médico admissional.
""",
        "off_programme_place": """
Parabéns! Você foi aprovado(a) no nosso Programa de Estágio 2025, na trilha de {role}. O estágio começa em 3 de fevereiro.
""",
        "oth_alert": """
Novas vagas para o seu alerta "analista de dados" em São Paulo: 11 vagas publicadas nesta semana, entre elas {role} na {company}.
O seu alerta de emprego: 4 novas ofertas. Infelizmente, uma das ofertas que guardou já não está disponível.
""",
        "oth_newsletter": """
Newsletter de carreiras da {company}, edição de outono: conheça o nosso novo polo no Porto, saiba como funciona o programa de trainees e veja mais de 30 vagas abertas.
Neste mês: nossa nova política de trabalho remoto, a história da Camila, engenheira em Belo Horizonte, e, infelizmente, o cancelamento do nosso open day de 12 de março.
""",
        "oth_cold": """
Oi {first}, tudo bem? Vi seu perfil no LinkedIn e acho que tem tudo a ver com uma vaga de {role} que estou conduzindo para uma healthtech em Curitiba. CLT, modelo híbrido. Posso te contar mais?
Somos uma empresa de recrutamento especializada em perfis de IT em Lisboa e no Porto. O nosso serviço é gratuito para os candidatos: envie-nos o seu CV e avisamos quando houver processos adequados.
""",
        "oth_survey": """
Sua opinião é importante! Ajude-nos a melhorar nosso processo seletivo respondendo a esta pesquisa de 3 minutos. As respostas são anônimas e não influenciam sua candidatura.
""",
        "oth_withdrawal_confirmed": """
Conforme solicitado, retirámos a sua candidatura à função de {role}. Lamentamos a sua decisão e desejamos-lhe as maiores felicidades.
SUBJECT: Confirmação de desistência || Confirmamos que sua candidatura foi retirada a seu pedido. Seus dados pessoais serão excluídos de acordo com a nossa política de privacidade e a LGPD.
""",
        "oth_event": """
Venha nos visitar na Feira de Carreiras da USP no dia 15 de outubro, estande 27: nosso time de Gente & Gestão vai tirar suas dúvidas e receber currículos na hora.
""",
        "oth_data_retention": """
Os seus dados constam da nossa base de candidatos há 24 meses. Se não confirmar até 30 de junho que pretende mantê-los, serão eliminados nos termos do RGPD.
""",
        "oth_talent_community": """
Boas-vindas à comunidade de talentos da {company}! Você vai receber vagas alinhadas aos seus interesses e convites para os nossos eventos.
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
            "Hey {first},",
            "Dear Mx Rivera,",
        ],
        "thanks": [
            "Thank you for your application for the {role} position at {company}.",
            "Thanks for your interest in {company} and for applying for {role}.",
            "Thank you for taking the time to apply to join us.",
            "We appreciate you considering {company} as your next employer.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "We hope you'll consider applying for future roles with us.",
            "All the best for the future.",
        ],
        "marketing": [
            "{company} helps more than 2,000 organisations make sense of their data. We're a remote-first team of 350 people across 19 countries, and we were named a Great Place to Work for the third year running.",
            "At {company}, our people are at the heart of everything we do. From our flagship hospital to community clinics across the region, we're proud to deliver outstanding care.",
            "Founded in a garage in 2016, {company} now builds robots used in warehouses on four continents. We care about curiosity, candour and craft.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}\nTalent Acquisition | {company}",
            "Many thanks,\n{sender}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHuman Resources",
            "The {company} Recruiting Team",
        ],
        "footer": [
            "This email was sent from an unmonitored address. Please do not reply.",
            "You are receiving this email because you applied for a position with {company}. Manage your communication preferences in your candidate profile.",
            "{company} is an equal opportunity employer. Registered in England and Wales No. 08812345.",
            "Powered by an applicant tracking system. Privacy policy | Unsubscribe",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: application update",
            "Re: {role} application",
            "Update on your application",
            "{role} – {company}",
        ],
        "subject_inv": [
            "Next steps: {role} at {company}",
            "Invitation: {role}",
            "Let's talk – {role}",
            "{company} – scheduling",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Great news about {role}",
            "{company} – next steps",
            "Welcome to {company}",
        ],
        "subject_oth": [
            "News from {company} Careers",
            "Your weekly job digest",
            "A quick question from {company}",
            "{company} Talent Network",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte:r {first} Rivera,",
            "Hallo {first},",
            "Liebe:r {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte Damen und Herren,",
            "Grüezi {first} Rivera,",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
            "Danke für deine Bewerbung bei {company}!",
            "herzlichen Dank für Ihr Interesse an einer Mitarbeit in unserem Unternehmen.",
            "wir bedanken uns für die Zusendung Ihrer Bewerbungsunterlagen.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei deiner weiteren Suche!",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bei uns bewerben.",
            "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
        ],
        "marketing": [
            "{company} ist einer der führenden Logistikdienstleister in Mitteleuropa. Mit über 1.200 Mitarbeitenden an 14 Standorten bewegen wir täglich, was die Region braucht.",
            "Als kommunales Unternehmen versorgt {company} rund 180.000 Menschen zuverlässig mit Strom, Wasser und Wärme – und gestaltet die Energiewende vor Ort aktiv mit.",
            "Seit über 90 Jahren steht {company} für Sicherheit und Vertrauen. Wir sind ein ausgezeichneter Arbeitgeber und bieten flexible Arbeitszeitmodelle.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüsse\n{sender}\nHR Business Partner",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\nIhr Recruiting-Team von {company}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}",
            "Liebe Grüße aus dem Team\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} – Sitz der Gesellschaft: Bremen – Registergericht: Amtsgericht Bremen HRB 28811 – Geschäftsführung: Dr. Ines Halbach",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sie erhalten diese Nachricht, weil Sie ein Kandidatenprofil bei {company} angelegt haben.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "AW: Bewerbung {role}",
            "Bewerbung – {role}",
        ],
        "subject_inv": [
            "Einladung – {role}",
            "Nächste Schritte: {role}",
            "Terminabstimmung {company}",
            "Kennenlernen",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Gute Neuigkeiten zu {role}",
            "Willkommen bei {company}",
            "Zusage",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Ihr Jobagent",
            "Ihre Meinung ist gefragt",
            "{company} Karriere",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
            "Salut {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur, Cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions pour votre candidature au poste de {role} et pour l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature chez {company} !",
            "Nous vous remercions de l'intérêt que vous avez manifesté envers notre organisation.",
            "Nous avons bien reçu votre candidature et vous en remercions.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation et à bientôt peut-être !",
            "Nous vous souhaitons bon succès dans vos démarches.",
            "Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.",
        ],
        "marketing": [
            "Maison familiale fondée en 1987, {company} réunit aujourd'hui 600 artisans et collaborateurs autour d'une même passion : le beau geste.",
            "Établissement de santé privé d'intérêt collectif, {company} accueille chaque année plus de 40 000 patients et place l'humain au cœur de son projet.",
            "Chez {company}, nous croyons qu'une entreprise responsable se construit avec des équipes diverses. Rejoignez une aventure qui a du sens.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\nChargée de recrutement",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "À bientôt,\n{sender_first}",
            "L'équipe Recrutement de {company}",
            "Salutations cordiales,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données en écrivant à dpo@{company}.",
            "{company} – SAS au capital de 1 200 000 € – RCS Limoges 512 345 678",
            "Vous recevez ce courriel parce que vous avez créé un compte sur notre portail carrières.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite à votre candidature",
            "RE: Candidature {role}",
            "{company} – votre candidature",
        ],
        "subject_inv": [
            "Invitation – {role}",
            "Prochaine étape : {role}",
            "Prise de rendez-vous",
            "Rencontre avec {company}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bonne nouvelle !",
            "Bienvenue chez {company}",
            "Votre arrivée chez {company}",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "Vos nouvelles offres d'emploi",
            "Votre avis nous intéresse",
            "Communauté talents {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Estimado candidato:",
            "¡Hola, {first}!",
            "Buenos días, {first}:",
            "Apreciado/a {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por presentar tu candidatura al puesto de {role}.",
            "Le agradecemos sinceramente el interés mostrado en formar parte de {company}.",
            "¡Gracias por postularte en {company}!",
            "Agradecemos el tiempo que dedicaste a tu postulación.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos mucha suerte en sus futuros proyectos profesionales.",
            "Esperamos volver a saber de ti en futuros procesos.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "{company} es un grupo con presencia en 9 países de América Latina y más de 4.000 colaboradores comprometidos con la innovación y la sostenibilidad.",
            "Desde hace 25 años, {company} trabaja para que ninguna comunidad rural quede atrás, con proyectos de educación, salud y empleo.",
            "En {company} creemos en el talento diverso y en los equipos que se divierten mientras construyen productos que importan.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Saludos cordiales,\n{sender}\nTalent Acquisition",
            "¡Un abrazo!\n{sender_first}",
            "Equipo de Selección de {company}",
            "Quedamos atentos.\nSaludos,\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
            "En cumplimiento del RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por {company} con la finalidad de gestionar los procesos de selección.",
            "Aviso de privacidad: sus datos personales serán tratados conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.",
            "Recibes este correo porque te registraste en el portal de empleo de {company}.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Su postulación en {company}",
            "Actualización de tu proceso",
            "RE: Candidatura {role}",
            "{company} – proceso de selección",
        ],
        "subject_inv": [
            "Invitación – {role}",
            "Siguiente paso: {role}",
            "Agendemos una conversación",
            "{company} – agenda",
        ],
        "subject_off": [
            "Carta oferta – {role}",
            "¡Buenas noticias!",
            "Bienvenida a {company}",
            "Propuesta de incorporación",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tus nuevas ofertas de empleo",
            "Tu opinión nos importa",
            "Comunidad de talento {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Caro/a {first},",
            "Prezado(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi, {first}, tudo bem?",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura à função de {role}.",
            "Obrigado por se candidatar à vaga de {role} na {company}!",
            "Agradecemos o tempo dedicado à sua candidatura.",
            "Muito obrigado pelo interesse em fazer parte do nosso time!",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Desejamos sucesso na sua jornada profissional!",
            "Continue acompanhando nossas vagas — esperamos te ver em outros processos.",
            "Votos de sucesso para o futuro.",
        ],
        "marketing": [
            "A {company} é uma empresa brasileira de tecnologia com mais de 1.500 pessoas colaboradoras e presença em 6 países. Somos certificados GPTW pelo quarto ano consecutivo.",
            "Fundada em Braga em 2011, a {company} desenvolve soluções digitais para mais de 300 clientes na Europa, com uma equipa jovem e multidisciplinar.",
            "Na {company}, diversidade e inclusão não são discurso: são a forma como construímos produtos para milhões de brasileiros.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\nTalent Acquisition",
            "Abraços,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos",
            "Equipe de Atração de Talentos | {company}",
            "Um abraço,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Seus dados pessoais são tratados conforme a Lei Geral de Proteção de Dados (LGPD). Consulte nossa política de privacidade.",
            "Os seus dados pessoais serão tratados de acordo com o RGPD. Para exercer os seus direitos, contacte privacidade@{company}.",
            "Você está recebendo este e-mail porque se cadastrou na página de carreiras da {company}.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Atualização do processo seletivo",
            "RE: Candidatura {role}",
            "{company} – retorno da candidatura",
        ],
        "subject_inv": [
            "Convite – {role}",
            "Próxima etapa: {role}",
            "Vamos agendar uma conversa?",
            "{company} – agendamento",
        ],
        "subject_off": [
            "Proposta – {role}",
            "Boas notícias!",
            "Bem-vindo(a) à {company}",
            "Carta-proposta {company}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Novas vagas para você",
            "Sua opinião importa",
            "Comunidade de talentos {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for {role}, as it's been about three weeks since I applied. Is there any update you can share?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying for {role} at {company}. We've received your application and will be in touch once the hiring team has reviewed it.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, wie der Stand meiner Bewerbung als {role} ist. Meine Bewerbung liegt nun gut drei Wochen zurück.\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung bei {company}. Wir haben Ihre Unterlagen erhalten und melden uns, sobald die Fachabteilung sie gesichtet hat.\nMit freundlichen Grüßen\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée il y a environ trois semaines. Auriez-vous des nouvelles ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature chez {company}. Nous l'avons bien reçue et reviendrons vers vous après étude par l'équipe.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nTe escribo para preguntar cómo va mi candidatura para el puesto de {role}; la envié hace unas tres semanas. ¿Hay alguna novedad?\nUn saludo,\nAlex Rivera\n\n{header2}\nHola, Alex:\nGracias por tu candidatura en {company}. La hemos recibido y te escribiremos cuando el equipo la haya revisado.\nSaludos,\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para {role}, enviada há cerca de três semanas.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá, Alex,\nObrigado pela sua candidatura na {company}. Recebemos o seu currículo e entraremos em contato assim que a equipe o analisar.\nAbraços,\n{sender}\n",
}
