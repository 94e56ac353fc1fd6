# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Independent author 10a: job-search mail that decides its kind without stock phrases.

Senders: small and mid-size employers, a logistics firm, a precision-parts manufacturer, a
municipal utility, a French department-store group, a Spanish hospital, a Portuguese/Brazilian
research institute and municipality, a creative studio, an NGO, an invented EU agency and a
recruitment agency; plus invented ATS/notification domains (hireloop, candidora, workvia,
testmetrics, signflow). Registers: formal civil-service notices (EU selection boards, German
Auswahlverfahren/Konkurrentenmitteilung, French concours/jury, Spanish oposiciones/tribunal,
Portuguese procedimento concursal, Brazilian concurso público/edital), casual startup du/tu
mails, non-native writers, one-line ATS status lines, very terse notes, decisions buried in one
sentence after long pleasantries, decisions carried only by the subject line, and replies inside
long threads.

Families (same keys in en, de, fr, es, pt; five passages each):
rejections -- rej_chose_other, rej_role_gone, rej_offer_negative, rej_after_interview,
rej_after_assessment, rej_talent_pool, rej_status_line, rej_buried_decision, rej_subject_only,
rej_terse, rej_public_procedure, rej_thread_reply;
hard negatives -- ack_received, ack_high_volume (volume, delays, "we can't reply to everyone"),
ack_status_neutral (neutral status changes), inv_call_no_word (calls, video chats, Kennenlernen,
échange, charla, conversa -- never the word interview), inv_scheduling (booking, moving slots),
inv_assessment (tests, cases, trial days), inv_public_exam (convocations to public-sector tests),
off_verbal_conditional, off_contract, oth_alerts_newsletter, oth_cold_recruiter,
oth_account_survey, oth_reference_withdrawal (reference requests, withdrawal confirmations).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwell Logistics",
    "Hollis & Marr Talent",
    "Nordstahl Präzisionsteile GmbH",
    "Studio Pampelmuse",
    "Stadtwerke Kellinghaven",
    "Galeries Orsenne",
    "Institut Verrières de Recherche en Écologie",
    "Hospital Santa Irene de Valdemora",
    "Instituto Boaventura de Pesquisa Aplicada",
    "Open Fields Alliance",
    "European Office for Grid Coordination",
    "Prefeitura Municipal de Serra Clara",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Coordinator",
    "Junior Product Designer",
    "Logistics Planner",
    "Research Assistant",
    "Communications Officer",
    "Procurement Specialist",
    "Customer Success Manager",
    "Quality Engineer",
    "Clinical Data Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nandakumar", "priya.nandakumar@{domain}"),
    ("Jonas Hartwig", "j.hartwig@{domain}"),
    ("Camille Rouhaud", "camille.rouhaud@{domain}"),
    ("Lucía Ferrer Olmos", "lferrer@{domain}"),
    ("Mariana Tavares", "mariana.tavares@{domain}"),
    ("Tom Okafor", "tom@{domain}"),
    ("People & Culture", "people@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Service Recrutement", "recrutement@{domain}"),
    ("Selección de Personal", "rrhh@{domain}"),
    ("Equipa de Recrutamento", "recrutamento@{domain}"),
    ("Selection Board", "selection.board@{domain}"),
    ("Hireloop Notifications", "no-reply@mail.hireloop.example"),
    ("Candidora Talent Acquisition", "notifications@candidora-ats.example"),
    ("Workvia Recruiting", "noreply@jobs.workvia.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_chose_other": """
We talked it through as a team on Friday, and in the end we went with someone who has already run a warehouse migration like this one, so the {role} job is now spoken for.
I'll be straight with you: the hiring manager picked a person whose background lines up more closely with our client portfolio, so we won't be taking your application for {role} any further.
SUBJECT: {role} – update || After comparing the final shortlist we have asked another applicant to join {company}, and we are therefore closing your application.
It came down to you and one other person, and the other person got it. I know that's not what you were hoping to read.
Your profile was really interesting for us, but at the end we have chosen other candidate who has more experience with SAP, so for this moment we cannot continue together with you.
""",
        "rej_role_gone": """
The {role} position has been put on hold indefinitely after this quarter's budget review, so we are closing every open application for it, including yours.
We've restructured the team and the job no longer exists in the form we advertised. Rather than keep you waiting, I wanted to let you know the process has stopped.
SUBJECT: Vacancy withdrawn: {role} || This vacancy has been withdrawn by the hiring department. No further action is needed from you.
Quick heads-up: the role was filled internally by someone moving over from our Rotterdam office, so there's nothing further on our side for now.
Due to a hiring freeze across the whole group, recruitment for {role} has been cancelled. We're sorry for the time you put into the process.
""",
        "rej_offer_negative": """
We're not in a position to offer you the {role} job at this time.
At the debrief the panel agreed not to extend an offer, mainly because the role needs more hands-on experience with regulated data than came through in your examples.
We won't be making you an offer for this position. I'm happy to share a few notes from the panel if that would help; just reply to this mail.
SUBJECT: Offer decision – {role} || The offer for this role was made to, and accepted by, another candidate, so the search is now closed.
I had hoped to come back to you with an offer, but budget approval only came through for one hire and the team prioritised a more senior profile.
""",
        "rej_after_interview": """
Thank you for spending Tuesday afternoon with us. The panel met yesterday, and while everyone enjoyed the conversation, we concluded that your experience doesn't match where the team is heading, so we won't be taking things further.
Following your second-round meeting with Marta and the operations team, we have decided not to invite you to the final stage.
You came across really well on the video call, especially on communication. The gap we saw was in forecasting models, which is the core of this job, so we're going to stop here.
After meeting all four finalists, the hiring committee recommended a candidate with longer experience in a hospital setting.
Sorry this took a week longer than I promised. We discussed every finalist in detail and our choice fell on someone else; it had nothing to do with how you presented yourself on the day.
""",
        "rej_after_assessment": """
Your result in the online numerical reasoning test was below the threshold we use for this graduate programme, so we can't progress your application this year.
We've been through your take-home case. It was tidy, but it didn't go deep enough on the trade-offs we asked about, and the team has decided not to continue.
SUBJECT: Assessment centre outcome || Thank you for taking part in the assessment day on 12 March. Based on the combined scores from the group exercise, the presentation and the in-tray task, you have not been selected for the next phase.
Your coding exercise didn't pass our automated checks (4 of 11 tests), and we only move forward candidates who pass all of them.
Thanks for doing the design challenge. Honestly it was good work, but the other finalists were stronger on user research, and we're going ahead with one of them.
""",
        "rej_talent_pool": """
We'd like to keep your CV in our talent pool for the next twelve months and reach out if something closer to your profile opens up. For {role}, though, we've chosen to proceed with other applicants.
Even though this particular position didn't work out, I've flagged your profile for the analytics roles we're planning to open in the autumn.
The current role has been filled. Your details stay in our system and you'll hear from us when there's a better match.
We won't be continuing with you for this vacancy, but with your permission we'd like to keep your application on file. Please confirm your consent via the link in the candidate portal.
Please don't read this as a no to {company} in general; it's a no for this job only. I've added you to our pipeline for the Lisbon office.
""",
        "rej_status_line": """
Application status: Not selected
SUBJECT: Status change for your application || Your application for {role} (ref. 2024-0183) has moved to: Closed – not progressed.
The status of your application has been updated to "Rejected". You can view the details in your candidate account.
Requisition #48812 {role}: candidate disposition updated – Does not meet minimum requirements.
Update: {role} · Position filled · Your application is no longer active.
""",
        "rej_buried_decision": """
First of all, thank you so much for the time you gave us over the past few weeks. It was a pleasure to get to know you, and everyone who met you mentioned how thoughtful your questions were and how much care went into your presentation. This was also the first time we hired for this function, so the process taught us a lot, and we really appreciated your patience with all the rescheduling. In the end we've decided to give the role to another candidate.
I hope you had a restful weekend! It's been a hectic few weeks here with the trade fair in Hanover and the move into the new hall, which is partly why this message is later than I would like. I also wanted to say again how nice it was to walk you round the shop floor; not many applicants ask about the maintenance schedules. Having said all that, we won't be taking your application any further.
Thanks for coming in last week and for being so flexible when we had to switch rooms at the last minute, and thanks for the book recommendation too, two of us have already ordered it. We've had a lot of internal discussion about how this team should grow over the next year, and those conversations shaped the profile we ended up looking for. We are moving forward with a candidate whose experience is more on the vendor-management side.
I hope this finds you well and that the move to Bristol went smoothly. It was genuinely a pleasure reading your application, and your cover letter made several of us laugh, in a good way, with the story about the inventory spreadsheet. We're a small charity, so every hire is a big decision and we take our time over it, which I realise can be frustrating from the outside. We have now completed the process and the post has gone to somebody else.
Thanks so much for your patience while we sorted out the last details on our side. A lot has happened since we last spoke: the grant was confirmed, the lab moved to the new wing, and the PI came back from her sabbatical. She read every application herself and asked me to pass on that she found yours well argued. For this post, however, she has chosen a candidate who already works with the imaging platform.
""",
        "rej_subject_only": """
SUBJECT: Unsuccessful: {role} || Thank you for the time you invested in your application. Your personal data will be deleted after six months in line with our retention policy.
SUBJECT: Re: {role} – not moving forward || Thanks again for chatting with us, Alex. Happy to stay in touch on LinkedIn.
SUBJECT: {role} – we've filled the position || Many thanks for your patience over the past weeks.
SUBJECT: Decision: not shortlisted – {role} || General feedback for applicants is available in the FAQ section of our careers site.
SUBJECT: No longer under consideration – {role} at {company} || This is an automated message. Please do not reply.
""",
        "rej_terse": """
Position is filled. Thanks.
sorry, we took someone else. best of luck
Not a fit for us at this stage. Thx for applying.
Hello, we regret but your profil is not matching with the position we have. Good luck for the future.
We are decided for other person. Thank you for your time and wish you success.
""",
        "rej_public_procedure": """
The Selection Board has completed its check of the eligibility criteria. Your application does not show the three years of professional experience required under point 2.3 of the notice, and you are therefore not admitted to the next stage of selection procedure EOGC/AD/2024/07.
Your name does not appear on the reserve list established at the end of the competition. The list will be published in the Official Journal and on our website.
Your mark in the written test (11.5/20) is below the pass mark of 14/20 set by the Selection Board. You may request a review of this decision within ten calendar days.
The County Council has concluded the recruitment process for {role} (ref. CC/HR/113). You were not among the candidates recommended to the appointing authority.
Following sifting against the essential criteria in the person specification, your application was not shortlisted. Written feedback is available on request within 28 days.
""",
        "rej_thread_reply": """
Apologies for going quiet on this thread, things got hectic. Short version: we've gone in another direction for {role}, but I really appreciated all the back-and-forth.
Replying here to keep everything in one place. I spoke to the client yesterday and they won't be moving you to the next round; they want someone already based in Munich.
Following up on my note from last week: the hiring manager came back, and it's a no for this one. I'll keep you in mind for the next supply-chain brief I get.
Thanks for the nudge, and sorry you had to chase. The team made its decision last Thursday and picked someone else.
To close the loop on our exchange below: we won't be moving ahead, as the department decided to keep the position junior-only after all.
""",
        "ack_received": """
This is to confirm that your documents for {role} reached us safely. The hiring team will look at them over the next two weeks.
Got your CV, thanks! I'll pass it on to Dana, who leads the team, and get back to you once she's had a look.
SUBJECT: We've got it – {role} || Your application is in our system under reference HR-2291. Please quote this number if you have any questions.
Application submitted successfully. Job: {role}. Location: Leeds. Date: 03/04.
Thank you for sending your application through the portal. A member of our HR team will review it and we'll contact you if your profile matches what we need.
""",
        "ack_high_volume": """
Because of the very large number of applications for this role, we unfortunately can't reply to everyone individually. If we'd like to take your application forward, we'll be in touch within three weeks.
We've had an overwhelming response to this posting, so reviews will take a little longer than usual. Please allow up to four weeks before checking in.
Please note that because of staff holidays in August we'll only start reviewing applications on 2 September. Your application is safely in the queue.
SUBJECT: Unfortunately we can't answer everyone personally || Our small team cannot send individual updates to every applicant, but rest assured each application is read by a person, not a machine.
We received more than 900 applications in the first week, which is wonderful but means our timeline has shifted. Shortlisting is now expected to finish at the end of the month.
""",
        "ack_status_neutral": """
Application status: Under review
SUBJECT: Status update – {role} || Your application has moved from "Received" to "In review by hiring team".
Your profile has been shared with the hiring manager for {role}. No action is needed from you right now.
Just so you know, we're still working through applications and yours is still in the running. Expect an update by Friday the 14th.
Your eligibility check for procedure ref. 2024/HR/07 is complete and your file has been passed to the Selection Board for evaluation.
""",
        "inv_call_no_word": """
Would you have 30 minutes this week for a video chat with our head of logistics? Send me a couple of times that suit you.
The team would love to get to know you a bit better. Are you free for a call on Thursday afternoon?
I'd like to set up a short phone conversation to talk about the role and your background. What's the best number to reach you on?
We'd like to invite you to the studio on Tuesday 9 April at 10:00 to meet the creative leads and see a few current projects. Plan for about an hour.
SUBJECT: Coffee next week? || Can we grab a coffee near Liverpool Street next week? Nothing formal, I just want to hear about your project at your current company and tell you more about the team.
""",
        "inv_scheduling": """
Please pick a slot for your meeting with the panel using the booking link below; the calendar shows times from 22 to 26 April.
Something came up on the hiring manager's side, so we need to move Thursday's call. Would Friday at 11:00 or Monday at 15:00 work instead?
SUBJECT: Confirmed: Tue 14 May, 14:00 – video call with {company} || The Teams link is below. You'll be speaking with Jana (team lead) and Omar (senior analyst).
Your second-round conversation is confirmed for Wednesday at 9:30 at our Manchester office, reception on the 3rd floor. Please bring photo ID.
Thanks for letting me know about the clash. I've moved us to Thursday at the same time; the new invite is on its way.
""",
        "inv_assessment": """
As the next step, we'd like you to complete a short online assessment (about 40 minutes). The link is valid for five days.
Attached is a small case study. Have a look, prepare 3–4 slides, and we'll walk through them together next week.
You've been selected to attend our assessment day on 3 June in Leeds, which includes a group exercise and a short presentation.
We'd like you to do a paid trial shift with the team in store so we can see how we work together. Would next Wednesday suit?
You'll shortly receive an e-mail from our partner testmetrics.example with links to the personality questionnaire and the numerical reasoning test.
""",
        "inv_public_exam": """
You have been admitted to the written tests of selection procedure EOGC/AD/2024/07. The tests will take place between 18 and 28 June at accredited test centres; please book your slot in your candidate account by 5 June.
Following the sift, you are invited to the oral test before the Selection Board on 4 July at 09:30 (Brussels time), by video link. Please have your identity document ready for the check.
We are pleased to invite you to the second stage of the recruitment for {role}, which consists of a competency-based panel discussion and a 15-minute presentation on the enclosed topic.
You meet the essential criteria and have been shortlisted. Please attend the selection day at County Hall, Room 2.14, on Wednesday 12 June from 13:00 and bring proof of your qualifications.
SUBJECT: Invitation – next stage, ref. CC/HR/113 || The panel would like to meet you in person. Please confirm by return that you can attend on 20 May at 11:15; reasonable adjustments can be requested.
""",
        "off_verbal_conditional": """
I'm really happy to tell you that the team would like you to join as {role}! I'll call you this afternoon to talk through salary and a start date.
We'd love to have you on board. The formal paperwork will follow as soon as your references are back.
Subject to a satisfactory background check and proof of your right to work, we are pleased to offer you the position of {role}.
You're our first choice for the job. Before I put anything in writing, can we have a quick word about your notice period?
The panel's recommendation was signed off this morning: the job is yours if you still want it.
""",
        "off_contract": """
Please find attached your employment contract and job description. Could you sign and return both by 30 May?
Welcome to {company}! Your first day is Monday 2 September, and your onboarding buddy will be in touch before then.
Your contract is ready for e-signature; you'll get an e-mail from signflow.example in the next few minutes.
Attached is the written offer: £38,500 a year, 25 days' leave plus bank holidays, and a three-month probation period, starting 1 October.
Once you've signed, HR will send your IT set-up details and the plan for your first week.
""",
        "oth_alerts_newsletter": """
12 new jobs match your saved search "data analyst – remote". Top match: Junior BI Analyst at Fenwick Dairies.
This month at {company}: our new Porto hub opens, meet the team behind the spring campaign, and three tips for writing a cover letter.
Jobs you might like: {role} (Leeds), Operations Analyst (York), Planning Coordinator (Hull).
Your weekly digest: 5 employers viewed profiles like yours.
Join our virtual careers fair on 15 May! Register now to chat with recruiters from 40 companies.
""",
        "oth_cold_recruiter": """
I came across your profile and think you could be a great fit for a client of mine, a fast-growing logistics scale-up in Manchester. Open to a quick chat?
Are you still looking? I have a six-month contract in procurement, fully remote, day rate negotiable.
I'm hiring for several analyst positions and your background caught my eye. No pressure, but if you're curious I'm happy to share details.
I'm working with a mid-size automotive supplier near Coventry on a {role} search. May I send you the job description in confidence?
Hello, I am recruiter for IT positions at Hollis & Marr and I have interesting opportunity for you. When is good time for short talk?
""",
        "oth_account_survey": """
How was your application experience? Take our three-minute survey and help us improve.
Please verify your e-mail address to finish setting up your candidate account.
Your password was changed successfully. If this wasn't you, contact support.
Your candidate profile will be deleted in 30 days due to inactivity. Log in to keep it.
We've updated our privacy notice for applicants. There's nothing you need to do.
""",
        "oth_reference_withdrawal": """
Your former colleague Sam Whitford has applied for a role with us and named you as a referee. Could you spare ten minutes for the short form below?
As requested, we've withdrawn your application for {role}. If you change your mind, you're welcome to apply again.
Thanks for letting us know you've accepted another offer. I've closed your file on our side; best of luck in the new job!
Jordan Blake has listed you as a reference for a position at {company}. Please complete the confidential questionnaire by Friday.
Your withdrawal has been processed. Application: {role}. Status: Withdrawn by candidate.
""",
    },
    "de": {
        "rej_chose_other": """
Wir haben lange hin und her überlegt und uns am Ende für eine Bewerberin entschieden, die schon mehrere Jahre in der Disposition gearbeitet hat.
Die Wahl ist auf jemanden gefallen, dessen Erfahrung noch etwas näher an unseren Kundenprojekten liegt. Für dich geht es in diesem Prozess deshalb nicht weiter.
SUBJECT: Ihre Bewerbung als {role} – Rückmeldung || Nach dem Vergleich aller Unterlagen haben wir einer anderen Person den Vorzug gegeben.
Ganz ehrlich: Es war knapp. Am Ende hat sich das Team für einen anderen Kandidaten entschieden, weil er bereits mit SAP EWM gearbeitet hat.
Ihre Profil war sehr interessant für uns, aber wir haben uns jetzt für andere Kandidat mit mehr Erfahrung in Qualitätsmanagement entschieden, deshalb wir können nicht weiter mit Ihnen machen.
""",
        "rej_role_gone": """
Die ausgeschriebene Stelle als {role} wird aufgrund einer Haushaltssperre vorerst nicht besetzt. Das Verfahren ist damit beendet.
Nach einer internen Umstrukturierung gibt es die Position in der ausgeschriebenen Form nicht mehr. Wir wollten dich nicht länger warten lassen.
SUBJECT: Stellenausschreibung zurückgezogen – {role} || Die Fachabteilung hat die Ausschreibung zurückgezogen. Sie müssen nichts weiter tun.
Kurze Info: Die Stelle wurde intern besetzt, eine Kollegin aus unserem Werk in Chemnitz wechselt zu uns. Von unserer Seite gibt es daher aktuell nichts Neues für Sie.
Wegen eines konzernweiten Einstellungsstopps müssen wir das Auswahlverfahren für {role} abbrechen. Es tut uns leid um die Zeit, die Sie investiert haben.
""",
        "rej_offer_negative": """
Wir können Ihnen für die Position {role} derzeit kein Angebot machen.
In der Nachbesprechung hat sich das Gremium gegen ein Vertragsangebot entschieden, vor allem weil uns die Praxis im regulierten Umfeld gefehlt hat.
Ein Angebot werden wir dir für diese Stelle nicht schicken. Wenn du magst, gebe ich dir gern Feedback aus der Runde – antworte einfach auf diese Mail.
SUBJECT: Entscheidung zur Position {role} || Das Angebot ging an eine andere Kandidatin, die es inzwischen angenommen hat. Die Suche ist damit abgeschlossen.
Ich hatte gehofft, dir ein Angebot schicken zu können, aber die Freigabe kam nur für eine Stelle, und das Team hat sich für ein erfahreneres Profil entschieden.
""",
        "rej_after_interview": """
Vielen Dank für das Gespräch am Dienstag. Das Team hat sich gestern zusammengesetzt: Der Austausch war sehr angenehm, Ihr Schwerpunkt passt aber nicht zu der Richtung, in die sich die Abteilung entwickelt. Wir planen daher nicht weiter mit Ihnen.
Nach dem zweiten Gespräch mit Frau Köhler und dem Werkleiter haben wir entschieden, Sie nicht zur letzten Runde einzuladen.
Im Videocall bist du richtig gut rübergekommen, gerade was Kommunikation angeht. Gefehlt hat uns die Tiefe bei Prognosemodellen, und genau das ist der Kern der Stelle. Deshalb hören wir an diesem Punkt auf.
Nach den Vorstellungsgesprächen mit den vier Finalistinnen und Finalisten hat die Auswahlkommission eine Person mit längerer Klinikerfahrung vorgeschlagen.
Sorry, dass es eine Woche länger gedauert hat als versprochen. Wir haben alle Finalisten ausführlich besprochen und uns für jemand anderen entschieden – an deinem Auftritt lag das nicht.
""",
        "rej_after_assessment": """
Ihr Ergebnis im Online-Test zum logischen Denken lag unter dem Schwellenwert, den wir für das Traineeprogramm ansetzen. Eine Teilnahme am weiteren Verfahren ist in diesem Jahr daher nicht möglich.
Wir haben uns deine Fallstudie angeschaut. Sauber gemacht, aber bei den Abwägungen, nach denen wir gefragt hatten, zu wenig tief. Das Team hat entschieden, nicht weiterzumachen.
SUBJECT: Ergebnis Assessment-Center || Vielen Dank für Ihre Teilnahme am Assessment-Center am 12. März. Auf Basis der Gesamtbewertung aus Gruppenübung, Präsentation und Postkorb wurden Sie für die nächste Phase nicht ausgewählt.
Die Programmieraufgabe hat unsere automatischen Tests nicht bestanden (4 von 11), und wir laden nur Bewerber:innen ein, bei denen alle Tests grün sind.
Danke für die Designaufgabe! Wirklich ordentliche Arbeit, aber die anderen Finalist:innen waren beim Research stärker, und wir gehen mit einer von ihnen weiter.
""",
        "rej_talent_pool": """
Gern würden wir Ihre Unterlagen zwölf Monate in unserem Talent-Pool speichern und uns melden, wenn eine passendere Stelle frei wird. Für die Position {role} haben wir uns allerdings anders entschieden.
Auch wenn es mit dieser Stelle nicht geklappt hat: Ich habe dein Profil für die Analytics-Stellen im Herbst vorgemerkt.
Die aktuelle Stelle ist besetzt. Ihre Daten bleiben gespeichert, und wir kommen auf Sie zu, sobald etwas Passenderes ausgeschrieben ist.
Für diese Vakanz geht es nicht weiter, aber mit Ihrer Einwilligung würden wir Ihre Bewerbung gern in Evidenz halten. Bitte bestätigen Sie das über den Link im Bewerberportal.
Bitte versteh das nicht als generelles Nein zu {company} – es ist ein Nein für genau diese Stelle. Für unser Team in Leipzig habe ich dich im Hinterkopf.
""",
        "rej_status_line": """
Bewerbungsstatus: Absage
SUBJECT: Statusänderung Ihrer Bewerbung || Ihre Bewerbung auf {role} (Kennziffer 2024-0183) hat den neuen Status: Abgeschlossen – nicht berücksichtigt.
Der Status Ihrer Bewerbung wurde auf "Abgelehnt" geändert. Details finden Sie in Ihrem Bewerberkonto.
Stelle 48812 {role}: Kandidatenstatus aktualisiert – Mindestanforderungen nicht erfüllt.
Update: {role} · Stelle besetzt · Ihre Bewerbung ist nicht mehr aktiv.
""",
        "rej_buried_decision": """
Zunächst ganz herzlichen Dank für die Zeit, die Sie sich in den letzten Wochen für uns genommen haben. Es war eine Freude, Sie kennenzulernen, und alle, die mit Ihnen gesprochen haben, fanden Ihre Fragen durchdacht und Ihre Präsentation sehr sorgfältig vorbereitet. Für uns war es das erste Mal, dass wir diese Funktion besetzen, und wir haben selbst viel gelernt – danke auch für Ihre Geduld bei den vielen Terminverschiebungen. Am Ende haben wir die Stelle einer anderen Bewerberin angeboten.
Ich hoffe, du hattest ein erholsames Wochenende! Bei uns waren die letzten Wochen wild, mit der Messe in Hannover und dem Umzug in die neue Halle, deshalb kommt diese Nachricht später als gedacht. Ich wollte dir auch noch mal sagen, wie schön der Rundgang durch die Fertigung mit dir war – nicht viele fragen nach den Wartungsplänen. Trotz allem werden wir deine Bewerbung nicht weiterverfolgen.
Danke, dass Sie letzte Woche bei uns waren und so flexibel reagiert haben, als wir kurzfristig den Raum wechseln mussten. Und danke für den Buchtipp, zwei von uns haben es schon bestellt. Wir haben intern viel darüber gesprochen, wie sich das Team im nächsten Jahr entwickeln soll, und diese Gespräche haben das Profil geprägt, das wir am Ende gesucht haben. Wir machen mit einer Kandidatin weiter, deren Erfahrung eher im Lieferantenmanagement liegt.
Ich hoffe, es geht dir gut und der Umzug nach Freiburg hat geklappt. Deine Bewerbung zu lesen hat wirklich Spaß gemacht, und die Geschichte mit der Inventurtabelle in deinem Anschreiben hat bei uns für Lacher gesorgt, im besten Sinne. Als kleiner Verein ist jede Einstellung eine große Entscheidung, und wir lassen uns Zeit, was von außen sicher nervig ist. Inzwischen ist das Verfahren abgeschlossen, und die Stelle ist an jemand anderen gegangen.
Vielen Dank für Ihre Geduld, während wir die letzten Punkte geklärt haben. Seit unserem letzten Kontakt ist viel passiert: Die Förderung wurde bewilligt, das Labor ist in den Neubau gezogen, und die Arbeitsgruppenleiterin ist aus ihrem Forschungssemester zurück. Sie hat jede Bewerbung selbst gelesen und lässt ausrichten, dass sie Ihre gut begründet fand. Für diese Stelle hat sie sich jedoch für jemanden entschieden, der bereits mit der Bildgebungsplattform arbeitet.
""",
        "rej_subject_only": """
SUBJECT: Absage: {role} || Vielen Dank für die Mühe, die Sie in Ihre Bewerbung gesteckt haben. Ihre Daten werden nach sechs Monaten gemäß unseren Aufbewahrungsfristen gelöscht.
SUBJECT: Re: {role} – leider nicht || Danke nochmal für das nette Telefonat! Gern können wir auf LinkedIn in Kontakt bleiben.
SUBJECT: {role} – Stelle vergeben || Vielen Dank für Ihre Geduld in den vergangenen Wochen.
SUBJECT: Keine Berücksichtigung im weiteren Verfahren – {role} || Allgemeine Hinweise für Bewerbende finden Sie in den FAQ auf unserer Karriereseite.
SUBJECT: Ihre Bewerbung wird nicht weiterverfolgt – {company} || Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht darauf.
""",
        "rej_terse": """
Stelle ist vergeben. Danke.
sorry, haben jemand anderen genommen. viel erfolg noch
Passt bei uns gerade nicht. Danke für die Bewerbung.
Hallo, leider Ihre Profil passt nicht mit unsere Stelle. Viel Glück für Zukunft.
Wir haben für andere Person entschieden. Danke für Ihre Zeit.
""",
        "rej_public_procedure": """
Das Auswahlverfahren für die Stelle {role} (Kennziffer 17/2024) ist abgeschlossen. Nach Beteiligung des Personalrats und der Gleichstellungsbeauftragten wurde die Stelle einer anderen Bewerberin übertragen. Ihre Unterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet.
Bei der Vorauswahl anhand des Anforderungsprofils konnten Sie nicht in den engeren Kreis einbezogen werden, da der geforderte Abschluss (Master oder vergleichbar) nicht nachgewiesen wurde.
Wir beabsichtigen, die Stelle mit Frau M. Albrecht zu besetzen, die nach Eignung, Befähigung und fachlicher Leistung die bessere Beurteilung aufweist. Die Ernennung erfolgt frühestens zwei Wochen nach Zugang dieser Mitteilung.
Der Prüfungsausschuss hat festgestellt, dass Ihre Bewerbung die Zulassungsbedingungen (drei Jahre Berufserfahrung, Nummer 2.3 der Bekanntmachung) nicht erfüllt. Sie werden daher nicht zur nächsten Phase des Auswahlverfahrens EOGC/AD/2024/07 zugelassen.
Ihre Punktzahl in der schriftlichen Prüfung (11,5 von 20) liegt unter der vom Prüfungsausschuss festgelegten Mindestpunktzahl von 14. Sie können innerhalb von zehn Kalendertagen eine Überprüfung beantragen.
""",
        "rej_thread_reply": """
Sorry, dass ich mich in diesem Thread so lange nicht gemeldet habe. Kurz gesagt: Wir gehen bei {role} in eine andere Richtung. Danke dir für den ganzen Austausch!
Ich antworte hier, damit alles beisammen bleibt: Ich habe gestern mit dem Kunden gesprochen, er wird Sie nicht in die nächste Runde nehmen, weil er jemanden direkt vor Ort in München sucht.
Wie in meiner Mail von letzter Woche angekündigt, hat sich der Fachbereich zurückgemeldet: Für diese Stelle ist es ein Nein. Ich behalte Sie für das nächste Mandat im Einkauf im Blick.
Danke fürs Nachhaken und sorry, dass du hinterherlaufen musstest. Das Team hat letzten Donnerstag entschieden und jemand anderen genommen.
Um unseren Austausch unten abzuschließen: Wir machen nicht weiter, da die Abteilung die Stelle nun doch nur als Junior-Position besetzen will.
""",
        "ack_received": """
Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Stelle {role}. Die Fachabteilung sichtet sie in den nächsten zwei Wochen.
Deine Bewerbung ist angekommen, danke! Ich gebe sie an Dana weiter, die das Team leitet, und melde mich, sobald sie reingeschaut hat.
SUBJECT: Eingangsbestätigung – {role} || Ihre Bewerbung ist unter der Vorgangsnummer HR-2291 bei uns erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.
Bewerbung erfolgreich übermittelt. Stelle: {role}. Standort: Bremen. Datum: 03.04.
Vielen Dank, dass Sie sich über unser Portal beworben haben. Unsere Personalabteilung prüft Ihre Unterlagen und meldet sich, wenn Ihr Profil zu unseren Anforderungen passt.
""",
        "ack_high_volume": """
Aufgrund der sehr hohen Zahl an Bewerbungen können wir leider nicht jede Zuschrift einzeln beantworten. Wenn wir mit Ihnen weitermachen möchten, melden wir uns innerhalb von drei Wochen.
Auf diese Ausschreibung haben wir unglaublich viele Zuschriften bekommen, deshalb dauert die Sichtung etwas länger. Bitte gib uns bis zu vier Wochen.
Bitte beachten Sie: Wegen der Betriebsferien im August beginnen wir erst am 2. September mit der Sichtung. Ihre Bewerbung ist sicher bei uns eingegangen.
SUBJECT: Leider keine Einzelantworten möglich || Unser kleines Team schafft es nicht, jedem persönlich Zwischenstände zu schicken. Seien Sie aber versichert: Jede Bewerbung wird von einem Menschen gelesen.
In der ersten Woche sind über 900 Bewerbungen eingegangen – toll, aber unser Zeitplan verschiebt sich dadurch. Die Vorauswahl soll nun Ende des Monats abgeschlossen sein.
""",
        "ack_status_neutral": """
Bewerbungsstatus: In Prüfung
SUBJECT: Statusupdate – {role} || Ihre Bewerbung wurde von "Eingegangen" auf "In Prüfung durch Fachbereich" gesetzt.
Ihr Profil wurde an die Führungskraft für {role} weitergeleitet. Sie müssen im Moment nichts tun.
Nur zur Info: Wir sind noch mitten in der Sichtung, und du bist weiterhin im Rennen. Ein Update bekommst du bis Freitag, den 14.
Die formale Prüfung Ihrer Bewerbung (Kennziffer 17/2024) ist abgeschlossen. Ihre Unterlagen wurden der Auswahlkommission zur Bewertung vorgelegt.
""",
        "inv_call_no_word": """
Hätten Sie diese Woche 30 Minuten für einen Videocall mit unserer Leiterin Logistik? Nennen Sie mir gern ein paar Zeitfenster.
Wir würden dich gern besser kennenlernen! Hast du Donnerstagnachmittag Zeit für ein Telefonat?
Ich würde gern ein kurzes Telefonat vereinbaren, um über die Stelle und Ihren Werdegang zu sprechen. Unter welcher Nummer erreiche ich Sie am besten?
Komm doch am Dienstag, 9. April, um 10 Uhr bei uns im Studio vorbei – du lernst die Leads kennen und wir zeigen dir ein paar aktuelle Projekte. Plan etwa eine Stunde ein.
SUBJECT: Kennenlernen bei {company} || Wir möchten Sie gern zu einem persönlichen Kennenlernen in unser Werk einladen. Wie sieht es bei Ihnen in KW 17 aus?
""",
        "inv_scheduling": """
Bitte buchen Sie über den folgenden Link einen Termin für das Gespräch mit dem Gremium; im Kalender sind Slots vom 22. bis 26. April freigegeben.
Beim Teamleiter ist etwas dazwischengekommen, wir müssen den Call am Donnerstag verschieben. Ginge stattdessen Freitag um 11 Uhr oder Montag um 15 Uhr?
SUBJECT: Bestätigt: Di., 14. Mai, 14:00 – Videocall mit {company} || Den Teams-Link findest du unten. Dabei sind Jana (Teamlead) und Omar (Senior Analyst).
Ihr zweites Gespräch ist bestätigt für Mittwoch, 9:30 Uhr, in unserem Büro in Hamburg, Empfang im 3. OG. Bitte bringen Sie einen Lichtbildausweis mit.
Danke für den Hinweis wegen der Überschneidung. Ich habe uns auf Donnerstag zur gleichen Uhrzeit gelegt, die neue Einladung kommt gleich.
""",
        "inv_assessment": """
Als nächsten Schritt bitten wir Sie, ein kurzes Online-Assessment (ca. 40 Minuten) zu absolvieren. Der Link ist fünf Tage gültig.
Im Anhang findest du eine kleine Fallstudie. Schau sie dir an, bereite 3–4 Folien vor, und wir gehen sie nächste Woche gemeinsam durch.
Sie wurden für unseren Assessment-Tag am 3. Juni in Dortmund ausgewählt, mit Gruppenübung und kurzer Präsentation.
Wir würden gern einen bezahlten Probearbeitstag mit dir machen, um zu sehen, wie die Zusammenarbeit klappt. Passt dir nächster Mittwoch?
In Kürze erhalten Sie eine E-Mail unseres Partners testmetrics.example mit dem Link zum Persönlichkeitsfragebogen und zum Zahlentest.
""",
        "inv_public_exam": """
Sie sind zu den schriftlichen Prüfungen im Auswahlverfahren EOGC/AD/2024/07 zugelassen. Die Prüfungen finden zwischen dem 18. und 28. Juni in akkreditierten Testzentren statt; bitte buchen Sie Ihren Termin bis zum 5. Juni in Ihrem Bewerberkonto.
Wir laden Sie zum strukturierten Auswahlgespräch am 4. Juli um 9:30 Uhr im Rathaus, Zimmer 214, ein. Die Gleichstellungsbeauftragte und ein Mitglied des Personalrats nehmen teil.
Für die Stelle {role} sind Sie in die engere Wahl gekommen. Vorgesehen sind ein Fachvortrag von zehn Minuten und ein anschließendes Gespräch mit der Kommission am 27. Mai um 14 Uhr. Schwerbehinderte Bewerbende können einen Nachteilsausgleich beantragen.
Bitte finden Sie sich am 12. Juni um 13 Uhr zur Auswahlrunde im Verwaltungsgebäude, Raum 2.14, ein und bringen Sie Ihre Zeugnisse im Original mit.
SUBJECT: Einladung – nächste Stufe, Kennziffer 17/2024 || Die Auswahlkommission möchte Sie persönlich kennenlernen. Bitte bestätigen Sie Ihre Teilnahme am 20. Mai um 11:15 Uhr per Antwort auf diese E-Mail.
""",
        "off_verbal_conditional": """
Ich freue mich riesig, dir sagen zu können, dass das Team dich gern als {role} an Bord hätte! Ich ruf dich heute Nachmittag an, dann sprechen wir über Gehalt und Starttermin.
Wir möchten Sie sehr gern bei uns begrüßen. Die Vertragsunterlagen folgen, sobald die Referenzen eingeholt sind.
Vorbehaltlich eines einwandfreien Führungszeugnisses und der Zustimmung des Betriebsrats möchten wir Ihnen die Position {role} anbieten.
Du bist unsere erste Wahl für die Stelle. Bevor ich etwas Schriftliches schicke: Können wir kurz über deine Kündigungsfrist sprechen?
Der Vorschlag der Kommission wurde heute Morgen bestätigt – die Stelle gehört Ihnen, wenn Sie sie noch möchten.
""",
        "off_contract": """
Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 30. Mai zurück.
Willkommen bei {company}! Dein erster Arbeitstag ist Montag, der 2. September; deine Patin meldet sich vorher bei dir.
Ihr Vertrag liegt zur digitalen Unterschrift bereit – Sie bekommen gleich eine Mail von signflow.example.
Anbei das schriftliche Angebot: 58.000 € brutto im Jahr, 30 Urlaubstage, sechs Monate Probezeit, Beginn zum 1. Oktober.
Sobald du unterschrieben hast, schickt dir die Personalabteilung die Infos zur IT-Einrichtung und den Plan für deine erste Woche.
""",
        "oth_alerts_newsletter": """
12 neue Stellen passen zu Ihrem Suchauftrag "Datenanalyst – remote". Top-Treffer: Junior BI Analyst bei Molkerei Fennhusen.
Neues aus {company}: Unser Standort in Porto öffnet, wir stellen das Team hinter der Frühjahrskampagne vor, und es gibt drei Tipps fürs Anschreiben.
Jobs, die dich interessieren könnten: {role} (Bremen), Operations Analyst (Kiel), Disponent (Lübeck).
Ihr Wochenrückblick: 5 Arbeitgeber haben sich Profile ähnlich wie Ihres angesehen.
Sei dabei bei unserer virtuellen Karrieremesse am 15. Mai! Jetzt anmelden und mit Recruitern von 40 Unternehmen chatten.
""",
        "oth_cold_recruiter": """
Ich bin auf Ihr Profil gestoßen und glaube, Sie könnten gut zu einem meiner Kunden passen, einem schnell wachsenden Logistik-Scale-up in Hamburg. Hätten Sie Lust auf ein kurzes, unverbindliches Telefonat?
Bist du noch auf der Suche? Ich habe ein Sechs-Monats-Projekt im Einkauf, komplett remote, Tagessatz verhandelbar.
Ich besetze gerade mehrere Analystenstellen, und Ihr Werdegang ist mir aufgefallen. Kein Druck – wenn Sie neugierig sind, schicke ich gern Details.
Für einen mittelständischen Automobilzulieferer im Raum Stuttgart suche ich eine:n {role} (m/w/d). Darf ich Ihnen die Stellenbeschreibung vertraulich zusenden?
Guten Tag, ich bin Recruiter für IT-Positionen bei Hollis & Marr und habe eine interessante Möglichkeit für Sie. Wann passt Ihnen für kurze Austausch?
""",
        "oth_account_survey": """
Wie war Ihre Erfahrung mit unserem Bewerbungsprozess? Nehmen Sie an unserer dreiminütigen Umfrage teil.
Bitte bestätige deine E-Mail-Adresse, um dein Bewerberkonto fertig einzurichten.
Ihr Passwort wurde erfolgreich geändert. Falls Sie das nicht waren, wenden Sie sich bitte an den Support.
Ihr Bewerberprofil wird wegen Inaktivität in 30 Tagen gelöscht. Melden Sie sich an, um es zu behalten.
Wir haben unsere Datenschutzhinweise für Bewerbende aktualisiert. Sie müssen nichts tun.
""",
        "oth_reference_withdrawal": """
Ihr ehemaliger Kollege Sam Whitford hat sich bei uns beworben und Sie als Referenz angegeben. Hätten Sie zehn Minuten für unseren kurzen Fragebogen?
Wie gewünscht haben wir Ihre Bewerbung für {role} zurückgezogen. Sollten Sie es sich anders überlegen, können Sie sich jederzeit erneut bewerben.
Danke, dass du uns Bescheid gegeben hast, dass du ein anderes Angebot angenommen hast. Ich habe deine Bewerbung bei uns geschlossen – viel Erfolg im neuen Job!
Jordan Blake nennt Sie als Referenzgeber:in für eine Position bei {company}. Bitte füllen Sie den vertraulichen Fragebogen bis Freitag aus.
Ihr Rückzug wurde verarbeitet. Bewerbung: {role}. Status: Vom Bewerber zurückgezogen.
""",
    },
    "fr": {
        "rej_chose_other": """
Nous en avons longuement discuté en équipe vendredi, et notre choix s'est finalement porté sur une personne qui a déjà piloté une migration d'entrepôt de ce type.
Pour être franche avec vous : la responsable a retenu un profil plus proche de notre portefeuille clients, nous n'irons donc pas plus loin avec votre candidature au poste de {role}.
SUBJECT: Poste de {role} – point d'étape || Après comparaison des derniers dossiers, nous avons proposé le poste à une autre candidate et clôturons donc votre candidature.
Ça s'est joué à peu de chose entre vous et une autre personne, et c'est elle qui rejoint l'équipe. Je sais que ce n'est pas ce que vous espériez lire.
Votre profil était très intéressant pour nous mais à la fin nous avons choisi un autre candidat qui a plus d'expérience sur SAP, donc pour le moment on ne peut pas continuer avec vous.
""",
        "rej_role_gone": """
Suite à l'arbitrage budgétaire du trimestre, le recrutement au poste de {role} est gelé jusqu'à nouvel ordre ; nous clôturons toutes les candidatures en cours, dont la vôtre.
L'équipe a été réorganisée et le poste tel que publié n'existe plus. Plutôt que de te laisser attendre, je préfère te prévenir que le process s'arrête là.
SUBJECT: Offre retirée : {role} || Cette offre d'emploi a été retirée par le service recruteur. Aucune action n'est nécessaire de votre part.
Petite info : le poste a été pourvu en interne par une collègue de l'agence de Lyon, il n'y a donc rien de nouveau de notre côté pour l'instant.
En raison d'un gel des embauches sur l'ensemble du groupe, le recrutement pour ce poste est annulé. Nous sommes désolés pour le temps que vous y avez consacré.
""",
        "rej_offer_negative": """
Nous ne sommes pas en mesure de vous faire une proposition pour ce poste à ce stade.
Lors du débrief, le jury a décidé de ne pas vous adresser de proposition d'embauche, principalement parce que le poste demande une pratique des données réglementées que nous n'avons pas retrouvée dans vos exemples.
Nous ne te ferons pas d'offre pour ce poste. Si ça peut t'aider, je peux te partager les retours du panel, réponds simplement à ce mail.
SUBJECT: Décision – {role} || La proposition a été faite à une autre candidate, qui l'a acceptée. Le recrutement est donc clos.
J'espérais revenir vers vous avec une promesse d'embauche, mais la validation budgétaire n'a été accordée que pour un seul recrutement, et l'équipe a privilégié un profil plus senior.
""",
        "rej_after_interview": """
Merci d'avoir passé l'après-midi avec nous mardi. Le jury s'est réuni hier : l'échange a été très agréable, mais nous avons conclu que votre parcours ne correspond pas à l'orientation que prend l'équipe.
À la suite de votre second entretien avec Marta et l'équipe exploitation, nous avons décidé de ne pas vous convier à la dernière étape.
En visio, tu as fait une très bonne impression, notamment sur la communication. Là où ça a coincé, c'est sur les modèles de prévision, et c'est le cœur du poste, donc on s'arrête là.
Après avoir rencontré les quatre finalistes, la commission de recrutement a retenu une personne ayant une plus longue expérience en milieu hospitalier.
Désolée, cela a pris une semaine de plus que prévu. Nous avons étudié chaque finaliste en détail et notre choix s'est porté sur quelqu'un d'autre ; cela ne tient en rien à votre prestation le jour J.
""",
        "rej_after_assessment": """
Vos résultats au test de raisonnement numérique en ligne sont inférieurs au seuil retenu pour ce programme ; nous ne pouvons donc pas poursuivre le processus cette année.
Nous avons étudié votre cas pratique. Le rendu était soigné, mais il ne creusait pas assez les arbitrages demandés, et l'équipe a décidé de ne pas poursuivre.
SUBJECT: Résultat de la journée d'évaluation || Merci de votre participation à la journée du 12 mars. Au vu des notes cumulées (mise en situation collective, présentation, exercice écrit), vous n'êtes pas retenu(e) pour la phase suivante.
L'exercice de code n'a pas passé nos tests automatiques (4 sur 11), et nous ne faisons avancer que les candidats qui les valident tous.
Merci pour le test créa ! Franchement c'était du bon travail, mais les autres finalistes étaient plus solides sur la recherche utilisateur, et nous avançons avec l'un d'eux.
""",
        "rej_talent_pool": """
Nous souhaiterions conserver votre CV dans notre vivier pendant douze mois et vous recontacter si un poste plus proche de votre profil s'ouvre. Pour le poste de {role}, nous avons toutefois fait un autre choix.
Même si ça ne s'est pas fait pour ce poste, j'ai noté ton profil pour les postes data que nous ouvrons à la rentrée.
Le poste actuel est pourvu. Vos coordonnées restent enregistrées et nous reviendrons vers vous dès qu'une opportunité plus adaptée se présentera.
Nous n'irons pas plus loin pour ce poste, mais avec votre accord nous aimerions garder votre dossier. Merci de confirmer votre consentement via le lien de votre espace candidat.
Ne le prenez pas comme un non à {company} en général : c'est un non pour ce poste uniquement. Je vous garde en tête pour notre antenne de Bordeaux.
""",
        "rej_status_line": """
Statut de la candidature : Non retenue
SUBJECT: Mise à jour de votre candidature || Votre candidature au poste de {role} (réf. 2024-0183) est passée au statut : Clôturée – sans suite.
Le statut de votre candidature a été mis à jour : « Refusée ». Retrouvez le détail dans votre espace candidat.
Offre n° 48812 {role} : statut candidat modifié – Ne répond pas aux prérequis.
Mise à jour : {role} · Poste pourvu · Votre candidature n'est plus active.
""",
        "rej_buried_decision": """
Tout d'abord, un immense merci pour le temps que vous nous avez consacré ces dernières semaines. Ce fut un plaisir de faire votre connaissance, et toutes les personnes qui vous ont rencontré ont souligné la pertinence de vos questions et le soin apporté à votre présentation. C'était aussi la première fois que nous recrutions sur cette fonction, nous avons beaucoup appris, et nous avons apprécié votre patience face aux changements de planning. Au final, nous avons proposé le poste à une autre personne.
J'espère que tu as passé un bon week-end ! Les dernières semaines ont été bien chargées ici, entre le salon de Villepinte et le déménagement dans le nouveau bâtiment, ce qui explique en partie que ce message arrive si tard. Je voulais aussi te redire à quel point la visite de l'atelier avec toi était sympa ; peu de candidats s'intéressent aux plannings de maintenance. Cela dit, nous n'allons pas donner suite à ta candidature.
Merci d'être venu(e) la semaine dernière et d'avoir été si conciliant(e) quand nous avons dû changer de salle au dernier moment, et merci pour la recommandation de lecture, deux d'entre nous l'ont déjà commandé. Nous avons beaucoup échangé en interne sur l'évolution de l'équipe l'an prochain, et ces discussions ont façonné le profil recherché. Nous poursuivons avec une candidate dont l'expérience est davantage tournée vers la gestion fournisseurs.
J'espère que vous allez bien et que votre installation à Nantes s'est bien passée. Ce fut un vrai plaisir de lire votre candidature, et l'anecdote du tableau d'inventaire dans votre lettre nous a bien fait rire, dans le bon sens. Nous sommes une petite association, chaque recrutement est une grosse décision et nous prenons notre temps, ce qui peut être frustrant vu de l'extérieur. Le processus est désormais terminé et le poste revient à quelqu'un d'autre.
Merci beaucoup pour votre patience pendant que nous finalisions les derniers points. Il s'est passé beaucoup de choses depuis notre dernier échange : le financement ANR a été confirmé, le labo a déménagé dans la nouvelle aile et la directrice de recherche est rentrée de son année sabbatique. Elle a lu chaque dossier elle-même et tenait à vous dire qu'elle a trouvé le vôtre bien argumenté. Pour ce poste, elle a néanmoins choisi un candidat qui travaille déjà sur la plateforme d'imagerie.
""",
        "rej_subject_only": """
SUBJECT: Candidature non retenue – {role} || Merci pour le temps consacré à votre candidature. Conformément au RGPD, vos données seront supprimées au bout de deux ans.
SUBJECT: Re: {role} – on ne continue pas || Merci encore pour l'échange, Alex. Au plaisir de rester en contact sur LinkedIn.
SUBJECT: {role} – poste pourvu || Merci beaucoup pour votre patience ces dernières semaines.
SUBJECT: Décision : dossier non présélectionné – {role} || Vous trouverez nos retours généraux aux candidats dans la FAQ de notre site carrières.
SUBJECT: Fin du processus pour votre candidature – {company} || Ceci est un message automatique, merci de ne pas y répondre.
""",
        "rej_terse": """
Poste pourvu. Merci.
désolé, on a pris qqn d'autre. bonne continuation
Pas en adéquation pour le moment. Merci d'avoir postulé.
Bonjour, on regrette mais votre profil il correspond pas le poste que nous avons. Bonne chance pour l'avenir.
Nous sommes décidé pour une autre personne. Merci pour votre temps.
""",
        "rej_public_procedure": """
À l'issue de sa délibération du 14 mai, le jury ne vous a pas déclaré(e) admissible au concours externe d'attaché territorial, session 2024.
Votre nom ne figure ni sur la liste principale ni sur la liste complémentaire établies à l'issue des épreuves d'admission.
Votre note à l'épreuve écrite (9,5/20) est inférieure au seuil d'admissibilité fixé par le jury (11/20). Vous pouvez demander la communication de votre copie dans un délai de deux mois.
Le recrutement pour le poste de {role} (réf. 2024-RH-113) est clos. Conformément à la priorité accordée aux mutations, l'autorité territoriale a nommé un fonctionnaire titulaire.
Le comité de sélection a procédé à l'examen de recevabilité : votre dossier ne remplit pas la condition de trois années d'expérience professionnelle (point 2.3 de l'avis), et vous n'êtes donc pas admis(e) à l'étape suivante de la procédure EOGC/AD/2024/07.
""",
        "rej_thread_reply": """
Désolé d'avoir été silencieux sur ce fil, ça a été la course. Pour faire court : nous partons dans une autre direction pour {role}, mais j'ai vraiment apprécié nos échanges.
Je réponds ici pour garder tout au même endroit. J'ai parlé au client hier : il ne vous fera pas passer au tour suivant, il cherche quelqu'un déjà basé à Munich.
Comme annoncé dans mon mail de la semaine dernière, le manager est revenu vers moi et c'est non pour celui-ci. Je vous garde en tête pour ma prochaine mission en supply chain.
Merci de m'avoir relancée, et désolée que tu aies dû courir après nous. L'équipe a tranché jeudi dernier et a choisi quelqu'un d'autre.
Pour clore notre échange ci-dessous : nous n'allons pas plus loin, le service ayant finalement décidé de réserver le poste à un profil junior.
""",
        "ack_received": """
Nous accusons réception de votre dossier pour le poste de {role}. Il sera étudié par le service concerné dans les quinze prochains jours.
Bien reçu ton CV, merci ! Je le transmets à Dana qui pilote l'équipe et je reviens vers toi dès qu'elle l'a regardé.
SUBJECT: Candidature bien reçue – {role} || Votre candidature est enregistrée sous la référence HR-2291. Merci de rappeler ce numéro dans tout échange.
Candidature envoyée avec succès. Poste : {role}. Lieu : Nantes. Date : 03/04.
Merci d'avoir postulé via notre site. Un membre de l'équipe RH étudiera votre dossier et vous contactera si votre profil correspond à nos besoins.
""",
        "ack_high_volume": """
Compte tenu du très grand nombre de candidatures reçues, nous ne pourrons malheureusement pas répondre à chacun individuellement. Si nous souhaitons avancer avec vous, nous vous contacterons sous trois semaines.
Nous avons reçu énormément de réponses à cette annonce ; l'étude des dossiers prendra un peu plus de temps que d'habitude. Merci de compter jusqu'à quatre semaines.
À noter : en raison de la fermeture estivale, l'examen des candidatures ne reprendra que le 2 septembre. Votre dossier est bien en file d'attente.
SUBJECT: Hélas, pas de réponse individuelle possible || Notre petite équipe ne peut pas envoyer de point personnalisé à chaque candidat. Soyez assuré(e) que chaque candidature est lue par une personne, et non par un logiciel.
Plus de 900 candidatures en une semaine : c'est formidable, mais notre calendrier s'en trouve décalé. La présélection devrait désormais se terminer fin du mois.
""",
        "ack_status_neutral": """
Statut de la candidature : En cours d'étude
SUBJECT: Évolution de votre candidature – {role} || Votre candidature est passée de « Reçue » à « En cours d'examen par le manager ».
Votre profil a été transmis au responsable du recrutement pour le poste de {role}. Aucune action n'est requise de votre part pour le moment.
Pour info, nous sommes toujours en train d'étudier les candidatures et la tienne est toujours en lice. Retour prévu d'ici vendredi 14.
Votre dossier a été déclaré recevable (concours 2024/ATT/07) et transmis au jury pour l'examen des titres.
""",
        "inv_call_no_word": """
Auriez-vous 30 minutes cette semaine pour une visio avec notre responsable logistique ? Indiquez-moi quelques créneaux qui vous conviennent.
L'équipe aimerait beaucoup faire ta connaissance. Tu serais dispo jeudi après-midi pour un appel ?
Je souhaiterais organiser un premier échange téléphonique pour parler du poste et de votre parcours. À quel numéro puis-je vous joindre ?
Nous vous proposons de passer à l'agence mardi 9 avril à 10 h pour rencontrer les directeurs de création et découvrir quelques projets en cours. Comptez une heure environ.
SUBJECT: Un échange autour du poste de {role} ? || Votre parcours a retenu notre attention et nous aimerions en discuter avec vous de vive voix. Quelles sont vos disponibilités la semaine prochaine ?
""",
        "inv_scheduling": """
Merci de choisir un créneau pour votre rencontre avec le jury via le lien ci-dessous ; l'agenda propose des horaires du 22 au 26 avril.
Un imprévu côté manager nous oblige à décaler l'appel de jeudi. Vendredi 11 h ou lundi 15 h vous conviendrait-il ?
SUBJECT: Confirmé : mar. 14 mai, 14 h – visio avec {company} || Le lien Teams est ci-dessous. Tu échangeras avec Jana (team lead) et Omar (analyste senior).
Votre deuxième rendez-vous est confirmé mercredi à 9 h 30 dans nos locaux de Lille, accueil au 3e étage. Munissez-vous d'une pièce d'identité.
Merci de m'avoir prévenue pour le conflit d'agenda. J'ai déplacé notre rendez-vous à jeudi même heure, la nouvelle invitation arrive.
""",
        "inv_assessment": """
Prochaine étape : nous vous invitons à passer une courte évaluation en ligne (environ 40 minutes). Le lien est valable cinq jours.
Tu trouveras en pièce jointe un petit cas pratique. Prépare 3-4 slides, et on en discute ensemble la semaine prochaine.
Vous êtes convié(e) à notre journée d'évaluation le 3 juin à Lyon : mise en situation collective et courte présentation.
Nous aimerions vous proposer une journée d'immersion rémunérée avec l'équipe en magasin. Mercredi prochain, ça vous irait ?
Vous allez recevoir un e-mail de notre partenaire testmetrics.example contenant le lien vers le questionnaire de personnalité et le test de raisonnement numérique.
""",
        "inv_public_exam": """
Vous êtes autorisé(e) à vous présenter aux épreuves écrites du concours externe d'attaché territorial. Votre convocation, avec l'adresse du centre d'examen, est disponible dans votre espace candidat.
Vous avez été déclaré(e) admissible. Vous êtes convoqué(e) à l'épreuve orale d'admission le 4 juillet à 9 h 30 devant le jury. Présentez-vous muni(e) de votre convocation et d'une pièce d'identité.
Dans le cadre du recrutement au poste de {role}, nous vous invitons à un oral devant une commission composée du DGS, de la DRH et du chef de service, le 27 mai à 14 h.
Le comité de sélection vous invite à l'épreuve de mise en situation de la procédure EOGC/AD/2024/07, qui se tiendra à distance le 18 juin. Réservez votre créneau dans votre compte avant le 5 juin.
SUBJECT: Convocation – commission de recrutement, réf. 2024-RH-113 || La commission souhaite vous rencontrer le 20 mai à 11 h 15 en mairie, salle du conseil. Merci de confirmer votre présence par retour de mail.
""",
        "off_verbal_conditional": """
Je suis ravie de t'annoncer que l'équipe souhaite que tu nous rejoignes en tant que {role} ! Je t'appelle cet après-midi pour parler rémunération et date d'arrivée.
Nous serions très heureux de vous accueillir parmi nous. La promesse d'embauche suivra dès que vos références auront été vérifiées.
Sous réserve de l'avis favorable de la médecine du travail et de la vérification de vos diplômes, nous avons le plaisir de vous proposer le poste de {role} en CDI.
Vous êtes notre premier choix pour le poste. Avant de vous envoyer quoi que ce soit par écrit, pouvons-nous parler rapidement de votre préavis ?
La proposition du jury a été validée ce matin : le poste est à vous si vous le souhaitez toujours.
""",
        "off_contract": """
Vous trouverez ci-joint votre contrat de travail et la fiche de poste. Pourriez-vous nous les retourner signés avant le 30 mai ?
Bienvenue chez {company} ! Ton arrivée est prévue le lundi 2 septembre ; ta marraine d'intégration te contactera d'ici là.
Votre contrat est prêt pour la signature électronique : vous allez recevoir un e-mail de signflow.example.
Ci-joint la proposition écrite : 42 000 € bruts annuels sur 13 mois, 25 jours de congés plus RTT, période d'essai de trois mois renouvelable une fois.
Une fois signé, les RH t'enverront les infos pour ton matériel informatique et ton planning de la première semaine.
""",
        "oth_alerts_newsletter": """
12 nouvelles offres correspondent à votre alerte « data analyst – télétravail ». Meilleure correspondance : Analyste BI junior chez Laiterie du Bocage.
Ce mois-ci chez {company} : ouverture de notre site de Porto, rencontre avec l'équipe derrière la campagne de printemps, et trois conseils pour votre lettre de motivation.
Des offres qui pourraient vous intéresser : {role} (Nantes), Analyste opérations (Rennes), Coordinateur planning (Angers).
Votre récap hebdo : 5 recruteurs ont consulté des profils similaires au vôtre.
Participez à notre salon virtuel de l'emploi le 15 mai ! Inscrivez-vous pour discuter avec les recruteurs de 40 entreprises.
""",
        "oth_cold_recruiter": """
Je suis tombé sur votre profil et je pense que vous pourriez correspondre à l'un de mes clients, une scale-up logistique en pleine croissance à Lyon. Partant(e) pour un échange rapide ?
Tu es toujours en recherche ? J'ai une mission de six mois en achats, full remote, TJM à négocier.
Je recrute pour plusieurs postes d'analyste et votre parcours m'a interpellé. Aucune pression, mais si vous êtes curieux, je vous envoie les détails.
Pour une ETI industrielle en Auvergne, je recherche un(e) {role} (H/F). Puis-je vous transmettre la fiche de poste en toute confidentialité ?
Bonjour, je suis recruteur chez Hollis & Marr pour positions IT et j'ai une opportunité intéressante pour vous. Quand est bon pour vous un petit échange ?
""",
        "oth_account_survey": """
Comment s'est passée votre candidature ? Répondez à notre questionnaire de trois minutes pour nous aider à nous améliorer.
Merci de confirmer ton adresse e-mail pour finaliser la création de ton espace candidat.
Votre mot de passe a bien été modifié. Si vous n'êtes pas à l'origine de cette action, contactez le support.
Votre profil candidat sera supprimé dans 30 jours pour cause d'inactivité. Connectez-vous pour le conserver.
Nous avons mis à jour notre politique de confidentialité candidats. Aucune action n'est requise.
""",
        "oth_reference_withdrawal": """
Votre ancien collègue Sam Whitford a postulé chez nous et vous a cité comme référence. Pourriez-vous nous accorder dix minutes pour répondre au questionnaire ci-dessous ?
Comme demandé, nous avons retiré votre candidature au poste de {role}. Si vous changez d'avis, vous pourrez postuler à nouveau.
Merci de nous avoir prévenus que tu as accepté une autre offre. J'ai clôturé ton dossier de notre côté, plein de réussite dans ton nouveau poste !
Jordan Blake vous a indiqué comme référent pour un poste chez {company}. Merci de compléter le questionnaire confidentiel avant vendredi.
Votre demande de retrait a été traitée. Candidature : {role}. Statut : Retirée par le candidat.
""",
    },
    "es": {
        "rej_chose_other": """
Lo estuvimos hablando el viernes en el equipo y al final nos hemos decantado por una persona que ya ha llevado una migración de almacén parecida.
Te lo digo sin rodeos: la responsable ha elegido un perfil más cercano a nuestra cartera de clientes, así que no vamos a seguir adelante con tu candidatura para {role}.
SUBJECT: {role} – actualización || Tras comparar la terna final, hemos ofrecido el puesto a otra candidata y, por tanto, cerramos tu proceso.
Estuvo muy reñido entre tú y otra persona, y finalmente se queda ella. Sé que no es lo que esperabas leer.
Su perfil fue muy interesante para nosotros pero al final hemos elegido otro candidato con más experiencia en SAP, entonces por el momento no podemos continuar con usted.
""",
        "rej_role_gone": """
Tras la revisión presupuestaria del trimestre, la vacante de {role} queda congelada sin fecha, por lo que cerramos todas las candidaturas abiertas, incluida la tuya.
Hemos reestructurado el equipo y el puesto ya no existe tal y como lo publicamos. Prefiero avisarle ya en lugar de tenerle esperando.
SUBJECT: Oferta retirada: {role} || El departamento ha retirado esta oferta de empleo. No necesitas hacer nada más.
Te cuento rápido: la plaza se ha cubierto internamente con una compañera de la oficina de Valencia, así que por nuestra parte no hay novedades de momento.
Debido a la congelación de contrataciones en todo el grupo, el proceso para {role} queda cancelado. Sentimos el tiempo que le ha dedicado.
""",
        "rej_offer_negative": """
No estamos en condiciones de ofrecerle el puesto de {role} en este momento.
En la reunión de valoración, el comité acordó no presentarte una oferta, sobre todo porque el puesto exige experiencia práctica con datos regulados que no vimos en tus ejemplos.
No te vamos a hacer oferta para este puesto. Si te sirve, te paso el feedback del panel; contéstame a este correo y listo.
SUBJECT: Decisión – {role} || La oferta se hizo a otro candidato, que ya la ha aceptado. El proceso queda cerrado.
Esperaba poder volver con una carta de oferta, pero solo se aprobó presupuesto para una contratación y el equipo priorizó un perfil más sénior.
""",
        "rej_after_interview": """
Gracias por pasar la tarde con nosotros el martes. El comité se reunió ayer y, aunque la conversación fue muy agradable, hemos concluido que tu perfil no encaja con el rumbo que lleva el equipo.
Tras su segunda reunión con Marta y el equipo de operaciones, hemos decidido no convocarle a la fase final.
En la videollamada causaste muy buena impresión, sobre todo en comunicación. Donde vimos la carencia fue en modelos de previsión, que es el núcleo del puesto, así que lo dejamos aquí.
Después de conocer a los cuatro finalistas, la comisión recomendó a una persona con más trayectoria en entorno hospitalario.
Perdona que haya tardado una semana más de lo prometido. Analizamos a cada finalista con detalle y la elección recayó en otra persona; no tuvo nada que ver con cómo te desenvolviste ese día.
""",
        "rej_after_assessment": """
Su resultado en la prueba online de razonamiento numérico quedó por debajo del mínimo que aplicamos en este programa, por lo que no podemos avanzar con su candidatura este año.
Hemos revisado tu caso práctico. Estaba bien presentado, pero no profundizaba lo suficiente en las decisiones que pedíamos justificar, y el equipo ha decidido no continuar.
SUBJECT: Resultado de la jornada de evaluación || Gracias por participar en la jornada del 12 de marzo. Con la puntuación combinada de la dinámica de grupo, la presentación y la prueba escrita, no ha sido seleccionado para la siguiente fase.
El ejercicio de programación no superó nuestras pruebas automáticas (4 de 11), y solo pasamos a quienes las superan todas.
¡Gracias por el reto de diseño! Sinceramente, buen trabajo, pero los otros finalistas venían más fuertes en investigación de usuarios y vamos a seguir con uno de ellos.
""",
        "rej_talent_pool": """
Nos gustaría conservar tu CV en nuestra bolsa de talento durante doce meses y contactarte si se abre un puesto más acorde. Para {role}, eso sí, hemos optado por otras candidaturas.
Aunque esta vez no ha salido, he apuntado tu perfil para las posiciones de analítica que abriremos en otoño.
La vacante actual ya está cubierta. Sus datos quedan en nuestra base y le escribiremos si surge algo más adecuado.
Para esta vacante no seguimos adelante, pero con tu consentimiento nos gustaría mantener tu candidatura en nuestra base de datos. Confírmalo desde el enlace del portal.
No lo tomes como un no a {company} en general; es un no para este puesto concreto. Te tengo en mente para la oficina de Sevilla.
""",
        "rej_status_line": """
Estado de la candidatura: Descartada
SUBJECT: Cambio de estado en tu candidatura || Tu candidatura a {role} (ref. 2024-0183) ha pasado a: Cerrada – no continúa.
El estado de su candidatura se ha actualizado a «No seleccionado». Puede ver los detalles en su área de candidato.
Vacante #48812 {role}: estado del candidato actualizado – No cumple requisitos mínimos.
Actualización: {role} · Vacante cubierta · Tu candidatura ya no está activa.
""",
        "rej_buried_decision": """
Antes de nada, muchísimas gracias por el tiempo que nos ha dedicado estas últimas semanas. Ha sido un placer conocerle, y todas las personas que hablaron con usted destacaron lo acertado de sus preguntas y el cuidado con el que preparó la presentación. Era también la primera vez que seleccionábamos para esta función, hemos aprendido mucho por el camino, y le agradecemos la paciencia con los cambios de agenda. Finalmente, hemos ofrecido el puesto a otra candidata.
¡Espero que hayas tenido un buen fin de semana! Aquí han sido unas semanas de locos, entre la feria de Bilbao y la mudanza a la nave nueva, y por eso este mensaje llega más tarde de lo que me habría gustado. También quería decirte otra vez lo bien que estuvo enseñarte la planta; no mucha gente pregunta por los planes de mantenimiento. Dicho todo esto, no vamos a seguir adelante con tu candidatura.
Gracias por venir la semana pasada y por ser tan flexible cuando tuvimos que cambiar de sala a última hora, y gracias también por la recomendación del libro, dos de nosotros ya lo hemos pedido. Hemos hablado mucho internamente sobre cómo debe crecer el equipo el próximo año, y esas conversaciones han definido el perfil que buscábamos. Vamos a continuar con una candidata con más experiencia en gestión de proveedores.
Espero que estés bien y que la mudanza a Málaga haya ido bien. Ha sido un gusto leer tu candidatura, y la anécdota de la hoja de inventario en tu carta nos hizo reír a varios, para bien. Somos una ONG pequeña, cada contratación es una decisión grande y nos tomamos nuestro tiempo, cosa que desde fuera puede resultar frustrante. Ya hemos cerrado el proceso y el puesto lo ocupará otra persona.
Muchas gracias por su paciencia mientras cerrábamos los últimos detalles. Han pasado muchas cosas desde que hablamos: se confirmó la financiación del proyecto, el laboratorio se trasladó al edificio nuevo y la investigadora principal volvió de su estancia en el extranjero. Leyó cada candidatura personalmente y me pide que le transmita que la suya le pareció muy bien argumentada. Para este puesto, sin embargo, ha elegido a un candidato que ya trabaja con la plataforma de imagen.
""",
        "rej_subject_only": """
SUBJECT: Candidatura no seleccionada – {role} || Gracias por el tiempo que ha dedicado a su candidatura. Conforme a nuestra política de protección de datos, sus datos se eliminarán en un plazo de seis meses.
SUBJECT: Re: {role} – no seguimos || ¡Gracias otra vez por la charla, Alex! Encantados de seguir en contacto por LinkedIn.
SUBJECT: {role} – puesto cubierto || Muchas gracias por tu paciencia estas últimas semanas.
SUBJECT: Decisión: no preseleccionado – {role} || Encontrará nuestros comentarios generales para candidatos en la sección de preguntas frecuentes de nuestra web de empleo.
SUBJECT: Su candidatura ya no está en proceso – {company} || Este es un mensaje automático. Por favor, no responda.
""",
        "rej_terse": """
Puesto cubierto. Gracias.
perdona, cogimos a otra persona. suerte!
No encaja ahora mismo. Gracias por aplicar.
Hola, lamentamos pero su perfil no está coincidiendo con la posición que tenemos. Buena suerte para el futuro.
Ya nos decidimos por otra persona. Gracias por su tiempo.
""",
        "rej_public_procedure": """
Se ha publicado la lista definitiva de admitidos y excluidos del proceso selectivo para {role}. Figura usted como excluido por no acreditar la titulación exigida en la base 2.1 de la convocatoria.
Una vez valorada la fase de concurso, su puntuación total (18,40 puntos) no alcanza la nota de corte, por lo que no figura en la relación de aprobados.
El tribunal calificador le ha declarado «no apto» en el primer ejercicio de la oposición. Contra este acuerdo puede interponer recurso de alzada en el plazo de un mes.
Le comunicamos que no ha sido incluido en la bolsa de empleo temporal del hospital, al no haber alcanzado la puntuación mínima en la baremación de méritos.
El comité de selección ha examinado los requisitos de admisión: su candidatura no acredita los tres años de experiencia profesional (punto 2.3 de la convocatoria) y, por tanto, no es admitido a la siguiente fase del procedimiento EOGC/AD/2024/07.
""",
        "rej_thread_reply": """
Perdona por desaparecer de este hilo, han sido unas semanas caóticas. Resumiendo: para {role} nos vamos por otro camino, pero de verdad te agradezco todo el ida y vuelta.
Le respondo aquí para tenerlo todo junto. Ayer hablé con el cliente y no le va a pasar a la siguiente ronda; busca a alguien que ya viva en Múnich.
Siguiendo con mi correo de la semana pasada: el responsable ya ha contestado y para esta posición es que no. Le tengo en cuenta para el próximo proceso de compras que me llegue.
Gracias por escribir de nuevo, y siento que hayas tenido que perseguirnos. El equipo decidió el jueves pasado y eligió a otra persona.
Para cerrar lo que hablamos más abajo: no seguimos adelante, porque el departamento ha decidido finalmente que el puesto sea solo para perfiles junior.
""",
        "ack_received": """
Le confirmamos que hemos recibido su documentación para el puesto de {role}. El departamento la revisará en las próximas dos semanas.
¡Recibido tu CV, gracias! Se lo paso a Dana, que lleva el equipo, y te cuento en cuanto lo haya visto.
SUBJECT: Hemos recibido tu candidatura – {role} || Tu candidatura está registrada con la referencia HR-2291. Indícala en cualquier consulta.
Candidatura enviada correctamente. Puesto: {role}. Ubicación: Zaragoza. Fecha: 03/04.
Gracias por inscribirte a través de nuestro portal. Alguien del equipo de RR. HH. revisará tu perfil y te contactaremos si encaja con lo que buscamos.
""",
        "ack_high_volume": """
Debido al elevado número de candidaturas, lamentablemente no podemos responder a cada persona de forma individual. Si queremos avanzar con su perfil, nos pondremos en contacto en un plazo de tres semanas.
Hemos recibido muchísimas respuestas a esta oferta, así que la revisión tardará algo más de lo habitual. Cuenta con hasta cuatro semanas.
Tenga en cuenta que, por las vacaciones de agosto, no empezaremos a revisar candidaturas hasta el 2 de septiembre. Su candidatura está registrada.
SUBJECT: Por desgracia no podemos contestar a todo el mundo || Nuestro equipo es pequeño y no puede enviar actualizaciones personales a cada candidato. Eso sí: cada candidatura la lee una persona, no una máquina.
Hemos recibido más de 900 candidaturas en la primera semana, lo cual es estupendo pero retrasa nuestro calendario. La preselección terminará previsiblemente a finales de mes.
""",
        "ack_status_neutral": """
Estado de la candidatura: En revisión
SUBJECT: Actualización de estado – {role} || Tu candidatura ha pasado de «Recibida» a «En revisión por el equipo».
Hemos compartido su perfil con la persona responsable de {role}. De momento no tiene que hacer nada.
Para que lo sepas: seguimos revisando candidaturas y la tuya sigue en el proceso. Tendrás noticias antes del viernes 14.
Ha sido admitido provisionalmente en el proceso selectivo (ref. 2024/HR/07) y su expediente ha pasado al tribunal para la valoración de méritos.
""",
        "inv_call_no_word": """
¿Tendría 30 minutos esta semana para una videollamada con nuestra responsable de logística? Indíqueme un par de horarios que le vengan bien.
Al equipo le encantaría conocerte mejor. ¿Te viene bien una llamada el jueves por la tarde?
Me gustaría tener una charla telefónica breve para hablar del puesto y de tu trayectoria. ¿En qué número te localizo mejor?
Queremos invitarte a pasar por el estudio el martes 9 de abril a las 10:00 para conocer a los responsables creativos y ver algunos proyectos. Calcula una hora más o menos.
SUBJECT: ¿Tomamos un café? – {role} || Nos ha gustado mucho tu perfil y nos encantaría charlar contigo en persona en la oficina de Madrid. ¿Qué tal la semana que viene?
""",
        "inv_scheduling": """
Por favor, reserve un hueco para su reunión con el comité en el enlace de abajo; el calendario muestra horarios del 22 al 26 de abril.
Le ha surgido algo al responsable y tenemos que mover la llamada del jueves. ¿Te iría bien el viernes a las 11:00 o el lunes a las 15:00?
SUBJECT: Confirmado: mar. 14 de mayo, 14:00 – videollamada con {company} || Abajo tienes el enlace de Teams. Hablarás con Jana (team lead) y Omar (analista sénior).
Su segunda reunión queda confirmada para el miércoles a las 9:30 en nuestra oficina de Bilbao, recepción en la 3.ª planta. Traiga su DNI.
Gracias por avisarme del solapamiento. Lo he pasado al jueves a la misma hora; ahora te llega la nueva convocatoria.
""",
        "inv_assessment": """
Como siguiente paso, le pedimos que complete una breve evaluación online (unos 40 minutos). El enlace es válido durante cinco días.
Te adjunto un pequeño caso práctico. Échale un vistazo, prepara 3 o 4 diapositivas y lo repasamos juntos la semana que viene.
Ha sido seleccionado para nuestra jornada de evaluación del 3 de junio en Barcelona, con dinámica de grupo y una breve presentación.
Nos gustaría hacer contigo una jornada de prueba remunerada en tienda para ver cómo trabajamos juntos. ¿Te va bien el miércoles que viene?
En breve recibirá un correo de nuestro socio testmetrics.example con el enlace al cuestionario de personalidad y a la prueba de razonamiento numérico.
""",
        "inv_public_exam": """
Se ha publicado la lista definitiva de admitidos y figura usted como admitido. El primer ejercicio tendrá lugar el 18 de junio a las 10:00 en la Facultad de Derecho; acuda con DNI y bolígrafo azul.
Tras superar el primer ejercicio, queda convocado para la lectura pública del segundo ejercicio ante el tribunal el 4 de julio a las 9:30.
El comité de selección le invita a la prueba de evaluación de competencias del procedimiento EOGC/AD/2024/07, que se celebrará a distancia el 18 de junio. Reserve su franja en su cuenta antes del 5 de junio.
Ha sido preseleccionado para la plaza de {role}. Le citamos a una prueba práctica y a una reunión con la comisión el 27 de mayo a las 14:00 en la sala de juntas de la 2.ª planta.
SUBJECT: Citación – comisión de selección, ref. 2024-RH-113 || La comisión desea conocerle el 20 de mayo a las 11:15 en el Ayuntamiento, sala de plenos. Por favor, confirme su asistencia respondiendo a este correo.
""",
        "off_verbal_conditional": """
¡Me alegra muchísimo contarte que el equipo quiere que te incorpores como {role}! Te llamo esta tarde para hablar de salario y fecha de incorporación.
Nos encantaría contar con usted. La documentación formal llegará en cuanto hayamos comprobado sus referencias.
Sujeto a la verificación de su titulación y al reconocimiento médico, tenemos el placer de ofrecerle el puesto de {role} con contrato indefinido.
Eres nuestra primera opción para el puesto. Antes de enviarte nada por escrito, ¿podemos hablar un momento de tu preaviso?
La propuesta de la comisión se aprobó esta mañana: el puesto es suyo si todavía le interesa.
""",
        "off_contract": """
Adjuntamos su contrato de trabajo y la descripción del puesto. ¿Podría devolvérnoslos firmados antes del 30 de mayo?
¡Te damos la bienvenida a {company}! Te incorporas el lunes 2 de septiembre; tu compañero de acogida se pondrá en contacto contigo antes.
Su contrato está listo para la firma electrónica: recibirá un correo de signflow.example.
Te adjunto la oferta por escrito: 34.000 € brutos anuales en 14 pagas, 23 días laborables de vacaciones y seis meses de periodo de prueba.
Una vez firmado, RR. HH. te enviará la información para el alta en la Seguridad Social, el equipo informático y tu agenda de la primera semana.
""",
        "oth_alerts_newsletter": """
12 nuevas ofertas coinciden con tu alerta «analista de datos – remoto». Mejor coincidencia: Analista BI junior en Lácteos Montearagón.
Este mes en {company}: abrimos nuestro hub en Oporto, conoce al equipo de la campaña de primavera y tres consejos para tu carta de presentación.
Ofertas que te pueden interesar: {role} (Zaragoza), Analista de operaciones (Huesca), Coordinador de planificación (Logroño).
Tu resumen semanal: 5 empresas han visto perfiles parecidos al tuyo.
¡Apúntate a nuestra feria de empleo virtual el 15 de mayo! Regístrate para chatear con reclutadores de 40 empresas.
""",
        "oth_cold_recruiter": """
He visto tu perfil y creo que podrías encajar con un cliente mío, una scale-up logística en pleno crecimiento en Madrid. ¿Te apetece que hablemos?
¿Sigues buscando? Tengo un proyecto de seis meses en compras, 100 % remoto, tarifa diaria negociable.
Estoy cubriendo varias posiciones de analista y su trayectoria me ha llamado la atención. Sin compromiso: si le pica la curiosidad, le envío los detalles.
Para una empresa industrial mediana en el País Vasco busco {role}. ¿Le puedo enviar la descripción del puesto de forma confidencial?
Hola, soy recruiter de Hollis & Marr para posiciones de TI y tengo una oportunidad interesante para ti. ¿Cuándo te queda bien para platicar?
""",
        "oth_account_survey": """
¿Qué tal fue tu experiencia con nuestro proceso? Responde a nuestra encuesta de tres minutos y ayúdanos a mejorar.
Confirma tu dirección de correo para terminar de crear tu cuenta de candidato.
Su contraseña se ha cambiado correctamente. Si no ha sido usted, contacte con soporte.
Su perfil de candidato se eliminará dentro de 30 días por inactividad. Inicie sesión para conservarlo.
Hemos actualizado nuestra política de privacidad para candidatos. No tienes que hacer nada.
""",
        "oth_reference_withdrawal": """
Su antiguo compañero Sam Whitford se ha presentado a una vacante con nosotros y le ha indicado como referencia. ¿Podría dedicar diez minutos al cuestionario que adjuntamos?
Tal como nos pidió, hemos retirado su candidatura al puesto de {role}. Si cambia de opinión, puede volver a inscribirse.
Gracias por avisarnos de que has aceptado otra oferta. He cerrado tu candidatura por nuestra parte. ¡Mucha suerte en el nuevo trabajo!
Jordan Blake le ha señalado como referencia para un puesto en {company}. Le rogamos que complete el cuestionario confidencial antes del viernes.
Su solicitud de retirada se ha procesado. Candidatura: {role}. Estado: Retirada por el candidato.
""",
    },
    "pt": {
        "rej_chose_other": """
Conversamos bastante como equipe na sexta e, no fim, optamos por uma pessoa que já conduziu uma migração de armazém parecida.
Vou ser franca consigo: a responsável escolheu um perfil mais próximo da nossa carteira de clientes, pelo que não vamos avançar com a sua candidatura para {role}.
SUBJECT: {role} – atualização || Depois de comparar os finalistas, oferecemos a vaga a outra candidata e, por isso, encerramos o seu processo.
Foi bem disputado entre você e outra pessoa, e ela acabou ficando com a vaga. Sei que não é o que você esperava ler.
O seu perfil foi muito interessante para nós mas no final escolhemos outro candidato com mais experiência em SAP, então por agora não podemos continuar com você.
""",
        "rej_role_gone": """
Após a revisão orçamental do trimestre, o recrutamento para {role} fica suspenso sem data, pelo que encerramos todas as candidaturas em aberto, incluindo a sua.
Reestruturamos o time e a posição não existe mais do jeito que anunciamos. Preferi te avisar logo em vez de te deixar esperando.
SUBJECT: Vaga cancelada: {role} || A área requisitante cancelou esta vaga. Você não precisa fazer mais nada.
Só uma nota rápida: a vaga foi preenchida internamente por uma colega do escritório do Porto, portanto de momento não há novidades da nossa parte.
Devido ao congelamento de contratações em todo o grupo, o processo seletivo para {role} foi encerrado. Lamentamos pelo tempo que você dedicou.
""",
        "rej_offer_negative": """
Não estamos em condições de lhe apresentar uma proposta para {role} neste momento.
Na reunião de avaliação, o painel decidiu não avançar com uma proposta, sobretudo porque a função exige prática com dados regulados que não vimos nos seus exemplos.
Não vamos te fazer uma proposta para essa vaga. Se ajudar, posso te passar o feedback do painel, é só responder este e-mail.
SUBJECT: Decisão – {role} || A proposta foi feita a outro candidato, que já a aceitou. O processo está encerrado.
Esperava voltar a falar consigo com uma carta-proposta, mas só foi aprovado orçamento para uma contratação e a equipa deu prioridade a um perfil mais sénior.
""",
        "rej_after_interview": """
Obrigado por passar a tarde com a gente na terça. O comitê se reuniu ontem e, embora a conversa tenha sido ótima, concluímos que seu perfil não combina com a direção que o time está tomando.
Na sequência da sua segunda reunião com a Marta e a equipa de operações, decidimos não o convidar para a fase final.
Na chamada de vídeo você mandou muito bem, principalmente na comunicação. A lacuna que sentimos foi em modelos de previsão, que é o coração da vaga, então vamos parar por aqui.
Depois de conhecer os quatro finalistas, a comissão recomendou uma pessoa com mais experiência em ambiente hospitalar.
Desculpe ter demorado uma semana a mais do que prometi. Discutimos cada finalista com cuidado e a escolha recaiu sobre outra pessoa; não teve nada a ver com o seu desempenho no dia.
""",
        "rej_after_assessment": """
O seu resultado no teste online de raciocínio numérico ficou abaixo do mínimo que usamos para este programa de trainees, pelo que não podemos avançar este ano.
Analisamos o seu case. Estava bem organizado, mas não se aprofundou nos trade-offs que pedimos, e o time decidiu não seguir.
SUBJECT: Resultado do dia de avaliação || Obrigado por participar no dia de avaliação de 12 de março. Com base na pontuação combinada da dinâmica de grupo, da apresentação e da prova escrita, não foi selecionado para a fase seguinte.
O exercício de programação não passou nos nossos testes automáticos (4 de 11), e só avançamos com quem passa em todos.
Valeu pelo desafio de design! Sinceramente, um trabalho bom, mas os outros finalistas vieram mais fortes em pesquisa com usuários e vamos seguir com um deles.
""",
        "rej_talent_pool": """
Gostaríamos de manter o seu CV na nossa bolsa de talentos durante doze meses e contactá-lo se abrir uma função mais alinhada. Para {role}, contudo, optámos por outras candidaturas.
Mesmo não rolando desta vez, deixei seu perfil anotado para as vagas de analytics que vamos abrir no segundo semestre.
A vaga atual já foi preenchida. Os seus dados ficam no nosso banco de talentos e voltaremos a contactar se surgir algo mais adequado.
Para esta vaga não vamos seguir, mas com seu consentimento gostaríamos de manter sua candidatura em nosso banco de currículos, conforme a LGPD. Confirme pelo link no portal.
Não leve isto como um não à {company} em geral; é um não só para esta vaga. Tenho-o em mente para o nosso escritório de Lisboa.
""",
        "rej_status_line": """
Status da candidatura: Reprovado
SUBJECT: Alteração no estado da sua candidatura || A sua candidatura a {role} (ref. 2024-0183) passou para: Encerrada – não avançou.
O status da sua candidatura foi atualizado para "Não selecionado". Veja os detalhes na sua área do candidato.
Vaga #48812 {role}: etapa do candidato atualizada – Não atende aos requisitos mínimos.
Atualização: {role} · Vaga preenchida · Sua candidatura não está mais ativa.
""",
        "rej_buried_decision": """
Antes de mais, muito obrigada pelo tempo que nos dedicou nas últimas semanas. Foi um prazer conhecê-lo, e todas as pessoas que falaram consigo destacaram a pertinência das suas perguntas e o cuidado que pôs na apresentação. Foi também a primeira vez que recrutámos para esta função, aprendemos muito pelo caminho e agradecemos a sua paciência com as mudanças de agenda. No final, decidimos oferecer a função a outra candidata.
Espero que você tenha tido um ótimo fim de semana! Por aqui as últimas semanas foram uma loucura, entre a feira em São Paulo e a mudança para o galpão novo, e por isso esta mensagem chega mais tarde do que eu gostaria. Queria também dizer de novo como foi legal te mostrar a fábrica; pouca gente pergunta sobre os planos de manutenção. Dito isso, não vamos seguir com a sua candidatura.
Obrigado por ter vindo na semana passada e por ter sido tão flexível quando tivemos de mudar de sala à última hora, e obrigado pela sugestão de leitura, dois de nós já encomendaram o livro. Falámos muito internamente sobre como a equipa deve crescer no próximo ano, e essas conversas definiram o perfil que acabámos por procurar. Vamos avançar com uma candidata com mais experiência em gestão de fornecedores.
Espero que esteja tudo bem com você e que a mudança para Belo Horizonte tenha dado certo. Foi um prazer ler sua candidatura, e a história da planilha de inventário na sua carta fez vários de nós rirem, no bom sentido. Somos uma ONG pequena, cada contratação é uma decisão grande e levamos tempo, o que de fora pode ser frustrante. O processo foi concluído e a vaga ficou com outra pessoa.
Muito obrigado pela paciência enquanto fechávamos os últimos detalhes. Muita coisa aconteceu desde a nossa última conversa: o financiamento da FAPESP foi confirmado, o laboratório mudou para o prédio novo e a coordenadora voltou do pós-doc no exterior. Ela leu cada candidatura pessoalmente e pediu que eu lhe dissesse que achou a sua muito bem argumentada. Para esta bolsa, porém, escolheu um candidato que já trabalha com a plataforma de imagem.
""",
        "rej_subject_only": """
SUBJECT: Candidatura não selecionada – {role} || Agradecemos o tempo dedicado à sua candidatura. Nos termos da LGPD, seus dados serão excluídos após seis meses.
SUBJECT: Re: {role} – não vamos seguir || Valeu de novo pelo papo, Alex! Vamos manter contato pelo LinkedIn.
SUBJECT: {role} – vaga preenchida || Muito obrigada pela sua paciência nas últimas semanas.
SUBJECT: Decisão: não pré-selecionado – {role} || Encontra o nosso feedback geral aos candidatos na secção de perguntas frequentes do site de carreiras.
SUBJECT: A sua candidatura já não está em análise – {company} || Esta é uma mensagem automática. Por favor, não responda.
""",
        "rej_terse": """
Vaga preenchida. Obrigado.
foi mal, fechamos com outra pessoa. boa sorte!
Não é o encaixe agora. Obrigado por se candidatar.
Olá, lamentamos mas seu perfil não está combinando com a posição que temos. Boa sorte para o futuro.
Decidimos por outra pessoa. Obrigado pelo seu tempo.
""",
        "rej_public_procedure": """
Foi publicado no Diário Oficial do Município o resultado final da prova objetiva do Concurso Público nº 01/2024. Você obteve 42 pontos e não atingiu a nota mínima de 50 pontos exigida no edital, ficando eliminado do certame.
Informamos que a lista unitária de ordenação final do procedimento concursal para {role} foi homologada e publicada no Diário da República; o seu nome consta como excluído, por ter obtido classificação inferior a 9,5 valores na prova de conhecimentos.
Após análise dos títulos e da experiência profissional, sua candidatura foi considerada inabilitada por não comprovar o requisito de escolaridade previsto no item 3.2 do edital. O prazo para recurso é de dois dias úteis.
Em sede de audiência dos interessados, notificamos que o júri deliberou propor a sua exclusão do procedimento por não reunir o requisito de três anos de experiência profissional (ponto 2.3 do aviso de abertura).
Conforme o resultado homologado, você ficou classificado em 87º lugar, fora do número de vagas e do cadastro reserva previsto no edital.
""",
        "rej_thread_reply": """
Desculpa ter sumido desta conversa, foram semanas corridas. Resumindo: para {role} vamos por outro caminho, mas curti muito toda a nossa troca.
Respondo aqui para manter tudo no mesmo fio. Falei ontem com o cliente e ele não vai passá-lo à ronda seguinte; procura alguém que já viva em Munique.
Dando seguimento ao meu e-mail da semana passada: o gestor já respondeu e, para esta vaga, é um não. Fico com o seu contacto para o próximo projeto de compras que me chegar.
Obrigada por cobrar, e desculpa você ter precisado correr atrás. O time decidiu na quinta passada e escolheu outra pessoa.
Para fechar a conversa abaixo: não vamos avançar, porque o departamento decidiu afinal manter a posição apenas para perfis júnior.
""",
        "ack_received": """
Confirmamos a receção da sua candidatura para a função de {role}. A equipa irá analisá-la nas próximas duas semanas.
Recebi seu currículo, valeu! Vou passar pra Dana, que lidera o time, e te dou um retorno assim que ela olhar.
SUBJECT: Recebemos a sua candidatura – {role} || A sua candidatura ficou registada com a referência HR-2291. Indique-a em qualquer contacto.
Candidatura enviada com sucesso. Vaga: {role}. Local: Curitiba. Data: 03/04.
Obrigado por se inscrever pelo nosso portal. Alguém do RH vai analisar seu perfil e entraremos em contato caso ele esteja alinhado ao que buscamos.
""",
        "ack_high_volume": """
Devido ao elevado número de candidaturas, infelizmente não conseguimos responder individualmente a cada pessoa. Se quisermos avançar com o seu perfil, entraremos em contacto no prazo de três semanas.
Recebemos um volume enorme de candidaturas para esta vaga, então a análise vai demorar um pouco mais que o normal. Conte com até quatro semanas.
Tenha em atenção que, devido às férias de agosto, só começaremos a analisar candidaturas a 2 de setembro. A sua candidatura está registada.
SUBJECT: Infelizmente não conseguimos responder a todos || Nosso time é pequeno e não consegue mandar atualização individual para todo mundo. Mas fique tranquilo: cada candidatura é lida por uma pessoa, não por um robô.
Recebemos mais de 900 candidaturas na primeira semana, o que é ótimo, mas atrasa o nosso calendário. A pré-seleção deve agora terminar no fim do mês.
""",
        "ack_status_neutral": """
Status da candidatura: Em análise
SUBJECT: Atualização de status – {role} || Sua candidatura passou de "Recebida" para "Em análise pelo gestor".
O seu perfil foi partilhado com o responsável pela vaga de {role}. Por agora não precisa de fazer nada.
Só pra você saber: ainda estamos analisando as candidaturas e a sua continua no páreo. Retorno até sexta, dia 14.
Sua inscrição no Concurso Público nº 01/2024 foi deferida e o pagamento da taxa foi confirmado.
""",
        "inv_call_no_word": """
Teria 30 minutos esta semana para uma videochamada com a nossa diretora de logística? Indique-me alguns horários que lhe convenham.
O time adoraria te conhecer melhor! Você tem um tempinho na quinta à tarde para uma ligação?
Queria marcar um bate-papo rápido por telefone para falar da vaga e da sua trajetória. Qual o melhor número para te ligar?
Gostávamos de o convidar a passar pelo estúdio na terça, 9 de abril, às 10h, para conhecer os diretores criativos e ver alguns projetos. Conte com cerca de uma hora.
SUBJECT: Uma conversa sobre {role}? || O seu percurso chamou-nos a atenção e gostaríamos de conversar consigo. Que disponibilidade tem na próxima semana?
""",
        "inv_scheduling": """
Por favor, escolha um horário para a reunião com o painel no link abaixo; a agenda mostra horários de 22 a 26 de abril.
Surgiu um imprevisto com o gestor e precisamos remarcar a call de quinta. Sexta às 11h ou segunda às 15h funcionam pra você?
SUBJECT: Confirmado: ter., 14 de maio, 14h – videochamada com {company} || O link do Teams está abaixo. Vai falar com a Jana (team lead) e o Omar (analista sénior).
A sua segunda reunião fica confirmada para quarta-feira às 9h30 no nosso escritório de Lisboa, receção no 3.º piso. Traga o Cartão de Cidadão.
Obrigada por avisar do conflito de agenda. Passei para quinta no mesmo horário, o novo convite já vai chegar.
""",
        "inv_assessment": """
Como próximo passo, pedimos que realize uma breve avaliação online (cerca de 40 minutos). O link é válido por cinco dias.
Segue em anexo um case pequeno. Dá uma olhada, prepara 3 ou 4 slides, e a gente repassa junto semana que vem.
Foi selecionado para o nosso dia de avaliação a 3 de junho no Porto, com dinâmica de grupo e uma breve apresentação.
Gostaríamos de fazer com você um dia de experiência remunerado na loja para ver como trabalhamos juntos. Quarta que vem funciona?
Em breve receberá um e-mail do nosso parceiro testmetrics.example com o link para o questionário de personalidade e o teste de raciocínio numérico.
""",
        "inv_public_exam": """
O Cartão de Confirmação de Inscrição já está disponível: a prova objetiva será aplicada no dia 18 de junho, às 8h, na Escola Estadual Serra Clara. Chegue com uma hora de antecedência, com documento oficial com foto e caneta preta.
Você foi aprovado na prova objetiva e está convocado para a prova prática no dia 4 de julho, às 9h30, conforme edital de convocação publicado hoje.
Informamos que foi admitido ao procedimento concursal e convocado para a prova de conhecimentos, que terá lugar a 27 de maio, às 14h, no auditório dos serviços centrais.
O comité de seleção convida-o para a prova de avaliação de competências do procedimento EOGC/AD/2024/07, que decorrerá à distância a 18 de junho. Reserve o seu horário na sua conta até 5 de junho.
SUBJECT: Convocatória – avaliação psicológica, ref. 2024-RH-113 || Fica convocado para a avaliação psicológica no dia 20 de maio, às 11h15, nas instalações da Câmara Municipal. Por favor, confirme a sua presença respondendo a este e-mail.
""",
        "off_verbal_conditional": """
Tô muito feliz de te contar que o time quer você como {role}! Te ligo hoje à tarde pra gente falar de salário e data de início.
Gostaríamos muito de o ter connosco. A documentação formal segue assim que as referências estiverem verificadas.
Condicionado à aprovação no exame admissional e à conferência da documentação, temos o prazer de lhe fazer uma proposta para a posição de {role}, regime CLT.
Você é a nossa primeira escolha para a vaga. Antes de mandar algo por escrito, podemos falar rapidinho sobre o seu aviso prévio?
A proposta do júri foi aprovada esta manhã: a vaga é sua, se ainda tiver interesse.
""",
        "off_contract": """
Em anexo segue o seu contrato de trabalho e a descrição de funções. Pode devolvê-los assinados até 30 de maio?
Boas-vindas à {company}! O seu primeiro dia é segunda-feira, 2 de setembro; o seu buddy de integração vai entrar em contacto antes disso.
O seu contrato está pronto para assinatura eletrónica: vai receber um e-mail de signflow.example.
Segue a carta-proposta: salário de R$ 7.800 mensais, vale-refeição, plano de saúde e início em 1º de outubro.
Assim que você assinar, o DP vai te mandar a lista de documentos para admissão (CTPS digital, comprovante de residência) e a agenda da primeira semana.
""",
        "oth_alerts_newsletter": """
12 novas vagas correspondem ao seu alerta "analista de dados – remoto". Melhor correspondência: Analista de BI júnior na Laticínios Vale Verde.
Este mês na {company}: inauguração do nosso hub no Porto, conheça a equipa por trás da campanha de primavera e três dicas para a sua carta de motivação.
Vagas que podem te interessar: {role} (Curitiba), Analista de Operações (Joinville), Coordenador de Planejamento (Londrina).
Seu resumo semanal: 5 empresas visualizaram perfis parecidos com o seu.
Participe da nossa feira de carreiras virtual no dia 15 de maio! Inscreva-se para conversar com recrutadores de 40 empresas.
""",
        "oth_cold_recruiter": """
Vi seu perfil e acho que você tem tudo a ver com um cliente meu, uma scale-up de logística que está crescendo muito em São Paulo. Topa um papo rápido?
Ainda está à procura? Tenho um projeto de seis meses em compras, 100% remoto, valor diário negociável.
Estou a recrutar para várias funções de analista e o seu percurso chamou-me a atenção. Sem compromisso: se tiver curiosidade, envio-lhe os detalhes.
Para uma indústria de médio porte em Minas Gerais, procuro {role}. Posso lhe enviar a descrição da vaga de forma confidencial?
Olá, sou recruiter na Hollis & Marr para posições de TI e tenho oportunidade interessante para você. Quando está bom para você uma conversa curta?
""",
        "oth_account_survey": """
Como foi a sua experiência com o nosso processo de recrutamento? Responda ao nosso inquérito de três minutos e ajude-nos a melhorar.
Confirme seu e-mail para concluir a criação da sua conta de candidato.
A sua palavra-passe foi alterada com sucesso. Se não foi você, contacte o suporte.
Seu perfil de candidato será excluído em 30 dias por inatividade. Faça login para mantê-lo.
Atualizámos a nossa política de privacidade para candidatos. Não precisa de fazer nada.
""",
        "oth_reference_withdrawal": """
O seu antigo colega Sam Whitford candidatou-se a uma vaga connosco e indicou-o como referência. Poderia dispensar dez minutos para responder ao questionário abaixo?
Conforme solicitado, retirámos a sua candidatura para {role}. Se mudar de ideias, pode candidatar-se novamente.
Obrigado por avisar que você aceitou outra proposta. Encerrei sua candidatura por aqui; muito sucesso no novo trabalho!
Jordan Blake indicou você como referência para uma vaga na {company}. Por favor, preencha o questionário confidencial até sexta-feira.
O seu pedido de desistência foi processado. Candidatura: {role}. Estado: Retirada pelo candidato.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "{first},",
            "Good morning {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "We appreciate the time you took to apply to {company}.",
            "Thanks again for thinking of {company} for your next step.",
        ],
        "wish": [
            "We wish you all the best.",
            "Best of luck with your search.",
            "All the very best for whatever comes next.",
            "I hope our paths cross again.",
        ],
        "marketing": [
            "At {company} we believe small teams can move big things. Since 2009 we have grown from a two-person office to more than 300 colleagues in six countries, and we still answer the phone ourselves.",
            "Did you know? {company} was voted one of the region's best mid-size employers for the third year running. Read our colleagues' stories on our careers blog and follow us for behind-the-scenes updates.",
            "Sustainability is at the heart of everything we do at {company}: our sites run on 100% renewable power, and every employee gets two paid volunteering days a year.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender_first}",
            "Cheers,\n{sender_first}",
            "Warm wishes,\n{sender}\nPeople Team | {company}",
        ],
        "footer": [
            "You are receiving this e-mail because you applied for a position at {company}. Manage your communication preferences in your candidate account.",
            "This message was sent by Hireloop on behalf of {company}. Please do not reply directly to this e-mail.",
            "{company} · Registered office: 14 Dock Street, Leeds LS10 1JF · Privacy notice · Unsubscribe",
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you received it in error, please notify the sender and delete it.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Re: {role} application",
            "Update on your application",
            "{company} – {role} (ref. 2024-0183)",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "Let's talk – {role} at {company}",
            "Meeting with {company}",
            "{role}: next stage",
        ],
        "subject_off": [
            "Welcome to {company}!",
            "Your offer – {role}",
            "Good news from {company}",
            "{role} – contract documents",
        ],
        "subject_oth": [
            "News from {company}",
            "Your candidate account",
            "New jobs for you",
            "Quick question",
            "{company} careers update",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Hi {first},",
            "Guten Tag Alex Rivera,",
            "Sehr geehrte:r Alex Rivera,",
            "Hallo Alex Rivera,",
            "Moin {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei {company} beworben hast.",
            "Danke für dein Interesse an der Stelle als {role}.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.",
            "Für deine weitere Suche wünschen wir dir viel Erfolg!",
            "Ich drück dir die Daumen für alles, was kommt.",
        ],
        "marketing": [
            "Seit über 60 Jahren steht {company} für Qualität aus der Region. Mit rund 450 Mitarbeitenden an drei Standorten gestalten wir die Zukunft – familiär, bodenständig und mit Leidenschaft.",
            "Wusstest du schon? {company} wurde erneut als attraktiver Arbeitgeber im Mittelstand ausgezeichnet. Auf unserem Karriereblog erzählen Kolleginnen und Kollegen, wie ihr Alltag bei uns aussieht.",
            "Nachhaltigkeit ist bei {company} kein Schlagwort: Unsere Standorte beziehen 100 % Ökostrom, und alle Mitarbeitenden erhalten ein Jobrad sowie zwei bezahlte Ehrenamtstage im Jahr.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender_first}",
            "Liebe Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nPersonalabteilung | {company}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Kellinghaven · Registergericht: Amtsgericht Kellinghaven, HRB 20417 · Geschäftsführung: Dr. Henrike Lorenz, Matthias Brandl",
            "Diese Nachricht wurde automatisch über Candidora im Auftrag von {company} versendet. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Du erhältst diese E-Mail, weil du dich bei {company} beworben hast. Benachrichtigungen kannst du in deinem Bewerberkonto anpassen.",
            "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Mail.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Re: Bewerbung {role}",
            "Ihre Bewerbung – Kennziffer 2024-0183",
            "{role} bei {company}",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "Termin mit {company}",
            "Deine Bewerbung: wie geht es weiter?",
            "{role}: nächste Runde",
        ],
        "subject_off": [
            "Willkommen bei {company}!",
            "Ihr Vertragsangebot – {role}",
            "Gute Nachrichten von {company}",
            "Vertragsunterlagen {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Ihr Bewerberkonto",
            "Neue Jobs für dich",
            "Kurze Frage",
            "Karriere-Update von {company}",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Madame, Monsieur,",
            "Salut {first},",
            "Cher·e {first},",
            "Bonsoir {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci d'avoir pensé à {company} pour la suite de ton parcours.",
            "Nous avons bien apprécié le temps que vous avez consacré à votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans vos démarches.",
            "Je te souhaite le meilleur pour la suite.",
            "Au plaisir de croiser à nouveau votre route.",
        ],
        "marketing": [
            "Depuis 1987, {company} accompagne ses clients avec exigence et proximité. Aujourd'hui, plus de 800 collaborateurs partagent nos valeurs d'engagement, de respect et d'audace dans 12 villes.",
            "Le saviez-vous ? {company} a obtenu pour la deuxième année consécutive le label « Entreprise où il fait bon travailler ». Découvrez les portraits de nos équipes sur notre blog carrières.",
            "Chez {company}, la RSE n'est pas un slogan : 100 % d'électricité verte sur nos sites, un accord télétravail généreux et deux jours de mécénat de compétences par an pour chaque salarié.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "À bientôt,\n{sender_first}",
            "Veuillez agréer nos salutations distinguées.\n{sender}\nDirection des ressources humaines, {company}",
        ],
        "footer": [
            "Vous recevez ce message car vous avez postulé chez {company}. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "Ce message a été envoyé automatiquement par Workvia pour le compte de {company}. Merci de ne pas y répondre.",
            "{company} · SAS au capital de 250 000 € · RCS Nantes 812 345 678 · Mentions légales · Se désabonner",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature {role} – {company}",
            "Re: ta candidature",
            "Votre candidature (réf. 2024-0183)",
            "Suite de votre candidature",
        ],
        "subject_inv": [
            "Prochaine étape – {role}",
            "Rencontre avec {company}",
            "On se parle ? – {role}",
            "{role} : suite du processus",
        ],
        "subject_off": [
            "Bienvenue chez {company} !",
            "Votre proposition – {role}",
            "Bonne nouvelle de {company}",
            "{role} – documents contractuels",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "Votre espace candidat",
            "Nouvelles offres pour vous",
            "Petite question",
            "Le mag carrières de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a Alex Rivera:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Apreciado/a {first}:",
            "{first}:",
        ],
        "thanks": [
            "Gracias por su interés en {company}.",
            "Gracias por presentarte al puesto de {role}.",
            "Le agradecemos el tiempo que ha dedicado a su candidatura.",
            "Gracias de nuevo por pensar en {company}.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "Te deseamos lo mejor en tu próximo paso.",
            "Mucha suerte en lo que venga.",
            "Ojalá coincidamos en otra ocasión.",
        ],
        "marketing": [
            "Desde 1994, {company} trabaja para cuidar de las personas. Hoy somos más de 1.200 profesionales comprometidos con la calidad, la cercanía y la innovación.",
            "¿Sabías que {company} ha sido reconocida por tercer año consecutivo como una de las mejores empresas para trabajar? Descubre las historias de nuestro equipo en nuestro blog de empleo.",
            "En {company} la sostenibilidad es parte de nuestro ADN: nuestras instalaciones funcionan con energía 100 % renovable y cada persona dispone de dos días de voluntariado al año.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Un abrazo,\n{sender_first}",
            "Gracias,\n{sender_first}",
            "Atentamente,\n{sender}\nDepartamento de Personas, {company}",
        ],
        "footer": [
            "Recibe este correo porque se ha inscrito en un proceso de selección de {company}. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "Este mensaje ha sido enviado automáticamente por Hireloop en nombre de {company}. Por favor, no responda a esta dirección.",
            "{company} · CIF B-12345678 · Inscrita en el Registro Mercantil de Madrid · Aviso legal · Darse de baja",
            "Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Proceso de selección {role} – {company}",
            "Re: candidatura {role}",
            "Su candidatura (ref. 2024-0183)",
            "Novedades sobre tu candidatura",
        ],
        "subject_inv": [
            "Siguiente paso – {role}",
            "¿Hablamos? – {role}",
            "Reunión con {company}",
            "{role}: siguiente fase",
        ],
        "subject_off": [
            "¡Bienvenida/o a {company}!",
            "Tu oferta – {role}",
            "Buenas noticias de {company}",
            "{role} – documentación del contrato",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tu cuenta de candidato",
            "Nuevas ofertas para ti",
            "Una pregunta rápida",
            "El boletín de empleo de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first},",
            "Olá {first}!",
            "Prezado(a) Alex Rivera,",
            "Caro(a) {first},",
            "Bom dia, {first},",
            "Oi {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Valeu por pensar na {company} para o seu próximo passo.",
            "Agradecemos o tempo que dedicou à sua candidatura.",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Desejamos sucesso na sua jornada.",
            "Boa sorte na busca!",
            "Esperamos cruzar caminhos novamente.",
        ],
        "marketing": [
            "Há mais de 30 anos, a {company} transforma conhecimento em impacto. Somos mais de 600 pessoas em Portugal e no Brasil, unidas pela curiosidade e pelo compromisso com a sociedade.",
            "Sabia que a {company} foi eleita, pelo segundo ano seguido, uma das melhores empresas para trabalhar? Conheça as histórias da nossa gente no blog de carreiras.",
            "Na {company}, sustentabilidade é prática diária: energia 100% renovável nas nossas unidades, horário flexível e dois dias de voluntariado pagos por ano para cada colaborador.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraço,\n{sender_first}",
            "Obrigada,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos | {company}",
        ],
        "footer": [
            "Você recebeu este e-mail porque se candidatou a uma vaga na {company}. Seus dados são tratados conforme a LGPD; para exercer seus direitos, acesse a área do candidato.",
            "Esta mensagem foi enviada automaticamente pela Candidora em nome da {company}. Por favor, não responda a este endereço.",
            "{company} · NIPC 509 123 456 · Sede: Av. da República 50, 1050-196 Lisboa · Política de privacidade · Cancelar subscrição",
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, informe o remetente e apague-a.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura – {role} – {company}",
            "Re: candidatura {role}",
            "A sua candidatura (ref. 2024-0183)",
            "Atualização sobre o seu processo",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "Vamos conversar? – {role}",
            "Reunião com a {company}",
            "{role}: próxima etapa",
        ],
        "subject_off": [
            "Boas-vindas à {company}!",
            "Sua proposta – {role}",
            "Boas notícias da {company}",
            "{role} – documentos do contrato",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Sua conta de candidato",
            "Novas vagas para você",
            "Pergunta rápida",
            "Newsletter de carreiras da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nJust checking in on my application for the {role} position. I know these things take time, but I wanted to make sure you have everything you need from me, and I'm happy to send work samples if that would help.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your message, and for your patience. The team is still working through the shortlist with the hiring manager, and I expect to have more for you by the end of next week.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, wie der Stand bei meiner Bewerbung als {role} ist. Falls noch Unterlagen fehlen, schicke ich sie gern nach, auch Arbeitsproben sind kein Problem.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht und die Geduld. Wir stimmen uns gerade noch mit dem Fachbereich ab und melden uns voraussichtlich Ende nächster Woche mit mehr Informationen.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. N'hésitez pas à me dire s'il vous manque un document ; je peux aussi vous envoyer des exemples de travaux.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message et votre patience. Nous faisons encore le point avec le manager sur les dossiers présélectionnés et je devrais pouvoir vous en dire plus d'ici la fin de la semaine prochaine.\nBien cordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería preguntar cómo va mi candidatura al puesto de {role}. Si necesitáis algún documento más, os lo envío sin problema, y también puedo mandar ejemplos de trabajos anteriores.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu mensaje y por la paciencia. Seguimos revisando la preselección con la persona responsable y espero tener novedades para finales de la semana que viene.\nUn saludo,\n{sender}\n",
    "pt": "Olá {sender_first},\nQueria saber como está o andamento da minha candidatura para a vaga de {role}. Se precisarem de mais algum documento, envio sem problema, e também posso mandar exemplos de trabalhos anteriores.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pela mensagem e pela paciência. Ainda estamos a rever a pré-seleção com o gestor e conto ter novidades até ao fim da próxima semana.\nCumprimentos,\n{sender}\n",
}
