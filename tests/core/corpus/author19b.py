# ruff: noqa: E501 -- data: event texts as written
"""Part author19b: look-alike families and Alex's own interviews written to resemble them.

Written by one corpus author for the split "author19b". Each family of look-alikes (interviews
Alex conducts at Initech, other people's interviews, press and podcast interviews, user research,
exit/stay interviews and reviews, medical/visa/court/tax interviews, admissions, apartment
viewings, nanny and contractor interviews, tryouts and auditions, dating, mock interviews and
coaching, career fairs visited, self-paced tests, webinars, films and books) sits next to real
interviews of Alex that borrow its words, in English and fourteen other languages.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author19b", **kw)


def build() -> None:
    _initech_conducting()
    _interviews_like_initech_loops()
    _other_peoples_interviews()
    _interviews_named_after_people()
    _press_and_podcasts()
    _media_company_interviews()
    _user_research()
    _interviews_like_research()
    _reviews_at_initech()
    _interviews_like_reviews()
    _official_interviews()
    _interviews_like_official()
    _admissions()
    _interviews_at_schools()
    _housing_and_household()
    _interviews_like_housing()
    _tryouts_and_dating()
    _interviews_like_tryouts()
    _mock_and_prep()
    _interviews_like_mocks()
    _fairs_tests_webinars_media()
    _interviews_like_fairs_and_tests()


# ---------------------------------------------------------------------------
# Interviews Alex conducts at Initech (work calendar)
# ---------------------------------------------------------------------------


def _initech_conducting() -> None:
    _x(
        "Interview: Priya Natarajan (Senior Backend Engineer) – System Design",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        att=[
            person("priya.natarajan88@gmail.com", "Priya Natarajan"),
            person("dmitri.volkov@initech.com", "Dmitri Volkov"),
        ],
        desc=(
            "You are on the interview panel for Priya Natarajan (Senior Backend Engineer, req #4471).\n\n"
            "Your focus area: System Design (45 min)\n"
            "Interview kit: https://initech.greenhouse.io/interview_kits/88213\n\n"
            "Please submit your scorecard within 24 hours of the interview. Do not discuss your "
            "feedback with other interviewers before the debrief."
        ),
        meet="meet",
    )
    _x(
        "Debrief: Marcus Lee – Staff Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("hannah.brooks@initech.com", "Hannah Brooks"),
        att=[
            person("dmitri.volkov@initech.com", "Dmitri Volkov"),
            person("wen.zhao@initech.com", "Wen Zhao"),
            person("lucas.moreau@initech.com", "Lucas Moreau", status="tentative"),
        ],
        desc="Hiring debrief for Marcus Lee. Scorecards must be in before we start – the doc is locked 10 min before.",
        meet="meet",
    )
    _x(
        "Hiring Committee – Platform Eng (weekly)",
        interview=False,
        me=WORK_ME,
        org=("wen.zhao@initech.com", "Wen Zhao"),
        att=[
            person("hannah.brooks@initech.com", "Hannah Brooks"),
            person("raj.iyer@initech.com", "Raj Iyer"),
        ],
        desc="Agenda: 3 packets this week (2x SWE II, 1x Staff). Packets linked in the HC folder. Come having read them.",
        loc="Initech HQ – 4th floor – Conf Rm 'Lumbergh'",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning & Development"),
        att=[person("eng-managers@initech.com", "Eng Managers")],
        desc=(
            "Required before you join an interview loop. Covers: writing good questions, avoiding bias, "
            "the 4-point rubric, how to fill out a scorecard, and what NOT to ask candidates."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/93120045512"),
    )
    _x("Submit scorecards – Tue loop (Okafor, Lindqvist)", interview=False, me=WORK_ME)
    _x(
        "Phone screen w/ candidate – Jonas Weber",
        interview=False,
        me=WORK_ME,
        att=[person("jonas.weber.dev@gmail.com", "Jonas Weber")],
        desc="Initech Data Platform – Senior Data Engineer. I'm the hiring manager screen. Resume: https://initech.greenhouse.io/people/55210331",
        meet="meet",
    )
    _x(
        "Reverse shadow: coding round (Alex leads, Elena shadows)",
        interview=False,
        me=WORK_ME,
        org=("elena.petrova@initech.com", "Elena Petrova"),
        att=[person("candidate-7781@initech-candidates.com", "Candidate – Rohan Mehta")],
        desc="Last step of my interviewer certification: I run the round, Elena observes and gives feedback afterwards.",
        loc="https://app.coderpad.io/ZK4P9Q",
    )
    _x(
        "Onsite loop — Candidate: Sofia Marín — (Alex: Coding, 11:00–11:45)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        att=[
            person("sofia.marin.dev@outlook.com", "Sofia Marín"),
            person("room-3b@initech.com", "HQ-3-Conf-Peter", resource=True),
        ],
        desc="Candidate: Sofia Marín\nPosition: Software Engineer II, Payments\nYour module: Coding – data structures\nSubmit feedback in Greenhouse.",
        loc="HQ-3-Conf-Peter",
    )
    _x(
        "Bewerbungsgespräch Lukas Brandt – Backend (Alex als Interviewer)",
        interview=False,
        me=WORK_ME,
        org=("sabine.hartmann@initech.com", "Sabine Hartmann"),
        att=[person("lukas.brandt@web.de", "Lukas Brandt")],
        desc="Hallo zusammen, Herr Brandt bewirbt sich auf die Stelle Backend Engineer in Berlin. Alex übernimmt den technischen Teil, ich den HR-Teil. Bewertungsbogen bitte bis Freitag ausfüllen.",
        loc="Initech Berlin, Raum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat – Camille Rousseau – Data Analyst (panel Initech)",
        interview=False,
        me=WORK_ME,
        org=("julie.bernard@initech.com", "Julie Bernard"),
        att=[
            person("camille.rousseau@free.fr", "Camille Rousseau"),
            person("thomas.girard@initech.com", "Thomas Girard"),
        ],
        desc="Panel : Julie (RH), Thomas (manager), Alex (technique SQL). Merci de remplir la grille d'évaluation après l'entretien.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica a candidata: Valeria Ortiz (yo entrevisto)",
        interview=False,
        me=WORK_ME,
        att=[person("valeria.ortiz.m@gmail.com", "Valeria Ortiz")],
        desc="Candidata para Ingeniera de Datos en el equipo de México. Preguntas: modelado, Spark, un caso de pipelines. Dejar feedback en Greenhouse.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/96650012874"),
        zone="America/Mexico_City",
    )
    _x(
        "面接官: 佐藤健太さん 技術面接（Initech 東京オフィス採用）",
        interview=False,
        me=WORK_ME,
        org=("yuki.tanaka@initech.com", "田中 由紀"),
        att=[person("kenta.sato.eng@gmail.com", "佐藤 健太")],
        desc="Alexさんは面接官として技術面接を担当してください。評価シートは面接後24時間以内に提出をお願いします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Calibration: interview rubric for SWE II",
        interview=False,
        me=WORK_ME,
        org=("hannah.brooks@initech.com", "Hannah Brooks"),
        att=[person("platform-interviewers@initech.com", "Platform interviewers")],
        desc="We'll score 3 anonymised past interview write-ups together to align on what a 'Strong Hire' looks like.",
        meet="meet",
    )
    _x(
        "Sell call with candidate Ana Costa (she has a competing offer)",
        interview=False,
        me=WORK_ME,
        att=[person("ana.costa.pt@gmail.com", "Ana Costa")],
        desc="Goal: answer her questions about the team and on-call, talk about growth. Offer is out, expiring Friday.",
        meet="meet",
    )
    _x(
        "Candidate lunch – Okafor (onsite, I'm the lunch buddy)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coordination@initech.com", "Initech Recruiting"),
        att=[person("chidi.okafor@protonmail.com", "Chidi Okafor")],
        desc="Lunch interview is NOT evaluated – please be a friendly face and don't submit feedback.",
        loc="Initech cafeteria",
    )


def _interviews_like_initech_loops() -> None:
    _x(
        "Interview: Alex Rivera (Senior Backend Engineer) – System Design",
        interview=True,
        company="Halcyon Robotics",
        role="Senior Backend Engineer",
        org=("recruiting@halcyonrobotics.com", "Halcyon Robotics Recruiting"),
        att=[
            person("nina.hoffmann@halcyonrobotics.com", "Nina Hoffmann"),
            person("paul.abara@halcyonrobotics.com", "Paul Abara"),
        ],
        desc=(
            "Hi Alex,\n\nThank you for your interest in the Senior Backend Engineer role at Halcyon Robotics. "
            "This session is a 60 minute system design interview with Nina and Paul from our fleet "
            "software team. Bring your questions!\n\nBest,\nHalcyon Robotics Recruiting"
        ),
        meet="meet",
    )
    _x(
        "Panel: Alex Rivera for Staff Data Engineer",
        interview=True,
        company="Meridian Bank",
        role="Staff Data Engineer",
        org=("talent.acquisition@meridianbank.com", "Meridian Bank Talent Acquisition"),
        att=[
            person("gareth.doyle@meridianbank.com", "Gareth Doyle"),
            person("sunita.rao@meridianbank.com", "Sunita Rao"),
            person("li.wei@meridianbank.com", "Li Wei", status="needsAction"),
        ],
        desc="Panel interview, 90 min. Each panelist covers one area (data modelling, leadership, stakeholder management). Please have ID ready at reception.",
        loc="Meridian Bank, 300 Montgomery St, 12th floor",
    )
    _x(
        "Onsite loop (Coding) — Candidate: Alex Rivera",
        interview=True,
        company="Corvid Systems",
        role="Senior Software Engineer, Payments",
        org=("coordinator@corvidsystems.io", "Corvid Systems Recruiting"),
        att=[person("omar.haddad@corvidsystems.io", "Omar Haddad")],
        desc=(
            "Candidate: Alex Rivera\nPosition: Senior Software Engineer, Payments\nModule: Coding (45 min)\n"
            "Interviewer: Omar Haddad\nLocation: Zoom (link below). You'll use CoderPad in the browser."
        ),
        conf=("Zoom Meeting", "https://corvidsystems.zoom.us/j/81726354409"),
    )
    _x(
        "Vorstellungsgespräch Alex Rivera – Backend-Entwickler",
        interview=True,
        company="Falkenberg Logistik",
        role="Backend-Entwickler",
        org=("bewerbung@falkenberg-logistik.de", "Falkenberg Logistik GmbH – Personal"),
        att=[person("m.koenig@falkenberg-logistik.de", "Markus König")],
        desc=(
            "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d). "
            "Gerne laden wir Sie zu einem ersten Gespräch mit Herrn König (Teamleiter IT) ein.\n\n"
            "Mit freundlichen Grüßen\nIhr Personalteam"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FLK8812",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Alex Rivera – Ingénieur Data (Lyon)",
        interview=True,
        company="Solvane",
        role="Ingénieur Data",
        org=("recrutement@solvane.fr", "Recrutement Solvane"),
        att=[person("aurelie.masson@solvane.fr", "Aurélie Masson")],
        desc="Bonjour Alex, voici l'invitation pour votre entretien avec Aurélie Masson, responsable de l'équipe Data. Durée : 45 minutes.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica: Alex Rivera",
        interview=True,
        company="Grupo Albatros",
        role="Ingeniero de Software Senior",
        org=("seleccion@grupoalbatros.es", "Selección Grupo Albatros"),
        att=[person("javier.ruiz@grupoalbatros.es", "Javier Ruiz")],
        desc="Hola Alex:\nTe confirmamos la entrevista técnica para la posición de Ingeniero de Software Senior. Será con Javier Ruiz, CTO. Duración aproximada: 1 hora.\nUn saludo,\nEquipo de Selección",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALB2291",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "【一次面接】Alex Rivera様 / 株式会社ミナトテック",
        interview=True,
        company="ミナトテック",
        role="バックエンドエンジニア",
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        att=[person("h.kobayashi@minatotech.co.jp", "小林 浩")],
        desc="Alex Rivera様\n\nこの度はバックエンドエンジニア職にご応募いただき誠にありがとうございます。一次面接を下記の通り実施いたします。\n面接官：開発部 小林\n所要時間：60分",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Structured interview – round 2",
        interview=True,
        company="Brookline Insurance",
        role=None,
        org=("careers@brooklineins.com", "Brookline Insurance Careers"),
        desc="Dear Alex, this is your second round, a structured behavioural interview with two members of our Data & Analytics leadership. Every candidate is asked the same questions.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRK4410",
        ),
        zone="America/New_York",
    )
    _x("Interview w/ Jonas (eng manager) @ Pellucid", interview=True, company="Pellucid", role=None)
    _x(
        "Reverse interview – your questions for the team",
        interview=True,
        company="Latticeforge",
        role="Data Platform Engineer",
        org=("people@latticeforge.dev", "Latticeforge People Team"),
        att=[
            person("kai.nakamura@latticeforge.dev", "Kai Nakamura"),
            person("bea.lund@latticeforge.dev", "Bea Lund"),
        ],
        desc="Final step of the Data Platform Engineer process at Latticeforge: 30 min where you interview us. Nothing to prepare beyond your questions.",
        meet="meet",
    )
    _x(
        "Candidate: Alex Rivera | Hiring Manager Interview | Analytics Engineer",
        interview=True,
        company="Tern Analytics",
        role="Analytics Engineer",
        org=("no-reply@ashbyhq.com", "Tern Analytics via Ashby"),
        att=[person("grace.obi@ternanalytics.com", "Grace Obi")],
        desc="You're scheduled for a Hiring Manager Interview with Grace Obi for the Analytics Engineer role at Tern Analytics.\n\nJoin: https://ternanalytics.zoom.us/j/88120094431\nNeed to reschedule? Use the link in your confirmation email.",
        conf=("Zoom Meeting", "https://ternanalytics.zoom.us/j/88120094431"),
    )
    _x(
        "Scorecard-based interview (values) – Alex Rivera",
        interview=True,
        company="Quillfeather",
        role=None,
        org=("talent@quillfeather.com", "Quillfeather Talent"),
        att=[person("ines.duarte@quillfeather.com", "Inês Duarte")],
        desc="Hi Alex – this one is our values interview. Inês will ask about how you work with others; there is no technical content.",
        meet="meet",
    )


# ---------------------------------------------------------------------------
# Other people's interviews (partner, friends, relatives, colleagues)
# ---------------------------------------------------------------------------


def _other_peoples_interviews() -> None:
    _x("Sam's interview at Nimbus – call her after 🤞", interview=False)
    _x(
        "Interview at Brightline – Sam",
        interview=False,
        org=("sam.okafor@gmail.com", "Sam Okafor"),
        desc="just so you know where I am – final round, 4 hours, phone off. Can you pick up groceries?",
        loc="Brightline, 1 Market St, San Francisco",
    )
    _x(
        "Drive Mia to her job interview (Oakland, 9:30)",
        interview=False,
        loc="1800 Broadway, Oakland",
    )
    _x(
        "Jordans Vorstellungsgespräch bei Siemens → ich hole die Kinder ab",
        interview=False,
        zone="Europe/Berlin",
    )
    _x("Entretien d'embauche de Claire – garder Léo", interview=False, zone="Europe/Paris")
    _x(
        "Entrevista de trabajo de mamá – llevarla en coche",
        interview=False,
        loc="Av. Insurgentes Sur 1602, CDMX",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista do Pedro (irmão) – ligar depois pra saber",
        interview=False,
        zone="America/Sao_Paulo",
    )
    _x(
        "Help Dev prep for his Amazon loop",
        interview=False,
        att=[person("dev.patel.92@gmail.com", "Dev Patel")],
        desc="He wants me to play interviewer for leadership principles. Bring the list of LP questions.",
        meet="meet",
    )
    _x(
        "Cover Rachel's on-call (she's at an interview)",
        interview=False,
        me=WORK_ME,
        desc="Rachel swapped with me, she'll take my Thursday.",
    )
    _x(
        "Colloquio di Giulia (sorella) – accompagnarla in stazione",
        interview=False,
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa kwalifikacyjna Kasi – trzymam kciuki, zadzwonić wieczorem",
        interview=False,
        zone="Europe/Warsaw",
    )
    _x("小林面试 – 借他西装和领带", interview=False, zone="Asia/Shanghai")
    _x(
        "Dad's interview for the volunteer driver program",
        interview=False,
        desc="He asked me to join by phone in case he can't hear them. Senior center, room B.",
        loc="Castro Valley Senior Center",
    )
    _x(
        "OOO – Marta (interview at another company, keep it quiet)",
        interview=False,
        me=WORK_ME,
        org=("marta.silva@initech.com", "Marta Silva"),
        att=[person("data-platform@initech.com", "Data Platform team")],
        desc="Out 10–1. Ping Alex for anything urgent.",
        all_day=False,
    )


def _interviews_named_after_people() -> None:
    _x(
        "Interview with Dev Patel (Hiring Manager)",
        interview=True,
        company="Orchard Pay",
        role=None,
        org=("recruiting@orchardpay.com", "Orchard Pay Recruiting"),
        att=[person("dev.patel@orchardpay.com", "Dev Patel")],
        desc="Hi Alex, you'll meet Dev Patel, Engineering Manager for Risk, for a 45 minute conversation.",
        meet="meet",
    )
    _x(
        "Mia / Alex – intro call",
        interview=True,
        company="Larkspur Bio",
        role="Bioinformatics Data Engineer",
        org=("mia.chen@larkspurbio.com", "Mia Chen"),
        desc="Hi Alex! Looking forward to telling you more about the Bioinformatics Data Engineer opening at Larkspur Bio. — Mia, Talent Partner",
        conf=("Zoom Meeting", "https://larkspurbio.zoom.us/j/84410029931"),
    )
    _x(
        "Claire (RH) / Alex – premier échange",
        interview=True,
        company="Maison Verlaine",
        role="Responsable Data",
        org=("claire.dumas@maisonverlaine.com", "Claire Dumas"),
        desc="Bonjour Alex, comme convenu, un premier échange de 30 minutes au sujet du poste de Responsable Data chez Maison Verlaine. À bientôt, Claire",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista con Lucía (RR.HH.)",
        interview=True,
        company="Cervecería Montaña Alta",
        role="Analista de Datos",
        org=("lucia.ferrer@montanaalta.es", "Lucía Ferrer"),
        desc="Hola Alex, gracias por tu candidatura para Analista de Datos en Cervecería Montaña Alta. Hablamos por videollamada.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista com o Pedro – Tech Lead",
        interview=True,
        company="Vinhedo Digital",
        role="Engenheiro de Dados Sênior",
        org=("talentos@vinhedodigital.com.br", "Talentos Vinhedo Digital"),
        att=[person("pedro.almeida@vinhedodigital.com.br", "Pedro Almeida")],
        desc="Olá Alex! Segue o convite para a entrevista técnica da vaga de Engenheiro de Dados Sênior com o Pedro, nosso Tech Lead. Qualquer dúvida estamos à disposição.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio con Giulia Ferraro",
        interview=True,
        company="Officine Brera",
        role="Data Engineer",
        org=("giulia.ferraro@officinebrera.it", "Giulia Ferraro"),
        desc="Buongiorno Alex, come anticipato per telefono le invio l'invito per il colloquio conoscitivo per la posizione di Data Engineer. Cordiali saluti, Giulia Ferraro – HR Officine Brera",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OFB7730",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera",
        interview=True,
        company="Wisła Software",
        role="Senior Python Developer",
        org=("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software"),
        att=[person("katarzyna.nowak@wislasoftware.pl", "Katarzyna Nowak")],
        desc="Dzień dobry, zapraszamy na rozmowę rekrutacyjną na stanowisko Senior Python Developer. Rozmowę poprowadzi Katarzyna Nowak (Engineering Manager).",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Gespräch mit Jordan (Teamleitung) – Nordlicht Energie",
        interview=True,
        company="Nordlicht Energie",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Sam's old team – interview with Kofi",
        interview=True,
        company="Redwood Health",
        role="Data Engineer II",
        org=("kofi.mensah@redwoodhealth.org", "Kofi Mensah"),
        desc="Hi Alex, Sam passed along your resume – thanks for applying to the Data Engineer II role. This is a 45 min technical conversation with me.",
        meet="meet",
    )


# ---------------------------------------------------------------------------
# Press, podcast and radio interviews of Alex
# ---------------------------------------------------------------------------


def _press_and_podcasts() -> None:
    _x(
        "Press interview: Bay Area Business Journal (Initech data platform)",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[
            person("r.hale@bbjournal.com", "Rebecca Hale"),
            person("pr@initech.com", "Initech PR"),
        ],
        desc="Briefing doc attached. Stick to approved messaging: no numbers on customers, no roadmap dates. Rebecca is writing a feature on real-time logistics.",
        meet="meet",
    )
    _x(
        "Podcast recording – 'Data Engineering Unplugged' ep. 84 (guest: Alex Rivera)",
        interview=False,
        org=("host@deunplugged.fm", "Marco – DE Unplugged"),
        desc="Thanks for coming on! We record on Riverside: https://riverside.fm/studio/de-unplugged\nUse headphones, wired if possible. We'll talk about your migration off batch ETL.",
        loc="https://riverside.fm/studio/de-unplugged",
    )
    _x(
        "Radio interview – KQRX Morning Show, call in at 7:40",
        interview=False,
        desc="Producer number: (415) 555-0148. Topic: AI and delivery routing. 6 min segment.",
    )
    _x(
        "Podcast-Interview: „Datenfunk“ Folge 12 (Gast: Alex Rivera)",
        interview=False,
        org=("redaktion@datenfunk-podcast.de", "Datenfunk Redaktion"),
        desc="Hallo Alex, danke, dass du bei uns zu Gast bist! Aufnahme über Zencastr, ca. 50 Minuten. Themen: Data Mesh, Teamstruktur.",
        zone="Europe/Berlin",
    )
    _x(
        "Interview radio – Radio Cité Lyon, chronique tech",
        interview=False,
        loc="Studio Radio Cité, 12 rue de la Charité, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista en Radio Onda Norte – tema: IA en logística",
        interview=False,
        zone="Europe/Madrid",
    )
    _x(
        "Interview met De Techkrant – over datateams",
        interview=False,
        org=("sanne.devries@techkrant.nl", "Sanne de Vries"),
        desc="Hoi Alex, zoals besproken: een interview van een half uur voor ons stuk over hoe datateams groeien. Citaten stuur ik je ter controle.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Intervju med Dagens Teknik (journalist Erik Lund)",
        interview=False,
        desc="Han ringer upp. Ämne: öppen källkod i logistik.",
        zone="Europe/Stockholm",
    )
    _x(
        "取材：テック系メディア インタビュー（Initech広報立ち会い）",
        interview=False,
        me=WORK_ME,
        org=("pr-japan@initech.com", "Initech 広報"),
        att=[person("editor@techweekly.jp", "テックウィークリー編集部")],
        desc="記事テーマ：物流データ基盤。写真撮影あり。想定問答集を事前に確認してください。",
        loc="Initech 東京オフィス 会議室A",
        zone="Asia/Tokyo",
    )
    _x("Alumni magazine Q&A – Cal Poly 'Where are they now' profile", interview=False)
    _x(
        "Interview for Nadia's thesis (remote work in data teams)",
        interview=False,
        att=[person("nadia.k@berkeley.edu", "Nadia Karimi")],
        desc="Grad student research interview, ~40 min, recorded with consent. Consent form signed.",
        conf=("Zoom Meeting", "https://berkeley.zoom.us/j/92210034411"),
    )
    _x("Радиоинтервью – «Технологии недели», звонок в 9:15", interview=False, zone="Europe/Moscow")


def _media_company_interviews() -> None:
    _x(
        "Phone screen – Harbor Public Radio – Senior Data Engineer",
        interview=True,
        company="Harbor Public Radio",
        role="Senior Data Engineer",
        org=("jobs@harborpublicradio.org", "Harbor Public Radio HR"),
        desc="Hi Alex, thanks for applying. Our recruiter Dana will call you at the number on your application for a 30-minute phone screen.",
    )
    _x(
        "Loudbird recruiter call (Analytics Engineer)",
        interview=True,
        company="Loudbird",
        role="Analytics Engineer",
        org=("talent@loudbird.fm", "Loudbird Talent"),
        att=[person("zoe.martin@loudbird.fm", "Zoe Martin")],
        desc="Loudbird is a podcast network; this is a first 30 min chat with Zoe about the Analytics Engineer role and your background.",
        meet="meet",
    )
    _x(
        "Interview – The Morning Ledger – Audience Data team",
        interview=True,
        company="The Morning Ledger",
        role=None,
        org=("newsroom-hiring@morningledger.com", "The Morning Ledger Hiring"),
        att=[person("amir.sadeghi@morningledger.com", "Amir Sadeghi")],
        desc="You'll speak with Amir Sadeghi, editor of the Audience Data team. Please join from a quiet place.",
        conf=("Zoom Meeting", "https://morningledger.zoom.us/j/85520019330"),
        zone="America/New_York",
    )
    _x(
        "Telefoninterview – Rheinland Medienhaus – Data Engineer",
        interview=True,
        company="Rheinland Medienhaus",
        role="Data Engineer",
        org=("karriere@rheinland-medienhaus.de", "Rheinland Medienhaus Karriere"),
        desc="Guten Tag Herr Rivera, wie vereinbart ruft Sie Frau Schulte aus dem Recruiting für ein ca. 30-minütiges Telefoninterview zur Stelle Data Engineer (m/w/d) an.",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek – Omroep Delta",
        interview=True,
        company="Omroep Delta",
        role="Data Engineer",
        org=("werkenbij@omroepdelta.nl", "Werken bij Omroep Delta"),
        att=[person("pieter.bakker@omroepdelta.nl", "Pieter Bakker")],
        desc="Beste Alex, hierbij de uitnodiging voor het eerste sollicitatiegesprek voor de vacature Data Engineer. Je spreekt met Pieter Bakker (teamlead Data).",
        loc="Omroep Delta, Mediapark 4, Hilversum",
        zone="Europe/Amsterdam",
    )
    _x(
        "Intervju – Norrtidningen Media – Dataingenjör",
        interview=True,
        company="Norrtidningen Media",
        role="Dataingenjör",
        org=("rekrytering@norrtidningen.se", "Rekrytering Norrtidningen"),
        desc="Hej Alex! Välkommen på intervju för tjänsten som Dataingenjör. Du träffar Anna Holm (chef för dataredaktionen) och Johan Berg (HR).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NRT5521",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Entrevista telefónica – Grupo Prensa Atlántica",
        interview=True,
        company="Grupo Prensa Atlántica",
        role="Ingeniero de Datos",
        desc="Me llaman de RR.HH. por la oferta de Ingeniero de Datos (la de LinkedIn). Tener a mano el CV en español.",
        zone="Europe/Madrid",
    )
    _x(
        "【一次面接】ヒビキメディア株式会社 データエンジニア職",
        interview=True,
        company="ヒビキメディア",
        role="データエンジニア",
        org=("recruit@hibiki-media.jp", "ヒビキメディア 採用チーム"),
        desc="Alex Rivera様\n一次面接のご案内です。面接官：メディア開発部 部長 山田\n形式：オンライン（Google Meet）",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "KQRX – interview for Podcast Analytics Lead",
        interview=True,
        company="KQRX",
        role="Podcast Analytics Lead",
        org=("hr@kqrx.org", "KQRX Human Resources"),
        desc="Dear Alex, thank you for applying for the Podcast Analytics Lead position at KQRX. Please come to the station; ask for Linda at the front desk.",
        loc="KQRX Studios, 2601 Mariposa St, San Francisco",
    )


# ---------------------------------------------------------------------------
# User research and customer discovery
# ---------------------------------------------------------------------------


def _user_research() -> None:
    _x(
        "User interview – onboarding flow (participant #7)",
        interview=False,
        me=WORK_ME,
        org=("maya.green@initech.com", "Maya Green"),
        att=[person("p7.research@userinterviews.com", "Participant 7")],
        desc="Alex: please take notes in the research doc, Maya moderates. Don't lead the participant!",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/97700112233"),
    )
    _x(
        "Customer discovery call – Acme Freight (ops manager)",
        interview=False,
        me=WORK_ME,
        att=[person("t.nguyen@acmefreight.com", "Tuan Nguyen")],
        desc="Questions: how do they reconcile shipment data today? What breaks? What would they pay for? Don't pitch.",
        meet="meet",
    )
    _x(
        "Paid research study: 'Interview about your banking habits'",
        interview=False,
        org=("studies@userpanel-mail.com", "UserPanel Studies"),
        desc="Thanks for qualifying! 45-minute interview with a researcher. You'll receive a $75 gift card within 5 business days.",
        conf=("Zoom Meeting", "https://zoom.us/j/91122334455"),
    )
    _x(
        "Respondent study – 30 min interview about dev tools ($120)",
        interview=False,
        loc="https://app.respondent.io/projects/view/8812",
    )
    _x(
        "Nutzerinterview – Datenexport (Kunde: Stadtwerke Ulm)",
        interview=False,
        me=WORK_ME,
        att=[person("f.wagner@swu-beispiel.de", "Frank Wagner")],
        desc="Leitfaden: aktueller Export-Prozess, Schmerzpunkte, Wunschfunktionen. Aufzeichnung nur mit Einverständnis.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien utilisateur – tableau de bord (client Lumière Retail)",
        interview=False,
        me=WORK_ME,
        att=[person("s.lefevre@lumiere-retail.fr", "Sophie Lefèvre")],
        desc="Objectif : comprendre comment les magasins lisent le tableau de bord. 45 min, guide d'entretien dans Notion.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "사용자 인터뷰 – 결제 화면 리서치 (참가자 3)",
        interview=False,
        me=WORK_ME,
        zone="Asia/Seoul",
    )
    _x(
        "Kullanıcı görüşmesi – mobil uygulama araştırması",
        interview=False,
        me=WORK_ME,
        zone="Europe/Istanbul",
    )
    _x("JTBD interview synthesis – affinity mapping", interview=False, me=WORK_ME, loc="Miro board")
    _x(
        "Intervista utente – app magazzino (cliente Logistica Po)",
        interview=False,
        me=WORK_ME,
        att=[person("m.rossi@logisticapo.it", "Marco Rossi")],
        desc="Sessione di ricerca con il capo magazzino. Non è una demo commerciale.",
        meet="meet",
        zone="Europe/Rome",
    )


def _interviews_like_research() -> None:
    _x(
        "Interview: UX Research team – Alex Rivera (Research Ops Engineer)",
        interview=True,
        company="Lumen Health",
        role="Research Ops Engineer",
        org=("recruiting@lumenhealth.com", "Lumen Health Recruiting"),
        att=[person("jess.ortega@lumenhealth.com", "Jess Ortega")],
        desc="You'll meet Jess Ortega, Head of UX Research, to talk about how you'd support our research operations tooling.",
        meet="meet",
    )
    _x(
        "Solutions Engineer interview – customer scenario role-play",
        interview=True,
        company="Ardent Cloud",
        role="Solutions Engineer",
        org=("talent@ardentcloud.io", "Ardent Cloud Talent"),
        att=[person("ben.carter@ardentcloud.io", "Ben Carter")],
        desc="In this round, Ben plays a prospective customer. Run a short discovery conversation, then propose an architecture. 60 min.",
        conf=("Zoom Meeting", "https://ardentcloud.zoom.us/j/87710022334"),
    )
    _x(
        "Research exercise presentation – Data Product Manager",
        interview=True,
        company="Figwork",
        role="Data Product Manager",
        org=("hiring@figwork.co", "Figwork Hiring"),
        att=[
            person("olivia.grant@figwork.co", "Olivia Grant"),
            person("sam.ibe@figwork.co", "Samuel Ibe"),
        ],
        desc="Present your take-home (customer interview plan + findings) to the panel: 20 min presentation, 25 min Q&A.",
        meet="meet",
    )
    _x(
        "[면접] 데이터 엔지니어 1차 인터뷰 – 한빛커머스",
        interview=True,
        company="한빛커머스",
        role="데이터 엔지니어",
        org=("recruit@hanbitcommerce.kr", "한빛커머스 채용팀"),
        desc="Alex Rivera님, 안녕하세요. 데이터 엔지니어 포지션 1차 인터뷰 일정 안내드립니다. 면접관: 데이터플랫폼팀 팀장 외 1인, 60분.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "İş görüşmesi – Anadolu Lojistik – Veri Mühendisi",
        interview=True,
        company="Anadolu Lojistik",
        role="Veri Mühendisi",
        org=("ik@anadolulojistik.com.tr", "Anadolu Lojistik İK"),
        desc="Merhaba Alex Bey, Veri Mühendisi pozisyonu için iş görüşmesine davetlisiniz. Görüşme teknik ekip lideri Emre Yılmaz ile yapılacaktır.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ANL3391",
        ),
        zone="Europe/Istanbul",
    )
    _x(
        "Discovery call with Alex Rivera",
        interview=True,
        company="Pinecrest Capital",
        role="Senior Data Platform Engineer",
        org=("erin.walsh@pinecrestcap.com", "Erin Walsh"),
        desc="Hi Alex – initial conversation about our Senior Data Platform Engineer opening. I'm the recruiter on the search; 30 minutes, no prep needed.",
        conf=("Zoom Meeting", "https://pinecrestcap.zoom.us/j/83390011222"),
        zone="America/New_York",
    )
    _x(
        "Mülakat (İK) – Trendpazar – Kıdemli Veri Mühendisi",
        interview=True,
        company="Trendpazar",
        role="Kıdemli Veri Mühendisi",
        desc="İK ile ilk mülakat, 30 dk. Maaş beklentisi sorulacak.",
        zone="Europe/Istanbul",
    )


# ---------------------------------------------------------------------------
# Exit and stay interviews, performance reviews at Initech
# ---------------------------------------------------------------------------


def _reviews_at_initech() -> None:
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Hi Alex, as part of your offboarding we'd like to hear about your experience at Initech. This conversation is confidential and doesn't affect your references.",
        meet="meet",
    )
    _x(
        "Stay interview: Alex / Priya",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        desc="Not a performance conversation! I want to understand what keeps you here and what might make you leave.",
        loc="Priya's office",
    )
    _x(
        "Exit interview – Tom Becker (HR runs it, send handover notes before)",
        interview=False,
        me=WORK_ME,
        desc="HR runs it. I owe them a short handover note before.",
    )
    _x(
        "Mid-year performance review – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
        desc="Please finish your self-assessment in Lattice before we meet.",
        meet="meet",
    )
    _x(
        "Perf calibration – Data Platform (managers)",
        interview=False,
        me=WORK_ME,
        org=("wen.zhao@initech.com", "Wen Zhao"),
        att=[person("eng-managers@initech.com", "Eng Managers")],
    )
    _x(
        "1:1 Priya – career conversation",
        interview=False,
        me=WORK_ME,
        org=("priya.shah@initech.com", "Priya Shah"),
    )
    _x(
        "Jahresgespräch 2025 – Alex / Sabine",
        interview=False,
        me=WORK_ME,
        org=("sabine.hartmann@initech.com", "Sabine Hartmann"),
        desc="Mitarbeitergespräch: Rückblick, Ziele, Weiterbildung. Bitte den Vorbereitungsbogen mitbringen.",
        zone="Europe/Berlin",
    )
    _x("Functioneringsgesprek Alex", interview=False, me=WORK_ME, zone="Europe/Amsterdam")
    _x("Utvecklingssamtal med chef", interview=False, me=WORK_ME, zone="Europe/Stockholm")
    _x("Rozmowa oceniająca – ocena roczna", interview=False, me=WORK_ME, zone="Europe/Warsaw")
    _x("Colloquio di valutazione annuale", interview=False, me=WORK_ME, zone="Europe/Rome")
    _x(
        "人事評価面談（上期）",
        interview=False,
        me=WORK_ME,
        org=("yuki.tanaka@initech.com", "田中 由紀"),
        desc="目標達成度の振り返りと下期目標の設定を行います。自己評価シートを事前に提出してください。",
        zone="Asia/Tokyo",
    )
    _x("年度绩效面谈", interview=False, me=WORK_ME, zone="Asia/Shanghai")
    _x(
        "Stay interview – Rahul (my report)",
        interview=False,
        me=WORK_ME,
        att=[person("rahul.verma@initech.com", "Rahul Verma")],
        desc="Using the HR stay-interview guide. Ask about workload, growth, recognition.",
    )
    _x(
        "Performance Improvement Plan check-in (Kevin) – HR present",
        interview=False,
        me=WORK_ME,
        att=[
            person("kevin.hughes@initech.com", "Kevin Hughes"),
            person("people-ops@initech.com", "Initech People Ops"),
        ],
    )


def _interviews_like_reviews() -> None:
    _x(
        "Career conversation – Lead Data Engineer opening",
        interview=True,
        company="Quarry Health",
        role="Lead Data Engineer",
        org=("hector.alvarez@quarryhealth.com", "Hector Alvarez"),
        desc="Hi Alex, Hector here (Director of Data). Thanks for applying – let's have a career conversation about the Lead Data Engineer opening and what you're looking for next.",
        meet="meet",
    )
    _x(
        "Kennenlerngespräch – Stadtwerke Isartal",
        interview=True,
        company="Stadtwerke Isartal",
        role="Dateningenieur",
        org=("personal@stadtwerke-isartal.de", "Stadtwerke Isartal – Personalabteilung"),
        desc="Sehr geehrter Herr Rivera, wir freuen uns, Sie im Rahmen Ihrer Bewerbung als Dateningenieur (m/w/d) zu einem Kennenlerngespräch einzuladen.",
        loc="Stadtwerke Isartal, Verwaltungsgebäude, Raum 2.14",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek (2e ronde)",
        interview=True,
        company="Polderbank",
        role=None,
        org=("recruitment@polderbank.nl", "Recruitment Polderbank"),
        desc="Beste Alex, fijn dat je doorgaat naar de tweede ronde! Je spreekt met de afdelingsmanager en een collega uit het team.",
        loc="Polderbank, Zuidas, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Anställningsintervju – Fjällvik Energi",
        interview=True,
        company="Fjällvik Energi",
        role="Data Engineer",
        org=("hr@fjallvik.se", "Fjällvik Energi HR"),
        desc="Hej Alex, tack för din ansökan till tjänsten Data Engineer. Vi vill gärna träffa dig för en anställningsintervju.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Rozmowa z managerem – Bursztyn Analytics",
        interview=True,
        company="Bursztyn Analytics",
        role="Data Engineer",
        desc="Etap 2 procesu na Data Engineer. Rozmowa z Tomaszem (manager zespołu).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRZ1180",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Colloquio conoscitivo – Lanterna Assicurazioni",
        interview=True,
        company="Lanterna Assicurazioni",
        role="Data Engineer",
        org=("selezione@lanternaassicurazioni.it", "Selezione del Personale"),
        desc="Gentile Alex, la invitiamo a un colloquio conoscitivo per la posizione di Data Engineer presso la nostra sede di Genova.",
        loc="Lanterna Assicurazioni, Via XX Settembre 41, Genova",
        zone="Europe/Rome",
    )
    _x(
        "二次面接（部長面接）– 株式会社サクラ精機",
        interview=True,
        company="サクラ精機",
        role=None,
        org=("jinji@sakura-seiki.co.jp", "サクラ精機 人事部"),
        desc="二次面接のご案内です。当日は受付にて「人事部 面接」とお伝えください。",
        loc="株式会社サクラ精機 本社 5F",
        zone="Asia/Tokyo",
    )
    _x(
        "面试 – 云帆科技 – 高级数据工程师",
        interview=True,
        company="云帆科技",
        role="高级数据工程师",
        org=("hr@yunfan-tech.cn", "云帆科技 招聘"),
        desc="Alex 您好，感谢您应聘高级数据工程师岗位。第二轮面试由数据平台部负责人进行，时长约60分钟。",
        conf=("Zoom Meeting", "https://zoom.us/j/86650033221"),
        zone="Asia/Shanghai",
    )
    _x(
        "Caldera Games – HM interview (not my review!!)",
        interview=True,
        company="Caldera Games",
        role=None,
    )


# ---------------------------------------------------------------------------
# Medical, insurance, benefits, visa, consulate, citizenship, police, court, tax
# ---------------------------------------------------------------------------


def _official_interviews() -> None:
    _x(
        "Global Entry interview – SFO Terminal 2",
        interview=False,
        desc="Bring passport + a second ID + the conditional approval letter. Enrollment center is after security? No – before, near baggage claim.",
        loc="SFO Terminal 2, Global Entry Enrollment Center",
    )
    _x(
        "Schengen visa appointment – German Consulate SF",
        interview=False,
        desc="Documents: passport, 2 photos, travel insurance, hotel bookings, employer letter from Initech, bank statements.",
        loc="Generalkonsulat der Bundesrepublik Deutschland, 1960 Jackson St, San Francisco",
    )
    _x(
        "Sam's K-1 interview – US Embassy Lisbon (join remotely? no, wait outside)",
        interview=False,
        zone="Europe/Lisbon",
    )
    _x(
        "Unemployment benefits eligibility interview (EDD phone)",
        interview=False,
        desc="EDD will call between 8am and 12pm. Have last employer info, separation date and work search log ready.",
    )
    _x(
        "Life insurance paramedical exam + health interview",
        interview=False,
        loc="Home – examiner from ExamOne",
        desc="Fast 8 hours before. Policy app #LI-883210.",
    )
    _x(
        "Jury duty – voir dire (Dept. 12)",
        interview=False,
        loc="Hall of Justice, 850 Bryant St, San Francisco",
        all_day=True,
    )
    _x(
        "Police – witness interview re: bike theft report #25-004112",
        interview=False,
        loc="SFPD Mission Station",
    )
    _x(
        "Termin Ausländerbehörde – Interview Aufenthaltstitel (Sam)",
        interview=False,
        loc="LEA Berlin, Friedrich-Krause-Ufer 24",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien d'assimilation – préfecture (naturalisation)",
        interview=False,
        loc="Préfecture de Police, Paris",
        zone="Europe/Paris",
    )
    _x("Собеседование в консульстве – виза (Сэм)", interview=False, zone="Europe/Moscow")
    _x(
        "Passport ke liye police verification – ghar pe interview, documents ready rakhna",
        interview=False,
        zone="Asia/Kolkata",
    )
    _x("签证面谈 – 美国驻上海总领事馆", interview=False, zone="Asia/Shanghai")
    _x("Vize mülakatı – Alman Konsolosluğu (Sam ile)", interview=False, zone="Europe/Istanbul")
    _x(
        "Pre-employment physical + drug screen (new job paperwork)",
        interview=False,
        desc="Required by HR after offer acceptance. Bring photo ID and the authorization form.",
        loc="Concentra Urgent Care, 2500 Mariposa St",
    )


def _interviews_like_official() -> None:
    _x(
        "Interview – St. Mary's Medical Center – Clinical Data Engineer",
        interview=True,
        company="St. Mary's Medical Center",
        role="Clinical Data Engineer",
        org=("recruitment@stmarysmc.org", "St. Mary's Medical Center – Talent Acquisition"),
        att=[person("dr.a.kim@stmarysmc.org", "Dr. Andrea Kim")],
        desc="Thank you for applying for the Clinical Data Engineer position (Req 25-1187). You will interview with Dr. Andrea Kim, CMIO, and the Enterprise Data team. Parking: visitor garage, level 2.",
        loc="St. Mary's Medical Center, Administration Building, Room 310",
    )
    _x(
        "Panel interview – Health Informatics Analyst",
        interview=True,
        company="Bayview Children's Hospital",
        role="Health Informatics Analyst",
        org=("hr@bayviewchildrens.org", "Bayview Children's Hospital HR"),
        desc="You are invited to a panel interview for the Health Informatics Analyst role. Please check in at the main lobby; a badge will be printed for you.",
        loc="Bayview Children's Hospital, 4th floor conference center",
    )
    _x(
        "Interview with Kestrel – relocation to Munich (Blue Card sponsorship)",
        interview=True,
        company="Kestrel",
        role="Senior Data Engineer",
        org=("talent@kestrel-mobility.de", "Kestrel Talent"),
        att=[person("felix.baumann@kestrel-mobility.de", "Felix Baumann")],
        desc="Hi Alex, we sponsor the EU Blue Card and support the whole relocation. This interview for the Senior Data Engineer role is with Felix (VP Engineering); our visa partner joins the last 10 minutes to answer questions.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview – Claims Data Analyst",
        interview=True,
        company="Northgate Insurance",
        role="Claims Data Analyst",
        org=("careers@northgateins.com", "Northgate Insurance Careers"),
        desc="Hi Alex, your interview for the Claims Data Analyst position is confirmed.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGI2044",
        ),
    )
    _x(
        "Entrevista – Hospital San Rafael – Ingeniero de Datos Clínicos",
        interview=True,
        company="Hospital San Rafael",
        role="Ingeniero de Datos Clínicos",
        org=("rrhh@hospitalsanrafael.es", "RR.HH. Hospital San Rafael"),
        desc="Estimado Alex: le convocamos a una entrevista personal para el puesto de Ingeniero de Datos Clínicos. Preséntese en la planta 2, Dirección de Sistemas.",
        loc="Hospital San Rafael, Calle de Serrano 199, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Interview – Sharma Infotech – Data Engineer ka final round",
        interview=True,
        company="Sharma Infotech",
        role="Data Engineer",
        org=("hr@sharmainfotech.in", "Sharma Infotech HR"),
        desc="Hi Alex, aapka final round CTO ke saath hai, 45 min. Please thoda pehle join kar lena.",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Собеседование – Сигма Софт – Data Engineer",
        interview=True,
        company="Сигма Софт",
        role="Data Engineer",
        org=("hr@sigmasoft.ru", "Сигма Софт HR"),
        desc="Здравствуйте, Алекс! Приглашаем вас на собеседование на позицию Data Engineer. С нашей стороны будут руководитель отдела данных и HR.",
        conf=("Zoom Meeting", "https://zoom.us/j/89910022113"),
        zone="Europe/Moscow",
    )
    _x(
        "Mülakat – Boğaziçi Sigorta – Veri Analisti",
        interview=True,
        company="Boğaziçi Sigorta",
        role="Veri Analisti",
        org=("kariyer@bogazicisigorta.com.tr", "Boğaziçi Sigorta Kariyer"),
        desc="Sayın Alex Rivera, Veri Analisti pozisyonu için mülakat davetimizi bilgilerinize sunarız.",
        loc="Boğaziçi Sigorta Genel Müdürlük, Levent, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "최종 면접 – 서울메디컬 – 데이터 분석가",
        interview=True,
        company="서울메디컬",
        role="데이터 분석가",
        org=("hr@seoulmedical.kr", "서울메디컬 인사팀"),
        desc="최종 면접 안내드립니다. 면접은 임원 면접으로 진행되며 약 40분 소요됩니다.",
        loc="서울메디컬 본사 12층 대회의실",
        zone="Asia/Seoul",
    )
    _x(
        "Interview – Tax Data Analyst (Job #OR-25-3310)",
        interview=True,
        company="Oregon Department of Revenue",
        role="Tax Data Analyst",
        org=("dor.recruiting@oregon.gov", "Oregon Department of Revenue – Recruiting"),
        desc="You have been selected for an interview for the Tax Data Analyst position. The panel will ask a standard set of questions; you will have 5 minutes at the end for your questions.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODR5512",
        ),
    )
    _x(
        "Interview at the consulate – IT Systems Administrator position",
        interview=True,
        company="Consulate General of Canada",
        role="IT Systems Administrator",
        org=("sfran-hr@international.gc.ca", "Consulate General of Canada – HR"),
        desc="Locally engaged staff position. Please bring government photo ID; you will go through security screening at the entrance.",
        loc="Consulate General of Canada, 580 California St, San Francisco",
    )
    _x(
        "Court interview – Data Analyst II",
        interview=True,
        company="Alameda County Superior Court",
        role="Data Analyst II",
        org=("hr@alameda.courts.ca.gov", "Superior Court HR"),
        desc="Oral panel interview for the Data Analyst II recruitment. Please arrive 15 minutes early to pass through courthouse security.",
        loc="René C. Davidson Courthouse, 1225 Fallon St, Oakland",
    )
    _x(
        "Visa-sponsored role – technical interview",
        interview=True,
        company="Maple & Finch",
        role="Machine Learning Engineer",
        org=("hiring@mapleandfinch.ca", "Maple & Finch Hiring"),
        desc="Hi Alex, as discussed we sponsor work permits (LMIA/Global Talent Stream). This 60 min technical interview for the Machine Learning Engineer role is with two of our engineers.",
        meet="meet",
        zone="America/Toronto",
    )


# ---------------------------------------------------------------------------
# School, university and scholarship admissions
# ---------------------------------------------------------------------------


def _admissions() -> None:
    _x(
        "Parent interview – Oakwood Montessori admission (Léo)",
        interview=False,
        org=("admissions@oakwoodmontessori.org", "Oakwood Montessori Admissions"),
        att=[person("sam.okafor@gmail.com", "Sam Okafor")],
        desc="We look forward to meeting you and Léo. Both parents are encouraged to attend. The child visit takes place in the classroom during the parent interview.",
        loc="Oakwood Montessori, 88 Elm Ave",
    )
    _x(
        "MBA admissions interview – Haas (alumni interviewer)",
        interview=False,
        org=("admissions@haas-mba-interviews.org", "Haas MBA Admissions"),
        desc="Your evaluative interview will be conducted by an alumnus of the program. 45 minutes, blind to your application except your resume.",
        conf=("Zoom Meeting", "https://zoom.us/j/95510033442"),
    )
    _x(
        "Alumni interview (I'm the interviewer): Stanford applicant Emily Zhou",
        interview=False,
        att=[person("emily.zhou.2026@gmail.com", "Emily Zhou")],
        desc="Alumni Interview Program. Submit the report within 48 hours on the portal.",
        loc="Philz Coffee, Middlefield Rd",
    )
    _x("Stipendium – Auswahlgespräch Studienstiftung (Mia)", interview=False, zone="Europe/Berlin")
    _x(
        "Entretien d'admission – master Sciences Po",
        interview=False,
        conf=("Zoom Meeting", "https://zoom.us/j/92233411009"),
        zone="Europe/Paris",
    )
    _x("研究生复试面试（线上）", interview=False, zone="Asia/Shanghai")
    _x("장학금 면접 – 재단 장학생 선발", interview=False, zone="Asia/Seoul")
    _x("Toelatingsgesprek master Data Science (UvA)", interview=False, zone="Europe/Amsterdam")


def _interviews_at_schools() -> None:
    _x(
        "Interview – UC Berkeley Research IT – Data Engineer (Job #74812)",
        interview=True,
        company="UC Berkeley",
        role="Data Engineer",
        org=("rit-hiring@berkeley.edu", "Research IT Hiring Committee"),
        att=[
            person("j.morales@berkeley.edu", "Jorge Morales"),
            person("k.wu@berkeley.edu", "Karen Wu"),
        ],
        desc="Dear Alex, the search committee would like to invite you to a 60-minute interview for the Data Engineer position (Job #74812) in Research IT.",
        conf=("Zoom Meeting", "https://berkeley.zoom.us/j/94410023877"),
    )
    _x(
        "Campus visit – Teaching Professor of Data Science",
        interview=True,
        company="Cascadia State University",
        role="Teaching Professor of Data Science",
        org=("ds-search@cascadiastate.edu", "Data Science Faculty Search"),
        desc="Itinerary: 8:30 breakfast with search chair; 10:00 teaching demonstration (intro SQL, 30 min); 12:00 lunch with students; 14:00 meeting with the Dean; 15:30 committee interview.",
        loc="Cascadia State University, Hollis Hall 210",
        all_day=True,
    )
    _x(
        "Teacher interview – Computer Science Teacher",
        interview=True,
        company="Lincoln Middle School",
        role="Computer Science Teacher",
        org=("principal@lincolnms.k12.ca.us", "Principal Dana Reyes"),
        desc="Dear Alex, please prepare a 15-minute sample lesson for 7th graders. The interview panel includes the principal, a department lead and a parent representative.",
        loc="Lincoln Middle School, main office",
    )
    _x(
        "Vorstellungsgespräch – Gymnasium am Rosenhain – Lehrkraft Informatik",
        interview=True,
        company="Gymnasium am Rosenhain",
        role="Lehrkraft Informatik",
        org=("sekretariat@gymnasium-rosenhain.de", "Sekretariat Gymnasium am Rosenhain"),
        desc="Sehr geehrter Herr Rivera, die Schulleitung lädt Sie zu einem Vorstellungsgespräch für die ausgeschriebene Stelle als Lehrkraft für Informatik (Quereinstieg) ein. Bitte bringen Sie Ihre Zeugnisse mit.",
        loc="Gymnasium am Rosenhain, Verwaltung, 1. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Université Val-de-Seine – Ingénieur d'études",
        interview=True,
        company="Université Val-de-Seine",
        role="Ingénieur d'études",
        org=("recrutement-biatss@univ-valdeseine.fr", "Service du recrutement"),
        desc="Madame, Monsieur, vous êtes convoqué(e) à un entretien devant le comité de sélection pour le poste d'Ingénieur d'études en science des données. Durée : 30 minutes.",
        loc="Bâtiment A, salle du conseil",
        zone="Europe/Paris",
    )
    _x(
        "面试 – 华清大学信息中心 – 数据工程师",
        interview=True,
        company="华清大学",
        role="数据工程师",
        org=("zhaopin@huaqing-univ.edu.cn", "华清大学 人事处"),
        desc="Alex 您好，您已通过简历筛选，请按时参加信息中心数据工程师岗位面试。面试地点：信息中心三楼会议室。",
        zone="Asia/Shanghai",
    )
    _x(
        "Interview – Grants Data Manager",
        interview=True,
        company="Whitcombe Foundation",
        role="Grants Data Manager",
        org=("careers@whitcombefoundation.org", "Whitcombe Foundation"),
        desc="Thank you for your application. Yes, we're the scholarship foundation – this is for a staff position on our grants team, not a scholarship interview!",
        meet="meet",
    )
    _x(
        "面接 – 学校法人 桜丘学園 – 情報科教員",
        interview=True,
        company="桜丘学園",
        role="情報科教員",
        org=("saiyo@sakuragaoka.ed.jp", "桜丘学園 採用係"),
        desc="教員採用面接のご案内。模擬授業（15分）と面接（30分）を実施します。",
        loc="桜丘学園 本館 校長室",
        zone="Asia/Tokyo",
    )
    _x(
        "Prova orale concorso – Politecnico Adriatico – tecnologo dati",
        interview=True,
        company="Politecnico Adriatico",
        role="Tecnologo dati",
        desc="Prova orale del concorso per tecnologo (profilo dati). Portare documento d'identità.",
        loc="Politecnico Adriatico, Aula Magna",
        zone="Europe/Rome",
    )
    _x(
        "Research Software Engineer interview – Nordhavn University",
        interview=True,
        company="Nordhavn University",
        role="Research Software Engineer",
        org=("hr@nordhavn-uni.dk", "Nordhavn University HR"),
        desc="Interview for the Research Software Engineer position at the Department of Computer Science. The committee consists of three faculty members and a union representative.",
        meet="meet",
        zone="Europe/Copenhagen",
    )


# ---------------------------------------------------------------------------
# Apartment viewings, landlords, and people Alex hires at home
# ---------------------------------------------------------------------------


def _housing_and_household() -> None:
    _x(
        "Apartment viewing – 1420 Grove St #3",
        interview=False,
        org=("leasing@groveproperties.com", "Grove Properties Leasing"),
        desc="Please bring ID, proof of income (2 recent pay stubs) and be ready to fill out an application on site.",
        loc="1420 Grove St, San Francisco",
    )
    _x(
        "Meet the landlord (she 'interviews' tenants) – Hayes Valley flat",
        interview=False,
        desc="Owner lives downstairs, wants to meet applicants in person. Bring reference letter from current landlord.",
        loc="512 Laguna St",
    )
    _x(
        "Wohnungsbesichtigung – Prenzlauer Berg, 2 Zi., Kastanienallee",
        interview=False,
        loc="Kastanienallee 71, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Bezichtiging appartement Amsterdam-Oost + gesprek met verhuurder",
        interview=False,
        zone="Europe/Amsterdam",
    )
    _x(
        "Co-op board interview – 55 Riverside Dr",
        interview=False,
        desc="Board package submitted. Dress conservatively, don't volunteer info. 20 min.",
        loc="55 Riverside Dr, New York",
        zone="America/New_York",
    )
    _x(
        "Nanny interview – Rosa (via Care.com)",
        interview=False,
        att=[person("rosa.gutierrez.care@gmail.com", "Rosa Gutierrez")],
        desc="Questions: CPR certified? Experience with toddlers? Driving? Availability M–F 8–6? References x2.",
        loc="Home",
    )
    _x(
        "Entretien nounou – Mme Diallo",
        interview=False,
        att=[person("aminata.diallo75@gmail.com", "Aminata Diallo")],
        desc="Garde partagée avec les Martin. Questions : horaires, agrément, repas.",
        zone="Europe/Paris",
    )
    _x("Cleaner trial clean + interview – Spotless Co (Ana)", interview=False, loc="Home")
    _x(
        "Contractor interview #2 – kitchen remodel (BuildRight)",
        interview=False,
        att=[person("mike@buildright-sf.com", "Mike Donnelly")],
        desc="Ask: license #, insurance, timeline, references from last 2 jobs, payment schedule. Compare with quote from Castro Construction.",
        loc="Home",
    )
    _x(
        "Entrevista diarista – Dona Célia (indicação da vizinha)",
        interview=False,
        zone="America/Sao_Paulo",
    )
    _x(
        "Vorstellungsgespräch Au-pair – Lucía (Skype, wir fragen sie)",
        interview=False,
        zone="Europe/Berlin",
    )


def _interviews_like_housing() -> None:
    _x(
        "Interview – Hearthstone Property Management – Data Engineer",
        interview=True,
        company="Hearthstone Property Management",
        role="Data Engineer",
        org=("jobs@hearthstonepm.com", "Hearthstone Property Management"),
        desc="Hi Alex, thanks for applying to the Data Engineer role. You'll meet our VP of Technology at our leasing office – enter through the lobby and ask for Greg.",
        loc="Hearthstone Property Management, 77 Van Ness Ave, Suite 400",
    )
    _x(
        "Office viewing + meet the team — final round",
        interview=True,
        company="Grove Street Labs",
        role=None,
        org=("hello@grovestreetlabs.com", "Grove Street Labs"),
        desc="Come see the space and meet the team! Final round: 3 × 40 min conversations, then coffee with the founders.",
        loc="Grove Street Labs, 1420 Grove St, 2nd floor",
    )
    _x(
        "Vorstellungsgespräch vor Ort – WohnWerk Immobilien",
        interview=True,
        company="WohnWerk Immobilien",
        role="Data Engineer",
        org=("karriere@wohnwerk.de", "WohnWerk Immobilien – Karriere"),
        desc="Hallo Alex, wir freuen uns, dich persönlich kennenzulernen! Gespräch für die Stelle Data Engineer (m/w/d) mit Nils (CTO) und Jana (People).",
        loc="WohnWerk Immobilien, Torstraße 140, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Kennismakingsgesprek – Huisvest",
        interview=True,
        company="Huisvest",
        role="Data Engineer",
        org=("recruitment@huisvest.nl", "Huisvest Recruitment"),
        desc="Hoi Alex, leuk dat je hebt gesolliciteerd op de functie Data Engineer! Tijdens dit kennismakingsgesprek vertellen we meer over Huisvest en willen we jou beter leren kennen.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview – Senior Data Engineer",
        interview=True,
        company="BrightNest",
        role="Senior Data Engineer",
        org=("talent@brightnest.care", "BrightNest Talent"),
        desc="BrightNest connects families with nannies and sitters. This 45 min interview is with our Head of Data, Femi.",
        conf=("Zoom Meeting", "https://brightnest.zoom.us/j/82210094455"),
    )
    _x(
        "Trial day – HomeCrew (Analytics Engineer)",
        interview=True,
        company="HomeCrew",
        role="Analytics Engineer",
        org=("jobs@homecrew.app", "HomeCrew"),
        desc="Paid trial day: you'll pair with the data team on a real (small) task, have lunch with the team, and a wrap-up chat with the CEO at 4pm.",
        loc="HomeCrew, 901 Bryant St",
        all_day=True,
    )
    _x(
        "Entretien – Nounou Express – Data Engineer",
        interview=True,
        company="Nounou Express",
        role="Data Engineer",
        org=("jobs@nounouexpress.fr", "Nounou Express"),
        desc="Bonjour Alex, merci pour votre candidature ! Entretien avec notre CTO, Hugo, pour le poste de Data Engineer.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista – Imobiliária Horizonte – Engenheiro de Dados",
        interview=True,
        company="Imobiliária Horizonte",
        role="Engenheiro de Dados",
        desc="Entrevista presencial com a gerente de TI, Fernanda. Levar documentos.",
        loc="Av. Paulista 1000, 8º andar, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "BuildRight – interview for Operations Analyst",
        interview=True,
        company="BuildRight",
        role="Operations Analyst",
        org=("mike@buildright-sf.com", "Mike Donnelly"),
        desc="Hey Alex, great talking about the kitchen – and thanks for sending your resume over. Let's do a proper interview for the Operations Analyst job, I'll bring my business partner.",
        loc="BuildRight office, 3150 18th St",
    )


# ---------------------------------------------------------------------------
# Sports tryouts, hobby auditions, dating
# ---------------------------------------------------------------------------


def _tryouts_and_dating() -> None:
    _x(
        "Tryouts – Bay City Rugby Club (open trials)",
        interview=False,
        loc="Kezar Stadium",
        desc="Bring boots, mouthguard, water. Fitness test first.",
    )
    _x(
        "Audition – Oakland Community Choir (tenor)",
        interview=False,
        org=("director@oaklandcommunitychoir.org", "Choir Director"),
        desc="Prepare 16 bars of any song; we'll also do some sight-reading. Volunteer choir – no fee.",
        loc="First Presbyterian Church, Oakland",
    )
    _x("Probetraining – FC Altona Ü30", interview=False, zone="Europe/Berlin")
    _x("Provino – coro polifonico di quartiere", interview=False, zone="Europe/Rome")
    _x("アマチュアオーケストラ 入団オーディション（ヴィオラ）", interview=False, zone="Asia/Tokyo")
    _x(
        "Meet Jamie (Bumble) – 'interview' over coffee lol",
        interview=False,
        loc="Sightglass Coffee",
    )
    _x("Rendez-vous – Julien (Hinge)", interview=False, zone="Europe/Paris")
    _x("소개팅 – 강남역 7시", interview=False, zone="Asia/Seoul")


def _interviews_like_tryouts() -> None:
    _x(
        "Audition – Section Viola (paid, per-service contract)",
        interview=True,
        company="Sacramento Valley Philharmonic",
        role="Section Viola",
        org=("auditions@svphil.org", "SVP Personnel Manager"),
        desc=(
            "Dear Alex, your audition for the Section Viola vacancy is confirmed. Preliminary round behind a screen. "
            "Repertoire: Walton concerto mvt. 1 exposition; excerpts per the list. Warm-up room opens 45 min before."
        ),
        loc="Harris Center, Stage B, Folsom",
    )
    _x(
        "Probespiel – Stadtorchester Lindau – Tutti-Bratsche",
        interview=True,
        company="Stadtorchester Lindau",
        role="Tutti-Bratsche",
        org=("orchesterbuero@stadtorchester-lindau.de", "Orchesterbüro"),
        desc="Sehr geehrter Herr Rivera, wir laden Sie zum Probespiel für die Stelle Tutti-Bratsche (TVK D) ein. 1. Runde: Stamitz D-Dur, 1. Satz mit Kadenz.",
        loc="Stadttheater Lindau, Probensaal",
        zone="Europe/Berlin",
    )
    _x(
        "Orchestra audition – principal 2nd violin (salaried) – Bay Chamber Orchestra",
        interview=True,
        company="Bay Chamber Orchestra",
        role="Principal Second Violin",
    )
    _x(
        "Trial shift – Osteria Lupa (line cook)",
        interview=True,
        company="Osteria Lupa",
        role="Line Cook",
        org=("chef@osterialupa.com", "Chef Matteo"),
        desc="Come in at 3pm, bring your knives and non-slip shoes. You'll work the garde manger station for service, we pay the shift. Chat with me after.",
        loc="Osteria Lupa, 2290 Mission St",
    )
    _x(
        "Prueba de trabajo – La Brasa – camarero (turno de noche)",
        interview=True,
        company="La Brasa",
        role="camarero",
        loc="Restaurante La Brasa, Calle Cava Baja 12, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Prova in cucina – Trattoria da Nino – aiuto cuoco",
        interview=True,
        company="Trattoria da Nino",
        role="aiuto cuoco",
        desc="Prova pratica di mezza giornata, poi colloquio con Nino. Portare divisa.",
        loc="Trattoria da Nino, Via dei Serpenti 58, Roma",
        zone="Europe/Rome",
    )
    _x(
        "Provjobb – Café Kanel – barista",
        interview=True,
        company="Café Kanel",
        role="barista",
        loc="Café Kanel, Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview – Bay City FC – Performance Data Analyst",
        interview=True,
        company="Bay City FC",
        role="Performance Data Analyst",
        org=("careers@baycityfc.com", "Bay City FC Careers"),
        desc="Please meet us at the training ground. Interview with the Head of Performance, then a short exercise analysing match tracking data.",
        loc="Bay City FC Training Centre, Gate 3",
    )
    _x(
        "楽団員オーディション（ヴィオラ）– 港シンフォニー",
        interview=True,
        company="港シンフォニー",
        role="ヴィオラ奏者",
        org=("jimukyoku@minato-symphony.jp", "港シンフォニー 事務局"),
        desc="楽団員（ヴィオラ奏者）採用オーディションのご案内です。一次審査：課題曲（ホフマイスター 協奏曲 第1楽章）。審査員は首席奏者ほか。",
        loc="港シンフォニー 練習場",
        zone="Asia/Tokyo",
    )
    _x(
        "Coffee w/ Jamie (Hiring Manager, Data)",
        interview=True,
        company="Kindling",
        role=None,
        org=("jamie.ross@kindling.app", "Jamie Ross"),
        desc="Hi Alex! Informal but it is the first step for the data role at Kindling – the dating app – so I'll ask a bit about your experience.",
        loc="Sightglass Coffee, 270 7th St",
    )
    _x(
        "[면접] 데이터 엔지니어 – 인연 (데이팅 앱)",
        interview=True,
        company="인연",
        role="데이터 엔지니어",
        org=("people@inyeon.app", "인연 피플팀"),
        desc="안녕하세요 Alex님, 데이터 엔지니어 포지션 면접 일정 안내드립니다. 면접은 CTO와 진행됩니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Tryout day – Strikers Esports – Data Analyst",
        interview=True,
        company="Strikers Esports",
        role="Data Analyst",
        org=("ops@strikers.gg", "Strikers Esports Ops"),
        desc="Not a player tryout 🙂 – a half-day work sample for the Data Analyst role: review scrim data with the coaching staff, then interview with the GM.",
        loc="Strikers Esports HQ, Burbank",
    )


# ---------------------------------------------------------------------------
# Mock interviews, coaching, interview prep
# ---------------------------------------------------------------------------


def _mock_and_prep() -> None:
    _x(
        "Mock interview w/ Priya (system design)",
        interview=False,
        att=[person("priya.s.personal@gmail.com", "Priya")],
        desc="She plays the interviewer, design a ride-sharing dispatch system. Timer 45 min.",
        meet="meet",
    )
    _x(
        "Pramp – peer mock interview (you interview first)",
        interview=False,
        loc="https://www.pramp.com/",
        org=("no-reply@pramp.com", "Pramp"),
    )
    _x(
        "interviewing.io – anonymous mock with a senior engineer",
        interview=False,
        org=("mocks@interviewing.io", "interviewing.io"),
        desc="Practice interview. Your interviewer is anonymous. Session is recorded for your review. This is not a real job interview.",
    )
    _x(
        "Career coach – interview storytelling (STAR)",
        interview=False,
        org=("coach@brightpathcareers.com", "Linda Park – BrightPath Careers"),
        desc="Session 3 of 6: behavioral answers. Homework: write 6 STAR stories.",
        conf=("Zoom Meeting", "https://zoom.us/j/94410022001"),
    )
    _x("Prep: Halcyon onsite – review distributed systems + their blog posts", interview=False)
    _x(
        "Probe-Vorstellungsgespräch mit Coach (Arbeitsagentur-Kurs)",
        interview=False,
        zone="Europe/Berlin",
    )
    _x("Simulacro de entrevista con mi mentora", interview=False, zone="Europe/Madrid")
    _x(
        "Mock interview practice – Rohan bhaiya ke saath (DSA)",
        interview=False,
        zone="Asia/Kolkata",
    )
    _x("Пробное собеседование с ментором", interview=False, zone="Europe/Moscow")


def _interviews_like_mocks() -> None:
    _x(
        "Live coding session – Alex Rivera",
        interview=True,
        company="Tidewater Labs",
        role="Software Engineer II",
        org=("recruiting@tidewaterlabs.com", "Tidewater Labs Recruiting"),
        att=[person("sven.lindqvist@tidewaterlabs.com", "Sven Lindqvist")],
        desc="Live coding with Sven, one of our engineers, for the Software Engineer II role. You'll share a CoderPad: https://app.coderpad.io/TWL8821. Any language is fine.",
        meet="meet",
    )
    _x(
        "Case interview – Alex Rivera – Associate",
        interview=True,
        company="Beaumont & Clarke",
        role="Associate",
        org=("recruiting@beaumontclarke.com", "Beaumont & Clarke Recruiting"),
        desc="First-round case interview (interviewer-led). Bring a notepad and a calculator; no slides needed. Two cases, 30 minutes each, with different consultants.",
        loc="Beaumont & Clarke, 555 California St, 30th floor",
    )
    _x(
        "Pair programming interview",
        interview=True,
        company="Gorse Systems",
        role=None,
        org=("people@gorse.systems", "Gorse Systems"),
        att=[person("ada.kowalczyk@gorse.systems", "Ada Kowalczyk")],
        desc="We'll work through a small refactoring together in a shared VS Code Live Share session. It's collaborative – think out loud.",
        meet="meet",
    )
    _x(
        "Live-Coding-Interview – Kranich Software – Senior Python Entwickler",
        interview=True,
        company="Kranich Software",
        role="Senior Python Entwickler",
        org=("jobs@kranich-software.de", "Kranich Software Recruiting"),
        desc="Hi Alex, im Live-Coding löst du gemeinsam mit zwei Entwicklern eine kleine Aufgabe. Kein LeetCode, eher Alltagsprobleme. Dauer: 75 Minuten.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KRN6610",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista de caso – Consultora Cóndor – Consultor Senior",
        interview=True,
        company="Consultora Cóndor",
        role="Consultor Senior",
        org=("talento@consultoracondor.cl", "Talento Cóndor"),
        desc="Estimado Alex: la segunda etapa es una entrevista de caso con un Gerente. Duración 45 minutos.",
        meet="meet",
        zone="America/Santiago",
    )
    _x(
        "Interview – Nexa Fintech – Technical round 2 (live coding)",
        interview=True,
        company="Nexa Fintech",
        role="Backend Engineer",
        org=("talent@nexafintech.in", "Nexa Fintech Talent"),
        desc="Hi Alex, round 2 for Backend Engineer: live coding on HackerRank CodePair with our SDE-3 Arjun. Camera on rehna zaroori hai.",
        loc="https://www.hackerrank.com/interview/codepair/NXF-4471",
        zone="Asia/Kolkata",
    )
    _x(
        "Техническое собеседование (лайвкодинг) – Вектор Лаб",
        interview=True,
        company="Вектор Лаб",
        role="Backend-разработчик",
        org=("hr@vectorlab.ru", "Вектор Лаб HR"),
        desc="Алекс, добрый день! Техническое собеседование на позицию Backend-разработчик: 90 минут, лайвкодинг и вопросы по базам данных.",
        conf=("Zoom Meeting", "https://zoom.us/j/87760011223"),
        zone="Europe/Moscow",
    )
    _x(
        "Entrevista de case – Consultoria Ipê – Analista de Negócios",
        interview=True,
        company="Consultoria Ipê",
        role="Analista de Negócios",
        desc="Case com o sócio, presencial. Estruturar bem antes de fazer conta.",
        loc="Rua Funchal 418, Vila Olímpia, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Halcyon onsite #2 (the real one!)",
        interview=True,
        company="Halcyon Robotics",
        role=None,
        loc="Halcyon Robotics, 450 Harrison St",
    )
    _x(
        "Whiteboard interview – Ferrous",
        interview=True,
        company="Ferrous",
        role="Infrastructure Engineer",
        org=("hiring@ferrous.dev", "Ferrous Hiring"),
        desc="Hi Alex, in-person whiteboard round for the Infrastructure Engineer position. Whiteboards and markers provided.",
        loc="Ferrous, 160 Spear St, 9th floor",
    )
    _x(
        "Behavioral interview (STAR format) – Orchard Pay",
        interview=True,
        company="Orchard Pay",
        role="Senior Data Engineer",
        org=("recruiting@orchardpay.com", "Orchard Pay Recruiting"),
        desc="This round focuses on past experiences. We recommend the STAR format. 45 min with Leah Kim (Director of Engineering). Role: Senior Data Engineer.",
        meet="meet",
    )
    _x(
        "Rozmowa techniczna – Kodlab – Data Engineer",
        interview=True,
        company="Kodlab",
        role="Data Engineer",
        desc="Rozmowa techniczna z dwoma inżynierami, 60 min.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Coaching-style interview w/ VP Eng – Meadowlark",
        interview=True,
        company="Meadowlark",
        role="Engineering Manager, Data",
        org=("talent@meadowlark.ai", "Meadowlark Talent"),
        desc="For the Engineering Manager, Data role: Rachel will role-play a report and you coach her through a situation. 45 min.",
        conf=("Zoom Meeting", "https://meadowlark.zoom.us/j/81190022883"),
    )
    _x(
        "Intervju – parprogrammering – Sjöfart Digital",
        interview=True,
        company="Sjöfart Digital",
        role="Backend-utvecklare",
        org=("jobb@sjofartdigital.se", "Sjöfart Digital Rekrytering"),
        desc="Hej Alex! Nästa steg för tjänsten som Backend-utvecklare: en parprogrammeringsövning tillsammans med två av våra utvecklare.",
        meet="meet",
        zone="Europe/Stockholm",
    )


# ---------------------------------------------------------------------------
# Career fairs as a visitor, self-paced tests, webinars, films and books
# ---------------------------------------------------------------------------


def _fairs_tests_webinars_media() -> None:
    _x(
        "Career fair – Moscone West (just browsing, bring 10 resumes)",
        interview=False,
        loc="Moscone Center West",
    )
    _x(
        "Karrieremesse – nur umschauen, Halle B6",
        interview=False,
        loc="Messe München",
        zone="Europe/Berlin",
    )
    _x(
        "HackerRank assessment due – Tidewater Labs",
        interview=False,
        all_day=True,
        desc="Take-home assessment, 90 min timer once started. Link expires at 11:59pm PT today.",
    )
    _x("SPI適性検査 受験期限", interview=False, all_day=True, zone="Asia/Tokyo")
    _x(
        "HireVue one-way video – complete by Sunday",
        interview=False,
        all_day=True,
        desc="Recorded questions, no live interviewer. 3 questions, 2 min each, one re-record allowed. Do it anytime before Sunday 11:59pm.",
    )
    _x(
        "Webinar: Ace your behavioral interview",
        interview=False,
        conf=("Zoom Webinar", "https://zoom.us/w/98810022334"),
        desc="Free webinar by JobSprint. Replay available for 7 days.",
    )
    _x(
        "Webinar: Jak przygotować się do rozmowy kwalifikacyjnej",
        interview=False,
        zone="Europe/Warsaw",
    )
    _x("Movie night: The Interview (2014) 🍿", interview=False, loc="Home")
    _x(
        "Book club – 'Interview with the Vampire' ch. 1–10",
        interview=False,
        loc="Green Apple Books",
    )


def _interviews_like_fairs_and_tests() -> None:
    _x(
        "On-site interview at career fair – Sundial Robotics booth, Room 2C",
        interview=True,
        company="Sundial Robotics",
        role="Robotics Software Engineer",
        org=("campus@sundialrobotics.com", "Sundial Robotics University Recruiting"),
        desc="Thanks for stopping by our booth! As discussed, here's your 30 min interview slot for the Robotics Software Engineer role. Come to interview room 2C, next to Hall B.",
        loc="Moscone Center West, Interview Room 2C",
    )
    _x(
        "Hiring event – your 1:1 interview slot 14:20",
        interview=True,
        company="Pacifica Airlines",
        role="Data Engineer",
        org=("events@pacificaair.com", "Pacifica Airlines Talent Events"),
        desc="Welcome to the Pacifica Airlines Tech Hiring Event. After the welcome session, you'll have a 1:1 interview for the Data Engineer role at 14:20 with a member of our Data team.",
        loc="Pacifica Airlines Hangar 4 Event Space, SFO",
    )
    _x(
        "Gespräch am Messestand – Kühne Maschinenbau, Stand B12",
        interview=True,
        company="Kühne Maschinenbau",
        role=None,
        desc="Auf der Karrieremesse Termin bekommen: 20 min Bewerbungsgespräch mit Frau Albers (Personal). Lebenslauf ausgedruckt mitnehmen.",
        loc="Messe München, Halle B6, Stand B12",
        zone="Europe/Berlin",
    )
    _x(
        "Job dating – Atelier Numérique – Développeur Data",
        interview=True,
        company="Atelier Numérique",
        role="Développeur Data",
        org=("rh@ateliernumerique.fr", "RH Atelier Numérique"),
        desc="Bonjour Alex, suite à votre inscription au job dating, voici votre créneau d'entretien de 15 minutes pour le poste de Développeur Data.",
        loc="Paris Expo, Hall 4, espace recrutement",
        zone="Europe/Paris",
    )
    _x(
        "CodeSignal Live Interview – Alex Rivera",
        interview=True,
        company="Sable Security",
        role="Security Data Engineer",
        org=("no-reply@codesignal.com", "CodeSignal on behalf of Sable Security"),
        att=[person("marcus.oyelaran@sablesecurity.com", "Marcus Oyelaran")],
        desc="Sable Security has invited you to a live interview for Security Data Engineer. Your interviewer: Marcus Oyelaran. Join from a desktop browser: https://app.codesignal.com/live-interview/SBL-9920",
        loc="https://app.codesignal.com/live-interview/SBL-9920",
    )
    _x(
        "Technical assessment (live, with interviewer) – Harlow Bank",
        interview=True,
        company="Harlow Bank",
        role="Quantitative Developer",
        org=("graduate.recruitment@harlowbank.co.uk", "Harlow Bank Recruitment"),
        desc="Unlike the online test you completed, this assessment is conducted live with an interviewer from the Quantitative Developer team. Please have your webcam on and a pen and paper to hand.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HRL7742",
        ),
        zone="Europe/London",
    )
    _x(
        "Take-home review call",
        interview=True,
        company="Tidewater Labs",
        role=None,
        org=("recruiting@tidewaterlabs.com", "Tidewater Labs Recruiting"),
        att=[
            person("sven.lindqvist@tidewaterlabs.com", "Sven Lindqvist"),
            person("amara.osei@tidewaterlabs.com", "Amara Osei"),
        ],
        desc="Walk us through your take-home: design choices, trade-offs, what you'd do with more time.",
        meet="meet",
    )
    _x(
        "技術面接（ライブコーディング）– 株式会社カゼテック",
        interview=True,
        company="カゼテック",
        role="サーバーサイドエンジニア",
        org=("hr@kazetech.co.jp", "カゼテック 人事"),
        desc="サーバーサイドエンジニア職の技術面接です。適性検査（Web）とは別に、エンジニア2名とのライブコーディングを行います。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "笔试+面试（现场）– 星河网络 – 后端工程师",
        interview=True,
        company="星河网络",
        role="后端工程师",
        org=("campus@xinghe-net.cn", "星河网络 招聘组"),
        desc="请携带身份证。现场笔试40分钟，随后由技术面试官进行一对一面试。",
        loc="星河网络 深圳总部 B座 3楼",
        zone="Asia/Shanghai",
    )
    _x(
        "Assessment centre – Brightwater Utilities – Graduate Data Analyst",
        interview=True,
        company="Brightwater Utilities",
        role="Graduate Data Analyst",
        org=("earlycareers@brightwater-utilities.co.uk", "Brightwater Early Careers"),
        desc="Schedule: 09:30 welcome webinar-style presentation; 10:15 group exercise; 11:30 competency interview; 13:00 written exercise. Assessors will observe throughout.",
        loc="Brightwater Utilities, Reading Campus",
        zone="Europe/London",
    )
    _x(
        "Zoom interview – Streaming Data Engineer",
        interview=True,
        company="Seabright Media",
        role="Streaming Data Engineer",
        org=("careers@seabrightmedia.com", "Seabright Media Careers"),
        desc="Please note: the Zoom link below is for your private interview, not the public 'Life at Seabright' webinar you registered for.",
        conf=("Zoom Meeting", "https://seabrightmedia.zoom.us/j/86620033114"),
    )
    _x(
        "Interview – Silver Screen Streaming – Content Data Engineer",
        interview=True,
        company="Silver Screen Streaming",
        role="Content Data Engineer",
        org=("talent@silverscreen.tv", "Silver Screen Talent"),
        desc="You'll meet the team behind our recommendations for TV shows and films.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with Lanternfish Books (publisher) – Data Engineer",
        interview=True,
        company="Lanternfish Books",
        role="Data Engineer",
        org=("jobs@lanternfishbooks.com", "Lanternfish Books"),
        desc="Dear Alex, we'd love to talk with you about the Data Engineer role on our digital publishing team.",
        loc="Lanternfish Books, 33 W 17th St, New York",
        zone="America/New_York",
    )
    _x(
        "Interview: Alex Rivera x Channel 9 Digital – Senior Data Engineer",
        interview=True,
        company="Channel 9 Digital",
        role="Senior Data Engineer",
        org=("recruitment@channel9digital.com.au", "Channel 9 Digital Recruitment"),
        desc="G'day Alex, confirming your video interview for the Senior Data Engineer role.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_C9D3310",
        ),
        zone="Australia/Sydney",
    )
    _x(
        "Sollicitatiegesprek op de carrièrebeurs – Rivierland Water, stand 4C",
        interview=True,
        company="Rivierland Water",
        role=None,
        desc="Ingeschreven via de beurs-app: 20 minuten met de recruiter en een teamleider. CV meenemen.",
        loc="Jaarbeurs Utrecht, Hal 7, stand 4C",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kesar Foods – HR round (Data Analyst) – Teams pe",
        interview=True,
        company="Kesar Foods",
        role="Data Analyst",
        org=("careers@kesarfoods.in", "Kesar Foods Careers"),
        desc="Hi Alex, webinar ke baad aapko shortlist kiya gaya hai. HR round 30 min ka hoga, salary expectations aur notice period discuss karenge.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KSR1290",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "코딩 인터뷰 (라이브) – 누리소프트 – 백엔드 개발자",
        interview=True,
        company="누리소프트",
        role="백엔드 개발자",
        org=("recruit@nurisoft.co.kr", "누리소프트 채용"),
        desc="온라인 코딩테스트 통과를 축하드립니다. 다음 단계는 면접관과 함께하는 라이브 코딩 인터뷰(60분)입니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
