# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 15's second training part by an independent author: the whole mix as small and mid-size employers write it, replies in threads, offers without the word, invitations without the word.

Sectors: logistics, design studios, restaurants and bakeries, software start-ups, retail,
agencies, co-operatives. Registers: founder and hiring-manager notes, small-HR letters, a few
ATS-style receipts; German in both Sie and du. Families (same keys in en, de, fr, es, pt):
rejections (personal two-liners, replies in a thread, after a trial day or case study, role
given internally or cancelled, misleading subjects such as "Re: next steps" or "Good news"),
acknowledgements (receipts, status updates, shortlist and delay notes, late-stage questions on
salary expectations and referees, which are not offers), invitations without the word
(coffee, calls, slots, trial days, case presentations, a new role after an earlier no), offers
with and without the word (contracts, start dates, conditional on references) and other mail
(recruiter outreach, withdrawal confirmations, events and newsletters, reference requests about
someone else).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Logistics",
    "Brightwell Studio",
    "Kaffeerösterei Lindner",
    "Atelier Montclair",
    "Grupo Marisma",
    "Padaria Ferreira & Filhos",
    "Nordlicht Software GmbH",
    "Vela Analytics",
    "Cooperativa Sierra Alta",
    "Ourives Digital",
    "Fennick & Rowe",
)

