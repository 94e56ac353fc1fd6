# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for the ROUND-3 HELD-OUT part of the generated corpus (`round3/`), issue 15.

Written at the start of round 3, before any rule of that round was changed, from the families
described in issue 15 and general knowledge of how companies write (no other project's samples,
no web examples, no sentence copied from the other parts files). Measured once before tuning
(the "before" figure) and once after (the "after" figure); its misses were never looked at for
tuning. Never tune on it; a later round that looks at its misses must write a new held-out part.
Round 4 did (`parts_round4`, written first): since round 4 this part is tuning material.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line (a decision said
in the subject alone). Same layout as `parts_tuned`; wrappers, names and threads are new too.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_r3": """
After reviewing your background against the needs of the team, we've concluded it isn't the right match at this time.
Unfortunately, we have chosen to proceed with a candidate whose experience is a closer fit for the role.
We appreciate your patience. The panel has decided not to advance your candidacy to the final stage.
Regrettably, we are unable to consider your application further for this vacancy.
I wanted to let you know personally that we've gone with a different applicant for the {role} role.
Unfortunately, you were not successful on this occasion.
We received many strong applications, and while your experience is impressive, we will not be moving ahead with yours.
Our team has made the decision to decline your application for the {role} position.
It was a close call, but in the end another candidate edged ahead.
Unfortunately things didn't work out this time, but we'd be glad to keep your details on file for future openings.
Unfortunately, we've decided to go in a different direction with this hire.
We are not in a position to offer you a role at this time.
Following the assessment centre, we regret to say that your application will not progress.
Sadly, the hiring manager felt that a stronger candidate better suited the team's current needs.
Thank you for your time. Unfortunately we will not proceed further.
SUBJECT: Your application was unsuccessful || Thank you for your patience while we reviewed all applications.
Your skills are impressive; however, we felt that others more closely matched what we are looking for.
We were unable to identify a mutual fit at this stage.
We have decided not to pursue your application.
I'm sorry, but we've chosen a more experienced engineer for this one.
""",
        "rej_r3_gone": """
We have decided to fill the {role} position internally.
Due to a change in business priorities, the {role} opening has been cancelled and we're no longer hiring for it.
The {role} vacancy is on hold until next year, so we have closed the process for all applicants.
This position is no longer available.
Notice of results: you were not referred to the hiring manager for this announcement.
Based on your responses to the questionnaire, you have been found ineligible for this vacancy.
The selecting official has made a selection; no offer will be issued to you for this vacancy.
We will not be making you an offer following the final interviews.
We have extended an offer to another candidate, who has accepted.
SUBJECT: Update on {role}: position filled || We appreciate you taking the time to apply and wanted you to hear it from us.
""",
        "ack_r3": """
This is to confirm that your application for {role} has arrived safely. Our team will review it and be in touch if your profile matches.
We are currently receiving a high number of applications, so please allow up to three weeks for a response.
Just a quick update: we are still reviewing applications and hope to share news with you by the end of the month.
Your application is now with our recruitment team. You can track its status in your candidate portal.
We have safely received your CV. If we think you're a good match, a member of our team will contact you.
Unfortunately, due to the volume of applications, we can't respond to every applicant individually, but we'll look at yours carefully.
""",
        "inv_r3": """
Would you be free for a quick chat on Thursday or Friday afternoon? Let me know what suits.
We'd like to set up a first conversation with our engineering lead. Here are a few slots: Mon 10:00, Tue 14:00, Wed 16:30.
The next step is a 45-minute video call with the hiring manager; please pick a time using the scheduling link below.
Are you available for a phone call this week to discuss the role in more detail?
""",
        "off_r3": """
We're delighted to offer you the position of {role}! Please find the contract attached and let us know if you have questions.
Congratulations! Following your final interview, we'd like to make you a formal offer with a starting salary of 72,000 and 28 days of holiday.
""",
        "oth_cold": """
Hi Alex, I came across your profile and have a {role} opportunity with a client that might interest you. If it isn't a fit, no worries, just let me know and I won't follow up.
Hello Alex, I'm recruiting for a Series B fintech. Apologies if this isn't relevant to you, but would you be open to a quick chat about a {role} role?
""",
        "oth_alert": """
