# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for ROUND 1's held-out part of the generated corpus (`round1/`): looked at in
round 1, so tuned on since round 2 (the held-out part is now `parts_heldout.py`).

Written before round 1's tuning; its clean figure is in the README. Phrasings and wrappers
here are deliberately different from the tuned ones. Same layout as `parts_tuned`.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_other_words": """
We've reviewed your materials and have decided your application won't advance at this point.
Following the panel's review, we are unable to consider your candidacy any further.
Another applicant has been chosen for the {role} opening.
We ultimately went with a candidate whose skill set is a tighter match for what the team needs right now.
On reflection, we don't believe this is a mutual fit.
It hasn't worked out on this occasion, but please don't let that stop you from applying again.
With regret, we won't be processing your application any further.
We have decided to decline your application for this vacancy.
The committee has not selected you to continue in the process.
After comparing all finalists, the team has selected someone with deeper experience in data governance.
Your application for {role} will not be moving on to interviews.
Our decision is not to proceed with your candidacy.
You have not been chosen for the next phase of the selection process.
We are going to hire a different person for this role.
The panel felt other applicants had stronger experience for this particular role, so we'll close your application.
""",
        "rej_softener": """
Unfortunately, we won't be progressing your application.
Unfortunately the decision has gone another way this time.
Regretfully, we have decided not to move your application along.
Sadly, you were not successful in this recruitment round.
Unfortunately we've chosen not to proceed to interview.
I'm afraid we won't be able to take your application any further on this occasion.
Unfortunately the hiring team decided to go with another candidate.
""",
        "rej_job_gone": """
The role you applied for has since been filled.
We've decided to fill this position with an internal transfer.
The {role} opening has been cancelled and we are closing all applications for it.
Due to a hiring freeze, the position has been put on hold and your application will not proceed.
This vacancy is no longer open.
The team was unable to fill the role and the requisition has been closed.
You were not among the candidates referred to the hiring manager for this announcement.
You are ineligible for this position because your application did not show the required specialized experience.
This announcement has been cancelled and no selection will be made.
""",
        "rej_offer_naive": """
We won't be extending you an offer for the {role} role.
The position was offered to another finalist, who has accepted it.
We have decided not to make an offer after the final interviews.
An offer has gone to a candidate with more direct experience.
""",
        "rej_stock": """
We have decided to proceed with other applicants at this time.
After careful review we will not be moving forward with your candidacy.
""",
        "ack_received": """
Your application for {role} has reached us and is now with the hiring team.
We confirm receipt of your application. Someone from our recruiting team will look at it soon.
Your application is in! We'll reach out if your experience fits the role.
""",
        "ack_volume": """
Unfortunately, we get a very large number of applications for each opening and cannot reply to all of them personally. Our team will still review yours carefully.
Because of the number of applicants, our review may take a little longer than usual. We will be in touch either way.
We receive many applications, so please allow up to four weeks for us to review your profile.
""",
        "ack_reviewing": """
We're still reviewing applications for this role and will let you know once we have an update.
No decision has been made yet; the team is still considering all candidates.
Just a quick note that we are still working through applications. Thank you for your patience.
""",
        "inv_no_word": """
Would you have 20 minutes for a call with me on Tuesday or Wednesday?
I'd like to set up an initial chat with our head of product. Do any of these work: Mon 9:30, Tue 13:00, Thu 17:00?
Could you hop on a video call with the team next week? These slots are open: 4 June 10:00, 5 June 14:00, 6 June 11:00.
We'd love to get to know you better. When would suit you for a short phone conversation?
""",
        "inv_next_steps": """
As a next step we'd like to arrange a technical interview with two of our engineers. Please book a slot with the link below.
We'd like to move you forward to a conversation with our hiring manager. What is your availability next week?
""",
        "off_offer": """
