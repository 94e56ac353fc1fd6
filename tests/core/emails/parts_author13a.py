# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Mail passages by an independent author (round 13, author13a): the line between a receipt
(acknowledgement) and a rejection when both talk about how the company treats applicants in
general. Everything is invented and written from general knowledge; no samples were read.

Languages: en, de (Sie and du), fr, es, pt. Sectors: logistics, insurance, public health
trusts, municipal utilities, engineering, retail, cosmetics, software, analytics, education.
Registers: ATS no-reply receipts, formal public-sector letters, warm start-up notes, terse
recruiter mails, long process explanations.

Families (same keys in every language):
- ack_silence_rule: receipts stating "if you have not heard from us within N weeks, please
  assume..." and similar general rules, plus "we cannot answer status enquiries".
- ack_shortlist_only: receipts saying only shortlisted candidates are contacted / no individual
  feedback can be given, because of the volume of applications.
- ack_future_outcome: receipts that describe what will happen after a negative decision, in the
  future tense or conditionally (notified when the process closes, kept in the talent pool if
  the profile does not match, rolling review where not everyone is invited).
- ack_regret_other: receipts using "unfortunately / regret / leider / malheureusement /
  lamentablemente / infelizmente" about something other than the person's application (delays,
  holidays, portal problems, no phone enquiries).
- ack_procedure_closed: receipts from public and large employers describing the selection
  procedure, or saying the posting has closed and the review has started.
- rej_reviewed_regret: "we have now reviewed all applications and regret that you have not been
  shortlisted" - decision in the past or present perfect.
- rej_shortlist_notice: "as we said, we only contact shortlisted candidates; this is to let you
  know you were not among them", rejections mentioning the volume of applications.
- rej_talent_pool: the profile has been added to the talent pool, but this application will not
  be taken further.
- rej_process_then_decision: rejections that explain the process (and the rules for everyone)
  first and give the decision only at the end.
- inv_shortlisted: invitations using the same shortlist vocabulary.
- off_after_process: offers after a long process.
- oth_housekeeping: status and housekeeping mails that are no decision and no receipt (data
  retention consent, candidate survey, portal migration, job alerts).
"""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nordhafen Logistik GmbH",
    "Clairval Assurances",
    "Brightwater Health Trust",
    "Ferrovia Sul Engenharia",
    "Grupo Alcántara Retail",
    "Kestrel Analytics",
    "Stadtwerke Lindenau",
    "Maison Verdier Cosmétiques",
    "Tidewell Software",
    "Instituto Vale Verde",
    "Halden & Roe Consulting",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Coordinator",
    "Junior Accountant",
    "UX Designer",
    "Logistics Planner",
    "HR Generalist",
    "Backend Developer",
    "Customer Success Manager",
    "Procurement Officer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Talent Acquisition Team", "careers@{domain}"),
    ("Miriam Okafor", "miriam.okafor@{domain}"),
    ("Jonas Weller", "jonas.weller@{domain}"),
    ("Personalabteilung", "bewerbung@{domain}"),
    ("Service Recrutement", "recrutement@{domain}"),
    ("Camille Roussel", "c.roussel@{domain}"),
    ("Lucía Ferrer", "lferrer@{domain}"),
    ("Equipo de Selección", "seleccion@{domain}"),
    ("Inês Carvalho", "ines.carvalho@{domain}"),
    ("Recrutamento e Seleção", "recrutamento@{domain}"),
    ("Hiring Team", "no-reply@mail.hirestream.example"),
    ("Candidate Care", "noreply@apply.talentloop.example"),
)

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "We appreciate the time you put into your application.",
            "Thank you for considering a career with {company}.",
        ],
        "wish": [
            "We wish you all the best with your search.",
            "Good luck with the next step in your career.",
            "We hope you find the right role soon.",
            "All the best for the future.",
        ],
        "marketing": [
            "At {company}, we move more than 40,000 parcels a day across northern Europe, and every one of them depends on people who like solving puzzles. Follow us to see what our teams are building.",
            "{company} has been named one of the region's Top Employers three years running. Flexible hours, a learning budget for everyone and a hybrid model that actually works: discover life at {company} on our careers blog.",
            "Did you know? Our teams planted 12,000 trees last year as part of our volunteering days. Find out more about our sustainability commitments and our employee networks on our website.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Many thanks,\n{sender}",
            "Warm wishes,\n{sender}\nPeople & Culture, {company}",
            "Regards,\nThe recruitment team at {company}",
        ],
        "footer": [
            "This message was sent from an unmonitored mailbox. Please do not reply directly to this e-mail.",
            "{company} is an equal opportunities employer. We process your personal data in accordance with our candidate privacy notice.",
            "You are receiving this e-mail because you applied for a role at {company}. Manage your notification preferences in your candidate account.",
            "Registered office: 1 Harbour Road, Leeds LS1 4AB. Registered in England and Wales.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: application {role}",
            "Re: {role} application",
            "Your application to {company}",
            "Application update - {role}",
        ],
        "subject_inv": [
            "Interview invitation - {role}",
            "Next steps: {role} at {company}",
            "Let's talk about the {role} role",
        ],
        "subject_off": [
            "Offer of employment - {role}",
            "Your offer from {company}",
            "Good news about the {role} position",
        ],
        "subject_oth": [
            "Your candidate account at {company}",
            "A quick question from {company}",
            "Information about your data at {company}",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte:r Alex Rivera,",
            "Guten Tag {first},",
            "Guten Tag Alex Rivera,",
            "Hallo {first},",
            "Hi {first},",
            "Liebe:r {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für Ihre Bewerbung als {role}.",
            "Wir danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben.",
            "Danke, dass du dich bei {company} beworben hast.",
            "Vielen Dank für dein Interesse an der Stelle als {role}.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
            "Wir wünschen Ihnen viel Erfolg bei Ihrer Suche.",
            "Wir wünschen dir alles Gute und viel Erfolg.",
            "Für deine Suche drücken wir dir die Daumen.",
        ],
        "marketing": [
            "{company} versorgt über 180.000 Haushalte mit Strom, Wasser und Wärme. Als kommunales Unternehmen bieten wir tarifliche Bezahlung, betriebliche Altersvorsorge und echte Vereinbarkeit von Familie und Beruf. Mehr über uns erfahren Sie auf unserer Karriereseite.",
            "Bei {company} arbeiten Menschen aus 34 Nationen zusammen. Folge uns auf LinkedIn und Instagram und erfahre, wie unser Alltag zwischen Lager, Büro und Hafen aussieht.",
            "Nachhaltigkeit ist bei uns kein Schlagwort: Bis 2030 stellen wir unsere gesamte Flotte auf alternative Antriebe um. Entdecken Sie, woran unsere Teams gerade arbeiten.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße aus dem Recruiting-Team\n{sender}",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der {company}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "{company} | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg HRB 123456 | Geschäftsführung: Dr. K. Brandt",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Du erhältst diese Nachricht, weil du ein Bewerberkonto bei {company} hast.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} - {company}",
            "AW: Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch - {role}",
            "Einladung zum Kennenlernen",
            "Nächste Schritte: {role}",
        ],
        "subject_off": [
            "Vertragsangebot {role}",
            "Unser Angebot für dich",
            "Zusage - {role} bei {company}",
        ],
        "subject_oth": [
            "Ihr Bewerberkonto bei {company}",
            "Kurze Frage von {company}",
            "Hinweis zu deinen Bewerbungsdaten",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour Alex Rivera,",
            "Cher candidat, chère candidate,",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Nous vous remercions pour le temps consacré à votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos projets professionnels.",
            "Bonne continuation dans vos recherches.",
            "Nous vous adressons tous nos vœux de réussite.",
        ],
        "marketing": [
            "Depuis 1952, {company} accompagne plus de deux millions d'assurés partout en France. Découvrez nos engagements RSE, nos métiers et les témoignages de nos collaborateurs sur notre site carrières.",
            "Chez {company}, chaque collaborateur bénéficie de 10 jours de formation par an et du télétravail jusqu'à trois jours par semaine. Suivez-nous sur LinkedIn pour ne rien manquer de nos actualités.",
            "Entreprise à mission, {company} s'est engagée à réduire de moitié ses emballages plastiques d'ici 2027. Rejoignez une communauté qui fait bouger les lignes.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\n{company}",
            "Veuillez agréer nos salutations distinguées.\n{sender}",
            "Belle journée,\n{sender}",
            "L'équipe Recrutement de {company}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données en écrivant à dpo@clairval.example.",
            "{company} - SA au capital de 12 000 000 EUR - RCS Lyon 123 456 789",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Candidature {role} - {company}",
            "RE : candidature {role}",
            "Votre candidature chez {company}",
        ],
        "subject_inv": [
            "Invitation à un entretien - {role}",
            "Proposition d'entretien",
            "Suite de votre candidature : entretien",
        ],
        "subject_off": [
            "Proposition d'embauche - {role}",
            "Notre proposition pour le poste de {role}",
            "Bonne nouvelle de {company}",
        ],
        "subject_oth": [
            "Votre espace candidat {company}",
            "Vos données de candidature",
            "Votre avis nous intéresse",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Estimado/a candidato/a:",
            "Hola, {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Gracias por presentar tu candidatura al puesto de {role}.",
        ],
        "wish": [
            "Te deseamos mucha suerte en tu búsqueda.",
            "Le deseamos el mayor de los éxitos en su carrera profesional.",
            "Mucho ánimo con los próximos pasos.",
        ],
        "marketing": [
            "{company} cuenta con más de 300 tiendas en España y Portugal y un equipo de 9.000 personas. Descubre nuestros programas de desarrollo y nuestras iniciativas de diversidad en nuestra web de empleo.",
            "En {company} creemos en el talento local: el 70 % de nuestros puestos de responsabilidad se cubren con promoción interna. Síguenos en LinkedIn para conocer nuestras novedades.",
            "Este año hemos sido reconocidos como una de las mejores empresas para trabajar del sector. Conoce a nuestros equipos y sus historias en nuestro blog.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\n{company}",
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender}",
            "Equipo de Talento de {company}",
        ],
        "footer": [
            "Este mensaje se ha enviado desde una dirección que no admite respuestas.",
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@alcantara.example.",
            "{company}, S.A. - Inscrita en el Registro Mercantil de Madrid, tomo 12.345, folio 67.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Candidatura {role} - {company}",
            "RE: candidatura {role}",
            "Su candidatura en {company}",
        ],
        "subject_inv": [
            "Invitación a entrevista - {role}",
            "Siguiente paso: entrevista",
            "Queremos conocerte",
        ],
        "subject_off": [
            "Oferta de empleo - {role}",
            "Nuestra propuesta para ti",
            "Buenas noticias de {company}",
        ],
        "subject_oth": [
            "Tu cuenta de candidato en {company}",
            "Tus datos en nuestro proceso",
            "Tu opinión cuenta",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro(a) {first},",
            "Bom dia, {first},",
            "Prezado(a) candidato(a),",
            "Exmo.(a) Sr.(a) Alex Rivera,",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company}.",
            "Agradecemos a sua candidatura à vaga de {role}.",
            "Obrigada pelo tempo que dedicou à sua candidatura.",
        ],
        "wish": [
            "Desejamos-lhe as maiores felicidades profissionais.",
            "Boa sorte na sua procura.",
            "Desejamos muito sucesso nos próximos desafios.",
        ],
        "marketing": [
            "A {company} está presente em 14 países e conta com mais de 2.500 colaboradores. Conheça os nossos projetos de ferrovia, energia e água na nossa página de carreiras.",
            "Na {company} acreditamos que cada pessoa faz a diferença. Temos programas de mentoria, horário flexível e um dia por ano dedicado ao voluntariado. Siga-nos no LinkedIn.",
            "Fomos distinguidos como uma das melhores empresas para trabalhar em 2024. Descubra os testemunhos das nossas equipas no nosso blogue.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Cumprimentos,\n{sender}",
            "Um abraço,\n{sender}",
            "Equipa de Recrutamento da {company}",
        ],
        "footer": [
            "Esta mensagem foi enviada automaticamente. Por favor, não responda a este e-mail.",
            "Os seus dados pessoais são tratados nos termos do RGPD. Para mais informações, consulte a nossa política de privacidade para candidatos.",
            "{company}, S.A. - NIPC 500 123 456 - Capital social 5.000.000 EUR",
        ],
        "subject_app": [
            "A sua candidatura a {role}",
            "Candidatura {role} - {company}",
            "RE: candidatura {role}",
            "Sua candidatura na {company}",
        ],
        "subject_inv": [
            "Convite para entrevista - {role}",
            "Próxima etapa: entrevista",
            "Vamos conversar?",
        ],
        "subject_off": [
            "Proposta de contratação - {role}",
            "A nossa proposta para si",
            "Boas notícias da {company}",
        ],
        "subject_oth": [
            "A sua conta de candidato na {company}",
            "Os seus dados de candidatura",
            "A sua opinião conta",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether my application for the {role} role came through properly - the portal showed an error after I uploaded my CV. Happy to resend anything if needed.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I can see your documents on our side, so there is nothing you need to do at the moment. We'll be in touch.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob meine Unterlagen für die Stelle als {role} vollständig angekommen sind. Das Zeugnis hatte ich nachträglich hochgeladen.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für die Nachricht. Ihre Unterlagen liegen uns vollständig vor, Sie müssen nichts weiter tun. Wir melden uns.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Pourriez-vous me confirmer que mon dossier est complet ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Votre dossier est bien complet, vous n'avez rien d'autre à nous transmettre. Nous revenons vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería confirmar si recibisteis correctamente mi candidatura para el puesto de {role}; el formulario me dio un error al adjuntar la carta.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Tenemos tu CV y tu carta sin problema, no hace falta que hagas nada más por ahora. Te iremos informando.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de confirmar se a minha candidatura à vaga de {role} foi recebida corretamente, pois o portal deu um erro no envio.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contacto. Recebemos todos os seus documentos, não precisa de fazer mais nada neste momento. Entraremos em contacto.\n{sender}\n",
}

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_silence_rule": """
We have received your application for the {role} role and will review it carefully. If you have not heard from us within three weeks of the closing date, please assume that your application has not been successful on this occasion.
Your application for {role} (reference KA-2291) has been received. Our hiring managers usually respond within 10 working days. Please note: if you do not hear from us within four weeks, you should assume that we will not be progressing your application. This is no reflection on the quality of your application, only on the number we receive.
Thanks, {first} - got your CV for the {role} job. Honest heads-up on how we work: we're a team of six and I do the hiring around my day job, so if you haven't heard anything in a month it's safe to assume it's a no. If it's a yes, you'll hear from me well before then.
This is an automated confirmation that your application has been submitted successfully. Please be aware that we are unable to answer enquiries about the status of individual applications by phone or e-mail. If you have not been contacted by 30 June, your application has not been taken forward this time.
SUBJECT: Application received - {role} || We confirm receipt of your application. Due to high demand, we cannot reply to every applicant personally. Candidates who have not been contacted within 21 days of the closing date should assume they have not been selected for this vacancy, but are very welcome to apply for future roles.
Your application is now with the hiring team for {role}. We aim to get back to everyone within two weeks. If something slips and you haven't heard from us by then, please don't read anything into it - just drop me a line at this address and I'll chase it up.
We acknowledge receipt of your application for the post of {role}. The closing date is Friday 14 March and shortlisting will take place the following week. If you have not heard from us by 28 March, please assume that on this occasion you have not been shortlisted. We thank you for your interest in the post.
Thank you for submitting your application through our careers site. We regret that we are unable to answer enquiries about the status of applications; please check your candidate account instead, where the status will change from 'Received' to 'In review' and, later, to the outcome.
""",
        "ack_shortlist_only": """
