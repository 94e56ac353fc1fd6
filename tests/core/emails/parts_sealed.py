# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for the SEALED part of the generated corpus (`sealed/`), round 2 of issue 15.

Round 3: its misses were looked at and it is tuned on now; round 3's held-out part is
`parts_round3.py`. What follows describes round 2.

Written after round 2's tuning, from general knowledge of how companies write, and measured
once, with no rule changed afterwards: the round-2 held-out part (`parts_heldout.py`) had its
clean misses printed before tuning, so its "after" figure is partly tuned; this part's figure
is not. Never tune on it; if a later round looks at its misses, write a new sealed part.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_sealed": """
Having weighed up all the interviews, we're going to offer the position to another finalist.
I'm sorry to say the team has decided against moving your application to the technical round.
We won't be progressing your application further on this occasion.
Your application was reviewed by the hiring manager, who has decided not to take it forward.
I'm writing with an update: we've filled the {role} position.
Unfortunately we won't be able to invite you to the next stage of the process.
The role attracted very strong applicants and, after careful thought, you have not been selected for interview.
After meeting with several candidates, we've decided to hire someone whose experience is closer to our stack.
We have concluded our search for the {role} and will not be taking your candidacy further.
I'm afraid we've decided to go with another applicant for this one.
The {role} opening has been put on hold indefinitely, so we're closing all open applications.
We've reviewed the results of your coding exercise and, unfortunately, won't be moving forward.
At this point your profile doesn't quite match what the team needs, so we'll stop the process here.
Sadly, this time the decision didn't go your way.
You were one of our final two candidates; in the end the team chose the other person.
We regret to let you know that we cannot offer you the {role} role.
The decision has been made to withdraw the {role} vacancy due to a restructure.
Your application status is now: Rejected.
We will not be extending an offer.
We decided to keep looking for a candidate with more leadership experience.
Our hiring committee did not approve moving ahead with your candidacy.
Thank you for your time, but we won't be proceeding.
We are unable to move your application to the next stage.
The team has decided to pursue other applicants at this time.
""",
        "ack_sealed": """
Thanks for applying! We've got everything we need from you for now.
Our recruiters are going through applications and will reach out to those selected for interviews in the coming weeks.
Your application for {role} has been forwarded to the hiring manager for review.
We've had an amazing response to this role, so it may take us a little while to reply.
""",
        "inv_sealed": """
We'd love to chat more! Could you let me know some times that work for a 30-minute video call next week?
You've been shortlisted for the {role} role. Please book your first-round interview with the link below.
The hiring manager would like to meet you in person. Are Tuesday at 2pm or Wednesday at 10am possible for you?
""",
        "off_sealed": """
I'm very happy to tell you the team would like to offer you the job! The offer letter with all the details is attached.
""",
        "oth_cold": """
Hi Alex, I lead talent for a fast-growing startup and think you'd be great for our {role} opening. Open to a chat?
""",
        "oth_alert": """
5 new jobs for you: {role} at Northwind, {role} at Lumen, {role} at Cobalt. Update your job alert preferences.
""",
        "oth_misc": """
Thank you for attending our career event last week! Here are the slides and a short feedback survey.
Your candidate account has been created. Please verify your email address to continue.
""",
    },
    "de": {
        "rej_sealed": """
wir haben uns nach intensiver Prüfung entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.
wir haben die Stelle zwischenzeitlich besetzt und können Ihnen daher leider keine Zusage geben.
nach Abschluss der Interviews haben wir uns für eine Person entschieden, deren Profil noch genauer zu unseren Anforderungen passt.
leider können wir dich nicht zum nächsten Gespräch einladen.
deine Bewerbung ist leider nicht in die nächste Runde gekommen.
wir müssen Ihnen heute leider eine Absage schicken.
wir haben die Ausschreibung zurückgezogen, da die Position nicht mehr besetzt wird.
Ihr Profil passt leider nicht zu den Anforderungen dieser Stelle.
nach sorgfältiger Abwägung werden wir Ihre Bewerbung nicht weiterverfolgen.
leider hat es für die Stelle als {role} nicht geklappt.
wir haben uns für Bewerber:innen entschieden, die mehr Erfahrung im Projektmanagement mitbringen.
leider haben wir uns gegen deine Bewerbung entschieden.
wir bedauern, Ihnen keine positive Rückmeldung geben zu können.
""",
        "ack_sealed": """
vielen Dank, Ihre Bewerbung ist bei uns angekommen. Wir melden uns in den nächsten zwei Wochen.
wir prüfen gerade alle eingegangenen Bewerbungen und geben dir so bald wie möglich Bescheid.
""",
        "inv_sealed": """
wir würden Sie gerne zu einem Vorstellungsgespräch einladen. Hätten Sie am Donnerstag um 14 Uhr Zeit?
hast du Lust auf ein erstes Kennenlernen per Video? Hier kannst du dir einen Termin aussuchen.
""",
        "off_sealed": """
wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position anbieten möchten. Der Vertrag folgt per Post.
""",
        "oth_sealed": """
