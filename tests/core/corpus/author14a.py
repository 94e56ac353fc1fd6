# ruff: noqa: E501 -- data: event texts as written
"""Round 14's first calendar author: naming the employer as a person would, from every place an event gives it.

Covers the company label found in the title (before or after the stage word, joined by a dash,
colon, pipe, "x", "@", "at", "bei", "chez", "con", "w/", "hos", "Fa."), in the organizer's display
name or domain (careers./mail./jobs./corp. subdomains, brand-group.de, brandjobs.com, ATS tenant
subdomains), in the description's first line or its e-mail signature, in a location ("Brand HQ,
5th floor"), in a Zoom/Webex vanity host and in the attendee list. Also: names with "&", digits,
dots, apostrophes, all-caps initials, common words (Bloom, Anchor, Pilot, Maple, Harvest), names in
Japanese, Chinese, Korean, Russian, Arabic, Hebrew, Greek and Thai script with and without a Latin
form; staffing agencies and headhunters; ATS, scheduling and assessment tools as organizer; the
user's current employer Initech; interviews whose employer cannot be known; and forty-five
non-interviews, most of which name a company (sales calls, vendor demos, partner syncs, coffees,
meetups, prep blocks, mock interviews, press, reference calls).

Labelling rules used throughout:
- Divisions: the employer is what a person would answer to "where are you interviewing?". A
  division, business unit, team, lab or product line of a brand ("Orvello's Cloud division",
  "Oncology BU", "the Pathwise team at Meridell") is dropped and the brand kept. A separately named
  operating company that the event presents as a subsidiary or group company (own legal form,
  "ein Unternehmen der ... Gruppe", "part of the ... Group", "a ... studio") is the employer itself,
  not its group. When the event names only the group ("Brindle Group", "Groupe Valmorel", "Tallis Group"), the
  group is the employer, written as the event writes it.
- Scripts: a name given only in its own script is kept in that script; when the event also gives a
  Latin form of the same name, the Latin form is used. Wrapping words for "company"/"Ltd." (株式会社,
  شركة, บริษัท ... จำกัด, the Russian OOO, Fa.) are left out like any legal form.
- Agencies: the agency's client is the employer when the event names it; an agency screen for an
  unnamed client is an interview with company=None; an agency hiring for its own desk is the
  employer. ATS, scheduling, assessment and video tools are never the employer, not even when
  they appear as the organizer; a tenant subdomain (brennerbank.myhirelane.com) names the client.
- Initech (the user's current employer) is never the employer of an interview; events where Alex
  interviews for Initech, Initech exit interviews and internal meetings are not interviews.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14a", **kw)


def build() -> None:
    _title_separators()
    _organizer_names()
    _description_sources()
    _places_links_attendees()
    _divisions_and_groups()
    _odd_names()
    _other_scripts()
    _agencies_and_headhunters()
    _ats_and_scheduling_tools()
    _initech()
    _unknowable()
    _not_interviews()


TEAMS_BOILER = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting\n"
    "Meeting ID: 318 442 907 115\n"
    "Passcode: Xk7bQ2\n"
    "________________________________________________________________________________"
)


def _title_separators() -> None:
    _x(
        "Kestrelwood - Recruiter Screen",
        interview=True,
        company="Kestrelwood",
        role="Solutions Engineer",
        org=("ana.lutz@kestrelwood.com", "Ana Lutz"),
        desc="Hi Alex, looking forward to our chat about the Solutions Engineer opening. I'll call you on Google Meet.\n\nAna",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Phone screen – Larkspur Analytics",
        interview=True,
        company="Larkspur Analytics",
        role=None,
        desc="recruiter Tom Hadley will call my cell",
        zone="America/Denver",
    )
    _x(
        "Larchmont Bio: Technical Interview (Data Engineer)",
        interview=True,
        company="Larchmont Bio",
        role="Data Engineer",
        org=("recruiting@larchmontbio.com", "Larchmont Bio Recruiting"),
        att=[
            person("s.ibarra@larchmontbio.com", "Sergio Ibarra"),
            person("h.chen@larchmontbio.com", "Hao Chen"),
        ],
        desc="Technical interview with two members of the Data Platform team. Expect SQL and a pipeline design question.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Final round | Quillfeather",
        interview=True,
        company="Quillfeather",
        role=None,
        loc="88 Tenth Ave, New York, NY 10011",
        desc="4 x 45 min. Ask for Rosa at the front desk. Bring ID.",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera x Tidewell | Intro call",
        interview=True,
        company="Tidewell",
        role="Senior Product Manager",
        org=("hello@tidewell.co", "Tidewell"),
        desc="Quick intro with our Head of Product about the Senior Product Manager role. No prep needed!",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview @ Marlowe Freight",
        interview=True,
        company="Marlowe Freight",
        role=None,
        loc="Waalhaven Z.z. 14, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Onsite at Brightwater Labs - Senior Backend Engineer",
        interview=True,
        company="Brightwater Labs",
        role="Senior Backend Engineer",
        loc="1400 Alameda St, Floor 3, San Francisco, CA",
        desc="Agenda: 10:00 coding, 11:00 system design, 12:00 lunch with the team, 13:00 hiring manager.",
        zone="America/Los_Angeles",
    )
    _x(
        "Vorstellungsgespräch bei Hallberg Logistik GmbH",
        interview=True,
        company="Hallberg Logistik",
        role="Teamleiter Disposition",
        org=("bewerbung@hallberg-logistik.de", "Hallberg Logistik Personal"),
        desc="Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position Teamleiter Disposition einzuladen. Bitte melden Sie sich am Empfang in Halle 2.\n\nMit freundlichen Grüßen\nIhr Personalteam",
        loc="Industriestraße 40, 28199 Bremen",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien chez Maison Verlaine – Chef de projet digital",
        interview=True,
        company="Maison Verlaine",
        role="Chef de projet digital",
        org=("recrutement@maisonverlaine.fr", "Recrutement Maison Verlaine"),
        desc="Bonjour Alex,\nNous vous confirmons votre entretien avec Claire Dumas, directrice e-commerce.\nÀ bientôt !",
        loc="12 rue du Faubourg Saint-Honoré, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista con Grupo Tamarisco",
        interview=True,
        company="Grupo Tamarisco",
        role="Responsable de Compras",
        org=("rrhh@grupotamarisco.es", "RRHH Grupo Tamarisco"),
        desc="Hola Alex:\nTe confirmamos la entrevista para el puesto de Responsable de Compras. Será por Google Meet con Marta Soler (Dirección de Operaciones).\nUn saludo",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Coffee chat w/ Pennant hiring manager",
        interview=True,
        company="Pennant",
        role="Product Designer",
        desc="Informal chat with Rui (Design Director) before the formal loop for the Product Designer role. He said it counts as the HM round.",
        loc="Blue Bottle, Hayes Valley",
        zone="America/Los_Angeles",
    )
    _x(
        "Colloquio Ferraresi Meccanica - Ingegnere di processo",
        interview=True,
        company="Ferraresi Meccanica",
        role="Ingegnere di processo",
        org=("selezione@ferraresimeccanica.it", "Ufficio Personale Ferraresi"),
        desc="Gentile Alex,\nle confermiamo il colloquio presso la nostra sede di Modena. Chiedere di Paola Bernardi.\nCordiali saluti",
        loc="Via Emilia Est 210, Modena",
        zone="Europe/Rome",
    )
    _x(
        "Entrevista - Ventoleste Energia (Analista Financeiro)",
        interview=True,
        company="Ventoleste Energia",
        role="Analista Financeiro",
        org=("talentos@ventoleste.com.br", "Talentos Ventoleste"),
        desc="Olá Alex! Segue o convite para a entrevista com a gestora da área financeira. Qualquer dúvida, estamos à disposição.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Sollicitatiegesprek bij Dijkstra & Wever",
        interview=True,
        company="Dijkstra & Wever",
        role="Junior Accountmanager",
        desc="Functie: Junior Accountmanager\nGesprek met Marieke en de salesdirecteur. CV meenemen.",
        loc="Stationsplein 3, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa rekrutacyjna – Wisłoka Software",
        interview=True,
        company="Wisłoka Software",
        role="Programista Python",
        org=("rekrutacja@wisloka.pl", "Wisłoka Software – Rekrutacja"),
        desc="Dzień dobry,\nzapraszamy na rozmowę rekrutacyjną.\nStanowisko: Programista Python\nRozmowa odbędzie się przez Google Meet.\nPozdrawiamy",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Anställningsintervju hos Fjällrot AB",
        interview=True,
        company="Fjällrot",
        role="UX-designer",
        org=("jobb@fjallrot.se", "Fjällrot Rekrytering"),
        desc="Hej Alex!\nVälkommen på intervju för tjänsten som UX-designer. Du träffar Sara och Johan från produktteamet.\nVänliga hälsningar",
        loc="Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "[Interview] Orrery Space — Systems Engineer",
        interview=True,
        company="Orrery Space",
        role="Systems Engineer",
        org=("talent@orreryspace.com", "Orrery Space Talent"),
        desc="Panel with the propulsion and avionics leads. Please have a copy of your resume handy.",
        conf=("Zoom Meeting", "https://orreryspace.zoom.us/j/97311200456"),
        zone="America/Denver",
    )
    _x(
        "Brightline Studios // Portfolio review",
        interview=True,
        company="Brightline Studios",
        role="Motion Designer",
        desc="Portfolio walkthrough with the art director for my Motion Designer application. 3 projects, 10 min each.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/85520013472"),
        zone="America/Los_Angeles",
    )
    _x(
        "Case interview — Hallowmere Partners",
        interview=True,
        company="Hallowmere Partners",
        role="Associate Consultant",
        org=("recruiting@hallowmere.com", "Hallowmere Partners Recruiting"),
        desc="Case round 1 of 2 for the Associate Consultant position. Paper and calculator allowed.",
        loc="Hallowmere Partners, 1 Bishopsgate, London",
        zone="Europe/London",
    )
    _x(
        "Round 2: Ferncastle",
        interview=True,
        company="Ferncastle",
        role=None,
        desc="with the eng manager + a senior eng. pair programming",
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "İş görüşmesi – Kuzey Yazılım A.Ş.",
        interview=True,
        company="Kuzey Yazılım",
        role="Kıdemli Yazılım Geliştirici",
        org=("ik@kuzeyyazilim.com.tr", "Kuzey Yazılım İnsan Kaynakları"),
        desc="Merhaba Alex,\nPozisyon: Kıdemli Yazılım Geliştirici\nGörüşme Microsoft Teams üzerinden yapılacaktır.\nİyi çalışmalar",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kuzey41",
        ),
        zone="Europe/Istanbul",
    )
    _x(
        "Pohovor – Vltava Systems s.r.o.",
        interview=True,
        company="Vltava Systems",
        role="Analytik dat",
        org=("nabor@vltavasystems.cz", "Vltava Systems – HR"),
        desc="Dobrý den,\npotvrzujeme pohovor na pozici Analytik dat. Sejdeme se na recepci v 5. patře.\nS pozdravem",
        loc="Na Příkopě 15, Praha 1",
        zone="Europe/Prague",
    )
    _x(
        "Zweitgespräch Fa. Brunnhuber – Vertriebsinnendienst",
        interview=True,
        company="Brunnhuber",
        role="Vertriebsinnendienst",
        desc="Herr Brunnhuber jun. + Frau Lechner. Zeugnisse mitnehmen.",
        loc="Gewerbering 7, 83022 Rosenheim",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Runde 2 | Lindqvist",
        interview=True,
        company="Lindqvist Consulting",
        role=None,
        org=("karin@lindqvistconsulting.de", "Karin Lindqvist"),
        desc="Hallo Alex, wie besprochen die zweite Runde mit unseren Partnern. Beste Grüße, Karin\n\nLindqvist Consulting · Hamburg",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevue avec Érablière Numérique – Développeur Full Stack",
        interview=True,
        company="Érablière Numérique",
        role="Développeur Full Stack",
        org=("carrieres@erabliere-numerique.ca", "Carrières Érablière Numérique"),
        desc="Bonjour Alex,\nMerci de votre intérêt! L'entrevue se fera sur Teams avec Étienne Gagnon, chef d'équipe.\n"
        + TEAMS_BOILER,
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_erab77",
        ),
        zone="America/Toronto",
    )
    _x(
        "Assessment day – Farrowdale Foods",
        interview=True,
        company="Farrowdale Foods",
        role="Graduate Management Trainee",
        org=("graduates@farrowdale.co.uk", "Farrowdale Graduate Recruitment"),
        desc="Assessment centre for the Graduate Management Trainee scheme: group exercise, presentation and a one-to-one interview with a regional manager. Lunch provided.",
        loc="Farrowdale Foods, Leeds Head Office",
        zone="Europe/London",
        all_day=True,
    )


def _organizer_names() -> None:
    _x(
        "Phone Screen: Alex Rivera",
        interview=True,
        company="Peregrine Health",
        role=None,
        org=("recruiting@careers.peregrinehealth.com", "Peregrine Health Recruiting"),
        desc="30-minute phone screen. Your recruiter will call you at the number on your application.",
        zone="America/Chicago",
    )
    _x(
        "Interview - Alex Rivera (Frontend Engineer)",
        interview=True,
        company="Harrowgate",
        role="Frontend Engineer",
        org=("noreply@mail.harrowgate.co.uk", None),
        att=[person("olivia.marsh@harrowgate.co.uk", "Olivia Marsh")],
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Recruiter call",
        interview=True,
        company="Quaywise",
        role=None,
        org=("maya@quaywise.io", "Maya from Quaywise"),
        desc="Looking forward to chatting! I'll tell you more about the team and the role.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Technical interview",
        interview=True,
        company="Oakhurst",
        role=None,
        org=("no-reply@oakhurstjobs.com", "Oakhurst Careers"),
        desc="Interviewers: Ben Carr, Li Wei\nFormat: 60 minutes, shared editor",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Entretien RH",
        interview=True,
        company="Lumarel Assurances",
        role=None,
        org=("recrutement@lumarel-assurances.fr", "Lumarel Assurances – Recrutement"),
        desc="Entretien avec le service RH (30 min).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lumarel2",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Sesión de entrevistas",
        interview=True,
        company="Alcaraviz",
        role=None,
        org=("seleccion@empleo.alcaraviz.es", "Alcaraviz Selección"),
        desc="Tres entrevistas seguidas de 30 minutos con el equipo. Recepción en planta baja.",
        loc="Calle de Alcalá 95, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Interview Alex Rivera / Product Analyst",
        interview=True,
        company="Hollins & Crane",
        role="Product Analyst",
        org=("people@hollinscrane.com", "Hollins & Crane People Team"),
        att=[person("t.okoro@hollinscrane.com", "Tunde Okoro")],
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Video interview – 45 min",
        interview=True,
        company="Sunmill",
        role=None,
        org=("talent@jobs.sunmill.com", "Sunmill Talent Acquisition"),
        desc="Please test your camera and microphone before the call.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/88001234455"),
        zone="America/Phoenix",
    )
    _x(
        "Intro call (30 min)",
        interview=True,
        company="Brindle Group",
        role=None,
        org=("recruiting@brindle-group.de", "Brindle Group Recruiting"),
        desc="Hi Alex, as promised here is the invite for our first conversation.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Hiring manager conversation",
        interview=True,
        company="Ouvrelle",
        role=None,
        org=("j.morvan@ouvrelle.fr", "Jeanne Morvan (Ouvrelle)"),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "First-round interview - Alex Rivera",
        interview=True,
        company="Anchor",
        role=None,
        org=("talent@anchor.finance", "Anchor Talent"),
        desc="You'll meet Priscilla, one of our engineering managers.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Onsite loop (virtual)",
        interview=True,
        company="Zephyrine",
        role=None,
        org=("recruiting@corp.zephyrine.com", "Zephyrine Recruiting Coordination"),
        att=[
            person("lhart@zephyrine.com", "Lucas Hart"),
            person("nmensah@zephyrine.com", "Nana Mensah"),
            person("ykato@zephyrine.com", "Yui Kato"),
        ],
        desc="Four back-to-back sessions with short breaks. Links are the same for all sessions.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Gesprek met het team",
        interview=True,
        company="Koopmans Bouw",
        role="Projectleider",
        org=("werving@koopmansbouw.nl", "Koopmans Bouw – Werving"),
        desc="Beste Alex,\nHierbij de uitnodiging voor het tweede gesprek voor de functie Projectleider.\nMet vriendelijke groet",
        loc="Koopmans Bouw, Havenweg 8, Zwolle",
        zone="Europe/Amsterdam",
    )
    _x(
        "Spotkanie rekrutacyjne",
        interview=True,
        company="TatraBit",
        role=None,
        org=("rekrutacja@kariera.tatrabit.pl", "TatraBit Kariera"),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Intervju – andre runde",
        interview=True,
        company="Nordvik Fisk",
        role=None,
        org=("tomas.berg@nordvikfisk.no", "Tomas Berg | Nordvik Fisk AS"),
        desc="Hei Alex, her er invitasjonen til andre runde. Vi møtes på kontoret i Tromsø.",
        loc="Stakkevollvegen 65, Tromsø",
        zone="Europe/Oslo",
    )


def _description_sources() -> None:
    _x(
        "Interview",
        interview=True,
        company="Halvorsen Marine",
        role=None,
        desc="Halvorsen Marine – 2nd round with the engineering lead\nBring portfolio + references",
        zone="Europe/Oslo",
    )
    _x(
        "Call with Priya",
        interview=True,
        company="Cobaltine",
        role="Platform Engineer",
        desc="Recruiter screen for the Platform Engineer role.\n\n--\nPriya Raman\nSenior Technical Recruiter | Cobaltine\n+1 415 555 0142",
        zone="America/Los_Angeles",
    )
    _x(
        "Chat with Jonas",
        interview=True,
        company="Wendelstein Robotics",
        role="Embedded Software Engineer",
        desc="Erstes Gespräch zur Position Embedded Software Engineer.\n\nViele Grüße\nJonas Keller\nHead of Engineering\nWendelstein Robotics GmbH\nwww.wendelstein-robotics.example",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Arbolada Foods",
        role="Supply Chain Planner",
        desc="Second conversation about the Supply Chain Planner position, this time with the plant manager.\n\nKind regards,\nElena Castaño\nTalent Acquisition\nArbolada Foods",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Kennenlerngespräch",
        interview=True,
        company="Mühlbach Präzisionstechnik",
        role=None,
        desc="Sehr geehrter Herr Rivera,\n\nhiermit bestätigen wir Ihren Termin für ein erstes Kennenlerngespräch an unserem Standort in Aalen.\n\nMit freundlichen Grüßen\nKatrin Vogt\nPersonalabteilung\nMühlbach Präzisionstechnik GmbH & Co. KG",
        loc="Ulmer Straße 120, 73431 Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Videollamada",
        interview=True,
        company="Clavería Software",
        role="Ingeniero de Datos",
        desc="Entrevista con Lucía Ferrer, directora de ingeniería de Clavería Software.\nPuesto: Ingeniero de Datos",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista final",
        interview=True,
        company="Casa Ipê Cosméticos",
        role="Coordenador de Marketing",
        desc="Olá Alex, confirmando nossa conversa final sobre a vaga de Coordenador de Marketing com a nossa diretora.\n\nAtt,\nMariana Lopes\nRecrutamento e Seleção\nCasa Ipê Cosméticos Ltda.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Interview 3/4 – system design",
        interview=True,
        company="Thistledown Games",
        role=None,
        desc="Thistledown Games — interview loop, session 3 of 4 (system design)\nInterviewer: Marcus Lee",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Rozmowa z dyrektorem",
        interview=True,
        company="Mazurek & Syn",
        role="Kierownik Magazynu",
        desc="Dzień dobry, potwierdzam spotkanie w sprawie stanowiska Kierownik Magazynu.\n\nPozdrawiam,\nAgnieszka Nowicka\nHR Business Partner\nMazurek & Syn Sp. z o.o.",
        loc="ul. Przemysłowa 4, Poznań",
        zone="Europe/Warsaw",
    )
    _x(
        "Online interview",
        interview=True,
        company="Tamsin Robotics",
        role=None,
        desc="Dear Alex,\nThank you for your application to Tamsin Robotics Pte Ltd. We would like to invite you to an online interview with our CTO.\nBest regards,\nHR Team",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/83001928374"),
        zone="Asia/Singapore",
    )
    _x(
        "Interview confirmed – Alex Rivera",
        interview=True,
        company="Pemberton Analytics",
        role="Senior Data Analyst",
        org=("notifications@slotbook.com", "Slotbook"),
        desc='<p>Hi Alex,</p><p>Your interview with <b>Pemberton Analytics</b> for <b>Senior Data Analyst</b> is confirmed.</p><p>Need to reschedule? <a href="https://slotbook.com/r/7Hq2">Click here</a>.</p><p style="color:#888">Sent by Slotbook</p>',
        meet="meet",
        zone="America/New_York",
    )


def _places_links_attendees() -> None:
    _x(
        "Onsite interview",
        interview=True,
        company="Thornbury",
        role=None,
        loc="Thornbury HQ, 5th floor, 200 Marsh St, Boston, MA 02110",
        zone="America/New_York",
    )
    _x(
        "Interview (in person) – Data Platform Lead",
        interview=True,
        company="Bloom",
        role="Data Platform Lead",
        loc="Bloom offices, Skalitzer Str. 85, 10997 Berlin",
        desc="ring bell 'Bloom', 3rd floor",
        zone="Europe/Berlin",
    )
    _x(
        "Technical interview — 45 min",
        interview=True,
        company="Vantorin",
        role=None,
        org=("no-reply@slotbook.com", "Slotbook"),
        desc="Join Zoom Meeting\nhttps://vantorin.zoom.us/j/84512930211\n\nMeeting ID: 845 1293 0211\nPasscode: 551902",
        conf=("Zoom Meeting", "https://vantorin.zoom.us/j/84512930211"),
        zone="America/Chicago",
    )
    _x(
        "Interview (Webex)",
        interview=True,
        company="Quorvia",
        role=None,
        desc="Join by link: https://quorvia.webex.com/meet/k.albrecht",
        conf=("Webex", "https://quorvia.webex.com/meet/k.albrecht"),
        zone="Europe/Zurich",
    )
    _x(
        "Panel interview",
        interview=True,
        company="Lanternfish",
        role=None,
        org=("invites@hirelane.io", "Hirelane Invites"),
        att=[
            person("r.obi@lanternfish.io", "Ruth Obi"),
            person("m.sato@lanternfish.io", "Mika Sato"),
            person("d.patel@lanternfish.io", "Dev Patel"),
        ],
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Final interview – Group Controller",
        interview=True,
        company="Fennwick",
        role="Group Controller",
        org=("scheduler@meetslot.app", "Meetslot"),
        att=[
            person("j.novak@fennwick.cz", "Jana Novák (Fennwick)"),
            person("p.dvorak@fennwick.cz", "Petr Dvořák (Fennwick)"),
        ],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fenn09",
        ),
        zone="Europe/Prague",
    )
    _x(
        "Teams-Besprechung: Vorstellungsgespräch",
        interview=True,
        company="Kranzberg",
        role=None,
        org=("s.hofer@kranzberg-ag.de", "Hofer, Sabine"),
        att=[person("t.wagner@kranzberg-ag.de", "Wagner, Thomas")],
        desc=TEAMS_BOILER,
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kranz5",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Trial shift – Hospitality Manager",
        interview=True,
        company="Anchor & Vine",
        role="Hospitality Manager",
        desc="Last step before an offer: meet the team and work a paid trial shift.",
        loc="Anchor & Vine Winery, tasting room, 12 Cellar Rd, Napa",
        zone="America/Los_Angeles",
    )
    _x(
        "Entrevista técnica",
        interview=True,
        company="Kaudal",
        role=None,
        att=[
            person("pablo@kaudal.com.ar", "Pablo Giménez"),
            person("sofia@kaudal.com.ar", "Sofía Ruiz"),
        ],
        org=("pablo@kaudal.com.ar", "Pablo Giménez"),
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Giornata di colloqui",
        interview=True,
        company="Marchetti & Figli",
        role=None,
        desc="presentarsi 10 min prima",
        loc="Reception Marchetti & Figli, Via Po 12, Torino",
        zone="Europe/Rome",
    )
    _x(
        "Interview – studio walkthrough",
        interview=True,
        company="Pilot Studio",
        role=None,
        desc="Show 2 recent projects, then meet the founders.",
        loc="Pilot Studio, Unit 4, Hackney Wick, London",
        zone="Europe/London",
    )


def _divisions_and_groups() -> None:
    _x(
        "Orvello Cloud – SRE interview",
        interview=True,
        company="Orvello",
        role="Site Reliability Engineer",
        org=("recruiting@orvello.com", "Orvello Recruiting"),
        desc="Interview for the Site Reliability Engineer role in Orvello's Cloud division.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview: Nordhaven Bank – Retail Banking",
        interview=True,
        company="Nordhaven Bank",
        role="Customer Insights Analyst",
        org=("careers@nordhavenbank.com", "Nordhaven Bank Careers"),
        desc="Retail Banking division – Customer Insights Analyst. Interview with the division's analytics lead.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_nhb21",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Calderon Pharma (Oncology BU) – Medical Science Liaison",
        interview=True,
        company="Calderon Pharma",
        role="Medical Science Liaison",
        org=("talent@calderonpharma.com", "Calderon Pharma Talent"),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Brightmere Insurance — Claims Analyst interview",
        interview=True,
        company="Brightmere Insurance",
        role="Claims Analyst",
        org=("careers@asterion-group.com", "Asterion Group Careers"),
        desc="Brightmere Insurance Ltd is part of the Asterion Group. You will meet the Claims Operations Manager at Brightmere.",
        loc="Brightmere Insurance, 9 Temple Row, Birmingham",
        zone="Europe/London",
    )
    _x(
        "Vorstellungsgespräch – Kessler Mobility GmbH",
        interview=True,
        company="Kessler Mobility",
        role=None,
        org=("jobs@kessler-gruppe.de", "Kessler Gruppe Recruiting"),
        desc="Kessler Mobility GmbH – ein Unternehmen der Kessler Gruppe.\nIhr Gesprächspartner: Markus Feld, Geschäftsführer.",
        loc="Kessler Mobility, Am Hafen 3, Mannheim",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Groupe Valmorel, direction du Digital",
        interview=True,
        company="Groupe Valmorel",
        role="Product Owner",
        org=("talents@valmorel.fr", "Groupe Valmorel – Talents"),
        desc="Poste : Product Owner (direction du Digital)\nEntretien avec le responsable produit.",
        loc="Tour Valmorel, La Défense",
        zone="Europe/Paris",
    )
    _x(
        "Interview – Pathwise team at Meridell",
        interview=True,
        company="Meridell",
        role=None,
        org=("jobs@meridell.com", "Meridell Jobs"),
        desc="Pathwise is Meridell's budgeting app. You'll meet the Pathwise product and engineering leads.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Studio Emberfall – Gameplay Programmer (Tarrow Games)",
        interview=True,
        company="Studio Emberfall",
        role="Gameplay Programmer",
        org=("recrutement@emberfall.ca", "Studio Emberfall"),
        desc="Studio Emberfall, a Tarrow Games studio in Montréal. Technical interview with the lead programmer.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Interview: Stress Engineer",
        interview=True,
        company="Tallis Group",
        role="Stress Engineer",
        org=("hiring@corp.tallisgroup.com", "Tallis Group – Aerospace Division"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tallis8",
        ),
        zone="Europe/London",
    )
    _x(
        "面接：ミナト物流株式会社",
        interview=True,
        company="ミナト物流",
        role=None,
        org=("saiyo@minato-butsuryu.co.jp", "ミナト物流 人事部"),
        desc="ミナト物流株式会社（ミナトホールディングス グループ）\n一次面接のご案内です。当日は受付にてお名前をお伝えください。",
        loc="東京都港区海岸1-2-3 ミナトビル 8F",
        zone="Asia/Tokyo",
    )
    _x(
        "Entrevista – Ribermar Seguros (Grupo Ribermar)",
        interview=True,
        company="Ribermar Seguros",
        role=None,
        org=("empleo@gruporibermar.es", "Grupo Ribermar Empleo"),
        desc="Ribermar Seguros, S.A. – sociedad del Grupo Ribermar.\nEntrevista con la directora técnica.",
        loc="Paseo de Gracia 60, Barcelona",
        zone="Europe/Madrid",
    )
    _x(
        "Sollicitatie Werkvoorbereider",
        interview=True,
        company="Van der Linde Groep",
        role="Werkvoorbereider",
        org=("recruitment@vanderlindegroep.nl", "Van der Linde Groep – divisie Techniek"),
        desc="Gesprek met de manager van de divisie Techniek.",
        loc="Industrieweg 21, Eindhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview – Corvid Research",
        interview=True,
        company="Corvid",
        role="Research Engineer",
        org=("research-hiring@corvid.ai", "Corvid Research Hiring"),
        desc="Corvid Research is the applied AI lab inside Corvid. This is the research discussion round for the Research Engineer position.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Helmsley Retail – Store Operations (Helmsley Home) interview",
        interview=True,
        company="Helmsley Retail",
        role="Store Operations Manager",
        org=("careers@helmsleyretail.co.uk", "Helmsley Retail Careers"),
        desc="Helmsley Home is our homewares brand. Role: Store Operations Manager, Helmsley Home.",
        loc="Helmsley Retail Support Centre, Milton Keynes",
        zone="Europe/London",
    )


def _odd_names() -> None:
    _x(
        "Interview - Pike & Harrow",
        interview=True,
        company="Pike & Harrow",
        role="Paralegal",
        desc="Paralegal position, litigation team. Meeting with the practice manager.",
        loc="Pike & Harrow LLP, 3 Gray's Inn Sq, London",
        zone="Europe/London",
    )
    _x(
        "3Fold Robotics: onsite",
        interview=True,
        company="3Fold Robotics",
        role=None,
        loc="3Fold Robotics, 21 Innovation Way, Pittsburgh, PA",
        zone="America/New_York",
    )
    _x(
        "folio.works – design challenge review",
        interview=True,
        company="folio.works",
        role=None,
        org=("hiring@folio.works", "folio.works hiring"),
        desc="We'll walk through your take-home together with two of our designers.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "J.P. Hartwell & Co. – First round",
        interview=True,
        company="J.P. Hartwell & Co.",
        role="Investment Banking Analyst",
        org=("campus@jphartwell.com", "J.P. Hartwell & Co. Campus Recruiting"),
        desc="First round interview, Investment Banking Analyst.",
        conf=("Zoom Meeting", "https://jphartwell.zoom.us/j/91200034567"),
        zone="America/New_York",
    )
    _x(
        "O'Donnell Brewing – Brewery Operations Manager",
        interview=True,
        company="O'Donnell Brewing",
        role="Brewery Operations Manager",
        loc="O'Donnell Brewing, Unit 6, Galway Business Park",
        zone="Europe/Dublin",
    )
    _x(
        "Entretien L'Atelier Sorel",
        interview=True,
        company="L'Atelier Sorel",
        role=None,
        desc="entretien avec la fondatrice, apporter le book",
        loc="L'Atelier Sorel, 4 rue Oberkampf, Paris",
        zone="Europe/Paris",
    )
    _x(
        "ZRT interview (Controls Engineer)",
        interview=True,
        company="ZRT",
        role="Controls Engineer",
        org=("hr@zrt-rail.com", "ZRT HR"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_zrt11",
        ),
        zone="America/Chicago",
    )
    _x(
        "Pilot – technical interview",
        interview=True,
        company="Pilot",
        role="iOS Engineer",
        org=("recruiting@pilotapp.io", "Pilot Recruiting"),
        desc="Pilot is hiring an iOS Engineer. This round is a live Swift exercise with two engineers.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Final round with Maple",
        interview=True,
        company="Maple",
        role=None,
        desc="Maple (the childcare booking app). Meeting both cofounders.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Interview at Rosie's Kitchen – Sous Chef",
        interview=True,
        company="Rosie's Kitchen",
        role="Sous Chef",
        desc="cook a tasting dish for the head chef, bring knives",
        loc="Rosie's Kitchen, 77 Lygon St, Carlton",
        zone="Australia/Melbourne",
    )
    _x(
        "St. Aldric Hospital – interview for Clinical Data Manager",
        interview=True,
        company="St. Aldric Hospital",
        role="Clinical Data Manager",
        org=("recruitment@staldric.org.uk", "St. Aldric Hospital Recruitment"),
        loc="St. Aldric Hospital, Education Centre, Room 2",
        zone="Europe/London",
    )
    _x(
        "B&K Haustechnik – Vorstellungsgespräch Servicetechniker",
        interview=True,
        company="B&K Haustechnik",
        role="Servicetechniker",
        loc="B&K Haustechnik, Lindenweg 4, Kassel",
        zone="Europe/Berlin",
    )
    _x(
        "Harvest – panel interview",
        interview=True,
        company="Harvest",
        role=None,
        org=("people@harvestgrocer.com", "Harvest People Team"),
        desc="Harvest (farm-to-table grocery delivery). Panel with ops, product and finance.",
        meet="meet",
        zone="America/Denver",
    )


def _other_scripts() -> None:
    _x(
        "【面接】株式会社ハルカゼ 一次面接",
        interview=True,
        company="ハルカゼ",
        role=None,
        org=("saiyo@harukaze.co.jp", "株式会社ハルカゼ 採用担当"),
        desc="リベラ様\n\nこの度はご応募いただきありがとうございます。一次面接をオンラインにて実施いたします。\nどうぞよろしくお願いいたします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接 – Tsubame Systems（ツバメシステムズ）",
        interview=True,
        company="Tsubame Systems",
        role="インフラエンジニア",
        org=("recruit@tsubame-sys.jp", "Tsubame Systems 採用チーム"),
        desc="職種：インフラエンジニア\n面接官：開発部 部長 佐藤",
        loc="大阪市北区梅田2-4-9 ツバメビル 12F",
        zone="Asia/Tokyo",
    )
    _x(
        "面试 - 云帆科技 后端开发工程师",
        interview=True,
        company="云帆科技",
        role="后端开发工程师",
        org=("hr@yunfan-tech.cn", "云帆科技 招聘"),
        desc="您好，您的面试已安排。请提前5分钟进入腾讯会议。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/yF82kq"),
        zone="Asia/Shanghai",
    )
    _x(
        "Interview with 星河数据 (Xinghe Data)",
        interview=True,
        company="Xinghe Data",
        role=None,
        desc="HR: 王女士. First round, in English.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/86655443322"),
        zone="Asia/Shanghai",
    )
    _x(
        "一面 - 后端",
        interview=True,
        company="蓝山科技",
        role=None,
        org=("hr@lanshan.tech", "蓝山科技 招聘"),
        desc="技术一面，约60分钟。",
        conf=("飞书视频会议", "https://vc.feishu.cn/j/771203948"),
        zone="Asia/Shanghai",
    )
    _x(
        "[면접] 새봄랩스 - 백엔드 개발자",
        interview=True,
        company="새봄랩스",
        role="백엔드 개발자",
        org=("recruit@saebomlabs.kr", "새봄랩스 채용팀"),
        desc="안녕하세요, 리베라님. 1차 기술 면접 일정 안내드립니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Собеседование в «Северный Ветер»",
        interview=True,
        company="Северный Ветер",
        role="Руководитель проектов",
        desc="Вакансия: Руководитель проектов\nВстреча с директором по персоналу.",
        loc="Санкт-Петербург, Невский пр., 28, офис 5",
        zone="Europe/Moscow",
    )
    _x(
        "Интервью с Polar Data (ООО «Полярные данные»)",
        interview=True,
        company="Polar Data",
        role=None,
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "مقابلة عمل - الواحة للتقنية",
        interview=True,
        company="الواحة للتقنية",
        role="مهندس برمجيات",
        org=("careers@alwaha-tech.sa", "شركة الواحة للتقنية - التوظيف"),
        desc="السيد أليكس،\nيسعدنا دعوتك لمقابلة عمل لوظيفة مهندس برمجيات.\nمع التحية",
        loc="الرياض، طريق الملك فهد، برج الواحة، الدور 14",
        zone="Asia/Riyadh",
    )
    _x(
        "ראיון עבודה - גל טכנולוגיות",
        interview=True,
        company="גל טכנולוגיות",
        role=None,
        desc="ראיון ראשון עם ראש הצוות. חניה בחניון הבניין.",
        loc="דרך מנחם בגין 132, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "Συνέντευξη – Θαλής Λογισμικό",
        interview=True,
        company="Θαλής Λογισμικό",
        role=None,
        desc="Συνέντευξη με τον τεχνικό διευθυντή.",
        loc="Λεωφ. Κηφισίας 44, Μαρούσι",
        zone="Europe/Athens",
    )
    _x(
        "Interview – Kanade Inc. (奏株式会社)",
        interview=True,
        company="Kanade",
        role=None,
        org=("global-recruiting@kanade.jp", "Kanade Global Recruiting"),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "สัมภาษณ์งาน – บริษัท ฟ้าใส ดิจิทัล จำกัด",
        interview=True,
        company="ฟ้าใส ดิจิทัล",
        role="นักวิเคราะห์ข้อมูล",
        desc="ตำแหน่ง: นักวิเคราะห์ข้อมูล\nสัมภาษณ์กับผู้จัดการฝ่ายข้อมูล",
        loc="อาคารสาทรซิตี้ ชั้น 20 ถนนสาทรใต้ กรุงเทพฯ",
        zone="Asia/Bangkok",
    )


def _agencies_and_headhunters() -> None:
    _x(
        "Interview with Brackenridge (via Talentbridge Recruitment)",
        interview=True,
        company="Brackenridge",
        role="Finance Business Partner",
        org=("oliver@talentbridge-recruitment.co.uk", "Oliver Grant | Talentbridge"),
        desc="Hi Alex, confirming your interview with Brackenridge for the Finance Business Partner role. Ask for Helen Shaw at reception. Good luck!\nOliver",
        loc="Brackenridge, 2 Wellington Pl, Leeds",
        zone="Europe/London",
    )
    _x(
        "Intro call – Marlow Search (confidential client)",
        interview=True,
        company=None,
        role="VP Engineering",
        org=("h.lyle@marlowsearch.com", "Hannah Lyle"),
        desc="Retained search for a VP Engineering role with a confidential Series C client. I'll share the name after our call if it's a fit.",
        zone="America/New_York",
    )
    _x(
        "Client interview: Fenmore Energy",
        interview=True,
        company="Fenmore Energy",
        role=None,
        org=("k.shah@korvathpartners.com", "Kiran Shah (Korvath Partners)"),
        desc="Interview with Fenmore's Head of Trading, arranged by Korvath Partners. Debrief with me afterwards.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_korv3",
        ),
        zone="Europe/London",
    )
    _x(
        "Vorstellungsgespräch beim Kunden",
        interview=True,
        company="Altmühl Maschinenbau",
        role="Konstrukteur",
        org=("m.brandt@personalwerk-sued.de", "Personalwerk Süd"),
        desc="Hallo Herr Rivera,\nKunde: Altmühl Maschinenbau GmbH\nPosition: Konstrukteur\nAnsprechpartner vor Ort: Herr Seitz\nViel Erfolg!\nMichael Brandt, Personalwerk Süd",
        loc="Altmühl Maschinenbau, Eichstätter Str. 9, Ingolstadt",
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Recruitment Consultant – Talentbridge",
        interview=True,
        company="Talentbridge",
        role="Recruitment Consultant",
        org=("careers@talentbridge-recruitment.co.uk", "Talentbridge Careers"),
        desc="Join our Leeds desk as a Recruitment Consultant. Interview with the branch director.",
        loc="Talentbridge, 14 Park Row, Leeds",
        zone="Europe/London",
    )
    _x(
        "Entretien cabinet Haussmann Talents – poste chez Belcour Cosmétiques",
        interview=True,
        company="Belcour Cosmétiques",
        role="Responsable marketing digital",
        org=("c.faure@haussmann-talents.fr", "Camille Faure – Haussmann Talents"),
        desc="Entretien de qualification pour le poste de Responsable marketing digital chez notre client Belcour Cosmétiques.",
        loc="Haussmann Talents, 60 bd Haussmann, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista con headhunter – posición confidencial",
        interview=True,
        company=None,
        role="Director Financiero",
        org=("l.vidal@nortetalento.es", "Laura Vidal | Norte Talento"),
        desc="Proceso confidencial para Director Financiero de una empresa industrial del País Vasco.",
        zone="Europe/Madrid",
    )
    _x(
        "Gesprek met recruiter Brightside Werving",
        interview=True,
        company=None,
        role="Data Engineer",
        org=("sanne@brightsidewerving.nl", "Sanne de Groot"),
        desc="Functie: Data Engineer. De opdrachtgever maken we na dit gesprek bekend.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Headhunter call – Stonegate Exec re: COO role at Wyvern Logistics",
        interview=True,
        company="Wyvern Logistics",
        role="COO",
        org=("a.pryce@stonegate-exec.com", "Amelia Pryce"),
        zone="Europe/London",
    )
    _x(
        "Screening call – Summitline Staffing (client TBC)",
        interview=True,
        company=None,
        role="Contract QA Tester",
        org=("jobs@summitlinestaffing.com", "Summitline Staffing"),
        desc="Screening for a 6-month Contract QA Tester assignment. Client will be confirmed after screening.",
        zone="America/Chicago",
    )


def _ats_and_scheduling_tools() -> None:
    _x(
        "Interview: Alex Rivera <> Sorrel Labs",
        interview=True,
        company="Sorrel Labs",
        role=None,
        org=("no-reply@hirelane.io", "Hirelane"),
        att=[person("noor@sorrellabs.com", "Noor Haddad")],
        desc="This event was scheduled with Hirelane. To reschedule, use the link in your confirmation email.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Technical Interview – Backend Engineer",
        interview=True,
        company="Wrenfield",
        role="Backend Engineer",
        org=("scheduling@slotbook.com", "Slotbook Scheduling"),
        desc="You're scheduled with Wrenfield for the Backend Engineer role.\nDuration: 60 minutes",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Kiln | Onsite Interview",
        interview=True,
        company="Kiln",
        role=None,
        org=("calendar-noreply@talentrail.com", "Talentrail"),
        loc="Kiln, 220 W 2nd St, Austin, TX",
        zone="America/Chicago",
    )
    _x(
        "Interview Confirmation - Credit Risk Analyst",
        interview=True,
        company="Brenner Bank",
        role="Credit Risk Analyst",
        org=("noreply@brennerbank.myhirelane.com", "Brenner Bank via Hirelane"),
        desc="Dear Alex Rivera, your interview for Credit Risk Analyst (Req 10442) has been scheduled.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bren7",
        ),
        zone="Europe/Vienna",
    )
    _x(
        "Alex Rivera and Inês Carvalho",
        interview=True,
        company="Miradouro",
        role=None,
        org=("ines.carvalho@miradouro.pt", "Inês Carvalho"),
        desc="Event Name: 30 Minute Recruiter Screen\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://slotbook.com/cancellations/5b1e\nReschedule: https://slotbook.com/reschedulings/5b1e\n\nPowered by Slotbook",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Live coding (CodeArena) – Halloway Tech",
        interview=True,
        company="Halloway Tech",
        role=None,
        org=("no-reply@codearena.dev", "CodeArena"),
        desc="Your interviewer from Halloway Tech will join the pad at the scheduled time: https://codearena.dev/pad/HT-88213",
        zone="America/New_York",
    )
    _x(
        "Ostermann Digital – Video-Interview (Candora)",
        interview=True,
        company="Ostermann Digital",
        role="Junior Projektmanager",
        org=("interviews@mail.candora.com", "Candora"),
        desc='<div>Hallo Alex,</div><div>Ostermann Digital hat Sie zu einem Video-Interview für die Stelle <b>Junior Projektmanager</b> eingeladen.</div><div><a href="https://candora.com/i/od-2231">Interview beitreten</a></div>',
        zone="Europe/Berlin",
    )
    _x(
        "Calendar hold: Panel Interview",
        interview=True,
        company="Grayhaven Studios",
        role="Senior Illustrator",
        org=("coordinator@hirelane.io", "Hirelane Coordinator"),
        desc="Company: Grayhaven Studios\nRole: Senior Illustrator\nStage: Panel (90 min)",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Scheduled: Entrevista – Alex Rivera",
        interview=True,
        company="Tierra Alta Viajes",
        role=None,
        org=("agenda@slotbook.com", "Slotbook"),
        desc="Empresa: Tierra Alta Viajes\nEntrevistadora: Carmen Ortiz\nFormato: videollamada",
        meet="meet",
        zone="America/Bogota",
    )
    _x(
        "Interview with Coral Byte is scheduled",
        interview=True,
        company="Coral Byte",
        role="DevOps Engineer",
        org=("notify@talentrail.com", "Talentrail Notifications"),
        desc="Position: DevOps Engineer\nInterviewers: Kai Nakamura, Lea Fontaine",
        conf=("Zoom Meeting", "https://coralbyte.zoom.us/j/93388001122"),
        zone="Pacific/Auckland",
    )


def _initech() -> None:
    _x(
        "Quarrystone – technical round",
        interview=True,
        company="Quarrystone",
        role=None,
        desc="Take from personal laptop, not the Initech one. Block calendar at Initech as 'appointment'.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Vellore <> Alex – phone screen",
        interview=True,
        company="Vellore",
        role=None,
        org=("recruiting@vellore.ai", "Vellore Recruiting"),
        desc="Hi Alex, sorry for using your work address – it was the one on your conference badge!",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Interview – Alex Rivera (Initech) / Dovecote",
        interview=True,
        company="Dovecote",
        role="Engineering Manager",
        org=("no-reply@hirelane.io", "Hirelane"),
        desc="Candidate: Alex Rivera\nCurrent company: Initech\nHiring company: Dovecote\nRole: Engineering Manager\nStage: Hiring manager interview",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Rhea (Linwood Talent) – Staff Engineer at Calloway Health",
        interview=True,
        company="Calloway Health",
        role="Staff Engineer",
        org=("rhea@linwoodtalent.com", "Rhea Mistry"),
        desc="Rhea found me via my Initech profile. Screening call before she submits me to Calloway Health.",
        zone="America/Chicago",
    )
    _x(
        "Interview: Backend candidate – Priya Nair",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="You are on the interview panel for this candidate. Focus area: system design. Please submit feedback in the ATS within 24h.",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Interview debrief: Priya Nair",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Exit interview – Initech HR",
        interview=False,
        company=None,
        role=None,
        org=("hr@initech.com", "Initech HR"),
        desc="Standard exit interview. Please return your laptop and badge afterwards.",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Initech all-hands Q3",
        interview=False,
        company=None,
        role=None,
        org=("ceo-office@initech.com", "Initech CEO Office"),
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Vendor demo: Hirelane ATS",
        interview=False,
        company=None,
        role=None,
        org=("talent-ops@initech.com", "Initech Talent Ops"),
        att=[person("sales@hirelane.io", "Hirelane Sales")],
        desc="Evaluating Hirelane to replace our current ATS. Alex to join for the integrations part.",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Initech x Quaywise partnership sync",
        interview=False,
        company=None,
        role=None,
        org=("bizdev@initech.com", "Initech BizDev"),
        att=[person("maya@quaywise.io", "Maya from Quaywise")],
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Busy – personal appointment",
        interview=False,
        company=None,
        role=None,
        zone="America/Chicago",
        me=WORK_ME,
    )


def _unknowable() -> None:
    _x(
        "Phone interview 2pm",
        interview=True,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Job interview!!",
        interview=True,
        company=None,
        role=None,
        loc="downtown",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Confirmation",
        interview=True,
        company=None,
        role=None,
        org=("no-reply@hirelane.io", "Hirelane"),
        desc="Your interview has been confirmed. Please join using the link below at the scheduled time.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "In-person interview",
        interview=True,
        company=None,
        role=None,
        loc="Foundry Coworking, 3rd floor, Room Elm, 45 Main St, Brooklyn",
        zone="America/New_York",
    )
    _x(
        "Technical interview – Java Developer",
        interview=True,
        company=None,
        role="Java Developer",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x90k2",
        ),
        desc=TEAMS_BOILER,
        zone="Europe/Warsaw",
    )
    _x(
        "Intro call re: Head of Data role",
        interview=True,
        company=None,
        role="Head of Data",
        org=("m.delacroix.recruits@gmail.com", "Marc Delacroix"),
        desc="Hi Alex, happy to walk you through the Head of Data opportunity I mentioned on LinkedIn.",
        zone="Europe/Paris",
    )
    _x(
        "Bewerbungsgespräch",
        interview=True,
        company=None,
        role=None,
        desc="Unterlagen mitbringen! Anzug.",
        zone="Europe/Berlin",
    )
    _x(
        "最終面接",
        interview=True,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )


def _not_interviews() -> None:
    _x(
        "Coffee with Jordan (Orvello)",
        interview=False,
        company=None,
        role=None,
        desc="catch up – she just joined Orvello's cloud team. not job related, just haven't seen her since uni",
        loc="Sightglass Coffee, 7th St",
        zone="America/Los_Angeles",
    )
    _x(
        "Lunch w/ Sam @ Bloom",
        interview=False,
        company=None,
        role=None,
        desc="Sam's showing me their new office, then lunch downstairs. Bring back the book I borrowed.",
        loc="Bloom offices, Skalitzer Str. 85, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Sales call – Thornbury renewal",
        interview=False,
        company=None,
        role=None,
        org=("accounts@initech.com", "Initech Accounts"),
        att=[person("procurement@thornbury.com", "Thornbury Procurement")],
        desc="Renewal discussion for the Thornbury enterprise licence. Alex covers the technical questions.",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Vendor demo: Kiln observability",
        interview=False,
        company=None,
        role=None,
        org=("sam.ortiz@kiln.dev", "Sam Ortiz (Kiln)"),
        desc="30-minute product demo of Kiln tracing for the Initech platform team.",
        conf=("Zoom Meeting", "https://kiln.zoom.us/j/90011223344"),
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "QBR with Marlowe Freight",
        interview=False,
        company=None,
        role=None,
        org=("csm@initech.com", "Initech Customer Success"),
        att=[person("ops@marlowefreight.nl", "Marlowe Freight Ops")],
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Podcast recording: Tidewell's 'Shipping Fast' show",
        interview=False,
        company=None,
        role=None,
        org=("podcast@tidewell.co", "Shipping Fast Podcast"),
        desc="Thanks for agreeing to be a guest! We'll talk about how your team at Initech migrated to event sourcing. Recording on Riverside.",
        zone="Europe/London",
    )
    _x(
        "Mock interview with Dana (Pike & Harrow prep)",
        interview=False,
        company=None,
        role=None,
        desc="Dana plays the partner, practise competency questions",
        zone="Europe/London",
    )
    _x(
        "Prep: Ferncastle round 2",
        interview=False,
        company=None,
        role=None,
        desc="review pairing notes, re-read their eng blog",
        zone="Europe/Dublin",
    )
    _x(
        "Webinar: How Vantorin scales Postgres",
        interview=False,
        company=None,
        role=None,
        org=("events@vantorin.com", "Vantorin Events"),
        conf=("Zoom Webinar", "https://vantorin.zoom.us/w/99887766554"),
        zone="America/Chicago",
    )
    _x(
        "Rust Berlin meetup @ Lanternfish office",
        interview=False,
        company=None,
        role=None,
        desc="Talks: async traits in practice; embedded Rust on the ESP32. Pizza sponsored by Lanternfish.",
        loc="Lanternfish, Torstraße 140, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Kaffee mit Lena (arbeitet bei Steinfeld)",
        interview=False,
        company=None,
        role=None,
        desc="einfach mal quatschen, lange nicht gesehen",
        loc="Café Kranzler",
        zone="Europe/Berlin",
    )
    _x(
        "Réunion fournisseur – Lumarel Assurances",
        interview=False,
        company=None,
        role=None,
        org=("achats@initech.com", "Initech Achats"),
        att=[person("commercial@lumarel-assurances.fr", "Lumarel Assurances – Service commercial")],
        desc="Point annuel sur le contrat d'assurance flotte.",
        zone="Europe/Paris",
        me=WORK_ME,
    )
    _x(
        "Llamada comercial con Alcaraviz",
        interview=False,
        company=None,
        role=None,
        org=("ventas@initech.com", "Initech Ventas"),
        att=[person("compras@alcaraviz.es", "Compras Alcaraviz")],
        desc="Presentación de la propuesta y resolución de dudas técnicas.",
        zone="Europe/Madrid",
        me=WORK_ME,
    )
    _x(
        "Customer onboarding – Wrenfield",
        interview=False,
        company=None,
        role=None,
        org=("onboarding@initech.com", "Initech Onboarding"),
        att=[person("it@wrenfield.com", "Wrenfield IT")],
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Drinks with the Anchor crew (Jess's farewell)",
        interview=False,
        company=None,
        role=None,
        loc="The Crown & Anchor, Hudson St",
        zone="America/New_York",
    )
    _x(
        "Reference call for Maya (she's applying to Cobaltine)",
        interview=False,
        company=None,
        role=None,
        org=("priya.raman@cobaltine.com", "Priya Raman"),
        desc="Reference check for Maya Lindgren, who listed you as a former manager. About 15 minutes.",
        zone="America/Los_Angeles",
    )
    _x(
        "Career fair – Quillfeather booth",
        interview=False,
        company=None,
        role=None,
        desc="volunteering at the Quillfeather booth for Initech's partner day, hand out swag",
        loc="Javits Center, Hall 1B",
        zone="America/New_York",
    )
    _x(
        "Pitch meeting: Initech × Sunmill",
        interview=False,
        company=None,
        role=None,
        org=("partnerships@initech.com", "Initech Partnerships"),
        att=[person("bd@sunmill.com", "Sunmill Business Development")],
        zone="America/Phoenix",
        me=WORK_ME,
    )
    _x(
        "Interview with Taylor Brooks for the Sunmill newsletter",
        interview=False,
        company=None,
        role=None,
        org=("taylor.brooks@sunmill.com", "Taylor Brooks"),
        desc="Q&A for our customer-stories newsletter about how Initech uses Sunmill. 20 minutes, we'll send the draft for approval.",
        zone="America/Phoenix",
    )
    _x(
        "Tech talk: Bloom engineering at TU Berlin",
        interview=False,
        company=None,
        role=None,
        desc="Bloom's CTO on their data stack. Open to the public.",
        loc="TU Berlin, Hörsaal H 0104",
        zone="Europe/Berlin",
    )
    _x(
        "Networking coffee – Hollins & Crane alumni",
        interview=False,
        company=None,
        role=None,
        desc="monthly alumni coffee, no agenda",
        loc="Monmouth Coffee, Borough",
        zone="Europe/London",
    )
    _x(
        "Vergadering met Koopmans Bouw (offerte)",
        interview=False,
        company=None,
        role=None,
        desc="Offerte verbouwing keuken bespreken",
        loc="thuis",
        zone="Europe/Amsterdam",
    )
    _x(
        "Spotkanie z klientem – TatraBit",
        interview=False,
        company=None,
        role=None,
        org=("handlowy@initech.com", "Initech Dział Handlowy"),
        att=[person("zakupy@tatrabit.pl", "TatraBit Zakupy")],
        zone="Europe/Warsaw",
        me=WORK_ME,
    )
    _x(
        "顧客訪問：ツバメシステムズ様",
        interview=False,
        company=None,
        role=None,
        org=("sales-jp@initech.com", "Initech 営業部"),
        desc="導入事例のヒアリング",
        loc="大阪市北区梅田2-4-9 ツバメビル 12F",
        zone="Asia/Tokyo",
        me=WORK_ME,
    )
    _x(
        "Background check fingerprinting – Brenner Bank",
        interview=False,
        company=None,
        role=None,
        desc="Fingerprint appointment required by Brenner Bank onboarding. Bring passport.",
        loc="Identogo centre, Mariahilfer Str. 40, Wien",
        zone="Europe/Vienna",
    )
    _x(
        "Watch 'The Interview' with Sam",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Study group – system design interviews",
        interview=False,
        company=None,
        role=None,
        desc="chapter 7: designing a rate limiter",
        zone="America/New_York",
    )
    _x(
        "Interview coaching session w/ Priya (career coach)",
        interview=False,
        company=None,
        role=None,
        desc="STAR stories for leadership questions",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Book club: Interview with the Vampire",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Dentist",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Hackathon judging at Kestrelwood",
        interview=False,
        company=None,
        role=None,
        desc="Judging the student hackathon Kestrelwood hosts every spring. Alex is a judge.",
        loc="Kestrelwood, 311 W Monroe St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Mentoring session – Anna (student, wants to work at Harvest)",
        interview=False,
        company=None,
        role=None,
        desc="She asked for CV feedback before applying to Harvest.",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Pranzo con Giulia (Verdemare)",
        interview=False,
        company=None,
        role=None,
        desc="pranzo tra amici",
        loc="Trattoria da Mario",
        zone="Europe/Rome",
    )
    _x(
        "Demo de producto – Nubaria para Initech",
        interview=False,
        company=None,
        role=None,
        org=("ventas@nubaria.mx", "Ventas Nubaria"),
        desc="Demostración de la plataforma de Nubaria para el equipo de datos de Initech.",
        meet="meet",
        zone="America/Mexico_City",
        me=WORK_ME,
    )
    _x(
        "Call with Ashgrove Bank – mortgage advisor",
        interview=False,
        company=None,
        role=None,
        org=("appointments@ashgrovebank.com.au", "Ashgrove Bank Appointments"),
        desc="Your home loan appointment with a mortgage specialist. Please have your payslips ready.",
        zone="Australia/Melbourne",
    )
    _x(
        "Panel discussion: Data in Retail (speakers from Tessellate & Bloom)",
        interview=False,
        company=None,
        role=None,
        desc="Evening panel + drinks. Registered via the meetup page.",
        loc="Impact Hub, Boston",
        zone="America/New_York",
    )
    _x(
        "Lunch & learn: Brightwater Labs API",
        interview=False,
        company=None,
        role=None,
        org=("devrel@brightwaterlabs.com", "Brightwater Labs DevRel"),
        desc="Brightwater's developer relations team walks Initech engineers through the new API. Lunch provided.",
        zone="America/Chicago",
        me=WORK_ME,
    )
    _x(
        "Cita en Tierra Alta Viajes – reservar vacaciones",
        interview=False,
        company=None,
        role=None,
        desc="cerrar el viaje a Cartagena, llevar pasaportes",
        loc="Tierra Alta Viajes, Calle 93 #11-26, Bogotá",
        zone="America/Bogota",
    )
