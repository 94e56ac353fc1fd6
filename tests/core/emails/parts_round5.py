# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Sentence parts for the ROUND-5 HELD-OUT part of the generated corpus (`round5/`).

Written at the start of round 5, before any rule of that round was changed, by an evaluator
who did not read the classifier, its rules or the other parts files' sentences, and never ran
the classifier on it while writing. Every passage is new, from general knowledge of how
employers write: a building society, a hospital trust, a public agency and a civil-service
style notice, a university, a start-up, a retailer, a game studio, an NGO, a law firm, a
staffing agency relaying a client's answer, ATS templates, a hiring manager's two-line note and
a long formal HR letter; du and Sie (with gender-inclusive spellings) in German, tu and vous in
French, tú and usted in Spanish (Spain and Latin America), você and the European register in
Portuguese (Brazil and Portugal). The hard negatives are deliberate: receipts that mention the
volume of applications or "if you don't hear from us", "we still need more time", recruiter cold
mail, job alerts, newsletters about coping with rejection, moved interviews, offers.

Never tune on it: it is measured, not looked at. A round that looks at its misses must write
a new held-out part.

A passage written `SUBJECT: <subject> || <body>` carries its own subject line. Same layout as
`parts_round4`; wrappers, names and threads are new too.
"""

from __future__ import annotations

CORE: dict[str, dict[str, str]] = {
    "en": {
        "rej_r5": """
We've now been through every application for the {role} role and, unfortunately, we won't be progressing yours on this occasion.
Having compared your CV with the essential criteria for the post, we have concluded that your application cannot be considered further.
I'm writing to let you know that we have decided to pursue other applicants whose experience more closely reflects what the team needs right now.
SUBJECT: {role} – your application || We received more than 400 applications for this vacancy and could only shortlist a handful. I'm sorry to say you have not been selected on this occasion.
Thanks for putting yourself forward. We had a really strong response and have chosen to go ahead with people who have more direct experience in regulated financial services.
The hiring team has looked at your profile and has decided to decline your application for this position.
Your candidacy was given careful consideration; however, we have decided not to take it any further.
We regret to inform you that we are unable to offer you a place on our 2025 graduate programme.
Quick note from me: we've decided to go in another direction for this hire. Thanks so much for applying.
Application ID 20391-B – status: Not progressed. No further action is required from you.
I wanted to get back to you personally. I don't think there's a mutual fit for this particular role, but I genuinely enjoyed reading your cover letter.
Not the news you were hoping for, I know – we've decided to move ahead with other people for {role}.
Following the closing date we assessed all applications against the person specification. I'm sorry to tell you that yours was not among those invited to the assessment centre.
My client has had a look at your CV and, unfortunately, they won't be taking things further, as they really need someone with SAP S/4HANA experience. I'll keep an eye out for other roles for you.
Unfortunately, it's a no this time round. We wish you every success and hope you'll apply again.
Thank you for your interest in our firm. The recruitment committee has now reviewed all applications for the 2026 training contract, and we regret that we are not in a position to offer you a place. Due to the number of applications we are unable to give individual feedback.
We've thought hard about this one, and we're going to pass on your application for now.
        """,
        "rej_r5_interview": """
Thank you for meeting the panel last week. After much deliberation, we have decided to offer the role to another candidate.
It was great to speak with you on Thursday. The team was impressed, but in the end we went with someone who has a bit more experience leading migrations of this size.
Following your final-round interview, we will not be extending an offer for the {role} position.
Thanks for all the time you put in, including the take-home exercise. We've decided to close your application rather than move you on to the onsite.
We've appointed an internal candidate. I know that's frustrating to hear after three rounds, and I'm sorry.
Just to close the loop: the offer went to another candidate, who accepted it yesterday.
Thanks again for chatting with us. We won't be moving you forward to the next stage. Best of luck!
Having compared all the finalists, the panel felt that another candidate was a stronger match for the leadership side of the role. I'm sorry not to have better news for you.
Following your interview on 4 June, I'm afraid we will not be offering you the post. Feedback is available on request for the next 30 days.
Didn't work out this time – the team picked someone else. Thank you for being so generous with your time.
        """,
        "rej_r5_gone": """
We are writing to let you know that the {role} vacancy has been withdrawn following a change in business priorities, so we will not be proceeding with any applications.
The position you applied for has now been filled. Thank you for your interest.
Due to a company-wide hiring freeze, this requisition has been cancelled and no further candidates will be considered.
Following a budget review, the {role} post has been put on hold indefinitely. As a result, your application will not progress.
This job posting is no longer available, and your application has been closed.
Notice of results: you were found ineligible for this announcement because your application did not demonstrate one year of specialized experience at the required level.
Your application has been reviewed and you were not referred to the selecting official for further consideration.
The grant that funded this research assistant position was not renewed, so we will not be making an appointment and no offer will be issued.
Quick update from the agency side: the client has decided to recruit internally, so the role is no longer open to external candidates.
        """,
        "ack_r5": """
