# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part 20c, written by one author: Spanish- and French-language job-search mail as people
really receive it, with English, German and Portuguese as a smaller share. Spanish mail comes
from Spain, Mexico, Argentina, Chile, Colombia, Peru and Uruguay (tú, usted and vos); French
mail from France, Belgium, Switzerland, Quebec, Morocco, Senegal and Côte d'Ivoire (tu and
vous). Most passages are rejections in every register and from every kind of sender (private
firms, ATS portals, ETT / cabinets de recrutement and agences d'intérim, universities,
hospitals, oposiciones, concours and other public competitions), sent after applying, after
interviews, after tests, trial days or internships, for jobs filled, cancelled, frozen then
closed or given internally, with the decision said plainly, softly, in one line, buried
mid-paragraph or only implied (someone else chosen, file closed, portal status, an apology).
Next come acknowledgements that decide nothing, some of them sounding negative (delays, high
volume, no individual replies, pauses, reserve lists, missing documents, provisional
exclusion open to correction, "si no recibes respuesta en 15 días" or "sans réponse de notre
part" inside a receipt), then invitations and offers with and without the word, and other
mail: job alerts, newsletters, cold recruiter mail, surveys and withdrawals the person asked
for. Every company, person and sentence is invented by the author."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Grupo Altamira Logística S.L.",
    "Cervecería Quebrada Honda S.A.",
    "Tecnolumbre SpA",
    "Financiera Puerto Ombú S.A.",
    "Clínica San Lázaro del Valle",
    "Ateliers Rochebrune SAS",
    "Groupe Lumen Prévoyance",
    "Maison Verlaine & Fils",
    "Banque Atlantique du Sahel",
    "Laiterie Val-Jacquier inc.",
    "Helvetra Conseil SA",
    "Nordbahn Digital GmbH",
    "Costa Verde Seguros S.A.",
)

ROLES: tuple[str, ...] = (
    "Analista de Datos",
    "Chargé·e de projet marketing",
    "Ingeniero/a de Software",
    "Responsable RH",
    "Data Analyst",
    "Contrôleur·se de gestion",
    "Técnico/a de Soporte",
    "Enfermero/a de planta",
    "Sachbearbeiter/in Einkauf",
    "Assistente Administrativo/a",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Lucía Echeverría", "seleccion@{domain}"),
    ("Solène Marchetti", "recrutement@{domain}"),
    ("Equipo de Talento", "no-reply@notificaciones.talentia-ats.example"),
    ("Service Recrutement", "ne-pas-repondre@{domain}"),
    ("Mariana Quiroga", "mquiroga@{domain}"),
    ("Aminata Ndiaye", "rh@{domain}"),
    ("Recruiting Team", "jobs@{domain}"),
    ("Jonas Brenner", "karriere@{domain}"),
    ("Beatriz Fontoura", "recrutamento@{domain}"),
    ("Portail Candidats", "noreply@candidats.recruto-ats.example"),
)

