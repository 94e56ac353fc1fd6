# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 4's TUNED part of the generated corpus (`generated4/`), issue 15.

Written in round 4 after `parts_round4` was sealed, for the families that had few examples:
idioms of someone else winning, German gender-inclusive spellings of every kind, a decision
"not in your favour", a process stopped, a job filled internally or no longer available,
"it did not work out" in five languages, offers that say "we want you" without the word
offer, invitations that only ask to pick a time, receipts that say where the application now
sits, recruiters' and event mail that asks for a chat. Measured once as written (before the
rules were changed for it), then tuned on.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "ack_t4i": """
Just letting you know we've got your CV and it's in the queue for review.
Your application is being processed. You'll hear from us once the review is complete.
""",
        "inv_t4i": """
Let's find a time to talk through the role. I've shared my calendar below, grab any 30 minutes that suit.
We'd like you to meet a few of the team in person. Can you come to our office on the 9th at 11am?
""",
        "rej_t4h": """
I'm sorry to say we won't be moving you on to the panel stage.
The hiring team felt your experience sits a little outside what this role needs right now.
We have now offered the role to the preferred candidate.
Your application has been closed as the vacancy has now been appointed to.
After reviewing your assessment, we have decided not to progress you any further.
Thanks for your interest; we'll be pursuing applicants whose experience is closer to the brief.
""",
        "rej_t4g": """
Thank you for taking the time to interview with us last week. The panel met on Friday to review all candidates against the person specification. While you interviewed well, on balance the panel agreed that another candidate's experience of regulated environments better met the needs of the post. We will retain your details and may contact you should a suitable vacancy arise. If you would like feedback, please reply to this email and we'll arrange a short call.
Our recruitment process has several stages, and we review each application against the role profile. Having done so, we've concluded that your experience doesn't quite align with what this team requires, so we won't be inviting you to interview. We appreciate this is disappointing news.
""",
        "inv_t4g": """
Thanks for your application. We were impressed by your background and would like to take things further: the next stage is a 40-minute video conversation with two members of the team. Please use the link below to choose a time that suits you. Unfortunately we can't offer evening slots.
""",
        "ack_t4f": """
Not every application can be taken forward, but we promise to read yours carefully and let you know either way.
We haven't made any decisions yet and will not be moving to interviews until all applications are in.
""",
        "oth_t4f": """
Hi Alex, I know you're probably not looking, and apologies if this isn't the right time, but a client of mine is hiring a {role}.
Our careers digest: why we rejected the four-day week, and three roles we're hiring for now.
Your saved search: 4 new {role} jobs. One job you viewed is no longer available.
""",
        "rej_t4e": """
Unfortunately, our shortlist for this role is now full.
We are unable to make you an offer of employment at this time.
You were not placed on the list of eligible candidates for this vacancy.
Unfortunately you did not achieve the score required to progress to the interview stage.
""",
        "inv_t4e": """
Would you be interested in coming in to meet the team next Thursday afternoon?
Unfortunately our interviewer is unwell today, so we need to rearrange. Could you do Monday at 2pm instead?
""",
        "oth_t4e": """
Some of the jobs in this alert are no longer accepting applications. Here are fresh ones for you.
""",
        "ack_t4e": """
We regret the delay in getting back to you: no decision has been made on your application yet.
""",
        "rej_t4d": """
We won't be taking your application forward.
The role has gone to someone else, I'm sorry to say.
You didn't make it through to the next round this time.
The position was offered to and accepted by another applicant.
We have decided against progressing your application.
Your application was unsuccessful at the sift stage.
We've decided to hold off on hiring for this role until next year, so we're closing the process.
The team has chosen not to proceed with you.
We've been unable to find a match for you in this campaign.
""",
        "inv_t4d": """
We can't do Tuesday after all. Could we move our call to Wednesday at 3pm instead?
""",
        "oth_t4d": """
We can't proceed with your application until you complete the equal opportunities form.
This week's read: the five reasons candidates get rejected, and how to avoid them.
""",
        "rej_t4c": """
Thank you for attending the assessment day. On this occasion, I'm afraid you have not been successful.
We've now had the chance to review your application in full, and regret to say that it won't be going any further.
Regrettably we're unable to progress your candidacy beyond this stage.
After much deliberation, the team has decided to offer the role to a candidate with more leadership experience.
The recruitment panel has now concluded its process and you were not among the applicants selected for appointment.
Hi Alex, I'll be straight with you: the team didn't feel it was the right match. Thanks for your time and good luck.
""",
        "ack_t4c": """
We will unfortunately not be able to reply to every applicant personally, but every application is read.
Unfortunately we can't give an update yet as interviews are still ongoing.
Thanks for applying! Unfortunately our team is small, so it may take us a little longer than usual to get back to you.
""",
        "rej_t4b": """
Thank you for your patience. Unfortunately, on this occasion your application has not progressed.
Candidate status update: Declined - position requirements not met.
We have carefully considered your application and regret that we will not be inviting you to the assessment centre.
Our organisation is committed to patient care and to developing our people. Following shortlisting, I'm sorry to say your application was not taken further.
SUBJECT: Regarding your application - not progressed || Thank you for applying. We appreciate the time you spent.
Hi Alex - quick note: we went another way on the {role} hire. Thanks for the conversations.
Your application did not meet the minimum qualification requirements for this announcement.
We regret that the position you applied for will not be filled at this time.
""",
        "oth_t4b": """
Unfortunately, the job you viewed yesterday has expired. Here are 10 similar roles you might like.
In this issue: how to handle rejection, how to write a cover letter, and our top employers of the month.
Hi Alex, apologies if this is not a fit for you, but I'm hiring for a {role} at a client in Leeds. Let me know if you'd like details.
""",
        "ack_t4b": """
Unfortunately we are experiencing delays in reviewing applications; we appreciate your patience and will update you soon.
We are still reviewing applications and will contact shortlisted applicants in due course.
""",
        "rej_t4": """
It was very close between you and one other finalist, and in the end they just pipped you to it.
Another applicant narrowly edged you out at the final stage.
We felt other candidates more closely matched the brief for this role.
Several applicants were a closer match to what the team needs right now.
Your application has not been shortlisted on this occasion.
You have not been shortlisted for the next stage of this recruitment.
The hiring manager has decided to fill this role internally.
We will be filling the vacancy through an internal move.
This role is no longer available, and we have closed all applications.
The outcome of the panel's review is that we cannot offer you a place in the next round.
Sadly it's not going to work out with us for this role.
We've made the call to go with a candidate who has more domain experience.
""",
        "ack_t4": """
Your application is now with the hiring team, who will review it next week.
We're still working through a large number of applications and haven't made any decisions yet.
Your CV has been passed on to the hiring manager for review.
""",
        "inv_t4": """
Could we grab 20 minutes on a video call this week? Just reply with a time that works for you.
The next step would be a conversation with our CTO. Please pick a time that suits you from the calendar link.
""",
        "off_t4": """
We'd love for you to join us as {role}! Your contract and start date details are attached.
""",
        "oth_cold": """
Hi Alex, I'm a recruiter at a search firm. Would you be open to a quick chat about a {role} position with one of my clients? If not, no problem at all.
Hey Alex, are you free for a brief call to hear about an exciting {role} opening at a client of mine? Totally fine if the timing isn't right.
""",
        "oth_event": """
You're invited to our graduate open day on 3 April: meet our teams and hear about our programmes. Save your place now.
""",
    },
    "de": {
        "ack_t4i": """
Ihre Bewerbung befindet sich aktuell in Bearbeitung.
wir haben deine Unterlagen bekommen und schauen sie uns in den nächsten Tagen an.
""",
        "inv_t4i": """
lass uns doch mal telefonieren! Schick mir gern zwei, drei Zeiten, die dir passen.
""",
        "rej_t4h": """
wir haben uns dazu entschlossen, Ihnen eine Absage zu erteilen.
Ihre Qualifikationen decken sich leider nicht mit dem Profil der Stelle.
wir haben die Stelle mit einer Person besetzt, die mehr Branchenerfahrung hat.
leider müssen wir dir mitteilen, dass wir dich nicht weiter im Prozess berücksichtigen.
für dieses Mal hat es leider nicht sollen sein.
unsere Entscheidung ist auf eine Mitbewerberin gefallen.
""",
        "rej_t4g": """
wir bedanken uns für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben. Nach sorgfältiger Abwägung aller Eindrücke haben wir uns für eine Kandidatin entschieden, deren Erfahrung im Projektgeschäft noch etwas besser zu den Anforderungen passt. Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf und melden uns, falls sich eine passende Gelegenheit ergibt.
""",
        "inv_t4g": """
vielen Dank für Ihre Bewerbung, die uns sehr gut gefallen hat. Gerne möchten wir Sie im nächsten Schritt zu einem Videointerview mit der Fachabteilung einladen. Leider sind wir in der Woche vom 12. nicht verfügbar; schlagen Sie uns gern zwei Termine in der Folgewoche vor.
""",
        "ack_t4f": """
wir haben noch keine Entscheidung getroffen und werden erst nach Ende der Bewerbungsfrist zu Gesprächen einladen.
""",
        "oth_t4f": """
ich weiß, dass Sie vermutlich nicht auf der Suche sind, aber für einen Mandanten suche ich eine*n {role}. Falls es nicht passt, einfach ignorieren.
Neu im Karriere-Blog: Absagen richtig formulieren und warum wir Bewerber*innen Feedback geben.
""",
        "rej_t4e": """
leider können wir Ihnen kein Angebot unterbreiten.
Sie wurden in der Bestenauslese leider nicht berücksichtigt.
leider ist die Wahl dieses Mal anders ausgefallen.
""",
        "inv_t4e": """
wir würden uns freuen, Sie bei uns im Büro begrüßen zu dürfen. Wäre der 5. Juni um 10 Uhr für Sie möglich?
""",
        "rej_t4d": """
Sie sind leider nicht in die nächste Runde gekommen.
wir können Ihnen leider keine Zusage erteilen.
Ihre Bewerbung hat uns in diesem Fall nicht überzeugt.
wir sehen leider keine ausreichende Übereinstimmung mit dem Anforderungsprofil.
die Entscheidung ist zugunsten einer anderen Person gefallen.
leider müssen wir Ihnen eine negative Rückmeldung geben.
die Stelle hat sich inzwischen erledigt.
""",
        "inv_t4d": """
der Termin am Montag entfällt leider, wir verschieben das Gespräch auf Mittwoch, 11 Uhr.
""",
        "rej_t4c": """
nach Abschluss des Stellenbesetzungsverfahrens teilen wir Ihnen mit, dass wir Ihre Bewerbung nicht berücksichtigen konnten.
wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für jemand anderen entschieden.
du bist leider nicht weitergekommen.
leider kam eine Einstellung nicht zustande.
""",
        "ack_t4c": """
wir können leider nicht jede Bewerbung persönlich beantworten, prüfen aber alle Unterlagen sorgfältig.
leider dauert die Auswahl länger als geplant; wir danken Ihnen für Ihre Geduld.
""",
        "rej_t4b": """
leider hat es diesmal nicht gereicht.
Ihre Bewerbung wurde abgelehnt.
wir haben Ihre Bewerbung sorgfältig geprüft, können Sie jedoch nicht in das weitere Auswahlverfahren einbeziehen.
leider konnten wir dich nicht für die Stelle berücksichtigen.
SUBJECT: Absage auf Ihre Bewerbung || Sehr geehrte Bewerberin, sehr geehrter Bewerber, danke für Ihr Interesse.
wir haben uns entschieden, die Stelle nicht zu besetzen.
Ihr Profil hat uns gut gefallen, allerdings haben sich andere Bewerbende als passender erwiesen.
""",
        "oth_t4b": """
Leider ist die von Ihnen gemerkte Stelle nicht mehr verfügbar. Hier finden Sie ähnliche Jobs.
ich bin Headhunterin und habe eine Position als {role} für dich. Falls das nicht passt, kein Problem.
""",
        "ack_t4b": """
leider verzögert sich die Sichtung der Bewerbungen. Wir melden uns so bald wie möglich bei Ihnen.
""",
        "rej_t4": """
wir haben uns für Bewerber*innen entschieden, deren Profil noch besser zu unseren Anforderungen passt.
wir haben uns für eine Bewerber_in entschieden, die mehr Erfahrung mitbringt.
nach reiflicher Überlegung fiel die Wahl auf BewerberInnen mit mehr Praxiserfahrung.
wir setzen das Verfahren mit anderen Kandidat/innen fort.
die Entscheidung ist leider nicht zugunsten Ihrer Bewerbung ausgefallen.
leider ist die Entscheidung nicht zu deinen Gunsten ausgefallen.
wir haben den Bewerbungsprozess für die Stelle gestoppt.
das Auswahlverfahren für diese Position wurde abgebrochen.
es hat dieses Mal leider nicht funktioniert.
wir haben uns entschieden, die Position intern zu besetzen.
""",
        "ack_t4": """
deine Bewerbung liegt jetzt bei der Fachabteilung, die sich in Kürze bei dir meldet.
Ihre Unterlagen wurden an die zuständige Führungskraft weitergeleitet.
""",
        "inv_t4": """
magst du dir einen Termin für ein erstes Kennenlernen per Video aussuchen? Hier ist der Link.
wir würden gerne telefonieren. Wann passt es dir diese Woche?
""",
        "off_t4": """
wir möchten Sie sehr gerne bei uns einstellen! Die Vertragsunterlagen folgen per Post.
wir freuen uns, dir eine Zusage für die Stelle als {role} geben zu können.
""",
        "oth_cold": """
hättest du Lust auf ein kurzes Telefonat über eine spannende Position als {role} bei einem unserer Kunden? Falls nicht, ignoriere die Nachricht einfach.
""",
        "oth_event": """
Einladung: Lernen Sie uns beim Karriereabend am 14. März kennen! Jetzt kostenlos anmelden.
""",
    },
    "fr": {
        "ack_t4i": """
Votre candidature est en cours de traitement par nos équipes.
""",
        "inv_t4i": """
On se cale un call cette semaine ? Dis-moi ce qui t'arrange.
""",
        "rej_t4h": """
Nous avons retenu une candidature qui correspond davantage au profil recherché.
Votre candidature n'a pas été jugée prioritaire pour ce poste.
Nous ne donnerons malheureusement pas suite à ta candidature.
Le recrutement a été finalisé avec un autre candidat.
Nous avons le regret de ne pas pouvoir retenir ton profil cette fois-ci.
Votre candidature n'est plus en cours d'examen.
""",
        "rej_t4g": """
Nous tenons à vous remercier pour le temps consacré à nos entretiens. Après une analyse approfondie de l'ensemble des profils rencontrés, nous avons fait le choix de poursuivre avec une personne dont l'expérience correspond davantage aux enjeux actuels du poste. Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.
""",
        "ack_t4f": """
Aucune décision n'a encore été prise ; nous reviendrons vers vous une fois toutes les candidatures étudiées.
""",
        "oth_t4f": """
Je recrute pour un client un poste de {role}. Si ce n'est pas pour vous, n'hésitez pas à transférer à votre réseau.
""",
        "rej_t4e": """
Nous ne pouvons malheureusement pas vous faire d'offre.
Vous n'avez pas été déclaré admissible à l'issue des épreuves.
Malheureusement, ton profil n'a pas été choisi.
""",
        "inv_t4e": """
Es-tu dispo jeudi après-midi pour en discuter de vive voix ?
""",
        "rej_t4d": """
Nous ne retiendrons pas votre candidature pour ce poste.
Votre candidature n'a pas abouti.
La décision a été prise en faveur d'un autre candidat.
Le poste n'est plus à pourvoir.
Vous n'avez pas été admis à poursuivre le processus.
Nous ne sommes pas en mesure de poursuivre avec votre candidature.
""",
        "inv_t4d": """
Malheureusement je ne suis plus disponible mardi ; pouvons-nous décaler notre échange à jeudi 10h ?
""",
        "rej_t4c": """
Après examen de votre dossier, nous ne pouvons malheureusement pas retenir votre candidature.
L'équipe a finalement fait le choix d'un candidat interne.
Nous avons le regret de t'informer que tu n'as pas été retenu pour la suite.
""",
        "ack_t4c": """
Nous ne pourrons hélas pas répondre à tous les candidats individuellement, mais chaque dossier est étudié.
Malheureusement, nous n'avons pas encore de retour à te donner : les entretiens sont toujours en cours.
""",
        "rej_t4b": """
Nous sommes au regret de ne pas pouvoir retenir votre candidature.
Nous ne sommes pas en mesure de vous proposer ce poste.
SUBJECT: Votre candidature n'a pas été retenue || Nous vous remercions pour l'intérêt que vous portez à notre établissement.
Ta candidature ne correspond malheureusement pas à nos besoins actuels.
Le jury a arrêté la liste des candidats admis ; votre nom n'y figure pas.
Nous avons reçu de nombreuses candidatures et avons retenu des profils plus expérimentés.
""",
        "oth_t4b": """
Malheureusement, l'offre que vous aviez sauvegardée a expiré. Découvrez des offres similaires.
""",
        "ack_t4b": """
Nous étudions actuellement toutes les candidatures et reviendrons vers vous prochainement.
""",
        "rej_t4": """
Malheureusement, ça n'a pas fonctionné cette fois.
Ça ne s'est pas fait pour ce poste, mais nous garderons ton profil en tête.
Votre candidature n'a pas été présélectionnée.
Le poste sera pourvu en interne.
Le processus de recrutement pour ce poste a été arrêté.
Nous avons préféré un profil plus senior pour ce poste.
""",
        "ack_t4": """
Ton dossier est désormais entre les mains de l'équipe de recrutement.
Votre candidature a été transmise au responsable du service.
""",
        "inv_t4": """
Peux-tu choisir un créneau pour un appel visio avec l'équipe via ce lien ?
La prochaine étape est un échange avec notre directeur ; merci de réserver un créneau.
""",
        "off_t4": """
Nous serions ravis de t'accueillir dans l'équipe en tant que {role} ! Ton contrat est en pièce jointe.
""",
        "oth_event": """
Vous êtes invité à notre soirée recrutement le 20 mai : venez rencontrer nos équipes.
""",
    },
    "es": {
        "ack_t4i": """
Tu candidatura está en proceso de revisión por parte del equipo.
""",
        "inv_t4i": """
¿Te cuadra una llamada el jueves por la mañana para hablar del puesto?
""",
        "rej_t4h": """
El proceso se ha cerrado con la incorporación de otro candidato.
Tu candidatura no continuará en el proceso de selección.
Hemos decidido no seguir contando con tu perfil para esta vacante.
Lamentamos decirte que has sido descartado tras la entrevista final.
Hemos seleccionado a una persona cuyo perfil encaja mejor con el puesto.
Tu perfil no ha pasado el filtro inicial.
""",
        "rej_t4g": """
Queremos agradecerte el tiempo dedicado a las entrevistas. Tras valorar todas las candidaturas finalistas, hemos decidido continuar con una persona cuya experiencia en el sector financiero se ajusta más a lo que necesitamos ahora. Guardaremos tu currículum para futuros procesos y, si surge una oportunidad que encaje, te contactaremos.
""",
        "ack_t4f": """
Todavía no hemos tomado ninguna decisión; te escribiremos cuando terminemos de revisar todas las candidaturas.
""",
        "oth_t4f": """
Hola Alex, trabajo para una consultora de selección y busco un {role} para un cliente. Si no te interesa, no pasa nada.
""",
        "rej_t4e": """
No podemos hacerte una oferta en este momento.
Le informamos de que no ha resultado apto en la fase de méritos.
Lamentablemente has quedado excluido de la lista de seleccionados.
""",
        "inv_t4e": """
¿Podrías pasarte por la oficina el lunes a las 12:00 para conocer al equipo?
""",
        "rej_t4d": """
Su candidatura no ha sido aceptada.
No podemos seguir adelante con tu candidatura.
Hemos cerrado tu candidatura para esta posición.
La decisión ha sido a favor de otra persona.
No has superado la entrevista técnica.
Hemos resuelto no continuar con su candidatura.
""",
        "inv_t4d": """
Lamentablemente el martes no podremos; ¿te viene bien mover la llamada al jueves a las 10:00?
""",
        "rej_t4c": """
Tras estudiar su perfil, lamentamos comunicarle que no seguirá adelante en el proceso.
El equipo ha decidido seguir con una persona de perfil más técnico.
Siento decirte que esta vez no has sido la persona elegida.
""",
        "ack_t4c": """
Lamentablemente no podremos responder personalmente a todas las personas, pero revisamos cada candidatura.
Por desgracia aún no tenemos novedades: seguimos entrevistando candidatos.
""",
        "rej_t4b": """
Le comunicamos que no ha resultado seleccionado en este proceso.
Lamentablemente no podemos continuar contigo en el proceso.
SUBJECT: Proceso de selección - candidatura descartada || Gracias por tu interés en nuestra empresa.
Tu perfil ha quedado fuera de esta convocatoria.
Hemos optado por candidaturas con mayor experiencia en el sector.
En esta ocasión hemos decidido avanzar con otra candidatura.
""",
        "oth_t4b": """
Lamentablemente la oferta que guardaste ha caducado. Te mostramos otras similares.
""",
        "ack_t4b": """
Todavía estamos revisando candidaturas y le informaremos del resultado en las próximas semanas.
""",
        "rej_t4": """
Lamentablemente, no ha salido esta vez.
Finalmente nos hemos decantado por un perfil más sénior.
Tu candidatura no ha sido preseleccionada.
El puesto se cubrirá internamente.
Hemos detenido el proceso de selección para esta posición.
Tras las entrevistas, otra persona encajaba mejor con el equipo.
""",
        "ack_t4": """
Su candidatura está en manos del departamento de selección.
Tu currículum ha sido enviado al responsable del área, que lo revisará.
""",
        "inv_t4": """
Por favor, elige un horario en este enlace para una videollamada con el equipo.
Nos gustaría conocerte: ¿te va bien una llamada el jueves por la tarde?
Reserve el hueco que prefiera para una primera conversación.
""",
        "off_t4": """
Queremos contar contigo para el puesto de {role}. Te adjuntamos las condiciones.
Nos encantaría que te incorporaras al equipo; te enviamos el contrato para su firma.
""",
        "oth_event": """
Te invitamos a nuestro evento de empleo el 12 de mayo: conoce a los equipos y las vacantes.
""",
    },
    "pt": {
        "ack_t4i": """
Sua candidatura está em análise pelo nosso time.
""",
        "inv_t4i": """
Bora marcar uma call essa semana? Me fala o melhor dia pra você.
""",
        "rej_t4h": """
O processo foi concluído com a contratação de outro candidato.
Sua candidatura não continuará no processo seletivo.
Decidimos não dar prosseguimento à sua candidatura.
Lamentamos dizer que você foi descartado após a entrevista final.
Selecionamos uma pessoa cujo perfil se encaixa melhor na vaga.
Seu perfil não passou na triagem inicial.
""",
        "rej_t4g": """
Agradecemos sua participação nas entrevistas e o tempo dedicado ao processo. Após avaliarmos todos os finalistas, decidimos seguir com uma pessoa cuja experiência em varejo está mais alinhada ao momento da empresa. Seu currículo ficará em nosso banco de talentos e entraremos em contato caso surja uma nova oportunidade.
""",
        "ack_t4f": """
Ainda não tomamos nenhuma decisão; retornaremos assim que terminarmos de avaliar todas as candidaturas.
""",
        "oth_t4f": """
Oi Alex, sou recrutadora e tenho uma vaga de {role} para um cliente. Se não for o momento, sem problemas!
""",
        "rej_t4e": """
Não poderemos fazer uma oferta neste momento.
Informamos que você foi desclassificado(a) na etapa de análise curricular.
Infelizmente você não foi habilitado para a próxima fase.
""",
        "inv_t4e": """
Podemos conversar amanhã às 15h por vídeo? Te mando o link.
""",
        "rej_t4d": """
Não poderemos dar seguimento à sua candidatura.
Sua candidatura não foi aceita.
Você não avançou para a próxima fase.
A decisão foi por outra pessoa.
O processo foi finalizado e você não foi selecionado.
A posição já foi ocupada.
""",
        "inv_t4d": """
Infelizmente não poderemos na terça; podemos remarcar a conversa para quinta às 10h?
""",
        "rej_t4c": """
Após avaliação, informamos que a sua candidatura não seguirá para as próximas fases.
A equipe decidiu seguir com uma pessoa com perfil mais técnico.
Sinto dizer que dessa vez você não foi a pessoa escolhida.
""",
        "ack_t4c": """
Infelizmente não conseguiremos responder individualmente a todos, mas todas as candidaturas são analisadas.
Infelizmente ainda não temos novidades: as entrevistas continuam em andamento.
""",
        "rej_t4b": """
Informamos que você não foi aprovado(a) nesta etapa do processo.
Infelizmente o seu perfil não seguirá no processo.
SUBJECT: Retorno sobre sua candidatura - não selecionado || Agradecemos seu interesse na nossa empresa.
Lamentamos informar que optamos por não avançar com seu perfil.
Depois de avaliar todos os candidatos, escolhemos um perfil com mais experiência.
A vaga foi cancelada pela área solicitante.
""",
        "oth_t4b": """
Infelizmente a vaga que você salvou expirou. Confira vagas semelhantes.
""",
        "ack_t4b": """
Ainda estamos avaliando os perfis e daremos um retorno assim que possível.
""",
        "rej_t4": """
A vaga não está mais disponível.
Esta oportunidade não está mais disponível.
Infelizmente não foi possível seguir desta vez.
Optamos por alguém com mais experiência na área.
Sua candidatura não foi pré-selecionada.
O processo foi interrompido e a vaga será preenchida internamente.
""",
        "ack_t4": """
Sua candidatura foi encaminhada para a gestora da vaga.
Seu currículo está com o time de recrutamento para análise.
""",
        "inv_t4": """
O próximo passo é uma conversa com a liderança. Escolha um horário no link.
Podemos marcar um bate-papo por vídeo na terça? Me diga um horário bom pra você.
""",
        "off_t4": """
Queremos muito ter você no time como {role}! Segue a proposta em anexo.
""",
        "oth_event": """
Você está convidado para o nosso Dia de Carreiras em 15 de abril: palestras e bate-papo com os times.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi Alex,", "Dear Alex,"],
        "thanks": ["Thank you for applying for {role} at {company}."],
        "wish": ["We wish you all the best in your search.", "Take care."],
        "marketing": [
            "{company} builds tools that help 20,000 small businesses run payroll in minutes."
        ],
        "sign": ["Best,\n{sender}\n{company}"],
        "footer": ["{company} Inc · Unsubscribe"],
        "subject_app": ["Your {company} application", "{role}"],
        "subject_inv": ["Quick chat?"],
        "subject_off": ["Great news"],
        "subject_oth": ["Don't miss this"],
    },
    "de": {
        "greet": ["Hallo {first},", "Sehr geehrte Damen und Herren,"],
        "thanks": ["vielen Dank für Ihre Bewerbung bei {company}.", "danke für deine Bewerbung."],
        "wish": ["Viel Erfolg weiterhin!", "Alles Gute für dich."],
        "marketing": ["{company} entwickelt seit 1995 Software für Stadtwerke."],
        "sign": ["Viele Grüße\n{sender}"],
        "footer": ["{company} GmbH · Abmelden"],
        "subject_app": ["Ihre Bewerbung", "Deine Bewerbung bei {company}"],
        "subject_inv": ["Termin?"],
        "subject_off": ["Gute Nachrichten"],
        "subject_oth": ["Veranstaltungstipp"],
    },
    "fr": {
        "greet": ["Bonjour Alex,"],
        "thanks": ["Merci pour ta candidature chez {company}."],
        "wish": ["Bonne chance pour la suite."],
        "marketing": ["{company} conçoit des vélos électriques à Grenoble depuis 2015."],
        "sign": ["Bien à vous,\n{sender}"],
        "footer": ["{company} · Se désinscrire"],
        "subject_app": ["Ta candidature"],
        "subject_inv": ["Échange ?"],
        "subject_off": ["Bonne nouvelle"],
        "subject_oth": ["Événement"],
    },
    "es": {
        "greet": ["Hola, Alex:"],
        "thanks": ["Gracias por tu candidatura a {company}."],
        "wish": ["¡Mucha suerte!"],
        "marketing": ["{company} ofrece seguros digitales a más de un millón de clientes."],
        "sign": ["Saludos,\n{sender}"],
        "footer": ["{company} · Darse de baja"],
        "subject_app": ["Tu candidatura"],
        "subject_inv": ["¿Hablamos?"],
        "subject_off": ["Buenas noticias"],
        "subject_oth": ["Evento"],
    },
    "pt": {
        "greet": ["Olá, Alex!"],
        "thanks": ["Obrigado pela sua candidatura na {company}."],
        "wish": ["Sucesso na sua jornada!"],
        "marketing": ["A {company} leva energia solar a 50 mil lares no Nordeste."],
        "sign": ["Abraço,\n{sender}"],
        "footer": ["{company} · Descadastrar"],
        "subject_app": ["Sua candidatura"],
        "subject_inv": ["Bate-papo?"],
        "subject_off": ["Boas notícias"],
        "subject_oth": ["Evento"],
    },
}
