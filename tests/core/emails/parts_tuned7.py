# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 7's TUNED part of the generated corpus (`generated7/`).

Written in round 7, after round 6's held-out part (`parts_round6`) had been measured and its
misses looked at, as new examples of the *families* behind those misses, in other words than
round 6's: brush-offs ("I'll have to pass", "müssen wir leider passen", "ça ne colle pas", "não
vai rolar"); no overlap or no shared future seen ("we don't see a strong enough fit with the
role", "keine gemeinsame Perspektive", "pas de perspective commune"); an application taken out
of the process or its file closed ("aus dem Verfahren genommen", "nous clôturons votre
dossier"); a bare status ("Status: Abgelehnt", "Estado: descartada"); an offer that cannot be
made, said verb-last ("Ein Angebot können wir Ihnen nicht unterbreiten"); another direction
taken; a job withdrawn, a procedure declared void, the person on no list; a committee that
decided not to invite; a decision after a test already taken ("nach der Probearbeit"); an
agency's client saying no; a reference number inside the decision ("Ref. 5512"). Receipts:
registered said verb-first ("Se ha registrado su solicitud"), read by the employer, moved to
review, a status in progress, still in the process, no news yet, a list of admitted candidates
to be published, "if your profile fits we will contact you". Invitations: an interview
appointment confirmed, "convocado/a para a entrevista", asked to meet the team, invited to the
final round, asked to report to reception. Offers: pay that cannot be raised ("we can't move
the base beyond…", "nicht über das Angebot hinausgehen", "no podemos subir el fijo"), chosen for
the post, invited to join the team.

The hard negatives guard those rules: a withdrawal the person asked for ("Auf Ihren Wunsch…",
"Comme demandé…"); a process to be closed by a date ("esperamos cerrar el proceso a mediados de
julio"); a test taken before an invitation; someone else chosen for the post ("otra persona fue
seleccionada para el puesto", a rejection); a future role that may fit ("if a suitable role
opens that fits your profile…", a rejection's door left open); recruiters' cold mail that asks
for a call ("if you're not looking, no worries"); an agency asking to update one's availability;
a password changed; newsletters about rejections and offers in five languages, and a rejection
addressed to the reader in a mail that has a newsletter footer.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t7": """
Thanks for sending this over so quickly. I'll have to pass this time – the team needs someone who has run payroll integrations end to end.
We don't see a strong enough fit with the role as it stands, so we'd rather be upfront with you now.
Having spoken with the panel, we can't see a shared future for you in the platform team, and we won't hold you up any longer.
Your application (Ref. 5512/B) has been reviewed and will not be taken forward.
Following the panel's review, we have removed your application from consideration for this vacancy.
The committee resolved not to invite you to the presentation stage.
After the take-home exercise, the team decided to continue with candidates who have more Go experience.
I presented your CV to my client last week; unfortunately they've decided to hire someone with a background in insurance and won't be progressing it.
SUBJECT: Application status – {role} || Status: Not progressed. No further action is required on your part.
We have decided to take the role in a different direction and will not be proceeding with your application.
""",
        "rej_t7b": """
The posting you applied to has been withdrawn by the hiring team and is no longer accepting applications.
The recruitment campaign for {role} has been closed without an appointment being made.
Your name does not appear on the list of candidates invited to the assessment centre.
Another applicant was selected for the position after the final interviews.
Unfortunately this one isn't going to happen for us. If a suitable role opens up that fits your profile, we will contact you.
""",
        "ack_t7": """
Quick update: no news just yet. The hiring manager is still working through the shortlist and you're still in the running.
The employer has viewed your application for {role}. We'll let you know when there's a change.
The list of admitted candidates will be published on our website after 20 June.
If your profile matches what the team is looking for, a recruiter will contact you to arrange a first call.
Unfortunately we have had a delay in reviewing applications; yours is still under review and we will get back to you by the end of the month.
""",
        "inv_t7": """
We're pleased to confirm your interview on Wednesday 9 July at 11:00 at our Bristol office. Please report to reception and ask for {sender}.
Thanks for completing the coding test – we'd like to invite you to the final round with the CTO next week.
We'd love you to meet two of the engineers on the team: could you do a 45-minute session on Tuesday afternoon?
""",
        "off_t7": """
We can't move the base salary above £68,000, I'm afraid, but we can add a relocation package and an extra week of leave. Everything else in your offer stays the same.
I'm delighted to tell you that you have been selected for the {role} position. Your written offer will follow tomorrow.
On behalf of the whole team, I'd like to invite you to join us as our new {role}. The contract is attached.
""",
        "oth_t7": """
Hi Alex, I'm working on a data leadership role with a fintech in Dublin, and we're keen to talk to people with your background. Open to a quick call on Thursday? If you're not looking, no worries at all.
Your password was changed on 12 June. If this wasn't you, please contact support. No further action is needed otherwise.
Could you update your availability and day rate in our contractor portal so we can match you with upcoming assignments?
This week's issue: why a rejection isn't the end of the road, and how to read an offer letter before you sign. Read it in your browser.
As requested, we have removed your application from consideration and deleted your documents.
""",
    },
    "de": {
        "rej_t7c": """
Wir möchten die Rolle in eine andere Richtung entwickeln und werden Ihre Kandidatur daher nicht weiterverfolgen.
Aktueller Status: nicht berücksichtigt. Weitere Stellen finden Sie in unserem Karriereportal.
Nach dem Probetag sehen wir keine gemeinsame Zukunft im Team und beenden das Verfahren an dieser Stelle.
""",
        "rej_t7": """
Danke für deine schnelle Rückmeldung. Bei dieser Rolle müssen wir leider passen, da wir jemanden mit mehr Erfahrung in der Fertigung suchen.
Nach dem Gespräch mit der Fachabteilung sehen wir leider keine gemeinsame Perspektive für eine Zusammenarbeit.
Da die geforderte Approbation fehlt, haben wir Ihre Bewerbung aus dem laufenden Auswahlverfahren genommen.
Ein Angebot können wir dir nach den Gesprächen leider nicht machen.
SUBJECT: Ihre Bewerbung – Statusänderung || Status Ihrer Bewerbung: Abgelehnt. Bei Rückfragen nutzen Sie bitte das Kontaktformular.
Die Kommission hat beschlossen, Sie nicht zu einer Lehrprobe einzuladen.
Nach der Probearbeit haben wir uns im Team gegen eine Zusammenarbeit entschieden.
Ich habe Ihr Profil bei meinem Kunden vorgestellt; er hat sich leider für eine Kandidatin aus der Branche entschieden.
Es klappt diesmal leider nicht – wir haben uns für eine andere Richtung entschieden.
Ihr Name steht nicht auf der Liste der Bewerberinnen und Bewerber, die zum Auswahlgespräch eingeladen werden.
Das Stellenbesetzungsverfahren wurde ergebnislos beendet.
""",
        "ack_t7": """
Kurzes Update: Wir haben noch keine Neuigkeiten für dich, du bist aber weiterhin im Verfahren. Ich halte dich auf dem Laufenden.
Status Ihrer Bewerbung: In Bearbeitung. Sie erhalten eine Nachricht, sobald sich etwas ändert.
Die Liste der zugelassenen Bewerberinnen und Bewerber wird nach Fristende im Portal veröffentlicht.
Leider dauert die Sichtung länger als geplant; Ihre Unterlagen sind vollständig und werden derzeit geprüft.
""",
        "inv_t7": """
Hiermit bestätigen wir Ihnen den Termin für das Vorstellungsgespräch am 3. Juli um 10 Uhr. Bitte melden Sie sich am Empfang im Erdgeschoss.
Nach der Fallstudie möchten wir dich gern zur letzten Runde nach Hamburg einladen.
Wir würden Sie gern unserem Team vorstellen – hätten Sie nächste Woche Zeit für einen Besuch vor Ort?
""",
        "off_t7": """
Beim Grundgehalt können wir nicht über unser Angebot hinausgehen, bieten Ihnen aber einen zusätzlichen Bonus und ein Deutschlandticket an. Alle übrigen Konditionen bleiben bestehen.
""",
        "oth_t7": """
Hallo Alex, ich suche für einen Mittelständler in Stuttgart jemanden mit deinem Profil. Falls du gerade nicht wechselwillig bist, ist das völlig in Ordnung – sonst lass uns kurz telefonieren.
Ihr Passwort wurde am 12. Juni geändert. Falls Sie das nicht waren, wenden Sie sich bitte an den Support.
Bitte aktualisieren Sie Ihren Lebenslauf und Ihre Verfügbarkeit in unserem Portal, damit wir Ihnen passende Projekte vorschlagen können.
Absage nach dem Assessment – was nun? In dieser Ausgabe: Wie man ein Jobangebot richtig verhandelt.
Auf Ihren Wunsch haben wir Ihre Bewerbung aus dem Verfahren genommen und Ihre Daten gelöscht.
""",
    },
    "fr": {
        "rej_t7c": """
Après le test technique, nous avons préféré un profil plus senior pour ce poste.
Votre candidature ne figure plus parmi celles retenues pour la suite du processus.
Franchement, ça ne matche pas avec le poste, mais merci d'avoir pensé à nous.
Nous avons pris une direction différente pour ce poste ; ta candidature a donc été clôturée.
""",
        "rej_t7": """
Merci pour ton dossier. Pour être franche, ça ne colle pas avec ce qu'on recherche pour cette équipe.
Après l'entretien, nous ne voyons pas de perspective commune et préférons vous le dire dès maintenant.
Nous avons décidé d'orienter ce recrutement dans une autre direction ; nous clôturons donc votre dossier.
Suite au cas pratique, nous n'irons malheureusement pas plus loin avec ta candidature.
SUBJECT: Suivi de votre candidature || Statut : non retenue. Vous pouvez consulter nos autres offres sur notre site.
L'annonce à laquelle vous avez répondu a été retirée par le service recrutement.
Le concours a été déclaré infructueux et ne donnera lieu à aucun recrutement cette année.
Votre nom ne figure pas sur la liste des candidats admis à l'oral.
J'ai transmis votre CV à mon client ; il a finalement retenu un profil plus expérimenté en finance de marché.
La mission a été confiée à une autre consultante du cabinet.
""",
        "ack_t7": """
Pas de nouvelles pour le moment : vous êtes toujours en lice et nous revenons vers vous dès que possible.
Votre candidature est passée en revue auprès du manager. Nous vous tiendrons informé.
La liste des candidats admis sera publiée sur le site après la clôture des inscriptions.
Si ton profil correspond à nos besoins, quelqu'un de l'équipe te contactera pour un premier échange.
""",
        "inv_t7": """
Nous vous confirmons votre entretien du jeudi 10 juillet à 14 h dans nos locaux de Nantes. Présentez-vous à l'accueil au 2e étage.
Merci pour le test technique ! Nous aimerions que tu rencontres l'équipe produit mardi prochain.
""",
        "off_t7": """
Nous ne pouvons malheureusement pas aller au-delà de 58 k€ sur le fixe, mais nous ajoutons une prime de cooptation et un jour de télétravail supplémentaire. Le reste de l'offre est inchangé.
Nous avons le plaisir de vous annoncer que vous avez été retenue pour le poste de {role}. La promesse d'embauche suivra.
""",
        "oth_t7": """
Bonjour Alex, je recrute pour une scale-up lyonnaise et je cherche des profils comme le tien. Si tu n'es pas à l'écoute, aucun souci – sinon, on s'appelle jeudi ?
Votre mot de passe a été modifié le 12 juin. Si vous n'êtes pas à l'origine de ce changement, contactez-nous.
Pourriez-vous mettre à jour votre CV et vos disponibilités dans notre base pour que nous vous proposions des missions ?
Dans notre infolettre : comment réagir à un refus, et les questions à poser avant d'accepter une promesse d'embauche.
Comme demandé, nous avons clôturé votre candidature et supprimé vos données.
""",
    },
    "es": {
        "rej_t7c": """
Tras revisar tu perfil no vemos un encaje claro con el equipo, así que lo dejamos aquí.
El proceso de selección ha sido declarado desierto y no habrá contratación.
Lamentablemente, el equipo ha preferido a otro candidato con experiencia en banca.
Hemos retirado la oferta de empleo y, por tanto, tu candidatura queda cerrada.
Su solicitud no reúne, a la vista de la documentación aportada, los requisitos de la convocatoria.
""",
        "rej_t7": """
Hemos visto tu CV y, sinceramente, no cuadra con lo que buscamos para este equipo.
Tras la entrevista no vemos un futuro conjunto, así que preferimos decírtelo cuanto antes.
Hemos decidido tomar otra dirección para esta posición y no seguiremos con tu candidatura.
SUBJECT: Actualización de tu candidatura || Estado: descartada. Puedes consultar otras ofertas en nuestro portal.
La oferta a la que te inscribiste ha sido retirada y ya no admite nuevas candidaturas.
El tribunal ha acordado no convocarle a la fase de entrevista.
Después de la prueba técnica, hemos decidido continuar con otros perfiles.
Presenté tu CV a mi cliente, pero ha preferido a una persona con más experiencia en logística.
Otra persona fue seleccionada para el puesto tras la última ronda.
""",
        "ack_t7": """
Se ha registrado correctamente su solicitud con el número 4471. Le avisaremos cuando haya novedades.
La empresa ha leído tu CV. Estado de tu candidatura: en revisión.
Todavía no hay novedades, pero sigues en el proceso. Esperamos cerrar el proceso a mediados de julio.
La lista provisional de personas admitidas se publicará en la sede electrónica.
Si tu perfil encaja con lo que buscamos, te contactaremos para una primera llamada.
""",
        "inv_t7": """
Te confirmamos la entrevista del martes 8 a las 12:00 en nuestras oficinas. Preséntate en recepción con tu DNI.
Queda usted convocado/a a la entrevista personal el día 14 de julio a las 9:30.
Nos encantaría que conozcas al equipo: te proponemos una visita a la oficina el jueves.
""",
        "off_t7": """
No podemos subir el salario fijo por encima de lo ofrecido, pero sí añadir un bonus anual y más días de teletrabajo. El resto de la oferta no cambia.
Nos alegra comunicarle que usted ha sido seleccionado para el puesto de {role}. Esta semana recibirá la propuesta formal.
Te invitamos a formar parte del equipo como {role}; te adjuntamos el contrato.
""",
        "oth_t7": """
Hola Alex, trabajo con una empresa de energía en Sevilla y busco perfiles como el tuyo. Si no estás buscando, no pasa nada; si no, ¿hablamos el jueves?
Tu contraseña ha sido cambiada el 12 de junio. Si no has sido tú, contacta con soporte.
¿Podrías actualizar tu CV y tu disponibilidad en nuestra plataforma para proponerte proyectos?
En nuestro boletín: cómo superar un rechazo y cómo negociar una oferta de trabajo.
""",
    },
    "pt": {
        "rej_t7c": """
Depois do case técnico, a liderança preferiu seguir com outra pessoa.
Informamos que a sua candidatura foi encerrada nesta etapa.
Infelizmente não bate com o perfil que buscamos agora.
O processo seletivo foi cessado e não haverá contratação.
A vaga foi retirada do ar pela área de negócio.
""",
        "rej_t7": """
Olhei seu perfil com carinho, mas pra essa posição não vai rolar.
Depois da entrevista, não vemos uma perspectiva em comum e preferimos te avisar logo.
Decidimos seguir outro caminho para esta vaga e encerramos sua participação no processo.
SUBJECT: Atualização da sua candidatura || Status: reprovado. Confira outras vagas no nosso portal.
A vaga a que você se candidatou foi retirada pela empresa.
O seu nome não consta da lista de aprovados para a fase de entrevistas.
Após o desafio técnico, optamos por seguir com outros perfis.
Apresentei seu currículo ao meu cliente, mas ele preferiu uma pessoa com mais experiência no varejo.
O concurso foi declarado deserto.
""",
        "ack_t7": """
Foi registrada com sucesso a sua inscrição no processo seletivo. Fique de olho no seu e-mail.
A empresa visualizou o seu currículo. Status: em análise.
Ainda não temos novidades, mas você segue no processo. Pretendemos encerrar o processo até o fim do mês.
Se o seu perfil estiver alinhado com a vaga, nossa equipe entrará em contato para uma conversa.
""",
        "inv_t7": """
Confirmamos a sua entrevista na quinta-feira, às 15h, no nosso escritório. Apresente-se na recepção com um documento.
Fica V. Ex.ª convocado/a para a prova oral no dia 2 de julho, às 9h30.
Gostaríamos que você conhecesse o time: podemos marcar uma conversa na segunda?
""",
        "off_t7": """
Não conseguimos aumentar o salário fixo além do valor proposto, mas incluímos um bônus de contratação. As demais condições da proposta continuam valendo.
Temos o prazer de convidar você para fazer parte da nossa equipe como {role}! A carta-proposta segue em anexo.
Você foi selecionada para a vaga de {role}! Em breve enviaremos a proposta formal.
""",
        "oth_t7": """
Oi Alex, trabalho com uma fintech em São Paulo e procuro perfis como o seu. Se você não estiver buscando, tudo bem; senão, que tal uma conversa rápida?
Sua senha foi alterada em 12 de junho. Se não foi você, fale com o suporte.
Pode atualizar seu currículo e sua disponibilidade no nosso banco de talentos para enviarmos projetos?
Na newsletter desta semana: como lidar com a reprovação e o que observar numa proposta de emprego.
""",
    },
}

WRAP = parts_tuned5.WRAP
