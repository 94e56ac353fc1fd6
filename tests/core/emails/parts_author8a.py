# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Training part written in round 8 by an independent author who did not read the classifier:
large enterprises and institutions (HR shared-service centres, banks and insurers, pharma,
public administrations and universities, hospitals, airlines, big retailers), ATS-style status
mails, formal letters with data-protection paragraphs, translated corporate templates in German,
French, Spanish and Portuguese, and Latin American and Brazilian corporate Spanish/Portuguese.

Families: rejections (direct, euphemistic, status-only, after interviews or assessments, job
withdrawn or filled, stated reasons such as visa, location, registration or language, talent-pool
consolation), acknowledgements (plain receipts and hard negatives about volume, delays, silence
deadlines and closed adverts), invitations (with and without the word interview: assessments,
recorded video questions, slot pickers, conversations, reschedules), offers (conditional,
paperwork, negotiation) and other mail (withdrawals, surveys, reference requests, account
notices, job alerts, newsletters, cold recruiter mail).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Meridian Assurance Group",
    "Altamar Financial Group",
    "Helvion Pharma",
    "Valdoria University Hospital",
    "Albatroz Airlines",
    "Mercantia Retail",
    "Lusoterra Energia",
    "Orvalis Group",
)
ROLES: tuple[str, ...] = (
    "Compliance Analyst",
    "Clinical Research Associate",
    "Treasury Analyst",
    "HR Shared Services Specialist",
    "Flight Operations Planner",
    "IT Service Manager",
)
SENDERS: tuple[tuple[str, str], ...] = (
    ("Rebecca Lindqvist", "no-reply@myworkdayjobs.example"),
    ("Markus Feldmann", "careers-noreply@successfactors.example"),
    ("Fernanda Albuquerque", "recrutamento@{domain}"),
    ("Ignacio Bermúdez", "seleccion.personal@{domain}"),
    ("Sabine Lorenz", "hr-services@{domain}"),
    ("Hélène Marceau", "recrutement@{domain}"),
    ("Daniel Okafor", "do-not-reply@taleo.example"),
    ("Valentina Rojas", "talento.humano@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_a8": """
After careful consideration of your application for the {role} position, we regret to inform you that we will not be taking your candidacy forward on this occasion.
We have now completed the initial screening for this requisition and, although your profile shows relevant experience, other applicants more closely match the requirements of the role. Your application will therefore not progress further.
SUBJECT: Your application to {company} - update || Following a review by the hiring team, we have decided to move forward with candidates whose background is a closer fit for the {role} vacancy. We appreciate the interest you have shown in {company}.
Please accept this message as notification that your application for {role} has been unsuccessful. Due to the volume of applications received, we are unable to provide individual feedback at this stage.
We received a very high number of applications for this vacancy and the selection panel has shortlisted a small number of candidates for the next stage. On this occasion you have not been shortlisted.
The shortlisting panel has assessed your supporting statement against the essential criteria in the person specification. Regrettably, your application did not provide sufficient evidence against criteria 3 and 5, and we are unable to progress it further.
I am writing to let you know that we have decided not to proceed with your application for the {role} role. This was a difficult decision given the strength of the field, and I am sorry not to have better news.
""",
        "rej_a8_soft": """
While your experience is impressive, we have decided to pursue other candidates whose profiles more closely align with our current needs.
We will not be moving your application to the next step at this time. We encourage you to keep an eye on our careers site, as new opportunities arise regularly across our business units.
On this occasion we have chosen to focus on other profiles for {role}. Please do not let this discourage you from applying for future openings with {company}.
After much deliberation, the team has concluded that the position is not the right match at this point in time, and we have closed your application accordingly.
""",
        "rej_a8_status": """
SUBJECT: Application status change - {role} || The status of your application for {role} (Req ID 48213) has been updated to: No longer under consideration. You can view your application history at any time by signing in to your candidate home.
SUBJECT: Candidate home: status update || This is an automated notification. Your candidacy for {role} at {company} is now closed with the disposition "Not selected". Please do not reply to this message; this mailbox is not monitored.
Job requisition {role}: your application status has changed from "In review" to "Declined". No further action is required from you.
""",
        "rej_a8_after_interview": """
Thank you for taking the time to meet with the panel last week. We enjoyed our discussion, but after comparing all candidates we have offered the position to someone whose experience is a slightly closer match.
Following your assessment centre on Thursday, the assessors have completed their evaluation. We are sorry to tell you that your overall score did not reach the threshold required to proceed to the final stage.
We appreciated the opportunity to speak with you about {role}. The panel has now concluded its deliberations and, unfortunately, we will not be extending an offer to you.
Thank you for completing the online numerical and verbal reasoning tests. Having reviewed your results, we regret that we are unable to take your application further in this recruitment cycle.
I wanted to reach out personally after your final-round conversations with our directors. It was a very close call, and I am sorry to say we have decided to go with another candidate. I would be happy to share some feedback over the phone if that would be helpful.
""",
        "rej_a8_job_gone": """
We are writing to inform you that the {role} vacancy has been withdrawn following an internal reorganisation, and we are therefore closing all applications, including yours.
Due to a company-wide hiring freeze, the requisition for {role} has been cancelled. We recognise the effort you put into your application and apologise for any inconvenience this may cause.
The {role} position has now been filled by an internal candidate, so we will not be progressing external applications any further.
""",
        "rej_a8_reason": """
This role requires an existing right to work in the United Kingdom, as we are unable to offer visa sponsorship for this position. As you indicated that you would require sponsorship, we cannot proceed with your application.
This position is based on site at our Frankfurt hub with no remote option, and your application indicates that relocation is not possible for you. For this reason we will not be progressing your candidacy.
Current registration with the relevant professional body is a minimum requirement for this post. As your application does not show this, we are unable to consider you further for {role}.
Your answers to the pre-screening questions indicate that you do not hold the required minimum of five years' experience in a regulated financial environment. Your application has therefore been closed and will not be reviewed by the hiring manager.
""",
        "rej_a8_talent_pool": """
Although we will not be moving forward with your application for {role}, we were impressed by your profile and would like to keep your details in our talent community for 12 months. If a suitable vacancy arises, a member of our team may contact you.
You have not been selected for this position. With your consent, we will retain your CV in our candidate database so that we can consider you for similar roles in future; you may withdraw this consent at any time via your candidate profile.
We have decided to progress with other applicants for this vacancy, but we would welcome your application for future roles at {company} and have added you to our talent network so you hear about new openings first.
""",
        "ack_a8": """
SUBJECT: Application received - {role} || We confirm receipt of your application for {role} (Requisition 2025-1187). Our recruitment team will review your details against the requirements of the role and contact you should your profile be shortlisted.
Your application has been successfully submitted. You can track its progress at any time by logging in to your candidate account, where the status is updated as your application moves through our process.
This email confirms that we have received your application for {role} at {company}. A member of our HR Shared Services Centre will review it in the coming days.
Your application is currently being reviewed by the hiring manager and we will get back to you once a decision on next steps has been taken.
We are pleased to confirm that your application for the post of {role} has been received and will be considered by the shortlisting panel after the closing date.
Your application for {role} is now under review. In the meantime, you may wish to read more about our values, benefits and flexible working policy on our careers site.
""",
        "ack_a8_delay": """
Due to the exceptionally high volume of applications we have received, our review is taking longer than anticipated. Your application for {role} remains under active consideration and we will update you as soon as we can.
We have received your application and will review it carefully. Please note that if you have not heard from us within four weeks of the closing date, you should assume that your application has not been successful on this occasion.
The advertisement for {role} has now closed and we are no longer accepting new applications. Your application, which was submitted before the deadline, is still under review and no action is needed from you.
Unfortunately we are unable to respond to every applicant individually. Your application has been logged, and shortlisted candidates will be contacted by the end of the month.
""",
        "inv_a8": """
SUBJECT: Invitation: interview for {role} || We are pleased to invite you to a competency-based interview for {role} at our head office. The interview will last approximately 60 minutes and will be conducted by a panel of three. Please confirm your attendance by replying to this email.
Following a review of your application, we would like to invite you to the next stage of our selection process: a video interview with the hiring manager. Please use the scheduling link below to book a time within the next five working days.
Congratulations, you have been shortlisted for {role}. Panel interviews will take place on 17 and 18 June; please let us know which date you prefer and whether you require any reasonable adjustments.
The team would like to meet you for a final interview with the department director. Could you share your availability for next Tuesday or Wednesday afternoon?
You are invited to a 20-minute telephone screening with our recruitment team. Please select a slot in the calendar using the link in this email.
""",
        "inv_a8_no_word": """
As the next step in our process, please complete the online assessment via the link below. It consists of a situational judgement test and a short numerical section and takes around 45 minutes. The link expires in 7 days.
We would like to hear more from you! Please record your answers to five short video questions on our platform. You will have two minutes per question and can practise beforehand. Kindly complete this by Friday.
The hiring manager would like to have an informal conversation with you about {role}. Please pick a 30-minute slot that suits you from the calendar below; the meeting will be held on Microsoft Teams.
We would love you to visit our operations centre and spend an hour with the team you would be joining. Please let us know which mornings next week work for you and we will arrange your visitor pass.
""",
        "inv_a8_reschedule": """
Unfortunately, one of the panel members is no longer available on Thursday, so we need to move your interview. Would Monday 23 June at 10:00 or Tuesday 24 June at 14:00 work for you instead? We apologise for the inconvenience.
We regret that, due to a scheduling conflict, we have had to cancel tomorrow's call with the hiring manager. We would still very much like to speak with you; please choose a new time using the link below.
""",
        "off_a8": """
SUBJECT: Conditional offer of employment - {role} || I am delighted to offer you the position of {role} at {company}, subject to satisfactory references, a pre-employment background check and confirmation of your right to work. Your formal contract will follow once these conditions are met.
Following our conversation this morning, please find attached your offer letter for {role}. It includes a base salary of 58,000 GBP, an annual bonus target of 10% and 27 days' holiday. Please sign and return it via DocuSign by Friday.
Thank you for your counter-proposal. We have discussed it with the business and are able to increase the base salary to 72,000 EUR and bring your start date forward to 1 September. All other terms of the offer remain as previously communicated.
We are pleased to confirm that the panel has recommended you for appointment as {role}. Occupational health clearance and an enhanced disclosure check are required before we can confirm your start date.
Your offer is ready to review in your candidate portal. Please log in to view the details, accept or decline, and complete your new-hire onboarding forms within five business days.
""",
        "oth_a8": """
SUBJECT: Withdrawal confirmed || We confirm that your application for {role} has been withdrawn at your request. Your data will be deleted in line with our retention policy unless you have joined our talent community.
SUBJECT: How was your candidate experience? || We would value your feedback on your recent experience of applying to {company}. The survey takes less than three minutes and all responses are anonymous.
SUBJECT: Reference request for a former colleague || Jordan Mills has named you as a referee for a position at {company}. We would be grateful if you could complete the short confidential reference form via the secure link by 20 June.
SUBJECT: Your candidate account will be deleted || Your candidate profile has been inactive for 24 months. In accordance with our data retention policy, your account and associated personal data will be permanently deleted in 30 days unless you sign in.
SUBJECT: Please verify your email address || Welcome to the {company} careers portal. To finish creating your candidate account, please confirm your email address using the link below. The link is valid for 24 hours.
""",
        "oth_alert": """
SUBJECT: 6 new jobs match your saved search || New vacancies matching your search "Risk and Compliance, London": {role}; Senior Operational Risk Analyst; AML Investigations Lead; Regulatory Reporting Manager. Apply before the closing dates shown or manage your alerts in your candidate profile.
""",
        "oth_newsletter": """
SUBJECT: Life at {company} - June edition || In this issue: our new graduate intake starts in September, how our cabin crew trained for the summer peak, a look inside the Lisbon shared-services centre and five tips for preparing your application. Read the full stories on our careers blog.
""",
        "oth_cold": """
I came across your profile and think you could be a strong fit for a {role} opportunity with a leading European insurer I am partnering with. The package is competitive and the role is hybrid. Would you be open to a confidential chat this week?
""",
    },
    "de": {
        "rej_a8": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Wir haben uns die Entscheidung nicht leicht gemacht. Leider haben wir uns für Bewerberinnen und Bewerber entschieden, deren Profil den Anforderungen der Stelle noch besser entspricht.
Bitte haben Sie Verständnis dafür, dass wir Ihnen heute eine Absage erteilen müssen. Aufgrund der Vielzahl an Bewerbungen ist es uns nicht möglich, die Gründe im Einzelnen darzulegen.
SUBJECT: Ihre Bewerbung - Kennziffer 2025/118 || Im Rahmen des Auswahlverfahrens zur Stellenausschreibung Kennziffer 2025/118 ({role}) konnten wir Sie leider nicht in die engere Wahl einbeziehen. Ihre Unterlagen werden nach Ablauf der Frist von sechs Monaten gemäß AGG datenschutzgerecht vernichtet.
Leider müssen wir dir mitteilen, dass wir uns für andere Kandidat:innen entschieden haben. Uns ist bewusst, dass das nicht die Nachricht ist, auf die du gehofft hast.
Ihre Bewerbung hat uns gut gefallen, dennoch können wir Ihnen für die Position {role} keine positive Rückmeldung geben.
""",
        "rej_a8_soft": """
Nach eingehender Prüfung haben wir festgestellt, dass Ihr Profil zum jetzigen Zeitpunkt nicht optimal zu den Anforderungen der Position passt.
Wir haben uns entschieden, den Prozess für {role} mit anderen Profilen fortzusetzen. Dies ist keine Bewertung Ihrer Qualifikation, sondern spiegelt die konkreten Anforderungen der Fachabteilung wider.
Leider passt es dieses Mal nicht. Wir drücken dir die Daumen für deine weitere Suche und freuen uns, wenn du unsere Karriereseite im Blick behältst.
Für die ausgeschriebene Position haben wir uns anderweitig orientiert und werden Ihre Bewerbung daher nicht weiterverfolgen.
""",
        "rej_a8_status": """
SUBJECT: Statusänderung Ihrer Bewerbung || Der Status Ihrer Bewerbung auf die Stelle {role} (Referenz-ID 30477) wurde geändert: Abgelehnt. Details finden Sie in Ihrem Bewerberprofil.
Dies ist eine automatisch generierte Nachricht. Ihre Bewerbung für {role} bei {company} wurde abgeschlossen, Status: nicht berücksichtigt. Bitte antworten Sie nicht auf diese E-Mail.
SUBJECT: Neue Nachricht in Ihrem Kandidatenportal || In Ihrem Kandidatenportal liegt eine neue Mitteilung vor: Der Bewerbungsprozess für {role} wurde für Sie beendet. Eine weitere Bearbeitung findet nicht statt.
""",
        "rej_a8_after_interview": """
Vielen Dank für das angenehme und offene Gespräch in der vergangenen Woche. Nach Abschluss aller Vorstellungsgespräche haben wir uns für eine Kandidatin entschieden, deren Erfahrung im regulatorischen Umfeld noch besser zu unseren Anforderungen passt.
Sie haben am 12. Juni an unserem Assessment-Center teilgenommen. Leider haben Sie die für die nächste Runde erforderliche Gesamtpunktzahl nicht erreicht, sodass wir Ihre Bewerbung nicht weiterverfolgen können.
Danke für deine Zeit im Gespräch mit unserem Team. Am Ende haben wir uns knapp für jemand anderen entschieden. Wenn du magst, gebe ich dir gern telefonisch ein kurzes Feedback.
Die Ergebnisse Ihres Online-Tests liegen uns nun vor. Auf dieser Grundlage können wir Sie leider nicht zur nächsten Stufe des Auswahlverfahrens einladen.
Die Auswahlkommission hat nach den Vorstellungsgesprächen am 3. Juni ihre Empfehlung abgegeben. Wir bedauern, Ihnen mitteilen zu müssen, dass die Wahl nicht auf Sie gefallen ist. Personalrat und Gleichstellungsbeauftragte waren am Verfahren beteiligt.
""",
        "rej_a8_job_gone": """
Aufgrund einer internen Umstrukturierung wird die Stelle {role} nicht wie geplant besetzt. Wir haben das Auswahlverfahren daher eingestellt und müssen Ihnen leider absagen.
Die Position {role} konnte inzwischen intern besetzt werden. Wir bitten um Verständnis, dass wir externe Bewerbungen daher nicht weiter berücksichtigen.
Die Stellenausschreibung wurde aus haushaltsrechtlichen Gründen zurückgezogen. Ihre Bewerbung kann daher leider nicht weiter bearbeitet werden; Ihre Unterlagen senden wir Ihnen auf Wunsch zurück.
""",
        "rej_a8_reason": """
Für die ausgeschriebene Stelle ist eine Approbation bzw. Berufserlaubnis in Deutschland zwingende Voraussetzung. Da diese aus Ihren Unterlagen nicht hervorgeht, können wir Ihre Bewerbung leider nicht berücksichtigen.
Die Tätigkeit erfordert die Anwesenheit an unserem Standort in Basel an mindestens vier Tagen pro Woche. Da Sie angegeben haben, ausschließlich remote arbeiten zu wollen, müssen wir Ihnen leider absagen.
Für diese Position können wir leider keine Unterstützung bei der Beantragung eines Aufenthaltstitels oder einer Arbeitserlaubnis anbieten. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.
Für die Position sind verhandlungssichere Deutschkenntnisse (mindestens C1) erforderlich. Nach Durchsicht Ihrer Unterlagen müssen wir Ihnen daher leider eine Absage erteilen.
""",
        "rej_a8_talent_pool": """
Auch wenn wir Ihnen für diese Stelle absagen müssen, hat uns Ihr Profil überzeugt. Mit Ihrer Einwilligung würden wir Ihre Daten gern für zwölf Monate in unserem Talentpool speichern und auf Sie zukommen, sobald eine passende Position frei wird.
Für die Stelle {role} haben wir uns anders entschieden. Da Sie der Aufnahme in unseren Kandidatenpool zugestimmt haben, melden wir uns, wenn sich eine passende Gelegenheit ergibt.
Wir haben uns leider für jemand anderen entschieden, möchten aber gern mit dir in Kontakt bleiben. Bist du einverstanden, dass wir dein Profil in unserem Talent-Netzwerk speichern? Dann klick einfach auf den Link.
""",
        "ack_a8": """
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle {role}. Wir prüfen Ihre Unterlagen sorgfältig und melden uns zeitnah bei Ihnen.
Ihre Bewerbung ist erfolgreich bei uns eingegangen. Den aktuellen Bearbeitungsstand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Deine Bewerbung als {role} ist bei uns angekommen, danke! Unser Recruiting-Team schaut sie sich in den nächsten Tagen in Ruhe an.
Ihre Bewerbung befindet sich derzeit in Prüfung durch die Fachabteilung. Sobald eine Entscheidung über das weitere Vorgehen vorliegt, informieren wir Sie.
Wir bestätigen den fristgerechten Eingang Ihrer Bewerbung zur Ausschreibung Kennziffer 2025/118. Nach Ablauf der Bewerbungsfrist entscheidet die Auswahlkommission, wer zu Vorstellungsgesprächen eingeladen wird.
Ihre Unterlagen wurden an unser HR Shared Service Center in Lissabon weitergeleitet, das die Vorauswahl für alle deutschen Standorte von {company} durchführt. Sie erhalten von dort eine Rückmeldung.
""",
        "ack_a8_delay": """
Aufgrund der sehr hohen Anzahl an Bewerbungen nimmt die Prüfung derzeit mehr Zeit in Anspruch als üblich. Wir bitten Sie um etwas Geduld, Ihre Bewerbung ist nicht vergessen.
Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Auswahl gekommen.
Die Stellenanzeige für {role} ist inzwischen offline und wir nehmen keine neuen Bewerbungen mehr an. Ihre Bewerbung ist jedoch rechtzeitig eingegangen und befindet sich weiterhin im Auswahlprozess.
Leider ist es uns nicht möglich, jede Bewerbung einzeln zu beantworten. Ihre Bewerbung liegt uns vor; Kandidatinnen und Kandidaten in der engeren Wahl werden bis Ende Juli kontaktiert.
""",
        "inv_a8": """
Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position {role} einzuladen. Termin: Dienstag, 24. Juni, 10:00 Uhr, Empfang Gebäude B. Bitte bestätigen Sie den Termin kurz per E-Mail.
Ihre Unterlagen haben uns überzeugt. Gern möchten wir Sie in einem Videointerview (ca. 45 Minuten, Microsoft Teams) näher kennenlernen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus.
SUBJECT: Einladung zum Auswahlgespräch || Die Auswahlkommission lädt Sie zu einem strukturierten Auswahlgespräch am 8. Juli ein. Bitte bringen Sie einen gültigen Lichtbildausweis sowie Ihre Originalzeugnisse mit. Reisekosten werden nach dem Landesreisekostengesetz erstattet.
Wir würden dich gern zu einem Kennenlerngespräch mit deinem zukünftigen Team einladen. Hast du nächste Woche Mittwoch oder Donnerstag Zeit?
Herzlichen Glückwunsch, Sie haben die erste Runde erfolgreich gemeistert! Wir laden Sie zu unserem Assessment-Center am 15. Juli in Frankfurt ein. Programm und Anfahrtsbeschreibung finden Sie im Anhang.
""",
        "inv_a8_no_word": """
Als nächsten Schritt im Auswahlprozess bitten wir Sie, den Online-Test (Dauer ca. 40 Minuten) über den untenstehenden Link zu absolvieren. Der Link ist sieben Tage gültig.
Wir möchten Sie gern besser kennenlernen: Bitte beantworten Sie über unsere Plattform fünf kurze Fragen per Videoaufzeichnung. Pro Frage haben Sie bis zu drei Minuten Zeit und können vorher eine Proberunde machen.
Unsere Bereichsleiterin möchte sich gern in einem lockeren Austausch mit Ihnen über die Position unterhalten. Bitte buchen Sie dafür einen 30-minütigen Termin in ihrem Kalender.
""",
        "inv_a8_reschedule": """
Leider muss unser Abteilungsleiter den für Donnerstag vereinbarten Gesprächstermin kurzfristig absagen. Wir würden das Gespräch gern nachholen: Passt Ihnen Montag, 30. Juni, um 14 Uhr?
Aus organisatorischen Gründen müssen wir Ihren Termin beim Assessment-Center leider verschieben. Bitte wählen Sie über den Link einen neuen Termin aus; wir entschuldigen uns für die Unannehmlichkeiten.
""",
        "off_a8": """
SUBJECT: Ihr Vertragsangebot || Wir freuen uns, Ihnen die Position {role} anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 27. Juni zurück.
Nach Abschluss des Auswahlverfahrens freuen wir uns, Ihnen mitteilen zu können, dass die Wahl auf Sie gefallen ist. Die Einstellung erfolgt vorbehaltlich der Zustimmung des Personalrats und der arbeitsmedizinischen Untersuchung; die Eingruppierung erfolgt in Entgeltgruppe E 11 TV-L.
Wie telefonisch besprochen, können wir Ihnen ein Jahresbruttogehalt von 78.000 Euro zzgl. variabler Vergütung anbieten. Ihren Wunsch nach zwei Homeoffice-Tagen pro Woche haben wir in den Vertragsentwurf aufgenommen.
Super Neuigkeiten: Wir möchten dich als {role} an Bord holen! Dein Angebot mit allen Details findest du in unserem Bewerberportal. Bitte nimm es innerhalb von fünf Werktagen an.
Unser Angebot steht unter dem Vorbehalt eines einwandfreien erweiterten Führungszeugnisses sowie positiver Referenzen. Sobald beides vorliegt, bestätigen wir Ihnen den Eintrittstermin und senden Ihnen den Vertrag zu.
""",
        "oth_a8": """
SUBJECT: Rückzug Ihrer Bewerbung bestätigt || Wie gewünscht haben wir Ihre Bewerbung für {role} zurückgezogen. Ihre personenbezogenen Daten werden gemäß unserer Datenschutzerklärung gelöscht.
SUBJECT: Ihre Meinung ist uns wichtig || Wie haben Sie unseren Bewerbungsprozess erlebt? Nehmen Sie an unserer kurzen, anonymen Umfrage teil; sie dauert etwa drei Minuten.
SUBJECT: Referenzanfrage || Herr Jonas Albrecht hat Sie im Rahmen seiner Bewerbung bei {company} als Referenzgeber genannt. Wir wären Ihnen dankbar, wenn Sie uns für ein kurzes Telefonat von etwa 15 Minuten zur Verfügung stünden.
SUBJECT: Löschung Ihres Bewerberkontos || Ihr Bewerberkonto ist seit 18 Monaten inaktiv. Gemäß unseren Löschfristen nach DSGVO werden Ihr Konto und alle gespeicherten Unterlagen in 30 Tagen gelöscht, sofern Sie sich nicht erneut anmelden.
""",
        "oth_alert": """
SUBJECT: Neue Stellenangebote für Ihren Suchauftrag || Vier neue Stellen passen zu Ihrem Suchauftrag „Finanzen, Hamburg“: {role}; Referent Konzernrechnungswesen (m/w/d); Sachbearbeiter Kreditoren (m/w/d); Teamleitung Controlling (m/w/d). Suchauftrag bearbeiten oder abbestellen im Bewerberportal.
SUBJECT: Jobs für dich bei {company} || Diese Woche neu: Ausbildung Luftverkehrskaufleute, Duales Studium BWL, {role} und Mitarbeiter Bodenverkehrsdienste. Jetzt in wenigen Minuten bewerben, ganz ohne Anschreiben.
""",
        "oth_newsletter": """
SUBJECT: Karriere-Newsletter Juni || Diesmal im Newsletter: Einblicke in unser Trainee-Programm, ein Tag mit der Stationsleitung der Kardiologie, unsere neuen Arbeitszeitmodelle und alle Termine für die Karrieremessen im Herbst.
""",
        "oth_cold": """
Ich bin auf Ihr Profil aufmerksam geworden und möchte Ihnen eine vertrauliche Position als {role} bei einem namhaften Versicherungskonzern vorstellen, den wir als Personalberatung exklusiv betreuen. Hätten Sie diese Woche Zeit für ein kurzes, unverbindliches Telefonat?
""",
    },
    "fr": {
        "rej_a8": """
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Nous avons reçu un grand nombre de candidatures de qualité pour ce poste. Après examen, nous avons décidé de poursuivre le processus avec des profils correspondant plus étroitement aux exigences du poste.
Nous vous remercions de l'intérêt que vous portez à {company}. Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.
SUBJECT: Votre candidature - référence 2025-0412 || Le comité de sélection s'est réuni et a examiné l'ensemble des candidatures reçues pour le poste de {role}. Nous avons le regret de vous faire savoir que votre candidature n'a pas été retenue pour la phase d'entretiens.
Nous avons bien étudié ton profil et, malheureusement, nous ne pourrons pas aller plus loin avec ta candidature pour ce poste.
Compte tenu du volume important de candidatures, nous ne sommes malheureusement pas en mesure de vous communiquer un retour individualisé. Votre candidature ne sera pas poursuivie.
""",
        "rej_a8_soft": """
Votre parcours a retenu toute notre attention ; toutefois, nous avons choisi de privilégier des candidatures dont l'expérience est plus directement en lien avec les missions du poste.
Nous ne donnerons pas suite à votre candidature pour le moment, mais nous vous invitons à consulter régulièrement notre site carrières, de nouvelles opportunités y étant publiées chaque semaine.
Pour ce poste, notre choix s'est porté sur un autre profil. Cette décision ne remet nullement en cause la qualité de votre parcours.
À ce stade, votre profil ne correspond pas tout à fait aux besoins identifiés par l'équipe, et nous avons donc clôturé votre dossier.
""",
        "rej_a8_status": """
SUBJECT: Mise à jour du statut de votre candidature || Le statut de votre candidature au poste de {role} (réf. REQ-77120) a été modifié : Candidature non retenue. Vous pouvez consulter l'historique de vos candidatures dans votre espace candidat.
Ceci est un message automatique. Votre candidature pour le poste de {role} chez {company} est désormais clôturée. Merci de ne pas répondre à ce courriel.
SUBJECT: Nouveau message dans votre espace candidat || Un nouveau message concernant votre candidature est disponible : le processus de recrutement pour le poste de {role} est terminé en ce qui vous concerne.
""",
        "rej_a8_after_interview": """
Nous vous remercions pour le temps que vous nous avez consacré lors de l'entretien de la semaine dernière. Après avoir rencontré l'ensemble des candidats, nous avons retenu un profil dont l'expérience correspond davantage à nos attentes.
Suite à votre participation au centre d'évaluation du 12 juin, nous avons le regret de vous informer que vos résultats ne vous permettent pas d'accéder à l'étape finale.
Le jury s'est réuni à l'issue des auditions du 5 juin. Nous sommes au regret de vous informer que vous n'avez pas été retenu(e) sur la liste des candidats proposés à la nomination.
Merci d'avoir complété les tests en ligne. Après analyse de vos résultats, nous ne sommes malheureusement pas en mesure de poursuivre le processus avec vous.
Je tenais à vous appeler mais je n'ai pas réussi à vous joindre : après nos échanges avec la direction, nous avons finalement choisi une autre personne pour le poste. C'était très serré, et je reste disponible si vous souhaitez un retour plus détaillé.
""",
        "rej_a8_job_gone": """
Nous vous informons que le recrutement pour le poste de {role} a été suspendu suite à une réorganisation interne. Par conséquent, nous clôturons l'ensemble des candidatures en cours, dont la vôtre.
Le poste de {role} a été pourvu en interne. Nous ne pourrons donc pas donner suite aux candidatures externes.
En raison d'un gel des embauches décidé au niveau du groupe, l'offre de {role} a été annulée. Nous vous prions de nous excuser pour ce contretemps.
""",
        "rej_a8_reason": """
Ce poste nécessite une autorisation de travail valide en Suisse ; nous ne sommes malheureusement pas en mesure de prendre en charge les démarches de permis pour ce recrutement. Nous ne pouvons donc pas retenir votre candidature.
L'inscription au tableau de l'Ordre est un prérequis pour ce poste. Votre dossier ne faisant pas apparaître cette inscription, nous ne pouvons pas poursuivre l'examen de votre candidature.
Le poste est basé à Toulouse, avec une présence sur site de quatre jours par semaine. Vous ayant indiqué ne pas pouvoir vous déplacer, nous ne sommes pas en mesure de donner suite à votre candidature.
La maîtrise du néerlandais étant indispensable pour ce poste basé à Bruxelles, nous ne pouvons malheureusement pas retenir votre candidature.
""",
        "rej_a8_talent_pool": """
Même si nous ne donnons pas suite à votre candidature pour ce poste, votre profil nous a intéressés. Avec votre accord, nous conserverons votre CV dans notre vivier de talents pendant deux ans, conformément au RGPD.
Votre candidature n'a pas été retenue pour le poste de {role}. Nous avons toutefois ajouté votre profil à notre communauté de talents afin de vous recontacter si une opportunité correspondant à votre parcours se présente.
Nous avons choisi un autre candidat, mais nous aimerions garder le contact avec toi. Tu peux rejoindre notre réseau de talents en un clic pour être informé(e) en priorité de nos prochaines offres.
""",
        "ack_a8": """
SUBJECT: Accusé de réception de votre candidature || Nous accusons bonne réception de votre candidature au poste de {role} et vous en remercions. Notre équipe recrutement l'étudiera avec attention et reviendra vers vous si votre profil est présélectionné.
Votre candidature a bien été transmise. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.
Nous confirmons la réception de votre dossier de candidature. Celui-ci est actuellement en cours d'examen par le service des ressources humaines.
Votre candidature est en cours d'analyse par le manager du poste. Nous reviendrons vers vous dès qu'une décision sur la suite du processus aura été prise.
Votre dossier a bien été enregistré par la Direction des ressources humaines du CHU. Il sera examiné par la commission de recrutement après la date de clôture de l'offre.
Bonne nouvelle : ta candidature pour le poste de {role} est bien arrivée chez nous ! Notre équipe la regarde dans les prochains jours.
""",
        "ack_a8_delay": """
En raison du très grand nombre de candidatures reçues, le délai de traitement est plus long que prévu. Votre candidature reste à l'étude et nous reviendrons vers vous dès que possible.
Nous avons bien reçu votre candidature et l'examinerons avec attention. Sans réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
L'offre de {role} est désormais fermée et nous n'acceptons plus de nouvelles candidatures. La vôtre, déposée avant la date limite, est toujours en cours d'examen ; aucune action n'est requise de votre part.
Nous ne pouvons malheureusement pas répondre individuellement à chaque candidat. Votre dossier est bien enregistré ; les personnes présélectionnées seront contactées d'ici la fin du mois.
""",
        "inv_a8": """
Nous avons le plaisir de vous convier à un entretien pour le poste de {role} le mardi 24 juin à 10h00 dans nos locaux de La Défense. Merci de nous confirmer votre présence par retour de courriel.
Votre candidature a retenu notre attention et nous souhaiterions vous rencontrer lors d'un entretien en visioconférence avec le manager. Merci de choisir un créneau via le lien ci-dessous.
SUBJECT: Convocation - jury de recrutement || Nous vous informons que votre candidature a été déclarée recevable. Vous êtes convoqué(e) à l'audition devant le jury le 8 juillet à 14h30. Merci de vous munir d'une pièce d'identité.
Nous aimerions échanger avec toi lors d'un premier entretien téléphonique d'une vingtaine de minutes. Quelles sont tes disponibilités cette semaine ?
Félicitations, vous avez été présélectionné(e) ! Vous êtes invité(e) à notre journée d'évaluation le 15 juillet à Lyon. Le programme détaillé et les informations pratiques sont joints à ce message.
""",
        "inv_a8_no_word": """
Prochaine étape : nous vous invitons à passer nos tests en ligne (raisonnement logique et questionnaire de personnalité, environ 40 minutes) via le lien ci-dessous, valable sept jours.
Nous souhaitons mieux vous connaître ! Merci d'enregistrer vos réponses vidéo à cinq questions sur notre plateforme ; vous disposerez de deux minutes par question et pourrez vous entraîner au préalable.
La responsable du service aimerait échanger avec vous de manière informelle autour du poste. Merci de réserver un créneau de 30 minutes dans son agenda via le lien suivant.
""",
        "inv_a8_reschedule": """
Malheureusement, un membre du jury ne sera pas disponible jeudi et nous devons décaler notre rencontre. Seriez-vous disponible lundi 30 juin à 14h00 ? Toutes nos excuses pour ce changement.
Pour des raisons d'organisation, nous sommes contraints d'annuler le rendez-vous de demain avec le directeur. Nous tenons toutefois à vous rencontrer : merci de choisir un nouveau créneau via le lien ci-dessous.
""",
        "off_a8": """
SUBJECT: Proposition d'embauche - {role} || Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle brute de 52 000 euros sur 13 mois. Vous trouverez ci-joint votre promesse d'embauche, à nous retourner signée avant le 27 juin.
Suite à nos échanges, nous avons le plaisir de vous confirmer notre souhait de vous accueillir au sein de {company}. Votre embauche reste conditionnée à la visite médicale d'aptitude et à la vérification de vos diplômes.
Nous avons étudié votre contre-proposition avec attention et pouvons porter le salaire fixe à 58 000 euros, avec une prise de poste au 1er septembre. Les autres conditions de notre offre restent inchangées.
Votre lettre d'offre est disponible dans votre espace candidat. Merci de la consulter et de l'accepter électroniquement dans un délai de cinq jours ouvrés.
Bonne nouvelle : l'équipe a choisi de te proposer le poste ! Ton contrat de travail t'attend dans le portail de signature électronique.
""",
        "oth_a8": """
SUBJECT: Retrait de votre candidature || Nous vous confirmons le retrait de votre candidature au poste de {role}, conformément à votre demande. Vos données personnelles seront supprimées selon notre politique de conservation.
SUBJECT: Votre avis compte || Comment s'est déroulée votre expérience candidat chez {company} ? Répondez à notre questionnaire anonyme en moins de trois minutes.
SUBJECT: Demande de référence || Mme Claire Vasseur vous a indiqué comme référence dans le cadre de sa candidature chez {company}. Pourriez-vous nous accorder un court échange téléphonique cette semaine ?
SUBJECT: Suppression de votre espace candidat || Votre espace candidat est inactif depuis 24 mois. Conformément au RGPD, vos données seront supprimées dans 30 jours, sauf si vous vous reconnectez d'ici là.
""",
        "oth_alert": """
SUBJECT: Nouvelles offres correspondant à votre alerte || 5 nouvelles offres correspondent à votre alerte « Finance - Paris » : {role} ; Contrôleur de gestion H/F ; Chargé de conformité H/F ; Analyste crédit H/F. Gérez vos alertes depuis votre espace candidat.
""",
        "oth_newsletter": """
SUBJECT: La lettre carrières de {company} - juin || Au sommaire : notre programme graduate, une journée avec nos équipes de maintenance aéronautique, nos engagements en matière de handicap et les dates de nos prochains job datings.
""",
        "oth_cold": """
Votre profil a retenu mon attention. J'accompagne actuellement un grand groupe bancaire dans le recrutement d'un(e) {role} pour une mission stratégique. Seriez-vous ouvert(e) à un échange confidentiel cette semaine ?
""",
    },
    "es": {
        "rej_a8": """
Tras analizar detenidamente su candidatura para el puesto de {role}, lamentamos comunicarle que en esta ocasión no ha sido seleccionado/a para continuar en el proceso.
Le informamos que, después de revisar su perfil, hemos decidido continuar el proceso de reclutamiento con otros candidatos cuyo perfil se ajusta más a los requerimientos de la vacante.
Queremos contarte que, luego de analizar tu postulación para la búsqueda de {role}, decidimos avanzar con otros perfiles. Te agradecemos mucho el tiempo que le dedicaste.
Después de revisar su hoja de vida, le informamos que su perfil no continuará en el proceso de selección para el cargo de {role}.
Junto con saludar, te informamos que tu postulación al cargo de {role} no continuará en las siguientes etapas del proceso.
SUBJECT: Resolución del proceso de selección - Ref. 2025/PAS/041 || Una vez valorados los méritos alegados, la comisión de selección ha resuelto que su candidatura no figura entre las propuestas para la fase de entrevista. Puede consultar la lista provisional en la sede electrónica y presentar alegaciones en el plazo de diez días hábiles.
Hemos revisado tu candidatura con atención y, por desgracia, no podemos seguir adelante con ella en este proceso.
Lamentamos informarle que su solicitud no fue seleccionada. Debido al gran número de postulaciones recibidas, no nos es posible brindar retroalimentación individual.
""",
        "rej_a8_soft": """
Aunque tu trayectoria es muy interesante, en este momento hemos optado por perfiles con una experiencia más alineada con las necesidades actuales del área.
En esta oportunidad no avanzaremos con su postulación; sin embargo, lo invitamos a seguir atento a las vacantes publicadas en nuestro portal de empleo.
Por ahora hemos decidido seguir con otras personas candidatas. Esto no refleja tu valor profesional; simplemente buscamos un perfil distinto para esta posición.
En esta ocasión tu perfil no se ajusta del todo a lo que busca el equipo, así que cerramos tu candidatura. ¡Te animamos a volver a postular más adelante!
""",
        "rej_a8_status": """
SUBJECT: Actualización del estado de su solicitud || El estado de su solicitud para {role} (ID de requisición 51209) ha cambiado a: Ya no está en consideración. Puede consultar el historial en su portal de candidato.
Este es un mensaje automático. Tu postulación a {role} en {company} ha sido cerrada con el estado "Proceso finalizado - No seleccionado". Por favor, no respondas a este correo.
SUBJECT: Novedades sobre tu postulación || Tu postulación para {role} cambió de estado a "Descartado". No necesitas realizar ninguna acción.
""",
        "rej_a8_after_interview": """
Gracias por dedicarnos tu tiempo en la entrevista de la semana pasada. Tras valorar a todas las personas finalistas, hemos decidido seguir adelante con otra candidatura cuya experiencia encaja algo mejor con el puesto.
Agradecemos su participación en el assessment center. Lamentablemente, los resultados obtenidos no le permiten avanzar a la etapa final del proceso.
Gracias por la charla con el equipo. Lo estuvimos evaluando y finalmente decidimos avanzar con otra persona. Si querés, te puedo dar una devolución por teléfono.
Le agradecemos por presentar las pruebas psicotécnicas. Una vez analizados los resultados, le informamos que no continuará en el proceso de selección.
Luego de las entrevistas con la gerencia, el comité decidió no avanzar con tu candidatura. Fue una decisión difícil y valoramos mucho tu disposición durante todo el proceso.
""",
        "rej_a8_job_gone": """
Te informamos que la vacante de {role} ha sido cancelada por una reestructuración interna, por lo que cerramos todas las candidaturas, incluida la tuya.
La posición de {role} fue cubierta con un candidato interno, por lo que no continuaremos con los procesos externos.
Debido a un congelamiento de contrataciones a nivel regional, la búsqueda de {role} quedó en pausa sin fecha de reapertura. Por este motivo damos por finalizado tu proceso.
""",
        "rej_a8_reason": """
Para este puesto es imprescindible contar con permiso de trabajo vigente en España y, lamentablemente, no podemos gestionar patrocinios de visado. Por este motivo no podemos continuar con tu candidatura.
La vacante requiere residir en Monterrey o tener disponibilidad inmediata para cambio de residencia. Dado que indicó no contar con esta disponibilidad, no es posible continuar con su proceso.
El cargo exige tarjeta profesional vigente y mínimo cinco años de experiencia en el sector financiero, requisitos que no se evidencian en su hoja de vida. Por lo tanto, no continuará en el proceso.
Este cargo requiere inglés avanzado y, según el resultado de tu evaluación de idioma, no alcanzas el nivel solicitado. Por ello no podremos avanzar con tu postulación.
""",
        "rej_a8_talent_pool": """
Si bien no continuarás en este proceso, tu perfil nos pareció muy interesante. Con tu consentimiento, conservaremos tu CV en nuestra base de talento durante doce meses para futuras oportunidades.
Su perfil no fue seleccionado para esta vacante, pero ha quedado registrado en nuestra bolsa de talento. Le contactaremos si surge una posición acorde con su experiencia.
Elegimos a otra persona para esta búsqueda, pero nos encantaría seguir en contacto. Sumate a nuestra comunidad de talento y enterate primero de las nuevas búsquedas.
""",
        "ack_a8": """
SUBJECT: Hemos recibido tu candidatura || Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo de selección la revisará y se pondrá en contacto contigo si tu perfil encaja.
Le confirmamos que su postulación para la vacante de {role} fue registrada con éxito. Puede dar seguimiento a su proceso en el portal de candidatos.
¡Recibimos tu postulación! El equipo de Talento la va a revisar en los próximos días y te vamos a escribir para contarte cómo sigue.
Hemos recibido su hoja de vida para el cargo de {role}. Actualmente se encuentra en revisión por parte del área de Gestión Humana.
SUBJECT: Justificante de registro de solicitud || Se ha registrado su solicitud de participación en la convocatoria con número de registro 2025/118-0347. Finalizado el plazo de presentación, se publicará la lista provisional de admitidos y excluidos en la sede electrónica.
Tu postulación está siendo evaluada por el área solicitante. Te informaremos cuando tengamos novedades sobre las siguientes etapas.
""",
        "ack_a8_delay": """
Debido al elevado número de candidaturas recibidas, el proceso de revisión está tardando más de lo previsto. Tu candidatura sigue en evaluación y te informaremos en cuanto tengamos novedades.
Hemos recibido su postulación. Si no recibe noticias nuestras en un plazo de 30 días, le agradecemos considerar que su perfil no fue seleccionado en esta ocasión.
La oferta de {role} ya no admite nuevas candidaturas, pero la tuya se recibió dentro del plazo y continúa en proceso de revisión; no tienes que hacer nada más.
Lamentablemente no podemos responder de forma individual a cada postulante. Su solicitud quedó registrada y contactaremos a los candidatos preseleccionados antes de fin de mes.
""",
        "inv_a8": """
SUBJECT: Citación a entrevista - {role} || Nos complace invitarle a una entrevista presencial para el cargo de {role} el martes 24 de junio a las 10:00 en nuestras oficinas de Bogotá. Por favor confirme su asistencia respondiendo a este correo.
Tu candidatura nos ha parecido muy interesante y nos gustaría conocerte en una entrevista por videollamada con la responsable del área. Elige el horario que mejor te venga en el siguiente enlace.
Nos gustaría coordinar una entrevista con vos para la búsqueda de {role}. ¿Tenés disponibilidad el jueves o el viernes por la mañana?
Felicidades, avanzó a la siguiente etapa. Le invitamos a su entrevista con el gerente del área el próximo miércoles a las 12:00 horas (hora del centro de México) por Microsoft Teams.
SUBJECT: Convocatoria a la fase de entrevista || Le comunicamos que ha superado la fase de valoración de méritos y queda convocado/a a la entrevista personal el día 8 de julio a las 9:30 en el Rectorado, sala de juntas. Deberá acudir provisto/a de DNI o pasaporte.
""",
        "inv_a8_no_word": """
Como siguiente paso del proceso, te invitamos a realizar nuestras pruebas en línea (razonamiento lógico y cuestionario de personalidad, unos 40 minutos). El enlace estará activo durante siete días.
Queremos conocerte mejor: graba tus respuestas en video a cinco preguntas breves en nuestra plataforma. Tendrás dos minutos por pregunta y podrás practicar antes de comenzar.
La directora del área desea tener una conversación con usted para conocer más sobre su experiencia. Le agradeceremos agendar un espacio de 30 minutos en su calendario mediante el siguiente enlace.
""",
        "inv_a8_reschedule": """
Lamentablemente, uno de los miembros del panel no podrá asistir el jueves, por lo que necesitamos mover tu entrevista. ¿Te vendría bien el lunes 30 a las 16:00? Disculpa las molestias.
Por motivos de agenda del gerente, debemos reprogramar la reunión prevista para mañana. Le pedimos seleccionar un nuevo horario en el enlace; seguimos muy interesados en conocerle.
""",
        "off_a8": """
SUBJECT: Carta oferta - {role} || Nos complace ofrecerte el puesto de {role} con contrato indefinido y una retribución bruta anual de 48.000 euros en 14 pagas. Adjuntamos la carta oferta; te agradeceríamos que nos la devolvieras firmada antes del 27 de junio.
Nos da mucho gusto informarle que ha sido seleccionado para la vacante. La oferta incluye sueldo mensual bruto de 65.000 MXN, aguinaldo de 30 días, vales de despensa y seguro de gastos médicos mayores, sujeta a la validación de referencias y examen médico.
Analizamos tu contrapropuesta y podemos llevar la remuneración bruta mensual a 2.400.000 pesos, con revisión semestral por inflación. El resto de las condiciones de la oferta se mantiene igual.
Queremos que te sumes como {role}: tu contrato y el anexo de beneficios ya están disponibles para firma electrónica en el portal.
Es un gusto comunicarle que usted ha sido seleccionado(a) para el cargo de {role}. Para continuar con la contratación, le solicitamos enviar los documentos de vinculación y programar los exámenes médicos de ingreso.
""",
        "oth_a8": """
SUBJECT: Retiro de tu candidatura confirmado || Hemos retirado tu candidatura al puesto de {role} según lo solicitado. Tus datos se eliminarán conforme a nuestra política de privacidad.
SUBJECT: Cuéntanos tu experiencia || ¿Cómo fue tu experiencia como candidato en {company}? Responde nuestra encuesta anónima; te tomará menos de tres minutos.
SUBJECT: Solicitud de referencias laborales || La señora Mariana Quintero le indicó como referencia laboral en su proceso con {company}. ¿Podría diligenciar el formulario confidencial adjunto antes del viernes?
SUBJECT: Confirma que deseas mantener tu perfil || Para cumplir con la normativa de protección de datos personales, te pedimos confirmar que deseas mantener tu perfil activo en nuestro portal de empleo. Si no lo haces en 30 días, lo eliminaremos.
""",
        "oth_alert": """
SUBJECT: Nuevas vacantes para ti || 4 nuevas vacantes coinciden con tu alerta "Finanzas - Ciudad de México": {role}; Analista de Crédito; Jefe de Tesorería; Auditor Interno Sr. Puedes desactivar tus alertas desde tu perfil.
""",
        "oth_newsletter": """
SUBJECT: Boletín de talento {company} - junio || En esta edición: abrimos nuestro programa de jóvenes profesionales en Santiago y Lima, conoce a nuestras tripulantes de cabina, nuestra política de trabajo híbrido y las fechas de las próximas ferias de empleo.
""",
        "oth_cold": """
Vi tu perfil y creo que podrías encajar en una posición de {role} para un importante grupo asegurador con el que colaboramos. ¿Te parece si conversamos esta semana de forma confidencial?
""",
    },
    "pt": {
        "rej_a8": """
Após análise cuidadosa do seu perfil, informamos que, neste momento, você não seguirá para as próximas etapas do processo seletivo para a vaga de {role}.
Agradecemos a sua participação. Infelizmente, optamos por dar continuidade ao processo com candidatos cujo perfil está mais alinhado aos requisitos da posição.
Após apreciação da sua candidatura ao lugar de {role}, lamentamos informar que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
SUBJECT: Procedimento concursal - Ref. 14/2025 || Informa-se V. Exa. de que, concluída a avaliação curricular, o júri deliberou não incluir a sua candidatura na lista de candidatos admitidos à entrevista profissional de seleção. Dispõe de dez dias úteis para se pronunciar em sede de audiência dos interessados.
Poxa, dessa vez não foi! Analisamos o seu currículo com carinho, mas seguimos com outros perfis para essa vaga.
Devido ao elevado número de candidaturas recebidas, não nos é possível dar feedback individual. Lamentamos informar que a sua candidatura não prosseguirá.
Informamos que o seu perfil não foi aprovado na etapa de triagem curricular da vaga {role}.
""",
        "rej_a8_soft": """
Embora a sua trajetória seja muito interessante, decidimos seguir com perfis que possuem experiência mais próxima das necessidades atuais da área.
Neste momento não avançaremos com a sua candidatura, mas convidamos você a acompanhar as novas oportunidades no nosso portal de carreiras.
Optámos, nesta fase, por outros perfis para a função. Esta decisão não reflete o seu valor profissional e esperamos voltar a receber uma candidatura sua no futuro.
Dessa vez o seu perfil não se encaixou exatamente no que o time procura, por isso encerramos a sua participação. Continue de olho nas nossas vagas!
""",
        "rej_a8_status": """
SUBJECT: Atualização da sua candidatura || O status da sua candidatura para {role} (requisição 66031) foi alterado para: Não está mais em consideração. Consulte o histórico no seu portal do candidato.
Esta é uma mensagem automática. O processo seletivo para a vaga {role} na {company} foi finalizado para você: Reprovado na etapa de análise. Não responda a este e-mail.
SUBJECT: Há uma novidade na sua candidatura || A sua candidatura para {role} mudou de estado: Não selecionado. Não é necessária nenhuma ação da sua parte.
""",
        "rej_a8_after_interview": """
Obrigado pelo seu tempo na entrevista da semana passada. Depois de conversar com todos os finalistas, decidimos seguir com outra pessoa cuja experiência está um pouco mais próxima do que buscamos.
Agradecemos a sua participação na dinâmica de grupo e no painel com os gestores. Infelizmente, você não foi aprovado para a etapa final do processo.
Após a entrevista com a direção, lamentamos informar que a sua candidatura não foi a escolhida. Foi uma decisão difícil e gostaríamos de agradecer a disponibilidade demonstrada ao longo do processo.
Agradecemos por concluir os testes online. Após a análise dos resultados, infelizmente você não seguirá para a próxima fase.
Queria te dar esse retorno pessoalmente: depois do bate-papo com o time, decidimos seguir com outra pessoa. Foi bem apertado, e se quiser posso te passar um feedback por telefone.
""",
        "rej_a8_job_gone": """
Informamos que a vaga de {role} foi cancelada em razão de uma reestruturação interna, e por isso estamos encerrando todas as candidaturas, incluindo a sua.
A posição de {role} foi preenchida internamente, pelo que não daremos seguimento às candidaturas externas.
Devido ao congelamento de contratações decidido pelo grupo, o processo para {role} foi suspenso por tempo indeterminado. Lamentamos o transtorno e agradecemos a sua compreensão.
""",
        "rej_a8_reason": """
Esta função exige autorização de residência válida em Portugal e não nos é possível apoiar processos de visto para esta posição. Por esse motivo, não podemos dar seguimento à sua candidatura.
A vaga é presencial em Campinas, cinco dias por semana. Como você informou não ter disponibilidade para mudança, não poderemos seguir com a sua candidatura.
Para esta posição é obrigatório o registro ativo no conselho profissional (CRF), requisito que não consta no seu cadastro. Por isso a sua candidatura não seguirá no processo.
A posição exige inglês fluente e, de acordo com o resultado do teste de idiomas, o nível mínimo não foi atingido. Por isso não poderemos avançar com a sua candidatura.
""",
        "rej_a8_talent_pool": """
Embora você não siga nesta vaga, gostamos muito do seu perfil. Com o seu consentimento, vamos manter o seu currículo no nosso banco de talentos por doze meses, nos termos da LGPD.
A sua candidatura não foi selecionada para esta função, mas o seu perfil ficou registado na nossa bolsa de talentos. Entraremos em contacto caso surja uma oportunidade adequada.
Escolhemos outra pessoa para essa vaga, mas queremos continuar em contato! Entre para a nossa comunidade de talentos e receba as novas vagas em primeira mão.
""",
        "ack_a8": """
SUBJECT: Recebemos a sua candidatura || Confirmamos o recebimento da sua candidatura para a vaga de {role}. Nosso time de recrutamento vai analisar o seu perfil e entrará em contato caso você avance no processo.
A sua candidatura foi submetida com sucesso. Pode acompanhar o estado do processo a qualquer momento na sua área de candidato.
Oba, sua inscrição na vaga {role} foi concluída! Agora é só acompanhar as próximas etapas pela plataforma.
A sua candidatura encontra-se em análise pela equipa de Recursos Humanos. Informaremos sobre os próximos passos assim que possível.
SUBJECT: Comprovativo de submissão de candidatura || A sua candidatura ao procedimento concursal Ref. 14/2025 foi registada com o n.º 0347. Terminado o prazo de candidaturas, a lista de candidatos admitidos e excluídos será publicitada na página eletrónica da instituição.
Seu currículo foi encaminhado para o gestor da área, que está avaliando os candidatos. Assim que houver uma decisão, você será informado por e-mail.
""",
        "ack_a8_delay": """
Devido ao grande volume de candidaturas recebidas, a análise está levando mais tempo do que o previsto. Sua candidatura continua em avaliação e daremos um retorno assim que possível.
Recebemos a sua candidatura e iremos analisá-la com atenção. Caso não receba qualquer contacto no prazo de 30 dias, deverá considerar que a sua candidatura não foi selecionada.
As inscrições para a vaga {role} foram encerradas e não estamos mais recebendo novos currículos. A sua candidatura foi recebida dentro do prazo e segue em análise; nenhuma ação é necessária.
Infelizmente não conseguimos responder individualmente a todos os candidatos. A sua inscrição está registrada e os pré-selecionados serão contatados até o fim do mês.
""",
        "inv_a8": """
SUBJECT: Convite para entrevista - {role} || Temos o prazer de convidá-lo para uma entrevista presencial para a vaga de {role}, na terça-feira, 24 de junho, às 10h, em nosso escritório na Avenida Paulista. Por favor, confirme a sua presença respondendo a este e-mail.
A sua candidatura despertou o nosso interesse e gostaríamos de o conhecer numa entrevista por videoconferência com a diretora de departamento. Escolha o horário que lhe for mais conveniente através do link.
Parabéns, você avançou de etapa! Queremos marcar uma entrevista com o gestor da vaga. Você tem disponibilidade na quinta ou na sexta à tarde?
SUBJECT: Convocatória para entrevista profissional de seleção || Fica V. Exa. convocado(a) para a entrevista profissional de seleção, a realizar no dia 8 de julho, às 14h30, nas instalações dos Serviços Centrais. Deverá fazer-se acompanhar do cartão de cidadão.
Você foi selecionado para a etapa de dinâmica de grupo e entrevista com RH, que acontecerá no dia 15 de julho, das 9h às 12h, no nosso centro de treinamento. Traga um documento com foto.
""",
        "inv_a8_no_word": """
Próxima etapa: faça os testes online de raciocínio lógico e perfil comportamental pelo link abaixo. Leva cerca de 40 minutos e o link fica ativo por sete dias.
Queremos conhecer você melhor! Grave as suas respostas em vídeo para cinco perguntas rápidas na nossa plataforma. Você terá dois minutos por pergunta e pode treinar antes.
O responsável da área gostaria de ter uma conversa informal consigo sobre a função. Agradecemos que reserve 30 minutos na agenda dele através do link abaixo.
""",
        "inv_a8_reschedule": """
Infelizmente um dos membros do painel não poderá participar na quinta-feira, por isso precisamos remarcar a sua entrevista. Segunda-feira, 30 de junho, às 14h funciona para você? Pedimos desculpas pelo transtorno.
Por motivos de agenda, vemo-nos obrigados a cancelar a reunião de amanhã com o diretor. Continuamos muito interessados em conhecê-lo; por favor escolha uma nova data através do link abaixo.
""",
        "off_a8": """
SUBJECT: Proposta de trabalho - {role} || Temos o prazer de apresentar a nossa proposta para a posição de {role}: regime CLT, salário de R$ 14.500,00 mensais, vale-refeição, plano de saúde e participação nos lucros. A contratação está condicionada ao exame admissional.
Temos o gosto de lhe propor a integração na {company} com contrato sem termo, retribuição base mensal de 2.450 euros em 14 prestações e subsídio de alimentação. Segue em anexo a carta-proposta para assinatura até 27 de junho.
Analisamos a sua contraproposta e conseguimos ajustar o salário para R$ 16.000,00, mantendo os demais benefícios. A data de início também pode ser 1º de setembro, conforme você pediu.
Sua proposta está disponível na plataforma. Acesse para conferir os detalhes, aceitar e enviar a documentação admissional em até cinco dias úteis.
A proposta fica sujeita à verificação de referências e à apresentação do certificado de registo criminal. Assim que estiverem concluídas, enviaremos o contrato definitivo.
""",
        "oth_a8": """
SUBJECT: Desistência confirmada || Confirmamos a sua desistência do processo seletivo para {role}, conforme solicitado. Os seus dados serão tratados de acordo com a nossa política de privacidade.
SUBJECT: Conte como foi a sua experiência || Como foi participar do processo seletivo da {company}? Responda à nossa pesquisa anônima em menos de três minutos.
SUBJECT: Pedido de referências || O Sr. Rui Carvalho indicou-o como referência profissional no âmbito da sua candidatura à {company}. Estaria disponível para uma breve chamada esta semana?
SUBJECT: Atualize o seu cadastro || Seu cadastro no portal de carreiras está inativo há 24 meses. Em conformidade com a LGPD, seus dados serão excluídos em 30 dias caso você não acesse a sua conta.
""",
        "oth_alert": """
SUBJECT: Novas vagas para você || 5 novas vagas combinam com o seu alerta "Finanças - São Paulo": {role}; Analista de Crédito Pl; Coordenador de Tesouraria; Auditor Interno Sr. Gerencie os seus alertas no seu perfil.
""",
        "oth_newsletter": """
SUBJECT: Newsletter Carreiras {company} - junho || Nesta edição: as inscrições do programa de trainee 2026, um dia com a equipa de manutenção em Lisboa, a nossa política de trabalho híbrido e o calendário das próximas feiras de emprego.
""",
        "oth_cold": """
Vi o seu perfil e acredito que você tem muito fit com uma oportunidade de {role} em uma grande seguradora que estamos assessorando. Topa uma conversa confidencial esta semana?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Dear {first},",
            "Dear Candidate,",
            "Hello {first},",
            "Dear Applicant,",
            "Hi {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for applying for the {role} position.",
            "Thank you for the time and effort you have invested in your application to {company}.",
            "We appreciate your interest in a career with {company}.",
            "Thank you for considering {company} as your next employer.",
        ],
        "wish": [
            "We wish you every success in your future career.",
            "We wish you all the best in your job search and future endeavours.",
            "Best wishes for the future.",
            "We hope you find a role that matches your ambitions.",
        ],
        "marketing": [
            "{company} has been certified as a Top Employer 2025 in 14 countries. Discover our graduate programmes, apprenticeships and experienced-hire opportunities on our careers site.",
            "Did you know? Over 40% of our vacancies last year were filled through internal moves. Follow {company} Careers on LinkedIn for stories from our people.",
            "Our annual Diversity and Inclusion report is now available. At {company}, we are committed to building a workforce that reflects the communities we serve.",
        ],
        "sign": [
            "Yours sincerely,\n{sender}\nHR Shared Services Centre, {company}",
            "Best regards,\n{company} Talent Acquisition",
            "Kind regards,\n{sender}\nRecruitment Team",
            "Regards,\nThe {company} Recruiting Team",
        ],
        "footer": [
            "This email was sent from an unmonitored mailbox. Please do not reply. {company} processes your personal data in accordance with applicable data protection legislation, including the GDPR; for details see our Candidate Privacy Notice.",
            "CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.",
            "{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
            "You are receiving this email because you created a candidate profile on the {company} careers site. Manage your communication preferences in your account settings.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application - {role}",
            "Application update - {role} (Req. ID 48213)",
            "{role} at {company}",
            "Your candidacy with {company}",
        ],
        "subject_inv": [
            "Next steps - {role}",
            "{company} | {role}: next stage of the selection process",
            "Scheduling request - {role}",
            "Action required: {role} application",
        ],
        "subject_off": [
            "Your offer from {company}",
            "{role} - offer of employment",
            "Offer documentation - {company}",
            "Good news regarding your application for {role}",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "{company} Talent Acquisition",
            "Information regarding your candidate profile",
            "{company} Careers",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
            "Guten Tag {first},",
            "Hallo {first},",
            "Hallo {first}, wir hoffen, dir geht es gut.",
            "Hi {first}, schön, dass du dich bei uns beworben hast.",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company} und Ihre Bewerbung als {role}.",
            "Herzlichen Dank für die Zeit und Mühe, die Sie in Ihre Bewerbung investiert haben.",
            "Danke für dein Interesse an {company} und deine Bewerbung als {role}.",
            "Wir danken Ihnen für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für die Zukunft alles Gute.",
            "Wir wünschen dir alles Gute und viel Erfolg bei deiner weiteren Suche.",
        ],
        "marketing": [
            "{company} wurde erneut als Top Employer Deutschland 2025 ausgezeichnet. Entdecken Sie unsere Trainee-Programme und Einstiegsmöglichkeiten auf unserer Karriereseite.",
            "Schon gewusst? Mehr als 40 Prozent unserer offenen Stellen besetzen wir intern. Folge {company} Karriere auf LinkedIn und erfahre mehr über unsere Teams.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nHR Services | {company}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Viele Grüße\ndein Talent-Acquisition-Team von {company}",
            "Mit freundlichen Grüßen\nIm Auftrag\n{sender}\nPersonalabteilung",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "{company} | Sitz der Gesellschaft: Frankfurt am Main | Registergericht: Amtsgericht Frankfurt am Main, HRB 98765 | Vorsitzender des Aufsichtsrats: Dr. Klaus Behrendt",
            "Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
            "Du erhältst diese E-Mail, weil du ein Kandidatenprofil auf unserem Karriereportal angelegt hast. Deine Benachrichtigungen kannst du in deinem Profil verwalten.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "{company} - Ihre Bewerbung (Referenz-ID 30477)",
            "Deine Bewerbung als {role}",
        ],
        "subject_inv": [
            "Nächste Schritte - {role}",
            "Ihre Bewerbung als {role}: weiteres Vorgehen",
            "Terminabstimmung {role}",
            "Deine Bewerbung bei {company}: wie es weitergeht",
        ],
        "subject_off": [
            "Ihr Angebot von {company}",
            "{role} - Vertragsunterlagen",
            "Gute Nachrichten zu Ihrer Bewerbung",
            "Dein Angebot von {company}",
        ],
        "subject_oth": [
            "Information von {company} Karriere",
            "Ihr Bewerberkonto bei {company}",
            "{company} Karriere",
        ],
    },
    "fr": {
        "greet": [
            "Madame, Monsieur,",
            "Bonjour {first},",
            "Chère candidate, cher candidat,",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Merci pour le temps consacré à votre candidature chez {company}.",
            "Nous vous remercions de la confiance que vous nous avez témoignée en postulant chez {company}.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches et dans la suite de votre parcours professionnel.",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            "Bonne continuation dans vos projets.",
        ],
        "marketing": [
            "{company} est certifié Top Employer France 2025. Découvrez nos programmes jeunes diplômés, nos offres en alternance et nos métiers sur notre site carrières.",
            "Le saviez-vous ? Plus de 40 % de nos postes sont pourvus par la mobilité interne. Suivez {company} Carrières sur LinkedIn.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nDirection des Ressources Humaines, {company}",
            "Bien cordialement,\nL'équipe Recrutement {company}",
            "Très cordialement,\n{sender}\nChargée de recrutement",
        ],
        "footer": [
            "Ce message est généré automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données, que vous pouvez exercer auprès de notre délégué à la protection des données.",
            "{company} - Société anonyme au capital de 120 000 000 euros - RCS Paris 552 000 123. Ce courriel et ses pièces jointes sont confidentiels.",
            "{company} s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} - votre candidature",
            "Candidature {role} (réf. REQ-77120)",
            "Suite à votre candidature chez {company}",
        ],
        "subject_inv": [
            "Prochaine étape - {role}",
            "Votre candidature {role} : suite du processus",
            "Organisation de notre rencontre - {role}",
        ],
        "subject_off": [
            "Votre proposition d'embauche - {company}",
            "{role} - proposition de contrat",
            "Bonne nouvelle concernant votre candidature",
        ],
        "subject_oth": [
            "Information de {company} Carrières",
            "Votre espace candidat {company}",
            "{company} Recrutement",
        ],
    },
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first}:",
            "Hola, {first}.",
            "Apreciado(a) {first}:",
            "Estimado candidato:",
        ],
        "thanks": [
            "Le agradecemos su interés en formar parte de {company} y el tiempo dedicado a su postulación.",
            "Gracias por tu interés en {company} y por postularte al puesto de {role}.",
            "Agradecemos sinceramente tu interés en nuestra vacante de {role}.",
            "Gracias por considerar a {company} como tu próximo lugar de trabajo.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su desarrollo profesional.",
            "Te deseamos lo mejor en tu búsqueda laboral.",
            "Te deseamos muchos éxitos en tus próximos desafíos.",
        ],
        "marketing": [
            "{company} ha sido reconocida como Top Employer 2025 en España y México. Descubre nuestros programas de talento joven en nuestro portal de empleo.",
            "¿Sabías que más del 40 % de nuestras vacantes se cubren con talento interno? Sigue a {company} en LinkedIn y conoce a nuestra gente.",
        ],
        "sign": [
            "Atentamente,\n{sender}\nDirección de Recursos Humanos, {company}",
            "Saludos cordiales,\nEquipo de Atracción de Talento {company}",
            "Un saludo,\n{sender}\nSelección y Desarrollo",
            "Cordialmente,\nGestión Humana - {company}",
        ],
        "footer": [
            "Este mensaje ha sido generado automáticamente; por favor, no responda. En cumplimiento del RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por {company} con la finalidad de gestionar los procesos de selección. Puede ejercer sus derechos escribiendo a nuestro delegado de protección de datos.",
            "Aviso de privacidad: sus datos personales son tratados conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el aviso integral en nuestro portal.",
            "En cumplimiento de la Ley 1581 de 2012, sus datos serán tratados de acuerdo con nuestra política de tratamiento de datos personales.",
            "{company} promueve la igualdad de oportunidades y no discrimina por motivos de género, edad, origen, religión ni discapacidad.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su postulación a la vacante de {role}",
            "{company} - Proceso de selección {role}",
            "Actualización de tu proceso en {company}",
        ],
        "subject_inv": [
            "Siguiente etapa - {role}",
            "{company}: próximos pasos en tu proceso",
            "Agenda tu sesión - {role}",
        ],
        "subject_off": [
            "Propuesta laboral de {company}",
            "{role} - oferta de empleo",
            "Buenas noticias sobre tu proceso en {company}",
        ],
        "subject_oth": [
            "Información de {company} Empleo",
            "Tu perfil de candidato en {company}",
            "Talento {company}",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Exmo.(a) Senhor(a),",
            "Oi, {first}!",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company} e a sua candidatura para a vaga de {role}.",
            "Obrigado por participar do nosso processo seletivo e pelo tempo dedicado.",
            "Agradecemos o interesse manifestado em integrar a equipa da {company}.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua trajetória profissional.",
            "Votos de sucesso para os seus próximos desafios.",
            "Desejamos-lhe as maiores felicidades profissionais.",
        ],
        "marketing": [
            "A {company} foi eleita uma das Melhores Empresas para Trabalhar 2025. Conheça o nosso programa de estágio e trainee no portal de carreiras.",
            "Sabia que mais de 40% das nossas vagas são preenchidas por talentos internos? Siga a {company} no LinkedIn.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\nGente e Gestão | {company}",
            "Com os melhores cumprimentos,\n{sender}\nDireção de Recursos Humanos",
            "Abraços,\nTime de Atração de Talentos {company}",
            "Cordialmente,\nEquipe de Recrutamento e Seleção",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda. Os seus dados pessoais são tratados em conformidade com a Lei Geral de Proteção de Dados (LGPD). Para exercer os seus direitos, contate o nosso Encarregado de Dados.",
            "Os dados pessoais recolhidos são tratados pela {company} nos termos do RGPD, exclusivamente para fins de recrutamento, e conservados pelo prazo máximo de dois anos.",
            "A {company} valoriza a diversidade e promove a igualdade de oportunidades. Todas as vagas são abertas a pessoas com deficiência.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "A sua candidatura - {company}",
            "Processo seletivo {role} - {company}",
            "Atualização sobre a sua candidatura",
        ],
        "subject_inv": [
            "Próxima etapa - {role}",
            "{company}: próximos passos do processo",
            "Agendamento - {role}",
        ],
        "subject_off": [
            "Proposta da {company}",
            "{role} - proposta de contratação",
            "Boas notícias sobre o seu processo",
        ],
        "subject_oth": [
            "Carreiras {company}",
            "Informação sobre o seu perfil de candidato",
            "Talentos {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Dear {sender_first},\nThank you for your message. I have uploaded the requested documents (passport copy and degree certificate) to the portal. Could you let me know when I might expect to hear about the next stage?\nKind regards,\nAlex\n\n{header2}\nDear Alex,\nThank you for attending the assessment centre. Please upload your right-to-work documents so we can complete our checks before the panel makes its final decision on {role}.\n",
    "de": "Hallo {sender_first},\nanbei wie gewünscht meine Zeugnisse und die Kopie meines Abschlusses. Können Sie mir sagen, bis wann mit einer Entscheidung zu rechnen ist?\nMit freundlichen Grüßen\nAlex\n\n{header2}\nGuten Tag Alex,\nvielen Dank für Ihre Teilnahme am Auswahlgespräch. Bitte reichen Sie uns noch Ihre Zeugnisse nach, damit die Kommission über die nächste Runde entscheiden kann.\n",
    "fr": "Bonjour {sender_first},\nVeuillez trouver ci-joint la copie de mes diplômes comme demandé. Auriez-vous une idée du calendrier pour la suite du processus ?\nCordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre venue au centre d'évaluation. Pourriez-vous nous transmettre vos diplômes afin que le jury puisse statuer sur la prochaine étape pour le poste de {role} ?\n",
    "es": "Hola {sender_first}:\nTe adjunto los certificados laborales y la copia de mi título que me pediste. ¿Sabes para cuándo habrá una decisión sobre la siguiente etapa?\nSaludos,\nAlex\n\n{header2}\nHola Alex:\nGracias por participar en el assessment center. Por favor envíanos tus certificados para que el comité pueda decidir sobre la siguiente fase del proceso de {role}.\n",
    "pt": "Olá {sender_first},\nSeguem em anexo os documentos solicitados (diploma e comprovante de experiência). Há previsão para o retorno sobre a próxima etapa?\nAtenciosamente,\nAlex\n\n{header2}\nOlá Alex,\nObrigada por participar da dinâmica. Pedimos que envie os seus documentos para que a banca possa decidir sobre a próxima fase da vaga {role}.\n",
}
