# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 14's fifth training part by an independent author: the whole mix of job-search mail as sectors write it, in five languages.

Covers one person's inbox over a long search, in en (UK, US, Ireland, Australia, India, Canada), de (Germany,
Austria, Switzerland; Sie and du), fr (France, Belgium, Switzerland, Québec, Morocco), es (Spain, Mexico,
Argentina, Chile, Colombia) and pt (Portugal, Brazil, Angola, Mozambique). Sectors: hospitals and care, schools
and universities, public administration, retail and hospitality chains, manufacturing and engineering, banking and
insurance, law and accounting, media and advertising, NGOs, start-ups, big tech, logistics and energy. Senders:
ATS robots, HR shared-service centres, hiring managers writing two lines, founders, agency recruiters, selection
boards and juries, works councils (Betriebsrat/Personalrat sign-off inside offers and invitations) and unions'
member notices. Families: plain rejections; rejections buried after marketing, in a reply to Alex's own question,
in a PS, in a table-like status line or in a forwarded note; rejections that open with another kind's words
("thank you for your patience", "congratulations", "we are pleased to"); roles withdrawn, frozen or filled
internally; selection boards and public competitions; receipts, status updates and receipts that say
"unfortunately" or "regret"; interview invitations, including reschedules that open with "unfortunately" or
"we regret"; offers, including ones that open with "after careful consideration" or with a salary refusal; and
other mail (withdrawal confirmations, portal notices, surveys, data deletion, recruiter outreach, job alerts,
union news, careers fairs). Roughly 45% rejections, 25% acknowledgements, 12% invitations, 6% offers, 12% other.
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Medical Group",
    "Brightwater Logistics",
    "Stadtwerke Kellbach",
    "Groupe Ormeau Assurances",
    "Banco Solvera",
    "Grupo Alcarria",
    "Vitória Energia",
    "Nordlicht Digital",
    "Lumen & Pike LLP",
    "Tessaro Média",
    "Fundación Cauce",
    "Quillbyte",
)

