# ruff: noqa: E501 -- data: one e-mail passage per line, as written
"""Round 16's fourth training part by an independent author: Spanish (Spain, Mexico, Argentina, Colombia, Chile, Peru; usted, tú and vos) and Portuguese (Brazil and Portugal; você, tu, o senhor, V. Exa.) job-search mail in which receipts and rejections look alike. Acknowledgements carry LOPD/RGPD/LGPD and Latin American privacy paragraphs, "lamentablemente"/"infelizmente"/"desafortunadamente" about delays or volume, "solo contactaremos a los preseleccionados" / "apenas os selecionados serão contactados", status updates, paused or frozen processes without decision, talent pools with and without a decision, document requests, public-sector concursos, oposiciones and concursos públicos (listas provisionales, subsanación, recursos, homologação, cadastro reserva, audiência dos interessados) and agencies passing on a client's silence. Rejections come in every wording, with and without the sorry-word: after entrevista, dinámica de grupo, prueba técnica, assessment, case or dinâmica, vacante cubierta, cancelada or congelada with the process closed, perfil no seleccionado, optamos por otro candidato, seguimos con otros perfiles, definitive exclusions from public competitions, agencies relaying a client's no, two-liners and WhatsApp-style notes from small shop owners. A smaller share of English, German and French mail follows the same emphasis, plus invitations (also without the word interview), offers and other mail (alerts, newsletters, cold recruiter mail, surveys, withdrawals, events)."""

from __future__ import annotations

COMPANIES: tuple[str, ...] = (
    "Grupo Alcázar Logística S.L.",
    "Cervecería del Sur S.A.",
    "Andina Seguros S.A.S.",
    "Transportes Pampa SRL",
    "Clínica Santa Lúcia Ltda.",
    "Tecnova Sistemas Ltda.",
    "Lusomar Conservas, S.A.",
    "Quadrante Engenharia",
    "Fundación Horizonte Abierto",
    "Minera Cordillera Norte SpA",
    "Kessler Medizintechnik GmbH",
    "Atelier Brunet SAS",
    "Harbourline Analytics Ltd",
    "Farmacias Vitalia S.A. de C.V.",
)

ROLES: tuple[str, ...] = (
    "Analista de Datos",
    "Técnico de Mantenimiento",
    "Ejecutivo/a Comercial",
    "Assistente Administrativo",
    "Desenvolvedor Back-end",
    "Técnico Superior de Recursos Humanos",
    "Supply Chain Coordinator",
    "Sachbearbeiter Einkauf",
    "Chargé de communication",
    "Enfermero/a de planta",
    "Analista Financeiro Júnior",
)

SENDERS: tuple[tuple[str, str], ...] = (
    ("Lucía Ferrer", "seleccion@{domain}"),
    ("Equipo de Talento", "no-reply@candidatos.talentia-ats.example"),
    ("Mariana Souza", "recrutamento@{domain}"),
    ("Gente & Gestão", "nao-responda@vagas.pessoasplus.example"),
    ("Joana Pires", "rh@{domain}"),
    ("Santiago Ocampo", "santiago.ocampo@{domain}"),
    ("Valentina Ríos", "talento.humano@{domain}"),
    ("Recruiting Team", "noreply@jobs.hireloop.example"),
    ("Katrin Vogt", "karriere@{domain}"),
    ("Élodie Marchal", "recrutement@{domain}"),
)