I'm delighted to share that we'd like to offer you the {role} role! The written offer will follow today.
Congratulations, the team would love for you to join {company}. Please find your offer letter attached.
""",
        "oth_cold": """
I found your profile while searching for analytics leaders and wanted to reach out about a Head of Data role. Apologies if this role is not a fit for you.
I'm reaching out on behalf of a client in Munich. Sorry if this is not of interest; if you know someone who might be, I'd appreciate an introduction.
""",
        "oth_alert": """
New jobs for you: Product Analyst at Larkspur, Data Scientist at Ferrovia. Apply now. You are receiving this job alert because you subscribed. Unsubscribe.
""",
        "oth_newsletter": """
This month at {company}: a new product launch, a look inside our Lisbon office and 12 open roles. View in browser. Unsubscribe.
""",
        "oth_misc": """
Join us for our online information evening about graduate roles. Register now, places are limited.
Please rate your candidate experience with {company} in this short survey.
""",
    },
    "de": {
        "rej_other_words": """
Nach eingehender Prüfung haben wir uns entschieden, mit anderen Bewerber:innen weiterzumachen.
Wir müssen dir leider mitteilen, dass wir deine Bewerbung nicht weiter berücksichtigen können.
Wir haben uns für eine:n Kandidat:in entschieden, die oder der das Anforderungsprofil noch besser erfüllt.
Leider können wir Ihnen keine positive Rückmeldung geben.
Dieses Mal hat es leider nicht gepasst, wir wünschen dir aber viel Erfolg.
Leider haben Sie es nicht in die engere Auswahl geschafft.
Wir haben uns für andere Kandidat*innen entschieden.
Ihre Bewerbung wird im weiteren Verfahren leider nicht mehr berücksichtigt.
Wir haben uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.
Leider müssen wir Ihnen mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.
Nach reiflicher Überlegung sind wir zu dem Ergebnis gekommen, dass ein anderes Profil besser zu uns passt.
Wir haben uns leider gegen eine weitere Zusammenarbeit entschieden.
""",
        "rej_job_gone": """
Die Position konnte zwischenzeitlich besetzt werden.
Die Stelle wurde mittlerweile intern vergeben.
Die Stelle wird aus internen Gründen vorerst nicht besetzt.
""",
        "ack_received": """
Deine Bewerbung ist gut bei uns angekommen. Wir melden uns so schnell wie möglich.
Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir werden Ihre Unterlagen prüfen.
""",
        "ack_volume": """
Da wir sehr viele Bewerbungen erhalten, kann es leider etwas dauern, bis wir uns melden.
""",
        "ack_reviewing": """
Wir sichten derzeit noch alle Bewerbungen und melden uns, sobald wir eine Entscheidung getroffen haben.
""",
        "inv_no_word": """
Wir würden dich gerne kennenlernen! Hättest du am Mittwoch um 14 Uhr Zeit für einen Videocall?
Gerne würden wir einen ersten Austausch mit Ihnen vereinbaren. Folgende Termine hätten wir frei: Mo 9 Uhr, Do 15 Uhr.
""",
        "inv_next_steps": """
Wir möchten Sie gerne zu einem Interview mit unserer Bereichsleitung einladen.
""",
        "off_offer": """
Wir freuen uns sehr, dir die Position als {role} anzubieten! Den Vertrag schicken wir dir diese Woche.
""",
        "oth_cold": """
ich bin Personalberater und auf Ihr Profil aufmerksam geworden. Falls die Position nicht passt, entschuldigen Sie bitte die Störung.
""",
        "oth_newsletter": """
Neuigkeiten aus dem {company}-Team: unser Sommerfest, neue Kolleg*innen und offene Stellen. Newsletter abbestellen.
""",
    },
    "fr": {
        "rej_other_words": """
