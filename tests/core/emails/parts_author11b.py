# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Job-search mail passages by author 11b.

Writers: small-business owners (bakery, restaurant, workshop, building firm), hospital and
care-home HR, schools, universities, city councils and ministries, NGOs, law and accounting
firms, retail and hospitality chains, manufacturing plants, agency recruiters writing about
"my client", ATS auto-mails, startup founders and hiring managers writing personally.
Registers range from formal public-sector letters to two-line notes; German has Sie and du.
Families (same keys in en, de, fr, es, pt): rejections before interview, after interview,
after tests or trial shifts, for programmes/apprenticeships, public-sector lists, plain
one-liners, and agency relays; receipts from portals, from people, and with timelines;
invitations to calls, on-site stages, and pick-a-slot or second-chance invitations; written
and verbal/conditional offers; other mail (alerts, newsletters, events, account mail,
withdrawal confirmations, surveys, cold outreach).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrow & Vale Solicitors",
    "Klinikum am Lindenhof",
    "Boulangerie Marchand",
    "Fundación Cauce",
    "Metalúrgica Serra Azul",
    "Northgate City Council",
    "Brightloop",
    "Osterberg Steuerberatung",
    "Hoteles Miramar",
    "Lumen Care Homes",
    "Université de Val-Clair",
)

