# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 12's tuned part of the generated corpus (`generated14/`).

Written in round 12 from the families of round 9's former held-out part's misses (`round9/`),
in new words and in five languages, with hard negatives beside each family.

Rejections: the job offered to a third person after a decision; the person not taken on to the
next or the final round, said by the employer; "the answer is no" and a plain "we have to
decline"; a softener before a decision about an interview or an offer; an applicant tracker's
status "closed" in the subject, the body only pointing to the portal; good wishes after such a
status. Hard negatives: the job offered to the reader ("offer the role to you"); an interview
date cancelled ("den Termin absagen") with a new time asked; a panel member unable to attend,
the interview moved; "most applicants were turned down, but you…" (invitations); a status
"closed" because the person withdrew (other); an application "still considered for future
openings" beside a "no" (a rejection).

Receipts: the application still in the running ("sigue sobre la mesa", "reste en lice"); the
shortlist not closed yet; an apology for the delay; a CV arrived and passed on, in the first
person; an applicant tracker's footer ("because you created a candidate profile").

Invitations: a past "no" for another job, the person remembered when a new one opened, a call
asked for; most applicants turned down "but you" go on; meeting the person on a day; a test or
an interview taking place on a day; a coffee or a chat about the job asked for casually.

Offers: happy to hire the person ("heureux de vous engager", "gostaríamos de contratá-lo"); the
contract ready to be signed in any verb form. Other: a reference request (fr, pt); an open day
("Tag der offenen Tür", "jornada de puertas abiertas").

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Brightwater Foods",
    "Stadtwerke Lindenau",
    "Atelier Morvan",
    "Grupo Alborada",
    "Farmácia Estrela",
    "Quayside Robotics",
)

