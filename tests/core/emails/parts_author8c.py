# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 8 by an independent author who did not read the classifier:
tech companies and scale-ups in the US, Europe and Latin America writing through applicant-
tracking systems, in-house recruiters writing personal notes after interviews, universities
and research institutes (PhD, postdoc, lecturer), NGOs and international organisations, and
employers in Québec and Switzerland. Weighted towards the hard cases: offers (verbal offers
confirmed by mail, portal letters, conditional offers, equity and start dates, negotiation
replies), invitations that avoid the word "interview", receipts that sound negative and
rejections that sound positive. Long mails often carry the decision in one clause in the
middle; some carry it only in the subject line.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Lumenfold",
    "Quetzal Pay",
    "Ferncastle Institute",
    "Solvane Énergie",
    "Alpbach Medtech",
    "Humanitas Relief Network",
    "Tallgrass Data",
    "Cumbre Logística",
)
ROLES: tuple[str, ...] = (
    "Machine Learning Engineer",
    "Research Associate",
    "Programme Officer",
    "Senior Product Manager",
    "Data Engineer",
    "UX Researcher",
)
SENDERS: tuple[tuple[str, str], ...] = (
    ("Maya Goldberg", "talent@{domain}"),
    ("Henrik Lindqvist", "no-reply@jobs.recruitee.example"),
    ("Geneviève Tremblay", "carrieres@{domain}"),
    ("Valentina Restrepo", "seleccion@{domain}"),
    ("João Almeida", "talentos@{domain}"),
    ("Ursula Brändli", "hr@{domain}"),
    ("Nadia Okafor", "recruitment@{domain}"),
    ("Carlos Mendieta", "no-reply@apply.pinpointhq.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_c8": """
Thank you for your patience while our team reviewed applications for the {role} position. After careful consideration, we have decided to move forward with candidates whose experience more closely matches what we need right now. Your profile will stay in our system, and you are welcome to apply for future openings at {company}.
SUBJECT: {role} – application status: not selected || We've completed the review of your application for {role}. The hiring team has chosen not to progress your candidacy to the next stage. This decision applies to this requisition only; other open roles remain visible in your candidate dashboard.
We know that looking for a job takes a lot of time and energy, and we want to start by saying how much we appreciate the effort you put into your application for {role}. Over the last few weeks we received applications from more than 900 people across twelve countries, many of whom had exactly the kind of background we were hoping to see. Our recruiters read every application themselves rather than relying on automated filters, which is part of why this took longer than we planned. At this stage we will not be inviting you to continue in the process, but this is not a reflection of your potential, and we encourage you to keep an eye on our careers page, since our engineering and product teams are expected to grow again in the first quarter of next year. If you like, you can also subscribe to job alerts so that new openings reach you directly.
Unfortunately the {role} position has been put on hold after a change in our budget priorities, and we are closing all applications for it, including yours. We're sorry for the inconvenience and hope you'll consider {company} again if the role reopens.
The selection committee for the {role} post has now completed its shortlisting. I regret to tell you that your application was not among those shortlisted. We received 147 applications for this post and the standard was exceptionally high. Owing to the number of applicants, we are unable to provide individual feedback at this stage.
Thank you for applying to the {role} vacancy with {company}. Following a competitive review against the criteria in the terms of reference, your application has not been retained for the written assessment stage. This decision applies only to this vacancy announcement; you remain free to apply to other positions on our roster.
Hey {first}, quick update from {company}: we've decided to go in a different direction for {role} and won't be moving your application forward. Thanks so much for taking the time to apply, and good luck out there!
Thanks for your interest in joining {company} at one of our hubs in Bogotá, Mexico City or São Paulo. After reviewing your application for {role}, we concluded that the position needs more hands-on experience with high-volume payment systems than your profile currently shows, so we will not continue with your candidacy.
This is an automated notification regarding requisition 2291 – {role}. Candidate status changed to: Closed – not selected. No further action is required from you. Please do not reply to this e-mail; this mailbox is not monitored.
""",
        "rej_c8_after_interview": """
Thank you for the time you spent with us during the onsite loop last Thursday. The panel particularly enjoyed the systems design conversation. After a thorough debrief, though, we've decided not to extend an offer for {role}. The main gap the team identified was depth in production incident management, which would be central to the role in its first months.
I wanted to write to you personally rather than send a template. You were genuinely one of the strongest people we spoke to for {role}, and the hiring manager said as much in the debrief. In the end we chose another candidate who has already led a team through a platform migration very similar to ours, and it came down to that one point. I know that's not the news you were hoping for. If you're open to it, I'd like to keep you in mind for the senior IC role we expect to open in the spring.
Following your research seminar and the meeting with the head of department, the search committee has met to consider all of the shortlisted candidates. I'm sorry to let you know that the committee has decided to offer the {role} position to another candidate. Your talk was very well received and several members asked me to pass on their thanks.
Thank you again for completing the take-home exercise and for the follow-up conversation with Ana and Pieter. I know the exercise took a good chunk of your weekend and we really appreciate it; we've actually taken on board your comments about the brief and will use them to shorten the exercise for future candidates. Having compared all finalists, we won't be moving forward with your candidacy for {role}, as the team felt another finalist's approach to data modelling was closer to how we work today. I've summarised the reviewers' written feedback below in case it's useful: they liked the clarity of your README and your test coverage, and they would have liked to see more discussion of the trade-offs around the caching layer. Don't hesitate to reply if you have questions; I'm happy to jump on a 15-minute call to talk it through.
You were a close second. I'm sorry to have to put it that way, because I know how frustrating it is, but the team has offered the {role} position to someone else and they have accepted. Please do stay in touch: close seconds are usually the first people we call when something opens up.
After our final round last week, the team has made its decision for {role}, and I'm sorry to say it isn't you this time. We were impressed by your product thinking and the way you handled the stakeholder exercise; however, we needed someone with more experience in regulated markets.
SUBJECT: Re: {role} – final decision || Thanks for being so patient while we finished the remaining conversations. We have now closed the search with an internal candidate, so we won't be taking things further with you. I'm sorry this took longer than I promised.
Many thanks for your participation in the interview panel for the {role} position. The panel has completed its evaluation and regrets to inform you that you have not been recommended for appointment, and your name will not be placed on the reserve list for this vacancy. We appreciate your interest in the work of {company}.
""",
        "rej_c8_warm": """
We were genuinely impressed by your background, and the team enjoyed reading about your open-source work. However, after a lot of deliberation, we've decided to move forward with another applicant whose experience aligns more closely with the current needs of the {role} role. We'd love to stay in touch and will reach out if a suitable opportunity comes up.
Your application stood out and the hiring team spent real time on it, which is exactly why I wanted to write back properly. The position itself has now been filled, so we can't take your candidacy for {role} any further. We've added you to our talent community so you'll hear about new roles first.
It was a pleasure getting to know you through this process, and I'm confident you'll land somewhere great. We've decided to offer the role to a candidate with more experience in B2B onboarding, so we won't be moving ahead with your application for {role}.
What an amazing response we had to the {role} opening! We're thrilled that so many talented people want to join {company}. While your experience is impressive, we've selected candidates whose skills are a closer match for this particular role, and your application will not progress.
Your profile is exactly the kind we like to see at {company}, and we'd be glad to hear from you again. For this opening, however, we've decided not to proceed. Please don't let this discourage you from applying to future roles.
Congratulations on making it to the last stage: only four of more than 600 applicants got that far. Unfortunately we can only hire one person for {role}, and the panel has chosen another finalist.
We really appreciate your enthusiasm for our mission and your flexibility around the schedule. We have, however, decided to pause hiring for {role} until our funding round closes, which means we are declining all pending applications, including yours. We hope to reopen the search and would be happy to see your name again.
""",
        "ack_c8": """
We've received your application for {role}. Our talent team reviews every submission, and if your experience matches what we're looking for, someone will reach out within the next two to three weeks. In the meantime you can follow the status of your application in your candidate portal.
SUBJECT: Application received – {role} || Your application has been submitted successfully. Reference number: REQ-4471-B. You will receive an e-mail whenever your status changes.
This is to confirm receipt of your application for the {role} post. Applications will be considered after the closing date, and shortlisted candidates will be contacted by the end of next month. Please note that the panel will assess applications only against the essential and desirable criteria in the person specification.
Thanks for applying! Your application for {role} is now with the hiring team at {company}. We aim to get back to every applicant within ten working days, whatever the outcome.
Your profile for {role} is currently being reviewed by the hiring manager. We'll be in touch once a decision about next steps has been made; no action is needed from you right now.
""",
        "ack_c8_volume": """
Unfortunately, due to the high volume of applications we receive, we are unable to reply to every applicant individually. Your application for {role} has reached us and will be reviewed carefully. If you have not heard from us within four weeks, please assume that it has not been successful on this occasion.
The {role} role has turned out to be very popular and we've had an overwhelming number of applications, so our review is taking longer than usual. We have your application, no decision has been made yet, and we'll be in touch as soon as we can.
Sadly, we can't respond personally to everyone who applies. Please be assured that your application has been received and is being considered along with all others for {role}. Only candidates selected for the next stage will be contacted.
We regret the delay in getting back to you. Our recruitment team is still working through the applications for the {role} vacancy, and yours remains under consideration. We expect to complete the review by the end of the month.
Your application was received. We're sorry we can't give feedback at this point given the number of candidates; nothing has been decided yet and we'll update you once the hiring manager has gone through the shortlist.
""",
        "inv_c8": """
We'd like to invite you to a first interview for {role}. It will be a 45-minute video call with the hiring manager and one engineer from the team. Please use the link below to book a slot that suits you within the next week.
SUBJECT: Invitation to interview – {role} || The selection committee has shortlisted you for interview for the {role} post. Interviews will be held on 14 and 15 July in person on our campus; you will be asked to give a 15-minute presentation on your research plans for the next five years, followed by questions from the panel. Please confirm your attendance by replying to this message.
Following the review of your written test, we are pleased to invite you to a competency-based interview for {role}. The interview will take place on Microsoft Teams and will last approximately one hour. Kindly indicate your availability on 3, 4 or 7 July.
Unfortunately our hiring manager has had to travel at short notice, so we need to move your interview for {role}. Could you do Wednesday at 3 pm CET instead? If that doesn't work, please pick another time from the calendar link.
Thanks so much for your patience; the last two weeks have been hectic here with our product launch, and I'm sorry it took me a while to get back to you after your conversation with Dana. The feedback from that call was very positive, and I'm happy to tell you that we'd like you to move forward to our onsite interview loop for {role}. The loop is four sessions of 45 minutes: a technical deep-dive on a project of your choice, a pairing exercise, a product sense conversation with our head of product and a values conversation with one of the founders. We'll cover your travel to our New York office, or we can do the whole thing remotely if you prefer. Reply with a couple of dates in the next two weeks that work for you and I'll take care of the rest.
""",
        "inv_c8_noword": """
Your background caught our eye and we'd love to chat! Would you be up for a 20-minute call with me this week to talk about {role} and what you're looking for? Grab any slot that works from my calendar.
As the next step in our process, we'd like you to complete a short take-home exercise for {role}. You'll receive an invitation from our coding platform within the hour; you'll have five days to submit, and we expect it to take around three hours.
The team would love to meet you. Could you come by our office on Thursday afternoon to meet the people you'd be working with? It's an informal conversation over coffee, no preparation needed.
We'd like to move you forward to the case study stage. You'll receive a short business case tomorrow morning, and we'll ask you to present your recommendations to two partners and the head of operations in a 30-minute session next Tuesday. Please pick a slot using the scheduling link.
SUBJECT: Next step: meet our CTO || Thanks for your application to {role}. We'd be glad to continue the conversation with you; please choose a time for a video call with our CTO using the link below.
I've just come out of the debrief and I'm happy to say everyone wants to keep going. The last step is a conversation with our co-founder, usually around 45 minutes and quite relaxed. She has openings on Monday or Tuesday; which do you prefer?
Hi {first}, {sender_first} here from the talent team at {company}. I came across your application for {role} and I'd like to set up a quick phone screen to get to know you. What does your availability look like over the next few days?
""",
        "off_c8": """
I'm delighted to confirm the verbal offer I made on our call this afternoon: we'd like you to join {company} as {role}. The formal offer letter is in your candidate portal, where you can review and sign it. The base salary is USD 168,000, with 0.12% equity vesting over four years with a one-year cliff, and a proposed start date of September 1.
SUBJECT: Your offer from {company} is ready to review || Your offer letter for {role} is now available. Log in to review and e-sign the document. This offer expires in 5 business days.
We are pleased to offer you the position of {role}, subject to satisfactory references and a background check. Once these are completed, we will send you the final employment contract. Please let us know by Friday whether you accept this conditional offer.
On behalf of the search committee, I am very happy to inform you that the Faculty Board has approved your appointment as {role}, beginning on 1 January. The appointment is for a fixed term of three years. The formal letter from Human Resources will follow in the next few days, together with information about relocation support.
Thank you for coming in yesterday and for giving us so much of your time. I know the final stage is long, and I also know you have other processes running, so I didn't want to keep you waiting: the team met this morning and we'd love to have you join us as {role}. Next steps: our People team will send you the paperwork by Monday, we'll run a short reference check with the two people you listed, and then we can agree on a start date that works around your notice period. Before that, I'd like to walk you through the package and answer any questions; does a call tomorrow at 11 work?
Further to your interview, we are pleased to make you an offer of appointment for the post of {role} at grade P-3, step 1, duty station Geneva. This offer is conditional on medical clearance and the verification of your academic credentials. Please confirm your acceptance within ten days using the attached form.
""",
        "off_c8_negotiation": """
Thanks for being so open about your expectations. I went back to the compensation team and I'm happy to say we can increase the base salary to CHF 132,000 and add a signing bonus of CHF 10,000. Everything else in the offer for {role} stays the same, and the updated letter is attached.
I discussed your counter-proposal with the hiring manager. Unfortunately we aren't able to raise the base salary beyond what we offered, as it's already at the top of the band for {role}. What we can do is bring your first compensation review forward to six months. The offer remains open and we'd really love to have you on the team, so let me know by Wednesday.
""",
        "oth_c8": """
We're writing to confirm that you have withdrawn your application for {role}. Thanks for letting us know. If this was a mistake, you can apply again through the job posting while it is still open.
How did we do? You recently took part in our hiring process for {role}, and we'd love to hear about your experience. The survey takes less than three minutes and your answers will not affect any hiring decision.
Please verify your e-mail address to finish creating your candidate account at {company}. The link is valid for 24 hours. If you did not request an account, you can ignore this message.
""",
        "oth_alert": """
New jobs matching your saved search "machine learning, remote": {role} at {company} (Remote, Americas), Staff Data Scientist at Orbitline (Austin, hybrid), ML Platform Engineer at Kelp & Co (Remote, EU) and 14 more. Change how often you receive these alerts in your settings.
""",
        "oth_newsletter": """
Inside {company}, June edition: we opened our new office in Lisbon, our data platform team explains how they cut pipeline costs by 40%, and our recruiters share five tips for a standout portfolio. Plus: upcoming meetups in Toronto and Medellín.
""",
        "oth_cold": """
I'm a recruiter with Talentwise Search and I'm working on a retained search for a {role} with a Series B climate-tech client in Berlin. Your profile came up as a strong match. Would you be open to a short call this week to hear more? The role pays well above market and offers full remote within the EU.
""",
    },
    "de": {
        "rej_c8": """
Wir haben Ihre Unterlagen für die Position {role} sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil noch genauer zu unseren aktuellen Anforderungen passt. Ihre Daten bleiben mit Ihrem Einverständnis sechs Monate in unserem Talentpool gespeichert.
SUBJECT: Ihre Bewerbung als {role} – Absage || Nach eingehender Prüfung können wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen. Diese Entscheidung betrifft nur die ausgeschriebene Stelle; weitere offene Positionen finden Sie jederzeit in unserem Karriereportal.
danke, dass du dich bei {company} beworben hast. Wir haben uns deine Bewerbung für {role} genau angeschaut und uns am Ende für Leute entschieden, die schon mehr Erfahrung mit Kubernetes im Produktivbetrieb mitbringen. Deshalb geht es für dich in diesem Prozess leider nicht weiter.
Die Berufungskommission hat in ihrer Sitzung vom 12. Juni über die eingegangenen Bewerbungen für die Stelle {role} beraten. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht in die engere Wahl aufgenommen wurde. Angesichts von über 120 Bewerbungen ist uns eine individuelle Rückmeldung leider nicht möglich.
Die Stelle {role} wird aufgrund einer internen Umstrukturierung vorerst nicht besetzt. Wir schliessen deshalb das Verfahren ab und können Ihre Bewerbung nicht weiterverfolgen. Wir bedauern die Umstände und danken Ihnen für Ihr Verständnis.
Bei {company} bekommen wir jede Woche Hunderte von Bewerbungen, und wir nehmen uns bewusst Zeit, jede einzelne von Menschen lesen zu lassen statt von einer Software. Das dauert manchmal etwas länger, und dafür möchten wir uns entschuldigen. Wir haben dein Profil für {role} im Team besprochen und waren uns einig, dass du viel Spannendes mitbringst, vor allem deine Projekte im Bereich Datenvisualisierung. Für diese konkrete Rolle haben wir uns trotzdem gegen eine Einladung entschieden, weil wir jemanden suchen, der bereits ein Team fachlich geführt hat. Wir wachsen weiter und es kommen laufend neue Rollen dazu, also schau gerne immer mal wieder auf unserer Karriereseite vorbei.
Automatische Benachrichtigung: Der Status Ihrer Bewerbung für {role} wurde auf »Abgelehnt« gesetzt. Bitte antworten Sie nicht auf diese E-Mail.
Nach Prüfung Ihrer Bewerbung für {role} müssen wir Ihnen leider absagen. Für diese Stelle sind fliessende Französischkenntnisse auf Niveau C1 zwingend erforderlich, da Sie eng mit unseren Kundinnen und Kunden in der Romandie zusammenarbeiten würden.
Ihre Bewerbung auf die Ausschreibung {role} konnte im Rahmen des Vorauswahlverfahrens leider nicht berücksichtigt werden. Wir danken Ihnen für Ihr Interesse an der Arbeit von {company} und ermutigen Sie, sich auf künftige Ausschreibungen zu bewerben.
Vielen Dank für Ihre Bewerbung um ein Doktorandenstipendium in unserem Graduiertenkolleg. Die Auswahlkommission hat sämtliche Unterlagen begutachtet; leider können wir Ihnen keinen der zwölf Plätze anbieten. Die Gutachten werden aus Kapazitätsgründen nicht einzeln versandt.
""",
        "rej_c8_after_interview": """
herzlichen Dank für das angenehme Gespräch am Dienstag und die Zeit, die Sie sich für uns genommen haben. Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, die etwas mehr Erfahrung in der Medizinprodukteregulierung mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.
ich wollte dir lieber persönlich schreiben als eine Standardmail zu schicken. Du warst wirklich ganz knapp dabei, und das Team hat nach dem Gespräch viel über deine Case-Präsentation gesprochen. Am Ende haben wir uns für jemanden entschieden, der schon ein sehr ähnliches Produkt aufgebaut hat. Ich weiss, dass das nicht die Nachricht ist, auf die du gehofft hast. Wenn es für dich okay ist, würde ich mich gerne bei dir melden, sobald wir im Herbst die nächste PM-Stelle aufmachen.
Nach Ihrem Probevortrag und den Gesprächen mit der Kommission hat das Gremium alle Kandidierenden verglichen. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine andere Person gefallen ist. Ihr Vortrag wurde sehr positiv aufgenommen, und mehrere Kommissionsmitglieder haben mich gebeten, Ihnen ihren Dank auszurichten.
Vielen Dank, dass Sie die Fallstudie bearbeitet und uns im zweiten Gespräch vorgestellt haben. Wir wissen, dass dafür ein ganzes Wochenende draufgegangen ist, und schätzen das sehr; Ihre Anmerkungen zur Aufgabenstellung haben wir übrigens aufgenommen und werden die Aufgabe für künftige Kandidierende kürzen. Nach dem Vergleich aller Finalistinnen und Finalisten werden wir Ihre Bewerbung für {role} nicht weiterverfolgen, da ein anderer Ansatz näher an unserer heutigen Arbeitsweise lag. Das schriftliche Feedback der Gutachter finden Sie unten: Gelobt wurden die klare Struktur und die saubere Dokumentation, gewünscht hätten sie sich mehr Diskussion der Zielkonflikte. Bei Fragen stehe ich gerne für ein kurzes Telefonat zur Verfügung.
Du warst unsere zweite Wahl, und zwar mit sehr knappem Abstand. Das macht es für dich vermutlich nicht leichter, aber wir haben die Stelle {role} inzwischen einer anderen Person angeboten und sie hat zugesagt. Lass uns unbedingt in Kontakt bleiben.
Nach der letzten Runde letzte Woche hat das Team seine Entscheidung für {role} getroffen, und leider fällt sie diesmal nicht auf Sie. Ihre Produktkompetenz und Ihr Umgang mit der Stakeholder-Übung haben uns beeindruckt; wir brauchen allerdings jemanden mit mehr Erfahrung in regulierten Märkten.
SUBJECT: AW: {role} – unsere Entscheidung || Danke für Ihre Geduld, während wir die letzten Gespräche geführt haben. Wir haben die Stelle inzwischen intern besetzt und werden den Prozess mit Ihnen daher nicht fortsetzen. Es tut mir leid, dass es länger gedauert hat als angekündigt.
Vielen Dank für das offene Gespräch mit Frau Keller und mir. Wir haben alle Eindrücke zusammengetragen und sind zum Schluss gekommen, dass wir die Stelle {role} mit einer Person besetzen, die bereits Führungserfahrung in einem internationalen Umfeld mitbringt. Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, wenn Sie das wünschen.
""",
        "rej_c8_warm": """
Wir waren von Ihrem Werdegang wirklich beeindruckt, und das Team hat Ihre Publikationsliste mit grossem Interesse gelesen. Nach langer Abwägung haben wir uns jedoch für eine Bewerberin entschieden, deren Schwerpunkt näher an den aktuellen Projekten liegt. Wir würden gerne mit Ihnen in Kontakt bleiben.
Dein Profil hat uns richtig gut gefallen, und genau deshalb wollte ich dir ausführlicher antworten. Die Stelle {role} ist inzwischen allerdings besetzt, daher können wir deine Bewerbung nicht weiter berücksichtigen. Wir haben dich in unsere Talent-Community aufgenommen, damit du neue Rollen als Erstes siehst.
Was für eine Resonanz auf unsere Ausschreibung! Wir freuen uns riesig, dass so viele talentierte Menschen zu {company} wollen. Auch wenn Ihre Erfahrung beeindruckend ist, haben wir uns für Profile entschieden, die noch besser auf diese Rolle passen, und Ihre Bewerbung wird nicht weiter berücksichtigt.
Herzlichen Glückwunsch, dass Sie es bis in die letzte Runde geschafft haben: Nur vier von über 500 Bewerbenden sind so weit gekommen. Leider können wir nur eine Person einstellen, und die Wahl ist auf einen anderen Finalisten gefallen.
Wir schätzen deine Begeisterung für unsere Mission sehr. Wir haben aber entschieden, die Einstellung für {role} bis zum Abschluss unserer Finanzierungsrunde zu pausieren, und sagen deshalb allen offenen Bewerbungen ab, auch deiner. Sobald die Suche wieder startet, freuen wir uns, wieder von dir zu hören.
Es war wirklich eine Freude, Sie in den Gesprächen kennenzulernen, und wir sind überzeugt, dass Sie bald eine tolle Stelle finden werden. Für diese Position haben wir uns allerdings für jemanden mit mehr Erfahrung im B2B-Onboarding entschieden, sodass wir Ihre Bewerbung für {role} nicht weiterführen.
""",
        "ack_c8": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen alle Bewerbungen nach Ablauf der Bewerbungsfrist und melden uns voraussichtlich in drei Wochen bei Ihnen.
SUBJECT: Eingangsbestätigung – {role} || Ihre Bewerbung wurde erfolgreich übermittelt. Referenznummer: CH-2025-0388. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
deine Bewerbung für {role} ist bei uns angekommen. Unser Recruiting-Team schaut sich alles in Ruhe an und meldet sich innerhalb von zehn Arbeitstagen bei dir, egal wie die Entscheidung ausfällt.
Ihre Bewerbungsunterlagen liegen derzeit der Fachabteilung zur Prüfung vor. Sobald eine Entscheidung über das weitere Vorgehen gefallen ist, kommen wir auf Sie zu. Sie müssen im Moment nichts weiter unternehmen.
SUBJECT: Bewerbung eingegangen – wir melden uns! || Juhu, deine Bewerbung ist da! Wir lesen jede Bewerbung selbst, das dauert manchmal ein bisschen. Den Status kannst du jederzeit in deinem Kandidatenprofil verfolgen.
Wir bestätigen den Eingang Ihrer Bewerbung auf die Stellenausschreibung {role} (Kennziffer 44/2025). Das Auswahlverfahren beginnt nach Ende der Bewerbungsfrist am 30. Juni; Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
        "ack_c8_volume": """
Leider ist es uns aufgrund der hohen Zahl an Bewerbungen nicht möglich, jeder Person einzeln zu antworten. Ihre Bewerbung für {role} ist jedoch bei uns eingegangen und wird sorgfältig geprüft. Sollten Sie innerhalb von vier Wochen nichts von uns hören, gehen Sie bitte davon aus, dass wir Sie diesmal nicht berücksichtigen konnten.
Die Stelle {role} stösst auf sehr grosses Interesse, weshalb sich unsere Rückmeldung leider verzögert. Ihre Bewerbung liegt uns vor, eine Entscheidung ist noch nicht gefallen, und wir melden uns so bald wie möglich.
Wir bitten um Entschuldigung für die lange Wartezeit. Das Auswahlverfahren für {role} läuft noch, und deine Bewerbung ist weiterhin im Rennen. Wir rechnen damit, bis Ende des Monats alle Unterlagen gesichtet zu haben.
Bedauerlicherweise können wir wegen der vielen Bewerbungen derzeit kein individuelles Feedback geben. Ihre Unterlagen sind vollständig eingegangen; nur Personen, die in die engere Auswahl kommen, werden kontaktiert.
""",
        "inv_c8": """
Wir freuen uns, Sie zu einem ersten Vorstellungsgespräch für die Position {role} einzuladen. Das Gespräch findet per Videocall mit der Teamleiterin und einem Kollegen aus dem Team statt und dauert etwa 45 Minuten. Bitte buchen Sie über den Link einen passenden Termin in den nächsten sieben Tagen.
SUBJECT: Einladung zum Vorstellungsgespräch – {role} || Die Berufungskommission lädt Sie zu einem Probevortrag mit anschliessendem Gespräch ein. Termin ist Donnerstag, der 10. Juli, um 14 Uhr im Seminarraum 2.14. Bitte bestätigen Sie Ihre Teilnahme bis Freitag.
Leider muss unser Hiring Manager kurzfristig verreisen, deshalb müssen wir dein Interview für {role} verschieben. Würde dir Mittwoch um 15 Uhr passen? Sonst such dir bitte über den Kalenderlink einen anderen Slot aus.
Danke für deine Geduld, die letzten zwei Wochen waren bei uns wegen des Produktlaunchs ziemlich chaotisch, und sorry, dass ich mich erst jetzt nach deinem Gespräch mit Dana melde. Das Feedback war sehr positiv, und wir möchten dich gerne zu unseren finalen Interviews für {role} einladen. Das sind vier Runden à 45 Minuten: ein technischer Deep-Dive zu einem Projekt deiner Wahl, eine Pairing-Session, ein Gespräch mit unserer Produktleitung und eins mit einem der Gründer. Wir übernehmen die Reisekosten nach Berlin, alternativ geht alles auch remote. Schick mir einfach ein paar Termine in den nächsten zwei Wochen.
Nach Auswertung Ihres schriftlichen Tests freuen wir uns, Sie zu einem kompetenzbasierten Interview für {role} einzuladen. Das Gespräch findet über Microsoft Teams statt und dauert etwa eine Stunde. Bitte teilen Sie uns Ihre Verfügbarkeit am 3., 4. oder 7. Juli mit.
""",
        "inv_c8_noword": """
Dein Profil ist uns direkt aufgefallen und wir würden gerne mit dir quatschen! Hättest du diese Woche Zeit für einen 20-minütigen Call, damit wir dir {role} vorstellen und hören, was du suchst? Such dir einfach einen Slot in meinem Kalender aus.
Als nächsten Schritt möchten wir Sie bitten, eine kurze Fallstudie zu bearbeiten. Sie erhalten die Unterlagen morgen früh und präsentieren Ihre Empfehlungen anschliessend in einer 30-minütigen Session vor zwei Partnern. Bitte wählen Sie über den Planungslink einen Termin aus.
Das Team würde dich gerne kennenlernen. Magst du am Donnerstagnachmittag bei uns im Büro vorbeikommen und die Leute treffen, mit denen du zusammenarbeiten würdest? Ganz locker bei einem Kaffee, Vorbereitung ist nicht nötig.
Gerne möchten wir Sie näher kennenlernen. Hätten Sie nächste Woche Zeit für ein Telefonat mit unserem Bereichsleiter? Er ist am Montag und Dienstag jeweils zwischen 9 und 12 Uhr erreichbar.
SUBJECT: Nächster Schritt: Coding Challenge || Als nächsten Schritt im Prozess für {role} schicken wir dir eine kleine Programmieraufgabe. Du bekommst innerhalb einer Stunde eine Einladung von unserer Plattform und hast fünf Tage Zeit; rechne mit ungefähr drei Stunden Aufwand.
Ich komme gerade aus der Nachbesprechung und kann dir sagen: Alle wollen weitermachen. Der letzte Schritt ist ein Austausch mit unserer Mitgründerin, etwa 45 Minuten und ganz entspannt. Sie hätte Montag oder Dienstag Zeit; was passt dir besser?
Wir möchten Sie gerne zu einem persönlichen Kennenlernen an unseren Standort in Zug einladen. Bei dieser Gelegenheit zeigen wir Ihnen auch das Labor und stellen Ihnen das Team vor. Bitte teilen Sie uns mit, ob der 8. oder 9. Juli für Sie passt.
""",
        "off_c8": """
wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gerne unser Angebot: Wir möchten Sie als {role} bei {company} einstellen. Das Jahresgehalt beträgt CHF 128'000 brutto bei 13 Monatslöhnen, dazu kommen 25 Ferientage und ein Beitrag an den ÖV. Der Vertrag liegt zur elektronischen Unterschrift in unserem Portal bereit; als Eintrittsdatum schlagen wir den 1. Oktober vor.
SUBJECT: Dein Angebot von {company} ist da || Dein Angebotsschreiben für {role} ist jetzt verfügbar. Melde dich im Portal an, um es zu prüfen und digital zu unterschreiben. Das Angebot ist fünf Werktage gültig.
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können, vorbehaltlich positiver Referenzen und eines einwandfreien Strafregisterauszugs. Sobald beides vorliegt, senden wir Ihnen den Arbeitsvertrag zu. Bitte geben Sie uns bis Freitag Bescheid, ob Sie das Angebot annehmen.
Im Namen der Berufungskommission freue ich mich sehr, Ihnen mitteilen zu können, dass das Präsidium Ihrer Anstellung als {role} zum 1. Januar zugestimmt hat. Die Stelle ist auf drei Jahre befristet. Das offizielle Schreiben der Personalabteilung folgt in den nächsten Tagen, zusammen mit Informationen zur Umzugsunterstützung.
danke nochmal, dass du gestern so lange bei uns warst. Ich weiss, dass die letzte Runde anstrengend ist und dass du noch andere Prozesse laufen hast, deshalb will ich dich nicht warten lassen: Das Team hat sich heute Morgen zusammengesetzt, und wir würden uns riesig freuen, wenn du als {role} zu uns kommst. Wie es weitergeht: Unser People-Team schickt dir bis Montag die Unterlagen, wir holen kurz Referenzen bei den zwei Personen ein, die du genannt hast, und dann finden wir einen Starttermin, der zu deiner Kündigungsfrist passt. Vorher würde ich dir gern das Paket inklusive virtueller Anteile erklären; passt dir morgen um 11?
""",
        "off_c8_negotiation": """
Danke, dass Sie Ihre Erwartungen so offen angesprochen haben. Ich habe nochmals mit der Geschäftsleitung gesprochen und kann Ihnen ein Jahresgehalt von CHF 135'000 sowie eine Antrittsprämie von CHF 8'000 anbieten. Alle übrigen Bedingungen bleiben unverändert; das angepasste Angebot finden Sie im Anhang.
Ich habe deinen Gegenvorschlag mit der Teamleitung besprochen. Leider können wir beim Grundgehalt nicht weiter nach oben gehen, da wir für {role} bereits am oberen Ende des Bandes sind. Was wir anbieten können, ist eine erste Gehaltsrunde schon nach sechs Monaten. Das Angebot steht weiterhin, und wir würden dich sehr gerne im Team haben; gib mir bitte bis Mittwoch Bescheid.
Wir haben Ihre Rückfragen zum Angebot geprüft. Eine höhere Vergütung ist im Rahmen unseres Lohnsystems nicht möglich, wir kommen Ihnen aber beim Pensum entgegen und bieten die Stelle auch zu 80 Prozent an. Wir würden uns sehr freuen, Sie bei {company} begrüssen zu dürfen.
""",
        "oth_c8": """
Hiermit bestätigen wir, dass Sie Ihre Bewerbung für {role} zurückgezogen haben. Vielen Dank für die Mitteilung. Falls es sich um ein Versehen handelt, können Sie sich über die Ausschreibung erneut bewerben, solange diese online ist.
Wie war dein Bewerbungsprozess bei uns? Wir würden gerne wissen, wie du ihn erlebt hast. Die Umfrage dauert keine drei Minuten und hat keinerlei Einfluss auf Entscheidungen im Auswahlverfahren.
Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung Ihres Bewerberkontos bei {company} abzuschliessen. Der Link ist 24 Stunden gültig. Falls Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.
""",
        "oth_alert": """
Neue Stellen für Ihren Suchauftrag »Data, Zürich«: {role} bei {company} (Zürich, hybrid), Senior Analytics Engineer bei Brunnmatt AG (Bern) und 9 weitere. Die Häufigkeit dieser Benachrichtigungen können Sie in Ihren Einstellungen ändern.
""",
        "oth_newsletter": """
Neues von {company}: Wir haben unser neues Büro in Basel eröffnet, unser Data-Team erzählt, wie es die Rechenkosten halbiert hat, und im Karriere-Blog gibt es fünf Tipps für ein überzeugendes Portfolio. Ausserdem: Termine für unsere nächsten Meetups in München und Wien.
""",
        "oth_cold": """
ich bin Personalberaterin bei Talentwise Search und betreue exklusiv die Suche nach einer Person für die Rolle {role} bei einem wachsenden Medtech-Unternehmen in Basel. Ihr Profil passt sehr gut. Hätten Sie diese Woche Zeit für ein kurzes, unverbindliches Telefonat?
""",
    },
    "fr": {
        "rej_c8": """
Nous avons bien pris connaissance de votre candidature au poste de {role}. Après une analyse attentive, nous avons retenu des profils dont l'expérience correspond plus étroitement à nos besoins actuels. Votre dossier sera conservé dans notre banque de candidatures pendant douze mois, et nous vous invitons à consulter régulièrement nos offres.
SUBJECT: Votre candidature – {role} : non retenue || Nous avons terminé l'examen de votre dossier. L'équipe de recrutement a décidé de ne pas poursuivre votre candidature à l'étape suivante. Cette décision concerne uniquement ce poste; les autres offres restent accessibles depuis votre espace candidat.
Nous savons qu'une recherche d'emploi demande beaucoup d'énergie, et nous tenons d'abord à vous remercier pour le soin apporté à votre candidature au poste de {role}. Au cours des dernières semaines, nous avons reçu plus de 700 candidatures venant du Québec, de l'Ontario et de l'étranger, et notre équipe a pris le temps de toutes les lire elle-même, ce qui explique le délai de notre réponse. À ce stade, nous ne donnerons malheureusement pas suite à votre candidature, mais cela ne remet nullement en question la qualité de votre parcours. Notre équipe technique devrait de nouveau s'agrandir au printemps, et nous vous encourageons à vous abonner à nos alertes d'emploi.
Le poste de {role} est suspendu à la suite d'une révision de nos priorités budgétaires, et nous clôturons l'ensemble des candidatures reçues, y compris la vôtre. Nous sommes désolés de ce contretemps et espérons que vous penserez à {company} si le poste est rouvert.
Le comité de sélection a terminé l'examen des dossiers pour le poste de {role}. J'ai le regret de vous informer que votre candidature n'a pas été retenue pour la phase d'audition. Nous avons reçu 93 dossiers de très grande qualité et, compte tenu de ce nombre, nous ne sommes pas en mesure de fournir une rétroaction individuelle.
Nous vous remercions d'avoir postulé à l'avis de vacance pour le poste de {role}. À l'issue d'un examen comparatif fondé sur les critères du mandat, votre candidature n'a pas été retenue pour l'épreuve écrite. Cette décision ne concerne que cet avis de vacance; vous pouvez postuler à d'autres postes.
Petite mise à jour de la part de {company} : on a décidé d'aller dans une autre direction pour le poste de {role}, donc on ne poursuivra pas avec ta candidature. Merci beaucoup d'avoir pris le temps de postuler, et bonne chance pour la suite!
Après étude de votre dossier, nous ne pouvons malheureusement pas donner une suite favorable à votre candidature. Le poste exige une maîtrise de l'allemand de niveau C1, car vous travailleriez au quotidien avec nos équipes de Zurich et de Berne.
Ceci est un message automatique concernant le poste {role}. Statut de votre candidature : Clôturée – non sélectionnée. Aucune action n'est requise de votre part. Merci de ne pas répondre à ce courriel.
""",
        "rej_c8_after_interview": """
Merci pour le temps que vous nous avez consacré lors des entrevues de jeudi dernier. Le comité a particulièrement apprécié l'échange sur l'architecture de données. Après une discussion approfondie, nous avons toutefois décidé de ne pas vous présenter d'offre pour le poste de {role}; il vous manquait, selon l'équipe, une expérience plus poussée de la gestion d'incidents en production.
Je tenais à vous écrire personnellement plutôt que de vous envoyer un message type. Vous faisiez vraiment partie des personnes les plus solides que nous avons rencontrées, et la gestionnaire l'a dit clairement lors du bilan. Nous avons finalement choisi une candidate qui a déjà mené une migration très semblable à la nôtre, et c'est ce point qui a fait la différence. Je sais que ce n'est pas la nouvelle que vous espériez. Si vous êtes d'accord, j'aimerais garder votre profil en tête pour le poste senior que nous prévoyons d'ouvrir à l'automne.
À la suite de votre séminaire de recherche et de la rencontre avec la direction du département, le comité de sélection s'est réuni pour examiner l'ensemble des candidatures finalistes. J'ai le regret de vous annoncer que le poste a été offert à une autre personne. Votre présentation a été très appréciée et plusieurs membres m'ont demandé de vous transmettre leurs remerciements.
Merci encore d'avoir réalisé l'exercice à la maison et d'avoir échangé ensuite avec Ana et Pierre. Nous savons que cela vous a pris une bonne partie de votre fin de semaine et nous vous en sommes reconnaissants; vos remarques sur l'énoncé nous serviront d'ailleurs à raccourcir l'exercice pour les prochains candidats. Après comparaison de tous les finalistes, nous ne retiendrons pas votre candidature pour le poste de {role}, l'équipe ayant jugé l'approche d'un autre finaliste plus proche de notre façon de travailler. Je résume ci-dessous les commentaires des évaluateurs : ils ont aimé la clarté de votre documentation et la couverture de tests, et auraient souhaité davantage de réflexion sur les compromis liés au cache. N'hésitez pas à me répondre si vous avez des questions.
Vous étiez en deuxième position, et de très peu. Je suis désolée de devoir vous le dire ainsi, mais l'équipe a proposé le poste de {role} à quelqu'un d'autre, qui l'a accepté. Restons en contact : les deuxièmes choix sont souvent les premières personnes que nous appelons lorsqu'un poste se libère.
Après notre dernier tour la semaine passée, l'équipe a pris sa décision pour le poste de {role}, et ce n'est malheureusement pas vous cette fois. Nous avons été impressionnés par votre sens du produit et par la façon dont vous avez mené l'exercice avec les parties prenantes; cependant, nous avions besoin d'une personne plus expérimentée dans les marchés réglementés.
SUBJECT: RE: {role} – notre décision || Merci de votre patience pendant que nous terminions les dernières rencontres. Nous avons finalement pourvu le poste à l'interne et ne poursuivrons donc pas le processus avec vous. Je suis désolé que cela ait pris plus de temps que prévu.
Nous vous remercions d'avoir participé au jury d'entretien pour le poste de {role}. Le jury a terminé son évaluation et regrette de vous informer que vous n'avez pas été recommandé pour une nomination; votre nom ne sera pas inscrit sur la liste de réserve pour cet avis de vacance.
""",
        "rej_c8_warm": """
Nous avons été sincèrement impressionnés par votre parcours, et l'équipe a pris plaisir à découvrir vos contributions open source. Toutefois, après mûre réflexion, nous avons choisi une autre personne dont l'expérience correspond davantage aux besoins actuels du poste de {role}. Nous aimerions beaucoup rester en contact et reviendrons vers vous si une occasion se présente.
Votre candidature s'est démarquée et l'équipe y a consacré du temps, c'est pourquoi je voulais vous répondre correctement. Le poste est maintenant pourvu, nous ne pouvons donc pas aller plus loin avec votre candidature. Nous vous avons ajouté à notre communauté de talents afin que vous soyez informé en premier des nouveaux postes.
Ce fut un réel plaisir d'apprendre à vous connaître tout au long du processus, et je suis convaincue que vous trouverez un poste formidable. Nous avons toutefois décidé de proposer le poste à une candidate ayant davantage d'expérience en intégration de clients B2B.
Quel engouement pour notre offre de {role}! Nous sommes ravis que tant de personnes talentueuses souhaitent rejoindre {company}. Bien que votre expérience soit remarquable, nous avons retenu des profils plus proches de ce poste précis, et votre candidature ne sera pas poursuivie.
Votre profil est exactement le type de profil que nous aimons voir chez {company}, et nous serions heureux d'avoir de vos nouvelles à l'avenir. Pour ce poste, nous avons cependant décidé de ne pas donner suite.
Félicitations d'être arrivé jusqu'à la dernière étape : seules quatre personnes sur plus de 400 y sont parvenues. Malheureusement, nous ne pouvons embaucher qu'une seule personne et le comité a retenu un autre finaliste.
Nous apprécions vraiment votre enthousiasme pour notre mission. Nous avons toutefois décidé de geler le recrutement pour le poste de {role} jusqu'à la clôture de notre ronde de financement, ce qui nous amène à décliner toutes les candidatures en cours, dont la vôtre. Nous espérons relancer le processus et serions heureux de revoir votre nom.
""",
        "ack_c8": """
Nous accusons réception de votre candidature au poste de {role}. Notre équipe examine chaque dossier, et si votre profil correspond à nos besoins, une personne de l'équipe communiquera avec vous d'ici deux à trois semaines. Vous pouvez suivre l'état de votre candidature dans votre espace candidat.
SUBJECT: Candidature reçue – {role} || Votre candidature a bien été transmise. Numéro de référence : QC-7712. Vous recevrez un courriel à chaque changement de statut.
Nous confirmons la réception de votre dossier pour le poste de {role}. Les dossiers seront examinés après la date de clôture du concours, et les personnes retenues pour une audition seront contactées d'ici la fin du mois prochain.
Merci d'avoir postulé! Ta candidature pour le poste de {role} est maintenant entre les mains de l'équipe. On s'engage à répondre à chaque personne dans un délai de dix jours ouvrables, quelle que soit la décision.
Votre dossier est en cours d'examen par la responsable du recrutement. Nous reviendrons vers vous dès qu'une décision aura été prise quant à la suite du processus; vous n'avez rien à faire pour le moment.
""",
        "ack_c8_volume": """
Malheureusement, en raison du grand nombre de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chaque personne. Votre candidature au poste de {role} nous est bien parvenue et sera étudiée avec attention. Sans nouvelles de notre part d'ici quatre semaines, veuillez considérer que votre candidature n'a pas été retenue.
Le poste de {role} suscite un très vif intérêt et nous avons reçu un nombre exceptionnel de candidatures, si bien que notre analyse prend plus de temps que prévu. Nous avons bien votre dossier, aucune décision n'a encore été prise, et nous reviendrons vers vous dès que possible.
Nous regrettons de ne pouvoir répondre personnellement à toutes les personnes qui postulent. Soyez assuré que votre candidature a bien été reçue et qu'elle est examinée au même titre que les autres. Seules les personnes retenues pour la suite seront contactées.
Veuillez nous excuser pour ce délai. Notre équipe poursuit l'examen des candidatures pour le poste de {role}, et la vôtre est toujours à l'étude. Nous prévoyons de terminer l'analyse d'ici la fin du mois.
Votre candidature a bien été enregistrée. Compte tenu du volume de dossiers, nous ne pouvons malheureusement pas fournir de commentaires à ce stade; rien n'a encore été décidé et nous vous tiendrons informé après la présélection.
""",
        "inv_c8": """
Nous aimerions vous convier à une première entrevue pour le poste de {role}. Il s'agira d'un appel vidéo de 45 minutes avec la gestionnaire d'embauche et un membre de l'équipe. Veuillez réserver la plage horaire qui vous convient au cours de la prochaine semaine à l'aide du lien ci-dessous.
SUBJECT: Convocation à l'entretien – {role} || Le comité de sélection a le plaisir de vous convoquer à une audition le 14 juillet sur notre campus. Vous présenterez en 15 minutes votre projet de recherche et d'enseignement, suivi d'un échange avec le comité. Merci de confirmer votre présence par retour de courriel.
À la suite de l'évaluation de votre épreuve écrite, nous avons le plaisir de vous inviter à un entretien axé sur les compétences pour le poste de {role}. L'entretien se déroulera sur Microsoft Teams et durera environ une heure. Merci de nous indiquer vos disponibilités pour le 3, le 4 ou le 7 juillet.
Notre responsable doit malheureusement se déplacer à l'improviste; nous devons donc déplacer votre entretien pour le poste de {role}. Mercredi à 15 h vous conviendrait-il? Sinon, choisissez un autre créneau dans le calendrier.
Merci pour votre patience; les deux dernières semaines ont été intenses avec le lancement de notre produit, et je m'excuse d'avoir tardé à revenir vers vous après votre échange avec Dana. Ses retours étaient très positifs, et nous souhaitons vous inviter à la dernière série d'entrevues pour le poste de {role}. Il y aura quatre rencontres de 45 minutes : une plongée technique sur un projet de votre choix, une séance de programmation en binôme, une discussion produit avec notre directrice et un échange sur nos valeurs avec l'un des fondateurs. Nous prenons en charge votre déplacement à Montréal, ou tout peut se faire à distance si vous préférez. Envoyez-moi quelques dates au cours des deux prochaines semaines.
""",
        "inv_c8_noword": """
Ton parcours a retenu notre attention et on aimerait bien jaser avec toi! Aurais-tu 20 minutes cette semaine pour un appel, histoire de te présenter le poste de {role} et de savoir ce que tu recherches? Choisis simplement un créneau dans mon agenda.
Pour la prochaine étape, nous vous proposons un court exercice à réaliser chez vous. Vous recevrez dans l'heure une invitation de notre plateforme; vous disposerez de cinq jours pour le rendre, et il faut compter environ trois heures de travail.
L'équipe aimerait beaucoup vous rencontrer. Pourriez-vous passer à nos bureaux jeudi après-midi pour faire la connaissance de vos futurs collègues? C'est une discussion informelle autour d'un café, aucune préparation n'est nécessaire.
Nous souhaitons passer à l'étape de l'étude de cas. Vous recevrez demain matin un court cas d'affaires, et nous vous demanderons de présenter vos recommandations à deux associés lors d'une séance de 30 minutes mardi prochain. Merci de réserver un créneau à l'aide du lien de planification.
SUBJECT: Prochaine étape : rencontre avec notre CTO || Merci pour votre candidature au poste de {role}. Nous serions heureux de poursuivre la discussion avec vous; veuillez choisir un moment pour un appel vidéo avec notre directeur technique.
Je sors tout juste du bilan de l'équipe et tout le monde souhaite continuer avec vous. La dernière étape est une conversation d'environ 45 minutes avec notre cofondatrice, dans un cadre très détendu. Elle est disponible lundi ou mardi; qu'est-ce qui vous arrange?
Nous serions ravis de faire plus ample connaissance lors d'une visite de notre site de Lausanne, au cours de laquelle nous vous présenterons le laboratoire et l'équipe. Pourriez-vous nous dire si le 8 ou le 9 juillet vous convient?
""",
        "off_c8": """
Suite à notre appel de cet après-midi, j'ai le plaisir de vous confirmer notre offre : nous aimerions que vous vous joigniez à {company} à titre de {role}. La lettre d'offre officielle se trouve dans votre portail candidat, où vous pourrez la consulter et la signer. Le salaire annuel de base est de 112 000 $ CA, avec quatre semaines de vacances, des options d'achat d'actions acquises sur quatre ans, et une date d'entrée en fonction proposée au 2 septembre.
SUBJECT: Votre offre d'emploi de {company} est disponible || Votre lettre d'offre pour le poste de {role} est prête. Connectez-vous pour la consulter et la signer électroniquement. Cette offre est valable cinq jours ouvrables.
Nous avons le plaisir de vous proposer le poste de {role}, sous réserve de références satisfaisantes et de la vérification de vos antécédents judiciaires. Une fois ces vérifications terminées, nous vous ferons parvenir le contrat de travail définitif. Merci de nous indiquer d'ici vendredi si vous acceptez cette offre conditionnelle.
Au nom du comité de sélection, j'ai le grand plaisir de vous annoncer que le conseil de faculté a approuvé votre nomination au poste de {role} à compter du 1er janvier, pour une durée de trois ans. La lettre officielle du service des ressources humaines suivra dans les prochains jours, accompagnée des informations sur l'aide à la relocalisation.
Merci d'être venu hier et de nous avoir consacré autant de temps. Je sais que la dernière étape est longue et que vous avez d'autres processus en cours, alors je ne voulais pas vous faire attendre : l'équipe s'est réunie ce matin et nous serions ravis de vous accueillir comme {role}. Pour la suite, notre équipe RH vous enverra les documents d'ici lundi, nous contacterons brièvement les deux références que vous avez indiquées, puis nous conviendrons d'une date d'arrivée compatible avec votre préavis. D'ici là, j'aimerais vous présenter le package en détail; un appel demain à 11 h vous irait-il?
Suite à votre entretien, nous avons le plaisir de vous faire une offre de nomination au poste de {role}, classe P-3, échelon 1, lieu d'affectation Genève. Cette offre est subordonnée à l'avis favorable du service médical et à la vérification de vos diplômes. Veuillez confirmer votre acceptation dans un délai de dix jours au moyen du formulaire joint.
""",
        "off_c8_negotiation": """
Merci d'avoir exprimé vos attentes aussi ouvertement. J'en ai reparlé avec la direction et je suis heureuse de vous annoncer que nous pouvons porter le salaire annuel à CHF 125'000 et ajouter une prime d'entrée de CHF 7'000. Le reste de l'offre demeure inchangé; vous trouverez la lettre mise à jour en pièce jointe.
J'ai discuté de votre contre-proposition avec le gestionnaire. Malheureusement, nous ne pouvons pas aller au-delà du salaire proposé, qui se situe déjà au sommet de la fourchette pour ce poste. Nous pouvons en revanche avancer votre première révision salariale à six mois. L'offre tient toujours et nous aimerions vraiment vous compter parmi nous; faites-moi signe d'ici mercredi.
""",
        "oth_c8": """
Nous vous confirmons le retrait de votre candidature au poste de {role}. Merci de nous en avoir informés. S'il s'agit d'une erreur, vous pouvez postuler de nouveau tant que l'offre est en ligne.
Comment s'est passée votre expérience de recrutement chez {company}? Nous aimerions connaître votre avis. Le sondage prend moins de trois minutes et vos réponses n'ont aucune incidence sur les décisions d'embauche.
Vous êtes invité à notre journée portes ouvertes virtuelle le 18 juin : venez rencontrer nos ingénieurs, découvrir nos projets et poser toutes vos questions sur la vie chez {company}. Inscription gratuite en ligne.
""",
        "oth_alert": """
Nouvelles offres correspondant à votre alerte « données, Montréal » : {role} chez {company} (Montréal, hybride), Analyste principal chez Boréal Assurances (Québec) et 11 autres offres. Gérez la fréquence de vos alertes dans vos paramètres.
""",
        "oth_newsletter": """
Les nouvelles de {company}, édition de juin : ouverture de notre bureau à Genève, portrait de l'équipe plateforme de données, et cinq conseils de nos recruteurs pour un portfolio qui se démarque. À venir : nos rencontres techniques à Québec et à Lyon.
""",
        "oth_cold": """
Je suis conseillère en recrutement chez Talentwise Search et je mène une recherche exclusive pour un poste de {role} chez un client en pleine croissance dans les technologies propres à Montréal. Votre profil correspond très bien. Seriez-vous ouvert à un bref appel cette semaine pour en savoir plus?
""",
    },
    "es": {
        "rej_c8": """
Gracias por tu paciencia mientras revisábamos las postulaciones para la posición de {role}. Después de analizarlas con cuidado, decidimos avanzar con perfiles cuya experiencia se ajusta más a lo que necesitamos en este momento. Tu CV quedará en nuestra base de datos y puedes postularte a futuras vacantes de {company}.
SUBJECT: {role} – estado de tu postulación: no seleccionado || Terminamos la revisión de tu perfil. El equipo de selección decidió no avanzar con tu candidatura a la siguiente etapa. Esta decisión aplica solo a esta vacante; el resto de posiciones abiertas sigue disponible en tu portal de candidato.
Sabemos que buscar trabajo requiere mucho tiempo y energía, y queremos empezar agradeciéndote el esfuerzo que pusiste en tu postulación para {role}. En las últimas semanas recibimos más de 1.200 postulaciones desde México, Colombia, Argentina y Chile, y nuestro equipo de Talento las leyó una por una en vez de usar filtros automáticos, por eso tardamos más de lo previsto. En esta ocasión no vamos a continuar con tu proceso, pero esto no refleja tu potencial, y te animamos a seguir pendiente de nuestra página de empleo, ya que esperamos volver a crecer en ingeniería y producto durante el primer trimestre del próximo año. Si quieres, también puedes activar alertas para recibir nuevas vacantes directamente.
Lamentablemente, la vacante de {role} quedó congelada tras un ajuste en nuestro presupuesto, y estamos cerrando todas las postulaciones, incluida la tuya. Lamentamos las molestias y esperamos que vuelvas a considerar a {company} si la posición se reabre.
La comisión de selección ha finalizado la preselección de candidaturas para la plaza de {role}. Lamento comunicarle que su candidatura no figura entre las preseleccionadas. Se recibieron 86 solicitudes de muy alto nivel y, debido a este volumen, no es posible ofrecer una valoración individual.
Le agradecemos su postulación al anuncio de vacante de {role} en {company}. Tras una revisión comparativa con los criterios de los términos de referencia, su candidatura no ha sido retenida para la prueba escrita. Esta decisión solo se refiere a este anuncio; puede postularse a otras posiciones.
¡Hola! Te escribimos desde {company} para contarte que decidimos ir por otro camino para {role}, así que no vamos a seguir con tu postulación. Mil gracias por tomarte el tiempo de aplicar y ¡mucha suerte!
Después de revisar tu perfil, vimos que la posición de {role} requiere más experiencia práctica con sistemas de pagos de alto volumen de la que muestra tu CV, por lo que no continuaremos con tu proceso. Gracias por tu interés en sumarte a nuestro equipo en Ciudad de México.
Este es un mensaje automático sobre la vacante {role}. Estado de la candidatura: Cerrada – no seleccionada. No es necesaria ninguna acción por tu parte. Por favor, no respondas a este correo.
""",
        "rej_c8_after_interview": """
Gracias por el tiempo que nos dedicaste en las entrevistas del jueves pasado. Al panel le gustó mucho la conversación de diseño de sistemas. Sin embargo, tras una revisión a fondo, decidimos no extenderte una oferta para {role}. La principal brecha que vio el equipo fue la experiencia en gestión de incidentes en producción, que sería clave en los primeros meses.
Quería escribirte personalmente en lugar de mandarte una plantilla. Fuiste de verdad una de las personas más fuertes con las que hablamos, y el hiring manager lo dijo tal cual en la reunión de cierre. Al final elegimos a alguien que ya lideró una migración muy parecida a la nuestra, y eso inclinó la balanza. Sé que no es la noticia que esperabas. Si te parece bien, me gustaría tenerte en cuenta para la posición senior que pensamos abrir en primavera.
Tras su conferencia de investigación y la reunión con la dirección del departamento, la comisión se ha reunido para valorar a todas las personas finalistas. Siento comunicarle que la plaza se ha ofrecido a otra candidata. Su charla fue muy bien recibida y varios miembros me pidieron que le transmitiera su agradecimiento.
Gracias otra vez por completar la prueba técnica para casa y por la conversación posterior con Ana y Pablo. Sé que te llevó buena parte del fin de semana y lo valoramos mucho; de hecho, tomamos tus comentarios sobre el enunciado para acortar la prueba a futuros candidatos. Después de comparar a todas las personas finalistas, no vamos a avanzar con tu candidatura para {role}, porque el equipo consideró que el enfoque de otro finalista en el modelado de datos se parece más a cómo trabajamos hoy. Te resumo el feedback de los revisores por si te sirve: les gustó la claridad de tu documentación y la cobertura de pruebas, y habrían querido ver más discusión de los trade-offs en la capa de caché. Cualquier pregunta, respóndeme y armamos una llamada de 15 minutos.
Quedaste en segundo lugar, y por muy poco. Lamento decírtelo así porque sé lo frustrante que es, pero el equipo le ofreció la posición de {role} a otra persona y la aceptó. Sigamos en contacto: los segundos lugares suelen ser los primeros a quienes llamamos cuando se abre algo.
Después de la ronda final de la semana pasada, el equipo tomó su decisión para {role} y lamentablemente esta vez no eres tú. Nos impresionó tu criterio de producto y cómo manejaste el ejercicio con stakeholders; sin embargo, necesitábamos a alguien con más experiencia en mercados regulados.
SUBJECT: RE: {role} – decisión final || Gracias por tu paciencia mientras terminábamos las últimas conversaciones. Finalmente cubrimos la posición con una persona interna, así que no continuaremos el proceso contigo. Perdón por la demora respecto a lo que te había dicho.
Le agradecemos su participación en la entrevista ante el panel para el puesto de {role}. El panel ha concluido su evaluación y lamenta informarle que no ha sido recomendado para el nombramiento; su nombre no se incluirá en la lista de reserva de esta vacante.
""",
        "rej_c8_warm": """
De verdad nos impresionó tu trayectoria, y al equipo le encantó conocer tus contribuciones open source. Aun así, después de mucho pensarlo, decidimos avanzar con otra persona cuya experiencia encaja mejor con las necesidades actuales de {role}. Nos encantaría seguir en contacto y te escribiremos si surge una oportunidad adecuada.
Tu postulación destacó y el equipo le dedicó tiempo de verdad, por eso quería responderte bien. La posición ya fue cubierta, así que no podemos seguir adelante con tu candidatura. Te sumamos a nuestra comunidad de talento para que te enteres primero de nuevas vacantes.
Fue un placer conocerte durante este proceso, y estoy segura de que vas a encontrar un lugar increíble. Decidimos, eso sí, ofrecer el rol a alguien con más experiencia en onboarding B2B, así que no avanzaremos con tu postulación para {role}.
¡Qué respuesta tan increíble tuvimos para la vacante de {role}! Nos encanta que tanta gente talentosa quiera sumarse a {company}. Aunque tu experiencia es muy valiosa, seleccionamos perfiles más cercanos a este rol en particular y tu candidatura no seguirá en el proceso.
Tu perfil es justo el tipo de perfil que nos gusta ver en {company} y nos alegraría saber de ti en el futuro. Para esta vacante, sin embargo, decidimos no continuar. Que esto no te desanime a postularte a otras posiciones.
¡Felicitaciones por llegar a la última etapa! Solo cuatro de más de 800 postulantes llegaron hasta ahí. Por desgracia solo podemos contratar a una persona para {role}, y el panel eligió a otra finalista.
Valoramos mucho tu entusiasmo por nuestra misión. Decidimos, sin embargo, pausar la contratación para {role} hasta cerrar nuestra ronda de inversión, por lo que estamos declinando todas las postulaciones pendientes, incluida la tuya. Esperamos reabrir la búsqueda y nos encantaría volver a ver tu nombre.
""",
        "ack_c8": """
Recibimos tu postulación para {role}. Nuestro equipo de Talento revisa cada perfil y, si tu experiencia coincide con lo que buscamos, alguien te contactará en las próximas dos o tres semanas. Mientras tanto, puedes seguir el estado de tu proceso en tu portal de candidato.
SUBJECT: Postulación recibida – {role} || Tu postulación se envió correctamente. Número de referencia: MX-3390. Te avisaremos por correo cada vez que cambie tu estado.
Le confirmamos la recepción de su solicitud para la plaza de {role}. Las candidaturas se valorarán una vez cerrado el plazo, y las personas preseleccionadas serán contactadas antes de que finalice el mes próximo.
¡Gracias por postularte! Tu perfil para {role} ya está en manos del equipo de {company}. Nos comprometemos a responder a todas las personas en un plazo de diez días hábiles, sea cual sea el resultado.
Tu perfil está siendo revisado por la líder del área. Te contactaremos en cuanto haya una decisión sobre los próximos pasos; por ahora no tienes que hacer nada.
""",
        "ack_c8_volume": """
Lamentablemente, debido al alto volumen de postulaciones que recibimos, no podemos responder a cada persona de forma individual. Tu postulación para {role} nos llegó y será revisada con atención. Si no tienes noticias nuestras en cuatro semanas, puedes entender que en esta ocasión no ha prosperado.
La vacante de {role} resultó muy popular y recibimos una cantidad enorme de postulaciones, así que la revisión está tardando más de lo habitual. Tenemos tu perfil, todavía no hay una decisión y te escribiremos en cuanto podamos.
Por desgracia no podemos contestar personalmente a todas las personas que se postulan. Ten la seguridad de que tu candidatura fue recibida y se está evaluando junto con las demás. Solo contactaremos a quienes pasen a la siguiente etapa.
Disculpa la demora en responderte. Nuestro equipo sigue revisando las postulaciones para {role} y la tuya continúa en evaluación. Esperamos terminar la revisión a fin de mes.
Tu postulación quedó registrada. Sentimos no poder darte retroalimentación por ahora, dado el número de candidatos; aún no se ha decidido nada y te informaremos cuando la líder del equipo revise la lista corta.
""",
        "inv_c8": """
Nos gustaría invitarte a una primera entrevista para {role}. Será una videollamada de 45 minutos con la hiring manager y un ingeniero del equipo. Usa el enlace de abajo para reservar el horario que mejor te quede durante la próxima semana.
SUBJECT: Convocatoria a entrevista – {role} || La comisión de selección le convoca a entrevista para la plaza de {role}. Las entrevistas se celebrarán el 14 y 15 de julio de forma presencial en el campus; deberá exponer en 15 minutos su proyecto de investigación, seguido de preguntas de la comisión. Le rogamos confirme su asistencia respondiendo a este correo.
Tras la evaluación de su prueba escrita, nos complace invitarle a una entrevista por competencias para el puesto de {role}. Se realizará por Microsoft Teams y durará aproximadamente una hora. Por favor, indíquenos su disponibilidad para el 3, 4 o 7 de julio.
Lamentablemente nuestro gerente tuvo que viajar de imprevisto, así que necesitamos mover tu entrevista para {role}. ¿Te sirve el miércoles a las 10 hora de Bogotá? Si no, elige otro horario en el calendario.
Gracias por tu paciencia; estas dos semanas fueron una locura con el lanzamiento del producto y perdón por tardar en escribirte después de tu charla con Dana. Su feedback fue muy positivo y queremos invitarte a la ronda final de entrevistas para {role}. Son cuatro sesiones de 45 minutos: una inmersión técnica en un proyecto que elijas, una sesión de programación en pareja, una conversación de producto con nuestra directora y una charla de valores con uno de los fundadores. Cubrimos tu viaje a nuestra oficina de Medellín, o si prefieres hacemos todo remoto. Mándame un par de fechas de las próximas dos semanas y yo me encargo del resto.
""",
        "inv_c8_noword": """
¡Tu perfil nos llamó la atención y nos encantaría charlar! ¿Tenés 20 minutos esta semana para una llamada, así te contamos sobre {role} y escuchamos qué estás buscando? Elegí el horario que te quede cómodo en mi calendario.
Como siguiente paso en nuestro proceso, queremos pedirte que resuelvas un pequeño desafío técnico para {role}. Recibirás la invitación de nuestra plataforma dentro de la próxima hora; tendrás cinco días para entregarlo y calculamos unas tres horas de trabajo.
Al equipo le encantaría conocerte. ¿Podrías pasar por la oficina el jueves por la tarde para conocer a las personas con las que trabajarías? Es una conversación informal con un café de por medio, no necesitas preparar nada.
Queremos que pases a la etapa del caso de negocio. Mañana temprano recibirás el caso y te pediremos presentar tus recomendaciones a dos socios en una sesión de 30 minutos el martes próximo. Reserva tu espacio con el enlace de agenda.
SUBJECT: Próximo paso: conoce a nuestro CTO || Gracias por tu postulación a {role}. Nos gustaría seguir la conversación contigo; elige un horario para una videollamada con nuestro CTO usando el enlace de abajo.
Acabo de salir de la reunión de evaluación y te cuento que todos quieren seguir adelante. El último paso es una conversación con nuestra cofundadora, de unos 45 minutos y bastante relajada. Tiene espacio el lunes o el martes; ¿qué te acomoda más?
Hola {first}, soy {sender_first} del equipo de Talento de {company}. Vi tu postulación para {role} y me gustaría agendar una llamada breve de filtro para conocerte mejor. ¿Qué disponibilidad tienes en los próximos días?
""",
        "off_c8": """
Me alegra muchísimo confirmarte por escrito la oferta que te hice esta tarde por teléfono: queremos que te unas a {company} como {role}. La carta oferta formal está en tu portal de candidato para que la revises y la firmes. El salario bruto mensual es de MXN 95,000, con prestaciones superiores a las de ley, opciones sobre acciones con vesting a cuatro años y un cliff de un año, y una fecha de ingreso propuesta para el 1 de septiembre.
SUBJECT: Tu oferta de {company} está lista || Tu carta oferta para {role} ya está disponible. Ingresa para revisarla y firmarla electrónicamente. La oferta vence en 5 días hábiles.
Nos complace ofrecerte la posición de {role}, sujeta a referencias satisfactorias y a la verificación de antecedentes. Una vez completadas, te enviaremos el contrato definitivo. Por favor, confírmanos antes del viernes si aceptas esta oferta condicional.
En nombre de la comisión de selección, tengo el placer de comunicarle que la Junta de Facultad ha aprobado su contratación como {role} a partir del 1 de enero, por un período de tres años. La carta oficial de Recursos Humanos le llegará en los próximos días, junto con la información sobre la ayuda para el traslado.
Gracias por venir ayer y por dedicarnos tanto tiempo. Sé que la etapa final es larga y que tienes otros procesos en curso, así que no quería hacerte esperar: el equipo se reunió esta mañana y nos encantaría que te sumes como {role}. Próximos pasos: el equipo de People te enviará la documentación el lunes, haremos una breve verificación de referencias con las dos personas que nos indicaste y luego acordamos una fecha de ingreso que respete tu preaviso. Antes de eso me gustaría explicarte el paquete completo; ¿te viene bien una llamada mañana a las 11?
Tras su entrevista, nos complace hacerle una oferta de nombramiento para el puesto de {role}, categoría P-3, escalón 1, con lugar de destino en Ginebra. La oferta está condicionada a la autorización médica y a la verificación de sus títulos académicos. Le rogamos confirme su aceptación en un plazo de diez días mediante el formulario adjunto.
""",
        "off_c8_negotiation": """
Gracias por ser tan transparente con tus expectativas. Lo hablé de nuevo con el equipo de compensaciones y me alegra contarte que podemos subir el salario bruto anual a COP 240 millones y sumar un bono de firma equivalente a un salario. El resto de la oferta para {role} se mantiene igual; te adjunto la carta actualizada.
Revisé tu contrapropuesta con el hiring manager. Lamentablemente no podemos ir más allá del salario ofrecido, porque ya está en el tope de la banda para {role}. Lo que sí podemos hacer es adelantar tu primera revisión salarial a los seis meses. La oferta sigue en pie y de verdad nos encantaría tenerte en el equipo; avísame antes del miércoles.
""",
        "oth_c8": """
Te confirmamos que retiraste tu postulación para {role}. Gracias por avisarnos. Si fue un error, puedes volver a postularte mientras la vacante siga publicada.
¿Qué tal fue tu experiencia con nuestro proceso de selección? Nos encantaría saberlo. La encuesta dura menos de tres minutos y tus respuestas no influyen en ninguna decisión de contratación.
Confirma tu dirección de correo para terminar de crear tu cuenta de candidato en {company}. El enlace es válido durante 24 horas. Si no solicitaste una cuenta, ignora este mensaje.
""",
        "oth_alert": """
Nuevos empleos para tu búsqueda guardada «datos, remoto LATAM»: {role} en {company} (remoto), Analytics Engineer en Pampa Seguros (Buenos Aires, híbrido) y 17 más. Cambia la frecuencia de estas alertas en tu configuración.
""",
        "oth_newsletter": """
Novedades de {company}, edición de junio: inauguramos oficina en Santiago, el equipo de plataforma de datos cuenta cómo redujo costos un 40% y nuestras reclutadoras comparten cinco consejos para un portafolio que destaque. Además: próximos meetups en Lima y Guadalajara.
""",
        "oth_cold": """
Soy consultora en Talentwise Search y estoy a cargo de una búsqueda exclusiva de {role} para una fintech serie B en Ciudad de México. Tu perfil encaja muy bien. ¿Te interesaría una llamada corta esta semana para contarte más? El paquete está por encima del mercado y el esquema es remoto desde cualquier país de LATAM.
""",
    },
    "pt": {
        "rej_c8": """
Agradecemos sua paciência enquanto avaliávamos as candidaturas para a vaga de {role}. Depois de uma análise cuidadosa, decidimos seguir com perfis cuja experiência está mais alinhada ao que precisamos neste momento. Seu currículo continuará no nosso banco de talentos e você pode se candidatar a futuras vagas da {company}.
SUBJECT: {role} – status da candidatura: não selecionado || Concluímos a análise do seu perfil. O time de recrutamento decidiu não avançar com a sua candidatura para a próxima etapa. Essa decisão vale apenas para esta vaga; as demais oportunidades continuam disponíveis no seu painel.
Sabemos que procurar emprego exige muito tempo e energia, e queremos começar agradecendo o cuidado que você teve na sua candidatura para {role}. Nas últimas semanas recebemos mais de 1.500 inscrições de todo o Brasil e também de Portugal, e o nosso time de Pessoas leu cada uma delas, sem filtros automáticos, por isso demoramos mais do que o previsto. Neste momento não vamos dar continuidade ao seu processo, mas isso não diz nada sobre o seu potencial, e te convidamos a acompanhar a nossa página de carreiras, porque devemos voltar a contratar para engenharia e produto no primeiro trimestre do ano que vem. Se quiser, ative os alertas de vagas para receber as novidades direto no seu e-mail.
Infelizmente a vaga de {role} foi congelada após uma revisão do nosso orçamento, e estamos encerrando todas as candidaturas, inclusive a sua. Pedimos desculpas pelo transtorno e esperamos que você considere a {company} caso a vaga seja reaberta.
O júri do concurso para {role} concluiu a avaliação curricular. Lamento informar que a sua candidatura não foi admitida à fase de entrevista. Recebemos 64 candidaturas de elevada qualidade e, dado esse número, não nos é possível enviar um parecer individual.
Agradecemos a sua candidatura ao anúncio de vaga para {role} na {company}. Após uma análise comparativa com os critérios dos termos de referência, a sua candidatura não foi selecionada para a prova escrita. Esta decisão refere-se apenas a este anúncio; pode candidatar-se a outras vagas.
Oi! Passando pra te contar que decidimos seguir por outro caminho para a vaga de {role}, então não vamos continuar com a sua candidatura. Valeu demais por ter se inscrito e boa sorte na busca!
Depois de avaliar o seu perfil, vimos que a posição de {role} exige inglês fluente para reuniões diárias com o time de Nova York, requisito que não conseguimos identificar no seu currículo. Por isso, não seguiremos com o seu processo neste momento.
Esta é uma mensagem automática sobre a vaga {role}. Etapa atual: Processo encerrado – candidato não aprovado. Não é necessária nenhuma ação da sua parte. Por favor, não responda este e-mail.
""",
        "rej_c8_after_interview": """
Obrigada pelo tempo que você dedicou às entrevistas da última quinta-feira. O painel gostou muito da conversa sobre arquitetura. Depois de uma discussão aprofundada, porém, decidimos não fazer uma proposta para {role}. O principal ponto levantado pelo time foi a experiência com gestão de incidentes em produção, que seria central nos primeiros meses.
Quis te escrever pessoalmente em vez de mandar um modelo pronto. Você foi, de verdade, uma das pessoas mais fortes com quem conversamos, e a gestora disse isso com todas as letras na reunião de alinhamento. No fim, escolhemos alguém que já liderou uma migração muito parecida com a nossa, e foi isso que pesou. Sei que não é a notícia que você esperava. Se fizer sentido para você, gostaria de te chamar quando abrirmos a vaga sênior prevista para o segundo semestre.
Após a sua aula de provas e a reunião com a coordenação do programa, a comissão reuniu-se para avaliar todos os finalistas. Lamento comunicar que a posição foi oferecida a outra candidata. A sua apresentação foi muito bem recebida e vários membros pediram-me que lhe transmitisse os seus agradecimentos.
Obrigado mais uma vez por ter feito o desafio técnico e pela conversa seguinte com a Ana e o Paulo. Sei que isso tomou boa parte do seu fim de semana e agradecemos muito; inclusive, usamos seus comentários sobre o enunciado para encurtar o desafio para os próximos candidatos. Comparando todos os finalistas, não vamos seguir com a sua candidatura para {role}, porque o time achou a abordagem de outro finalista para modelagem de dados mais próxima do nosso jeito de trabalhar hoje. Deixo abaixo um resumo do feedback dos avaliadores, caso seja útil: gostaram da clareza da documentação e da cobertura de testes, e sentiram falta de uma discussão maior sobre os trade-offs da camada de cache. Se tiver dúvidas, é só responder e marcamos 15 minutinhos.
Você ficou em segundo lugar, por muito pouco. Sinto muito dizer isso dessa forma, porque sei como é frustrante, mas o time ofereceu a vaga de {role} para outra pessoa e ela aceitou. Vamos manter contato: os segundos colocados costumam ser os primeiros que chamamos quando surge algo.
Depois da rodada final da semana passada, o time tomou a decisão para {role} e, infelizmente, desta vez não foi você. Ficamos impressionados com sua visão de produto e com a forma como conduziu o exercício com stakeholders; no entanto, precisávamos de alguém com mais experiência em mercados regulados.
SUBJECT: RES: {role} – decisão final || Obrigado pela paciência enquanto concluíamos as últimas conversas. Acabamos preenchendo a vaga com uma pessoa interna, então não vamos seguir com o seu processo. Desculpe pela demora em relação ao que eu tinha prometido.
Agradecemos a sua participação na entrevista com o painel para o cargo de {role}. O painel concluiu a avaliação e lamenta informar que não foi recomendado para nomeação, e o seu nome não será incluído na lista de reserva desta vaga.
""",
        "rej_c8_warm": """
Ficamos realmente impressionados com a sua trajetória, e o time adorou conhecer as suas contribuições open source. Mesmo assim, depois de muita reflexão, decidimos seguir com outra pessoa cuja experiência se encaixa melhor nas necessidades atuais de {role}. Adoraríamos manter contato e vamos te procurar se surgir uma oportunidade.
Sua candidatura se destacou e o time dedicou tempo de verdade a ela, por isso eu quis te responder com calma. A vaga já foi preenchida, então não conseguimos seguir com o seu processo. Incluímos você na nossa comunidade de talentos para que fique sabendo das novas vagas antes de todo mundo.
Foi um prazer te conhecer ao longo do processo, e tenho certeza de que você vai encontrar um lugar incrível. Decidimos, porém, oferecer a posição a alguém com mais experiência em onboarding B2B, e por isso não avançaremos com a sua candidatura para {role}.
Que retorno incrível tivemos para a vaga de {role}! Ficamos muito felizes que tanta gente talentosa queira fazer parte da {company}. Embora a sua experiência seja muito boa, selecionamos perfis mais próximos desta posição específica, e a sua candidatura não seguirá no processo.
O seu perfil é exatamente o tipo de perfil que gostamos de ver por aqui, e vamos adorar ter notícias suas no futuro. Para esta vaga, no entanto, decidimos não prosseguir.
Parabéns por ter chegado até a última etapa: só quatro de mais de 900 inscritos chegaram lá. Infelizmente só podemos contratar uma pessoa para {role}, e o painel escolheu outra finalista.
Valorizamos muito o seu entusiasmo pela nossa missão. Decidimos, contudo, pausar a contratação para {role} até fechar a nossa rodada de investimento, e por isso estamos encerrando todas as candidaturas em aberto, inclusive a sua. Esperamos reabrir a busca e adoraríamos ver o seu nome de novo.
""",
        "ack_c8": """
Recebemos a sua candidatura para {role}! O nosso time de Pessoas analisa cada perfil e, se a sua experiência tiver a ver com o que buscamos, alguém vai entrar em contato nas próximas duas ou três semanas. Enquanto isso, você pode acompanhar cada etapa pelo portal do candidato.
SUBJECT: Inscrição confirmada – {role} || Sua inscrição foi concluída com sucesso. Código da vaga: BR-5518. Você receberá um e-mail sempre que houver mudança de etapa.
Confirmamos a receção da sua candidatura ao concurso para {role}. As candidaturas serão apreciadas após o fim do prazo, e os candidatos admitidos à fase seguinte serão contactados até ao final do próximo mês.
Valeu pela inscrição! Seu perfil para {role} já está com o time da {company}. A gente se compromete a dar retorno para todo mundo em até dez dias úteis, seja qual for o resultado.
O seu currículo está em análise pela gestora da área. Daremos retorno assim que houver uma decisão sobre os próximos passos; por enquanto, você não precisa fazer nada.
""",
        "ack_c8_volume": """
Infelizmente, devido ao grande volume de candidaturas, não conseguimos responder individualmente a cada pessoa. Sua candidatura para {role} chegou até nós e será analisada com atenção. Caso não receba notícias em quatro semanas, considere que ela não avançou desta vez.
A vaga de {role} está bastante concorrida e recebemos um número enorme de inscrições, por isso a análise está levando mais tempo que o normal. Seu perfil está com a gente, nenhuma decisão foi tomada ainda e daremos retorno assim que possível.
Lamentamos não conseguir responder pessoalmente a todas as pessoas que se candidatam. Fique tranquilo: sua candidatura foi recebida e está sendo avaliada junto com as demais. Apenas as pessoas selecionadas para a próxima etapa serão contactadas.
Desculpe a demora no retorno. O nosso time ainda está analisando as candidaturas para {role} e a sua continua em avaliação. A previsão é concluir a triagem até o fim do mês.
Sua candidatura foi registrada. Sentimos muito não poder dar feedback neste momento por causa do número de candidatos; nada foi decidido ainda e avisaremos você assim que a gestora revisar a lista final de triagem.
""",
        "inv_c8": """
Gostaríamos de te convidar para uma primeira entrevista para {role}. Será uma videochamada de 45 minutos com a gestora da vaga e um engenheiro do time. Use o link abaixo para agendar o horário que for melhor para você na próxima semana.
SUBJECT: Convocatória para entrevista – {role} || O júri do concurso convoca-o para a entrevista de seleção, que terá lugar a 14 de julho, às 10h00, nas instalações da faculdade. Deverá apresentar em 15 minutos o seu plano de investigação, seguindo-se perguntas do júri. Agradecemos a confirmação da sua presença por resposta a este e-mail.
Após a avaliação da sua prova escrita, temos o prazer de convidá-lo para uma entrevista por competências para {role}. A entrevista será realizada pelo Microsoft Teams e terá duração aproximada de uma hora. Por favor, indique a sua disponibilidade para 3, 4 ou 7 de julho.
Infelizmente o nosso gestor precisou viajar de última hora, então vamos ter que remarcar a sua entrevista para {role}. Quarta às 15h funciona para você? Se não der, escolha outro horário na agenda.
Obrigada pela paciência; estas duas semanas foram uma loucura com o lançamento do produto, e desculpe a demora em te responder depois do bate-papo com a Dana. O feedback foi muito positivo e queremos te convidar para a rodada final de entrevistas para {role}. São quatro conversas de 45 minutos: um mergulho técnico num projeto à sua escolha, uma sessão de pair programming, uma conversa de produto com a nossa diretora e um papo sobre valores com um dos fundadores. Pagamos a sua viagem até o escritório de São Paulo, ou fazemos tudo remoto se preferir. Me manda algumas datas nas próximas duas semanas e eu cuido do resto.
""",
        "inv_c8_noword": """
Seu perfil chamou a nossa atenção e a gente adoraria bater um papo! Você teria 20 minutos esta semana para uma call, para te contarmos sobre {role} e entender o que você procura? É só escolher um horário na minha agenda.
Como próxima etapa do processo, queremos te convidar para um pequeno case técnico para {role}. Você vai receber o convite da plataforma em até uma hora; são cinco dias de prazo e estimamos umas três horas de dedicação.
O time adoraria te conhecer. Você consegue passar no escritório na quinta à tarde para conhecer as pessoas com quem trabalharia? É uma conversa informal, com café, sem necessidade de preparação.
Queremos avançar com você para a etapa do estudo de caso. Amanhã cedo você receberá o case e pediremos que apresente as suas recomendações a dois sócios numa sessão de 30 minutos na próxima terça. Reserve o seu horário pelo link de agendamento.
SUBJECT: Próxima etapa: conversa com o nosso CTO || Obrigado pela sua candidatura para {role}. Queremos continuar a conversa com você; escolha um horário para uma videochamada com o nosso CTO pelo link abaixo.
Acabei de sair da reunião de alinhamento e todo mundo quer seguir com você. A última etapa é uma conversa com a nossa cofundadora, uns 45 minutos e bem tranquila. Ela tem horário na segunda ou na terça; o que fica melhor para você?
Teremos todo o gosto em recebê-lo no nosso centro de investigação em Lisboa para conhecer a equipa e visitar o laboratório. Diga-nos, por favor, se lhe dá jeito o dia 8 ou o dia 9 de julho.
""",
        "off_c8": """
Que alegria confirmar por escrito a proposta que te fiz hoje à tarde por telefone: queremos que você venha para a {company} como {role}. A carta-proposta oficial está no seu portal do candidato para você revisar e assinar. O salário é de R$ 24.000 mensais no regime CLT, com vale-refeição, plano de saúde, stock options com vesting de quatro anos e cliff de um ano, e data de início sugerida para 1º de setembro.
SUBJECT: Sua proposta da {company} chegou || A sua carta-proposta para {role} já está disponível. Acesse o portal para revisar e assinar eletronicamente. A proposta é válida por 5 dias úteis.
Temos o prazer de lhe propor a posição de {role}, sujeita a referências satisfatórias e à verificação do registo criminal. Concluídas estas verificações, enviaremos o contrato definitivo. Por favor, informe-nos até sexta-feira se aceita esta proposta condicional.
Em nome do júri, tenho o enorme prazer de informar que o Conselho Científico aprovou a sua contratação como {role} com início a 1 de janeiro, por um período de três anos. A carta oficial dos Recursos Humanos seguirá nos próximos dias, juntamente com informações sobre o apoio à mudança.
Obrigado por ter vindo ontem e por nos dedicar tanto tempo. Sei que a etapa final é longa e que você tem outros processos em andamento, então não quis te deixar esperando: o time se reuniu hoje cedo e adoraríamos ter você com a gente como {role}. Próximos passos: o time de People envia a documentação até segunda, fazemos uma checagem rápida de referências com as duas pessoas que você indicou e depois combinamos uma data de início que respeite o seu aviso prévio. Antes disso, quero te apresentar o pacote completo; uma call amanhã às 11h funciona?
Na sequência da sua entrevista, temos o prazer de lhe apresentar uma proposta de nomeação para o cargo de {role}, categoria P-3, escalão 1, posto de trabalho em Genebra. A proposta está condicionada à aprovação médica e à verificação dos seus diplomas. Pedimos que confirme a sua aceitação no prazo de dez dias através do formulário em anexo.
""",
        "off_c8_negotiation": """
Obrigada por ter sido tão transparente com as suas expectativas. Voltei a falar com o time de remuneração e fico feliz em dizer que conseguimos subir o salário para R$ 27.500 e incluir um bônus de contratação de R$ 20.000. O restante da proposta para {role} continua igual; a carta atualizada segue em anexo.
Conversei sobre a sua contraproposta com o gestor. Infelizmente não conseguimos ir além do salário oferecido, que já está no topo da faixa para {role}. O que podemos fazer é antecipar a sua primeira revisão salarial para seis meses. A proposta continua de pé e a gente quer muito você no time; me dá um retorno até quarta?
""",
        "oth_c8": """
Confirmamos que você retirou a sua candidatura para {role}. Obrigado por nos avisar. Se foi um engano, é possível se inscrever novamente enquanto a vaga estiver aberta.
Como foi a sua experiência no nosso processo seletivo? Queremos muito saber. A pesquisa leva menos de três minutos e as respostas não influenciam nenhuma decisão de contratação.
Você está convidado para o nosso open house online no dia 18 de junho: conheça engenheiros da {company}, saiba mais sobre a nossa stack e tire todas as suas dúvidas sobre trabalhar aqui. A inscrição é gratuita.
""",
        "oth_alert": """
Novas vagas para a sua busca salva "dados, remoto": {role} na {company} (remoto, Brasil), Engenheiro de Analytics na Jabuti Seguros (Curitiba, híbrido) e mais 21 vagas. Altere a frequência destes alertas nas suas configurações.
""",
        "oth_newsletter": """
Novidades da {company}, edição de junho: abrimos escritório em Recife, o time de plataforma de dados conta como reduziu custos em 40% e as nossas recrutadoras dão cinco dicas para um portfólio que se destaca. E mais: os próximos meetups em Belo Horizonte e no Porto.
""",
        "oth_cold": """
Sou headhunter da Talentwise Search e estou conduzindo uma busca exclusiva para {role} numa scale-up de logística em São Paulo que acabou de levantar a série B. O seu perfil tem tudo a ver. Topa uma conversa rápida esta semana para saber mais? O pacote está acima do mercado e o modelo é 100% remoto.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Hey {first},",
            "Dear Alex Rivera,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for considering {company} for the next chapter of your career.",
            "We appreciate the time you've put into your application for {role}.",
            "Thank you for applying to {company}.",
        ],
        "wish": [
            "We wish you every success in your search.",
            "All the best with your next steps, and thanks again.",
            "We hope our paths cross again.",
            "Best of luck in your career.",
        ],
        "marketing": [
            "{company} was just named one of the best places to work in tech for 2025. Read the story on our blog.",
            "Did you know? Our teams span 14 countries and we offer four weeks of fully remote work each year.",
            "New on our podcast: how our engineers ship to production forty times a day.",
        ],
        "sign": [
            "Best regards,\n{sender}\nTalent Acquisition, {company}",
            "Cheers,\n{sender_first}",
            "Kind regards,\nThe {company} Recruiting Team",
            "Warmly,\n{sender}\nPeople Team | {company}",
        ],
        "footer": [
            "{company} · 500 Howard Street, San Francisco, CA · Privacy policy · Unsubscribe",
            "You received this e-mail because you applied for a position at {company}. Sent via our applicant tracking system.",
            "{company} is an equal opportunity employer. Please do not reply to this automated address.",
        ],
        "subject_app": [
            "Your application to {company}",
            "{role} at {company}",
            "Update on your application – {role}",
            "{company} | {role}",
        ],
        "subject_inv": [
            "Next steps – {role} at {company}",
            "{company}: let's find a time",
            "Scheduling – {role}",
            "Your application to {company}",
        ],
        "subject_off": [
            "Your offer – {role}",
            "{company} – offer details",
            "Welcome to {company}!",
            "{role}: next steps",
        ],
        "subject_oth": ["{company} Careers", "News from {company}", "A message from {company}"],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first},",
            "Liebe/r {first},",
            "Grüezi {first},",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke für dein Interesse an {company}.",
            "Vielen Dank, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Stellensuche.",
            "Wir wünschen dir für deinen weiteren Weg alles Gute.",
            "Viel Erfolg dir bei der weiteren Suche!",
        ],
        "marketing": [
            "{company} wurde gerade als einer der besten Arbeitgeber der Schweiz ausgezeichnet. Mehr dazu in unserem Blog.",
            "Schon gewusst? Bei uns gibt es vier Wochen Workation pro Jahr und ein Weiterbildungsbudget für alle.",
        ],
        "sign": [
            "Freundliche Grüsse\n{sender}\nHR, {company}",
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\nDein Talent-Team von {company}",
        ],
        "footer": [
            "{company} · Bahnhofstrasse 12 · 6300 Zug · Datenschutz · Abmelden",
            "Diese E-Mail wurde automatisch über unser Bewerbermanagementsystem versendet.",
            "{company} GmbH · Torstraße 109 · 10119 Berlin · Impressum",
        ],
        "subject_app": [
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "{role} bei {company}",
            "Rückmeldung zu Ihrer Bewerbung – {role}",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "{company}: Terminabstimmung",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
        ],
        "subject_off": [
            "Ihr Angebot – {role}",
            "Dein Angebot – {role}",
            "Willkommen bei {company}!",
        ],
        "subject_oth": ["{company} Karriere", "Neuigkeiten von {company}"],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Salut {first},",
            "Madame, Monsieur,",
        ],
        "thanks": [
            "Merci de l'intérêt que vous portez à {company}.",
            "Nous vous remercions pour votre candidature.",
            "Merci d'avoir pensé à {company} pour la suite de votre carrière.",
        ],
        "wish": [
            "Nous vous souhaitons plein succès dans vos démarches.",
            "Au plaisir de croiser de nouveau votre parcours.",
            "Nous vous adressons nos meilleurs vœux pour la suite de votre carrière.",
        ],
        "marketing": [
            "{company} vient d'être reconnue parmi les meilleurs employeurs du Québec. Découvrez pourquoi sur notre blogue.",
            "Le saviez-vous? Nos équipes travaillent dans 9 pays et profitent de la semaine de quatre jours l'été.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nAcquisition de talents, {company}",
            "Bien à vous,\n{sender}",
            "Au plaisir,\n{sender_first}",
            "Meilleures salutations,\nL'équipe RH de {company}",
        ],
        "footer": [
            "{company} · 1250, boul. René-Lévesque Ouest, Montréal (Québec) · Se désabonner",
            "Ce courriel a été envoyé automatiquement par notre logiciel de recrutement. Merci de ne pas y répondre.",
            "{company} SA · Avenue de la Gare 10 · 1003 Lausanne · Politique de confidentialité",
        ],
        "subject_app": [
            "Votre candidature chez {company}",
            "{role} – {company}",
            "Suivi de votre candidature – {role}",
        ],
        "subject_inv": [
            "Prochaines étapes – {role}",
            "{company} : planification",
            "Votre candidature – {role}",
        ],
        "subject_off": ["Votre offre – {role}", "Bienvenue chez {company}!", "{role} : la suite"],
        "subject_oth": ["Carrières {company}", "Des nouvelles de {company}"],
    },
    "es": {
        "greet": ["Hola {first}:", "Hola {first},", "Estimado/a {first}:", "¡Hola, {first}!"],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Gracias por el tiempo que dedicaste a tu postulación.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en su carrera profesional.",
            "Ojalá nuestros caminos se crucen de nuevo.",
        ],
        "marketing": [
            "{company} fue reconocida como uno de los mejores lugares para trabajar en Latinoamérica. Lee la historia en nuestro blog.",
            "¿Sabías que? Nuestro equipo trabaja desde 11 países y tenemos un mes al año de trabajo desde cualquier lugar.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}\nEquipo de Talento, {company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\nRecursos Humanos de {company}",
        ],
        "footer": [
            "{company} · Av. Paseo de la Reforma 296, Ciudad de México · Aviso de privacidad · Darse de baja",
            "Este correo fue enviado automáticamente por nuestro sistema de selección. No respondas a esta dirección.",
            "{company} S.A.S. · Calle 93 #11-26, Bogotá · Política de datos",
        ],
        "subject_app": [
            "Tu postulación en {company}",
            "{role} – {company}",
            "Actualización sobre tu postulación",
        ],
        "subject_inv": [
            "Próximos pasos – {role}",
            "{company}: agendemos",
            "Tu postulación – {role}",
        ],
        "subject_off": [
            "Tu oferta – {role}",
            "¡Bienvenido/a a {company}!",
            "{role}: próximos pasos",
        ],
        "subject_oth": ["Empleo en {company}", "Novedades de {company}"],
    },
    "pt": {
        "greet": ["Olá {first},", "Oi {first}, tudo bem?", "Caro Alex Rivera,", "Olá, {first}!"],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos o tempo que você dedicou à sua candidatura.",
            "Obrigada por considerar a {company} para o próximo passo da sua carreira.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada.",
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Boa sorte e até uma próxima!",
        ],
        "marketing": [
            "A {company} acaba de entrar na lista de melhores empresas para trabalhar em tecnologia. Leia no nosso blog.",
            "Você sabia? Temos pessoas em 8 países e um mês por ano de trabalho de qualquer lugar.",
        ],
        "sign": [
            "Abraços,\n{sender_first}",
            "Atenciosamente,\n{sender}\nTime de Pessoas, {company}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
        ],
        "footer": [
            "{company} · Av. Paulista, 1374, São Paulo/SP · Política de privacidade · Descadastrar",
            "Este e-mail foi enviado automaticamente pela nossa plataforma de recrutamento. Não responda a este endereço.",
            "{company} · Rua Castilho 50, Lisboa · Proteção de dados",
        ],
        "subject_app": [
            "Sua candidatura na {company}",
            "{role} – {company}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "{company}: vamos agendar?",
            "Sua candidatura – {role}",
        ],
        "subject_off": [
            "Sua proposta – {role}",
            "Bem-vindo à {company}!",
            "{role}: próximos passos",
        ],
        "subject_oth": ["Carreiras {company}", "Novidades da {company}"],
    },
}

THREAD: dict[str, str] = {
    "en": (
        "Hi {sender_first},\nI hope you're well! I wanted to follow up on my application for "
        "{role}. I'm still very keen on the role and happy to send anything else you need.\n"
        "Best,\nAlex\n\n{header2}\nHi Alex,\nThanks for reaching out. The team is meeting this "
        "week to go through the remaining candidates, and I'll update you as soon as I can.\n"
    ),
    "de": (
        "Hallo {sender_first},\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} "
        "erkundigen. Ich bin nach wie vor sehr interessiert.\nViele Grüße\nAlex\n\n{header2}\n"
        "Hallo Alex,\ndanke für die Nachfrage. Das Team bespricht diese Woche die restlichen "
        "Bewerbungen, ich melde mich so bald wie möglich.\n"
    ),
    "fr": (
        "Bonjour {sender_first},\nJe me permets de faire un suivi concernant ma candidature au "
        "poste de {role}. Le poste m'intéresse toujours beaucoup.\nAlex\n\n{header2}\nBonjour "
        "Alex,\nMerci pour votre message. L'équipe se réunit cette semaine pour faire le point "
        "et je vous reviens dès que possible.\n"
    ),
    "es": (
        "Hola {sender_first}:\nQuería hacer seguimiento de mi postulación para {role}. Sigo muy "
        "interesado y puedo enviarte lo que necesites.\nSaludos,\nAlex\n\n{header2}\nHola Alex,"
        "\nGracias por escribir. El equipo se reúne esta semana para revisar a los candidatos "
        "que quedan y te aviso en cuanto sepa algo.\n"
    ),
    "pt": (
        "Olá {sender_first},\nQueria saber se há novidades sobre a minha candidatura para "
        "{role}. Continuo muito interessado.\nAbraço,\nAlex\n\n{header2}\nOi Alex,\nObrigada "
        "pelo contato. O time se reúne esta semana para avaliar os candidatos restantes e te "
        "dou um retorno assim que possível.\n"
    ),
}