CORE: dict[str, dict[str, str]] = {
    "es": {
        "rej_general": """
Tras valorar con detenimiento todas las candidaturas recibidas para el puesto de {role}, hemos decidido continuar el proceso con otros perfiles que se ajustan más a las necesidades actuales del equipo. Le agradecemos sinceramente el tiempo dedicado.
Le escribimos para informarle de que su candidatura no ha sido seleccionada para la siguiente fase del proceso de {role} en {company}. Conservaremos sus datos, con su consentimiento, para futuras vacantes que encajen con su perfil.
Le informamos que su perfil no ha sido seleccionado para la vacante de {role}. Gracias por su participación.
Después de analizar su hoja de vida, el equipo de Gestión Humana ha determinado que su perfil no cumple con los requisitos mínimos del cargo de {role}, en particular la experiencia certificada en el sector asegurador. Le agradecemos su interés en hacer parte de {company}.
Nos comunicamos con usted para informarle que el proceso de selección para el cargo de {role} ha concluido y que en esta ocasión no fue seleccionado. Su hoja de vida permanecerá en nuestra base de datos durante seis meses.
Desafortunadamente, no fue posible avanzar con su candidatura a la siguiente etapa. Recibimos un número muy alto de postulaciones y tuvimos que tomar decisiones difíciles.
No ha sido usted seleccionado. Gracias por presentarse.
SUBJECT: Tu candidatura en {company} || Hola {first}: no seguimos adelante contigo en esta ocasión. Gracias por tu tiempo.
Apreciamos el interés mostrado en {company}. En este momento hemos avanzado con otros candidatos cuyas competencias se alinean más estrechamente con los requisitos del puesto. Le deseamos éxito en su búsqueda.
Estimado {first}, por medio del presente le informamos que no ha sido considerado para la vacante de {role}. Sin otro particular, quedamos a sus órdenes.
Tu perfil nos pareció interesante, pero la posición requiere residencia en México y disponibilidad para trabajar de forma presencial en Monterrey, por lo que no podemos continuar con tu candidatura.
Gracias por tu candidatura espontánea. En este momento no disponemos de vacantes acordes con tu perfil, por lo que no podemos dar curso a tu solicitud.
Tras la revisión de los antecedentes, lamentamos informarle que no ha quedado seleccionado para el cargo de {role} en nuestra sucursal de Antofagasta.
Gracias por tu interés. Optamos por otro candidato. Saludos.
Después de un proceso muy competitivo, en el que participaron más de 400 postulantes, no hemos podido avanzar con tu candidatura. Recibir tantas solicitudes nos obliga a ser muy selectivos.
Debido a la cantidad de solicitudes recibidas no podemos dar retroalimentación individual, pero queremos informarle que su candidatura no continúa en el proceso.
Sentimos comunicarte que hemos decidido no seguir adelante con tu candidatura para las prácticas de verano. Nos ha gustado mucho tu motivación.
Nos ponemos en contacto para comunicarte el resultado del proceso de {role}: no has sido seleccionado/a. Agradecemos tu participación y te invitamos a seguir nuestras ofertas en LinkedIn.
El proceso de {role} se ha cerrado. Buscamos un perfil con más experiencia en gestión de cuentas B2B, por lo que no continuaremos con tu solicitud.
SUBJECT: Resultado de su postulación || Estimado postulante: en atención a su postulación, le comunicamos que su perfil no fue preseleccionado. Sus datos serán eliminados de nuestra base conforme a la Ley N.º 29733, salvo que nos autorice a conservarlos.
Revisamos tu solicitud y, por ahora, seguimos con otros perfiles. Te agradecemos el interés en trabajar con nosotros.
""",
        "rej_after_step": """
Lamentablemente, después de la entrevista del pasado jueves, el comité ha optado por otro candidato cuya experiencia en el sector se adapta mejor a lo que buscamos en este momento.
Hola {first}, gracias por venir a la dinámica de grupo del martes. Después de comentarlo con todo el equipo de selección, no vamos a seguir contigo en el proceso. Te deseamos lo mejor.
Hemos revisado con atención la prueba técnica que nos enviaste. Aunque tiene puntos muy buenos, no alcanza el nivel que necesitamos para el puesto de {role}, así que cerramos aquí tu candidatura.
Querido {first}, te escribimos desde {company} para contarte que no vas a continuar en el proceso de {role}. Valoramos mucho que te hayas tomado el tiempo de hacer la entrevista con nosotros.
Tras la entrevista con el gerente de área, hemos decidido no avanzar con su postulación. Valoramos su trayectoria, pero buscamos a alguien con más experiencia liderando equipos en terreno.
Te agradecemos mucho haber participado en el assessment center. En esta oportunidad no continuarás en el proceso, ya que otros postulantes obtuvieron mejores resultados en las actividades grupales.
Queremos agradecerle su participación en el proceso para {role}. Tras la evaluación psicotécnica, su candidatura no continuará. Esta decisión no supone una valoración de su valía profesional.
Gracias por completar el caso práctico. El equipo lo ha revisado y hemos decidido seguir con otros perfiles para esta posición. Si quieres, podemos darte un feedback breve por teléfono.
Tras las entrevistas finales, la decisión ha sido incorporar a otra persona. Sabemos que esperabas una respuesta distinta y queríamos decírtelo cuanto antes.
Hola {first}, gracias por la prueba de código. Hay cosas buenas, pero varios tests no pasaban y la estructura nos generó dudas, así que esta vez no avanzamos. Te dejo un par de comentarios más abajo por si te sirven.
Hemos finalizado la fase de entrevistas. Aunque su candidatura fue muy bien valorada, no ha resultado la elegida. Le incluimos en nuestra bolsa de talento para futuras oportunidades.
Gracias por tu paciencia durante todo el proceso. Te escribo para cerrarlo: finalmente no vamos a contar contigo para el rol. Ha estado muy reñido.
Hola {first}, ¿cómo andás? Te escribo para avisarte que para esta búsqueda decidimos seguir con otros perfiles. Gracias por tu tiempo y por la buena onda en la entrevista.
Tras revisar tus referencias y la última entrevista con dirección, hemos decidido no extenderte una oferta. Te agradecemos la transparencia durante todo el proceso.
Le agradecemos que participara en la jornada de selección y en la dinámica grupal. En esta ocasión su perfil no ha sido preseleccionado para la fase de entrevistas individuales.
Te escribimos para decirte que no has superado la prueba de nivel de inglés, requisito eliminatorio para el puesto de {role}. Te animamos a presentarte a futuras convocatorias.
Te queríamos contar que, tras la entrevista técnica, el equipo considera que todavía te falta experiencia con sistemas distribuidos para este rol. No seguimos en esta ocasión, pero nos encantaría volver a saber de ti dentro de un año.
Gracias por haber asistido a la segunda entrevista. No avanzarás a la etapa final. Te deseamos mucho éxito.
Te confirmamos por escrito lo que te adelantó {sender_first} por teléfono: no vamos a continuar con tu candidatura para {role}.
Hola {first}, qué tal? Mil gracias por mandar el video de presentación. Lo vimos con el equipo y preferimos a alguien que ya haya trabajado en sala. Un saludo grande.
Después de la entrevista por Teams, el área usuaria decidió continuar con dos finalistas que tienen certificación PMP vigente. Usted no pasa a la siguiente etapa.
""",
        "rej_closed_filled": """
Te informamos de que la vacante de {role} ya ha sido cubierta. Agradecemos tu interés en {company} y te animamos a seguir atento a nuestras próximas ofertas.
La posición de {role} ha sido cancelada por una reorganización interna, por lo que damos por finalizado el proceso de selección y todas las candidaturas quedan cerradas.
Estimado {first}: le comunicamos que, por decisión de la dirección, la vacante queda congelada de forma indefinida y el proceso se cierra sin continuar con ningún candidato. Si en el futuro se reabre, publicaremos una nueva convocatoria y podrá postular de nuevo.
Le comunicamos que el puesto de {role} al que se postuló ha sido cubierto internamente. Agradecemos su interés y le invitamos a consultar nuestro portal de empleo.
Lamentablemente debemos comunicarle que la empresa ha decidido no cubrir finalmente la vacante de {role} este año, por lo que su candidatura queda descartada.
Buen día. Le informamos que la vacante publicada en la bolsa de trabajo para {role} ya fue cubierta. Gracias por postularse.
Te comento que la búsqueda de {role} quedó en pausa y, como no sabemos si se retomará, decidimos dar de baja todas las postulaciones. Si se reabre, la volveremos a publicar.
Hemos cerrado la vacante sin cubrirla por un recorte en el presupuesto del proyecto. Tu candidatura, como las demás, queda archivada y no seguirá adelante.
{first}, no te voy a hacer esperar más: la persona que elegimos para el puesto ya aceptó. Gracias por tu paciencia y por el interés en la cafetería.
""",
        "rej_agency": """
Hola {first}, te escribo de parte de nuestro cliente, una empresa del sector retail. Me trasladan que han decidido continuar con otro candidato para la posición de {role}. Me ha gustado mucho conocerte y te tendré en cuenta para otros procesos.
Desde la consultora te informamos de que el cliente ha cerrado el proceso de {role} con un candidato interno. Tu candidatura, por tanto, no sigue adelante. Mantendremos tu CV activo en nuestra base para nuevas búsquedas.
Como headhunter del proceso, quiero contarle personalmente que el consejo de administración de nuestro cliente ha optado por otro finalista. Ha sido un placer acompañarle en estas semanas.
El cliente revisó la terna presentada y seleccionó a otro candidato. Agradecemos mucho tu disposición durante todo el proceso.
Che {first}, gracias por la charla del otro día. Te cuento que finalmente el cliente avanzó con otra persona para el puesto. Fue un gusto conocerte y ojalá coincidamos más adelante.
Recibimos la devolución de la empresa: valoran mucho tu experiencia, pero buscan a alguien con inglés de nivel C1 comprobable, así que no te van a convocar a la siguiente instancia.
""",
        "rej_public": """
En relación con su solicitud de admisión a las pruebas selectivas, le comunicamos que figura como excluido en la relación definitiva de aspirantes por no haber abonado la tasa de derechos de examen en plazo. Contra esta resolución, que pone fin a la vía administrativa, podrá interponer recurso contencioso-administrativo.
Publicada la lista de aprobados del primer ejercicio de la oposición, le informamos de que no ha alcanzado la puntuación mínima exigida para superarlo, por lo que no continuará en el proceso selectivo.
El tribunal calificador ha resuelto la reclamación presentada, desestimándola. Se mantiene su calificación de no apto en el segundo ejercicio y, en consecuencia, su eliminación del proceso.
Estimado postulante: agradecemos su participación en la convocatoria CAS N.º 045. Le informamos que en la evaluación curricular obtuvo la condición de NO APTO, por lo que no continúa en las siguientes etapas.
De acuerdo con los resultados publicados de la entrevista personal, usted no ha alcanzado el puntaje mínimo aprobatorio. Agradecemos su participación en el concurso público de méritos.
Con relación a la solicitud presentada para la plaza de {role}, le informamos de que la comisión de valoración ha propuesto a otra persona aspirante, cuya puntuación en el baremo de méritos ha sido superior.
La Universidad comunica que, concluido el concurso, la plaza ha sido adjudicada a otra candidata. Puede consultar el acta en la sede electrónica.
Una vez valorada la documentación aportada, la Comisión de Selección ha acordado su exclusión definitiva del proceso de constitución de bolsa de trabajo temporal por no acreditar la titulación requerida.
""",
        "rej_informal": """
Hola {first}! Soy {sender_first}, de la panadería. Al final nos quedamos con una chica del barrio que puede empezar ya. Mil gracias por pasarte, de verdad. Un abrazo.
Buenas {first}, te escribo rápido: el puesto ya está ocupado. Gracias igual por escribirnos!
Vimos tu portfolio y está muy bien, pero buscamos a alguien más senior. No vamos a seguir con tu postulación. Mucha suerte, {first}!
Hola! Soy {sender_first} de la tienda. Ya encontramos a alguien para los fines de semana, perdona la demora en contestar. Suerte!
{first}, cómo va? Te cuento que al final contratamos a un pibe que ya trabajaba en otra ferretería. Gracias por venir a charlar, de verdad.
""",
        "ack_received_privacy": """
Hemos recibido correctamente su candidatura para el puesto de {role}. Nuestro equipo de Selección la revisará en los próximos días. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos serán tratados por {company} con la única finalidad de gestionar este proceso, y podrá ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a nuestro Delegado de Protección de Datos.
Gracias por postularte. Debido al elevado volumen de candidaturas, solo contactaremos a los candidatos preseleccionados. Si no recibes noticias en las próximas cuatro semanas, puedes entender que tu perfil no ha sido seleccionado en esta ocasión.
Le confirmamos la recepción de su hoja de vida para la convocatoria de {role}. En cumplimiento de la Ley 1581 de 2012 y sus decretos reglamentarios, sus datos personales serán tratados exclusivamente con fines de selección.
Confirmamos que recibimos su solicitud para la vacante de {role}. Aviso de privacidad: sus datos personales serán tratados por {company} conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, y podrá ejercer sus derechos ARCO en cualquier momento.
¡Gracias por postularte! Recibimos tu CV para {role}. Vamos a revisar todas las postulaciones y, si tu perfil avanza, te contactaremos por este medio. Tus datos se tratan según la Ley 25.326 de Protección de los Datos Personales.
Solo nos pondremos en contacto con los candidatos que pasen a la fase de entrevistas. Gracias por tu comprensión.
Hemos recibido tu solicitud. Este es un mensaje automático; por favor, no respondas a este correo.
Confirmamos la recepción de tu candidatura para {role}. No es necesario que vuelvas a enviarnos la documentación.
Gracias por su postulación. Por motivos de volumen, solo los candidatos que continúen en el proceso recibirán una llamada telefónica. Los datos facilitados serán tratados de acuerdo con la Ley N.º 29733, Ley de Protección de Datos Personales.
Lamentablemente no podemos responder individualmente a cada postulante, pero queremos asegurarte que tu CV fue recibido y será revisado por nuestro equipo.
Muchas gracias por tu interés. Hemos recibido tu candidatura y la estamos revisando. Si tu perfil encaja, nos pondremos en contacto contigo; en caso contrario, te avisaremos igualmente por correo. Responsable del tratamiento: {company}. Finalidad: gestión de procesos de selección. Plazo de conservación: 12 meses.
Acuse de recibo: solicitud n.º 2024/3381, registrada en la sede electrónica. Plaza: {role}. Estado: Presentada.
Gracias por aplicar a la vacante de {role} en {company}. Nuestro equipo de reclutamiento revisará tu perfil. Mientras tanto, te invitamos a conocer más sobre nuestra cultura en nuestro blog.
Gracias por su interés en formar parte de nuestro equipo. Su solicitud está siendo evaluada por el área de Talento Humano. Recibirá una respuesta, cualquiera que sea el resultado, en un plazo máximo de 15 días hábiles.
SUBJECT: Hemos recibido tu candidatura || Hola {first}, te confirmamos que tu candidatura ha llegado bien. Ten en cuenta que, lamentablemente, no podremos dar respuesta personalizada a todas las personas que se inscriban; si pasas a la siguiente fase te escribiremos nosotros.
""",
        "ack_status_delay": """
Lamentablemente, debido al gran volumen de solicitudes recibidas, el proceso de revisión está tardando más de lo previsto. Tu candidatura sigue activa y te escribiremos en cuanto tengamos novedades.
Te informamos de que el estado de tu candidatura ha cambiado a: En revisión. Puedes consultar el detalle en tu área de candidato.
Hola {first}, te aviso que tu postulación quedó en etapa de revisión curricular. El proceso lleva algunas semanas porque recibimos muchos antecedentes. Gracias por la paciencia.
Tu proceso sigue en curso. Ahora mismo estamos terminando la primera ronda de entrevistas con otros candidatos y esperamos darte una respuesta a finales de mes.
Sentimos el retraso en contestarte. Lamentablemente, la responsable del área ha estado de baja y no hemos podido avanzar con las valoraciones. Tu candidatura sigue abierta.
Gracias por tu paciencia. Queríamos informarte de que tu candidatura sigue en estudio y aún no hemos tomado ninguna decisión.
Aún no tenemos novedades sobre el proceso de {role}. Seguimos entrevistando y esperamos cerrar la fase inicial la próxima semana.
Debido a un error técnico, algunos candidatos recibieron un correo indicando que su candidatura había sido descartada. Te pedimos disculpas: tu solicitud sigue en proceso y no se ha tomado ninguna decisión.
Desafortunadamente, la decisión final se retrasará unas dos semanas porque el director general está de viaje. Sigues siendo uno de los finalistas.
Tu candidatura ha sido recibida y se encuentra en la fase: Preselección. Estado: Pendiente.
Tu candidatura ha avanzado a la fase de revisión por parte del responsable del equipo. Te avisaremos del siguiente paso.
Te informamos que el proceso de selección de {role} se encuentra en la etapa de verificación de referencias de los finalistas. Aún no hay decisión.
Queríamos avisarte de que el proceso se ha retrasado por la cantidad de postulaciones. Lamentablemente no podemos darte una fecha exacta, pero tu candidatura sigue en revisión.
Su postulación ha sido trasladada al área de Operaciones, que es la encargada de realizar la preselección. Ellos se comunicarán directamente si corresponde.
Buenas tardes. En atención a su solicitud, le informamos que su proceso se encuentra en revisión documental. Favor de no enviar nuevamente sus documentos.
Gracias por completar el test online. Tus resultados se han registrado correctamente y el equipo de selección los revisará junto con tu CV.
Nos hemos dado cuenta de que nos enviaste tu CV dos veces. No te preocupes: solo tendremos en cuenta la última versión y tu candidatura sigue su curso.
Te recordamos que el proceso de {role} sigue abierto hasta el día 30. A partir de esa fecha empezaremos a revisar las candidaturas.
""",
        "ack_paused_pool": """
Desafortunadamente, el proceso de selección para {role} se encuentra temporalmente en pausa por ajustes presupuestarios. No se ha tomado ninguna decisión sobre las candidaturas y te informaremos cuando se reactive.
Hola {first}, solo para que sepas que la búsqueda está congelada hasta después de las vacaciones. Tu postulación sigue en carpeta; en febrero retomamos y te aviso.
Su currículum ha sido incorporado a nuestra bolsa de empleo. Cuando surja una vacante acorde con su perfil, nos pondremos en contacto con usted. Sus datos se conservarán durante un máximo de dos años, conforme a la normativa de protección de datos.
Su candidatura ha quedado en reserva. Si alguno de los candidatos seleccionados no se incorpora, nos pondremos en contacto con usted.
Hemos recibido tu candidatura espontánea. Aunque ahora mismo no hay procesos abiertos en tu área, la guardaremos en nuestra base de datos y la revisaremos cuando surja una oportunidad.
Te escribo para actualizarte: la empresa ha pospuesto la incorporación al próximo trimestre y el proceso queda en standby. No se ha descartado a nadie.
Lamentablemente, por la situación del proyecto, hemos tenido que congelar temporalmente la contratación. Tu candidatura sigue siendo válida y la retomaremos en cuanto tengamos luz verde.
""",
        "ack_documents": """
Para continuar con la tramitación de su candidatura, necesitamos que nos remita copia del título universitario y del informe de vida laboral antes del próximo viernes.
Le recordamos que su expediente está incompleto: falta adjuntar el certificado negativo del Registro Central de Delincuentes Sexuales. Sin él no podremos continuar con la valoración.
Te escribimos porque tu perfil en nuestro portal está incompleto. Por favor, completa la sección de experiencia laboral para que podamos evaluar tu postulación.
Estimado candidato: le agradecemos el envío de su documentación. Le rogamos que, para completar su expediente, nos haga llegar la carta de recomendación firmada por su último empleador.
Para formalizar tu inscripción en nuestra bolsa de talento necesitamos que aceptes la política de privacidad desde el enlace. Si no lo haces en 30 días, tus datos serán eliminados.
¿Sigues interesado en el puesto? Estamos actualizando nuestra base de candidatos y necesitamos que nos confirmes tu disponibilidad para mantener tu candidatura activa.
""",
        "ack_public": """
Se ha publicado en el Boletín Oficial la lista provisional de admitidos y excluidos. Usted figura como admitido. Se abre un plazo de diez días hábiles para subsanaciones y reclamaciones.
Figura usted como excluido provisional por no aportar la fotocopia del DNI. Dispone de un plazo de diez días hábiles, a contar desde el día siguiente a la publicación, para subsanar el defecto que motivó la exclusión.
Hemos recibido su recurso de alzada contra la calificación del segundo ejercicio. El tribunal lo resolverá en el plazo legalmente establecido y se le notificará la resolución.
Le informamos que su postulación a la convocatoria CAS ha sido registrada con éxito. Los resultados de la evaluación curricular se publicarán en el portal institucional según el cronograma.
Con motivo del volumen de solicitudes, los plazos se han ampliado. Las listas provisionales de la fase de concurso se publicarán previsiblemente en el mes de marzo.
Publicada la lista provisional de aprobados del primer ejercicio, usted figura con una puntuación de 6,25. Se abre un plazo de alegaciones de cinco días hábiles.
Le informamos de que ha sido incluido en la bolsa de interinos de la especialidad, en el puesto 57 del orden de prelación. Los llamamientos se realizarán según las necesidades del servicio.
Le comunicamos que el proceso de la plaza de {role} queda suspendido cautelarmente por la interposición de un recurso contra las bases de la convocatoria. Se le informará de su reanudación.
Le informamos que el plazo de presentación de méritos ha finalizado y que la comisión se encuentra valorando la documentación aportada por los aspirantes.
Se ha publicado la puntuación provisional de la fase de concurso. Puede consultar su baremo en la sede electrónica y presentar reclamación en el plazo de tres días hábiles.
El plazo de resolución del concurso se ha ampliado en un mes debido al número de solicitudes presentadas. Las listas definitivas se publicarán en el tablón de anuncios.
""",
        "ack_agency_informal": """
Desde la consultora te confirmamos que hemos presentado tu candidatura a nuestro cliente. Ellos tienen ahora la última palabra; te mantendré informado en cuanto me den feedback.
El cliente aún no ha tomado una decisión. Me dicen que están revisando internamente el presupuesto del puesto, así que te pido un poco más de paciencia.
Hola {first}, ¿todo bien? Te escribo porque el proceso viene un poco demorado del lado del cliente. Todavía no hay definición; apenas tenga novedades te aviso.
Hola {first}! Recibí tu mensaje y el CV. Esta semana ando con mucho lío en el local pero el lunes lo miro tranquilo y te digo algo. Gracias!
Hola {first}, te confirmo que le pasé tu CV a la dueña. Ella decide esta semana, te aviso apenas sepa algo.
""",
        "inv_next_step": """
Nos ha gustado tu perfil y queremos conocerte. ¿Te viene bien una videollamada de 30 minutos el martes o el miércoles por la mañana?
Te invitamos a una dinámica de grupo que se celebrará el jueves 14 a las 10:00 en nuestras oficinas de Madrid. Confirma tu asistencia respondiendo a este correo.
Su candidatura ha superado la primera fase. Le convocamos a una entrevista presencial con el Director de Operaciones el lunes a las 11:00 en nuestras oficinas de Ciudad de México.
Hola {first}, ¿podemos charlar 20 minutos esta semana? Elegí el horario que te quede mejor en este enlace.
Queremos avanzar contigo: te enviamos la prueba técnica. Tienes 72 horas desde que abras el enlace para completarla.
Se le convoca a la realización del primer ejercicio de la oposición, que tendrá lugar el sábado 8 a las 9:30 en la Facultad de Derecho. Deberá presentarse con el DNI original y bolígrafo azul.
Estimado {first}: nos complace informarle que ha sido preseleccionado para el cargo de {role}. Por favor, indíquenos su disponibilidad para una llamada con la gerente de área.
Te escribo de la consultora: el cliente quiere conocerte. Te propongo el viernes a las 12:00 en sus oficinas de Providencia.
Hola {first}! Pasate el sábado a la mañana por el local así te muestro cómo trabajamos y charlamos un rato.
Nos gustaría que presentaras el caso práctico ante el comité el próximo lunes. Serán 20 minutos de exposición y 10 de preguntas.
Ha sido seleccionado para la evaluación psicolaboral. Preséntese el miércoles 12 a las 9:00 en nuestra sede de San Isidro con su DNI.
¿Tienes disponibilidad para tomar un café con el equipo el jueves? Nos gustaría que conocieras a las personas con las que trabajarías.
""",
        "off_offer": """
Nos complace ofrecerte el puesto de {role} en {company}. Adjuntamos la carta de oferta con las condiciones: salario bruto anual de 38.000 euros, contrato indefinido e incorporación el 1 de marzo.
¡Felicitaciones, {first}! Queremos que te sumes al equipo. Te mandamos la propuesta formal; tenés hasta el viernes para darnos una respuesta.
Tras finalizar el proceso, tenemos el gusto de comunicarle que ha sido seleccionado para el cargo de {role}. Adjuntamos la oferta económica y los documentos necesarios para la vinculación.
Hola {first}! Te quedás con el puesto si lo querés. Empezás el lunes 9 a las 8. Avisame y arreglamos lo del contrato.
Le comunicamos que, a propuesta del tribunal, ha sido nombrado funcionario en prácticas en la plaza de {role}. Deberá tomar posesión en el plazo de un mes desde la publicación del nombramiento.
Mi cliente quiere ofrecerte la posición de {role} con un sueldo mensual bruto de 62.000 pesos más prestaciones superiores a las de ley. ¿Te llamo mañana para revisar los detalles?
Nos alegra comunicarte que has superado todas las etapas y queremos ofrecerte la posición. Te llamaré mañana para revisar juntos la propuesta.
Después de la entrevista final, el comité acordó extenderle una oferta para el cargo de {role}, con una renta bruta mensual de 1.800.000 pesos. Adjuntamos el detalle de beneficios.
""",
        "oth_alert": """
Nuevas ofertas que coinciden con tu búsqueda: 12 empleos de {role} en Madrid publicados en las últimas 24 horas. Mira las vacantes y postúlate con un clic.
Alerta de empleo: {company} y otras 8 empresas buscan perfiles como el tuyo en Bogotá. Revisa las ofertas antes de que cierren.
Tu alerta semanal: 5 vacantes nuevas de {role} en Santiago y modalidad remota. Puedes cambiar la frecuencia de tus alertas en la configuración.
""",
        "oth_newsletter": """
En el boletín de este mes: cómo preparar una entrevista por competencias, los sectores que más contratan en Lima y un webinar gratuito sobre LinkedIn para jóvenes profesionales.
Novedades de {company}: abrimos nueva planta en Querétaro, celebramos 25 años y lanzamos nuestro programa de becarios. Síguenos para enterarte de las próximas vacantes.
""",
        "oth_cold": """
Hola {first}, soy consultor en una firma de búsqueda de ejecutivos. Estoy trabajando en una posición de {role} para una multinacional del sector energético en Madrid y tu perfil me ha llamado la atención. ¿Te interesaría conversar de forma confidencial?
Buenas tardes, {first}. Vi tu perfil en LinkedIn y tengo una oportunidad que podría interesarte en una fintech de Buenos Aires, 100 % remota. ¿Tenés unos minutos esta semana?
Estimado {first}, desde nuestra firma de headhunting estamos apoyando a un cliente en Bogotá que busca un perfil como el suyo. Si está abierto a escuchar propuestas, le agradecería que me enviara su CV actualizado.
""",
        "oth_survey_admin": """
Queremos mejorar nuestros procesos de selección. ¿Nos dedicas dos minutos para contarnos tu experiencia como candidato? La encuesta es anónima.
Te confirmamos que hemos retirado tu candidatura al puesto de {role}, tal como nos pediste. Tus datos se eliminarán de este proceso.
Hemos recibido tu solicitud de supresión de datos. En un plazo máximo de un mes eliminaremos tu información de nuestra base de candidatos, conforme al RGPD.
Te invitamos a nuestra feria de empleo virtual el próximo 20 de mayo: charlas con el equipo de Talento, talleres de CV y presentación de los programas de prácticas.
Tu contraseña del portal de empleo ha sido modificada. Si no has sido tú, contacta con soporte.
Recordatorio: el open day de ingeniería es este jueves a las 17:00 en nuestro campus de Barcelona. ¡Te esperamos!
Hola {first}, gracias por avisarnos de que aceptaste otra propuesta. Damos de baja tu postulación y te deseamos mucha suerte en la nueva etapa.
""",
    },
    "pt": {
        "rej_general": """
Agradecemos sua participação no processo seletivo para {role}. Após análise cuidadosa, decidimos seguir com outros candidatos cujo perfil está mais alinhado às necessidades da vaga neste momento.
Infelizmente, seu perfil não foi selecionado para a próxima etapa. Seu currículo permanecerá em nosso banco de talentos para futuras oportunidades.
Caro {first}, agradecemos a candidatura ao lugar de {role}. Após análise, informamos que não foi selecionado para a fase seguinte.
Exmo. Senhor, vimos por este meio informar que, concluído o processo de recrutamento, a sua candidatura não foi selecionada. Agradecemos o interesse demonstrado na {company}.
Seu perfil não foi selecionado. Obrigado pela participação.
Não seguiremos com seu processo. Obrigado.
SUBJECT: Retorno do processo seletivo || Oi {first}, obrigada pelo tempo. Decidimos seguir com outro perfil.
Recebemos muitas candidaturas qualificadas e, nesta ocasião, não conseguiremos avançar com a sua. Isso não diminui o valor da sua trajetória.
Agradecemos o seu interesse. Devido ao elevado número de candidaturas, não é possível fornecer feedback individual, mas informamos que a sua candidatura não avançará.
Olá, {first}! Passando para te dar um retorno: não vamos seguir com a sua candidatura para a vaga de {role}. Desejamos sucesso na sua jornada!
A vaga exige residência em Curitiba e disponibilidade para trabalho presencial, por isso não poderemos dar seguimento à sua candidatura.
Após a análise curricular, verificamos que o seu perfil não atende aos requisitos obrigatórios da vaga (inglês fluente e CNH categoria B). Agradecemos a participação.
Informamos que o processo foi encerrado sem contratação, pois a empresa decidiu não abrir a posição este ano. Sua candidatura está, portanto, encerrada.
A sua candidatura espontânea foi analisada, mas de momento não dispomos de oportunidades compatíveis, pelo que não lhe poderemos dar seguimento.
Comunicamos que sua participação no processo seletivo foi encerrada. O Grupo agradece seu interesse e deseja sucesso em sua carreira.
Em resposta à sua candidatura, lamentamos informar que o seu perfil não corresponde ao que procuramos neste momento.
Seguimos com outros perfis para esta vaga. Obrigado por se candidatar.
Agradecemos seu interesse na vaga. Após avaliação, concluímos que sua experiência está acima do que a posição exige neste momento e, por isso, não avançaremos com a candidatura.
A vaga é exclusiva para estudantes com formatura prevista a partir de dezembro de 2025. Como seu perfil não atende a esse requisito, sua inscrição no programa foi desconsiderada.
Informamos que a sua candidatura não foi considerada para a fase seguinte. Os seus dados serão eliminados no prazo de seis meses, nos termos do RGPD, salvo se nos der consentimento para os mantermos.
Boa tarde, {first}. O senhor não foi selecionado para a vaga de {role}. Agradecemos a atenção.
Queremos agradecer pelo tempo investido nas etapas. O processo foi concluído e você não foi o(a) escolhido(a) desta vez.
Sua candidatura foi analisada pela nossa equipe e, neste momento, não daremos continuidade. Nos termos da LGPD, seus dados serão mantidos por 6 meses e depois excluídos.
""",
        "rej_after_step": """
Olá {first}, tudo bem? Obrigada por ter participado da dinâmica de grupo na última terça. Depois de conversar com o time, decidimos não seguir com a sua candidatura. Desejamos muito sucesso!
Após a entrevista com o gestor, optamos por outro candidato com mais experiência em vendas consultivas B2B.
Avaliamos o case que você apresentou. Apesar dos pontos fortes, ele não atingiu o nível que buscamos, por isso encerramos aqui a sua participação.
Após a dinâmica e as entrevistas individuais, você não avançou para a etapa final do programa de trainee. Agradecemos o empenho.
Obrigado por concluir o teste técnico. Infelizmente o resultado ficou abaixo do esperado na parte de algoritmos, e não vamos continuar com sua candidatura.
Depois de várias conversas, o time entendeu que o momento pede alguém com mais vivência em gestão de pessoas. Por isso não seguiremos com você neste processo, mas adoraríamos manter contato.
Boa tarde {first}. Infelizmente não passaste à fase seguinte do estágio. Gostámos muito de te conhecer e esperamos voltar a cruzar caminhos.
Olá {first}, tal como falámos ao telefone, não vamos avançar com a tua candidatura. Obrigado pela disponibilidade.
Obrigado pela entrevista de ontem. Decidimos avançar com outra pessoa, cuja experiência em logística farmacêutica é mais próxima do que precisamos.
Prezado(a) candidato(a), comunicamos que, nesta etapa, sua candidatura foi considerada inapta na avaliação psicológica. Agradecemos a participação.
Olá {first}, obrigado pelo teste prático de design. Gostamos da criatividade, mas buscamos alguém com mais experiência em UX research. Não seguiremos desta vez.
A entrevista de quinta foi ótima, mas no fim escolhemos uma pessoa que já conhecia o nosso sistema. Fica o agradecimento e a torcida!
Após a etapa de entrevistas finais, a decisão foi não avançar com a sua candidatura. Sabemos que não é a notícia que esperava e agradecemos a transparência durante todo o processo.
Agradecemos o tempo e o esforço dedicados ao desafio técnico. Neste momento optamos por candidatos com mais experiência em Kotlin.
Após a verificação de referências, optamos por não fazer uma proposta. Desejamos sucesso nos próximos passos.
Depois da etapa de dinâmica online, você não foi selecionado(a) para a fase de painel com gestores.
Infelizmente, não atingiste a pontuação mínima no teste de inglês, que é eliminatório. Podes candidatar-te novamente daqui a seis meses.
Obrigada pela participação no Assessment. Nesta edição você não foi aprovado(a) para a próxima fase do programa.
Olá {first}. Acabámos de fechar o processo de {role}. Não foi desta vez, mas gostámos muito de te conhecer.
Após a segunda entrevista, optamos por outra candidata. Foi uma decisão difícil.
Agradecemos a sua presença na entrevista com a Direção Financeira. Após ponderação, a escolha recaiu sobre outro candidato.
""",
        "rej_closed_filled": """
Informamos que a vaga de {role} já foi preenchida. Agradecemos o seu interesse.
A vaga de {role} foi cancelada devido a uma reestruturação interna, e o processo seletivo foi encerrado para todos os candidatos.
A vaga foi congelada pela diretoria e, por isso, encerramos o processo sem contratação. Caso ela seja reaberta, publicaremos um novo anúncio.
Gostaríamos de informar que o processo seletivo para {role} foi concluído e a posição foi preenchida por outro candidato.
Caro {first}, informamos que o lugar já ficou preenchido. Obrigado pelo interesse na nossa clínica.
O estágio foi cancelado devido a mudanças no orçamento da área. Encerramos todas as candidaturas.
A posição foi fechada sem contratação. Por isso, o processo de todos os candidatos, incluindo o seu, está encerrado.
Infelizmente a vaga foi suspensa por tempo indeterminado e decidimos encerrar o processo. Se reabrirmos, será com um novo anúncio e uma nova seleção.
""",
        "rej_agency": """
Em nome do nosso cliente, informo que a empresa decidiu seguir com outro finalista para a posição de {role}. Foi um prazer conduzir o seu processo e manterei seu currículo para novas oportunidades.
A consultoria informa que o cliente encerrou a vaga com uma contratação interna. Dessa forma, sua candidatura não seguirá adiante.
Prezado {first}, após análise do seu perfil pelo nosso cliente, fomos informados de que a empresa optou por seguir com outros candidatos. Agradecemos a confiança em nossa consultoria.
A empresa contratante concluiu o processo e a vaga foi preenchida. Agradecemos por ter participado com a nossa agência de recrutamento.
Olá {first}, recebi o feedback do cliente: gostaram da conversa, mas vão seguir com um perfil com mais experiência no setor bancário. Continuo de olho em outras vagas pra você.
Bom dia {first}. O nosso cliente decidiu não avançar com a tua candidatura para a fase final. Obrigado pela disponibilidade ao longo do processo.
""",
        "rej_public": """
Informamos que, de acordo com o resultado final homologado, o(a) candidato(a) não foi classificado(a) dentro do número de vagas nem do cadastro reserva.
O recurso interposto contra o gabarito preliminar foi indeferido pela banca examinadora. Mantém-se a sua eliminação do concurso.
Informa-se que V. Exa. foi excluído do procedimento concursal por não ter obtido a classificação mínima de 9,5 valores na prova de conhecimentos, conforme a lista unitária de ordenação final homologada.
O senhor não foi aprovado na prova prática, ficando eliminado do processo seletivo simplificado.
Esgotado o prazo de recurso, a sua inscrição foi indeferida em definitivo por ausência do diploma de graduação exigido no edital.
Terminado o período de audiência dos interessados, mantém-se a sua exclusão do procedimento, que se torna definitiva, por não possuir o nível habilitacional exigido.
Conforme Edital de Resultado Final, o(a) candidato(a) obteve a classificação 214, fora do número de vagas e do cadastro reserva, razão pela qual não será convocado(a).
""",
        "rej_informal": """
Olá {first}! Aqui é {sender_first} da padaria. Já fechamos com outra pessoa pra vaga de atendente, viu? Obrigado por vir aqui conversar. Abraço!
Oi {first}, a vaga já foi preenchida. Valeu pelo interesse!
Oi {first}! Obrigada por mandar o currículo pelo Instagram. A vaga da loja já foi ocupada, mas se abrir outra a gente te chama, tá?
Olá {first}, tudo joia? Só passando pra avisar que o pessoal preferiu seguir com outro candidato. Valeu demais pelo papo, e bora manter contato no LinkedIn!
Oi {first}, vi seu portfólio, ficou bem legal! Mas a gente tá procurando alguém mais sênior, então não vou seguir com você agora. Boa sorte!
Olá {first}, é o {sender_first} do restaurante. Já arranjámos alguém para a cozinha, desculpa só responder agora. Obrigado e boa sorte!
""",
        "ack_received_privacy": """
Recebemos sua candidatura para a vaga de {role}. Nossa equipe de Recrutamento e Seleção irá analisá-la em breve. Em conformidade com a Lei Geral de Proteção de Dados (Lei nº 13.709/2018), seus dados serão utilizados exclusivamente para fins de recrutamento e você pode solicitar a exclusão a qualquer momento.
Obrigado por se candidatar! Devido ao grande volume de inscrições, apenas os candidatos selecionados serão contactados para as próximas etapas.
Em conformidade com o RGPD, informamos que os seus dados pessoais serão tratados pela {company} exclusivamente para efeitos deste processo de recrutamento. Confirmamos a receção da sua candidatura.
Esta é uma mensagem automática. Sua inscrição foi concluída com sucesso. Por favor, não responda a este e-mail.
Não podemos responder individualmente a cada candidato, mas garantimos que o seu currículo foi recebido e será avaliado pela nossa equipa.
Obrigado por se candidatar à vaga de {role} na {company}! Nosso time vai analisar seu perfil. Enquanto isso, conheça um pouco mais da nossa cultura no nosso blog.
Obrigado pelo seu interesse. Se o seu perfil for compatível, entraremos em contato; caso contrário, você também receberá uma resposta por e-mail.
Sua candidatura foi recebida. Apenas os candidatos pré-selecionados receberão uma ligação. Caso não receba contato em 30 dias, considere que o processo seguiu com outros perfis.
Recebemos a sua candidatura ao Programa de Estágios. As candidaturas serão analisadas após o fecho das inscrições, a 31 de março.
A sua candidatura foi registada com o número 4471. Guarde este número para futuras comunicações.
Olá! Recebemos suas informações pelo formulário do site. Obrigado! Nosso time de People vai dar uma olhada nos próximos dias.
SUBJECT: Confirmação de candidatura || Olá {first}, a sua candidatura chegou-nos corretamente. Infelizmente, dado o volume, não conseguimos responder a todos; só entraremos em contacto se avançar para a fase de entrevistas. Os dados são tratados nos termos do RGPD e conservados por 12 meses.
Infelizmente não conseguimos dar retorno individual a todos os candidatos, mas sua inscrição foi confirmada e está em nossa base. Controlador dos dados: {company}. Finalidade: recrutamento e seleção.
""",
        "ack_status_delay": """
Infelizmente, devido ao elevado número de candidaturas, a análise está a demorar mais do que o previsto. A sua candidatura continua ativa e entraremos em contacto logo que possível.
Status da sua candidatura: Em análise.
Seu processo está em andamento. No momento estamos concluindo as entrevistas com outros candidatos e daremos um retorno até o fim do mês.
Obrigado pela paciência. Sua candidatura continua em análise e ainda não tomamos nenhuma decisão.
Infelizmente tivemos um atraso no processo por conta das férias do gestor. Assim que ele retornar, daremos andamento às entrevistas. Sua candidatura segue válida.
Verificamos que seu cadastro está incompleto. Complete a seção de experiência profissional para que possamos avaliar sua candidatura.
Devido a uma falha técnica, alguns candidatos receberam um e-mail informando o encerramento do processo. Pedimos desculpas: sua candidatura continua em andamento e nenhuma decisão foi tomada.
Sua candidatura foi recebida e está na etapa: Triagem. Situação: Aguardando.
Você passou para a etapa de avaliação pelo gestor da área. Avisaremos sobre os próximos passos.
O processo seletivo de {role} encontra-se na fase de verificação de referências dos finalistas. Ainda não há decisão.
Infelizmente ainda não temos uma data para o retorno, mas garantimos que seu perfil está sendo analisado com atenção.
Obrigado por concluir o teste online. Seus resultados foram registrados e serão analisados junto com o seu currículo.
Percebemos que você enviou seu currículo duas vezes. Sem problema: consideraremos apenas a versão mais recente e sua candidatura segue normalmente.
Informamos que a sua candidatura foi encaminhada para a Direção de Operações, responsável pela pré-seleção. Caso seja selecionado, será contactado diretamente.
Confirmamos a receção dos documentos enviados. O processo segue para a fase de avaliação curricular.
Infelizmente não conseguimos cumprir o prazo inicialmente indicado. Prevemos dar uma resposta a todos os candidatos até ao dia 15.
Esclarecemos que a mensagem anterior foi enviada por engano. A vaga de {role} continua aberta e sua candidatura segue em análise.
A sua candidatura está a ser analisada pela equipa técnica. Agradecemos a sua paciência.
Ainda não temos novidades sobre o processo de {role}. Continuamos com as entrevistas e esperamos concluir a fase inicial na próxima semana.
Estamos na fase final do processo e você continua entre os candidatos considerados. Esperamos ter uma decisão em duas semanas.
""",
        "ack_paused_pool": """
O processo seletivo está temporariamente suspenso por questões orçamentárias. Nenhuma decisão foi tomada sobre as candidaturas; avisaremos quando for retomado.
Oi {first}! A vaga deu uma congelada até depois do Carnaval. Seu currículo continua aqui com a gente; em março a gente retoma e te aviso.
Seu currículo foi cadastrado no nosso banco de talentos. Quando surgir uma vaga compatível com o seu perfil, entraremos em contato. Seus dados serão armazenados por até 24 meses, de acordo com a LGPD.
Recebemos sua candidatura espontânea. No momento não temos vagas abertas na sua área, mas ela ficará registrada em nosso banco de talentos e será consultada quando surgirem oportunidades.
A sua candidatura ficou em reserva de recrutamento. Caso algum dos candidatos selecionados desista, entraremos em contacto.
A empresa adiou a contratação para o próximo trimestre e o processo ficou em stand-by. Nenhum candidato foi descartado.
O processo de seleção foi temporariamente pausado enquanto a área redefine o escopo da vaga. Manteremos sua candidatura e retornaremos com novidades.
Infelizmente, a contratação está congelada até a aprovação do novo orçamento. Sua candidatura permanece ativa e será retomada assim que tivermos autorização.
""",
        "ack_documents": """
Para darmos continuidade ao seu processo, precisamos que envie cópia do RG, CPF, comprovante de residência e carteira de trabalho digital até sexta-feira.
Para concluir a inscrição no banco de talentos, precisamos que você aceite nossa Política de Privacidade. Caso não o faça em 30 dias, seus dados serão excluídos.
Prezado candidato, para completar o seu processo solicitamos o envio da carta de referência do último empregador e do certificado de registo criminal.
Você ainda tem interesse na vaga? Estamos atualizando nossa base e precisamos que confirme sua disponibilidade para manter a candidatura ativa.
Solicitamos que atualize o seu currículo na plataforma com a informação sobre disponibilidade para viajar. Sem essa informação não conseguimos concluir a triagem.
""",
        "ack_public": """
Foi publicada a lista provisória de candidatos admitidos e excluídos. V. Exa. consta como admitido.
A sua candidatura consta como excluída provisoriamente por falta do certificado de habilitações. Nos termos do Código do Procedimento Administrativo, dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.
Recebemos o seu recurso contra o resultado preliminar da prova objetiva. A banca examinadora analisará o pedido e o resultado será divulgado no site na data prevista no cronograma.
Informamos que o resultado preliminar da avaliação de títulos foi publicado. O prazo para interposição de recursos é de dois dias úteis.
O prazo para divulgação do resultado final foi prorrogado em 30 dias devido ao número de inscritos. Acompanhe as publicações no Diário Oficial.
O concurso está suspenso por decisão judicial até nova deliberação. Os candidatos serão informados sobre a retomada por meio de edital.
Você foi classificado(a) no cadastro reserva, na 12ª posição. A convocação ocorrerá conforme a necessidade da instituição e a ordem de classificação, durante o prazo de validade do concurso.
Protocolo de inscrição nº 2024.0047812. Cargo: {role}. Situação: pagamento confirmado, aguardando homologação.
Informamos que a homologação das inscrições foi publicada e a sua inscrição foi deferida. O local de prova será divulgado oportunamente.
Atendendo ao elevado volume de candidaturas, o júri prorrogou o prazo de conclusão do procedimento. A lista de ordenação final será publicitada na Bolsa de Emprego Público.
Informamos que o seu pedido de revisão da prova foi recebido e será apreciado pelo júri no prazo legal.
""",
        "ack_agency_informal": """
A consultoria confirma que o seu currículo foi apresentado ao nosso cliente. A decisão sobre as próximas etapas cabe a ele; te manterei informado.
O cliente ainda não deu retorno. Eles estão revendo o orçamento da posição, então peço mais um pouco de paciência.
Olá {first}, tudo bem? O processo do cliente tá um pouco demorado, ainda sem definição. Assim que tiver novidade eu te aviso.
Seu currículo foi recebido pela nossa assessoria de RH e encaminhado ao cliente. Caso haja interesse, entraremos em contato.
Olá {first}, recebi seu currículo por aqui! Esta semana tá corrida na loja, mas segunda eu dou uma olhada com calma e te falo.
Olá {first}, passei seu currículo para a dona. Ela decide esta semana e eu te dou um toque assim que souber.
""",
        "inv_next_step": """
Gostamos muito do seu perfil e queremos te conhecer! Você tem disponibilidade para uma conversa de 30 minutos por vídeo na terça ou na quarta de manhã?
Você foi selecionado(a) para a dinâmica de grupo, que acontecerá na quinta-feira, às 9h, na nossa sede na Avenida Paulista. Confirme sua presença respondendo a este e-mail.
A sua candidatura passou à fase seguinte. Gostaríamos de o convidar para uma entrevista presencial no nosso escritório do Porto.
Oi {first}, bora bater um papo rápido essa semana? Escolhe o melhor horário nesse link.
Segue o link do desafio técnico. Você terá 5 dias para enviar a solução.
Convocamos o(a) candidato(a) para a realização da prova prática no dia 22, às 14h, no Campus Central. Compareça com documento de identidade original com foto.
Nosso cliente quer te conhecer. Proponho sexta às 11h no escritório deles na Faria Lima.
Passa aqui na loja sábado de manhã pra gente conversar e você conhecer o pessoal.
Gostaríamos que apresentasse o case para a banca na próxima segunda. Serão 20 minutos de apresentação e 10 de perguntas.
Convocamos V. Exa. para a entrevista profissional de seleção, a realizar no dia 3, às 10h00, nas instalações da Câmara Municipal.
Podemos marcar uma chamada com a diretora de produto? Diga-nos que dias lhe dão mais jeito na próxima semana.
Você avançou! A próxima etapa é um bate-papo com o time. Agende pelo link abaixo.
""",
        "off_offer": """
Temos o prazer de lhe oferecer a posição de {role} na {company}. Em anexo segue a proposta, com salário mensal de R$ 9.500, vale-refeição e plano de saúde, com início previsto em 1º de abril.
Parabéns, {first}! Queremos você no time. Segue a carta-oferta; pedimos uma resposta até sexta.
Temos o gosto de lhe apresentar uma proposta para integrar a nossa equipa como {role}: contrato sem termo e remuneração bruta de 2.100 euros em 14 meses.
Oi {first}! A vaga é sua se quiser. Começa segunda às 8h. Me avisa que a gente acerta a papelada.
Informamos que a sua nomeação para o cargo de {role} foi publicada no Diário Oficial. O prazo para a posse é de 30 dias, mediante apresentação dos documentos listados no edital.
Meu cliente quer te fazer uma proposta: R$ 18.000 CLT mais bônus anual. Podemos conversar amanhã para alinhar os detalhes?
Ficamos felizes em informar que você foi aprovado(a) em todas as etapas e queremos te oferecer a vaga de {role}. Vou te ligar amanhã para apresentar a proposta.
Após a entrevista final, decidimos oferecer-lhe o lugar. Segue em anexo a minuta do contrato para sua análise.
""",
        "oth_alert": """
Novas vagas para você: 9 oportunidades de {role} em São Paulo publicadas nas últimas 24 horas. Candidate-se com um clique.
Alerta de emprego: a {company} e mais 6 empresas estão a recrutar perfis como o seu em Lisboa. Veja as ofertas antes que fechem.
Seu resumo semanal: 4 vagas novas de {role} em regime remoto. Você pode alterar a frequência dos alertas nas configurações.
""",
        "oth_newsletter": """
Nesta edição: como se preparar para uma entrevista por competências, as áreas que mais contratam em Belo Horizonte e um webinar gratuito sobre LinkedIn.
Novidades da {company}: inauguramos uma nova fábrica em Aveiro, celebramos 30 anos e lançámos o programa de estágios de verão.
""",
        "oth_cold": """
Olá {first}, sou consultor numa empresa de executive search e estou a trabalhar numa posição de {role} para uma multinacional em Lisboa. O seu perfil chamou-me a atenção. Teria disponibilidade para uma conversa confidencial?
Oi {first}, tudo bem? Vi seu perfil no LinkedIn e tenho uma oportunidade em uma fintech de São Paulo, 100% remota. Tem uns minutinhos essa semana?
Prezado {first}, nossa consultoria está apoiando um cliente do setor de agronegócio em Goiânia que busca um perfil como o seu. Se estiver aberto a propostas, poderia nos enviar seu currículo atualizado?
""",
        "oth_survey_admin": """
Queremos melhorar nossos processos seletivos. Você pode dedicar dois minutos para contar como foi a sua experiência como candidato? A pesquisa é anônima.
Confirmamos que a sua candidatura à vaga de {role} foi retirada, conforme solicitado. Os seus dados deixarão de ser usados neste processo.
Recebemos sua solicitação de exclusão de dados. Em até 15 dias, seus dados serão removidos da nossa base, conforme a LGPD.
Convidamos você para a nossa feira de carreiras online no dia 20 de maio: bate-papos com o time de Talentos, oficinas de currículo e apresentação dos programas de estágio.
A senha da sua conta no portal de vagas foi alterada. Se não foi você, entre em contato com o suporte.
Lembrete: o open day de engenharia é esta quinta, às 17h, no nosso campus de Braga. Contamos contigo!
Oi {first}, obrigado por avisar que aceitou outra proposta. Encerramos sua candidatura aqui e desejamos muito sucesso na nova fase!
""",
    },
    "en": {
        "rej_any_wording": """
Thank you for the time you spent with us at the assessment day. After reviewing the group exercise and the case presentations, we will not be moving you forward to the final round.
We have now completed our review of applications for {role} and have decided to progress with candidates whose experience more closely matches the brief.
The {role} position has been withdrawn following a restructure of the team, and we have closed the process for all applicants.
Hi {first}, quick note: we went with someone else for the role. Thanks for taking the time.
I have heard back from my client and they have decided to proceed with another finalist. I know this is disappointing after three rounds, and I will keep you in mind for similar searches.
Thank you for completing the take-home exercise. The panel felt it did not demonstrate the depth of SQL we need, so we will not be taking your application further.
We regret to inform you that you have not been successful at the sift stage of this campaign. Due to the volume of applications we are unable to provide individual feedback.
Following the review of your request, the panel's original decision stands: your application did not meet the essential criteria and will not progress.
The hiring freeze has now been confirmed for the rest of the financial year, so we are closing this vacancy without an appointment. Your application will not be taken further.
Thanks for coming in on Tuesday, {first}. We really enjoyed meeting you, but we have offered the position to another candidate who has accepted.
After careful consideration we won't be moving ahead with your application. We appreciate your interest in {company}.
Hey {first}, it's {sender_first} from the shop. We ended up hiring my cousin for the weekend shifts, sorry to leave you hanging. Best of luck!
""",
        "ack_any_wording": """
Thank you for applying for {role}. Unfortunately, due to the high volume of applications, we are only able to contact candidates who have been shortlisted. Under the UK GDPR, your data will be held for six months and then deleted.
Your application status has been updated to: Under review.
Unfortunately the process is taking longer than expected because of the number of applications we received. No decisions have been made yet and we will be in touch by the end of the month.
We have put the {role} search on hold while the budget is re-approved. Your application remains active and we will let you know as soon as we resume.
Thank you for your interest. Your CV has been added to our talent pool and we will contact you if a suitable opportunity arises.
To continue with your application, please upload proof of your right to work in the UK and the details of two referees by Friday.
You have been placed on the reserve list for this campaign. If a post becomes available during the next twelve months, we will contact candidates in merit order.
My client has not reached a decision yet. They are still interviewing internally and have asked me to thank you for your patience.
We apologise for an earlier automated email that stated your application had been closed. This was sent in error: your application is still being considered.
The shortlisting panel is still reviewing applications. We expect to notify all candidates of the outcome by 14 June.
Hi {first}, got your CV, thanks! Slammed this week at the café but I'll look properly on Monday and get back to you.
Thank you for submitting your appeal. It has been passed to an independent reviewer and you will receive a response within 20 working days.
""",
        "inv_next_step": """
We would like to invite you to an assessment centre on 12 March in our Manchester office, including a group exercise and a short presentation.
Could we find 30 minutes for a chat with our Head of Data next week? Please pick a slot that works for you using the link below.
Please find attached the link to our online coding task. You have five days to complete it once started.
""",
        "off_offer": """
We are delighted to offer you the position of {role} at {company}, with a starting salary of £42,000 per annum. The formal offer letter is attached.
Great news, {first}: my client would like to make you an offer. Are you free for a quick call this afternoon to go through the package?
""",
        "oth_misc": """
Jobs you may be interested in: 7 new {role} roles near London posted this week.
We have withdrawn your application for {role} as you requested. Thank you for letting us know.
Hi {first}, I came across your profile and am working on a {role} opening with a healthcare start-up in Dublin. Open to a confidential chat?
""",
    },
    "de": {
        "rej_any_wording": """
Vielen Dank für Ihre Teilnahme an unserem Assessment-Center. Nach Auswertung der Gruppenübung und der Präsentationen haben wir uns entschieden, Sie nicht in die finale Runde einzuladen.
Nach sorgfältiger Prüfung aller Bewerbungen für die Position {role} haben wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil unseren Anforderungen noch näher kommt.
Die ausgeschriebene Stelle wurde aufgrund einer internen Umstrukturierung gestrichen. Das Auswahlverfahren ist damit für alle Bewerbenden beendet.
Hallo {first}, kurz zur Info: Wir haben uns für jemand anderen entschieden. Danke dir für deine Zeit!
Unser Mandant hat sich nach der letzten Gesprächsrunde für einen anderen Kandidaten entschieden. Ich bedaure das sehr und melde mich, sobald ich eine passende Position für Sie habe.
Danke für die Bearbeitung der Fallstudie. Leider erfüllt sie nicht ganz das, was wir für die Stelle brauchen, daher führen wir den Prozess nicht mit Ihnen fort.
Wir teilen Ihnen mit, dass Sie für die ausgeschriebene Stelle nicht berücksichtigt werden konnten. Ihre Unterlagen werden nach Ablauf der Frist nach AGG datenschutzgerecht vernichtet.
Die Stelle ist inzwischen besetzt. Wir danken Ihnen für Ihr Interesse an {company}.
Nach dem Vorstellungsgespräch am Dienstag haben wir uns für eine Bewerberin mit mehr Erfahrung im Einkauf entschieden. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
Da der Einstellungsstopp bis Jahresende verlängert wurde, schließen wir das Verfahren ohne Besetzung ab. Ihre Bewerbung wird daher nicht weiterverfolgt.
Hi {first}, hier ist {sender_first} vom Café. Wir haben die Aushilfe schon gefunden, sorry für die späte Antwort. Alles Gute dir!
""",
        "ack_any_wording": """
Vielen Dank für Ihre Bewerbung als {role}. Aufgrund der Vielzahl an Bewerbungen melden wir uns nur bei Kandidatinnen und Kandidaten, die in die engere Auswahl kommen. Hinweise zur Verarbeitung Ihrer Daten gemäß Art. 13 DSGVO finden Sie in unserer Datenschutzerklärung.
Leider verzögert sich das Auswahlverfahren, da sehr viele Bewerbungen eingegangen sind. Eine Entscheidung ist noch nicht gefallen; wir melden uns voraussichtlich Ende des Monats.
Der Status Ihrer Bewerbung hat sich geändert: In Prüfung.
Das Besetzungsverfahren ist vorübergehend ausgesetzt, da das Budget neu abgestimmt wird. Ihre Bewerbung bleibt im Verfahren, eine Entscheidung wurde noch nicht getroffen.
Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf. Sobald eine passende Stelle frei wird, kommen wir auf Sie zu.
Damit wir Ihre Bewerbung weiter bearbeiten können, senden Sie uns bitte bis Freitag Ihre Arbeitszeugnisse und eine Kopie Ihres Abschlusszeugnisses.
Unser Mandant hat noch keine Entscheidung getroffen. Ich halte Sie auf dem Laufenden, sobald ich Feedback erhalte.
Die Mail, in der Ihnen eine Absage mitgeteilt wurde, ist leider irrtümlich verschickt worden. Ihre Bewerbung befindet sich weiterhin im Auswahlverfahren.
Hallo {first}, danke für die Unterlagen! Diese Woche ist bei uns Inventur, ich schau sie mir am Montag in Ruhe an.
Ihr Widerspruch gegen die Auswahlentscheidung ist bei uns eingegangen und wird derzeit geprüft. Sie erhalten hierzu einen gesonderten Bescheid.
Sie wurden in die Nachrückliste aufgenommen. Sollte eine ausgewählte Person absagen, kommen wir auf Sie zu.
""",
        "inv_next_step": """
Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch am Donnerstag um 10 Uhr in unser Büro in Stuttgart ein.
Hättest du nächste Woche Zeit für einen kurzen Videocall mit unserem Teamlead? Such dir einfach einen Termin über den Link aus.
Im nächsten Schritt erhalten Sie von uns eine Fallstudie, die Sie in einer Präsentation vor dem Fachbereich vorstellen.
""",
        "off_offer": """
Wir freuen uns, Ihnen die Position als {role} anbieten zu können. Den Arbeitsvertrag mit einem Jahresbruttogehalt von 58.000 Euro finden Sie im Anhang.
Gute Nachrichten: Unser Mandant möchte Ihnen ein Angebot machen. Passt Ihnen heute Nachmittag ein kurzes Telefonat zu den Details?
""",
        "oth_misc": """
Neue Jobs für Sie: 6 Stellen als {role} in München aus den letzten 24 Stunden.
Wie Sie es gewünscht haben, haben wir Ihre Bewerbung zurückgezogen und Ihre Daten gelöscht.
Hallo {first}, ich bin Personalberaterin und suche für einen Mittelständler in Hamburg eine Person als {role}. Hätten Sie Interesse an einem vertraulichen Austausch?
""",
    },
    "fr": {
        "rej_any_wording": """
Merci pour votre participation à notre journée d'évaluation. À l'issue de l'exercice collectif et des entretiens individuels, nous ne retenons pas votre candidature pour la dernière étape.
Après examen attentif des candidatures reçues pour le poste de {role}, nous avons fait le choix de poursuivre avec des profils plus proches de nos besoins actuels.
Le poste de {role} a été supprimé suite à une réorganisation interne ; le processus de recrutement est donc clos pour l'ensemble des candidats.
Bonjour {first}, juste un mot : on est partis sur quelqu'un d'autre pour le poste. Merci pour ton temps !
Notre client a finalement retenu un autre finaliste. Je sais que la déception est grande après trois entretiens et je reviendrai vers vous pour d'autres missions.
Merci d'avoir réalisé le cas pratique. Le jury a estimé qu'il ne répondait pas au niveau attendu, nous ne donnerons donc pas suite à votre candidature.
Nous vous informons que votre candidature n'a pas été retenue à l'issue de l'examen des dossiers. Conformément au RGPD, vos données seront conservées deux ans, sauf opposition de votre part.
Le poste est désormais pourvu. Nous vous remercions de l'intérêt porté à {company}.
Suite à notre entretien de mardi, nous avons choisi une candidate ayant davantage d'expérience en relations presse. Nous vous souhaitons une belle réussite.
Le recrutement étant gelé jusqu'à la fin de l'exercice, nous clôturons ce poste sans embauche. Votre candidature ne sera donc pas poursuivie.
Coucou {first}, c'est {sender_first} de la boulangerie. On a trouvé quelqu'un pour le week-end, désolée de répondre si tard. Bonne continuation !
""",
        "ack_any_wording": """
Nous avons bien reçu votre candidature au poste de {role}. En raison du nombre important de candidatures, seules les personnes présélectionnées seront contactées. Vos données sont traitées conformément au RGPD.
Malheureusement, le traitement des candidatures prend plus de temps que prévu. Aucune décision n'a encore été prise et nous reviendrons vers vous d'ici la fin du mois.
Le statut de votre candidature a été mis à jour : En cours d'examen.
Le processus de recrutement est suspendu temporairement le temps de valider le budget. Votre candidature reste active et aucune décision n'a été prise.
Votre CV a été intégré à notre vivier de talents. Nous vous recontacterons si une opportunité correspondant à votre profil se présente.
Afin de poursuivre l'étude de votre dossier, merci de nous transmettre vos diplômes et une attestation de votre dernier employeur avant vendredi.
Notre client n'a pas encore pris sa décision. Je vous tiens informé dès que j'ai un retour.
Un message envoyé par erreur vous a indiqué que votre candidature n'était pas retenue. Nous vous prions de nous en excuser : votre candidature est toujours à l'étude.
Bonjour {first}, j'ai bien reçu ton CV, merci ! Grosse semaine au restaurant, je regarde ça tranquillement lundi.
La liste des candidats admis à concourir a été publiée. Vous figurez sur la liste complémentaire ; vous pourrez être appelé en cas de désistement.
Votre recours gracieux a bien été enregistré. Il sera examiné par le jury et une réponse vous sera adressée dans un délai de deux mois.
""",
        "inv_next_step": """
Nous souhaitons vous rencontrer et vous proposons un entretien jeudi à 10 h dans nos locaux de Lyon.
Tu aurais 30 minutes la semaine prochaine pour un échange en visio avec notre responsable produit ? Choisis un créneau via le lien.
Vous êtes convoqué à l'épreuve écrite d'admissibilité le 14 mars à 9 h, munie d'une pièce d'identité.
""",
        "off_offer": """
Nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle brute de 42 000 euros. Vous trouverez la promesse d'embauche en pièce jointe.
Bonne nouvelle : mon client souhaite vous faire une proposition. Êtes-vous disponible cet après-midi pour en parler ?
""",
        "oth_misc": """
Nouvelles offres pour vous : 8 postes de {role} à Paris publiés cette semaine.
Comme vous nous l'avez demandé, nous avons retiré votre candidature et supprimé vos données.
Bonjour {first}, je suis consultante en recrutement et j'accompagne une PME nantaise qui recherche un profil comme le vôtre. Seriez-vous ouvert à un échange confidentiel ?
""",
    },
}