Thanks for applying to {company}! We've received your application for {role} and someone from our team will review it shortly.
This is to confirm that we have received your application. Because of the high volume of applications, we are not able to reply to everyone individually; if you have not heard from us within four weeks, please assume you have not been shortlisted this time.
Your application has been submitted successfully. Reference: HR-77120. You can follow its progress at any time in your candidate portal.
A quick update: we're still reviewing applications for {role}. Unfortunately the process is taking longer than we planned, and we expect to be in touch by the end of the month.
We have received a very large number of applications for this vacancy and are working through them carefully. We will contact you again once shortlisting is complete.
Your application is in! A real person reads every application here, so please give us about two weeks.
Your application has moved to the review stage. The hiring manager is looking at it now.
Thank you for applying to the Department. The vacancy closes on 14 July and sift results are normally sent within three weeks of the closing date.
        """,
        "inv_r5": """
We'd love to set up a first 30-minute call with one of our recruiters. Please pick a time that suits you here: https://cal.example.com/first-call
Are you free for a quick video call on Thursday or Friday afternoon? I'd like to tell you more about the team and hear about what you're looking for.
We're pleased to invite you to the next stage: an online assessment (numerical reasoning and situational judgement) that takes about 45 minutes. Please complete it within five days.
Unfortunately we must move your interview on Wednesday, as one of the panel members is unwell. Could you do Monday 16 June at 10:00 instead? Apologies for the inconvenience.
As next steps, we'd like you to meet two engineers from the team for a technical conversation of about an hour at our Leeds office. Could you send me three slots that work for you next week?
Confirmed: Tuesday 10 June, 14:00–14:45 (BST), Microsoft Teams, with Dr Hughes and Sarah Mensah. The joining link is in the attached calendar invitation.
Good news – you've been shortlisted! The panel would like to meet you on 24 June at the Royal Infirmary. Please confirm you can attend and let us know about any reasonable adjustments you need.
        """,
        "off_r5": """
I'm delighted to offer you the position of {role} at {company}, starting on 1 September, with an annual salary of £58,000. Your formal offer letter and contract are attached.
Great news – the team would love to have you on board! I'll send over the written offer later today; have a read and let me know if you have any questions.
Your pre-employment checks are complete, so we are pleased to confirm that your conditional offer is now unconditional. Welcome to the Trust.
        """,
        "oth_r5": """
The password for your {company} careers account was changed. If you did not make this change, please reset your password straight away.
You're invited to our virtual careers evening on 19 June, 6–7.30pm: hear from our engineers, ask about the graduate scheme and meet the recruitment team. Register via the link below.
Thank you for taking part in our recruitment process. We would really value your feedback – the survey takes two minutes and your answers have no effect on any application.
Please verify your e-mail address to finish creating your candidate account. This link expires in 24 hours.
        """,
        "oth_cold": """
I came across your profile and I'm working with a fast-growing fintech in Berlin that's hiring a {role}. Open to a quick chat? Apologies if this isn't a fit – feel free to ignore.
Hope you're well! I'm recruiting for a fully remote position that looks like a great match for your background: up to 95k plus equity. Would you be up for a 15-minute call? If now's not the right time, no worries at all.
        """,
        "oth_alert": """
12 new jobs match your search "{role}" in London: {role} at Mosley Bank, {role} (12-month contract) at Riverbend Studios and 10 more. Change how often you get alerts or unsubscribe.
        """,
        "oth_newsletter": """
This month on the careers blog: how to handle rejection without losing momentum, five questions to ask at the end of an interview, and why your CV doesn't need a photo.
        """,
    },
    "de": {
        "rej_r5": """
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Nach intensiver Abwägung haben wir uns für andere Kandidat:innen entschieden, deren Profil noch näher an unseren Anforderungen liegt.
Leider können wir dir diesmal keine Zusage geben. Für deinen weiteren Weg wünschen wir dir alles Gute!
Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigt werden kann.
Die Vielzahl qualifizierter Bewerbungen hat uns die Entscheidung nicht leicht gemacht. In Ihrem Fall ist sie leider negativ ausgefallen.
Kurz und ehrlich: Wir gehen mit jemandem weiter, der mehr Erfahrung im Zahlungsverkehr mitbringt. Danke dir für deine Zeit!
Wir haben entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.
Mein Kunde hat sich Ihr Profil genau angesehen, möchte den Prozess mit Ihnen aber leider nicht fortsetzen. Ich melde mich gern, sobald ich eine passendere Position für Sie habe.
Leider müssen wir Ihnen eine Absage erteilen.
Unter den zahlreichen Bewerber/-innen haben wir uns für eine Person entschieden, deren Qualifikation dem Anforderungsprofil noch genauer entspricht.
Leider hat es dieses Mal nicht gepasst. Wir wünschen Ihnen viel Erfolg und alles Gute für Ihre berufliche Zukunft.
SUBJECT: Rückmeldung zu Ihrer Bewerbung || Nach Durchsicht aller Unterlagen haben wir uns gegen eine Einladung zum Vorstellungsgespräch entschieden.
Wir haben lange überlegt, sind aber zu dem Schluss gekommen, dass dein Profil aktuell nicht zu dem passt, was wir im Team brauchen.
        """,
        "rej_r5_interview": """
