# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 9's TUNED part of the generated corpus (`generated9/`).

Written in round 9, after the training parts of two more independent authors
(`parts_author8a`, `parts_author8b`) had been measured and their misses looked at, as new
examples of the *families* behind those misses, in other words than theirs. Rejections: someone
found or taken on, said casually ("we've found somebody who lives nearby", "nos quedamos con una
chica del barrio"); the team going with a person described by a relative clause; the other
finalist chosen; no vacancy at all for an unsolicited application ("we're fully staffed",
"on est au complet"); nothing to offer; results that do not let the person go on; the process
over "for you"; an application closed with the role named in between; a bare status far from
its label; a colloquial "no" after a trial; a decision stated in a concessive clause before a
talent pool ("Auch wenn wir Ihnen absagen müssen, …", "Même si nous ne donnons pas suite, …").
Receipts: the application is with us or here; passed on in the first person; an agency chasing
its client; "give me a few days"; an answer promised either way; "don't take the silence as a
no"; an advert closed to new applications with the person's own still in review; a careers
statistic about roles filled internally; a review after the closing date. Invitations: a quick
call or a coffee asked for casually, recorded video answers, a visit to meet the team. Offers:
conditional on checks, the choice fallen on the person, a counter-proposal answered with a new
number, an offer or a contract waiting in a portal, the contract to be sent, an offer by text
message, an offer after a trial day.

The hard negatives guard those rules: a withdrawal in another tense, confirmed with "I closed
your file"; a careers newsletter that quotes a share of roles filled internally; a reference
request; a friend's trial day that went well.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Brightwater Bakery Co.",
    "Nordhafen Logistik GmbH",
    "Atelier Cerise",
    "Grupo Almendral",
    "Oficina Verde Arquitetura",
    "Kestrel Insurance plc",
    "Lindqvist & Partners",
    "Vale do Sol Clínicas",
)

