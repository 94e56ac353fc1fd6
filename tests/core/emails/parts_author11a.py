# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Parts file by author 11a: the hard line between a rejection and mail that only sounds like one.

About 40% rejections and 60% hard negatives, in en/de/fr/es/pt with the same family keys.

Sectors and registers: hospitals and health trusts, universities, retailers, city councils and
municipal HR, logistics, energy, consultancies, small start-ups, recruitment agencies and
ATS auto-mails; formal and informal (German Sie and du; French vous with some tu; Spanish
usted and tú; Portuguese Brazilian and European).

Families:
- rej_short_plain: short plain decisions in many wordings.
- rej_praise_first: praise or "good news" first, then the no.
- rej_in_thread: the no given as a reply to the candidate's own follow-up.
- rej_subject_only: decision only in the subject line, neutral body.
- rej_role_gone: role cancelled, frozen, filled or filled internally.
- rej_talent_pool: a talent pool / keep-on-file offer that is really a no.
- rej_misleading_words: rejections containing receive / interview / offer / next steps.
- ack_assume_unsuccessful: receipts saying "if you don't hear from us, assume unsuccessful".
- ack_volume_shortlist: receipts saying only shortlisted candidates will be contacted.
- ack_no_individual_reply: receipts regretting they cannot reply to everyone.
- ack_stats_deadline: complete-application confirmations, applicant statistics, closing date.
- ack_delay_regret: regret that the review is slow; still under consideration.
- inv_after_earlier_no: invitation that mentions an earlier unsuccessful application.
- inv_mistaken_rejection: correction of an automatic rejection sent by mistake, then invite.
- inv_other_role: not for the applied role, but an interview for another one.
- inv_delay_then_invite: apology for the delay, then an invitation.
- inv_slot_fell_through: the first slot fell through, a new slot is proposed.
- inv_next_round: others were not selected, the candidate is invited onward.
- off_unfortunately_but: offers carrying "unfortunately" about salary, date or a benefit.
- off_conditional: conditional / provisional offers.
- oth_coping_newsletter: career newsletters and webinars about coping with rejection.
- oth_job_alert: job alerts (with expired saved jobs).
- oth_account_notice: password change, inactive-account notices.
- oth_own_withdrawal: confirmation of the candidate's own withdrawal.
- oth_still_interested: employer asking whether the candidate is still interested.
- oth_survey: candidate-experience surveys.
- oth_data_retention: data-retention / privacy notices with no outcome.
- oth_reference_request: Alex asked to act as a referee for someone else.
- oth_cold_outreach: recruiter cold outreach with "apologies if this is not a fit".
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowgate Health Trust",
    "Brightwell University",
    "Kestrel & Finch Retail",
    "Riverside City Council",
    "Stadtwerke Lindenau",
    "Pixelmoor Labs",
    "Maison Verlaine Conseil",
    "Grupo Alborada",
    "Ondaverde Energia",
    "Northgate Logistics",
    "Talentbridge Partners",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Staff Nurse",
    "Store Manager",
    "Project Coordinator",
    "Backend Developer",
    "HR Generalist",
    "Marketing Specialist",
    "Research Assistant",
    "Customer Success Manager",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Hannah Whitcombe", "careers@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirelane.example"),
    ("Jonas Albrecht", "jonas.albrecht@{domain}"),
    ("Élodie Marchand", "recrutement@{domain}"),
    ("Equipo de Selección", "empleo@{domain}"),
    ("Beatriz Coelho", "beatriz.coelho@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Candidate Portal", "no-reply@candidates.talentbridge.example"),
    ("Marcus Oyelaran", "marcus.oyelaran@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_short_plain": """
We have reviewed your application for {role} and will not be taking it further.
After careful consideration, we have decided not to progress your application at this time.
I'm sorry to let you know that you have not been selected for the {role} position.
Your application was unsuccessful on this occasion.
We've decided to go ahead with other candidates for {role}.
Unfortunately we won't be moving forward with your candidacy.
The hiring team has chosen a candidate whose experience more closely matches the role, so we will not be proceeding with your application.
We are not able to offer you a place on the shortlist for this vacancy.
On this occasion you have not been successful in reaching the interview stage.
We have now completed the selection process and regret that your application has not been taken forward.
""",
        "rej_praise_first": """
Good news first: the panel really enjoyed your portfolio, and your case study was one of the strongest we saw. That made this a hard call, but we have decided to offer the {role} role to another candidate.
Thank you for the time you put into the take-home task; it was thoughtful and clearly structured. After discussing all the finalists, however, we will not be moving you to the next stage.
You made a great impression on everyone you met on Tuesday, and I wanted you to hear that first. In the end we went with someone who has more hands-on payroll experience, so we won't be extending an offer.
Your background is impressive and we enjoyed our conversation. Having said that, we have concluded that the {role} position is not the right match, and we will not progress your application.
Good news for us, less so for this application: we received an exceptionally strong field for {role}. Although your profile was a serious contender, you have not been selected.
It was a genuine pleasure to interview you, and the team spoke highly of your preparation. Regrettably, we have decided to proceed with another applicant.
""",
        "rej_in_thread": """
Thanks for following up, and sorry for the silence. I've checked with the hiring manager and she has decided not to move forward with your application.
Apologies for the slow reply to your email. I'm afraid the position has gone to another candidate, so we won't be arranging a second interview.
Thanks for your patience. To answer your question directly: no, you have not been shortlisted for {role} this time.
Following up on my note from last week: the team has now made its decision and, unfortunately, it isn't good news for you on this one.
Re your question about timing: the process closed on Friday and we will not be taking your application any further.
""",
        "rej_subject_only": """
SUBJECT: {role}: application unsuccessful || Your candidate record has been updated. You can view the status at any time in your account under "My applications".
SUBJECT: Outcome of your application: not selected || This message was generated automatically when the status of your application changed. Please do not reply to this address.
SUBJECT: Update: we will not be proceeding with your application || For questions about how we handle your personal data, please see our candidate privacy notice.
SUBJECT: Decision on {role}: not progressing || The reference number and details are available in the careers portal.
""",
        "rej_role_gone": """
The {role} vacancy has been withdrawn following a restructuring of the team, so we are closing all applications without further review.
We have now filled the {role} position and the advert has been taken down. We won't be considering further applications for it.
Due to a budget freeze, hiring for {role} has been cancelled and your application will not be taken further.
The position was filled internally, which means we are unable to continue with your application.
Unfortunately the role you applied for has been put on hold indefinitely, and we have closed the process for all external candidates.
""",
        "rej_talent_pool": """
While we won't be moving forward with you for {role}, we would like to keep your details in our talent pool and may contact you if a suitable role comes up.
We have decided not to pursue your application further at this stage. With your permission, we will keep your CV on file for 12 months.
You have not been selected for this position; however, we have added you to our talent community so you'll hear about future openings.
Although this role will not be a fit, we'd love to stay in touch: feel free to join our talent network and apply again in future.
We will not be progressing your application, but your profile has been saved in our candidate database for future vacancies matching your skills.
""",
        "rej_misleading_words": """
We have received a large number of strong applications and, after reviewing yours, we will not be inviting you to interview.
We are not in a position to make you an offer for the {role} position.
Regarding next steps: there are none for this application, as we have decided to pursue other candidates. You are welcome to apply for future roles.
Thank you for attending the interview. We have now made our decision and will not be offering you the role.
You will receive no further emails about this vacancy, as your application has not been successful.
""",
        "ack_assume_unsuccessful": """
We have received your application for {role}. If you do not hear from us within three weeks, please assume that your application has been unsuccessful on this occasion.
Your application has been submitted successfully. Please note that we no longer send rejection letters; if you have not been contacted by 30 June, you have not been shortlisted.
Thanks for applying! We'll review your application over the next two weeks. If we don't get in touch within 21 days, it means we've decided not to proceed this time.
This is to confirm receipt of your application. Applications are reviewed after the closing date; if you have not heard from us within four weeks of that date, please consider your application unsuccessful.
The hospital recruitment team has received your application for {role}. Shortlisting takes place on a rolling basis, and candidates who are not contacted within 28 days should assume they have not been successful.
""",
        "ack_volume_shortlist": """
We have received your application. Due to the high volume of applications, only shortlisted candidates will be contacted.
Thanks for your application to {company}. Unfortunately, because of the number of responses we receive, we are only able to contact candidates who are selected for interview.
Your application is now with our recruiters. Please note that most applicants will not progress beyond this stage, and we will only reach out if your profile matches our requirements.
Application received, thank you! As a small startup we get hundreds of applications per role, so we can only reply to people we'd like to talk to.
We confirm receipt of your application for {role}. Owing to the high level of interest, we regret that only candidates invited to the assessment centre will be notified.
""",
        "ack_no_individual_reply": """
Thank you for sending us your CV. Unfortunately we are unable to respond to every applicant individually, but every application is read by a member of the team.
We have your application on file. Regrettably, we can't give personal feedback at the screening stage, but you can track its status in your candidate account.
The City Council's recruitment team has logged your application. We are sorry that we cannot acknowledge each application personally beyond this automatic message; shortlisting will take place after the closing date.
""",
        "ack_stats_deadline": """
Your application for {role} is complete and has been received. We cannot consider incomplete applications, so we're glad to confirm that all required documents are present.
Thank you for applying. So far 312 people have applied for this role; we will review all applications after the closing date on 14 March and be in touch after that.
We've received your application. A reminder that the vacancy closes on Friday at midnight; you can still edit your answers until then.
Application received. Last year more than 2,000 people applied for our graduate programme and fewer than 60 places were offered, so please be patient while we review every submission.
""",
        "ack_delay_regret": """
Regrettably, the review of applications for {role} is taking longer than planned. Your application is still under consideration and we expect to update you by the end of the month.
We're sorry for the wait. We have not yet made any decisions on the shortlist, and your application remains in the process.
Unfortunately, owing to staff absence, the university's selection panel has not yet been able to meet. Your application has been received and will be considered when the panel convenes in early May.
""",
        "inv_after_earlier_no": """
Although we could not offer you the last role you applied for, your application for {role} caught our eye, and we'd like to invite you to a 45-minute video interview next week.
You may remember we had to say no in the spring. This time is different: the hiring manager would like to meet you for {role}. Could you let me know your availability for Tuesday or Wednesday?
We didn't move forward with you for the analyst position last year, but we kept your profile and think you'd be a strong fit for {role}. Are you free for a call on Thursday at 2pm?
""",
        "inv_mistaken_rejection": """
Please disregard the email you received yesterday saying your application had been unsuccessful; it was sent in error by our system. In fact, we would like to invite you to interview for {role}.
Our apologies: an automatic rejection was sent to several candidates by mistake, including you. Your application is still active and the team would like to schedule a first interview. Please choose a slot via the link below.
Earlier today you received a message stating that we would not be proceeding. That was an error on our side and I'm very sorry for the confusion. We'd actually like to meet you: would Monday at 10:00 work?
""",
        "inv_other_role": """
Not for the role you applied to, but we'd like to talk to you about another opening: our team is hiring a {role} and your experience looks like a great match. Would you be up for a 30-minute chat?
The position you applied for has been filled, but the hiring manager for a related opening in our Leeds office would like to interview you. Can you share a few times that work next week?
We won't be taking your application forward for the senior role, but we'd like to invite you to interview for the {role} position instead, which we think suits your profile better.
""",
        "inv_delay_then_invite": """
Sorry it has taken us so long to get back to you; the process was slower than we'd hoped. The good news is that we'd like to invite you to an interview on 12 June at our head office.
Apologies for the delay in responding; several of the panel were on leave. We are pleased to invite you to the next stage, a video interview with the department head.
""",
        "inv_slot_fell_through": """
Unfortunately the first slot we offered has fallen through because the interviewer is ill. Could you do Thursday at 11:00 instead?
I'm afraid we have to cancel Monday's interview at short notice. We still very much want to meet you: are any of these times possible? Wednesday 9:30, Wednesday 15:00 or Friday 10:00.
""",
        "inv_next_round": """
We have now completed the first round. Many candidates were not selected to continue, but you were: we'd like to invite you to the final interview with the leadership team.
After reviewing all submissions, we have decided not to progress most applicants to the next stage. We're happy to tell you that you are among the five candidates invited to the assessment day on 3 October.
""",
        "off_unfortunately_but": """
We're delighted to offer you the position of {role}. Unfortunately we can't match the salary you asked for; our offer is £46,000 per year, and the full contract is attached.
I'm pleased to confirm our offer for {role}. Regrettably, a start date of 1 March is not possible for us, so the offer is for a start on 15 March. Please let us know if you accept.
We'd like to offer you the job! Unfortunately, the company car mentioned at interview is not available at this grade, but we have increased the travel allowance instead. Offer letter attached.
Sadly we were not able to get approval for a fully remote arrangement, but we are happy to offer you the role on a hybrid basis (three days in the office). Please find the written offer attached.
Unfortunately I have to disappoint you on one point: the signing bonus is not part of this offer. Everything else stands, and we are formally offering you the {role} position at the agreed salary.
""",
        "off_conditional": """
We are pleased to make you a conditional offer of employment as {role}, subject to satisfactory references and an enhanced background check.
Congratulations, the panel would like to offer you the post. The offer is conditional on receipt of your degree certificate and a satisfactory occupational health assessment.
Please find attached your provisional offer. It becomes final once we have received proof of your right to work and two references.
""",
        "oth_coping_newsletter": """
This week in the Career Digest: how to handle rejection without losing momentum, why "unfortunately" is not the end of your search, and five questions to ask for feedback after an unsuccessful interview.
Rejected again? You're not alone. In our new article, recruiters explain what "we've decided to move forward with other candidates" really means and how to bounce back.
Webinar invitation: "Turning no into next time", a free 45-minute session on coping with job-search setbacks. Register below to save your seat.
""",
        "oth_job_alert": """
12 new jobs match your alert "{role}": Senior {role} at Northgate Logistics, {role} at a fintech in Manchester, and more. Unfortunately, 3 jobs you saved have expired.
Your weekly job alert: we found 7 new positions that match your search. Jobs you have already applied for are no longer shown in this list.
""",
        "oth_account_notice": """
Your candidate account password was changed successfully. If you did not make this change, please contact support.
Your profile on our careers portal has been inactive for 11 months. Unless you log in within 30 days, your account will be closed and your data deleted.
""",
        "oth_own_withdrawal": """
We confirm that you have withdrawn your application for {role}. We're sorry to see you go and wish you luck in your new position.
As requested, your application has been withdrawn and your interview on Thursday has been cancelled. You can apply for other roles at any time.
Thanks for letting us know that you've accepted another offer. We've closed your application on our side; no further action is needed.
""",
        "oth_still_interested": """
We're reviewing our pipeline for {role} and wanted to check: are you still interested in the position? Please reply by Friday so we can keep your application active.
It's been a while since you applied. Before we continue, could you confirm whether you are still available and interested in this role?
""",
        "oth_survey": """
How was your experience applying to {company}? Whatever the outcome, your feedback helps us improve. The survey takes about 3 minutes.
You recently took part in our recruitment process. We'd appreciate it if you could rate the interview experience; all answers are anonymous.
""",
        "oth_data_retention": """
In line with data protection law, we keep candidate data for six months after a recruitment process ends. If you would like us to keep your details longer for future vacancies, please give your consent via the link below.
This is a reminder that you can request a copy of the personal data we hold about you, or ask us to delete it, at any time through the privacy centre.
""",
        "oth_reference_request": """
Jordan Pike has given your name as a referee for the {role} position with us. Would you be kind enough to complete the short reference form at the link below?
""",
        "oth_cold_outreach": """
I came across your profile and wondered whether you'd be open to a conversation about a {role} opportunity with one of my clients. Apologies if this isn't a fit; just let me know and I won't contact you again.
""",
    },
    "de": {
        "rej_short_plain": """
Wir haben Ihre Bewerbung als {role} geprüft und können sie leider nicht weiter berücksichtigen.
Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden.
Leider müssen wir dir mitteilen, dass wir dich für die Stelle nicht berücksichtigen können.
Ihre Bewerbung war in diesem Fall leider nicht erfolgreich.
Wir haben uns entschieden, den Prozess mit anderen Bewerber:innen fortzusetzen.
Wir haben uns gegen deine Bewerbung entschieden, diesmal hat es leider nicht gepasst.
Die Wahl ist auf eine Person gefallen, deren Profil den Anforderungen der Stelle noch genauer entspricht. Ihre Bewerbung können wir daher nicht weiter verfolgen.
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie nicht in die engere Auswahl aufnehmen konnten.
Für die Vorstellungsgespräche haben wir leider andere Bewerberinnen und Bewerber ausgewählt.
Das Auswahlverfahren ist abgeschlossen, und wir müssen Ihnen leider eine Absage erteilen.
""",
        "rej_praise_first": """
Vorweg das Positive: Ihr Portfolio hat uns wirklich beeindruckt, und Ihre Fallstudie gehörte zu den stärksten, die wir gesehen haben. Umso schwerer fiel uns die Entscheidung, die Stelle als {role} haben wir dennoch einer anderen Person angeboten.
Danke für die Mühe, die du in die Probeaufgabe gesteckt hast, sie war durchdacht und klar aufgebaut. Nach Abstimmung im Team werden wir dich aber nicht in die nächste Runde einladen.
Sie haben am Dienstag bei allen Gesprächspartnern einen sehr guten Eindruck hinterlassen, und das sollen Sie zuerst hören. Letztlich haben wir uns für jemanden mit mehr Erfahrung in der Lohnbuchhaltung entschieden und können Ihnen daher kein Angebot machen.
Ihr Werdegang ist beeindruckend, und das Gespräch mit Ihnen hat uns gefallen. Dennoch sind wir zu dem Schluss gekommen, dass die Position als {role} nicht die richtige ist, und werden Ihre Bewerbung nicht weiterverfolgen.
Eine gute Nachricht für uns, leider weniger für dich: Wir hatten außergewöhnlich viele starke Bewerbungen für {role}. Obwohl dein Profil in der engeren Wahl war, haben wir uns am Ende anders entschieden.
Es war eine echte Freude, Sie kennenzulernen, und das Team hat Ihre Vorbereitung sehr gelobt. Leider haben wir uns dennoch für eine andere Bewerberin entschieden.
""",
        "rej_in_thread": """
Danke für deine Nachfrage und sorry, dass du so lange nichts gehört hast. Ich habe mit der Teamleitung gesprochen: Wir werden deine Bewerbung leider nicht weiterverfolgen.
Entschuldigen Sie die späte Antwort auf Ihre E-Mail. Die Stelle wurde inzwischen an eine andere Kandidatin vergeben, ein zweites Gespräch wird es daher nicht geben.
Vielen Dank für Ihre Geduld. Um Ihre Frage direkt zu beantworten: Nein, Sie sind diesmal nicht in die engere Auswahl für {role} gekommen.
Kurzes Update zu meiner Mail von letzter Woche: Das Team hat entschieden, und leider fällt die Entscheidung nicht zu deinen Gunsten aus.
Zu Ihrer Frage nach dem Zeitplan: Das Verfahren wurde am Freitag abgeschlossen, und wir werden Ihre Bewerbung nicht weiter berücksichtigen.
""",
        "rej_subject_only": """
SUBJECT: {role}: Absage || Ihr Bewerberprofil wurde aktualisiert. Den aktuellen Status finden Sie jederzeit in Ihrem Konto unter „Meine Bewerbungen“.
SUBJECT: Ergebnis deiner Bewerbung: leider nicht ausgewählt || Diese Nachricht wurde bei einer Statusänderung automatisch erstellt. Bitte antworte nicht auf diese Adresse.
SUBJECT: Wir können Ihre Bewerbung leider nicht berücksichtigen || Informationen zum Umgang mit Ihren personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.
SUBJECT: Entscheidung zu {role}: keine Berücksichtigung || Referenznummer und Details stehen im Karriereportal für Sie bereit.
""",
        "rej_role_gone": """
Die Stelle als {role} wurde im Zuge einer Umstrukturierung gestrichen. Wir schließen daher alle Bewerbungsverfahren ohne weitere Prüfung ab.
Die Position als {role} ist inzwischen besetzt und die Anzeige offline. Weitere Bewerbungen können wir dafür nicht mehr berücksichtigen.
Wegen eines Einstellungsstopps wurde die Besetzung der Stelle abgesagt; deine Bewerbung wird daher nicht weiter bearbeitet.
Die Stelle wurde intern besetzt, sodass wir Ihr Bewerbungsverfahren leider nicht fortführen können.
Die ausgeschriebene Stelle wurde bis auf Weiteres auf Eis gelegt, und wir haben das Verfahren für alle externen Bewerbenden beendet.
""",
        "rej_talent_pool": """
Für die Position als {role} geht es für Sie leider nicht weiter. Gern würden wir Ihre Unterlagen aber in unseren Talentpool aufnehmen und uns melden, falls eine passende Stelle frei wird.
Wir haben entschieden, deine Bewerbung aktuell nicht weiterzuverfolgen. Mit deinem Einverständnis bewahren wir deinen Lebenslauf zwölf Monate lang auf.
Sie wurden für diese Stelle nicht ausgewählt; wir haben Sie jedoch in unsere Talent-Community aufgenommen, damit Sie von künftigen Ausschreibungen erfahren.
Auch wenn es mit dieser Rolle nicht passt, würden wir gern in Kontakt bleiben: Tritt gern unserem Talent-Netzwerk bei und bewirb dich später erneut.
Ihre Bewerbung wird nicht weiter berücksichtigt, Ihr Profil bleibt aber in unserer Bewerberdatenbank für künftige passende Stellen gespeichert.
""",
        "rej_misleading_words": """
Wir haben sehr viele starke Bewerbungen erhalten und werden Sie nach Prüfung Ihrer Unterlagen nicht zu einem Vorstellungsgespräch einladen.
Wir sind leider nicht in der Lage, Ihnen ein Angebot für die Position als {role} zu unterbreiten.
Zu den nächsten Schritten: Für diese Bewerbung gibt es keine, da wir uns für andere Kandidaten entschieden haben. Du kannst dich aber gern auf künftige Stellen bewerben.
Vielen Dank, dass Sie zum Vorstellungsgespräch gekommen sind. Wir haben inzwischen entschieden und werden Ihnen die Stelle nicht anbieten.
Du erhältst zu dieser Stelle keine weiteren E-Mails, da deine Bewerbung nicht erfolgreich war.
""",
        "ack_assume_unsuccessful": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Sollten Sie innerhalb von drei Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich.
Deine Bewerbung wurde erfolgreich übermittelt. Bitte beachte, dass wir keine Absageschreiben mehr verschicken: Falls wir uns bis zum 30. Juni nicht gemeldet haben, bist du nicht in die engere Wahl gekommen.
Danke für deine Bewerbung! Wir sehen sie uns in den nächsten zwei Wochen an. Hörst du in 21 Tagen nichts von uns, haben wir uns diesmal anders entschieden.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Die Sichtung beginnt nach Ende der Bewerbungsfrist; wenn Sie vier Wochen danach noch keine Nachricht haben, gehen Sie bitte davon aus, dass wir Sie nicht berücksichtigen können.
Das Personalmanagement des Klinikums hat Ihre Bewerbung als {role} erhalten. Die Vorauswahl erfolgt laufend; wer innerhalb von 28 Tagen nicht kontaktiert wird, sollte davon ausgehen, nicht ausgewählt worden zu sein.
""",
        "ack_volume_shortlist": """
Wir haben Ihre Bewerbung erhalten. Aufgrund der großen Zahl an Zuschriften melden wir uns nur bei Kandidatinnen und Kandidaten, die in die engere Auswahl kommen.
Danke für deine Bewerbung bei {company}. Wegen der vielen Rückmeldungen können wir uns leider nur bei den Personen melden, die wir zum Gespräch einladen.
Ihre Bewerbung liegt jetzt bei unserem Recruiting-Team. Bitte beachten Sie, dass die meisten Bewerbenden nicht über diese Phase hinauskommen; wir melden uns, wenn Ihr Profil zu unseren Anforderungen passt.
Bewerbung ist da, danke! Als kleines Start-up bekommen wir Hunderte Bewerbungen pro Stelle und können deshalb nur denen antworten, mit denen wir sprechen möchten.
Wir bestätigen den Eingang Ihrer Bewerbung als {role}. Angesichts des großen Interesses benachrichtigen wir leider nur die Personen, die zum Assessment-Center eingeladen werden.
""",
        "ack_no_individual_reply": """
Vielen Dank für die Zusendung Ihrer Unterlagen. Leider können wir nicht jeder Bewerbung einzeln antworten, aber jede Bewerbung wird von einem Teammitglied gelesen.
Deine Bewerbung liegt uns vor. Ein persönliches Feedback in der Vorauswahl ist uns leider nicht möglich, den Status kannst du aber jederzeit in deinem Bewerberkonto verfolgen.
Die Stadtverwaltung hat Ihre Bewerbung registriert. Wir bitten um Verständnis, dass wir über diese automatische Nachricht hinaus keine individuelle Eingangsbestätigung versenden; die Auswahl erfolgt nach Ablauf der Bewerbungsfrist.
""",
        "ack_stats_deadline": """
Ihre Bewerbung als {role} ist vollständig und bei uns eingegangen. Unvollständige Bewerbungen können wir nicht berücksichtigen, umso mehr freuen wir uns, Ihnen bestätigen zu können, dass alle Unterlagen vorliegen.
Danke für deine Bewerbung. Bisher haben sich 312 Personen auf diese Stelle beworben; wir sichten alle Bewerbungen nach Fristende am 14. März und melden uns danach.
Wir haben Ihre Bewerbung erhalten. Zur Erinnerung: Die Ausschreibung endet am Freitag um 24 Uhr, bis dahin können Sie Ihre Angaben noch bearbeiten.
Bewerbung erhalten. Im vergangenen Jahr haben sich über 2.000 Personen für unser Traineeprogramm beworben, vergeben wurden weniger als 60 Plätze. Wir bitten daher um etwas Geduld, bis wir jede Bewerbung geprüft haben.
""",
        "ack_delay_regret": """
Leider dauert die Sichtung der Bewerbungen für {role} länger als geplant. Ihre Bewerbung ist weiterhin im Verfahren, und wir rechnen damit, Ihnen bis Monatsende Bescheid zu geben.
Sorry, dass du warten musst. Wir haben noch keine Entscheidungen über die Vorauswahl getroffen, und deine Bewerbung ist weiterhin im Rennen.
Bedauerlicherweise konnte die Auswahlkommission der Universität krankheitsbedingt noch nicht tagen. Ihre Bewerbung liegt vollständig vor und wird in der Sitzung Anfang Mai berücksichtigt.
""",
        "inv_after_earlier_no": """
Auch wenn wir Ihnen für die letzte Stelle, auf die Sie sich beworben hatten, keine Zusage geben konnten: Ihre Bewerbung als {role} hat uns überzeugt. Wir laden Sie gern zu einem 45-minütigen Videointerview in der kommenden Woche ein.
Du erinnerst dich vielleicht, dass wir dir im Frühjahr absagen mussten. Diesmal sieht es anders aus: Die Teamleitung möchte dich für {role} kennenlernen. Passt dir Dienstag oder Mittwoch?
Letztes Jahr hat es mit der Analystenstelle nicht geklappt, wir haben Ihr Profil aber behalten und halten Sie für {role} für sehr geeignet. Hätten Sie am Donnerstag um 14 Uhr Zeit für ein Gespräch?
""",
        "inv_mistaken_rejection": """
Bitte ignorieren Sie die gestrige E-Mail, in der stand, Ihre Bewerbung sei nicht erfolgreich gewesen: Sie wurde von unserem System irrtümlich versendet. Tatsächlich möchten wir Sie gern zu einem Vorstellungsgespräch als {role} einladen.
Entschuldigung: Eine automatische Absage ist versehentlich an mehrere Bewerbende gegangen, auch an dich. Deine Bewerbung ist weiterhin aktiv, und das Team möchte ein erstes Gespräch mit dir vereinbaren. Such dir einfach über den Link unten einen Termin aus.
Sie haben heute Vormittag eine Nachricht erhalten, wonach wir Ihre Bewerbung nicht weiterverfolgen. Das war ein Fehler unsererseits, für den ich mich entschuldige. Wir möchten Sie im Gegenteil gern kennenlernen: Passt Ihnen Montag um 10:00 Uhr?
""",
        "inv_other_role": """
Nicht für die Stelle, auf die du dich beworben hast, aber wir würden gern über eine andere mit dir sprechen: Unser Team sucht eine:n {role}, und deine Erfahrung passt hervorragend. Hast du Lust auf ein 30-minütiges Gespräch?
Die Stelle, auf die Sie sich beworben haben, ist bereits besetzt, doch die Leitung einer verwandten Position in unserem Münchner Büro würde Sie gern zu einem Gespräch einladen. Können Sie uns einige Termine für nächste Woche nennen?
Für die Senior-Position werden wir Ihre Bewerbung nicht weiterverfolgen, möchten Sie aber stattdessen zu einem Gespräch für die Stelle als {role} einladen, die unserer Meinung nach besser zu Ihrem Profil passt.
""",
        "inv_delay_then_invite": """
Entschuldigen Sie, dass wir uns erst jetzt melden, das Verfahren hat länger gedauert als erhofft. Die gute Nachricht: Wir möchten Sie am 12. Juni zu einem Vorstellungsgespräch in unsere Zentrale einladen.
Sorry für die lange Funkstille, mehrere Leute aus dem Panel waren im Urlaub. Wir freuen uns, dich in die nächste Runde einzuladen: ein Videogespräch mit der Bereichsleitung.
""",
        "inv_slot_fell_through": """
Leider fällt der zunächst angebotene Termin aus, da die Interviewerin erkrankt ist. Wäre Ihnen stattdessen Donnerstag um 11:00 Uhr möglich?
Wir müssen das Gespräch am Montag leider kurzfristig absagen. Wir wollen dich aber unbedingt kennenlernen: Geht einer dieser Termine? Mittwoch 9:30, Mittwoch 15:00 oder Freitag 10:00.
""",
        "inv_next_round": """
Die erste Runde ist abgeschlossen. Viele Bewerbende sind nicht weitergekommen, Sie aber schon: Wir laden Sie herzlich zum finalen Gespräch mit der Geschäftsführung ein.
Nach Sichtung aller Einsendungen haben wir die meisten Bewerbungen nicht weiterverfolgt. Umso mehr freuen wir uns, dir mitzuteilen, dass du zu den fünf Personen gehörst, die wir zum Auswahltag am 3. Oktober einladen.
""",
        "off_unfortunately_but": """
Wir freuen uns sehr, Ihnen die Stelle als {role} anzubieten. Leider können wir Ihre Gehaltsvorstellung nicht ganz erfüllen; unser Angebot liegt bei 52.000 € brutto jährlich, den Vertrag finden Sie im Anhang.
Hiermit bestätige ich unser Angebot für die Position als {role}. Ein Start am 1. März ist bei uns leider nicht möglich; das Angebot gilt daher für einen Beginn am 15. März. Bitte geben Sie uns Bescheid, ob Sie annehmen.
Wir möchten dir die Stelle anbieten! Den im Gespräch erwähnten Dienstwagen gibt es für diese Stufe leider nicht, dafür haben wir die Fahrtkostenpauschale erhöht. Das Angebotsschreiben hängt an.
Eine vollständige Remote-Regelung konnten wir leider nicht durchsetzen, aber wir bieten Ihnen die Stelle gern hybrid an (drei Tage pro Woche im Büro). Das schriftliche Angebot finden Sie anbei.
In einem Punkt muss ich dich leider enttäuschen: Einen Signing-Bonus enthält das Angebot nicht. Alles andere bleibt wie besprochen, wir bieten dir die Stelle als {role} hiermit offiziell zum vereinbarten Gehalt an.
""",
        "off_conditional": """
Wir freuen uns, Ihnen eine Einstellung als {role} anzubieten, vorbehaltlich positiver Referenzen und eines einwandfreien erweiterten Führungszeugnisses.
Herzlichen Glückwunsch, die Kommission möchte Ihnen die Stelle anbieten. Die Zusage steht unter dem Vorbehalt, dass uns Ihr Abschlusszeugnis und das Ergebnis der betriebsärztlichen Untersuchung vorliegen.
Im Anhang findest du deine vorläufige Zusage. Sie wird verbindlich, sobald uns deine Arbeitserlaubnis und zwei Referenzen vorliegen.
""",
        "oth_coping_newsletter": """
Diese Woche im Karriere-Newsletter: Wie Sie mit Absagen umgehen, ohne den Mut zu verlieren, warum „leider“ nicht das Ende Ihrer Suche ist, und fünf Fragen, mit denen Sie nach einem erfolglosen Gespräch um Feedback bitten.
Schon wieder eine Absage? Damit bist du nicht allein. In unserem neuen Artikel erklären Recruiter:innen, was „wir haben uns für andere Kandidaten entschieden“ wirklich bedeutet und wie du wieder durchstartest.
Einladung zum Webinar „Aus Nein wird Nächstes Mal“: eine kostenlose 45-minütige Session zum Umgang mit Rückschlägen bei der Jobsuche. Jetzt anmelden und Platz sichern.
""",
        "oth_job_alert": """
12 neue Jobs passen zu deinem Suchauftrag „{role}“: Senior {role} bei Nordhafen Logistik, {role} (m/w/d) bei einem Fintech in Berlin und mehr. Leider sind 3 deiner gemerkten Jobs abgelaufen.
Ihr wöchentlicher Job-Alert: Wir haben 7 neue Stellen gefunden, die zu Ihrer Suche passen. Stellen, auf die Sie sich bereits beworben haben, werden hier nicht mehr angezeigt.
""",
        "oth_account_notice": """
Das Passwort für Ihr Bewerberkonto wurde erfolgreich geändert. Falls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich bitte an den Support.
Dein Profil in unserem Karriereportal ist seit 11 Monaten inaktiv. Wenn du dich nicht innerhalb von 30 Tagen anmeldest, wird dein Konto geschlossen und deine Daten werden gelöscht.
""",
        "oth_own_withdrawal": """
Wir bestätigen, dass Sie Ihre Bewerbung als {role} zurückgezogen haben. Schade, dass Sie den Prozess verlassen, viel Erfolg in Ihrer neuen Position!
Wie gewünscht haben wir deine Bewerbung zurückgezogen und das Gespräch am Donnerstag abgesagt. Du kannst dich jederzeit auf andere Stellen bewerben.
Danke, dass Sie uns Bescheid gegeben haben, dass Sie ein anderes Angebot angenommen haben. Wir haben Ihre Bewerbung bei uns geschlossen, Sie müssen nichts weiter tun.
""",
        "oth_still_interested": """
Wir gehen gerade unsere Bewerbungen für {role} durch und möchten kurz nachfragen: Haben Sie noch Interesse an der Stelle? Bitte antworten Sie bis Freitag, damit wir Ihre Bewerbung aktiv halten können.
Deine Bewerbung ist schon eine Weile her. Bevor wir weitermachen: Kannst du uns kurz bestätigen, ob du noch verfügbar und an der Stelle interessiert bist?
""",
        "oth_survey": """
Wie haben Sie den Bewerbungsprozess bei {company} erlebt? Unabhängig vom Ergebnis hilft uns Ihr Feedback, besser zu werden. Die Umfrage dauert etwa 3 Minuten.
Du hast kürzlich an unserem Auswahlverfahren teilgenommen. Wir würden uns freuen, wenn du das Gespräch kurz bewertest; alle Antworten sind anonym.
""",
        "oth_data_retention": """
Gemäß DSGVO speichern wir Bewerberdaten sechs Monate nach Abschluss eines Verfahrens. Wenn wir Ihre Daten für künftige Stellen länger aufbewahren sollen, erteilen Sie bitte über den Link unten Ihre Einwilligung.
Zur Erinnerung: Du kannst jederzeit über das Datenschutz-Center eine Kopie deiner gespeicherten Daten anfordern oder deren Löschung verlangen.
""",
        "oth_reference_request": """
Jordan Becker hat Sie als Referenz für die Position als {role} bei uns angegeben. Wären Sie so freundlich, den kurzen Fragebogen unter dem Link auszufüllen?
""",
        "oth_cold_outreach": """
Ich bin auf dein Profil gestoßen und wollte fragen, ob du offen für ein Gespräch über eine {role}-Position bei einem meiner Kunden bist. Entschuldige, falls das nicht passt; sag einfach Bescheid, dann melde ich mich nicht mehr.
""",
    },
    "fr": {
        "rej_short_plain": """
Nous avons étudié votre candidature au poste de {role} et ne pourrons malheureusement pas y donner suite.
Après un examen attentif, nous avons décidé de ne pas poursuivre avec votre candidature pour le moment.
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
Votre candidature n'a pas abouti cette fois-ci.
Nous avons choisi de poursuivre le processus avec d'autres profils pour le poste de {role}.
Malheureusement, nous n'irons pas plus loin avec ta candidature.
Notre choix s'est porté sur un candidat dont l'expérience correspond plus étroitement au poste ; nous ne donnerons donc pas suite à votre candidature.
Nous ne sommes pas en mesure de vous inclure dans la liste des candidats présélectionnés pour ce poste.
Votre candidature n'a pas été retenue pour la phase d'entretiens.
Le processus de recrutement est désormais clos et nous regrettons de ne pas pouvoir retenir votre candidature.
""",
        "rej_praise_first": """
Commençons par la bonne nouvelle : votre portfolio a beaucoup plu au jury, et votre étude de cas était l'une des meilleures que nous ayons reçues. La décision a donc été difficile, mais nous avons proposé le poste de {role} à une autre personne.
Merci pour le temps consacré à l'exercice à réaliser chez vous : il était réfléchi et clairement structuré. Après avoir comparé tous les finalistes, nous ne vous retiendrons toutefois pas pour l'étape suivante.
Vous avez fait très bonne impression à toutes les personnes rencontrées mardi, et je tenais à vous le dire d'abord. Nous avons finalement retenu un profil ayant davantage d'expérience en paie ; nous ne serons donc pas en mesure de vous faire une proposition.
Votre parcours est remarquable et nous avons apprécié notre échange. Nous sommes néanmoins arrivés à la conclusion que le poste de {role} ne correspond pas, et nous ne donnerons pas suite à votre candidature.
Bonne nouvelle pour nous, moins pour toi : nous avons reçu des candidatures exceptionnelles pour le poste de {role}. Ton profil faisait partie des plus sérieux, mais nous avons fait un autre choix.
Ce fut un réel plaisir de vous rencontrer et l'équipe a salué la qualité de votre préparation. Nous avons cependant décidé de poursuivre avec une autre candidate.
""",
        "rej_in_thread": """
Merci pour votre relance et désolée pour ce silence. J'ai vérifié auprès du manager : il a décidé de ne pas poursuivre avec votre candidature.
Toutes mes excuses pour ma réponse tardive. Le poste a été attribué à une autre personne, nous n'organiserons donc pas de second entretien.
Merci pour votre patience. Pour répondre directement à votre question : non, vous n'avez pas été présélectionné pour le poste de {role} cette fois-ci.
Je reviens vers toi suite à mon message de la semaine dernière : l'équipe a pris sa décision et, malheureusement, elle n'est pas en ta faveur.
Concernant votre question sur le calendrier : le processus s'est clôturé vendredi et votre candidature ne sera pas retenue.
""",
        "rej_subject_only": """
SUBJECT: {role} : candidature non retenue || Votre dossier candidat a été mis à jour. Vous pouvez consulter son statut à tout moment dans votre espace, rubrique « Mes candidatures ».
SUBJECT: Résultat de votre candidature : non retenue || Ce message a été généré automatiquement suite à un changement de statut. Merci de ne pas répondre à cette adresse.
SUBJECT: Nous ne donnerons pas suite à votre candidature || Pour toute question sur le traitement de vos données personnelles, consultez notre politique de confidentialité candidats.
SUBJECT: Décision pour le poste de {role} : candidature non poursuivie || Le numéro de référence et le détail sont disponibles sur le portail carrières.
""",
        "rej_role_gone": """
Le poste de {role} a été supprimé à la suite d'une réorganisation de l'équipe ; nous clôturons donc l'ensemble des candidatures sans les examiner plus avant.
Le poste de {role} est désormais pourvu et l'annonce a été retirée. Nous ne pouvons plus prendre en compte de candidatures pour ce poste.
En raison d'un gel des recrutements, le recrutement pour ce poste a été annulé et votre candidature ne sera pas poursuivie.
Le poste a été pourvu en interne, ce qui nous oblige à mettre fin à votre candidature.
Le poste auquel vous avez postulé est suspendu pour une durée indéterminée et nous avons clos le processus pour tous les candidats externes.
""",
        "rej_talent_pool": """
Nous ne poursuivrons pas avec vous pour le poste de {role}, mais nous souhaiterions conserver votre profil dans notre vivier de talents et pourrions vous recontacter si une opportunité adaptée se présente.
Nous avons décidé de ne pas donner suite à votre candidature à ce stade. Avec votre accord, nous conserverons votre CV pendant 24 mois.
Vous n'avez pas été retenu pour ce poste ; nous vous avons toutefois ajouté à notre communauté de talents afin que vous soyez informé de nos futures offres.
Même si ce poste n'est pas le bon, nous aimerions garder le contact : n'hésite pas à rejoindre notre réseau de talents et à postuler de nouveau plus tard.
Votre candidature ne sera pas retenue, mais votre profil reste enregistré dans notre base de données pour de futurs postes correspondant à vos compétences.
""",
        "rej_misleading_words": """
Nous avons reçu un grand nombre d'excellentes candidatures et, après examen de la vôtre, nous ne vous convierons pas à un entretien.
Nous ne sommes pas en mesure de vous faire une offre pour le poste de {role}.
Concernant les prochaines étapes : il n'y en aura pas pour cette candidature, car nous avons retenu d'autres profils. Vous êtes le bienvenu pour postuler à nos futures offres.
Merci d'être venu à l'entretien. Nous avons pris notre décision et ne vous proposerons pas le poste.
Vous ne recevrez plus d'e-mails concernant cette offre, votre candidature n'ayant pas été retenue.
""",
        "ack_assume_unsuccessful": """
Nous avons bien reçu votre candidature au poste de {role}. Sans réponse de notre part dans un délai de trois semaines, veuillez considérer que votre candidature n'a pas été retenue.
Votre candidature a bien été transmise. Veuillez noter que nous n'envoyons plus de lettres de refus : si vous n'avez pas été contacté avant le 30 juin, c'est que votre profil n'a pas été présélectionné.
Merci pour ta candidature ! Nous l'examinerons dans les deux prochaines semaines. Si tu n'as pas de nouvelles sous 21 jours, c'est que nous avons fait un autre choix cette fois-ci.
Nous accusons réception de votre candidature. Les dossiers sont étudiés après la date limite ; si vous n'avez reçu aucune réponse quatre semaines après celle-ci, merci de considérer que votre candidature n'a pas abouti.
La direction des ressources humaines du centre hospitalier a bien reçu votre candidature au poste de {role}. La présélection se fait au fil de l'eau ; les candidats non contactés sous 28 jours doivent considérer que leur candidature n'a pas été retenue.
""",
        "ack_volume_shortlist": """
Nous avons bien reçu votre candidature. En raison du nombre important de candidatures, seules les personnes présélectionnées seront contactées.
Merci pour votre candidature chez {company}. Compte tenu du volume de réponses, nous ne pouvons malheureusement recontacter que les candidats retenus pour un entretien.
Votre candidature est maintenant entre les mains de nos recruteurs. Sachez que la plupart des candidats ne dépassent pas cette étape ; nous reviendrons vers vous si votre profil correspond à nos besoins.
Candidature reçue, merci ! En tant que petite start-up, nous recevons des centaines de candidatures par poste et ne pouvons répondre qu'aux personnes avec qui nous souhaitons échanger.
Nous accusons réception de votre candidature au poste de {role}. Au vu du très grand intérêt suscité, seuls les candidats conviés au centre d'évaluation seront informés, ce que nous regrettons.
""",
        "ack_no_individual_reply": """
Merci de nous avoir adressé votre CV. Nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat, mais chaque dossier est lu par un membre de l'équipe.
Votre candidature est bien enregistrée. Nous ne pouvons hélas pas fournir de retour personnalisé lors de la présélection, mais vous pouvez suivre son statut dans votre espace candidat.
Le service recrutement de la mairie a enregistré votre candidature. Nous regrettons de ne pouvoir accuser réception de chaque dossier au-delà de ce message automatique ; la sélection aura lieu après la date de clôture.
""",
        "ack_stats_deadline": """
Votre candidature au poste de {role} est complète et a bien été reçue. Les dossiers incomplets ne peuvent pas être examinés : nous vous confirmons donc que toutes les pièces demandées sont bien présentes.
Merci pour votre candidature. À ce jour, 312 personnes ont postulé à ce poste ; nous étudierons l'ensemble des dossiers après la clôture des candidatures le 14 mars et reviendrons vers vous ensuite.
Nous avons bien reçu votre candidature. Pour rappel, l'offre est ouverte jusqu'à vendredi minuit : vous pouvez modifier vos réponses d'ici là.
Candidature reçue. L'an dernier, plus de 2 000 personnes ont postulé à notre programme jeunes diplômés pour moins de 60 places ; merci de votre patience pendant que nous examinons chaque dossier.
""",
        "ack_delay_regret": """
Nous regrettons que l'examen des candidatures pour le poste de {role} prenne plus de temps que prévu. Votre candidature est toujours à l'étude et nous espérons vous tenir informé d'ici la fin du mois.
Désolés pour l'attente. Aucune décision n'a encore été prise concernant la présélection, et votre candidature est toujours en lice.
Malheureusement, en raison d'absences, le comité de sélection de l'université n'a pas encore pu se réunir. Votre dossier est bien reçu et sera examiné lors de la séance prévue début mai.
""",
        "inv_after_earlier_no": """
Même si nous n'avions pas pu vous proposer le dernier poste auquel vous aviez postulé, votre candidature au poste de {role} a retenu notre attention : nous souhaitons vous convier à un entretien vidéo de 45 minutes la semaine prochaine.
Vous vous souvenez peut-être que nous avions dû vous répondre par la négative au printemps. Cette fois, c'est différent : la responsable souhaite vous rencontrer pour le poste de {role}. Seriez-vous disponible mardi ou mercredi ?
Ta candidature au poste d'analyste n'avait pas abouti l'an dernier, mais nous avons gardé ton profil et pensons que tu serais parfait pour le poste de {role}. Es-tu libre jeudi à 14 h pour un appel ?
""",
        "inv_mistaken_rejection": """
Merci de ne pas tenir compte de l'e-mail reçu hier indiquant que votre candidature n'avait pas été retenue : il a été envoyé par erreur par notre système. En réalité, nous souhaitons vous inviter à un entretien pour le poste de {role}.
Toutes nos excuses : un refus automatique a été envoyé par erreur à plusieurs candidats, dont vous. Votre candidature est toujours active et l'équipe aimerait planifier un premier entretien. Choisissez un créneau via le lien ci-dessous.
Vous avez reçu ce matin un message indiquant que nous ne donnions pas suite. Il s'agit d'une erreur de notre part et je vous prie de nous en excuser. Nous aimerions au contraire vous rencontrer : lundi à 10 h vous conviendrait-il ?
""",
        "inv_other_role": """
Pas pour le poste auquel vous avez postulé, mais nous aimerions vous parler d'une autre opportunité : notre équipe recrute un(e) {role} et votre expérience semble idéale. Seriez-vous partant pour un échange de 30 minutes ?
Le poste pour lequel vous avez postulé est pourvu, mais le responsable d'un poste proche dans notre agence de Lyon souhaiterait vous rencontrer en entretien. Pouvez-vous nous indiquer vos disponibilités la semaine prochaine ?
Nous ne retenons pas votre candidature pour le poste senior, mais nous souhaitons vous inviter à un entretien pour le poste de {role}, qui correspond mieux à votre profil selon nous.
""",
        "inv_delay_then_invite": """
Veuillez nous excuser d'avoir tant tardé à revenir vers vous : le processus a pris plus de temps que prévu. Bonne nouvelle : nous souhaitons vous inviter à un entretien le 12 juin dans nos locaux.
Désolés pour ce délai, plusieurs membres du jury étaient en congé. Nous avons le plaisir de vous convier à l'étape suivante : un entretien en visio avec la directrice du département.
""",
        "inv_slot_fell_through": """
Malheureusement, le premier créneau proposé ne tient plus car la personne qui devait mener l'entretien est malade. Seriez-vous disponible jeudi à 11 h à la place ?
Je suis désolée, nous devons annuler l'entretien de lundi au dernier moment. Nous tenons vraiment à vous rencontrer : l'un de ces créneaux vous conviendrait-il ? Mercredi 9 h 30, mercredi 15 h ou vendredi 10 h.
""",
        "inv_next_round": """
Le premier tour est terminé. De nombreux candidats n'ont pas été retenus pour la suite, mais vous oui : nous vous invitons à l'entretien final avec le comité de direction.
Après examen de tous les dossiers, nous avons décidé de ne pas poursuivre avec la plupart des candidats. Nous avons le plaisir de vous annoncer que vous faites partie des cinq personnes invitées à la journée d'évaluation du 3 octobre.
""",
        "off_unfortunately_but": """
Nous sommes ravis de vous proposer le poste de {role}. Malheureusement, nous ne pouvons pas atteindre le salaire demandé : notre proposition est de 48 000 € bruts annuels, et le contrat complet est joint.
Je vous confirme notre proposition pour le poste de {role}. Une prise de poste au 1er mars n'est hélas pas possible de notre côté ; l'offre porte donc sur une arrivée le 15 mars. Merci de nous indiquer si vous l'acceptez.
Nous avons le plaisir de te proposer le poste ! Malheureusement, la voiture de fonction évoquée en entretien n'est pas prévue à ce niveau, mais nous avons augmenté l'indemnité de déplacement. La promesse d'embauche est en pièce jointe.
Nous n'avons malheureusement pas obtenu l'accord pour un télétravail complet, mais nous sommes heureux de vous proposer le poste en mode hybride (trois jours sur site). Vous trouverez la proposition écrite ci-jointe.
Je dois malheureusement vous décevoir sur un point : la prime de bienvenue ne fait pas partie de l'offre. Tout le reste est confirmé : nous vous proposons officiellement le poste de {role} au salaire convenu.
""",
        "off_conditional": """
Nous avons le plaisir de vous faire une proposition d'embauche conditionnelle au poste de {role}, sous réserve de références satisfaisantes et d'un extrait de casier judiciaire vierge.
Félicitations : le jury souhaite vous proposer le poste. Cette proposition est soumise à la réception de votre diplôme et à un avis favorable de la médecine du travail.
Veuillez trouver ci-joint votre promesse d'embauche provisoire. Elle deviendra définitive dès réception de votre autorisation de travail et de deux références.
""",
        "oth_coping_newsletter": """
Cette semaine dans la lettre Carrières : comment encaisser un refus sans perdre son élan, pourquoi « malheureusement » n'est pas la fin de votre recherche, et cinq questions pour demander un retour après un entretien non concluant.
Encore un refus ? Tu n'es pas seul. Dans notre nouvel article, des recruteurs expliquent ce que signifie vraiment « nous avons retenu d'autres profils » et comment rebondir.
Invitation au webinaire « Transformer un non en prochaine fois » : une session gratuite de 45 minutes pour faire face aux revers de la recherche d'emploi. Inscrivez-vous ci-dessous pour réserver votre place.
""",
        "oth_job_alert": """
12 nouvelles offres correspondent à votre alerte « {role} » : {role} senior chez Transports Morvan, {role} (H/F) dans une fintech parisienne, et d'autres. Malheureusement, 3 offres sauvegardées ont expiré.
Votre alerte emploi hebdomadaire : nous avons trouvé 7 nouvelles offres correspondant à votre recherche. Les offres auxquelles vous avez déjà postulé n'apparaissent plus dans cette liste.
""",
        "oth_account_notice": """
Le mot de passe de votre espace candidat a bien été modifié. Si vous n'êtes pas à l'origine de cette modification, contactez le support.
Votre profil sur notre site carrières est inactif depuis 11 mois. Sans connexion de votre part sous 30 jours, votre compte sera fermé et vos données supprimées.
""",
        "oth_own_withdrawal": """
Nous confirmons le retrait de votre candidature au poste de {role}. Nous regrettons votre départ du processus et vous souhaitons beaucoup de succès dans votre nouveau poste.
Comme demandé, ta candidature a été retirée et l'entretien de jeudi annulé. Tu peux postuler à d'autres offres à tout moment.
Merci de nous avoir informés que vous avez accepté une autre proposition. Nous avons clôturé votre candidature de notre côté, aucune action n'est nécessaire.
""",
        "oth_still_interested": """
Nous faisons le point sur les candidatures pour le poste de {role} et souhaitions vérifier : êtes-vous toujours intéressé par ce poste ? Merci de répondre avant vendredi afin que nous puissions garder votre dossier actif.
Cela fait un moment que vous avez postulé. Avant d'aller plus loin, pourriez-vous nous confirmer que vous êtes toujours disponible et intéressé ?
""",
        "oth_survey": """
Comment s'est passée votre candidature chez {company} ? Quelle que soit l'issue, votre avis nous aide à progresser. Le questionnaire prend environ 3 minutes.
Vous avez récemment participé à notre processus de recrutement. Pourriez-vous évaluer votre entretien ? Toutes les réponses sont anonymes.
""",
        "oth_data_retention": """
Conformément au RGPD, nous conservons les données des candidats pendant deux ans après la fin d'un processus. Si vous ne souhaitez pas que nous conservions vos informations, vous pouvez vous y opposer via le lien ci-dessous.
Pour rappel, vous pouvez à tout moment demander une copie des données personnelles que nous détenons à votre sujet, ou leur suppression, depuis l'espace confidentialité.
""",
        "oth_reference_request": """
Camille Roussel vous a indiqué comme référence pour le poste de {role} chez nous. Accepteriez-vous de répondre à un court questionnaire via le lien ci-dessous ?
""",
        "oth_cold_outreach": """
Je suis tombée sur votre profil et me demandais si vous seriez ouvert à un échange au sujet d'une opportunité de {role} chez l'un de mes clients. Désolée si ce n'est pas pertinent : dites-le-moi simplement et je ne vous relancerai pas.
""",
    },
    "es": {
        "rej_short_plain": """
Hemos revisado tu candidatura para el puesto de {role} y no vamos a seguir adelante con ella.
Tras valorar detenidamente su perfil, hemos decidido no continuar con su candidatura en este momento.
Lamentamos comunicarte que no has sido seleccionado para el puesto de {role}.
En esta ocasión su candidatura no ha prosperado.
Hemos decidido avanzar con otros candidatos para {role}.
Por desgracia, no seguiremos adelante con tu proceso.
Nos hemos decantado por una persona cuya experiencia se ajusta más al puesto, por lo que no continuaremos con su candidatura.
No podemos incluirle en la lista de candidatos preseleccionados para esta vacante.
En esta ocasión no has pasado a la fase de entrevistas.
Hemos concluido el proceso de selección y lamentamos informarle de que su candidatura no ha sido seleccionada.
""",
        "rej_praise_first": """
Empiezo por lo bueno: tu portafolio encantó al equipo y tu caso práctico fue de los mejores que recibimos. Por eso la decisión ha sido difícil, pero hemos ofrecido el puesto de {role} a otra persona.
Gracias por el tiempo dedicado a la prueba técnica; estaba muy bien pensada y estructurada. Sin embargo, tras comparar a todos los finalistas, no le pasaremos a la siguiente fase.
Causaste muy buena impresión a todas las personas con las que hablaste el martes, y quería que lo supieras primero. Al final nos hemos decidido por alguien con más experiencia en nóminas, así que no podremos hacerte una oferta.
Su trayectoria es impresionante y disfrutamos de la conversación. Aun así, hemos llegado a la conclusión de que el puesto de {role} no es el adecuado y no continuaremos con su candidatura.
Buenas noticias para nosotros, no tanto para ti: recibimos candidaturas excepcionales para {role}. Aunque tu perfil estuvo entre los finalistas, no has sido seleccionado.
Fue un verdadero placer entrevistarle y el equipo valoró mucho su preparación. Lamentablemente, hemos decidido continuar con otra candidata.
""",
        "rej_in_thread": """
Gracias por escribir de nuevo y perdona el silencio. He consultado con la responsable y ha decidido no seguir adelante con tu candidatura.
Disculpe la demora en responder a su correo. Me temo que el puesto se ha cubierto con otra persona, así que no habrá segunda entrevista.
Gracias por tu paciencia. Respondiendo directamente a tu pregunta: no, esta vez no has quedado preseleccionado para {role}.
Retomo mi mensaje de la semana pasada: el equipo ya ha tomado una decisión y, por desgracia, no es favorable para usted en esta ocasión.
Sobre tu pregunta por los plazos: el proceso se cerró el viernes y no vamos a continuar con tu candidatura.
""",
        "rej_subject_only": """
SUBJECT: {role}: candidatura no seleccionada || Su ficha de candidato se ha actualizado. Puede consultar el estado en cualquier momento en su cuenta, en «Mis candidaturas».
SUBJECT: Resultado de tu candidatura: no seleccionada || Este mensaje se ha generado automáticamente al cambiar el estado de tu candidatura. Por favor, no respondas a esta dirección.
SUBJECT: No continuaremos con su candidatura || Para cualquier consulta sobre el tratamiento de sus datos personales, consulte nuestra política de privacidad para candidatos.
SUBJECT: Decisión sobre {role}: proceso finalizado sin selección || El número de referencia y los detalles están disponibles en el portal de empleo.
""",
        "rej_role_gone": """
La vacante de {role} se ha cancelado tras una reestructuración del equipo, por lo que cerramos todas las candidaturas sin revisarlas más.
Ya hemos cubierto el puesto de {role} y la oferta se ha retirado. No podremos tener en cuenta más candidaturas para ella.
Debido a una congelación presupuestaria, se ha cancelado la contratación para este puesto y tu candidatura no seguirá adelante.
El puesto se ha cubierto con una promoción interna, por lo que no podemos continuar con su candidatura.
Lamentablemente, el puesto al que te postulaste ha quedado en pausa indefinida y hemos cerrado el proceso para todos los candidatos externos.
""",
        "rej_talent_pool": """
Aunque no seguiremos adelante contigo para {role}, nos gustaría guardar tus datos en nuestra bolsa de talento y contactarte si surge una oportunidad adecuada.
Hemos decidido no continuar con su candidatura en esta fase. Con su consentimiento, conservaremos su CV durante 12 meses.
No has sido seleccionado para este puesto; no obstante, te hemos añadido a nuestra comunidad de talento para que te enteres de futuras vacantes.
Aunque este puesto no encaja, nos encantaría seguir en contacto: únete a nuestra red de talento y vuelve a postularte más adelante.
No continuaremos con su candidatura, pero su perfil queda guardado en nuestra base de datos para futuras vacantes acordes con su experiencia.
""",
        "rej_misleading_words": """
Hemos recibido un gran número de candidaturas muy sólidas y, tras revisar la suya, no le invitaremos a entrevista.
No estamos en condiciones de hacerte una oferta para el puesto de {role}.
En cuanto a los próximos pasos: no los hay para esta candidatura, ya que hemos optado por otros perfiles. Puede postularse a futuras vacantes cuando lo desee.
Gracias por venir a la entrevista. Ya hemos tomado una decisión y no te ofreceremos el puesto.
No recibirá más correos sobre esta vacante, ya que su candidatura no ha sido seleccionada.
""",
        "ack_assume_unsuccessful": """
Hemos recibido su candidatura para {role}. Si no tiene noticias nuestras en un plazo de tres semanas, entienda por favor que su candidatura no ha sido seleccionada.
Tu candidatura se ha enviado correctamente. Ten en cuenta que ya no enviamos cartas de rechazo: si no te hemos contactado antes del 30 de junio, no has pasado la preselección.
¡Gracias por postularte! Revisaremos tu candidatura en las próximas dos semanas. Si no te escribimos en 21 días, significa que esta vez hemos optado por otros perfiles.
Le confirmamos la recepción de su candidatura. Las solicitudes se revisan tras la fecha de cierre; si transcurridas cuatro semanas desde esa fecha no ha recibido respuesta, considere que su candidatura no ha prosperado.
El departamento de personal del hospital ha recibido su solicitud para {role}. La preselección se realiza de forma continua; quienes no sean contactados en 28 días deben entender que no han sido seleccionados.
""",
        "ack_volume_shortlist": """
Hemos recibido su candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas.
Gracias por tu candidatura en {company}. Por el volumen de respuestas, lamentablemente solo podemos contactar con quienes pasen a entrevista.
Tu candidatura ya está en manos de nuestro equipo de selección. Ten en cuenta que la mayoría de los candidatos no avanza más allá de esta fase; te escribiremos si tu perfil encaja con lo que buscamos.
¡Candidatura recibida, gracias! Somos una startup pequeña y recibimos cientos de solicitudes por puesto, así que solo podemos responder a las personas con las que queremos hablar.
Confirmamos la recepción de su candidatura para {role}. Dado el gran interés despertado, lamentamos que solo se notificará a quienes sean convocados al centro de evaluación.
""",
        "ack_no_individual_reply": """
Gracias por enviarnos tu CV. Lamentablemente no podemos responder a cada candidato de forma individual, pero todas las candidaturas las lee alguien del equipo.
Tenemos su candidatura registrada. Por desgracia, no podemos ofrecer valoraciones personalizadas en la fase de cribado, pero puede seguir el estado en su área de candidato.
El servicio de recursos humanos del ayuntamiento ha registrado su solicitud. Lamentamos no poder acusar recibo de cada solicitud más allá de este mensaje automático; la selección se realizará tras el cierre del plazo.
""",
        "ack_stats_deadline": """
Su candidatura para {role} está completa y la hemos recibido. No podemos valorar candidaturas incompletas, así que le confirmamos que consta toda la documentación requerida.
Gracias por postularte. Hasta ahora 312 personas se han inscrito en esta oferta; revisaremos todas las candidaturas tras el cierre del plazo el 14 de marzo y te escribiremos después.
Hemos recibido su candidatura. Le recordamos que la convocatoria se cierra el viernes a medianoche; hasta entonces puede modificar sus respuestas.
Candidatura recibida. El año pasado más de 2.000 personas se presentaron a nuestro programa de graduados para menos de 60 plazas, así que te pedimos paciencia mientras revisamos cada solicitud.
""",
        "ack_delay_regret": """
Lamentablemente, la revisión de candidaturas para {role} se está alargando más de lo previsto. Su candidatura sigue en proceso y esperamos darle novedades antes de fin de mes.
Perdona la espera. Todavía no hemos tomado ninguna decisión sobre la preselección y tu candidatura sigue en el proceso.
Por bajas en el personal, la comisión de selección de la universidad aún no ha podido reunirse. Su solicitud consta como recibida y se valorará en la sesión prevista a principios de mayo.
""",
        "inv_after_earlier_no": """
Aunque no pudimos ofrecerle el último puesto al que se postuló, su candidatura para {role} nos ha llamado la atención y nos gustaría invitarle a una entrevista por videollamada de 45 minutos la próxima semana.
Quizá recuerdes que en primavera tuvimos que decirte que no. Esta vez es distinto: la responsable quiere conocerte para {role}. ¿Te viene bien el martes o el miércoles?
El año pasado no seguimos adelante con tu candidatura de analista, pero guardamos tu perfil y creemos que encajarías muy bien como {role}. ¿Tienes un hueco el jueves a las 14:00 para hablar?
""",
        "inv_mistaken_rejection": """
Por favor, no tenga en cuenta el correo que recibió ayer indicando que su candidatura no había sido seleccionada: nuestro sistema lo envió por error. En realidad, queremos invitarle a una entrevista para {role}.
Te pedimos disculpas: se envió por error un rechazo automático a varios candidatos, tú incluido. Tu candidatura sigue activa y el equipo quiere programar una primera entrevista. Elige un horario en el enlace de abajo.
Esta mañana ha recibido un mensaje en el que se indicaba que no seguiríamos adelante. Ha sido un error nuestro y le pido disculpas por la confusión. Al contrario, nos gustaría conocerle: ¿le vendría bien el lunes a las 10:00?
""",
        "inv_other_role": """
No es para el puesto al que te postulaste, pero nos gustaría hablarte de otra vacante: nuestro equipo busca un/a {role} y tu experiencia encaja muy bien. ¿Te apetece una charla de 30 minutos?
El puesto al que se postuló ya está cubierto, pero el responsable de una vacante similar en nuestra oficina de Valencia querría entrevistarle. ¿Podría indicarnos algunos horarios para la próxima semana?
No continuaremos con tu candidatura para el puesto sénior, pero queremos invitarte a una entrevista para el puesto de {role}, que creemos que se ajusta mejor a tu perfil.
""",
        "inv_delay_then_invite": """
Disculpe que hayamos tardado tanto en responder; el proceso ha ido más lento de lo esperado. La buena noticia es que nos gustaría invitarle a una entrevista el 12 de junio en nuestras oficinas centrales.
Perdona el retraso, varias personas del comité estaban de vacaciones. Nos alegra invitarte a la siguiente fase: una entrevista por videollamada con la directora del área.
""",
        "inv_slot_fell_through": """
Lamentablemente, el primer horario que le propusimos se ha caído porque la entrevistadora está enferma. ¿Podría el jueves a las 11:00?
Me temo que tenemos que cancelar la entrevista del lunes con poca antelación. Seguimos queriendo conocerte: ¿te viene bien alguno de estos horarios? Miércoles 9:30, miércoles 15:00 o viernes 10:00.
""",
        "inv_next_round": """
Hemos terminado la primera ronda. Muchos candidatos no han pasado a la siguiente fase, pero usted sí: le invitamos a la entrevista final con el comité de dirección.
Tras revisar todas las candidaturas, hemos decidido no avanzar con la mayoría. Nos alegra decirte que estás entre las cinco personas invitadas a la jornada de evaluación del 3 de octubre.
""",
        "off_unfortunately_but": """
Nos complace ofrecerle el puesto de {role}. Lamentablemente no podemos llegar al salario que solicitó; nuestra oferta es de 38.000 € brutos anuales y adjuntamos el contrato completo.
Te confirmo nuestra oferta para el puesto de {role}. Por desgracia, la incorporación el 1 de marzo no es posible por nuestra parte, así que la oferta es para empezar el 15 de marzo. Dinos si la aceptas.
¡Queremos ofrecerte el puesto! Lamentablemente, el coche de empresa que se mencionó en la entrevista no corresponde a esta categoría, pero hemos aumentado la dieta de desplazamiento. Adjuntamos la carta de oferta.
No hemos conseguido aprobación para un teletrabajo completo, pero con mucho gusto le ofrecemos el puesto en modalidad híbrida (tres días en la oficina). Encontrará la oferta por escrito adjunta.
Lamento decepcionarte en un punto: el bono de incorporación no forma parte de la oferta. Todo lo demás se mantiene: te ofrecemos formalmente el puesto de {role} con el salario acordado.
""",
        "off_conditional": """
Nos complace hacerle una oferta de empleo condicionada para el puesto de {role}, sujeta a referencias satisfactorias y a la presentación del certificado de antecedentes penales.
Enhorabuena: el tribunal quiere ofrecerte la plaza. La oferta está condicionada a que recibamos tu título y a un reconocimiento médico favorable.
Adjuntamos su oferta provisional. Será definitiva en cuanto recibamos el documento que acredite su permiso de trabajo y dos referencias.
""",
        "oth_coping_newsletter": """
Esta semana en el boletín de Empleo: cómo gestionar un rechazo sin perder el impulso, por qué «lamentablemente» no es el final de tu búsqueda y cinco preguntas para pedir feedback tras una entrevista que no salió bien.
¿Otro «no»? No estás solo. En nuestro nuevo artículo, varios reclutadores explican qué significa de verdad «hemos decidido avanzar con otros candidatos» y cómo levantarse.
Te invitamos al webinar «Convertir un no en un hasta pronto»: una sesión gratuita de 45 minutos sobre cómo afrontar los tropiezos en la búsqueda de empleo. Reserva tu plaza abajo.
""",
        "oth_job_alert": """
12 nuevas ofertas coinciden con tu alerta «{role}»: {role} sénior en Transportes Ebro, {role} en una fintech de Madrid y más. Lamentablemente, 3 ofertas guardadas han caducado.
Tu alerta semanal de empleo: hemos encontrado 7 nuevas ofertas que coinciden con tu búsqueda. Las ofertas a las que ya te has postulado no aparecen en esta lista.
""",
        "oth_account_notice": """
La contraseña de su cuenta de candidato se ha cambiado correctamente. Si no ha realizado usted este cambio, contacte con soporte.
Tu perfil en nuestro portal de empleo lleva 11 meses inactivo. Si no inicias sesión en 30 días, cerraremos tu cuenta y eliminaremos tus datos.
""",
        "oth_own_withdrawal": """
Confirmamos que ha retirado su candidatura para {role}. Sentimos que deje el proceso y le deseamos mucho éxito en su nuevo puesto.
Tal como pediste, hemos retirado tu candidatura y cancelado la entrevista del jueves. Puedes postularte a otras vacantes cuando quieras.
Gracias por avisarnos de que ha aceptado otra oferta. Hemos cerrado su candidatura por nuestra parte; no tiene que hacer nada más.
""",
        "oth_still_interested": """
Estamos revisando las candidaturas para {role} y queríamos preguntarte: ¿sigues interesado en el puesto? Respóndenos antes del viernes para mantener tu candidatura activa.
Ha pasado un tiempo desde que se postuló. Antes de continuar, ¿podría confirmarnos si sigue disponible e interesado en este puesto?
""",
        "oth_survey": """
¿Qué tal fue tu experiencia al postularte en {company}? Sea cual sea el resultado, tu opinión nos ayuda a mejorar. La encuesta dura unos 3 minutos.
Ha participado recientemente en nuestro proceso de selección. Le agradeceríamos que valorara la entrevista; todas las respuestas son anónimas.
""",
        "oth_data_retention": """
De acuerdo con el RGPD, conservamos los datos de los candidatos durante un año tras finalizar un proceso. Si desea que los mantengamos más tiempo para futuras vacantes, dé su consentimiento en el enlace inferior.
Te recordamos que puedes solicitar en cualquier momento una copia de los datos personales que tenemos sobre ti, o su supresión, desde el centro de privacidad.
""",
        "oth_reference_request": """
Lucía Ferrer le ha indicado como referencia para el puesto de {role} en nuestra empresa. ¿Sería tan amable de completar un breve cuestionario en el enlace de abajo?
""",
        "oth_cold_outreach": """
He visto tu perfil y quería saber si estarías abierto a hablar sobre una oportunidad de {role} con uno de mis clientes. Disculpa si no encaja; dímelo y no volveré a escribirte.
""",
    },
    "pt": {
        "rej_short_plain": """
Analisamos sua candidatura para a vaga de {role} e não vamos dar continuidade a ela.
Após uma análise cuidadosa, decidimos não avançar com a sua candidatura neste momento.
Lamentamos informar que você não foi selecionado para a vaga de {role}.
A sua candidatura não foi bem-sucedida desta vez.
Decidimos seguir com outros candidatos para a posição de {role}.
Infelizmente, não vamos seguir adiante com o seu processo.
Optamos por um candidato cuja experiência se alinha mais ao cargo, por isso não daremos seguimento à sua candidatura.
Não nos é possível incluí-lo na lista de candidatos pré-selecionados para esta vaga.
Desta vez você não avançou para a etapa de entrevistas.
Concluímos o processo de recrutamento e lamentamos informar que a sua candidatura não foi selecionada.
""",
        "rej_praise_first": """
Começo pela parte boa: o time adorou seu portfólio, e seu estudo de caso foi um dos melhores que recebemos. Por isso a decisão foi difícil, mas oferecemos a vaga de {role} a outra pessoa.
Obrigado pelo tempo dedicado ao desafio técnico: estava bem pensado e muito claro. No entanto, depois de comparar todos os finalistas, não vamos avançar com você para a próxima etapa.
Você causou ótima impressão em todos com quem conversou na terça, e eu queria que soubesse disso primeiro. No fim, escolhemos alguém com mais experiência em folha de pagamento, então não poderemos fazer uma proposta.
O seu percurso é impressionante e gostámos muito da conversa. Ainda assim, concluímos que a função de {role} não é a mais adequada e não daremos seguimento à sua candidatura.
Boa notícia para nós, nem tanto para você: recebemos candidaturas excepcionais para {role}. Embora seu perfil estivesse entre os finalistas, você não foi selecionado.
Foi um verdadeiro prazer entrevistá-lo, e a equipa elogiou a sua preparação. Lamentavelmente, decidimos avançar com outra candidata.
""",
        "rej_in_thread": """
Obrigada por retornar o contato e desculpe a demora. Conversei com a gestora e ela decidiu não seguir com a sua candidatura.
Peço desculpa pela resposta tardia ao seu e-mail. Receio que a vaga já tenha sido preenchida por outra pessoa, pelo que não haverá segunda entrevista.
Obrigado pela paciência. Respondendo diretamente à sua pergunta: não, desta vez você não foi pré-selecionado para {role}.
Retomando minha mensagem da semana passada: o time já tomou a decisão e, infelizmente, ela não foi favorável a você desta vez.
Quanto à sua pergunta sobre prazos: o processo foi encerrado na sexta-feira e não vamos dar seguimento à sua candidatura.
""",
        "rej_subject_only": """
SUBJECT: {role}: candidatura não selecionada || O seu registo de candidato foi atualizado. Pode consultar o estado a qualquer momento na sua conta, em «As minhas candidaturas».
SUBJECT: Resultado da sua candidatura: não aprovado || Esta mensagem foi gerada automaticamente após uma alteração de status. Por favor, não responda a este endereço.
SUBJECT: Não daremos continuidade à sua candidatura || Para dúvidas sobre o tratamento dos seus dados pessoais, consulte nossa política de privacidade para candidatos.
SUBJECT: Decisão sobre {role}: processo encerrado sem aprovação || O número de referência e os detalhes estão disponíveis no portal de carreiras.
""",
        "rej_role_gone": """
A vaga de {role} foi cancelada após uma reestruturação da equipe, por isso estamos encerrando todas as candidaturas sem análise adicional.
A vaga de {role} já foi preenchida e o anúncio foi retirado. Não poderemos considerar novas candidaturas para ela.
Devido a um congelamento de contratações, o recrutamento para esta função foi cancelado e a sua candidatura não seguirá em frente.
A posição foi preenchida internamente, pelo que não nos é possível prosseguir com a sua candidatura.
Infelizmente, a vaga para a qual você se candidatou foi suspensa por tempo indeterminado e encerramos o processo para todos os candidatos externos.
""",
        "rej_talent_pool": """
Embora não sigamos com você para a vaga de {role}, gostaríamos de manter seus dados em nosso banco de talentos e entrar em contato se surgir uma oportunidade adequada.
Decidimos não dar seguimento à sua candidatura nesta fase. Com o seu consentimento, manteremos o seu CV durante 12 meses.
Você não foi selecionado para esta vaga; no entanto, incluímos seu perfil em nossa comunidade de talentos para que fique sabendo de futuras oportunidades.
Mesmo que esta vaga não seja a ideal, adoraríamos manter contato: participe da nossa rede de talentos e candidate-se novamente no futuro.
Não daremos seguimento à sua candidatura, mas o seu perfil fica guardado na nossa base de dados para futuras vagas compatíveis com as suas competências.
""",
        "rej_misleading_words": """
Recebemos um grande número de candidaturas muito fortes e, após analisar a sua, não vamos convidá-lo para entrevista.
Não estamos em condições de lhe fazer uma proposta para a função de {role}.
Sobre os próximos passos: não há próximos passos para esta candidatura, pois optamos por outros perfis. Fique à vontade para se candidatar a futuras vagas.
Obrigado por participar da entrevista. Já tomamos nossa decisão e não vamos oferecer a vaga a você.
Você não receberá mais e-mails sobre esta vaga, pois sua candidatura não foi aprovada.
""",
        "ack_assume_unsuccessful": """
Recebemos sua candidatura para {role}. Caso não tenha notícias nossas em até três semanas, considere que sua candidatura não foi selecionada.
A sua candidatura foi submetida com sucesso. Informamos que deixámos de enviar cartas de recusa: se não for contactado até 30 de junho, não foi pré-selecionado.
Obrigado por se candidatar! Vamos analisar seu perfil nas próximas duas semanas. Se não entrarmos em contato em 21 dias, é porque seguimos com outros perfis desta vez.
Confirmamos a receção da sua candidatura. As candidaturas são analisadas após a data de encerramento; se não receber resposta nas quatro semanas seguintes, considere que a sua candidatura não foi bem-sucedida.
O setor de recursos humanos do hospital recebeu sua candidatura para {role}. A triagem é contínua; candidatos que não forem contatados em 28 dias devem considerar que não foram selecionados.
""",
        "ack_volume_shortlist": """
Recebemos a sua candidatura. Devido ao elevado número de candidaturas, apenas os candidatos pré-selecionados serão contactados.
Obrigado pela sua candidatura na {company}. Pelo volume de respostas, infelizmente só conseguimos retornar aos candidatos chamados para entrevista.
Sua candidatura já está com nosso time de recrutamento. Vale lembrar que a maioria dos candidatos não avança além desta etapa; entraremos em contato se seu perfil for compatível com o que buscamos.
Candidatura recebida, obrigado! Somos uma startup pequena e recebemos centenas de currículos por vaga, por isso só conseguimos responder às pessoas com quem queremos conversar.
Confirmamos o recebimento de sua candidatura para {role}. Dado o grande interesse, lamentamos informar que apenas os convocados para o centro de avaliação serão notificados.
""",
        "ack_no_individual_reply": """
Obrigado por nos enviar seu currículo. Infelizmente não conseguimos responder individualmente a cada candidato, mas todas as candidaturas são lidas por alguém da equipe.
A sua candidatura está registada. Lamentavelmente, não podemos dar feedback personalizado na fase de triagem, mas pode acompanhar o estado na sua área de candidato.
O departamento de recursos humanos da Câmara Municipal registou a sua candidatura. Lamentamos não poder confirmar cada candidatura além desta mensagem automática; a seleção decorrerá após o fim do prazo.
""",
        "ack_stats_deadline": """
Sua candidatura para {role} está completa e foi recebida. Não podemos avaliar candidaturas incompletas, por isso confirmamos que todos os documentos exigidos foram enviados.
Obrigado por se candidatar. Até agora, 312 pessoas se inscreveram para esta vaga; vamos analisar todas as candidaturas após o encerramento em 14 de março e retornamos depois disso.
Recebemos a sua candidatura. Lembramos que o prazo termina na sexta-feira à meia-noite; até lá pode editar as suas respostas.
Candidatura recebida. No ano passado, mais de 2.000 pessoas se inscreveram no nosso programa de trainee para menos de 60 vagas, então pedimos paciência enquanto analisamos cada inscrição.
""",
        "ack_delay_regret": """
Infelizmente, a análise das candidaturas para {role} está levando mais tempo do que o previsto. Sua candidatura continua em avaliação e esperamos dar um retorno até o fim do mês.
Desculpe a espera. Ainda não tomámos nenhuma decisão sobre a pré-seleção e a sua candidatura continua no processo.
Lamentavelmente, devido a ausências, o júri de seleção da universidade ainda não conseguiu reunir-se. A sua candidatura foi recebida e será avaliada na reunião prevista para o início de maio.
""",
        "inv_after_earlier_no": """
Embora não tenhamos podido oferecer-lhe a última vaga a que se candidatou, a sua candidatura para {role} chamou a nossa atenção e gostaríamos de o convidar para uma entrevista por vídeo de 45 minutos na próxima semana.
Talvez você se lembre de que tivemos de dizer não no começo do ano. Desta vez é diferente: a gestora quer conhecer você para {role}. Terça ou quarta funcionam para você?
No ano passado não avançamos com sua candidatura para analista, mas guardamos seu perfil e achamos que você seria ótimo como {role}. Você tem disponibilidade na quinta às 14h para uma conversa?
""",
        "inv_mistaken_rejection": """
Por favor, desconsidere o e-mail que você recebeu ontem dizendo que sua candidatura não foi aprovada: ele foi enviado por engano pelo nosso sistema. Na verdade, queremos convidá-lo para uma entrevista para {role}.
Pedimos desculpa: uma recusa automática foi enviada por engano a vários candidatos, incluindo a si. A sua candidatura continua ativa e a equipa gostaria de agendar uma primeira entrevista. Escolha um horário no link abaixo.
Hoje de manhã você recebeu uma mensagem dizendo que não seguiríamos com sua candidatura. Foi um erro nosso e peço desculpas pela confusão. Pelo contrário, gostaríamos muito de conhecê-lo: segunda às 10h funciona?
""",
        "inv_other_role": """
Não é para a vaga a que você se candidatou, mas gostaríamos de falar sobre outra: nosso time está contratando {role} e sua experiência parece encaixar muito bem. Topa uma conversa de 30 minutos?
A vaga a que se candidatou já foi preenchida, mas o responsável por uma função semelhante no nosso escritório do Porto gostaria de o entrevistar. Pode indicar-nos alguns horários na próxima semana?
Não vamos seguir com sua candidatura para a vaga sênior, mas queremos convidá-lo para uma entrevista para a vaga de {role}, que acreditamos combinar melhor com seu perfil.
""",
        "inv_delay_then_invite": """
Desculpe termos demorado tanto a responder; o processo foi mais lento do que esperávamos. A boa notícia é que gostaríamos de convidá-lo para uma entrevista no dia 12 de junho em nossa sede.
Pedimos desculpa pela demora, vários membros do júri estavam de férias. Temos o prazer de o convidar para a fase seguinte: uma entrevista por videochamada com a diretora do departamento.
""",
        "inv_slot_fell_through": """
Infelizmente o primeiro horário que propusemos caiu, porque a entrevistadora está doente. Você consegue na quinta às 11h?
Lamento, mas temos de cancelar a entrevista de segunda-feira em cima da hora. Continuamos muito interessados em conhecê-lo: algum destes horários é possível? Quarta 9h30, quarta 15h ou sexta 10h.
""",
        "inv_next_round": """
Concluímos a primeira fase. Muitos candidatos não seguiram no processo, mas você sim: convidamos você para a entrevista final com a diretoria.
Após analisar todas as candidaturas, decidimos não avançar com a maioria. Temos o prazer de informar que está entre as cinco pessoas convidadas para o dia de avaliação de 3 de outubro.
""",
        "off_unfortunately_but": """
Temos o prazer de oferecer a você a vaga de {role}. Infelizmente não conseguimos chegar à pretensão salarial que você indicou; nossa proposta é de R$ 9.500 mensais, e o contrato completo segue em anexo.
Confirmo a nossa proposta para a função de {role}. Lamentavelmente, o início a 1 de março não é possível do nosso lado, pelo que a proposta é para começar a 15 de março. Diga-nos se aceita.
Queremos te fazer uma proposta! Infelizmente, o carro da empresa mencionado na entrevista não faz parte deste nível, mas aumentamos o auxílio-deslocamento. A carta-proposta está em anexo.
Não conseguimos aprovação para trabalho 100% remoto, mas temos o prazer de lhe oferecer a função em regime híbrido (três dias no escritório). Encontra a proposta escrita em anexo.
Infelizmente preciso te decepcionar em um ponto: o bônus de contratação não faz parte da proposta. Todo o resto está mantido: estamos oferecendo formalmente a vaga de {role} com o salário combinado.
""",
        "off_conditional": """
Temos o prazer de lhe apresentar uma proposta de contratação condicional para a função de {role}, sujeita a referências satisfatórias e à apresentação do registo criminal.
Parabéns: a banca decidiu oferecer a vaga a você. A proposta está condicionada ao envio do seu diploma e a um exame admissional favorável.
Segue em anexo a sua proposta provisória. Ela se torna definitiva assim que recebermos o comprovante da sua autorização de trabalho e duas referências.
""",
        "oth_coping_newsletter": """
Nesta semana na newsletter de Carreira: como lidar com a rejeição sem perder o ritmo, por que "infelizmente" não é o fim da sua busca e cinco perguntas para pedir feedback depois de uma entrevista que não deu certo.
Mais um "não"? Você não está sozinho. No nosso novo artigo, recrutadores explicam o que "decidimos seguir com outros candidatos" realmente significa e como dar a volta por cima.
Convite para o webinar "Do não ao da próxima vez": uma sessão gratuita de 45 minutos sobre como lidar com os tropeços da procura de emprego. Inscreva-se abaixo para garantir o seu lugar.
""",
        "oth_job_alert": """
12 novas vagas combinam com seu alerta "{role}": {role} sênior na Transportes Serra Azul, {role} em uma fintech de São Paulo e mais. Infelizmente, 3 vagas salvas expiraram.
O seu alerta semanal de emprego: encontrámos 7 novas ofertas que correspondem à sua pesquisa. As ofertas a que já se candidatou deixam de aparecer nesta lista.
""",
        "oth_account_notice": """
A senha da sua conta de candidato foi alterada com sucesso. Se você não fez essa alteração, fale com o suporte.
O seu perfil no nosso portal de carreiras está inativo há 11 meses. Se não iniciar sessão nos próximos 30 dias, a conta será encerrada e os seus dados eliminados.
""",
        "oth_own_withdrawal": """
Confirmamos que você retirou sua candidatura para {role}. Sentimos muito por sua saída do processo e desejamos sucesso no novo emprego.
Conforme pedido, a sua candidatura foi retirada e a entrevista de quinta-feira foi cancelada. Pode candidatar-se a outras ofertas quando quiser.
Obrigado por nos avisar que você aceitou outra proposta. Encerramos sua candidatura do nosso lado; não é preciso fazer mais nada.
""",
        "oth_still_interested": """
Estamos revisando as candidaturas para {role} e queríamos confirmar: você ainda tem interesse na vaga? Responda até sexta para mantermos sua candidatura ativa.
Já passou algum tempo desde a sua candidatura. Antes de avançarmos, pode confirmar se continua disponível e interessado nesta função?
""",
        "oth_survey": """
Como foi sua experiência ao se candidatar na {company}? Seja qual for o resultado, sua opinião nos ajuda a melhorar. A pesquisa leva cerca de 3 minutos.
Participou recentemente no nosso processo de recrutamento. Agradecíamos que avaliasse a entrevista; todas as respostas são anónimas.
""",
        "oth_data_retention": """
De acordo com a LGPD, mantemos os dados de candidatos por seis meses após o encerramento de um processo. Se quiser que guardemos seus dados por mais tempo para futuras vagas, dê seu consentimento no link abaixo.
Lembramos que pode, a qualquer momento, pedir uma cópia dos dados pessoais que temos sobre si, ou a sua eliminação, através do centro de privacidade.
""",
        "oth_reference_request": """
Mariana Lopes indicou você como referência para a vaga de {role} em nossa empresa. Você poderia responder a um breve questionário no link abaixo?
""",
        "oth_cold_outreach": """
Vi seu perfil e queria saber se você estaria aberto a conversar sobre uma oportunidade de {role} em um dos meus clientes. Desculpe se não fizer sentido; é só me avisar que não volto a entrar em contato.
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
            "Hi {first}, hope your week is going well.",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply for the {role} position.",
            "We appreciate your interest in joining {company}.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your search.",
            "We wish you every success in the future.",
            "All the best for whatever comes next.",
        ],
        "marketing": [
            "At {company}, we believe great work starts with great people. More than 4,000 colleagues across 12 countries help us deliver services that matter to the communities we serve. Follow us on LinkedIn to see what life at {company} is really like.",
            "Proud to be named a Top Employer for the third year running. At {company} you'll find flexible working, a generous learning budget and employee networks that make sure everyone belongs. Discover our stories on the careers blog.",
            "{company} is growing fast: new sites, new teams and new ideas. Sign up to our talent newsletter for behind-the-scenes stories, upcoming events and tips from our recruiters.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Team, {company}",
            "Thanks,\n{sender_first}",
            "Warm wishes,\n{sender}\nPeople & Culture | {company}",
        ],
        "footer": [
            "{company} is an equal opportunity employer. You are receiving this email because you applied via our careers site. Manage your preferences or unsubscribe at any time.",
            "This message was sent by an automated system on behalf of {company}. Please do not reply directly to this email. Privacy notice: careers.example/privacy",
            "Confidentiality notice: this email and any attachments are intended only for the named recipient. If you received it in error, please delete it and let the sender know.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Application update: {role}",
            "Regarding your application to {company}",
        ],
        "subject_inv": [
            "Interview: {role}",
            "Next steps for {role} at {company}",
            "Invitation to interview",
            "Let's talk: {role}",
        ],
        "subject_off": [
            "Offer of employment: {role}",
            "Your offer from {company}",
            "{role}: our offer",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "Your candidate account",
            "Update from {company}",
            "Quick question",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag Alex Rivera,",
            "Sehr geehrte/r Alex Rivera,",
            "Hi {first},",
            "Liebe/r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Vielen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Wir wünschen dir viel Erfolg bei der weiteren Suche!",
            "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
            "Alles Gute für dich!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 3.000 Menschen an Lösungen für die Energie- und Mobilitätswende. Wir bieten flexible Arbeitszeiten, betriebliche Altersvorsorge und ein Jobrad. Folgen Sie uns auf LinkedIn und Instagram.",
            "Wir sind stolz, erneut als „Top Arbeitgeber Mittelstand“ ausgezeichnet worden zu sein. Bei {company} erwarten dich ein motiviertes Team, 30 Urlaubstage und jede Menge Raum für eigene Ideen. Mehr auf unserem Karriereblog.",
            "{company} wächst: neue Standorte, neue Teams, neue Projekte. Abonnieren Sie unseren Talent-Newsletter und erfahren Sie als Erste/r von Veranstaltungen und offenen Stellen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nTeam Recruiting, {company}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung {company}",
        ],
        "footer": [
            "{company} GmbH · Sitz der Gesellschaft: Leipzig · Registergericht Leipzig · Geschäftsführung: Petra Lindqvist. Hinweise zum Datenschutz für Bewerbende finden Sie auf unserer Karriereseite.",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Du erhältst diese E-Mail, weil du ein Konto in unserem Karriereportal hast. Abmeldung jederzeit in den Kontoeinstellungen möglich.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role}: Status",
            "Rückmeldung zu Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Gespräch: {role}",
            "Vorstellungsgespräch bei {company}",
            "Nächster Schritt: {role}",
            "Lass uns sprechen: {role}",
        ],
        "subject_off": [
            "Vertragsangebot: {role}",
            "Dein Angebot von {company}",
            "Unser Angebot für Sie",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Ihr Bewerberkonto",
            "Kurze Frage",
            "Karriere-Newsletter",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour Alex Rivera,",
            "Madame, Monsieur,",
            "Bonjour {first} !",
            "Hello {first},",
        ],
        "thanks": [
            "Merci pour l'intérêt porté à {company}.",
            "Merci pour cette candidature au poste de {role}.",
            "Toute l'équipe {company} est sensible à l'intérêt porté à nos offres.",
        ],
        "wish": [
            "Bonne continuation !",
            "Avec tous nos vœux de réussite pour la suite.",
            "Bonne chance pour la suite de cette recherche.",
        ],
        "marketing": [
            "Chez {company}, nous sommes convaincus que la réussite passe par les talents. Plus de 2 500 collaborateurs dans 9 pays accompagnent nos clients au quotidien. Suivez-nous sur LinkedIn pour découvrir nos métiers.",
            "{company} est fière d'être labellisée « Great Place to Work » pour la troisième année consécutive : télétravail, formation continue et engagement sociétal font partie de notre ADN.",
            "Envie d'en savoir plus sur la vie chez {company} ? Abonnez-vous à notre newsletter talents : portraits d'équipes, événements et conseils de nos recruteurs.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nÉquipe Recrutement, {company}",
            "Belle journée,\n{sender_first}",
            "Sincères salutations,\n{sender}\nDirection des Ressources Humaines",
        ],
        "footer": [
            "{company} SAS, siège social : 12 rue des Tanneurs, 69002 Lyon. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} : votre candidature",
            "Candidature {role} : suivi",
            "Suite à votre candidature",
        ],
        "subject_inv": [
            "Invitation à un entretien : {role}",
            "Entretien chez {company}",
            "Prochaine étape : {role}",
        ],
        "subject_off": [
            "Proposition d'embauche : {role}",
            "Votre proposition de {company}",
            "Notre proposition pour le poste de {role}",
        ],
        "subject_oth": [
            "Des nouvelles de {company}",
            "Votre espace candidat",
            "Une petite question",
            "La lettre Carrières",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Hola {first},",
            "Apreciado/a Alex Rivera:",
        ],
        "thanks": [
            "Gracias por el interés mostrado en {company}.",
            "Agradecemos el interés en el puesto de {role}.",
            "Muchas gracias por participar en el proceso de selección de {company}.",
        ],
        "wish": [
            "Con los mejores deseos para el futuro profesional.",
            "¡Mucho éxito en los próximos pasos!",
            "Mucha suerte en la búsqueda.",
        ],
        "marketing": [
            "En {company} creemos que las personas marcan la diferencia. Más de 5.000 profesionales en 14 países trabajan cada día para ofrecer un servicio cercano y de calidad. Síguenos en LinkedIn.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar por tercer año consecutivo: horario flexible, formación continua y un compromiso real con la igualdad.",
            "¿Quieres saber cómo es trabajar en {company}? Suscríbete a nuestro boletín de talento y recibe historias del equipo, eventos y consejos de nuestros reclutadores.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nEquipo de Talento, {company}",
            "Saludos cordiales,\n{sender_first}",
            "Un abrazo,\n{sender_first}",
        ],
        "footer": [
            "{company} S.L. Este mensaje y sus anexos son confidenciales. Conforme al RGPD, puede ejercer sus derechos de acceso, rectificación y supresión a través de nuestro portal de privacidad.",
            "Este es un mensaje automático, por favor no responda a este correo.",
            "Recibes este correo porque tienes una cuenta en nuestro portal de empleo. Puedes darte de baja en cualquier momento.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Proceso de selección: {role}",
            "Actualización de candidatura",
        ],
        "subject_inv": [
            "Entrevista: {role}",
            "Siguiente fase en {company}",
            "Convocatoria a entrevista",
        ],
        "subject_off": [
            "Oferta de empleo: {role}",
            "Tu oferta de {company}",
            "Propuesta para el puesto de {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Tu cuenta de candidato",
            "Una pregunta rápida",
            "Boletín de Empleo",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Olá {first},",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Bom dia, {first}.",
        ],
        "thanks": [
            "Obrigado pelo interesse na {company}.",
            "Agradecemos o interesse na vaga de {role}.",
            "Muito obrigado por participar do processo seletivo da {company}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória.",
            "Boa sorte nos próximos passos!",
            "Votos de sucesso profissional.",
        ],
        "marketing": [
            "Na {company}, acreditamos que pessoas fazem a diferença. São mais de 3.000 colaboradores em 6 países construindo soluções de energia limpa. Siga-nos no LinkedIn e no Instagram.",
            "Pelo terceiro ano seguido, a {company} foi eleita uma das melhores empresas para trabalhar: horário flexível, plano de saúde, auxílio-educação e muito mais.",
            "Quer saber como é trabalhar na {company}? Assine a nossa newsletter de talentos e receba histórias do time, eventos e dicas dos nossos recrutadores.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nEquipa de Recrutamento, {company}",
            "Um abraço,\n{sender_first}\nTime de Gente & Gestão, {company}",
        ],
        "footer": [
            "{company} Ltda. Esta mensagem pode conter informações confidenciais. Em conformidade com a LGPD, você pode solicitar acesso ou exclusão dos seus dados a qualquer momento.",
            "Esta é uma mensagem automática; por favor, não responda a este e-mail.",
            "Recebeu este e-mail porque tem uma conta no nosso portal de carreiras. Pode cancelar a subscrição a qualquer momento.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura: {company}",
            "Processo seletivo: {role}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista: {role}",
            "Próxima etapa na {company}",
            "Entrevista: {role}",
        ],
        "subject_off": [
            "Proposta de trabalho: {role}",
            "Sua proposta da {company}",
            "Proposta para a função de {role}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Sua conta de candidato",
            "Uma pergunta rápida",
            "Newsletter de Carreira",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI applied for the {role} role a few weeks ago and wanted to check whether there is any update on the timeline. I'm still very interested.\nAlex\n\n{header2}\nHi Alex,\nThanks for your message. The team is still reviewing applications and I'll let you know as soon as I hear more.\n{sender}\n",
    "de": "Hallo {sender_first},\nich habe mich vor einigen Wochen auf die Stelle als {role} beworben und wollte fragen, ob es schon Neuigkeiten zum Zeitplan gibt.\nAlex\n\n{header2}\nHallo Alex,\ndanke für die Nachricht. Wir sichten noch die Bewerbungen; sobald ich mehr weiß, melde ich mich.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'ai postulé au poste de {role} il y a quelques semaines et je me permets de revenir vers vous pour savoir où en est le processus.\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. L'équipe étudie encore les candidatures ; je reviens vers vous dès que j'en sais plus.\n{sender}\n",
    "es": "Hola, {sender_first}:\nMe postulé al puesto de {role} hace unas semanas y quería saber si hay novedades sobre los plazos del proceso.\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribir. El equipo sigue revisando candidaturas; te aviso en cuanto sepa algo más.\n{sender}\n",
    "pt": "Olá, {sender_first},\nMe candidatei à vaga de {role} há algumas semanas e queria saber se há novidades sobre o cronograma do processo.\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela mensagem. O time ainda está analisando as candidaturas; aviso assim que tiver novidades.\n{sender}\n",
}
