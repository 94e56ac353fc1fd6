# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 11's TUNED part of the generated corpus (`generated11/`).

Written in round 11, after round 9's first independent author's part (`parts_author9a`) and
round 8's former held-out part (`parts_round8`, tunable since round 11) had been measured and
their misses looked at, as new examples of the *families* behind those misses, in other words
than theirs. Invitations that carry a "no": not this job but another team wants to talk (a
time asked for), a slot cancelled and another time asked about, a place freed by someone who
dropped out, a past "no" and a new job now, the final round while others are still in it;
declared fit and on to an interview, the next step named, a test sent with its deadline, a
casual ask for a call, a committee that invites. Rejections: not on to the next stage, a result
not enough to go on, "it didn't work out this time", declared unfit or eliminated, a mark below
the minimum, the employer unable to take the person on, a procedure ended. Offers: the proposal
stated or confirmed in writing, a conditional offer, a public post (appointed, called up), the
contract ready to sign, "we'd like you to join us". Receipts: acknowledged in PT-PT, a complete
file, "a real person will look at your portfolio".

The hard negatives guard those rules: a feedback call after a "no"; a post cancelled with no
new time; the job offered to someone else; an instruction about the next stage ("until you
upload…"); an invitation to "join us for a coffee chat"; the person who turned the offer down
(their file closed, "other"); a recruiter recruiting for a client; a careers fair with places
left.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Brackenridge Foods",
    "Ayuntamiento de Valdeluz",
    "Câmara Municipal de Serra Alta",
    "Fernhill Robotics",
    "Maison Corvelle",
    "Grupo Lumiar",
    "Kesselberg Maschinenbau",
)

