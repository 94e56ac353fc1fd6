# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 11's review part of the generated corpus (`generated13/`).

Written in round 11 by a reviewer of round 11's two rule blocks (`classify_rules.py`) and
their changes in `classify.py`, as hard negatives of each new family: mail that carries the
family's wording but means something else, and a few true positives it must still catch.

Hard negatives: a reschedule after a call that "didn't work out" ("hat leider nicht geklappt",
"no ha podido ser esta vez", "não deu certo desta vez"); a test link that "didn't pass" a spam
filter ("no pasó el filtro", "não passou no filtro"); time "not enough to move through" every
question; "below the pass mark" said of others before an invitation; a visit moved online
because the office "cannot host you" ("ne pourrons pas vous accueillir"); "not everyone goes
on to the next round, you do"; the decision not made yet before a second interview; a
candidate not eliminated for arriving late; an interview's "appointment is confirmed"; "we'd
love you to join us at the office" (a visit), a confidentiality contract to sign before a test,
the hire "subject to" a final interview, a meeting proposal confirmed (invitations, not
offers); the person who declined ANOTHER company's offer and this mail confirms this one; a
contractor role refused and a permanent one offered; a start date moved ("no podremos
incorporarte el 1 de marzo"); a clean background check ("negativ"); a bonus "excluded" in a
revised proposal (offers); a request for a missing document "otherwise we close your file"; a
privacy notice that "won't retain your application" beyond six months; "should you be
successful, your employment will be subject to…"; a provisional list with a correction
window; the next step named with "if your profile fits"; the first-placed candidate appointed
while the person stays on the waiting list (receipts); a rejection status quoted in a
newsletter; a webinar on conditional offers (other).

True positives: "this is not a rejection of your profile, but…" (in one sentence); a search on
hold with the application on file and a "no"; a pause with the application kept and a "no" in
one German sentence; a past application and a role "now filled" with a question; a "no" with a
call about the decision; an interview cancelled because the post was filled; "it didn't work
out this time" (de, pt); a score not high enough to progress; not on the reserve list; the
person who declined this offer (other).

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Hollowmere Logistics",
    "Kanzlei Brandt & Sommer",
    "Maison Ardent",
    "Clínica San Telmo",
    "Cooperativa Vale Verde",
    "Northlake Analytics",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Steuerfachangestellte",
    "Chargé de projet",
    "Técnico de Laboratorio",
    "Analista de Crédito",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Priya Nandakumar", "priya.nandakumar@{domain}"),
    ("Personalabteilung", "personal@{domain}"),
    ("Équipe Recrutement", "recrutement@{domain}"),
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Beatriz Lobo", "rh@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t13": """
This is not a rejection of your experience, which is strong; we have simply offered the role to an internal candidate.
We've put the search on hold until March; your application stays on file, but we won't be taking it any further.
You applied to us in 2023, but the {role} role has now been filled. Would you like us to keep your CV on file for future openings?
Although we have decided not to progress your application, I would like to talk you through the decision. Are you free on Friday afternoon?
Your test score was not high enough to progress to the interview stage this time.
You were not placed on the reserve list, so your application for {role} is now closed.
""",
        "ack_t13": """
Thank you for your documents. Please send us the missing degree certificate by Friday; otherwise we will have to close your file.
We've received your application. Please note that we won't retain your application for longer than six months after this process closes.
Should you be successful, your employment will be subject to satisfactory references and a background check. We'll be in touch once the panel has reviewed all applications.
""",
        "inv_t13": """
Our first e-mail with the test link didn't pass our mail filter, so here it is again. Please complete the assessment by Friday.
Most people find 45 minutes is not enough to move through every question, so don't worry if you don't finish. Please take the test by Thursday.
Candidates who scored below the pass mark have been told. You scored 84%, and we'd like to invite you to a final interview on Tuesday at 10am.
Your appointment is confirmed for Tuesday 14 May at 10:00 with Dr Patel and the hiring panel, in room 3B.
We'd love you to join us at our Leeds office next Thursday at 2pm to meet the team and do a short technical interview.
We are unable to host you on site on Friday, so your interview will take place on Teams at the same time.
""",
        "off_t13": """
Since you've decided to decline the other offer, we're delighted to confirm ours: the {role} role at £52,000, starting 1 September.
We can't take you on as a contractor, but we'd like to offer you the role as a permanent employee from 1 June.
We are offering you the role of {role}, subject to references; the written offer follows today.
""",
        "oth_t13": """
SUBJECT: The Candidate Digest, May issue || Survey of the month: 61% of candidates say the message “we are not progressing your application” arrives with no feedback at all.
SUBJECT: Members' webinar || Webinar: how to negotiate a conditional offer, Thursday at 6pm, free for members.
You've decided to decline our offer; thank you for letting us know so quickly, and good luck in your new role.
""",
    },
    "de": {
        "rej_t13": """
Leider hat es diesmal nicht geklappt: Wir haben uns für eine Bewerberin mit mehr Erfahrung in der Lohnbuchhaltung entschieden.
Die Besetzung ruht bis Ende Juni, Ihre Bewerbung bleibt erhalten, aber für diese Stelle können wir Sie leider nicht berücksichtigen.
""",
        "ack_t13": """
Ihre Unterlagen sind unvollständig. Bitte reichen Sie das fehlende Zeugnis bis Freitag nach, sonst müssen wir Ihr Dossier schliessen.
""",
        "inv_t13": """
Das Telefonat hat leider nicht geklappt, weil die Verbindung abbrach. Können wir es morgen um 10 Uhr noch einmal versuchen?
Schade, dass es diesmal nicht geklappt hat mit unserem Videocall. Passt Ihnen Donnerstag um 14 Uhr für das Gespräch?
Es kommen nicht alle in die nächste Runde, Sie aber schon! Wir laden Sie herzlich zum Zweitgespräch am Montag um 9 Uhr ein.
Die Entscheidung ist noch nicht gefallen: Vorher möchten wir Sie gern zu einem zweiten Gespräch am Mittwoch um 11 Uhr einladen.
""",
        "off_t13": """
Sie haben uns mitgeteilt, dass Sie das Angebot dort abgelehnt haben. Umso mehr freuen wir uns, Ihnen hiermit unser Angebot als {role} zu bestätigen.
Das Ergebnis Ihrer Sicherheitsüberprüfung war negativ, es liegen also keine Einträge vor. Ihr Arbeitsvertrag als {role} geht heute in die Post.
""",
        "oth_t13": """
SUBJECT: Karriere-Newsletter Juni || Umfrage: Jede dritte Bewerberin sieht im Portal nur den Status „nicht mehr im Verfahren“, ohne jede Erklärung.
""",
    },
    "fr": {
        "rej_t13": """
Ce n'est pas un refus de votre profil, mais nous ne donnerons pas suite à votre candidature pour ce poste.
""",
        "inv_t13": """
Nous ne pourrons pas vous accueillir dans nos locaux mardi ; l'entretien aura donc lieu en visio, à 10 h comme prévu.
Rassurez-vous, vous ne serez pas éliminé de la procédure si vous arrivez en retard : l'entretien du 12 mai à 9 h est maintenu.
Nous vous confirmons notre proposition de rendez-vous : entretien le jeudi 6 juin à 14 h avec la directrice.
On aimerait que tu nous rejoignes mardi pour un café avec l'équipe, juste avant l'entretien technique de 11 h.
""",
        "off_t13": """
Puisque vous avez décidé de décliner l'offre de votre employeur actuel, nous avons le plaisir de vous confirmer notre proposition pour le poste de {role}.
Nous allons devoir mettre fin à la procédure pour les autres candidats : nous souhaitons vous proposer le poste de {role} à compter du 1er juillet.
""",
        "oth_t13": """
SUBJECT: La lettre des candidats || Dans notre lettre d'information : que faire quand votre espace affiche « Dossier non retenu » sans explication ?
""",
    },
    "es": {
        "rej_t13": """
Esto no es un rechazo a tu perfil, pero hemos decidido no seguir adelante con tu candidatura.
La entrevista programada para el 12 de mayo queda cancelada, ya que el puesto se ha cubierto internamente.
""",
        "ack_t13": """
No figuras en la lista provisional de admitidos porque falta tu título; tienes diez días hábiles para subsanarlo.
La próxima etapa será una entrevista con el cliente; si tu perfil encaja, te escribiremos en las próximas dos semanas.
""",
        "inv_t13": """
El correo con el enlace de la prueba no pasó el filtro de spam, así que te lo reenviamos: tienes hasta el viernes para completarla.
La llamada de hoy no ha podido ser esta vez por un problema de conexión; ¿te va bien mañana a las 10:00 para la entrevista?
Nos gustaría que te unas a nosotros el jueves en la oficina para conocer al equipo y hacer la entrevista técnica.
Te enviamos el contrato de confidencialidad para tu firma antes de la prueba técnica del jueves a las 11:00.
La contratación estará sujeta a superar la entrevista final, que será el martes a las 10:00 en nuestra sede.
""",
        "off_t13": """
Ya que has decidido rechazar la otra oferta, te confirmamos por escrito nuestra propuesta: 42.000 euros brutos anuales y teletrabajo dos días.
No podremos incorporarte el 1 de marzo como estaba previsto, sino el 15; el resto de la oferta se mantiene igual.
""",
    },
    "pt": {
        "rej_t13": """
Isso não é uma reprovação definitiva, mas não seguiremos com a sua candidatura nesta vaga.
Não deu certo desta vez: optamos por uma candidata com mais experiência em crédito.
""",
        "ack_t13": """
O candidato classificado em 1.º lugar foi nomeado para o cargo; você permanece na lista de espera, na 2.ª posição.
A próxima etapa será uma entrevista com o gestor; caso seu perfil seja selecionado, entraremos em contato.
""",
        "inv_t13": """
A chamada de hoje não deu certo desta vez por causa da ligação; podemos remarcar para amanhã às 10h?
O e-mail com o link do teste não passou no filtro de spam, por isso reenviamos: você tem até sexta para fazer a avaliação.
Gostaríamos que você se juntasse a nós na sexta para um dia de experiência com a equipe, das 9h às 17h.
Encaminhamos a proposta de cronograma das entrevistas: a sua será na quarta às 15h.
""",
        "off_t13": """
Como você decidiu recusar a outra proposta, temos o prazer de confirmar a nossa: R$ 9.500 mensais, início em 1º de julho.
Segue a proposta revista para o cargo de {role}: o bónus anual fica excluído durante o período experimental, e o salário sobe para 2.400 euros.
""",
    },
}

WRAP = parts_tuned5.WRAP