WRAP: dict[str, dict[str, list[str]]] = {
    "es": {
        "greet": [
            "Estimado/a {first}:",
            "Hola {first},",
            "Hola, {first}:",
            "Buenos días, {first}:",
            "Querido {first}:",
            "Buenas tardes {first},",
            "Sr. {first}:",
        ],
        "thanks": [
            "Gracias por tu interés en {company}.",
            "Le agradecemos el interés mostrado en formar parte de {company}.",
            "Muchas gracias por postularte a {role}.",
            "Agradecemos su postulación y el tiempo dedicado al proceso.",
            "Gracias por haber pensado en nosotros.",
        ],
        "wish": [
            "Te deseamos mucho éxito en tu búsqueda.",
            "Le deseamos lo mejor en sus próximos retos profesionales.",
            "Ojalá volvamos a cruzarnos pronto.",
            "Mucha suerte en lo que venga.",
            "Le animamos a seguir atento a nuestras próximas convocatorias.",
        ],
        "marketing": [
            "En {company} llevamos más de veinte años conectando personas y oportunidades, con presencia en seis países de Latinoamérica y un compromiso firme con la diversidad.",
            "Somos una empresa familiar con raíces en el sur de España y clientes en toda Europa. Creemos en el talento local y en el trabajo bien hecho.",
            "En {company} apostamos por la formación continua, el trabajo híbrido y un ambiente donde cada voz cuenta.",
        ],
        "sign": [
            "Un saludo cordial,\n{sender}",
            "Atentamente,\n{sender}\nDepartamento de Selección",
            "Saludos,\n{sender}\nEquipo de Talento | {company}",
            "Cordialmente,\n{sender}\nGestión Humana",
            "Abrazo,\n{sender}",
            "Quedamos atentos,\n{sender}\nReclutamiento y Selección",
        ],
        "footer": [
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
            "De conformidad con el RGPD y la LOPDGDD, puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición dirigiéndose a {company}. Más información en nuestra política de privacidad.",
            "Aviso de privacidad: {company} es responsable del tratamiento de sus datos personales. Consulte el aviso integral en nuestro portal.",
            "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.",
            "Para dejar de recibir estos correos, gestiona tus preferencias en tu área de candidato.",
        ],
        "subject_app": [
            "Tu candidatura a {role}",
            "Proceso de selección: {role}",
            "Actualización sobre su postulación",
            "{company} - Candidatura {role}",
            "Respuesta a su solicitud",
            "Re: Postulación {role}",
            "Novedades de tu proceso",
        ],
        "subject_inv": [
            "Siguiente paso en tu proceso con {company}",
            "Convocatoria: {role}",
            "¿Hablamos?",
            "Citación proceso de selección",
        ],
        "subject_off": [
            "Propuesta de incorporación - {role}",
            "¡Buenas noticias, {first}!",
            "Carta oferta {company}",
        ],
        "subject_oth": [
            "Novedades de {company}",
            "Ofertas para ti",
            "Oportunidad confidencial",
            "Tu opinión nos importa",
        ],
    },
    "pt": {
        "greet": [
            "Olá, {first}!",
            "Oi {first},",
            "Prezado(a) {first},",
            "Caro {first},",
            "Exmo. Sr. {first},",
            "Bom dia, {first}.",
            "Olá {first},",
        ],
        "thanks": [
            "Agradecemos o seu interesse em fazer parte da {company}.",
            "Obrigado por se candidatar à vaga de {role}.",
            "Muito obrigada pela sua candidatura.",
            "Agradecemos a sua participação no nosso processo de recrutamento.",
            "Valeu por ter se candidatado!",
        ],
        "wish": [
            "Desejamos muito sucesso na sua carreira.",
            "Votos de sucesso para os próximos desafios.",
            "Boa sorte na sua busca!",
            "Esperamos voltar a cruzar caminhos em breve.",
            "Continue acompanhando nossas vagas.",
        ],
        "marketing": [
            "Na {company}, acreditamos que pessoas transformam negócios. Estamos presentes em 12 estados e somos reconhecidos como um ótimo lugar para trabalhar.",
            "Há mais de 40 anos a {company} leva o melhor do mar português para a mesa de clientes em 30 países.",
            "Somos uma empresa de tecnologia com cultura remote-first, foco em diversidade e muito aprendizado no dia a dia.",
        ],
        "sign": [
            "Atenciosamente,\n{sender}\nRecrutamento e Seleção",
            "Com os melhores cumprimentos,\n{sender}\nRecursos Humanos",
            "Abraços,\n{sender}",
            "Cordialmente,\n{sender}\nTime de Talentos | {company}",
            "Obrigado,\n{sender}",
            "Melhores cumprimentos,\n{sender}",
        ],
        "footer": [
            "Este e-mail foi enviado automaticamente. Por favor, não responda.",
            "Em conformidade com a LGPD (Lei nº 13.709/2018), você pode solicitar acesso, correção ou exclusão dos seus dados a qualquer momento.",
            "Nos termos do RGPD, pode exercer os seus direitos de acesso, retificação e apagamento contactando o Encarregado de Proteção de Dados da {company}.",
            "Esta mensagem pode conter informação confidencial. Se a recebeu por engano, por favor elimine-a.",
            "Para deixar de receber estas mensagens, atualize suas preferências no portal de vagas.",
        ],
        "subject_app": [
            "Sua candidatura para {role}",
            "Processo seletivo - {role}",
            "Atualização da sua candidatura",
            "{company} | Candidatura {role}",
            "Retorno sobre sua inscrição",
            "Re: Candidatura espontânea",
            "Procedimento concursal - informação",
        ],
        "subject_inv": [
            "Próxima etapa do processo seletivo",
            "Convite - {role}",
            "Vamos conversar?",
            "Convocatória",
        ],
        "subject_off": [
            "Proposta de trabalho - {role}",
            "Parabéns, {first}!",
            "Carta-oferta {company}",
        ],
        "subject_oth": [
            "Novidades da {company}",
            "Vagas para você",
            "Oportunidade confidencial",
            "Conte-nos como foi",
        ],
    },
    "en": {
        "greet": ["Dear {first},", "Hi {first},", "Hello {first},", "Good afternoon {first},"],
        "thanks": [
            "Thank you for your interest in {company}.",
            "Thanks for applying for {role}.",
            "We appreciate the time you have invested in our process.",
        ],
        "wish": [
            "We wish you every success in your search.",
            "All the best for the future.",
            "We hope our paths cross again.",
        ],
        "marketing": [
            "{company} helps mid-sized manufacturers turn their data into decisions, with offices in Leeds, Dublin and Lisbon."
        ],
        "sign": [
            "Kind regards,\n{sender}",
            "Best wishes,\n{sender}\nTalent Acquisition",
            "Thanks,\n{sender}",
        ],
        "footer": [
            "This is an automated message; replies to this address are not monitored.",
            "To learn how we process your personal data, see our candidate privacy notice.",
        ],
        "subject_app": [
            "Your application for {role}",
            "Update on your application",
            "{company}: {role}",
            "Re: {role} application",
        ],
        "subject_inv": ["Next steps with {company}", "Invitation: {role}"],
        "subject_off": ["Offer of employment - {role}", "Good news, {first}"],
        "subject_oth": ["New roles for you", "A quick question", "News from {company}"],
    },
    "de": {
        "greet": [
            "Sehr geehrte/r {first},",
            "Hallo {first},",
            "Liebe/r {first},",
            "Guten Tag {first},",
        ],
        "thanks": [
            "Vielen Dank für Ihr Interesse an {company}.",
            "Danke für deine Bewerbung als {role}.",
            "Wir danken Ihnen für die Zeit, die Sie in unseren Prozess investiert haben.",
        ],
        "wish": [
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Viel Erfolg bei deiner weiteren Suche!",
            "Wir wünschen Ihnen viel Erfolg.",
        ],
        "marketing": [
            "{company} entwickelt seit 1987 Medizintechnik für Kliniken in ganz Europa und beschäftigt über 900 Menschen an fünf Standorten."
        ],
        "sign": [
            "Mit freundlichen Grüßen\n{sender}",
            "Viele Grüße\n{sender}\nPeople & Culture",
            "Beste Grüße\n{sender}",
        ],
        "footer": [
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerbende.",
        ],
        "subject_app": [
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "{company}: Ihre Bewerbung",
            "AW: Bewerbung {role}",
        ],
        "subject_inv": ["Einladung zum Kennenlernen", "Nächster Schritt: {role}"],
        "subject_off": ["Vertragsangebot {role}", "Gute Nachrichten, {first}"],
        "subject_oth": ["Neue Jobs für Sie", "Vertrauliche Anfrage", "Neuigkeiten von {company}"],
    },
    "fr": {
        "greet": ["Bonjour {first},", "Cher {first},", "Madame, Monsieur,", "Salut {first},"],
        "thanks": [
            "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ta candidature au poste de {role}.",
            "Merci pour le temps consacré à notre processus.",
        ],
        "wish": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Bonne continuation !",
            "Au plaisir de croiser à nouveau votre route.",
        ],
        "marketing": [
            "Depuis 1994, {company} accompagne les marques de luxe dans leur communication, avec des équipes à Paris, Lyon et Montréal."
        ],
        "sign": [
            "Bien cordialement,\n{sender}",
            "Cordialement,\n{sender}\nService Recrutement",
            "À bientôt,\n{sender}",
        ],
        "footer": [
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
        ],
        "subject_app": [
            "Votre candidature au poste de {role}",
            "Suite de votre candidature",
            "{company} : {role}",
            "RE: Candidature {role}",
        ],
        "subject_inv": ["Invitation à un entretien", "Prochaine étape : {role}"],
        "subject_off": ["Proposition d'embauche - {role}", "Bonne nouvelle, {first}"],
        "subject_oth": [
            "Nouvelles offres pour vous",
            "Opportunité confidentielle",
            "Actualités {company}",
        ],
    },
}