Nous sommes au regret de ne pas pouvoir retenir votre candidature.
Nous avons fait le choix d'un autre profil pour ce poste.
Nous n'allons malheureusement pas poursuivre avec votre candidature.
Après examen, votre candidature n'a pas été retenue pour la suite du processus.
Nous ne pouvons malheureusement pas vous proposer d'entretien.
Votre candidature ne correspond pas à nos besoins actuels.
Nous avons décidé de ne pas donner suite à votre candidature.
Nous avons préféré retenir des candidats dont l'expérience correspond davantage au poste.
""",
        "rej_job_gone": """
Le poste est désormais pourvu.
Nous avons pourvu ce poste en interne.
Ce recrutement a été suspendu.
""",
        "ack_received": """
Votre candidature nous est bien parvenue. Nous l'examinerons dans les meilleurs délais.
""",
        "ack_volume": """
Nous recevons un grand nombre de candidatures ; nous reviendrons vers vous dès que possible.
""",
        "ack_reviewing": """
Nous étudions encore l'ensemble des candidatures et reviendrons vers vous prochainement.
""",
        "inv_no_word": """
Seriez-vous disponible pour un appel vidéo mardi ou mercredi ? Voici mes créneaux : mardi 11h, mercredi 16h.
""",
        "inv_next_steps": """
Nous aimerions organiser un entretien avec vous la semaine prochaine.
""",
        "off_offer": """
Nous sommes heureux de vous proposer le poste de {role}. Votre contrat suivra.
""",
    },
    "es": {
        "rej_other_words": """
Hemos decidido seguir adelante con otro candidato.
Lamentablemente, tu perfil no ha sido seleccionado.
No continuaremos con tu candidatura en este proceso.
Tras valorar todas las candidaturas, hemos optado por un perfil con más experiencia.
Lamentamos comunicarte que no vamos a seguir adelante con tu candidatura.
Hemos decidido no avanzar con tu proceso.
Tu candidatura ha sido descartada.
""",
        "rej_job_gone": """
La posición ya ha sido cubierta.
Hemos cerrado esta vacante.
La búsqueda para este puesto se ha cancelado.
""",
        "ack_received": """
Tu candidatura se ha recibido correctamente. Nuestro equipo la revisará pronto.
""",
        "ack_volume": """
Estamos recibiendo muchas candidaturas, por lo que la respuesta puede demorar.
""",
        "ack_reviewing": """
Todavía estamos revisando las candidaturas. Te escribiremos cuando tengamos novedades.
""",
        "inv_no_word": """
¿Te vendría bien una videollamada el jueves? Tengo hueco a las 10:00 o a las 17:00.
""",
        "inv_next_steps": """
Nos gustaría invitarte a una entrevista con el equipo técnico.
""",
        "off_offer": """
Nos alegra ofrecerte el puesto de {role}. Te enviamos la oferta formal hoy.
""",
    },
    "pt": {
        "rej_other_words": """
Decidimos dar sequência ao processo com outros candidatos.
Infelizmente, seu perfil não foi selecionado para esta vaga.
Não seguiremos com a sua candidatura neste momento.
Optamos por outro candidato com mais experiência na área.
Informamos que você não foi aprovado nesta etapa do processo.
Não vamos avançar com o seu processo.
Sua candidatura não foi aprovada.
""",
        "rej_job_gone": """
A vaga foi preenchida.
Esta vaga foi encerrada.
O processo para esta posição foi suspenso.
""",
        "ack_received": """
Sua candidatura foi recebida com sucesso. Nossa equipe irá analisá-la em breve.
""",
        "ack_volume": """
Recebemos muitas candidaturas, por isso a análise pode demorar um pouco.
""",
        "ack_reviewing": """
Ainda estamos analisando os currículos e daremos retorno assim que possível.
""",
        "inv_no_word": """
Podemos marcar uma videochamada na quinta? Tenho horários às 10h ou às 16h.
""",
        "inv_next_steps": """
Gostaríamos de convidá-lo para uma entrevista com o gestor da área.
""",
        "off_offer": """