Vielen Dank für das offene und angenehme Gespräch am Dienstag. Nach Abschluss aller Gespräche haben wir uns jedoch für eine andere Bewerberin entschieden.
Danke, dass du dir die Zeit für das Kennenlernen und die Case Study genommen hast. Am Ende haben wir uns für eine interne Lösung entschieden.
Nach dem zweiten Gespräch sind wir zu dem Ergebnis gekommen, dass es nicht zusammenpasst. Diese Entscheidung ist uns nicht leichtgefallen.
Leider können wir Ihnen nach dem Vorstellungsgespräch kein Angebot unterbreiten.
Wir haben die Stelle einem anderen Bewerber angeboten, der inzwischen zugesagt hat.
        """,
        "rej_r5_gone": """
Die ausgeschriebene Stelle ist inzwischen besetzt. Wir bitten um Ihr Verständnis und danken Ihnen für Ihr Interesse.
Aufgrund interner Umstrukturierungen wird die Position als {role} vorerst nicht besetzt. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.
Hiermit teilen wir Ihnen mit, dass das Auswahlverfahren zur Besetzung der Stelle mit der Kennziffer 2025/114 ohne Stellenbesetzung beendet wurde.
Wegen eines Einstellungsstopps liegt die Stelle derzeit auf Eis. Wir nehmen deshalb keine weiteren Bewerbungen in Betracht.
Ihre Bewerbung konnte im Verfahren nicht berücksichtigt werden, da die formalen Voraussetzungen der Ausschreibung (abgeschlossenes Hochschulstudium) nicht erfüllt sind.
Die Ausschreibung wurde zurückgezogen, die Stelle wird nicht extern vergeben.
        """,
        "ack_r5": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir melden uns, sobald wir eine Entscheidung getroffen haben.
Danke für deine Bewerbung! Sie ist gut bei uns angekommen und wir schauen sie uns in den nächsten Tagen in Ruhe an.
Aufgrund der großen Zahl an Bewerbungen wird die Bearbeitung einige Zeit in Anspruch nehmen. Bitte sehen Sie von Nachfragen ab; wir kommen unaufgefordert auf Sie zu.
Leider benötigen wir für die Auswahl noch etwas mehr Zeit. Ihre Bewerbung befindet sich weiterhin im Verfahren, und wir melden uns spätestens Ende Juli bei Ihnen.
Ihre Bewerbung ist am 3. Juni bei uns eingegangen. Sollten Sie innerhalb von drei Wochen nichts von uns hören, haben wir die Stelle anderweitig vergeben.
Status Ihrer Bewerbung: In Prüfung. Die Fachabteilung sichtet derzeit Ihre Unterlagen.
Ihre Bewerbung wurde erfolgreich über unser Karriereportal übermittelt. Ihre Referenznummer lautet 2025-0412.
        """,
        "inv_r5": """
Ihre Unterlagen haben uns überzeugt und wir würden Sie gern persönlich kennenlernen. Hätten Sie am Donnerstag, 12. Juni, um 10 Uhr Zeit für ein Gespräch in unserem Büro in Leipzig?
Hast du nächste Woche Lust auf ein erstes Kennenlernen per Video? Such dir einfach einen passenden Termin über diesen Link aus: https://termine.example.de/kennenlernen
Leider müssen wir den Termin am Mittwoch verschieben, da unsere Bereichsleiterin kurzfristig verhindert ist. Wäre Ihnen Freitag um 14 Uhr recht?
Als nächsten Schritt laden wir Sie zu einem Online-Assessment ein. Den Zugangslink erhalten Sie in einer separaten E-Mail; bitte schließen Sie den Test bis zum 20. Juni ab.
Wir würden gern kurz mit dir telefonieren, um ein paar Fragen zu klären. Wann passt es dir am besten?
Hiermit laden wir Sie zum Auswahlgespräch am 2. Juli um 9:30 Uhr im Rathaus, Zimmer 214, ein. Bitte bringen Sie einen gültigen Lichtbildausweis mit.
        """,
        "off_r5": """
Wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zur Unterschrift zu.
Wir möchten dich unbedingt im Team haben! Anbei findest du unser Angebot: 68.000 € brutto im Jahr, 30 Urlaubstage und Start zum 1. September.
Der Personalrat hat Ihrer Einstellung zugestimmt. Wir freuen uns, Ihnen hiermit die Zusage für die Stelle zu geben, und bitten um Rückmeldung bis zum 27. Juni.
        """,
        "oth_r5": """
Ihr Passwort für das Bewerberportal wurde zurückgesetzt. Falls Sie das nicht veranlasst haben, wenden Sie sich bitte an unseren Support.
Komm zu unserem Karriere-Abend am 26. Juni! Lerne unsere Teams kennen, stell deine Fragen und genieß ein Getränk auf der Dachterrasse.
Ihr Bewerberprofil läuft in 14 Tagen ab. Wenn Sie es behalten möchten, melden Sie sich bitte einmal an.
Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage ist anonym und dauert etwa drei Minuten.
        """,
        "oth_cold": """
Ich bin auf dein Profil gestoßen und suche aktuell für einen Mittelständler in München eine:n {role}. Hättest du Interesse an einem kurzen Austausch? Falls das gerade nicht passt, sag einfach Bescheid.
        """,
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „{role}“ in Hamburg: 8 neue Stellenangebote seit gestern. Suchauftrag bearbeiten oder abbestellen.
        """,
        "oth_newsletter": """