Einladung zu unserem Karriere-Webinar am 12. Juni: Lernen Sie unsere Teams kennen.
Sie haben Ihre Bewerbung noch nicht abgeschlossen. Klicken Sie hier, um fortzufahren.
""",
    },
    "fr": {
        "rej_sealed": """
nous avons le regret de vous informer que nous ne retiendrons pas votre candidature pour ce poste.
après examen de votre profil, nous ne pouvons malheureusement pas donner une suite favorable à votre demande.
nous avons choisi de retenir une autre personne pour ce poste.
votre candidature ne correspond pas aux critères recherchés pour ce recrutement.
le recrutement pour ce poste est désormais clôturé.
malheureusement, nous ne poursuivrons pas avec votre candidature à l'issue de l'entretien.
nous avons décidé de privilégier un candidat disposant d'une expérience plus proche de nos besoins.
nous ne sommes pas en mesure de vous proposer ce poste.
après mûre réflexion, nous avons décidé de ne pas aller plus loin avec votre candidature.
nous sommes au regret de ne pas pouvoir vous inviter à un entretien.
votre candidature n'a pas été retenue pour la suite du processus.
ce poste a finalement été pourvu en interne.
nous avons retenu des candidats dont le profil est plus en adéquation avec le poste.
nous vous informons que votre candidature a été refusée.
""",
        "ack_sealed": """
merci, nous avons bien reçu votre candidature et nous l'étudierons avec attention.
nos équipes examinent actuellement les candidatures ; nous vous recontacterons prochainement.
""",
        "inv_sealed": """
nous souhaitons organiser un premier échange téléphonique avec vous. Quelles sont vos disponibilités cette semaine ?
suite à votre candidature, nous avons le plaisir de vous convier à un entretien le mardi 10 juin à 11h.
""",
        "off_sealed": """
nous sommes ravis de vous proposer le poste. Vous trouverez ci-joint votre proposition d'embauche.
""",
        "oth_sealed": """
découvrez nos nouvelles offres d'emploi et inscrivez-vous à notre newsletter carrières.
""",
    },
    "es": {
        "rej_sealed": """
lamentablemente no has sido seleccionado para continuar en el proceso.
hemos decidido continuar con otros candidatos para este puesto.
tras valorar tu candidatura, no vamos a seguir adelante con ella.
ya hemos cubierto la plaza de {role}.
te informamos de que tu candidatura ha sido descartada.
después de las entrevistas, nos hemos decantado por otra persona.
en esta ocasión tu perfil no encaja con lo que necesitamos.
sentimos comunicarte que no continuaremos con tu candidatura.
hemos cerrado el proceso de selección para esta vacante.
no podemos ofrecerte el puesto en esta ocasión.
tu candidatura no ha sido seleccionada.
hemos elegido a un candidato con más experiencia en el sector.
el puesto ha sido cancelado por motivos internos.
tu candidatura no avanzará a la siguiente fase.
""",
        "ack_sealed": """
hemos recibido tu candidatura y la estamos revisando. Te escribiremos pronto.
debido al alto número de candidaturas, el proceso puede llevar más tiempo del habitual.
""",
        "inv_sealed": """
nos gustaría invitarte a una entrevista. ¿Tienes disponibilidad el lunes a las 11:00 o el martes a las 16:00?
queremos conocerte: ¿podemos agendar una llamada esta semana?
""",
        "off_sealed": """
¡Nos alegra ofrecerte el puesto! Adjuntamos la carta de oferta.
""",
        "oth_sealed": """
nuevas ofertas de empleo que pueden interesarte. Gestiona tus alertas.
""",
    },
    "pt": {
        "rej_sealed": """
infelizmente não seguiremos com a sua candidatura neste momento.
optamos por outro candidato para esta vaga.
após análise, seu perfil não foi selecionado para a próxima fase.
já contratamos uma pessoa para esta posição.
agradecemos o interesse, mas decidimos não avançar com o seu processo.
sua candidatura foi reprovada nesta etapa.
escolhemos seguir com outro perfil, mais alinhado ao que buscamos.
a vaga foi encerrada.
você não foi aprovado(a) para a próxima etapa.
não poderemos dar continuidade ao seu processo seletivo.
decidimos seguir com candidatos que possuem mais experiência na área.
lamentamos, mas o seu perfil não foi escolhido.
a posição foi cancelada.
infelizmente não avançaremos com a sua candidatura.
""",
        "ack_sealed": """
recebemos a sua candidatura com sucesso. Vamos analisá-la e entraremos em contato.
devido ao grande número de candidatos, o retorno pode demorar.
""",
        "inv_sealed": """
gostaríamos de convidá-lo para uma entrevista. Qual a sua disponibilidade nesta semana?
podemos marcar uma conversa rápida na quinta-feira às 15h?
""",
        "off_sealed": """
temos o prazer de oferecer a você a vaga! Segue em anexo a proposta formal.
""",
        "oth_sealed": """
participe do nosso evento de carreiras na próxima semana. Inscreva-se já!
""",
    },
    "nl": {
        "rej_sealed": """
