# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 9 held-out part, written by an independent evaluator from general knowledge of job-search mail. Senders are hospitals and health systems, supermarket chains, freight and shipping firms, energy utilities, pharma and biotech, law firms, insurers, automotive suppliers, hotel groups, NGOs and foundations, city and regional governments, schools and universities, family businesses, start-ups, headhunters and invented ATS vendors (Hireloom, StaffGrid, TalentQuay, Recrutia, Bewerbo). Registers run from formal HR prose to casual start-up notes, with German Sie and du and gender-inclusive spellings, Québec, Belgian and Swiss French, Latin American and peninsular Spanish, Brazilian and European Portuguese, and a few non-native writers. Families cover rejections in many shapes (direct, short, buried in marketing, ATS status lines, subject-only notices, after interviews, tests, case studies and trial days, jobs that disappeared, visa, location, salary and language reasons, talent-pool consolations), and hard negatives: acknowledgements about volume and delays, invitations that open with an apology or mention earlier refusals, invitations without the word interview, conditional offers, negotiations and contract portals, and other mail such as alerts, newsletters about rejection, cold recruiter mail, withdrawals, account notices, surveys, events, reference requests and closed postings Alex never applied to."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Larkspur Health Partners",
    "Corvallo Markets",
    "Tidegate Freight",
    "Northfen Energie",
    "Veltrix Biologics",
    "Haldane Okoro Legal",
    "Ambermoor Assurance",
    "Kessler Drivetrain",
    "Solvane Hotels & Resorts",
    "Fundación Puente Claro",
)