THREAD: dict[str, str] = {
    "es": "Hola {sender_first},\nTe escribo para preguntar si hay novedades sobre mi candidatura al puesto de {role}. Sigo muy interesado.\nUn saludo,\nAlex\n\n{header2}\nHola Alex,\nGracias por escribirnos. Estamos revisando todas las candidaturas y te diremos algo en cuanto podamos.\n{sender}\n",
    "pt": "Olá {sender_first},\nGostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de {role}. Continuo com muito interesse.\nObrigado,\nAlex\n\n{header2}\nOlá Alex,\nObrigado pelo contato. Ainda estamos analisando as candidaturas e daremos um retorno em breve.\n{sender}\n",
    "en": "Hi {sender_first},\nI wanted to follow up on my application for {role}. I'm still very interested.\nThanks,\nAlex\n\n{header2}\nHi Alex,\nThanks for checking in. We're still reviewing applications and will be in touch soon.\n{sender}\n",
    "de": "Hallo {sender_first},\nich wollte kurz nach dem Stand meiner Bewerbung als {role} fragen.\nViele Grüße\nAlex\n\n{header2}\nHallo Alex,\ndanke für Ihre Nachfrage. Wir sichten noch die Unterlagen und melden uns bald.\n{sender}\n",
    "fr": "Bonjour {sender_first},\nJe me permets de revenir vers vous au sujet de ma candidature au poste de {role}.\nCordialement,\nAlex\n\n{header2}\nBonjour Alex,\nMerci pour votre message. Nous étudions encore les candidatures et reviendrons vers vous rapidement.\n{sender}\n",
}