Thank you for applying for the {role} position at {company}. We receive a very large number of applications for roles like this one, so we will only be able to contact candidates who have been shortlisted for interview. We appreciate your understanding.
Your application has arrived safely. We review every application by hand, which takes time. Because of the number of applications we receive, we can unfortunately only contact applicants we would like to invite to the next stage, and we regret that we cannot give individual feedback at this stage of the process.
Quick note to confirm we've got your application for {role}. We'll start shortlisting next Monday. To be upfront: only shortlisted candidates will hear from us about interviews, and we can't offer feedback at the screening stage - there are just too many applications for our small team.
Please note that, owing to the high volume of applications, only candidates selected for the assessment centre will be contacted. Your application for {role} has been logged under reference HR/24/118 and will be considered by the panel after the closing date.
We confirm that your application for {role} has been received. {company} receives several thousand applications each year and, regrettably, we are not in a position to provide individual feedback to applicants who are not shortlisted. Shortlisted applicants will be contacted directly by the hiring manager.
SUBJECT: We've got it! || Thanks for applying to {company} - your application for {role} is in. A word about what happens next: the hiring team reads every application, but we only reach out to people we'd like to interview. We know that can feel like shouting into the void, so we try to move fast: shortlisting for this role will be finished by the end of the month.
Your application for {role} has reached our recruitment team. We will be in touch with shortlisted candidates only, as it is simply not possible for us to reply individually to every application. Thank you for your patience while we carry out the review.
This e-mail confirms your application. As with all our vacancies, applications are screened against the essential criteria in the job description, and only candidates who meet them will be invited to interview. Due to the volume we handle, we do not provide feedback on screening decisions. Your application will be screened in the coming days.
""",
        "ack_future_outcome": """
We've received your application for {role}. We will let every applicant know the outcome by e-mail once the process closes, whether or not they have been shortlisted - so you will hear from us either way, probably in the second half of May.
Your application is now in our system. Should your profile not match the requirements of this position, we will, with your consent, keep it in our talent pool for 12 months and get in touch if a more suitable vacancy comes up.
Thanks for applying for {role}. We review applications on a rolling basis, so we may fill the position before the advertised closing date. Not every applicant will be invited to interview, but everyone who applies will receive a final answer from us.
Unsuccessful applicants will be notified by email once the selection process has closed; successful applicants will be contacted by telephone. Until then, your application for {role} remains under consideration and there is nothing further you need to do.
Your application has been received and forwarded to the hiring manager for {role}. If we decide not to move forward with it, we will let you know and, if you wish, we can keep your details on file for future opportunities at {company}.
We're confirming receipt of your application. In case it isn't successful for this particular role, you can make your profile visible to all our recruiters with one click in your candidate account, so that you can be considered for other positions too.
Thanks for your application for {role}. We'll be reviewing candidates on a rolling basis over the next few weeks. If you are not selected for an interview, you'll get a short e-mail from us when the role has been filled - we don't believe in leaving people hanging.
SUBJECT: Application confirmation {role} || Your application has been registered. Please keep this e-mail for your records. Should your application be unsuccessful, your data will be deleted six months after the end of the recruitment process, unless you ask us to keep it for future vacancies.
""",
        "ack_regret_other": """
Thanks for your application for {role} - it arrived safely. Unfortunately, several of our team are on leave over the summer, so it may take us a little longer than usual to review applications. We expect to be in touch by mid-August.
We regret the delay in acknowledging your application, which was caused by a technical problem with our recruitment system. Your application for {role} has been received in full and is now with the hiring team for review.
Your application has been received. Unfortunately, our applicant phone line is not staffed this week; if you have any questions, please use the contact form in your candidate account and we'll respond as soon as we can.
This is to confirm we have your application for {role}. We regret that we cannot accept CVs sent by post or by e-mail for this vacancy, but as you applied through the portal, there is nothing more you need to do. Your application is now being reviewed.
Hi {first}, just confirming that your application for {role} is with us. Unfortunately the hiring manager has been off sick this week, so reviews are running a few days behind. I'll update you as soon as I have news.
We are sorry to say that the video introduction option in our portal is currently unavailable, so you may not have been able to upload one. Don't worry - it is optional, and your written application for {role} has been received and will be assessed in the usual way.
Thank you for applying. Unfortunately, the large number of applications for our graduate programmes means the first review is taking longer than planned. We now expect to contact candidates in the first week of December, and we apologise for the wait.
""",
        "ack_procedure_closed": """
The closing date for the {role} vacancy has now passed and the panel has begun reviewing applications. Shortlisting is expected to be completed by 12 April, and interviews are planned for the week commencing 22 April. Your application is among those being considered.
We confirm receipt of your application for the post of {role} (ref. BHT-0492). The selection procedure has three stages: a check against the essential criteria in the person specification, a shortlisting panel, and a structured interview with a practical exercise. All applicants are assessed using the same scoring matrix, and you will be informed of the outcome of each stage in writing.
In accordance with our recruitment policy for public-sector posts, all applications received by the closing date are considered on equal terms and are anonymised before shortlisting. Please allow up to six weeks for the process to be completed. Your application has been registered.
SUBJECT: Vacancy closed - review under way || This vacancy closed yesterday at midnight, and you are one of the people who applied. We are now reviewing all applications against the published criteria and will contact you again once shortlisting is complete.
Your application for {role} has been received. As a public employer we follow a set procedure: applications are reviewed by a panel of three, including a representative of the staff council, and candidates with a disability who meet the minimum requirements are guaranteed an interview. We will write to you once the panel has reached its decision.
The advertisement for {role} has been taken offline because we have received enough applications to proceed. This does not affect your application, which arrived before the posting closed and will be reviewed together with all the others.
Applications for this round have now closed. Over the next three weeks our recruiters will read every application; after that, the hiring managers will decide whom to invite to the online assessment. Your application for {role} is complete and in the queue.
We acknowledge receipt of your application. Please note that this post is subject to pre-employment checks (references, right to work and DBS) for the successful candidate only. No action is required from you at this stage; the shortlisting panel meets after the closing date.
""",
        "rej_reviewed_regret": """
We have now reviewed all applications for the {role} position and regret to inform you that you have not been shortlisted for interview.
Our hiring panel has completed its review of the applications received for {role}. We regret that, on this occasion, your application has not been taken forward to the next stage.
Now that shortlisting for {role} has been completed, I'm sorry to tell you that we won't be inviting you to interview. It was a very competitive field, and the panel has decided to progress candidates whose experience more closely matches the brief.
After careful consideration of all applications, we have decided not to proceed with your application. We received over 400 applications for this position and the decision was not an easy one.
SUBJECT: Outcome of your application || We have finished reviewing the applications for {role}. Unfortunately, your application was not successful on this occasion.
Hi {first}, the review is done for the {role} role and I'm afraid it's a no from us this time. We've gone with candidates who have more hands-on experience of warehouse management systems.
We regret to inform you that, following a review of your application against the essential criteria, you have not been selected for the next stage of the recruitment process for {role}.
Having reviewed all the applications we received, the selection panel has decided not to invite you to interview for the post of {role}. We're sorry to bring you this news.
Thank you for your patience while we reviewed applications for {role}. We have now made our shortlisting decisions and regret that your application has not been successful.
""",
        "rej_shortlist_notice": """
As we mentioned when you applied, we normally only contact shortlisted candidates. However, we wanted to let you know personally that shortlisting for {role} has now finished and you were not among the candidates selected for interview.
When we confirmed your application, we told you we would only be in touch with shortlisted applicants. We have since decided to write to everyone: the shortlist for {role} has been finalised and, regrettably, your name is not on it.
Because of the very high number of applications we received for this vacancy - more than 600 - we are unable to give individual feedback. We are writing to let you know that your application for {role} has not been successful.
Due to the volume of applications, we have had to make some very difficult decisions, and we are sorry to inform you that we will not be progressing your application for {role}.
You may remember that we said we would only contact shortlisted candidates. We thought it fairer to close the loop: interviews for {role} have been arranged with other applicants, and we won't be taking your application further.
We received an exceptional number of applications for this role, many from highly qualified candidates. Unfortunately, we are not able to offer you an interview on this occasion, and given the volume we cannot provide individual feedback.
SUBJECT: {role} - shortlist complete || The shortlist for {role} is complete, and I'm writing to let you know that you haven't been shortlisted. Normally we only notify shortlisted candidates, but we think everyone who applies deserves an answer.
Our usual practice is to contact shortlisted candidates only, and the advertisement stated that applicants who had not heard from us within three weeks should assume they had been unsuccessful. That period has now passed, and this e-mail is to confirm formally that your application was not shortlisted.
Hi {first} - we had loads of applications for {role} (over 300 in a week!), so this is a short one, sorry: we've decided not to take your application forward. We can't give individual feedback at this volume, but thanks again for applying.
""",
        "rej_talent_pool": """
Your profile has been added to our talent pool, but we will not be taking your application for {role} further. If a role that better suits your experience opens up, a recruiter may contact you.
We have decided not to move forward with your application for {role}. With your permission, we have kept your details in our talent pool for the next 12 months, and we will get in touch should a matching vacancy arise.
Although we will not be progressing your application for this position, we were impressed by your background and have saved your profile in our talent community, so you will automatically be considered for similar roles.
SUBJECT: Your application - {role} || We regret to inform you that your application for {role} has not been successful. As you agreed to join our talent pool when you applied, your profile will remain visible to our recruiters for future opportunities.
Your application did not make it to the interview stage for {role} this time. We would like to keep your CV on file, though - could you confirm by replying 'yes' that we may hold your data for another year?
We've now filled the {role} position with another candidate. As we said when you applied, we'd keep your profile if it didn't match this role, and that's what we've done: you're in our talent pool, and we'll contact you if something more suitable comes along.
Hi {first}, unfortunately we won't be moving forward with your application for {role}. I've tagged your profile for our upcoming data engineering roles, which I think could suit you better, so you may hear from a colleague in the autumn.
Following our review, your application for {role} will not be progressed. Your profile has been transferred to the {company} talent pool, where it will be stored for 24 months in line with our privacy notice. You can withdraw from the pool at any time in your candidate account.
We have selected other candidates for the {role} role. As we felt your skills could be a good fit elsewhere at {company}, we've added you to our talent pool rather than closing your file altogether.
""",
        "rej_process_then_decision": """
Our recruitment process for {role} had three stages: a screening of all applications against the essential criteria, a review by the hiring manager, and interviews. We received 212 applications, and each was read by at least two people. The hiring manager has now completed her review, and I'm sorry to tell you that your application will not be progressing to interview.
To explain how decisions are made at {company}: every application is scored independently by two panel members against the person specification, and only the highest-scoring candidates are invited to interview. The panel met on Tuesday to compare scores. Your application did not score highly enough to be shortlisted, and we will therefore not be taking it further.
As a public body, we are required to assess all applicants against the same published criteria, and the panel may not consider information that is not in the application form. On the basis of this assessment, the panel has concluded that you did not meet the essential criterion relating to budget management, and your application has not been shortlisted.
A little background on how we hire: we read every application ourselves, we don't use automated filtering, and we try to give everyone an answer within a month. That takes time, and it also means we have to be selective. For the {role} role we have decided to interview other candidates, so we won't be moving forward with yours.
We review applications on a rolling basis and, as the job advert said, not every applicant is invited to interview. We have now completed the first-round interviews for {role} and closed the process. I'm sorry to let you know that we won't be inviting you this time.
SUBJECT: Update on {role} || Thank you for your patience. The recruitment for {role} took longer than we expected: the role was redefined halfway through, so we had to re-review all applications against the revised profile. That review is now complete, and I regret to say that your application has not been taken forward.
When you applied, we explained that candidates are assessed first on their written application, then on a short online test, and then at an interview. We have now evaluated the online test results. Unfortunately, your result was below the threshold required to progress, so your application for {role} ends at this stage.
Every year we receive thousands of applications for our graduate scheme, and we use the same process for everyone: an application review, a situational judgement test and an assessment day. We are writing to tell you that your application has not been successful at the application review stage.
Our process: after the posting closes, recruiters screen applications for the minimum requirements, and hiring managers then choose candidates for interview. For {role}, the posting closed on 3 May and screening has been completed. Your application met the minimum requirements, but the hiring manager has selected other candidates for interview, and we will not be progressing your application.
""",
        "inv_shortlisted": """
