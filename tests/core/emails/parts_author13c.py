# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Mail passages by an independent author (round 13, author13c): precision around the
vocabulary of rejection. Every language (en, de in Sie and du, fr, es, pt) carries the same ten
families. About 45% are hard negatives that use words like "unfortunately", "we regret",
"unsuccessful", "filled" or "many strong candidates" without being rejections: receipts that warn
about volume or silence (ack_receipt_warns), status updates about delays, postponed interviews or a
hiring manager on leave (ack_status_delay), interview invitations that open with bad news such as
a filled role or a lost slot (inv_after_setback), offers that mention the other candidates
(off_among_many), candidate-system notices such as surveys sent after any outcome, data-deletion
notices that state no decision, reminders to finish an application and confirmations of a
withdrawal (oth_candidate_notices), and job alerts, career newsletters about coping with
rejection and apologetic recruiter cold outreach (oth_inbound). About 45% are real rejections,
short and plain, in the wording companies use across sectors and countries: screening
(rej_plain), after interviews, tests, trial shifts and assessment centres (rej_after_stage), role
cancelled, frozen or filled internally (rej_role_gone), and a decision buried after a paragraph
of news or apologies (rej_buried). About 10% are plain, ordinary receipts, invitations, offers and
notices with no rejection vocabulary at all, kept inside the matching families. Sectors: logistics,
hospitals and care, retail, schools, software, banking and insurance, energy, hospitality,
public sector, agencies, textiles. Registers run from automated ATS notices to personal notes.
Everything is invented and written from general knowledge; no samples were read."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Halvorsen Logistics",
    "Brightwater Health Trust",
    "Kestrel Analytics",
    "Nordlicht Energie GmbH",
    "Maison Verdier",
    "Grupo Alcázar",
    "Tecelagem Aurora",
    "Quillon Assurances",
    "Fjordline Software",
    "Clínica Santa Luzia",
    "Pinecrest Retail",
    "Stadtwerke Ahrtal",
)

ROLES: tuple[str, ...] = (
    "Project Coordinator",
    "Data Analyst",
    "Customer Success Manager",
    "Logistics Planner",
    "Junior Accountant",
    "UX Designer",
    "Sales Engineer",
    "HR Generalist",
    "Operations Lead",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nair", "careers@{domain}"),
    ("Talent Acquisition", "noreply@notify.hirestream.example"),
    ("Jonas Weber", "jonas.weber@{domain}"),
    ("Camille Laurent", "recrutement@{domain}"),
    ("Lucía Ortega", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("People Team", "people@{domain}"),
    ("Tom Hargreaves", "tom.hargreaves@{domain}"),
    ("Recruiting", "jobs@mail.talentdesk.example"),
    ("Sanne de Vries", "sanne.devries@{domain}"),
)

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear {first} Rivera,",
            "{first},",
            "Good afternoon {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying to {company}.",
            "Thank you for the time you have put into your application.",
            "We appreciate your interest in working with us.",
        ],
        "wish": [
            "We wish you all the best with your search.",
            "Good luck with the next step in your career.",
            "We hope you find the right role soon.",
            "All the best for the future.",
        ],
        "marketing": [
            "{company} moves more than two million parcels a week across northern Europe, and our people are the reason it works. We invest in training, flexible shifts and a culture where everyone's voice is heard.",
            "At {company}, we believe great care starts with great teams. Join more than 4,000 colleagues who make a difference to patients every day.",
            "We're a team of 180 builders, analysts and designers on a mission to make data useful for everyone. Remote-first, four offices, one culture.",
            "Named a Top Employer three years in a row. Discover our benefits, our sustainability commitments and the stories of the people behind {company}.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\n{company}",
            "Thanks,\n{sender}",
            "Warm wishes,\n{sender}\nTalent Team, {company}",
            "Regards,\nThe Recruitment Team\n{company}",
        ],
        "footer": [
            "This email was sent by {company}. You are receiving it because you applied for a position with us. Privacy notice | Unsubscribe",
            "Please do not reply to this message; this mailbox is not monitored.",
            "{company} Ltd. Registered in England and Wales. Registered office: 1 Dockside Way, Hull. This message is confidential.",
            "Manage your notification preferences in your candidate account.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{role} at {company}",
            "Update on your application",
            "Your application to {company}",
            "Re: {role} application",
        ],
        "subject_inv": [
            "Interview for {role}",
            "Next steps: {role}",
            "Let's talk – {role} at {company}",
            "Interview scheduling",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Your offer from {company}",
            "Good news about {role}",
        ],
        "subject_oth": [
            "A message from {company} Careers",
            "Your candidate account",
            "News from {company}",
            "Important information about your data",
        ],
    },
    "de": {
        "greet": [
            "Hallo {first},",
            "Guten Tag {first} Rivera,",
            "Hallo {first} Rivera,",
            "Hi {first},",
            "Moin {first},",
            "Guten Tag,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.",
            "Danke für dein Interesse an {company}.",
            "Vielen Dank, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Wir wünschen dir alles Gute für deine weitere Suche.",
            "Viel Erfolg weiterhin und alles Gute!",
        ],
        "marketing": [
            "{company} versorgt über 180.000 Haushalte mit Strom, Wärme und Wasser. Als kommunales Unternehmen stehen wir für Verlässlichkeit, faire Bezahlung nach Tarif und echte Vereinbarkeit von Familie und Beruf.",
            "Wir sind {company}: 350 Menschen, ein Ziel – die Energiewende vor Ort gestalten. Entdecke unsere Benefits, vom JobRad bis zum Sabbatical.",
            "Seit 1987 wächst {company} mit seinen Mitarbeitenden. Flache Hierarchien, Weiterbildung und ein Arbeitsplatz mit Zukunft erwarten Sie.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Freundliche Grüße\n{sender}\n{company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender}\nPeople & Culture",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der {company}",
            "Liebe Grüße\ndein Team von {company}",
        ],
        "footer": [
            "{company} | Sitz der Gesellschaft: Koblenz | Amtsgericht Koblenz HRB 12345 | Geschäftsführung: Dr. M. Berger",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zum Datenschutz findest du unter karriere.example/datenschutz.",
            "Hinweise zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung bei {company}",
            "Bewerbung: {role}",
            "Rückmeldung zu Ihrer Bewerbung",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Einladung zum Kennenlernen – {role}",
            "Terminabstimmung: {role}",
        ],
        "subject_off": ["Vertragsangebot: {role}", "Unser Angebot für dich", "Zusage – {role}"],
        "subject_oth": [
            "Information von {company}",
            "Ihr Bewerberkonto",
            "Neuigkeiten von {company}",
            "Datenschutzhinweis",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Bonjour {first} Rivera,",
            "Madame, Monsieur,",
            "Cher candidat, chère candidate,",
            "Bonjour,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature et pour le temps que vous nous avez consacré.",
            "Nous vous remercions pour votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons une pleine réussite dans vos recherches.",
            "Nous vous adressons nos meilleurs vœux pour la suite de votre parcours professionnel.",
            "Bonne continuation !",
        ],
        "marketing": [
            "Depuis 1954, {company} accompagne plus de deux millions d'assurés. Rejoindre nos équipes, c'est choisir un métier utile, un cadre bienveillant et des perspectives d'évolution réelles.",
            "Maison familiale devenue groupe international, {company} réunit 900 passionnés autour d'un même savoir-faire. Découvrez nos métiers et nos engagements RSE.",
            "Chez {company}, l'humain est au cœur de tout ce que nous faisons. Télétravail, formation continue et accord égalité : découvrez ce qui fait notre différence.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\n{company}",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}",
            "Belle journée,\n{sender}",
            "L'équipe Recrutement\n{company}",
        ],
        "footer": [
            "Ce message est généré automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. Contact : dpo@recrutement.example.",
            "{company} – SAS au capital de 2 500 000 € – RCS Lyon.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Votre candidature chez {company}",
            "Suite à votre candidature",
            "Candidature – {role}",
        ],
        "subject_inv": [
            "Invitation à un entretien",
            "Entretien – {role}",
            "Proposition de rendez-vous",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bonne nouvelle !",
            "Votre proposition de poste chez {company}",
        ],
        "subject_oth": [
            "Information de {company}",
            "Votre espace candidat",
            "Actualités {company}",
            "Vos données personnelles",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "Estimado/a candidato/a:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en formar parte de {company}.",
            "Muchas gracias por participar en nuestro proceso de selección.",
        ],
        "wish": [
            "Le deseamos mucho éxito en su búsqueda profesional.",
            "Te deseamos lo mejor en tus próximos pasos.",
            "Un cordial saludo y mucha suerte.",
        ],
        "marketing": [
            "{company} es uno de los principales grupos de distribución de la península, con más de 6.000 profesionales y presencia en 14 países. Creemos en el talento local y en el crecimiento de nuestra gente.",
            "En {company} apostamos por la conciliación, la formación continua y un entorno diverso. Descubre por qué más de 300 personas eligen trabajar con nosotros cada año.",
            "Llevamos más de 40 años cuidando de las personas. Conoce nuestros valores y nuestras iniciativas de sostenibilidad en nuestra web de empleo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Atentamente,\n{sender}\n{company}",
            "Saludos cordiales,\n{sender}",
            "Un abrazo,\n{sender}",
            "Equipo de Selección\n{company}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@seleccion.example.",
            "{company}, S.A. Inscrita en el Registro Mercantil de Madrid.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Su candidatura en {company}",
            "Proceso de selección: {role}",
            "Actualización de tu candidatura",
        ],
        "subject_inv": [
            "Invitación a entrevista",
            "Entrevista – {role}",
            "Próximos pasos en el proceso",
        ],
        "subject_off": ["Oferta de empleo – {role}", "¡Buenas noticias!", "Tu oferta de {company}"],
        "subject_oth": [
            "Información de {company}",
            "Tu perfil de candidato",
            "Novedades de {company}",
            "Protección de datos",
        ],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Bom dia, {first}.",
            "Olá, {first}!",
        ],
        "thanks": [
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Obrigado por se candidatar na {company}.",
            "Agradecemos a sua participação no nosso processo de recrutamento.",
            "Obrigado pelo seu interesse na vaga.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Desejamos sucesso na sua trajetória profissional.",
            "Boa sorte nos próximos passos!",
        ],
        "marketing": [
            "Fundada em 1962, a {company} é hoje uma referência na indústria têxtil, com três unidades fabris e mais de 1.200 colaboradores. Valorizamos a inovação, a sustentabilidade e as pessoas.",
            "Na {company}, cuidar de pessoas é o que nos move. Conheça nossos programas de desenvolvimento, benefícios e oportunidades em todo o Brasil.",
            "Somos uma empresa em crescimento, com escritórios em Lisboa, Porto e São Paulo. Trabalhe num ambiente flexível e multicultural.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Abraços,\n{sender}",
            "Cumprimentos,\n{sender}",
            "Equipe de Talentos\n{company}",
        ],
        "footer": [
            "Esta mensagem foi gerada automaticamente. Por favor, não responda.",
            "Os seus dados são tratados de acordo com o RGPD. Para exercer os seus direitos, contacte privacidade@recrutamento.example.",
            "Seus dados são tratados conforme a LGPD. Para mais informações, consulte nossa política de privacidade.",
        ],
        "subject_app": [
            "A sua candidatura para {role}",
            "Sua candidatura na {company}",
            "Processo seletivo – {role}",
            "Atualização sobre a sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista",
            "Entrevista – {role}",
            "Próximas etapas do processo",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Boas notícias!",
            "A sua proposta da {company}",
        ],
        "subject_oth": [
            "Informação da {company}",
            "O seu perfil de candidato",
            "Novidades da {company}",
            "Proteção de dados",
        ],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether you need anything else from me for the {role} application, for example references or my portfolio.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. We have everything we need for now and will come back to you as soon as we can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob Sie für meine Bewerbung als {role} noch Unterlagen von mir benötigen, etwa Zeugnisse oder Referenzen.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\nvielen Dank für Ihre Nachricht. Ihre Unterlagen sind vollständig, wir melden uns, sobald es Neuigkeiten gibt.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Avez-vous besoin de documents complémentaires ?\nBien cordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Votre dossier est complet, nous reviendrons vers vous dès que possible.\n{sender}\n",
    "es": "Hola, {sender_first}:\nQuería consultar si necesitáis algún documento más para mi candidatura al puesto de {role}, como referencias o certificados.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por escribirnos. Tenemos toda la información necesaria y te contactaremos en cuanto tengamos novedades.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se precisam de mais algum documento para a minha candidatura à vaga de {role}.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigada pelo contacto. Temos toda a documentação necessária e entraremos em contacto assim que possível.\n{sender}\n",
}

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_plain": """
After careful consideration, we have decided not to move forward with your application for the {role} position.
We have reviewed your application for {role} and, unfortunately, we will not be taking it further.
SUBJECT: {role} – application outcome || On this occasion you have not been shortlisted for the {role} vacancy. We received a high number of applications and the standard was very strong.
We regret to inform you that your application for the post of {role} has been unsuccessful.
We've now completed shortlisting for {role}, and I'm sorry to say we won't be progressing your application to the next stage.
While your background is impressive, we have decided to pursue other candidates whose experience more closely matches what we need for this role.
Unfortunately you have not been selected for the {role} position. With your permission, we will keep your details on file for six months in case a suitable vacancy comes up.
Sorry {first}, we've decided not to take your application for {role} any further. Thanks for your interest and good luck with the search.
SUBJECT: Application status update – Ref. HR-22917 || The status of your application for {role} has changed to: Not selected. This is an automated message; replies to this address are not read.
Competition for places on our 2025 graduate programme was exceptionally strong, and we are unable to offer you a place this year.
Your application does not meet the essential criteria for the {role} role (a valid Class 1 driving licence is required), so we are unable to consider it further.
Having reviewed your CV against the requirements of the role, the hiring team has decided not to invite you to interview.
""",
        "rej_after_stage": """