ROLES: tuple[str, ...] = (
    "Project Coordinator",
    "Data Analyst",
    "Operations Manager",
    "Staff Nurse",
    "Business Analyst",
    "Communications Officer",
    "Supply Chain Planner",
    "Junior Accountant",
    "Software Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition", "noreply@notify.hireloop.example"),
    ("Recruiting Team", "careers@{domain}"),
    ("HR Shared Services", "hr-services@{domain}"),
    ("Dana Whitfield", "dana.whitfield@{domain}"),
    ("Maren Todt", "m.todt@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Camille Aubert", "camille.aubert@{domain}"),
    ("Ressources Humaines", "recrutement@{domain}"),
    ("Lucía Ferrán", "lucia.ferran@{domain}"),
    ("Recursos Humanos", "rrhh@{domain}"),
    ("João Matos", "joao.matos@{domain}"),
    ("Gente & Gestão", "talentos@{domain}"),
    ("Sam Okafor (Ridgeway Search)", "sam@ridgewaysearch.example"),
    ("Selection Board Secretariat", "selection@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_direct": """
We've now reviewed your application for the {role} role and have decided not to take it further on this occasion.
Thanks for applying. The panel met yesterday and you haven't been shortlisted for interview this time.
SUBJECT: {role} - update || I'm sorry to say we won't be moving you forward. We had just over 300 applicants and the people we're interviewing all had hands-on experience with the ward's e-prescribing system, which turned out to be a must.
Hey Alex — quick one from me. Loved chatting last week but we've decided to go another direction for the role. Genuinely rooting for you.
Having compared your background against the requirements, we have concluded that other candidates more closely match what we need right now. Your application has been closed.
You have been unsuccessful on this occasion. Due to the volume of applications we are unable to provide individual feedback.
We appreciate the time you put into the case study. It was close, but the team has gone with a candidate whose background in reinsurance pricing was a more direct fit, so we won't be extending an offer.
Not the news you were hoping for, I know: we aren't able to offer you a place on the 2025 graduate programme. Competition was fiercer than any year we can remember.
Apologies for the short note, I'm between clinics. We won't be progressing your application for the band 6 post. Feedback is available if you'd like it, just reply to this.
SUBJECT: Re: Following up || Thanks for checking in, Alex, and sorry, I should've written sooner. We decided last week not to proceed with your candidacy. Didn't mean to leave you hanging.
""",
        "rej_buried": """
At {company} we move forty million parcels a year across fourteen countries, and every one of them depends on people who care. This year we opened three new hubs, launched our electric van pilot in Rotterdam and welcomed 600 new colleagues. We had many strong applications for the {role} position, and while yours stood out in several areas, we will not be inviting you to the next stage. Keep an eye on our careers site for future openings.
To answer your question about the salary band: it was £42-48k. I'm afraid that's a bit moot now though, as the hiring manager has decided not to progress your application. Sorry to be the bearer.
Application status — Ref REQ-20931 | Role: {role} | Stage: Screening | Outcome: Not progressed | Updated: 14 Feb
Thanks again for coming in on Tuesday, the team really enjoyed meeting you and I suspect we'll steal a couple of your onboarding ideas! The parking reimbursement form is attached. PS — I should have led with this: we've offered the role to another candidate. I'm sorry.
Forwarding you the note from the hiring manager as promised, so you have it in her own words: "Please thank Alex. Good interview, but we need someone who has run a month-end close solo. Not a yes for this one." Happy to talk it through if useful.
Our building society has served families across the Midlands since 1874, and this spring we were named a Top Employer for the fifth year running. We're building teams that reflect the members we serve. Regarding your recent application: shortlisting is now complete and we regret that you have not been selected.
You asked whether the start date could move to September, and normally it could. In this case though we've closed the process with an internal candidate, so it won't be needed. Thanks for being so flexible.
Tried to call you twice this morning but couldn't get through, so putting it in writing: we're not going to invite you to the assessment centre for {role}.
---------- Forwarded message ---------- From: Talent Team. Subject: Candidate update. "Cand. 0473 (A. Rivera): reject at CV screen, insufficient supervised clinical hours." Alex, apologies, this should have reached you as a proper letter. The outcome is the same though: we aren't progressing your application.
Quick summary of where things stand: references n/a; second interview not scheduled; outcome unsuccessful. Sorry for the bullet-point style, our ATS is down and I wanted you to hear promptly.
""",
        "rej_borrowed": """
Thank you for your patience while we worked through a very large number of applications. We've now reached a decision and, unfortunately, we won't be offering you an interview.
Great news — we've finally finished reviewing every application for {role}! Yours wasn't among those shortlisted, but we really appreciated hearing from you.
We're thrilled that so many talented people wanted to join {company}. It made the choice incredibly hard, and after a lot of thought we've chosen not to move forward with your application.
Congratulations on making it to the final round; that alone puts you in the top two percent of applicants. That said, the panel has chosen a different finalist for the job.
We'd love to invite you to join our Talent Community, where you'll be first to hear about new openings. As for the {role} position itself, we have decided to pursue other candidates.
Your application has been received and reviewed. We will not be taking it forward.
We are pleased to let you know that recruitment for this post has now been completed. The role has been offered to and accepted by another candidate.
Good morning! Hope you're keeping well and that 2025 has started nicely for you. Just closing the loop on my side: the role isn't going to work out this time round.
""",
        "rej_role_gone": """
The {role} vacancy has been withdrawn following a review of our staffing budget, and we are therefore closing all applications. We're sorry for any inconvenience this causes.
Bit of an awkward one: the client has put the hire on hold indefinitely after their Q3 numbers came in. I'll shout if it reopens, but realistically treat this one as closed.
We've decided to fill this position internally.
Following the reorganisation of our Customer Operations division, the position you applied for no longer exists. Your application has been closed and your data will be deleted in line with our privacy notice.
Hiring freeze just landed across all of EMEA so I can't take this any further. Really sorry Alex, you'd have been a strong contender.
Due to changes in donor funding for our Turkana water programme, we are unable to proceed with recruitment for this post.
The governing body has decided not to appoint to the post at this time. Staffing will be reviewed in the summer term and, should the post be readvertised, you'd be welcome to apply again.
""",
        "rej_board": """
The selection board has completed its assessment of applications for competition reference HSE-2025-118. On the basis of the shortlisting criteria set out in the candidate information booklet, you have not been placed on the panel.
I write to inform you that your application for the post of Lecturer in Supply Chain Management (ref. AC4471) was considered by the shortlisting committee, but you were not selected for interview.
Your score in the written assessment (58/100) was below the qualifying mark of 65, so we can't progress your application in this campaign. You may request a review within 10 working days.
The Trust's recruitment panel met on 3 March. I am sorry to inform you that you have not been shortlisted for the post of Staff Nurse, Acute Medical Unit.
Please be advised that the Council's interview panel has now made a recommendation to appoint. On this occasion your application was unsuccessful. Feedback may be requested from the recruiting manager within 28 days.
Following the eligibility check, your application for vacancy 2025/0312 (APS Level 5) did not meet the mandatory citizenship requirement and has been assessed as ineligible.
""",
        "ack_receipt": """
We've received your application for {role}. Our recruitment team will review it and be in touch if your profile matches what we're looking for.
Thanks Alex, your application is in! Here's what happens next: a recruiter reads it (yes, an actual human), and if it looks like a fit we'll book a 20-minute call. Usually within 10 working days.
This is an automated message to confirm receipt of your application. Please do not reply to this email. Application ID: 88-31-0042.
Application submitted successfully. You can track its progress at any time by logging in to your candidate account.
Got your CV through the website, cheers. I'll give it a proper read when I'm back from the trade show on Monday.
Your application has been received by the recruitment team and given reference 2291-WC. Shortlisting will take place after the closing date of 28 May.
Thanks for sending through your details. I've saved them against the {role} brief and will present you to the client once I've finished my first round of calls this week.
G'day Alex, thanks heaps for your application. We read every single one ourselves, so give us a week or two and we'll get back to you either way.
We confirm that your application and supporting documents (CV, covering letter, two referees) have been uploaded. Incomplete applications can't be considered, so please check your registration certificate is included before the deadline.
""",
        "ack_status": """
Just a quick update: we're still reviewing applications for {role} and expect to make shortlisting decisions by the end of next week.
Your application status has changed to: Under review by hiring team.
Hi Alex, wanted to let you know your CV is now with the hiring manager. She's travelling this week so it may be a few days before I hear back.
We have extended the closing date for this vacancy to 30 June. All applications received so far, including yours, remain under consideration.
Role: {role} | Submitted: 02/04 | Current stage: Screening | Next update expected: 16/04
Recruitment for this post is taking longer than anticipated owing to the Easter break. We hope to be in touch with all applicants by 25 April.
Sorry for the radio silence, the founders have been heads down on the raise. Your application's still very much live and I'll get you an answer soon.
We're writing to all candidates to let you know that shortlisting has been postponed until the new head of department takes up post in January. Your application remains active.
""",
        "ack_borrowed": """
Unfortunately, because of the very high volume of applications we receive, we can't reply to everyone personally. Please rest assured that yours has arrived safely and is being looked at.
We regret the delay in acknowledging your application, which was caused by a fault in our recruitment portal. It was received on 12 March and has been passed to the shortlisting panel.
Sorry, I'm not in a position to give you an outcome yet. The panel doesn't sit until the 20th; I'll be in touch straight after.
I can't share the salary details until the interview stage, I'm afraid, but to answer your other question: yes, your application is complete and has gone to the team.
Thank you for your patience. Your application is still being considered and no decision has been made.
Our HR office is unfortunately closed until 6 January. Your application has been logged and will be reviewed as soon as we're back.
""",
        "inv_direct": """
We'd like to invite you to a 30-minute video interview for {role}. Could you let me know which of these slots suits: Tue 10:00, Wed 14:30 or Thu 09:00 (GMT)?
You've been shortlisted! Please book your interview using the link below; slots are open from 8 to 12 April.
Are you free for a quick call Thursday afternoon? Would be great to hear more about what you built at the agency. 20 mins tops.
Following shortlisting, I am pleased to invite you to interview for the post of Senior Administrator on Monday 9 June at 11.15am, County Hall, Room 3.14. The panel will consist of three members. Please bring photo ID and your original certificates.
The client wants to meet you! First-stage interview with their Head of Logistics on Friday at 2pm at the Slough depot. Confirm you're good for it and I'll send over a prep pack.
We'd like to move you on to the technical interview: a 60-minute pair-programming session with two of our engineers. Grab whatever time suits from the calendar link.
""",
        "inv_borrowed": """
Unfortunately our interviewer has fallen ill, so we need to move your interview. Would Thursday 15 May at 3pm work instead? Apologies for the change.
We regret the delay in getting back to you; it's been a very heavy recruitment round. We'd be glad to invite you to a panel interview on 22 November.
After careful consideration of all applications, we'd like to invite you to the next stage: a one-hour interview with two of the practice partners.
Thanks for your patience, I know it's been a while. The team is keen to meet you: could you do a coffee at our Shoreditch office on Tuesday?
You asked whether the interview could be remote. Sadly not for this stage, as it includes a tour of the unit, but we'd still very much like to see you on the 14th at 10am. Please confirm.
""",
        "off_direct": """
I'm delighted to offer you the position of {role}, starting 1 September, on a salary of £38,500 per annum. Your written contract will follow from HR; please let me know whether you accept.
We want you on the team! Offer letter attached: base $118k, 0.15% equity, full benefits. Happy to jump on a call and go through it.
Following your successful interview, we are pleased to offer you a fixed-term appointment as Research Assistant (Grade 6) for 24 months, subject to satisfactory references and right-to-work checks.
""",
        "off_borrowed": """
After careful consideration of all the candidates we met, we have decided to offer you the role. Congratulations!
Unfortunately I can't get the CTC any higher than ₹14 LPA, that's the ceiling for this band, but the offer stands and we'd love to have you. Let us know by Friday.
Sorry for the delay on our side, approvals took longer than expected. Good news though: the offer's signed off and your contract is attached for signature.
""",
        "oth_admin": """
This is to confirm that you have withdrawn your application for {role}. If this was a mistake, please contact us within 14 days.
Your password for the careers portal was reset. If you didn't request this, please contact support.
We'd love your feedback on our recruitment process. The survey takes three minutes and is completely anonymous.
As part of our data protection obligations we will delete your candidate profile in 30 days unless you log in and confirm you'd like us to keep it.
Could you please resend your covering letter? The PDF you attached seems to be corrupted and won't open on our side.
Hi Alex, I came across your profile and think you could be a great fit for a Senior Planner role with a client of mine in Leeds. Would you be open to hearing more?
""",
        "oth_noise": """
12 new jobs match your search "operations manager, Manchester". See them before they close.
Join us at our Open Evening on 18 October: meet our nursing teams, tour the wards and hear about our preceptorship programme.
Members' bulletin: the ballot on the 2025 pay offer closes on Friday at noon. If you have changed job or address recently, please update your details so your ballot paper reaches you.
You're now subscribed to weekly job alerts from {company}. Manage your preferences at any time.
Reminder: your profile is only 60% complete. Candidates with a complete profile are far more likely to be contacted by employers.
""",
    },
    "de": {
        "rej_direct": """
nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Leider hat es diesmal nicht geklappt. Wir haben uns für eine Kandidatin entschieden, die bereits Erfahrung mit SAP S/4HANA in der Kreditorenbuchhaltung mitbringt.
SUBJECT: Deine Bewerbung bei uns || Kurz und ehrlich: Wir gehen mit jemand anderem weiter. Dein Portfolio fanden wir stark, aber für die Rolle brauchen wir gerade mehr Erfahrung im Performance-Marketing.
Wir bedauern, Ihnen heute keine positive Nachricht geben zu können. Die Entscheidung ist zugunsten einer anderen Bewerberin gefallen.
Ihre Bewerbung hat uns gefallen, dennoch können wir Ihnen keine Stelle anbieten, denn das Anforderungsprofil verlangt eine abgeschlossene Ausbildung zur Pflegefachkraft, die aus Ihren Unterlagen nicht hervorgeht.
Hallo Alex, danke fürs Gespräch letzte Woche. Wir haben uns im Team beraten und werden dir leider kein Angebot machen. Wenn du magst geb ich dir gern telefonisch Feedback.
Wir müssen Ihnen leider eine Absage erteilen. Ihre Bewerbungsmappe senden wir Ihnen mit gleicher Post zurück.
Nach den Gesprächen der zweiten Runde haben wir uns entschieden, das Verfahren mit Ihnen nicht fortzusetzen. Dies ist ausdrücklich keine Wertung Ihrer Person.
Grüezi Alex Rivera, leider können wir Ihre Bewerbung als {role} nicht berücksichtigen. Wir haben uns für eine Person mit Revisionserfahrung im Schweizer Bankenumfeld entschieden.
Für die ausgeschriebene Position haben wir einem anderen Bewerber zugesagt. Bedanken möchten wir uns trotzdem für die angenehmen Gespräche.
""",
        "rej_buried": """
Seit über 120 Jahren versorgen wir die Region zuverlässig mit Strom, Gas und Wärme – und mit unserem neuen Solarpark Ostfeld gehen wir den nächsten Schritt in Richtung Klimaneutralität. Für die Stelle als {role} haben wir eine Vielzahl hochwertiger Bewerbungen erhalten. Leider konnten wir Sie für die engere Auswahl nicht berücksichtigen.
Zu Ihrer Frage nach dem Stand: Das Verfahren ist inzwischen abgeschlossen, die Stelle wurde anderweitig besetzt. Entschuldigen Sie bitte, dass Sie das erst auf Nachfrage erfahren.
Bewerbungsstatus | Kennziffer 2025-114 | Stelle: {role} | Status: Absage erteilt | Stand: 07.03.
Danke dir nochmal für den Probetag bei uns in der Küche, das Team fand dich super sympathisch! Die Kochjacke kannst du gern behalten. PS: Wir haben die Stelle jetzt doch intern vergeben, tut mir echt leid.
Ich leite Ihnen die Rückmeldung der Fachabteilung weiter: „Fachlich solide, aber für die Teamleitung fehlt uns Führungserfahrung. Bitte absagen." Ich bedaure, Ihnen nichts anderes mitteilen zu können.
Unsere Versicherungsgruppe wurde erneut als familienfreundlicher Arbeitgeber ausgezeichnet; wir bieten flexible Arbeitszeitmodelle, Jobrad und eine großzügige betriebliche Altersvorsorge. Umso mehr bedauern wir, dass wir Ihre Bewerbung nicht weiterverfolgen werden.
Du hattest gefragt, ob bei uns auch Teilzeit geht – grundsätzlich ja. Für diese Stelle hat sich das aber erledigt, weil wir uns für jemand anderen entschieden haben. Sorry, dass ich dir nichts Besseres schreiben kann.
Anbei erhalten Sie wie gewünscht die Erstattung Ihrer Reisekosten zum Vorstellungsgespräch (Bahnticket 2. Klasse, 84,60 €). Was die Stelle selbst angeht, müssen wir Ihnen leider absagen.
---------- Weitergeleitete Nachricht ---------- Von: Teamleitung Lager. „Kandidat Rivera: nicht weiter, Staplerschein fehlt." Hallo Alex, sorry, das ist etwas unglücklich bei dir gelandet. Inhaltlich bleibt es aber dabei, wir machen nicht weiter.
Damit Sie wissen, wo Sie stehen: Unterlagen geprüft – Gespräch entfällt – Ergebnis leider negativ.
""",
        "rej_borrowed": """
Vielen Dank für Ihre Geduld. Das Auswahlverfahren hat länger gedauert als geplant, und am Ende haben wir uns leider für eine andere Bewerbung entschieden.
Wir freuen uns sehr, dass Sie sich für {company} interessieren! Umso schwerer fällt es uns, Ihnen zu schreiben, dass es für diese Position nicht passt.
Herzlichen Glückwunsch, Sie haben es bis in die letzte Runde geschafft, das gelingt nur wenigen. Am Ende hat aber ein anderer Kandidat knapp das Rennen gemacht.
Gute Nachricht vorweg: Wir würden Sie gern in unseren Talentpool aufnehmen. Für die aktuelle Stelle können wir Ihnen allerdings kein Angebot machen.
Hiermit bestätigen wir den Abschluss des Bewerbungsverfahrens. Eine Berücksichtigung Ihrer Bewerbung war nicht möglich.
Wir haben Ihre Bewerbung erhalten und geprüft. Eine Einladung zum Vorstellungsgespräch können wir Ihnen jedoch nicht aussprechen.
Danke, dass du dir so viel Zeit für die Case Study genommen hast, wir haben wirklich jede Folie gelesen. Gerade deshalb wollen wir ehrlich sein: Für die nächste Runde reicht es diesmal nicht.
Es freut uns, Ihnen mitteilen zu können, dass die Stelle besetzt werden konnte. Wir bedanken uns für Ihre Bewerbung.
""",
        "rej_role_gone": """
Aufgrund einer internen Umstrukturierung wird die ausgeschriebene Stelle nicht besetzt. Wir haben das Verfahren daher eingestellt.
Die Stelle ist leider weggefallen, unser Kunde hat das Projekt gestoppt. Ich melde mich, falls sich was Neues ergibt, aber mach dir bei dieser hier keine Hoffnungen mehr.
Wir haben uns entschieden, die Position mit einer Kollegin aus dem eigenen Haus zu besetzen.
Aufgrund der vorläufigen Haushaltsführung kann die Stelle derzeit nicht besetzt werden. Das Ausschreibungsverfahren wird aufgehoben; ob und wann neu ausgeschrieben wird, ist offen.
Wegen eines konzernweiten Einstellungsstopps beenden wir alle laufenden Verfahren mit externen Bewerberinnen und Bewerbern, auch Ihres.
Die Förderung unseres Projekts durch die Stiftung wurde nicht verlängert, deshalb können wir die Stelle als {role} nicht besetzen. Das tut uns sehr leid.
Die Stelle wird vorerst nicht nachbesetzt. Ihre Unterlagen löschen wir gemäß DSGVO nach Ablauf von sechs Monaten.
""",
        "rej_board": """
Die Auswahlkommission hat in ihrer Sitzung am 12. Mai über die eingegangenen Bewerbungen beraten. Unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten wurde entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen.
Die Berufungskommission hat Ihre Bewerbung auf die W2-Professur für Logistikmanagement geprüft. Sie wurden nicht in die engere Wahl aufgenommen.
Mit 54 Punkten lag Ihr Ergebnis im schriftlichen Auswahltest unter der Mindestpunktzahl von 60; eine Teilnahme am weiteren Verfahren ist daher nicht möglich. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.
Im Auswahlverfahren zur Besetzung der Stelle Kennziffer 34/25 (E 9b TVöD) wurde die Entscheidung zugunsten einer anderen Bewerberin getroffen. Die Schwerbehindertenvertretung war beteiligt.
Das Landesamt teilt Ihnen mit, dass Ihre Bewerbung die formalen Voraussetzungen nicht erfüllt: Ein Nachweis über den Hochschulabschluss (Master oder vergleichbar) lag bis zum Fristende nicht vor.
Die Aufnahmekommission hat nach Abschluss der Hearings eine Reihung vorgenommen. Die Stelle wurde der erstgereihten Bewerberin angeboten, die bereits angenommen hat; wir können Ihnen daher keine Zusage geben.
""",
        "ack_receipt": """
Ihre Bewerbung ist heute bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns innerhalb von drei Wochen bei Ihnen.
Deine Bewerbung ist angekommen! 🎉 Jemand aus dem Team schaut sie sich in den nächsten Tagen an, versprochen, kein Bot.
Dies ist eine automatisch generierte Eingangsbestätigung. Bitte antworten Sie nicht auf diese E-Mail. Ihre Bewerbungsnummer lautet 2025-DE-10488.
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen vom 03.02. für die Stelle mit der Kennziffer 17/2025. Bitte sehen Sie von Nachfragen zum Stand des Verfahrens ab.
Danke für den Lebenslauf! Bin bis Mittwoch auf Montage, schau ihn mir danach aber in Ruhe an.
Ihre Unterlagen liegen uns vollständig vor. Die Bewerbungsfrist endet am 30. April; danach beginnt die Sichtung.
Grüezi, wir haben Ihr Dossier erhalten und an die zuständige Linienvorgesetzte weitergeleitet. Sie hören innert 14 Tagen von uns.
Ich habe Ihr Profil heute meinem Mandanten vorgestellt, einem mittelständischen Maschinenbauer im Raum Stuttgart. Sobald es Feedback gibt, rufe ich Sie an.
Ihre Bewerbung wurde erfolgreich über unser Karriereportal übermittelt. Den aktuellen Status sehen Sie jederzeit unter „Meine Bewerbungen".
""",
        "ack_status": """
Kurzes Update: Wir sichten noch die Bewerbungen und rechnen damit, bis Mitte nächster Woche eine Vorauswahl zu treffen.
Statusänderung: Ihre Bewerbung befindet sich jetzt in Prüfung durch die Fachabteilung.
Hallo Alex, deine Unterlagen liegen jetzt bei der Teamleitung. Die ist gerade im Urlaub, es kann also noch ein paar Tage dauern.
Aufgrund der hohen Zahl an Bewerbungen verzögert sich die Auswahl. Wir bitten um Verständnis und melden uns voraussichtlich bis Ende Juni.
Stelle: {role} · Eingang: 11.03. · Bearbeitungsstand: in Prüfung · Rückmeldung bis: KW 14
Ihre Bewerbung liegt derzeit dem Personalrat und der Gleichstellungsbeauftragten vor, deren Beteiligung im Auswahlverfahren gesetzlich vorgeschrieben ist. Wir bitten Sie noch um etwas Geduld.
Wir sind noch mitten im Verfahren und haben uns noch nicht festgelegt. Sie sind weiterhin im Rennen.
Über die Besetzung entscheidet die Schulleitung erst nach den Sommerferien. Bis dahin bleibt Ihre Bewerbung im Verfahren.
""",
        "ack_borrowed": """
Leider ist es uns bei der Vielzahl an Zuschriften nicht möglich, jede Bewerbung einzeln zu beantworten. Seien Sie aber versichert, dass Ihre Unterlagen bei uns eingegangen sind und geprüft werden.
Wir bedauern die verspätete Eingangsbestätigung – wegen einer Störung in unserem Bewerbermanagementsystem wurden einige E-Mails nicht verschickt. Ihre Bewerbung liegt uns seit dem 14.02. vor.
Sorry, ich kann dir noch nichts Konkretes sagen. Die Gründer entscheiden erst nach dem Investorentermin am Donnerstag.
Zu Ihren Gehaltsvorstellungen kann ich leider noch nichts sagen, das klären wir später im Prozess. Ihre Bewerbung ist aber vollständig und liegt der Fachabteilung vor.
Unser Personalbüro ist zwischen den Jahren leider nicht besetzt. Ihre Bewerbung ist eingegangen und wird ab dem 7. Januar bearbeitet.
Es tut uns leid, dass Sie so lange nichts von uns gehört haben. Entschieden ist noch nichts; Ihre Bewerbung ist weiterhin im Verfahren.
""",
        "inv_direct": """
Wir möchten Sie gern zu einem persönlichen Vorstellungsgespräch einladen: Dienstag, 14. Mai, 10:30 Uhr, in unserer Zentrale in Bremen. Bitte bestätigen Sie den Termin kurz per E-Mail.
Hast du Lust auf ein kurzes Kennenlernen per Video? Such dir einfach einen Slot im Kalender aus, dauert ca. 30 Minuten.
Ihre Unterlagen haben uns überzeugt. Wir laden Sie zu einem Auswahlgespräch ein; teilnehmen werden die Amtsleitung, ein Mitglied des Personalrats und die Gleichstellungsbeauftragte.
Grüezi, gerne würden wir Sie persönlich kennenlernen. Passt Ihnen Donnerstag, 13.30 Uhr, bei uns in Winterthur? Rechnen Sie mit rund einer Stunde.
Mein Mandant möchte Sie kennenlernen! Erstes Gespräch mit dem Werkleiter am Freitag um 9 Uhr vor Ort in Heilbronn. Vorher schicke ich Ihnen noch ein paar Infos zur Vorbereitung.
Wir würden dich gern zu einem Probearbeitstag in unserer Filiale in Hamburg-Altona einladen, mit anschließendem Gespräch mit der Filialleitung. Passt dir Mittwoch?
""",
        "inv_borrowed": """
Leider müssen wir den vereinbarten Gesprächstermin verschieben, da unser Bereichsleiter kurzfristig verhindert ist. Wäre Ihnen stattdessen Montag, 16 Uhr, recht?
Wir bedauern, dass Sie so lange auf eine Rückmeldung warten mussten. Umso mehr freuen wir uns, Sie jetzt zu einem Gespräch am 3. Juli einladen zu können.
Nach sorgfältiger Sichtung aller Unterlagen möchten wir Sie in die nächste Runde einladen, ein Gespräch mit zwei Partnern unserer Kanzlei.
Sorry für die Funkstille! Das Team will dich unbedingt kennenlernen – hättest du Dienstag Zeit auf einen Kaffee bei uns im Büro in Kreuzberg?
Zu Ihrer Frage: Ein Online-Gespräch ist in dieser Runde leider nicht möglich, weil wir Ihnen auch die Station zeigen möchten. Wir freuen uns daher, Sie am 21. März um 9 Uhr im Klinikum begrüßen zu dürfen.
""",
        "off_direct": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Eintritt zum 1. Oktober, Vergütung nach TV-L E11, Stufe 2. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.
Wir wollen dich im Team! Anbei das Angebot: 62.000 € brutto im Jahr, 30 Urlaubstage, VSOP. Sag Bescheid, wenn du Fragen hast.
Ich freue mich, Ihnen mitteilen zu können, dass sich mein Mandant für Sie entschieden hat. Das Vertragsangebot (78.000 € fix plus 10 % Bonus) finden Sie im Anhang.
""",
        "off_borrowed": """
Nach reiflicher Überlegung und Gesprächen mit allen Kandidatinnen und Kandidaten haben wir uns für Sie entschieden. Herzlichen Glückwunsch, wir möchten Ihnen die Stelle anbieten!
Leider können wir beim Gehalt nicht über 4.200 € brutto monatlich gehen, das ist bei uns tariflich festgelegt. Das Angebot steht aber, und wir würden uns sehr freuen, wenn Sie zusagen.
Entschuldige bitte die Verzögerung, die Zustimmung vom Betriebsrat hat etwas gedauert. Jetzt ist alles durch: Dein Vertrag liegt im Anhang, wir freuen uns auf dich!
""",
        "oth_admin": """
Hiermit bestätigen wir, dass Sie Ihre Bewerbung zurückgezogen haben. Ihre Daten werden entsprechend gelöscht.
Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Registrierung in unserem Bewerberportal abzuschließen. Der Link ist 48 Stunden gültig.
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Wir freuen uns über drei Minuten Ihrer Zeit für eine kurze, anonyme Umfrage.
Informationen nach Art. 13 DSGVO: Ihre im Bewerberpool gespeicherten Daten werden in 30 Tagen gelöscht, sofern Sie der weiteren Speicherung nicht zustimmen.
Ihr Anhang (Zeugnisse.pdf) lässt sich bei uns leider nicht öffnen. Könnten Sie uns die Datei bitte noch einmal schicken?
Hallo Alex, ich bin auf dein Profil gestoßen und betreue gerade eine Supply-Chain-Position bei einem Kunden in München. Wärst du grundsätzlich offen für einen Wechsel? Dann schick mir gern deinen aktuellen CV.
""",
        "oth_noise": """
Neue Jobs für Ihre Suche „Projektkoordination, Köln": 8 neue Stellen seit Ihrem letzten Besuch.
Einladung zur Firmenkontaktmesse am 6. November an der Hochschule: Über 80 Aussteller aus Industrie, Energie und Logistik warten auf euch.
Gewerkschaftsinfo: Die Warnstreiks am Donnerstag betreffen auch die Unikliniken. Informiert euch bei eurer Vertrauensperson über Treffpunkt und Streikgeld.
Deine Mitgliedschaft: Bitte teile uns deinen neuen Arbeitgeber und dein aktuelles Bruttoeinkommen mit, damit wir deinen Beitrag korrekt berechnen können.
Erinnerung: Ihr Bewerberprofil ist erst zu 40 % ausgefüllt. Vervollständigen Sie es, damit Arbeitgeber Sie besser finden.
""",
    },
    "fr": {
        "rej_direct": """
Nous avons bien étudié votre candidature au poste de {role}. Nous ne sommes malheureusement pas en mesure d'y donner une suite favorable.
Après examen de votre dossier, votre profil ne correspond pas tout à fait à nos attentes : le poste demande une expérience confirmée en contrôle de gestion bancaire.
SUBJECT: Ta candidature chez nous || Salut Alex, je préfère te le dire directement : on ne va pas continuer avec toi pour ce poste. On cherche quelqu'un de plus senior en growth. Merci pour ton temps !
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.
Suite à notre entretien de mardi, l'équipe a choisi de poursuivre avec une autre personne dont le parcours en logistique du froid correspondait davantage au besoin.
Nous avons reçu un très grand nombre de candidatures et n'avons pas pu retenir la vôtre pour la suite du processus. Nous ne sommes pas en mesure de fournir un retour individualisé.
Désolé pour la réponse un peu tardive. Votre profil est interessant mais on ne donnera pas suite, le poste exige le permis C et une habilitation ADR.
Après analyse, nous avons retenu d'autres candidatures dont le profil répond davantage aux exigences de l'affichage. Nous conservons votre curriculum vitae dans notre banque pour une période de six mois.
Nous avons terminé la présélection pour la fonction de gestionnaire de dossiers. Votre candidature n'a pas été sélectionnée ; votre CV reste dans notre base de données durant un an, sauf avis contraire de votre part.
Merci d'être venu(e) jusqu'à Lyon pour rencontrer l'équipe. Le choix a été serré, mais nous ne vous ferons pas d'offre cette fois-ci.
""",
        "rej_buried": """
Depuis 1962, {company} accompagne plus de deux millions d'assurés en France et en Belgique. Notre raison d'être : protéger ce qui compte. En 2024, nous avons recruté 900 collaborateurs et ouvert un nouveau campus à Nantes. Concernant votre candidature au poste de {role}, nous sommes au regret de ne pas pouvoir y répondre favorablement.
Pour répondre à ta question sur le télétravail : c'est deux jours par semaine chez nous. Mais je dois aussi te dire que le poste a été pourvu hier, donc on ne pourra pas aller plus loin ensemble sur celui-ci.
Suivi de candidature — Réf. 24-RH-3312 | Poste : {role} | Étape : Présélection | Statut : Non retenue | MAJ : 18/09
Merci encore pour votre venue, toute l'équipe a apprécié l'échange et vos idées sur le parcours client. Vous trouverez ci-joint le formulaire de remboursement de vos frais de transport. P.-S. : j'aurais dû commencer par là, nous avons finalement retenu une autre candidate.
Je vous transfère le retour du manager, tel quel : « Bon échange, mais il nous faut quelqu'un qui a déjà piloté une clôture annuelle en autonomie. On ne donne pas suite. » Je reste disponible si vous souhaitez en parler.
Première banque coopérative de la région, nous plaçons l'humain au cœur de nos engagements, avec plus de 300 agences et 4 000 collaborateurs. Nous avons analysé votre candidature avec attention ; elle n'a toutefois pas été retenue à l'issue de la présélection.
Vous demandiez si la prise de poste pouvait être décalée à octobre : en temps normal, ce serait possible. Nous avons cependant retenu une candidature interne, la question ne se pose donc plus. Merci pour votre souplesse.
Vous trouverez ci-joint l'attestation de présence à l'entretien que vous nous aviez demandée pour France Travail. Pour ce qui est du poste, la décision a été prise en faveur d'un autre candidat.
---------- Message transféré ---------- De : Direction des soins. « Candidature Rivera : pas de suite, diplôme d'infirmier non encore reconnu. » Bonjour Alex, désolée pour ce transfert un peu brut, un courrier officiel va suivre. Mais la réponse est bien négative.
Point d'étape rapide : test écrit, ok ; entretien RH, ok ; entretien manager, non programmé ; décision, défavorable. Désolée pour le style télégraphique, je suis en déplacement.
""",
        "rej_borrowed": """
Merci pour votre patience tout au long de ce processus, qui a été plus long que prévu. Nous avons malheureusement retenu un autre profil.
Merci pour ce bel échange jeudi, nous avons passé un très bon moment. Nous avons toutefois décidé de poursuivre avec un profil plus expérimenté sur la partie réglementaire.
Nous sommes ravis que tant de personnes talentueuses souhaitent rejoindre {company}. C'est justement ce qui a rendu notre choix si difficile, et nous ne poursuivrons pas avec votre candidature.
Félicitations pour être arrivé(e) jusqu'au dernier tour ! Le jury a toutefois porté son choix sur une autre personne.
Nous serions heureux de vous compter dans notre vivier de talents et de vous tenir informé(e) de nos prochaines offres. Pour le poste de {role}, en revanche, nous ne donnerons pas suite.
Nous accusons réception de votre candidature, que nous avons examinée avec attention. Nous ne sommes toutefois pas en mesure de la retenir.
Nous avons le plaisir de vous informer que le recrutement pour ce poste est désormais clôturé, le poste ayant été pourvu.
Bonjour et très bonne année ! J'espère que les fêtes se sont bien passées. Je reviens vers vous au sujet du poste : ce ne sera pas pour cette fois.
""",
        "rej_role_gone": """
Le poste de {role} a été supprimé à la suite d'une révision budgétaire. Nous clôturons donc l'ensemble des candidatures.
Petite mauvaise nouvelle : mon client a gelé le recrutement jusqu'à nouvel ordre. Je te tiens au courant si ça se débloque, mais ne compte pas trop dessus.
Nous avons fait le choix de pourvoir ce poste en interne.
Suite à la réorganisation de la direction des opérations, le poste auquel vous avez postulé n'est plus d'actualité. Vos données seront supprimées conformément au RGPD.
Gel des embauches au niveau du groupe : je ne peux malheureusement pas donner suite à votre candidature. Sincèrement désolé.
En raison de l'arrêt du financement de notre programme au Sahel par le bailleur, nous ne sommes plus en mesure de procéder à ce recrutement.
L'offre a été annulée par l'établissement. Si elle était republiée à la rentrée, vous pourriez bien sûr candidater de nouveau.
""",
        "rej_board": """
J'ai le regret de vous informer que le jury du concours externe d'attaché territorial ne vous a pas déclaré(e) admissible. Vos notes sont consultables dans votre espace candidat.
Le comité de sélection réuni le 4 mai n'a pas retenu votre dossier pour une audition sur le poste de maître de conférences n° 0412.
À l'issue de l'épreuve écrite, votre note (9,5/20) est inférieure au seuil d'admissibilité fixé par le jury (11/20). Vous ne pourrez donc pas être convoqué(e) à l'oral.
La commission de recrutement du centre hospitalier a examiné votre candidature au poste d'infirmier(ère) en soins intensifs. Celle-ci n'a pas été retenue.
Le Conseil d'État a procédé à la nomination de la personne retenue pour ce poste. Nous regrettons de ne pouvoir vous donner une réponse favorable.
Le jury a procédé à la sélection sur base des CV. Vous ne figurez pas parmi les candidats invités à l'épreuve orale.
""",
        "ack_receipt": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec attention par nos équipes.
Ta candidature est bien arrivée ! Quelqu'un de l'équipe la lira dans les prochains jours, un humain, promis.
Ceci est un message automatique, merci de ne pas y répondre. Votre candidature a bien été enregistrée sous le numéro 2025-FR-77120.
Votre dossier est complet. La date limite de dépôt des candidatures est fixée au 15 avril ; l'examen des dossiers débutera après cette date.
Bien reçu ton CV, merci. Je regarde ça à mon retour du salon la semaine prochaine.
Nous avons bien reçu votre curriculum vitae. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.
J'ai transmis votre profil à mon client, un groupe industriel basé près de Grenoble. Je vous rappelle dès que j'ai leur retour.
Votre candidature a bien été transmise via notre plateforme. Vous pouvez suivre son avancement dans votre espace candidat.
Nous avons bien reçu votre dossier de candidature. Nous reviendrons vers vous dans un délai de trois semaines environ.
""",
        "ack_status": """
Petit point d'étape : nous sommes toujours en train d'étudier les candidatures et devrions boucler la présélection d'ici la fin du mois.
Statut de votre candidature : En cours d'examen par le responsable du recrutement.
Votre dossier est actuellement chez le directeur d'agence, qui valide toutes les embauches. Comptez une dizaine de jours.
La date de clôture de l'offre a été repoussée au 30 juin. Les candidatures déjà reçues, dont la vôtre, restent valables.
Poste : {role} · Reçue le : 03/02 · Étape actuelle : Analyse du dossier · Prochain retour prévu : semaine 8
Le processus prend plus de temps que prévu en raison des vacances scolaires. Nous reviendrons vers l'ensemble des candidats début septembre.
Désolé du silence, on est en pleine levée de fonds. Ta candidature est toujours d'actualité, je te fais un retour rapidement.
La commission ne se réunira qu'après la rentrée universitaire ; votre dossier reste à l'étude d'ici là.
""",
        "ack_borrowed": """
Malheureusement, le volume important de candidatures ne nous permet pas de répondre à chacun personnellement. Sachez toutefois que votre dossier a bien été reçu et qu'il est en cours d'étude.
Nous sommes désolés, le formulaire en ligne affichait un message d'erreur ces derniers jours. Nous avons vérifié : votre candidature et vos pièces jointes ont bien été enregistrées.
Pas encore de retour de mon côté, désolé. Le client a repoussé son comité de recrutement à la semaine prochaine.
Je ne peux malheureusement pas vous communiquer la fourchette de salaire à ce stade, mais pour répondre à votre autre question : oui, votre dossier est complet et a bien été transmis.
Nos bureaux sont fermés jusqu'au 3 janvier. Votre candidature est bien enregistrée et sera traitée à notre retour.
Nous regrettons de vous avoir laissé(e) sans nouvelles. Aucune décision n'a encore été prise et votre candidature est toujours à l'étude.
""",
        "inv_direct": """
Nous souhaitons vous rencontrer pour un entretien d'une heure au sujet du poste de {role}. Seriez-vous disponible mardi à 10 h ou jeudi à 15 h ?
Bonne nouvelle, ta candidature a retenu notre attention ! Réserve un créneau de 30 minutes en visio avec Léa via le lien ci-dessous.
Vous êtes convoqué(e) à l'épreuve orale d'admission le 12 juin à 14 h 30, salle B204, Hôtel de Région. Munissez-vous d'une pièce d'identité en cours de validité.
Nous aimerions vous rencontrer en entrevue le jeudi 6 mars à 13 h, à nos bureaux de Laval. Merci de confirmer votre présence.
Mon client souhaite vous rencontrer ! Premier entretien avec le directeur d'usine vendredi à 9 h sur le site de Valence. Je vous envoie un petit brief avant.
Suite à l'étude de votre dossier, nous avons le plaisir de vous inviter à un entretien le lundi 14 avril à 10h00 dans nos locaux de Sidi Maârouf, Casablanca. Merci de vous présenter 15 minutes à l'avance.
""",
        "inv_borrowed": """
Malheureusement, la responsable du service est souffrante et nous devons déplacer votre entretien. Le mercredi 21 à 11 h vous conviendrait-il ?
Nous regrettons le délai de notre réponse. Nous serions néanmoins heureux de vous recevoir en entretien le 3 juillet.
Après un examen attentif des candidatures, nous souhaitons vous proposer un entretien avec deux associés du cabinet.
Pardon pour le silence radio ! L'équipe a très envie de te rencontrer, tu serais dispo mardi pour un café au bureau ?
Pour répondre à votre question : l'entretien ne pourra malheureusement pas se faire à distance, car il comprend une visite du service. Nous vous attendons donc le 18 à 9 h au CHU.
""",
        "off_direct": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, à compter du 1er septembre, pour une rémunération annuelle brute de 46 000 €. Vous trouverez ci-joint la promesse d'embauche.
On veut que tu rejoignes l'équipe ! Proposition en PJ : 52 k€ fixe, BSPCE, mutuelle prise en charge à 100 %. On en parle quand tu veux.
C'est avec plaisir que nous vous offrons le poste de {role} à notre bureau de Montréal, au salaire annuel de 68 500 $, avec entrée en fonction le 7 avril. La lettre d'offre est jointe.
""",
        "off_borrowed": """
Après mûre réflexion et plusieurs entretiens avec d'excellents candidats, c'est votre profil que nous avons retenu. Félicitations, nous souhaitons vous proposer le poste !
Malheureusement, je ne peux pas aller au-delà de 41 000 € brut annuel, c'est le plafond de la grille. Mais l'offre tient toujours et nous serions ravis de vous accueillir.
Toutes nos excuses pour l'attente : il fallait l'accord du conseil d'administration pour ouvrir le poste. C'est fait, et nous sommes heureux de vous confirmer notre proposition d'embauche, dont vous trouverez le détail ci-joint.
""",
        "oth_admin": """
Nous vous confirmons le retrait de votre candidature. Vos données seront supprimées sous 30 jours.
Votre compte candidat a bien été créé. Pensez à compléter vos informations pour postuler plus rapidement à nos prochaines offres.
Votre avis compte : répondez à notre questionnaire de satisfaction sur votre expérience candidat (3 minutes).
Conformément au RGPD, vos données de candidature seront effacées dans 30 jours, sauf si vous nous autorisez à les conserver.
Notre cabinet déménage : à partir du 1er mars, merci d'adresser tout courrier au 14, rue des Tanneurs, 69002 Lyon.
Bonjour Alex, j'ai vu votre profil et j'accompagne actuellement une scale-up lyonnaise sur plusieurs postes en supply chain. Seriez-vous ouvert(e) à de nouvelles opportunités ?
""",
        "oth_noise": """
9 nouvelles offres correspondent à votre alerte « chef de projet – Lille ».
Forum de l'emploi public : rencontrez les recruteurs de la fonction publique territoriale et hospitalière le 15 novembre, entrée libre.
Lettre aux adhérents : la négociation annuelle obligatoire a abouti à une revalorisation de 3,2 %. Retrouvez le détail de l'accord sur notre site.
Webinaire « Réussir son oral de concours » jeudi à 18 h. Inscription gratuite, places limitées.
Votre abonnement à la newsletter Carrières de {company} est confirmé.
""",
    },
    "es": {
        "rej_direct": """
Hemos revisado tu candidatura para el puesto de {role} y, en esta ocasión, hemos decidido no continuar con ella.
Lamentamos comunicarle que su postulación no fue seleccionada para avanzar a la siguiente etapa del proceso.
SUBJECT: Sobre tu postulación || Che Alex, te escribo cortito: al final no seguimos con vos para este rol. Buscábamos a alguien con más recorrido en fintech. Mil gracias por el tiempo.
Tras valorar todos los perfiles, hemos optado por otra persona cuya experiencia en gestión de almacenes encaja mejor con lo que necesitamos.
Le informamos que no resultó seleccionado(a) en este proceso. Por el alto número de postulaciones no nos es posible dar retroalimentación personalizada.
Hola Alex, gracias por la entrevista del jueves. Lo hablamos con el equipo y no vamos a hacerte una oferta. Si quieres, te cuento por teléfono en qué nos fijamos.
Perdona la tardanza en contestarte. Tu perfil es muy bueno, pero no seguiremos adelante: el puesto requiere colegiación como abogado/a ejerciente y dos años de ejercicio.
Junto con saludar, te comentamos que tu postulación no continuará en el proceso para el cargo de {role}.
Te contamos que, luego de revisar con detalle tu hoja de vida, decidimos no continuar con tu proceso para esta vacante.
Fue una decisión muy reñida, pero el comité eligió a otra candidata. No podremos ofrecerte el puesto esta vez.
""",
        "rej_buried": """
En {company} llevamos más de 50 años acercando producto fresco a más de 400 tiendas en España y Portugal. Este año hemos abierto 32 supermercados nuevos y nuestra plantilla ya supera las 18.000 personas. Respecto a tu candidatura para {role}, lamentamos decirte que no ha sido seleccionada para la siguiente fase.
Respondiendo a tu pregunta sobre el teletrabajo: son tres días en oficina. Aunque, siendo sincera, ya no aplica: la vacante se cubrió la semana pasada y no podremos seguir contigo.
Estado de la postulación — Folio 2025-MX-4471 | Vacante: {role} | Etapa: Filtro curricular | Resultado: No seleccionado | Actualizado: 21/05
Gracias otra vez por venir a la tienda el sábado, a Marta le encantaste y el equipo lo pasó genial. Te dejo adjunto el certificado de asistencia que me pediste. P.D.: se me olvidaba lo más importante, al final la plaza se la hemos dado a otra persona. Lo siento mucho.
Te reenvío el comentario del responsable tal cual me llegó: «Buena entrevista, pero necesitamos a alguien que haya llevado un cierre contable sin supervisión. No avanzamos.» Si quieres lo comentamos.
Con más de 120 años de historia, protegemos a más de un millón de familias en Latinoamérica, y nuestra gente es lo que nos hace diferentes: por eso invertimos cada año en formación, bienestar y diversidad. Tras analizar tu perfil, te informamos que no continuarás en el proceso.
Me preguntabas si podías incorporarte en octubre en vez de septiembre. Normalmente no habría problema, pero hemos cerrado el proceso con una candidata interna, así que ya no hace falta. Gracias igualmente por la flexibilidad.
Te llamé dos veces esta mañana y no pude localizarte, así que te lo dejo por escrito: no vamos a seguir adelante con tu candidatura para {role}.
---------- Mensaje reenviado ---------- De: Dirección Académica. «Rivera no pasa a entrevista: la plaza exige doctorado.» Alex, disculpa que te llegue así, te enviaremos la carta formal, pero la respuesta es negativa.
Te dejo el resumen de tu proceso para que lo tengas claro: CV, aprobado / prueba técnica, 62 % (mínimo exigido 70 %) / siguiente etapa, no aplica.
""",
        "rej_borrowed": """
Antes que nada, mil gracias por la paciencia: sabemos que el proceso se alargó más de lo razonable. Al final la decisión no fue a tu favor y el puesto lo ocupará otra persona.
¡Buenas noticias para el equipo de Logística: ya tenemos nueva incorporación para {role}! Eso significa, lamentablemente, que cerramos tu candidatura.
Nos encantó conocerte y nos llevamos una imagen muy buena de ti. Precisamente por eso nos cuesta escribirte esto: no seguimos adelante.
Felicidades por tu resultado en la prueba técnica, de los mejores que vimos. Aun así, para este puesto buscamos más experiencia liderando equipos, y no continuaremos contigo.
Queremos que sigas cerca de {company}: date de alta en nuestras alertas de empleo y síguenos en redes. Para esta vacante concreta, eso sí, tu proceso termina aquí.
Acusamos recibo de su solicitud, que ha sido revisada por el departamento de Personas. Lamentamos no poder considerarla para esta posición.
Nos complace informarle que el proceso de selección ha concluido y la vacante ha sido cubierta.
¡Qué tal, Alex! Espero que estés súper bien y que hayas disfrutado el puente. Te cuento que al final nos fuimos por otro perfil para la vacante.
""",
        "rej_role_gone": """
La dirección ha decidido posponer la apertura de la nueva tienda de Valencia, de modo que las vacantes asociadas, incluida la de {role}, quedan anuladas.
Malas noticias desde mi lado: el cliente pausó la búsqueda porque se va a fusionar con otra compañía. Si se reactiva te escribo, pero yo la daría por cerrada.
La posición se cubrió finalmente con una promoción interna.
Tras revisar el plan de negocio para 2025, el puesto al que te presentaste no se mantendrá. Damos por finalizado el proceso.
Desde casa matriz nos pidieron frenar todas las contrataciones hasta el próximo trimestre, así que no puedo seguir con tu proceso. Lo siento muchísimo.
El donante recortó los fondos del programa de agua en La Guajira y la Fundación no podrá abrir la plaza de coordinación.
El colegio ha decidido no cubrir la plaza este curso. Si vuelve a salir en la próxima convocatoria, podrás presentarte de nuevo.
""",
        "rej_board": """
El Tribunal Calificador ha publicado la relación de aspirantes que han superado el primer ejercicio de la oposición. Lamentamos comunicarle que no figura usted entre ellos.
La comisión de selección de la plaza de Profesor/a Ayudante Doctor/a (ref. 2025/PAD/17) ha resuelto no incluir su candidatura en la propuesta de contratación.
Su puntuación en la prueba de conocimientos (23,5 puntos) no alcanza el mínimo de 25 establecido en las bases de la convocatoria, por lo que queda excluido/a del proceso. Podrá interponer recurso de alzada en el plazo de un mes.
La Comisión de Selección del Hospital ha evaluado su expediente para la plaza de enfermería en UCI. No ha sido seleccionado/a.
Por medio del presente se le notifica que, conforme al acta del Comité Técnico de Selección, su candidatura no resultó ganadora del concurso para la plaza de Jefatura de Departamento.
De acuerdo con la verificación de requisitos mínimos, su inscripción en la convocatoria fue calificada como NO ADMITIDA por no acreditar la experiencia profesional exigida.
""",
        "ack_receipt": """
Hemos recibido tu candidatura para {role}. Nuestro equipo la revisará y, si tu perfil encaja, te contactaremos.
¡Listo, tu postulación está adentro! Un reclutador (persona de carne y hueso) la va a leer en los próximos días.
Mensaje automático: tu solicitud se ha registrado correctamente con el número ES-2025-30981. Por favor, no respondas a este correo.
Tu expediente está completo. El plazo de presentación termina el 15 de marzo; a partir de esa fecha comenzará la valoración de méritos.
Recibi tu CV, gracias. Lo miro con calma cuando vuelva de la feria el lunes.
Solo se contactará a las personas preseleccionadas. Tu postulación quedó registrada correctamente.
Ya presenté tu perfil a mi cliente, una empresa de energía renovable en Monterrey. En cuanto me respondan te aviso.
Tu candidatura se ha enviado con éxito. Puedes consultar su estado en cualquier momento desde tu área de candidato.
Acusamos recibo de su hoja de vida y de los soportes de formación. La información será revisada por el área de Gestión Humana en los próximos quince días hábiles.
""",
        "ack_status": """
Te escribo para ponerte al día: seguimos revisando candidaturas y esperamos cerrar la preselección a finales de la semana que viene.
El estado de tu candidatura ha cambiado a: En revisión por el equipo de selección.
Le pasé tu hoja de vida al gerente de planta; me dijo que la revisa después del cierre de mes.
Se amplía el plazo de la convocatoria hasta el 30 de junio. Las solicitudes ya presentadas, incluida la suya, siguen siendo válidas.
Vacante: {role} · Fecha de postulación: 02/04 · Etapa: Revisión curricular · Próxima actualización: 16/04
Con las vacaciones de Semana Santa el proceso se ha retrasado un poco. Contactaremos con todos los candidatos a finales de abril.
Seguimos en proceso, Alex. Esta semana entrevistamos a los últimos candidatos de la primera ronda y la próxima te digo algo.
Le informamos que la valoración de méritos se encuentra en curso. La lista provisional de admitidos se publicará en el boletín oficial en las próximas semanas.
""",
        "ack_borrowed": """
Lamentablemente, por el gran volumen de candidaturas no podemos responder de forma individual a cada una. Aun así, queremos confirmarte que la tuya ha llegado y está en revisión.
Lamentamos que el formulario le diera error al adjuntar el CV. Hemos comprobado que su candidatura sí se guardó correctamente, con todos los documentos.
Todavía no hay decisión, lo siento. La gerente está de vacaciones hasta el lunes y no quiero darte una respuesta a medias.
Por desgracia no aceptamos cartas de recomendación en esta fase, pero no te preocupes: tu postulación está completa y en revisión.
Por la huelga de transporte, nuestras oficinas trabajan a medio gas esta semana. Tu solicitud ha llegado y la revisaremos en cuanto podamos.
Siento no haberte contestado antes, se me pasó tu correo. Tu candidatura sigue viva y la vemos en el próximo filtro.
""",
        "inv_direct": """
Nos gustaría conocerte en una entrevista de unos 45 minutos para el puesto de {role}. ¿Te vendría bien el martes a las 10:00 o el jueves a las 16:30?
¡Tu postulación nos encantó! Agenda una videollamada de 30 minutos con nuestro equipo desde este enlace.
Se le cita para la realización de la entrevista personal el día 12 de junio a las 9:30 h en la Sala de Juntas de la Consejería, planta 2.ª. Deberá acudir provisto/a de DNI.
Mi cliente quiere entrevistarte. Primera reunión con el gerente de planta el viernes a las 9 en Querétaro. Te mando antes una guía para prepararla.
¿Te copa charlar el miércoles a las 11 por videollamada? Queremos conocerte un poco más y contarte del proyecto.
Con gusto te invitamos a una entrevista presencial el lunes 14 de abril a las 8:00 a. m. en nuestra sede de El Poblado, Medellín. Por favor confírmanos tu asistencia.
""",
        "inv_borrowed": """
Por desgracia el jueves tenemos auditoría y no podríamos atenderte como mereces. ¿Podemos mover la entrevista al viernes 9 a las 10:00?
Lamentamos que el proceso se haya alargado tanto, ha habido cambios en el equipo directivo. La buena noticia es que queremos entrevistarte: ¿tienes hueco la semana del 12?
Luego de una revisión cuidadosa de las hojas de vida, tu perfil fue preseleccionado. Te citamos a entrevista con la gerencia financiera el martes a las 3:00 p. m.
¡Perdón por desaparecer! El equipo tiene muchas ganas de conocerte, ¿te vienes el martes a tomar un café a la oficina?
Respecto a su consulta, no es posible realizar la entrevista por videollamada: el tribunal exige presencia física. Queda convocado/a el 18 de junio a las 9:00 en la sede de la Diputación.
""",
        "off_direct": """
Nos complace ofrecerte el puesto de {role} con contrato indefinido, incorporación el 1 de septiembre y un salario bruto anual de 38.000 €. Adjuntamos la carta oferta.
¡Te queremos en el equipo! Va adjunta la propuesta: 2,4 millones de pesos líquidos al mes, stock options y seguro complementario. Avísame si quieres revisarla juntos.
Nos da mucho gusto informarte que fuiste seleccionado(a) para la posición de {role}. Te compartimos la carta oferta: sueldo mensual bruto de $48,000 MXN, prestaciones superiores a las de ley y vales de despensa.
""",
        "off_borrowed": """
Después de pensarlo mucho y de entrevistar a candidatos excelentes, nos hemos quedado contigo. ¡Enhorabuena! Queremos ofrecerte el puesto.
Lamento no poder llegar a la cifra que pediste en la entrevista; lo máximo que aprobó dirección son $42,000 MXN mensuales. Aun así, la oferta es tuya si la quieres: te adjunto la carta.
Mil disculpas por el silencio de estas semanas. Teníamos que esperar a la firma del nuevo contrato con el cliente, y ya está: ¡el puesto es tuyo! Te paso la propuesta esta tarde.
""",
        "oth_admin": """
Confirmamos que has retirado tu candidatura para {role}. Si ha sido un error, escríbenos en los próximos 14 días.
Hemos actualizado nuestra política de privacidad para candidatos. No tienes que hacer nada; puedes consultarla en el enlace.
Ayúdanos a mejorar: del 0 al 10, ¿recomendarías nuestro proceso de selección a un amigo?
Tu cuenta lleva más de 12 meses inactiva. Si no inicias sesión antes del 30 de abril, la eliminaremos junto con tus datos.
Te recordamos que tienes un formulario de candidatura sin terminar para {role}. Tus respuestas se guardarán durante 7 días.
Hola Alex, vi tu perfil y estoy buscando para un cliente del sector logístico en Bogotá. ¿Estarías abierto/a a escuchar propuestas?
""",
        "oth_noise": """
14 nuevas ofertas coinciden con tu alerta «coordinador de proyectos – Madrid».
Feria de Empleo de la Universidad: más de 90 empresas te esperan el 20 de marzo en el pabellón central. Trae tu CV impreso.
Comunicado a la afiliación: el convenio de oficinas y despachos se firmó ayer con una subida del 3 %. Consulta las tablas salariales en nuestra web.
Te has suscrito correctamente al boletín de empleo de {company}. Recibirás un correo cada quince días.
Webinar gratuito: «Cómo preparar tu entrevista en inglés», el jueves a las 18:00 (hora de Ciudad de México).
""",
    },
    "pt": {
        "rej_direct": """
Analisámos a sua candidatura para a função de {role} e, desta vez, não iremos avançar com o seu processo.
Infelizmente você não foi selecionado(a) para a próxima etapa do processo seletivo.
SUBJECT: Sobre a vaga || Oi Alex, vou ser direta: decidimos seguir com outra pessoa pra essa posição. Seu portfólio é ótimo, mas a gente precisa agora de alguém com mais bagagem em mídia paga.
Após a avaliação de todos os perfis, optámos por um candidato com experiência mais próxima em gestão de armazém.
Devido ao elevado número de candidaturas, não nos é possível dar feedback individual. Informamos, contudo, que a sua candidatura não foi selecionada.
Alex, passei no RH agora e já deixo avisado: o gestor não aprovou seu nome pra vaga. Chato, eu sei. Qualquer coisa me chama no WhatsApp.
Lamento a demora na resposta. O seu perfil é interessante, mas não vamos prosseguir, pois a função exige inscrição na Ordem dos Contabilistas Certificados.
Vimos por este meio informar que a sua candidatura ao cargo de {role} não foi considerada para a fase seguinte do recrutamento.
Depois de muita conversa interna, decidimos não dar continuidade à sua candidatura. Não foi uma escolha fácil, viu?
A decisão foi renhida, mas o painel escolheu outra candidata. Não lhe poderemos oferecer a função desta vez.
""",
        "rej_buried": """
Há 30 anos a {company} leva energia limpa a mais de 5 milhões de lares no Nordeste. Em 2024 inauguramos dois parques eólicos e fomos eleitos uma das melhores empresas para se trabalhar no setor elétrico. Sobre a sua candidatura para {role}: infelizmente, ela não avançou para a próxima fase.
Respondendo à sua dúvida sobre o regime híbrido: são dois dias no escritório. Mas, sendo sincera, isso já não se aplica, a vaga foi preenchida ontem e não vamos seguir com você.
Acompanhamento da candidatura — Ref. PT-25-0918 | Função: {role} | Fase: Triagem curricular | Estado: Não selecionada | Atualizado: 09/10
Obrigada mais uma vez por ter vindo ao hotel para o dia de experiência, a equipa da receção gostou muito de trabalhar consigo. Segue em anexo a declaração de presença que pediu. P.S.: devia ter começado por aqui, acabámos por escolher outra pessoa. Lamento imenso.
Segue o parecer da área, como prometido: "Perfil bom, mas sem vivência em SAP MM. Reprovado na etapa técnica." Sinto muito, Alex.
Com mais de 150 agências e 80 anos de história, acreditamos que o crédito pode mudar vidas. Diversidade, inclusão e desenvolvimento contínuo fazem parte do nosso DNA. Informamos que, neste momento, o seu perfil não foi aprovado para seguir no processo.
Você tinha perguntado se dava pra começar só em março. Normalmente daria, mas fechamos a vaga com uma pessoa de dentro da empresa, então nem precisa se preocupar com isso. Obrigado pela flexibilidade.
Aproveito a resposta ao e-mail em que você mandou o certificado de inglês: agradecemos o envio, mas o processo já foi encerrado e você não foi selecionado(a).
Encaminhado: "Gabi, pode avisar o candidato Alex que não passou na dinâmica? Valeu. — Rodrigo, Logística". Oi Alex, era exatamente isso que eu ia te escrever, desculpa o encaminhamento seco.
Resumo rápido: dinâmica de grupo ok, entrevista com RH ok, entrevista com gestor reprovado. Ou seja, infelizmente a gente para por aqui.
""",
        "rej_borrowed": """
Obrigado pela paciência ao longo deste processo. Infelizmente, optámos por outro perfil.
Que bom ter você com a gente até aqui! Depois de várias etapas, o processo chegou ao fim e, dessa vez, a vaga ficou com outra pessoa.
Agradecemos a confiança depositada na {company}. Foi um prazer conhecer o seu percurso; a decisão final recaiu, no entanto, sobre outro candidato.
Parabéns por ter chegado à etapa final! Ainda assim, a banca escolheu outro candidato.
Seu currículo ficará em nosso banco de talentos e você receberá novidades sobre as próximas vagas. Para esta posição, porém, seguimos com outros perfis.
Acusamos a receção da sua candidatura, que foi analisada pela nossa equipa. Não será, no entanto, possível considerá-la.
Temos o prazer de informar que o processo de recrutamento foi concluído e a vaga foi preenchida.
Oi! Espero que o começo de ano esteja sendo bom. Passando pra fechar o assunto da vaga: dessa vez não vai rolar.
""",
        "rej_role_gone": """
A vaga de {role} foi cancelada após revisão orçamental, pelo que encerramos todas as candidaturas.
O cliente resolveu segurar a contratação até fechar o balanço. Na prática a vaga morreu por agora; se voltar, o seu é o primeiro nome que eu mando.
Decidimos preencher a posição com um colaborador interno.
Com a fusão das lojas do Porto, a posição de subgerente deixou de ser necessária e o recrutamento foi anulado.
Saiu um congelamento de contratações pra toda a América Latina, então não consigo avançar com o seu processo. Sinto muito mesmo.
Com o fim do financiamento do projeto em Nampula, a associação não poderá avançar com esta contratação.
A escola decidiu não abrir a turma extra este ano e, por isso, a vaga de professor foi retirada.
""",
        "rej_board": """
O júri do procedimento concursal publicou a lista de classificação final. Informamos que a sua candidatura foi excluída por não ter obtido a classificação mínima de 9,5 valores na prova de conhecimentos.
A comissão de seleção do concurso para Professor Adjunto (Edital 14/2025) deliberou não classificar a sua candidatura para a fase de entrevistas.
Conforme o resultado publicado no Diário Oficial, você não atingiu a pontuação mínima na prova objetiva e está eliminado(a) do concurso. Recursos podem ser interpostos em até 2 dias úteis.
A comissão de recrutamento do Centro Hospitalar avaliou a sua candidatura ao lugar de enfermeiro(a) de cuidados intensivos. Lamentamos informar que não foi selecionada.
Nos termos do Código do Procedimento Administrativo, fica notificado(a) de que o júri propõe a sua exclusão por falta de apresentação do certificado de habilitações. Dispõe de 10 dias úteis para se pronunciar em sede de audiência prévia.
Após análise dos títulos, a banca examinadora homologou o resultado final do processo seletivo simplificado. Seu nome não consta na lista de aprovados.
""",
        "ack_receipt": """
Recebemos a sua candidatura para {role}. A nossa equipa vai analisá-la e entraremos em contacto caso o seu perfil se adeque.
Prontinho, sua candidatura chegou! Alguém do time (humano, prometo) vai dar uma olhada nos próximos dias.
Esta é uma mensagem automática. A sua candidatura foi registada com o número PT-2025-55810. Por favor não responda a este e-mail.
O seu processo está completo. O prazo de candidaturas termina a 15 de abril, após o qual se inicia a avaliação curricular.
Recebi seu currículo, valeu. Dou uma olhada com calma quando voltar da feira na segunda.
Apenas os candidatos selecionados para a fase seguinte serão contactados. A sua candidatura foi registada com sucesso.
Já apresentei seu perfil ao meu cliente, uma indústria de autopeças em Campinas. Assim que tiver retorno, te ligo.
Sua inscrição foi enviada com sucesso! Acompanhe o andamento pelo portal do candidato, na aba "Minhas vagas".
Acusamos a recepção do seu processo de candidatura, que será analisado pela Direcção de Capital Humano no prazo de 15 dias úteis.
""",
        "ack_status": """
Passando para dar uma atualização: ainda estamos analisando os currículos e a ideia é fechar a triagem até o fim da semana que vem.
O estado da sua candidatura foi alterado para: Em análise pela equipa de recrutamento.
Seu currículo já está com a gestora da área, que deve dar um retorno até sexta.
O prazo de candidatura foi prorrogado até 30 de junho. As candidaturas já submetidas, incluindo a sua, mantêm-se válidas.
Vaga: {role} · Inscrição: 02/04 · Etapa atual: Triagem · Próximo retorno: até 16/04
Com o Carnaval o processo atrasou um pouco. Vamos dar retorno a todos os candidatos até o fim de março.
Ainda não temos uma decisão: as entrevistas da primeira fase terminam na sexta e a sua candidatura continua no páreo.
Informamos que a avaliação curricular está em curso. A lista provisória de admitidos será publicada na plataforma do concurso.
""",
        "ack_borrowed": """
Infelizmente, devido ao grande volume de candidaturas, não conseguimos responder individualmente. Queremos, no entanto, confirmar que recebemos a sua e que está em análise.
Lamentamos o transtorno com o carregamento dos documentos. Verificámos e a sua candidatura ficou corretamente submetida, com CV e carta de motivação.
Desculpa, ainda não tenho nada concreto. A área trocou de gestor semana passada e ele quer rever todos os currículos, o seu inclusive.
Infelizmente ainda não posso passar a faixa salarial, mas respondendo à outra pergunta: sim, sua candidatura está completa e já está com a área.
Os nossos serviços estão encerrados para férias até 2 de janeiro. A sua candidatura foi recebida e será tratada no regresso.
Lamentamos o tempo sem notícias. Nenhuma decisão foi tomada e a sua candidatura continua em avaliação.
""",
        "inv_direct": """
Gostaríamos de o/a convidar para uma entrevista de cerca de 45 minutos para a função de {role}. Terça às 10h ou quinta às 15h30, qual prefere?
Curtimos muito o seu perfil! Escolha um horário para uma call de 30 minutos com o time pelo link abaixo.
Fica convocado(a) para a entrevista profissional de seleção no dia 12 de junho, às 14h30, nas instalações da Câmara Municipal, sala 2.04. Deverá apresentar documento de identificação.
Meu cliente quer te conhecer! Primeira conversa com o gerente industrial sexta às 9h, na fábrica em Sorocaba. Te mando um material de preparação antes.
Você foi aprovado(a) na triagem e está convidado(a) para a dinâmica de grupo e entrevista no dia 14/04 às 8h, na nossa unidade do Recife. Favor confirmar presença.
Temos disponibilidade para conversarmos na próxima segunda às 11h, por Teams. Consegue?
""",
        "inv_borrowed": """
Infelizmente a sala que tínhamos reservado ficou indisponível, então a entrevista passa para o Zoom no mesmo horário, quinta às 15h. Segue o link.
Lamentamos a demora na resposta. Teríamos todo o gosto em recebê-lo/a para uma entrevista a 3 de julho.
Após uma análise cuidadosa das candidaturas, gostaríamos de lhe propor uma entrevista com dois sócios da sociedade.
Foi mal a demora! O time está muito a fim de te conhecer, topa um café no escritório na terça?
Quanto à sua pergunta, lamento, mas não é possível fazer a entrevista por vídeo: a banca exige presença física. Compareça no dia 18, às 9h, no Campus II, bloco C.
""",
        "off_direct": """
Temos o prazer de lhe propor a função de {role}, com contrato sem termo, início a 1 de setembro e remuneração base de 1.950 € x 14 meses. Segue em anexo a carta-proposta.
Queremos você no time! Segue a proposta: R$ 14.500 CLT, VR de R$ 1.200, plano de saúde e PLR. Bora conversar?
Temos o prazer de informar que foi seleccionado(a) para o cargo de {role}. Solicitamos a sua comparência no dia 5 para assinatura do contrato.
""",
        "off_borrowed": """
Depois de muita reflexão e de entrevistas com candidatos excelentes, a escolha recaiu sobre si. Parabéns! Queremos oferecer-lhe a função.
Infelizmente não consigo subir além de R$ 11 mil, é o teto da faixa. Mas a proposta continua de pé e a gente ia adorar ter você com a gente.
Desculpe a demora: dependíamos da autorização de despesa da Câmara. Está tudo aprovado e é com gosto que lhe comunicamos que o lugar é seu; o contrato segue esta semana.
""",
        "oth_admin": """
Confirmamos que você retirou sua candidatura para {role}. Se foi engano, fale com a gente em até 14 dias.
Atualizámos a nossa política de privacidade para candidatos. Não é necessária qualquer ação da sua parte.
Como foi a sua experiência no nosso processo seletivo? Responda a uma pesquisa rápida e anônima.
De acordo com a LGPD, seus dados serão excluídos da nossa base em 30 dias, a menos que você autorize a manutenção.
O link do seu portfólio está dando erro 404. Pode mandar de novo?
Oi Alex, vi seu perfil e estou com uma posição de Coordenação de Supply Chain em São Paulo. Você estaria aberto(a) a ouvir uma proposta?
""",
        "oth_noise": """
11 novas vagas para o seu alerta "analista de dados – Lisboa".
Semana do Emprego na faculdade: de 10 a 14 de março, com palestras, simulações de entrevista e mais de 60 empresas presentes.
Informativo do sindicato: a convenção coletiva dos bancários foi assinada com reajuste de 4,6%. Confira os detalhes no nosso site.
Sua inscrição na newsletter de carreiras da {company} foi confirmada.
Live gratuita: como montar um currículo que passa na triagem, quinta às 19h.
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
            "Hi Alex,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "Thank you for taking the time to apply.",
        ],
        "wish": [
            "We wish you all the best with your search.",
            "Best of luck with your next steps.",
            "We hope our paths cross again.",
        ],
        "marketing": [
            "{company} employs more than 4,000 people across eleven sites and has been recognised for three years running for its apprenticeship programme. We believe great work starts with great people.",
            "At {company}, we're on a mission to make everyday services simpler and fairer. Our teams work flexibly, learn constantly and give back through two paid volunteering days a year.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Cheers,\n{sender_first}",
            "Yours sincerely,\n{sender}\nRecruitment",
        ],
        "footer": [
            "This email and any attachments are confidential. If you received it in error, please notify the sender and delete it.",
            "{company} | Registered in England and Wales | You are receiving this because you applied via our careers site. Manage your preferences or unsubscribe.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Application update: {role}",
        ],
        "subject_inv": [
            "Interview: {role}",
            "Next steps with {company}",
            "Invitation to interview",
        ],
        "subject_off": ["Your offer from {company}", "Offer of employment: {role}"],
        "subject_oth": [
            "A message from {company}",
            "Your {company} candidate account",
            "Update from {company}",
        ],
    },
    "de": {
        "greet": [
            "Guten Tag Alex Rivera,",
            "Hallo {first},",
            "Liebe:r {first},",
            "Sehr geehrte:r Alex Rivera,",
            "Hi {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für dein Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung.",
            "Danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Wir wünschen dir viel Erfolg bei der weiteren Suche.",
            "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
            "Alles Gute für dich!",
        ],
        "marketing": [
            "{company} beschäftigt über 3.000 Mitarbeitende an zwölf Standorten und wurde mehrfach für seine Ausbildung ausgezeichnet. Bei uns erwarten Sie flexible Arbeitszeiten, Weiterbildung und ein kollegiales Miteinander.",
            "Bei {company} gestalten wir die Zukunft mit: nachhaltig, digital und regional verwurzelt. Werde Teil eines Teams, das anpackt.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}",
            "Liebe Grüße\n{sender_first}",
            "Freundliche Grüsse\n{sender}\n{company}",
        ],
        "footer": [
            "{company} · Sitz der Gesellschaft: Bremen · Registergericht Amtsgericht Bremen · Geschäftsführung: siehe Impressum. Diese E-Mail kann vertrauliche Informationen enthalten.",
            "Sie erhalten diese Nachricht, weil Sie sich über unser Karriereportal beworben haben. Hinweise zum Datenschutz finden Sie in unserer Datenschutzerklärung.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – Rückmeldung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Kennenlernen bei {company}",
            "Gesprächstermin {role}",
        ],
        "subject_off": ["Ihr Vertragsangebot", "Dein Angebot von {company}"],
        "subject_oth": ["Nachricht von {company}", "Ihr Bewerberkonto", "Info von {company}"],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour Alex Rivera,",
            "Salut {first},",
            "Cher/Chère {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature.",
            "Merci d'avoir pensé à {company}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation dans vos projets professionnels.",
            "Au plaisir de recroiser votre route.",
        ],
        "marketing": [
            "{company}, c'est 5 000 collaborateurs engagés dans 14 pays, une entreprise à mission et un programme de mobilité interne reconnu. Rejoindre {company}, c'est choisir d'avoir de l'impact.",
            "Chez {company}, nous croyons que la diversité des parcours fait notre force. Télétravail, formation continue et engagement associatif font partie de notre quotidien.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\n{company}",
            "Belle journée,\n{sender_first}",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
        ],
        "footer": [
            "Ce message et ses pièces jointes sont confidentiels. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.",
            "{company} — SAS au capital de 2 000 000 € — RCS Lyon. Vous recevez ce courriel suite à votre candidature.",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "Candidature {role} chez {company}",
            "Suite à votre candidature",
        ],
        "subject_inv": ["Invitation à un entretien", "Entretien – {role}", "Convocation"],
        "subject_off": ["Proposition d'embauche", "Votre offre – {company}"],
        "subject_oth": [
            "Information de {company}",
            "Votre espace candidat",
            "Message de {company}",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a Alex Rivera:",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "Apreciado/a {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Gracias por postularte.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en sus próximos pasos profesionales.",
            "¡Mucha suerte!",
        ],
        "marketing": [
            "En {company} somos más de 6.000 personas en ocho países y llevamos décadas apostando por el talento local. Nuestro propósito: mejorar la vida de las comunidades donde operamos.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar por cuarto año consecutivo. Flexibilidad, formación y un gran equipo te esperan.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\n{sender}\nGestión del Talento",
        ],
        "footer": [
            "Este mensaje y sus adjuntos son confidenciales. Puede ejercer sus derechos de acceso, rectificación y supresión ante nuestro Delegado de Protección de Datos.",
            "Recibes este correo porque te postulaste a través de nuestro portal de empleo. Gestiona tus notificaciones en tu perfil.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Proceso de selección – {role}",
            "Actualización de tu postulación",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Entrevista – {role}",
            "Próximos pasos en {company}",
        ],
        "subject_off": ["Carta oferta – {company}", "Tu oferta para {role}"],
        "subject_oth": [
            "Información de {company}",
            "Tu cuenta de candidato",
            "Novedades de {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) Alex Rivera,",
            "Oi {first}, tudo bem?",
            "Exmo(a). Sr(a). Alex Rivera,",
            "Bom dia {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar.",
            "Valeu por se inscrever na nossa vaga.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Boa sorte na sua busca!",
            "Sucesso nos próximos passos.",
        ],
        "marketing": [
            "A {company} reúne mais de 2.500 colaboradores em Portugal, no Brasil e em Angola, e acredita que as pessoas são o centro de tudo o que faz.",
            "Na {company}, diversidade e inovação andam juntas. Somos certificados como ótimo lugar para trabalhar e investimos todos os anos no desenvolvimento do nosso time.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraço,\n{sender_first}",
            "Cumprimentos,\n{sender}\nRecursos Humanos",
        ],
        "footer": [
            "Esta mensagem é confidencial. Os seus dados são tratados nos termos do RGPD; pode exercer os seus direitos junto do nosso Encarregado de Proteção de Dados.",
            "Você recebeu este e-mail porque se candidatou pelo nosso portal. Seus dados são tratados conforme a LGPD.",
        ],
        "subject_app": [
            "A sua candidatura – {role}",
            "Processo seletivo {role}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Entrevista – {role}",
            "Próxima etapa na {company}",
        ],
        "subject_off": ["Proposta de trabalho – {company}", "Sua proposta para {role}"],
        "subject_oth": [
            "Mensagem da {company}",
            "A sua conta de candidato",
            "Novidades da {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI hope you're well. I just wanted to follow up on my application for the {role} position and ask whether there's any news on timings.\nMany thanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I've passed your note to the team and will come back to you as soon as I can.\n{sender}\n",
    "de": "Guten Tag {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon einen neuen Stand gibt.\nViele Grüße\nAlex Rivera\n\n{header2}\nGuten Tag Alex Rivera,\nvielen Dank für Ihre Nachfrage. Ich kläre das mit der Fachabteilung und melde mich dann bei Ihnen.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous une idée du calendrier ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Je fais le point avec l'équipe et je reviens vers vous.\n{sender}\n",
    "es": "Hola {sender_first}:\nTe escribo para preguntar cómo va el proceso para el puesto de {role}. ¿Hay alguna novedad?\nUn saludo,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribir. Lo consulto con el equipo y te digo algo en cuanto pueda.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se já há novidades sobre a minha candidatura para {role}.\nObrigado(a),\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contacto. Vou confirmar com a equipa e volto a falar consigo em breve.\n{sender}\n",
}
