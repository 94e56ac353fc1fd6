# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 8's TUNED part of the generated corpus (`generated8/`).

Written in round 8, after round 7's held-out part (`parts_round7`) and the training parts of
two independent authors (`parts_author7a`, `parts_author7b`) had been measured and their misses
looked at, as new examples of the *families* behind those misses, in other words than theirs:
the choice that went to another finalist, said with "decide on", "go with" or "close with"; the
job given or assigned to someone else; the feedback not positive; a score below the bar; the
application not passed on to the people who decide; the process over for the person; a hire
put on hold, frozen or gone with the budget; an informal "no" ("it's a no from us", "passer
notre tour"); agencies relaying their client's decision. Receipts: the application passed on to
a manager or a committee, nobody ruled out yet, whether an interview follows not decided yet,
review starting after the closing date, "got your CV", an agency that registered the person.
Invitations: an invitation after a past "no" ("although we didn't take your application further
last year, we'd like to interview you"), a trial day, a take-home or a test to do, shortlisted
with the interviews' date, an interview "offered". Offers: "the client has made you an offer"
with an "unfortunately" about the start date, a contract attached informally, the number
agreed, welcome with a confirmed start date, the hire confirmed, a raise that is not possible,
an appointment by a public body.

The hard negatives guard those rules: a withdrawal the person asked for, confirmed with "we
closed your file"; a reference request about someone else that asks for a short call; a
confidential search (cold mail) asking for fifteen minutes; a newsletter about rejections; a
first day's logistics after an accepted offer; "thanks for your trial day" followed by a no; a
receipt whose reassurance holds a negation ("nobody has been ruled out yet").

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Ostrava Signal Works",
    "Maré Alta Seguros",
    "Fjordline Outdoor GmbH",
    "Cobalto Ingeniería S.L.",
    "Lumière & Fils SARL",
    "Pinecrest Dental Group",
    "Quinta do Vale Hotéis",
    "Halden Robotics Ltd",
)

ROLES: tuple[str, ...] = (
    "Payroll Specialist",
    "Site Reliability Engineer",
    "Assistant Head Chef",
    "Procurement Analyst (Indirect Spend)",
    "Clinical Coordinator",
    "Account Executive – DACH",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Henrike Olsen", "h.olsen@{domain}"),
    ("Talent Team", "talent@{domain}"),
    ("Raúl Cifuentes", "rcifuentes@{domain}"),
    ("Beatriz Moura", "recrutamento@{domain}"),
    ("Camille Roux", "camille.roux@{domain}"),
    ("Hiring Desk", "no-reply@apply.hirelane.example"),
    ("Owen Maddox", "owen@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t8": """
Thanks for meeting the team last week. In the end we opted for the other finalist, who has run a payroll migration before.
We interviewed four people and have settled on someone whose background is closer to our clinical systems.
The post has been offered to an internal applicant who covered the role during the last year.
I've now had feedback from my client on your interview, and sadly it wasn't positive: they felt you were light on enterprise sales.
Your assessment result was below the minimum required to continue, so we will not be taking your application further.
Having looked at your CV against the requirements, your profile will not be passed on to the hiring manager.
I'm sorry to say your process with us has come to an end. Thank you for the care you put into every stage.
We've had to put the {role} search on hold after a change in the budget; it has nothing to do with you.
Quick one: my client has paused all hiring for the quarter, so the {role} opening won't go ahead.
Loved talking to you, but it's a no from us for this one – we need someone who has led a kitchen brigade before.
""",
        "ack_t8": """
Good news on the admin side: your application has been forwarded to the hiring team, who will review it over the next two weeks.
It is taking longer than planned, but no one has been ruled out yet and yours is still being read.
Please note that a first review does not mean an interview has been arranged yet; we will write to you once the panel has decided.
Got your CV – thanks! I'm reading through everything this week and will come back to you either way.
I've added you to our database for the {role} brief and will compare your profile with what the client needs over the next few days.
""",
        "inv_t8": """
Although we did not take your application further last year, we were impressed and would like to interview you for {role}.
We'd love you to come in for a paid trial shift next Saturday, 10:00 to 16:00, to meet the kitchen team.
Next step: we'd like you to complete a short case study on supplier selection. Please send it back within five days.
Instead of the date we proposed, we'd like to offer you an interview on Thursday at 14:00. Could you confirm?
""",
        "off_t8": """
Great news – the client has made you an offer! Unfortunately they can't move the start date earlier than 3 March, but they are flexible on remote days.
Here's the package we agreed on: £52k base, 25 days of holiday and a 5% bonus. Contract attached, shout if anything looks wrong.
Welcome to the team! Your start date of 1 September is confirmed; the onboarding pack follows tomorrow.
I'm glad to confirm your hire as {role}. Please sign and return the attached contract by Friday.
An increase beyond the base we offered isn't possible, I'm afraid, but we can add two extra days of leave. The rest of your offer stands.
""",
        "oth_t8": """
Thanks for telling us you've decided to withdraw – congratulations on the new job. We've closed your application on our side.
Sam Okafor has listed you as a referee for a role with {company}. Could you spare fifteen minutes for a quick call this week?
I'm working on a confidential search for a logistics group and your name came up. Would you be open to a 15-minute chat?
This week: how to bounce back from a rejection, and the three questions to ask before you accept an offer.
Ahead of your first day on 2 September, please upload your bank details and ID to the employee portal. Your badge will be at reception.
""",
    },
    "de": {
        "rej_t8": """
Nach reiflicher Überlegung haben wir uns entschieden, die Position einer anderen Kandidatin anzubieten.
Leider werden Sie in die nächste Auswahlrunde nicht eingeladen; uns fehlte Erfahrung mit SAP.
Ihr Testergebnis hat die erforderliche Mindestpunktzahl leider nicht erreicht.
Ihr Bewerbungsverfahren bei uns ist damit beendet. Wir danken Ihnen für Ihr Interesse.
Mein Kunde hat einen Einstellungsstopp verhängt; die Suche für {role} ist damit vorerst erledigt.
Vielen Dank für deinen Probetag bei uns. Wir haben uns entschieden, die Stelle anderweitig zu besetzen.
""",
        "ack_t8": """
Ihre Bewerbung wurde an die Fachabteilung weitergeleitet. Ob wir Sie zu einem Gespräch einladen, ist noch nicht entschieden.
Wir haben Ihre Unterlagen erfasst; erst danach erfolgt die Sichtung durch die Personalabteilung, voraussichtlich Ende Juli.
Es dauert leider länger als gedacht, aber es wurde noch niemand aussortiert.
""",
        "inv_t8": """
Auch wenn es im letzten Jahr nicht gepasst hat, möchten wir Sie gern zu einem Kennenlernen für die Stelle als {role} einladen.
Du bist in die engere Auswahl gekommen! Die Gespräche finden am 8. Juli in unserem Büro statt.
Wir würden dich gern zu einem Probetag in unsere Küche einladen – passt dir der kommende Samstag?
""",
        "off_t8": """
Der Kunde hat Ihnen ein Angebot gemacht! Leider ist ein Start vor dem 1. März nicht möglich, dafür gibt es zwei Homeoffice-Tage.
Wie besprochen: 64.000 € brutto, 28 Urlaubstage und ein Jobrad. Der Vertrag hängt an.
Willkommen im Team! Dein Starttermin am 1. Oktober steht, die Unterlagen fürs Onboarding schicken wir nächste Woche.
Eine Anhebung des Grundgehalts über die angebotenen 60.000 € hinaus ist leider nicht möglich; wir bieten Ihnen aber ein Jobticket an.
Der Vorstand hat beschlossen, Ihnen die Leitung des Bereichs {role} zu übertragen. Bitte teilen Sie uns mit, ob Sie das Angebot annehmen.
""",
        "oth_t8": """
Danke, dass Sie uns Bescheid gegeben haben, dass Sie Ihre Bewerbung zurückziehen. Wir haben Ihre Unterlagen geschlossen und wünschen alles Gute.
Herr Brandt hat Sie als Referenz angegeben. Hätten Sie diese Woche zehn Minuten für ein kurzes Telefonat?
Diese Woche: Was tun nach einer Absage? Und wie verhandelt man ein Jobangebot richtig?
""",
    },
    "fr": {
        "rej_t8": """
Merci pour ces échanges. Le comité a finalement choisi une autre candidate, plus expérimentée en contrôle de gestion.
Mon client a tranché pour l'autre finaliste ; je suis désolée, c'était très serré.
Votre score au test n'atteint pas le seuil requis pour la suite du processus.
Votre candidature ne sera pas transmise au responsable du recrutement.
Votre parcours avec nous s'arrête ici, mais nous garderons un très bon souvenir de nos échanges.
""",
        "ack_t8": """
Votre candidature a été transmise au responsable opérationnel, qui l'étudiera d'ici deux semaines.
Ça prend plus de temps que prévu, mais personne n'a encore été écarté.
Je vous ai bien enregistrée dans notre base et je compare votre profil aux besoins de mon client cette semaine.
""",
        "inv_t8": """
Même si nous n'avions pas retenu votre candidature l'an dernier, nous aimerions vous rencontrer pour le poste de {role}.
Nous vous proposons une journée d'immersion le mardi 9 : vous passerez la matinée avec l'équipe de salle.
""",
        "off_t8": """
Le client vous fait une offre ! Malheureusement, le démarrage ne peut pas avoir lieu avant le 1er mars, mais ils sont souples sur le télétravail.
Voici ce sur quoi nous nous sommes mis d'accord : 52 k€ brut, 10 jours de RTT. Le contrat est en pièce jointe.
Le jury a retenu votre candidature pour le poste de {role}. Merci de nous faire part de votre accord avant le 15 juillet.
""",
        "oth_t8": """
Nous avons bien noté que vous retirez votre candidature ; nous avons donc clôturé votre dossier. Bonne continuation !
Je suis tombé sur votre profil en menant une recherche confidentielle pour un groupe industriel. Auriez-vous 15 minutes cette semaine ?
Cette semaine : comment rebondir après un refus, et nos conseils pour négocier une promesse d'embauche.
""",
    },
    "es": {
        "rej_t8": """
Gracias por tu tiempo en las entrevistas. Al final el equipo se decidió por otra candidata con más experiencia en compras.
Hemos decidido por una persona que ya trabajó con nuestro ERP, así que no seguiremos adelante contigo.
La plaza se adjudicará a un compañero del área de operaciones.
Tu puntuación en la prueba no alcanza el mínimo exigido para pasar a la entrevista.
Tu candidatura no será enviada al responsable del área, ya que no cumple el requisito de inglés.
Tu proceso con nosotros ha terminado. Te agradecemos mucho la dedicación.
Mi cliente congeló las contrataciones hasta enero, así que la búsqueda para {role} queda cancelada.
""",
        "ack_t8": """
Tu expediente fue remitido al comité de selección, que lo valorará durante las próximas semanas.
Va más lento de lo esperado, pero nadie ha sido descartado todavía.
La valoración de las candidaturas comenzará después del cierre de la convocatoria, el 15 de julio.
""",
        "inv_t8": """
Aunque el año pasado no avanzamos con tu candidatura, nos gustaría conocerte para el puesto de {role}.
Te proponemos un día de prueba en cocina el sábado, de 10:00 a 16:00.
Has quedado preseleccionada: las entrevistas serán el 12 de julio en nuestras oficinas.
""",
        "off_t8": """
¡El cliente te hizo una oferta! Por desgracia no pueden adelantar la incorporación antes de marzo, pero te dan dos días de teletrabajo.
Nos encantaría tenerte en el equipo. Te adjunto el contrato para que lo revises con calma.
Nos complace confirmar tu contratación como {role} a partir del 1 de septiembre.
""",
        "oth_t8": """
Gracias por avisarnos de que retiras tu candidatura; ya cerramos tu expediente. ¡Mucha suerte en el nuevo puesto!
Le escribo por una búsqueda confidencial para una empresa de energía. ¿Tendría 15 minutos para una llamada?
Esta semana: cómo reponerse de un rechazo y qué mirar antes de aceptar una oferta de trabajo.
""",
    },
    "pt": {
        "rej_t8": """
Obrigada pela conversa. A diretoria acabou optando por outra pessoa, com mais experiência em compras.
O meu cliente fechou com o outro finalista; foi muito equilibrado até o fim.
A sua pontuação no teste não atingiu a nota mínima para seguir no processo.
Sua candidatura não será encaminhada à área de negócio, pois falta a certificação exigida.
O seu processo conosco foi encerrado. Agradecemos muito a sua dedicação.
O cliente congelou as contratações até o próximo ano, então a vaga de {role} está suspensa.
""",
        "ack_t8": """
A sua candidatura foi encaminhada ao gestor da área, que deve analisá-la nas próximas duas semanas.
Está demorando mais do que planejamos, mas ninguém foi descartado até agora.
Cadastrei seu currículo no nosso banco e vou comparar o seu perfil com a vaga do meu cliente.
""",
        "inv_t8": """
Apesar de não termos seguido com a sua candidatura no ano passado, gostaríamos de convidá-la para uma entrevista para {role}.
Convidamos você para um dia de experiência na loja na quinta-feira, das 9h às 15h.
""",
        "off_t8": """
O cliente te fez uma proposta! Infelizmente não dá para antecipar o início para antes de março, mas há flexibilidade de home office.
Temos o prazer de lhe apresentar uma proposta de contrato sem termo para a função de {role}.
Seja bem-vinda! A sua data de admissão está confirmada para 1 de setembro.
""",
        "oth_t8": """
Registámos que retirou a sua candidatura; já encerrámos o seu processo. Boa sorte no novo desafio!
O Rui Matos indicou o seu nome como referência. Teria dez minutos para uma conversa rápida esta semana?
Nesta semana: como lidar com a reprovação e o que verificar antes de aceitar uma proposta de emprego.
""",
    },
}

WRAP = parts_tuned5.WRAP