Temos a alegria de lhe oferecer a posição de {role}. A proposta formal segue anexa.
""",
    },
    "nl": {
        "rej_other_words": """
Helaas moeten wij je laten weten dat we je sollicitatie niet verder in behandeling nemen.
We hebben de voorkeur gegeven aan een andere kandidaat.
""",
        "ack_received": """
Bedankt voor je sollicitatie, we hebben deze goed ontvangen.
""",
    },
    "it": {
        "rej_other_words": """
Purtroppo la tua candidatura non è stata accolta.
Abbiamo scelto un altro candidato per questa posizione.
""",
        "ack_received": """
Grazie, abbiamo ricevuto la tua candidatura.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hey {first},", "Good afternoon {first},", "{first},"],
        "thanks": [
            "Thanks so much for your application and for the time you spent with our team.",
            "We really appreciated getting to know you during the {role} process.",
        ],
        "wish": [
            "We'd be glad to see your name in our inbox again, and wish you every success.",
            "All the best for what comes next.",
        ],
        "marketing": [
            "At {company}, we're on a mission to make freight emissions visible. Since our "
            "Series B we've tripled the team, launched in five countries and partnered with "
            "the largest carriers in Europe.",
        ],
        "sign": ["Warmly,\n{sender}\nPeople Team, {company}", "Thanks,\n{sender}"],
        "footer": ["{company} Inc. · 12 Harbour Street · Manage notification settings"],
        "subject_app": [
            "An update on your {company} application",
            "Re: {role}",
            "{role} at {company}",
        ],
        "subject_inv": ["Quick chat?", "{company}: next step"],
        "subject_off": ["Welcome to {company}!"],
        "subject_oth": ["Hello from {company}", "Job alert"],
    },
    "de": {
        "greet": ["Liebe:r {first},", "Hallo {first} Rivera,"],
        "thanks": [
            "herzlichen Dank für Ihr Interesse an {company} und Ihre Bewerbung.",
            "danke, dass du dich bei uns beworben hast.",
        ],
        "wish": [
            "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.",
            "Alles Gute für deine Zukunft!",
        ],
        "marketing": [
            "Als familiengeführtes Unternehmen mit 120 Jahren Tradition verbindet {company} "
            "Handwerk und Digitalisierung an zwölf Standorten in Deutschland.",
        ],
        "sign": ["Beste Grüße\n{sender}\nTalent Team {company}"],
        "footer": ["Abmelden | Datenschutz"],
        "subject_app": ["Rückmeldung zu Ihrer Bewerbung", "Deine Bewerbung bei {company}"],
        "subject_inv": ["Kennenlernen?", "Nächster Schritt"],
        "subject_off": ["Willkommen an Bord!"],
        "subject_oth": ["Neuigkeiten von {company}"],
    },
    "fr": {
        "greet": ["Chère Alex,", "Bonjour,"],
        "thanks": ["Merci pour votre candidature et pour le temps accordé à nos équipes."],
        "wish": ["Nous vous souhaitons le meilleur pour la suite de votre parcours."],
        "marketing": [
            "Pionnière de la mobilité douce, {company} équipe aujourd'hui plus de 300 villes "
            "en Europe et emploie 450 personnes.",
        ],
        "sign": ["Bien à vous,\n{sender}\n{company}"],
        "footer": ["Gérer mes préférences"],
        "subject_app": ["Suite à votre candidature", "{role} - {company}"],
        "subject_inv": ["Échange ?"],
        "subject_off": ["Proposition"],
        "subject_oth": ["Nouvelles"],
    },
    "es": {
        "greet": ["Buenas tardes, {first}:", "Hola, {first}:"],
        "thanks": ["Gracias por participar en nuestro proceso de selección."],
        "wish": ["Mucha suerte en tus próximos pasos."],
        "marketing": [
            "{company} nació en Valencia en 2012 y hoy da servicio a más de 5.000 restaurantes "
            "en España y Portugal.",
        ],
        "sign": ["Un saludo,\n{sender}\n{company}"],
        "footer": ["Gestionar preferencias"],
        "subject_app": ["Actualización de tu candidatura", "{role} - {company}"],
        "subject_inv": ["¿Hablamos?"],
        "subject_off": ["Oferta"],
        "subject_oth": ["Noticias"],
    },
    "pt": {
        "greet": ["Oi {first}, tudo bem?", "Olá, {first}."],
        "thanks": ["Obrigado por participar do nosso processo seletivo."],
        "wish": ["Desejamos muito sucesso!"],
        "marketing": [
            "Fundada em Belo Horizonte, a {company} conecta 40 mil produtores rurais a "
            "compradores em todo o país.",
        ],
        "sign": ["Abraços,\n{sender}\n{company}"],
        "footer": ["Descadastrar"],
        "subject_app": ["Retorno sobre sua candidatura", "{role} - {company}"],
        "subject_inv": ["Vamos conversar?"],
        "subject_off": ["Proposta"],
        "subject_oth": ["Novidades"],
    },
    "nl": {
        "greet": ["Hoi {first},"],
        "thanks": ["Dank voor je interesse in {company}."],
        "wish": ["Veel succes!"],
        "marketing": ["{company} bouwt sinds 2012 aan duurzame energieoplossingen."],
        "sign": ["Groet,\n{sender}"],
        "footer": ["Afmelden"],
        "subject_app": ["Update over je sollicitatie"],
        "subject_inv": ["Kennismaken?"],
        "subject_off": ["Aanbod"],
        "subject_oth": ["Nieuws"],
    },
    "it": {
        "greet": ["Gentile {first},"],
        "thanks": ["Ti ringraziamo per l'interesse dimostrato verso {company}."],
        "wish": ["In bocca al lupo per il futuro."],
        "marketing": ["{company} è leader nella logistica del freddo dal 1985."],
        "sign": ["Un saluto,\n{sender}"],
        "footer": ["Disiscriviti"],
        "subject_app": ["Aggiornamento sulla tua candidatura"],
        "subject_inv": ["Colloquio conoscitivo"],
        "subject_off": ["Offerta"],
        "subject_oth": ["Novità"],
    },
}


