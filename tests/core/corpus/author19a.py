# ruff: noqa: E501 -- data: event texts as written
"""Part author19a of the calendar corpus, written by a helper session: naming the employer.

Alex's own interviews where the prospective employer shows up in only one place -- the
organizer's e-mail domain (country domains, careers./jobs. subdomains, -group domains), a
signature at the foot of the description, the location or a meeting-room resource, another
script (Japanese, Chinese, Korean, Cyrillic, Greek, Arabic, Hebrew, Thai) with or without a
Latin name -- plus legal forms, subsidiaries and brands, scheduling/ATS/assessment tools whose
name is not the employer, staffing agencies (named client or confidential) and Alex's own bare
notes. Look-alikes carry company names and hiring words without being Alex's own interviews:
interviews Alex runs at Initech, vendor demos, sales calls, customer interviews, alumni chats,
networking coffees, mock interviews, prep blocks, reminders, press and visa interviews.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]

ZOOM = "Zoom Meeting"
TEAMS = "Microsoft Teams Meeting"


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author19a", **kw)


def build() -> None:
    _domain_only()
    _signature_only()
    _location_only()
    _other_scripts()
    _legal_forms()
    _brands_and_subsidiaries()
    _tools_not_employer()
    _staffing_agencies()
    _bare_notes()
    _initech_interviews_alex_runs()
    _vendors_and_sales()
    _customer_and_research()
    _networking_and_alumni()
    _prep_mock_reminders()
    _other_lookalikes()


def _domain_only() -> None:
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Kuroshio Denki",
        role="Backend Engineer",
        org=("hana.yoshida@kuroshio-denki.co.jp", "Hana Yoshida"),
        att=[person("kenji.mori@kuroshio-denki.co.jp", "Kenji Mori")],
        desc="Dear Alex,\n\nThank you for applying. This is the first interview for the Backend Engineer position (remote-friendly, Tokyo based).\nInterviewers: Kenji Mori (Engineering Manager), Hana Yoshida (HR).\n\nPlease join from the Google Meet link below. If you need to reschedule, just reply to this invitation.\n\nBest regards,\nHana",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Conversa inicial - Alex Rivera",
        interview=True,
        company="Tinta Verde",
        role=None,
        org=("rafaela.moura@tintaverde.com.br", "Rafaela Moura"),
        desc="Oi Alex, tudo bem?\n\nConforme combinado, segue o convite para nossa conversa inicial de 30 minutos. Vou te contar um pouco sobre o time e a vaga, e quero ouvir sobre sua trajetória.\n\nAbraços,\nRafaela",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Erstgespräch Alex Rivera",
        interview=True,
        company="Hafenlicht",
        role="Data Engineer",
        org=("j.brandt@hafenlicht.de", "Jana Brandt"),
        att=[person("m.ohlsen@hafenlicht.de", "Malte Ohlsen", status="needsAction")],
        desc="Hallo Alex,\n\nwie telefonisch besprochen hier die Einladung zu unserem Erstgespräch für die Position Data Engineer (m/w/d). Mit dabei ist Malte, unser Teamlead Data Platform.\n\nDauer: ca. 45 Minuten, per Google Meet.\n\nViele Grüße\nJana",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Recruiter Screen: Alex Rivera",
        interview=True,
        company="Orbital Freight",
        role="Senior Software Engineer, Routing",
        org=("talent@careers.orbitalfreight.com", "Talent Acquisition"),
        att=[person("devon.hale@careers.orbitalfreight.com", "Devon Hale")],
        desc="Hi Alex,\n\nYou're confirmed for a 30-minute recruiter screen for Senior Software Engineer, Routing with Devon Hale.\n\nWhat to expect: a conversation about your background, what you're looking for, compensation expectations and the interview process.\n\nNeed to reschedule? Reply to this email.",
        conf=(ZOOM, "https://us06web.zoom.us/j/84120055931"),
    )
    _x(
        "Alex Rivera // Sophie Okafor",
        interview=True,
        company="Vantrell Group",
        role=None,
        org=("s.okafor@vantrell-group.com", "Sophie Okafor"),
        desc="Looking forward to chatting about the platform engineering opening on our team. Speak soon! - Sophie",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZGFlYjAt"),
        zone="Europe/London",
    )
    _x(
        "Interview - Alex Rivera - Analytics Engineer",
        interview=True,
        company="Brackenfield",
        role="Analytics Engineer",
        org=("ellie.marsh@brackenfield.co.uk", "Ellie Marsh"),
        att=[
            person("tom.whitcombe@brackenfield.co.uk", "Tom Whitcombe"),
            person("ravi.sandhu@brackenfield.co.uk", "Ravi Sandhu", status="tentative"),
        ],
        desc="Hi Alex,\n\nPlease find the invite for your first stage interview for the Analytics Engineer role. You will meet Tom (Head of Data) and Ravi (Senior Analytics Engineer).\n\nThe interview is competency based with a short discussion of a dbt project you have worked on.\n\nKind regards,\nEllie",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA5MzE1ZTQt"),
        zone="Europe/London",
    )
    _x(
        "Entretien - Alex Rivera",
        interview=True,
        company="Lumenais",
        role="Ingénieur logiciel backend",
        org=("c.dubois@lumenais.fr", "Claire Dubois"),
        desc="Bonjour Alex,\n\nJe vous confirme notre entretien pour le poste d'Ingénieur logiciel backend. L'échange durera environ une heure : présentation de l'équipe, questions techniques puis vos questions.\n\nBien cordialement,\nClaire Dubois\nResponsable recrutement",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Kennismakingsgesprek Alex",
        interview=True,
        company="Polderstack",
        role=None,
        org=("d.devries@polderstack.nl", "Daan de Vries"),
        desc="Hoi Alex,\n\nLeuk dat je interesse hebt! Zullen we even kennismaken? Ik vertel je meer over de vacature en het team.\n\nGroet,\nDaan",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Technical interview (Alex Rivera)",
        interview=True,
        company="Redgum Analytics",
        role="Machine Learning Engineer",
        org=("liam.oconnor@redgumanalytics.com.au", "Liam O'Connor"),
        att=[person("chloe.tan@redgumanalytics.com.au", "Chloe Tan")],
        desc="G'day Alex,\n\nThanks for making time across the time zones. This is the technical round for the Machine Learning Engineer role: 60 minutes, mostly a walk-through of a model you've shipped, then a short coding exercise in Python.\n\nCheers,\nLiam",
        conf=(ZOOM, "https://us02web.zoom.us/j/86652013377?pwd=Q2xVb0pNc2Fh"),
        zone="Australia/Sydney",
    )
    _x(
        "Intervju: Alex Rivera",
        interview=True,
        company="Fjallsoft",
        role="Fullstack-utvecklare",
        org=("erik.lind@fjallsoft.se", "Erik Lind"),
        desc="Hej Alex!\n\nVälkommen till en första intervju för tjänsten som Fullstack-utvecklare. Vi kör på Teams, ca 45 min.\n\nMvh\nErik",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3OWU0NDgt"),
        zone="Europe/Stockholm",
    )
    _x(
        "Entrevista Alex Rivera - Product Manager",
        interview=True,
        company="Brisamar",
        role="Product Manager",
        org=("lucia.ortega@brisamar.es", "Lucía Ortega"),
        att=[person("javier.gil@brisamar.es", "Javier Gil")],
        desc="Hola Alex,\n\nTe confirmo la entrevista para la posición de Product Manager. Estaremos Javier (CPO) y yo.\n\nUn saludo,\nLucía",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Alex <> Priya",
        interview=True,
        company="Tallyhive",
        role=None,
        org=("priya@tallyhive.io", "Priya Raman"),
        desc="quick intro chat about the founding engineer role - excited to meet you!",
        meet="meet",
    )
    _x(
        "Alex Rivera - technical deep dive",
        interview=True,
        company="Corvid Labs",
        role="Research Engineer",
        org=("jon@corvidlabs.ai", "Jon Axelrod"),
        att=[
            person("mei@corvidlabs.ai", "Mei Lin"),
            person("sam@corvidlabs.ai", "Sam Okoye", optional=True),
        ],
        desc="Agenda\n- 10 min: intros\n- 35 min: deep dive on a system you built (bring a diagram if helpful)\n- 15 min: your questions for us\n\nThis is for the Research Engineer position.",
        meet="meet",
    )
    _x(
        "Entrevue téléphonique - Alex Rivera",
        interview=True,
        company="Northpine",
        role="Développeur Python",
        org=("m.tremblay@northpine.ca", "Marc Tremblay"),
        desc="Bonjour Alex,\n\nMerci pour votre candidature au poste de Développeur Python. Je vous appellerai au numéro inscrit à votre CV.\n\nMarc Tremblay\nAcquisition de talents",
        zone="America/Toronto",
    )
    _x(
        "Interview | Alex Rivera | Round 1",
        interview=True,
        company="Saffron Ledger",
        role=None,
        org=("ananya.rao@saffronledger.in", "Ananya Rao"),
        desc="Hi Alex,\n\nPlease join the first round of interviews using the link below. The panel will include two engineers from the payments team.\n\nRegards,\nAnanya Rao\nHR",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Entrevista inicial - Alex Rivera",
        interview=True,
        company="Cobalto Verde",
        role="Ingeniero de Datos Sr.",
        org=("hiring@talentos.cobaltoverde.com.mx", "Equipo de Talento"),
        desc="Hola Alex:\n\nGracias por tu interés en la vacante de Ingeniero de Datos Sr. Esta primera entrevista es con nuestra reclutadora, Fernanda Ríos.\n\nSaludos cordiales.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Call Alex Rivera / Reto Keller",
        interview=True,
        company="Alpenquant",
        role="Quantitative Developer",
        org=("r.keller@alpenquant.ch", "Reto Keller"),
        desc="Hi Alex, as discussed by email: a first call regarding the Quantitative Developer opening. About 45 minutes. Best, Reto",
        conf=(ZOOM, "https://alpenquant.zoom.us/j/93318850142"),
        zone="Europe/Zurich",
    )
    _x(
        "Your interview is confirmed",
        interview=True,
        company="Harbor Lumen",
        role="Staff Data Engineer",
        org=("no-reply@jobs.harborlumen.com", "Recruiting Team"),
        desc="Hello Alex,\n\nYour interview for Staff Data Engineer (Req 2231) is confirmed.\n\nFormat: video call, 45 minutes\nInterviewer: Grace Whitaker, Director of Data Engineering\n\nIf you require accommodations during the interview process, please let us know.",
        meet="meet",
    )
    _x(
        "1차 면접 - Alex Rivera",
        interview=True,
        company="Sorae Tech",
        role=None,
        org=("minseo.kang@sorae-tech.co.kr", "Minseo Kang"),
        desc="Hello Alex,\n\nThis is the first-round interview (in English). Two engineers from the platform team will join.\n\nThank you,\nMinseo Kang",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Rozmowa rekrutacyjna - Alex Rivera",
        interview=True,
        company="Wislaworks",
        role="Senior Backend Developer",
        org=("k.nowak@wislaworks.pl", "Katarzyna Nowak"),
        desc="Cześć Alex,\n\nzapraszam na rozmowę rekrutacyjną na stanowisko Senior Backend Developer. Rozmowa po angielsku, ok. 1h.\n\nPozdrawiam,\nKasia",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ1NDhmZTEt"),
        zone="Europe/Warsaw",
    )
    _x(
        "Colloquio conoscitivo",
        interview=True,
        company="Ventolino",
        role=None,
        org=("g.romano@ventolino.it", "Giulia Romano"),
        desc="Ciao Alex,\n\nti confermo il colloquio conoscitivo. Ti racconterò del team e della posizione aperta.\n\nA presto,\nGiulia",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Interview: Alex Rivera (Platform Engineer)",
        interview=True,
        company="Tidewell",
        role="Platform Engineer",
        org=("wei.ling@tidewell.com.sg", "Tan Wei Ling"),
        att=[person("arjun.menon@tidewell.com.sg", "Arjun Menon")],
        desc="Dear Alex,\n\nThank you for your interest. Please see the invitation for the Platform Engineer interview with Arjun Menon, Head of Infrastructure.\n\nWarm regards,\nWei Ling",
        conf=(ZOOM, "https://us05web.zoom.us/j/81234560078"),
        zone="Asia/Singapore",
    )
    _x(
        "Chat with Aoife",
        interview=True,
        company="Cliffline",
        role=None,
        org=("aoife.byrne@cliffline.ie", "Aoife Byrne"),
        desc="Hi Alex, great to connect. Blocking 30 mins for an initial chat about the open engineering roles. Aoife",
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "Alex Rivera - 2nd interview",
        interview=True,
        company="Ostrava Robotics",
        role="Embedded Software Engineer",
        org=("recruiting@people.ostrava-robotics.cz", "Recruiting"),
        att=[
            person("pavel.novak@people.ostrava-robotics.cz", "Pavel Novák"),
            person("jana.dvorakova@people.ostrava-robotics.cz", "Jana Dvořáková"),
        ],
        desc="Dear Alex,\n\nWe are pleased to invite you to the second interview for the Embedded Software Engineer position. The interview will focus on C++ and real-time systems.\n\nBest regards,\nRecruiting",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2YzQ4NTIt"),
        zone="Europe/Prague",
    )
    _x(
        "Hiring manager interview",
        interview=True,
        company="Greyfern",
        role=None,
        org=("nate.albright@greyfern.co", "Nate Albright"),
        desc="Hey Alex - Nate here, I run the data team. Looking forward to it.",
        meet="meet",
    )


def _signature_only() -> None:
    _x(
        "Intro call - Alex Rivera",
        interview=True,
        company="Bluefin Mobility",
        role="Senior Android Engineer",
        org=("marta.silva.talent@gmail.com", "Marta Silva"),
        desc="Hi Alex,\n\nThanks for getting back to me so quickly. Here's the invite for our intro call about the Senior Android Engineer role. I'll share more about the team, the product roadmap and the process.\n\nTalk soon,\n\n--\nMarta Silva | Talent Partner\nBluefin Mobility\n+351 912 555 018",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Cedarline Insurance",
        role=None,
        org=("owen.pryce@outlook.com", "Owen Pryce"),
        desc='<p>Hi Alex,</p><p>Thanks for your interest in joining the team. This 45-minute conversation will cover your experience with event-driven systems and how you like to work.</p><p>See you then,</p><p><b>Owen Pryce</b><br>Engineering Manager, Claims Platform<br>Cedarline Insurance<br><a href="tel:+16175550199">+1 617 555 0199</a></p>',
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDRiNGJjYWMt"),
        zone="America/New_York",
    )
    _x(
        "Phone interview",
        interview=True,
        company="Marrowfield Health",
        role="Data Analyst II",
        desc="Pasted from email:\n\nHi Alex,\nConfirming our phone interview for the Data Analyst II position. I will call you at 415-555-0147.\n\nThank you,\nBeatriz Nunez\nSenior Recruiter\nMarrowfield Health\nbeatriz.nunez@mhs-mail.org",
    )
    _x(
        "Video interview w/ Daniel",
        interview=True,
        company="Quarrystone Capital",
        role=None,
        org=("dkowalczyk.recruit@gmail.com", "Daniel Kowalczyk"),
        desc="Hi Alex - looking forward to our conversation.\n\nDaniel Kowalczyk\nHead of Talent\nQuarrystone Capital\n\nThis email and any attachments are confidential and intended solely for the addressee.",
        conf=(ZOOM, "https://us02web.zoom.us/j/89912305541"),
        zone="America/New_York",
    )
    _x(
        "Second interview - system design",
        interview=True,
        company="Lanternfish",
        role="Staff Backend Engineer",
        org=("recruiting-scheduler@calendar-mail.net", "Interview Scheduling"),
        att=[person("n.ferraro@gmail.com", "Nico Ferraro")],
        desc="Hi Alex,\n\nYour system design interview for Staff Backend Engineer is scheduled. You'll be designing a system together with your interviewer on a shared whiteboard (Excalidraw link will be shared in the call).\n\nGood luck!\n\n—\nThe Recruiting Team at Lanternfish\nlanternfish.dev/careers",
        meet="meet",
    )
    _x(
        "Alex / Ingrid - catch up about the role",
        interview=True,
        company="Solbakken Energi",
        role=None,
        org=("ingrid.haugen@hotmail.com", "Ingrid Haugen"),
        desc="Hi Alex,\n\nAs mentioned, I'd like to tell you more about the role and hear about your background.\n\nBest regards\nIngrid Haugen\nHR Business Partner\nSolbakken Energi\nOslo, Norway",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTkwZmNjNmUt"),
        zone="Europe/Oslo",
    )
    _x(
        "Panel interview",
        interview=True,
        company="Wrenwick Learning",
        role="Senior Product Designer",
        desc="From Julia's email:\n> Hi Alex, the panel will include our Head of Design, a PM and an engineer. Please prepare a 20-minute portfolio presentation for the Senior Product Designer role.\n> Best,\n> Julia Moss\n> People Team · Wrenwick Learning",
        loc="https://meet.google.com/xqa-kmtr-pwe",
    )
    _x(
        "Case interview (60 min)",
        interview=True,
        company="Ashgrove Partners",
        role="Strategy Associate",
        org=("e.lindqvist@protonmail.com", "Elin Lindqvist"),
        desc="Dear Alex,\n\nThis is your case interview for the Strategy Associate position. Please have pen and paper ready; no preparation is needed.\n\nKind regards,\n\nElin Lindqvist\nRecruiting Coordinator\nAshgrove Partners | Stockholm · London",
        conf=(ZOOM, "https://zoom.us/j/97731200458"),
        zone="Europe/Stockholm",
    )
    _x(
        "Coffee chat with the team",
        interview=True,
        company="Thistledown Games",
        role="Gameplay Engineer",
        org=("morag.campbell@gmail.com", "Morag Campbell"),
        desc="Hi Alex! Since you're through to the final stage for the Gameplay Engineer role, we'd love for you to have an informal chat with a couple of people from the team. No prep needed.\n\nMorag\n\nMorag Campbell - Studio Recruiter - Thistledown Games - Dundee",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Technical screen",
        interview=True,
        company="Pelican Ridge Software",
        role=None,
        org=("hiring.coordination@outlook.com", "Hiring Coordination"),
        desc="Hello,\n\nPlease use the link below to join your technical screen. The exercise will be conducted in CoderPad; the link will be shared by your interviewer at the start of the call.\n\nThank you for your interest in our company.\n\n________________\nPelican Ridge Software, Inc. · Boise, ID · An equal opportunity employer",
        meet="meet",
        zone="America/Boise",
    )
    _x(
        "Interview w/ Mariana (VP Eng)",
        interview=True,
        company="Arroyo Labs",
        role="Engineering Manager",
        desc="from recruiter:\n\"Mariana is our VP Engineering and the hiring manager for the Engineering Manager role. She'll want to hear about how you've grown teams.\"\n\n-- \nLuis Ocampo\nRecruiter, Arroyo Labs",
        loc="Zoom",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Gannet Biosystems",
        role=None,
        org=("h.mbeki@mail.com", "Halima Mbeki"),
        desc="<div>Dear Alex,</div><div><br></div><div>Following your first interview, the team would like to continue the conversation. Please find the invitation attached.</div><div><br></div><div>Kind regards,</div><div>Halima Mbeki</div><div><i>Talent Acquisition Lead</i></div><div><i>Gannet Biosystems Ltd.</i> — Cambridge, UK</div>",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2YxMjQ1ZGEt"),
        zone="Europe/London",
    )
    _x(
        "Call with Theo",
        interview=True,
        company="Brindle & Oak",
        role="Lead Data Scientist",
        org=("theo.vance@fastmail.com", "Theo Vance"),
        desc="Hi Alex,\n\nThanks for applying for the Lead Data Scientist opening. I'd love to set up some time to chat.\n\nTheo Vance\nFounder & CEO, Brindle & Oak\nSent from my iPhone",
        meet="meet",
    )
    _x(
        "Final round - culture & values",
        interview=True,
        company="Halcyon Freight",
        role=None,
        org=("talent.halcyon@gmail.com", "Talent Team"),
        desc="Hi Alex,\n\nCongratulations on making it to the final round! This conversation with our COO focuses on values and ways of working.\n\nWarmly,\nThe Talent Team\n\n---\nHalcyon Freight\nMoving goods, not paperwork.",
        meet="meet",
    )
    _x(
        "Interview Nr. 2",
        interview=True,
        company="Weidenhof Medizintechnik",
        role="Softwareentwickler Medizinprodukte",
        org=("l.schreiber@t-online.de", "Lena Schreiber"),
        desc="Hallo Alex,\n\nvielen Dank für das angenehme erste Gespräch. Gerne laden wir Sie zum zweiten Gespräch für die Stelle Softwareentwickler Medizinprodukte ein.\n\nMit freundlichen Grüßen\n\nLena Schreiber\nPersonalabteilung\nWeidenhof Medizintechnik\nAm Mühlbach 7, 79098 Freiburg",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg3MmYzNDEt"),
        zone="Europe/Berlin",
    )


def _location_only() -> None:
    _x(
        "Onsite interview",
        interview=True,
        company="Halloway Systems",
        role=None,
        org=("recruiting@hsys-mail.com", "Recruiting"),
        desc="Please check in at the front desk with a photo ID about 10 minutes early. Your schedule for the day will be shared at reception. Lunch is included.",
        loc="Halloway Systems, 500 Market St, Floor 9, San Francisco, CA 94105",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Pinecrest Bank",
        role="Risk Data Engineer",
        org=("k.oduya@pcb-mail.com", "Kemi Oduya"),
        att=[person("l.grant@pcb-mail.com", "Leo Grant")],
        desc="Onsite interview for the Risk Data Engineer role. You'll meet Leo Grant (Director, Risk Technology).",
        loc="Pinecrest Bank HQ – Room Atlas",
        zone="America/Chicago",
    )
    _x(
        "Intervju Alex Rivera",
        interview=True,
        company="Nordvik Maritime AS",
        role=None,
        org=("sigrid.aas@nvmar.no", "Sigrid Aas"),
        desc="Velkommen! Meld deg i resepsjonen i 1. etasje.",
        loc="Nordvik Maritime AS, Strandgata 14, 5013 Bergen, Norway",
        zone="Europe/Oslo",
    )
    _x(
        "In-person: meet the team",
        interview=True,
        company="Wexford Labs",
        role="Senior Frontend Engineer",
        org=("jules.harper@wxl.io", "Jules Harper"),
        att=[
            person(
                "c_18845a9bd0c3@resource.calendar.google.com",
                "Wexford Labs HQ-3-Atlas (8) [Display]",
                resource=True,
            ),
            person("ben.cho@wxl.io", "Ben Cho"),
        ],
        desc="Hi Alex - in-person round for the Senior Frontend Engineer position. We'll do a pairing session and then lunch with the team.",
    )
    _x(
        "Interview",
        interview=True,
        company="Tallgrass Foods",
        role=None,
        desc="bring printed resume x3, ask for Rachel at reception",
        loc='Conference Room 4B "Everest", Tallgrass Foods, 1200 Grand Blvd, Kansas City, MO 64106',
        zone="America/Chicago",
    )
    _x(
        "On-site loop (4 sessions)",
        interview=True,
        company="Amberly Pharma",
        role="Senior Bioinformatics Engineer",
        org=("coordinator@ambph.com", "Interview Coordinator"),
        desc="Schedule\n10:00 Hiring manager\n11:00 Coding\n12:00 Lunch\n13:00 Cross-functional partner\n14:00 Recruiter wrap-up\n\nPosition: Senior Bioinformatics Engineer. Visitor parking is available in Lot B.",
        loc="Amberly Pharma – Building C, Lobby, 45 Fenway Research Park, Boston, MA",
        zone="America/New_York",
    )
    _x(
        "Vorstellungsgespräch",
        interview=True,
        company="Grünwald Logistik",
        role="IT-Projektleiter",
        org=("bewerbung@gwl-online.de", "Bewerbermanagement"),
        desc="Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position IT-Projektleiter (m/w/d) einzuladen. Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement",
        loc="Grünwald Logistik, Industriestraße 22, 90765 Fürth",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera - final interviews",
        interview=True,
        company="Saltmarsh Studio",
        role=None,
        org=("hello@sms-careers.co", "Careers"),
        desc="Come by the studio! Ring the buzzer marked 3F.",
        loc="Saltmarsh Studio, 3rd floor, 88 Bethnal Green Rd, London E2 6DG",
        zone="Europe/London",
    )
    _x(
        "Onsite - Data Platform",
        interview=True,
        company="Ridgeback Security",
        role="Data Platform Engineer",
        org=("recruiting@rbsec-hq.com", "Recruiting"),
        att=[
            person(
                "rbsec-hq.com_3836353538@resource.calendar.google.com",
                "Ridgeback Security HQ – Room Kilimanjaro (12)",
                resource=True,
            ),
        ],
        desc="Role: Data Platform Engineer\nPlease bring a government-issued ID; you will be issued a visitor badge.",
        zone="America/Denver",
    )
    _x(
        "Alex - interview day",
        interview=True,
        company="Oakhurst Brewing Co.",
        role="Operations Analyst",
        desc="Operations Analyst, 3 interviews back to back. wear closed-toe shoes for brewery tour",
        loc="Oakhurst Brewing Co., 2150 NW Raleigh St, Portland, OR 97210",
    )
    _x(
        "Entrevista presencial",
        interview=True,
        company="Solera Alimentos",
        role=None,
        org=("rrhh@sol-alim.es", "Recursos Humanos"),
        desc="Por favor, preséntate en recepción con tu DNI o pasaporte 10 minutos antes.",
        loc="Solera Alimentos - Sala Mediterráneo, Av. de la Industria 12, 28108 Alcobendas, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Interview @ office",
        interview=True,
        company="Finch & Harrow",
        role=None,
        org=("people@fh-legaltech.com", "People Team"),
        desc="Looking forward to meeting you in person!",
        loc="Finch & Harrow HQ – Room Juniper, 1 Dock Rd, Seattle, WA 98121",
    )
    _x(
        "Whiteboard session",
        interview=True,
        company="Copperleaf Robotics",
        role="Robotics Software Engineer",
        org=("schedule@clr-talent.com", "Scheduling"),
        desc="Whiteboard session for the Robotics Software Engineer role. Markers provided.",
        loc="Copperleaf Robotics - Bldg 2 / Conf. Room 'Curiosity', 3301 Scott Blvd, Santa Clara, CA",
    )
    _x(
        "Interview",
        interview=True,
        company="Mistral Bay Hotels",
        role="Revenue Systems Analyst",
        org=("talent@mbh-group.net", "Talent"),
        desc="Revenue Systems Analyst interview with the Director of Revenue and the Head of IT.",
        loc="Mistral Bay Hotels Corporate Office, Suite 400, 2200 Biscayne Blvd, Miami, FL 33137",
        zone="America/New_York",
    )


def _other_scripts() -> None:
    _x(
        "【一次面接】アレックス・リベラ様",
        interview=True,
        company="株式会社ミナトロジック",
        role="バックエンドエンジニア",
        org=("saiyo@minato-lg.jp", "採用担当"),
        desc="アレックス・リベラ様\n\nこの度は株式会社ミナトロジックのバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n下記の日程で一次面接を実施させていただきます。\n\n形式：オンライン（Google Meet）\n所要時間：約60分\n面接官：開発部 部長 田中\n\nご不明な点がございましたら、お気軽にご連絡ください。\n\n株式会社ミナトロジック\n人事部 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（Hoshizora Games）",
        interview=True,
        company="Hoshizora Games",
        role=None,
        org=("recruit@hszr.jp", "星空ゲームス 採用チーム"),
        desc="Alex Rivera 様\n\n星空ゲームス株式会社（Hoshizora Games K.K.）の採用チームです。\nまずはカジュアル面談でお互いのことを知る機会にできれば幸いです。英語での面談も可能です。\n\nよろしくお願いいたします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接",
        interview=True,
        company="株式会社ミナトロジック",
        role=None,
        org=("saiyo@minato-lg.jp", "採用担当"),
        desc="アレックス様\n\n最終面接のご案内です。代表取締役との面接となります。\n\n株式会社ミナトロジック 採用担当",
        loc="東京都渋谷区神宮前3-1-5 ミナトロジックビル 5F",
        zone="Asia/Tokyo",
    )
    _x(
        "面试邀请 - 后端开发工程师",
        interview=True,
        company="云岫科技",
        role="后端开发工程师",
        org=("hr@yxtech-mail.cn", "招聘组"),
        desc="Alex 您好：\n\n感谢您投递云岫科技的后端开发工程师职位。经过简历筛选，我们诚邀您参加第一轮技术面试。\n\n面试形式：腾讯会议（链接见下方）\n面试时长：约60分钟\n\n如时间不便，请回复本邮件调整。\n\n云岫科技 人力资源部",
        loc="https://meeting.tencent.com/dm/8Ab1cDe2FgH3",
        zone="Asia/Shanghai",
    )
    _x(
        "二面：Alex Rivera",
        interview=True,
        company="深蓝智行",
        role=None,
        org=("zhaopin@sl-zx.com", "深蓝智行招聘"),
        desc="您好，二面将由技术总监主持，主要考察系统设计能力。请提前准备好一个您主导过的项目。",
        loc="https://meeting.tencent.com/dm/Zt7Qw8Lm9Xy0",
        zone="Asia/Shanghai",
    )
    _x(
        "面試通知：資料工程師",
        interview=True,
        company="晴川半導體",
        role="資料工程師",
        org=("recruit@qcsemi.com.tw", "人資部"),
        desc="Alex 您好，\n\n感謝您應徵晴川半導體資料工程師一職，誠摯邀請您參加面試。\n地點：新竹科學園區力行路18號 晴川半導體 3樓會議室\n請攜帶身分證件至一樓警衛室換證。\n\n晴川半導體股份有限公司 人力資源處",
        zone="Asia/Taipei",
    )
    _x(
        "[면접 안내] 1차 기술 면접",
        interview=True,
        company="다온랩스",
        role="프론트엔드 개발자",
        org=("recruit@daonlabs.kr", "다온랩스 채용팀"),
        desc="안녕하세요, Alex Rivera님.\n\n다온랩스 프론트엔드 개발자 포지션에 지원해 주셔서 감사합니다. 1차 기술 면접 일정을 안내드립니다.\n\n- 방식: 화상 면접 (Google Meet)\n- 소요 시간: 약 60분\n- 면접관: 프론트엔드 팀 리드 외 1명\n\n감사합니다.\n주식회사 다온랩스 채용팀 드림",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "컬처핏 인터뷰",
        interview=True,
        company="Haneul Mobility",
        role=None,
        org=("people@haneul-mob.com", "Haneul Mobility People Team"),
        desc="Alex님, 하늘모빌리티(Haneul Mobility) 컬처핏 인터뷰에 초대합니다. 편하게 대화 나누는 자리입니다. 영어로 진행 가능합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Собеседование: Alex Rivera",
        interview=True,
        company="ООО «Северный Код»",
        role="Python-разработчик",
        org=("hr@sevcode.ru", "Отдел кадров"),
        desc="Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на позицию Python-разработчик в ООО «Северный Код».\nФормат: онлайн, около часа. Участвуют тимлид и HR.\n\nС уважением,\nОтдел кадров ООО «Северный Код»",
        loc="https://telemost.yandex.ru/j/52218866103544",
        zone="Europe/Moscow",
    )
    _x(
        "Технічна співбесіда",
        interview=True,
        company="Dnipro Pixel",
        role="Senior QA Automation Engineer",
        org=("talent@dnipropixel.ua", "Олена Коваль"),
        desc="Привіт, Алексе!\n\nЗапрошуємо на технічну співбесіду на позицію Senior QA Automation Engineer у Dnipro Pixel (Дніпро Піксель). Співбесіда англійською, 1 година.\n\nДо зустрічі!\nОлена",
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "Интервю с Алекс Ривера",
        interview=True,
        company="Витоша Софт",
        role=None,
        org=("hr@vitosha-soft.bg", "Мария Петрова"),
        desc="Здравейте Алекс,\n\nКаним ви на интервю във Витоша Софт. Разговорът ще бъде на английски език.\n\nПоздрави,\nМария Петрова",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE4ZjMxYjIt"),
        zone="Europe/Sofia",
    )
    _x(
        "Συνέντευξη – Alex Rivera",
        interview=True,
        company="Aegeon Software",
        role="DevOps Engineer",
        org=("hr@aegeon.gr", "Ελένη Παπαδοπούλου"),
        desc="Αγαπητέ Alex,\n\nΣας προσκαλούμε σε συνέντευξη για τη θέση DevOps Engineer στην Αιγαίον Λογισμικό Α.Ε. (Aegeon Software S.A.).\n\nΜε εκτίμηση,\nΕλένη Παπαδοπούλου\nΤμήμα Ανθρώπινου Δυναμικού",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGNkOTQ1YTUt"),
        zone="Europe/Athens",
    )
    _x(
        "Δεύτερη συνέντευξη",
        interview=True,
        company="Ολυμπία Ενέργεια",
        role=None,
        org=("career@ol-energ.gr", "Τμήμα Προσλήψεων"),
        desc="Καλησπέρα σας,\n\nΕπιβεβαιώνουμε τη δεύτερη συνέντευξη με τον Διευθυντή Πληροφορικής της Ολυμπία Ενέργεια.\n\nΤμήμα Προσλήψεων",
        loc="Λεωφόρος Κηφισίας 120, Μαρούσι, Αθήνα",
        zone="Europe/Athens",
    )
    _x(
        "مقابلة عمل - مهندس بيانات",
        interview=True,
        company="الواحة الرقمية",
        role="مهندس بيانات",
        org=("careers@alwaha-dig.ae", "فريق التوظيف"),
        desc="عزيزي أليكس،\n\nيسعدنا دعوتك لإجراء مقابلة عمل لوظيفة مهندس بيانات في شركة الواحة الرقمية.\n\nمدة المقابلة: 45 دقيقة عبر Microsoft Teams.\n\nمع أطيب التحيات،\nفريق التوظيف",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFhYjUyNzMt"),
        zone="Asia/Dubai",
    )
    _x(
        "Interview | مقابلة",
        interview=True,
        company="Nakheel Ventures",
        role="Product Analyst",
        org=("talent@nkv-careers.sa", "Sara Al-Qahtani"),
        desc="Dear Alex,\n\nThank you for applying to the Product Analyst role at Nakheel Ventures (نخيل فنتشرز). The interview will be held in English.\n\nBest regards,\nSara Al-Qahtani",
        meet="meet",
        zone="Asia/Riyadh",
    )
    _x(
        "ראיון עבודה – מפתח Backend",
        interview=True,
        company="אופק מערכות",
        role="מפתח Backend",
        org=("jobs@ofek-sys.co.il", "מחלקת גיוס"),
        desc="שלום אלכס,\n\nתודה על פנייתך למשרת מפתח Backend באופק מערכות. נשמח להיפגש לראיון טכני ראשון.\n\nבברכה,\nמחלקת גיוס\nאופק מערכות בע״מ",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "Interview - Galil Cyber (ראיון שני)",
        interview=True,
        company="Galil Cyber",
        role=None,
        org=("noa.levi@galilcyber.co.il", "Noa Levi"),
        desc="היי אלכס, הראיון השני יהיה עם ה-CTO. The interview will be in English. נתראה!",
        conf=(ZOOM, "https://us06web.zoom.us/j/82200319945"),
        zone="Asia/Jerusalem",
    )
    _x(
        "สัมภาษณ์งาน ตำแหน่ง Data Engineer",
        interview=True,
        company="Fahsai Technology",
        role="Data Engineer",
        org=("hr@fahsai-tech.co.th", "ฝ่ายทรัพยากรบุคคล"),
        desc="เรียน คุณ Alex Rivera\n\nบริษัท ฟ้าใส เทคโนโลยี จำกัด (Fahsai Technology Co., Ltd.) ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์งานในตำแหน่ง Data Engineer ผ่านทาง Google Meet\n\nขอแสดงความนับถือ\nฝ่ายทรัพยากรบุคคล",
        meet="meet",
        zone="Asia/Bangkok",
    )
    _x(
        "นัดสัมภาษณ์รอบสอง",
        interview=True,
        company="สยามคลาวด์",
        role=None,
        org=("recruit@siamcld.co.th", "คุณพิมพ์ชนก"),
        desc="สวัสดีค่ะ คุณอเล็กซ์\n\nขอยืนยันนัดสัมภาษณ์รอบที่สองกับผู้จัดการฝ่ายวิศวกรรมของสยามคลาวด์ค่ะ\n\nพิมพ์ชนก\nฝ่ายบุคคล",
        loc="อาคารสยามคลาวด์ ชั้น 12 ถนนสีลม กรุงเทพฯ",
        zone="Asia/Bangkok",
    )
    _x(
        "面接（技術）",
        interview=True,
        company="Tsubame Analytics",
        role=None,
        org=("hiring@tsubame-an.co.jp", "Tsubame Analytics 採用"),
        desc="Alex様\n\n技術面接のご案内です。当日はライブコーディングを行いますので、画面共有できる環境をご用意ください。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Финално интервю – Alex Rivera",
        interview=True,
        company="Rila Cloud",
        role="Site Reliability Engineer",
        org=("people@rilacloud.bg", "Рила Клауд / Rila Cloud"),
        desc="Финално интервю за позицията Site Reliability Engineer. Ще се срещнете с CTO-то.",
        meet="meet",
        zone="Europe/Sofia",
    )
    _x(
        "Финальное интервью",
        interview=True,
        company="Волна Финтех",
        role=None,
        desc="Волна Финтех, финал с CTO. Спросить про релокацию.",
        zone="Europe/Moscow",
    )


def _legal_forms() -> None:
    _x(
        "Vorstellungsgespräch Kessler Antriebstechnik GmbH",
        interview=True,
        company="Kessler Antriebstechnik GmbH",
        role="Embedded-Softwareentwickler",
        org=("personal@kessler-at.de", "Personalabteilung"),
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Kessler Antriebstechnik GmbH als Embedded-Softwareentwickler (m/w/d). Gerne möchten wir Sie persönlich kennenlernen.\n\nMit freundlichen Grüßen\nKessler Antriebstechnik GmbH\nPersonalabteilung",
        loc="Kessler Antriebstechnik GmbH, Werkstraße 5, 73728 Esslingen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Rheinblick Versicherung AG – Data Scientist",
        interview=True,
        company="Rheinblick Versicherung AG",
        role="Data Scientist",
        org=("recruiting@rheinblick-vers.de", "Recruiting"),
        desc="Guten Tag Alex Rivera,\n\nhiermit bestätigen wir Ihr Interview für die Position Data Scientist bei der Rheinblick Versicherung AG.\n\nFreundliche Grüße\nRheinblick Versicherung AG",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE3NzQyMjEt"),
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista - Transportes Lunaria S.A.",
        interview=True,
        company="Transportes Lunaria S.A.",
        role="Analista de Sistemas",
        org=("seleccion@lunaria-tr.es", "Selección de Personal"),
        desc="Estimado Alex:\n\nTransportes Lunaria S.A. le convoca a una entrevista para el puesto de Analista de Sistemas.\n\nAtentamente,\nDepartamento de Selección\nTransportes Lunaria S.A.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Colloquio tecnico",
        interview=True,
        company="Officine Barbieri S.p.A.",
        role="Ingegnere del Software",
        org=("hr@officinebarbieri.it", "Ufficio Risorse Umane"),
        desc="Gentile Alex,\n\nLa invitiamo al colloquio tecnico per la posizione di Ingegnere del Software presso Officine Barbieri S.p.A.\n\nCordiali saluti,\nUfficio Risorse Umane\nOfficine Barbieri S.p.A. – Via Emilia 210, Modena",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2I0NTRkOTYt"),
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek Dijkstra Logistiek B.V.",
        interview=True,
        company="Dijkstra Logistiek B.V.",
        role=None,
        org=("hr@dijkstra-log.nl", "HR Dijkstra Logistiek B.V."),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een eerste gesprek.\n\nMet vriendelijke groet,\nHR – Dijkstra Logistiek B.V.",
        loc="Dijkstra Logistiek B.V., Havenweg 40, 3089 Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview – Sakura Fintech K.K.",
        interview=True,
        company="Sakura Fintech K.K.",
        role="Senior Backend Engineer (Payments)",
        org=("talent@sakura-fin.jp", "Talent Acquisition"),
        desc="Dear Alex,\n\nThank you for your application to Sakura Fintech K.K. for the Senior Backend Engineer (Payments) position. This interview will be conducted in English.\n\nBest regards,\nTalent Acquisition, Sakura Fintech K.K.",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Rozmowa – Wisła Data Sp. z o.o.",
        interview=True,
        company="Wisła Data Sp. z o.o.",
        role="Data Engineer",
        org=("rekrutacja@wisladata.pl", "Rekrutacja"),
        desc="Dzień dobry,\n\nw imieniu Wisła Data Sp. z o.o. zapraszamy na rozmowę dotyczącą stanowiska Data Engineer.\n\nZ poważaniem,\nZespół Rekrutacji\nWisła Data Sp. z o.o., ul. Grzybowska 4, Warszawa",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk1NjA3ZmQt"),
        zone="Europe/Warsaw",
    )
    _x(
        "Interview: Thornbury Analytics Ltd",
        interview=True,
        company="Thornbury Analytics Ltd",
        role=None,
        org=("careers@thornbury-analytics.co.uk", "Careers"),
        desc="Dear Alex,\n\nThornbury Analytics Ltd would like to invite you to an interview.\n\nThornbury Analytics Ltd is registered in England and Wales, company no. 09876543.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTcxYTk2ZDMt"),
        zone="Europe/London",
    )
    _x(
        "Kookaburra Cloud Pty Ltd - Interview",
        interview=True,
        company="Kookaburra Cloud Pty Ltd",
        role="Cloud Engineer",
        org=("jobs@kookaburracloud.com.au", "Jobs"),
        desc="Hi Alex,\n\nThanks for applying for the Cloud Engineer position with Kookaburra Cloud Pty Ltd. Here's your interview invite.\n\nKookaburra Cloud Pty Ltd | ABN 12 345 678 901",
        meet="meet",
        zone="Australia/Melbourne",
    )
    _x(
        "Interview with Larkspur",
        interview=True,
        company="Larkspur Robotics",
        role="Perception Engineer",
        org=("recruiting@larkspur.bot", "Larkspur Recruiting"),
        desc="Hi Alex,\n\nWe're excited to move forward with the Perception Engineer role! Your interview is with two members of our perception team.\n\nLarkspur Robotics, Inc.\n© 2025 Larkspur Robotics, Inc. All rights reserved.",
        meet="meet",
    )
    _x(
        "Intro call Veldhuis",
        interview=True,
        company="Veldhuis Energie",
        role=None,
        org=("talent@veldhuis-energie.nl", "Talent Team"),
        desc="Hi Alex,\n\nThanks for your interest in Veldhuis Energie! Meet our data lead for a first conversation.\n\nVeldhuis Energie B.V. · KvK 81234567",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien – Mirabelle Santé SAS",
        interview=True,
        company="Mirabelle Santé SAS",
        role="Développeur Full Stack",
        org=("rh@mirabelle-sante.fr", "Ressources Humaines"),
        desc="Bonjour Alex,\n\nMirabelle Santé SAS a le plaisir de vous convier à un entretien pour le poste de Développeur Full Stack.\n\nCordialement,\nLe service RH – Mirabelle Santé SAS",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Haastattelu: Alex Rivera",
        interview=True,
        company="Kuusi Systems Oy",
        role="Senior Software Developer",
        org=("rekry@kuusisystems.fi", "Rekrytointi"),
        desc="Hei Alex,\n\nKutsumme sinut haastatteluun, Senior Software Developer. Haastattelu englanniksi.\n\nYstävällisin terveisin,\nKuusi Systems Oy",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTNkMzQ1MWMt"),
        zone="Europe/Helsinki",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Skovlund ApS",
        role=None,
        org=("job@skovlund.dk", "Skovlund ApS"),
        desc="Hej Alex,\n\nTak for din ansøgning. Vi glæder os til at møde dig.\n\nVenlig hilsen\nSkovlund ApS",
        loc="Skovlund ApS, Vesterbrogade 118, 1620 København V",
        zone="Europe/Copenhagen",
    )


def _brands_and_subsidiaries() -> None:
    _x(
        "Alex Rivera - Pebble Pay interview",
        interview=True,
        company="Pebble Pay",
        role="Senior iOS Engineer",
        org=("ines.moreau@corvane.com", "Inès Moreau"),
        desc="Hi Alex,\n\nThanks for your interest in the Senior iOS Engineer role at Pebble Pay, a Corvane company. You'll meet the Pebble Pay mobile lead.\n\nBest,\nInès\nTalent Acquisition · Corvane",
        meet="meet",
    )
    _x(
        "Interview – Tideline (part of Harrowgate Group)",
        interview=True,
        company="Tideline",
        role=None,
        org=("recruitment@harrowgate-group.com", "Harrowgate Group Recruitment"),
        desc="Dear Alex,\n\nHarrowgate Group is recruiting on behalf of its Tideline brand. This interview is with the Tideline product team.\n\nKind regards,\nHarrowgate Group Recruitment",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQ4NjczYjct"),
        zone="Europe/London",
    )
    _x(
        "Nimbus Kitchen - hiring manager chat",
        interview=True,
        company="Nimbus Kitchen",
        role="Growth Analyst",
        org=("careers@halvardfoods.com", "Halvard Foods Careers"),
        desc="Growth Analyst, Nimbus Kitchen (by Halvard Foods). Meet Tara, who leads growth for Nimbus Kitchen.",
        meet="meet",
    )
    _x(
        "Sparrow Health interview",
        interview=True,
        company="Sparrow Health",
        role="Clinical Data Engineer",
        org=("talent@sparrowhealth.com", "Talent"),
        desc="Hi Alex,\n\nSparrow Health (formerly Medlink Partners) is excited to speak with you about the Clinical Data Engineer opening. You may see our old name in some emails while we finish the rebrand.",
        meet="meet",
    )
    _x(
        "Technical Interview — Quokka Travel",
        interview=True,
        company="Quokka Travel",
        role=None,
        org=("interviews@bramblegroup.com", "Bramble Group Interviews"),
        desc="You're interviewing for a role at Quokka Travel, one of the Bramble Group family of brands. Your interviewer is a senior engineer from the Quokka Travel search team.",
        conf=(ZOOM, "https://bramblegroup.zoom.us/j/91155320014"),
    )
    _x(
        "Interview: Alex Rivera x Lumen Studio",
        interview=True,
        company="Lumen Studio",
        role="Product Designer",
        org=("hannah.ko@ostrander.com", "Hannah Ko"),
        desc="Hi Alex, here's the invite for the Product Designer role on Lumen Studio, our in-house design agency. Lumen Studio is a division of Ostrander Media.",
        meet="meet",
    )
    _x(
        "Intro - Fieldnote (an Aurelian Health company)",
        interview=True,
        company="Fieldnote",
        role="Staff Engineer",
        org=("recruiting@aurelianhealth.com", "Aurelian Health Recruiting"),
        desc="Fieldnote, an Aurelian Health company, is hiring a Staff Engineer. This call is with Fieldnote's Head of Engineering.",
        meet="meet",
    )
    _x(
        "Phone screen",
        interview=True,
        company="Kettle & Kiln",
        role=None,
        org=("recruit@marlowebrands.com", "Marlowe Brands Recruiting"),
        desc="Hi Alex! Thanks for applying to Kettle & Kiln. We're part of the Marlowe Brands portfolio, and our recruiting team handles hiring across the brands. This is a 20-minute phone screen.",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Verdant Ledger",
        role="Backend Engineer",
        org=("ana.ruiz@verdantledger.com", "Ana Ruiz"),
        desc="Backend Engineer interview.\n\nVerdant Ledger is a wholly owned subsidiary of Castellan Financial Holdings.",
        meet="meet",
    )


def _tools_not_employer() -> None:
    _x(
        "Interview Confirmation: Alex Rivera for Staff Engineer",
        interview=True,
        company="Ironwood Biotech",
        role="Staff Engineer",
        org=("lauren.pike@ironwoodbio.com", "Lauren Pike"),
        att=[
            person("marcus.yee@ironwoodbio.com", "Marcus Yee"),
            person("priti.shah@ironwoodbio.com", "Priti Shah"),
        ],
        desc='<p>Hi Alex,</p><p>Your interview for <b>Staff Engineer</b> at <b>Ironwood Biotech</b> has been scheduled.</p><p><b>Interviewers:</b> Marcus Yee, Priti Shah</p><p>Please join using the Google Meet link.</p><p style="color:#999">Powered by Greenhouse · Sent via us.greenhouse-mail.io</p>',
        meet="meet",
    )
    _x(
        "Alex Rivera <> Glimmer - Recruiter Screen",
        interview=True,
        company="Glimmer",
        role=None,
        org=("katie@glimmer.so", "Katie Brennan"),
        desc="Hi Alex,\n\nLooking forward to chatting! This call was scheduled via Lever.\n\n---\nPlease do not reply to this calendar invite. To reschedule, use the link in your confirmation email from Lever (hire.lever.co).",
        meet="meet",
    )
    _x(
        "Interview scheduled - R-20431 Senior Analyst, Revenue Analytics",
        interview=True,
        company="Kestrel Health",
        role="Senior Analyst, Revenue Analytics",
        org=("kestrelhealth@myworkday.com", "Kestrel Health Talent Acquisition"),
        desc="Candidate: Alex Rivera\nJob Requisition: R-20431 Senior Analyst, Revenue Analytics\nInterview Type: Virtual - Microsoft Teams\n\nThis invitation was generated by Workday. Do not reply to this message.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGRjNGEzYjEt"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Technical Interview (Nova Prism)",
        interview=True,
        company="Nova Prism",
        role="Software Engineer, Infrastructure",
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[
            person("felix@novaprism.dev", "Felix Grant"),
            person("recruiting@novaprism.dev", "Nova Prism Recruiting", optional=True),
        ],
        desc="Alex Rivera is interviewing for Software Engineer, Infrastructure.\n\nInterviewer: Felix Grant\n\nScheduled with Ashby. Need to reschedule? Reply to your recruiter.",
        meet="meet",
    )
    _x(
        "Virtual Onsite - Alex Rivera",
        interview=True,
        company="Stellwagen Data",
        role="Senior Data Engineer",
        org=("scheduling@goodtime.io", "GoodTime Scheduling"),
        att=[
            person("kai.morgan@stellwagendata.com", "Kai Morgan"),
            person("olivia.berg@stellwagendata.com", "Olivia Berg"),
        ],
        desc="Hi Alex,\n\nYour virtual onsite with Stellwagen Data for the Senior Data Engineer role is confirmed.\n\n11:00 - Coding (Kai Morgan)\n12:00 - Data modeling (Olivia Berg)\n\nThis invitation was sent by GoodTime on behalf of Stellwagen Data.",
        conf=(ZOOM, "https://stellwagendata.zoom.us/j/95521188340"),
        zone="America/New_York",
    )
    _x(
        "Intro call - Staff Designer between Dana Whitfield and Alex Rivera",
        interview=True,
        company="Paloma Studio",
        role="Staff Designer",
        org=("dana@palomastudio.co", "Dana Whitfield"),
        desc="Event Name: Intro call - Staff Designer\n\nPlease share anything that will help prepare for our meeting.: Applied via the Paloma Studio careers page, portfolio at alexrivera.design\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/3f1a2b\nReschedule: https://calendly.com/reschedulings/3f1a2b\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Ryan Feld",
        interview=True,
        company=None,
        role=None,
        org=("ryan.feld@gmail.com", "Ryan Feld"),
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: Following up on your message about the backend role\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "HireVue Live Interview - Wrenfield Bank",
        interview=True,
        company="Wrenfield Bank",
        role="Technology Analyst",
        org=("noreply@hirevue.com", "HireVue"),
        desc="Dear Alex,\n\nWrenfield Bank has invited you to a live video interview for the position of Technology Analyst.\n\nJoin your interview: https://app.hirevue.com/interviews/live/7XpQ2\n\nPlease test your device beforehand. HireVue support: support.hirevue.com",
        loc="https://app.hirevue.com/interviews/live/7XpQ2",
        zone="America/New_York",
    )
    _x(
        "Codility CodeLive session",
        interview=True,
        company="Mossgiel Trading",
        role="C++ Developer",
        org=("recruitment@mossgiel-trading.com", "Mossgiel Trading Recruitment"),
        att=[person("d.stewart@mossgiel-trading.com", "Duncan Stewart")],
        desc="Hi Alex,\n\nThis is your live pair-programming interview for the C++ Developer role. We will use Codility CodeLive - the link below opens the shared editor and video.\n\nhttps://app.codility.com/live/LV7QK2-PZ9\n\nRegards,\nMossgiel Trading Recruitment",
        loc="https://app.codility.com/live/LV7QK2-PZ9",
        zone="Europe/London",
    )
    _x(
        "HackerRank Interview: Alex Rivera / Oakridge Payments",
        interview=True,
        company="Oakridge Payments",
        role=None,
        org=("interviews@hackerrank.com", "HackerRank"),
        att=[person("sunil.varma@oakridgepay.com", "Sunil Varma")],
        desc="You have been invited to a HackerRank Interview by Oakridge Payments.\n\nInterview link: https://www.hackerrank.com/interviews/oak-8x2n1\nInterviewer: Sunil Varma\n\nMake sure you are using a supported browser.",
        loc="https://www.hackerrank.com/interviews/oak-8x2n1",
    )
    _x(
        "Zoom meeting invitation - Alex Rivera Interview",
        interview=True,
        company="Granite Peak Software",
        role="QA Lead",
        org=("amy.cho@granitepeaksw.com", "Amy Cho"),
        desc="Amy Cho is inviting you to a scheduled Zoom meeting.\n\nTopic: Alex Rivera Interview - QA Lead, Granite Peak Software\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/83377120456?pwd=bXlQ\n\nMeeting ID: 833 7712 0456\nPasscode: 552091",
        conf=(ZOOM, "https://us02web.zoom.us/j/83377120456"),
        zone="America/Denver",
    )
    _x(
        "Zoom Interview",
        interview=True,
        company=None,
        role=None,
        desc="Join Zoom Meeting\nhttps://us04web.zoom.us/j/76011223344\nMeeting ID: 760 1122 3344",
        conf=(ZOOM, "https://us04web.zoom.us/j/76011223344"),
    )
    _x(
        "Karat Interview for Fernhill Capital",
        interview=True,
        company="Fernhill Capital",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Hi Alex,\n\nFernhill Capital has partnered with Karat to conduct the technical interview for the Software Engineer position. A professional Karat Interview Engineer will conduct the 60-minute session.\n\nJoin: https://app.karat.io/interview/FHC-53021",
        loc="https://app.karat.io/interview/FHC-53021",
    )
    _x(
        "Interview: Alex Rivera | Pairing",
        interview=True,
        company="Juniper Atlas",
        role=None,
        org=("coordinator@juniperatlas.com", "Recruiting Coordinator"),
        desc="Hi Alex,\n\nYour pairing interview with Juniper Atlas. We'll use CoderPad:\nhttps://app.coderpad.io/JQ4M7Z\n\nScheduled via ModernLoop",
        meet="meet",
    )
    _x(
        "Interview with Sundial Robotics",
        interview=True,
        company="Sundial Robotics",
        role="Controls Engineer",
        org=("noreply@prelude.co", "Prelude"),
        att=[person("t.ng@sundialrobotics.com", "Thomas Ng")],
        desc="Your interview with Sundial Robotics for Controls Engineer has been scheduled via Prelude.\nInterviewer: Thomas Ng\nAdd to calendar | Reschedule",
        meet="meet",
    )
    _x(
        "Teams meeting",
        interview=True,
        company="Marlin Utilities",
        role="Power BI Developer",
        org=("hr-recruiting@marlinutil.com", "HR Recruiting"),
        desc="________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 231 554 980 112\nPasscode: 7fK2qz\n________________________________________________________________________________\n\nInterview: Power BI Developer - Marlin Utilities",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJjZGVmMDEt"),
        zone="America/Chicago",
    )
    _x(
        "Scheduled: Interview with Alex Rivera",
        interview=True,
        company="Bramhall Retail",
        role=None,
        org=("olivia@paradox.ai", "Olivia from Bramhall Retail"),
        desc="Hi Alex! This is Olivia, the virtual recruiting assistant for Bramhall Retail. Your interview is confirmed. Text STOP to opt out of messages.",
        loc="Bramhall Retail Store #118 - 455 Main St, Fresno, CA",
    )
    _x(
        "Live Coding Interview (HackerRank CodePair)",
        interview=True,
        company="Vireo Networks",
        role="Network Automation Engineer",
        org=("eng-hiring@vireonet.com", "Vireo Engineering Hiring"),
        desc="Network Automation Engineer - live coding round. We will send you a HackerRank CodePair link 5 minutes before the interview starts.",
        conf=(ZOOM, "https://vireonet.zoom.us/j/98817723300"),
    )
    _x(
        "Interview with Alex Rivera (Gem)",
        interview=True,
        company="Ptarmigan AI",
        role="ML Platform Engineer",
        org=("recruiting@ptarmigan.ai", "Ptarmigan Recruiting"),
        desc="Sent with Gem.\n\nThanks for taking the time to speak with the team about the ML Platform Engineer role!",
        meet="meet",
    )
    _x(
        "Workday: Interview Invitation",
        interview=True,
        company=None,
        role="Business Systems Analyst",
        org=("noreply@myworkday.com", "Workday"),
        desc="You have been scheduled for an interview for the job Business Systems Analyst (JR-88120). Please log in to the candidate home to view details.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmZmMDEyMzQt"),
    )


def _staffing_agencies() -> None:
    _x(
        "Interview with Brackwater Insurance (via Talentbridge)",
        interview=True,
        company="Brackwater Insurance",
        role="Senior .NET Developer",
        org=("gareth.lowe@talentbridge-recruitment.com", "Gareth Lowe"),
        desc="Hi Alex,\n\nGreat news - my client Brackwater Insurance would like to interview you for the Senior .NET Developer contract. Interviewers: Claire Hughes (Dev Manager) and a senior developer.\n\nCall me after to debrief!\n\nGareth Lowe\nSenior Consultant | Talentbridge Recruitment",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWRhMmU4NWMt"),
        zone="Europe/London",
    )
    _x(
        "Intro call - confidential client (Series B fintech)",
        interview=True,
        company=None,
        role="Head of Data",
        org=("rebecca@apexsearchpartners.com", "Rebecca Liu"),
        desc="Hi Alex,\n\nAs discussed, I'm running a confidential search for a Head of Data at a Series B fintech in the Bay Area. I can share the client name after this first conversation.\n\nRebecca Liu\nPartner, Apex Search Partners",
        meet="meet",
    )
    _x(
        "Client interview - Sorrel Aviation",
        interview=True,
        company="Sorrel Aviation",
        role="Systems Integration Engineer",
        org=("mike.d@staffworks-tech.com", "Mike Dalton"),
        desc="Alex - confirming your interview with Sorrel Aviation for the Systems Integration Engineer (12-month contract, W2). Hiring manager is Dave Kruger. Please dial in 5 minutes early.\n\nMike Dalton | Technical Recruiter | StaffWorks Technology",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODc2NTQzMjEt"),
        zone="America/Chicago",
    )
    _x(
        "Screening call - Alex Rivera",
        interview=True,
        company=None,
        role="Senior Java Developer",
        org=("a.sharma@nexgen-staffing.com", "Anil Sharma"),
        desc="Hi Alex, thanks for your interest in the Senior Java Developer role with our client, a leading healthcare company in the Sacramento area. I'd like to go over your experience and rate expectations.\n\nAnil Sharma | NexGen Staffing",
    )
    _x(
        "Interview at Corbel Semiconductors",
        interview=True,
        company="Corbel Semiconductors",
        role="Test Engineer",
        org=("placements@brightpath-talent.com", "BrightPath Talent"),
        desc="Dear Alex,\n\nPlease find details of your onsite interview with our client below.\nClient: Corbel Semiconductors\nPosition: Test Engineer\nAddress: 780 Tasman Dr, Milpitas\nAsk for: Rosa Jimenez\n\nBrightPath Talent",
        loc="780 Tasman Dr, Milpitas, CA 95035",
    )
    _x(
        "Exec search conversation",
        interview=True,
        company=None,
        role="VP Engineering",
        org=("j.whitmore@caldwell-sterling.com", "James Whitmore"),
        desc="Alex,\n\nThank you for agreeing to speak with me about the VP Engineering mandate I'm handling. For confidentiality reasons, the client will remain unnamed at this stage.\n\nJames Whitmore\nCaldwell Sterling Executive Search",
        conf=(ZOOM, "https://caldwell-sterling.zoom.us/j/92200344112"),
    )
    _x(
        "Kundeninterview: Alex Rivera @ Hochberg Automotive",
        interview=True,
        company="Hochberg Automotive",
        role="Cloud Architect",
        org=("s.becker@personalwerk-it.de", "Stefan Becker"),
        desc="Hallo Alex,\n\nanbei die Einladung zum Kundeninterview bei Hochberg Automotive für die Position Cloud Architect (Festanstellung). Ich bin als Ihr Berater ebenfalls dabei.\n\nViele Grüße\nStefan Becker\nPersonalwerk IT GmbH",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTIzNDU2Nzgt"),
        zone="Europe/Berlin",
    )
    _x(
        "Alex / Jess - quick chat re: contract role",
        interview=True,
        company=None,
        role=None,
        org=("jess.taylor@rapidhire-solutions.com", "Jess Taylor"),
        desc="Hey Alex, saw your profile - I have a 6-month contract that could be a great fit. Client is confidential for now. Jess | RapidHire Solutions",
    )
    _x(
        "2nd interview - Velmora Retail (client)",
        interview=True,
        company="Velmora Retail",
        role="Ecommerce Platform Lead",
        org=("n.osei@harbourstone-recruit.co.uk", "Nana Osei"),
        desc="Hi Alex, Velmora Retail have asked to see you again for the Ecommerce Platform Lead role. This time with their CTO.\n\nNana Osei\nHarbourstone Recruitment",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmJiY2NjZGQt"),
        zone="Europe/London",
    )
    _x(
        "Interview with client",
        interview=True,
        company="Amberwood Credit Union",
        role=None,
        org=("tina@talentlink-partners.com", "Tina Park"),
        desc="Hi Alex,\n\nThe hiring manager at Amberwood Credit Union has confirmed the time below. It will be a 45 minute video call.\n\nTina",
        meet="meet",
    )


def _bare_notes() -> None:
    _x("HM", interview=True, company=None, role=None)
    _x("2nd round", interview=True, company=None, role=None)
    _x("final", interview=True, company=None, role=None)
    _x("tech screen 🤞", interview=True, company=None, role=None)
    _x("call back re job", interview=True, company=None, role=None)
    _x("recruiter call", interview=True, company=None, role=None, desc="she'll call my cell")
    _x("onsite!!", interview=True, company=None, role=None, all_day=True)
    _x("panel (4 ppl)", interview=True, company=None, role=None)
    _x("phone scrn", interview=True, company=None, role=None)
    _x("HM Kestrelwood", interview=True, company="Kestrelwood", role=None)
    _x("final - Osprey", interview=True, company="Osprey", role=None)
    _x("Zephyrine onsite", interview=True, company="Zephyrine", role=None, all_day=True)
    _x("Quillby tech screen", interview=True, company="Quillby", role=None)
    _x("2nd rd @ Bellhaven", interview=True, company="Bellhaven", role=None, loc="Bellhaven")
    _x("Marisol call (recruiter)", interview=True, company=None, role=None)
    _x("Intvw - Tandemly - sys design", interview=True, company="Tandemly", role=None)
    _x("Aldergrove recruiter", interview=True, company="Aldergrove", role=None)


def _initech_interviews_alex_runs() -> None:
    _x(
        "Interview: Jordan Lee for Senior Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.lee.dev@gmail.com", "Jordan Lee")],
        desc="Interviewer: Alex Rivera\nFocus area: System design (data pipelines)\nCandidate: Jordan Lee - currently Data Engineer at Harbor Lumen\n\nPlease submit your scorecard in Greenhouse within 24 hours of the interview.",
        conf=(ZOOM, "https://initech.zoom.us/j/91020304050"),
    )
    _x(
        "Onsite - Priya Nair (Data Engineer) - SQL round w/ Alex",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Interview Coordinator"),
        att=[
            person(
                "c_initech-4-lagoon@resource.calendar.google.com",
                "Initech HQ-4-Lagoon (6)",
                resource=True,
            )
        ],
        desc="Priya Nair onsite loop. Alex: SQL & data modeling (45 min). Interview kit attached.",
    )
    _x(
        "Debrief: Backend Engineer candidate (Marcus Bell)",
        interview=False,
        me=WORK_ME,
        org=("dana.kim@initech.com", "Dana Kim"),
        att=[
            person("raj.patel@initech.com", "Raj Patel"),
            person("li.wong@initech.com", "Li Wong"),
        ],
        desc="Hire / no hire discussion. Please have feedback submitted before the debrief.",
        meet="meet",
    )
    _x(
        "Tech screen: Samir Haddad (currently at Orbital Freight)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("samir.haddad@proton.me", "Samir Haddad")],
        desc="Role: Senior Software Engineer, Data Platform\nInterviewer: Alex Rivera\nFormat: 60 min coding in CoderPad\nScorecard due in Greenhouse.",
        meet="meet",
    )
    _x(
        "Interviewer training: structured interviewing",
        interview=False,
        me=WORK_ME,
        org=("talent-enablement@initech.com", "Talent Enablement"),
        desc="Required for everyone joining an interview loop at Initech. Covers structured questions, bias and how to write a scorecard.",
        conf=(ZOOM, "https://initech.zoom.us/j/95566778899"),
    )
    _x(
        "Hiring sync - Data Platform reqs",
        interview=False,
        me=WORK_ME,
        org=("dana.kim@initech.com", "Dana Kim"),
        desc="Weekly: pipeline review for the 3 open Data Platform roles, sourcing, interview panel coverage.",
        meet="meet",
    )
    _x(
        "Candidate lunch - Emma Liu",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Interview Coordinator"),
        desc="Informal lunch with the candidate, not evaluated. Emma is interviewing for Analytics Engineer. Restaurant reservation under Initech.",
        loc="Tartine Manufactory, 595 Alabama St, San Francisco",
    )
    _x(
        "Please submit feedback for Tomás Ruiz",
        interview=False,
        me=WORK_ME,
        all_day=True,
        desc="Greenhouse reminder: Your scorecard for Tomás Ruiz (Staff Engineer) is overdue.",
    )
    _x(
        "Initech @ UC Davis career fair",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Booth #42. We're hiring new grads for software and data roles - bring swag and the QR code for the careers page.",
        loc="UC Davis ARC Pavilion, Davis, CA",
        all_day=True,
    )
    _x(
        "Interview: Hannah Cole - Analytics Engineer (HM: Alex)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("hannah.cole@outlook.com", "Hannah Cole")],
        desc="Hiring manager interview. Alex Rivera is the hiring manager for this req. Candidate background: 3 years at Brisamar, before that Kuusi Systems Oy.",
        meet="meet",
    )
    _x(
        "Shadow: behavioral interview (Alex shadowing Nate)",
        interview=False,
        me=WORK_ME,
        org=("nate.brooks@initech.com", "Nate Brooks"),
        desc="Reverse shadow for interviewer certification. Candidate for Senior Backend Engineer.",
        meet="meet",
    )
    _x(
        "Calibration: Backend EM candidates",
        interview=False,
        me=WORK_ME,
        org=("raj.patel@initech.com", "Raj Patel"),
        desc="Calibrate on the 4 EM finalists before offers go out.",
        meet="meet",
    )
    _x(
        "Take-home review: Lena Ortiz",
        interview=False,
        me=WORK_ME,
        desc="review Lena's submission (GitHub link in Greenhouse), leave comments before Thursday",
    )
    _x(
        "Interview - Kofi Mensah - Coding (Interviewer: Alex Rivera)",
        interview=False,
        me=WORK_ME,
        org=("scheduling@goodtime.io", "GoodTime Scheduling"),
        att=[person("kofi.mensah@gmail.com", "Kofi Mensah")],
        desc="Initech - Interviewer invite\nCandidate: Kofi Mensah\nPosition: Software Engineer II\nYour module: Coding\n\nSent by GoodTime on behalf of Initech.",
        conf=(ZOOM, "https://initech.zoom.us/j/97788990011"),
    )
    _x(
        "Intern interviews (3x back to back)",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Summer 2026 data intern interviews. 3 candidates, 30 min each. Question bank in the shared drive.",
        meet="meet",
    )
    _x(
        "Entrevista a candidata: Lucía Gómez (Initech Madrid)",
        interview=False,
        me=WORK_ME,
        org=("talento@initech.com", "Talento Initech"),
        att=[person("lucia.gomez.dev@gmail.com", "Lucía Gómez")],
        desc="Hola Alex, ¿puedes hacer la entrevista técnica de Lucía para el puesto de Data Engineer en la oficina de Madrid? Adjunto su CV.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aW5pdGVjaG1hZHJpZA"),
        zone="Europe/Madrid",
    )
    _x(
        "Referral intro: Dev from Corvid Labs <> Alex",
        interview=False,
        me=WORK_ME,
        org=("dev.arora@corvidlabs.ai", "Dev Arora"),
        desc="Hey Alex, thanks for offering to tell me more about the Initech data team before I apply. Happy to send my resume if you're up for referring me!",
        meet="meet",
    )
    _x(
        "Interview loop kickoff - Staff Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("raj.patel@initech.com", "Raj Patel"),
            person("li.wong@initech.com", "Li Wong"),
        ],
        desc="Align on the interview plan, focus areas and who asks what for the Staff Engineer req.",
        meet="meet",
    )


def _vendors_and_sales() -> None:
    _x(
        "Demo: Hirewise ATS for Initech",
        interview=False,
        me=WORK_ME,
        org=("jake.m@hirewise.com", "Jake Morrison"),
        desc="Thanks for making time! We'll show how Hirewise streamlines hiring: interview scheduling, scorecards and offer approvals. Happy to tailor to your engineering hiring process.",
        conf=(ZOOM, "https://hirewise.zoom.us/j/81100220033"),
    )
    _x(
        "Loomstack <> Initech: data catalog demo",
        interview=False,
        me=WORK_ME,
        org=("nina.vo@loomstack.io", "Nina Vo"),
        att=[person("raj.patel@initech.com", "Raj Patel")],
        desc="Agenda: discovery (15 min), live demo (30 min), next steps. Loomstack Solutions Engineering.",
        meet="meet",
    )
    _x(
        "Initech x Quarry Bay Logistics – renewal call",
        interview=False,
        me=WORK_ME,
        org=("account.team@initech.com", "Initech Account Team"),
        att=[person("p.leung@quarrybaylogistics.com", "Patrick Leung")],
        desc="Renewal of the analytics package, expansion to two more warehouses. Alex joins for the data questions.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cXVhcnJ5YmF5"),
    )
    _x(
        "Pricing walkthrough - Snowfield",
        interview=False,
        me=WORK_ME,
        org=("ae@snowfield-data.com", "Carla Brooks"),
        desc="Walk through enterprise pricing tiers and the proof-of-value plan.",
        meet="meet",
    )
    _x(
        "Vendor eval: Ledgerline vs Costwise",
        interview=False,
        me=WORK_ME,
        desc="compare the two FinOps tools, scoring sheet in drive",
    )
    _x(
        "QBR with Pinnacle Freightways",
        interview=False,
        me=WORK_ME,
        org=("csm@initech.com", "Customer Success"),
        att=[person("ops.director@pinnaclefreightways.com", "Monica Reyes")],
        desc="Quarterly business review. Alex presents data pipeline SLAs.",
        loc="Pinnacle Freightways, 900 Harbor Way, Oakland, CA - Room Sequoia",
    )
    _x(
        "Recruiting agency intro - Talentbridge <> Initech",
        interview=False,
        me=WORK_ME,
        org=("gareth.lowe@talentbridge-recruitment.com", "Gareth Lowe"),
        desc="Hi Alex, I'd love to introduce Talentbridge and how we help engineering teams hire senior data engineers faster. We currently have several strong candidates available.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGFsZW50YnJpZGdl"),
    )
    _x(
        "Lunch & learn: Codility for hiring teams",
        interview=False,
        me=WORK_ME,
        org=("talent-enablement@initech.com", "Talent Enablement"),
        desc="Codility's customer success team will show how we use CodeLive and screening tests in our engineering hiring process.",
        loc="Initech HQ - Cafeteria stage",
    )
    _x(
        "HireVue demo for Initech TA team",
        interview=False,
        me=WORK_ME,
        org=("enterprise@hirevue.com", "HireVue Enterprise"),
        desc="On-demand video interviews and assessments demo for the Initech talent acquisition team.",
        conf=(ZOOM, "https://hirevue.zoom.us/j/88221133445"),
    )
    _x(
        "Trial kickoff - Gridmark observability",
        interview=False,
        me=WORK_ME,
        org=("se@gridmark.dev", "Omar Aziz"),
        desc="14-day trial kickoff: agent install, dashboards, success criteria.",
        meet="meet",
    )
    _x(
        "POC check-in w/ Parallax Cloud",
        interview=False,
        me=WORK_ME,
        org=("tess@parallaxcloud.com", "Tess Holloway"),
        desc="Weekly check-in on the proof of concept. Blockers, metrics, timeline to decision.",
        meet="meet",
    )
    _x(
        "Customer escalation - Brightmoor Retail",
        interview=False,
        me=WORK_ME,
        org=("support-leads@initech.com", "Support Leads"),
        desc="Brightmoor Retail's nightly export failed 3 days in a row. Need data eng on the call.",
        meet="meet",
    )
    _x(
        "Partner sync: Initech + Kobalt Consulting",
        interview=False,
        me=WORK_ME,
        org=("partners@kobaltconsulting.com", "Kobalt Partnerships"),
        desc="Monthly partner sync. Kobalt is staffing two contractors onto the migration project.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a29iYWx0"),
    )
    _x(
        "Product Demo between Liam Cho and Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("liam.cho@ortizdental.com", "Liam Cho"),
        desc="Event Name: Product Demo\n\nPlease share anything that will help prepare for our meeting.: We're a 12-location dental group evaluating Initech's reporting product.\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Contract renewal - Zenhaus Workspace",
        interview=False,
        me=WORK_ME,
        org=("renewals@zenhaus.com", "Zenhaus Renewals"),
        desc="Your Initech workspace subscription renews next month. Let's review seats and usage.",
        conf=(ZOOM, "https://zenhaus.zoom.us/j/85544332211"),
    )
    _x(
        "Webinar: Engineering hiring in 2025 (TalentPulse)",
        interview=False,
        org=("events@talentpulse.com", "TalentPulse Events"),
        desc="Join our panel of heads of talent for trends in engineering hiring, interview design and candidate experience. Can't make it live? Register and we'll send the recording.",
        conf=(ZOOM, "https://talentpulse.zoom.us/w/96677889900"),
    )
    _x(
        "Security review - Keyhaven SSO",
        interview=False,
        me=WORK_ME,
        org=("security@initech.com", "Initech Security"),
        att=[person("sales-eng@keyhaven.io", "Keyhaven Sales Engineering")],
        desc="Vendor security questionnaire walkthrough before procurement signs.",
        meet="meet",
    )
    _x(
        "Intro: Alex (Initech) / Sam from Databeam - partnership",
        interview=False,
        me=WORK_ME,
        org=("sam@databeam.ai", "Sam Whitley"),
        desc="Exploring an integration partnership between Databeam and Initech. Sam is Head of Partnerships at Databeam.",
        meet="meet",
    )
    _x(
        "Discovery call - Wavecrest Ventures",
        interview=False,
        me=WORK_ME,
        org=("sales@initech.com", "Initech Sales"),
        att=[person("cfo@wavecrestventures.com", "Helen Marsh")],
        desc="Prospect discovery. Helen wants to understand our data warehouse integration. Alex on as technical support.",
        conf=(ZOOM, "https://initech.zoom.us/j/90011223344"),
    )
    _x(
        "Procurement: Tallwood Analytics contract redline",
        interview=False,
        me=WORK_ME,
        org=("legal@initech.com", "Initech Legal"),
        desc="Go through Tallwood's redlines on the MSA, data processing addendum.",
        meet="meet",
    )
    _x(
        "Contractor onboarding - StaffWorks consultant starts",
        interview=False,
        me=WORK_ME,
        org=("it-onboarding@initech.com", "IT Onboarding"),
        desc="New contractor from StaffWorks Technology starts Monday on the data team. Alex to do the walkthrough of the repo.",
    )
    _x(
        "Sales call: Initech reporting for Farrow Clinics",
        interview=False,
        me=WORK_ME,
        org=("ae.west@initech.com", "Mia Torres"),
        att=[person("it.manager@farrowclinics.org", "Greg Farrow")],
        desc="Second call. Farrow Clinics is hiring a data analyst and wants to know how much our product can do without one.",
        meet="meet",
    )


def _customer_and_research() -> None:
    _x(
        "Customer interview – Brambleton Dental (discovery)",
        interview=False,
        me=WORK_ME,
        org=("research@initech.com", "Initech UX Research"),
        att=[person("office.manager@brambletondental.com", "Carol Young")],
        desc="Customer interview #3 for the scheduling insights project. Alex takes notes. Interview guide linked in the research doc.",
        conf=(ZOOM, "https://initech.zoom.us/j/93322110099"),
    )
    _x(
        "User research: ops manager at Carrow Logistics",
        interview=False,
        me=WORK_ME,
        org=("maya.sun@initech.com", "Maya Sun"),
        att=[person("d.carrow@carrowlogistics.com", "Derek Carrow")],
        desc="60 min user interview. Goals: understand how they build weekly reports today. Recording consent obtained.",
        meet="meet",
    )
    _x(
        "Churn interview - Fennimore Labs",
        interview=False,
        me=WORK_ME,
        org=("cs-research@initech.com", "CS Research"),
        desc="Exit interview with a churned customer. Why did Fennimore Labs leave? What would bring them back?",
        meet="meet",
    )
    _x(
        "UX interview - participant P07",
        interview=False,
        me=WORK_ME,
        desc="usability session, prototype v3, $100 incentive via Tremendous",
        meet="meet",
    )
    _x(
        "Win/loss interview - Northgate Bank",
        interview=False,
        me=WORK_ME,
        org=("pmm@initech.com", "Product Marketing"),
        desc="Northgate Bank chose a competitor. 30 min interview with their head of analytics to understand why.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm9ydGhnYXRl"),
    )
    _x(
        "Research session: recruiter persona",
        interview=False,
        me=WORK_ME,
        org=("maya.sun@initech.com", "Maya Sun"),
        att=[person("recruiter.jen@lakemontstaffing.com", "Jen Alvarez")],
        desc="Interview with a recruiter who uses Greenhouse and Lever daily, for our hiring analytics feature. Topics: interview scheduling pain, pipeline reports.",
        meet="meet",
    )
    _x(
        "Beta feedback call - Larchmont Clinics",
        interview=False,
        me=WORK_ME,
        org=("beta@initech.com", "Initech Beta Program"),
        att=[person("s.okoro@larchmontclinics.org", "Sade Okoro")],
        desc="Feedback on the beta dashboards.",
        meet="meet",
    )
    _x(
        "Kundeninterview – Praxis Dr. Weber",
        interview=False,
        me=WORK_ME,
        org=("research-emea@initech.com", "UX Research EMEA"),
        desc="Kundeninterview (Discovery) mit der Praxismanagerin. Leitfaden im Research-Ordner. Alex protokolliert.",
        conf=(TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2ViZXI"),
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista con cliente - Farmacias Olmo",
        interview=False,
        me=WORK_ME,
        org=("research-latam@initech.com", "UX Research LATAM"),
        desc="Entrevista de descubrimiento con el gerente de operaciones de Farmacias Olmo. Objetivo: entender cómo usan los reportes de inventario.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "User study session (paid) - Dovetail Research",
        interview=False,
        org=("studies@dovetail-participants.com", "Participant Coordinator"),
        desc="Thank you for signing up for our research study on personal finance apps! You'll be interviewed for 45 minutes by a researcher. You will receive a $75 gift card after the session.",
        conf=(ZOOM, "https://zoom.us/j/94455667788"),
    )
    _x(
        "Customer advisory board - Hollis Manufacturing",
        interview=False,
        me=WORK_ME,
        org=("cab@initech.com", "Initech CAB"),
        loc="Hollis Manufacturing, 14 Foundry Rd, Sacramento, CA - Boardroom",
        desc="Half-day customer advisory board. Roadmap preview and interviews with plant managers.",
    )
    _x(
        "客户访谈 - 青木物流",
        interview=False,
        me=WORK_ME,
        org=("research-apac@initech.com", "UX Research APAC"),
        desc="客户访谈：了解青木物流的数据报表使用情况。Alex 负责记录。",
        conf=(ZOOM, "https://initech.zoom.us/j/96600112233"),
        zone="Asia/Shanghai",
    )


def _networking_and_alumni() -> None:
    _x(
        "Coffee w/ Sam (Stanford alum @ Oakfield Labs)",
        interview=False,
        desc="met at the alumni mixer. ask about their data team + what it's like there",
        loc="Blue Bottle Coffee, 66 Mint St, San Francisco",
    )
    _x(
        "Informational interview - Maya Chen, PM at Lindenwood",
        interview=False,
        org=("maya.chen@lindenwood.com", "Maya Chen"),
        desc="Hi Alex! Happy to chat about my path into product and life at Lindenwood. Not a formal interview, just a conversation :)",
        meet="meet",
    )
    _x(
        "Alumni mentoring chat - Berkeley EECS",
        interview=False,
        org=("mentoring@berkeley-alumni-network.org", "Cal Alumni Mentoring"),
        desc="You've been matched with a current student interested in data engineering careers. Suggested topics: resumes, internship search, interviewing tips.",
        meet="meet",
    )
    _x(
        "Networking coffee: Diego from Saltwind",
        interview=False,
        org=("diego.ramos@saltwind.co", "Diego Ramos"),
        desc="Great meeting you at the dbt meetup! Let's grab coffee.",
        loc="Sightglass Coffee, 270 7th St, San Francisco",
    )
    _x(
        "Catch up with Linda (ex-manager, now at Pelham Systems)",
        interview=False,
        desc="she mentioned Pelham is hiring - ask, but mostly just catching up",
        loc="Zuni Café",
    )
    _x(
        "Data Eng SF meetup @ Copperline HQ",
        interview=False,
        org=("events@dataengsf.org", "Data Eng SF"),
        desc="Talks: Streaming at Copperline; Lakehouse lessons. Pizza at 6. Copperline is hiring - recruiters will be around!",
        loc="Copperline HQ, 350 Brannan St, San Francisco",
    )
    _x(
        "Call with Ben re: referral to Arcwell",
        interview=False,
        org=("ben.hart@gmail.com", "Ben Hart"),
        desc="Ben can refer me to the platform team at Arcwell. Talk through which role fits before he submits.",
    )
    _x(
        "Lunch w/ Kim (recruiter friend)",
        interview=False,
        desc="ask how she'd pitch my resume, market rates",
    )
    _x(
        "Tech career fair (attending)",
        interview=False,
        all_day=True,
        loc="Moscone West, San Francisco",
        desc="80+ companies hiring. Bring 20 resumes. Talk to Greyfern, Harbor Lumen, Nova Prism booths.",
    )
    _x(
        "Alumni panel: Life at Brightwater Capital",
        interview=False,
        org=("careers@alumni.ucdavis.edu", "UC Davis Career Center"),
        desc="Alumni working at Brightwater Capital share their career paths and answer questions about recruiting timelines.",
        conf=(ZOOM, "https://ucdavis.zoom.us/j/97711223344"),
    )
    _x(
        "Virtual coffee - Women in Data mentorship",
        interview=False,
        org=("mentors@womenindata.example.org", "Women in Data"),
        desc="Monthly mentorship check-in with Dr. Aisha Bello (Director of Analytics, Seaforth Energy).",
        meet="meet",
    )
    _x(
        "Intro: Raj <> Tessa (Fernbrook Ventures)",
        interview=False,
        org=("tessa@fernbrook.vc", "Tessa Lin"),
        desc="Raj suggested we connect - I'm always happy to meet data folks who might want to join one of our portfolio companies someday. No agenda!",
        meet="meet",
    )
    _x(
        "Nina coffee (she says they're hiring at Pell & Rowe)",
        interview=False,
        loc="Philz Coffee, Mission",
    )
    _x(
        "OB訪問：佐藤さん（コモレビ商事）",
        interview=False,
        desc="大学の先輩。会社の雰囲気と中途採用について聞く。",
        loc="丸の内 カフェ",
        zone="Asia/Tokyo",
    )
    _x(
        "Spotkanie networkingowe - Data Community Kraków",
        interview=False,
        org=("kontakt@datacommunity-krakow.pl", "Data Community Kraków"),
        desc="Nieformalne spotkanie społeczności danych. Firmy partnerskie: Wisła Data, Kraków Analytics.",
        loc="Kraków, ul. Floriańska 15",
        zone="Europe/Warsaw",
    )
    _x(
        "LinkedIn office hours: job search Q&A",
        interview=False,
        desc="open to work office hours hosted by Teo - bring questions about recruiters & interviews",
        conf=(ZOOM, "https://us06web.zoom.us/j/81122334455"),
    )


def _prep_mock_reminders() -> None:
    _x(
        "Prep for Halloway onsite",
        interview=False,
        desc="re-read job post, 2 system design drills, questions for HM",
    )
    _x(
        "Mock interview with Priya (Pramp)",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Your peer mock interview is confirmed. You'll interview your peer first, then switch roles. Topic: Data structures & algorithms.",
        loc="https://www.pramp.com/interview/6a2f",
    )
    _x(
        "Interview coaching - session 2 (Rhea)",
        interview=False,
        org=("rhea@careerlift-coaching.com", "Rhea Kapoor"),
        desc="Session 2: behavioral answers, STAR structure, salary negotiation basics.",
        conf=(ZOOM, "https://us02web.zoom.us/j/86677889900"),
    )
    _x("Leetcode - graphs + DP", interview=False)
    _x("send thank-you note to Brackenfield", interview=False, all_day=True)
    _x(
        "Codility test due - Mossgiel Trading",
        interview=False,
        all_day=True,
        desc="online test link expires 23:59 GMT. 90 min timer once started.",
    )
    _x("follow up w/ Tallyhive recruiter if no news", interview=False, all_day=True)
    _x("research Kuroshio Denki before interview", interview=False)
    _x(
        "Mock system design w/ Dev (interviewing.io)",
        interview=False,
        org=("scheduling@interviewing.io", "interviewing.io"),
        desc="Anonymous mock interview: system design. Your interviewer is a senior engineer from a FAANG company. Feedback will be shared after.",
        loc="https://interviewing.io/mocks/9fd2",
    )
    _x(
        "Resume review with career coach",
        interview=False,
        org=("coach@nextstepcareers.com", "Jordan Blake"),
        meet="meet",
    )
    _x("Apply: Staff DE @ Greyfern (deadline)", interview=False, all_day=True)
    _x(
        "Offer deadline - Cliffline",
        interview=False,
        all_day=True,
        desc="decide by EOD, call Aoife",
    )
    _x("practice STAR stories out loud", interview=False)
    _x(
        "面接対策（ミナトロジック）",
        interview=False,
        desc="想定質問を整理する・逆質問を3つ用意",
        zone="Asia/Tokyo",
    )
    _x(
        "Prep: behavioral Qs for Sorae Tech",
        interview=False,
        desc="leadership principles, conflict story, failure story",
    )
    _x(
        "Take-home assignment (Nova Prism) - work block",
        interview=False,
        desc="due Sunday 9pm, keep to 4h as asked",
    )


def _other_lookalikes() -> None:
    _x(
        "Podcast interview - Data Engineering Weekly",
        interview=False,
        org=("host@dataengweekly.fm", "Marco Bianchi"),
        desc="Thanks for coming on the show! We'll talk about how the Initech data team migrated to streaming. Recording via Riverside, ~45 min.",
        loc="https://riverside.fm/studio/deweekly",
    )
    _x(
        "Interview with reporter (Bay Tech Journal) re: Initech launch",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Comms"),
        att=[person("k.adams@baytechjournal.com", "Kara Adams")],
        desc="Press interview about the new analytics product. Comms will be on the line. Please review the talking points.",
        meet="meet",
    )
    _x(
        "US visa interview - consulate",
        interview=False,
        desc="bring DS-160 confirmation, passport, I-797, photos",
        loc="U.S. Consulate General, Frankfurt",
        zone="Europe/Berlin",
    )
    _x(
        "USCIS naturalization interview (Mom)",
        interview=False,
        desc="drive Mom, bring green card and appointment notice",
        loc="USCIS San Francisco Field Office, 630 Sansome St",
    )
    _x(
        "Kindergarten admissions interview - Maple Grove School",
        interview=False,
        org=("admissions@maplegroveschool.org", "Maple Grove Admissions"),
        desc="Family interview and classroom visit for the fall kindergarten class.",
        loc="Maple Grove School, 210 Alder Ave, Palo Alto",
    )
    _x(
        "Performance review w/ Raj",
        interview=False,
        me=WORK_ME,
        org=("raj.patel@initech.com", "Raj Patel"),
        desc="Mid-year review. Self-assessment due beforehand in Workday.",
        meet="meet",
    )
    _x(
        "Drive Sam to his interview at Corvane",
        interview=False,
        desc="pick up at 8:15, his interview is at 9",
        loc="Corvane, 1 Market Plaza, San Francisco",
    )
    _x(
        "Co-op board interview",
        interview=False,
        org=("board@hayesstreetcoop.org", "Hayes St Co-op Board"),
        desc="Interview with the board for the apartment application. Bring proof of income and employer letter.",
        loc="Hayes St Co-op community room",
    )
    _x(
        "Exit interview - Initech HR",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Confidential exit interview. Your feedback helps make Initech a better place to work.",
        meet="meet",
    )
    _x(
        "ビザ面接（アメリカ大使館）",
        interview=False,
        desc="パスポート・DS-160確認書・写真を持参",
        loc="アメリカ大使館, 東京都港区赤坂1-10-5",
        zone="Asia/Tokyo",
    )
    _x(
        "Aufnahmegespräch Kita Sonnenschein",
        interview=False,
        org=("leitung@kita-sonnenschein.de", "Kita Sonnenschein"),
        desc="Kennenlerngespräch für den Kitaplatz ab September.",
        loc="Kita Sonnenschein, Lindenstraße 3, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "面接官トレーニング",
        interview=False,
        me=WORK_ME,
        org=("hr-japan@initech.com", "Initech Japan HR"),
        desc="Initech 日本オフィスの面接官向けトレーニングです。構造化面接と評価シートの書き方。",
        meet="meet",
        zone="Asia/Tokyo",
    )
