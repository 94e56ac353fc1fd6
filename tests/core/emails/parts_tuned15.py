# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 13's tuned part of the generated corpus (`generated15/`).

Written in round 13 from the families of the training part `author10a/`'s misses, in new words
and in five languages, with hard negatives beside each family.

Offers: the team wants the person in the role; glad to have the person, as a sentence of its
own; formal paperwork once references are checked; pleased to make an offer for a job; the
first choice, with nothing in writing yet; the job is the person's; the contract ready for an
electronic signature or to be signed and returned; the written offer attached; welcomed with
the first day stated; once signed, the first week planned. Hard negatives: an offer decided
against or hoped for and not made (rejections); a job alert's "new offers" (other); onboarding
paperwork before a first day (other); "we'd love to have you for an interview", "the team wants
you to meet the director", "our first choice for the final interview" (invitations).

Rejections: another choice made with a word in between; a candidate chosen "however"; the post
gone to somebody else; a score below the pass mark; "doesn't fit for us" as a sentence of its
own; a decision at the head of the subject ("Unsuccessful: …"). Hard negatives: a date that
does not suit (an invitation); a score above the pass mark (an invitation).

Other: the person accepted another offer and the file is closed; a recruiter introducing
themselves with an opportunity for the person, asking when suits; a weekly digest managed "in
your candidate account".

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Harbourline Ferries",
    "Kesselbach Medizintechnik",
    "Maison Lavandier",
    "Cooperativa Río Claro",
    "Padaria Ribeirinha",
    "Northgate Analytics",
)