# Batch 2, written after the first held-out measurement and before the second round of
# tuning; same rule: never tuned on.
CORE_B: dict[str, dict[str, str]] = {
    "en": {
        "rej_b": """
Thank you for your patience during our process. At this stage we have decided not to move ahead with your application.
I wanted to reach out personally: the team has made a decision and we will be moving ahead with a candidate who has more experience leading distributed teams.
We've carefully considered your application and regret to tell you that we cannot offer you an interview on this occasion.
Having reviewed a strong field of applicants, we will not be inviting you to interview for the {role} position.
Following your assessment, we have decided that we will not be taking your application to the next round.
This email is to let you know that your application for {role} has not been successful.
We're writing to let you know the {role} position is no longer being recruited for.
The business has decided not to go ahead with this hire, so the vacancy is now closed.
The hiring manager has selected another candidate for this requisition and the position is now closed.
At this time, we have decided to focus on candidates whose experience more closely matches our requirements.
Thanks for interviewing with us. Unfortunately it's a no from the team this time.
We have identified a candidate who is a better match for this role.
Although your background is impressive, we feel other candidates are a better fit for this role.
Please accept this email as notice that you were not selected for the position.
""",
        "ack_b": """
Thank you! Your application for {role} was submitted. You can check the status any time in your candidate portal.
Hi Alex, thanks for throwing your hat in the ring. We read every application and will get back to you within two weeks.
This is an automated confirmation: we have your application and a recruiter will review it.
We wanted to give you a quick update: your application is still under consideration and we hope to have news soon.
Unfortunately our hiring process is taking longer than expected. Your application remains active and we will update you shortly.
We are currently receiving a very high number of applications. Please bear with us while we review them.
""",
        "inv_b": """
Great news! The team would like to speak with you. Please choose a time that works for you using this link.
I'm the recruiter for the {role} role and would like to have a 30-minute phone screen with you. Would Tuesday or Wednesday afternoon work?
The hiring manager would love to meet you. Could you let me know a couple of times that suit you next week?
We'd like to schedule your onsite. Please reply with your availability for the week of 16 June.
""",
        "oth_b": """
Hi Alex, I lead talent at a Series A climate startup and your background caught my eye. Not sure if you're looking, but if this isn't a fit, no hard feelings!
Your weekly job digest: 12 new roles in product management. Unfortunately, some listings have closed since last week. Manage alerts.
Reminder: your application for {role} is incomplete. Complete your application to be considered.
Thanks for your referral! Your friend will receive an invite to apply.
""",
        "off_b": """
On behalf of the whole team, I'm happy to confirm our offer for the {role} position. The details are in the attached letter.
""",
    },
    "de": {
        "rej_b": """
Nach sorgfältiger Abwägung haben wir uns für einen anderen Bewerber entschieden.
Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte.
Leider passt dein Profil aktuell nicht zu den Anforderungen dieser Stelle.
Wir haben uns entschieden, die Position mit einer internen Kandidatin zu besetzen.
Leider müssen wir dir eine Absage geben.
Die Entscheidung ist auf eine:n andere:n Bewerber:in gefallen.
""",
        "ack_b": """
Vielen Dank für deine Bewerbung! Wir haben sie erhalten und melden uns innerhalb von zwei Wochen bei dir.
Wir haben Ihre Bewerbungsunterlagen erhalten und prüfen diese derzeit.
Aktuell sind wir noch in der Auswahlphase und bitten Sie um etwas Geduld.
""",
        "inv_b": """
Wir würden Sie gerne persönlich kennenlernen. Bitte teilen Sie uns mit, wann Sie Zeit haben.
Hast du Lust auf ein erstes Telefonat? Such dir gern einen Termin über den Link aus.
""",
        "oth_b": """
ich bin Recruiterin bei einer Personalberatung und habe eine spannende Position für dich. Falls das nicht passt, gib mir einfach kurz Bescheid.
""",
    },
    "fr": {
        "rej_b": """
Malgré la qualité de votre parcours, nous ne retiendrons pas votre candidature.
Nous avons choisi de poursuivre avec une autre candidate.
Après réflexion, nous ne souhaitons pas donner suite à votre candidature.
Votre profil n'a pas été retenu pour ce poste.
""",
        "ack_b": """
Merci pour votre candidature ! Elle a bien été transmise à l'équipe recrutement.
Nous avons bien reçu votre dossier et reviendrons vers vous d'ici deux semaines.
""",
        "inv_b": """
Nous aimerions échanger avec vous lors d'un appel de 30 minutes. Quelles sont vos disponibilités ?
""",
    },
    "es": {
        "rej_b": """
Te informamos que tu candidatura no continuará en el proceso.
Hemos decidido continuar el proceso con candidatos cuyo perfil se ajusta más a lo que buscamos.
Sentimos comunicarte que no has sido seleccionado para la posición.
La posición ya ha sido ocupada por otro candidato.
""",
        "ack_b": """
¡Gracias por postularte! Tu candidatura ha sido registrada correctamente.
Estamos revisando tu candidatura y te contactaremos en los próximos días.
""",
        "inv_b": """
Nos encantaría conocerte. ¿Podemos tener una llamada de 20 minutos esta semana?
""",
    },
    "pt": {
        "rej_b": """
Agradecemos sua participação, mas seguiremos com outro perfil.
Infelizmente não foi desta vez.
Comunicamos que sua candidatura não avançou para a próxima fase.
A posição já foi preenchida internamente.
""",
        "ack_b": """
Obrigado por se candidatar! Sua candidatura foi registrada e será analisada pela nossa equipe.
Estamos analisando seu perfil e daremos um retorno em breve.
""",
        "inv_b": """
Gostaríamos de conversar com você. Qual o melhor horário para uma ligação nesta semana?
""",
    },
}
for _lang, _families in CORE_B.items():
    CORE.setdefault(_lang, {}).update(_families)


