# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 15's first training part by an independent author: mail in a rejection's words that decides nothing, beside the short rejections that do.

Five languages (en, de, fr, es, pt), the same family keys everywhere. About half of each language is
acknowledgements and status updates that borrow rejection vocabulary without deciding anything:
"unfortunately" about delays, volume or a paused search; regret about slow replies; conditions about
what happens if the candidate is not selected; rules about applicants in general; re-advertised roles
and extended deadlines; "no decision yet"; other candidates still interviewing; applications moved to
another role or team; talent-pool sign-ups the candidate asked for; automatic replies; data-retention
notices about unsuccessful applicants in general. German and French carry the most of these, in long,
careful formal prose (German in both Sie and du). About a third are short, plain rejections, often in
the same vocabulary: one sentence of decision, decisions without stock phrases, the role withdrawn,
public-sector sift and board notices, and refusals given inside a reply to the candidate's question.
The rest is other mail: hiring-trend newsletters that talk about rejection, recruiter cold outreach
with softeners, job alerts, events, candidate-experience surveys after a rejection and confirmations
of the candidate's own withdrawal. Sectors: logistics, analytics, manufacturing, publishing, health,
insurance, utilities, software, retail, public administration. Some passages carry their own subject
lines, several of them misleading. All names and domains are invented.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Freight",
    "Brightwell Analytics",
    "Nordkamm Maschinenbau GmbH",
    "Éditions Sablon-Lumière",
    "Grupo Alcaraván",
    "Vidraria Ouro Fino",
    "Kestrel Health Partners",
    "Tidewater Mutual",
    "Stadtwerke Elmsfeld",
    "Corvina Labs",
    "Maison Verlaque Retail",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Manager",
    "Backend Engineer",
    "Customer Success Manager",
    "UX Designer",
    "Financial Controller",
    "Marketing Specialist",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Marta Kowalczyk", "marta.kowalczyk@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirewell-ats.example"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Jonas Ebersberger", "j.ebersberger@{domain}"),
    ("Claire Dumoulin", "recrutement@{domain}"),
    ("Lucía Ferrándiz", "seleccion@{domain}"),
    ("Rafael Quintela", "rh@{domain}"),
    ("Careers", "careers-noreply@mailer.talentloop.example"),
    ("People Team", "people@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_unfortunately_delay": """
Unfortunately, we have received far more applications for the {role} position than we expected, so our review will take about two weeks longer than planned. Your application is still in the running and you do not need to do anything.
Unfortunately the hiring manager for {role} is away until the end of the month, which means we cannot schedule any next steps before then. Your application remains open and we will be in touch once she is back.
We have had to pause hiring for the {role} opening while next year's budget is confirmed. Unfortunately we can't give you a firm date yet, but no candidate has been turned down and your application stays at its current stage.
Unfortunately our applicant tracking system had an outage last week, so some candidates received no confirmation. This message is to confirm that your application for {role} arrived on time and is being reviewed.
SUBJECT: Unfortunately, a delay || Sorry for the silence. Unfortunately, a reorganisation of the team has slowed things down and we are only now working through applications for {role}. Yours is among them, and we expect to reply with an outcome within three weeks.
Due to the high number of applications, unfortunately we are not able to respond to everyone as quickly as we would like. Your application has been received and a member of the recruiting team will review it.
Unfortunately the interview panel had to be rescheduled, which has pushed back our timeline for {role}. No decisions have been taken, and we will update you as soon as the new dates are fixed.
The {role} search is on hold for now. Unfortunately an internal restructure means we have to reconfirm the headcount. Please don't read this as a rejection: we expect to resume in January and will pick up with the applications we already have, including yours.
Unfortunately, the holiday period means our replies will be slower than usual. We have your application for {role} and will review it in the first week of January.
""",
        "ack_regret_slow": """
We regret that it has taken us so long to get back to you. Your application for {role} is still under review and we hope to have an update for you next week.
I regret not replying sooner; your email got buried in my inbox. To answer your question: yes, your application is still active and the team is looking at shortlisted profiles this week.
SUBJECT: Our apologies || We regret the delay in responding to your application for {role}. The team has been reviewing candidates more slowly than we had hoped, but your application is still being considered.
We sincerely regret any confusion caused by the confirmation email you received twice. Please disregard the duplicate: your application for {role} is in our system once and is being processed normally.
Apologies, and I regret that I couldn't call you on Friday as promised. Nothing has changed on our side: you are still in the process for {role} and I will ring you on Tuesday morning.
""",
        "ack_conditional": """
If you have not heard from us within four weeks, please assume that we will not be taking your application further at this time. For now, this is to confirm that your documents for {role} have been received.
Should we not get back to you within 30 days, your application has not been shortlisted on this occasion. We have received your application for {role} and will review it carefully.
We only contact candidates who are selected for interview. If you are not selected, we will keep your details on file for six months unless you ask us to delete them sooner. Your application for {role} has been received.
Your application for {role} is now with the hiring team. If you are not selected for the next round, we will tell you by email: we reply to every applicant.
We have received your application. If your profile turns out not to be a match for {role}, we may consider you for similar openings, unless you tell us otherwise.
Due to volume we may not be able to reply individually if your application is unsuccessful. If you are shortlisted, you will hear from us by 15 March.
Your application has reached us. Whether or not we move forward, you will get an email from us either way; nobody is left waiting without an answer.
SUBJECT: If we don't get back to you || A quick note on what happens next: the team reviews applications for {role} every Friday. If we don't get back to you within three weeks, feel free to check in with me directly.
""",
        "ack_general_rule": """
Please note that candidates who do not meet the minimum criteria for the role will not be considered. Your application for {role} has passed our initial completeness check and is now with the hiring team.
Applications received after the closing date will not be accepted. Yours arrived before the deadline and has been registered for {role}.
As stated in the advert, only applicants with the right to work in the UK can be considered. You confirmed this in your application, so no further action is needed; we will review your application shortly.
Incomplete applications are not processed. We noticed that your application for {role} is missing a cover letter, so please upload it by Friday and we will include you in the review.
Our policy is that unsuccessful candidates cannot reapply for the same role within six months. This does not affect you at present: your application for {role} is under review.
Candidates who are not shortlisted will not receive individual feedback, as we receive a very high number of applications. Your application for {role} is currently being assessed.
""",
        "ack_readvertised": """
You may have noticed that the {role} role has been re-advertised. This is only to widen the pool; your existing application remains valid and you do not need to apply again.
We have extended the closing date for {role} to 30 April. Your application is already on file and will be reviewed together with all others after the new deadline.
SUBJECT: {role} re-posted || The advert for {role} is live again because we updated the salary range. Applications already submitted, including yours, are still in the process.
The application deadline for {role} has been pushed back by two weeks. Unfortunately this means shortlisting will also happen later than we told you; we now expect to contact candidates in the week of 12 May.
We have reopened applications for {role} after a first round that did not produce enough candidates for the new team. Your application from last month is being considered alongside the new ones.
""",
        "ack_no_decision": """
We have not made a decision yet. The panel meets on Thursday and I will let you know the outcome either way by Monday.
Thanks for checking in. No decision has been made on the {role} position yet; we are still collecting feedback from the interviewers.
SUBJECT: Re: Decision? || To answer your question: nothing has been decided yet, and no, you have not been rejected. We expect to close the process for {role} by the end of next week.
I don't have news yet, I'm afraid. The hiring manager hasn't made a final call, and I would rather not keep you guessing, so I'll write as soon as I hear anything.
The final decision on {role} has been postponed until the director returns from leave. You remain one of the candidates under consideration.
We are not able to give you an outcome today. Your interview notes have gone to the appointments committee, which meets every two weeks, and we will write to you after its next meeting.
""",
        "ack_others_interviewing": """
We are still interviewing other candidates for {role} and will not make a decision until all interviews are complete, probably in two weeks. Thank you for your patience.
Other candidates are still in the process, so I can't give you an answer yet. You are definitely still being considered.
We have a few more first-round interviews for {role} this week. Once they are done, we'll compare all candidates and get back to you.
Just a heads-up: one more candidate has a final interview on Monday, after which the panel will decide. You'll hear from me by Wednesday at the latest.
""",
        "ack_moved_role": """
The hiring team felt your profile fits our Data Operations team better than the {role} opening, so, as you agreed on the phone, we have moved your application there. The review continues and you keep your place in the process.
Your application for {role} has been transferred to our Rotterdam office, which is now running this search. You do not need to do anything; a recruiter from that team will contact you.
We've moved your application to the {role} opening in the Platform team, which is the same role under a different manager. Your status is unchanged.
SUBJECT: Change to your application || We have closed the requisition you applied to and moved all active applications, including yours, to a new requisition for {role}. This is an administrative change; your application is still under review.
""",
        "ack_talent_pool": """
You have successfully joined the {company} talent community. We will send you openings that match the preferences you selected.
As you requested, we have added your profile to our talent pool for future {role} openings. You can update or remove your details at any time from your candidate account.
SUBJECT: Welcome to our talent pool || Your sign-up is confirmed. Your CV is now in our talent pool and recruiters can find you when new roles open up.
Thanks for confirming that you would like us to keep your CV on file. It is now saved for 12 months, and we'll reach out if a suitable role opens.
""",
        "ack_auto_reply": """
This is an automated reply. We have received your message and your application for {role}. Please do not reply to this email.
I am out of the office until 14 August with limited access to email. Your application has been received and I will respond on my return; for urgent questions please contact my colleague Tomás Reyes.
Thank you for your email. This mailbox is monitored Monday to Friday and we aim to reply within five working days. Unfortunately we cannot answer questions about individual applications by phone.
""",
        "ack_data_retention": """
Under our privacy policy, the data of unsuccessful applicants is deleted six months after the end of the recruitment process. This notice goes to everyone who applies; your application for {role} is currently in progress.
For your information: if your application does not lead to employment, we will delete your data after 180 days. You can withdraw your consent at any time. We have received your application for {role}.
SUBJECT: Deletion of applicant data || We are updating our retention rules: personal data of candidates who were not hired will now be deleted after 12 months instead of 24. This applies to all applicants, no action is needed, and it says nothing about the status of your application.
Your application documents have been stored securely. Documents from candidates who are not selected are destroyed at the end of the process, and we will ask for your consent before keeping yours any longer.
""",
        "rej_short": """
We have decided not to move forward with your application for {role}.
Unfortunately, you have not been selected for {role} this time.
After reviewing your application, we will not be progressing it further.
We've decided to go with another candidate for {role}.
SUBJECT: Update on your application || Your application was unsuccessful on this occasion.
I'm sorry to say we won't be inviting you to interview for {role}.
We regret to inform you that the position has been filled by another applicant.
The team has chosen a candidate whose experience is closer to what they need, so we won't be taking your application further.
Sadly it's a no from us this time.
We have reviewed your application carefully and unfortunately it has not been successful.
""",
        "rej_plain_decision": """
The panel met yesterday and picked someone else for {role}.
You didn't make the shortlist for {role}. Your test result was good, but others scored higher on the SQL part.
We hired internally for {role}, so we're closing your application.
Your application for {role} is closed. We chose a candidate with more hands-on Kubernetes experience.
SUBJECT: Next steps || There won't be a next round for you, I'm afraid: the hiring manager decided to offer the role to the other finalist.
Thank you for the interview last week. We're not offering you the role.
Status: not selected. Position: {role}.
""",
        "rej_role_gone": """
The {role} position has been cancelled, so we are closing all applications, including yours. We will not be filling this role.
Unfortunately the budget for {role} was withdrawn and the vacancy no longer exists. Your application will not be taken further.
We have decided not to fill the {role} role after all. All applications have been closed and we won't be contacting candidates again about this vacancy.
SUBJECT: {role}: status change || The opening you applied for has been closed without a hire. Your application is therefore no longer active.
Due to a change in our plans, the {role} vacancy has been withdrawn. This means we cannot offer you a position.
The team you applied to is being merged into another unit and the {role} role will not be filled. I'm sorry to end things this way after three interviews.
""",
        "rej_public_sector": """
Following the shortlisting for vacancy reference 24/118 ({role}), the panel has decided not to invite you to the assessment centre. You may request feedback within 14 days.
We write to inform you that your application for the post of {role} has not been successful at the sift stage. The panel's decision is final, but you may request your sift scores.
SUBJECT: Recruitment campaign 2024-07: outcome || The selection board has completed its assessment. You have not been placed on the reserve list for {role}.
Your application was assessed against the essential criteria in the person specification. You did not meet criterion 3 (experience of managing budgets), so your application will not proceed.
The council has now made an appointment to the post of {role}. We are therefore unable to offer you the position.
""",
        "rej_in_reply": """
Thanks for following up. I'm afraid the team has decided not to proceed with your application; I should have told you sooner.
To answer your question about the timeline: the process is actually finished, and we went with another candidate. Sorry for not writing earlier.
SUBJECT: Re: Quick question about my application || Good question, and I owe you an answer: you weren't selected for the final round. The feedback was that your portfolio was strong but less focused on B2B work.
You asked whether you are still in the running for {role}. Unfortunately not: we made an offer to another candidate on Monday and they have accepted.
About your question on feedback: the main reason we didn't progress your application was the lack of experience with regulated clients. I hope that helps next time.
I checked with the hiring manager as you asked. They decided not to take you forward to the final stage.
""",
        "oth_newsletter": """
SUBJECT: Why "unfortunately" is recruiting's favourite word || In this month's issue: why most rejections still arrive as templates, how long candidates wait on average (23 days), and what hiring teams can learn from the companies that reply to everyone.
Hiring Trends Weekly: tech hiring cooled in the third quarter, and candidates reported more rejections without an interview. We look at what the numbers mean for job seekers and share three ways to follow up without sounding pushy.
Our latest survey of 2,000 job seekers found that 61% never heard back after an interview. Read the full report, plus a guide to reading between the lines of a "we regret to inform you" email.
This week on the careers blog: coping with rejection, how to ask for feedback, and a guide to salary bands in fintech.
""",
        "oth_cold_outreach": """
I came across your profile and wanted to reach out about a {role} opening at {company}. Apologies if this is not a fit or the timing is wrong; just let me know and I won't follow up.
Hope you don't mind the cold message. We're hiring a {role} and your background looks relevant. If you're not looking right now, no worries at all.
SUBJECT: Unfortunately I have to ask || Would you be open to a 15-minute chat about a {role} role at a Series B logistics startup? Sorry if this lands at a bad moment; feel free to ignore it.
""",
        "oth_job_alert": """
5 new jobs match your alert "{role}": Berlin, Remote, Amsterdam. View them before they close.
SUBJECT: New roles for you || Based on your saved search, we found 12 new {role} positions this week. You can manage your alerts in your account settings.
""",
        "oth_event": """
Join us for our virtual career fair on 18 June. Meet recruiters from {company} and 30 other employers, and get your CV reviewed in a live session.
You're invited to our open evening for engineers on Thursday at 6 pm: short talks, food and a Q&A with the team. Registration is free.
""",
        "oth_survey": """
You recently went through our recruitment process. Whatever the outcome, we would like to hear how it felt: the survey takes three minutes and is anonymous.
SUBJECT: Your application: how did we do? || We're sorry it didn't work out this time. Would you help us improve by rating your candidate experience? Your answers won't affect any future application.
""",
        "oth_withdrawal": """
As requested, we have withdrawn your application for {role}. We're sorry to see you go, and you're welcome to apply again in the future.
Thanks for letting us know that you have accepted another offer. We have closed your application for {role} as you asked.
""",
    },
    "de": {
        "ack_unfortunately_delay": """
Leider ist die Zahl der Bewerbungen auf die Stelle als {role} deutlich höher als erwartet, sodass sich die Sichtung der Unterlagen um etwa zwei Wochen verzögert. Ihre Bewerbung befindet sich weiterhin im Auswahlverfahren; Sie müssen nichts weiter unternehmen.
Leider ist die zuständige Fachabteilung urlaubsbedingt bis Ende des Monats nur eingeschränkt erreichbar. Wir bitten Sie daher um etwas Geduld; Ihre Bewerbung als {role} liegt vollständig vor und wird im Anschluss geprüft.
Aufgrund einer internen Umstrukturierung ist das Besetzungsverfahren für die Position {role} vorübergehend ausgesetzt. Leider können wir Ihnen derzeit keinen verbindlichen Termin nennen. Bitte verstehen Sie dies ausdrücklich nicht als Absage: Alle eingegangenen Bewerbungen, auch Ihre, bleiben im Verfahren.
Leider kam es in der vergangenen Woche zu einer technischen Störung in unserem Bewerbermanagementsystem, weshalb einige Eingangsbestätigungen nicht versendet wurden. Hiermit bestätigen wir Ihnen, dass Ihre Bewerbung als {role} fristgerecht eingegangen ist.
SUBJECT: Leider eine Verzögerung || Leider dauert die Auswahl länger als ursprünglich geplant, da sich die Zusammensetzung des Auswahlgremiums geändert hat. Wir gehen davon aus, Ihnen innerhalb der nächsten drei Wochen eine Rückmeldung geben zu können, und danken Ihnen für Ihre Geduld.
Aufgrund der sehr hohen Resonanz auf unsere Ausschreibung ist es uns leider nicht möglich, alle Bewerbungen so schnell zu bearbeiten, wie wir es uns wünschen würden. Ihre Unterlagen sind bei uns eingegangen und werden sorgfältig geprüft.
Leider mussten die für nächste Woche geplanten Vorstellungsgespräche verschoben werden. Eine Entscheidung ist noch nicht gefallen; wir informieren Sie, sobald die neuen Termine feststehen.
Leider verzögert sich die Rückmeldung zu deiner Bewerbung als {role} etwas, weil unser Team gerade mitten im Quartalsabschluss steckt. Du bist weiterhin im Prozess und hörst spätestens Mitte nächsten Monats von uns.
Zwischen den Jahren ist unser Recruiting-Team leider nur eingeschränkt besetzt. Deine Bewerbung ist angekommen, und wir melden uns in der ersten Januarwoche bei dir.
Leider hat sich die Freigabe des Budgets für das kommende Jahr verzögert, sodass wir das Verfahren für die Stelle {role} erst im Februar fortsetzen können. Ihre Bewerbung bleibt selbstverständlich berücksichtigt.
""",
        "ack_regret_slow": """
Wir bedauern sehr, dass Sie so lange auf eine Rückmeldung warten mussten. Ihre Bewerbung als {role} befindet sich weiterhin in Prüfung, und wir hoffen, Ihnen in der kommenden Woche Näheres mitteilen zu können.
Bitte entschuldigen Sie die verspätete Antwort auf Ihre Nachfrage; wir bedauern die entstandene Wartezeit. Ihre Bewerbung ist nach wie vor aktiv, und die Fachabteilung sichtet derzeit die Unterlagen der Bewerberinnen und Bewerber.
SUBJECT: Unser Bedauern || Wir bedauern, dass sich unsere Antwort auf Ihre Bewerbung als {role} verzögert hat. Das Auswahlverfahren nimmt mehr Zeit in Anspruch als geplant, Ihre Bewerbung wird jedoch weiterhin berücksichtigt.
Es tut mir leid, dass ich dich am Freitag nicht wie versprochen angerufen habe. An deinem Stand hat sich nichts geändert: Du bist weiterhin im Prozess für {role}, und ich melde mich am Dienstag telefonisch.
Wir bedauern etwaige Unklarheiten durch die doppelt versendete Eingangsbestätigung. Ihre Bewerbung ist nur einmal in unserem System erfasst und wird regulär bearbeitet.
""",
        "ack_conditional": """
Sollten Sie innerhalb von vier Wochen nichts von uns hören, können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Zunächst bestätigen wir Ihnen jedoch den Eingang Ihrer vollständigen Unterlagen für die Position {role}.
Falls wir uns nicht innerhalb von 30 Tagen bei Ihnen melden, sind Sie in diesem Verfahren nicht in die engere Auswahl gekommen. Ihre Bewerbung als {role} ist bei uns eingegangen und wird sorgfältig geprüft.
Wir melden uns ausschließlich bei Bewerberinnen und Bewerbern, die wir zu einem Gespräch einladen möchten. Sollten Sie nicht berücksichtigt werden, speichern wir Ihre Daten sechs Monate, sofern Sie nicht vorher die Löschung verlangen. Ihre Bewerbung ist eingegangen.
Ihre Bewerbung als {role} liegt nun der Fachabteilung vor. Sollte es nicht für die nächste Runde reichen, erhalten Sie in jedem Fall eine schriftliche Nachricht von uns; wir antworten allen Bewerbenden.
Vielen Dank, deine Bewerbung ist bei uns angekommen. Falls es mit der Stelle als {role} nicht klappen sollte, würden wir dein Profil gern für ähnliche Stellen berücksichtigen, es sei denn, du widersprichst.
Im Falle einer Absage erhalten Sie aufgrund der Vielzahl der Bewerbungen möglicherweise keine individuelle Nachricht. Sollten Sie in die engere Wahl kommen, melden wir uns bis zum 15. März bei Ihnen.
SUBJECT: Falls wir uns nicht melden || Ein kurzer Hinweis zum weiteren Ablauf: Das Team sichtet die Bewerbungen für {role} jeden Freitag. Falls du innerhalb von drei Wochen nichts von uns hörst, frag gern direkt bei mir nach.
Sollten wir Ihnen keine Stelle anbieten können, senden wir Ihnen Ihre Unterlagen nach Abschluss des Verfahrens zurück. Derzeit befindet sich Ihre Bewerbung jedoch noch in der Prüfung.
""",
        "ack_general_rule": """
Bitte beachten Sie, dass Bewerbungen, die die formalen Mindestanforderungen nicht erfüllen, nicht berücksichtigt werden können. Ihre Bewerbung als {role} hat die formale Prüfung bestanden und liegt nun der Fachabteilung vor.
Nach Ablauf der Bewerbungsfrist eingehende Bewerbungen können grundsätzlich nicht mehr berücksichtigt werden. Ihre Bewerbung ist fristgerecht eingegangen und wurde für die Stelle {role} registriert.
Unvollständige Bewerbungen können leider nicht bearbeitet werden. Uns ist aufgefallen, dass in Ihren Unterlagen das Arbeitszeugnis Ihres letzten Arbeitgebers fehlt; bitte reichen Sie es bis Freitag nach, damit wir Sie im Verfahren berücksichtigen können.
Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Dieser Hinweis ist Bestandteil jeder Eingangsbestätigung; Ihre Bewerbung als {role} wird derzeit geprüft.
Bewerberinnen und Bewerber, die nicht in die engere Auswahl kommen, erhalten aufgrund der hohen Zahl an Bewerbungen kein individuelles Feedback. Ihre Bewerbung wird derzeit geprüft.
Eine erneute Bewerbung auf dieselbe Stelle ist nach einer Absage frühestens nach sechs Monaten möglich. Das betrifft dich aktuell nicht: Deine Bewerbung als {role} ist in Prüfung.
""",
        "ack_readvertised": """
Möglicherweise haben Sie bemerkt, dass die Stelle {role} erneut ausgeschrieben wurde. Dies dient lediglich der Erweiterung des Bewerberkreises; Ihre Bewerbung bleibt gültig, eine erneute Bewerbung ist nicht erforderlich.
Die Bewerbungsfrist für die Position {role} wurde bis zum 30. April verlängert. Ihre Bewerbung liegt uns bereits vor und wird nach Fristende gemeinsam mit allen weiteren Bewerbungen geprüft.
SUBJECT: Stelle {role} neu ausgeschrieben || Die Anzeige ist wieder online, weil wir die Gehaltsspanne angepasst haben. Bereits eingegangene Bewerbungen, auch deine, bleiben im Verfahren.
Die Ausschreibungsfrist wurde um zwei Wochen verlängert. Leider verschiebt sich damit auch die Vorauswahl; wir rechnen nun damit, uns in der Woche ab dem 12. Mai bei den Bewerberinnen und Bewerbern zu melden.
Da die erste Ausschreibungsrunde nicht genügend Bewerbungen ergeben hat, haben wir die Stelle {role} erneut veröffentlicht. Ihre Bewerbung aus dem Vormonat wird gleichberechtigt mit den neuen Bewerbungen berücksichtigt.
""",
        "ack_no_decision": """
Eine Entscheidung ist noch nicht gefallen. Das Auswahlgremium tagt am Donnerstag, und wir werden Sie bis spätestens Montag über das Ergebnis informieren, gleich wie es ausfällt.
Danke für deine Nachfrage. Zur Stelle {role} haben wir noch keine Entscheidung getroffen; wir sammeln gerade noch das Feedback aus den Gesprächen.
SUBJECT: AW: Absage? || Um Ihre Frage zu beantworten: Es wurde noch nichts entschieden, und nein, Sie haben keine Absage erhalten. Wir rechnen damit, das Verfahren bis Ende nächster Woche abzuschließen.
Ich habe leider noch keine Neuigkeiten für dich. Die Teamleitung hat sich noch nicht endgültig entschieden, und ich möchte dich nicht im Unklaren lassen, deshalb melde ich mich, sobald ich etwas höre.
Die abschließende Entscheidung über die Besetzung der Stelle {role} wurde bis zur Rückkehr der Bereichsleitung vertagt. Sie gehören weiterhin zum Kreis der Bewerberinnen und Bewerber, die in Betracht gezogen werden.
Nach Abschluss der Gespräche bedarf die Personalauswahl noch der Zustimmung des Betriebsrats. Vor diesem Hintergrund können wir Ihnen derzeit leider noch kein Ergebnis mitteilen; wir kommen unaufgefordert auf Sie zu.
""",
        "ack_others_interviewing": """
Wir führen derzeit noch Gespräche mit weiteren Bewerberinnen und Bewerbern für die Position {role} und werden erst nach Abschluss aller Gespräche entscheiden, voraussichtlich in zwei Wochen.
Es sind noch andere Kandidatinnen und Kandidaten im Prozess, deshalb kann ich dir noch keine Antwort geben. Du bist aber definitiv weiterhin im Rennen.
Diese Woche finden noch einige Erstgespräche für {role} statt. Danach vergleichen wir alle Profile und melden uns bei Ihnen.
Kurz zur Info: Am Montag hat noch eine weitere Person ihr letztes Gespräch, danach entscheidet das Team. Du hörst spätestens am Mittwoch von mir.
""",
        "ack_moved_role": """
Nach Rücksprache mit der Fachabteilung passt Ihr Profil besser zu unserem Team Datenmanagement als zur ausgeschriebenen Stelle {role}. Wie telefonisch besprochen, haben wir Ihre Bewerbung daher intern weitergeleitet; das Verfahren läuft ohne Unterbrechung weiter.
Ihre Bewerbung als {role} wurde an unseren Standort in Leipzig übergeben, der die Besetzung nun verantwortet. Sie müssen nichts unternehmen; eine Ansprechpartnerin vor Ort wird sich bei Ihnen melden.
Wir haben deine Bewerbung auf die gleiche Stelle im Team Plattform verschoben, die einer anderen Teamleitung zugeordnet ist. An deinem Status ändert sich nichts.
SUBJECT: Änderung Ihrer Bewerbung || Die Ausschreibung, auf die Sie sich beworben haben, wurde geschlossen und alle laufenden Bewerbungen, auch Ihre, in eine neue Ausschreibung für {role} überführt. Es handelt sich um eine rein administrative Änderung.
""",
        "ack_talent_pool": """
Sie sind nun Mitglied im Talent-Netzwerk von {company}. Wir informieren Sie künftig über Stellen, die zu den von Ihnen gewählten Interessen passen.
Wie gewünscht haben wir Ihr Profil in unseren Talentpool für künftige Stellen als {role} aufgenommen. Ihre Angaben können Sie jederzeit in Ihrem Bewerberkonto ändern oder löschen.
SUBJECT: Willkommen im Talentpool || Deine Anmeldung ist bestätigt. Dein Lebenslauf ist jetzt in unserem Talentpool, und unsere Recruiter können dich finden, sobald neue Stellen frei werden.
Vielen Dank für Ihre Einwilligung, Ihre Unterlagen über das laufende Verfahren hinaus aufzubewahren. Wir speichern sie nun für zwölf Monate und kommen auf Sie zu, sobald eine passende Stelle frei wird.
""",
        "ack_auto_reply": """
Dies ist eine automatisch erzeugte Nachricht. Ihre Nachricht und Ihre Bewerbung als {role} sind bei uns eingegangen. Bitte antworten Sie nicht auf diese E-Mail.
Ich bin bis einschließlich 14. August nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Bewerbung ist eingegangen; ich melde mich nach meiner Rückkehr. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Albers.
Vielen Dank für Ihre E-Mail. Dieses Postfach wird werktags betreut; wir beantworten Anfragen in der Regel innerhalb von fünf Arbeitstagen. Telefonische Auskünfte zum Stand einzelner Bewerbungen können wir leider nicht erteilen.
""",
        "ack_data_retention": """
Gemäß Art. 13 DSGVO weisen wir darauf hin, dass die Daten nicht berücksichtigter Bewerberinnen und Bewerber sechs Monate nach Abschluss des Verfahrens gelöscht werden. Dieser Hinweis ergeht an alle Bewerbenden; Ihre Bewerbung als {role} befindet sich derzeit in Bearbeitung.
Zu deiner Information: Falls deine Bewerbung nicht zu einer Einstellung führt, löschen wir deine Daten nach 180 Tagen. Deine Einwilligung kannst du jederzeit widerrufen. Deine Bewerbung als {role} ist bei uns eingegangen.
SUBJECT: Löschung von Bewerberdaten || Wir passen unsere Aufbewahrungsfristen an: Personenbezogene Daten von Bewerbenden, die nicht eingestellt wurden, werden künftig nach zwölf statt nach 24 Monaten gelöscht. Dies gilt für alle Bewerbenden und sagt nichts über den Stand Ihrer Bewerbung aus.
Ihre Bewerbungsunterlagen werden vertraulich behandelt. Unterlagen von Bewerberinnen und Bewerbern, die nicht ausgewählt werden, vernichten wir nach Ablauf der gesetzlichen Frist; eine längere Speicherung erfolgt nur mit Ihrer Einwilligung.
""",
        "rej_short": """
Wir haben uns entschieden, Ihre Bewerbung als {role} nicht weiter zu berücksichtigen.
Leider können wir Ihnen diesmal keine Zusage geben.
Nach Prüfung Ihrer Unterlagen haben wir uns für eine andere Bewerberin entschieden.
Wir haben uns für einen anderen Kandidaten entschieden.
SUBJECT: Ihre Bewerbung || Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.
Leider müssen wir dir absagen.
Die Stelle als {role} ist inzwischen besetzt.
Wir haben uns für jemanden entschieden, dessen Erfahrung näher an den Anforderungen liegt, und werden deine Bewerbung daher nicht weiterverfolgen.
Diesmal hat es leider nicht geklappt.
Wir haben Ihre Bewerbung sorgfältig geprüft und können Ihnen leider keine Stelle anbieten.
""",
        "rej_plain_decision": """
Die Auswahlkommission hat sich gestern für eine andere Person entschieden.
Du bist nicht in die engere Auswahl gekommen. Dein Testergebnis war gut, aber andere lagen im SQL-Teil vorn.
Wir haben die Stelle {role} intern besetzt und schließen deine Bewerbung damit ab.
Ihre Bewerbung als {role} ist abgeschlossen. Wir haben eine Kandidatin mit mehr Praxiserfahrung in SAP S/4HANA gewählt.
SUBJECT: Nächste Schritte || Eine nächste Runde wird es für Sie leider nicht geben: Die Bereichsleitung hat sich entschieden, die Stelle dem anderen Finalisten anzubieten.
Danke für das Gespräch letzte Woche. Wir bieten dir die Stelle nicht an.
Status: nicht ausgewählt. Stelle: {role}.
""",
        "rej_role_gone": """
Die Stelle {role} wird nicht besetzt. Wir schließen daher alle Bewerbungen, auch Ihre, ab.
Leider wurde das Budget für die Position {role} gestrichen, sodass die Stelle entfällt. Ihre Bewerbung wird nicht weiter bearbeitet.
Wir haben entschieden, die ausgeschriebene Stelle {role} nicht zu besetzen. Das Verfahren ist damit beendet; wir werden in dieser Sache nicht mehr auf Sie zukommen.
SUBJECT: {role}: Statusänderung || Die Ausschreibung wurde ohne Besetzung beendet. Deine Bewerbung ist damit nicht mehr aktiv.
Aufgrund geänderter Planungen wurde die Ausschreibung {role} zurückgezogen. Wir können Ihnen daher keine Stelle anbieten.
Das Team, für das du dich beworben hast, wird mit einem anderen Bereich zusammengelegt, und die Stelle fällt weg. Es tut mir leid, dass es nach drei Gesprächen so endet.
""",
        "rej_public_sector": """
Im Stellenbesetzungsverfahren Kennziffer 24/118 ({role}) hat die Auswahlkommission beschlossen, Sie nicht zum Auswahlgespräch einzuladen. Sie können innerhalb von 14 Tagen Einsicht in die Auswahlunterlagen nehmen.
Hiermit teilen wir Ihnen mit, dass Ihre Bewerbung auf die Stelle {role} im Rahmen der Vorauswahl nicht berücksichtigt werden konnte. Die Entscheidung wurde unter Beteiligung des Personalrats getroffen.
SUBJECT: Auswahlverfahren 2024-07: Ergebnis || Das Auswahlverfahren ist abgeschlossen. Sie wurden nicht in die Bestenliste für die Stelle {role} aufgenommen.
Ihre Bewerbung wurde anhand der im Anforderungsprofil genannten zwingenden Kriterien geprüft. Das Kriterium Nr. 3 (mehrjährige Budgetverantwortung) wird nicht erfüllt; Ihre Bewerbung kann daher nicht weiter berücksichtigt werden.
Die Stelle {role} ist zwischenzeitlich besetzt worden. Ihre Bewerbungsunterlagen senden wir Ihnen mit gleicher Post zurück.
""",
        "rej_in_reply": """
Danke für deine Nachfrage. Das Team hat sich leider entschieden, deine Bewerbung nicht weiterzuverfolgen; das hätte ich dir früher sagen sollen.
Zu Ihrer Frage nach dem Zeitplan: Das Verfahren ist bereits abgeschlossen, und wir haben uns für eine andere Person entschieden. Entschuldigen Sie, dass wir uns nicht früher gemeldet haben.
SUBJECT: AW: Kurze Frage zu meiner Bewerbung || Gute Frage, und ich schulde Ihnen eine Antwort: Sie sind nicht in die letzte Runde gekommen. Das Feedback war, dass Ihr Portfolio stark, aber weniger auf B2B ausgerichtet ist.
Du hattest gefragt, ob du noch im Rennen bist. Leider nein: Wir haben am Montag einer anderen Kandidatin ein Angebot gemacht, und sie hat angenommen.
Zu Ihrer Bitte um Feedback: Der Hauptgrund, warum wir Ihre Bewerbung nicht weiterverfolgt haben, war die fehlende Erfahrung mit regulierten Kunden. Ich hoffe, das hilft Ihnen weiter.
Ich habe wie besprochen bei der Teamleitung nachgefragt. Sie hat entschieden, dich nicht in die letzte Runde einzuladen.
""",
        "oth_newsletter": """
SUBJECT: Warum "leider" das häufigste Wort im Recruiting ist || In dieser Ausgabe: warum die meisten Absagen noch immer als Textbaustein kommen, wie lange Bewerbende im Schnitt warten (23 Tage) und was Personalabteilungen von Unternehmen lernen können, die allen antworten.
Arbeitsmarkt kompakt: Im dritten Quartal haben IT-Unternehmen weniger eingestellt, und Bewerbende berichten von mehr Absagen ohne Vorstellungsgespräch. Wir ordnen die Zahlen ein und geben drei Tipps für eine höfliche Nachfrage.
Unsere aktuelle Umfrage unter 2.000 Jobsuchenden zeigt: 61 Prozent haben nach einem Vorstellungsgespräch nie wieder etwas gehört. Lesen Sie den vollständigen Bericht und unseren Leitfaden, wie man typische Formulierungen in Absageschreiben richtig deutet.
Diese Woche im Karriere-Blog: Umgang mit Absagen, richtig nach Feedback fragen und ein Überblick über Gehaltsbänder in der Versicherungsbranche.
""",
        "oth_cold_outreach": """
Ich bin auf Ihr Profil gestoßen und möchte Sie auf eine offene Stelle als {role} bei {company} aufmerksam machen. Entschuldigen Sie bitte, falls das nicht passt oder der Zeitpunkt ungünstig ist; ein kurzes Nein genügt, dann melde ich mich nicht wieder.
Ich hoffe, die unaufgeforderte Nachricht ist okay. Wir suchen gerade eine Person als {role}, und dein Werdegang klingt spannend. Wenn du nicht wechseln möchtest, ist das völlig in Ordnung.
SUBJECT: Leider muss ich fragen || Hätten Sie Lust auf ein 15-minütiges Gespräch über eine Position als {role} bei einem wachsenden Logistik-Start-up? Verzeihen Sie, falls die Nachricht ungelegen kommt; ignorieren Sie sie in dem Fall gern.
""",
        "oth_job_alert": """
5 neue Stellen passen zu deinem Suchauftrag "{role}": Berlin, Remote, Hamburg. Jetzt ansehen, bevor die Ausschreibungen enden.
SUBJECT: Neue Stellen für Sie || Passend zu Ihrer gespeicherten Suche haben wir diese Woche 12 neue Stellen als {role} gefunden. Ihre Benachrichtigungen verwalten Sie in den Kontoeinstellungen.
""",
        "oth_event": """
Besuchen Sie unsere virtuelle Karrieremesse am 18. Juni: Lernen Sie Recruiterinnen und Recruiter von {company} und 30 weiteren Arbeitgebern kennen und lassen Sie Ihren Lebenslauf live prüfen.
Komm zu unserem Open Evening für Entwicklerinnen und Entwickler am Donnerstag um 18 Uhr: kurze Vorträge, Essen und eine Fragerunde mit dem Team. Die Anmeldung ist kostenlos.
""",
        "oth_survey": """
Sie haben vor Kurzem unser Auswahlverfahren durchlaufen. Unabhängig vom Ergebnis interessiert uns Ihre Meinung: Die Umfrage dauert drei Minuten und ist anonym.
SUBJECT: Deine Bewerbung: Wie war es? || Schade, dass es diesmal nicht gepasst hat. Hilfst du uns, besser zu werden, und bewertest deine Erfahrungen im Bewerbungsprozess? Deine Antworten haben keinen Einfluss auf künftige Bewerbungen.
""",
        "oth_withdrawal": """
Wie gewünscht haben wir Ihre Bewerbung als {role} zurückgezogen. Wir bedauern das, freuen uns aber, wenn Sie sich künftig erneut bei uns bewerben.
Danke, dass du uns Bescheid gegeben hast, dass du ein anderes Angebot angenommen hast. Wir haben deine Bewerbung als {role} wie gewünscht geschlossen.
""",
    },
    "fr": {
        "ack_unfortunately_delay": """
Malheureusement, le nombre de candidatures reçues pour le poste de {role} dépasse largement nos prévisions, et l'étude des dossiers prendra environ deux semaines de plus que prévu. Votre candidature reste à l'étude ; vous n'avez aucune démarche à effectuer.
Malheureusement, la responsable du recrutement pour ce poste est absente jusqu'à la fin du mois, ce qui ne nous permet pas de fixer les prochaines étapes avant son retour. Votre candidature demeure ouverte et nous reviendrons vers vous dès que possible.
Le recrutement pour le poste de {role} est suspendu dans l'attente de la validation du budget de l'an prochain. Nous ne sommes malheureusement pas en mesure de vous communiquer une date précise, mais aucune candidature n'a été écartée et la vôtre reste au stade où elle se trouve.
En raison d'un incident technique survenu la semaine dernière sur notre plateforme de recrutement, certains accusés de réception n'ont malheureusement pas été envoyés. Nous vous confirmons par la présente que votre candidature au poste de {role} nous est bien parvenue dans les délais.
SUBJECT: Malheureusement, un retard || Nous vous prions d'excuser notre silence. Une réorganisation de l'équipe a malheureusement ralenti le processus, et nous commençons seulement à examiner les candidatures pour le poste de {role}. La vôtre en fait partie ; nous pensons pouvoir vous apporter une réponse d'ici trois semaines.
Compte tenu du volume important de candidatures, il ne nous est malheureusement pas possible de répondre à chacun aussi rapidement que nous le souhaiterions. Votre dossier a bien été reçu et sera examiné avec attention par notre équipe.
Les entretiens prévus la semaine prochaine ont malheureusement dû être reportés. Aucune décision n'a été prise à ce stade ; nous vous informerons dès que les nouvelles dates seront arrêtées.
Le processus de recrutement est mis en pause en raison d'une réorganisation interne. Nous tenons à préciser qu'il ne s'agit en aucun cas d'un refus : nous prévoyons de reprendre en janvier à partir des candidatures déjà reçues, dont la vôtre.
Pendant la période estivale, nos délais de réponse sont malheureusement plus longs qu'à l'accoutumée. Votre candidature a bien été enregistrée et sera étudiée à la rentrée, dès la première semaine de septembre.
Malheureusement, la clôture comptable de fin d'année mobilise toute l'équipe jusqu'au 15 janvier. Ta candidature pour le poste de {role} est bien arrivée et nous la regarderons juste après.
""",
        "ack_regret_slow": """
Nous regrettons sincèrement le délai de notre réponse. Votre candidature au poste de {role} est toujours en cours d'examen et nous espérons pouvoir vous donner des nouvelles la semaine prochaine.
Je regrette de ne pas vous avoir répondu plus tôt, votre message m'avait échappé. Pour répondre à votre question : votre candidature est toujours active et l'équipe examine cette semaine les profils présélectionnés.
SUBJECT: Toutes nos excuses || Nous regrettons le retard pris dans le traitement de votre candidature au poste de {role}. L'examen des dossiers prend plus de temps que prévu, mais votre candidature reste bien à l'étude.
Nous regrettons la confusion qu'a pu causer l'accusé de réception envoyé en double. Votre candidature n'est enregistrée qu'une seule fois et suit son cours normalement.
Désolée de ne pas avoir pu vous appeler vendredi comme convenu, je le regrette. Rien n'a changé de notre côté : vous êtes toujours dans le processus pour le poste de {role}, et je vous appelle mardi matin.
""",
        "ack_conditional": """
Si vous n'avez pas de nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue. Dans l'immédiat, nous vous confirmons la bonne réception de votre dossier pour le poste de {role}.
Sans réponse de notre part sous 30 jours, veuillez considérer que votre profil n'a pas été présélectionné pour ce poste. Nous avons bien reçu votre candidature et l'étudierons avec la plus grande attention.
Seuls les candidats retenus pour un entretien seront contactés. Dans le cas où votre candidature ne serait pas retenue, vos données seront conservées six mois, sauf demande de suppression de votre part. Votre candidature au poste de {role} a bien été enregistrée.
Votre candidature est désormais entre les mains de l'équipe opérationnelle. Si elle ne devait pas être retenue pour l'étape suivante, nous vous en informerons par écrit : nous répondons à tous les candidats.
Nous avons bien reçu ta candidature. Si ton profil ne correspondait pas au poste de {role}, nous pourrions le proposer pour des postes similaires, sauf opposition de ta part.
En raison du nombre de candidatures, nous ne serons peut-être pas en mesure de répondre individuellement en cas de réponse négative. Les candidats présélectionnés seront contactés avant le 15 mars.
SUBJECT: Si vous n'avez pas de nouvelles || Petit point sur la suite : l'équipe étudie les candidatures pour le poste de {role} chaque vendredi. Si vous n'avez pas de nouvelles d'ici trois semaines, n'hésitez pas à me relancer directement.
Dans l'hypothèse où nous ne pourrions pas donner une suite favorable à votre candidature, vous en serez informé à l'issue du processus. À ce jour, votre dossier est en cours d'instruction.
""",
        "ack_general_rule": """
Nous vous rappelons que les candidatures ne répondant pas aux critères minimaux indiqués dans l'annonce ne pourront être prises en considération. Votre dossier pour le poste de {role} a passé le contrôle de recevabilité et a été transmis au service concerné.
Les candidatures parvenues après la date limite ne pourront être examinées. La vôtre a été reçue dans les délais et a bien été enregistrée pour le poste de {role}.
Les dossiers incomplets ne peuvent être traités. Nous constatons que votre candidature ne comporte pas de lettre de motivation ; nous vous invitons à la déposer d'ici vendredi afin qu'elle puisse être examinée.
Conformément à notre politique d'égalité des chances, toutes les candidatures sont examinées à compétences égales, sans distinction. Ce rappel figure dans chacun de nos accusés de réception ; votre candidature est en cours d'étude.
Les candidats non présélectionnés ne recevront pas de retour individualisé, compte tenu du nombre très important de candidatures. Votre dossier est actuellement en cours d'évaluation.
Une nouvelle candidature au même poste n'est possible qu'après un délai de six mois suivant une réponse négative. Cela ne vous concerne pas à ce stade : votre candidature au poste de {role} est en cours d'examen.
""",
        "ack_readvertised": """
Vous avez peut-être remarqué que l'offre pour le poste de {role} a été republiée. Il s'agit uniquement d'élargir le vivier de candidats ; votre candidature reste valable et il n'est pas nécessaire de postuler à nouveau.
La date limite de dépôt des candidatures pour le poste de {role} a été reportée au 30 avril. Votre dossier nous est déjà parvenu et sera examiné avec l'ensemble des candidatures après cette nouvelle échéance.
SUBJECT: Offre {role} republiée || L'annonce est de nouveau en ligne car nous avons mis à jour la fourchette de rémunération. Les candidatures déjà reçues, dont la vôtre, restent dans le processus.
La période de candidature a été prolongée de deux semaines. La présélection interviendra donc malheureusement plus tard que prévu ; nous comptons revenir vers les candidats la semaine du 12 mai.
Le premier appel à candidatures n'ayant pas permis de réunir suffisamment de profils, nous avons rouvert le poste de {role}. Votre candidature du mois dernier sera étudiée au même titre que les nouvelles.
""",
        "ack_no_decision": """
Aucune décision n'a encore été prise. Le comité se réunit jeudi et je vous ferai part du résultat lundi au plus tard, quel qu'il soit.
Merci pour ta relance. Nous n'avons pas encore pris de décision pour le poste de {role} ; nous recueillons encore les retours des personnes qui t'ont rencontré.
SUBJECT: RE: Refus ? || Pour répondre à votre question : rien n'est encore décidé, et non, votre candidature n'a pas été refusée. Nous pensons clore le processus d'ici la fin de la semaine prochaine.
Je n'ai malheureusement pas encore de nouvelles. Le manager n'a pas arrêté son choix et je préfère ne pas vous laisser dans l'incertitude : je vous écris dès que j'en sais plus.
La décision finale concernant le poste de {role} a été reportée au retour de congé de la directrice. Vous faites toujours partie des candidats dont le profil est à l'étude.
À l'issue des entretiens, le choix doit encore être validé par la direction des ressources humaines du groupe. Nous ne sommes donc pas en mesure de vous communiquer une réponse à ce jour, mais nous reviendrons vers vous sans que vous ayez à nous relancer.
""",
        "ack_others_interviewing": """
Nous poursuivons actuellement les entretiens avec d'autres candidats pour le poste de {role} et ne prendrons aucune décision avant la fin de cette phase, probablement d'ici deux semaines.
D'autres candidats sont encore en cours de processus, je ne peux donc pas encore te donner de réponse. Tu es bien toujours en lice.
Quelques premiers entretiens sont encore prévus cette semaine. Une fois ceux-ci terminés, nous comparerons l'ensemble des profils et reviendrons vers vous.
Pour information, un dernier candidat passe son entretien final lundi, après quoi le comité tranchera. Vous aurez de mes nouvelles mercredi au plus tard.
""",
        "ack_moved_role": """
Après échange avec l'équipe, votre profil nous semble plus proche des besoins de notre pôle Données que du poste de {role}. Comme convenu par téléphone, nous avons donc transféré votre candidature ; le processus se poursuit sans interruption.
Votre candidature a été transmise à notre agence de Lyon, qui pilote désormais ce recrutement. Vous n'avez rien à faire : une chargée de recrutement de l'agence prendra contact avec vous.
Nous avons rattaché ta candidature au même poste dans l'équipe Plateforme, qui dépend d'un autre manager. Ton statut reste inchangé.
SUBJECT: Modification de votre candidature || L'offre à laquelle vous aviez postulé a été clôturée et toutes les candidatures actives, dont la vôtre, ont été transférées vers une nouvelle offre pour le poste de {role}. Il s'agit d'une modification purement administrative.
""",
        "ack_talent_pool": """
Votre inscription à la communauté talents de {company} est confirmée. Vous recevrez désormais les offres correspondant aux préférences que vous avez indiquées.
Comme vous nous l'avez demandé, nous avons ajouté votre profil à notre vivier pour de futurs postes de {role}. Vous pouvez modifier ou supprimer vos informations à tout moment depuis votre espace candidat.
SUBJECT: Bienvenue dans notre vivier de talents || Ton inscription est bien prise en compte. Ton CV figure désormais dans notre vivier et nos recruteurs pourront te contacter lorsque de nouveaux postes s'ouvriront.
Nous vous remercions d'avoir accepté que nous conservions votre CV. Il sera conservé pendant douze mois, et nous reviendrons vers vous si un poste correspondant à votre profil se libère.
""",
        "ack_auto_reply": """
Ceci est un message automatique. Votre message et votre candidature au poste de {role} ont bien été reçus. Merci de ne pas répondre à cet e-mail.
Je suis absente jusqu'au 26 août inclus, avec un accès limité à ma messagerie. Votre candidature a bien été reçue et je vous répondrai à mon retour. Pour toute urgence, vous pouvez contacter ma collègue Sophie Marchetti.
Nous accusons réception de votre message. Cette boîte est consultée du lundi au vendredi et nous nous efforçons de répondre sous cinq jours ouvrés. Nous ne sommes malheureusement pas en mesure de renseigner sur l'avancement des candidatures par téléphone.
""",
        "ack_data_retention": """
Conformément au RGPD, les données des candidats dont la candidature n'est pas retenue sont supprimées deux ans après le dernier contact, sauf opposition de leur part. Cette information est adressée à tous les candidats ; votre candidature au poste de {role} est en cours de traitement.
Pour information : si ta candidature n'aboutit pas à une embauche, tes données seront supprimées au bout de 180 jours. Tu peux retirer ton consentement à tout moment. Ta candidature au poste de {role} a bien été reçue.
SUBJECT: Suppression des données candidats || Nous faisons évoluer notre politique de conservation : les données des candidats non recrutés seront désormais supprimées après douze mois au lieu de vingt-quatre. Cette mesure concerne l'ensemble des candidats et ne préjuge en rien de l'état de votre candidature.
Vos documents de candidature sont conservés de manière sécurisée. Ceux des candidats qui ne sont pas retenus sont détruits à l'issue du processus ; nous vous demanderons votre accord avant toute conservation prolongée.
""",
        "rej_short": """
Nous avons décidé de ne pas donner suite à votre candidature au poste de {role}.
Malheureusement, votre candidature n'a pas été retenue cette fois-ci.
Après étude de votre dossier, nous ne poursuivrons pas le processus avec vous.
Nous avons retenu un autre candidat pour le poste de {role}.
SUBJECT: Votre candidature || Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
Je suis désolée, nous ne te proposerons pas d'entretien pour ce poste.
Le poste de {role} a été pourvu.
L'équipe a choisi un profil dont l'expérience correspond davantage à ses besoins ; nous ne donnerons donc pas suite à votre candidature.
Ce ne sera malheureusement pas pour cette fois.
Nous avons examiné votre candidature avec attention, mais elle n'a pas été retenue.
""",
        "rej_plain_decision": """
Le jury s'est réuni hier et a choisi un autre candidat.
Tu n'as pas été présélectionné. Ton test était bon, mais d'autres ont obtenu de meilleurs résultats sur la partie SQL.
Nous avons pourvu le poste de {role} en interne et clôturons donc ta candidature.
Votre candidature au poste de {role} est close. Nous avons retenu une candidate ayant davantage d'expérience terrain en contrôle de gestion industriel.
SUBJECT: Prochaines étapes || Il n'y aura pas de prochaine étape pour vous : le manager a décidé de proposer le poste à l'autre finaliste.
Merci pour l'entretien de la semaine dernière. Nous ne vous proposerons pas le poste.
Statut : non retenu. Poste : {role}.
""",
        "rej_role_gone": """
Le poste de {role} a été annulé ; nous clôturons donc l'ensemble des candidatures, dont la vôtre.
Malheureusement, le budget alloué au poste de {role} a été supprimé et le poste n'existe plus. Votre candidature ne sera pas poursuivie.
Nous avons finalement décidé de ne pas pourvoir le poste de {role}. Le processus est donc terminé et nous ne reviendrons pas vers les candidats pour cette offre.
SUBJECT: {role} : changement de statut || L'offre à laquelle tu as postulé a été clôturée sans recrutement. Ta candidature n'est donc plus active.
Suite à un changement d'orientation, l'offre de {role} a été retirée. Nous ne sommes donc pas en mesure de vous proposer ce poste.
L'équipe pour laquelle vous aviez postulé est fusionnée avec un autre service et le poste ne sera pas pourvu. Je suis désolée que cela se termine ainsi après trois entretiens.
""",
        "rej_public_sector": """
À l'issue de l'examen des dossiers pour le poste référencé 24/118 ({role}), la commission de sélection a décidé de ne pas retenir votre candidature pour l'épreuve orale.
Nous vous informons que votre candidature au poste de {role} n'a pas été retenue à l'issue de la phase de présélection. Vous pouvez demander communication des motifs dans un délai de deux mois.
SUBJECT: Campagne de recrutement 2024-07 : résultats || Le jury a achevé ses délibérations. Vous n'êtes pas inscrit sur la liste d'aptitude pour le poste de {role}.
Votre candidature a été examinée au regard des critères obligatoires figurant dans la fiche de poste. Le critère n° 3 (expérience de gestion budgétaire) n'étant pas rempli, votre candidature ne peut être retenue.
La collectivité a procédé à la nomination d'un agent sur le poste de {role}. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.
""",
        "rej_in_reply": """
Merci pour ta relance. L'équipe a malheureusement décidé de ne pas poursuivre avec ta candidature ; j'aurais dû te le dire plus tôt.
Pour répondre à votre question sur le calendrier : le processus est en réalité terminé, et nous avons retenu un autre candidat. Excusez-nous de ne pas vous avoir écrit plus tôt.
SUBJECT: RE: Petite question sur ma candidature || Bonne question, et je vous dois une réponse : vous n'avez pas été retenu pour le dernier tour. Le retour de l'équipe était que votre portfolio est solide, mais moins orienté B2B.
Tu me demandais si tu étais toujours en lice. Malheureusement non : nous avons fait une proposition à une autre candidate lundi, et elle l'a acceptée.
Concernant votre demande de retour : la principale raison pour laquelle nous n'avons pas poursuivi est le manque d'expérience auprès de clients soumis à une réglementation. J'espère que cela vous sera utile.
J'ai vérifié auprès de la manager comme vous me l'aviez demandé. Elle a décidé de ne pas vous convier à l'étape finale.
""",
        "oth_newsletter": """
SUBJECT: Pourquoi "malheureusement" est le mot préféré des recruteurs || Au sommaire ce mois-ci : pourquoi la plupart des refus sont encore des modèles types, combien de temps les candidats attendent en moyenne (23 jours), et ce que les RH peuvent apprendre des entreprises qui répondent à tout le monde.
La lettre de l'emploi : les recrutements dans la tech ont ralenti au troisième trimestre et les candidats signalent davantage de refus sans entretien. Nous décryptons les chiffres et vous donnons trois conseils pour relancer sans insister.
Notre dernière enquête auprès de 2 000 candidats montre que 61 % n'ont jamais eu de nouvelles après un entretien. Découvrez le rapport complet et notre guide pour lire entre les lignes d'un « nous sommes au regret de vous informer ».
Cette semaine sur le blog carrières : faire face au refus, demander un retour constructif, et les grilles de salaires dans l'assurance.
""",
        "oth_cold_outreach": """
J'ai découvert votre profil et je me permets de vous contacter au sujet d'un poste de {role} chez {company}. Toutes mes excuses si cela ne correspond pas à vos projets ou si le moment est mal choisi ; un simple mot suffit et je ne vous relancerai pas.
J'espère que ce message spontané ne te dérange pas. Nous recrutons un ou une {role} et ton parcours semble correspondre. Si tu n'es pas en recherche, aucun souci.
SUBJECT: Malheureusement, je dois vous poser la question || Seriez-vous disponible pour un échange de quinze minutes au sujet d'un poste de {role} dans une jeune entreprise de logistique en forte croissance ? Pardon si ce message tombe mal ; n'hésitez pas à l'ignorer.
""",
        "oth_job_alert": """
5 nouvelles offres correspondent à votre alerte « {role} » : Paris, Lyon, télétravail. Consultez-les avant leur clôture.
SUBJECT: De nouvelles offres pour vous || D'après votre recherche enregistrée, nous avons trouvé 12 nouvelles offres de {role} cette semaine. Vous pouvez gérer vos alertes depuis votre compte.
""",
        "oth_event": """
Participez à notre salon de recrutement virtuel le 18 juin : rencontrez les recruteurs de {company} et de 30 autres employeurs, et faites relire votre CV en direct.
Tu es invité à notre soirée portes ouvertes pour les développeurs jeudi à 18 h : courtes présentations, buffet et questions-réponses avec l'équipe. Inscription gratuite.
""",
        "oth_survey": """
Vous avez récemment participé à notre processus de recrutement. Quelle qu'en soit l'issue, votre avis nous intéresse : le questionnaire prend trois minutes et reste anonyme.
SUBJECT: Votre candidature : votre avis compte || Nous sommes désolés que cela n'ait pas abouti cette fois. Accepteriez-vous de noter votre expérience candidat ? Vos réponses n'auront aucune incidence sur une future candidature.
""",
        "oth_withdrawal": """
Comme vous nous l'avez demandé, nous avons retiré votre candidature au poste de {role}. Nous le regrettons, et vous serez le bienvenu si vous souhaitez postuler de nouveau.
Merci de nous avoir prévenus que tu as accepté une autre proposition. Nous avons clôturé ta candidature au poste de {role}, comme demandé.
""",
    },
    "es": {
        "ack_unfortunately_delay": """
Lamentablemente, hemos recibido muchas más candidaturas de las previstas para el puesto de {role}, por lo que la revisión se alargará unas dos semanas. Tu candidatura sigue en el proceso y no necesitas hacer nada.
Lamentablemente, la responsable de contratación estará fuera hasta final de mes, así que no podremos concretar los siguientes pasos hasta su vuelta. Su candidatura sigue abierta y le escribiremos en cuanto regrese.
Hemos tenido que pausar el proceso para el puesto de {role} mientras se aprueba el presupuesto del próximo año. Por desgracia aún no podemos darle una fecha, pero no se ha descartado a ningún candidato y su candidatura se mantiene en la fase en la que estaba.
Lamentablemente, la semana pasada hubo una incidencia en nuestra plataforma de selección y algunos candidatos no recibieron el acuse de recibo. Le confirmamos que su candidatura para el puesto de {role} llegó dentro de plazo y se está revisando.
SUBJECT: Lamentablemente, un retraso || Disculpa el silencio. Por desgracia, una reorganización del equipo ha frenado el proceso y hasta ahora no hemos empezado a revisar las candidaturas para {role}. La tuya está entre ellas y esperamos darte una respuesta en tres semanas.
Debido al elevado número de candidaturas, lamentablemente no podemos responder a todo el mundo con la rapidez que nos gustaría. Hemos recibido su candidatura y nuestro equipo de selección la revisará.
Lamentablemente hemos tenido que reprogramar las entrevistas, lo que retrasa el calendario para {role}. No se ha tomado ninguna decisión y le avisaremos en cuanto tengamos las nuevas fechas.
El proceso para {role} está en pausa. Por desgracia, una reestructuración interna nos obliga a confirmar de nuevo la plantilla. Por favor, no lo interprete como un rechazo: prevemos retomarlo en enero con las candidaturas que ya tenemos, incluida la suya.
Lamentablemente, durante agosto nuestras respuestas serán más lentas de lo habitual. Tenemos tu candidatura para {role} y la revisaremos la primera semana de septiembre.
""",
        "ack_regret_slow": """
Lamentamos haber tardado tanto en responderle. Su candidatura para {role} sigue en revisión y esperamos tener novedades la semana que viene.
Siento no haberte contestado antes; tu correo se me había quedado perdido. Respondiendo a tu pregunta: sí, tu candidatura sigue activa y el equipo está revisando esta semana los perfiles preseleccionados.
SUBJECT: Nuestras disculpas || Lamentamos el retraso en responder a su candidatura para {role}. La revisión está llevando más tiempo del previsto, pero su candidatura se sigue teniendo en cuenta.
Lamentamos la confusión que haya podido causar el acuse de recibo duplicado. Su candidatura figura una sola vez en nuestro sistema y sigue su curso con normalidad.
Perdona, y lamento no haberte podido llamar el viernes como te dije. No ha cambiado nada: sigues en el proceso para {role} y te llamo el martes por la mañana.
""",
        "ack_conditional": """
Si no ha recibido noticias nuestras en un plazo de cuatro semanas, puede entender que en esta ocasión no seguiremos adelante con su candidatura. Por ahora, le confirmamos que hemos recibido su documentación para {role}.
En caso de no recibir respuesta en 30 días, su perfil no habrá sido preseleccionado para esta vacante. Hemos recibido su candidatura para {role} y la revisaremos con atención.
Solo nos pondremos en contacto con las personas seleccionadas para entrevista. Si no resulta seleccionado, conservaremos sus datos durante seis meses, salvo que solicite antes su supresión. Su candidatura para {role} ha sido registrada.
Tu candidatura para {role} ya está en manos del equipo. Si no pasas a la siguiente fase, te lo diremos por correo: respondemos a todas las personas candidatas.
Hemos recibido tu candidatura. Si tu perfil no encajara en el puesto de {role}, podríamos tenerlo en cuenta para vacantes similares, salvo que nos indiques lo contrario.
Debido al volumen, es posible que no podamos responder de forma individual si la candidatura no prospera. Si es preseleccionado, tendrá noticias nuestras antes del 15 de marzo.
SUBJECT: Si no tienes noticias nuestras || Un apunte sobre los siguientes pasos: el equipo revisa las candidaturas para {role} cada viernes. Si en tres semanas no tienes noticias nuestras, escríbeme directamente sin problema.
""",
        "ack_general_rule": """
Le recordamos que no se tendrán en cuenta las candidaturas que no cumplan los requisitos mínimos. Su candidatura para {role} ha superado la revisión inicial y ya está en manos del área contratante.
No se admitirán candidaturas recibidas fuera de plazo. La suya llegó a tiempo y ha quedado registrada para el puesto de {role}.
Las candidaturas incompletas no se procesan. Hemos visto que a su candidatura le falta la carta de presentación; por favor, adjúntela antes del viernes para poder incluirle en la revisión.
Las personas que no resulten preseleccionadas no recibirán una valoración individual, dado el elevado número de candidaturas. Su candidatura se encuentra actualmente en evaluación.
Quien haya sido descartado no podrá volver a presentarse al mismo puesto hasta pasados seis meses. Esto no te afecta: tu candidatura para {role} está en revisión.
""",
        "ack_readvertised": """
Quizá haya visto que la oferta de {role} se ha vuelto a publicar. Solo buscamos ampliar el número de candidatos; su candidatura sigue siendo válida y no necesita volver a inscribirse.
Hemos ampliado el plazo para {role} hasta el 30 de abril. Ya tenemos su candidatura y la revisaremos junto con las demás una vez cerrado el nuevo plazo.
SUBJECT: Oferta de {role} publicada de nuevo || El anuncio vuelve a estar activo porque hemos actualizado la banda salarial. Las candidaturas ya recibidas, incluida la tuya, siguen en el proceso.
El plazo de inscripción se ha ampliado dos semanas. Lamentablemente, esto retrasa también la preselección; ahora prevemos contactar con los candidatos la semana del 12 de mayo.
Como la primera convocatoria no reunió suficientes perfiles, hemos reabierto el puesto de {role}. Su candidatura del mes pasado se valorará junto con las nuevas.
""",
        "ack_no_decision": """
Aún no hemos tomado una decisión. El comité se reúne el jueves y le comunicaré el resultado, sea cual sea, el lunes como muy tarde.
Gracias por escribir. Todavía no hay decisión sobre el puesto de {role}; seguimos recogiendo las valoraciones de las entrevistas.
SUBJECT: RE: ¿Descartado? || Respondiendo a tu pregunta: todavía no se ha decidido nada y no, no te hemos descartado. Esperamos cerrar el proceso a finales de la semana que viene.
Me temo que aún no tengo novedades. El responsable no ha tomado la decisión final y no quiero tenerle en vilo, así que le escribiré en cuanto sepa algo.
La decisión final sobre el puesto de {role} se ha aplazado hasta que la directora vuelva de vacaciones. Usted sigue entre los candidatos en consideración.
""",
        "ack_others_interviewing": """
Todavía estamos entrevistando a otros candidatos para {role} y no decidiremos hasta terminar todas las entrevistas, probablemente en dos semanas.
Aún hay otros candidatos en proceso, así que no puedo darte una respuesta todavía. Sigues totalmente en consideración.
Esta semana tenemos algunas primeras entrevistas más. Cuando terminen, compararemos todos los perfiles y le contestaremos.
Para que lo sepas: otra persona tiene su entrevista final el lunes y después el equipo decidirá. Tendrás noticias mías el miércoles como muy tarde.
""",
        "ack_moved_role": """
El equipo considera que su perfil encaja mejor en nuestra área de Operaciones de Datos que en el puesto de {role}, así que, como hablamos por teléfono, hemos trasladado allí su candidatura. El proceso continúa y conserva su posición.
Su candidatura para {role} se ha trasladado a nuestra oficina de Valencia, que lleva ahora este proceso. No tiene que hacer nada; una persona de selección de esa oficina se pondrá en contacto con usted.
Hemos pasado tu candidatura a la vacante de {role} del equipo de Plataforma, que es el mismo puesto con otra responsable. Tu estado no cambia.
SUBJECT: Cambio en su candidatura || Hemos cerrado la vacante a la que se inscribió y hemos trasladado todas las candidaturas activas, incluida la suya, a una nueva vacante de {role}. Es un cambio administrativo; su candidatura sigue en revisión.
""",
        "ack_talent_pool": """
Te has unido correctamente a la comunidad de talento de {company}. Te enviaremos las ofertas que encajen con las preferencias que has indicado.
Tal como nos pidió, hemos incorporado su perfil a nuestra bolsa de talento para futuras vacantes de {role}. Puede modificar o eliminar sus datos en cualquier momento desde su área de candidato.
SUBJECT: Bienvenido a nuestra bolsa de talento || Tu alta está confirmada. Tu CV ya forma parte de nuestra bolsa de talento y los reclutadores podrán encontrarte cuando se abran nuevos puestos.
Gracias por confirmar que desea que conservemos su CV. Lo guardaremos durante doce meses y le contactaremos si surge un puesto adecuado.
""",
        "ack_auto_reply": """
Este es un mensaje automático. Hemos recibido su mensaje y su candidatura para {role}. Por favor, no responda a este correo.
Estaré fuera de la oficina hasta el 14 de agosto con acceso limitado al correo. Hemos recibido su candidatura y le responderé a mi vuelta; para asuntos urgentes, puede escribir a mi compañero Iñaki Olabarria.
Gracias por su correo. Este buzón se atiende de lunes a viernes y respondemos en un plazo de cinco días laborables. Lamentablemente, no podemos informar por teléfono sobre el estado de las candidaturas.
""",
        "ack_data_retention": """
De acuerdo con nuestra política de privacidad, los datos de los candidatos no seleccionados se suprimen seis meses después de finalizar el proceso. Este aviso se envía a todas las personas candidatas; su candidatura para {role} sigue en curso.
Para tu información: si tu candidatura no termina en una contratación, eliminaremos tus datos pasados 180 días. Puedes retirar tu consentimiento en cualquier momento. Hemos recibido tu candidatura para {role}.
SUBJECT: Supresión de datos de candidatos || Actualizamos nuestros plazos de conservación: los datos personales de las personas no contratadas se eliminarán a los doce meses en lugar de a los veinticuatro. Se aplica a todos los candidatos y no dice nada sobre el estado de su candidatura.
Su documentación se guarda de forma segura. La de los candidatos no seleccionados se destruye al finalizar el proceso, y le pediremos su consentimiento antes de conservar la suya más tiempo.
""",
        "rej_short": """
Hemos decidido no seguir adelante con su candidatura para {role}.
Lamentablemente, en esta ocasión no ha sido seleccionado.
Tras revisar tu candidatura, no vamos a continuar con ella.
Hemos elegido a otro candidato para el puesto de {role}.
SUBJECT: Novedades sobre su candidatura || Su candidatura no ha prosperado en esta ocasión.
Siento decirte que no te vamos a llamar para entrevista.
Lamentamos comunicarle que el puesto ya ha sido cubierto.
El equipo ha elegido a una persona cuya experiencia se ajusta más a lo que necesita, por lo que no seguiremos adelante con tu candidatura.
Esta vez no ha podido ser.
Hemos revisado su candidatura con atención y, lamentablemente, no ha sido seleccionada.
""",
        "rej_plain_decision": """
El comité se reunió ayer y eligió a otra persona para {role}.
No has pasado a la preselección. Tu prueba estuvo bien, pero otros sacaron más nota en la parte de SQL.
Hemos cubierto el puesto de {role} internamente, así que cerramos tu candidatura.
Su candidatura para {role} está cerrada. Hemos elegido a una candidata con más experiencia práctica en consolidación contable.
SUBJECT: Próximos pasos || Me temo que no habrá una siguiente ronda para ti: el responsable ha decidido ofrecer el puesto al otro finalista.
Gracias por la entrevista de la semana pasada. No te vamos a ofrecer el puesto.
Estado: no seleccionado. Puesto: {role}.
""",
        "rej_role_gone": """
El puesto de {role} se ha cancelado, por lo que cerramos todas las candidaturas, incluida la suya.
Lamentablemente, se ha retirado el presupuesto para {role} y la vacante ya no existe. Su candidatura no seguirá adelante.
Finalmente hemos decidido no cubrir el puesto de {role}. Todas las candidaturas se han cerrado y no volveremos a contactar con los candidatos por esta vacante.
SUBJECT: {role}: cambio de estado || La vacante a la que te inscribiste se ha cerrado sin contratación. Tu candidatura ya no está activa.
Por un cambio de planes, la vacante de {role} se ha retirado, de modo que no podemos ofrecerle el puesto.
El equipo al que te presentaste se fusiona con otra área y el puesto no se cubrirá. Siento que termine así después de tres entrevistas.
""",
        "rej_public_sector": """
Concluida la fase de valoración de méritos de la convocatoria 24/118 ({role}), el tribunal ha acordado no admitirle a la fase de entrevista. Podrá presentar alegaciones en el plazo de diez días hábiles.
Le comunicamos que su solicitud para la plaza de {role} no ha superado la fase de preselección. La decisión del tribunal es definitiva en vía administrativa.
SUBJECT: Proceso selectivo 2024-07: resultado || El tribunal ha finalizado la valoración. Usted no figura en la bolsa de empleo resultante para la plaza de {role}.
Su solicitud se ha valorado conforme a los requisitos obligatorios de las bases. No cumple el requisito 3 (experiencia en gestión presupuestaria), por lo que queda excluido del proceso.
El ayuntamiento ha resuelto el nombramiento para la plaza de {role}. En consecuencia, no podemos ofrecerle el puesto.
""",
        "rej_in_reply": """
Gracias por escribir. Me temo que el equipo ha decidido no seguir con tu candidatura; debería habértelo dicho antes.
Sobre su pregunta por los plazos: en realidad el proceso ya ha terminado y hemos elegido a otro candidato. Disculpe que no le escribiéramos antes.
SUBJECT: RE: Una pregunta sobre mi candidatura || Buena pregunta, y te debo una respuesta: no has pasado a la ronda final. El comentario del equipo fue que tu portfolio es sólido, pero menos enfocado a B2B.
Me preguntabas si seguías en el proceso. Lamentablemente no: el lunes hicimos una oferta a otra candidata y la ha aceptado.
Sobre su petición de feedback: el motivo principal para no avanzar fue la falta de experiencia con clientes de sectores regulados. Espero que le sea útil.
He consultado con la responsable como me pediste. Ha decidido no llevarte a la fase final.
""",
        "oth_newsletter": """
SUBJECT: Por qué "lamentablemente" es la palabra favorita de RR. HH. || Este mes: por qué la mayoría de los rechazos siguen llegando con plantilla, cuánto esperan de media los candidatos (23 días) y qué pueden aprender los equipos de selección de las empresas que responden a todo el mundo.
Tendencias de empleo: la contratación tecnológica se frenó en el tercer trimestre y los candidatos cuentan más rechazos sin entrevista. Analizamos las cifras y te damos tres claves para hacer seguimiento sin resultar insistente.
Nuestra última encuesta a 2.000 personas en búsqueda de empleo revela que el 61 % nunca recibió respuesta tras una entrevista. Lee el informe completo y nuestra guía para leer entre líneas un "lamentamos comunicarle".
Esta semana en el blog de empleo: cómo encajar un rechazo, cómo pedir feedback y las bandas salariales en el sector asegurador.
""",
        "oth_cold_outreach": """
He visto su perfil y quería contactarle por una vacante de {role} en {company}. Disculpe si no encaja o si no es buen momento; basta con que me lo diga y no volveré a escribirle.
Espero que no te moleste el mensaje sin avisar. Buscamos a alguien para {role} y tu trayectoria parece encajar. Si no estás buscando, ningún problema.
SUBJECT: Lamentablemente tengo que preguntarte || ¿Te apetecería una llamada de quince minutos sobre un puesto de {role} en una startup de logística en pleno crecimiento? Perdona si llega en mal momento; puedes ignorarlo sin más.
""",
        "oth_job_alert": """
5 nuevas ofertas coinciden con tu alerta "{role}": Madrid, Barcelona, remoto. Míralas antes de que cierren.
SUBJECT: Nuevas ofertas para ti || Según tu búsqueda guardada, esta semana hemos encontrado 12 nuevas ofertas de {role}. Puedes gestionar tus alertas desde la configuración de tu cuenta.
""",
        "oth_event": """
Te esperamos en nuestra feria de empleo virtual el 18 de junio: conoce a los reclutadores de {company} y de otras 30 empresas y recibe una revisión de tu CV en directo.
Queda invitado a nuestra jornada de puertas abiertas para ingenieros el jueves a las 18:00: charlas breves, picoteo y ronda de preguntas con el equipo. La inscripción es gratuita.
""",
        "oth_survey": """
Hace poco participó en nuestro proceso de selección. Sea cual sea el resultado, nos gustaría conocer su opinión: la encuesta dura tres minutos y es anónima.
SUBJECT: Tu candidatura: ¿qué tal lo hicimos? || Sentimos que esta vez no haya salido. ¿Nos ayudas a mejorar valorando tu experiencia como candidato? Tus respuestas no influirán en futuras candidaturas.
""",
        "oth_withdrawal": """
Tal como nos pidió, hemos retirado su candidatura para {role}. Sentimos que se vaya y puede volver a presentarse cuando quiera.
Gracias por avisarnos de que has aceptado otra oferta. Hemos cerrado tu candidatura para {role}, como nos pediste.
""",
    },
    "pt": {
        "ack_unfortunately_delay": """
Infelizmente, recebemos muito mais candidaturas do que o previsto para a vaga de {role}, e a análise vai levar cerca de duas semanas a mais. Sua candidatura continua no processo e você não precisa fazer nada.
Infelizmente, a gestora responsável pela vaga está fora até o fim do mês, então não conseguimos agendar as próximas etapas antes do retorno dela. Sua candidatura continua ativa e entraremos em contato assim que possível.
Precisamos pausar o processo para a vaga de {role} enquanto o orçamento do próximo ano é aprovado. Infelizmente ainda não temos uma data, mas nenhum candidato foi descartado e sua candidatura permanece na etapa em que estava.
Infelizmente, nosso sistema de recrutamento ficou fora do ar na semana passada e alguns candidatos não receberam a confirmação. Esta mensagem confirma que sua candidatura para {role} chegou dentro do prazo e está em análise.
SUBJECT: Infelizmente, um atraso || Desculpe o silêncio. Infelizmente, uma reorganização da equipe atrasou o processo e só agora estamos analisando as candidaturas para {role}. A sua está entre elas, e esperamos dar um retorno em até três semanas.
Devido ao grande volume de candidaturas, infelizmente não conseguimos responder a todos tão rápido quanto gostaríamos. Recebemos a sua candidatura e nossa equipe de recrutamento vai analisá-la.
Infelizmente tivemos de remarcar as entrevistas, o que atrasa o calendário da vaga de {role}. Nenhuma decisão foi tomada e avisaremos assim que as novas datas estiverem definidas.
O processo para {role} está suspenso por enquanto, por conta de uma reestruturação interna. Por favor, não entenda isso como uma recusa: pretendemos retomar em janeiro com as candidaturas que já temos, incluindo a sua.
Infelizmente, durante o período de festas nossas respostas serão mais lentas que o normal. Temos a sua candidatura para {role} e vamos analisá-la na primeira semana de janeiro.
Lamentavelmente, o período de férias de verão atrasa a análise das candidaturas. A sua candidatura ao lugar de {role} foi recebida e será apreciada no início de setembro.
""",
        "ack_regret_slow": """
Lamentamos ter demorado tanto para responder. Sua candidatura para {role} continua em análise e esperamos ter novidades na próxima semana.
Desculpe não ter respondido antes; seu e-mail acabou se perdendo na minha caixa. Respondendo à sua pergunta: sim, sua candidatura continua ativa e a equipe está olhando os perfis pré-selecionados nesta semana.
SUBJECT: Nossas desculpas || Lamentamos a demora em responder à sua candidatura para {role}. A análise está levando mais tempo do que esperávamos, mas sua candidatura continua sendo considerada.
Lamentamos a confusão causada pela confirmação enviada em duplicado. A sua candidatura consta apenas uma vez no nosso sistema e segue o seu curso normal.
Desculpe, lamento não ter conseguido ligar na sexta como combinado. Nada mudou do nosso lado: você continua no processo para {role} e eu te ligo na terça de manhã.
""",
        "ack_conditional": """
Caso não receba notícias nossas em quatro semanas, considere que não daremos continuidade à sua candidatura neste momento. Por ora, confirmamos o recebimento dos seus documentos para {role}.
Caso não seja selecionado, você não receberá contato individual, devido ao volume de candidaturas. Os candidatos pré-selecionados serão contatados até 15 de março. Sua candidatura para {role} foi recebida.
Entraremos em contato apenas com os candidatos selecionados para entrevista. Caso não seja selecionado, seus dados ficarão guardados por seis meses, a menos que peça a exclusão antes. Sua candidatura para {role} foi registrada.
Sua candidatura para {role} agora está com a equipe contratante. Se não avançar para a próxima etapa, você será avisado por e-mail: respondemos a todos os candidatos.
Recebemos a sua candidatura. Se o seu perfil não se adequar à vaga de {role}, poderemos considerá-lo para vagas semelhantes, salvo indicação em contrário.
Se não obtiver resposta no prazo de 30 dias, deverá considerar que a sua candidatura não foi pré-selecionada. Recebemos a sua candidatura e iremos analisá-la com atenção.
SUBJECT: Se você não tiver notícias nossas || Só um aviso sobre os próximos passos: a equipe analisa as candidaturas para {role} toda sexta-feira. Se você não tiver notícias nossas em três semanas, pode me escrever diretamente.
""",
        "ack_general_rule": """
Lembramos que candidaturas que não atendam aos requisitos mínimos não serão consideradas. Sua candidatura para {role} passou pela triagem inicial e já está com a área responsável.
Candidaturas recebidas após o prazo não serão aceitas. A sua chegou dentro do prazo e foi registrada para a vaga de {role}.
Candidaturas incompletas não são processadas. Notamos que falta a carta de apresentação na sua candidatura; por favor, envie-a até sexta para que possamos incluí-la na análise.
Os candidatos não pré-selecionados não receberão feedback individual, devido ao grande número de candidaturas. A sua candidatura encontra-se atualmente em avaliação.
Candidatos não aprovados só podem se candidatar novamente à mesma vaga após seis meses. Isso não se aplica a você agora: sua candidatura para {role} está em análise.
""",
        "ack_readvertised": """
Talvez você tenha notado que a vaga de {role} foi republicada. É apenas para ampliar o número de candidatos; sua candidatura continua válida e não é preciso se candidatar de novo.
Prorrogamos o prazo de inscrição para {role} até 30 de abril. Já temos a sua candidatura, que será analisada com as demais após o novo prazo.
SUBJECT: Vaga de {role} republicada || O anúncio voltou ao ar porque atualizamos a faixa salarial. As candidaturas já enviadas, incluindo a sua, continuam no processo.
O prazo de candidatura foi prorrogado por duas semanas. Infelizmente, isso também adia a pré-seleção; agora prevemos contatar os candidatos na semana de 12 de maio.
Como a primeira divulgação não trouxe candidatos suficientes, reabrimos a vaga de {role}. A sua candidatura do mês passado será considerada junto com as novas.
""",
        "ack_no_decision": """
Ainda não tomamos uma decisão. O comitê se reúne na quinta-feira e vou lhe informar o resultado, seja qual for, até segunda.
Obrigada por perguntar. Ainda não há decisão sobre a vaga de {role}; estamos reunindo o feedback das entrevistas.
SUBJECT: RE: Fui reprovado? || Respondendo à sua pergunta: nada foi decidido ainda, e não, você não foi reprovado. Esperamos encerrar o processo até o fim da próxima semana.
Infelizmente ainda não tenho novidades. O gestor não bateu o martelo e não quero deixar você no escuro, então escrevo assim que souber de algo.
A decisão final sobre a vaga de {role} foi adiada até o regresso da diretora, que está de férias. Continua a fazer parte dos candidatos em consideração.
""",
        "ack_others_interviewing": """
Ainda estamos entrevistando outros candidatos para {role} e só vamos decidir depois de todas as entrevistas, provavelmente em duas semanas.
Ainda há outros candidatos no processo, então não consigo te dar uma resposta agora. Você continua sendo considerado, com certeza.
Temos mais algumas primeiras entrevistas nesta semana. Quando terminarem, vamos comparar todos os perfis e voltamos a falar com você.
Só para avisar: mais um candidato faz a entrevista final na segunda, e depois a equipe decide. Você terá notícias minhas até quarta-feira.
""",
        "ack_moved_role": """
A equipe achou que o seu perfil combina mais com a área de Operações de Dados do que com a vaga de {role}, então, como combinamos por telefone, transferimos a sua candidatura para lá. O processo continua e você mantém a sua posição.
A sua candidatura para {role} foi transferida para o nosso escritório do Porto, que passa a conduzir este recrutamento. Não precisa de fazer nada; uma recrutadora dessa equipa entrará em contacto.
Passamos sua candidatura para a vaga de {role} no time de Plataforma, que é a mesma função com outra gestora. O seu status não muda.
SUBJECT: Alteração na sua candidatura || Encerramos a requisição à qual você se candidatou e transferimos todas as candidaturas ativas, incluindo a sua, para uma nova requisição de {role}. É uma mudança administrativa; sua candidatura continua em análise.
""",
        "ack_talent_pool": """
Você entrou para a comunidade de talentos da {company}. Vamos enviar vagas que combinem com as preferências que você escolheu.
Conforme solicitado, incluímos o seu perfil no nosso banco de talentos para futuras vagas de {role}. Você pode atualizar ou remover seus dados a qualquer momento na sua área de candidato.
SUBJECT: Boas-vindas ao banco de talentos || Seu cadastro foi confirmado. Seu currículo já está no nosso banco de talentos e os recrutadores poderão encontrá-lo quando surgirem novas vagas.
Obrigado por confirmar que pretende que guardemos o seu currículo. Fica guardado durante doze meses e entraremos em contacto se surgir uma oportunidade adequada.
""",
        "ack_auto_reply": """
Esta é uma resposta automática. Recebemos a sua mensagem e a sua candidatura para {role}. Por favor, não responda a este e-mail.
Estou fora do escritório até 14 de agosto, com acesso limitado ao e-mail. Sua candidatura foi recebida e responderei quando voltar; para assuntos urgentes, fale com minha colega Juliana Prates.
Obrigado pelo seu e-mail. Esta caixa é acompanhada de segunda a sexta e respondemos em até cinco dias úteis. Infelizmente não damos informações sobre candidaturas por telefone.
""",
        "ack_data_retention": """
De acordo com a LGPD, os dados de candidatos não aprovados são excluídos seis meses após o encerramento do processo seletivo. Este aviso é enviado a todos os candidatos; sua candidatura para {role} está em andamento.
Para sua informação: caso a sua candidatura não resulte numa contratação, os seus dados serão eliminados ao fim de 180 dias, nos termos do RGPD. Pode retirar o seu consentimento a qualquer momento. Recebemos a sua candidatura para {role}.
SUBJECT: Exclusão de dados de candidatos || Estamos atualizando nossa política de retenção: os dados pessoais de candidatos não contratados passam a ser excluídos após doze meses, e não mais 24. Isso vale para todos os candidatos e não diz nada sobre o status da sua candidatura.
Seus documentos estão armazenados com segurança. Os documentos de candidatos não selecionados são descartados ao fim do processo, e pediremos o seu consentimento antes de guardar os seus por mais tempo.
""",
        "rej_short": """
Decidimos não seguir com a sua candidatura para {role}.
Infelizmente, você não foi selecionado desta vez.
Após analisar a sua candidatura, não vamos dar continuidade a ela.
Escolhemos outro candidato para a vaga de {role}.
SUBJECT: Atualização sobre sua candidatura || Sua candidatura não foi aprovada nesta etapa.
Sinto dizer que não vamos te chamar para entrevista.
Lamentamos informar que a vaga já foi preenchida.
A equipe escolheu uma pessoa com experiência mais próxima do que precisa, então não vamos avançar com a sua candidatura.
Desta vez não deu.
Analisámos a sua candidatura com atenção e, infelizmente, não foi selecionada.
""",
        "rej_plain_decision": """
O comitê se reuniu ontem e escolheu outra pessoa para {role}.
Você não passou na pré-seleção. Seu teste foi bom, mas outros tiveram nota maior na parte de SQL.
Preenchemos a vaga de {role} internamente, então estamos encerrando a sua candidatura.
Sua candidatura para {role} foi encerrada. Escolhemos uma candidata com mais experiência prática em controladoria industrial.
SUBJECT: Próximos passos || Infelizmente não haverá próxima etapa para você: o gestor decidiu oferecer a vaga ao outro finalista.
Obrigado pela entrevista da semana passada. Não vamos oferecer a vaga a você.
Status: não selecionado. Vaga: {role}.
""",
        "rej_role_gone": """
A vaga de {role} foi cancelada, por isso estamos encerrando todas as candidaturas, incluindo a sua.
Infelizmente o orçamento para {role} foi retirado e a vaga deixou de existir. Sua candidatura não terá continuidade.
Decidimos não preencher a vaga de {role}. Todas as candidaturas foram encerradas e não voltaremos a contatar os candidatos sobre esta vaga.
SUBJECT: {role}: mudança de status || A vaga à qual você se candidatou foi encerrada sem contratação. Sua candidatura não está mais ativa.
Devido a uma mudança de planos, a vaga de {role} foi retirada. Por isso, não podemos oferecer-lhe o lugar.
A equipe para a qual você se candidatou vai ser incorporada a outra área e a vaga não será preenchida. Sinto muito que termine assim depois de três entrevistas.
""",
        "rej_public_sector": """
Concluída a avaliação curricular do procedimento concursal n.º 24/118 ({role}), o júri deliberou não admitir a sua candidatura à entrevista profissional de seleção. Dispõe de dez dias úteis para se pronunciar em sede de audiência dos interessados.
Informamos que sua inscrição para o cargo de {role} não foi habilitada na etapa de análise documental. O resultado é definitivo nesta fase.
SUBJECT: Processo seletivo 2024-07: resultado || A comissão concluiu a avaliação. Você não consta da lista de classificados para o cargo de {role}.
Sua inscrição foi avaliada segundo os requisitos obrigatórios do edital. O requisito 3 (experiência em gestão orçamentária) não foi cumprido, por isso a inscrição foi indeferida.
A câmara municipal procedeu à nomeação para o lugar de {role}. Assim, não nos é possível dar seguimento à sua candidatura.
""",
        "rej_in_reply": """
Obrigada por perguntar. Infelizmente a equipe decidiu não seguir com a sua candidatura; eu deveria ter avisado antes.
Sobre a sua pergunta sobre prazos: na verdade o processo já terminou e escolhemos outro candidato. Desculpe não ter escrito antes.
SUBJECT: RE: Dúvida sobre minha candidatura || Boa pergunta, e te devo uma resposta: você não passou para a etapa final. O retorno da equipe foi que seu portfólio é forte, mas menos voltado para B2B.
Você perguntou se ainda está no processo. Infelizmente não: fizemos uma proposta a outra candidata na segunda e ela aceitou.
Sobre o seu pedido de feedback: o principal motivo para não avançarmos foi a falta de experiência com clientes de setores regulados. Espero que ajude.
Confirmei com a gestora, como você pediu. Ela decidiu não te levar para a etapa final.
""",
        "oth_newsletter": """
SUBJECT: Por que "infelizmente" é a palavra preferida do RH || Nesta edição: por que a maioria das recusas ainda chega em modelo pronto, quanto tempo os candidatos esperam em média (23 dias) e o que as equipes de recrutamento podem aprender com as empresas que respondem a todos.
Tendências de contratação: as contratações em tecnologia desaceleraram no terceiro trimestre e os candidatos relatam mais recusas sem entrevista. Explicamos os números e damos três dicas para fazer follow-up sem parecer insistente.
Nossa pesquisa mais recente com 2.000 pessoas em busca de emprego mostra que 61% nunca tiveram retorno após uma entrevista. Leia o relatório completo e nosso guia para ler nas entrelinhas de um "lamentamos informar".
Nesta semana no blog de carreiras: como lidar com a rejeição, como pedir feedback e as faixas salariais no setor de seguros.
""",
        "oth_cold_outreach": """
Vi o seu perfil e quis entrar em contato sobre uma vaga de {role} na {company}. Desculpe se não fizer sentido ou se o momento não for bom; é só me avisar e não volto a escrever.
Espero que não se importe com a mensagem do nada. Estamos contratando para {role} e sua trajetória parece ter tudo a ver. Se não estiver procurando, sem problema nenhum.
SUBJECT: Infelizmente preciso perguntar || Você toparia uma conversa de quinze minutos sobre uma vaga de {role} numa startup de logística em crescimento? Desculpe se chegar em má hora; pode ignorar tranquilamente.
""",
        "oth_job_alert": """
5 novas vagas correspondem ao seu alerta "{role}": São Paulo, Lisboa, remoto. Confira antes que encerrem.
SUBJECT: Novas vagas para você || Com base na sua busca salva, encontramos 12 novas vagas de {role} nesta semana. Gerencie seus alertas nas configurações da conta.
""",
        "oth_event": """
Participe da nossa feira de carreiras virtual em 18 de junho: conheça recrutadores da {company} e de outras 30 empresas e receba uma revisão do seu currículo ao vivo.
Está convidado para o nosso open day para engenheiros na quinta-feira às 18h: palestras curtas, lanche e perguntas e respostas com a equipa. A inscrição é gratuita.
""",
        "oth_survey": """
Você participou recentemente do nosso processo seletivo. Seja qual for o resultado, queremos saber como foi: a pesquisa leva três minutos e é anônima.
SUBJECT: Sua candidatura: como nos saímos? || Sentimos que não tenha dado certo desta vez. Você nos ajuda a melhorar avaliando sua experiência como candidato? Suas respostas não afetam candidaturas futuras.
""",
        "oth_withdrawal": """
Conforme solicitado, retiramos a sua candidatura para {role}. Sentimos vê-lo partir e será bem-vindo se quiser candidatar-se novamente.
Obrigado por avisar que você aceitou outra proposta. Encerramos a sua candidatura para {role}, como pediu.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},", "Dear {first} Rivera,"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for taking the time to apply to {company}.",
        ],
        "wish": [
            "We wish you all the best.",
            "Good luck with your search.",
            "We wish you every success in your next step.",
        ],
        "marketing": [
            "{company} moves freight for more than 4,000 customers across 19 countries, and our people are the reason they stay with us. Find out what it is like to work here on our careers site.",
            "At {company} we build tools that help hospitals plan their staff and beds. We were named a Top Employer three years running, and we offer hybrid work, a learning budget and 28 days of leave.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition, {company}",
            "Thanks,\n{sender}",
            "All the best,\n{sender}\n{company}",
        ],
        "footer": [
            "You are receiving this email because you applied for a position at {company}. To manage your data, visit your candidate profile.",
            "{company}, registered in England and Wales. This message was sent from an unmonitored address.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: {role}",
            "Update on your application",
            "Re: {role} application",
        ],
        "subject_inv": ["Interview for {role}", "Next steps: {role} at {company}"],
        "subject_off": ["Your offer from {company}", "Offer: {role}"],
        "subject_oth": ["News from {company}", "{company} careers", "A quick note"],
    },
    "de": {
        "greet": [
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Vertrauen.",
            "Danke für deine Bewerbung bei {company}.",
            "Schön, dass du dich für {company} interessierst.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.",
            "Für deine weitere Suche wünschen wir dir alles Gute.",
            "Alles Gute für deinen nächsten Schritt!",
        ],
        "marketing": [
            "{company} versorgt seit über 90 Jahren die Region mit Strom, Wärme und Wasser. Als Arbeitgeber bieten wir Tarifbindung, flexible Arbeitszeiten und eine betriebliche Altersvorsorge.",
            "Bei {company} entwickeln und fertigen wir Sondermaschinen für Kunden in 40 Ländern. Lerne unser Team auf unserer Karriereseite kennen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße aus dem Recruiting-Team\n{sender}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Elmsfeld · Amtsgericht Elmsfeld HRB 4471 · Geschäftsführung: Dr. Petra Lindqvist",
            "Diese E-Mail wurde automatisch versendet. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role}: Zwischenstand",
            "AW: Bewerbung als {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch: {role}",
            "Nächste Schritte bei {company}",
        ],
        "subject_off": ["Vertragsangebot {company}", "Dein Angebot als {role}"],
        "subject_oth": ["Neuigkeiten von {company}", "Karriere bei {company}", "Kurze Info"],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Madame, Monsieur,", "Cher {first},", "Salut {first},"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci d'avoir postulé chez {company}.",
        ],
        "wish": [
            "Nous vous souhaitons une pleine réussite dans vos recherches.",
            "Nous te souhaitons bonne chance pour la suite.",
            "Nous vous souhaitons le meilleur pour la suite de votre parcours professionnel.",
        ],
        "marketing": [
            "Depuis 1962, {company} publie des ouvrages de référence en sciences humaines. Rejoindre nos équipes, c'est contribuer à faire vivre le livre au quotidien.",
            "{company} compte 85 boutiques en France et en Belgique. Nous proposons télétravail partiel, intéressement et un parcours d'intégration dédié.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement, {company}",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "{company}, SAS au capital de 250 000 euros, RCS Lyon 812 004 377. Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "Pour exercer vos droits d'accès, de rectification ou d'effacement, écrivez à notre délégué à la protection des données.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} : {role}",
            "Point sur votre candidature",
            "RE: Candidature {role}",
        ],
        "subject_inv": ["Entretien pour le poste de {role}", "Prochaine étape chez {company}"],
        "subject_off": ["Proposition d'embauche {company}", "Votre offre : {role}"],
        "subject_oth": ["Actualités {company}", "Carrières chez {company}", "Un petit mot"],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado {first}:",
            "Buenos días, {first}:",
            "Estimado/a candidato/a:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en el puesto de {role}.",
            "Gracias por presentar tu candidatura en {company}.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda.",
            "¡Mucha suerte en tus próximos pasos!",
            "Le deseamos lo mejor en su carrera profesional.",
        ],
        "marketing": [
            "{company} es un grupo familiar con más de 3.000 personas en España y Latinoamérica. Ofrecemos horario flexible, formación continua y retribución flexible.",
            "En {company} diseñamos seguros pensados para autónomos y pymes. Descubre cómo trabajamos en nuestra web de empleo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Personas, {company}",
            "Saludos cordiales,\n{sender}",
        ],
        "footer": [
            "En cumplimiento del RGPD, le informamos de que sus datos serán tratados por {company} con la finalidad de gestionar los procesos de selección. Puede ejercer sus derechos escribiendo a nuestro delegado de protección de datos.",
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "{company}: {role}",
            "Actualización de su candidatura",
            "RE: Candidatura {role}",
        ],
        "subject_inv": ["Entrevista para {role}", "Próximos pasos en {company}"],
        "subject_off": ["Tu oferta de {company}", "Oferta: {role}"],
        "subject_oth": ["Novedades de {company}", "Empleo en {company}", "Un apunte rápido"],
    },
    "pt": {
        "greet": ["Olá, {first},", "Prezado {first},", "Caro {first},", "Oi, {first}!"],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos a sua candidatura para a vaga de {role}.",
            "Obrigada por se candidatar na {company}.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Boa sorte nos próximos passos!",
            "Votos de sucesso para o seu futuro profissional.",
        ],
        "marketing": [
            "A {company} produz vidro para embalagens há mais de 60 anos e emprega 1.800 pessoas no Brasil e em Portugal. Conheça nossos benefícios no site de carreiras.",
            "Na {company}, acreditamos que dados bem usados mudam a vida das pessoas. Trabalho híbrido, plano de saúde e auxílio educação fazem parte do pacote.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender}\nTime de Gente, {company}",
            "Com os melhores cumprimentos,\n{sender}",
        ],
        "footer": [
            "Você está recebendo este e-mail porque se candidatou a uma vaga na {company}. Para gerenciar seus dados, acesse seu perfil de candidato.",
            "{company}, S.A. · Esta mensagem foi enviada automaticamente; por favor, não responda.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company}: {role}",
            "Atualização da sua candidatura",
            "RE: Candidatura {role}",
        ],
        "subject_inv": ["Entrevista para {role}", "Próximos passos na {company}"],
        "subject_off": ["Sua proposta da {company}", "Proposta: {role}"],
        "subject_oth": ["Novidades da {company}", "Carreiras na {company}", "Um recado rápido"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied for the {role} position a few weeks ago and wanted to ask whether there is any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application for {role}. We've received it and the team is reviewing applications now.\n{sender}\n",
    "de": "Hallo {sender_first},\nich habe mich vor einigen Wochen als {role} beworben und wollte kurz nachfragen, ob es schon einen Zeitplan für das weitere Verfahren gibt.\nViele Grüße\nAlex\n\n{header2}\nGuten Tag Alex Rivera,\nvielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig eingegangen und werden derzeit gesichtet.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'ai postulé au poste de {role} il y a quelques semaines et je me permets de vous demander s'il y a du nouveau concernant le calendrier.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nNous vous remercions pour votre candidature au poste de {role}. Elle a bien été reçue et l'équipe étudie actuellement les dossiers.\n{sender}\n",
    "es": "Hola, {sender_first}:\nHace unas semanas me presenté al puesto de {role} y quería preguntar si hay novedades sobre los plazos.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu candidatura para {role}. La hemos recibido y el equipo está revisando las candidaturas.\n{sender}\n",
    "pt": "Olá, {sender_first},\nMe candidatei para a vaga de {role} há algumas semanas e queria saber se há alguma novidade sobre o cronograma.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela sua candidatura para {role}. Nós a recebemos e a equipe está analisando as candidaturas agora.\n{sender}\n",
}