New jobs matching your search: {role} (Berlin), {role} (Remote) and 12 more. Unfortunately, two of your saved jobs have expired.
""",
        "oth_newsletter": """
This month on our careers blog: how we hire, meet the team behind our mobile app, and five tips for your next interview.
""",
        "oth_r3": """
Reminder: your application for {role} is incomplete. Please upload your CV to finish applying.
""",
    },
    "de": {
        "rej_r3": """
leider müssen wir Ihnen mitteilen, dass wir den Auswahlprozess mit anderen Kandidat*innen fortsetzen.
nach eingehender Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht in die engere Auswahl zu nehmen.
leider können wir Ihre Bewerbung im weiteren Verfahren nicht mehr berücksichtigen.
wir haben uns für eine:n Bewerber:in entschieden, die oder der noch besser zum Anforderungsprofil passt.
diesmal hat es leider nicht gepasst.
wir müssen dir leider absagen.
hiermit erhalten Sie leider eine Absage auf Ihre Bewerbung als {role}.
leider haben wir uns entschieden, mit anderen Bewerber/innen weiterzumachen.
nach den Gesprächen mit allen Finalist*innen fiel unsere Wahl auf eine andere Person.
leider müssen wir dir mitteilen, dass du nicht in die engere Wahl gekommen bist.
wir bedauern sehr, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht weiter verfolgen können.
so leid es uns tut: wir haben uns gegen eine Zusammenarbeit entschieden.
wir haben uns nach reiflicher Überlegung für andere BewerberInnen entschieden, deren Qualifikationen besser zu den aktuellen Anforderungen passen.
Ihre Unterlagen haben uns gefallen, dennoch sind wir zu dem Ergebnis gekommen, dass andere Profile besser passen.
wir werden das Verfahren mit dir leider nicht fortführen.
leider kommen Sie für diese Position nicht mehr in Betracht.
SUBJECT: Absage – {role} || vielen Dank für Ihre Geduld während des Auswahlverfahrens.
leider fällt unsere Entscheidung dieses Mal nicht zu Ihren Gunsten aus.
wir möchten dich darüber informieren, dass wir uns für eine:n andere:n Kandidat:in entschieden haben.
leider können wir Sie nicht zu einem persönlichen Gespräch einladen.
Ihr Profil entspricht leider nicht ganz dem, was wir für diese Stelle suchen. Gerne nehmen wir Ihre Daten in unseren Talentpool auf.
""",
        "rej_r3_gone": """
die Position konnte inzwischen erfolgreich besetzt werden.
die ausgeschriebene Stelle wurde intern besetzt.
aufgrund einer internen Umstrukturierung wird die Stelle vorerst nicht besetzt, das Verfahren ist daher beendet.
leider können wir Ihnen kein Angebot machen.
die Stelle als {role} ist leider nicht mehr verfügbar.
wir haben entschieden, die Stelle anderweitig zu vergeben.
wir haben den Bewerbungsprozess für diese Stelle gestoppt, da das Budget gestrichen wurde.
""",
        "ack_r3": """
Ihre Bewerbungsunterlagen sind vollständig bei uns angekommen. Wir prüfen sie sorgfältig und melden uns in den nächsten Wochen.
aufgrund der vielen Bewerbungen, die uns erreichen, kann die Bearbeitung etwas länger dauern. Wir bitten um etwas Geduld.
wir sichten noch alle Bewerbungen und melden uns, sobald wir eine Entscheidung getroffen haben.
danke für deine Bewerbung! Sie ist gut bei uns gelandet und liegt jetzt beim Fachbereich.
wir bestätigen hiermit den Eingang Ihrer Bewerbung.
der Auswahlprozess ist leider noch nicht abgeschlossen; wir melden uns spätestens Ende nächster Woche bei Ihnen.
""",
        "inv_r3": """
wir würden dich gerne näher kennenlernen! Hättest du nächste Woche Zeit für ein kurzes Telefonat?
gerne möchten wir Sie zu einem Videocall mit unserer Teamleitung einladen. Passt Ihnen Mittwoch, 10 Uhr, oder Donnerstag, 15 Uhr?
als nächsten Schritt schlagen wir ein erstes Kennenlerngespräch vor. Bitte wählen Sie über den Link einen Termin aus.
hast du Lust auf einen virtuellen Kaffee mit dem Team? Folgende Termine wären möglich: Di 9:30, Do 14:00.
""",
        "off_r3": """
wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können! Den Arbeitsvertrag finden Sie im Anhang.
herzlichen Glückwunsch, wir möchten dich gerne einstellen! Anbei unser Angebot mit Gehalt und Startdatum.
""",
        "oth_cold": """
ich bin Personalberaterin und habe eine spannende Position als {role} für Sie. Falls das gerade nicht passt, geben Sie mir einfach kurz Bescheid.
""",
        "oth_alert": """
Neue Jobs für Sie: {role} in Hamburg, {role} in München und 8 weitere passende Stellenanzeigen.
""",
        "oth_newsletter": """
Unser Karriere-Newsletter: Einblicke ins Team, neue Benefits und leider auch der Abschied von unserem Büro in Köln.
""",
        "oth_r3": """
bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto zu aktivieren.
""",
    },
    "fr": {
        "rej_r3": """
nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.
après étude attentive de votre dossier, votre candidature n'a pas été retenue pour ce poste.
malheureusement, nous avons choisi de poursuivre avec un autre profil, plus proche de nos besoins actuels.
malgré l'intérêt de ton parcours, nous n'allons pas poursuivre le processus avec toi.
votre profil ne correspond pas tout à fait aux attentes du poste.
nous avons finalement retenu une candidature qui correspond davantage aux exigences du poste.
après les entretiens, notre choix s'est porté sur un autre candidat.
malheureusement, ta candidature n'a pas été sélectionnée pour la suite du processus.
nous ne sommes pas en mesure de vous proposer un entretien.
nous avons décidé de ne pas retenir votre candidature cette fois-ci.
nous regrettons de ne pas pouvoir donner une suite favorable à votre demande.
SUBJECT: Réponse négative à votre candidature || Nous vous remercions de l'intérêt porté à notre entreprise.
nous avons décliné votre candidature pour ce poste.
malheureusement, ça n'a pas fonctionné cette fois, mais nous conservons ton CV pour de futures opportunités.
nous avons reçu de nombreuses candidatures de grande qualité et avons dû faire un choix : nous ne poursuivrons pas avec la vôtre.
d'autres candidats présentaient une expérience plus en adéquation avec le poste.
nous ne pouvons pas aller plus loin avec votre candidature.
nous avons pris la décision de ne pas poursuivre le processus de recrutement avec vous.
malheureusement, votre candidature n'a pas été retenue à l'issue de l'étude de votre test technique.
à notre grand regret, nous ne pouvons pas y donner suite.
""",
        "rej_r3_gone": """
le poste de {role} a été pourvu.
nous avons le regret de vous annoncer que le recrutement pour ce poste est suspendu jusqu'à nouvel ordre.
cette offre d'emploi n'est plus disponible.
nous ne pourrons malheureusement pas vous faire d'offre à l'issue de ce processus.
le recrutement a été annulé en raison d'une réorganisation interne.
le poste a été pourvu en interne.
""",
        "ack_r3": """
votre candidature est bien arrivée chez nous. Notre équipe l'étudie et reviendra vers vous rapidement.
nous recevons actuellement un très grand nombre de candidatures ; le délai de réponse peut donc être de quelques semaines.
nous sommes toujours en train d'examiner les candidatures et reviendrons vers vous d'ici deux semaines.
ceci est un accusé de réception automatique : votre dossier a bien été enregistré.
ta candidature a été transmise au manager, qui l'étudiera dans les prochains jours.
malheureusement, nous ne pouvons pas répondre individuellement à chaque candidature dans l'immédiat, mais nous étudions la vôtre avec attention.
""",
        "inv_r3": """
seriez-vous disponible pour un échange téléphonique cette semaine ?
nous aimerions organiser un premier échange en visio avec notre responsable technique. Voici quelques créneaux : lundi 10h, mardi 14h ou jeudi 16h.
nous souhaiterions vous rencontrer dans nos locaux. Merci de choisir un créneau via le lien ci-dessous.
es-tu dispo pour un appel de 30 minutes afin de faire connaissance ?
""",
        "off_r3": """
nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche.
félicitations ! Nous souhaitons te faire une proposition d'embauche ; le contrat est en pièce jointe.
""",
        "oth_cold": """
