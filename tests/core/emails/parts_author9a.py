# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Author 9a: an independent set written from general knowledge of job-search mail, weighted towards Spanish and Portuguese (Spain, Mexico, Argentina, Colombia, Chile, Peru, Brazil, Portugal) with smaller English, German and French sets. Senders are corporate recruiters, ATS no-reply robots, agency headhunters writing WhatsApp-style notes, public bodies running oposiciones, concursos, processos seletivos and bolsas de emprego, and a few non-native writers. The families concentrate on the hard edges: invitations and reschedules that carry a "no" (a cancelled slot, an earlier unsuccessful application, "not for role A but for role B", "no need to prepare"), rejections phrased as a negative next step, offers in many shapes (conditional, verbal confirmed in writing, portal contract, salary proposal, start-date paperwork, call-up from a reserve list) next to offer-adjacent mails that are not offers, acknowledgements that sound negative, and very short mails."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Nortevia Logística",
    "Alcor Sistemas",
    "Vinterhavn Energy",
    "Casa Amarela Alimentos",
    "Lumbre Salud",
    "Quillon Software",
    "Brennwald Technik",
    "Maré Alta Seguros",
    "Ondine Conseil",
)

ROLES: tuple[str, ...] = (
    "Data Analyst",
    "Project Coordinator",
    "Financial Controller",
    "Customer Success Manager",
    "Backend Developer",
    "Supply Chain Planner",
    "HR Generalist",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Jordan Blake", "jordan.blake@{domain}"),
    ("Marta Olivares", "marta.olivares@{domain}"),
    ("Lukas Brenner", "l.brenner@{domain}"),
    ("Camille Dufresne", "recrutement@{domain}"),
    ("Juliana Prado", "juliana.prado@{domain}"),
    ("Talent Team", "careers@{domain}"),
    ("Hiring Desk", "no-reply@notify.hireloop.example"),
    ("Rafael Quintero", "rquintero@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_after_interview": """
It was a pleasure speaking with you last week. After discussing all the interviews as a panel, we have decided not to move forward with your application for the {role} role.
We enjoyed our conversation and you clearly know your field, but we have offered the position to a candidate whose experience maps more closely to what the team needs right now.
SUBJECT: Update on your {role} interview || Thanks again for making time for the final round. I'm sorry to say it isn't good news this time: the team has chosen another finalist.
Following your interview with our hiring manager, we will not be inviting you to the next stage of the process.
""",
        "rej_next_step_negative": """
We have now reviewed the results of the online assessment. Unfortunately you will not progress to the next phase, which is the video interview.
Having considered your take-home exercise carefully, we won't be moving you on to the onsite round.
Your application has been reviewed by the hiring team and will not be taken forward to interview.
""",
        "rej_standard": """
After careful review, we regret to inform you that we have decided to pursue other candidates for this position.
Unfortunately your application was not successful on this occasion. We received a very large number of applications and the competition was strong.
The {role} position has now been filled, so we are closing your application. We would be glad to see you apply for future openings.
We have decided to put the {role} hire on hold indefinitely, which means we are unable to continue with your application.
""",
        "rej_talent_pool": """
While we won't be offering you this role, we were impressed by your background and would like to keep your details in our talent community for future vacancies.
SUBJECT: Your application to {company} || This time we've decided to go with someone else, but please don't let that stop you from applying again, as new roles open every month.
""",
        "rej_casual_short": """
Hey, quick one: the client went with an internal candidate in the end, so the {role} job is off the table. Sorry about that, I'll ping you if anything similar comes up.
Position filled. Thanks for your time.
Sorry, it's a no from the hiring manager. Happy to chat about other roles though.
""",
        "rej_non_native": """
We are thanking you for your application. Unfortunately your profile is not matching with requirements of the position and we can not continue the process with you.
After the evaluation we have to inform that you are not selected for the next step. We wish you success in your career.
""",
        "ack_received": """
Thank you for applying for the {role} position. We have received your application and our recruiting team will review it over the coming weeks.
""",
        "ack_sounds_negative": """
Due to the high volume of applications, only shortlisted candidates will be contacted. If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion.
SUBJECT: Quick update on your application || I'm sorry for the silence. The hiring manager has been travelling and we haven't been able to review applications yet. No decision has been made, and I'll be back in touch by the end of next week.
Unfortunately our review is taking longer than planned because of the number of applicants. Your application is still active and we have not made any decisions yet.
""",
        "inv_with_a_no": """
The interviewer has unfortunately fallen ill, so we could not proceed with Thursday's date. Could you let me know if Monday at 10:00 or Tuesday at 14:00 works instead?
Although you were not selected for the {role} opening, the hiring manager for our Data Platform team saw your profile and would like to have a 30-minute chat with you. Are you free this week?
You applied with us in 2022 and that application didn't work out, but this time your experience looks like a great fit. We'd like to invite you to a first video call, so please book a slot using the link below.
SUBJECT: Slot change || Unfortunately the 3pm slot has moved. Could you do 4:30pm on the same day instead? No need to prepare anything, it's an informal conversation with the team lead.
One of our finalists has withdrawn, which opens a place in the final round. We'd love you to join us for the panel interview next Wednesday.
""",
        "inv_very_short": """
Short one: are you around for a call tomorrow, say 11? Nothing formal, I just want to run through the role with you.
""",
        "off_shapes": """
SUBJECT: Offer – {role} || Following our call this morning, I'm delighted to confirm in writing our offer for the {role} position at an annual base salary of 62,000 plus bonus. Please let us know your decision by Friday.
We are pleased to make you a conditional offer of employment, subject to satisfactory references and a background check. Your offer letter is attached.
Your employment contract is ready for signature in our HR portal. Please log in, review the terms and sign electronically by 14 March so we can confirm your start date of 1 April.
Great news, the team wants you on board! Formal paperwork will follow from HR tomorrow, but I wanted to tell you personally that we're offering you the job.
""",
        "oth_alert": """
12 new jobs match your alert "{role}": Senior {role} at Northfield, {role} (remote) at Kestrel Labs, and 10 more. Update your preferences any time.
""",
        "oth_newsletter": """
In this month's edition: how our engineering team moved to a four-day week, a look inside our Lisbon office, and dates for our autumn open days.
""",
        "oth_cold": """
I came across your profile and think you could be a strong fit for a {role} position with one of my clients, a fast-growing fintech. Would you be open to a quick chat?
""",
        "oth_withdrawal": """
We have received your request to withdraw your application for {role}. Your application has been closed and no further action is needed.
""",
        "oth_reference": """
Sam Turner has put your name forward as a referee for a position with us. Could you spend five minutes on the short questionnaire linked below?
""",
    },
    "de": {
        "rej_standard": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position {role} nicht weiter berücksichtigen können.
Wir haben Ihre Bewerbung eingehend geprüft. Zu unserem Bedauern haben wir uns für andere Bewerberinnen und Bewerber entschieden, deren Qualifikationen besser zu unserem Anforderungsprofil passen.
SUBJECT: Ihre Bewerbung bei {company} || Wir bedauern, Ihnen keine positive Rückmeldung geben zu können: Die Stelle wurde inzwischen anderweitig besetzt.
Leider müssen wir Ihnen eine Absage erteilen. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.
Die ausgeschriebene Stelle wird aus internen Gründen nicht besetzt. Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung nicht weiterverfolgen.
Wir haben uns entschieden, die Position intern zu besetzen, und können Ihre Bewerbung daher nicht berücksichtigen.
""",
        "rej_after_interview": """
Leider haben wir uns nach den Gesprächen für eine andere Kandidatin entschieden, deren Profil noch etwas besser zu den aktuellen Anforderungen passt.
Vielen Dank für das angenehme Gespräch letzte Woche. Wir haben uns intern abgestimmt und sind zu dem Ergebnis gekommen, den Prozess mit Ihnen nicht fortzusetzen.
SUBJECT: Rückmeldung zu Ihrem Vorstellungsgespräch || Leider können wir Ihnen die Stelle nicht anbieten. Die Entscheidung fiel denkbar knapp zwischen Ihnen und einer weiteren Person.
Hey, danke dir für die Zeit im Case-Interview! Wir haben uns am Ende für jemanden mit mehr B2B-Erfahrung entschieden, und das ist ausdrücklich keine Aussage über deine Fähigkeiten.
""",
        "rej_next_step_negative": """
Wir werden Sie nicht zur nächsten Auswahlrunde einladen. Die Entscheidung ist uns angesichts der vielen guten Bewerbungen nicht leicht gefallen.
Das Ergebnis Ihres Online-Assessments reicht leider nicht aus, um Sie im weiteren Verfahren zu berücksichtigen.
Sie werden nicht in die nächste Phase des Bewerbungsprozesses übernommen.
Im Auswahlverfahren für die Stelle {role} (Kennziffer 2024-117) wurden Sie nicht in den engeren Kreis einbezogen. Zu einem Vorstellungsgespräch können wir Sie daher nicht einladen.
""",
        "rej_talent_pool": """
Auch wenn es diesmal nicht geklappt hat, würden wir Ihr Profil gern in unserem Talentpool speichern, sofern Sie damit einverstanden sind.
""",
        "rej_casual_short": """
Kurze Info: Der Kunde hat sich leider gegen dich entschieden. Ich melde mich, sobald ich was Passendes habe.
Stelle ist vergeben, sorry!
""",
        "rej_non_native": """
Leider wir müssen mitteilen, dass Ihr Profil passt nicht zu die Anforderungen von die Stelle. Wir können nicht weiter mit Ihnen in diese Prozess.
""",
        "ack_received": """
Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns innerhalb von drei Wochen bei Ihnen.
SUBJECT: Eingangsbestätigung || Ihre Bewerbung ist bei uns eingegangen und wird derzeit von der Fachabteilung geprüft.
""",
        "ack_sounds_negative": """
Aufgrund der hohen Anzahl an Bewerbungen kann sich die Bearbeitung leider verzögern. Eine Entscheidung ist noch nicht gefallen; wir bitten um etwas Geduld.
Bitte haben Sie Verständnis, dass wir uns nur bei Kandidatinnen und Kandidaten melden, die in die engere Auswahl kommen.
""",
        "inv_with_a_no": """
Leider mussten wir den ursprünglichen Termin am Donnerstag absagen, da der Abteilungsleiter kurzfristig verhindert ist. Passt Ihnen stattdessen Dienstag um 10 Uhr?
Für die Stelle {role} haben wir uns zwar anders entschieden, aber unser Team Controlling würde Sie gern kennenlernen. Hätten Sie Zeit für ein kurzes Telefonat?
Wir möchten Sie herzlich zu einem Vorstellungsgespräch einladen. Eine besondere Vorbereitung ist nicht nötig; bringen Sie gern Ihre Fragen mit.
Eine Kandidatin hat ihre Bewerbung zurückgezogen, daher ist im Assessment-Center am 12. Juni ein Platz frei geworden. Hätten Sie Interesse?
Als nächsten Schritt schicken wir Ihnen eine Fallstudie, die Sie bis Montag bearbeiten können. Keine Sorge, es geht nicht um eine perfekte Lösung.
""",
        "inv_public_sector": """
Sie haben die schriftliche Prüfung bestanden. Wir laden Sie hiermit zum Auswahlgespräch am 4. Juli um 9:30 Uhr im Rathaus, Zimmer 214, ein.
""",
        "off_shapes": """
Wir freuen uns, Ihnen die Position {role} anbieten zu können. Den Arbeitsvertrag finden Sie im Anhang; bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. des Monats zurück.
Wie telefonisch besprochen, bestätigen wir Ihnen hiermit unser Angebot: Jahresbruttogehalt 68.000 Euro, Start am 1. Oktober, 30 Urlaubstage.
SUBJECT: Ihr Arbeitsvertrag || Ihr Vertrag steht ab sofort in unserem Bewerberportal zur digitalen Unterschrift bereit. Bitte unterschreiben Sie bis Freitag.
Herzlichen Glückwunsch! Vorbehaltlich eines erweiterten Führungszeugnisses möchten wir Sie als {role} einstellen.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „{role}“: 8 passende Stellen in Ihrer Region, darunter zwei mit Homeoffice-Option.
""",
        "oth_newsletter": """
Unser Karriere-Newsletter: Einblicke in die Ausbildung, zwei neue Standorte und die Termine für unsere Karrieremesse im Herbst.
""",
        "oth_cold": """
Ich bin auf Ihr Profil gestoßen und hätte eine spannende Position als {role} bei einem Mittelständler im Raum Stuttgart. Hätten Sie Interesse an einem kurzen Austausch?
""",
        "oth_survey": """
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert nur zwei Minuten und ist anonym.
""",
        "oth_account": """
Ihr Bewerberkonto wird nach zwölf Monaten Inaktivität gelöscht. Melden Sie sich an, wenn Sie es behalten möchten.
""",
    },
    "fr": {
        "rej_standard": """
Après une étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.
Malgré l'intérêt de votre parcours, votre candidature n'a pas été retenue.
SUBJECT: Votre candidature – {role} || Le poste a été pourvu. Nous conservons néanmoins votre CV dans notre vivier pour de futures opportunités.
Le recrutement pour ce poste est suspendu et nous ne sommes donc pas en mesure de donner suite à votre candidature.
Nous ne donnerons pas suite à votre candidature pour le poste de {role}.
Nous avons décidé de privilégier des candidatures présentant une expérience plus significative en gestion de projet.
Nous ne pourrons malheureusement pas vous accueillir en alternance cette année.
""",
        "rej_after_interview": """
Nous avons apprécié notre échange, mais nous avons retenu un autre profil dont l'expérience correspond davantage aux besoins de l'équipe.
Suite à l'entretien avec le manager, nous avons décidé de ne pas poursuivre le processus avec vous.
SUBJECT: Retour suite à votre entretien || C'était un plaisir de vous rencontrer. Le choix a été difficile, mais nous ne vous proposerons pas le poste.
""",
        "rej_next_step_negative": """
Vous ne serez malheureusement pas convié(e) à l'étape suivante du processus de recrutement.
Les résultats du test technique ne nous permettent pas de retenir votre candidature pour la suite.
Votre candidature ne passera pas à la phase des entretiens.
Nous avons le regret de vous aviser que votre candidature n'a pas été retenue pour la prochaine étape du processus de sélection.
""",
        "rej_public_sector": """
Nous vous informons que vous n'avez pas été déclaré(e) admissible à l'issue des épreuves écrites du concours. La liste des admissibles est consultable sur le site du centre de gestion.
""",
        "rej_casual_short": """
Salut, petit message rapide : le client a finalement choisi quelqu'un en interne. Désolé, je reviens vers toi dès que j'ai autre chose !
Poste pourvu, merci.
""",
        "rej_non_native": """
Nous remercions pour votre candidature. Malheureusement votre profil ne correspond pas au poste et nous ne pouvons pas continuer le processus avec vous.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role}. Elle sera étudiée avec la plus grande attention.
SUBJECT: Candidature bien reçue || Votre dossier est complet et a été transmis au service concerné.
""",
        "ack_sounds_negative": """
En raison du grand nombre de candidatures reçues, seules les personnes présélectionnées seront contactées.
Le processus prend plus de temps que prévu ; aucune décision n'a encore été prise et nous reviendrons vers vous d'ici deux semaines.
""",
        "inv_with_a_no": """
Malheureusement, le créneau de mardi n'est plus disponible. Seriez-vous libre jeudi à 14 h à la place ?
Votre candidature au poste de {role} n'a pas été retenue, mais l'équipe Achats aimerait échanger avec vous sur un autre poste. Êtes-vous disponible pour un appel cette semaine ?
Nous n'avons pas pu maintenir le premier rendez-vous ; voici un nouveau lien pour réserver un créneau. Pas besoin de préparer quoi que ce soit.
Félicitations, vous avez réussi les épreuves écrites ! Vous êtes convoqué(e) à l'épreuve orale le 18 juin à 9 h.
""",
        "inv_casual": """
Dis-moi si t'es dispo demain vers 17h pour un petit call, le client veut en savoir plus sur ton profil.
Nous aimerions vous proposer un entretien vidéo de 45 minutes avec notre directrice technique. Merci de choisir un créneau via le lien ci-dessous.
""",
        "off_shapes": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle brute de 48 000 euros. Vous trouverez la promesse d'embauche en pièce jointe.
Comme convenu par téléphone, je vous confirme par écrit notre proposition d'embauche, avec une prise de poste le 2 septembre.
SUBJECT: Votre contrat || Votre contrat de travail est disponible dans votre espace candidat pour signature électronique.
Vous étiez inscrit(e) sur la liste complémentaire et un poste s'est libéré : nous avons le plaisir de vous proposer un recrutement à compter du 1er mars.
""",
        "oth_alert": """
5 nouvelles offres correspondent à votre alerte « {role} » à Lyon et en télétravail.
""",
        "oth_newsletter": """
Au sommaire ce mois-ci : nos engagements RSE, le portrait d'une cheffe de projet et le calendrier de nos prochains forums.
""",
        "oth_cold": """
Je me permets de vous contacter car je recherche un(e) {role} pour un client dans le secteur de l'énergie. Seriez-vous ouvert(e) à en discuter ?
""",
        "oth_event": """
Rejoignez-nous le 12 octobre pour notre afterwork recrutement : rencontrez nos équipes autour d'un verre. Inscription obligatoire.
""",
        "oth_withdrawal": """
Nous vous confirmons le retrait de votre candidature au poste de {role}. Vos données seront supprimées conformément à notre politique de confidentialité.
""",
    },
    "es": {
        "rej_estandar": """
Tras revisar detenidamente tu candidatura, lamentamos comunicarte que no ha sido seleccionada para el puesto de {role}.
Te agradecemos el interés, pero en esta ocasión hemos decidido avanzar con otros perfiles que se ajustan mejor a lo que buscamos.
Lamentamos informarle que su postulación no continuará en el proceso de selección.
El puesto ya ha sido cubierto, por lo que cerramos tu candidatura. Te animamos a seguir atento a nuestras ofertas.
Queremos agradecerte tu participación. Después de analizar todos los perfiles, hemos optado por otra persona para esta vacante.
SUBJECT: Actualización de tu postulación || Te escribimos para contarte que la vacante de {role} fue cancelada por una reestructuración interna, así que no podremos seguir adelante con tu proceso.
Su perfil no se ajusta a los requisitos de la vacante en este momento, por lo que no continuaremos con su proceso.
Hemos decidido no continuar con tu candidatura. Si nos das tu consentimiento, guardaremos tus datos para futuras vacantes.
Hemos recibido muchísimas candidaturas y, aunque tu perfil es interesante, no vamos a continuar con él en este proceso.
""",
        "rej_tras_entrevista": """
Fue un gusto conversar contigo la semana pasada. Luego de evaluar a todos los finalistas, el equipo decidió seguir con otro candidato.
Gracias por el tiempo dedicado a las entrevistas. Lamentablemente no podemos ofrecerte el puesto; la decisión estuvo muy reñida.
SUBJECT: Resultado de tu entrevista || Después de la entrevista con el gerente de área, hemos resuelto no avanzar con tu postulación.
Valoramos mucho tu experiencia, pero buscamos a alguien con más trayectoria en gestión de equipos, así que no seguiremos contigo.
Te agradecemos que hayas participado en el assessment center. Después de evaluar tu desempeño, no continuarás en el programa de trainees de este año.
""",
        "rej_siguiente_fase": """
Lamentamos comunicarte que no continuarás a la siguiente fase del proceso.
Según los resultados de la prueba técnica, no pasarás a la etapa de entrevistas.
Tras revisar tu caso práctico, no te invitaremos a la siguiente etapa.
Te informamos que no has superado la evaluación psicométrica, por lo que no podrás avanzar a la entrevista final.
Con base en los resultados, no serás convocado a la dinámica grupal del próximo martes.
""",
        "rej_publico": """
Le comunicamos que, según el acta del tribunal calificador, no ha superado el primer ejercicio de la oposición, por lo que no figura en la relación de aprobados.
Publicada la lista definitiva de admitidos y excluidos, usted figura como excluido del proceso selectivo por no acreditar la titulación requerida.
SUBJECT: Resultado concurso público || Se informa que su postulación al concurso público para el cargo de {role} no alcanzó el puntaje mínimo en la etapa de evaluación curricular, quedando fuera del proceso.
De acuerdo con los resultados publicados por la comisión evaluadora, usted no aprobó la prueba de competencias básicas y no continúa en el concurso de méritos.
En la evaluación curricular de la convocatoria CAS N.° 045-2024 usted obtuvo la condición de NO APTO, por lo que no pasa a la etapa de entrevista personal.
Le informamos que no ha obtenido plaza en la bolsa de empleo temporal de la categoría de {role} al no alcanzar la puntuación mínima exigida.
Su postulación no fue seleccionada para integrar la nómina de candidatos que el comité enviará a la autoridad para el nombramiento.
""",
        "rej_informal": """
hola! te cuento q el cliente al final se decidió por otro perfil :( igual te tengo en cuenta para lo próximo q salga, dale?
Che, te aviso que de la empresa me dijeron que no siguen con vos. Una lástima porque les gustó tu perfil. Cualquier cosa nueva te escribo.
Qué onda, te escribo rápido: la vacante se cerró con un candidato interno. Te mantengo en el radar, va?
Oye, malas noticias: no pasaste el filtro del cliente. Si quieres lo hablamos por teléfono.
""",
        "rej_no_nativo": """
Agradecemos por su aplicación. Lamentablemente su perfil no está match con los requisitos y no vamos poder continuar el proceso con usted.
Después de la evaluación tenemos que informar que usted no es seleccionado para el próximo paso. Deseamos mucho éxito.
""",
        "rej_corto": """
Vacante cubierta. Gracias por postularte.
SUBJECT: Proceso {role} || No seguimos adelante con tu candidatura. Gracias.
En esta ocasión no has sido seleccionado.
""",
        "ack_recibido": """
Hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo la revisará y te contactaremos si tu perfil encaja.
SUBJECT: Tu postulación fue recibida || ¡Gracias por postularte! Tu CV ya está en manos del equipo de selección.
Su solicitud de admisión a las pruebas selectivas ha quedado registrada con el número 2024/0345. La lista provisional de admitidos se publicará en el boletín oficial.
Hola! Recibí tu CV, lo paso al cliente esta semana y te cuento.
""",
        "ack_suena_negativo": """
Debido al alto volumen de postulaciones, solo nos pondremos en contacto con las personas preseleccionadas.
Tu solicitud ha quedado registrada correctamente. Si no recibes noticias nuestras en un plazo de 30 días, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
El proceso se está demorando más de lo previsto por la cantidad de postulantes. Todavía no hemos tomado ninguna decisión y te avisaremos en cuanto tengamos novedades.
Lamentamos la demora en responderte. Seguimos evaluando candidaturas y aún no hay una decisión sobre el puesto.
""",
        "inv_con_un_no": """
Lamentablemente el horario del martes ya no está disponible. ¿Te vendría bien el jueves a las 11:00?
Aunque no fuiste seleccionado para el puesto de {role}, el área de Finanzas vio tu perfil y le gustaría conversar contigo sobre otra vacante. ¿Tienes disponibilidad esta semana?
No pudimos realizar la entrevista en la primera fecha por un imprevisto del entrevistador. Te propongo reagendarla para el lunes a las 16:00.
Otro candidato desistió del proceso y se liberó un lugar en la entrevista final. ¿Podrías venir el miércoles a las 10?
Te postulaste con nosotros hace un año y en ese momento no avanzamos, pero ahora tenemos una vacante que encaja muy bien contigo. ¿Te parece una llamada de 20 minutos?
¡Felicidades! Superaste la prueba técnica. La siguiente etapa es una entrevista con la gerente del área; no hace falta preparar nada.
No hace falta que hagas el examen de inglés. Te esperamos directamente en la entrevista del viernes a las 12:00.
""",
        "inv_publico": """
Por la presente se le convoca a la realización del segundo ejercicio de la oposición, que tendrá lugar el 15 de marzo a las 9:00 en la Facultad de Derecho. Deberá presentar su DNI.
Usted ha sido declarado APTO en la evaluación curricular y pasa a la entrevista personal, programada para el 12 de abril a las 10:30.
""",
        "inv_informal_corto": """
holaa, el cliente quiere conocerte!! tenés libre el jueves a las 4 para una videollamada?
SUBJECT: Siguiente paso – {role} || Te compartimos el enlace para la prueba en línea. Tienes 72 horas para completarla y no es eliminatoria.
¿Podemos hablar mañana a las 10?
""",
        "off_formas": """
Nos complace ofrecerte el puesto de {role} con un salario bruto anual de 38.000 euros. Adjuntamos la carta oferta para tu revisión.
Tal como hablamos por teléfono, te confirmamos por escrito la propuesta: sueldo mensual de 7.800.000 pesos, inicio el 1 de julio y modalidad híbrida.
Tu contrato ya está disponible en el portal del empleado para firma electrónica. Por favor, fírmalo antes del viernes.
Oferta condicionada: te ofrecemos la posición sujeta a la verificación de referencias y al examen médico preocupacional.
Le comunicamos el llamamiento desde la bolsa de empleo para su nombramiento como funcionario interino en el puesto de {role}. Dispone de 48 horas para aceptar.
Para formalizar tu incorporación el 3 de junio, necesitamos que nos envíes copia de tu DNI, tu número de la Seguridad Social y tu cuenta bancaria.
Alex!! Te quieren!! El cliente aprobó la oferta, mañana te llega la propuesta formal por mail 🎉
SUBJECT: Propuesta económica || Te hacemos llegar nuestra propuesta: 45.000 MXN brutos mensuales, prestaciones superiores a las de ley y vales de despensa. Quedamos atentos a tu respuesta.
""",
        "oth_alert": """
Nuevas ofertas para ti: 15 empleos de {role} en Madrid publicados esta semana.
""",
        "oth_newsletter": """
En este número: cómo trabajamos en remoto, conoce a nuestro equipo de Bogotá y las fechas de nuestras próximas charlas para estudiantes.
""",
        "oth_cold": """
Hola, soy headhunter y estoy buscando un {role} para una empresa líder del sector retail. ¿Te interesaría conocer más detalles?
""",
        "oth_encuesta": """
Cuéntanos cómo fue tu experiencia en nuestro proceso de selección. Solo te llevará dos minutos.
""",
        "oth_retiro": """
Confirmamos que has retirado tu candidatura al puesto de {role}. No es necesario que hagas nada más.
""",
        "oth_rechazo_propio": """
Lamentamos que hayas decidido declinar nuestra oferta. Hemos cerrado tu proceso tal como nos pediste y te deseamos lo mejor en tu nuevo reto.
""",
        "oth_evento": """
Te invitamos a nuestra feria virtual de empleo el 20 de mayo: más de 40 empresas y charlas sobre cómo preparar tu CV.
""",
    },
    "pt": {
        "rej_padrao": """
Agradecemos o seu interesse na vaga de {role}. Após análise do seu perfil, informamos que você não foi selecionado para dar continuidade no processo.
Neste momento optamos por seguir com outros candidatos cujo perfil está mais alinhado às necessidades da vaga.
A vaga para a qual você se candidatou foi preenchida. Seu currículo permanecerá em nosso banco de talentos.
SUBJECT: Retorno sobre sua candidatura || Infelizmente seu perfil não foi aprovado para esta oportunidade. Seguimos torcendo pelo seu sucesso.
Após análise cuidada da sua candidatura, lamentamos informar que a mesma não foi selecionada para a fase seguinte.
Informamos que decidimos não avançar com a sua candidatura para a função de {role}.
O processo seletivo para esta vaga foi cancelado, por isso não daremos continuidade à sua candidatura.
Recebemos muitas candidaturas qualificadas e, após uma análise criteriosa, sua candidatura não foi selecionada. Seus dados ficarão em nosso banco de talentos por 12 meses.
""",
        "rej_apos_entrevista": """
Foi um prazer conversar com você. Após as entrevistas com a liderança, decidimos seguir com outra pessoa para a posição.
Agradecemos a sua participação na entrevista. Infelizmente não vamos poder avançar com a sua candidatura; a decisão foi difícil.
SUBJECT: Feedback do processo – {role} || Depois da entrevista com o gestor, o time entendeu que neste momento precisa de alguém com mais vivência em vendas B2B, então não seguiremos com o seu processo.
Gostámos muito de o conhecer na entrevista, mas a escolha recaiu sobre outro candidato.
""",
        "rej_proxima_etapa": """
Infelizmente você não seguirá para a próxima etapa do processo seletivo.
Com base no resultado do teste de lógica, sua candidatura não avançará para a etapa de entrevistas.
Você não foi aprovado na dinâmica de grupo e, por isso, não participará da entrevista com o gestor.
Após avaliarmos o case entregue, não vamos te chamar para a fase final.
Informamos que não foi selecionado para a entrevista.
Agradecemos sua participação no Programa de Estágio 2025. Infelizmente você não foi aprovado nos testes online e não seguirá no programa.
Você não foi classificado para o painel final do Programa Trainee.
""",
        "rej_publico": """
Conforme resultado publicado no Diário Oficial, o candidato não atingiu a pontuação mínima na prova objetiva e está eliminado do concurso.
SUBJECT: Resultado final da análise curricular – Processo Seletivo Simplificado nº 03/2024 || Informamos que sua inscrição foi indeferida por não apresentar a documentação comprobatória exigida no edital.
Seu nome consta na lista de reprovados da etapa de prova prática.
Nos termos do procedimento concursal, informa-se que foi excluído por ter obtido classificação inferior a 9,5 valores na prova de conhecimentos.
Foi homologada a lista de ordenação final e o seu nome não integra a lista de candidatos aprovados.
Você foi considerado INAPTO na avaliação psicológica e está eliminado do certame.
A sua candidatura à bolsa de emprego público não foi admitida por não reunir os requisitos de habilitação.
""",
        "rej_informal": """
oi! tudo bem? entao, o cliente decidiu seguir com outro perfil :( mas vou te manter no radar pra outras vagas, blz?
Fala, Alex! Passando pra avisar que a vaga foi congelada e o processo parou por aqui. Sinto muito, qualquer novidade te chamo.
Olá! Infelizmente não rolou dessa vez, o gestor preferiu alguém com inglês fluente. Mas seu perfil é ótimo, vamos manter contato!
Olá! Só para dizer que o cliente não quis avançar consigo. Fica para a próxima!
""",
        "rej_nao_nativo": """
Agradecemos sua aplicação. Infelizmente seu perfil não está match com requisitos e não vamos poder continuar processo com você.
Depois da avaliação temos que informar que você não está selecionado para próximo passo. Desejamos muito sucesso na carreira.
""",
        "rej_curto": """
Vaga preenchida. Obrigado!
Não seguiremos com sua candidatura.
SUBJECT: Vaga {role} || Você não foi selecionado desta vez.
""",
        "ack_recebido": """
Recebemos sua candidatura para a vaga de {role}! Nosso time de recrutamento vai analisar seu perfil e, se houver aderência, entraremos em contato.
Sua inscrição no concurso foi confirmada. O número de inscrição é 2024031187 e o local de prova será divulgado em breve.
SUBJECT: Candidatura recebida || Obrigado pela sua candidatura. Será analisada e receberá notícias nossas nas próximas semanas.
oi! recebi seu cv, vou apresentar pro cliente essa semana e te dou um retorno
""",
        "ack_soa_negativo": """
Devido ao grande volume de candidaturas, apenas os candidatos pré-selecionados serão contactados.
Sua inscrição foi realizada com sucesso. Caso não receba um retorno em até 30 dias, considere que seu perfil não foi selecionado neste momento.
O processo seletivo está levando mais tempo do que o previsto. Ainda não temos uma decisão, mas sua candidatura continua ativa.
Pedimos desculpa pela demora. Ainda estamos a avaliar as candidaturas e nenhuma decisão foi tomada.
""",
        "inv_com_um_nao": """
Infelizmente o horário das 14h não está mais disponível. Você conseguiria às 16h no mesmo dia?
Você não foi selecionado para a vaga de {role}, mas o time de Operações gostou muito do seu perfil e quer conversar sobre outra oportunidade. Tem disponibilidade essa semana?
Não foi possível realizar a entrevista na primeira data por um imprevisto da gestora. Podemos remarcar para segunda às 10h?
Parabéns! Você foi aprovado na etapa de testes e seguirá para a entrevista com o gestor. Não precisa preparar nada, é um bate-papo.
Um dos candidatos desistiu e abriu uma vaga na dinâmica de grupo de quinta-feira. Gostaria de participar?
Você participou de um processo conosco em 2023 e na época não avançamos, mas temos uma nova vaga que combina muito com você. Topa uma conversa?
Antes de formalizarmos qualquer proposta, gostaríamos de uma última conversa com o diretor da área. Pode ser quinta às 15h?
""",
        "inv_publico": """
Fica o candidato CONVOCADO para a prova prática no dia 22/09, às 8h, na Escola Estadual Dom Pedro II. Compareça com 30 minutos de antecedência e documento com foto.
Foi admitido(a) à entrevista profissional de seleção, que se realizará no dia 14 de maio, às 10h30, nas instalações da Câmara Municipal.
""",
        "inv_informal_curto": """
oii, o cliente quer te conhecer!! consegue fazer uma call amanhã às 10h?
SUBJECT: Próxima etapa – {role} || Segue o link do teste online. Ele não é eliminatório e pode ser feito até domingo.
Consegue falar amanhã cedo?
""",
        "off_formas": """
Temos o prazer de apresentar a proposta para a posição de {role}: salário mensal de R$ 9.500 em regime CLT, vale-refeição e plano de saúde.
Conforme conversamos por telefone, formalizamos aqui a nossa proposta, com início previsto para 1º de agosto.
Seu contrato está disponível para assinatura digital no nosso portal. Pedimos que assine até sexta-feira.
Proposta condicionada: oferecemos a vaga mediante aprovação no exame admissional e checagem de referências.
Você foi nomeado para o cargo de {role} conforme publicação no Diário Oficial. A posse deverá ocorrer em até 30 dias.
Surgiu uma vaga e você, que estava no cadastro reserva, está sendo convocado para contratação. Compareça ao RH com os documentos listados no edital.
Para darmos andamento à sua admissão, envie até quarta-feira: CTPS digital, RG, CPF, comprovante de residência e dados bancários.
Temos o gosto de lhe comunicar que foi selecionado(a) para a função. Enviamos em anexo a proposta com as condições: vencimento base de 1.650 euros, pago em 14 meses.
""",
        "oth_alert": """
Novas vagas para você: 10 oportunidades de {role} em São Paulo publicadas nos últimos dias.
""",
        "oth_newsletter": """
Nesta edição: como funciona o nosso programa de mentoria, um dia na vida do time de dados e as datas das próximas feiras de carreira.
""",
        "oth_cold": """
Olá! Sou recrutadora e estou com uma posição de {role} em uma multinacional do setor de saúde. Posso te passar mais detalhes?
""",
        "oth_recusa_propria": """
Lamentamos saber que você decidiu não aceitar a nossa proposta. Encerramos o processo conforme solicitado e desejamos sucesso no novo desafio.
""",
        "oth_indicacao": """
Indique amigos para as nossas vagas e ganhe até R$ 3.000 de bônus por contratação.
""",
        "oth_pesquisa": """
Como foi sua experiência no nosso processo seletivo? Responda a pesquisa de dois minutos.
""",
        "oth_edital": """
Foi publicado o edital de abertura do concurso público da Prefeitura de Santa Aurora, com inscrições de 3 a 28 de junho.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": [
            "Hi {first},",
            "Dear {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Hi there,",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} position.",
            "Thank you for taking the time to apply with us.",
            "We appreciate the time you have given to our process so far.",
        ],
        "wish": [
            "We wish you all the best.",
            "All the best for the weeks ahead.",
            "Take care, and thanks again.",
            "Wishing you a good week.",
        ],
        "marketing": [
            "{company} has been named one of the best places to work for the third year running. Find out more about our culture on our careers blog.",
            "Our people are at the heart of everything we do at {company}. Meet some of them in our new video series.",
            "Did you know {company} offers hybrid working and learning budgets for every employee?",
        ],
        "sign": [
            "Best regards,\n{sender}\nTalent Acquisition, {company}",
            "Kind regards,\n{sender}",
            "Cheers,\n{sender_first}",
            "{sender}\nPeople Team | {company}",
        ],
        "footer": [
            "This message was sent by {company}. Please do not reply directly to this address.",
            "You are receiving this e-mail because you created a candidate profile with {company}. Read our privacy notice to learn how we process your data.",
            "{company} is an equal opportunity employer.",
        ],
        "subject_app": [
            "Your application for {role}",
            "{company}: your application",
            "Regarding your application – {role}",
            "Application update",
        ],
        "subject_inv": [
            "Next steps – {role}",
            "{role} at {company}: scheduling",
            "Following up on your application",
            "Availability this week?",
        ],
        "subject_off": [
            "{company} – {role}",
            "Your {role} role at {company}",
            "Documents for {role}",
        ],
        "subject_oth": [
            "News from {company}",
            "{company} Careers",
            "Opportunities for you",
            "A message from {company}",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte(r) Alex Rivera,",
            "Hallo {first},",
            "Liebe(r) {first},",
            "Guten Tag {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Herzlichen Dank für Ihre Bewerbung als {role}.",
            "Danke, dass Sie sich die Zeit für Ihre Bewerbung genommen haben.",
        ],
        "wish": [
            "Wir wünschen Ihnen alles Gute.",
            "Für Ihren weiteren Weg alles Gute.",
            "Viele Grüße und eine gute Woche.",
        ],
        "marketing": [
            "{company} wurde erneut als Top-Arbeitgeber ausgezeichnet. Erfahren Sie mehr über unsere Kultur in unserem Karriereblog.",
            "Bei {company} arbeiten Menschen aus über 30 Nationen zusammen. Lernen Sie einige von ihnen in unseren Videos kennen.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}\nRecruiting | {company}",
            "Viele Grüße\n{sender}",
            "Beste Grüße\n{sender_first}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht direkt auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerbende. {company}, Amtsgericht München.",
            "{company} | Personalabteilung",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Ihre Bewerbung bei {company}",
            "Bewerbung {role} – Rückmeldung",
        ],
        "subject_inv": [
            "Nächste Schritte – {role}",
            "Terminabstimmung {role}",
            "Ihre Bewerbung bei {company}",
        ],
        "subject_off": ["{company} – {role}", "Ihre Position als {role}", "Unterlagen zu {role}"],
        "subject_oth": ["Neuigkeiten von {company}", "{company} Karriere", "Jobs für Sie"],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour Alex Rivera,",
            "Cher(e) {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour votre candidature au poste de {role}.",
            "Merci d'avoir pris le temps de postuler chez nous.",
        ],
        "wish": [
            "Nous vous souhaitons une bonne continuation.",
            "Belle journée à vous.",
            "Bien à vous et à bientôt.",
        ],
        "marketing": [
            "{company} a été reconnue Great Place to Work cette année. Découvrez notre culture sur notre blog carrières.",
            "Chez {company}, chaque collaborateur dispose de deux jours de télétravail par semaine et d'un budget formation.",
        ],
        "sign": [
            "Cordialement,\n{sender}\nÉquipe Recrutement – {company}",
            "Bien à vous,\n{sender}",
            "À bientôt,\n{sender_first}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous pouvez exercer vos droits d'accès et de suppression en écrivant à notre délégué à la protection des données.",
            "{company} – Direction des Ressources Humaines",
        ],
        "subject_app": [
            "Votre candidature – {role}",
            "{company} : votre candidature",
            "Candidature au poste de {role}",
        ],
        "subject_inv": [
            "Prochaines étapes – {role}",
            "Organisation d'un échange – {role}",
            "Suite de votre candidature",
        ],
        "subject_off": ["{company} – {role}", "Votre poste de {role}", "Documents – {role}"],
        "subject_oth": [
            "Les actualités de {company}",
            "{company} Carrières",
            "Des offres pour vous",
        ],
    },
    "es": {
        "greet": [
            "Hola {first}:",
            "Estimado/a {first}:",
            "Hola {first},",
            "Buenos días, Alex Rivera:",
            "Estimado postulante:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Te agradecemos tu postulación al puesto de {role}.",
            "Gracias por el tiempo que has dedicado a nuestro proceso.",
            "Agradecemos su interés en formar parte de {company}.",
        ],
        "wish": [
            "Te deseamos lo mejor.",
            "Un cordial saludo y mucho éxito.",
            "Que tengas una excelente semana.",
            "Quedamos a tu disposición para cualquier consulta.",
        ],
        "marketing": [
            "En {company} creemos que el talento no tiene fronteras. Conoce nuestras oficinas en Madrid, Ciudad de México y Bogotá.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar en Latinoamérica. Descubre nuestra cultura en nuestro blog.",
            "¿Sabías que en {company} tenemos jornada intensiva los viernes y un programa de bienestar para todo el equipo?",
        ],
        "sign": [
            "Saludos cordiales,\n{sender}\nEquipo de Talento – {company}",
            "Un abrazo,\n{sender_first}",
            "Atentamente,\n{sender}\nRecursos Humanos",
            "{sender}\nAdquisición de Talento | {company}",
        ],
        "footer": [
            "Este mensaje ha sido enviado de forma automática; por favor, no respondas a esta dirección.",
            "Tus datos personales serán tratados conforme a nuestra política de privacidad. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos.",
            "{company} – Todos los derechos reservados.",
        ],
        "subject_app": [
            "Tu postulación a {role}",
            "{company}: tu candidatura",
            "Proceso de selección – {role}",
            "Sobre tu candidatura",
        ],
        "subject_inv": [
            "Siguiente paso – {role}",
            "Agenda – {role}",
            "Proceso {role} en {company}",
            "¿Tienes disponibilidad?",
        ],
        "subject_off": [
            "{company} – {role}",
            "Tu incorporación como {role}",
            "Documentación – {role}",
        ],
        "subject_oth": ["Novedades de {company}", "{company} Empleo", "Oportunidades para ti"],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Prezado(a) {first},",
            "Oi {first}!",
            "Caro(a) Alex Rivera,",
            "Bom dia, {first}.",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Agradecemos o tempo dedicado ao nosso processo seletivo.",
            "Obrigada pela sua candidatura.",
        ],
        "wish": [
            "Desejamos tudo de bom para você.",
            "Um abraço e sucesso na sua jornada.",
            "Votos de uma ótima semana.",
            "Com os melhores cumprimentos.",
        ],
        "marketing": [
            "A {company} foi eleita uma das melhores empresas para trabalhar pelo terceiro ano seguido. Conheça a nossa cultura no blog de carreiras.",
            "Na {company}, diversidade é valor. Conheça nossos grupos de afinidade e programas de desenvolvimento.",
            "Sabia que a {company} oferece trabalho híbrido e day off no aniversário?",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\nAtração de Talentos – {company}",
            "Abraços,\n{sender_first}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "{sender}\nTime de Gente | {company}",
        ],
        "footer": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Seus dados pessoais são tratados de acordo com a LGPD. Para mais informações, consulte nossa política de privacidade.",
            "{company} – Departamento de Recursos Humanos",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "{company}: sua candidatura",
            "Processo seletivo – {role}",
            "Atualização da candidatura",
        ],
        "subject_inv": [
            "Próximos passos – {role}",
            "Agendamento – {role}",
            "Processo {role} na {company}",
            "Disponibilidade?",
        ],
        "subject_off": ["{company} – {role}", "Sua admissão como {role}", "Documentos – {role}"],
        "subject_oth": ["Novidades da {company}", "{company} Carreiras", "Oportunidades para você"],
    },
}

THREAD: dict[str, str] = {
    "en": "Hi {sender_first},\nI just wanted to check whether there is any news on the {role} position, and whether you need anything else from me.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for getting in touch. I'm checking with the team and will come back to you as soon as I can.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zur Stelle {role} schon etwas Neues gibt und ob Sie noch Unterlagen von mir brauchen.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachricht. Ich kläre das mit der Fachabteilung und melde mich so bald wie möglich.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nje me permets de revenir vers vous au sujet du poste de {role}. Avez-vous besoin d'autres documents de ma part ?\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nmerci pour votre message. Je fais le point avec l'équipe et je reviens vers vous rapidement.\n{sender}\n",
    "es": "Hola {sender_first}:\nQuería saber si hay novedades sobre el puesto de {role} y si necesitas algún documento más de mi parte.\nGracias,\nAlex\n\n{header2}\nHola Alex:\nGracias por escribir. Lo consulto con el equipo y te respondo en cuanto pueda.\n{sender}\n",
    "pt": "Olá {sender_first},\ngostaria de saber se há alguma novidade sobre a vaga de {role} e se precisa de mais algum documento meu.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nobrigada pelo contato. Vou verificar com o time e te retorno assim que possível.\n{sender}\n",
}