ROLES: tuple[str, ...] = (
    "Fleet Coordinator",
    "Servicetechnikerin",
    "Chargé de clientèle",
    "Técnico de Mantenimiento",
    "Assistente de Compras",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Ruth Abernethy", "ruth.abernethy@{domain}"),
    ("Personalteam", "karriere@{domain}"),
    ("Équipe Talents", "talents@{domain}"),
    ("Nuria Bethencourt", "empleo@{domain}"),
    ("Joana Prates", "pessoas@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "off_t15": """
Great news: the hiring panel wants you as our next {role}. I'll ring you tomorrow morning to go through pay and a start date.
We'd really love to have you with us. Formal paperwork will follow as soon as your two references have come back.
You are our top choice for the {role} job. Before we send anything in writing, could we talk briefly about your current notice?
Your employment contract is ready for e-signature; look out for a message from our signing service this afternoon.
Enclosed is your written offer for the {role} role: £31,000 a year, 27 days' holiday and a six-month probation.
Welcome to the crew! Your first day is Monday 6 October, and Priya from the depot will show you around.
As soon as you've signed, our IT desk will set up your laptop and send the plan for your first week.
""",
        "rej_t15": """
Thank you for the two interviews. After the final debrief the board decided against making an offer for the {role} post.
I had hoped to get back to you with an offer, but the funding for the second position was withdrawn last week.
We have now finished the selection and the {role} role has gone to somebody else in the team.
Your result in the aptitude test (52%) was below the pass mark of 60% set for this campaign.
SUBJECT: Unsuccessful: {role} || Hi Alex, thanks for the effort you put into your application. Your data will be kept for six months and then deleted.
We looked at every application closely and, in the end, we made a different choice for this role.
""",
        "inv_t15": """
We'd love to have you for a second interview with the fleet director. Could you do Wednesday at 2pm?
You are our first choice for the final interview round, so please pick a slot on Thursday or Friday.
Your score in the aptitude test was above the pass mark, so we'd like to invite you to the interview stage next week.
""",
        "oth_t15": """
SUBJECT: 6 new offers for you || New offers for you this week: {role}, Warehouse Lead, Planner. Manage your alerts in your candidate account.
Welcome aboard! Before your first day, please upload your bank details and a copy of your passport to the onboarding portal.
Thanks for letting us know you've accepted an offer elsewhere. I've closed your application; all the best in the new role!
Hi Alex, I'm a tech recruiter at a consultancy and I have an interesting opportunity for you. When would suit you for a quick call?
""",
    },
    "de": {
        "off_t15": """
Tolle Neuigkeiten: Die Abteilung hätte Sie sehr gern als {role} an Bord! Ich rufe Sie morgen an, dann klären wir Gehalt und Eintritt.
Die formalen Vertragsunterlagen schicken wir, sobald Ihre Referenzen geprüft sind.
Du bist unsere erste Wahl für die Stelle. Bevor wir etwas schriftlich machen: Wie lang ist deine Kündigungsfrist?
Die Stelle gehört Ihnen, wenn Sie möchten – der Betriebsrat hat heute zugestimmt.
Ihr Arbeitsvertrag liegt ab sofort zur elektronischen Unterschrift bereit.
Anbei unser schriftliches Angebot: 52.000 € brutto im Jahr, 29 Urlaubstage und sechs Monate Probezeit.
Willkommen bei uns! Dein erster Arbeitstag ist Mittwoch, der 1. Oktober; dein Teamleiter holt dich am Empfang ab.
""",
        "rej_t15": """
Vielen Dank für die Gespräche. Die Runde hat sich am Ende gegen ein Angebot für Sie entschieden.
Ich hatte gehofft, Ihnen ein Angebot machen zu können, aber das Budget für die zweite Stelle wurde gestrichen.
Ihre Punktzahl im Eignungstest liegt leider unter der Mindestpunktzahl von 60 Punkten.
Passt bei uns leider gerade nicht. Trotzdem danke für Ihr Interesse.
SUBJECT: Absage: {role} || Hallo Alex, danke für Ihre Bewerbung. Ihre Daten werden nach sechs Monaten gelöscht.
""",
        "inv_t15": """
Falls Dienstag nicht passt, nennen Sie uns bitte einen anderen Termin für das Gespräch.
Das Team würde Sie gern als {role} kennenlernen: Passt Ihnen Donnerstag um 10 Uhr für ein Gespräch?
""",
        "oth_t15": """
SUBJECT: Neue Stellenangebote für dich || Diese Woche gibt es 8 neue Stellenangebote, die zu deinem Profil passen, darunter {role}.
Herzlich willkommen! Bevor dein erster Arbeitstag beginnt, lade bitte deine Steuer-ID und Bankverbindung im Portal hoch.
Danke, dass Sie uns Bescheid gegeben haben, dass Sie ein anderes Angebot angenommen haben. Wir schließen Ihre Bewerbung und wünschen alles Gute.
Guten Tag, ich bin Recruiterin bei einer Personalberatung und habe eine spannende Position für Sie. Wann passt es Ihnen für ein kurzes Telefonat?
""",
    },
    "fr": {
        "off_t15": """
Bonne nouvelle : toute l'équipe souhaite que vous nous rejoigniez en tant que {role} ! Je vous appelle demain pour parler salaire et date de début.
Nous serions ravis de vous compter parmi nous. Les documents officiels suivront dès que vos références auront été vérifiées.
Tu es notre premier choix pour le poste. Avant de t'envoyer quoi que ce soit par écrit, peut-on parler de ton préavis ?
Votre contrat est prêt pour la signature électronique ; vous recevrez un lien dans l'heure.
Ci-joint notre proposition écrite : 36 000 € bruts annuels, 25 jours de congés et une période d'essai de deux mois.
Bienvenue chez nous ! Ton premier jour est le lundi 6 octobre, et ta tutrice t'attendra à l'accueil.
Une fois le contrat signé, le service informatique préparera ton matériel et ton planning de la première semaine.
""",
        "rej_t15": """
Merci pour les entretiens. À l'issue du jury, nous avons décidé de ne pas vous faire de proposition pour ce poste.
J'espérais revenir vers vous avec une offre, mais le second recrutement n'a finalement pas été budgété.
Nous avons étudié chaque dossier avec attention et nous avons cette fois fait un autre choix.
Votre note à l'épreuve écrite (9/20) est inférieure à la note minimale de 12/20 fixée par le jury.
SUBJECT: Non retenu : {role} || Bonjour Alex, merci pour le temps consacré à votre candidature. Vos données seront supprimées au bout de six mois.
""",
        "inv_t15": """
Nous serions ravis de vous compter parmi nous pour l'entretien final de jeudi ; merci de confirmer l'horaire.
Votre note à l'épreuve écrite est supérieure à la note minimale : nous vous invitons à l'oral le 14 octobre à 10 h.
""",
        "oth_t15": """
SUBJECT: Nouvelles offres d'emploi pour vous || 12 nouvelles offres d'emploi correspondent à votre recherche, dont {role} à Lyon.
Bienvenue ! Avant ton premier jour, merci de déposer ton RIB et ta pièce d'identité sur le portail RH.
Merci de nous avoir informés que vous avez accepté une autre proposition. Nous avons clôturé votre dossier ; belle réussite à vous !
Bonjour, je suis recruteuse dans un cabinet et j'ai une opportunité intéressante pour vous. Quand seriez-vous disponible pour un échange ?
""",
    },
    "es": {
        "off_t15": """
¡Buenas noticias! La dirección quiere que te incorpores como {role}. Te llamo mañana para hablar de sueldo y fecha de inicio.
Estaríamos encantados de contar con usted. La documentación formal llegará una vez verificadas sus referencias.
Eres nuestra primera opción para la vacante. Antes de enviarte nada por escrito, ¿hablamos un momento de tu preaviso?
La plaza es tuya si todavía te interesa: la comisión lo aprobó esta mañana.
Te adjunto la oferta por escrito: 29.500 € brutos al año, 23 días de vacaciones y tres meses de prueba.
¡Te damos la bienvenida! Te incorporas el lunes 6 de octubre y tu responsable te esperará en recepción.
Una vez firmado el contrato, el equipo de sistemas preparará tu portátil y tu agenda de la primera semana.
""",
        "rej_t15": """
Gracias por las entrevistas. Tras la reunión final, la dirección decidió no hacerte una oferta para este puesto.
Esperaba volver a escribirte con una propuesta, pero la segunda plaza no recibió presupuesto.
Revisamos todas las candidaturas. La directora, sin embargo, eligió a una candidata con más experiencia en mantenimiento industrial.
Su puntuación en la prueba teórica (4,2) es inferior a la nota de corte de 5,0 fijada por el tribunal.
SUBJECT: Descartado: {role} || Hola Alex, gracias por tu interés. Conservaremos tus datos seis meses y después los eliminaremos.
""",
        "inv_t15": """
Nos encantaría contar con usted para una entrevista con la jefa de planta. ¿Le va bien el martes a las 11:00?
La dirección quiere que te incorpores a la siguiente fase: una prueba técnica el jueves por la mañana.
""",
        "oth_t15": """
SUBJECT: Nuevas ofertas de empleo para ti || Tenemos 9 nuevas ofertas de empleo que encajan con tu perfil, entre ellas {role}.
¡Bienvenido! Antes de tu primer día, sube tu DNI y tus datos bancarios al portal del empleado.
Gracias por avisarnos de que has aceptado otra oferta. Hemos cerrado tu candidatura; ¡mucha suerte en tu nuevo trabajo!
Hola, soy reclutadora en una consultora y tengo una oportunidad interesante para ti. ¿Cuándo te viene bien hablar?
""",
    },
    "pt": {
        "off_t15": """
Boas notícias: a equipa quer você como {role}! Ligo-lhe amanhã para falarmos de salário e data de início.
Gostaríamos muito de a ter connosco. A documentação formal segue assim que as suas referências forem confirmadas.
Você é a nossa primeira escolha para a vaga. Antes de mandar algo por escrito, podemos falar do seu aviso prévio?
Temos o prazer de lhe fazer uma proposta para a função de {role}, condicionada ao exame admissional.
Em anexo segue o seu contrato; pode devolvê-lo assinado até sexta-feira?
Boas-vindas à nossa equipa! O seu primeiro dia é segunda-feira, 6 de outubro, e a sua chefe vai recebê-la na entrada.
Assim que você assinar, o RH vai enviar o seu equipamento e a agenda da primeira semana.
""",
        "rej_t15": """
Obrigado pelas entrevistas. No fim, a direção decidiu não lhe fazer uma proposta para esta vaga.
Esperava voltar a falar consigo com uma proposta, mas a segunda contratação não foi aprovada no orçamento.
Analisámos todas as candidaturas. A direção, porém, escolheu uma candidata com experiência em compras públicas.
A sua nota na prova escrita (8,5) ficou abaixo da nota mínima de 10 valores.
SUBJECT: Reprovado: {role} || Olá Alex, obrigado pelo interesse. Os seus dados serão apagados ao fim de seis meses.
""",
        "inv_t15": """
Gostaríamos muito de o ter connosco numa entrevista na quinta-feira às 15h. Pode confirmar?
Você é a nossa primeira escolha para a entrevista final; escolha um horário na próxima semana.
""",
        "oth_t15": """
SUBJECT: Novas vagas para você || Encontramos 7 novas vagas para você, incluindo {role} em Lisboa.
Bem-vinda! Antes do seu primeiro dia, envie os seus documentos e os dados bancários pelo portal do colaborador.
Obrigado por avisar que você aceitou outra proposta. Encerrámos a sua candidatura; muito sucesso!
Olá, sou recrutadora numa consultora e tenho uma oportunidade interessante para você. Quando podemos conversar?
""",
    },
}

WRAP = parts_tuned5.WRAP