As we said, because of the volume of applications we only contact shortlisted candidates - and I'm pleased to say you're one of them! We'd like to invite you to a 45-minute video interview for {role}. Could you let me know your availability next Tuesday or Wednesday?
We have now reviewed all applications for {role}, and we are pleased to inform you that you have been shortlisted. The panel would like to invite you to an interview on 18 April at our office. Please confirm your attendance by replying to this e-mail.
SUBJECT: You've been shortlisted - {role} || Good news: out of more than 250 applications, yours is one of eight on our shortlist for {role}. The next step is a 30-minute phone call with the hiring manager; please book a slot using the scheduling link in your candidate account.
""",
        "off_after_process": """
After a long process with many strong applicants, I'm delighted to tell you that the panel has decided to offer you the position of {role}. Your written offer, including salary and start date, is attached; please let us know by Friday whether you accept.
Following your interview and reference checks, we're pleased to offer you the role of {role} at {company}. I'll call you tomorrow to go through the contract details, and we'll send the formal offer letter once we've spoken.
""",
        "oth_housekeeping": """
Your consent for us to keep your details in our talent pool expires next month. If you'd like to stay in the pool and be considered for future vacancies, please confirm via the link in your candidate account. If we don't hear from you, your data will be deleted automatically.
We'd love to hear about your experience of applying to {company}. Whatever the outcome of your application, your feedback helps us improve. The survey takes about three minutes and is anonymous.
We are moving to a new recruitment platform on 1 September. Your candidate account will be transferred automatically, and you'll receive an e-mail with a link to set a new password. Applications in progress will not be affected.
SUBJECT: New jobs for you at {company} || You signed up for job alerts from {company}. Here are this week's new vacancies matching 'analytics': Senior Data Analyst (Leeds), BI Developer (remote), Analytics Engineer (Manchester). You can unsubscribe at any time in your account settings.
""",
    },
    "de": {
        "ack_silence_rule": """
Ihre Bewerbung als {role} ist bei uns eingegangen und wird nun sorgfältig geprüft. Sollten Sie innerhalb von drei Wochen nach Ende der Bewerbungsfrist nichts von uns hören, gehen Sie bitte davon aus, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Bitte haben Sie Verständnis dafür, dass wir telefonische Anfragen zum Stand des Verfahrens leider nicht beantworten können. Den aktuellen Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem Bewerberkonto.
SUBJECT: Eingangsbestätigung - {role} || Ihre Bewerbung (Kennziffer 2024-117) ist vollständig bei uns eingegangen. Falls Sie bis zum 15. Juli keine Einladung zu einem Gespräch erhalten haben, konnten wir Ihre Bewerbung in diesem Verfahren nicht berücksichtigen. Ihre Unterlagen werden in diesem Fall nach Ablauf der gesetzlichen Fristen datenschutzgerecht gelöscht.
Vielen Dank, Ihre Unterlagen liegen uns vor. Wir melden uns in der Regel innerhalb von zehn Arbeitstagen. Sollte es einmal länger dauern, fragen Sie gerne bei uns nach - wir haben Sie nicht vergessen.
Danke, {first}, deine Bewerbung als {role} ist angekommen! Kurz zur Erwartung: Wenn du in vier Wochen nichts von uns gehört hast, hat es diesmal leider nicht gepasst. Wenn wir dich kennenlernen wollen, melden wir uns deutlich früher.
Deine Bewerbung ist bei uns gelandet. Bitte sieh davon ab, telefonisch nach dem Stand zu fragen - bei der Menge an Anrufen schaffen wir es leider nicht, Auskünfte zu einzelnen Bewerbungen zu geben. Du bekommst eine Nachricht von uns, sobald es Neuigkeiten gibt.
Wir bestätigen den Eingang Ihrer Bewerbung. Die Auswahl erfolgt in den kommenden Wochen. Bewerberinnen und Bewerber, die bis Ende des Monats keine Nachricht erhalten haben, bitten wir, davon auszugehen, dass die Stelle anderweitig besetzt wird.
Hey {first}, kurze Bestätigung: Wir haben deine Bewerbung. Wir sind ein kleines Team, deshalb kann es ein paar Wochen dauern. Hörst du bis Mitte Oktober nichts, darfst du von einer Absage ausgehen - sorry, dass wir das nicht anders lösen können.
""",
        "ack_shortlist_only": """
Vielen Dank für Ihre Bewerbung als {role}. Aufgrund der sehr hohen Zahl an Bewerbungen können wir uns leider nur bei den Kandidatinnen und Kandidaten melden, die wir in die engere Auswahl nehmen. Wir bitten um Ihr Verständnis.
Ihre Unterlagen sind bei uns eingegangen. Bitte beachten Sie, dass wir in diesem Stadium des Verfahrens kein individuelles Feedback geben können. Wir sichten alle Bewerbungen nach Fristende und laden die Personen in der engeren Auswahl zu Gesprächen ein.
Wir haben Ihre Bewerbung erhalten. Da auf jede Ausschreibung mehrere hundert Bewerbungen eingehen, ist eine persönliche Rückmeldung an alle Bewerbenden leider nicht möglich. Kandidatinnen und Kandidaten, die in die engere Wahl kommen, werden direkt von der Fachabteilung kontaktiert.
SUBJECT: Bewerbung eingegangen || Ihre Bewerbung für die Position {role} wurde erfolgreich übermittelt. Eine weitere Nachricht erhalten nur die Bewerberinnen und Bewerber, die wir zum Assessment-Center einladen. Eine Begründung einzelner Entscheidungen ist uns bei der Vielzahl der Bewerbungen leider nicht möglich.
Ihre Bewerbung liegt nun der Fachabteilung vor. Wir prüfen jede Bewerbung individuell; wegen des großen Interesses an dieser Stelle werden wir uns jedoch nur bei den Personen melden, die wir näher kennenlernen möchten.
Danke für deine Bewerbung als {role}! Ehrlich gesagt bekommen wir gerade sehr viele Bewerbungen, deshalb melden wir uns nur bei den Leuten, die wir zum Gespräch einladen. Feedback zu einzelnen Bewerbungen schaffen wir in dieser Phase leider nicht.
Deine Unterlagen sind angekommen. Ab nächster Woche schauen wir uns alle Bewerbungen an und melden uns bei allen, die in die engere Auswahl kommen - das sollte bis Ende des Monats passiert sein.
Hi {first}, deine Bewerbung ist da. Kleiner Hinweis, damit du weißt, woran du bist: Bei der Menge an Bewerbungen können wir leider nicht allen einzeln antworten. Wer auf der Shortlist landet, hört von uns.
""",
        "ack_future_outcome": """
