# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 11's TUNED part of the generated corpus (`generated12/`).

Written in round 11, after the training part of another independent author (`parts_author9b`)
had been measured and its misses looked at, as new examples of the *families* behind those
misses, in other words than theirs. Receipts: hiring paused until a date while the person's
application is kept; a reserve list, a waiting list or a pool of suitable candidates, with
"this is not a no"; the decision not made yet; an application declared admissible for a
competition. Rejections: the person's file closed; an application not retained or screened out;
the person's name not on the list of those who passed; a panel that resolved not to admit them;
the outcome unfavourable; a negative status after a colon, in quotes or "listed as".
Invitations: a test or a recorded interview to do ("please record…", "the next step will be a
test"); selected for a selection day; invited to an assessment session; an interview moved; an
agency's client who wants to meet the person. Offers: selected for a programme; a place offered
with a separable verb; the hire from a date; a recruitment proposed; the contract sent or drawn
up.

The hard negatives guard those rules: a hiring freeze "until further notice" that closes every
application; a reserve list that expired; an interview for a graduate scheme (an invitation,
not a place on it); a candidate survey to complete; a file closed at the person's request; a
status still under review; an outcome still to come; a recruiter's cold mail about "one of my
clients"; paperwork for a first day after the offer was accepted; an agency's placement.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Larchwood Assurance",
    "Stadtwerke Emsland",
    "Atelier Vauban",
    "Consorcio Río Claro",
    "Grupo Serra Azul",
    "Ferngate Studios",
    "Office cantonal de l'emploi",
)