ROLES: tuple[str, ...] = (
    "Payroll Administrator",
    "Staff Nurse",
    "Maintenance Technician",
    "Junior Associate",
    "Store Supervisor",
    "Data Analyst",
    "Project Coordinator",
    "Teaching Assistant",
    "Sous Chef",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Okafor", "priya.okafor@{domain}"),
    ("Talent Acquisition", "noreply@notify.hireflow.example"),
    ("Recrutement", "recrutement@{domain}"),
    ("Jonas Weber", "jonas@{domain}"),
    ("Recursos Humanos", "rrhh@{domain}"),
    ("Marta Quintela", "marta.quintela@talentbridge.example"),
    ("Careers Team", "careers@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Sam Hollis", "sam@{domain}"),
    ("Equipa de Recrutamento", "recrutamento@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_before_interview": """
We've reviewed your application for the {role} position and have decided not to move forward with it at this stage.
After looking at all the applications we received, we won't be inviting you to interview for {role}. We had well over two hundred applicants for a single opening and the shortlist was very tight.
SUBJECT: {role} – update || Thanks for applying. I've read through your CV and, honestly, we need someone with hands-on payroll software experience from day one, which I didn't see in yours. So I'm going to pass this time.
Your application has been reviewed by the hiring team. Your profile does not match the requirements for this vacancy closely enough, and it will not be progressed further.
This is an automated message: the status of your application for {role} has changed to "Not selected". You can still browse and apply for other openings from your candidate account.
We had a look at your application and for now we're going to focus on people who live within commuting distance of the plant, since the role involves on-call shifts at short notice.
Thank you for your patience while we went through the applications. The position has been filled internally, so we are closing the recruitment without holding interviews.
The shortlisting panel met on Tuesday. I'm sorry to say your application wasn't among those shortlisted for the {role} post.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with us last week. The panel was impressed by your preparation, but in the end we've decided to go in a different direction and offer the role to another candidate.
It was good to talk to you on Thursday. After discussing all the interviews, the team preferred candidates with more experience managing client accounts directly, so we won't be taking your application further.
SUBJECT: Following your interview || I tried to call but couldn't get through, so here it is in writing: we've offered the {role} job to someone else. It was close, and I appreciated how open you were about the gaps in your experience.
Following your interview on 14 March, I regret to inform you that you have not been successful on this occasion. If you would like feedback, reply to this email and the chair of the panel will arrange a short call.
We've now completed the second round and have chosen not to take you through to the final stage.
Thanks again for coming in to see the kitchen. Chef and I talked it over and we're going with someone who can start straight away rather than in six weeks.
The interview panel has made its decision. On this occasion the post has been offered to a candidate whose experience more closely matched the person specification, particularly around safeguarding.
I'm the founder, so I wanted to write this myself: we're not going to make you an offer. You'd do great somewhere with more structure than we can give right now, and it wouldn't be fair to you.
""",
        "rej_after_test": """
Thank you for completing the online assessment. Your results did not reach the threshold required to progress to the next stage of the selection process.
We've marked the take-home exercise. The approach was sensible, but the solution left out the data validation step we asked for, and given the number of strong submissions we won't be continuing with your application.
Thank you for working the trial shift on Saturday. The team felt the pace on the floor wasn't quite the right fit, so we won't be offering you the position.
Your assessment centre results have now been reviewed. You did well in the group exercise, but your written case study scored below the level needed and your application has been closed.
SUBJECT: Numerical reasoning test – outcome || Your score in the numerical reasoning test placed you outside the group selected for interview. You may reapply for future vacancies after six months.
""",
        "rej_programme": """
Thank you for applying to our 2025 Graduate Programme. Competition for places was extremely strong this year and we are unable to offer you a place on the scheme.
All apprenticeship places for the September intake have now been filled. Your application was not successful this time, but you're welcome to apply again when the next round opens in January.
The selection committee has reviewed all applications to the summer internship. Your application was not retained.
Regarding your application for the traineeship in our audit department: we will not be able to offer you a place in this cohort.
Your application for the nurse residency programme has been considered by the education team. We can't progress it, as the programme is open only to nurses within their first 18 months of registration.
""",
        "rej_public_sector": """
The results of shortlisting for vacancy ref. NCC-2291 are now available. Your application did not meet the essential criteria and has not been shortlisted.
Following the competition for the post of {role}, you have not been placed on the panel of successful candidates. Placement on the panel is based on the final ranking of marks.
We write to inform you that the recruitment board has concluded its assessment. Your name does not appear on the reserve list, which will remain valid for twelve months.
The appointment process for {role} at the Ministry has now closed. You were ranked below the cut-off and will not be invited to the next stage.
""",
        "rej_plain": """
We won't be moving forward with your application.
The position has been filled. Thank you.
Not this time, I'm afraid. We've hired for the role.
SUBJECT: Re: {role} || Hi, we went with another applicant. Good luck.
Application status: closed – another candidate was selected.
""",
        "rej_agency": """
I've had feedback from my client on your CV. They've decided to progress with candidates who have a stronger background in regulated manufacturing, so they won't be taking you forward for this one.
Quick update on the {role} role with my client: they've put the search on hold for the rest of the quarter, so your application won't go any further for now. I'll keep your details on file.
Just heard back from the hiring manager after your second interview. They've gone with an internal candidate. I know that's frustrating after two rounds.
My client has reviewed the shortlist I sent and your profile wasn't selected for interview. Their main concern was the three-month notice period.
The client came back this morning: they liked you, but they offered the position to another candidate, who accepted yesterday.
""",
        "ack_portal": """
We have received your application for {role}. Your reference number is REQ-48213. You can track the status of your application at any time by logging into your candidate account.
This email confirms that your application was submitted successfully. Our recruiting team will review your profile and contact you if your qualifications match our needs.
SUBJECT: Application received – {role} || Thanks for applying! Your application is now with the hiring team. Please don't reply to this message; the mailbox isn't monitored.
Application ID 00731-B was logged in our system on 03/04. No further action is needed from you at this time.
Your application to {company} is complete. We've attached a copy of the information you submitted for your records.
""",
        "ack_personal": """
Got your CV, thanks! I'm going through applications over the weekend and will get back to you early next week either way.
Thanks for sending your details through for the {role} job. I've passed them to our practice manager, who does the first review.
Just a quick note to say your letter arrived safely. We're a small team so it might take a little while, but I read every application myself.
Thanks for your email and CV. I'm in and out of the workshop this week, so give me until Friday to have a proper look.
Received with thanks. I'll share it with the other partners at our Monday meeting.
""",
        "ack_timeline": """
Your application has been received and will be considered after the closing date of 30 April. Shortlisted candidates will be contacted by 12 May.
We acknowledge receipt of your application for the {role} vacancy. Applications are assessed by a selection board after the closing date, and the process normally takes six to eight weeks.
We are currently reviewing applications and expect to finalise our shortlist within the next two weeks. We'll be in touch either way.
Your application is now under review. Because of the high volume of applications, please allow up to 21 working days for a response.
""",
        "inv_call": """
I'd like to set up a 20-minute phone call to learn a bit more about your background. Are you free on Wednesday or Thursday afternoon?
We'd like to invite you to a video interview with our hiring manager. The call will take place on Teams and last about 45 minutes; please reply with two or three times that work for you next week.
SUBJECT: Quick chat? || Loved your portfolio. Fancy a call this week? Nothing formal, just me and our CTO, maybe 30 minutes.
Your application has progressed to the next stage: a recorded video interview. You'll receive a separate link and will have five days to complete it.
My client would like to speak with you about the {role} role. Could you do a first call with their head of operations on Tuesday at 10:00?
""",
        "inv_onsite": """
We would like to invite you to an interview at our office on Monday 9 June at 14:00. Please bring photo ID and copies of your qualifications; the interview will last about an hour.
Could you come in for a trial shift this Saturday from 11 to 3? Wear black trousers and comfy shoes, we'll give you an apron.
You have been shortlisted for the assessment day on 22 May, which includes a group exercise, a written task and a panel interview. Please confirm your attendance by return.
We'd like you to come and see the plant and meet the production manager. Would Thursday at 8:30 work? Ask for me at the gatehouse.
You've been selected for the next stage: a 90-minute technical test at our premises, followed by an interview with the team lead.
""",
        "inv_slot": """
Please use the link below to choose a time for your first interview. Slots are available from 10 to 14 March; if none suit you, let us know and we'll find an alternative.
I owe you an apology: the email you got last week saying your application was unsuccessful was sent in error by our system. We'd very much like to interview you. Could you pick a slot in the calendar linked below?
You may remember we turned you down for the warehouse role in the spring. A supervisor position has just opened that I think suits you better, and I'd like to invite you to interview if you're still interested.
Sorry for the slow reply, it's been a chaotic month. We'd still love to meet you, so book any 45-minute slot that suits you on the scheduling page below.
""",
        "off_written": """
I'm delighted to offer you the position of {role} at {company}. Your starting salary will be £34,500 a year and we'd like you to start on 1 September. Your contract is attached; please sign and return it by Friday.
Following your interviews, we are pleased to make you a formal offer of employment. Salary, hours and benefits are set out in the attached offer letter.
SUBJECT: Welcome aboard || Welcome to the team! Attached you'll find your contract, the staff handbook and a form for your bank details. Your first shift is Monday at 7am.
The Board has approved your appointment as {role} on a fixed-term contract of 24 months at Grade 6. Please confirm your acceptance in writing within ten days.
We'd love you to join us. The offer: €58,000 base, 0.2% equity vesting over four years, and a start date of your choosing in May. The paperwork is waiting for your e-signature.
""",
        "off_verbal_conditional": """
Great speaking to you just now. As discussed, I'm confirming our verbal offer for the {role} job; the written contract will follow once HR has prepared it.
We are pleased to offer you the role, subject to two satisfactory references and a clear enhanced background check.
My client has asked me to tell you they'd like to offer you the job. They're proposing 42k plus bonus, starting in six weeks. Can we talk this afternoon to go through it?
This conditional offer is subject to confirmation of your right to work, verification of your professional registration and occupational health clearance.
""",
        "oth_alerts_news": """
12 new jobs match your saved search "project coordinator near you". See them before they close.
Our monthly careers newsletter is here: meet the team behind our new distribution centre, read tips on writing a cover letter and see what's coming up.
You're invited to our virtual career fair on 18 October. Chat live with recruiters from 40 companies, free of charge.
Join our free webinar "Getting into the public sector" next Wednesday at 6pm. Register in one click.
Jobs you might like this week, picked for you based on your profile.
""",
        "oth_account": """
Please confirm your email address to activate your candidate account.
Your password was changed successfully. If you didn't make this change, contact support.
We've received your request to withdraw your application for {role}. Your application has been withdrawn and will no longer be considered.
Your profile is only 60% complete. Add your work history and a CV to help recruiters find you.
How did we do? Tell us about your experience applying to {company} in a two-minute survey.
""",
        "oth_outreach": """
I came across your profile and thought you might be open to a conversation about a role I'm working on. Would you be up for a quick chat?
I'm a recruiter specialising in finance roles in the Midlands and would be happy to add you to my network and let you know when relevant roles come up.
We're holding an open evening at the hospital on 5 November for nurses thinking about a move. Drop in any time between 5 and 8pm.
""",
    },
    "de": {
        "rej_before_interview": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Wir haben uns Ihre Unterlagen genau angesehen. Für diese Stelle suchen wir jedoch jemanden mit abgeschlossener Ausbildung im Elektrobereich, deshalb kommt ein Vorstellungsgespräch nicht in Frage.
Danke für deine Bewerbung! Wir haben uns dein Profil angeschaut und entschieden, mit anderen Kandidat:innen weiterzumachen.
Nach Sichtung aller eingegangenen Bewerbungen haben wir uns für Bewerberinnen und Bewerber entschieden, deren Profil den Anforderungen der Stelle näherkommt.
SUBJECT: Ihre Bewerbung – Statusänderung || Der Status Ihrer Bewerbung wurde auf „Nicht berücksichtigt" gesetzt. Sie können sich jederzeit auf weitere offene Stellen in unserem Karriereportal bewerben.
Die Stelle wurde zwischenzeitlich intern besetzt. Ihre Unterlagen senden wir Ihnen auf Wunsch gerne zurück.
Ich habe deine Bewerbung mit Interesse gelesen, aber ehrlich gesagt passt das nicht zu dem, was wir im Laden gerade brauchen. Wir brauchen jemanden, der auch samstags kann.
Ihre Bewerbung wurde geprüft. Eine Einladung zum Vorstellungsgespräch können wir Ihnen nicht aussprechen.
""",
        "rej_after_interview": """
vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden.
Wir haben alle Gespräche ausgewertet. Die Auswahlkommission hat Bewerber mit mehr Erfahrung in der Mandatsbetreuung bevorzugt; wir werden Ihre Bewerbung daher nicht weiterverfolgen.
SUBJECT: Rückmeldung zu unserem Gespräch || Ich wollte dich eigentlich anrufen, hab dich aber nicht erreicht: Wir haben uns nach dem zweiten Gespräch für jemand anderen entschieden. Es war echt knapp.
Nach Abschluss der Vorstellungsgespräche teilen wir Ihnen mit, dass wir Ihnen die Stelle nicht anbieten werden. Für ein kurzes Feedbackgespräch steht Ihnen Frau Keller gerne zur Verfügung.
Das Team hat sich nach den Gesprächen gegen eine Zusammenarbeit entschieden.
Danke, dass du in der Küche vorbeigekommen bist. Wir haben lange überlegt, nehmen aber jemanden, der sofort anfangen kann.
Der Personalrat hat der Auswahlentscheidung zugestimmt. Die Stelle wird mit einer anderen Bewerberin besetzt; Ihre Bewerbung blieb in diesem Verfahren ohne Erfolg.
Als Gründer schreibe ich dir das lieber selbst: Wir machen dir kein Angebot. Wir brauchen gerade jemanden mit deutlich mehr Vertriebserfahrung.
""",
        "rej_after_test": """
Vielen Dank für die Teilnahme am Online-Test. Ihr Ergebnis liegt unter dem für die nächste Runde erforderlichen Wert.
Danke für deinen Probearbeitstag am Samstag. Das Team hat sich dagegen entschieden, dich einzustellen.
Die Auswertung des Assessment-Centers ist abgeschlossen. Im Rollenspiel haben Sie überzeugt, in der Fallstudie jedoch nicht die erforderliche Punktzahl erreicht. Wir beenden daher das Verfahren mit Ihnen.
Wir haben Ihre Arbeitsprobe begutachtet. Sie entspricht nicht ganz unseren Erwartungen an die Detailtiefe, weshalb wir von einer weiteren Berücksichtigung absehen.
SUBJECT: Ergebnis Eignungstest || Sie haben den Eignungstest nicht bestanden. Eine erneute Bewerbung ist frühestens in zwölf Monaten möglich.
""",
        "rej_programme": """
Vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Industriemechaniker. Alle Ausbildungsplätze für das kommende Ausbildungsjahr sind bereits vergeben.
Für unser Traineeprogramm 2025 haben wir sehr viele Bewerbungen erhalten. Wir können Ihnen keinen Platz anbieten.
Mit dem Pflichtpraktikum bei uns hat es diesmal nicht geklappt – die Plätze für das Wintersemester sind voll.
Ihre Bewerbung für das duale Studium wurde sorgfältig geprüft. Wir müssen Ihnen eine Absage erteilen.
Das Auswahlgremium für das Volontariat hat entschieden. Ihre Bewerbung konnte nicht berücksichtigt werden.
""",
        "rej_public_sector": """
Im Stellenbesetzungsverfahren Kennziffer 2024/117 wurden Sie nicht in die engere Auswahl einbezogen, da Sie die in der Ausschreibung genannten Mindestanforderungen nicht erfüllen.
Hiermit teilen wir Ihnen mit, dass das Auswahlverfahren abgeschlossen und die Stelle anderweitig besetzt wurde. Ihre Unterlagen werden nach sechs Monaten gemäß den Datenschutzbestimmungen vernichtet.
Nach dem Ergebnis des Auswahlverfahrens befinden Sie sich auf Rangplatz 7 und können bei der Besetzung der drei ausgeschriebenen Stellen nicht berücksichtigt werden.
Das Ministerium hat die Stelle mit einer Bewerberin aus dem eigenen Geschäftsbereich besetzt. Ihrer Bewerbung konnte nicht entsprochen werden.
""",
        "rej_plain": """
Wir haben uns anders entschieden.
Die Stelle ist vergeben.
Hat nicht gepasst, wir haben jemanden gefunden.
SUBJECT: AW: {role} || Hallo, wir haben die Stelle schon besetzt. Viel Erfolg weiterhin.
Status Ihrer Bewerbung: geschlossen – nicht ausgewählt.
""",
        "rej_agency": """
Ich habe Rückmeldung von meinem Mandanten erhalten: Man hat sich für Kandidaten mit mehr Erfahrung im Medizinproduktebereich entschieden.
Kurzes Update zur Position bei meinem Kunden: Das Projekt wurde gestoppt, die Stelle wird vorerst nicht besetzt. Damit ist Ihre Bewerbung hinfällig.
Mein Kunde hat sich nach dem Zweitgespräch für einen internen Kandidaten entschieden. Ich weiß, das ist nach zwei Runden bitter.
Unser Auftraggeber hat die vorgestellten Profile gesichtet und Sie nicht zum Gespräch eingeladen; ausschlaggebend war die Gehaltsvorstellung.
Der Kunde hat heute Morgen abgesagt – du warst ihnen sympathisch, aber sie haben einem anderen Kandidaten das Angebot gemacht.
""",
        "ack_portal": """
Ihre Bewerbung für die Position {role} ist bei uns eingegangen. Ihre Referenznummer lautet 2024-0913. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
SUBJECT: Eingangsbestätigung – {role} || Danke für deine Bewerbung! Sie liegt jetzt beim Recruiting-Team, wir melden uns.
Ihre Online-Bewerbung wurde erfolgreich übermittelt. Eine Kopie Ihrer Angaben finden Sie im Anhang.
Bewerbungs-ID 7731-K wurde am 04.03. registriert. Aktuell ist keine weitere Aktion Ihrerseits erforderlich.
""",
        "ack_personal": """
Danke für deine Unterlagen! Ich schau sie mir am Wochenende an und melde mich Anfang nächster Woche, so oder so.
Ihre Bewerbung habe ich an unsere Praxismanagerin weitergeleitet, die die erste Durchsicht übernimmt.
Ihre Unterlagen sind gut angekommen. Wir sind ein kleiner Betrieb, es kann also etwas dauern, aber ich lese jede Bewerbung selbst.
Hab deine Mail bekommen. Diese Woche bin ich viel auf Baustellen unterwegs, gib mir bis Freitag.
Ihre Bewerbung liegt mir vor. Ich bespreche sie am Montag mit den Partnern der Kanzlei.
""",
        "ack_timeline": """
Ihre Bewerbung wird nach Ablauf der Bewerbungsfrist am 30. April berücksichtigt. Mit einer Entscheidung über Einladungen zu Vorstellungsgesprächen ist bis Mitte Mai zu rechnen.
Wir bestätigen den Eingang Ihrer Bewerbung. Das Auswahlverfahren dauert erfahrungsgemäß sechs bis acht Wochen; wir bitten um etwas Geduld.
Wir sichten derzeit alle Bewerbungen und möchten die Vorauswahl in den nächsten zwei Wochen abschließen. Sie hören in jedem Fall von uns.
Ihre Bewerbung befindet sich in Prüfung. Aufgrund der hohen Zahl an Zuschriften kann die Bearbeitung bis zu drei Wochen dauern.
""",
        "inv_call": """
Wir würden Sie gerne in einem kurzen Telefonat von etwa 20 Minuten näher kennenlernen. Passt Ihnen Mittwoch oder Donnerstag am Nachmittag?
Wir laden Sie herzlich zu einem Videointerview über Teams ein. Bitte nennen Sie uns zwei bis drei mögliche Termine in der kommenden Woche.
SUBJECT: Kurzer Call? || Dein Portfolio hat uns echt gefallen. Hast du diese Woche Zeit für einen lockeren Call mit mir und unserer CTO? So 30 Minuten.
Ihre Bewerbung hat die nächste Runde erreicht. Als nächsten Schritt bitten wir Sie um ein zeitversetztes Videointerview; den Link erhalten Sie in einer separaten E-Mail.
Mein Mandant möchte Sie gerne kennenlernen. Hätten Sie am Dienstag um 10 Uhr Zeit für ein erstes Telefonat mit der Bereichsleitung?
""",
        "inv_onsite": """
Wir laden Sie zu einem Vorstellungsgespräch am Montag, 9. Juni, um 14 Uhr in unsere Geschäftsstelle ein. Bitte bringen Sie einen Lichtbildausweis mit.
Hast du Lust, am Samstag zum Probearbeiten vorbeizukommen? Von 11 bis 15 Uhr, schwarze Hose und bequeme Schuhe, die Schürze kriegst du von uns.
Sie sind für unseren Auswahltag am 22. Mai vorgesehen: Gruppenübung, schriftliche Aufgabe und Gespräch mit der Kommission. Bitte bestätigen Sie Ihre Teilnahme.
Kommen Sie doch bei uns im Werk vorbei und lernen Sie den Produktionsleiter kennen. Ginge Donnerstag um 8:30 Uhr? Melden Sie sich einfach an der Pforte.
Sie sind in der nächsten Runde: ein 90-minütiger Fachtest bei uns vor Ort, anschließend ein Gespräch mit der Teamleitung.
""",
        "inv_slot": """
Bitte wählen Sie über den folgenden Link einen Termin für das Erstgespräch aus. Freie Termine gibt es vom 10. bis 14. März.
Ich muss mich entschuldigen: Die Absage, die Sie letzte Woche erhalten haben, wurde von unserem System irrtümlich verschickt. Wir möchten Sie sehr gerne zum Gespräch einladen. Können Sie sich einen Termin im verlinkten Kalender aussuchen?
Wir hatten dir im Frühjahr für die Lagerstelle abgesagt. Jetzt ist eine Stelle als Schichtleiter frei geworden, die besser zu dir passt – hättest du Lust auf ein Gespräch?
Entschuldigen Sie die späte Antwort, bei uns war viel los. Wir würden Sie trotzdem sehr gerne kennenlernen; buchen Sie einfach einen passenden Termin über unsere Terminseite.
""",
        "off_written": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Das Bruttojahresgehalt beträgt 52.000 Euro, Arbeitsbeginn ist der 1. September. Den Arbeitsvertrag finden Sie im Anhang; bitte senden Sie ihn bis Freitag unterschrieben zurück.
Im Anschluss an die Gespräche möchten wir Ihnen ein Vertragsangebot unterbreiten. Vergütung, Arbeitszeit und Zusatzleistungen entnehmen Sie bitte dem beigefügten Angebotsschreiben.
SUBJECT: Willkommen im Team! || Herzlich willkommen bei uns! Anbei dein Arbeitsvertrag, das Mitarbeiterhandbuch und ein Formular für deine Bankverbindung. Deine erste Schicht ist Montag um 7 Uhr.
Der Vorstand hat Ihrer Einstellung zugestimmt, befristet auf 24 Monate in Entgeltgruppe E 11 TV-L. Bitte teilen Sie uns innerhalb von zehn Tagen schriftlich mit, ob Sie das Angebot annehmen.
Wir wollen dich unbedingt im Team! Unser Angebot: 58.000 Euro fix, virtuelle Anteile und ein Start im Mai, wann es dir passt. Der Vertrag liegt zur digitalen Unterschrift bereit.
""",
        "off_verbal_conditional": """
Schön, dass wir eben telefonieren konnten. Wie besprochen bestätige ich Ihnen hiermit unsere mündliche Zusage; der schriftliche Vertrag folgt, sobald die Personalabteilung ihn erstellt hat.
Wir bieten Ihnen die Stelle an, vorbehaltlich zweier positiver Referenzen und eines einwandfreien erweiterten Führungszeugnisses.
Mein Kunde möchte Ihnen die Stelle anbieten: 62.000 Euro plus Bonus, Start in sechs Wochen. Können wir heute Nachmittag kurz telefonieren und die Details durchgehen?
Dieses Angebot steht unter dem Vorbehalt der betriebsärztlichen Eignungsuntersuchung und der Vorlage Ihrer Approbationsurkunde.
""",
        "oth_alerts_news": """
12 neue Jobs passen zu Ihrem Suchauftrag „Projektkoordination in Ihrer Nähe". Jetzt ansehen, bevor sie weg sind.
Unser Karriere-Newsletter für diesen Monat: ein Blick hinter die Kulissen unseres neuen Logistikzentrums, Tipps fürs Anschreiben und kommende Termine.
Wir laden dich zur virtuellen Jobmesse am 18. Oktober ein. Chatte live mit Recruiter:innen von 40 Unternehmen, kostenlos.
Kostenloses Webinar „Einstieg in den öffentlichen Dienst" am nächsten Mittwoch um 18 Uhr. Jetzt mit einem Klick anmelden.
Jobs, die diese Woche zu Ihrem Profil passen könnten – für Sie ausgewählt.
""",
        "oth_account": """
Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto zu aktivieren.
Dein Passwort wurde erfolgreich geändert. Wenn du das nicht warst, wende dich an den Support.
Wir bestätigen hiermit, dass Sie Ihre Bewerbung für {role} zurückgezogen haben. Ihre Bewerbung wird nicht weiter bearbeitet.
Ihr Profil ist erst zu 60 % vollständig. Ergänzen Sie Ihren Werdegang und laden Sie einen Lebenslauf hoch, damit Recruiter Sie finden.
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Nehmen Sie an unserer zweiminütigen Umfrage teil.
""",
        "oth_outreach": """
Ich bin auf Ihr Profil gestoßen und dachte, Sie könnten offen für ein Gespräch über eine Position sein, die ich gerade besetze. Hätten Sie Interesse an einem kurzen Austausch?
Ich bin Personalberaterin mit Schwerpunkt Finanz- und Rechnungswesen im Rhein-Main-Gebiet und würde Sie gerne in mein Netzwerk aufnehmen.
Am 5. November veranstalten wir einen Infoabend für Pflegekräfte in unserem Klinikum. Schauen Sie zwischen 17 und 20 Uhr einfach vorbei.
""",
    },
    "fr": {
        "rej_before_interview": """
Nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Après examen attentif de votre dossier, nous avons choisi de privilégier des profils disposant d'une expérience plus significative en comptabilité fournisseurs.
SUBJECT: Votre candidature – suite donnée || Votre profil ne correspond pas aux critères recherchés pour ce poste. Nous ne donnerons donc pas suite à votre candidature.
Merci pour votre envoi. J'ai lu votre CV avec attention, mais pour la boulangerie il me faut quelqu'un qui a déjà travaillé de nuit au fournil. Je ne vais donc pas vous proposer d'entretien.
Le statut de votre candidature a été mis à jour : « Non retenue ». Vous pouvez consulter nos autres offres depuis votre espace candidat.
Le poste a finalement été pourvu en interne ; le recrutement est donc clos sans entretiens.
Nous avons reçu plus de 300 candidatures pour ce poste et n'avons pas pu retenir la vôtre pour la phase d'entretiens.
Votre candidature a bien été étudiée par nos équipes, mais elle ne sera pas poursuivie.
""",
        "rej_after_interview": """
Nous vous remercions pour le temps que vous nous avez consacré lors de l'entretien de jeudi. Après réflexion, nous avons décidé de poursuivre avec un autre candidat.
À l'issue des entretiens, le jury a préféré des candidats ayant davantage d'expérience en gestion de portefeuille clients. Nous ne pourrons donc pas aller plus loin avec vous.
SUBJECT: Suite à notre échange || J'ai essayé de vous joindre sans succès, alors je vous l'écris : nous avons proposé le poste à quelqu'un d'autre. C'était serré.
Suite à votre entretien du 14 mars, nous avons le regret de vous annoncer que votre candidature n'a pas été retenue. Si vous souhaitez un retour, la présidente du jury se tient à votre disposition.
Après le second tour d'entretiens, nous avons choisi de ne pas vous retenir pour l'étape finale.
Merci d'être passé au restaurant. Avec le chef, on a préféré quelqu'un qui peut commencer tout de suite.
La commission de recrutement s'est réunie et a arrêté son choix sur une autre candidature, dont le parcours correspondait davantage à la fiche de poste.
Je préfère vous l'écrire moi-même, en tant que fondatrice : nous ne vous ferons pas d'offre. Il nous faut aujourd'hui un profil plus commercial.
""",
        "rej_after_test": """
Merci d'avoir passé le test en ligne. Votre score n'atteint pas le seuil requis pour passer à l'étape suivante.
Merci pour la journée d'essai de samedi. L'équipe a estimé que le rythme en salle ne vous convenait pas, nous n'irons donc pas plus loin.
Les résultats de la journée d'évaluation ont été analysés. Votre étude de cas écrite n'a pas obtenu la note minimale et votre dossier est clos.
Nous avons corrigé l'exercice technique. L'approche est cohérente mais incomplète, et au vu du nombre de rendus solides nous arrêtons le processus avec vous.
SUBJECT: Résultat du test de raisonnement || Votre résultat au test de raisonnement numérique ne vous permet pas d'être convoqué(e) en entretien. Vous pourrez postuler de nouveau dans six mois.
""",
        "rej_programme": """
Nous vous remercions pour votre candidature à notre programme Jeunes Diplômés 2025. Nous ne sommes pas en mesure de vous proposer une place.
Toutes nos places en alternance pour la rentrée de septembre sont désormais pourvues. Votre candidature n'a pas abouti cette fois-ci.
Le comité de sélection a examiné l'ensemble des candidatures au stage d'été ; votre candidature n'a pas été retenue.
Concernant votre candidature au VIE en Asie : nous ne pourrons pas vous proposer de mission dans cette promotion.
Votre demande d'admission au programme d'intégration des infirmiers a été étudiée. Elle ne peut être retenue, ce programme étant réservé aux infirmiers diplômés depuis moins de 18 mois.
""",
        "rej_public_sector": """
Les résultats de la présélection pour l'offre n° 2024-117 sont disponibles. Votre dossier ne remplit pas les conditions requises et n'a pas été retenu pour l'audition.
À l'issue du concours, vous ne figurez ni sur la liste principale ni sur la liste complémentaire des candidats admis.
Nous vous informons que la commission a achevé ses travaux. Votre nom ne figure pas sur la liste d'aptitude, valable douze mois.
La procédure de recrutement pour le poste de {role} au ministère est close. Votre classement ne vous permet pas d'être convoqué à l'étape suivante.
""",
        "rej_plain": """
Nous ne donnerons pas suite.
Le poste est pourvu. Merci.
Ce ne sera pas pour cette fois, on a trouvé quelqu'un.
SUBJECT: RE: {role} || Bonjour, nous avons retenu un autre candidat. Bonne continuation.
Statut de votre candidature : clôturée – autre candidat sélectionné.
""",
        "rej_agency": """
J'ai eu le retour de mon client sur votre CV : il préfère avancer avec des profils issus de l'industrie pharmaceutique.
Petit point sur le poste chez mon client : le recrutement est gelé jusqu'à la fin du trimestre, votre candidature ne pourra donc pas aller plus loin.
Le manager m'a rappelé après votre deuxième entretien : ils ont finalement choisi un candidat interne. Je sais que c'est frustrant après deux tours.
Notre client a étudié la shortlist et n'a pas retenu votre profil pour un entretien ; le préavis de trois mois a été le point bloquant.
Le client m'a répondu ce matin : ils vous ont apprécié, mais ils ont fait une offre à un autre candidat, qui l'a acceptée hier.
""",
        "ack_portal": """
Nous avons bien reçu votre candidature au poste de {role}. Votre numéro de référence est le CAND-48213. Vous pouvez suivre son avancement depuis votre espace candidat.
Ce message confirme l'envoi de votre candidature. Nos équipes recrutement étudieront votre profil et reviendront vers vous si celui-ci correspond à nos besoins.
SUBJECT: Candidature reçue – {role} || Merci d'avoir postulé ! Votre candidature est entre les mains de l'équipe. Merci de ne pas répondre à ce message automatique.
Dossier n° 00731-B enregistré le 03/04. Aucune action de votre part n'est requise pour le moment.
Votre candidature chez {company} est complète. Vous trouverez ci-joint une copie des informations transmises.
""",
        "ack_personal": """
Bien reçu votre CV, merci ! Je regarde les candidatures ce week-end et je vous réponds en début de semaine, dans tous les cas.
Merci pour votre envoi. Je l'ai transmis à notre responsable de cabinet, qui fait le premier tri.
Votre lettre est bien arrivée. Nous sommes une petite structure, cela peut prendre un peu de temps, mais je lis personnellement chaque candidature.
J'ai bien eu ton mail. Je suis pas mal sur les chantiers cette semaine, laisse-moi jusqu'à vendredi.
Bien reçu. Je présenterai votre dossier aux associés lors de notre réunion de lundi.
""",
        "ack_timeline": """
Votre candidature sera examinée après la date de clôture du 30 avril. Les candidats présélectionnés seront contactés avant le 12 mai.
Nous accusons réception de votre candidature. La procédure de sélection dure en général six à huit semaines ; nous vous remercions de votre patience.
Nous étudions actuellement les candidatures et pensons finaliser notre présélection d'ici deux semaines. Nous reviendrons vers vous quelle que soit la décision.
Votre candidature est en cours d'examen. En raison du nombre important de dossiers, merci de compter jusqu'à 21 jours ouvrés pour une réponse.
""",
        "inv_call": """
Votre candidature a retenu notre attention et j'aimerais organiser un échange téléphonique d'une vingtaine de minutes. Seriez-vous disponible mercredi ou jeudi après-midi ?
Nous souhaitons vous convier à un entretien en visioconférence avec la responsable du service. Merci de nous indiquer deux ou trois créneaux la semaine prochaine.
SUBJECT: Un café virtuel ? || J'ai adoré ton portfolio. Tu aurais 30 minutes cette semaine pour un appel informel avec moi et notre CTO ?
Votre candidature passe à l'étape suivante : un entretien vidéo différé. Vous recevrez un lien séparé et disposerez de cinq jours pour le réaliser.
Mon client souhaite échanger avec vous au sujet du poste. Seriez-vous disponible mardi à 10 h pour un premier appel avec le directeur des opérations ?
""",
        "inv_onsite": """
Nous avons le plaisir de vous convier à un entretien dans nos locaux le lundi 9 juin à 14 h. Merci de vous munir d'une pièce d'identité.
Tu pourrais venir faire un essai samedi de 11 h à 15 h ? Pantalon noir et chaussures confortables, on te fournit le tablier.
Vous êtes convoqué(e) à notre journée d'évaluation du 22 mai : exercice de groupe, épreuve écrite et entretien avec le jury. Merci de confirmer votre présence.
Passez donc visiter l'usine et rencontrer le responsable de production. Jeudi 8 h 30, ça vous irait ? Demandez-moi à l'accueil.
Vous êtes retenu(e) pour l'étape suivante : un test technique de 90 minutes sur site, suivi d'un entretien avec le chef d'équipe.
""",
        "inv_slot": """
Merci de choisir un créneau pour votre premier entretien via le lien ci-dessous. Des disponibilités sont proposées du 10 au 14 mars.
Je vous dois des excuses : le message de refus reçu la semaine dernière a été envoyé par erreur par notre logiciel. Nous souhaitons au contraire vous rencontrer. Pouvez-vous réserver un créneau dans l'agenda en lien ?
Nous n'avions pas pu donner suite à votre candidature au printemps. Un poste de chef d'équipe vient de s'ouvrir et me semble mieux vous correspondre : seriez-vous partant pour un entretien ?
Désolée pour ce long silence, le mois a été chargé. Nous aimerions toujours vous rencontrer : réservez le créneau de 45 minutes qui vous convient sur notre page de prise de rendez-vous.
""",
        "off_written": """
J'ai le plaisir de vous proposer le poste de {role}. Votre rémunération annuelle brute sera de 42 000 euros et votre prise de poste est prévue le 1er septembre. Le contrat est en pièce jointe, à nous retourner signé avant vendredi.
À la suite de vos entretiens, nous avons le plaisir de vous adresser une promesse d'embauche. Le détail de la rémunération, des horaires et des avantages figure dans le courrier joint.
SUBJECT: Bienvenue dans l'équipe ! || Bienvenue parmi nous ! Ci-joint ton contrat, le livret d'accueil et un formulaire pour ton RIB. Premier service lundi à 7 h.
Le conseil d'administration a validé votre recrutement en qualité de {role}, en contrat à durée déterminée de 24 mois. Merci de nous confirmer votre acceptation par écrit sous dix jours.
On aimerait vraiment que tu nous rejoignes. Notre proposition : 55 000 euros fixes, des BSPCE et une arrivée en mai à la date de ton choix. Le contrat est prêt pour signature électronique.
""",
        "off_verbal_conditional": """
Ravi de notre échange téléphonique. Comme convenu, je vous confirme notre accord pour le poste ; le contrat écrit suivra dès que les RH l'auront préparé.
Nous sommes heureux de vous proposer le poste, sous réserve de deux références favorables et d'un extrait de casier judiciaire vierge.
Mon client souhaite vous faire une offre : 48 k€ plus variable, démarrage dans six semaines. On s'appelle cet après-midi pour en parler ?
Cette proposition d'embauche est conditionnée à la visite médicale et à la vérification de votre inscription à l'Ordre.
""",
        "oth_alerts_news": """
12 nouvelles offres correspondent à votre alerte « chargé de projet près de chez vous ». Consultez-les avant qu'elles ne soient pourvues.
Voici notre lettre d'information carrières du mois : portrait de l'équipe de notre nouvelle plateforme logistique, conseils pour votre lettre de motivation et agenda des événements.
Tu es invité(e) à notre salon de l'emploi virtuel le 18 octobre : échanges en direct avec les recruteurs de 40 entreprises, gratuit.
Webinaire gratuit « Travailler dans la fonction publique » mercredi prochain à 18 h. Inscrivez-vous en un clic.
Les offres de la semaine qui pourraient vous intéresser, sélectionnées selon votre profil.
""",
        "oth_account": """
Veuillez confirmer votre adresse e-mail pour activer votre espace candidat.
Votre mot de passe a bien été modifié. Si vous n'êtes pas à l'origine de ce changement, contactez le support.
Nous confirmons le retrait de votre candidature au poste de {role}. Elle ne sera plus examinée.
Votre profil n'est complété qu'à 60 %. Ajoutez votre parcours et votre CV pour être visible des recruteurs.
Votre avis compte : parlez-nous de votre expérience de candidature chez {company} en deux minutes.
""",
        "oth_outreach": """
Je me permets de vous contacter car votre profil pourrait correspondre à une mission que je mène actuellement. Seriez-vous ouvert(e) à un échange ?
Consultante spécialisée dans les métiers de la finance en Auvergne-Rhône-Alpes, je serais ravie de vous compter dans mon réseau.
Notre hôpital organise une soirée portes ouvertes le 5 novembre pour les infirmiers qui envisagent une mobilité. Passez quand vous voulez entre 17 h et 20 h.
""",
    },
    "es": {
        "rej_before_interview": """
Lamentablemente, le comunicamos que su candidatura para el puesto de {role} no ha sido seleccionada para continuar en el proceso.
Hemos revisado su currículum con detenimiento y hemos decidido priorizar perfiles con experiencia previa en atención al paciente en planta.
SUBJECT: Actualización de su candidatura – {role} || Su perfil no se ajusta a los requisitos de esta vacante, por lo que no continuaremos con su candidatura.
Gracias por mandarnos tu CV. Lo he leído y, siendo sincero, para el bar necesito a alguien con experiencia en barra desde el primer día. Esta vez no te voy a llamar para entrevista.
El estado de su solicitud ha cambiado a «Descartada». Puede seguir consultando nuestras ofertas desde su área de candidato.
La vacante se ha cubierto finalmente con una promoción interna, así que cerramos el proceso sin realizar entrevistas.
Hemos recibido más de 250 candidaturas para una sola plaza y la suya no ha pasado a la fase de entrevistas.
Su candidatura ha sido valorada por el equipo de selección, pero no seguirá adelante.
""",
        "rej_after_interview": """
Gracias por el tiempo que nos dedicó en la entrevista del jueves. Tras valorar todas las candidaturas, hemos decidido seguir con otra persona.
Una vez finalizadas las entrevistas, el comité ha preferido candidatos con más experiencia en gestión directa de clientes, por lo que no avanzaremos con su candidatura.
SUBJECT: Tras nuestra entrevista || Te intenté llamar y no te localicé, así que te lo escribo: le hemos ofrecido el puesto a otra persona. Estuvo muy reñido.
Tras su entrevista del 14 de marzo, sentimos comunicarle que en esta ocasión no ha sido seleccionado. Si desea una valoración, la presidenta del tribunal puede atenderle por teléfono.
Hemos terminado la segunda ronda y hemos decidido no contar con usted para la fase final.
Gracias por pasarte por la cocina. Lo hemos hablado con el jefe y nos quedamos con alguien que puede empezar ya.
La comisión de selección ha resuelto ofrecer el puesto a otra candidatura cuyo recorrido encaja mejor con el perfil descrito en la convocatoria.
Soy el fundador y prefiero escribirte yo mismo: no vamos a hacerte una oferta. Ahora mismo necesitamos a alguien con un perfil más comercial.
""",
        "rej_after_test": """
Gracias por completar la prueba online. Su puntuación no alcanza el mínimo necesario para pasar a la siguiente fase.
Gracias por la jornada de prueba del sábado. El equipo considera que el ritmo de sala no encajó, así que no te vamos a ofrecer el puesto.
Hemos analizado los resultados del assessment. Su caso práctico escrito no obtuvo la nota mínima y su candidatura queda cerrada.
Hemos corregido la prueba técnica. El planteamiento era razonable pero incompleto y, con tantas entregas sólidas, no continuaremos con su proceso.
SUBJECT: Resultado de la prueba psicotécnica || Su resultado en la prueba psicotécnica no le permite acceder a la entrevista. Podrá volver a presentarse dentro de seis meses.
""",
        "rej_programme": """
Le agradecemos su interés en nuestro Programa de Graduados 2025. Este año la demanda ha sido muy alta y no podemos ofrecerle una plaza.
Ya hemos cubierto todas las plazas de FP Dual para septiembre. Su solicitud no ha prosperado en esta convocatoria, pero puede volver a presentarse en enero.
El comité ha revisado todas las solicitudes para las prácticas de verano y la suya no ha sido seleccionada.
En relación con su solicitud para la beca de prácticas en nuestro departamento de auditoría: no podremos ofrecerle plaza en esta promoción.
Hemos valorado su solicitud para el programa de residencia de enfermería. No podemos continuar con ella, ya que el programa está dirigido a profesionales con menos de 18 meses de colegiación.
""",
        "rej_public_sector": """
Se ha publicado la lista provisional de admitidos y excluidos del proceso con referencia AYT-2024/117. Su solicitud figura como excluida por no acreditar la titulación requerida.
Finalizado el proceso selectivo para la plaza de {role}, le informamos de que no ha superado la fase de concurso-oposición.
El tribunal calificador ha concluido sus actuaciones. Su nombre no figura en la bolsa de empleo resultante, que tendrá una vigencia de doce meses.
El proceso de provisión del puesto de {role} en el Ministerio ha finalizado. Su puntuación quedó por debajo del corte y no será convocado a la siguiente fase.
""",
        "rej_plain": """
No seguiremos adelante con su candidatura.
El puesto ya está cubierto. Gracias.
Esta vez no ha podido ser, ya hemos contratado a alguien.
SUBJECT: RE: {role} || Hola, nos hemos decidido por otra persona. Suerte.
Estado de la candidatura: cerrada – se ha seleccionado a otro candidato.
""",
        "rej_agency": """
Ya tengo respuesta de mi cliente sobre tu CV: prefieren avanzar con perfiles que vengan del sector farmacéutico.
Te cuento cómo está el puesto con mi cliente: han congelado la contratación hasta final de trimestre, así que tu candidatura no va a seguir. Guardo tus datos por si surge algo.
Me ha llamado la responsable tras tu segunda entrevista: al final se han quedado con un candidato interno. Sé que fastidia después de dos rondas.
Nuestro cliente ha revisado la terna que le presentamos y no ha seleccionado su perfil para entrevista; el punto decisivo fue el preaviso de tres meses.
El cliente me ha contestado esta mañana: les caíste bien, pero le han hecho la oferta a otro candidato, que la aceptó ayer.
""",
        "ack_portal": """
Hemos recibido su candidatura para {role}. Su número de referencia es REQ-48213. Puede consultar el estado del proceso en cualquier momento desde su área de candidato.
Este correo confirma que su solicitud se ha enviado correctamente. El equipo de selección revisará su perfil y se pondrá en contacto con usted si encaja con nuestras necesidades.
SUBJECT: Candidatura recibida – {role} || ¡Gracias por postularte! Tu candidatura ya está con el equipo. Por favor, no respondas a este mensaje automático.
Solicitud n.º 00731-B registrada el 03/04. De momento no necesita hacer nada más.
Su candidatura en {company} está completa. Adjuntamos una copia de los datos enviados.
""",
        "ack_personal": """
¡Recibido tu CV, gracias! Este fin de semana reviso todas las candidaturas y te digo algo a principios de semana, sea lo que sea.
Gracias por su correo. Se lo he pasado a nuestra gerente del despacho, que hace la primera revisión.
Su carta ha llegado bien. Somos una empresa pequeña y puede que tardemos un poco, pero leo personalmente cada candidatura.
Me llegó tu mensaje. Esta semana estoy casi todo el día en obra, dame hasta el viernes.
Recibido, muchas gracias. Lo comentaré con los socios en la reunión del lunes.
""",
        "ack_timeline": """
Su candidatura será valorada una vez cerrado el plazo de inscripción el 30 de abril. Las personas preseleccionadas serán contactadas antes del 12 de mayo.
Acusamos recibo de su solicitud. El proceso de selección suele durar entre seis y ocho semanas; le agradecemos su paciencia.
Estamos revisando las candidaturas y esperamos cerrar la preselección en las próximas dos semanas. Le escribiremos en cualquier caso.
Su candidatura está en revisión. Debido al gran volumen de solicitudes, la respuesta puede tardar hasta 21 días hábiles.
""",
        "inv_call": """
Me gustaría programar una llamada de unos 20 minutos para conocer mejor su trayectoria. ¿Tendría disponibilidad el miércoles o el jueves por la tarde?
Queremos invitarle a una entrevista por videollamada con la responsable del área. Indíquenos, por favor, dos o tres horarios que le vengan bien la semana que viene.
SUBJECT: ¿Hablamos? || Me encantó tu portfolio. ¿Tienes media hora esta semana para una llamada informal conmigo y con nuestra CTO?
Su candidatura ha pasado a la siguiente fase: una entrevista en vídeo grabada. Recibirá un enlace aparte y tendrá cinco días para completarla.
Mi cliente quiere hablar con usted sobre el puesto. ¿Podría hacer una primera llamada con su director de operaciones el martes a las 10:00?
""",
        "inv_onsite": """
Nos gustaría citarle para una entrevista en nuestras oficinas el lunes 9 de junio a las 14:00. Traiga su DNI y copia de sus títulos.
¿Puedes venir el sábado a hacer una prueba de 11 a 15? Pantalón negro y calzado cómodo, el delantal te lo damos nosotros.
Ha sido preseleccionado para la jornada de evaluación del 22 de mayo, que incluye una dinámica de grupo, una prueba escrita y una entrevista con el comité. Confirme su asistencia respondiendo a este correo.
Pásese por la planta a conocer al jefe de producción. ¿Le va bien el jueves a las 8:30? Pregunte por mí en portería.
Ha pasado a la siguiente fase: una prueba técnica presencial de 90 minutos, seguida de una entrevista con el responsable del equipo.
""",
        "inv_slot": """
Elija en el siguiente enlace el horario que prefiera para su primera entrevista. Hay huecos disponibles del 10 al 14 de marzo.
Le debo una disculpa: el correo de descarte que recibió la semana pasada lo envió nuestro sistema por error. En realidad queremos entrevistarle. ¿Puede reservar un hueco en el calendario del enlace?
Quizá recuerdes que en primavera no seguimos adelante con tu candidatura para almacén. Acaba de abrirse un puesto de encargado que te encaja mejor y me gustaría invitarte a una entrevista si sigues interesado.
Perdona la tardanza, ha sido un mes de locos. Seguimos queriendo conocerte: reserva la franja de 45 minutos que mejor te venga en nuestra página de citas.
""",
        "off_written": """
Tengo el placer de ofrecerle el puesto de {role}. Su salario bruto anual será de 31.000 euros y nos gustaría que se incorporara el 1 de septiembre. Adjunto el contrato; por favor, devuélvalo firmado antes del viernes.
Tras las entrevistas, nos complace hacerle una oferta formal de empleo. En la carta adjunta encontrará el detalle de salario, jornada y beneficios.
SUBJECT: ¡Bienvenido al equipo! || ¡Bienvenido! Te adjunto el contrato, el manual de acogida y un formulario para tus datos bancarios. Tu primer turno es el lunes a las 7.
El patronato ha aprobado su contratación como {role} con un contrato temporal de 24 meses. Le rogamos que confirme su aceptación por escrito en un plazo de diez días.
Nos encantaría que te unieras. La oferta: 45.000 euros fijos, stock options con vesting a cuatro años y la fecha de incorporación que prefieras en mayo. El contrato está listo para firma electrónica.
""",
        "off_verbal_conditional": """
Un placer hablar contigo hace un momento. Como te dije, te confirmo la oferta para el puesto de {role}; el contrato por escrito llegará en cuanto lo prepare RR. HH.
Nos complace ofrecerle el puesto, sujeto a dos referencias satisfactorias y a la presentación del certificado de delitos de naturaleza sexual.
Mi cliente quiere ofrecerte el puesto: 38.000 euros más variable, incorporación en seis semanas. ¿Hablamos esta tarde y lo repasamos?
Esta oferta queda condicionada al reconocimiento médico de empresa y a la verificación de su colegiación.
""",
        "oth_alerts_news": """
Hay 12 ofertas nuevas que coinciden con tu alerta «coordinador de proyectos cerca de ti». Míralas antes de que se cierren.
Ya está aquí nuestro boletín mensual de empleo: conoce al equipo del nuevo centro logístico, consejos para tu carta de presentación y próximos eventos.
Te invitamos a nuestra feria de empleo virtual el 18 de octubre: chatea en directo con reclutadores de 40 empresas, sin coste.
Webinar gratuito «Cómo preparar unas oposiciones» el próximo miércoles a las 18:00. Inscríbete con un clic.
Ofertas de esta semana que podrían interesarte, seleccionadas según tu perfil.
""",
        "oth_account": """
Confirme su dirección de correo electrónico para activar su cuenta de candidato.
Tu contraseña se ha cambiado correctamente. Si no has sido tú, contacta con soporte.
Confirmamos que ha retirado su candidatura para {role}. Ya no será tenida en cuenta en este proceso.
Tu perfil está completo al 60 %. Añade tu experiencia y tu CV para que los reclutadores te encuentren.
¿Qué tal fue tu experiencia al postularte en {company}? Cuéntanoslo en una encuesta de dos minutos.
""",
        "oth_outreach": """
He visto tu perfil y creo que podrías estar abierto a hablar sobre una posición que estoy gestionando. ¿Te apetece una charla breve?
Soy consultora especializada en perfiles financieros en Valencia y me encantaría incorporarte a mi red para avisarte cuando surjan oportunidades.
El 5 de noviembre celebramos una jornada de puertas abiertas en el hospital para enfermeras y enfermeros que piensan en un cambio. Pásate cuando quieras entre las 17 y las 20 h.
""",
    },
    "pt": {
        "rej_before_interview": """
Infelizmente, informamos que a sua candidatura ao cargo de {role} não foi selecionada para as próximas etapas.
Analisámos o seu currículo com atenção e decidimos dar prioridade a perfis com experiência em manutenção industrial por turnos.
SUBJECT: Atualização da sua candidatura – {role} || O seu perfil não corresponde aos requisitos desta vaga, pelo que não daremos seguimento à candidatura.
Obrigado pelo currículo. Li com calma, mas para a padaria preciso mesmo de alguém com experiência no forno durante a noite. Desta vez não vou marcar entrevista.
O status da sua candidatura foi alterado para "Não selecionado". Você pode continuar a acompanhar as nossas vagas pela área do candidato.
A vaga acabou por ser preenchida internamente, por isso encerrámos o processo sem entrevistas.
Recebemos mais de 300 candidaturas para uma única vaga e a sua não passou para a fase de entrevistas.
A sua candidatura foi avaliada pela equipa de recrutamento, mas não vai avançar.
""",
        "rej_after_interview": """
Agradecemos o tempo que nos dedicou na entrevista de quinta-feira. Após ponderação, decidimos avançar com outro candidato.
Concluídas as entrevistas, o júri deu preferência a candidatos com mais experiência na gestão direta de clientes, pelo que não avançaremos com o seu processo.
SUBJECT: Após a nossa conversa || Tentei ligar mas não consegui falar consigo, por isso escrevo: oferecemos a vaga a outra pessoa. Foi muito renhido.
Na sequência da sua entrevista de 14 de março, lamentamos comunicar que não foi selecionado. Caso pretenda feedback, a presidente do júri pode marcar uma breve chamada.
Terminámos a segunda ronda e optámos por não o levar à fase final.
Obrigado por ter vindo à cozinha. Falei com o chef e vamos ficar com alguém que pode começar já.
A comissão de seleção decidiu oferecer o lugar a outra candidatura cujo percurso se aproxima mais do perfil definido no aviso.
Sou o fundador e prefiro escrever-te eu mesmo: não vamos avançar com uma proposta. Neste momento precisamos de um perfil mais comercial.
""",
        "rej_after_test": """
Obrigado por ter realizado o teste online. A sua pontuação ficou abaixo do mínimo necessário para avançar no processo.
Obrigado pelo dia experimental de sábado. A equipa achou que o ritmo da sala não encaixou, por isso não vamos avançar com a contratação.
Os resultados do assessment center foram analisados. O seu estudo de caso escrito não atingiu a nota mínima e o processo foi encerrado.
Corrigimos o desafio técnico. A abordagem era sensata mas incompleta e, perante tantas entregas sólidas, não vamos continuar com a sua candidatura.
SUBJECT: Resultado do teste de raciocínio || O seu resultado no teste de raciocínio numérico não permite a passagem à entrevista. Poderá candidatar-se novamente dentro de seis meses.
""",
        "rej_programme": """
Agradecemos a sua candidatura ao nosso Programa de Trainees 2025. A procura foi muito elevada e não nos é possível oferecer-lhe uma vaga.
Todas as vagas de jovem aprendiz para setembro já foram preenchidas. A sua candidatura não foi aprovada desta vez, mas pode candidatar-se de novo quando abrir o próximo ciclo em janeiro.
O comité analisou todas as candidaturas ao estágio de verão e a sua não foi selecionada.
Relativamente à sua candidatura ao estágio profissional no departamento de auditoria: não poderemos oferecer-lhe lugar nesta edição.
Analisámos a sua candidatura ao programa de integração de enfermeiros. Não podemos dar-lhe seguimento, uma vez que o programa se destina a enfermeiros com menos de 18 meses de inscrição na Ordem.
""",
        "rej_public_sector": """
Foi publicada a lista de candidatos admitidos e excluídos do procedimento concursal n.º 117/2024. A sua candidatura consta como excluída por não reunir os requisitos de admissão.
Concluído o concurso para o lugar de {role}, informamos que não integra a lista de candidatos aprovados, ordenada por classificação final.
O júri concluiu os seus trabalhos. O seu nome não consta da reserva de recrutamento, válida por doze meses.
O processo de seleção para {role} no Ministério foi concluído. A sua classificação ficou abaixo do limite e não será convocado para a fase seguinte.
""",
        "rej_plain": """
Não vamos avançar com a sua candidatura.
A vaga já foi preenchida. Obrigado.
Desta vez não deu, já contratámos alguém.
SUBJECT: RE: {role} || Olá, optámos por outro candidato. Boa sorte.
Status da candidatura: encerrada – outro candidato selecionado.
""",
        "rej_agency": """
Já tenho o retorno do meu cliente sobre o teu currículo: preferem avançar com perfis vindos da indústria farmacêutica.
Ponto de situação da vaga no meu cliente: congelaram as contratações até ao fim do trimestre, por isso a tua candidatura não vai seguir. Guardo os teus dados.
A gestora ligou-me depois da tua segunda entrevista: acabaram por escolher um candidato interno. Sei que custa depois de duas rondas.
O nosso cliente analisou a shortlist e não selecionou o seu perfil para entrevista; o aviso prévio de três meses pesou na decisão.
O cliente respondeu hoje de manhã: gostaram de ti, mas fizeram a proposta a outro candidato, que aceitou ontem.
""",
        "ack_portal": """
Recebemos a sua candidatura para {role}. O seu número de referência é REQ-48213. Pode acompanhar o estado do processo a qualquer momento na sua área de candidato.
Este e-mail confirma que a sua candidatura foi submetida com sucesso. A equipa de recrutamento irá analisar o seu perfil e entrará em contacto caso corresponda às nossas necessidades.
SUBJECT: Candidatura recebida – {role} || Obrigado por se candidatar! A sua candidatura já está com a equipa. Por favor, não responda a esta mensagem automática.
Candidatura n.º 00731-B registada em 03/04. Não é necessária qualquer ação da sua parte neste momento.
Sua inscrição na {company} foi concluída. Enviamos em anexo uma cópia dos dados informados.
""",
        "ack_personal": """
Recebi o teu currículo, obrigado! Vou ver as candidaturas no fim de semana e dou-te resposta no início da semana, seja qual for.
Obrigada pelo envio. Passei a sua candidatura à nossa gestora do escritório, que faz a primeira triagem.
A sua carta chegou bem. Somos uma empresa pequena e pode demorar um pouco, mas leio pessoalmente todas as candidaturas.
Recebi seu e-mail. Esta semana estou muito nas obras, me dá até sexta.
Recebido, obrigado. Vou apresentar a sua candidatura aos sócios na reunião de segunda-feira.
""",
        "ack_timeline": """
A sua candidatura será analisada após o fim do prazo, a 30 de abril. Os candidatos pré-selecionados serão contactados até 12 de maio.
Acusamos a receção da sua candidatura. O processo de seleção demora normalmente seis a oito semanas; agradecemos a sua paciência.
Estamos a analisar as candidaturas e contamos fechar a pré-seleção nas próximas duas semanas. Daremos notícias em qualquer caso.
Sua candidatura está em análise. Devido ao grande volume de inscrições, o retorno pode levar até 21 dias úteis.
""",
        "inv_call": """
Gostaria de marcar uma chamada de cerca de 20 minutos para conhecer melhor o seu percurso. Tem disponibilidade na quarta ou na quinta à tarde?
Gostaríamos de o convidar para uma entrevista por videochamada com a responsável da área. Indique-nos, por favor, dois ou três horários na próxima semana.
SUBJECT: Bora conversar? || Adorei seu portfólio. Você teria meia hora esta semana para uma conversa informal comigo e com nossa CTO?
A sua candidatura avançou para a próxima fase: uma entrevista em vídeo gravada. Vai receber um link à parte e terá cinco dias para a concluir.
O meu cliente gostaria de falar consigo sobre a vaga. Poderia fazer uma primeira chamada com o diretor de operações na terça às 10h?
""",
        "inv_onsite": """
Gostaríamos de o convocar para uma entrevista nas nossas instalações na segunda-feira, 9 de junho, às 14h. Traga um documento de identificação.
Consegues vir fazer um dia experimental no sábado, das 11h às 15h? Calças pretas e sapatos confortáveis, o avental é por nossa conta.
Foi pré-selecionado para o dia de avaliação de 22 de maio, com dinâmica de grupo, prova escrita e entrevista com o júri. Confirme a sua presença respondendo a este e-mail.
Venha conhecer a fábrica e o diretor de produção. Quinta às 8h30 dava jeito? Pergunte por mim na portaria.
Você passou para a próxima etapa: uma prova técnica presencial de 90 minutos, seguida de entrevista com o líder da equipe.
""",
        "inv_slot": """
Escolha no link abaixo o horário da sua primeira entrevista. Há vagas disponíveis entre 10 e 14 de março.
Devo-lhe um pedido de desculpas: o e-mail de recusa que recebeu na semana passada foi enviado por engano pelo nosso sistema. Na verdade gostaríamos muito de o entrevistar. Pode reservar um horário no calendário do link?
Talvez se lembre de que na primavera não avançámos com a sua candidatura para o armazém. Abriu agora uma vaga de chefe de turno que lhe assenta melhor e gostaria de o convidar para uma entrevista.
Desculpa a demora, foi um mês caótico. Continuamos a querer conhecer-te: marca o horário de 45 minutos que te der mais jeito na nossa página de agendamento.
""",
        "off_written": """
Tenho o prazer de lhe oferecer o cargo de {role}. O seu vencimento anual bruto será de 24.500 euros e gostaríamos que começasse a 1 de setembro. Segue em anexo o contrato; por favor devolva-o assinado até sexta-feira.
Após as entrevistas, temos o prazer de lhe apresentar uma proposta formal de emprego. Os detalhes de remuneração, horário e benefícios constam da carta em anexo.
SUBJECT: Bem-vindo à equipa! || Bem-vindo! Em anexo vai o teu contrato, o manual de acolhimento e um formulário para o IBAN. O teu primeiro turno é segunda às 7h.
A direção aprovou a sua contratação como {role}, com contrato a termo de 24 meses. Solicitamos que confirme a sua aceitação por escrito no prazo de dez dias.
Queremos muito você no time. A proposta: R$ 14.000 por mês, CLT, stock options com vesting de quatro anos e início em maio na data que preferir. O contrato já está para assinatura digital.
""",
        "off_verbal_conditional": """
Foi ótimo falar consigo agora mesmo. Como combinado, confirmo a nossa proposta verbal para {role}; o contrato escrito segue assim que os RH o prepararem.
Temos o prazer de lhe oferecer a vaga, sujeita a duas referências favoráveis e à apresentação do certificado de registo criminal.
O meu cliente quer fazer-te uma proposta: 38 mil euros mais variável, entrada em seis semanas. Falamos esta tarde para vermos os detalhes?
Esta proposta está condicionada ao exame médico admissional e à verificação do seu registo profissional.
""",
        "oth_alerts_news": """
12 novas vagas correspondem ao seu alerta "coordenador de projetos perto de si". Veja-as antes que fechem.
Chegou a nossa newsletter mensal de carreiras: conheça a equipa do novo centro logístico, dicas para a carta de apresentação e os próximos eventos.
Você está convidado para a nossa feira de emprego virtual no dia 18 de outubro: converse ao vivo com recrutadores de 40 empresas, gratuitamente.
Webinar gratuito "Como entrar na função pública" na próxima quarta às 18h. Inscreva-se com um clique.
Vagas desta semana que podem interessar-lhe, escolhidas com base no seu perfil.
""",
        "oth_account": """
Confirme o seu endereço de e-mail para ativar a sua conta de candidato.
A sua palavra-passe foi alterada com sucesso. Se não foi você, contacte o suporte.
Confirmamos a desistência da sua candidatura a {role}. Ela deixará de ser considerada neste processo.
Seu perfil está 60% completo. Adicione sua experiência e seu currículo para ser encontrado pelos recrutadores.
Como foi a sua experiência ao candidatar-se à {company}? Conte-nos num inquérito de dois minutos.
""",
        "oth_outreach": """
Encontrei o seu perfil e pensei que poderia estar aberto a conversar sobre uma posição em que estou a trabalhar. Teria disponibilidade para uma conversa rápida?
Sou consultora especializada em finanças na região do Porto e teria todo o gosto em incluí-lo na minha rede para lhe enviar oportunidades relevantes.
No dia 5 de novembro fazemos uma tarde de portas abertas no hospital para enfermeiros que pensam mudar. Apareça quando quiser entre as 17h e as 20h.
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
            "We appreciate the time you put into your application.",
        ],
        "wish": [
            "We wish you all the best in your search.",
            "Good luck with whatever comes next.",
            "I hope our paths cross again.",
        ],
        "marketing": [
            "At {company} we believe good work starts with good people. Over 2,000 colleagues across 14 sites share our commitment to quality, community and growth.",
            "{company} has been named a Top Employer for the third year running. Discover our benefits, from flexible hours to a paid volunteering day.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender_first}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHuman Resources",
        ],
        "footer": [
            "{company} | 12 Mill Lane, Northgate NG1 4AA | You received this email because you applied for a position with us.",
            "This message was sent by an automated system. Privacy notice and unsubscribe options are available in your candidate account.",
            "Registered office: 1 Example Square, London. This email and any attachments are confidential.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Update on your application",
            "Re: {role} application",
        ],
        "subject_inv": [
            "Interview – {role}",
            "Next steps for {role}",
            "Let's talk – {company}",
            "Invitation: {role} interview",
        ],
        "subject_off": [
            "Offer – {role}",
            "Your offer from {company}",
            "Great news!",
            "Offer letter",
        ],
        "subject_oth": [
            "News from {company} Careers",
            "Your account",
            "Jobs for you",
            "A quick question",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Liebe:r {first},",
            "Hi {first},",
            "Sehr geehrte:r {first} Rivera,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}.",
            "Vielen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Für deine weitere Suche wünschen wir dir viel Erfolg.",
            "Alles Gute für Ihre berufliche Zukunft.",
        ],
        "marketing": [
            "{company} steht seit über 60 Jahren für Qualität aus der Region. Mehr als 1.200 Mitarbeitende an acht Standorten gestalten mit uns die Zukunft.",
            "Bei {company} erwarten dich flexible Arbeitszeiten, ein Jobrad und ein Team, das zusammenhält. Mehr über uns auf unserer Karriereseite.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\n{company}",
            "Freundliche Grüße\nIhre Personalabteilung\n{company}",
            "LG\n{sender_first}",
        ],
        "footer": [
            "{company} GmbH | Hauptstraße 12, 60311 Frankfurt | Amtsgericht Frankfurt HRB 00000 | Geschäftsführung: M. Beispiel",
            "Diese E-Mail wurde automatisch erstellt. Informationen zum Datenschutz finden Sie in Ihrem Bewerberkonto.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – Rückmeldung",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Gespräch – {role}",
            "Nächste Schritte",
            "Kennenlernen bei {company}",
            "Terminvorschlag",
        ],
        "subject_off": [
            "Vertragsangebot – {role}",
            "Zusage",
            "Ihr Angebot von {company}",
            "Gute Nachrichten!",
        ],
        "subject_oth": ["Neues von {company}", "Ihr Bewerberkonto", "Jobs für dich", "Kurze Frage"],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Cher {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci d'avoir pris le temps de postuler.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans vos projets.",
            "Nous vous adressons nos meilleurs vœux pour la suite.",
        ],
        "marketing": [
            "Depuis 1952, {company} accompagne ses clients avec exigence et proximité. Rejoindre nos 900 collaborateurs, c'est choisir un métier qui a du sens.",
            "{company} est certifiée Great Place to Work. Télétravail, formation continue, comité d'entreprise : découvrez tout ce qui fait notre culture.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\n{company}",
            "À bientôt,\n{sender_first}",
            "Bien cordialement,\nL'équipe Recrutement\n{company}",
        ],
        "footer": [
            "{company} SAS | 8 rue de l'Exemple, 69002 Lyon | Conformément au RGPD, vous pouvez demander la suppression de vos données à tout moment.",
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Candidature {role} chez {company}",
            "Suite à votre candidature",
            "RE: candidature {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape",
            "Rencontrons-nous",
            "Convocation",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre offre chez {company}",
            "Bonne nouvelle !",
            "Promesse d'embauche",
        ],
        "subject_oth": [
            "Les actus de {company}",
            "Votre espace candidat",
            "Offres pour vous",
            "Petite question",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Estimado/a {first} Rivera:",
        ],
        "thanks": [
            "Gracias por su interés en {company}.",
            "Gracias por presentar tu candidatura al puesto de {role}.",
            "Agradecemos el tiempo dedicado a su candidatura.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "Mucha suerte en lo que venga.",
            "Esperamos coincidir en el futuro.",
        ],
        "marketing": [
            "En {company} llevamos más de 40 años cuidando de las personas. Somos 1.500 profesionales en 20 centros comprometidos con la calidad y la cercanía.",
            "{company} ha sido reconocida como Top Employer España. Descubre nuestro plan de formación, horario flexible y beneficios sociales.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\n{company}",
            "Saludos,\n{sender_first}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\nDepartamento de Recursos Humanos",
        ],
        "footer": [
            "{company} S.L. | Calle Ejemplo 12, 28001 Madrid | Sus datos se tratan conforme al RGPD. Puede ejercer sus derechos escribiendo a nuestro delegado de protección de datos.",
            "Este es un mensaje automático; por favor, no responda a este correo.",
        ],
        "subject_app": [
            "Su candidatura para {role}",
            "{role} en {company}",
            "Actualización de su proceso",
            "RE: candidatura {role}",
        ],
        "subject_inv": [
            "Entrevista – {role}",
            "Siguientes pasos",
            "¿Hablamos?",
            "Convocatoria a entrevista",
        ],
        "subject_off": [
            "Oferta – {role}",
            "Tu oferta de {company}",
            "¡Buenas noticias!",
            "Carta de oferta",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tu cuenta",
            "Ofertas para ti",
            "Una pregunta rápida",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro {first},",
            "Bom dia, {first},",
            "Prezado(a) {first},",
            "Oi {first},",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos a sua candidatura para {role}.",
            "Obrigado pelo tempo dedicado à candidatura.",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Boa sorte na sua procura.",
            "Desejamos sucesso na sua jornada.",
        ],
        "marketing": [
            "Há mais de 50 anos que a {company} produz com qualidade e orgulho. Somos 800 pessoas em três fábricas e acreditamos no talento de cada uma.",
            "A {company} foi eleita uma das melhores empresas para trabalhar. Conheça os nossos benefícios: horário flexível, seguro de saúde e formação contínua.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraço,\n{sender_first}",
            "Cumprimentos,\nEquipa de Recursos Humanos",
        ],
        "footer": [
            "{company}, S.A. | Rua do Exemplo 12, 4000-000 Porto | Os seus dados são tratados de acordo com o RGPD.",
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
        ],
        "subject_app": [
            "A sua candidatura a {role}",
            "{role} na {company}",
            "Atualização do processo",
            "RE: candidatura {role}",
        ],
        "subject_inv": [
            "Entrevista – {role}",
            "Próximos passos",
            "Vamos conversar?",
            "Convocatória",
        ],
        "subject_off": [
            "Proposta – {role}",
            "A sua proposta da {company}",
            "Boas notícias!",
            "Carta-proposta",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "A sua conta",
            "Vagas para si",
            "Uma pergunta rápida",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether there's any news on my application for the {role} position. Happy to send anything else you need.\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. The team is still working through applications and I'll update you as soon as I can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es schon Neuigkeiten zu meiner Bewerbung als {role} gibt. Gerne reiche ich noch Unterlagen nach.\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachfrage. Wir sind noch mitten in der Sichtung und melden uns, sobald wir mehr wissen.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Je reste disponible pour tout complément.\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Nous étudions encore les candidatures et reviendrons vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar si hay novedades sobre mi candidatura para el puesto de {role}. Quedo a disposición para enviar lo que necesitéis.\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. Seguimos revisando candidaturas y te diremos algo en cuanto podamos.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se já há novidades sobre a minha candidatura a {role}. Fico disponível para enviar o que for preciso.\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contacto. Ainda estamos a analisar as candidaturas e daremos notícias assim que possível.\n{sender}\n",
}