ROLES: tuple[str, ...] = (
    "Payroll Specialist",
    "Elektroniker",
    "Responsable logistique",
    "Auxiliar Administrativo",
    "Técnica de Farmácia",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Hannah Okafor", "hannah.okafor@{domain}"),
    ("Personalservice", "bewerbung@{domain}"),
    ("Service RH", "rh@{domain}"),
    ("Marta Quiroga", "talento@{domain}"),
    ("Inês Carvalho", "recrutamento@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t14": """
Thank you for meeting the warehouse team last week. The hiring board has decided to offer the {role} post to a colleague who already runs one of our sites.
Thanks for the presentation you prepared. Having talked it over, we won't be taking you through to the final round.
Thanks for getting back to us so quickly. I'm afraid this time the answer is no.
SUBJECT: Application status: Unsuccessful || Hi Alex, the status of your {role} application has changed in your candidate account. Please sign in to read it. We wish you all the best.
Your application is still being considered for future openings; for this {role} vacancy, however, we have chosen another candidate.
""",
        "ack_t14": """
Apologies for the delay in replying. The panel has not yet finalised its shortlist, and your application is still under consideration.
Quick note: your application is still in the running, we are just slower than usual because half the team is on leave.
""",
        "inv_t14": """
Although we couldn't offer you the warehouse role last autumn, you were the first person we thought of when this {role} opening was approved. Could we have a quick call on Thursday?
We had to turn down most of the applicants, but you made the shortlist. Please pick a time for the online reasoning test before Monday.
We'd like to meet you on Tuesday 9 September at our Bristol office, together with the operations manager.
We won't be inviting anyone else to the final round, so we'd like to see you on Friday at 11am to finish the process.
""",
        "off_t14": """
We'd be glad to take you on as our {role} from 1 October; the written contract will follow once you confirm.
We'd like to offer the {role} role to you, starting on 3 November, at the salary we discussed.
""",
        "oth_t14": """
SUBJECT: Application status: Closed || As you asked, we've withdrawn your application for {role}. Thanks for letting us know, and good luck with your new job.
""",
    },
    "de": {
        "rej_t14": """
Vielen Dank für das Gespräch mit der Werksleitung. Wir haben uns entschieden, die Stelle einer Kollegin aus unserem Standort Halle anzubieten.
Danke für Ihre Präsentation. Nach Rücksprache im Team laden wir Sie leider nicht zur letzten Runde ein.
Danke für Ihre Geduld – wir müssen Ihnen leider diesmal absagen.
SUBJECT: Status Ihrer Bewerbung: Abgelehnt || Guten Tag, der Status Ihrer Bewerbung als {role} wurde in Ihrem Bewerberkonto aktualisiert. Bitte melden Sie sich an, um Details zu sehen.
""",
        "ack_t14": """
Entschuldigen Sie die Verzögerung. Ihre Bewerbung ist weiterhin im Rennen, die Auswahlliste ist aber noch nicht festgelegt.
""",
        "inv_t14": """
Auch wenn es im Herbst mit der Stelle in der Instandhaltung nicht gepasst hat, ist uns Ihr Profil in Erinnerung geblieben. Wir würden Sie gern zur neuen Stelle als {role} anrufen – wann passt es Ihnen?
Leider müssen wir den Termin am Dienstag absagen, weil unser Werkstattleiter krank ist. Passt Ihnen Donnerstag um 10 Uhr?
Die praktische Prüfung findet am 14. Oktober um 8 Uhr in unserer Lehrwerkstatt statt. Bitte bringen Sie Arbeitsschuhe mit.
Wir mussten den meisten Bewerbern absagen, aber Sie sind in der engeren Wahl. Bitte buchen Sie einen Termin für das Gespräch.
""",
        "off_t14": """
Wir würden Sie gern zum 1. Januar als {role} einstellen. Der Arbeitsvertrag steht in unserem Portal zur Unterzeichnung bereit.
""",
        "oth_t14": """
SUBJECT: Tag der offenen Tür || Am 21. September öffnen wir unsere Werkstätten für alle Interessierten. Einladung zum Tag der offenen Tür mit Führungen ab 10 Uhr.
""",
    },
    "fr": {
        "rej_t14": """
Merci d'avoir rencontré l'équipe la semaine dernière. Après réflexion, nous avons décidé de proposer le poste à une candidate déjà formée à notre logiciel.
Merci pour ta candidature et pour le test. Après échange avec l'équipe, on ne te retient pas pour le prochain entretien.
Merci pour ta patience ; cette fois-ci, la réponse est non.
SUBJECT: Statut de votre candidature : refusée || Bonjour Alex, le statut de votre candidature au poste de {role} a été mis à jour. Connectez-vous à votre espace pour le consulter. Bonne continuation.
""",
        "ack_t14": """
Nous vous prions de nous excuser pour ce délai. Votre dossier reste en lice : la commission n'a pas encore arrêté sa liste.
""",
        "inv_t14": """
Bien que nous n'ayons pas pu retenir votre candidature au printemps dernier, nous avons pensé à vous dès l'ouverture du poste de {role}. Auriez-vous un moment pour un appel jeudi ?
Nous aimerions vous rencontrer le 2 octobre dans notre atelier de Nantes, avec le directeur des opérations.
L'épreuve pratique aura lieu le 9 octobre à 14 h dans nos locaux ; merci de confirmer votre présence.
""",
        "off_t14": """
Nous serions ravis de vous embaucher comme {role} à partir du 1er décembre ; pouvez-vous nous confirmer votre accord d'ici lundi ?
""",
        "oth_t14": """
Bonjour, M. Julien Perrin a postulé chez nous et vous a indiqué comme référence. Pourriez-vous nous dire quand vous joindre ?
""",
    },
    "es": {
        "rej_t14": """
Gracias por tu tiempo en la entrevista. Finalmente hemos ofrecido el puesto a una persona que ya trabajaba con nosotros en prácticas.
Gracias por hacer el caso práctico. Tras comentarlo con el equipo, decidimos no pasarte a la ronda final.
SUBJECT: Estado de tu solicitud: Rechazada || Hola Alex, hemos actualizado el estado de tu solicitud para {role}. Entra en tu área personal para verlo. Te deseamos mucha suerte.
Lamentamos comunicarte que no te vamos a presentar una oferta en esta ocasión.
""",
        "ack_t14": """
Disculpa el retraso. Todavía no hemos cerrado la lista de finalistas y tu candidatura sigue sobre la mesa.
Te cuento que me llegó tu CV y se lo paso hoy mismo a la jefa de administración. ¡Seguimos en contacto!
""",
        "inv_t14": """
Aunque en la primavera pasada no pudimos contar contigo para el puesto de recepción, nos acordamos de ti cuando se abrió la vacante de {role}. ¿Tendrías un rato para una llamada el lunes?
Lamentablemente, la responsable de equipo no podrá asistir el martes, así que tenemos que mover tu entrevista. ¿Te va bien el jueves a las 12:00?
Tuvimos que descartar a la mayoría de las candidaturas, pero tú sigues adelante. Reserva un hueco para la prueba antes del viernes.
¿Te animas a tomar un café el miércoles? La gerente quiere charlar contigo sobre el puesto con calma.
""",
        "off_t14": """
Nos gustaría contratarte como {role} a partir del 1 de febrero. Tu contrato ya está listo para firmarse en el portal.
""",
        "oth_t14": """
SUBJECT: Jornada de puertas abiertas || Te esperamos el sábado en nuestra jornada de puertas abiertas: visitas guiadas y charlas para toda la familia.
""",
    },
    "pt": {
        "rej_t14": """
Obrigado pela conversa com a direção técnica. A comissão decidiu oferecer a vaga a uma farmacêutica que já colabora connosco.
Obrigado pelo teste prático. Depois de conversar com a equipe, decidimos não te levar para a próxima etapa.
Agradecemos o seu interesse. Infelizmente, desta vez a resposta é não.
SUBJECT: Status da candidatura: Reprovada || Olá Alex, o status da sua candidatura para {role} foi atualizado. Entre na sua área do candidato para ver os detalhes. Boa sorte!
Lamentamos informar que não lhe vamos fazer uma proposta para esta função.
""",
        "ack_t14": """
Desculpe a demora. A sua candidatura não foi esquecida e continua em consideração; ainda não fechámos a lista de finalistas.
""",
        "inv_t14": """
Embora não tenha dado certo com a vaga de balcão no ano passado, lembramos de você assim que abriu a vaga de {role}. Teria um tempo para uma chamada na sexta?
Gostaríamos de a conhecer no dia 6 de novembro na nossa loja de Braga, às 10h.
A prova escrita terá lugar no dia 12 de novembro às 9h, na sede da empresa.
""",
        "off_t14": """
Gostaríamos de lhe oferecer o lugar de {role} na nossa farmácia, com início a 2 de janeiro. Pode confirmar até sexta?
Gostaríamos de oferecer a vaga a você: o contrato está pronto para ser assinado no portal.
""",
        "oth_t14": """
Olá, a Sra. Rita Gomes candidatou-se a uma vaga connosco e indicou você como referência. Podemos ligar-lhe esta semana?
""",
    },
}

WRAP = parts_tuned5.WRAP
