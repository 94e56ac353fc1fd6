# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 15 held-out mail passages, written blind by an independent evaluator.

Covers en (UK, US, Ireland, India, Australia, South Africa), de (Germany, Austria,
Switzerland; Sie and du; gender-inclusive spellings), fr (France, Belgium, Switzerland,
Quebec, Morocco), es (Spain, Mexico, Peru, Uruguay, Colombia) and pt (Brazil, Portugal,
Angola). Sectors: agriculture and food production, fashion and luxury, sports clubs and
fitness chains, real estate and property management, ports and shipping, aerospace
suppliers, charities and foundations, cybersecurity, accounting and audit, research
institutes, travel and tour operators, cooperatives and credit unions, veterinary and
dental clinics, regional public transport.

Families (same keys in every language): rejections after applying, after a screening
call, after interviews and after assessments; role filled, withdrawn/cancelled/frozen,
given to an internal candidate; formal public-sector notices; two-line rejections;
decisions buried after a marketing paragraph or inside a reply to the candidate's
question; rejections with feedback or a talent pool; decisions said without stock
phrases. Acknowledgements: receipts, status updates, delays, receipts with rules
("only shortlisted candidates", "if you don't hear within three weeks", "we cannot reply
to each"), receipts that borrow rejection vocabulary without deciding anything, requests
for missing documents. Interview invitations with and without the word (call, chat,
slots, video meeting, assessment day, getting to know each other). Offers with and
without the word. Other: job alerts, newsletters, recruiter cold outreach, event
invitations, account notices, surveys, confirmation of the candidate's own withdrawal.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowfield Agri Foods",
    "Maison Verlaine",
    "Nordkai Hafenlogistik",
    "Castellan Property Group",
    "Aerotec Componentes",
    "Fundación Alba Solidaria",
    "Ironclad Cyber",
    "Baird & Nkosi Chartered Accountants",
    "Instituto Serra de Pesquisa",
    "Sunward Travel",
    "Cooperativa Vale Unido",
    "Regionalverkehr Oberland",
)