helaas hebben we besloten niet verder te gaan met je sollicitatie.
we hebben gekozen voor een andere kandidaat.
""",
        "ack_sealed": """
bedankt, we hebben je sollicitatie ontvangen.
""",
    },
    "it": {
        "rej_sealed": """
purtroppo abbiamo deciso di non procedere con la tua candidatura.
la posizione è stata coperta.
""",
        "ack_sealed": """
la tua candidatura è arrivata e verrà valutata dal nostro team.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {first},", "Dear {first} Rivera,"],
        "thanks": [
            "Thank you for your interest in the {role} position at {company}.",
            "Thanks again for taking the time to speak with us.",
        ],
        "wish": ["We wish you all the best in your job search.", "Take care and good luck!"],
        "marketing": [
            "{company} is on a mission to make home energy affordable. Last year we installed "
            "12,000 heat pumps and opened offices in Leeds and Lyon.",
        ],
        "sign": ["Best regards,\n{sender}\n{company} Recruiting", "Thanks,\n{sender}"],
        "footer": ["You received this email because you applied at {company}. Unsubscribe"],
        "subject_app": ["Your application at {company}", "{role} application update"],
        "subject_inv": ["Interview with {company}", "Next steps"],
        "subject_off": ["Offer - {role}"],
        "subject_oth": ["News from {company}", "Jobs for you"],
    },
    "de": {
        "greet": ["Guten Tag {first} Rivera,", "Liebe/r {first},"],
        "thanks": [
            "vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
            "danke, dass du dir Zeit für uns genommen hast.",
        ],
        "wish": ["Wir wünschen Ihnen viel Erfolg.", "Alles Gute für dich!"],
        "marketing": [
            "{company} ist seit 1975 Ihr Partner für Medizintechnik mit 900 Beschäftigten.",
        ],
        "sign": ["Freundliche Grüße\n{sender}\n{company}"],
        "footer": ["Datenschutz | Abmelden"],
        "subject_app": ["Ihre Bewerbung bei {company}", "Rückmeldung: {role}"],
        "subject_inv": ["Einladung", "Kennenlernen"],
        "subject_off": ["Vertragsangebot"],
        "subject_oth": ["Karriere bei {company}"],
    },
    "fr": {
        "greet": ["Bonjour {first},"],
        "thanks": ["Nous vous remercions pour votre candidature."],
        "wish": ["Nous vous souhaitons bonne chance dans vos démarches."],
        "marketing": ["{company} conçoit des vélos électriques à Grenoble depuis 2011."],
        "sign": ["Bien cordialement,\n{sender}\n{company}"],
        "footer": ["Se désinscrire"],
        "subject_app": ["Votre candidature chez {company}"],
        "subject_inv": ["Entretien - {company}"],
        "subject_off": ["Proposition d'embauche"],
        "subject_oth": ["Carrières {company}"],
    },
    "es": {
        "greet": ["Hola {first},"],
        "thanks": ["Gracias por tu candidatura."],
        "wish": ["Te deseamos lo mejor."],
        "marketing": ["{company} es líder en software para hostelería en España."],
        "sign": ["Saludos,\n{sender}\n{company}"],
        "footer": ["Cancelar suscripción"],
        "subject_app": ["Tu candidatura - {company}"],
        "subject_inv": ["Entrevista - {company}"],
        "subject_off": ["Oferta de empleo"],
        "subject_oth": ["Empleo"],
    },
    "pt": {
        "greet": ["Olá {first},"],
        "thanks": ["Obrigado pela sua candidatura."],
        "wish": ["Boa sorte nos próximos passos."],
        "marketing": ["A {company} é referência em tecnologia para o agronegócio."],
        "sign": ["Um abraço,\n{sender}\n{company}"],
        "footer": ["Descadastre-se"],
        "subject_app": ["Sua candidatura - {company}"],
        "subject_inv": ["Entrevista - {company}"],
        "subject_off": ["Proposta"],
        "subject_oth": ["Carreiras"],
    },
    "nl": {
        "greet": ["Hallo {first},"],
        "thanks": ["Dank je wel voor je sollicitatie."],
        "wish": ["Succes!"],
        "marketing": ["{company} is marktleider in logistieke software."],
        "sign": ["Groeten,\n{sender}"],
        "footer": ["Afmelden"],
        "subject_app": ["Je sollicitatie"],
        "subject_inv": ["Gesprek"],
        "subject_off": ["Aanbod"],
        "subject_oth": ["Nieuws"],
    },
    "it": {
        "greet": ["Buongiorno {first},"],
        "thanks": ["Grazie per la tua candidatura."],
        "wish": ["Auguri per il futuro."],
        "marketing": ["{company} produce componenti per l'automotive dal 1960."],
        "sign": ["Saluti,\n{sender}"],
        "footer": ["Annulla iscrizione"],
        "subject_app": ["La tua candidatura"],
        "subject_inv": ["Colloquio"],
        "subject_off": ["Offerta"],
        "subject_oth": ["Novità"],
    },
}