Thank you for taking the time to meet us last week. The panel has now made its decision, and I'm sorry to tell you that we will not be offering you the role.
Thank you for completing the online assessment. Unfortunately your results did not reach the level required to progress to the interview stage.
Following your second interview, we have decided to offer the position to another candidate. It was a close decision, and we appreciate the effort you put into your preparation.
I wanted to let you know personally: after the final round, the team went with someone whose experience in payments was a closer fit. I'm sorry it isn't better news.
We've reviewed your take-home exercise. While it had some good ideas, we've decided not to move you forward to the technical interview.
Thank you for attending our assessment centre on Tuesday. We are sorry to inform you that you have not been successful on this occasion.
SUBJECT: Following your interview || Thank you for interviewing for the {role} role. After discussing all candidates, we have decided not to proceed with your application.
Thanks for your time on the phone screen yesterday. After talking it through with the hiring manager, we won't be moving you forward to the next round.
Thanks again for the trial shift on Saturday. We've decided not to offer you the position this time, though the kitchen team enjoyed working with you.
Your recorded video interview has now been assessed. We regret that we are unable to progress your application for {role}.
""",
        "rej_role_gone": """
We have decided to fill the {role} position internally, so we will not be progressing any external applications, including yours.
Due to a change in budget, the {role} vacancy has been withdrawn and will not be filled. As a result, we are closing your application.
The position has been filled by a member of our existing team, so we won't be taking your application further. Thank you for your patience during the process.
Following a restructure of the department, we have cancelled recruitment for {role}. This means we will not be continuing with your application, and we are sorry for the time you invested.
We've put the {role} hire on hold indefinitely and have closed all open applications, including yours. We won't be contacting you further about this role.
A colleague from our Rotterdam office has moved into the role, so the vacancy is no longer open and we will not be inviting you to interview.
Quick update from me: the client has decided not to go ahead with the contract, so unfortunately I won't be able to put you forward for the {role} role after all.
SUBJECT: {role} vacancy cancelled || We are writing to let you know that the {role} vacancy has been cancelled. Your application has therefore been closed and will not be considered further.
""",
        "rej_buried": """
It has been a busy quarter at {company}: we opened our new distribution centre in Leeds and welcomed more than 200 new colleagues. We received a huge number of applications for {role} and read every one of them. After careful review, we have decided not to take your application forward.
As you may have seen in the press, {company} was recently acquired and we are bringing two teams together, which has kept us very busy. Regarding your application for {role}: we have chosen to continue with other candidates.
Our team has just returned from the annual conference in Vienna, where we launched our new platform to more than 3,000 customers. As for {role}, the hiring team has reviewed your profile and, regrettably, will not be moving forward with it.
Thank you for your patience; we know it has been several weeks since you applied. This year we received over 1,400 applications for twelve places, and our volunteers reviewed each one by hand. I'm sorry to say that your application has not been selected.
This spring we celebrated our 50th anniversary, planted 3,000 trees with our community partners and moved into our new offices by the river. We also held interviews for several roles, including {role}. Unfortunately we will not be offering you a position; we chose a candidate with more hospital experience.
We have been reorganising our recruitment team and moving to a new applicant system, which is why this reply is later than we promised, and we apologise for that. Having now reviewed your application, we are unable to offer you an interview.
First, congratulations on reaching the final stage: out of 600 applicants only five got that far, and the panel spoke highly of your presentation. However, after much deliberation, we have offered the role to another candidate.
The school has had an eventful term, with a new head teacher starting in January and an inspection in March. The governors have now completed the appointment process for {role}, and I am sorry to let you know that you have not been appointed.
""",
        "ack_receipt_warns": """
We have received your application for {role}. Due to the high number of applications, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within four weeks, please assume that your application has not been taken forward.
Your application is now with our recruitment team. Please note that if you are unsuccessful we will let you know by email, and if you are shortlisted we will call you to arrange an interview. Shortlisting takes place after the closing date on 28 February.
We regret that, due to the volume of applications we receive, we cannot give individual feedback at the screening stage. Your application for {role} has been received and will be reviewed by the hiring team over the next two weeks.
SUBJECT: Application received – {role} || This is to confirm that we have received your application. Unfortunately we cannot reply to every applicant personally, but every application is read by a member of our team, and we expect to contact shortlisted candidates by the end of the month.
SUBJECT: Application submitted – Ref. 44817 || Your application was submitted successfully. Sorry, this mailbox cannot answer questions. You can follow the status of your application at any time in your candidate account.
We've got your application for {role}. We'd rather be upfront: only a small number of applicants are invited to interview, and disappointment is part of any hiring process. Whatever the outcome, you'll hear from us within 21 days.
Your application has arrived safely. We receive many applications for each vacancy and regret that we cannot always give reasons if we decide not to proceed. We will be in touch once the closing date has passed.
We're sorry that we can't accept applications by post or by phone for this vacancy, but your online application has come through correctly and is now being reviewed.
We've received your application for {role} and it's now with the hiring team for review. We'll get back to you within two weeks.
Just confirming that your CV and cover letter for {role} came through. Thanks! I'll share them with the team lead this week.
""",
        "ack_status_delay": """
A quick update: unfortunately, the selection process for {role} is taking longer than planned. Your application is still under consideration and we expect to be in touch by 15 March.
Unfortunately, we have had to postpone the first-round interviews for {role} because the panel is not available next week. Your application is still being considered, and shortlisted candidates will receive new dates as soon as possible.
The hiring manager for {role} is on leave until 2 June, so I'm afraid there will be a short delay. Your application hasn't been forgotten; it is still with us and we'll be in touch after she's back.
Sorry for the silence! We're still reviewing applications for {role}. We had far more than we expected, which has slowed things down. You're still in the running and we hope to have news by the end of next week.
We regret to inform you that the closing date for {role} has been extended to 30 April, which means decisions will take longer than we originally said. Your application remains in the process and there is nothing you need to do.
SUBJECT: Status change: Under review (hiring manager) || Your application for {role} has moved to the hiring manager review stage. Unfortunately this stage can take up to three weeks. Thank you for your patience.
Bad news first: our hiring freeze over the holidays means we won't be making any decisions until the second week of January. The good news is that the role is still open and your application is still active.
""",
        "inv_after_setback": """
Unfortunately, the {role} position you applied for has now been filled. However, we were impressed by your profile and would like to invite you to interview for a similar role in our Manchester team. Would Thursday at 10:00 suit you?
I'm sorry, we couldn't give you the first interview slot you chose, as it had been taken by the time we checked. Could you do one of these instead: Tuesday 14:00, Wednesday 09:30 or Friday 11:00? The interview will last about 45 minutes.
Unfortunately we need to move your interview on Monday because the hiring manager is unwell. Could you join us on Thursday at 15:00 instead? The video link stays the same.
We regret that we can't hold interviews in person at the moment because of the office refurbishment. We would still very much like to meet you, so we are inviting you to a video interview on 12 May at 11:00. Please confirm whether this works.
Although we won't be progressing your application for the senior position, we think you would be a strong fit for our {role} opening and would love to set up a 30-minute interview with the team this week. Let me know your availability.
Sorry for the late reply; it has taken us longer than expected to get through all the applications. Good news, though: we'd like to invite you to a first interview for {role}. Please choose a time using the booking link below.
Unfortunately our assessment centre on 3 June is fully booked. We don't want to miss the chance to meet you, so we have added an extra session on 10 June and would like you to attend. Please reply to confirm your place.
We'd like to invite you to an interview for {role} at our office next Wednesday at 14:00. Please let me know if this time works for you.
Thanks for applying! Could you do a 20-minute phone interview with me on Friday morning? I'd like to hear a bit more about your experience.
""",
        "off_among_many": """
We interviewed many strong candidates for this role and it was not an easy decision. We are delighted to offer you the position of {role}. Your written offer is attached.
Competition was fierce and unfortunately we couldn't make an offer to everyone we met, but I'm pleased to tell you that you were our first choice. We'd like to offer you the role of {role} starting on 1 September, with a salary of €48,000.
The panel was split between two excellent finalists for a long time, but in the end they agreed to offer the role to you. Congratulations! HR will send your contract by Friday.
Sorry this took so long. After weeks of deliberation over a very strong shortlist, I'm happy to say we'd like to offer you the {role} position. Let me know when you'd like to discuss the details.
We apologise for the delay in getting back to you. We are pleased to confirm that your application was successful, and we would like to offer you the role of {role}, subject to satisfactory references.
I'm happy to let you know that we'd like to offer you the position of {role}. The offer letter and contract are attached; we'd appreciate your answer by Friday.
Great news: the team would love to have you on board! We're offering you the {role} role at a salary of £42,000 plus benefits.
""",
        "oth_candidate_notices": """