CORE: dict[str, dict[str, str]] = {
    "es": {
        "rej_tras_candidatura": """
Hemos revisado con calma tu candidatura para el puesto de {role} y, aunque tu trayectoria nos ha parecido interesante, no has sido seleccionado/a para la siguiente fase. Guardaremos tus datos por si surge algo más acorde a tu perfil.
Le agradecemos el tiempo que dedicó a postularse a la vacante de {role} en {company}. Después de revisar su solicitud, le informamos que su perfil no fue seleccionado para continuar en el proceso. Le invitamos a seguir atento a nuestras vacantes.
Te escribimos para contarte que revisamos tu postulación para {role} y, por ahora, seguimos con otros perfiles que se ajustan más a lo que busca el equipo. Te agradecemos muchísimo que hayas pensado en {company} y ojalá nos crucemos en otra búsqueda.
Te contamos que el proceso para {role} avanzó y tu postulación no quedó seleccionada para la etapa de entrevistas. Sabemos que no es la noticia que esperabas; te deseamos mucho éxito en tu búsqueda laboral.
Queremos informarle que, tras el análisis de las hojas de vida recibidas para el cargo de {role}, su perfil no encaja con los requisitos definidos para esta vacante, en particular en lo relacionado con la experiencia en el sector financiero.
Luego de evaluar su postulación a la convocatoria de {role}, lamentamos comunicarle que no ha sido seleccionado(a) para la siguiente etapa del proceso. Agradecemos su interés en formar parte de nuestra institución.
Gracias por postularte a {company}. Revisamos tu CV con atención y decidimos no avanzar con tu candidatura para {role} en esta oportunidad. Tu perfil queda en nuestra base por si se abre algo que encaje mejor.
Tras estudiar su candidatura, lamentamos comunicarle que ha sido desestimada para el puesto de {role}, ya que no cumple con el requisito de titulación indicado en la oferta.
Tu perfil no encaja con lo que buscamos para {role} en este momento. Gracias igualmente por escribirnos.
Queremos agradecerle el interés en formar parte de {company}, una empresa que en los últimos años ha crecido en cinco estados de la República. Recibimos más de trescientas solicitudes para la vacante de {role} y, tras revisarlas, hemos decidido continuar con candidatos cuya experiencia se ajusta de forma más cercana a las necesidades del área. Su información permanecerá en nuestra bolsa de trabajo durante doce meses y podrá actualizarla cuando lo desee desde el portal.
Hemos visto que la oferta de {role} exigía un nivel alto de alemán que no aparece en tu CV, así que no vamos a continuar con tu proceso. Si en algún momento lo acreditas, nos encantará volver a leerte.
SUBJECT: Tu postulación en {company} || Hola, solo para cerrar el círculo: no vamos a avanzar con tu postulación a {role}. Preferimos decírtelo claro y rápido antes que dejarte esperando. Mucha suerte.
""",
        "rej_tras_entrevista": """
Muchas gracias por la entrevista del martes con Rocío y conmigo. Nos llevamos muy buena impresión, pero finalmente hemos avanzado con otra persona cuyo perfil encaja mejor con la parte técnica del puesto de {role}.
Queríamos agradecerte por la charla con el equipo la semana pasada. Después de pensarlo mucho, decidimos seguir con otro candidato para {role}, principalmente por la experiencia que tiene en proyectos de retail. Nos gustó mucho conocerte y te vamos a tener en cuenta para futuras búsquedas.
Le agradecemos haber participado en las entrevistas para la posición de {role}. Después de una cuidadosa evaluación, el comité ha decidido continuar con otro candidato en la etapa final. Valoramos mucho su tiempo y disposición.
Después de las entrevistas con el gerente de área, te comento que no seguiremos adelante con tu postulación. No fue una decisión fácil: la terna final era muy pareja y la diferencia estuvo en la experiencia con SAP.
Agradecemos su participación en la entrevista por competencias del pasado jueves. Le informamos que en esta ocasión no continuará en el proceso de selección para el cargo de {role}. Le deseamos muchos éxitos en sus proyectos profesionales.
Fue un gusto conversar contigo en la entrevista final. Lamentablemente, la gerencia eligió a otra persona para el puesto de {role}, que ya confirmó su incorporación para el próximo mes.
Te escribo después de la segunda entrevista para contarte que el equipo optó por otra persona. Sé que le pusiste mucha dedicación al caso que presentaste y quería decírtelo yo, no por un mail automático.
Tras la entrevista mantenida con el comité de selección, le comunicamos que su candidatura no ha sido finalmente elegida para el puesto de {role}. Si desea recibir una breve valoración de su entrevista, puede solicitarla respondiendo a este correo en los próximos diez días.
Te pido disculpas por tardar tanto en escribirte después de la entrevista. Se nos alargó el proceso por las vacaciones y, al final, la plaza de {role} la ha ocupado una persona que ya colaboraba con nosotros como autónoma.
Gracias por tu tiempo en las entrevistas con Recursos Humanos y con el director. En esta ocasión decidimos no continuar con tu proceso, aunque nos encantaría mantenernos en contacto para vacantes de nivel más senior el próximo año.
SUBJECT: Resultado de tu entrevista || Hola {first}, te cuento rápido: no pasaste a la última ronda para {role}. Valoramos mucho tu claridad al explicar el proyecto, pero buscamos a alguien con más experiencia liderando equipos.
Junto con saludarle, le informamos que el proceso de selección para el cargo de {role} ha concluido y que, tras las entrevistas realizadas, su postulación no resultó seleccionada.
""",
        "rej_tras_pruebas": """
Gracias por completar la prueba técnica para {role}. El equipo la revisó y, aunque la solución funcionaba, no alcanzó el nivel que necesitamos en diseño y pruebas automatizadas, por lo que no seguiremos con tu candidatura.
Gracias por venir el viernes a la jornada de prueba en el local. Hablamos con el encargado y decidimos no sumarte al equipo por ahora. Te vamos a transferir el día trabajado como quedamos.
Le informamos que no ha superado la puntuación mínima exigida en las pruebas psicotécnicas de la fase 2, por lo que su candidatura queda excluida del proceso de {role}.
Al concluir tu periodo de prácticas profesionales en {company}, queremos agradecerte todo el trabajo realizado. Por el momento no contamos con una plaza para contratarte de manera permanente, así que tu relación con la empresa terminará en la fecha prevista del convenio.
Agradecemos su participación en el assessment center realizado el pasado sábado. Con base en los resultados obtenidos en los ejercicios grupales, no fue posible continuar con su postulación al programa de {role}.
Te informamos que el resultado de tu evaluación de inglés no alcanzó el nivel B2 requerido, por lo que lamentablemente no podremos avanzar a la entrevista con el cliente.
Hemos revisado el caso práctico que nos enviaste. Te agradecemos el esfuerzo, pero el comité considera que tu propuesta no se ajusta al enfoque que necesitamos y no vamos a continuar con tu proceso.
Gracias por el día de prueba en cocina. Al final nos quedamos con otro compañero que tiene más rodaje en la partida de caliente. Te guardamos el número por si en verano necesitamos refuerzo.
""",
        "rej_puesto_cubierto": """
Te escribimos para informarte de que el puesto de {role} ya ha sido cubierto, por lo que cerramos el proceso. Gracias por tu interés en {company}.
Le informamos que la vacante de {role} fue cancelada debido a una reestructuración del área, por lo que el proceso de selección queda cerrado sin contratación.
Te cuento que la búsqueda de {role} quedó en pausa en marzo por el congelamiento de ingresos y ahora la dirección decidió cerrarla definitivamente. Lamentamos no haber podido darte otra respuesta.
La posición de {role} fue cubierta internamente por una persona del equipo que postuló a través de nuestro programa de movilidad. Por eso, damos por finalizado el proceso externo.
Nos permitimos informarle que el cargo de {role} fue suprimido de la planta de personal para este año, razón por la cual la convocatoria se declara desierta y no continuaremos con los procesos en curso.
Por disposición de la gerencia, la convocatoria para {role} ha quedado sin efecto. Agradecemos su participación y le informamos que no se continuará con las etapas pendientes.
Te queríamos avisar que el cliente decidió no abrir finalmente el puesto de {role} en Montevideo, así que la búsqueda se da de baja. Si aparece algo parecido, sos de las primeras personas a las que vamos a llamar.
Como te adelantamos en febrero, la vacante de {role} estaba congelada a la espera del presupuesto. Hoy nos han confirmado que no se va a reabrir este año, así que cerramos el proceso y no seguiremos adelante con ninguna candidatura.
SUBJECT: Actualización sobre la vacante {role} || Queremos informarte que la vacante a la que postulaste ya no está disponible y el proceso ha sido cerrado. Agradecemos tu interés.
Le comunicamos que la posición de {role} se ocupó con un colaborador interno, conforme a nuestra política de promoción. Su candidatura permanecerá en nuestro sistema, pero el proceso para esta vacante ha concluido.
""",
        "rej_estado_portal": """
El estado de tu candidatura a {role} (ref. REQ-0417) ha cambiado a: No seleccionada. Puedes consultar el detalle y otras vacantes abiertas desde tu área privada.
Se ha actualizado tu proceso en {company}: Candidatura descartada – Fase de preselección. Este es un mensaje automático, por favor no respondas a este correo.
Notificación automática: tu postulación a la vacante {role} ha sido marcada como Cerrada – No continúa. Gracias por usar nuestro portal de empleo.
Te informamos de que la empresa {company} ha finalizado el proceso de selección de la oferta «{role}» y tu inscripción ha quedado como Descartado. ¡Sigue buscando! Hay miles de ofertas esperándote.
Estado de la postulación: Proceso finalizado. Resultado: No continúa. Motivo: Otro candidato seleccionado.
Tu inscripción a la oferta {role} ya no está activa porque el seleccionador ha indicado que no encaja con el perfil requerido.
SUBJECT: Cambio de estado en tu candidatura || Tu candidatura en {company} ha pasado a estado Archivada. Cuando una candidatura se archiva, ya no continúa en el proceso de esta vacante.
""",
        "rej_ett_consultora": """
Desde la oficina de Zaragoza de la ETT te informamos de que la empresa cliente ha cerrado la selección de {role} para la campaña de Navidad y no has sido seleccionado/a en esta ocasión. Seguimos contando contigo para próximas campañas.
Le comento que presenté su perfil a mi cliente para la posición de {role}, pero decidieron avanzar con otros candidatos que cuentan con experiencia en la industria automotriz. Seguiré atenta a otras oportunidades que coincidan con su perfil.
Te escribo de la consultora para contarte que el cliente ya eligió a su candidato para la búsqueda de {role}. No quedaste en la terna final, pero tu perfil nos gustó y lo vamos a tener presente.
La empresa mandante nos informó que no continuará con tu postulación. Como consultora no recibimos el detalle de los motivos, pero te avisamos para que no quedes esperando.
Le informamos que para la vacante de {role} en misión con nuestra empresa usuaria ya se completó el número de personas requeridas. Su hoja de vida seguirá activa en nuestra base para futuras misiones.
La empresa ha preferido un perfil con carné de carretillero en vigor, así que no podemos enviarte a la entrevista. Si te lo sacas, avísanos y actualizamos tu ficha.
Le agradecemos su interés. Nuestro cliente ha revisado las candidaturas presentadas y su perfil no ha sido considerado para la posición de {role}.
""",
        "rej_universidad_hospital": """
La comisión de selección de la plaza de Profesor/a Ayudante Doctor/a del Departamento de Economía Aplicada ha resuelto la convocatoria. Lamentamos comunicarle que su candidatura no ha obtenido la puntuación suficiente para ser propuesta.
El Departamento de Recursos Humanos del hospital le informa que, tras la evaluación curricular, usted no fue seleccionado(a) para la plaza de {role} del turno nocturno.
Estimado/a postulante: el concurso académico para Profesor Asistente jornada completa ha sido resuelto. Agradecemos su postulación y le comunicamos que no fue seleccionado/a para la etapa de entrevistas.
Te informamos que el comité de residencias terminó la adjudicación y tu orden de mérito no alcanzó para las vacantes de este año.
La Vicerrectoría Académica informa que, una vez verificados los requisitos mínimos, su hoja de vida no cumple con la experiencia docente universitaria exigida para el perfil, por lo que no continúa en el concurso.
El tribunal del llamado a {role} del Hospital del Cerro Norte finalizó la evaluación de méritos. Su postulación no integra la lista de seleccionados.
""",
        "rej_oposiciones": """
Publicada la relación definitiva de aspirantes admitidos y excluidos de las pruebas selectivas para el ingreso en la Escala de Gestión, le comunicamos que figura como EXCLUIDO/A por la causa 03: falta de pago de la tasa de derechos de examen.
Le informamos que, conforme al acta del tribunal calificador, no ha superado el primer ejercicio de la oposición al no alcanzar la nota mínima de 5,00 puntos, por lo que queda eliminado/a del proceso.
Con relación a su participación en el concurso para ocupar la plaza de {role}, le informamos que no acreditó la evaluación de conocimientos técnicos, por lo que queda descartado(a) conforme a las bases de la convocatoria.
Consultado el resultado de la verificación de requisitos mínimos, su inscripción para el empleo de {role} figura como NO ADMITIDO, por no acreditar la experiencia profesional relacionada exigida.
Se comunica que, según los resultados de la evaluación curricular de la convocatoria CAS, usted ha obtenido la condición de NO APTO y no continúa en las siguientes etapas.
Le notificamos que el jurado del concurso para cubrir el cargo de {role} resolvió no incluirlo/a en el orden de mérito por no reunir la antigüedad exigida en las bases.
Publicado el listado definitivo de la bolsa de empleo temporal de Auxiliar Administrativo, le comunicamos que no figura entre las personas integrantes de la misma, al no haber alcanzado la puntuación de corte.
Informamos a usted que, de acuerdo con los resultados de la etapa de evaluación psicolaboral del concurso público, su postulación ha sido declarada no idónea.
""",
        "rej_implicito": """
Lamentamos mucho no poder darte mejores noticias. Sabemos cuánto tiempo has dedicado a este proceso y queremos agradecértelo de corazón. Te deseamos lo mejor en tu camino profesional.
Te escribimos para contarte que ya tenemos nueva incorporación en el equipo de {role}: Paula empieza con nosotros el lunes. Te agradecemos mucho el tiempo que dedicaste al proceso.
Damos por cerrado su expediente de candidatura para la vacante de {role}. Agradecemos la confianza depositada en {company}.
En {company} creemos que cada proceso de selección es también una oportunidad de aprendizaje para ambas partes. Por eso queremos agradecerte el tiempo, la preparación y las preguntas tan acertadas que nos hiciste. En esta ocasión el equipo se ha decantado por otra candidatura para {role}, pero nos gustaría que siguieras pendiente de nuestras ofertas: este año abriremos nuevas posiciones en Valencia y Málaga, y tu perfil podría encajar en varias de ellas.
Te quería avisar que cerramos la búsqueda. No fue con vos esta vez, pero me encantó conocerte y de verdad espero que podamos coincidir más adelante.
Por medio del presente le informamos que el proceso al que aplicó ha concluido sin que su perfil resultara elegido. Le agradecemos su participación y le invitamos a registrarse en futuras vacantes.
Aunque su experiencia es muy valiosa, en este momento no contamos con una vacante que se ajuste a su perfil, por lo que no daremos continuidad a su postulación.
""",
        "ack_recibida": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.
Confirmamos la recepción de su solicitud para la vacante de {role}. Su información ha sido registrada en nuestro sistema con el folio RH-20931.
¡Gracias por postularte! Ya tenemos tu CV para {role}. Lo vamos a revisar con el equipo y te contamos novedades apenas las tengamos.
Tu postulación a {role} fue recibida con éxito. Te recordamos que puedes revisar el estado de tu proceso en cualquier momento desde la sección Mis postulaciones.
Acusamos recibo de su hoja de vida y de los soportes enviados para el cargo de {role}. En caso de que su perfil sea preseleccionado, será contactado telefónicamente.
Le confirmamos que su expediente para la convocatoria de {role} ha sido registrado. Le recordamos revisar el cronograma publicado para las siguientes etapas.
Recibimos tu postulación. Gracias por interesarte en {company}; en los próximos días el equipo va a revisar todos los perfiles.
¡Te has inscrito en la oferta {role}! La empresa {company} ya puede ver tu CV. Te avisaremos por correo cuando cambie el estado de tu candidatura.
SUBJECT: Confirmación de recepción – {role} || Este correo confirma que tu candidatura ha entrado en nuestro sistema. No es necesario que nos la vuelvas a enviar.
Le agradecemos la remisión de su currículum. Le informamos de que sus datos se incorporarán al proceso de selección de {role} y serán tratados conforme a la normativa de protección de datos.
¡Listo! Recibimos tu solicitud para {role}. Mientras revisamos tu perfil, te invitamos a conocer más sobre nuestra cultura en nuestro blog.
Hemos recibido tu candidatura espontánea y la hemos incorporado a nuestra base de datos. Cuando se abra un proceso acorde a tu perfil, el equipo de selección la revisará.
Queremos confirmarte que tu postulación al programa de Trainees llegó bien. Las siguientes etapas comenzarán a fines de mes.
Gracias por aplicar. Tu hoja de vida ya está en manos del equipo de Gestión Humana que lidera la vacante de {role}.
""",
        "ack_revision_demora": """
Queremos contarte que tu candidatura sigue en revisión. Hemos recibido un volumen de solicitudes muy superior al habitual y el proceso se está alargando más de lo previsto; esperamos tener novedades a finales de mes.
Le informamos que el proceso de selección para {role} se encuentra en etapa de evaluación. Debido a la alta cantidad de postulaciones, los tiempos de respuesta podrían extenderse hasta cuatro semanas.
Perdón por la demora. La búsqueda de {role} sigue abierta; estamos esperando la aprobación final del presupuesto y por eso todavía no avanzamos con entrevistas. Apenas tengamos novedades, te escribimos.
Te escribimos para contarte que el proceso de {role} está temporalmente en pausa por cambios internos en el área. Tu postulación sigue vigente y retomaremos el contacto cuando se reactive.
Disculpa el silencio de estas semanas. No nos hemos olvidado de ti: el responsable del área ha estado de viaje y las entrevistas se han retrasado. Te diremos algo antes del día 20.
Su postulación se encuentra en estado En revisión. Le pedimos paciencia, ya que esta convocatoria tuvo una participación masiva.
Hemos ampliado el plazo de evaluación curricular de la convocatoria hasta el próximo viernes. Los resultados se publicarán en el portal institucional.
Te cuento que seguimos evaluando perfiles para {role}. Es un proceso largo porque participan dos áreas, pero tu postulación sigue en carrera.
SUBJECT: Tu proceso en {company} sigue abierto || Solo queríamos decirte que tu candidatura sigue activa. Aún no hemos tomado ninguna decisión y te escribiremos en cuanto la tengamos.
Por desgracia, el proceso de {role} va con retraso y todavía no podemos darte una fecha de respuesta. Lamentamos las molestias; tu candidatura sigue en estudio.
""",
        "ack_sin_respuesta_individual": """
Hemos recibido tu CV. Debido al elevado número de candidaturas, solo contactaremos con las personas preseleccionadas. Si no recibes respuesta en 15 días, entiende que tu candidatura no ha sido seleccionada en esta ocasión.
Gracias por postularse. Por el volumen de solicitudes no podremos responder de manera individual a cada persona; si su perfil avanza, nos comunicaremos con usted en un plazo máximo de tres semanas.
Recibimos tu CV. Te pedimos disculpas de antemano: no podemos responder a todas las postulaciones, pero si tu perfil coincide con la búsqueda, te vamos a llamar.
Tu postulación fue registrada. Si en 30 días no has sido contactado/a, puedes considerar que en esta oportunidad no continuarás en el proceso; de todas formas tu CV quedará en nuestra base.
Le confirmamos la recepción de su candidatura. Lamentamos no poder mantener correspondencia individual con cada aspirante; solo nos pondremos en contacto con quienes pasen a la fase de entrevista.
Gracias por enviar su hoja de vida. Si no recibe noticias nuestras en los próximos quince días hábiles, le agradecemos considerar que su perfil no fue preseleccionado.
Hemos recibido su postulación. Solo los candidatos que continúen en el proceso recibirán comunicación; le recomendamos revisar periódicamente su bandeja de correo no deseado.
Gracias por tu postulación. Si no te llamamos en las próximas semanas, no es personal: recibimos muchísimos CV y solo podemos contactar a los que pasan a entrevista.
""",
        "ack_documentos": """
Para seguir con tu candidatura a {role} necesitamos que nos envíes una copia de tu título y el informe de vida laboral actualizado. Puedes subirlos desde tu área de candidato antes del viernes.
Para continuar con el proceso, le solicitamos enviar su constancia de situación fiscal, comprobante de domicilio y CURP en un plazo de 48 horas.
Nos falta tu certificado analítico para completar la carpeta. Cuando puedas, mandalo respondiendo este mail y seguimos.
Su postulación está incompleta: no adjuntó la certificación laboral que acredita la experiencia. Cuenta con tres días hábiles para subsanar el documento en la plataforma.
Para avanzar en la validación de antecedentes necesitamos tu certificado de título legalizado y una copia de tu cédula por ambos lados.
En la lista provisional de admitidos y excluidos figura usted como excluido/a provisionalmente por no aportar la titulación requerida. Dispone de diez días hábiles para subsanar el defecto; de hacerlo, pasará a la lista de admitidos.
""",
        "ack_reserva_pausa": """
Tu candidatura ha quedado en reserva mientras cerramos la primera ronda de entrevistas para {role}. Todavía no hay ninguna decisión y te escribiremos en cuanto terminemos esa ronda.
Le comunicamos que ha superado el proceso y queda incluido/a en la bolsa de trabajo de {role} con el número de orden 27. Será llamado/a según las necesidades del servicio.
Su perfil ha quedado en cartera para la vacante de {role}. Por ahora el proceso continúa con las primeras entrevistas y le mantendremos informado(a).
Te cuento que tu postulación quedó en stand-by: el cliente pausó la búsqueda hasta después de las vacaciones de invierno. No hay nada decidido todavía.
Según el acta del concurso, usted integra la nómina de elegibles en el puesto 4. La autoridad resolverá el nombramiento en los próximos días hábiles.
Usted ha quedado como accesitario en la convocatoria de {role}. En caso de que el ganador no suscriba contrato, será convocado para la firma.
""",
        "ack_oposicion_tramite": """
Le informamos de que ha sido admitido/a en la lista provisional de aspirantes del proceso selectivo. La fecha, hora y lugar del primer ejercicio se publicarán en el Boletín Oficial con al menos quince días de antelación.
Su registro al concurso público ha sido validado. Conserve su número de folio; los resultados de la revisión curricular se publicarán en el portal.
Su inscripción al concurso de méritos ha quedado formalizada. La verificación de requisitos mínimos se realizará en las fechas señaladas en el cronograma.
Se ha registrado su solicitud de participación con el número de entrada 2025/00871. Recuerde que el pago de la tasa debe realizarse dentro del plazo de presentación de solicitudes.
Se recibió tu inscripción al concurso docente. La nómina de inscriptos se publicará en la cartelera de la facultad y en la web el día hábil siguiente al cierre.
""",
        "inv_entrevista": """
Nos ha gustado mucho tu perfil y nos encantaría conocerte. ¿Te vendría bien una entrevista por videollamada el jueves a las 10:00 o el viernes a las 16:30? Dura unos 45 minutos.
Nos da gusto informarle que ha sido seleccionado(a) para una entrevista presencial para la vacante de {role}. Le esperamos el próximo martes a las 11:00 horas en nuestras oficinas de Guadalajara; favor de presentarse con identificación oficial.
¿Tenés un ratito esta semana para una charla de 20 minutos con el equipo? Queremos contarte más de la búsqueda y conocerte. Elegí el horario que te quede cómodo en el enlace de abajo.
Te invitamos a la segunda etapa del proceso: una entrevista con la jefatura del área de {role}. Por favor confirma tu disponibilidad respondiendo este correo.
Queremos agendar una conversación telefónica con usted para conocer su experiencia. ¿Podría indicarnos dos franjas horarias en las que esté disponible esta semana?
Ha pasado a la etapa de entrevista personal. Le esperamos el miércoles a las 9:00 a. m. en nuestra sede de San Isidro. Traiga su DNI y una copia de su CV documentado.
Nos gustaría coordinar una entrevista para {role}. ¿Te sirve el lunes a las 15 en nuestra oficina de Ciudad Vieja, o preferís hacerla por videollamada?
SUBJECT: ¿Hablamos? || Hola {first}, he leído tu CV y creo que encajas muy bien en lo que buscamos. ¿Te llamo mañana por la tarde y lo comentamos?
""",
        "inv_prueba": """
El siguiente paso del proceso es una prueba técnica online de 90 minutos. Te enviaremos el enlace en cuanto nos confirmes cuándo te viene bien hacerla esta semana.
Le solicitamos completar las evaluaciones psicométricas en la plataforma a más tardar el viernes. Encontrará su usuario y contraseña en el siguiente correo.
Te proponemos venir un día de prueba al local el sábado de 10 a 16, pago. ¿Te queda bien?
Te invitamos a participar en el assessment center que se realizará el 14 de este mes en nuestras oficinas de Providencia. Confírmanos tu asistencia antes del martes.
Se le convoca a la realización del primer ejercicio de la oposición, que tendrá lugar el sábado a las 9:30 horas en la Facultad de Derecho, aula 2.4. Deberá acudir provisto/a de DNI y bolígrafo azul.
Para continuar, necesitamos que grabe un video de presentación de máximo dos minutos respondiendo a las tres preguntas que encontrará en la plataforma. Tiene plazo hasta el domingo.
""",
        "off_propuesta": """
¡Enhorabuena! Nos alegra muchísimo comunicarte que queremos que te incorpores a {company} como {role}. Te adjuntamos la propuesta con el salario bruto anual de 38.000 € y la fecha de incorporación prevista, el día 1 del mes que viene.
Nos complace extenderle una oferta formal para ocupar la posición de {role}. Encontrará adjunta la carta oferta con el detalle de sueldo, prestaciones superiores a las de ley y fecha de ingreso. Le agradeceremos su respuesta antes del viernes.
¡Queremos que seas parte del equipo! Te mandamos la propuesta: relación de dependencia, 40 horas semanales en modalidad híbrida y la remuneración que charlamos. Si te cierra, arrancás el primer lunes del mes.
Tenemos el agrado de informarte que fuiste seleccionado/a para el cargo de {role}. Adjuntamos la propuesta de contrato indefinido; por favor revísala y confírmanos tu aceptación.
Con gusto le confirmamos que usted ha sido elegido(a) para el cargo de {role}. Le compartimos las condiciones: contrato a término indefinido, salario mensual y beneficios. Quedamos atentos a su aceptación para iniciar los exámenes médicos de ingreso.
Nos encantaría contar contigo desde el 1 de abril. Te enviamos las condiciones del puesto de {role} para que las revises; si estás de acuerdo, coordinamos la firma del contrato.
Después de las entrevistas, el equipo decidió ofrecerte el puesto de {role}. Te adjunto la propuesta económica; avisame si tenés dudas o querés conversarla.
""",
        "oth_alert": """
Nuevas ofertas para ti: 12 empleos de {role} en Madrid publicados en las últimas 24 horas. Consultor/a de datos – Salario a convenir. Analista BI junior – Híbrido. Data Engineer – 100 % remoto.
Alerta de empleo: encontramos 7 vacantes que coinciden con tu búsqueda «{role}» en Ciudad de México. Postúlate antes de que cierren.
Tu resumen semanal: 5 nuevas búsquedas en Buenos Aires coinciden con tu perfil. Empresas que miraron tu CV esta semana: 3.
""",
        "oth_newsletter": """
Este mes en {company}: inauguramos nuestro nuevo centro logístico en Valencia, lanzamos el programa de voluntariado corporativo y te contamos cómo es un día en el equipo de tecnología. Lee el boletín completo en nuestra web de empleo.
Boletín Talento: claves para preparar una entrevista por competencias, ferias de empleo de este trimestre en Santiago y Valparaíso, y testimonios de nuestros trainees.
""",
        "oth_cold": """
Soy consultora en una firma de búsqueda de directivos y estoy trabajando una posición de {role} para un cliente del sector asegurador en Madrid. He visto tu perfil y creo que podría interesarte. ¿Te apetece que hablemos esta semana?
Le escribo desde una consultora de selección en Monterrey. Tenemos varias posiciones abiertas de {role} con esquema híbrido y sueldo competitivo. Si le interesa, envíeme su CV actualizado.
Estoy buscando perfiles como el tuyo para una fintech de Bogotá que está creciendo mucho. Trabajo 100 % remoto y pago en dólares. ¿Te interesa que te cuente más?
""",
        "oth_encuesta": """
Queremos mejorar la experiencia de nuestros candidatos. ¿Nos regalas 3 minutos para responder una breve encuesta sobre tu proceso de selección en {company}? Tus respuestas son anónimas.
""",
        "oth_retirada": """
Confirmamos que, tal como nos pediste, hemos retirado tu candidatura del proceso de {role}. Gracias por avisarnos y mucha suerte en tu nueva etapa.
Recibimos su solicitud de baja. Su postulación a {role} ha sido retirada y sus datos serán eliminados de nuestra base en un plazo de 30 días, conforme a la política de privacidad.
""",
    },
    "fr": {
        "rej_apres_candidature": """
Nous avons bien étudié votre candidature au poste de {role} et nous sommes au regret de vous informer que nous ne pourrons pas y donner une suite favorable.
Après examen attentif de votre dossier, nous ne retiendrons pas votre candidature pour ce poste. Cette décision ne remet pas en cause la qualité de votre parcours.
Nous avons pris connaissance de votre candidature avec intérêt. Malheureusement, votre profil ne correspond pas aux attentes de notre client pour la fonction de {role}. Nous conservons vos données dans notre base, sauf avis contraire de votre part.
Nous vous remercions de l'intérêt que vous portez à notre entreprise. Après une analyse approfondie de votre dossier, nous sommes au regret de vous communiquer que nous ne pouvons pas retenir votre candidature, d'autres profils correspondant davantage aux exigences du poste.
Nous avons bien reçu ta candidature et l'avons analysée avec soin. Nous avons choisi de poursuivre avec des candidatures qui correspondent davantage aux besoins actuels de l'équipe. Bon succès dans tes démarches!
Suite à l'étude de votre dossier de candidature pour le poste de {role}, nous avons le regret de vous informer que celle-ci n'a pas été retenue. Nous vous souhaitons plein succès dans vos recherches.
Nous accusons réception de votre dossier et vous en remercions. Toutefois, après examen, votre candidature n'a pas été présélectionnée pour la suite du processus.
Nous vous informons que votre candidature au poste de {role} n'a pas été retenue à l'issue de la phase de présélection sur dossier.
On a regardé ton profil avec attention, mais on ne va pas aller plus loin pour le poste de {role} : on cherche quelqu'un avec plus d'expérience en gestion de produit B2B. Merci d'avoir pensé à nous !
Votre candidature au poste de {role} n'a pas été retenue.
Chez {company}, nous recevons chaque semaine plusieurs centaines de candidatures et nous tenons à répondre à chacune. Nous avons lu la vôtre avec intérêt ; elle ne correspond toutefois pas au profil recherché pour ce poste, qui exige une expérience confirmée en contrôle de gestion industriel. N'hésitez pas à consulter régulièrement notre page carrières, de nouvelles offres y sont publiées chaque mois.
SUBJECT: Votre candidature – {role} || Malgré l'intérêt de votre parcours, nous sommes contraints de décliner votre candidature : le poste requiert une autorisation de travail en Suisse que votre dossier ne mentionne pas.
""",
        "rej_apres_entretien": """
Nous vous remercions pour le temps consacré à nos échanges lors de l'entretien du 12. Après réflexion, nous avons choisi de poursuivre avec un autre candidat dont l'expérience est plus proche de nos enjeux actuels.
Merci encore pour l'entretien de jeudi dernier. Nous avons apprécié votre présentation, mais nous n'irons pas plus loin dans le processus pour la fonction de {role}.
Suite à votre entretien avec M. Aebischer et moi-même, nous sommes au regret de vous informer que nous avons retenu une autre candidature pour ce poste.
Merci d'avoir pris le temps de rencontrer notre équipe. Après mûre réflexion, nous avons décidé d'aller de l'avant avec une autre personne pour le poste de {role}. Nous avons beaucoup apprécié nos échanges.
Nous faisons suite à votre entretien de mardi dans nos locaux de Casablanca. Nous avons le regret de vous annoncer que la suite ne sera pas favorable.
Après les entretiens menés avec les candidats présélectionnés, le comité de recrutement a arrêté son choix sur un autre profil. Nous vous remercions pour votre disponibilité.
Nous tenons à vous remercier pour votre participation à l'entretien final. Après délibération, votre candidature n'a pas été retenue pour le poste de {role} à Abidjan.
Merci pour ton temps lors des deux entretiens. C'était un vrai plaisir d'échanger, mais on a finalement choisi un profil plus senior sur la partie data. On garde ton contact précieusement.
Vous avez fait forte impression auprès du jury, en particulier lors de la mise en situation. Toutefois, nous avons décidé de retenir un candidat disposant d'une expérience managériale plus longue. Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone.
SUBJECT: Suivi de ton entrevue || Salut {first}, merci encore pour l'entrevue de mercredi. Je voulais te dire directement que ta candidature n'a pas été retenue cette fois-ci. Bonne continuation!
À l'issue des entretiens, le jury de sélection a émis un avis défavorable concernant votre candidature. Nous vous remercions de l'intérêt porté à notre organisation.
Je suis désolée de revenir vers vous si tardivement après notre entretien. Le poste de {role} a finalement été pourvu par une personne que nous avons rencontrée en parallèle, et je ne voulais pas vous laisser sans nouvelles plus longtemps.
""",
        "rej_apres_tests": """
Nous avons bien reçu votre test technique et vous remercions pour le travail fourni. Malheureusement, les résultats ne nous permettent pas de poursuivre le processus de recrutement avec vous.
Suite à votre participation à l'assessment du 3, nous vous informons que vous n'avez pas atteint le score requis pour la suite de la procédure de sélection.
Merci d'être venu(e) pour la journée d'essai en boutique samedi. Nous avons décidé de ne pas donner suite, l'équipe ayant besoin d'une personne disponible aussi le dimanche.
Votre stage au sein du service arrive à son terme le 30. Nous avons beaucoup apprécié votre implication, mais nous ne sommes malheureusement pas en mesure de vous proposer un contrat à l'issue de celui-ci.
Les résultats de l'étude de cas remise la semaine dernière ont été évalués par l'équipe. Nous avons le regret de vous informer que nous ne poursuivrons pas le processus avec vous.
Nous te remercions d'avoir complété les tests psychométriques. Après analyse, ton profil ne correspond pas à celui recherché pour ce poste et nous ne donnerons pas suite à ta candidature.
Suite aux tests écrits organisés au siège, nous avons le regret de vous informer que vous n'avez pas été admis(e) à l'étape des entretiens.
Vous n'avez pas été retenu(e) à l'issue du test de niveau en anglais, qui constituait une étape éliminatoire pour le poste de {role}.
""",
        "rej_poste_pourvu_annule": """
Nous vous informons que le poste de {role} a été pourvu. Nous vous remercions de l'intérêt que vous avez porté à {company}.
Le recrutement pour la fonction de {role} a été annulé suite à une réorganisation interne. Votre candidature ne pourra donc pas être poursuivie.
Pour des raisons budgétaires, le poste de {role} avait été gelé en début d'année. La direction a désormais décidé de ne pas le rouvrir ; nous clôturons donc ce recrutement.
Le poste a finalement été pourvu en interne par un collaborateur qui a fait valoir sa mobilité. Nous clôturons donc le recrutement externe et vous remercions pour votre candidature.
Nous t'informons que l'affichage de poste pour {role} a été retiré : le besoin a été comblé à l'interne. Merci de l'intérêt porté à notre organisation.
Nous vous informons que le recrutement pour ce poste est suspendu jusqu'à nouvel ordre et que nous clôturons l'ensemble des candidatures reçues.
Le projet financé par le bailleur ayant pris fin de manière anticipée, le poste de {role} ne sera pas créé. Nous clôturons par conséquent l'appel à candidatures sans suite.
Nous vous informons que l'appel à candidatures pour le poste de {role} a été déclaré infructueux et clôturé sans recrutement.
SUBJECT: Offre {role} – clôturée || L'offre à laquelle vous avez postulé n'est plus disponible. Le recruteur a clôturé l'annonce et les candidatures ne seront pas examinées.
Petite mise à jour honnête : le poste de {role} est finalement supprimé de nos plans de recrutement pour cette année. Désolés de t'annoncer ça après tout le temps que tu nous as consacré.
""",
        "rej_statut_portail": """
Le statut de votre candidature pour l'offre {role} (réf. RH-5521) est désormais : Non retenue. Connectez-vous à votre espace candidat pour découvrir nos autres offres.
Notification automatique : votre candidature a été clôturée par le recruteur. Merci de ne pas répondre à ce message.
Mise à jour de votre candidature chez {company} : Statut – Refusée après présélection.
Votre candidature à l'offre « {role} » est passée au statut Archivée. Les candidatures archivées ne sont plus examinées pour cette offre.
Suivi de candidature : Étape – Processus terminé. Résultat – Candidature non poursuivie.
Le recruteur a consulté votre candidature et a indiqué qu'elle ne correspondait pas à ses critères. Continuez votre recherche : 48 nouvelles offres vous attendent.
SUBJECT: Évolution de votre candidature || Votre dossier pour le poste de {role} a été classé sans suite. Vous pouvez toujours postuler à d'autres offres depuis votre espace.
""",
        "rej_cabinet_interim": """
Je reviens vers vous concernant le poste de {role} pour lequel je vous avais présenté(e) à notre client. Ce dernier a souhaité poursuivre avec un autre profil, plus proche de son secteur d'activité. Je garde votre dossier en tête pour d'autres missions.
Votre agence d'emploi vous informe que la mission de {role} chez notre client a été attribuée à un autre intérimaire. Nous restons mobilisés pour vous proposer rapidement d'autres missions.
Notre client nous a fait savoir qu'il ne souhaitait pas donner suite à votre candidature pour la fonction de {role}. Nous ne disposons malheureusement pas d'un retour plus détaillé.
Suite à la présentation de votre dossier à notre mandant, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.
Notre client a terminé ses entrevues et a arrêté son choix sur un autre candidat. Merci de ta confiance envers notre firme; on te revient dès qu'un mandat correspond à ton profil.
Le cabinet vous remercie de votre participation. Notre client a choisi de poursuivre avec des candidats justifiant d'une expérience dans le secteur bancaire ; votre candidature n'est donc pas retenue.
Nous avons soumis votre profil à notre client pour le poste de {role}. Celui-ci a finalement opté pour un candidat disponible immédiatement. Nous vous recontacterons pour toute opportunité correspondante.
""",
        "rej_universite_hopital": """
Le comité de sélection réuni pour le poste de maître de conférences en sciences économiques n'a pas retenu votre candidature pour l'audition.
La Direction des ressources humaines du centre hospitalier vous informe que votre candidature au poste de {role} au pôle Urgences n'a pas été retenue.
Le conseil de faculté a examiné les candidatures pour le poste d'assistant·e en sociologie. Nous avons le regret de vous informer qu'il n'a pas proposé votre nomination.
La commission de nomination a terminé ses travaux. Nous sommes au regret de vous annoncer que votre dossier n'a pas été retenu dans la liste restreinte pour le poste de professeur·e assistant·e.
Le service des ressources humaines de l'Hôpital Sainte-Brigitte t'informe que ta candidature n'a pas été retenue pour le poste de préposé·e aux bénéficiaires; le poste a été comblé selon l'ancienneté, conformément à la convention collective.
Le jury de recrutement des assistants de l'université a délibéré. Vous ne figurez pas sur la liste des candidats retenus.
""",
        "rej_concours": """
Nous vous informons que vous n'êtes pas admis(e) à concourir : votre dossier d'inscription au concours externe d'attaché territorial est irrecevable, le diplôme requis n'ayant pas été joint avant la date de clôture.
À l'issue des épreuves d'admissibilité du concours de secrétaire administratif, le jury ne vous a pas déclaré(e) admissible. Vous trouverez ci-dessous le détail de vos notes.
La liste des candidats admis au concours de technicien principal a été publiée. Nous avons le regret de vous informer que votre nom n'y figure pas.
Vous n'avez pas réussi l'épreuve de sélection générique organisée par le service de sélection fédéral. Vous ne pouvez donc pas poursuivre la procédure pour cette fonction.
Nous avons le regret de vous informer que vous ne figurez pas sur la liste des candidats convoqués à l'épreuve écrite du concours de recrutement de {role}, après présélection sur dossier.
Suite aux résultats du concours direct de recrutement d'agents administratifs, vous êtes déclaré(e) non admis(e).
Après vérification de votre dossier, votre candidature au concours administratif est déclarée inéligible, la limite d'âge fixée par l'arrêté d'ouverture étant dépassée.
Nous vous informons que vous n'avez pas obtenu la note de passage à l'examen du processus de qualification. Votre nom ne sera donc pas inscrit dans la banque de personnes qualifiées.
""",
        "rej_implicite": """
Nous sommes sincèrement désolés de ne pas pouvoir vous apporter une meilleure nouvelle. Nous vous remercions pour la qualité de vos échanges avec nos équipes et vous souhaitons une belle réussite.
Nous avons le plaisir d'annoncer que le poste de {role} est désormais occupé : Léa Fontanel a rejoint l'équipe lundi. Merci pour l'intérêt que vous avez porté à ce recrutement.
Votre dossier de candidature est désormais clos. Nous vous remercions de la confiance que vous avez témoignée à {company}.
Depuis sa création à Lyon en 1998, {company} a fait de l'attention portée aux personnes une priorité, y compris dans ses recrutements. C'est pourquoi nous avons tenu à lire chaque candidature reçue pour le poste de {role} ; la vôtre a retenu notre attention, mais d'autres candidats présentaient une expérience plus en adéquation avec le poste. Nous vous invitons à suivre nos actualités et nos offres sur notre site carrières.
Nous avons décidé de privilégier des candidatures qui correspondent plus étroitement à nos besoins. Nous vous souhaitons bonne chance dans la suite de vos démarches.
Nous vous retournons en annexe votre dossier de candidature et vous remercions de l'intérêt manifesté pour notre entreprise.
Malheureusement, ce ne sera pas pour cette fois. On a vraiment apprécié apprendre à te connaître et on te souhaite le meilleur pour la suite.
""",
        "ack_reception": """
Nous accusons bonne réception de votre candidature pour le poste de {role} et vous en remercions. Elle sera étudiée avec la plus grande attention par nos équipes.
Votre candidature a bien été enregistrée sous la référence BXL-2207. Nous reviendrons vers vous dans les meilleurs délais.
Nous vous confirmons la bonne réception de votre dossier de candidature. Celui-ci sera examiné par le service des ressources humaines et par la personne responsable du poste.
Merci d'avoir postulé! Nous avons bien reçu ta candidature pour le poste de {role}. Notre équipe d'acquisition de talents l'analysera au cours des prochains jours.
Votre candidature a été transmise avec succès. Vous pouvez suivre son évolution à tout moment depuis votre espace candidat.
Nous accusons réception de votre dossier de candidature au poste de {role}, déposé dans les délais. Il sera examiné par la commission de présélection.
Votre dossier a bien été reçu. Un numéro de dépôt vous a été attribué : AB-0342. Conservez-le pour tout échange ultérieur.
Félicitations, votre candidature a bien été envoyée à {company} ! Le recruteur a été notifié et pourra consulter votre CV et votre lettre de motivation.
SUBJECT: Accusé de réception || Ceci est un accusé de réception automatique. Votre candidature au poste de {role} est bien arrivée chez nous.
Bien reçu ta candidature ! On prend le temps de tout lire et on revient vers toi d'ici deux semaines au plus tard.
Nous avons bien reçu votre candidature spontanée. Elle a été enregistrée dans notre vivier et sera consultée par nos recruteurs lors de l'ouverture de postes correspondant à votre profil.
Merci pour votre candidature. Celle-ci a été transmise au responsable du département, qui prendra contact avec vous si votre profil est retenu pour un entretien.
Nous confirmons la réception de votre candidature et vous remercions de l'intérêt manifesté pour notre organisation. Elle sera analysée en fonction des critères de l'affichage.
Votre dossier est complet et a été enregistré. Vous recevrez une réponse écrite dans un délai de quatre à six semaines.
""",
        "ack_delai_pause": """
Nous tenions à vous informer que le traitement des candidatures pour le poste de {role} prend plus de temps que prévu en raison du nombre très important de dossiers reçus. Nous reviendrons vers vous au plus tard à la fin du mois.
Le processus de sélection pour la fonction de {role} est momentanément suspendu en raison d'une réorganisation interne. Votre candidature reste active et nous vous recontacterons dès la reprise.
Nous vous prions de nous excuser pour ce délai de réponse. Votre dossier est toujours à l'étude et aucune décision n'a encore été prise.
Petit suivi : le processus d'embauche pour {role} est toujours en cours. Les entrevues ont été repoussées d'une semaine en raison des vacances de la construction.
Votre candidature est en cours d'étude. En raison du volume de candidatures reçues, le délai de traitement peut atteindre trois semaines.
Les résultats de la présélection seront communiqués avec un léger retard, la commission n'ayant pas pu se réunir à la date prévue. Nous vous remercions de votre patience.
Nous vous informons que le recrutement est temporairement mis en pause dans l'attente de la validation du budget. Votre dossier est conservé et sera traité dès la reprise.
Je me permets de revenir vers vous pour vous dire que nous n'avons pas encore finalisé notre sélection. Je ne manquerai pas de vous tenir informé(e) dès que possible.
SUBJECT: Point d'étape sur votre candidature || Nous voulions simplement vous faire un point d'étape : votre candidature est toujours en lice et nous finalisons les premiers entretiens.
Malheureusement, nous ne sommes pas encore en mesure de vous donner une réponse. Le recrutement a pris du retard et nous vous prions de bien vouloir nous en excuser.
""",
        "ack_pas_de_reponse_individuelle": """
Nous avons bien reçu votre candidature. En raison du grand nombre de dossiers, nous ne pourrons pas répondre individuellement à chacun. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Merci pour votre candidature. Seuls les candidats sélectionnés pour un entretien seront contactés.
Nous accusons réception de votre dossier. Sans nouvelles de notre part d'ici un mois, veuillez considérer que nous n'avons pas pu donner suite à votre candidature. Nous conservons votre dossier avec votre accord.
Nous remercions toutes les personnes qui postulent; cependant, nous communiquerons uniquement avec celles dont la candidature sera retenue pour une entrevue.
Votre candidature a bien été enregistrée. Si votre profil correspond à nos besoins, nous prendrons contact avec vous dans un délai de 15 jours ; au-delà, considérez que votre candidature n'a pas été retenue.
Accusé de réception. Compte tenu du nombre de candidatures, seuls les candidats présélectionnés seront convoqués.
Dossier reçu. Les candidats non contactés dans les trois semaines suivant la clôture de l'offre peuvent considérer que leur candidature n'a pas été retenue.
Ta candidature est bien arrivée. On reçoit énormément de messages, alors si tu n'as pas de nouvelles dans trois semaines, ne le prends pas mal : ça voudra simplement dire qu'on n'a pas pu avancer avec ton profil cette fois.
""",
        "ack_pieces_manquantes": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme ainsi que vos trois derniers bulletins de salaire.
Il manque à votre dossier l'extrait de casier judiciaire (modèle 2). Merci de nous le faire parvenir avant vendredi pour que votre candidature puisse être examinée.
Pour poursuivre l'examen de votre candidature, nous aurions besoin de vos certificats de travail et d'une copie de votre permis de séjour.
Ta candidature est incomplète : il manque l'évaluation comparative de tes études effectuées hors Québec. Tu peux la téléverser dans ton dossier en ligne.
Votre dossier est incomplet. Veuillez déposer au secrétariat de la DRH une copie légalisée de votre diplôme et un certificat de nationalité avant la date limite.
Votre dossier d'inscription au concours est incomplet : la pièce justifiant de votre diplôme n'a pas été fournie. Vous pouvez la déposer sur votre espace jusqu'à la date de clôture des inscriptions.
""",
        "ack_vivier_reserve": """
Votre candidature a retenu notre attention. Le poste étant en cours de redéfinition, nous la plaçons en attente ; aucune décision n'a encore été prise et nous reviendrons vers vous.
Vous êtes inscrit(e) sur la liste complémentaire du concours, au rang 6. Vous pourrez être appelé(e) en cas de désistement d'un lauréat de la liste principale.
Vous avez réussi la sélection et êtes inscrit(e) dans la réserve de recrutement, valable deux ans. Vous serez contacté(e) lorsqu'un poste correspondant se libérera.
Ton nom a été inscrit dans la banque de candidatures qualifiées. Les gestionnaires pourront communiquer avec toi lorsqu'un poste sera disponible.
Votre profil a été ajouté à notre vivier de talents pour le poste de {role}. La première vague d'entretiens est en cours ; nous reviendrons vers vous après celle-ci.
Le processus est actuellement en attente : la personne responsable du recrutement est absente jusqu'à la fin du mois. Votre candidature reste en cours d'examen.
""",
        "ack_concours_inscription": """
Votre inscription au concours externe de rédacteur territorial a bien été enregistrée. Votre convocation aux épreuves écrites vous sera adressée au moins quinze jours avant la date des épreuves.
Vous êtes admis(e) à concourir. Les modalités et le calendrier des épreuves vous seront communiqués ultérieurement.
Votre candidature au concours a été enregistrée avec succès sur le portail de l'emploi public. La liste des candidats convoqués sera publiée après la présélection.
Votre dépôt de dossier pour le concours a été enregistré. La liste des candidats autorisés à composer sera affichée au ministère et publiée dans la presse.
Nous confirmons votre préinscription au concours. Vous devez finaliser votre inscription en déposant les pièces physiques au centre de dépôt dans un délai de 10 jours.
""",
        "inv_entretien": """
Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer pour un premier entretien. Seriez-vous disponible mardi à 14 h ou jeudi à 10 h ?
Nous avons le plaisir de vous inviter à un entretien de sélection le lundi 9 à 10 h 30 dans nos bureaux de Namur. Merci de confirmer votre présence par retour de mail.
Nous aimerions faire plus ample connaissance. Pourriez-vous nous indiquer vos disponibilités pour un échange par visioconférence la semaine prochaine ?
On aimerait beaucoup te rencontrer! Es-tu disponible pour une entrevue Teams de 30 minutes cette semaine? Tu peux choisir une plage horaire avec le lien ci-dessous.
Suite à l'étude de votre dossier, nous avons le plaisir de vous convier à un entretien mercredi à 11 h à notre siège de Rabat.
Vous êtes convoqué(e) à un entretien oral le jeudi à 9 h au siège de la société à Dakar. Veuillez vous munir de votre pièce d'identité et des originaux de vos diplômes.
Nous souhaitons échanger avec vous par téléphone au sujet du poste de {role}. Merci de nous indiquer un créneau qui vous convient cette semaine.
SUBJECT: On s'appelle ? || Bonjour {first}, ton parcours nous plaît beaucoup. Tu aurais 20 minutes demain ou après-demain pour qu'on en parle au téléphone ?
""",
        "inv_test_epreuve": """
La prochaine étape du processus consiste en un test technique en ligne d'une durée de 60 minutes. Vous recevrez le lien dans un prochain message ; merci de le compléter sous 5 jours.
Vous êtes convoqué(e) aux épreuves écrites d'admissibilité du concours, qui se tiendront le 14 à 8 h 30 au parc des expositions. Présentez-vous muni(e) de la présente convocation et d'une pièce d'identité.
Nous vous proposons de participer à une journée d'assessment le 22. Le programme comprend une mise en situation, un test de raisonnement et un entretien.
Est-ce que tu pourrais venir faire un essai en cuisine samedi de 11 h à 15 h ? On verra comme ça si le poste te plaît.
Pour la suite, nous vous proposons de réaliser une étude de cas, que vous présenterez ensuite à l'équipe lors d'une rencontre de 45 minutes. Merci de confirmer votre accord.
Tu es invité(e) à compléter l'évaluation en ligne avant vendredi, 17 h. Elle dure environ 40 minutes.
""",
        "off_proposition": """
Nous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste de {role}. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération, le statut cadre et la date de prise de poste.
Suite à nos différents entretiens, nous sommes heureux de vous proposer le poste de {role} sous contrat à durée indéterminée. Vous trouverez en annexe notre proposition salariale ainsi que le détail des avantages extralégaux.
Nous avons le plaisir de vous faire parvenir notre offre pour le poste de {role} à 80 %, avec une entrée en fonction au 1er du mois prochain. Merci de nous retourner le contrat signé d'ici dix jours.
Bonne nouvelle : on aimerait t'accueillir dans l'équipe! Tu trouveras ci-joint la lettre d'offre avec le salaire annuel, les quatre semaines de vacances et la date d'entrée en poste proposée.
Nous avons le plaisir de vous confirmer votre recrutement au poste de {role}. Merci de vous présenter à la DRH lundi à 9 h pour la signature de votre contrat.
Nous sommes heureux de vous compter bientôt parmi nous. Ci-joint les conditions d'engagement pour le poste de {role} ; nous attendons votre accord écrit pour préparer le contrat.
Et voilà, c'est officiel de notre côté : on veut que tu rejoignes l'équipe ! Je t'envoie la proposition de contrat, dis-moi si tout te convient.
""",
        "oth_alert": """
8 nouvelles offres correspondent à votre alerte « {role} – Île-de-France ». Chef de projet marketing – CDI – Paris 9e. Chargé·e de communication – CDD 12 mois – Boulogne. Consultez-les avant qu'elles ne soient pourvues.
Votre alerte emploi du jour : 4 offres à Montréal correspondent à vos critères. Postulez en un clic.
Nouveau ! 5 postes publiés aujourd'hui à Genève et Lausanne correspondent à votre profil.
""",
        "oth_newsletter": """
Ce mois-ci chez {company} : ouverture de notre nouvelle agence à Lille, retour en images sur notre forum alternance et portrait de Malik, technicien de maintenance depuis quinze ans.
La lettre Carrières : nos conseils pour réussir un entretien en visio, le calendrier des salons de l'emploi à Dakar et Abidjan, et les métiers qui recrutent ce trimestre.
""",
        "oth_cold": """
Je me permets de vous contacter car je mène actuellement une mission de recrutement pour un poste de {role} chez un acteur majeur de l'agroalimentaire en Bretagne. Votre profil me semble particulièrement pertinent. Seriez-vous ouvert(e) à un échange ?
Je suis chasseuse de têtes à Genève. Un de mes clients, une banque privée, recherche un profil comme le vôtre. Je serais ravie d'en discuter en toute confidentialité.
Je recrute pour une jeune pousse montréalaise en pleine croissance. Télétravail possible, bon salaire, équipe sympa. Ça te dirait qu'on jase 15 minutes?
""",
        "oth_sondage": """
Votre avis compte ! Aidez-nous à améliorer notre processus de recrutement en répondant à un questionnaire de 5 questions sur votre expérience de candidat chez {company}.
""",
        "oth_retrait": """
Comme vous nous l'avez demandé, nous avons bien retiré votre candidature au poste de {role}. Nous vous souhaitons pleine réussite dans votre nouveau projet.
Nous confirmons la suppression de votre dossier de candidature et de vos données personnelles, conformément à la demande que vous nous avez adressée au titre du RGPD.
""",
    },
    "en": {
        "rej_after_applying": """
Thank you for your interest in the {role} position. After careful review, we have decided not to move forward with your application at this time.
We've reviewed your application for {role} at our Madrid hub and, unfortunately, we won't be progressing it further. The role requires native-level Dutch, which we couldn't see in your profile.
Unfortunately your application was unsuccessful on this occasion.
We received an unusually high number of applications for this opening. Having reviewed yours alongside the others, we've chosen to pursue candidates whose experience more closely matches the needs of the team in Mexico City.
I'm afraid we won't be taking your application for {role} any further. I know that's not what you hoped to hear, and I genuinely appreciate you thinking of us.
SUBJECT: Your application to {company} || Thanks for applying. We've decided to go in a different direction for this role and have closed your application.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with the panel on Tuesday. It was a difficult decision, but we have offered the position to another candidate, who has accepted.
Thanks again for the conversations with Priya and the team. We've decided to move ahead with someone whose background in payments is a closer fit, so we won't be continuing with your process.
I wanted to let you know personally that, after the final round, we won't be extending an offer. Your case study was one of the strongest we saw, and I'd be happy to share more detailed feedback if it would help.
Following your interview, the hiring team has decided not to progress your candidacy to the next stage.
We really enjoyed getting to know you over the last few weeks. In the end it came down to two people, and we went with the other candidate.
""",
        "rej_after_assessment": """
Thank you for completing the online assessment. Based on your results, we are unable to progress your application for the {role} graduate programme.
We've reviewed your take-home exercise. While we appreciated the effort, the submission didn't meet the bar we set for this role, so we'll be ending the process here.
Thank you for your work during the summer internship. We're not able to offer you a permanent position at the end of it, but we'd be glad to act as a reference.
""",
        "rej_role_closed": """
The {role} vacancy has now been filled, and we have closed the recruitment process.
Due to a change in business priorities, the {role} position has been cancelled. We're sorry for any inconvenience and thank you for the time you invested.
As mentioned last month, the role was on hold pending budget approval. That approval has not come through, so we've made the decision to close the requisition permanently.
The role has been filled internally, so we won't be proceeding with external candidates.
""",
        "rej_portal": """
Your application status for {role} (Req. 40912) has been updated to: Not selected.
This is an automated notification. The job you applied for is no longer accepting applications and your application has been closed.
""",
        "rej_agency": """
I heard back from my client on the {role} role and unfortunately they've decided to go with another candidate who had more sector experience. I'll keep you in mind for anything else that comes up.
The client has reviewed your CV and won't be taking your application forward. They didn't give detailed feedback, but I didn't want to leave you waiting.
""",
        "ack_received": """
We've received your application for {role}. Our recruitment team will review it and be in touch if your experience matches what we're looking for.
Thanks for applying! This email confirms that your application has been submitted successfully. You can track its status in your candidate dashboard.
Your application (reference BCN-3318) has been received and is now with the hiring manager for review.
Thank you for your application. It has been forwarded to the relevant department, and we will contact you regarding next steps.
SUBJECT: Application received – {role} || This is an automated confirmation that we have your application. Please do not reply to this email.
Just confirming your CV has reached us. We'll take a proper look this week.
""",
        "ack_delay_hold": """
We wanted to let you know that the hiring process for {role} is taking longer than expected. Your application is still under consideration and we hope to have an update within two weeks.
The {role} search is currently on hold while the team is restructured. No decisions have been made, and your application remains active.
Sorry for the radio silence. We're still interviewing and haven't reached a decision yet. I'll update you by the end of next week.
Unfortunately we're running behind schedule on this process due to the high volume of applications. Thank you for your patience; you will hear from us either way.
""",
        "ack_no_individual_reply": """
Due to the large volume of applications we receive, we are unable to respond to each applicant individually. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.
Thank you for applying. Only shortlisted candidates will be contacted.
""",
        "ack_documents": """
To continue with your application, please upload a copy of your right-to-work document and your degree certificate via the candidate portal.
We're missing your references. Could you send us contact details for two previous managers so we can keep your application moving?
""",
        "inv_interview": """
We'd love to invite you to a 30-minute video interview with the hiring manager. Please use the link below to pick a slot that suits you this week.
Are you free for a quick call on Thursday or Friday? I'd like to tell you more about the team and hear about your experience.
The next step is a technical assessment on our coding platform. You'll have 72 hours to complete it once you start.
SUBJECT: Next steps – {role} || Good news, you've been shortlisted! Please let us know your availability for an on-site interview in Lisbon next week.
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}. Your offer letter, including salary, benefits and proposed start date, is attached. Please let us know your decision by Friday.
We'd love for you to join us. Attached is the contract for the {role} role, starting on the first of next month. Just sign and return it and we'll get your onboarding started.
""",
        "oth_alert": """
New jobs matching your search '{role}' in Barcelona: 9 new postings this week. Remote-friendly roles are highlighted.
""",
        "oth_cold": """
I'm a recruiter specialising in Latin American tech hiring. I'm working on a {role} role for a fintech client and your profile stood out. Open to a quick chat?
""",
        "oth_withdrawal": """
As requested, we've withdrawn your application for {role}. Best of luck with your new role!
""",
    },
    "de": {
        "rej_nach_bewerbung": """
Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.
Leider haben wir uns dazu entschieden, Ihre Bewerbung als {role} nicht weiter zu verfolgen. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.
Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu den Anforderungen der Stelle passt.
Wir haben uns deine Bewerbung genau angeschaut und müssen dir leider absagen: Für die Stelle brauchen wir jemanden mit mehr Erfahrung in Kotlin.
Leider konnten wir Ihre Bewerbung nicht in die engere Wahl ziehen. Ihre Unterlagen haben wir gemäß den Datenschutzbestimmungen gelöscht.
SUBJECT: Ihre Bewerbung bei {company} || Wir bedauern, Ihnen keine positive Nachricht geben zu können: Ihre Bewerbung als {role} konnte nicht berücksichtigt werden.
""",
        "rej_nach_gespraech": """
Vielen Dank für das angenehme Gespräch am Dienstag. Nach reiflicher Überlegung haben wir uns für eine andere Bewerberin entschieden, deren Erfahrung im Controlling noch besser zu unseren aktuellen Anforderungen passt.
Danke, dass du dir die Zeit für die beiden Gesprächsrunden genommen hast. Wir haben uns am Ende knapp für jemand anderen entschieden.
Nach Abschluss der Auswahlgespräche teilen wir Ihnen mit, dass wir Ihnen die Stelle leider nicht anbieten können.
Wir haben nach dem Vorstellungsgespräch intensiv beraten. Leider ist die Wahl nicht auf Sie gefallen. Gerne gebe ich Ihnen telefonisch ein Feedback.
Wir bedanken uns für Ihre Teilnahme am Hearing. Die Kommission hat sich für eine andere Person entschieden.
""",
        "rej_nach_test": """
Leider haben Sie den Online-Test nicht mit dem erforderlichen Ergebnis abgeschlossen, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.
Vielen Dank für den Probearbeitstag bei uns im Team. Wir haben uns entschieden, die Stelle anderweitig zu besetzen.
Nach Auswertung der Fallstudie müssen wir Ihnen leider mitteilen, dass wir den Prozess an dieser Stelle beenden.
""",
        "rej_stelle_besetzt": """
Die ausgeschriebene Stelle als {role} ist inzwischen besetzt. Wir danken Ihnen für Ihr Interesse.
Aufgrund interner Umstrukturierungen wird die Stelle nicht mehr besetzt. Das Auswahlverfahren ist damit beendet.
Die Stelle wurde intern besetzt; wir führen das externe Verfahren daher nicht fort.
Wie bereits angekündigt, lag die Besetzung der Stelle wegen eines Einstellungsstopps auf Eis. Nun steht fest, dass sie in diesem Jahr nicht wieder geöffnet wird. Wir schließen das Verfahren daher ab.
""",
        "rej_portal": """
Der Status Ihrer Bewerbung für {role} wurde geändert: Absage.
Automatische Benachrichtigung: Ihre Bewerbung wurde vom Recruiter abgeschlossen und wird nicht weiter berücksichtigt. Bitte antworten Sie nicht auf diese E-Mail.
""",
        "rej_behoerde_beratung": """
Nach Prüfung der Bewerbungsunterlagen durch die Auswahlkommission können wir Sie leider nicht zum Auswahlverfahren einladen, da Sie die formalen Voraussetzungen (abgeschlossenes Masterstudium) nicht erfüllen.
Unser Mandant hat sich nach Durchsicht der Unterlagen gegen eine Weiterführung Ihrer Kandidatur entschieden. Wir würden uns freuen, Ihnen bei passenden Mandaten wieder etwas vorstellen zu dürfen.
""",
        "ack_eingang": """
Vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden.
Deine Bewerbung ist bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns in den nächsten zwei Wochen.
Ihre Bewerbung wurde erfolgreich übermittelt. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.
Eingangsbestätigung: Ihre Bewerbung ist unter der Kennziffer 2025-117 eingegangen und wird an die Fachabteilung weitergeleitet.
SUBJECT: Eingangsbestätigung {role} || Dies ist eine automatisch erzeugte Nachricht. Ihre Bewerbung ist vollständig bei uns eingegangen.
Vielen Dank für Ihre Initiativbewerbung. Wir haben Ihre Unterlagen in unseren Talentpool aufgenommen und prüfen sie, sobald eine passende Stelle frei wird.
""",
        "ack_verzoegerung": """
Aufgrund der Vielzahl an Bewerbungen wird die Bearbeitung noch einige Zeit in Anspruch nehmen. Wir bitten Sie um etwas Geduld.
Leider verzögert sich das Auswahlverfahren, da noch nicht alle Gremien zugestimmt haben. Eine Entscheidung ist noch nicht gefallen.
Das Besetzungsverfahren ruht derzeit wegen eines vorübergehenden Einstellungsstopps. Ihre Bewerbung bleibt im Verfahren; wir melden uns, sobald es weitergeht.
Sorry, dass du so lange nichts von uns gehört hast. Wir sind noch mitten in den Gesprächen und melden uns spätestens Ende nächster Woche.
""",
        "ack_keine_einzelantwort": """
Bitte haben Sie Verständnis, dass wir nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen.
Wir melden uns ausschließlich bei Kandidatinnen und Kandidaten, die in die engere Auswahl kommen.
""",
        "ack_unterlagen": """
Für die weitere Bearbeitung benötigen wir noch Ihre Arbeitszeugnisse sowie eine Kopie Ihres Abschlusszeugnisses. Bitte laden Sie diese bis Freitag im Portal hoch.
Ihre Bewerbung ist unvollständig: Es fehlt der Nachweis über die Anerkennung Ihres ausländischen Abschlusses. Bitte reichen Sie diesen innerhalb von 14 Tagen nach.
""",
        "inv_gespraech": """
Ihre Bewerbung hat uns überzeugt. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Mittwoch um 10:00 Uhr in unsere Niederlassung in Köln ein.
Hättest du Lust auf ein kurzes Kennenlern-Telefonat? Such dir einfach über den Link einen Termin aus, der dir passt.
Als nächsten Schritt möchten wir Sie zu einem Probearbeitstag einladen. Passt Ihnen der kommende Donnerstag?
SUBJECT: Einladung zum Online-Assessment || Bitte absolvieren Sie den Online-Test innerhalb der nächsten sieben Tage. Die Zugangsdaten erhalten Sie in einer separaten E-Mail.
""",
        "off_angebot": """
Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung; bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. zurück.
Gute Nachrichten: Wir möchten dich gern im Team haben! Im Anhang findest du unser Angebot mit Gehalt und Startdatum. Gib uns einfach bis Ende der Woche Bescheid.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag „{role}“ in München: 6 neue Stellenanzeigen seit gestern.
""",
        "oth_newsletter": """
Neues aus dem Karriereportal: Tipps für die Gehaltsverhandlung, unsere Termine auf Jobmessen im Herbst und ein Einblick in unser Ausbildungsprogramm.
""",
        "oth_cold": """
Ich bin Personalberater mit Fokus auf IT-Positionen in der DACH-Region und suche aktuell für einen Kunden in Zürich eine/n {role}. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem kurzen Austausch?
""",
    },
    "pt": {
        "rej_apos_candidatura": """
Agradecemos o interesse demonstrado na nossa empresa. Após análise cuidada da sua candidatura, informamos que a mesma não foi selecionada para a fase seguinte do processo de recrutamento.
Agradecemos sua participação no processo seletivo para a vaga de {role}. Infelizmente, seu perfil não foi selecionado para as próximas etapas.
Olha, analisamos seu currículo com carinho, mas dessa vez seguimos com outros perfis mais alinhados ao que a vaga pede. Não desanima: fica de olho nas nossas próximas vagas!
Lamentamos informar que a sua candidatura não reúne os requisitos mínimos exigidos para a função, nomeadamente a inscrição na respetiva ordem profissional.
Aqui na {company} acreditamos que cada candidato merece uma resposta. Recebemos mais de mil inscrições para esta vaga e, após uma análise criteriosa, decidimos não avançar com a sua candidatura neste momento. Seu currículo continuará em nosso banco de talentos por 12 meses.
SUBJECT: Retorno sobre sua candidatura || Optamos por não dar continuidade à sua candidatura para a vaga de {role}.
""",
        "rej_apos_entrevista": """
Agradecemos a sua disponibilidade para a entrevista da passada quinta-feira. Após ponderação, decidimos avançar com outro candidato cujo perfil se ajusta melhor às necessidades da equipa.
Foi ótimo conversar com você na entrevista. Infelizmente, a gestora optou por seguir com outra pessoa para a vaga de {role}.
Após a entrevista final, informamos que você não foi aprovado(a) para a vaga. Agradecemos o tempo e a dedicação ao processo.
Na sequência das entrevistas realizadas, lamentamos comunicar que não daremos seguimento à sua candidatura.
Queria te dar um retorno sincero: o time gostou muito de você, mas a vaga acabou ficando com uma pessoa com mais experiência em gestão de squads.
""",
        "rej_apos_teste": """
Agradecemos a realização do teste técnico. Infelizmente, sua nota não atingiu a pontuação mínima necessária para seguir no processo.
Seu contrato de estágio se encerra no dia 30 e, neste momento, não temos uma vaga de efetivação disponível para você. Agradecemos muito por tudo o que você construiu com a gente.
Após a avaliação da dinâmica de grupo, informamos que não foi selecionado/a para a fase de entrevistas.
""",
        "rej_vaga_encerrada": """
A vaga de {role} foi preenchida e o processo seletivo foi encerrado. Agradecemos seu interesse.
Informamos que o processo de recrutamento para {role} foi cancelado por motivos de reorganização interna.
A vaga estava congelada desde o mês passado e a diretoria decidiu fechá-la de vez. Por isso, encerramos todas as candidaturas.
A posição foi preenchida internamente, pelo que não iremos prosseguir com candidaturas externas.
""",
        "rej_portal_concurso": """
Status da sua candidatura: Processo encerrado – Não aprovado(a).
Informa-se que, na lista de ordenação final do procedimento concursal, V. Exa. consta como excluído(a) por não ter obtido a classificação mínima de 9,5 valores na prova de conhecimentos.
Informamos que sua inscrição no concurso público foi indeferida por ausência de comprovação de escolaridade.
Apresentei seu perfil ao nosso cliente, mas eles decidiram seguir com outro candidato. Vou continuar te considerando para outras oportunidades.
""",
        "ack_rececao": """
Confirmamos a receção da sua candidatura para a função de {role}. A mesma será analisada pela nossa equipa de recrutamento.
Recebemos sua candidatura! Agora nosso time vai analisar seu perfil com atenção. Você pode acompanhar o andamento pela plataforma.
Sua inscrição na vaga {role} foi concluída com sucesso.
A sua candidatura foi registada com o número 8812. Guarde esta referência para futuros contactos.
SUBJECT: Candidatura recebida – {role} || Esta é uma mensagem automática de confirmação. Não é necessário responder.
Seu currículo foi cadastrado em nosso banco de talentos e será considerado em processos compatíveis com seu perfil.
""",
        "ack_atraso": """
O processo seletivo para {role} está demorando um pouco mais do que o previsto devido ao grande número de inscritos. Seguimos analisando os currículos e daremos um retorno em breve.
Informamos que o processo se encontra temporariamente suspenso por motivos internos. A sua candidatura mantém-se ativa e será retomada logo que possível.
Desculpa a demora em te responder! Ainda estamos nas entrevistas com a área e nenhuma decisão foi tomada.
Por motivos alheios à nossa vontade, o processo sofreu um atraso. Prevemos ter novidades até ao final do mês.
""",
        "ack_sem_resposta_individual": """
Em razão do grande volume de candidaturas, não conseguimos dar retorno individual. Caso não seja contatado(a) em até 20 dias, considere que seu perfil não foi selecionado desta vez.
Apenas os candidatos pré-selecionados serão contactados para entrevista.
""",
        "ack_documentos": """
Para darmos sequência ao processo, precisamos que você envie cópia do diploma e do comprovante de residência até sexta-feira.
A sua candidatura está incompleta: falta o certificado de habilitações. Por favor, envie-o até dia 10 para que possa ser avaliada.
""",
        "inv_entrevista": """
Gostamos muito do seu perfil e queremos te conhecer! Você tem disponibilidade para uma entrevista por vídeo na quarta às 14h?
Vimos por este meio convidá-lo/a para uma entrevista presencial nas nossas instalações em Lisboa, no dia 12, às 10h00. Agradecemos confirmação.
A próxima etapa é uma dinâmica de grupo online. Confirme sua presença respondendo este e-mail.
SUBJECT: Vamos conversar? || Oi {first}, dei uma olhada no seu currículo e adoraria bater um papo rápido sobre a vaga. Pode ser amanhã?
""",
        "off_proposta": """
Temos o prazer de lhe comunicar que foi selecionado/a para a função de {role}. Em anexo segue a proposta com as condições contratuais e a data de início prevista.
É com muita alegria que te convidamos para fazer parte do time! Segue a proposta com salário, benefícios e data de início. Aguardamos seu aceite até sexta.
""",
        "oth_alert": """
Novas vagas para você: 11 oportunidades de {role} em São Paulo publicadas hoje.
""",
        "oth_cold": """
Sou headhunter e estou conduzindo um processo para {role} numa multinacional do setor de energia no Porto. O seu perfil chamou a minha atenção. Podemos conversar?
""",
        "oth_pesquisa": """
Queremos saber como foi sua experiência no nosso processo seletivo. Responda a uma pesquisa rápida de 2 minutos.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "es": {
        "greet": [
            "Hola {first}:",
            "Hola {first},",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Buen día {first},",
            "Apreciado/a {first}:",
            "¡Hola, {first}! ¿Cómo estás?",
            "Estimado/a postulante:",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por el tiempo que dedicaste a tu candidatura.",
            "Le agradecemos sinceramente su interés en formar parte de {company}.",
            "Gracias por postularte a la búsqueda de {role}.",
            "Agradecemos su postulación al cargo de {role}.",
            "Muchas gracias por pensar en nosotros para tu próximo paso profesional.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus próximos desafíos profesionales.",
            "¡Mucha suerte y ojalá volvamos a coincidir!",
            "Quedamos a su disposición y le deseamos lo mejor.",
            "Te animamos a seguir atento/a a nuestras próximas ofertas.",
        ],
        "marketing": [
            "En {company} llevamos más de veinte años conectando personas y oportunidades. Hoy somos un equipo de más de 1.200 profesionales repartidos en España, México y Chile, y seguimos creciendo con proyectos que nos ilusionan.",
            "{company} es una compañía comprometida con la diversidad, la igualdad de oportunidades y la conciliación. Nuestro propósito es generar un impacto positivo en las comunidades donde operamos.",
            "Somos {company}: tecnología, cercanía y ganas de hacer las cosas bien. Conoce nuestras vacantes, nuestro programa de formación y las historias de quienes ya forman parte del equipo.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\nEquipo de Selección | {company}",
            "Atentamente,\n{sender}\nDepartamento de Recursos Humanos",
            "Un abrazo,\n{sender}",
            "Cordialmente,\n{sender}\nGestión Humana – {company}",
            "Quedo atenta,\n{sender}",
            "Saludos,\nEquipo de Talento de {company}",
        ],
        "footer": [
            "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
            "Sus datos personales serán tratados por {company} con la finalidad de gestionar los procesos de selección. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a la dirección de privacidad indicada en nuestro portal de empleo.",
            "Si no deseas recibir más comunicaciones, puedes darte de baja desde la configuración de tu cuenta.",
            "Este correo y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario.",
            "Aviso de privacidad: consulte nuestro aviso de privacidad integral en el portal de empleo de {company}.",
        ],
        "subject_app": [
            "Tu candidatura en {company}",
            "Proceso de selección – {role}",
            "Sobre tu postulación a {role}",
            "Actualización de su solicitud",
            "Su postulación al cargo de {role}",
            "{company} – Candidatura {role}",
            "Información sobre tu proceso",
        ],
        "subject_inv": [
            "Entrevista – {role}",
            "Siguiente paso en tu proceso con {company}",
            "Citación a entrevista",
            "¿Agendamos una llamada?",
            "Próxima etapa: {role}",
        ],
        "subject_off": [
            "Propuesta de incorporación – {role}",
            "Carta oferta – {company}",
            "¡Bienvenido/a a {company}!",
            "Tu propuesta laboral",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas que pueden interesarte",
            "Una oportunidad para ti",
            "Tu opinión nos importa",
            "Confirmación de tu solicitud",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Bonjour,",
            "Cher/Chère {first},",
            "Salut {first},",
            "Bonjour {first} !",
            "Madame, Monsieur, Chère candidate, Cher candidat,",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature et pour le temps que tu nous as consacré.",
            "Nous vous remercions pour votre candidature au poste de {role}.",
            "Merci d'avoir pensé à {company} pour la suite de ton parcours.",
            "Nous avons bien pris connaissance de votre candidature et vous en remercions.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation !",
            "Nous vous adressons tous nos vœux de succès pour la suite de votre parcours professionnel.",
            "On te souhaite le meilleur pour la suite.",
            "N'hésitez pas à consulter nos prochaines offres.",
        ],
        "marketing": [
            "Fondée il y a plus de cinquante ans, {company} accompagne chaque jour des milliers de clients en France, en Belgique et en Afrique de l'Ouest. Rejoindre nos équipes, c'est choisir une entreprise engagée, humaine et en pleine transformation.",
            "{company} s'engage en faveur de la diversité et de l'inclusion : tous nos postes sont ouverts aux personnes en situation de handicap.",
            "Chez {company}, on croit à l'audace, à l'entraide et au travail bien fait. Découvrez nos métiers, nos engagements RSE et le quotidien de nos équipes sur notre site carrières.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien cordialement,\n{sender}\nChargée de recrutement – {company}",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n{sender}\nDirection des ressources humaines",
            "Belle journée,\n{sender}",
            "Au plaisir,\n{sender}",
            "Salutations,\nL'équipe Acquisition de talents",
            "Meilleures salutations,\n{sender}\n{company}",
        ],
        "footer": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données, que vous pouvez exercer auprès de notre délégué à la protection des données.",
            "Vos données seront conservées deux ans dans notre vivier, sauf opposition de votre part.",
            "Ce courriel est confidentiel et destiné exclusivement à son destinataire.",
            "Pour ne plus recevoir ces alertes, cliquez sur « Se désabonner ».",
        ],
        "subject_app": [
            "Votre candidature chez {company}",
            "Candidature – {role}",
            "Suite donnée à votre candidature",
            "Votre dossier de candidature",
            "{company} – {role}",
            "Réponse à votre candidature",
            "Information concernant votre candidature",
        ],
        "subject_inv": [
            "Invitation à un entretien – {role}",
            "Convocation",
            "Prochaine étape de votre candidature",
            "Entrevue – {role}",
            "Échange téléphonique",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Votre promesse d'embauche",
            "Bienvenue chez {company} !",
            "Lettre d'offre",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "Nouvelles offres pour vous",
            "Opportunité – {role}",
            "Votre avis nous intéresse",
            "Retrait de votre candidature",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Candidate,",
            "Hey {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for the {role} role and for the time you've put into the process.",
            "We appreciate you taking the time to apply.",
            "Thank you for considering a career with {company}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "We'd encourage you to keep an eye on our careers page for future openings.",
            "All the best for the future.",
        ],
        "marketing": [
            "At {company}, we're building the future of logistics across Europe and Latin America, with offices in Madrid, Lisbon and Mexico City.",
            "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.",
        ],
        "sign": [
            "Best regards,\n{sender}",
            "Kind regards,\n{sender}\nTalent Acquisition | {company}",
            "Thanks,\n{sender}",
            "Warm wishes,\nThe {company} Recruiting Team",
            "Cheers,\n{sender}",
        ],
        "footer": [
            "This is an automated message. Please do not reply to this email.",
            "You are receiving this email because you applied for a position at {company}. View our privacy notice to learn how we handle your data.",
            "To stop receiving job alerts, update your email preferences.",
        ],
        "subject_app": [
            "Your application to {company}",
            "{role} – application update",
            "Regarding your application",
            "Your {company} application",
            "Application for {role}",
        ],
        "subject_inv": [
            "Interview invitation – {role}",
            "Next steps with {company}",
            "Let's talk",
            "Scheduling your interview",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Your offer from {company}",
            "Welcome to the team!",
        ],
        "subject_oth": [
            "New jobs for you",
            "An opportunity you might like",
            "Application withdrawn",
            "News from {company}",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte/r {first},",
            "Hallo {first},",
            "Guten Tag {first},",
            "Liebe/r {first},",
            "Sehr geehrte Damen und Herren,",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für deine Bewerbung als {role}.",
            "Wir bedanken uns für Ihre Bewerbung und das entgegengebrachte Vertrauen.",
            "Herzlichen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei der weiteren Jobsuche.",
            "Gerne können Sie sich bei passenden Stellen erneut bei uns bewerben.",
            "Alles Gute für Ihren weiteren Weg.",
        ],
        "marketing": [
            "{company} ist ein mittelständisches Familienunternehmen mit über 800 Mitarbeitenden an sieben Standorten in Deutschland, Österreich und der Schweiz.",
            "Bei {company} gestalten wir die digitale Zukunft der Mobilität – mit flachen Hierarchien, flexiblen Arbeitszeiten und einem Team, das zusammenhält.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\nHR | {company}",
            "Beste Grüße\n{sender}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
            "Liebe Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden können Sie sich jederzeit in Ihrem Profil.",
        ],
        "subject_app": [
            "Ihre Bewerbung bei {company}",
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Bewerbung {role}",
            "Deine Bewerbung bei {company}",
        ],
        "subject_inv": [
            "Einladung zum Vorstellungsgespräch",
            "Nächster Schritt – {role}",
            "Kennenlernen?",
            "Terminvereinbarung",
        ],
        "subject_off": ["Vertragsangebot – {role}", "Willkommen bei {company}!", "Ihr Angebot"],
        "subject_oth": ["Neue Jobs für Sie", "Karriere-Newsletter", "Spannende Position – {role}"],
    },
    "pt": {
        "greet": [
            "Olá {first},",
            "Caro/a {first},",
            "Prezado(a) {first},",
            "Oi {first}, tudo bem?",
            "Exmo./Exma. Sr./Sra. {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse na {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Muito obrigado pelo tempo dedicado ao nosso processo seletivo.",
            "Agradecemos a confiança depositada na nossa empresa.",
        ],
        "wish": [
            "Desejamos-lhe os maiores sucessos profissionais.",
            "Boa sorte na sua jornada!",
            "Continue acompanhando nossas vagas, teremos novas oportunidades em breve.",
            "Votos de sucesso para o seu futuro.",
        ],
        "marketing": [
            "A {company} está presente em Portugal e no Brasil há mais de trinta anos, com mais de dois mil colaboradores dedicados a transformar o setor.",
            "Na {company} valorizamos a diversidade, o aprendizado contínuo e o bem-estar de quem faz parte do nosso time.",
        ],
        "sign": [
            "Com os melhores cumprimentos,\n{sender}",
            "Atenciosamente,\n{sender}\nRecursos Humanos | {company}",
            "Abraços,\n{sender}",
            "Cumprimentos,\nEquipa de Recrutamento",
            "Um abraço,\nTime de Gente & Gestão",
        ],
        "footer": [
            "Esta é uma mensagem automática, por favor não responda.",
            "Os seus dados pessoais são tratados de acordo com o RGPD. Consulte a nossa política de privacidade.",
            "Seus dados são tratados conforme a LGPD. Para cancelar o recebimento de alertas, acesse suas preferências.",
        ],
        "subject_app": [
            "A sua candidatura na {company}",
            "Processo seletivo – {role}",
            "Retorno do processo seletivo",
            "Candidatura {role}",
            "Atualização da sua candidatura",
        ],
        "subject_inv": [
            "Convite para entrevista – {role}",
            "Próxima etapa do processo",
            "Agendamento de entrevista",
            "Vamos conversar?",
        ],
        "subject_off": [
            "Proposta de trabalho – {role}",
            "Bem-vindo(a) à {company}!",
            "Carta proposta",
        ],
        "subject_oth": [
            "Novas vagas para você",
            "Oportunidade – {role}",
            "Pesquisa de experiência do candidato",
        ],
    },
}

THREAD: dict[str, str] = {
    "es": "Hola {sender_first}:\nTe escribo para saber si hay novedades sobre mi candidatura al puesto de {role}. Sigo muy interesado/a en la posición.\nUn saludo,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu correo. Aún estamos terminando de revisar candidaturas; te escribimos en cuanto tengamos algo.\nUn saludo,\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}. Auriez-vous des nouvelles sur l'avancement du recrutement ?\nBien cordialement,\nAlex Rivera\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Le processus est toujours en cours, nous revenons vers vous très prochainement.\nCordialement,\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for the {role} position. Is there any update on the timeline?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for checking in. We're still working through applications and will be in touch soon.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, ob es zu meiner Bewerbung als {role} schon Neuigkeiten gibt.\nViele Grüße\nAlex Rivera\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachricht. Wir sind noch in der Auswahl und melden uns zeitnah bei Ihnen.\nBeste Grüße\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há novidades sobre a minha candidatura à vaga de {role}. Continuo muito interessado/a.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contato. Ainda estamos analisando os perfis e retornaremos em breve.\nAbraços,\n{sender}\n",
}