je suis consultante en recrutement et je me permets de vous contacter pour un poste de {role}. Si ce n'est pas le bon moment, n'hésitez pas à me le dire.
""",
        "oth_alert": """
Nouvelles offres pour vous : {role} à Paris, {role} à Lyon et 6 autres annonces correspondant à votre recherche.
""",
        "oth_newsletter": """
Découvrez notre newsletter carrières : portraits d'équipe, nos engagements RSE et nos offres du mois.
""",
        "oth_r3": """
votre compte candidat a été créé. Cliquez sur le lien pour confirmer votre adresse e-mail.
""",
    },
    "es": {
        "rej_r3": """
lamentablemente, hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta más a lo que buscamos.
tras analizar tu perfil, hemos decidido no continuar con tu candidatura.
lamentamos comunicarle que su candidatura no ha sido seleccionada para la siguiente fase.
en esta ocasión no podremos avanzar con tu proceso.
hemos optado por otra persona para el puesto.
tu perfil no encaja con las necesidades actuales del equipo.
desafortunadamente, no ha sido posible seguir adelante con su candidatura.
nos hemos decantado por un candidato con más experiencia en el sector.
después de las entrevistas, la decisión ha sido no avanzar con tu candidatura.
SUBJECT: Candidatura no seleccionada - {role} || Gracias por participar en nuestro proceso.
tu candidatura ha sido descartada para esta posición.
lamentablemente esta vez no ha podido ser, pero guardaremos tu CV para futuras oportunidades.
sentimos informarte de que no pasarás a la siguiente etapa del proceso.
hemos recibido muchas candidaturas muy buenas y finalmente hemos elegido otro perfil.
hemos decidido no seguir contando con tu candidatura en este proceso.
lamentamos no poder darle una respuesta positiva.
otra candidata se ajustaba mejor a los requisitos del puesto.
hemos rechazado tu candidatura para el puesto de {role}.
por desgracia, no has superado la prueba técnica, así que cerramos aquí el proceso.
""",
        "rej_r3_gone": """
la vacante de {role} ya ha sido cubierta.
le informamos que el proceso de selección para este puesto ha sido cancelado.
la posición se ha congelado y por ahora no seguiremos con el proceso.
no podemos ofrecerte el puesto en esta ocasión.
el puesto se ha cubierto de forma interna.
la oferta ya no está disponible.
no será posible extenderle una oferta.
""",
        "ack_r3": """
tu candidatura nos ha llegado correctamente. La revisaremos y te contactaremos si tu perfil encaja.
estamos recibiendo un gran volumen de solicitudes, por lo que la respuesta puede tardar unas semanas.
seguimos revisando las candidaturas y le informaremos en cuanto tengamos novedades.
confirmamos la recepción de su currículum para el puesto de {role}.
tu solicitud ya está en manos del equipo de selección.
lamentablemente no podemos responder a cada persona de inmediato, pero tu candidatura está siendo evaluada.
""",
        "inv_r3": """
¿tendrías disponibilidad para una llamada esta semana?
nos gustaría agendar una primera conversación por videollamada. Te propongo martes a las 11:00 o jueves a las 17:00.
queremos conocerle en persona en nuestras oficinas. Por favor, elija un horario en el enlace.
el siguiente paso es una charla de 30 minutos con el responsable del equipo; reserva el hueco que mejor te venga.
""",
        "off_r3": """
¡enhorabuena! Nos complace ofrecerte el puesto de {role}. Adjuntamos la carta oferta con las condiciones.
nos alegra comunicarle que queremos contar con usted; le enviamos la propuesta de contrato.
""",
        "oth_cold": """
soy headhunter y tengo una posición de {role} que podría interesarte. Si no encaja contigo, dímelo y no te molesto más.
""",
        "oth_alert": """
Nuevas ofertas para ti: {role} en Madrid, {role} en remoto y 10 ofertas más.
""",
        "oth_newsletter": """
Boletín de empleo: conoce a nuestro equipo de Valencia, nuevos beneficios y las vacantes del mes.
""",
        "oth_r3": """
tu perfil de candidato está incompleto. Completa tus datos para aplicar a nuevas ofertas.
""",
    },
    "pt": {
        "rej_r3": """