ROLES: tuple[str, ...] = (
    "Payroll Specialist",
    "Warehouse Supervisor",
    "UX Researcher",
    "Technical Writer",
    "Administrative Officer",
    "Field Engineer",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Nadia Rahman", "nadia.rahman@{domain}"),
    ("Recursos Humanos", "rrhh@{domain}"),
    ("Júri do Procedimento", "concursos@{domain}"),
    ("Étienne Valois", "talents@{domain}"),
    ("Birgit Kahl", "b.kahl@{domain}"),
    ("Careers", "no-reply@apply.hirebridge.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t11": """
Thank you for the recorded video answers. I'm afraid we won't be able to take your application through to the panel stage.
Your aptitude test result was not high enough to progress to the assessment day, so your application ends here.
You scored below the minimum threshold in the numerical reasoning test and we cannot continue with your application.
Following the medical assessment you were declared unfit for the {role} post, and your application has been closed.
We are sorry, but we won't be able to welcome you as an apprentice this year; every place has been taken.
We won't be moving forward, but our hiring manager would gladly talk you through the panel's feedback. Are you free on Friday?
Unfortunately the {role} vacancy is no longer available, as the team has been merged into another department.
""",
        "inv_t11": """
Although your application for {role} wasn't successful, our analytics team would like to meet you for a different opening. Would you be available on Thursday?
Our interviewer has a family emergency, so we had to cancel tomorrow's interview. Would Wednesday at 15:30 work for you instead?
One of the finalists has dropped out, so a place has opened up in Friday's assessment centre. Would you like to take it?
You applied to us two years ago and at the time we didn't go ahead, but we now have a new role that suits you well. How about a quick call this week?
We are still seeing a few candidates, but we'd like you to be in the final round: a case presentation to two directors. Which of these dates suits you?
Can you talk tomorrow around 9? Just a quick intro with the founder.
""",
        "off_t11": """
We are offering you the {role} role, subject to satisfactory references and a right-to-work check.
Your appointment is confirmed. You have been appointed to the post of {role} from 4 August.
Your employment contract is ready for your signature in the onboarding portal.
We'd love you to join the team as our next {role}. The written offer follows tomorrow.
""",
        "ack_t11": """
Cheers for applying! We're a small crew, so bear with us, but I will personally go through your portfolio next week.
""",
        "oth_t11": """
We're sorry to hear you've decided to decline our offer. As requested, we have closed your file and wish you well in the new job.
I'm recruiting for a logistics firm in Leeds and your background in warehouse planning looks like a great fit. Would you be open to a call?
We can't move you to the interview stage until you upload a copy of your degree certificate.
A few places have opened up at our Careers Open Evening on 3 June. Register now to join us.
""",
    },
    "de": {
        "rej_t11": """
Nach Auswertung der Arbeitsprobe kommen Sie leider nicht in die nächste Auswahlrunde.
Ihr Testergebnis reicht leider nicht aus, um Ihre Bewerbung im weiteren Verfahren zu berücksichtigen.
Auch wenn es dieses Mal nicht geklappt hat, freuen wir uns über eine neue Bewerbung von Ihnen.
Nach der betriebsärztlichen Untersuchung wurden Sie als nicht geeignet eingestuft; das Verfahren ist für Sie beendet.
Wir können Sie in diesem Ausbildungsjahr leider nicht als Auszubildende aufnehmen.
""",
        "inv_t11": """
Für die ausgeschriebene Stelle haben wir uns zwar anders entschieden, aber unsere Abteilung Einkauf würde Sie gern kennenlernen. Hätten Sie nächste Woche Zeit?
Leider ist unsere Interviewerin erkrankt, deshalb muss der Termin am Dienstag ausfallen. Würde Ihnen Donnerstag um 10:00 Uhr passen?
Ein Bewerber hat seine Bewerbung zurückgezogen, daher ist im Auswahltag am 14. März ein Platz frei geworden. Möchten Sie teilnehmen?
Der nächste Schritt ist ein Fachgespräch mit unserer Teamleitung, ca. 45 Minuten.
Hast du morgen kurz Zeit für ein Telefonat? Dauert nur 15 Minuten.
Die Auswahlkommission lädt Sie zu einem Vorstellungsgespräch mit kurzer Präsentation am 2. Juni ein.
""",
        "off_t11": """
Wie vereinbart bestätigen wir Ihnen hiermit unser Angebot: 58.000 Euro brutto jährlich, Start am 1. Juli.
Vorbehaltlich der ärztlichen Eignungsuntersuchung möchten wir Sie als {role} einstellen.
Wir haben intern gesprochen und können Ihnen 64.000 € brutto im Jahr anbieten, dazu ein Jobticket.
Ihr Arbeitsvertrag liegt im Portal zur elektronischen Unterschrift bereit.
""",
        "oth_t11": """
Schade, dass Sie sich entschieden haben, unser Angebot abzulehnen. Wie gewünscht haben wir Ihren Vorgang geschlossen.
""",
    },
    "fr": {
        "rej_t11": """
Votre dossier ne passera pas à l'étape des entretiens individuels pour ce recrutement.
Votre résultat au test n'est pas suffisant pour poursuivre le processus de sélection.
À l'issue de la visite d'aptitude, vous avez été déclaré inapte au poste de {role}.
Nous ne pourrons pas vous accueillir en stage cette saison, nos équipes étant au complet.
Le financement du poste n'a pas été reconduit ; nous sommes donc contraints de mettre fin à la procédure de recrutement.
""",
        "inv_t11": """
Votre candidature au poste de {role} n'a pas été retenue, mais notre équipe Qualité aimerait échanger avec vous sur une autre ouverture. Seriez-vous disponible jeudi ?
Notre responsable est souffrante et l'entretien de mardi ne pourra pas avoir lieu. Est-ce que vendredi à 11h vous conviendrait ?
La prochaine étape est un entretien avec la directrice du site, sur place.
T'es dispo demain vers 18h pour un petit call avec le client ?
""",
        "off_t11": """
Comme évoqué au téléphone, nous vous confirmons notre proposition : 46 k€ bruts annuels et une arrivée le 2 septembre.
Votre recrutement est confirmé, sous réserve de la production de votre casier judiciaire.
On aimerait vraiment que tu nous rejoignes ! La proposition écrite part demain.
""",
        "oth_t11": """
Nous avons bien noté que vous avez décidé de décliner notre offre. Votre dossier est clôturé à votre demande ; très belle suite à vous.
""",
    },
    "es": {
        "rej_t11": """
Tras revisar tu caso práctico, no pasarás a la siguiente fase del proceso.
Oye, te cuento: no pasaste la criba del cliente, así que lo dejamos aquí. ¡Suerte!
Tu resultado en la prueba psicotécnica no fue suficiente para avanzar en el proceso.
El tribunal le ha declarado no apto en el reconocimiento médico y queda eliminado del proceso.
Su puntuación fue inferior a la mínima exigida en el ejercicio teórico.
Lamentablemente no podremos incorporarte como becario este semestre.
""",
        "inv_t11": """
Aunque no quedaste seleccionada para {role}, el equipo de Compras vio tu perfil y le gustaría charlar contigo sobre otra posición. ¿Tienes un rato el viernes?
Lamentablemente la sala del lunes ya no está disponible. ¿Te vendría bien el martes a las 12:00?
Un candidato se retiró del proceso y se liberó un lugar en la dinámica de grupo del jueves. ¿Te apuntas?
Hace un año no seguimos adelante con tu candidatura, pero ahora tenemos una nueva vacante que encaja contigo. ¿Te parece una llamada esta semana?
Seguimos hablando con otros candidatos, pero nos gustaría que pasaras a la última fase: una presentación ante el comité.
Usted ha sido declarado apto en la prueba de conocimientos y pasa a la entrevista personal, programada para el 9 de mayo.
Te compartimos el enlace de la prueba de inglés. Tienes 48 horas para completarla.
""",
        "off_t11": """
Tal como conversamos, te confirmamos por escrito la propuesta: 32.000 euros brutos anuales e incorporación el 1 de octubre.
Te ofrecemos el puesto de {role}, sujeto a la verificación de tus referencias.
Le comunicamos el llamamiento de la bolsa de trabajo para su nombramiento como funcionario interino.
Nos encantaría que te sumes al equipo como {role}; la carta formal llega mañana.
""",
        "oth_t11": """
Lamentamos que hayas decidido rechazar nuestra propuesta. Hemos cerrado tu proceso como nos pediste y te deseamos mucho éxito.
Estoy reclutando para una empresa cliente en Sevilla y tu experiencia encaja muy bien con el perfil. ¿Te interesa hablar?
""",
        "ack_t11": """
Su postulación ha sido registrada. La nómina de candidatos admitidos se publicará el 20 de junio.
""",
    },
    "pt": {
        "rej_t11": """
Após a análise do teste, a sua candidatura não passará para a próxima etapa.
Você não passou na triagem do cliente, por isso não seguimos com a sua candidatura.
Informa-se que obteve classificação inferior a 9,5 valores na prova escrita, ficando excluída do procedimento.
Você foi considerado inapto no exame médico e está eliminado do concurso.
Infelizmente não deu certo desta vez, mas guardamos o seu currículo.
Sinto muito, oferecemos a vaga a outra candidata que já aceitou.
""",
        "inv_t11": """
Você não foi selecionada para a vaga de {role}, mas a equipe de Marketing gostou do seu perfil e quer conversar sobre outra posição. Tem disponibilidade na quarta?
Não foi possível fazer a entrevista de ontem por um imprevisto do gestor. Podemos remarcar para sexta às 14h?
Uma candidata desistiu e abriu uma vaga na dinâmica de grupo de terça. Gostaria de participar?
Em 2022 não avançamos com a sua candidatura, mas agora temos uma nova vaga que combina com você. Topa uma conversa?
A próxima etapa é uma entrevista com a diretora da área.
Segue o link do teste de lógica. Ele pode ser feito até sábado.
Consegue falar amanhã às 10h?
""",
        "off_t11": """
Conforme conversamos, formalizamos aqui a nossa proposta: salário de R$ 8.200, início em 3 de novembro.
Temos o prazer de apresentar a proposta para a posição de {role}, com plano de saúde e vale-refeição.
Proposta condicionada: oferecemos-lhe a vaga mediante a verificação das suas referências.
Foi nomeado para o cargo de {role}; a posse deverá ocorrer no prazo de 30 dias.
""",
        "ack_t11": """
Acusamos a receção da sua candidatura ao procedimento para {role}. O júri analisará as candidaturas após o fim do prazo.
""",
        "oth_t11": """
Lamentamos saber que decidiu não aceitar a nossa proposta. Encerramos o processo conforme solicitado e desejamos sucesso.
Estou a recrutar para uma empresa do setor industrial e o seu percurso encaixa muito bem no perfil. Teria disponibilidade para uma conversa?
""",
    },
}

WRAP = parts_tuned5.WRAP