Karriere-Newsletter Juni: Warum eine Absage kein Weltuntergang ist, wie du dich auf Gehaltsgespräche vorbereitest und welche Fragen im Vorstellungsgespräch tabu sind.
        """,
    },
    "fr": {
        "rej_r5": """
Nous avons étudié avec attention votre candidature au poste de {role} et sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.
Malgré l'intérêt de votre parcours, votre profil n'a pas été retenu pour la suite du processus.
Après examen attentif, nous avons décidé de poursuivre avec des candidats dont l'expérience correspond davantage aux besoins du poste.
Je préfère te le dire directement : on ne va pas aller plus loin sur ce poste. Merci pour ta candidature et bonne continuation !
Malheureusement, nous ne sommes pas en mesure de retenir votre candidature cette fois-ci. Nous vous souhaitons pleine réussite dans vos recherches.
Nous avons reçu de nombreuses candidatures de grande qualité et notre choix s'est porté sur un autre profil.
Votre candidature ne sera pas retenue pour ce recrutement. Nous conservons néanmoins vos coordonnées dans notre vivier, sauf opposition de votre part.
Notre client a pris connaissance de votre dossier mais ne souhaite pas y donner suite, son choix s'étant orienté vers un profil plus expérimenté en management d'équipe.
SUBJECT: Votre candidature chez {company} || Nous sommes au regret de ne pas pouvoir vous proposer d'entretien.
Après analyse, votre profil ne correspond pas tout à fait à ce que nous recherchons ; nous ne donnerons donc pas suite.
Malheureusement, ça ne s'est pas fait cette fois. On te souhaite le meilleur pour la suite !
        """,
        "rej_r5_interview": """
Merci pour le temps consacré à nos entretiens. Nous avons finalement retenu une autre candidate, dont le profil correspondait davantage aux attentes de l'équipe.
À l'issue de la réunion du jury du 5 juin, nous avons le regret de vous informer que votre candidature n'a pas été retenue.
Suite à notre échange de jeudi, nous avons décidé de ne pas poursuivre le processus avec vous.
Le poste a été proposé à un candidat interne, qui l'a accepté.
Merci pour ton cas pratique, vraiment soigné. L'équipe a toutefois choisi de continuer avec une autre personne.
        """,
        "rej_r5_gone": """
Le poste de {role} a été pourvu. Nous vous remercions de l'intérêt que vous avez porté à notre établissement.
Pour des raisons budgétaires, le recrutement a été suspendu et le poste n'est plus d'actualité.
Nous vous informons que l'offre à laquelle vous avez postulé a été clôturée sans recrutement.
Votre dossier de candidature a été déclaré irrecevable, car il nous est parvenu après la date limite de dépôt.
Cette offre n'est plus disponible. Votre candidature a été archivée.
        """,
        "ack_r5": """
Nous accusons réception de votre candidature au poste de {role} et vous remercions de l'intérêt porté à notre hôpital. Elle sera étudiée avec attention.
Merci pour ta candidature ! On l'a bien reçue, et l'équipe revient vers toi d'ici deux semaines.
En raison du grand nombre de candidatures reçues, le délai de traitement peut être plus long que prévu. Sans réponse de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.
Malheureusement, nous avons besoin d'un peu plus de temps pour finaliser notre sélection. Votre candidature est toujours à l'étude et nous reviendrons vers vous d'ici fin juin.
Votre candidature est en cours d'examen par le service des ressources humaines.
Votre dossier est complet. Le numéro de votre candidature est le 25-0873 ; merci de le rappeler dans toute correspondance.
Bonne nouvelle : votre candidature a bien été transmise au manager du poste, qui l'examinera dans les prochains jours.
        """,
        "inv_r5": """