ROLES: tuple[str, ...] = (
    "Operations Coordinator",
    "Backend Developer",
    "Product Designer",
    "Sous Chef",
    "Account Manager",
    "Marketing Lead",
    "Data Analyst",
    "Customer Success Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Maren Halvorsen", "maren@{domain}"),
    ("Tom Brightwell", "tom@{domain}"),
    ("Hiring Team", "jobs@{domain}"),
    ("Camille Dubreuil", "recrutement@{domain}"),
    ("Lucía Ortega", "lucia.ortega@{domain}"),
    ("João Ferreira", "joao@{domain}"),
    ("Jonas Lindner", "jonas@{domain}"),
    ("People Team", "people@{domain}"),
    ("Recruiting", "noreply@apply.hirefolio.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_personal": """
I'll be straight with you: we went with someone who has run a warehouse team before, and that tipped it. I enjoyed our conversation about route planning more than most I've had this month.
SUBJECT: Quick note from {sender_first} || Short one from me, as promised. We're not moving forward with you for the {role} job; the other finalist had shipped almost exactly the integration we need next quarter. Your portfolio was the best-organised one we saw.
Spoke with my co-founder last night and we've decided to hire someone else for {role}. It was close, and I mean that. If you're ever in Leeds, coffee's on me.
Not the news you were hoping for, I know: we offered the job to another candidate and she accepted this morning. Your questions about our pricing were sharper than anything our board has asked this year.
We won't be taking your application further. Honestly, it came down to timing: we need someone who can start in two weeks and you'd need three months. With different timing I'd have pushed hard for you.
I've decided to go another way for this hire. Your written answers were great; where I hesitated was the hands-on Kubernetes work, which is most of the job for the first year.
Sorry to be the bearer of this: the team chose a candidate with more client-facing experience. The notes you sent after our call were genuinely useful to us, and I've passed them on.
""",
        "rej_thread_reply": """
SUBJECT: Re: Following up on the {role} position || Thanks for checking in, and apologies that you had to chase. We made a decision last Friday and it wasn't in your favour. I should have written sooner.
Good that you nudged me. The short answer is no, we've filled the role. The longer answer is that you were our second choice and it was a tight call.
Re your question from Tuesday: we've wrapped up the process and we're going with another applicant. I'm sorry it's not better news after all the back and forth.
Thanks for the follow-up. I've just heard back from the panel and they've decided not to proceed with your application. Happy to jump on a ten-minute call if you'd like to hear their reasoning.
To answer your email directly: no, we won't be asking you back for the final round. The panel felt your experience leans towards consumer products, and this role is almost entirely enterprise sales.
SUBJECT: Re: Any update? || Fair question. We've closed the search and hired someone who was already freelancing for us, so in the end it wasn't much of a contest. Sorry for the silence in between.
""",
        "rej_after_trial": """
Thank you for spending Thursday in the kitchen with us. The team liked working alongside you, but after talking it through we felt the pace of a 120-cover service isn't what you're after. We won't be offering you the position.
We've reviewed your case study alongside the others. Yours had the clearest structure, but the pricing recommendation didn't hold up when we ran the numbers, and that's the heart of the job. We've decided not to continue.
After the trial shift we sat down as a team. We're not going to take it further: you were lovely with customers, but the till and stock work needs someone who's done it before, and we can't train for that right now.
SUBJECT: Your presentation on Monday || Thanks for presenting the onboarding redesign to us. It was well argued, but we've chosen a candidate whose proposal was closer to what our support team can actually build this year, so we won't be moving forward with you.
The take-home was solid and the code was clean. Where we're stopping is the system design part; the panel wanted to see more thinking about failure cases. It's a no this time, but I'd happily look at your application again in a year.
""",
        "rej_role_gone": """
Something changed on our side: a colleague from our Lyon office asked to move into the {role} job and we've agreed. The position isn't open any more, and I didn't want you to hear that from an automated system.
We've had to put the {role} hire on ice. Our funding round is taking longer than planned and we're freezing all new positions until it closes. This isn't about you, and I'm sorry for the time you put in.
SUBJECT: Update on {role} || The role has been cancelled following a reorganisation of the product team. We are therefore closing all open applications, including yours.
We've filled the position internally: one of our account managers is moving across. I know that's frustrating to hear after two rounds with us.
Management decided this week to outsource the work this role would have covered, so we won't be hiring for it after all. I realise that's an unsatisfying end to the process.
""",
        "rej_misleading": """
SUBJECT: Re: next steps || I said I'd come back to you about next steps. Unfortunately there won't be any for the {role} position: we've chosen another candidate.
SUBJECT: Good news || Good news first: the team liked you a lot and thinks you'd be a great fit for our Customer Success opening, which goes live on Monday, so please do apply. On {role} itself, though, we've gone with someone else.
SUBJECT: Great to meet you! || It was great to meet you last week. After a lot of discussion we've decided to give the role to someone whose background is closer to our customer base.
SUBJECT: Re: your offer to do another call || Kind of you to offer another call, but there's no need. We've made our decision and it isn't going your way this time.
SUBJECT: Congratulations on reaching the final round || Getting to the last three out of almost two hundred is no small thing. In the end, though, we've offered the role to another finalist.
""",
        "ack_receipt": """
Got your application, thanks. I'm the only one reading them, so give me until the end of next week to get through the pile.
This is to confirm that we have received your application for {role}. Every application is read by a person, and we'll be in touch within three weeks.
SUBJECT: Received: {role} || Your documents arrived safely. The posting closes on the 30th and we'll only start reviewing after that.
Thanks for sending your CV through our website. Your application is now with the hiring manager for {role}.
""",
        "ack_status": """
A quick update so you're not left wondering: we're still going through applications and haven't made any decisions yet. I expect to have news in about ten days.
Just so you know where things stand: your application is in the second review stage with the head of department.
SUBJECT: Re: Status of my application || Thanks for asking. Nothing's been decided yet; half the team was off sick this month, which slowed us down. You're still very much in the running.
We're running behind on the {role} search, sorry. Conversations with the first group have moved back a week and we'll get to the rest after that.
""",
        "ack_shortlist": """
You're on our shortlist of three. We'll decide next week and I'll phone you either way.
We're still deciding between you and one other candidate. I'd rather take a few more days than rush it, so expect to hear from me by Wednesday.
The panel met yesterday and your name is among those going into the final discussion. Nothing needed from you for now.
SUBJECT: Still thinking || I owe you an update: we haven't decided yet. Our CEO is travelling and wants a say, so it'll be another week or so.
Apologies for the delay. The decision on {role} has slipped to the end of the month because of budget sign-off. Your application is still open and we'll be in touch as soon as we can.
""",
        "ack_late_stage": """
Before we go any further, could you tell me what salary you'd be looking for, and your notice period? It helps us see whether we're in the same ballpark.
We're at the point where we'd like to speak to two of your referees. Could you send names and contact details, ideally including a line manager?
SUBJECT: A couple of practical questions || Could you let me know your notice period, your salary expectations and whether you'd need visa sponsorship? Nothing is decided yet; we're just lining things up.
Our HR team asked me to collect references for all remaining candidates. Would you mind filling in the attached form by Friday? We'll only contact your referees once you say so.
""",
        "inv_no_word": """
Could you come by the studio one afternoon next week? Nothing formal, just a chat with me and Tomás about the projects you'd be working on.
Let's grab a coffee with the team. Are you free Thursday morning? We're usually in the café opposite the office; 10 o'clock suits us.
Are you free on Thursday for a call? Thirty minutes or so, with me and our head of engineering. Send me a time that works for you.
SUBJECT: Let's talk || Your application stood out. I'd like to meet you in person; how does Tuesday at 2 pm at our Bristol office sound?
We'd like to get to know you a bit better. Would you have an hour for a video chat with our operations lead this week or next?
I read your cover letter twice. Can we speak on the phone tomorrow or Friday? Just reply with a number and a time.
""",
        "inv_slots": """
We'd like you to meet the team. Please pick one of these slots: Monday 10:00, Monday 15:30 or Wednesday 11:00. Each takes about 45 minutes on Teams.
Please use the link below to book a 30-minute conversation with our recruiting team. Slots are open until Friday.
Would any of these work for a second meeting with our director: 12 March at 9:30, 13 March at 14:00 or 14 March at 16:00? Address and parking details to follow.
SUBJECT: Second round || You're through to the second stage. We've pencilled you in for Thursday at 11:00 with the finance team; let me know if that doesn't suit.
""",
        "inv_trial_case": """
We'd like you to do a paid trial day in our kitchen, ideally next Saturday from 9 to 5. Bring non-slip shoes; we'll provide the whites.
As a next step, could you prepare a short case presentation (20 minutes) on how you'd grow our B2B channel and present it to the leadership team on the 18th?
Would you be up for spending a day with us? You'd shadow the team in the morning and pair on a small task in the afternoon. We pay for the day and your travel.
We'd like to send you a small design exercise and then walk through it together next week. Which day would suit you for the walkthrough?
""",
        "inv_after_no": """
You might remember we turned you down for {role} in the spring. A position has just opened in our data team that fits your profile much better; would you be open to a conversation?
We couldn't offer you the last role, but your name came up straight away when we opened a new team lead position. Could we set up a call this week?
""",
        "off_word": """
I'm delighted to offer you the position of {role}. Your contract is attached; the salary is £42,000 a year and we'd love you to start on 2 June.
SUBJECT: Offer of employment || Following your conversations with the team, we're pleased to make you a formal offer for {role}. Please find the offer letter attached and let us know your decision within a week.
We'd like to offer you the job! Full details are in the attached letter. Have a read and call me with any questions.
It gives me great pleasure to extend an offer to join {company} as {role}, starting 1 September at a base salary of $78,000.
""",
        "off_no_word": """
We'd love to have you join us. Contract attached: start date 3 March, €3,600 gross a month. Sign when you're ready and send it back.
SUBJECT: Welcome aboard || Welcome to the team! It was unanimous. Your first day is Monday the 7th; Jana will meet you at reception at 9.
We want you. Let's talk about the details on Monday, but the role is yours if you'd like it.
The team and I agreed this morning: we'd like you to be our new {role}. I've attached the contract and the onboarding checklist; please sign and return by the 20th.
It's a yes from all of us. The job is yours, starting whenever your notice period ends, and HR will send the paperwork today.
""",
        "off_conditional": """
We're happy to offer you the position, subject to satisfactory references and proof of your right to work in the UK. Once those are in, I'll send the final contract.
The role is yours, conditional on two references and a background check. Expect an email from our screening provider in the next day or two.
We'd like to welcome you as our {role}, provided your references check out. Could you send me two referees today so we can confirm quickly?
""",
        "oth_recruiter": """
I came across your profile and think you'd be a strong match for a client of mine, a fast-growing logistics software company in Manchester. Would you be open to a quick chat?
I recruit for fintech firms across Europe and have a couple of roles that might interest you. No pressure; just let me know if you'd like details.
""",
        "oth_withdrawal": """
Thanks for letting us know you've accepted another position. We've withdrawn your application as requested. Best of luck in the new job.
As requested, we've removed your application for {role} and deleted your documents from our system.
""",
        "oth_event_news": """
Join us for our open evening on 14 November: meet the team, hear about our projects and have a drink on the roof terrace. Register via the link below.
This month's newsletter: our new office in Porto, three new openings in engineering and a look behind the scenes at our customer team.
""",
        "oth_reference_other": """
Jordan Blake has applied for a role with us and named you as a referee. Could you spare fifteen minutes for a call this week to tell us about working with them?
We're considering Sam Okafor for a senior position and understand you managed her at your previous company. Would you be willing to fill in a short reference questionnaire?
""",
    },
    "de": {
        "rej_personal": """
Ich sag's dir direkt: Wir haben uns für jemanden entschieden, der schon ein Lagerteam geführt hat, und das hat am Ende den Ausschlag gegeben. Unser Gespräch über Tourenplanung war trotzdem eins der besten, die ich diesen Monat hatte.
SUBJECT: Kurz von {sender_first} || Wie versprochen eine kurze Nachricht von mir: Für die Stelle als {role} geht es mit dir nicht weiter. Die andere Finalistin hat fast genau die Schnittstelle schon gebaut, die wir im nächsten Quartal brauchen. Dein Portfolio war trotzdem das aufgeräumteste von allen.
Ich habe gestern Abend mit meiner Mitgründerin gesprochen, und wir haben uns für jemand anderen entschieden. Es war knapp, und das meine ich ernst. Wenn du mal in Leipzig bist, geht der Kaffee auf mich.
Nicht die Nachricht, auf die Sie gehofft haben: Wir haben die Stelle einer anderen Kandidatin angeboten, und sie hat heute Morgen zugesagt. Ihre Fragen zu unserer Preisgestaltung waren übrigens schärfer als alles, was unser Beirat dieses Jahr gefragt hat.
Wir werden Ihre Bewerbung nicht weiterverfolgen. Ehrlich gesagt lag es am Zeitpunkt: Wir brauchen jemanden in zwei Wochen, Sie haben drei Monate Kündigungsfrist. Zu einem anderen Zeitpunkt hätte ich mich stark für Sie eingesetzt.
Ich habe mich bei dieser Besetzung anders entschieden. Deine schriftlichen Antworten waren richtig gut, gezögert habe ich bei der praktischen Kubernetes-Arbeit, und die macht im ersten Jahr den Großteil der Stelle aus.
Leider muss ich Ihnen mitteilen, dass das Team eine Person mit mehr Kundenerfahrung gewählt hat. Ihre Notizen nach unserem Telefonat waren für uns wirklich hilfreich, ich habe sie ans Team weitergegeben.
""",
        "rej_thread_reply": """
SUBJECT: AW: Nachfrage zur Stelle {role} || Danke fürs Nachhaken, und entschuldigen Sie, dass Sie hinterherlaufen mussten. Wir haben letzten Freitag entschieden, und zwar leider nicht zu Ihren Gunsten. Ich hätte mich früher melden sollen.
Gut, dass du nachfragst. Kurz gesagt: nein, die Stelle ist besetzt. Etwas länger: Du warst unsere zweite Wahl, und es war wirklich knapp.
Zu Ihrer Frage vom Dienstag: Wir haben das Verfahren abgeschlossen und uns für eine andere Bewerberin entschieden. Tut mir leid, dass es nach dem ganzen Hin und Her keine bessere Nachricht ist.
Danke für Ihre Nachfrage. Ich habe gerade Rückmeldung vom Gremium bekommen: Man hat sich entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Wenn Sie die Gründe hören möchten, telefonieren wir gern zehn Minuten.
Um deine Mail direkt zu beantworten: Nein, zur letzten Runde laden wir dich nicht mehr ein. Das Team fand, dass deine Erfahrung eher im Endkundengeschäft liegt, und die Stelle ist fast reines Firmenkundengeschäft.
SUBJECT: Re: Gibt es schon Neuigkeiten? || Berechtigte Frage. Wir haben die Suche beendet und jemanden eingestellt, der schon als Freelancer für uns gearbeitet hat, am Ende war das also kein offener Wettbewerb. Sorry für die Funkstille dazwischen.
""",
        "rej_after_trial": """
Danke, dass du am Donnerstag den Tag mit uns in der Küche verbracht hast. Das Team hat gern mit dir gearbeitet, aber nach einem Gespräch untereinander glauben wir, dass ein Service mit 120 Gedecken nicht das ist, was du suchst. Wir werden dir die Stelle nicht anbieten.
Wir haben Ihre Fallstudie zusammen mit den anderen ausgewertet. Ihre war am klarsten aufgebaut, die Preisempfehlung hielt aber der Nachrechnung nicht stand, und genau das ist der Kern der Stelle. Wir haben uns daher entschieden, den Prozess mit Ihnen nicht fortzusetzen.
Nach dem Probearbeiten haben wir uns im Team zusammengesetzt. Wir machen nicht weiter: Mit der Kundschaft warst du super, aber Kasse und Warenwirtschaft braucht jemanden mit Erfahrung, und einarbeiten können wir gerade nicht.
SUBJECT: Ihre Präsentation am Montag || Vielen Dank für die Vorstellung Ihres Onboarding-Konzepts. Es war gut begründet, wir haben uns aber für einen Vorschlag entschieden, der näher an dem liegt, was unser Support-Team dieses Jahr umsetzen kann. Ihre Bewerbung führen wir daher nicht weiter.
Die Probeaufgabe war solide und der Code sauber. Aufgehört haben wir beim Systemdesign, da hätte sich das Team mehr Gedanken zu Fehlerfällen gewünscht. Diesmal also ein Nein, aber in einem Jahr schaue ich mir deine Bewerbung gern wieder an.
""",
        "rej_role_gone": """
Bei uns hat sich etwas geändert: Ein Kollege aus unserem Hamburger Büro wollte in die Stelle als {role} wechseln, und wir haben zugestimmt. Die Position ist damit nicht mehr offen, und ich wollte nicht, dass Sie das von einem automatischen System erfahren.
Wir mussten die Einstellung für {role} auf Eis legen. Unsere Finanzierungsrunde dauert länger als geplant, und bis zum Abschluss stellen wir niemanden neu ein. Das hat nichts mit dir zu tun, und die Zeit, die du investiert hast, tut mir leid.
SUBJECT: Information zur Stelle {role} || Die Stelle entfällt im Zuge einer Neuorganisation des Produktbereichs. Wir schließen deshalb alle laufenden Bewerbungsverfahren, auch Ihres.
Wir haben die Stelle intern besetzt, eine Kollegin aus dem Vertrieb wechselt ins Team. Ich weiß, dass das nach zwei Runden frustrierend ist.
Die Geschäftsführung hat diese Woche entschieden, die Aufgaben der Stelle an einen Dienstleister zu vergeben. Wir stellen dafür also doch niemanden ein. Mir ist klar, dass das ein unbefriedigendes Ende ist.
""",
        "rej_misleading": """
SUBJECT: Re: Nächste Schritte || Ich wollte mich wegen der nächsten Schritte melden. Für die Stelle als {role} gibt es leider keine, wir haben uns für eine andere Kandidatin entschieden.
SUBJECT: Gute Nachrichten || Zuerst die gute Nachricht: Das Team mochte dich sehr und glaubt, dass du perfekt zu unserer Stelle im Kundenservice passt, die am Montag online geht. Bewirb dich da gern. Für {role} selbst haben wir uns aber für jemand anderen entschieden.
SUBJECT: Schön, Sie kennengelernt zu haben! || Es war schön, Sie letzte Woche kennenzulernen. Nach langer Diskussion haben wir uns für eine Person entschieden, deren Hintergrund näher an unserer Kundschaft liegt.
SUBJECT: AW: Ihr Angebot für ein weiteres Gespräch || Nett, dass Sie ein weiteres Gespräch anbieten, aber das ist nicht nötig. Wir haben entschieden, und diesmal leider nicht für Sie.
SUBJECT: Glückwunsch zur Finalrunde || Unter die letzten drei von fast zweihundert zu kommen, ist keine Kleinigkeit. Am Ende haben wir die Stelle aber einem anderen Finalisten angeboten.
""",
        "ack_receipt": """
Deine Bewerbung ist da, danke! Ich lese alle selbst, gib mir also bis Ende nächster Woche, um den Stapel durchzuarbeiten.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Jede Bewerbung wird von einem Menschen gelesen; Sie hören innerhalb von drei Wochen von uns.
SUBJECT: Eingangsbestätigung: {role} || Ihre Unterlagen sind vollständig bei uns angekommen. Die Ausschreibung läuft bis zum 30., erst danach beginnen wir mit der Sichtung.
Danke, dass du deinen Lebenslauf über unsere Website geschickt hast. Deine Bewerbung liegt jetzt bei der zuständigen Teamleitung.
""",
        "ack_status": """
Ein kurzer Zwischenstand, damit Sie nicht im Ungewissen bleiben: Wir sichten noch die Bewerbungen und haben noch nichts entschieden. Ich rechne mit Neuigkeiten in etwa zehn Tagen.
Damit du weißt, wo wir stehen: Deine Bewerbung ist in der zweiten Prüfrunde bei der Abteilungsleitung.
SUBJECT: AW: Stand meiner Bewerbung || Danke für die Nachfrage. Es ist noch nichts entschieden, diesen Monat war das halbe Team krank, das hat uns ausgebremst. Sie sind weiterhin im Rennen.
Wir hängen bei der Suche für {role} etwas hinterher, sorry. Die Gespräche mit der ersten Gruppe haben sich um eine Woche verschoben, danach melden wir uns bei den übrigen.
""",
        "ack_shortlist": """
Sie sind auf unserer engeren Auswahl von drei Personen. Wir entscheiden nächste Woche, und ich rufe Sie in jedem Fall an.
Wir schwanken noch zwischen dir und einer anderen Person. Ich nehme mir lieber ein paar Tage mehr, als zu hetzen, bis Mittwoch hörst du von mir.
Das Gremium hat gestern getagt, und Ihr Name ist unter denen, die in die finale Besprechung gehen. Von Ihrer Seite ist vorerst nichts zu tun.
SUBJECT: Wir überlegen noch || Ich schulde dir ein Update: Entschieden ist noch nichts. Unser Geschäftsführer ist auf Reisen und will mitreden, es dauert also noch etwa eine Woche.
Entschuldigen Sie die Verzögerung. Die Entscheidung zur Stelle {role} verschiebt sich wegen der Budgetfreigabe auf Monatsende. Ihre Bewerbung ist weiterhin offen, und wir melden uns so schnell wie möglich.
""",
        "ack_late_stage": """
Bevor wir weitermachen: Kannst du mir sagen, welches Gehalt du dir vorstellst und wie lang deine Kündigungsfrist ist? Dann sehen wir, ob wir grob zusammenpassen.
Wir sind an dem Punkt, an dem wir gern mit zwei Referenzgebern sprechen würden. Könnten Sie uns Namen und Kontaktdaten schicken, idealerweise auch von einer früheren Führungskraft?
SUBJECT: Ein paar praktische Fragen || Könnten Sie mir Ihre Kündigungsfrist, Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin nennen? Entschieden ist noch nichts, wir bereiten nur alles vor.
Unsere Personalabteilung sammelt Referenzen von allen verbliebenen Kandidatinnen und Kandidaten. Würdest du das angehängte Formular bis Freitag ausfüllen? Wir kontaktieren niemanden ohne dein Okay.
""",
        "inv_no_word": """
Magst du nächste Woche mal an einem Nachmittag im Studio vorbeikommen? Ganz locker, nur ein Gespräch mit mir und Tomás über die Projekte, an denen du arbeiten würdest.
Lass uns mit dem Team einen Kaffee trinken gehen. Hast du Donnerstagvormittag Zeit? Wir sitzen meistens im Café gegenüber vom Büro, 10 Uhr würde uns passen.
Hätten Sie am Donnerstag Zeit für ein Telefonat? Etwa 30 Minuten, mit mir und unserem Technikleiter. Schicken Sie mir einfach eine Uhrzeit, die Ihnen passt.
SUBJECT: Lernen wir uns kennen || Ihre Bewerbung ist uns aufgefallen. Ich würde Sie gern persönlich treffen; wie wäre Dienstag um 14 Uhr bei uns im Büro in Köln?
Wir würden Sie gern etwas besser kennenlernen. Hätten Sie diese oder nächste Woche eine Stunde für einen Videocall mit unserer Betriebsleiterin?
Ich habe dein Anschreiben zweimal gelesen. Können wir morgen oder Freitag telefonieren? Antworte einfach mit Nummer und Uhrzeit.
""",
        "inv_slots": """
Wir möchten, dass Sie das Team kennenlernen. Bitte wählen Sie einen dieser Termine: Montag 10:00, Montag 15:30 oder Mittwoch 11:00 Uhr, jeweils etwa 45 Minuten per Teams.
Über den Link unten kannst du dir direkt einen 30-minütigen Termin mit unserem Recruiting-Team buchen. Termine gibt es bis Freitag.
Passt Ihnen einer dieser Termine für ein zweites Treffen mit unserer Geschäftsführerin: 12. März um 9:30, 13. März um 14:00 oder 14. März um 16:00 Uhr? Anfahrt und Parkmöglichkeiten schicke ich separat.
SUBJECT: Zweite Runde || Sie sind in der zweiten Runde. Wir haben Sie vorläufig für Donnerstag, 11 Uhr, mit dem Finanzteam eingeplant; sagen Sie Bescheid, falls das nicht passt.
""",
        "inv_trial_case": """
Wir würden dich gern zu einem bezahlten Probearbeitstag in unsere Küche einladen, am liebsten nächsten Samstag von 9 bis 17 Uhr. Bring rutschfeste Schuhe mit, Kochjacke stellen wir.
Als nächsten Schritt bitten wir Sie, eine kurze Fallpräsentation (20 Minuten) vorzubereiten, wie Sie unser B2B-Geschäft ausbauen würden, und sie am 18. der Geschäftsleitung vorzustellen.
Hast du Lust, einen Tag bei uns mitzulaufen? Vormittags schaust du dem Team über die Schulter, nachmittags löst ihr zu zweit eine kleine Aufgabe. Den Tag und die Fahrt bezahlen wir.
Wir würden Ihnen gern eine kleine Designaufgabe schicken und sie nächste Woche gemeinsam mit Ihnen durchgehen. Welcher Tag passt Ihnen dafür?
""",
        "inv_after_no": """
Sie erinnern sich vielleicht: Im Frühjahr mussten wir Ihnen für {role} absagen. Jetzt ist in unserem Datenteam eine Stelle frei geworden, die viel besser zu Ihrem Profil passt. Hätten Sie Interesse an einem Gespräch?
Für die letzte Stelle hat es nicht gereicht, aber als wir die neue Teamleitung ausgeschrieben haben, fiel sofort dein Name. Können wir diese Woche telefonieren?
""",
        "off_word": """
Ich freue mich sehr, Ihnen die Stelle als {role} anbieten zu können. Der Vertrag liegt bei; das Jahresgehalt beträgt 58.000 Euro, und wir würden uns freuen, wenn Sie am 2. Juni anfangen.
SUBJECT: Ihr Vertragsangebot || Nach den Gesprächen mit dem Team freuen wir uns, Ihnen ein verbindliches Angebot für die Position {role} zu machen. Das Angebotsschreiben finden Sie im Anhang; bitte geben Sie uns innerhalb einer Woche Bescheid.
Wir möchten dir den Job anbieten! Alle Details stehen im angehängten Schreiben, lies es in Ruhe und ruf mich an, wenn du Fragen hast.
Es ist mir eine Freude, Ihnen ein Angebot für eine Tätigkeit bei {company} als {role} zu unterbreiten, Beginn 1. September, Grundgehalt 4.900 Euro brutto im Monat.
""",
        "off_no_word": """
Wir hätten dich sehr gern bei uns. Der Vertrag hängt an: Start am 3. März, 3.600 Euro brutto im Monat. Unterschreib, wenn du so weit bist, und schick ihn zurück.
SUBJECT: Willkommen an Bord || Willkommen im Team! Die Entscheidung war einstimmig. Dein erster Tag ist Montag, der 7.; Jana holt dich um 9 am Empfang ab.
Wir wollen Sie. Über die Einzelheiten sprechen wir am Montag, aber die Stelle gehört Ihnen, wenn Sie möchten.
Das Team und ich waren uns heute Morgen einig: Wir möchten, dass Sie unsere neue {role} werden. Vertrag und Onboarding-Checkliste liegen bei; bitte unterschreiben und bis zum 20. zurückschicken.
Von uns allen ein klares Ja. Der Job ist deiner, Start sobald deine Kündigungsfrist vorbei ist; die Personalabteilung schickt dir heute die Unterlagen.
""",
        "off_conditional": """
Wir bieten Ihnen die Stelle gern an, vorbehaltlich zufriedenstellender Referenzen und eines erweiterten Führungszeugnisses. Sobald beides da ist, schicke ich Ihnen den endgültigen Vertrag.
Die Stelle ist deine, unter der Bedingung, dass zwei Referenzen und die Hintergrundprüfung passen. In den nächsten Tagen meldet sich dazu unser Dienstleister per Mail.
Wir würden Sie gern als {role} bei uns begrüßen, sofern die Referenzen passen. Könnten Sie mir heute noch zwei Ansprechpersonen nennen, damit wir schnell bestätigen können?
""",
        "oth_recruiter": """
Ich bin auf Ihr Profil gestoßen und glaube, Sie würden sehr gut zu einem meiner Kunden passen, einem schnell wachsenden Logistik-Softwarehaus in Nürnberg. Hätten Sie Zeit für ein kurzes Telefonat?
Ich vermittle für Fintechs in ganz Europa und hätte ein paar Stellen, die dich interessieren könnten. Ganz unverbindlich, sag einfach Bescheid, wenn du Details willst.
""",
        "oth_withdrawal": """
Danke, dass Sie uns Bescheid gegeben haben, dass Sie eine andere Stelle angenommen haben. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen. Alles Gute für den neuen Job!
Wie gewünscht haben wir deine Bewerbung als {role} zurückgezogen und deine Unterlagen aus unserem System gelöscht.
""",
        "oth_event_news": """
Komm zu unserem Tag der offenen Tür am 14. November: Team kennenlernen, Projekte anschauen und auf der Dachterrasse anstoßen. Anmeldung über den Link unten.
Unser Newsletter diesen Monat: das neue Büro in Porto, drei neue Stellen in der Entwicklung und ein Blick hinter die Kulissen unseres Kundenteams.
""",
        "oth_reference_other": """
Frau Jana Kessler hat sich bei uns beworben und Sie als Referenz angegeben. Hätten Sie diese Woche eine Viertelstunde Zeit, uns von der Zusammenarbeit mit ihr zu erzählen?
Wir überlegen, Till Moravec für eine leitende Position einzustellen, und soweit ich weiß, hast du ihn bei deiner alten Firma geführt. Würdest du einen kurzen Referenzfragebogen ausfüllen?
""",
    },
    "fr": {
        "rej_personal": """
Je vais être franc : nous avons choisi quelqu'un qui a déjà dirigé une équipe d'entrepôt, et c'est ce qui a fait la différence. Notre échange sur la planification des tournées reste l'un des plus intéressants de mon mois.
SUBJECT: Un mot de {sender_first} || Comme promis, un petit mot de ma part : nous n'allons pas poursuivre avec vous pour le poste de {role}. L'autre finaliste avait déjà développé presque exactement l'intégration dont nous avons besoin au prochain trimestre. Votre portfolio était de loin le mieux construit.
J'en ai parlé hier soir avec mon associée et nous avons décidé de recruter quelqu'un d'autre. C'était serré, vraiment. Si tu passes un jour par Nantes, le café est pour moi.
Ce n'est pas la nouvelle que vous attendiez : nous avons proposé le poste à une autre candidate, qui a accepté ce matin. Vos questions sur notre politique tarifaire étaient plus pointues que tout ce que notre conseil nous a demandé cette année.
Nous n'allons pas donner suite à votre candidature. Honnêtement, c'est une question de calendrier : il nous faut quelqu'un dans deux semaines et votre préavis est de trois mois. À un autre moment, je me serais battu pour vous.
J'ai finalement fait un autre choix pour ce recrutement. Tes réponses écrites étaient excellentes ; là où j'ai hésité, c'est sur la pratique de Kubernetes, qui représente l'essentiel du poste la première année.
Je suis désolée de vous l'annoncer : l'équipe a retenu un profil avec davantage d'expérience client. Les notes que vous nous avez envoyées après notre appel nous ont réellement servi, je les ai transmises à l'équipe.
""",
        "rej_thread_reply": """
SUBJECT: RE: Relance concernant le poste de {role} || Merci de revenir vers moi, et pardon de vous avoir obligé à relancer. Nous avons pris notre décision vendredi dernier et elle n'est pas en votre faveur. J'aurais dû vous écrire plus tôt.
Tu as bien fait de me relancer. Réponse courte : non, le poste est pourvu. Réponse plus longue : tu étais notre deuxième choix et ça s'est joué à peu de chose.
Pour répondre à votre question de mardi : le processus est terminé et nous avons retenu une autre candidature. Je suis désolé que ce ne soit pas une meilleure nouvelle après tous ces échanges.
Merci pour votre relance. Je viens d'avoir le retour du jury : il a décidé de ne pas poursuivre avec votre candidature. Si vous souhaitez connaître ses raisons, je vous propose un appel de dix minutes.
Pour répondre directement à votre mail : non, nous ne vous convierons pas au dernier tour. Le jury a estimé que votre expérience était surtout orientée grand public, alors que ce poste est presque entièrement tourné vers les entreprises.
SUBJECT: RE: Des nouvelles ? || Question légitime. Nous avons clôturé la recherche et recruté une personne qui travaillait déjà avec nous en freelance, donc au final ce n'était pas vraiment ouvert. Désolé pour le silence entre-temps.
""",
        "rej_after_trial": """
Merci d'avoir passé jeudi en cuisine avec nous. L'équipe a apprécié de travailler à tes côtés, mais après en avoir discuté, nous pensons qu'un service de 120 couverts ne correspond pas à ce que tu recherches. Nous ne te proposerons pas le poste.
Nous avons étudié votre cas pratique avec les autres. Le vôtre était le mieux structuré, mais la recommandation de prix ne tenait pas une fois les chiffres refaits, et c'est le cœur du poste. Nous avons décidé de ne pas poursuivre.
Après ta journée d'essai, on s'est réunis en équipe. On ne va pas aller plus loin : tu as été top avec les clients, mais la caisse et la gestion du stock demandent quelqu'un d'expérimenté, et on ne peut pas former en ce moment.
SUBJECT: Votre présentation de lundi || Merci de nous avoir présenté votre refonte de l'onboarding. C'était bien argumenté, mais nous avons retenu une proposition plus proche de ce que notre équipe support peut réellement mettre en place cette année. Nous ne poursuivrons donc pas avec vous.
L'exercice à la maison était solide et le code propre. Là où ça bloque, c'est la partie conception système : le jury attendait plus de réflexion sur les cas de panne. C'est non pour cette fois, mais je regarderai volontiers ta candidature dans un an.
""",
        "rej_role_gone": """
Il y a du changement de notre côté : un collègue de notre bureau de Lyon a demandé à rejoindre le poste de {role} et nous avons accepté. Le poste n'est donc plus ouvert, et je ne voulais pas que vous l'appreniez par un message automatique.
Nous avons dû mettre le recrutement du poste de {role} en pause. Notre levée de fonds prend plus de temps que prévu et nous gelons toutes les embauches jusqu'à sa clôture. Ce n'est pas lié à toi, et je suis désolé pour le temps que tu y as consacré.
SUBJECT: Information sur le poste de {role} || Le poste est supprimé à la suite d'une réorganisation de l'équipe produit. Nous clôturons donc l'ensemble des candidatures en cours, y compris la vôtre.
Le poste a été pourvu en interne : une de nos chargées de clientèle change d'équipe. Je sais que c'est frustrant après deux tours d'échanges avec nous.
La direction a décidé cette semaine d'externaliser les missions prévues pour ce poste ; nous ne recruterons donc finalement personne. Je me rends compte que c'est une fin de processus peu satisfaisante.
""",
        "rej_misleading": """
SUBJECT: RE: Prochaines étapes || Je vous avais promis un retour sur les prochaines étapes. Malheureusement, il n'y en aura pas pour le poste de {role} : nous avons choisi une autre personne.
SUBJECT: Bonne nouvelle || D'abord la bonne nouvelle : l'équipe t'a beaucoup apprécié et pense que tu serais parfait pour notre poste en relation client, mis en ligne lundi. N'hésite pas à postuler. Pour le poste de {role} en revanche, nous avons retenu quelqu'un d'autre.
SUBJECT: Ravi de vous avoir rencontré ! || Ce fut un plaisir de vous rencontrer la semaine dernière. Après de longues discussions, nous avons confié le poste à une personne dont le parcours est plus proche de notre clientèle.
SUBJECT: RE: Votre proposition d'un nouvel échange || C'est gentil de proposer un nouvel appel, mais ce ne sera pas nécessaire. Notre décision est prise, et elle n'est pas en votre faveur cette fois-ci.
SUBJECT: Félicitations pour la finale || Arriver parmi les trois derniers sur près de deux cents candidatures, ce n'est pas rien. Au bout du compte, nous avons toutefois proposé le poste à un autre finaliste.
""",
        "ack_receipt": """
Bien reçu ta candidature, merci ! C'est moi qui lis tout, donc laisse-moi jusqu'à la fin de la semaine prochaine pour faire le tour.
Nous accusons réception de votre candidature au poste de {role}. Chaque dossier est lu par une personne ; vous aurez de nos nouvelles sous trois semaines.
SUBJECT: Accusé de réception : {role} || Votre dossier nous est bien parvenu. L'annonce reste ouverte jusqu'au 30 ; nous ne commencerons l'examen des candidatures qu'après cette date.
Merci d'avoir envoyé votre CV via notre site. Votre candidature est désormais entre les mains de la responsable du recrutement pour ce poste.
""",
        "ack_status": """
Un petit point pour que vous ne restiez pas dans le flou : nous examinons encore les candidatures et rien n'est décidé. Je pense avoir des nouvelles d'ici une dizaine de jours.
Pour que tu saches où on en est : ta candidature est en deuxième lecture chez la directrice du service.
SUBJECT: RE: Suivi de ma candidature || Merci de votre message. Rien n'est encore tranché ; la moitié de l'équipe a été malade ce mois-ci, ce qui nous a ralentis. Vous êtes toujours en lice.
Nous avons pris du retard sur le recrutement du poste de {role}, désolée. Les échanges avec le premier groupe sont décalés d'une semaine, et nous reviendrons vers les autres ensuite.
""",
        "ack_shortlist": """
Vous faites partie de nos trois derniers candidats. Nous déciderons la semaine prochaine et je vous appellerai dans tous les cas.
On hésite encore entre toi et une autre personne. Je préfère prendre quelques jours de plus que de précipiter les choses ; tu auras de mes nouvelles d'ici mercredi.
Le comité s'est réuni hier et votre nom fait partie de ceux retenus pour la discussion finale. Rien à faire de votre côté pour l'instant.
SUBJECT: On réfléchit encore || Je te dois un point : rien n'est décidé. Notre PDG est en déplacement et veut donner son avis, il faudra donc compter encore une semaine environ.
Toutes nos excuses pour ce délai. La décision concernant le poste de {role} est repoussée à la fin du mois en raison de la validation budgétaire. Votre candidature reste ouverte et nous reviendrons vers vous dès que possible.
""",
        "ack_late_stage": """
Avant d'aller plus loin, pourriez-vous m'indiquer vos prétentions salariales et la durée de votre préavis ? Cela nous permettra de voir si nous sommes dans les mêmes ordres de grandeur.
Nous en sommes au stade où nous aimerions contacter deux de vos références. Pourriez-vous nous transmettre leurs noms et coordonnées, idéalement dont un ancien responsable ?
SUBJECT: Quelques questions pratiques || Pourriez-vous me préciser votre préavis, votre rémunération souhaitée et votre date de disponibilité ? Rien n'est décidé, nous préparons simplement la suite.
Notre service RH m'a demandé de recueillir les références de tous les candidats encore en lice. Pourrais-tu remplir le formulaire joint d'ici vendredi ? Nous ne contacterons personne sans ton accord.
""",
        "inv_no_word": """
Tu pourrais passer à l'atelier un après-midi la semaine prochaine ? Rien de formel, juste une discussion avec Tomás et moi sur les projets sur lesquels tu travaillerais.
Et si on prenait un café avec l'équipe ? Tu es libre jeudi matin ? On est souvent au café en face du bureau, 10 h nous irait bien.
Seriez-vous disponible jeudi pour un appel ? Une trentaine de minutes, avec moi et notre directeur technique. Indiquez-moi simplement un horaire qui vous convient.
SUBJECT: Faisons connaissance || Votre candidature a retenu notre attention. J'aimerais vous rencontrer ; que diriez-vous de mardi à 14 h dans nos locaux de Bordeaux ?
Nous aimerions mieux vous connaître. Auriez-vous une heure cette semaine ou la suivante pour une visio avec notre responsable des opérations ?
J'ai lu ta lettre deux fois. On peut s'appeler demain ou vendredi ? Réponds-moi juste avec un numéro et une heure.
""",
        "inv_slots": """
Nous aimerions vous présenter l'équipe. Merci de choisir l'un de ces créneaux : lundi 10 h, lundi 15 h 30 ou mercredi 11 h, environ 45 minutes sur Teams.
Utilisez le lien ci-dessous pour réserver un échange de 30 minutes avec notre équipe recrutement. Des créneaux sont disponibles jusqu'à vendredi.
L'un de ces créneaux vous conviendrait-il pour une deuxième rencontre avec notre directrice : le 12 mars à 9 h 30, le 13 mars à 14 h ou le 14 mars à 16 h ? Je vous enverrai l'adresse et les infos de stationnement.
SUBJECT: Deuxième tour || Vous passez à l'étape suivante. Nous vous avons réservé jeudi à 11 h avec l'équipe finance ; dites-moi si cela ne vous arrange pas.
""",
        "inv_trial_case": """
On aimerait te proposer une journée d'essai rémunérée en cuisine, idéalement samedi prochain de 9 h à 17 h. Prévois des chaussures antidérapantes, on fournit la veste.
Pour la suite, nous vous proposons de préparer une courte étude de cas (20 minutes) sur la manière dont vous développeriez notre activité B2B, à présenter au comité de direction le 18.
Ça te dirait de passer une journée avec nous ? Le matin tu suis l'équipe, l'après-midi tu travailles en binôme sur une petite tâche. La journée et le trajet sont payés.
Nous aimerions vous envoyer un petit exercice de design, puis le parcourir ensemble la semaine prochaine. Quel jour vous conviendrait pour ce point ?
""",
        "inv_after_no": """
Vous vous souvenez peut-être que nous n'avions pas retenu votre candidature pour le poste de {role} au printemps. Un poste vient de s'ouvrir dans notre équipe data, bien plus proche de votre profil ; seriez-vous partant pour en discuter ?
Ça n'avait pas marché pour le dernier poste, mais ton nom est revenu tout de suite quand on a ouvert le poste de chef d'équipe. On peut s'appeler cette semaine ?
""",
        "off_word": """
J'ai le plaisir de vous proposer le poste de {role}. Vous trouverez le contrat en pièce jointe ; la rémunération est de 46 000 euros brut annuels et nous serions ravis que vous commenciez le 2 juin.
SUBJECT: Proposition d'embauche || À la suite de vos échanges avec l'équipe, nous avons le plaisir de vous faire une offre ferme pour le poste de {role}. Vous trouverez la lettre d'offre ci-jointe ; merci de nous faire part de votre décision sous huit jours.
On aimerait t'offrir le poste ! Tous les détails sont dans la lettre jointe ; lis-la tranquillement et appelle-moi si tu as des questions.
C'est avec grand plaisir que nous vous adressons une proposition pour rejoindre {company} en tant que {role}, à compter du 1er septembre, avec un salaire fixe de 3 900 euros brut mensuels.
""",
        "off_no_word": """
On serait ravis que tu nous rejoignes. Le contrat est en pièce jointe : démarrage le 3 mars, 3 200 euros brut par mois. Signe quand tu es prêt et renvoie-le-nous.
SUBJECT: Bienvenue à bord || Bienvenue dans l'équipe ! La décision était unanime. Ton premier jour est le lundi 7 ; Jana t'attendra à l'accueil à 9 h.
Nous voulons vous. Parlons des détails lundi, mais le poste est à vous si vous le souhaitez.
L'équipe et moi sommes tombés d'accord ce matin : nous aimerions que vous deveniez notre nouveau {role}. Le contrat et la liste d'intégration sont joints ; merci de les signer et de les renvoyer avant le 20.
C'est un oui de nous tous. Le poste est pour toi, à partir de la fin de ton préavis ; les RH t'envoient les documents aujourd'hui.
""",
        "off_conditional": """
Nous sommes heureux de vous proposer le poste, sous réserve de références satisfaisantes et de la présentation de votre titre de séjour. Dès réception, je vous enverrai le contrat définitif.
Le poste est à toi, à condition que deux références et la vérification d'antécédents soient concluantes. Notre prestataire t'écrira dans les prochains jours.
Nous serions heureux de vous accueillir comme {role}, sous réserve de vos références. Pourriez-vous m'envoyer aujourd'hui deux contacts afin que nous puissions confirmer rapidement ?
""",
        "oth_recruiter": """
Je suis tombée sur votre profil et je pense qu'il correspondrait très bien à l'un de mes clients, un éditeur de logiciels logistiques en pleine croissance à Lille. Seriez-vous ouvert à un rapide échange ?
Je recrute pour des fintechs partout en Europe et j'ai deux ou trois postes qui pourraient t'intéresser. Aucune obligation ; dis-moi simplement si tu veux les détails.
""",
        "oth_withdrawal": """
Merci de nous avoir prévenus que vous avez accepté un autre poste. Nous avons retiré votre candidature comme demandé. Bonne continuation dans vos nouvelles fonctions !
Comme demandé, nous avons retiré ta candidature au poste de {role} et supprimé tes documents de notre système.
""",
        "oth_event_news": """
Rejoignez-nous pour notre soirée portes ouvertes le 14 novembre : rencontre avec l'équipe, présentation de nos projets et un verre sur le toit-terrasse. Inscription via le lien ci-dessous.
La lettre d'information du mois : notre nouveau bureau à Porto, trois postes ouverts en développement et les coulisses de notre équipe clients.
""",
        "oth_reference_other": """
Mme Léa Fontaine a postulé chez nous et vous a indiqué comme référence. Auriez-vous un quart d'heure cette semaine pour nous parler de votre collaboration ?
Nous envisageons de recruter Karim Benali sur un poste de direction et il me semble que tu l'as encadré dans ton ancienne entreprise. Accepterais-tu de remplir un court questionnaire de référence ?
""",
    },
    "es": {
        "rej_personal": """
Te lo digo sin rodeos: nos hemos quedado con alguien que ya ha dirigido un equipo de almacén, y eso ha inclinado la balanza. Nuestra charla sobre planificación de rutas fue de lo mejor que he tenido este mes.
SUBJECT: Unas líneas de {sender_first} || Como te prometí, unas líneas: no vamos a seguir contigo para el puesto de {role}. La otra finalista ya había montado casi exactamente la integración que necesitamos el próximo trimestre. Tu portafolio fue, con diferencia, el más ordenado.
Anoche lo hablé con mi socia y hemos decidido contratar a otra persona. Estuvo muy reñido, de verdad. Si alguna vez pasas por Valencia, el café corre de mi cuenta.
Sé que no es la noticia que esperaba: ofrecimos el puesto a otra candidata y esta mañana ha aceptado. Sus preguntas sobre nuestros precios fueron más afinadas que cualquier cosa que nos haya planteado el consejo este año.
No vamos a avanzar con su candidatura. Para ser sincero, ha sido cuestión de plazos: necesitamos a alguien en dos semanas y usted tiene tres meses de preaviso. En otro momento habría apostado fuerte por usted.
He decidido tirar por otro lado en esta contratación. Tus respuestas por escrito fueron muy buenas; donde dudé fue en la parte práctica de Kubernetes, que es casi todo el trabajo del primer año.
Siento ser yo quien se lo diga: el equipo ha elegido a una persona con más experiencia de trato con clientes. Las notas que nos envió después de la llamada nos resultaron muy útiles y ya las he compartido con el equipo.
""",
        "rej_thread_reply": """
SUBJECT: RE: Seguimiento de mi candidatura a {role} || Gracias por escribir, y perdone que haya tenido que insistir. Tomamos la decisión el viernes pasado y no fue a su favor. Debería haberle escrito antes.
Bien hecho al recordármelo. Respuesta corta: no, el puesto ya está cubierto. Respuesta larga: eras nuestra segunda opción y se decidió por muy poco.
Sobre su pregunta del martes: hemos cerrado el proceso y vamos a seguir con otra persona. Lamento que no sean mejores noticias después de tanto ir y venir.
Gracias por el seguimiento. Acabo de hablar con el comité y han decidido no continuar con su candidatura. Si quiere conocer sus motivos, podemos hablar diez minutos por teléfono.
Para contestar directamente a tu correo: no, no te vamos a llamar para la ronda final. El equipo considera que tu experiencia está más orientada al consumidor final y este puesto es casi todo venta a empresas.
SUBJECT: RE: ¿Alguna novedad? || Pregunta justa. Hemos cerrado la búsqueda y contratado a alguien que ya colaboraba con nosotros como autónomo, así que al final no fue una competición abierta. Perdona el silencio entretanto.
""",
        "rej_after_trial": """
Gracias por pasar el jueves con nosotros en cocina. Al equipo le gustó trabajar contigo, pero después de hablarlo creemos que un servicio de 120 cubiertos no es lo que buscas. No te vamos a ofrecer el puesto.
Hemos revisado su caso práctico junto a los demás. El suyo era el mejor estructurado, pero la recomendación de precios no se sostenía al rehacer los números, y eso es el núcleo del puesto. Hemos decidido no continuar.
Después del día de prueba nos sentamos todo el equipo. No vamos a seguir: con la clientela estuviste genial, pero la caja y el inventario piden a alguien con experiencia y ahora mismo no podemos formar a nadie.
SUBJECT: Su presentación del lunes || Gracias por presentarnos su propuesta de rediseño del onboarding. Estaba bien argumentada, pero hemos elegido una propuesta más cercana a lo que nuestro equipo de soporte puede construir este año, así que no seguiremos adelante con usted.
La prueba técnica estaba bien resuelta y el código limpio. Donde nos quedamos fue en el diseño de sistemas: el equipo esperaba más reflexión sobre los casos de fallo. Esta vez es que no, pero en un año vuelvo a mirar tu candidatura encantado.
""",
        "rej_role_gone": """
Ha cambiado algo por nuestra parte: un compañero de la oficina de Sevilla pidió pasar al puesto de {role} y le hemos dicho que sí. La vacante ya no está abierta, y no quería que se enterara por un mensaje automático.
Hemos tenido que congelar la contratación para {role}. La ronda de financiación va más lenta de lo previsto y no abrimos ningún puesto nuevo hasta que se cierre. No tiene nada que ver contigo, y siento el tiempo que le has dedicado.
SUBJECT: Información sobre la vacante de {role} || El puesto se ha suprimido tras una reorganización del equipo de producto. Por tanto, cerramos todas las candidaturas en curso, incluida la suya.
Hemos cubierto la vacante internamente: una de nuestras gestoras de cuentas se cambia de área. Sé que es frustrante después de dos rondas con nosotros.
La dirección ha decidido esta semana externalizar las tareas que iba a cubrir este puesto, así que finalmente no vamos a contratar. Entiendo que es un final poco satisfactorio para el proceso.
""",
        "rej_misleading": """
SUBJECT: RE: Próximos pasos || Le dije que le escribiría sobre los próximos pasos. Por desgracia no habrá ninguno para el puesto de {role}: hemos elegido a otra persona.
SUBJECT: Buenas noticias || Primero la buena noticia: al equipo le encantaste y cree que encajarías muy bien en nuestra vacante de atención al cliente, que publicamos el lunes; anímate a presentarte. Para {role}, en cambio, hemos elegido a otra persona.
SUBJECT: ¡Encantados de conocerle! || Fue un placer conocerle la semana pasada. Tras mucho debatirlo, hemos decidido dar el puesto a alguien cuya trayectoria está más cerca de nuestra clientela.
SUBJECT: RE: Su ofrecimiento de otra llamada || Muy amable por ofrecer otra llamada, pero no hace falta. Ya hemos tomado la decisión y esta vez no ha sido a su favor.
SUBJECT: Enhorabuena por llegar a la final || Quedar entre los tres últimos de casi doscientas candidaturas no es poca cosa. Aun así, al final hemos ofrecido el puesto a otro finalista.
""",
        "ack_receipt": """
Recibida tu candidatura, ¡gracias! Las leo todas yo, así que dame hasta finales de la semana que viene para ponerme al día.
Le confirmamos que hemos recibido su candidatura para el puesto de {role}. Cada candidatura la lee una persona; tendrá noticias nuestras en un plazo de tres semanas.
SUBJECT: Candidatura recibida: {role} || Su documentación nos ha llegado correctamente. La oferta está publicada hasta el día 30 y empezaremos a revisar después de esa fecha.
Gracias por enviarnos tu CV a través de la web. Tu candidatura ya está en manos de la responsable del puesto.
""",
        "ack_status": """
Una actualización rápida para que no se quede con la duda: seguimos revisando candidaturas y aún no hay nada decidido. Calculo que tendremos noticias en unos diez días.
Para que sepas cómo va: tu candidatura está en la segunda fase de revisión con la jefa del departamento.
SUBJECT: RE: Estado de mi candidatura || Gracias por preguntar. Todavía no hay decisión; este mes medio equipo ha estado de baja y eso nos ha frenado. Sigue usted en el proceso.
Vamos con retraso en la búsqueda para {role}, perdona. Las conversaciones con el primer grupo se han retrasado una semana y después seguiremos con el resto.
""",
        "ack_shortlist": """
Está usted entre los tres finalistas. Decidiremos la semana que viene y le llamaré sea cual sea el resultado.
Seguimos dudando entre tú y otra persona. Prefiero tomarme unos días más que precipitarme; el miércoles como tarde te digo algo.
El comité se reunió ayer y su nombre está entre los que pasan a la deliberación final. Por ahora no tiene que hacer nada.
SUBJECT: Seguimos pensándolo || Te debo una actualización: aún no hemos decidido. Nuestro director general está de viaje y quiere opinar, así que será una semana más, más o menos.
Disculpe la demora. La decisión sobre el puesto de {role} se retrasa a final de mes porque falta la aprobación del presupuesto. Su candidatura sigue abierta y le escribiremos en cuanto podamos.
""",
        "ack_late_stage": """
Antes de seguir, ¿podrías decirme qué banda salarial buscas y cuánto preaviso tienes? Así vemos si estamos en cifras parecidas.
Estamos en el punto en que nos gustaría hablar con dos de sus referencias. ¿Podría enviarnos nombres y datos de contacto, a ser posible de algún antiguo responsable?
SUBJECT: Un par de preguntas prácticas || ¿Podría indicarme su plazo de preaviso, su expectativa salarial y su fecha de incorporación más temprana? No hay nada decidido; solo vamos adelantando trámites.
Nuestro equipo de personas me ha pedido reunir referencias de todas las candidaturas que siguen en el proceso. ¿Te importaría rellenar el formulario adjunto antes del viernes? No contactaremos a nadie sin tu permiso.
""",
        "inv_no_word": """
¿Te vienes por el estudio alguna tarde de la semana que viene? Nada formal, solo una charla con Tomás y conmigo sobre los proyectos en los que trabajarías.
¿Nos tomamos un café con el equipo? ¿Tienes libre el jueves por la mañana? Solemos estar en la cafetería de enfrente de la oficina; a las 10 nos viene bien.
¿Tendría un rato el jueves para una llamada? Unos treinta minutos, conmigo y con nuestro responsable técnico. Dígame qué hora le viene mejor.
SUBJECT: Hablemos || Su candidatura nos ha llamado la atención. Me gustaría conocerle en persona; ¿qué le parece el martes a las 14:00 en nuestra oficina de Bilbao?
Nos gustaría conocerle un poco mejor. ¿Tendría una hora esta semana o la próxima para una videollamada con nuestra directora de operaciones?
He leído tu carta dos veces. ¿Hablamos por teléfono mañana o el viernes? Contéstame con un número y una hora.
""",
        "inv_slots": """
Nos gustaría presentarle al equipo. Por favor, elija una de estas franjas: lunes 10:00, lunes 15:30 o miércoles 11:00, unos 45 minutos por Teams.
Usa el enlace de abajo para reservar una conversación de 30 minutos con nuestro equipo de selección. Hay huecos hasta el viernes.
¿Le vendría bien alguna de estas opciones para un segundo encuentro con nuestra directora: 12 de marzo a las 9:30, 13 de marzo a las 14:00 o 14 de marzo a las 16:00? Le enviaré la dirección y cómo aparcar.
SUBJECT: Segunda fase || Ha pasado a la segunda fase. Le hemos reservado el jueves a las 11:00 con el equipo de finanzas; avíseme si no le encaja.
""",
        "inv_trial_case": """
Nos gustaría invitarte a un día de prueba remunerado en nuestra cocina, a ser posible el sábado que viene de 9 a 17. Trae calzado antideslizante; la chaquetilla la ponemos nosotros.
Como siguiente paso, le pedimos que prepare un breve caso práctico (20 minutos) sobre cómo haría crecer nuestro canal B2B y que lo presente al equipo directivo el día 18.
¿Te apetece pasar un día con nosotros? Por la mañana acompañas al equipo y por la tarde resolvéis en pareja una tarea pequeña. Pagamos el día y el desplazamiento.
Nos gustaría enviarle un pequeño ejercicio de diseño y revisarlo juntos la semana que viene. ¿Qué día le vendría bien para la puesta en común?
""",
        "inv_after_no": """
Quizá recuerde que en primavera no pudimos seguir con usted para el puesto de {role}. Acaba de abrirse una vacante en nuestro equipo de datos que encaja mucho mejor con su perfil; ¿le apetecería que lo habláramos?
La última vez no pudo ser, pero al abrir el nuevo puesto de jefe de equipo tu nombre salió enseguida. ¿Podemos hablar por teléfono esta semana?
""",
        "off_word": """
Me complace ofrecerle el puesto de {role}. Le adjunto el contrato; el salario es de 38.000 euros brutos anuales y nos encantaría que se incorporara el 2 de junio.
SUBJECT: Oferta de empleo || Tras sus conversaciones con el equipo, nos alegra hacerle una oferta formal para el puesto de {role}. Encontrará la carta de oferta adjunta; le rogamos que nos comunique su decisión en el plazo de una semana.
¡Queremos ofrecerte el puesto! Tienes todos los detalles en la carta adjunta; léela con calma y llámame si tienes dudas.
Es un placer hacerle llegar una oferta para incorporarse a {company} como {role}, a partir del 1 de septiembre, con un salario fijo de 3.100 euros brutos mensuales.
""",
        "off_no_word": """
Nos encantaría que te unieras a nosotros. Te adjunto el contrato: incorporación el 3 de marzo, 2.800 euros brutos al mes. Fírmalo cuando lo tengas claro y nos lo devuelves.
SUBJECT: Bienvenida al equipo || ¡Bienvenido al equipo! Fue unánime. Tu primer día es el lunes 7; Jana te esperará en recepción a las 9.
Le queremos con nosotros. El lunes hablamos de los detalles, pero el puesto es suyo si lo desea.
El equipo y yo lo tuvimos claro esta mañana: queremos que sea nuestro nuevo {role}. Le adjunto el contrato y la guía de acogida; fírmelos y devuélvalos antes del día 20, por favor.
Es un sí de todos nosotros. El puesto es tuyo, a partir de cuando termine tu preaviso; desde personas te mandan hoy la documentación.
""",
        "off_conditional": """
Nos alegra ofrecerle el puesto, sujeto a que las referencias sean satisfactorias y a que acredite su permiso de trabajo. En cuanto lo tengamos, le enviaré el contrato definitivo.
El puesto es tuyo, con la condición de que dos referencias y la comprobación de antecedentes salgan bien. En uno o dos días te escribirá la empresa que se encarga.
Nos gustaría darle la bienvenida como {role}, siempre que sus referencias lo confirmen. ¿Podría enviarme hoy dos contactos para que podamos confirmarlo cuanto antes?
""",
        "oth_recruiter": """
He visto su perfil y creo que encajaría muy bien con un cliente mío, una empresa de software logístico en pleno crecimiento en Zaragoza. ¿Le apetecería una llamada breve?
Selecciono perfiles para fintechs de toda Europa y tengo un par de puestos que podrían interesarte. Sin compromiso; dime si quieres los detalles.
""",
        "oth_withdrawal": """
Gracias por avisarnos de que ha aceptado otro puesto. Hemos retirado su candidatura tal como nos pidió. ¡Mucha suerte en la nueva etapa!
Como nos pediste, hemos retirado tu candidatura para {role} y borrado tus documentos de nuestro sistema.
""",
        "oth_event_news": """
Ven a nuestra jornada de puertas abiertas el 14 de noviembre: conoce al equipo, descubre nuestros proyectos y tómate algo en la azotea. Inscríbete en el enlace de abajo.
El boletín de este mes: nuestra nueva oficina en Oporto, tres vacantes en desarrollo y un vistazo entre bastidores a nuestro equipo de clientes.
""",
        "oth_reference_other": """
Doña Marta Iglesias se ha presentado a un puesto con nosotros y le ha indicado como referencia. ¿Tendría quince minutos esta semana para contarnos cómo fue trabajar con ella?
Estamos valorando a Diego Salas para un puesto de responsabilidad y tengo entendido que fuiste su responsable en tu anterior empresa. ¿Te importaría rellenar un breve cuestionario de referencias?
""",
    },
    "pt": {
        "rej_personal": """
Vou ser direto: escolhemos alguém que já geriu uma equipa de armazém, e isso acabou por pesar. A nossa conversa sobre planeamento de rotas foi das melhores que tive este mês.
SUBJECT: Uma nota do {sender_first} || Como prometido, uma nota rápida: não vamos avançar consigo para a vaga de {role}. A outra finalista já tinha feito quase exatamente a integração de que precisamos no próximo trimestre. O seu portefólio foi, de longe, o mais bem organizado.
Falei ontem à noite com a minha sócia e decidimos contratar outra pessoa. Foi muito renhido, a sério. Se um dia passares pelo Porto, o café é por minha conta.
Sei que não é a notícia que esperava: oferecemos a vaga a outra candidata e ela aceitou esta manhã. As suas perguntas sobre os nossos preços foram mais certeiras do que tudo o que a administração nos perguntou este ano.
Não vamos dar seguimento à sua candidatura. Sinceramente, foi uma questão de calendário: precisamos de alguém daqui a duas semanas e o seu pré-aviso é de três meses. Noutra altura, teria lutado por si.
Decidi seguir outro caminho nesta contratação. Suas respostas por escrito foram ótimas; onde hesitei foi na parte prática de Kubernetes, que é quase todo o trabalho no primeiro ano.
Lamento ser eu a dar a notícia: a equipa escolheu uma pessoa com mais experiência de contacto com clientes. As notas que nos enviou depois da chamada foram mesmo úteis e já as partilhei com a equipa.
""",
        "rej_thread_reply": """
SUBJECT: RE: Seguimento da candidatura a {role} || Obrigado por voltar a escrever, e peço desculpa por ter tido de insistir. Tomámos a decisão na sexta-feira passada e não foi a seu favor. Devia ter-lhe escrito mais cedo.
Ainda bem que me lembraste. Resposta curta: não, a vaga já está preenchida. Resposta longa: foste a nossa segunda escolha e decidiu-se por muito pouco.
Quanto à sua pergunta de terça: fechámos o processo e vamos avançar com outra pessoa. Lamento que não sejam melhores notícias depois de tanto vaivém.
Obrigada pelo contacto. Acabei de ter o retorno do painel e decidiram não continuar com a sua candidatura. Se quiser saber os motivos, posso ligar-lhe dez minutos.
Respondendo diretamente ao seu e-mail: não, não vamos chamá-lo para a etapa final. O time achou que sua experiência é mais voltada ao consumidor final, e essa vaga é quase toda venda para empresas.
SUBJECT: RE: Alguma novidade? || Pergunta justa. Encerramos a busca e contratamos alguém que já trabalhava com a gente como freelancer, então no fim não foi uma disputa aberta. Desculpa o silêncio nesse meio-tempo.
""",
        "rej_after_trial": """
Obrigado por teres passado a quinta-feira connosco na cozinha. A equipa gostou de trabalhar contigo, mas depois de conversarmos achamos que um serviço de 120 lugares não é o que procuras. Não te vamos oferecer a vaga.
Analisámos o seu estudo de caso juntamente com os outros. O seu era o mais bem estruturado, mas a recomendação de preços não se aguentava quando refizemos as contas, e isso é o essencial da função. Decidimos não continuar.
Depois do dia de experiência sentámo-nos em equipa. Não vamos avançar: foste impecável com os clientes, mas a caixa e o stock precisam de alguém com experiência e agora não conseguimos dar formação.
SUBJECT: Sua apresentação de segunda || Obrigada por apresentar sua proposta de redesenho do onboarding. Estava bem argumentada, mas escolhemos uma proposta mais próxima do que nosso time de suporte consegue construir este ano, então não vamos seguir com você.
O desafio técnico estava bem resolvido e o código limpo. Onde paramos foi no desenho de sistemas: o painel queria ver mais reflexão sobre cenários de falha. Desta vez é não, mas daqui a um ano olho de novo para a sua candidatura com todo o gosto.
""",
        "rej_role_gone": """
Mudou uma coisa do nosso lado: um colega do escritório de Braga pediu para passar para a função de {role} e nós aceitámos. A vaga deixou de estar aberta, e não queria que soubesse disto por uma mensagem automática.
Tivemos de congelar a contratação para {role}. A nossa ronda de investimento está a demorar mais do que o previsto e não abrimos vagas novas até fechar. Não tem nada a ver contigo, e lamento o tempo que investiste.
SUBJECT: Informação sobre a vaga de {role} || A vaga foi extinta na sequência de uma reorganização da equipa de produto. Encerramos, por isso, todas as candidaturas em curso, incluindo a sua.
Preenchemos a vaga internamente: uma das nossas gestoras de conta vai mudar de área. Sei que é frustrante depois de duas etapas connosco.
A direção decidiu esta semana subcontratar o trabalho que esta função ia fazer, por isso afinal não vamos contratar. Percebo que é um fim pouco satisfatório para o processo.
""",
        "rej_misleading": """
SUBJECT: RE: Próximos passos || Disse-lhe que voltaria a falar sobre os próximos passos. Infelizmente não vai haver nenhum para a vaga de {role}: escolhemos outra pessoa.
SUBJECT: Boas notícias || Primeiro a boa notícia: a equipa gostou muito de ti e acha que encaixavas muito bem na nossa vaga de apoio ao cliente, que sai na segunda; candidata-te à vontade. Para {role}, no entanto, escolhemos outra pessoa.
SUBJECT: Foi um prazer conhecê-lo! || Foi um prazer conhecê-lo na semana passada. Depois de muita discussão, decidimos entregar a vaga a alguém com um percurso mais próximo dos nossos clientes.
SUBJECT: RE: Sua sugestão de mais uma conversa || Muito gentil oferecer mais uma conversa, mas não é necessário. Já tomamos a decisão e desta vez ela não foi a seu favor.
SUBJECT: Parabéns por chegar à final || Ficar entre os três últimos de quase duzentas candidaturas não é pouco. Ainda assim, no fim oferecemos a vaga a outro finalista.
""",
        "ack_receipt": """
Recebi a tua candidatura, obrigado! Sou eu que as leio todas, por isso dá-me até ao fim da próxima semana para pôr tudo em dia.
Confirmamos a receção da sua candidatura à vaga de {role}. Cada candidatura é lida por uma pessoa; terá notícias nossas no prazo de três semanas.
SUBJECT: Candidatura recebida: {role} || Seus documentos chegaram certinho. O anúncio fica aberto até o dia 30 e só começamos a análise depois dessa data.
Obrigado por enviar o seu CV pelo nosso site. A sua candidatura já está com a responsável pela contratação.
""",
        "ack_status": """
Um ponto de situação rápido para não ficar na dúvida: ainda estamos a analisar candidaturas e nada foi decidido. Conto ter novidades dentro de uns dez dias.
Só para você saber em que pé está: sua candidatura está na segunda etapa de análise com a diretora da área.
SUBJECT: RE: Estado da minha candidatura || Obrigada por perguntar. Ainda não há decisão; este mês metade da equipa esteve de baixa e isso atrasou-nos. Continua no processo.
Estamos atrasados no recrutamento para {role}, desculpa. As conversas com o primeiro grupo passaram uma semana para a frente e depois seguimos com os restantes.
""",
        "ack_shortlist": """
Está entre os três finalistas. Decidimos na próxima semana e eu ligo-lhe seja qual for o resultado.
Ainda estamos indecisos entre ti e outra pessoa. Prefiro levar mais uns dias a decidir à pressa; até quarta dou-te notícias.
O comitê se reuniu ontem e seu nome está entre os que vão para a discussão final. Por enquanto não precisa fazer nada.
SUBJECT: Ainda a pensar || Devo-te uma atualização: ainda não decidimos. O nosso CEO está em viagem e quer dar a opinião dele, por isso vai demorar mais uma semana, mais ou menos.
Pedimos desculpa pela demora. A decisão sobre a vaga de {role} passou para o fim do mês por causa da aprovação do orçamento. A sua candidatura continua em aberto e entraremos em contacto logo que possível.
""",
        "ack_late_stage": """
Antes de avançarmos, podes dizer-me que salário procuras e qual é o teu pré-aviso? Assim vemos se estamos na mesma ordem de grandeza.
Chegamos à etapa em que gostaríamos de falar com duas de suas referências. Poderia nos enviar nomes e contatos, de preferência incluindo um ex-gestor?
SUBJECT: Algumas questões práticas || Pode indicar-me o seu pré-aviso, a sua expectativa salarial e a data em que poderia começar? Nada está decidido; estamos só a adiantar o processo.
O nosso departamento de pessoas pediu-me para reunir referências de todos os candidatos que continuam no processo. Importas-te de preencher o formulário em anexo até sexta? Não contactamos ninguém sem a tua autorização.
""",
        "inv_no_word": """
Podes passar pelo estúdio numa tarde da próxima semana? Nada formal, só uma conversa comigo e com o Tomás sobre os projetos em que irias trabalhar.
Bora tomar um café com o time? Você está livre quinta de manhã? A gente costuma ficar no café em frente ao escritório; às 10h seria ótimo.
Teria disponibilidade na quinta-feira para uma chamada? Cerca de trinta minutos, comigo e com o nosso diretor técnico. Diga-me a hora que lhe der mais jeito.
SUBJECT: Vamos conversar || A sua candidatura chamou-nos a atenção. Gostava de o conhecer pessoalmente; que tal terça-feira às 14h no nosso escritório de Lisboa?
Gostaríamos de conhecer você um pouco melhor. Teria uma hora esta semana ou na próxima para uma videochamada com nossa gerente de operações?
Li a tua carta duas vezes. Podemos falar ao telefone amanhã ou na sexta? Responde só com um número e uma hora.
""",
        "inv_slots": """
Gostaríamos de lhe apresentar a equipa. Escolha, por favor, um destes horários: segunda às 10h00, segunda às 15h30 ou quarta às 11h00, cerca de 45 minutos no Teams.
Use o link abaixo para agendar uma conversa de 30 minutos com nosso time de recrutamento. Há horários disponíveis até sexta.
Algum destes horários serve para um segundo encontro com a nossa diretora: 12 de março às 9h30, 13 de março às 14h00 ou 14 de março às 16h00? Envio depois a morada e indicações de estacionamento.
SUBJECT: Segunda fase || Passou à segunda fase. Reservámos-lhe quinta-feira às 11h00 com a equipa financeira; avise-me se não lhe der jeito.
""",
        "inv_trial_case": """
Gostávamos de te convidar para um dia de experiência pago na nossa cozinha, de preferência no próximo sábado das 9h às 17h. Traz sapatos antiderrapantes; a jaleca é por nossa conta.
Como próximo passo, pedimos que prepare um breve estudo de caso (20 minutos) sobre como faria crescer o nosso canal B2B, para apresentar à direção no dia 18.
Topa passar um dia com a gente? De manhã você acompanha o time e à tarde resolve uma tarefinha em dupla. A gente paga o dia e o deslocamento.
Gostaríamos de lhe enviar um pequeno exercício de design e depois revê-lo consigo na próxima semana. Que dia lhe daria jeito para essa conversa?
""",
        "inv_after_no": """
Talvez se lembre de que, na primavera, não seguimos com a sua candidatura para {role}. Abriu agora uma vaga na nossa equipa de dados que encaixa muito melhor no seu perfil; estaria disponível para conversarmos?
Da última vez não deu, mas quando abrimos a nova vaga de líder de equipa o teu nome surgiu logo. Podemos falar ao telefone esta semana?
""",
        "off_word": """
Tenho o prazer de lhe oferecer a posição de {role}. Segue em anexo o contrato; o salário é de 32.000 euros brutos anuais e gostaríamos muito que começasse a 2 de junho.
SUBJECT: Proposta de contratação || Após as suas conversas com a equipa, temos o prazer de lhe fazer uma proposta formal para a função de {role}. Encontra a carta de proposta em anexo; pedimos que nos dê uma resposta no prazo de uma semana.
Queremos te fazer uma proposta! Todos os detalhes estão na carta anexa; lê com calma e me liga se tiver dúvidas.
É com muito gosto que lhe apresentamos uma proposta para integrar a {company} como {role}, com início a 1 de setembro e um salário base de 2.600 euros brutos mensais.
""",
        "off_no_word": """
Adorávamos ter-te connosco. O contrato segue em anexo: início a 3 de março, 2.300 euros brutos por mês. Assina quando estiveres pronto e devolve-nos.
SUBJECT: Bem-vindo a bordo || Bem-vindo ao time! Foi unânime. Seu primeiro dia é segunda, dia 7; a Jana vai te esperar na recepção às 9h.
Queremo-lo connosco. Falamos dos pormenores na segunda, mas a vaga é sua se a quiser.
A equipa e eu concordámos esta manhã: queremos que seja o nosso novo {role}. Seguem o contrato e a lista de integração; por favor assine e devolva até dia 20.
É um sim de todos nós. O lugar é teu, a começar quando acabar o teu pré-aviso; os recursos humanos enviam-te hoje a papelada.
""",
        "off_conditional": """
Temos todo o gosto em oferecer-lhe a vaga, sujeita a referências satisfatórias e à apresentação da sua autorização de residência. Assim que as recebermos, envio-lhe o contrato definitivo.
A vaga é sua, condicionada a duas referências e à checagem de antecedentes. Nos próximos dias a empresa responsável vai entrar em contato por e-mail.
Gostaríamos de o receber como {role}, desde que as referências o confirmem. Consegue enviar-me hoje dois contactos para podermos confirmar depressa?
""",
        "oth_recruiter": """
Encontrei o seu perfil e acho que seria uma ótima combinação para um cliente meu, uma empresa de software de logística em forte crescimento em Aveiro. Estaria aberto a uma conversa rápida?
Eu recruto para fintechs em toda a Europa e tenho duas ou três vagas que podem te interessar. Sem compromisso; me avisa se quiser os detalhes.
""",
        "oth_withdrawal": """
Obrigado por nos avisar de que aceitou outra posição. Retirámos a sua candidatura, tal como pediu. Boa sorte na nova função!
Conforme pedido, retiramos sua candidatura para {role} e apagamos seus documentos do nosso sistema.
""",
        "oth_event_news": """
Junta-te a nós na nossa noite de portas abertas a 14 de novembro: conhece a equipa, descobre os nossos projetos e bebe um copo no terraço. Inscrições no link abaixo.
A newsletter deste mês: o nosso novo escritório no Porto, três vagas abertas em desenvolvimento e os bastidores da nossa equipa de clientes.
""",
        "oth_reference_other": """
A Sra. Inês Carvalho candidatou-se a uma vaga connosco e indicou-o como referência. Teria quinze minutos esta semana para nos falar da experiência de trabalhar com ela?
Estamos considerando o Rafael Nogueira para uma posição de liderança e soube que você foi gestor dele na sua empresa anterior. Toparia preencher um breve questionário de referência?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},", "{first},", "Hey {first},"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thanks again for the time you've given us.",
            "I appreciate you getting in touch.",
        ],
        "wish": [
            "We wish you all the best.",
            "Good luck with the search; I'm sure something good is around the corner.",
            "All the best for whatever comes next.",
            "I hope our paths cross again.",
        ],
        "marketing": [
            "{company} is a team of 40 people who move parcels, pallets and the occasional piano across the north of England. We're independent, profitable and still answer the phone ourselves.",
            "At {company} we design tools that small shops actually want to use. Since 2016 we've worked with more than 300 independent retailers, and we're proud to be a certified B Corp.",
            "Founded in a garage and now in three cities, {company} believes good work comes from small teams with real ownership. Flexible hours, a four-day week in summer and a very well-used coffee machine.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Cheers,\n{sender_first}",
            "Thanks,\n{sender}\n{company}",
            "Kind regards,\n{sender}\nHiring Team, {company}",
            "All the best,\n{sender_first}\nFounder, {company}",
        ],
        "footer": [
            "{company} Ltd · Registered in England and Wales · You are receiving this e-mail because you applied for a position with us.",
            "This message and any attachments are confidential. If you received it by mistake, please let us know and delete it.",
            "Sent via Hirefolio on behalf of {company}. Manage your candidate data or unsubscribe from job alerts in your profile settings.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Re: {role}",
            "An update from {company}",
            "Your application",
        ],
        "subject_inv": [
            "Next step: {role}",
            "Let's meet?",
            "{company}: time to talk",
            "Coffee next week?",
            "Re: {role} application",
        ],
        "subject_off": [
            "Good news from {company}",
            "Your contract",
            "{role} at {company}",
            "Welcome!",
            "Re: {role}",
        ],
        "subject_oth": [
            "A quick question",
            "News from {company}",
            "Opportunity you might like",
            "Your request",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Hi {first},",
            "Servus {first},",
            "Guten Tag {first} Rivera,",
            "Moin {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}.",
            "Vielen Dank für Ihre Bewerbung als {role}.",
            "Danke nochmal für deine Zeit.",
            "Danke, dass Sie sich bei uns gemeldet haben.",
        ],
        "wish": [
            "Wir wünschen Ihnen alles Gute.",
            "Ich wünsche dir alles Gute für die weitere Suche.",
            "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
            "Viel Erfolg bei allem, was als Nächstes kommt!",
        ],
        "marketing": [
            "{company} röstet seit 2011 in kleinen Chargen und beliefert über 200 Cafés zwischen Hamburg und München. Wir sind inhabergeführt, bilden selbst aus und feiern jeden Freitag mit frischem Kuchen.",
            "Bei {company} entwickeln 35 Menschen Software für mittelständische Logistiker. Flache Hierarchien, 30 Urlaubstage, Jobrad und ein Büro mit Blick auf die Elbe.",
            "{company} ist ein unabhängiges Designstudio mit Sitz in Leipzig. Wir arbeiten für Kulturhäuser, Start-ups und Kommunen und glauben, dass gute Gestaltung allen zusteht.",
        ],
        "sign": [
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender_first}",
            "Mit freundlichen Grüßen\n{sender}\n{company}",
            "Liebe Grüße\n{sender_first}",
            "Freundliche Grüße\n{sender}\nPersonal, {company}",
        ],
        "footer": [
            "{company} · Amtsgericht Leipzig HRB 31874 · Geschäftsführung: Jonas Lindner · Diese E-Mail enthält vertrauliche Informationen.",
            "Informationen zur Verarbeitung Ihrer Bewerberdaten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Gesendet über Hirefolio im Auftrag von {company}. Deine Daten verwaltest du in deinem Kandidatenprofil.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "AW: {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Kurzes Update von {company}",
        ],
        "subject_inv": [
            "Nächster Schritt: {role}",
            "Kaffee nächste Woche?",
            "Kennenlernen bei {company}",
            "Termin für ein Gespräch",
            "AW: Ihre Bewerbung",
        ],
        "subject_off": [
            "Gute Nachrichten von {company}",
            "Dein Vertrag",
            "{role} bei {company}",
            "Willkommen!",
            "AW: {role}",
        ],
        "subject_oth": [
            "Kurze Frage",
            "Neues von {company}",
            "Eine Stelle, die passen könnte",
            "Ihre Anfrage",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Bonsoir {first},",
            "{first},",
        ],
        "thanks": [
            "Merci de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature au poste de {role}.",
            "Merci encore pour le temps que vous nous avez consacré.",
            "Merci d'avoir pris contact avec nous.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Je te souhaite le meilleur pour la suite.",
            "Bonne continuation !",
            "Au plaisir de croiser à nouveau votre route.",
        ],
        "marketing": [
            "{company} est un atelier indépendant de design basé à Nantes. Depuis 2014, nous accompagnons musées, collectivités et jeunes entreprises avec une équipe de 25 personnes.",
            "Chez {company}, nous livrons chaque jour plus de 5 000 colis dans l'Ouest de la France. Entreprise familiale, semaine de quatre jours l'été et une cantine qui fait des jaloux.",
            "{company}, c'est une équipe de passionnés qui construit des outils simples pour les commerçants de proximité. Rejoignez-nous sur nos réseaux pour suivre nos aventures.",
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "À bientôt,\n{sender_first}",
            "Cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "Bien à vous,\n{sender}\nRessources humaines, {company}",
        ],
        "footer": [
            "{company} SAS au capital de 40 000 € · RCS Nantes 812 455 903 · Ce message est confidentiel.",
            "Conformément au RGPD, vous pouvez demander l'accès à vos données ou leur suppression en écrivant à rgpd@fennickrowe.example.",
            "Envoyé via Hirefolio pour le compte de {company}. Gérez vos alertes emploi depuis votre espace candidat.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Ta candidature chez {company}",
            "RE: {role}",
            "Suite à votre candidature",
            "Un petit point de {company}",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "Un café la semaine prochaine ?",
            "Rencontre avec l'équipe {company}",
            "On s'appelle ?",
            "RE: Votre candidature",
        ],
        "subject_off": [
            "Bonne nouvelle de la part de {company}",
            "Ton contrat",
            "{role} chez {company}",
            "Bienvenue !",
            "RE: {role}",
        ],
        "subject_oth": [
            "Petite question",
            "Les nouvelles de {company}",
            "Une opportunité qui pourrait vous plaire",
            "Votre demande",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Hola {first},",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "{first},",
        ],
        "thanks": [
            "Gracias por su interés en {company}.",
            "Gracias por presentarte al puesto de {role}.",
            "Gracias de nuevo por el tiempo que nos ha dedicado.",
            "Te agradezco que te pusieras en contacto.",
        ],
        "wish": [
            "Le deseamos mucha suerte en su búsqueda.",
            "Te deseo lo mejor en lo que venga.",
            "Mucho ánimo con todo.",
            "Ojalá volvamos a coincidir.",
        ],
        "marketing": [
            "{company} es una cooperativa agroalimentaria con más de 60 años de historia en la sierra. Hoy llevamos nuestros productos a doce países sin perder la manera de hacer de siempre.",
            "En {company} creamos software para que las pymes gestionen su logística sin dolores de cabeza. Somos 45 personas, trabajamos en remoto y nos vemos en Málaga una vez al trimestre.",
            "{company} nació en un pequeño local de Valencia y hoy es un grupo de restauración con cinco casas. Cocina de mercado, equipo joven y muchas ganas de crecer.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Un abrazo,\n{sender_first}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Atentamente,\n{sender}\nDepartamento de Personas, {company}",
            "Gracias,\n{sender_first}",
        ],
        "footer": [
            "{company} S.L. · CIF B-46218834 · Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.",
            "Puede ejercer sus derechos de acceso, rectificación y supresión de datos escribiendo a privacidad@grupomarisma.example.",
            "Enviado a través de Hirefolio en nombre de {company}. Gestiona tus alertas desde tu perfil de candidato.",
        ],
        "subject_app": [
            "Su candidatura a {role}",
            "Tu candidatura en {company}",
            "RE: {role}",
            "Sobre tu proceso con nosotros",
            "Novedades de {company}",
        ],
        "subject_inv": [
            "Siguiente paso: {role}",
            "¿Un café la semana que viene?",
            "Conoce al equipo de {company}",
            "¿Hablamos?",
            "RE: Su candidatura",
        ],
        "subject_off": [
            "Buenas noticias de {company}",
            "Tu contrato",
            "{role} en {company}",
            "¡Bienvenido/a!",
            "RE: {role}",
        ],
        "subject_oth": [
            "Una pregunta rápida",
            "Novedades de {company}",
            "Una oportunidad que quizá te interese",
            "Su solicitud",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Olá, {first}!",
            "Caro/a {first},",
            "Bom dia, {first},",
            "Oi {first},",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Obrigada por te candidatares à vaga de {role}.",
            "Agradecemos mais uma vez o tempo que nos dedicou.",
            "Obrigado pelo contato.",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades.",
            "Boa sorte na procura; tenho a certeza de que algo bom está para vir.",
            "Tudo de bom para você.",
            "Espero que os nossos caminhos se voltem a cruzar.",
        ],
        "marketing": [
            "A {company} é uma padaria familiar fundada em 1968 em Braga. Hoje temos nove lojas e continuamos a fazer o pão à mão, todas as madrugadas.",
            "Na {company}, desenvolvemos produtos digitais para marcas portuguesas e brasileiras. Somos 50 pessoas entre Lisboa e São Paulo, com horário flexível e muito café.",
            "A {company} acredita que boas equipas fazem bons produtos. Siga-nos nas redes sociais para conhecer o dia a dia do nosso escritório no Porto.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Abraço,\n{sender_first}",
            "Atenciosamente,\n{sender}\n{company}",
            "Um abraço,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos, {company}",
        ],
        "footer": [
            "{company}, Lda. · NIPC 514 209 776 · Esta mensagem é confidencial e destina-se apenas ao seu destinatário.",
            "Para exercer os seus direitos ao abrigo do RGPD, escreva para privacidade@ourivesdigital.example.",
            "Enviado via Hirefolio em nome da {company}. Gerencie seus alertas de vagas no seu perfil.",
        ],
        "subject_app": [
            "A sua candidatura a {role}",
            "Sua candidatura na {company}",
            "RE: {role}",
            "Sobre o seu processo connosco",
            "Novidades da {company}",
        ],
        "subject_inv": [
            "Próximo passo: {role}",
            "Um café na próxima semana?",
            "Conhecer a equipa da {company}",
            "Vamos falar?",
            "RE: A sua candidatura",
        ],
        "subject_off": [
            "Boas notícias da {company}",
            "O teu contrato",
            "{role} na {company}",
            "Bem-vindo/a!",
            "RE: {role}",
        ],
        "subject_oth": [
            "Uma pergunta rápida",
            "Novidades da {company}",
            "Uma oportunidade que pode interessar",
            "O seu pedido",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to follow up on the {role} position and ask whether there's any news on timing. Happy to send anything else you need.\nAlex\n\n{header2}\nHi Alex,\nThanks for your message. We're still working through things on our side and I'll come back to you as soon as I can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte mich kurz nach dem Stand zur Stelle als {role} erkundigen. Falls noch Unterlagen fehlen, schicke ich sie gern nach.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht. Wir sind intern noch dran und melden uns, sobald es etwas Neues gibt.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet du poste de {role}. Auriez-vous une idée du calendrier ? Je peux bien sûr vous transmettre tout document utile.\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Nous avançons encore de notre côté et je reviens vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar cómo va el proceso para el puesto de {role} y si hay alguna fecha prevista. Si necesitáis algo más, os lo envío encantado.\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu mensaje. Seguimos trabajando en ello y te escribo en cuanto tenga algo.\n{sender}\n",
    "pt": "Olá {sender_first},\nQueria saber se há novidades sobre a vaga de {role} e se já existe uma data prevista. Se precisarem de mais alguma coisa, envio com todo o gosto.\nAlex\n\n{header2}\nOlá Alex,\nObrigado pela mensagem. Ainda estamos a tratar do processo e volto a falar consigo assim que puder.\n{sender}\n",
}
