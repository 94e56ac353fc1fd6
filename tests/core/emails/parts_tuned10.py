# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for round 10's TUNED part of the generated corpus (`generated10/`).

Written in round 10, after the training parts of two more independent authors
(`parts_author8c`, `parts_author8d`) had been measured and their misses looked at, as new
examples of the *families* behind those misses, in other words than theirs. Rejections through
a procedure: not admitted to the next phase, the pass mark or minimum score not reached,
excluded from the procedure, a reserve list with no further call-ups, a status field's negative
value ("Status: Kein Angebot", "estado: rechazado", "Décision : défavorable"), an agency that
cannot put the person forward to its client, someone else taken for an assignment. Receipts:
the fine print that incomplete or late applications are not considered, and "we regret we
cannot reply to everyone personally". Offers: a verbal offer confirmed in writing, the hire
approved by a board, an offer of appointment, a post or a contract offered or proposed
(from a reserve list, after somebody else's withdrawal), an agency's placement confirmed, an
internship or an apprenticeship confirmed, a negotiation answered with a higher salary or other
terms, the offer letter ready in a portal, "we'd love you to join as …".

The hard negatives guard those rules: a candidate survey that "will not affect any hiring
decision"; a profile to complete with one's availability; a payslip notice; an invitation
after passing the screening ("você foi aprovado na triagem"); an invitation that asks for
availability for an interview.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. The wrappers are
round 5's tuned part's (`parts_tuned5.WRAP`).
"""

from __future__ import annotations

from tests.core.emails import parts_tuned5

COMPANIES: tuple[str, ...] = (
    "Hollowmere Analytics",
    "Stiftung Lindenhof",
    "Clinique des Tilleuls",
    "Cooperativa Sierra Baja",
    "Instituto Maré Alta",
    "Redpine Staffing",
    "Université de Valrose",
    "Fundação Cais Novo",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Care Assistant",
    "Lab Technician",
    "Store Associate",
    "Policy Officer",
    "Apprentice Electrician",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Fiona Walsh", "fiona@{domain}"),
    ("Personalabteilung", "personal@{domain}"),
    ("Hélène Masson", "recrutement@{domain}"),
    ("Marta Quiroga", "seleccion@{domain}"),
    ("Rui Fonseca", "rh@{domain}"),
    ("Recruiting Portal", "noreply@jobs.talentdesk.example"),
    ("Dieter Brandt", "d.brandt@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_t10": """
The written test results are now final. Your score of 48 was below the pass mark of 55, so you cannot be admitted to the assessment centre stage.
Following the eligibility screening, you were not admitted to the oral examination for {role} because the required language certificate was missing.
You were placed ninth on the reserve list for {role}. All eight posts have now been accepted and no further appointments are expected before the list expires.
Application {role} – Status: Not selected. You can follow other openings from your candidate dashboard.
Our client has reviewed the shortlist and we are unable to put you forward to the client for this assignment, as the forklift licence is mandatory.
The employer has cancelled the vacancy for {role}, so your application will not be processed any further. We're sorry for the inconvenience.
After comparing all candidates against the published criteria, your application has not been retained for the interview stage of this call.
The interview panel has finished its deliberations and you have not been recommended for appointment; your name will not be placed on the reserve list.
SUBJECT: Application status changed || The status of your application for {role} has been changed to "Declined" by the hiring team.
We have had to freeze hiring for {role} until our next funding round, and we are therefore declining all pending applications, yours included.
You were a very close second, and we genuinely enjoyed meeting you. In the end the panel chose the other finalist, who had run a lab of her own.
""",
        "ack_t10": """
Thanks for applying for {role}. Your documents arrived safely. Please note that incomplete applications will not be considered – yours has everything we asked for.
We regret that we cannot reply personally to each person who writes to us, but rest assured your application has been received and will be read with the others.
""",
        "inv_t10": """
Good news: you passed the CV screening for {role}! Please tell us your availability for a 30-minute video interview next week.
As the next step for {role}, we invite you to complete an online situational judgement test within the next four days.
SUBJECT: Interview – {role} || The interview will take place on Thursday 12 June at 11:00 at our Leeds office, second floor. Please bring photo ID.
""",
        "off_t10": """
As we discussed on the phone this morning, I'm confirming our offer for the {role} position: a salary of £38,500 and a start on 2 June. The contract is on its way.
SUBJECT: Your appointment || The board of trustees has approved your appointment as {role} from 1 September. Human Resources will send the formal letter this week.
We are pleased to offer you a post as {role} from our reserve list, after a colleague on the list declined. Please confirm within five working days.
Placement confirmation: you have been placed on the {role} assignment at our client's site in Leeds from Monday. Your assignment contract is ready to sign in the app.
We would be happy to host you as a summer intern in our {role} team from July to September; the internship agreement is attached for you and your university to sign.
I've spoken to finance again and we can increase the base salary to €61,000; the rest of the package stays as offered.
We'd love you to join us as {role}. Your revised offer letter with the start date is now available in the portal.
""",
        "oth_t10": """
How was your experience applying to us? This short survey takes two minutes and will not affect any hiring decision.
Your candidate profile is incomplete. Add your availability and your driving licence to start receiving shift offers.
Your payslip for April is now available in the employee portal.
""",
    },
    "de": {
        "rej_t10": """
Leider haben Sie die Mindestpunktzahl im schriftlichen Test nicht erreicht; eine Teilnahme an der nächsten Runde ist daher nicht möglich.
Sie stehen auf Platz 6 der Nachrückerliste. Da alle Plätze besetzt wurden, ist das Verfahren abgeschlossen und eine Einstellung kann nicht erfolgen.
Ihre Bewerbung als {role}: Phase „Fachgespräch“ – Status „Abgelehnt“.
Wir haben Ihr Profil geprüft, können Sie dem Kunden aber leider nicht vorstellen, da der Staplerschein Voraussetzung ist.
Nach Prüfung der Unterlagen wurden Sie nicht zur mündlichen Prüfung zugelassen, da der geforderte Abschluss nicht nachgewiesen wurde.
Ihre Gespräche haben uns wirklich beeindruckt. Die Wahl fiel diesmal jedoch nicht auf Sie, sondern auf jemanden mit mehr Laborerfahrung.
Der Status Ihrer Bewerbung als {role} wurde auf »Abgelehnt« geändert.
Wir legen die Besetzung der Stelle bis zum Frühjahr auf Eis und sagen deshalb allen offenen Bewerbungen ab, leider auch Ihrer.
""",
        "ack_t10": """
Ihre Bewerbung als {role} liegt uns vor. Unvollständige Bewerbungen können wir leider nicht berücksichtigen – bei Ihnen ist aber alles vollständig.
""",
        "inv_t10": """
Sie haben die erste Auswahlrunde bestanden! Bitte nennen Sie uns Ihre Verfügbarkeit für ein Interview in der kommenden Woche.
Sie werden hiermit zu einem strukturierten Interview vor dem Auswahlgremium eingeladen. Das Gespräch findet am 3. Juli um 9:30 Uhr in Raum 12 statt.
""",
        "off_t10": """
Wie heute am Telefon besprochen, bestätige ich Ihnen gerne unser Angebot für die Stelle als {role} mit Beginn am 1. März.
Der Stiftungsrat hat Ihrer Einstellung als {role} zum 1. April zugestimmt. Die schriftliche Bestätigung erhalten Sie von der Personalabteilung.
Wir freuen uns, Ihnen einen Ausbildungsplatz als {role} ab dem 1. September anbieten zu können. Den Ausbildungsvertrag senden wir Ihnen per Post.
Wir bestätigen Ihnen gerne ein Praktikum als {role} von März bis August; die Praktikumsvereinbarung schicken wir an Ihre Hochschule.
Ein höheres Gehalt können wir leider nicht bieten, wir bieten Ihnen die Stelle aber gerne mit vier Tagen pro Woche an.
Wir würden uns sehr freuen, wenn du als {role} zu uns kommst! Dein Angebotsschreiben ist ab sofort im Portal verfügbar.
""",
        "oth_t10": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage hat keinerlei Einfluss auf Entscheidungen im Auswahlverfahren.
Ihre Gehaltsabrechnung für März steht im Mitarbeiterportal bereit.
""",
    },
    "fr": {
        "rej_t10": """
À l'issue des épreuves écrites, vous n'avez pas été déclaré(e) admissible pour le concours de {role}.
Vous avez obtenu 9/20 alors que le seuil de réussite était fixé à 10/20 ; vous n'êtes donc pas lauréat(e) de cette session.
Candidature {role} : étape « Présélection » → décision : défavorable.
Après étude de votre dossier, nous sommes au regret de ne pouvoir vous proposer de poste dans notre service cette saison.
Notre client a finalement retenu un autre intérimaire pour la mission de {role}. Votre inscription reste active chez nous.
Le comité a achevé ses auditions : vous n'avez pas été recommandée pour ce recrutement et votre nom ne sera pas inscrit sur la liste de réserve.
Faute de budget, nous suspendons ce recrutement et devons clore toutes les candidatures en cours, dont la vôtre.
""",
        "ack_t10": """
Nous regrettons de ne pouvoir répondre personnellement à chaque personne qui postule. Votre candidature a bien été reçue et sera étudiée avec attention.
Votre dossier pour le poste de {role} est bien arrivé. Les dossiers incomplets ne seront pas étudiés ; le vôtre contient toutes les pièces demandées.
""",
        "inv_t10": """
Votre candidature a passé la première sélection. Pourriez-vous nous indiquer vos disponibilités pour un entretien la semaine prochaine ?
Nous vous convions à un entretien de sélection devant le jury le mardi 8 juillet à 14 h, dans nos locaux de Nice.
""",
        "off_t10": """
Comme convenu au téléphone, je vous confirme notre offre pour le poste de {role}, avec une prise de fonctions le 3 mars.
Suite au désistement d'un lauréat, nous sommes en mesure de vous proposer un poste de {role} à partir de la liste complémentaire.
Confirmation de mission : vous êtes positionné(e) sur la mission de {role} chez notre client à Lyon à partir du lundi 7 avril.
Nous sommes ravis de vous accueillir en alternance au poste de {role} à la rentrée ; le contrat vous parviendra sous huit jours.
Après échange avec la direction, nous pouvons porter le salaire à 42 000 € bruts annuels. Le reste de l'offre est inchangé.
Nous avons le plaisir de vous confirmer votre stage de six mois au sein de l'équipe {role}. La convention de stage est jointe.
""",
        "oth_t10": """
Votre profil candidat n'est pas complet : il manque vos disponibilités et votre CV. Complétez-le pour recevoir des offres de missions.
Votre bulletin de salaire du mois de mai est disponible dans votre espace salarié.
""",
    },
    "es": {
        "rej_t10": """
Tras corregir la prueba escrita, tu puntuación no ha alcanzado el mínimo exigido para pasar a la fase de entrevistas.
Candidatura {role}: fase «Entrevista con el equipo» – estado: rechazado.
Para esta posición es imprescindible el carnet de conducir y no lo has indicado, así que no podemos presentarte al cliente.
Has quedado en el puesto 11 de la bolsa de reserva; todas las plazas se han cubierto y no se prevén nuevos llamamientos en esta convocatoria.
Lamentablemente, has quedado excluido del proceso por no acreditar la titulación requerida para {role}.
Tras comparar las candidaturas con los requisitos de la convocatoria, su solicitud no ha sido retenida para la fase de entrevistas.
Llegaste a la final y el equipo te valoró mucho, pero solo había una plaza y el comité eligió a otra finalista con más experiencia de campo.
Hemos congelado la contratación para {role} hasta el próximo año, así que estamos cerrando todas las candidaturas pendientes, también la tuya.
""",
        "ack_t10": """
Hemos recibido tu solicitud para {role}. Te recordamos que las solicitudes incompletas no se tendrán en cuenta; la tuya está completa.
""",
        "inv_t10": """
¡Enhorabuena, has superado el primer filtro! Indícanos tu disponibilidad para una videollamada con el equipo esta semana.
Le citamos a una entrevista personal con la responsable de la tienda. La entrevista será el jueves a las 12:00 en la calle Mayor 8.
""",
        "off_t10": """
Como hablamos por teléfono, te confirmo nuestra oferta para el puesto de {role}, con incorporación el 1 de abril.
El patronato ha aprobado su contratación como {role} a partir del 1 de febrero. Recursos Humanos le enviará la documentación.
Por llamamiento de la bolsa de empleo, se le ofrece un contrato de sustitución de cuatro meses como {role}. Tiene 48 horas para aceptarlo.
Nos alegra confirmarte la plaza de prácticas como {role} de marzo a junio; adjuntamos el convenio para que lo firme tu universidad.
Hemos revisado tu contrapropuesta y podemos subir el salario a 36.000 euros brutos anuales; el resto de condiciones se mantiene.
¡Nos encantaría que te sumes como {role}! Tu carta de oferta ya está disponible en el portal.
""",
        "oth_t10": """
Esta encuesta sobre tu experiencia como candidato dura dos minutos y no afecta a ninguna decisión de selección.
Tu nómina de marzo ya está disponible en el portal del empleado.
""",
    },
    "pt": {
        "rej_t10": """
Informamos que não obteve a classificação mínima na prova escrita, pelo que foi excluída do procedimento para {role}.
Ficou em 15.º lugar na lista de reserva. Todas as vagas foram ocupadas e não haverá novas convocações dentro da validade do concurso.
Candidatura {role}: etapa “Entrevista” → status: não selecionado.
Para esta vaga é obrigatória a carta de condução e ela não consta do seu perfil, por isso não a podemos apresentar ao cliente.
O júri concluiu as entrevistas e a sua candidatura não foi recomendada para contratação; o seu nome não será incluído na lista de reserva.
Ficou muito perto: foram só dois finalistas, e a comissão escolheu o outro finalista por ter mais anos de laboratório.
""",
        "ack_t10": """
Recebemos a sua candidatura a {role}. Candidaturas incompletas não serão analisadas; a sua tem todos os documentos pedidos.
""",
        "inv_t10": """
Parabéns, você foi aprovado na triagem de currículos! Gostaríamos de te convidar para uma entrevista online na quinta-feira às 14h.
A comissão de seleção convoca-a para a entrevista final, que terá lugar no dia 9 de julho às 15h00 na sede da fundação.
""",
        "off_t10": """
Conforme falamos por telefone, confirmo a nossa proposta para a função de {role}, com início a 2 de maio.
Temos o prazer de lhe propor a posição de {role}, sujeita à verificação das referências. Diga-nos até sexta se aceita.
Em razão da desistência de um candidato, você foi convocada do cadastro reserva para assumir a vaga de {role}.
Temos o prazer de confirmar o seu estágio como {role} de setembro a fevereiro. O termo de estágio segue em anexo.
Conseguimos aumentar o salário para R$ 7.800,00; as outras condições da proposta ficam iguais.
Adoraríamos ter você com a gente como {role}! A sua carta-proposta já está disponível no portal.
""",
        "oth_t10": """
Seu perfil está 40% completo. Adicione suas experiências e sua disponibilidade para receber vagas compatíveis.
Seu contracheque de abril já está disponível no portal do colaborador.
""",
    },
}

WRAP = parts_tuned5.WRAP