Votre profil a retenu notre attention et nous aimerions échanger avec vous. Seriez-vous disponible pour un premier échange téléphonique de 30 minutes mardi ou mercredi ?
On aimerait bien t'appeler pour faire connaissance ! Choisis le créneau qui te convient ici : https://rdv.example.fr/decouverte
Nous avons le plaisir de vous convier à un entretien le lundi 16 juin à 11 h dans nos locaux, 12 rue des Tanneurs à Lyon.
Malheureusement, nous devons décaler notre entretien de jeudi en raison d'un imprévu. Pourriez-vous nous proposer deux créneaux la semaine prochaine ?
Prochaine étape : un test en ligne d'environ 40 minutes. Vous recevrez le lien dans la journée ; merci de le compléter sous 72 heures.
À la suite de la présélection, vous êtes convoqué(e) à l'épreuve orale d'admission, qui se tiendra le 3 juillet à 9 h 30.
        """,
        "off_r5": """
Nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche, à nous retourner signée avant le 20 juin.
Super nouvelle : on a le plaisir de te faire une proposition ! Fixe de 52 k€ brut annuel, télétravail deux jours par semaine, démarrage en septembre.
        """,
        "oth_r5": """
Le mot de passe de votre espace candidat a été modifié. Si vous n'êtes pas à l'origine de cette modification, contactez-nous sans attendre.
Nous organisons un afterwork recrutement le 26 juin dans nos bureaux parisiens : venez rencontrer nos équipes tech autour d'un verre. Inscription gratuite.
Votre avis compte : répondez à notre questionnaire sur le processus de recrutement, il ne prend que trois minutes.
        """,
        "oth_cold": """
Je me permets de vous contacter car votre parcours m'a interpellé. J'accompagne une scale-up nantaise qui recrute un(e) {role}. Seriez-vous ouvert(e) à un échange ? Si ce n'est pas le moment, aucun souci.
Je recrute pour un studio de jeux vidéo à Montpellier et ton profil m'a tapé dans l'œil. Dispo pour en parler 15 minutes cette semaine ? Sinon, pas de problème.
        """,
        "oth_alert": """
5 nouvelles offres correspondent à votre alerte « {role} – Île-de-France ». Modifier ou supprimer cette alerte.
        """,
        "oth_newsletter": """
La lettre carrière de juin : rebondir après un refus, préparer son entretien annuel et négocier son salaire sans stress.
        """,
    },
    "es": {
        "rej_r5": """
Tras revisar tu candidatura para el puesto de {role}, lamentamos comunicarte que no vamos a continuar con tu proceso.
Le agradecemos su postulación. Luego de analizar su perfil, hemos decidido no avanzar con su candidatura en esta oportunidad.
Hemos recibido muchísimas candidaturas muy buenas y, aunque tu perfil es interesante, hemos optado por personas con más experiencia en el sector retail.
Lamentablemente, en esta ocasión su perfil no ha sido seleccionado para la siguiente fase.
Por desgracia, esta vez no ha podido ser. ¡Te deseamos mucha suerte en tu búsqueda!
Te escribo yo directamente: al final vamos a seguir con otro candidato. Gracias por tu tiempo.
Nuestro cliente ha revisado tu perfil y ha decidido no seguir adelante, ya que busca a alguien con inglés nativo. Te tendré en cuenta para futuras posiciones.
Le informamos que su postulación no fue preseleccionada para continuar en el proceso.
Después de valorar con detalle tu experiencia, consideramos que no hay suficiente encaje con lo que buscamos en este momento.
SUBJECT: Actualización de tu candidatura || Sentimos decirte que no seguiremos adelante con tu candidatura.
Lamentablemente no podemos considerar su solicitud, ya que no cumple con los requisitos mínimos indicados en la convocatoria.
        """,
        "rej_r5_interview": """
Muchas gracias por tu tiempo en las entrevistas. Tras valorar a todos los finalistas, hemos decidido ofrecer el puesto a otra persona.
Queremos agradecerle su participación en el proceso. Luego de la entrevista final, el comité decidió continuar con un candidato interno.
Después de la charla con el equipo, hemos llegado a la conclusión de que no es el momento de avanzar juntos.
La oferta se la hemos hecho a otra candidata, que ya la ha aceptado. Siento no traerte mejores noticias.
No vamos a hacerte una oferta en esta ocasión, aunque nos ha gustado mucho conocerte.
        """,
        "rej_r5_gone": """
Le informamos que la vacante a la que se postuló ya fue cubierta.
Por cambios en el presupuesto, el proceso de selección para {role} ha quedado cancelado, así que no podremos seguir adelante con ninguna candidatura.
La vacante queda en pausa hasta nuevo aviso, por lo que cerramos todas las postulaciones activas.
Publicada la lista definitiva de admitidos y excluidos, usted figura como excluido por no acreditar la titulación exigida en las bases.
Esta oferta ya no está disponible y tu candidatura ha sido archivada.
        """,
        "ack_r5": """
