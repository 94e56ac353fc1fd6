# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 7 by an author who did not read the classifier: the corporate-HR
and public-sector register of large employers in en, de, fr, es and pt. Long formal letters whose
decision sits in the third or fourth sentence, decisions phrased through the process (selection
committee, panel, shortlisting, referral to the selecting official), nominal and passive style,
HTML-like ATS status lines, rejections that invite to a talent pool or to other roles, jobs that went
away (filled, cancelled, frozen, withdrawn, ineligible, not referred), receipts with statistics,
processing times, data-retention notes and "no reply means no" clauses, invitations to assessment
centres, written tests, case studies, panel slots, phone screens and video interviews, formal,
conditional and negotiated offers, and hard negatives (own withdrawal confirmed, reference
requests, surveys, career events, payroll and onboarding for an accepted job), plus job alerts,
recruiter cold outreach and career newsletters. Regional variants: UK/US English, Austrian and
Swiss German with du and Sie, Belgian, Swiss and Québec French with tu and vous, Spanish from Spain,
Mexico, Argentina, Colombia and Chile, Brazilian and European Portuguese, gender-inclusive forms."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Brekkestad Maritime AS",
    "Oberrieder Anlagenbau GmbH",
    "Vellerin Assurances SA",
    "Ferronor Minería S.A.",
    "Tavares & Moura Engenharia Ltda.",
    "Northfield Utilities plc",
    "Kestrel Biologics Inc.",
    "Aarberg Energie AG",
)