ROLES: tuple[str, ...] = (
    "Claims Analyst",
    "Sachbearbeiter Controlling",
    "Technical Artist",
    "Graduate Engineer",
    "Auxiliar Administrativo",
    "Analista de Crédito",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Owen Pritchard", "owen.pritchard@{domain}"),
    ("Bewerbermanagement", "bewerbung@{domain}"),
    ("Service Concours", "concours@{domain}"),
    ("Inés Carmona", "rrhh@{domain}"),
    ("Talita Moura", "talentos@{domain}"),
    ("Hiring Desk", "no-reply@apply.crewbase.example"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t12": """
After some thought we have decided to close your file for the {role} opening, as we need someone who can start this month.
We will not be retaining your application beyond the first sift; the role calls for chartered status, which you don't yet hold.
Your application was screened out during the initial sift because it did not show the security clearance the post requires.
The list of successful candidates was published on 3 June, and your name does not appear on the list of shortlisted applicants.
The outcome of your application is unfavourable on this occasion. We'd be glad to see you apply again next year.
Your application for {role} is now marked as 'Not progressing' in the careers portal.
We have put hiring for {role} on hold until further notice, and we are closing all open applications, including yours.
You were ranked on the reserve list for {role}, but the list has now expired and no further appointments will be made from it.
""",
        "ack_t12": """
Recruitment for {role} is paused until the end of the quarter. Your application remains active and nothing more is needed from you.
The selection board has put you on the reserve list in second place. This is not a rejection: we'll contact you if a post opens up.
Your application has been declared eligible, and we'll send the dates of the written tests in due course.
SUBJECT: Application status || Your application status has changed to "Under review by the hiring team". We'll update you again soon.
The outcome of your application will be shared with you within two weeks, once the panel has met.
""",
        "inv_t12": """
The next step will be a timed numerical reasoning test, which you can take from home any day this week.
Please record a short video interview through the link below before Sunday evening; it should take about fifteen minutes.
You've been selected to attend our assessment centre in Reading on 9 July. Lunch is provided and we'll reimburse travel.
My client would like to interview you on Thursday at their Bristol office. Shall I confirm 2pm?
Something has come up for the panel. Could we move your interview to Friday at 10am instead?
You've been selected for an interview for our graduate scheme next Tuesday at 2pm; please confirm you can attend.
""",
        "off_t12": """
Congratulations! You have been accepted onto our graduate scheme, which starts on 6 October in Leeds.
We are attaching your employment contract for {role}; please sign it and send it back by Friday.
Once you've sent us your bank details and references, we'll prepare your contract and confirm the start date.
You have been placed at our client's distribution centre from Monday; your assignment details are in the app.
""",
        "oth_t12": """
One of my clients, a fast-growing insurer, would love to speak with you about a senior role. Open to a chat this week?
Please complete our two-minute candidate survey. Your answers won't affect your application in any way.
As you requested, we have closed your file and deleted the documents you uploaded.
Before your first day on 1 September, please upload your passport and P45 to the onboarding portal.
""",
    },
    "de": {
        "rej_t12": """
Nach Abschluss der Prüfung haben wir entschieden, Ihr Dossier für diese Stelle zu schliessen.
Leider stehen Sie nicht auf der Liste der erfolgreichen Bewerberinnen und Bewerber für die zweite Runde.
Das Ergebnis Ihres Auswahlverfahrens ist leider negativ ausgefallen.
In der Vorauswahl sind Sie leider ausgeschieden, da die geforderte Berufserfahrung fehlte.
Die Stellenbesetzung ist bis auf Weiteres ausgesetzt, daher beenden wir das Verfahren und sagen allen offenen Bewerbungen ab.
""",
        "ack_t12": """
Die Stellenbesetzung ruht bis Ende Mai. Ihre Bewerbung bleibt aktiv und wird danach weiter geprüft.
Sie stehen auf Platz 3 der Reserveliste. Das ist keine Absage: Wird eine Stelle frei, melden wir uns bei Ihnen.
Die Entscheidung über die Besetzung ist noch nicht gefallen; Sie gehören weiterhin zum Kreis der geeigneten Kandidatinnen und Kandidaten.
""",
        "inv_t12": """
Bitte nehmen Sie an unserem Online-Test teil; der Link ist fünf Tage gültig.
Mein Mandant möchte Sie gern kennenlernen. Passt Ihnen Mittwoch um 11 Uhr in Hamburg?
""",
        "off_t12": """
Wir bieten Ihnen einen Ausbildungsplatz als {role} ab 1. August an und freuen uns auf Ihre Zusage.
Wir möchten Sie zum 1. Juli als {role} einstellen. Die Vertragsunterlagen folgen per Post.
""",
        "oth_t12": """
Für einen meiner Kunden, ein Familienunternehmen im Maschinenbau, suche ich eine Controllerin. Hätten Sie Lust auf ein kurzes Telefonat?
""",
    },
    "fr": {
        "rej_t12": """
Nous avons décidé de clore votre dossier pour ce recrutement, le poste demandant une habilitation que vous ne possédez pas.
Vous ne figurez pas sur la liste des candidats admis à l'épreuve orale de la session de printemps.
La réponse donnée à votre candidature est négative ; nous vous remercions néanmoins de votre intérêt.
Statut de votre dossier : « Candidature non retenue ». Le détail est disponible dans votre espace.
""",
        "ack_t12": """
Le recrutement est gelé jusqu'en juin, votre candidature reste active et sera réexaminée à la reprise.
Vous êtes inscrite sur la liste d'attente, en troisième position. Ce n'est pas un refus : nous reviendrons vers vous si un poste se libère.
Votre dossier de candidature au concours a été jugé recevable ; la convocation aux écrits suivra.
""",
        "inv_t12": """
Merci de passer les tests de raisonnement en ligne d'ici lundi ; comptez quarante minutes.
Nous vous invitons à une session de recrutement collective le 4 avril à 9 h dans nos locaux de Lille.
Mon client souhaite vous rencontrer la semaine prochaine, à Genève ou en visio.
""",
        "off_t12": """
Vous avez été retenue pour notre programme de jeunes diplômés, qui débute le 1er septembre.
Nous avons le plaisir de vous proposer une embauche en CDI à compter du 2 mai.
Nous vous adressons ci-joint votre contrat de travail, à nous retourner signé sous huit jours.
""",
        "oth_t12": """
À votre demande, nous avons clôturé votre candidature et supprimé vos documents.
""",
    },
    "es": {
        "rej_t12": """
Lamentablemente no figuras en el listado de aprobados del primer examen de la convocatoria.
El tribunal ha resuelto no admitir su solicitud a la fase de entrevista.
La respuesta a tu candidatura es desfavorable en esta ocasión.
Tu solicitud aparece como «Descartada» en el portal de empleo.
El proceso está en pausa indefinida y cerramos todas las candidaturas abiertas, incluida la tuya.
""",
        "ack_t12": """
La contratación está congelada hasta marzo; tu candidatura permanece activa y te escribiremos cuando se reanude.
Has quedado incluida en la lista de espera en el puesto 2. Esto no significa un rechazo: si se libera una plaza, te llamaremos.
Su solicitud ha sido admitida a trámite; le comunicaremos la fecha del examen.
""",
        "inv_t12": """
Tendrás que responder a una videoentrevista grabada de cuatro preguntas antes del domingo.
Has sido seleccionado para la jornada de evaluación del día 12 en nuestra sede de Sevilla.
¿Podemos pasar la entrevista al jueves a las 10:00? A la responsable le ha surgido un viaje.
Mi cliente quisiera entrevistarte esta semana; ¿te viene bien el miércoles por la tarde?
""",
        "off_t12": """
¡Felicidades! Has sido admitida en nuestro programa de becas de verano, que empieza el 1 de julio.
En cuanto nos envíes tus datos bancarios, preparamos tu contrato y te confirmamos la fecha de incorporación.
""",
        "oth_t12": """
Para tramitar tu alta antes del primer día, sube una copia de tu DNI al portal del empleado.
""",
    },
    "pt": {
        "rej_t12": """
Informamos que o seu nome não consta da lista de aprovados na primeira fase do concurso.
A comissão decidiu não admitir a sua candidatura à etapa de entrevistas.
O resultado da sua candidatura foi desfavorável desta vez.
Sua candidatura passou para o estado «Reprovada» na plataforma.
""",
        "ack_t12": """
As contratações estão suspensas até abril, mas sua candidatura continua ativa e será retomada depois.
Você foi incluída no cadastro de reserva, na 5ª posição. Isso não é uma recusa: se abrir uma vaga, entraremos em contato.
Sua inscrição no concurso foi homologada; o edital com as datas sai na próxima semana.
""",
        "inv_t12": """
Pedimos que realize o teste online de lógica até quarta-feira; leva cerca de trinta minutos.
Você foi selecionada para a dinâmica de grupo de sexta-feira, às 14h, no nosso escritório.
Meu cliente gostaria de te entrevistar na segunda-feira. Podemos confirmar às 10h?
""",
        "off_t12": """
Parabéns! Você foi selecionado para o nosso programa de estágio de 2026, com início em fevereiro.
Assim que recebermos os documentos, elaboramos o seu contrato e confirmamos a data de início.
""",
        "oth_t12": """
Um dos meus clientes, uma seguradora em expansão, está buscando um analista sênior. Você toparia uma conversa rápida?
""",
    },
}

WRAP = parts_tuned5.WRAP