Wir haben Ihre Bewerbung erhalten und werden Sie nach Abschluss des Auswahlverfahrens in jedem Fall per E-Mail über das Ergebnis informieren - auch dann, wenn wir Sie nicht zu einem Gespräch einladen.
Ihre Bewerbung ist eingegangen. Sollte Ihr Profil nicht zu dieser Stelle passen, nehmen wir es mit Ihrer Einwilligung gerne in unseren Talentpool auf und kommen auf Sie zu, sobald eine passende Position frei wird.
Wir sichten Bewerbungen laufend und besetzen die Stelle gegebenenfalls schon vor Ende der Ausschreibung. Nicht alle Bewerbenden können wir zu einem Gespräch einladen; eine abschließende Rückmeldung erhalten Sie aber in jedem Fall. Ihre Bewerbung als {role} befindet sich derzeit in Prüfung.
SUBJECT: Ihre Bewerbung bei {company} || Vielen Dank, Ihre Bewerbung ist vollständig. Im Falle einer Absage werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht, es sei denn, Sie stimmen einer längeren Speicherung für künftige Stellen zu. Bis dahin befindet sich Ihre Bewerbung im Auswahlprozess.
Ihre Bewerbung wurde an die zuständige Führungskraft weitergeleitet. Falls wir uns gegen eine weitere Berücksichtigung entscheiden, erhalten Sie von uns eine kurze Nachricht. Bis dahin bitten wir Sie um etwas Geduld.
Deine Bewerbung ist bei uns. Egal wie es ausgeht: Du bekommst eine Antwort, sobald der Prozess abgeschlossen ist. Falls es für diese Stelle nicht passt, würden wir dein Profil gern für andere Jobs bei {company} vormerken - dazu fragen wir dich dann noch einmal.
Danke für deine Bewerbung als {role}! Wir schauen uns die Bewerbungen nach und nach an. Solltest du nicht in die nächste Runde kommen, schreiben wir dir, sobald die Stelle besetzt ist. Bei uns wird niemand einfach vergessen.
Wir haben deine Bewerbung erhalten. Falls es mit dieser Stelle nicht klappen sollte, kannst du in deinem Bewerberkonto mit einem Klick einstellen, dass dein Profil auch für andere Positionen sichtbar ist.
""",
        "ack_regret_other": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Leider verzögert sich die Sichtung aufgrund der Sommerferien etwas; wir rechnen damit, uns bis Mitte August bei Ihnen zu melden.
Leider ist es bei der Eingangsbestätigung Ihrer Bewerbung wegen einer technischen Störung zu einer Verzögerung gekommen. Wir bitten dies zu entschuldigen. Ihre Unterlagen liegen vollständig vor und werden nun geprüft.
Wir bestätigen den Eingang Ihrer Bewerbung. Bewerbungen per Post können wir für diese Stelle leider nicht berücksichtigen - da Sie sich jedoch über unser Portal beworben haben, ist alles in Ordnung, und Ihre Unterlagen befinden sich in der Prüfung.
Leider ist unsere Bewerberhotline in dieser Woche nicht besetzt. Für Rückfragen nutzen Sie bitte das Kontaktformular in Ihrem Bewerberkonto. Ihre Bewerbung ist vollständig eingegangen und wird bearbeitet.
Vielen Dank für Ihre Bewerbung um einen Platz in unserem Traineeprogramm. Leider nimmt die erste Sichtung wegen der großen Nachfrage mehr Zeit in Anspruch als geplant. Wir werden uns voraussichtlich in der ersten Dezemberwoche bei Ihnen melden.
Hi {first}, nur kurz: Deine Bewerbung ist angekommen. Leider ist unsere Teamleitung gerade krank, daher dauert die Sichtung ein paar Tage länger. Ich melde mich, sobald ich mehr weiß.
Leider funktioniert der Upload für Videovorstellungen in unserem Portal gerade nicht - falls du also kein Video hochladen konntest, ist das kein Problem. Das Video ist freiwillig; deine schriftliche Bewerbung als {role} ist angekommen und wird ganz normal geprüft.
""",
        "ack_procedure_closed": """
Die Bewerbungsfrist für die Stelle {role} ist abgelaufen. Die Auswahlkommission hat mit der Sichtung der Bewerbungen begonnen; die Vorstellungsgespräche sind für die zweite Aprilhälfte geplant. Ihre Bewerbung befindet sich im Verfahren.
Wir bestätigen den Eingang Ihrer Bewerbung auf die ausgeschriebene Stelle (Kennziffer 14/2024). Das Auswahlverfahren gliedert sich in eine Vorauswahl anhand der Anforderungen der Ausschreibung, ein strukturiertes Interview und gegebenenfalls eine Arbeitsprobe. Der Personalrat und die Gleichstellungsbeauftragte sind am Verfahren beteiligt. Über das Ergebnis werden Sie schriftlich informiert.
Als öffentlicher Arbeitgeber sind wir an den Grundsatz der Bestenauslese gebunden. Alle fristgerecht eingegangenen Bewerbungen werden daher nach denselben Kriterien beurteilt. Bitte rechnen Sie mit einer Verfahrensdauer von bis zu acht Wochen. Ihre Bewerbung ist registriert.
Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt und, sofern sie die Mindestanforderungen erfüllen, zu einem Vorstellungsgespräch eingeladen. Ihre Bewerbung als {role} ist eingegangen; nach Abschluss der Vorauswahl erhalten Sie weitere Informationen.
SUBJECT: Ausschreibung beendet - Auswahl läuft || Die Ausschreibung für {role} ist seit gestern geschlossen. Wir prüfen jetzt alle eingegangenen Bewerbungen und melden uns bei Ihnen, sobald die Vorauswahl abgeschlossen ist.
Die Stellenanzeige für {role} haben wir offline genommen, da bereits ausreichend Bewerbungen eingegangen sind. Ihre Bewerbung ist davon nicht betroffen: Sie ist vor Ende der Ausschreibung eingegangen und wird gemeinsam mit allen anderen geprüft.
Die Bewerbungsphase ist vorbei - danke, dass du dabei bist! In den nächsten drei Wochen lesen wir alle Bewerbungen, danach entscheiden die Teams, wen sie zum Online-Test einladen. Deine Bewerbung als {role} ist vollständig und in der Warteschlange.
Kurzes Update von uns: Die Stelle als {role} ist nicht mehr ausgeschrieben, und wir haben mit der Auswahl begonnen. Deine Bewerbung ist natürlich dabei. Rechne bitte mit etwa zwei Wochen, bis du von uns hörst.
""",
        "rej_reviewed_regret": """
Wir haben inzwischen alle Bewerbungen für die Position {role} gesichtet und müssen Ihnen leider mitteilen, dass wir Sie nicht in die engere Auswahl genommen haben.
Nach sorgfältiger Prüfung aller eingegangenen Unterlagen haben wir uns für andere Kandidatinnen und Kandidaten entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.
Die Auswahlkommission hat die Sichtung der Bewerbungen abgeschlossen. Leider können wir Ihre Bewerbung als {role} im weiteren Verfahren nicht berücksichtigen.
SUBJECT: Ihre Bewerbung - Rückmeldung || Die Vorauswahl für die Stelle {role} ist abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung diesmal nicht erfolgreich war.
Nach Abschluss der Vorauswahl haben wir entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen. Die Entscheidung ist uns bei der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.
Wir haben Ihre Unterlagen mit den Anforderungen der Ausschreibung abgeglichen und bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht weiter berücksichtigen.
Hi {first}, wir sind mit der Sichtung durch und müssen dir leider absagen. Wir haben uns für Leute entschieden, die schon mehr Erfahrung mit Lagerverwaltungssystemen mitbringen.
Wir haben uns alle Bewerbungen für {role} angeschaut und entschieden, mit anderen Kandidat:innen weiterzumachen. Das tut uns leid, zumal uns deine Bewerbung wirklich sympathisch war.
Danke für deine Geduld! Die Auswahl für {role} ist jetzt getroffen, und leider bist du nicht in die nächste Runde gekommen.
""",
        "rej_shortlist_notice": """
Wie in unserer Eingangsbestätigung angekündigt, melden wir uns normalerweise nur bei Kandidatinnen und Kandidaten der engeren Auswahl. Wir möchten Ihnen dennoch persönlich mitteilen, dass die Vorauswahl für {role} abgeschlossen ist und Sie leider nicht dazugehören.
Aufgrund der sehr hohen Zahl an Bewerbungen - über 500 für diese Stelle - können wir Ihnen leider kein individuelles Feedback geben. Wir müssen Ihnen jedoch mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
In unserer Ausschreibung hatten wir darauf hingewiesen, dass Bewerbende, die innerhalb von drei Wochen nichts von uns hören, von einer Absage ausgehen sollten. Da diese Frist nun verstrichen ist, bestätigen wir Ihnen hiermit auch formal, dass Ihre Bewerbung nicht berücksichtigt wurde.
Angesichts der Vielzahl an Bewerbungen mussten wir eine strenge Auswahl treffen. Wir bedauern, Ihnen mitteilen zu müssen, dass Sie nicht zu den Personen gehören, die wir zum Gespräch einladen.
SUBJECT: Abschluss der Vorauswahl - {role} || Die Gespräche für {role} finden mit anderen Bewerberinnen und Bewerbern statt. Eigentlich benachrichtigen wir nur die Personen in der engeren Auswahl, halten es aber für fairer, allen eine Antwort zu geben: Ihre Bewerbung wird nicht weiter berücksichtigt.
Wir haben auf diese Ausschreibung außergewöhnlich viele Bewerbungen erhalten, darunter viele sehr gut qualifizierte. Leider können wir Ihnen kein Vorstellungsgespräch anbieten; wegen der hohen Zahl ist uns auch keine individuelle Begründung möglich.
Wir hatten ja geschrieben, dass wir uns nur bei der Shortlist melden - wir wollten dich aber nicht einfach ohne Antwort lassen: Die Shortlist für {role} steht, und du bist leider nicht dabei.
Hi {first}, wir haben für {role} über 300 Bewerbungen in einer Woche bekommen, deshalb nur ganz kurz und sorry dafür: Wir machen mit deiner Bewerbung nicht weiter. Individuelles Feedback schaffen wir bei der Menge leider nicht.
Bei der Menge an Bewerbungen mussten wir ein paar harte Entscheidungen treffen, und leider gehört deine Bewerbung als {role} zu denen, mit denen wir nicht weitermachen.
""",
        "rej_talent_pool": """
Wir haben Ihr Profil in unseren Talentpool aufgenommen, werden Ihre Bewerbung für die Stelle {role} jedoch nicht weiterverfolgen. Sollte sich eine passendere Position ergeben, kommen wir gerne auf Sie zu.
Leider können wir Ihnen für die Position {role} keine Zusage geben. Mit Ihrem Einverständnis haben wir Ihre Unterlagen für zwölf Monate in unserem Bewerberpool gespeichert und melden uns, falls eine passende Stelle frei wird.
SUBJECT: Ihre Bewerbung als {role} || Ihre Bewerbung als {role} war leider nicht erfolgreich. Da Sie bei der Bewerbung der Aufnahme in unseren Talentpool zugestimmt haben, bleibt Ihr Profil für unsere Recruiter für künftige Stellen sichtbar.
Die Stelle {role} haben wir inzwischen mit einer anderen Person besetzt. Wie bei Ihrer Bewerbung angekündigt, haben wir Ihr Profil für künftige Vakanzen gespeichert, da es zu dieser Stelle nicht ganz gepasst hat.
Nach Prüfung Ihrer Unterlagen wird Ihre Bewerbung für {role} nicht weiter berücksichtigt. Ihr Profil wurde in den Talentpool der {company} übertragen und wird dort gemäß unseren Datenschutzhinweisen 24 Monate gespeichert. Sie können der Speicherung jederzeit in Ihrem Bewerberkonto widersprechen.
Wir haben uns für andere Bewerbende entschieden. Da wir Ihre Qualifikationen für andere Bereiche bei {company} sehr interessant finden, haben wir Ihre Unterlagen nicht geschlossen, sondern in unseren Talentpool übernommen.
Hi {first}, leider machen wir mit deiner Bewerbung als {role} nicht weiter. Ich habe dein Profil aber für unsere Data-Engineering-Stellen im Herbst vorgemerkt - gut möglich, dass sich dann eine Kollegin bei dir meldet.
Für die Stelle als {role} hat es diesmal nicht gereicht. Wir würden deinen Lebenslauf aber gern behalten - antwortest du uns kurz mit 'Ja', damit wir deine Daten ein weiteres Jahr speichern dürfen?
Wir haben dich in unseren Talentpool aufgenommen - für die Stelle als {role} geht es für dich aber leider nicht weiter. Sobald etwas Passenderes frei wird, melden wir uns.
""",
        "rej_process_then_decision": """
Unser Auswahlverfahren für {role} bestand aus drei Schritten: einer Prüfung aller Bewerbungen anhand der Muss-Kriterien, einer Bewertung durch die Fachabteilung und den Vorstellungsgesprächen. Insgesamt sind 212 Bewerbungen eingegangen, die jeweils von mindestens zwei Personen gelesen wurden. Die Fachabteilung hat ihre Bewertung nun abgeschlossen, und leider können wir Sie nicht zu einem Gespräch einladen.
Zum Hintergrund: Jede Bewerbung wird bei uns unabhängig von zwei Mitgliedern der Auswahlkommission anhand eines festen Kriterienkatalogs bewertet, und nur die bestbewerteten Personen werden eingeladen. Die Kommission hat am Dienstag getagt. Ihre Bewerbung hat die erforderliche Punktzahl leider nicht erreicht, sodass wir sie nicht weiter berücksichtigen.
Als öffentlicher Arbeitgeber müssen wir alle Bewerbungen ausschließlich anhand der veröffentlichten Anforderungen beurteilen; Angaben außerhalb der Bewerbungsunterlagen dürfen nicht einfließen. Auf dieser Grundlage ist die Auswahlkommission zu dem Ergebnis gekommen, dass Sie das zwingende Kriterium einer abgeschlossenen Ausbildung im Bereich Versorgungstechnik nicht erfüllen. Ihre Bewerbung kann daher im weiteren Verfahren nicht berücksichtigt werden.
SUBJECT: Sachstand {role} || Vielen Dank für Ihre Geduld. Das Verfahren für {role} hat länger gedauert als geplant, weil das Anforderungsprofil zwischenzeitlich angepasst wurde und wir alle Bewerbungen erneut prüfen mussten. Diese Prüfung ist nun abgeschlossen - leider mit dem Ergebnis, dass wir Ihre Bewerbung nicht weiterverfolgen.
Wie bei Ihrer Bewerbung erläutert, durchlaufen alle Kandidatinnen und Kandidaten zunächst eine Sichtung der Unterlagen, dann einen Online-Test und anschließend ein Interview. Die Ergebnisse des Online-Tests liegen nun vor. Leider lag Ihr Ergebnis unter der für die nächste Runde erforderlichen Schwelle, sodass das Verfahren für Sie an dieser Stelle endet.
Unser Ablauf: Nach Ende der Ausschreibung prüft das Recruiting die Mindestanforderungen, danach wählt die Führungskraft die Personen für die Gespräche aus. Für {role} endete die Ausschreibung am 3. Mai, und die Prüfung ist abgeschlossen. Sie erfüllen zwar die Mindestanforderungen, die Führungskraft hat sich jedoch für andere Kandidatinnen und Kandidaten entschieden. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.
Kurz zu unserem Prozess: Wir lesen jede Bewerbung selbst, nutzen keine automatischen Filter und versuchen, allen innerhalb eines Monats zu antworten. Das kostet Zeit und heißt auch, dass wir auswählen müssen. Für {role} haben wir uns entschieden, andere Kandidat:innen einzuladen - mit deiner Bewerbung geht es deshalb leider nicht weiter.
Wie in der Ausschreibung stand, schauen wir uns Bewerbungen fortlaufend an und können nicht alle zum Gespräch einladen. Die erste Gesprächsrunde für {role} ist jetzt durch und der Prozess abgeschlossen. Leider konnten wir dich diesmal nicht einladen.
Jedes Jahr bewerben sich bei uns Tausende für das Traineeprogramm, und alle durchlaufen dasselbe Verfahren: Sichtung der Bewerbung, Online-Assessment und Auswahltag. Wir müssen dir leider mitteilen, dass deine Bewerbung schon in der ersten Stufe nicht erfolgreich war.
""",
        "inv_shortlisted": """
Wie angekündigt, melden wir uns wegen der vielen Bewerbungen nur bei der engeren Auswahl - und zu der gehören Sie! Wir möchten Sie gern zu einem 45-minütigen Videointerview für die Stelle {role} einladen. Passt Ihnen nächster Dienstag oder Mittwoch?
Wir haben alle Bewerbungen für {role} gesichtet und freuen uns, Ihnen mitzuteilen, dass Sie in die engere Auswahl gekommen sind. Die Auswahlkommission lädt Sie zu einem Vorstellungsgespräch am 18. April um 10 Uhr in unserem Verwaltungsgebäude ein. Bitte bestätigen Sie den Termin kurz per E-Mail.
SUBJECT: Du bist auf der Shortlist! || Von über 250 Bewerbungen ist deine eine von acht auf unserer Shortlist für {role}. Als Nächstes steht ein 30-minütiges Telefonat mit der Teamleitung an - buch dir einfach einen Termin über den Link in deinem Bewerberkonto.
""",
        "off_after_process": """
Nach einem langen Auswahlverfahren mit vielen starken Bewerbungen freue ich mich sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als {role} anbieten möchten. Den Vertragsentwurf mit Gehalt und Eintrittsdatum finden Sie im Anhang; bitte geben Sie uns bis Freitag Bescheid.
Nach dem Gespräch und den Referenzen ist die Sache für uns klar: Wir möchten dich als {role} bei {company} an Bord holen! Ich rufe dich morgen an, um die Details durchzugehen, danach schicken wir dir das offizielle Angebot.
""",
        "oth_housekeeping": """
Ihre Einwilligung zur Speicherung Ihrer Daten in unserem Talentpool läuft nächsten Monat ab. Wenn Sie weiterhin für künftige Stellen berücksichtigt werden möchten, bestätigen Sie dies bitte über den Link in Ihrem Bewerberkonto. Andernfalls werden Ihre Daten automatisch gelöscht.
Wie hast du unseren Bewerbungsprozess erlebt? Ganz unabhängig davon, wie deine Bewerbung ausgeht, hilft uns dein Feedback weiter. Die Umfrage dauert etwa drei Minuten und ist anonym.
Zum 1. September stellen wir auf ein neues Bewerbermanagementsystem um. Ihr Bewerberkonto wird automatisch übertragen; Sie erhalten eine E-Mail mit einem Link zum Festlegen eines neuen Passworts. Laufende Bewerbungen sind davon nicht betroffen.
SUBJECT: Neue Jobs bei {company} || Du hast den Job-Alert von {company} abonniert. Diese Woche neu zum Suchbegriff 'Analytics': Senior Data Analyst (Hamburg), BI-Entwickler:in (remote), Analytics Engineer (Bremen). Abmelden kannst du dich jederzeit in deinen Kontoeinstellungen.
""",
    },
    "fr": {
        "ack_silence_rule": """
Nous accusons bonne réception de votre candidature au poste de {role}. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre dossier a bien été enregistré sous la référence CLV-2024-0387. Compte tenu du nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre aux demandes de suivi par téléphone. Vous pouvez suivre l'avancement de votre dossier dans votre espace candidat.
SUBJECT: Accusé de réception || Merci, votre candidature nous est bien parvenue. Si vous n'avez pas été contacté(e) d'ici le 20 septembre, c'est que votre profil n'aura pas été retenu pour cette offre ; nous conserverons alors votre dossier conformément à notre politique de confidentialité.
Bonjour {first}, bien reçu ton CV pour le poste de {role} ! On est une petite équipe, donc on ne répond pas toujours vite. Si tu n'as pas de nouvelles d'ici trois semaines, n'hésite pas à me relancer directement sur cette adresse.
Votre candidature a bien été transmise au service des ressources humaines. Le délai de traitement est d'environ quinze jours ouvrés. Passé un délai d'un mois sans retour, nous vous invitons à considérer que nous ne donnerons pas suite.
Nous vous confirmons la réception de votre candidature spontanée. Nous regrettons de ne pouvoir répondre individuellement aux demandes d'information sur l'état d'avancement des dossiers ; le statut de votre candidature est mis à jour en temps réel sur notre plateforme.
Votre candidature est complète. À titre d'information, nos recruteurs reviennent vers les candidats sous dix jours. Au-delà de ce délai, vous pourrez considérer que le poste a été pourvu, mais votre profil restera visible pour nos autres offres.
Votre dossier de candidature au poste de {role} est arrivé chez nous et sera étudié dans les meilleurs délais. Merci de ne pas nous renvoyer votre CV par courrier : toutes les pièces nécessaires sont déjà en notre possession.
""",
        "ack_shortlist_only": """
Nous avons bien reçu votre candidature au poste de {role}. En raison du très grand nombre de candidatures, seules les personnes présélectionnées pour un entretien seront contactées. Nous vous remercions de votre compréhension.
Votre candidature est en cours d'étude. Nous regrettons de ne pouvoir faire de retour personnalisé à ce stade du processus ; les candidats retenus pour la suite seront contactés directement par le manager concerné.
Merci pour votre candidature ! Nous lisons chaque dossier avec attention, mais vu le volume que nous recevons, nous ne pouvons malheureusement recontacter que les candidats dont le profil correspond le mieux au poste.
SUBJECT: Candidature bien reçue - {role} || Votre candidature a bien été enregistrée. Le cabinet de recrutement qui accompagne {company} sur ce poste prendra contact uniquement avec les candidats présélectionnés ; aucun retour individuel ne pourra être fait aux autres candidats à ce stade.
Nous accusons réception de votre dossier. Les candidatures sont étudiées au regard des critères de l'annonce, et seuls les profils qui y répondent seront invités à un entretien. Compte tenu du volume, nous ne sommes pas en mesure de motiver nos décisions de présélection.
Ta candidature est bien arrivée chez nous ! On démarre les présélections lundi prochain. Pour être transparents : on ne recontacte que les personnes qu'on souhaite rencontrer, parce qu'on reçoit beaucoup trop de candidatures pour répondre à tout le monde.
Votre candidature pour le poste de {role} a été transmise à notre équipe recrutement. Seuls les candidats retenus pour la phase d'entretiens seront contactés, au plus tard le 15 mars.
Vous faites partie des nombreuses personnes à avoir postulé pour ce poste, et nous vous en remercions. Pour garantir un traitement équitable, chaque candidature est relue par deux recruteurs ; en revanche, nous ne pourrons revenir vers vous que si votre profil est présélectionné.
""",
        "ack_future_outcome": """
Votre candidature a bien été reçue. Quelle que soit l'issue, nous vous tiendrons informé(e) par e-mail à la fin du processus de recrutement, prévue courant juin.
Dans le cas où votre profil ne correspondrait pas à ce poste, nous vous proposerons de l'intégrer à notre vivier de talents afin de vous recontacter pour de futures opportunités. Votre candidature au poste de {role} est pour l'instant à l'étude.
Les candidatures sont examinées au fil de l'eau et le poste pourra être pourvu avant la date de clôture de l'annonce. Tous les candidats ne seront pas reçus en entretien, mais chacun recevra une réponse. Votre dossier a bien été enregistré.
Les candidats non retenus seront informés par e-mail à la clôture du recrutement ; les candidats retenus seront contactés par téléphone. D'ici là, votre candidature reste à l'étude et vous n'avez aucune démarche à effectuer.
SUBJECT: Confirmation de candidature || Votre candidature a été enregistrée. En cas de réponse négative, vos données seront supprimées deux ans après notre dernier contact, sauf opposition de votre part. Nous revenons vers vous dès que votre dossier aura été examiné.
Merci {first} ! Ta candidature est entre les mains de l'équipe. Si on ne poursuit pas avec toi, tu recevras un petit message de notre part - on tient à répondre à tout le monde.
Votre candidature au poste de {role} a été transmise au manager. S'il ne devait pas y être donné suite, vous pourrez, si vous le souhaitez, rendre votre profil visible pour l'ensemble de nos offres depuis votre espace candidat.
Nous accusons réception de votre dossier. Si votre candidature n'est pas retenue pour ce poste, nous conserverons votre CV dans notre CVthèque pendant deux ans, sauf si vous nous demandez de le supprimer.
""",
        "ack_regret_other": """
Votre candidature nous est bien parvenue. Malheureusement, en raison de la fermeture estivale de nos bureaux du 1er au 21 août, son étude ne pourra débuter qu'à la rentrée. Merci de votre patience.
Nous vous prions de nous excuser pour ce message tardif : à la suite d'un incident technique sur notre plateforme, les accusés de réception n'ont pas pu être envoyés. Votre candidature au poste de {role} a bien été reçue et est en cours d'examen.
Malheureusement, notre standard n'est pas en mesure de renseigner les candidats sur l'état de leur dossier. Pour toute question, merci d'utiliser la messagerie de votre espace candidat. Votre candidature est bien enregistrée et sera étudiée prochainement.
Nous avons bien reçu votre candidature. Nous regrettons que le formulaire en ligne vous ait demandé de ressaisir votre parcours alors que vous aviez joint votre CV ; nous travaillons à simplifier cette étape. Votre dossier est complet et sera examiné par l'équipe recrutement.
Votre candidature a bien été reçue. Malheureusement, notre responsable recrutement est absente quelques jours, ce qui retarde légèrement l'étude des dossiers. Nous reviendrons vers vous d'ici la fin du mois.
Nous avons le regret de vous informer que les entretiens initialement prévus fin mai sont décalés à la mi-juin en raison d'une réorganisation interne. Votre candidature reste bien entendu à l'étude, et nous vous communiquerons le nouveau calendrier très prochainement.
Bonjour {first}, je te confirme la bonne réception de ta candidature. Malheureusement, notre outil de recrutement n'accepte pas encore les candidatures sans lettre de motivation, d'où le message d'erreur que tu as vu. Pas d'inquiétude, ton dossier est bien chez nous.
""",
        "ack_procedure_closed": """
La période de candidature pour le poste de {role} est désormais close. Le jury a commencé l'examen des dossiers ; les entretiens devraient se tenir durant la deuxième quinzaine d'avril. Votre candidature fait partie des dossiers à l'étude.
Nous accusons réception de votre candidature au poste de {role} (référence 2024-HOSP-112). La procédure de recrutement comporte une présélection sur dossier, un entretien devant une commission et, le cas échéant, une mise en situation. Vous serez informé(e) par écrit du résultat de chaque étape.
Conformément aux règles applicables au recrutement dans la fonction publique territoriale, toutes les candidatures reçues avant la date limite sont examinées selon les mêmes critères. La commission de sélection se réunira début mai. Votre dossier a bien été enregistré.
SUBJECT: Clôture des candidatures - {role} || L'annonce pour le poste de {role} a été clôturée hier soir. Nous étudions maintenant l'ensemble des candidatures et reviendrons vers vous à l'issue de la présélection.
L'offre a été retirée de notre site car nous avons reçu suffisamment de candidatures pour lancer le processus. Votre candidature, reçue avant le retrait, sera étudiée au même titre que toutes les autres.
En tant qu'employeur public, nous sommes tenus d'organiser une procédure transparente : les candidatures sont anonymisées avant la présélection et évaluées par un jury de trois personnes selon une grille commune. Merci de prévoir un délai de six à huit semaines. Votre candidature est enregistrée.
Les candidatures pour notre programme Graduate sont closes. Au cours des trois prochaines semaines, nos recruteurs vont lire chaque dossier ; les managers décideront ensuite qui sera invité aux tests en ligne. Votre dossier est complet.
Les candidatures pour ce poste sont closes depuis vendredi et le tri a commencé. Ton dossier fait bien partie de ceux qu'on examine. Compte environ deux semaines avant d'avoir des nouvelles.
""",
        "rej_reviewed_regret": """
Nous avons désormais examiné l'ensemble des candidatures reçues pour le poste de {role} et avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.
Après une étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.
Le jury a terminé l'examen des dossiers. Malheureusement, votre candidature ne fait pas partie de celles qui ont été présélectionnées pour un entretien.
SUBJECT: Réponse à votre candidature || La présélection pour le poste de {role} est terminée. Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.
Nous avons comparé votre parcours aux exigences du poste et avons décidé de poursuivre avec des candidats dont l'expérience correspond davantage à nos besoins actuels, notamment en matière de réglementation cosmétique.
Nous avons reçu plus de 350 candidatures pour ce poste, et le choix a été difficile. Après examen, nous avons décidé de ne pas retenir votre candidature.
Bonjour {first}, on a fini de regarder toutes les candidatures pour le poste de {role}, et malheureusement on ne va pas aller plus loin avec toi. On a retenu des profils avec plus d'expérience en gestion d'entrepôt.
À l'issue de l'examen des candidatures, la commission a décidé de ne pas vous convier à un entretien pour le poste de {role}. Nous sommes désolés de ne pas pouvoir vous apporter une réponse plus positive.
Merci pour votre patience pendant l'étude des dossiers. Les décisions de présélection ont été prises et, malheureusement, votre candidature n'a pas été retenue.
""",
        "rej_shortlist_notice": """
Comme indiqué lors de votre candidature, nous ne contactons habituellement que les candidats présélectionnés. Nous tenions cependant à vous informer personnellement que la présélection pour le poste de {role} est terminée et que vous n'en faites pas partie.
En raison du très grand nombre de candidatures reçues - plus de 600 -, nous ne sommes pas en mesure de vous faire un retour individuel. Nous vous informons néanmoins que votre candidature au poste de {role} n'a pas été retenue.
Notre annonce précisait que, sans réponse sous trois semaines, la candidature devait être considérée comme non retenue. Ce délai étant écoulé, nous vous confirmons formellement que nous ne donnerons pas suite à votre candidature.
Face au volume de candidatures, nous avons dû faire des choix difficiles. Nous sommes au regret de vous annoncer que vous ne faites pas partie des candidats retenus pour un entretien.
SUBJECT: Fin de la présélection - {role} || Les entretiens pour le poste de {role} ont été fixés avec d'autres candidats. Nous avions prévenu que seuls les candidats présélectionnés seraient recontactés, mais il nous semble plus juste de répondre à tout le monde : votre candidature n'a pas été retenue.
Nous avons reçu un nombre exceptionnel de candidatures, dont beaucoup de grande qualité. Malheureusement, nous ne pouvons pas vous proposer d'entretien, et le volume ne nous permet pas de motiver individuellement notre décision.
On t'avait dit qu'on ne recontacterait que les personnes présélectionnées, mais on préfère ne pas te laisser sans réponse : la liste est bouclée pour le poste de {role}, et malheureusement tu n'y figures pas.
Bonjour {first}, on a reçu plus de 300 candidatures en une semaine pour ce poste, donc je fais court, désolée : nous ne poursuivons pas avec ta candidature. Impossible de faire des retours individuels vu le volume.
Vu le nombre de candidatures reçues pour le poste de {role}, le recruteur n'a retenu qu'une dizaine de profils pour la suite. Nous avons le regret de vous informer que le vôtre n'en fait pas partie.
""",
        "rej_talent_pool": """
Votre profil a été ajouté à notre vivier de talents, mais nous ne donnerons pas suite à votre candidature pour le poste de {role}. Si une opportunité plus adaptée se présente, un recruteur pourra vous contacter.
Nous ne poursuivrons pas le processus avec vous pour ce poste. Avec votre accord, nous avons conservé votre CV dans notre base pendant 24 mois et reviendrons vers vous si une offre correspondant à votre profil se présente.
SUBJECT: Votre candidature - {role} || Nous sommes au regret de vous informer que votre candidature au poste de {role} n'a pas été retenue. Comme vous avez accepté de rejoindre notre vivier lors de votre candidature, votre profil restera visible par nos recruteurs pour de futures opportunités.
Le poste de {role} a été pourvu. Comme annoncé, votre profil ne correspondant pas tout à fait à ce poste, nous l'avons conservé dans notre vivier pour nos prochains recrutements.
Après étude, votre candidature au poste de {role} n'est pas retenue. Votre profil a été transféré dans la CVthèque de {company}, où il sera conservé deux ans conformément à notre politique de confidentialité. Vous pouvez demander sa suppression à tout moment.
Nous avons retenu d'autres candidats pour ce poste. Votre parcours nous a toutefois semblé intéressant pour d'autres équipes de {company} : plutôt que de clore votre dossier, nous l'avons placé dans notre vivier de talents.
Bonjour {first}, malheureusement on ne va pas continuer avec ta candidature pour le poste de {role}. J'ai quand même signalé ton profil pour nos postes data prévus à l'automne, donc une collègue pourrait te contacter à ce moment-là.
Votre candidature n'a pas été retenue pour la phase d'entretiens. Nous aimerions toutefois conserver votre CV : pourriez-vous nous confirmer par retour de mail que vous acceptez que nous gardions vos données un an de plus ?
Nous avons bien intégré votre profil à notre vivier, mais nous ne retiendrons pas votre candidature pour ce poste précis. Nous reviendrons vers vous si une offre plus en phase avec votre expérience s'ouvre.
""",
        "rej_process_then_decision": """
Notre processus de recrutement pour le poste de {role} comportait trois étapes : un tri de l'ensemble des candidatures au regard des critères obligatoires, une évaluation par le manager, puis des entretiens. Nous avons reçu 187 candidatures, chacune lue par au moins deux personnes. Le manager a désormais terminé son évaluation, et nous avons le regret de vous informer que votre candidature n'a pas été retenue pour un entretien.
Pour vous expliquer notre démarche : chaque dossier est noté séparément par deux membres du jury selon une grille identique pour tous, et seuls les candidats les mieux classés sont convoqués. Le jury s'est réuni mardi. Votre dossier n'a malheureusement pas obtenu une note suffisante pour être présélectionné.
En tant qu'employeur public, nous devons examiner toutes les candidatures selon les seuls critères publiés dans l'avis de vacance. Sur cette base, la commission a estimé que votre dossier ne remplissait pas la condition de diplôme requise pour le grade concerné. Votre candidature ne peut donc pas être retenue.
SUBJECT: Point sur votre candidature || Merci pour votre patience. Le recrutement a pris plus de temps que prévu : la fiche de poste a été revue en cours de route et toutes les candidatures ont dû être réexaminées. Ce nouvel examen est terminé, et nous sommes au regret de vous indiquer que votre candidature n'a pas été retenue.
Comme expliqué lors de votre inscription, le processus comprend une étude du dossier, un test en ligne, puis un entretien. Les résultats du test sont maintenant disponibles. Malheureusement, votre score est inférieur au seuil requis pour accéder à l'étape suivante, et votre candidature s'arrête donc ici.
Chaque année, nous recevons plusieurs milliers de candidatures pour notre programme Graduate et nous appliquons à tous le même processus : étude du dossier, test de mise en situation, puis journée d'évaluation. Nous sommes au regret de vous annoncer que votre candidature n'a pas passé l'étape de l'étude du dossier.
Notre fonctionnement : à la clôture de l'annonce, l'équipe RH vérifie les prérequis, puis le manager choisit les candidats à rencontrer. Pour ce poste, l'annonce a été clôturée le 3 mai et la vérification est terminée. Votre profil remplit les prérequis, mais le manager a choisi d'autres candidats pour les entretiens ; nous ne poursuivrons donc pas avec vous.
Un mot sur notre façon de recruter : on lit toutes les candidatures nous-mêmes, sans filtre automatique, et on essaie de répondre à tout le monde en moins d'un mois. Ça prend du temps et ça oblige à faire des choix. Pour ce poste, on a décidé de rencontrer d'autres personnes, donc on ne donnera pas suite à ta candidature.
Comme précisé dans l'annonce, nous étudions les candidatures au fil de l'eau et tous les candidats ne sont pas reçus. Le premier tour d'entretiens est terminé et le recrutement est désormais clos. Nous sommes désolés de vous annoncer que nous ne vous recevrons pas cette fois-ci.
""",
        "inv_shortlisted": """
Comme annoncé, vu le nombre de candidatures, nous ne recontactons que les candidats présélectionnés - et vous en faites partie ! Nous aimerions vous proposer un entretien en visio de 45 minutes pour le poste de {role}. Seriez-vous disponible mardi ou mercredi prochain ?
Nous avons examiné l'ensemble des candidatures et avons le plaisir de vous informer que votre dossier a été retenu. Vous êtes convié(e) à un entretien devant le jury le 18 avril à 10 h, à l'hôtel de ville. Merci de confirmer votre présence par retour de mail.
SUBJECT: Vous êtes présélectionné(e) - {role} || Sur plus de 250 candidatures, la vôtre fait partie des huit que nous avons retenues. Prochaine étape : un échange téléphonique de 30 minutes avec le manager. Vous pouvez réserver un créneau via le lien de votre espace candidat.
""",
        "off_after_process": """
Au terme d'un long processus et face à de nombreux excellents candidats, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de {role}. Vous trouverez en pièce jointe notre proposition d'embauche, avec la rémunération et la date de prise de poste ; merci de nous faire part de votre réponse d'ici vendredi.
Suite à votre entretien et à la prise de références, nous sommes ravis de vous proposer le poste de {role} chez {company}. Je vous appelle demain pour passer en revue les détails du contrat, puis nous vous enverrons la promesse d'embauche.
""",
        "oth_housekeeping": """
Votre consentement à la conservation de vos données dans notre vivier de talents arrive à échéance le mois prochain. Si vous souhaitez continuer à être contacté(e) pour nos futures offres, merci de le confirmer via le lien de votre espace candidat. À défaut, vos données seront supprimées automatiquement.
Votre avis nous intéresse ! Quelle que soit l'issue de votre candidature, vos retours nous aident à améliorer notre processus. Le questionnaire est anonyme et prend environ trois minutes.
Le 1er septembre, nous changeons de plateforme de recrutement. Votre espace candidat sera transféré automatiquement et vous recevrez un e-mail pour définir un nouveau mot de passe. Les candidatures en cours ne sont pas concernées.
SUBJECT: Nouvelles offres chez {company} || Vous êtes abonné(e) aux alertes emploi de {company}. Voici les nouvelles offres de la semaine pour « marketing » : Chef de produit junior (Lyon), Chargé(e) de communication digitale (Paris), Trade marketing manager (Lyon). Vous pouvez vous désabonner à tout moment.
""",
    },
    "es": {
        "ack_silence_rule": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Si en un plazo de tres semanas no te hemos contactado, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
Le confirmamos la recepción de su candidatura. Lamentablemente, no podemos atender consultas telefónicas sobre el estado de los procesos; puede consultar el estado de su solicitud en cualquier momento desde el portal del candidato.
SUBJECT: Candidatura recibida || ¡Gracias, {first}! Ya tenemos tu CV. Somos un equipo pequeño y la selección la llevo yo, así que si en un mes no sabes nada de nosotros, puedes dar por hecho que esta vez no ha encajado. Si queremos conocerte, te escribiré mucho antes.
Su solicitud para el puesto de {role} ha quedado registrada con el número 2024/0815. Las personas candidatas que no reciban comunicación antes del 30 de junio deberán considerar que su candidatura no ha pasado a la siguiente fase.
Tu candidatura ya está en manos del equipo. Normalmente respondemos en unos diez días laborables; si pasa más tiempo y no tienes noticias, escríbenos sin problema, que a veces se nos acumula el trabajo.
Acusamos recibo de su candidatura. Por la cantidad de solicitudes que recibimos, no es posible responder a cada persona de forma individual: si transcurridas cuatro semanas desde el cierre de la oferta no ha recibido noticias nuestras, le rogamos que considere que el puesto se ha cubierto con otro perfil.
Hemos recibido tu solicitud. Te pedimos por favor que no nos llames para preguntar por el estado del proceso: lamentablemente no podemos dar información individual por teléfono. Todas las novedades te llegarán por correo electrónico.
Confirmamos que tu candidatura para {role} se ha enviado correctamente. Si no recibes noticias nuestras en los próximos 15 días, no te preocupes: el proceso sigue abierto y la primera criba termina a finales de mes.
""",
        "ack_shortlist_only": """
Gracias por presentar tu candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas para la fase de entrevistas.
Hemos recibido su candidatura para {role}. Lamentamos no poder ofrecer una valoración individual en esta fase del proceso; las personas que continúen serán contactadas directamente por el responsable del área.
SUBJECT: Hemos recibido tu candidatura || ¡Ya está! Tu candidatura para {role} está dentro. Leemos todas las candidaturas, pero solo escribimos a quienes queremos entrevistar, así que no te extrañe si no tienes noticias. La preselección terminará a mediados del mes que viene.
Le informamos de que su candidatura ha sido registrada correctamente. Dado el volumen de solicitudes que recibimos para cada vacante, únicamente se contactará con aquellos perfiles que mejor se ajusten a los requisitos del puesto.
Tu CV ha llegado a nuestro equipo de Talento. Cada candidatura la revisan dos personas, pero por el número de solicitudes solo podremos contactar con quienes pasen a la siguiente fase. Gracias por tu comprensión.
Confirmamos la recepción de su solicitud para la vacante de {role}. La consultora que gestiona este proceso para {company} contactará solo con las personas candidatas que resulten preseleccionadas; al resto no se le podrá dar una respuesta individual en esta fase.
Hemos recibido tu candidatura. Cribamos todas las solicitudes según los requisitos de la oferta y solo invitaremos a entrevista a quienes los cumplan. Por el volumen, no podemos explicar cada decisión de preselección.
Gracias por tu interés. Te avisamos desde ya de que esta oferta está recibiendo muchísimas candidaturas, por lo que solo contactaremos con los perfiles preseleccionados, como muy tarde el 15 de marzo.
""",
        "ack_future_outcome": """
Tu candidatura ha quedado registrada. Sea cual sea el resultado, te informaremos por correo electrónico cuando se cierre el proceso de selección, previsiblemente a lo largo de junio.
En caso de que su perfil no se ajuste a esta vacante, y siempre con su consentimiento, lo incorporaremos a nuestra base de datos de candidatos para futuros procesos. Por el momento, su candidatura para {role} está en fase de revisión.
Revisamos las candidaturas a medida que llegan, por lo que la vacante podría cubrirse antes de la fecha de cierre. No todas las personas serán invitadas a entrevista, pero todas recibirán una respuesta. Tu candidatura ya está registrada.
Las personas no seleccionadas recibirán una notificación por correo electrónico al finalizar el proceso; las seleccionadas serán contactadas por teléfono. Hasta entonces, su candidatura sigue en estudio y no necesita hacer nada más.
SUBJECT: Confirmación de tu candidatura || Tu candidatura se ha registrado correctamente. Si finalmente no resultas seleccionado/a, tus datos se conservarán durante un año para futuros procesos, salvo que nos pidas su supresión. Te escribiremos en cuanto hayamos revisado tu perfil.
¡Gracias, {first}! Tu candidatura ya la tiene el equipo. Si al final no seguimos contigo, te mandaremos un mensaje para que no te quedes esperando: respondemos a todo el mundo.
Su candidatura ha sido remitida a la responsable del departamento. Si se decidiera no continuar con ella, podrá, si lo desea, hacer visible su perfil para el resto de nuestras ofertas desde su área privada.
Recibida tu candidatura para {role}. Si tu perfil no encaja en este puesto, pasará a nuestra bolsa de empleo y te tendremos en cuenta para otras vacantes en nuestras tiendas de tu zona.
""",
        "ack_regret_other": """
Hemos recibido tu candidatura. Lamentablemente, con las vacaciones de agosto el equipo de selección está reducido, así que la revisión se retrasará un poco. Contamos con escribirte durante la primera semana de septiembre.
Lamentamos el retraso en confirmar la recepción de su candidatura, debido a una incidencia técnica en nuestra plataforma. Su solicitud para {role} se recibió correctamente y ya está en manos del equipo de selección.
Lamentablemente, nuestro teléfono de atención al candidato no está operativo esta semana. Si tiene alguna duda, utilice el formulario de contacto de su área privada. Su candidatura está registrada y se revisará en los próximos días.
Sentimos que el formulario te pidiera volver a escribir toda tu experiencia aunque habías adjuntado el CV; estamos trabajando para simplificarlo. Tu candidatura está completa y la revisará el equipo en breve.
Hola, {first}: te confirmo que tenemos tu candidatura. Lamentablemente, la responsable del equipo está de baja unos días y vamos algo retrasados con la revisión. Te escribo en cuanto haya novedades.
Lamentamos comunicarle que las entrevistas previstas para finales de mayo se retrasan a mediados de junio por una reorganización interna. Su candidatura sigue en estudio y le haremos llegar el nuevo calendario en cuanto esté cerrado.
Gracias por inscribirte en nuestro programa de talento joven. Lamentablemente, la enorme cantidad de solicitudes está alargando la primera revisión más de lo previsto; esperamos ponernos en contacto con los candidatos la primera semana de diciembre. Perdona la espera.
""",
        "ack_procedure_closed": """
El plazo de presentación de candidaturas para el puesto de {role} ha finalizado. El comité de selección ya ha comenzado a revisar las solicitudes y prevé realizar las entrevistas en la segunda quincena de abril. Su candidatura forma parte del proceso.
Le confirmamos la recepción de su solicitud de participación en el proceso selectivo (referencia PS-2024-031). El proceso consta de una fase de valoración de méritos, una prueba práctica y una entrevista ante el tribunal. La lista provisional de personas admitidas se publicará en la web en un plazo de diez días hábiles.
Como entidad del sector público, estamos sujetos a los principios de igualdad, mérito y capacidad: todas las solicitudes presentadas en plazo se valoran con los mismos criterios. El proceso puede durar hasta ocho semanas. Su solicitud ha quedado registrada.
SUBJECT: Cierre de la oferta - {role} || La oferta de {role} se cerró ayer a medianoche. Ahora estamos revisando todas las candidaturas y te escribiremos cuando termine la preselección.
Hemos retirado la oferta de {role} de nuestra web porque ya hemos recibido suficientes candidaturas para iniciar el proceso. Esto no afecta a la tuya, que llegó antes del cierre y se revisará junto con las demás.
Se ha cerrado la convocatoria de nuestro programa de graduados. Durante las próximas tres semanas nuestro equipo leerá todas las candidaturas; después, los responsables decidirán a quién invitan a las pruebas online. Tu solicitud está completa.
Una vez finalizado el plazo de subsanación, el tribunal calificador procederá a la valoración de los méritos alegados por las personas aspirantes. Las puntuaciones provisionales se publicarán en el tablón de anuncios y en la sede electrónica. Su solicitud figura en la lista de admitidos.
La oferta ya está cerrada y hemos empezado a revisar candidaturas. La tuya está dentro, claro. Calcula unas dos semanas hasta que tengas noticias nuestras.
""",
        "rej_reviewed_regret": """
Hemos revisado todas las candidaturas recibidas para el puesto de {role} y lamentamos comunicarle que su perfil no ha sido seleccionado para la fase de entrevistas.
Tras analizar detenidamente su candidatura, lamentamos informarle de que hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a los requisitos del puesto.
SUBJECT: Resolución de tu candidatura || Ya hemos terminado la preselección para {role} y, lamentablemente, tu candidatura no ha pasado a la siguiente fase.
El comité ha concluido la revisión de las solicitudes. Lamentablemente, su candidatura no se encuentra entre las preseleccionadas.
Hola, {first}: hemos terminado de revisar las candidaturas y, por desgracia, esta vez no vamos a seguir adelante contigo. Hemos optado por perfiles con más experiencia en gestión de inventario en tienda.
Hemos recibido más de 400 candidaturas para este puesto y no ha sido una decisión fácil. Tras estudiarlas todas, hemos decidido no seguir adelante con la tuya.
Una vez revisada su candidatura frente a los requisitos imprescindibles de la oferta, sentimos comunicarle que no ha sido seleccionado/a para continuar en el proceso de {role}.
Gracias por tu paciencia mientras revisábamos las candidaturas. Ya hemos tomado una decisión y, lamentablemente, no ha sido favorable para ti en esta ocasión.
Tras la revisión de todas las solicitudes, hemos decidido no convocarle a entrevista para el puesto de {role}. Sentimos no poder darle una respuesta más positiva.
""",
        "rej_shortlist_notice": """
Como te indicamos al recibir tu candidatura, normalmente solo contactamos con las personas preseleccionadas. Aun así, queríamos decirte personalmente que la preselección para {role} ya ha terminado y que no estás entre los perfiles elegidos.
Debido al elevadísimo número de candidaturas recibidas (más de 700), no podemos ofrecerle una valoración individual. No obstante, le informamos de que su candidatura para {role} no ha sido seleccionada.
En la oferta indicábamos que, si no había respuesta en tres semanas, la candidatura debía considerarse descartada. Ese plazo ya ha pasado y queremos confirmarle formalmente que su candidatura no ha sido seleccionada.
Ante el volumen de solicitudes, hemos tenido que tomar decisiones muy difíciles. Lamentamos comunicarte que no vamos a continuar con tu candidatura para {role}.
SUBJECT: Fin de la preselección - {role} || Las entrevistas para {role} ya están programadas con otras personas candidatas. Dijimos que solo avisaríamos a quienes pasaran el corte, pero creemos que todo el mundo merece una respuesta: tu candidatura no ha sido seleccionada.
Hemos recibido un número excepcional de candidaturas, muchas de ellas muy cualificadas. Lamentablemente, no podemos ofrecerte una entrevista y, por el volumen, tampoco podemos darte una valoración individual.
Ya te dijimos que solo escribiríamos a la lista corta, pero no queríamos dejarte sin respuesta: la lista para {role} está cerrada y, por desgracia, no estás en ella.
Hola, {first}: para esta oferta nos llegaron más de 300 candidaturas en una semana, así que seré breve, perdona: no vamos a seguir con tu candidatura. Con este volumen no podemos dar feedback individual.
Dado el número de candidaturas recibidas, la consultora ha seleccionado solo a diez personas para la siguiente fase. Lamentamos informarle de que usted no se encuentra entre ellas.
""",
        "rej_talent_pool": """
Hemos incorporado tu perfil a nuestra bolsa de talento, pero no vamos a continuar con tu candidatura para el puesto de {role}. Si surge una vacante más acorde con tu experiencia, es posible que alguien del equipo te contacte.
Lamentamos comunicarle que no seguiremos adelante con su candidatura. Con su consentimiento, hemos guardado su CV en nuestra base de datos durante doce meses y le contactaremos si aparece una vacante adecuada a su perfil.
SUBJECT: Tu candidatura para {role} || Lamentamos comunicarte que tu candidatura para {role} no ha sido seleccionada. Como aceptaste formar parte de nuestra bolsa de empleo al inscribirte, tu perfil seguirá visible para nuestro equipo en futuros procesos.
La vacante de {role} ya se ha cubierto con otra persona. Tal como te comentamos al principio, como tu perfil no encajaba del todo en este puesto, lo hemos guardado en nuestra bolsa para próximas oportunidades.
Tras la revisión, su candidatura para {role} no continuará en el proceso. Su perfil ha pasado a la base de datos de {company}, donde se conservará dos años conforme a nuestra política de privacidad. Puede solicitar su eliminación en cualquier momento.
Hemos seleccionado a otras personas para este puesto. Aun así, tu experiencia nos parece interesante para otros equipos de {company}, así que en lugar de cerrar tu candidatura la hemos pasado a nuestra bolsa de talento.
Hola, {first}: por desgracia no vamos a seguir con tu candidatura para {role}. Eso sí, he marcado tu perfil para las vacantes de análisis de datos que abriremos en otoño, así que puede que una compañera te escriba entonces.
Tu candidatura no ha pasado a la fase de entrevistas. Nos gustaría conservar tu CV, eso sí: ¿nos confirmas respondiendo 'sí' que podemos guardar tus datos un año más?
Ya formas parte de nuestra bolsa de candidatos, aunque para esta vacante en concreto no vamos a seguir adelante contigo. Te escribiremos si se abre algo más acorde con tu experiencia.
""",
        "rej_process_then_decision": """
Nuestro proceso para el puesto de {role} tenía tres fases: una criba de todas las candidaturas según los requisitos imprescindibles, una valoración por parte del responsable del área y las entrevistas. Recibimos 243 candidaturas y cada una la leyeron al menos dos personas. El responsable ya ha terminado su valoración y, lamentablemente, tu candidatura no pasará a la fase de entrevistas.
Para explicarle cómo decidimos: cada candidatura la puntúan por separado dos miembros del comité con la misma plantilla para todos, y solo se convoca a quienes obtienen las puntuaciones más altas. El comité se reunió el martes. Su candidatura no alcanzó la puntuación necesaria, por lo que no continuará en el proceso.
Como entidad pública, debemos valorar todas las solicitudes exclusivamente conforme a los criterios publicados en las bases de la convocatoria. De acuerdo con dichos criterios, el tribunal ha resuelto que usted no acredita la titulación exigida, por lo que figura como excluido/a en la lista definitiva publicada hoy.
SUBJECT: Novedades sobre tu candidatura || Gracias por tu paciencia. El proceso ha durado más de lo previsto: a mitad de camino redefinimos el puesto y tuvimos que revisar de nuevo todas las candidaturas. Esa revisión ha terminado y, lamentablemente, tu candidatura no ha sido seleccionada.
Como te explicamos al inscribirte, el proceso incluye una revisión del CV, una prueba online y una entrevista. Ya tenemos los resultados de la prueba: tu puntuación ha quedado por debajo del mínimo necesario para pasar a la siguiente fase, así que el proceso termina aquí para ti.
Cada año recibimos miles de solicitudes para nuestro programa de graduados y todas siguen el mismo camino: revisión de la candidatura, prueba de juicio situacional y jornada de evaluación. Lamentamos comunicarle que su candidatura no ha superado la fase de revisión.
Así trabajamos: al cerrar la oferta, el equipo de Personas comprueba los requisitos mínimos y después el responsable elige a quién entrevistar. Esta oferta se cerró el 3 de mayo y la comprobación ya ha terminado. Cumples los requisitos mínimos, pero el responsable ha elegido a otras personas para las entrevistas, así que no seguiremos adelante con tu candidatura.
Te cuento un poco cómo seleccionamos: leemos todas las candidaturas nosotros mismos, sin filtros automáticos, e intentamos contestar a todo el mundo en menos de un mes. Eso lleva tiempo y nos obliga a elegir. Para {role} hemos decidido entrevistar a otras personas, así que no vamos a avanzar con tu candidatura.
Como decía la oferta, revisamos las candidaturas según llegan y no invitamos a todo el mundo a entrevista. Ya hemos terminado la primera ronda de entrevistas y cerrado el proceso. Sentimos decirle que en esta ocasión no le vamos a convocar.
""",
        "inv_shortlisted": """
Como te avisamos, por el volumen de candidaturas solo contactamos con las personas preseleccionadas... ¡y tú eres una de ellas! Nos gustaría hacerte una videoentrevista de 45 minutos para {role}. ¿Te viene bien el martes o el miércoles de la semana que viene?
Una vez revisadas todas las candidaturas, nos complace comunicarle que ha sido preseleccionado/a. Le convocamos a una entrevista el 18 de abril a las 10:00 en nuestras oficinas centrales. Le rogamos que confirme su asistencia respondiendo a este correo.
SUBJECT: Estás en la lista corta - {role} || De más de 250 candidaturas, la tuya es una de las ocho que hemos preseleccionado para {role}. El siguiente paso es una llamada de 30 minutos con la responsable del equipo; reserva tu hueco desde el enlace de tu área de candidato.
""",
        "off_after_process": """
Tras un proceso largo y con candidaturas muy sólidas, me alegra muchísimo comunicarte que queremos ofrecerte el puesto de {role}. Te adjunto la oferta por escrito con el salario y la fecha de incorporación; dinos algo antes del viernes.
Después de la entrevista y de hablar con sus referencias, nos complace ofrecerle el puesto de {role} en {company}. Le llamaré mañana para repasar las condiciones del contrato y después le enviaremos la carta de oferta formal.
""",
        "oth_housekeeping": """
Tu consentimiento para conservar tus datos en nuestra bolsa de talento caduca el mes que viene. Si quieres seguir recibiendo ofertas, confírmalo desde el enlace de tu área de candidato; si no, borraremos tus datos automáticamente.
¿Qué tal ha sido tu experiencia con nuestro proceso de selección? Independientemente del resultado de tu candidatura, tu opinión nos ayuda a mejorar. La encuesta es anónima y dura unos tres minutos.
El 1 de septiembre cambiamos de plataforma de selección. Su cuenta de candidato se trasladará automáticamente y recibirá un correo para crear una nueva contraseña. Las candidaturas en curso no se verán afectadas.
SUBJECT: Nuevas ofertas en {company} || Estás suscrito/a a las alertas de empleo de {company}. Estas son las novedades de la semana para «logística»: Jefe/a de almacén (Zaragoza), Planificador/a de transporte (Madrid), Técnico/a de compras (Barcelona). Puedes darte de baja cuando quieras.
""",
    },
    "pt": {
        "ack_silence_rule": """
Confirmamos a receção da sua candidatura à vaga de {role}. Caso não receba qualquer contacto da nossa parte no prazo de três semanas, deverá considerar que a sua candidatura não foi selecionada nesta ocasião.
Recebemos seu currículo para a vaga de {role}. Infelizmente não conseguimos responder a perguntas sobre o andamento do processo por telefone ou WhatsApp; você pode acompanhar o status da sua candidatura a qualquer momento no portal.
SUBJECT: Candidatura recebida || Obrigado, {first}! Recebi o teu CV. Somos uma equipa pequena e sou eu que trato do recrutamento, por isso, se não tiveres notícias nossas dentro de um mês, podes assumir que desta vez não vamos avançar. Se quisermos conhecer-te, dou notícias muito antes disso.
A sua candidatura ficou registada com a referência FSE-2024-221. Os candidatos que não forem contactados até 30 de junho devem considerar que a sua candidatura não passou à fase seguinte.
Sua candidatura chegou direitinho! Normalmente respondemos em até 10 dias úteis. Se passar disso e você não tiver notícias, pode nos escrever sem problema - às vezes a fila de currículos fica grande.
Acusamos a receção da sua candidatura. Dado o elevado número de candidaturas, não nos é possível responder individualmente: se não tiver notícias nossas quatro semanas após o fecho do anúncio, agradecemos que considere que a vaga foi preenchida por outro perfil.
Recebemos a sua candidatura. Pedimos-lhe que não nos contacte por telefone para saber o ponto de situação: infelizmente não conseguimos dar informações individuais por essa via. Todas as novidades ser-lhe-ão enviadas por e-mail.
Confirmamos que sua inscrição para {role} foi enviada com sucesso. Se não receber notícias nos próximos 15 dias, fique tranquilo(a): o processo continua aberto e a primeira triagem termina no fim do mês.
""",
        "ack_shortlist_only": """
Agradecemos a sua candidatura. Devido ao elevado número de candidaturas recebidas, apenas os candidatos pré-selecionados para entrevista serão contactados.
Recebemos a sua candidatura à vaga de {role}. Lamentamos não poder dar feedback individual nesta fase do processo; os candidatos que avançarem serão contactados diretamente pela chefia da área.
SUBJECT: Recebemos sua candidatura! || Pronto, sua candidatura para {role} está com a gente. Lemos todos os currículos, mas só entramos em contato com quem queremos entrevistar - então não estranhe se não tiver notícias. A triagem termina em meados do mês que vem.
Informamos que a sua candidatura foi registada com sucesso. Atendendo ao volume de candidaturas que recebemos para cada oferta, só serão contactados os perfis que melhor correspondam aos requisitos da função.
Seu currículo chegou ao nosso time de Gente & Gestão. Cada candidatura é lida por duas pessoas, mas, pelo volume, só conseguiremos falar com quem passar para a próxima etapa. Obrigado pela compreensão.
Confirmamos a receção da sua candidatura. A empresa de recrutamento que acompanha este processo para a {company} contactará apenas os candidatos pré-selecionados; aos restantes não será possível dar uma resposta individual nesta fase.
Recebemos a tua candidatura. Fazemos a triagem de todas as candidaturas com base nos requisitos do anúncio e só convidamos para entrevista quem os cumpre. Pelo volume, não conseguimos justificar cada decisão de pré-seleção.
Obrigado pelo seu interesse. Avisamos desde já que esta vaga está recebendo muitas candidaturas, por isso entraremos em contato apenas com os perfis pré-selecionados, até o dia 15 de março.
""",
        "ack_future_outcome": """
A sua candidatura ficou registada. Qualquer que seja o resultado, informá-lo-emos por e-mail no final do processo de recrutamento, previsto para junho.
Caso o seu perfil não se enquadre nesta vaga, e sempre com o seu consentimento, iremos integrá-lo na nossa bolsa de talentos para futuros processos. Neste momento, a sua candidatura a {role} encontra-se em análise.
Analisamos as candidaturas à medida que chegam, por isso a vaga pode ser preenchida antes da data de fecho. Nem todos os candidatos serão convidados para entrevista, mas todos receberão uma resposta. A sua candidatura já está registada.
Os candidatos não selecionados serão notificados por e-mail no final do processo; os selecionados serão contactados por telefone. Até lá, a sua candidatura continua em análise e não precisa de fazer mais nada.
SUBJECT: Confirmação de inscrição || Sua inscrição foi registrada com sucesso. Se você não for selecionado(a), seus dados ficarão guardados por um ano para futuros processos, a menos que peça a exclusão. Voltaremos a falar assim que analisarmos seu perfil.
Valeu, {first}! Sua candidatura já está com o time. Se a gente decidir não seguir com você, vamos mandar uma mensagem avisando - aqui ninguém fica no vácuo.
A sua candidatura foi encaminhada para a responsável do departamento. Caso se decida não avançar com ela, poderá, se o desejar, tornar o seu perfil visível para as restantes ofertas a partir da sua área pessoal.
Recebemos sua candidatura para {role}. Se o seu perfil não for o ideal para esta vaga, ele vai para o nosso banco de talentos e será considerado para outras oportunidades nas unidades da sua região.
""",
        "ack_regret_other": """
Recebemos a sua candidatura. Infelizmente, com as férias de agosto, a equipa de recrutamento está reduzida e a análise vai demorar um pouco mais. Contamos dar notícias na primeira semana de setembro.
Lamentamos o atraso na confirmação da receção da sua candidatura, causado por uma falha técnica na nossa plataforma. A sua candidatura a {role} foi recebida corretamente e já está com a equipa de recrutamento.
Infelizmente, nossa central de atendimento ao candidato está fora do ar esta semana. Em caso de dúvidas, use o formulário de contato da sua área do candidato. Sua candidatura está registrada e será analisada nos próximos dias.
Pedimos desculpa por o formulário lhe ter pedido para voltar a escrever toda a experiência profissional, apesar de ter anexado o CV; estamos a trabalhar para simplificar este passo. A sua candidatura está completa e será analisada em breve.
Olá {first}, confirmo que recebemos a tua candidatura. Infelizmente, a responsável da equipa está de baixa por uns dias e estamos um pouco atrasados na análise. Dou notícias assim que houver novidades.
Lamentamos informar que as entrevistas previstas para o final de maio foram adiadas para meados de junho devido a uma reorganização interna. A sua candidatura continua em análise e enviaremos o novo calendário logo que esteja fechado.
Obrigado pela sua inscrição no nosso programa de trainees. Infelizmente, o número enorme de inscrições está fazendo a primeira análise demorar mais do que o previsto; esperamos entrar em contato na primeira semana de dezembro. Desculpe a espera.
""",
        "ack_procedure_closed": """
O prazo de candidatura para a vaga de {role} terminou. O júri já iniciou a análise das candidaturas e as entrevistas deverão realizar-se na segunda quinzena de abril. A sua candidatura faz parte do processo.
Confirmamos a receção da sua candidatura ao procedimento concursal (referência PC-2024/07). O procedimento compreende avaliação curricular, prova de conhecimentos e entrevista profissional de seleção. A lista de candidatos admitidos e excluídos será publicada no prazo de dez dias úteis e notificada por e-mail.
Enquanto entidade pública, estamos sujeitos aos princípios da igualdade de oportunidades e da transparência: todas as candidaturas entregues dentro do prazo são avaliadas com os mesmos critérios, previamente publicados. O processo poderá demorar até oito semanas. A sua candidatura ficou registada.
SUBJECT: Anúncio encerrado - {role} || O anúncio para {role} encerrou ontem à meia-noite. Estamos agora a analisar todas as candidaturas e voltaremos a contactá-lo quando a pré-seleção estiver concluída.
Retiramos a vaga de {role} do nosso site porque já recebemos candidaturas suficientes para iniciar o processo. Isso não afeta a sua, que chegou antes do encerramento e será analisada junto com as demais.
As inscrições para o nosso programa de estágio estão encerradas. Nas próximas três semanas, nosso time vai ler todas as candidaturas; depois, os gestores decidem quem será convidado para os testes online. Sua inscrição está completa.
Terminado o prazo de candidatura, o júri aplicará o método de avaliação curricular a todos os candidatos, segundo a grelha publicada no aviso de abertura. Os resultados serão divulgados na página eletrónica do Instituto. A sua candidatura foi recebida dentro do prazo e está completa.
A vaga já fechou e começámos a triagem. A tua candidatura está lá, claro. Conta com cerca de duas semanas até teres notícias nossas.
""",
        "rej_reviewed_regret": """
Analisámos todas as candidaturas recebidas para a vaga de {role} e lamentamos informar que a sua candidatura não foi selecionada para a fase de entrevistas.
Após uma análise cuidadosa do seu currículo, infelizmente decidimos seguir com outros candidatos cujo perfil está mais alinhado com os requisitos da vaga.
SUBJECT: Resultado da sua candidatura || Concluímos a pré-seleção para {role} e, infelizmente, a sua candidatura não avançou para a fase seguinte.
O júri concluiu a análise das candidaturas. Infelizmente, a sua não se encontra entre as pré-selecionadas.
Oi {first}, terminamos de analisar as candidaturas e, infelizmente, desta vez não vamos seguir com você. Optamos por perfis com mais experiência em planejamento de obras ferroviárias.
Recebemos mais de 400 candidaturas para esta vaga e a decisão não foi fácil. Depois de analisar todas, decidimos não avançar com a sua.
Tendo analisado a sua candidatura face aos requisitos obrigatórios do anúncio, lamentamos informar que não foi selecionado(a) para prosseguir no processo de {role}.
Obrigado pela paciência enquanto analisávamos as candidaturas. A decisão foi tomada e, infelizmente, não foi favorável a você desta vez.
Após a análise de todas as candidaturas, decidimos não o(a) convocar para entrevista para a função de {role}. Lamentamos não poder dar-lhe uma resposta mais positiva.
""",
        "rej_shortlist_notice": """
Como lhe dissemos quando se candidatou, normalmente só contactamos os candidatos pré-selecionados. Ainda assim, quisemos informá-lo pessoalmente de que a pré-seleção para {role} está concluída e de que não se encontra entre os candidatos escolhidos.
Devido ao número muito elevado de candidaturas recebidas (mais de 700), não nos é possível dar feedback individual. Informamos, no entanto, que a sua candidatura a {role} não foi selecionada.
No anúncio indicávamos que, sem resposta em três semanas, a candidatura deveria ser considerada não selecionada. Esse prazo já passou e queremos confirmar formalmente que a sua candidatura não avançou.
Com o volume de candidaturas, tivemos de tomar decisões muito difíceis. Lamentamos informar que não vamos prosseguir com a sua candidatura a {role}.
SUBJECT: Fim da pré-seleção - {role} || As entrevistas para {role} já estão marcadas com outros candidatos. Tínhamos dito que só avisaríamos quem passasse à fase seguinte, mas achamos que todos merecem uma resposta: a sua candidatura não foi selecionada.
Recebemos um número excecional de candidaturas, muitas delas muito qualificadas. Infelizmente, não lhe podemos oferecer uma entrevista e, pelo volume, também não conseguimos dar uma justificação individual.
A gente tinha dito que só falaria com a lista curta, mas não queríamos te deixar sem resposta: a lista para {role} está fechada e, infelizmente, você não está nela.
Oi {first}, recebemos mais de 300 currículos em uma semana para essa vaga, então vou ser breve, desculpa: não vamos seguir com a sua candidatura. Com esse volume não dá para dar feedback individual.
Dado o número de candidaturas recebidas, a consultora selecionou apenas dez pessoas para a fase seguinte. Lamentamos informar que não se encontra entre elas.
""",
        "rej_talent_pool": """
Adicionámos o seu perfil à nossa bolsa de talentos, mas não vamos avançar com a sua candidatura à vaga de {role}. Se surgir uma oportunidade mais adequada à sua experiência, um recrutador poderá contactá-lo.
Lamentamos informar que não vamos prosseguir com a sua candidatura. Com o seu consentimento, guardámos o seu CV na nossa base de dados durante doze meses e voltaremos a contactá-lo se surgir uma vaga adequada.
SUBJECT: Sua candidatura para {role} || Infelizmente sua candidatura para {role} não foi selecionada. Como você aceitou fazer parte do nosso banco de talentos na inscrição, seu perfil continuará visível para nossos recrutadores em futuros processos.
A vaga de {role} já foi preenchida por outra pessoa. Tal como referimos no início, como o seu perfil não se enquadrava totalmente nesta função, guardámo-lo na nossa bolsa para próximas oportunidades.
Após análise, a sua candidatura a {role} não prosseguirá no processo. O seu perfil foi transferido para a base de dados da {company}, onde será conservado durante dois anos nos termos da nossa política de privacidade. Pode pedir a eliminação a qualquer momento.
Selecionamos outros candidatos para esta vaga. Mesmo assim, achamos sua experiência interessante para outras áreas da {company}, então, em vez de encerrar sua candidatura, nós a movemos para o banco de talentos.
Olá {first}, infelizmente não vamos avançar com a tua candidatura a {role}. Ainda assim, marquei o teu perfil para as vagas de análise de dados que vamos abrir no outono, por isso pode ser que uma colega te contacte nessa altura.
A sua candidatura não passou à fase de entrevistas. Gostaríamos, no entanto, de manter o seu CV: pode confirmar-nos, respondendo 'sim', que podemos guardar os seus dados por mais um ano?
Você já faz parte do nosso banco de talentos, mas, para esta vaga específica, não vamos seguir com a sua candidatura. Avisaremos se abrir algo mais alinhado com a sua experiência.
""",
        "rej_process_then_decision": """
O nosso processo para a vaga de {role} tinha três fases: triagem de todas as candidaturas com base nos requisitos obrigatórios, avaliação pela chefia da área e entrevistas. Recebemos 198 candidaturas, cada uma lida por pelo menos duas pessoas. A chefia concluiu agora a avaliação e, infelizmente, a sua candidatura não passará à fase de entrevistas.
Para explicar como decidimos: cada candidatura é pontuada separadamente por dois membros do júri, com a mesma grelha para todos, e só são convocados os candidatos com as pontuações mais altas. O júri reuniu na terça-feira. A sua candidatura não atingiu a pontuação necessária, pelo que não prosseguirá no processo.
Enquanto entidade pública, temos de avaliar todas as candidaturas exclusivamente segundo os critérios publicados no aviso de abertura. Com base nesses critérios, o júri deliberou que não reúne o requisito de habilitação académica exigido, pelo que consta como excluído(a) da lista definitiva hoje publicada.
SUBJECT: Atualização sobre sua candidatura || Obrigado pela paciência. O processo demorou mais do que o previsto: no meio do caminho redefinimos a vaga e tivemos de reavaliar todas as candidaturas. Essa reavaliação terminou e, infelizmente, sua candidatura não foi selecionada.
Como explicámos na inscrição, o processo inclui análise do CV, um teste online e uma entrevista. Já temos os resultados do teste: a sua pontuação ficou abaixo do mínimo necessário para passar à fase seguinte, pelo que o processo termina aqui para si.
Todos os anos recebemos milhares de inscrições para o nosso programa de trainees e todas seguem o mesmo caminho: análise da candidatura, teste de julgamento situacional e dia de avaliação. Lamentamos informar que a sua candidatura não passou da fase de análise.
É assim que trabalhamos: quando a vaga fecha, o RH verifica os requisitos mínimos e depois o gestor escolhe quem entrevistar. Esta vaga fechou em 3 de maio e a verificação já terminou. Você cumpre os requisitos mínimos, mas o gestor escolheu outras pessoas para as entrevistas, então não vamos seguir com a sua candidatura.
Conto-te um pouco como recrutamos: lemos todas as candidaturas nós mesmos, sem filtros automáticos, e tentamos responder a toda a gente em menos de um mês. Isso leva tempo e obriga-nos a escolher. Para {role} decidimos entrevistar outras pessoas, por isso não vamos avançar com a tua candidatura.
Como dizia o anúncio, analisamos as candidaturas à medida que chegam e nem todos são chamados para entrevista. Já concluímos a primeira ronda de entrevistas e encerrámos o processo. Lamentamos dizer que, desta vez, não o vamos convocar.
""",
        "inv_shortlisted": """
Como avisámos, pelo volume de candidaturas só contactamos os candidatos pré-selecionados... e o seu perfil é um deles! Gostaríamos de marcar uma entrevista por vídeo de 45 minutos para {role}. Tem disponibilidade na próxima terça ou quarta-feira?
Concluída a análise de todas as candidaturas, temos o prazer de informar que foi pré-selecionado(a). Convocamo-lo(a) para uma entrevista no dia 18 de abril, às 10h00, nas nossas instalações. Agradecemos que confirme a sua presença respondendo a este e-mail.
SUBJECT: Você está na lista curta - {role} || De mais de 250 candidaturas, a sua é uma das oito que pré-selecionamos para {role}. A próxima etapa é uma conversa de 30 minutos com a gestora da área; agende seu horário pelo link na sua área do candidato.
""",
        "off_after_process": """
Depois de um processo longo e com candidatos muito fortes, tenho o enorme prazer de lhe comunicar que queremos oferecer-lhe a função de {role}. Segue em anexo a proposta escrita, com a remuneração e a data de início; agradecemos uma resposta até sexta-feira.
Depois da entrevista e das referências, temos o prazer de oferecer a você a vaga de {role} na {company}! Vou te ligar amanhã para passar os detalhes do contrato e, em seguida, enviamos a carta-proposta formal.
""",
        "oth_housekeeping": """
O seu consentimento para guardarmos os seus dados na nossa bolsa de talentos expira no próximo mês. Se quiser continuar a ser considerado para futuras vagas, confirme através do link na sua área de candidato; caso contrário, os seus dados serão eliminados automaticamente.
Como foi sua experiência com o nosso processo seletivo? Independentemente do resultado da sua candidatura, sua opinião nos ajuda a melhorar. A pesquisa é anônima e leva uns três minutos.
A 1 de setembro mudamos de plataforma de recrutamento. A sua conta de candidato será transferida automaticamente e receberá um e-mail para definir uma nova palavra-passe. As candidaturas em curso não são afetadas.
SUBJECT: Novas vagas na {company} || Você assinou os alertas de vagas da {company}. Estas são as novidades da semana para 'engenharia': Engenheiro(a) de Via (Porto), Técnico(a) de Manutenção (Lisboa), Planejador(a) de Obras (São Paulo). Cancele a assinatura quando quiser.
""",
    },
}