infelizmente, decidimos seguir com outros candidatos neste momento.
após análise do seu perfil, optamos por não dar continuidade à sua candidatura.
sua candidatura não foi selecionada para a próxima etapa.
escolhemos outro profissional cujo perfil está mais alinhado com a vaga.
não poderemos avançar com o seu processo.
lamentamos informar que você não foi aprovado nesta etapa.
o seu perfil não está alinhado com os requisitos da posição.
após as entrevistas, a decisão foi por outra candidata.
SUBJECT: Retorno do processo seletivo: não aprovado || Agradecemos sua participação.
infelizmente desta vez não deu certo, mas manteremos seu currículo em nosso banco de talentos.
não será possível prosseguir com a sua candidatura.
optamos por não avançar com o seu perfil.
sua candidatura foi reprovada na fase de triagem.
recebemos muitos currículos excelentes e, infelizmente, o seu não seguirá para a próxima fase.
você não foi selecionado para seguir no processo.
outra pessoa se encaixou melhor no perfil que buscamos.
lamentamos, mas a sua candidatura não avançou.
decidimos encerrar a sua participação neste processo.
infelizmente o resultado do teste técnico não foi o esperado, por isso não seguiremos.
""",
        "rej_r3_gone": """
a vaga de {role} já foi preenchida.
informamos que o processo seletivo para esta vaga foi cancelado.
a vaga foi congelada e o processo foi encerrado.
a posição foi preenchida internamente.
não poderemos fazer uma proposta a você neste processo.
a vaga não está mais disponível.
""",
        "ack_r3": """
sua candidatura chegou até nós! Nosso time vai analisá-la e entrará em contato caso seu perfil seja selecionado.
estamos recebendo um grande número de candidaturas, por isso o retorno pode demorar um pouco.
ainda estamos analisando os perfis e daremos um retorno em breve.
confirmamos o recebimento do seu currículo para a vaga de {role}.
sua candidatura foi encaminhada para o gestor da área.
infelizmente não conseguimos responder a todos imediatamente, mas sua candidatura está em análise.
""",
        "inv_r3": """
você teria disponibilidade para uma conversa rápida por telefone esta semana?
gostaríamos de marcar um primeiro bate-papo por vídeo. Seguem alguns horários: terça às 10h ou quarta às 15h.
queremos te conhecer melhor! Escolha um horário para conversar com a gestora no link abaixo.
o próximo passo é uma conversa com o time técnico; por favor, confirme se quinta às 14h funciona.
""",
        "off_r3": """
parabéns! Temos o prazer de lhe oferecer a vaga de {role}. Segue em anexo a proposta formal.
temos uma ótima notícia: você foi aprovado e queremos te fazer uma proposta de contratação.
""",
        "oth_cold": """
sou recrutadora e tenho uma oportunidade de {role} que pode combinar com você. Se não fizer sentido, é só me avisar.
""",
        "oth_alert": """
Novas vagas para você: {role} em São Paulo, {role} remoto e mais 7 oportunidades.
""",
        "oth_newsletter": """
Nossa newsletter de carreiras: bastidores do time, novos benefícios e as vagas abertas do mês.
""",
        "oth_r3": """