# Batch 3, written after the second held-out measurement and before the last round of
# tuning; same rule: never tuned on.
CORE_C: dict[str, dict[str, str]] = {
    "en": {
        "rej_c": """
I'm sorry to share that we won't be moving you forward to the onsite.
After reviewing everyone who applied, we've chosen applicants with more B2B experience.
We have decided to offer the position to another person.
We appreciate your interest; however, we have determined that your qualifications do not match our needs.
The team will not be advancing any further candidates for this opening.
While we enjoyed our conversations, the team decided you're not the right fit for this role.
Your application for {role} was unsuccessful.
We have hired for this position and it is no longer open.
""",
        "ack_c": """
We have received your job application for {role}. Our recruiters will review it carefully.
Thanks for your application! We'll review it and reach out if your experience matches the role.
Hi Alex, just confirming we got your CV. We'll be in touch once we've had a chance to review it.
""",
        "inv_c": """
I'd love to schedule some time to speak with you about the {role} position. Are you free Friday morning?
Would you be available for a 45-minute video interview with our team lead next week?
""",
        "oth_c": """
Hey Alex! I'm recruiting for a fintech in Berlin and thought of you. Sorry if the timing is not right.
Daily job alert: 5 new roles match your search. Unsubscribe from these alerts.
""",
    },
    "de": {
        "rej_c": """
Leider können wir Ihnen für diese Position keine Zusage machen.
Wir haben uns dazu entschieden, die Stelle mit einer anderen Person zu besetzen.
Deine Bewerbung konnte leider nicht berücksichtigt werden.
Wir haben uns nach reiflicher Überlegung für andere Bewerber:innen entschieden.
""",
        "ack_c": """
Wir bestätigen den Eingang deiner Bewerbung und melden uns bald bei dir.
Ihre Unterlagen sind vollständig bei uns angekommen.
""",
        "inv_c": """
Wir möchten dich gerne zu einem Kennenlerngespräch einladen. Wann passt es dir?
""",
    },
    "fr": {
        "rej_c": """
Nous ne pouvons malheureusement pas retenir votre candidature pour ce poste.
Nous avons décidé de poursuivre le processus avec d'autres candidats.
Le poste a finalement été pourvu en interne.
""",
        "ack_c": """
Nous accusons réception de votre candidature. Elle sera examinée avec attention.
""",
        "inv_c": """
Nous souhaiterions vous proposer un entretien. Quelles sont vos disponibilités la semaine prochaine ?
""",
    },
    "es": {
        "rej_c": """
Lamentamos informarte que no has sido seleccionado para continuar.
Hemos decidido avanzar con otros perfiles.
Tu candidatura no ha sido seleccionada en esta ocasión.
""",
        "ack_c": """
Hemos recibido tu solicitud. Nuestro equipo la revisará y te contactará si encaja.
""",
        "inv_c": """
¿Tendrías disponibilidad para una entrevista por videollamada el lunes o el martes?
""",
    },
    "pt": {
        "rej_c": """
Infelizmente, optamos por seguir com outros candidatos neste momento.
Sua candidatura não avançará para a próxima etapa.
A vaga foi fechada e não daremos continuidade ao processo.
""",
        "ack_c": """
Recebemos seu currículo! Nosso time vai analisar e retornaremos em breve.
""",
        "inv_c": """
Você teria disponibilidade para uma entrevista na próxima semana?
""",
    },
}
for _lang, _families in CORE_C.items():
    CORE.setdefault(_lang, {}).update(_families)