ROLES: tuple[str, ...] = (
    "Senior Procurement Analyst",
    "Clinical Data Manager",
    "Maintenance Planner (Rotating Equipment)",
    "Indirect Tax Specialist",
    "Urban Planning Officer",
    "HR Business Partner",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Ingrid Solberg", "recruiting@{domain}"),
    ("Margarethe Kiefer", "bewerbung@{domain}"),
    ("Camille Garnier-Dubé", "recrutement@{domain}"),
    ("Valentina Ruiz Ocampo", "seleccion@{domain}"),
    ("Rafael Lacerda", "talentos@{domain}"),
    ("Nnamdi Okafor", "n.okafor@{domain}"),
    ("HR Shared Services", "no-reply@successhire.example"),
    ("Recruiting Desk", "notifications@candidate-portal.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_a7": """
We have now completed the assessment of all applications received for the {role} vacancy at {company}. The number and calibre of applications was considerable, and the shortlisting panel assessed each one against the essential and desirable criteria in the person specification. Having carefully considered your application, the panel has decided not to take it forward to interview on this occasion. Should you wish to receive feedback, please reply within 28 days of the date of this letter.
SUBJECT: Application status update – requisition 48213 || Your application for {role} (requisition 48213) has been reviewed. Status: Not selected for further consideration. This update was generated automatically by the {company} recruitment system; please do not reply to this address. You can view your other applications at any time in your candidate profile.
Following the close of the advertisement, the hiring manager has reviewed the applications forwarded by our recruitment team. I regret to advise that your application for {role} will not be progressed, as other candidates more closely matched the operational requirements of the role. Your details will be retained in accordance with our privacy notice, and you are welcome to apply for future opportunities.
Thank you for your patience while we worked through the applications for {role}. Although your profile will not be moving forward for this particular position, we were impressed by your background and would like to invite you to join the {company} talent community, where you will be the first to hear about roles that match your skills. Joining is entirely optional and takes about two minutes from your candidate portal.
Recruitment for this post attracted a very strong field. The selection committee met last week to review the longlist, and the position will be offered to candidates whose experience aligns more directly with the current priorities of the team. Accordingly, your file will not be forwarded to the hiring manager. We appreciate the time you invested in preparing your application.
Please accept this letter as formal notification regarding your application for the {role} position, reference HR/2025/117. Each application was scored independently by two assessors against the published criteria. Your application did not achieve the threshold score required for progression to the next stage. This decision is final and is not open to appeal; general feedback on the assessment criteria is, however, available on request.
Unfortunately we won't be moving forward with your application for {role}. We know it's not the news you were hoping for, and we really appreciate you considering {company}.
We are writing with an update on your candidacy for {role}. Our hiring team has reviewed your materials in detail, and while your experience in the sector is clearly relevant, we have decided to pursue applicants whose backgrounds are a closer match for the regulatory scope of this role. We encourage you to keep an eye on our careers site, as new positions are posted every week.
After reviewing your application against the requirements of {role}, we have concluded that we are unable to offer you a place in the next stage. That said, our recruiters noticed that your profile may suit two other openings in our shared services centre in Kraków, and you are welcome to apply for either of them through the portal. Please note that a separate application would be required, as your current application has now been closed.
Application ID 2025-0931 | Position: {role} | Location: Rotterdam | Status changed from Under Review to Closed – Not Selected. If you have questions about this status, please contact the recruiting team through the Help section of the career site.
Thank you for completing the online numerical and verbal reasoning tests as part of your application to the {company} graduate programme. Your results have now been evaluated against the benchmark set for this year's intake. We regret to inform you that your scores did not reach the required level, and your application will therefore not proceed further. You may reapply in the next recruitment cycle, which opens in September.
The sift for this campaign has now concluded. Your application was assessed on the Experience and Behaviours sections, and your scores were as follows: Experience 3 (Moderate), Leadership 2 (Limited). The minimum score for progression was 4 in each element, so on this occasion your application has been unsuccessful. Further information about how applications are assessed can be found in the candidate guidance pack.
I am writing on behalf of the recruitment panel for {role}. The panel has now completed its deliberations, and I regret that you have not been shortlisted. Given the very high number of applications, we are unable to provide individual feedback at this stage, but we thank you sincerely for your interest in working with us.
This message is to let you know that the requisition you applied to has progressed with other candidates and your application has been marked as not moving forward. Your candidate account remains active, and your saved job alerts are not affected.
I have now had feedback from my client regarding the {role} opportunity. Having reviewed your CV alongside several others, they have decided to proceed with candidates who have more hands-on experience of SAP S/4HANA implementations. I'm sorry it isn't better news this time; I will of course keep you in mind for similar briefs.
We have now reviewed all internal expressions of interest for the {role} secondment. Although your line manager's endorsement was noted, the secondment will be offered to a colleague whose current project commitments allow an earlier start. Your expression of interest will remain on file for six months should a comparable opportunity arise.
We read your application with real interest and were struck by the depth of your experience. After discussion with the hiring manager, however, we believe the {role} position as currently scoped would not make full use of your skills, and we have therefore decided not to proceed with your candidacy. We hope you find a role that better reflects your seniority.
As stated in the advertisement, candidates must already hold the right to work in the UK, as this position is not eligible for visa sponsorship. Based on the information provided in your application form, we are unable to consider your application further. If your circumstances change, you would be very welcome to apply again.
""",
        "rej_a7_interview": """
Thank you for attending the panel interview on Thursday and for the presentation you delivered. The panel has since met to consider all of the candidates interviewed. While your presentation was well structured and your answers demonstrated sound technical knowledge, the panel has decided to offer the position to another candidate whose operational experience more closely met the requirements. We would be pleased to arrange a short feedback call if that would be helpful.
Thank you for taking part in our assessment centre last week. The assessors have consolidated their observations from the group exercise, the written case study and the competency interview, and the selection board has now reached a decision. I regret to let you know that you will not be progressing to the final stage. A detailed feedback report will be released to your candidate portal within ten working days.
I tried to call you this morning, but as I couldn't get through I'm putting it in writing. It was a genuinely close decision between you and one other finalist for {role}, and after a lot of discussion the team chose to go with the other candidate, mainly because of her experience leading a migration of a similar scale. I know this is disappointing after four rounds, and I want to thank you for the effort you put into the case presentation.
Following the completion of final interviews and reference checks, the hiring committee has confirmed its recommendation for the {role} appointment. I am sorry to tell you that the recommendation was not in your favour. We were grateful for your openness throughout the process and would welcome an application from you for future vacancies in the finance function.
Thanks again for taking the time to speak with me on the phone earlier this week. I've shared my notes with the hiring manager, and we've agreed not to move forward to the technical interview at this time. The main gap we identified was depth of experience with large-scale data pipelines, which is central to this role.
After interviewing a shortlist of six candidates, we have now made an appointment to the {role} position. Although you were not the successful candidate on this occasion, the panel rated your interview highly and, with your permission, we would like to keep your details on our reserve list for twelve months. Please reply to this e-mail if you would prefer us to delete your data instead.
We have now reviewed the written case study you submitted following your second interview. Although the analysis was thorough, the panel felt that the recommendations did not sufficiently address the commercial constraints set out in the brief. For this reason, we will not be inviting you to the final round with our managing director.
""",
        "rej_a7_gone": """
We are writing to update you on the {role} vacancy for which you applied. Please be advised that this position has now been filled and the recruitment process has been closed. Your application will not be considered further, but your profile remains in our system should you wish to apply for other roles.
Due to a reorganisation of the department and a revision of the budget for the coming financial year, {company} has taken the decision to cancel the recruitment for {role}. We regret any inconvenience this may cause. All applications submitted for this requisition have been closed and will not be processed further.
Following the company-wide hiring freeze announced this week, the {role} requisition has been placed on hold indefinitely. As we cannot say when, or whether, it will reopen, we have decided to close all active applications rather than keep candidates waiting. We are sorry for this outcome, which has nothing to do with the merits of your application.
SUBJECT: Notice of Results – Announcement ST-2025-0442 || This notice concerns your application under vacancy announcement ST-2025-0442 for {role}. Based on a review of your application and supporting documents, you were found eligible for the position; however, you were not among the best qualified candidates, and your application was therefore not referred to the selecting official. This completes the action on your application for this announcement.
Your application for {role} has been reviewed by the HR eligibility team. To be considered at this grade, applicants must demonstrate at least 52 weeks of specialized experience at the next lower grade level. The information you provided does not demonstrate this requirement, and you have been rated ineligible for this announcement. You may request reconsideration within five business days by contacting the HR office listed on the vacancy notice.
We have reviewed the staffing needs of this team, and the {role} position has been withdrawn from external advertisement; it will be filled through internal redeployment. Consequently, we will not be proceeding with any external applications, including yours.
""",
        "ack_a7": """
This is to confirm that we have received your application for {role}. Our recruitment team receives an average of 350 applications per vacancy, and every one of them is read by a person, not just by a system. The initial review generally takes three to four weeks from the closing date. If you have not heard from us within six weeks, please assume that your application has not been successful on this occasion.
Your application for {role} at {company} has been submitted successfully. In line with the General Data Protection Regulation, the personal data you provided will be processed solely for the purpose of this recruitment and stored for a maximum of six months after the process ends, after which it will be deleted automatically. You may withdraw your consent at any time via the privacy settings of your candidate account.
Application received | Reference: REQ-77120 | Role: {role} | Submitted: 14 May 2025, 09:42 CET | Current status: In review. You will receive an e-mail whenever the status of your application changes.
We wanted to let you know that your application for {role} is still being reviewed. The hiring team has been tied up with quarterly planning, which has delayed the process by about two weeks. No decision has been made yet, and we will be in touch as soon as we have an update.
Your application has been received by the Recruitment Centre. Applications will be assessed after the closing date of 30 June, and shortlisted candidates will normally be contacted within four weeks of that date. Please quote the vacancy reference in all correspondence. Owing to the volume of applications, we regret that we cannot respond to enquiries about the progress of individual applications.
A quick update: your application for {role} has passed the initial screening and has been forwarded to the hiring manager for review. This stage usually takes up to ten working days. Please note that this does not yet mean an interview has been scheduled; we will contact you once the hiring manager has reached a decision.
We confirm receipt of your application, including your CV, covering letter and the two certificates you uploaded. Your documents have been checked for completeness and no further information is required at this time. Your application will now be reviewed by the recruiting team in the order in which it was received.
Your application was submitted to {company} for the {role} opening. What happens next: 1) our recruiters review your profile; 2) if there is a match, we contact you to arrange a first conversation; 3) either way, we let you know the outcome. Current average time to first response: 9 working days.
This is an automated confirmation that your e-mail to the recruitment mailbox has been received. Applications sent to this address are logged and passed on to the responsible recruiter every working day. Please do not send your documents a second time, as duplicate applications slow down processing for everyone.
""",
        "inv_a7": """
Following a review of applications, I am pleased to inform you that you have been shortlisted for interview for {role}. Interviews will take place in person at our head office before a panel of three. Please indicate your availability for one of the following slots: Tuesday 10 June at 10:00, Tuesday 10 June at 14:30, or Wednesday 11 June at 09:00. Each interview will last approximately 45 minutes and will begin with a ten-minute presentation on a topic that will be sent to you 48 hours in advance.
We are delighted to invite you to the {company} assessment centre on 24 June. The day will run from 08:30 to 16:00 and will include a group exercise, a written case study, a role play and a competency-based interview. Lunch will be provided and reasonable travel expenses will be reimbursed. Please confirm your attendance by replying to this e-mail and let us know if you require any adjustments.
Your application for {role} has been assessed and you are invited to the next stage of the selection process, a written test. The test is administered online and consists of a 60-minute professional knowledge section followed by a 30-minute drafting exercise. You will receive your personal access link within 24 hours; the test must be completed by 23:59 on Sunday.
Thanks for applying for {role}! I've had a look at your CV and would love to set up a 20-minute phone call to tell you more about the team and hear about your experience. Could you book a time that suits you using the scheduling link below? All slots are shown in your local time zone.
Congratulations on progressing to the third stage. As the next step, we'd like you to prepare a case study; you will find the brief attached. Please send your written analysis (maximum five pages) by Friday at noon, and you will then present it to the hiring team in a 60-minute session the following Tuesday.
As part of the next step for {role}, we invite you to complete a recorded video interview. You will be asked five questions and will have two minutes to answer each one. There is no fixed start time, but the invitation expires in five days, so please use a laptop with a working camera and a stable connection.
The hiring manager was very positive about your second interview, and we would like to invite you to a final conversation with the Director of Operations. This will be an informal meeting of about 30 minutes at our Antwerp site. Would Thursday 19 June at 11:00 work for you?
You have been selected for interview for the post of {role}. Your interview is scheduled for Monday 7 July at 13:15 at the address below. Please bring original documents proving your identity and your right to work, together with certificates for all qualifications listed in your application. If you are unable to attend, please inform us at least two working days in advance.
SUBJECT: Updated invitation: Interview – {role} || As requested, your interview has been moved. The new details are: Wednesday 18 June, 15:00–16:00, video call (Microsoft Teams). The meeting link and the names of your interviewers are included in the calendar invitation attached to this message.
""",
        "off_a7": """
Further to your recent interview, I am pleased to offer you the position of {role} at {company} on the terms and conditions set out in the enclosed contract of employment. Your starting salary will be £58,400 per annum, and your anticipated start date is 1 September. This offer is conditional upon satisfactory references, verification of your right to work and a pre-employment health questionnaire. Please sign and return one copy of the contract within seven days to confirm your acceptance.
Your offer letter for {role} is ready for review and electronic signature. Please open the document through the secure link, read it carefully and sign it before the expiry date shown. If you have any questions about the terms before signing, contact your recruiter directly.
Thank you for your counter-proposal. Having reviewed it with our compensation team, we are able to increase the base salary to 74,000 euros and to add a one-time signing bonus of 5,000 euros; all other terms of the offer remain unchanged. We believe this reflects the value you would bring to the team and very much hope you will accept. An updated offer letter will follow once you confirm.
I'm thrilled to let you know that the panel has unanimously recommended you for appointment, and we would like to offer you the role of {role}. I'll call you this afternoon to talk you through the package, and the written offer will follow by Friday.
We are delighted to extend an offer of employment for the position of {role}. Enclosed you will find the offer summary, the employee handbook and the pre-boarding checklist. The offer remains valid until 20 June; to accept, please complete the acceptance form in the onboarding portal and upload a copy of your identity document.
""",
        "oth_a7": """
We confirm that, as requested, your application for {role} has been withdrawn from our recruitment process. No further action is needed on your part. If you change your mind in the future, you are welcome to apply again for any open position.
SUBJECT: Reference request for Jordan Ellis || Jordan Ellis has applied for a position with {company} and has given your name as a referee. We would be grateful if you could complete the short confidential questionnaire via the link below by Wednesday; it should take no more than ten minutes. Your responses will be shared only with the hiring panel.
Welcome aboard! Ahead of your first day on 1 September, please complete your bank details, tax declaration and emergency contact in the employee self-service portal. Your laptop will be ready for collection at reception at 9:00, and your onboarding buddy will meet you there.
""",
        "oth_alert": """
SUBJECT: 6 new jobs matching your search "tax specialist" || Based on your saved search: Indirect Tax Specialist – Kestrel Biologics Inc. – Boston, MA – posted 2 days ago; VAT Manager – Brekkestad Maritime AS – Oslo – Easy Apply; Senior Tax Analyst – Northfield Utilities plc – Leeds – £48,000–£55,000. You are receiving this e-mail because you created a job alert; you can change its frequency or unsubscribe at any time.
""",
        "oth_cold": """
I came across your profile while mapping the procurement market for a client, a privately owned manufacturer of precision components that is building out its strategic sourcing team. It is a newly created role reporting to the CPO, with a hybrid set-up and a package well above market. Would you be open to a confidential 15-minute call this week? If the timing isn't right, no problem at all; just let me know and I won't chase.
""",
        "oth_newsletter": """
SUBJECT: Inside Northfield – careers newsletter, June edition || In this issue: how our apprentices rebuilt a substation in twelve weeks, five questions worth asking at the end of any interview, and a first look at our new hybrid working policy. Plus: open evenings in Leeds and Glasgow, and twelve newly published vacancies across engineering and finance.
""",
    },
    "de": {
        "rej_a7": """
Wir haben Ihre Bewerbungsunterlagen für die Position {role} mit großem Interesse gelesen. Das Auswahlverfahren ist inzwischen so weit fortgeschritten, dass eine Vorauswahl getroffen wurde. Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können. Diese Entscheidung stellt keine Bewertung Ihrer Qualifikation dar, sondern ergibt sich aus dem Abgleich mit dem konkreten Anforderungsprofil der Stelle.
Die Sichtung der auf die ausgeschriebene Stelle eingegangenen Bewerbungen ist abgeschlossen. Die Auswahlkommission hat sich für Bewerber*innen entschieden, deren Profil den Anforderungen in den Bereichen Vergaberecht und Vertragsmanagement noch genauer entspricht. Ihre Unterlagen werden daher nicht an die Fachabteilung weitergeleitet. Gemäß den datenschutzrechtlichen Bestimmungen werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht.
Vielen Dank für Ihr Interesse an einer Mitarbeit in unserem Haus. Wir haben Ihre Bewerbung eingehend geprüft und mit den Erfordernissen der ausgeschriebenen Stelle verglichen. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine andere Kandidatin gefallen ist, deren Qualifikation dem Anforderungsprofil näher kommt. Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne für künftige Vakanzen in Evidenz halten.
Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben zahlreiche qualifizierte Bewerbungen erhalten und uns für Personen entschieden, die mehr Erfahrung in der Führung interdisziplinärer Teams mitbringen. Ihr Bewerbungsdossier werden wir datenschutzkonform vernichten.
Danke, dass du dir die Zeit genommen hast, dich bei uns zu bewerben. Wir haben uns dein Profil genau angeschaut und im Team besprochen. Leider passt es für die Rolle als {role} aktuell nicht ganz, denn wir suchen jemanden mit mehr Erfahrung im B2B-Umfeld. Wir drücken dir die Daumen für deine weitere Suche!
SUBJECT: Statusänderung Ihrer Bewerbung – Stellen-ID 31077 || Stellen-ID 31077 | Position: {role} | Neuer Status: Absage – nicht berücksichtigt. Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail; Ihre übrigen Bewerbungen sehen Sie jederzeit in Ihrem Kandidatenprofil.
Wir haben Ihre Bewerbung als {role} sorgfältig geprüft. Für diese Stelle haben wir uns jedoch für andere Kandidat:innen entschieden. Da uns Ihr Profil grundsätzlich überzeugt hat, möchten wir Sie einladen, Teil unseres Talentpools zu werden, damit wir Sie gezielt informieren können, sobald eine passende Position frei wird. Die Aufnahme ist freiwillig und kann jederzeit widerrufen werden.
Ihre Bewerbung auf die Stelle {role} haben wir in den vergangenen Wochen intensiv geprüft. Im Ergebnis können wir Ihnen für diese Position leider kein Angebot machen. Wir möchten Sie jedoch auf unsere aktuellen Ausschreibungen im Bereich Controlling aufmerksam machen, für die Ihr Profil interessant sein könnte; eine erneute Bewerbung ist über unser Karriereportal jederzeit möglich.
Im Rahmen des Auswahlverfahrens wurden alle Bewerbungen anhand der in der Ausschreibung genannten Kriterien bewertet. Ihre Bewerbung hat die für eine Einladung zum Vorstellungsgespräch erforderliche Punktzahl nicht erreicht. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können. Ihre Unterlagen werden nach Ablauf der Frist gemäß AGG vernichtet.
Vielen Dank für die Teilnahme am Online-Eignungstest für unser Traineeprogramm. Die Auswertung ist nun abgeschlossen. Leider haben Sie die für den nächsten Auswahlschritt notwendige Mindestpunktzahl nicht erreicht, sodass wir Ihre Bewerbung in diesem Jahr nicht weiter berücksichtigen können. Eine erneute Bewerbung ist im nächsten Bewerbungszyklus möglich.
Ich habe inzwischen Rückmeldung von meinem Mandanten zu Ihrer Kandidatur erhalten. Man hat sich nach interner Abstimmung dafür entschieden, den Prozess mit Kandidaten fortzusetzen, die bereits Erfahrung in einer vergleichbaren Konzernstruktur mitbringen. Das tut mir leid, zumal ich Ihr Profil für sehr passend gehalten habe. Ich melde mich, sobald ich ein Mandat habe, das besser passt.
Leider müssen wir dir absagen, wir haben uns für eine andere Person entschieden. Danke für dein Interesse an {company} und alles Gute!
Für die ausgeschriebene Stelle ist eine gültige Arbeitsbewilligung für die Schweiz zwingend erforderlich, da wir für diese Funktion kein Bewilligungsverfahren für Drittstaatsangehörige einleiten können. Aus den uns vorliegenden Unterlagen geht hervor, dass diese Voraussetzung derzeit nicht erfüllt ist. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.
Wir bedanken uns für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben. Die Besetzung der Stelle {role} ist für unseren Geschäftsbereich von großer Bedeutung, weshalb wir uns für die Auswahl bewusst Zeit genommen haben. Nach Abwägung aller Gesichtspunkte wurde entschieden, die Position mit einer Bewerberin zu besetzen, deren Werdegang stärker auf die laufenden Projekte zugeschnitten ist. Wir bitten um Verständnis für diese Entscheidung.
Wir haben deine Bewerbung als {role} erhalten und uns intensiv damit beschäftigt. Nach reiflicher Überlegung haben wir entschieden, den Prozess mit anderen Bewerber*innen fortzuführen. Deine Daten löschen wir nach sechs Monaten automatisch, außer du stimmst der Aufnahme in unseren Talentpool zu.
Ihr beruflicher Werdegang hat uns beeindruckt. Gerade deshalb sind wir nach Rücksprache mit der Fachabteilung zu dem Ergebnis gekommen, dass die Position {role} Ihren Erfahrungen und Erwartungen nicht gerecht würde. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu verfolgen.
Wir haben die internen Interessensbekundungen für die befristete Projektstelle {role} ausgewertet. Die Stelle wird einer Kollegin vom Standort Linz übertragen, die bereits in das Vorgängerprojekt eingebunden war. Ihre Interessensbekundung bleibt für ein halbes Jahr in der Personalabteilung hinterlegt.
Ihre Bewerbung für {role} wurde von unserem Recruiting-Team geprüft. Status: Nicht weiter im Prozess. Wir bedanken uns für Ihr Interesse und freuen uns, wenn Sie sich bei passenden Stellen erneut bewerben.
""",
        "rej_a7_interview": """
Wir danken Ihnen für das angenehme und informative Vorstellungsgespräch am vergangenen Dienstag. Die Auswahlkommission hat sich nach Abschluss aller Gespräche eingehend beraten. Im Ergebnis wird die Stelle einer Mitbewerberin angeboten, die insbesondere im Bereich der Anlagenbuchhaltung über langjährige Erfahrung verfügt. Gern stehen wir Ihnen für ein kurzes Feedbackgespräch zur Verfügung.
Nochmals vielen Dank für Ihre Teilnahme an unserem Assessment-Center. Die Beobachter*innen haben ihre Einschätzungen aus Gruppenübung, Fallstudie und Interview zusammengeführt und dem Auswahlgremium vorgelegt. Leider können wir Ihnen für die Finalrunde keine Einladung aussprechen. Ihr individuelles Feedback-Protokoll erhalten Sie in den nächsten zwei Wochen per Post.
Danke dir nochmal für die Gespräche mit dem Team und die starke Präsentation deiner Case Study. Wir haben lange diskutiert und es war wirklich knapp, aber am Ende haben wir uns für eine andere Kandidatin entschieden, die schon mehr Erfahrung mit Pricing-Themen mitbringt. Wenn du magst, gebe ich dir gern telefonisch ausführliches Feedback.
Bezugnehmend auf unser Bewerbungsgespräch vom 12. Mai dürfen wir Ihnen mitteilen, dass die Entscheidung im Hearing zugunsten einer anderen Bewerberin ausgefallen ist. Wir bedanken uns für Ihre Zeit und die offene Gesprächsführung und würden uns freuen, wenn Sie uns bei künftigen Ausschreibungen wieder berücksichtigen.
Vielen Dank für das Telefoninterview. Ich habe meine Eindrücke mit der Fachbereichsleitung besprochen, und wir haben gemeinsam entschieden, Sie nicht zum Fachgespräch einzuladen. Ausschlaggebend war vor allem, dass die Stelle sehr vertiefte Kenntnisse in der Zollabwicklung erfordert.
Nach Abschluss der Vorstellungsgespräche hat die Auswahlkommission ihre Empfehlung abgegeben, und die Stelle wurde zwischenzeitlich besetzt. Ihr Gespräch wurde sehr positiv bewertet, weshalb wir Sie gern auf unsere Nachrückerliste setzen würden. Bitte teilen Sie uns mit, ob Sie damit einverstanden sind.
Wir danken Ihnen für die Zeit, die Sie sich für die beiden Gespräche und das Assessment genommen haben. Nach Abschluss der Referenzauskünfte hat sich die Geschäftsleitung für einen anderen Kandidaten entschieden. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.
""",
        "rej_a7_gone": """
Wir möchten Sie darüber informieren, dass die Stelle {role}, auf die Sie sich beworben haben, inzwischen besetzt wurde. Das Bewerbungsverfahren ist damit abgeschlossen, und Ihre Bewerbung kann leider nicht mehr berücksichtigt werden.
Aufgrund einer internen Umstrukturierung wurde entschieden, die ausgeschriebene Stelle {role} nicht nachzubesetzen. Das Auswahlverfahren wird hiermit eingestellt. Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für Ihr Verständnis.
Infolge eines konzernweiten Einstellungsstopps wurde die Ausschreibung für {role} bis auf Weiteres zurückgezogen. Da derzeit nicht absehbar ist, ob und wann die Stelle erneut ausgeschrieben wird, schließen wir alle laufenden Bewerbungsverfahren. Diese Entscheidung steht in keinem Zusammenhang mit Ihrer Qualifikation.
Das Stellenbesetzungsverfahren wurde durch die Umsetzung einer Beschäftigten aus dem eigenen Haus abgeschlossen. Eine Auswahl unter den externen Bewerbungen findet daher nicht statt. Ihre Unterlagen werden nach Ablauf von sechs Monaten vernichtet, sofern Sie nicht um Rücksendung bitten.
Die Ausschreibung setzt einen Abschluss als Diplom-Verwaltungswirt*in oder einen gleichwertigen Bachelorabschluss voraus. Dieser Nachweis ist Ihren Unterlagen nicht zu entnehmen. Ihre Bewerbung kann daher aus formalen Gründen im weiteren Verfahren nicht berücksichtigt werden.
Kurzes Update zur Stelle als {role}: Wir haben die Rolle leider gestrichen, weil sich unsere Prioritäten fürs zweite Halbjahr geändert haben. Deshalb schließen wir den Prozess für alle Bewerber*innen, und das hat nichts mit dir zu tun. Sorry für die Umstände!
""",
        "ack_a7": """
Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {role}. Ihre Unterlagen werden nun von unserer Personalabteilung gesichtet. Bitte haben Sie Verständnis dafür, dass die Bearbeitung aufgrund der hohen Zahl an Bewerbungen bis zu vier Wochen in Anspruch nehmen kann.
Ihre Bewerbung ist bei uns eingegangen. Auf eine Stelle wie diese bewerben sich bei uns durchschnittlich rund 200 Personen, und jede Bewerbung wird persönlich gelesen. Sollten Sie innerhalb von acht Wochen nach Ende der Bewerbungsfrist nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen.
Vielen Dank für die Übermittlung Ihrer Bewerbungsunterlagen über unser Karriereportal. Ihre personenbezogenen Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO ausschließlich zur Durchführung des Bewerbungsverfahrens verarbeitet und spätestens sechs Monate nach dessen Abschluss gelöscht. Über den weiteren Verlauf informieren wir Sie unaufgefordert.
Bewerbungsstatus: In Bearbeitung | Referenznummer: BW-2025-0388 | Position: {role} | Eingegangen am: 03.06.2025. Sie erhalten eine Benachrichtigung, sobald sich der Status Ihrer Bewerbung ändert.
Deine Bewerbung ist angekommen, danke! Wir schauen uns alles in Ruhe an und melden uns innerhalb von zwei Wochen bei dir. Falls du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.
Ihre Bewerbung für die Stelle {role} hat die erste Sichtung durchlaufen und liegt nun der Fachabteilung zur Prüfung vor. Erfahrungsgemäß dauert dieser Schritt etwa zehn Arbeitstage. Eine Entscheidung über eine Einladung zum Gespräch ist damit noch nicht getroffen.
Wir bestätigen das Einlangen Ihrer Bewerbung beim Magistrat. Die Bewerbungsfrist endet am 30. Juni; erst danach erfolgt die Prüfung der Unterlagen durch die Personalabteilung. Wir ersuchen Sie, von telefonischen Nachfragen zum Stand des Verfahrens abzusehen.
Gerne informieren wir Sie, dass sich der Auswahlprozess für die Stelle {role} aufgrund der Ferienzeit etwas verzögert. Ihr Dossier befindet sich nach wie vor im Verfahren, und es wurde noch keine Entscheidung getroffen. Wir werden uns bis spätestens Ende August bei Ihnen melden.
Ihre Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) liegen uns vollständig vor. Es sind derzeit keine weiteren Nachweise erforderlich. Ihre Bewerbung wird nun im Rahmen des regulären Verfahrens bearbeitet.
""",
        "inv_a7": """
Wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle {role} gekommen sind. Gerne möchten wir Sie zu einem persönlichen Vorstellungsgespräch vor der Auswahlkommission einladen. Bitte wählen Sie einen der folgenden Termine: Dienstag, 17. Juni, 9:30 Uhr; Dienstag, 17. Juni, 13:00 Uhr; oder Donnerstag, 19. Juni, 10:00 Uhr. Das Gespräch dauert etwa 60 Minuten und beginnt mit einer zehnminütigen Präsentation zu einem vorab mitgeteilten Thema.
Nach Sichtung Ihrer Unterlagen laden wir Sie herzlich zu unserem Assessment-Center am 26. Juni in unserer Zentrale in Mannheim ein. Der Tag umfasst eine Gruppendiskussion, eine Postkorbübung, eine Präsentation sowie ein strukturiertes Interview. Fahrtkosten werden nach dem Bundesreisekostengesetz erstattet. Bitte bestätigen Sie Ihre Teilnahme bis zum 18. Juni.
Sie werden hiermit zum schriftlichen Auswahltest für die Stelle {role} eingeladen. Der Test findet am Samstag, dem 5. Juli, um 9:00 Uhr im Verwaltungszentrum, Raum 2.14, statt und dauert 120 Minuten. Bitte bringen Sie einen amtlichen Lichtbildausweis sowie einen dokumentenechten Stift mit.
Danke für deine Bewerbung! Dein Profil klingt spannend und wir würden dich gern in einem kurzen Telefonat von etwa 20 Minuten besser kennenlernen. Such dir einfach über den Link unten einen passenden Termin aus.
Wie besprochen, erhalten Sie im Anhang die Fallstudie für die zweite Runde. Bitte bereiten Sie eine Präsentation von maximal 15 Minuten vor, die Sie am Mittwoch, 25. Juni, um 14:00 Uhr der Fachbereichsleitung und der Personalabteilung vorstellen. Im Anschluss ist Zeit für Rückfragen eingeplant.
Im nächsten Schritt möchten wir Sie bitten, ein zeitversetztes Videointerview zu absolvieren. Sie beantworten dabei vier Fragen, für die Sie jeweils bis zu drei Minuten Zeit haben. Der Link ist sieben Tage gültig.
Wir würden Sie gerne zu einem zweiten Gespräch mit unserer Geschäftsführung einladen. Als Termin schlagen wir Montag, den 30. Juni, um 10:00 Uhr an unserem Standort in Graz vor. Bitte geben Sie uns kurz Bescheid, ob Ihnen dieser Termin passt.
Gerne laden wir Sie zu einem Schnuppertag in unserem Team ein, damit Sie den Arbeitsalltag kennenlernen und wir Sie anhand einer praktischen Aufgabe besser einschätzen können. Vorgesehen ist Donnerstag, 3. Juli, von 8:00 bis 12:00 Uhr an unserem Standort in Aarberg.
SUBJECT: Terminbestätigung: Vorstellungsgespräch {role} || Hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch am Freitag, 20. Juni, 11:00–12:00 Uhr per Microsoft Teams. Ihre Gesprächspartner*innen sind Frau Dr. Albers (Bereichsleitung) und Herr Yılmaz (HR). Den Einwahllink finden Sie in der beigefügten Kalendereinladung.
""",
        "off_a7": """
Wir freuen uns, Ihnen nach erfolgreichem Abschluss des Auswahlverfahrens die Position {role} anbieten zu können. Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Das Bruttojahresgehalt beträgt 68.500 Euro, zahlbar in zwölf Monatsgehältern, zuzüglich einer variablen Vergütung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 27. Juni zurück.
Die Auswahlkommission hat beschlossen, Ihnen die Stelle {role} zu übertragen. Die Einstellung erfolgt vorbehaltlich der Zustimmung des Personalrats sowie der Vorlage eines erweiterten Führungszeugnisses und einer amtsärztlichen Untersuchung. Die Eingruppierung erfolgt in die Entgeltgruppe 11 TVöD. Bitte teilen Sie uns bis zum 4. Juli mit, ob Sie das Angebot annehmen.
Wir haben gute Nachrichten: Wir möchten dir die Stelle als {role} anbieten! Das Team war nach dem letzten Gespräch total begeistert. Dein Vertragsangebot kommt morgen per DocuSign, schau es dir in Ruhe an und melde dich, wenn du Fragen hast.
Wir haben Ihre Gehaltsvorstellung intern nochmals geprüft. Wir können Ihnen ein Jahresgehalt von CHF 118'000 bei 13 Monatslöhnen sowie eine zusätzliche Ferienwoche anbieten; die übrigen Konditionen bleiben unverändert. Wir würden uns sehr freuen, wenn Sie unser Angebot annehmen, und senden Ihnen nach Ihrer Zusage den angepassten Arbeitsvertrag zu.
Es freut uns sehr, Ihnen mitteilen zu dürfen, dass wir Sie als {role} in unser Team aufnehmen möchten. Gemäß Kollektivvertrag erfolgt die Einstufung in die Verwendungsgruppe J; das monatliche Bruttogehalt beträgt EUR 4.350,– (14-mal jährlich). Den Dienstvertrag übermitteln wir Ihnen, sobald Sie uns Ihre Zusage gegeben haben.
""",
        "oth_a7": """
Wir bestätigen hiermit den Rückzug Ihrer Bewerbung für die Position {role}. Ihre Daten werden entsprechend unserer Datenschutzerklärung gelöscht. Wir bedanken uns für Ihr Interesse und freuen uns, wenn Sie sich in Zukunft wieder bei uns bewerben.
Sie haben sich vor Kurzem bei {company} beworben. Damit wir unseren Bewerbungsprozess verbessern können, würden wir uns über Ihre Meinung freuen. Die Umfrage dauert etwa fünf Minuten und ist anonym; Ihre Antworten haben keinen Einfluss auf den Ausgang Ihres Bewerbungsverfahrens.
Herzlich willkommen an Bord! Damit dein erster Arbeitstag am 1. September reibungslos startet, trag bitte bis Ende Juli deine Bankverbindung, Steuer-ID und Sozialversicherungsnummer im Mitarbeiterportal ein. Dein Laptop liegt ab 9 Uhr am Empfang für dich bereit.
""",
        "oth_alert": """
SUBJECT: 8 neue Jobs für „Einkauf“ in Stuttgart und Umgebung || Neue Stellenangebote zu Ihrem Suchauftrag: Strategischer Einkäufer (m/w/d) – Oberrieder Anlagenbau GmbH – Stuttgart; Sachbearbeiter*in Beschaffung – Aarberg Energie AG – Teilzeit möglich; Lead Buyer Elektronik – Kestrel Biologics Inc. – Esslingen – vor 3 Tagen veröffentlicht. Suchauftrag bearbeiten oder abbestellen können Sie in Ihrem Konto.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und melde mich im Auftrag eines familiengeführten Maschinenbauunternehmens aus dem Raum Ulm, das die Leitung seines strategischen Einkaufs neu besetzt. Die Position ist direkt der Geschäftsführung unterstellt und bietet viel Gestaltungsspielraum. Hätten Sie Interesse an einem vertraulichen Telefonat von 15 Minuten in dieser Woche? Falls der Zeitpunkt nicht passt, ist das selbstverständlich kein Problem.
""",
        "oth_newsletter": """
SUBJECT: Karriere-Newsletter Juni: Einblicke, Tipps und neue Stellen || In dieser Ausgabe: fünf Tipps für Ihr nächstes Gehaltsgespräch, ein Tag mit unseren Auszubildenden in der Instandhaltung und alles Wichtige zu unserem neuen Modell für mobiles Arbeiten. Außerdem: Termine unserer Karriere-Infoabende in Mannheim und Zürich sowie 14 neu ausgeschriebene Stellen.
""",
    },
    "fr": {
        "rej_a7": """
Nous avons bien pris connaissance de votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à {company}. Votre profil a retenu toute notre attention. Après examen attentif de votre dossier, nous sommes toutefois au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable. Nous conservons vos coordonnées dans notre vivier afin de vous recontacter si une opportunité correspondant davantage à votre parcours venait à se présenter.
La commission de sélection s'est réunie le 12 juin afin d'étudier l'ensemble des candidatures reçues. Au regard du nombre important de dossiers et des exigences spécifiques du poste, elle a retenu des profils dont l'expérience correspond plus étroitement aux besoins du service. Votre candidature n'a donc pas été retenue pour la suite de la procédure.
Nous avons terminé l'analyse des candidatures reçues dans le cadre de l'affichage du poste de {role}. Nous tenons à vous remercier d'avoir soumis votre candidature. Malheureusement, votre profil n'a pas été retenu pour la prochaine étape du processus de sélection. Nous vous invitons à consulter régulièrement notre site carrière et à postuler sur tout autre poste susceptible de vous intéresser.
Nous avons le regret de vous faire savoir que votre candidature pour la fonction de {role} n'a pas été retenue. Nous avons reçu un grand nombre de candidatures de qualité, et notre choix s'est porté sur des profils disposant d'une expérience plus longue dans le secteur bancaire. Vos données seront conservées pendant deux ans dans notre réserve de recrutement, sauf opposition de votre part.
Merci d'avoir pris le temps de postuler chez {company} ! On a bien étudié ton profil en équipe. Malheureusement, on ne va pas donner suite pour le poste de {role}, car on cherche quelqu'un avec davantage d'expérience en vente B2B. On te souhaite plein de réussite dans ta recherche.
SUBJECT: Mise à jour de votre candidature – réf. 2025-FR-0814 || Référence : 2025-FR-0814 | Poste : {role} | Statut : Candidature non retenue. Ce message est généré automatiquement, merci de ne pas y répondre. Vous pouvez suivre vos autres candidatures depuis votre espace candidat.
Nous vous remercions pour votre candidature au poste de {role}. Après une analyse approfondie, nous avons décidé de poursuivre le processus avec d'autres candidat·e·s. Votre profil nous ayant néanmoins intéressés, nous vous proposons de rejoindre notre communauté de talents afin d'être informé·e en priorité de nos futures offres. Cette inscription est facultative.
Votre candidature au poste de {role} a été étudiée avec attention par nos équipes. Nous ne sommes malheureusement pas en mesure de la retenir pour ce poste. En revanche, votre expérience pourrait correspondre à d'autres offres actuellement publiées au sein de notre direction financière ; n'hésitez pas à y postuler directement depuis votre espace candidat.
Nous vous informons qu'à l'issue de l'examen des dossiers par le jury, votre candidature au recrutement sur titres pour le poste de {role} n'a pas été retenue pour l'épreuve d'admission. La liste des candidats autorisés à poursuivre sera publiée sur le site de l'établissement. Vous pouvez solliciter la communication de la fiche d'évaluation de votre dossier.
Vous avez récemment passé les tests en ligne de raisonnement numérique et verbal dans le cadre de notre programme Graduate. Vos résultats ont été analysés au regard du seuil fixé pour cette promotion. Nous avons le regret de vous annoncer qu'ils ne permettent pas de poursuivre votre candidature cette année ; vous pourrez postuler de nouveau lors de la prochaine campagne.
Je reviens vers vous concernant le poste de {role} chez mon client. Après étude des profils présentés, celui-ci a choisi de poursuivre avec des candidats ayant une expérience plus directe de la gestion de sites industriels. Je suis désolé de ne pas avoir de meilleure nouvelle ; je garde bien entendu votre CV pour mes prochaines missions.
Nous avons étudié votre dossier avec soin. Malheureusement, nous ne pouvons pas retenir votre candidature, le poste exigeant un permis de travail valable en Suisse, que nous ne sommes pas en mesure de solliciter pour ce type de fonction. Nous vous remercions de votre compréhension.
Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Merci pour l'intérêt que vous portez à {company}.
Nous vous remercions de la confiance que vous nous avez témoignée en nous adressant votre candidature. Le recrutement pour le poste de {role} constitue un enjeu important pour notre direction, et nous avons pris le temps nécessaire pour étudier chaque dossier. Au terme de cette réflexion, le poste sera proposé à une personne dont le parcours correspond plus précisément aux projets en cours. Nous espérons que vous comprendrez notre décision.
Votre dossier a fait l'objet d'une première lecture par notre équipe Recrutement. Compte tenu des critères définis pour ce poste, il ne sera pas transmis au manager opérationnel. Nous vous remercions néanmoins vivement de l'intérêt que vous portez à nos activités.
Votre parcours est remarquable, et c'est précisément pour cette raison que nous avons estimé, en accord avec le manager, que le poste de {role} ne correspondrait ni à votre niveau d'expérience ni à vos attentes. Nous avons donc décidé de ne pas poursuivre le processus avec vous.
Nous avons étudié l'ensemble des candidatures reçues dans le cadre de la mobilité interne pour le poste de {role}. Le choix du comité s'est porté sur une collaboratrice du site de Lyon, déjà impliquée dans le projet. Nous vous encourageons à rester attentif ou attentive aux prochaines offres de la bourse de l'emploi interne.
Nous avons reçu un nombre élevé de candidatures pour le poste de {role}, et seules les personnes retenues pour une entrevue sont contactées. Après analyse de votre dossier, nous vous informons toutefois que votre candidature ne sera pas considérée pour la suite du processus. Nous vous remercions de l'intérêt manifesté envers notre organisation.
""",
        "rej_a7_interview": """
Nous tenons à vous remercier pour l'entretien que vous nous avez accordé le 3 juin ainsi que pour la qualité de nos échanges. Le jury a depuis auditionné l'ensemble des candidat·e·s présélectionné·e·s et a délibéré. Nous sommes au regret de vous informer que le poste sera proposé à une autre personne, dont l'expérience en contrôle de gestion industriel correspond plus étroitement à nos attentes. Nous restons à votre disposition pour un retour plus détaillé.
Merci pour votre participation à notre journée d'évaluation. Les observations des évaluateurs sur la mise en situation, l'étude de cas et l'entretien de motivation ont été consolidées par le comité de sélection. À l'issue de ses délibérations, votre candidature n'est pas retenue pour l'entretien final. Un compte rendu individuel vous sera adressé sous quinze jours.
Merci encore pour ton temps et pour ta présentation de l'étude de cas jeudi. Franchement, ça s'est joué à peu de chose, mais l'équipe a finalement choisi un autre profil, un peu plus expérimenté sur la partie pricing. Si tu veux, je peux t'appeler pour te faire un retour détaillé.
Nous vous remercions d'avoir participé à l'entrevue pour le poste de {role}. Le comité de sélection a complété l'évaluation de l'ensemble des candidatures, et nous avons le regret de vous informer que votre candidature n'a pas été retenue. Votre nom ne sera donc pas inscrit sur la liste de déclaration d'aptitudes pour cet emploi.
Suite à notre échange téléphonique de mardi, j'ai fait part de mes notes à la responsable du recrutement. Nous avons convenu de ne pas donner suite pour l'entretien technique, le poste requérant une maîtrise approfondie des normes IFRS que nous n'avons pas retrouvée dans votre parcours.
À la suite de l'épreuve orale, le jury a établi le classement final des lauréats. Vous avez réussi l'épreuve, mais vous n'êtes pas classé·e en ordre utile pour le poste à pourvoir. Vous êtes toutefois repris·e dans la réserve de recrutement, valable deux ans, et pourriez être contacté·e si un poste similaire se libère.
À l'issue des entretiens finaux et de la prise de références, la direction a arrêté son choix pour le poste de {role}. Nous sommes désolés de vous annoncer que ce choix ne s'est pas porté sur votre candidature. Nous avons beaucoup apprécié votre implication tout au long du processus.
""",
        "rej_a7_gone": """
Nous vous informons que le poste de {role} pour lequel vous avez postulé a été pourvu. Le processus de recrutement est désormais clos, et votre candidature ne pourra donc pas être examinée plus avant.
À la suite d'une réorganisation interne, la direction a décidé de ne pas pourvoir le poste de {role}. Le recrutement est donc annulé et l'ensemble des candidatures reçues ont été clôturées. Nous vous prions de bien vouloir nous excuser pour ce contretemps.
En raison d'un gel des recrutements décidé au niveau du groupe, l'offre de {role} a été suspendue jusqu'à nouvel ordre. Ne pouvant vous indiquer si et quand elle sera republiée, nous préférons clore dès à présent les candidatures en cours. Cette décision n'est en aucun cas liée à votre profil.
Le poste de {role} publié sur la Place de l'emploi public a été pourvu par voie de mutation interne. Les candidatures externes n'ont, par conséquent, pas pu être examinées. Nous vous remercions pour l'intérêt porté à notre collectivité.
L'accès à ce poste est réservé aux fonctionnaires titulaires ou aux lauréats d'un concours de catégorie A. Les pièces transmises ne permettent pas d'établir que vous remplissez cette condition. Votre candidature est donc déclarée irrecevable.
Nous désirons vous aviser que l'affichage du poste de {role} a été annulé, le besoin ayant été comblé à l'interne. Votre candidature ne sera donc pas traitée. Nous vous remercions de l'intérêt démontré envers notre organisation.
""",
        "ack_a7": """
Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Votre dossier va être étudié avec attention par notre équipe Recrutement. Compte tenu du nombre important de candidatures, le délai de traitement peut atteindre trois semaines.
Votre candidature a bien été enregistrée. Pour information, nous recevons en moyenne plus de 250 candidatures par offre, et chacune est lue par un membre de notre équipe. Sans retour de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Nous confirmons la réception de votre dossier de candidature. Les données personnelles que vous nous avez transmises sont traitées uniquement dans le cadre de ce recrutement et conservées au maximum deux ans après notre dernier contact, conformément au RGPD. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement à tout moment depuis votre espace candidat.
Statut de votre candidature : En cours d'examen | Réf. : CAND-55102 | Poste : {role} | Date de dépôt : 02/06/2025. Vous recevrez une notification dès que le statut évoluera.
Ta candidature est bien arrivée chez nous, merci ! On regarde tout ça avec attention et on revient vers toi d'ici deux semaines maximum, quelle que soit la réponse.
Votre candidature pour le poste de {role} a passé la première étape de présélection et a été transmise au responsable du service concerné. Cette étape prend généralement une dizaine de jours ouvrés. Aucune décision n'a encore été prise quant à un éventuel entretien.
Nous avons bien reçu votre candidature et nous vous en remercions. Veuillez noter que seules les personnes dont la candidature sera retenue pour une entrevue seront contactées. Pour toute question, vous pouvez nous joindre par courriel à l'adresse indiquée dans l'affichage.
Nous souhaitions vous tenir informé·e de l'avancement du recrutement pour le poste de {role}. En raison de la période estivale, le processus prend un peu plus de temps que prévu. Votre candidature est toujours à l'étude et aucune décision n'a encore été prise ; nous reviendrons vers vous d'ici fin août.
Votre candidature au poste de {role} a été enregistrée par le service des ressources humaines de la collectivité. L'examen des dossiers débutera après la date limite de dépôt, fixée au 30 juin. Nous vous remercions de ne pas relancer le service par téléphone.
""",
        "inv_a7": """
Nous avons le plaisir de vous informer que votre candidature au poste de {role} a été présélectionnée. Nous souhaiterions vous rencontrer lors d'un entretien avec un jury composé de trois personnes. Merci de nous indiquer le créneau qui vous convient parmi les suivants : mardi 17 juin à 9 h 30, mardi 17 juin à 14 h ou jeudi 19 juin à 10 h. L'entretien durera environ une heure et débutera par une présentation de dix minutes sur un sujet qui vous sera communiqué la veille.
Nous avons le plaisir de vous convier à notre journée d'évaluation le 26 juin dans nos locaux de La Défense. Au programme : un exercice de groupe, une étude de cas, un jeu de rôle et un entretien individuel. Merci de confirmer votre présence avant le 18 juin et de nous signaler tout aménagement dont vous auriez besoin.
Votre dossier ayant été retenu, vous êtes convoqué·e à l'épreuve écrite d'admissibilité le samedi 5 juillet à 9 h. L'épreuve consiste en une note de synthèse d'une durée de trois heures. Vous voudrez bien vous munir de la présente convocation et d'une pièce d'identité en cours de validité.
Nous avons bien reçu votre candidature pour le poste de {role} et nous aimerions vous rencontrer en entrevue. Seriez-vous disponible pour une rencontre virtuelle d'environ 45 minutes la semaine prochaine ? Vous pouvez réserver directement une plage horaire à l'aide du lien ci-dessous.
Ton profil nous a tapé dans l'œil ! Est-ce que tu serais dispo pour un premier appel de 20 minutes cette semaine ? Choisis simplement le créneau qui t'arrange via le lien.
Pour la prochaine étape, nous vous proposons une étude de cas, dont vous trouverez l'énoncé en pièce jointe. Vous disposerez d'une semaine pour la préparer, puis vous la présenterez au manager et à la DRH lors d'un échange d'une heure le mercredi 25 juin à 14 h.
Suite à l'analyse de votre candidature, nous avons le plaisir de vous inviter à un entretien dans nos bureaux de Namur le lundi 30 juin à 10 h. Merci de bien vouloir confirmer votre présence par retour de courriel. Vos frais de déplacement vous seront remboursés sur base d'une note de frais.
Dans le cadre de votre candidature, nous vous invitons à passer un entretien vidéo différé. Vous répondrez à quatre questions, avec deux minutes de réponse par question. Le lien est valable cinq jours.
SUBJECT: Confirmation de votre entretien – {role} || Nous vous confirmons votre entretien le vendredi 20 juin de 11 h à 12 h via Microsoft Teams, avec Mme Renaud (directrice du site) et M. Haddad (RH). Le lien de connexion figure dans l'invitation jointe.
""",
        "off_a7": """
Nous avons le plaisir de vous confirmer notre proposition d'embauche pour le poste de {role}, en contrat à durée indéterminée, à compter du 1er septembre. Votre rémunération annuelle brute s'élèvera à 52 000 euros, versée sur douze mois et assortie d'une part variable pouvant atteindre 10 %. Cette promesse d'embauche est valable jusqu'au 27 juin ; nous vous remercions de nous la retourner datée et signée pour acceptation.
J'ai le plaisir de vous informer que le jury a retenu votre candidature pour le poste de {role}. Votre recrutement par voie contractuelle interviendra sous réserve de la production d'un extrait de casier judiciaire et de l'avis favorable du médecin agréé. Je vous remercie de me faire connaître votre accord avant le 4 juillet.
Suite à nos échanges concernant votre rémunération, nous sommes en mesure de porter le salaire fixe à 61 000 euros bruts annuels et d'ajouter une prime de bienvenue de 3 000 euros. Les autres conditions de notre offre restent inchangées. Une lettre d'offre actualisée vous sera envoyée dès réception de votre accord.
C'est avec plaisir que nous vous offrons le poste de {role} au sein de notre équipe. Le salaire annuel proposé est de 78 500 $, assorti de quatre semaines de vacances et de notre régime d'assurances collectives. Vous trouverez ci-joint la lettre d'offre, à signer électroniquement d'ici vendredi.
Bonne nouvelle : on aimerait beaucoup que tu rejoignes l'équipe en tant que {role} ! Tu vas recevoir ta proposition de contrat d'ici demain pour signature électronique. N'hésite pas à m'appeler si tu as des questions sur le package.
""",
        "oth_a7": """
SUBJECT: Demande de référence – Camille Roux || Camille Roux a postulé chez {company} et vous a cité·e comme référence professionnelle. Accepteriez-vous de nous consacrer quinze minutes par téléphone cette semaine pour échanger sur votre collaboration ? Vos réponses resteront strictement confidentielles.
Nous avons le plaisir de vous inviter à notre Forum Carrières le jeudi 12 juin, de 17 h à 20 h, dans nos locaux de Bruxelles. Au programme : présentation de nos métiers, rencontres avec nos équipes et ateliers CV. L'inscription est gratuite mais obligatoire.
Nous prenons acte de votre décision de retirer votre candidature au poste de {role}. Votre dossier a été clôturé à votre demande. Nous vous remercions de nous en avoir informés et restons ouverts à une future candidature de votre part.
""",
        "oth_alert": """
SUBJECT: 5 nouvelles offres pour « contrôleur de gestion » à Lyon || Nouvelles offres correspondant à votre alerte : Contrôleur de gestion industriel H/F – Vellerin Assurances SA – Lyon 3e – CDI; Analyste financier·ère – Oberrieder Anlagenbau GmbH – Villeurbanne – publiée il y a 2 jours; Business Controller – Kestrel Biologics Inc. – Genève – 95 000–110 000 CHF. Pour modifier ou supprimer votre alerte, rendez-vous dans votre compte.
""",
        "oth_cold": """
Je me permets de vous contacter car votre parcours a retenu mon attention dans le cadre d'une mission confiée par l'un de nos clients, un groupe industriel familial qui recrute son ou sa futur·e responsable achats stratégiques. Le poste est rattaché directement au directeur général, basé à Lille avec deux jours de télétravail. Seriez-vous ouvert·e à un échange confidentiel d'un quart d'heure cette semaine ? Si le moment n'est pas opportun, aucun souci.
""",
        "oth_newsletter": """
SUBJECT: La lettre Carrières – édition de juin || Au sommaire ce mois-ci : trois conseils pour réussir un entretien en visio, le témoignage d'une alternante devenue cheffe de projet, et les coulisses de notre nouveau campus à Namur. À noter aussi : nos prochains job datings à Bruxelles et Montréal, et une vingtaine de nouvelles offres publiées.
""",
    },
    "es": {
        "rej_a7": """
Le agradecemos el interés mostrado en formar parte de {company} y el tiempo dedicado a su candidatura para el puesto de {role}. Hemos recibido un número muy elevado de solicitudes con perfiles de gran calidad. Tras analizar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos en nuestra base de candidatos durante un año, salvo que nos indique lo contrario.
El comité de selección ha concluido la valoración de los currículos recibidos para la vacante. Tras la deliberación, se ha acordado continuar el proceso con las personas candidatas cuyo perfil se ajusta en mayor medida a los requisitos técnicos del puesto. En consecuencia, su candidatura no será remitida al área responsable de la contratación.
Agradecemos tu postulación a la vacante de {role}. Después de revisar tu perfil con el área solicitante, te informamos que en esta ocasión no continuarás en el proceso de reclutamiento. Te invitamos a seguir consultando nuestra bolsa de trabajo, ya que constantemente publicamos nuevas oportunidades.
Gracias por postularte para la búsqueda de {role}. Revisamos tu CV con el equipo y, por ahora, decidimos avanzar con otros perfiles que tienen más experiencia en retail. Te vamos a tener en cuenta para próximas búsquedas, así que no dudes en seguir postulándote.
SUBJECT: Actualización de su solicitud – REQ-40917 || Referencia: REQ-40917 | Puesto: {role} | Estado: No seleccionado. Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección. Puede consultar el resto de sus solicitudes en su perfil de candidato.
Hemos revisado con atención tu candidatura para el puesto de {role}. Aunque en esta ocasión hemos optado por otros perfiles, tu experiencia nos ha parecido muy interesante, por lo que nos gustaría invitarte a formar parte de nuestra comunidad de talento. Así te avisaremos en primer lugar cuando surja una vacante que encaje contigo.
Tras estudiar su perfil, no podemos ofrecerle continuar en el proceso para {role}. No obstante, consideramos que su experiencia podría encajar en otras posiciones abiertas actualmente en nuestro departamento de operaciones, a las que puede inscribirse directamente desde el portal de empleo.
Finalizada la fase de valoración de méritos, se publica la relación provisional de aspirantes que continúan en el proceso selectivo. Le comunicamos que su puntuación no alcanza la mínima exigida, por lo que no figura entre las personas seleccionadas para la fase de entrevista. Dispone de un plazo de diez días hábiles para presentar alegaciones.
Gracias por realizar las pruebas online de razonamiento numérico y verbal de nuestro programa de graduados. Una vez evaluados los resultados, lamentamos informarte de que no has alcanzado la puntuación mínima necesaria para avanzar a la siguiente fase. Podrás volver a inscribirte en la próxima convocatoria.
Le escribo para contarle que ya recibí la retroalimentación de mi cliente sobre su hoja de vida para el cargo de {role}. Luego de revisar varios perfiles, decidieron continuar con candidatos que tienen experiencia más directa en el sector de hidrocarburos. Lamento no traerle mejores noticias; la tendré en cuenta para futuras búsquedas.
Para este puesto es imprescindible contar con permiso de trabajo vigente en España, ya que la empresa no puede tramitar autorizaciones de residencia y trabajo para esta posición. Según la información facilitada, no cumple este requisito, por lo que no podemos continuar con su candidatura.
Lamentamos informarte que no seguiremos adelante con tu candidatura. ¡Gracias por tu interés en {company}!
Queremos agradecerle la confianza depositada en nuestra organización al presentar su candidatura. La incorporación de un perfil de {role} es estratégica para la dirección, por lo que hemos dedicado el tiempo necesario a revisar cada expediente. Finalmente, el puesto será ofrecido a una persona cuya trayectoria se ajusta más a los proyectos que tenemos en marcha. Esperamos que comprenda nuestra decisión.
Junto con saludar, le informamos que su postulación al cargo de {role} fue revisada por nuestro equipo de selección. Lamentablemente, su perfil no avanzó a la siguiente etapa del proceso. Agradecemos su interés y le invitamos a postular a futuras ofertas.
Su trayectoria profesional nos ha parecido muy sólida. Precisamente por ello, y tras comentarlo con el responsable del área, creemos que el puesto de {role} no estaría a la altura de su experiencia ni de sus expectativas, y hemos decidido no continuar con su candidatura.
Hemos analizado todas las solicitudes internas recibidas para la vacante de {role}. El puesto se asignará a una compañera de la delegación de Valencia que ya participa en el proyecto. Tu solicitud permanecerá registrada durante seis meses por si surge una oportunidad similar.
Su perfil ha sido evaluado en una primera revisión curricular. Dado que no cumple con el requisito de nivel C1 de inglés indicado en la oferta, su candidatura no pasará a la siguiente fase ni será enviada al responsable de contratación.
Queremos informarle que, tras revisar las solicitudes, la vacante de {role} continúa con otros candidatos y su solicitud ha sido marcada como no seleccionada. Su perfil en nuestro portal seguirá activo y podrá postularse a otras vacantes.
""",
        "rej_a7_interview": """
Le agradecemos sinceramente la entrevista mantenida el pasado día 4 y el interés demostrado. El tribunal ha entrevistado a todas las personas finalistas y ha deliberado. Lamentamos comunicarle que el puesto se ofrecerá a otra candidata, cuya experiencia en auditoría interna se ajusta más a lo que buscamos. Quedamos a su disposición si desea recibir una valoración más detallada.
Gracias por participar en nuestro assessment center. Los evaluadores han puesto en común sus observaciones de la dinámica de grupo, el caso práctico y la entrevista por competencias. Tras la deliberación del comité, no podrá continuar a la entrevista final. Recibirá su informe individual en los próximos diez días.
Muchas gracias por tu tiempo en las entrevistas y por la presentación del caso. La decisión estuvo muy reñida, pero el equipo decidió avanzar con otra persona que tiene más experiencia en planeación de demanda. Si quieres, con gusto te doy retroalimentación por teléfono.
Tras nuestra conversación telefónica del martes, compartí mis notas con la gerente del área. Hemos acordado no avanzar a la entrevista técnica, ya que el puesto requiere un dominio profundo de SAP FI que no hemos identificado en su experiencia.
Concluidas las entrevistas, la comisión de selección ha propuesto la contratación de otra persona aspirante. Dada su buena valoración, le proponemos incluirle en la bolsa de empleo asociada a este proceso durante doce meses. Le rogamos nos confirme si está de acuerdo.
Te agradecemos mucho por haber participado de las entrevistas para la posición de {role}. Después de evaluar a todos los finalistas, decidimos avanzar con otro candidato. Valoramos mucho tu predisposición durante todo el proceso.
Una vez finalizadas las entrevistas y la verificación de referencias, la dirección ha tomado una decisión sobre el puesto de {role}. Lamentamos informarle de que no ha sido a su favor. Hemos valorado mucho su implicación a lo largo de todo el proceso.
""",
        "rej_a7_gone": """
Le informamos que la vacante de {role} a la que se postuló ya ha sido cubierta. El proceso de selección ha finalizado y, por tanto, su candidatura no podrá ser considerada.
Debido a una reestructuración interna, la empresa ha decidido cancelar el proceso de selección para el puesto de {role}. Todas las candidaturas recibidas han sido cerradas. Lamentamos las molestias que esto pueda ocasionarle.
Por un congelamiento de contrataciones a nivel corporativo, la vacante de {role} quedó en pausa por tiempo indefinido. Como no sabemos si se volverá a abrir, preferimos cerrar las postulaciones activas. Esta decisión no tiene relación con tu perfil.
Se comunica que, por resolución de la Dirección General, queda sin efecto la convocatoria para la plaza de {role}, al haberse cubierto mediante redistribución de efectivos. Se da por concluido el procedimiento para todas las personas aspirantes.
Revisada la documentación aportada, se ha comprobado que no acredita la titulación exigida en las bases de la convocatoria. Por este motivo, figura en la lista provisional de personas excluidas. Podrá subsanar el defecto en el plazo de diez días hábiles.
Queremos informarle que el cargo de {role} fue retirado de la convocatoria, pues la necesidad se cubrió con personal interno. Por esta razón, su hoja de vida no continuará en el proceso.
""",
        "ack_a7": """
Hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo de Selección la revisará con atención. Debido al elevado volumen de solicitudes, el proceso de revisión puede prolongarse hasta cuatro semanas.
Su solicitud ha quedado registrada. Cada oferta recibe de media más de 300 candidaturas, y todas son revisadas por una persona de nuestro equipo. Si transcurridas seis semanas no ha recibido noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasión.
Le confirmamos la recepción de su currículum. De conformidad con el RGPD y la LOPDGDD, sus datos serán tratados exclusivamente para la gestión de este proceso de selección y se conservarán durante un máximo de doce meses. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.
Estado de tu candidatura: En revisión | Referencia: ES-2025-1177 | Puesto: {role} | Fecha de envío: 02/06/2025. Te notificaremos cualquier cambio en el estado.
¡Recibimos tu postulación! Nuestro equipo de Atracción de Talento revisará tu perfil y, si coincide con lo que busca el área, te contactaremos para agendar una entrevista. Mientras tanto, puedes seguir el estatus desde tu cuenta.
Su candidatura para {role} ha superado el primer filtro y ha sido trasladada al responsable del departamento para su valoración. Esta fase suele durar unos diez días hábiles. Aún no se ha tomado ninguna decisión sobre una posible entrevista.
Queríamos informarle de que el proceso para {role} se está alargando algo más de lo previsto por el periodo vacacional. Su candidatura sigue en estudio y todavía no se ha tomado ninguna decisión. Esperamos poder darle una respuesta antes de finales de agosto.
Junto con saludar, confirmamos la recepción de sus antecedentes para el cargo de {role}. Una vez cerrado el periodo de postulación, nuestro equipo revisará los perfiles y contactará a quienes avancen a la etapa de entrevistas.
Su solicitud de participación en el proceso selectivo ha sido registrada con el número de entrada 2025/004512. La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios de la sede electrónica.
""",
        "inv_a7": """
Nos complace comunicarle que su candidatura para el puesto de {role} ha sido preseleccionada. Nos gustaría invitarle a una entrevista presencial con un panel de tres personas. Le rogamos que nos indique cuál de estas franjas le viene mejor: martes 17 de junio a las 9:30, martes 17 a las 13:00 o jueves 19 a las 10:00. La entrevista durará aproximadamente una hora.
Tenemos el placer de invitarle a nuestro assessment center, que se celebrará el 26 de junio en nuestras oficinas de Madrid. La jornada incluirá una dinámica de grupo, un caso práctico y una entrevista individual. Le agradeceríamos que confirmara su asistencia antes del 18 de junio.
Se le convoca a la realización del primer ejercicio de la fase de oposición, de carácter escrito, que tendrá lugar el sábado 5 de julio a las 9:00 horas en la Facultad de Derecho. Deberá presentarse con el DNI original y bolígrafo azul.
Vimos tu perfil y nos encantaría platicar contigo sobre la vacante de {role}. ¿Tendrías 20 minutos esta semana para una llamada? Puedes agendar directamente en el horario que prefieras con el enlace de abajo.
Como siguiente paso, le proponemos resolver un caso práctico, cuyo enunciado encontrará adjunto. Tendrá una semana para prepararlo y lo presentará ante la directora del área y el equipo de RR. HH. el miércoles 25 de junio a las 16:00.
Te invitamos a completar una entrevista en video pregrabada como parte del proceso para {role}. Responderás cinco preguntas y tendrás dos minutos para cada respuesta. El enlace estará activo durante cinco días.
Nos gustaría coordinar una segunda entrevista con el gerente de la unidad de negocio. ¿Te queda bien el lunes 30 a las 10 en nuestras oficinas de Palermo? Si no, decinos qué días te quedan cómodos.
Como parte del proceso, le invitamos a realizar una evaluación psicométrica en línea. La prueba tiene una duración aproximada de 40 minutos y debe completarse antes del viernes a las 23:59, hora de Ciudad de México.
SUBJECT: Confirmación de entrevista – {role} || Le confirmamos su entrevista el viernes 20 de junio de 11:00 a 12:00 por Microsoft Teams con la Sra. Lozano (Dirección Financiera) y el Sr. Ibarra (Recursos Humanos). Encontrará el enlace en la convocatoria adjunta.
""",
        "off_a7": """
Nos complace ofrecerle el puesto de {role} en {company}, con contrato indefinido y fecha de incorporación el 1 de septiembre. La retribución bruta anual será de 48.000 euros, distribuida en catorce pagas, más un variable de hasta el 10 %. Le rogamos que nos devuelva firmada la carta de oferta antes del 27 de junio.
Tenemos el gusto de comunicarle que ha sido seleccionado para el puesto de {role}. La contratación queda condicionada a la verificación de referencias, la presentación del certificado de antecedentes penales y el resultado satisfactorio del examen médico de ingreso. Le rogamos que nos confirme su aceptación en un plazo de cinco días hábiles.
Tras revisar su contrapropuesta con el área de Compensación, podemos aumentar el salario base a 56.000 euros y añadir un bono de incorporación de 4.000 euros. El resto de las condiciones se mantienen. Le enviaremos la carta de oferta actualizada en cuanto nos confirme su aceptación.
¡Felicidades! Nos da mucho gusto ofrecerte la posición de {role}. El sueldo mensual bruto es de 62,000 pesos, con prestaciones superiores a las de ley, vales de despensa y seguro de gastos médicos mayores. Adjuntamos la carta oferta para tu firma.
Nos complace informarle que ha sido seleccionado para el cargo de {role}. Adjuntamos la propuesta laboral con las condiciones salariales y el contrato a término indefinido. Le agradecemos enviarnos su aceptación firmada y los documentos para la vinculación antes del viernes.
""",
        "oth_a7": """
Recientemente participaste en un proceso de selección en {company}. Nos ayudaría mucho conocer tu opinión sobre la experiencia: la encuesta es anónima y te llevará unos cinco minutos. Tus respuestas no influyen en el resultado de tu proceso.
¡Bienvenido a bordo! Antes de tu primer día, el 1 de septiembre, completa tus datos bancarios, tu número de afiliación a la Seguridad Social y el modelo 145 en el portal del empleado. Tu portátil estará listo en recepción a las 9:00.
Confirmamos que, según nos solicitó, hemos retirado su candidatura del proceso para {role}. No es necesario que realice ninguna otra acción. Si en el futuro cambia de opinión, podrá volver a postularse a cualquier vacante.
""",
        "oth_alert": """
SUBJECT: 7 nuevas ofertas de "analista de compras" en Madrid || Ofertas nuevas según tu búsqueda guardada: Analista de Compras Sr. – Ferronor Minería S.A. – Madrid – publicada hace 1 día; Técnico/a de Aprovisionamiento – Vellerin Assurances SA – Alcobendas – híbrido; Buyer Indirectos – Kestrel Biologics Inc. – Barcelona – 38.000–45.000 €. Puedes modificar la frecuencia de tus alertas o darte de baja en cualquier momento.
""",
        "oth_cold": """
Le escribo porque su perfil encaja con una búsqueda confidencial que estamos llevando a cabo para una empresa minera con operaciones en Chile y Perú, que está creando la posición de gerente de abastecimiento estratégico. El cargo reporta directamente a la gerencia general y ofrece un paquete competitivo. ¿Tendría disponibilidad para una llamada breve esta semana? Si no es buen momento, no hay ningún problema.
""",
        "oth_newsletter": """
SUBJECT: Boletín de Talento – junio || En este número: cómo preparar una entrevista por competencias, la historia de una becaria que hoy lidera un equipo de ingeniería en Antofagasta y todo sobre nuestra nueva política de trabajo híbrido. Además, fechas de nuestras ferias de empleo en Madrid, Bogotá y Ciudad de México, y más de veinte vacantes nuevas.
""",
    },
    "pt": {
        "rej_a7": """
Agradecemos o interesse manifestado em integrar a {company} e o tempo dedicado à sua candidatura para a função de {role}. Recebemos um número muito elevado de candidaturas, todas analisadas com o devido cuidado. Após análise do seu perfil, lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo. Os seus dados serão mantidos na nossa base de recrutamento durante doze meses, salvo indicação em contrário.
Agradecemos sua participação no processo seletivo para a vaga de {role}. Após análise criteriosa dos currículos, informamos que seu perfil não seguirá para as próximas etapas neste momento. Seu currículo continuará em nosso banco de talentos para futuras oportunidades.
A comissão de seleção concluiu a avaliação curricular das candidaturas recebidas. Deliberou-se prosseguir o processo com candidatos cujo percurso se adequa mais diretamente aos requisitos técnicos da função. Em consequência, a sua candidatura não será encaminhada para a chefia da área.
Passando pra te dar um retorno sobre a vaga de {role}: depois de conversar com o time, decidimos seguir com outros perfis que têm mais vivência em vendas consultivas. Sabemos que não é a notícia que você esperava, mas agradecemos muito seu interesse!
SUBJECT: Atualização da sua candidatura – BR-2025-0662 || Código: BR-2025-0662 | Vaga: {role} | Status: Não selecionado(a). Esta é uma mensagem automática, por favor não responda. Você pode acompanhar suas outras candidaturas na área do candidato.
Analisamos com atenção sua candidatura para {role}. Embora tenhamos optado por outros candidatos nesta vaga, gostamos muito do seu perfil e gostaríamos de convidar você a fazer parte da nossa comunidade de talentos, para ser avisado(a) em primeira mão sobre novas oportunidades.
Após análise do seu perfil, não nos é possível dar seguimento à sua candidatura para {role}. Consideramos, no entanto, que a sua experiência poderá adequar-se a outras oportunidades atualmente abertas na nossa direção financeira, às quais se poderá candidatar diretamente no portal de recrutamento.
Informa-se que, concluída a aplicação do método de seleção avaliação curricular, V. Exa. obteve classificação inferior a 9,5 valores, pelo que fica excluído(a) do procedimento concursal. Dispõe de dez dias úteis para se pronunciar, por escrito, em sede de audiência dos interessados.
Obrigado por realizar os testes online do nosso Programa de Trainee. Após a correção, informamos que sua pontuação não atingiu a nota de corte definida para esta edição e, por isso, você não seguirá para a etapa de dinâmica em grupo.
Recebi o feedback do meu cliente sobre sua candidatura para {role}. Após avaliar alguns perfis, eles decidiram seguir com candidatos que já atuaram em indústrias de grande porte. Sinto muito não trazer uma notícia melhor; vou manter seu contato para as próximas posições.
Para esta função é indispensável possuir autorização de residência válida em Portugal, dado que a empresa não pode assegurar o processo de autorização para este posto. De acordo com as informações facultadas, esse requisito não se encontra cumprido, pelo que não podemos dar seguimento à sua candidatura.
Infelizmente não vamos seguir com sua candidatura. Obrigado pelo interesse na {company}!
Agradecemos a confiança demonstrada ao enviar a sua candidatura. O recrutamento para a função de {role} é estratégico para a nossa direção, pelo que dedicámos o tempo necessário à análise de cada processo. No final, a função será proposta a um candidato cujo percurso se ajusta mais aos projetos em curso. Esperamos que compreenda a nossa decisão.
Sua trajetória profissional nos impressionou. Justamente por isso, após conversa com o gestor da área, concluímos que a vaga de {role} não faria jus à sua experiência e às suas expectativas, e decidimos não dar continuidade ao seu processo.
Avaliámos todas as manifestações de interesse internas para a função de {role}. A posição será atribuída a uma colega da delegação do Porto que já integra o projeto. A sua manifestação de interesse ficará registada durante seis meses.
Seu currículo passou pela triagem inicial da equipe de Recrutamento e Seleção. Como a vaga exige inglês fluente e certificação CPA-20, requisitos que não identificamos no seu perfil, sua candidatura não será encaminhada ao gestor.
Informamos que a vaga de {role} avançou com outros candidatos e a sua candidatura foi assinalada como não selecionada. O seu perfil no portal permanece ativo e poderá candidatar-se a outras ofertas.
Gostaríamos de agradecer o seu interesse em fazer parte do nosso time. O processo para a posição de {role} contou com mais de 900 inscritos, o que tornou a seleção bastante concorrida. Informamos que, neste momento, você não foi aprovado(a) para a etapa de entrevistas. Continue acompanhando nossas vagas no portal de carreiras.
""",
        "rej_a7_interview": """
Agradecemos a entrevista realizada no passado dia 4 e a disponibilidade demonstrada. O júri entrevistou todos os candidatos finalistas e reuniu-se para deliberar. Lamentamos informar que a função será proposta a outra candidata, cuja experiência em auditoria interna se ajusta mais ao que procuramos. Ficamos ao dispor para lhe dar um feedback mais detalhado.
Obrigado por participar do painel com gestores e da dinâmica de grupo. Os avaliadores consolidaram as observações de todas as etapas e, após a deliberação do comitê, você não seguirá para a entrevista final. Você receberá um feedback individual pela plataforma em até dez dias úteis.
Muito obrigado pelo seu tempo nas entrevistas e pela apresentação do case. A decisão foi bem apertada, mas o time optou por seguir com outra pessoa que tem mais experiência com planejamento de demanda. Se quiser, posso te ligar para dar um feedback mais completo.
Após a nossa conversa telefónica de terça-feira, partilhei as minhas notas com a responsável da área. Decidimos não avançar para a entrevista técnica, uma vez que a função exige um domínio aprofundado de IFRS que não identificámos no seu percurso.
Concluídas as entrevistas, a comissão propôs a contratação de outro candidato. Tendo em conta a sua boa avaliação, propomos incluí-lo(a) na reserva de recrutamento deste procedimento durante doze meses. Agradecemos que nos confirme se concorda.
Após as entrevistas finais e a checagem de referências, a diretoria tomou sua decisão para a vaga de {role}. Infelizmente, não foi dessa vez. Valorizamos muito seu empenho ao longo de todo o processo.
Analisámos o estudo de caso que nos enviou após a segunda entrevista. Embora a análise estivesse bem estruturada, o painel considerou que as recomendações não respondiam suficientemente às restrições orçamentais descritas no enunciado. Por este motivo, não será convidado(a) para a fase final com a administração.
""",
        "rej_a7_gone": """
Informamos que a vaga de {role} para a qual você se candidatou já foi preenchida. O processo seletivo foi encerrado e, portanto, sua candidatura não poderá mais ser considerada.
Na sequência de uma reestruturação interna, a empresa decidiu cancelar o processo de recrutamento para a função de {role}. Todas as candidaturas recebidas foram encerradas. Lamentamos o incómodo que esta decisão possa causar.
Em razão de um congelamento de contratações em toda a companhia, a vaga de {role} foi suspensa por tempo indeterminado. Como não sabemos se ela será reaberta, optamos por encerrar os processos em andamento. Essa decisão não tem relação com o seu perfil.
Informa-se que o procedimento concursal para o posto de trabalho de {role} foi cessado, por despacho do dirigente máximo do serviço, em virtude da ocupação do posto por mobilidade interna. Fica sem efeito a apreciação de todas as candidaturas.
Após a análise documental, verificou-se que V. Sa. não comprovou a escolaridade exigida no edital. Dessa forma, sua inscrição foi indeferida e seu nome consta da relação de candidatos eliminados. Eventuais recursos poderão ser interpostos no prazo de dois dias úteis.
Passando para avisar que a vaga de {role} foi retirada do ar, pois a posição será ocupada por uma pessoa do nosso time interno. Por isso, encerramos todas as candidaturas externas, incluindo a sua.
""",
        "ack_a7": """
Confirmamos a receção da sua candidatura para a função de {role}. A nossa equipa de Recrutamento irá analisá-la com atenção. Devido ao elevado volume de candidaturas, a análise poderá demorar até quatro semanas.
Sua inscrição foi registrada com sucesso! Para você ter uma ideia, recebemos em média mais de 500 currículos por vaga, e todos são lidos por uma pessoa do nosso time. Caso não receba retorno em até 30 dias, considere que seu perfil não foi selecionado neste momento.
Recebemos seu currículo. Em conformidade com a Lei Geral de Proteção de Dados (LGPD), seus dados pessoais serão utilizados exclusivamente para fins deste processo seletivo e armazenados por até 12 meses. Você pode solicitar a exclusão dos seus dados a qualquer momento na área do candidato.
Status da candidatura: Em análise | Código: VG-88120 | Vaga: {role} | Data de inscrição: 02/06/2025. Você será notificado(a) sempre que houver uma atualização.
A sua candidatura foi registada no nosso sistema. Nos termos do RGPD, os seus dados pessoais serão tratados apenas para efeitos de recrutamento e conservados por um período máximo de dois anos. Poderá exercer os seus direitos através do contacto do Encarregado de Proteção de Dados.
Sua candidatura para {role} passou pela triagem inicial e foi encaminhada ao gestor da área para avaliação. Essa etapa costuma levar cerca de dez dias úteis. Ainda não há decisão sobre uma possível entrevista.
Queríamos informá-lo(a) de que o processo para {role} está a demorar um pouco mais do que o previsto devido ao período de férias. A sua candidatura continua em análise e ainda não foi tomada qualquer decisão. Contamos dar-lhe uma resposta até ao final de agosto.
Você se inscreveu na vaga de {role}! Próximas etapas: 1) triagem de currículos; 2) teste online; 3) entrevista com RH; 4) entrevista com a liderança. Acompanhe cada fase pela plataforma; avisaremos por e-mail quando houver novidades.
Confirmamos o recebimento da sua inscrição no processo seletivo simplificado, sob o número 2025.0831. A relação de inscrições deferidas será publicada no site da instituição na data prevista no cronograma do edital.
""",
        "inv_a7": """
Temos o prazer de informar que a sua candidatura para a função de {role} foi pré-selecionada. Gostaríamos de o(a) convidar para uma entrevista presencial com um painel de três elementos. Agradecemos que indique qual dos seguintes horários lhe é mais conveniente: terça-feira, 17 de junho, às 9h30; terça-feira, 17 de junho, às 14h00; ou quinta-feira, 19 de junho, às 10h00.
Parabéns! Você foi aprovado(a) na etapa de triagem e está convidado(a) para a dinâmica de grupo presencial, no dia 26 de junho, às 9h, em nosso escritório na Avenida Paulista. A atividade terá duração aproximada de três horas. Confirme sua presença respondendo a este e-mail.
Fica V. Exa. convocado(a) para a realização da prova de conhecimentos, de natureza escrita, no dia 5 de julho, às 9h30, no auditório dos serviços centrais. A prova tem a duração de 90 minutos, sendo obrigatória a apresentação do Cartão de Cidadão.
Vi seu perfil e adoraria bater um papo sobre a vaga de {role}. Você teria 20 minutinhos essa semana para uma ligação? É só escolher o melhor horário pelo link abaixo.
Como próxima etapa, pedimos que resolva um estudo de caso, cujo enunciado segue em anexo. Terá uma semana para o preparar e irá apresentá-lo à diretora da área e à equipa de Recursos Humanos na quarta-feira, 25 de junho, às 15h00.
Como parte do processo para {role}, convidamos você a gravar uma entrevista em vídeo. Serão quatro perguntas, com até dois minutos para cada resposta. O link fica disponível por cinco dias.
Você foi selecionado(a) para a etapa de teste técnico! O desafio deve ser entregue em até cinco dias corridos pelo link abaixo. Em seguida, agendaremos uma conversa com o time para você apresentar sua solução.
Gostaríamos de agendar uma segunda entrevista com o administrador responsável pela área. Seria possível na segunda-feira, dia 30, às 10h00, nas nossas instalações em Lisboa? Caso não lhe seja possível, indique-nos outras datas.
SUBJECT: Confirmação de entrevista – {role} || Confirmamos sua entrevista na sexta-feira, 20 de junho, das 11h às 12h, pelo Microsoft Teams, com a Sra. Lacerda (Diretoria Financeira) e o Sr. Prado (RH). O link de acesso está no convite anexo.
""",
        "off_a7": """
É com grande satisfação que formalizamos a proposta para a posição de {role}, em regime CLT, com início previsto para 1º de setembro. O salário mensal será de R$ 14.500,00, acrescido de vale-refeição, plano de saúde e participação nos lucros. Pedimos que nos devolva a carta-proposta assinada até 27 de junho.
Temos o prazer de lhe propor a função de {role}, com contrato sem termo e início a 1 de setembro. A remuneração base anual será de 42.000 euros, paga em catorze prestações, acrescida de subsídio de refeição. Agradecemos a devolução da carta-proposta assinada até ao dia 27 de junho.
Temos o prazer de comunicar que foi selecionado(a) para a função de {role}. A admissão fica condicionada à verificação de referências, à apresentação do certificado de registo criminal e ao resultado favorável do exame médico de admissão. Agradecemos que nos confirme a aceitação no prazo de cinco dias úteis.
Após avaliar sua contraproposta com a área de Remuneração, conseguimos elevar o salário para R$ 16.000,00 mensais e incluir um bônus de contratação de R$ 10.000,00. As demais condições permanecem as mesmas. Enviaremos a carta-proposta atualizada assim que você confirmar o aceite.
Temos uma ótima notícia: queremos muito você no time como {role}! Você vai receber a proposta formal para assinatura digital ainda hoje. Qualquer dúvida sobre o pacote, é só me chamar.
""",
        "oth_a7": """
Seja bem-vindo(a)! Para darmos andamento à sua admissão, envie pela plataforma até sexta-feira: CTPS digital, comprovante de residência, dados bancários e o ASO do exame admissional. Seu primeiro dia será 1º de setembro, às 9h, na recepção do 5º andar.
SUBJECT: Pedido de referências – Inês Carvalho || A Inês Carvalho candidatou-se a uma função na {company} e indicou o seu nome como referência profissional. Estaria disponível para uma breve conversa telefónica de quinze minutos esta semana? As suas respostas serão tratadas de forma confidencial.
Confirmamos o cancelamento da sua candidatura para a vaga de {role}, conforme solicitado. Nenhuma outra ação é necessária. Se mudar de ideia, você poderá se candidatar novamente a qualquer vaga aberta.
""",
        "oth_alert": """
SUBJECT: 9 novas vagas para "analista de compras" em São Paulo || Vagas novas para o seu alerta: Analista de Compras Pleno – Tavares & Moura Engenharia Ltda. – São Paulo – híbrido; Comprador(a) Técnico(a) – Ferronor Minería S.A. – Barueri – publicada há 2 dias; Especialista em Suprimentos – Kestrel Biologics Inc. – Campinas – R$ 9.000 a R$ 11.000. Para alterar ou cancelar este alerta, acesse sua conta.
""",
        "oth_cold": """
Encontrei o seu perfil e entro em contacto no âmbito de um processo confidencial para um grupo industrial português que está a criar a função de diretor(a) de compras estratégicas. A posição reporta diretamente à administração, com base no Porto e regime híbrido. Teria disponibilidade para uma conversa confidencial de quinze minutos esta semana? Se não for o momento certo, não há qualquer problema.
""",
        "oth_newsletter": """
SUBJECT: Newsletter Carreiras – edição de junho || Nesta edição: como se preparar para uma entrevista por competências, a trajetória de uma ex-estagiária que hoje lidera um projeto de saneamento no Recife e as novidades do nosso programa de trabalho híbrido. E ainda: datas das nossas feiras de carreira em Lisboa e São Paulo e mais de quinze vagas abertas.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear {first},", "Dear Candidate,", "Hello {first},", "Dear {first} Rivera,"],
        "thanks": [
            "Thank you for your interest in {company} and for the time you took to apply.",
            "We appreciate your application and your interest in a career with {company}.",
            "Thank you for applying for the {role} position.",
        ],
        "wish": [
            "We wish you every success in your future career.",
            "We hope this does not discourage you from applying to {company} again, and wish you the very best in your search.",
            "With best wishes for your job search,",
        ],
        "marketing": [
            "At {company}, more than 14,000 colleagues in 23 countries keep critical infrastructure running every day. We invest in our people through structured development programmes, flexible working and a benefits package designed around real lives.",
            "{company} has been named a Top Employer for the fifth year running. Discover how we are building a more inclusive workplace and what our graduates say about their first year on our careers blog.",
        ],
        "sign": [
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Yours sincerely,\n\n{sender}\nRecruitment and Selection Officer\nPeople Services Directorate",
            "Best wishes,\n{sender}",
        ],
        "footer": [
            "{company} is an equal opportunity employer. This e-mail and any attachments are confidential and intended solely for the addressee. To manage your communication preferences, visit your candidate profile.",
            "This is an automated message sent from a no-reply address. Personal data is processed in accordance with our Candidate Privacy Notice. Unsubscribe | Privacy | Terms",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company} – {role} (Ref. HR/2025/117)",
            "Update regarding your application",
        ],
        "subject_inv": [
            "Invitation to interview – {role}",
            "Next steps: {role} at {company}",
            "Assessment stage – {role}",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Your offer from {company}",
            "Conditional offer of appointment",
        ],
        "subject_oth": ["A message from {company} Careers", "{company} Talent Acquisition"],
    },
    "de": {
        "greet": [
            "Sehr geehrte*r {first} Rivera,",
            "Guten Tag {first},",
            "Hallo {first}, wir hoffen, es geht dir gut!",
            "Hi {first}, bei {company} duzen wir uns, wir hoffen, das ist für dich okay.",
        ],
        "thanks": [
            "Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an {company}.",
            "Zunächst herzlichen Dank für Ihr Interesse an der Stelle {role}.",
            "Danke, dass du dich für {company} interessierst und dir Zeit für deine Bewerbung genommen hast.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Lebensweg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihre Zukunft alles Gute.",
            "Wir wünschen dir alles Gute für deine weitere Jobsuche!",
        ],
        "marketing": [
            "Bei {company} arbeiten über 6.000 Menschen an 30 Standorten daran, die Energieversorgung von morgen zu sichern. Wir bieten flexible Arbeitszeitmodelle, eine betriebliche Altersvorsorge und vielfältige Weiterbildungsmöglichkeiten.",
            "{company} wurde erneut als Top-Arbeitgeber ausgezeichnet. Erfahren Sie in unserem Karriereblog, wie unsere Auszubildenden und Trainees ihren Einstieg erlebt haben.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nPersonalabteilung\n{company}",
            "Freundliche Grüsse\n\n{sender}\nHR Business Partner",
            "Bei Fragen kannst du dich jederzeit bei mir melden.\n\nViele Grüße\n{sender}",
        ],
        "footer": [
            "{company} | Sitz der Gesellschaft: Mannheim | Registergericht: Amtsgericht Mannheim | Geschäftsführung: siehe Impressum. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
            "Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen. Datenschutz | Impressum | Abmelden",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "{company}: Ihre Bewerbung (Kennziffer 2025-117)",
            "Rückmeldung zu deiner Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch – {role}",
            "Nächster Schritt im Auswahlverfahren",
            "Einladung: {role} bei {company}",
        ],
        "subject_off": ["Vertragsangebot – {role}", "Ihr Angebot von {company}"],
        "subject_oth": ["Nachricht von {company} Karriere", "{company} – Personalabteilung"],
    },
    "fr": {
        "greet": ["Madame, Monsieur,", "Bonjour {first},", "Cher·ère {first},", "Salut {first},"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature.",
            "Merci d'avoir postulé au poste de {role}.",
            "Merci pour ta candidature et pour l'intérêt que tu portes à {company}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans la suite de votre parcours professionnel.",
            "Nous vous adressons tous nos vœux de succès dans vos recherches.",
            "On te souhaite le meilleur pour la suite !",
        ],
        "marketing": [
            "{company}, ce sont plus de 8 000 collaboratrices et collaborateurs dans 12 pays, engagés au service de nos clients. Télétravail, formation continue et mobilité interne font partie de notre quotidien.",
            "Labellisée Great Place to Work pour la troisième année consécutive, {company} s'engage pour l'égalité professionnelle et l'inclusion. Découvrez nos métiers sur notre site carrière.",
        ],
        "sign": [
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{sender}\nDirection des Ressources Humaines",
            "Cordialement,\n{sender}\nChargée de recrutement – {company}",
            "Bien à vous,\n{sender}",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. {company} – SA au capital de 12 000 000 euros – RCS Nanterre.",
            "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre. Se désabonner | Politique de confidentialité",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} – suite donnée à votre candidature",
            "Votre candidature – réf. 2025-117",
        ],
        "subject_inv": [
            "Convocation à un entretien – {role}",
            "Invitation : prochaine étape du processus de recrutement",
            "Entrevue – {role}",
        ],
        "subject_off": ["Proposition d'embauche – {role}", "Votre offre d'emploi chez {company}"],
        "subject_oth": [
            "Un message de l'équipe Carrières {company}",
            "{company} – Ressources humaines",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buen día, {first}:",
            "Apreciado candidato:",
        ],
        "thanks": [
            "Le agradecemos su interés en {company} y el tiempo dedicado a presentar su candidatura.",
            "Gracias por postularte a la vacante de {role}.",
            "Agradecemos sinceramente su participación en nuestro proceso de selección.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su desarrollo profesional.",
            "¡Te deseamos lo mejor en tu búsqueda!",
            "Esperamos volver a coincidir en futuros procesos.",
        ],
        "marketing": [
            "En {company} somos más de 9.000 profesionales en 11 países comprometidos con una minería más sostenible. Ofrecemos planes de carrera, formación continua y beneficios pensados para ti y tu familia.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar por quinto año consecutivo. Conoce nuestras historias en el blog de empleo.",
        ],
        "sign": [
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos\n{company}",
            "Saludos cordiales,\n{sender}\nAtracción de Talento",
            "Un abrazo,\n{sender}",
        ],
        "footer": [
            "Responsable del tratamiento: {company}. Finalidad: gestión de procesos de selección. Puede ejercer sus derechos de acceso, rectificación y supresión dirigiéndose a nuestro delegado de protección de datos.",
            "Este correo se ha enviado desde una dirección que no acepta respuestas. Aviso de privacidad | Darse de baja",
        ],
        "subject_app": [
            "Su candidatura para {role}",
            "{company} – Proceso de selección {role}",
            "Actualización sobre tu postulación",
        ],
        "subject_inv": [
            "Invitación a entrevista – {role}",
            "Siguiente fase del proceso de selección",
            "Citación: {role}",
        ],
        "subject_off": ["Carta oferta – {role}", "Propuesta de incorporación a {company}"],
        "subject_oth": ["Mensaje de {company} Empleo", "{company} – Recursos Humanos"],
    },
    "pt": {
        "greet": [
            "Caro(a) {first},",
            "Olá, {first}!",
            "Exmo.(a) Senhor(a) {first} Rivera,",
            "Oi, {first}, tudo bem?",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e o tempo dedicado à sua candidatura.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Agradecemos sua participação em nosso processo seletivo.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Desejamos muito sucesso na sua jornada profissional!",
            "Continuamos à disposição e esperamos cruzar caminhos no futuro.",
        ],
        "marketing": [
            "Na {company}, mais de 5 mil pessoas constroem todos os dias a infraestrutura que move o país. Oferecemos programas de desenvolvimento, horário flexível e um pacote de benefícios pensado para você.",
            "A {company} foi eleita uma das melhores empresas para trabalhar pelo quarto ano consecutivo. Conheça as histórias do nosso time no blog de carreiras.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}\nDireção de Recursos Humanos",
            "Atenciosamente,\n{sender}\nTime de Atração de Talentos | {company}",
            "Abraços,\n{sender}",
        ],
        "footer": [
            "Os seus dados pessoais são tratados nos termos do RGPD e da nossa Política de Privacidade para Candidatos. {company} – Sociedade Anónima – NIPC 500 000 000.",
            "Esta é uma mensagem automática, não responda a este e-mail. Tratamos seus dados conforme a LGPD. Descadastrar | Privacidade",
        ],
        "subject_app": [
            "A sua candidatura – {role}",
            "Processo seletivo {company} – {role}",
            "Atualização sobre sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa do processo seletivo",
            "Convocatória – {role}",
        ],
        "subject_off": ["Carta-proposta – {role}", "Proposta de trabalho – {company}"],
        "subject_oth": ["Mensagem da equipa de Carreiras {company}", "{company} – Gente & Gestão"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\n\nI hope you are well. I applied for the {role} position about three weeks ago and wanted to ask whether there is an update on the timeline. I remain very interested in the role and am happy to provide anything else you need.\n\nBest regards,\nAlex Rivera\n\n{header2}\n\nDear Alex,\n\nThank you for your application. We will review all applications after the closing date and will be in touch in due course.\n\nKind regards,\n{sender}",
    "de": "Guten Tag {sender_first},\n\nich hatte mich vor etwa drei Wochen auf die Stelle {role} beworben und wollte höflich nachfragen, ob es bereits einen Zeitplan für die nächsten Schritte gibt. Über eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nAlex Rivera\n\n{header2}\n\nSehr geehrte*r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns nach Ablauf der Bewerbungsfrist bei Ihnen.\n\nMit freundlichen Grüßen\n{sender}",
    "fr": "Bonjour {sender_first},\n\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée il y a trois semaines. Auriez-vous une idée du calendrier de la suite du processus ?\n\nBien cordialement,\nAlex Rivera\n\n{header2}\n\nBonjour Alex,\n\nNous avons bien reçu votre candidature et reviendrons vers vous après la clôture de l'offre.\n\nCordialement,\n{sender}",
    "es": "Hola, {sender_first}:\n\nLe escribo para dar seguimiento a mi candidatura para el puesto de {role}, enviada hace unas tres semanas. ¿Podría indicarme en qué fase se encuentra el proceso?\n\nUn saludo,\nAlex Rivera\n\n{header2}\n\nEstimado Alex:\n\nGracias por su candidatura. Revisaremos todas las solicitudes al cierre de la convocatoria y nos pondremos en contacto con usted.\n\nAtentamente,\n{sender}",
    "pt": "Olá, {sender_first},\n\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}, enviada há cerca de três semanas. Continuo com muito interesse na posição.\n\nObrigado,\nAlex Rivera\n\n{header2}\n\nOlá, Alex,\n\nObrigado pela sua candidatura. Vamos analisar todos os currículos após o encerramento da vaga e entraremos em contacto.\n\nCumprimentos,\n{sender}",
}
