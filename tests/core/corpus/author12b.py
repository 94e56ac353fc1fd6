# ruff: noqa: E501 -- data: event texts as written
"""Calendar training events by an independent author (round 12, author12b).

Emphasis: interviews that are easy to miss and non-interviews that are easy to
mistake for one.

Interviews: entries the user typed in a hurry (first name + company, emoji,
"call w/", "HM", "round 2", "final!!"), entries in the user's own language
(Probearbeiten, entretien, entrevista, colloquio, gesprek, rozmowa, 面接, 면접,
面试, mülakat, pohovor, intervju, haastattelu, собеседование, συνέντευξη ...),
selection steps that never say "interview" (coffee with the hiring manager,
site visit, trial shift, case presentation, meet-the-team lunch, agency
recruiter call, assessment day, teaching demo, pairing session), invitations
created on the employer's calendar whose title is only a name pair, and
events whose description is empty.

Non-interviews sharing the vocabulary: the user interviewing candidates at
Initech (work calendar), Initech internal meetings (1:1s, annual reviews,
exit/stay interviews, customer site visits, vendor demos), informational
interviews and networking coffees, mentoring, mock and practice interviews,
podcasts, press and research interviews, visa/citizenship/school admission
interviews and other official "gesprek/rozmowa/colloquio" appointments, a
friend's interview the user helps with, and job-search admin entries that
name a company or role (deadlines, applications, offers, meetup talks).

17 languages in Latin, CJK, Hangul, Cyrillic and Greek scripts.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author12b", **kw)


def build() -> None:
    _hurried_own_entries()
    _own_language_entries()
    _never_says_interview()
    _employer_name_pair_invites()
    _bare_descriptionless_invites()
    _user_is_the_interviewer()
    _initech_internal()
    _informational_and_networking()
    _mentoring_mock_practice()
    _media_research_podcast()
    _visa_admission_official()
    _friends_interviews()
    _job_search_admin_mentions()


# ---------------------------------------------------------------------------
# Interviews the user typed in a hurry
# ---------------------------------------------------------------------------


def _hurried_own_entries() -> None:
    _x(
        "call w/ Lena (Oakhollow recruiter)",
        interview=True,
        company="Oakhollow",
        role=None,
        zone="America/New_York",
    )
    _x(
        "🤞 Brightwater final!!",
        interview=True,
        company="Brightwater",
        role=None,
        loc="Brightwater HQ, 220 Dock St, 4th floor",
        zone="America/New_York",
    )
    _x(
        "HM chat – Tomas / Verdant Loop",
        interview=True,
        company="Verdant Loop",
        role="Senior Platform Engineer",
        desc="Tomas manages the platform team. role: Senior Platform Engineer\nask: on-call rotation? team size? why is the role open",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Quillstone round 2 (tech)",
        interview=True,
        company="Quillstone",
        role=None,
        desc="60 min w/ 2 engineers. live coding in their own editor, not leetcode apparently. have water + charger",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "💼 Kestrel Labs – Priya 30min",
        interview=True,
        company="Kestrel Labs",
        role=None,
        desc="recruiter screen, she found me on LinkedIn\n- salary range??\n- remote or hybrid\n- visa sponsorship not needed",
        zone="Europe/London",
    )
    _x(
        "chat w Marco @ Fennwick re PM role",
        interview=True,
        company="Fennwick",
        role="Product Manager, Payments",
        desc="Marco = hiring mgr for the Product Manager, Payments opening. 45 min, he sends the zoom",
        zone="Europe/Dublin",
    )
    _x(
        "tech screen!! Halcyra",
        interview=True,
        company="Halcyra",
        role=None,
        conf=("Zoom Meeting", "https://halcyra.zoom.us/j/83104477215"),
        zone="America/Chicago",
    )
    _x(
        "intv - Dunmore Logistics (warehouse supervisor)",
        interview=True,
        company="Dunmore Logistics",
        role="Warehouse Supervisor",
        loc="Dunmore Logistics, Unit 7 Ferry Road Industrial Estate",
        zone="Europe/London",
    )
    _x(
        "final round w/ CEO – Saltmarsh",
        interview=True,
        company="Saltmarsh",
        role=None,
        loc="Saltmarsh, 18 Canal Row, 2nd floor",
        zone="Europe/London",
    )
    _x(
        "Tallis – Jordan (recruiter) re Data Engineer",
        interview=True,
        company="Tallis",
        role="Data Engineer",
        zone="America/Denver",
    )
    _x(
        "panel @ Norhaven 10-1 🙏",
        interview=True,
        company="Norhaven",
        role=None,
        loc="Norhaven, 55 Wharf Street, Level 3",
        desc="4 ppl back to back. lunch with the team in the middle?? bring printed CV x4",
        zone="Australia/Sydney",
    )
    _x(
        "Ruth from Copperline - 2nd convo",
        interview=True,
        company="Copperline",
        role=None,
        desc="2nd stage, her + the design lead. portfolio walkthrough ~20 min then questions",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "take-home review w/ Ardent team",
        interview=True,
        company="Ardent",
        role=None,
        zone="America/Los_Angeles",
    )
    _x(
        "Screening Mirova 15:00",
        interview=True,
        company="Mirova",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "onsite pt 2 – Glasswing (system design)",
        interview=True,
        company="Glasswing",
        role=None,
        loc="Glasswing, 400 Harrison St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Sofia / Larchmont – final!!",
        interview=True,
        company="Larchmont",
        role=None,
        desc="last one!!! Head of Eng + VP Product. wear the blue shirt. questions doc in drive",
        zone="America/New_York",
    )
    _x(
        "📞 recruiter – Ellison Health, Clinical Data Analyst",
        interview=True,
        company="Ellison Health",
        role="Clinical Data Analyst",
        zone="America/Chicago",
    )
    _x(
        "Kiona Systems phone screen (moved)",
        interview=True,
        company="Kiona Systems",
        role=None,
        desc="moved from Tue, recruiter is Abby. she'll call my mobile",
        my_status="tentative",
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------------------
# Interviews written in the user's own language
# ---------------------------------------------------------------------------


def _own_language_entries() -> None:
    _x(
        "Probearbeiten Café Lindgrün",
        interview=True,
        company="Café Lindgrün",
        role=None,
        desc="9–15 Uhr, schwarze Hose + feste Schuhe. Nach Frau Albers fragen.",
        loc="Café Lindgrün, Bergmannstraße 41, 10961 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Nordlicht Energie – Werkstudent Data",
        interview=True,
        company="Nordlicht Energie",
        role="Werkstudent Data",
        loc="Nordlicht Energie, Am Sandtorkai 12, Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "2. Gespräch mit Hr. Brandt (Kessler & Voss)",
        interview=True,
        company="Kessler & Voss",
        role="Controller",
        desc="Fachgespräch, Stelle: Controller\nZeugnisse mitnehmen, Gehaltsvorstellung 62k",
        zone="Europe/Berlin",
    )
    _x(
        "entretien Maison Carvel 14h",
        interview=True,
        company="Maison Carvel",
        role="Chargée de communication",
        desc="Poste : chargée de communication. Demander Mme Roux à l'accueil, 3e étage.",
        loc="12 rue des Tanneurs, 69002 Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH – Solvane",
        interview=True,
        company="Solvane",
        role=None,
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "entrevista Grupo Almadén – analista financiero",
        interview=True,
        company="Grupo Almadén",
        role="Analista financiero",
        loc="Paseo de la Castellana 98, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica 🧑‍💻 Tecnova",
        interview=True,
        company="Tecnova",
        role=None,
        desc="con dos del equipo de backend, 1h. repasar SQL y colas",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tecnova_4471",
        ),
        zone="America/Mexico_City",
    )
    _x(
        "colloquio Ferraresi Design",
        interview=True,
        company="Ferraresi Design",
        role=None,
        desc="con Giulia (HR) + il responsabile UX. portare il portfolio stampato!",
        loc="Via Tortona 27, Milano",
        zone="Europe/Rome",
    )
    _x(
        "gesprek Van Dijk Installatietechniek",
        interview=True,
        company="Van Dijk Installatietechniek",
        role="Projectleider",
        desc="tweede gesprek, functie: projectleider. vragen naar leaseauto en thuiswerkdagen",
        loc="Industrieweg 14, Amersfoort",
        zone="Europe/Amsterdam",
    )
    _x(
        "rozmowa Wektor Soft – junior QA",
        interview=True,
        company="Wektor Soft",
        role="Junior QA",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa kwalifikacyjna – Polmarket, etap 2",
        interview=True,
        company="Polmarket",
        role=None,
        desc="z kierownikiem działu zakupów. ul. Grochowska 210, recepcja na parterze",
        zone="Europe/Warsaw",
    )
    _x(
        "面接（一次）ミナト精機",
        interview=True,
        company="ミナト精機",
        role="生産技術エンジニア",
        desc="職種：生産技術エンジニア\n持ち物：履歴書・職務経歴書\n受付で人事部の田中さんを呼ぶ",
        loc="ミナト精機 本社 横浜市港北区新横浜2-5-14",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 🙏 ソラリス",
        interview=True,
        company="ソラリス",
        role=None,
        org=("saiyo@solaris-kk.jp", "ソラリス 採用担当"),
        att=[person("k.ishida@solaris-kk.jp", "石田 健")],
        zone="Asia/Tokyo",
    )
    _x(
        "면접 - 한빛데이터 (백엔드 개발자)",
        interview=True,
        company="한빛데이터",
        role="백엔드 개발자",
        loc="서울 강남구 테헤란로 311, 8층",
        zone="Asia/Seoul",
    )
    _x(
        "2차 면접 누리솔루션",
        interview=True,
        company="누리솔루션",
        role=None,
        desc="임원 면접. 정장, 포트폴리오 지참",
        zone="Asia/Seoul",
    )
    _x(
        "面试 星河科技 产品经理",
        interview=True,
        company="星河科技",
        role="产品经理",
        desc="二面，业务负责人。准备一个做过的项目复盘",
        zone="Asia/Shanghai",
    )
    _x(
        "视频面试 - 蓝鲸物流（HR面）",
        interview=True,
        company="蓝鲸物流",
        role=None,
        zone="Asia/Shanghai",
    )
    _x(
        "mülakat – Atlas Yazılım",
        interview=True,
        company="Atlas Yazılım",
        role="Backend Developer",
        desc="Backend Developer pozisyonu, 2. tur. teknik ekip lideri ile",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "İş görüşmesi: Kervan Lojistik",
        interview=True,
        company="Kervan Lojistik",
        role=None,
        loc="Kervan Lojistik, Tuzla OSB, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "pohovor Brněnské strojírny",
        interview=True,
        company="Brněnské strojírny",
        role="Konstruktér",
        desc="pozice: konstruktér, 2. kolo. vzít portfolio výkresů",
        loc="Brněnské strojírny, Hněvkovského 65, Brno",
        zone="Europe/Prague",
    )
    _x(
        "intervju Fjellvik AB – UX designer",
        interview=True,
        company="Fjellvik AB",
        role="UX designer",
        zone="Europe/Stockholm",
    )
    _x(
        "haastattelu Revontuli Oy",
        interview=True,
        company="Revontuli Oy",
        role="Ohjelmistokehittäjä",
        desc="Tehtävä: ohjelmistokehittäjä. Haastattelijat: tiiminvetäjä + HR",
        zone="Europe/Helsinki",
    )
    _x(
        "entrevista Lojas Aurora – gerente de loja",
        interview=True,
        company="Lojas Aurora",
        role="Gerente de loja",
        loc="Shopping Vila Nova, piso 2, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "собеседование – Северный Код",
        interview=True,
        company="Северный Код",
        role="Python-разработчик",
        desc="вакансия: Python-разработчик. техническое, 1.5 часа, с тимлидом",
        zone="Europe/Moscow",
    )
    _x(
        "συνέντευξη – Αιγαίον Τεχνολογίες",
        interview=True,
        company="Αιγαίον Τεχνολογίες",
        role=None,
        loc="Λεωφ. Κηφισίας 112, Αθήνα",
        zone="Europe/Athens",
    )
    _x(
        "Entrevista final – Vinícola Serra Alta",
        interview=True,
        company="Vinícola Serra Alta",
        role="Enólogo assistente",
        desc="vaga: enólogo assistente. conversa com o diretor técnico + visita à adega",
        zone="America/Sao_Paulo",
    )


# ---------------------------------------------------------------------------
# Selection steps that never use the word "interview"
# ---------------------------------------------------------------------------


def _never_says_interview() -> None:
    _x(
        "Coffee with Priya Anand – Lumenfield",
        interview=True,
        company="Lumenfield",
        role="Staff Product Designer",
        org=("priya.anand@lumenfield.com", "Priya Anand"),
        desc="Hi Alex, looking forward to meeting! As the hiring manager for the Staff Product Designer role I'd love to hear more about your design systems work before we set up the rest of the loop. Coffee's on me. — Priya",
        loc="Bluebird Coffee, 14 Linden Ave",
        zone="America/New_York",
    )
    _x(
        "Site visit – Kolbe Fertigung plant",
        interview=True,
        company="Kolbe Fertigung",
        role="Production Engineer",
        org=("recruiting@kolbe-fertigung.de", "Kolbe Fertigung Recruiting"),
        desc="Dear Alex, as the next step for the Production Engineer position we invite you to visit our plant: tour of line 3, meeting the shift leads and a Q&A with our plant manager. Please bring safety shoes if you have them.",
        loc="Kolbe Fertigung GmbH, Werk 2, Industriestraße 8, 73430 Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Trial shift – Osteria Fiore",
        interview=True,
        company="Osteria Fiore",
        role="Line Cook",
        desc="Chef Dario wants to see me on the line for Fri dinner service (line cook spot). bring knives + non-slip shoes. paid shift",
        loc="Osteria Fiore, 9 Market Lane",
        zone="Europe/London",
    )
    _x(
        "Case presentation – Meridian Partners",
        interview=True,
        company="Meridian Partners",
        role="Associate",
        org=("events@meridianpartners.com", "Meridian Partners Recruiting"),
        desc="You will present your market-entry case (20 min) to two partners, followed by 25 minutes of questions. This is the final stage of the Associate, Strategy selection process.",
        loc="Meridian Partners, 1 Cornhill Place, London",
        zone="Europe/London",
    )
    _x(
        "Meet the team lunch @ Pelican Studio",
        interview=True,
        company="Pelican Studio",
        role=None,
        desc="last step per Marta: lunch w/ the motion design team. 'informal' but they all weigh in. don't order spaghetti",
        loc="Pelican Studio, 3 Greer Street",
        zone="America/Los_Angeles",
    )
    _x(
        "Call with Hannah (Redwell Talent) – Senior Data Scientist opportunity",
        interview=True,
        company="Corvid Analytics",
        role="Senior Data Scientist",
        org=("hannah.frost@redwelltalent.com", "Hannah Frost"),
        desc="Hi Alex, thanks for sending your CV. As mentioned, my client Corvid Analytics is hiring a Senior Data Scientist (fully remote, UK hours). Keen to run through your background and check fit before I put you forward. Speak soon, Hannah\n\nHannah Frost | Senior Consultant | Redwell Talent",
        zone="Europe/London",
    )
    _x(
        "Intro call – Jess @ Brightline Search re VP Engineering (client confidential)",
        interview=True,
        company=None,
        role="VP Engineering",
        desc="exec search firm, client is a Series C fintech, she won't say who until 2nd call",
        zone="America/New_York",
    )
    _x(
        "Assessment Day – Harrowgate Bank",
        interview=True,
        company="Harrowgate Bank",
        role="Graduate Analyst",
        org=("graduates@harrowgatebank.co.uk", "Harrowgate Bank Early Careers"),
        desc="Graduate Analyst Programme – Assessment Day\n09:00 Welcome\n09:30 Group exercise\n11:00 Written case\n13:30 Presentation\n14:30 One-to-one with a senior manager\nPlease bring photo ID.",
        loc="Harrowgate Bank, 40 Queen Victoria Street, London",
        zone="Europe/London",
    )
    _x(
        "Pairing session with Orbitkeep engineers",
        interview=True,
        company="Orbitkeep",
        role="Backend Engineer",
        org=("talent@orbitkeep.dev", "Orbitkeep Talent"),
        desc="<p>Hi Alex,</p><p>For the next step in the <b>Backend Engineer</b> process you'll pair for 90 minutes with two of our engineers on a real (sanitised) ticket. No prep needed, use whatever language you like.</p>",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Portfolio review – Juniper & Co",
        interview=True,
        company="Juniper & Co",
        role="Senior Designer",
        desc="Senior Designer role. 45 min, walk the creative director through 2 projects (rebrand + app). keep each under 15 min",
        zone="Europe/London",
    )
    _x(
        "Walk & talk with Ben (Thistle)",
        interview=True,
        company="Thistle",
        role="Founding Engineer",
        desc="Ben (CEO) wants to meet in person before they make a decision on the founding engineer spot. meet at the park entrance on 5th",
        zone="America/New_York",
    )
    _x(
        "Teaching demo – Westbrook Academy",
        interview=True,
        company="Westbrook Academy",
        role="Maths Teacher",
        org=("hr@westbrookacademy.org.uk", "Westbrook Academy HR"),
        desc="As part of your application for the Maths Teacher post you will teach a 20-minute lesson to a Year 9 group, followed by a conversation with the Head of Department and a member of the senior leadership team.",
        loc="Westbrook Academy, Mill Road, Reading",
        zone="Europe/London",
    )
    _x(
        "Ride-along – Halden Medical",
        interview=True,
        company="Halden Medical",
        role="Territory Sales Representative",
        desc="final step for the Territory Sales Representative role: day in the field with Greg (territory mgr), 3 hospital visits. business casual",
        zone="America/Chicago",
    )
    _x(
        "Working session: pricing case w/ Ostara",
        interview=True,
        company="Ostara",
        role="Pricing Analyst",
        org=("mia.cho@ostara.com", "Mia Cho"),
        desc="Hi Alex – this is the live case for the Pricing Analyst role. I'll share a small dataset 10 minutes before; we'll work through it together. Spreadsheet of your choice is fine. Mia (Head of Pricing)",
        conf=("Zoom Meeting", "https://ostara.zoom.us/j/91230045812"),
        zone="America/New_York",
    )
    _x(
        "Culture conversation – Fernhill",
        interview=True,
        company="Fernhill",
        role="Customer Success Manager",
        org=("no-reply@ashbyhq.com", "Fernhill via Ashby"),
        att=[
            person("theo.marsh@fernhill.io", "Theo Marsh"),
            person("recruiting@fernhill.io", "Fernhill Recruiting"),
        ],
        desc="Culture conversation for the Customer Success Manager position at Fernhill.\nInterviewers: Theo Marsh\nJoin: see conferencing details.",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Café con Lucía (Ondina Seguros)",
        interview=True,
        company="Ondina Seguros",
        role="Actuario junior",
        desc="Es la responsable del equipo de actuariado; quiere conocerme antes de la ronda formal para el puesto de actuario junior. Llevar CV impreso.",
        loc="Café Comercial, Glorieta de Bilbao",
        zone="Europe/Madrid",
    )
    _x(
        "Schnuppertag bei Holzwerk Aigner",
        interview=True,
        company="Holzwerk Aigner",
        role="Schreiner",
        desc="Schnuppertag für die Stelle als Schreiner. 7:00 Beginn, Arbeitskleidung mitbringen. Chef: Hr. Aigner jun.",
        loc="Holzwerk Aigner, Gewerbepark 3, 6850 Dornbirn",
        zone="Europe/Vienna",
    )
    _x(
        "Journée d'immersion – Atelier Beaumont",
        interview=True,
        company="Atelier Beaumont",
        role=None,
        desc="journée à l'atelier avec l'équipe avant la décision finale. tenue de travail, 8h30",
        loc="Atelier Beaumont, 7 impasse des Lilas, Nantes",
        zone="Europe/Paris",
    )
    _x(
        "Informal chat – Senior Copywriter",
        interview=True,
        company="Paperkite",
        role="Senior Copywriter",
        org=("hello@paperkite.agency", "Paperkite"),
        att=[person("rosie@paperkite.agency", "Rosie Hale")],
        zone="Europe/London",
    )
    _x(
        "Bar trial – The Copper Kettle",
        interview=True,
        company="The Copper Kettle",
        role=None,
        desc="2hr trial behind the bar with Siobhan, Sat 6pm",
        zone="Europe/Dublin",
    )


# ---------------------------------------------------------------------------
# Invitations created on the employer's calendar, title = names only
# ---------------------------------------------------------------------------


def _employer_name_pair_invites() -> None:
    _x(
        "Alex Rivera <> Jonas Weber",
        interview=True,
        company="Ferrowind",
        role=None,
        org=("jonas.weber@ferrowind.de", "Jonas Weber"),
        att=[person("recruiting@ferrowind.de", "Ferrowind Recruiting", optional=True)],
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera / Mei Tanaka",
        interview=True,
        company="Cobalt Reef",
        role="Solutions Architect",
        org=("scheduling@cobaltreef.io", "Cobalt Reef Recruiting"),
        att=[person("mei.tanaka@cobaltreef.io", "Mei Tanaka")],
        desc="Interview type: Hiring Manager\nPosition: Solutions Architect\nDuration: 45 minutes\n\nNeed to reschedule? Reply to this email and our coordinator will help.",
        conf=("Zoom Meeting", "https://cobaltreef.zoom.us/j/95512093377"),
        zone="America/Los_Angeles",
    )
    _x(
        "Alex + Devika",
        interview=True,
        company="Pinegrove Health",
        role=None,
        org=("devika.rao@pinegrovehealth.com", "Devika Rao (Pinegrove Health)"),
        att=[person("talent@pinegrovehealth.com", "Pinegrove Health Talent")],
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Rivera, Alex - Okafor, Chidi",
        interview=True,
        company="Harlow Bank",
        role=None,
        org=("chidi.okafor@harlowbank.co.uk", "Okafor, Chidi"),
        att=[person("recruitment@harlowbank.co.uk", "Harlow Bank Recruitment", optional=True)],
        desc='________________________________________________________________________________<br><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_hb88201">Click here to join the meeting</a><br>Meeting ID: 318 402 771 905<br>Passcode: 7HqZ2v<br>________________________________________________________________________________',
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hb88201",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera and Sam Ortiz",
        interview=True,
        company="Tidewater Labs",
        role="Staff Engineer",
        org=("sam.ortiz@tidewaterlabs.com", "Sam Ortiz"),
        desc="Looking forward to chatting about the Staff Engineer role on the storage team! — Sam, Engineering Manager, Tidewater Labs",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex <> Ines (Marlow)",
        interview=True,
        company="Marlow",
        role=None,
        org=("ines@marlow.app", "Ines Duarte"),
        att=[person("people@marlow.app", "Marlow People Team")],
        conf=("Zoom Meeting", "https://marlow.zoom.us/j/81177402236"),
        zone="Europe/Lisbon",
    )
    _x(
        "Jun Park & Alex Rivera",
        interview=True,
        company="Gradient Rail",
        role="ML Engineer, Ranking",
        org=("jun.park@gradientrail.com", "Jun Park"),
        att=[person("recruiting@gradientrail.com", "Gradient Rail Recruiting")],
        desc="<p><strong>Technical deep dive</strong></p><p>Role: ML Engineer, Ranking</p><p>Interviewer: Jun Park (Tech Lead)</p><p>Please have a past project ready to discuss in depth.</p>",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera x Olumide",
        interview=True,
        company="Kasava Foods",
        role=None,
        org=("olumide.bello@kasavafoods.com", "Olumide Bello (Kasava Foods)"),
        att=[person("careers@kasavafoods.com", "Kasava Foods Careers")],
        zone="Africa/Lagos",
    )
    _x(
        "Anna Lindqvist / Alex Rivera",
        interview=True,
        company="Fjordbyte",
        role="Backend-utvecklare",
        org=("anna.lindqvist@fjordbyte.se", "Anna Lindqvist"),
        desc="Hej Alex! Intervju för tjänsten som Backend-utvecklare. Vi ses på Teams. Hälsningar, Anna (rekryterare, Fjordbyte)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fjb2210",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Alex Rivera – Camille Dubois",
        interview=True,
        company="Lumière Conseil",
        role="Consultant Data",
        org=("camille.dubois@lumiere-conseil.fr", "Camille Dubois"),
        desc="Bonjour Alex,\nEntretien pour le poste de Consultant Data, 45 min avec moi puis 15 min avec un manager.\nBien cordialement,\nCamille Dubois – Chargée de recrutement, Lumière Conseil",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Alex Rivera & Kenji Mori",
        interview=True,
        company="Aozora Games",
        role=None,
        org=("kenji.mori@aozora-games.jp", "Kenji Mori"),
        att=[person("recruit@aozora-games.jp", "Aozora Games 採用チーム")],
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Alex / Priyanka — 30 min",
        interview=True,
        company="Helios Grid",
        role="Energy Analyst",
        org=("priyanka.rao@heliosgrid.energy", "Priyanka Rao"),
        desc="Hi Alex – quick intro call from the Helios Grid talent team about the Energy Analyst role. I'll call you on the number on your CV.",
        zone="Asia/Kolkata",
    )
    _x(
        "Marek Novák | Alex Rivera",
        interview=True,
        company="Vltava Digital",
        role="Frontend Developer",
        org=("marek.novak@vltavadigital.cz", "Marek Novák"),
        desc="Pohovor – pozice Frontend Developer. 1. kolo s HR a tech leadem.",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Alex Rivera / Yusuf Demir",
        interview=True,
        company="Bosphorus Pay",
        role=None,
        org=("yusuf.demir@bosphoruspay.com.tr", "Yusuf Demir"),
        att=[person("ik@bosphoruspay.com.tr", "Bosphorus Pay İK")],
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Alex Rivera <> Sablewood hiring team",
        interview=True,
        company="Sablewood",
        role="Brand Manager",
        org=("calendar-notification@calendly.com", None),
        att=[person("talent@sablewood.co", "Sablewood Talent")],
        desc="Event Name: Brand Manager – first conversation\nLocation: This is a Google Meet web conference.\nNeed to make changes to this event? Cancel or reschedule via the link in your confirmation email.\nPowered by Calendly.com",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera ↔ 박지훈",
        interview=True,
        company="누리솔루션",
        role=None,
        org=("jihoon.park@nurisolution.co.kr", "박지훈 (누리솔루션 인사팀)"),
        desc="1차 실무 면접 안내드립니다. 약 40분 소요 예정입니다.",
        meet="meet",
        zone="Asia/Seoul",
    )


# ---------------------------------------------------------------------------
# Employer invites with generic titles and an empty description
# ---------------------------------------------------------------------------


def _bare_descriptionless_invites() -> None:
    _x(
        "Interview - Alex Rivera - Product Analyst",
        interview=True,
        company="Saffron Bay",
        role="Product Analyst",
        org=("recruiting@saffronbay.com", "Saffron Bay Recruiting"),
        zone="America/Chicago",
    )
    _x(
        "Phone screen",
        interview=True,
        company="Hollowpeak",
        role=None,
        org=("careers@hollowpeak.io", "Hollowpeak Careers"),
        att=[person("nina.bright@hollowpeak.io", "Nina Bright")],
        zone="America/Denver",
    )
    _x(
        "Technical Interview (Round 2)",
        interview=True,
        company="Ironbark",
        role=None,
        org=("talent@ironbark.dev", "Ironbark Talent"),
        att=[
            person("omar@ironbark.dev", "Omar Haddad"),
            person("lise@ironbark.dev", "Lise Berg"),
        ],
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Final round",
        interview=True,
        company="Wrenfield",
        role=None,
        org=("people@wrenfield.co", "Wrenfield People Team"),
        loc="Wrenfield, 9 Harbour Lane, Bristol",
        zone="Europe/London",
    )
    _x(
        "Hiring Manager Screen - Alex R.",
        interview=True,
        company="Copperfox",
        role=None,
        org=("maya.ross@copperfox.com", "Maya Ross"),
        conf=("Zoom Meeting", "https://copperfox.zoom.us/j/87720931154"),
        zone="America/New_York",
    )
    _x(
        "System Design",
        interview=True,
        company="Nimbus Rail",
        role=None,
        org=("interviews@nimbusrail.com", None),
        att=[person("d.okoro@nimbusrail.com", "Daniel Okoro")],
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Values interview",
        interview=True,
        company="Bramble Pay",
        role=None,
        org=("people@bramblepay.com", "Bramble People"),
        att=[person("ayo@bramblepay.com", "Ayo Adeyemi")],
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Onsite: Alex Rivera",
        interview=True,
        company="Vantage Point Health",
        role=None,
        org=("coordinator@vantagepointhealth.com", "Recruiting Coordinator"),
        loc="Vantage Point Health, 600 Boylston St, Boston",
        zone="America/New_York",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Rosemere Hotels",
        role=None,
        org=("hr@rosemerehotels.com", "Rosemere Hotels HR"),
        loc="Rosemere Grand, 2 Quay Street, front desk",
        zone="Europe/Dublin",
    )
    _x(
        "Behavioural – Alex Rivera",
        interview=True,
        company="Tangent Works",
        role=None,
        org=("recruiting@tangentworks.com", "Tangent Works Recruiting"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tw5512",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Alex R – Loop 1/3",
        interview=True,
        company="Quarry Lane",
        role=None,
        org=("loops@quarrylane.com", "Quarry Lane Recruiting"),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Intro call: Alex Rivera x Moss & Finch (Head of Ops)",
        interview=True,
        company="Moss & Finch",
        role="Head of Ops",
        org=("talent@mossandfinch.com", "Moss & Finch Talent"),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Recruiter call",
        interview=True,
        company="Lattice Row",
        role=None,
        org=("emma.king@latticerow.com", "Emma King"),
        att=[person("recruiting@latticerow.com", "Lattice Row Recruiting", optional=True)],
        zone="America/Chicago",
    )
    _x(
        "Gespräch Alex Rivera",
        interview=True,
        company="Stadtwerke Lindau",
        role=None,
        org=("personal@stadtwerke-lindau.de", "Stadtwerke Lindau Personalabteilung"),
        loc="Stadtwerke Lindau, Verwaltungsgebäude, Raum 2.14",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatie Alex Rivera",
        interview=True,
        company="Hoogland Zorg",
        role=None,
        org=("werving@hooglandzorg.nl", "Hoogland Zorg Werving & Selectie"),
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------------------
# NOT interviews: the user is the interviewer (work calendar)
# ---------------------------------------------------------------------------


def _user_is_the_interviewer() -> None:
    _x(
        "Interview: Priya Shah – Backend Engineer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("priya.shah.dev@gmail.com", "Priya Shah")],
        desc="You are the interviewer for the System Design portion. Please submit your scorecard in Greenhouse within 24h.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Phone screen – candidate Jordan Miles",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.miles@outlook.com", "Jordan Miles")],
        desc="Candidate: Jordan Miles\nRole: Data Analyst II\nInterviewer: Alex Rivera\nResume attached in Greenhouse.",
        zone="America/New_York",
    )
    _x(
        "Panel: Data Analyst candidate (Lukas B.)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        att=[
            person("sara.diaz@initech.com", "Sara Diaz"),
            person("lukas.brenner@gmail.com", "Lukas Brenner"),
        ],
        loc="Initech HQ – Room Tesla (3F)",
        zone="America/New_York",
    )
    _x(
        "Vorstellungsgespräch führen: Frau Yılmaz (Werkstudentin)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Ich + Thomas. Bewerbungsunterlagen im Personio. Fragen vorher abstimmen.",
        loc="Initech Berlin, Besprechungsraum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "面接官：中途採用 二次面接（候補者：佐藤様）",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("saiyo@initech.com", "Initech 採用チーム"),
        desc="面接官：Alex Rivera、山本\n評価シートは面接後24時間以内に提出してください。",
        zone="Asia/Tokyo",
    )
    _x(
        "Entretien candidat – stage marketing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="je fais l'entretien avec Claire. CV de la candidate dans le drive RH",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista a candidato – soporte N2",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talento@initech.com", "Initech Talento"),
        desc="Entrevistador: Alex Rivera. Candidato: Diego Paredes. Evaluación en el ATS.",
        zone="America/Mexico_City",
    )
    _x(
        "Hiring committee – SRE loop",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Review feedback for 3 SRE candidates. Come with your scorecards filled in.",
        zone="America/New_York",
    )
    _x(
        "Interview debrief: Chen Wei",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[
            person("morgan.lee@initech.com", "Morgan Lee"),
            person("sara.diaz@initech.com", "Sara Diaz"),
        ],
        zone="America/New_York",
    )
    _x(
        "Alex Rivera <> Hannah Cole – take-home review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("hannah.cole@protonmail.com", "Hannah Cole")],
        desc="Candidate walks you through her take-home submission (Frontend Engineer). Interviewer: Alex Rivera.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Campus recruiting day – Initech booth",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        all_day=True,
        loc="Eastfield University, Student Union Hall",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# NOT interviews: Initech internal
# ---------------------------------------------------------------------------


def _initech_internal() -> None:
    _x(
        "Alex / Morgan 1:1",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        zone="America/New_York",
    )
    _x(
        "Mitarbeitergespräch Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("thomas.keller@initech.com", "Thomas Keller"),
        desc="Jahresgespräch: Ziele 2024, Weiterbildung, Gehalt.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("claire.morel@initech.com", "Claire Morel"),
        desc="Entretien annuel d'évaluation. Merci de remplir l'auto-évaluation avant.",
        zone="Europe/Paris",
    )
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Confidential exit conversation with HR. Please return your laptop and badge afterwards.",
        zone="America/New_York",
    )
    _x(
        "Stay interview (HR pilot)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People"),
        desc="We're piloting stay interviews: 30 min about what keeps you at Initech and what would make you leave.",
        zone="America/New_York",
    )
    _x(
        "Site visit – Hallam Foods (customer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Initech rollout check with their ops team. Bring demo laptop.",
        loc="Hallam Foods distribution centre, 12 Kiln Way",
        zone="Europe/London",
    )
    _x(
        "Alex Rivera <> Tom Becker",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tom.becker@vendrix.io", "Tom Becker"),
        desc="Intro to Vendrix observability for the Initech platform team – 20 min demo + pricing.",
        conf=("Zoom Meeting", "https://vendrix.zoom.us/j/82251190034"),
        zone="America/New_York",
    )
    _x(
        "Career conversation with Morgan",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Growth plan, staff-level expectations, possible move to the Payments team.",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# NOT interviews: informational interviews and networking
# ---------------------------------------------------------------------------


def _informational_and_networking() -> None:
    _x(
        "Coffee w/ Sam (Brightwater) – informational",
        interview=False,
        company=None,
        role=None,
        desc="not applying, just want to understand how their data team is structured + what tooling they use",
        loc="Ground Floor Coffee, 8 Pier Rd",
        zone="America/New_York",
    )
    _x(
        "Informational interview – Leah Kim, UX Research @ Northbeam",
        interview=False,
        company=None,
        role=None,
        desc="I asked her for 20 min about moving into UX research. not a job convo, no openings. thank her after!",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Kaffee mit Jonas (ex-Kollege, jetzt bei Ferrowind)",
        interview=False,
        company=None,
        role=None,
        desc="einfach quatschen, wie es ihm dort geht",
        loc="Café Einstein, Kurfürstenstraße",
        zone="Europe/Berlin",
    )
    _x(
        "LinkedIn coffee chat – Mateo (Tecnova)",
        interview=False,
        company=None,
        role=None,
        desc="he reached out after my dbt post, wants to swap notes on data contracts",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Café con Lucía (exjefa) – ponernos al día",
        interview=False,
        company=None,
        role=None,
        loc="La Mallorquina, Puerta del Sol",
        zone="Europe/Madrid",
    )
    _x(
        "Lunch with Dev from Quillstone",
        interview=False,
        company=None,
        role=None,
        desc="friend lunch, NOT about the job. (don't make it weird that I'm interviewing there)",
        zone="America/Los_Angeles",
    )
    _x(
        "Open coffee hour – PM community @ Lumenfield",
        interview=False,
        company=None,
        role=None,
        org=("community@lumenfield.com", "Lumenfield Community"),
        desc="Our monthly open coffee hour for product people. Drop in, meet other PMs, no agenda.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "kawa z Tomkiem (networking, Wektor Soft)",
        interview=False,
        company=None,
        role=None,
        desc="poznał mnie na konferencji, luźna rozmowa o branży",
        zone="Europe/Warsaw",
    )


# ---------------------------------------------------------------------------
# NOT interviews: mentoring, mock and practice interviews
# ---------------------------------------------------------------------------


def _mentoring_mock_practice() -> None:
    _x(
        "Mock interview w/ Dana (system design)",
        interview=False,
        company=None,
        role=None,
        desc="she plays the interviewer, Glasswing-style question. record it",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Practice interview – PeerPrep session",
        interview=False,
        company=None,
        role=None,
        org=("sessions@peerprep.dev", "PeerPrep"),
        desc="You've been matched with a peer for a 60-minute behavioural practice session. You'll each take turns as interviewer and candidate.",
        zone="America/Chicago",
    )
    _x(
        "面接練習（キャリアセンター）",
        interview=False,
        company=None,
        role=None,
        loc="キャリアセンター 3階 面談室B",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디",
        interview=False,
        company=None,
        role=None,
        desc="스터디원 4명, 돌아가면서 면접관 역할",
        zone="Asia/Seoul",
    )
    _x(
        "模拟面试 - 和小林练习",
        interview=False,
        company=None,
        role=None,
        desc="她扮演面试官，练自我介绍和项目经历",
        zone="Asia/Shanghai",
    )
    _x(
        "Alex Rivera / Nadia Haddad",
        interview=False,
        company=None,
        role=None,
        org=("nadia.haddad@gmail.com", "Nadia Haddad"),
        desc="Mentoring session #3 – goals for Q3, reading list, how to run better 1:1s.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Bewerbungstraining – Volkshochschule",
        interview=False,
        company=None,
        role=None,
        desc="Kurs: Vorstellungsgespräche souverän meistern (3 Abende)",
        loc="VHS Mitte, Raum 204",
        zone="Europe/Berlin",
    )
    _x(
        "Mentoring Theo (bootcamp grad)",
        interview=False,
        company=None,
        role=None,
        desc="I'm mentoring him; review his CV and do a quick practice interview",
        zone="America/New_York",
    )
    _x(
        "próba rozmowy kwalifikacyjnej z Kasią",
        interview=False,
        company=None,
        role=None,
        desc="Kasia udaje rekruterkę, ćwiczę odpowiedzi po angielsku",
        zone="Europe/Warsaw",
    )
    _x(
        "Mülakat provası – Elif ile",
        interview=False,
        company=None,
        role=None,
        desc="Elif sorular soracak, kendimi tanıtmayı çalış",
        zone="Europe/Istanbul",
    )


# ---------------------------------------------------------------------------
# NOT interviews: podcasts, press, research, film/book titles
# ---------------------------------------------------------------------------


def _media_research_podcast() -> None:
    _x(
        "Podcast recording – 'Data Done Right' ep. 58",
        interview=False,
        company=None,
        role=None,
        org=("host@datadoneright.fm", "Kai Summers"),
        desc="Thanks for coming on the show! We'll chat about migrating a data warehouse without downtime. ~45 min of tape.",
        conf=("Riverside", "https://riverside.fm/studio/data-done-right"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with The Harbor Ledger (press) re: product launch",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
        desc="Reporter: Nell Osei. Talking points attached. Comms will be on the line.",
        zone="America/New_York",
    )
    _x(
        "User research interview – participant P7",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Moderator: Alex. Note-taker: Sara. Script v3 in the research folder. $50 gift card to participant.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Radiointerview – Stadtfunk Köln",
        interview=False,
        company=None,
        role=None,
        desc="5 Min live zum Ehrenamt im Sportverein",
        loc="Stadtfunk Köln, Studio 2",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevue – Le Courrier du Plateau (article bénévolat)",
        interview=False,
        company=None,
        role=None,
        desc="journaliste : Manon. sur l'association de quartier",
        zone="America/Montreal",
    )
    _x(
        "Movie night – 'The Final Interview'",
        interview=False,
        company=None,
        role=None,
        loc="Roxy Cinema, screen 3",
        zone="America/New_York",
    )
    _x(
        "Book club: The Interviewer's Daughter",
        interview=False,
        company=None,
        role=None,
        desc="chapters 10–18. Mel hosting",
        zone="America/New_York",
    )
    _x(
        "Research study interview (participant) – remote work habits",
        interview=False,
        company=None,
        role=None,
        org=("study-team@lindenberg-uni.edu", "Lindenberg Work Lab"),
        desc="Thank you for participating in our study. The interview takes about 40 minutes and will be recorded. You'll receive a $30 voucher.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Oral history interview w/ Grandma",
        interview=False,
        company=None,
        role=None,
        desc="bring recorder, ask about the move in 1962",
        zone="America/New_York",
    )
    _x(
        "intervista per il blog di Sara",
        interview=False,
        company=None,
        role=None,
        desc="domande sul trasferimento all'estero, 20 min al telefono",
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------
# NOT interviews: visa, admission and official appointments
# ---------------------------------------------------------------------------


def _visa_admission_official() -> None:
    _x(
        "US visa interview – consulate",
        interview=False,
        company=None,
        role=None,
        desc="bring DS-160 confirmation, passport, appointment letter, photos. no bags allowed",
        loc="U.S. Consulate General, Visa Section",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista consular – visado",
        interview=False,
        company=None,
        role=None,
        desc="llevar pasaporte, formulario y comprobante de pago",
        zone="America/Mexico_City",
    )
    _x(
        "MBA admissions interview – Whitmore School of Business",
        interview=False,
        company=None,
        role=None,
        org=("admissions@whitmore.edu", "Whitmore MBA Admissions"),
        desc="Your admissions interview will be conducted by a second-year student. Please be prepared to discuss your goals for the MBA.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Kita-Aufnahmegespräch (Mia)",
        interview=False,
        company=None,
        role=None,
        loc="Kita Sonnenblume, Pflügerstr. 9",
        zone="Europe/Berlin",
    )
    _x(
        "Citizenship interview (naturalisation)",
        interview=False,
        company=None,
        role=None,
        desc="bring originals of all documents + 2 photos. civics test same day",
        zone="America/Chicago",
    )
    _x(
        "Colloquio con la maestra di Leo",
        interview=False,
        company=None,
        role=None,
        loc="Scuola primaria G. Rodari",
        zone="Europe/Rome",
    )
    _x(
        "gesprek hypotheekadviseur",
        interview=False,
        company=None,
        role=None,
        desc="loonstroken + werkgeversverklaring meenemen",
        zone="Europe/Amsterdam",
    )
    _x(
        "rozmowa w urzędzie – karta pobytu",
        interview=False,
        company=None,
        role=None,
        loc="Urząd Wojewódzki, ul. Marszałkowska 3/5, pokój 12",
        zone="Europe/Warsaw",
    )
    _x(
        "WG-Casting Sonnenallee 112",
        interview=False,
        company=None,
        role=None,
        desc="3er WG, Zimmer 18qm. Lara + Ben + Kater",
        zone="Europe/Berlin",
    )
    _x(
        "Master's admission interview – Lindenberg University",
        interview=False,
        company=None,
        role=None,
        org=("gradadmissions@lindenberg-uni.edu", "Graduate Admissions"),
        desc="MSc Statistics – admission interview with the programme director.",
        meet="meet",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# NOT interviews: a friend's or relative's interview
# ---------------------------------------------------------------------------


def _friends_interviews() -> None:
    _x(
        "Help Jamie prep – her Corvane final",
        interview=False,
        company=None,
        role=None,
        desc="run behavioural Qs with her, she's nervous about the presentation part",
        zone="America/New_York",
    )
    _x(
        "Jamie's interview @ Corvane (drive her)",
        interview=False,
        company=None,
        role=None,
        desc="drop her at 9:30, pick up ~12",
        loc="Corvane, 77 Lakeshore Dr",
        zone="America/New_York",
    )
    _x(
        "Mock w/ Ravi for his Glasswing onsite",
        interview=False,
        company=None,
        role=None,
        desc="I'm the interviewer, system design + 1 coding",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Tom – Vorstellungsgespräch bei Holzwerk Aigner, Daumen drücken!",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Vienna",
    )
    _x(
        "Mom's job interview – call her after",
        interview=False,
        company=None,
        role=None,
        zone="America/Chicago",
    )
    _x(
        "帮表弟准备面试",
        interview=False,
        company=None,
        role=None,
        desc="他下周去银行面试，帮他改简历、练英文自我介绍",
        zone="Asia/Shanghai",
    )


# ---------------------------------------------------------------------------
# NOT interviews: job-search admin that names a company or role
# ---------------------------------------------------------------------------


def _job_search_admin_mentions() -> None:
    _x(
        "Apply: Northbeam – Senior Designer (closes Fri)",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/Los_Angeles",
    )
    _x(
        "Send portfolio to Kestrel Labs",
        interview=False,
        company=None,
        role=None,
        desc="PDF under 10MB, link to case studies",
        zone="Europe/London",
    )
    _x(
        "Offer deadline – Quillstone",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/Los_Angeles",
    )
    _x(
        "Talk at Data Meetup (hosted at Ferrowind)",
        interview=False,
        company=None,
        role=None,
        desc="my talk: 'Testing dbt models' 20 min + Q&A. slides on laptop + USB backup",
        loc="Ferrowind office, Torstraße 140, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Background check forms – Brightwater",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/New_York",
    )
    _x(
        "email Lena @ Oakhollow re timeline",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Bewerbung abschicken – Nordlicht Energie",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Reference call for Rina (I'm her reference) – Mirova",
        interview=False,
        company=None,
        role=None,
        org=("hr@mirova.de", "Mirova HR"),
        desc="Reference check for Rina Okoye, candidate for Senior Analyst. 15 minutes.",
        zone="Europe/Berlin",
    )
    _x(
        "Coding assessment due – Orbitkeep",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="online test link in email, 90 min timed, do it before Sunday",
        zone="Europe/Berlin",
    )
    _x(
        "応募締切：ミナト精機",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Asia/Tokyo",
    )
    _x(
        "지원서 마감 – 한빛데이터",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Asia/Seoul",
    )
    _x(
        "Careers info webinar – Inside Tecnova",
        interview=False,
        company=None,
        role=None,
        org=("eventos@tecnova.mx", "Tecnova Talento"),
        desc="Webinar abierto: conoce la cultura de Tecnova y nuestras vacantes. Cupo limitado a 300 personas.",
        conf=("Zoom Meeting", "https://tecnova.zoom.us/w/94410220391"),
        zone="America/Mexico_City",
    )