¡Gracias por postularte! Hemos recibido tu candidatura para {role} y el equipo la revisará en los próximos días.
Confirmamos la recepción de su currículum. Debido al elevado volumen de candidaturas, solo nos pondremos en contacto con las personas preseleccionadas.
Tu candidatura se ha registrado correctamente. Si en un plazo de 15 días no recibes noticias nuestras, entiende que tu perfil no encaja en esta ocasión.
Lamentablemente necesitamos algo más de tiempo para cerrar la selección. Tu candidatura sigue en revisión y te escribiremos antes del 30 de junio.
Su postulación se encuentra en etapa de revisión. Le notificaremos por este medio cualquier novedad.
Hemos recibido tu solicitud para la vacante. Número de referencia: ES-5521.
Te confirmamos que tu candidatura ya está en manos del responsable del área, que la está valorando.
        """,
        "inv_r5": """
Nos gustaría conocerte. ¿Tendrías disponibilidad para una charla por videollamada de unos 30 minutos esta semana?
Queremos invitarle a una entrevista presencial el martes 17 de junio a las 10:00 en nuestras oficinas de Guadalajara. Le agradeceremos que confirme su asistencia.
Reserva el horario que mejor te venga para una primera llamada con nuestra recruiter: https://agenda.example.es/primera-llamada
Lamentablemente tenemos que cambiar la hora de tu entrevista del jueves. ¿Te vendría bien el viernes a las 12:00?
Como siguiente paso, te enviaremos una prueba técnica para resolver en casa en un plazo de cinco días.
¿Podemos agendar una llamada rápida mañana? Me gustaría contarte más sobre la posición y conocer tus expectativas.
        """,
        "off_r5": """
Nos complace ofrecerle el puesto de {role}. Adjuntamos la carta oferta con las condiciones económicas y la fecha de incorporación propuesta.
¡Enhorabuena! Nos encantaría que te unieras al equipo. Te paso la propuesta: 42.000 € brutos anuales, jornada intensiva en verano e incorporación el 1 de septiembre.
        """,
        "oth_r5": """
Hemos detectado un nuevo inicio de sesión en tu cuenta del portal de empleo desde un dispositivo desconocido. Si no fuiste tú, cambia tu contraseña.
Te invitamos a nuestra jornada de puertas abiertas para perfiles tecnológicos el 25 de junio. Las plazas son limitadas.
Ayúdanos a mejorar: cuéntanos cómo fue tu experiencia con nuestro proceso de selección. Son solo cinco preguntas.
        """,
        "oth_cold": """
Vi tu perfil y creo que podrías encajar en una posición de {role} que estoy cubriendo para una fintech en Madrid. ¿Te apetece que hablemos? Si no es lo que buscas, disculpa la molestia.
¿Cómo estás? Estoy buscando talento para una empresa de logística en Bogotá con modalidad híbrida. ¿Te interesaría conversar unos minutos? Si no es tu momento, no hay problema.
        """,
        "oth_alert": """
Nuevas ofertas para ti: 7 empleos de «{role}» en Barcelona publicados esta semana. Gestionar alertas.
        """,
        "oth_newsletter": """
Boletín de empleo: cómo encajar un «no» en tu búsqueda, claves para tu primera entrevista online y los sectores que más contratan este verano.
        """,
    },
    "pt": {
        "rej_r5": """
Agradecemos o seu interesse em fazer parte do nosso time. Após análise do seu perfil, optamos por seguir com outros candidatos neste momento.
Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.
Infelizmente, desta vez não deu certo. Desejamos muito sucesso na sua jornada!
Tudo bem? Passando para avisar que decidimos seguir com outra pessoa para a vaga. Obrigado pelo seu tempo!
Após uma análise cuidadosa, informamos que o seu perfil não avançou no processo seletivo para a vaga de {role}.
Analisámos com atenção o seu currículo, mas neste momento não vamos dar continuidade à sua candidatura.
Nosso cliente avaliou seu currículo e decidiu não prosseguir, pois busca alguém com experiência prévia no setor de seguros. Vou manter seu contato para próximas oportunidades.
Recebemos candidaturas de grande qualidade e a escolha recaiu sobre um candidato com um perfil mais ajustado às necessidades da função.
SUBJECT: Retorno sobre sua candidatura || Infelizmente seu perfil não foi aprovado para a próxima etapa.
Informamos que V. Exa. não foi admitido(a) à fase de entrevista, por não reunir os requisitos de experiência indicados no aviso de abertura.
Neste momento não encontramos aderência entre o seu perfil e os requisitos da vaga.
        """,
        "rej_r5_interview": """
Obrigado por participar das entrevistas com o time. Depois de muita conversa, decidimos fazer a proposta para outra candidata.
Agradecemos a disponibilidade para a entrevista de quinta-feira. Lamentamos, contudo, informar que optámos por outro candidato.
Depois do bate-papo com a liderança, chegamos à conclusão de que não há fit para este momento.
A vaga foi preenchida por um colaborador interno. Sei que não é a notícia que você esperava.
Não vamos seguir com uma proposta para você, mas adoramos te conhecer.
        """,
        "rej_r5_gone": """
