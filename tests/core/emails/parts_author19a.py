# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 19a, written by one author from invented text: the hard border between acknowledgements and rejections in English, German, French, Spanish and Portuguese. Acknowledgements and status updates that sound negative but decide nothing (regretted delays, paused or frozen roles, budget reviews, reserve lists without a decision, receipts that say silence will mean no, pending tests, missing documents, requisition changes), against terse, polite and oblique rejections (closing notices sent after the deadline, closed or archived applications after a decision, rounds that end without an appointment, warm thanks that decide in half a sentence), plus a few interview invitations and offers that still say sorry or unfortunately."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brightwater Logistics Ltd",
    "Norvane Analytics GmbH",
    "Kestrel & Finch Consulting",
    "Stadtwerke Ebersfeld",
    "Lumière Habitat SAS",
    "Clínica Solaris S.L.",
    "Transportes Miraval S.A. de C.V.",
    "Oliveira & Prado Tecnologia Ltda.",
    "Atlântico Seguros, S.A.",
    "Harbourline Health Trust",
    "Quellwerk Software AG",
    "Maison Verlaine Assurances",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Manager",
    "UX Designer",
    "Backend Developer",
    "Financial Controller",
    "Customer Success Manager",
    "Supply Chain Planner",
    "HR Business Partner",
    "Marketing Specialist",
    "QA Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "no-reply@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Hannah Whitcombe", "hannah.whitcombe@{domain}"),
    ("Jonas Brettschneider", "j.brettschneider@{domain}"),
    ("Camille Fauvel", "recrutement@{domain}"),
    ("Lucía Ferrán", "seleccion@{domain}"),
    ("Mariana Tavares", "mariana.tavares@{domain}"),
    ("Careers Notifications", "notifications@apply.talentharbor.example"),
    ("Candidate Portal", "do-not-reply@hire.workfluent.example"),
    ("Priya Raman", "priya.raman@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_delay_regret": """
I'm sorry this has taken so long. Unfortunately the review of applications for the {role} position is running behind schedule because several members of the panel have been away. No decisions have been made yet, and your application is still very much in the process. We expect to be in touch by the end of next month.
SUBJECT: An update on your application – {role} || We regret to let you know that we are not yet able to give you an outcome on your application. The shortlisting stage has taken longer than we planned, and we apologise for the silence. Your application remains under consideration and we will contact you again as soon as the panel has met.
Unfortunately we're running about three weeks behind on the {role} hiring process. This is entirely on our side and says nothing about your application, which is still open and being reviewed. Thanks for bearing with us.
Apologies for the delay in getting back to you. The hiring manager for {role} has been on leave and we didn't want to make any decisions without her. Every application, yours included, is waiting until she's back on the 14th; you don't need to do anything in the meantime.
We are sorry to say that we cannot yet give you a date for the next step. Interviews for {role} have been pushed back while the team finalises the scope of the job. Your application has not been rejected – it is simply waiting, along with all the others received before the closing date.
Just a quick note, as I know it's been a while: no news yet, I'm afraid. The team is still working through the applications for {role} and nothing has been decided. I'll write again as soon as I have something concrete.
Regrettably, owing to the Easter holidays and an unusually high number of applicants, the assessment of applications for this vacancy will take longer than the four weeks stated in the advert. Please accept our apologies for any inconvenience. All candidates will be informed of the outcome in writing.
""",
        "ack_silence_clause": """
Your application for {role} has been received. Due to the very large number of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been taken forward on this occasion.
This email confirms that we have received your CV. We regret that we can only contact candidates whose profile closely matches the requirements. Should you not hear from us within 21 days, please consider your application unsuccessful for this particular role; we may still keep your details on file for future openings.
We have received your application and it will now be reviewed by our recruitment team. Please note that, due to high volumes, we are sadly only able to reply to shortlisted candidates. Shortlisting for this role is expected to take place in the week commencing 9 June.
SUBJECT: Application received: {role} || This is an automated confirmation – please do not reply. We receive several hundred applications for every advertised position and regretfully cannot give individual feedback at this stage. If your application is successful, you will be contacted within 30 days.
Thanks for applying! A heads-up: we're a small team and sadly we can't reply personally to everyone straight away. If it's been more than three weeks and you haven't heard anything, feel free to drop us a line at this address – we really do read everything.
Your application has been logged under reference HR-2024-0917. We are sorry that we cannot respond to further correspondence while the campaign is open. If you have not been contacted by 30 September, you may assume that you have not been shortlisted.
""",
        "ack_on_hold": """
I wanted to let you know that the {role} position has been put on hold while the business completes its annual budget review. Unfortunately I can't say yet when the search will resume, but no decision has been made about any candidate and your application stays active in our system. I'll update you as soon as I hear anything.
SUBJECT: {role} – recruitment paused || We're writing to all applicants to let you know that recruitment for this role is paused pending an internal restructuring. We realise this is frustrating and we're sorry for the uncertainty. Your application has not been withdrawn or declined; it will be picked up again when the process restarts, and we'll be in touch either way.
Unfortunately there's a temporary freeze on new hires across the engineering organisation until the end of the quarter. The {role} requisition is frozen, not closed – your interview notes are saved and we hope to continue where we left off once the freeze lifts.
Bad news on timing, I'm afraid: the funding for this post is awaiting sign-off from the board, which doesn't meet until the 22nd. Until then we can't move anyone forward or make any decisions, so please bear with us a little longer.
The hiring process for {role} is currently on hold. This is an automated status notification. No action is required from you, and your application status remains 'Under review'.
I'm sorry to be sending you a non-update. My client has asked us to pause the search for the {role} while they reconsider the reporting line for the position. Your CV is still with them and their feedback on it was positive – I simply don't have a decision or a date for you yet.
Due to a change in the project's start date, we have regrettably had to postpone the interviews for the {role} position. The new dates are not yet known. Your application remains under consideration and we will contact you once the schedule has been confirmed.
""",
        "ack_reserve_pending": """
Your application for {role} meets the essential criteria and has been placed in our candidate pool while the panel completes the first round of interviews. Unfortunately we cannot yet say whether you will be invited; this depends on the outcome of that round. We will write to you again by 15 November at the latest.
You are currently on the waiting list for the assessment centre on 3 March. Sorry we can't confirm a place yet – places open up when other candidates withdraw, and we'll let you know by Friday whether a seat has become available.
I'm afraid I can't give you a definite answer yet. The panel rated you as appointable, and you're on the reserve list while pre-employment checks are completed for the appointments already made. I'll be in touch either way as soon as those are done.
Your name has been added to the reserve list for this recruitment campaign. The list is valid for 12 months. Being on it does not guarantee an offer, and we regret that we are unable to say at this point when posts will become available.
""",
        "ack_test_pending": """
Thank you for completing the online assessment. Unfortunately the results are not yet available, as our external provider is experiencing processing delays. We'll contact you as soon as we have received and reviewed your scores – no further action is needed from you.
SUBJECT: Your coding exercise || Sorry for the radio silence since you submitted the take-home exercise. Two of the reviewers have been off sick, so nobody has looked at it properly yet. I'll chase it this week and get you an answer.
We have received your psychometric test results. Regrettably, we are not able to share individual scores with candidates. The results will be considered together with your application by the selection panel, which meets on 12 May.
Your references have been requested but, unfortunately, one of your referees has not yet responded. We cannot progress your file until both references are in – could you perhaps give them a gentle nudge?
""",
        "ack_missing_docs": """
Unfortunately your application for {role} is incomplete: we could not find a copy of your degree certificate among the attachments. Please upload it via the applicant portal by 28 February so that your application can be assessed. Applications still incomplete after this date cannot be considered.
We regret to inform you that we were unable to open the CV attached to your application, as the file appears to be damaged. Could you please resend it in PDF format? Your application has been saved and will be reviewed once we have a readable copy.
SUBJECT: Action required: your application for {role} || Your application is on hold because the right-to-work section has not been completed. Please log in to your candidate account and complete it within 7 days.
Sorry to bother you again – before I can pass your file to the hiring manager, I still need your salary expectations and your notice period. A short reply to this email is fine.
Unfortunately your background check could not be processed because the address history you provided has a gap between 2019 and 2020. Please supply the missing addresses so that we can resubmit the request.
""",
        "ack_no_interview_yet": """
Thanks for your message. I'm afraid we cannot confirm an interview yet – the shortlist for {role} is still being put together and the hiring manager wants to see all applications first. I'll let you know as soon as there's news.
Unfortunately I'm not able to tell you whether you'll be shortlisted until the advert closes on the 30th. Every application is assessed against the same criteria after the closing date, and we'll contact all candidates after that.
I'm sorry, but at this point I can't give you a date for the second interview. We are still finishing the first-round interviews and will schedule the next stage once they're complete.
About your question: no, there's no feedback yet. Your profile is still with the team lead for {role}, and I'm afraid he has asked for another week. Nothing has been decided.
""",
        "ack_req_changed": """
SUBJECT: Update to job posting: {role} || This is an automated notification. The requisition you applied to has been updated (location changed from Leeds to Hybrid – Manchester). Your application has been transferred to the updated posting and remains in review. No action is required unless you no longer wish to be considered.
The job you applied for has been modified by the employer. Unfortunately this means the closing date has moved to 31 October. Your application is still active and will be reviewed after that date.
Automated notice: the requisition for {role} has been reassigned to a new recruiter. You may receive communications from a different contact from now on. Your application status is unchanged: In Review.
Please note that the title of the vacancy you applied for has changed from '{role}' to 'Senior {role}'. We regret any confusion this may cause. Your application will be considered for the revised position unless you tell us otherwise.
""",
        "rej_closing_notice": """
SUBJECT: {role} – selection process completed || Shortlisting for the {role} position has now been completed, and all shortlisted candidates were contacted by telephone on Monday. If you have not received a call, unfortunately your application has not been successful on this occasion.
We are writing to all applicants to let you know that interviews for the {role} position took place last week and the panel has now made its selection. If you were not invited to interview, this means we will not be taking your application further.
The closing date for this vacancy was 14 March and shortlisting has now taken place. Candidates selected for interview have been notified. If you have not heard from us by now, please take this message as confirmation that you have not been shortlisted.
This is a general notice to everyone who applied for {role}. The recruitment round is now closed and invitations to the assessment day have been sent out. If you did not receive one, we were unable to take your application further this time.
As mentioned in our acknowledgement, we would only be in touch with candidates invited to the next stage. That stage is now complete, so we wanted to close the loop properly: as you haven't heard from us, your application wasn't selected.
We said we'd be in contact within four weeks if your application was progressing. Those four weeks have now passed, and I'm writing to confirm what our silence may already have told you: we will not be moving forward with your application for {role}.
Interviews have been offered to the candidates whose applications most closely matched the person specification. As you have not been contacted, we regret that your application was not shortlisted on this occasion.
The {role} vacancy closed on Friday and all successful applicants have been contacted. No further communication will be sent about this vacancy; if you have not been contacted, your application has not been progressed.
""",
        "rej_closed_application": """
After careful consideration, we have decided to close your application for {role}.
We've decided to close your application for the {role} position at {company}. This isn't a reflection of your potential – we simply had a very strong field.
SUBJECT: Status change on your application || The status of your application for {role} has been changed to: Closed – not selected. You can view all your applications in your candidate account.
We have reviewed your application and have decided not to move it to the next stage. Your application has therefore been closed. You are welcome to apply for other roles on our careers site.
Your application for {role} (ref. 88213) has been withdrawn from consideration by the hiring team.
Following your interview on Tuesday, the hiring team has decided to close your candidacy for this role. I know that isn't the news you were hoping for, and I'm happy to set up a short call if you'd like some feedback.
Quick update from our side: we're closing out your application for {role}. The team has gone with candidates whose experience is closer to our current stack.
""",
        "rej_archived": """
Your profile has been archived following the decision made on the {role} position. We will keep it in our talent pool for 12 months and may contact you if a suitable opening arises.
The selection for this vacancy has been completed and your application has now been archived. In accordance with our privacy notice, your data will be deleted after six months unless you consent to longer storage.
SUBJECT: Your application – {company} || We have moved your profile to our talent community. Although we won't be progressing with you for {role}, we'd love to keep in touch about future opportunities.
Your application has been moved to inactive status, as the hiring manager has selected other candidates for this requisition.
A decision has been made on the {role} role and we will not be taking your application further. Your documents have been archived and will be deleted automatically after 180 days.
Following the review by the hiring team, your application has been archived. We appreciate the time you invested.
""",
        "rej_round_unfilled": """
After reviewing all applications, we have decided not to fill the {role} position from this recruitment round. We plan to re-advertise the role later in the year and you are of course welcome to apply again.
I'm sorry to tell you that the {role} position has been cancelled following the budget review, so we won't be making an appointment. This applies to all candidates and isn't a reflection on you.
SUBJECT: {role} – vacancy withdrawn || Please be advised that the vacancy for {role} has been withdrawn and will not be filled. All applications for this vacancy are now closed.
The panel concluded that none of the candidates in this round fully met the requirements of the post, and no appointment will be made. Thank you for your interest and for attending the interview.
We've taken the decision to fill the role internally, so the external process is being closed. Thanks so much for your time over the last few weeks.
Unfortunately my client has decided not to go ahead with the {role} hire at all this year. I'm closing the search on my side, which means your application won't be progressing.
""",
        "rej_warm_half": """
It was a real pleasure meeting you last week, and the whole panel enjoyed your presentation on data quality – your retail examples came up again in our debrief. We've gone with another candidate, but I genuinely hope our paths cross again.
Thank you so much for all the time and energy you put into the process for {role}: two interviews, a case study and a lot of thoughtful questions. Although we won't be offering you the role, I want you to know it was a very close decision.
We've really valued getting to know you over the past few weeks, and although the team has decided to move ahead with someone whose background is a little closer to the brief, your case study was one of the strongest we received.
What a great conversation on Thursday – thank you for your openness and for the thoughtful questions about our roadmap. We won't be taking things further this time, though I'll keep your details in mind for the platform team next year.
I wanted to thank you personally for your application and for the effort behind it; reading your cover letter was a genuine pleasure, and while we'll be progressing other applicants this time, I hope you'll consider us again in the future.
Thank you for travelling to Bristol for the assessment day – we know it was a long one, and you handled the group exercise brilliantly. The panel has chosen to offer the post elsewhere, and I'm sorry to be writing with this news.
Your enthusiasm for our mission came across in every part of your application, and we're grateful you took the time to apply. On this occasion we've offered the role to another candidate, but please do stay in touch.
Thanks again for the lovely chat with {sender_first} and me – we both came away impressed. In the end we went another way for this role; please don't read too much into it, it was close.
""",
        "rej_terse": """
You have not been selected for {role}.
Unfortunately, your application was unsuccessful.
We will not be proceeding with your application.
SUBJECT: {role} || Position filled. Thank you for applying.
The position has been filled.
Sorry – not this time. We've gone with another candidate.
Outcome: not progressed.
""",
        "inv_apologetic": """
Sorry for the long wait, and thank you for your patience! The process took longer than planned, but I'm happy to say we'd like to invite you to an interview for {role}. Could you let me know which of these slots works for you: Tuesday 10:00, Wednesday 14:30 or Thursday 16:00?
Unfortunately our interviewer for Thursday has fallen ill, so we need to move your interview – I'm really sorry about the short notice. Would Monday at 11:00 or Tuesday at 15:00 suit you instead? It will still be a 45-minute video call.
Unfortunately we can't hold in-person interviews this round because of office renovations, so the next stage for {role} will be a video call with the hiring manager. Please book a 30-minute slot using the link below at your earliest convenience.
SUBJECT: Next step – sorry for the delay! || Apologies that we went quiet; we regret the delay in coming back to you. We'd love to move you to the technical round: a 90-minute pairing session with two of our engineers. Please send me three times that work for you next week.
I'm sorry we couldn't find a time that worked last week. Let's try again: could you do a quick phone screen on Friday morning? Any time between 9 and 12 works for me.
""",
        "off_apologetic": """
I'm sorry it took us so long to get back to you after the final round – we know the wait wasn't easy. I'm delighted to say that we'd like to offer you the position of {role}. The formal offer letter with salary and start date is attached; please let us know by next Friday whether you accept.
Unfortunately we aren't able to meet the full salary figure you mentioned, but we would very much like you to join us. We are pleased to offer you the role of {role} at a base salary of £52,000, with a review after six months. The written contract will follow once you confirm.
Unfortunately the fully remote arrangement we discussed isn't possible for this team, but we'd love to offer you the {role} position on a hybrid basis, two days a week in the office. The offer is attached – do call me if you'd like to talk it through.
Sorry for the brief email, I'm between meetings, but I didn't want to wait: we're offering you the job! I'll send the paperwork over this afternoon.
""",
    },
    "de": {
        "ack_verzoegerung": """
Leider müssen wir Ihnen mitteilen, dass sich das Auswahlverfahren für die Position {role} verzögert. Aufgrund von Urlaubszeiten konnte das Auswahlgremium noch nicht zusammentreten. Eine Entscheidung ist noch nicht gefallen; Ihre Bewerbung befindet sich weiterhin im Verfahren. Wir melden uns voraussichtlich bis Ende des Monats bei Ihnen.
SUBJECT: Zwischenstand zu Ihrer Bewerbung als {role} || Wir bedauern sehr, dass Sie so lange auf eine Rückmeldung warten müssen. Die Sichtung der Unterlagen nimmt leider mehr Zeit in Anspruch als geplant. Ihre Bewerbung ist nicht vergessen – sie liegt dem Fachbereich vor und wird sorgfältig geprüft.
Sorry, dass du so lange nichts von uns gehört hast! Bei uns ist gerade viel los und der Prozess für {role} hängt ein paar Wochen hinterher. Das hat nichts mit deiner Bewerbung zu tun – die ist noch voll im Rennen. Ich melde mich, sobald es Neuigkeiten gibt.
Leider können wir Ihnen zum jetzigen Zeitpunkt noch keinen Termin für den nächsten Schritt nennen. Der zuständige Fachbereich hat um etwas mehr Zeit für die Prüfung gebeten. Bitte sehen Sie von telefonischen Nachfragen ab; wir informieren alle Bewerberinnen und Bewerber schriftlich.
Entschuldigen Sie bitte die lange Funkstille. Die Abteilungsleitung war mehrere Wochen krankheitsbedingt abwesend, und wir wollten ohne sie keine Entscheidungen treffen. Ihre Unterlagen liegen vollständig vor, und wir nehmen das Verfahren in der kommenden Woche wieder auf.
Kurzes Update, auch wenn es leider noch kein richtiges ist: Entschieden ist noch nichts. Das Team sichtet noch die letzten Bewerbungen für {role}, und vorher möchten wir niemandem absagen oder zusagen.
Aufgrund der außergewöhnlich hohen Zahl an Bewerbungen verlängert sich die Bearbeitungsdauer leider um etwa drei Wochen. Wir bitten um Ihr Verständnis. Sie erhalten in jedem Fall eine schriftliche Nachricht über den Ausgang des Verfahrens.
""",
        "ack_schweigeklausel": """
Vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Aufgrund der Vielzahl an Zuschriften können wir leider nicht jede Bewerbung einzeln beantworten. Sollten Sie innerhalb von vier Wochen nach Ende der Bewerbungsfrist nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.
SUBJECT: Eingangsbestätigung – {role} || Dies ist eine automatisch erzeugte Nachricht. Ihre Bewerbung wurde erfolgreich übermittelt. Bitte haben Sie Verständnis, dass wir uns ausschließlich bei Kandidatinnen und Kandidaten melden, die in die engere Auswahl kommen. Die Vorauswahl ist für die 24. Kalenderwoche geplant.
Wir bestätigen den Eingang Ihrer Unterlagen. Leider ist es uns aus Kapazitätsgründen nicht möglich, Zwischenbescheide zu versenden. Falls Sie bis zum 15. Oktober keine Einladung erhalten haben, ist davon auszugehen, dass wir Sie im aktuellen Verfahren nicht berücksichtigen können.
Danke für deine Bewerbung! Wir sind ein kleines Team und schaffen es leider nicht immer, sofort allen zu antworten. Wenn du nach drei Wochen noch nichts gehört hast, frag gern einfach unter dieser Adresse nach – wir lesen wirklich alles.
Ihre Bewerbung wurde unter der Kennziffer 2024/117 registriert. Wir bitten um Verständnis, dass wir während des laufenden Verfahrens keine Einzelauskünfte zum Bearbeitungsstand geben können.
Ihre Bewerbung ist eingegangen und wird nun von unserem Recruiting-Team geprüft. Wir bedauern, dass wir aufgrund des hohen Aufkommens kein individuelles Feedback zu den Unterlagen geben können. Bei positiver Rückmeldung kontaktieren wir Sie innerhalb von 30 Tagen.
""",
        "ack_pausiert": """
Wir möchten Sie darüber informieren, dass das Besetzungsverfahren für die Position {role} vorübergehend ausgesetzt wurde, da die Budgetplanung für das kommende Jahr noch nicht abgeschlossen ist. Eine Entscheidung über Ihre Bewerbung ist damit nicht verbunden; Ihre Unterlagen bleiben im Verfahren.
SUBJECT: Stellenbesetzung {role} – vorläufig pausiert || Leider müssen wir den Prozess für diese Stelle aufgrund einer internen Umstrukturierung vorerst anhalten. Wir wissen, dass das unbefriedigend ist, und bitten um Entschuldigung. Ihre Bewerbung wurde weder zurückgezogen noch abgelehnt – wir melden uns, sobald es weitergeht.
Leider gilt bei uns bis Ende des Quartals ein Einstellungsstopp für alle neuen Stellen. Die Ausschreibung für {role} ist eingefroren, aber nicht geschlossen. Deine Gesprächsnotizen sind gespeichert, und wir würden gern dort weitermachen, wo wir aufgehört haben.
Ich muss Sie leider um noch etwas Geduld bitten: Die Stelle muss erst vom Verwaltungsrat freigegeben werden, der am 22. tagt. Bis dahin können wir keine Entscheidungen treffen und niemanden einladen.
Der Status Ihrer Bewerbung für {role} lautet: Verfahren pausiert. Dies ist eine automatische Benachrichtigung. Sie müssen nichts weiter unternehmen.
Leider hat mein Kunde die Suche nach einer/einem {role} vorerst auf Eis gelegt, weil die Berichtslinie der Stelle neu geklärt wird. Ihr Profil liegt dort weiterhin vor und kam gut an – ich habe nur noch keine Entscheidung und keinen Zeitplan für Sie.
Wegen der Verschiebung des Projektstarts müssen wir die geplanten Vorstellungsgespräche leider verschieben. Neue Termine stehen noch nicht fest. Ihre Bewerbung bleibt selbstverständlich im Verfahren, und wir kommen auf Sie zu, sobald der Zeitplan steht.
""",
        "ack_nachrueckliste": """
Ihre Bewerbung erfüllt die formalen Anforderungen und wurde in den Bewerberpool aufgenommen, während das Auswahlgremium die erste Gesprächsrunde durchführt. Ob Sie eingeladen werden, können wir leider noch nicht sagen. Spätestens bis zum 15. November erhalten Sie von uns Bescheid.
Sie stehen derzeit auf der Warteliste für das Assessment-Center am 3. März. Leider können wir Ihnen noch keinen festen Platz zusagen; Plätze werden frei, wenn andere Teilnehmende absagen. Bis Freitag wissen wir mehr.
Ich kann dir leider noch keine endgültige Antwort geben. Das Gremium hält dich für geeignet, und du stehst auf der Nachrückliste, bis die bereits ausgewählten Personen ihre Einstellungsunterlagen eingereicht haben. Ich melde mich so oder so, sobald das erledigt ist.
Ihr Name wurde in die Vormerkliste für dieses Auswahlverfahren aufgenommen. Die Liste ist zwölf Monate gültig. Eine Aufnahme begründet keinen Anspruch auf Einstellung, und wir können leider noch nicht absehen, wann Stellen frei werden.
""",
        "ack_test_ausstehend": """
Vielen Dank für die Teilnahme am Online-Test. Leider liegen die Ergebnisse noch nicht vor, da es bei unserem externen Dienstleister zu Verzögerungen kommt. Wir melden uns, sobald wir die Auswertung erhalten haben – Sie müssen nichts weiter tun.
SUBJECT: Deine Coding-Aufgabe || Sorry, dass du seit der Abgabe nichts von uns gehört hast. Zwei aus dem Review-Team waren krank, deshalb hat sich noch niemand deine Lösung richtig angeschaut. Ich kümmere mich diese Woche darum.
Ihre Testergebnisse sind bei uns eingegangen. Leider können wir Einzelergebnisse nicht an Bewerbende weitergeben. Die Ergebnisse werden gemeinsam mit Ihren Unterlagen in der Sitzung der Auswahlkommission am 12. Mai berücksichtigt.
Wir haben Ihre Referenzen angefragt, leider hat eine Ihrer Referenzpersonen noch nicht geantwortet. Bevor beide Auskünfte vorliegen, können wir Ihr Dossier nicht weiterleiten. Könnten Sie vielleicht kurz nachhaken?
""",
        "ack_unterlagen_fehlen": """
Leider ist Ihre Bewerbung für die Stelle {role} unvollständig: Uns fehlt eine Kopie Ihres Abschlusszeugnisses. Bitte laden Sie diese bis zum 28. Februar im Bewerbungsportal hoch, damit wir Ihre Bewerbung prüfen können. Nach diesem Datum unvollständige Bewerbungen können wir nicht berücksichtigen.
Wir bedauern, Ihnen mitteilen zu müssen, dass sich der Lebenslauf in Ihrer Bewerbung nicht öffnen lässt. Könnten Sie ihn uns bitte erneut als PDF senden? Ihre Bewerbung ist gespeichert und wird geprüft, sobald uns eine lesbare Fassung vorliegt.
SUBJECT: Handlung erforderlich: Ihre Bewerbung als {role} || Ihre Bewerbung ruht derzeit, weil die Angaben zur Arbeitserlaubnis fehlen. Bitte melden Sie sich im Kandidatenportal an und ergänzen Sie diese innerhalb von sieben Tagen.
Entschuldige, dass ich dich nochmal störe – bevor ich deine Unterlagen an die Fachabteilung weitergebe, brauche ich noch deine Gehaltsvorstellung und deine Kündigungsfrist. Eine kurze Antwort auf diese Mail reicht völlig.
Leider konnten wir Ihr erweitertes Führungszeugnis noch nicht berücksichtigen, da es älter als drei Monate ist. Bitte beantragen Sie ein aktuelles Zeugnis und reichen Sie es nach. Am weiteren Verfahren ändert sich dadurch nichts.
""",
        "ack_noch_kein_termin": """
Vielen Dank für Ihre Nachfrage. Einen Gesprächstermin können wir Ihnen leider noch nicht bestätigen – die Vorauswahl für {role} läuft noch, und die Fachabteilung möchte zunächst alle Bewerbungen sichten. Wir melden uns, sobald es Neuigkeiten gibt.
Ob Sie in die engere Auswahl kommen, kann ich Ihnen leider erst nach Ablauf der Bewerbungsfrist am 30. sagen. Alle Bewerbungen werden danach nach denselben Kriterien bewertet.
Es tut mir leid, aber einen Termin für das Zweitgespräch kann ich dir im Moment noch nicht nennen. Wir führen gerade noch die ersten Gespräche und planen die nächste Runde, sobald diese abgeschlossen sind.
Zu Ihrer Frage: Nein, ein Feedback gibt es leider noch nicht. Ihr Profil liegt noch beim Teamleiter, und er hat um eine weitere Woche gebeten. Entschieden ist noch nichts.
""",
        "ack_ausschreibung_geaendert": """
SUBJECT: Änderung der Stellenausschreibung {role} || Automatische Benachrichtigung: Die Stellenausschreibung, auf die Sie sich beworben haben, wurde aktualisiert (Arbeitsort geändert von Stuttgart zu Hybrid – Karlsruhe). Ihre Bewerbung wurde übernommen und befindet sich weiterhin in Prüfung.
Die Ausschreibung, auf die Sie sich beworben haben, wurde vom Arbeitgeber geändert. Leider verschiebt sich dadurch das Ende der Bewerbungsfrist auf den 31. Oktober. Ihre Bewerbung bleibt aktiv.
Hinweis: Ihre Bewerbung für {role} wird ab sofort von einer anderen Ansprechperson betreut. Der Status Ihrer Bewerbung bleibt unverändert: In Bearbeitung.
Bitte beachten Sie, dass die Stellenbezeichnung von „{role}“ in „Senior {role}“ geändert wurde. Wir bitten, eventuelle Unklarheiten zu entschuldigen. Ihre Bewerbung wird für die geänderte Stelle berücksichtigt, sofern Sie uns nichts anderes mitteilen.
""",
        "rej_abschlussmitteilung": """
SUBJECT: Abschluss des Auswahlverfahrens {role} || Die Vorauswahl für die Stelle {role} ist abgeschlossen. Alle Kandidatinnen und Kandidaten der engeren Wahl wurden am Montag telefonisch benachrichtigt. Sollten Sie keinen Anruf erhalten haben, konnten wir Ihre Bewerbung leider nicht berücksichtigen.
Wir informieren hiermit alle Bewerberinnen und Bewerber, dass die Vorstellungsgespräche für die Position {role} stattgefunden haben und die Auswahl getroffen wurde. Wenn Sie nicht zu einem Gespräch eingeladen wurden, wird Ihre Bewerbung nicht weiterverfolgt.
Die Bewerbungsfrist endete am 14. März, die Vorauswahl ist erfolgt und die eingeladenen Personen wurden benachrichtigt. Sofern Sie bisher nichts von uns gehört haben, betrachten Sie diese Nachricht bitte als Bestätigung, dass Sie nicht in die engere Wahl gekommen sind.
Wie in unserer Eingangsbestätigung angekündigt, melden wir uns nur bei Personen, die wir zur nächsten Runde einladen. Diese Runde ist inzwischen abgeschlossen – damit Sie nicht weiter warten: Ihre Bewerbung wurde nicht ausgewählt.
Wir hatten zugesagt, uns innerhalb von vier Wochen zu melden, falls es mit Ihrer Bewerbung weitergeht. Diese Frist ist nun verstrichen, und ich möchte Ihnen bestätigen, was unser Schweigen vielleicht schon vermuten ließ: Wir werden Ihre Bewerbung für {role} nicht weiterverfolgen.
Allgemeine Mitteilung an alle Bewerbenden: Die Einladungen zum Auswahltag wurden versandt, die Bewerbungsrunde ist geschlossen. Haben Sie keine Einladung erhalten, konnten wir Sie in diesem Verfahren leider nicht berücksichtigen.
Die Ausschreibung für {role} endete am Freitag, und alle erfolgreichen Bewerberinnen und Bewerber wurden inzwischen kontaktiert. Zu dieser Ausschreibung erfolgt keine weitere Mitteilung; wer nicht kontaktiert wurde, ist im Verfahren nicht weiter berücksichtigt.
Gespräche wurden mit den Bewerbenden geführt, deren Profil dem Anforderungsprofil am besten entsprach. Da Sie nicht kontaktiert wurden, bedauern wir, Ihnen mitteilen zu müssen, dass Ihre Bewerbung in diesem Verfahren nicht berücksichtigt wurde.
""",
        "rej_bewerbung_geschlossen": """
Nach sorgfältiger Prüfung haben wir entschieden, Ihre Bewerbung für die Position {role} zu schließen.
Wir haben uns entschieden, deine Bewerbung als {role} bei {company} nicht weiterzuverfolgen. Das sagt nichts über dein Potenzial aus – wir hatten einfach sehr viele starke Bewerbungen.
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung für {role} wurde geändert in: Abgeschlossen – nicht berücksichtigt. Eine Übersicht aller Bewerbungen finden Sie in Ihrem Kandidatenkonto.
Wir haben Ihre Unterlagen geprüft und uns entschieden, Sie nicht in die nächste Runde zu übernehmen. Ihre Bewerbung ist damit abgeschlossen. Gerne können Sie sich auf andere Stellen in unserem Karriereportal bewerben.
Ihre Bewerbung für {role} (Kennziffer 88213) wurde vom Fachbereich aus dem Verfahren genommen.
Nach Ihrem Gespräch am Dienstag hat sich das Team entschieden, Ihre Kandidatur für diese Stelle nicht fortzusetzen. Ich weiß, dass Sie sich eine andere Nachricht gewünscht hätten; gern biete ich Ihnen ein kurzes Feedbackgespräch an.
Kurzes Update von uns: Wir schließen deine Bewerbung für {role} ab. Das Team hat sich für Leute entschieden, deren Erfahrung näher an unserem aktuellen Tech-Stack liegt.
""",
        "rej_archiviert": """
Nach Abschluss des Auswahlverfahrens für die Position {role} wurde Ihr Profil archiviert. Wir nehmen es für zwölf Monate in unseren Talentpool auf und melden uns, falls eine passende Stelle frei wird.
Die Besetzung dieser Stelle ist abgeschlossen und Ihre Bewerbung wurde archiviert. Gemäß unseren Datenschutzhinweisen werden Ihre Daten nach sechs Monaten gelöscht, sofern Sie einer längeren Speicherung nicht zustimmen.
SUBJECT: Ihre Bewerbung bei {company} || Wir haben Ihr Profil in unsere Talent Community übernommen. Auch wenn wir Sie für die Position {role} nicht weiter berücksichtigen, würden wir gern in Kontakt bleiben.
Ihre Bewerbung wurde auf inaktiv gesetzt, da die Fachabteilung andere Kandidatinnen und Kandidaten für diese Stelle ausgewählt hat.
Die Entscheidung zur Stelle {role} ist gefallen, und wir werden Ihre Bewerbung nicht weiterverfolgen. Ihre Unterlagen wurden archiviert und werden nach 180 Tagen automatisch gelöscht.
Nach Prüfung durch die Fachabteilung wurde Ihre Bewerbung archiviert. Herzlichen Dank für die Zeit, die Sie investiert haben.
""",
        "rej_keine_besetzung": """
Nach Sichtung aller Bewerbungen haben wir entschieden, die Stelle {role} in dieser Ausschreibungsrunde nicht zu besetzen. Die Stelle wird voraussichtlich im Herbst erneut ausgeschrieben; eine neue Bewerbung ist dann herzlich willkommen.
Leider muss ich Ihnen mitteilen, dass die Stelle {role} nach der Budgetüberprüfung gestrichen wurde und nicht besetzt wird. Das betrifft alle Bewerbenden und hat nichts mit Ihnen persönlich zu tun.
SUBJECT: {role} – Ausschreibung zurückgezogen || Hiermit teilen wir Ihnen mit, dass die Ausschreibung für die Stelle {role} zurückgezogen wurde. Das Verfahren ist für alle Bewerbungen beendet.
Die Auswahlkommission ist zu dem Ergebnis gekommen, dass keine der Bewerbungen in diesem Verfahren das Anforderungsprofil vollständig erfüllt. Die Stelle wird daher nicht besetzt. Wir danken Ihnen für Ihr Interesse und Ihre Teilnahme am Gespräch.
Wir haben entschieden, die Stelle intern zu besetzen, und schließen das externe Verfahren damit ab. Danke dir für deine Zeit in den letzten Wochen!
Leider hat mein Mandant beschlossen, die Position {role} in diesem Jahr überhaupt nicht zu besetzen. Ich schließe die Suche daher ab, und Ihre Bewerbung wird nicht weitergeführt.
""",
        "rej_herzlich_halbsatz": """
Es war eine große Freude, Sie letzte Woche kennenzulernen, und das ganze Gremium war von Ihrer Präsentation zur Datenqualität begeistert – Ihre Beispiele aus dem Handel kamen in unserer Nachbesprechung noch mehrfach zur Sprache. Wir haben uns für eine andere Person entschieden, hoffen aber sehr, dass sich unsere Wege wieder kreuzen.
Ganz herzlichen Dank für all die Zeit und Energie, die du in den Prozess gesteckt hast: zwei Gespräche, eine Fallstudie und viele kluge Fragen. Auch wenn wir dir die Stelle nicht anbieten können, sollst du wissen, dass es eine sehr knappe Entscheidung war.
Wir haben es sehr geschätzt, Sie in den vergangenen Wochen kennenzulernen, und auch wenn das Team sich für jemanden mit etwas passenderem Hintergrund entschieden hat, gehörte Ihre Fallstudie zu den stärksten, die wir erhalten haben.
Was für ein schönes Gespräch am Donnerstag – danke für deine Offenheit und die durchdachten Fragen zu unserer Roadmap. Diesmal geht es nicht weiter, aber ich behalte dich für das Plattform-Team im nächsten Jahr im Hinterkopf.
Ich möchte mich persönlich für Ihre Bewerbung und die Mühe dahinter bedanken; Ihr Anschreiben war wirklich ein Vergnügen zu lesen, und auch wenn wir diesmal anderen Bewerbungen den Vorzug geben, würden wir uns freuen, wieder von Ihnen zu hören.
Danke, dass Sie für den Auswahltag nach Graz gereist sind – wir wissen, dass es ein langer Tag war, und Sie haben die Gruppenübung hervorragend gemeistert. Die Kommission hat die Stelle anderweitig vergeben, und es tut mir leid, Ihnen das schreiben zu müssen.
Ihre Begeisterung für unsere Mission war in jedem Teil Ihrer Bewerbung spürbar, und wir sind dankbar, dass Sie sich die Zeit genommen haben. Diesmal haben wir die Stelle an jemand anderen vergeben, aber bleiben Sie gern mit uns in Kontakt.
Nochmals danke für das nette Gespräch mit {sender_first} und mir – wir waren beide beeindruckt. Am Ende haben wir uns für diese Rolle anders entschieden; nimm das bitte nicht zu persönlich, es war knapp.
""",
        "rej_knapp": """
Sie wurden für die Position {role} nicht ausgewählt.
Leider war Ihre Bewerbung nicht erfolgreich.
Wir werden Ihre Bewerbung nicht weiterverfolgen.
SUBJECT: {role} || Die Stelle ist bereits besetzt. Danke für Ihre Bewerbung.
Die Stelle wurde bereits vergeben.
Diesmal hat es leider nicht geklappt – wir haben uns für jemand anderen entschieden.
Ergebnis: nicht berücksichtigt.
""",
        "inv_mit_bedauern": """
Entschuldigen Sie bitte die lange Wartezeit und vielen Dank für Ihre Geduld! Das Verfahren hat leider länger gedauert als geplant, aber ich freue mich, Sie nun zu einem Vorstellungsgespräch für die Stelle {role} einzuladen. Passt Ihnen Dienstag um 10 Uhr, Mittwoch um 14:30 Uhr oder Donnerstag um 16 Uhr?
Leider ist unsere Interviewerin für Donnerstag erkrankt, sodass wir Ihr Gespräch verschieben müssen – es tut mir sehr leid, dass das so kurzfristig ist. Wäre Ihnen Montag um 11 Uhr oder Dienstag um 15 Uhr recht? Es bleibt bei einem 45-minütigen Videocall.
Leider können wir wegen Umbauarbeiten in dieser Runde keine Gespräche vor Ort führen. Der nächste Schritt für {role} ist daher ein Videogespräch mit der Teamleitung. Bitte buche dir über den Link unten einen Termin von 30 Minuten.
SUBJECT: Nächster Schritt – sorry für die Verzögerung! || Entschuldige, dass wir so still waren. Wir würden dich gern in die technische Runde einladen: 90 Minuten Pair-Programming mit zwei Leuten aus dem Team. Schick mir doch drei Termine, die dir nächste Woche passen.
Schade, dass wir letzte Woche keinen passenden Termin gefunden haben. Neuer Versuch: Hättest du Freitagvormittag Zeit für ein kurzes Telefonat? Zwischen 9 und 12 Uhr geht bei mir alles.
""",
        "off_mit_bedauern": """
Es tut mir leid, dass Sie nach der letzten Runde so lange auf unsere Rückmeldung warten mussten. Umso mehr freue ich mich, Ihnen heute die Stelle als {role} anbieten zu dürfen. Den Vertragsentwurf mit Gehalt und Eintrittsdatum finden Sie im Anhang; bitte geben Sie uns bis nächsten Freitag Bescheid.
Leider können wir Ihrer Gehaltsvorstellung nicht ganz entsprechen, möchten Sie aber unbedingt im Team haben: Wir bieten Ihnen die Position {role} mit einem Jahresbruttogehalt von 68.000 Euro und einer Überprüfung nach der Probezeit an. Der Vertrag folgt nach Ihrer Zusage.
Eine reine Remote-Lösung ist in diesem Team leider nicht möglich – trotzdem möchten wir dir die Stelle als {role} sehr gern anbieten, hybrid mit zwei Bürotagen pro Woche. Das Angebot hängt an; ruf mich gern an, wenn du Fragen hast.
Sorry für die kurze Mail, ich sitze zwischen zwei Meetings, aber ich wollte nicht warten: Wir möchten dich einstellen! Die Unterlagen schicke ich dir heute Nachmittag.
""",
    },
    "fr": {
        "ack_retard": """
Nous sommes désolés de ce long silence. Malheureusement, l'examen des candidatures pour le poste de {role} prend plus de temps que prévu, plusieurs membres du jury ayant été absents. Aucune décision n'a encore été prise et votre candidature reste à l'étude. Nous reviendrons vers vous d'ici la fin du mois prochain.
SUBJECT: Point d'étape sur votre candidature – {role} || Nous avons le regret de vous informer que nous ne sommes pas encore en mesure de vous communiquer de réponse. La phase de présélection s'avère plus longue que prévu et nous vous prions de nous excuser pour ce délai. Votre dossier est toujours en cours d'examen.
Désolée de te répondre si tard ! On a pris environ trois semaines de retard sur le recrutement {role}. C'est entièrement de notre fait et ça ne dit rien de ta candidature, qui est toujours en lice. Merci pour ta patience.
Veuillez nous excuser pour ce délai de réponse. La responsable du recrutement pour ce poste était en congé et nous ne souhaitions prendre aucune décision sans elle. L'ensemble des dossiers, dont le vôtre, sera examiné à son retour le 14 ; vous n'avez rien à faire d'ici là.
Nous regrettons de ne pas encore pouvoir vous indiquer de date pour la prochaine étape. Les entretiens pour le poste de {role} ont été décalés le temps de finaliser le périmètre du poste. Votre candidature n'a pas été écartée : elle est simplement en attente, comme toutes celles reçues avant la date limite.
Petit mot rapide, car je sais que ça fait un moment : pas encore de nouvelles, malheureusement. L'équipe continue de passer en revue les candidatures pour le poste de {role} et rien n'est décidé. Je vous réécris dès que j'ai du concret.
En raison de la période des congés et d'un nombre de candidatures exceptionnellement élevé, le traitement des dossiers pour cet affichage prendra plus de temps que les quatre semaines annoncées. Nous vous prions d'accepter nos excuses. Tous les candidats seront informés par courriel du résultat.
""",
        "ack_clause_silence": """
Votre candidature au poste de {role} a bien été reçue. En raison du très grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacun. Sans réponse de notre part dans un délai de quatre semaines après la clôture de l'offre, vous pourrez considérer que votre candidature n'a pas été retenue.
SUBJECT: Accusé de réception – {role} || Ceci est un message automatique, merci de ne pas y répondre. Nous accusons réception de votre dossier. Compte tenu du volume de candidatures, seules les personnes présélectionnées seront contactées. La présélection aura lieu au cours de la semaine 24.
Nous vous remercions pour votre candidature, qui sera étudiée avec attention par notre équipe. Nous regrettons de ne pouvoir communiquer de retour personnalisé à ce stade. Si votre profil correspond à nos besoins, nous vous contacterons dans un délai de 30 jours.
Merci pour ta candidature ! On est une petite équipe et on ne peut malheureusement pas répondre tout de suite à tout le monde. Si tu n'as pas de nouvelles d'ici trois semaines, n'hésite pas à nous relancer à cette adresse – on lit vraiment tout.
Votre candidature a été enregistrée sous la référence 2024-RH-0917. Nous ne pouvons malheureusement pas donner d'information sur l'état d'avancement des dossiers pendant la période d'affichage. Si vous n'avez pas été contacté(e) d'ici le 30 septembre, vous pourrez considérer que votre candidature n'a pas été retenue pour une entrevue.
Nous avons bien reçu votre dossier de candidature. Nous attirons votre attention sur le fait que, faute de moyens, nous ne pouvons pas adresser de réponse d'attente. Nous reviendrons vers vous uniquement si votre profil est retenu pour la suite du processus.
""",
        "ack_en_suspens": """
Nous tenions à vous informer que le recrutement pour le poste de {role} est suspendu le temps de finaliser la revue budgétaire annuelle. Nous ne pouvons malheureusement pas encore dire quand il reprendra, mais aucune décision n'a été prise concernant les candidats et votre dossier reste actif.
SUBJECT: Poste de {role} – recrutement suspendu || Nous écrivons à l'ensemble des candidats pour les informer que ce recrutement est mis en pause en raison d'une réorganisation interne. Nous savons que cette situation est frustrante et nous en sommes désolés. Votre candidature n'a été ni retirée ni refusée ; nous reprendrons contact dès que le processus redémarrera.
Malheureusement, un gel des embauches s'applique à toute la direction technique jusqu'à la fin du trimestre. Le poste de {role} est gelé, pas fermé : tes comptes rendus d'entretien sont conservés et on espère reprendre là où on s'était arrêtés.
Je dois vous demander encore un peu de patience : le financement de ce poste doit être validé par le conseil d'administration, qui ne se réunit que le 22. D'ici là, nous ne pouvons ni convoquer ni prendre de décision.
Le processus de recrutement pour le poste de {role} est actuellement en attente. Ceci est une notification automatique ; aucune action n'est requise de votre part et le statut de votre candidature reste « En cours d'examen ».
Désolé de vous écrire sans vraie nouvelle. Mon client m'a demandé de mettre en pause la recherche pour le poste de {role} le temps de revoir le rattachement hiérarchique du poste. Votre CV est toujours entre leurs mains et a été bien reçu ; je n'ai simplement ni décision ni calendrier à vous donner.
En raison du report du démarrage du projet, nous avons malheureusement dû reporter les entretiens prévus. Les nouvelles dates ne sont pas encore fixées. Votre candidature reste à l'étude et nous vous recontacterons dès que le calendrier sera arrêté.
""",
        "ack_liste_attente": """
Votre candidature répond aux critères requis et a été versée dans notre vivier pendant que le jury mène le premier tour d'entretiens. Nous ne pouvons malheureusement pas encore vous dire si vous serez convoqué(e) ; cela dépendra de l'issue de ce tour. Nous vous écrirons au plus tard le 15 novembre.
Vous êtes actuellement sur liste d'attente pour la journée d'évaluation du 3 mars. Désolés de ne pas pouvoir vous confirmer de place pour le moment : des places se libèrent lorsque d'autres candidats se désistent. Nous vous tiendrons informé(e) d'ici vendredi.
Je ne peux malheureusement pas encore te donner de réponse définitive. Le jury t'a jugé apte et tu figures sur la liste complémentaire le temps que les personnes déjà retenues finalisent leurs formalités d'embauche. Je reviens vers toi dans tous les cas dès que c'est fait.
Nous vous informons que vous êtes inscrit(e) sur la liste complémentaire de ce recrutement, valable douze mois. Cette inscription ne vaut pas promesse d'embauche et nous ne sommes malheureusement pas en mesure de vous indiquer quand des postes se libéreront.
""",
        "ack_test_en_attente": """
Merci d'avoir passé le test en ligne. Malheureusement, les résultats ne sont pas encore disponibles, notre prestataire rencontrant des retards de traitement. Nous vous contacterons dès réception et analyse de vos résultats ; aucune action n'est nécessaire de votre part.
SUBJECT: Ton exercice technique || Désolé pour le silence radio depuis l'envoi de ton exercice. Deux relecteurs ont été malades, donc personne ne l'a encore vraiment regardé. Je relance cette semaine et je te donne une réponse.
Nous avons bien reçu les résultats de vos tests psychotechniques. Nous regrettons de ne pas pouvoir communiquer les scores individuels. Ils seront examinés avec votre dossier par la commission de sélection, qui se réunira le 12 mai.
Nous avons sollicité vos références, mais l'une de vos personnes de référence ne nous a malheureusement pas encore répondu. Nous ne pouvons pas faire avancer votre dossier tant que les deux retours ne sont pas arrivés ; pourriez-vous la relancer gentiment ?
""",
        "ack_pieces_manquantes": """
Votre dossier de candidature au poste de {role} est malheureusement incomplet : il manque la copie de votre diplôme. Merci de la déposer sur la plateforme de candidature avant le 28 février afin que votre dossier puisse être examiné. Les dossiers incomplets à cette date ne pourront pas être pris en compte.
Nous avons le regret de vous informer que le CV joint à votre candidature ne peut pas être ouvert, le fichier semblant endommagé. Pourriez-vous nous le renvoyer au format PDF ? Votre candidature est enregistrée et sera étudiée dès réception d'une version lisible.
SUBJECT: Action requise : votre candidature au poste de {role} || Votre candidature est en attente car la rubrique relative à l'autorisation de travail n'a pas été complétée. Merci de vous connecter à votre espace candidat et de la compléter sous sept jours.
Désolée de te relancer : avant de transmettre ton dossier au manager, il me manque encore tes prétentions salariales et ta durée de préavis. Une réponse rapide à ce mail suffit.
Malheureusement, l'extrait de casier judiciaire que vous nous avez transmis date de plus de trois mois et ne peut être accepté. Merci de nous faire parvenir un extrait récent ; cela ne change rien à la suite de la procédure.
""",
        "ack_pas_encore_entretien": """
Merci pour votre message. Nous ne pouvons malheureusement pas encore vous confirmer d'entretien : la liste des candidats présélectionnés pour le poste de {role} est toujours en cours d'élaboration. Je reviens vers vous dès que j'en sais plus.
Je ne serai malheureusement en mesure de vous dire si vous êtes présélectionné(e) qu'après la clôture de l'affichage, le 30. Toutes les candidatures sont évaluées selon les mêmes critères après cette date.
Je suis désolé, mais je ne peux pas encore te donner de date pour le deuxième entretien. Nous terminons le premier tour et planifierons la suite une fois celui-ci bouclé.
Pour répondre à votre question : non, nous n'avons pas encore de retour. Votre profil est toujours entre les mains du responsable d'équipe, qui a demandé une semaine supplémentaire. Rien n'est décidé.
""",
        "ack_offre_modifiee": """
SUBJECT: Modification de l'offre {role} || Notification automatique : l'offre à laquelle vous avez postulé a été mise à jour (lieu de travail modifié de Lyon à Hybride – Villeurbanne). Votre candidature a été transférée vers l'offre mise à jour et reste en cours d'examen.
L'offre à laquelle vous avez répondu a été modifiée par l'employeur. La date de clôture est malheureusement repoussée au 31 octobre. Votre candidature reste active.
Avis automatique : votre candidature au poste de {role} est désormais suivie par une autre chargée de recrutement. Le statut de votre candidature est inchangé : En cours.
Veuillez noter que l'intitulé du poste a été modifié de « {role} » en « {role} senior ». Nous vous prions de nous excuser pour toute confusion. Votre candidature sera examinée pour le poste modifié, sauf avis contraire de votre part.
""",
        "rej_avis_cloture": """
SUBJECT: Fin du processus de sélection – {role} || La présélection pour le poste de {role} est terminée et les candidats retenus ont été contactés par téléphone lundi. Si vous n'avez pas reçu d'appel, nous avons le regret de vous informer que votre candidature n'a pas été retenue.
Nous informons l'ensemble des candidats que les entretiens pour le poste de {role} ont eu lieu la semaine dernière et que le jury a arrêté son choix. Si vous n'avez pas été convoqué(e), votre candidature ne sera pas poursuivie.
La date limite de dépôt était fixée au 14 mars et la présélection a eu lieu. Les personnes retenues pour un entretien ont été prévenues. Si vous n'avez reçu aucune nouvelle de notre part, veuillez considérer ce message comme la confirmation que votre candidature n'a pas été retenue.
Comme indiqué dans notre accusé de réception, nous ne contactons que les candidats invités à l'étape suivante. Cette étape est désormais terminée ; pour ne pas vous laisser dans l'attente, nous vous confirmons que votre candidature n'a pas été sélectionnée.
Nous nous étions engagés à revenir vers vous sous quatre semaines si votre candidature avançait. Ce délai est écoulé et je vous confirme ce que notre silence laissait peut-être deviner : nous ne donnerons pas suite à votre candidature au poste de {role}.
Avis à l'ensemble des candidats : les convocations à la journée d'évaluation ont été envoyées et la campagne est close. Si vous n'en avez pas reçu, nous ne sommes malheureusement pas en mesure de donner suite à votre candidature cette fois-ci.
L'affichage du poste de {role} a pris fin vendredi et toutes les personnes retenues ont été jointes. Aucune autre communication ne sera envoyée concernant cet affichage ; si vous n'avez pas été contacté(e), votre candidature n'a pas été retenue.
Les entrevues ont été proposées aux candidats dont le profil correspondait le mieux aux exigences du poste. Puisque vous n'avez pas été contacté(e), nous regrettons de vous informer que votre candidature n'a pas été retenue dans le cadre de ce concours.
""",
        "rej_candidature_cloturee": """
Après étude attentive, nous avons décidé de clôturer votre candidature au poste de {role}.
Nous avons décidé de clore ta candidature pour le poste de {role} chez {company}. Ce n'est pas un jugement sur ton potentiel : nous avons reçu énormément de très bons profils.
SUBJECT: Changement de statut de votre candidature || Le statut de votre candidature au poste de {role} est passé à : Clôturée – non retenue. Vous pouvez consulter l'ensemble de vos candidatures dans votre espace candidat.
Nous avons examiné votre dossier et avons décidé de ne pas le faire passer à l'étape suivante. Votre candidature est donc close. N'hésitez pas à postuler à d'autres offres sur notre site carrières.
Votre candidature au poste de {role} (réf. 88213) a été retirée du processus par l'équipe de recrutement.
À la suite de votre entretien de mardi, l'équipe a décidé de ne pas poursuivre votre candidature pour ce poste. Je sais que ce n'est pas la nouvelle que vous espériez ; je vous propose volontiers un court échange pour vous faire un retour.
Petit point de notre côté : on clôture ta candidature pour le poste de {role}. L'équipe a retenu des profils dont l'expérience est plus proche de notre stack actuelle.
""",
        "rej_profil_archive": """
À l'issue de la décision prise pour le poste de {role}, votre profil a été archivé. Nous le conservons dans notre vivier pendant douze mois et pourrons vous recontacter si une opportunité adaptée se présente.
Le recrutement pour ce poste est terminé et votre candidature a été archivée. Conformément à notre politique de confidentialité, vos données seront supprimées au bout de six mois, sauf si vous consentez à une conservation plus longue.
SUBJECT: Votre candidature chez {company} || Nous avons transféré votre profil dans notre communauté de talents. Même si nous ne poursuivons pas avec vous pour le poste de {role}, nous serions ravis de rester en contact pour de futures opportunités.
Votre candidature est passée au statut « inactive », le manager ayant sélectionné d'autres candidats pour ce poste.
Une décision a été prise pour le poste de {role} et nous ne donnerons pas suite à votre candidature. Vos documents ont été archivés et seront automatiquement supprimés après 180 jours.
Après examen par l'équipe opérationnelle, votre candidature a été archivée. Nous vous remercions du temps que vous y avez consacré.
""",
        "rej_poste_non_pourvu": """
Après examen de l'ensemble des candidatures, nous avons décidé de ne pas pourvoir le poste de {role} dans le cadre de cette campagne. Le poste sera probablement republié à l'automne et vous pourrez bien sûr postuler à nouveau.
J'ai le regret de vous annoncer que le poste de {role} a été supprimé à la suite de la revue budgétaire ; aucun recrutement n'aura donc lieu. Cela concerne tous les candidats et ne remet pas en cause votre profil.
SUBJECT: Poste de {role} – offre retirée || Nous vous informons que l'offre pour le poste de {role} a été retirée et ne sera pas pourvue. L'ensemble des candidatures est désormais clôturé.
Le jury a estimé qu'aucune candidature de cette session ne répondait pleinement aux exigences du poste ; le poste ne sera donc pas pourvu. Nous vous remercions de votre intérêt et de votre participation à l'entretien.
On a décidé de pourvoir le poste en interne, donc on clôt le processus externe. Merci beaucoup pour le temps que tu nous as consacré ces dernières semaines.
Malheureusement, mon client a décidé de ne pas recruter de {role} cette année. Je ferme donc la recherche de mon côté et votre candidature ne sera pas poursuivie.
""",
        "rej_chaleureux": """
Ce fut un vrai plaisir de vous rencontrer la semaine dernière, et tout le jury a apprécié votre présentation sur la qualité des données – vos exemples tirés de la grande distribution sont revenus plusieurs fois dans notre débriefing. Nous avons retenu un autre candidat, mais j'espère sincèrement que nos chemins se recroiseront.
Un immense merci pour tout le temps et l'énergie que tu as consacrés au processus : deux entretiens, une étude de cas et beaucoup de questions pertinentes. Même si nous ne te proposons pas le poste, sache que la décision s'est jouée à très peu de chose.
Nous avons beaucoup apprécié d'apprendre à vous connaître ces dernières semaines, et si l'équipe a choisi un profil un peu plus proche du besoin, votre étude de cas compte parmi les meilleures que nous ayons reçues.
Quel bel échange jeudi ! Merci pour ta franchise et tes questions sur notre feuille de route. On n'ira pas plus loin cette fois-ci, mais je garde ton profil en tête pour l'équipe plateforme l'an prochain.
Je tenais à vous remercier personnellement pour votre candidature et le soin que vous y avez apporté ; la lecture de votre lettre de motivation a été un vrai plaisir, et même si d'autres candidatures ont été privilégiées cette fois-ci, nous serions heureux de vous revoir postuler.
Merci d'être venu(e) jusqu'à Namur pour la journée d'évaluation – nous savons qu'elle a été longue, et vous avez brillé lors de l'exercice de groupe. Le jury a choisi de confier le poste à une autre personne, et je suis désolée de vous l'annoncer.
Votre enthousiasme pour notre mission transparaissait dans chaque partie de votre dossier, et nous vous remercions d'avoir pris le temps de postuler. Nous avons cette fois proposé le poste à une autre personne, mais restons en contact.
Merci encore pour cet échange sympa avec {sender_first} et moi, on en est ressortis tous les deux impressionnés. Au final, on est partis sur un autre profil pour ce poste ; ne le prends pas mal, ça s'est joué de peu.
""",
        "rej_laconique": """
Votre candidature au poste de {role} n'a pas été retenue.
Nous ne donnerons pas suite à votre candidature.
Malheureusement, votre candidature n'a pas abouti.
SUBJECT: {role} || Poste pourvu. Merci pour votre candidature.
Le poste a été pourvu.
Pas cette fois, désolé – on a retenu quelqu'un d'autre.
Résultat : candidature non retenue.
""",
        "inv_avec_regret": """
Désolée pour cette longue attente et merci pour votre patience ! Le processus a malheureusement pris plus de temps que prévu, mais j'ai le plaisir de vous inviter à un entretien pour le poste de {role}. Lequel de ces créneaux vous conviendrait : mardi 10 h, mercredi 14 h 30 ou jeudi 16 h ?
Malheureusement, notre intervieweuse de jeudi est malade et nous devons déplacer votre entretien – toutes mes excuses pour ce changement de dernière minute. Lundi à 11 h ou mardi à 15 h vous conviendrait-il ? Il s'agira toujours d'une visioconférence de 45 minutes.
En raison de travaux dans nos locaux, nous ne pouvons malheureusement pas organiser d'entretiens sur place. La prochaine étape pour le poste de {role} se fera donc en visio avec la responsable d'équipe ; merci de réserver un créneau de 30 minutes via le lien ci-dessous.
SUBJECT: Prochaine étape – désolés pour le délai ! || Pardon pour ce silence, nous regrettons d'avoir mis autant de temps à revenir vers toi. On aimerait te proposer l'étape technique : 90 minutes de pair programming avec deux personnes de l'équipe. Envoie-moi trois créneaux qui te vont la semaine prochaine.
Dommage qu'on n'ait pas trouvé de créneau la semaine dernière. On réessaie : serais-tu disponible vendredi matin pour un court appel ? N'importe quelle heure entre 9 h et 12 h me va.
""",
        "off_avec_regret": """
Je suis désolée que vous ayez dû attendre si longtemps notre retour après le dernier entretien. J'ai d'autant plus le plaisir de vous proposer le poste de {role}. Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération et la date de prise de poste ; merci de nous faire part de votre réponse d'ici vendredi prochain.
Nous ne pouvons malheureusement pas nous aligner entièrement sur vos prétentions salariales, mais nous tenons beaucoup à vous accueillir : nous vous proposons le poste de {role} avec une rémunération annuelle brute de 52 000 euros, revue à l'issue de la période d'essai. Le contrat suivra dès votre accord.
Le télétravail à 100 % n'est malheureusement pas possible dans cette équipe, mais nous serions ravis de te proposer le poste de {role} en hybride, avec deux jours par semaine au bureau. L'offre est en pièce jointe ; appelle-moi si tu veux en parler.
Désolé pour ce mail express, je suis entre deux réunions, mais je ne voulais pas attendre : on te propose le poste ! Je t'envoie les documents cet après-midi.
""",
    },
    "es": {
        "ack_retraso": """
Lamentamos la demora en responderle. Lamentablemente, la revisión de candidaturas para el puesto de {role} se está alargando más de lo previsto porque varios miembros del comité han estado fuera. Todavía no se ha tomado ninguna decisión y su candidatura sigue en proceso. Esperamos ponernos en contacto con usted antes de finales del mes que viene.
SUBJECT: Actualización sobre tu candidatura – {role} || Sentimos mucho no poder darte todavía una respuesta. La fase de preselección está llevando más tiempo del que planeamos y te pedimos disculpas por el silencio. Tu candidatura sigue en estudio y te escribiremos en cuanto se reúna el equipo.
¡Perdona que hayas tenido que esperar tanto! Vamos con unas tres semanas de retraso en el proceso de {role}. Es cosa nuestra y no dice nada de tu candidatura, que sigue abierta. Gracias por la paciencia.
Disculpe la tardanza. La responsable de la contratación ha estado de vacaciones y no queríamos tomar decisiones sin ella. Todas las candidaturas, incluida la suya, se revisarán a su regreso el día 14; mientras tanto no necesita hacer nada.
Sentimos no poder indicarle aún una fecha para el siguiente paso. Las entrevistas para el puesto de {role} se han aplazado mientras el área termina de definir las funciones. Su candidatura no ha sido descartada: simplemente está en espera, igual que todas las recibidas antes del cierre.
Te escribo rápido porque sé que ha pasado un tiempo: todavía no hay novedades, lo siento. El equipo sigue revisando postulaciones para {role} y no hay nada decidido. Te aviso apenas tenga algo concreto.
Debido a las fiestas y al número excepcionalmente alto de postulantes, la evaluación de las solicitudes para esta vacante tomará más de las cuatro semanas indicadas en la convocatoria. Le ofrecemos una disculpa por las molestias. Todas las personas participantes serán notificadas del resultado por escrito.
""",
        "ack_clausula_silencio": """
Hemos recibido su candidatura para el puesto de {role}. Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada persona. Si no recibe noticias nuestras en un plazo de cuatro semanas desde el cierre de la oferta, le rogamos que considere que su candidatura no ha sido seleccionada en esta ocasión.
SUBJECT: Confirmación de recepción – {role} || Este es un mensaje automático, por favor no responda. Su postulación se registró correctamente. Por el volumen de solicitudes, solo nos comunicaremos con las personas preseleccionadas. La preselección está prevista para la semana 24.
Gracias por tu postulación, ya la tenemos. Sentimos no poder dar retroalimentación personalizada en esta etapa. Si tu perfil encaja con lo que buscamos, te contactaremos en un plazo de 30 días.
¡Gracias por postularte! Somos un equipo chico y, lamentablemente, no siempre llegamos a contestarle a todo el mundo enseguida. Si en tres semanas no tuviste noticias, escribinos a esta dirección sin problema: leemos todo.
Su solicitud ha quedado registrada con el número de referencia 2024-RH-0917. Lamentamos no poder informar sobre el estado de las candidaturas mientras la convocatoria esté abierta. Si no ha sido contactado antes del 30 de septiembre, podrá entender que no ha pasado a la fase de entrevistas.
Hemos recibido su currículum. Le informamos de que, por limitaciones de recursos, no enviamos respuestas intermedias; solo nos pondremos en contacto si su perfil avanza a la siguiente fase del proceso.
""",
        "ack_en_pausa": """
Queremos informarle de que el proceso de selección para el puesto de {role} queda en pausa mientras se completa la revisión presupuestaria anual. Lamentablemente aún no podemos decir cuándo se retomará, pero no se ha tomado ninguna decisión sobre ningún candidato y su solicitud sigue activa.
SUBJECT: {role} – proceso en pausa || Escribimos a todas las personas candidatas para comunicarles que este proceso se ha detenido temporalmente por una reestructuración interna. Sabemos que es frustrante y lo sentimos. Su candidatura no ha sido retirada ni rechazada; volveremos a contactarle cuando el proceso se reanude.
Lamentablemente hay una congelación de contrataciones en todo el área de ingeniería hasta fin de trimestre. La vacante de {role} está congelada, no cerrada: tus notas de la entrevista están guardadas y esperamos seguir donde lo dejamos.
Le tengo que pedir un poco más de paciencia: la partida para este puesto está pendiente de aprobación por el consejo, que no se reúne hasta el día 22. Hasta entonces no podemos avanzar con nadie ni tomar decisiones.
El proceso de selección para {role} se encuentra en espera. Esta es una notificación automática; no necesita realizar ninguna acción y el estado de su solicitud sigue siendo «En revisión».
Siento escribirte sin novedades reales. Mi cliente nos pidió pausar la búsqueda de {role} mientras redefine a quién reportará el puesto. Tu CV sigue con ellos y les gustó; simplemente todavía no tengo ni decisión ni fechas para darte.
Debido al cambio en la fecha de inicio del proyecto, lamentablemente hemos tenido que posponer las entrevistas previstas. Las nuevas fechas aún no están definidas. Su candidatura sigue en consideración y le escribiremos en cuanto se confirme el calendario.
""",
        "ack_bolsa_reserva": """
Su candidatura cumple los requisitos mínimos y ha pasado a nuestra bolsa de candidatos mientras el comité realiza la primera ronda de entrevistas. Lamentablemente aún no podemos decirle si será convocado; dependerá del resultado de esa ronda. Le escribiremos a más tardar el 15 de noviembre.
Actualmente está en lista de espera para el assessment center del 3 de marzo. Sentimos no poder confirmarle plaza todavía: se liberan cuando otras personas cancelan. El viernes le diremos si hay un lugar disponible.
Todavía no te puedo dar una respuesta definitiva, lo siento. El comité te consideró apto y estás en la lista de reserva mientras las personas ya seleccionadas completan su documentación de alta. Te escribo en cualquier caso cuando eso esté resuelto.
Le comunicamos que ha sido incluido en la bolsa de empleo derivada de este proceso selectivo, con una vigencia de doce meses. La inclusión en la bolsa no garantiza una contratación y lamentamos no poder indicarle cuándo se producirán vacantes.
""",
        "ack_prueba_pendiente": """
Gracias por completar la prueba en línea. Lamentablemente, los resultados aún no están disponibles porque nuestro proveedor externo tiene retrasos en el procesamiento. Le contactaremos en cuanto los recibamos y revisemos; no necesita hacer nada más.
SUBJECT: Tu prueba técnica || Perdón por el silencio desde que entregaste la prueba. Dos de las personas que la revisan estuvieron enfermas, así que nadie la ha mirado todavía con calma. Esta semana lo muevo y te doy una respuesta.
Hemos recibido los resultados de sus pruebas psicotécnicas. Lamentamos no poder compartir las puntuaciones individuales. Se valorarán junto con su candidatura en la reunión del tribunal del 12 de mayo.
Hemos solicitado sus referencias, pero lamentablemente una de las personas indicadas aún no ha respondido. No podemos avanzar con su expediente hasta recibir ambas; ¿podría recordárselo amablemente?
""",
        "ack_documentos_faltantes": """
Lamentablemente su candidatura para el puesto de {role} está incompleta: no hemos encontrado la copia de su título académico entre los adjuntos. Le rogamos que la suba al portal antes del 28 de febrero para que podamos evaluarla. Las solicitudes incompletas después de esa fecha no podrán tenerse en cuenta.
Lamentamos informarle de que no hemos podido abrir el currículum adjunto a su solicitud, ya que el archivo parece dañado. ¿Podría reenviarlo en formato PDF? Su candidatura está guardada y se revisará en cuanto tengamos una copia legible.
SUBJECT: Acción requerida: su postulación a {role} || Su postulación está en espera porque falta completar la sección de permiso de trabajo. Ingrese a su cuenta de candidato y complétela en un plazo de siete días.
Perdona que te vuelva a molestar: antes de pasar tu perfil al responsable necesito tu pretensión salarial y tu disponibilidad de incorporación. Con una respuesta corta a este correo es suficiente.
Lamentablemente no hemos podido tramitar su alta porque el certificado de antecedentes que nos envió tiene más de tres meses. Le pedimos que solicite uno actualizado y nos lo haga llegar; el resto del proceso no cambia.
""",
        "ack_sin_entrevista_aun": """
Gracias por su mensaje. Lamentablemente todavía no podemos confirmarle una entrevista: la lista de preseleccionados para {role} aún se está elaborando. Le escribiré en cuanto haya novedades.
Lamentablemente no puedo decirle si pasará a la preselección hasta que cierre la convocatoria el día 30. Todas las candidaturas se valoran con los mismos criterios después de esa fecha.
Lo siento, pero de momento no puedo darte fecha para la segunda entrevista. Estamos terminando la primera ronda y programaremos la siguiente cuando acabemos.
Sobre su consulta: no, todavía no hay respuesta. Su perfil sigue con el jefe de equipo, que ha pedido una semana más. No hay nada decidido.
""",
        "ack_vacante_modificada": """
SUBJECT: Cambios en la oferta {role} || Notificación automática: la vacante a la que se postuló ha sido actualizada (ubicación cambiada de Guadalajara a Híbrido – Zapopan). Su solicitud se transfirió a la vacante actualizada y sigue en revisión.
La oferta a la que te inscribiste ha sido modificada por la empresa. Lamentablemente, la fecha de cierre se ha trasladado al 31 de octubre. Tu candidatura sigue activa.
Aviso automático: su candidatura para {role} ha sido reasignada a otra persona de selección. Es posible que a partir de ahora reciba comunicaciones de un contacto distinto. El estado no ha cambiado: En revisión.
Le informamos de que la denominación del puesto ha cambiado de «{role}» a «{role} Senior». Disculpe cualquier confusión. Su candidatura se tendrá en cuenta para el puesto modificado, salvo que nos indique lo contrario.
""",
        "rej_aviso_cierre": """
SUBJECT: Cierre del proceso de selección – {role} || La preselección para el puesto de {role} ha finalizado y las personas preseleccionadas fueron contactadas por teléfono el lunes. Si no ha recibido ninguna llamada, lamentamos comunicarle que su candidatura no ha prosperado.
Informamos a todas las personas candidatas de que las entrevistas para el puesto de {role} se realizaron la semana pasada y el comité ya ha tomado su decisión. Si no fue convocado a entrevista, su candidatura no continuará en el proceso.
El plazo de presentación finalizó el 14 de marzo y ya se ha realizado la preselección. Se ha avisado a las personas seleccionadas para entrevista. Si hasta ahora no ha tenido noticias nuestras, considere este mensaje como confirmación de que no ha sido preseleccionado.
Tal como le indicamos en el acuse de recibo, solo contactamos a quienes pasan a la siguiente fase. Esa fase ya ha concluido, así que, para que no siga esperando, le confirmamos que su candidatura no ha sido seleccionada.
Te dijimos que te escribiríamos en cuatro semanas si tu candidatura avanzaba. Ese plazo ya pasó y quiero confirmarte lo que quizá nuestro silencio ya te hizo intuir: no vamos a seguir adelante con tu candidatura para {role}.
Aviso general a todos los postulantes: ya se enviaron las invitaciones a la jornada de evaluación y la convocatoria está cerrada. Si no recibió invitación, lamentablemente no podremos continuar con su postulación en esta ocasión.
La vacante de {role} cerró el viernes y ya se contactó a todas las personas seleccionadas. No se enviarán más comunicaciones sobre esta vacante; si no ha sido contactado, su solicitud no ha avanzado.
Las entrevistas se ofrecieron a las candidaturas que mejor se ajustaban al perfil requerido. Dado que no ha sido contactado, lamentamos informarle de que su candidatura no fue preseleccionada en este proceso.
""",
        "rej_candidatura_cerrada": """
Tras una valoración detenida, hemos decidido cerrar su candidatura para el puesto de {role}.
Decidimos cerrar tu postulación para el puesto de {role} en {company}. No es un juicio sobre tu potencial: tuvimos muchísimos perfiles muy buenos.
SUBJECT: Cambio de estado de su candidatura || El estado de su candidatura para {role} ha cambiado a: Cerrada – no seleccionada. Puede consultar todas sus candidaturas en su área privada.
Hemos revisado su solicitud y hemos decidido no pasarla a la siguiente fase. Por tanto, su candidatura queda cerrada. Le invitamos a postularse a otras ofertas en nuestro portal de empleo.
Su candidatura para {role} (ref. 88213) ha sido retirada del proceso por el equipo de selección.
Después de su entrevista del martes, el equipo decidió no continuar con su candidatura para este puesto. Sé que no es la noticia que esperaba; con gusto le ofrezco una llamada breve si quiere retroalimentación.
Una actualización rápida: cerramos tu postulación para {role}. El equipo se decantó por perfiles con experiencia más cercana a nuestro stack actual.
""",
        "rej_perfil_archivado": """
Tras la decisión tomada para el puesto de {role}, su perfil ha sido archivado. Lo conservaremos en nuestra base de talento durante doce meses y podremos contactarle si surge una oportunidad adecuada.
La selección para esta vacante ha concluido y su candidatura ha sido archivada. De acuerdo con nuestra política de privacidad, sus datos se eliminarán a los seis meses, salvo que consienta una conservación más larga.
SUBJECT: Su candidatura en {company} || Hemos trasladado su perfil a nuestra comunidad de talento. Aunque no seguiremos adelante con usted para {role}, nos encantaría mantener el contacto para futuras oportunidades.
Su candidatura ha pasado a estado inactivo, ya que el responsable ha seleccionado a otras personas para esta vacante.
Ya se ha tomado una decisión sobre el puesto de {role} y no continuaremos con su candidatura. Su documentación ha sido archivada y se eliminará automáticamente a los 180 días.
Tras la revisión del área solicitante, su candidatura ha sido archivada. Le agradecemos el tiempo que ha dedicado.
""",
        "rej_plaza_desierta": """
Tras revisar todas las candidaturas, hemos decidido no cubrir el puesto de {role} en esta convocatoria. Es probable que volvamos a publicarlo en otoño y, por supuesto, podrá presentarse de nuevo.
Lamento comunicarle que el puesto de {role} ha sido cancelado tras la revisión presupuestaria, por lo que no se realizará ninguna contratación. Esto afecta a todas las candidaturas y no tiene que ver con usted.
SUBJECT: {role} – vacante retirada || Le informamos de que la vacante de {role} ha sido retirada y no se cubrirá. Todas las candidaturas a esta vacante quedan cerradas.
El tribunal ha concluido que ninguna de las candidaturas de este proceso cumple plenamente los requisitos del puesto, por lo que la plaza se declara desierta. Le agradecemos su interés y su participación en la entrevista.
Decidimos cubrir el puesto de forma interna, así que cerramos el proceso externo. ¡Mil gracias por tu tiempo estas últimas semanas!
Lamentablemente, mi cliente ha decidido no contratar a ningún {role} este año. Cierro la búsqueda por mi parte, así que su candidatura no seguirá adelante.
""",
        "rej_calido_medio": """
Fue un verdadero gusto conocerle la semana pasada y todo el comité disfrutó de su presentación sobre calidad de datos; sus ejemplos del sector retail salieron varias veces en nuestra reunión posterior. Nos hemos decantado por otra persona, pero espero sinceramente que nuestros caminos vuelvan a cruzarse.
Muchísimas gracias por todo el tiempo y la energía que le dedicaste al proceso: dos entrevistas, un caso práctico y un montón de preguntas muy buenas. Aunque no vamos a ofrecerte el puesto, quiero que sepas que la decisión estuvo muy reñida.
Hemos valorado mucho conocerle en estas semanas y, aunque el equipo ha optado por alguien con una trayectoria algo más cercana a lo que buscábamos, su caso práctico fue de los mejores que recibimos.
¡Qué buena charla la del jueves! Gracias por tu franqueza y por las preguntas sobre nuestra hoja de ruta. Esta vez no vamos a avanzar, pero te tengo en mente para el equipo de plataforma el año que viene.
Quería agradecerle personalmente su candidatura y el esfuerzo que hay detrás; leer su carta de presentación fue un placer y, aunque en esta ocasión seguimos con otras personas, nos encantaría volver a recibir su candidatura en el futuro.
Gracias por venir hasta Valencia para la jornada de evaluación; sabemos que fue larga y usted resolvió el ejercicio grupal de forma brillante. El comité ha decidido ofrecer la plaza a otra persona y siento tener que escribirle con esta noticia.
Su entusiasmo por nuestra misión se notaba en cada parte de su postulación y le agradecemos que se haya tomado el tiempo. En esta oportunidad ofrecimos el puesto a otra persona, pero nos encantaría seguir en contacto.
Gracias otra vez por la charla con {sender_first} y conmigo, salimos los dos muy impresionados. Al final fuimos por otro perfil para este puesto; no te lo tomes a mal, estuvo muy parejo.
""",
        "rej_escueto": """
No ha sido seleccionado para el puesto de {role}.
Lamentablemente, su candidatura no ha prosperado.
No continuaremos con su candidatura.
SUBJECT: {role} || Vacante cubierta. Gracias por postularse.
El puesto ya ha sido cubierto.
Esta vez no pudo ser, lo siento: elegimos a otra persona.
Resultado: no seleccionado.
""",
        "inv_con_disculpas": """
¡Perdone la larga espera y gracias por su paciencia! Lamentablemente el proceso se alargó más de lo previsto, pero me alegra invitarle a una entrevista para el puesto de {role}. ¿Le viene bien el martes a las 10:00, el miércoles a las 14:30 o el jueves a las 16:00?
Lamentablemente nuestra entrevistadora del jueves está enferma y tenemos que mover su entrevista; siento mucho avisarle con tan poca antelación. ¿Le vendría bien el lunes a las 11:00 o el martes a las 15:00? Seguirá siendo una videollamada de 45 minutos.
Por obras en la oficina, lamentablemente no podemos hacer entrevistas presenciales en esta ronda. El siguiente paso para {role} será una videollamada con la responsable del equipo; reserva un hueco de 30 minutos en el enlace de abajo cuando puedas.
SUBJECT: Siguiente paso – ¡perdón por la demora! || Disculpa el silencio, sentimos haber tardado tanto en responderte. Nos gustaría pasarte a la ronda técnica: 90 minutos de pair programming con dos personas del equipo. Mándame tres horarios que te vengan bien la semana que viene.
Qué pena que la semana pasada no encontramos horario. Probemos de nuevo: ¿podrías hacer una llamada corta el viernes por la mañana? Cualquier hora entre las 9 y las 12 me sirve.
""",
        "off_con_disculpas": """
Siento mucho que haya tenido que esperar tanto nuestra respuesta tras la última entrevista. Por eso me alegra aún más ofrecerle el puesto de {role}. Adjunto encontrará la carta oferta con el salario y la fecha de incorporación; le agradeceríamos su respuesta antes del próximo viernes.
Lamentablemente no podemos llegar a la cifra salarial que nos indicó, pero tenemos mucho interés en que se una al equipo: le ofrecemos el puesto de {role} con un salario bruto anual de 46.000 euros y una revisión a los seis meses. El contrato le llegará en cuanto nos confirme.
Lamentablemente el teletrabajo al cien por cien no es posible en este equipo, pero nos encantaría ofrecerte el puesto de {role} en modalidad híbrida, con dos días a la semana en la oficina. Te adjunto la oferta; llámame si quieres comentarla.
Perdón por el correo tan corto, estoy entre reuniones, pero no quería esperar: ¡te ofrecemos el puesto! Esta tarde te mando la documentación.
""",
    },
    "pt": {
        "ack_atraso": """
Pedimos desculpa pela demora. Infelizmente, a análise das candidaturas para a função de {role} está a demorar mais do que o previsto, porque vários membros do júri estiveram ausentes. Ainda não foi tomada qualquer decisão e a sua candidatura continua em processo. Contamos contactá-lo até ao final do próximo mês.
SUBJECT: Atualização sobre sua candidatura – {role} || Lamentamos informar que ainda não temos um retorno para você. A etapa de triagem está levando mais tempo do que planejamos e pedimos desculpas pelo silêncio. Sua candidatura continua em análise e entraremos em contato assim que o comitê se reunir.
Desculpa a demora! Estamos com umas três semanas de atraso no processo de {role}. É coisa nossa e não diz nada sobre a sua candidatura, que continua de pé. Obrigada pela paciência.
Pedimos desculpas pela demora no retorno. A gestora da vaga estava de férias e não quisemos tomar nenhuma decisão sem ela. Todas as candidaturas, incluindo a sua, serão avaliadas quando ela voltar, no dia 14; por enquanto você não precisa fazer nada.
Lamentamos não poder indicar-lhe ainda uma data para a próxima etapa. As entrevistas para {role} foram adiadas enquanto a equipa conclui a definição das funções. A sua candidatura não foi excluída: está apenas em espera, tal como todas as que recebemos dentro do prazo.
Só um recado rápido, porque sei que já faz um tempo: ainda não temos novidades, infelizmente. O time continua avaliando os currículos para {role} e nada foi decidido. Te escrevo assim que tiver algo concreto.
Devido ao período de férias e ao número excecionalmente elevado de candidaturas, a avaliação para esta oferta vai demorar mais do que as quatro semanas indicadas no anúncio. Pedimos a compreensão de V. Exa. Todos os candidatos serão informados do resultado por escrito.
""",
        "ack_clausula_silencio": """
Recebemos a sua candidatura para a função de {role}. Devido ao elevado número de candidaturas, infelizmente não nos é possível responder individualmente a cada pessoa. Caso não receba notícias nossas no prazo de quatro semanas após o fecho do anúncio, deverá considerar que a sua candidatura não foi selecionada nesta ocasião.
SUBJECT: Confirmação de inscrição – {role} || Esta é uma mensagem automática, não responda. Sua inscrição foi registrada com sucesso. Pelo grande volume de candidaturas, entraremos em contato apenas com as pessoas selecionadas para a próxima etapa. A triagem está prevista para a semana 24.
Obrigado pela sua candidatura, ela já está com a gente. Infelizmente não conseguimos dar feedback individual nesta fase. Se o seu perfil tiver aderência à vaga, entraremos em contato em até 30 dias.
Valeu por se candidatar! Somos um time pequeno e, infelizmente, nem sempre conseguimos responder todo mundo na hora. Se em três semanas você não tiver notícias, manda um e-mail pra este endereço sem problema – a gente lê tudo.
A sua candidatura ficou registada com a referência 2024-RH-0917. Lamentamos não poder prestar informações sobre o estado das candidaturas enquanto o procedimento estiver aberto. Se não for contactado até 30 de setembro, poderá considerar que não foi selecionado para entrevista.
Recebemos o seu currículo. Informamos que, por limitação de recursos, não enviamos respostas intermédias; só voltaremos a contactá-lo se o seu perfil avançar para a fase seguinte.
""",
        "ack_em_espera": """
Gostaríamos de informar que o processo seletivo para {role} está suspenso enquanto concluímos a revisão orçamentária anual. Infelizmente ainda não sabemos quando ele será retomado, mas nenhuma decisão foi tomada sobre os candidatos e sua candidatura continua ativa.
SUBJECT: {role} – processo suspenso temporariamente || Estamos a escrever a todos os candidatos para informar que este recrutamento foi suspenso devido a uma reestruturação interna. Sabemos que é frustrante e lamentamos a incerteza. A sua candidatura não foi retirada nem recusada; voltaremos a contactá-lo quando o processo for retomado.
Infelizmente estamos com as contratações congeladas em toda a área de engenharia até o fim do trimestre. A vaga de {role} está congelada, não encerrada: suas anotações da entrevista estão guardadas e a ideia é retomar de onde paramos.
Tenho de lhe pedir mais um pouco de paciência: o financiamento deste lugar aguarda aprovação do conselho de administração, que só reúne no dia 22. Até lá não podemos avançar com ninguém nem tomar decisões.
O processo seletivo para {role} está em espera. Esta é uma notificação automática; nenhuma ação é necessária e o status da sua candidatura continua «Em análise».
Desculpe escrever sem uma novidade de verdade. Meu cliente pediu para pausar a busca de {role} enquanto redefine a quem a posição vai se reportar. Seu currículo continua com eles e foi bem recebido; eu só ainda não tenho decisão nem prazo para te passar.
Devido à alteração da data de arranque do projeto, infelizmente tivemos de adiar as entrevistas previstas. As novas datas ainda não estão definidas. A sua candidatura continua em apreciação e voltaremos ao contacto assim que o calendário estiver fechado.
""",
        "ack_cadastro_reserva": """
Sua candidatura atende aos requisitos mínimos e foi incluída no nosso banco de talentos enquanto o comitê conduz a primeira rodada de entrevistas. Infelizmente ainda não podemos dizer se você será chamado; isso depende do resultado dessa rodada. Daremos um retorno até 15 de novembro, no máximo.
Encontra-se atualmente em lista de espera para o assessment center de 3 de março. Lamentamos não poder ainda confirmar a sua vaga: os lugares libertam-se quando outros candidatos desistem. Na sexta-feira dir-lhe-emos se há lugar disponível.
Ainda não consigo te dar uma resposta definitiva, desculpa. A banca te considerou apto e você está no cadastro reserva enquanto as pessoas já aprovadas entregam a documentação de admissão. Te escrevo de qualquer forma assim que isso se resolver.
Informamos que o seu nome foi integrado na reserva de recrutamento deste procedimento concursal, válida por doze meses. A integração na reserva não confere direito a contratação e lamentamos não poder indicar quando surgirão vagas.
""",
        "ack_teste_pendente": """
Obrigado por concluir o teste online. Infelizmente os resultados ainda não estão disponíveis, pois nosso fornecedor externo está com atrasos no processamento. Entraremos em contato assim que recebermos e analisarmos os resultados; nenhuma ação adicional é necessária.
SUBJECT: Seu desafio técnico || Desculpa o silêncio desde que você entregou o desafio. Duas pessoas que avaliam ficaram doentes, então ninguém olhou com calma ainda. Vou cobrar isso esta semana e te dou um retorno.
Recebemos os resultados dos seus testes psicotécnicos. Lamentamos não poder partilhar as pontuações individuais. Serão apreciados juntamente com a sua candidatura na reunião do júri de 12 de maio.
Pedimos as suas referências, mas infelizmente uma das pessoas indicadas ainda não respondeu. Não podemos avançar com o seu processo enquanto não recebermos as duas; poderia lembrá-la gentilmente?
""",
        "ack_documentos_em_falta": """
Infelizmente a sua candidatura para a função de {role} está incompleta: não encontrámos a cópia do seu certificado de habilitações. Pedimos que a carregue na plataforma até 28 de fevereiro para que a candidatura possa ser avaliada. As candidaturas incompletas após essa data não serão consideradas.
Lamentamos informar que não conseguimos abrir o currículo anexado à sua candidatura, pois o arquivo parece corrompido. Você poderia reenviá-lo em PDF? Sua candidatura está salva e será analisada assim que tivermos uma cópia legível.
SUBJECT: Ação necessária: sua candidatura para {role} || Sua candidatura está pendente porque a seção de documentação para trabalho não foi preenchida. Acesse sua conta de candidato e complete-a em até sete dias.
Desculpa te incomodar de novo: antes de passar teu perfil para a gestora, preciso da tua pretensão salarial e da tua disponibilidade para começar. Uma resposta curta a este e-mail já basta.
Infelizmente não foi possível dar seguimento ao seu processo de admissão, porque o certificado de registo criminal enviado tem mais de três meses. Pedimos que obtenha um certificado atualizado e no-lo envie; o resto do processo mantém-se.
""",
        "ack_sem_entrevista_ainda": """
Obrigada pela sua mensagem. Infelizmente ainda não podemos confirmar uma entrevista: a lista de pré-selecionados para {role} ainda está sendo fechada. Te aviso assim que houver novidades.
Infelizmente só poderei dizer-lhe se foi pré-selecionado depois do fecho do anúncio, no dia 30. Todas as candidaturas são avaliadas segundo os mesmos critérios após essa data.
Sinto muito, mas por enquanto não consigo te passar uma data para a segunda entrevista. Estamos terminando a primeira rodada e vamos agendar a próxima quando ela acabar.
Sobre a sua pergunta: não, ainda não temos retorno. O seu perfil continua com o líder da equipa, que pediu mais uma semana. Nada está decidido.
""",
        "ack_vaga_alterada": """
SUBJECT: Alteração na vaga {role} || Notificação automática: a vaga para a qual você se candidatou foi atualizada (local alterado de São Paulo para Híbrido – Campinas). Sua candidatura foi transferida para a vaga atualizada e continua em análise.
A oferta a que se candidatou foi alterada pela entidade empregadora. Infelizmente, a data de encerramento passou para 31 de outubro. A sua candidatura continua ativa.
Aviso automático: sua candidatura para {role} foi transferida para outra recrutadora. Você poderá receber comunicações de um contato diferente a partir de agora. O status não mudou: Em análise.
Informamos que a designação da função foi alterada de «{role}» para «{role} Sénior». Pedimos desculpa por qualquer confusão. A sua candidatura será considerada para a função alterada, salvo indicação em contrário.
""",
        "rej_aviso_encerramento": """
SUBJECT: Encerramento do processo seletivo – {role} || A triagem para a vaga de {role} foi concluída e as pessoas selecionadas foram contatadas por telefone na segunda-feira. Se você não recebeu nenhuma ligação, infelizmente sua candidatura não seguiu no processo.
Informamos todos os candidatos de que as entrevistas para a função de {role} decorreram na semana passada e o júri já tomou a sua decisão. Se não foi convocado para entrevista, a sua candidatura não terá seguimento.
O prazo de candidatura terminou a 14 de março e a pré-seleção já foi feita. Os candidatos selecionados para entrevista foram notificados. Se até agora não teve notícias nossas, considere esta mensagem como confirmação de que não foi pré-selecionado.
Como informamos na confirmação de inscrição, só entramos em contato com quem avança para a próxima etapa. Essa etapa já terminou, então, para você não ficar esperando: sua candidatura não foi selecionada.
A gente tinha dito que daria notícias em quatro semanas se a sua candidatura avançasse. Esse prazo passou e quero confirmar o que o nosso silêncio talvez já tenha indicado: não vamos seguir com a sua candidatura para {role}.
Aviso geral a todos os candidatos: os convites para o dia de avaliação já foram enviados e o processo está encerrado. Se não recebeu convite, infelizmente não nos será possível dar seguimento à sua candidatura desta vez.
A vaga de {role} foi encerrada na sexta-feira e todas as pessoas aprovadas já foram contatadas. Não enviaremos outras comunicações sobre esta vaga; se você não foi contatado, sua candidatura não avançou.
As entrevistas foram propostas aos candidatos cujo perfil melhor correspondia aos requisitos da função. Uma vez que não foi contactado, lamentamos informar que a sua candidatura não foi pré-selecionada neste procedimento.
""",
        "rej_candidatura_encerrada": """
Após análise cuidadosa, decidimos encerrar a sua candidatura para a função de {role}.
Decidimos encerrar sua candidatura para a vaga de {role} na {company}. Isso não é um julgamento sobre o seu potencial: recebemos muitos perfis muito fortes.
SUBJECT: Mudança de status da sua candidatura || O status da sua candidatura para {role} foi alterado para: Encerrada – não selecionado. Você pode acompanhar todas as suas candidaturas na sua área do candidato.
Analisámos a sua candidatura e decidimos não a passar à fase seguinte. A sua candidatura fica, assim, encerrada. Convidamo-lo a candidatar-se a outras ofertas no nosso portal de carreiras.
Sua candidatura para {role} (ref. 88213) foi retirada do processo pela equipe de recrutamento.
Depois da sua entrevista de terça-feira, a equipa decidiu não avançar com a sua candidatura para esta função. Sei que não é a notícia que esperava; terei todo o gosto em marcar uma chamada curta se quiser feedback.
Atualização rápida do nosso lado: estamos encerrando tua candidatura para {role}. O time optou por pessoas com experiência mais próxima da nossa stack atual.
""",
        "rej_perfil_arquivado": """
Após a decisão tomada para a vaga de {role}, seu perfil foi arquivado. Vamos mantê-lo no nosso banco de talentos por doze meses e poderemos entrar em contato se surgir uma oportunidade adequada.
O recrutamento para esta função está concluído e a sua candidatura foi arquivada. Nos termos da nossa política de privacidade, os seus dados serão eliminados ao fim de seis meses, salvo se consentir numa conservação mais longa.
SUBJECT: Sua candidatura na {company} || Transferimos seu perfil para a nossa comunidade de talentos. Embora não sigamos com você para {role}, adoraríamos manter contato para oportunidades futuras.
A sua candidatura passou ao estado inativo, uma vez que a chefia selecionou outros candidatos para esta oferta.
Já houve uma decisão sobre a vaga de {role} e não daremos continuidade à sua candidatura. Seus documentos foram arquivados e serão excluídos automaticamente após 180 dias.
Após a análise da área requisitante, sua candidatura foi arquivada. Agradecemos o tempo que você dedicou.
""",
        "rej_vaga_nao_preenchida": """
Depois de analisar todas as candidaturas, decidimos não preencher a função de {role} nesta fase de recrutamento. A oferta deverá voltar a ser publicada no outono e, naturalmente, poderá candidatar-se de novo.
Lamento informar que a vaga de {role} foi cancelada após a revisão do orçamento, então não haverá contratação. Isso vale para todos os candidatos e não tem relação com você.
SUBJECT: {role} – vaga retirada || Informamos que a vaga de {role} foi retirada e não será preenchida. Todas as candidaturas a esta vaga estão encerradas.
O júri concluiu que nenhuma das candidaturas deste procedimento cumpria plenamente os requisitos da função, pelo que o lugar não será ocupado. Agradecemos o seu interesse e a sua participação na entrevista.
Decidimos preencher a vaga internamente, então estamos encerrando o processo externo. Muito obrigada pelo seu tempo nessas últimas semanas!
Infelizmente meu cliente decidiu não contratar nenhum {role} este ano. Estou encerrando a busca do meu lado, e sua candidatura não vai seguir adiante.
""",
        "rej_caloroso_meia_frase": """
Foi um prazer enorme conhecer você na semana passada, e todo o comitê gostou muito da sua apresentação sobre qualidade de dados; seus exemplos do varejo voltaram várias vezes na nossa conversa depois. Seguimos com outra pessoa, mas espero sinceramente que nossos caminhos se cruzem de novo.
Muito obrigada por todo o tempo e energia que você colocou no processo: duas entrevistas, um estudo de caso e muitas perguntas ótimas. Mesmo não podendo te oferecer a vaga, quero que saiba que a decisão foi muito apertada.
Gostámos muito de o conhecer nestas semanas e, embora a equipa tenha optado por alguém com um percurso um pouco mais próximo do que procurávamos, o seu estudo de caso foi dos melhores que recebemos.
Que conversa boa na quinta! Valeu pela sinceridade e pelas perguntas sobre o nosso roadmap. Desta vez não vamos seguir, mas vou lembrar de você para o time de plataforma no ano que vem.
Queria agradecer-lhe pessoalmente a sua candidatura e o cuidado que pôs nela; ler a sua carta de apresentação foi um verdadeiro prazer e, embora desta vez tenhamos avançado com outras candidaturas, gostaríamos muito de voltar a receber notícias suas.
Obrigado por ter vindo ao Porto para o dia de avaliação; sabemos que foi longo, e o seu desempenho no exercício de grupo foi excelente. O júri decidiu atribuir o lugar a outra pessoa e lamento ter de lhe escrever com esta notícia.
Seu entusiasmo pela nossa missão apareceu em cada parte da sua candidatura, e agradecemos muito o tempo que você dedicou. Desta vez oferecemos a vaga a outra pessoa, mas vamos manter contato.
Obrigado mais uma vez pelo papo com {sender_first} e comigo, saímos os dois impressionados. No fim fomos por outro caminho para esta vaga; não leve para o lado pessoal, foi bem disputado.
""",
        "rej_seco": """
Você não foi selecionado para a vaga de {role}.
Infelizmente, a sua candidatura não foi bem-sucedida.
Não daremos seguimento à sua candidatura.
SUBJECT: {role} || Vaga preenchida. Obrigado pela candidatura.
A vaga já foi preenchida.
Desta vez não deu, desculpe: escolhemos outra pessoa.
Resultado: não selecionado.
""",
        "inv_com_desculpas": """
Desculpe a longa espera e obrigada pela paciência! Infelizmente o processo demorou mais do que o previsto, mas fico feliz em convidar você para uma entrevista para a vaga de {role}. Qual destes horários funciona melhor: terça às 10h, quarta às 14h30 ou quinta às 16h?
Infelizmente a nossa entrevistadora de quinta-feira está doente e temos de mudar a sua entrevista; peço imensa desculpa pelo aviso tão em cima da hora. Segunda às 11h ou terça às 15h seria possível? Continua a ser uma videochamada de 45 minutos.
Por causa de uma reforma no escritório, infelizmente não vamos fazer entrevistas presenciais nesta rodada. A próxima etapa para {role} será uma videochamada com a gestora; reserve um horário de 30 minutos no link abaixo assim que puder.
SUBJECT: Próxima etapa – desculpa a demora! || Foi mal pelo sumiço, lamentamos ter demorado tanto pra te responder. Queremos te chamar para a etapa técnica: 90 minutos de pair programming com duas pessoas do time. Me manda três horários que funcionem na semana que vem.
Pena que semana passada não achamos um horário. Vamos tentar de novo: você consegue fazer uma ligação rápida na sexta de manhã? Qualquer horário entre 9h e 12h serve para mim.
""",
        "off_com_desculpas": """
Lamento muito que tenha tido de esperar tanto pela nossa resposta após a última entrevista. Por isso é com ainda mais gosto que lhe proponho a função de {role}. Em anexo encontra a proposta com a remuneração e a data de início; agradecíamos a sua resposta até à próxima sexta-feira.
Infelizmente não conseguimos chegar ao valor de salário que você mencionou, mas queremos muito você no time: oferecemos a vaga de {role} com salário mensal de R$ 14.500 e revisão após a experiência. O contrato segue assim que você confirmar.
Infelizmente o trabalho 100% remoto não é possível nesta equipa, mas gostaríamos muito de te propor a função de {role} em regime híbrido, com dois dias por semana no escritório. A proposta segue em anexo; liga-me se quiseres falar sobre ela.
Desculpa o e-mail curtinho, estou entre reuniões, mas não quis esperar: a vaga é sua! Mando a documentação hoje à tarde.
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
            "Dear Candidate,",
        ],
        "thanks": [
            "Thank you for your application for the {role} position at {company}.",
            "Thanks for your interest in joining {company}.",
            "Thank you for applying for {role} and for the time you have put into the process so far.",
            "Many thanks for your continued interest in {company}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "All the best for the next steps in your career.",
            "Best of luck with your search – I'm sure the right role is out there.",
            "We hope you will consider {company} again in the future.",
        ],
        "marketing": [
            "At {company} we believe that good work starts with good people. Over the last ten years we have grown from a team of twelve to more than 800 colleagues across four countries, and we are proud to have been named a Top Employer three years running.",
            "{company} keeps goods, people and ideas moving. Our teams combine practical know-how with a real commitment to inclusion, flexible working and learning on the job.",
            "Did you know? More than 40% of our managers at {company} started in entry-level roles. Follow us on LinkedIn to hear our colleagues' stories.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\nTalent Acquisition, {company}",
            "Thanks,\n{sender_first}",
            "Yours sincerely,\n{sender}\nRecruitment Team",
            "Cheers,\n{sender_first}",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply directly to this message.",
            "{company} is an equal opportunities employer. To manage your email preferences, log in to your candidate account.",
            "This message and any attachments are confidential and intended solely for the addressee.",
            "You are receiving this email because you applied for a position at {company}. Privacy notice: see our careers site.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} – {role}",
            "Update on your application",
            "Re: {role} application",
            "Your application to {company}",
        ],
        "subject_inv": [
            "Interview for {role}",
            "Next steps – {role}",
            "Invitation: interview with {company}",
            "Re: {role} – scheduling",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Your offer from {company}",
            "Good news – {role}",
        ],
        "subject_oth": [
            "News from {company}",
            "Jobs you might like",
            "Your candidate account",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag {first} Rivera,",
            "Hallo {first},",
            "Liebe/r {first},",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Hi {first},",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung als {role} bei {company}.",
            "danke für dein Interesse an {company}.",
            "herzlichen Dank für Ihr Interesse an der Position {role} und die Zeit, die Sie bisher investiert haben.",
            "vielen Dank, dass Sie sich bei uns beworben haben.",
        ],
        "wish": [
            "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.",
            "Für deine weitere Suche wünschen wir dir viel Erfolg!",
            "Wir würden uns freuen, wenn Sie {company} auch künftig im Blick behalten.",
            "Alles Gute für Ihre Zukunft!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 1.200 Menschen an Lösungen für die Energie- und Mobilitätswende – mit flexiblen Arbeitszeitmodellen, betrieblicher Altersvorsorge und echtem Teamgeist.",
            "{company} wurde 2023 erneut als einer der attraktivsten Arbeitgeber der Region ausgezeichnet. Wir fördern Vielfalt, Weiterbildung und mobiles Arbeiten.",
            "Schon gewusst? Unsere Kolleginnen und Kollegen erzählen auf unserem Karriereblog, wie ihr Arbeitsalltag bei {company} aussieht.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\nPersonalabteilung {company}",
            "Viele Grüße\n{sender_first}",
            "Beste Grüße\n{sender}\nTalent Acquisition",
            "Liebe Grüße\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} – Sitz der Gesellschaft und Registergericht siehe Impressum. Informationen zum Datenschutz finden Sie in unserem Karriereportal.",
            "Diese Nachricht ist vertraulich und ausschließlich für den Empfänger bestimmt.",
            "Sie erhalten diese Nachricht, weil Sie sich bei {company} beworben haben.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "{company} – {role}",
            "Information zu Ihrer Bewerbung",
            "AW: Bewerbung {role}",
            "Deine Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Nächste Schritte – {role}",
            "Terminvereinbarung {company}",
            "AW: {role} – Termin",
        ],
        "subject_off": [
            "Vertragsangebot – {role}",
            "Unser Angebot für Sie",
            "Gute Nachrichten – {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Passende Stellenangebote für Sie",
            "Ihr Kandidatenkonto",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Cher candidat, chère candidate,",
        ],
        "thanks": [
            "Nous vous remercions pour votre candidature au poste de {role} chez {company}.",
            "Merci pour ton intérêt pour {company}.",
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré au processus.",
            "Merci d'avoir postulé chez nous.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche !",
            "Nous espérons avoir l'occasion de recevoir à nouveau votre candidature.",
            "Nous vous adressons tous nos vœux de réussite pour la suite de votre parcours.",
        ],
        "marketing": [
            "Chez {company}, plus de 900 collaboratrices et collaborateurs accompagnent chaque jour nos clients en France, en Belgique et au Québec. Télétravail, formation continue et engagement sociétal font partie de notre ADN.",
            "{company} a été reconnue cette année parmi les employeurs les plus engagés en matière d'égalité professionnelle.",
            "Le saviez-vous ? Un tiers de nos postes sont pourvus par mobilité interne chez {company}.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nService Recrutement, {company}",
            "À bientôt,\n{sender_first}",
            "Veuillez agréer nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Belle journée,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données depuis votre espace candidat.",
            "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
            "{company} s'engage en faveur de la diversité et de l'inclusion.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – {role}",
            "Suivi de votre candidature",
            "RE: Candidature {role}",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape – {role}",
            "Convocation à un entretien",
            "RE: {role} – disponibilités",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre proposition de {company}",
            "Bonne nouvelle – {role}",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "Offres susceptibles de vous intéresser",
            "Votre espace candidat",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimada persona candidata:",
        ],
        "thanks": [
            "Le agradecemos su interés en el puesto de {role} en {company}.",
            "Gracias por postularte a {company}.",
            "Gracias por participar en nuestro proceso de selección y por el tiempo dedicado.",
            "Muchas gracias por su candidatura.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda profesional.",
            "¡Mucha suerte en lo que viene!",
            "Esperamos volver a saber de usted en futuras oportunidades.",
            "Le deseamos lo mejor en sus próximos pasos.",
        ],
        "marketing": [
            "En {company} trabajamos más de 1.500 personas en España y Latinoamérica con un propósito común: cuidar de lo que importa. Apostamos por la flexibilidad, la formación continua y la igualdad de oportunidades.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar en su sector por tercer año consecutivo.",
            "¿Sabías que el 35 % de nuestras vacantes se cubren con talento interno? Síguenos en redes para conocer más historias de {company}.",
        ],
        "sign": [
            "Atentamente,\n{sender}",
            "Saludos cordiales,\n{sender}\nEquipo de Selección, {company}",
            "Un abrazo,\n{sender_first}",
            "Reciba un cordial saludo,\n{sender}\nRecursos Humanos",
            "¡Saludos!\n{sender_first}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión desde su área de candidato.",
            "Este correo y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.",
            "{company} es una empresa comprometida con la igualdad de oportunidades.",
        ],
        "subject_app": [
            "Su candidatura para {role}",
            "{company} – {role}",
            "Información sobre tu postulación",
            "RE: Candidatura {role}",
            "Tu candidatura en {company}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso – {role}",
            "Convocatoria de entrevista",
            "RE: {role} – disponibilidad",
        ],
        "subject_off": [
            "Oferta de empleo – {role}",
            "Tu oferta de {company}",
            "¡Buenas noticias! – {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas que pueden interesarte",
            "Tu cuenta de candidato",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi, {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na vaga de {role} na {company}.",
            "Obrigado por se candidatar na {company}.",
            "Agradecemos a sua candidatura e o tempo dedicado ao nosso processo de recrutamento.",
            "Muito obrigado pelo seu interesse em fazer parte do nosso time.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória profissional.",
            "Boa sorte na sua procura!",
            "Esperamos voltar a receber a sua candidatura no futuro.",
            "Votos dos maiores sucessos profissionais.",
        ],
        "marketing": [
            "Na {company}, mais de 2.000 pessoas no Brasil e em Portugal trabalham todos os dias para simplificar a vida dos nossos clientes. Valorizamos diversidade, aprendizado contínuo e flexibilidade.",
            "A {company} foi eleita, pelo segundo ano consecutivo, uma das melhores empresas para trabalhar do seu setor.",
            "Você sabia? Quase metade das nossas lideranças começou em posições de entrada na {company}.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos, {company}",
            "Abraços,\n{sender_first}",
            "Cumprimentos,\n{sender}\nEquipa de Recrutamento",
            "Um abraço,\n{sender_first}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Em conformidade com a LGPD, você pode solicitar acesso, correção ou exclusão dos seus dados na sua área do candidato.",
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário.",
            "A {company} é uma empresa comprometida com a diversidade e a inclusão.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company} – {role}",
            "Atualização sobre a sua candidatura",
            "RE: Candidatura {role}",
            "A sua candidatura na {company}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa – {role}",
            "Agendamento de entrevista",
            "RE: {role} – horários",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Sua proposta da {company}",
            "Boas notícias – {role}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Vagas que combinam com você",
            "A sua área do candidato",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied for the {role} position a few weeks ago and wanted to ask whether there is any update on the timeline.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application for {role} – we've received it and the team will review it after the closing date. We'll be in touch.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich habe mich vor einigen Wochen als {role} beworben und wollte kurz nachfragen, ob es schon einen Zwischenstand gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und melden uns nach Ende der Bewerbungsfrist.\nFreundliche Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'ai postulé au poste de {role} il y a quelques semaines et je me permets de vous demander où en est le processus.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature au poste de {role}. Nous l'avons bien reçue et reviendrons vers vous après la clôture de l'offre.\nCordialement,\n{sender}\n",
    "es": "Hola, {sender_first}:\nMe postulé al puesto de {role} hace unas semanas y quería saber si hay alguna novedad sobre los plazos.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu candidatura para {role}. La hemos recibido y el equipo la revisará después del cierre de la oferta.\nSaludos,\n{sender}\n",
    "pt": "Olá, {sender_first},\nMe candidatei à vaga de {role} há algumas semanas e gostaria de saber se já há alguma novidade sobre os prazos.\nObrigado,\nAlex\n\n{header2}\nOlá, Alex,\nObrigado pela sua candidatura para {role}. Já a recebemos e a equipe vai analisá-la após o encerramento da vaga.\nAbraços,\n{sender}\n",
}
