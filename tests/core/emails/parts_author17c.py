# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 17c: hard-to-separate mail in five languages (en, de, fr, es, pt) -- offers phrased without the word offer (appointments, contracts, start dates, packages, conditional and verbal offers, public-sector and agency hires), invitations to calls, chats, tests, assessment centres and trial days, rejections that talk about offers, interviews and next steps, acknowledgements that mention interviews or offers without deciding, and other mail (alerts, cold recruiter mail, newsletters, surveys, webinars, withdrawals)."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordlicht Logistik GmbH",
    "Brightwater Analytics Ltd",
    "Maison Verbois SAS",
    "Soluciones Altamar S.L.",
    "Casa Ribeira Tecnologia Ltda.",
    "Kestrel Health Partners",
    "Helvara Energy AG",
    "Atelier Lumen SARL",
    "Grupo Velasco Ingeniería S.A.",
    "Vinhal & Costa Consultoria",
    "Quillmark Software Inc.",
    "Stadtwerke Hallenbach",
    "Eastmere District Council",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Manager",
    "Customer Success Manager",
    "Backend Developer",
    "Financial Controller",
    "UX Designer",
    "Logistics Coordinator",
    "HR Business Partner",
    "Marketing Specialist",
    "Quality Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Jonas Weber", "jonas.weber@{domain}"),
    ("Priya Nair", "priya.nair@{domain}"),
    ("Talent Team", "no-reply@mail.hirewell-ats.example"),
    ("Lucía Ortega", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("Recruiting", "jobs@{domain}"),
    ("Tom Hadley", "tom.hadley@{domain}"),
    ("Careers", "careers-noreply@apply.talentloop.example"),
    ("Sophie Lang", "bewerbung@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "off_informal": """
Great news: the team loved talking with you on Thursday and we'd love you to join us as {role}. We're thinking of a start on the first Monday of next month, base salary 62,000 plus the usual bonus scheme. Let me know if that works and I'll get the paperwork moving.
I'm really pleased to tell you that we want you on board! Everyone you met came back with a clear yes. I'll send the formal letter tomorrow, but I didn't want you to wait another night: the {role} job is yours if you want it.
SUBJECT: Welcome aboard (almost!) || So, we talked it over this morning and it's unanimous: we'd like you to come and work with us at {company}. Salary as discussed on the phone, 25 days' holiday, three days a week in the office. Just reply yes and we'll take care of the rest.
Quick one before the weekend: finance has signed off and we can hire you for the {role} position at the figure we discussed. Have a think over the weekend and give me a shout on Monday with your answer.
""",
        "off_contract": """
Further to your recent interviews, I am delighted to confirm your appointment to the position of {role} at {company}. Your contract of employment, which sets out the full terms and conditions, is attached. Please sign and return it by Friday 14 June.
Please find attached your contract of employment and a summary of your benefits for the role of {role}. To accept, simply sign the contract electronically using the DocuSign link you will receive separately, within five working days. Your proposed start date is Monday 2 September.
We are pleased to appoint you as {role}, reporting to the Head of Operations. Your annual base salary will be £48,500, paid monthly, with a 6% employer pension contribution, private medical cover and 27 days' annual leave plus bank holidays. The appointment is subject to a six-month probationary period.
Your start date would be Monday 7 October at 9:00 at our Leeds office. Before then we will need your signed contract (attached), a copy of your passport for the right-to-work check and your bank details for payroll. We're very much looking forward to welcoming you to the team.
""",
        "off_conditional": """
I am pleased to let you know that we would like to appoint you as {role}. This is a conditional offer, subject to two satisfactory references and a basic DBS check. Once these have been received we will issue your contract and confirm your start date.
Following the panel's recommendation, {company} is happy to make you a provisional appointment as {role}, pending satisfactory pre-employment screening (references, occupational health clearance and verification of your qualifications). Please complete the forms in the onboarding portal at your earliest convenience.
Subject to references, we'd like you to start with us as {role} on 1 July. Compensation is $95,000 per year plus stock options as set out in the attached summary. Could you send me contact details for two referees, ideally including your most recent manager?
""",
        "off_verbal": """
Thank you for taking my call this afternoon. As promised, here it is in writing: we are offering you the {role} role at an annual salary of €58,000, starting on 15 April. I'm delighted you accepted on the phone, and HR will send the formal documents within two working days.
Just following up our conversation from earlier to confirm in writing: the job is yours. Base of 54k, 10% target bonus, start date flexible between 3 and 17 March. HR will send the contract as soon as you tell us which date suits you.
As discussed on the phone, I'm happy to confirm that {company} would like to hire you as {role}. I've attached a one-page summary of the package (salary, bonus, leave, home-office allowance). Please reply to confirm you accept so that I can raise the contract.
""",
        "off_public": """
I am writing to inform you that, following the selection process for the post of {role} (Grade 7), the appointment panel has recommended you for appointment. The post is offered on a permanent basis at spinal point 32, subject to the standard pre-employment checks described in the enclosed letter.
Following your interview on 12 March, the Council is pleased to appoint you to the post of {role}. Your starting salary will be at the bottom of Band 6. Please complete and return the enclosed acceptance form and the declaration of unspent convictions within 10 working days.
You have been successful in the recent campaign for {role}. You have been placed first on the order of merit and we can now proceed with your appointment, subject to security vetting at BPSS level. Please confirm by return whether you wish to accept the post.
""",
        "off_agency": """
Fantastic news! I've just come off the phone with {company} and they want to hire you. They've come back at 72k base plus bonus, start in four weeks. Call me as soon as you get this and we'll go through the details together.
Great feedback from yesterday's final stage: my client {company} has decided to hire you for the {role} position and has put together a package of £60,000, 28 days' holiday and a hybrid pattern. They'd like an answer by Wednesday, so let me know your thoughts.
Your contract with {company} is ready. We'll be your employer of record for the first six months: day rate 450 GBP, outside IR35, start next Monday. I've attached the assignment schedule; please sign it and send it back today if you can.
""",
        "inv_call": """
Your background caught our eye and we'd like to have a quick 20-minute call to tell you more about the {role} role and hear what you're looking for. When are you free this week? Tuesday or Thursday afternoon would work well on our side.
Thanks for applying! I'm the recruiter looking after this role and I'd love to set up a short intro chat. Could you pick a time that suits you here: calendly.com/tom-hadley/30min? It's a relaxed conversation, no preparation needed.
SUBJECT: Coffee next week? || Would you be up for a coffee next week? I'm in town on Tuesday and Wednesday and would love to hear more about your experience in logistics. Let me know what suits and I'll find somewhere near King's Cross.
We'd like to invite you to a phone screen with a member of our talent acquisition team. The call will last around 30 minutes and will cover your experience, your salary expectations and your notice period. Please reply with three time slots that suit you over the next week.
Hi {first}, are you around for a quick call tomorrow? The hiring manager has a few questions about your last project before we set up the next round. Any time between 9 and 12 works for me.
""",
        "inv_booking": """
Good news: your application for {role} has progressed to the next stage. Please use the link below to book a video call with the hiring manager. Slots are available from Monday 3 to Friday 7 June and are allocated on a first-come, first-served basis.
You've been shortlisted! Please choose a time for your video conversation with our team using the scheduling link in this email. If none of the slots work for you, reply to this message and we'll find an alternative.
We'd like to hear more from you. Please record short video answers to three questions using the link below within the next five days. It should take about 15 minutes and you can re-record each answer once.
""",
        "inv_assessment": """
As the next step in our process, we'd like you to complete a take-home case study. The brief is attached; please send your solution by Monday 9 am. We expect it to take about three hours, and we'll then walk through it together in a 45-minute session.
We are pleased to invite you to our assessment centre on Wednesday 19 February at our Manchester office, from 9:30 to 16:00. The day includes a group exercise, a presentation and a competency-based discussion. Please bring photo ID and let us know of any adjustments you need.
You have been invited to complete an online numerical reasoning test as part of your application for {role}. The test takes around 25 minutes and must be completed within 72 hours of receiving this email. The link is unique to you.
Thanks for your time on the first call. Next up is a technical exercise: a 90-minute pair-programming session with two of our engineers. Could you let me know which of these works for you: Tue 14:00, Wed 10:00 or Thu 16:00 (UK time)?
""",
        "inv_trial": """
We'd love to have you in for a trial shift on Saturday so you can meet the team and see how we work. It would be 10 till 4, paid at the standard hourly rate, lunch on us. Can you confirm you're able to make it?
The next step is a paid trial day with the design team. You'd spend the morning on a small brief and the afternoon presenting your ideas back to us. Which day next week would suit you best?
""",
        "inv_second": """
Thanks again for speaking with Sarah last week, she really enjoyed the conversation. We'd like you to come back and meet the wider team: two 45-minute conversations, one with engineering and one with product. Are you available on Thursday the 21st, any time after 1 pm?
We'd like to continue the conversation. Would you be available for a second meeting with our Managing Director at our office on Friday at 11:00? It should take around an hour.
Great to speak to you yesterday. I've shared my notes with the hiring manager and she'd like to meet you. Could you send me your availability for next week? The meeting would be on Teams and last about 45 minutes.
You are invited to attend a panel interview for the post of {role} on Tuesday 4 March at 14:15 at the Civic Centre, Room 2.04. Please bring proof of identity and your original certificates, and prepare a 10-minute presentation on the topic enclosed.
SUBJECT: Next step: final conversation || Congratulations on reaching the final stage. The last step is an informal conversation with our CEO, more about values and ways of working than about your CV. Her assistant will be in touch to schedule it, or you can grab a slot via the link below.
My client {company} has reviewed your CV and would like to meet you. They've suggested Monday at 10:30 or Wednesday at 15:00 at their offices in Canary Wharf. Which one shall I confirm?
""",
        "rej_offer_other": """
Thank you for your time throughout the process for {role}. After careful consideration, we have offered the role to another candidate, who has accepted. We were impressed by your experience and would be glad to hear from you about future openings.
I wanted to let you know personally that we've decided to make an offer to someone whose background is a closer match to what the team needs right now. It was a really close call and I enjoyed our conversations a lot.
We have now concluded the selection process and the position has been offered to, and accepted by, another candidate. We will therefore not be progressing your application further. Your details will be kept on file for six months.
Unfortunately we're not in a position to offer you the role on this occasion. The panel felt that other candidates demonstrated more direct experience of stakeholder management at senior level.
SUBJECT: Update on your application || We wanted to update you on the {role} position: an offer has been made and accepted, so the vacancy is now closed. Thank you for your interest, and we encourage you to apply for future roles that match your profile.
""",
        "rej_no_interview": """
Thank you for applying for {role}. We received a very high number of applications and, after reviewing yours, we will not be inviting you to interview on this occasion.
We have reviewed your application and, unfortunately, we have decided not to move to the next step with you. This was not an easy decision given the strength of the candidate pool.
Your application has been reviewed by the hiring team. Unfortunately, you have not been shortlisted for interview. Due to the volume of applications we are unable to provide individual feedback at this stage.
We appreciate the time you put into your application. At this stage we've decided to proceed with other candidates whose experience more closely matches our current needs, so we won't be scheduling a call with you.
Thanks for completing the online assessment. Unfortunately your results did not meet the threshold required to progress to the interview stage, and your application for {role} will not go any further.
""",
        "rej_after_interview": """
Thank you for coming in to meet the team last Tuesday. We really enjoyed the conversation, but we've decided not to take your application to the next stage. If it would help, I'm happy to share some feedback on a short call.
I'm sorry to tell you that, after the final round, no offer will be made to you for this position. The decision came down to very specific experience with regulated environments, not to anything you did wrong in the interviews.
Thanks for the effort you put into the case study. The team reviewed it carefully and, while there was a lot to like, we have decided not to invite you to the final interview.
Following your assessment centre on Wednesday, I regret to inform you that you have not been successful on this occasion. Detailed feedback on each exercise is available on request.
Hi {first}, thanks so much for the trial day, the team really liked you. Honestly it was a tough one, but we've gone with someone who has more hands-on experience with our stack. Keep in touch, I mean that.
Following the panel's deliberations, I'm afraid the panel has decided not to recommend you for appointment to the post of {role}. The panel noted your strong written application and the quality of your presentation.
""",
        "rej_closed": """
We are writing to let you know that the {role} vacancy has been withdrawn following an internal restructure. No appointment will be made to this post, and all scheduled interviews have been cancelled.
Unfortunately, due to a change in business priorities, the {role} position has been cancelled and we are closing the process with all candidates, including you. We're really sorry, given how far along you were.
The position you applied for has been filled internally. Your application therefore won't be taken further, but we hope you'll keep an eye on our careers page.
Bad news from my side, I'm afraid: {company} has decided not to proceed with you for the {role} role. They thought you'd be great but they need someone who can start within two weeks. I'll keep you in mind for the other roles I'm working on.
""",
        "ack_received": """
We've received your application for {role} and our recruitment team will review it shortly. Interviews are expected to take place in March; shortlisted candidates will be contacted by the end of February.
Thank you for your application. The closing date for this vacancy is 30 April. Shortlisting will take place the following week and we aim to hold interviews during the week commencing 13 May. If you have not heard from us by 20 May, please assume that you have not been shortlisted on this occasion.
Your application for {role} has been received (reference REQ-20417). Please note that offers of employment are only ever made in writing by our HR department, and we will never ask you for payment at any stage of the process.
I just wanted to confirm that I've passed your CV to the hiring manager at {company}. They usually come back within a week, and I'll let you know as soon as I hear whether they'd like to meet you.
""",
        "ack_status": """
Just a quick update: we're still interviewing other candidates this week, and we expect to make offers by the end of the month. I'll be in touch either way as soon as we have a decision.
SUBJECT: Status update: {role} || Your application is still under review. The hiring manager has been travelling, which has slowed things down a little, but you're still in the process and we'll get back to you within the next two weeks.
Thank you for attending the interview on Monday. The panel will meet on Friday to make their decision, and we expect to contact all candidates with the outcome early next week.
We wanted to let you know that recruitment for {role} has been paused while we review next year's budget. No decisions have been made on any application, and we'll be back in touch as soon as we know more.
Thanks for completing the assessment. Your results have been passed to the hiring team, who will decide on next steps. You can track the status of your application in the candidate portal at any time.
Thanks for your patience. We had a great response to this role and it is taking a little longer than planned. We hope to finish first-round interviews by mid-June and will let you know then whether you've been selected.
The selection panel has completed the interviews. You have been placed on the reserve list for this post, which remains valid for 12 months. If a vacancy arises we may contact you; this does not constitute an offer of appointment.
""",
        "ack_documents": """
Before we can take your application further, we need a copy of your degree certificate and your right-to-work documents. Please upload them to your candidate profile; your application remains under consideration in the meantime.
""",
        "oth_alert": """
New jobs matching your alert "data analyst London": 14 new offers this week. Top match: {role} at {company}, hybrid, £45k to £55k. Apply in one click with your saved profile. Manage your alerts or unsubscribe in your settings.
Your daily job digest: 8 new roles match "{role}". Employers are actively hiring, so be one of the first 10 applicants. Tip: complete your profile to get the "interview ready" badge.
""",
        "oth_cold": """
I came across your profile and think you could be a great fit for a {role} role I'm working on with a fast-growing fintech client in Berlin. Package up to 85k plus equity. Would you be open to a quick chat? If not, no worries, and referrals are always appreciated.
I'm a specialist recruiter in supply chain and operations. I'm not contacting you about a specific vacancy right now, but I'd like to add you to our talent network so I can send you relevant offers. Reply with your current CV and salary expectations if you're interested.
""",
        "oth_newsletter": """
This month at {company}: our new Lisbon hub opens its doors, meet the people behind our sustainability report, and five tips for your next video interview from our recruiting team. Plus: open roles in engineering and finance.
""",
        "oth_survey": """
Help us improve our hiring experience! You recently applied to {company}. Tell us how it went in a 3-minute survey. Your answers are anonymous and will not affect your application in any way.
""",
        "oth_event": """
Join our free webinar "How to negotiate your job offer" on Thursday at 18:00 CET. Our senior recruiters will share what really happens after the final interview and answer your questions live. Register now, places are limited.
""",
        "oth_withdrawn": """
As you requested, we have withdrawn your application for {role}. Your data will be deleted in line with our privacy policy within 30 days. If you change your mind, you are welcome to apply again at any time.
""",
    },
    "de": {
        "off_informal": """
Kurz und knapp, weil ich es nicht länger für mich behalten kann: Das Team ist begeistert und wir würden dich sehr gerne als {role} bei uns an Bord holen! Gehalt wie besprochen, Start gern zum 1. des übernächsten Monats. Sag mir einfach Bescheid, dann schicke ich dir den Vertrag.
Nach unseren Gesprächen ist für uns klar: Wir möchten Sie einstellen. Wir haben uns im Team einstimmig für Sie entschieden und freuen uns, wenn Sie bei {company} als {role} einsteigen. Den schriftlichen Vertrag bekommen Sie in den nächsten Tagen von unserer Personalabteilung.
SUBJECT: Gute Nachrichten von {company} || Wir haben uns gestern noch lange zusammengesetzt und sind uns einig: Du passt super zu uns. Wir würden uns freuen, wenn du ab Februar als {role} bei uns anfängst, 30 Urlaubstage, zwei Tage Homeoffice pro Woche, Jahresgehalt 61.000 Euro brutto. Gib mir bis Freitag Bescheid, ob du dabei bist.
Die Freigabe von der Geschäftsführung ist da, wir können Sie zu den im Gespräch genannten Konditionen als {role} einstellen. Überlegen Sie in Ruhe und rufen Sie mich am Montag an, dann klären wir die letzten Details.
""",
        "off_contract": """
Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum nächstmöglichen Zeitpunkt als {role} in unserem Unternehmen einstellen möchten. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 14. Juni zurück.
Im Anhang finden Sie Ihren Arbeitsvertrag sowie eine Übersicht über unsere Zusatzleistungen. Ihr Eintrittstermin wäre der 1. September 2025, die Probezeit beträgt sechs Monate. Das Jahresbruttogehalt beläuft sich auf 58.500 Euro, zahlbar in zwölf Monatsgehältern.
Ihr erster Arbeitstag wäre Montag, der 7. Oktober, um 9:00 Uhr an unserem Standort in Hamburg. Bis dahin benötigen wir den unterschriebenen Vertrag, Ihre Steuer-ID, Ihre Sozialversicherungsnummer und Ihre Bankverbindung. Wir freuen uns sehr darauf, Sie in unserem Team willkommen zu heißen.
Mit großer Freude bestätigen wir Ihnen die Einstellung als {role} bei {company} in Zürich. Der beigefügte Arbeitsvertrag regelt alle Einzelheiten: Jahreslohn CHF 112.000 brutto, 13 Monatslöhne, 25 Ferientage. Bitte unterzeichnen Sie den Vertrag elektronisch über den separaten Link.
""",
        "off_conditional": """
Wir möchten Sie gerne als {role} einstellen. Die Einstellung steht unter dem Vorbehalt der Vorlage eines einwandfreien polizeilichen Führungszeugnisses sowie einer positiven Referenzauskunft Ihres letzten Arbeitgebers. Sobald beides vorliegt, erhalten Sie Ihren Vertrag und den verbindlichen Starttermin.
Vorbehaltlich der betriebsärztlichen Eignungsuntersuchung freuen wir uns, Sie ab dem 1. Juli als {role} bei uns begrüßen zu dürfen. Den Termin beim Betriebsarzt vereinbaren wir für Sie; die Vertragsunterlagen folgen im Anschluss.
Unser Betriebsrat muss Ihrer Einstellung noch formal zustimmen, das ist bei uns reine Formsache. Inhaltlich ist die Entscheidung gefallen: Wir möchten Sie als {role} einstellen, zum besprochenen Gehalt von 64.000 Euro. Den Vertrag schicken wir Ihnen, sobald die Zustimmung vorliegt, voraussichtlich Ende nächster Woche.
""",
        "off_verbal": """
Vielen Dank für das nette Telefonat heute Nachmittag. Wie versprochen bestätige ich Ihnen hiermit schriftlich, was wir besprochen haben: Wir stellen Sie als {role} ein, Jahresgehalt 67.000 Euro brutto plus variable Vergütung, Beginn am 15. April. Ich freue mich, dass Sie am Telefon direkt zugesagt haben.
Wie heute Morgen am Telefon besprochen, hier noch einmal schriftlich: Die Stelle gehört dir! 55.000 Euro fix, 10 % Bonus, Start flexibel zwischen dem 3. und 17. März. Sobald du mir deinen Wunschtermin nennst, geht der Vertrag raus.
Anknüpfend an unser Gespräch bestätige ich Ihnen gerne, dass {company} Sie als {role} einstellen möchte. Eine einseitige Zusammenfassung der Konditionen (Gehalt, Urlaub, Jobrad, Homeoffice-Pauschale) habe ich Ihnen angehängt. Bitte bestätigen Sie mir kurz per Mail Ihre Zusage, damit ich den Vertrag veranlassen kann.
""",
        "off_public": """
Nach Abschluss des Auswahlverfahrens freue ich mich, Ihnen mitteilen zu können, dass die Auswahlentscheidung auf Sie gefallen ist. Wir beabsichtigen, Sie unbefristet als {role} in Entgeltgruppe 11 TVöD einzustellen. Der Personalrat hat der Einstellung bereits zugestimmt; die weiteren Unterlagen erhalten Sie mit separater Post.
Die Auswahlkommission hat sich nach den Vorstellungsgesprächen für Sie entschieden. Wir freuen uns, Sie zum 1. Mai als {role} bei den {company} einzustellen, Eingruppierung E 10 TV-V. Bitte reichen Sie uns die beigefügte Einverständniserklärung sowie ein aktuelles Führungszeugnis bis zum 15. April ein.
Sie haben sich im Auswahlverfahren durchgesetzt. Hiermit sagen wir Ihnen die Einstellung als {role} zu, vorbehaltlich der Zustimmung der Personalvertretung und der gesundheitlichen Eignung. Wir bitten Sie, uns bis zum 30. des Monats mitzuteilen, ob Sie die Stelle annehmen.
""",
        "off_agency": """
Super Nachrichten! Ich hatte eben {company} am Telefon und sie möchten Sie unbedingt einstellen. 70.000 Euro Fixgehalt plus Bonus, Start in vier Wochen. Rufen Sie mich an, sobald Sie das lesen, dann gehen wir alles zusammen durch.
Das Feedback nach dem finalen Gespräch gestern war hervorragend: Unser Kunde {company} hat sich für Sie als {role} entschieden und bietet Ihnen 62.000 Euro, 30 Urlaubstage und mobiles Arbeiten an. Der Kunde wünscht sich eine Rückmeldung bis Mittwoch, lassen Sie mich wissen, wie Sie darüber denken.
Ihr Projektvertrag für den Einsatz bei {company} ist fertig: Stundensatz 95 Euro, Laufzeit sechs Monate mit Verlängerungsoption, Start nächsten Montag. Bitte unterschreiben Sie den angehängten Einzelauftrag und schicken Sie ihn mir heute noch zurück, wenn möglich.
""",
        "inv_call": """
Ihr Profil hat uns neugierig gemacht und wir würden Sie gerne in einem kurzen Telefonat von etwa 20 Minuten näher kennenlernen. Wann passt es Ihnen in dieser Woche? Bei uns ginge Dienstag oder Donnerstag am Nachmittag.
Danke für deine Bewerbung! Ich bin die Recruiterin für die Stelle und würde gerne ein kurzes Kennenlernen mit dir vereinbaren, ganz locker per Video, keine Vorbereitung nötig. Such dir einfach über den Link unten einen Termin aus, der dir passt.
SUBJECT: Kennenlernen bei einem Kaffee? || Hätten Sie nächste Woche Lust auf einen Kaffee? Ich bin am Dienstag und Mittwoch in München und würde gerne mehr über Ihre Erfahrungen in der Logistik hören. Sagen Sie mir, was Ihnen passt, dann suche ich ein Café in Bahnhofsnähe aus.
Gerne möchten wir Sie zu einem telefonischen Erstgespräch mit unserem Recruiting-Team einladen. Das Gespräch dauert rund 30 Minuten; wir sprechen über Ihren Werdegang, Ihre Gehaltsvorstellung und Ihre Kündigungsfrist. Bitte nennen Sie uns drei mögliche Zeitfenster in den nächsten sieben Tagen.
Hast du morgen kurz Zeit für einen Anruf? Die Teamleitung hat noch ein paar Fragen zu deinem letzten Projekt, bevor wir die nächste Runde planen. Zwischen 9 und 12 Uhr passt es mir jederzeit.
""",
        "inv_booking": """
Ihre Bewerbung als {role} hat uns überzeugt und ist eine Runde weiter. Bitte buchen Sie über den folgenden Link einen Termin für ein Videogespräch mit der Fachabteilung. Termine stehen vom 3. bis 7. Juni zur Verfügung und werden in der Reihenfolge der Buchung vergeben.
Sie sind in der engeren Auswahl! Wählen Sie bitte über den Terminlink in dieser E-Mail einen Zeitpunkt für Ihr digitales Kennenlernen mit unserem Team. Falls keiner der Termine passt, antworten Sie einfach auf diese Nachricht.
Wir möchten Sie gerne besser kennenlernen. Bitte beantworten Sie innerhalb der nächsten fünf Tage über den untenstehenden Link drei kurze Fragen per Video. Das dauert etwa 15 Minuten und Sie können jede Antwort einmal neu aufnehmen.
""",
        "inv_assessment": """
Als nächsten Schritt möchten wir Sie bitten, eine kleine Fallstudie zu bearbeiten. Die Aufgabenstellung finden Sie im Anhang; bitte senden Sie uns Ihre Lösung bis Montag, 9 Uhr. Wir rechnen mit etwa drei Stunden Aufwand und besprechen Ihr Ergebnis anschließend gemeinsam in einem 45-minütigen Termin.
Wir laden Sie herzlich zu unserem Assessment-Center am Mittwoch, den 19. Februar, von 9:30 bis 16:00 Uhr in unsere Zentrale nach Düsseldorf ein. Auf Sie warten eine Gruppenübung, eine Präsentation und ein strukturiertes Gespräch. Bitte bringen Sie einen Lichtbildausweis mit.
Im Rahmen Ihrer Bewerbung als {role} bitten wir Sie, einen Online-Test zum logischen Denken zu absolvieren. Der Test dauert etwa 25 Minuten und muss innerhalb von 72 Stunden nach Erhalt dieser E-Mail abgeschlossen werden. Der Zugangslink ist persönlich und nur einmal gültig.
Danke für das erste Gespräch! Als Nächstes steht eine technische Übung an: 90 Minuten Pair Programming mit zwei Kollegen aus dem Backend-Team. Welcher Termin passt dir: Dienstag 14 Uhr, Mittwoch 10 Uhr oder Donnerstag 16 Uhr?
""",
        "inv_trial": """
Wir würden dich gerne zu einem Probearbeitstag einladen, damit du das Team und unseren Alltag kennenlernst. Wie wäre es mit Freitag von 9 bis 16 Uhr? Der Tag wird natürlich vergütet, Mittagessen geht auf uns.
Der nächste Schritt wäre ein Hospitationstag bei uns im Lager in Bremen. Sie begleiten einen Tag lang unsere Schichtleitung und lernen die Abläufe vor Ort kennen. Bitte teilen Sie uns mit, welcher Tag in der kommenden Woche für Sie möglich ist.
""",
        "inv_second": """
Vielen Dank noch einmal für das angenehme Gespräch mit Frau Brandt. Wir würden Sie gerne zu einem zweiten Gespräch einladen, diesmal mit zwei künftigen Kolleginnen aus dem Team. Hätten Sie am Donnerstag, den 21., ab 13 Uhr Zeit?
Wir möchten das Gespräch gerne vertiefen. Hätten Sie Zeit für ein persönliches Treffen mit unserem Geschäftsführer am Freitag um 11 Uhr in unserem Büro in Köln? Planen Sie bitte etwa eine Stunde ein.
Hiermit laden wir Sie zu einem Vorstellungsgespräch für die Stelle als {role} am Dienstag, dem 4. März, um 14:15 Uhr im Rathaus, Zimmer 204, ein. Bitte bestätigen Sie den Termin bis zum 25. Februar. Reisekosten können leider nicht erstattet werden.
SUBJECT: Letzte Runde: Gespräch mit unserer CEO || Herzlichen Glückwunsch, Sie sind in der letzten Runde! Zum Abschluss möchten wir Sie zu einem lockeren Austausch mit unserer CEO einladen, bei dem es eher um Werte und Zusammenarbeit geht als um Ihren Lebenslauf. Ihre Assistenz meldet sich zur Terminabstimmung.
Unser Kunde {company} hat Ihre Unterlagen gesichtet und möchte Sie gerne persönlich kennenlernen. Vorgeschlagen sind Montag 10:30 Uhr oder Mittwoch 15 Uhr in Frankfurt. Welchen Termin darf ich für Sie bestätigen?
Hättest du Lust, nächste Woche noch mal vorbeizukommen und das restliche Team kennenzulernen? Es wären zwei kurze Runden à 45 Minuten mit Produkt und Engineering. Schick mir einfach ein paar Zeiten, die dir passen.
""",
        "rej_offer_other": """
Vielen Dank für Ihre Zeit und Ihr Engagement im Auswahlprozess für die Position als {role}. Nach sorgfältiger Abwägung haben wir uns entschieden, die Stelle einer anderen Kandidatin anzubieten, die bereits zugesagt hat. Ihr Profil hat uns dennoch beeindruckt.
Ich wollte es Ihnen persönlich sagen: Wir haben einem anderen Bewerber den Vertrag angeboten, dessen Erfahrung noch etwas genauer zu unseren aktuellen Anforderungen passt. Es war eine sehr knappe Entscheidung und mir haben unsere Gespräche viel Freude gemacht.
Das Auswahlverfahren ist inzwischen abgeschlossen, die Stelle wurde anderweitig besetzt. Wir können Ihnen daher leider kein Angebot machen. Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.
Leider können wir Ihnen die Stelle diesmal nicht anbieten. Die Auswahlkommission war der Ansicht, dass andere Bewerberinnen und Bewerber mehr unmittelbare Führungserfahrung mitbringen.
SUBJECT: Ihre Bewerbung bei {company} || Kurzes Update zur Position {role}: Wir haben eine Zusage von einer anderen Kandidatin erhalten, die Stelle ist damit besetzt. Danke für Ihr Interesse, wir würden uns freuen, wenn Sie sich bei passenden Stellen wieder bewerben.
""",
        "rej_no_interview": """
Vielen Dank für Ihre Bewerbung als {role}. Wir haben sehr viele Bewerbungen erhalten und müssen Ihnen nach eingehender Prüfung leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.
Wir haben Ihre Unterlagen sorgfältig geprüft und uns leider entschieden, mit Ihnen nicht in die nächste Runde zu gehen. Angesichts der vielen starken Bewerbungen ist uns das nicht leichtgefallen.
Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Auswahl für die Gespräche gekommen sind. Aufgrund der Vielzahl an Bewerbungen können wir zu diesem Zeitpunkt kein individuelles Feedback geben.
Danke, dass du dir die Zeit für deine Bewerbung genommen hast. Wir haben uns entschieden, mit Kandidatinnen weiterzumachen, deren Erfahrung näher an unserem aktuellen Bedarf liegt, deshalb werden wir kein Kennenlernen mit dir vereinbaren.
Vielen Dank für die Teilnahme am Online-Test. Ihr Ergebnis liegt leider unter der Schwelle, die für die Einladung zum Gespräch erforderlich ist. Ihre Bewerbung als {role} können wir daher nicht weiter berücksichtigen.
""",
        "rej_after_interview": """
Danke, dass du letzte Woche bei uns warst, das Gespräch hat uns allen Spaß gemacht. Trotzdem haben wir entschieden, deine Bewerbung nicht in die nächste Runde zu nehmen. Wenn es dir hilft, gebe ich dir gerne in einem kurzen Telefonat Feedback.
Es tut mir leid, Ihnen mitteilen zu müssen, dass wir Ihnen nach der finalen Runde keine Zusage geben können. Ausschlaggebend war sehr spezifische Erfahrung im regulierten Umfeld, nicht Ihr Auftreten in den Gesprächen.
Danke für die Mühe, die Sie in die Fallstudie gesteckt haben. Das Team hat sie sich genau angesehen und es gab vieles, was uns gefallen hat, dennoch haben wir entschieden, Sie nicht zum finalen Gespräch einzuladen.
Nach reiflicher Überlegung im Anschluss an das Assessment-Center müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Eine detaillierte Rückmeldung zu den einzelnen Übungen erhalten Sie auf Wunsch.
Danke für den Probearbeitstag, das Team mochte dich wirklich. Am Ende haben wir uns aber für jemanden mit mehr Praxiserfahrung in unserem Tech-Stack entschieden. Lass uns in Kontakt bleiben, das meine ich ernst.
Nach Abschluss der Vorstellungsgespräche hat sich die Auswahlkommission für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine positive Nachricht geben zu können, und danken Ihnen für Ihre Präsentation.
""",
        "rej_closed": """
Wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle als {role} aufgrund einer internen Umstrukturierung nicht besetzt wird. Das Verfahren ist damit beendet, geplante Gesprächstermine entfallen.
Aufgrund geänderter Prioritäten wurde die Stelle als {role} gestrichen. Wir müssen den Prozess daher mit allen Kandidaten beenden, auch mit Ihnen. Das tut uns wirklich leid, zumal Sie schon so weit im Prozess waren.
Die Position, auf die Sie sich beworben haben, wurde intern besetzt. Ihre Bewerbung wird deshalb nicht weiter berücksichtigt; schauen Sie aber gerne weiterhin auf unserer Karriereseite vorbei.
Leider keine guten Nachrichten von mir: {company} hat sich entschieden, den Prozess mit Ihnen nicht fortzusetzen. Man war von Ihnen angetan, braucht aber jemanden, der innerhalb von zwei Wochen starten kann. Ich melde mich, sobald ich eine passende andere Position habe.
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Die Vorstellungsgespräche finden voraussichtlich im März statt; ausgewählte Bewerberinnen und Bewerber werden bis Ende Februar benachrichtigt.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Die Bewerbungsfrist endet am 30. April, die Auswahlgespräche sind für die Kalenderwoche 20 geplant. Bitte sehen Sie von telefonischen Nachfragen zum Stand des Verfahrens ab.
Ihre Bewerbung ist bei uns eingegangen (Kennziffer 2025-117). Bitte beachten Sie: Einstellungszusagen erfolgen ausschließlich schriftlich durch unsere Personalabteilung, und wir verlangen zu keinem Zeitpunkt Gebühren von Bewerbern.
Kurze Info: Ich habe Ihr Profil an die Teamleitung bei {company} weitergeleitet. Normalerweise kommt innerhalb einer Woche eine Rückmeldung, und ich sage Ihnen sofort Bescheid, ob man Sie kennenlernen möchte.
""",
        "ack_status": """
Kurzes Update: Wir führen diese Woche noch Gespräche mit weiteren Kandidaten und rechnen damit, bis Ende des Monats eine Entscheidung zu treffen und Zusagen zu verschicken. Ich melde mich in jedem Fall, sobald es Neuigkeiten gibt.
SUBJECT: Zwischenstand zu Ihrer Bewerbung || Ihre Bewerbung befindet sich weiterhin in Prüfung. Die Fachabteilung war in den letzten Wochen viel unterwegs, daher dauert es etwas länger. Sie sind aber nach wie vor im Prozess und hören spätestens in zwei Wochen von uns.
Vielen Dank für das Gespräch am Montag. Die Auswahlkommission tagt am Freitag; wir werden alle Bewerberinnen und Bewerber Anfang nächster Woche über das Ergebnis informieren.
Wir möchten Sie darüber informieren, dass das Besetzungsverfahren für die Stelle als {role} vorübergehend ruht, bis der Wirtschaftsplan für das kommende Jahr beschlossen ist. Über keine Bewerbung wurde bisher entschieden; wir melden uns, sobald es weitergeht.
Vielen Dank für die Bearbeitung des Online-Tests. Ihre Ergebnisse liegen nun der Fachabteilung vor, die über die nächsten Schritte entscheidet. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Die Auswahlgespräche sind abgeschlossen. Sie wurden auf die Nachrückerliste für diese Stelle gesetzt, die zwölf Monate gültig ist. Sollte die Stelle frei werden, kommen wir auf Sie zu; eine Einstellungszusage ist damit nicht verbunden.
""",
        "ack_documents": """
Um Ihre Bewerbung weiter bearbeiten zu können, benötigen wir noch Ihr Abschlusszeugnis sowie Ihr letztes Arbeitszeugnis. Bitte laden Sie die Unterlagen bis zum 10. des Monats in Ihrem Bewerberkonto hoch. Ihre Bewerbung bleibt bis dahin im Verfahren.
Könnten Sie mir noch Ihre aktuelle Gehaltsvorstellung und Ihre Kündigungsfrist nennen? Ich brauche beides, bevor ich Ihr Profil dem Kunden vorstelle. Vielen Dank!
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag "{role} Hamburg": 14 neue Stellenangebote in dieser Woche. Top-Treffer: {role} bei {company}, hybrid, 55.000 bis 65.000 Euro. Jetzt mit einem Klick bewerben. Suchaufträge verwalten oder abbestellen in Ihren Einstellungen.
Ihr Job-Newsletter: 9 neue Angebote passen zu Ihrem Profil. Arbeitgeber suchen gerade aktiv, seien Sie unter den ersten zehn Bewerbern. Tipp: Mit vollständigem Profil werden Sie häufiger zu Gesprächen eingeladen.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und denke, Sie könnten sehr gut zu einer Position als {role} passen, die ich für einen wachsenden Mittelständler in Stuttgart besetze. Gehalt bis 80.000 Euro. Hätten Sie Lust auf ein kurzes, unverbindliches Telefonat? Falls nicht, freue ich mich auch über Empfehlungen.
""",
        "oth_newsletter": """
Neues aus dem Team {company}: Unser neuer Standort in Leipzig ist eröffnet, wir stellen die Menschen hinter unserem Nachhaltigkeitsbericht vor, und unser Recruiting verrät fünf Tipps für Ihr nächstes Videointerview. Außerdem: offene Stellen in IT und Finanzen.
""",
        "oth_survey": """
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Sie haben sich kürzlich bei {company} beworben. Die Umfrage dauert drei Minuten, ist anonym und hat keinerlei Einfluss auf Ihre Bewerbung.
""",
        "oth_event": """
Einladung zu unserem kostenlosen Webinar "Gehalt verhandeln im Vorstellungsgespräch" am Donnerstag um 18 Uhr. Erfahrene Recruiter verraten, was nach dem letzten Gespräch wirklich passiert, und beantworten Ihre Fragen live. Jetzt Platz sichern.
""",
        "oth_withdrawn": """
Wie gewünscht haben wir Ihre Bewerbung als {role} zurückgezogen. Ihre Daten werden gemäß unserer Datenschutzerklärung innerhalb von 30 Tagen gelöscht. Sollten Sie es sich anders überlegen, können Sie sich jederzeit erneut bewerben.
""",
        "oth_services": """
Exklusives Angebot für Jobsuchende: Lassen Sie Ihren Lebenslauf von zertifizierten HR-Profis prüfen und optimieren, inklusive Anschreiben und LinkedIn-Check. Nur diese Woche 30 % Rabatt mit dem Code KARRIERE30. Mehr Einladungen zu Vorstellungsgesprächen, garantiert.
""",
    },
    "fr": {
        "off_informal": """
Je ne résiste pas à l'envie de te l'annoncer tout de suite : toute l'équipe a adoré nos échanges et on serait ravis que tu nous rejoignes en tant que {role} ! On pensait à une arrivée début du mois prochain, avec le salaire dont on a parlé. Dis-moi si ça te va et je lance la paperasse.
Bonne nouvelle : après vos entretiens avec l'équipe, nous souhaitons vous accueillir parmi nous au poste de {role}. Tous les retours sont unanimes. Vous recevrez le courrier officiel demain, mais je tenais à vous prévenir sans attendre.
SUBJECT: Bienvenue chez {company} (ou presque) || On en a parlé ce matin et c'est un grand oui : on aimerait que tu viennes travailler avec nous. Rémunération comme convenu au téléphone, 27 jours de congés, deux jours de télétravail par semaine. Réponds-moi simplement et on s'occupe du reste.
La direction a validé : nous pouvons vous recruter au poste de {role} aux conditions évoquées lors de notre dernier échange. Prenez le week-end pour y réfléchir et appelez-moi lundi pour me donner votre réponse.
""",
        "off_contract": """
Suite à vos entretiens, nous avons le plaisir de vous confirmer votre recrutement en CDI au poste de {role} au sein de {company}. Vous trouverez ci-joint votre promesse d'embauche précisant l'ensemble des conditions. Merci de nous la retourner signée avant le 14 juin.
Veuillez trouver ci-joint votre contrat de travail ainsi que le récapitulatif de vos avantages (mutuelle, tickets restaurant, intéressement). Votre date de prise de poste est fixée au lundi 2 septembre. Vous pouvez signer électroniquement via le lien Yousign que vous recevrez séparément.
Nous sommes heureux de vous accueillir au poste de {role}, rattaché(e) à la Direction des opérations. Votre rémunération annuelle brute sera de 46 000 euros sur 13 mois, avec une période d'essai de trois mois renouvelable une fois. Le contrat est joint à ce message.
Votre arrivée est prévue le lundi 7 octobre à 9 h dans nos locaux de Lyon. D'ici là, merci de nous retourner le contrat signé, une copie de votre pièce d'identité, votre attestation de sécurité sociale et un RIB. Nous avons hâte de vous compter parmi nous.
""",
        "off_conditional": """
Nous avons le plaisir de vous informer que nous souhaitons vous recruter au poste de {role}, sous réserve de la visite d'information et de prévention et de la vérification de vos diplômes. Dès réception de ces éléments, nous vous adresserons votre contrat et confirmerons votre date d'arrivée.
Sous réserve de références satisfaisantes, nous aimerions que vous preniez vos fonctions de {role} le 1er juillet. Pourriez-vous me transmettre les coordonnées de deux personnes de référence, idéalement dont votre dernier responsable ?
Votre candidature a été retenue par la direction. Votre embauche reste conditionnée à l'obtention de votre autorisation de travail, pour laquelle nous lançons dès aujourd'hui les démarches. Notre service RH vous contactera pour la liste des pièces à fournir.
""",
        "off_verbal": """
Merci pour notre échange téléphonique de cet après-midi. Comme convenu, je vous confirme par écrit que nous vous proposons le poste de {role} pour une rémunération de 52 000 euros bruts annuels, avec une prise de poste le 15 avril. Je suis ravie que vous ayez accepté de vive voix ; les documents officiels suivront sous 48 heures.
Pour faire suite à notre appel de ce matin et te le confirmer par écrit : le poste est à toi ! Fixe de 48 k, variable de 10 %, date d'arrivée au choix entre le 3 et le 17 mars. Les RH t'envoient le contrat dès que tu m'as indiqué ta date.
Comme évoqué par téléphone, j'ai le plaisir de vous confirmer que {company} souhaite vous embaucher en tant que {role}. Je vous joins une synthèse des conditions (salaire, variable, congés, forfait télétravail). Merci de me confirmer votre accord par retour de mail afin que je puisse lancer la rédaction du contrat.
""",
        "off_public": """
J'ai le plaisir de vous informer qu'à l'issue de la procédure de recrutement, le jury a retenu votre candidature pour le poste de {role}. Vous serez recruté(e) par voie contractuelle sur le fondement de l'article L332-8 du code général de la fonction publique, pour une durée de trois ans. Un projet de contrat vous sera adressé par la direction des ressources humaines.
Suite à votre entretien du 12 mars, Monsieur le Maire a décidé de vous nommer sur le poste de {role} par voie de mutation à compter du 1er mai. Merci de nous retourner le formulaire d'acceptation ci-joint sous dix jours ouvrés.
Vous avez été classé(e) premier(ère) à l'issue de la sélection pour le poste de {role}. Nous sommes donc en mesure de procéder à votre recrutement, sous réserve de l'avis favorable du médecin agréé. Merci de nous indiquer par retour si vous acceptez ce poste.
""",
        "off_agency": """
Excellente nouvelle ! Je sors d'un appel avec {company} : ils veulent vous recruter. Ils proposent 58 k fixe plus variable, démarrage dans un mois. Appelez-moi dès que vous lisez ce message, qu'on voie tout ça ensemble.
Très bons retours de l'entretien final d'hier : notre client {company} a choisi de vous recruter au poste de {role}, avec un package de 55 000 euros, RTT et télétravail partiel. Ils attendent une réponse d'ici mercredi, dites-moi ce que vous en pensez.
Votre contrat de mission chez {company} est prêt : taux journalier de 520 euros HT, durée six mois renouvelable, démarrage lundi prochain. Merci de signer le bon de commande joint et de me le renvoyer aujourd'hui si possible.
""",
        "inv_call": """
Votre parcours a retenu notre attention et nous aimerions échanger avec vous lors d'un court appel de 20 minutes pour vous présenter le poste de {role}. Quelles sont vos disponibilités cette semaine ? Mardi ou jeudi après-midi nous conviendraient bien.
Merci pour ta candidature ! Je suis la recruteuse en charge du poste et j'aimerais caler un premier échange rapide avec toi, en toute simplicité, sans préparation. Tu peux réserver directement un créneau qui t'arrange via le lien ci-dessous.
SUBJECT: Un café la semaine prochaine ? || Seriez-vous partant(e) pour un café la semaine prochaine ? Je suis à Paris mardi et mercredi et j'aimerais en savoir plus sur votre expérience dans la logistique. Dites-moi ce qui vous arrange, je trouverai un endroit près de la gare de Lyon.
Nous vous proposons un premier échange téléphonique avec notre équipe recrutement, d'une trentaine de minutes, pour faire le point sur votre parcours, vos prétentions salariales et votre préavis. Pourriez-vous nous indiquer trois créneaux qui vous conviennent dans les prochains jours ?
Tu aurais cinq minutes demain pour un appel ? La responsable d'équipe a quelques questions sur ton dernier projet avant qu'on organise la suite. N'importe quand entre 9 h et midi, ça me va.
""",
        "inv_booking": """
Bonne nouvelle : votre candidature au poste de {role} passe à l'étape suivante. Merci de réserver via le lien ci-dessous un créneau de visioconférence avec le manager. Les créneaux sont ouverts du lundi 3 au vendredi 7 juin et attribués par ordre de réservation.
Vous faites partie des candidats présélectionnés ! Choisissez dès maintenant un horaire pour votre échange en visio avec l'équipe grâce au lien de réservation. Si aucun créneau ne vous convient, répondez simplement à ce message.
Nous souhaitons mieux vous connaître : merci d'enregistrer vos réponses vidéo à trois questions via le lien ci-dessous dans les cinq prochains jours. Comptez environ un quart d'heure.
""",
        "inv_assessment": """
Pour la prochaine étape, nous vous proposons de réaliser une étude de cas à la maison. Vous trouverez le sujet en pièce jointe ; merci de nous envoyer votre travail avant lundi 9 h. Comptez environ trois heures, puis nous en discuterons ensemble lors d'un échange de 45 minutes.
Nous avons le plaisir de vous convier à notre journée d'évaluation le mercredi 19 février, de 9 h 30 à 16 h, dans nos locaux de Nantes. Au programme : une mise en situation collective, une présentation orale et un entretien individuel. Pensez à vous munir d'une pièce d'identité.
Dans le cadre de votre candidature au poste de {role}, nous vous invitons à passer un test de raisonnement en ligne. Il dure environ 25 minutes et doit être complété dans les 72 heures suivant la réception de ce message.
Merci pour ce premier échange ! La suite, c'est un exercice technique : 90 minutes de pair programming avec deux développeurs de l'équipe. Quel créneau t'arrange : mardi 14 h, mercredi 10 h ou jeudi 16 h ?
""",
        "inv_trial": """
On aimerait te proposer une journée d'immersion dans l'équipe, pour que tu voies concrètement comment on travaille. Vendredi de 9 h à 17 h, ça te dirait ? La journée est rémunérée et le déjeuner est pour nous.
L'étape suivante serait une demi-journée d'immersion dans notre atelier de Bordeaux, aux côtés du responsable de production. Merci de nous indiquer quel jour de la semaine prochaine vous conviendrait.
""",
        "inv_second": """
Merci encore pour votre échange avec Hélène la semaine dernière, elle en garde un excellent souvenir. Nous aimerions vous faire rencontrer l'équipe lors de deux entretiens de 45 minutes, l'un avec le produit, l'autre avec la tech. Seriez-vous disponible le jeudi 21 à partir de 13 h ?
Nous souhaitons poursuivre nos échanges. Seriez-vous disponible pour rencontrer notre directeur général vendredi à 11 h dans nos bureaux de Bruxelles ? Prévoyez environ une heure.
Vous êtes convoqué(e) à un entretien devant le jury de recrutement pour le poste de {role}, le mardi 4 mars à 14 h 15, à l'Hôtel de Ville, salle 204. Merci de vous munir d'une pièce d'identité et de préparer une présentation de dix minutes sur le sujet joint.
SUBJECT: Dernière étape : rencontre avec notre CEO || Félicitations, vous êtes en phase finale ! Pour terminer, nous vous proposons un échange informel avec notre CEO, davantage axé sur les valeurs et la façon de travailler que sur votre CV. Son assistante reviendra vers vous pour fixer un rendez-vous.
Notre client {company} a étudié votre dossier et souhaite vous rencontrer. Deux créneaux sont proposés : lundi 10 h 30 ou mercredi 15 h, dans leurs locaux de Genève. Lequel puis-je confirmer ?
Ton échange avec Julien s'est super bien passé ! Il aimerait qu'on se revoie, cette fois avec deux personnes de l'équipe data. Tu es dispo quand la semaine prochaine ?
""",
        "rej_offer_other": """
Merci pour le temps que vous avez consacré à notre processus de recrutement pour le poste de {role}. Après mûre réflexion, nous avons proposé le poste à un(e) autre candidat(e), qui l'a accepté. Votre profil nous a néanmoins beaucoup intéressés.
Je voulais vous l'annoncer personnellement : nous avons fait une proposition à une personne dont l'expérience correspond un peu plus précisément aux besoins actuels de l'équipe. La décision a été très serrée et j'ai beaucoup apprécié nos échanges.
Le processus de recrutement est désormais clos et le poste a été pourvu. Nous ne sommes donc pas en mesure de vous faire une offre. Conformément au RGPD, vos données seront conservées deux ans sauf opposition de votre part.
Nous ne sommes malheureusement pas en mesure de vous proposer ce poste. Le jury a estimé que d'autres candidatures présentaient une expérience plus directe du management d'équipes.
SUBJECT: Votre candidature chez {company} || Petit point sur le poste de {role} : une candidate a accepté notre proposition, le recrutement est donc clôturé. Merci pour votre intérêt, et n'hésitez pas à postuler à nos futures offres.
""",
        "rej_no_interview": """
Nous vous remercions pour votre candidature au poste de {role}. Nous avons reçu un très grand nombre de candidatures et, après étude de votre dossier, nous ne donnerons pas suite à votre candidature pour un entretien.
Après examen attentif de votre dossier, nous avons décidé de ne pas poursuivre avec vous vers l'étape suivante. Cette décision n'a pas été facile compte tenu de la qualité des profils reçus.
Votre candidature n'a malheureusement pas été retenue pour la phase d'entretiens. En raison du volume de candidatures, nous ne sommes pas en mesure de faire un retour personnalisé.
Merci d'avoir pris le temps de postuler. Nous avons choisi d'avancer avec des profils plus proches de nos besoins actuels, nous ne te proposerons donc pas d'échange pour ce poste.
Merci d'avoir passé le test en ligne. Malheureusement, votre résultat n'atteint pas le seuil requis pour accéder aux entretiens, et votre candidature au poste de {role} ne pourra pas aller plus loin.
""",
        "rej_after_interview": """
Merci d'être venu(e) rencontrer l'équipe mardi dernier, nous avons beaucoup apprécié l'échange. Nous avons toutefois décidé de ne pas retenir votre candidature pour l'étape suivante. Si cela peut vous aider, je peux vous faire un retour lors d'un court appel.
J'ai le regret de vous annoncer qu'à l'issue du dernier tour, nous ne vous ferons pas de proposition pour ce poste. La décision s'est jouée sur une expérience très spécifique en environnement réglementé, et non sur vos entretiens.
Merci pour le travail fourni sur l'étude de cas. L'équipe l'a lue attentivement et il y avait de très bonnes idées, mais nous avons décidé de ne pas vous convier à l'entretien final.
Suite à la journée d'évaluation de mercredi, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Un retour détaillé sur chaque exercice peut vous être communiqué sur demande.
Merci mille fois pour la journée d'immersion, l'équipe t'a vraiment apprécié(e). C'était serré, mais on a choisi quelqu'un qui a plus d'expérience sur notre stack. Restons en contact, je le pense vraiment.
À l'issue des auditions, le jury n'a pas retenu votre candidature pour le poste de {role}. Il a néanmoins souligné la qualité de votre dossier écrit et de votre présentation.
""",
        "rej_closed": """
Nous vous informons que le poste de {role} a été supprimé à la suite d'une réorganisation interne. Aucun recrutement n'aura lieu et les entretiens prévus sont annulés.
En raison d'un changement de priorités, le recrutement pour le poste de {role} est abandonné et nous arrêtons le processus avec l'ensemble des candidats, vous compris. Nous en sommes sincèrement désolés, vu l'avancement de votre candidature.
Le poste auquel vous avez postulé a été pourvu en interne. Votre candidature ne sera donc pas poursuivie, mais nous vous invitons à consulter régulièrement notre site carrières.
Pas de bonne nouvelle de mon côté, malheureusement : {company} a décidé de ne pas donner suite à votre candidature. Ils vous ont trouvé(e) très bien, mais cherchent quelqu'un disponible sous quinze jours. Je pense à vous pour mes autres missions.
""",
        "ack_received": """
Nous avons bien reçu votre candidature au poste de {role} et notre équipe recrutement l'étudiera prochainement. Les entretiens devraient se dérouler en mars ; les candidats présélectionnés seront contactés d'ici fin février.
Nous accusons réception de votre candidature. La date limite de dépôt est fixée au 30 avril ; les entretiens auront lieu la semaine du 13 mai. Sans réponse de notre part au 20 mai, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature au poste de {role} a bien été enregistrée (référence 2025-0417). Attention : nos propositions d'embauche sont toujours envoyées par écrit par notre service RH, et nous ne demandons jamais de paiement aux candidats.
Je vous confirme que j'ai transmis votre CV au manager de {company}. En général ils reviennent vers moi sous une semaine ; je vous tiens au courant dès que je sais s'ils souhaitent vous rencontrer.
""",
        "ack_status": """
Petit point d'étape : nous rencontrons encore d'autres candidats cette semaine et prévoyons de finaliser nos choix d'ici la fin du mois. Je reviendrai vers vous dans tous les cas dès que nous aurons pris une décision.
SUBJECT: Point sur votre candidature || Votre candidature est toujours à l'étude. Le manager a été en déplacement ces dernières semaines, ce qui a un peu retardé les choses, mais vous êtes toujours dans le processus et nous reviendrons vers vous d'ici quinze jours.
Merci pour votre venue lundi. Le jury se réunira vendredi et nous communiquerons la décision à l'ensemble des candidats en début de semaine prochaine.
Nous tenions à vous informer que le recrutement pour le poste de {role} est suspendu le temps de finaliser le budget de l'année prochaine. Aucune décision n'a été prise concernant les candidatures ; nous reviendrons vers vous dès que possible.
Merci d'avoir complété le test. Vos résultats ont été transmis à l'équipe, qui décidera de la suite à donner. Vous pouvez suivre l'avancement de votre candidature à tout moment sur votre espace candidat.
À l'issue des entretiens, le jury vous a inscrit(e) sur liste complémentaire pour ce poste, valable douze mois. En cas de désistement, nous pourrons revenir vers vous ; cette inscription ne vaut pas engagement de recrutement.
""",
        "ack_documents": """
Afin de poursuivre l'étude de votre candidature, nous avons besoin de la copie de votre diplôme et de vos trois derniers bulletins de salaire. Merci de les déposer sur votre espace candidat ; votre dossier reste à l'étude en attendant.
Avant de présenter votre profil à notre client, pourriez-vous me préciser vos prétentions salariales et la durée de votre préavis ? Votre candidature reste en cours en attendant.
""",
        "oth_alert": """
Nouvelles offres pour votre alerte « {role} Lyon » : 14 offres publiées cette semaine. À la une : {role} chez {company}, hybride, 42 à 50 k euros. Postulez en un clic avec votre profil enregistré. Gérez vos alertes ou désabonnez-vous dans vos paramètres.
Votre sélection du jour : 8 nouvelles offres correspondent à votre profil. Les recruteurs sont actifs en ce moment, soyez parmi les dix premiers à postuler !
""",
        "oth_cold": """
Votre profil a retenu mon attention : je recrute actuellement un(e) {role} pour une scale-up parisienne en pleine croissance, package jusqu'à 70 k plus BSPCE. Seriez-vous ouvert(e) à un échange rapide ? Sinon, aucun souci, et les recommandations sont toujours les bienvenues.
""",
        "oth_newsletter": """
Ce mois-ci chez {company} : ouverture de notre nouveau site à Toulouse, les coulisses de notre rapport RSE, et cinq conseils de nos recruteurs pour réussir vos entretiens en visio. Et bien sûr, nos postes ouverts en finance et en ingénierie.
""",
        "oth_survey": """
Aidez-nous à améliorer notre processus de recrutement ! Vous avez récemment postulé chez {company}. Donnez-nous votre avis en trois minutes : le questionnaire est anonyme et n'a aucune incidence sur votre candidature.
""",
        "oth_event": """
Participez à notre webinaire gratuit « Négocier son offre d'emploi » jeudi à 18 h. Nos recruteurs vous expliquent ce qui se passe vraiment après l'entretien final et répondent à vos questions en direct. Places limitées, inscrivez-vous vite.
""",
        "oth_withdrawn": """
Conformément à votre demande, nous avons retiré votre candidature au poste de {role}. Vos données seront supprimées sous 30 jours conformément à notre politique de confidentialité. Vous pourrez bien sûr postuler de nouveau à tout moment.
""",
        "oth_services": """
Offre spéciale candidats : faites relire et optimiser votre CV par nos coachs certifiés, lettre de motivation et profil LinkedIn compris. Cette semaine seulement, -30 % avec le code CARRIERE30. Décrochez plus d'entretiens dès le mois prochain !
""",
    },
    "es": {
        "off_informal": """
No podía esperar a contártelo: al equipo le encantaste y nos haría muchísima ilusión que te unieras a nosotros como {role}. Habíamos pensado en que empezaras a principios del mes que viene, con el salario que hablamos. Dime si te encaja y muevo el papeleo.
¡Buenas noticias! Después de las entrevistas con el equipo, queremos contar contigo para el puesto de {role}. La valoración ha sido unánime. Mañana te llegará la carta formal, pero no quería que esperaras una noche más para saberlo.
SUBJECT: ¡Bienvenido/a a {company}! (casi) || Lo hemos hablado esta mañana y lo tenemos clarísimo: queremos que vengas a trabajar con nosotros. Salario como lo comentamos por teléfono, 23 días laborables de vacaciones y dos días de teletrabajo a la semana. Contéstame con un sí y nos encargamos del resto.
Ya tenemos la aprobación de dirección: podemos contratarte como {role} en las condiciones que comentamos. Piénsalo con calma el fin de semana y llámame el lunes para darme tu respuesta.
""",
        "off_contract": """
Tras el proceso de selección, nos complace comunicarle que ha sido seleccionado/a para incorporarse a {company} como {role}. Adjuntamos su contrato de trabajo indefinido con todas las condiciones. Le rogamos nos lo devuelva firmado antes del 14 de junio.
Te adjuntamos el contrato y un resumen de los beneficios sociales (seguro médico, tarjeta restaurante, formación). Tu fecha de incorporación sería el lunes 2 de septiembre. Podrás firmar el contrato electrónicamente a través del enlace que recibirás en un correo aparte.
Es un placer confirmarle su incorporación como {role}, con dependencia directa de la Dirección de Operaciones. La retribución bruta anual será de 42.000 euros en 14 pagas, con un periodo de prueba de seis meses según convenio.
Tu primer día sería el lunes 7 de octubre a las 9:00 en nuestra oficina de Valencia. Antes de esa fecha necesitamos el contrato firmado, copia de tu DNI, tu número de afiliación a la Seguridad Social y tu IBAN. ¡Tenemos muchas ganas de darte la bienvenida!
""",
        "off_conditional": """
Nos complace informarle de que deseamos contratarle como {role}, sujeto a la superación del reconocimiento médico y a la verificación de su titulación. En cuanto dispongamos de ambos, le enviaremos el contrato y confirmaremos la fecha de incorporación.
Sujeto a la recepción de referencias satisfactorias, nos gustaría que te incorporaras como {role} el 1 de julio. ¿Podrías enviarme los datos de contacto de dos personas de referencia, a ser posible incluyendo a tu último responsable?
Dirección ha aprobado su contratación como {role} en nuestra sede de Ciudad de México, condicionada a la obtención del permiso de trabajo, cuyo trámite iniciamos hoy mismo. Nuestro equipo de Recursos Humanos le indicará la documentación necesaria.
""",
        "off_verbal": """
Gracias por la llamada de esta tarde. Como te prometí, te confirmo por escrito lo que hablamos: te proponemos el puesto de {role} con un salario de 45.000 euros brutos anuales e incorporación el 15 de abril. Me alegra mucho que aceptaras por teléfono; RR. HH. te enviará la documentación formal en 48 horas.
Siguiendo con nuestra charla de esta mañana, te lo confirmo por escrito: ¡el puesto es tuyo! Fijo de 40.000, variable del 10 %, y puedes empezar cuando prefieras entre el 3 y el 17 de marzo. En cuanto me digas la fecha, te mandamos el contrato.
Tal como conversamos por teléfono, le confirmo que {company} quiere contratarlo como {role}. Le adjunto un resumen de las condiciones (sueldo, bono, vacaciones, prestaciones superiores a las de ley). Le agradeceré que me confirme su aceptación por correo para preparar el contrato.
""",
        "off_public": """
Por la presente le comunicamos que, finalizado el proceso selectivo para la plaza de {role}, el tribunal ha propuesto su contratación como personal laboral fijo. Deberá presentar en el plazo de veinte días hábiles la documentación indicada en las bases de la convocatoria.
Tras la entrevista del 12 de marzo, la comisión de valoración le ha seleccionado para el puesto de {role}. Su incorporación está prevista para el 1 de mayo, con la retribución correspondiente al grupo A2. Rogamos devuelva firmado el documento de aceptación adjunto en un plazo de diez días.
Ha obtenido la mayor puntuación en el proceso de selección para {role}, por lo que procede su nombramiento como funcionario/a interino/a. Le rogamos confirme por escrito si acepta el puesto antes del día 30.
""",
        "off_agency": """
¡Noticias buenísimas! Acabo de colgar con {company} y quieren contratarte. Proponen 48.000 fijos más variable, incorporación en cuatro semanas. Llámame en cuanto leas esto y lo repasamos juntos.
Muy buen feedback de la entrevista final de ayer: nuestro cliente {company} ha decidido contratarte como {role}, con un paquete de 38.000 euros, seguro médico y jornada intensiva los viernes. Necesitan respuesta antes del miércoles, así que cuéntame qué te parece.
Tu contrato para el proyecto en {company} ya está listo: tarifa de 380 euros al día, duración seis meses prorrogable, inicio el lunes que viene. Por favor, firma el anexo adjunto y devuélvemelo hoy si puedes.
""",
        "inv_call": """
Tu perfil nos ha llamado la atención y nos gustaría tener una llamada rápida de unos 20 minutos para contarte más sobre el puesto de {role}. ¿Qué disponibilidad tienes esta semana? A nosotros nos vendría bien el martes o el jueves por la tarde.
¡Gracias por postularte! Soy la reclutadora del proceso y me encantaría agendar una charla breve contigo, algo muy relajado, sin necesidad de preparar nada. Puedes elegir el horario que mejor te venga en el enlace de abajo.
SUBJECT: ¿Un café la semana que viene? || ¿Te apetece que nos tomemos un café la semana que viene? Estaré en Madrid el martes y el miércoles y me gustaría conocer mejor tu experiencia en logística. Dime qué te viene bien y busco un sitio cerca de Atocha.
Nos gustaría invitarle a una primera conversación telefónica con nuestro equipo de selección, de unos 30 minutos, para repasar su trayectoria, su expectativa salarial y su disponibilidad de incorporación. ¿Podría indicarnos tres franjas horarias que le vengan bien en los próximos días?
¿Tienes un momento mañana para una llamada? La responsable del equipo tiene un par de preguntas sobre tu último proyecto antes de organizar la siguiente fase. Cualquier hora entre las 9 y las 12 me va bien.
""",
        "inv_booking": """
Buenas noticias: su candidatura para {role} pasa a la siguiente fase. Por favor, reserve a través del enlace un horario para una videollamada con el responsable del área. Hay horarios disponibles del lunes 3 al viernes 7 de junio y se asignan por orden de reserva.
¡Has pasado el primer filtro! Elige ya un horario para tu charla por videollamada con el equipo a través del enlace de agenda. Si ninguno te encaja, responde a este correo y buscamos otra opción.
Queremos conocerte mejor: graba tus respuestas en vídeo a tres preguntas a través del enlace de abajo en los próximos cinco días. Te llevará unos 15 minutos.
""",
        "inv_assessment": """
Como siguiente paso, nos gustaría que resolvieras un caso práctico. Encontrarás el enunciado adjunto; envíanos tu propuesta antes del lunes a las 9:00. Calculamos unas tres horas de trabajo y luego lo comentaremos juntos en una sesión de 45 minutos.
Nos complace convocarle a nuestra jornada de evaluación el miércoles 19 de febrero, de 9:30 a 16:00, en nuestras oficinas de Bilbao. Incluye una dinámica de grupo, una presentación y una entrevista por competencias. Traiga su DNI, por favor.
En el marco de su candidatura para {role}, le invitamos a realizar una prueba en línea de razonamiento numérico. Dura unos 25 minutos y debe completarse en las 72 horas siguientes a la recepción de este correo.
¡Gracias por la primera charla! Lo siguiente es una prueba técnica: 90 minutos de pair programming con dos personas del equipo. ¿Qué hueco te viene mejor: martes a las 14:00, miércoles a las 10:00 o jueves a las 16:00?
""",
        "inv_trial": """
Nos encantaría que vinieras a pasar una jornada de prueba con el equipo para que veas de cerca cómo trabajamos. ¿Te viene bien el viernes de 9 a 17 h? La jornada está remunerada y la comida corre de nuestra cuenta.
El siguiente paso sería una mañana de prueba en nuestro almacén de Zaragoza, acompañando al jefe de turno. Indícanos qué día de la semana que viene te vendría bien.
""",
        "inv_second": """
Gracias de nuevo por la conversación con Marta la semana pasada, salió muy contenta. Nos gustaría que conocieras al resto del equipo en dos conversaciones de 45 minutos, una con producto y otra con tecnología. ¿Estarías disponible el jueves 21 a partir de las 13:00?
Nos gustaría seguir conversando. ¿Tendría disponibilidad para reunirse con nuestro director general el viernes a las 11:00 en nuestras oficinas de Santiago? Calcule aproximadamente una hora.
Se le convoca a la entrevista personal del proceso selectivo para la plaza de {role}, que tendrá lugar el martes 4 de marzo a las 14:15 en la Casa Consistorial, sala 204. Deberá presentar su DNI original y preparar una exposición de diez minutos sobre el tema adjunto.
SUBJECT: Última etapa: charla con nuestra CEO || ¡Enhorabuena, estás en la recta final! Para cerrar, queremos proponerte una charla informal con nuestra CEO, más centrada en valores y forma de trabajar que en tu currículum. Su asistente te escribirá para cuadrar la fecha.
Nuestro cliente {company} ha revisado tu CV y quiere conocerte en persona. Proponen el lunes a las 10:30 o el miércoles a las 15:00 en sus oficinas de Barcelona. ¿Cuál te confirmo?
¡La charla con Diego fue genial! Quiere que volvamos a vernos, esta vez con dos personas del equipo de datos. ¿Cuándo te viene bien la semana que viene?
""",
        "rej_offer_other": """
Gracias por el tiempo dedicado a nuestro proceso de selección para {role}. Tras valorarlo detenidamente, hemos ofrecido el puesto a otra persona candidata, que ya lo ha aceptado. Aun así, tu perfil nos ha parecido muy interesante.
Quería decírtelo personalmente: hemos hecho una propuesta a una persona cuya experiencia encaja algo mejor con lo que el equipo necesita ahora mismo. Ha sido una decisión muy reñida y he disfrutado mucho de nuestras conversaciones.
El proceso de selección ha concluido y la vacante ya ha sido cubierta, por lo que no podremos hacerle ninguna oferta. Conservaremos sus datos durante seis meses por si surgiera otra oportunidad.
Lamentablemente, en esta ocasión no podemos ofrecerle el puesto. El comité consideró que otras candidaturas aportaban una experiencia más directa en gestión de equipos.
SUBJECT: Actualización sobre tu candidatura || Te escribimos para contarte que el puesto de {role} ya está cubierto: otra candidata ha aceptado nuestra propuesta. Gracias por tu interés y te animamos a postularte a futuras vacantes que encajen con tu perfil.
""",
        "rej_no_interview": """
Gracias por su candidatura para el puesto de {role}. Hemos recibido un número muy elevado de solicitudes y, tras revisar la suya, no le convocaremos a entrevista en esta ocasión.
Hemos revisado tu candidatura con atención y hemos decidido no avanzar contigo a la siguiente fase. No ha sido una decisión fácil, dada la calidad de los perfiles recibidos.
Lamentamos comunicarle que su candidatura no ha sido preseleccionada para la fase de entrevistas. Debido al volumen de solicitudes, no podemos ofrecer una valoración individual.
Gracias por tomarte el tiempo de postularte. Hemos decidido seguir con perfiles más cercanos a lo que necesitamos ahora, así que no vamos a agendar una llamada contigo para este puesto.
Gracias por realizar la prueba en línea. Lamentablemente, tu resultado no alcanza el mínimo necesario para pasar a la fase de entrevistas, por lo que tu candidatura para {role} no continuará.
""",
        "rej_after_interview": """
Gracias por venir a conocer al equipo el martes pasado, disfrutamos mucho de la conversación. Sin embargo, hemos decidido no pasar tu candidatura a la siguiente fase. Si te sirve, te puedo dar feedback en una llamada corta.
Siento comunicarle que, tras la última ronda, no le haremos una propuesta para este puesto. La decisión se ha basado en una experiencia muy concreta en entornos regulados, no en su desempeño en las entrevistas.
Gracias por el esfuerzo que pusiste en el caso práctico. El equipo lo revisó con detalle y había muchas cosas buenas, pero hemos decidido no convocarte a la entrevista final.
Tras la jornada de evaluación del miércoles, lamentamos informarle de que no ha resultado seleccionado/a en esta ocasión. Si lo desea, podemos enviarle una valoración detallada de cada ejercicio.
Mil gracias por la jornada de prueba, al equipo le caíste genial. Ha estado muy reñido, pero hemos elegido a alguien con más experiencia práctica en nuestro stack. Sigamos en contacto, lo digo en serio.
Concluidas las entrevistas, la comisión ha acordado no proponer su contratación para la plaza de {role}. La comisión destacó, no obstante, la calidad de su memoria y de su exposición.
""",
        "rej_closed": """
Le informamos de que la vacante de {role} ha sido anulada a raíz de una reorganización interna. No se realizará ninguna contratación y las entrevistas previstas quedan canceladas.
Por un cambio de prioridades en la empresa, el puesto de {role} se ha cancelado y cerramos el proceso con todas las personas candidatas, también contigo. Lo sentimos de verdad, sobre todo porque estabas en una fase muy avanzada.
El puesto al que te postulaste se ha cubierto con una promoción interna. Tu candidatura no seguirá adelante, pero te animamos a seguir atento/a a nuestra página de empleo.
No traigo buenas noticias, por desgracia: {company} ha decidido no seguir adelante con tu candidatura. Les gustaste mucho, pero necesitan a alguien que pueda incorporarse en dos semanas. Te tengo en cuenta para otros procesos que llevo.
""",
        "ack_received": """
Hemos recibido tu candidatura para {role} y nuestro equipo de selección la revisará en breve. Las entrevistas están previstas para marzo; nos pondremos en contacto con las personas preseleccionadas antes de finales de febrero.
Acusamos recibo de su solicitud. El plazo de presentación finaliza el 30 de abril y las entrevistas se celebrarán la semana del 13 de mayo. Si no ha recibido noticias nuestras antes del 20 de mayo, entienda que su candidatura no ha sido preseleccionada.
Tu candidatura para {role} se ha registrado correctamente (referencia 2025-0417). Recuerda que nuestras propuestas de contratación siempre se envían por escrito desde Recursos Humanos y que nunca pedimos dinero a los candidatos.
Te confirmo que ya he enviado tu CV al responsable de {company}. Suelen responder en una semana; te aviso en cuanto sepa si quieren conocerte.
""",
        "ack_status": """
Una pequeña actualización: esta semana seguimos entrevistando a otras personas y esperamos tomar una decisión y hacer las propuestas antes de final de mes. Te escribiré en cualquier caso en cuanto sepamos algo.
SUBJECT: Estado de tu candidatura || Tu candidatura sigue en revisión. El responsable del área ha estado de viaje y eso ha retrasado un poco las cosas, pero sigues en el proceso y te diremos algo en las próximas dos semanas.
Gracias por asistir a la entrevista del lunes. La comisión se reunirá el viernes y comunicaremos el resultado a todas las personas candidatas a principios de la semana que viene.
Queremos informarte de que el proceso para {role} está en pausa mientras cerramos el presupuesto del año que viene. No se ha tomado ninguna decisión sobre las candidaturas y te escribiremos en cuanto sepamos más.
Gracias por completar la prueba. Tus resultados ya están en manos del equipo, que decidirá los próximos pasos. Puedes consultar el estado de tu candidatura en tu área de candidato cuando quieras.
Finalizado el proceso, ha quedado incluido/a en la bolsa de empleo para este puesto, con una vigencia de doce meses. Si se produjera una vacante podríamos contactarle; la inclusión en la bolsa no supone compromiso de contratación.
""",
        "ack_documents": """
Para poder seguir con tu candidatura necesitamos una copia de tu título y tu informe de vida laboral. Por favor, súbelos a tu área de candidato; mientras tanto, tu candidatura sigue en estudio.
Antes de presentar tu perfil a nuestro cliente, ¿me podrías indicar tu banda salarial y tu preaviso? Tu candidatura sigue activa mientras tanto.
""",
        "oth_alert": """
Nuevas ofertas para tu alerta "{role} Madrid": 14 ofertas publicadas esta semana. Destacada: {role} en {company}, híbrido, 35.000 a 42.000 euros. Inscríbete con un clic usando tu perfil guardado. Gestiona tus alertas o date de baja en tu configuración.
Tus ofertas del día: 8 nuevas vacantes encajan con tu perfil. Las empresas están contratando ahora mismo, ¡sé de los diez primeros en inscribirte!
""",
        "oth_cold": """
He visto tu perfil y creo que podrías encajar muy bien en una posición de {role} que estoy cubriendo para una scale-up de Barcelona en plena expansión, hasta 55.000 más equity. ¿Te apetecería una charla rápida? Si no es el momento, sin problema, y si conoces a alguien, te agradezco la recomendación.
""",
        "oth_newsletter": """
Este mes en {company}: abrimos nueva oficina en Sevilla, te presentamos al equipo detrás de nuestra memoria de sostenibilidad y nuestros reclutadores comparten cinco consejos para tus entrevistas en vídeo. Además, vacantes abiertas en finanzas e ingeniería.
""",
        "oth_survey": """
¡Ayúdanos a mejorar nuestro proceso de selección! Hace poco te postulaste en {company}. Cuéntanos tu experiencia en una encuesta de tres minutos; es anónima y no afecta en absoluto a tu candidatura.
""",
        "oth_event": """
Apúntate a nuestro webinar gratuito "Cómo negociar tu oferta de trabajo" el jueves a las 18:00. Nuestros reclutadores te contarán qué pasa de verdad después de la entrevista final y responderán a tus preguntas en directo. Plazas limitadas.
""",
        "oth_withdrawn": """
Tal como nos pediste, hemos retirado tu candidatura para {role}. Tus datos se eliminarán en un plazo de 30 días según nuestra política de privacidad. Si cambias de opinión, puedes volver a postularte cuando quieras.
""",
        "oth_services": """
Oferta exclusiva para candidatos: nuestros orientadores certificados revisan y mejoran tu CV, tu carta de presentación y tu perfil de LinkedIn. Solo esta semana, 30 % de descuento con el código EMPLEO30. ¡Consigue más entrevistas desde el mes que viene!
""",
    },
    "pt": {
        "off_informal": """
Não consegui esperar para te contar: o time inteiro adorou as conversas com você e a gente quer muito que você venha trabalhar com a gente como {role}! Pensamos em início no começo do mês que vem, com o salário que combinamos. Me diz se funciona pra você que eu já toco a papelada.
Boas notícias! Depois das conversas com a equipa, queremos contar consigo para a função de {role}. A avaliação foi unânime. Amanhã recebe a carta formal, mas não quis que esperasse mais uma noite para saber.
SUBJECT: Bem-vindo(a) à {company} (quase!) || Conversamos hoje de manhã e a decisão foi unânime: queremos você no time. Salário conforme falamos por telefone, VR e VA, plano de saúde e dois dias de home office por semana. É só responder com um sim que a gente cuida do resto.
A diretoria aprovou: podemos contratar você como {role} nas condições que conversamos. Pensa com calma no fim de semana e me liga na segunda para dar sua resposta.
""",
        "off_contract": """
Na sequência das entrevistas, temos o prazer de confirmar a sua admissão na {company} para a função de {role}. Segue em anexo o contrato de trabalho com todas as condições. Agradecemos que o devolva assinado até 14 de junho.
Segue em anexo o seu contrato e um resumo dos benefícios (seguro de saúde, subsídio de alimentação em cartão, formação). A data de início seria segunda-feira, 2 de setembro. Pode assinar o contrato digitalmente através do link que receberá num e-mail à parte.
É com satisfação que confirmamos sua contratação como {role}, em regime CLT, reportando à Diretoria de Operações. A remuneração será de R$ 12.500,00 mensais, com 13º salário, férias remuneradas e PLR conforme política da empresa.
Seu primeiro dia seria segunda-feira, 7 de outubro, às 9h, no nosso escritório de Campinas. Antes disso, precisamos do contrato assinado, cópia do RG e CPF, carteira de trabalho digital e dados bancários. Também vamos agendar seu exame admissional. Estamos ansiosos para te receber!
""",
        "off_conditional": """
Temos o prazer de informar que queremos contratá-lo(a) como {role}, sujeito à aprovação no exame admissional e à verificação do seu diploma. Assim que tivermos ambos, enviaremos o contrato e confirmaremos a data de início.
Mediante referências satisfatórias, gostaríamos que iniciasse funções como {role} a 1 de julho. Poderia enviar-me os contactos de duas pessoas de referência, de preferência incluindo a sua última chefia?
A direção aprovou a sua contratação como {role} na nossa sede em Lisboa, condicionada à obtenção da autorização de residência para atividade profissional, cujo pedido iniciamos hoje. A nossa equipa de Recursos Humanos indicará os documentos necessários.
""",
        "off_verbal": """
Obrigada pela ligação de hoje à tarde. Como prometido, confirmo por escrito o que conversamos: estamos propondo a posição de {role} com salário de R$ 14.000,00 mensais e início em 15 de abril. Fico muito feliz que você tenha aceitado por telefone; o RH envia os documentos formais em até 48 horas.
Dando sequência à nossa conversa de hoje cedo, confirmo por escrito: a vaga é sua! Fixo de 11 mil, bônus de até dois salários, e você escolhe a data de início entre 3 e 17 de março. Assim que me disser a data, mandamos o contrato.
Conforme falámos ao telefone, confirmo que a {company} pretende contratá-lo(a) como {role}. Envio em anexo um resumo das condições (vencimento, prémio anual, férias, seguro de saúde). Agradeço que confirme a sua aceitação por e-mail para podermos preparar o contrato.
""",
        "off_public": """
Informamos que, concluído o procedimento concursal para o posto de trabalho de {role}, V. Exa. ficou posicionado(a) em primeiro lugar na lista de ordenação final homologada. Será celebrado contrato de trabalho em funções públicas por tempo indeterminado, devendo apresentar os documentos indicados no prazo de dez dias úteis.
Na sequência da entrevista de 12 de março, o júri selecionou a sua candidatura para o lugar de {role}. O início de funções está previsto para 1 de maio, na posição remuneratória indicada no aviso de abertura. Solicitamos que devolva assinada a declaração de aceitação em anexo no prazo de dez dias.
Comunicamos que você foi aprovado(a) e classificado(a) em primeiro lugar no processo seletivo para {role}, e convocamos para a admissão no cargo. Compareça ao setor de Recursos Humanos até o dia 30 com a documentação listada no edital.
""",
        "off_agency": """
Notícia ótima! Acabei de desligar com a {company} e eles querem te contratar. Propõem R$ 16 mil de fixo mais bônus, início em quatro semanas. Me liga assim que ler isso pra gente ver tudo junto.
Excelente feedback da entrevista final de ontem: o nosso cliente {company} decidiu contratá-lo(a) como {role}, com um pacote de 38.000 euros brutos anuais, seguro de saúde e regime híbrido. Pedem resposta até quarta-feira, diga-me o que acha.
Seu contrato PJ para o projeto na {company} está pronto: R$ 160 por hora, seis meses renováveis, início na segunda que vem. Por favor, assine o aditivo em anexo e me devolva hoje, se possível.
""",
        "inv_call": """
Seu perfil chamou nossa atenção e gostaríamos de fazer uma ligação rápida de uns 20 minutos para contar mais sobre a vaga de {role}. Qual é a sua disponibilidade nesta semana? Para nós, terça ou quinta à tarde seria ótimo.
Obrigada por se candidatar! Sou a recrutadora responsável pela vaga e adoraria marcar um bate-papo rápido com você, bem tranquilo, sem precisar preparar nada. Escolhe o horário que for melhor pra você no link abaixo.
SUBJECT: Um café na próxima semana? || Aceitaria tomar um café na próxima semana? Estou no Porto na terça e na quarta e gostava de conhecer melhor a sua experiência em logística. Diga-me o que lhe dá jeito e eu escolho um sítio perto de São Bento.
Gostaríamos de convidá-lo(a) para uma primeira conversa telefónica com a nossa equipa de recrutamento, de cerca de 30 minutos, sobre o seu percurso, a sua expectativa salarial e o seu pré-aviso. Pode indicar-nos três horários possíveis nos próximos dias?
Você tem um tempinho amanhã para uma ligação? A gestora tem algumas perguntas sobre o seu último projeto antes de organizarmos a próxima etapa. Qualquer horário entre 9h e 12h funciona para mim.
""",
        "inv_booking": """
Boas notícias: sua candidatura para {role} avançou para a próxima etapa. Reserve pelo link abaixo um horário para uma videochamada com o gestor da área. Há horários de segunda, 3, a sexta, 7 de junho, preenchidos por ordem de reserva.
Você foi pré-selecionado(a)! Escolha agora um horário para o seu bate-papo por vídeo com o time pelo link de agendamento. Se nenhum horário funcionar, é só responder este e-mail.
Queremos conhecer você melhor: grave suas respostas em vídeo para três perguntas pelo link abaixo nos próximos cinco dias. Leva uns 15 minutos.
""",
        "inv_assessment": """
Como próxima etapa, gostaríamos que você resolvesse um case. O enunciado segue em anexo; envie sua proposta até segunda às 9h. Estimamos umas três horas de trabalho, e depois vamos discutir juntos numa sessão de 45 minutos.
Temos o prazer de o(a) convocar para o nosso centro de avaliação na quarta-feira, 19 de fevereiro, das 9h30 às 16h, nas instalações de Braga. O dia inclui uma dinâmica de grupo, uma apresentação e uma entrevista por competências. Traga o seu Cartão de Cidadão.
No âmbito da sua candidatura para {role}, convidamos você a realizar um teste online de raciocínio lógico. Ele dura cerca de 25 minutos e deve ser concluído em até 72 horas após o recebimento deste e-mail.
Valeu pela primeira conversa! O próximo passo é um desafio técnico: 90 minutos de pair programming com duas pessoas do time. Qual horário é melhor pra você: terça às 14h, quarta às 10h ou quinta às 16h?
""",
        "inv_trial": """
A gente adoraria que você viesse passar um dia de experiência com o time, pra ver de perto como trabalhamos. Sexta das 9h às 17h funciona? O dia é remunerado e o almoço é por nossa conta.
O próximo passo seria uma manhã de experiência no nosso armazém da Azambuja, a acompanhar o chefe de turno. Indique-nos, por favor, que dia da próxima semana lhe convém.
""",
        "inv_second": """
Obrigada mais uma vez pela conversa com a Renata na semana passada, ela saiu muito animada. Gostaríamos que você conhecesse o restante do time em duas conversas de 45 minutos, uma com produto e outra com engenharia. Você teria disponibilidade na quinta, dia 21, a partir das 13h?
Gostaríamos de dar continuidade à nossa conversa. Teria disponibilidade para se reunir com o nosso diretor-geral na sexta-feira às 11h no nosso escritório de Lisboa? Conte com cerca de uma hora.
Fica V. Exa. convocado(a) para a entrevista profissional de seleção do procedimento para {role}, no dia 4 de março, às 14h15, nos Paços do Concelho, sala 204. Deverá apresentar-se munido(a) de documento de identificação válido.
SUBJECT: Última etapa: conversa com nossa CEO || Parabéns, você chegou à etapa final! Para fechar, queremos propor uma conversa informal com nossa CEO, mais sobre valores e jeito de trabalhar do que sobre o seu currículo. A assistente dela vai entrar em contato para marcar.
O nosso cliente {company} analisou o seu CV e gostaria de o(a) conhecer pessoalmente. Propõem segunda às 10h30 ou quarta às 15h, nos escritórios do Parque das Nações. Qual prefere que eu confirme?
O papo com o Felipe foi ótimo! Ele quer marcar mais uma conversa, dessa vez com duas pessoas do time de dados. Quando fica bom pra você na semana que vem?
""",
        "rej_offer_other": """
Obrigada pelo tempo dedicado ao nosso processo seletivo para {role}. Depois de muita análise, oferecemos a vaga a outra pessoa candidata, que já aceitou. Ainda assim, seu perfil nos chamou muita atenção.
Queria dizer-lhe pessoalmente: fizemos uma proposta a uma pessoa cuja experiência se ajusta um pouco melhor ao que a equipa precisa neste momento. Foi uma decisão muito renhida e gostei muito das nossas conversas.
O processo de recrutamento está concluído e a vaga já foi preenchida, pelo que não nos será possível apresentar-lhe uma proposta. Os seus dados serão conservados durante seis meses para futuras oportunidades.
Infelizmente, desta vez não podemos oferecer a posição a você. O comitê entendeu que outras candidaturas traziam experiência mais direta em gestão de equipes.
SUBJECT: Atualização sobre sua candidatura || Passando para avisar que a vaga de {role} foi preenchida: outra candidata aceitou nossa proposta. Obrigado pelo interesse, e fique à vontade para se candidatar a futuras vagas que combinem com seu perfil.
""",
        "rej_no_interview": """
Agradecemos a sua candidatura para {role}. Recebemos um número muito elevado de candidaturas e, após análise da sua, não o(a) iremos convocar para entrevista nesta fase.
Analisamos seu currículo com atenção e decidimos não seguir com você para a próxima etapa. Não foi uma decisão fácil, considerando a qualidade dos perfis recebidos.
Lamentamos informar que a sua candidatura não foi pré-selecionada para a fase de entrevistas. Dado o volume de candidaturas, não nos é possível dar feedback individual.
Obrigado por ter se candidatado. Decidimos seguir com perfis mais próximos do que precisamos agora, então não vamos marcar um bate-papo com você para esta vaga.
Obrigado por fazer o teste online. Infelizmente, o seu resultado não atingiu a pontuação mínima para avançar para as entrevistas, e a sua candidatura para {role} não vai prosseguir.
""",
        "rej_after_interview": """
Obrigada por ter vindo conhecer o time na terça passada, a conversa foi ótima. Mesmo assim, decidimos não avançar com sua candidatura para a próxima etapa. Se ajudar, posso te passar um feedback numa ligação rápida.
Lamento informar que, após a última fase, não lhe vamos apresentar proposta para esta função. A decisão deveu-se a uma experiência muito específica em ambientes regulados, e não ao seu desempenho nas entrevistas.
Obrigado pelo esforço no case. O time analisou tudo com cuidado e havia muita coisa boa, mas decidimos não te chamar para a entrevista final.
Na sequência do centro de avaliação de quarta-feira, lamentamos informar que não foi selecionado(a) desta vez. Se desejar, podemos enviar um feedback detalhado sobre cada exercício.
Muito obrigada pelo dia de experiência, o time gostou muito de você. Foi bem disputado, mas escolhemos alguém com mais experiência prática na nossa stack. Vamos manter contato, é sério.
Concluídas as entrevistas, o júri deliberou não propor a sua contratação para o lugar de {role}. O júri destacou, ainda assim, a qualidade da sua candidatura escrita e da sua apresentação.
""",
        "rej_closed": """
Informamos que a vaga de {role} foi cancelada na sequência de uma reorganização interna. Não haverá contratação e as entrevistas agendadas ficam sem efeito.
Por uma mudança de prioridades, a vaga de {role} foi cancelada e estamos encerrando o processo com todas as pessoas candidatas, inclusive você. Sentimos muito, principalmente porque você já estava numa etapa avançada.
A vaga a que se candidatou foi preenchida internamente. A sua candidatura não vai prosseguir, mas convidamo-lo(a) a acompanhar a nossa página de carreiras.
Não trago boas notícias, infelizmente: a {company} decidiu não seguir com a sua candidatura. Gostaram muito de você, mas precisam de alguém que comece em duas semanas. Fico com você em mente para outros processos que estou conduzindo.
""",
        "ack_received": """
Recebemos sua candidatura para {role} e nossa equipe de recrutamento vai analisá-la em breve. As entrevistas devem acontecer em março; as pessoas pré-selecionadas serão contatadas até o fim de fevereiro.
Acusamos a receção da sua candidatura. O prazo termina a 30 de abril e as entrevistas decorrerão na semana de 13 de maio. Caso não receba notícias nossas até 20 de maio, deverá considerar que a sua candidatura não foi selecionada.
Sua candidatura para {role} foi registrada com sucesso (código 2025-0417). Lembramos que propostas de emprego são sempre enviadas por escrito pelo nosso RH e que nunca cobramos qualquer valor de candidatos.
Confirmo que já encaminhei o seu currículo ao gestor da {company}. Costumam responder dentro de uma semana; aviso assim que souber se querem conhecê-lo(a).
""",
        "ack_status": """
Uma atualização rápida: ainda estamos conversando com outras pessoas esta semana e esperamos fechar a decisão e fazer as propostas até o fim do mês. Te escrevo de qualquer forma assim que tivermos novidades.
SUBJECT: Status da sua candidatura || Sua candidatura continua em análise. O gestor da área esteve viajando, o que atrasou um pouco as coisas, mas você continua no processo e daremos um retorno nas próximas duas semanas.
Obrigado por ter comparecido à entrevista de segunda-feira. O júri reúne-se na sexta e comunicaremos o resultado a todos os candidatos no início da próxima semana.
Queremos informar que o processo para {role} está pausado enquanto fechamos o orçamento do próximo ano. Nenhuma decisão foi tomada sobre as candidaturas e voltaremos a falar com você assim que soubermos mais.
Obrigado por concluir o teste. Os seus resultados já foram enviados à equipa, que decidirá os próximos passos. Pode acompanhar o estado da sua candidatura na sua área de candidato.
Concluído o procedimento, ficou integrado(a) na reserva de recrutamento para este posto, válida por doze meses. Caso surja uma vaga poderemos contactá-lo(a); a inclusão na reserva não constitui compromisso de contratação.
""",
        "ack_documents": """
Para darmos seguimento à sua candidatura precisamos de uma cópia do seu certificado de habilitações e do registo criminal. Por favor, carregue-os na sua área de candidato; entretanto, a candidatura continua em análise.
Antes de apresentar seu perfil ao nosso cliente, você pode me passar sua pretensão salarial e seu prazo de aviso prévio? Sua candidatura segue ativa enquanto isso.
""",
        "oth_alert": """
Novas vagas para o seu alerta "{role} São Paulo": 14 oportunidades publicadas esta semana. Destaque: {role} na {company}, híbrido, R$ 9 mil a R$ 12 mil. Candidate-se com um clique usando seu perfil salvo. Gerencie seus alertas ou cancele a inscrição nas configurações.
Ofertas do dia: 8 novas vagas combinam com o seu perfil. As empresas estão contratando agora, seja um dos dez primeiros a se candidatar!
""",
        "oth_cold": """
Vi o seu perfil e acho que pode encaixar muito bem numa posição de {role} que estou a recrutar para uma scale-up em forte crescimento em Lisboa, até 50 mil mais equity. Estaria aberto(a) a uma conversa rápida? Se não for o momento, sem problema, e recomendações são sempre bem-vindas.
""",
        "oth_newsletter": """
Este mês na {company}: inauguramos o novo escritório em Recife, apresentamos quem está por trás do nosso relatório de sustentabilidade e nossos recrutadores dão cinco dicas para suas entrevistas por vídeo. Além disso, vagas abertas em finanças e engenharia.
""",
        "oth_survey": """
Ajude-nos a melhorar o nosso processo de recrutamento! Candidatou-se recentemente à {company}. Conte-nos como correu num inquérito de três minutos; é anónimo e não tem qualquer impacto na sua candidatura.
""",
        "oth_event": """
Participe do nosso webinar gratuito "Como negociar sua proposta de emprego" na quinta às 19h. Nossos recrutadores vão contar o que realmente acontece depois da entrevista final e responder às suas perguntas ao vivo. Vagas limitadas.
""",
        "oth_withdrawn": """
Conforme solicitado, retiramos a sua candidatura para {role}. Os seus dados serão eliminados no prazo de 30 dias, de acordo com a nossa política de privacidade. Se mudar de ideias, pode voltar a candidatar-se quando quiser.
""",
        "oth_services": """
Oferta exclusiva para candidatos: nossos consultores certificados revisam e turbinam seu currículo, sua carta de apresentação e seu LinkedIn. Só esta semana, 30% de desconto com o cupom CARREIRA30. Conquiste mais entrevistas já no próximo mês!
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "{first},",
            "Good morning {first},",
        ],
        "thanks": [
            "Thank you for your interest in the {role} position at {company}.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply for the role of {role}.",
            "Many thanks for your interest in joining {company}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "All the best with your next steps.",
            "We hope our paths cross again in the future.",
            "Good luck, and thank you again for your interest in {company}.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Over 1,200 colleagues in nine countries help our customers move faster, work smarter and grow sustainably.",
            "{company} has been named a Top Employer for the third year running. We offer flexible working, a generous learning budget and a culture where every voice counts.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\nTalent Acquisition, {company}",
            "Thanks,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHuman Resources",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This email was sent from a no-reply address. Please do not reply directly to this message.",
            "{company} is an equal opportunities employer. Your data is processed in line with our candidate privacy notice.",
            "You are receiving this email because you applied for a job at {company}. Unsubscribe from job updates.",
            "This message and any attachments are confidential and intended solely for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: {role}",
            "Update on your application",
            "Re: {role} application",
            "Your application to {company}",
        ],
        "subject_inv": [
            "Next steps: {role} at {company}",
            "Let's talk about {role}",
            "{company}: scheduling your next conversation",
            "Invitation: {role}",
            "Quick chat?",
        ],
        "subject_off": [
            "Good news from {company}",
            "Welcome to {company}",
            "Your contract: {role}",
            "{role}: next steps and start date",
            "Confidential: your appointment",
        ],
        "subject_oth": [
            "Jobs you might like",
            "News from {company}",
            "Tell us about your experience",
            "Opportunity: {role}",
            "Don't miss out this week",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Hallo {first} Rivera,",
            "Guten Morgen {first},",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.",
            "Danke für deine Bewerbung bei {company}!",
            "Herzlichen Dank für Ihr Interesse an einer Mitarbeit bei {company}.",
            "Vielen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
            "Für deine weitere Jobsuche wünschen wir dir alles Gute.",
            "Wir würden uns freuen, wenn sich unsere Wege in Zukunft erneut kreuzen.",
            "Alles Gute und nochmals danke für Ihr Interesse an {company}.",
        ],
        "marketing": [
            "Bei {company} arbeiten über 1.200 Menschen an zwölf Standorten daran, Energie, Logistik und Technologie ein Stück besser zu machen, mit flexiblen Arbeitszeitmodellen und echten Entwicklungsperspektiven.",
            "{company} wurde erneut als Top-Arbeitgeber ausgezeichnet. Wir bieten mobiles Arbeiten, ein individuelles Weiterbildungsbudget und eine Kultur, in der jede Stimme zählt.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nPeople & Culture, {company}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung",
            "Liebe Grüße\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg | Geschäftsführung: siehe Impressum",
            "Informationen zur Verarbeitung Ihrer Bewerberdaten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "AW: Bewerbung {role}",
            "{company}: {role}",
        ],
        "subject_inv": [
            "Einladung: {role} bei {company}",
            "Nächster Schritt: {role}",
            "Kennenlernen?",
            "Terminabstimmung {company}",
            "Kurzes Telefonat?",
        ],
        "subject_off": [
            "Gute Nachrichten von {company}",
            "Willkommen bei {company}",
            "Ihr Arbeitsvertrag: {role}",
            "Ihre Einstellung als {role}",
            "Vertraulich: Ihr Start bei uns",
        ],
        "subject_oth": [
            "Neue Jobs für Sie",
            "Neuigkeiten von {company}",
            "Ihre Meinung ist gefragt",
            "Interessante Position: {role}",
            "Nur diese Woche",
        ],
    },
    "fr": {
        "greet": [
            "Madame, Monsieur,",
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Bonjour,",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et au poste de {role}.",
            "Merci pour ta candidature chez {company} !",
            "Nous vous remercions vivement pour votre candidature.",
            "Merci pour le temps consacré à votre candidature au poste de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche !",
            "Nous espérons avoir l'occasion de recroiser votre chemin.",
            "Nous vous prions d'agréer nos salutations distinguées et vous souhaitons une bonne continuation.",
        ],
        "marketing": [
            "Chez {company}, plus de 1 200 collaborateurs dans neuf pays accompagnent nos clients au quotidien. Télétravail, formation continue et engagement RSE sont au cœur de notre culture.",
            "{company} est certifiée Great Place to Work pour la troisième année consécutive. Nous croyons que la diversité des parcours fait notre force.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nTalent Acquisition, {company}",
            "À très vite,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Belle journée,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "{company} s'engage en faveur de la diversité et de l'inclusion.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite à votre candidature",
            "RE: Candidature {role}",
            "{company} : {role}",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "Échange autour du poste de {role}",
            "Convocation : {role}",
            "On échange ?",
            "{company} : planification de votre rendez-vous",
        ],
        "subject_off": [
            "Bonne nouvelle de {company}",
            "Bienvenue chez {company}",
            "Votre contrat : {role}",
            "Votre arrivée chez {company}",
            "Confidentiel : votre recrutement",
        ],
        "subject_oth": [
            "Offres d'emploi pour vous",
            "Les nouvelles de {company}",
            "Votre avis compte",
            "Opportunité : {role}",
            "Cette semaine seulement",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first},",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "{first}:",
        ],
        "thanks": [
            "Gracias por tu interés en el puesto de {role} en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Muchas gracias por postularte a {company}.",
            "Gracias por el tiempo dedicado a su candidatura para {role}.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos el mayor de los éxitos en su carrera profesional.",
            "Esperamos que nuestros caminos vuelvan a cruzarse.",
            "Un abrazo y mucho éxito en lo que venga.",
        ],
        "marketing": [
            "En {company} somos más de 1.200 personas en nueve países con un mismo propósito: hacer las cosas mejor. Ofrecemos flexibilidad, formación continua y un entorno donde cada voz cuenta.",
            "{company} ha sido reconocida como Top Employer por tercer año consecutivo. Creemos que la diversidad de perfiles es lo que nos hace crecer.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\nTalento y Cultura, {company}",
            "¡Hablamos!\n{sender_first}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Un abrazo,\n{sender_first}",
        ],
        "footer": [
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "{company} es una empresa comprometida con la igualdad de oportunidades.",
            "Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Actualización sobre tu proceso",
            "RE: Candidatura {role}",
            "{company}: {role}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "¿Hablamos?",
            "Convocatoria: {role}",
            "Charla sobre el puesto de {role}",
            "{company}: agenda tu próxima conversación",
        ],
        "subject_off": [
            "Buenas noticias de {company}",
            "Bienvenido/a a {company}",
            "Tu contrato: {role}",
            "Tu incorporación a {company}",
            "Confidencial: tu contratación",
        ],
        "subject_oth": [
            "Ofertas de empleo para ti",
            "Novedades de {company}",
            "Tu opinión nos importa",
            "Oportunidad: {role}",
            "Solo esta semana",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Oi {first}, tudo bem?",
            "Bom dia, {first}.",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na vaga de {role} na {company}.",
            "Agradecemos o seu interesse em integrar a {company}.",
            "Muito obrigada por se candidatar à {company}!",
            "Agradecemos o tempo dedicado à sua candidatura para {role}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Esperamos que os nossos caminhos se voltem a cruzar.",
            "Boa sorte e até uma próxima!",
        ],
        "marketing": [
            "Na {company}, somos mais de 1.200 pessoas em nove países com um propósito comum: fazer diferente e melhor. Oferecemos flexibilidade, aprendizagem contínua e um ambiente onde todas as vozes contam.",
            "A {company} foi certificada como Great Place to Work pelo terceiro ano consecutivo. Acreditamos que a diversidade é o que nos faz crescer.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Abraços,\n{sender_first}",
            "Cumprimentos,\n{sender}\nDepartamento de Recursos Humanos",
            "Um abraço,\n{sender_first}\nTime de Talent Acquisition",
        ],
        "footer": [
            "Este e-mail foi enviado automaticamente. Por favor, não responda a esta mensagem.",
            "Seus dados são tratados de acordo com a LGPD e a nossa política de privacidade para candidatos.",
            "A {company} é uma empresa comprometida com a igualdade de oportunidades.",
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura na {company}",
            "Atualização do processo seletivo",
            "RE: Candidatura {role}",
            "{company}: {role}",
        ],
        "subject_inv": [
            "Próxima etapa: {role}",
            "Bora conversar?",
            "Convocatória: {role}",
            "Bate-papo sobre a vaga de {role}",
            "{company}: agende sua conversa",
        ],
        "subject_off": [
            "Boas notícias da {company}",
            "Bem-vindo(a) à {company}",
            "Seu contrato: {role}",
            "Sua admissão na {company}",
            "Confidencial: a sua contratação",
        ],
        "subject_oth": [
            "Vagas para você",
            "Novidades da {company}",
            "Sua opinião importa",
            "Oportunidade: {role}",
            "Só esta semana",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI wanted to follow up on my application for the {role} role and check whether there is any news on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. The team is still reviewing profiles and I'll update you as soon as I can.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage. Wir sind noch in der Abstimmung mit der Fachabteilung und melden uns so bald wie möglich.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Avez-vous des nouvelles sur le calendrier ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. L'équipe étudie encore les profils, je reviens vers vous dès que possible.\nBien à vous,\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería hacer un seguimiento de mi candidatura para el puesto de {role} y saber si hay novedades sobre los plazos.\nGracias,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribir. El equipo sigue revisando perfiles y te cuento algo en cuanto pueda.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura para a vaga de {role}.\nObrigado desde já,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contato. O time ainda está analisando os perfis e te dou um retorno assim que possível.\nAbraços,\n{sender}\n",
}