ROLES: tuple[str, ...] = (
    "Operations Analyst",
    "Project Coordinator",
    "Supply Chain Planner",
    "HR Generalist",
    "Financial Controller",
    "Customer Success Manager",
    "Quality Assurance Specialist",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nandakumar", "careers@{domain}"),
    ("Talent Acquisition", "noreply@notify.hireloom.example"),
    ("Mateus Ferreira", "mateus.ferreira@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Claire Dubois-Lemay", "rh@{domain}"),
    ("Jonas Weidemann", "j.weidemann@{domain}"),
    ("Candidate Portal", "no-reply@apply.staffgrid.example"),
    ("Lucía Ortega", "seleccion@{domain}"),
    ("Recrutement", "ne-pas-repondre@mail.recrutia.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_direct": """
After careful review, we have decided not to move forward with your application for the {role} position at {company}.
We regret to inform you that you have not been selected for the {role} post at our Riverside Community Hospital site.
SUBJECT: Your application to {company} || We won't be progressing your application any further. The hiring team has chosen candidates whose experience more closely matches the needs of the pharmacy operations unit.
""",
        "rej_short": """
Thanks for applying, {first}. Not this time I'm afraid. Good luck!
hey {first}, quick one: we went with someone else for the {role} gig. cheers and best of luck with the search
SUBJECT: Re: {role} || Appreciate you sending this over. It's a no from us on this one, sorry.
""",
        "rej_buried": """
{company} has grown from a single corner shop in 1987 to more than 240 stores across the region, and every year thousands of people apply to join our store support teams. We read every application with care and were genuinely impressed by the range of backgrounds we saw for the {role} opening. On this occasion, however, your application has not been successful. In the meantime, don't miss our summer savings event, with up to 30% off in store and online.
We want to start by thanking you for the time and energy you put into your application. Your cover letter was thoughtful, and it was clear you had read about our work with resettled families in depth; our small team read it twice. It is with real regret that we tell you the position is being offered to another applicant.
Thank you for applying to {company}. We know job hunting takes a lot of energy, and we value the interest you've shown in our mission of making insurance simple and fair. Our recruiters reviewed your profile alongside a large number of strong applications, and while your background is impressive, we have concluded that other candidates are a closer fit for the role at this stage.
""",
        "rej_ats_status": """
Application status update: {role} (Req. 44817). Status changed to: Not selected. This is an automated message from the TalentQuay candidate portal.
SUBJECT: Status of your application: Closed - Unsuccessful || The status of your application for {role} has been updated in your candidate account. Please log in to view the details.
SUBJECT: {role} - no longer under consideration || This notification was generated automatically by Hireloom on behalf of {company}. Please do not reply to this e-mail.
""",
        "rej_after_interview": """
Thank you for meeting with Dr. Hargreaves and the ward managers last Tuesday. It was a pleasure talking with you, but after much deliberation the panel has decided to offer the post to a candidate with more direct experience of clinical rostering.
Following your second-round interview, we've made the difficult decision not to extend an offer. The panel was very positive about your communication skills; the gap was hands-on experience with claims systems.
I wanted to reach out personally after our phone call a few weeks ago. We really enjoyed speaking with you, but the partners have decided to proceed with another candidate whose litigation support background is closer to what they need right now.
SUBJECT: Following up on our conversation in March || You may remember we spoke in March about an opening in our Lyon office. We have now completed the process for the {role} position and, unfortunately, we will not be taking your candidacy further.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment for the {role} graduate programme. Unfortunately your results did not meet the threshold required to continue to the next stage of the selection process.
Thanks for the work you put into the case study, it clearly took time. After going through it with the team we've decided not to move you forward to the final round.
It was great having you with us for the trial shift at the Harbourside kitchen. The brigade enjoyed working alongside you, but we've decided to go with someone who has more experience on a busy pass.
""",
        "rej_role_gone": """
We wanted to let you know that the {role} position has been filled internally, so we are closing all external applications for it.
Due to a hiring freeze across the trust, the {role} vacancy has been put on hold indefinitely and we are unable to progress your application.
SUBJECT: Update on the {role} vacancy || Following the city council's budget review, this position has been cancelled and will not be filled this financial year. Your application will therefore not be considered further.
""",
        "rej_other_reason": """
Unfortunately we are unable to sponsor work visas for this role, and as you indicated that you would require sponsorship, we cannot move forward with your application.
This role requires being on site at our Dayton plant five days a week, and since you've told us relocation isn't an option for you, we've decided not to proceed.
Thanks for being upfront about your salary expectations. They're well above the band we have approved for this position, so we won't be able to take things further at this time.
We have check your profile with attention. The position need fluent German at C1 level for the contact with our customers, so we are sorry that we can not continue with your candidature.
""",
        "rej_pool_other_roles": """
While we won't be progressing your application for {role}, we were impressed with your profile and would like to keep your CV in our talent pool for up to 12 months. We'll be in touch if a suitable opportunity comes up.
You weren't selected for this particular opening, but we'd genuinely encourage you to apply for other roles on our careers site; several positions at our Rotterdam distribution centre might suit your background.
""",
        "ack_received": """
We have received your application for {role} and it is now being reviewed by our recruitment team.
SUBJECT: Application received - {role} || This is to confirm that your application reached us safely. Your reference number is HR-2291-B. No further action is needed from you right now.
Just confirming I've got your CV and I'll pass it on to the clinic director this week. Speak soon.
""",
        "ack_volume_delay": """
Due to the high volume of applications we receive, our review may take up to four weeks. We appreciate your patience.
If you don't hear from us within 30 days, please assume we are still reviewing applications; we contact every candidate once a decision has been made.
Unfortunately we're a bit slow at the moment, the summer holidays have thinned out the team. Your application is still on the table and we'll be in touch as soon as we can.
We're sorry for the delay in getting back to you. The hiring manager has been travelling and the shortlist has not been finalised yet, so your application remains under active consideration.
Please note that, owing to the number of applications, we are unable to give individual updates before the closing date of 14 June. Your application is in our system and will be considered.
""",
        "inv_interview": """
We'd like to invite you to an interview for the {role} position. Would Thursday at 10:00 or Friday at 14:30 work for you?
SUBJECT: Interview invitation - {role} || The panel would like to meet you at our head office on 3 October. Please confirm your attendance by replying to this e-mail.
""",
        "inv_reschedule": """
Unfortunately Dr. Mensah has been called into theatre and won't be able to make our meeting tomorrow. Could we move it to Monday at 9:00 instead? Apologies for the short notice.
I'm so sorry, but we need to reschedule your interview. Please use the link below to pick a new slot that suits you.
""",
        "inv_no_word_interview": """
Would you be up for a quick 20-minute call this week so I can tell you more about the team? Here's my calendar link.
As the next step, we'd like you to complete a short take-home exercise. You'll have five days; the brief is attached.
Fancy grabbing a coffee near our office next week? The founders would love to chat informally about the {role} role.
""",
        "inv_after_other_no": """
Although we weren't able to offer you the analyst role last spring, your name came up again as soon as the {role} opening was approved. Would you be available for a video call on Wednesday to talk it through?
We've had to turn down most applicants at this stage, but you are on our shortlist. Please book a slot for the online numerical reasoning test by Friday.
""",
        "off_conditional": """
I'm delighted to offer you the position of {role} at {company}, subject to satisfactory references and a pre-employment health check.
Following your conversation with Marta, we are happy to confirm our offer for the {role} position, conditional on a successful background check and verification of your right to work.
""",
        "off_negotiation": """
Thanks for your counter-proposal. We can't quite match the figure you mentioned, but we can raise the base salary to 58,000 and add a signing bonus. Let me know if that works for you.
We were glad to hear you've decided to decline the other offer you mentioned. As promised, the written offer for {role} is attached; please sign and return it by the 20th.
""",
        "off_paperwork": """
SUBJECT: Your contract - action required || Welcome aboard! Your employment contract is ready to sign in our onboarding portal. Please also upload a copy of your ID and your bank details before your start date.
""",
        "oth_alert": """
New jobs matching your search "logistics coordinator" in Manchester: 12 new listings this week. You can update your alert preferences at any time.
""",
        "oth_newsletter": """
This week on the blog: how to handle rejection without losing momentum, and five questions to ask at the end of any interview.
""",
        "oth_cold": """
I came across your profile and think you'd be a strong fit for a confidential Head of Operations search I'm running for a fast-growing biotech client. Open to a quick chat?
""",
        "oth_account": """
We confirm that you have withdrawn your application for {role}. If this was a mistake, you can reapply through the careers site while the vacancy is still open.
Your password for the StaffGrid candidate portal was changed successfully. If you did not make this change, please contact support.
The job you saved, {role} at {company}, has closed and is no longer accepting applications. You didn't apply, so there's nothing you need to do. Here are a few similar jobs.
""",
        "oth_misc": """
Your former colleague Sam Patel has applied for a position with us and named you as a referee. Could you complete the short questionnaire below by Friday?
How was your candidate experience with us? Take our two-minute survey and help us improve.
Join us for the nursing and allied health open evening at St. Bride's Hospital on 12 May. Meet the teams, tour the wards and ask us anything.
""",
    },
    "de": {
        "rej_direct": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Wir haben uns in diesem Auswahlverfahren für andere Bewerber*innen entschieden, deren Profil noch besser zu den Anforderungen unserer Intensivstation passt.
SUBJECT: Ihre Bewerbung bei {company} || Leider müssen wir Ihnen eine Absage erteilen. Die Stelle wird mit einer Person besetzt, die bereits Erfahrung in der Krankenhausapotheke mitbringt.
""",
        "rej_short": """
Hallo {first}, danke dir für deine Bewerbung! Diesmal hat es leider nicht gepasst. Alles Gute!
Kurz und knapp: Wir gehen mit jemand anderem weiter. Sorry und viel Erfolg weiterhin!
SUBJECT: AW: {role} || Danke fürs Zusenden, aber wir müssen diesmal absagen.
""",
        "rej_buried": """
Seit über 60 Jahren steht {company} für Frische aus der Region, und jedes Jahr bewerben sich tausende Menschen bei uns in den Filialen und in der Zentrale. Wir haben alle Unterlagen zur Stelle {role} mit großer Sorgfalt gelesen. In diesem Fall können wir Ihnen jedoch leider kein Angebot machen. Übrigens: Mit der FrischePlus-App sparen Sie diese Woche 20 % auf Obst und Gemüse.
Zunächst möchten wir uns ganz herzlich für die Zeit und Mühe bedanken, die Sie in Ihre Bewerbung gesteckt haben. Ihr Anschreiben hat uns berührt, und man merkt, wie sehr Ihnen Bildungsgerechtigkeit am Herzen liegt. Umso schwerer fällt es uns, Ihnen mitzuteilen, dass wir die Stelle anderweitig vergeben haben.
Wir freuen uns sehr über Ihr Interesse an {company} und an unserer Arbeit. Die Auswahl fiel uns bei der Vielzahl qualifizierter Bewerbungen nicht leicht. Nach Abwägung aller Gesichtspunkte haben wir uns jedoch gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.
""",
        "rej_ats_status": """
Statusänderung Ihrer Bewerbung (Kennziffer 2024-117): abgelehnt. Diese Nachricht wurde automatisch vom Bewerbermanagementsystem Bewerbo erzeugt.
SUBJECT: Bewerbungsstatus: Absage || Der Status Ihrer Bewerbung für {role} wurde in Ihrem Kandidatenkonto aktualisiert. Bitte melden Sie sich an, um Details einzusehen.
SUBJECT: Stelle {role} - Verfahren für Sie beendet || Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch mit Frau Dr. Lindner und der Pflegedienstleitung am vergangenen Donnerstag. Nach reiflicher Überlegung haben wir uns entschieden, die Stelle einer Kandidatin mit mehr Erfahrung in der Dienstplanung anzubieten.
Nach dem zweiten Gespräch mit unserer Geschäftsführung müssen wir dir leider sagen, dass wir dir kein Angebot machen werden. Fachlich waren wir beeindruckt, aber uns fehlt im Team noch jemand mit Erfahrung im Schadenmanagement.
Sie erinnern sich vielleicht an unser Telefonat im Frühjahr. Inzwischen ist das Auswahlverfahren für die Position {role} abgeschlossen, und leider haben wir uns für eine andere Besetzung entschieden.
Wir danken Ihnen für das Vorstellungsgespräch in Winterthur. Nach einem intensiven Austausch im Team haben wir uns schliesslich für eine andere Kandidatur entschieden.
""",
        "rej_after_assessment": """
Vielen Dank für Ihre Teilnahme an unserem Online-Assessment. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können.
Danke für deine Fallstudie, man sieht, dass du dir richtig Mühe gegeben hast. Nach Rücksprache im Team laden wir dich aber nicht zur finalen Runde ein.
Schön, dass Sie beim Probearbeiten in unserem Hotelrestaurant dabei waren. Das Team hat gern mit Ihnen gearbeitet, wir haben uns aber für jemanden mit mehr Erfahrung im À-la-carte-Service entschieden.
""",
        "rej_role_gone": """
Die Stelle {role} konnte intern besetzt werden. Aus diesem Grund schließen wir das externe Verfahren und können Ihre Bewerbung nicht weiter berücksichtigen.
Aufgrund der aktuellen Auftragslage in der Automobilbranche haben wir einen Einstellungsstopp beschlossen. Die ausgeschriebene Position entfällt daher bis auf Weiteres.
SUBJECT: Ausschreibung {role} - Information || Aufgrund der Haushaltssperre der Stadt wird die ausgeschriebene Stelle nicht besetzt. Das Auswahlverfahren wird hiermit ohne Stellenbesetzung beendet.
""",
        "rej_other_reason": """
Für diese Position ist ein Arbeitsort in Ingolstadt mit Präsenzpflicht vorgesehen. Da ein Umzug für Sie nicht infrage kommt, sehen wir leider keine gemeinsame Basis für eine Zusammenarbeit.
Ihre Gehaltsvorstellung liegt deutlich über dem für diese Stelle vorgesehenen Budget, daher können wir das Verfahren mit Ihnen nicht fortsetzen.
Für die Stelle sind verhandlungssichere Deutschkenntnisse (mindestens C1) Voraussetzung. Da diese Anforderung derzeit nicht erfüllt ist, müssen wir Ihnen leider absagen.
Wir haben Ihr Profil mit Interesse gelesen. Leider wir können für diese Stelle keine Arbeitserlaubnis unterstützen, darum ist eine weitere Berücksichtigung nicht möglich.
""",
        "rej_pool_other_roles": """
Auch wenn es mit dieser Stelle nicht geklappt hat, würden wir Ihr Profil mit Ihrem Einverständnis gern in unseren Talent-Pool aufnehmen und uns melden, sobald eine passende Position frei wird.
Unser Mandant hat sich für eine*n andere*n Kandidat*in entschieden. Ich würde Sie aber gern bei künftigen Suchaufträgen berücksichtigen, schauen Sie auch gern in unsere aktuellen Ausschreibungen.
""",
        "ack_received": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns so bald wie möglich bei Ihnen.
SUBJECT: Eingangsbestätigung Ihrer Bewerbung || Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Ihre Bewerber-ID lautet 77-4410. Sie müssen derzeit nichts weiter tun.
Hey {first}, deine Bewerbung ist angekommen! Wir schauen sie uns in den nächsten Tagen an und melden uns bei dir.
""",
        "ack_volume_delay": """
Aufgrund der hohen Anzahl an Bewerbungen kann die Bearbeitung bis zu sechs Wochen dauern. Wir bitten um Ihr Verständnis.
Sollten Sie innerhalb von vier Wochen nichts von uns hören, befindet sich Ihre Bewerbung noch in Prüfung; wir informieren alle Kandidat:innen, sobald eine Entscheidung gefallen ist.
Leider sind wir gerade etwas langsam, weil viele Kolleg*innen im Urlaub sind. Deine Bewerbung ist aber nicht vergessen, wir melden uns so bald wie möglich.
Entschuldigen Sie bitte die lange Wartezeit. Die Fachabteilung hat ihre Auswahl noch nicht abgeschlossen, Ihre Bewerbung befindet sich weiterhin im Verfahren.
Bitte haben Sie Verständnis dafür, dass wir vor Ende der Bewerbungsfrist am 30. Juni keine Zwischenbescheide versenden können. Ihre Unterlagen liegen uns vollständig vor.
""",
        "inv_interview": """
Wir möchten Sie gern zu einem Vorstellungsgespräch für die Position {role} einladen. Passt Ihnen Dienstag um 10 Uhr oder Mittwoch um 15 Uhr?
SUBJECT: Einladung zum Kennenlernen || Wir würden Sie gern am 12. September in unserer Zentrale in Bremen persönlich kennenlernen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.
""",
        "inv_reschedule": """
Leider muss Herr Brandt unseren Termin morgen kurzfristig absagen. Könnten wir das Gespräch auf Freitag um 9 Uhr verschieben? Entschuldigen Sie bitte die Umstände.
Es tut mir leid, aber wir müssen deinen Termin verschieben. Über den Link unten kannst du dir einen neuen Slot aussuchen.
""",
        "inv_no_word_interview": """
Hättest du Lust auf einen kurzen Videocall diese Woche, damit wir uns kennenlernen? Hier ist mein Kalenderlink.
Der schriftliche Auswahltest für die Stelle bei der Stadtverwaltung findet am 4. November um 9 Uhr im Rathaus, Raum 214, statt. Bitte bringen Sie einen gültigen Lichtbildausweis mit.
Magst du nächste Woche auf einen Kaffee bei uns im Büro vorbeikommen? Unsere Gründer*innen würden gern ganz locker mit dir plaudern.
""",
        "inv_after_other_no": """
Auch wenn es im Frühjahr mit der Stelle im Controlling nicht geklappt hat, ist uns Ihr Profil in Erinnerung geblieben. Für die neue Position {role} würden wir gern mit Ihnen telefonieren, wann passt es Ihnen?
Wir mussten vielen Bewerber*innen leider absagen, Sie sind aber in der engeren Auswahl. Bitte buchen Sie bis Freitag einen Termin für den Online-Eignungstest.
""",
        "off_conditional": """
Wir freuen uns, Ihnen die Position {role} anbieten zu können, vorbehaltlich einer positiven betriebsärztlichen Untersuchung und der Vorlage Ihres erweiterten Führungszeugnisses.
Mein Mann und ich haben lange überlegt und möchten Ihnen die Stelle in unserer Buchhaltung gern anbieten. Start wäre der 1. März, die Probezeit beträgt sechs Monate. Geben Sie uns bis Ende der Woche Bescheid?
""",
        "off_negotiation": """
Danke für dein Gegenangebot. Ganz auf die genannte Summe kommen wir nicht, aber wir können das Fixgehalt auf 62.000 Euro anheben und dir zusätzlich ein Jobticket anbieten. Passt das für dich?
Schön, dass Sie sich entschieden haben, das andere Angebot abzulehnen. Wie besprochen finden Sie anbei unser schriftliches Vertragsangebot; wir bitten um Rücksendung bis zum 15.
""",
        "off_paperwork": """
SUBJECT: Ihr Arbeitsvertrag - bitte unterschreiben || Herzlich willkommen im Team! Ihr Arbeitsvertrag liegt zur digitalen Unterschrift in unserem Onboarding-Portal bereit. Bitte laden Sie außerdem Ihre Steuer-ID und Ihre Sozialversicherungsnummer hoch.
""",
        "oth_alert": """
Neue Stellen für Ihre Suche "Logistikkoordinator*in" in Hamburg: 9 neue Angebote in dieser Woche. Ihre Job-Alarm-Einstellungen können Sie jederzeit ändern.
""",
        "oth_newsletter": """
Im neuen Karriere-Newsletter: Wie Sie mit Absagen umgehen, ohne die Motivation zu verlieren, und welche Fragen Sie am Ende jedes Vorstellungsgesprächs stellen sollten.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und betreue derzeit eine vertrauliche Suche nach einer Leitung Supply Chain für einen mittelständischen Automobilzulieferer. Hätten Sie Interesse an einem kurzen Austausch?
""",
        "oth_account": """
Hiermit bestätigen wir, dass Sie Ihre Bewerbung für {role} zurückgezogen haben. Sollte dies ein Versehen sein, können Sie sich erneut bewerben, solange die Stelle ausgeschrieben ist.
Ihr Kandidatenkonto wird in 14 Tagen gelöscht, da es seit zwölf Monaten nicht genutzt wurde. Wenn Sie es behalten möchten, melden Sie sich einfach einmal an.
Die von dir gemerkte Stelle {role} bei {company} ist nicht mehr verfügbar. Du hattest dich darauf nicht beworben, es besteht also kein Handlungsbedarf. Hier sind ähnliche Stellen für dich.
""",
        "oth_misc": """
Eine ehemalige Kollegin von Ihnen, Frau Sandra Kühn, hat sich bei uns beworben und Sie als Referenz angegeben. Dürften wir Sie diese Woche kurz telefonisch kontaktieren?
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Ihre Meinung hilft uns, die Umfrage dauert nur zwei Minuten.
Einladung zum Tag der offenen Tür am Universitätsklinikum: Am 18. Mai stellen sich alle Fachbereiche vor, die Anmeldung ist online möglich.
""",
    },
    "fr": {
        "rej_direct": """
Après examen attentif de votre dossier, nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.
Nous avons choisi de poursuivre le processus avec d'autres profils dont l'expérience correspond davantage aux besoins de notre service de pharmacie hospitalière.
SUBJECT: Votre candidature chez {company} || Nous ne donnerons pas suite à votre candidature. Le poste sera confié à une personne ayant déjà une expérience en gestion de flotte.
""",
        "rej_short": """
Salut {first}, merci pour ta candidature ! Ça ne s'est pas fait cette fois-ci, bonne chance pour la suite.
Merci d'avoir postulé. On a retenu une autre candidature pour le poste, désolé. Bonne continuation!
SUBJECT: RE: {role} || Merci pour l'envoi, mais c'est non pour nous cette fois.
""",
        "rej_buried": """
Depuis plus de 50 ans, {company} accompagne les familles de la région avec des produits frais et locaux, et chaque année des milliers de personnes souhaitent rejoindre nos équipes. Nous avons étudié votre candidature avec le plus grand soin. Malheureusement, nous ne pouvons pas y donner une suite favorable. Profitez en attendant de -20 % sur les fruits et légumes avec votre carte fidélité.
Nous tenons d'abord à vous remercier chaleureusement pour le temps consacré à votre candidature ; votre lettre montrait une vraie connaissance de nos programmes d'accès à l'eau potable. C'est donc avec regret que nous vous annonçons avoir proposé le poste à une autre personne.
Nous vous remercions de l'intérêt porté à {company}. Le choix n'a pas été facile parmi les nombreuses candidatures de qualité reçues. Au terme de notre analyse, nous avons toutefois décidé de privilégier des profils plus proches des exigences du poste.
""",
        "rej_ats_status": """
Mise à jour du statut de votre candidature (réf. 58-2203) : Non retenue. Ce message a été généré automatiquement par la plateforme Recrutia.
SUBJECT: Statut de votre candidature : clôturée || Le statut de votre candidature au poste de {role} a été mis à jour dans votre espace candidat. Connectez-vous pour en savoir plus.
SUBJECT: {role} - candidature non retenue || Ceci est un message automatique, merci de ne pas y répondre.
""",
        "rej_after_interview": """
Merci d'avoir rencontré le Dr Morin et les cadres de santé mardi dernier. Après mûre réflexion, le comité a décidé de retenir une candidate ayant davantage d'expérience en planification des soins.
Nous vous remercions pour l'entretien à Lausanne. Après un échange approfondi au sein de l'équipe, nous avons finalement opté pour une autre candidature.
Vous vous souvenez peut-être de notre échange téléphonique au printemps. Le processus de recrutement pour le poste de {role} est maintenant terminé et, malheureusement, nous ne retiendrons pas votre candidature.
Suite à votre entrevue avec les associés, nous devons malheureusement vous informer que le cabinet ne donnera pas suite à votre candidature. Votre parcours a été apprécié, mais nous recherchons une personne membre du Barreau du Québec.
""",
        "rej_after_assessment": """
Merci d'avoir passé les tests en ligne. Malheureusement, vos résultats ne permettent pas de poursuivre le processus de sélection.
Merci pour l'étude de cas, on voit que tu y as consacré du temps. Après discussion avec l'équipe, on ne te propose pas le dernier tour.
Merci d'être venu pour la journée d'essai à l'hôtel. L'équipe a apprécié travailler avec vous, mais nous avons choisi une personne plus expérimentée en service à la carte.
""",
        "rej_role_gone": """
Le poste de {role} a été pourvu en interne. Nous clôturons donc le recrutement externe et ne pourrons pas donner suite à votre candidature.
En raison d'un gel des embauches décidé par la direction du groupe, le poste est suspendu jusqu'à nouvel ordre et votre candidature ne pourra pas aboutir.
SUBJECT: Avis de vacance {role} - information || Suite aux arbitrages budgétaires de la Région, ce recrutement est annulé. Votre candidature ne sera donc pas examinée plus avant.
""",
        "rej_other_reason": """
Nous ne sommes malheureusement pas en mesure de parrainer un permis de travail pour ce poste ; nous ne pouvons donc pas poursuivre avec votre candidature.
Ce poste exige une présence quotidienne sur notre site de Liège. Comme un déménagement n'est pas envisageable pour vous, nous préférons ne pas aller plus loin.
Vos prétentions salariales dépassent nettement l'enveloppe prévue pour ce poste, nous ne pourrons donc pas donner suite.
Nous avons regardé votre profil avec attention. Le poste demande un néerlandais courant pour parler avec les clients, donc nous sommes désolés mais nous ne pouvons pas continuer avec votre candidature.
""",
        "rej_pool_other_roles": """
Même si votre candidature n'a pas été retenue pour ce poste, nous souhaiterions, avec votre accord, conserver votre CV dans notre vivier de talents pendant 24 mois.
Notre client a retenu un autre candidat. Je reste toutefois à votre écoute pour de futures missions, et je vous invite à consulter nos autres offres en ligne.
""",
        "ack_received": """
Nous avons bien reçu votre candidature au poste de {role}. Elle est en cours d'examen par notre équipe de recrutement.
SUBJECT: Accusé de réception - {role} || Nous confirmons la bonne réception de votre dossier. Votre numéro de référence est le RH-4471. Aucune action n'est requise de votre part pour le moment.
Petit mot pour te confirmer que j'ai bien reçu ton CV, je le transmets à la direction cette semaine. À bientôt!
""",
        "ack_volume_delay": """
En raison du grand nombre de candidatures reçues, le traitement peut prendre jusqu'à six semaines. Merci de votre patience.
Sans nouvelles de notre part d'ici un mois, votre dossier est toujours à l'étude : nous répondons à chaque personne une fois la décision prise.
Malheureusement, nous sommes un peu lents en ce moment à cause des vacances. Votre candidature n'est pas oubliée et nous reviendrons vers vous dès que possible.
Veuillez nous excuser pour ce délai. Le comité de sélection n'a pas encore finalisé sa liste; votre dossier reste en considération.
Nous ne sommes pas en mesure de donner des nouvelles individuelles avant la date de clôture du 15 juin. Votre dossier est complet et sera examiné.
""",
        "inv_interview": """
Nous souhaiterions vous rencontrer en entretien pour le poste de {role}. Seriez-vous disponible jeudi à 10 h ou vendredi à 14 h 30 ?
SUBJECT: Convocation en entrevue || Nous aimerions vous rencontrer le 3 octobre à nos bureaux de Montréal. Merci de confirmer votre présence en répondant à ce courriel.
""",
        "inv_reschedule": """
Malheureusement, Mme Lefèvre a un empêchement et ne pourra pas assurer notre rendez-vous de demain. Pourrions-nous le déplacer à lundi 9 h ? Toutes nos excuses pour ce contretemps.
Désolée, on doit décaler ton rendez-vous. Tu peux choisir un nouveau créneau avec le lien ci-dessous.
""",
        "inv_no_word_interview": """
Seriez-vous disponible pour un court appel de 20 minutes cette semaine ? Voici le lien vers mon agenda.
Prochaine étape : un exercice à réaliser chez vous, vous disposez de cinq jours. Vous trouverez l'énoncé en pièce jointe.
Vous êtes convoqué à l'épreuve écrite d'admissibilité du concours le 4 novembre à 9 h, à l'Hôtel de Ville, salle 214. Munissez-vous d'une pièce d'identité.
""",
        "inv_after_other_no": """
Même si nous n'avions pas pu retenir votre candidature pour le poste de comptable l'an dernier, votre profil nous est revenu en tête pour le poste de {role}. Auriez-vous un moment pour un appel vidéo mercredi ?
Nous avons dû écarter la plupart des candidatures, mais vous faites partie de la présélection. Merci de réserver un créneau pour le test de raisonnement en ligne d'ici vendredi.
""",
        "off_conditional": """
Nous avons le plaisir de vous proposer le poste de {role}, sous réserve de la visite médicale d'embauche et de la vérification de vos références.
Après réflexion, mon frère et moi serions heureux de vous engager dans notre entreprise familiale. Le début est prévu le 1er mars, avec trois mois de période d'essai. Pouvez-vous nous confirmer d'ici la fin de la semaine ?
""",
        "off_negotiation": """
Merci pour ta contre-proposition. On ne peut pas aller jusqu'au montant demandé, mais on peut monter le fixe à 48 000 € et ajouter une prime d'arrivée. Ça te convient ?
Ravis d'apprendre que vous avez décliné l'autre proposition. Comme convenu, vous trouverez ci-joint notre promesse d'embauche pour le poste de {role}, à nous retourner signée avant le 20.
""",
        "off_paperwork": """
SUBJECT: Votre contrat - action requise || Bienvenue parmi nous ! Votre contrat de travail est disponible pour signature électronique sur notre portail d'intégration. Merci d'y déposer également votre RIB et votre numéro de sécurité sociale.
""",
        "oth_alert": """
Nouvelles offres pour votre recherche « coordinateur logistique » à Lyon : 14 nouvelles annonces cette semaine. Modifiez vos alertes à tout moment.
""",
        "oth_newsletter": """
Au sommaire de notre lettre carrière : comment rebondir après un refus, et les cinq questions à poser en fin d'entretien.
""",
        "oth_cold": """
J'ai découvert votre profil et je mène actuellement une recherche confidentielle pour un poste de directeur des opérations chez un client en biotech. Seriez-vous ouvert à un échange ?
""",
        "oth_account": """
Nous vous confirmons le retrait de votre candidature au poste de {role}. En cas d'erreur, vous pouvez postuler à nouveau tant que l'offre est en ligne.
Le mot de passe de votre espace candidat a été modifié. Si vous n'êtes pas à l'origine de ce changement, contactez le support.
L'offre que vous aviez sauvegardée, {role} chez {company}, n'est plus disponible. Vous n'aviez pas postulé, aucune action n'est nécessaire. Voici des offres similaires.
""",
        "oth_misc": """
Une ancienne collègue, Mme Nadia Benali, a postulé chez nous et vous a indiqué comme référence. Pourrions-nous vous appeler brièvement cette semaine ?
Donnez-nous votre avis sur votre expérience candidat : le questionnaire ne prend que deux minutes.
Forum emploi de l'Université le 18 mai : venez rencontrer plus de 80 employeurs, l'inscription est gratuite.
""",
    },
    "es": {
        "rej_direct": """
Tras revisar detenidamente tu candidatura, lamentamos comunicarte que no continuarás en el proceso de selección para el puesto de {role}.
Hemos decidido avanzar con otros perfiles cuya experiencia se ajusta más a las necesidades de nuestro servicio de farmacia hospitalaria.
SUBJECT: Tu postulación en {company} || Te informamos que tu postulación no fue seleccionada. La vacante será cubierta por una persona con experiencia previa en gestión de flotas.
""",
        "rej_short": """
Hola {first}, ¡gracias por postularte! Esta vez no se dio, mucha suerte.
Gracias por aplicar. Nos fuimos por otro candidato, lo siento. ¡Éxitos!
SUBJECT: RE: {role} || Gracias por mandarlo, pero esta vez es un no.
""",
        "rej_buried": """
Desde hace más de 40 años, {company} lleva producto fresco a miles de hogares, y cada año miles de personas quieren formar parte de nuestras tiendas. Hemos leído tu candidatura con mucho cuidado. Lamentablemente, en esta ocasión no podemos seguir adelante contigo. Mientras tanto, aprovecha un 15 % de descuento en frutas y verduras con nuestra tarjeta cliente.
Queremos empezar agradeciéndote sinceramente el tiempo que dedicaste a tu postulación; tu carta mostraba un conocimiento real de nuestros programas de alfabetización. Por eso nos cuesta decirte que hemos ofrecido el puesto a otra persona.
Agradecemos el interés mostrado en {company}. La decisión no ha sido fácil, dado el gran número de candidaturas de calidad recibidas. Tras analizarlas, hemos optado por perfiles que se ajustan mejor a los requisitos del puesto.
""",
        "rej_ats_status": """
Actualización de estado de tu solicitud (ref. 31-9087): Descartado. Este mensaje fue generado automáticamente por la plataforma TalentQuay.
SUBJECT: Estado de tu candidatura: Cerrada || El estado de tu candidatura para {role} se ha actualizado en tu área de candidato. Inicia sesión para ver los detalles.
SUBJECT: {role} - proceso finalizado para ti || Este es un mensaje automático, por favor no respondas a este correo.
""",
        "rej_after_interview": """
Gracias por reunirte con la Dra. Salinas y el equipo de enfermería el martes pasado. Después de pensarlo mucho, el comité decidió ofrecer la plaza a una candidata con más experiencia en gestión de turnos.
Tras la segunda entrevista con dirección, lamentamos decirte que no te haremos una oferta. Valoramos mucho tu perfil, pero buscamos a alguien con experiencia directa en siniestros.
Quizás recuerdes que hablamos por teléfono en marzo. El proceso para el puesto de {role} ya ha concluido y, lamentablemente, no seguiremos adelante con tu candidatura.
Derivado de tu entrevista con los socios, te informamos que el despacho no continuará con tu proceso. Tu trayectoria fue muy bien valorada, pero requerimos cédula profesional vigente en México.
""",
        "rej_after_assessment": """
Gracias por completar las pruebas en línea. Lamentablemente, tus resultados no alcanzaron el puntaje necesario para avanzar a la siguiente etapa.
Gracias por el caso práctico, se nota que le dedicaste tiempo. Después de revisarlo con el equipo, hemos decidido no pasarte a la ronda final.
Gracias por venir a la jornada de prueba en el hotel. Al equipo le gustó trabajar contigo, pero elegimos a alguien con más experiencia en servicio a la carta.
""",
        "rej_role_gone": """
La vacante de {role} se cubrió de forma interna, por lo que cerramos el proceso externo y no podremos avanzar con tu postulación.
Debido a una congelación de contrataciones en todo el grupo, el puesto queda en pausa indefinida y no podremos continuar con tu candidatura.
SUBJECT: Convocatoria {role} - información || Tras la revisión presupuestaria del Ayuntamiento, la plaza ha quedado anulada y no se cubrirá este año. Por tanto, tu solicitud no seguirá en el proceso.
""",
        "rej_other_reason": """
Lamentablemente no podemos patrocinar permisos de trabajo para este puesto, así que no podemos seguir adelante con tu candidatura.
El puesto requiere presencia diaria en nuestra planta de Querétaro y, como nos comentaste que no puedes mudarte, hemos decidido no continuar.
Tu expectativa salarial está bastante por encima del rango aprobado para esta posición, por lo que no podremos avanzar por ahora.
Hemos mirado tu perfil con atención. El puesto necesita alemán fluido para hablar con los clientes, entonces sentimos mucho pero no podemos continuar con tu candidatura.
""",
        "rej_pool_other_roles": """
Aunque no avanzarás en este proceso, nos gustaría guardar tu CV en nuestra bolsa de talento durante 12 meses y contactarte si surge una vacante adecuada.
Nuestro cliente eligió a otro candidato. Aun así, te invito a revisar nuestras otras vacantes publicadas; hay varias en logística que podrían encajar contigo.
""",
        "ack_received": """
Hemos recibido tu candidatura para el puesto de {role} y nuestro equipo de selección ya la está revisando.
SUBJECT: Confirmación de recepción - {role} || Confirmamos que tu postulación llegó correctamente. Tu número de folio es RH-5520. Por ahora no necesitas hacer nada más.
Te confirmo que me llegó tu CV, se lo paso a la directora esta semana. ¡Hablamos!
""",
        "ack_volume_delay": """
Debido al alto volumen de postulaciones, la revisión puede tardar hasta cinco semanas. Agradecemos tu paciencia.
Si no tienes noticias nuestras en 30 días, tu candidatura sigue en revisión: contestamos a todas las personas cuando se toma una decisión.
Lamentablemente vamos un poco lentos estos días por las vacaciones. Tu candidatura no está olvidada y te escribiremos en cuanto podamos.
Disculpa la demora. El comité aún no ha cerrado la lista de preseleccionados; tu candidatura sigue siendo considerada.
No podemos dar actualizaciones individuales antes del cierre de la convocatoria el 15 de junio. Tu solicitud está completa y será evaluada.
""",
        "inv_interview": """
Nos gustaría invitarte a una entrevista para el puesto de {role}. ¿Te viene bien el jueves a las 10:00 o el viernes a las 16:30?
SUBJECT: Citación a entrevista || Queremos conocerte el 3 de octubre en nuestras oficinas de Bogotá. Por favor confirma tu asistencia respondiendo este correo.
""",
        "inv_reschedule": """
Lamentablemente, el Dr. Ibáñez tuvo una urgencia y no podrá atender nuestra cita de mañana. ¿Podemos pasarla al lunes a las 9:00? Disculpa las molestias.
Perdón, tenemos que reagendar tu entrevista. Elige un nuevo horario en el enlace de abajo.
""",
        "inv_no_word_interview": """
¿Tienes 20 minutos esta semana para una llamada rápida? Así te cuento más del equipo. Aquí va mi agenda.
Como siguiente paso, te pedimos resolver un ejercicio práctico en casa. Tienes cinco días; el enunciado va adjunto.
¿Te animas a tomar un café cerca de la oficina la próxima semana? Los fundadores quieren charlar contigo de manera informal sobre el puesto de {role}.
""",
        "inv_after_other_no": """
Aunque el año pasado no pudimos seleccionarte para el puesto de analista, nos acordamos de ti en cuanto se abrió la vacante de {role}. ¿Tendrías un rato para una videollamada el miércoles?
Tuvimos que descartar a la mayoría de los postulantes, pero tú estás en la preselección. Por favor reserva un horario para la prueba psicotécnica en línea antes del viernes.
""",
        "off_conditional": """
Nos complace ofrecerte el puesto de {role}, sujeto al examen médico de ingreso y a la verificación de tus referencias.
Con mi viejo lo charlamos bastante y queremos ofrecerte el puesto en la distribuidora. Arrancarías el 1 de marzo, con tres meses de prueba. ¿Nos confirmás antes del viernes?
""",
        "off_negotiation": """
Gracias por tu contrapropuesta. No llegamos a la cifra que mencionas, pero podemos subir el salario base a 42.000 € brutos anuales y añadir un bono de incorporación. ¿Te parece bien?
Nos alegra saber que decidiste declinar la otra oferta. Como acordamos, te adjuntamos la carta oferta formal para el puesto de {role}; por favor devuélvela firmada antes del día 20.
""",
        "off_paperwork": """
SUBJECT: Tu contrato - acción requerida || ¡Bienvenido a bordo! Tu contrato está listo para firmarse en nuestro portal de incorporación. Sube también una copia de tu documento de identidad y tus datos bancarios.
""",
        "oth_alert": """
Nuevas ofertas para tu búsqueda «coordinador de logística» en Madrid: 11 anuncios nuevos esta semana. Puedes cambiar tus alertas cuando quieras.
""",
        "oth_newsletter": """
En el boletín de esta semana: cómo manejar el rechazo sin perder la motivación y cinco preguntas para cerrar cualquier entrevista.
""",
        "oth_cold": """
Vi tu perfil y creo que encajarías en una búsqueda confidencial de gerente de operaciones que llevo para una farmacéutica. ¿Te interesa conversar?
""",
        "oth_account": """
Te confirmamos que retiraste tu postulación al puesto de {role}. Si fue un error, puedes volver a postular mientras la vacante siga abierta.
Tu cuenta de candidato será eliminada en 14 días por inactividad. Si quieres conservarla, solo tienes que iniciar sesión.
La vacante que guardaste, {role} en {company}, ya no está disponible. No te habías postulado, así que no necesitas hacer nada. Te dejamos ofertas similares.
""",
        "oth_misc": """
Una excompañera tuya, Laura Méndez, se postuló con nosotros y te indicó como referencia. ¿Podríamos llamarte unos minutos esta semana?
¿Qué tal fue tu experiencia como candidato? Responde nuestra encuesta de dos minutos.
Feria de empleo de la Universidad el 18 de mayo: más de 80 empresas, inscripción gratuita.
""",
    },
    "pt": {
        "rej_direct": """
Após análise cuidadosa do seu currículo, informamos que você não seguirá no processo seletivo para a vaga de {role}.
Decidimos avançar com outros candidatos cujo percurso se ajusta melhor às necessidades do nosso serviço de farmácia hospitalar.
SUBJECT: Sua candidatura na {company} || Infelizmente sua candidatura não foi selecionada. A vaga será preenchida por uma pessoa com experiência prévia em gestão de frota.
""",
        "rej_short": """
Oi {first}, valeu pela candidatura! Dessa vez não rolou, boa sorte!
Obrigado pela candidatura. Optámos por outro candidato, lamentamos. Felicidades!
SUBJECT: RE: {role} || Obrigada por mandar, mas dessa vez a resposta é não.
""",
        "rej_buried": """
Há mais de 30 anos, o {company} leva produtos frescos para milhares de famílias, e todo ano milhares de pessoas querem fazer parte das nossas lojas. Lemos sua candidatura com muito cuidado. Infelizmente, neste momento não vamos seguir com o seu perfil. Enquanto isso, aproveite 15% de desconto em hortifrúti com o nosso app.
Queremos começar agradecendo de coração o tempo que você dedicou à sua candidatura; sua carta mostrou um conhecimento real dos nossos projetos de saneamento. Por isso é difícil dizer que oferecemos a vaga a outra pessoa.
Agradecemos o interesse demonstrado pela {company}. A decisão não foi fácil, dado o elevado número de candidaturas de qualidade. Após a análise, optámos por perfis mais alinhados com os requisitos da função.
""",
        "rej_ats_status": """
Atualização do status da sua candidatura (ref. 72-1148): Reprovado. Esta mensagem foi gerada automaticamente pela plataforma Hireloom.
SUBJECT: Status da candidatura: Encerrada || O status da sua candidatura para {role} foi atualizado na sua área do candidato. Faça login para ver os detalhes.
SUBJECT: {role} - processo encerrado para você || Esta é uma mensagem automática, por favor não responda.
""",
        "rej_after_interview": """
Obrigado por conversar com a Dra. Tavares e a equipe de enfermagem na terça passada. Depois de muita reflexão, o comitê decidiu oferecer a vaga a uma candidata com mais experiência em escalas.
Após a segunda entrevista com a direção, lamentamos informar que não lhe vamos apresentar uma proposta. Gostámos muito do seu perfil, mas procuramos alguém com experiência direta em sinistros.
Talvez se lembre da nossa chamada em março. O processo para a função de {role} já foi concluído e, infelizmente, não vamos avançar com a sua candidatura.
Após sua entrevista com os sócios, informamos que o escritório não dará continuidade ao seu processo. Sua trajetória foi muito bem avaliada, mas precisamos de alguém com inscrição ativa na OAB.
""",
        "rej_after_assessment": """
Obrigado por realizar os testes online. Infelizmente, sua pontuação não atingiu o mínimo necessário para avançar para a próxima etapa.
Valeu pelo case, deu pra ver que você se dedicou. Depois de revisar com o time, decidimos não te levar para a rodada final.
Obrigado por ter vindo ao dia experimental no hotel. A equipa gostou de trabalhar consigo, mas escolhemos alguém com mais experiência em serviço à carta.
""",
        "rej_role_gone": """
A vaga de {role} foi preenchida internamente, por isso encerramos o processo externo e não poderemos seguir com sua candidatura.
Devido ao congelamento de contratações em todo o grupo, a vaga foi suspensa por tempo indeterminado e não poderemos dar continuidade à sua candidatura.
SUBJECT: Procedimento concursal {role} - informação || Na sequência da revisão orçamental da Câmara Municipal, o procedimento foi anulado e o lugar não será preenchido este ano. A sua candidatura não prosseguirá.
""",
        "rej_other_reason": """
Infelizmente não conseguimos patrocinar visto de trabalho para esta vaga, portanto não podemos seguir com sua candidatura.
A vaga exige presença diária na nossa fábrica em Betim e, como você informou que não pode se mudar, decidimos não seguir adiante.
Sua pretensão salarial está bem acima da faixa aprovada para esta posição, então não conseguiremos avançar no momento.
Nós olhamos o seu perfil com atenção. A vaga precisa de inglês fluente para falar com os clientes, então desculpa mas não podemos continuar com sua candidatura.
""",
        "rej_pool_other_roles": """
Embora você não siga neste processo, gostaríamos de manter seu currículo no nosso banco de talentos por 12 meses e entrar em contato se surgir uma vaga adequada.
Nosso cliente escolheu outro candidato. Mesmo assim, convido você a conferir nossas outras vagas abertas; algumas na área de logística podem combinar com seu perfil.
""",
        "ack_received": """
Recebemos sua candidatura para a vaga de {role} e nossa equipe de recrutamento já está analisando.
SUBJECT: Confirmação de receção - {role} || Confirmamos que a sua candidatura foi recebida com sucesso. O número de referência é RH-6631. De momento não precisa de fazer mais nada.
Só pra confirmar que recebi seu currículo, vou passar para a diretora essa semana. Falamos!
""",
        "ack_volume_delay": """
Devido ao grande volume de candidaturas, a análise pode levar até cinco semanas. Agradecemos a sua paciência.
Se não tiver notícias nossas em 30 dias, a sua candidatura continua em análise: respondemos a todas as pessoas quando houver uma decisão.
Infelizmente estamos um pouco lentos nesses dias por causa das férias. Sua candidatura não foi esquecida e voltamos a falar assim que possível.
Desculpe a demora. O comitê ainda não fechou a lista de pré-selecionados; sua candidatura continua sendo considerada.
Não conseguimos dar retornos individuais antes do encerramento das inscrições em 15 de junho. Sua inscrição está completa e será avaliada.
""",
        "inv_interview": """
Gostaríamos de convidar você para uma entrevista para a vaga de {role}. Quinta às 10h ou sexta às 16h30 funcionam para você?
SUBJECT: Convocatória para entrevista || Gostaríamos de o conhecer no dia 3 de outubro nos nossos escritórios em Lisboa. Agradecemos que confirme a sua presença respondendo a este e-mail.
""",
        "inv_reschedule": """
Infelizmente o Dr. Moura teve uma urgência e não poderá fazer a nossa conversa amanhã. Podemos passar para segunda às 9h? Desculpe o transtorno.
Foi mal, precisamos remarcar sua entrevista. Escolha um novo horário no link abaixo.
""",
        "inv_no_word_interview": """
Você teria 20 minutinhos essa semana para um papo rápido? Te conto mais sobre o time. Segue minha agenda.
Você está convocado para a prova escrita do concurso em 4 de novembro, às 9h, na sede da Prefeitura, sala 214. Compareça com documento oficial com foto.
Como próxima etapa, pedimos que você resolva um desafio técnico em casa. O prazo é de cinco dias; o enunciado está em anexo.
""",
        "inv_after_other_no": """
Embora não tenhamos conseguido seguir com você para a vaga de analista no ano passado, lembramos do seu perfil assim que abriu a vaga de {role}. Teria um tempo para uma videochamada na quarta?
Tivemos que reprovar a maioria dos candidatos, mas você está entre os pré-selecionados. Por favor, agende um horário para o teste de raciocínio lógico online até sexta.
""",
        "off_conditional": """
Temos o prazer de lhe propor a função de {role}, sujeita a exame médico de admissão e à verificação das suas referências.
Eu e o meu pai pensámos bem e gostávamos de lhe oferecer o lugar na nossa loja. Começaria a 1 de março, com período experimental de 90 dias. Pode confirmar-nos até sexta-feira?
""",
        "off_negotiation": """
Obrigado pela contraproposta. Não chegamos ao valor que você mencionou, mas conseguimos subir o salário para R$ 14.500 e incluir um bônus de contratação. Fechamos assim?
Que bom saber que você decidiu recusar a outra proposta. Como combinado, segue em anexo a carta-oferta para a vaga de {role}; por favor, devolva assinada até o dia 20.
""",
        "off_paperwork": """
SUBJECT: Seu contrato - ação necessária || Seja bem-vindo! Seu contrato está disponível para assinatura no nosso portal de admissão. Envie também cópia do RG, do CPF e seus dados bancários.
""",
        "oth_alert": """
Novas vagas para sua busca "coordenador de logística" em São Paulo: 13 anúncios novos nesta semana. Altere seus alertas quando quiser.
""",
        "oth_newsletter": """
Na newsletter desta semana: como lidar com a rejeição sem perder o ânimo e cinco perguntas para fazer no fim de qualquer entrevista.
""",
        "oth_cold": """
Vi seu perfil e acredito que você teria fit com uma busca confidencial de gerente de operações que estou conduzindo para uma empresa de biotecnologia. Topa uma conversa?
""",
        "oth_account": """
Confirmamos que você retirou sua candidatura para a vaga de {role}. Se foi um engano, você pode se candidatar novamente enquanto a vaga estiver aberta.
A palavra-passe da sua conta de candidato foi alterada. Se não foi você, contacte o suporte.
A vaga que você salvou, {role} na {company}, foi encerrada. Você não se candidatou, então não é preciso fazer nada. Veja vagas parecidas.
""",
        "oth_misc": """
Uma ex-colega sua, Juliana Prado, se candidatou aqui e indicou você como referência. Podemos te ligar rapidinho essa semana?
Como foi sua experiência como candidato? Responda nossa pesquisa de dois minutos.
Feira de carreiras da Universidade em 18 de maio: mais de 80 empresas, inscrição gratuita.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first},", "Hello {first},", "Dear Alex Rivera,"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role.",
            "Thank you for taking the time to apply.",
        ],
        "wish": [
            "We wish you all the best.",
            "Take care, and best wishes for the months ahead.",
            "Kind regards from all of us at {company}.",
        ],
        "marketing": [
            "At {company}, our people are at the heart of everything we do. Across our sites, teams work together every day to serve our communities, and we are proud to have been named a Top Employer for the third year running.",
            "Discover life at {company}: flexible working, a generous learning budget and volunteering days for every colleague. Follow us to see what our teams are up to.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company} Talent Team",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "You are receiving this e-mail because you created a candidate profile with {company}. Privacy notice | Manage preferences",
            "{company}, 14 Harbour Road. This message may contain confidential information intended only for the addressee.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: {role}",
            "Re: {role} application",
            "An update from {company}",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "{role} at {company}",
            "Your application - {company}",
        ],
        "subject_off": ["{role} at {company}", "Good news from {company}", "Re: {role}"],
        "subject_oth": [
            "News from {company} Careers",
            "Your {company} candidate account",
            "{company} Careers",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Sehr geehrte*r Alex Rivera,",
            "Liebe*r {first},",
            "Guten Tag {first} Rivera,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für deine Bewerbung als {role}.",
            "Herzlichen Dank für die Zeit, die Sie sich für Ihre Bewerbung genommen haben.",
        ],
        "wish": [
            "Wir wünschen Ihnen alles Gute.",
            "Für die Zukunft wünschen wir dir alles Gute.",
            "Herzliche Grüße aus dem Team von {company}.",
        ],
        "marketing": [
            "Bei {company} stehen Menschen im Mittelpunkt. An unseren Standorten arbeiten Teams jeden Tag gemeinsam für unsere Region, und wir sind stolz, erneut als Top-Arbeitgeber ausgezeichnet worden zu sein.",
            "Lernen Sie {company} kennen: flexible Arbeitszeiten, Weiterbildungsbudget und ein Tag Ehrenamt pro Jahr für alle Mitarbeitenden.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\nTeam Recruiting {company}",
            "Beste Grüße\n{sender}",
        ],
        "footer": [
            "Sie erhalten diese E-Mail, weil Sie ein Bewerberprofil bei {company} angelegt haben. Datenschutzhinweise | Einstellungen",
            "{company} GmbH, Hafenstraße 14. Registergericht und Geschäftsführung siehe Impressum.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "{company}: {role}",
            "AW: Bewerbung {role}",
            "Neuigkeiten zu Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Nächste Schritte: {role}",
            "{role} bei {company}",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_off": ["{role} bei {company}", "Gute Nachrichten von {company}", "AW: {role}"],
        "subject_oth": [
            "Neues von {company} Karriere",
            "Ihr Kandidatenkonto bei {company}",
            "{company} Karriere",
        ],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Madame, Monsieur,", "Cher·e {first},", "Allo {first},"],
        "thanks": [
            "Merci de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature au poste de {role}.",
            "Nous vous remercions du temps consacré à votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons le meilleur.",
            "Au plaisir, et bonne suite à toi.",
            "Bien cordialement, l'équipe {company}.",
        ],
        "marketing": [
            "Chez {company}, nos collaboratrices et collaborateurs sont au cœur de tout ce que nous faisons. Nous sommes fiers d'avoir été reconnus employeur de choix pour la troisième année consécutive.",
            "Découvrez la vie chez {company} : télétravail flexible, budget formation et journées de bénévolat pour toutes et tous.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\nÉquipe Talents {company}",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Vous recevez ce courriel car vous avez créé un espace candidat chez {company}. Politique de confidentialité | Préférences",
            "{company}, 14 rue du Port. Ce message peut contenir des informations confidentielles.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "{company} : {role}",
            "RE: candidature {role}",
            "Des nouvelles de {company}",
        ],
        "subject_inv": [
            "Prochaines étapes : {role}",
            "{role} chez {company}",
            "Votre candidature chez {company}",
        ],
        "subject_off": ["{role} chez {company}", "Bonne nouvelle de {company}", "RE: {role}"],
        "subject_oth": [
            "Les actualités de {company} Carrières",
            "Votre espace candidat {company}",
            "{company} Carrières",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Buen día, {first}:",
            "Apreciado Alex Rivera:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Gracias por postularte al puesto de {role}.",
            "Agradecemos el tiempo que dedicaste a tu candidatura.",
        ],
        "wish": [
            "Te deseamos mucho éxito.",
            "Un saludo cordial de todo el equipo de {company}.",
            "Quedamos a tu disposición.",
        ],
        "marketing": [
            "En {company}, las personas están en el centro de todo lo que hacemos. Nuestros equipos trabajan cada día para nuestras comunidades y estamos orgullosos de haber sido reconocidos como Top Employer por tercer año consecutivo.",
            "Descubre la vida en {company}: horario flexible, presupuesto de formación y días de voluntariado para todo el equipo.",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender}",
            "Atentamente,\n{sender}\nEquipo de Talento {company}",
        ],
        "footer": [
            "Recibes este correo porque creaste un perfil de candidato en {company}. Aviso de privacidad | Preferencias",
            "{company}, Calle del Puerto 14. Este mensaje puede contener información confidencial.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "{company}: {role}",
            "RE: postulación {role}",
            "Novedades de {company}",
        ],
        "subject_inv": [
            "Próximos pasos: {role}",
            "{role} en {company}",
            "Tu postulación en {company}",
        ],
        "subject_off": ["{role} en {company}", "Buenas noticias de {company}", "RE: {role}"],
        "subject_oth": [
            "Novedades de {company} Empleo",
            "Tu cuenta de candidato en {company}",
            "{company} Empleo",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Prezado(a) {first},",
            "Oi {first}, tudo bem?",
            "Caro Alex Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos sua candidatura para a vaga de {role}.",
            "Agradecemos o tempo que dedicou à sua candidatura.",
        ],
        "wish": [
            "Desejamos muito sucesso.",
            "Um abraço de toda a equipe da {company}.",
            "Com os melhores cumprimentos.",
        ],
        "marketing": [
            "Na {company}, as pessoas estão no centro de tudo o que fazemos. Nossas equipes trabalham todos os dias pelas comunidades onde atuamos, e temos orgulho de ser reconhecidos como Top Employer pelo terceiro ano seguido.",
            "Conheça a vida na {company}: horário flexível, verba para formação e dias de voluntariado para todo o time.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}",
            "Abraços,\n{sender}",
            "Com os melhores cumprimentos,\n{sender}\nEquipa de Talento {company}",
        ],
        "footer": [
            "Você está recebendo este e-mail porque criou um perfil de candidato na {company}. Política de privacidade | Preferências",
            "{company}, Rua do Porto 14. Esta mensagem pode conter informação confidencial.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company}: {role}",
            "RE: candidatura {role}",
            "Novidades da {company}",
        ],
        "subject_inv": [
            "Próximos passos: {role}",
            "{role} na {company}",
            "Sua candidatura na {company}",
        ],
        "subject_off": ["{role} na {company}", "Boas notícias da {company}", "RE: {role}"],
        "subject_oth": [
            "Novidades da {company} Carreiras",
            "Sua conta de candidato na {company}",
            "{company} Carreiras",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether the {role} position is still open and whether you need anything else from me.\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. The role is still open and your documents are complete; I'll come back to you once the team has met.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob die Stelle als {role} noch offen ist und ob Sie noch Unterlagen von mir brauchen.\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachricht. Die Stelle ist noch offen und Ihre Unterlagen sind vollständig; ich melde mich, sobald sich das Team abgestimmt hat.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de vous relancer : le poste de {role} est-il toujours ouvert, et avez-vous besoin d'autres documents de ma part ?\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Le poste est toujours ouvert et votre dossier est complet ; je reviens vers vous après la réunion de l'équipe.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería consultar si el puesto de {role} sigue abierto y si necesitan algún documento más de mi parte.\nAlex\n\n{header2}\nHola Alex:\nGracias por escribir. El puesto sigue abierto y tu documentación está completa; te escribo cuando el equipo se haya reunido.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se a vaga de {role} ainda está aberta e se precisam de mais algum documento meu.\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contato. A vaga continua aberta e seus documentos estão completos; volto a falar com você depois da reunião da equipe.\n{sender}\n",
}