Informamos que a vaga de {role} foi encerrada e já não se encontra disponível.
Por questões de orçamento, o processo seletivo foi congelado sem previsão de retomada.
A vaga para a qual você se candidatou já foi preenchida.
O procedimento concursal foi anulado por deliberação do Conselho de Administração, pelo que não haverá lugar a contratação.
A requisição foi cancelada pela área e, por isso, encerramos todas as candidaturas.
        """,
        "ack_r5": """
Recebemos sua candidatura para a vaga de {role}! Nosso time vai analisá-la com carinho e retornamos em breve.
Confirmamos a receção da sua candidatura. Devido ao elevado número de candidaturas, só serão contactados os candidatos selecionados para a fase seguinte.
Sua inscrição foi concluída com sucesso. Caso não receba retorno em até 30 dias, considere que seu perfil não seguiu no processo desta vez; seu currículo fica no nosso banco de talentos.
Infelizmente precisamos de um pouco mais de tempo para concluir a triagem. Sua candidatura continua em análise e daremos retorno até o fim do mês.
Status da candidatura: em análise. O recrutador responsável já está avaliando o seu perfil.
A sua candidatura ao anúncio ref. 2025/031 foi registada com sucesso.
Parabéns por dar o primeiro passo! Sua inscrição no Programa de Estágio 2025 foi confirmada.
        """,
        "inv_r5": """
Gostaríamos de te conhecer melhor! Você teria disponibilidade para um bate-papo por vídeo na quarta ou na quinta à tarde?
Tem disponibilidade para uma entrevista presencial no dia 18 de junho, às 10h00, nas nossas instalações em Lisboa?
Escolha o melhor horário para a sua conversa com a recrutadora neste link: https://agenda.example.com.br/conversa-inicial
Infelizmente precisamos remarcar sua entrevista de amanhã. Podemos fazer na segunda-feira às 15h?
Parabéns, você avançou para a próxima etapa! Agora é a vez do teste online, que leva cerca de 40 minutos e deve ser feito até sexta.
Vamos marcar uma conversa rápida por telefone? Queria apresentar melhor a vaga e entender o seu momento.
        """,
        "off_r5": """
É com muita alegria que te fazemos esta proposta para a vaga de {role}: salário de R$ 14.500, vale-refeição, plano de saúde e início em 1º de julho.
Temos o prazer de lhe apresentar uma proposta de contrato para a função de {role}. Segue em anexo a carta com as condições; agradecemos a sua resposta até sexta-feira.
        """,
        "oth_r5": """
Sua senha foi alterada com sucesso. Se não foi você, entre em contato com o suporte.
Participe do nosso Tech Day no dia 28 de junho! Palestras, networking e vagas abertas.
Conta pra gente como foi sua experiência no nosso processo seletivo, leva só dois minutinhos.
        """,
        "oth_cold": """
Tudo bem? Vi seu perfil e tenho uma oportunidade de {role} numa healthtech em São Paulo, 100% remoto. Topa uma conversa rápida? Se não fizer sentido, sem problemas!
Sou consultora numa empresa de recrutamento em Lisboa e estou a acompanhar um processo para {role} num grupo industrial. Teria disponibilidade para uma breve conversa? Caso não seja oportuno, peço desculpa pelo contacto.
        """,
        "oth_alert": """
9 novas vagas de "{role}" perto de você. Ver vagas | Gerenciar alertas
        """,
        "oth_newsletter": """
