# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's first training part by an independent author: acknowledgements that warn, beside rejections in the same words.

Covers the line between a receipt or status update that talks about rejection in
general ("if you have not heard from us within four weeks...", "only shortlisted
candidates will be contacted", "we cannot give feedback", "data of applicants not
retained is deleted", "many strong applicants", "decision by the 20th", "the role
is on hold but still open", delays, incomplete applications, multi-stage processes,
mailbox auto-replies, talent-community sign-ups) and a real decision about Alex
that uses the same vocabulary (short and long, plain and buried, with talent-pool
offers, thank-you openings, feedback, from portals and from people, after a stage,
role withdrawn, answer to a chaser). A few interview invitations and "other" mails
(portal status-changed notices, talent-community sign-ups without an application,
profile-deletion notices) borrow the same warning words.

Languages and countries: English (US, UK, Ireland, Australia, India, South Africa,
startups), German with Sie and du (Germany, Austria, Switzerland), French (France,
Belgium, Switzerland, Quebec), Spanish (Spain, Mexico, Argentina, Colombia, Chile,
Peru), Portuguese (Brazil, Portugal). Sectors: software, logistics, energy, public
sector and universities, consulting and law firms, graduate and apprentice schemes,
healthcare, retail. Registers from terse ATS output to chatty startup founders,
with a few ordinary typos.

