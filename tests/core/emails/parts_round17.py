# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 17, written by an independent evaluator from general knowledge of recruiting mail: a broad sample of a job seeker's inbox in English, German, French, Spanish (Spain and Latin America) and Portuguese (Portugal and Brazil), with many kinds of rejection (before and after interviews and tests, jobs filled, cancelled or frozen, public-sector notices, agencies, terse and warm), hard acknowledgements (volume warnings, delays, pauses, document requests, reserve lists), invitations that avoid the word interview, offers with and without the word, and other mail such as alerts, newsletters, cold recruiter mail, surveys, events and withdrawal confirmations."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordlicht Logistik GmbH",
    "Brightwater Analytics Ltd",
    "Maison Verrier SA",
    "Grupo Alcántara Energía S.L.",
    "Tecelagem Horizonte Ltda.",
    "Lusomar Seguros, S.A.",
    "Cobalt Harbor Health Inc.",
    "Stadtwerke Emsbach",
    "Andesur Fintech SpA",
    "Quillfield Software",
    "Atelier Numérique Rhône",
    "Mercado Verde de México S.A. de C.V.",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Manager",
    "Backend Engineer",
    "UX/UI Designer",
    "Customer Success Manager",
    "Supply Chain Coordinator",
    "Sachbearbeiter:in Controlling",
    "Chargé·e de communication",
    "Analista de Datos",
    "Desenvolvedor(a) Full Stack",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Talent Acquisition Team", "no-reply@myworkday-mail.example"),
    ("Jana Köhler", "karriere@{domain}"),
    ("Lucía Martín", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("Greenhouse Notifications", "no-reply@greenhouse-mail.example"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Tom Okafor", "tom.okafor@{domain}"),
    ("Personio Recruiting", "noreply@jobs-personio.example"),
    ("Priya Nair", "talent@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_short_misc": """
Sorry, {first}, it's a no from us this time. We went with someone whose experience was a closer match.
We're writing to let you know that our summer internship programme is now full and we're unable to offer you a place this year.
""",
        "ack_cv_update": """
We've received your updated CV. It has been attached to your existing application, which is still under review.
""",
        "rej_after_application": """
After careful consideration, we have decided not to move forward with your application for the {role} position. This was not an easy decision given the strength of the applicant pool.
We've reviewed your application for {role} and, unfortunately, we won't be progressing it to the next stage.
Unfortunately, your application for the {role} vacancy has not been successful on this occasion.
We regret to inform you that we will not be taking your application any further.
While your background is impressive, we have decided to pursue other candidates whose experience more closely matches the requirements of this role.
We received a large number of applications for the {role} vacancy, and after reviewing yours carefully we're sorry to let you know that you have not been shortlisted.
SUBJECT: Your application to {company} || Unfortunately we will not be moving forward with your candidacy at this time. We know this isn't the news you were hoping for.
This email is to let you know that the hiring team has reviewed your profile and decided to move forward with other applicants whose skills are a closer fit for {role}.
Following a review of your application, we are sorry to say that you have not been selected to proceed. We receive many applications for each role and are unable to provide individual feedback at this stage.
Apologies for the delay in getting back to you. We've now reviewed all applications for {role}, and unfortunately we won't be taking yours forward.
We've noticed you applied to several of our open positions. Our recruiters have looked at each application, and none of them is a match at the moment, so we have closed them all.
Your application was not among those selected for the next phase of the process.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with the team last week. We enjoyed learning about your experience, but after much deliberation we've decided to move forward with another candidate whose background aligns more closely with what we need right now.
I wanted to reach out personally after your final-round interviews. The panel was impressed with your analytical skills, but we've offered the role to someone with more direct experience in logistics. I'm sorry this isn't better news.
Thanks for speaking with Sarah and me on Tuesday. Unfortunately, we've decided not to proceed to the next round with your application.
It was great chatting with you. I'll get straight to the point: we're not going to move ahead with you for {role}. The feedback from the team was that they were looking for deeper hands-on experience with distributed systems.
Following your interview for the position of {role}, I regret to advise that on this occasion you have been unsuccessful. Competition was strong and the final decision was a close one.
First of all, a huge thank you for the energy you brought to all four conversations with us. We've now completed every interview and, after a lot of discussion, the team decided to go with another finalist. I know this is disappointing, especially after such a long process. If you'd like feedback, I'm happy to set up a 15-minute call, just reply to this email. We would genuinely love to stay in touch for future openings.
We have now concluded the interview process for {role} and will not be extending an offer to you.
Thanks again for the phone call on Monday. After discussing it with the hiring manager, we've agreed that the role isn't the right match at this time, so we won't be scheduling further interviews.
I have now had a chance to catch up with the interview panel. I'm afraid we have decided to offer the role to another candidate, whose experience in the healthcare sector gave them the edge.
Hey {first}, I really appreciate you taking the time to chat with us. This one was tough, but we've decided to go in a different direction for the role. Please don't let this put you off applying again in future.
SUBJECT: Re: Next steps || Just closing the loop: the team has decided not to move forward after the second interview. Thanks for your patience throughout.
""",
        "rej_after_test": """
Thank you for completing the online assessment for {role}. Having reviewed your results, we are sorry to tell you that you did not reach the threshold required to proceed to the next stage of the process.
Thanks for the time you put into the take-home task. The reviewers appreciated the clean structure, but the solution didn't cover several requirements we consider essential, so we won't be continuing with your application.
Your video interview responses have now been reviewed. Unfortunately, on this occasion we will not be inviting you to the assessment centre.
We have now received the results of the numerical and verbal reasoning tests. Regrettably, your scores mean we cannot progress your application further.
""",
        "rej_position_filled": """
We wanted to let you know that the {role} position has now been filled. We appreciate your interest and encourage you to keep an eye on our careers page.
The vacancy you applied for has been filled internally, so we are closing all external applications.
Just a quick update: we've made a hire for the {role} role, so we're closing out the remaining applications, including yours.
Position filled. Thanks for applying.
""",
        "rej_cancelled": """
Due to a change in business priorities, the {role} position has been cancelled and we will not be hiring for it. As a result, your application will not be progressed.
We regret to inform you that, following an internal restructuring, the requisition for {role} has been withdrawn. We are closing all applications for this posting.
We've put the search for this role on hold indefinitely because of a company-wide hiring freeze, and we have no timeline for reopening it. Rather than keep you waiting, we've decided to close your application.
""",
        "rej_public_sector": """
Thank you for your application for the post of {role} (reference SC-2291). The sift panel has now assessed all applications against the essential criteria. I am sorry to inform you that your application was not successful at the sift stage. Your scores were: Experience 3, Behaviour 3. The minimum pass mark was 4 in each.
The selection board has completed its review of applications for Job Announcement 24-117. You were found qualified but were not among the highest-ranked candidates referred to the hiring manager, and you will not receive further consideration under this announcement.
Following the close of the competition, we regret to advise that your name has not been placed on the eligibility list for this position.
""",
        "rej_agency": """
I've heard back from my client regarding the {role} role. Unfortunately they've decided not to take your CV forward, as they've gone with candidates who have more sector experience. I'll keep you in mind for anything else that comes up.
Quick update from my side: the client has reviewed the shortlist and won't be progressing with you for this one. Sorry it's not better news. Let's catch up next week about a couple of other roles I'm working on.
""",
        "rej_talent_pool": """
While we won't be moving forward with your application for {role}, we were impressed by your profile and would like to keep your details on file for future opportunities. If you'd prefer we didn't, just let us know.
We have decided to proceed with other candidates for this position. With your consent, we will keep your CV in our talent community for 12 months and reach out if a suitable role opens up.
""",
        "rej_with_survey": """
We're sorry to tell you we won't be moving forward. To help us improve, would you mind taking two minutes to rate your experience with our hiring process?
Unfortunately, we are unable to offer you the position. If you would like written feedback on your interview, please reply to this message within 14 days.
""",
        "rej_late_decision": """
We've had a busy few weeks here at {company}, and the response to the {role} ad was far beyond anything we expected: more than 900 applications in ten days. Our team has read every one of them and we've been genuinely impressed by the quality. We wish we could meet everyone. Sadly, we can only take a handful of people forward, and on this occasion your application is not one of them.
SUBJECT: Application status: {role} || The status of your application has changed to: No longer under consideration. You can view all your applications in your candidate profile.
Having reviewed your CV, we feel your level of experience exceeds what this junior position requires, and we don't think it would be the right fit for you. We'd encourage you to look at our more senior openings instead.
Unfortunately, we are unable to offer visa sponsorship for this position. As you indicated that you would require sponsorship, we cannot proceed with your application.
After reviewing your answers to the screening questions, we've determined that you do not meet the minimum requirements for this position.
We'd love to say yes to everyone who applies, but this time it's a no. Thank you for thinking of us, and we hope our paths cross again.
""",
        "ack_received": """
We've received your application for {role} and our team will review it shortly. If your profile matches what we're looking for, we'll be in touch to discuss next steps.
This is an automated confirmation that your application for {role} at {company} has been submitted successfully. Please do not reply to this email.
Your application is in! Here's what happens next: our recruiters review every application by hand, usually within two weeks, and you'll hear from us either way.
Your candidate profile has been created. You can track the status of your application at any time by logging in to our careers site.
Your application for the post (ref. 4471) has been received. The closing date is 12 May. Shortlisting will take place in the week commencing 20 May, and all candidates will be notified of the outcome by email.
Thanks for sending your CV over. I've forwarded it to the client and should hear back from them by the end of the week.
""",
        "ack_volume": """
We received over 1,200 applications for this role, so please bear with us while we review them. We aim to get back to everyone by the end of the month.
Due to the high volume of applications, we are only able to contact shortlisted candidates. If you haven't heard from us within 30 days, please assume that your application has not been successful this time.
We wanted to be transparent: competition for this role is very strong, and many applicants have more direct experience than is typical for this level. No decisions have been made yet, and we will update you once the first round is complete.
""",
        "ack_delay": """
I wanted to give you a quick update: our hiring process for {role} is taking longer than expected because of the holidays. You're still being considered, and we expect to share next steps within two weeks.
We're sorry for the silence. The hiring manager has been travelling, and decisions on the shortlist have been pushed back. We haven't forgotten about you.
Shortlisting is running behind schedule and the closing date has been extended to 15 March. We'll be in touch with all applicants after that date.
You weren't in the first group we've invited to speak with the team, but your application is still under consideration and we'll come back to you once the first round is complete.
""",
        "ack_status": """
Your application is currently being reviewed by the hiring manager. We'll let you know as soon as there's a decision either way.
SUBJECT: Application update || Your application for {role} has moved to the status: In review.
Your application has been forwarded to the hiring team in our Manchester office, who will be handling recruitment for this role from now on.
""",
        "ack_documents": """
To continue processing your application, we need a copy of your degree certificate and the contact details of two referees. Please upload them to the candidate portal by Friday.
Before we can complete the screening, could you please confirm your notice period and salary expectations? Just reply to this email.
""",
        "ack_reserve_hold": """
The panel has completed its assessment and you have been placed on the reserve list for {role}. No posts are available at present; should a vacancy arise within the next 12 months, candidates on the list will be contacted in merit order.
The {role} position has been temporarily placed on hold while we review our budget for the next quarter. Your application remains active and we will contact you as soon as the process resumes.
We've had to pause hiring for this role. I honestly can't say when it will restart, and I'd understand if you pursue other opportunities in the meantime. Your application stays open in our system.
""",
        "inv_first_round": """
We'd like to invite you to a first interview for {role}. Please use the link below to choose a time that suits you.
Would you be available for a 30-minute call with our Head of Data sometime this week? Let me know a couple of slots that work and I'll send over a calendar invite.
I'm the hiring manager for {role} and I'd love to have a quick chat to get to know you better. Are you free Thursday at 2pm or Friday at 10am (UK time)?
Thanks for applying! I'd like to set up a short phone screen to learn more about your experience. Could you pick a time on my calendar that works for you?
Please select a slot for your video conversation with the team: available slots fill up quickly, so we recommend booking within 48 hours.
Would you be up for a coffee next week to talk about the role informally? Our office is a two-minute walk from Liverpool Street.
Could you jump on a call tomorrow? I'd like to walk you through the next steps in the process.
""",
        "inv_later_round": """
We'd like you to come into our office to meet the team. We've pencilled in Tuesday 14 May from 10:00 to 13:00; please confirm if that works for you.
Great news: the team would like to move you forward to the technical round. It's a 90-minute pair-programming session with two of our engineers, held over video.
For the final stage, we'd like you to prepare a 20-minute presentation on how you would approach our customer onboarding problem, followed by Q&A with the panel.
You've made it to the final stage! Our CEO would like to meet you in person before we make a decision. Does next Wednesday morning work?
Unfortunately Sarah is unwell on Thursday, so we need to move our conversation. Could you do Monday at 3pm instead?
""",
        "inv_test": """
The next step is a short online assessment of about 45 minutes. You'll receive a separate email with your personal link; please complete it within five days.
The next stage is a recorded video interview. You'll be asked five questions and have up to two minutes to answer each one. The link expires in 72 hours.
You have been shortlisted for the post of {role}. The selection day will be held on 3 July at our Civic Centre and will include a written exercise and a panel discussion. Please bring photo ID.
""",
        "inv_agency": """
Great news, the client would like to meet you! They've proposed Wednesday at 11am at their offices in Leeds. Can you make that?
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}! Attached is your offer letter with details of your salary, benefits and proposed start date. Please let us know your decision by Friday.
Great news: we'd love you to join us as our new {role}. The team was unanimous. I'll send over the contract today; we're thinking of a start date of 3 June, if that works for you.
Following our call this afternoon, please find attached the written confirmation of our offer. Do give me a ring if you have any questions.
We are pleased to confirm your appointment to the post of {role}, subject to satisfactory references and pre-employment checks.
We're thrilled to have you join us! Please review and sign your employment agreement in DocuSign by Wednesday so we can get your equipment ordered.
The client has come back to me and would like to offer you the role at 52,000 pounds plus bonus. Shall we have a quick call to talk it through?
""",
        "oth_alert": """
12 new jobs match your search: Data Analyst in London. Senior Data Analyst at a retail group, Data Analyst (12-month FTC), Insights Analyst and more. Manage your alerts in your account settings.
3 new roles at {company} match your saved preferences. Be one of the first to apply.
""",
        "oth_newsletter": """
This month at {company}: we opened our new Lisbon hub, launched our mentoring programme, and our engineering team shares what they learned migrating to the cloud. Read the full stories on our blog.
""",
        "oth_cold": """
I came across your profile on LinkedIn and think you'd be a great fit for a Senior Analyst role with one of my clients, a fast-growing fintech in Manchester. Salary up to 65k plus bonus, hybrid. Open to a quick chat?
I'm a recruiter specialising in product roles and I'm currently working on several Product Manager positions in Berlin and remotely. Would you be interested in hearing more? No pressure at all if the timing isn't right.
""",
        "oth_survey": """
How did we do? You recently took part in our recruitment process, and we'd love to hear about your experience. The survey takes three minutes and is completely anonymous.
""",
        "oth_event": """
Join us at our virtual Careers Open Evening on 18 June to meet our teams, hear about life at {company} and ask your questions. Register via the link below.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for {role}. Thank you for letting us know, and we wish you all the best in your new position.
Please confirm your email address to activate your candidate account. This link is valid for 24 hours.
""",
    },
    "de": {
        "rej_kurz": """
Wir haben uns nach Rücksprache mit dem Fachbereich entschieden, Sie nicht zu einem persönlichen Gespräch einzuladen.
Wir müssen Ihnen leider mitteilen, dass die Wahl auf eine andere Bewerberin gefallen ist. Ihre Unterlagen senden wir Ihnen auf Wunsch gerne zurück.
""",
        "ack_geduld": """
Ihre Bewerbung wird aktuell noch bearbeitet. Da die Stelle erst zum 01.01. besetzt werden soll, bitten wir Sie noch um etwas Geduld.
""",
        "rej_nach_bewerbung": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position {role} nicht weiter berücksichtigen können.
Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber*innen entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.
Wir haben uns Ihre Unterlagen genau angesehen. Leider können wir Ihnen heute keine positive Rückmeldung geben.
Die Entscheidung ist uns nicht leichtgefallen, denn wir haben viele qualifizierte Bewerbungen erhalten. Letztlich haben wir uns jedoch für Kandidat:innen entschieden, die über mehr Erfahrung im Bereich Controlling verfügen.
Hallo {first}, danke, dass du dich bei uns beworben hast! Wir haben uns deine Bewerbung angeschaut und müssen dir leider absagen. Wir haben uns für jemanden entschieden, dessen Erfahrung noch besser zu unserem Team passt.
Ihre Bewerbung hat uns gut gefallen, dennoch haben wir uns nach reiflicher Überlegung gegen eine weitere Berücksichtigung entschieden.
Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigt werden kann. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.
Dies ist keine Entscheidung gegen Ihre Person oder Ihre Qualifikation, sondern eine Entscheidung für ein Profil, das dem Anforderungsprofil noch genauer entspricht. Wir bitten daher um Verständnis für unsere Absage.
Leider passt Ihr Profil aktuell nicht zu unseren Anforderungen.
SUBJECT: Ihre Bewerbung bei {company} || Wir haben uns nach eingehender Prüfung für eine andere Besetzung der Stelle entschieden.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung als {role} hat sich geändert: Abgelehnt. Weitere Informationen finden Sie in Ihrem Bewerberkonto.
Leider sehen wir für Sie derzeit keine passende Einsatzmöglichkeit in unserem Unternehmen und haben Ihre Bewerbungen auf die ausgeschriebenen Stellen daher geschlossen.
Für diese Position setzen wir verhandlungssichere Deutschkenntnisse (mindestens C1) voraus, die aus Ihren Unterlagen leider nicht hervorgehen. Daher können wir Ihre Bewerbung nicht weiter berücksichtigen.
Leider müssen wir Ihnen mitteilen, dass wir Ihr Dossier nicht weiter berücksichtigen können. Wir haben uns für eine Person entschieden, deren Profil unseren Vorstellungen noch näher kommt.
Entschuldigen Sie bitte die lange Wartezeit. Inzwischen ist das Verfahren abgeschlossen, und wir haben uns gegen Ihre Bewerbung entschieden.
Mit über 600 Bewerbungen auf diese Stelle hatten wir wirklich nicht gerechnet. Wir haben jede einzelne gelesen und waren beeindruckt von der Vielfalt der Lebensläufe. Am Ende konnten wir nur wenige Personen zu Gesprächen einladen, und leider gehören Sie diesmal nicht dazu.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch am vergangenen Donnerstag. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztendlich aber für eine andere Kandidatin entschieden.
Hallo {first}, nochmals danke für das nette Kennenlernen bei uns im Büro. Leider müssen wir dir mitteilen, dass wir uns für eine:n andere:n Bewerber:in entschieden haben. Das Team war von deiner offenen Art begeistert, am Ende hat aber die Erfahrung mit SAP den Ausschlag gegeben.
Nach dem Vorstellungsgespräch haben wir alle Eindrücke sorgfältig abgewogen. Leider müssen wir Ihnen mitteilen, dass wir Ihnen die Stelle nicht anbieten können.
Vielen Dank für Ihre Zeit im Telefoninterview. Wir haben uns entschieden, den Prozess mit Ihnen nicht fortzusetzen.
Sie haben sich in den letzten Wochen viel Zeit für uns genommen: zwei Gespräche, eine Fallstudie und ein Probearbeitstag. Dafür möchte ich mich ganz persönlich bedanken. Umso schwerer fällt es mir, Ihnen heute mitzuteilen, dass wir uns für eine andere Person entschieden haben. Gern gebe ich Ihnen in einem kurzen Telefonat ein ausführliches Feedback, melden Sie sich einfach bei mir.
Nach dem zweiten Gespräch mit unserer Bereichsleitung haben wir uns leider gegen eine Zusammenarbeit entschieden.
Danke, dass du den Tag bei uns im Lager verbracht hast. Wir haben im Team lange gesprochen und uns entschieden, die Stelle anderweitig zu besetzen.
Ihre fachlichen Kenntnisse haben uns überzeugt, allerdings suchen wir für diese Rolle jemanden mit mehr Führungserfahrung. Wir werden Ihnen deshalb kein Angebot unterbreiten.
Wir haben nach den Gesprächen intensiv beraten und uns für BewerberInnen mit stärkerem Logistik-Hintergrund entschieden. Sie sind daher leider nicht mehr im Verfahren.
""",
        "rej_nach_test": """
Vielen Dank für die Bearbeitung unseres Online-Tests. Leider haben Sie die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Sie im weiteren Verfahren nicht berücksichtigen können.
Danke für deine Lösung der Coding Challenge. Unser Team hat sie sich genau angesehen, leider reicht es diesmal nicht für die nächste Runde.
Leider haben Sie sich im Assessment-Center nicht gegen die anderen Teilnehmenden durchsetzen können. Wir danken Ihnen für Ihren Einsatz an beiden Tagen.
""",
        "rej_stelle_besetzt": """
Wir möchten Sie darüber informieren, dass die Stelle als {role} inzwischen besetzt ist.
Die ausgeschriebene Position konnten wir intern besetzen. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.
Kurze Info von uns: Die Stelle ist vergeben. Danke dir trotzdem für dein Interesse!
""",
        "rej_stelle_gestrichen": """
Aufgrund interner Umstrukturierungen wird die Position {role} nicht besetzt. Wir haben das Auswahlverfahren daher eingestellt und müssen Ihnen leider absagen.
Wegen eines unternehmensweiten Einstellungsstopps haben wir die Ausschreibung auf unbestimmte Zeit zurückgezogen. Wir schließen deshalb alle offenen Bewerbungen, auch Ihre.
Die Stelle wird in der ausgeschriebenen Form nicht mehr benötigt. Das Bewerbungsverfahren ist damit ohne Besetzung beendet.
""",
        "rej_oeffentlicher_dienst": """
Das Auswahlverfahren für die Stelle {role} (Kennziffer 2024/117) ist abgeschlossen. Die Auswahlkommission hat sich für eine andere Bewerberin bzw. einen anderen Bewerber entschieden. Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG vernichtet.
Wir bedauern, Ihnen mitteilen zu müssen, dass Sie in die engere Auswahl nicht einbezogen werden konnten. Nach Abschluss des Verfahrens werden Ihre Unterlagen gelöscht; sofern Sie eine Rücksendung wünschen, teilen Sie uns dies bitte mit.
Sie erfüllen die in der Ausschreibung geforderte Voraussetzung eines abgeschlossenen Hochschulstudiums (Bachelor oder FH-Diplom) nicht. Ihre Bewerbung konnte daher im weiteren Verfahren nicht berücksichtigt werden.
Hiermit teilen wir Ihnen mit, dass die Stelle nach Zustimmung des Personalrats mit einer anderen Person besetzt wurde. Wir danken Ihnen für Ihr Interesse am öffentlichen Dienst.
""",
        "rej_agentur": """
Hallo {first}, ich habe Rückmeldung von meinem Kunden erhalten: Leider hat er sich für eine:n andere:n Kandidat:in entschieden. Ich melde mich, sobald ich etwas Passendes für dich habe.
Unser Mandant hat Ihre Unterlagen geprüft und sich entschieden, Sie nicht zu einem Gespräch einzuladen. Gern behalten wir Ihr Profil für weitere Vakanzen in unserer Datenbank.
""",
        "rej_talentpool": """
Auch wenn es diesmal nicht gepasst hat und wir Ihre Bewerbung nicht weiterverfolgen, würden wir Sie gern in unseren Talentpool aufnehmen. Bitte bestätigen Sie dazu Ihre Einwilligung über den untenstehenden Link.
Wir haben uns gegen Ihre Bewerbung entschieden, möchten Ihr Profil aber gern für zukünftige Vakanzen vormerken.
Wir haben uns für andere Bewerber_innen entschieden. Damit wir unseren Bewerbungsprozess verbessern können, freuen wir uns über Ihr Feedback in einer kurzen Umfrage (ca. 2 Minuten).
""",
        "rej_sonstige_gruende": """
Leider ist deine Bewerbung bei uns durchs Raster gefallen, nicht weil sie schlecht war, sondern weil wir in dieser Runde Erfahrung mit B2B-SaaS priorisieren.
Ihre Gehaltsvorstellung liegt deutlich über dem für diese Position vorgesehenen Budget. Wir sehen daher leider keine Grundlage für eine Zusammenarbeit.
Da Sie nach eigener Angabe erst in sechs Monaten verfügbar sind, wir die Stelle aber zum nächstmöglichen Zeitpunkt besetzen müssen, können wir Ihre Bewerbung leider nicht berücksichtigen.
Ihr Profil ist für diese Einstiegsposition deutlich überqualifiziert, daher haben wir uns gegen eine Einladung entschieden. Schauen Sie gern bei unseren Stellen für Professionals vorbei.
Leider können wir Ihnen keine Zusage geben.
""",
        "ack_eingang": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir prüfen diese sorgfältig und melden uns schnellstmöglich bei Ihnen.
Deine Bewerbung ist bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns innerhalb von zwei Wochen bei dir.
Dies ist eine automatisch generierte Nachricht. Ihre Bewerbung als {role} wurde erfolgreich übermittelt. Bitte antworten Sie nicht auf diese E-Mail.
Ihre Initiativbewerbung ist bei uns eingegangen. Wir leiten sie an die passenden Fachbereiche weiter, die sich bei Interesse direkt bei Ihnen melden.
Ich habe Ihr Profil anonymisiert an unseren Kunden weitergegeben und melde mich, sobald ich eine Rückmeldung habe.
""",
        "ack_zwischenbescheid": """
Wir haben sehr viele Bewerbungen erhalten, deshalb wird die Sichtung noch einige Zeit in Anspruch nehmen. Wir bitten Sie um etwas Geduld.
Aufgrund der Vielzahl an Bewerbungen verzögert sich unsere Rückmeldung. Sie befinden sich weiterhin im Auswahlprozess.
Zwischennachricht: Die Auswahlgespräche finden voraussichtlich in der 23. Kalenderwoche statt. Über das Ergebnis der Vorauswahl werden Sie gesondert informiert.
Aufgrund der Betriebsferien verzögert sich die Bearbeitung Ihrer Bewerbung um etwa drei Wochen. Wir danken Ihnen für Ihr Verständnis.
Die Bewerbungsfrist wurde bis zum 30.06. verlängert. Mit der Auswahl beginnen wir erst danach; bis dahin bitten wir Sie um Geduld.
Bitte haben Sie Verständnis dafür, dass wir nur Bewerber*innen kontaktieren können, die in die engere Auswahl kommen. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht berücksichtigt worden.
Wir möchten offen mit Ihnen sein: Die Konkurrenz ist groß, und wir führen zunächst Gespräche mit einer kleinen Gruppe. Eine Entscheidung über Ihre Bewerbung ist damit aber noch nicht gefallen.
Sie sind nicht unter den ersten Kandidat*innen, die wir zu Gesprächen gebeten haben, aber Ihre Bewerbung ist weiterhin im Rennen. Wir melden uns, sobald die erste Runde abgeschlossen ist.
""",
        "ack_status": """
Ihre Bewerbung befindet sich derzeit in Prüfung durch die Fachabteilung.
Wir haben Ihre Bewerbung an unsere Niederlassung in Hamburg weitergeleitet, die die Stelle betreut. Von dort erhalten Sie die weitere Rückmeldung.
Die Besetzung der Position ist derzeit aufgrund interner Abstimmungen pausiert. Ihre Bewerbung bleibt selbstverständlich im Verfahren, wir melden uns, sobald es weitergeht.
Sie haben das Auswahlverfahren durchlaufen, derzeit steht jedoch keine freie Planstelle zur Verfügung. Wir haben Sie in unsere Nachrückliste aufgenommen und kommen auf Sie zu, sobald eine Stelle frei wird.
""",
        "ack_unterlagen": """
Für die weitere Bearbeitung benötigen wir noch Ihr letztes Arbeitszeugnis sowie Ihr Hochschulzeugnis. Bitte laden Sie die Dokumente bis zum 15.05. im Bewerberportal hoch.
Bitte teilen Sie uns noch Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin mit.
Bitte bestätigen Sie Ihre Einwilligung in die Verarbeitung Ihrer Daten, damit wir Ihre Bewerbung bearbeiten können.
""",
        "inv_gespraech": """
Wir würden Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 14. Mai, um 10:00 Uhr in unsere Zentrale ein.
Hast du Lust auf ein erstes Kennenlernen per Video? Buch dir einfach über den Link einen Termin, der dir passt.
Wir möchten Sie gern zu einem kurzen Telefonat von etwa 20 Minuten einladen. Bitte nennen Sie uns zwei bis drei Zeitfenster in der kommenden Woche.
Ihre Unterlagen haben uns überzeugt! Unsere Teamleiterin würde sich gern mit Ihnen austauschen. Wären Sie am Mittwoch zwischen 14 und 16 Uhr erreichbar?
Wir freuen uns, Sie zur zweiten Gesprächsrunde mit unserem Geschäftsführer einzuladen. Das Gespräch findet am 22.05. um 11 Uhr in Bremen statt.
Lust auf einen Kaffee bei uns im Büro in Kreuzberg? Ganz locker, einfach um zu schauen, ob es auf beiden Seiten passt.
Als Nächstes steht ein technisches Gespräch mit zwei Entwickler:innen aus dem Team an, etwa 60 Minuten und remote. Welche Tage passen dir?
Anbei der Link für unser Gespräch morgen um 15 Uhr über Microsoft Teams. Ich freue mich auf den Austausch.
Leider müssen wir unser Gespräch am Freitag verschieben. Würde Ihnen stattdessen Montag um 11 Uhr passen?
""",
        "inv_test_tag": """
Im nächsten Schritt bitten wir Sie, unseren Online-Test zu bearbeiten. Den Link erhalten Sie in einer separaten E-Mail; die Bearbeitung dauert etwa 40 Minuten.
Wir möchten dich gern zu einem Probearbeitstag einladen, damit du das Team und den Arbeitsalltag kennenlernst. Passt dir Donnerstag kommender Woche?
Sie sind in die engere Auswahl gekommen. Das Auswahlgespräch findet am 12.06. um 9:30 Uhr im Rathaus, Zimmer 214, statt. Bitte bestätigen Sie den Termin bis zum 05.06.
Für die nächste Runde bereiten Sie bitte eine Präsentation von 15 Minuten zu der beigefügten Fallstudie vor, die Sie anschließend mit dem Team diskutieren.
Wir laden Sie zu unserem Assessment-Center am 20. Juni in Frankfurt ein. Die Reisekosten erstatten wir Ihnen selbstverständlich.
Gute Nachrichten: Mein Kunde möchte Sie kennenlernen! Vorgeschlagen ist Dienstag um 16 Uhr per Teams. Passt Ihnen das?
""",
        "off_angebot": """
Wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können! Den Arbeitsvertrag sowie alle Details zu Gehalt und Startdatum finden Sie im Anhang.
Wir haben uns für dich entschieden! Das ganze Team freut sich darauf, mit dir zu arbeiten. Den Vertrag schicken wir dir morgen zu, Start wäre am 1. Juli.
Wie heute telefonisch besprochen, erhalten Sie anbei Ihr Vertragsangebot. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20.05. zurück.
Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle ausgewählt hat. Vorbehaltlich der Zustimmung des Personalrats beabsichtigen wir, Sie zum 01.09. einzustellen.
Mein Kunde möchte Ihnen ein Angebot machen: 68.000 Euro brutto jährlich plus Bonus, Start zum 1. Oktober. Wann können wir kurz telefonieren?
""",
        "oth_alert": """
Neue Jobs für dich: 8 neue Stellenangebote für Data Analyst in München und Umgebung. Jetzt ansehen und mit einem Klick bewerben.
Ihr Jobagent hat 5 neue Treffer für Ihre Suche gefunden. Sie können Ihren Jobagenten jederzeit bearbeiten oder abbestellen.
""",
        "oth_newsletter": """
Neues aus dem Karriereblog von {company}: Wie unser Azubi-Jahrgang 2024 gestartet ist, was hinter unserem neuen Hybrid-Modell steckt und welche Teams gerade wachsen.
""",
        "oth_cold": """
Ich bin über Ihr XING-Profil auf Sie aufmerksam geworden und betreue aktuell eine spannende Position als Senior Data Analyst bei einem Mittelständler in Stuttgart. Hätten Sie Interesse an einem unverbindlichen Austausch?
Hi {first}, ich arbeite als Personalberaterin für Tech-Start-ups und hätte da eine Rolle, die zu deinem Profil passen könnte: Product Manager, remote, bis 85k. Magst du mehr erfahren?
""",
        "oth_survey": """
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Helfen Sie uns, besser zu werden, und nehmen Sie an unserer anonymen Umfrage teil (ca. 3 Minuten).
""",
        "oth_event": """
Lernen Sie uns persönlich kennen: Am 14. September öffnen wir beim Karrieretag unsere Türen. Melden Sie sich jetzt kostenlos an.
""",
        "oth_withdrawal": """
Wie gewünscht haben wir Ihre Bewerbung zurückgezogen und Ihre personenbezogenen Daten gelöscht. Wir wünschen Ihnen für Ihre Zukunft alles Gute.
Ihre Einwilligung zur Speicherung Ihrer Daten in unserem Talentpool läuft in 30 Tagen ab. Wenn Sie weiterhin im Pool bleiben möchten, bestätigen Sie dies bitte über den Link.
""",
    },
    "fr": {
        "rej_divers": """
Votre candidature n'a pas été retenue pour le stage de fin d'études au sein de notre direction financière.
Nous sommes au regret de vous informer que notre choix s'est porté sur un autre candidat.
Nous avons finalement décidé de ne pas ouvrir ce poste cette année. Le recrutement est donc clos sans embauche.
""",
        "ack_dossier_complet": """
Nous avons bien reçu les documents demandés. Votre dossier est désormais complet et sera examiné par la commission le 3 juillet.
""",
        "inv_appel": """
Nous serions ravis d'échanger avec vous de vive voix. Quand seriez-vous joignable pour un appel d'une vingtaine de minutes ?
""",
        "rej_candidature": """
Nous avons bien étudié votre candidature au poste de {role} et nous avons le regret de vous informer qu'elle n'a pas été retenue.
Malgré l'intérêt de votre profil, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.
Après examen attentif de votre dossier, nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.
Nous avons reçu de nombreuses candidatures de grande qualité et avons dû faire des choix. Votre profil, bien qu'intéressant, ne correspond pas tout à fait aux attentes du poste.
Bonjour {first}, merci d'avoir postulé chez nous ! Après avoir étudié ta candidature, on a décidé de ne pas aller plus loin cette fois-ci. On a privilégié des profils avec plus d'expérience en SaaS B2B.
SUBJECT: Votre candidature chez {company} || Nous vous informons que votre candidature n'a pas été retenue.
Votre candidature pour le poste de {role} a été examinée par l'équipe de recrutement. Malheureusement, elle n'a pas été retenue.
Ce poste nécessite une maîtrise courante de l'allemand, ce qui ne ressort pas de votre candidature. Nous ne pouvons donc pas y donner suite.
Veuillez nous excuser pour ce délai de réponse. Le processus est désormais clôturé et nous ne sommes malheureusement pas en mesure de retenir votre candidature.
Votre parcours est riche, mais nous avons choisi de poursuivre avec des candidats dont l'expérience correspond davantage à nos besoins actuels.
Nous avons le regret de vous faire savoir que nous ne pouvons pas retenir votre dossier pour ce poste.
Nous avons reçu plus de 500 candidatures pour ce poste, un record pour notre petite équipe. Chacune a été lue avec attention, et le choix a été difficile. Nous ne pourrons malheureusement pas vous rencontrer cette fois-ci.
SUBJECT: Mise à jour de votre candidature || Statut de votre candidature au poste de {role} : non retenue.
Après une première sélection sur dossier, votre candidature n'a pas été présélectionnée.
Nous n'avons actuellement aucun poste correspondant à votre profil et ne pouvons donc pas donner une suite favorable à votre candidature spontanée.
Nous sommes au regret de ne pas pouvoir retenir votre candidature. Cette décision ne remet nullement en cause la qualité de votre parcours.
Nous avons le regret de t'annoncer que tu n'as pas été retenu·e pour la suite du processus.
""",
        "rej_apres_entretien": """
Nous vous remercions pour l'entretien que vous nous avez accordé le 12 mars. Après réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont le profil correspond davantage à nos attentes.
Bonjour {first}, merci encore pour ton temps lors de nos échanges. L'équipe a beaucoup apprécié ta motivation, mais nous avons choisi une autre personne pour ce poste. Je reste dispo si tu veux un retour plus détaillé.
Suite à nos entretiens, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.
Je tenais à vous écrire personnellement. Vous avez franchi toutes les étapes de notre processus, jusqu'à l'étude de cas présentée devant le comité, et vous avez fait forte impression. Le choix s'est pourtant porté sur une autre candidate, dont l'expérience en communication de crise correspondait davantage à nos enjeux du moment. Si vous le souhaitez, je vous propose un court échange téléphonique pour vous faire un retour détaillé.
Après l'échange téléphonique que nous avons eu mardi, nous avons décidé de ne pas poursuivre avec votre candidature.
Le jury a apprécié votre présentation ; toutefois, nous ne sommes pas en mesure de vous proposer le poste.
Nous ne donnerons pas suite. Merci pour votre temps.
Après nos deux entretiens, la manager a finalement opté pour un profil plus senior. Nous ne poursuivrons donc pas le processus avec vous.
""",
        "rej_apres_test": """
Merci d'avoir réalisé le test technique. Vos résultats ne nous permettent malheureusement pas de poursuivre le processus avec vous.
Nous avons bien reçu ton cas pratique et l'équipe l'a étudié avec attention. Malheureusement, ce n'est pas suffisant pour passer à l'étape suivante.
""",
        "rej_poste_pourvu": """
Nous vous informons que le poste de {role} a été pourvu.
Le poste a été pourvu en interne ; nous clôturons donc l'ensemble des candidatures externes, dont la vôtre.
Petit mot pour te dire que le poste est désormais pourvu. Merci pour ton intérêt !
""",
        "rej_poste_annule": """
Suite à une réorganisation interne, le recrutement pour le poste de {role} est annulé. Nous ne pouvons donc pas donner suite à votre candidature.
En raison d'un gel des embauches, nous arrêtons ce recrutement sans date de reprise et clôturons les candidatures en cours, dont la vôtre.
""",
        "rej_fonction_publique": """
J'ai le regret de vous informer que le jury, réuni le 4 juin, ne vous a pas déclaré(e) admissible au concours externe d'attaché territorial.
Suite à l'examen des candidatures reçues pour le poste de {role} (réf. 2024-117), la commission de recrutement n'a pas retenu votre candidature. Vos pièces justificatives seront détruites à l'issue de la procédure.
Vous ne remplissez pas les conditions de diplôme requises pour ce recrutement. Votre dossier a donc été déclaré irrecevable.
""",
        "rej_cabinet": """
Bonjour {first}, j'ai eu le retour de mon client : il a décidé de ne pas poursuivre avec ta candidature pour ce poste. Je reviens vers toi dès que j'ai une autre opportunité.
Notre client a étudié votre dossier avec attention mais a choisi de rencontrer d'autres candidats. Nous conservons votre profil pour nos prochaines missions.
""",
        "rej_vivier_enquete": """
Nous ne donnerons pas suite à votre candidature. Afin d'améliorer notre processus, nous vous invitons à répondre à un court questionnaire de deux minutes.
Nous n'avons pas retenu votre candidature pour ce poste, mais nous aimerions vous intégrer à notre vivier de talents. Vous pouvez retirer votre accord à tout moment.
Nous sommes au regret de ne pouvoir donner une suite positive à votre candidature. Nous conservons toutefois votre CV dans notre base afin de vous recontacter si une opportunité correspondant à votre profil se présentait.
""",
        "rej_motifs": """
Vos prétentions salariales sont nettement supérieures à l'enveloppe prévue pour ce poste ; nous ne pouvons donc pas donner suite.
Le poste est à pourvoir immédiatement et votre préavis de trois mois ne nous permet pas de retenir votre candidature.
Votre expérience dépasse largement le niveau attendu pour ce poste junior ; nous pensons qu'il ne correspondrait pas à vos ambitions et avons décidé de ne pas donner suite.
Ce poste nécessite une autorisation de travail en Suisse que nous ne sommes pas en mesure de parrainer ; nous devons donc clore votre candidature.
Nous ne sommes pas en mesure de vous faire une proposition pour ce poste.
Nous avons décidé de poursuivre avec d'autres profils.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Elle sera étudiée avec la plus grande attention.
Ta candidature a bien été envoyée ! L'équipe de {company} va l'étudier et reviendra vers toi.
Message automatique : votre candidature a bien été enregistrée. Merci de ne pas répondre à cet e-mail.
Votre candidature spontanée a bien été reçue ; nous la conservons et la transmettrons aux managers concernés.
J'ai bien reçu ton CV et je l'ai transmis à mon client. Je reviens vers toi dès que j'ai un retour.
""",
        "ack_volume_delai": """
Nous recevons un grand nombre de candidatures et ne pouvons répondre individuellement à chacune. Sans réponse de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.
Plus de 800 personnes ont postulé à cette offre. Nous prenons le temps de lire chaque candidature, ce qui peut prendre jusqu'à trois semaines.
Le processus de recrutement prend plus de temps que prévu en raison des congés d'été. Votre candidature est toujours en cours d'examen.
Nous revenons vers vous pour vous informer que nous n'avons pas encore pris de décision. Les entretiens se poursuivent jusqu'à fin avril.
La date limite de dépôt des candidatures a été prolongée jusqu'au 30 juin ; la sélection ne commencera qu'après cette date.
Je préfère être transparent : la concurrence est rude et nous rencontrons d'abord les profils les plus proches du besoin. Aucune décision n'est prise à ce stade concernant votre candidature.
Vous ne faites pas partie de la première vague d'entretiens, mais votre candidature reste à l'étude et nous reviendrons vers vous à l'issue de ce premier tour.
SUBJECT: Point d'étape sur votre candidature || Nous voulions simplement vous tenir informé(e) : le processus est toujours en cours et nous reviendrons vers vous d'ici deux semaines.
""",
        "ack_statut": """
Votre candidature est en cours d'étude par la manager du poste.
Votre candidature a été transmise à notre agence de Lyon, qui gère ce recrutement.
Le recrutement pour ce poste est momentanément suspendu. Votre candidature reste active et nous reviendrons vers vous dès la reprise du processus.
Le jury vous a inscrit(e) sur la liste complémentaire. Vous pourrez être appelé(e) en cas de désistement d'un lauréat de la liste principale.
""",
        "ack_pieces": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme et de vos trois derniers bulletins de salaire.
Votre dossier est incomplet : il manque la copie de votre pièce d'identité. Vous disposez de dix jours pour le compléter.
Pourriez-vous nous indiquer la durée de votre préavis ainsi que vos prétentions salariales ? Ces éléments nous permettront de poursuivre l'étude de votre dossier.
""",
        "inv_entretien": """
Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer lors d'un entretien le mardi 14 mai à 10 h dans nos locaux.
Serais-tu dispo pour un premier échange en visio de 30 minutes cette semaine ? Tu peux réserver un créneau directement via ce lien.
Nous vous proposons un entretien téléphonique avec notre responsable RH. Pourriez-vous nous indiquer vos disponibilités pour la semaine prochaine ?
Nous aimerions échanger avec vous autour d'un café pour faire connaissance. Seriez-vous disponible jeudi en fin de matinée ?
Notre directrice a un empêchement jeudi. Pourrions-nous décaler notre rendez-vous à lundi 15 h ?
Nous souhaitons poursuivre le processus avec vous : un second entretien avec notre directeur général pourrait avoir lieu le 22 mai à 11 h. Cela vous convient-il ?
Voici le lien Teams pour notre rendez-vous de demain à 14 h. À demain !
La prochaine étape est un entretien technique d'une heure avec deux développeurs·euses de l'équipe. Quels créneaux te conviendraient ?
Bonne nouvelle : mon client souhaite te rencontrer ! Il propose mercredi 11 h dans ses bureaux à La Défense.
""",
        "inv_test_etape": """
La prochaine étape consiste en un test en ligne d'environ 45 minutes. Vous recevrez le lien dans un e-mail séparé, à compléter sous cinq jours.
Pour la dernière étape, nous vous proposons de présenter un cas pratique de 20 minutes devant le comité de direction, suivi d'un temps d'échange.
Vous êtes convoqué(e) à l'épreuve orale d'admission qui se déroulera le 12 juin à 9 h 30 à l'Hôtel de Région. Munissez-vous d'une pièce d'identité.
Nous te proposons de passer une demi-journée avec l'équipe pour découvrir notre quotidien. Est-ce que jeudi prochain te conviendrait ?
Nous avons le plaisir de vous convier à notre journée de sélection le 20 juin à Lyon. Vos frais de déplacement seront pris en charge.
Merci de réserver un créneau pour un entretien vidéo différé : vous répondrez à cinq questions enregistrées, à votre rythme, d'ici vendredi.
""",
        "off_proposition": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez ci-joint votre promesse d'embauche précisant votre rémunération et votre date de prise de poste.
Bonne nouvelle : on aimerait beaucoup que tu rejoignes l'équipe ! Je t'envoie le contrat dans la journée, avec une arrivée prévue le 2 septembre.
Suite à notre conversation téléphonique, je vous confirme par écrit notre proposition : CDI, 48 k€ bruts annuels, statut cadre, prise de poste au 1er octobre.
J'ai le plaisir de vous informer que votre candidature a été retenue pour le poste de {role}. Votre recrutement prendra effet au 1er septembre, sous réserve de la visite médicale d'aptitude.
Mon client souhaite vous faire une proposition : 55 k€ fixe plus variable, télétravail deux jours par semaine. On en parle demain ?
""",
        "oth_alert": """
Nouvelles offres correspondant à votre alerte : Chargé de communication, Lyon. 6 nouvelles offres publiées depuis hier.
Ces entreprises recrutent près de chez toi : découvre 10 nouvelles offres sélectionnées pour ton profil.
""",
        "oth_newsletter": """
Ce mois-ci chez {company} : l'ouverture de notre nouveau bureau à Bordeaux, le portrait de Léa, cheffe de projet, et nos conseils pour réussir un entretien en visio.
""",
        "oth_cold": """
Je me permets de vous contacter car votre profil a retenu mon attention sur LinkedIn. J'accompagne actuellement un groupe industriel lyonnais dans le recrutement d'un Responsable Supply Chain. Seriez-vous ouvert(e) à en discuter ?
Hello {first}, je suis chasseuse de têtes pour des startups tech et j'ai une opportunité de Product Manager à Paris qui pourrait te plaire. Partant·e pour en savoir plus ?
""",
        "oth_survey": """
Votre avis compte ! Vous avez récemment participé à l'un de nos processus de recrutement. Répondez à notre enquête de satisfaction en trois minutes.
""",
        "oth_event": """
Rejoignez-nous le 18 juin pour notre afterwork recrutement : rencontrez nos équipes dans une ambiance conviviale. Inscription gratuite mais obligatoire.
""",
        "oth_withdrawal": """
Conformément à votre demande, nous avons retiré votre candidature au poste de {role}. Nous vous souhaitons une excellente continuation.
Vos données personnelles seront supprimées de notre base dans 30 jours, à moins que vous ne confirmiez votre souhait d'y rester en cliquant sur le lien ci-dessous.
""",
    },
    "es": {
        "rej_varios": """
Lamentamos comunicarte que la beca de prácticas ya ha sido adjudicada y no hemos podido seleccionarte.
Gracias por tu tiempo en la entrevista. Te contamos que finalmente avanzamos con otra persona; ojalá podamos cruzarnos en otra búsqueda.
Hemos decidido finalmente no abrir esta posición este año, por lo que el proceso queda cerrado sin contratación.
""",
        "ack_expediente": """
Hemos recibido la documentación solicitada. Tu expediente está completo y será valorado por el tribunal el próximo 3 de julio.
""",
        "inv_llamada": """
Nos encantaría conversar contigo. ¿Cuándo podríamos llamarte para una charla de unos 20 minutos?
""",
        "rej_candidatura": """
Tras analizar detenidamente tu candidatura para el puesto de {role}, lamentamos comunicarte que en esta ocasión no has sido seleccionado para continuar en el proceso.
Le agradecemos el interés mostrado en nuestra compañía. Lamentamos informarle de que su perfil no se ajusta a los requisitos del puesto.
SUBJECT: Tu candidatura ha cambiado de estado || La empresa {company} ha actualizado el estado de tu candidatura a la oferta {role}: Descartado.
El proceso de selección para la oferta {role} ha finalizado y tu candidatura no ha sido seleccionada.
Hemos recibido un número muy elevado de candidaturas y, aunque tu perfil es interesante, hemos decidido seguir adelante con otras personas candidatas cuya experiencia encaja mejor con lo que buscamos.
Hola {first}, gracias por querer formar parte de nuestro equipo. Hemos revisado tu CV con cariño y, por esta vez, no vamos a seguir adelante contigo.
Agradecemos tu interés en formar parte de {company}. Te informamos que en esta ocasión tu perfil no fue seleccionado para continuar en el proceso de la vacante de {role}.
Lamentamos informarte que no continuarás en el proceso de selección. Tu postulación quedará registrada en nuestra base de datos para futuras oportunidades.
¡Hola {first}! Gracias por postularte. Revisamos tu perfil y, por ahora, decidimos avanzar con otros candidatos. Te animamos a que sigas atento a nuestras búsquedas.
Por medio del presente le informamos que, tras la revisión de su hoja de vida, la misma no fue seleccionada para continuar en el proceso.
Sentimos mucho el retraso en responderte. Ya hemos cerrado el proceso y, lamentablemente, no hemos podido contar contigo.
Nos llegaron más de 700 postulaciones para esta búsqueda, algo que nunca nos había pasado. Leímos cada una con atención y la verdad es que el nivel fue altísimo. Por desgracia, solo podemos avanzar con un grupo pequeño y tu candidatura no está entre ellas.
Para este puesto es imprescindible un nivel C1 de inglés acreditado, por lo que no podemos continuar con tu candidatura.
No continuarás en el proceso. Gracias por postularte.
SUBJECT: Novedades sobre tu postulación || El estado de tu postulación a {role} ha cambiado a: No seleccionado.
En este momento no disponemos de ninguna vacante acorde a tu perfil, por lo que no podemos dar curso a tu candidatura espontánea.
Lamentamos no poder contar contigo en esta ocasión.
""",
        "rej_tras_entrevista": """
Gracias por el tiempo que nos dedicaste en la entrevista del pasado jueves. Tras valorar a todas las personas finalistas, hemos decidido seguir adelante con otra candidatura.
Queremos agradecerle su participación en las entrevistas. Lamentamos comunicarle que no ha sido seleccionado/a para el puesto.
Quería escribirte personalmente. Llegaste hasta la última etapa, tu caso práctico fue de los mejores que vimos y al equipo le encantó conocerte. La decisión fue muy reñida, pero finalmente optamos por una persona con más experiencia en medios de pago. Si te sirve, con gusto te comparto feedback en una llamada de 15 minutos; solo respóndeme este correo.
Después de la entrevista con el gerente del área, decidimos no avanzar con tu candidatura a la siguiente etapa.
Te agradezco la llamada del martes. Lamentablemente, el equipo considera que tu perfil no encaja con lo que necesitamos ahora mismo, así que no agendaremos más entrevistas.
El comité valoró positivamente tu presentación; sin embargo, no podemos ofrecerte el puesto.
Agradecemos tu participación en la dinámica grupal. En esta ocasión no continuarás a la siguiente fase del proceso.
Hemos decidido no continuar con tu proceso. Te agradecemos la disposición y el tiempo invertido en las entrevistas.
""",
        "rej_tras_prueba": """
Gracias por realizar la prueba técnica. Lamentablemente, no has alcanzado la puntuación mínima para pasar a la siguiente fase.
Revisamos tu caso práctico con mucha atención. Aunque tiene puntos muy buenos, no cumple varios de los requisitos clave, así que no vamos a avanzar con tu candidatura.
Los resultados de las evaluaciones psicométricas no se ajustan al perfil requerido para la posición, por lo que no continuarás en el proceso.
""",
        "rej_puesto_cubierto": """
Te informamos de que el puesto de {role} ya ha sido cubierto.
La vacante se cubrió con un candidato interno, por lo que cerramos el proceso para todas las candidaturas externas.
La vacante ya fue ocupada. ¡Gracias por tu interés!
""",
        "rej_proceso_cancelado": """
Por una reestructuración interna, la vacante de {role} ha quedado cancelada y, por tanto, no continuaremos con el proceso.
Debido a un congelamiento de contrataciones, hemos decidido cerrar esta búsqueda sin fecha de reapertura. Por eso damos por finalizada tu postulación.
""",
        "rej_sector_publico": """
Publicada la lista definitiva de personas admitidas y excluidas, figura usted como excluido/a por no acreditar la titulación exigida en las bases de la convocatoria.
La comisión de selección ha concluido el proceso de la convocatoria 2024/117 y su candidatura no ha sido seleccionada. Contra la presente resolución podrá interponer recurso de alzada en el plazo de un mes.
Le informamos que usted no ha sido seleccionado(a) para la etapa de entrevistas del proceso de selección, de acuerdo con el puntaje obtenido en la evaluación curricular.
""",
        "rej_consultora": """
Hola {first}, ya tengo respuesta de mi cliente: han decidido seguir con otros perfiles con más experiencia en el sector energético. Te tengo en cuenta para próximas posiciones.
Nuestro cliente ha revisado su candidatura y ha decidido no continuar. Mantendremos su CV en nuestra base de datos para futuros procesos.
""",
        "rej_motivos": """
Tu expectativa salarial está muy por encima de la banda prevista para este puesto, por lo que no podemos avanzar.
El puesto requiere residir en Monterrey y disponibilidad inmediata, por lo que no podemos continuar con tu postulación.
Tu experiencia supera ampliamente lo que requiere esta posición junior, y creemos que no estarías a gusto en ella, así que hemos decidido no seguir adelante.
Lamentablemente no podemos tramitar permiso de trabajo para este puesto y, al no contar con él, no podemos seguir con tu candidatura.
Aunque no vas a continuar en este proceso, nos gustaría guardar tu perfil en nuestra bolsa de talento para futuras oportunidades. Puedes darte de baja cuando quieras.
No seguiremos adelante con tu candidatura. Nos ayudaría mucho que nos contaras cómo fue tu experiencia en esta encuesta de dos minutos.
No hemos podido darte una respuesta positiva esta vez.
""",
        "ack_recibida": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.
¡Gracias por postularte! Tu postulación fue recibida con éxito. Este es un correo automático, por favor no respondas.
SUBJECT: Tu candidatura ha cambiado de estado || La empresa {company} ha leído tu CV. Tu candidatura a la oferta {role} está ahora en estado: En proceso.
He recibido tu CV y se lo he presentado a mi cliente. En cuanto tenga respuesta te escribo.
Hemos trasladado tu candidatura a nuestra oficina de Valencia, que lleva este proceso. Ellos se pondrán en contacto contigo.
""",
        "ack_volumen_retraso": """
Debido al gran volumen de candidaturas recibidas, solo contactaremos con las personas preseleccionadas. Si no recibes noticias en 30 días, entiende que tu candidatura no ha sido seleccionada.
Recibimos más de 1.000 postulaciones para esta vacante, por lo que la revisión puede tardar hasta tres semanas.
El proceso se ha retrasado más de lo previsto por las vacaciones de Semana Santa. Tu candidatura sigue en revisión.
Seguimos evaluando candidaturas y aún no hemos tomado ninguna decisión. Te escribiremos en cuanto tengamos novedades.
Te seremos sinceros: hay muchos perfiles con más experiencia que la que pide el puesto, y la competencia es dura. Todavía no hemos tomado ninguna decisión sobre tu candidatura.
No formas parte del primer grupo de entrevistas, pero tu postulación sigue en consideración y te contactaremos cuando cerremos esa primera ronda.
El plazo de presentación de solicitudes se ha ampliado hasta el 30 de junio. La valoración de méritos comenzará una vez cerrado el plazo.
SUBJECT: Actualización de tu proceso || Queríamos contarte que el proceso sigue abierto y que tendremos novedades en unas dos semanas.
""",
        "ack_estado": """
Tu candidatura se encuentra en revisión por parte del responsable del área.
El proceso para la vacante de {role} se encuentra en pausa por ajustes presupuestarios. Tu postulación sigue activa y te avisaremos cuando se reanude.
Ha superado el proceso selectivo sin obtener plaza y ha pasado a formar parte de la bolsa de empleo. Será llamado/a por orden de puntuación cuando surja una necesidad.
Se ha publicado la lista provisional de personas admitidas y excluidas en la sede electrónica. Dispone de diez días hábiles para presentar alegaciones o subsanar defectos.
""",
        "ack_documentos": """
Para continuar con tu proceso necesitamos que subas a la plataforma tu título universitario y tu informe de vida laboral.
Para completar tu expediente necesitamos tu comprobante de último grado de estudios y dos referencias laborales.
¿Podrías indicarnos tu pretensión salarial y tu fecha posible de incorporación? Con esos datos seguiremos revisando tu perfil.
""",
        "inv_entrevista": """
Nos gustaría conocerte en una entrevista el martes 14 de mayo a las 10:00 en nuestras oficinas de Madrid. ¿Nos confirmas asistencia?
¿Tendrías 30 minutos esta semana para una llamada con nuestro Head of Product? Puedes elegir el horario que mejor te venga en este enlace.
Te invitamos a una videollamada para conocerte mejor. Por favor, agenda en el horario que más te acomode.
¿Te vendría bien tomarnos un café la semana que viene para charlar sobre el puesto, sin formalidades?
Nuestra directora tiene un imprevisto el jueves. ¿Podríamos mover la reunión al lunes a las 15:00?
Queremos avanzar contigo a la segunda etapa: una entrevista con el gerente general el 22 de mayo a las 11:00. ¿Te queda bien?
Te comparto el enlace de Google Meet para nuestra charla de mañana a las 16:00, hora de Chile.
Le llamaremos mañana entre las 10 y las 12 para una breve entrevista telefónica. Si ese horario no le viene bien, indíquenos otro.
¡Buenas noticias! Mi cliente quiere conocerte. Proponen el miércoles a las 11:00 en sus oficinas de Barcelona.
""",
        "inv_prueba": """
El siguiente paso es una prueba técnica online de unos 60 minutos. Te llegará el enlace en un correo aparte.
Para la etapa final te pedimos preparar un caso de negocio y presentarlo ante el comité en 20 minutos.
Se le convoca a la realización del primer ejercicio de la fase de oposición, que tendrá lugar el 12 de junio a las 9:30 horas en la Facultad de Derecho. Deberá presentarse con DNI.
Te invitamos a participar en una dinámica grupal el jueves 20 en nuestras oficinas de Santiago.
Como parte del proceso, te pedimos completar unas evaluaciones psicométricas en línea antes del viernes.
Nos gustaría que pasaras una mañana con el equipo para que conozcas de cerca cómo trabajamos. ¿Qué día te viene mejor?
""",
        "off_oferta": """
Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la carta oferta con las condiciones económicas y la fecha de incorporación.
¡Queremos que te sumes al equipo! Te enviamos hoy mismo la propuesta formal; la idea sería que empieces el 1 de julio.
Tal como conversamos por teléfono, te confirmo por escrito nuestra propuesta: contrato indefinido, 42.000 euros brutos anuales e incorporación el 1 de septiembre.
Nos da mucho gusto informarte que has sido seleccionado para ocupar la vacante de {role}. Te compartimos tu propuesta económica y quedamos atentos a tu respuesta.
Mi cliente quiere hacerte una oferta: 65.000 USD anuales más bono, modalidad remota. ¿Hablamos hoy?
""",
        "oth_alert": """
Nuevas ofertas para ti: 9 empleos de Analista de Datos en Madrid publicados en las últimas 24 horas.
Tu alerta de empleo tiene 4 nuevas vacantes en Ciudad de México. Postúlate antes que nadie.
""",
        "oth_newsletter": """
Novedades de {company}: abrimos oficina en Bogotá, lanzamos nuestro programa de mentoring y te contamos cómo es un día en el equipo de ingeniería.
""",
        "oth_cold": """
Hola {first}, vi tu perfil en LinkedIn y creo que podrías encajar en una posición de Senior Data Analyst para una fintech en Madrid. ¿Te apetecería que lo habláramos?
Estimado/a {first}, trabajo como headhunter para empresas de consumo masivo en Latinoamérica y tengo una búsqueda de Supply Chain Manager que podría interesarte. ¿Tienes unos minutos esta semana?
""",
        "oth_survey": """
¿Cómo fue tu experiencia con nuestro proceso de selección? Cuéntanoslo en una encuesta anónima de tres minutos.
""",
        "oth_event": """
Te esperamos en nuestra feria de empleo virtual el 18 de junio: conoce a nuestros equipos y descubre las vacantes abiertas. Inscripción gratuita.
""",
        "oth_withdrawal": """
Tal como solicitaste, hemos retirado tu candidatura al puesto de {role}. ¡Te deseamos mucho éxito en tu nuevo reto!
Tus datos personales se eliminarán de nuestra base de candidatos en 30 días, salvo que confirmes que deseas mantenerlos a través del siguiente enlace.
""",
    },
    "pt": {
        "rej_diversos": """
Informamos que o programa de estágio já está completo e não foi possível selecionar a sua candidatura este ano.
Obrigado pela conversa com o time. Optamos por seguir com outra pessoa, mas adoraríamos que você se candidatasse a futuras vagas.
Decidimos não abrir esta posição este ano, pelo que o processo fica encerrado sem contratação.
""",
        "ack_processo_completo": """
Recebemos os documentos solicitados. O seu processo está completo e será avaliado pelo júri no dia 3 de julho.
""",
        "inv_ligacao": """
Adoraríamos conversar com você. Quando podemos te ligar para um papo de uns 20 minutos?
""",
        "rej_candidatura": """
Agradecemos sua participação no processo seletivo para a vaga de {role}. Após análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais alinhado ao momento da empresa.
Infelizmente, neste momento, seu perfil não foi selecionado para as próximas etapas do processo.
Oi {first}, tudo bem? Queremos agradecer seu interesse em fazer parte do nosso time. Depois de analisar sua candidatura, decidimos não seguir com ela desta vez. Seu currículo fica no nosso banco de talentos!
SUBJECT: Atualização sobre sua candidatura || Você não avançou para a próxima etapa da vaga {role}. Continue acompanhando nossas oportunidades.
Recebemos mais de 2 mil candidaturas para esta vaga, algo que nunca tinha acontecido por aqui. Lemos cada uma com carinho e ficamos impressionados com a qualidade dos perfis. Infelizmente, só conseguimos seguir com poucas pessoas e não foi possível avançar com a sua.
Sua experiência é muito interessante, mas para esta posição buscamos alguém com vivência no varejo. Por isso, não seguiremos com sua candidatura.
Agradecemos o interesse demonstrado em integrar a {company}. Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.
Após análise curricular, informamos V. Exa. de que o seu perfil não se enquadra nos requisitos definidos para a função.
Vimos por este meio informar que o processo de recrutamento para a função de {role} foi concluído e que a sua candidatura não foi selecionada.
Pedimos desculpa pela demora na resposta. O processo já foi encerrado e, infelizmente, não foi possível avançar com a sua candidatura.
Para esta função é obrigatório inglês fluente, requisito que não ficou evidente no seu currículo, pelo que não daremos seguimento à candidatura.
Infelizmente não seguiremos com sua candidatura. Obrigado.
Depois de muita conversa interna, optamos por seguir com outras pessoas candidatas nesta vaga.
Não temos, de momento, nenhuma vaga compatível com o seu perfil, pelo que não podemos dar seguimento à sua candidatura espontânea.
SUBJECT: Status da sua candidatura || O status da sua candidatura para {role} mudou para: Não aprovado(a).
Lamentamos não poder contar consigo nesta ocasião.
""",
        "rej_apos_entrevista": """
Obrigado pela entrevista da última quinta-feira. Gostamos muito de conversar com você, mas decidimos seguir com outra pessoa candidata para a posição.
Agradecemos a sua disponibilidade para a entrevista. Após ponderação, decidimos avançar com outro candidato, pelo que não daremos seguimento à sua candidatura.
Queria te escrever pessoalmente. Você chegou até a etapa final, o seu case foi um dos melhores que vimos e o time adorou te conhecer. A decisão foi difícil, mas optamos por alguém com mais experiência em meios de pagamento. Se quiser, posso te passar um feedback mais detalhado numa call rápida, é só responder este e-mail.
Após a conversa com a gestora da área, decidimos não avançar com você para a próxima etapa.
Agradecemos sua participação na dinâmica de grupo. Infelizmente você não seguirá para a próxima fase.
O júri apreciou a sua apresentação; no entanto, não nos é possível oferecer-lhe a posição.
Obrigado pelo bate-papo por telefone. Conversamos com o time e entendemos que, neste momento, não há fit com a vaga, então não vamos agendar novas conversas.
Decidimos não prosseguir com a sua candidatura após a segunda entrevista. Agradecemos o tempo dedicado.
""",
        "rej_apos_teste": """
Obrigado por realizar o teste técnico. Infelizmente você não atingiu a pontuação mínima para seguir no processo.
Analisamos o seu case com atenção. Apesar de bons pontos, ele não cobre alguns requisitos essenciais, então não vamos avançar com a sua candidatura.
Informamos que, na sequência da prova de conhecimentos, não obteve a classificação mínima exigida, pelo que não prossegue para o método de seleção seguinte.
""",
        "rej_vaga_preenchida": """
Informamos que a vaga de {role} já foi preenchida.
A função foi preenchida por recrutamento interno, pelo que encerrámos o processo para todas as candidaturas externas.
Passando pra avisar que a vaga já foi preenchida. Obrigado pelo interesse!
""",
        "rej_vaga_cancelada": """
Devido a uma reestruturação interna, a vaga de {role} foi cancelada e o processo seletivo foi encerrado.
Com o congelamento das contratações, suspendemos esta vaga sem previsão de retorno e encerramos todas as candidaturas, inclusive a sua.
""",
        "rej_setor_publico": """
Notifica-se V. Exa. de que foi excluído(a) do procedimento concursal por não possuir o nível habilitacional exigido no aviso de abertura.
Comunicamos que o(a) candidato(a) foi desclassificado(a) do processo seletivo simplificado por não atender ao requisito mínimo de experiência previsto no edital.
Informa-se que a lista unitária de ordenação final foi homologada e que V. Exa. não obteve classificação que permita o seu recrutamento.
""",
        "rej_consultoria": """
Oi {first}, tive retorno do meu cliente: eles decidiram seguir com outros perfis com mais experiência no setor. Fico de olho em novas oportunidades para você.
O nosso cliente analisou a sua candidatura e optou por não avançar. Manteremos o seu perfil na nossa base de dados.
""",
        "rej_motivos": """
Apesar de não seguirmos com você nesta vaga, gostaríamos de manter seu perfil no nosso banco de talentos para futuras oportunidades.
Não vamos dar continuidade à sua candidatura. Para melhorarmos, responda nossa pesquisa de dois minutos sobre o processo.
Sua pretensão salarial está bem acima da faixa prevista para a posição, por isso não vamos seguir adiante.
A vaga exige residência em Curitiba e disponibilidade imediata, por isso não poderemos seguir com sua candidatura.
A sua experiência excede largamente o que esta posição júnior exige, e decidimos não avançar por acharmos que a função não corresponderia às suas expectativas.
Infelizmente não podemos apoiar o processo de autorização de residência para esta função, pelo que não podemos prosseguir com a sua candidatura.
Não foi possível dar uma resposta positiva desta vez.
""",
        "ack_recebida": """
Recebemos sua candidatura para a vaga de {role}! Nosso time vai analisar seu perfil e, se houver aderência, entraremos em contato.
Confirmamos a receção da sua candidatura à função de {role}. A mesma será analisada com a maior atenção.
Esta é uma mensagem automática. Sua inscrição foi concluída com sucesso. Acompanhe o andamento pelo portal do candidato.
Recebi o seu CV e já o apresentei ao meu cliente. Assim que tiver feedback, dou notícias.
Encaminhamos sua candidatura para a equipe da unidade de Recife, responsável por esta vaga.
SUBJECT: Sua candidatura avançou || Sua candidatura para {role} está agora na etapa: Análise curricular.
""",
        "ack_volume_atraso": """
Devido ao elevado número de candidaturas, apenas os candidatos pré-selecionados serão contactados. Caso não receba notícias nossas no prazo de 30 dias, deverá considerar que a sua candidatura não foi selecionada.
Recebemos mais de 3 mil inscrições para este programa, por isso a análise pode levar até quatro semanas.
O processo está levando mais tempo do que o previsto por causa do Carnaval. Sua candidatura continua em análise.
Ainda não tomamos nenhuma decisão. Seguimos entrevistando até o fim do mês e depois damos retorno a todos.
Vou ser transparente: a concorrência está bem acirrada e estamos conversando primeiro com os perfis mais próximos da vaga. Nenhuma decisão foi tomada sobre a sua candidatura.
Você não está no primeiro grupo de entrevistas, mas sua candidatura segue em consideração e voltaremos a falar quando essa rodada terminar.
O prazo de candidaturas foi prorrogado até 30 de junho. A análise só começará após essa data.
SUBJECT: Atualização do processo || Passando para contar que o processo segue em andamento e devemos ter novidades em duas semanas.
""",
        "ack_estado": """
Sua candidatura está em análise pela área responsável.
A vaga de {role} está temporariamente congelada por questões de orçamento. Sua candidatura continua ativa e avisaremos quando o processo for retomado.
Você foi classificado(a) para o cadastro de reserva. A convocação ocorrerá conforme surgirem vagas, respeitando a ordem de classificação.
""",
        "ack_documentos": """
Para seguir no processo, precisamos que você envie seu histórico escolar e o certificado de inglês pelo portal até sexta-feira.
Solicitamos o envio do certificado de habilitações e de uma declaração da última entidade empregadora até dia 15.
Pode nos informar sua pretensão salarial e quando poderia começar? Com isso seguimos com a análise.
""",
        "inv_conversa": """
Gostaríamos de conhecer você melhor! Te convidamos para uma entrevista na terça, 14 de maio, às 10h, no nosso escritório em São Paulo.
Bora bater um papo? Escolha um horário na agenda pelo link abaixo para uma conversa de 30 minutos com a nossa gestora.
Gostaríamos de o(a) convidar para uma entrevista por videochamada. Por favor, indique a sua disponibilidade para a próxima semana.
Nossa diretora teve um imprevisto na quinta. Podemos remarcar para segunda às 15h?
Queremos seguir com você para a próxima etapa: uma conversa com o nosso CEO no dia 22, às 11h. Fica bom para você?
Segue o link do Google Meet para a nossa conversa amanhã às 16h. Até lá!
Vamos te ligar amanhã entre 10h e 12h para uma conversa rápida. Se não puder, nos avise outro horário.
Que tal um café na próxima semana para nos conhecermos? O nosso escritório fica no Porto, perto da Trindade.
Próxima etapa: entrevista técnica de 1 hora com dois devs do time. Quais horários funcionam pra você?
Boas notícias! O meu cliente quer conhecê-lo(a). Propõem quarta-feira às 11h nos escritórios em Lisboa.
""",
        "inv_teste_etapa": """
A próxima etapa é um teste online de cerca de 45 minutos. Você receberá o link em um e-mail separado.
Para a etapa final, pedimos que você prepare um case e apresente para a banca em 20 minutos.
Você foi selecionado(a) para a dinâmica de grupo, que acontece no dia 20 às 9h, no nosso escritório da Av. Paulista.
Fica V. Exa. convocado(a) para a realização da entrevista profissional de seleção, no dia 12 de junho, pelas 9h30, nas instalações da Câmara Municipal. Deverá fazer-se acompanhar do cartão de cidadão.
A próxima etapa é uma entrevista em vídeo gravada: são cinco perguntas e você pode responder no seu tempo até sexta-feira.
Queremos te convidar para passar uma manhã com o time e conhecer de perto a nossa rotina. Qual dia funciona melhor?
""",
        "off_proposta": """
Temos o prazer de lhe apresentar uma proposta para a função de {role} na {company}. Em anexo segue a carta-proposta com as condições de remuneração e a data de início.
Queremos muito você no time! Hoje mesmo te mando a carta proposta, com início previsto para 1º de julho.
Conforme conversamos por telefone, formalizo nossa proposta: CLT, R$ 9.500 mensais, vale-refeição, plano de saúde e início em 1º de setembro.
Informamos que foi selecionado(a) para o posto de trabalho, pelo que deverá apresentar-se no dia 1 de setembro para a celebração do contrato.
Parabéns! Você foi aprovado(a) no processo seletivo para {role}. Em breve nossa equipe entrará em contato para iniciar a sua admissão.
Meu cliente quer te fazer uma proposta: R$ 14 mil mais bônus, modelo híbrido. Podemos falar hoje?
""",
        "oth_alert": """
Novas vagas para você: 7 oportunidades de Desenvolvedor Full Stack em São Paulo publicadas esta semana.
Encontrámos 5 novas ofertas de emprego que correspondem ao seu alerta em Lisboa. Candidate-se já.
""",
        "oth_newsletter": """
Novidades da {company}: inauguramos o novo escritório em Belo Horizonte, lançamos o programa de estágio 2025 e contamos como é o dia a dia do time de dados.
""",
        "oth_cold": """
Oi {first}, tudo bem? Vi seu perfil no LinkedIn e tenho uma oportunidade de Product Manager numa fintech em São Paulo que tem tudo a ver com a sua trajetória. Topa conversar?
Caro(a) {first}, sou consultora numa empresa de executive search em Lisboa e estou a acompanhar um processo para Data Analyst sénior. Teria disponibilidade para uma breve conversa?
""",
        "oth_survey": """
Como foi a sua experiência no nosso processo seletivo? Responda à nossa pesquisa anónima de três minutos e ajude-nos a melhorar.
""",
        "oth_event": """
Participe do nosso Open Day de carreiras no dia 18 de junho: conheça os nossos times e as vagas abertas. Inscrições gratuitas pelo link.
""",
        "oth_withdrawal": """
Conforme solicitado, retiramos sua candidatura da vaga de {role}. Desejamos muito sucesso no seu novo desafio!
Os seus dados pessoais serão eliminados da nossa base de candidatos dentro de 30 dias, a menos que confirme que pretende mantê-los através do link abaixo.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Candidate,",
            "Hi there,",
            "Dear Mr Rivera,",
        ],
        "thanks": [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for your interest in {company} and for the time you put into your application.",
            "We appreciate your interest in joining {company}.",
            "Thank you for considering {company} as your next employer.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "We hope you find the right opportunity soon, and we'd be glad to see your name again in future.",
            "All the best for the future.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. Over 3,000 colleagues in 14 countries help our customers move goods, data and ideas faster, and we were named a Top Employer for the fourth year running.",
            "{company} is on a mission to make healthcare data useful for everyone. Since 2016 we've grown from a team of five to more than 400 people, and we're just getting started.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best,\n{sender}\nTalent Acquisition | {company}",
            "Many thanks,\nThe {company} Recruiting Team",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nHR Services",
        ],
        "footer": [
            "This email was sent from a no-reply address. Please do not reply directly to this message.",
            "You are receiving this email because you applied for a position at {company}. Manage your communication preferences or delete your candidate account in the privacy centre.",
            "{company} is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
            "Powered by an applicant tracking system. Privacy policy | Unsubscribe",
        ],
        "subject_app": [
            "Your application for {role}",
            "Your application to {company}",
            "Update on your application",
            "{company} | {role}",
            "Regarding your application for {role}",
        ],
        "subject_inv": [
            "Next steps: {role} at {company}",
            "Let's talk: {role}",
            "Scheduling your conversation with {company}",
            "Invitation: {role} at {company}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Welcome to {company}!",
            "Great news about the {role} role",
        ],
        "subject_oth": [
            "New jobs for you",
            "News from {company}",
            "An opportunity you might like",
            "Tell us about your experience",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrter Herr Rivera,",
            "Hallo {first},",
            "Liebe:r {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Guten Tag {first} Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
            "danke für deine Bewerbung und dein Interesse an {company}!",
            "herzlichen Dank für Ihr Interesse an einer Tätigkeit bei {company}.",
            "wir freuen uns über Ihr Interesse an der ausgeschriebenen Stelle.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir alles Gute für deine Jobsuche!",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bei uns bewerben.",
            "Für Ihre Zukunft wünschen wir Ihnen persönlich und beruflich alles Gute.",
        ],
        "marketing": [
            "{company} ist seit über 120 Jahren der verlässliche Partner für Energie, Wasser und Mobilität in der Region. Rund 1.800 Mitarbeitende sorgen jeden Tag dafür, dass alles läuft.",
            "Bei {company} bewegen wir jeden Tag über 40.000 Sendungen quer durch Europa. Wir setzen auf flache Hierarchien, flexible Arbeitszeiten und ein Team, das zusammenhält.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nPeople & Culture",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company}, Sitz der Gesellschaft: Bremen, Registergericht: Amtsgericht Bremen HRB 12345, Geschäftsführung: Dr. Petra Lange, Martin Vogt.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sie erhalten diese Nachricht, weil Sie sich über unser Karriereportal beworben haben.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Deine Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Bewerbung {role}: Zwischenstand",
        ],
        "subject_inv": [
            "Einladung zum Kennenlernen",
            "Terminvorschlag: {role}",
            "Nächster Schritt im Bewerbungsprozess",
            "Einladung zum Vorstellungsgespräch bei {company}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot von {company}",
            "Gute Nachrichten!",
            "Willkommen bei {company}",
        ],
        "subject_oth": [
            "Neue Jobs für dich",
            "Neuigkeiten von {company}",
            "Spannende Position, vertraulich",
            "Ihre Meinung ist gefragt",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher Monsieur Rivera,",
            "Hello {first},",
            "Bonjour,",
            "Chère candidate, cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Merci pour ta candidature et pour l'intérêt que tu portes à {company} !",
            "Nous vous remercions pour le temps consacré à votre candidature.",
            "Merci d'avoir pensé à {company} pour la suite de votre parcours.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous te souhaitons plein de succès pour la suite !",
            "Nous vous souhaitons une bonne continuation et espérons avoir l'occasion de recevoir à nouveau votre candidature.",
            "Tous nos vœux de réussite vous accompagnent.",
        ],
        "marketing": [
            "Depuis 1892, {company} façonne le verre avec passion. Aujourd'hui, nos 2 300 collaboratrices et collaborateurs conjuguent savoir-faire artisanal et innovation dans nos ateliers de Lyon et de Reims.",
            "Chez {company}, nous aidons les collectivités à réussir leur transition numérique. Une équipe de 120 personnes, un esprit startup et des projets qui ont du sens.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\nL'équipe recrutement de {company}",
            "À bientôt,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des Ressources Humaines",
            "Belle journée,\n{sender}\nTalent Acquisition",
        ],
        "footer": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer, écrivez à notre délégué à la protection des données.",
            "{company}, SA au capital de 1 200 000 euros, RCS Lyon 123 456 789.",
            "Vous recevez cet e-mail car vous avez postulé via notre site carrières.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Ta candidature chez {company}",
            "Suite à votre candidature",
            "Candidature {role} : notre retour",
        ],
        "subject_inv": [
            "Prochaine étape de votre candidature",
            "Proposition de rendez-vous",
            "On se rencontre ?",
            "Convocation : {role}",
        ],
        "subject_off": [
            "Votre proposition d'embauche",
            "Bienvenue chez {company} !",
            "Bonne nouvelle pour le poste de {role}",
        ],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "Les actus de {company}",
            "Une opportunité qui pourrait vous intéresser",
            "Votre avis nous intéresse",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Estimado Sr. Rivera:",
            "Hola {first},",
            "Buenos días,",
            "Estimado candidato:",
        ],
        "thanks": [
            "Te agradecemos el interés mostrado en {company} y el tiempo dedicado a tu candidatura para el puesto de {role}.",
            "Gracias por postularte a la vacante de {role}.",
            "Le agradecemos sinceramente su interés en formar parte de {company}.",
            "¡Gracias por querer sumarte a {company}!",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda profesional.",
            "Le deseamos lo mejor en sus próximos pasos profesionales.",
            "Esperamos volver a coincidir en futuros procesos.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} llevamos más de 30 años impulsando la transición energética en España y Latinoamérica. Somos más de 4.500 personas comprometidas con un futuro más sostenible.",
            "{company} nació en 2017 con una idea simple: que pagar y cobrar sea fácil para cualquier persona. Hoy operamos en seis países y seguimos creciendo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\nEquipo de Talento de {company}",
            "¡Un abrazo!\n{sender_first}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Quedamos atentos,\n{sender}\nAtracción de Talento",
        ],
        "footer": [
            "Este es un mensaje automático. Por favor, no respondas a este correo.",
            "De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a nuestro delegado de protección de datos.",
            "{company} es una empresa que promueve la igualdad de oportunidades y la inclusión.",
            "Recibes este correo porque te postulaste a través de nuestro portal de empleo.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Proceso de selección {role}",
            "Sobre tu postulación en {company}",
            "Respuesta a su candidatura",
            "Actualización: {role}",
        ],
        "subject_inv": [
            "Siguiente paso en tu proceso",
            "¿Hablamos?",
            "Invitación a entrevista: {role}",
            "Agenda tu reunión con {company}",
        ],
        "subject_off": [
            "Tu propuesta de {company}",
            "¡Bienvenido/a a {company}!",
            "Buenas noticias sobre el puesto de {role}",
        ],
        "subject_oth": [
            "Nuevas ofertas para ti",
            "Novedades de {company}",
            "Una oportunidad para ti",
            "Cuéntanos tu experiencia",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Oi {first}, tudo bem?",
            "Caro(a) {first},",
            "Exmo. Senhor,",
            "Prezado(a) candidato(a),",
            "Bom dia,",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura à função de {role}.",
            "Obrigado por se candidatar à vaga de {role}!",
            "Agradecemos muito o seu interesse em fazer parte do time da {company}.",
            "Queremos agradecer o tempo dedicado à sua candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional!",
            "Votos de sucesso pessoal e profissional.",
            "Esperamos cruzar caminhos em uma próxima oportunidade.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "A {company} protege famílias e empresas em Portugal há mais de 80 anos. Somos mais de 1.200 colaboradores unidos pela mesma missão: estar presentes quando é preciso.",
            "Na {company}, tecemos o futuro da moda brasileira desde 1974. São mais de 3 mil pessoas, quatro fábricas e um compromisso real com a sustentabilidade.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Um abraço,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Abraços,\nTime de Atração de Talentos da {company}",
            "Cordialmente,\n{sender}\nDireção de Pessoas",
        ],
        "footer": [
            "Este é um e-mail automático, por favor não responda.",
            "Os seus dados pessoais são tratados de acordo com o RGPD. Para exercer os seus direitos, contacte o nosso encarregado de proteção de dados.",
            "Tratamos seus dados de acordo com a LGPD. Para saber mais, acesse nossa política de privacidade.",
            "Você está recebendo este e-mail porque se candidatou em nossa página de carreiras.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura à função de {role}",
            "Retorno sobre o processo seletivo",
            "Processo de recrutamento {company}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": [
            "Próxima etapa do processo",
            "Vamos conversar?",
            "Convite para entrevista: {role}",
            "Convocatória: {role}",
        ],
        "subject_off": [
            "Sua proposta da {company}",
            "Bem-vindo(a) à {company}!",
            "Boas notícias sobre a vaga de {role}",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Novidades da {company}",
            "Uma oportunidade para si",
            "Conte como foi a sua experiência",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I wanted to follow up on my application for the {role} position, as it's been a few weeks since I applied. Is there any update you can share?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for applying for {role} at {company}. We're reviewing applications now and will be in touch soon.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon einen neuen Stand gibt.\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung bei {company}. Wir sichten derzeit alle Unterlagen und melden uns zeitnah.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles à me communiquer ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nNous avons bien reçu votre candidature chez {company} et reviendrons vers vous prochainement.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar si hay alguna novedad sobre mi candidatura al puesto de {role}.\nMuchas gracias,\nAlex Rivera\n\n{header2}\nHola Alex:\nGracias por tu interés en {company}. Estamos revisando las candidaturas y te escribiremos pronto.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}.\nObrigado,\nAlex Rivera\n\n{header2}\nOlá Alex,\nObrigado pela sua candidatura na {company}. Estamos a analisar os perfis e daremos notícias em breve.\n{sender}\n",
}