Newsletter de carreira: como lidar com um "não" no processo seletivo, dicas para entrevistas por vídeo e o que os recrutadores olham primeiro no seu currículo.
        """,
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear Applicant,", "Hello {first},", "Dear Alex Rivera,"],
        "thanks": [
            "Thank you for your interest in working at {company}.",
            "Thanks for applying for the {role} role.",
        ],
        "wish": [
            "We wish you all the best in your career.",
            "Good luck with your search – we hope our paths cross again.",
        ],
        "marketing": [
            "At {company}, people come first. Since 1921 we have helped more than 400,000 "
            "members save and buy their homes, and this year we were named one of the Sunday "
            "Chronicle's Best Places to Work.",
            "{company} builds games loved by 20 million players. Our studios in Dundee, Montréal "
            "and Lisbon are growing, and we're proud to be a four-day-week employer.",
        ],
        "sign": [
            "Yours sincerely,\nPeople & Talent Team\n{company}",
            "All the best,\n{sender}",
            "Thanks,\n{sender_first}",
        ],
        "footer": [
            "{company} · 1 Quayside Walk, Newcastle NE1 3DX · Manage e-mail preferences",
            "This e-mail was sent by our applicant tracking system on behalf of {company}. Please "
            "do not reply to this message.",
        ],
        "subject_app": [
            "Regarding your application",
            "{company}: {role}",
            "Application update – {role}",
        ],
        "subject_inv": ["{company} – let's talk", "Scheduling: {role}"],
        "subject_off": ["Welcome aboard!", "Offer of employment – {role}"],
        "subject_oth": ["A note from {company} Careers", "{company} | Careers"],
    },
    "de": {
        "greet": [
            "Sehr geehrte:r Alex Rivera,",
            "Guten Tag Herr Rivera,",
            "Hi {first}, wir hoffen, dir geht's gut!",
        ],
        "thanks": [
            "vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
            "Schön, dass du dich bei {company} beworben hast.",
        ],
        "wish": [
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.",
            "Mach's gut und viel Glück bei deiner Suche!",
        ],
        "marketing": [
            "Über 2.400 Kolleginnen und Kollegen an neun Standorten machen {company} zu einem "
            "der attraktivsten Arbeitgeber der Region. Wir bieten flexible Arbeitszeiten, eine "
            "betriebliche Altersvorsorge und das Jobrad.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\nPersonalabteilung\n{company}",
            "Beste Grüße\n{sender}\nMelde dich gern, wenn du Fragen hast.",
        ],
        "footer": [
            "{company} · Sitz: Ilmenau · Amtsgericht Jena HRB 512345 · Datenschutzhinweise",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Deine Bewerbung bei {company}",
            "Bewerbung {role} – Kennziffer 2025/114",
        ],
        "subject_inv": ["Terminvorschlag – {company}", "Wie geht es weiter?"],
        "subject_off": ["Unser Angebot für Sie", "Dein Angebot von {company}"],
        "subject_oth": ["Neuigkeiten von {company}", "{company} Karriere"],
    },
    "fr": {
        "greet": ["Madame, Monsieur,", "Bonjour {first},", "Bonjour Alex Rivera,"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé au poste de {role}.",
        ],
        "wish": [
            "Nous vous souhaitons une pleine réussite dans vos projets professionnels.",
            "Bonne continuation et à bientôt peut-être !",
        ],
        "marketing": [
            "Chez {company}, nous accompagnons depuis 1987 plus de 600 entreprises dans leurs "
            "projets de transformation. Nos 1 200 consultants, présents dans huit villes, "
            "partagent une même exigence : l'impact.",
        ],
        "sign": [
            "Cordialement,\nLa Direction des Ressources Humaines\n{company}",
            "Belle journée,\n{sender}",
        ],
        "footer": [
            "{company} SAS · 8 quai de la Fosse, 44000 Nantes · Se désabonner",
        ],
        "subject_app": ["Votre candidature – {role}", "{company} : suite de votre candidature"],
        "subject_inv": ["Organisation d'un échange", "{company} – prochaine étape"],
        "subject_off": ["Proposition d'embauche – {company}"],
        "subject_oth": ["Des nouvelles de {company}"],
    },
    "es": {
        "greet": ["Estimado/a candidato/a:", "Hola, {first}:", "Buenos días, Alex:"],
        "thanks": [
            "Gracias por tu interés en formar parte de {company}.",
            "Le agradecemos que haya considerado a {company} para su desarrollo profesional.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tus próximos pasos profesionales.",
            "Le deseamos lo mejor en su búsqueda laboral.",
        ],
        "marketing": [
            "En {company} llevamos más de 40 años acercando productos frescos a más de 300 "
            "tiendas en España y México. Somos 12.000 personas y seguimos creciendo.",
        ],
        "sign": [
            "Un saludo,\nEquipo de Talento\n{company}",
            "Saludos cordiales,\n{sender}\nGestión Humana",
        ],
        "footer": ["{company} S.A. · Política de privacidad · Darse de baja"],
        "subject_app": ["Tu candidatura en {company}", "Postulación: {role}"],
        "subject_inv": ["Siguiente paso en {company}", "¿Hablamos?"],
        "subject_off": ["Carta oferta – {role}"],
        "subject_oth": ["Novedades de {company}"],
    },
    "pt": {
        "greet": ["Prezado(a) candidato(a),", "Oi, {first}!", "Exmo.(a) Senhor(a) Alex Rivera,"],
        "thanks": [
            "Obrigado por se candidatar a uma vaga na {company}.",
            "Agradecemos o interesse demonstrado na {company}.",
        ],
        "wish": [
            "Desejamos sucesso nos seus próximos desafios.",
            "Votos dos maiores sucessos profissionais.",
        ],
        "marketing": [
            "A {company} cuida da saúde de mais de 2 milhões de pessoas em 14 estados. "
            "Fomos eleitos pelo terceiro ano seguido uma das melhores empresas para trabalhar.",
        ],
        "sign": [
            "Abraços,\n{sender}\nTime de Gente & Gestão",
            "Com os melhores cumprimentos,\nDireção de Recursos Humanos\n{company}",
        ],
        "footer": ["{company} · Política de privacidade · Cancelar inscrição"],
        "subject_app": ["Sua candidatura na {company}", "Candidatura – {role}"],
        "subject_inv": ["Próxima etapa – {company}", "Vamos conversar?"],
        "subject_off": ["Proposta de trabalho – {company}"],
        "subject_oth": ["Novidades da {company}"],
    },
}
