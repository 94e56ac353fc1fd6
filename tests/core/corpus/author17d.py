# ruff: noqa: E501 -- data: event texts as written
"""Written by author17d: one month of a busy, multi-country job search. About half the events are
Alex's own interviews as candidate (phone screens, video rounds, onsite parts, panels, cases,
take-home debriefs, assessment days, trial shifts, a public-sector oral exam and an academic job
talk) sent by recruiters, hiring managers, scheduling tools, agencies or noted by Alex, in English
and in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Romanian, Greek,
Russian, Ukrainian, Chinese, Korean and Hindi. The other half shares their words: Alex's work at
Initech (1:1s, standups, reviews, interviews Alex runs, onboarding), friends' and family's events,
doctor and government appointments, courses, job-hunt workshops, networking, podcasts, prep,
thank-you reminders, application deadlines, negotiation prep and reference calls."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author17d", **kw)


def build() -> None:
    _ats_invitations()
    _recruiters_and_managers()
    _western_europe()
    _central_eastern_europe()
    _asia()
    _hands_on_and_public()
    _alex_own_notes()
    _initech_work()
    _personal_life()
    _job_hunt_lookalikes()
    _multilingual_lookalikes()


def _ats_invitations() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Brightwave Energy",
        role="Senior Data Engineer",
        org=("maria.kovacs@brightwave-energy.com", "Maria Kovacs"),
        att=[person("tomas.ferreira@brightwave-energy.com", "Tomás Ferreira")],
        desc="Hi Alex,\n\nThanks for making time to chat with Tomás, our Data Platform Lead. This 45-minute conversation will cover your experience with streaming pipelines and data modelling.\n\nBest,\nMaria Kovacs\nTalent Acquisition, Brightwave Energy",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Northwind Logistics - Technical Interview (Senior Software Engineer, Backend)",
        interview=True,
        company="Northwind Logistics",
        role="Senior Software Engineer, Backend",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[
            person("priya.raman@northwindlogistics.com", "Priya Raman"),
            person("dan.okafor@northwindlogistics.com", "Dan Okafor"),
        ],
        desc="<p>Hi Alex,</p><p>You are confirmed for the following interview with <b>Northwind Logistics</b>:</p><ul><li><b>Position:</b> Senior Software Engineer, Backend</li><li><b>Interviewers:</b> Priya Raman, Dan Okafor</li><li><b>Duration:</b> 60 minutes</li></ul><p>This is a live coding session. Please have a working IDE ready and share your screen.</p><p>Need to reschedule? Reply to this email and your recruiter will help.</p><p><i>Powered by Greenhouse</i></p>",
        conf=("Zoom Meeting", "https://northwind.zoom.us/j/8423119076"),
        zone="America/Chicago",
    )
    _x(
        "Onsite Interview - Loop (Part 2: System Design) - Alex Rivera",
        interview=True,
        company="Halcyon Health",
        role="Staff Engineer, Platform",
        org=("recruiting@halcyonhealth.com", "Halcyon Health Recruiting"),
        att=[person("sam.whitlock@halcyonhealth.com", "Sam Whitlock")],
        loc="Halcyon Health HQ, 500 Howard St, 4th floor, San Francisco, CA",
        desc="Part 2 of 4 of your onsite loop for Staff Engineer, Platform. Sam will walk through a system design problem with you. Whiteboards are in the room. Lunch with the team follows Part 3.",
        zone="America/Los_Angeles",
    )
    _x(
        "Onsite Interview - Loop (Part 3: Values & Collaboration) - Alex Rivera",
        interview=True,
        company="Halcyon Health",
        role="Staff Engineer, Platform",
        org=("recruiting@halcyonhealth.com", "Halcyon Health Recruiting"),
        att=[person("rena.adeyemi@halcyonhealth.com", "Rena Adeyemi")],
        loc="Halcyon Health HQ, 500 Howard St, 4th floor, Room Redwood",
        zone="America/Los_Angeles",
    )
    _x(
        "Phone Screen with Lattice Bay - Alex Rivera",
        interview=True,
        company="Lattice Bay",
        role="Product Analyst",
        org=("jobs@hire.lever.co", None),
        att=[person("kelsey.mar@latticebay.io", "Kelsey Mar")],
        desc="Your phone screen for Product Analyst at Lattice Bay is scheduled. Kelsey will call you at +1 415 555 0172.\n\nScheduled via Lever.",
    )
    _x(
        "Interview with Alex Rivera for Operations Program Manager",
        interview=True,
        company="Fernhill Foods",
        role="Operations Program Manager",
        org=("fernhillfoods@myworkday.com", "Fernhill Foods Careers"),
        att=[
            person("g.lindqvist@fernhillfoods.com", "Greta Lindqvist"),
            person("m.osei@fernhillfoods.com", "Marcus Osei"),
            person("k.vance@fernhillfoods.com", "Kira Vance"),
        ],
        desc="Panel interview (3 interviewers). Req ID: R-20418. Please bring examples of cross-functional programs you've led.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fernhill",
        ),
    )
    _x(
        "Alex Rivera - 30 Minute Meeting",
        interview=True,
        company="Quillstone",
        role=None,
        org=("jen.holloway@quillstone.co", "Jen Holloway"),
        desc="Event Name: 30 Minute Meeting\n\nInvitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\nPlease share anything that will help prepare for our meeting.: Intro chat about the open engineering roles at Quillstone - referred by Omar\n\nPowered by Calendly.com",
        loc="https://calendly.com/events/quillstone-jen/30min",
    )
    _x(
        "Take-home debrief – Alex Rivera (Analytics Engineer)",
        interview=True,
        company="Orchard & Vale",
        role="Analytics Engineer",
        org=("talent@orchardvale.com", "Orchard & Vale Talent"),
        att=[
            person("leo.brandt@orchardvale.com", "Leo Brandt"),
            person("aya.mori@orchardvale.com", "Aya Mori"),
        ],
        desc="<div>Hi Alex — we'll spend 45 minutes walking through your dbt take-home. Leo and Aya will ask about your modelling choices and what you'd do with more time. No need to prepare slides.</div>",
        meet="meet",
    )
    _x(
        "Final round: Alex Rivera / VP Engineering",
        interview=True,
        company="Copperleaf Robotics",
        role="Engineering Manager",
        org=("hannah.cho@copperleafrobotics.com", "Hannah Cho"),
        att=[person("victor.almeida@copperleafrobotics.com", "Victor Almeida")],
        desc="Final conversation with Victor (VP Eng) for the Engineering Manager role.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8129930451"),
        zone="America/New_York",
    )
    _x(
        "Codility live pairing – Alex Rivera – Kestrel Payments",
        interview=True,
        company="Kestrel Payments",
        role="Backend Engineer (Go)",
        org=("hiring@kestrelpay.com", "Kestrel Payments Hiring"),
        att=[person("ilya.petrov@kestrelpay.com", "Ilya Petrov")],
        desc="You'll pair with one of our engineers in CodeLive. Link: https://app.codility.com/live/kp-7731\nRole: Backend Engineer (Go)",
        loc="https://app.codility.com/live/kp-7731",
    )
    _x(
        "Case Interview – Round 1 – Alex Rivera",
        interview=True,
        company="Marlowe & Pike Consulting",
        role="Associate, Digital Strategy",
        org=("campus@marlowepike.com", "Marlowe & Pike Recruiting"),
        att=[person("s.baptiste@marlowepike.com", "Solène Baptiste")],
        desc="Two back-to-back case interviews (45 min each) for the Associate, Digital Strategy position. Bring a calculator and paper. Interviewer-led cases.",
        loc="Marlowe & Pike, 1 Canada Square, Level 32, London",
        zone="Europe/London",
    )
    _x(
        "Interview Scheduled: Alex Rivera - Hiring Manager Interview",
        interview=True,
        company="Tidewater Bank",
        role="Senior Risk Data Analyst",
        org=("noreply@ashbyhq.com", "Ashby"),
        att=[person("claire.dunmore@tidewaterbank.com", "Claire Dunmore")],
        desc="Tidewater Bank has scheduled an interview with you.\n\nRole: Senior Risk Data Analyst\nInterviewer: Claire Dunmore (Hiring Manager)\nFormat: Video call\n\nJoin with Google Meet.",
        meet="meet",
    )
    _x(
        "Assessment Day – Graduate & Career Changer Programme",
        interview=True,
        company="Ellison Rail",
        role="Digital Transformation Analyst",
        org=("earlycareers@ellisonrail.co.uk", "Ellison Rail Early Careers"),
        desc="<p>Dear Alex,</p><p>We are delighted to invite you to our Assessment Day for the <b>Digital Transformation Analyst</b> role.</p><p><b>Schedule</b></p><ol><li>09:00 Welcome and coffee</li><li>09:30 Group exercise (observed by assessors)</li><li>11:00 Written case study</li><li>13:00 Competency interview with two managers</li><li>14:30 Presentation of case findings</li></ol><p>Please bring photo ID. Travel expenses will be reimbursed.</p><p>Kind regards,<br>Early Careers Team</p>",
        loc="Ellison Rail, Grand Central House, Birmingham B2 4QA",
        zone="Europe/London",
        all_day=True,
    )
    _x(
        "Alex Rivera - Video Interview (HireVue) - Customer Success Lead",
        interview=True,
        company="Pinecrest Software",
        role="Customer Success Lead",
        org=("talent@pinecrestsoftware.com", "Pinecrest Software Talent"),
        desc="Complete your on-demand video interview via HireVue before Friday 5pm. You will answer 6 questions with 3 minutes each. This is the first step for the Customer Success Lead role at Pinecrest Software.",
        loc="https://app.hirevue.com/interviews/pinecrest-csl",
    )
    _x(
        "Interview w/ Alex R. (SWE II) - round 2",
        interview=True,
        company="Gullwing Games",
        role="Software Engineer II",
        org=("beatriz.lowe@gullwinggames.com", "Beatriz Lowe"),
        att=[
            person("ravi.nambiar@gullwinggames.com", "Ravi Nambiar"),
            person("chris.hale@gullwinggames.com", "Chris Hale", optional=True),
        ],
        meet="meet",
    )


def _recruiters_and_managers() -> None:
    _x(
        "Intro call – Alex Rivera x Harbor Talent Partners",
        interview=False,
        org=("nadia.brooks@harbortalent.com", "Nadia Brooks"),
        desc="Quick intro so I can understand what you're looking for and share a few roles I'm working on. No specific client yet.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/8455120983"),
    )
    _x(
        "Client interview: Alex Rivera / Solvay Grid (via Harbor Talent)",
        interview=True,
        company="Solvay Grid",
        role="Lead Data Engineer",
        org=("nadia.brooks@harbortalent.com", "Nadia Brooks"),
        att=[person("j.mbeki@solvaygrid.com", "Jonah Mbeki")],
        desc="Hi Alex, confirming your first interview with my client Solvay Grid for the Lead Data Engineer role. Jonah is the Head of Data. He'll dial into the Teams link below. Call me afterwards for a debrief!\n\nNadia Brooks | Harbor Talent Partners",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_solvay",
        ),
    )
    _x(
        "Debrief call with Nadia (Harbor Talent) re Solvay",
        interview=False,
        org=("nadia.brooks@harbortalent.com", "Nadia Brooks"),
    )
    _x(
        "Interview – confidential client (fintech, Series C) – Alex Rivera",
        interview=True,
        company=None,
        role="Head of Analytics",
        org=("oliver@peakstone-search.com", "Oliver Grant"),
        desc="Alex — first conversation with the hiring CTO at my confidential client. I'll share the name once they've agreed to move forward. Role: Head of Analytics. They'll call your mobile.",
    )
    _x(
        "Chat with Meredith (hiring manager) – Data Platform",
        interview=True,
        company="Arbor Mutual",
        role=None,
        org=("meredith.caine@arbormutual.com", "Meredith Caine"),
        desc="Hi Alex, Looking forward to chatting about the data platform team at Arbor Mutual. Informal, 30 minutes. - Meredith",
        meet="meet",
    )
    _x(
        "Recruiter screen - Alex Rivera",
        interview=True,
        company="Sable Analytics",
        role="Senior Analytics Engineer",
        org=("chloe.park@sableanalytics.com", "Chloe Park"),
        desc="Hi Alex! Excited to connect about the Senior Analytics Engineer opening. I'll give you an overview of Sable Analytics and the team, and hear about your background. Talk soon,\nChloe",
    )
    _x(
        "Sable Analytics - Technical Interview 1 (SQL & modelling)",
        interview=True,
        company="Sable Analytics",
        role="Senior Analytics Engineer",
        org=("chloe.park@sableanalytics.com", "Chloe Park"),
        att=[person("arjun.mehta@sableanalytics.com", "Arjun Mehta")],
        meet="meet",
    )
    _x(
        "Coffee chat - Alex / Brennan (Stormbridge)",
        interview=True,
        company="Stormbridge",
        role=None,
        org=("brennan.fitz@stormbridge.dev", "Brennan Fitzgerald"),
        loc="Blue Bottle Coffee, 66 Mint St",
        desc="Informal conversation about the engineering lead opening on my team before we move you into the formal loop.",
    )
    _x(
        "Alex Rivera | Interview | Data Scientist (Contract) | Client: Veridian Pharma",
        interview=True,
        company="Veridian Pharma",
        role="Data Scientist (Contract)",
        org=("bookings@trackrecruit.co.uk", "TrackRecruit Bookings"),
        att=[person("hollie.james@trackrecruit.co.uk", "Hollie James")],
        desc="Candidate: Alex Rivera\nClient: Veridian Pharma\nRole: Data Scientist (6-month contract, outside IR35)\nStage: 1st interview, video\nInterviewers: Dr. Amir Haddad, Lisa Tran\n\nPlease join 5 minutes early. Link sent separately by the client.",
        zone="Europe/London",
    )
    _x(
        "Reference check call - Alex Rivera (for Copperleaf)",
        interview=False,
        org=("hannah.cho@copperleafrobotics.com", "Hannah Cho"),
        desc="Heads up: Hannah will be calling your two references this week. No action needed from you - just a placeholder so you can give them a nudge.",
    )
    _x(
        "Follow-up conversation re offer - Copperleaf",
        interview=False,
        org=("hannah.cho@copperleafrobotics.com", "Hannah Cho"),
        desc="Walk through the written offer: base, equity, sign-on, start date.",
    )
    _x(
        "Panel: Alex Rivera – Director of Product candidate",
        interview=True,
        company="Mosswood Labs",
        role="Director of Product",
        org=("people@mosswoodlabs.com", "Mosswood People Team"),
        att=[
            person("ceo@mosswoodlabs.com", "Ines Caldwell"),
            person("cto@mosswoodlabs.com", "Pavel Roth"),
            person("design@mosswoodlabs.com", "Uma Castellanos", status="tentative"),
        ],
        desc="<p>Panel with founders. 60 mins.</p><p>Agenda:<br>- 10 min intro<br>- 30 min product strategy discussion (you present your 30/60/90)<br>- 20 min Q&amp;A</p>",
        conf=("Zoom Meeting", "https://mosswood.zoom.us/j/9913457220"),
    )


def _western_europe() -> None:
    # German
    _x(
        "Vorstellungsgespräch – Alex Rivera",
        interview=True,
        company="Rheinwerk Mobility",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@rheinwerk-mobility.de", "Rheinwerk Mobility Recruiting"),
        att=[
            person("j.hoffmann@rheinwerk-mobility.de", "Jana Hoffmann"),
            person("t.becker@rheinwerk-mobility.de", "Tobias Becker"),
        ],
        desc="Sehr geehrte*r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Wir freuen uns, Sie zu einem ersten Gespräch per Microsoft Teams einzuladen. Gesprächspartner: Jana Hoffmann (HR) und Tobias Becker (Teamleitung).\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rheinwerk",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch vor Ort – Rheinwerk Mobility",
        interview=True,
        company="Rheinwerk Mobility",
        role="Senior Data Engineer (m/w/d)",
        org=("j.hoffmann@rheinwerk-mobility.de", "Jana Hoffmann"),
        loc="Rheinwerk Mobility GmbH, Speditionstraße 15, 40221 Düsseldorf, Empfang EG",
        desc="Ablauf: 10:00 Kennenlernen Team, 11:00 Fachgespräch Architektur, 12:30 Mittagessen, 13:30 Gespräch mit der Geschäftsführung. Bitte Personalausweis mitbringen.",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Personalabteilung",
        interview=True,
        company="Kaltenbach Versicherung",
        role="Business Analyst",
        org=("s.wagner@kaltenbach-versicherung.de", "Sabine Wagner"),
        desc="Kurzes Telefonat (ca. 20 Min.) zu Ihrer Bewerbung als Business Analyst. Frau Wagner ruft Sie unter Ihrer Mobilnummer an.",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Stadtwerke Lindau – Fachgespräch IT",
        interview=True,
        company="Stadtwerke Lindau",
        role="IT-Systemadministrator",
        org=("personal@stadtwerke-lindau.de", "Stadtwerke Lindau Personal"),
        loc="Verwaltungsgebäude, Auenstraße 2, Raum 204",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien d'embauche – Alex Rivera – Cheffe de projet data",
        interview=True,
        company="Lumière Assurances",
        role="Cheffe de projet data",
        org=("recrutement@lumiere-assurances.fr", "Lumière Assurances Recrutement"),
        att=[person("c.marchand@lumiere-assurances.fr", "Camille Marchand")],
        desc="<p>Bonjour Alex,</p><p>Suite à votre candidature au poste de <b>Cheffe de projet data</b>, nous avons le plaisir de vous convier à un premier entretien avec Camille Marchand, Responsable Data.</p><p>L'entretien se déroulera en visioconférence et durera environ 45 minutes.</p><p>Bien cordialement,<br>L'équipe Recrutement</p>",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique – Back-end – Papillon Tech",
        interview=True,
        company="Papillon Tech",
        role="Développeur back-end senior",
        org=("louis.garnier@papillon.tech", "Louis Garnier"),
        desc="Exercice de live coding (Python) puis échange sur l'architecture. Durée 1h.",
        conf=("Zoom Meeting", "https://papillon.zoom.us/j/7741205533"),
        zone="Europe/Paris",
    )
    _x(
        "Entretien final avec la DG",
        interview=True,
        company="Papillon Tech",
        role="Développeur back-end senior",
        org=("louis.garnier@papillon.tech", "Louis Garnier"),
        loc="Papillon Tech, 12 rue du Faubourg Poissonnière, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Échange téléphonique – cabinet Talentis pour Groupe Verdier",
        interview=True,
        company="Groupe Verdier",
        role="Responsable BI",
        org=("m.lefevre@talentis-conseil.fr", "Mathilde Lefèvre"),
        desc="Bonjour Alex, comme convenu, voici l'invitation pour notre entretien de pré-qualification pour le poste de Responsable BI chez notre client Groupe Verdier (Lyon). Je vous appelle à l'heure indiquée.",
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista – Alex Rivera – Analista de Datos Senior",
        interview=True,
        company="Grupo Alameda",
        role="Analista de Datos Senior",
        org=("seleccion@grupoalameda.es", "Selección Grupo Alameda"),
        att=[person("lucia.navarro@grupoalameda.es", "Lucía Navarro")],
        desc="Hola Alex:\n\nTe confirmamos la entrevista con Lucía Navarro, responsable del equipo de Datos. Será por Google Meet y durará unos 40 minutos.\n\nUn saludo,\nEquipo de Selección",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica + caso práctico",
        interview=True,
        company="Fintonic Sur",
        role="Ingeniero/a de Datos",
        org=("rrhh@fintonicsur.com", "RRHH Fintonic Sur"),
        loc="Calle de Serrano 41, 3ª planta, Madrid",
        desc="Presencial. Traer portátil. Se presentará la prueba técnica que enviaste la semana pasada y se hará un caso práctico en directo.",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con el director – Cervecería Monteluz",
        interview=True,
        company="Cervecería Monteluz",
        role="Jefe/a de Operaciones",
        org=("pablo.ibarra@monteluz.mx", "Pablo Ibarra"),
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/6120099345"),
        zone="America/Mexico_City",
    )
    # Portuguese
    _x(
        "Entrevista – Alex Rivera | Engenheiro(a) de Dados Pleno",
        interview=True,
        company="Nuvem Azul Pagamentos",
        role="Engenheiro(a) de Dados Pleno",
        org=("talentos@nuvemazul.com.br", "Time de Talentos Nuvem Azul"),
        att=[person("rafael.souza@nuvemazul.com.br", "Rafael Souza")],
        desc="Olá, Alex! Tudo bem?\n\nConfirmamos sua entrevista com o Rafael, gestor da vaga de Engenheiro(a) de Dados Pleno. A conversa será em português e dura cerca de 1 hora.\n\nAbraços,\nTime de Talentos",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista presencial – Lisboa – Atlântico Digital",
        interview=True,
        company="Atlântico Digital",
        role="Product Manager",
        org=("ines.carvalho@atlanticodigital.pt", "Inês Carvalho"),
        loc="Av. da Liberdade 110, 1269-046 Lisboa",
        desc="Entrevista com a equipa de produto (3 pessoas). Cerca de 90 minutos.",
        zone="Europe/Lisbon",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Alex Rivera",
        interview=True,
        company="Officine Brera",
        role="Data Analyst",
        org=("hr@officinebrera.it", "HR Officine Brera"),
        desc="Gentile Alex,\nla invitiamo a un primo colloquio conoscitivo per la posizione di Data Analyst. Il colloquio si terrà su Microsoft Teams.\nCordiali saluti,\nUfficio Risorse Umane",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_brera",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico con il team – Officine Brera",
        interview=True,
        company="Officine Brera",
        role="Data Analyst",
        org=("giulia.ferri@officinebrera.it", "Giulia Ferri"),
        att=[person("marco.villa@officinebrera.it", "Marco Villa")],
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio di lavoro – Ristorante Da Nonna Pia (prova in cucina)",
        interview=True,
        company="Ristorante Da Nonna Pia",
        role="Capo partita",
        org=("info@dannonnapia.it", "Ristorante Da Nonna Pia"),
        loc="Via dei Serpenti 18, Roma",
        desc="Prova pratica in cucina durante il servizio di pranzo. Portare divisa e coltelli propri.",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Alex Rivera – Data Engineer",
        interview=True,
        company="Polderlicht Energie",
        role="Data Engineer",
        org=("werving@polderlicht.nl", "Werving Polderlicht"),
        att=[
            person("sanne.devries@polderlicht.nl", "Sanne de Vries"),
            person("pieter.bakker@polderlicht.nl", "Pieter Bakker"),
        ],
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek met Sanne (teamlead) en Pieter (senior engineer).\n\nMet vriendelijke groet,\nTeam Werving",
        loc="Polderlicht Energie, Stationsplein 45, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek via Randstad – Alex Rivera",
        interview=True,
        company="Havenbedrijf Noord",
        role="Projectcoördinator",
        org=("e.jansen@randstad.nl", "Eva Jansen"),
        desc="Hoi Alex, hierbij de uitnodiging voor het kennismakingsgesprek bij onze opdrachtgever Havenbedrijf Noord voor de functie Projectcoördinator. Ik schuif ook aan.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_havennoord",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek + assessment (Polderlicht)",
        interview=True,
        company="Polderlicht Energie",
        role="Data Engineer",
        org=("sanne.devries@polderlicht.nl", "Sanne de Vries"),
        desc="Ochtend: capaciteitentest en persoonlijkheidsvragenlijst bij het assessmentbureau. Middag: gesprek met de afdelingsmanager.",
        loc="Polderlicht Energie, Stationsplein 45, Utrecht",
        zone="Europe/Amsterdam",
    )


def _central_eastern_europe() -> None:
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera – Senior Python Developer",
        interview=True,
        company="Wisła Software House",
        role="Senior Python Developer",
        org=("rekrutacja@wislasoft.pl", "Zespół Rekrutacji Wisła"),
        att=[person("agnieszka.nowak@wislasoft.pl", "Agnieszka Nowak")],
        desc="Dzień dobry,\n\ndziękujemy za przesłanie CV. Zapraszamy na rozmowę rekrutacyjną (online, ok. 45 min) z Agnieszką Nowak, Team Leaderem.\n\nPozdrawiamy,\nZespół Rekrutacji",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna (etap 2)",
        interview=True,
        company="Wisła Software House",
        role="Senior Python Developer",
        org=("agnieszka.nowak@wislasoft.pl", "Agnieszka Nowak"),
        zone="Europe/Warsaw",
    )
    _x(
        "Spotkanie z Hays – klient: Bank Mazowiecki",
        interview=True,
        company="Bank Mazowiecki",
        role="Analityk Ryzyka",
        org=("k.zielinski@hays.pl", "Krzysztof Zieliński"),
        desc="Rozmowa z menedżerem zatrudniającym w banku, stanowisko: Analityk Ryzyka. Hays organizuje połączenie.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bankmaz",
        ),
        zone="Europe/Warsaw",
    )
    # Czech
    _x(
        "Pohovor – Alex Rivera – Data Engineer",
        interview=True,
        company="Vltava Digital",
        role="Data Engineer",
        org=("hr@vltavadigital.cz", "HR Vltava Digital"),
        desc="Dobrý den, potvrzujeme pohovor na pozici Data Engineer. Sejdeme se v kanceláři na Karlíně, recepce v přízemí.",
        loc="Vltava Digital, Křižíkova 34, Praha 8",
        zone="Europe/Prague",
    )
    _x(
        "Technické kolo s týmem",
        interview=True,
        company="Vltava Digital",
        role="Data Engineer",
        org=("petr.novotny@vltavadigital.cz", "Petr Novotný"),
        meet="meet",
        zone="Europe/Prague",
    )
    # Romanian
    _x(
        "Interviu – Alex Rivera – QA Automation Lead",
        interview=True,
        company="Carpați Tech",
        role="QA Automation Lead",
        org=("recrutare@carpatitech.ro", "Recrutare Carpați Tech"),
        att=[person("ioana.popescu@carpatitech.ro", "Ioana Popescu")],
        desc="Bună ziua, Alex,\n\nVă invităm la un interviu online pentru poziția QA Automation Lead. Durata estimată: 60 de minute.\n\nO zi bună,\nEchipa de Recrutare",
        meet="meet",
        zone="Europe/Bucharest",
    )
    _x(
        "Interviu final cu directorul tehnic",
        interview=True,
        company="Carpați Tech",
        role="QA Automation Lead",
        org=("ioana.popescu@carpatitech.ro", "Ioana Popescu"),
        loc="Carpați Tech, Bd. Eroilor 21, Cluj-Napoca",
        zone="Europe/Bucharest",
    )
    # Greek
    _x(
        "Συνέντευξη – Alex Rivera – Data Analyst",
        interview=True,
        company="Aegean Logistics",
        role="Data Analyst",
        org=("hr@aegeanlogistics.gr", "Τμήμα Ανθρώπινου Δυναμικού"),
        desc="Καλησπέρα σας,\n\nσας προσκαλούμε σε συνέντευξη για τη θέση Data Analyst. Η συνέντευξη θα γίνει μέσω Microsoft Teams και θα διαρκέσει περίπου 45 λεπτά.\n\nΜε εκτίμηση,\nΤμήμα HR",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aegean",
        ),
        zone="Europe/Athens",
    )
    _x(
        "Δεύτερη συνέντευξη με τον διευθυντή",
        interview=True,
        company="Aegean Logistics",
        role="Data Analyst",
        org=("n.papadakis@aegeanlogistics.gr", "Νίκος Παπαδάκης"),
        loc="Λεωφόρος Συγγρού 150, Αθήνα",
        zone="Europe/Athens",
    )
    # Russian
    _x(
        "Собеседование – Alex Rivera – Backend-разработчик",
        interview=True,
        company="Балтик Софт",
        role="Backend-разработчик",
        org=("hr@balticsoft.lv", "HR Балтик Софт"),
        att=[person("a.smirnova@balticsoft.lv", "Анна Смирнова")],
        desc="Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на позицию Backend-разработчик. Встреча пройдет в Google Meet, длительность около часа: знакомство с командой и техническая часть.\n\nС уважением,\nАнна Смирнова, HR",
        meet="meet",
        zone="Europe/Riga",
    )
    _x(
        "Техническое интервью (live coding)",
        interview=True,
        company="Балтик Софт",
        role="Backend-разработчик",
        org=("d.volkov@balticsoft.lv", "Дмитрий Волков"),
        meet="meet",
        zone="Europe/Riga",
    )
    # Ukrainian
    _x(
        "Співбесіда з рекрутером – Alex Rivera",
        interview=True,
        company="Дніпро Лабс",
        role="Product Analyst",
        org=("olena.kovalenko@dniprolabs.com.ua", "Олена Коваленко"),
        desc="Привіт, Алекс! Підтверджую нашу співбесіду на позицію Product Analyst. Поговоримо про ваш досвід і про команду. Тривалість — 30 хвилин.",
        meet="meet",
        zone="Europe/Kiev",
    )
    _x(
        "Технічна співбесіда + обговорення тестового завдання",
        interview=True,
        company="Дніпро Лабс",
        role="Product Analyst",
        org=("olena.kovalenko@dniprolabs.com.ua", "Олена Коваленко"),
        att=[person("andriy.shevchuk@dniprolabs.com.ua", "Андрій Шевчук")],
        desc="Розбираємо ваше тестове завдання з SQL та A/B тестування, потім питання від тімліда.",
        meet="meet",
        zone="Europe/Kiev",
    )


def _asia() -> None:
    # Chinese
    _x(
        "面试邀请 – Alex Rivera – 高级数据工程师",
        interview=True,
        company="云帆科技",
        role="高级数据工程师",
        org=("hr@yunfantech.cn", "云帆科技招聘组"),
        desc="Alex 您好：\n\n感谢您投递云帆科技高级数据工程师职位。现邀请您参加一面（技术面），形式为腾讯会议视频面试，时长约60分钟。\n\n会议号：512 883 209\n\n如需改期请回复本邮件。\n\n云帆科技 人力资源部",
        loc="腾讯会议 512 883 209",
        zone="Asia/Shanghai",
    )
    _x(
        "二面 – 部门负责人",
        interview=True,
        company="云帆科技",
        role="高级数据工程师",
        org=("zhang.wei@yunfantech.cn", "张伟"),
        loc="腾讯会议 731 550 118",
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 – 新加坡办公室",
        interview=True,
        company="Lionsgate Commerce",
        role="Regional Data Lead",
        org=("talent.sg@lionsgatecommerce.com", "Talent Team SG"),
        desc="Alex 你好，HR面主要沟通薪资期望、入职时间和签证情况，约30分钟。",
        conf=("Zoom Meeting", "https://lionsgate.zoom.us/j/8712004433"),
        zone="Asia/Singapore",
    )
    _x(
        "電話面試 – 台北 – 產品經理",
        interview=True,
        company="青峰數位",
        role="產品經理",
        org=("recruit@qingfeng.com.tw", "青峰數位 人資"),
        zone="Asia/Taipei",
    )
    # Korean
    _x(
        "[면접 안내] Alex Rivera님 1차 면접",
        interview=True,
        company="한빛모빌리티",
        role="데이터 엔지니어",
        org=("recruit@hanbitmobility.co.kr", "한빛모빌리티 인사팀"),
        desc="안녕하세요, Alex Rivera님.\n\n한빛모빌리티 데이터 엔지니어 포지션 1차 면접 일정을 안내드립니다.\n- 형식: 화상 면접 (Zoom)\n- 소요 시간: 약 60분 (직무 면접)\n\n감사합니다.\n인사팀 드림",
        conf=("Zoom Meeting", "https://zoom.us/j/9023318876"),
        zone="Asia/Seoul",
    )
    _x(
        "2차 임원 면접 – 한빛모빌리티",
        interview=True,
        company="한빛모빌리티",
        role="데이터 엔지니어",
        org=("recruit@hanbitmobility.co.kr", "한빛모빌리티 인사팀"),
        loc="서울특별시 강남구 테헤란로 231, 12층 대회의실",
        zone="Asia/Seoul",
    )
    _x(
        "코딩 테스트 리뷰 면접 (라이브)",
        interview=True,
        company="누리페이",
        role="백엔드 개발자",
        org=("dev-hiring@nuripay.kr", "누리페이 개발 채용"),
        desc="과제 전형 코드에 대해 면접관 2명과 라이브로 리뷰합니다. 화면 공유 준비 부탁드립니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    # Hindi
    _x(
        "साक्षात्कार – Alex Rivera – डेटा एनालिस्ट",
        interview=True,
        company="Sarthi Fintech",
        role="डेटा एनालिस्ट",
        org=("careers@sarthifintech.in", "Sarthi Fintech Careers"),
        desc="नमस्ते Alex,\n\nडेटा एनालिस्ट पद के लिए आपका पहला साक्षात्कार तय हो गया है। यह Google Meet पर होगा और लगभग 45 मिनट चलेगा।\n\nधन्यवाद,\nHR टीम",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Technical round 2 – Sarthi Fintech (Bengaluru)",
        interview=True,
        company="Sarthi Fintech",
        role="डेटा एनालिस्ट",
        org=("rohit.sharma@sarthifintech.in", "Rohit Sharma"),
        att=[person("neha.iyer@sarthifintech.in", "Neha Iyer")],
        desc="Hi Alex, round 2 will be a SQL + Python case. 60 min. Rohit",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "इंटरव्यू – मैनेजर राउंड (Naukri)",
        interview=True,
        company="Kaveri Healthcare",
        role="Operations Manager",
        org=("hr@kaverihealthcare.in", "Kaveri Healthcare HR"),
        desc="Applied via Naukri.com. Role: Operations Manager. मैनेजर राउंड – वीडियो कॉल, 30 मिनट।",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kaveri",
        ),
        zone="Asia/Kolkata",
    )
    # Japanese-speaking recruiter but English event
    _x(
        "Casual interview (カジュアル面談) – Hoshizora Inc.",
        interview=True,
        company="Hoshizora",
        role="Site Reliability Engineer",
        org=("recruiting@hoshizora.co.jp", "Hoshizora Recruiting"),
        desc="Casual conversation with the SRE team lead before the formal selection process. Role: Site Reliability Engineer. English OK.",
        meet="meet",
        zone="Asia/Tokyo",
    )


def _hands_on_and_public() -> None:
    _x(
        "Trial shift – St. Brigid's ward 6B",
        interview=True,
        company="St. Brigid's Hospital",
        role="Registered Nurse (Surgical)",
        org=("nursing.recruitment@stbrigids.ie", "Nursing Recruitment"),
        desc="Supernumerary trial shift 07:30–15:30 on ward 6B as part of your application for Registered Nurse (Surgical). Report to the CNM on arrival. Bring NMBI PIN, uniform and flat shoes.",
        loc="St. Brigid's Hospital, Ward 6B, Dublin 8",
        zone="Europe/Dublin",
    )
    _x(
        "Probearbeiten Küche – Hotel Seeblick",
        interview=True,
        company="Hotel Seeblick",
        role="Sous-Chef",
        org=("kueche@hotel-seeblick.at", "Küchenchef Markus Huber"),
        desc="Probearbeiten als Sous-Chef, Abendservice 16–22 Uhr. Kochjacke, Hose und Sicherheitsschuhe mitbringen, Messer gerne eigene.",
        loc="Hotel Seeblick, Seestraße 4, 5700 Zell am See",
        zone="Europe/Vienna",
    )
    _x(
        "Stage / journée d'essai – Boulangerie Maison Rigaud",
        interview=True,
        company="Maison Rigaud",
        role="Boulanger",
        org=("contact@maisonrigaud.fr", None),
        loc="8 place du Marché, 69002 Lyon",
        desc="Journée d'essai à partir de 4h. Tenue fournie.",
        zone="Europe/Paris",
    )
    _x(
        "Lesson observation + interview – Maths teacher",
        interview=True,
        company="Oakfield Academy",
        role="Teacher of Mathematics",
        org=("hr@oakfieldacademy.org.uk", "Oakfield Academy HR"),
        desc="<p>Interview day for <b>Teacher of Mathematics</b>.</p><ul><li>09:15 Tour with students</li><li>10:00 Teach a 30-minute Year 9 lesson on simultaneous equations (class of 24, seating plan attached)</li><li>11:30 Student panel</li><li>13:30 Formal interview with the Headteacher and Head of Maths</li></ul><p>Please bring original certificates and photo ID for safeguarding checks.</p>",
        loc="Oakfield Academy, Mill Lane, Leeds LS6",
        zone="Europe/London",
    )
    _x(
        "Trial day - Voltline Electrical (bring PPE)",
        interview=True,
        company="Voltline Electrical",
        role="Electrician",
        org=("dave@voltline.co.nz", "Dave Ruru"),
        desc="Paid trial day on a commercial fit-out. Meet at the yard 7am. Bring your own hand tools, steel caps, hi-vis, and your registration card.",
        loc="Voltline yard, 22 Kaiwharawhara Rd, Wellington",
        zone="Pacific/Auckland",
    )
    _x(
        "Oral exam – Data Officer competition (EPSO-style) – Alex Rivera",
        interview=True,
        company="European Environment Agency",
        role="Data Officer (AD6)",
        org=("selection@eea.europa.eu", "EEA Selection"),
        desc="Structured interview with the selection board (5 members), followed by a competency-based oral test. Duration: 60 minutes. Candidates must present their ID and the convocation letter.",
        loc="Kongens Nytorv 6, 1050 Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Concurso público – prova oral – Analista de Sistemas",
        interview=True,
        company="Tribunal Regional do Trabalho da 2ª Região",
        role="Analista Judiciário – Tecnologia da Informação",
        org=("concursos@trt2.jus.br", "Comissão do Concurso"),
        desc="Convocação para a prova oral do concurso para Analista Judiciário – Tecnologia da Informação. Comparecer com 30 minutos de antecedência, munido de documento oficial com foto.",
        loc="Fórum Trabalhista, Av. Marquês de São Vicente 121, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Auswahlgespräch – Landesamt für Statistik (strukturiertes Interview)",
        interview=True,
        company="Landesamt für Statistik",
        role="Referent*in Datenwissenschaft (E13)",
        org=("bewerbung@statistik-landesamt.de", "Personalreferat"),
        desc="Das strukturierte Auswahlgespräch findet vor der Auswahlkommission statt (Personalrat und Gleichstellungsbeauftragte anwesend). Kurzvortrag 10 Min. zum Thema „Datenqualität in der amtlichen Statistik“, danach Fragen.",
        loc="Dienstgebäude, Raum 3.12",
        zone="Europe/Berlin",
    )
    _x(
        "Job talk – Alex Rivera – Assistant Professor, Information Science",
        interview=True,
        company="University of Lakemont",
        role="Assistant Professor, Information Science",
        org=("isearch@lakemont.edu", "IS Faculty Search Committee"),
        desc="<p><b>Campus visit – Day 1</b></p><p>08:00 Breakfast with search committee chair<br>09:30 Meeting with the Dean<br>11:00 <b>Research talk</b> (Room 210, open to faculty and students)<br>12:30 Lunch with PhD students<br>14:00 Teaching demo<br>16:00 1:1s with faculty</p><p>Dinner at 7pm with committee.</p>",
        loc="Hollis Hall 210, University of Lakemont",
        zone="America/Chicago",
    )
    _x(
        "Lakemont campus visit Day 2 – meetings w/ faculty",
        interview=True,
        company="University of Lakemont",
        role="Assistant Professor, Information Science",
        org=("isearch@lakemont.edu", "IS Faculty Search Committee"),
        loc="Hollis Hall, 3rd floor",
        zone="America/Chicago",
    )
    _x(
        "Practical assessment - Band 6 nurse - Meadowbank",
        interview=True,
        company="Meadowbank NHS Trust",
        role="Band 6 Staff Nurse",
        org=("recruitment@meadowbank.nhs.uk", "Meadowbank Recruitment"),
        desc="OSCE-style practical station (drug calculation + patient handover) followed by panel interview. Interview arranged through NHS Jobs.",
        loc="Education Centre, Meadowbank General Hospital",
        zone="Europe/London",
    )
    _x(
        "Prueba práctica – Escuela Infantil Los Almendros",
        interview=True,
        company="Escuela Infantil Los Almendros",
        role="Educador/a Infantil",
        org=("direccion@losalmendros.es", "Dirección Los Almendros"),
        desc="Jornada de prueba en el aula de 2-3 años con la tutora. Después entrevista con la directora.",
        zone="Europe/Madrid",
    )


def _alex_own_notes() -> None:
    _x("Interview Brightwave (2nd round)", interview=True, company="Brightwave Energy", role=None)
    _x("Northwind call w/ recruiter", interview=True, company="Northwind Logistics", role=None)
    _x("Quillstone - tech screen", interview=True, company="Quillstone", role=None, meet="meet")
    _x(
        "Lattice Bay HM interview",
        interview=True,
        company="Lattice Bay",
        role="Product Analyst",
        desc="HM = Derek. Ask about team size, roadmap, how they measure success in first 90 days.",
    )
    _x(
        "Int. Tidewater - panel",
        interview=True,
        company="Tidewater Bank",
        role=None,
        loc="Tidewater Bank, 12 Harbor Plaza",
    )
    _x(
        "Kestrel onsite!!",
        interview=True,
        company="Kestrel Payments",
        role=None,
        desc="4 rounds: coding, system design, behavioural, lunch. Wear the blue shirt. Leave by 8:15.",
        loc="Kestrel Payments, 88 King St",
    )
    _x(
        "Gespräch Kaltenbach – Fachbereich",
        interview=True,
        company="Kaltenbach Versicherung",
        role="Business Analyst",
    )
    _x("entretien Lumière #2", interview=True, company="Lumière Assurances", role=None)
    _x(
        "Entrevista Grupo Alameda - 2a ronda",
        interview=True,
        company="Grupo Alameda",
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Nuvem Azul - conversa final c/ CTO",
        interview=True,
        company="Nuvem Azul Pagamentos",
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Sollicitatie Havenbedrijf - 2e ronde",
        interview=True,
        company="Havenbedrijf Noord",
        role=None,
    )
    _x(
        "Bank Mazowiecki – 2 etap (case study)",
        interview=True,
        company="Bank Mazowiecki",
        role=None,
    )
    _x(
        "Stormbridge loop day",
        interview=True,
        company="Stormbridge",
        role=None,
        desc="<b>Loop</b><br>10:00 coding w/ Mei<br>11:00 design w/ Raj<br>13:00 values w/ Brennan<br><i>bring water, charge laptop</i>",
    )
    _x(
        "Veridian 2nd interview (Amir + director)",
        interview=True,
        company="Veridian Pharma",
        role="Data Scientist (Contract)",
    )
    _x(
        "Orchard & Vale – final w/ Head of Data",
        interview=True,
        company="Orchard & Vale",
        role=None,
        meet="meet",
    )
    _x("Mosswood – founder chat #1", interview=True, company="Mosswood Labs", role=None)
    _x(
        "Solvay Grid - tech interview",
        interview=True,
        company="Solvay Grid",
        role=None,
        desc="Nadia says: expect questions on Kafka + Spark streaming, and on-call experience.",
    )
    _x(
        "Arbor Mutual – case presentation",
        interview=True,
        company="Arbor Mutual",
        role=None,
        desc="Present the data platform migration case. 20 min slides + 25 min Q&A. Deck: drive/folder/arbor-case",
    )
    _x("Hoshizora 1次面接", interview=True, company="Hoshizora", role=None, zone="Asia/Tokyo")
    _x("누리페이 최종 면접", interview=True, company="누리페이", role=None, zone="Asia/Seoul")
    _x("Sarthi HR round", interview=True, company="Sarthi Fintech", role=None, zone="Asia/Kolkata")
    _x(
        "Fernhill Foods – meet the COO",
        interview=True,
        company="Fernhill Foods",
        role="Operations Program Manager",
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        desc="recruiter didn't say which client yet - will send details the day before",
    )
    _x("phone interview 2pm", interview=True, company=None, role=None)
    _x(
        "Pinecrest follow-up interview with team lead",
        interview=True,
        company="Pinecrest Software",
        role="Customer Success Lead",
        conf=("Zoom Meeting", "https://pinecrest.zoom.us/j/8110455290"),
    )
    _x(
        "Gullwing – final round w/ studio head",
        interview=True,
        company="Gullwing Games",
        role="Software Engineer II",
    )


def _initech_work() -> None:
    _x(
        "Alex / Bill 1:1",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Weekly 1:1. Running notes: https://docs.google.com/document/d/1initech-alex-bill",
        meet="meet",
    )
    _x(
        "Daily standup – Data Platform",
        interview=False,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        att=[
            person("samir.n@initech.com", "Samir Nagheenanajar"),
            person("michael.bolton@initech.com", "Michael Bolton"),
        ],
        meet="meet",
    )
    _x(
        "Sprint planning",
        interview=False,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        loc="Initech – Conf Room B",
    )
    _x(
        "Sprint retro",
        interview=False,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
    )
    _x(
        "Interview: Jordan Blake – Senior Data Engineer (Alex = interviewer)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake.dev@gmail.com", "Jordan Blake")],
        desc="<p>You are scheduled to interview <b>Jordan Blake</b> for Senior Data Engineer.</p><p>Focus area: <b>System design</b>. Please submit your scorecard in Greenhouse within 24 hours.</p>",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/8770012345"),
    )
    _x(
        "Interview - Candidate: Priscilla Wong (Analytics Engineer) - Technical",
        interview=False,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[person("priscilla.wong@outlook.com", "Priscilla Wong")],
        desc="Interviewers: Alex Rivera, Michael Bolton\nScorecard: https://app.greenhouse.io/scorecards/551203\nFocus: SQL, dbt, data modelling",
        meet="meet",
    )
    _x(
        "Debrief – Priscilla Wong (Analytics Engineer)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Hiring committee debrief. Bring your scorecard.",
    )
    _x(
        "Interviewer training: structured interviewing",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="Required for all interviewers. Covers bias, structured questions, and writing good scorecards.",
    )
    _x(
        "Mid-year performance review – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Please complete your self-assessment in Lattice before this meeting. We'll discuss goals, feedback from peers and your rating.",
        loc="Initech – Bill's office",
    )
    _x("Self-review due (Lattice)", interview=False, me=WORK_ME, all_day=True)
    _x("Peer feedback for Samir – due", interview=False, me=WORK_ME, all_day=True)
    _x(
        "Onboarding: welcome Joanna (new Data Analyst)",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("joanna.lee@initech.com", "Joanna Lee")],
        desc="Alex is Joanna's onboarding buddy. Agenda: laptop + access, tour of repos, intro to the warehouse, lunch.",
        add_me=False,
    )
    _x(
        "Joanna onboarding – week 1 check-in",
        interview=False,
        me=WORK_ME,
        att=[person("joanna.lee@initech.com", "Joanna Lee")],
    )
    _x(
        "Joanna / Alex – pairing on dbt models",
        interview=False,
        me=WORK_ME,
        att=[person("joanna.lee@initech.com", "Joanna Lee")],
    )
    _x(
        "All-hands: Q3 results",
        interview=False,
        me=WORK_ME,
        org=("exec@initech.com", "Initech Exec Team"),
        loc="Cafeteria + Zoom",
    )
    _x(
        "TPS report review",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
    )
    _x(
        "Architecture review: event pipeline v2",
        interview=False,
        me=WORK_ME,
        org=("michael.bolton@initech.com", "Michael Bolton"),
        desc="Design doc: go/pipeline-v2. Reviewers: Alex, Samir, Peter.",
    )
    _x("On-call handover", interview=False, me=WORK_ME)
    _x(
        "Hiring sync – Data team headcount",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Pipeline review for the 2 open Data Engineer reqs. Who's in the loop, who's at offer stage.",
    )
    _x(
        "Phone screen – Marco Diaz (intern candidate)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Alex to run a 30-min phone screen with intern candidate Marco Diaz.",
    )
    _x(
        "Skip-level with Dom",
        interview=False,
        me=WORK_ME,
        org=("dom.portwood@initech.com", "Dom Portwood"),
    )
    _x(
        "Lunch & learn: Intro to Airflow (Alex presenting)",
        interview=False,
        me=WORK_ME,
        loc="Initech – Conf Room A",
    )
    _x(
        "Stay interview – Alex",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Nina, HR Business Partner"),
        desc="Part of our retention programme: a relaxed chat about what keeps you at Initech and what we could do better. Not a performance conversation.",
    )
    _x(
        "Initech exit interview (Milton)",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Nina, HR Business Partner"),
        desc="Alex attending as Milton's manager-of-record for the handover part only.",
    )
    _x("Blocked – focus time", interview=False, me=WORK_ME)
    _x("OOO – dentist", interview=False, me=WORK_ME, all_day=False)
    _x("Personal appointment", interview=False, me=WORK_ME, desc="(private)")
    _x(
        "Quarterly calibration – Data org",
        interview=False,
        me=WORK_ME,
        org=("dom.portwood@initech.com", "Dom Portwood"),
    )
    _x(
        "Team offsite planning",
        interview=False,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
    )


def _personal_life() -> None:
    _x("Mom's birthday dinner", interview=False, loc="Casa Lupita, 410 Elm St")
    _x("Call Dad", interview=False)
    _x(
        "Sofia's job interview - wish her luck!",
        interview=False,
        desc="Sofia's final round at the hospital. Text her in the morning.",
    )
    _x(
        "Drive Marcus to his interview at the Apple Store",
        interview=False,
        loc="Apple Union Square",
    )
    _x(
        "Jess & Tom's engagement party",
        interview=False,
        org=("jess.moreno@gmail.com", "Jess Moreno"),
        att=[
            person("tom.ashby@gmail.com", "Tom Ashby"),
            person("lina.k@gmail.com", "Lina K", status="tentative"),
        ],
        loc="The Rooftop at Hotel Zetta",
    )
    _x(
        "Dr. Patel – annual physical",
        interview=False,
        loc="Bay Family Medicine, Suite 300",
        desc="Fasting from 10pm the night before. Bring insurance card.",
    )
    _x("Dentist cleaning", interview=False, loc="Smile Studio, 233 Market St")
    _x("Physio – knee", interview=False)
    _x(
        "Visa interview – US Consulate",
        interview=False,
        desc="Appointment confirmation for Maria Rivera (Alex's mom). DS-160 confirmation, passport, photo, appointment letter. Alex to drive her and wait outside.",
        loc="U.S. Consulate General, Paseo de la Reforma 305",
        zone="America/Mexico_City",
    )
    _x(
        "Passport renewal appointment",
        interview=False,
        loc="Passport Agency, 450 Golden Gate Ave",
        desc="Bring old passport, 2 photos, DS-82, proof of travel.",
    )
    _x("DMV – Real ID", interview=False, loc="DMV Fell St")
    _x(
        "Termin Bürgeramt – Anmeldung (für Jobsuche in DE vorbereiten)",
        interview=False,
        desc="Nur Info: falls Berlin klappt, Termin wird gebraucht. Vorgangsnummer 44812.",
        zone="Europe/Berlin",
    )
    _x(
        "Unemployment office info session (for Sam)",
        interview=False,
        desc="Going with Sam to help with the forms.",
    )
    _x("Yoga", interview=False, loc="CorePower Mission")
    _x("Climbing w/ Dev", interview=False)
    _x("Book club – 'The Remains of the Day'", interview=False, org=("lina.k@gmail.com", "Lina K"))
    _x(
        "Niece's school parent-teacher conference (covering for Ana)",
        interview=False,
        loc="Lincoln Elementary, Room 12",
    )
    _x("Rent due", interview=False, all_day=True)
    _x("Car service", interview=False, loc="Jiffy Auto, 19th St")
    _x("Grocery run + meal prep for interview week", interview=False)
    _x(
        "Flight SFO → FRA (LH 455)",
        interview=False,
        desc="Confirmation: QX7R2L. Seat 34K. Hotel near Düsseldorf Hbf booked for the Rheinwerk onsite.",
        zone="America/Los_Angeles",
    )
    _x(
        "Flight DUS → SFO (LH 454)",
        interview=False,
        desc="Confirmation: QX7R2L.",
        zone="Europe/Berlin",
    )
    _x(
        "Hotel check-in – Motel One Düsseldorf",
        interview=False,
        loc="Immermannstraße 54, Düsseldorf",
        zone="Europe/Berlin",
    )
    _x("Therapy – Dr. Greene", interview=False)
    _x("Haircut before interviews", interview=False, loc="Barber & Co")
    _x("Pick up suit from dry cleaner", interview=False)
    _x(
        "Abuela's 80th – family Zoom",
        interview=False,
        org=("ana.rivera@gmail.com", "Ana Rivera"),
        conf=("Zoom Meeting", "https://us04web.zoom.us/j/7345510021"),
        desc="Everyone join! Tío Luis is bringing the cake to her house, the rest of us on Zoom.",
    )
    _x("Dev's housewarming", interview=False, loc="Dev's new place – 1290 Valencia #4")


def _job_hunt_lookalikes() -> None:
    _x(
        "Prep: Northwind technical interview",
        interview=False,
        desc="Review graph algorithms, rate limiter design, re-read their eng blog post on routing.",
    )
    _x(
        "Prep Halcyon onsite – STAR stories",
        interview=False,
        desc="<ul><li>Conflict with PM → migration story</li><li>Failure → the 2022 outage</li><li>Leadership → mentoring Joanna</li></ul>",
    )
    _x(
        "Mock interview with Priya (system design)",
        interview=False,
        org=("priya.s.coach@gmail.com", "Priya S."),
        meet="meet",
        desc="Priya plays the interviewer; 45 min design + 15 min feedback.",
    )
    _x(
        "Pramp mock interview – data structures",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Peer mock interview. You'll interview your peer for 30 min, then switch roles.",
    )
    _x(
        "interviewing.io mock – anonymous senior engineer",
        interview=False,
        desc="Practice session, not a real company interview.",
    )
    _x(
        "Career coaching session #3 – Renee",
        interview=False,
        org=("renee@nextchaptercoaching.com", "Renee Dalton"),
        desc="<p>Hi Alex, for today's session:</p><ol><li>Review your interview tracker</li><li>Practise your 'tell me about yourself'</li><li>Plan for negotiation if Copperleaf makes an offer</li></ol><p>See you on Zoom!</p>",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8822019833"),
    )
    _x(
        "Salary negotiation prep – Copperleaf offer",
        interview=False,
        desc="Levels.fyi data: EM L5 median base 215k. Ask: 230k base, refresh equity, 15k sign-on. Walk-away: 205k.",
    )
    _x("Negotiation call practice with Dev", interview=False)
    _x(
        "Send thank-you notes: Halcyon loop",
        interview=False,
        desc="Sam, Rena, + the two from Part 1 and Part 4. Personalise each one.",
    )
    _x("Thank-you email → Tobias (Rheinwerk)", interview=False, zone="Europe/Berlin")
    _x("Follow up with Sable recruiter if no news", interview=False)
    _x("DEADLINE: apply – Mercy General Data Analyst", interview=False, all_day=True)
    _x(
        "Application deadline – EU Agency data officer call",
        interview=False,
        all_day=True,
        desc="Submit via EPSO account before 12:00 Brussels time.",
    )
    _x("Bewerbungsfrist: Stadtwerke Lindau", interview=False, all_day=True)
    _x(
        "Take-home due – Orchard & Vale (dbt exercise)",
        interview=False,
        all_day=True,
        desc="Submit repo link to talent@orchardvale.com by 9am.",
    )
    _x("Work on Kestrel take-home", interview=False)
    _x(
        "Complete Codility test (Kestrel) – 90 min, timed",
        interview=False,
        desc="Automated test, no interviewer. Link expires Sunday.",
    )
    _x(
        "Online aptitude test – SHL (Ellison Rail)",
        interview=False,
        desc="Numerical + verbal reasoning, self-paced online. Must finish before the assessment day invite is sent.",
    )
    _x(
        "Workshop: Acing the Behavioral Interview",
        interview=False,
        org=("events@sfpubliclibrary.org", "SF Public Library Career Center"),
        loc="Main Library, Koret Auditorium",
        desc="Free workshop for job seekers. Learn the STAR method, practise with peers, and get tips from hiring managers.",
    )
    _x(
        "LinkedIn profile review webinar",
        interview=False,
        conf=("Zoom Webinar", "https://zoom.us/w/99120034455"),
    )
    _x(
        "Resume review with Omar",
        interview=False,
        desc="Omar referred me to Quillstone - buy him coffee.",
    )
    _x(
        "Data Engineering Meetup – networking night",
        interview=False,
        org=("noreply@meetup.com", "Meetup"),
        loc="GitHub HQ, 88 Colin P Kelly Jr St",
        desc="Talks: 'Streaming at scale' and 'dbt in production'. Hiring companies will have tables — bring resumes!",
    )
    _x(
        "Tech job fair – Moscone West",
        interview=False,
        loc="Moscone West, Hall 2",
        desc="Register badge online. ~80 employers. Target booths: Halcyon, Tidewater, Pinecrest.",
    )
    _x(
        "Podcast recording: 'Data Career Stories' – interview with Alex",
        interview=False,
        org=("hosts@datacareerstories.fm", "Data Career Stories"),
        desc="You're our guest! We'll interview you for ~40 minutes about moving from analytics into data engineering. Recording via Riverside.fm; headphones please.",
        loc="https://riverside.fm/studio/data-career-stories",
    )
    _x("Listen: 'How to answer salary expectations' podcast ep", interview=False)
    _x(
        "Reference call for Lena Ortiz – Alex as reference",
        interview=False,
        org=("talent@bluefinhealth.com", "Bluefin Health Talent"),
        desc="Hi Alex, Lena Ortiz listed you as a reference for the Senior Product Manager role at Bluefin Health. This 20-minute call covers your experience working with her at Initech.",
    )
    _x(
        "Reference check – Kwame (former colleague) for Stripe-like startup",
        interview=False,
        desc="Recruiter will call me about Kwame. Notes: strongest on incident response, mentoring.",
    )
    _x(
        "Coffee with Lena – she's interviewing at Bluefin",
        interview=False,
        loc="Sightglass, 7th St",
    )
    _x(
        "Informational chat w/ ex-Initech friend now at Tidewater",
        interview=False,
        desc="Not an interview - just asking Rob about the team culture before my panel.",
    )
    _x("Update interview tracker spreadsheet", interview=False)
    _x(
        "Course: AWS Solutions Architect – module 4",
        interview=False,
        loc="https://www.coursera.org/learn/aws-solutions-architect",
    )
    _x(
        "Spanish class (B2) – conversation practice: job interviews",
        interview=False,
        desc="Tema: vocabulario para entrevistas de trabajo. Role-play con compañeros.",
    )
    _x(
        "User research session – Lattice Bay app (paid $75)",
        interview=False,
        org=("research@latticebay.io", "Lattice Bay Research"),
        desc="Thanks for signing up to share feedback on our app. This is a 45-minute user interview. You'll receive a $75 gift card.",
    )
    _x("Lattice Bay – offer decision deadline", interview=False, all_day=True)
    _x(
        "Background check form – Copperleaf (Checkr)",
        interview=False,
        desc="Fill in Checkr consent + previous addresses.",
    )


def _multilingual_lookalikes() -> None:
    _x(
        "Vorbereitung Vorstellungsgespräch Rheinwerk",
        interview=False,
        desc="Firmenprofil lesen, Fragen zur Teamstruktur notieren, Gehaltsvorstellung: 78–85k.",
        zone="Europe/Berlin",
    )
    _x(
        "Deutschkurs B1 – Thema: Bewerbungsgespräch üben",
        interview=False,
        loc="Goethe-Institut, Raum 3",
        desc="Rollenspiel: Vorstellungsgespräch. Hausaufgabe: Anschreiben korrigieren.",
    )
    _x(
        "Simulation d'entretien avec Claire (coach APEC)",
        interview=False,
        org=("claire.roux@apec.fr", "Claire Roux"),
        desc="Atelier APEC : simulation d'entretien filmée et débriefing.",
        zone="Europe/Paris",
    )
    _x("Envoyer mail de remerciement – Papillon Tech", interview=False, zone="Europe/Paris")
    _x(
        "Preparar entrevista Grupo Alameda",
        interview=False,
        desc="Repasar casos de uso de datos en retail, preparar preguntas sobre el equipo.",
    )
    _x(
        "Cita médica – Dra. Gómez",
        interview=False,
        loc="Centro de Salud Chamberí",
        zone="Europe/Madrid",
    )
    _x(
        "Aniversário da Carol 🎉",
        interview=False,
        loc="Bar do Zé, Vila Madalena",
        zone="America/Sao_Paulo",
    )
    _x("Preparazione colloquio Officine Brera – ripassare SQL", interview=False, zone="Europe/Rome")
    _x(
        "Sollicitatietraining bij het UWV (voor Sanne's broer)",
        interview=False,
        desc="Ik ga mee als steun. Geen gesprek voor mij.",
        zone="Europe/Amsterdam",
    )
    _x("Przygotowanie do rozmowy – Wisła (STAR)", interview=False, zone="Europe/Warsaw")
    _x(
        "Webinar: Jak negocjować wynagrodzenie",
        interview=False,
        conf=("Zoom Webinar", "https://zoom.us/w/88120044001"),
        zone="Europe/Warsaw",
    )
    _x("Kurz češtiny – lekce 6", interview=False, zone="Europe/Prague")
    _x(
        "Pregătire interviu Carpați Tech – întrebări tehnice",
        interview=False,
        zone="Europe/Bucharest",
    )
    _x("Γενέθλια Ελένης", interview=False, zone="Europe/Athens")
    _x(
        "Подготовка к собеседованию – алгоритмы",
        interview=False,
        desc="LeetCode: графы, динамика. 2 часа.",
        zone="Europe/Riga",
    )
    _x(
        "Інтерв'ю для подкасту «Кар'єра в IT» – гість: Alex",
        interview=False,
        org=("podcast@kariera-it.com.ua", "Кар'єра в IT"),
        desc="Запис подкасту: розмова про пошук роботи за кордоном. Це не співбесіда.",
        zone="Europe/Kiev",
    )
    _x(
        "模拟面试 – 和小林练习",
        interview=False,
        desc="和小林互相模拟二面，重点练习系统设计。",
        zone="Asia/Shanghai",
    )
    _x("发感谢信给云帆面试官", interview=False, zone="Asia/Shanghai")
    _x("면접 준비 – 한빛모빌리티 기업 분석", interview=False, zone="Asia/Seoul")
    _x("한국어 수업", interview=False)
    _x("इंटरव्यू की तैयारी – Sarthi SQL case", interview=False, zone="Asia/Kolkata")
    _x("Diwali dinner at Neha's", interview=False, loc="Neha's place, Fremont")