ROLES: tuple[str, ...] = (
    "Line Cook",
    "Warehouse Team Lead",
    "Graphic Designer",
    "Claims Handler",
    "Junior Architect",
    "Receptionist",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Maggie Doyle", "maggie@{domain}"),
    ("People Team", "people@{domain}"),
    ("Jörg Albers", "j.albers@{domain}"),
    ("Inês Carvalho", "rh@{domain}"),
    ("Lucía Ferrer", "lucia@{domain}"),
    ("Candidate Portal", "noreply@portal.hireloop.example"),
    ("Théo Garnier", "theo@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t9": """
Sorry this took a while – in the end we found somebody who lives two streets away and can cover early shifts, so the {role} job is taken.
We've decided to go with an applicant who has already run a warehouse team of twenty, so we won't take yours further.
The owners talked it through and chose the other finalist, mainly because she has done claims in motor insurance before.
Thanks for dropping your CV off. We're fully staffed for the summer and not hiring at the moment, so I can't offer you anything right now.
Your scores in the aptitude tests do not allow you to progress to the panel stage of this campaign.
SUBJECT: Application update || The recruitment process for {role} has ended for you. We appreciate the time you invested.
Just a heads-up after your trial shift: we're not gonna go ahead with you for {role}, we need someone with a food hygiene certificate.
I'm afraid we're not offering you the role this time. The feedback from the panel was warm, but the other candidate had more site experience.
""",
        "ack_t9": """
Just so you know, your CV is safely with us and Priya will read through it on Wednesday.
I've passed your application on to the head chef, who makes all the hiring calls; she'll look at it when she's back on Monday.
Little update: the client has been slow to reply this week, which happens in school holidays. I'm chasing them for feedback on Friday and will let you know either way.
Thanks for applying! We're a tiny team, so give me a few days to go through everything properly.
We're a bit behind with replies at the moment, so please don't read anything into the silence – your application is with us and will be read.
The advert for {role} has now closed and we're no longer accepting new applications; yours arrived in time and is still being looked at.
Did you know that more than a third of our roles are filled by people who started with us as trainees? Your application for {role} has been received and is in the queue for review.
""",
        "inv_t9": """
hey {first}, your application just came in – can you do a quick call at 4 today? ten minutes tops
Could you pop in for a coffee on Friday morning? We're at the back of the bakery, just ask for me at the counter.
Next, please record your answers to four short video questions on our hiring platform; it takes about fifteen minutes.
We'd like you to visit our depot next Tuesday and spend the morning with the team you'd be leading.
""",
        "off_t9": """
Our offer is subject to two satisfactory references and a right-to-work check; once those are in, we'll confirm your start date.
Thanks for your counter-proposal. We're able to raise the base salary to £41,000 and everything else stays as in the original letter.
Your offer letter is now ready in the candidate portal – please log in, read it and accept or decline by Thursday.
SUBJECT: good news || you got the job!! same hours we discussed, I'll send you the contract tonight
After your trial day everyone agreed: the job is yours if you want it. Can you start on the 3rd?
The interview panel has recommended you for appointment as {role}, subject to occupational health clearance.
""",
        "oth_t9": """
Thanks for letting me know you're withdrawing to take the job near home – I've closed your file on our side. Good luck!
This month on the careers blog: 60% of our open roles are filled by internal moves, and how our mentoring scheme works.
Our friend Tom did his trial shift with us yesterday and it went brilliantly – thanks so much for recommending him!
""",
    },
    "de": {
        "rej_t9": """
Kurze Info: Wir haben inzwischen jemanden aus dem Ort gefunden, der schon bei uns gejobbt hat. Danke dir trotzdem!
Danke für deine Anfrage über unsere Webseite. Wir stellen im Moment leider niemanden ein und können dir daher nichts anbieten.
Der Status Ihrer Bewerbung für die Position {role} im Bereich Schadenregulierung wurde aktualisiert: Abgelehnt.
Ihr Auswahlverfahren wurde für Sie beendet; eine weitere Berücksichtigung erfolgt nicht.
Auch wenn wir Ihnen diesmal absagen müssen, würden wir Ihr Profil gern in unserem Talentpool behalten.
Nach deinem Probetag haben wir lange überlegt, aber es bleibt diesmal bei einem Nein. Melde dich gern im Frühjahr wieder.
""",
        "ack_t9": """
Deine Bewerbung ist gut angekommen! Gib mir ein paar Tage, ich schaue mir alles in Ruhe an.
Ich habe Ihre Unterlagen an unseren Lagerleiter weitergeleitet, er meldet sich nach seinem Urlaub.
Kurzer Zwischenstand: Der Kunde antwortet gerade langsam, ich hake Anfang nächster Woche nach und gebe Ihnen dann Bescheid.
Bitte werten Sie die lange Wartezeit nicht als Absage – Ihre Bewerbung wird auf jeden Fall gelesen.
Die Ausschreibung ist inzwischen beendet und wir nehmen keine neuen Bewerbungen mehr an. Ihre Bewerbung ist rechtzeitig eingegangen und wird derzeit geprüft.
""",
        "inv_t9": """
hi {first}, hab deine Nachricht gesehen – kannst du morgen Vormittag kurz telefonieren?
Kannst du am Freitag auf einen Kaffee vorbeikommen? Dann zeige ich dir gleich die Backstube.
""",
        "off_t9": """
Die Wahl ist auf Sie gefallen! Die Einstellung erfolgt vorbehaltlich der ärztlichen Eignungsuntersuchung.
Vielen Dank für Ihr Gegenangebot. Wir können Ihnen ein Jahresgehalt von 58.000 Euro anbieten; alles Weitere bleibt wie besprochen.
Ihr Arbeitsvertrag steht ab sofort im Bewerberportal zur Unterschrift bereit.
SUBJECT: Job || du hast den Job 🎉 Ich schicke dir heute Abend den Vertrag, ruf mich an wegen dem Start!
""",
        "oth_t9": """
Schade, dass Sie Ihre Bewerbung zurückziehen – ich habe Ihre Unterlagen geschlossen und wünsche Ihnen viel Erfolg in der neuen Stelle.
Wussten Sie schon? Über 40 % unserer Stellen werden intern besetzt. Mehr dazu in unserem Karriere-Newsletter.
""",
    },
    "fr": {
        "rej_t9": """
Bon, je vais être directe : on a trouvé quelqu'un qui habite le quartier et qui peut faire les ouvertures. Merci quand même d'être passée !
Pour ce poste, on part avec une illustratrice installée à Nantes, pour pouvoir travailler sur place avec le client.
Merci pour votre candidature spontanée. Nous sommes au complet jusqu'à l'automne et je ne peux rien vous proposer pour l'instant.
Vos résultats aux tests ne vous permettent pas d'accéder à l'oral de ce concours.
Le processus de sélection pour le poste de {role} est clos en ce qui vous concerne.
Après votre journée d'essai, on en a beaucoup parlé, mais ce sera non pour cette saison. Repassez nous voir au printemps.
Même si nous ne donnons pas suite à votre candidature cette fois, nous aimerions garder votre CV dans notre vivier.
Nous avons choisi de poursuivre avec des profils plus expérimentés en gestion de sinistres.
""",
        "ack_t9": """
Votre CV est bien chez nous, je le regarde en détail ce week-end.
J'ai transmis votre candidature à la cheffe d'atelier, c'est elle qui décide ; elle revient lundi.
Toujours pas de retour du client, mais rien d'inquiétant : je les relance mardi et je vous tiens au courant.
Nous sommes un peu débordés : ne prenez pas notre silence pour un refus, votre dossier sera lu.
L'annonce est close et nous n'acceptons plus de nouvelles candidatures ; la vôtre est arrivée à temps et reste à l'étude.
Votre candidature a bien été reçue. Les dossiers seront examinés par le jury après la date de clôture de l'appel à candidatures.
""",
        "inv_t9": """
salut {first}, j'ai vu ton CV – tu peux m'appeler demain vers 10h ? juste cinq minutes
Vous pourriez passer à l'atelier jeudi après-midi ? On prendra un café et je vous montrerai les machines.
""",
        "off_t9": """
Notre offre reste soumise à la vérification de vos références ; dès réception, nous fixerons votre date d'arrivée.
Nous avons bien étudié votre contre-proposition et pouvons porter le salaire fixe à 41 000 euros brut annuels.
Votre contrat vous attend dans l'espace de signature électronique ; merci de le signer avant vendredi.
SUBJECT: le job || c'est bon, t'es prise !! je t'envoie le contrat ce soir, appelle-moi pour la date
Après votre journée d'essai, toute l'équipe était d'accord : nous vous proposons le poste de {role} à partir du 1er.
""",
        "oth_t9": """
Merci de m'avoir dit que vous retiriez votre candidature ; j'ai archivé votre dossier. Belle suite à vous !
Le saviez-vous ? 35 % de nos postes sont pourvus en interne chaque année. Retrouvez nos portraits de collaborateurs sur le blog.
""",
    },
    "es": {
        "rej_t9": """
Te escribo rápido: al final nos quedamos con una chica del barrio que ya conocía la cocina. ¡Gracias por venir!
Para este proyecto vamos con un arquitecto que vive en Sevilla, porque necesitamos a alguien en obra a diario.
Lo hablamos con mi socio y elegimos a la otra finalista, que ya había llevado un almacén parecido.
Gracias por enviarnos tu CV. Ahora mismo no tenemos vacantes y la plantilla de verano ya está completa, así que no puedo ofrecerte nada.
Tu puntuación en la prueba psicotécnica no te permite pasar a la fase de entrevista.
Tu postulación al puesto de {role} en el área de siniestros ha sido cerrada.
Después de tu día de prueba lo pensamos bien, pero de momento es que no. Vuelve a escribirme en otoño.
Si bien no continuarás en este proceso, nos gustaría guardar tu perfil para futuras búsquedas.
""",
        "ack_t9": """
Recibimos tu currículum, ¡gracias! Dame unos días, que lo leo todo yo.
Pasé tu candidatura a la encargada del almacén, que es quien decide; está de vacaciones hasta el lunes.
Aún no hay respuesta del cliente, pero es normal en estas fechas. Les vuelvo a insistir el martes y te cuento.
Vamos con retraso con el correo: no interpretes el silencio como un no, tu CV está aquí y se va a leer.
La oferta ya no admite nuevas candidaturas; la tuya llegó dentro del plazo y sigue en revisión.
""",
        "inv_t9": """
hola {first}, vi tu CV – ¿te puedes pasar mañana por la tienda a las 5? es solo para conocernos
¿Podemos hablar por teléfono esta semana? Dime una hora que te venga bien.
""",
        "off_t9": """
La oferta queda condicionada a la comprobación de tus referencias; después te confirmamos la fecha de ingreso.
Gracias por tu contrapropuesta. Podemos subir el salario bruto anual a 34.000 euros; el resto no cambia.
Tu contrato ya está disponible para firma en el portal del empleado.
SUBJECT: buenas noticias || el puesto es tuyo!! mañana te mando el contrato, llámame para cerrar la fecha
Usted ha sido seleccionado/a para el cargo de {role}; le pedimos los documentos de vinculación antes del viernes.
""",
        "oth_t9": """
Gracias por avisarme de que estás retirando tu candidatura; ya he cerrado tu expediente. ¡Mucha suerte!
¿Sabías que el 45 % de nuestras vacantes se cubren con talento interno? Descubre más en nuestro blog de empleo.
""",
    },
    "pt": {
        "rej_t9": """
Passando pra avisar: acabamos ficando com outra pessoa, que mora aqui perto e pode abrir a loja. Obrigada pelo interesse!
Nessa vaga vamos seguir com uma designer que mora em Recife, pra dar conta das reuniões presenciais.
Conversei com o meu sócio e escolhemos a outra finalista, que já tinha experiência com sinistros.
Obrigado por deixar o currículo. No momento não temos vagas abertas e a equipe já está completa, então não posso oferecer nada.
A sua nota na prova não lhe permite avançar para a fase de entrevistas.
O processo seletivo para {role} foi encerrado para você. Agradecemos a sua dedicação.
Depois do seu dia de teste pensamos bem, mas por agora é não. Volte a falar comigo no verão.
Embora você não siga nesta vaga, gostaríamos de manter o seu perfil no nosso banco de talentos.
""",
        "ack_t9": """
Recebi o seu currículo, obrigada! Me dá uns dias que eu leio tudo com calma.
Encaminhei a sua candidatura para a gerente da loja, que é quem decide; ela volta na segunda.
Ainda não há resposta do cliente, é normal nesta época. Vou cobrar na terça e te aviso.
Estamos atrasados com os e-mails: não leve o silêncio como um não, o seu CV está aqui e vai ser lido.
Não estamos mais recebendo novas candidaturas para esta vaga; a sua chegou dentro do prazo e continua em análise.
""",
        "inv_t9": """
oi {first}, vi seu currículo – consegue passar aqui na loja amanhã às 17h? só pra gente se conhecer
Tem um tempinho essa semana pra um telefonema rápido? Me manda dois horários que funcionem.
""",
        "off_t9": """
A proposta fica sujeita à verificação das suas referências; depois disso confirmamos a data de início.
Obrigado pela contraproposta. Conseguimos ajustar o salário para R$ 9.500,00, o resto continua igual.
A sua carta-proposta já está disponível no portal para assinatura.
SUBJECT: boa notícia || a vaga é sua!! amanhã te mando o contrato, me liga pra combinar o início
Depois do seu dia experimental, todo mundo concordou: queremos você como {role}. Consegue começar no dia 10?
""",
        "oth_t9": """
Obrigado por avisar que está retirando a sua candidatura; já encerrei o seu processo aqui. Boa sorte!
Sabia que 40% das nossas vagas são preenchidas por talentos da casa? Leia as histórias no nosso blog.
""",
    },
}

WRAP = parts_tuned5.WRAP
