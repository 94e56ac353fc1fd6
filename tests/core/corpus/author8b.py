# ruff: noqa: E501 -- data: event texts as written
"""Training part written in round 8 by an independent author who did not read the detector (split "author8b"): a job seeker in Europe and Latin America.

Calendars in Spanish, Portuguese (Brazil and Portugal), French, German, Italian, Dutch, Polish,
Czech, Romanian, Swedish, Danish and English: invitations from local ATS and HR tools, public-sector
selection boards and concursos, bank and consulting assessment centres, agencies, events typed by
Alex in a mix of languages, forwarded invitations, Outlook footers, employer only in a signature,
location, meeting subdomain or organizer name, multi-part assessment days and recorded video
interviews with a deadline; and hard negatives in the same languages (Alex interviewing at
Initech, appraisals, appointments, exams, viewings, press, webinars, fairs, coaching, onboarding,
contracts, offers, farewells).
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _a(summary: str, **kw: Any) -> None:
    ev(summary, split="author8b", **kw)


# ------------------------------------------------------------------------------ Spanish (Spain)
def _section_spain() -> None:
    _a(
        "Entrevista telefónica – Analista de Datos | Grupo Alcorta",
        interview=True,
        company="Grupo Alcorta",
        role="Analista de Datos",
        org=("talento@grupoalcorta.es", "Talento Grupo Alcorta"),
        att=[person("talento@grupoalcorta.es", "Talento Grupo Alcorta")],
        zone="Europe/Madrid",
        desc=(
            "Hola Alex:\n\nGracias por tu interés en la vacante de Analista de Datos. Como "
            "primer paso, Nuria Bermejo, de nuestro equipo de Talento, te llamará al número que "
            "indicaste en tu candidatura (+34 6** *** 412). La llamada dura unos 20 minutos.\n\n"
            "Si necesitas cambiar la hora, responde a este correo.\n\nUn saludo,\nEquipo de "
            "Talento · Grupo Alcorta"
        ),
    )
    _a(
        "entrevista Ventura Pagos 2a ronda (técnica)",
        interview=True,
        company="Ventura Pagos",
        zone="Europe/Madrid",
    )
    _a(
        "Reunión Alex Rivera / Dpto. Selección",
        interview=True,
        company="Seguros Meridiano",
        role="Responsable de Producto Digital",
        org=("m.quintana@segurosmeridiano.es", "Quintana Ruiz, Marta"),
        att=[
            person("m.quintana@segurosmeridiano.es", "Quintana Ruiz, Marta"),
            person("j.olmedo@segurosmeridiano.es", "Olmedo Gil, Javier"),
        ],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE2",
        ),
        zone="Europe/Madrid",
        desc=(
            "Buenos días, Alex:\n\nTal y como hablamos, te enviamos convocatoria para la "
            "entrevista del proceso de selección de Responsable de Producto Digital. Estará "
            "también Javier Olmedo, Director de Canales Digitales.\n\nSaludos cordiales,\n\n"
            "Marta Quintana Ruiz\nTécnico de Selección · Dirección de Personas\n\n"
            "________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nUnirse en el equipo o la aplicación web\n"
            "Id. de reunión: 341 882 905 117  Código de acceso: Xk7pQ2\n"
            "________________________________________________________________________________\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
            "destinatario, pudiendo contener información confidencial sometida a secreto "
            "profesional. No está permitida su reproducción o distribución sin la autorización "
            "expresa de SEGUROS MERIDIANO, S.A. de Seguros y Reaseguros, con domicilio en Paseo "
            "de la Castellana 141, 28046 Madrid. Si usted no es el destinatario final, por favor "
            "elimínelo e infórmenos por esta vía. De acuerdo con el RGPD, le informamos de que "
            "sus datos serán tratados con la finalidad de gestionar su candidatura."
        ),
    )
    _a(
        "Oposición Ayto. Zaragoza – lectura del 2º ejercicio ante el tribunal",
        interview=True,
        company="Ayuntamiento de Zaragoza",
        role="Técnico Superior de Sistemas de Información",
        zone="Europe/Madrid",
        loc="Edificio Seminario, Vía Hispanidad 20, Zaragoza – Sala de Juntas 3",
        desc=(
            "Convocatoria para la provisión de 4 plazas de Técnico Superior de Sistemas de "
            "Información (BOPZ nº 112). Llamamiento único. Llevar DNI original y bolígrafo azul. "
            "Lectura pública del ejercicio escrito y preguntas del tribunal (máx. 15 min)."
        ),
    )
    _a(
        "Entrevista Adeqa Talent – posición confidencial sector energía",
        interview=True,
        company="Adeqa Talent",
        role="Jefe de Proyecto SAP",
        org=("ines.marco@adeqatalent.com", "Inés Marco"),
        att=[person("ines.marco@adeqatalent.com", "Inés Marco")],
        meet="meet",
        zone="Europe/Madrid",
        desc=(
            "Hola Alex, como te comenté por LinkedIn, buscamos un/a Jefe/a de Proyecto SAP para "
            "una compañía del sector energético (de momento no puedo darte el nombre del "
            "cliente). Repasaremos tu trayectoria, expectativas salariales y disponibilidad.\n\n"
            "Inés Marco | Senior Consultant | Adeqa Talent – Executive Search\nC/ Velázquez 53, Madrid"
        ),
    )
    _a(
        "Assessment Banco Vértice – 1/3 Dinámica de grupo",
        interview=True,
        company="Banco Vértice",
        role="Analista de Riesgos",
        org=("seleccion@bancovertice.es", "Selección Banco Vértice"),
        att=[person("seleccion@bancovertice.es", "Selección Banco Vértice")],
        loc="Ciudad Vértice, Edificio B, planta 2 – Boadilla del Monte",
        zone="Europe/Madrid",
        desc="Jornada de evaluación – Analista de Riesgos. 09:30 acreditación; 10:00 dinámica de grupo (8 candidatos).",
    )
    _a(
        "Assessment Banco Vértice – 2/3 Caso práctico individual",
        interview=True,
        company="Banco Vértice",
        role="Analista de Riesgos",
        org=("seleccion@bancovertice.es", "Selección Banco Vértice"),
        att=[person("seleccion@bancovertice.es", "Selección Banco Vértice")],
        loc="Ciudad Vértice, Edificio B, planta 2 – Boadilla del Monte",
        zone="Europe/Madrid",
        desc="Análisis de una cartera de pymes con Excel. 45 min de preparación y 15 de exposición.",
    )
    _a(
        "Assessment Banco Vértice – 3/3 Entrevista con Dirección de Riesgos",
        interview=True,
        company="Banco Vértice",
        role="Analista de Riesgos",
        org=("seleccion@bancovertice.es", "Selección Banco Vértice"),
        att=[
            person("seleccion@bancovertice.es", "Selección Banco Vértice"),
            person("a.sanz@bancovertice.es", "Álvaro Sanz"),
        ],
        loc="Ciudad Vértice, Edificio B, planta 2 – Boadilla del Monte",
        zone="Europe/Madrid",
    )
    # negatives
    _a(
        "Visita piso c/ Embajadores 42, 3ºB",
        interview=False,
        org=("pablo@inmolavapies.es", "Pablo – Inmo Lavapiés"),
        att=[person("pablo@inmolavapies.es", "Pablo – Inmo Lavapiés")],
        loc="Calle de Embajadores 42, Madrid",
        zone="Europe/Madrid",
        desc="Piso exterior 2 hab., 1.150 €/mes. Traer nómina y contrato de trabajo para la entrevista con el propietario si os interesa.",
    )
    _a(
        "Examen práctico de conducir – DGT Moratalaz",
        interview=False,
        zone="Europe/Madrid",
        loc="Centro de Exámenes DGT, Moratalaz",
    )
    _a(
        "Entrevista en la radio – Hoy por Hoy Madrid (IA y empleo)",
        interview=False,
        org=("produccion.hxh@radiomadrid.es", "Producción Hoy por Hoy"),
        att=[person("produccion.hxh@radiomadrid.es", "Producción Hoy por Hoy")],
        zone="Europe/Madrid",
        desc="Hola Alex, te llamaremos a las 10:05 para la entrevista en directo (7 minutos) sobre cómo la IA está cambiando los procesos de selección. Gracias por participar.",
    )
    _a(
        "Firma contrato Grupo Alcorta (notaría no, en oficinas)",
        interview=False,
        zone="Europe/Madrid",
        loc="Grupo Alcorta, Calle Orense 11, Madrid",
    )
    _a(
        "Entrevista candidata – Backend Sr. (Lucía P.)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("recruiting@initech.com", "Initech Recruiting"),
            person("lucia.prieto.dev@gmail.com", "Lucía Prieto"),
        ],
        zone="Europe/Madrid",
        desc="Entrevistadores: Alex Rivera (system design), Dani Ferrer (coding). Deja tu feedback en el scorecard antes de las 18:00.",
    )
    _a(
        "Cena de despedida de Alex 🥂 (La Tasquita)",
        interview=False,
        zone="Europe/Madrid",
        loc="La Tasquita de Enfrente, Madrid",
    )


# ------------------------------------------------------------------------- Spanish (Latin America)
def _section_latam() -> None:
    _a(
        "entrevista Mercado Libre 2a fase",
        interview=True,
        company="Mercado Libre",
        zone="America/Argentina/Buenos_Aires",
    )
    _a(
        "Entrevista con Gerente de Área – Ingeniero(a) de Datos Sr.",
        interview=True,
        company="Grupo Brava",
        role="Ingeniero de Datos Sr.",
        org=("reclutamiento@grupobrava.com.mx", "Reclutamiento Grupo Brava"),
        att=[
            person("reclutamiento@grupobrava.com.mx", "Reclutamiento Grupo Brava"),
            person("hector.villalobos@grupobrava.com.mx", "Héctor Villalobos"),
        ],
        conf=("Zoom Meeting", "https://grupobrava.zoom.us/j/88123456701"),
        zone="America/Mexico_City",
        desc=(
            "Estimado Alex,\n\nPor medio del presente confirmamos tu entrevista con el Ing. Héctor "
            "Villalobos, Gerente de Plataforma de Datos, para la vacante de Ingeniero(a) de Datos "
            "Sr. Te pedimos conectarte 5 minutos antes.\n\nAtentamente,\nAtracción de Talento\n"
            "Grupo Brava S.A.B. de C.V. · Monterrey, N.L."
        ),
    )
    _a(
        "Prueba técnica online – plazo 48 h",
        interview=True,
        company="Finaria",
        role="Desarrollador Backend",
        all_day=True,
        org=("seleccion@finaria.co", "Selección Finaria"),
        att=[person("seleccion@finaria.co", "Selección Finaria")],
        zone="America/Bogota",
        desc=(
            "Hola Alex, en el siguiente enlace encontrarás la prueba técnica para el cargo de "
            "Desarrollador Backend: https://app.codecheckr.io/t/finaria-backend-7f2a\nTienes 48 horas "
            "desde que abras el enlace. ¡Éxitos!\n\nEquipo de Gente · Finaria – Bogotá"
        ),
    )
    _a(
        "Video entrevista grabada (entregar hasta las 23:59)",
        interview=True,
        company="Retail Austral",
        role="Analista BI",
        all_day=True,
        zone="America/Santiago",
        desc=(
            "Retail Austral te invita a la etapa de video entrevista para el cargo Analista BI. "
            "Responderás 5 preguntas grabadas (2 min c/u) en la plataforma VidSelect. "
            "Link personal: https://vidselect.cl/r/ra-8842-ar"
        ),
    )
    _a(
        "Fwd: Entrevista Cumbre Logística – QA Automation",
        interview=True,
        company="Cumbre Logística",
        role="QA Automation",
        org=("martin.gaona@gmail.com", "Martín Gaona"),
        att=[person("martin.gaona@gmail.com", "Martín Gaona")],
        zone="America/Argentina/Buenos_Aires",
        desc=(
            "Alex, te reenvío lo que me mandó la reclutadora de Cumbre Logística (la que te "
            "recomendé). Dice que te conectes a este meet y listo, el que te entrevista es el "
            "líder de QA. ¡Suerte crack!\n\n---------- Forwarded message ---------\nDe: Sofía "
            "Ledesma <sledesma@cumbrelogistica.com.ar>\nAsunto: Entrevista QA Automation – "
            "candidato referido Alex Rivera\n\nHola Martín, gracias por la referencia. Le "
            "agendamos a Alex el jueves 10 h. Link: https://meet.google.com/qaz-wsxe-rfv"
        ),
    )
    _a(
        "Entrevista final – Director de Tecnología + CEO",
        interview=True,
        company="Pampa Agro Digital",
        role="Tech Lead",
        org=("cecilia@pampaagro.digital", "Cecilia Ruiz Díaz"),
        att=[
            person("cecilia@pampaagro.digital", "Cecilia Ruiz Díaz"),
            person("fede@pampaagro.digital", "Federico Arce"),
        ],
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
        desc="Última instancia del proceso para Tech Lead. Charla abierta con Fede (CTO) y Cecilia (CEO), sin ejercicio técnico.",
    )
    _a(
        "Charla con People – Bancolombo (vacante Arquitecto Cloud)",
        interview=True,
        company="Bancolombo",
        role="Arquitecto Cloud",
        zone="America/Bogota",
        conf=("Webex", "https://bancolombo.webex.com/meet/people.seleccion"),
    )
    _a(
        "Entrevista por competencias",
        interview=True,
        company="Aseguradora del Pacífico",
        org=("talento.humano@asegpacifico.pe", "Talento Humano"),
        att=[person("talento.humano@asegpacifico.pe", "Talento Humano")],
        zone="America/Lima",
        desc=(
            "Estimado postulante:\nLe confirmamos su entrevista por competencias (método STAR) "
            "como parte del proceso de selección. Duración aprox. 45 minutos.\n\n--\nGerencia de "
            "Gestión Humana\nAseguradora del Pacífico\nAv. Javier Prado Este 492, San Isidro – Lima\n"
            "Este correo es confidencial."
        ),
    )
    _a(
        "Entrevista inicial con Selección",
        interview=True,
        company="Cooperativa Andina",
        role="Analista Programador",
        org=("seleccion@cooperativaandina.com.uy", "Selección de Personal"),
        att=[person("seleccion@cooperativaandina.com.uy", "Selección de Personal")],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CAN",
        ),
        zone="America/Montevideo",
        desc=(
            "Se confirmó su reserva\n\nServicio: Entrevista inicial – Analista Programador\n"
            "Personal: Lucía Ferrando\n\nCooperativa Andina – Reservas de Selección\n"
            "Para cancelar o volver a programar, use el enlace de la página de reservas.\n\n"
            "Con tecnología de Microsoft Bookings"
        ),
    )
    # negatives
    _a(
        "Turno consulado – renovación pasaporte",
        interview=False,
        zone="America/Argentina/Buenos_Aires",
        loc="Consulado General, Av. del Libertador 1780",
    )
    _a(
        "Reunión de padres – 3er grado (Seño Vero)",
        interview=False,
        zone="America/Argentina/Buenos_Aires",
        loc="Escuela N° 12 D.E. 9",
    )
    _a(
        "Feria de Empleo IT UTN 2025",
        interview=False,
        all_day=True,
        zone="America/Argentina/Buenos_Aires",
        loc="UTN FRBA, Medrano 951",
        desc="Más de 40 empresas. Llevar CV impreso. Charlas: 'Cómo preparar una entrevista técnica' (11 h).",
    )
    _a(
        "Simulacro de entrevista en inglés con mi coach",
        interview=False,
        org=("paula.coachingcarrera@gmail.com", "Paula Méndez – Coaching"),
        att=[person("paula.coachingcarrera@gmail.com", "Paula Méndez – Coaching")],
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
        desc="Sesión 3/5: practicamos preguntas de comportamiento para la entrevista con Mercado Libre.",
    )
    _a(
        "Llamada negociación oferta – Grupo Brava",
        interview=False,
        org=("reclutamiento@grupobrava.com.mx", "Reclutamiento Grupo Brava"),
        att=[person("reclutamiento@grupobrava.com.mx", "Reclutamiento Grupo Brava")],
        zone="America/Mexico_City",
        desc="Revisión de la propuesta económica: sueldo base, bono anual, vales y fecha de ingreso.",
    )
    _a(
        "Webinar: Cómo pasar una entrevista técnica sin morir en el intento",
        interview=False,
        org=("eventos@devsdelsur.org", "Devs del Sur"),
        att=[person("eventos@devsdelsur.org", "Devs del Sur")],
        zone="America/Santiago",
        conf=("Zoom Meeting", "https://devsdelsur.zoom.us/w/93011223344"),
    )
    _a(
        "Turno médico – Dra. Ferreyra (clínica)",
        interview=False,
        zone="America/Argentina/Buenos_Aires",
    )
    _a(
        "Entrevista para el podcast 'Datos con Mate'",
        interview=False,
        org=("hola@datosconmate.fm", "Datos con Mate"),
        att=[person("hola@datosconmate.fm", "Datos con Mate")],
        zone="America/Argentina/Buenos_Aires",
        desc="Grabación del episodio 47: tu experiencia migrando pipelines a la nube en Initech. Usamos Riverside, te mando el link el día anterior.",
    )


# -------------------------------------------------------------------------- Portuguese (Brazil)
def _section_brazil() -> None:
    _a(
        "Entrevista com RH – Analista de Dados Pleno",
        interview=True,
        company="Banco Ipê",
        role="Analista de Dados Pleno",
        org=("agendamento@gupy.io", "Gupy"),
        att=[person("agendamento@gupy.io", "Gupy")],
        zone="America/Sao_Paulo",
        meet="meet",
        desc=(
            "Olá, Alex! Tudo bem?\n\nVocê foi convidado(a) para a etapa Entrevista com RH do "
            "processo seletivo Analista de Dados Pleno da empresa Banco Ipê.\n\nQuem vai "
            "conversar com você: Juliana Prates (Tech Recruiter).\n\nBoa sorte! 🍀\n\n"
            "Este é um e-mail automático enviado pela Gupy. Não responda."
        ),
    )
    _a(
        "Teste técnico – Desenvolvedor(a) Java Sênior (prazo)",
        interview=True,
        company="Conecta Saúde",
        role="Desenvolvedor Java Sênior",
        all_day=True,
        org=("naoresponda@gupy.io", "Gupy"),
        att=[person("naoresponda@gupy.io", "Gupy")],
        zone="America/Sao_Paulo",
        desc="Conecta Saúde | Etapa: Teste técnico online. Você tem até 23h59 de hoje para concluir o desafio de código no link da plataforma.",
    )
    _a(
        "Dinâmica de grupo – Programa Trainee Aroeira 2026",
        interview=True,
        company="Grupo Aroeira",
        role="Trainee",
        org=("trainee@grupoaroeira.com.br", "Programa Trainee Aroeira"),
        att=[person("trainee@grupoaroeira.com.br", "Programa Trainee Aroeira")],
        zone="America/Sao_Paulo",
        loc="Online – plataforma Aroeira Talentos",
    )
    _a(
        "Entrevista com gestor – vaga Engenheiro de Software",
        interview=True,
        company="Solaris Pagamentos",
        role="Engenheiro de Software",
        zone="America/Sao_Paulo",
        loc="Solaris Pagamentos – Av. Paulista 1000, 12º andar, São Paulo",
    )
    _a(
        "Bate-papo com a liderança (Tech Lead)",
        interview=True,
        company="Nuvio",
        role="Tech Lead",
        org=("camila.souza@nuvio.com.br", "Camila Souza | Nuvio"),
        att=[person("camila.souza@nuvio.com.br", "Camila Souza | Nuvio")],
        meet="meet",
        zone="America/Sao_Paulo",
        desc="Oi Alex! Vamos conversar sobre o time, os desafios de escala e seu momento de carreira. Sem pegadinhas, é uma conversa mesmo :)",
    )
    _a(
        "Dia de experiência – Fazenda Urbana (Product Designer)",
        interview=True,
        company="Fazenda Urbana",
        role="Product Designer",
        zone="America/Sao_Paulo",
        loc="Rua Harmonia 222, Vila Madalena",
        desc="Dia inteiro acompanhando o time de produto; no final, apresentação de uma proposta para o fluxo de assinatura. Remunerado. Avaliado pela Bia e pelo Rafa.",
    )
    _a(
        "Case técnico – apresentação para a banca",
        interview=True,
        company="Moinho Energia",
        role="Cientista de Dados",
        org=("talentos@moinhoenergia.com.br", "Talentos Moinho"),
        att=[
            person("talentos@moinhoenergia.com.br", "Talentos Moinho"),
            person("ricardo.lins@moinhoenergia.com.br", "Ricardo Lins"),
            person("tais.amaral@moinhoenergia.com.br", "Taís Amaral"),
        ],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mzk4",
        ),
        zone="America/Sao_Paulo",
        desc="Processo seletivo Cientista de Dados – etapa final. Apresentação do case de previsão de demanda (20 min) + perguntas da banca (25 min).",
    )
    _a(
        "entrevista Itaú? confirmar c/ recrutadora",
        interview=True,
        company="Itaú",
        zone="America/Sao_Paulo",
        my_status="tentative",
    )
    # negatives
    _a(
        "Entrevista de desligamento (RH)",
        interview=False,
        me=WORK_ME,
        org=("pessoas@initech.com", "Pessoas Initech"),
        att=[person("pessoas@initech.com", "Pessoas Initech")],
        zone="America/Sao_Paulo",
        desc="Conversa de saída para entendermos sua experiência na Initech. Confidencial. Também vamos alinhar devolução do notebook.",
    )
    _a(
        "Visita apartamento Pinheiros – corretor Marcelo",
        interview=False,
        zone="America/Sao_Paulo",
        loc="Rua dos Pinheiros 870, ap 54",
    )
    _a(
        "Prova prática Detran – categoria B",
        interview=False,
        zone="America/Sao_Paulo",
        loc="CFC Autoescola Paulista – saída do pátio",
    )
    _a("Consulta dermatologista – Dra. Helena", interview=False, zone="America/Sao_Paulo")
    _a(
        "Assinatura do contrato + entrega de documentos – Solaris",
        interview=False,
        org=("dp@solarispagamentos.com.br", "Departamento Pessoal Solaris"),
        att=[person("dp@solarispagamentos.com.br", "Departamento Pessoal Solaris")],
        zone="America/Sao_Paulo",
        desc="Trazer carteira de trabalho digital, comprovante de residência e dados bancários. Exame admissional já agendado.",
    )
    _a(
        "Integração novos colaboradores – 1º dia",
        interview=False,
        org=("onboarding@solarispagamentos.com.br", "Onboarding Solaris"),
        att=[person("onboarding@solarispagamentos.com.br", "Onboarding Solaris")],
        zone="America/Sao_Paulo",
        loc="Solaris Pagamentos – Av. Paulista 1000, 12º andar",
    )


# ------------------------------------------------------------------------ Portuguese (Portugal)
def _section_portugal() -> None:
    _a(
        "Prova oral de conhecimentos – Concurso Técnico Superior (Informática)",
        interview=True,
        company="Câmara Municipal de Braga",
        role="Técnico Superior de Informática",
        zone="Europe/Lisbon",
        loc="Paços do Concelho, Praça do Município, Braga – Sala de Reuniões do Júri",
        desc=(
            "Procedimento concursal comum para ocupação de 2 postos de trabalho na carreira e "
            "categoria de Técnico Superior (área de Informática), aviso n.º 8812/2025. Convocatória "
            "para a prova oral de conhecimentos – duração máxima 30 minutos. Apresentar "
            "documento de identificação."
        ),
    )
    _a(
        "Entrevista profissional de seleção – Concurso externo n.º 12/2025",
        interview=True,
        company="Instituto de Registos Digitais",
        role="Especialista de Informática",
        org=("recrutamento@ird.gov.pt", "IRD – Recrutamento"),
        att=[person("recrutamento@ird.gov.pt", "IRD – Recrutamento")],
        zone="Europe/Lisbon",
        desc=(
            "Exmo.(a) Senhor(a) Alex Rivera,\nFica V. Ex.ª convocado(a) para o método de seleção "
            "Entrevista Profissional de Seleção, no âmbito do procedimento para Especialista de "
            "Informática. A entrevista será realizada por videoconferência.\nCom os melhores cumprimentos,\n"
            "O Presidente do Júri\nInstituto de Registos Digitais, I.P."
        ),
    )
    _a(
        "Entrevista – Product Analyst",
        interview=True,
        company="Lusovia",
        role="Product Analyst",
        org=("lusovia@teamtailor-mail.com", "Lusovia"),
        att=[
            person("lusovia@teamtailor-mail.com", "Lusovia"),
            person("rita.gaspar@lusovia.pt", "Rita Gaspar"),
        ],
        meet="meet",
        zone="Europe/Lisbon",
        desc="Olá Alex, obrigado pela tua candidatura! Confirmámos a tua entrevista com a Rita Gaspar (Head of Product). Qualquer dúvida, responde a este email. – Equipa Lusovia",
    )
    _a(
        "Entrevista final c/ administrador – Banco Tejo",
        interview=True,
        company="Banco Tejo",
        zone="Europe/Lisbon",
        loc="Av. da Liberdade 190, Lisboa – 7.º piso",
    )
    _a(
        "Conversa telefónica – consultora (cliente na área da saúde)",
        interview=True,
        company="Atlântico Recursos Humanos",
        role="Engenheiro de Dados",
        org=("filipa.m@atlanticorh.pt", "Filipa Monteiro"),
        att=[person("filipa.m@atlanticorh.pt", "Filipa Monteiro")],
        zone="Europe/Lisbon",
        desc=(
            "Bom dia Alex, conforme combinado ligo-lhe às 10h para falarmos da oportunidade de "
            "Engenheiro de Dados num cliente nosso do setor da saúde (Porto, modelo híbrido).\n\n"
            "Filipa Monteiro\nIT Recruitment Consultant\nAtlântico Recursos Humanos, Lda.\n"
            "Rua de Santa Catarina 1200, Porto"
        ),
    )
    # negatives
    _a(
        "Prova do fato – alfaiate Rosa Lopes",
        interview=False,
        zone="Europe/Lisbon",
        loc="Alfaiataria Rosa Lopes, Rua do Almada 88, Porto",
    )
    _a(
        "Exame oral – Sistemas Distribuídos (Mestrado)",
        interview=False,
        zone="Europe/Lisbon",
        loc="FEUP, sala B013",
        desc="Oral de melhoria de nota. Júri: Prof. Sousa e Prof.ª Carvalho. Trazer cartão de estudante.",
    )
    _a("Reunião com o contabilista – IRS e recibos verdes", interview=False, zone="Europe/Lisbon")
    _a(
        "Avaliação de desempenho anual – Alex",
        interview=False,
        me=WORK_ME,
        org=("joana.teles@initech.com", "Joana Teles"),
        att=[person("joana.teles@initech.com", "Joana Teles")],
        zone="Europe/Lisbon",
        desc="Revisão dos objetivos 2025 e proposta de objetivos para 2026. Preenche a autoavaliação antes.",
    )


# --------------------------------------------------------------------------------------- French
def _section_french() -> None:
    _a(
        "Entretien téléphonique – Chargé(e) de projet Data",
        interview=True,
        company="Groupe Vauclair",
        role="Chargé de projet Data",
        org=("recrutement@groupe-vauclair.fr", "Recrutement Groupe Vauclair"),
        att=[person("recrutement@groupe-vauclair.fr", "Recrutement Groupe Vauclair")],
        zone="Europe/Paris",
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature au poste de Chargé(e) de projet Data, nous "
            "avons le plaisir de vous proposer un premier échange téléphonique avec Claire Demange, "
            "chargée de recrutement.\n\nBien cordialement,\nL'équipe Recrutement\n\n"
            "Ce message a été envoyé via TalentFlux pour le compte de Groupe Vauclair SAS."
        ),
    )
    _a(
        "Oral d'admission – concours externe d'attaché statisticien",
        interview=True,
        company="INSEE",
        role="Attaché statisticien",
        zone="Europe/Paris",
        loc="Centre d'examens, 88 avenue Verdier, Montrouge",
        desc="Entretien avec le jury (25 min) précédé d'un exposé de 10 min. Convocation et pièce d'identité obligatoires.",
    )
    _a(
        "Entretien avec le jury – recrutement contractuel Chef de projet SI",
        interview=True,
        company="Métropole de Lyon",
        role="Chef de projet SI",
        org=("drh-recrutement@grandlyon.fr", "DRH – Métropole de Lyon"),
        att=[person("drh-recrutement@grandlyon.fr", "DRH – Métropole de Lyon")],
        zone="Europe/Paris",
        loc="Hôtel de la Métropole, 20 rue du Lac, Lyon 3e – salle 4.07",
    )
    _a(
        "Journée d'évaluation Morvan & Associés – étude de cas",
        interview=True,
        company="Morvan & Associés",
        role="Consultant Senior",
        org=("campus@morvan-associes.com", "Morvan & Associés Recrutement"),
        att=[person("campus@morvan-associes.com", "Morvan & Associés Recrutement")],
        zone="Europe/Paris",
        loc="12 rue de Castiglione, Paris 1er",
        desc="Matinée : étude de cas en binôme (stratégie opérationnelle). Restitution devant un manager.",
    )
    _a(
        "Journée d'évaluation Morvan & Associés – entretien associé",
        interview=True,
        company="Morvan & Associés",
        role="Consultant Senior",
        org=("campus@morvan-associes.com", "Morvan & Associés Recrutement"),
        att=[
            person("campus@morvan-associes.com", "Morvan & Associés Recrutement"),
            person("h.lefort@morvan-associes.com", "Hugues Lefort"),
        ],
        zone="Europe/Paris",
        loc="12 rue de Castiglione, Paris 1er",
    )
    _a(
        "Entretien manager – CDI Développeur Full-Stack",
        interview=True,
        company="Ferrandière Assurances",
        role="Développeur Full-Stack",
        org=("s.bonnet@aldric-rh.fr", "Sébastien Bonnet – Aldric RH"),
        att=[person("s.bonnet@aldric-rh.fr", "Sébastien Bonnet – Aldric RH")],
        zone="Europe/Paris",
        loc="Ferrandière Assurances, 5 place de la Bourse, Bordeaux",
        desc=(
            "Bonjour Alex,\nComme convenu, je vous confirme votre entretien avec Mme Garnier, "
            "responsable des équipes digitales chez notre client Ferrandière Assurances, pour le "
            "poste de Développeur Full-Stack en CDI.\nN'hésitez pas à m'appeler après.\n\n"
            "Sébastien Bonnet | Consultant IT | Aldric RH – Cabinet de recrutement"
        ),
    )
    _a(
        "Entretien visio",
        interview=True,
        company="Bellerive Assurances",
        zone="Europe/Paris",
        conf=("Webex", "https://bellerive-assurances.webex.com/meet/talents"),
        desc="Premier entretien RH – merci de tester votre connexion Webex avant.",
    )
    _a(
        "Entretien – Ingénieur DevOps (Lausanne)",
        interview=True,
        company="Helvetix",
        role="Ingénieur DevOps",
        org=("jobs@helvetix.ch", "Helvetix SA – Ressources humaines"),
        att=[person("jobs@helvetix.ch", "Helvetix SA – Ressources humaines")],
        zone="Europe/Zurich",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HLX",
        ),
    )
    _a(
        "Entretien d'embauche – Data Engineer (Bruxelles)",
        interview=True,
        company="Belfine",
        role="Data Engineer",
        zone="Europe/Brussels",
        loc="Belfine, Boulevard Anspach 1, 1000 Bruxelles",
        desc="Rendez-vous à l'accueil, demander Mme Peeters.",
    )
    # negatives
    _a(
        "Entretien annuel d'évaluation 2025",
        interview=False,
        me=WORK_ME,
        org=("marc.dupuis@initech.com", "Marc Dupuis"),
        att=[person("marc.dupuis@initech.com", "Marc Dupuis")],
        zone="Europe/Paris",
        desc="Bilan de l'année, objectifs 2026, souhaits de formation. Support : formulaire EAE dans l'intranet.",
    )
    _a(
        "RDV conseiller bancaire – prêt immo",
        interview=False,
        zone="Europe/Paris",
        loc="Crédit du Marais, agence Bastille",
    )
    _a(
        "Interview radio – chronique tech du matin",
        interview=False,
        org=("prod.matinale@radiocite.fr", "La Matinale – Radio Cité"),
        att=[person("prod.matinale@radiocite.fr", "La Matinale – Radio Cité")],
        zone="Europe/Paris",
        desc="Interview en direct de 6 minutes sur la cybersécurité des PME. Prévoir un casque.",
    )
    _a(
        "Réunion parents-professeurs – CM1",
        interview=False,
        zone="Europe/Paris",
        loc="École élémentaire Voltaire",
    )
    _a(
        "RDV préfecture – titre de séjour talent",
        interview=False,
        zone="Europe/Paris",
        loc="Préfecture de police, île de la Cité",
    )
    _a(
        "Salon de l'emploi tech – Paris Expo",
        interview=False,
        all_day=True,
        zone="Europe/Paris",
        loc="Paris Expo Porte de Versailles, Hall 5",
    )
    _a(
        "Entretien de recrutement – candidat Data Engineer (Thomas L.)",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("talent@initech.com", "Initech Talent"),
            person("thomas.lemaire@outlook.fr", "Thomas Lemaire"),
        ],
        zone="Europe/Paris",
        desc="Vous êtes évaluateur sur la partie technique. Grille d'évaluation dans Greenhouse.",
    )
    _a(
        "Pot de départ de Julien 🍾",
        interview=False,
        zone="Europe/Paris",
        loc="Le Comptoir, 3e étage",
    )


# --------------------------------------------------------------------------------------- German
def _section_german() -> None:
    _a(
        "erstes Gespräch HR – Delivery Hero (?)",
        interview=True,
        company="Delivery Hero",
        zone="Europe/Berlin",
    )
    _a(
        "Interview: Senior Backend Engineer (m/w/d)",
        interview=True,
        company="Hofmann Logistik",
        role="Senior Backend Engineer",
        org=("noreply@personio.de", "Hofmann Logistik GmbH via Personio"),
        att=[
            person("noreply@personio.de", "Hofmann Logistik GmbH via Personio"),
            person("k.wendt@hofmann-logistik.de", "Katrin Wendt"),
        ],
        zone="Europe/Berlin",
        meet="meet",
        desc=(
            "Hallo Alex,\n\nvielen Dank für Deine Bewerbung als Senior Backend Engineer (m/w/d). "
            "Wir freuen uns, Dich zu einem ersten Kennenlernen mit Katrin Wendt (Teamlead "
            "Plattform) einzuladen.\n\nViele Grüße\nDein Hofmann Logistik Recruiting-Team\n\n"
            "Hofmann Logistik GmbH · Amtsgericht Hamburg HRB 99812 · Geschäftsführer: Dr. Jan Hofmann"
        ),
    )
    _a(
        "Vorstellungsgespräch – Projektleiter IT (m/w/d)",
        interview=True,
        company="Stadtwerke Kleinfeld",
        role="Projektleiter IT",
        zone="Europe/Berlin",
        loc="Stadtwerke Kleinfeld GmbH, Am Wasserturm 4, Raum 2.14",
    )
    _a(
        "Probetag Pixelwerk (Frontend)",
        interview=True,
        company="Pixelwerk",
        role="Frontend-Entwickler",
        zone="Europe/Berlin",
        loc="Pixelwerk Agentur, Schanzenstraße 60, Hamburg",
        desc="Probearbeiten 9–17 Uhr, kleines Ticket im echten Projekt, danach Feedbackgespräch mit Lena & Ole. Laptop mitbringen!",
    )
    _a(
        "AC Teil 1 – Postkorbübung",
        interview=True,
        company="Hanseatische Kreditbank",
        role="Data Scientist",
        org=("karriere@hkb-bank.de", "HKB Karriere"),
        att=[person("karriere@hkb-bank.de", "HKB Karriere")],
        zone="Europe/Berlin",
        loc="HKB Campus, Ballindamm 17, Hamburg",
        desc="Assessment Center Data Scientist (m/w/d) – Hanseatische Kreditbank AG. Teil 1: Postkorbübung (60 Min.).",
    )
    _a(
        "AC Teil 2 – Rollenspiel Fachbereichsgespräch",
        interview=True,
        company="Hanseatische Kreditbank",
        role="Data Scientist",
        org=("karriere@hkb-bank.de", "HKB Karriere"),
        att=[person("karriere@hkb-bank.de", "HKB Karriere")],
        zone="Europe/Berlin",
        loc="HKB Campus, Ballindamm 17, Hamburg",
        desc="Assessment Center Data Scientist (m/w/d). Teil 2: Rollenspiel mit einem 'Fachbereich', der ein Modell nicht versteht.",
    )
    _a(
        "AC Teil 3 – Interview mit Bereichsleitung",
        interview=True,
        company="Hanseatische Kreditbank",
        role="Data Scientist",
        org=("karriere@hkb-bank.de", "HKB Karriere"),
        att=[
            person("karriere@hkb-bank.de", "HKB Karriere"),
            person("t.reimers@hkb-bank.de", "Dr. Till Reimers"),
        ],
        zone="Europe/Berlin",
        loc="HKB Campus, Ballindamm 17, Hamburg",
    )
    _a(
        "Hearing vor der Auswahlkommission – Leitung IT-Infrastruktur",
        interview=True,
        company="Magistrat Linz",
        role="Leitung IT-Infrastruktur",
        zone="Europe/Vienna",
        loc="Neues Rathaus, Hauptstraße 1–5, Linz – Sitzungszimmer 3",
        desc="Ausschreibung GZ 0147/2025. Präsentation (10 Min.) zum Thema 'Digitale Verwaltung 2030' und anschließendes Hearing.",
    )
    _a(
        "Kennenlernen Brückner Personal – Interim Data Engineer",
        interview=True,
        company="Brückner Personal",
        role="Interim Data Engineer",
        org=("n.krause@brueckner-personal.de", "Nina Krause"),
        att=[person("n.krause@brueckner-personal.de", "Nina Krause")],
        zone="Europe/Berlin",
        desc=(
            "Hallo Herr Rivera,\nwie telefonisch besprochen hier die Einladung zu unserem "
            "Kennenlerngespräch. Mein Kunde ist ein mittelständischer Maschinenbauer im Raum "
            "Stuttgart; Details gerne im Gespräch.\n\nMit freundlichen Grüßen\nNina Krause\n"
            "Senior Recruiterin IT\nBrückner Personal GmbH | Königstraße 28 | 70173 Stuttgart\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender."
        ),
    )
    _a(
        "Teams-Besprechung",
        interview=True,
        company="Alpenblick Versicherung",
        role="Cloud Architect",
        org=("bewerbung@alpenblick-versicherung.at", "Recruiting Alpenblick"),
        att=[person("bewerbung@alpenblick-versicherung.at", "Recruiting Alpenblick")],
        zone="Europe/Vienna",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALP",
        ),
        desc=(
            "Zweites Gespräch Cloud Architect (w/m/d) mit Fachabteilung.\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: "
            "318 004 221 9\n________________________________________________________________________________"
        ),
    )
    _a(
        "Online-Assessment (Logik & Zahlen) – bis Freitag",
        interview=True,
        company="Rheinwerk Energie",
        role="Trainee Digitalisierung",
        all_day=True,
        zone="Europe/Berlin",
        desc="Rheinwerk Energie AG – Traineeprogramm Digitalisierung: Online-Test muss bis Freitag 23:59 abgeschlossen sein. Zugang über den Link in der Mail von Rheinwerk Karriere.",
    )
    # negatives
    _a(
        "Mitarbeitergespräch mit Jens",
        interview=False,
        me=WORK_ME,
        org=("jens.hartmann@initech.com", "Jens Hartmann"),
        att=[person("jens.hartmann@initech.com", "Jens Hartmann")],
        zone="Europe/Berlin",
    )
    _a(
        "Bewerbungsgespräch Werkstudent Data – Kandidatin Mia K.",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People"),
        att=[
            person("people@initech.com", "Initech People"),
            person("mia.koenig@tum.de", "Mia König"),
        ],
        zone="Europe/Berlin",
        desc="Alex führt das Fachgespräch, Sarah übernimmt HR-Teil. Bitte Bewertungsbogen ausfüllen.",
    )
    _a(
        "Wohnungsbesichtigung Oranienstr. 14, 2. OG links",
        interview=False,
        zone="Europe/Berlin",
        loc="Oranienstraße 14, 10999 Berlin",
    )
    _a(
        "Praktische Führerscheinprüfung – TÜV",
        interview=False,
        zone="Europe/Berlin",
        loc="TÜV Prüfstelle Berlin-Tempelhof",
    )
    _a(
        "Termin Ausländerbehörde – Blaue Karte verlängern",
        interview=False,
        zone="Europe/Berlin",
        loc="LEA Berlin, Friedrich-Krause-Ufer 24",
    )
    _a(
        "Bewerbungstraining: Vorstellungsgespräche souverän meistern",
        interview=False,
        org=("veranstaltungen@jobwerkstatt-berlin.de", "Jobwerkstatt Berlin"),
        att=[person("veranstaltungen@jobwerkstatt-berlin.de", "Jobwerkstatt Berlin")],
        zone="Europe/Berlin",
        desc="Workshop mit Rollenspielen und Video-Feedback. Kostenlos für Teilnehmende des Programms.",
    )
    _a(
        "Vertragsunterzeichnung Hofmann Logistik",
        interview=False,
        zone="Europe/Berlin",
        loc="Hofmann Logistik, Großer Grasbrook 9, Hamburg",
    )
    _a(
        "Onboarding Tag 1 – Willkommen bei Hofmann!",
        interview=False,
        org=("onboarding@hofmann-logistik.de", "Hofmann Onboarding"),
        att=[person("onboarding@hofmann-logistik.de", "Hofmann Onboarding")],
        zone="Europe/Berlin",
    )
    _a("Arzttermin Dr. Schubert (Hausarzt)", interview=False, zone="Europe/Berlin")


# -------------------------------------------------------------------------------------- Italian
def _section_italian() -> None:
    _a(
        "Colloquio conoscitivo – Sviluppatore Python",
        interview=True,
        company="Ferretti Digitale",
        role="Sviluppatore Python",
        org=("hr@ferrettidigitale.it", "HR Ferretti Digitale"),
        att=[person("hr@ferrettidigitale.it", "HR Ferretti Digitale")],
        zone="Europe/Rome",
        meet="meet",
        desc="Gentile Alex,\ncome da accordi ti invio il link per il colloquio conoscitivo per la posizione di Sviluppatore Python.\nCordiali saluti,\nGiulia Serra – HR Ferretti Digitale S.r.l.",
    )
    _a(
        "Colloquio tecnico con il team",
        interview=True,
        company="Gruppo Lanza",
        zone="Europe/Rome",
        loc="Gruppo Lanza – Via Tortona 31, Milano (citofono 'Lanza Tech')",
    )
    _a(
        "Concorso pubblico – prova orale (Istruttore direttivo informatico)",
        interview=True,
        company="Comune di Bologna",
        role="Istruttore direttivo informatico",
        zone="Europe/Rome",
        loc="Palazzo d'Accursio, Piazza Maggiore 6, Bologna – Sala Savonuzzi",
        desc="Calendario prove orali pubblicato sul sito. Presentarsi 30 min prima con documento. Colloquio con la commissione esaminatrice + accertamento lingua inglese.",
    )
    _a(
        "Video colloquio registrato – scadenza",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        zone="Europe/Rome",
        desc="Assicurazioni Laguna – selezione Data Analyst: completare il video colloquio asincrono (4 domande) entro oggi alle 23:59.",
    )
    _a(
        "colloquio w/ hiring manager – Satispay?? (Product Ops)",
        interview=True,
        company="Satispay",
        role="Product Ops",
        zone="Europe/Rome",
    )
    _a(
        "Secondo colloquio",
        interview=True,
        company="Banca Adriatica Popolare",
        org=("selezione@bancaadriatica.it", "Selezione del Personale"),
        att=[person("selezione@bancaadriatica.it", "Selezione del Personale")],
        zone="Europe/Rome",
        desc=(
            "Gentile candidato,\nLe confermiamo il secondo colloquio con il Responsabile IT.\n\n"
            "Ufficio Selezione del Personale\nBanca Adriatica Popolare S.c.p.A. – Sede di Ancona\n\n"
            "Le informazioni contenute in questo messaggio sono riservate e confidenziali. Ai sensi "
            "del Regolamento UE 2016/679 i dati personali dei candidati sono trattati "
            "esclusivamente ai fini della selezione."
        ),
    )
    # negatives
    _a(
        "Colloquio con il commercialista – dichiarazione 730",
        interview=False,
        zone="Europe/Rome",
        loc="Studio Rag. Bellini, Via Marsala 12",
    )
    _a(
        "Colloquio con la maestra di Sofia",
        interview=False,
        zone="Europe/Rome",
        loc="Scuola primaria G. Pascoli",
    )
    _a(
        "Esame orale – Basi di Dati (Politecnico)",
        interview=False,
        zone="Europe/Rome",
        loc="Politecnico di Milano, aula 3.1.2",
    )
    _a("Prova abito – sartoria Mancini", interview=False, zone="Europe/Rome")
    _a("Appuntamento in banca – mutuo prima casa", interview=False, zone="Europe/Rome")
    _a(
        "Colloquio di valutazione semestrale",
        interview=False,
        me=WORK_ME,
        org=("paolo.ricci@initech.com", "Paolo Ricci"),
        att=[person("paolo.ricci@initech.com", "Paolo Ricci")],
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------------------- Dutch
def _section_dutch() -> None:
    _a(
        "Sollicitatiegesprek – Data Engineer",
        interview=True,
        company="Rijnmond Energie",
        role="Data Engineer",
        org=("werkenbij@rijnmondenergie.nl", "Werken bij Rijnmond Energie"),
        att=[person("werkenbij@rijnmondenergie.nl", "Werken bij Rijnmond Energie")],
        zone="Europe/Amsterdam",
        loc="Rijnmond Energie, Weena 505, Rotterdam",
        desc="Beste Alex,\n\nLeuk dat je gesolliciteerd hebt! Je spreekt met Sanne de Wit (teamlead) en Bram Jansen (senior engineer). Meld je bij de receptie op de 4e verdieping.\n\nMet vriendelijke groet,\nTeam Recruitment",
    )
    _a(
        "Kennismakingsgesprek met recruiter",
        interview=True,
        company="Polderpay",
        role="Backend Developer",
        org=("polderpay@recruitee-mail.com", "Polderpay"),
        att=[person("polderpay@recruitee-mail.com", "Polderpay")],
        zone="Europe/Amsterdam",
        meet="meet",
        desc="Hoi Alex, bedankt voor je sollicitatie op de vacature Backend Developer bij Polderpay. Hierbij bevestigen we ons kennismakingsgesprek van 30 minuten. Groetjes, Eva",
    )
    _a(
        "Capaciteitentest (online) – uiterlijk vandaag afronden",
        interview=True,
        company="Gemeente Utrecht",
        role="Informatieanalist",
        all_day=True,
        zone="Europe/Amsterdam",
        desc="Selectieprocedure Informatieanalist (vacaturenummer 2025-0418), Gemeente Utrecht. Online capaciteitentest via TestPunt, ca. 90 minuten.",
    )
    _a(
        "Tweede gesprek + casus presenteren",
        interview=True,
        company="Oranjeboom Retail",
        zone="Europe/Amsterdam",
        conf=("Zoom Meeting", "https://oranjeboomretail.zoom.us/j/91022334455"),
        desc="Casus: hoe verminderen we retouren in de webshop? 15 min presentatie, daarna vragen.",
    )
    _a(
        "sollicitatie Adyen – system design ronde",
        interview=True,
        company="Adyen",
        zone="Europe/Amsterdam",
    )
    # negatives
    _a(
        "Functioneringsgesprek Q3",
        interview=False,
        me=WORK_ME,
        org=("femke.visser@initech.com", "Femke Visser"),
        att=[person("femke.visser@initech.com", "Femke Visser")],
        zone="Europe/Amsterdam",
    )
    _a(
        "Bezichtiging appartement Oudegracht 120",
        interview=False,
        zone="Europe/Amsterdam",
        loc="Oudegracht 120, Utrecht",
    )
    _a("Tandarts – controle", interview=False, zone="Europe/Amsterdam")
    _a("Oudergesprek groep 5 (juf Anouk)", interview=False, zone="Europe/Amsterdam")


# --------------------------------------------------------------------------------------- Polish
def _section_polish() -> None:
    _a(
        "Rozmowa kwalifikacyjna – Programista Java",
        interview=True,
        company="Wisła Software",
        role="Programista Java",
        org=("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software"),
        att=[person("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software")],
        zone="Europe/Warsaw",
        meet="meet",
        desc="Dzień dobry,\ndziękujemy za aplikację na stanowisko Programista Java. Zapraszamy na rozmowę online z naszym Team Leaderem.\n\nPozdrawiamy,\nZespół HR Wisła Software Sp. z o.o.",
    )
    _a(
        "Rozmowa techniczna (live coding)",
        interview=True,
        company="Bursztyn Bank",
        org=(
            "karolina.nowak@bursztynbank.pl",
            "Karolina Nowak – Talent Acquisition, Bursztyn Bank",
        ),
        att=[
            person(
                "karolina.nowak@bursztynbank.pl",
                "Karolina Nowak – Talent Acquisition, Bursztyn Bank",
            )
        ],
        zone="Europe/Warsaw",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BZB",
        ),
    )
    _a(
        "Zadanie rekrutacyjne – termin oddania",
        interview=True,
        company="Krakowska Fabryka Gier",
        role="Unity Developer",
        all_day=True,
        zone="Europe/Warsaw",
        desc="Zadanie domowe od Krakowskiej Fabryki Gier (rekrutacja Unity Developer) – wysłać repo do 23:59.",
    )
    _a(
        "Spotkanie z agencją – oferta dla klienta z branży fintech",
        interview=True,
        company="Fintreo",
        role="DevOps Engineer",
        org=("m.zielinski@talentbridge.pl", "Marek Zieliński | TalentBridge"),
        att=[person("m.zielinski@talentbridge.pl", "Marek Zieliński | TalentBridge")],
        zone="Europe/Warsaw",
        desc="Cześć Alex, rozmowa wstępna w imieniu naszego klienta Fintreo na stanowisko DevOps Engineer (B2B, 100% zdalnie). Porozmawiamy o doświadczeniu i oczekiwaniach.",
    )
    _a(
        "Rozmowa finałowa z CTO",
        interview=True,
        company="Wisła Software",
        role="Programista Java",
        org=("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software"),
        att=[
            person("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software"),
            person("p.wojcik@wislasoftware.pl", "Piotr Wójcik"),
        ],
        zone="Europe/Warsaw",
        loc="Wisła Software, ul. Grzybowska 62, Warszawa",
    )
    # negatives
    _a(
        "Rozmowa roczna z przełożonym",
        interview=False,
        me=WORK_ME,
        org=("anna.kowalczyk@initech.com", "Anna Kowalczyk"),
        att=[person("anna.kowalczyk@initech.com", "Anna Kowalczyk")],
        zone="Europe/Warsaw",
    )
    _a("Wizyta u lekarza – internista", interview=False, zone="Europe/Warsaw")
    _a(
        "Egzamin praktyczny na prawo jazdy – WORD",
        interview=False,
        zone="Europe/Warsaw",
        loc="WORD Warszawa, ul. Odlewnicza 8",
    )
    _a(
        "Rozmowa rekrutacyjna – kandydat na QA (Initech)",
        interview=False,
        me=WORK_ME,
        org=("hr.pl@initech.com", "Initech HR Polska"),
        att=[
            person("hr.pl@initech.com", "Initech HR Polska"),
            person("jan.malinowski@wp.pl", "Jan Malinowski"),
        ],
        zone="Europe/Warsaw",
        desc="Alex – część techniczna, 45 min. Proszę o feedback w systemie do końca dnia.",
    )


# ---------------------------------------------------------------------------------------- Czech
def _section_czech() -> None:
    _a(
        "Pohovor – Data Analyst",
        interview=True,
        company="Vltava Pojišťovna",
        role="Data Analyst",
        org=("noreply@successfactors.eu", "SAP SuccessFactors"),
        att=[person("noreply@successfactors.eu", "SAP SuccessFactors")],
        zone="Europe/Prague",
        loc="Na Poříčí 24, Praha 1 – recepce, 3. patro",
        desc=(
            "Vážený pane Rivero,\n\nděkujeme za Váš zájem o pozici Data Analyst. Rádi bychom Vás "
            "pozvali na osobní pohovor.\n\nS pozdravem\nOddělení lidských zdrojů\nVltava "
            "Pojišťovna, a.s.\n\nTato zpráva byla odeslána automaticky ze systému SAP "
            "SuccessFactors. Neodpovídejte na ni."
        ),
    )
    _a(
        "Druhé kolo pohovoru – technická část",
        interview=True,
        company="Moravia Systems",
        zone="Europe/Prague",
        conf=("Zoom Meeting", "https://moraviasystems.zoom.us/j/81234509876"),
    )
    _a(
        "Výběrové řízení – ústní pohovor před výběrovou komisí",
        interview=True,
        company="Krajský úřad Jihomoravského kraje",
        role="Referent oddělení informatiky",
        zone="Europe/Prague",
        loc="Žerotínovo nám. 3, Brno – zasedací místnost 208",
        desc="Výběrové řízení na pozici Referent/ka oddělení informatiky. Vezměte si s sebou občanský průkaz a originály dokladů o vzdělání.",
    )
    _a(
        "Online pohovor s HR",
        interview=True,
        company="Bohemia Labs",
        org=("jobs@bohemialabs.cz", "Bohemia Labs"),
        att=[person("jobs@bohemialabs.cz", "Bohemia Labs")],
        zone="Europe/Prague",
        meet="meet",
        desc="Ahoj Alexi, těšíme se na první online pohovor. Tým Bohemia Labs",
    )
    # negatives
    _a(
        "Prohlídka bytu Vinohrady 2+kk",
        interview=False,
        zone="Europe/Prague",
        loc="Mánesova 58, Praha 2",
    )
    _a(
        "Hodnoticí pohovor 2025",
        interview=False,
        me=WORK_ME,
        org=("petr.dvorak@initech.com", "Petr Dvořák"),
        att=[person("petr.dvorak@initech.com", "Petr Dvořák")],
        zone="Europe/Prague",
    )
    _a(
        "Státnice – ústní zkouška (FIT ČVUT)",
        interview=False,
        zone="Europe/Prague",
        loc="FIT ČVUT, Thákurova 9",
    )


# ------------------------------------------------------------------------------------ Romanian
def _section_romanian() -> None:
    _a(
        "Interviu tehnic – Inginer DevOps",
        interview=True,
        company="Carpatica Soft",
        role="Inginer DevOps",
        org=("recrutare@carpaticasoft.ro", "Recrutare Carpatica Soft"),
        att=[
            person("recrutare@carpaticasoft.ro", "Recrutare Carpatica Soft"),
            person("radu.stan@carpaticasoft.ro", "Radu Stan"),
        ],
        zone="Europe/Bucharest",
        meet="meet",
        desc="Bună ziua Alex,\nVă confirmăm interviul tehnic pentru poziția de Inginer DevOps. Durata estimată: 60 de minute.\nO zi bună,\nEchipa HR Carpatica Soft SRL",
    )
    _a(
        "Interviu HR telefonic",
        interview=True,
        company="Danubia Asigurări",
        org=("ioana.pop@danubia-asig.ro", "Pop Ioana"),
        att=[person("ioana.pop@danubia-asig.ro", "Pop Ioana")],
        zone="Europe/Bucharest",
        desc=(
            "Bună ziua,\nVă voi suna la ora stabilită pentru o discuție scurtă despre candidatura "
            "dumneavoastră.\n\nCu stimă,\nIoana Pop\nSpecialist Recrutare | Direcția Resurse Umane\n"
            "Danubia Asigurări S.A. | Bd. Unirii 15, București\n"
            "Acest mesaj poate conține informații confidențiale."
        ),
    )
    _a(
        "Concurs post – proba de interviu",
        interview=True,
        company="Primăria Cluj-Napoca",
        role="Consilier IT",
        zone="Europe/Bucharest",
        loc="Primăria Cluj-Napoca, Str. Moților 3 – Sala de consiliu",
        desc="Concurs pentru ocuparea funcției publice de execuție vacante de consilier IT, grad profesional superior. Proba interviu – rezultate afișate la sediu.",
    )
    _a(
        "interviu final Bitdefender (manager + director)",
        interview=True,
        company="Bitdefender",
        zone="Europe/Bucharest",
    )
    # negatives
    _a(
        "Programare la notar – contract închiriere",
        interview=False,
        zone="Europe/Bucharest",
        loc="Birou Notarial Ionescu, Calea Dorobanți 40",
    )
    _a(
        "Interviu la Radio Cluj – emisiunea de dimineață",
        interview=False,
        org=("redactie@radiocluj-fm.ro", "Redacția Matinal"),
        att=[person("redactie@radiocluj-fm.ro", "Redacția Matinal")],
        zone="Europe/Bucharest",
        desc="Interviu live despre comunitatea de programatori din Cluj, aprox. 10 minute.",
    )
    _a("Ședință cu părinții – clasa a II-a", interview=False, zone="Europe/Bucharest")


# ------------------------------------------------------------------------------------- Swedish
def _section_swedish() -> None:
    _a(
        "Intervju – Backend-utvecklare",
        interview=True,
        company="Fjällbo Tech",
        role="Backend-utvecklare",
        org=("fjallbo@teamtailor-mail.com", "Fjällbo Tech"),
        att=[person("fjallbo@teamtailor-mail.com", "Fjällbo Tech")],
        zone="Europe/Stockholm",
        meet="meet",
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Backend-utvecklare. Här är din intervjutid med Johan och Elin från teamet.\n\nVänliga hälsningar,\nFjällbo Tech",
    )
    _a(
        "Arbetsprov – inlämning senast idag",
        interview=True,
        company="Fjällbo Tech",
        role="Backend-utvecklare",
        all_day=True,
        zone="Europe/Stockholm",
        desc="Arbetsprovet (API-uppgift) från Fjällbo Tech ska vara inlämnat via länken i mejlet senast 23:59.",
    )
    _a(
        "Andra intervju med teamet",
        interview=True,
        company="Norrsken Mobilitet",
        zone="Europe/Stockholm",
        loc="Norrsken Mobilitet AB, Sveavägen 44, Stockholm – fråga efter Karin i receptionen",
    )
    _a(
        "Slutintervju + referenstagning",
        interview=True,
        company="Västkust Bank",
        role="IT-arkitekt",
        org=("rekrytering@vastkustbank.se", "Rekrytering Västkust Bank"),
        att=[person("rekrytering@vastkustbank.se", "Rekrytering Västkust Bank")],
        zone="Europe/Stockholm",
        desc="Sista intervjun för rollen som IT-arkitekt. Vi ber dig även skicka två referenser efter mötet.",
    )
    # negatives
    _a(
        "Utvecklingssamtal",
        interview=False,
        me=WORK_ME,
        org=("lars.nilsson@initech.com", "Lars Nilsson"),
        att=[person("lars.nilsson@initech.com", "Lars Nilsson")],
        zone="Europe/Stockholm",
    )
    _a(
        "Lägenhetsvisning Södermalm – Götgatan 71",
        interview=False,
        zone="Europe/Stockholm",
        loc="Götgatan 71, Stockholm",
    )
    _a("Föräldramöte åk 3", interview=False, zone="Europe/Stockholm")
    _a("Avtackning Erik – fika i köket", interview=False, me=WORK_ME, zone="Europe/Stockholm")


# -------------------------------------------------------------------------------------- Danish
def _section_danish() -> None:
    _a(
        "Jobsamtale – Softwareudvikler",
        interview=True,
        company="Øresund Energi",
        role="Softwareudvikler",
        org=("job@oresundenergi.dk", "Øresund Energi HR"),
        att=[person("job@oresundenergi.dk", "Øresund Energi HR")],
        zone="Europe/Copenhagen",
        loc="Øresund Energi, Kalvebod Brygge 30, København V",
        desc="Kære Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til jobsamtale om stillingen som softwareudvikler.\n\nMed venlig hilsen\nHR, Øresund Energi A/S",
    )
    _a(
        "2. samtale + personlighedstest (gennemgang)",
        interview=True,
        company="Øresund Energi",
        role="Softwareudvikler",
        org=("job@oresundenergi.dk", "Øresund Energi HR"),
        att=[person("job@oresundenergi.dk", "Øresund Energi HR")],
        zone="Europe/Copenhagen",
        desc="Vi gennemgår resultaterne af personlighedstesten og taler med teamlederen.",
    )
    _a(
        "Ansættelsessamtale – IT-projektleder",
        interview=True,
        company="Region Hovedstaden",
        role="IT-projektleder",
        zone="Europe/Copenhagen",
        loc="Regionsgården, Kongens Vænge 2, Hillerød – mødelokale 1.14",
        desc="Ansættelsesudvalget: 4 personer. Samtalen varer 45 min.",
    )
    _a(
        "samtale m. Novo? – data platform (første runde)",
        interview=True,
        company="Novo Nordisk",
        zone="Europe/Copenhagen",
    )
    # negatives
    _a(
        "MUS-samtale",
        interview=False,
        me=WORK_ME,
        org=("mette.holm@initech.com", "Mette Holm"),
        att=[person("mette.holm@initech.com", "Mette Holm")],
        zone="Europe/Copenhagen",
    )
    _a(
        "Fremvisning lejlighed Nørrebro",
        interview=False,
        zone="Europe/Copenhagen",
        loc="Jægersborggade 12, 3. th",
    )
    _a("Tandlæge", interview=False, zone="Europe/Copenhagen")


# ------------------------------------------------------------------------------------- English
def _section_english() -> None:
    _a(
        "Interview – Senior Data Engineer",
        interview=True,
        company="Kestrel Bank",
        role="Senior Data Engineer",
        org=("kestrelbank@myworkday-mail.com", "Kestrel Bank Careers"),
        att=[person("kestrelbank@myworkday-mail.com", "Kestrel Bank Careers")],
        zone="Europe/London",
        conf=("Zoom Meeting", "https://kestrelbank.zoom.us/j/84512345678"),
        desc="Dear Alex,\n\nThank you for applying for Senior Data Engineer (Req ID R-20418). Your interview has been scheduled.\n\nKind regards,\nTalent Acquisition, Kestrel Bank plc",
    )
    _a(
        "HireVue interview – complete by 23:59",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        all_day=True,
        zone="Europe/London",
        desc="Ashcombe Consulting invites you to complete an on-demand video interview for Technology Consultant. Allow 30 minutes.",
    )
    _a(
        "Internal interview – Staff Engineer, Platform",
        interview=True,
        company="Initech",
        role="Staff Engineer",
        me=WORK_ME,
        org=("internal.mobility@initech.com", "Initech Internal Mobility"),
        att=[
            person("internal.mobility@initech.com", "Initech Internal Mobility"),
            person("grace.obi@initech.com", "Grace Obi"),
        ],
        zone="Europe/London",
        desc="You applied for the internal opening Staff Engineer (Platform). This is your interview with the hiring manager, Grace Obi.",
    )
    _a(
        "Phone screen – Harlow & Finch re Dublin contract",
        interview=True,
        company="Harlow & Finch",
        org=("ciara@harlowfinch.ie", "Ciara Byrne"),
        att=[person("ciara@harlowfinch.ie", "Ciara Byrne")],
        zone="Europe/Dublin",
        desc="Quick chat about a 12-month Python contract with one of our clients in Dublin. -- Ciara Byrne | Harlow & Finch Recruitment",
    )
    _a(
        "entrevista w/ Klarna – hiring manager round",
        interview=True,
        company="Klarna",
        zone="Europe/Stockholm",
        meet="meet",
    )
    # negatives
    _a(
        "Interviewing candidate: Priya S. – Backend (Initech)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("recruiting@initech.com", "Initech Recruiting"),
            person("priya.s.dev@gmail.com", "Priya Shah"),
        ],
        zone="Europe/London",
        desc="You're on the loop as the system design interviewer. Scorecard due within 24h.",
    )
    _a(
        "Reference call for Tom (ex-colleague) – Brightline",
        interview=False,
        org=("refs@brightline.io", "Brightline Talent"),
        att=[person("refs@brightline.io", "Brightline Talent")],
        zone="Europe/London",
        desc="Thanks for agreeing to act as a referee for Tom Hale, who is a finalist for our Engineering Manager role. 15 minutes.",
    )
    _a(
        "Offer call – Kestrel Bank (salary + start date)",
        interview=False,
        org=("kestrelbank@myworkday-mail.com", "Kestrel Bank Careers"),
        att=[person("kestrelbank@myworkday-mail.com", "Kestrel Bank Careers")],
        zone="Europe/London",
        desc="Congratulations! We'd like to walk you through the offer and discuss any questions on compensation and notice period.",
    )
    _a("Career coaching session w/ Sam", interview=False, zone="Europe/London", meet="meet")
    _a(
        "US visa interview – Embassy Dublin",
        interview=False,
        zone="Europe/Dublin",
        loc="Embassy, 42 Elgin Road, Ballsbridge",
    )
    _a(
        "Interview with The Irish Tech Times (journalist)",
        interview=False,
        org=("newsdesk@irishtechtimes.ie", "Irish Tech Times"),
        att=[person("newsdesk@irishtechtimes.ie", "Irish Tech Times")],
        zone="Europe/Dublin",
        desc="Short interview for our feature on remote engineering teams. Quotes will be sent for approval.",
    )


def build() -> None:
    _section_spain()
    _section_latam()
    _section_brazil()
    _section_portugal()
    _section_french()
    _section_german()
    _section_italian()
    _section_dutch()
    _section_polish()
    _section_czech()
    _section_romanian()
    _section_swedish()
    _section_danish()
    _section_english()