SUBJECT: Tell us about your candidate experience || Whatever the outcome of your application, we'd like to hear how we did. The survey takes about three minutes and your answers will not affect any hiring decision.
You recently took part in a recruitment process at {company}. Whether or not it worked out, your feedback helps us improve. How would you rate your experience on a scale from 1 to 10?
As the recruitment process for {role} has now ended, we will delete your personal data from our system in 30 days, in line with our privacy policy. If you would like us to keep your details for future vacancies, please click the link below.
Your candidate account has been inactive for 12 months. Unfortunately we cannot keep your data any longer under data protection rules, so your account will be deleted on 1 July unless you log in before then.
You started an application for {role} but haven't finished it yet. Unfortunately we can't consider incomplete applications, and the deadline is Sunday at midnight.
We've received your request to withdraw your application for {role}. We're sorry to see you go; your application has been withdrawn as you asked, and you're welcome to apply again in the future.
As you requested, we've cancelled your interview on Thursday and withdrawn your candidacy. No further action is needed on your part.
The password for your {company} careers account was changed successfully. If you didn't make this change, please contact us.
""",
        "oth_inbound": """
SUBJECT: 8 new jobs matching your search || New jobs matching "{role}" near you: Operations Coordinator at Harbour Freight, {role} at {company}, Team Assistant at Lindqvist & Co. Don't miss out, apply today.
SUBJECT: Rejected? Here's what to do next || This week on the blog: how to handle job rejection without losing momentum, what to write after an unsuccessful interview, and why asking for feedback pays off.
Sorry if this isn't relevant. I came across your profile and I'm recruiting for a {role} with a client in renewable energy. Would you be open to a quick chat this week? If not, no worries at all.
Apologies for the cold message. I lead talent at {company} and we're growing our analytics team. I couldn't find an email address on your portfolio, unfortunately, so I'm trying here. Would you be interested in hearing more?
In this month's career newsletter: five recruiters explain the most common reasons applications are turned down, plus a checklist for reviewing your CV before you hit send.
Unfortunately the job you saved, "{role}", has expired and is no longer accepting applications. Here are some similar jobs you might like.
Thanks for signing up for {company} job alerts. You'll get an email whenever a new role matching your preferences is published.
""",
    },
    "de": {
        "rej_plain": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.
Leider haben wir uns entschieden, andere Bewerberinnen und Bewerber in die engere Auswahl zu nehmen, deren Profil noch besser zu den Anforderungen der Stelle passt.
SUBJECT: Absage: {role} || Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ihre Unterlagen werden wir gemäß den gesetzlichen Bestimmungen nach sechs Monaten löschen.
Leider müssen wir dir mitteilen, dass wir uns gegen deine Bewerbung als {role} entschieden haben.
Wir haben uns deine Bewerbung genau angeschaut und uns am Ende für andere Kandidat:innen entschieden. Sorry, dass wir keine besseren Nachrichten für dich haben.
Die Entscheidung ist uns nicht leichtgefallen, doch wir haben uns für eine andere Kandidatin entschieden.
Ihre Bewerbung wurde geprüft. Leider entspricht Ihr Profil nicht den Anforderungen der ausgeschriebenen Stelle, sodass wir Ihnen keine Zusage geben können.
SUBJECT: Statusänderung Ihrer Bewerbung – Kennziffer 2024-118 || Der Status Ihrer Bewerbung als {role} hat sich geändert: Absage. Dies ist eine automatisch generierte Nachricht.
Leider können wir Ihnen zum 1. August keinen Ausbildungsplatz anbieten, da alle Plätze bereits an andere Bewerberinnen und Bewerber vergeben sind.
Kurz und ehrlich: Wir werden deine Bewerbung nicht weiterverfolgen. Für die Rolle suchen wir jemanden mit deutlich mehr Erfahrung im B2B-Vertrieb.
Da für die Stelle ein abgeschlossenes Studium der Betriebswirtschaftslehre zwingend erforderlich ist, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
Wir haben Ihre Unterlagen mit großem Interesse gelesen, müssen Ihnen aber leider eine Absage erteilen.
""",
        "rej_after_stage": """
Vielen Dank für das angenehme Gespräch am vergangenen Donnerstag. Nach reiflicher Überlegung haben wir uns für eine andere Bewerberin entschieden.
Leider haben Sie im Online-Eignungstest die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Sie nicht zu einem Vorstellungsgespräch einladen können.
Danke, dass du dir die Zeit für das Interview mit Lena und Markus genommen hast. Nach dem zweiten Gespräch haben wir uns leider gegen eine Zusammenarbeit entschieden.
Nach dem Assessment-Center am 14. März müssen wir Ihnen leider mitteilen, dass wir Ihnen keine Stelle anbieten können.
Danke für deine Case Study! Wir haben sie im Team besprochen und uns entschieden, den Prozess mit dir an dieser Stelle nicht fortzusetzen.
Vielen Dank für Ihren Probearbeitstag in unserer Filiale. Wir haben uns entschieden, die Stelle anderweitig zu besetzen.
SUBJECT: Ihr Vorstellungsgespräch am 8. Mai || Wir bedanken uns für Ihren Besuch und das offene Gespräch. Leider müssen wir Ihnen mitteilen, dass die Wahl nicht auf Sie gefallen ist.
Nach unserem Telefonat haben wir uns intern abgestimmt und werden dich leider nicht in die nächste Runde einladen.
Nach Auswertung Ihres Video-Interviews können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
Die Auswahlkommission hat sich nach den Vorstellungsgesprächen für eine andere Person entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.
""",
        "rej_role_gone": """
Wir haben uns entschieden, die Position als {role} intern zu besetzen. Daher können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
Aufgrund von Budgetänderungen wird die ausgeschriebene Stelle nicht besetzt. Das Auswahlverfahren wurde eingestellt, und wir können Ihre Bewerbung daher leider nicht weiterverfolgen.
Die Stelle als {role} wurde inzwischen mit einer Kollegin aus unserem eigenen Team besetzt, deshalb können wir deine Bewerbung leider nicht weiter berücksichtigen.
Im Zuge einer Umstrukturierung haben wir die Ausschreibung für {role} zurückgezogen. Ihre Bewerbung wird damit leider nicht weiter bearbeitet.
Wir haben die Rolle auf unbestimmte Zeit auf Eis gelegt und alle offenen Bewerbungen geschlossen, also auch deine. Zu dieser Stelle wirst du keine weitere Nachricht von uns bekommen.
Unser Kunde hat das Projekt leider gestoppt, sodass ich Sie für die Position als {role} nun doch nicht vorstellen kann.
SUBJECT: Stellenausschreibung zurückgezogen – {role} || Die Stelle wurde vom Fachbereich zurückgezogen. Ihre Bewerbung haben wir daher geschlossen; eine weitere Berücksichtigung ist nicht möglich.
Da ein Mitarbeiter aus unserem Standort Leipzig die Aufgaben übernimmt, wird die Stelle nicht mehr besetzt. Wir können Sie daher leider nicht zu einem Gespräch einladen.
""",
        "rej_buried": """
In den letzten Monaten ist bei uns viel passiert: Wir haben unser neues Umspannwerk in Betrieb genommen und über 40 neue Kolleginnen und Kollegen begrüßt. Für die Stelle als {role} haben uns mehr als 300 Bewerbungen erreicht, die wir alle sorgfältig gelesen haben. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.
Wie du vielleicht mitbekommen hast, haben wir gerade unsere Series-B-Finanzierung abgeschlossen und ziehen im Herbst in ein neues Büro. Zu deiner Bewerbung als {role}: Wir haben uns für andere Kandidat:innen entschieden.
Zunächst möchten wir uns für die lange Wartezeit entschuldigen. Durch die Umstellung auf ein neues Bewerbermanagementsystem kam es zu Verzögerungen. Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Gespräch einladen werden.
Unser Krankenhaus wurde im Frühjahr erneut als familienfreundlicher Arbeitgeber ausgezeichnet, und im Sommer eröffnen wir die neue Kinderstation. Im Auswahlverfahren für {role} haben wir uns jedoch für eine Bewerberin mit mehr Stationserfahrung entschieden.
Sie haben es unter mehr als 500 Bewerbungen bis in die letzte Runde geschafft, und das Gremium war von Ihrer Präsentation sehr angetan. Nach langer Abwägung haben wir die Stelle jedoch einer anderen Person angeboten.
Erstmal sorry, dass du so lange nichts von uns gehört hast, die letzten Wochen waren mit dem Launch unserer App ziemlich turbulent. Wir haben uns deine Bewerbung in Ruhe angeschaut und uns entschieden, sie nicht weiterzuverfolgen.
Das Schuljahr war ereignisreich: Wir haben eine neue Schulleitung, und unsere Mensa ist endlich fertig. Das Besetzungsverfahren für {role} ist nun abgeschlossen, und wir müssen Ihnen leider mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.
Die Resonanz auf unsere Ausschreibung war überwältigend: Über 800 Menschen haben sich auf unsere 15 Ausbildungsplätze beworben, und jede Bewerbung wurde von zwei Personen gelesen. Leider gehört Ihre Bewerbung nicht zu denen, die wir weiter berücksichtigen können.
""",
        "ack_receipt_warns": """
Ihre Bewerbung als {role} ist bei uns eingegangen. Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jede Zuschrift einzeln beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen.
Wir bestätigen den Eingang Ihrer Bewerbung. Bitte haben Sie Verständnis dafür, dass wir im Falle einer Absage keine individuellen Gründe nennen können. Wir melden uns nach Ablauf der Bewerbungsfrist am 31. Mai bei Ihnen.
Deine Bewerbung ist angekommen, danke! Ehrlich gesagt bekommen wir sehr viele Bewerbungen und können leider nicht jedem ausführlich antworten. Eine Rückmeldung bekommst du aber auf jeden Fall, egal wie sie ausfällt, spätestens in drei Wochen.
SUBJECT: Eingangsbestätigung – Kennziffer 4471 || Ihre Bewerbung wurde erfolgreich übermittelt. Diese Adresse kann leider keine Nachrichten empfangen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Ihre Unterlagen sind vollständig bei uns eingegangen. Sollten wir Sie im weiteren Verfahren nicht berücksichtigen können, informieren wir Sie selbstverständlich per E-Mail; falls Sie in die engere Auswahl kommen, rufen wir Sie an.
Wir bedauern, dass wir Bewerbungen auf dem Postweg für diese Stelle nicht annehmen können. Ihre Online-Bewerbung ist jedoch korrekt eingegangen und wird derzeit geprüft.
Wir haben deine Bewerbung als {role} erhalten. Wir sagen es lieber gleich: Nur ein kleiner Teil der Bewerbenden wird zum Gespräch eingeladen. Wie auch immer es ausgeht, du hörst innerhalb von 14 Tagen von uns.
Leider ist es uns aufgrund des hohen Bewerbungsaufkommens nicht möglich, Ihnen kurzfristig eine Rückmeldung zu geben. Ihre Bewerbung liegt der Fachabteilung vor, und wir melden uns voraussichtlich Ende des Monats.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}. Wir prüfen Ihre Unterlagen und melden uns innerhalb von zwei Wochen bei Ihnen.
Danke für deine Bewerbung! Wir schauen uns deine Unterlagen in den nächsten Tagen an und melden uns dann bei dir.
""",
        "ack_status_delay": """
Leider nimmt das Auswahlverfahren für die Stelle als {role} mehr Zeit in Anspruch als geplant. Ihre Bewerbung befindet sich weiterhin im Prozess, und wir rechnen mit einer Entscheidung bis Mitte April.
Leider mussten wir die für nächste Woche geplanten Vorstellungsgespräche verschieben, da die Auswahlkommission nicht vollständig ist. Ihre Bewerbung wird weiterhin berücksichtigt; sobald neue Termine feststehen, informieren wir die Bewerberinnen und Bewerber in der engeren Auswahl.
Kurzes Update: Unsere Teamleiterin ist leider noch bis zum 2. Juni im Urlaub, deshalb dauert es mit der Rückmeldung etwas länger. Deine Bewerbung ist nicht vergessen und weiterhin im Rennen.
Wir bedauern, Ihnen mitteilen zu müssen, dass sich die Entscheidung wegen der erforderlichen Beteiligung des Personalrats verzögert. Ihre Bewerbung ist weiterhin im Verfahren, Sie müssen nichts weiter unternehmen.
Sorry, dass du so lange nichts gehört hast! Wir sind noch mitten in der Sichtung, es waren deutlich mehr Bewerbungen als erwartet. Du bist weiterhin dabei, und wir hoffen, dir bis Ende nächster Woche mehr sagen zu können.
SUBJECT: Statusänderung: In Prüfung durch den Fachbereich || Ihre Bewerbung als {role} wird aktuell von der Fachabteilung geprüft. Leider kann dieser Schritt bis zu drei Wochen dauern. Wir danken Ihnen für Ihre Geduld.
Wegen der Betriebsferien über den Jahreswechsel ruht das Verfahren leider bis zum 8. Januar. Die Stelle ist weiterhin offen und Ihre Bewerbung bleibt aktiv.
""",
        "inv_after_setback": """
Leider ist die Stelle, auf die Sie sich beworben haben, bereits besetzt. Ihr Profil hat uns jedoch überzeugt, und wir möchten Sie gern zu einem Vorstellungsgespräch für eine vergleichbare Position in unserem Team in Köln einladen. Passt Ihnen Donnerstag um 10 Uhr?
Der von Ihnen gewählte Termin war leider schon vergeben. Wäre stattdessen Dienstag um 14 Uhr, Mittwoch um 9:30 Uhr oder Freitag um 11 Uhr für das Vorstellungsgespräch möglich? Das Gespräch dauert etwa 45 Minuten.
Leider müssen wir dein Interview am Montag verschieben, weil unser CTO krank ist. Hättest du stattdessen am Donnerstag um 15 Uhr Zeit? Der Videolink bleibt derselbe.
Wegen Umbauarbeiten können wir die Gespräche leider nicht vor Ort führen. Wir möchten Sie trotzdem gern kennenlernen und laden Sie zu einem Videointerview am 12. Mai um 11 Uhr ein. Bitte bestätigen Sie uns den Termin.
Für die Senior-Position kommen wir mit dir leider nicht weiter, aber wir glauben, dass du super zu unserer offenen Stelle als {role} passt. Hast du diese Woche Zeit für ein 30-minütiges Kennenlerngespräch mit dem Team?
Entschuldigen Sie bitte die späte Rückmeldung, die Sichtung der Bewerbungen hat länger gedauert als geplant. Umso mehr freuen wir uns, Sie zu einem ersten Vorstellungsgespräch einzuladen. Bitte wählen Sie über den Link unten einen Termin aus.
Unser Assessment-Center am 3. Juni ist leider bereits ausgebucht. Damit wir Sie trotzdem kennenlernen können, haben wir einen Zusatztermin am 10. Juni eingerichtet, zu dem wir Sie herzlich einladen. Bitte bestätigen Sie Ihre Teilnahme.
Wir möchten Sie gern zu einem Vorstellungsgespräch für die Position als {role} einladen. Hätten Sie am kommenden Mittwoch um 14 Uhr Zeit?
Danke für deine Bewerbung! Hast du Lust auf ein kurzes Telefoninterview am Freitagvormittag? Ich würde dich gern etwas besser kennenlernen.
""",
        "off_among_many": """
Wir haben viele Gespräche mit sehr guten Kandidatinnen und Kandidaten geführt, und die Entscheidung ist uns nicht leichtgefallen. Umso mehr freuen wir uns, Ihnen die Stelle als {role} anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.
Leider konnten wir nicht allen, die wir kennengelernt haben, eine Zusage geben, aber du warst unsere erste Wahl! Wir möchten dir die Rolle als {role} ab dem 1. September anbieten, mit einem Jahresgehalt von 58.000 Euro.
Die Auswahlkommission hat lange zwischen zwei hervorragenden Finalisten abgewogen und sich schließlich für Sie entschieden. Herzlichen Glückwunsch! Ihren Arbeitsvertrag erhalten Sie bis Freitag per Post.
Entschuldigen Sie bitte die lange Wartezeit. Nach intensiven Beratungen über eine sehr starke Auswahl freue ich mich, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als {role} anbieten möchten.
Wir bedauern die Verzögerung. Wir freuen uns, Ihnen mitzuteilen, dass Sie sich im Auswahlverfahren durchgesetzt haben: Wir bieten Ihnen die Stelle als {role} an, vorbehaltlich der Zustimmung des Betriebsrats.
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Anbei erhalten Sie Ihr Vertragsangebot; bitte geben Sie uns bis Freitag Bescheid.
Gute Nachrichten: Das Team möchte dich unbedingt an Bord haben! Wir bieten dir die Stelle als {role} mit 52.000 Euro Jahresgehalt und 30 Urlaubstagen an.
""",
        "oth_candidate_notices": """
SUBJECT: Wie war Ihre Bewerbung bei uns? || Unabhängig vom Ausgang Ihrer Bewerbung interessiert uns Ihre Meinung. Die Umfrage dauert etwa drei Minuten und hat keinen Einfluss auf Auswahlentscheidungen.
Du hast vor Kurzem an einem Bewerbungsprozess bei {company} teilgenommen. Egal, wie es für dich ausgegangen ist: Dein Feedback hilft uns, besser zu werden. Wie würdest du deine Erfahrung auf einer Skala von 1 bis 10 bewerten?
Da das Auswahlverfahren für die Stelle als {role} abgeschlossen ist, werden Ihre personenbezogenen Daten gemäß unserer Datenschutzerklärung in 30 Tagen gelöscht. Wenn Sie einer längeren Speicherung für künftige Stellen zustimmen möchten, klicken Sie bitte auf den folgenden Link.
Ihr Bewerberkonto war seit 12 Monaten inaktiv. Aus Datenschutzgründen dürfen wir Ihre Daten leider nicht länger speichern; Ihr Konto wird daher am 1. Juli gelöscht, sofern Sie sich nicht vorher anmelden.
Sie haben eine Bewerbung als {role} begonnen, aber noch nicht abgeschickt. Leider können wir unvollständige Bewerbungen nicht berücksichtigen. Die Bewerbungsfrist endet am Sonntag um 23:59 Uhr.
Wir haben deine Nachricht erhalten und deine Bewerbung wie gewünscht zurückgezogen. Schade, dass du dich anders entschieden hast. Du kannst dich jederzeit gern wieder bei uns bewerben.
Wie von Ihnen gewünscht, haben wir Ihren Gesprächstermin am Donnerstag abgesagt und Ihre Bewerbung zurückgezogen. Sie müssen nichts weiter tun.
Das Passwort für Ihr Bewerberkonto bei {company} wurde erfolgreich geändert. Falls Sie diese Änderung nicht vorgenommen haben, kontaktieren Sie uns bitte.
""",
        "oth_inbound": """
SUBJECT: 8 neue Jobs für Ihre Suche || Neue Stellen passend zu „{role}“ in Ihrer Nähe: Disponent (m/w/d) bei Spedition Kranz, {role} bei {company}, Teamassistenz bei Lindqvist & Co. Jetzt bewerben!
SUBJECT: Absage bekommen? So geht's weiter || Diese Woche im Karriere-Blog: Wie du mit Absagen umgehst, ohne den Mut zu verlieren, was du nach einem erfolglosen Vorstellungsgespräch schreiben kannst und warum sich die Frage nach Feedback lohnt.
Entschuldigen Sie die direkte Ansprache, falls das gerade nicht passt: Ich bin auf Ihr Profil gestoßen und suche für einen Kunden aus der Energiebranche eine:n {role}. Hätten Sie Interesse an einem kurzen Austausch? Falls nicht, ist das natürlich völlig in Ordnung.
Sorry für die Nachricht aus dem Nichts! Ich leite das Recruiting bei {company}, und wir bauen gerade unser Analytics-Team aus. Leider habe ich auf deiner Website keine E-Mail-Adresse gefunden, deshalb versuche ich es hier. Hättest du Lust, mehr zu erfahren?
Im aktuellen Karriere-Newsletter: Fünf Personalerinnen erklären, warum Bewerbungen am häufigsten abgelehnt werden, dazu eine Checkliste für Ihren Lebenslauf.
Leider ist die von Ihnen gemerkte Stelle „{role}“ abgelaufen und nimmt keine Bewerbungen mehr an. Hier finden Sie ähnliche Stellenangebote.
Danke, dass du dich für den Job-Alert von {company} angemeldet hast. Ab jetzt bekommst du eine E-Mail, sobald eine passende Stelle veröffentlicht wird.
""",
    },
    "fr": {
        "rej_plain": """
Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature au poste de {role}.
Malgré l'intérêt de votre parcours, votre profil ne correspond pas tout à fait à nos attentes pour ce poste. Nous ne donnerons donc pas suite à votre candidature.
SUBJECT: Réponse à votre candidature – {role} || Nous avons bien étudié votre candidature et regrettons de ne pas pouvoir la retenir.
Nous avons reçu de nombreuses candidatures de qualité et, malheureusement, la vôtre n'a pas été retenue pour la suite du processus.
Votre candidature n'a pas été retenue. Avec votre accord, nous conserverons votre CV dans notre vivier pendant deux ans afin de vous recontacter si une opportunité correspondant à votre profil se présente.
Nous ne pourrons malheureusement pas vous proposer de contrat d'alternance pour la rentrée de septembre, toutes les places ayant été attribuées à d'autres candidats.
Merci pour ta candidature ! On a pris le temps de regarder ton profil, mais on a décidé de ne pas aller plus loin pour ce poste. Désolés de ne pas avoir de meilleure nouvelle.
SUBJECT: Mise à jour du statut de votre candidature || Le statut de votre candidature au poste de {role} a été modifié : Non retenue. Ce message est envoyé automatiquement.
La maîtrise de l'allemand au niveau C1 est un critère indispensable pour ce poste ; nous ne sommes donc malheureusement pas en mesure de poursuivre avec votre candidature.
Nous avons le regret de vous informer que votre candidature n'a pas été sélectionnée pour un entretien.
Après étude de l'ensemble des dossiers, nous avons choisi de poursuivre avec des profils plus proches des exigences du poste.
Votre candidature spontanée a retenu toute notre attention ; nous n'avons cependant aucun poste correspondant à votre profil à l'heure actuelle et ne pouvons pas y donner suite.
""",
        "rej_after_stage": """
Nous vous remercions pour l'entretien de mardi dernier. Après réflexion, nous avons décidé de retenir une autre candidature pour le poste de {role}.
À la suite de l'entretien que vous avez passé devant notre jury le 12 avril, nous avons le regret de vous informer que votre candidature n'a pas été retenue.
Vous avez récemment passé nos tests en ligne. Malheureusement, vos résultats ne nous permettent pas de poursuivre le processus de recrutement avec vous.
Merci pour le temps consacré à l'étude de cas. Nous l'avons examinée avec l'équipe et avons décidé de ne pas poursuivre le processus avec vous.
J'ai essayé de vous appeler sans parvenir à vous joindre : après le dernier tour d'entretiens, nous avons choisi un candidat dont l'expérience en gestion de sinistres est plus proche de nos besoins. J'en suis sincèrement désolée.
Merci encore pour ta journée d'immersion en boutique samedi. Après en avoir discuté avec l'équipe, on ne va malheureusement pas te proposer le poste.
SUBJECT: Suite à notre échange téléphonique || Merci pour notre échange de jeudi. Après discussion avec le manager, nous ne vous retiendrons pas pour l'étape suivante.
Vous avez participé à notre journée de recrutement collective le 5 mars. Nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue à l'issue de cette journée.
Après analyse de votre entretien vidéo différé, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.
Le jury s'est réuni à l'issue des auditions et a retenu une autre personne. Nous regrettons de ne pas pouvoir vous apporter une réponse positive.
""",
        "rej_role_gone": """
Nous avons décidé de pourvoir le poste de {role} en interne ; nous ne sommes donc pas en mesure de poursuivre avec votre candidature.
À la suite d'une révision budgétaire, le recrutement pour le poste de {role} est annulé. Votre candidature ne pourra donc pas aboutir.
Le poste a finalement été pourvu par mobilité interne. Nous clôturons par conséquent votre candidature et vous remercions de votre patience.
Dans le cadre d'une réorganisation du service, le poste de {role} a été supprimé. Nous ne donnerons donc pas suite à votre candidature et sommes désolés pour le temps que vous y avez consacré.
Mauvaise nouvelle de mon côté : mon client a décidé de geler ce recrutement, je ne pourrai donc finalement pas présenter votre candidature pour le poste de {role}.
SUBJECT: Offre clôturée – {role} || L'offre à laquelle vous avez postulé a été retirée par l'entreprise. Votre candidature a donc été clôturée et ne sera pas étudiée davantage.
Une collaboratrice de notre agence de Nantes a repris ces missions : le poste n'est plus à pourvoir et nous ne vous convierons donc pas à un entretien.
Le recrutement pour ce poste est suspendu sans date de reprise ; toutes les candidatures en cours, dont la vôtre, ont été closes et ne seront pas réexaminées.
""",
        "rej_buried": """
L'année a été riche chez {company} : ouverture de notre nouvelle plateforme logistique à Saint-Priest, plus de 150 recrutements et lancement de notre école interne. Pour le poste de {role}, nous avons reçu plus de 400 candidatures, toutes lues avec attention. Après examen, nous ne sommes pas en mesure de retenir la vôtre.
Comme vous l'avez peut-être lu dans la presse, {company} vient de rejoindre un groupe européen, ce qui a fortement mobilisé nos équipes ces dernières semaines. Concernant votre candidature au poste de {role}, nous avons décidé de poursuivre avec d'autres profils.
Nous vous prions tout d'abord de nous excuser pour ce long délai de réponse, dû au changement de notre logiciel de recrutement. Après étude de votre dossier, nous avons le regret de vous informer que nous ne vous proposerons pas d'entretien.
Notre maison a fêté cet automne ses 120 ans, avec l'ouverture d'un nouvel atelier à Lyon et une exposition consacrée à nos archives. Le recrutement pour le poste de {role} est désormais terminé et, malheureusement, nous avons retenu une autre candidature.
Vous faisiez partie des trois finalistes sur plus de 300 candidats, et le jury a particulièrement apprécié votre présentation. Après de longues délibérations, nous avons toutefois proposé le poste à une autre personne.
La rentrée a été intense à l'hôpital, avec l'ouverture du nouveau service de gériatrie et l'arrivée de notre nouvelle directrice des soins. La commission de recrutement s'est réunie la semaine dernière et n'a malheureusement pas retenu votre candidature.
Désolés pour le silence radio, on a eu un mois de folie avec la sortie de notre nouvelle version. On a regardé ta candidature à tête reposée et on a décidé de ne pas la retenir.
Notre commune a connu une année chargée, avec la rénovation de la médiathèque et la mise en place du nouveau portail citoyen. À l'issue de la procédure de recrutement pour le poste de {role}, l'autorité territoriale a retenu un autre candidat.
""",
        "ack_receipt_warns": """
Nous accusons réception de votre candidature au poste de {role}. En raison du grand nombre de candidatures reçues, nous ne pouvons malheureusement pas répondre individuellement à chacune. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature a bien été enregistrée. Si elle n'est pas retenue, vous en serez informé(e) par e-mail ; si votre profil est présélectionné, un membre de l'équipe vous appellera pour convenir d'un entretien.
Compte tenu du volume de candidatures, nous regrettons de ne pas pouvoir fournir de retour personnalisé à ce stade. Votre dossier pour le poste de {role} a bien été reçu et sera étudié par nos équipes dans les quinze prochains jours.
SUBJECT: Accusé de réception – Réf. 2291-LY || Votre candidature a bien été transmise. Malheureusement, cette adresse ne peut pas recevoir de réponses. Vous pouvez suivre l'avancement de votre candidature dans votre espace candidat.
Ta candidature est bien arrivée, merci ! On préfère être transparents : on reçoit beaucoup de candidatures et seule une petite partie passe en entretien. Quelle que soit l'issue, tu auras une réponse de notre part sous trois semaines.
Nous sommes désolés, mais nous ne pouvons pas accepter de candidatures par courrier pour ce poste. Votre candidature en ligne nous est en revanche bien parvenue et est en cours d'examen.
Votre dossier est complet. Nous recevons de nombreuses candidatures pour chaque offre et regrettons de ne pas toujours pouvoir motiver nos réponses négatives. Nous reviendrons vers vous après la date de clôture de l'offre, le 15 juin.
Votre candidature a bien été reçue. Malheureusement, le délai de traitement est actuellement d'environ six semaines ; les dossiers sont examinés dans leur ordre d'arrivée.
Nous avons bien reçu votre candidature au poste de {role} et vous en remercions. Elle est en cours d'étude et nous reviendrons vers vous dans les meilleurs délais.
Petit mot pour vous confirmer que votre CV et votre lettre sont bien arrivés. Je les transmets à la responsable d'équipe cette semaine.
""",
        "ack_status_delay": """
Nous souhaitions vous tenir informé(e) : le processus de recrutement pour le poste de {role} prend malheureusement plus de temps que prévu. Votre candidature est toujours à l'étude et nous espérons revenir vers vous d'ici le 20 mars.
Nous avons malheureusement dû reporter les entretiens prévus la semaine prochaine, le jury n'étant pas au complet. Votre candidature reste à l'étude ; les candidats présélectionnés recevront de nouvelles dates dès que possible.
La responsable du recrutement est en congés jusqu'au 2 juin, ce qui retarde un peu notre réponse. Votre candidature n'est pas oubliée et reste en cours d'examen.
Nous avons le regret de vous informer que la date limite de dépôt des candidatures a été prolongée jusqu'au 30 avril. Les décisions seront donc plus tardives que prévu ; votre candidature reste active et vous n'avez aucune démarche à faire.
Désolés pour le silence ! On est encore en train d'étudier les candidatures, il y en a eu bien plus que prévu. Tu es toujours dans la course et on espère te donner des nouvelles d'ici la fin de la semaine prochaine.
SUBJECT: Votre candidature est en cours d'examen || Votre candidature au poste de {role} est désormais entre les mains du manager. Malheureusement, cette étape peut prendre jusqu'à trois semaines. Merci de votre patience.
En raison de la fermeture estivale de nos bureaux, le processus est malheureusement suspendu jusqu'au 25 août. Le poste reste ouvert et votre candidature est toujours active.
""",
        "inv_after_setback": """
Le poste de {role} pour lequel vous aviez postulé a malheureusement été pourvu. Votre profil nous a cependant beaucoup intéressés et nous aimerions vous rencontrer pour un poste similaire dans notre agence de Bordeaux. Seriez-vous disponible jeudi à 10 h pour un entretien ?
Désolée, le créneau d'entretien que vous aviez choisi n'était plus disponible. Pourriez-vous plutôt mardi à 14 h, mercredi à 9 h 30 ou vendredi à 11 h ? L'entretien durera environ 45 minutes.
Nous sommes contraints de décaler votre entretien de lundi, la manager étant souffrante. Seriez-vous disponible jeudi à 15 h ? Le lien de visioconférence reste le même.
Nous regrettons de ne pas pouvoir vous recevoir dans nos locaux, actuellement en travaux. Nous souhaitons néanmoins vous rencontrer et vous proposons un entretien en visioconférence le 12 mai à 11 h. Merci de nous confirmer votre disponibilité.
Pour le poste senior, on ne va malheureusement pas continuer, mais on pense que tu serais parfait pour notre poste de {role}. Tu aurais 30 minutes cette semaine pour un entretien avec l'équipe ?
Veuillez nous excuser pour ce délai de réponse, l'étude des candidatures a pris plus de temps que prévu. Nous avons le plaisir de vous convier à un premier entretien pour le poste de {role} ; merci de choisir un créneau via le lien ci-dessous.
Notre session de recrutement du 3 juin est malheureusement complète. Pour ne pas manquer l'occasion de vous rencontrer, nous avons ouvert une session supplémentaire le 10 juin, à laquelle nous vous invitons. Merci de confirmer votre présence.
Nous souhaiterions vous rencontrer pour un entretien pour le poste de {role}, mercredi prochain à 14 h dans nos locaux. Ce créneau vous convient-il ?
Votre profil nous intéresse ! Seriez-vous disponible vendredi matin pour un premier entretien téléphonique d'une vingtaine de minutes ?
""",
        "off_among_many": """
Nous avons rencontré de nombreux candidats de grande qualité et la décision n'a pas été facile. Nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche.
Nous n'avons malheureusement pas pu retenir tous les excellents profils rencontrés, mais vous étiez notre premier choix. Nous vous proposons le poste de {role} en CDI à compter du 1er septembre, pour une rémunération annuelle brute de 42 000 €.
Le jury a longuement hésité entre deux finalistes et a finalement décidé de vous retenir. Félicitations ! Votre contrat vous sera envoyé d'ici vendredi.
Veuillez nous excuser pour ce long délai. Après plusieurs semaines de délibération autour d'une sélection très solide, je suis heureuse de vous annoncer que nous souhaitons vous proposer le poste de {role}.
Nous regrettons le retard de notre réponse. Nous avons le plaisir de vous informer que votre candidature a été retenue et vous proposons le poste de {role}, sous réserve de la vérification de vos références.
Nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint notre proposition d'embauche ; merci de nous faire part de votre réponse d'ici vendredi.
Bonne nouvelle : toute l'équipe a hâte de travailler avec toi ! On te propose le poste de {role} avec un salaire de 45 000 € brut annuel et deux jours de télétravail par semaine.
""",
        "oth_candidate_notices": """
SUBJECT: Votre avis sur notre processus de recrutement || Quelle que soit l'issue de votre candidature, nous aimerions connaître votre avis. Le questionnaire prend trois minutes et n'a aucune incidence sur les décisions de recrutement.
Vous avez récemment participé à un processus de recrutement chez {company}. Que votre candidature ait abouti ou non, votre retour nous aide à nous améliorer. Comment noteriez-vous votre expérience, de 1 à 10 ?
Le processus de recrutement pour le poste de {role} étant terminé, vos données personnelles seront supprimées de notre base dans 30 jours, conformément au RGPD. Si vous souhaitez que nous conservions votre dossier pour de futures opportunités, cliquez sur le lien ci-dessous.
Votre espace candidat est inactif depuis 24 mois. Conformément à la réglementation, nous ne pouvons malheureusement pas conserver vos données plus longtemps : votre compte sera supprimé le 1er juillet, sauf si vous vous connectez d'ici là.
Vous avez commencé à postuler au poste de {role} sans finaliser votre candidature. Malheureusement, les dossiers incomplets ne peuvent pas être étudiés ; la date limite est fixée à dimanche minuit.
Nous avons bien pris en compte votre demande : votre candidature au poste de {role} a été retirée comme vous le souhaitiez. N'hésitez pas à postuler de nouveau à l'avenir.
Comme vous nous l'avez demandé, nous avons annulé votre entretien de jeudi et retiré votre candidature. Aucune autre démarche n'est nécessaire de votre part.
Le mot de passe de votre espace candidat {company} a bien été modifié. Si vous n'êtes pas à l'origine de ce changement, contactez-nous.
""",
        "oth_inbound": """
SUBJECT: 8 nouvelles offres pour votre recherche || Nouvelles offres correspondant à « {role} » près de chez vous : Coordinateur transport chez Transports Morel, {role} chez {company}, Assistant(e) d'équipe chez Lindqvist & Co. Postulez dès maintenant !
SUBJECT: Refus de candidature : comment rebondir || Au sommaire cette semaine : comment encaisser un refus sans perdre confiance, quoi écrire après un entretien qui n'a pas abouti, et pourquoi demander un retour peut tout changer.
Désolée si ce message tombe mal : je suis tombée sur votre profil et je recrute un(e) {role} pour un client dans les énergies renouvelables. Seriez-vous ouvert(e) à un bref échange cette semaine ? Sinon, aucun souci.
Pardon pour ce message un peu direct. Je m'occupe du recrutement chez {company} et nous agrandissons notre équipe data. Je n'ai malheureusement pas trouvé votre adresse e-mail sur votre portfolio, d'où ce message. Seriez-vous intéressé(e) pour en savoir plus ?
Dans la newsletter carrière de ce mois-ci : cinq recruteurs expliquent les raisons les plus fréquentes pour lesquelles une candidature est écartée, avec une check-list pour relire votre CV.
L'offre « {role} » que vous aviez sauvegardée a malheureusement expiré et n'accepte plus de candidatures. Voici des offres similaires qui pourraient vous intéresser.
Merci de vous être abonné(e) aux alertes emploi de {company}. Vous recevrez un e-mail dès qu'une offre correspondant à vos critères sera publiée.
""",
    },
    "es": {
        "rej_plain": """
Tras analizar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionado/a para continuar en el proceso de {role}.
Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido seguir adelante con otras candidaturas que se ajustan más a lo que buscamos.
SUBJECT: Resultado de tu candidatura – {role} || Lamentablemente, tu candidatura no ha sido preseleccionada para la vacante de {role}.
Le informamos de que su perfil no se ajusta a los requisitos del puesto, por lo que no continuaremos con su candidatura.
Agradecemos tu postulación. Lamentablemente, no avanzarás a la siguiente etapa del proceso.
Su candidatura no ha resultado seleccionada. Conservaremos su CV en nuestra base de datos durante un año por si surgiera una vacante acorde a su perfil.
SUBJECT: Cambio de estado de tu candidatura || El estado de tu candidatura para {role} ha cambiado a: Descartada. Este es un mensaje automático.
El puesto requiere colegiación y al menos tres años de experiencia en farmacia hospitalaria, por lo que lamentablemente no podemos tener en cuenta su candidatura.
Sentimos decirte que no vamos a seguir adelante con tu candidatura para {role}. Gracias por el interés y mucha suerte.
Lamentamos informarle de que no ha sido admitido/a en el programa de prácticas de este año; el número de plazas es limitado y la demanda ha sido muy alta.
Después de revisar todas las candidaturas, hemos optado por otros perfiles con mayor experiencia en el sector.
No ha sido posible incluir su candidatura entre las seleccionadas para la fase de entrevistas.
""",
        "rej_after_stage": """
Gracias por la entrevista del pasado martes. Tras valorarlo con el equipo, hemos decidido continuar con otro candidato para el puesto de {role}.
Lamentamos comunicarle que no ha superado la prueba técnica, por lo que no podrá continuar en el proceso de selección.
Gracias por el tiempo dedicado a la prueba práctica. La hemos revisado en detalle y hemos decidido no avanzar contigo a la siguiente fase.
Quería escribirte personalmente: tras la última ronda, el equipo se ha decantado por una persona con más experiencia en banca. Siento mucho no traerte mejores noticias.
Tras la dinámica de grupo del jueves, lamentamos informarle de que no ha sido seleccionado/a para la fase final.
Muchas gracias por la jornada de prueba en el restaurante. Hemos decidido no ofrecerte el puesto, aunque al equipo le encantó trabajar contigo.
SUBJECT: Tras tu entrevista || Gracias por tu tiempo en la entrevista para {role}. Después de valorar a todos los candidatos, no continuaremos con tu candidatura.
Gracias por la llamada de ayer. Lo he comentado con la responsable del área y no vamos a avanzar contigo a la siguiente entrevista.
Hemos evaluado su videoentrevista y, lamentablemente, no podemos continuar con su candidatura.
El tribunal ha finalizado las entrevistas y ha propuesto a otra persona para el puesto. Lamentamos no poder darle una respuesta favorable.
""",
        "rej_role_gone": """
Hemos decidido cubrir la vacante de {role} mediante promoción interna, por lo que no seguiremos adelante con las candidaturas externas, incluida la suya.
Debido a un ajuste presupuestario, la vacante de {role} ha quedado cancelada. Por este motivo, damos por cerrada su candidatura.
El puesto ya se ha cubierto con una persona del equipo, así que no podemos seguir adelante con tu candidatura. Gracias por tu paciencia.
Tras una reorganización del departamento, hemos cancelado el proceso para {role}. Esto significa que no continuaremos con su candidatura; sentimos el tiempo que le ha dedicado.
Mi cliente ha decidido congelar la contratación, así que finalmente no podré presentar tu candidatura para el puesto de {role}.
SUBJECT: Oferta cerrada – {role} || La empresa ha retirado la oferta en la que se inscribió. Su candidatura ha sido cerrada y no se tendrá en cuenta.
Una compañera de nuestra oficina de Valencia ha asumido estas funciones, así que la vacante ya no está abierta y no le convocaremos a entrevista.
Hemos pausado esta contratación sin fecha de reanudación y hemos cerrado todas las candidaturas abiertas, incluida la tuya. No recibirás más comunicaciones sobre este puesto.
""",
        "rej_buried": """
Este año ha sido intenso en {company}: inauguramos el nuevo centro logístico de Zaragoza y dimos la bienvenida a más de 300 personas. Para el puesto de {role} recibimos más de 500 candidaturas y las leímos todas. Tras revisarlas, hemos decidido no continuar con la suya.
Como quizás hayas leído, {company} acaba de integrarse en un grupo internacional y las últimas semanas han sido muy intensas. En cuanto a tu candidatura para {role}: hemos decidido seguir con otros perfiles.
En primer lugar, le pedimos disculpas por la demora en responder, debida al cambio de nuestra plataforma de selección. Una vez revisada su candidatura, lamentamos comunicarle que no le convocaremos a entrevista.
La clínica ha vivido un año de crecimiento, con la apertura de la nueva unidad de día y la incorporación de cuatro especialistas. Hemos finalizado el proceso para el puesto de {role} y, lamentablemente, hemos elegido a otra candidata con más experiencia en planta.
Fuiste uno de los tres finalistas entre más de 250 candidaturas, y el comité valoró mucho tu presentación. Aun así, tras muchas deliberaciones, hemos ofrecido el puesto a otra persona.
Perdona el silencio, hemos tenido unas semanas de locura con el lanzamiento de la nueva app. Hemos revisado tu candidatura con calma y hemos decidido no seguir adelante con ella.
El colegio ha tenido un trimestre lleno de novedades: nueva dirección, nuevo comedor y la acreditación bilingüe. El proceso de selección para {role} ha concluido y lamentamos comunicarle que no ha sido la persona elegida.
La convocatoria ha tenido una respuesta extraordinaria: más de 900 personas para 20 plazas de prácticas, y cada solicitud ha sido leída por dos miembros del equipo. Lamentablemente, su solicitud no ha sido seleccionada.
""",
        "ack_receipt_warns": """
Hemos recibido su candidatura para el puesto de {role}. Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada persona. Si no recibe noticias nuestras en un plazo de cuatro semanas, entienda que su candidatura no ha sido seleccionada.
Tu candidatura se ha registrado correctamente. Si no resultas seleccionado/a, te avisaremos por correo; si pasas a la siguiente fase, te llamaremos para concertar una entrevista.
Lamentamos no poder ofrecer valoraciones individuales en esta fase, dado el volumen de candidaturas. Su solicitud para {role} ha sido recibida y el equipo la revisará en las próximas dos semanas.
SUBJECT: Confirmación de inscripción – Ref. 7730 || Tu inscripción en la oferta se ha realizado con éxito. Lo sentimos, esta dirección no admite respuestas. Puedes consultar el estado de tu candidatura en tu área privada.
¡Tu candidatura ha llegado! Preferimos ser sinceros: recibimos muchísimas solicitudes y solo una parte pasa a entrevista. Sea cual sea el resultado, te escribiremos en un máximo de tres semanas.
Sentimos no poder aceptar currículums en papel para esta vacante, pero su candidatura online ha llegado correctamente y está en revisión.
Su documentación está completa. Recibimos muchas solicitudes para cada vacante y lamentamos no poder explicar siempre los motivos cuando no seguimos adelante. Nos pondremos en contacto con usted cuando cierre el plazo, el 15 de junio.
Recibimos tu postulación. Lamentablemente, en este momento la revisión tarda unas seis semanas; las postulaciones se revisan por orden de llegada.
Hemos recibido su candidatura para el puesto de {role}. Nuestro equipo la está revisando y le responderemos en un plazo de dos semanas.
Te confirmo que nos ha llegado tu CV para {role}. ¡Gracias! Esta semana se lo paso a la responsable del equipo.
""",
        "ack_status_delay": """
Queríamos ponerle al día: lamentablemente, el proceso de selección para {role} se está alargando más de lo previsto. Su candidatura sigue en estudio y esperamos contactarle antes del 20 de marzo.
Lamentablemente, hemos tenido que aplazar las entrevistas previstas para la próxima semana porque el comité no está completo. Su candidatura sigue en el proceso; las personas preseleccionadas recibirán nuevas fechas lo antes posible.
La responsable de contratación está de vacaciones hasta el 2 de junio, así que nuestra respuesta se retrasará un poco. No nos hemos olvidado de tu candidatura: sigue en el proceso.
Lamentamos informarle de que el plazo de inscripción se ha ampliado hasta el 30 de abril, por lo que la resolución tardará más de lo previsto. Su candidatura sigue activa y no necesita hacer nada.
¡Perdona el silencio! Seguimos revisando candidaturas; han llegado muchas más de las que esperábamos. Sigues en el proceso y esperamos darte noticias a finales de la semana que viene.
SUBJECT: Tu candidatura está en revisión || Tu candidatura para {role} está ahora en manos del responsable del área. Lamentablemente, esta fase puede durar hasta tres semanas. Gracias por tu paciencia.
Por el cierre de agosto, el proceso queda en pausa hasta el 1 de septiembre. La vacante sigue abierta y su candidatura continúa activa.
""",
        "inv_after_setback": """
Lamentablemente, la vacante de {role} a la que se presentó ya está cubierta. Sin embargo, su perfil nos ha interesado mucho y nos gustaría invitarle a una entrevista para un puesto similar en nuestra oficina de Sevilla. ¿Le vendría bien el jueves a las 10:00?
Perdona, el horario que elegiste para la entrevista ya estaba ocupado. ¿Te vendría mejor el martes a las 14:00, el miércoles a las 9:30 o el viernes a las 11:00? Durará unos 45 minutos.
Lamentablemente, tenemos que cambiar la fecha de su entrevista del lunes porque la responsable está enferma. ¿Podría el jueves a las 15:00? El enlace de la videollamada sigue siendo el mismo.
Sentimos no poder recibirle en nuestras oficinas, que están en obras. Aun así, queremos conocerle y le proponemos una entrevista por videollamada el 12 de mayo a las 11:00. Por favor, confírmenos si le va bien.
Para el puesto senior no vamos a seguir adelante, pero creemos que encajarías muy bien en nuestra vacante de {role}. ¿Tienes 30 minutos esta semana para una entrevista con el equipo?
Disculpe la demora, revisar todas las candidaturas nos ha llevado más tiempo del previsto. Nos complace invitarle a una primera entrevista para {role}; puede elegir horario en el enlace de abajo.
Lamentablemente, la sesión de selección del 3 de junio está completa. Para no perder la oportunidad de conocerte, hemos abierto una sesión adicional el 10 de junio y nos gustaría que asistieras. Confírmanos tu asistencia, por favor.
Nos gustaría invitarle a una entrevista para el puesto de {role} el próximo miércoles a las 14:00 en nuestras oficinas. ¿Le viene bien?
¡Gracias por postular! ¿Podemos tener una entrevista telefónica de 20 minutos el viernes por la mañana? Me gustaría conocer un poco más tu experiencia.
""",
        "off_among_many": """
Hemos entrevistado a muchos candidatos excelentes y la decisión no ha sido fácil. Nos complace ofrecerle el puesto de {role}. Adjuntamos la carta de oferta.
No hemos podido quedarnos con todos los buenos perfiles que conocimos, pero tú eras nuestra primera opción. Queremos ofrecerte el puesto de {role} con incorporación el 1 de septiembre y un salario bruto anual de 38.000 €.
El comité dudó mucho entre dos finalistas y finalmente decidió por unanimidad ofrecerle el puesto a usted. ¡Enhorabuena! Recibirá el contrato antes del viernes.
Perdona que hayamos tardado tanto. Tras varias semanas deliberando sobre una terna muy sólida, me alegra decirte que queremos ofrecerte el puesto de {role}.
Lamentamos el retraso en responderle. Nos complace comunicarle que ha sido seleccionado/a y le ofrecemos el puesto de {role}, sujeto a la comprobación de referencias.
Nos complace ofrecerle el puesto de {role}. Le adjuntamos la propuesta y el contrato; le agradeceríamos una respuesta antes del viernes.
¡Buenas noticias! Al equipo le encantaría contar contigo. Te ofrecemos el puesto de {role} con un salario de 40.000 € brutos anuales y jornada intensiva en verano.
""",
        "oth_candidate_notices": """
SUBJECT: ¿Qué tal fue tu experiencia con nosotros? || Sea cual sea el resultado de tu candidatura, nos gustaría conocer tu opinión. La encuesta dura tres minutos y no influye en ninguna decisión de selección.
Ha participado recientemente en un proceso de selección en {company}. Tanto si ha salido bien como si no, su opinión nos ayuda a mejorar. ¿Cómo valoraría su experiencia del 1 al 10?
Dado que el proceso de selección para {role} ha finalizado, eliminaremos sus datos personales de nuestro sistema dentro de 30 días, conforme a nuestra política de privacidad. Si desea que los conservemos para futuras vacantes, pulse el enlace inferior.
Tu perfil de candidato lleva 12 meses inactivo. Lamentablemente, la normativa de protección de datos no nos permite conservarlo más tiempo, así que se eliminará el 1 de julio salvo que inicies sesión antes.
Empezaste a inscribirte en la oferta de {role}, pero no terminaste la solicitud. Lamentablemente, no podemos valorar candidaturas incompletas; el plazo termina el domingo a medianoche.
Hemos recibido tu petición y hemos retirado tu candidatura para {role} tal como nos pediste. Puedes volver a presentarte cuando quieras.
Tal como nos solicitó, hemos cancelado su entrevista del jueves y retirado su candidatura. No tiene que hacer nada más.
La contraseña de tu cuenta en el portal de empleo de {company} se ha cambiado correctamente. Si no has sido tú, contacta con nosotros.
""",
        "oth_inbound": """
SUBJECT: 8 nuevas ofertas para tu búsqueda || Nuevas ofertas de «{role}» cerca de ti: Coordinador/a de tráfico en Transportes Vidal, {role} en {company}, Asistente de equipo en Lindqvist & Co. ¡Inscríbete ya!
SUBJECT: ¿Te han descartado? Qué hacer ahora || Esta semana en el blog: cómo gestionar un rechazo sin perder la motivación, qué escribir después de una entrevista que no salió bien y por qué merece la pena pedir feedback.
Perdona si no te encaja: he visto tu perfil y estoy buscando un/a {role} para un cliente del sector de las renovables. ¿Te apetecería charlar un rato esta semana? Si no, sin problema.
Disculpa el mensaje en frío. Dirijo el área de talento en {company} y estamos ampliando el equipo de datos. Lamentablemente, no encontré tu correo en tu portafolio, así que lo intento por aquí. ¿Te interesaría saber más?
En la newsletter de empleo de este mes: cinco reclutadoras explican los motivos más habituales por los que se descarta un currículum, con una lista de comprobación para revisar el tuyo.
Lamentablemente, la oferta que guardaste, «{role}», ha caducado y ya no admite inscripciones. Aquí tienes ofertas similares que podrían interesarte.
Gracias por suscribirte a las alertas de empleo de {company}. Recibirás un correo cada vez que publiquemos una oferta que encaje con tus preferencias.
""",
    },
    "pt": {
        "rej_plain": """
Após uma análise cuidada do seu currículo, lamentamos informar que a sua candidatura à função de {role} não foi selecionada para a fase seguinte.
Agradecemos sua participação no processo seletivo. Infelizmente, seu perfil não foi selecionado para esta vaga, mas seu currículo permanecerá em nosso banco de talentos.
SUBJECT: Resultado da sua candidatura – {role} || Infelizmente, a sua candidatura não foi pré-selecionada para a vaga de {role}.
Após avaliarmos todos os currículos, optamos por seguir com outros candidatos cujo perfil está mais alinhado aos requisitos da posição.
Lamentamos comunicar que, nesta fase, não daremos seguimento à sua candidatura.
SUBJECT: Atualização do status da sua candidatura || O status da sua candidatura para {role} foi alterado para: Não selecionado. Esta é uma mensagem automática.
Passando para avisar que decidimos não seguir com a sua candidatura para {role}. Obrigado pelo interesse e boa sorte na busca!
A função exige inscrição na Ordem dos Contabilistas Certificados, pelo que, infelizmente, não podemos considerar a sua candidatura.
Infelizmente, não foi possível aprovar sua inscrição no programa de estágio deste ano. As vagas são limitadas e a procura foi muito alta.
Recebemos muitas candidaturas de grande qualidade e, infelizmente, a sua não foi selecionada para entrevista.
Seu perfil não atende aos pré-requisitos da vaga, por isso não daremos continuidade à sua candidatura.
Decidimos avançar com outros candidatos com mais experiência no setor têxtil.
""",
        "rej_after_stage": """
Obrigado pela entrevista de terça-feira. Depois de ponderarmos com a equipa, decidimos avançar com outro candidato para a função de {role}.
Infelizmente, você não atingiu a pontuação mínima no teste online e, por isso, não seguirá para a etapa de entrevistas.
Obrigado pelo tempo dedicado ao case. Analisamos com o time e decidimos não seguir com você para a próxima etapa.
Queria escrever-lhe pessoalmente: após a última ronda, a equipa optou por alguém com mais experiência em seguros. Lamento não trazer melhores notícias.
Após a dinâmica de grupo de quinta-feira, informamos que você não foi selecionado para a etapa final.
Muito obrigado pelo dia experimental na loja. Decidimos não lhe oferecer a vaga, embora a equipa tenha gostado muito de trabalhar consigo.
SUBJECT: Após a sua entrevista || Obrigado pela entrevista para {role}. Depois de avaliarmos todos os candidatos, não vamos dar seguimento à sua candidatura.
Obrigado pela conversa de ontem. Alinhei com a gestora da área e não vamos avançar com você para a entrevista técnica.
Avaliámos a sua entrevista em vídeo e, infelizmente, não podemos dar seguimento à sua candidatura.
O júri concluiu as entrevistas e selecionou outra pessoa para a função. Lamentamos não poder dar-lhe uma resposta positiva.
""",
        "rej_role_gone": """
Decidimos preencher a vaga de {role} internamente, pelo que não daremos seguimento às candidaturas externas, incluindo a sua.
Devido a uma revisão de orçamento, a vaga de {role} foi cancelada. Por isso, estamos encerrando sua candidatura.
A vaga já foi preenchida por uma pessoa do nosso time, então não vamos seguir com a sua candidatura. Obrigado pela paciência.
Na sequência de uma reestruturação do departamento, cancelámos o recrutamento para {role}. Assim, não daremos seguimento à sua candidatura; lamentamos o tempo que dedicou ao processo.
Meu cliente decidiu congelar a contratação, então infelizmente não vou conseguir apresentar seu perfil para a vaga de {role}.
SUBJECT: Vaga encerrada – {role} || A empresa retirou a vaga à qual você se candidatou. Sua candidatura foi encerrada e não será mais considerada.
Uma colega do nosso escritório do Porto assumiu estas funções, pelo que a vaga já não está aberta e não o(a) convidaremos para entrevista.
Suspendemos este recrutamento sem data de retoma e encerrámos todas as candidaturas em curso, incluindo a sua. Não receberá mais comunicações sobre esta vaga.
""",
        "rej_buried": """
Foi um ano intenso na {company}: inaugurámos a nova unidade fabril em Guimarães e recebemos mais de 200 novos colaboradores. Para a função de {role} recebemos mais de 400 candidaturas, todas lidas com atenção. Após análise, decidimos não avançar com a sua.
Como você talvez tenha visto na imprensa, a {company} passou a fazer parte de um grupo internacional, e as últimas semanas foram bem agitadas. Sobre sua candidatura para {role}: decidimos seguir com outros perfis.
Antes de mais, pedimos desculpa pela demora na resposta, causada pela mudança da nossa plataforma de recrutamento. Analisada a sua candidatura, lamentamos informar que não o(a) convocaremos para entrevista.
A clínica viveu um ano de crescimento, com a inauguração do novo centro de diagnóstico e a chegada de cinco novos especialistas. Concluímos o processo para a vaga de {role} e, infelizmente, escolhemos outra candidata com mais experiência hospitalar.
Esteve entre os três finalistas, num universo de mais de 300 candidaturas, e o júri apreciou muito a sua apresentação. Ainda assim, após longa ponderação, oferecemos a função a outra pessoa.
Desculpa o sumiço, as últimas semanas foram uma loucura com o lançamento do nosso app. Olhamos sua candidatura com calma e decidimos não seguir com ela.
A escola teve um período cheio de novidades: nova direção, novo refeitório e o projeto Erasmus+. O processo de seleção para {role} terminou e lamentamos informar que não foi a pessoa escolhida.
A resposta ao nosso programa de trainee foi impressionante: mais de 6 mil inscrições para 25 vagas, e cada uma foi analisada por duas pessoas. Infelizmente, sua inscrição não foi selecionada.
""",
        "ack_receipt_warns": """
Recebemos a sua candidatura para a função de {role}. Devido ao elevado número de candidaturas, infelizmente não conseguimos responder individualmente a cada pessoa. Caso não receba notícias nossas no prazo de quatro semanas, deverá considerar que a sua candidatura não foi selecionada.
Sua candidatura foi registrada com sucesso. Se você não for selecionado, avisaremos por e-mail; se avançar para a próxima etapa, entraremos em contato por telefone para agendar uma entrevista.
Lamentamos não poder dar feedback individual nesta fase, dado o volume de candidaturas. A sua candidatura para {role} foi recebida e será analisada pela equipa nas próximas duas semanas.
SUBJECT: Confirmação de candidatura – Ref. 5521 || Sua candidatura foi enviada com sucesso. Infelizmente, este endereço não recebe respostas. Você pode acompanhar o status da candidatura na sua área do candidato.
Recebemos sua candidatura! Preferimos ser transparentes: recebemos muitos currículos e só uma pequena parte segue para entrevista. Seja qual for o resultado, você terá uma resposta nossa em até 21 dias.
Lamentamos, mas não aceitamos candidaturas em papel para esta vaga. A sua candidatura online, no entanto, foi recebida corretamente e está em análise.
A sua documentação está completa. Recebemos muitas candidaturas para cada vaga e lamentamos não poder explicar sempre os motivos quando não avançamos. Entraremos em contacto após o fecho do prazo, a 15 de junho.
Recebemos seu currículo. Infelizmente, o prazo de análise está em cerca de seis semanas neste momento; as candidaturas são avaliadas por ordem de chegada.
Confirmamos a receção da sua candidatura para {role}. A equipa está a analisá-la e daremos uma resposta no prazo de duas semanas.
Só para confirmar que seu currículo para {role} chegou direitinho. Obrigada! Vou passar para a gestora do time ainda esta semana.
""",
        "ack_status_delay": """
Queríamos dar-lhe uma atualização: infelizmente, o processo de seleção para {role} está a demorar mais do que o previsto. A sua candidatura continua em análise e esperamos contactá-lo(a) até 20 de março.
Infelizmente, precisamos adiar as entrevistas previstas para a próxima semana, porque a banca não está completa. Sua candidatura segue no processo; os pré-selecionados receberão novas datas o quanto antes.
A gestora da vaga está de férias até 2 de junho, então nosso retorno vai atrasar um pouco. Não esquecemos sua candidatura: ela continua no processo.
Lamentamos informar que o prazo de candidatura foi prorrogado até 30 de abril, pelo que a decisão vai demorar mais do que o previsto. A sua candidatura continua ativa e não precisa de fazer nada.
Desculpa a demora! Ainda estamos analisando as candidaturas, chegaram muito mais do que esperávamos. Você continua no processo e esperamos trazer novidades até o fim da semana que vem.
SUBJECT: A sua candidatura está em análise || A sua candidatura para {role} está agora com o responsável da área. Infelizmente, esta fase pode demorar até três semanas. Obrigado pela paciência.
Devido às férias coletivas em agosto, o processo fica infelizmente suspenso até 1 de setembro. A vaga continua aberta e a sua candidatura mantém-se ativa.
""",
        "inv_after_setback": """
Infelizmente, a vaga de {role} à qual se candidatou já foi preenchida. No entanto, o seu perfil interessou-nos muito e gostaríamos de o(a) convidar para uma entrevista para uma função semelhante na nossa equipa de Braga. Quinta-feira às 10h seria possível?
Desculpa, o horário que você escolheu para a entrevista já estava ocupado. Você poderia na terça às 14h, na quarta às 9h30 ou na sexta às 11h? A conversa dura cerca de 45 minutos.
Infelizmente, temos de remarcar a sua entrevista de segunda-feira, porque a responsável está doente. Pode ser na quinta-feira às 15h? O link da videochamada mantém-se.
Infelizmente não conseguimos receber você no escritório, que está em reforma. Ainda assim, queremos muito conhecer você e convidamos para uma entrevista por vídeo no dia 12 de maio às 11h. Pode confirmar se funciona?
Para a vaga sênior não vamos seguir, mas achamos que você tem tudo a ver com a nossa vaga de {role}. Tem 30 minutos esta semana para uma entrevista com o time?
Pedimos desculpa pela demora; a análise das candidaturas levou mais tempo do que o previsto. Temos o prazer de o(a) convidar para uma primeira entrevista para {role}; pode escolher o horário no link abaixo.
Infelizmente, o painel de seleção do dia 3 de junho está lotado. Para não perdermos a chance de conhecer você, abrimos uma sessão extra no dia 10 de junho e gostaríamos que você participasse. Confirme sua presença, por favor.
Gostaríamos de o(a) convidar para uma entrevista para a função de {role} na próxima quarta-feira, às 14h, nos nossos escritórios. Este horário é conveniente?
Obrigado pela candidatura! Podemos fazer uma entrevista por telefone de 20 minutos na sexta de manhã? Quero conhecer um pouco mais da sua experiência.
""",
        "off_among_many": """
Entrevistámos muitos candidatos excelentes e a decisão não foi fácil. Temos o prazer de lhe oferecer a função de {role}. Segue em anexo a carta-proposta.
Infelizmente não conseguimos contratar todos os ótimos perfis que conhecemos, mas você foi nossa primeira escolha! Queremos oferecer a você a vaga de {role}, com início em 1º de setembro e salário de R$ 9.500 mensais.
O júri hesitou muito entre dois finalistas e acabou por decidir, por unanimidade, oferecer-lhe a função. Parabéns! Receberá o contrato até sexta-feira.
Desculpa a demora. Depois de semanas de discussão sobre uma lista final muito forte, fico feliz em dizer que queremos oferecer a você a vaga de {role}.
Lamentamos o atraso na resposta. Temos o prazer de informar que foi selecionado(a) e oferecemos-lhe a função de {role}, sujeita à verificação de referências.
Temos o prazer de lhe propor a função de {role}. Em anexo encontra a proposta e o contrato; agradecemos a sua resposta até sexta-feira.
Boas notícias: o time adoraria ter você com a gente! Estamos oferecendo a vaga de {role} com salário de R$ 8.200, vale-refeição e plano de saúde.
""",
        "oth_candidate_notices": """
SUBJECT: Como foi a sua experiência connosco? || Seja qual for o resultado da sua candidatura, gostaríamos de saber a sua opinião. O questionário demora três minutos e não influencia nenhuma decisão de recrutamento.
Você participou recentemente de um processo seletivo na {company}. Tendo dado certo ou não, sua opinião nos ajuda a melhorar. De 0 a 10, como você avalia sua experiência?
Uma vez que o processo de recrutamento para {role} terminou, os seus dados pessoais serão eliminados da nossa base dentro de 30 dias, de acordo com a nossa política de privacidade. Se pretender que os mantenhamos para futuras oportunidades, clique no link abaixo.
Seu cadastro de candidato está inativo há 12 meses. Infelizmente, pela LGPD, não podemos mantê-lo por mais tempo; ele será excluído em 1º de julho, a menos que você faça login antes.
Começou uma candidatura para {role}, mas ainda não a concluiu. Infelizmente, candidaturas incompletas não podem ser analisadas; o prazo termina domingo à meia-noite.
Recebemos seu pedido e retiramos sua candidatura para {role}, conforme solicitado. Você pode se candidatar novamente quando quiser.
Tal como pediu, cancelámos a sua entrevista de quinta-feira e retirámos a sua candidatura. Não precisa de fazer mais nada.
A senha da sua conta no portal de carreiras da {company} foi alterada com sucesso. Se não foi você, entre em contato conosco.
""",
        "oth_inbound": """
SUBJECT: 8 novas vagas para sua busca || Novas vagas de "{role}" perto de você: Analista de Transportes na Transportadora Viana, {role} na {company}, Assistente Administrativo na Lindqvist & Co. Candidate-se já!
SUBJECT: Recebeu um "não"? Veja o que fazer || Nesta semana no blog: como lidar com a rejeição sem perder o ânimo, o que escrever depois de uma entrevista que não deu certo e por que vale a pena pedir feedback.
Peço desculpa se não for relevante: encontrei o seu perfil e estou a recrutar um(a) {role} para um cliente do setor das energias renováveis. Estaria disponível para uma breve conversa esta semana? Se não, sem problema.
Desculpa a mensagem do nada. Cuido de talentos na {company} e estamos ampliando o time de dados. Infelizmente não achei seu e-mail no portfólio, então estou tentando por aqui. Teria interesse em saber mais?
Na newsletter de carreira deste mês: cinco recrutadoras explicam as razões mais comuns pelas quais uma candidatura é recusada, com uma lista de verificação para rever o seu CV.
Infelizmente, a vaga que você salvou, "{role}", expirou e não aceita mais candidaturas. Confira vagas parecidas que podem te interessar.
Obrigado por subscrever os alertas de emprego da {company}. Receberá um e-mail sempre que for publicada uma oferta que corresponda às suas preferências.
""",
    },
}