ROLES: tuple[str, ...] = (
    "Junior Data Analyst",
    "Operations Coordinator",
    "Audit Associate",
    "Security Analyst (SOC)",
    "Property Manager",
    "Supply Chain Planner",
    "Marketing Specialist",
    "Research Assistant",
    "Customer Experience Lead",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "careers@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Fiona Gallagher", "fiona.gallagher@{domain}"),
    ("Sanjay Mehra", "sanjay.mehra@{domain}"),
    ("Lena Hofbauer", "l.hofbauer@{domain}"),
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Lucía Paredes", "seleccion@{domain}"),
    ("Rafaela Nogueira", "rh@{domain}"),
    ("HR Portal", "noreply@mail.hirestream-ats.example"),
    ("Careers", "no-reply@apply.talentfolio.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_apply": """
We have now reviewed your application for the {role} position. On this occasion we will not be taking it further, as other applicants more closely matched what the team needs right now.
After looking carefully at your CV and cover letter, we've decided not to invite you to the next stage for {role}. We received over 300 applications for this vacancy at our Felixstowe terminal, so competition was very strong.
Having assessed your profile against the requirements of the {role} role at our Pune office, we regret that we are unable to shortlist you for this position.
SUBJECT: Update on your application – {role} || Your application for {role} has been reviewed by the hiring team. Unfortunately it has not been successful this time, and it has now been closed in our system.
""",
        "rej_after_screen": """
Thanks for making time for the phone call with me on Tuesday. I've spoken with the hiring manager and we won't be moving you forward to the panel stage – the role needs more hands-on cold-chain logistics experience than came through in our conversation.
Following your screening call for {role}, we've decided to progress with candidates whose experience with SIEM tooling is more extensive. I appreciated how open you were on the call and I'm sorry it isn't better news.
It was good to chat last week. Having compared all the first-round calls, we've decided your application won't go on to the next round.
""",
        "rej_after_interview": """
Thank you for coming in to meet Harriet and me at the Leith office. We enjoyed the conversation, but after a lot of discussion we have offered the position to another candidate whose audit background in the charity sector was a closer fit.
I wanted to let you know personally that we won't be offering you the {role} role. The panel were impressed by your presentation on the Dublin–Holyhead freight figures, but the final decision came down to direct experience with port community systems.
After your second-round interview, the panel met on Friday to make a decision. I'm sorry to say we have decided to appoint someone else.
Thank you for the time you gave us across three interviews. It was a close call, and I know that's little consolation, but we have chosen to go with a candidate who can start in early March.
SUBJECT: Your interview with {company} || Having completed all interviews for {role}, we have now made our decision and I'm afraid you have not been selected on this occasion.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment for our graduate programme. Your results did not meet the threshold required to progress to the video interview stage, so we will not be continuing with your application this year.
We have reviewed the outcome of the assessment centre in Johannesburg. Although you contributed well in the group exercise, your overall score fell short of the other candidates' and we won't be able to offer you a place on the 2025 trainee intake.
Many thanks for submitting the take-home case study. The reviewers felt it didn't go deep enough into the threat modelling part, and as a result we're not progressing your application.
""",
        "rej_role_filled": """
We wanted to let you know that the {role} vacancy has now been filled. Because of this we are unable to progress your application any further.
The position you applied for was filled shortly before your application reached us, so we won't be considering it further.
Just a quick note to say we've now appointed to the {role} post at our Cork practice. Thanks again for putting yourself forward.
""",
        "rej_role_gone": """
Following a review of our budget for the coming year, the {role} vacancy has been withdrawn and we will not be recruiting for it. This means we are closing all applications, including yours.
I'm writing to let you know that we've put a hiring freeze in place across the Brisbane and Gold Coast branches until further notice. As a result, the {role} process has been stopped and your application won't proceed.
Unfortunately the {role} position has been cancelled after a restructure of our aerostructures programme. We know you invested time in the process and we're sorry we can't take it further.
The client has decided not to go ahead with the role after all, so I'm closing the search on my side. I'm sorry – I know you were keen on this one.
""",
        "rej_internal": """
We have decided to fill the {role} position with an internal candidate from our Sheffield depot. This means we will not be taking external applications forward for this vacancy.
After the first round we learned that a colleague from our Bengaluru team had also applied, and we have offered the role to them. Your application is therefore closed.
The vacancy has been filled through an internal transfer, so we won't be proceeding with external candidates on this occasion.
""",
        "rej_public_formal": """
SUBJECT: Recruitment reference TRN/2025/118 – outcome || I refer to your application for the post of {role} (reference TRN/2025/118). I regret to inform you that, following the shortlisting exercise carried out by the selection board, you have not been shortlisted for interview. The board's decision is final.
Your application for the above competition was assessed against the essential criteria published in the candidate information booklet. The board determined that your application did not sufficiently demonstrate criterion 3 (experience of contract management), and accordingly you will not progress further in this competition. You may request a review under section 7 of the Code of Practice within five working days.
With reference to Advertisement No. 04/2025 of the Regional Transit Corporation, this is to inform you that your candidature for the post of {role} has not been considered for the next stage, as you do not meet the minimum eligibility condition regarding years of post-qualification experience.
""",
        "rej_short": """
Unfortunately, we won't be moving forward with your application.
Sorry, Alex – the team went with someone else for {role}.
SUBJECT: {role} || Not successful this time, I'm afraid. Thanks for applying.
We have decided not to proceed with your application for {role}.
""",
        "rej_buried_marketing": """
At {company}, we grow over 40,000 tonnes of soft fruit a year across Kent and Herefordshire, and this season we're proud to have opened our first fully solar-powered packhouse. We're also expanding our apprenticeship scheme and our community orchard project in Maidstone. Regarding your application for {role}: after review, we won't be progressing it further. Do keep an eye on our careers page, as new roles open every spring.
2025 has been a record year for us – more than 12,000 travellers booked safaris and coastal tours through our Cape Town and Durban offices, and our new Garden Route itineraries sold out within weeks. As for the {role} position, we've selected another candidate, and your application will not be taken further.
Our members are at the heart of everything we do: as a member-owned credit union we returned €1.2 million in dividends this year and opened two new branches in Galway and Sligo. We've had a wonderful response to our recent recruitment campaign. On this occasion we won't be offering you a role, but we hope you'll stay part of the community we serve.
""",
        "rej_in_reply": """
Thanks for your email asking whether there's any news on {role}. Apologies for the slow reply – we were waiting for the hiring manager to come back from leave. I'm afraid the answer is that we've decided not to take your application further.
Good question about whether the role can be done part-time – it can't, unfortunately, as the clinic needs someone on site five days a week for the surgical list. That was also one of the reasons we went with another applicant, so we won't be taking your application forward.
To answer your question: yes, we did receive your portfolio, and the team looked through it last week. They liked the styling work, but they've chosen a candidate with more wholesale experience, so this one isn't going ahead for you.
""",
        "rej_feedback": """
You asked for feedback, so here it is: the panel scored you strongly on client communication, but lower on technical knowledge of IFRS 16 and revenue recognition. That gap is the main reason we didn't offer you the role. If you build experience there, we'd be glad to see you apply again.
The interviewers felt your answers on incident response were thoughtful but too high-level; they wanted to hear more about what you personally did during an incident. For that reason we are not progressing you to the final stage. I hope this is useful for future applications.
Some feedback that may help: your CV is very strong on field trials, but the role is mainly lab-based and calls for qPCR and sequencing experience that we couldn't see. We've decided not to shortlist you, though we think you'd suit our field research posts when they next open.
""",
        "rej_talent_pool": """
While we won't be moving forward with your application for {role}, we'd like to keep your details in our talent pool for 12 months. If something suitable comes up, we'll be in touch.
Your profile didn't make the final shortlist this time. With your permission, we will keep your CV on file and contact you about similar openings in our Sydney or Melbourne offices. You can ask us to delete your data at any time.
This position has gone to another candidate, but we'd love to stay in touch. Join our talent community using the link below so you hear about new roles in our boutiques first.
""",
        "rej_no_stock": """
The hiring team met yesterday and the job is going to Marcus, who ran our Perth fleet trial last year. So it won't be you this time, and I wanted you to hear it from me rather than through the portal.
We've closed the shortlist for {role} and your name isn't on it. Ring me if you want to talk it through.
In the end it came down to two people and you were the other one. We've made the hire, and it's final on our side.
""",
        "ack_receipt": """
We've received your application for {role}. Our team will review it and we'll be in touch about next steps.
SUBJECT: Application received – {role} || This is to confirm that your application for {role} (ref. FAC-2291) was submitted successfully on 14 March. You can track its status at any time by logging in to your candidate account.
Thanks for applying! Your application is now with our recruitment team in Sydney, who will read it over the coming days.
Your CV and cover letter for {role} have arrived safely. A member of the People team will look at them shortly.
Thank you for sending your application through our website. We confirm receipt and will review it against the role requirements.
""",
        "ack_status": """
Just a quick update: your application for {role} is currently being reviewed by the hiring manager. We expect to have news for all candidates by the end of next week.
Your application status has changed to "Under review". No action is needed from you at this stage.
We've moved your application to the next step of our internal review, where the finance director will read through the longlist. We'll contact you again once that review is complete.
I wanted to let you know that we're still considering your application. We've had a lot of interest in the role and we're working through applications carefully.
""",
        "ack_delay": """
I'm sorry for the delay in getting back to you about {role}. The hiring manager has been at a trade show in Dubai, so reviews have slipped by about a week. You're still very much in the process.
Our selection process is taking longer than planned because of the Easter break. We now expect to contact candidates in the week of 22 April.
Apologies – we had hoped to update you by now. The panel hasn't yet met to review applications, and we'll write again as soon as it has.
Because of the number of applications we received, the review of {role} applications will take an extra two weeks. Thank you for your patience.
""",
        "ack_rules": """
We have received your application. Please note that only shortlisted candidates will be contacted.
Thank you for applying. If you have not heard from us within three weeks of the closing date, please consider that your application has not been successful on this occasion.
Unfortunately, we receive a very large number of applications and cannot reply to each one individually. Your application has been received and will be considered alongside all others.
Your application is in. Due to high volumes, we only contact candidates selected for interview; we aim to do this within 21 days of the closing date, 30 May.
We acknowledge receipt of your application for {role}. Kindly note that due to the volume of applications, correspondence will only be entered into with shortlisted candidates who meet the minimum requirements.
""",
        "ack_borrow_rej": """
Unfortunately we haven't been able to review applications yet, as the closing date for the role was extended. We're sorry for the wait and will be in touch once we've made a decision.
We regret that we can't give you a timeline just now. No decision has been made on your application and it remains under consideration.
We know waiting is hard, and we're sorry we don't have an outcome for you yet. Unfortunately the interview panel is still being finalised. Your application has not been rejected – it's still in the queue.
We are not in a position to move forward with any applications this week, as we are waiting for budget sign-off. Your application remains active and we will update you as soon as we can.
""",
        "ack_missing_docs": """
Thanks for your application for {role}. Before we can review it, we need a copy of your degree certificate and proof of your right to work in the UK. Please upload them to your candidate portal by Friday.
Your application is incomplete: the form asks for two referees and we have only received details of one. Could you send the details of a second referee so we can pass your application to the panel?
We've received your application, but the cover letter attachment appears to be empty. Could you resend it? Your application will stay on hold until then.
""",
        "inv_word": """
We'd like to invite you to an interview for {role}. It will take place at our Southampton office on Thursday 12 June at 10:30 and last about an hour. Please let me know if that time works.
SUBJECT: Interview invitation – {role} || Following shortlisting, I'm pleased to invite you to a panel interview on 3 July at 2pm. The panel will be three people and you will be asked to give a ten-minute presentation.
You've been shortlisted for a first-round interview with our audit team in Gurugram. Please choose a slot using the scheduling link below.
""",
        "inv_no_word": """
We liked your application and would love to have a quick call to tell you more about the role and hear about your experience. Are you free for 20 minutes on Wednesday afternoon?
Would you be up for a coffee and a chat with the team next week? Nothing formal – we'd just like to get to know you a bit and show you around the farm.
The next step is a conversation with Dr Okafor, who leads the research group. Could you let me know when you'd be available next week?
I'd like to set up a short getting-to-know-you meeting with our practice director. She's available on Monday at 9am or Tuesday at 4pm – which suits you better?
""",
        "inv_slots": """
Please pick one of the following times for a 45-minute conversation with the hiring manager: Tue 10:00, Tue 15:30 or Thu 11:00 (all UK time).
We'd like to meet you. Available slots: 4 Sept 09:30, 4 Sept 13:00, 5 Sept 16:00. Reply with your preference and we'll send a calendar invite.
""",
        "inv_assessment_day": """
We're pleased to invite you to our assessment day on 18 October at our Bristol hub. The day includes a group exercise, a case study and a short interview with two partners. Please confirm your attendance by 10 October.
Congratulations on progressing to the next stage. You are invited to attend a half-day assessment at our Hyderabad campus, comprising a written test and a technical discussion.
""",
        "inv_video": """
Could we have a video meeting on Teams this Friday at 11:00 AEST? I'll send the link once you confirm. It'll be with me and our operations manager.
""",
        "off_word": """
I'm delighted to offer you the position of {role}. Your offer letter, with a starting salary of £34,500 and a proposed start date of 1 September, is attached. Please let us know whether you accept by 20 August.
SUBJECT: Offer of employment – {role} || Following your interview, we are pleased to make you a conditional offer of employment, subject to satisfactory references and a DBS check.
We'd like to offer you the role! The formal offer with salary (R 420,000 per annum), benefits and start date will follow from HR tomorrow.
""",
        "off_no_word": """
Great news – the panel would like you to join the team as {role}. I'll call you this afternoon to talk through the package and a start date.
We're thrilled to say the job is yours if you want it. The contract is attached; sign and return it by Monday and we'll get your induction booked in.
Welcome aboard! We'd love you to start with us on 6 January. Please review the attached employment agreement and confirm your acceptance.
""",
        "oth_job_alert": """
5 new jobs match your saved search "audit associate, Dublin": Audit Associate, Trainee Accountant, Senior Audit Assistant and more. See all matches in the app.
New roles at {company} this week: Farm Operations Supervisor (Lincolnshire), Food Safety Technician (Spalding), Graduate Agronomist. Apply before the closing dates shown.
""",
        "oth_newsletter": """
In this month's careers newsletter: how our Melbourne bus fleet is moving to electric, meet three of our apprentice mechanics, and tips for writing a strong application.
Our autumn foundation update: grants awarded to 42 community projects, a new partnership with a literacy trust in Cape Town, and volunteer opportunities for the winter season.
""",
        "oth_cold_outreach": """
I came across your profile on LinkedIn and think you could be a great fit for a Security Analyst opening with one of my clients, a growing cyber firm in Manchester. Would you be open to a quick chat to hear more?
I'm a recruiter specialising in aerospace supply chain roles. I have a couple of opportunities in Derby and Bristol that might interest you – let me know if you'd like details.
""",
        "oth_event": """
Join us for our Careers Open Evening on 27 November at our Leeds head office. Meet our audit and tax teams, hear from recent graduates and find out about our 2026 training contracts. Register via the link below.
You're invited to our virtual Women in Cyber panel on 8 March, 6pm GMT. Places are limited, so reserve yours today.
""",
        "oth_account": """
Your password for the {company} careers portal was changed on 2 May at 21:14. If this wasn't you, please reset your password immediately.
Please verify your email address to finish creating your candidate account. The link expires in 48 hours.
""",
        "oth_survey": """
How was your experience applying to {company}? Please take 3 minutes to complete our candidate survey – your answers are anonymous and help us improve.
""",
        "oth_own_withdrawal": """
We've received your request to withdraw your application for {role}, and it has now been withdrawn. Thank you for letting us know, and we wish you well in your new role.
""",
    },
    "de": {
        "rej_after_apply": """
Wir haben Ihre Bewerbung als {role} sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.
Nach Sichtung aller Unterlagen haben wir uns für Bewerber*innen entschieden, deren Profil noch genauer zu den Anforderungen der Stelle passt. Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.
Wir haben uns deine Unterlagen genau angeschaut, können dir für die Stelle als {role} in unserem Zürcher Atelier aber leider keine Zusage geben.
SUBJECT: Ihre Bewerbung bei {company} || Ihre Bewerbung hat uns gut gefallen, dennoch haben wir uns nach reiflicher Überlegung für eine andere Kandidatin entschieden.
""",
        "rej_after_screen": """
Vielen Dank für das nette Telefonat am Montag. Wir haben uns intern abgestimmt und werden den Prozess mit dir leider nicht fortsetzen – für die Stelle brauchen wir mehr Erfahrung mit Zollabwicklung im Containerverkehr.
Nach dem ersten telefonischen Kennenlernen haben wir uns entschieden, Sie nicht in die nächste Runde einzuladen. Ausschlaggebend waren Ihre Gehaltsvorstellungen, die deutlich über dem Budget der Position liegen.
Danke für das kurze Videotelefonat mit unserer Recruiterin. Nach diesem ersten Austausch passt Ihr Profil leider nicht ausreichend zu den Anforderungen, weshalb wir Ihre Bewerbung nicht weiter verfolgen.
""",
        "rej_after_interview": """
Herzlichen Dank für das angenehme Vorstellungsgespräch in unserer Kanzlei in Graz. Nach intensiver Abwägung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit Jahresabschlussprüfungen nach UGB mitbringt.
Es war schön, dich beim zweiten Gespräch im Showroom kennenzulernen. Wir haben lange überlegt, uns am Ende aber für jemanden mit mehr Erfahrung im Luxus-Retail entschieden. Das ist uns nicht leichtgefallen.
Nach Abschluss aller Vorstellungsgespräche müssen wir Ihnen leider mitteilen, dass die Wahl nicht auf Sie gefallen ist.
Das Gremium hat nach den Gesprächen vom 14. und 15. Mai entschieden, die Stelle anderweitig zu besetzen. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.
SUBJECT: Rückmeldung zu unserem Gespräch || Vielen Dank für Ihre Zeit in den beiden Interviewrunden. Wir haben uns letztlich für einen Kandidaten entschieden, der sofort verfügbar ist.
""",
        "rej_after_assessment": """
Vielen Dank für die Teilnahme an unserem Online-Assessment. Leider haben Sie die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Sie nicht zum Assessment Center einladen können.
Du hast beim Assessment-Tag in Hamburg einen engagierten Eindruck gemacht, in der Gesamtbewertung lagen andere Teilnehmende aber vor dir. Deshalb können wir dir keinen Platz im Traineeprogramm anbieten.
Die Auswertung Ihrer Fallstudie ist abgeschlossen. Die Fachabteilung kam zu dem Ergebnis, dass die Lösung die Anforderungen an eine Penetrationstest-Dokumentation nicht ausreichend erfüllt. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.
""",
        "rej_role_filled": """
Die ausgeschriebene Stelle als {role} ist inzwischen besetzt. Wir können Ihre Bewerbung daher leider nicht mehr berücksichtigen.
Leider kam deine Bewerbung etwas zu spät – die Position ist seit letzter Woche vergeben.
Wir möchten Sie informieren, dass die Stelle in unserer Tierarztpraxis in Winterthur mittlerweile besetzt wurde. Besten Dank für Ihr Interesse.
""",
        "rej_role_gone": """
Aufgrund einer internen Umstrukturierung wird die Stelle als {role} nicht mehr nachbesetzt. Das Auswahlverfahren wurde daher eingestellt, und wir müssen auch Ihre Bewerbung schließen.
Wir haben aktuell einen Einstellungsstopp für alle Standorte in Österreich. Die Ausschreibung wurde zurückgezogen und wir können das Verfahren mit dir leider nicht weiterführen.
Der Kunde hat das Flugzeugprogramm, für das die Position geschaffen werden sollte, auf unbestimmte Zeit verschoben. Die Stelle entfällt damit, und wir beenden das Bewerbungsverfahren.
Die Stiftung hat entschieden, die Stelle mangels gesicherter Drittmittel nicht zu besetzen. Wir bedauern, dass wir Ihnen deshalb absagen müssen.
""",
        "rej_internal": """
Wir haben uns entschieden, die Position als {role} mit einer internen Kollegin zu besetzen. Externe Bewerbungen können wir daher nicht weiter berücksichtigen.
Die Stelle wurde intern vergeben: Ein Mitarbeiter aus unserem Werk in Donauwörth wechselt in das Team. Wir schließen das externe Verfahren damit ab.
Wie sich herausgestellt hat, gibt es für die Stelle eine interne Nachfolgelösung. Deshalb können wir dich leider nicht weiter im Prozess berücksichtigen.
""",
        "rej_public_formal": """
SUBJECT: Stellenausschreibung Kennziffer 2025-047 – Ausgang des Auswahlverfahrens || Das Auswahlverfahren zur Besetzung der Stelle {role} (Kennziffer 2025-047) ist abgeschlossen. Nach Prüfung der eingegangenen Bewerbungen anhand der in der Ausschreibung genannten Anforderungskriterien konnten wir Ihre Bewerbung nicht in die engere Wahl einbeziehen. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG datenschutzgerecht vernichtet.
Hiermit teilen wir Ihnen mit, dass die Auswahlkommission beschlossen hat, die ausgeschriebene Planstelle einer anderen Bewerberin zu übertragen. Der Personalrat und die Gleichstellungsbeauftragte wurden beteiligt.
Im Namen der Verkehrsbetriebe teilen wir Ihnen mit, dass Sie die formalen Voraussetzungen der Ausschreibung (abgeschlossene Ausbildung als Kfz-Mechatroniker/in oder vergleichbar sowie Führerschein Klasse D) nicht erfüllen. Ihre Bewerbung kann im weiteren Verfahren daher nicht berücksichtigt werden.
""",
        "rej_short": """
Leider müssen wir Ihnen eine Absage erteilen.
Sorry, diesmal hat es nicht geklappt – wir haben uns für jemand anderen entschieden.
SUBJECT: Absage {role} || Wir können Ihnen die Stelle leider nicht anbieten.
Wir werden Ihre Bewerbung nicht weiterverfolgen.
""",
        "rej_buried_marketing": """
Als genossenschaftlich organisierte Molkerei verarbeiten wir jährlich über 300 Millionen Kilogramm Milch von mehr als 2.000 Höfen aus dem Allgäu und Oberschwaben. In diesem Jahr haben wir unser neues Käsereizentrum in Kempten eröffnet und 60 neue Arbeitsplätze geschaffen. Zu Ihrer Bewerbung als {role}: Nach Prüfung haben wir uns für andere Bewerber*innen entschieden. Schauen Sie gern wieder auf unserer Karriereseite vorbei.
Unser Fitnessstudio-Netzwerk wächst weiter: 14 neue Clubs in Bayern und Baden-Württemberg, ein neues Kursprogramm und ab Herbst die Mitglieder-App 3.0. Wir freuen uns riesig über das große Interesse an unseren Jobs! Für die Stelle als {role} haben wir uns allerdings für eine andere Person entschieden.
Seit 1898 steht unsere Genossenschaftsbank für Nähe, Verlässlichkeit und Verantwortung in der Region. Mit über 45.000 Mitgliedern sind wir eine der größten Genossenschaftsbanken in Niederösterreich. Im Rahmen dieses Auswahlverfahrens können wir Ihnen leider keine Stelle anbieten.
""",
        "rej_in_reply": """
Danke für deine Nachfrage zum Stand deiner Bewerbung. Entschuldige die lange Wartezeit – unsere Teamleitung war im Urlaub. Leider haben wir uns gegen eine Zusammenarbeit entschieden.
Zu Ihrer Frage, ob die Stelle auch in Teilzeit möglich wäre: Das ist leider nicht der Fall, da die Praxis eine Vollzeitkraft für den OP-Betrieb benötigt. Auch deshalb haben wir uns für eine andere Bewerberin entschieden.
Ja, Ihre Arbeitsproben sind bei uns angekommen und wurden vom Team angesehen. Am Ende haben wir uns aber für eine Kandidatin mit mehr Erfahrung im Großhandel entschieden.
""",
        "rej_feedback": """
Sie hatten um Feedback gebeten: Bei der Mandantenkommunikation haben Sie im Gespräch sehr überzeugt, bei den fachlichen Fragen zu IFRS 16 gab es jedoch Lücken. Das war letztlich der Grund, warum wir Ihnen die Stelle nicht anbieten können. Mit mehr Praxiserfahrung in diesem Bereich freuen wir uns über eine erneute Bewerbung.
Damit du etwas mitnehmen kannst: Deine Antworten zum Incident Response waren gut strukturiert, aber zu allgemein. Wir hätten gern mehr darüber gehört, was du konkret selbst gemacht hast. Deshalb laden wir dich nicht in die finale Runde ein.
Ein kurzes Feedback: Ihr Profil ist im Bereich Feldversuche sehr stark, die Stelle ist aber überwiegend im Labor angesiedelt. Wir haben uns daher gegen Ihre Bewerbung entschieden, würden uns aber über eine Bewerbung auf eine unserer Feldforschungsstellen freuen.
""",
        "rej_talent_pool": """
Auch wenn wir Ihnen für die Position als {role} leider absagen müssen, würden wir Ihr Profil gern für 12 Monate in unserem Talentpool speichern. Sollte sich eine passende Stelle ergeben, melden wir uns bei Ihnen.
Für diese Stelle hat es nicht gereicht, aber wir würden dich gern in unseren Kandidat:innen-Pool aufnehmen. Bitte bestätige dazu kurz über den Link unten deine Einwilligung.
Wir haben die Stelle mit einer anderen Person besetzt. Gern nehmen wir Ihre Unterlagen mit Ihrem Einverständnis in Evidenz und kontaktieren Sie bei künftigen Vakanzen.
""",
        "rej_no_stock": """
Das Team hat sich gestern zusammengesetzt: Die Stelle bekommt Jana, die schon im letzten Jahr unser Pilotprojekt mit E-Bussen in Linz betreut hat. Du bist es diesmal also nicht – das wollte ich dir lieber selbst sagen als über das Portal.
Die Shortlist für {role} steht, und Ihr Name ist nicht darauf. Rufen Sie mich gern an, wenn Sie darüber sprechen möchten.
Am Ende standen zwei Leute zur Wahl, und du warst die andere Person. Die Entscheidung ist gefallen und endgültig.
""",
        "ack_receipt": """
Wir bestätigen den Eingang Ihrer Bewerbung als {role}. Wir prüfen Ihre Unterlagen und melden uns zeitnah bei Ihnen.
SUBJECT: Eingangsbestätigung – {role} || Ihre Bewerbung (Referenz DE-4471) ist am 12.03. erfolgreich bei uns eingegangen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Super, dass du dich beworben hast! Deine Unterlagen sind bei uns angekommen und liegen jetzt beim Team in Zürich.
Hiermit bestätigen wir den Erhalt Ihrer Bewerbungsunterlagen. Diese werden nun von der Fachabteilung gesichtet.
Ihre Bewerbung ist eingegangen. Vielen Dank – wir schauen sie uns in den nächsten Tagen in Ruhe an.
""",
        "ack_status": """
Kurzes Update: Ihre Bewerbung liegt derzeit der Fachabteilung zur Prüfung vor. Wir rechnen damit, allen Bewerber*innen bis Ende nächster Woche eine Rückmeldung geben zu können.
Der Status deiner Bewerbung hat sich geändert: „In Prüfung“. Du musst aktuell nichts weiter tun.
Ihre Bewerbung befindet sich in der zweiten Sichtungsrunde. Sobald die Geschäftsführung die Unterlagen gesehen hat, melden wir uns wieder.
Wir wollten Ihnen kurz mitteilen, dass wir Ihre Bewerbung weiterhin berücksichtigen. Das Interesse an der Stelle ist groß, und wir nehmen uns für jede Bewerbung Zeit.
""",
        "ack_delay": """
Entschuldigen Sie bitte, dass Sie so lange nichts von uns gehört haben. Unser Personalleiter war auf einer Messe in Singapur, weshalb sich die Sichtung um etwa eine Woche verzögert. Sie sind weiterhin im Verfahren.
Aufgrund der Osterferien dauert unser Auswahlverfahren länger als geplant. Wir melden uns voraussichtlich in der Woche ab dem 22. April.
Sorry, eigentlich wollten wir uns schon längst gemeldet haben. Das Auswahlgremium hat noch nicht getagt – sobald das passiert ist, hörst du von uns.
Wegen der sehr hohen Anzahl an Bewerbungen verlängert sich die Bearbeitungszeit um ca. zwei Wochen. Wir bitten um Ihre Geduld.
""",
        "ack_rules": """
Wir haben Ihre Bewerbung erhalten. Bitte haben Sie Verständnis, dass wir uns nur bei Kandidat:innen melden, die in die engere Auswahl kommen.
Danke für deine Bewerbung. Solltest du innerhalb von drei Wochen nach Bewerbungsschluss nichts von uns hören, war eine Berücksichtigung leider nicht möglich.
Leider erhalten wir sehr viele Bewerbungen und können nicht jede einzeln beantworten. Ihre Bewerbung ist eingegangen und wird gemeinsam mit allen anderen geprüft.
Ihre Bewerbung ist eingegangen. Wir melden uns ausschließlich bei Personen, die wir zu einem Gespräch einladen möchten, spätestens bis zum 30. Mai.
Wir bestätigen den Eingang Ihrer Unterlagen. Bitte sehen Sie von telefonischen Nachfragen zum Stand des Verfahrens ab; Sie erhalten nach Abschluss des Auswahlverfahrens eine schriftliche Mitteilung.
""",
        "ack_borrow_rej": """
Leider konnten wir die Bewerbungen noch nicht sichten, da die Bewerbungsfrist verlängert wurde. Wir bitten um Entschuldigung und melden uns, sobald eine Entscheidung gefallen ist.
Bedauerlicherweise können wir Ihnen noch keinen Zeitplan nennen. Über Ihre Bewerbung wurde noch nicht entschieden, sie bleibt im Verfahren.
Wir wissen, dass Warten nervt, und es tut uns leid, dass wir noch kein Ergebnis haben. Leider steht die Jury für die Gespräche noch nicht fest. Eine Absage ist das aber nicht – deine Bewerbung ist weiter im Rennen.
Wir können diese Woche leider mit keiner Bewerbung weitermachen, da die Budgetfreigabe noch aussteht. Ihre Bewerbung bleibt aktiv, und wir informieren Sie, sobald es Neuigkeiten gibt.
""",
        "ack_missing_docs": """
Vielen Dank für Ihre Bewerbung. Damit wir sie prüfen können, fehlen uns noch Ihr letztes Arbeitszeugnis und eine Kopie Ihres Abschlusszeugnisses. Bitte laden Sie die Dokumente bis Freitag im Bewerberportal hoch.
Deine Bewerbung ist leider unvollständig: Der Lebenslauf fehlt. Kannst du ihn uns noch schicken? Dann geben wir alles an die Fachabteilung weiter.
Ihre Bewerbung ist eingegangen, allerdings lässt sich der Anhang mit dem Motivationsschreiben nicht öffnen. Könnten Sie ihn bitte erneut senden? Bis dahin ruht Ihre Bewerbung.
""",
        "inv_word": """
Wir möchten Sie gern zu einem Vorstellungsgespräch für die Stelle als {role} einladen. Das Gespräch findet am Donnerstag, 12. Juni, um 10:30 Uhr in unserem Büro in Bremerhaven statt und dauert etwa eine Stunde.
SUBJECT: Einladung zum Vorstellungsgespräch – {role} || Wir freuen uns, Sie zu einem Gespräch mit unserer Auswahlkommission am 3. Juli um 14 Uhr einzuladen. Bitte bereiten Sie eine zehnminütige Präsentation vor.
Du bist in der engeren Auswahl! Wir würden dich gern zu einem ersten Interview einladen. Über den Link unten kannst du dir einen Termin aussuchen.
""",
        "inv_no_word": """
Ihre Bewerbung hat uns neugierig gemacht. Hätten Sie Zeit für ein kurzes Telefonat von 20 Minuten am Mittwochnachmittag?
Hast du Lust, nächste Woche auf einen Kaffee vorbeizukommen und das Team kennenzulernen? Ganz locker – wir zeigen dir auch gern den Hof.
Als nächsten Schritt würden wir gern einen Austausch mit Prof. Dr. Keller vereinbaren, der die Arbeitsgruppe leitet. Wann wären Sie nächste Woche verfügbar?
Wir würden Sie gern zu einem persönlichen Kennenlernen mit unserer Praxisinhaberin einladen. Sie hat am Montag um 9 Uhr oder am Dienstag um 16 Uhr Zeit – was passt Ihnen besser?
""",
        "inv_slots": """
Bitte wählen Sie einen der folgenden Termine für ein 45-minütiges Gespräch mit der Teamleitung: Di 10:00, Di 15:30 oder Do 11:00 Uhr.
Wir möchten dich gern kennenlernen. Mögliche Termine: 4.9. um 9:30, 4.9. um 13:00 oder 5.9. um 16:00. Gib uns einfach Bescheid, was dir passt, dann schicken wir eine Kalendereinladung.
""",
        "inv_assessment_day": """
Wir laden Sie herzlich zu unserem Assessment Center am 18. Oktober in unserer Zentrale in Wien ein. Der Tag umfasst eine Gruppenübung, eine Fallstudie und ein kurzes Gespräch mit zwei Partner*innen. Bitte bestätigen Sie Ihre Teilnahme bis zum 10. Oktober.
Herzlichen Glückwunsch, Sie sind eine Runde weiter! Wir laden Sie zu einem halbtägigen Auswahltag in Basel ein, bestehend aus einem schriftlichen Test und einem Fachgespräch.
""",
        "inv_video": """
Hätten Sie am Freitag um 11 Uhr Zeit für ein Videomeeting über Teams? Den Link schicke ich Ihnen nach Ihrer Bestätigung. Dabei sind ich und unser Betriebsleiter.
""",
        "off_word": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Anbei finden Sie unser Vertragsangebot mit einem Jahresbruttogehalt von 52.000 Euro und einem Eintrittsdatum zum 1. September. Bitte geben Sie uns bis zum 20. August Bescheid.
SUBJECT: Vertragsangebot – {role} || Im Anschluss an die Gespräche möchten wir Ihnen ein Angebot für eine unbefristete Anstellung unterbreiten, vorbehaltlich eines einwandfreien Strafregisterauszugs.
Wir möchten dir die Stelle anbieten! Das schriftliche Angebot mit Gehalt (CHF 98'000 brutto pro Jahr), Benefits und Startdatum bekommst du morgen von HR.
""",
        "off_no_word": """
Gute Nachrichten: Das Team möchte dich sehr gern als {role} an Bord haben. Ich rufe dich heute Nachmittag an, um Gehalt und Starttermin zu besprechen.
Wir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben. Den Arbeitsvertrag finden Sie im Anhang – bitte unterschrieben bis Montag zurücksenden.
Willkommen im Team! Wir würden uns freuen, wenn du am 6. Januar bei uns startest. Bitte prüfe den beigefügten Dienstvertrag und gib uns deine Zusage.
""",
        "oth_job_alert": """
5 neue Jobs passend zu deinem Suchauftrag „Prüfungsassistent, München“: Prüfungsassistent (m/w/d), Junior Steuerberater/in, Werkstudent Audit und weitere.
Neue Stellen bei {company} diese Woche: Landwirt/in Ackerbau (Uckermark), Lebensmitteltechniker*in (Prenzlau), Trainee Agrarwirtschaft. Jetzt bewerben!
""",
        "oth_newsletter": """
In unserem Karriere-Newsletter diesen Monat: Wie unsere Regionalbusse auf Wasserstoff umstellen, drei Azubis im Porträt und Tipps für deine Bewerbung.
Neues aus der Stiftung: 42 geförderte Projekte, eine neue Partnerschaft mit einer Lernwerkstatt in Leipzig und Ehrenamtsangebote für den Winter.
""",
        "oth_cold_outreach": """
Ich bin auf Ihr Profil bei XING gestoßen und denke, Sie könnten sehr gut zu einer Position als Security Analyst bei einem meiner Kunden passen, einem wachsenden Cyber-Security-Unternehmen in Bochum. Hätten Sie Interesse an einem kurzen Austausch?
Ich bin Personalberaterin mit Schwerpunkt Luftfahrt-Zulieferer und habe aktuell zwei spannende Positionen in Hamburg und Friedrichshafen. Darf ich Ihnen Details schicken?
""",
        "oth_event": """
Besuche uns beim Karriereabend am 27. November in unserer Zentrale in Düsseldorf! Lerne unsere Teams aus Audit und Steuern kennen und erfahre alles über den Berufseinstieg 2026. Hier anmelden.
Sie sind herzlich eingeladen zu unserem Online-Panel „Frauen in der IT-Sicherheit“ am 8. März um 18 Uhr. Die Plätze sind begrenzt.
""",
        "oth_account": """
Das Passwort für Ihr Bewerberkonto bei {company} wurde am 2. Mai um 21:14 Uhr geändert. Falls Sie das nicht waren, setzen Sie Ihr Passwort bitte sofort zurück.
Bitte bestätige deine E-Mail-Adresse, um dein Kandidatenprofil zu aktivieren. Der Link ist 48 Stunden gültig.
""",
        "oth_survey": """
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Nehmen Sie sich 3 Minuten für unsere anonyme Umfrage – Ihr Feedback hilft uns, besser zu werden.
""",
        "oth_own_withdrawal": """
Wir haben deinen Wunsch erhalten, deine Bewerbung als {role} zurückzuziehen, und haben sie entsprechend geschlossen. Danke, dass du uns Bescheid gegeben hast, und alles Gute für die neue Stelle!
""",
    },
    "fr": {
        "rej_after_apply": """
Nous avons étudié votre candidature au poste de {role} avec attention. Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.
Après examen de l'ensemble des dossiers reçus, nous avons retenu des profils correspondant plus étroitement aux besoins actuels de l'équipe. Votre candidature n'a donc pas été retenue.
Nous avons bien pris connaissance de votre CV pour le poste à notre siège de Casablanca. Malheureusement, votre profil ne correspond pas aux exigences du poste et nous ne pourrons pas poursuivre le processus avec vous.
SUBJECT: Votre candidature chez {company} || Après analyse de votre dossier, nous avons décidé de ne pas retenir votre candidature pour ce poste.
""",
        "rej_after_screen": """
Merci pour notre échange téléphonique de mardi. J'en ai discuté avec la responsable du recrutement et nous ne poursuivrons pas avec vous pour l'étape suivante : le poste demande davantage d'expérience en transit portuaire.
À la suite de notre premier entretien téléphonique, nous avons choisi de poursuivre avec des candidats ayant une expérience plus approfondie des outils SIEM.
Ce fut un plaisir de jaser avec vous la semaine dernière. Après avoir comparé tous les appels de présélection, nous avons décidé de ne pas vous convoquer à la prochaine étape.
""",
        "rej_after_interview": """
Merci d'être venu rencontrer Mme Lambert et moi-même à nos bureaux de Lyon. Nous avons apprécié l'échange, mais après mûre réflexion nous avons proposé le poste à une personne dont l'expérience en audit associatif correspondait davantage.
Je tenais à vous informer personnellement que nous ne vous proposerons pas le poste de {role}. Le jury a apprécié votre présentation, mais la décision finale s'est jouée sur l'expérience directe des systèmes portuaires.
À l'issue des entretiens, le comité s'est réuni vendredi. J'ai le regret de vous annoncer que notre choix s'est porté sur un autre candidat.
Merci pour le temps que vous nous avez consacré au fil des trois entretiens. La décision a été serrée, mais nous avons choisi une candidate disponible dès début mars.
SUBJECT: Suite à votre entretien || Nous avons désormais terminé tous les entretiens pour le poste de {role} et, malheureusement, votre candidature n'a pas été retenue.
""",
        "rej_after_assessment": """
Merci d'avoir complété les tests en ligne pour notre programme Jeunes Diplômés. Vos résultats n'atteignent pas le seuil requis pour accéder à l'entretien vidéo ; nous ne pourrons donc pas donner suite cette année.
Nous avons analysé les résultats de la journée d'évaluation à Bruxelles. Malgré une belle implication lors de l'exercice de groupe, votre score global reste inférieur à celui d'autres participants, et nous ne pouvons pas vous proposer de place dans la promotion 2025.
Merci d'avoir rendu l'étude de cas. Les évaluateurs ont estimé que la partie modélisation des menaces n'était pas assez approfondie ; par conséquent, nous n'irons pas plus loin avec votre candidature.
""",
        "rej_role_filled": """
Nous vous informons que le poste de {role} a été pourvu. Nous ne sommes donc plus en mesure de donner suite à votre candidature.
Le poste pour lequel vous avez postulé a été comblé peu avant la réception de votre dossier.
Petit mot pour vous dire que nous avons recruté pour le poste à la clinique vétérinaire de Lausanne. Merci encore de vous être manifesté.
""",
        "rej_role_gone": """
À la suite d'une révision budgétaire, le poste de {role} est supprimé et le recrutement est annulé. Nous clôturons donc l'ensemble des candidatures, dont la vôtre.
Un gel des embauches a été décidé pour l'ensemble de nos agences de Wallonie jusqu'à nouvel ordre. Le processus pour ce poste est donc interrompu et votre candidature ne pourra pas aboutir.
Malheureusement, le poste a été annulé à la suite de la réorganisation de notre programme aérostructures. Nous savons que vous avez investi du temps et nous en sommes désolés.
Le client a finalement décidé de ne pas ouvrir le poste, je clos donc la recherche de mon côté. Désolée, je sais que celui-ci vous tenait à cœur.
""",
        "rej_internal": """
Nous avons décidé de pourvoir le poste de {role} par une mobilité interne. Les candidatures externes ne seront donc pas retenues.
Après le premier tour, une collaboratrice de notre agence de Genève s'est positionnée sur le poste, et c'est elle qui a été retenue. Votre candidature est de ce fait clôturée.
Le poste a été attribué à un candidat interne ; nous ne poursuivrons pas avec les candidatures externes pour cette offre.
""",
        "rej_public_formal": """
SUBJECT: Recrutement RT-2025-031 – avis de résultat || J'ai l'honneur de vous faire connaître qu'à l'issue de l'examen des dossiers par le jury, votre candidature au poste de {role} (référence RT-2025-031) n'a pas été retenue pour la phase d'entretien. Cette décision peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois.
Par la présente, nous vous informons que la commission de sélection a procédé à l'examen des candidatures reçues dans le cadre de l'appel à candidatures n° 12/2025. Votre dossier ne remplit pas la condition d'ancienneté exigée et ne peut donc être retenu.
Nous vous informons que votre candidature a été jugée non recevable, le diplôme requis (niveau bac + 3) ne figurant pas au dossier. Conformément au règlement de la régie régionale des transports, aucune suite ne pourra y être donnée.
""",
        "rej_short": """
Nous ne donnerons malheureusement pas suite à votre candidature.
Désolé, on a retenu quelqu'un d'autre pour le poste.
SUBJECT: {role} || Candidature non retenue. Merci d'avoir postulé.
Votre candidature n'a pas été retenue.
""",
        "rej_buried_marketing": """
Depuis trois générations, notre coopérative réunit plus de 900 vignerons du Languedoc et produit 40 millions de bouteilles par an. Cette année, nous avons inauguré un nouveau chai à énergie positive et lancé notre gamme bio. Concernant votre candidature au poste de {role} : après étude, nous ne la retiendrons pas. N'hésitez pas à consulter régulièrement notre page carrières.
Notre maison de couture célèbre cette saison ses 70 ans avec une collection capsule et l'ouverture d'une boutique rue du Faubourg-Saint-Honoré. Nous avons été touchés par le grand nombre de candidatures reçues. Pour le poste de {role}, nous avons toutefois retenu un autre profil.
Caisse populaire membre d'un grand mouvement coopératif, nous avons versé 3,2 millions de dollars en ristournes à nos membres cette année et soutenu plus de 80 organismes de la région de Sherbrooke. Nous ne sommes malheureusement pas en mesure de vous offrir un poste à la suite de ce processus.
""",
        "rej_in_reply": """
Merci pour votre courriel demandant où en est votre candidature. Désolée du délai : nous attendions le retour du gestionnaire, qui était en vacances. Malheureusement, nous avons décidé de ne pas poursuivre avec votre candidature.
Pour répondre à votre question sur le temps partiel : ce n'est pas possible, la clinique a besoin de quelqu'un à temps plein pour le bloc opératoire. C'est aussi l'une des raisons pour lesquelles nous avons choisi une autre candidate.
Oui, nous avons bien reçu votre book, et l'équipe l'a regardé la semaine dernière. Elle a apprécié votre travail de stylisme, mais a retenu une personne ayant davantage d'expérience en wholesale.
""",
        "rej_feedback": """
Vous souhaitiez un retour : le jury vous a très bien évalué sur la relation client, mais moins sur la norme IFRS 16. C'est principalement ce qui a motivé notre décision de ne pas vous proposer le poste. Avec davantage d'expérience sur ce point, nous serions ravis de recevoir une nouvelle candidature.
Les recruteurs ont trouvé vos réponses sur la gestion d'incidents pertinentes mais trop générales ; ils auraient voulu savoir ce que vous aviez fait concrètement. Pour cette raison, nous ne vous retenons pas pour l'entretien final.
Un retour qui pourra vous être utile : votre parcours est très solide en essais terrain, mais le poste est essentiellement en laboratoire. Nous ne retenons donc pas votre candidature, mais vous correspondriez bien à nos postes de recherche terrain.
""",
        "rej_talent_pool": """
Si nous ne donnons pas suite à votre candidature pour le poste de {role}, nous souhaiterions conserver votre profil dans notre vivier de talents pendant 24 mois. Nous vous recontacterons si une opportunité adaptée se présente.
Votre profil n'a pas été retenu dans la liste finale. Avec votre accord, nous conserverons votre CV afin de vous proposer des postes similaires dans nos agences de Rabat ou de Marrakech.
Le poste a été attribué à une autre personne, mais nous aimerions rester en contact. Rejoignez notre communauté talents via le lien ci-dessous pour être informé en priorité de nos nouvelles offres.
""",
        "rej_no_stock": """
L'équipe s'est réunie hier : c'est Julien, qui a piloté notre essai de bus électriques à Namur l'an dernier, qui prend le poste. Ce ne sera donc pas vous cette fois-ci, et je préférais vous le dire moi-même.
La liste restreinte pour le poste de {role} est arrêtée et votre nom n'y figure pas. Appelez-moi si vous voulez en parler.
À la fin, il restait deux personnes, et vous étiez l'autre. Le recrutement est fait, la décision est définitive.
""",
        "ack_receipt": """
Nous accusons bonne réception de votre candidature au poste de {role}. Notre équipe l'étudiera et reviendra vers vous prochainement.
SUBJECT: Confirmation de réception – {role} || Votre candidature (réf. FR-3308) a bien été enregistrée le 14 mars. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Merci d'avoir postulé ! Votre dossier est maintenant entre les mains de notre équipe RH à Montréal, qui l'examinera dans les prochains jours.
Votre CV et votre lettre de motivation nous sont bien parvenus. Un membre de l'équipe RH les consultera très prochainement.
Nous vous confirmons la réception de votre candidature envoyée via notre site. Elle sera examinée au regard des exigences du poste.
""",
        "ack_status": """
Petit point d'étape : votre candidature est actuellement en cours d'examen par le responsable du recrutement. Nous prévoyons de revenir vers tous les candidats d'ici la fin de la semaine prochaine.
Le statut de votre candidature est passé à « En cours d'étude ». Aucune action n'est requise de votre part.
Votre candidature est passée à l'étape suivante de notre revue interne, au cours de laquelle le directeur financier examinera la présélection. Nous vous recontacterons à l'issue de cette revue.
Je voulais vous informer que votre candidature est toujours à l'étude. Nous avons reçu beaucoup de candidatures et les examinons avec soin.
""",
        "ack_delay": """
Veuillez excuser notre retard concernant le poste de {role}. Le responsable était au salon de Dubaï et l'examen des candidatures a pris environ une semaine de retard. Vous êtes toujours dans le processus.
Notre processus de sélection prend plus de temps que prévu en raison des congés de Pâques. Nous prévoyons de contacter les candidats la semaine du 22 avril.
Toutes nos excuses, nous pensions vous donner des nouvelles plus tôt. Le jury ne s'est pas encore réuni ; nous vous écrirons dès que ce sera fait.
En raison du nombre de candidatures reçues, l'examen des dossiers prendra deux semaines supplémentaires. Merci de votre patience.
""",
        "ack_rules": """
Nous avons bien reçu votre candidature. Seuls les candidats présélectionnés seront contactés.
Merci pour votre candidature. Sans réponse de notre part dans un délai de trois semaines après la date de clôture, veuillez considérer que votre candidature n'a pas été retenue.
Malheureusement, nous recevons un très grand nombre de candidatures et ne pouvons pas répondre à chacune individuellement. Votre dossier a bien été reçu et sera étudié avec tous les autres.
Votre candidature est enregistrée. Nous communiquerons uniquement avec les personnes retenues pour une entrevue, au plus tard le 30 mai.
Nous accusons réception de votre dossier. Nous vous prions de ne pas nous relancer par téléphone ; une réponse écrite vous sera adressée à la fin du processus de sélection.
""",
        "ack_borrow_rej": """
Malheureusement, nous n'avons pas encore pu examiner les candidatures, la date limite ayant été prolongée. Désolés pour l'attente ; nous reviendrons vers vous dès qu'une décision sera prise.
Nous regrettons de ne pas pouvoir vous donner de calendrier pour l'instant. Aucune décision n'a été prise concernant votre candidature, qui reste à l'étude.
Nous savons que l'attente est difficile et sommes désolés de ne pas encore avoir de réponse. Malheureusement, le jury d'entretien n'est pas encore constitué. Votre candidature n'est pas écartée : elle est toujours en lice.
Nous ne sommes pas en mesure d'avancer sur les candidatures cette semaine, faute de validation budgétaire. Votre candidature reste active et nous vous tiendrons informé dès que possible.
""",
        "ack_missing_docs": """
Merci pour votre candidature. Avant de l'étudier, nous avons besoin d'une copie de votre diplôme et de votre permis de séjour. Merci de les déposer dans votre espace candidat d'ici vendredi.
Votre dossier est incomplet : il manque deux lettres de recommandation. Pourriez-vous nous les faire parvenir afin que nous puissions le transmettre au jury ?
Nous avons bien reçu votre candidature, mais la pièce jointe contenant votre lettre de motivation semble vide. Pourriez-vous la renvoyer ? Votre dossier reste en attente d'ici là.
""",
        "inv_word": """
Nous souhaitons vous rencontrer en entretien pour le poste de {role}. Celui-ci aura lieu dans nos locaux du Havre le jeudi 12 juin à 10 h 30 et durera environ une heure.
SUBJECT: Convocation à un entretien – {role} || À la suite de la présélection, nous avons le plaisir de vous convier à un entretien devant jury le 3 juillet à 14 h. Il vous sera demandé de présenter un exposé de dix minutes.
Vous êtes retenu pour une entrevue de premier niveau avec notre équipe d'audit à Québec. Veuillez choisir une plage horaire via le lien ci-dessous.
""",
        "inv_no_word": """
Votre candidature nous a beaucoup intéressés et nous aimerions échanger rapidement par téléphone pour vous présenter le poste. Seriez-vous disponible 20 minutes mercredi après-midi ?
Ça vous dirait de passer prendre un café avec l'équipe la semaine prochaine ? Rien de formel, juste pour faire connaissance et vous faire visiter l'exploitation.
La prochaine étape serait une rencontre avec le Dr Benali, qui dirige le laboratoire. Pourriez-vous m'indiquer vos disponibilités la semaine prochaine ?
J'aimerais organiser un court moment d'échange avec la directrice du cabinet dentaire. Elle est disponible lundi à 9 h ou mardi à 16 h : qu'est-ce qui vous convient le mieux ?
""",
        "inv_slots": """
Merci de choisir l'un des créneaux suivants pour un échange de 45 minutes avec le manager : mardi 10 h, mardi 15 h 30 ou jeudi 11 h.
Nous aimerions vous rencontrer. Créneaux disponibles : 4 septembre à 9 h 30, 4 septembre à 13 h ou 5 septembre à 16 h. Répondez-nous avec votre préférence et nous vous enverrons une invitation.
""",
        "inv_assessment_day": """
Nous avons le plaisir de vous convier à notre journée d'évaluation le 18 octobre à notre siège de Toulouse. Au programme : exercice de groupe, étude de cas et bref entretien avec deux associés. Merci de confirmer votre présence avant le 10 octobre.
Félicitations, vous passez à l'étape suivante ! Vous êtes invité à une demi-journée d'évaluation dans nos locaux de Tanger, comprenant un test écrit et un échange technique.
""",
        "inv_video": """
Pourrions-nous faire une visio sur Teams vendredi à 11 h ? Je vous enverrai le lien après votre confirmation. Il y aura moi-même et le responsable d'exploitation.
""",
        "off_word": """
J'ai le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint votre proposition d'embauche : salaire annuel brut de 42 000 €, prise de poste le 1er septembre. Merci de nous faire part de votre réponse avant le 20 août.
SUBJECT: Offre d'emploi – {role} || À la suite de vos entrevues, nous avons le plaisir de vous présenter une offre d'emploi conditionnelle à la vérification de vos antécédents judiciaires.
Nous souhaitons vous faire une offre ! La lettre officielle avec le salaire (16 500 MAD nets par mois), les avantages et la date de démarrage vous sera envoyée demain par les RH.
""",
        "off_no_word": """
Bonne nouvelle : l'équipe aimerait vous accueillir comme {role}. Je vous appelle cet après-midi pour discuter de la rémunération et de la date d'arrivée.
Nous sommes ravis de vous annoncer que nous avons choisi votre candidature. Votre contrat de travail est en pièce jointe : merci de nous le retourner signé d'ici lundi.
Bienvenue parmi nous ! Nous serions heureux que vous commenciez le 6 janvier. Merci de relire le contrat ci-joint et de nous confirmer votre accord.
""",
        "oth_job_alert": """
5 nouvelles offres correspondent à votre alerte « assistant audit, Bruxelles » : Assistant audit junior, Comptable stagiaire, Auditeur confirmé et d'autres encore.
Nouvelles offres chez {company} cette semaine : Chef de culture (Beauce), Technicien qualité agroalimentaire (Chartres), Ingénieur agronome junior. Postulez avant la date limite.
""",
        "oth_newsletter": """
Au sommaire de notre lettre carrières ce mois-ci : le passage de nos autocars régionaux au biogaz, portraits de trois apprentis mécaniciens et conseils pour réussir votre candidature.
Les nouvelles de la Fondation : 42 projets soutenus, un nouveau partenariat avec une association d'alphabétisation à Liège et des missions de bénévolat pour l'hiver.
""",
        "oth_cold_outreach": """
J'ai découvert votre profil sur LinkedIn et je pense qu'il pourrait correspondre à un poste d'analyste SOC chez l'un de mes clients, une société de cybersécurité en pleine croissance à Rennes. Seriez-vous ouvert à un premier échange ?
Je suis chasseuse de têtes spécialisée dans les équipementiers aéronautiques. J'ai actuellement deux opportunités à Toulouse et à Genève qui pourraient vous intéresser. Puis-je vous envoyer les détails ?
""",
        "oth_event": """
Rejoignez-nous à notre soirée carrières le 27 novembre à notre siège de Lille ! Rencontrez nos équipes audit et fiscalité et découvrez nos opportunités pour 2026. Inscription via le lien ci-dessous.
Vous êtes invité à notre table ronde en ligne « Femmes et cybersécurité » le 8 mars à 18 h. Les places sont limitées.
""",
        "oth_account": """
Le mot de passe de votre espace candidat {company} a été modifié le 2 mai à 21 h 14. Si vous n'êtes pas à l'origine de cette modification, réinitialisez-le immédiatement.
Veuillez confirmer votre adresse courriel pour finaliser la création de votre compte candidat. Le lien expire dans 48 heures.
""",
        "oth_survey": """
Comment s'est passée votre expérience de candidature chez {company} ? Prenez 3 minutes pour répondre à notre questionnaire anonyme.
""",
        "oth_own_withdrawal": """
Nous avons bien reçu votre demande de retrait de candidature pour le poste de {role} ; celle-ci est désormais retirée. Merci de nous avoir prévenus et bonne continuation dans votre nouveau poste.
""",
    },
    "es": {
        "rej_after_apply": """
Hemos revisado con atención su candidatura para el puesto de {role}. Lamentamos comunicarle que en esta ocasión no continuará en el proceso de selección.
Tras analizar todos los perfiles recibidos, hemos optado por candidatos cuya experiencia se ajusta más a lo que necesita el equipo en este momento.
Revisamos tu hoja de vida para la vacante en nuestra sede de Medellín. Lamentablemente tu perfil no cumple con los requisitos del cargo, por lo que no seguiremos adelante con tu postulación.
SUBJECT: Tu postulación en {company} || Después de revisarla, decidimos no avanzar con tu postulación para esta vacante.
""",
        "rej_after_screen": """
Gracias por la llamada del martes. Lo hablé con la jefa de área y no vamos a continuar contigo a la siguiente etapa: el puesto requiere más experiencia en operaciones de terminal portuaria.
Después de la entrevista telefónica inicial, hemos decidido seguir con candidatos con más experiencia en herramientas SIEM.
Fue un gusto conversar con vos la semana pasada. Comparamos todas las llamadas de preselección y decidimos que no vas a pasar a la siguiente instancia.
""",
        "rej_after_interview": """
Muchas gracias por venir a conocernos a la oficina de Lima. Disfrutamos mucho la conversación, pero tras deliberarlo ofrecimos el puesto a otra persona con más experiencia en auditoría de ONG.
Quería decírtelo personalmente: no te vamos a ofrecer el puesto de {role}. Al panel le gustó mucho tu presentación, pero la decisión final se basó en la experiencia directa con sistemas portuarios.
Tras la segunda ronda de entrevistas, el comité se reunió el viernes. Lamento informarle que se ha decidido contratar a otra persona.
Gracias por el tiempo que nos dedicaste en las tres entrevistas. Fue una decisión muy reñida, pero elegimos a una candidata que puede incorporarse a principios de marzo.
SUBJECT: Resultado de tu entrevista || Hemos terminado todas las entrevistas para el puesto de {role} y, lamentablemente, no has sido seleccionado en esta ocasión.
""",
        "rej_after_assessment": """
Gracias por completar las pruebas en línea de nuestro programa de trainees. Tus resultados no alcanzaron el puntaje mínimo para pasar a la entrevista por video, así que no continuaremos con tu proceso este año.
Hemos evaluado los resultados del assessment center en Ciudad de México. Aunque tuvo una buena participación en la dinámica grupal, su puntuación global quedó por debajo de la de otros participantes y no podemos ofrecerle un lugar en la generación 2025.
Gracias por entregar el caso práctico. Los evaluadores consideraron que la parte de modelado de amenazas no tenía suficiente profundidad, por lo que no avanzaremos con tu candidatura.
""",
        "rej_role_filled": """
Le informamos que la vacante de {role} ya ha sido cubierta, por lo que no podemos continuar con su candidatura.
El puesto al que postulaste se cubrió poco antes de que recibiéramos tu CV.
Solo para avisarte que ya contratamos a alguien para el puesto en la clínica veterinaria de Montevideo. Gracias de nuevo por postularte.
""",
        "rej_role_gone": """
Tras una revisión presupuestaria, la vacante de {role} ha sido cancelada y no se cubrirá. Por este motivo cerramos todas las candidaturas, incluida la suya.
Hemos congelado las contrataciones en todas nuestras oficinas de Colombia hasta nuevo aviso. El proceso para este puesto queda suspendido y tu postulación no podrá avanzar.
Lamentablemente, la posición se canceló tras la reestructuración del programa de aeroestructuras. Sabemos que dedicaste tiempo al proceso y lo sentimos.
El cliente decidió finalmente no abrir la posición, así que cierro la búsqueda por mi parte. Lo siento, sé que te interesaba mucho.
""",
        "rej_internal": """
Hemos decidido cubrir el puesto de {role} con una persona de nuestra plantilla. Por lo tanto, no continuaremos con candidaturas externas.
Después de la primera ronda, una compañera de nuestra oficina en Bogotá se postuló a la vacante y fue seleccionada. Tu postulación queda cerrada.
La plaza se ha cubierto mediante promoción interna, de modo que no seguiremos adelante con candidatos externos.
""",
        "rej_public_formal": """
SUBJECT: Convocatoria CAS N.º 045-2025 – Resultados de la evaluación curricular || Se comunica que, de acuerdo con los resultados de la evaluación curricular publicados en el portal institucional, el postulante no alcanzó el puntaje mínimo aprobatorio y, en consecuencia, tiene la condición de NO APTO para la siguiente etapa del proceso.
Por medio de la presente le notificamos que el tribunal calificador ha resuelto no admitir su solicitud al proceso selectivo para la plaza de {role}, al no acreditar la titulación exigida en las bases de la convocatoria. Podrá presentar reclamación en el plazo de diez días hábiles.
En atención a su participación en el concurso para la plaza de {role} del organismo regional de transporte colectivo, se le informa que su expediente no cumplió con los requisitos establecidos en la convocatoria, por lo que no continuará en las siguientes etapas.
""",
        "rej_short": """
Lamentablemente no seguiremos adelante con tu candidatura.
Perdona, al final elegimos a otra persona para el puesto.
SUBJECT: {role} || Esta vez no ha sido posible. Gracias por postular.
Su candidatura no ha sido seleccionada.
""",
        "rej_buried_marketing": """
Desde hace tres generaciones, nuestra cooperativa agrupa a más de 1.200 agricultores de Almería y exporta hortalizas a 25 países. Este año inauguramos un almacén con energía solar y ampliamos nuestro programa de becas para hijos de socios. En cuanto a tu candidatura para {role}: tras revisarla, no continuaremos con ella. Te animamos a consultar nuestra web de empleo.
Nuestra cadena de gimnasios sigue creciendo: 18 nuevas sedes en México, un nuevo programa de clases funcionales y la app para socios 2.0. Nos alegra el enorme interés en trabajar con nosotros. Para la vacante de {role}, sin embargo, elegimos a otro perfil.
Como cooperativa de ahorro y crédito, este año devolvimos más de 4 millones de soles en remanentes a nuestros socios y abrimos dos agencias en Arequipa y Cusco. Lamentablemente no podremos ofrecerle una posición como resultado de este proceso.
""",
        "rej_in_reply": """
Gracias por tu correo preguntando por el estado de tu postulación. Perdona la demora, esperábamos la respuesta del gerente, que estaba de vacaciones. Lamentablemente decidimos no continuar con tu candidatura.
Respondiendo a tu pregunta sobre media jornada: no es posible, la clínica necesita a alguien a tiempo completo para quirófano. Esa fue también una de las razones por las que elegimos a otra candidata.
Sí, recibimos tu portafolio y el equipo lo revisó la semana pasada. Les gustó tu trabajo de estilismo, pero eligieron a alguien con más experiencia en venta mayorista.
""",
        "rej_feedback": """
Nos pediste retroalimentación: el panel te valoró muy bien en trato con clientes, pero menos en NIIF 16. Ese fue el motivo principal para no ofrecerte el puesto. Si ganas experiencia en ese tema, nos encantará recibir otra postulación tuya.
Los entrevistadores consideraron que sus respuestas sobre gestión de incidentes eran acertadas pero demasiado generales; querían saber qué hizo usted concretamente. Por eso no pasará a la entrevista final.
Un comentario que puede servirte: tu perfil es muy sólido en ensayos de campo, pero el puesto es sobre todo de laboratorio. No seguiremos con tu postulación, aunque encajarías bien en nuestras plazas de investigación de campo.
""",
        "rej_talent_pool": """
Aunque no continuaremos con su candidatura para {role}, nos gustaría conservar su perfil en nuestra bolsa de talento durante 12 meses. Si surge una vacante adecuada, le contactaremos.
Tu perfil no quedó en la terna final. Con tu autorización, guardaremos tu hoja de vida para ofrecerte vacantes similares en Cali o Barranquilla.
El puesto fue asignado a otra persona, pero nos encantaría seguir en contacto. Únete a nuestra comunidad de talento en el enlace de abajo para enterarte primero de nuevas vacantes.
""",
        "rej_no_stock": """
El equipo se reunió ayer: el puesto se lo queda Martina, que coordinó el piloto de ómnibus eléctricos en Canelones el año pasado. Así que esta vez no sos vos, y prefería contártelo yo.
La lista corta para {role} ya está cerrada y su nombre no figura en ella. Llámeme si quiere comentarlo.
Al final quedaron dos personas y tú eras la otra. La contratación está hecha y la decisión es definitiva.
""",
        "ack_receipt": """
Hemos recibido tu candidatura para {role}. Nuestro equipo la revisará y te informaremos sobre los siguientes pasos.
SUBJECT: Confirmación de postulación – {role} || Confirmamos que su postulación (ref. MX-5512) se registró correctamente el 14 de marzo. Puede consultar su estado en cualquier momento desde su cuenta de candidato.
¡Gracias por postularte! Tu solicitud ya está con nuestro equipo de selección en Madrid, que la leerá en los próximos días.
Tu hoja de vida y tu carta de presentación llegaron correctamente. Alguien del equipo de Gestión Humana las revisará pronto.
Le confirmamos la recepción de su solicitud enviada a través de nuestra web. Será evaluada de acuerdo con los requisitos del puesto.
""",
        "ack_status": """
Una actualización rápida: tu candidatura está siendo revisada por la responsable de contratación. Esperamos dar respuesta a todos los candidatos antes del final de la próxima semana.
El estado de su postulación ha cambiado a «En revisión». No necesita hacer nada por ahora.
Tu postulación pasó a la siguiente fase de revisión interna, en la que el director financiero revisará la preselección. Te escribiremos de nuevo cuando termine.
Quería contarte que seguimos considerando tu postulación. Hemos recibido mucho interés y estamos revisando cada perfil con cuidado.
""",
        "ack_delay": """
Disculpe la demora en responderle sobre el puesto de {role}. El gerente estuvo en una feria en Dubái y la revisión se retrasó una semana. Sigue usted en el proceso.
Nuestro proceso de selección está tardando más de lo previsto por Semana Santa. Esperamos contactar a los candidatos la semana del 22 de abril.
Perdón, pensábamos escribirte antes. El comité aún no se ha reunido; te escribiremos en cuanto lo haga.
Debido al número de solicitudes recibidas, la revisión tomará dos semanas más. Gracias por su paciencia.
""",
        "ack_rules": """
Hemos recibido tu postulación. Solo nos pondremos en contacto con las personas preseleccionadas.
Gracias por su candidatura. Si no recibe noticias nuestras en un plazo de tres semanas desde el cierre de la convocatoria, considere que no ha sido seleccionado en esta ocasión.
Lamentablemente recibimos una gran cantidad de postulaciones y no podemos responder a cada una de forma individual. Tu postulación fue recibida y será evaluada junto con las demás.
Tu solicitud quedó registrada. Solo contactaremos a quienes pasen a entrevista, a más tardar el 30 de mayo.
Acusamos recibo de su expediente. Le rogamos no llamar para consultar el estado; recibirá una comunicación por escrito al finalizar el proceso.
""",
        "ack_borrow_rej": """
Lamentablemente aún no hemos podido revisar las candidaturas, porque se amplió el plazo de la convocatoria. Sentimos la espera; te escribiremos en cuanto haya una decisión.
Lamentamos no poder darle todavía un calendario. No se ha tomado ninguna decisión sobre su candidatura, que sigue en evaluación.
Sabemos que esperar cuesta y sentimos no tener aún una respuesta. Por desgracia, el panel de entrevistas todavía no está definido. No es un rechazo: tu postulación sigue en carrera.
Esta semana no podemos avanzar con ninguna postulación porque falta la aprobación del presupuesto. Su candidatura sigue activa y le avisaremos en cuanto haya novedades.
""",
        "ack_missing_docs": """
Gracias por tu postulación. Antes de revisarla necesitamos copia de tu título profesional y de tu cédula. Por favor súbelos al portal antes del viernes.
Su expediente está incompleto: faltan dos cartas de referencia laboral. ¿Podría enviárnoslas para que podamos trasladarlo al comité?
Recibimos tu candidatura, pero el adjunto con la carta de presentación parece vacío. ¿Podrías reenviarlo? Mientras tanto, tu solicitud queda en espera.
""",
        "inv_word": """
Nos gustaría invitarle a una entrevista para el puesto de {role}. Será en nuestras oficinas del puerto de Valencia el jueves 12 de junio a las 10:30 y durará alrededor de una hora.
SUBJECT: Invitación a entrevista – {role} || Tras la preselección, nos complace invitarte a una entrevista con el comité el 3 de julio a las 14:00. Te pediremos una presentación de diez minutos.
Quedaste preseleccionado para una primera entrevista con nuestro equipo de auditoría en Bogotá. Elige un horario en el enlace de abajo.
""",
        "inv_no_word": """
Tu perfil nos llamó mucho la atención y nos gustaría tener una llamada breve para contarte del puesto. ¿Tienes 20 minutos el miércoles por la tarde?
¿Te animás a pasar a tomar un café con el equipo la semana que viene? Nada formal, solo para conocernos y mostrarte el campo.
El siguiente paso sería una conversación con la Dra. Quispe, que dirige el grupo de investigación. ¿Me indica su disponibilidad para la próxima semana?
Me gustaría agendar un breve encuentro con la directora de la clínica dental. Ella puede el lunes a las 9 o el martes a las 16: ¿qué le acomoda más?
""",
        "inv_slots": """
Por favor elige uno de estos horarios para una conversación de 45 minutos con el responsable del área: martes 10:00, martes 15:30 o jueves 11:00.
Queremos conocerle. Horarios disponibles: 4 de septiembre a las 9:30, 4 de septiembre a las 13:00 o 5 de septiembre a las 16:00. Indíquenos su preferencia y le enviaremos la invitación al calendario.
""",
        "inv_assessment_day": """
Nos complace invitarte a nuestro assessment center el 18 de octubre en nuestra sede de Querétaro. Incluye una dinámica grupal, un caso práctico y una breve entrevista con dos socios. Confirma tu asistencia antes del 10 de octubre.
Enhorabuena, has pasado a la siguiente fase. Te convocamos a una jornada de evaluación de media mañana en nuestras oficinas de Sevilla, con una prueba escrita y una conversación técnica.
""",
        "inv_video": """
¿Podríamos tener una videollamada por Teams este viernes a las 11:00? Te envío el enlace cuando me confirmes. Estaremos yo y el jefe de operaciones.
""",
        "off_word": """
Me complace ofrecerle el puesto de {role}. Adjuntamos la carta oferta con un salario bruto anual de 34.000 € y fecha de incorporación el 1 de septiembre. Le agradeceremos su respuesta antes del 20 de agosto.
SUBJECT: Oferta laboral – {role} || Después de las entrevistas, nos complace presentarte una oferta laboral, sujeta a la verificación de antecedentes y referencias.
¡Queremos hacerte una oferta! La carta formal con el salario (38.000 pesos mensuales brutos), prestaciones y fecha de ingreso te llegará mañana desde Recursos Humanos.
""",
        "off_no_word": """
Buenas noticias: el equipo quiere que te sumes como {role}. Te llamo esta tarde para hablar del paquete y la fecha de inicio.
Nos alegra comunicarle que ha sido la persona elegida para el puesto. Adjuntamos el contrato; por favor devuélvalo firmado antes del lunes.
¡Te damos la bienvenida al equipo! Nos encantaría que empezaras el 6 de enero. Revisa el contrato adjunto y confírmanos que aceptas.
""",
        "oth_job_alert": """
5 nuevas ofertas coinciden con tu alerta «asistente de auditoría, Madrid»: Asistente de auditoría junior, Contable en prácticas, Auditor sénior y más.
Nuevas vacantes en {company} esta semana: Encargado de finca (Huelva), Técnico de calidad agroalimentaria (Lepe), Ingeniero agrónomo junior. Postula antes de la fecha de cierre.
""",
        "oth_newsletter": """
En el boletín de empleo de este mes: cómo nuestra flota de autobuses interurbanos pasa al gas natural, tres aprendices mecánicos nos cuentan su experiencia y consejos para tu CV.
Novedades de la Fundación: 42 proyectos apoyados, una nueva alianza con una red de bibliotecas comunitarias en Cartagena y voluntariados para el verano.
""",
        "oth_cold_outreach": """
Vi tu perfil en LinkedIn y creo que podrías encajar en una posición de Analista SOC con uno de mis clientes, una firma de ciberseguridad en expansión en Ciudad de México. ¿Te interesaría conversar brevemente?
Soy headhunter especializada en proveedores aeroespaciales y tengo dos oportunidades en Sevilla y Querétaro que podrían interesarte. ¿Te envío más detalles?
""",
        "oth_event": """
¡Ven a nuestra Noche de Carreras el 27 de noviembre en nuestra sede de Barcelona! Conoce a los equipos de auditoría y fiscal y descubre nuestras oportunidades para 2026. Inscríbete en el enlace.
Te invitamos a nuestro conversatorio virtual «Mujeres en ciberseguridad» el 8 de marzo a las 18:00. Cupos limitados.
""",
        "oth_account": """
La contraseña de tu cuenta de candidato en {company} se cambió el 2 de mayo a las 21:14. Si no fuiste tú, restablécela de inmediato.
Confirme su correo electrónico para terminar de crear su cuenta de candidato. El enlace caduca en 48 horas.
""",
        "oth_survey": """
¿Cómo fue tu experiencia al postularte en {company}? Dedica 3 minutos a nuestra encuesta anónima; tus respuestas nos ayudan a mejorar.
""",
        "oth_own_withdrawal": """
Hemos recibido tu solicitud para retirar tu candidatura al puesto de {role} y ya la hemos dado de baja. Gracias por avisarnos y mucho éxito en tu nuevo trabajo.
""",
    },
    "pt": {
        "rej_after_apply": """
Analisámos com atenção a sua candidatura para a função de {role}. Lamentamos informar que, nesta fase, não daremos seguimento ao processo consigo.
Após avaliar todos os currículos recebidos, optamos por seguir com candidatos cujo perfil está mais alinhado às necessidades atuais do time.
Recebemos o seu currículo para a vaga na nossa sede em Luanda. Infelizmente, o seu perfil não corresponde aos requisitos da função e não poderemos avançar com a sua candidatura.
SUBJECT: Sua candidatura na {company} || Depois de analisar seu perfil, decidimos não seguir com sua candidatura para esta vaga.
""",
        "rej_after_screen": """
Obrigado pela conversa por telefone na terça. Conversei com a gestora da área e não vamos seguir com você para a próxima etapa: a vaga exige mais experiência em operações de terminal portuário.
Na sequência da entrevista telefónica inicial, decidimos avançar com candidatos com mais experiência em ferramentas SIEM.
Foi ótimo bater papo com você semana passada. Comparamos todas as conversas iniciais e decidimos que você não vai seguir para a próxima fase.
""",
        "rej_after_interview": """
Muito obrigada por ter vindo conhecer-nos ao escritório do Porto. Gostámos muito da conversa, mas depois de muita ponderação oferecemos a posição a outra pessoa com mais experiência em auditoria a instituições de solidariedade social.
Queria te contar pessoalmente: não vamos te oferecer a vaga de {role}. A banca gostou muito da sua apresentação, mas a decisão final pesou a experiência direta com sistemas portuários.
Após a segunda ronda de entrevistas, o comité reuniu-se na sexta-feira. Lamento informar que foi decidido contratar outra pessoa.
Obrigado pelo tempo que você dedicou às três entrevistas. Foi uma decisão apertada, mas escolhemos uma candidata que pode começar no início de março.
SUBJECT: Retorno sobre sua entrevista || Concluímos todas as entrevistas para a vaga de {role} e, infelizmente, você não foi selecionado desta vez.
""",
        "rej_after_assessment": """
Obrigado por concluir os testes online do nosso Programa de Trainee. Seus resultados não atingiram a nota mínima para a etapa de entrevista em vídeo, então não seguiremos com sua candidatura este ano.
Avaliámos os resultados do dia de avaliação em Lisboa. Embora tenha tido uma boa participação na dinâmica de grupo, a sua pontuação global ficou abaixo da de outros participantes e não lhe podemos oferecer lugar no programa de estágios 2025.
Obrigado por entregar o estudo de caso. Os avaliadores consideraram que a parte de modelagem de ameaças não teve profundidade suficiente, por isso não vamos avançar com sua candidatura.
""",
        "rej_role_filled": """
Informamos que a vaga de {role} já foi preenchida, pelo que não nos é possível dar seguimento à sua candidatura.
A vaga para a qual você se candidatou foi preenchida pouco antes de recebermos seu currículo.
Só para avisar que já contratamos alguém para a vaga na clínica veterinária de Campinas. Obrigada mais uma vez por se candidatar.
""",
        "rej_role_gone": """
Após uma revisão orçamental, a vaga de {role} foi cancelada e não será preenchida. Por esse motivo, encerramos todas as candidaturas, incluindo a sua.
Congelamos as contratações em todas as nossas filiais do Sul até segunda ordem. O processo desta vaga foi suspenso e sua candidatura não poderá avançar.
Infelizmente, a posição foi cancelada após a reestruturação do nosso programa de aeroestruturas. Sabemos que você dedicou tempo ao processo e sentimos muito.
O cliente decidiu não abrir a posição afinal, então estou encerrando a busca do meu lado. Sinto muito, sei que você estava animado com essa.
""",
        "rej_internal": """
Decidimos preencher a posição de {role} com um colaborador interno. Assim, não seguiremos com candidatos externos.
Depois da primeira fase, uma colega do nosso escritório de Benguela candidatou-se à vaga e foi a escolhida. A sua candidatura fica assim encerrada.
A vaga foi preenchida por recrutamento interno, por isso não avançaremos com candidaturas externas.
""",
        "rej_public_formal": """
SUBJECT: Procedimento concursal n.º 27/2025 – Notificação de exclusão || Nos termos do Código do Procedimento Administrativo, fica V. Ex.ª notificado(a) de que foi excluído(a) do procedimento concursal para a categoria de {role}, por não ser detentor(a) do nível habilitacional exigido. Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
Comunicamos que, conforme resultado da análise curricular publicado no site da companhia metropolitana de transportes, o(a) candidato(a) não atingiu a pontuação mínima exigida no edital e está eliminado(a) do processo seletivo.
Vimos por este meio informar que a Comissão de Selecção deliberou não admitir a sua candidatura ao concurso público para o cargo de {role}, por falta de documentação obrigatória. Da presente decisão cabe reclamação no prazo de cinco dias.
""",
        "rej_short": """
Infelizmente não vamos seguir com sua candidatura.
Desculpe, no fim escolhemos outra pessoa para a vaga.
SUBJECT: {role} || Não foi desta vez. Obrigado por se candidatar.
A sua candidatura não foi selecionada.
""",
        "rej_buried_marketing": """
Há mais de 50 anos a nossa cooperativa reúne mais de 3.000 produtores de café do Sul de Minas e exporta para 30 países. Neste ano inauguramos uma nova unidade de torrefação movida a energia solar e ampliamos o programa de bolsas para filhos de cooperados. Sobre sua candidatura para {role}: após análise, não seguiremos com ela. Fique de olho no nosso site de carreiras.
A nossa rede de ginásios continua a crescer: 12 novos clubes em Portugal, um novo programa de aulas de grupo e a app para sócios 2.0. Ficámos muito contentes com o enorme interesse em trabalhar connosco. Para a função de {role}, no entanto, escolhemos outro perfil.
Como cooperativa de crédito, devolvemos este ano mais de R$ 18 milhões em sobras aos nossos associados e abrimos duas novas agências em Chapecó e Joinville. Infelizmente não poderemos oferecer a você uma posição neste processo.
""",
        "rej_in_reply": """
Obrigado pelo seu e-mail perguntando sobre o andamento da sua candidatura. Desculpe a demora, estávamos esperando o retorno do gestor, que estava de férias. Infelizmente decidimos não seguir com sua candidatura.
Respondendo à sua pergunta sobre meio período: não é possível, a clínica precisa de alguém em tempo integral para o centro cirúrgico. Esse foi também um dos motivos pelos quais escolhemos outra candidata.
Sim, recebemos o seu portfólio e a equipa viu-o na semana passada. Gostaram do seu trabalho de styling, mas escolheram alguém com mais experiência em vendas por grosso.
""",
        "rej_feedback": """
Você pediu um feedback: a banca avaliou muito bem sua comunicação com clientes, mas menos o conhecimento de IFRS 16. Esse foi o principal motivo para não oferecermos a vaga. Se ganhar experiência nisso, vamos gostar de receber uma nova candidatura sua.
Os entrevistadores acharam as suas respostas sobre gestão de incidentes pertinentes, mas demasiado genéricas; queriam saber o que fez concretamente. Por isso, não passará à entrevista final.
Um retorno que pode ajudar: seu perfil é muito forte em ensaios de campo, mas a vaga é principalmente de laboratório. Não seguiremos com sua candidatura, mas você combinaria com nossas vagas de pesquisa de campo.
""",
        "rej_talent_pool": """
Embora não sigamos com sua candidatura para {role}, gostaríamos de manter seu perfil em nosso banco de talentos por 12 meses. Se surgir uma vaga adequada, entraremos em contato.
O seu perfil não ficou na lista final. Com a sua autorização, guardaremos o seu CV para lhe propor funções semelhantes em Lisboa ou Braga.
A vaga foi preenchida por outra pessoa, mas adoraríamos manter contato. Entre na nossa comunidade de talentos pelo link abaixo para saber primeiro das novas vagas.
""",
        "rej_no_stock": """
O time se reuniu ontem: quem fica com a vaga é a Renata, que coordenou o piloto de ônibus elétricos em Curitiba no ano passado. Então não é você desta vez, e eu preferi te contar pessoalmente.
A lista final para {role} está fechada e o seu nome não consta dela. Ligue-me se quiser conversar sobre isso.
No fim ficaram duas pessoas e você era a outra. A contratação está feita e a decisão é definitiva.
""",
        "ack_receipt": """
Recebemos sua candidatura para {role}. Nossa equipe vai analisá-la e entraremos em contato sobre os próximos passos.
SUBJECT: Confirmação de candidatura – {role} || Confirmamos que a sua candidatura (ref. PT-7720) foi submetida com sucesso a 14 de março. Pode acompanhar o estado a qualquer momento na sua área de candidato.
Obrigado por se candidatar! Seu currículo já está com nosso time de recrutamento em São Paulo, que vai analisá-lo nos próximos dias.
O seu CV e a sua carta de motivação chegaram corretamente. Alguém da equipa de Recursos Humanos irá analisá-los em breve.
Confirmamos o recebimento da sua candidatura enviada pelo nosso site. Ela será avaliada de acordo com os requisitos da função.
""",
        "ack_status": """
Uma atualização rápida: sua candidatura está em análise pela gestora da vaga. Esperamos dar retorno a todos os candidatos até o fim da próxima semana.
O estado da sua candidatura mudou para «Em análise». Não é necessária nenhuma ação da sua parte.
Sua candidatura passou para a próxima fase da nossa análise interna, em que o diretor financeiro vai revisar a pré-seleção. Voltaremos a falar com você quando ela terminar.
Queria informar que continuamos a considerar a sua candidatura. Recebemos muito interesse e estamos a analisar cada perfil com cuidado.
""",
        "ack_delay": """
Desculpe a demora em dar retorno sobre a vaga de {role}. O gestor estava numa feira em Dubai e a análise atrasou cerca de uma semana. Você continua no processo.
O nosso processo de seleção está a demorar mais do que o previsto devido às férias da Páscoa. Contamos contactar os candidatos na semana de 22 de abril.
Desculpe, pensávamos ter escrito antes. O comitê ainda não se reuniu; avisaremos assim que isso acontecer.
Devido ao número de candidaturas recebidas, a análise levará mais duas semanas. Agradecemos a sua paciência.
""",
        "ack_rules": """
Recebemos sua candidatura. Apenas os candidatos pré-selecionados serão contactados.
Obrigado pela sua candidatura. Caso não receba notícias nossas no prazo de três semanas após o fecho do anúncio, considere que a sua candidatura não foi selecionada.
Infelizmente recebemos um número muito grande de candidaturas e não conseguimos responder a cada uma individualmente. Sua candidatura foi recebida e será avaliada junto com as demais.
Sua candidatura foi registrada. Entraremos em contato apenas com quem for chamado para entrevista, até 30 de maio.
Acusamos a recepção do seu processo. Pedimos que não ligue para saber do andamento; receberá uma comunicação por escrito no fim do processo de recrutamento.
""",
        "ack_borrow_rej": """
Infelizmente ainda não conseguimos analisar as candidaturas, porque o prazo foi prorrogado. Lamentamos a espera; escreveremos assim que houver uma decisão.
Lamentamos não poder ainda indicar um calendário. Nenhuma decisão foi tomada sobre a sua candidatura, que continua em avaliação.
Sabemos que esperar é difícil e sentimos muito por ainda não termos uma resposta. Infelizmente a banca de entrevistas ainda não foi definida. Não é uma recusa: sua candidatura continua no páreo.
Esta semana não conseguimos avançar com nenhuma candidatura porque falta a aprovação do orçamento. Sua candidatura segue ativa e avisaremos assim que houver novidades.
""",
        "ack_missing_docs": """
Obrigado pela sua candidatura. Antes de analisá-la, precisamos de uma cópia do seu diploma e do seu RG. Por favor, envie pelo portal até sexta-feira.
O seu processo está incompleto: faltam o certificado de habilitações e o atestado médico. Pode enviá-los para que possamos encaminhar o processo ao júri?
Recebemos sua candidatura, mas o anexo com a carta de apresentação parece estar vazio. Pode reenviá-lo? Até lá, sua candidatura fica em espera.
""",
        "inv_word": """
Gostaríamos de o convidar para uma entrevista para a função de {role}. Decorrerá no nosso escritório do Porto de Sines na quinta-feira, 12 de junho, às 10h30, e terá a duração de cerca de uma hora.
SUBJECT: Convite para entrevista – {role} || Após a pré-seleção, temos o prazer de convidar você para uma entrevista com a banca no dia 3 de julho, às 14h. Pediremos uma apresentação de dez minutos.
Você foi pré-selecionado para uma primeira entrevista com nossa equipe de auditoria no Rio. Escolha um horário pelo link abaixo.
""",
        "inv_no_word": """
Seu perfil chamou nossa atenção e gostaríamos de fazer uma ligação rápida para contar mais sobre a vaga. Você tem 20 minutos na quarta à tarde?
Topa passar aqui para um café com o time semana que vem? Nada formal, só para a gente se conhecer e te mostrar a fazenda.
O próximo passo seria uma conversa com a Doutora Mbala, que lidera o grupo de investigação. Pode indicar-me a sua disponibilidade para a próxima semana?
Gostaria de marcar um breve encontro com a diretora da clínica dentária. Ela pode na segunda às 9h ou na terça às 16h: o que lhe convém mais?
""",
        "inv_slots": """
Por favor, escolha um destes horários para uma conversa de 45 minutos com o responsável da área: terça 10h, terça 15h30 ou quinta 11h.
Queremos conhecer você. Horários disponíveis: 4 de setembro às 9h30, 4 de setembro às 13h ou 5 de setembro às 16h. Responda com sua preferência e enviaremos o convite na agenda.
""",
        "inv_assessment_day": """
Temos o prazer de convidar você para o nosso dia de avaliação em 18 de outubro, na sede em Belo Horizonte. Inclui dinâmica de grupo, estudo de caso e uma breve entrevista com dois sócios. Confirme presença até 10 de outubro.
Parabéns, passou à fase seguinte! Está convocado para uma manhã de avaliação nas nossas instalações em Luanda, com uma prova escrita e uma conversa técnica.
""",
        "inv_video": """
Podemos fazer uma videochamada pelo Teams nesta sexta às 11h? Envio o link assim que você confirmar. Estaremos eu e o gerente de operações.
""",
        "off_word": """
Tenho o prazer de lhe oferecer a função de {role}. Segue em anexo a proposta, com uma remuneração anual bruta de 28.000 € e data de início a 1 de setembro. Agradecemos a sua resposta até 20 de agosto.
SUBJECT: Proposta de emprego – {role} || Após as entrevistas, temos o prazer de apresentar a você uma proposta de contratação, condicionada à verificação de antecedentes e referências.
Queremos te fazer uma proposta! A carta formal com o salário (R$ 9.800 mensais em regime CLT), benefícios e data de início chega amanhã pelo RH.
""",
        "off_no_word": """
Boas notícias: o time quer muito que você se junte a nós como {role}. Te ligo hoje à tarde para falarmos do pacote e da data de início.
Temos o prazer de comunicar que foi a pessoa escolhida para a função. Segue em anexo o contrato de trabalho; por favor devolva-o assinado até segunda-feira.
Seja bem-vindo ao time! Adoraríamos que você começasse em 6 de janeiro. Revise o contrato anexo e confirme seu aceite.
""",
        "oth_job_alert": """
5 novas vagas combinam com seu alerta "assistente de auditoria, São Paulo": Assistente de auditoria júnior, Analista contábil, Auditor sênior e mais.
Novas vagas na {company} esta semana: Gerente de fazenda (Sorriso), Técnico de qualidade de alimentos (Rondonópolis), Engenheiro agrônomo júnior. Candidate-se antes do prazo.
""",
        "oth_newsletter": """
Na newsletter de carreiras deste mês: como a nossa frota de autocarros regionais está a passar para elétricos, três aprendizes mecânicos contam a sua experiência e dicas para o seu CV.
Novidades da Fundação: 42 projetos apoiados, uma nova parceria com bibliotecas comunitárias em Salvador e oportunidades de voluntariado para o inverno.
""",
        "oth_cold_outreach": """
Vi seu perfil no LinkedIn e acho que você pode se encaixar numa posição de Analista SOC em um cliente meu, uma empresa de cibersegurança em expansão em Florianópolis. Topa uma conversa rápida?
Sou headhunter especializada em fornecedores aeroespaciais e tenho duas oportunidades em São José dos Campos e em Évora que podem interessar-lhe. Posso enviar os detalhes?
""",
        "oth_event": """
Venha à nossa Noite de Carreiras em 27 de novembro, na nossa sede em Lisboa! Conheça as equipas de auditoria e fiscalidade e descubra as oportunidades para 2026. Inscreva-se pelo link.
Você está convidado para o nosso painel online "Mulheres na cibersegurança" em 8 de março, às 18h. Vagas limitadas.
""",
        "oth_account": """
A senha da sua conta de candidato na {company} foi alterada em 2 de maio às 21h14. Se não foi você, redefina a senha imediatamente.
Confirme o seu endereço de e-mail para concluir a criação da sua conta de candidato. O link expira em 48 horas.
""",
        "oth_survey": """
Como foi sua experiência ao se candidatar na {company}? Reserve 3 minutos para nossa pesquisa anônima; suas respostas nos ajudam a melhorar.
""",
        "oth_own_withdrawal": """
Recebemos o seu pedido para retirar a candidatura à função de {role} e ela já foi retirada. Obrigado por nos avisar e muito sucesso no novo emprego.
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
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply for the {role} role.",
            "We appreciate your interest in joining {company}.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your next steps.",
            "We wish you every success in the future.",
            "All the best for the rest of your search.",
        ],
        "marketing": [
            "{company} has been part of the community for over 60 years. Today our 1,400 colleagues across four countries look after clients, members and partners with the same care as on day one, and we were named a Top Employer for the third year running.",
            "At {company}, we believe great work starts with great people. That's why we invest in flexible working, paid volunteering days and a learning budget for every colleague. Follow us on LinkedIn to see what our teams are up to.",
            "Our purpose is simple: to make everyday journeys, harvests and homes a little better. In 2025 we cut our operational emissions by 18% and welcomed 220 new colleagues.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Warm wishes,\n{sender}",
            "Many thanks,\n{sender}\nPeople & Culture, {company}",
            "Regards,\n{sender}",
        ],
        "footer": [
            "This email was sent by {company} via our recruitment platform. To stop receiving these emails, update your preferences in your candidate account.",
            "{company} is registered in England and Wales under company number 08841327. Registered office: 4 Quayside Road, Hull.",
            "Please do not reply to this message; this mailbox is not monitored. We process your personal data in line with our candidate privacy notice.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Application update – {role}",
            "Your application to {company}",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "{role} at {company}",
            "Let's talk – {role}",
            "Meeting with {company}",
        ],
        "subject_off": ["Your offer from {company}", "{role} – good news", "Offer letter – {role}"],
        "subject_oth": [
            "News from {company}",
            "{company} Careers",
            "Your {company} account",
            "Jobs you might like",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Liebe*r {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Hi {first},",
            "Grüezi {first} Rivera,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung als {role}.",
            "Danke für dein Interesse an {company}.",
            "Schön, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
            "Für deine weitere Jobsuche wünschen wir dir viel Erfolg!",
            "Wir wünschen Ihnen weiterhin viel Erfolg.",
            "Alles Gute für dich und viel Erfolg weiterhin!",
        ],
        "marketing": [
            "{company} ist seit über 60 Jahren in der Region verwurzelt. Heute kümmern sich rund 1.400 Kolleg*innen an Standorten in Deutschland, Österreich und der Schweiz um unsere Kund*innen – und wir wurden zum dritten Mal in Folge als Top-Arbeitgeber ausgezeichnet.",
            "Bei {company} glauben wir, dass gute Arbeit mit guten Menschen beginnt. Deshalb bieten wir flexible Arbeitszeiten, ein persönliches Weiterbildungsbudget und zwei bezahlte Ehrenamtstage im Jahr. Folge uns auf LinkedIn und Instagram!",
            "Unser Anspruch: Wege, Ernten und Wohnräume ein Stück besser machen. 2025 haben wir unsere Emissionen um 18 % gesenkt und 220 neue Kolleg:innen begrüßt.",
        ],
        "sign": [
            "Freundliche Grüße\n{sender}",
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Liebe Grüße aus Wien\n{sender}",
            "Freundliche Grüsse\n{sender}\nHR Business Partner, {company}",
        ],
        "footer": [
            "{company} GmbH · Sitz: Bremen · Amtsgericht Bremen HRB 33817 · Geschäftsführung: Dr. Ute Brandl, Marco Veith",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
            "Du erhältst diese Nachricht, weil du ein Profil in unserem Karriereportal hast. Abmelden unter Einstellungen > Benachrichtigungen.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – Rückmeldung",
            "Ihre Bewerbung – {company}",
        ],
        "subject_inv": [
            "Nächste Schritte: {role}",
            "Kennenlernen bei {company}",
            "Termin – {role}",
        ],
        "subject_off": [
            "Dein Angebot von {company}",
            "Vertragsangebot {role}",
            "Gute Nachrichten – {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "{company} Karriere",
            "Ihr Bewerberkonto",
            "Passende Jobs für dich",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher·e {first},",
            "Bonjour {first} Rivera,",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé chez {company}.",
            "Merci pour votre candidature au poste de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons une bonne continuation.",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne chance pour la suite de vos démarches.",
        ],
        "marketing": [
            "Depuis plus de 60 ans, {company} accompagne ses clients et ses membres avec exigence et proximité. Nos 1 400 collaborateurs, répartis dans quatre pays, partagent une même ambition : bâtir un avenir plus durable.",
            "Chez {company}, nous croyons que les grandes réussites commencent par les personnes. Télétravail, budget formation individuel, journées de bénévolat : découvrez notre culture sur notre page carrières et suivez-nous sur LinkedIn.",
            "En 2025, nous avons réduit nos émissions de 18 % et accueilli 220 nouveaux talents. Merci à toutes celles et ceux qui font vivre notre mission au quotidien.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\n{company}",
            "Veuillez agréer nos salutations distinguées.\n{sender}",
            "Meilleures salutations,\n{sender}",
            "Au plaisir,\n{sender}\nConseillère en acquisition de talents",
        ],
        "footer": [
            "{company} SAS au capital de 2 400 000 € – RCS Lyon 812 447 309 – Siège social : 14 quai Perrache, Lyon.",
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous pouvez exercer vos droits d'accès et de suppression depuis votre espace candidat.",
            "Vous recevez ce courriel parce que vous avez un compte sur notre portail carrières. Se désabonner : Paramètres > Notifications.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – votre candidature",
            "Candidature {role}",
            "Suite à votre candidature",
        ],
        "subject_inv": ["Prochaine étape – {role}", "Rencontre avec {company}", "{role} : échange"],
        "subject_off": [
            "Votre proposition d'embauche – {company}",
            "{role} – bonne nouvelle",
            "Proposition – {role}",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "{company} Carrières",
            "Votre compte candidat",
            "Offres pour vous",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola, {first},",
            "Apreciado/a {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en {company}.",
            "Gracias por postularte a la vacante de {role}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus proyectos profesionales.",
            "Mucha suerte en lo que viene.",
        ],
        "marketing": [
            "Con más de 60 años de historia, {company} acompaña a clientes y socios en cuatro países. Nuestro equipo de 1.400 personas comparte un propósito: construir un futuro más sostenible.",
            "En {company} creemos que los grandes resultados empiezan por las personas. Por eso ofrecemos horario flexible, presupuesto de formación y días de voluntariado. Síguenos en LinkedIn para conocer a nuestros equipos.",
            "En 2025 redujimos nuestras emisiones un 18 % y dimos la bienvenida a 220 nuevos colaboradores. ¡Gracias por ser parte de esta historia!",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender}\n{company}",
            "Atentamente,\n{sender}",
            "Cordialmente,\n{sender}\nGestión Humana – {company}",
            "Un abrazo,\n{sender}",
        ],
        "footer": [
            "Este mensaje se ha enviado de forma automática; por favor, no responda a esta dirección. Puede ejercer sus derechos de acceso, rectificación y supresión desde su área de candidato.",
            "{company} S.A. de C.V. – Av. Insurgentes Sur 1458, Ciudad de México. Aviso de privacidad disponible en nuestro sitio web.",
            "Recibes este correo porque tienes una cuenta en nuestro portal de empleo. Darte de baja: Configuración > Notificaciones.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "{company}: su postulación",
            "Proceso de selección – {role}",
            "Sobre tu postulación",
        ],
        "subject_inv": ["Siguiente paso – {role}", "Conozcámonos – {company}", "{role}: agenda"],
        "subject_off": [
            "Tu oferta de {company}",
            "{role} – buenas noticias",
            "Carta oferta – {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Empleo en {company}",
            "Tu cuenta de candidato",
            "Vacantes para ti",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) {first},",
            "Bom dia, {first},",
            "Exmo.(a) Sr.(a) {first} Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos de muito sucesso.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "Há mais de 60 anos, a {company} acompanha clientes e cooperados em quatro países. Nosso time de 1.400 pessoas compartilha um propósito: construir um futuro mais sustentável.",
            "Na {company}, acreditamos que grandes resultados começam pelas pessoas. Por isso oferecemos horário flexível, orçamento para formação e dias de voluntariado. Siga-nos no LinkedIn!",
            "Em 2025 reduzimos as nossas emissões em 18% e demos as boas-vindas a 220 novos colaboradores. Obrigado por fazer parte desta história.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\n{company}",
            "Abraços,\n{sender}",
            "Cumprimentos,\n{sender}",
            "Um abraço,\n{sender}\nTime de Gente & Gestão",
        ],
        "footer": [
            "Esta mensagem foi enviada automaticamente; por favor, não responda. Tratamos os seus dados pessoais de acordo com a LGPD e a nossa política de privacidade.",
            "{company}, S.A. – Sede: Avenida da Liberdade 212, Lisboa – NIPC 514 882 067.",
            "Você recebe este e-mail porque tem uma conta no nosso portal de carreiras. Para cancelar, acesse Configurações > Notificações.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company}: a sua candidatura",
            "Processo seletivo – {role}",
            "Sobre a sua candidatura",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "Vamos conversar? – {company}",
            "{role}: agenda",
        ],
        "subject_off": ["Sua proposta da {company}", "{role} – boas notícias", "Proposta – {role}"],
        "subject_oth": [
            "Novidades da {company}",
            "Carreiras {company}",
            "A sua conta de candidato",
            "Vagas para você",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied for the role a few weeks ago and wanted to check whether there's any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. The team is still working through applications and I'll let you know as soon as I have more information.\n{sender}\n",
    "de": "Hallo {sender_first},\nich hoffe, es geht Ihnen gut. Ich habe mich vor einigen Wochen auf die Stelle beworben und wollte fragen, ob es schon einen Zeitplan gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachricht. Wir sichten noch die Bewerbungen und melden uns, sobald wir mehr wissen.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'espère que vous allez bien. J'ai postulé il y a quelques semaines et je me permets de vous demander s'il y a du nouveau concernant le calendrier.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. L'équipe étudie encore les candidatures ; je reviens vers vous dès que j'en sais plus.\n{sender}\n",
    "es": "Hola {sender_first}:\nEspero que estés bien. Me postulé hace unas semanas y quería consultar si hay novedades sobre los plazos del proceso.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. El equipo sigue revisando las postulaciones y te aviso en cuanto tenga más información.\n{sender}\n",
    "pt": "Olá {sender_first},\nEspero que esteja tudo bem. Candidatei-me à vaga há algumas semanas e gostaria de saber se há novidades sobre o calendário do processo.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contacto. A equipa ainda está a analisar as candidaturas e aviso assim que tiver mais informações.\n{sender}\n",
}
