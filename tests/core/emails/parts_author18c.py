# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 18c: the mail that surrounds a job search without deciding anything about an application (job alerts and "jobs you may like" digests from boards, employer newsletters and branding mail, webinars, career fairs, open days, hackathons and recruiting evenings, cold recruiter and headhunter approaches, referral programmes, candidate-experience surveys, profile nudges, password and sign-in mail from career portals, GDPR/LGPD consent and deletion notices, confirmed withdrawals, expiring saved jobs and unfinished drafts, bootcamp ads and salary guides), set against mail that does decide: invitations to calls, tests, trial days and meetings (some through agencies and public bodies), offers said plainly or without the word, plain and soft rejections (including agencies, portals, cancelled and filled posts) and receipts or status updates, in English, German, French, Spanish and Portuguese with mixed registers and countries."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowgate Freight Ltd",
    "Nordlicht Energie GmbH",
    "Maison Verlaine SA",
    "Cervantes Logística S.L.",
    "Ipê Tecnologia Ltda.",
    "Bluefin Analytics Inc.",
    "Alpenkamm Versicherung AG",
    "Groupe Lumière Santé",
    "Grupo Andamio Construcciones",
    "Vinhal & Costa Consultoria",
    "Quayside Health Partners",
    "Kestrel Labs",
    "Rheinbogen Software GmbH",
    "Atelier Brume",
    "Solera Retail S.A.",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Manager",
    "Software Engineer",
    "Chargé de communication",
    "Sachbearbeiter Buchhaltung (m/w/d)",
    "Ingeniero de Procesos",
    "Analista de Marketing",
    "Customer Success Manager",
    "UX Designer",
    "Supply Chain Coordinator",
    "Enfermeiro(a)",
    "Controller",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition", "no-reply@{domain}"),
    ("Lena Hartmann", "lena.hartmann@{domain}"),
    ("Recruiting Team", "noreply@apply.hireloop.example"),
    ("Marta Quintero", "seleccion@{domain}"),
    ("Beatriz Lopes", "talentos@{domain}"),
    ("Careers", "careers@notify.talentdesk.example"),
    ("Owen Blake", "owen.blake@{domain}"),
    ("People Team", "people@{domain}"),
    ("Jobs", "jobs@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "oth_alert": """
SUBJECT: 9 new jobs for {role} near Manchester || Your daily job alert found 9 new roles matching "{role}" within 25 miles of Manchester. {company} – {role} – posted 2 hours ago – Easy Apply. Northgate Lettings – Junior Analyst – posted yesterday. Rainford Group – Reporting Analyst – £34,000–£38,000. Not quite right? Edit your alert to get better matches.
Jobs you may be interested in, picked from your profile and recent searches: {role} at {company} (Dublin, hybrid), Senior {role} at Pellow & Finch (remote, Ireland) and 14 more. Your profile matches 7 of the 10 skills listed for the first one, and applying early raises your chances of landing an interview.
{company} is hiring! You follow {company}, so we thought you'd want to know they have just posted 4 new openings, including {role} in Toronto. Manage the companies you follow in your settings.
SUBJECT: Your weekly digest: 23 new remote roles || This week on RemoteNest: 23 fresh remote positions in your categories. Highlights include {role} at {company} (US time zones, $95k–$115k), Product Analyst at Tillwater (Europe only) and Operations Lead at Fernhall (worldwide). You get this digest because you subscribed to weekly emails; change the frequency or unsubscribe at any time.
You're a top applicant for {role} at {company}, based on your skills and experience. 38 people have clicked Apply so far, the listing went up 3 days ago and the employer is actively recruiting. View the job before it fills up.
Recommended for you: {role} – {company} – Melbourne VIC – full time – $105,000–$120,000 + super, listed 1 day ago. We also found 6 similar roles in Sydney and Brisbane. You're getting this because you searched for {role} jobs in Australia.
""",
        "oth_newsletter": """
SUBJECT: Life at {company} – March edition || In this issue: meet the crew behind our new Leeds distribution hub, read how three graduates went from intern to team lead in four years, and pick up our recruiters' five tips for a great first interview. Plus, we've been named a Great Place to Work for the fourth year running. You're receiving this because you joined the {company} Talent Community.
The Career Compass, issue 87. This week: how to answer "What are your salary expectations?" without underselling yourself, why an email that starts with "unfortunately" is rarely the end of the story, and the one question you should always ask at the end of an interview. Reading time: 6 minutes.
{company} careers update: we're opening a new engineering centre in Pune and plan to hire around 200 people there this year. Curious what working with us is like? Watch our day-in-the-life videos, browse open roles, and follow our page for announcements. No action is needed from you.
SUBJECT: Your offer is waiting: 30% off Premium || Stand out to recruiters with Premium Career. See who viewed your profile, find out how you compare with other applicants and message hiring managers directly. Your exclusive offer: 30% off for two months. Offer ends Sunday at midnight.
Inside {company}, the quarterly note for candidates and alumni. This quarter we started a four-day-week pilot in our Cork office, opened sign-ups for the 2025 apprenticeship scheme and published our first gender pay gap report. Want fewer emails like this? Update your preferences below.
""",
        "oth_event": """
Join us on Thursday 14 November from 6pm for a Tech Open Evening at our London office. Meet our engineers, watch live demos from the platform team and get a feel for how we work. There'll be pizza, drinks and short talks, and our recruiters will be on hand to answer questions about open roles. Places are limited, so please register by Monday.
SUBJECT: Webinar: acing the video interview || You're invited to a free 45-minute webinar next Wednesday at 1pm EST, hosted by the {company} talent team. We'll cover how to prepare for a video interview, what interviewers are really listening for and how to follow up afterwards. Can't make it live? Register anyway and we'll send you the recording.
The Graduate Careers Fair is back! On 3 and 4 October more than 120 employers, {company} among them, will be at the SEC in Glasgow. Bring a few copies of your CV, drop into the CV clinic and try a mock interview with a working recruiter. Entry is free, but you need to register.
We'd love to see you at Build for Good, our 48-hour hackathon on 22–23 March at the Berlin hub (remote participation possible). Teams of up to four will take on challenges set by our climate partners. Prizes include a trip to our Amsterdam office, and standout participants get a fast-track to interviews. Sign up on your own or as a team.
SUBJECT: Reminder: Open Day tomorrow || Just a reminder that our hospital Open Day runs tomorrow from 10am to 3pm in the main atrium. Nursing, midwifery and allied health teams will be there to chat, and you can join a tour of two wards. If you've already applied for a post with us, it's a nice chance to meet future colleagues, but coming along is not part of the selection process.
""",
        "oth_cold": """
I came across your profile and think you could be a great fit for a {role} position I'm recruiting for on behalf of a fast-growing fintech in Manchester. Permanent, hybrid with two days in the office, £55–65k plus bonus. Would you be open to a quick chat this week? If the timing's wrong, no problem at all, just tell me and I won't chase.
I lead the data practice at Ardent Search, and we've been retained by a well-known retailer to find a {role} for their Dublin team. I can't name the client at this stage, but I'm happy to share more on a call. Could you spare 15 minutes on Tuesday or Wednesday? Even if this one isn't right, I'd like to hear what you'd want from your next move.
Hope you're well! A client of ours, a Series B health-tech startup, is building out its product team and your background caught my eye. The range is $130–150k plus equity, fully remote within the US. No pressure, but if you're curious, reply with a good number and a time to reach you.
SUBJECT: Opportunity – {role} – 6-month contract || We have an immediate requirement for a {role} on a six-month contract (outside IR35), £450–500 per day, mostly remote with the odd trip to Reading. Start ASAP. If you're interested, or know someone who might be, please send an up-to-date CV and your availability. Unfortunately we can only consider candidates with the right to work in the UK.
Quick one: I'm pulling together a shortlist for a {role} opening in Singapore with a leading logistics group, and you came to mind. Relocation support is on the table. Even if you're happy where you are, it would be good to connect for the future, so feel free to grab a slot in my calendar.
""",
        "oth_referral": """
Know someone who'd thrive at {company}? Our Refer-a-Friend programme is now open to candidates and alumni as well as employees. If the person you refer is hired and completes probation, you'll receive a £500 voucher. Just share your personal referral link.
SUBJECT: Sam thinks you'd be great here || Sam Okafor from our Finance team has referred you for opportunities at {company}. This isn't an application yet: to be considered, create a candidate profile and pick the roles you're interested in. A referral doesn't let anyone skip steps, but it does help us get to know you.
""",
        "oth_survey": """
You recently went through a recruitment process with {company}, and we would really value your honest feedback. Whatever the outcome, your answers help us improve how we treat candidates. The survey takes about three minutes, is completely anonymous and has no effect on any current or future application.
SUBJECT: How was your interview experience? || Thank you for taking the time to interview with us last week. We're working to make our hiring fairer and clearer, so we'd be grateful if you could rate your experience from 0 to 10 and tell us what we could do better. This short survey goes to every candidate and is kept separate from the hiring decision.
Got two minutes? Our annual candidate experience survey is open, and we'd love to hear about applying to {company}, from how easy the job ad was to find to how quickly we got back to you. Every completed survey enters a draw for one of five £50 gift cards.
""",
        "oth_account": """
SUBJECT: Reset your password || We received a request to reset the password for your {company} Careers account. Use the link below to choose a new one; it expires in 60 minutes. If you didn't ask for this, you can safely ignore this email and your password will stay the same.
Your profile is 60% complete. Candidates with a full profile are three times more likely to be contacted by recruiters. Add your work history, upload a CV and tell us where you'd like to work to get sharper job matches. It only takes a few minutes.
Please verify your email address to finish setting up your candidate account. Once that's done you can save jobs, track your applications and get personalised alerts. Your verification code is 482 913 and it is valid for 15 minutes.
""",
        "oth_privacy": """
SUBJECT: Your data with {company} || Under UK GDPR we keep candidate data for 12 months. Your talent pool profile will be deleted on 30 June unless you tell us you'd like us to keep it. To stay in touch about future opportunities, click "Keep my profile". If we don't hear from you, your CV and personal details will be permanently removed.
We're updating our Candidate Privacy Notice. From 1 May we'll use a new applicant tracking system hosted in the EU, and we've clarified how long we keep interview notes and assessment results. You don't need to do anything, but we encourage you to read the new notice.
As requested, we have deleted your candidate account and all associated personal data from our recruitment systems, including your CV, cover letters and saved searches. Some information may be retained for up to six months where the law requires it. If you want to apply again in future, you'll need to create a new account.
""",
        "oth_withdrawal": """
We've received your request to withdraw from the {role} process and have taken you off the list. Thanks for letting us know, and for the time you spent with us. If things change, you're very welcome to apply for future roles.
SUBJECT: Application withdrawn || This confirms that your application for {role} (ref. 20417) was withdrawn at your request on 12 March. The hiring team has been notified. Your other active applications are unaffected and can be viewed in your candidate dashboard.
""",
        "oth_saved": """
Heads up: a job you saved is closing soon. {role} at {company} stops accepting applications in 2 days, so don't leave it to the last minute.
You started an application for {role} but didn't submit it. Your answers are saved as a draft for seven days, so you can pick up where you left off whenever you're ready.
""",
        "oth_course": """
SUBJECT: Become a data analyst in 12 weeks || Thinking about a career change? Our part-time Data Analytics Bootcamp starts on 6 May. Learn SQL, Python and Tableau from industry mentors, build a portfolio of real projects and get career coaching, mock interviews included. Early-bird offer: save $1,000 if you enrol by Friday.
SUBJECT: 2024 Salary Guide is here || Our 2024 Salary Guide for Technology and Finance is out. See typical pay ranges for more than 300 roles across the UK, how much contractors are earning compared with permanent staff, and which benefits candidates value most. Download your free copy today.
""",
        "inv_call": """
We've reviewed your application for {role} and would like to set up a 30-minute phone call with someone from our recruiting team to learn more about your experience. Please pick a time that suits you with the scheduling link below; slots are open over the next five working days.
SUBJECT: Next steps – {role} || Good news: the hiring manager would like to speak with you. The first conversation will be a 45-minute video call on Microsoft Teams with Priya, our Head of Analytics, focused on your recent projects. Could you let me know your availability for Thursday or Friday afternoon?
Are you free for a quick chat sometime this week? I'd love to tell you more about the team and hear what drew you to the {role} opening. Nothing formal, just 20 minutes over Zoom. Reply with a couple of times and I'll send an invite.
Your application for {role} has progressed to the interview stage. Please use the link below to book one of the available slots. If none of the times work, reply to this message and we'll try to find an alternative.
""",
        "inv_test": """
As the next step in our selection process, we'd like you to complete an online assessment made up of a numerical reasoning test and a short situational judgement questionnaire. It takes about 40 minutes and needs to be done within five days of this email. Your personal link is below.
We enjoyed our call and would like to move you on to the technical stage. You'll receive a take-home exercise (roughly three hours of work) based on a realistic dataset; please return it within a week, and we'll then walk through your solution together in a 60-minute follow-up call.
SUBJECT: One-way video interview – {role} || To move forward, please record answers to five short questions on our video interview platform. You'll get 30 seconds to prepare and up to two minutes for each answer. The link is valid until Sunday at midnight.
""",
        "inv_meeting": """
Following your second interview, the team would like to invite you to a final round at our Denver office. The day includes a 20-minute case presentation (topic attached), a meeting with the VP of Operations and lunch with the team. We'll cover reasonable travel costs. Which of 4, 5 or 6 June works best for you?
We're delighted to invite you to our Assessment Centre on 18 March in Birmingham. It's a full day, 9am to 4pm, with a group exercise, a written task and a competency-based interview. Please confirm you can attend by replying to this email by Friday.
I'd like you to come in, meet the store team and do a short trial shift on Saturday morning from 9 to 12. Wear something comfortable and closed-toe shoes. Just reply to let me know if that works.
Congratulations, you've been shortlisted for the post of {role} (ref. HR/2291). Interviews will take place on 27 and 28 May at County Hall. Please choose a time through the link, and note that you'll be asked to give a 10-minute presentation on the topic below.
We'd love to get to know you better. Would you be up for a coffee with our founder, Dan, at the studio in Shoreditch next week? There's no need to prepare anything formal, but bring your portfolio if it's handy.
Unfortunately we've had to cancel tomorrow's interview because the interviewer is unwell, and we're really sorry for the short notice. We'd still very much like to talk to you, so could you choose a new slot from the link below?
""",
        "inv_agency": """
Great news: I sent your CV over for the {role} position and my client would like to meet you! They've suggested Wednesday at 2pm at their Canary Wharf offices, or a video call on Thursday morning if that's easier. Give me a ring when you can so I can brief you properly beforehand.
SUBJECT: Interview request from our client || Following your application through Hallam Recruitment, our client has asked to interview you for the {role} vacancy. The first stage is a 30-minute phone screen with their HR team. Please confirm whether next Monday or Tuesday suits you and the best number to reach you on.
The hiring manager at the trust has looked at the profile I put forward for the locum {role} post and wants to interview you. I've pencilled in Friday at 11am on Teams, can you confirm that's okay and I'll lock it in?
""",
        "rej_plain": """
After careful consideration, we have decided not to progress your application for {role} at this time. We received a very high number of applications and had some difficult decisions to make.
SUBJECT: Update on your application || We regret to inform you that you have not been selected for the next stage of the recruitment process for {role}.
I'm afraid we won't be moving forward with your candidacy. We've decided to pursue applicants whose experience more closely matches what the team needs right now.
You were not shortlisted for the post of {role}, reference ED/0341. Because of the volume of applications we are unable to give individual feedback.
""",
        "rej_after_interview": """
Thank you for coming in to meet the team on Tuesday, we really enjoyed the conversation. It was a tough call, but we've decided to offer the role to another candidate whose experience with large-scale migrations was a closer fit. I'd be happy to share more detailed feedback over the phone if that would help.
I wanted to let you know personally that we won't be taking things further after the final interview. You made a strong impression, especially in the case study, and it came down to a very fine margin. We'll keep your details on file and I hope our paths cross again.
We've now completed the assessment stage. Your score on the numerical reasoning test was below the threshold for this programme, so we're unable to take your application forward this year. You're welcome to reapply in the next recruitment cycle.
SUBJECT: Your interview with {company} || Thank you again for interviewing for {role}. While we were impressed with your background, the panel felt that other candidates showed stronger stakeholder management experience, and we have chosen not to proceed.
""",
        "rej_soft": """
We really appreciated learning about your background. At this point we're going to continue with other candidates for this role, but we'd love to stay in touch as the team grows.
Hiring for this role has been very competitive, and on this occasion your application hasn't been successful.
Your profile is impressive and it wasn't an easy decision. For now, though, we've chosen to focus on candidates with more hands-on experience in clinical settings.
""",
        "rej_closed": """
We wanted to let you know that the {role} position has now been filled. Thank you for your interest, and do keep an eye on our careers page for future openings.
Because of a change in business priorities, we've decided not to fill the {role} position for now and the vacancy has been closed. This means no applications will be progressed, including yours. We're sorry for the disappointment.
SUBJECT: Vacancy withdrawn – {role} || Please be advised that the above vacancy has been withdrawn following an internal restructure, and all applications have now been closed.
""",
        "rej_agency": """
Quick update from me: I heard back from the client about the {role} role and sadly they've decided not to take your application forward. Their feedback was that they want someone with more time in the construction sector. I'll keep you in mind for anything else that comes up.
SUBJECT: Status change on your application || The status of your application for {role} (Req #48812) has changed to: Not selected. You can view your applications at any time in the candidate portal. This is an automated message; please do not reply.
Bit of a blow, I'm afraid: the client has gone with an internal candidate, so the {role} role won't be going any further for you. Really appreciate you working with me on it, let's catch up soon about what else is out there.
""",
        "ack_received": """
This email confirms that we've received your application for {role}. Our team will review it and get back to you within two weeks if your profile matches what we're looking for.
SUBJECT: We've got your application! || Thanks for applying to {company}! Here's what happens next: someone from our recruiting team (a real person, promise) will read your application, and you'll hear from us either way. You can track your status at any time in your candidate account.
Your application has been passed to the hiring manager and is currently being reviewed. Status: In review.
""",
        "ack_update": """
A quick update: we're still reviewing applications for {role}, and it's taking a little longer than expected because of the number we received. We expect to be in touch by the end of the month. Thanks for bearing with us.
The hiring process for {role} has been paused while we finalise next quarter's budget. Your application remains active, and we'll let you know as soon as we're able to pick things up again.
To keep processing your application, we need a copy of your right-to-work documents and the contact details of two referees. Please upload them through the portal within seven days.
Thanks for completing the assessment. Your results have been recorded and will be reviewed alongside your application, and we'll be in touch about next steps in due course.
Following the interviews, you've been placed on the reserve list for {role}. The list is valid for 12 months and candidates are contacted in ranking order as posts become available. There's nothing you need to do at this stage.
""",
        "off_plain": """
SUBJECT: Offer of employment – {role} || I'm delighted to offer you the position of {role} at {company}, starting on 1 September with an annual salary of £42,500. Your formal offer letter and contract are attached; please review them and let us know by Friday 23 August whether you accept.
We're pleased to make you a conditional offer for the role of {role}, subject to satisfactory references and a DBS check. Once those are complete, we'll confirm your start date.
Congratulations! You've been selected for the {role} position. Please review and e-sign your offer letter in the portal by 15 March.
Following your interview, I'm happy to tell you that the panel has recommended you for appointment to the post of {role}, Grade 7, on a permanent basis. HR will contact you shortly to arrange pre-employment checks.
""",
        "off_implicit": """
Great news: the team loved meeting you and we'd like you to join us as our new {role}! I'll send the full details (salary, benefits, start date) over shortly, but wanted to talk first. Can I ring you this afternoon?
We would love for you to come on board. The package we can put forward is $98,000 base plus a 10% target bonus and full benefits from day one, with a start date of your choosing in May. Let me know if you have any questions before signing.
I'm thrilled to tell you the client wants you! They've come in at £48k plus the standard bonus, starting 2 April. Give me a shout to talk it through before you accept.
Welcome aboard! Attached is your contract for the {role} role (12-month fixed term, 37.5 hours a week). Sign and return it by Wednesday and we'll have your laptop and access sorted before day one.
""",
    },
    "de": {
        "oth_alert": """
SUBJECT: 14 neue Jobs für {role} in München || Ihr Job-Agent hat 14 neue Stellenangebote gefunden, die zu Ihrer Suche passen. Darunter: {role} bei {company}, Vollzeit, unbefristet, zwei Tage Homeoffice pro Woche. Weitere Treffer: Controller (m/w/d) bei Isarwerk Logistik und Referent Finanzen bei den Stadtwerken Freising. Job-Agent bearbeiten oder pausieren.
Diese Jobs könnten dich interessieren: Auf Basis deines Profils haben wir 8 passende Stellen gefunden. Ganz oben: {role} bei {company} in Hamburg, neu eingestellt, Schnellbewerbung möglich. Mit einem vollständigen Profil bekommst du noch treffendere Vorschläge.
Neue Inserate für Ihren Suchauftrag in der Schweiz: {role} 80–100 % bei {company}, Zürich, CHF 95'000–110'000, publiziert vor 2 Tagen. Dazu 5 ähnliche Stellen in Basel und Winterthur. Sie erhalten diese Nachricht, weil Sie einen Suchauftrag angelegt haben.
{company} hat eine neue Stelle ausgeschrieben: {role}. Du folgst diesem Unternehmen auf XING, deshalb erfährst du es als Erste:r. Jetzt ansehen und mit wenigen Klicks bewerben.
Ihr wöchentlicher Stellenmarkt für Österreich: 31 neue Jobs in Finanzen und Controlling, davon 6 in Wien. Top-Job der Woche: {role} bei {company}, Gehalt laut Kollektivvertrag ab EUR 3.200 brutto monatlich, Bereitschaft zur Überzahlung je nach Qualifikation.
""",
        "oth_newsletter": """
SUBJECT: Karriere-News von {company} || In dieser Ausgabe: Wie unser Azubi-Team den Innovationspreis der IHK gewonnen hat, was hinter unserem neuen Arbeitszeitmodell steckt und fünf Tipps unserer Recruiter für ein überzeugendes Vorstellungsgespräch. Außerdem wurden wir erneut als Top-Arbeitgeber im Mittelstand ausgezeichnet.
Bewerbungstipps der Woche: So beschreibst du deine Stärken, ohne zu prahlen. Warum eine Absage nicht das Ende ist und wie du aus Feedback lernst. Und die fünf Fragen, die im Vorstellungsgespräch garantiert kommen, samt guter Antworten.
Neuigkeiten aus dem {company}-Talentpool: Im Herbst eröffnen wir ein neues Werk in Linz und suchen dafür über 80 Fachkräfte aus Produktion, Instandhaltung und Logistik. Sobald die Stellen online sind, sagen wir Ihnen Bescheid. Im Moment müssen Sie nichts tun.
Nur für kurze Zeit: Testen Sie Premium einen Monat kostenlos. Sehen Sie, wer Ihr Profil besucht hat, vergleichen Sie sich mit anderen Bewerbern und erscheinen Sie weiter oben in den Suchergebnissen der Recruiter. Das Angebot gilt bis Sonntag.
""",
        "oth_event": """
Lust auf einen Blick hinter die Kulissen? Am Donnerstag, 7. März, ab 17 Uhr öffnen wir die Türen unseres Entwicklungszentrums in Karlsruhe. Lerne unsere Teams kennen, probier die Fahrsimulatoren aus und sprich ganz entspannt mit unseren Recruitern. Anmeldung über den Link, die Plätze sind begrenzt.
SUBJECT: Einladung zum Online-Infoabend „Karriere in der Verwaltung“ || Wir laden Sie herzlich zu unserem kostenlosen Infoabend ein: Am 12. Juni um 18:00 Uhr stellen wir die Einstiegsmöglichkeiten in der Stadtverwaltung vor und erklären, wie ein Auswahlverfahren bei uns abläuft. Im Anschluss beantworten wir Ihre Fragen im Chat.
Besuchen Sie uns auf der Absolventenmesse in Köln am 15. und 16. Mai, Halle 3, Stand B21. Unsere Fachbereiche stellen ihre Einstiegsprogramme vor, und am Nachmittag können Sie Ihre Bewerbungsmappe direkt vor Ort checken lassen.
Hackathon-Alarm! Beim {company} Code Camp am 9. und 10. November in Wien tüftelst du 36 Stunden lang an echten Problemen aus der Mobilität. Es gibt Preisgelder bis 5.000 Euro, gutes Essen und die Chance, unsere Entwicklerteams kennenzulernen. Anmeldung allein oder im Team.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und glaube, dass Sie sehr gut zu einer Position als {role} passen könnten, die ich im Auftrag eines mittelständischen Maschinenbauers im Raum Stuttgart besetze. Unbefristet, 38-Stunden-Woche, Gehalt bis 75.000 Euro. Hätten Sie Interesse an einem kurzen, vertraulichen Telefonat?
Kurze Frage: Bist du gerade offen für Neues? Ich suche für ein Berliner Scale-up aus der Energiebranche eine:n {role}, remote-first, 70–85k plus virtuelle Anteile. Wenn das spannend klingt, lass uns gern 15 Minuten telefonieren.
Als Personalberater für die Finanzbranche begleite ich derzeit die Suche nach einem {role} für eine Privatbank in Zürich. Die Position berichtet direkt an den CFO. Gerne erläutere ich Ihnen die Einzelheiten in einem unverbindlichen Gespräch. Wann würde es Ihnen in den nächsten Tagen passen?
SUBJECT: Projektanfrage {role} – freiberuflich, 6 Monate || Für ein Projekt bei einem Kunden aus der Automobilbranche suchen wir ab sofort Unterstützung als {role}: sechs Monate mit Option auf Verlängerung, 80 % remote, Einsatzort München. Bei Interesse senden Sie uns bitte Ihr aktuelles Profil, Ihren Stundensatz und Ihre Verfügbarkeit. Leider können wir nur Freelancer mit Sitz in der EU berücksichtigen.
Wir sind eine auf IT spezialisierte Personalvermittlung und haben Ihr Profil in unserer Datenbank entdeckt. Aktuell betreuen wir mehrere offene Positionen, die zu Ihrem Werdegang passen könnten. Dürfen wir Ihnen diese vorstellen? Eine kurze Antwort auf diese Mail genügt.
""",
        "oth_referral": """
Empfehlen lohnt sich, jetzt auch für Mitglieder unseres Talentpools: Kennst du jemanden, der perfekt zu {company} passt? Wird deine Empfehlung eingestellt und besteht die Probezeit, bekommst du eine Prämie von 1.500 Euro.
Ihre Bekannte Julia Brandt hat Sie für eine Tätigkeit bei {company} empfohlen. Damit wir Sie berücksichtigen können, legen Sie bitte ein Kandidatenprofil an und wählen die Stellen aus, die Sie interessieren. Eine Empfehlung ersetzt keine Bewerbung.
""",
        "oth_survey": """
Sie haben kürzlich an einem Auswahlverfahren bei {company} teilgenommen. Wie zufrieden waren Sie mit dem Ablauf? Ihre Meinung hilft uns, unseren Bewerbungsprozess zu verbessern. Die Umfrage dauert etwa drei Minuten, ist anonym und hat keinerlei Einfluss auf laufende oder künftige Bewerbungen.
SUBJECT: Wie war dein Vorstellungsgespräch? || Danke, dass du dir Zeit für das Gespräch mit uns genommen hast! Wir wollen besser werden und freuen uns über ein kurzes Feedback: Wie gut warst du vorab informiert, wie fair fandest du die Fragen? Die Entscheidung über deine Bewerbung ist davon völlig unabhängig.
Ihre Erfahrung zählt: Bewerten Sie Ihren Bewerbungsprozess bei {company} auf unserer Arbeitgeber-Bewertungsplattform und helfen Sie so anderen Jobsuchenden bei ihrer Entscheidung.
""",
        "oth_account": """
Sie haben angefordert, Ihr Passwort für das Karriereportal von {company} zurückzusetzen. Über den folgenden Link legen Sie ein neues Passwort fest; er ist 24 Stunden gültig. Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail bitte.
Dein Profil ist erst zu 40 % ausgefüllt. Ergänze Lebenslauf, Sprachkenntnisse und Wunschort, damit Arbeitgeber dich besser finden. Profile mit Foto werden deutlich häufiger angeklickt.
SUBJECT: Bitte bestätigen Sie Ihre E-Mail-Adresse || Vielen Dank für Ihre Registrierung im Bewerberportal. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über den untenstehenden Link, um Ihr Konto zu aktivieren.
""",
        "oth_privacy": """
SUBJECT: Speicherung Ihrer Bewerberdaten || Gemäß Art. 6 Abs. 1 lit. a DSGVO benötigen wir Ihre Einwilligung, um Ihre Unterlagen über die übliche Frist hinaus in unserem Talentpool zu speichern. Wenn Sie einverstanden sind, bestätigen Sie dies bitte über den Link. Andernfalls werden Ihre Daten nach sechs Monaten automatisch gelöscht.
Hiermit bestätigen wir die Löschung Ihres Bewerberkontos sowie aller gespeicherten personenbezogenen Daten gemäß Art. 17 DSGVO. Eine erneute Registrierung ist jederzeit möglich.
Wir haben unsere Datenschutzhinweise für Bewerberinnen und Bewerber aktualisiert. Die wichtigste Änderung ist der Umzug auf ein neues Bewerbermanagementsystem mit Serverstandort Frankfurt. Sie müssen nichts weiter unternehmen.
""",
        "oth_withdrawal": """
Wir bestätigen den Rückzug Ihrer Bewerbung als {role}. Schade, dass Sie sich anders entschieden haben, aber wir respektieren Ihre Entscheidung. Vielleicht kreuzen sich unsere Wege später noch einmal.
Deine Bewerbung wurde wie gewünscht zurückgezogen und das Fachteam ist informiert. Deine übrigen Bewerbungen bleiben davon unberührt.
""",
        "oth_saved": """
Nur noch 3 Tage: Die Bewerbungsfrist für die gemerkte Stelle {role} bei {company} endet am Freitag. Jetzt bewerben, bevor es zu spät ist.
Ihre Bewerbung für {role} wurde noch nicht abgeschickt. Ihre Angaben sind als Entwurf gespeichert und bleiben 14 Tage erhalten.
""",
        "oth_course": """
Quereinstieg in die IT? Unsere berufsbegleitende Weiterbildung zum Data Analyst startet am 2. September und ist mit Bildungsgutschein zu 100 % förderfähig. Inklusive Bewerbungscoaching und Training für das Vorstellungsgespräch.
SUBJECT: Gehaltsreport 2024: Was verdient ein {role}? || Unser neuer Gehaltsreport ist da. Wir haben über 40.000 Gehaltsangaben ausgewertet und zeigen, wie Region, Berufserfahrung und Unternehmensgröße das Gehalt beeinflussen. Den vollständigen Report können Sie kostenlos herunterladen.
""",
        "inv_call": """
Ihre Bewerbung als {role} hat uns überzeugt, und wir würden Sie gerne persönlich kennenlernen. Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 14. Mai, um 10:00 Uhr in unsere Zentrale in Düsseldorf ein. Bitte bestätigen Sie uns den Termin kurz per E-Mail.
Wir möchten in einem ersten telefonischen Kennenlernen von etwa 30 Minuten mehr über Ihre Motivation und Ihre bisherigen Stationen erfahren. Bitte wählen Sie über den folgenden Link einen passenden Termin aus.
Wir fanden dein Profil richtig spannend und würden gern mit dir sprechen! Hast du nächste Woche Zeit für einen Videocall mit Tom aus dem Produktteam? Schick mir einfach zwei, drei Terminvorschläge.
Leider müssen wir das für morgen geplante Gespräch verschieben, weil unsere Teamleiterin kurzfristig verhindert ist. Wir möchten Sie aber unbedingt kennenlernen: Würde Ihnen Donnerstag um 14 Uhr oder Freitag um 9 Uhr passen?
Hast du Lust, uns in Graz auf einen Kaffee zu treffen? Unser Gründer Markus würde dich gern kennenlernen, bevor wir in die nächste Runde gehen. Ganz locker, etwa eine Stunde, vorbereiten musst du nichts.
""",
        "inv_test": """
SUBJECT: Online-Assessment – nächster Schritt || Als nächsten Schritt im Auswahlverfahren bitten wir Sie, einen Online-Test zu absolvieren. Er prüft logisches Denken und Zahlenverständnis und dauert rund 45 Minuten. Bitte bearbeiten Sie ihn bis spätestens Sonntag, 23:59 Uhr.
Als Probeaufgabe erhalten Sie im Anhang eine kleine Case Study. Bereiten Sie dazu bitte eine Präsentation von höchstens 15 Minuten vor, die Sie uns im nächsten Gespräch am 3. Juni vorstellen.
Ihre Bewerbung ist in der nächsten Phase: Bitte nehmen Sie an einem zeitversetzten Videointerview teil. Sie beantworten fünf Fragen, die nacheinander eingeblendet werden, und haben pro Antwort zwei Minuten. Der Link ist sieben Tage gültig.
Für die nächste Runde planen wir ein technisches Interview von 60 Minuten mit zwei Entwicklern, in dem wir gemeinsam an einer Programmieraufgabe arbeiten. Eine besondere Vorbereitung ist nicht nötig; buchen Sie einfach über den Link einen freien Slot.
""",
        "inv_meeting": """
Nach unserem ersten Gespräch möchten wir Sie gern zu einem zweiten Termin mit dem Bereichsleiter und einer Kollegin aus dem Team einladen. Geplant sind rund 90 Minuten einschließlich einer kurzen Fallstudie vor Ort. Ihre Reisekosten erstatten wir selbstverständlich.
Wir laden Sie zu unserem Assessment-Center am 20. und 21. März in Frankfurt ein. Neben Einzelinterviews erwarten Sie Gruppenübungen und eine Präsentation; die Unterlagen zur Vorbereitung bekommen Sie eine Woche vorher.
Magst du zum Probearbeiten vorbeikommen? Wir würden dich gern einen Tag in der Küche mitlaufen lassen, zum Beispiel am Freitag ab 10 Uhr. Gib uns kurz Bescheid, ob das klappt.
SUBJECT: Einladung zum Auswahlgespräch – Kennziffer 2024/117 || Wir freuen uns, Ihnen mitzuteilen, dass Sie zu einem Auswahlgespräch für die ausgeschriebene Stelle eingeladen werden. Es findet am 8. Juli um 13:30 Uhr im Rathaus, Zimmer 214, statt; Personalrat und Gleichstellungsbeauftragte nehmen teil. Bitte bringen Sie einen gültigen Lichtbildausweis mit.
Sie haben die erste Runde geschafft, herzlichen Glückwunsch! Im nächsten Schritt möchten wir Sie zu einem Gespräch mit der Geschäftsleitung in Bern einladen. Zur Auswahl stehen der 5. und der 6. September.
Wir würden Sie gern zu einem Hospitationstag auf unserer Station einladen, damit Sie Team und Abläufe kennenlernen. Im Anschluss ist ein kurzes Gespräch mit der Pflegedienstleitung vorgesehen. Passt Ihnen der kommende Montag?
""",
        "inv_agency": """
Ich freue mich, Ihnen mitteilen zu können, dass mein Kunde Sie kennenlernen möchte. Das Gespräch für die Position {role} würde am Mittwoch um 11 Uhr per Teams stattfinden. Geben Sie mir bitte kurz Bescheid, ob der Termin passt, dann schicke ich Ihnen die Einladung und ein kurzes Briefing.
Ihr Profil hat unseren Kunden, ein Logistikunternehmen aus Bremen, überzeugt, und er möchte Sie zu einem persönlichen Gespräch einladen. Ich rufe Sie morgen Vormittag an, um Ort und Uhrzeit abzustimmen.
""",
        "rej_plain": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
SUBJECT: Ihre Bewerbung bei {company} || Leider haben wir uns für andere Bewerberinnen und Bewerber entschieden, deren Profil noch genauer zu den Anforderungen der Stelle passt. Diese Entscheidung ist uns nicht leichtgefallen.
Der Status Ihrer Bewerbung hat sich geändert: Absage. Details finden Sie in Ihrem Bewerberkonto. Dies ist eine automatisch generierte Nachricht.
Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass sich die Auswahlkommission für eine andere Bewerberin entschieden hat. Ihre Unterlagen werden nach Ablauf von sechs Monaten gemäß den Vorgaben des AGG vernichtet.
Wir haben Ihre Bewerbung mit Interesse gelesen. Derzeit sehen wir jedoch keine Möglichkeit, Ihnen eine Position in unserem Haus anzubieten.
""",
        "rej_after_interview": """
Wir bedanken uns für das angenehme Gespräch. Nach reiflicher Überlegung haben wir uns jedoch für einen anderen Kandidaten entschieden, der mehr Erfahrung mit SAP S/4HANA mitbringt.
Danke dir für das nette Gespräch letzte Woche! Wir haben es uns echt nicht leicht gemacht, aber am Ende ist die Wahl auf jemanden gefallen, der schon länger im B2B-Vertrieb unterwegs ist. Wenn du magst, gebe ich dir gern noch telefonisch Feedback.
Ihre Ergebnisse im Online-Assessment lagen unter den für dieses Programm erforderlichen Werten. Wir können Ihre Bewerbung daher in diesem Jahr nicht weiter berücksichtigen; eine erneute Bewerbung für den nächsten Jahrgang ist möglich.
Nach dem Probetag hat sich das Team zusammengesetzt und entschieden, dass es leider nicht passt. Das liegt nicht an dir persönlich, wir brauchen im Moment einfach jemanden mit mehr Erfahrung an der Kasse und im Lager.
""",
        "rej_soft": """
SUBJECT: Rückmeldung zu deiner Bewerbung || Wir melden uns mit einer Nachricht, die wir lieber nicht schreiben würden: Für die Rolle als {role} geht es diesmal nicht weiter. Es gab sehr viele starke Bewerbungen, und wir mussten uns auf wenige Profile beschränken.
Wir haben uns sehr über Ihr Interesse gefreut. Im Rahmen des Auswahlverfahrens konnten wir Sie jedoch nicht in die engere Wahl einbeziehen.
Vielen Dank für Ihre Geduld während des langen Verfahrens. Wir sind zu dem Ergebnis gekommen, dass andere Profile näher an unseren Anforderungen liegen, und setzen den Prozess daher ohne Sie fort.
""",
        "rej_closed": """
Die Stelle als {role} konnte inzwischen besetzt werden. Wir bedanken uns für Ihr Interesse und senden Ihnen Ihre Unterlagen hiermit zurück.
Aufgrund interner Umstrukturierungen wird die ausgeschriebene Position nicht besetzt, und das Auswahlverfahren wurde eingestellt. Wir bedauern, Ihnen keine bessere Nachricht geben zu können.
Schade: Die Stelle als {role}, auf die du dich beworben hast, haben wir intern besetzt. Dein Profil gefällt uns trotzdem, und wir behalten dich gern für künftige Stellen im Hinterkopf.
""",
        "rej_agency": """
Leider muss ich Ihnen mitteilen, dass sich mein Kunde gegen eine weitere Zusammenarbeit entschieden hat. Das Feedback war durchweg positiv, den Ausschlag gab am Ende die fehlende Branchenerfahrung. Ich melde mich, sobald ich eine passende Position für Sie habe.
Unser Kunde hat die Suche nach einem {role} gestoppt, weil das Projekt aus dem Budget gestrichen wurde. Damit ist Ihre Kandidatur für diese Position beendet, so ärgerlich das nach den guten Gesprächen ist.
""",
        "ack_received": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.
SUBJECT: Eingangsbestätigung – Bewerbung {role} || Ihre Bewerbung ist bei uns eingegangen und wurde an die Fachabteilung weitergeleitet. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Wir schauen uns deine Bewerbung in Ruhe an und melden uns innerhalb von zehn Tagen bei dir, egal wie es ausgeht.
""",
        "ack_update": """
Wir wollten uns kurz melden: Wegen der hohen Zahl an Bewerbungen dauert die Sichtung länger als geplant. Wir rechnen damit, Ihnen bis Ende des Monats eine Rückmeldung geben zu können.
Damit wir Ihre Bewerbung weiter bearbeiten können, benötigen wir noch Ihr letztes Arbeitszeugnis und eine Kopie Ihres Abschlusszeugnisses. Bitte laden Sie beides bis zum 15. April im Portal hoch.
Das Besetzungsverfahren für die Stelle {role} ruht derzeit wegen einer Haushaltssperre. Ihre Bewerbung bleibt im Verfahren, und wir informieren Sie unaufgefordert, sobald es weitergeht.
Nach den Auswahlgesprächen stehen Sie auf Platz 3 der Nachrückliste. Sollte eine der ausgewählten Personen absagen, kommen wir auf Sie zu; eine endgültige Entscheidung erhalten Sie spätestens bis 30. September.
Ihre Testergebnisse liegen uns vor. Wir werten sie nun zusammen mit Ihren Unterlagen aus und melden uns zu den nächsten Schritten.
""",
        "off_plain": """
SUBJECT: Vertragsangebot {role} || Wir freuen uns, Ihnen die Position als {role} anbieten zu können. Ihr Arbeitsvertrag mit einem Jahresbruttogehalt von 62.000 Euro und Eintritt zum 1. Oktober liegt dieser E-Mail bei. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. September zurück.
Nach Abschluss der Gespräche dürfen wir Ihnen mitteilen, dass die Wahl auf Sie gefallen ist. Wir möchten Sie zum 1. Januar unbefristet in Entgeltgruppe E 11 TVöD einstellen, vorbehaltlich der Zustimmung des Personalrats.
Wir freuen uns, Ihnen eine Festanstellung als {role} in unserem Werk in Winterthur anzubieten: Jahreslohn CHF 98'000, ausbezahlt in 13 Monatslöhnen. Wir bitten um Ihre Rückmeldung bis Ende nächster Woche.
Gern bieten wir Ihnen einen Ausbildungsplatz zum 1. August an. Den Ausbildungsvertrag schicken wir Ihnen in den nächsten Tagen per Post.
""",
        "off_implicit": """
Es freut mich sehr, dir sagen zu können: Wir wollen dich im Team! Die Eckdaten schicke ich dir heute noch, 32 Stunden, 48k, Start gern ab Juni. Sag Bescheid, wenn du vor der Unterschrift noch Fragen hast.
Mein Kunde möchte Sie einstellen! Auf dem Tisch liegen 85.000 Euro fix plus 10 % Bonus, 30 Urlaubstage und ein Start zum nächstmöglichen Zeitpunkt. Lassen Sie uns morgen telefonieren, damit ich Ihre Fragen beantworten kann.
Herzlich willkommen bei {company}! Im Anhang findest du deinen Vertrag als {role}. Sobald er unterschrieben zurück ist, kümmern wir uns um Laptop, Zugänge und deinen Einarbeitungsplan.
Sie haben uns im Gespräch überzeugt, und wir möchten Sie gern als {role} bei uns einstellen. Die Vertragsunterlagen liegen zur digitalen Unterschrift in unserem Portal bereit.
""",
    },
    "fr": {
        "oth_alert": """
SUBJECT: 11 nouvelles offres pour « {role} » à Lyon || Votre alerte emploi a trouvé 11 nouvelles offres correspondant à votre recherche. À la une : {role} chez {company}, CDI, télétravail partiel, 42–48 k€ brut annuel. Également : Chargé d'études chez Rhônalp Conseil et Analyste junior chez Vivelle. Modifier ou supprimer cette alerte.
D'après votre profil, ces offres pourraient vous plaire : six postes viennent d'être publiés près de chez vous, dont {role} chez {company} à Bordeaux, candidature en un clic. Complétez votre profil pour recevoir des suggestions encore plus pertinentes.
Nouvelles offres d'emploi en Belgique : {role} (H/F/X) chez {company}, Bruxelles, contrat à durée indéterminée, chèques-repas et voiture de société, publiée il y a 3 jours. Neuf autres annonces similaires vous attendent à Liège et à Namur.
{company} recrute ! Vous suivez cette entreprise sur Welcome to the Jungle : découvrez ses cinq nouveaux postes, dont {role} à Nantes, et passez dans les coulisses grâce aux vidéos de l'équipe.
Cette semaine au Québec : 18 nouveaux postes de {role} à Montréal et à Laval, dont un chez {company} avec horaire flexible et assurances collectives. Vous recevez ce courriel parce que vous êtes abonné aux alertes hebdomadaires.
""",
        "oth_newsletter": """
SUBJECT: La lettre carrières de {company} – n° 12 || Au sommaire ce mois-ci : le portrait de Léa, alternante devenue cheffe de projet, nos conseils pour réussir un entretien en visio et l'ouverture de notre nouveau site à Toulouse. Et une bonne nouvelle : nous avons obtenu pour la troisième fois le label HappyIndex at Work.
Rebondir après un refus, déjouer les questions pièges en entretien, négocier son salaire sans stress : tous les articles de la semaine sont sur le blog Emploi & Carrière. Temps de lecture estimé : 5 minutes.
Offre spéciale : passez à Premium pour 1 € le premier mois, découvrez qui consulte votre profil, comparez-vous aux autres candidats et écrivez directement aux recruteurs. Offre valable jusqu'à dimanche minuit.
Des nouvelles de notre vivier de talents : {company} prévoit d'embaucher 150 collaborateurs en 2025 dans ses agences de Lille, Rouen et Amiens. Nous vous préviendrons dès la mise en ligne des postes ; aucune démarche n'est nécessaire d'ici là.
""",
        "oth_event": """
Rejoignez-nous jeudi 21 novembre dès 18h30 pour notre soirée Tech Meetup dans nos locaux parisiens. Au programme : talks de l'équipe data, démos et apéro. Nos recruteurs seront là pour parler de nos postes ouverts avec vous. Inscription obligatoire, places limitées.
SUBJECT: Invitation : webinaire « Réussir son entretien d'embauche » || Nous avons le plaisir de vous convier à notre webinaire gratuit le mardi 4 février à 12h30. Pendant 45 minutes, nos chargées de recrutement partageront leurs conseils pour préparer un entretien et répondront à vos questions en direct.
Forum Emploi Santé : le 14 mars, de 9h à 17h au Palais des Congrès de Marseille, venez rencontrer plus de 60 établissements qui recrutent, dont {company}. Pensez à apporter plusieurs exemplaires de votre CV. Entrée libre.
Tu codes, tu designes ou tu as juste des idées ? Viens au hackathon {company} les 12 et 13 avril à Lyon : 30 heures pour imaginer la mobilité de demain, des mentors, des prix et, pour les meilleures équipes, un accès direct à nos recrutements. Inscription solo ou en équipe.
Le samedi 8 juin, notre CFA organise sa journée portes ouvertes : présentation des formations en alternance, rencontre avec les entreprises partenaires et visite des ateliers. Venez avec vos questions !
""",
        "oth_cold": """
Je me permets de vous contacter car votre parcours a retenu mon attention. Je recrute actuellement un(e) {role} pour l'un de nos clients, un groupe industriel basé à Grenoble : CDI, 55–65 k€ selon profil, deux jours de télétravail par semaine. Seriez-vous disponible pour un court échange téléphonique cette semaine ?
Cabinet de chasse spécialisé en finance, nous accompagnons une banque privée genevoise dans la recherche d'un {role}. Le poste, rattaché directement à la direction générale, offre de vraies perspectives. Je serais ravi d'en discuter avec vous, en toute confidentialité.
Je suis recruteuse tech dans une startup lyonnaise (série A, une quarantaine de personnes) et ton profil GitHub m'a tapé dans l'œil. On cherche un(e) {role} pour renforcer l'équipe produit. Partant(e) pour un café virtuel de 15 minutes, sans engagement ?
SUBJECT: Mission freelance {role} – 6 mois – Paris || Nous recherchons pour un client grand compte un(e) {role} freelance, mission de six mois renouvelable, démarrage ASAP, TJM 550–650 €. Si vous êtes intéressé(e), merci de nous envoyer votre CV à jour et vos disponibilités. Malheureusement, nous ne pouvons pas étudier les profils sans expérience en environnement bancaire.
Notre cabinet de recrutement montréalais accompagne plusieurs PME en forte croissance, et votre profil correspond à deux mandats que nous avons en main. Auriez-vous quelques minutes pour en jaser cette semaine ?
""",
        "oth_referral": """
Vous connaissez la perle rare ? Grâce à notre programme de cooptation, recommandez une personne de votre entourage pour l'un de nos postes et touchez une prime de 1 000 € si elle est recrutée.
Karim Benali, collaborateur chez {company}, vous a recommandé pour rejoindre nos équipes. Pour que votre profil soit étudié, créez votre espace candidat et postulez aux offres qui vous intéressent : une recommandation ne remplace pas une candidature.
""",
        "oth_survey": """
Vous avez récemment participé à un processus de recrutement chez {company}. Pourriez-vous nous accorder trois minutes pour évaluer votre expérience candidat ? Le questionnaire est anonyme et n'a aucune incidence sur vos candidatures en cours ou futures.
SUBJECT: Ton avis sur ton entretien || Merci d'avoir pris le temps de nous rencontrer ! Pour améliorer notre façon de recruter, on aimerait savoir comment tu as vécu l'entretien : clarté des infos, accueil, délais. Ça prend deux minutes et c'est totalement indépendant de la décision.
Votre expérience compte : partagez votre avis sur le processus de recrutement de {company} sur notre plateforme d'avis employeurs et aidez d'autres candidats à faire leur choix.
""",
        "oth_account": """
Vous avez demandé la réinitialisation du mot de passe de votre espace candidat. Cliquez sur le lien ci-dessous pour en définir un nouveau ; ce lien expire dans 30 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.
Votre profil est complet à 55 %. Ajoutez vos expériences, vos langues et vos disponibilités pour gagner en visibilité auprès des recruteurs.
SUBJECT: Activez votre compte || Bienvenue sur l'espace carrières de {company} ! Pour finaliser votre inscription, confirmez votre adresse e-mail en cliquant sur le lien ci-dessous dans les 72 heures.
""",
        "oth_privacy": """
SUBJECT: Conservation de vos données personnelles || Conformément au RGPD, vos données de candidat sont conservées deux ans dans notre CVthèque, et ce délai arrive à échéance le 15 juillet. Si vous souhaitez que nous gardions votre CV pour de futures opportunités, merci de renouveler votre consentement via le lien ci-dessous ; à défaut, vos données seront supprimées.
Suite à votre demande, nous vous confirmons la suppression définitive de votre compte candidat et de l'ensemble de vos données personnelles. Vous pouvez à tout moment créer un nouveau compte.
Nous avons mis à jour notre politique de confidentialité applicable aux candidats, notamment sur la durée de conservation des comptes rendus d'entretien. Aucune action n'est requise de votre part.
""",
        "oth_withdrawal": """
Nous accusons bonne réception de votre demande de retrait pour le poste de {role}. Votre candidature a été clôturée conformément à votre souhait. Merci de l'intérêt porté à {company} ; nous restons à votre disposition pour de futures opportunités.
C'est noté, tu as retiré ta candidature. Merci de nous avoir prévenus, et à bientôt peut-être !
""",
        "oth_saved": """
L'offre {role} chez {company} que vous avez sauvegardée expire dans 48 heures. Ne tardez pas à postuler !
Votre candidature pour {role} n'est pas finalisée : il reste une étape, joindre votre lettre de motivation. Votre brouillon est conservé pendant 10 jours.
""",
        "oth_course": """
Envie de te reconvertir ? Notre bootcamp UX Design de 10 semaines démarre le 3 mars et il est finançable avec ton CPF. Projets réels, coaching carrière et simulations d'entretiens inclus. Offre de lancement : -20 % jusqu'à vendredi.
SUBJECT: Baromètre des salaires 2025 || Notre étude annuelle de rémunération est disponible : salaires médians par fonction et par région, évolution sur un an et avantages les plus recherchés par les candidats. Téléchargez-la gratuitement.
""",
        "inv_call": """
Votre candidature au poste de {role} a retenu toute notre attention. Nous souhaiterions vous rencontrer lors d'un entretien le mercredi 15 mai à 14h dans nos locaux de La Défense. Merci de nous confirmer votre présence par retour de mail.
Nous aimerions échanger avec vous lors d'un premier entretien téléphonique d'une vingtaine de minutes. Vous pouvez réserver le créneau qui vous convient via le lien ci-dessous.
Ton profil nous a beaucoup plu ! Tu serais dispo pour un appel visio avec Julie, notre lead design, en fin de semaine ? Donne-moi tes créneaux et je cale ça.
Malheureusement, nous devons reporter l'entretien prévu demain en raison d'un empêchement de notre manager. Nous tenons à vous rencontrer : seriez-vous disponible jeudi à 11h ou vendredi à 15h ?
Bonne nouvelle, votre candidature passe à l'étape suivante ! Cliquez sur le lien pour choisir un créneau d'entretien avec notre équipe de recrutement.
""",
        "inv_test": """
SUBJECT: Étape suivante : test en ligne || Dans le cadre de votre candidature, nous vous invitons à passer un test d'aptitudes en ligne (raisonnement logique et numérique, environ 40 minutes). Le lien est valable jusqu'au 28 février inclus.
Nous vous proposons de réaliser un exercice pratique à la maison, environ trois heures de travail, puis d'en présenter les résultats lors d'un entretien de 45 minutes avec l'équipe.
Pour avancer dans le processus, nous vous invitons à enregistrer un entretien vidéo différé : quatre questions, deux minutes par réponse, à compléter dans les cinq jours.
Votre candidature a été retenue pour un entretien technique en ligne d'une heure avec deux de nos ingénieurs, au cours duquel vous résoudrez un exercice de programmation en binôme. Merci de choisir un créneau avant vendredi.
""",
        "inv_meeting": """
Suite à notre premier échange, nous souhaitons vous proposer un second entretien avec le directeur financier et la responsable RH. Il durera environ une heure et comprendra une étude de cas. Quelles sont vos disponibilités la semaine prochaine ?
Nous avons le plaisir de vous convier à notre journée d'évaluation le 9 avril à Lyon : mises en situation, épreuve écrite et entretien individuel. Vos frais de déplacement seront pris en charge.
Vous êtes convoqué(e) devant la commission de sélection le 3 juillet à 9h30, salle du conseil de la mairie, pour le poste de {role} (catégorie B). Merci de vous munir d'une pièce d'identité.
Nous aimerions vous accueillir pour une journée d'immersion dans notre restaurant, le temps de découvrir l'équipe et la cuisine. Seriez-vous disponible samedi prochain à partir de 9h ?
On aimerait te rencontrer en vrai : que dirais-tu d'un café avec Thomas, notre fondateur, mardi ou mercredi dans nos bureaux de Nantes ? Rien à préparer, on veut juste faire connaissance.
La directrice des soins souhaite vous rencontrer au sujet du poste d'infirmier(ère) en service de chirurgie. Le rendez-vous est fixé au lundi 17 juin à 10h, bâtiment B, 2e étage ; en cas d'empêchement, merci de prévenir le secrétariat.
""",
        "inv_agency": """
Notre client a étudié votre dossier avec intérêt et souhaite vous rencontrer pour le poste de {role}. Je vous propose un premier entretien vendredi à 10h dans ses bureaux à Lille ; pouvez-vous me confirmer votre disponibilité ?
Je reviens vers vous avec une bonne nouvelle : le client souhaite aller plus loin et organiser un entretien final avec le directeur général à Genève. Pourriez-vous m'indiquer vos disponibilités pour la semaine du 10 juin ?
""",
        "rej_plain": """
Après une étude attentive de votre candidature, nous avons le regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.
SUBJECT: Votre candidature chez {company} || Nous avons bien étudié votre profil, mais nous avons retenu des candidatures correspondant davantage aux besoins du poste.
Le statut de votre candidature a évolué : Candidature non retenue. Vous pouvez consulter l'historique de vos démarches dans votre espace candidat. Ce message est envoyé automatiquement, merci de ne pas y répondre.
Votre candidature pour le poste de {role} n'a pas été retenue pour l'étape des entrevues. Nous conserverons votre dossier pendant six mois.
À l'issue des épreuves orales, le jury n'a pas retenu votre candidature. Votre dossier sera conservé pendant la durée légale, puis détruit.
""",
        "rej_after_interview": """
Nous tenons à vous remercier pour l'entretien de mardi. Malgré les qualités de votre parcours, nous avons choisi de poursuivre avec un autre candidat dont l'expérience en gestion de grands comptes est plus proche de nos attentes.
Merci encore pour ton temps et ton énergie pendant le process. On a dû faire un choix difficile et on part sur un autre profil pour ce poste. Si tu veux un retour plus détaillé, je t'appelle avec plaisir.
Vos résultats aux tests en ligne ne nous permettent pas de retenir votre candidature pour la suite de la sélection de notre programme Graduate.
SUBJECT: Suite à votre entretien || Nous avons pris beaucoup de plaisir à échanger avec vous. Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous ; la décision s'est jouée à peu de choses.
Nous ne pourrons malheureusement pas vous proposer de poste à l'issue de la journée d'essai. L'équipe a apprécié votre motivation, mais recherche un profil plus expérimenté en pâtisserie.
""",
        "rej_soft": """
Votre profil a retenu notre attention, mais il ne correspond pas tout à fait à ce que nous recherchons pour ce poste.
Nous avons reçu un très grand nombre de candidatures et regrettons de ne pas pouvoir poursuivre avec la vôtre cette fois-ci.
""",
        "rej_closed": """
Le poste de {role} a été pourvu. Nous vous remercions de votre intérêt et conservons votre CV, avec votre accord, pour de futures opportunités.
Pour des raisons budgétaires, le recrutement pour le poste de {role} a été annulé. Nous sommes au regret de devoir clore l'ensemble des candidatures, y compris la vôtre.
Nous avons finalement pourvu le poste en interne. Votre candidature ne sera donc pas étudiée plus avant, mais nous serions heureux de vous voir postuler à nos prochaines offres.
""",
        "rej_agency": """
Je reviens vers vous suite à la décision de mon client : il a choisi de ne pas donner suite à votre candidature, estimant que le poste demande une expérience plus longue en management. Je reste bien entendu en veille pour vous.
Mon client a annulé ce recrutement et retiré le poste. Votre candidature ne pourra donc pas aller plus loin ; j'en suis navrée, d'autant que vos entretiens s'étaient très bien passés.
""",
        "ack_received": """
Nous accusons réception de votre candidature au poste de {role} et vous en remercions. Notre équipe l'examinera avec attention et reviendra vers vous dans les meilleurs délais.
SUBJECT: Candidature bien reçue ! || Ta candidature est bien arrivée chez nous. On la lit avec attention et on te fait un retour sous 15 jours, quelle que soit la réponse.
Votre candidature a été transmise au manager opérationnel. Statut actuel : en cours d'évaluation.
""",
        "ack_update": """
Le processus de sélection pour le poste de {role} prend plus de temps que prévu. Votre candidature est toujours à l'étude et nous reviendrons vers vous d'ici la fin du mois.
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme ainsi que votre dernier bulletin de salaire avant le 12 mai, via votre espace candidat.
Le recrutement pour ce poste est momentanément suspendu dans l'attente d'une validation budgétaire. Votre candidature reste active et nous ne manquerons pas de vous tenir informé(e) de la suite.
À l'issue du concours, vous êtes inscrit(e) sur la liste complémentaire. En cas de désistement d'un lauréat, vous pourrez être appelé(e) selon votre rang de classement.
Nous avons bien reçu vos résultats de test ; ils seront étudiés avec votre dossier et nous vous recontacterons pour la suite du processus.
""",
        "off_plain": """
SUBJECT: Proposition d'embauche – {role} || Nous avons le plaisir de vous proposer le poste de {role} en CDI, à compter du 2 septembre, avec une rémunération annuelle brute de 46 000 €. Vous trouverez ci-joint votre promesse d'embauche ; merci de nous la retourner signée avant le 20 août.
À l'issue de nos échanges, nous sommes heureux de vous annoncer que votre candidature a été retenue pour le poste de {role}. Le service RH vous contactera pour préparer votre contrat et votre arrivée.
Félicitations, vous avez été sélectionné(e) ! Nous vous offrons le poste de {role} à notre bureau de Montréal, avec un salaire annuel de 72 000 $ et quatre semaines de vacances. Veuillez nous confirmer votre acceptation d'ici le 15 mars.
Nous vous proposons un contrat d'alternance de 24 mois à compter de la rentrée de septembre. Merci de nous indiquer si vous acceptez, afin que nous lancions les démarches avec votre école.
""",
        "off_implicit": """
Bonne nouvelle : l'équipe a adoré te rencontrer et on aimerait que tu nous rejoignes ! Je t'envoie la proposition détaillée ce soir, et on peut en parler demain au téléphone si tu veux.
Mon client souhaite vous recruter ! Sa proposition : 68 k€ fixe plus 8 % de variable, 12 jours de RTT et une prise de poste dès que possible. Appelez-moi quand vous pouvez pour en discuter.
Bienvenue chez {company} ! Votre contrat de travail vous attend dans votre espace pour signature électronique ; dès réception, nous organiserons votre intégration.
Nous avons le plaisir de vous confirmer votre engagement en qualité de {role} au sein de notre succursale de Lausanne, à 100 %, pour un salaire annuel brut de CHF 92 000 versé en 13 mensualités.
""",
    },
    "es": {
        "oth_alert": """
SUBJECT: 9 ofertas nuevas de {role} en Madrid || Esto es lo que ha entrado hoy en tu alerta: {role} en {company}, contrato indefinido, jornada completa, 32.000–38.000 € brutos al año; Técnico de Datos en Arvense Digital; Analista Junior en Grupo Ribera. Hay seis más esperándote. Gestiona tus alertas desde tu perfil.
Empleos que encajan contigo en InfoJobs: {role} en {company}, Barcelona, publicada hace 5 horas y con 23 inscritos. Cuanto antes te inscribas, más opciones tendrás de que la empresa vea tu CV.
Vacantes nuevas en Ciudad de México: {role} en {company} (Polanco, esquema híbrido), sueldo de $35,000 a $42,000 MXN mensuales más prestaciones superiores a las de ley. También encontramos 12 vacantes parecidas en Guadalajara y Monterrey.
Como sigues a {company}, queríamos que fueras de los primeros en saberlo: acaban de publicar una oferta de {role}. Postúlate en un clic desde la app.
Resumen semanal para Colombia: 27 vacantes nuevas de logística en Bogotá y Medellín. La recomendada para ti esta semana es {role} en {company}, salario a convenir.
""",
        "oth_newsletter": """
SUBJECT: Noticias de talento – {company} || Este mes te contamos la historia de Lucía, que entró como becaria y hoy dirige el equipo de operaciones; te dejamos cinco consejos de nuestras reclutadoras para tu próxima entrevista; y te enseñamos por dentro nuestro nuevo centro logístico en Zaragoza.
Blog Empleo al Día: cómo contestar a «¿Por qué deberíamos contratarte?», qué hacer cuando un correo empieza por «lamentablemente» y cómo negociar tu primera oferta sin miedo. Tiempo de lectura: 4 minutos.
Solo esta semana: prueba Premium gratis durante un mes. Descubre quién ha visto tu perfil, compárate con el resto de candidatos y aparece antes en las búsquedas de los reclutadores. Puedes cancelar cuando quieras.
Novedades de nuestra bolsa de talento: en 2025 {company} sumará más de 200 personas en Chile y Perú. Te avisaremos en cuanto se publiquen las vacantes; por ahora no tienes que hacer nada.
""",
        "oth_event": """
Te esperamos el jueves 10 de octubre a las 19:00 en nuestras oficinas de Madrid para la {company} Tech Night: charlas de los equipos de ingeniería, networking y algo de picar. El equipo de selección estará allí para resolver tus dudas sobre las vacantes abiertas. La entrada es gratuita, pero el aforo es limitado.
SUBJECT: Invitación al seminario web: claves para tu entrevista por videollamada || Le invitamos a nuestro seminario web gratuito del martes 18 de marzo a las 17:00 (hora peninsular). Nuestras técnicas de selección compartirán consejos prácticos y contestarán preguntas en directo.
Feria de Empleo Universitaria 2025: los días 6 y 7 de mayo, más de 90 empresas, entre ellas {company}, estarán en el campus. Trae tu CV impreso y apúntate a los talleres de entrevista simulada.
¿Te animás? Hackathon {company} en Buenos Aires, 24 y 25 de agosto: 36 horas para crear soluciones fintech, con mentores, premios en efectivo y la posibilidad de sumarte a nuestros procesos de búsqueda. Anotate solo o con tu equipo.
Jornada de puertas abiertas en nuestra planta de Querétaro el sábado 15 de junio: recorrido por las líneas de producción, plática con ingenieros y módulo de reclutamiento para resolver tus dudas.
""",
        "oth_cold": """
Me pongo en contacto contigo porque tu perfil encaja con una posición de {role} que estoy gestionando para una farmacéutica en Barcelona: indefinido, 45–52 K€ más variable, modalidad híbrida. ¿Te vendría bien una llamada breve esta semana?
Desde nuestra firma de headhunting acompañamos a un grupo industrial líder en la búsqueda de un {role} para su sede de Monterrey. Me gustaría comentarle los detalles de manera confidencial; ¿tendría 15 minutos en los próximos días?
SUBJECT: Proyecto freelance {role} – remoto – 6 meses || Buscamos {role} para un proyecto de seis meses con un cliente del sector bancario, 100 % remoto e incorporación inmediata. Si te interesa, mándanos tu CV actualizado y tu tarifa. Lamentablemente solo podemos considerar perfiles con residencia en España.
Vi tu perfil y me pareció muy interesante. Trabajo en una consultora de reclutamiento en Santiago y tenemos varias búsquedas abiertas que podrían calzarte bien. ¿Conversamos?
Estamos armando el equipo de producto de una fintech en Bogotá y tu experiencia nos llamó la atención. Pagamos en dólares y el trabajo es remoto. Si te suena, cuéntame cuándo podemos hablar.
""",
        "oth_referral": """
¿Conoces a alguien que encajaría en {company}? Con nuestro programa de referidos, si la persona que recomiendas es contratada y supera el periodo de prueba, te llevas 800 €.
Carla Méndez, que trabaja en nuestro equipo de Finanzas, te ha recomendado para unirte a {company}. Para que podamos valorar tu perfil, crea tu cuenta de candidato y postúlate a las vacantes que te interesen.
""",
        "oth_survey": """
Hace poco participaste en un proceso de selección en {company}. ¿Nos ayudas a mejorar? Son 3 minutos, la encuesta es anónima y no afecta a ninguna candidatura actual ni futura.
SUBJECT: ¿Qué tal fue tu entrevista? || Gracias por dedicarnos tu tiempo. Queremos que nuestro proceso sea más claro y cercano: puntúalo del 0 al 10 y cuéntanos qué cambiarías. Tus respuestas no influyen en la decisión.
Su opinión es importante para nosotros. Le agradeceríamos que valorara su experiencia como candidato en nuestra plataforma de opiniones sobre empleadores.
""",
        "oth_account": """
Hemos recibido una solicitud para restablecer la contraseña de tu cuenta en el portal de empleo de {company}. El enlace para crear una nueva caduca en una hora; si no fuiste tú, ignora este mensaje.
Tu perfil está completo al 45 %. Añade tu experiencia, tus idiomas y tu disponibilidad para aparecer en más búsquedas de empresas.
SUBJECT: Nuevo inicio de sesión en tu cuenta || Detectamos un inicio de sesión desde un dispositivo nuevo (Safari en iPhone) en Lima, Perú. Si fuiste tú, no hace falta hacer nada; si no, cambia tu contraseña de inmediato.
""",
        "oth_privacy": """
SUBJECT: Conservación de tus datos personales || De acuerdo con el RGPD y la LOPDGDD, conservamos tu currículum en nuestra base de datos durante 12 meses, y ese plazo vence el 30 de septiembre. Si quieres que sigamos contando contigo para futuras vacantes, renueva tu consentimiento desde el enlace; si no, eliminaremos tus datos.
Atendiendo a su solicitud de supresión, le confirmamos que hemos eliminado su cuenta de candidato y todos sus datos personales de nuestros sistemas de selección.
Hemos actualizado nuestro aviso de privacidad para candidatos conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. No es necesario que hagas nada.
""",
        "oth_withdrawal": """
Confirmamos que has retirado tu candidatura al puesto de {role}, tal como nos pediste. Gracias por avisarnos y por tu interés en {company}; las puertas siguen abiertas.
Su solicitud de retiro del proceso de selección quedó registrada y el área de Talento Humano ya fue notificada.
""",
        "oth_saved": """
La oferta que guardaste, {role} en {company}, cierra en 2 días. ¡No te quedes fuera!
Empezaste a postularte a {role} pero no terminaste. Guardamos tus respuestas durante 7 días para que sigas cuando quieras.
""",
        "oth_course": """
¿Quieres dar un giro a tu carrera? Nuestro bootcamp de Desarrollo Web Full Stack arranca el 7 de abril: 14 semanas, proyectos reales, mentoría y preparación de entrevistas técnicas. Págalo en cuotas sin intereses.
SUBJECT: Guía salarial 2025 || Ya puedes descargar gratis nuestra Guía Salarial 2025, con las bandas retributivas de más de 250 puestos en España y Portugal y las tendencias de beneficios que más valoran los candidatos.
""",
        "inv_call": """
Tras revisar tu candidatura para el puesto de {role}, nos gustaría conocerte en una entrevista presencial el martes 21 de mayo a las 10:30 en nuestras oficinas de Valencia. ¿Podrías confirmarnos tu asistencia?
Su trayectoria nos ha parecido interesante y nos gustaría mantener una primera conversación telefónica de unos 20 minutos. Elija en el siguiente enlace el horario que mejor le convenga.
¡Nos encantó tu perfil! ¿Te viene bien una videollamada el jueves o el viernes con Andrés, nuestro responsable de producto? Dime qué horas te cuadran y te mando la invitación.
Lamentablemente tenemos que mover la entrevista de mañana porque a nuestra responsable le ha surgido un imprevisto. Seguimos muy interesados en conocerte: ¿te encaja el lunes a las 12:00 o el martes a las 9:30?
¡Tu postulación avanzó a la siguiente etapa! Agenda tu entrevista con el equipo de Reclutamiento eligiendo un horario disponible en el enlace.
""",
        "inv_test": """
SUBJECT: Siguiente paso: prueba online || El siguiente paso es una prueba de aptitudes en línea de unos 35 minutos, con razonamiento numérico y verbal. El enlace estará activo hasta el domingo a las 23:59.
Te proponemos una prueba técnica para hacer en casa, de unas tres horas; después la repasaremos juntos en una entrevista de 45 minutos con el equipo.
Antes de la entrevista con el equipo necesitamos que grabes una entrevista en vídeo diferida: cinco preguntas y dos minutos para cada respuesta. Tienes cuatro días para completarla.
Su candidatura ha sido preseleccionada para una entrevista técnica en línea de una hora con dos de nuestros ingenieros. Por favor, reserve un horario antes del viernes.
""",
        "inv_meeting": """
Después de nuestra primera entrevista, queremos invitarle a una segunda reunión con la directora financiera, en la que le pediremos que presente un breve caso práctico. Será en nuestra sede de Bilbao y le reembolsaremos los gastos de desplazamiento.
Le convocamos a la jornada de evaluación que se celebrará el 12 de junio en Madrid, de 9:00 a 15:00: dinámica de grupo, prueba escrita y entrevista individual.
Por medio de la presente se le cita a la entrevista personal del proceso selectivo para la plaza de {role}, que tendrá lugar el 4 de julio a las 10:00 en la sede del Ayuntamiento. Deberá acudir provisto de DNI.
¿Te animas a venir a una prueba de un día en el restaurante? Te proponemos el sábado desde las 11:00 para que conozcas al equipo y la cocina.
¿Tenés un rato la semana que viene para tomar un café con Martín, nuestro fundador? Queremos conocerte antes de avanzar. Nada formal, no hace falta que prepares nada.
La jefa de enfermería desea reunirse con usted para conversar sobre la vacante de {role} en el servicio de urgencias. La cita queda fijada para el lunes 8 de julio a las 9:00 en el edificio administrativo, segundo piso.
""",
        "inv_agency": """
Mi cliente ha revisado tu CV y quiere entrevistarte para la posición de {role}. Te propongo el miércoles a las 16:00 por Teams, ¿te va bien? Antes te llamo para prepararla juntos.
Buenas noticias: la empresa cliente desea avanzar con usted a la entrevista final con el director general en Ciudad de México. ¿Qué disponibilidad tiene la próxima semana?
""",
        "rej_plain": """
Tras analizar detenidamente tu candidatura, lamentamos comunicarte que no vamos a continuar contigo en el proceso de selección.
SUBJECT: Tu candidatura en {company} || Hemos decidido seguir adelante con otros perfiles que se ajustan más a las necesidades actuales del puesto.
El estado de tu candidatura ha cambiado a: Descartado. Puedes consultar tus procesos en tu área personal. Este es un mensaje automático.
Una vez concluido el proceso selectivo, le comunicamos que no ha superado la fase de entrevista. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
""",
        "rej_after_interview": """
Le agradecemos el tiempo que nos dedicó en la entrevista del pasado jueves. Después de valorar a todos los finalistas, hemos optado por otra persona con más experiencia en gestión de equipos.
Gracias por todo lo que nos contaste en la entrevista, de verdad. Ha sido una decisión muy ajustada, pero nos hemos decantado por otra candidata. Si te sirve, te doy feedback por teléfono.
Los resultados de tus pruebas no alcanzan la puntuación mínima que pedimos para continuar en el programa de trainees de este año.
SUBJECT: Sobre tu entrevista || Disfrutamos mucho conociéndote, pero después de pensarlo bien no vamos a seguir adelante contigo en esta ocasión.
Después del día de prueba hemos decidido no ofrecerte el puesto. El equipo valoró mucho tu actitud, pero necesitamos a alguien con más experiencia en barra.
""",
        "rej_soft": """
Su perfil nos parece muy interesante, pero en esta ocasión no se ajusta del todo a lo que buscamos.
Hemos recibido muchísimas postulaciones y, lamentablemente, no podremos avanzar con la tuya en esta oportunidad.
Queremos agradecerte tu participación en nuestro proceso para {role}. Revisamos con atención tu experiencia y, por ahora, elegimos continuar con candidatos cuyo perfil está más alineado con el rol.
""",
        "rej_closed": """
Le informamos que la vacante de {role} ya ha sido cubierta. Agradecemos su interés en nuestra organización.
Por una reorganización interna hemos cancelado el proceso de selección para el puesto de {role}, así que no podremos avanzar con ninguna candidatura, tampoco con la tuya.
Finalmente cubrimos la posición con una persona del equipo interno, por lo que tu postulación no seguirá avanzando.
""",
        "rej_agency": """
Te escribo para contarte que el cliente ha decidido no seguir con tu candidatura; buscan a alguien con más años en el sector retail. Sigo atento a otras oportunidades que encajen contigo.
Nuestro cliente ha congelado definitivamente la búsqueda y ha retirado la vacante, así que tu proceso queda cerrado. Siento no traerte mejores noticias.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.
SUBJECT: ¡Recibimos tu postulación! || Tu postulación ya está con nosotros. En los próximos 10 días hábiles te contaremos cómo sigue el proceso, sea cual sea el resultado.
SUBJECT: {company} ha leído tu CV || La empresa ha abierto tu candidatura para {role} y tu CV figura como leído. Te avisaremos cuando cambie el estado.
""",
        "ack_update": """
El proceso de selección está tardando más de lo previsto por el alto número de candidaturas. Su solicitud sigue en estudio y esperamos darle una respuesta antes de final de mes.
Para continuar con su proceso necesitamos copia de su título y de su informe de vida laboral antes del 20 de mayo.
El proceso para esta vacante está en pausa mientras se aprueba el presupuesto del próximo trimestre. Tu candidatura sigue activa y te avisaremos en cuanto se reanude.
Tras la fase de entrevistas, ha quedado incluido en la bolsa de empleo en el puesto número 4. Le llamaremos por orden de puntuación a medida que surjan vacantes.
Hemos recibido tus resultados de la prueba técnica. Los revisaremos junto con tu candidatura y te contaremos los próximos pasos.
""",
        "off_plain": """
SUBJECT: Oferta de empleo – {role} || Nos complace ofrecerte el puesto de {role} con contrato indefinido, incorporación el 1 de septiembre y un salario bruto anual de 41.000 €. Adjuntamos la carta de oferta; te pedimos que nos la devuelvas firmada antes del 25 de agosto.
Nos es grato comunicarle que ha sido seleccionado para ocupar el cargo de {role}. El área de Recursos Humanos se comunicará con usted para la firma del contrato y los exámenes médicos de ingreso.
Le ofrecemos una beca de prácticas de seis meses en el departamento de Marketing, con una ayuda de 900 € al mes, a partir del 1 de febrero. Le rogamos que confirme su aceptación.
Enhorabuena: tras las entrevistas, la dirección ha aprobado tu contratación como {role}. La carta oferta con las condiciones económicas está disponible en tu portal de candidato.
""",
        "off_implicit": """
¡Buenísimas noticias! Al equipo le encantaste y queremos que te unas a nosotros. Esta tarde te mando la propuesta completa y, si quieres, mañana lo hablamos por teléfono.
¡Mi cliente quiere contratarte! La propuesta: $58,000 MXN brutos mensuales, bono anual y seguro de gastos médicos mayores, con ingreso el 1 de julio. Llámame para revisarla antes de aceptar.
¡Bienvenido a {company}! Ya tienes tu contrato en la plataforma de firma electrónica; en cuanto lo firmes, preparamos tu equipo y tu plan de incorporación.
Queremos contar contigo como {role} en nuestra oficina de Medellín, con contrato a término indefinido y salario integral de $9.500.000 COP mensuales. Quedamos atentos a tu respuesta antes del viernes.
""",
    },
    "pt": {
        "oth_alert": """
SUBJECT: 15 novas vagas de {role} em São Paulo || Separamos 15 vagas novas que combinam com você. Destaque do dia: {role} na {company}, CLT, modelo híbrido, R$ 7.500 + VR + plano de saúde. Também entraram Analista Pleno na Ipiranga Digital e Assistente de Dados na Vale Verde Foods. Editar alerta.
Vagas que você pode gostar na Catho: {role} – {company} – Curitiba – publicada há 2 horas – candidatura simplificada. Quanto mais completo o seu currículo, mais certeiras ficam as recomendações.
Novas ofertas de emprego em Lisboa: {role} na {company}, contrato sem termo, 1.800–2.200 € brutos mensais e subsídio de alimentação, publicada há 1 dia. Há mais 7 ofertas semelhantes no Porto e em Braga.
A {company} abriu novas vagas! Como você segue essa empresa na Gupy, avisamos primeiro: confira {role} e outras 3 oportunidades e candidate-se em poucos cliques.
Resumo da semana: 22 vagas remotas em tecnologia com salário em dólar, entre elas {role} na {company}. Você recebe este e-mail porque se inscreveu nos alertas semanais; cancele quando quiser.
""",
        "oth_newsletter": """
SUBJECT: Novidades da {company} para talentos || Nesta edição: a trajetória da Ana, que entrou como estagiária e hoje lidera o time de operações; dicas do nosso time de recrutamento para mandar bem na entrevista; e a inauguração do centro de distribuição em Recife.
Carreira em Foco desta semana: como falar de pretensão salarial sem travar, o que fazer quando a resposta vem com um "infelizmente" e por que vale a pena pedir feedback depois de uma entrevista.
Oferta por tempo limitado: assine o Premium por R$ 9,90 no primeiro mês, veja quem visitou seu perfil, apareça no topo das buscas e fale direto com recrutadores.
Notícias da nossa bolsa de talentos: a {company} vai contratar 120 pessoas em Portugal este ano, sobretudo para as lojas de Lisboa e Coimbra. Avisamos assim que as vagas abrirem; por agora não precisa de fazer nada.
""",
        "oth_event": """
Bora conhecer a {company} por dentro? Na quinta-feira, 12 de setembro, às 19h, abrimos nosso escritório em Florianópolis para um meetup de tecnologia com palestras, happy hour e papo com o time de Talent Acquisition. Inscrição gratuita e vagas limitadas.
SUBJECT: Convite: webinar "Como se destacar na entrevista por vídeo" || Temos o prazer de o convidar para o nosso webinar gratuito na terça-feira, 11 de março, às 18h (hora de Lisboa). A equipa de recrutamento vai partilhar dicas práticas e responder às suas perguntas em direto.
Feira de Carreiras 2025: nos dias 20 e 21 de maio, mais de 70 empresas, incluindo a {company}, estarão no centro de convenções. Leve seu currículo impresso e participe das simulações de entrevista.
Hackathon {company}: 48 horas para criar soluções para o agronegócio, de 5 a 7 de julho em Campinas. Mentoria, premiação de R$ 30 mil e chance de entrar direto em nossos processos seletivos. Inscreva-se sozinho ou em equipe.
Dia aberto no nosso hospital: no sábado, 14 de junho, entre as 10h e as 16h, venha conhecer os serviços e conversar com os enfermeiros-chefes. Não é necessária inscrição prévia.
""",
        "oth_cold": """
Tudo bem? Encontrei seu perfil e acho que você tem tudo a ver com uma vaga de {role} que estou conduzindo para uma multinacional de bens de consumo em São Paulo: CLT, remuneração de mercado e bônus anual. Topa uma conversa rápida essa semana?
Sou consultora numa empresa de executive search em Lisboa e estamos a apoiar um grupo industrial na procura de um {role}. Gostaria de lhe apresentar a oportunidade numa conversa confidencial. Teria disponibilidade nos próximos dias?
SUBJECT: Projeto PJ – {role} – 6 meses || Estamos buscando {role} para um projeto de seis meses em cliente do setor financeiro, 100% remoto, contratação PJ e início imediato. Se tiver interesse, mande seu currículo atualizado e pretensão. Infelizmente só conseguimos considerar profissionais residentes no Brasil.
Sou headhunter de tecnologia e trabalho com startups em crescimento. Seu perfil chamou minha atenção e tenho duas posições que podem te interessar; podemos marcar um papo?
Estamos a recrutar para uma tecnológica do Porto em forte crescimento, e o seu percurso encaixa muito bem no que procuram. Posso enviar-lhe mais detalhes por e-mail ou prefere uma chamada?
""",
        "oth_referral": """
Indique um amigo! Se a pessoa que você indicar for contratada pela {company} e passar do período de experiência, você ganha R$ 2.000.
O Rui Tavares, colaborador da {company}, recomendou-o para integrar a nossa equipa. Para analisarmos o seu perfil, crie a sua conta de candidato e candidate-se às ofertas do seu interesse.
""",
        "oth_survey": """
Você participou recentemente de um processo seletivo na {company}. Pode nos ajudar a melhorar? A pesquisa leva 3 minutos, é anônima e não interfere em nenhuma candidatura atual ou futura.
SUBJECT: Como foi a sua entrevista? || Obrigado por ter estado connosco. Queremos melhorar a forma como recrutamos: avalie a sua experiência de 0 a 10 e diga-nos o que mudaria. As respostas não têm qualquer influência na decisão.
Sua opinião faz diferença: avalie o processo seletivo da {company} na nossa plataforma de avaliações de empresas e ajude outros candidatos.
""",
        "oth_account": """
Recebemos uma solicitação para redefinir a senha da sua conta no portal de carreiras da {company}. O link abaixo expira em 1 hora; se não foi você, é só ignorar este e-mail.
Seu currículo está 50% completo. Adicione experiências, idiomas e pretensão salarial para aparecer em mais buscas de recrutadores.
SUBJECT: Confirme o seu e-mail || Obrigado por se registar no portal de recrutamento. Confirme o seu endereço de e-mail nas próximas 48 horas para ativar a conta.
""",
        "oth_privacy": """
SUBJECT: Seus dados pessoais e a LGPD || Em conformidade com a LGPD, mantemos seu currículo no nosso banco de talentos por 12 meses, e esse prazo termina em 31 de outubro. Se quiser continuar sendo considerado para futuras vagas, renove seu consentimento pelo link; caso contrário, seus dados serão excluídos.
Na sequência do seu pedido, confirmamos a eliminação da sua conta de candidato e de todos os seus dados pessoais, nos termos do RGPD.
Atualizamos nossa Política de Privacidade para candidatos, incluindo o compartilhamento de dados com a plataforma de testes on-line. Nenhuma ação é necessária.
""",
        "oth_withdrawal": """
Confirmamos a desistência da sua candidatura à vaga de {role}, conforme solicitado. Agradecemos seu interesse e esperamos cruzar caminhos novamente.
O seu pedido de retirada do processo de recrutamento foi registado e a equipa já foi informada.
""",
        "oth_saved": """
A vaga que você salvou, {role} na {company}, encerra as inscrições em 2 dias. Não perca!
Você começou a se candidatar para {role} mas não concluiu. Suas respostas ficam guardadas por 7 dias para você terminar quando quiser.
""",
        "oth_course": """
Quer migrar para tecnologia? Nosso bootcamp de Análise de Dados começa em 3 de junho: 16 semanas, projetos reais, mentoria de carreira e simulação de entrevistas técnicas. Parcele em até 12x.
SUBJECT: Guia Salarial 2025 || O nosso Guia Salarial 2025 já está disponível, com faixas de remuneração de mais de 300 cargos no Brasil, tendências de benefícios e o que os candidatos mais valorizam. Baixe grátis.
""",
        "inv_call": """
Gostamos muito do seu perfil e queremos te convidar para uma entrevista presencial na terça-feira, 14 de maio, às 10h, no nosso escritório da Avenida Paulista. Pode confirmar sua presença?
Gostaríamos de ter uma primeira conversa telefónica, de cerca de 20 minutos, para conhecer melhor o seu percurso. Escolha no link abaixo o horário que lhe for mais conveniente.
Curtimos demais seu perfil! Rola uma call na quinta ou na sexta com a Bruna, nossa head de produto? Me passa uns horários que eu mando o convite.
Infelizmente precisamos remarcar a entrevista de amanhã, pois a gestora teve um imprevisto. Continuamos muito interessados em te conhecer: pode ser segunda às 11h ou terça às 14h?
SUBJECT: Você avançou de etapa! || Sua candidatura para {role} passou para a etapa Entrevista com RH. Agende o seu horário pelo link até quarta-feira; depois disso, os horários serão liberados para outros candidatos.
""",
        "inv_test": """
SUBJECT: Próxima etapa: teste on-line || Nesta etapa do processo seletivo, pedimos que você faça um teste de raciocínio lógico e inglês de cerca de 40 minutos. O link fica disponível até domingo às 23h59.
Como próxima etapa, vamos te enviar um case para fazer em casa (umas 3 horas). Depois você apresenta a solução para o time numa conversa de 45 minutos.
Convidamos você a gravar uma entrevista em vídeo: são 5 perguntas, com até 2 minutos para cada resposta, e o prazo é de 5 dias.
A sua candidatura foi selecionada para uma entrevista técnica online de uma hora com dois dos nossos engenheiros. Reserve um horário até sexta-feira.
""",
        "inv_meeting": """
Depois da nossa primeira conversa, queremos convidá-lo para uma segunda entrevista com o diretor financeiro, na qual pediremos a apresentação de um breve estudo de caso.
Convidamo-lo a participar no nosso centro de avaliação no dia 18 de junho, no Porto, das 9h às 16h: dinâmica de grupo, prova escrita e entrevista individual. As despesas de deslocação serão reembolsadas.
Fica convocado(a) para a entrevista profissional de seleção no âmbito do procedimento concursal para {role}, a realizar no dia 2 de julho, às 10h, nas instalações da Câmara Municipal. Deve fazer-se acompanhar do Cartão de Cidadão.
Que tal passar um dia com a gente na cozinha? Sugerimos um dia de experiência no sábado, a partir das 10h, para você conhecer a equipe.
Bora tomar um café com o Felipe, nosso fundador, na semana que vem? A gente quer te conhecer melhor antes de seguir. Nada formal.
A coordenação de enfermagem gostaria de conversar com você sobre a vaga de {role} na UTI. A entrevista está marcada para segunda-feira, 8 de julho, às 9h, no prédio administrativo.
""",
        "inv_agency": """
Meu cliente analisou seu currículo e quer te entrevistar para a posição de {role}. Pode ser quarta às 15h pelo Teams? Antes disso te ligo para alinharmos.
Boas notícias: o cliente quer avançar consigo para a entrevista final com o administrador, em Lisboa. Que disponibilidade tem na próxima semana?
""",
        "rej_plain": """
Após análise cuidadosa do seu currículo, informamos que você não foi selecionado para as próximas etapas do processo seletivo.
SUBJECT: Sua candidatura na {company} || Decidimos seguir com outros candidatos cujo perfil está mais alinhado às necessidades da vaga neste momento.
SUBJECT: Atualização do seu processo || O status da sua candidatura para {role} foi atualizado para: Não aprovado nesta etapa. Acompanhe seus processos na área do candidato. Esta é uma mensagem automática.
Terminado o procedimento concursal, informamos que não obteve classificação suficiente na entrevista profissional de seleção, ficando excluído(a) do procedimento. Pode pronunciar-se em sede de audiência dos interessados no prazo de 10 dias úteis.
""",
        "rej_after_interview": """
Agradecemos a sua disponibilidade para a entrevista da passada quinta-feira. Depois de avaliarmos todos os finalistas, optámos por outro candidato com mais experiência em gestão de equipas.
Valeu demais pela conversa! Foi uma decisão difícil, mas seguimos com outra pessoa para essa posição. Se quiser um feedback mais detalhado, posso te ligar.
Sua pontuação nos testes on-line não atingiu o mínimo exigido para continuar no Programa de Trainee deste ano.
SUBJECT: Sobre a sua entrevista || Gostámos muito de o conhecer, mas, depois de ponderarmos, não vamos avançar consigo desta vez.
Depois do dia de experiência, decidimos não seguir com a sua contratação. A equipe gostou da sua disposição, mas precisamos de alguém com mais prática no atendimento.
""",
        "rej_soft": """
Seu perfil é muito interessante, mas neste momento não está aderente ao que buscamos para a vaga.
Recebemos um número enorme de candidaturas e, infelizmente, não poderemos seguir com a sua desta vez.
Agradecemos por ter participado do nosso processo para {role}. Avaliamos com atenção sua trajetória e, por ora, vamos priorizar perfis mais próximos do que a posição exige.
""",
        "rej_closed": """
Informamos que a vaga de {role} já foi preenchida. Agradecemos o seu interesse na nossa empresa.
Devido a uma reestruturação interna, o processo de recrutamento para {role} foi cancelado e nenhuma candidatura seguirá adiante.
A vaga foi preenchida por um profissional do nosso time interno, então sua candidatura não vai seguir no processo.
""",
        "rej_agency": """
O cliente decidiu não avançar com a sua candidatura; procuram alguém com mais anos de experiência no setor farmacêutico. Continuo atento a outras oportunidades para si.
Nosso cliente encerrou a busca e tirou a vaga do mercado, então o processo foi finalizado para todos os candidatos. Sinto muito não ter notícias melhores.
""",
        "ack_received": """
Recebemos sua candidatura para a vaga de {role}. Nosso time vai analisá-la com atenção e, se o seu perfil estiver alinhado, entraremos em contato.
SUBJECT: Candidatura recebida! || Sua inscrição chegou por aqui. Em até 10 dias úteis você recebe uma resposta sobre os próximos passos, seja ela qual for.
Sua candidatura foi encaminhada ao gestor da área. Status atual: Em análise.
""",
        "ack_update": """
O processo de seleção está a demorar mais do que o previsto devido ao elevado número de candidaturas. A sua candidatura continua em análise e esperamos dar-lhe uma resposta até ao final do mês.
Para dar seguimento ao seu processo, precisamos que nos envie cópia do certificado de habilitações e do registo criminal até 20 de maio.
O processo desta vaga está temporariamente suspenso enquanto aguardamos a aprovação do orçamento. Sua candidatura continua ativa e avisaremos assim que for retomado.
Após a fase de entrevistas, você ficou no cadastro reserva, na 5ª posição. Os candidatos serão convocados por ordem de classificação conforme surgirem vagas durante a validade do processo.
Recebemos suas respostas do teste técnico. Vamos avaliá-las junto com o seu currículo e em breve falamos sobre as próximas etapas.
""",
        "off_plain": """
SUBJECT: Proposta de trabalho – {role} || Temos o prazer de lhe apresentar uma proposta para a função de {role}, com contrato sem termo, início a 1 de setembro e remuneração bruta mensal de 2.100 € (14 meses). Segue em anexo a carta-proposta; pedimos que a devolva assinada até 25 de agosto.
É com satisfação que comunicamos que você foi aprovado(a) no processo seletivo para {role}. O RH vai entrar em contato para os exames admissionais e o envio da documentação.
Oferecemos a você uma vaga de estágio de 6 meses no time de Marketing, com bolsa de R$ 2.200 e auxílio-transporte, a partir de 3 de fevereiro. Por favor, confirme se aceita.
Parabéns! Depois das entrevistas, a diretoria aprovou sua contratação como {role}. A carta-oferta com todas as condições está disponível no seu portal do candidato.
""",
        "off_implicit": """
Que notícia boa pra dar: o time amou te conhecer e a gente quer você com a gente! Ainda hoje te mando a proposta completa, e amanhã podemos conversar por telefone se quiser.
Meu cliente quer te contratar! A proposta: R$ 14.000 CLT, PLR, plano de saúde e vale-refeição, início em 1º de julho. Me liga pra gente conversar antes de você aceitar.
Bem-vindo(a) à {company}! Seu contrato já está disponível para assinatura digital. Assim que você assinar, vamos preparar seu equipamento e seu onboarding.
Queremos contar consigo como {role} no nosso escritório de Braga: contrato a termo de 12 meses, com possibilidade de conversão, e vencimento de 1.650 € brutos. Aguardamos a sua resposta até sexta-feira.
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
            "Hey {first},",
            "Good morning {first},",
        ],
        "thanks": [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for your interest in {company} and for taking the time to apply.",
            "We appreciate your interest in joining {company}.",
            "Thanks so much for applying to {company}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your search, and thank you again for your interest.",
            "We hope you'll consider applying for future roles with us.",
            "All the best for the future.",
        ],
        "marketing": [
            "{company} moves more than 40,000 shipments a week across the UK and Ireland, and we're proud that over half of our managers started on the warehouse floor.",
            "At {company}, we build analytics tools used by 3,000 hospitals and clinics. We're a remote-first team of 250 spread across nine countries.",
            "For over 60 years {company} has been part of the communities it serves. We invest in training, flexible working and a culture where everyone can be themselves.",
        ],
        "sign": [
            "Kind regards,\n{sender}\n{company}",
            "Best,\n{sender_first}",
            "Many thanks,\nThe {company} Talent Team",
            "Best wishes,\n{sender}\nTalent Acquisition | {company}",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply directly.",
            "You are receiving this email because you registered with {company} Careers. Unsubscribe | Privacy Policy",
            "{company} is an equal opportunity employer. Registered in England and Wales.",
            "This message and any attachments are confidential and intended solely for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: update on your application",
            "Application received – {role}",
            "Re: {role} application",
            "Your {company} application",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps with {company}",
            "Let's talk: {role}",
            "Invitation: {role} interview",
            "Scheduling your next conversation",
        ],
        "subject_off": [
            "Offer – {role}",
            "Your offer from {company}",
            "Welcome to {company}!",
            "Good news about {role}",
        ],
        "subject_oth": [
            "News from {company} Careers",
            "Jobs you might like",
            "About your {company} account",
            "Don't miss this",
            "An update from {company}",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte/r Alex Rivera,",
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Liebe/r {first},",
            "Hi {first},",
            "Grüezi {first} Rivera,",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} bei {company}.",
            "Danke für deine Bewerbung und dein Interesse an {company}!",
            "herzlichen Dank für Ihr Interesse an einer Tätigkeit in unserem Unternehmen.",
            "wir freuen uns über Ihre Bewerbung und das damit verbundene Vertrauen.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei der weiteren Suche!",
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
            "Wir würden uns freuen, wenn Sie sich auch künftig bei uns bewerben.",
        ],
        "marketing": [
            "{company} versorgt seit über 100 Jahren Haushalte und Betriebe in der Region mit Energie und setzt heute auf Wind, Sonne und Wärmepumpen.",
            "Als inhabergeführtes Softwarehaus mit 400 Mitarbeitenden an fünf Standorten entwickelt {company} Lösungen für Mittelstand und öffentliche Hand.",
            "{company} zählt zu den führenden Versicherern im Alpenraum und bietet flexible Arbeitszeitmodelle, Weiterbildung und einen Arbeitsplatz mit Bergblick.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Viele Grüße\n{sender_first}",
            "Freundliche Grüsse\n{sender}\nHR Business Partner",
            "Beste Grüße\nDein Recruiting-Team von {company}",
            "Herzliche Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Köln | Registergericht: Amtsgericht Köln | Geschäftsführung: Dr. Ingrid Sauer",
            "Informationen zur Verarbeitung Ihrer Daten finden Sie in unseren Datenschutzhinweisen für Bewerbende.",
            "Sie erhalten diese Nachricht, weil Sie ein Konto im Karriereportal angelegt haben. Abmelden",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Eingangsbestätigung Ihrer Bewerbung",
            "Deine Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächster Schritt: {role}",
            "Terminvorschlag Kennenlernen",
            "Einladung – {role} bei {company}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot",
            "Willkommen bei {company}!",
            "Gute Nachrichten zu Ihrer Bewerbung",
            "Zusage – {role}",
        ],
        "subject_oth": [
            "Neues von {company}",
            "Jobs für dich",
            "Ihr Bewerberkonto",
            "Nicht verpassen!",
            "Information zu Ihren Daten",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
            "Bonjour Alex Rivera,",
            "Salut {first},",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Merci pour ta candidature chez {company} !",
            "Nous vous remercions pour votre candidature et pour le temps consacré à notre processus.",
            "Merci de votre confiance et de votre intérêt pour nos équipes.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche, et merci encore !",
            "Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.",
            "Nous vous souhaitons une belle suite dans votre parcours professionnel.",
        ],
        "marketing": [
            "Maison familiale fondée à Lyon en 1952, {company} conçoit des tissus d'ameublement vendus dans plus de 40 pays et forme chaque année une vingtaine d'alternants.",
            "Avec 80 établissements en France et en Belgique, {company} accompagne chaque jour plus de 10 000 patients et place la qualité de vie au travail au cœur de son projet.",
            "{company} est un studio de design indépendant de 60 personnes qui imagine des services numériques utiles, accessibles et sobres.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}\n{company}",
            "Cordialement,\nL'équipe Recrutement",
            "Belle journée,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nResponsable Ressources Humaines",
            "À très vite,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} SAS au capital de 1 200 000 € – RCS Lyon 412 345 678",
            "Pour ne plus recevoir nos communications, cliquez ici.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – suite donnée à votre candidature",
            "Accusé de réception de votre candidature",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape de votre candidature",
            "Proposition de rendez-vous",
            "Entretien chez {company}",
        ],
        "subject_off": [
            "Proposition d'embauche",
            "Bienvenue chez {company} !",
            "Bonne nouvelle pour le poste de {role}",
            "Votre promesse d'embauche",
        ],
        "subject_oth": [
            "Les actus de {company}",
            "Des offres pour vous",
            "Votre espace candidat",
            "Ne manquez pas ça",
            "Information sur vos données",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Estimado/a Alex Rivera:",
            "¡Hola, {first}!",
            "Buenos días, {first}:",
            "Buen día, {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por postularte al puesto de {role}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Muchas gracias por enviarnos tu candidatura.",
            "Agradecemos el tiempo que dedicaste a nuestro proceso.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos el mayor de los éxitos en su carrera profesional.",
            "Esperamos volver a coincidir en futuros procesos.",
            "Mucho éxito en lo que viene.",
        ],
        "marketing": [
            "{company} mueve cada día más de 15.000 pedidos desde sus almacenes de Madrid, Zaragoza y Valencia, y apuesta por la formación interna y la promoción de su plantilla.",
            "En {company} llevamos 30 años construyendo vivienda e infraestructura en México, Colombia y Chile, con más de 4.000 colaboradores.",
            "{company} es una cadena de tiendas con presencia en 120 ciudades, comprometida con la igualdad de oportunidades y el desarrollo de su gente.",
        ],
        "sign": [
            "Un saludo,\n{sender}\n{company}",
            "Saludos cordiales,\nEquipo de Selección",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\n{sender}\nGerencia de Talento Humano",
            "¡Saludos!\n{sender_first}",
        ],
        "footer": [
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
            "Responsable del tratamiento: {company}. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "Si no deseas recibir más comunicaciones, date de baja aquí.",
            "La información contenida en este mensaje es confidencial.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Actualización de tu proceso en {company}",
            "Hemos recibido tu candidatura",
            "Proceso de selección – {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso en tu proceso",
            "Agendemos una conversación",
            "Entrevista en {company}",
        ],
        "subject_off": [
            "Oferta de empleo – {role}",
            "¡Bienvenido/a a {company}!",
            "Buenas noticias sobre tu proceso",
            "Propuesta laboral",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas para ti",
            "Tu cuenta de candidato",
            "No te lo pierdas",
            "Tus datos personales",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) Alex Rivera,",
            "Oi, {first}!",
            "Bom dia, {first},",
            "Exmo.(a) Sr.(a) Alex Rivera,",
        ],
        "thanks": [
            "Agradecemos seu interesse em fazer parte da {company} e sua candidatura para a vaga de {role}.",
            "Obrigado pelo interesse na {company} e pela sua candidatura.",
            "Agradecemos o tempo que dedicou ao nosso processo de recrutamento.",
            "Valeu por se candidatar na {company}!",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Esperamos encontrar você em outras oportunidades.",
            "Boa sorte na sua busca!",
        ],
        "marketing": [
            "A {company} desenvolve software para mais de 5 mil varejistas no Brasil e foi eleita uma das melhores empresas para trabalhar em tecnologia.",
            "Com escritórios em Lisboa, Porto e São Paulo, a {company} apoia empresas em estratégia e transformação digital há mais de 20 anos.",
            "Na {company}, diversidade e inclusão fazem parte do nosso jeito de trabalhar: mais de 40% das lideranças são mulheres.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\n{company}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Um abraço,\nTime de Gente & Gestão",
            "Cumprimentos,\n{sender_first}",
        ],
        "footer": [
            "Este é um e-mail automático, por favor não responda.",
            "Tratamos seus dados pessoais de acordo com a LGPD. Consulte nossa Política de Privacidade.",
            "Para deixar de receber estas comunicações, clique aqui.",
            "{company} – NIPC 509 876 543 – Capital social 250.000 €",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Atualização do processo seletivo",
            "Candidatura recebida – {role}",
            "A sua candidatura na {company}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa do processo",
            "Vamos conversar?",
            "Entrevista na {company}",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Bem-vindo(a) à {company}!",
            "Boas notícias sobre o seu processo",
            "Carta-oferta",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Vagas para você",
            "Sua conta de candidato",
            "Não perca",
            "Seus dados pessoais",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application and check whether there's any news on timing.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. We're still working through the process and I'll update you as soon as I can.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Gibt es schon Neuigkeiten?\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachricht. Wir sind noch mitten im Verfahren und melden uns, sobald es Neuigkeiten gibt.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature. Auriez-vous des nouvelles concernant le calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Le processus est toujours en cours, je reviens vers vous dès que possible.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar por el estado de mi candidatura y si hay novedades sobre los plazos.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Seguimos con el proceso y te cuento en cuanto sepa algo.\nUn saludo,\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura e sobre os próximos prazos.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigada pelo contato. O processo ainda está em andamento e aviso assim que tiver novidades.\nAbraço,\n{sender}\n",
}
