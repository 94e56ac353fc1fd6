# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Part written by author 17a: mostly Spanish (Spain, Mexico, Argentina, Colombia, Chile) and Portuguese (Brazil, Portugal) mail from employers, ATS portals, agencies and public bodies, with a smaller share of English, German and French; heavy on rejections said in every register (after CV screens, interviews, tests, long silences, filled, frozen or internal jobs, public competitions, agencies) and on acknowledgements that sound negative but decide nothing (volume, delays, no-news-means-no receipts, pauses, documents, reserve and provisional lists)."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Grupo Alvarado Logística S.A.",
    "Tecnovia Soluciones S.L.",
    "Banco Meridiano del Plata",
    "Laboratorios Andinos S.A.S.",
    "Viña Cerro Azul SpA",
    "Seguros La Ceiba S.A. de C.V.",
    "Nuvem Azul Tecnologia Ltda.",
    "Construtora Ipê Amarelo S.A.",
    "Mercantil Sabiá Varejo S.A.",
    "Lusomar Energia, S.A.",
    "Hartmann & Vogel Logistik GmbH",
    "Éditions Clairmont SAS",
    "Brightwater Analytics Ltd",
    "Rede Hospitalar Santa Lúcia",
)

ROLES: tuple[str, ...] = (
    "Analista de Datos",
    "Analista de Dados",
    "Data Analyst",
    "Ejecutivo/a Comercial",
    "Desenvolvedor(a) Back-end",
    "Coordinador/a de Logística",
    "Assistente Administrativo(a)",
    "Técnico/a de Mantenimiento",
    "Product Manager",
    "Contable Sénior",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Lucía Fernández", "seleccion@{domain}"),
    ("Mariana Costa", "recrutamento@{domain}"),
    ("Equipo de Talento", "no-reply@{domain}"),
    ("Equipe de Gente & Gestão", "nao-responda@mail.vagas-plataforma.example"),
    ("Javier Ortega", "javier.ortega@{domain}"),
    ("Talent Acquisition", "careers@{domain}"),
    ("Rafael Moura", "rafael.moura@{domain}"),
    ("Recursos Humanos", "rrhh@{domain}"),
    ("Portal de Empleo", "notificaciones@avisos.portalempleo.example"),
    ("Sophie Marchand", "recrutement@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "es": {
        "rej_cv_screen": """
Hemos revisado con atención tu candidatura para el puesto de {role} en {company}. En esta ocasión hemos decidido avanzar con otros perfiles cuya experiencia se ajusta más a los requisitos de la posición. Si nos das tu consentimiento, guardaremos tus datos para futuras oportunidades.
Le informamos que, tras analizar su perfil para la vacante de {role}, no ha sido seleccionado para continuar en el proceso. Le agradecemos el tiempo invertido y le invitamos a seguir consultando nuestra bolsa de trabajo.
Queríamos contarte que revisamos tu CV para la búsqueda de {role} y, por el momento, no vamos a avanzar con tu postulación. Sabemos que no es la noticia que esperabas; te animamos a que sigas atento a las nuevas búsquedas que publiquemos en {company}.
Después de revisar su hoja de vida frente al perfil requerido para el cargo de {role}, le comunicamos que su postulación no continuará en las siguientes etapas del proceso. Su información permanecerá en nuestra base de datos durante seis meses, de acuerdo con nuestra política de tratamiento de datos.
Te escribimos para informarte que tu postulación al cargo de {role} no fue seleccionada para la siguiente etapa. Recibimos un número muy alto de postulaciones y tuvimos que tomar decisiones difíciles.
Tu candidatura para {role} no ha sido seleccionada. Gracias por tu interés en {company}.
Ha sido un placer conocer tu trayectoria; se nota que has trabajado en proyectos muy interesantes y que disfrutas con lo que haces. Aun así, para esta posición de {role} buscamos a alguien con experiencia más directa en el sector asegurador, por lo que no seguiremos adelante con tu candidatura. Ojalá volvamos a coincidir: publicamos vacantes nuevas casi cada mes y nos encantaría que siguieras pendiente de ellas.
El estado de tu candidatura a la oferta "{role}" ha cambiado a: Descartado/a. Puedes consultar otras ofertas activas en el portal de empleo de {company}.
Hemos finalizado la fase de preselección curricular para {role}. Lamentablemente tu perfil no encaja con lo que el equipo necesita en este momento, sobre todo en lo relativo al nivel de inglés requerido (C1).
Tu candidatura a la oferta {role} ha sido descartada por la empresa. Esto no significa que tu perfil no sea valioso: simplemente otros candidatos se ajustaban mejor a los requisitos concretos de esta oferta. ¡Sigue inscribiéndote!
Por medio de la presente le comunicamos que, una vez estudiado su currículum, su candidatura no ha resultado preseleccionada para el puesto de {role}. Le agradecemos sinceramente la confianza depositada en {company}.
Queremos ser transparentes contigo: la vacante de {role} requiere disponibilidad para trabajar de forma presencial en Monterrey y en el formulario nos indicaste que no te es posible cambiar de residencia, así que en esta ocasión no podremos considerar tu perfil.
""",
        "rej_after_interview": """
Muchas gracias por el tiempo que dedicaste a la entrevista con Marta y con el equipo de producto la semana pasada. Valoramos mucho la conversación, pero finalmente hemos decidido seguir adelante con otra persona cuyo perfil encaja mejor con las necesidades actuales del puesto de {role}.
Tras concluir la etapa de entrevistas para la vacante de {role}, lamentamos informarle que no ha sido seleccionado para la posición. Agradecemos la disposición que mostró durante todo el proceso.
Te queríamos agradecer por la charla del jueves con el equipo. Estuvimos evaluando a los finalistas y decidimos avanzar con otro candidato que tiene más experiencia en gestión de equipos. Nos gustaría mantener el contacto, así que, si te parece bien, te vamos a tener en cuenta para futuras búsquedas.
¡Qué bueno fue conversar contigo! El equipo destacó tu claridad al explicar el proyecto de automatización y lo bien preparado que venías. Teníamos dos finalistas muy parejos y, al final, nos hemos decantado por la otra persona, sobre todo por su experiencia previa con clientes del sector público. No es una frase hecha: si se abre otra posición parecida en los próximos meses, serás de las primeras personas a las que llamemos. Y si quieres un feedback más detallado, respóndeme y buscamos quince minutos.
Agradecemos su participación en las entrevistas con el área de Talento Humano y con el líder de la vacante. Luego de un análisis cuidadoso, le informamos que en esta oportunidad el proceso continuará con otros candidatos.
Te agradecemos haber participado en la entrevista final para el cargo de {role}. Lamentablemente, la decisión no fue a tu favor en esta ocasión; valoramos mucho tu experiencia y esperamos que puedas postular a futuros cargos en {company}.
Sé que llevas varios días esperando respuesta después de la segunda entrevista, y te pido disculpas por la demora. Hemos cerrado el proceso de {role} con otra candidatura. Me ha costado escribirte este correo porque tu entrevista fue de las mejores, pero buscábamos un perfil más sénior.
Gracias por venir a la entrevista del martes. Finalmente no seguiremos contigo en el proceso de {role}.
Tras la entrevista con la dirección, el comité ha decidido no avanzar con su candidatura a la fase final. Ha sido una decisión difícil, dado el alto nivel de los candidatos entrevistados.
Hemos revisado la videoentrevista que grabaste en la plataforma para el puesto de {role}. Después de valorarla junto con tu CV, hemos decidido no continuar con tu candidatura en este proceso.
Agradecemos tu participación en la entrevista por competencias. Con base en los resultados, tu perfil no cumple con algunos de los criterios definidos para esta posición, por lo cual no continuarás en el proceso. Como retroalimentación, te compartimos que uno de los puntos a fortalecer es la negociación con proveedores.
SUBJECT: Tu proceso con {company} || Te escribo después de hablar con Andrés, que fue quien te entrevistó el lunes. Nos ha encantado tu actitud y tu forma de trabajar en equipo, y de verdad que le hemos dado muchas vueltas; la plaza se queda con una persona que ya tenía experiencia con SAP, y eso ha pesado en la decisión. Mucho ánimo con la búsqueda, estoy segura de que encontrarás algo muy pronto.
""",
        "rej_after_test": """
Te agradecemos haber completado las pruebas técnicas para el puesto de {role}. Una vez evaluados los resultados, lamentamos comunicarte que no has alcanzado la puntuación mínima requerida para continuar en el proceso.
Gracias por participar en la dinámica de grupo del pasado viernes. Tras valorar la actividad, el equipo de selección ha decidido no contar con tu candidatura para la siguiente fase.
Usted realizó la evaluación psicométrica y la prueba de conocimientos para la vacante de {role}. Le informamos que, con base en los resultados obtenidos, no continuará en el proceso de selección. Por políticas internas, no es posible compartir los resultados detallados de las evaluaciones.
Gracias por hacer el challenge técnico. Lo revisaron dos personas del equipo y, aunque la solución funcionaba, nos faltó ver tests y una estructura más clara, así que no vamos a avanzar con tu postulación. Te dejamos algunos comentarios abajo por si te sirven para próximas entrevistas.
El assessment center ha concluido. Hemos valorado a cada participante en las cinco competencias clave y, en tu caso, no continuarás en el proceso de {role}. Te agradecemos el esfuerzo y la energía que pusiste durante toda la jornada.
Hemos recibido tu prueba de Excel avanzado. Lamentablemente, el resultado no permite que sigas avanzando en el proceso; te animamos a postularte a futuras vacantes.
Te escribimos en relación con la prueba de idiomas que realizaste para la posición de {role}. El nivel de inglés que necesitamos es C1 y el resultado indica un B2, por lo que no podremos seguir adelante con tu candidatura por ahora.
Te contamos que terminamos de revisar el caso práctico que enviaste. Fue un trabajo prolijo y se nota el esfuerzo, pero en esta ocasión seguiremos con otros postulantes cuyas propuestas se acercaban más a lo que buscaba el área.
""",
        "rej_after_silence": """
Te pedimos disculpas por haber tardado tanto en responderte. El proceso para {role} se ha alargado más de lo previsto y, finalmente, la posición se ha cubierto con otro perfil. Gracias por tu paciencia durante estos meses.
Hace algunas semanas postulaste a {role} en {company}. Queremos cerrar el ciclo contigo: el proceso ha finalizado y tu postulación no fue seleccionada. Lamentamos no haberte escrito antes.
Sabemos que ha pasado mucho tiempo desde tu entrevista y que no te hemos dado noticias, lo cual no es justo contigo. Te escribo para decirte que no vamos a continuar con tu candidatura: la dirección cambió las prioridades del área y el perfil que necesitamos ahora es otro.
Estamos revisando las candidaturas que quedaron abiertas en nuestro sistema. La tuya, para {role}, corresponde a un proceso que ya se cerró, así que la damos por finalizada. Te animamos a postularte de nuevo a cualquiera de nuestras vacantes activas.
Ofrecemos una disculpa por la demora en nuestra respuesta. Le informamos que la vacante de {role} a la que se postuló en marzo ya fue ocupada.
Disculpa el silencio de estas semanas. Tras valorar todas las candidaturas, nos hemos quedado con otra persona para {role}. No queríamos dejarte sin respuesta.
""",
        "rej_position_filled": """
Te informamos que la vacante de {role} ya ha sido cubierta. Agradecemos tu interés y te invitamos a seguir nuestras próximas publicaciones.
La oferta {role} en la que te inscribiste ha sido cerrada por la empresa porque ya ha encontrado al candidato que buscaba.
Ya hemos incorporado a una persona al puesto de {role}, así que cerramos el proceso de selección. Gracias de corazón por tu candidatura.
Le informamos que el cargo de {role} fue provisto; por tal motivo, el proceso de selección se da por terminado.
Te cuento que esta semana cerramos la búsqueda de {role}: se suma al equipo una persona que conocimos en la última ronda. Quería que lo supieras por nosotros y no por LinkedIn. Ojalá podamos coincidir en otra ocasión.
Te comunicamos que la plaza ya está ocupada y que no se admiten más candidaturas para este proceso.
Te escribimos para contarte que la búsqueda de {role} ya fue cubierta. Tu CV queda en nuestra base y, si surge algo acorde a tu perfil, te vamos a contactar.
""",
        "rej_frozen_cancelled": """
Lamentamos informarte que el proceso de selección para {role} ha sido cancelado por una reestructuración interna. Por este motivo, no continuaremos con ninguna de las candidaturas recibidas.
Por decisión de la dirección, la vacante de {role} se ha congelado de forma indefinida y hemos cerrado el proceso. Si la posición se vuelve a abrir, la publicaremos de nuevo y podrás postularte.
Le notificamos que, debido a ajustes presupuestales, la vacante de {role} ha sido cancelada. Su postulación queda sin efecto.
Te escribo con una noticia que no depende de ti: el cliente para el que buscábamos {role} ha decidido no abrir finalmente la oficina de Valencia, así que la posición desaparece. Siento mucho que hayas llegado hasta la última fase para esto.
La oferta "{role}" ha sido retirada y ya no está disponible. Tu candidatura ha sido archivada.
Te informamos que el proceso para el cargo de {role} se cerró sin contratación, ya que la jefatura decidió redefinir el perfil. Cuando se vuelva a publicar, serás bienvenido a postular nuevamente.
Tenemos que comunicarte que hemos decidido no seguir adelante con la contratación de {role} este año. Por ello damos por finalizado el proceso y cerramos todas las candidaturas, incluida la tuya.
""",
        "rej_internal": """
Finalmente, la posición de {role} se ha cubierto mediante promoción interna. Queremos agradecerte el interés y el tiempo dedicado al proceso.
Quería contarte personalmente que hemos decidido cubrir la vacante con una persona del propio equipo que ha estado asumiendo parte de estas funciones durante el último año. Tu perfil nos gustó mucho, pero no seguiremos adelante con tu candidatura.
La vacante de {role} fue ocupada por un colaborador interno de {company}, de acuerdo con nuestra política de desarrollo de talento. Por tal motivo, su proceso ha concluido.
Te informamos que la empresa ha priorizado la movilidad interna para este puesto y ya ha seleccionado a un candidato de la plantilla. Guardamos tu CV para próximas oportunidades.
Le comunicamos que el proceso para {role} finalizó con la selección de un candidato interno. Agradecemos su participación y el interés en nuestra organización.
""",
        "rej_public": """
Publicada la relación definitiva de aspirantes admitidos y excluidos en el proceso selectivo para la provisión de plazas de {role}, le comunicamos que figura usted como excluido por no haber acreditado la titulación exigida en las bases de la convocatoria. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.
Le comunicamos que, según el acta del tribunal calificador del primer ejercicio de la oposición, no ha alcanzado la puntuación mínima de 5 puntos exigida, por lo que queda eliminado del proceso selectivo.
Concluida la fase de concurso-oposición, ha obtenido una puntuación total de 12,40 puntos, que no le permite obtener plaza dentro del número de plazas convocadas, y no formará parte de la bolsa de empleo, reservada a quienes superaron todos los ejercicios.
Con relación al concurso público de ingreso para el puesto de {role}, le informamos que su resultado fue NO APROBADO en el examen de conocimientos, por lo que no continúa en las siguientes etapas del concurso.
Una vez publicados los resultados definitivos de la Verificación de Requisitos Mínimos, su estado en la convocatoria es NO ADMITIDO, dado que la experiencia profesional acreditada no cumple con lo exigido para el empleo. Conforme al acuerdo de la convocatoria, contra esta decisión no procede recurso alguno.
Le informamos que, finalizada la etapa de evaluación curricular del concurso para proveer el cargo de {role}, su postulación no alcanzó el puntaje mínimo para pasar a la etapa siguiente.
Resueltas las reclamaciones presentadas a la lista provisional, se eleva a definitiva la lista de aspirantes excluidos. Su reclamación ha sido desestimada y permanece excluido del proceso por haber presentado la solicitud fuera de plazo.
Le notificamos que en el concurso abierto para el cargo de {role} se publicó el orden de mérito definitivo: usted quedó en la posición 14 y no integra la terna elevada a la autoridad, por lo que no resultó seleccionado.
Le informamos que, una vez finalizado el proceso para la cobertura temporal de la plaza de {role}, usted no ha sido propuesto para el nombramiento, al haber obtenido una puntuación inferior a la de otros aspirantes.
""",
        "rej_agency": """
Te escribo desde el equipo de selección de Talentum Staffing sobre el puesto de {role} para nuestro cliente: tras presentarles tu candidatura, nos han comunicado que prefieren avanzar con perfiles con más experiencia en el sector industrial. Lo sentimos mucho; seguimos contando contigo para otros procesos.
Nuestro cliente ha revisado las candidaturas presentadas para {role} y ha decidido no continuar con la tuya. Como consultora, te agradecemos la confianza y mantendremos tu perfil activo en nuestra base de datos.
Le informamos que el cliente para el cual reclutamos la posición de {role} optó por otro candidato de la terna final.
Ayer tuve la llamada de feedback con la empresa después de tu entrevista y, aunque les gustó mucho tu perfil, se han decidido por otra candidata que podía incorporarse de inmediato. Ya sé que fastidia quedarse a las puertas; en cuanto tenga otro proceso que encaje contigo, te llamo.
Gracias por inscribirte en nuestra oferta de {role} (empresa cliente del sector farmacéutico). Tras la revisión de tu CV, tu perfil no ha sido seleccionado para ser presentado al cliente.
Desde la consultora queríamos avisarte que la empresa cliente decidió frenar la búsqueda de {role} y dar de baja todas las postulaciones. Lamentamos no poder seguir adelante con el proceso.
""",
        "rej_short": """
No has sido seleccionado/a para {role}. Gracias por participar.
Su candidatura no ha prosperado en esta ocasión.
Lamentablemente, no continuarás en el proceso.
SUBJECT: Actualización de tu candidatura || Hemos decidido seguir con otros candidatos para este puesto.
""",
        "ack_received": """
Hemos recibido correctamente tu candidatura para el puesto de {role}. Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.
Confirmamos la recepción de su postulación a la vacante de {role}. Su información será evaluada por el área de Capital Humano.
¡Recibimos tu postulación! Ya estás participando de la búsqueda de {role}. Podés seguir el estado de tu postulación desde tu perfil.
Su hoja de vida fue registrada exitosamente en el proceso de {role}. Código de postulación: 48213. Conserve este número para futuras consultas.
Tu candidatura se ha enviado a {company}. Te avisaremos en cuanto la empresa lea tu CV o cambie el estado de tu inscripción.
Tu postulación al cargo de {role} quedó registrada. Recuerda que puedes revisar el estado de tus postulaciones en la sección "Mis postulaciones".
Acusamos recibo de la documentación presentada para la convocatoria de {role}, con número de registro de entrada 2024/018733.
Su solicitud de participación en el proceso selectivo para {role} ha sido registrada y el abono de la tasa de examen ha sido verificado. Le recordamos que la lista de admitidos se publicará en la sede electrónica.
SUBJECT: Hemos recibido tu candidatura || ¡Gracias por querer formar parte de {company}! Ya tenemos tu candidatura para {role}. Vamos a leerla con calma, y te aseguramos que te responderemos, sea cual sea la decisión.
Te confirmamos que tu CV ha llegado bien. Lo está revisando ahora mismo el equipo de {role}; en cuanto tengan una primera valoración te escribimos.
""",
        "ack_high_volume": """
Estamos recibiendo un volumen muy elevado de candidaturas para esta posición, por lo que el proceso de revisión podría alargarse algunas semanas. Te agradecemos la paciencia.
Debido a la gran cantidad de postulaciones recibidas, el tiempo de respuesta puede ser mayor al habitual. Le aseguramos que su perfil será revisado en su totalidad.
Nos han llegado más de 800 candidaturas para {role}. Las estamos leyendo una a una (sí, de verdad), así que te pedimos un poco de paciencia. Te escribiremos antes de final de mes con novedades.
La búsqueda de {role} tuvo muchísima respuesta. Por eso vamos a tardar un poco más en revisar todos los perfiles, pero te vamos a avisar en cualquier caso.
Por el alto número de personas inscritas, no podremos responder de forma individual a las consultas sobre el estado del proceso. Las actualizaciones se publicarán en tu área privada de candidato.
Debido al alto número de aspirantes, la etapa de análisis de hojas de vida se extenderá hasta el 30 de este mes. Posteriormente informaremos a cada participante sobre el resultado.
""",
        "ack_no_news_means_no": """
Hemos recibido tu candidatura para {role}. Debido al volumen de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas. Si no recibes noticias nuestras en un plazo de 15 días, entiende que tu perfil no ha sido seleccionado en esta ocasión.
Gracias por postularse. Únicamente se contactará a los candidatos que cumplan con el perfil requerido.
Recibimos tu CV. Si en los próximos 30 días no te contactamos, significa que en esta oportunidad no avanzamos con tu perfil, pero lo vamos a tener en cuenta para futuras búsquedas.
Su postulación ha sido recibida. En caso de que su perfil sea preseleccionado, será contactado telefónicamente por el área de Talento Humano.
Tu postulación fue recibida con éxito. Solo contactaremos a quienes avancen a la etapa de entrevistas; si no tienes noticias en tres semanas, puedes considerar que el proceso siguió con otros postulantes.
Gracias por enviarnos tu CV. Lo revisaremos y, si encaja con alguna de nuestras vacantes, te llamaremos. En caso contrario, lo conservaremos durante un año en nuestra base de datos.
Hemos registrado tu interés en {company}. Ten en cuenta que no siempre podemos responder a todas las candidaturas; si tu perfil avanza, te escribiremos desde esta misma dirección.
""",
        "ack_delay": """
Queremos informarte de que el proceso de selección para {role} se está retrasando respecto a lo previsto. Esperamos poder darte una respuesta a lo largo de las próximas dos semanas.
Te pido disculpas por no haberte escrito antes. Aún estamos terminando las entrevistas con el resto de candidatos y la decisión se tomará a principios del mes que viene. Tu candidatura sigue activa.
Le informamos que la resolución del proceso para {role} se pospuso por el cierre fiscal. Usted continúa participando y le contactaremos en cuanto tengamos novedades.
Perdón por la demora. Todavía no tenemos una definición sobre la búsqueda; el gerente del área estuvo de viaje y retomamos la semana que viene. Te mantengo al tanto.
Seguimos valorando los perfiles finalistas para {role}. Sabemos que la espera se hace larga; en cuanto haya una decisión, serás de los primeros en saberlo.
Te escribimos solo para contarte que seguimos en proceso. La jefatura necesita unos días más para cerrar las evaluaciones. No tienes que hacer nada por ahora.
""",
        "ack_paused": """
El proceso de selección para {role} está temporalmente en pausa mientras se revisa el presupuesto del área. Tu candidatura sigue activa y te informaremos en cuanto se reanude.
Por motivos internos, hemos detenido momentáneamente las incorporaciones hasta el próximo trimestre. No hemos descartado ninguna candidatura; retomaremos el contacto cuando tengamos fecha.
Le informamos que la vacante de {role} se encuentra en espera de autorización. Su postulación se conserva y no es necesario que realice ningún trámite adicional.
Te cuento que la búsqueda quedó frenada unas semanas por cambios en el área. No está cancelada: apenas tengamos luz verde, retomamos con los candidatos que ya estaban en proceso, vos incluido.
""",
        "ack_documents": """
Para continuar con la revisión de tu candidatura necesitamos que nos envíes una copia de tu título universitario y tu informe de vida laboral. Puedes adjuntarlos respondiendo a este correo.
Hemos detectado que tu solicitud está incompleta: falta el CV actualizado en formato PDF. Sin este documento no podremos valorar tu candidatura.
Para continuar con su expediente, le solicitamos cargar en la plataforma su constancia de situación fiscal, CURP y comprobante de domicilio antes del viernes.
Le recordamos que aún no ha cargado los certificados laborales que soportan la experiencia registrada en su hoja de vida. Tiene plazo hasta el 15 de este mes.
¿Nos podrías mandar tu CV actualizado y tu pretensión salarial? Con eso completamos tu postulación y la pasamos al equipo.
Te pedimos completar el formulario de antecedentes y adjuntar tu certificado de título. Una vez recibido, tu postulación seguirá su curso.
""",
        "ack_reserve_list": """
Ha sido incluido en la bolsa de trabajo de {role} en la posición 23. Los llamamientos se realizarán por orden de puntuación según las necesidades del servicio.
Su candidatura ha quedado incluida en la lista de reserva del proceso. Le recordamos que la inclusión en esta lista no genera derecho a contratación.
Quedaste en la nómina de candidatos elegibles para el cargo de {role}. La autoridad resolverá el nombramiento en los próximos días y te informaremos del resultado.
Te comentamos que tu perfil ha pasado a nuestra cartera de candidatos preseleccionados para {role}. Las incorporaciones se harán de forma escalonada durante el año, según la demanda.
""",
        "ack_provisional_list": """
Se ha publicado la lista provisional de aspirantes admitidos y excluidos. Usted figura como excluido provisionalmente por no aportar el justificante de pago de la tasa. Dispone de un plazo de diez días hábiles para subsanar el defecto.
Le informamos de que se ha publicado en el tablón de anuncios la relación provisional de aprobados del segundo ejercicio. Los aspirantes disponen de tres días hábiles para presentar alegaciones.
Se publicaron los resultados preliminares de la prueba escrita. Los aspirantes podrán presentar reclamaciones a través de la plataforma dentro de los cinco días hábiles siguientes; los resultados definitivos se publicarán posteriormente.
Se ha publicado la lista preliminar de aspirantes que cumplen con los requisitos. Si su folio no aparece, podrá solicitar la revisión de su expediente dentro de los tres días hábiles siguientes.
""",
        "ack_stage_update": """
Tu CV ha sido leído por la empresa {company} en la oferta {role}.
Tu candidatura ha pasado a la fase "En proceso de selección". Te avisaremos cuando haya novedades.
¡Buenas noticias! Tu perfil pasó a la etapa de evaluación del área. En los próximos días puede que te contactemos para coordinar los siguientes pasos.
Actualización de su postulación. Etapa actual: revisión de perfil por el área solicitante. Estatus: en proceso.
Tu postulación avanzó a la etapa "Evaluación psicolaboral". La consultora a cargo se comunicará contigo más adelante para coordinar.
""",
        "inv_call": """
Nos ha gustado mucho tu perfil y nos gustaría conocerte mejor. ¿Tendrías 20 minutos esta semana para una llamada? Dime qué franja te viene mejor y te envío la invitación.
¿Te va una charla por Meet el miércoles a las 11? La idea es contarte más sobre el equipo y conocer qué estás buscando.
Le contactamos para agendar una llamada telefónica de filtro de 15 minutos. Por favor, indíquenos su disponibilidad para mañana o el jueves.
Queremos invitarle a una conversación virtual con la líder del área el próximo martes a las 3:00 p. m. (hora Colombia). Le agradecemos confirmar su asistencia.
Me encantaría tomar un café contigo (virtual o en nuestra oficina de Madrid) para hablar del puesto de {role}. ¿Cuándo te viene bien?
""",
        "inv_test": """
Has superado la primera fase. El siguiente paso es una prueba técnica online: en el enlace de abajo la encontrarás, activa durante 72 horas. La prueba dura aproximadamente 60 minutos.
Lo invitamos a realizar la evaluación psicométrica en línea. Deberá completarla antes del viernes a las 23:59 h a través del enlace que le llegará en un correo aparte.
Te invitamos a rendir la prueba de conocimientos el jueves 14 a las 10:00 en nuestras oficinas de Providencia. Trae tu cédula de identidad.
Como parte del proceso, te proponemos grabar una breve videopresentación respondiendo a tres preguntas. Tienes hasta el domingo para completarla desde el enlace de la plataforma.
Te mandamos un ejercicio práctico para que lo resuelvas con calma. Tenés cinco días para enviarlo; después lo repasamos juntos en una llamada.
""",
        "inv_dynamic": """
Te convocamos a una dinámica de grupo presencial el próximo lunes a las 9:30 en nuestra sede. La sesión durará unas dos horas. Por favor, confirma tu asistencia respondiendo a este correo.
Está invitado/a al assessment center que se realizará el 22 de este mes en nuestras instalaciones. Le pedimos presentarse 15 minutos antes con identificación oficial.
Se le cita para la realización del segundo ejercicio de la fase de oposición, que tendrá lugar el día 12 a las 10:00 horas en el Aulario Norte. Deberá acudir provisto de DNI y bolígrafo azul.
""",
        "inv_slots": """
Nos gustaría que avanzaras a la siguiente fase. Elige en el enlace el horario que mejor te encaje para reunirte con el equipo: tenemos huecos el martes y el jueves por la tarde.
Le proponemos los siguientes horarios para la reunión con el gerente: lunes 9:00 a. m., lunes 2:00 p. m. o martes 10:30 a. m. Por favor indíquenos cuál prefiere.
Quedamos muy contentos con la primera charla. ¿Podrías decirme tu disponibilidad para una segunda reunión con el director? Tengo lugar el jueves o el viernes a la mañana.
SUBJECT: Próximo paso: reunión con el equipo de {company} || Queremos presentarte al equipo con el que trabajarías. Reserva un espacio de 45 minutos en el calendario que te compartimos y recibirás la invitación automáticamente.
""",
        "off_offer": """
Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la carta oferta con las condiciones: salario bruto anual de 38.000 €, contrato indefinido y modalidad híbrida. Te agradeceríamos una respuesta antes del viernes.
¡Enhorabuena! Queremos que te unas al equipo como {role}. En breve te enviaremos la propuesta formal; mientras tanto, ¿te va bien empezar el 1 de septiembre?
Nos da mucho gusto informarle que ha sido seleccionado para ocupar la vacante de {role}. Le compartimos la propuesta económica y le pedimos confirmar su aceptación.
¡Qué alegría contarte esto! El equipo quiere que seas parte de {company}. Te adjunto la propuesta con el paquete salarial y los beneficios; si tenés dudas, lo charlamos cuando quieras.
Es grato comunicarle que usted fue seleccionado para el cargo de {role}. Adjuntamos las condiciones laborales para su revisión y firma.
Te contamos que fuiste seleccionado para el cargo de {role}. Quisiéramos que te incorporaras el lunes 3; te enviaremos el contrato para firma electrónica.
Habiendo superado el proceso selectivo, se le propone para el nombramiento como funcionario en prácticas. Deberá presentar la documentación requerida en un plazo de veinte días naturales.
Después de hablarlo con el equipo, la plaza es tuya si la quieres. Te he enviado el contrato para firma digital con todo lo que hablamos.
""",
        "oth_alert": """
Nuevas ofertas que coinciden con tu búsqueda "{role}": 12 empleos publicados en las últimas 24 horas.
Hay 5 vacantes nuevas de {role} cerca de ti. Postúlate antes de que se cierren.
Empresas como {company} están buscando perfiles como el tuyo. Revisa las ofertas recomendadas de esta semana.
Alerta de empleo: {role} · Madrid · Híbrido. 3 ofertas nuevas desde tu última visita.
""",
        "oth_newsletter": """
Este mes en {company}: abrimos oficina en Bogotá, lanzamos nuestro programa de mentoring y te contamos cómo es un día en el equipo de datos.
Boletín de empleo: consejos para preparar tu próxima entrevista, cómo negociar el salario y las empresas que más contratan este trimestre.
Nueva edición de nuestra newsletter para candidatos: webinar el jueves sobre carreras en tecnología y testimonios de nuestro equipo.
""",
        "oth_cold": """
Soy consultora en Alta Selección Partners y estoy trabajando en un proceso confidencial para una empresa líder del sector logístico. Por tu experiencia, creo que podrías encajar en un puesto de {role}. ¿Te interesaría que lo habláramos?
Vi su perfil en LinkedIn y me pareció muy interesante para una posición que estoy cubriendo. ¿Le gustaría que le compartiera más detalles?
Te escribo desde Búsquedas Pampa. Tenemos una posición de {role} remota para una fintech y tu perfil me llamó la atención. Si te interesa, pasame tu CV actualizado.
Estamos ampliando nuestra red de profesionales de {role}. Si te interesa recibir oportunidades afines, regístrate en nuestro portal.
""",
        "oth_survey": """
¿Cómo ha sido tu experiencia como candidato en {company}? Nos ayudaría mucho que respondieras esta encuesta de dos minutos. Es anónima.
Queremos conocer su opinión sobre nuestro proceso de selección. Le invitamos a diligenciar la siguiente encuesta.
Tu opinión nos ayuda a mejorar. Contanos en cinco preguntas cómo fue tu experiencia postulándote.
""",
        "oth_withdrawal": """
Confirmamos que has retirado tu candidatura al puesto de {role}. Si cambias de opinión, puedes volver a inscribirte mientras la oferta siga abierta.
Gracias por avisarnos de que has aceptado otra propuesta. Lo entendemos perfectamente y te deseamos lo mejor; hemos cerrado tu candidatura a petición tuya.
Lamentamos que haya decidido declinar nuestra oferta. Hemos registrado su decisión y cerrado el proceso. Le deseamos mucho éxito.
""",
    },
    "pt": {
        "rej_cv_screen": """
Agradecemos seu interesse em fazer parte do time {company}. Após uma análise cuidadosa do seu perfil para a vaga de {role}, decidimos seguir com outros candidatos cujo perfil está mais aderente aos requisitos neste momento. Seu currículo continuará em nosso banco de talentos.
Infelizmente, seu perfil não foi selecionado para a próxima etapa do processo seletivo para {role}. Sabemos o quanto esse momento gera expectativa e queremos te agradecer pela dedicação.
Após análise da sua candidatura à função de {role}, lamentamos informar que não foi selecionado(a) para a fase seguinte do processo de recrutamento.
Comunicamos que, após a etapa de triagem curricular, sua candidatura não avançará no processo seletivo para {role}.
Sua candidatura para {role} não seguirá no processo. Obrigado pelo interesse.
Foi muito legal conhecer sua trajetória, dá pra ver que você tem uma bagagem bacana em atendimento e que se dedicou bastante aos estudos. Dessa vez, porém, a vaga de {role} pede vivência com operação logística, e por isso não vamos seguir com a sua candidatura. A gente publica vagas novas toda semana, então fica de olho!
Agradecemos o interesse demonstrado na {company}. Informamos que, nesta fase, o seu perfil não corresponde integralmente aos requisitos da função, pelo que não daremos seguimento à sua candidatura.
Status da sua candidatura para {role}: Encerrada, perfil não selecionado. Confira outras vagas abertas na nossa página de carreiras.
Analisamos seu currículo e as respostas do questionário inicial. Como a vaga exige inglês fluente e disponibilidade para viagens, não vamos conseguir avançar com você neste processo.
Recebemos um número muito elevado de candidaturas e, após uma análise detalhada, optámos por avançar com candidatos cujo perfil se adequa melhor às necessidades atuais da equipa.
Passando para te dar um retorno sobre a vaga de {role}: depois de analisar todos os perfis, o time optou por outros candidatos. Não é um "não" pra sempre, tá? Seus dados seguem salvos para próximas oportunidades.
Informamos ao senhor que sua candidatura à vaga de {role} não foi aprovada na etapa de análise curricular. Agradecemos a confiança depositada em nossa empresa.
""",
        "rej_after_interview": """
Queremos agradecer pela sua participação na entrevista com nosso time. Foi muito bom conhecer você! Após avaliarmos todos os candidatos, decidimos seguir com outro perfil para a posição de {role}.
Agradecemos a disponibilidade para a entrevista realizada na passada semana. Após ponderação, informamos que não iremos prosseguir com a sua candidatura.
Primeiro, obrigado pelo papo de terça! A gestora saiu da conversa superbem impressionada com seus exemplos de projetos, e isso vai ficar registrado no seu perfil aqui. Depois de muita discussão, a decisão final foi por uma pessoa com mais experiência em liderança, então não vamos seguir com você para a vaga de {role} agora. Se quiser um feedback mais detalhado, é só responder este e-mail que eu marco quinze minutinhos com você.
Após a etapa de entrevistas, comunicamos que o(a) senhor(a) não foi selecionado(a) para a vaga. Agradecemos o tempo dedicado ao processo.
Gostaríamos de agradecer o tempo dispensado na entrevista final. Tratou-se de uma decisão difícil, dado o nível dos candidatos, mas a escolha recaiu sobre outro candidato.
Sei que você estava esperando um retorno desde a entrevista com o diretor. A vaga fechou com outra pessoa. Fiquei chateada em te dar essa notícia porque estava torcendo por você.
Avaliamos a entrevista em vídeo que você gravou na plataforma. Desta vez, seu perfil não avançará para a etapa seguinte.
Obrigado pela entrevista. Não seguiremos com sua candidatura.
Na sequência da entrevista técnica, a equipa concluiu que, nesta fase, o seu perfil não corresponde ao nível de senioridade procurado. Agradecemos o interesse e desejamos-lhe sucesso.
Sua entrevista por competências foi avaliada. Infelizmente você não atingiu os critérios definidos para essa posição e, portanto, seu processo está encerrado. Como ponto de desenvolvimento, sugerimos aprofundar conhecimentos em SQL.
Depois da entrevista com o RH e da conversa com a gestão, a decisão foi não avançar com seu perfil. Agradecemos muito por ter compartilhado suas experiências com a gente.
SUBJECT: Retorno sobre o processo na {company} || Obrigada mais uma vez por ter vindo até o escritório na quinta. Seu case foi um dos mais bem estruturados que vimos e a conversa fluiu superbem; mesmo assim, fechamos a vaga com uma candidata que já atuava no setor de seguros, o que pesou muito. Vou manter seu contato comigo para as próximas aberturas.
""",
        "rej_after_test": """
Agradecemos a realização dos testes online. Após análise dos resultados, informamos que você não atingiu a pontuação mínima necessária para seguir no processo.
Obrigado por participar da dinâmica de grupo. Após avaliação do comitê, você não foi selecionado(a) para a próxima fase.
Na sequência das provas de conhecimentos e da avaliação psicológica, informamos que a sua candidatura não reúne as condições para avançar no processo.
Recebemos o desafio técnico que você enviou e o time revisou com carinho. O código funcionava, mas sentimos falta de testes e de uma organização mais clara, então não vamos seguir com sua candidatura. Deixamos alguns comentários abaixo que podem te ajudar.
O teste de perfil comportamental não apresentou a aderência esperada para a vaga de {role}. Por isso, sua candidatura foi encerrada nesta etapa.
Agradecemos a sua participação no assessment center. Infelizmente, não foi selecionado(a) para a etapa seguinte.
Sua redação para o Programa de Estágio foi avaliada e, infelizmente, não avançou para a próxima etapa. Esperamos te ver nas próximas edições!
Seu resultado no teste de inglês ficou abaixo do nível exigido para a vaga de {role}. Por isso não conseguiremos seguir com você neste processo.
""",
        "rej_after_silence": """
Pedimos desculpas pela demora no retorno. O processo para {role} se estendeu mais do que esperávamos e, no fim, a vaga foi preenchida por outro candidato.
Há algumas semanas candidatou-se à função de {role}. Lamentamos a demora na resposta: o processo foi concluído e a sua candidatura não foi selecionada.
Sabemos que ficamos um tempão sem dar notícias, e isso não é legal. Queremos fechar o ciclo com você: não vamos seguir com sua candidatura para {role}.
Estamos revisando candidaturas antigas em nossa plataforma. O processo para {role}, ao qual você se candidatou, já foi encerrado; por isso sua candidatura foi finalizada.
Lamentamos o atraso em nossa resposta. Informamos que a vaga de {role} à qual o senhor se candidatou em março já foi ocupada.
Desculpe o silêncio destas últimas semanas. Depois de avaliar todas as candidaturas, escolhemos outra pessoa para {role}. Não queríamos deixá-lo sem resposta.
""",
        "rej_position_filled": """
Informamos que a vaga de {role} já foi preenchida. Agradecemos seu interesse.
A vaga {role} foi encerrada pela empresa. Mas não desanime: temos outras vagas que combinam com você.
Informamos que a vaga para {role} já foi preenchida, pelo que o processo de recrutamento se encontra concluído.
Passando para contar que fechamos a vaga de {role} esta semana: quem entra é uma pessoa que conhecemos na última rodada. Preferi te avisar direto. Tomara que a gente se cruze de novo.
O processo seletivo para esta vaga foi concluído com a contratação de outro profissional.
A posição a que se candidatou foi entretanto ocupada. Não aceitaremos mais candidaturas para esta oferta.
A vaga já foi preenchida, mas seu currículo ficou no nosso banco de talentos e poderá ser considerado em futuras oportunidades.
""",
        "rej_frozen_cancelled": """
Lamentamos informar que o processo seletivo para {role} foi cancelado devido a uma reestruturação interna. Por isso, não daremos continuidade a nenhuma das candidaturas.
A vaga de {role} foi congelada por tempo indeterminado e o processo, encerrado. Caso ela seja reaberta, publicaremos novamente.
Por decisão da administração, o recrutamento para a função de {role} foi suspenso e todas as candidaturas foram arquivadas.
Tenho uma notícia que não tem nada a ver com você: o cliente desistiu de abrir a filial em Recife, e a vaga deixou de existir. Sinto muito que você tenha chegado até a etapa final para isso.
Esta vaga foi despublicada e não está mais disponível. Sua candidatura foi arquivada.
Informamos que a empresa decidiu não avançar com a contratação para {role} este ano. Assim, encerramos o processo e todas as candidaturas.
Por questões orçamentárias, a vaga de {role} foi cancelada. Sua candidatura fica sem efeito, mas você pode se candidatar a outras posições.
""",
        "rej_internal": """
A vaga de {role} foi preenchida por meio de recrutamento interno. Agradecemos muito seu interesse e o tempo dedicado.
Quis te contar pessoalmente: decidimos promover alguém do próprio time que já vinha assumindo essas responsabilidades. Gostamos muito de você, mas não vamos seguir com a sua candidatura.
Informamos que a posição foi preenchida por um colaborador interno, no âmbito da nossa política de mobilidade interna. O seu processo fica assim concluído.
A empresa priorizou a movimentação interna para esta posição e já selecionou um colaborador do quadro. Seu currículo fica em nosso banco.
O processo para {role} foi finalizado com a escolha de um candidato interno. Obrigado por participar.
""",
        "rej_public": """
Informamos que, conforme o resultado final da prova objetiva do concurso público para o cargo de {role}, o(a) candidato(a) foi considerado(a) ELIMINADO(A) por não atingir a nota mínima exigida no edital.
Após a análise dos recursos, foi mantido o INDEFERIMENTO da sua inscrição no concurso público, por não apresentação do comprovante de pagamento da taxa dentro do prazo.
Foi publicado o resultado final do processo seletivo simplificado. O(a) candidato(a) obteve a 87ª colocação, fora do número de vagas e do cadastro reserva previsto no edital, e portanto não foi classificado(a).
Nos termos da lista unitária de ordenação final, homologada, informa-se que V. Exa. foi excluído(a) do procedimento concursal por ter obtido classificação inferior a 9,5 valores no método de seleção Prova de Conhecimentos.
Decorrido o prazo de audiência dos interessados sem que tenham sido apresentadas alegações, torna-se definitiva a exclusão de V. Exa. do procedimento concursal, por não reunir o requisito habilitacional exigido no aviso de abertura.
Seu recurso foi julgado improcedente e o resultado de NÃO APROVADO na prova discursiva foi mantido. Não cabem novos recursos nesta fase.
Informamos que o(a) candidato(a) foi reprovado(a) no teste de aptidão física e está eliminado(a) do concurso.
Concluído o concurso para {role}, informamos que a sua candidatura ficou classificada em 23.º lugar, não tendo obtido colocação, uma vez que foram preenchidos os três postos de trabalho existentes e não há lugar a reserva de recrutamento.
Informamos que o(a) senhor(a) foi considerado(a) INAPTO(A) na avaliação médica, etapa de caráter eliminatório do concurso.
""",
        "rej_agency": """
Sou da Ponte Talentos Consultoria e estou acompanhando a vaga de {role} do nosso cliente. Depois de apresentarmos seu perfil, o cliente decidiu seguir com candidatos com mais experiência em indústria. Sinto muito; sigo contando com você para próximas vagas.
Nosso cliente avaliou os perfis apresentados para {role} e optou por não seguir com sua candidatura. Seu currículo segue ativo na nossa base.
Informamos que o nosso cliente optou por outro candidato da shortlist final. Agradecemos a sua disponibilidade ao longo do processo.
Ontem tive a devolutiva da empresa depois da sua entrevista. Eles gostaram muito de você, mas escolheram uma pessoa que podia começar imediatamente. Sei que é chato bater na trave; assim que eu tiver outra vaga com a sua cara, te ligo.
Agradecemos a sua candidatura ao anúncio de {role} (empresa cliente do setor farmacêutico). Após análise do seu CV, o seu perfil não foi selecionado para apresentação ao cliente.
A empresa cliente decidiu pausar o recrutamento de {role} e encerrou todas as candidaturas. Lamentamos não poder seguir com o processo.
""",
        "rej_short": """
Você não foi selecionado(a) para {role}. Obrigado por participar.
A sua candidatura não foi selecionada.
Infelizmente, você não segue no processo.
SUBJECT: Atualização da sua candidatura || Optamos por seguir com outros candidatos para esta vaga.
""",
        "ack_received": """
Recebemos sua candidatura para a vaga de {role}! Agora é com a gente: nosso time vai analisar seu perfil e você pode acompanhar cada etapa pela plataforma.
Confirmamos a receção da sua candidatura à função de {role}. A mesma será analisada pela nossa equipa de recrutamento.
Sua candidatura foi enviada com sucesso para a vaga {role}. Código da candidatura: 77310.
Obrigado por se candidatar! Seu currículo foi cadastrado e será avaliado pela área de Recursos Humanos.
Acusamos a receção da sua candidatura ao procedimento concursal, registada com o n.º 1542/2024.
Sua inscrição no concurso público para o cargo de {role} foi confirmada. O cartão de confirmação estará disponível no site da banca em data oportuna.
Prontinho! Você já está participando do processo seletivo de {role}. Fique de olho no seu e-mail e no app.
Obrigado pelo seu interesse. Recebemos o seu CV e vamos analisá-lo com atenção.
Acusamos o recebimento do currículo do senhor para a posição de {role}. Retornaremos assim que houver novidades.
SUBJECT: Recebemos sua candidatura || Que bom ter você por aqui! Sua candidatura para {role} chegou certinho. A gente vai ler com calma e prometemos te responder, seja qual for o resultado.
""",
        "ack_high_volume": """
Recebemos um grande volume de candidaturas para esta vaga, por isso o processo de análise pode levar algumas semanas.
Devido ao elevado número de candidaturas, o processo de análise poderá prolongar-se. Agradecemos a sua compreensão.
Já passamos de mil candidaturas para {role}! Estamos lendo uma por uma, então pedimos um pouquinho de paciência. Até o fim do mês você recebe novidades.
Por causa do alto número de inscritos, não conseguiremos responder individualmente às perguntas sobre o andamento. As atualizações aparecem na sua área do candidato.
Dado o volume de candidaturas recebidas, a fase de triagem curricular decorrerá até ao final do mês.
A procura pela vaga foi enorme e vamos levar mais tempo para revisar tudo, mas você vai receber um retorno de qualquer forma.
""",
        "ack_no_news_means_no": """
Recebemos sua candidatura. Devido ao volume, entraremos em contato apenas com os candidatos selecionados para a próxima etapa. Caso não receba retorno em 15 dias, considere que seu perfil não foi selecionado desta vez.
Obrigado pela sua candidatura. Apenas os candidatos pré-selecionados serão contactados.
Recebemos seu currículo. Se em 30 dias você não tiver notícias nossas, significa que não avançamos com seu perfil nesta oportunidade, mas ele ficará em nosso banco de talentos.
Sua candidatura foi recebida. Caso seu perfil seja pré-selecionado, nossa equipe entrará em contato por telefone ou WhatsApp.
A sua candidatura foi recebida. Se não for contactado(a) no prazo de três semanas, deverá considerar que a mesma não foi selecionada.
Obrigado por nos enviar seu currículo. Se tiver aderência a alguma vaga, ligamos para você; se não, ele fica guardado por um ano.
Registramos seu interesse na {company}. Nem sempre conseguimos responder a todas as candidaturas; se seu perfil avançar, escreveremos deste mesmo endereço.
""",
        "ack_delay": """
Queremos avisar que o processo de {role} está atrasado em relação ao cronograma inicial. Esperamos dar um retorno nas próximas duas semanas.
Pedimos desculpa por ainda não termos dado resposta. Estamos a concluir as entrevistas com os restantes candidatos e a decisão será tomada no início do próximo mês. A sua candidatura continua ativa.
Desculpa a demora! Ainda não temos definição: o gestor estava de férias e retomamos semana que vem. Te mantenho informado.
Informamos que a conclusão do processo seletivo para {role} foi adiada em razão do fechamento do trimestre. O senhor continua participando e entraremos em contato assim que houver novidades.
Continuamos a avaliar os candidatos finalistas. Sabemos que a espera é longa; assim que houver decisão, será dos primeiros a saber.
Só passando pra dizer que o processo continua! A área precisa de mais alguns dias para fechar as avaliações. Por enquanto, você não precisa fazer nada.
""",
        "ack_paused": """
O processo seletivo para {role} está temporariamente pausado enquanto revisamos o orçamento da área. Sua candidatura continua ativa e avisaremos quando retomarmos.
Por razões internas, suspendemos temporariamente as contratações até ao próximo trimestre. Nenhuma candidatura foi excluída; retomaremos o contacto quando houver datas.
A vaga está aguardando aprovação da diretoria. Sua candidatura fica mantida e não é necessária nenhuma ação da sua parte.
A vaga deu uma travadinha por causa de mudanças na área. Não foi cancelada: assim que tivermos sinal verde, retomamos com quem já estava no processo, incluindo você.
""",
        "ack_documents": """
Para darmos continuidade, precisamos que você envie cópia do diploma e da carteira de trabalho digital. Pode responder este e-mail com os anexos.
Verificámos que a sua candidatura está incompleta: falta o certificado de habilitações. Sem este documento não poderemos avaliar a sua candidatura.
Lembramos que ainda falta anexar na plataforma o comprovante de escolaridade e o comprovante de residência. Prazo: até sexta-feira.
Os candidatos habilitados para a avaliação de títulos devem enviar a documentação até o dia 20, exclusivamente pelo sistema da banca organizadora.
Consegue me mandar seu currículo atualizado e sua pretensão salarial? Com isso completo sua candidatura e passo pro time.
Solicitamos que preencha o formulário de dados pessoais e anexe o seu registo criminal. Após a receção, a sua candidatura seguirá os trâmites normais.
""",
        "ack_reserve_list": """
Informamos que você foi classificado(a) no cadastro reserva do processo seletivo para {role}, na posição 12. As convocações ocorrerão conforme a necessidade da empresa, durante a validade do processo.
A sua candidatura integra a reserva de recrutamento constituída para esta função. A integração na reserva não confere direito a contratação.
Seu perfil foi incluído no nosso banco de candidatos aprovados para {role}. As contratações serão feitas de forma escalonada ao longo do ano.
Você está na lista de espera para a próxima turma do programa de estágio. Avisaremos se surgir uma vaga.
""",
        "ack_provisional_list": """
Foi publicada a lista provisória de candidatos admitidos e excluídos. V. Exa. consta como excluído(a) por falta de comprovativo de habilitações. Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
Foi divulgado o resultado preliminar da prova objetiva. O prazo para interposição de recursos é de dois dias úteis, a partir das 10h de amanhã.
Sua inscrição consta como não homologada na relação preliminar. Caso discorde, poderá interpor recurso no período informado no edital; a relação definitiva será publicada após a análise dos recursos.
Encontra-se publicada a lista provisória de classificação da prova de conhecimentos. Os candidatos podem consultar a sua prova e apresentar reclamação no prazo de 10 dias úteis.
""",
        "ack_stage_update": """
Sua candidatura avançou! Agora você está na etapa "Análise do RH". Acompanhe tudo pela plataforma.
A sua candidatura encontra-se em análise pela equipa de recrutamento.
Boa notícia: seu currículo foi visualizado pela empresa {company}.
Atualização do processo para {role}. Etapa atual: avaliação do gestor. Status: em andamento.
Seu perfil passou para a etapa de testes. Em breve você receberá as instruções por e-mail.
""",
        "inv_call": """
Gostamos muito do seu perfil e queremos te conhecer melhor! Você teria 20 minutinhos essa semana para um bate-papo? Me diz o melhor horário que eu te mando o convite.
Gostaríamos de agendar uma breve conversa telefónica consigo. Poderia indicar-nos a sua disponibilidade para amanhã ou quinta-feira?
Te chamo no Meet na quarta às 11h? A ideia é te contar mais sobre o time e entender o que você procura.
Convidamos o senhor para uma conversa on-line com a gerente da área, na próxima terça às 15h. Solicitamos a gentileza de confirmar presença.
Adoraria tomar um café consigo, no nosso escritório em Lisboa ou por videochamada, para falarmos da função de {role}. Quando lhe dá jeito?
""",
        "inv_test": """
Você passou para a próxima etapa! Agora é hora do teste online: o link fica ativo por 72 horas e a duração é de cerca de 60 minutos.
Convidamos você a realizar o teste de perfil comportamental. Ele leva cerca de 15 minutos; faça até sexta-feira às 23h59.
Convidamo-lo a realizar a prova de conhecimentos no dia 14, às 10h00, nas nossas instalações do Porto. Traga o seu Cartão de Cidadão.
Como parte do processo, pedimos que você grave um vídeo curto respondendo a três perguntas. Você tem até domingo para enviar pelo link da plataforma.
Te mandei um case pra resolver com calma. Você tem cinco dias pra enviar e depois a gente conversa sobre ele numa call.
""",
        "inv_dynamic": """
Você está convidado(a) para a dinâmica de grupo presencial na segunda-feira às 9h30, na nossa sede. Duração aproximada de duas horas. Confirme sua presença respondendo este e-mail.
Fica o(a) candidato(a) convocado(a) para a prova prática, a realizar-se no dia 12, às 8h, conforme edital de convocação. Comparecer com 1 hora de antecedência, portando documento oficial com foto.
Está convocado(a) para a entrevista profissional de seleção, que terá lugar no dia 5, às 14h30, na sala 2.04. A falta de comparência equivale a desistência.
""",
        "inv_slots": """
Queremos que você siga para a próxima fase! Escolha no link o horário que preferir para conversar com o time: temos opções na terça e na quinta à tarde.
Propomos os seguintes horários para a reunião com o diretor: segunda às 9h, segunda às 14h ou terça às 10h30. Qual prefere?
Curtimos muito o primeiro papo! Me passa sua disponibilidade pra uma segunda conversa com o diretor? Tenho quinta ou sexta de manhã.
SUBJECT: Próximo passo: conhecer o time da {company} || Queremos te apresentar ao time com quem você vai trabalhar. Reserve 45 minutos na agenda que compartilhamos e o convite chega automaticamente.
""",
        "off_offer": """
Temos o prazer de te oferecer a posição de {role} na {company}! Segue em anexo a carta-proposta com salário, benefícios e data de início. Pedimos seu retorno até sexta.
Parabéns! Você foi aprovado(a) no processo seletivo para {role}. Vamos te enviar a proposta formal; enquanto isso, consegue começar no dia 1º?
Temos o gosto de lhe apresentar uma proposta para integrar a nossa equipa como {role}: contrato sem termo, vencimento base de 1.850 € x 14 meses e regime híbrido.
Que alegria te contar isso: o time quer você aqui! Mandei a proposta com o pacote de remuneração; se tiver dúvidas, a gente conversa.
Convocamos o(a) candidato(a) aprovado(a) para nomeação no cargo de {role}. Apresente a documentação exigida para a posse no prazo de 30 dias.
Depois de falarmos com a equipa, o lugar é seu, se o quiser. Envio-lhe o contrato para assinatura digital com tudo o que combinámos.
Você foi selecionado(a) para a vaga! Para seguir com a admissão, envie os documentos listados abaixo e agende o exame admissional.
SUBJECT: Boas notícias da {company} || Ficamos muito felizes em comunicar que você foi escolhido(a) para a vaga de {role}. Salário de R$ 8.500, vale-refeição, plano de saúde e trabalho híbrido. Podemos contar com você?
""",
        "oth_alert": """
Novas vagas para "{role}" na sua região: 14 oportunidades publicadas nas últimas 24 horas.
Há 6 novas ofertas de emprego que correspondem ao seu perfil. Candidate-se antes que fechem.
Empresas como a {company} estão contratando perfis como o seu. Confira as vagas recomendadas da semana.
Alerta de vagas: {role} · São Paulo · Remoto. 3 novas vagas desde sua última visita.
""",
        "oth_newsletter": """
Neste mês na {company}: inauguramos escritório em Curitiba, lançamos o programa de mentoria e contamos como é o dia a dia do time de dados.
Newsletter de carreira: dicas para preparar a entrevista, como negociar salário e os setores que mais contratam este trimestre.
Nova edição da nossa newsletter para candidatos: webinar na quinta sobre carreira em tecnologia e depoimentos do nosso time.
""",
        "oth_cold": """
Sou headhunter na Vértice Executive Search e estou conduzindo um processo confidencial para uma empresa líder do varejo. Pelo seu histórico, acredito que você tenha fit com uma posição de {role}. Topa conversar?
Vi o seu perfil no LinkedIn e pareceu-me muito interessante para uma posição que estou a recrutar. Gostaria de receber mais detalhes?
Tenho uma vaga de {role} 100% remota para uma fintech e seu perfil chamou minha atenção. Se fizer sentido, me manda seu CV atualizado?
Estamos ampliando nossa rede de profissionais de {role}. Cadastre-se no nosso portal para receber oportunidades.
""",
        "oth_survey": """
Como foi sua experiência como candidato(a) na {company}? Responda nossa pesquisa de 2 minutos. É anônima.
Gostaríamos de conhecer a sua opinião sobre o nosso processo de recrutamento. Responda ao breve questionário.
Sua opinião ajuda a gente a melhorar! Conta em cinco perguntas como foi se candidatar aqui.
""",
        "oth_withdrawal": """
Confirmamos que você retirou sua candidatura à vaga de {role}. Se mudar de ideia, pode se candidatar de novo enquanto a vaga estiver aberta.
Obrigado por nos informar que aceitou outra proposta. Compreendemos perfeitamente; encerrámos a sua candidatura a seu pedido.
Sentimos muito que você tenha decidido recusar nossa proposta. Registramos sua decisão e encerramos o processo. Sucesso!
""",
    },
    "en": {
        "rej_cv_screen": """
We have reviewed your application for the {role} position carefully. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the role.
Unfortunately, your application for {role} has not been successful at this stage.
It was genuinely interesting to read about your background, especially the work you did on logistics dashboards. For this opening, though, the team needs someone with hands-on experience in regulated markets, so we won't be taking your application further. We post new roles regularly and would be glad to see your name again.
Your application status for {role} has changed to: Not selected. You can browse other open roles on our careers site.
""",
        "rej_after_interview": """
Thank you for taking the time to meet with the team last week. We enjoyed the conversation, but after careful consideration we have decided to proceed with another candidate for the {role} role.
I know you have been waiting to hear back since your second interview, and I'm sorry it took this long. We have offered the position to someone else, whose background in people management tipped the balance.
Following your final interview, the panel has decided not to progress your application. It was a close decision and we were impressed by your preparation.
Thanks for the chat on Thursday. We've decided not to move forward, but I'd be happy to share some feedback if that would help.
""",
        "rej_after_test": """
Thank you for completing the online assessment. Having reviewed the results, we regret that you did not reach the threshold required to progress to the next stage.
""",
        "rej_position_filled": """
We wanted to let you know that the {role} vacancy has now been filled. Thank you for your interest in {company}.
""",
        "rej_frozen_cancelled": """
Due to a change in business priorities, the {role} position has been withdrawn and the recruitment process closed. We are sorry for any inconvenience this may cause.
""",
        "rej_agency": """
I've had feedback from my client following the submission of your CV for the {role} role, and unfortunately they have chosen to interview candidates with more sector experience. I'll keep you in mind for similar briefs.
""",
        "ack_received": """
We have received your application for {role}. Our recruitment team will review it and get back to you as soon as possible.
Thanks for applying! Your application has been submitted successfully and you can track its status in your candidate account.
""",
        "ack_no_news_means_no": """
Due to the high volume of applications, we are only able to contact shortlisted candidates. If you have not heard from us within three weeks, please assume that your application has not been successful on this occasion.
Your application has been received. Only candidates selected for interview will be contacted.
""",
        "ack_delay": """
We are sorry for the delay in getting back to you. The hiring process for {role} is taking longer than expected, and we hope to have an update within the next two weeks.
Just a quick note to say we haven't forgotten you: the hiring manager is still reviewing the shortlist and your application remains under consideration.
""",
        "ack_documents": """
To complete your application, please upload a copy of your degree certificate and proof of right to work via the candidate portal by Friday.
""",
        "ack_paused": """
The {role} position is currently on hold while we finalise next year's budget. Your application remains active and we will be in touch once the process resumes.
""",
        "inv_call": """
We'd love to learn more about you. Would you be free for a 30-minute video call with the hiring manager next week? Please use the link below to pick a time that suits you.
Do you have 20 minutes on Wednesday or Thursday for a quick phone conversation about the {role} opening?
""",
        "inv_test": """
You have been invited to complete a technical assessment for {role}. The link will remain active for five days and the test takes around 90 minutes.
""",
        "off_offer": """
I'm delighted to offer you the position of {role} at {company}. Please find attached your offer letter, including salary, benefits and proposed start date. We would be grateful for your response by Friday.
Great news: the team would love you to join us! I'll send the contract over today for e-signature; let me know if anything in the package needs discussing.
""",
        "oth_alert": """
New jobs matching your alert "{role}": 9 new roles posted in the last 24 hours.
""",
        "oth_cold": """
I'm a consultant at Northgate Talent Partners and I'm working on a confidential search for a {role} with a growing scale-up. Your profile looks like a strong fit; would you be open to a brief chat?
""",
        "oth_withdrawal": """
We confirm that your application for {role} has been withdrawn at your request. Best of luck with your next step.
""",
    },
    "de": {
        "rej_cv_screen": """
Wir haben Ihre Bewerbungsunterlagen für die Position {role} sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil besser zu den Anforderungen passt.
Nach eingehender Prüfung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.
Dein Profil hat uns wirklich neugierig gemacht, vor allem deine Projekte im Bereich Datenvisualisierung. Für diese Stelle suchen wir aber jemanden mit mehr Erfahrung in der Lagerlogistik, deshalb können wir deine Bewerbung nicht weiterverfolgen. Schau gern regelmäßig auf unserer Karriereseite vorbei.
Der Status Ihrer Bewerbung für {role} hat sich geändert: Absage. Weitere offene Stellen finden Sie in unserem Karriereportal.
""",
        "rej_after_interview": """
Vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich genommen haben. Nach reiflicher Überlegung haben wir uns jedoch für eine andere Kandidatin entschieden.
Nach den Vorstellungsgesprächen haben wir uns entschieden, den Prozess mit einem anderen Bewerber fortzusetzen. Diese Entscheidung ist uns nicht leichtgefallen.
Ich weiß, dass du seit dem zweiten Gespräch auf eine Rückmeldung wartest, und es tut mir leid, dass es so lange gedauert hat. Wir haben die Stelle inzwischen anderweitig besetzt.
Danke, dass Sie beim Assessment-Center dabei waren. Leider können wir Ihnen keine positive Nachricht geben: Sie sind für die nächste Runde nicht vorgesehen.
""",
        "rej_after_test": """
Vielen Dank für die Bearbeitung des Online-Tests. Leider haben Sie die erforderliche Mindestpunktzahl nicht erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.
""",
        "rej_position_filled": """
Wir möchten Sie darüber informieren, dass die Stelle {role} inzwischen besetzt wurde. Vielen Dank für Ihr Interesse an {company}.
""",
        "rej_frozen_cancelled": """
Aufgrund interner Umstrukturierungen wird die ausgeschriebene Position {role} nicht besetzt. Das Auswahlverfahren ist damit beendet.
""",
        "rej_agency": """
Unser Kunde hat sich Ihr Profil für die Position {role} angesehen und sich leider für andere Kandidaten entschieden. Gern stellen wir Sie bei passenden Projekten erneut vor.
""",
        "ack_received": """
Ihre Bewerbung für die Position {role} ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns so bald wie möglich bei Ihnen.
Danke für deine Bewerbung! Du kannst den Status jederzeit in deinem Bewerberkonto einsehen.
""",
        "ack_no_news_means_no": """
Aufgrund der hohen Zahl an Bewerbungen melden wir uns nur bei Kandidaten, die in die engere Auswahl kommen. Sollten Sie innerhalb von drei Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich.
Vielen Dank für Ihre Bewerbung. Wir werden uns melden, falls Ihr Profil zu unseren Anforderungen passt.
""",
        "ack_delay": """
Leider verzögert sich das Auswahlverfahren für die Position {role}. Wir rechnen damit, Ihnen innerhalb der nächsten zwei Wochen eine Rückmeldung geben zu können.
Kurzes Update: Die Fachabteilung sichtet noch die Unterlagen. Deine Bewerbung ist weiterhin im Prozess.
""",
        "ack_documents": """
Um Ihre Bewerbung vollständig bearbeiten zu können, benötigen wir noch Ihr letztes Arbeitszeugnis. Bitte laden Sie es bis Freitag im Bewerberportal hoch.
""",
        "ack_paused": """
Das Besetzungsverfahren für {role} ist vorübergehend pausiert. Ihre Bewerbung bleibt selbstverständlich im Verfahren; wir melden uns, sobald es weitergeht.
""",
        "inv_call": """
Ihr Profil hat uns überzeugt. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat von etwa 30 Minuten? Bitte wählen Sie über den Link einen passenden Termin.
Lust auf ein erstes Kennenlernen per Video? Sag mir einfach, wann es dir am Dienstag oder Mittwoch passt.
""",
        "inv_test": """
Als nächsten Schritt laden wir Sie zu einer Online-Fallstudie ein. Der Link ist sieben Tage gültig; die Bearbeitung dauert etwa zwei Stunden.
""",
        "off_offer": """
Wir freuen uns, Ihnen die Position {role} bei {company} anbieten zu können. Den Vertragsentwurf mit Gehalt und Startdatum finden Sie im Anhang. Wir bitten um Ihre Rückmeldung bis Freitag.
Gute Nachrichten: Das Team möchte dich unbedingt an Bord haben! Den Vertrag schicke ich dir heute zur digitalen Unterschrift.
""",
        "oth_alert": """
Neue Jobs für Ihren Suchauftrag "{role}": 7 neue Stellenanzeigen seit gestern.
""",
        "oth_cold": """
Ich bin Personalberaterin bei Rheinblick Personal und suche derzeit vertraulich eine Person als {role} für einen Mittelständler im Raum Köln. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem kurzen Austausch?
""",
        "oth_withdrawal": """
Hiermit bestätigen wir den Rückzug Ihrer Bewerbung für {role}. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
""",
    },
    "fr": {
        "rej_cv_screen": """
Nous avons étudié votre candidature au poste de {role} avec attention. Nous sommes toutefois au regret de vous informer qu'elle n'a pas été retenue, d'autres profils correspondant davantage aux besoins du poste.
Après examen de votre dossier, nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.
Ton parcours nous a vraiment plu, notamment ton expérience en édition numérique. Pour ce poste, on cherche néanmoins quelqu'un de plus expérimenté en gestion de projet, donc on ne va pas poursuivre avec ta candidature. N'hésite pas à revenir voir nos offres.
Le statut de votre candidature pour {role} a été mis à jour : Non retenue. Consultez nos autres offres sur notre site carrières.
""",
        "rej_after_interview": """
Nous vous remercions pour le temps consacré à notre entretien. Après réflexion, nous avons choisi de poursuivre avec un autre candidat dont l'expérience correspond davantage au poste.
À l'issue des entretiens, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.
Je sais que vous attendiez un retour depuis votre second entretien et je m'excuse pour ce délai. Le poste a finalement été pourvu par une personne ayant une expérience plus longue en management.
Merci d'avoir participé à notre journée de recrutement. Malgré des échanges très riches, nous ne donnerons pas suite à votre candidature.
""",
        "rej_after_test": """
Nous vous remercions d'avoir réalisé les tests en ligne. Les résultats obtenus ne permettent malheureusement pas de poursuivre le processus de recrutement.
""",
        "rej_position_filled": """
Nous vous informons que le poste de {role} a été pourvu. Nous vous remercions de l'intérêt porté à {company}.
""",
        "rej_frozen_cancelled": """
En raison d'une réorganisation interne, le recrutement pour le poste de {role} est annulé. Nous clôturons donc l'ensemble des candidatures reçues.
""",
        "rej_agency": """
Notre client a étudié votre profil pour le poste de {role} et a finalement retenu d'autres candidats. Nous conservons votre CV pour de prochaines missions.
""",
        "ack_received": """
Nous accusons bonne réception de votre candidature au poste de {role}. Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.
Merci pour ta candidature ! Tu peux suivre son avancement depuis ton espace candidat.
""",
        "ack_no_news_means_no": """
En raison du grand nombre de candidatures reçues, seules les personnes présélectionnées seront contactées. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.
Votre candidature a bien été enregistrée. Si votre profil correspond à nos besoins, nous vous contacterons.
""",
        "ack_delay": """
Le processus de recrutement pour le poste de {role} prend plus de temps que prévu. Nous espérons pouvoir vous donner une réponse d'ici deux semaines.
Petit point d'étape : le manager n'a pas encore terminé l'étude des dossiers, ta candidature est toujours en cours.
""",
        "ack_documents": """
Afin de compléter votre dossier, merci de nous transmettre une copie de votre diplôme et une pièce d'identité avant vendredi.
""",
        "ack_paused": """
Le recrutement pour le poste de {role} est momentanément suspendu. Votre candidature reste active et nous reviendrons vers vous dès la reprise du processus.
""",
        "inv_call": """
Votre profil a retenu notre attention. Seriez-vous disponible la semaine prochaine pour un échange téléphonique d'une trentaine de minutes ? Merci de choisir un créneau via le lien ci-dessous.
On aimerait faire ta connaissance : tu aurais un moment mardi ou mercredi pour un appel en visio ?
""",
        "inv_test": """
Nous vous invitons à passer un test en ligne pour le poste de {role}. Le lien est valable cinq jours et le test dure environ une heure.
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération et la date de démarrage.
Bonne nouvelle : l'équipe souhaite vraiment t'accueillir ! Je t'envoie le contrat aujourd'hui pour signature électronique.
""",
        "oth_alert": """
Nouvelles offres pour votre alerte « {role} » : 8 offres publiées depuis hier.
""",
        "oth_cold": """
Je suis consultante chez Cabinet Lémanis Conseil et je mène une recherche confidentielle pour un poste de {role} chez l'un de nos clients à Lyon. Votre parcours m'a interpellée ; seriez-vous ouvert à un court échange ?
""",
        "oth_withdrawal": """
Nous vous confirmons le retrait de votre candidature au poste de {role}, conformément à votre demande. Nous vous souhaitons bonne continuation.
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "es": {
        "greet": [
            "Hola {first}:",
            "Hola, {first}:",
            "Estimado/a {first}:",
            "Buenos días, {first}:",
            "Buen día, {first}.",
            "Querido/a {first}:",
            "Sr./Sra. Rivera:",
            "Hola {first},",
        ],
        "thanks": [
            "Gracias por tu interés en {company} y por postularte al puesto de {role}.",
            "Te agradecemos que hayas enviado tu candidatura para {role}.",
            "Le agradecemos su interés en formar parte de {company}.",
            "Muchas gracias por postularte a la vacante de {role}.",
            "Gracias por el tiempo que has dedicado a este proceso.",
            "Agradecemos su postulación al cargo de {role}.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos éxito en sus próximos retos profesionales.",
            "Mucha suerte en todo lo que venga.",
            "Te animamos a seguir atento/a a nuestras próximas vacantes.",
            "Esperamos que nuestros caminos vuelvan a cruzarse.",
            "Un abrazo y mucho ánimo.",
        ],
        "marketing": [
            "En {company} creemos que las personas son el motor de todo lo que hacemos. Más de 2.000 profesionales en cinco países trabajan cada día para ofrecer un servicio cercano, innovador y sostenible.",
            "{company} ha sido reconocida como una de las mejores empresas para trabajar por tercer año consecutivo. Apostamos por la flexibilidad, la formación continua y la igualdad de oportunidades.",
            "Somos {company}: un equipo diverso que lleva más de 30 años creciendo en Latinoamérica. Nuestro propósito es transformar la manera en que nuestros clientes trabajan.",
            "En {company} promovemos la inclusión y la diversidad. Todas las candidaturas se valoran sin distinción de género, edad, origen, discapacidad u orientación sexual.",
        ],
        "sign": [
            "Un saludo,\n{sender}",
            "Saludos cordiales,\n{sender}\n{company}",
            "Atentamente,\n{sender}\nRecursos Humanos · {company}",
            "Un abrazo,\n{sender}",
            "Cordialmente,\n{sender}\nTalento Humano | {company}",
            "Saludos,\nEl equipo de selección de {company}",
        ],
        "footer": [
            "Este es un mensaje automático. Por favor, no respondas a este correo.",
            "De conformidad con el RGPD, tus datos serán tratados por {company} con la finalidad de gestionar procesos de selección. Puedes ejercer tus derechos de acceso, rectificación y supresión desde tu área de candidato.",
            "Consulte nuestro aviso de privacidad integral en nuestro sitio web. Este correo fue enviado desde una dirección que no acepta respuestas.",
            "En cumplimiento de la Ley 1581 de 2012, sus datos personales serán tratados conforme a nuestra política de tratamiento de la información.",
            "Recibes este correo porque te registraste en nuestro portal de empleo. Para dejar de recibir notificaciones, modifica tus preferencias.",
        ],
        "subject_app": [
            "Tu candidatura para {role}",
            "Actualización sobre tu postulación – {company}",
            "Proceso de selección: {role}",
            "{company} | Tu candidatura",
            "Respuesta a su postulación",
            "Sobre tu postulación al cargo de {role}",
            "Estado de tu candidatura",
            "Vacante {role}",
        ],
        "subject_inv": [
            "Siguiente paso en el proceso de {role}",
            "¿Hablamos? – {company}",
            "Agenda tu reunión con {company}",
            "Convocatoria: {role}",
            "Invitación – proceso {role}",
        ],
        "subject_off": [
            "Propuesta para incorporarte a {company}",
            "¡Bienvenido/a a {company}!",
            "Carta oferta – {role}",
            "Buenas noticias sobre {role}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Nuevas vacantes para ti",
            "Tu opinión nos importa",
            "Oportunidad profesional – {role}",
            "Confirmación de tu solicitud",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Oi, {first}, tudo bem?",
            "Prezado(a) {first},",
            "Caro(a) {first},",
            "Bom dia, {first}.",
            "Exmo.(a) Sr.(a) Alex Rivera,",
            "Olá {first},",
        ],
        "thanks": [
            "Obrigado pelo seu interesse na {company} e por se candidatar à vaga de {role}.",
            "Agradecemos a sua candidatura à função de {role}.",
            "Agradecemos seu interesse em fazer parte do nosso time.",
            "Muito obrigado por participar do nosso processo seletivo.",
            "Agradecemos o tempo que dedicou a este processo.",
        ],
        "wish": [
            "Desejamos muito sucesso na sua jornada profissional.",
            "Votos de sucesso para os seus próximos desafios.",
            "Boa sorte nos próximos passos!",
            "Continue acompanhando nossas vagas.",
            "Esperamos cruzar caminhos novamente em breve.",
        ],
        "marketing": [
            "Na {company}, acreditamos que gente é o que move tudo. São mais de 3 mil colaboradores em todo o Brasil construindo soluções com propósito e inovação.",
            "A {company} foi eleita uma das melhores empresas para trabalhar pelo terceiro ano seguido. Investimos em flexibilidade, desenvolvimento contínuo e diversidade.",
            "Somos a {company}: há mais de 25 anos a criar valor para os nossos clientes em Portugal e nos mercados internacionais.",
            "Valorizamos a diversidade e a inclusão. Todas as candidaturas são avaliadas sem distinção de gênero, idade, raça, orientação sexual ou deficiência.",
        ],
        "sign": [
            "Abraços,\n{sender}",
            "Atenciosamente,\n{sender}\n{company}",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos | {company}",
            "Um abraço,\n{sender}",
            "Cordialmente,\nEquipe de Recrutamento {company}",
            "Melhores cumprimentos,\n{sender}",
        ],
        "footer": [
            "Este é um e-mail automático. Por favor, não responda.",
            "Seus dados são tratados conforme a LGPD (Lei nº 13.709/2018) e a nossa política de privacidade.",
            "Os seus dados pessoais são tratados nos termos do RGPD, exclusivamente para fins de recrutamento.",
            "Você recebeu este e-mail porque se cadastrou em nossa plataforma de vagas. Para não receber mais notificações, altere suas preferências.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Atualização sobre o processo seletivo – {company}",
            "Processo seletivo: {role}",
            "{company} | A sua candidatura",
            "Retorno sobre sua candidatura",
            "Candidatura – {role}",
            "Status da sua candidatura",
        ],
        "subject_inv": [
            "Próxima etapa do processo – {role}",
            "Vamos conversar? – {company}",
            "Agende sua conversa com a {company}",
            "Convocação: {role}",
            "Convite – processo {role}",
        ],
        "subject_off": [
            "Proposta para fazer parte da {company}",
            "Bem-vindo(a) à {company}!",
            "Carta-proposta – {role}",
            "Boas notícias sobre {role}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Novas vagas para você",
            "Sua opinião é importante",
            "Oportunidade profissional – {role}",
            "Confirmação do seu pedido",
        ],
    },
    "en": {
        "greet": [
            "Dear {first},",
            "Hi {first},",
            "Hello {first},",
            "Dear Alex Rivera,",
            "Hi there {first},",
        ],
        "thanks": [
            "Thank you for your interest in {company} and for applying for the {role} role.",
            "Thanks for applying to {company}.",
            "We appreciate the time you have invested in our recruitment process.",
            "Thank you for your application for {role}.",
        ],
        "wish": [
            "We wish you every success in your job search.",
            "Best of luck with your next steps.",
            "We hope our paths cross again.",
            "Please do keep an eye on our careers page for future openings.",
        ],
        "marketing": [
            "At {company}, our people are at the heart of everything we do. Over 1,500 colleagues across Europe help our clients make better decisions every day.",
            "{company} is an equal opportunities employer and welcomes applications from all backgrounds.",
            "We have been named a Top Employer for three years running, thanks to our focus on flexibility, learning and wellbeing.",
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\n{company}",
            "Best,\n{sender}",
            "Many thanks,\nThe Talent Acquisition Team at {company}",
        ],
        "footer": [
            "This is an automated message; please do not reply to this email.",
            "Your personal data is processed in line with our candidate privacy notice.",
            "You are receiving this email because you created a candidate account. Manage your notification preferences in your profile.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application – {company}",
            "{role} at {company}",
            "Your application status",
            "Regarding your application",
        ],
        "subject_inv": [
            "Next steps: {role}",
            "Let's talk – {company}",
            "Invitation: {role} assessment",
            "Schedule your conversation with {company}",
        ],
        "subject_off": [
            "Offer of employment – {role}",
            "Welcome to {company}!",
            "Good news about {role}",
        ],
        "subject_oth": [
            "News from {company}",
            "New jobs for you",
            "How did we do?",
            "Opportunity: {role}",
            "Confirmation of your request",
        ],
    },
    "de": {
        "greet": [
            "Sehr geehrte/r {first} Rivera,",
            "Hallo {first},",
            "Liebe/r {first},",
            "Guten Tag {first} Rivera,",
            "Sehr geehrte Damen und Herren,",
        ],
        "thanks": [
            "vielen Dank für Ihr Interesse an {company} und Ihre Bewerbung als {role}.",
            "Danke für deine Bewerbung bei {company}.",
            "Vielen Dank für die Zeit, die Sie in unseren Bewerbungsprozess investiert haben.",
            "Vielen Dank für Ihre Bewerbung.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen dir viel Erfolg bei der weiteren Suche.",
            "Wir würden uns freuen, wenn Sie sich bei passender Gelegenheit erneut bewerben.",
        ],
        "marketing": [
            "Bei {company} stehen Menschen im Mittelpunkt. Mehr als 1.200 Mitarbeitende an zwölf Standorten sorgen täglich dafür, dass unsere Kunden sich auf uns verlassen können.",
            "{company} setzt auf Vielfalt und Chancengleichheit. Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Herkunft, Alter oder Behinderung.",
            "Als familiengeführtes Unternehmen mit über 60 Jahren Geschichte verbinden wir Tradition mit Innovation.",
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\n{company}",
            "Beste Grüße\n{sender}",
            "Freundliche Grüße\nIhr Recruiting-Team von {company}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
            "Sie erhalten diese E-Mail, weil Sie ein Bewerberkonto angelegt haben. Benachrichtigungen können Sie in Ihrem Profil verwalten.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung – {company}",
            "{role} bei {company}",
            "Status Ihrer Bewerbung",
            "Ihre Bewerbung",
        ],
        "subject_inv": [
            "Nächster Schritt: {role}",
            "Einladung zum Kennenlernen – {company}",
            "Einladung: Online-Test {role}",
            "Terminvereinbarung – {company}",
        ],
        "subject_off": [
            "Vertragsangebot – {role}",
            "Willkommen bei {company}!",
            "Gute Neuigkeiten zu {role}",
        ],
        "subject_oth": [
            "Neuigkeiten von {company}",
            "Neue Jobs für Sie",
            "Ihre Meinung ist gefragt",
            "Karrierechance: {role}",
            "Bestätigung Ihrer Anfrage",
        ],
    },
    "fr": {
        "greet": [
            "Bonjour {first},",
            "Madame, Monsieur,",
            "Cher/Chère {first},",
            "Bonjour Alex Rivera,",
            "Salut {first},",
        ],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
            "Merci pour ta candidature chez {company}.",
            "Nous vous remercions pour le temps consacré à notre processus de recrutement.",
            "Merci pour votre candidature.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation pour la suite !",
            "Nous espérons avoir l'occasion de recroiser votre route.",
        ],
        "marketing": [
            "Chez {company}, nous plaçons l'humain au cœur de notre projet. Nos 800 collaborateurs partagent la même passion du livre et de la transmission.",
            "{company} s'engage en faveur de la diversité et de l'inclusion ; tous nos postes sont ouverts aux personnes en situation de handicap.",
            "Entreprise certifiée Great Place to Work, {company} accompagne chaque collaborateur dans son développement.",
        ],
        "sign": [
            "Cordialement,\n{sender}",
            "Bien à vous,\n{sender}\n{company}",
            "Belle journée,\n{sender}",
            "Bien cordialement,\nL'équipe Recrutement de {company}",
        ],
        "footer": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données depuis votre espace candidat.",
            "Vous recevez cet e-mail car vous avez créé un compte candidat. Gérez vos préférences de notification dans votre profil.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Suite à votre candidature – {company}",
            "{role} chez {company}",
            "Statut de votre candidature",
            "Votre candidature",
        ],
        "subject_inv": [
            "Prochaine étape : {role}",
            "Échangeons ! – {company}",
            "Invitation : test en ligne {role}",
            "Prise de rendez-vous – {company}",
        ],
        "subject_off": [
            "Proposition d'embauche – {role}",
            "Bienvenue chez {company} !",
            "Bonne nouvelle concernant {role}",
        ],
        "subject_oth": [
            "Les actualités de {company}",
            "De nouvelles offres pour vous",
            "Votre avis compte",
            "Opportunité : {role}",
            "Confirmation de votre demande",
        ],
    },
}

THREAD: dict[str, str] = {
    "es": "Hola {sender_first}:\nTe escribo para preguntar cómo va el proceso de {role}. Quedo atento a cualquier novedad.\nGracias,\nAlex\n\n{header2}\nHola, Alex:\nGracias por tu candidatura a {role}. Ya la tenemos y la estamos revisando; te escribiremos en cuanto haya novedades.\nUn saludo,\n{sender}\n",
    "pt": "Olá, {sender_first}!\nGostaria de saber se há novidades sobre o processo de {role}. Fico à disposição.\nObrigado,\nAlex\n\n{header2}\nOi, Alex!\nRecebemos sua candidatura para {role} e ela está em análise. Assim que tivermos novidades, te avisamos.\nAbraços,\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for {role}. Is there any update on the timeline?\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for your application for {role}. We're reviewing applications now and will be in touch soon.\nBest,\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nachfragen, wie der Stand bei der Position {role} ist.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für deine Bewerbung als {role}. Wir sichten gerade die Unterlagen und melden uns bald.\nViele Grüße\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous concernant ma candidature au poste de {role}.\nBien à vous,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre candidature au poste de {role}. Nous étudions actuellement les dossiers et reviendrons vers vous rapidement.\nCordialement,\n{sender}\n",
}
