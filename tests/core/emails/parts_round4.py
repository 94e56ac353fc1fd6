# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for the ROUND-4 HELD-OUT part of the generated corpus (`round4/`), issue 15.

Written at the start of round 4, before any rule of that round was changed, from the families
described in issue 15 and general knowledge of how different employers write (a bank, a
hospital, a public agency, a university, a start-up, a retailer, a staffing agency, ATS
templates, a hiring manager's two-line note, a long HR letter), in both registers of each
language; no other project's samples, no web examples, no sentence copied from the other parts
files. Measured once before tuning (the "before" figure) and once after (the "after" figure);
its misses were never looked at for tuning. Never tune on it; a later round that looks at its
misses must write a new held-out part.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line (a decision said
in the subject alone). Same layout as `parts_tuned`; wrappers, names and threads are new too.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_r4": """
After careful consideration, the selection panel has decided that your application will not be taken forward for the {role} vacancy.
We have now completed shortlisting for this post. I am sorry to tell you that on this occasion you have not been shortlisted.
The committee reviewed a large and highly competitive pool of applicants, and I regret that we are unable to include you on the shortlist.
Hey Alex, honestly a tough one, but we're going with someone who has more hands-on Kubernetes experience. Really appreciated your time.
Your application for {role} (Req #48213) has been reviewed. Status: not selected for further consideration.
I've heard back from my client and they've decided not to take you forward to the next stage for the {role} role.
We have assessed every application against the criteria in the job description. While your experience was noted, other applicants demonstrated a stronger match to the essential requirements, and we will therefore not be progressing your application.
Having met all the finalists, we've offered the position to someone whose background aligns more closely with our roadmap.
I'm afraid it's a no from us this time.
Following your interview on Tuesday, the panel has decided not to offer you the position.
Your application status has changed to: Rejected.
We've reached a decision on the {role} role and, I'm sorry to say, it isn't good news for you.
Unfortunately, we won't be able to move your application to the next round.
SUBJECT: Outcome of your application – {role} || Please accept this e-mail as notification that you were not successful in obtaining the position.
Thank you for completing the coding exercise. After review by the team, we've decided not to continue with your candidacy.
While we enjoyed learning about your experience, we have identified candidates whose qualifications better meet our needs at this time.
Regrettably, your profile does not meet the minimum requirements for this programme, so we cannot take your application any further.
We have now closed this recruitment campaign and I'm writing to let you know that your application was unsuccessful.
Sorry Alex, the team went with an internal candidate in the end. Would love to stay in touch though.
We have decided that we will not be extending an offer to you for this position.
Unfortunately we've had to pass on your application this time.
We're sorry to let you know that the hiring team has chosen not to advance you in the process.
""",
        "rej_r4_gone": """
We have made the difficult decision to freeze hiring for the {role} role, so we are closing all open applications.
The requisition for {role} has been withdrawn and the role will not be filled this year.
Your application has been rated. Result: you were not among the best qualified candidates and will not be referred to the selecting official.
This vacancy announcement has been cancelled. No selection will be made.
We have now appointed to this post. Thank you for the time you put into your application.
The position you applied for has been filled by an existing member of staff.
""",
        "ack_r4": """
Thank you for applying to the {role} role. We've received your application and our team will be reviewing it over the coming weeks.
Application submitted successfully! Reference: APP-20931. What happens next: our recruiters review every application personally.
Your application has been received. Due to the volume of applications, only shortlisted applicants will be contacted.
We're still working through applications for {role} and haven't made any decisions yet. Thanks for bearing with us.
Your application has been forwarded to the hiring department. Unfortunately we are unable to give individual updates on its progress.
Good news: your application is complete! We'll let you know as soon as there's an update.
""",
        "inv_r4": """
Loved your portfolio. Could you hop on a 30-minute call with me and our Head of Design sometime next week? Send me a couple of times that work.
We'd like to move you forward to the next step: a conversation with the hiring manager. Please book a slot using the link below.
Next steps: a one-hour technical session with two of our engineers over Zoom. Which of these suits you: Tuesday 11am, Wednesday 3pm or Thursday 9am?
Are you around for a quick video call on Monday to talk through the role?
We'd like you to come to our office to meet the team on the 14th at 10:00. Please confirm you can make it.
""",
        "off_r4": """
I'm thrilled to let you know the team would love to have you join as {role}. Your offer letter is attached; please review and sign by Friday.
We are pleased to offer you employment with {company} as {role}, starting on 1 September, subject to satisfactory references.
""",
        "oth_cold": """
Hi Alex, I lead tech hiring at a staffing agency and have several {role} roles with clients in London. If now isn't the right time, feel free to ignore this message.
Hello Alex, I'm with an executive search firm helping a bank find a {role}. Should this not be of interest, I'd still welcome a short call to hear about your plans.
""",
        "oth_alert": """
Jobs you may like: {role} at three companies near you. Don't miss out, applications close soon.
""",
        "oth_newsletter": """
Careers newsletter: meet our graduate intake, our new office in Leeds, and why we rejected the idea of open-plan offices.
""",
        "oth_r4": """
You're invited to our virtual careers evening on 12 March: talks from our engineering leaders and a live Q&A. Register here.
We noticed you started an application for {role} but didn't finish it. Your progress is saved.
""",
    },
    "de": {
        "rej_r4": """
nach sorgfältiger Prüfung aller eingegangenen Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.
wir haben uns nach intensiven Gesprächen für eine andere Bewerberin entschieden.
die Auswahlkommission hat ihre Entscheidung getroffen. Leider konnten wir Ihre Bewerbung nicht berücksichtigen.
wir haben lange überlegt, aber wir gehen mit jemandem weiter, der mehr Erfahrung im B2B-Vertrieb mitbringt.
leider müssen wir Ihnen eine Absage erteilen.
Status Ihrer Bewerbung: Absage. Wir danken Ihnen für Ihr Vertrauen.
ich habe Rückmeldung von unserem Kunden erhalten: Man hat sich dort für eine*n andere*n Bewerber*in entschieden.
unter den zahlreichen Bewerbungen gab es Profile, die unseren Anforderungen noch näher kommen. Daher können wir Ihnen leider keine positive Nachricht geben.
leider müssen wir dir sagen, dass es mit der Stelle als {role} nicht geklappt hat.
wir haben entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
nach dem zweiten Gespräch haben wir uns dazu entschieden, den Prozess mit dir nicht weiterzuführen.
wir bedauern, Ihnen heute keine Zusage geben zu können.
leider müssen wir Ihnen mitteilen, dass Sie nicht in die nächste Runde kommen.
SUBJECT: Ihre Bewerbung – leider eine Absage || vielen Dank für Ihre Zeit und Ihr Interesse an unserem Haus.
nach Abschluss des Auswahlverfahrens haben wir uns für Bewerber:innen mit einschlägigerer Berufserfahrung entschieden.
unsere Wahl ist auf eine andere Kandidatin gefallen, deren Profil noch genauer zu unseren Anforderungen passt.
wir können Ihnen leider keine Stelle in unserem Team anbieten.
es tut uns leid, aber wir werden deine Bewerbung nicht weiterverfolgen.
nach Prüfung Ihrer Unterlagen passt Ihr Profil leider nicht zu den Anforderungen der Stelle.
du hast es leider nicht in die engere Auswahl geschafft. Wir wissen, dass das enttäuschend ist.
wir haben uns für Mitbewerber/innen entschieden, deren Erfahrung näher an unseren Projekten liegt.
""",
        "rej_r4_gone": """
die Stelle wurde zwischenzeitlich vergeben.
das Stellenbesetzungsverfahren wurde ohne Besetzung beendet.
aufgrund eines Einstellungsstopps können wir die Stelle derzeit nicht besetzen und haben das Verfahren eingestellt.
die ausgeschriebene Stelle ist bereits besetzt.
die Ausschreibung für {role} wurde zurückgezogen.
wir haben die Stelle mit einer internen Kollegin besetzt.
""",
        "ack_r4": """
vielen Dank für Ihre Bewerbung als {role}. Diese ist bei uns eingegangen und wird derzeit geprüft.
deine Bewerbung ist angekommen! Wir schauen sie uns in Ruhe an und melden uns innerhalb von zwei Wochen.
bitte haben Sie Verständnis, dass die Prüfung aufgrund der hohen Anzahl an Bewerbungen einige Zeit in Anspruch nimmt.
wir sind noch mitten im Auswahlprozess und haben noch keine Entscheidung getroffen.
Ihre Bewerbung wurde an die zuständige Fachabteilung weitergeleitet.
wir haben Ihre Unterlagen erhalten. Leider können wir nicht jede Bewerbung einzeln beantworten, melden uns aber, sobald es Neuigkeiten gibt.
""",
        "inv_r4": """
wir würden Sie gerne persönlich kennenlernen. Hätten Sie am Dienstag um 14 Uhr Zeit für ein Gespräch bei uns vor Ort?
hast du nächste Woche Zeit für einen kurzen Call mit unserem CTO? Such dir gern einen Slot über diesen Link aus.
als nächsten Schritt laden wir Sie zu einem Fachgespräch per Microsoft Teams ein. Bitte teilen Sie uns Ihre Verfügbarkeit mit.
wir möchten dich zu einem Probearbeitstag in unserem Büro einladen. Passt dir der 12. oder der 14.?
""",
        "off_r4": """
wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position als {role} anbieten möchten. Den Vertrag senden wir Ihnen per Post.
super Neuigkeiten: Wir wollen dich im Team haben! Anbei findest du unser Angebot.
""",
        "oth_cold": """
ich bin Recruiter bei einer Personalberatung und suche für einen Mandanten eine*n {role}. Sollte das nicht passen, freue ich mich trotzdem über eine kurze Rückmeldung.
hättest du Lust auf ein kurzes Telefonat über eine neue Position als {role} bei meinem Kunden? Falls kein Interesse besteht, ignoriere diese Nachricht einfach.
""",
        "oth_alert": """
Ihr Job-Agent hat 14 neue Stellen gefunden: {role} in Köln, {role} in Leipzig und weitere.
""",
        "oth_newsletter": """
Unser Karriere-Newsletter: Einblicke in unser Azubi-Programm, neue Benefits und aktuelle Stellen.
""",
        "oth_r4": """
Einladung zum Karrieretag am 20. Mai: Lernen Sie unsere Teams kennen, mit Vorträgen und Networking. Jetzt anmelden!
""",
    },
    "fr": {
        "rej_r4": """
Après étude attentive de votre dossier, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.
Malgré l'intérêt de votre parcours, nous avons choisi de poursuivre avec un autre candidat dont le profil correspond davantage à nos besoins.
On a adoré échanger avec toi, mais on a finalement choisi quelqu'un avec plus d'expérience en data.
Nous vous informons que votre candidature au poste de {role} n'a pas été sélectionnée.
Nous regrettons de ne pouvoir vous proposer d'entretien.
Le comité de sélection a décidé de ne pas donner suite à votre candidature.
Notre client a fait le choix d'un autre profil pour ce poste.
Votre profil, bien qu'intéressant, ne correspond pas exactement aux attentes du poste.
Malheureusement, nous ne poursuivrons pas le processus avec toi.
SUBJECT: Votre candidature - {role} : réponse défavorable || Nous vous remercions du temps consacré à notre processus.
Nous sommes désolés, mais ta candidature n'a pas été retenue cette fois-ci.
À l'issue des entretiens, notre choix s'est porté sur une autre personne.
Nous avons décidé de privilégier des candidatures plus en adéquation avec le poste.
Nous ne pouvons malheureusement pas vous faire de proposition à l'issue de ce processus.
Statut de votre candidature : refusée.
Je suis au regret de t'annoncer que l'équipe n'a pas souhaité aller plus loin.
Nous ne donnerons pas suite, malgré la qualité de votre dossier.
Malheureusement, ça ne va pas se faire cette fois.
Le jury n'a pas retenu votre candidature à l'issue de l'épreuve écrite.
Votre candidature ne sera pas retenue pour les étapes suivantes.
""",
        "rej_r4_gone": """
Le poste a été pourvu en interne.
Le recrutement pour ce poste est suspendu jusqu'à nouvel ordre et nous clôturons les candidatures en cours.
L'offre à laquelle vous avez répondu n'est plus d'actualité.
Le poste de {role} a été pourvu ; nous clôturons donc ce recrutement.
Nous avons dû annuler ce recrutement à la suite d'une réorganisation.
""",
        "ack_r4": """
Nous accusons réception de votre candidature au poste de {role}. Elle sera étudiée avec attention.
Ta candidature est bien arrivée chez nous ! L'équipe la regarde et revient vers toi rapidement.
En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre à chacune individuellement.
Le processus de sélection est toujours en cours ; nous reviendrons vers vous dès que possible.
Votre dossier a été transmis au manager en charge du recrutement.
""",
        "inv_r4": """
Serais-tu disponible pour un échange téléphonique de 20 minutes cette semaine ?
Nous aimerions organiser une rencontre avec l'équipe. Voici quelques créneaux : lundi 10h, mardi 15h.
La prochaine étape est une visio avec notre directrice technique. Merci de choisir un créneau via ce lien.
Nous souhaiterions vous rencontrer dans nos locaux jeudi prochain à 9h30. Merci de confirmer votre présence.
""",
        "off_r4": """
Nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche.
Bonne nouvelle : on aimerait t'accueillir dans l'équipe ! Ton contrat t'attend en pièce jointe.
""",
        "oth_cold": """
Je suis consultante dans un cabinet de recrutement et j'ai un poste de {role} qui pourrait vous intéresser. Si ce n'est pas le bon moment, n'hésitez pas à me le dire.
Seriez-vous ouvert à un court échange au sujet d'une opportunité de {role} ? Si cela ne vous correspond pas, pas de souci.
""",
        "oth_alert": """
Nouvelles offres pour vous : {role} à Lyon, {role} à Nantes et 6 autres.
""",
        "oth_newsletter": """
Au sommaire ce mois-ci : nos engagements RSE, le portrait d'une alternante et nos offres du moment.
""",
        "oth_r4": """
Vous êtes invité(e) à notre journée portes ouvertes le 15 avril : rencontrez nos équipes et découvrez nos métiers.
""",
    },
    "es": {
        "rej_r4": """
Tras valorar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionado para continuar en el proceso.
Hemos decidido seguir adelante con otros perfiles que se ajustan mejor a lo que buscamos.
Nos ha costado decidir, pero al final nos hemos quedado con otra persona con más experiencia en pagos.
Lamentablemente tu candidatura no ha sido seleccionada.
En esta ocasión no podremos continuar con su proceso.
El cliente ha decidido no continuar con tu candidatura para la posición de {role}.
Le informamos de que su solicitud ha sido desestimada.
Tras la entrevista, el equipo ha optado por otro candidato.
Tu perfil no encaja con lo que necesitamos en este momento.
SUBJECT: Resultado del proceso: no seleccionado || Le agradecemos el interés mostrado en nuestra entidad.
Sentimos comunicarte que no vas a pasar a la siguiente fase.
Lamentamos informarle de que su candidatura no ha prosperado.
Hemos decidido no avanzar con tu candidatura.
Por desgracia, no podemos ofrecerte el puesto.
Finalmente hemos elegido a otra persona para cubrir la posición.
Tu candidatura ha sido descartada para esta vacante.
Tras revisar tu prueba técnica, hemos decidido no seguir adelante contigo.
Lamentablemente no ha superado la fase de evaluación curricular.
Esta vez no ha podido ser.
No hemos podido tener en cuenta su candidatura en esta ocasión.
""",
        "rej_r4_gone": """
La vacante ya ha sido cubierta.
El proceso de selección para {role} ha quedado cancelado por motivos organizativos.
Hemos cubierto el puesto de forma interna.
La oferta ha sido cerrada y ya no está disponible.
El proceso ha quedado en pausa indefinidamente, por lo que cerramos todas las candidaturas.
""",
        "ack_r4": """
Hemos recibido correctamente tu candidatura para {role}. Nuestro equipo la revisará en los próximos días.
Confirmamos la recepción de su currículum. Si su perfil encaja, nos pondremos en contacto con usted.
Seguimos revisando candidaturas y aún no hemos tomado una decisión.
Tu candidatura ya está en manos del responsable del área.
Debido al elevado número de solicitudes, el proceso puede demorarse unas semanas. Gracias por tu paciencia.
""",
        "inv_r4": """
¿Tendrías un rato esta semana para una llamada con nuestra directora de producto?
Nos gustaría conocerle en persona. ¿Le vendría bien el martes a las 11:00 en nuestras oficinas?
El siguiente paso es una videollamada de 30 minutos con el equipo. Reserva el hueco que mejor te venga en este enlace.
Queremos invitarte a una charla con el equipo técnico. Propón dos o tres horarios que te vengan bien.
""",
        "off_r4": """
Nos complace ofrecerle el puesto de {role}. Adjuntamos la carta de oferta con las condiciones.
¡Enhorabuena! Queremos que te unas al equipo como {role}. Te enviamos la propuesta con salario y fecha de incorporación.
""",
        "oth_cold": """
Hola Alex, soy headhunter y trabajo con un banco que busca un {role}. Si no te encaja, no pasa nada, dímelo y no te molesto más.
¿Te apetecería una breve llamada para hablar de una oportunidad como {role}? Si no es tu momento, lo entiendo perfectamente.
""",
        "oth_alert": """
Nuevas ofertas para ti: {role} en Madrid, {role} en Valencia y 10 más.
""",
        "oth_newsletter": """
Este mes en el blog: cómo es un día en nuestro equipo de datos y consejos para tu CV.
""",
        "oth_r4": """
Te invitamos a nuestro Tech Day online el 3 de junio: charlas, networking y ofertas abiertas.
""",
    },
    "pt": {
        "rej_r4": """
Após análise cuidadosa do seu perfil, informamos que você não foi selecionado(a) para a próxima etapa.
Decidimos seguir com outros candidatos cujo perfil está mais alinhado às necessidades da vaga.
Foi uma decisão difícil, mas escolhemos outra pessoa com mais experiência em mobile.
Infelizmente sua candidatura não avançou no processo.
Lamentamos informar que o seu perfil não foi aprovado nesta etapa.
Informamos que a sua candidatura não foi considerada para a fase seguinte.
Neste momento optamos por não dar continuidade à sua candidatura.
Nosso cliente optou por outro profissional para a posição de {role}.
Infelizmente, desta vez não deu certo.
SUBJECT: Processo seletivo {role} - resultado: reprovado || Obrigado por participar das etapas.
O senhor não foi classificado para a etapa de entrevistas.
Após as entrevistas finais, a empresa decidiu por outro candidato.
Infelizmente não poderemos avançar com você.
Sua candidatura foi recusada para esta vaga.
Seu perfil não corresponde aos requisitos exigidos para esta posição.
Lamentamos, mas não poderemos fazer uma proposta neste momento.
Não vamos prosseguir com a sua candidatura.
A banca decidiu não aprovar a sua candidatura.
Infelizmente você não passou na etapa do teste técnico.
Agradecemos, mas optamos por um perfil mais sênior.
""",
        "rej_r4_gone": """
A vaga foi preenchida internamente.
O processo seletivo para {role} foi cancelado.
Esta vaga foi encerrada e não está mais recebendo candidaturas.
A vaga já foi preenchida.
O processo foi suspenso por tempo indeterminado e todas as candidaturas foram encerradas.
""",
        "ack_r4": """
Recebemos sua candidatura para {role}! Nosso time vai analisar e retornaremos em breve.
Confirmamos o recebimento do seu currículo. Caso seu perfil seja compatível, entraremos em contato.
Ainda estamos analisando as candidaturas e não temos uma decisão.
Sua candidatura foi encaminhada para a área responsável.
Devido ao grande volume de inscrições, o retorno pode levar algumas semanas.
""",
        "inv_r4": """
Você teria disponibilidade para uma conversa rápida por vídeo na quinta-feira?
Gostaríamos de conhecê-lo melhor. Pode escolher um horário na agenda abaixo para um bate-papo com a gestora?
A próxima etapa é uma dinâmica em grupo no nosso escritório, dia 10 às 14h. Confirme sua presença.
Que tal uma chamada com o nosso time na próxima semana? Me envie seus horários livres.
""",
        "off_r4": """
Temos o prazer de lhe oferecer a posição de {role}. Segue em anexo a proposta formal.
Parabéns! Queremos você no time. A carta-oferta com salário e benefícios está em anexo.
""",
        "oth_cold": """
Olá Alex, sou recrutadora de uma consultoria e tenho uma vaga de {role} que pode te interessar. Se não fizer sentido, é só me avisar.
Você toparia um papo rápido sobre uma oportunidade de {role}? Caso não seja o momento, sem problemas.
""",
        "oth_alert": """
Novas vagas para você: {role} em São Paulo, {role} remoto e mais 7.
""",
        "oth_newsletter": """
Nesta edição: conheça nosso programa de estágio, novos benefícios e vagas abertas.
""",
        "oth_r4": """
Você está convidado para o nosso Open Day no dia 22: palestras, networking e bate-papo com o time.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear Candidate,", "Hi {first},", "Dear Mr Rivera,"],
        "thanks": [
            "Thank you for the time and effort you put into applying to {company}.",
            "We appreciate your interest in the {role} opportunity.",
        ],
        "wish": [
            "We hope you'll consider us again in future and wish you well in your search.",
            "Best of luck with the next chapter.",
        ],
        "marketing": [
            "{company} has served customers across the North of England for over a century. "
            "Today our 3,000 colleagues look after 1.2 million accounts, and we were voted "
            "Employer of the Year by our own staff.",
        ],
        "sign": [
            "Kind regards,\nRecruitment Services\n{company}",
            "Cheers,\n{sender}",
        ],
        "footer": ["{company} plc · Registered in England · Unsubscribe"],
        "subject_app": ["Your application – {role}", "Update from {company}", "{role} (ref 4821)"],
        "subject_inv": ["Next steps with {company}", "Catching up"],
        "subject_off": ["Your offer from {company}"],
        "subject_oth": ["Opportunities you may like", "News from {company}"],
    },
    "de": {
        "greet": ["Sehr geehrte*r Alex Rivera,", "Hi {first},", "Guten Morgen Alex Rivera,"],
        "thanks": [
            "danke für Ihre Bewerbung und das Vertrauen, das Sie {company} entgegenbringen.",
            "vielen Dank, dass du dir die Zeit für deine Bewerbung bei uns genommen hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen weiterhin viel Erfolg auf Ihrem beruflichen Weg.",
            "Alles Gute für dich und bis bald vielleicht!",
        ],
        "marketing": [
            "Als regionale Bank begleitet {company} seit 1872 Menschen und Unternehmen in der "
            "Region. Unsere 900 Mitarbeitenden beraten über 300.000 Kund:innen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\nIhr Recruiting-Team\n{company}",
            "Viele Grüße\n{sender}",
        ],
        "footer": ["{company} AG · Vorstand: Dr. K. Lenz · Impressum"],
        "subject_app": ["Ihre Bewerbung als {role}", "Rückmeldung zu deiner Bewerbung"],
        "subject_inv": ["Nächster Schritt bei {company}", "Lust auf einen Austausch?"],
        "subject_off": ["Gute Nachrichten von {company}"],
        "subject_oth": ["Aktuelles aus dem Karriereportal"],
    },
    "fr": {
        "greet": ["Madame, Monsieur,", "Salut Alex,", "Bonjour Monsieur Rivera,"],
        "thanks": [
            "Nous vous remercions pour votre candidature et l'intérêt porté à {company}.",
            "Merci d'avoir pris le temps de candidater chez nous.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "On te souhaite plein de belles choses pour la suite !",
        ],
        "marketing": [
            "Premier groupe hospitalier privé de la région, {company} accueille chaque année "
            "plus de 200 000 patients grâce à ses 4 000 soignants.",
        ],
        "sign": [
            "Cordialement,\nLa Direction des Ressources Humaines\n{company}",
            "À bientôt,\n{sender}",
        ],
        "footer": ["{company} · Se désabonner · Politique de confidentialité"],
        "subject_app": ["Votre candidature chez {company}", "Poste de {role}"],
        "subject_inv": ["Prochaine étape", "Un moment pour échanger ?"],
        "subject_off": ["Bienvenue chez {company}"],
        "subject_oth": ["Les actus {company}"],
    },
    "es": {
        "greet": ["Estimado Sr. Rivera:", "¡Hola, {first}!", "Buenos días, Alex:"],
        "thanks": [
            "Gracias por tu interés en formar parte de {company}.",
            "Le agradecemos sinceramente su participación en el proceso de {role}.",
        ],
        "wish": [
            "Le deseamos mucha suerte en su búsqueda profesional.",
            "Ojalá coincidamos en el futuro. ¡Mucho ánimo!",
        ],
        "marketing": [
            "Con más de 300 tiendas en España y Portugal, {company} es líder en moda sostenible. "
            "Nuestro equipo de 6.000 personas comparte una misma pasión: el cliente.",
        ],
        "sign": [
            "Saludos cordiales,\nDepartamento de Selección\n{company}",
            "Un saludo,\n{sender}",
        ],
        "footer": ["{company} S.A. · Darse de baja · Aviso legal"],
        "subject_app": ["Tu candidatura en {company}", "Proceso {role}"],
        "subject_inv": ["Siguiente paso en {company}", "¿Charlamos?"],
        "subject_off": ["¡Buenas noticias!"],
        "subject_oth": ["Novedades de {company}"],
    },
    "pt": {
        "greet": [
            "Prezado(a) candidato(a),",
            "Olá {first}, tudo bem?",
            "Exmo. Senhor Alex Rivera,",
        ],
        "thanks": [
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Obrigado por participar do nosso processo para {role}.",
        ],
        "wish": [
            "Desejamos sucesso nos seus próximos desafios.",
            "Continue acompanhando nossas oportunidades!",
        ],
        "marketing": [
            "Com 60 agências em todo o país, a {company} é referência em crédito para pequenas "
            "empresas. São mais de 2 mil colaboradores movidos por propósito.",
        ],
        "sign": ["Atenciosamente,\nEquipe de Atração de Talentos\n{company}", "Abs,\n{sender}"],
        "footer": ["{company} S.A. · Descadastrar · Política de privacidade"],
        "subject_app": ["Atualização sobre sua candidatura", "{role} - {company}"],
        "subject_inv": ["Próximos passos - {company}", "Bora conversar?"],
        "subject_off": ["Proposta {company}"],
        "subject_oth": ["Novidades {company}"],
    },
}