lembrete: sua candidatura para {role} está incompleta. Envie seu currículo para finalizar.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear Alex Rivera,", "Hey {first},", "Good afternoon {first},"],
        "thanks": [
            "Thanks so much for applying for the {role} role with {company}.",
            "We're grateful for the interest you've shown in joining {company}.",
        ],
        "wish": [
            "We'd encourage you to keep an eye on our careers page, and we wish you every success.",
            "All the best for the future.",
        ],
        "marketing": [
            "At {company}, we believe great software starts with great people. Since 2014 we've "
            "helped 400 hospitals cut waiting times, and we were named a Top Workplace three "
            "years running.",
        ],
        "sign": [
            "Warm regards,\n{sender}\nPeople Team, {company}",
            "Speak soon,\n{sender}",
        ],
        "footer": ["{company} Ltd · 22 Wharf Road, London · Manage email preferences"],
        "subject_app": ["{role} at {company}", "About your application", "{company} careers"],
        "subject_inv": ["Quick question, {first}", "{company}: {role}"],
        "subject_off": ["Welcome aboard!"],
        "subject_oth": ["Hand-picked for you", "The {company} digest"],
    },
    "de": {
        "greet": ["Hallo {first},", "Guten Tag Alex Rivera,", "Liebe*r {first},"],
        "thanks": [
            "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei {company}.",
            "schön, dass du dich bei {company} beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen für die Zukunft alles Gute und viel Erfolg bei der Jobsuche.",
            "Für deinen weiteren Weg wünschen wir dir nur das Beste.",
        ],
        "marketing": [
            "Seit über 40 Jahren steht {company} für nachhaltige Verpackungslösungen. Mit 1.200 "
            "Kolleg*innen an 14 Standorten gestalten wir die Zukunft der Kreislaufwirtschaft.",
        ],
        "sign": ["Beste Grüße\n{sender}\nTalent Acquisition {company}", "Liebe Grüße\n{sender}"],
        "footer": ["{company} GmbH · Sitz: Bremen · Datenschutzhinweise"],
        "subject_app": ["Deine Bewerbung bei {company}", "Bewerbung {role} – Rückmeldung"],
        "subject_inv": ["Kurzes Kennenlernen?", "{company} – {role}"],
        "subject_off": ["Willkommen an Bord"],
        "subject_oth": ["Neuigkeiten von {company}"],
    },
    "fr": {
        "greet": ["Bonjour Alex,", "Cher Alex Rivera,"],
        "thanks": [
            "Merci pour l'intérêt que tu portes à {company}.",
            "Nous vous remercions d'avoir postulé au poste de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons le meilleur pour la suite de votre parcours.",
            "Bonne continuation !",
        ],
        "marketing": [
            "Depuis 2012, {company} réinvente la logistique urbaine. Nos 350 collaborateurs "
            "livrent chaque jour plus de 80 000 colis à vélo dans douze villes.",
        ],
        "sign": ["Belle journée,\n{sender}\nRessources humaines - {company}"],
        "footer": ["{company} SAS · Gérer mes préférences"],
        "subject_app": ["Suite à votre candidature", "{role} - {company}"],
        "subject_inv": ["Échange - {company}"],
        "subject_off": ["Bienvenue !"],
        "subject_oth": ["La lettre {company}"],
    },
    "es": {
        "greet": ["Hola, {first}:", "Estimada/o Alex Rivera:"],
        "thanks": [
            "Muchas gracias por postularte a la posición de {role} en {company}.",
            "Le agradecemos el tiempo dedicado a nuestro proceso de selección.",
        ],
        "wish": ["Mucha suerte en tus próximos retos.", "Le deseamos éxito en su carrera."],
        "marketing": [
            "{company} nació en Sevilla en 2010 y hoy ayuda a más de 5.000 comercios a vender "
            "online. Nuestro equipo de 200 personas trabaja en remoto desde 9 países.",
        ],
        "sign": ["Un abrazo,\n{sender}\nPeople & Culture | {company}"],
        "footer": ["{company} S.L. · Gestionar suscripción"],
        "subject_app": ["Sobre tu candidatura", "{role} | {company}"],
        "subject_inv": ["¿Hablamos?"],
        "subject_off": ["Bienvenida/o a {company}"],
        "subject_oth": ["Boletín {company}"],
    },
    "pt": {
        "greet": ["Oi, {first}!", "Caro(a) Alex Rivera,"],
        "thanks": [
            "Muito obrigado por se candidatar à vaga de {role} na {company}.",
            "Agradecemos o tempo que você dedicou ao nosso processo seletivo.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada.",
            "Fique de olho nas nossas próximas vagas!",
        ],
        "marketing": [
            "Há 15 anos a {company} transforma o varejo brasileiro com tecnologia. Somos mais de "
            "800 pessoas em Recife, Curitiba e Lisboa.",
        ],
        "sign": ["Abraços,\n{sender}\nGente & Gestão | {company}"],
        "footer": ["{company} Ltda. · Gerenciar preferências de e-mail"],
        "subject_app": ["Sobre sua candidatura", "{role} | {company}"],
        "subject_inv": ["Vamos conversar?"],
        "subject_off": ["Bem-vindo(a)!"],
        "subject_oth": ["Newsletter {company}"],
    },
}
