# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 6's TUNED part of the generated corpus (`generated6/`), issue 15.

Written in round 6, after round 5's held-out part (`parts_round5`) had been measured and its
misses looked at, as new examples of the *families* behind those misses, in other words than
round 5's: the choice that fell on someone else, an internal candidate or an internal solution
("la elección ha recaído en", "zugunsten einer hausinternen Besetzung", "une candidature
interne"); no fit said as the absence of a fit ("not enough overlap between", "keinen
ausreichenden Fit", "il n'y a pas suffisamment d'adéquation", "no terminamos de ver el encaje",
"falta fit"); a selection procedure ended without an appointment, annulled, or a requisition
cancelled with every application closed; public-sector ineligibility ("jugée irrecevable", "ha
resultado excluida", "nicht zugelassen", "consta como excluído"); rejections that thank for a past
meeting ("Danke für das angenehme Kennenlernen"); invitations to tests and exams and news of
the next stage ("vous êtes convoquée", "Has superado la primera fase", "Você foi aprovada para
a próxima fase"); offers made final ("your provisional offer has now been confirmed").

The hard negatives guard those rules: receipts whose rule is that silence means no ("Should
you not hear from us within 21 days…", "De no tener noticias nuestras…", "Não havendo retorno
nosso…"), receipts that say the application was submitted or registered successfully, or that
many applications came in; receipts with a deadline or a rule for everyone ("L'offre sera
clôturée…", "Unvollständige Bewerbungen werden … ausgeschlossen", "pourvu que…", "sobald das
Auswahlverfahren abgeschlossen ist"); a future "Kennenlernen"; a test promised only if the
first filter is passed; recruiters' cold mail that asks for a short call; newsletters about
rejection; a careers-fair registration confirmed; a data deletion notice; a job alert with no
match.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t6": """
After weighing both finalists, our choice fell on a colleague who already knows our billing platform inside out.
We have opted for an internal solution for this opening and moved a member of the existing team into the role.
The hiring panel went with an internal candidate whose secondment ends this month.
SUBJECT: Update on your application || The decision landed on another applicant, who brings deeper experience in clinical trials.
""",
        "rej_t6b": """
Honestly, I don't believe there's a strong enough fit between your background and what this squad needs.
We felt there was not enough overlap between your experience and the day-to-day work of the {role} role.
Thank you for speaking with us. On reflection, we see too little alignment with the technical depth this team needs.
""",
        "rej_t6c": """
The recruitment campaign for {role} was closed without an appointment after the funding decision was postponed.
Please be advised that no appointment will be made from this selection round and the post will be readvertised later in the year.
""",
        "rej_t6d": """
Your application was assessed against the minimum qualifications and you were deemed ineligible for this grade.
Following the eligibility check, your application has been found inadmissible because the required licence was not provided.
""",
        "rej_t6e": """
Thanks for the video call on Monday and for walking us through your project. We've since offered the role to someone with more on-call experience.
It was a pleasure to have a chat with you last week. Having talked it over, the team has decided not to move forward with your application.
Thank you for coming in to meet the team on Thursday. We've now filled the position internally and wanted you to hear it from us first.
Thanks for the time you put into the take-home task and the follow-up call. The team has picked another finalist for this role.
""",
        "ack_t6": """
Your application for {role} was submitted successfully on 4 June. You can track its status in your candidate account.
Thanks for applying! Should you not hear from us within 21 days, please take it that we won't be taking your application further on this occasion.
We've had hundreds of applications, so it may take a few weeks to get back to everyone. No news within six weeks means we won't be progressing your application.
Our process has three steps: a CV review, then, if you pass the screening, an online test and finally a panel interview. We'll be in touch within two weeks.
""",
        "inv_t6": """
Congratulations, you've progressed to the next stage! It is a 60-minute online coding assessment, which you can take any time this week.
You have been invited to sit the written exam on 12 July at 9:00 at our Leeds assessment centre; please bring photo ID.
""",
        "off_t6": """
Good news: your references and right-to-work check are complete, so your provisional offer has now been confirmed. We look forward to seeing you on 1 September.
""",
        "oth_t6": """
Hi Alex, I'm a talent partner at a search firm and found your profile on GitHub. Would you have 15 minutes this week to hear about a staff role at a climate start-up?
Newsletter: coping with rejection, five things hiring managers wish candidates knew, and our guide to negotiating your first salary.
No new jobs match your saved search "{role}" today. We'll keep looking for you. Manage your alerts.
""",
    },
    "de": {
        "rej_t6": """
Nach reiflicher Überlegung haben wir die Position einer internen Kandidatin übertragen.
Wir haben uns letztlich zugunsten einer hausinternen Besetzung entschieden.
Die Wahl ist am Ende auf einen Bewerber gefallen, der bereits Erfahrung mit SAP mitbringt.
Wir haben die Stelle inzwischen jemand anderem zugesagt.
""",
        "rej_t6b": """
Nach unserem Gespräch hatten wir den Eindruck, dass es fachlich nicht ganz zusammenpasst.
Ihr Profil und die Anforderungen der Stelle passen leider nicht ausreichend zusammen.
Ehrlich gesagt sehen wir derzeit keinen ausreichenden Fit zwischen deinem Profil und der Rolle.
""",
        "rej_t6c": """
Das Besetzungsverfahren für die Stelle {role} wurde ohne Auswahl einer Bewerberin oder eines Bewerbers abgeschlossen.
Die Ausschreibung mit der Kennziffer 31/2025 wurde aufgehoben; eine Stellenbesetzung erfolgt nicht.
Das Unternehmen hat die Stelle aus Budgetgründen gestrichen, es wird keine Einstellung erfolgen.
""",
        "rej_t6d": """
Sie wurden zum weiteren Auswahlverfahren leider nicht zugelassen, da der geforderte Masterabschluss fehlt.
Ihre Bewerbung musste vom Verfahren ausgeschlossen werden, weil sie nach Ablauf der Frist eingegangen ist.
""",
        "rej_t6e": """
Danke für das angenehme Kennenlernen letzte Woche. Wir haben uns inzwischen für eine Kandidatin mit mehr Führungserfahrung entschieden.
Vielen Dank, dass du dir Zeit für das Gespräch und die Fallstudie genommen hast. Leider passt es am Ende nicht zusammen.
SUBJECT: Ihre Bewerbung || Nach dem Kennenlernen am Freitag haben wir uns gegen eine Fortsetzung des Verfahrens entschieden.
""",
        "ack_t6": """
Ihre Bewerbung ist erfolgreich bei uns eingereicht worden. Die Sichtung beginnt nach Ende der Bewerbungsfrist.
Danke für deine Bewerbung! Solltest du innerhalb von vier Wochen keine Nachricht von uns erhalten, haben wir uns für andere Bewerber:innen entschieden.
Wir haben Ihre Unterlagen erhalten. Sobald das Auswahlverfahren abgeschlossen ist, erhalten Sie Nachricht von uns.
Bitte beachten Sie: Unvollständige oder verspätete Bewerbungen werden vom Verfahren ausgeschlossen. Ihre Unterlagen sind vollständig eingegangen.
""",
        "inv_t6": """
Sie haben es in die zweite Auswahlrunde geschafft! Als Nächstes folgt ein Online-Eignungstest, den Sie bis Freitag bearbeiten können.
Hiermit laden wir Sie zu unserem Assessment-Center am 9. September ab 8:30 Uhr in Erfurt ein.
Wir freuen uns auf ein erstes Kennenlernen: Passt dir Donnerstag um 11 Uhr per Video?
""",
        "off_t6": """
Der Betriebsrat hat zugestimmt – Ihre Einstellungszusage ist damit verbindlich. Den Vertrag erhalten Sie per Post.
""",
        "oth_t6": """
Hallo Alex, ich bin über dein LinkedIn-Profil gestoßen und suche für ein Software-Haus in Köln eine Teamleitung. Hättest du Lust auf ein kurzes Telefonat?
Im Karriere-Blog diesen Monat: Was tun nach einer Absage? Außerdem: So bereitest du dich auf das Gehaltsgespräch vor.
""",
    },
    "fr": {
        "rej_t6": """
Après délibération, le jury a privilégié une candidature interne pour ce poste.
Nous avons finalement proposé le poste à une personne déjà présente dans l'équipe.
La décision s'est finalement orientée vers une candidate déjà familière de nos outils.
Le poste a finalement été confié à une collaboratrice en mobilité interne.
""",
        "rej_t6b": """
À l'issue de notre échange, il n'y a pas suffisamment d'adéquation entre votre parcours et les attentes du poste.
Honnêtement, le fit n'est pas là pour cette équipe, même si ton parcours est intéressant.
SUBJECT: Votre candidature || Après étude, votre profil ne correspond pas suffisamment aux besoins actuels de l'équipe.
""",
        "rej_t6c": """
La procédure de recrutement pour le poste de {role} a été annulée ; il n'y aura pas de nomination à l'issue de ce concours.
Le concours a été clôturé sans candidat retenu. Un nouvel avis sera publié à l'automne.
Nous avons décidé de ne pas pourvoir le poste cette année ; votre candidature est donc close.
""",
        "rej_t6d": """
Votre candidature a été jugée irrecevable : le diplôme requis ne figurait pas dans votre dossier.
Nous sommes au regret de vous informer que vous ne figurez pas sur la liste des candidats admis à l'oral.
""",
        "rej_t6e": """
Merci encore pour l'échange de mardi et pour ta présentation. On a toutefois décidé de poursuivre avec une autre candidate.
Merci pour l'entretien de la semaine dernière. Après réflexion, nous ne donnerons pas suite à votre candidature.
Malheureusement, votre dossier a été écarté au stade de la présélection.
""",
        "ack_t6": """
Votre candidature a été déposée avec succès. Vous pouvez suivre son avancement depuis votre espace.
Merci pour ta candidature. Sans retour de notre part d'ici trois semaines, considère que nous n'avons pas pu la retenir.
L'offre sera clôturée le 30 juin ; nous avons bien reçu votre CV et l'étudierons ensuite.
Votre dossier est désormais complet ; il sera examiné dès la clôture des candidatures, pourvu que les pièces justificatives soient lisibles.
""",
        "inv_t6": """
Félicitations, vous passez à l'étape suivante ! Nous vous proposons un cas pratique à rendre sous une semaine.
Vous êtes convoquée à l'entretien devant le jury le 8 juillet à 14 h, salle B12.
Prochaine étape de ton parcours : un test technique en ligne d'une heure, à passer avant vendredi.
""",
        "off_t6": """
Toutes les vérifications sont terminées : votre promesse d'embauche est désormais ferme. Bienvenue parmi nous !
""",
        "oth_t6": """
Bonjour Alex, je suis consultante en recrutement IT et ton parcours m'a interpellée. Serais-tu dispo pour un échange de 10 minutes cette semaine ?
Dans la lettre carrière de ce mois : comment rebondir après un refus et préparer un entretien en anglais.
""",
    },
    "es": {
        "rej_t6": """
Tras las entrevistas finales, la elección ha recaído en una candidata que ya conoce nuestro sistema de gestión.
Finalmente hemos optado por cubrir la vacante con un profesional interno del área financiera.
La plaza se la hemos ofrecido a otra persona del equipo.
""",
        "rej_t6b": """
Hemos revisado tu perfil con calma y no vemos un encaje claro con lo que necesita el equipo ahora mismo.
Sinceramente, no terminamos de ver el encaje entre tu experiencia y el puesto.
Tras valorar su candidatura, observamos una falta de encaje con los requisitos técnicos de la posición.
Creemos que no existe la compatibilidad que buscamos entre tu perfil y este puesto.
""",
        "rej_t6c": """
El concurso para la plaza de {role} ha sido declarado desierto.
Le comunicamos que el procedimiento de selección se ha anulado y no se realizará ninguna contratación.
La requisición se ha cancelado y, por ello, hemos cerrado todas las candidaturas recibidas.
""",
        "rej_t6d": """
Según la resolución publicada, su solicitud ha resultado excluida por no aportar el certificado de idiomas.
Lamentamos informarle de que no figura en la lista de personas admitidas a la fase de entrevista.
""",
        "rej_t6e": """
Gracias por la charla del miércoles con el equipo. Al final hemos decidido seguir con otro perfil más sénior.
Muchas gracias por tu tiempo en la entrevista técnica; no obstante, no vamos a continuar contigo en el proceso.
Hemos decidido no cubrir la posición por ahora, por lo que cerramos tu candidatura.
""",
        "ack_t6": """
Tu solicitud ha sido enviada con éxito. En breve recibirás un correo con los siguientes pasos.
Gracias por postularte. De no tener noticias nuestras en un plazo de tres semanas, entiende que no has sido preseleccionado.
Hemos recibido muchas candidaturas y vamos a revisarlas todas con atención.
La convocatoria estará cerrada a partir del 15 de julio; tu candidatura se encuentra en revisión.
Si superas el primer filtro, el siguiente paso será una prueba técnica; por ahora tu candidatura está en revisión.
""",
        "inv_t6": """
¡Enhorabuena! Has superado la primera fase y te enviaremos un caso práctico para que lo resuelvas esta semana.
Como próximo paso, le proponemos realizar una prueba de nivel de inglés online antes del viernes.
""",
        "off_t6": """
Ya hemos recibido tus referencias, así que tu oferta pasa a ser definitiva. ¡Te esperamos el 1 de septiembre!
""",
        "oth_t6": """
Hola Alex, soy consultora en una empresa de selección y vi tu perfil en LinkedIn. ¿Tendrías 15 minutos para una llamada sobre una posición en Valencia?
En nuestro blog: qué hacer cuando recibes un «no», y cómo preparar una entrevista por competencias.
""",
    },
    "pt": {
        "rej_t6": """
Após as entrevistas finais, a escolha ficou com uma candidata que já atua no setor.
Decidimos aproveitar um talento interno para a posição, por isso não seguiremos com o seu processo.
A vaga foi oferecida a outra pessoa, que aceitou a proposta ontem.
""",
        "rej_t6b": """
Avaliamos com carinho, mas não vimos aderência suficiente entre a sua experiência e a vaga.
Depois da nossa conversa, percebemos que falta fit entre o seu momento e o que o time precisa.
Infelizmente não há compatibilidade entre o seu perfil e os requisitos desta posição.
""",
        "rej_t6c": """
O concurso foi anulado e não haverá lugar a recrutamento no âmbito deste aviso.
A requisição da vaga foi cancelada pela diretoria; encerramos todas as candidaturas em andamento.
O processo seletivo foi encerrado sem contratação. Agradecemos a participação.
Neste ciclo não vamos preencher a vaga, por isso o seu processo foi finalizado.
""",
        "rej_t6d": """
Informamos que a sua candidatura foi excluída por não apresentar a documentação exigida no edital.
V. Exa. consta como excluído da lista de candidatos admitidos ao procedimento.
""",
        "rej_t6e": """
Obrigado pelo bate-papo de terça com o time. Optamos por seguir com outro perfil, mais focado em dados.
Foi ótimo te conhecer na entrevista, mas não vamos avançar com a sua candidatura.
""",
        "ack_t6": """
Sua candidatura foi enviada com sucesso! Acompanhe as próximas etapas pela plataforma.
Obrigado pelo interesse. Não havendo retorno nosso em 20 dias, considere que o seu perfil não avançou desta vez.
Recebemos dezenas de currículos e vamos analisar cada um com atenção.
A vaga será encerrada no dia 30; até lá, sua inscrição segue em análise.
Sua inscrição no processo de estágio foi confirmada. Fique atento ao seu e-mail.
""",
        "inv_t6": """
Você foi aprovada para a próxima fase! Enviaremos hoje um desafio técnico com prazo de cinco dias.
Próxima etapa: dinâmica de grupo online na quinta-feira, às 14h. O link segue abaixo.
""",
        "off_t6": """
Documentação validada! Sua proposta agora é definitiva e o seu primeiro dia será 1º de agosto.
""",
        "oth_t6": """
Oi Alex! Sou recrutadora em uma consultoria de talentos e encontrei seu perfil no LinkedIn. Teria 15 minutos para conversarmos sobre uma vaga em Curitiba?
Sua inscrição para a nossa Feira de Carreiras foi confirmada! Até lá.
Conforme solicitado, os dados da sua candidatura foram excluídos da nossa base.
""",
    },
}

WRAP = parts_tuned5.WRAP
