# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 18b: offers and invitations in every form, set against their look-alikes, in English, German, French, Spanish and Portuguese. Offers mostly avoid the word itself (welcome aboard, a contract to sign, a start date and salary confirmed, a hire approved, a verbal yes followed by paperwork, onboarding and background checks after a yes, public-sector appointments and nominations, agencies relaying that the client wants the person, internal moves, internships, apprenticeships and university posts), plus offers that use the word in unusual ways. Invitations cover calls, coffees, video chats, cases, test links with deadlines, assessment centres, trial days, meet-the-team sessions, slot-booking links and rescheduled steps. Look-alikes: rejections that mention an offer made to someone else or moving forward, withdrawn and rescinded offers, acknowledgements that mention offers, contracts or interviews without deciding, HR-system paperwork after an accepted offer, job alerts and newsletters saying join us or we're hiring, and cold recruiter mail."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Logistics Ltd",
    "Brightwater Analytics",
    "Kessler & Vogt GmbH",
    "Nordlicht Energie AG",
    "Atelier Moreau SAS",
    "Clairval Conseil",
    "Grupo Solanes",
    "Lumen Seguros S.A.",
    "Verdemar Tecnologia Ltda.",
    "Ferreira & Bastos Engenharia",
    "Cormorant Health",
    "Tidewell Foods plc",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Designer",
    "Software Engineer",
    "Customer Success Manager",
    "Projektmanager (m/w/d)",
    "Chargé de recrutement",
    "Responsable logistique",
    "Ingeniero de Software",
    "Técnico de Mantenimiento",
    "Analista Financeiro",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition", "careers@{domain}"),
    ("Jonas Albrecht", "jonas.albrecht@{domain}"),
    ("Lucía Herrero", "rrhh@{domain}"),
    ("Mariana Coutinho", "mariana.coutinho@{domain}"),
    ("Sophie Carter", "sophie.carter@{domain}"),
    ("Hiring Team", "no-reply@notifications.talentloop.example"),
    ("Recruiting", "jobs@apply.hireflow.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "off_join_team": """
We'd love for you to join the platform team as our new {role}. Everyone you met came back with the same verdict, and we'd like to get you started as soon as your notice period allows. Could you let me know by Friday whether that works for you?
SUBJECT: Welcome aboard, {first}! || Welcome aboard! It's official: the hiring committee signed off this morning and you'll be joining {company} as {role}. Your manager, Priya, will reach out separately to plan your first week with you.
I'm thrilled to tell you that you got the job. I know the process dragged on longer than either of us wanted, so thank you for your patience. In the end the panel was unanimous.
Quick one before the formal paperwork lands in your inbox: yes, it's a yes! Dana wants you on her team and finance approved the headcount an hour ago. Expect the written terms from HR tomorrow morning.
The team has approved your hire for the {role} position, congratulations! Next comes an e-signature envelope from our HR platform, which should reach you within 24 hours. Once it's signed we'll book your equipment and your first-day induction.
""",
        "off_contract_sign": """
Attached is your employment contract for the {role} role: permanent, full-time, starting 1 September at a gross annual salary of £48,500. Please sign through the DocuSign link and return it by 12 August, and give me a shout if any clause needs explaining.
SUBJECT: Your contract is ready to sign || Your contract is waiting for your signature in the candidate portal. It reflects what we agreed on the phone on Tuesday: 37.5 hours a week, hybrid with three days in the Leeds office, and 28 days' holiday plus bank holidays. As soon as both sides have signed, IT will order your laptop.
Following your conversation with Marcus yesterday, I'm pleased to confirm that we wish to appoint you. The terms are set out in the enclosed letter of appointment along with two copies of the contract; please sign one and keep the other for your records.
""",
        "off_start_salary": """
Confirming what Jen told you this afternoon: your start date is Monday 3 March and your base salary will be $112,000, with a 10% annual bonus target and the equity grant outlined in the attached summary. We can't wait to have you.
Just putting it in writing: we're going with you. Salary as discussed (€62k), first day on the 15th, and your first two weeks will be spent shadowing the night-shift supervisors so you get the full picture of the warehouse.
""",
        "off_public_appointment": """
SUBJECT: Notification of appointment, Ref. 2024/HR/0417 || I am pleased to inform you that the selection board has recommended you for appointment to the post of {role}, Grade 7, within the Department. The appointment is subject to satisfactory pre-employment checks, including verification of identity and right to work. Please confirm your acceptance in writing within ten working days.
Following the outcome of the recent recruitment campaign, the Council is pleased to appoint you as {role} on a fixed-term contract of 24 months. Your appointment takes effect from the date given in the enclosed statement of particulars, and your line manager will contact you about induction.
""",
        "off_agency_client": """
Great news, {first}: I've just come off the phone with the hiring manager at {company} and they want you! They loved how you handled the case study. They're proposing £55k plus benefits and a start in early April. Ring me when you get a sec and I'll talk you through the details.
The client has come back and they'd like to go ahead with you for the contract: six months initially, £450 a day outside IR35, starting the week of the 8th. I'll send the assignment schedule over tonight for your signature.
""",
        "off_internal_move": """
Following the internal selection process, I'm delighted to confirm that you'll be moving into the {role} position in the Lisbon hub from 1 July. Your new salary band and revised job description are attached, and your current manager already knows and will agree a handover plan with you.
""",
        "off_internship": """
We're happy to let you know that you've been given a place on our 2025 Summer Internship Programme in the Risk division. The ten-week placement runs from 23 June to 29 August, paid pro rata at £32,000 a year. Please accept your place through the graduate portal by 14 March.
Congratulations, you've secured an apprenticeship with us! You'll start our Level 3 Engineering Technician scheme in September, splitting your time between the Derby site and the college. Your apprenticeship agreement is attached for you to read through and sign.
""",
        "off_academic": """
On behalf of the search committee, I am pleased to inform you that the Faculty has approved your appointment as Assistant Professor in Computational Linguistics, effective 1 January. The Dean's letter setting out your start-up package and teaching load will follow this week.
I'm writing to let you know that your application for the postdoctoral research fellowship has been successful. The funding covers three years at point 34 of the pay scale and we'd like you to start no later than October. Please tell me whether you accept so that I can inform the funder.
""",
        "off_word_unusual": """
SUBJECT: Re: Wednesday || Sorry for the radio silence since Wednesday. I won't keep you waiting any longer: the job is yours if you want it, and the offer letter will follow as soon as you say the word.
A package has been put together for you and is waiting in your candidate portal. It stays valid for five working days: log in, review the terms and click Accept or Decline. Happy to jump on a call if anything is unclear.
SUBJECT: We're making it official || We were hoping you'd say that on the call! Consider this email our formal offer of the {role} post at {company}; the signed letter will reach you by post, but you can already tell your friends.
""",
        "off_onboarding_after_yes": """
Brilliant to hear you're accepting! The next step is your background check: our screening partner will email you asking for five years of address history and two referees. As soon as that's cleared, we'll send your official start confirmation. Welcome to the team.
Now that you've accepted, your onboarding buddy will be Tomás from the data team. Your first day is Monday the 6th at 9:30: ask for me at reception and bring photo ID so we can issue your badge.
Both of your referees have now come back and everything is in order, so I'm happy to confirm that your appointment is now unconditional. We look forward to seeing you on 2 June.
""",
        "inv_call": """
Would you have 20 minutes for an introductory call this week? I'd like to tell you more about the team and hear what you're looking for. Thursday after 2pm or Friday morning would suit me best.
SUBJECT: Quick chat? || Your background in cold-chain logistics caught my eye. Are you free for a quick phone call tomorrow at 11? I'll ring the number on your CV unless you'd rather use Teams.
Hi there, it's Jordan from the recruiting team. Your profile looks like a strong match for {role} and I'd like to set up a 30-minute screen. What does your availability look like over the next few days?
""",
        "inv_coffee": """
I'm in Manchester on Tuesday and wondered if you'd fancy grabbing a coffee near Piccadilly. Nothing formal, just a chance to get to know each other before the panel stage.
""",
        "inv_video": """
We'd like to invite you to a 45-minute video interview with our Head of Engineering. The Zoom link is below; the last 15 minutes are reserved for your questions.
Your first-round interview is booked for Wednesday 12 June, 10:00 to 10:45 BST, on Microsoft Teams, with Sam (Product Lead) and Ruth (Senior Designer). Just reply here if the time doesn't work for you.
""",
        "inv_case": """
For the next stage we'd like you to work through a short business case: a pricing problem for one of our retail clients. You'll receive the material 48 hours in advance and present your recommendations to two partners for 30 minutes, followed by questions.
""",
        "inv_test_link": """
SUBJECT: Your online assessment: deadline Sunday 23:59 || Please complete the online assessment using the link below. It has a numerical reasoning section and a situational judgement test and takes about 40 minutes. The link expires on Sunday at 23:59 GMT.
The next step is a take-home coding exercise on HackerRank. You'll have 90 minutes once you open it, and the invitation stays valid for five days. Use whichever language you're most comfortable with.
""",
        "inv_assessment_centre": """
You have been shortlisted for our assessment centre on 18 November at the Birmingham office. The day runs from 9:00 to 16:30 and includes a group exercise, a written task and a competency-based interview. Reasonable travel expenses will be reimbursed.
""",
        "inv_trial_day": """
We'd like you to come in for a paid trial shift on Saturday from 10 till 4, so you get a feel for the kitchen and the team gets to see you in action. Wear black trousers and closed shoes; we'll provide the apron.
How would you feel about a working interview next week? You'd sit with the support crew for a morning, take a few tickets with someone alongside you and have lunch with the team. Let me know which day suits.
""",
        "inv_meet_team": """
The team would love to meet you properly. We're proposing an informal afternoon at the studio on the 14th: you'll meet the four people you'd work with day to day and see the current projects, and there's nothing to prepare.
SUBJECT: Final stage: meet the leadership team || You've reached the final stage! We'd like you to meet our CEO and CFO in person in Amsterdam. We'll cover travel and one night's accommodation, and Mira from our office will be in touch to book everything.
""",
        "inv_slot_link": """
Please pick a time that suits you for the second-round interview using the scheduling link below. Slots are open between 4 and 8 March; if none of them fit, reply here and we'll find an alternative.
Choose your slot: the hiring team has opened availability on Calendly for a 30-minute screening call. Bookings close on Thursday at noon.
""",
        "inv_reschedule": """
Apologies, but our interviewer has been pulled into an urgent client meeting and we need to move your interview from Tuesday at 3pm. Could you do Wednesday at the same time, or Thursday at 10am instead?
No problem at all about the clash. I've moved your panel interview to Monday 9 October at 14:00; the updated calendar invite is on its way and everything else stays the same.
""",
        "inv_formal": """
Our panel would like to see you for a second interview, this time on site. It will last around two hours and includes a whiteboard session. Please confirm by replying to this email and let us know about any accessibility requirements.
You are invited to attend an interview for the post of {role} (Ref. 58812) on Tuesday 2 April at 11:15, Civic Centre, Room 3.04. Please bring the original documents listed in the attached letter. If you are unable to attend, let us know as soon as possible.
The search committee invites you to campus for a two-day visit, including a 45-minute job talk, a teaching demonstration and meetings with faculty and graduate students.
""",
        "rej_offer_elsewhere": """
After a lot of deliberation we made an offer to another candidate, who has accepted it. It was a genuinely close call, and I'd be glad to give you some feedback over the phone if that would help.
SUBJECT: Update on {role} || I wanted to let you know that we have extended an offer to a candidate whose experience more closely matches the needs of the role at this time.
Congratulations on making the final round: it came down to you and one other person, and in the end we've chosen to offer the role to them.
""",
        "rej_moving_forward": """
We've decided to move forward with other candidates whose qualifications better match our current requirements.
While we were impressed by your background, we will not be moving forward with your application.
The hiring team has chosen to move forward with a different applicant for the final round, so your application won't progress to the next stage.
I'll be straight with you: the team are moving forward with someone who has already worked in a regulated bank, and that tipped the balance.
""",
        "rej_rescinded": """
I'm very sorry to have to write this. Following the company-wide hiring freeze announced this morning, we are withdrawing the offer made to you on 2 May for the {role} position. I know how disappointing this is, especially since you had already handed in your notice, and I'd like to call you today to discuss support.
Unfortunately, the results of your background screening do not allow us to proceed, and the conditional offer of employment dated 14 January is therefore withdrawn. You are entitled to request a copy of the report from our screening provider.
SUBJECT: Your accepted offer || Due to a restructure of the department, the role you accepted no longer exists and we regret that we must rescind our offer. As a goodwill gesture we will pay you one month's salary.
""",
        "rej_after_step": """
Thank you for meeting the panel last week. I'm sorry to say you haven't been successful on this occasion: your technical answers were strong, but other candidates showed more direct experience managing stakeholders.
Unfortunately your scores from the assessment centre did not reach the threshold required to progress to the final stage.
It was great having you in the kitchen on Saturday. We've decided not to take things further, though; the shift showed us we really need someone with more pastry experience.
We have reviewed your coding exercise and unfortunately it did not meet the bar for this role, so we won't be scheduling further interviews.
I've heard back from the client and I'm afraid they've decided not to proceed with you. They went with someone who can start immediately, which was a priority for them.
""",
        "rej_not_selected": """
The {role} vacancy has been cancelled following a budget review, so we won't be appointing anyone to it this year.
The committee has completed its deliberations, and I regret to inform you that you were not among the candidates selected for a campus visit.
We received over 4,000 applications for 60 places this year and unfortunately we are unable to offer you a place on the programme.
The selection board has considered all applications against the essential criteria, and your application has not been shortlisted for interview.
Unfortunately we won't be able to make you an offer this time round.
I'm afraid all the apprenticeship places at our Derby site have now been allocated for this intake, so your application won't be going any further this year.
""",
        "ack_received": """
We've received your application for {role} and it's now with the hiring team. You'll hear from us within two weeks, whatever the outcome.
Interviews for this position will take place over the next few weeks; we will contact you if you are shortlisted.
""",
        "ack_offer_pending": """
The panel has finished interviewing and we're now in the offer stage. I expect to be able to give you an answer by the end of next week; I haven't forgotten you!
Just a heads-up that we're still waiting on headcount approval before we can make any offers for this role. It's taking longer than expected, and I'll update you as soon as I hear anything.
Thanks for coming in yesterday. The interviewers are submitting their feedback, and we'll meet on Thursday to agree next steps.
""",
        "ack_paperwork": """
SUBJECT: Task completed: offer accepted || Your acceptance has been recorded in Workday. Outstanding onboarding tasks: upload proof of right to work, complete the tax declaration form and add your bank details. Please finish these tasks before your start date.
Thanks for returning the signed contract. We've countersigned it and attached a copy for your records. Payroll will need your P45 before the first pay run.
We're missing a page from your signed contract (page 4, the confidentiality clause). Could you re-upload the full document?
""",
        "ack_reserve_docs": """
You have been placed on the reserve list for the {role} post. Reserve lists remain valid for 12 months, and if a post becomes available we will contact you in order of merit.
To complete your file, please send copies of your degree certificates and a proof of address. Please note that no decision has been made on your application yet.
""",
        "oth_alert": """
New jobs matching "data analyst" in London: Join us at Northwind as a Junior Data Analyst (hybrid, £38k to £42k); Insight Analyst at a health-tech start-up; plus 3 more roles. Manage your alerts in your account settings.
We're hiring! 12 new roles near you this week, from warehouse team leader to payroll specialist. Tap to see who's looking for someone like you.
""",
        "oth_newsletter": """
Life at {company} this month: meet our new graduate cohort, find out why we're expanding the Porto office, and read five tips for your next interview. Join us: we're hiring across engineering and sales.
""",
        "oth_cold": """
I came across your profile and have an exciting opportunity with a fast-growing fintech client in Shoreditch: senior analytics role, £70k to £80k, hybrid. Would you be open to a chat this week?
Hope you don't mind the unsolicited message. I'm recruiting for a {role} on behalf of a well-known consumer brand and your experience looks relevant. If you're not looking right now, no worries; feel free to pass it to a friend.
""",
        "oth_misc": """
We've processed your request to withdraw your application for {role}. If you change your mind, you're welcome to apply again for future openings.
How was your candidate experience with us? Whatever the outcome, we'd value three minutes of your time in our anonymous survey.
""",
    },
    "de": {
        "off_zusage": """
SUBJECT: Zusage: {role} || Wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie ab dem 1. Oktober in unserem Team begrüßen möchten. Den Arbeitsvertrag in zweifacher Ausfertigung senden wir Ihnen in den nächsten Tagen per Post zu.
Lange Rede, kurzer Sinn: Wir wollen dich! Das ganze Team war nach dem Probearbeiten begeistert, und unsere Geschäftsführerin hat heute Morgen grünes Licht gegeben. Ich ruf dich nachher noch an, um die Details durchzugehen.
Nach eingehender Beratung hat sich das Auswahlgremium für Sie entschieden, herzlichen Glückwunsch! Ihre künftige Vorgesetzte, Frau Dr. Brandt, wird sich in Kürze bei Ihnen melden, um den Einstieg abzustimmen.
Herzlich willkommen bei {company}! Nach Ihrem Gespräch mit Herrn Albrecht steht fest: Die Stelle als {role} gehört Ihnen. Bitte bestätigen Sie uns bis Mittwoch kurz per E-Mail, dass es dabei bleibt, dann bereiten wir alles Weitere vor.
Glückwunsch, du bist dabei! Der Betriebsrat hat deiner Einstellung gestern zugestimmt, damit ist alles in trockenen Tüchern.
""",
        "off_vertrag": """
Anbei erhalten Sie Ihren Arbeitsvertrag als {role}. Wie besprochen beginnt das Arbeitsverhältnis am 1. März, die Probezeit beträgt sechs Monate und das Bruttojahresgehalt 58.000 Euro in zwölf Monatsgehältern. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Februar zurück.
Dein Vertrag liegt zur digitalen Unterschrift im Bewerberportal bereit. Alles so, wie wir es am Telefon festgehalten haben: 32 Stunden an vier Tagen, 30 Urlaubstage und ein Jobrad obendrauf.
Wie telefonisch angekündigt, erhalten Sie mit dieser Nachricht die Vertragsunterlagen für Ihre Einstellung zum 15. April. Bei Fragen zu einzelnen Regelungen steht Ihnen unsere Personalabteilung gern zur Verfügung.
""",
        "off_start_gehalt": """
Kurz schriftlich, was wir heute am Telefon besprochen haben: Start am 2. Mai, 4.600 Euro brutto im Monat plus 13. Gehalt, Homeoffice an zwei Tagen pro Woche. Wir freuen uns riesig auf dich!
Hiermit bestätigen wir Ihnen den Eintrittstermin 1. Juli sowie die vereinbarte Vergütung nach Entgeltgruppe E11 des Haustarifvertrags. Ihren Einarbeitungsplan erhalten Sie separat.
""",
        "off_oeffentlich": """
SUBJECT: Ihre Einstellung, Az. P 3-0415/24 || Wir freuen uns, Ihnen mitteilen zu können, dass Sie im Auswahlverfahren für die Stelle als {role} berücksichtigt werden konnten. Der Personalrat hat der Einstellung zugestimmt. Sie erfolgt vorbehaltlich der Vorlage eines erweiterten Führungszeugnisses und des Nachweises der gesundheitlichen Eignung.
Das Ministerium beabsichtigt, Sie unter Berufung in das Beamtenverhältnis auf Probe zur Regierungsrätin bzw. zum Regierungsrat zu ernennen. Die Aushändigung der Ernennungsurkunde ist für den 2. Januar vorgesehen; bitte reichen Sie die angeforderten Unterlagen bis zum 10. Dezember ein.
""",
        "off_agentur": """
Hey {first}, gerade kam der Anruf von {company}: Die wollen dich! Der Bereichsleiter fand dein Gespräch richtig stark. Im Raum stehen 72k fix plus Bonus, Start zum 1. Juni. Wann kann ich dich kurz anrufen?
Soeben habe ich die Rückmeldung unseres Kunden erhalten: Man möchte Sie für das Projekt in Stuttgart verpflichten, zunächst für neun Monate zu einem Stundensatz von 95 Euro. Die Vertragsunterlagen schicke ich Ihnen heute Abend zur Unterschrift.
""",
        "off_intern": """
Im Rahmen der internen Ausschreibung haben wir uns für Sie entschieden: Ab dem 1. August übernehmen Sie die Teamleitung im Kundenservice Leipzig. Den Nachtrag zu Ihrem Arbeitsvertrag mit der neuen Gehaltsstufe finden Sie im Anhang.
""",
        "off_ausbildung_praktikum": """
Sie haben es geschafft: Am 1. September beginnt Ihre Ausbildung zum Industriemechaniker bzw. zur Industriemechanikerin bei uns in Kassel. Den Ausbildungsvertrag haben wir bereits bei der IHK eingereicht, eine Kopie hängt an.
Gute Nachrichten: Dein Pflichtpraktikum im Marketing ist bestätigt! Du startest am 3. März für sechs Monate, die Vergütung liegt bei 1.400 Euro im Monat. Schick uns bitte noch deine Immatrikulationsbescheinigung und die Praktikumsvereinbarung deiner Hochschule.
""",
        "off_wissenschaft": """
Die Berufungskommission hat Sie auf Platz eins der Liste gesetzt, und der Präsident hat Ihnen nun den Ruf auf die W2-Professur für Umweltökonomie erteilt. Die Berufungsverhandlungen würden wir gern im Januar aufnehmen.
Ich freue mich, Ihnen mitteilen zu dürfen, dass wir Sie auf der Promotionsstelle (E13, 65 %) in meinem DFG-Projekt einstellen möchten. Die Stelle ist auf drei Jahre befristet, Beginn wäre der 1. April.
""",
        "off_wort_anders": """
SUBJECT: Re: Unser Gespräch am Montag || Das Angebot steht: Wenn du magst, fängst du im Juni bei uns an. Den Vertrag schicke ich dir, sobald du Ja sagst.
In Ihrem Kandidatenportal wartet ab sofort Ihr Vertragsangebot. Es ist sieben Tage gültig; über die Schaltfläche „Annehmen“ können Sie es direkt bestätigen.
Sie hatten nach unserer Entscheidung gefragt, hier ist sie: Wir würden Sie sehr gern einstellen. Das schriftliche Angebot mit allen Konditionen hängt an.
""",
        "off_nach_zusage": """
Schön, dass du zugesagt hast! Als Nächstes brauchen wir dein Führungszeugnis und deine Sozialversicherungsnummer. An deinem ersten Tag holt dich Mehmet um 9 Uhr am Empfang ab. Willkommen im Team!
Vielen Dank für Ihre Zusage, wir freuen uns auf die Zusammenarbeit. Für den Zutritt zum Werksgelände beantragen wir eine Sicherheitsüberprüfung; das Formular dazu finden Sie im Anhang. Ihr erster Arbeitstag ist Montag, der 4. November.
Ihre Referenzen liegen uns inzwischen vor und sind durchweg positiv. Damit ist Ihre Einstellung endgültig bestätigt, und wir sehen uns wie vereinbart am 2. Juni.
""",
        "inv_telefon": """
Ihre Unterlagen haben uns überzeugt, und wir würden Sie gern in einem kurzen Telefonat näher kennenlernen. Passt Ihnen Dienstag zwischen 14 und 16 Uhr? Wir rechnen mit etwa 30 Minuten.
Hast du diese Woche Lust auf einen kurzen Call? Ich würde dir gern erzählen, woran wir gerade bauen, und hören, was dich reizt. Schick mir einfach zwei, drei Zeitfenster.
""",
        "inv_kaffee": """
Wie wäre es mit einem Kaffee am Freitag bei uns im Büro am Hackeschen Markt? Ganz ungezwungen und ohne Präsentation, einfach um uns gegenseitig kennenzulernen.
""",
        "inv_video": """
Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein: Donnerstag, 14. März, 10:00 bis 11:00 Uhr. Ihre Gesprächspartner sind Frau Keller (Abteilungsleitung) und Herr Yilmaz (Personal). Den Einwahllink finden Sie unten.
Für ein erstes Kennenlernen per Video haben wir 45 Minuten am kommenden Mittwoch um 16 Uhr eingeplant. Bitte teilen Sie uns bis Ende der Woche mit, ob dieser Termin für Sie passt.
""",
        "inv_fallstudie": """
In der nächsten Runde bitten wir Sie, eine Fallstudie zu bearbeiten. Sie erhalten die Aufgabe am Montag und stellen Ihre Lösung am Donnerstag zwei Mitgliedern der Geschäftsleitung vor: 20 Minuten Präsentation, danach 25 Minuten Diskussion.
""",
        "inv_test": """
SUBJECT: Online-Test bitte bis 28.02. abschließen || Als nächsten Schritt im Auswahlverfahren bitten wir Sie, unseren Online-Eignungstest zu absolvieren. Er dauert ca. 60 Minuten und ist bis zum 28. Februar, 23:59 Uhr, freigeschaltet. Ihren persönlichen Zugangslink finden Sie unten.
Bevor wir uns wiedersehen, hätten wir eine kleine Programmieraufgabe für dich. Plane ungefähr drei Stunden ein; du hast eine Woche Zeit, uns das Ergebnis als Git-Repository zu schicken.
""",
        "inv_assessment": """
Wir freuen uns, Sie zu unserem Assessment-Center am 22. Mai in der Zentrale in Hamburg einzuladen. Der Tag beginnt um 8:30 Uhr und umfasst eine Gruppenübung, ein Rollenspiel und ein Einzelinterview. Ihre Fahrtkosten erstatten wir.
""",
        "inv_probetag": """
Hättest du Zeit für einen Probetag in unserer Werkstatt? Am besten Mittwoch oder Donnerstag, jeweils von 7 bis 15 Uhr. Arbeitsschuhe bringst du mit, den Rest stellen wir.
Wir würden Sie gern zu einer Hospitation in unserer Kita einladen: ein Vormittag in der Krippengruppe und anschließend ein kurzes Gespräch mit der Leitung.
""",
        "inv_team": """
Als letzten Schritt würden wir dich gern mit dem Team zusammenbringen: ein lockeres Mittagessen am Dienstag in der Kantine, danach eine Stunde mit den beiden Entwicklern, mit denen du am engsten arbeiten würdest.
Unsere Geschäftsführerin, Frau Hofmann, würde Sie gern persönlich kennenlernen. Könnten Sie am 3. oder 4. Juli nach Zürich kommen? Reise- und Hotelkosten übernehmen selbstverständlich wir.
""",
        "inv_terminwahl": """
Bitte wählen Sie über den folgenden Link einen passenden Termin für das Zweitgespräch aus. Zeitfenster stehen zwischen dem 10. und 14. Juni zur Verfügung.
Buch dir einfach selbst einen Slot über unseren Kalender-Link, wir brauchen etwa eine halbe Stunde. Falls nichts passt, melde dich kurz.
""",
        "inv_verschiebung": """
Leider muss ich unser Gespräch am Mittwoch krankheitsbedingt absagen. Können wir es auf Montag um 10 Uhr oder Dienstag um 15 Uhr verschieben? Geben Sie mir bitte kurz Bescheid.
Kein Problem, ich habe den Termin wie gewünscht auf den 18. September um 13:30 Uhr verlegt. Die aktualisierte Kalendereinladung ist unterwegs.
""",
        "inv_formal": """
Wir laden Sie zu einem Vorstellungsgespräch für die Stelle {role} (Kennziffer 2024-117) am Dienstag, 9. April, um 11:00 Uhr im Rathaus, Zimmer 214, ein. Bitte bringen Sie einen gültigen Lichtbildausweis mit und teilen Sie uns mit, falls Sie den Termin nicht wahrnehmen können.
Die Berufungskommission lädt Sie zu einem hochschulöffentlichen Probevortrag mit anschließendem Kommissionsgespräch am 16. Januar ein. Der Vortrag soll 30 Minuten dauern, das Thema wählen Sie frei.
Gern würden wir das Gespräch in einer zweiten Runde vertiefen, diesmal vor Ort in Graz. Es erwartet Sie ein etwa zweistündiger Termin mit dem Fachbereich und der Personalabteilung.
Gute Neuigkeiten: Der Kunde möchte Sie kennenlernen! Das Interview findet am Freitag um 9 Uhr per Teams statt; vorher bereite ich Sie gern in einem kurzen Telefonat darauf vor.
""",
        "rej_anderer": """
Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, die unser Angebot bereits angenommen hat.
Die Stelle konnte inzwischen besetzt werden. Wir haben uns für einen Bewerber entschieden, dessen Profil noch etwas genauer zu den Anforderungen passt.
Es war wirklich knapp: Am Ende standen zwei Personen zur Wahl, und die Zusage ging an den anderen Kandidaten.
Leider hat es diesmal nicht geklappt. Ich hätte dich gern im Team gehabt, aber die Entscheidung fiel auf jemand anderen.
""",
        "rej_weiter": """
Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.
Wir haben uns entschieden, den Prozess mit anderen Bewerberinnen und Bewerbern fortzusetzen.
Ehrlich gesagt: Wir gehen mit jemandem weiter, der schon Erfahrung mit SAP S/4HANA mitbringt, und das war am Ende ausschlaggebend.
""",
        "rej_zurueckgezogen": """
Es tut mir sehr leid, Ihnen diese Nachricht schreiben zu müssen: Aufgrund eines kurzfristig verhängten Einstellungsstopps müssen wir die Ihnen am 3. Mai erteilte Zusage zurückziehen.
Da die gesundheitliche Eignung durch das Gesundheitsamt nicht festgestellt werden konnte, ist eine Einstellung leider nicht möglich. Die Ihnen unter Vorbehalt erteilte Einstellungszusage wird hiermit widerrufen.
SUBJECT: Ihr Arbeitsvertrag vom 12.03. || Leider müssen wir den bereits unterschriebenen Arbeitsvertrag noch vor Arbeitsantritt kündigen, da die Abteilung im Zuge der Umstrukturierung aufgelöst wird. Wir bedauern das sehr.
""",
        "rej_nach_schritt": """
Vielen Dank für das angenehme Gespräch. Nach Abstimmung im Team haben wir uns dennoch gegen eine Zusammenarbeit entschieden.
Die Ergebnisse Ihres Online-Tests lagen leider unterhalb des Werts, der für die nächste Runde erforderlich ist.
Danke für deinen Einsatz beim Probetag. Wir haben lange überlegt, aber es passt leider nicht, vor allem was das Tempo in der Spätschicht angeht.
Im Assessment-Center haben Sie uns in vielen Übungen überzeugt, in der Gesamtbewertung lagen andere Teilnehmende jedoch vorn. Daher können wir Ihnen keine Stelle anbieten.
Leider hat sich der Kunde gegen Sie entschieden; man sucht nun doch jemanden mit mehr Führungserfahrung.
""",
        "rej_sonstige": """
Die ausgeschriebene Stelle wird aus organisatorischen Gründen nicht besetzt. Das Verfahren ist damit beendet.
Für unser Traineeprogramm haben wir in diesem Jahr über 2.000 Bewerbungen erhalten; leider können wir Ihnen keinen der 25 Plätze anbieten.
Die Berufungskommission hat ihre Beratungen abgeschlossen. Ich bedaure, Ihnen mitteilen zu müssen, dass Sie nicht in die engere Wahl für einen Probevortrag gekommen sind.
Ihre Bewerbung erfüllt leider nicht die formalen Voraussetzungen (abgeschlossenes Masterstudium), sodass wir Sie nicht zu einem Vorstellungsgespräch einladen können.
Unsere Ausbildungsplätze für dieses Jahr sind bereits alle vergeben.
Nach Abschluss aller Gespräche müssen wir Ihnen leider mitteilen, dass wir Ihnen kein Angebot unterbreiten werden.
""",
        "ack_eingang": """
Wir haben Ihre Unterlagen für die Stelle als {role} erhalten und melden uns innerhalb von drei Wochen bei Ihnen.
Unsere Personalabteilung hat Ihre Bewerbung an die Fachabteilung weitergeleitet. Bitte haben Sie noch etwas Geduld.
Die Termine für die Vorstellungsgespräche stehen noch nicht fest; wir melden uns, sobald die Vorauswahl abgeschlossen ist.
""",
        "ack_entscheidung_offen": """
Die Gespräche sind abgeschlossen und wir befinden uns in der finalen Abstimmung. Mit einer Entscheidung ist Anfang nächster Woche zu rechnen.
Aktuell warten wir noch auf die Freigabe der Stelle durch den Vorstand. Bis dahin können wir keine Zusagen machen, melden uns aber, sobald es Neuigkeiten gibt.
Danke für das Gespräch gestern. Herr Vogt ist diese Woche im Urlaub, die Entscheidung fällt daher erst nach seiner Rückkehr.
""",
        "ack_unterlagen": """
SUBJECT: Aufgabe erledigt: Vertrag angenommen || Ihre Annahme wurde im System erfasst. Offene Onboarding-Aufgaben: Steuer-ID hinterlegen, Mitgliedsbescheinigung der Krankenkasse hochladen, Bankverbindung eintragen. Bitte erledigen Sie diese bis zu Ihrem Eintrittsdatum.
Wir bestätigen den Eingang Ihres unterschriebenen Arbeitsvertrags. Das gegengezeichnete Exemplar erhalten Sie an Ihrem ersten Arbeitstag.
Bitte senden Sie uns noch Kopien Ihrer Arbeitszeugnisse und Ihres Hochschulabschlusses; erst danach können wir Ihre Bewerbung vollständig prüfen.
Sie stehen auf Platz 3 der Nachrückliste. Sollte eine der ausgewählten Personen absagen, kommen wir auf Sie zu.
""",
        "oth_alert": """
Neue Jobs für Sie: „Werde Teil unseres Teams!“ Projektmanager (m/w/d) bei Kessler & Vogt, Hamburg; Junior Controller (m/w/d), Bremen; und 6 weitere passende Stellen. Suchauftrag bearbeiten oder abbestellen.
Wir stellen ein! Diese Woche gibt es 8 neue Stellen in Ihrer Nähe, von der Lagerlogistik bis zur Buchhaltung. Jetzt ansehen und mit einem Klick bewerben.
""",
        "oth_newsletter": """
Karriere-News aus dem Hause {company}: Unsere neuen Azubis stellen sich vor, wir eröffnen einen Standort in Dresden, und im Interview verrät unsere Personalleiterin, worauf es im Gespräch wirklich ankommt. Komm zu uns, wir suchen Verstärkung in IT und Vertrieb!
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und betreue derzeit eine spannende Position bei einem mittelständischen Maschinenbauer im Raum Stuttgart, Gehaltsrahmen 80 bis 90k. Hätten Sie Lust auf ein unverbindliches Gespräch?
Hi {first}, sorry für die Direktansprache! Ich suche für ein Münchner Scale-up eine:n {role} und dein Profil passt ziemlich gut. Falls du gerade nicht wechseln willst, leite die Nachricht gern an jemanden weiter.
""",
        "oth_misc": """
Wie gewünscht haben wir Ihre Bewerbung als {role} zurückgezogen und Ihre Daten gelöscht. Sie können sich jederzeit erneut bewerben.
Wir laden Sie herzlich zu unserem Karriereabend am 7. November ein! Lernen Sie unsere Teams kennen, besichtigen Sie die Produktion und kommen Sie bei Brezeln und Getränken ins Gespräch. Die Anmeldung ist für alle Interessierten offen.
""",
    },
    "fr": {
        "off_embauche": """
C'est avec grand plaisir que nous vous confirmons votre embauche au poste de {role} en CDI, à compter du 2 septembre. Votre future responsable, Mme Garnier, vous contactera la semaine prochaine pour préparer votre arrivée.
Bonne nouvelle : l'équipe a tranché, et c'est toi ! On a vraiment hâte de bosser avec toi. Je t'appelle demain matin pour caler la suite.
SUBJECT: Bienvenue chez {company} ! || Bienvenue dans l'aventure ! Suite à nos échanges et à votre rencontre avec le comité de direction, nous sommes heureux de vous accueillir parmi nous dès le 6 janvier.
À l'issue de votre dernier entretien, la direction a validé votre recrutement. Il ne reste plus qu'à formaliser les choses : la promesse d'embauche vous parviendra d'ici vendredi.
J'ai le plaisir de vous annoncer que votre candidature au poste de {role} a été retenue. Vous prendrez vos fonctions le 1er mars à notre siège de Nantes, et le service RH vous adressera très prochainement les documents d'arrivée.
""",
        "off_contrat": """
Veuillez trouver ci-joint votre contrat de travail à durée indéterminée en deux exemplaires. Merci de nous en retourner un exemplaire paraphé et signé, précédé de la mention « lu et approuvé », avant le 15 juin.
Ton contrat est prêt ! Tu peux le signer électroniquement via le lien ci-dessous. On a bien repris ce qu'on s'était dit : 39 h avec RTT, télétravail deux jours par semaine, tickets resto et mutuelle prise en charge à 60 %.
Vous trouverez en pièce jointe votre lettre d'embauche pour le poste de {role} à Montréal : poste permanent à temps plein, salaire annuel de 74 000 $, entrée en fonction le 12 août. Merci de nous la retourner signée d'ici le 26 juillet.
""",
        "off_remuneration": """
Je vous confirme par écrit les éléments évoqués ce matin au téléphone : prise de poste le 3 avril, rémunération fixe de 52 000 euros bruts annuels sur 13 mois, période d'essai de quatre mois renouvelable une fois.
""",
        "off_public": """
SUBJECT: Arrêté de nomination || Par arrêté en date du 14 octobre, vous êtes nommé(e) attaché(e) d'administration de l'État stagiaire et affecté(e) à la direction régionale des finances publiques d'Occitanie à compter du 1er décembre.
Suite à votre réussite au concours et à l'entretien avec le directeur général des services, nous avons le plaisir de vous confirmer votre recrutement au service urbanisme de la commune à compter du 1er septembre. Votre nomination en qualité de stagiaire fera l'objet d'un arrêté du maire.
""",
        "off_agence": """
Super nouvelle {first} : le client a adoré ton entretien, ils te veulent ! Ils proposent 48 K€ fixes plus variable, avec un démarrage dès la fin de ton préavis. Tu me rappelles quand tu peux ?
Votre mission de {role} chez notre client lyonnais est confirmée du lundi 17 au vendredi 28 juin, de 5 h à 12 h. Votre contrat de mission vous attend dans votre espace intérimaire.
""",
        "off_interne": """
Nous avons le plaisir de vous informer que votre candidature à la mobilité interne a été acceptée : vous rejoindrez l'équipe de Bordeaux en tant que {role} à partir du 1er mai. L'avenant à votre contrat est joint à ce message.
""",
        "off_stage_alternance": """
Ta candidature en alternance est acceptée ! Tu intégreras notre équipe marketing en septembre pour deux ans, au rythme de trois semaines en entreprise et une semaine à l'école. Le contrat d'apprentissage partira dès que ton CFA nous aura transmis ses documents.
Nous avons le plaisir de vous accueillir en stage de fin d'études au sein de notre direction financière, du 3 février au 31 juillet, avec une gratification mensuelle de 1 200 euros. Merci de nous faire parvenir la convention de stage de votre établissement.
Votre affectation en V.I.E dans notre filiale de Montréal est confirmée pour 18 mois à compter du 1er mars. Business France prendra contact avec vous pour les formalités.
""",
        "off_universite": """
J'ai le plaisir de vous informer que le comité de sélection vous a classé(e) en première position sur le poste de maître de conférences en sociologie, et que le conseil d'administration a entériné ce classement. Il vous appartient désormais de confirmer votre vœu d'affectation sur l'application dédiée.
Je suis heureuse de t'annoncer que ton dossier a été choisi par le jury pour la thèse CIFRE. Le démarrage est prévu au 1er octobre ; on se voit bientôt pour monter le dossier avec l'ANRT.
""",
        "off_mot_offre": """
SUBJECT: Re: suite de notre échange || Je ne vais pas vous faire languir plus longtemps : le poste est à vous si vous le souhaitez. Notre offre écrite part ce soir par courriel.
Votre proposition d'embauche est disponible dans votre espace candidat. Elle est valable dix jours ; vous pouvez l'accepter ou la refuser directement en ligne.
Nous avons le plaisir de vous proposer un contrat à durée indéterminée à temps plein au sein de notre service comptable à Namur, barème 2, avec entrée en service le 1er juin. Nous vous saurions gré de nous communiquer votre décision d'ici au 10 mai.
""",
        "off_apres_oui": """
Ravi que tu aies accepté ! Prochaine étape : la visite d'information et de prévention à la médecine du travail, qu'on organise pendant ta première semaine. D'ici là, envoie-nous ton RIB et ton numéro de sécurité sociale. Bienvenue parmi nous !
Merci pour votre accord. Vos références ont été vérifiées et votre intégration est programmée le lundi 4 mars à 9 h, au 12 rue de la Pompe. Un parcours d'accueil de deux jours vous attend.
Maintenant que c'est officiel, on lance la demande d'habilitation nécessaire à ton poste ; compte quelques semaines de délai. Ton arrivée reste bien fixée au 2 avril.
""",
        "inv_appel": """
Votre profil a retenu toute notre attention. Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes jeudi ou vendredi ?
Salut {first}, est-ce qu'on pourrait s'appeler un quart d'heure cette semaine ? J'aimerais te présenter le poste plus en détail et répondre à tes questions.
""",
        "inv_cafe": """
Je passe à Lyon mardi prochain : ça vous dirait qu'on prenne un café près de la Part-Dieu vers 10 h ? Rien de formel, simplement pour faire connaissance.
""",
        "inv_visio": """
Nous avons le plaisir de vous convier à un entretien en visioconférence le mercredi 5 juin à 14 h 30 avec Mme Lefèvre, directrice des opérations. Le lien de connexion figure ci-dessous.
Nous aimerions vous rencontrer virtuellement pour discuter de votre candidature. L'entrevue de 45 minutes se déroulera sur Teams ; veuillez nous indiquer vos disponibilités d'ici vendredi.
""",
        "inv_cas": """
Pour la prochaine étape, nous vous proposons une étude de cas : vous recevrez un dossier lundi et disposerez de deux heures pour préparer une restitution orale de 20 minutes devant le jury.
""",
        "inv_test": """
SUBJECT: Tests en ligne à compléter avant le 12 mars || Dans le cadre du processus, nous vous invitons à passer nos tests de raisonnement en ligne. Comptez environ 45 minutes ; le lien reste valable jusqu'au 12 mars à minuit.
Tu trouveras ci-dessous le lien vers l'exercice technique. Tu as 72 h pour le rendre à partir de l'ouverture, et pas besoin de tout finir : on veut surtout voir ta démarche.
""",
        "inv_evaluation": """
Vous êtes convoqué(e) à une journée d'évaluation collective le 14 novembre dans nos locaux de La Défense : mise en situation de groupe, exercice de priorisation et entretien individuel. Merci de vous présenter à 8 h 45 muni(e) d'une pièce d'identité.
""",
        "inv_essai": """
On aimerait te voir en situation : est-ce que tu pourrais venir faire un service d'essai vendredi soir, de 18 h à 23 h ? Il sera rémunéré, bien sûr.
Pour le poste de conseiller de vente, nous organisons une demi-journée d'immersion en boutique. Seriez-vous disponible samedi matin ?
""",
        "inv_equipe": """
Dernière étape avant la décision : un déjeuner avec l'équipe le jeudi 20 à 12 h 30. Ce sera l'occasion de poser toutes vos questions aux personnes avec qui vous travailleriez au quotidien.
Notre fondatrice souhaiterait vous rencontrer à Genève. Pourriez-vous vous libérer le 8 ou le 9 octobre ? Vos frais de déplacement seront bien entendu pris en charge.
""",
        "inv_creneau": """
Merci de réserver le créneau qui vous convient pour le second entretien via le lien ci-dessous. Les disponibilités s'étendent du 3 au 7 février.
Choisis ton horaire directement dans mon agenda grâce au lien ci-dessous : 30 minutes en visio, ça suffira.
""",
        "inv_report": """
Je suis contrainte de décaler notre entretien prévu lundi en raison d'un imprévu. Pourrions-nous le reporter à mercredi même heure, ou jeudi à 11 h ?
C'est noté : votre entretien est déplacé au mardi 15 octobre à 16 h, et l'invitation mise à jour vient de partir.
""",
        "inv_formel": """
Vous êtes convoqué(e) à l'épreuve orale d'admission du concours de rédacteur territorial le 27 mai à 10 h 40, au centre de gestion de la Gironde. Munissez-vous de la présente convocation et d'une pièce d'identité en cours de validité.
Le comité de sélection a le plaisir de vous inviter à l'audition qui se tiendra le 12 mai à 14 h. Vous disposerez de 15 minutes de présentation, suivies de 20 minutes d'échanges.
Le client souhaite vous rencontrer ! Le rendez-vous est fixé mardi à 9 h dans leurs locaux à Lille ; je vous appelle avant pour vous briefer.
Nous souhaiterions poursuivre nos échanges lors d'un second entretien, cette fois en présentiel à notre siège de Rennes, avec le directeur technique et la DRH. Prévoyez environ 1 h 30.
""",
        "rej_autre_candidat": """
Après de longues délibérations, nous avons retenu un autre candidat, qui a accepté notre proposition.
Le poste a finalement été pourvu par une candidate dont le parcours correspondait davantage à nos besoins actuels.
C'était très serré jusqu'au bout, mais nous avons fait une offre à l'autre finaliste, qui l'a acceptée.
""",
        "rej_suite": """
Nous avons décidé de poursuivre le processus avec d'autres profils.
Malgré l'intérêt de votre parcours, nous ne donnerons pas suite à votre candidature.
Je vais être franc : on avance avec quelqu'un qui connaît déjà le secteur bancaire, et c'est ce qui a fait la différence.
Pas de bonne nouvelle cette fois, désolé {first}. Le manager a préféré un profil plus senior.
""",
        "rej_retrait": """
Je suis sincèrement désolée de vous écrire ceci : en raison du gel des recrutements décidé hier par le groupe, nous sommes contraints de revenir sur la promesse d'embauche qui vous a été adressée le 10 avril.
Les vérifications préalables à votre recrutement n'ayant pas abouti favorablement, nous sommes au regret de vous informer que la proposition d'embauche du 3 février est retirée.
SUBJECT: Votre promesse d'embauche || Le financement du projet n'ayant pas été reconduit, le poste que vous aviez accepté est supprimé. Nous devons malheureusement annuler votre embauche et vous présentons nos excuses pour ce revirement.
""",
        "rej_apres_etape": """
Merci pour le temps consacré à nos entretiens. Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue de cette dernière étape.
Les résultats de vos tests ne nous permettent pas de poursuivre le processus avec vous.
Merci pour ta soirée en cuisine vendredi. On a bien réfléchi, mais on ne va pas continuer ensemble : on cherche quelqu'un de plus à l'aise au poste chaud.
À l'issue de la journée d'évaluation, votre candidature n'a pas été retenue pour la phase finale.
Le client a finalement choisi un autre candidat, disponible immédiatement.
""",
        "rej_autres_motifs": """
Le recrutement pour le poste de {role} est annulé à la suite d'une réorganisation interne.
Nous avons reçu plus de 3 000 candidatures pour nos 40 places en alternance et ne pouvons malheureusement pas vous proposer de contrat cette année.
Le comité de sélection a examiné l'ensemble des dossiers ; je suis au regret de vous informer que vous n'avez pas été retenu(e) pour l'audition.
Nous vous informons que vous n'avez pas été déclaré(e) admis(e) au concours : votre nom ne figure ni sur la liste principale ni sur la liste complémentaire.
Nous ne pourrons pas vous proposer d'entretien pour ce poste, les prérequis linguistiques n'étant pas remplis.
Malheureusement, nous ne serons pas en mesure de vous faire une offre.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention et nous reviendrons vers vous sous trois semaines.
Votre dossier est en cours d'examen par le responsable du recrutement.
La date des auditions n'est pas encore arrêtée ; le comité de sélection se réunira début avril pour examiner les dossiers.
""",
        "ack_decision_attente": """
Les entretiens sont terminés et la décision finale est en cours de validation par la direction ; vous aurez une réponse d'ici le 20.
Le poste est en attente de validation budgétaire et aucune proposition ne pourra être faite avant janvier. Nous vous tiendrons informé(e).
Merci pour l'entretien d'hier. Nous rencontrons encore deux personnes cette semaine et reviendrons vers vous ensuite.
""",
        "ack_documents": """
SUBJECT: Tâche terminée : acceptation enregistrée || Votre acceptation a bien été enregistrée. Documents à déposer avant votre arrivée : pièce d'identité, attestation de droits à l'assurance maladie, RIB et justificatif de domicile.
Nous avons bien reçu votre contrat signé. Un exemplaire contresigné vous sera remis lors de votre premier jour.
Vous êtes inscrit(e) sur la liste complémentaire du concours. Cette liste reste valable jusqu'au prochain concours, et vous pourrez être appelé(e) en cas de désistement.
Afin de compléter votre dossier, merci de nous transmettre la copie de vos diplômes et votre dernier bulletin de salaire. Aucune décision n'a encore été prise.
""",
        "oth_alert": """
Nouvelles offres pour vous : « Rejoignez-nous ! » Responsable logistique chez Halvorsen Logistics, Le Havre ; Contrôleur de gestion junior, Lille ; et 5 autres annonces correspondant à votre alerte. Modifier ou supprimer l'alerte.
On recrute ! 9 nouveaux postes près de chez vous cette semaine, de préparateur de commandes à assistante RH. Postulez en un clic.
""",
        "oth_newsletter": """
Les nouvelles de {company} : nos alternants racontent leur première année, nous ouvrons un bureau à Marseille, et notre DRH partage trois conseils pour réussir un entretien vidéo. Envie de nous rejoindre ? Nous recrutons en informatique et en commerce.
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil correspond à une mission que je mène pour un groupe agroalimentaire en région lyonnaise : poste de direction logistique, package 85 à 95 K€. Seriez-vous ouvert(e) à un premier échange confidentiel ?
Hello {first}, désolé pour le message un peu direct ! Je cherche un(e) {role} pour une scale-up parisienne et ton parcours colle plutôt bien. Si tu n'es pas en recherche, n'hésite pas à faire suivre à quelqu'un.
""",
        "oth_divers": """
Conformément à votre demande, votre candidature au poste de {role} a bien été retirée. Vous pouvez postuler à nouveau à tout moment.
Rejoignez-nous le 15 mars pour notre job dating ! Rencontrez nos managers en entretiens flash de 10 minutes, sans rendez-vous, dans nos locaux de Toulouse. L'événement est ouvert à tous.
""",
    },
    "es": {
        "off_incorporacion": """
¡Enhorabuena, {first}! Después de la última entrevista el equipo lo tiene clarísimo: queremos que te incorpores como {role}. ¿Te vendría bien empezar el 1 de septiembre?
SUBJECT: Te damos la bienvenida a {company} || ¡Ya eres parte del equipo! La dirección ha aprobado tu contratación esta mañana y Laura, tu responsable, te escribirá para organizar contigo la primera semana.
Nos complace comunicarle que el proceso de selección para el puesto de {role} ha concluido a su favor. En los próximos días recibirá la documentación necesaria para formalizar su incorporación.
Te confirmo que el comité aprobó tu ingreso. Tu fecha de ingreso sería el lunes 15, con un sueldo mensual bruto de 42,000 pesos más prestaciones superiores a las de ley. Por la tarde te mando la carta con todo el detalle.
¡Quedaste! Hablé recién con Martín y te quieren en el equipo. Te paso por mail los detalles del ingreso y arrancamos.
""",
        "off_contrato": """
Adjuntamos su contrato indefinido a jornada completa, con un salario bruto anual de 36.000 euros en 14 pagas y un periodo de prueba de seis meses. Le rogamos que nos devuelva una copia firmada antes del 20 de junio.
Ya tienes el contrato listo para firmar en la plataforma de firma digital. Recoge todo lo que hablamos: 37,5 horas, jornada intensiva en verano y dos días de teletrabajo.
Para formalizar tu incorporación el próximo 2 de mayo, te enviamos el contrato y los datos para el alta en la Seguridad Social. Pásate por la oficina el viernes y lo firmamos juntos.
""",
        "off_condiciones": """
Te confirmo por escrito lo que acordamos por teléfono: incorporación el 7 de enero, 2.400 euros brutos al mes y un variable trimestral de hasta el 10 %. ¡Estamos deseando tenerte aquí!
""",
        "off_publico": """
SUBJECT: Nombramiento como funcionario en prácticas || Por resolución de la Subsecretaría, publicada en el BOE del 12 de marzo, queda usted nombrado funcionario en prácticas del Cuerpo de Gestión de la Administración Civil del Estado. Dispone de un mes para efectuar la toma de posesión.
La Comisión Nacional del Servicio Civil nos informa que usted ocupó el primer lugar en la lista de elegibles; en consecuencia, la entidad procede a su nombramiento en período de prueba en el cargo de Profesional Universitario, código 2044, grado 08. Cuenta con diez días hábiles para manifestar su aceptación.
""",
        "off_agencia": """
¡Buenas noticias! El cliente me acaba de confirmar que te quieren para la posición. Plantean 55.000 euros más bonus y empezar en cuanto termines el preaviso. ¿Hablamos esta tarde?
Le confirmamos su puesta a disposición en la empresa usuaria como mozo de almacén desde el lunes 3 hasta el 30 de junio, turno de mañana. El contrato ya está disponible en la app para su firma.
""",
        "off_interno": """
Tras el proceso de movilidad interna, la dirección ha decidido que asumas la coordinación del equipo de Valencia a partir del 1 de julio. En el anexo tienes la nueva banda salarial y la adenda a tu contrato.
""",
        "off_practicas": """
¡Enhorabuena! Has conseguido una de las plazas de nuestro programa de prácticas de verano. Empiezas el 1 de julio, son tres meses y la ayuda al estudio es de 800 euros mensuales. Solo falta que nos envíes el convenio firmado por tu universidad.
Nos alegra comunicarte que has obtenido plaza en nuestro programa de FP Dual en Mantenimiento Electromecánico. Empezarás en septiembre, combinando las clases en el instituto con la planta de Zaragoza.
""",
        "off_universidad": """
La comisión de selección ha propuesto su contratación como Profesor Ayudante Doctor en el área de Economía Aplicada. La propuesta se publicará en el tablón del Rectorado y, concluido el plazo de reclamaciones, se procederá a la firma del contrato.
Me alegra decirte que tu candidatura a la plaza postdoctoral del grupo ha sido la elegida. El contrato es de dos años prorrogables y nos gustaría que empezaras en octubre.
""",
        "off_palabra_oferta": """
SUBJECT: Re: lo del jueves || No te hago esperar más: la oferta es tuya si la quieres. En cuanto me digas que sí, te mando los papeles.
Su oferta de empleo está disponible en el portal del candidato y caduca en cinco días hábiles. Puede aceptarla o rechazarla directamente desde allí.
Quisiéramos proponerle formalmente que se sume a nuestro equipo de Santiago como {role}, con contrato indefinido y una renta líquida de 1.800.000 pesos. Le agradeceríamos una respuesta antes del viernes.
""",
        "off_tras_si": """
¡Qué alegría que hayas aceptado! Lo siguiente es el reconocimiento médico; la mutua te llamará para darte cita. El primer día trae el DNI y tu número de cuenta. ¡Te esperamos!
Ahora que aceptaste, necesitamos completar tu estudio socioeconómico y la validación de referencias; un ejecutivo de la empresa verificadora te contactará. Tu ingreso sigue programado para el 1 de agosto.
Hemos recibido respuesta de tus referencias y todo está en orden, así que tu incorporación queda confirmada sin condiciones. Nos vemos el lunes 9 a las 9:00 en la recepción de la calle Alcalá.
Ya es oficial: con tu firma de ayer hemos tramitado el alta y el equipo de Sevilla ya sabe que llegas el día 3. Esa mañana tendrás una sesión de bienvenida con el resto de incorporaciones del mes.
""",
        "inv_llamada": """
Nos ha interesado mucho su perfil y nos gustaría mantener una breve conversación telefónica con usted. ¿Le vendría bien el martes por la mañana?
¿Tienes un rato esta semana para una llamada? Quiero contarte el proyecto y conocerte un poco mejor. Dime qué hueco te va bien.
""",
        "inv_cafe": """
El jueves estoy en Barcelona, ¿te apetece que tomemos un café cerca de Glòries a las 10? Nada formal, solo para conocernos antes de la siguiente fase.
""",
        "inv_video": """
Le invitamos a una entrevista por videollamada el miércoles 22 de mayo a las 16:00 (hora peninsular) con la directora financiera. Encontrará el enlace de Teams más abajo.
Te agendamos una entrevista virtual con el gerente de área para el jueves a las 11:00 hrs, hora del centro. Confírmanos por favor tu asistencia.
""",
        "inv_caso": """
Para la siguiente fase te pediremos que resuelvas un caso práctico sobre la expansión de una cadena de supermercados. Tendrás 48 horas para prepararlo y lo presentarás ante dos socios durante media hora.
""",
        "inv_prueba_online": """
SUBJECT: Prueba online: plazo hasta el domingo || Como siguiente paso del proceso, le invitamos a realizar una prueba de aptitudes online de unos 50 minutos. El enlace estará activo hasta el domingo a las 23:59.
Te mando el enlace a la prueba técnica. Tienes cinco días para hacerla y, una vez que la abras, dispones de dos horas.
""",
        "inv_assessment": """
Ha sido seleccionado para participar en nuestro assessment center, que tendrá lugar el 10 de octubre en nuestras oficinas de Madrid de 9:00 a 17:00. Incluye dinámicas de grupo, un role play y una entrevista individual.
""",
        "inv_jornada_prueba": """
¿Podrías venir a hacer una jornada de prueba el sábado en el restaurante? Sería de 12 a 17 h, remunerada. Trae ropa cómoda.
Nos gustaría que vengas un día a la planta a ver cómo trabajamos y a hacer una prueba práctica con el jefe de mantenimiento. ¿Te queda bien el miércoles a las 8?
""",
        "inv_equipo": """
Como última etapa, nos gustaría que conocieras al equipo en una comida informal el viernes. Será una buena ocasión para hacer preguntas y ver el ambiente de primera mano.
Nuestro director general desearía conocerle en persona en Bogotá. ¿Podría viajar el 14 o el 15 de noviembre? Nosotros nos encargamos de los vuelos y el hotel.
""",
        "inv_horario": """
Le rogamos que seleccione el horario que más le convenga para la segunda entrevista a través del siguiente enlace. Hay disponibilidad del 2 al 6 de junio.
Reserva directamente la hora que prefieras en mi calendario con este enlace; son 30 minutos por videollamada.
""",
        "inv_cambio": """
Lamentablemente tengo que cambiar la entrevista del lunes por un viaje imprevisto. ¿Le iría bien el miércoles a la misma hora o el jueves a las 12?
Hecho: he movido la entrevista al martes 17 a las 10:30. Te llegará la invitación actualizada en unos minutos.
""",
        "inv_formal": """
Se le convoca a la realización del segundo ejercicio de la oposición, que tendrá lugar el 3 de junio a las 10:00 en la Facultad de Derecho, aula 5. Deberá presentar el DNI original.
La comisión le cita para la defensa del proyecto docente e investigador el 20 de febrero a las 11:00 en la sala de juntas del departamento.
¡El cliente quiere conocerte! La entrevista sería el viernes a las 9:30 en sus oficinas de Polanco; antes te llamo para prepararla juntos.
Queremos seguir conociéndote en una segunda entrevista presencial en nuestras oficinas de Málaga, con el responsable técnico y con recursos humanos. Calcula una hora y media.
""",
        "rej_otra_persona": """
Tras valorar todas las candidaturas, hemos hecho una oferta a otra persona, que ya la ha aceptado.
El puesto ya ha sido cubierto por un candidato cuyo perfil se ajustaba más a lo que buscamos en este momento.
Estuvo muy reñido hasta el final, pero nos hemos decantado por la otra finalista.
Che {first}, te cuento que esta vez no se dio: eligieron a otra persona con más años en el rubro.
""",
        "rej_seguir_adelante": """
Hemos decidido seguir adelante con otros candidatos.
Aunque tu perfil es muy interesante, no vamos a continuar con tu candidatura.
Te lo digo sin rodeos: vamos a avanzar con alguien que ya tiene experiencia en retail, y eso ha pesado mucho.
""",
        "rej_retirada": """
Lamento muchísimo tener que escribirte esto: debido a la congelación de contrataciones que anunció ayer la dirección, nos vemos obligados a retirar la oferta que te hicimos el 4 de marzo.
El resultado de la verificación de antecedentes no nos permite continuar, por lo que la propuesta de contratación de fecha 18 de enero queda sin efecto.
SUBJECT: Tu incorporación || Por una reestructuración del departamento, el puesto que aceptaste ha desaparecido y no podremos formalizar tu contratación. Sentimos mucho el trastorno que esto te causa.
""",
        "rej_tras_fase": """
Gracias por el tiempo dedicado a las entrevistas. Lamentamos comunicarle que su candidatura no ha resultado seleccionada en esta última fase.
La puntuación obtenida en la prueba técnica no alcanza el mínimo necesario para continuar en el proceso.
Gracias por venir el sábado. Lo hemos pensado bien y no vamos a seguir adelante: necesitamos a alguien con más rodaje en barra.
Tras el assessment center, lamentamos informarle de que no ha superado la fase de evaluación.
El cliente me ha dicho que no sigue con tu candidatura; finalmente va a promocionar a alguien de dentro.
""",
        "rej_otros": """
Le informamos de que el proceso de selección para el puesto de {role} ha quedado cancelado.
Este año hemos recibido más de 5.000 solicitudes para 80 plazas de prácticas y, lamentablemente, no podemos ofrecerte una.
Según la relación definitiva de aprobados, usted no ha superado el proceso selectivo.
La comisión ha resuelto proponer a otro candidato para la plaza; le agradecemos su participación.
Lamentablemente, esta vez no vamos a poder hacerte una oferta.
No te vamos a convocar a entrevista porque buscamos un perfil con inglés C1 acreditado.
""",
        "ack_recibida": """
Hemos recibido tu candidatura para {role}. El equipo la revisará y te contestaremos en un plazo máximo de 15 días.
Su candidatura se encuentra en fase de revisión.
Las fechas de las entrevistas aún no están cerradas; si pasas el primer filtro, te escribiremos.
""",
        "ack_pendiente": """
Ya hemos terminado las entrevistas y la decisión está pendiente de la aprobación de dirección; contamos con darte una respuesta la semana que viene.
Seguimos esperando la aprobación del presupuesto antes de poder hacer ninguna oferta. Te mantendré al tanto.
Gracias por la entrevista de ayer. Aún nos quedan dos candidatos por ver y, en cuanto terminemos, te decimos algo.
""",
        "ack_tramites": """
SUBJECT: Tarea completada: aceptación registrada || Hemos registrado tu aceptación. Tareas pendientes antes de tu incorporación: subir copia del DNI, número de la Seguridad Social y certificado de titularidad bancaria.
Confirmamos la recepción de tu contrato firmado. El primer día te entregaremos tu copia firmada por la empresa.
Su nombre ha quedado incluido en la bolsa de trabajo de la categoría. Se le llamará por orden de puntuación cuando surjan necesidades.
Para completar tu expediente necesitamos copia de tu título y tu informe de vida laboral. Esto no supone ninguna decisión sobre tu candidatura.
""",
        "oth_alert": """
Nuevas ofertas para ti: «¡Únete a nuestro equipo!» Ingeniero de Software en Grupo Solanes, Madrid; Analista de datos junior, Sevilla; y 7 ofertas más que coinciden con tu alerta. Gestionar alertas.
¡Estamos contratando! 11 vacantes nuevas cerca de ti esta semana, desde técnico de mantenimiento hasta administrativo contable. Postúlate en un clic.
""",
        "oth_newsletter": """
Novedades de {company}: conoce a nuestra nueva promoción de becarios, abrimos oficina en Bilbao y nuestra responsable de talento te da cinco claves para tu próxima entrevista. ¿Te unes? Buscamos perfiles de tecnología y ventas.
""",
        "oth_cold": """
Me pongo en contacto con usted porque estoy llevando un proceso confidencial para una multinacional del sector asegurador en Madrid: dirección financiera, banda de 90.000 a 100.000 euros. ¿Le interesaría que habláramos?
Hola {first}, perdona que te escriba sin conocernos. Busco un {role} para una startup de Barcelona y tu perfil encaja bastante. Si ahora no estás buscando, no pasa nada; puedes reenviárselo a quien creas.
""",
        "oth_varios": """
Hemos tramitado tu solicitud de retirada de la candidatura a {role}. Puedes volver a inscribirte cuando quieras.
Te invitamos a nuestra feria de empleo del 22 de abril en el Palacio de Congresos: charlas, talleres de CV y stands de más de 40 empresas. La entrada es libre con inscripción previa.
""",
    },
    "pt": {
        "off_aprovacao": """
Temos a alegria de comunicar que você foi aprovado(a) no processo seletivo para a vaga de {role}! Nossa equipe de Departamento Pessoal vai entrar em contato para dar início à sua admissão.
SUBJECT: Bem-vindo(a) à {company}! || Seja muito bem-vindo(a)! A diretoria aprovou sua contratação hoje de manhã, e a Fernanda, sua gestora, vai te procurar para alinhar a primeira semana.
Boas notícias: ficaste com o lugar! A equipa adorou-te e a administração já deu luz verde. Ligo-te amanhã para combinarmos tudo.
Na sequência da entrevista final, é com grande satisfação que lhe comunicamos a decisão de o(a) integrar na nossa equipa como {role}, com início a 1 de setembro.
Deu certo! O time escolheu você. Daqui a pouco mando por e-mail os próximos passos.
""",
        "off_contrato": """
Segue em anexo o seu contrato de trabalho sem termo, com remuneração base mensal de 1.850 euros em 14 prestações e subsídio de refeição em cartão. Agradecemos a devolução de um exemplar assinado até dia 20.
Seu contrato já está disponível para assinatura eletrônica. Ele reflete o que combinamos: regime CLT, 40 horas semanais, salário de R$ 9.500 e vale-refeição de R$ 1.100.
Com a sua contratação confirmada, vamos formalizar tudo: envie até sexta os documentos da lista anexa e agende o exame admissional na clínica indicada.
""",
        "off_condicoes": """
Confirmando por escrito o que conversamos por telefone: início em 3 de fevereiro, salário de R$ 12.000 (CLT), PLR de até dois salários e plano de saúde extensivo a dependentes. Estamos muito felizes com a sua chegada!
""",
        "off_publico": """
SUBJECT: Nomeação: Concurso Público, Edital nº 02/2023 || Comunicamos que foi publicada no Diário Oficial do Município de 14/03 a portaria de sua nomeação para o cargo de {role}. Conforme o edital, você dispõe de 30 dias para tomar posse.
Informamos que, em resultado da lista de ordenação final homologada, foi V. Ex.ª selecionado(a) para ocupar o posto de trabalho de técnico superior, pelo que será celebrado contrato de trabalho em funções públicas por tempo indeterminado. Solicitamos a sua comparência nos serviços no dia 2 de maio.
""",
        "off_consultoria": """
Boa notícia, {first}: o cliente acabou de me ligar e eles querem você! Estão propondo R$ 15 mil mais bônus anual, com início assim que você cumprir o aviso prévio. Me liga quando puder?
O nosso cliente confirmou a sua colocação no projeto em Lisboa: seis meses renováveis, a começar no dia 10. Envio-lhe ainda hoje o contrato para assinatura.
""",
        "off_interno": """
No processo de recrutamento interno, você foi escolhido(a) para assumir a coordenação da equipe de Curitiba a partir de 1º de julho. A nova faixa salarial e o aditivo contratual estão em anexo.
""",
        "off_estagio": """
Parabéns! Você foi aprovado(a) no nosso Programa de Estágio 2025. O estágio começa em 3 de março, com bolsa de R$ 2.200, vale-transporte e recesso remunerado. Só precisamos do termo de compromisso assinado pela sua faculdade.
Sua vaga no programa Jovem Aprendiz está garantida! As atividades começam em agosto, com um dia por semana de curso no SENAI.
É com gosto que lhe comunicamos que foi aceite para o Estágio Profissional no nosso departamento financeiro, com início a 1 de outubro e duração de nove meses.
""",
        "off_universidade": """
O júri do concurso deliberou, por unanimidade, ordená-lo(a) em primeiro lugar para o lugar de Professor(a) Auxiliar em Engenharia Informática. Após homologação pelo Reitor, será contactado(a) para a celebração do contrato.
Tenho o prazer de informar que a sua candidatura à bolsa de investigação foi aprovada. A bolsa tem a duração de 12 meses e pode começar já em janeiro.
""",
        "off_palavra_proposta": """
SUBJECT: Re: nossa conversa de quinta || Não vou te deixar esperando mais: a vaga é sua, se você quiser. A proposta formal segue assim que você me der o ok.
Sua proposta de contratação está disponível no portal do candidato e expira em cinco dias úteis. Você pode aceitá-la ou recusá-la diretamente por lá.
Gostaríamos de lhe apresentar formalmente a nossa proposta para integrar a equipa de Braga como {role}, com contrato a termo certo de 12 meses. Pedimos resposta até sexta-feira.
""",
        "off_depois_do_sim": """
Que bom que você aceitou! O próximo passo é o exame admissional: a clínica vai entrar em contato para agendar. No primeiro dia, traga RG, CPF e a carteira de trabalho digital. Bem-vindo(a) ao time!
Agora que você disse sim, já pedimos o seu notebook e o crachá. A integração será na segunda, dia 6, às 9h, na recepção da Av. Paulista.
As referências que nos indicou foram confirmadas e está tudo em ordem, pelo que a sua admissão fica agora confirmada sem reservas. Até dia 2!
""",
        "inv_conversa": """
Gostamos muito do seu perfil e gostaríamos de marcar uma conversa por telefone de cerca de 20 minutos. Teria disponibilidade na terça ou na quarta à tarde?
Oi {first}! Topa um bate-papo rápido essa semana? Queria te contar mais sobre o time e entender o que você procura.
""",
        "inv_cafe": """
Vou estar no Porto na quinta; apetece-te tomar um café comigo perto da Trindade, por volta das 10h? Nada formal, é só para nos conhecermos.
""",
        "inv_video": """
Convidamos você para uma entrevista por vídeo com a nossa gerente de produto na quarta-feira, 15/05, às 14h (horário de Brasília). O link do Google Meet está abaixo.
Vimos convidá-lo(a) para uma entrevista por videoconferência na próxima segunda-feira, às 11h00. Agradecemos que confirme a sua disponibilidade.
""",
        "inv_case": """
Na próxima etapa, você vai receber um case de negócios sobre a expansão de uma rede de farmácias. Terá dois dias para preparar e vai apresentar em 30 minutos para a diretoria.
""",
        "inv_teste": """
SUBJECT: Teste online: prazo até domingo || Como próxima fase do processo, pedimos que realize a avaliação online de raciocínio lógico e inglês. Ela dura cerca de 40 minutos e o link expira no domingo às 23h59.
Segue o link do desafio técnico. Você tem uma semana para entregar e pode usar a linguagem que preferir.
""",
        "inv_dinamica": """
Você foi selecionado(a) para a dinâmica de grupo, que acontecerá no dia 12/09 às 8h30 no nosso escritório de Campinas. Chegue com 15 minutos de antecedência e traga um documento com foto.
""",
        "inv_dia_experiencia": """
Você pode vir fazer um dia de experiência na loja no sábado, das 10h às 16h? A diária é paga.
Gostaríamos que viesse passar uma manhã connosco na oficina para uma prova prática com o chefe de equipa. Quarta às 8h30 dá-lhe jeito?
""",
        "inv_time": """
Como última etapa, queremos que você conheça o time num almoço informal na sexta. É a chance de tirar dúvidas com quem vai trabalhar com você.
O nosso CEO gostaria de conhecê-lo(a) pessoalmente em Lisboa. Conseguiria deslocar-se no dia 9 ou 10 de outubro? As despesas de viagem ficam por nossa conta.
""",
        "inv_horario": """
Por favor, escolha o horário que preferir para a segunda entrevista pelo link abaixo. Há horários disponíveis entre 3 e 7 de junho.
Marca direto um horário na minha agenda por este link; são uns 30 minutinhos por vídeo.
""",
        "inv_remarcacao": """
Peço desculpas, mas precisarei remarcar nossa entrevista de segunda por um imprevisto. Quarta no mesmo horário ou quinta às 11h funcionariam para você?
Sem problema, a entrevista passou para terça-feira, dia 15, às 15h. O convite atualizado já seguiu.
""",
        "inv_formal": """
Fica V. Ex.ª convocado(a) para a entrevista profissional de seleção, a realizar no dia 20 de maio, pelas 10h30, no edifício dos Paços do Concelho. Deverá fazer-se acompanhar do cartão de cidadão.
A comissão julgadora convoca o(a) candidato(a) para a prova didática do concurso no dia 3 de abril, às 9h, na sala 204 do Instituto de Química. O sorteio do ponto será realizado 24 horas antes.
O cliente quer te conhecer! A entrevista é sexta às 9h30 no escritório deles na Faria Lima; antes disso te ligo para a gente preparar.
Queremos continuar a conversa numa segunda entrevista presencial, no nosso escritório do Recife, com o diretor técnico e o RH. Reserve cerca de uma hora e meia.
""",
        "rej_outra_pessoa": """
Após avaliar todos os finalistas, fizemos uma proposta a outra pessoa, que já a aceitou.
A vaga já foi preenchida por um candidato cujo perfil está mais alinhado ao que precisamos neste momento.
Foi muito disputado até o fim, mas acabamos optando pela outra finalista.
Oi {first}, infelizmente não rolou dessa vez. O gestor preferiu alguém mais sênior.
""",
        "rej_seguir_em_frente": """
Decidimos seguir em frente com outros candidatos.
Apesar de seu perfil ser muito interessante, não daremos continuidade à sua candidatura.
Vou ser direto contigo: avançámos com alguém que já tem experiência em banca, e isso pesou bastante.
""",
        "rej_proposta_retirada": """
Sinto muito ter que escrever isto: com o congelamento de contratações anunciado ontem, precisamos retirar a proposta que fizemos a você em 5 de abril.
Como a checagem de antecedentes não foi concluída de forma satisfatória, a proposta de emprego enviada em 12/02 fica sem efeito.
SUBJECT: Sua admissão || Devido a uma reestruturação da área, a posição que você aceitou foi extinta e não poderemos concluir sua admissão. Pedimos sinceras desculpas pelo transtorno.
""",
        "rej_apos_etapa": """
Obrigado pelo tempo dedicado às entrevistas. Infelizmente, você não foi selecionado(a) nesta etapa final.
Sua pontuação no teste online ficou abaixo do mínimo exigido para avançar.
Obrigada por ter vindo no sábado. Pensamos bem e não vamos seguir juntos: precisamos de alguém com mais experiência no caixa.
Após a dinâmica de grupo, informamos que você não foi aprovado(a) para a próxima fase.
O cliente decidiu não seguir com o seu nome; vão promover alguém internamente.
""",
        "rej_outros": """
Informamos que o processo seletivo para {role} foi cancelado por decisão da diretoria.
Recebemos mais de 6 mil inscrições para 50 vagas e, infelizmente, não conseguiremos oferecer uma vaga a você neste ano.
Na lista de ordenação final homologada, V. Ex.ª ficou excluído(a) por não ter obtido a classificação mínima na prova de conhecimentos.
O júri deliberou ordenar outro candidato em primeiro lugar; agradecemos a sua participação no concurso.
Infelizmente, não vamos conseguir te fazer uma proposta desta vez.
Não vamos te chamar para entrevista, pois buscamos alguém com inglês fluente comprovado.
""",
        "ack_recebida": """
Recebemos sua candidatura para {role}! Nosso time vai analisar com carinho e você terá um retorno em até 15 dias.
A sua candidatura encontra-se em análise. Entraremos em contacto assim que houver novidades.
As datas das entrevistas ainda não foram definidas; se você passar na triagem, avisaremos por e-mail.
""",
        "ack_aguardando": """
As entrevistas já terminaram e a decisão final está com a diretoria; devemos ter uma resposta até sexta-feira.
Ainda aguardamos a aprovação do headcount para poder fazer qualquer proposta. Assim que tiver novidades, te aviso.
Obrigado pela entrevista de ontem. Ainda vamos conversar com mais dois candidatos e depois voltamos a falar com você.
""",
        "ack_documentos": """
SUBJECT: Tarefa concluída: aceite registrado || Seu aceite foi registrado. Pendências antes da admissão: enviar foto 3x4, comprovante de residência, número do PIS e dados bancários.
Confirmamos o recebimento do seu contrato assinado. A via assinada pela empresa será entregue no seu primeiro dia.
Você foi incluído(a) no cadastro reserva do processo seletivo. Caso surja uma vaga durante a validade do processo, entraremos em contato.
Para completarmos seu cadastro, pedimos cópia do diploma e do histórico escolar. Isso não significa que já houve uma decisão sobre sua candidatura.
""",
        "oth_alert": """
Novas vagas para você: "Venha fazer parte do nosso time!" Analista Financeiro na Verdemar Tecnologia, São Paulo; Assistente de RH, Belo Horizonte; e mais 6 vagas do seu alerta. Gerenciar alertas.
Estamos contratando! 10 novas vagas perto de você nesta semana, de operador de empilhadeira a analista de marketing. Candidate-se com um clique.
""",
        "oth_newsletter": """
Novidades da {company}: conheça a nova turma de trainees, inauguramos um escritório em Fortaleza e a nossa head de pessoas dá cinco dicas para a sua próxima entrevista. Vem com a gente: temos vagas em tecnologia e vendas.
""",
        "oth_cold": """
Estou conduzindo um processo confidencial para uma seguradora multinacional em São Paulo, posição de gerência financeira com remuneração entre R$ 25 e 30 mil. Você teria interesse em conversar?
Olá {first}, desculpe a abordagem direta! Procuro um(a) {role} para uma scale-up em Lisboa e o seu percurso encaixa bastante bem. Se não estiver à procura, pode reencaminhar a quem achar que se interessa.
""",
        "oth_diversos": """
Conforme solicitado, retiramos sua candidatura para a vaga de {role}. Você pode se candidatar novamente quando quiser.
Participe da nossa Semana de Carreiras de 20 a 24 de maio: palestras, oficinas de currículo e bate-papo com recrutadores. Evento gratuito e aberto ao público, com inscrição prévia.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear {first} Rivera,",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks again for applying for the {role} role.",
            "Thank you for the time you've invested in our process so far.",
            "Many thanks for your application to {company}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with whatever comes next.",
            "I hope our paths cross again, and I wish you all the best.",
            "We'd be glad to hear from you again when another suitable role opens.",
        ],
        "marketing": [
            "At {company}, we move more than 40,000 pallets a day across nine countries, and we believe the people behind that flow matter more than the trucks.",
            "{company} helps retailers and hospitals turn messy data into decisions. We're 300 people across London, Dublin and Lisbon, and proud of a culture where questions are welcome.",
            "Since 1998, {company} has grown from a single bakery into one of the UK's best-loved food makers, and we still make everything with the same care.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition, {company}",
            "Cheers,\n{sender}",
            "Warm wishes,\n{sender}\nPeople Team",
            "Yours sincerely,\n{sender}\nHR Services",
        ],
        "footer": [
            "This message was sent from an unmonitored mailbox. Please do not reply directly.",
            "You are receiving this email because you applied for a role at {company}. Manage your candidate preferences or unsubscribe in your profile.",
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
            "{company} is an equal opportunity employer. We process your data in line with our candidate privacy notice.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}: update",
            "Application update",
            "Re: {role} application",
            "Your application to {company}",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "Invitation to interview: {role}",
            "Let's talk: {role} at {company}",
            "Scheduling your next stage",
            "Interview for {role}",
        ],
        "subject_off": [
            "Great news from {company}",
            "{role}: the next chapter",
            "Your new role at {company}",
            "Welcome to {company}",
            "Good news!",
        ],
        "subject_oth": [
            "Jobs you might like",
            "News from {company}",
            "A role you may find interesting",
            "Your candidate account",
            "This week at {company} Careers",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Liebe:r {first},",
            "Sehr geehrte:r {first} Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company}.",
            "danke nochmal für deine Bewerbung als {role}.",
            "herzlichen Dank für die Zeit, die Sie in unser Auswahlverfahren investiert haben.",
            "wir bedanken uns für Ihre Bewerbung bei {company}.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Ich drücke dir die Daumen für die weitere Suche!",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bei uns bewerben.",
            "Alles Gute für Ihren weiteren Weg.",
        ],
        "marketing": [
            "Seit über 70 Jahren steht {company} für Präzision aus Nordhessen. Mit rund 1.200 Beschäftigten an vier Standorten entwickeln wir Antriebstechnik, die weltweit im Einsatz ist.",
            "{company} versorgt mehr als 300.000 Haushalte mit Ökostrom. Bei uns arbeiten Menschen, die die Energiewende nicht nur diskutieren, sondern umsetzen.",
            "Flache Hierarchien, echte Verantwortung vom ersten Tag an und ein Team, das Fehler als Lernchance sieht: Das ist {company}.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}\nPersonalabteilung, {company}",
            "Liebe Grüße aus dem Team\n{sender}",
            "Freundliche Grüße\n{sender}\nHR Recruiting",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company}, Sitz der Gesellschaft: Kassel, Registergericht: Amtsgericht Kassel, Geschäftsführung: Dr. Ines Kessler, Thomas Vogt.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Diese Nachricht ist vertraulich. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie die E-Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu deiner Bewerbung",
            "Stand Ihrer Bewerbung",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächster Schritt: {role}",
            "Terminvorschlag für unser Gespräch",
            "Kennenlernen bei {company}",
            "Ihr Termin bei {company}",
        ],
        "subject_off": [
            "Gute Nachrichten von {company}",
            "Willkommen bei {company}",
            "Deine neue Stelle als {role}",
            "Ihre Einstellung bei {company}",
            "Es ist so weit!",
        ],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Karriere-News von {company}",
            "Interessante Position für Sie",
            "Ihr Bewerberkonto",
            "Einladung zum Karriereabend",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Cher/Chère {first},",
            "Salut {first},",
            "Madame, Monsieur,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci encore pour ta candidature au poste de {role}.",
            "Merci pour le temps que vous avez consacré à notre processus de recrutement.",
            "Nous vous remercions pour votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Je te souhaite plein de belles choses pour la suite !",
            "Nous conservons votre dossier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.",
            "Bonne continuation dans votre projet professionnel.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne les PME françaises dans leur transformation. Nos 450 consultants interviennent de Lille à Marseille avec une conviction : l'humain d'abord.",
            "Maison fondée à Lyon, {company} conçoit des pièces de maroquinerie vendues dans 30 pays et forme chaque année une vingtaine d'apprentis dans ses ateliers.",
            "Chez {company}, nous croyons qu'une logistique plus sobre est possible. Rejoindre nos équipes, c'est participer concrètement à la décarbonation du transport.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\nService Recrutement, {company}",
            "À très vite,\n{sender}",
            "Je vous prie d'agréer l'expression de mes salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer, écrivez à dpo@clairval-conseil.example.",
            "{company}, SAS au capital de 250 000 €, RCS Lyon 812 345 678.",
            "Ce courriel et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite à votre candidature",
            "RE : Candidature {role}",
            "Point sur ta candidature",
        ],
        "subject_inv": [
            "Invitation à un entretien",
            "Prochaine étape : {role}",
            "Convocation",
            "Rencontre avec {company}",
            "Proposition de rendez-vous",
        ],
        "subject_off": [
            "Bonne nouvelle de la part de {company}",
            "Bienvenue chez {company}",
            "Ton arrivée chez {company}",
            "Votre recrutement : {role}",
            "C'est officiel !",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "La lettre carrières de {company}",
            "Une opportunité qui pourrait vous intéresser",
            "Votre espace candidat",
            "Invitation : job dating",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Estimado/a Sr./Sra. Rivera:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en el puesto de {role}.",
            "Muchas gracias por el tiempo que has dedicado a nuestro proceso.",
            "Agradecemos sinceramente su candidatura.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda profesional.",
            "¡Mucha suerte en lo que venga!",
            "Conservaremos tu CV por si surge una vacante que encaje con tu perfil.",
            "Te deseamos lo mejor en tus próximos pasos.",
        ],
        "marketing": [
            "En {company} llevamos más de 50 años llevando fruta fresca del campo a la mesa. Hoy somos 2.000 personas en España, México y Colombia.",
            "{company} protege a más de un millón de familias. Creemos en un seguro más cercano, y eso empieza por cuidar a quienes trabajan con nosotros.",
            "Somos {company}: ingeniería española con proyectos en cuatro continentes, equipos diversos y un plan de formación continua para todo el personal.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Saludos cordiales,\n{sender}\nTalento, {company}",
            "¡Un abrazo!\n{sender}",
            "Quedo a su disposición.\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "De acuerdo con el RGPD y la LOPDGDD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@gruposolanes.example.",
            "Este correo y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
            "{company} promueve la igualdad de oportunidades en todos sus procesos de selección.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Proceso de selección: {role}",
            "Actualización de tu candidatura",
            "RE: Candidatura {role}",
            "Su candidatura en {company}",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Siguiente paso: {role}",
            "Convocatoria",
            "¿Hablamos? {role} en {company}",
            "Tu entrevista en {company}",
        ],
        "subject_off": [
            "Buenas noticias de {company}",
            "Bienvenida a {company}",
            "Tu incorporación a {company}",
            "{role}: ¡adelante!",
            "¡Es oficial!",
        ],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Novedades de {company}",
            "Una oportunidad que podría interesarte",
            "Tu cuenta de candidato",
            "Feria de empleo: te esperamos",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Oi {first},",
            "Caro(a) {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado mais uma vez por se candidatar à vaga de {role}.",
            "Muito obrigado pelo tempo que você dedicou ao nosso processo.",
            "Agradecemos a sua candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória profissional.",
            "Boa sorte nos próximos passos!",
            "Manteremos o seu currículo no nosso banco de talentos para futuras oportunidades.",
            "Votos de felicidades e de sucesso profissional.",
        ],
        "marketing": [
            "A {company} nasceu em Campinas em 2009 e hoje leva tecnologia a mais de 4 mil pequenos varejistas no Brasil. Aqui, cada pessoa faz diferença.",
            "Há mais de 60 anos, a {company} projeta pontes, hospitais e escolas em Portugal e em Angola, com equipas que crescem connosco.",
            "Na {company}, acreditamos em diversidade, autonomia e aprendizado contínuo. Fomos eleitos um dos melhores lugares para trabalhar em 2024.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Um abraço,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Abs,\n{sender}\nTime de Talentos",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Seus dados pessoais são tratados de acordo com a LGPD. Para mais informações, consulte nossa política de privacidade para candidatos.",
            "Esta mensagem e os seus anexos são confidenciais. Se a recebeu por engano, informe o remetente e elimine-a.",
            "{company}, CNPJ 12.345.678/0001-90.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo: {role}",
            "Atualização da sua candidatura",
            "RE: Candidatura {role}",
            "A sua candidatura na {company}",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Próxima etapa: {role}",
            "Convocatória",
            "Vamos conversar? {role}",
            "Sua entrevista na {company}",
        ],
        "subject_off": [
            "Boas notícias da {company}",
            "Bem-vindo(a) à {company}",
            "Sua contratação: {role}",
            "A sua admissão na {company}",
            "É oficial!",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Novidades da {company}",
            "Uma oportunidade que pode te interessar",
            "Sua conta de candidato",
            "Semana de Carreiras: inscreva-se",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check in on the {role} process and see whether there's any news on your side.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your patience. The team is meeting this week and I'll be back in touch as soon as I can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zur Stelle als {role} schon Neuigkeiten gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage! Wir sprechen diese Woche im Team darüber und melden uns dann bei dir.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet du poste de {role}. Avez-vous des nouvelles ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre patience. Le comité se réunit cette semaine, je reviens vers vous rapidement.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntarte si hay novedades sobre el proceso de {role}.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. Esta semana lo vemos con el equipo y te digo algo en cuanto pueda.\n{sender}\n",
    "pt": "Olá, {sender_first},\nGostaria de saber se já há novidades sobre o processo para {role}.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela paciência. O time se reúne esta semana e te dou retorno assim que possível.\n{sender}\n",
}