Families (same keys in every language): ack_silence_means_no, ack_no_feedback,
ack_shortlist_only, ack_data_retention, ack_many_applicants, ack_decision_date,
ack_on_hold, ack_delay, ack_incomplete, ack_stages, ack_autoreply,
ack_talent_community; rej_short, rej_buried, rej_talent_pool, rej_thanks_opening,
rej_feedback, rej_portal, rej_not_shortlisted, rej_after_stage, rej_role_closed,
rej_chaser_reply; inv_warn_words; oth_status_portal, oth_talent_community,
oth_data_notice.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Harrowgate Logistics",
    "Quillbright Software",
    "Nordlicht Energie AG",
    "Brückner & Sauter Steuerberatung",
    "Maison Verlaine Conseil",
    "Coopérative Lumen",
    "Grupo Altamar",
    "Pampa Digital S.A.",
    "Atlântica Seguros",
    "Ventura Saúde",
    "Tessera Analytics",
    "Kestrel Community Health",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Product Designer",
    "Backend Engineer",
    "Customer Success Manager",
    "Project Coordinator",
    "Financial Controller",
    "Marketing Specialist",
    "HR Generalist",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition Team", "careers@{domain}"),
    ("Recruiting", "noreply@mail.hireloop.example"),
    ("Sophie Marchand", "sophie.marchand@{domain}"),
    ("Jonas Weber", "jonas.weber@{domain}"),
    ("Lucía Ferreyra", "lferreyra@{domain}"),
    ("Beatriz Ançã", "beatriz.anca@{domain}"),
    ("Daniel Okafor", "d.okafor@{domain}"),
    ("HR Team", "jobs@{domain}"),
    ("Candidate Portal", "no-reply@talentdesk-mail.example"),
    ("Meera Raghunathan", "meera.r@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_silence_means_no": """
We've received your application for {role} and our recruiters are reviewing it now. If you haven't heard from us within three weeks, please assume we won't be taking it further this time — we get a lot of applications and sadly can't write to everyone individually.
SUBJECT: Application received – {role} || This is an automatic confirmation that your CV has reached us. Due to the volume of applications we receive, if you have not been contacted within 30 days of the closing date, please take it that your application has been unsuccessful on this occasion. Please do not reply to this message.
Thanks for applying to {company}! Your application is in and a real person will read it. A heads-up so you're not left wondering: if we decide not to move forward, you'll get a short email from us — we don't ghost people. If it's a yes, expect a call from {sender_first} within about two weeks.
Your application has been logged under reference AU-55812. Shortlisting for this role will be completed by 14 March. Applicants who have not been contacted by that date should consider their application unsuccessful. We appreciate the time you have put into addressing the selection criteria.
Recieved, thanks. Just so you know how we work: no news after a month usually means it's a no from us, though now and then we hang on to CVs when a second role opens up. Either way we won't sell or share your details.
""",
        "ack_no_feedback": """
Thank you for your application, which we have now received. Please note that owing to the number of applications we are unable to provide individual feedback to candidates who are not shortlisted. We appreciate your understanding.
Your application for {role} has been submitted successfully. We read every application ourselves, but as a small team we can't always respond personally to each one, and we aren't able to give feedback at the screening stage.
hi, got your application - thanks. honest warning: we're 4 people and we've had 300+ applicants, so we won't manage personal replies or feedback to everyone. we will definitely get back to whoever we want to meet
We confirm receipt of your application. Kindly note that the Company does not enter into correspondence regarding the outcome of the screening process, and feedback is provided only to candidates who attend an interview.
""",
        "ack_shortlist_only": """
Thank you for applying for the {role} vacancy. Only shortlisted candidates will be contacted. Closing date: 28 February 2025.
We have received your application. Our hiring team will get in touch with shortlisted candidates directly to arrange the next step; unfortunately we are not in a position to reply to every applicant.
SUBJECT: Re: {role} – CV || Many thanks for sending over your CV — I've passed it to the hiring manager. I'll be in touch if you're shortlisted, which should be within the next ten working days.
Your application has been received and is being considered alongside others. We will only be contacting applicants whose experience most closely matches the requirements of the role. If you are selected for interview you will hear from us by email, so do keep an eye on your junk folder.
""",
        "ack_data_retention": """
Thanks for your application. Under our privacy notice we keep applicant data for six months after a recruitment campaign closes. If you aren't selected, your CV and any interview notes will be deleted at that point unless you tell us you'd like to be considered for future roles.
Your application for {role} has been received. Please be aware that the personal data of applicants who are not retained in the process is erased 90 days after the final decision, in line with our data retention policy. You can ask for earlier deletion at any time by replying to this email.
We've got your application. One housekeeping note: if this role doesn't work out, we'd like to keep your details for 12 months in case something similar comes up. If you'd rather we didn't, just reply "delete" and we'll remove everything.
This email confirms that we received your application and the documents attached to it. California residents: see our Applicant Privacy Notice for how your information is used. Records of candidates who are not hired are retained for the period required by law and then destroyed.
""",
        "ack_many_applicants": """
Thank you for applying. The response to this advert has been overwhelming and the standard of applicants is very high, so the decision will not be an easy one. We're reviewing everything carefully and will be in touch with everyone once the shortlist is final.
We've received more than 900 applications for this position, which is wonderful but means reviews will take a little longer than usual. Your application is in the queue and will be looked at by a member of our team.
Thanks {first}, your application arrived safely. Fair warning: this is a competitive role and a lot of excellent people won't make it to interview, which says more about the numbers than about them. We'll let you know either way.
Application received. We typically receive several thousand applications for our graduate programme and most applicants will not progress beyond the online stage. Your application is now being reviewed and you'll receive an update through the candidate portal.
""",
        "ack_decision_date": """
Your application has been received. Interviews are scheduled for the week of 9 June, and all applicants will be notified of the outcome of shortlisting by 2 June at the latest.
We confirm receipt of your application for {role}. The appointments committee meets on 17 October; you can expect to hear from us, whether or not you are selected, before the end of that month.
Thanks for your application! We aim to make decisions within 15 business days of the posting closing. If that date comes and goes without word, feel free to nudge me — sometimes things slip.
SUBJECT: We've received your application || Applications for this fixed-term contract close on Friday. We'll review them over the following fortnight and let everyone know the result, successful or not, by the 21st.
""",
        "ack_on_hold": """
Thanks for applying. I wanted to let you know that hiring for {role} has been paused while we finalise next year's budget. The role is not cancelled and your application stays active; we expect to pick things up again in January.
A quick update on your application: the {role} position is temporarily on hold due to an internal restructure. No decisions have been made on any candidate, and we will contact you as soon as recruitment reopens.
We have received your application. Please note that this requisition is currently on hold; applications are still being accepted and will be reviewed once the hold is lifted.
Sorry for the silence. The hiring manager for this role went on unexpected leave and the process is frozen for a few weeks. You're still very much in the running — nothing's been decided and nobody has been turned away yet.
""",
        "ack_delay": """
We wanted to let you know that the review of applications for {role} is taking longer than we anticipated. Your application is still under consideration and we hope to update you within the next two weeks. Thank you for your patience.
Apologies for the delay in getting back to you. We're still working through applications and haven't made any decisions yet, so please don't read anything into the wait.
Status update: your application is still in review. Because of the holiday period our recruiters are responding more slowly than usual. If you've accepted another offer in the meantime, please let us know so we can withdraw your application.
""",
        "ack_incomplete": """
Thank you for your application for {role}. It looks like it is missing a cover letter, which is required for this position. Please log in and upload one before the closing date; incomplete applications can't be passed to the hiring manager.
We have received your application; however, the equal opportunities monitoring form and details of two referees are still outstanding. Applications that remain incomplete at the closing date will not be considered, so please complete these sections via your candidate account.
Got your application, thanks — but the portfolio link you sent gives a 404. Could you resend a working link or attach a PDF? Once we have it your application goes straight to review.
Your application has been received. Before we can assess it, please send us a certified copy of your degree certificate and proof of your right to work in Australia. Without these documents we are unfortunately unable to progress your application.
""",
        "ack_stages": """
Thanks for applying! Here's what happens next: (1) a recruiter reviews your CV, (2) a 30-minute phone screen, (3) a take-home task, (4) a final panel. Plenty of candidates don't continue past each stage, and we'll tell you promptly if you're one of them.
Your application is now at the screening stage. Our process usually has three rounds, and we'll email you after each one to let you know whether you're moving forward.
We have received your application for {role}. As part of our process you will shortly receive an invitation to complete an online assessment. Candidates who do not complete it within 5 days are automatically withdrawn, so please keep an eye on your inbox.
Your application has been successfully submitted. Selection consists of an application review, psychometric testing, an assessment centre and a partner interview. Only candidates who meet the benchmark at each stage will be progressed.
""",
        "ack_autoreply": """
SUBJECT: Automatic reply: Application – {role} || Thank you for your email. This is an automated response to confirm it has arrived in the recruitment inbox. We aim to respond within 5 working days; if your email relates to a vacancy, please note that we only contact candidates who have been shortlisted.
SUBJECT: Out of office: {role} application || I'm out of the office until Monday 12th with limited access to email. Your application has come through to the shared inbox and the team will review it, so there's no need to resend.
SUBJECT: Auto-reply || Thanks for writing to the jobs team at {company}. We read every message but can't reply to each one individually. If your email included an application, it has been logged and will be considered.
""",
        "ack_talent_community": """
Welcome to the {company} Talent Community! Your profile and CV have been saved and your application for {role} has been submitted. Even if this particular role isn't the right fit, we'll keep you posted about new openings that match your skills.
Your application has been received, and you've been added to our talent network. Please note: joining the network does not affect your application, which will be reviewed separately by the hiring team.
""",
        "rej_short": """
Unfortunately we won't be taking your application forward.
We have decided not to progress your application for {role} on this occasion.
Thanks for applying — it's a no from us this time, I'm afraid.
After review, you have not been selected for this position.
""",
        "rej_buried": """
Thank you for your interest in {company} and for the time you spent on your application. We received a very large number of applications for this role and the standard was exceptionally high. We have reviewed each one carefully against the requirements of the role. On this occasion we have decided to proceed with other candidates whose experience more closely matches what we need. We'll hold your details on file for six months in line with our privacy notice.
We really enjoyed learning about your background and we know applying takes effort. Our team has spent the last few weeks reviewing applications and speaking to candidates. It was a hard call, and in the end we've offered the role to someone else. We'll delete your data in 90 days unless you ask us to keep it.
As you may know, the {role} post attracted applicants from across the country, and our panel met last week to complete shortlisting. I'm writing to let you know that your application was not among those shortlisted for interview. Please don't let this discourage you from applying for future roles with us.
Following the closing date we have now completed the shortlisting process. The panel assessed every application against the essential and desirable criteria in the person specification. I regret to inform you that you have not been shortlisted on this occasion.
""",
        "rej_talent_pool": """
While we won't be moving forward with your application for {role}, we were impressed by your profile and would like to keep you in our talent pool. If a suitable role comes up we'll reach out to you directly.
We've decided to go with another candidate for this position. With your permission we'd love to keep your CV on file for 12 months — reply to this email if you're happy for us to do so.
You haven't been successful for this vacancy, but we've added you to our talent community so you'll hear about new openings first. You can opt out at any time from your candidate profile.
Unfortunately this one isn't a match. That said, our engineering team is growing fast and I've tagged your profile for the platform roles we're opening in Q3 — I'd be glad to reach out then if you're still looking.
""",
        "rej_thanks_opening": """
Thank you so much for taking the time to apply, and for your patience while we reviewed applications. Thank you, too, for the thoughtful answers to our screening questions. We're sorry to say we won't be inviting you to interview.
Many thanks for your application and for your interest in joining us. We appreciate the effort you put in. Having considered it carefully, we regret that we are unable to offer you an interview.
Thanks a lot for applying and for the lovely cover letter — it genuinely made us smile. We've had to make some tough choices and on this occasion we're not moving forward with you.
""",
        "rej_feedback": """
We're not progressing your application this time. Since you asked for feedback: the panel felt your experience was strong on the analytics side but lighter on stakeholder management than this role needs. More exposure to client-facing work would strengthen any future application.
I'm sorry to say we've decided not to move forward after the technical interview. Feedback from the panel: your system design was solid, but the coding exercise ran out of time before any tests were in place. We'd be happy to see you apply again in six months.
Unfortunately your application was unsuccessful. The main reason was the requirement for a full UK driving licence, which is essential for this role as it involves regular travel between our sites.
Thanks for chatting with us last week. We've decided to go with a candidate with more hands-on Kubernetes experience. Honestly it was close — your communication was the best we saw. Happy to jump on a 10-minute call if more detailed feedback would help.
""",
        "rej_portal": """
SUBJECT: Update on your application || The status of your application for {role} (Req ID 20481) has been updated to: Not selected. You can view your other applications and search for new roles by logging in to your candidate account.
Your application for {role} at {company} has been reviewed. Unfortunately, the hiring team has decided not to move forward. This is an automated message; replies to this address are not monitored.
Application status: Unsuccessful. Thank you for your interest. This requisition has now been filled and your application will be archived.
SUBJECT: {company} – application outcome || Outcome: Unsuccessful at screening stage. Reference: GR-2025-0417. If you believe this decision was made in error, please contact the recruitment team within 14 days.
""",
        "rej_not_shortlisted": """
We have now completed shortlisting for {role} and unfortunately you have not been selected for interview on this occasion. Due to the number of applications we are unable to offer individual feedback.
Sorry, {first} — you didn't make our shortlist for this one. We had over 400 applicants and could only take eight to interview.
Thank you for applying. Regrettably your application did not meet the minimum requirements listed in the advertisement, so it cannot be considered further.
""",
        "rej_after_stage": """
Thanks for completing the online assessment. Unfortunately your results did not meet the benchmark required to progress to the next stage, so your application will not proceed.
We appreciated meeting you for the second-round interview. After discussing all the candidates, the panel has decided not to invite you to the final stage.
Thank you for your time at the assessment centre on Tuesday. I'm sorry to let you know that you have not been successful on this occasion, and we won't be progressing you to partner interview.
""",
        "rej_role_closed": """
I'm writing to let you know that the {role} vacancy has been withdrawn following a change in business priorities. As a result we will not be continuing with your application. We're sorry for any inconvenience this causes.
Following the restructure, the position you applied for will no longer be filled, and all applications, including yours, have been closed. If the role reopens it will be re-advertised.
""",
        "rej_chaser_reply": """
Thanks for following up, and apologies for the silence. I should have written sooner: the team decided not to progress your application, and the role has been offered to another candidate.
Thanks for checking in. I'm afraid you weren't shortlisted — we should have let you know weeks ago, sorry about that.
""",
        "inv_warn_words": """
We received a huge number of applications for {role} and unfortunately could only take a handful forward — I'm pleased to say yours is one of them. Would you be free for a 45-minute video interview next Tuesday or Wednesday afternoon?
Only shortlisted candidates are contacted, so if you're reading this, congratulations: you've been shortlisted! Please book an interview slot using the link below by Friday.
Thank you for applying. Unlike most applicants this round, you have progressed to the next stage: a phone interview with our hiring manager. Please reply with three times that work for you this week.
""",
        "oth_status_portal": """
SUBJECT: Your application status has changed || There has been an update to your application for {role}. To view it, please sign in to your candidate account. This is an automated notification.
A recruiter has updated one of your applications. Log in to the {company} careers site to see the latest status. Please do not reply to this email.
""",
        "oth_talent_community": """
Thanks for joining the {company} talent community! You'll receive job alerts and news from our team. Joining doesn't submit an application — when you see a role you like, apply to it directly.
""",
        "oth_data_notice": """
Your candidate profile with {company} has been inactive for 24 months. Under our data retention policy it will be deleted in 30 days. To keep it, simply log in before then.
""",
    },
    "de": {
        "ack_silence_means_no": """
Vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Sollten Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen – bei der Vielzahl an Zuschriften ist uns eine persönliche Antwort an alle nicht möglich.
Deine Bewerbung ist angekommen, danke! Kurz zur Erwartung: Wenn du in drei Wochen noch nichts von uns gehört hast, hat es diesmal nicht gepasst. Wenn wir dich kennenlernen wollen, melden wir uns aber auf jeden Fall.
Ihre Bewerbung ist bei uns eingelangt. Bitte haben Sie Verständnis, dass die Sichtung einige Wochen dauern kann. Erhalten Sie bis Ende Jänner keine Einladung zu einem Gespräch, ist das Auswahlverfahren für Sie leider ohne Erfolg geblieben.
Wir bestätigen den Eingang Ihres Bewerbungsdossiers. Wir melden uns bei Ihnen, egal wie unser Entscheid ausfällt – Sie werden also nicht im Ungewissen gelassen. Rechnen Sie mit einer Rückmeldung innert drei Wochen.
Danke für deine Bewerbung! Wir sind ein kleines Team und kommen nicht immer dazu, jede Absage einzeln zu schreiben. Falls du bis Mitte nächsten Monats nichts hörst, geh bitte davon aus, dass wir uns anders entschieden haben – sorry schon mal vorab.
""",
        "ack_no_feedback": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir bitten um Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Rückmeldungen oder Begründungen zu unseren Auswahlentscheidungen geben können.
Deine Unterlagen liegen jetzt beim Fachbereich. Ein Hinweis vorab: Feedback zu einzelnen Bewerbungen können wir erst ab dem Interview geben, vorher schaffen wir das leider nicht.
Ihre Bewerbung hat uns erreicht, herzlichen Dank. Wir lesen jede Bewerbung persönlich, können aber nicht auf jede einzelne ausführlich antworten. Von telefonischen Nachfragen zum Stand bitten wir abzusehen, wir kommen auf ihre Bewerbung zurück.
Eingangsbestätigung: Wir haben Ihre Bewerbung erhalten. Bitte beachten Sie, dass wir mit Rücksicht auf das AGG grundsätzlich keine Auskunft über die Gründe einer Auswahlentscheidung erteilen.
""",
        "ack_shortlist_only": """
Vielen Dank für Ihre Bewerbung. Nach Ablauf der Bewerbungsfrist am 15.03. sichten wir alle Unterlagen. Zu Vorstellungsgesprächen laden wir ausschließlich Bewerberinnen und Bewerber ein, die in die engere Auswahl kommen.
Danke für deine Bewerbung bei {company}! Wir gehen alle Profile durch und melden uns direkt bei den Leuten, die wir in die nächste Runde holen wollen.
Ihre Unterlagen wurden an die zuständige Führungskraft weitergeleitet. Sofern Ihr Profil in die engere Wahl kommt, wird sich Frau Brandstätter telefonisch bei Ihnen melden.
Wir haben Ihr Dossier erhalten und danken Ihnen für Ihr Interesse. Wir kontaktieren nur Kandidierende, deren Profil den Anforderungen am besten entspricht.
""",
        "ack_data_retention": """
Vielen Dank für Ihre Bewerbung. Hinweis zum Datenschutz: Ihre Bewerbungsdaten speichern wir für die Dauer des Verfahrens. Sollte keine Einstellung erfolgen, werden Ihre Unterlagen sechs Monate nach Abschluss des Verfahrens gemäß Art. 17 DSGVO gelöscht.
Deine Bewerbung ist da. Kurzer Datenschutz-Hinweis: Falls es mit dieser Stelle nichts wird, würden wir dein Profil gern 12 Monate für andere Jobs aufbewahren. Wenn du das nicht willst, schreib uns einfach kurz – dann löschen wir alles.
Ihre Bewerbung ist eingegangen. Papierunterlagen von Bewerberinnen und Bewerbern, die nicht berücksichtigt werden, senden wir nach Ende des Verfahrens nicht zurück, sondern vernichten sie datenschutzgerecht. Bitte reichen Sie daher nur Kopien ein.
Wir bestätigen den Eingang Ihrer Unterlagen über unser Karriereportal. Die Daten nicht berücksichtigter Kandidat:innen werden nach Ablauf der gesetzlichen Aufbewahrungsfrist automatisch entfernt; Einzelheiten finden Sie in unserer Datenschutzerklärung für Bewerbende.
""",
        "ack_many_applicants": """
Wir freuen uns über Ihr Interesse – auf diese Ausschreibung haben wir außergewöhnlich viele, sehr gute Bewerbungen erhalten. Die Auswahl wird uns daher nicht leicht fallen und etwas Zeit in Anspruch nehmen. Wir melden uns bei allen Bewerbenden.
Wow, über 600 Bewerbungen auf eine einzige Stelle – damit haben wir nicht gerechnet. Deine ist dabei und wird gelesen, es kann nur etwas länger dauern als geplant.
Ihre Bewerbung um einen Ausbildungsplatz ist eingegangen. Da die Zahl der Bewerbungen jedes Jahr die Zahl der Plätze um ein Vielfaches übersteigt, erhält leider nur ein kleiner Teil eine Einladung zum Auswahltag. Über das Ergebnis informieren wir Sie per E-Mail.
Danke, dass du dich bei uns beworben hast. Ehrlich gesagt ist die Konkurrenz groß und viele gute Leute werden es nicht in die Gespräche schaffen – das sagt nichts über sie persönlich aus. Eine Rückmeldung bekommst du in jedem Fall.
""",
        "ack_decision_date": """
Ihre Bewerbung liegt uns vor. Die Auswahlgespräche finden voraussichtlich in KW 42 statt; eine Rückmeldung – Zu- oder Absage – erhalten Sie spätestens bis zum 10. Oktober.
Danke für deine Bewerbung! Unser Plan: Bis Freitag schauen wir uns alle Bewerbungen an, Anfang nächster Woche bekommt jede:r Bescheid, wie es weitergeht.
Wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle {role}. Die Auswahlkommission tagt am 4. Dezember. Über das Ergebnis werden alle Bewerberinnen und Bewerber anschließend schriftlich informiert.
Besten Dank für Ihre Bewerbung. Wir werden die Unterlagen bis Ende Monat sichten und Ihnen bis am 5. Juni Bescheid geben, ob wir Sie zu einem Gespräch einladen.
""",
        "ack_on_hold": """
Wir möchten Sie kurz über den Stand informieren: Das Besetzungsverfahren für die Position {role} ist aufgrund interner Umstrukturierungen vorübergehend ausgesetzt. Die Stelle bleibt jedoch ausgeschrieben und Ihre Bewerbung im Verfahren. Wir melden uns, sobald es weitergeht.
Kurzes Update von uns: Die Stelle ist gerade on hold, weil das Budget fürs nächste Jahr noch nicht final ist. Das heißt nicht, dass sie wegfällt – deine Bewerbung bleibt aktiv, und wir kommen wieder auf dich zu.
Ihre Bewerbung ist eingegangen. Bitte beachten Sie, dass das Besetzungsverfahren derzeit ruht. Bewerbungen werden weiterhin angenommen und nach Wiederaufnahme in der Reihenfolge des Eingangs geprüft.
Entschuldigen Sie bitte die lange Funkstille. Unser Bereichsleiter war länger krank, deshalb steht das Verfahren gerade still. Es ist noch keine Entscheidung gefallen, und wir haben bislang niemandem abgesagt.
""",
        "ack_delay": """
Leider dauert die Auswertung der Bewerbungen länger als geplant. Ihre Bewerbung ist weiterhin in der Prüfung; wir rechnen mit einer Rückmeldung in den nächsten zwei Wochen. Vielen Dank für Ihre Geduld.
Sorry, dass du so lange warten musst! Wir sind noch mittendrin und haben noch nichts entschieden – bitte versteh die Wartezeit nicht als Absage.
Zwischenbescheid: Aufgrund der Sommerferien verzögert sich das Auswahlverfahren um etwa drei Wochen. Sollten Sie zwischenzeitlich eine andere Stelle angenommen haben, teilen Sie uns dies bitte mit.
""",
        "ack_incomplete": """
Vielen Dank für Ihre Bewerbung. Leider fehlen uns noch Ihre Arbeitszeugnisse sowie das Abschlusszeugnis. Bitte reichen Sie diese bis zum 20.05. über Ihr Bewerberkonto nach; unvollständige Bewerbungen können im Auswahlverfahren nicht berücksichtigt werden.
Deine Bewerbung ist da – nur der Link zu deinem Portfolio funktioniert bei uns nicht. Schickst du ihn nochmal oder hängst ein PDF an? Dann geht's direkt weiter.
Ihre Online-Bewerbung ist eingegangen, es fehlt jedoch noch das Motivationsschreiben, das für diese Stelle verlangt wird. Sie können es bis Fristende im Portal hochladen.
Für die Bearbeitung Ihrer Bewerbung benötigen wir noch die Zeugnisbewertung Ihres ausländischen Hochschulabschlusses. Bitte senden Sie uns eine Kopie, sobald sie Ihnen vorliegt. Bis dahin ruht Ihre Bewerbung.
""",
        "ack_stages": """
Vielen Dank für Ihre Bewerbung! So geht es weiter: Zunächst sichtet unser Recruiting Ihre Unterlagen, danach folgen ein Telefoninterview, eine Fallstudie und ein Gespräch vor Ort. Nach jeder Stufe erhalten Sie Bescheid, ob es für Sie weitergeht.
Deine Bewerbung ist eingegangen. In den nächsten Tagen bekommst du einen Link zu unserem Online-Test. Bitte bearbeite ihn innerhalb von fünf Tagen, sonst wird deine Bewerbung automatisch geschlossen.
Ihre Bewerbung befindet sich nun in der ersten Auswahlphase. Unser Verfahren umfasst drei Runden; erfahrungsgemäß scheidet in jeder Runde ein Teil der Bewerberinnen und Bewerber aus. Wir informieren Sie zeitnah über jedes Zwischenergebnis.
Bewerbung erhalten! Der Ablauf bei uns: Screening, Kennenlern-Call mit dem Team, Probearbeitstag. Wenn's an einer Stelle nicht passt, sagen wir's dir direkt und ehrlich.
""",
        "ack_autoreply": """
SUBJECT: Automatische Antwort: Bewerbung {role} || Vielen Dank für Ihre Nachricht. Dies ist eine automatische Eingangsbestätigung des Bewerbungspostfachs. Wir bearbeiten alle Zuschriften in der Reihenfolge ihres Eingangs und melden uns bei Ihnen, sobald wir Ihre Unterlagen gesichtet haben.
SUBJECT: Abwesenheitsnotiz || Ich bin bis einschließlich 28.08. nicht im Büro. Ihre Bewerbung ist im Personalpostfach eingegangen und wird von meiner Kollegin bearbeitet – Sie müssen sie nicht erneut senden.
SUBJECT: Eingangsbestätigung (automatisch) || Dies ist eine automatisch erzeugte Nachricht. Ihre E-Mail ist bei uns eingegangen. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab; wir können leider nicht jede Anfrage einzeln beantworten.
""",
        "ack_talent_community": """
Willkommen in der Talent Community von {company}! Ihr Profil wurde angelegt und Ihre Bewerbung als {role} ist eingegangen. Unabhängig davon, wie diese Bewerbung ausgeht, informieren wir Sie künftig über passende Stellen.
Deine Bewerbung ist eingegangen und du bist jetzt Teil unseres Talentnetzwerks. Keine Sorge: Die Aufnahme ins Netzwerk hat keinen Einfluss auf deine Bewerbung, die prüft das Team ganz normal.
""",
        "rej_short": """
Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.
Diesmal hat's leider nicht geklappt – wir haben uns für jemand anderen entschieden.
Nach eingehender Prüfung müssen wir Ihnen leider eine Absage erteilen.
Ihre Bewerbung als {role} konnte leider nicht berücksichtigt werden.
""",
        "rej_buried": """
Wir danken Ihnen für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie in Ihre Bewerbung investiert haben. Auf die ausgeschriebene Position haben wir eine große Anzahl qualifizierter Bewerbungen erhalten. Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil den Anforderungen noch besser entspricht. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.
Wir haben uns in den letzten Wochen viele spannende Profile angeschaut und mit einigen Leuten gesprochen. Das hat Spaß gemacht, die Entscheidung war aber nicht einfach. Am Ende haben wir uns für eine Person entschieden, die schon mehr Erfahrung im Payment-Bereich mitbringt. Deine Daten löschen wir in drei Monaten, wenn du nichts anderes sagst.
Die Auswahlkommission hat in ihrer Sitzung am 12. März alle eingegangenen Bewerbungen anhand des Anforderungsprofils bewertet. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung dabei nicht in die engere Wahl gekommen ist. Ihre Unterlagen erhalten Sie mit separater Post zurück.
Zunächst möchten wir uns für Ihre Geduld bedanken – das Verfahren hat länger gedauert als angekündigt. Inzwischen ist die Stelle besetzt, und wir konnten Sie in der Endauswahl leider nicht berücksichtigen. Wir hoffen, Sie bleiben uns trotzdem verbunden.
""",
        "rej_talent_pool": """
Auch wenn wir Ihre Bewerbung für diese Position nicht weiter berücksichtigen können, hat uns Ihr Profil gut gefallen. Gerne würden wir Sie in unseren Talentpool aufnehmen und bei passenden Vakanzen auf Sie zukommen. Bitte bestätigen Sie uns kurz Ihr Einverständnis.
Für diese Stelle haben wir uns für jemand anderen entschieden. Dein Profil würden wir aber gern behalten – wenn du einverstanden bist, melden wir uns, sobald im Frontend-Team wieder etwas frei wird.
Ihre Bewerbung war für diese Ausschreibung leider nicht erfolgreich. Wir haben Sie jedoch – Ihre Zustimmung vorausgesetzt – in unseren Kandidatenpool aufgenommen. Sie können diese jederzeit über Ihr Bewerberkonto widerrufen.
Für diese Stelle kommen Sie leider nicht zum Zug. Ich habe Ihr Dossier aber intern an unsere Niederlassung in Basel weitergegeben, die im Herbst eine ähnliche Stelle ausschreibt. Sind Sie damit einverstanden?
""",
        "rej_thanks_opening": """
Herzlichen Dank für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegengebracht haben. Danke auch für Ihre Geduld in den letzten Wochen. Wir müssen Ihnen heute leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen werden.
Danke dir für deine Bewerbung und das richtig gute Anschreiben – hat uns echt gefreut. Trotzdem müssen wir dir leider absagen; wir haben uns für jemanden mit mehr Vertriebserfahrung entschieden.
Vielen Dank für die Zusendung Ihrer Unterlagen und Ihr Interesse an einer Mitarbeit in unserer Kanzlei. Nach reiflicher Überlegung bedauern wir, Ihnen keine positive Nachricht geben zu können.
""",
        "rej_feedback": """
Leider können wir Ihre Bewerbung nicht weiter berücksichtigen. Da Sie um eine Rückmeldung gebeten hatten: Ausschlaggebend war, dass für die Stelle verhandlungssichere Französischkenntnisse (C1) zwingend erforderlich sind.
Wir haben uns nach dem Fachgespräch gegen eine Zusammenarbeit entschieden. Kurzes Feedback: Fachlich warst du stark, bei der Testautomatisierung hat uns aber noch Praxis gefehlt. Bewirb dich gern in einem Jahr noch mal!
Nach dem zweiten Gespräch haben wir uns für eine andere Kandidatin entschieden. Es war knapp – Ihre Präsentation kam im Team sehr gut an. Wenn Sie möchten, gebe ich Ihnen gern telefonisch ein ausführlicheres Feedback.
Leider hat es nicht geklappt. Der Hauptgrund: Die Stelle setzt einen Führerschein der Klasse B voraus, da regelmäßig Kundentermine im Umland anstehen.
""",
        "rej_portal": """
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung auf die Stelle {role} (Kennziffer 2025-118) wurde geändert: Absage. Weitere Stellenangebote finden Sie in unserem Karriereportal.
Ihre Bewerbung wurde geprüft. Leider hat sich das Team entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Dies ist eine automatisch generierte Nachricht; Antworten an diese Adresse werden nicht gelesen.
Bewerbungsstatus: nicht berücksichtigt. Die Stelle ist inzwischen besetzt, Ihre Bewerbung wurde archiviert.
Deine Bewerbung für {role} wurde abgeschlossen – leider ohne Zusage. Im Kandidatenportal siehst du weiterhin alle offenen Jobs.
""",
        "rej_not_shortlisted": """
Wir haben die Vorauswahl für die Position {role} abgeschlossen. Leider sind Sie nicht in die engere Auswahl gekommen. Wegen der hohen Anzahl an Bewerbungen können wir Ihnen keine individuelle Begründung geben.
Kurz und ehrlich: Du bist leider nicht auf unserer Shortlist gelandet. Wir hatten über 300 Bewerbungen und konnten nur sechs Leute einladen.
Ihre Bewerbung erfüllt leider nicht die in der Ausschreibung genannten formalen Voraussetzungen (abgeschlossenes Masterstudium), weshalb wir sie im weiteren Verfahren nicht berücksichtigen können.
""",
        "rej_after_stage": """
Vielen Dank für die Teilnahme an unserem Online-Assessment. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Ihre Bewerbung nicht weiterführen können.
Danke für das zweite Gespräch letzte Woche. Wir haben alle Eindrücke im Team besprochen und uns entschieden, dich nicht in die finale Runde einzuladen.
Danke für Ihre Teilnahme an unserem Assessment-Center. Leider müssen wir Ihnen mitteilen, dass wir Sie für die abschließende Gesprächsrunde mit der Geschäftsführung nicht berücksichtigen.
""",
        "rej_role_closed": """
Wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle {role} aufgrund geänderter Unternehmensplanung nicht besetzt wird. Das Verfahren wurde eingestellt, Ihre Bewerbung wird daher nicht weiter bearbeitet.
Blöde Nachricht: Die Stelle wurde intern gestrichen. Wir beenden deshalb alle laufenden Bewerbungsverfahren, auch deins. Falls sie wieder aufgemacht wird, schreiben wir sie neu aus.
""",
        "rej_chaser_reply": """
Danke für Ihre Nachfrage und entschuldigen Sie die späte Rückmeldung. Wir haben uns leider bereits für eine andere Bewerberin entschieden; das hätten wir Ihnen früher mitteilen sollen.
Danke fürs Nachhaken! Sorry, das ist bei uns untergegangen: Du bist leider nicht in die nächste Runde gekommen.
""",
        "inv_warn_words": """
Auf diese Stelle haben sich sehr viele Menschen beworben, und leider konnten wir nur wenige in die nächste Runde holen – Sie gehören dazu! Hätten Sie am Donnerstag oder Freitag vormittag Zeit für ein einstündiges Videogespräch?
Wir melden uns nur bei Kandidat:innen in der engeren Auswahl – und deshalb bekommst du diese Mail: Wir würden dich gern zu einem Kennenlerngespräch einladen. Buch dir über den Link bis Freitag einen Termin.
Die meisten Bewerbungen mussten wir in dieser Runde leider absagen, Ihre nicht: Wir laden Sie herzlich zu einem persönlichen Gespräch am 21. November um 9:30 Uhr in unsere Zentrale in Linz ein.
""",
        "oth_status_portal": """
SUBJECT: Neuigkeiten zu Ihrer Bewerbung || Es gibt eine Aktualisierung zu Ihrer Bewerbung. Bitte melden Sie sich in Ihrem Bewerberkonto an, um den aktuellen Status einzusehen.
Der Status einer deiner Bewerbungen hat sich geändert. Log dich im Karriereportal von {company} ein, um die Details zu sehen. Bitte antworte nicht auf diese E-Mail.
""",
        "oth_talent_community": """
Danke für Ihre Registrierung in unserem Talentnetzwerk! Sie erhalten ab sofort Job-Alerts und News. Bitte beachten Sie: Mit der Registrierung haben Sie sich noch nicht auf eine konkrete Stelle beworben.
""",
        "oth_data_notice": """
Ihr Bewerberprofil bei {company} ist seit 24 Monaten inaktiv. Gemäß unseren Datenschutzrichtlinien wird es in 30 Tagen gelöscht. Wenn Sie es behalten möchten, melden Sie sich einfach vorher an.
""",
    },
    "fr": {
        "ack_silence_means_no": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure d'y donner une suite favorable.
Votre candidature a bien été enregistrée. Notre équipe reviendra vers vous dans les meilleurs délais, que la réponse soit positive ou non : nous mettons un point d'honneur à répondre à chaque candidat.
Merci pour ta candidature ! Petite précision pour éviter les mauvaises surprises : si tu n'as pas de nouvelles d'ici la fin du mois, c'est que ton profil n'a pas été retenu pour cette fois. On préfère te le dire franchement dès maintenant.
Nous avons bien reçu votre courriel et votre CV. Veuillez prendre note que seules les personnes dont la candidature est retenue seront contactées ; sans nouvelles de notre part après trois semaines, vous pouvez considérer que le processus se poursuit sans vous.
Votre dossier nous est bien parvenu. En raison du grand nombre de candidatures, il ne nous est pas possible de répondre à chacun. Si vous n'êtes pas recontacté(e) d'ici le 30 juin, merci de considérer que votre candidature n'a pas été retenue.
""",
        "ack_no_feedback": """
Votre candidature a bien été transmise au service recrutement. Nous vous remercions de votre compréhension : compte tenu du volume de dossiers reçus, nous ne pourrons pas motiver individuellement nos décisions.
Merci, ta candidature est bien arrivée ! On lit tout, promis, mais on est une petite équipe et on ne pourra pas faire un retour détaillé à chacun·e avant l'étape d'entretien.
Nous confirmons la réception de votre candidature. Nous vous informons que nous ne communiquons pas de retour personnalisé sur les candidatures non retenues au stade de la présélection. Merci de ne pas nous relancer par téléphone.
Bonjour, votre dossier est bien recu. On vous prévient honnêtement : on reçoit beaucoup de candidatures spontanées et on n'a pas toujours le temps d'expliquer nos choix. Mais tout est lu.
""",
        "ack_shortlist_only": """
Nous avons bien reçu votre candidature. Seuls les candidats présélectionnés seront contactés pour un entretien. L'offre reste ouverte jusqu'au 15 avril.
Merci de l'intérêt porté à notre organisation. Votre candidature sera étudiée avec attention ; nous communiquerons uniquement avec les personnes retenues pour la suite du processus.
Ton CV a été transmis à la responsable du pôle. Si ton profil colle, elle te contactera directement pour un premier échange d'ici une dizaine de jours.
Votre dossier a été transmis au manager concerné. Les candidats dont le profil correspond le mieux aux exigences de la fonction seront invités à un entretien téléphonique dans les prochaines semaines.
""",
        "ack_data_retention": """
Votre candidature a bien été enregistrée. Conformément au RGPD, si elle n'est pas retenue, vos données seront conservées deux ans dans notre base de candidats, sauf opposition de votre part, puis supprimées.
Accusé de réception : votre dossier est en cours d'analyse. En application de la Loi 25, les renseignements personnels des candidats non retenus sont détruits six mois après la fin du processus de dotation.
Nous avons reçu ta candidature, merci. Si ça ne marche pas pour ce poste, est-ce qu'on peut garder ton CV dans notre vivier pendant un an ? Si tu préfères qu'on l'efface, réponds simplement à ce mail.
Nous accusons réception de votre dossier. Les documents papier des candidats non retenus ne sont pas renvoyés ; ils sont détruits de manière confidentielle à l'issue de la procédure.
""",
        "ack_many_applicants": """
Nous vous remercions pour votre candidature. Cette offre a suscité un nombre exceptionnel de réponses, souvent de grande qualité, et l'examen des dossiers prendra un peu plus de temps que prévu. Tous les candidats recevront une réponse.
Plus de 500 candidatures pour ce poste : c'est un record pour nous ! La vôtre est bien dans la pile et sera lue, mais la réponse risque de prendre quelques semaines.
Votre candidature à notre programme d'alternance a bien été reçue. Chaque année, nous recevons bien plus de candidatures que de places disponibles et seule une partie des candidats sera invitée aux journées de sélection. Les résultats vous seront communiqués par e-mail.
Merci d'avoir postulé. La concurrence est rude sur ce poste et beaucoup de très bons profils ne décrocheront pas d'entretien — ce n'est jamais un jugement sur la personne. Vous aurez une réponse dans tous les cas.
""",
        "ack_decision_date": """
Votre candidature a bien été reçue. Les entretiens auront lieu semaine 45 ; une réponse, positive ou négative, vous sera adressée au plus tard le 31 octobre.
Merci pour ta candidature ! On clôture vendredi, on fait le tri la semaine d'après et tout le monde aura une réponse avant le 20.
Nous accusons réception de votre candidature au poste de {role}. Le jury de recrutement se réunira le 12 février ; les candidats seront informés des suites données à leur dossier dans la quinzaine qui suit.
Nous vous confirmons la bonne réception de votre dossier. Une décision sera prise d'ici la fin du mois et vous sera communiquée par courriel.
""",
        "ack_on_hold": """
Nous souhaitions vous tenir informé(e) : le recrutement pour le poste de {role} est temporairement suspendu dans l'attente de la validation du budget 2026. Le poste n'est pas supprimé et votre candidature reste active.
Petit point d'étape : le recrutement est gelé pour quelques semaines suite à une réorganisation interne. Aucune décision n'a été prise, ni pour toi ni pour les autres candidats. On revient vers toi dès que ça redémarre.
Votre candidature a bien été enregistrée. Ce poste est actuellement en attente ; nous continuons à recevoir les candidatures, qui seront étudiées dès la reprise du processus.
Désolée pour le silence radio. Notre directeur technique a été absent plus longtemps que prévu et le processus est à l'arrêt. Rien n'est décidé : aucun candidat n'a été écarté pour le moment.
""",
        "ack_delay": """
L'analyse des candidatures prend plus de temps que prévu. Votre dossier est toujours à l'étude et nous espérons pouvoir vous faire un retour sous quinze jours. Merci de votre patience.
Nous nous excusons pour ce délai. Nous n'avons encore pris aucune décision, ne voyez donc pas dans cette attente un refus.
Point d'étape : en raison de la période estivale, le processus de recrutement est décalé d'environ trois semaines. Si entre-temps vous avez accepté une autre proposition, merci de nous en informer.
""",
        "ack_incomplete": """
Nous avons bien reçu votre candidature, mais il manque votre lettre de motivation, obligatoire pour ce poste. Vous pouvez la déposer depuis votre espace candidat jusqu'au 10 mai ; les dossiers incomplets ne pourront pas être examinés.
Ton dossier est arrivé, mais le lien vers ton portfolio renvoie une erreur. Tu peux nous renvoyer un lien valide ou un PDF ? On le transmet ensuite à l'équipe.
Pour compléter votre dossier, merci de nous faire parvenir une copie de votre diplôme et, le cas échéant, l'attestation de comparabilité délivrée par ENIC-NARIC. Votre candidature sera étudiée dès réception de ces pièces.
Votre candidature a bien été enregistrée. Toutefois, l'extrait de casier judiciaire demandé pour cette fonction n'a pas été joint ; sans ce document, nous ne pouvons pas poursuivre l'analyse de votre dossier.
""",
        "ack_stages": """
Merci pour votre candidature ! Voici la suite : analyse de votre CV, entretien téléphonique avec un(e) chargé(e) de recrutement, étude de cas, puis entretien final avec l'équipe. À chaque étape, nous vous dirons si vous continuez l'aventure.
Votre candidature a été enregistrée. Vous recevrez sous peu une invitation à passer nos tests en ligne. Faute de les compléter sous 5 jours, votre candidature sera automatiquement clôturée.
Votre candidature entre dans la première phase de sélection. Notre processus comporte trois tours et, à chaque tour, une partie des candidats n'est pas retenue. Nous vous tiendrons informé(e) à l'issue de chacun.
C'est reçu ! Chez nous le process c'est : un call de 20 min, un exercice pratique, puis une demi-journée avec l'équipe. Si ça ne matche pas à une étape, on te le dit tout de suite.
""",
        "ack_autoreply": """
SUBJECT: Réponse automatique : Candidature {role} || Ceci est un message automatique. Votre courriel a bien été reçu par le service des ressources humaines. Nous traitons les candidatures par ordre d'arrivée et ne répondons qu'aux candidats présélectionnés.
SUBJECT: Absence du bureau || Je suis absente jusqu'au 2 septembre inclus. Votre candidature est bien arrivée dans la boîte du recrutement et sera traitée par ma collègue ; inutile de la renvoyer.
SUBJECT: Accusé de réception automatique || Votre message est bien arrivé. Compte tenu du volume, nous ne pouvons pas répondre personnellement à toutes les demandes. Les candidatures jointes sont enregistrées et seront étudiées.
""",
        "ack_talent_community": """
Bienvenue dans la communauté talents de {company} ! Votre profil est créé et votre candidature au poste de {role} a bien été transmise. Quelle que soit l'issue, nous vous tiendrons informé(e) des nouvelles offres correspondant à votre profil.
Ta candidature est bien enregistrée et tu fais désormais partie de notre réseau de talents. Rejoindre le réseau n'a aucun impact sur ta candidature, qui suit son cours normalement.
""",
        "rej_short": """
Nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature.
Malheureusement, ta candidature n'a pas été retenue cette fois-ci.
Après examen, votre candidature au poste de {role} n'a pas été retenue.
Nous ne donnerons pas suite à votre candidature.
""",
        "rej_buried": """
Nous vous remercions de l'intérêt que vous portez à notre entreprise et du temps consacré à votre candidature. Ce poste a suscité de nombreuses candidatures de grande qualité, que nous avons étudiées avec la plus grande attention. Au terme de cet examen, nous avons retenu des profils dont l'expérience correspond plus précisément à nos besoins actuels. Conformément au RGPD, vos données seront supprimées dans un délai de deux ans.
Ces dernières semaines, on a rencontré des personnes super et lu plein de candidatures passionnantes. Le choix a été difficile, et on a finalement proposé le poste à quelqu'un qui a déjà piloté une migration cloud de bout en bout. Ton CV sera supprimé dans trois mois, sauf si tu nous demandes de le garder.
Le jury s'est réuni le 4 mars afin d'examiner l'ensemble des dossiers au regard des critères figurant dans l'avis de vacance. J'ai le regret de vous informer que votre candidature n'a pas été retenue pour la phase d'entretiens.
Tout d'abord, merci pour votre patience : le processus a pris plus de temps qu'annoncé. Le poste est désormais pourvu et, malgré la qualité de votre parcours, nous ne sommes pas en mesure de vous le proposer.
""",
        "rej_talent_pool": """
Si nous ne pouvons retenir votre candidature pour ce poste, votre profil a toutefois retenu notre attention. Avec votre accord, nous souhaiterions le conserver dans notre vivier afin de vous recontacter lors d'une prochaine opportunité.
On a choisi un autre candidat pour ce poste, mais on aimerait garder ton CV sous le coude : si tu es d'accord, on te recontacte dès qu'un poste de data analyst s'ouvre.
Votre candidature n'a malheureusement pas abouti pour cette offre. Vous avez été ajouté(e) à notre communauté talents et serez informé(e) en priorité des nouvelles offres. Vous pouvez vous désinscrire à tout moment depuis votre espace candidat.
Nous ne retiendrons pas votre candidature pour ce poste, mais j'ai transmis votre dossier à notre bureau de Lausanne, qui ouvrira une fonction similaire à l'automne. Êtes-vous d'accord ?
""",
        "rej_thanks_opening": """
Merci sincèrement pour votre candidature et pour la confiance que vous nous témoignez. Merci aussi pour votre patience ces dernières semaines. Nous devons malheureusement vous annoncer que nous ne vous convierons pas à un entretien.
Un grand merci pour ta candidature et ta lettre, vraiment sympa à lire. On a dû faire des choix difficiles et, cette fois, on ne va pas aller plus loin avec toi.
Nous vous remercions vivement pour l'envoi de votre dossier et pour l'intérêt porté à notre cabinet. Après mûre réflexion, nous regrettons de ne pouvoir vous apporter une réponse positive.
""",
        "rej_feedback": """
Nous ne poursuivrons pas le processus avec vous. Comme vous nous l'aviez demandé, voici un retour : le poste exige un allemand courant (C1), critère déterminant pour l'équipe bâloise.
Suite à l'entretien technique, nous avons décidé de ne pas aller plus loin. Pour ton info : ton approche de l'architecture était solide, mais l'exercice de code n'était pas terminé et les tests manquaient. N'hésite pas à repostuler dans six mois.
Nous avons finalement retenu une autre candidate à l'issue du second entretien. C'était serré, et votre présentation a beaucoup plu. Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone.
Malheureusement, votre candidature n'a pas été retenue : le permis B est indispensable pour ce poste, qui implique des déplacements quotidiens chez nos clients.
""",
        "rej_portal": """
SUBJECT: Mise à jour de votre candidature || Le statut de votre candidature au poste de {role} (réf. 2025-0412) a été mis à jour : Non retenue. Consultez nos autres offres depuis votre espace candidat.
Votre candidature a été examinée. L'équipe de recrutement a décidé de ne pas poursuivre avec votre profil. Ce message est envoyé automatiquement, merci de ne pas y répondre.
Statut : candidature non retenue. Le poste a été pourvu et votre dossier a été archivé.
Ta candidature au poste de {role} est clôturée — elle n'a pas été retenue. Tu peux toujours consulter nos offres ouvertes sur le portail.
""",
        "rej_not_shortlisted": """
La présélection pour le poste de {role} est terminée et votre candidature n'a pas été retenue pour la suite. Compte tenu du nombre de dossiers, nous ne sommes pas en mesure de vous fournir un retour individuel.
Bon, je vais être directe : tu n'es pas dans la short-list. On a eu plus de 250 candidatures pour cinq entretiens.
Votre dossier ne répond pas aux conditions d'accès mentionnées dans l'offre (diplôme de niveau bac+5 requis) et ne peut donc être examiné plus avant.
""",
        "rej_after_stage": """
Merci d'avoir passé nos tests en ligne. Malheureusement, votre score n'atteint pas le seuil requis pour accéder à l'étape suivante ; nous ne pourrons donc pas poursuivre.
Merci pour ce deuxième entretien. Après concertation, l'équipe a décidé de ne pas te proposer l'étape finale.
Merci pour votre participation à notre centre d'évaluation mardi dernier. Nous avons le regret de vous informer que vous n'avez pas été retenu(e) pour l'entretien final avec la direction.
""",
        "rej_role_closed": """
Nous vous informons que le poste de {role} ne sera finalement pas pourvu, suite à une modification de notre organisation. Le processus de recrutement est clos et votre candidature ne sera donc pas poursuivie.
Mauvaise nouvelle : le poste a été supprimé suite à un gel des embauches. On arrête tous les recrutements en cours, y compris le tien. S'il rouvre, on republiera l'annonce.
""",
        "rej_chaser_reply": """
Merci pour votre relance, et toutes mes excuses pour ce silence. Nous avons en effet retenu une autre personne pour ce poste ; j'aurais dû vous en informer plus tôt.
Merci d'avoir relancé ! Désolé, ça nous a échappé : tu n'as pas été retenu pour la suite.
""",
        "inv_warn_words": """
Nous avons reçu énormément de candidatures et n'avons pu en retenir que quelques-unes : la vôtre en fait partie ! Seriez-vous disponible pour un entretien en visio de 30 minutes lundi ou jeudi en fin de matinée ?
Comme indiqué, seules les personnes présélectionnées sont contactées — et c'est ton cas ! Réserve un créneau d'entretien via le lien ci-dessous avant vendredi.
La plupart des candidatures n'ont pas été retenues à ce stade, mais la vôtre a retenu notre attention. Nous avons le plaisir de vous convier à un entretien le 7 novembre à 14 h dans nos locaux de Namur.
""",
        "oth_status_portal": """
SUBJECT: Votre candidature a été mise à jour || Le statut de votre candidature a changé. Connectez-vous à votre espace candidat pour en prendre connaissance.
Du nouveau sur l'une de vos candidatures : un recruteur a mis à jour votre dossier. Rendez-vous sur le site carrières de {company} pour voir le détail. Ne répondez pas à ce courriel.
""",
        "oth_talent_community": """
Merci de vous être inscrit(e) à notre communauté talents ! Vous recevrez nos alertes emploi et nos actualités. Attention : cette inscription ne vaut pas candidature — postulez directement aux offres qui vous intéressent.
""",
        "oth_data_notice": """
Votre compte candidat chez {company} est inactif depuis 24 mois. Conformément à notre politique de protection des données, il sera supprimé dans 30 jours. Pour le conserver, il vous suffit de vous connecter avant cette date.
""",
    },
    "es": {
        "ack_silence_means_no": """
Hemos recibido correctamente tu candidatura para el puesto de {role} y nuestro equipo ya la está revisando. Si en un plazo de 30 días no te hemos contactado, entiende que en esta ocasión no ha sido posible avanzar con tu perfil.
¡Gracias por postularte! Te contamos cómo trabajamos: contestamos a todas las personas, sea un sí o un no, normalmente en unas dos semanas. Así que no te vamos a dejar sin respuesta.
Confirmamos la recepción de su postulación. Debido al alto volumen de solicitudes, si no recibe noticias nuestras en las próximas tres semanas, le agradecemos considerar que su perfil no fue seleccionado para esta vacante.
Te llega esta confirmación porque tu CV ya está en nuestro sistema. Ojo: si para fin de mes no tenés novedades, significa que no avanzamos con tu perfil esta vez, aunque lo guardamos para futuras búsquedas.
Recibimos su hoja de vida para la convocatoria de {role}. Le informamos que la preselección termina el 15 de agosto; las personas que no sean contactadas antes de esa fecha no continuarán en el proceso.
""",
        "ack_no_feedback": """
Hemos recibido tu candidatura. Te pedimos comprensión: dado el número de solicitudes, no podemos dar una valoración individual de cada perfil ni explicar los motivos de nuestras decisiones.
¡Recibido! Leemos todas las postulaciones, pero como somos un equipo chico no alcanzamos a darle feedback a cada persona antes de la entrevista.
Acusamos recibo de su solicitud. Le informamos que la empresa no proporciona retroalimentación a los candidatos en la etapa de preselección ni atiende consultas telefónicas sobre el estado del proceso.
Gracias, te confirmo que tu cv esta dentro. Para ser sinceros, recibimos muchisimas candidaturas espontaneas y no siempre nos da tiempo a responder con detalle, pero todas se leen.
""",
        "ack_shortlist_only": """
Gracias por postularte en {company}. Solo nos comunicaremos con los candidatos preseleccionados. La convocatoria permanece abierta hasta el 30 de abril.
Hemos recibido su candidatura, que será valorada por el área correspondiente. Únicamente contactaremos a las personas cuyo perfil se ajuste a los requisitos del puesto.
Tu CV ya está con la jefa de área. Si tu perfil encaja, ella misma te escribirá en unos diez días para una primera conversación.
Su postulación fue recibida y se encuentra en etapa de revisión curricular. Los postulantes que pasen a la siguiente etapa serán contactados vía correo o teléfono.
""",
        "ack_data_retention": """
Hemos recibido tu candidatura. Conforme al RGPD y la LOPDGDD, si no resultas seleccionado/a conservaremos tus datos durante un año para futuros procesos, salvo que nos indiques lo contrario; después serán eliminados.
Acusamos recibo de su postulación. En cumplimiento de nuestro Aviso de Privacidad, los datos personales de los candidatos no seleccionados se eliminarán de nuestros registros en un plazo de seis meses.
Nos llegó tu CV, ¡gracias! Si este puesto no sale, ¿te parece si guardamos tus datos un año por si surge algo parecido? Si prefieres que los borremos, basta con responder a este correo.
Su hoja de vida fue recibida. De acuerdo con la Ley 1581 de 2012, la información de los aspirantes que no continúen en el proceso será tratada únicamente con fines de selección y suprimida al cerrar la convocatoria.
""",
        "ack_many_applicants": """
Gracias por tu interés. Esta oferta ha recibido una respuesta extraordinaria, con perfiles de gran nivel, así que la revisión nos llevará algo más de lo previsto. Responderemos a todas las candidaturas.
¡Más de 700 postulaciones para una sola vacante! La tuya está entre ellas y la vamos a leer, pero puede que tardemos un poco más en contestar.
Hemos recibido su solicitud para el Programa de Becarios. Cada año recibimos muchas más solicitudes que plazas, por lo que solo una parte de los candidatos será convocada a las pruebas presenciales. Le informaremos del resultado por correo electrónico.
Gracias por postular. Te lo decimos con honestidad: la competencia es fuerte y muchos buenos perfiles no llegarán a entrevista, lo que no dice nada malo de ellos. Te escribiremos en cualquier caso.
""",
        "ack_decision_date": """
Hemos recibido tu candidatura. Las entrevistas se harán la semana del 23 de junio y comunicaremos el resultado de la preselección, positivo o negativo, antes del día 16.
Confirmamos la recepción de su solicitud para la plaza de {role}. El tribunal de selección se reunirá el 8 de octubre; todos los aspirantes recibirán respuesta antes de fin de mes.
¡Gracias por postularte! Cerramos la búsqueda el viernes, la semana siguiente revisamos todo y antes del 20 le avisamos a cada persona cómo sigue.
Su postulación fue registrada. La decisión final se tomará en la primera quincena de marzo y se le notificará por este medio.
""",
        "ack_on_hold": """
Queremos informarte de que el proceso de selección para {role} está temporalmente en pausa mientras cerramos el presupuesto del próximo año. La vacante no se ha cancelado y tu candidatura sigue activa.
Una actualización rápida: la búsqueda quedó congelada unas semanas por una reestructuración interna. Todavía no se tomó ninguna decisión sobre ningún candidato; te avisamos apenas se reactive.
Su solicitud ha sido recibida. Le informamos que la vacante se encuentra actualmente en espera; seguimos recibiendo postulaciones, que serán revisadas al reanudarse el proceso.
Perdona el silencio. La responsable del equipo ha estado de baja más de lo previsto y el proceso está parado. No hay nada decidido: no hemos descartado a nadie todavía.
""",
        "ack_delay": """
La revisión de candidaturas está llevando más tiempo del previsto. Tu solicitud sigue en estudio y esperamos darte noticias en las próximas dos semanas. Gracias por tu paciencia.
Disculpe la demora en responderle. Aún no hemos tomado ninguna decisión, así que le pedimos que no interprete la espera como una negativa.
Actualización: por el periodo vacacional, el proceso de selección se retrasa unas tres semanas. Si mientras tanto has aceptado otra oferta, te agradeceríamos que nos lo comunicaras.
""",
        "ack_incomplete": """
Hemos recibido tu candidatura, pero falta la carta de presentación, que es obligatoria para este puesto. Puedes subirla desde tu área de candidato hasta el 10 de mayo; las candidaturas incompletas no podrán valorarse.
Recibimos tu postulación, pero el enlace a tu portafolio da error. ¿Nos mandás uno que funcione o un PDF? Apenas lo tengamos, pasa a revisión.
Para completar su expediente, le solicitamos enviar copia de su título y cédula profesional. Su solicitud será evaluada una vez recibida la documentación.
Su postulación ha sido recibida; sin embargo, no se adjuntó el certificado de antecedentes. Sin este documento no es posible continuar con la evaluación. Puede cargarlo en el portal hasta el viernes.
""",
        "ack_stages": """
¡Gracias por tu candidatura! Así es nuestro proceso: revisión de CV, entrevista telefónica, caso práctico y entrevista final con el equipo. En cada fase te diremos si sigues adelante.
Tu postulación fue registrada. En los próximos días recibirás una invitación para realizar nuestras pruebas en línea. Si no las completas en 5 días, tu postulación se cerrará automáticamente.
Su candidatura se encuentra en la primera fase de selección. El proceso consta de tres etapas y en cada una de ellas una parte de los candidatos no continúa. Le mantendremos informado del resultado de cada fase.
¡Recibida! El proceso acá es: llamada de 20 minutos, un ejercicio práctico y una tarde con el equipo. Si en alguna etapa no encaja, te lo decimos enseguida.
""",
        "ack_autoreply": """
SUBJECT: Respuesta automática: Candidatura {role} || Este es un mensaje automático. Su correo ha sido recibido por el departamento de Recursos Humanos. Las candidaturas se revisan por orden de llegada y solo contactamos a los candidatos preseleccionados.
SUBJECT: Fuera de la oficina || Estaré fuera de la oficina hasta el 2 de septiembre. Tu CV ha llegado al buzón de selección y lo revisará mi compañera; no hace falta que lo reenvíes.
SUBJECT: Acuse de recibo automático || Hemos recibido su mensaje. Por el volumen de correos no podemos contestar personalmente a todos; las postulaciones adjuntas quedan registradas y serán evaluadas.
""",
        "ack_talent_community": """
¡Bienvenido/a a la comunidad de talento de {company}! Tu perfil ya está creado y tu candidatura a {role} ha sido enviada. Sea cual sea el resultado, te avisaremos de nuevas ofertas que encajen contigo.
Tu postulación fue recibida y ya formas parte de nuestra red de talento. Unirte a la red no afecta en nada tu postulación, que sigue su curso normal.
""",
        "rej_short": """
Lamentamos informarte de que no has sido seleccionado/a para el puesto.
Tras revisar tu candidatura, hemos decidido no continuar con tu proceso.
En esta ocasión su perfil no fue seleccionado.
Esta vez no va a poder ser, lo siento.
""",
        "rej_buried": """
Queremos agradecerte el interés mostrado en {company} y el tiempo que has dedicado a tu candidatura. Para esta posición hemos recibido un gran número de perfiles de mucha calidad, que hemos analizado con detenimiento. Finalmente hemos optado por candidatos cuya experiencia se ajusta más a lo que buscamos en este momento. Conservaremos tus datos durante un año conforme a nuestra política de privacidad.
Estas semanas conocimos a gente muy buena y leímos muchísimas postulaciones. No fue una decisión fácil y al final le ofrecimos el puesto a alguien con más experiencia en medios de pago. Borramos tus datos en tres meses, salvo que nos pidas guardarlos.
El comité de selección se reunió el pasado 4 de marzo para valorar todas las solicitudes conforme a los requisitos de la convocatoria. Lamentamos comunicarle que su solicitud no ha sido seleccionada para la fase de entrevistas.
Antes que nada, gracias por su paciencia: el proceso tomó más de lo anunciado. La vacante ya fue cubierta y, pese a la calidad de su trayectoria, no podremos ofrecerle la posición.
""",
        "rej_talent_pool": """
Aunque no podemos avanzar con tu candidatura para este puesto, tu perfil nos ha gustado mucho. Con tu permiso, nos gustaría incorporarlo a nuestra bolsa de talento para contactarte en futuras oportunidades.
Elegimos a otra persona para esta búsqueda, pero nos gustaría quedarnos con tu CV. Si estás de acuerdo, te escribimos cuando abramos algo en el área de datos.
Su postulación no resultó seleccionada para esta vacante. Su perfil ha sido incorporado a nuestra base de talento y recibirá avisos de nuevas vacantes; puede darse de baja en cualquier momento desde su cuenta.
No vamos a seguir con tu candidatura para este puesto, pero he pasado tu perfil a nuestra oficina de Valencia, que abrirá una vacante parecida en otoño. ¿Te parece bien?
""",
        "rej_thanks_opening": """
Muchas gracias por tu candidatura y por la confianza depositada en nosotros. Gracias también por tu paciencia estas semanas. Lamentablemente, debemos comunicarte que no te invitaremos a una entrevista.
¡Mil gracias por postularte y por tu carta, nos encantó leerla! Tuvimos que tomar decisiones difíciles y esta vez no vamos a seguir con tu perfil.
Le agradecemos sinceramente el envío de su documentación y su interés en nuestra firma. Tras un análisis detenido, lamentamos no poder darle una respuesta favorable.
""",
        "rej_feedback": """
No continuaremos con tu proceso. Como nos pediste una valoración: el puesto requiere inglés avanzado (C1) de forma imprescindible, y ese fue el factor decisivo.
Después de la entrevista técnica decidimos no avanzar. Feedback: tu enfoque de arquitectura estuvo muy bien, pero el ejercicio de código quedó incompleto y sin tests. Te animamos a postular de nuevo en seis meses.
Finalmente hemos elegido a otra candidata tras la segunda entrevista. Estuvo muy reñido y tu presentación gustó mucho. Si quieres, te doy un feedback más detallado por teléfono.
Lamentablemente su postulación no fue seleccionada: para este cargo es indispensable contar con licencia de conducir clase B, ya que implica visitas diarias a clientes.
""",
        "rej_portal": """
SUBJECT: Actualización de tu candidatura || El estado de tu candidatura a {role} (ref. 2025-0412) se ha actualizado a: Descartada. Puedes consultar otras ofertas desde tu área privada.
Su postulación ha sido revisada. El equipo de selección ha decidido no continuar con su perfil. Este es un mensaje automático; por favor no responda.
Estado: No seleccionado. La vacante ha sido cubierta y su postulación fue archivada.
Tu postulación a {role} se cerró sin avanzar. Podés seguir viendo nuestras búsquedas abiertas en el portal.
""",
        "rej_not_shortlisted": """
Hemos finalizado la preselección para el puesto de {role} y tu candidatura no ha pasado a la siguiente fase. Por el volumen de solicitudes no podemos ofrecerte una valoración individual.
Te lo digo sin rodeos: no quedaste entre los preseleccionados. Tuvimos más de 250 postulantes para cinco entrevistas.
Su solicitud no cumple con los requisitos mínimos publicados en la convocatoria (título universitario en área afín), por lo que no podrá ser considerada en el proceso.
""",
        "rej_after_stage": """
Gracias por completar la prueba en línea. Lamentablemente tu puntuación no alcanzó el mínimo requerido para pasar a la siguiente fase, por lo que no podemos continuar con tu candidatura.
Gracias por la segunda entrevista. Lo hablamos en el equipo y decidimos no pasarte a la etapa final.
Gracias por participar en el assessment center del martes. Lamentamos informarle que no ha sido seleccionado para la entrevista final con dirección.
""",
        "rej_role_closed": """
Le informamos que la vacante de {role} ha sido cancelada por cambios en la estructura de la empresa. El proceso queda cerrado y, por tanto, no continuaremos con su postulación.
Mala noticia: el puesto se eliminó por un congelamiento de contrataciones. Cerramos todos los procesos abiertos, incluido el tuyo. Si se reabre, volveremos a publicarlo.
""",
        "rej_chaser_reply": """
Gracias por escribirnos y disculpa el silencio. Efectivamente, elegimos a otra persona para el puesto; debí habértelo dicho antes.
¡Gracias por insistir! Perdón, se nos pasó avisarte: no pasaste a la siguiente etapa.
""",
        "inv_warn_words": """
Recibimos muchísimas postulaciones y solo pudimos avanzar con unas pocas: ¡la tuya es una de ellas! ¿Tendrías disponibilidad para una videollamada de 40 minutos el lunes o el jueves a primera hora?
Como te comentamos, solo contactamos a las personas preseleccionadas, y tú eres una de ellas. Reserva tu entrevista en el enlace de abajo antes del viernes.
La mayoría de las candidaturas no ha pasado esta fase, pero la suya sí. Nos complace invitarle a una entrevista presencial el 12 de noviembre a las 11:00 en nuestras oficinas de Bilbao.
""",
        "oth_status_portal": """
SUBJECT: Novedades sobre tu candidatura || El estado de tu candidatura ha cambiado. Inicia sesión en tu área de candidato para consultarlo.
Un reclutador actualizó una de sus postulaciones. Ingrese al portal de empleo de {company} para ver el detalle. No responda a este correo.
""",
        "oth_talent_community": """
¡Gracias por unirte a nuestra comunidad de talento! Recibirás alertas de empleo y novedades. Recuerda: registrarte no equivale a postularte; aplica directamente a las vacantes que te interesen.
""",
        "oth_data_notice": """
Tu perfil de candidato en {company} lleva 24 meses inactivo. Según nuestra política de protección de datos, lo eliminaremos en 30 días. Si quieres conservarlo, solo tienes que iniciar sesión antes de esa fecha.
""",
    },
    "pt": {
        "ack_silence_means_no": """
Recebemos sua candidatura para a vaga de {role} e ela já está em análise. Caso não receba um retorno nosso em até 30 dias, considere que, neste momento, seu perfil não seguirá no processo seletivo.
Obrigado pela candidatura! Um aviso para ninguém ficar no vácuo: aqui a gente responde todo mundo, seja sim ou não, em mais ou menos duas semanas.
Confirmamos a receção da sua candidatura. Dado o elevado número de candidaturas, caso não seja contactado(a) nas próximas três semanas, deverá considerar que a mesma não foi selecionada.
Seu currículo chegou certinho. Só pra alinhar expectativa: se até o fim do mês voce não tiver notícias, é porque desta vez não avançamos com seu perfil — mas ele fica guardado para as próximas vagas.
A sua candidatura foi registada com sucesso. A fase de triagem termina a 15 de agosto; os candidatos que não forem contactados até essa data não prosseguirão no processo.
""",
        "ack_no_feedback": """
Recebemos sua candidatura. Pedimos sua compreensão: devido ao grande volume de inscrições, não conseguimos dar feedback individual nem explicar os motivos de cada decisão.
Recebido! A gente lê todas as candidaturas, mas como o time é pequeno não dá pra mandar feedback pra cada pessoa antes da entrevista.
Acusamos a receção da sua candidatura. Informamos que não é prestado feedback individual na fase de triagem curricular, nem são atendidos pedidos telefónicos sobre o estado do processo.
Valeu pelo currículo! Sendo bem sinceros, recebemos muita candidatura espontânea e nem sempre dá tempo de responder com detalhe. Mas tudo é lido, prometo.
""",
        "ack_shortlist_only": """
Obrigado por se candidatar na {company}. Entraremos em contato apenas com os candidatos pré-selecionados. As inscrições ficam abertas até 30 de abril.
A sua candidatura foi recebida e será avaliada pela área responsável. Só serão contactados os candidatos cujo perfil corresponda aos requisitos da função.
Seu currículo já está com a gestora da área. Se o perfil tiver fit, ela mesma te chama em uns dez dias pra um primeiro papo.
Sua inscrição foi recebida e está na etapa de análise curricular. Os candidatos aprovados para a próxima fase serão comunicados por e-mail ou WhatsApp.
""",
        "ack_data_retention": """
Recebemos sua candidatura. Em conformidade com a LGPD, caso você não seja selecionado(a), seus dados permanecerão em nosso banco de talentos por 12 meses e depois serão excluídos, salvo solicitação em contrário.
Confirmamos a receção da sua candidatura. Nos termos do RGPD, os dados pessoais dos candidatos não selecionados serão eliminados seis meses após a conclusão do processo de recrutamento.
Chegou seu currículo, obrigado! Se essa vaga não der certo, podemos guardar seus dados por um ano caso apareça algo parecido? Se preferir que a gente apague, é só responder este e-mail.
A sua candidatura foi recebida. Os documentos em papel dos candidatos não selecionados não são devolvidos, sendo destruídos de forma segura no final do procedimento concursal.
""",
        "ack_many_applicants": """
Agradecemos seu interesse! Essa vaga recebeu um número enorme de candidaturas, muitas excelentes, e a análise vai demorar um pouco mais do que o previsto. Todos os candidatos receberão um retorno.
Mais de 800 inscritos pra uma vaga só! A sua está na fila e vai ser lida, mas pode demorar um pouco mais pra gente responder.
Recebemos sua inscrição no nosso Programa de Estágio. Todo ano recebemos muito mais inscrições do que vagas, então só parte dos candidatos é chamada para as dinâmicas presenciais. O resultado será enviado por e-mail.
Obrigado por se candidatar. Com toda a honestidade: a concorrência é grande e muitos bons perfis não vão chegar à entrevista — isso não diz nada de negativo sobre eles. Daremos retorno em qualquer caso.
""",
        "ack_decision_date": """
Recebemos sua candidatura. As entrevistas acontecem na semana de 14 de julho, e o resultado da triagem, positivo ou não, será comunicado até o dia 7.
Confirmamos a receção da sua candidatura para a função de {role}. O júri de seleção reúne a 22 de outubro e todos os candidatos serão informados até ao final do mês.
Valeu por se candidatar! Fechamos as inscrições na sexta, na semana seguinte olhamos tudo e até o dia 20 todo mundo recebe uma resposta.
Sua candidatura foi registrada. A decisão final sai na primeira quinzena de março e você será avisado(a) por este e-mail.
""",
        "ack_on_hold": """
Queremos te atualizar: o processo para {role} está temporariamente pausado enquanto fechamos o orçamento do próximo ano. A vaga não foi cancelada e sua candidatura continua ativa.
Um ponto de situação rápido: o recrutamento está suspenso por algumas semanas devido a uma reorganização interna. Ainda não foi tomada nenhuma decisão sobre nenhum candidato. Voltaremos a contactá-lo(a) assim que o processo for retomado.
Sua candidatura foi recebida. Informamos que esta vaga está congelada no momento; seguimos recebendo currículos, que serão analisados quando o processo for retomado.
Desculpa o sumiço! A gestora da vaga ficou afastada mais tempo do que o previsto e o processo parou. Nada foi decidido ainda: ninguém foi descartado.
""",
        "ack_delay": """
A análise das candidaturas está levando mais tempo que o previsto. Sua candidatura segue em avaliação e esperamos dar um retorno nas próximas duas semanas. Obrigado pela paciência.
Pedimos desculpa pela demora. Ainda não tomámos qualquer decisão, pelo que lhe pedimos que não interprete a espera como uma recusa.
Atualização: por causa do período de férias, o processo seletivo vai atrasar umas três semanas. Se nesse meio-tempo você tiver aceitado outra proposta, por favor nos avise.
""",
        "ack_incomplete": """
Recebemos sua candidatura, mas falta a carta de apresentação, obrigatória para esta vaga. Você pode enviá-la pela sua área do candidato até 10 de maio; candidaturas incompletas não poderão ser avaliadas.
Sua candidatura chegou, mas o link do portfólio está dando erro. Consegue mandar outro link ou um PDF? Assim que chegar, vai direto pra avaliação.
Para completar o seu processo, solicitamos o envio do certificado de habilitações e, se aplicável, do reconhecimento do grau estrangeiro. A candidatura será analisada após a receção destes documentos.
Sua inscrição foi recebida, porém o comprovante de escolaridade não foi anexado. Sem esse documento não conseguimos dar andamento. Você pode incluí-lo no portal até sexta-feira.
""",
        "ack_stages": """
Obrigado pela candidatura! Nosso processo funciona assim: análise de currículo, entrevista por telefone, case e entrevista final com o time. A cada etapa, avisamos se você segue adiante.
Sua inscrição foi registrada. Nos próximos dias você vai receber um convite para os testes online. Se não concluir em 5 dias, sua candidatura será encerrada automaticamente.
A sua candidatura encontra-se na primeira fase de seleção. O processo tem três fases e, em cada uma, parte dos candidatos não prossegue. Iremos informá-lo(a) do resultado de cada fase.
Recebido! Aqui o processo é: call de 20 minutos, um desafio prático e uma tarde com o time. Se não rolar em alguma etapa, a gente te fala na hora.
""",
        "ack_autoreply": """
SUBJECT: Resposta automática: Candidatura {role} || Esta é uma mensagem automática. Seu e-mail foi recebido pelo RH. As candidaturas são analisadas por ordem de chegada e entramos em contato somente com os pré-selecionados.
SUBJECT: Ausência temporária || Estou fora do escritório até 2 de setembro. A sua candidatura chegou à caixa de recrutamento e será tratada pela minha colega; não é necessário reenviá-la.
SUBJECT: Confirmação automática de recebimento || Recebemos sua mensagem. Pelo volume de e-mails, não conseguimos responder a todos individualmente; currículos anexados ficam registrados e serão avaliados.
""",
        "ack_talent_community": """
Bem-vindo(a) à comunidade de talentos da {company}! Seu perfil foi criado e sua candidatura para {role} foi enviada. Independentemente do resultado, vamos te avisar sobre novas vagas com o seu perfil.
A sua candidatura foi recebida e passou a fazer parte da nossa rede de talentos. A adesão à rede não tem qualquer impacto na sua candidatura, que segue o seu curso normal.
""",
        "rej_short": """
Infelizmente, não seguiremos com sua candidatura.
Lamentamos informar que a sua candidatura não foi selecionada.
Desta vez não rolou — optamos por outro perfil.
Após análise, você não foi aprovado(a) para esta vaga.
""",
        "rej_buried": """
Agradecemos seu interesse pela {company} e o tempo dedicado à sua candidatura. Recebemos um grande número de perfis muito qualificados para esta posição, todos analisados com atenção. Ao final, optamos por seguir com candidatos cuja experiência está mais alinhada às necessidades atuais da área. Seus dados permanecerão em nosso banco de talentos por 12 meses, conforme a LGPD.
Nas últimas semanas conhecemos gente muito boa e lemos um monte de candidaturas. A decisão não foi fácil e, no fim, a vaga ficou com alguém com mais experiência em meios de pagamento. Vamos apagar seus dados em três meses, a não ser que você peça para guardar.
O júri reuniu no passado dia 4 de março para apreciar todas as candidaturas à luz dos requisitos do aviso de abertura. Lamentamos comunicar que a sua candidatura não foi admitida à fase de entrevistas.
Antes de mais, obrigado pela paciência: o processo demorou mais do que o anunciado. A vaga já foi preenchida e, apesar da qualidade do seu percurso, não podemos oferecer-lhe a posição.
""",
        "rej_talent_pool": """
Embora não possamos avançar com sua candidatura para esta vaga, gostamos muito do seu perfil. Com sua autorização, gostaríamos de mantê-lo em nosso banco de talentos para futuras oportunidades.
Escolhemos outra pessoa para essa vaga, mas queríamos ficar com seu currículo. Se topar, te chamamos quando abrir algo na área de dados.
A sua candidatura não foi selecionada para esta oferta. O seu perfil foi integrado na nossa bolsa de talentos e receberá alertas de novas oportunidades; pode cancelar a qualquer momento na sua área de candidato.
Não vamos seguir com sua candidatura para esta vaga, mas passei seu perfil para o nosso escritório de Curitiba, que vai abrir uma posição parecida no segundo semestre. Tudo bem pra você?
""",
        "rej_thanks_opening": """
Muito obrigado pela sua candidatura e pela confiança em nós. Obrigado também pela paciência nessas semanas. Infelizmente, precisamos informar que não vamos te chamar para entrevista.
Obrigadão por se candidatar e pela carta, adoramos ler! Tivemos que fazer escolhas difíceis e, dessa vez, não vamos seguir com você.
Agradecemos sinceramente o envio da sua documentação e o interesse pela nossa sociedade. Após cuidada ponderação, lamentamos não poder dar uma resposta favorável.
""",
        "rej_feedback": """
Não vamos seguir com seu processo. Como você pediu um feedback: a vaga exige inglês fluente (C1) de forma obrigatória, e esse foi o ponto decisivo.
Depois da entrevista técnica decidimos não avançar. Feedback: sua abordagem de arquitetura foi muito boa, mas o exercício de código ficou incompleto e sem testes. Fique à vontade para se candidatar de novo daqui a seis meses.
Optámos por outra candidata após a segunda entrevista. Foi uma decisão renhida e a sua apresentação agradou bastante. Se quiser, posso dar-lhe um feedback mais detalhado por telefone.
Infelizmente sua candidatura não foi aprovada: para este cargo é obrigatória a CNH categoria B, pois há visitas diárias a clientes.
""",
        "rej_portal": """
SUBJECT: Atualização da sua candidatura || O status da sua candidatura para {role} (ref. 2025-0412) foi atualizado para: Não selecionado. Confira outras vagas na sua área do candidato.
A sua candidatura foi analisada. A equipa de recrutamento decidiu não prosseguir com o seu perfil. Esta é uma mensagem automática; por favor não responda.
Status: Reprovado na triagem. A vaga foi preenchida e sua candidatura foi arquivada.
Sua candidatura para {role} foi encerrada sem avanço. Você continua podendo ver nossas vagas abertas no portal.
""",
        "rej_not_shortlisted": """
Concluímos a triagem para a vaga de {role} e sua candidatura não avançou para a próxima etapa. Pelo volume de inscrições, não conseguimos oferecer um feedback individual.
Vou ser direta: você não entrou na lista de pré-selecionados. Foram mais de 250 inscritos para cinco entrevistas.
A sua candidatura não cumpre os requisitos mínimos publicados no anúncio (licenciatura em área relevante), pelo que não poderá ser considerada.
""",
        "rej_after_stage": """
Obrigado por fazer o teste online. Infelizmente, sua pontuação não atingiu o mínimo exigido para a próxima fase, então não poderemos seguir com sua candidatura.
Valeu pela segunda entrevista. Conversamos no time e decidimos não te levar para a etapa final.
Obrigado pela sua participação no assessment center de terça-feira. Lamentamos informar que não foi selecionado(a) para a entrevista final com a direção.
""",
        "rej_role_closed": """
Informamos que a vaga de {role} foi cancelada devido a mudanças na estrutura da empresa. O processo foi encerrado e, portanto, não daremos continuidade à sua candidatura.
Má notícia: a posição foi extinta por causa de um congelamento de contratações. Estamos fechando todos os processos abertos, inclusive o seu. Se reabrir, publicamos de novo.
""",
        "rej_chaser_reply": """
Obrigado por escrever e desculpe o silêncio. De fato, escolhemos outra pessoa para a vaga; eu deveria ter avisado antes.
Obrigado por cobrar! Foi mal, passou batido aqui: você não passou para a próxima etapa.
""",
        "inv_warn_words": """
Recebemos muitas candidaturas e só conseguimos avançar com poucas — a sua é uma delas! Você teria disponibilidade para uma videochamada de uma hora na segunda ou na quinta de manhã?
Como avisamos, só entramos em contato com os pré-selecionados, e você é um deles. Agende sua entrevista pelo link abaixo até sexta.
A maioria das candidaturas não passou desta fase, mas a sua sim. Temos o prazer de o(a) convidar para uma entrevista presencial no dia 19 de novembro, às 15h, no nosso escritório do Porto.
""",
        "oth_status_portal": """
SUBJECT: Novidades sobre sua candidatura || O status da sua candidatura mudou. Acesse sua área do candidato para conferir.
Um recrutador atualizou uma das suas candidaturas. Inicie sessão no site de carreiras da {company} para ver os detalhes. Não responda a este e-mail.
""",
        "oth_talent_community": """
Obrigado por se cadastrar na nossa comunidade de talentos! Você vai receber alertas de vagas e novidades. Lembre-se: o cadastro não é uma candidatura — candidate-se diretamente às vagas que te interessarem.
""",
        "oth_data_notice": """
O seu perfil de candidato na {company} está inativo há 24 meses. De acordo com a nossa política de proteção de dados, será eliminado dentro de 30 dias. Para o manter, basta iniciar sessão antes dessa data.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Dear {first} Rivera,",
            "Hello {first},",
            "Dear Candidate,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for considering {company} as your next employer.",
            "We appreciate your interest in the {role} role.",
        ],
        "wish": [
            "We wish you all the best in your job search.",
            "Best of luck with your next steps.",
            "We wish you every success in your future career.",
        ],
        "marketing": [
            "At {company}, we believe great work happens when people feel trusted. Over 2,000 colleagues in 14 countries build products that millions rely on every day — and we're proud to be certified as a Great Place to Work for the fourth year running.",
            "Life at {company}: hybrid working, 28 days' holiday, a learning budget for every employee and a team that genuinely cares. Follow us on LinkedIn to see what we're working on.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Thanks,\n{sender}",
            "Warm wishes,\n{sender}",
            "Yours sincerely,\n{sender}\nRecruitment Team",
        ],
        "footer": [
            "{company} Ltd is registered in England and Wales (No. 08812345). Registered office: 4 Canal Wharf, Leeds LS11 5XX. This email and any attachments are confidential.",
            "You are receiving this email because you applied for a role at {company}. Manage your preferences or unsubscribe from job alerts in your candidate profile.",
            "Please do not reply to this email. This mailbox is not monitored. {company} is an equal opportunity employer.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Re: {role} application",
            "Application update – {role}",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps: {role} at {company}",
            "Let's talk – {role}",
        ],
        "subject_off": [
            "Your offer from {company}",
            "Offer of employment – {role}",
            "Great news, {first}!",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "Your candidate account",
            "{company} Careers update",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte*r {first} Rivera,",
            "Liebe:r {first},",
            "Grüezi {first} Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}!",
            "Wir freuen uns, dass Sie sich für {company} interessieren.",
            "Schön, dass du dich für {company} interessierst.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Für deinen weiteren Weg wünschen wir dir alles Gute!",
            "Wir wünschen Ihnen weiterhin viel Erfolg bei der Stellensuche.",
            "Viel Erfolg bei deiner weiteren Suche!",
        ],
        "marketing": [
            "{company} – seit 1987 Partner für Energie und Infrastruktur. Über 3.400 Mitarbeitende an 22 Standorten gestalten mit uns die Energiewende. Entdecken Sie unsere Benefits: flexible Arbeitszeiten, Jobrad und betriebliche Altersvorsorge.",
            "Bei {company} arbeitest du in kleinen Teams mit viel Verantwortung, 30 Tagen Urlaub und echtem Remote-Angebot. Folge uns auf LinkedIn und Instagram, um mehr über unseren Alltag zu erfahren.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Freundliche Grüsse\n{sender}\nHR Business Partner",
            "Beste Grüße\n{sender}\nPeople & Culture | {company}",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Mannheim · Registergericht: Amtsgericht Mannheim HRB 712345 · Geschäftsführung: Dr. Ulrike Haas, Tobias Renner",
            "Diese E-Mail wurde automatisch erzeugt. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company} · FN 498211 t · Handelsgericht Wien · UID ATU71234567",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung – {role}",
            "Bewerbung {role}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Einladung zum Kennenlernen",
            "Nächster Schritt: {role}",
        ],
        "subject_off": [
            "Ihr Vertragsangebot – {role}",
            "Zusage: {role} bei {company}",
            "Gute Nachrichten von {company}",
        ],
        "subject_oth": [
            "Information zu Ihrem Bewerberkonto",
            "Neuigkeiten von {company} Karriere",
            "Dein Kandidatenprofil",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour {first} Rivera,",
            "Salut {first},",
            "Cher·e {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci de l'intérêt que tu portes à {company} !",
            "Merci d'avoir pensé à {company} pour la suite de votre parcours.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans ta recherche !",
            "Nous vous souhaitons bonne chance pour la suite de votre parcours professionnel.",
        ],
        "marketing": [
            "{company}, c'est 1 200 collaborateurs engagés en France, en Belgique et en Suisse, une entreprise certifiée B Corp et un cadre de travail hybride. Découvrez nos métiers sur notre page carrières.",
            "Rejoindre {company}, c'est choisir un projet qui a du sens : formation continue, télétravail jusqu'à trois jours par semaine et une équipe bienveillante. Suivez-nous sur LinkedIn !",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}",
            "Veuillez agréer nos salutations distinguées.\n{sender}\nService Ressources humaines",
            "À bientôt,\n{sender}",
            "Meilleures salutations,\n{sender}",
        ],
        "footer": [
            "{company} SAS au capital de 250 000 € · RCS Lyon 812 345 678 · 14 quai Saint-Vincent, 69001 Lyon",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer, rendez-vous dans votre espace candidat.",
            "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature – {role}",
            "{company} : votre candidature",
            "Ta candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Prochaine étape : {role}",
            "Entretien chez {company}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bonne nouvelle de {company}",
            "Votre promesse d'embauche",
        ],
        "subject_oth": [
            "Information concernant votre espace candidat",
            "Les actualités de {company}",
            "Votre compte candidat",
        ],
    },
    "es": {
        "greet": [
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Hola {first},",
            "Buenos días, {first}:",
            "Estimado postulante:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Agradecemos su interés en formar parte de {company}.",
            "Muchas gracias por pensar en {company} para tu próximo paso profesional.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus futuros proyectos profesionales.",
            "¡Mucha suerte en lo que viene!",
        ],
        "marketing": [
            "En {company} somos más de 5.000 personas en 9 países trabajando para que la logística sea más sostenible. Conoce nuestros beneficios: horario flexible, formación continua y seguro médico.",
            "¿Sabías que {company} fue elegida como una de las mejores empresas para trabajar en Argentina? Seguinos en LinkedIn para conocer nuestras búsquedas activas.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\nGerencia de Talento Humano",
            "Abrazo,\n{sender}",
            "Quedamos atentos,\n{sender}",
        ],
        "footer": [
            "{company} S.L. · CIF B-87654321 · Calle de Alcalá 155, 28009 Madrid. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "Este correo fue generado automáticamente; por favor no lo respondas. Consulta nuestro Aviso de Privacidad en el portal de empleo.",
            "{company} · Av. Apoquindo 4501, Las Condes, Santiago de Chile",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Postulación – {role}",
            "{company}: tu postulación",
            "Sobre su solicitud para {role}",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente paso: {role}",
            "Entrevista en {company}",
        ],
        "subject_off": [
            "Oferta laboral – {role}",
            "¡Buenas noticias de {company}!",
            "Carta oferta",
        ],
        "subject_oth": [
            "Información sobre tu cuenta de candidato",
            "Novedades de {company}",
            "Tu perfil en nuestro portal de empleo",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Olá {first},",
            "Caro(a) {first},",
            "Prezado(a) {first},",
            "Oi {first},",
            "Bom dia, {first},",
        ],
        "thanks": [
            "Agradecemos seu interesse na {company}.",
            "Obrigado pelo interesse na {company}.",
            "Agradecemos o interesse manifestado na {company}.",
        ],
        "wish": [
            "Desejamos sucesso na sua jornada profissional.",
            "Votos de sucesso para o seu futuro profissional.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "A {company} reúne mais de 3 mil pessoas em todo o Brasil e foi reconhecida pelo GPTW como uma das melhores empresas para trabalhar. Conheça nossos benefícios: home office, vale-refeição flexível e plano de saúde.",
            "Na {company}, acreditamos que as pessoas fazem a diferença. Siga-nos no LinkedIn e fique a par das nossas oportunidades em Lisboa, Porto e Braga.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Um abraço,\n{sender}\nTime de Gente | {company}",
            "Cumprimentos,\n{sender}",
        ],
        "footer": [
            "{company} Ltda. · CNPJ 12.345.678/0001-90 · Av. Paulista, 1842 – São Paulo/SP. Tratamos seus dados conforme a LGPD.",
            "Esta mensagem foi enviada automaticamente; por favor, não responda. Para gerir os seus dados, aceda à sua área de candidato.",
            "{company}, S.A. · NIPC 509 876 543 · Rua do Ouro 120, 1100-061 Lisboa",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Candidatura – {role}",
            "{company}: a sua candidatura",
            "Processo seletivo {role}",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próximo passo: {role}",
            "Entrevista na {company}",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Boas notícias da {company}!",
            "Carta proposta",
        ],
        "subject_oth": [
            "Informação sobre a sua conta de candidato",
            "Novidades da {company}",
            "Seu perfil no portal de vagas",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I applied for the {role} position a few weeks ago and wanted to check whether there is any update on the timeline.\nMany thanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I've passed your note to the hiring team and will come back to you as soon as I hear from them.\n{sender}\n",
    "de": "Hallo {sender_first},\nich hatte mich vor einigen Wochen auf die Stelle {role} beworben und wollte kurz nachfragen, ob es schon Neuigkeiten zum Stand gibt.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für die Nachricht. Ich gebe sie an die Fachabteilung weiter und melde mich, sobald ich mehr weiß.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJ'ai postulé au poste de {role} il y a quelques semaines et je me permets de vous relancer pour savoir où en est le processus.\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je transmets à l'équipe concernée et je reviens vers vous dès que possible.\n{sender}\n",
    "es": "Hola {sender_first}:\nHace unas semanas envié mi candidatura para el puesto de {role} y quería consultar si hay novedades sobre el proceso.\nUn saludo,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribirnos. Ya se lo he trasladado al equipo y te respondo en cuanto tenga noticias.\n{sender}\n",
    "pt": "Olá {sender_first},\nMe candidatei à vaga de {role} há algumas semanas e gostaria de saber se há alguma novidade sobre o processo.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pela mensagem! Já repassei para o time responsável e te retorno assim que tiver novidades.\n{sender}\n",
}
