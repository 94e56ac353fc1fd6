# ruff: noqa: E501 -- data: event texts as written
"""Part written by author 18a: look-alikes and their real counterparts. About three fifths of the
events contain interview-like words or look like an interview but are not Alex's own job
interview (interviews Alex conducts at Initech with debriefs, scorecards, hiring committees and
interviewer training; friends' and family's interviews; mock interviews and coaching; press,
podcast, oral-history and research interviews; user interviews and usability tests; visa,
consulate, citizenship, tax, benefits, police, court, adoption, medical and admission
interviews; exit, stay, performance and promotion conversations at work; recruiting events and
job fairs; prep blocks and thank-you reminders; films, books and games with interview in the
title; vendor selection, apartment viewings and sports trials), in many languages. The other two
fifths are Alex's own job interviews that resemble them, so the border is learnt from both sides:
short and long titles, scheduling tools, agencies, Alex's own notes, several languages."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author18a", **kw)


def build() -> None:
    _initech_interviewer()
    _initech_hiring_process()
    _friends_and_family()
    _mock_and_coaching()
    _press_and_research()
    _user_research()
    _official_interviews()
    _work_reviews()
    _recruiting_events()
    _prep_and_reminders()
    _media_titles()
    _vendors_and_misc()
    _real_english()
    _real_europe()
    _real_world()
    _real_borderline()


# --------------------------------------------------------------------------------------------
# Look-alikes: interviews Alex conducts at Initech (work calendar)
# --------------------------------------------------------------------------------------------


def _initech_interviewer() -> None:
    _x(
        "Interview: Jordan Patel (Senior Backend Engineer) - System Design",
        interview=False,
        me=WORK_ME,
        org=("priya.raman@initech.com", "Priya Raman"),
        att=[person("marcus.oyelaran@initech.com", "Marcus Oyelaran")],
        desc="Hi Alex,\n\nYou're scheduled to interview Jordan Patel for the Senior Backend Engineer role (REQ-2291).\n\nFocus area: System Design (45 min) - please use the 'rate limiter' prompt from the interview kit.\nResume and interview kit: https://app.greenhouse.io/interview_kits/8812733\n\nPlease submit your scorecard within 24 hours.\n\nThanks!\nPriya | Recruiting Coordinator, Initech",
        meet="meet",
    )
    _x(
        "Candidate: Mei-Lin Zhao // Coding (Alex)",
        interview=False,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Interview Scheduling"),
        desc="Interviewer: Alex Rivera\nCandidate: Mei-Lin Zhao\nStage: Onsite - Coding 2 of 2\nCoderPad: https://coderpad.io/QK7R2XJ9\nReminder: do not discuss compensation with the candidate.",
        loc="Initech HQ - 4F Redwood (8)",
    )
    _x(
        "Onsite loop for O. Adeyemi – you're on Values & Collaboration",
        interview=False,
        me=WORK_ME,
        org=("dana.whitfield@initech.com", "Dana Whitfield"),
        att=[
            person("kenji.mori@initech.com", "Kenji Mori"),
            person("rachel.goh@initech.com", "Rachel Goh"),
            person("room-4f-sequoia@resource.calendar.google.com", "4F Sequoia", resource=True),
        ],
        desc='<p>Team,</p><p>Oluwaseun is coming onsite Thursday for the <b>Data Platform Engineer</b> loop. Alex - you have the Values &amp; Collaboration slot (11:00-11:45). Kenji does lunch.</p><p>Please read the <a href="https://initech.greenhouse.io/people/55120981">candidate profile</a> beforehand.</p>',
    )
    _x(
        "Tech screen w/ candidate (Rafael Ortega)",
        interview=False,
        me=WORK_ME,
        conf=("Zoom Meeting", "https://initech.zoom.us/j/93310274466"),
        desc="Phone screen I'm running for the analytics eng opening. 30 min, SQL + one modelling question. Scorecard in GH after.",
    )
    _x(
        "Interview mit Lukas Brandt – Backend Engineer (Initech Berlin)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("jana.koehler@initech.com", "Jana Köhler"),
        att=[person("lukas.brandt@posteo.de", "Lukas Brandt")],
        desc="Hallo Alex,\n\ndanke, dass du beim Vorstellungsgespräch mit Lukas Brandt dabei bist. Du übernimmst den technischen Teil (Architektur, 40 Min.), ich mache danach den Kultur-Teil.\n\nLebenslauf hängt im Greenhouse-Profil.\n\nViele Grüße\nJana (Talent Acquisition DACH)",
        meet="meet",
    )
    _x(
        "Entretien technique – Camille Durand (candidate Data Engineer)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
        org=("thomas.leclerc@initech.com", "Thomas Leclerc"),
        desc="Bonjour Alex,\nPeux-tu faire l'entretien technique de Camille ? 1h, exercice de pipeline Spark + questions sur dbt. Merci de remplir la grille d'évaluation dans Greenhouse avant vendredi.\nThomas",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA3NmI2",
        ),
    )
    _x(
        "一次面接（面接官）: 田中 愛子さん / バックエンドエンジニア",
        interview=False,
        me=WORK_ME,
        zone="Asia/Tokyo",
        org=("yuki.sato@initech.com", "佐藤 由紀"),
        att=[person("hiroshi.kato@initech.com", "加藤 浩")],
        desc="Alexさん\n\n田中 愛子さん（候補者）の一次面接の面接官をお願いします。\n評価シートは面接後24時間以内にご提出ください。\n\n人事部 佐藤",
        meet="meet",
    )
    _x(
        "Rozmowa rekrutacyjna – kandydat Piotr Nowak (QA Automation), Alex jako rekruter techniczny",
        interview=False,
        me=WORK_ME,
        zone="Europe/Warsaw",
        org=("agnieszka.wrobel@initech.com", "Agnieszka Wróbel"),
        desc="Cześć Alex, prowadzisz część techniczną rozmowy z Piotrem. Arkusz oceny w Greenhouse. Dzięki!",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWx3Yk",
        ),
    )
    _x(
        "Hiring manager interview – Hannah Weiss",
        interview=False,
        me=WORK_ME,
        desc="I'm the HM for this one (Sr Data Eng, platform team). Candidate referred by Kenji. Ask about the Kafka migration on her resume + why she's leaving.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95018832201"),
        att=[person("hannah.weiss.dev@gmail.com", "Hannah Weiss")],
    )
    _x(
        "[Interviewer] Tariq Haddad - Pair programming",
        interview=False,
        me=WORK_ME,
        org=("noreply@modernloop.io", "ModernLoop"),
        desc="You have been scheduled as an interviewer.\n\nCandidate: Tariq Haddad\nRole: Software Engineer II, Payments\nInterview: Pair programming (60 min)\nInterview kit: https://app.modernloop.io/kit/7c1e\n\nNeed to reschedule? Reply to this invite or decline and the coordinator will be notified.",
        meet="meet",
    )
    _x(
        "shadow: Kenji interviewing candidate (reverse shadow next week)",
        interview=False,
        me=WORK_ME,
        org=("kenji.mori@initech.com", "Kenji Mori"),
        desc="Shadowing as part of interviewer certification. Just observe, don't ask questions. Candidate is for the SRE role.",
        loc="Initech HQ - 3F Cedar",
    )
    _x(
        "Entrevista candidata: Lucía Fernández – Analista de Datos (Initech Madrid)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Madrid",
        org=("carmen.ibanez@initech.com", "Carmen Ibáñez"),
        desc="Hola Alex:\nTe he puesto como entrevistador en la segunda ronda de Lucía. Tú haces la parte de SQL y modelado (45 min). Rellena la scorecard en Greenhouse, por favor.\nGracias,\nCarmen",
        meet="meet",
    )
    _x(
        "Intervju med kandidat – Erik Sandberg, Data Engineer",
        interview=False,
        me=WORK_ME,
        zone="Europe/Stockholm",
        org=("sofia.lindqvist@initech.com", "Sofia Lindqvist"),
        desc="Hej Alex! Du tar den tekniska delen med Erik. Vi ses i rum Vasa efter lunch. /Sofia",
        loc="Initech Stockholm, rum Vasa",
    )
    _x(
        "Sollicitatiegesprek kandidaat Daan de Vries – jij doet de case",
        interview=False,
        me=WORK_ME,
        zone="Europe/Amsterdam",
        org=("femke.jansen@initech.com", "Femke Jansen"),
        desc="Hoi Alex, Daan solliciteert op de rol Analytics Engineer. Jij begeleidt de case (45 min), ik doe de motivatie en arbeidsvoorwaarden. Beoordelingsformulier staat in Greenhouse.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDVkZT",
        ),
    )
    _x(
        "Colloquio tecnico – candidato Marco Bellini (team Data)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Rome",
        org=("giulia.conti@initech.com", "Giulia Conti"),
        desc="Ciao Alex, ti ho inserito come intervistatore per Marco. Focus: Python e data modeling. Ricordati di compilare la scorecard entro domani. Grazie!",
        meet="meet",
    )
    _x(
        "Entrevista com candidata Ines Carvalho (eu entrevisto) - Eng. de Dados",
        interview=False,
        me=WORK_ME,
        zone="Europe/Lisbon",
        desc="Sou o entrevistador técnico. Perguntas sobre Airflow e qualidade de dados. Preencher scorecard no Greenhouse.",
        att=[person("ines.carvalho92@gmail.com", "Ines Carvalho")],
        meet="meet",
    )
    _x(
        "후보자 면접 (면접관: Alex) – 김민준 / 데이터 엔지니어",
        interview=False,
        me=WORK_ME,
        zone="Asia/Seoul",
        org=("jiyeon.park@initech.com", "박지연"),
        desc="Alex님, 김민준 후보자 2차 기술면접 면접관으로 참석 부탁드립니다. 평가표는 Greenhouse에 제출해 주세요.",
        meet="meet",
    )
    _x(
        "Aday mülakatı – Elif Yıldız (Backend), mülakatı ben yapıyorum",
        interview=False,
        me=WORK_ME,
        zone="Europe/Istanbul",
        org=("burak.aydin@initech.com", "Burak Aydın"),
        desc="Alex, Elif Hanım ile teknik mülakatı sen yürütüyorsun. Değerlendirme formunu Greenhouse'a girmeyi unutma.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/98120045523"),
    )
    _x(
        "Собеседование с кандидатом: Дмитрий Волков (Data Engineer) — Alex интервьюер",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("anna.smirnova@initech.com", "Анна Смирнова"),
        desc="Алекс, привет! Проведи, пожалуйста, техническую часть собеседования с Дмитрием. Оценку заполни в Greenhouse до конца дня.",
        meet="meet",
    )
    _x(
        "面试候选人：王磊（高级数据工程师）— 我是面试官",
        interview=False,
        me=WORK_ME,
        zone="Asia/Shanghai",
        org=("lin.chen@initech.com", "陈琳"),
        desc="Alex 你好，请作为面试官参加王磊的二面（系统设计，60分钟）。面试结束后请在 Greenhouse 填写评估表。谢谢！",
        meet="meet",
    )
    _x(
        "Lunch w/ candidate (no eval) – Aiko",
        interview=False,
        me=WORK_ME,
        org=("dana.whitfield@initech.com", "Dana Whitfield"),
        desc="Informal lunch buddy for the onsite. Not an evaluated slot, just sell the team.",
        loc="Café on 2F",
    )
    _x(
        "Take-home review: candidate submission #4471",
        interview=False,
        me=WORK_ME,
        desc="Grade the take-home for the analytics eng req before the panel. Rubric in the hiring doc.",
    )


def _initech_hiring_process() -> None:
    _x(
        "Debrief: Jordan Patel – Sr Backend Eng",
        interview=False,
        me=WORK_ME,
        org=("priya.raman@initech.com", "Priya Raman"),
        att=[
            person("marcus.oyelaran@initech.com", "Marcus Oyelaran"),
            person("kenji.mori@initech.com", "Kenji Mori"),
            person("rachel.goh@initech.com", "Rachel Goh"),
        ],
        desc="Please have scorecards submitted BEFORE the debrief. We'll go hire/no-hire round the table, HM speaks last.",
        meet="meet",
    )
    _x(
        "Hiring Committee – Eng L5/L6 packets",
        interview=False,
        me=WORK_ME,
        org=("hc-eng@initech.com", "Eng Hiring Committee"),
        desc="Agenda:\n1. Mei-Lin Zhao (L5, Data Platform) - packet link\n2. Oluwaseun Adeyemi (L5) - packet link\n3. Calibration on bar-raiser notes\n\nPackets are confidential; do not forward.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91177340012"),
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning & Development"),
        desc="Required for all new interviewers. Covers: structured questions, avoiding bias, writing evidence-based scorecards, legal do's and don'ts. Please complete the pre-read in Workday Learning.",
        loc="Initech HQ - Training Room B",
    )
    _x(
        "Scorecard due: Rafael O. (write it up!!)",
        interview=False,
        me=WORK_ME,
        all_day=True,
    )
    _x(
        "Interview calibration – system design rubric",
        interview=False,
        me=WORK_ME,
        org=("marcus.oyelaran@initech.com", "Marcus Oyelaran"),
        desc="We've been all over the place on system design scores. Bring two recent scorecards (redacted) and we'll calibrate what a 'Strong Hire' looks like.",
        meet="meet",
    )
    _x(
        "Abstimmung Einstellungsentscheidung – Lukas B.",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("jana.koehler@initech.com", "Jana Köhler"),
        desc="Kurze Runde nach den Gesprächen: Einstellen ja/nein, Gehaltsrahmen, nächste Schritte.",
        meet="meet",
    )
    _x(
        "Intake meeting: new req – Staff Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("dana.whitfield@initech.com", "Dana Whitfield"),
        desc="Recruiter intake for the new headcount on my team. Let's agree on must-haves, interview loop, and who's on the panel.",
        meet="meet",
    )
    _x(
        "Revue des candidatures – stage Data (été)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
        org=("thomas.leclerc@initech.com", "Thomas Leclerc"),
        desc="On trie ensemble les CV pour le stage. Objectif : 8 candidats pour les entretiens de la semaine prochaine.",
    )
    _x(
        "Bar raiser sync – offer recommendation",
        interview=False,
        me=WORK_ME,
        org=("rachel.goh@initech.com", "Rachel Goh"),
        desc="You were the bar raiser on Tariq's loop; need your written recommendation before comp committee.",
    )
    _x(
        "面接官研修（構造化面接）",
        interview=False,
        me=WORK_ME,
        zone="Asia/Tokyo",
        org=("hr-training@initech.com", "人事部 研修担当"),
        desc="新任面接官向けの研修です。評価基準、質問の仕方、NG質問について学びます。",
        loc="本社 12F 研修室",
    )
    _x(
        "Refine interview question bank (data modelling)",
        interview=False,
        me=WORK_ME,
        desc="Update the question bank doc: retire the leaked 'library checkout' schema question, add two new ones with rubrics.",
    )
    _x(
        "Reference check call – for candidate Mei-Lin",
        interview=False,
        me=WORK_ME,
        att=[person("j.ortiz@fernwavesystems.com", "Javier Ortiz")],
        desc="Calling her former manager as a reference. Questions in the hiring doc.",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: other people's interviews
# --------------------------------------------------------------------------------------------


def _friends_and_family() -> None:
    _x(
        "Sam's interview at Dovetail - send good luck text",
        interview=False,
        desc="Sam has the final round with Dovetail at 2pm. Text before, call after!",
    )
    _x(
        "Drive Mom to her job interview (library)",
        interview=False,
        loc="Glendale Central Library, 222 E Harvard St",
        desc="Drop off 9:40, she's done ~11. Wait at the coffee place across the street.",
    )
    _x(
        "Maya – Vorstellungsgespräch bei der Sparkasse (Daumen drücken!)",
        interview=False,
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Babysit for Chris & Dee (Dee has an interview)",
        interview=False,
        org=("dee.okafor@gmail.com", "Dee Okafor"),
        desc="Kids nap at 1. Dee's interview is downtown, back by 4 latest. Thank you!!",
        loc="Chris & Dee's",
    )
    _x(
        "Help Leo prep for his Amazon loop (he's nervous)",
        interview=False,
        att=[person("leo.marchetti@gmail.com", "Leo Marchetti")],
        desc="Leo asked me to run through leadership principle stories with him. His onsite is Thursday.",
        meet="meet",
    )
    _x(
        "Entretien d'embauche de Julie – on se retrouve après pour fêter ?",
        interview=False,
        zone="Europe/Paris",
        org=("julie.moreau@gmail.com", "Julie Moreau"),
        desc="Mon entretien finit vers 17h, apéro au Bouillon ensuite ? 🙏",
        loc="Le Bouillon, rue Saint-Denis",
    )
    _x(
        "Papá – entrevista de trabajo (llevarle el traje de la tintorería)",
        interview=False,
        zone="America/Mexico_City",
        desc="Recoger el traje antes de las 12. La entrevista de papá es a las 4.",
    )
    _x(
        "Priyanka ka interview – उसे कॉल करना",
        interview=False,
        zone="Asia/Kolkata",
        desc="प्रियंका का आज TCS में इंटरव्यू है। शाम को फ़ोन करके पूछना कैसा गया।",
    )
    _x(
        "Referral: intro call between Sam and Kestrel hiring manager",
        interview=False,
        att=[
            person("sam.nguyen.work@gmail.com", "Sam Nguyen"),
            person("odette.baines@kestrel-labs.io", "Odette Baines"),
        ],
        desc="I'm just making the intro and dropping off after 5 minutes. Sam's interviewing for the SRE role, not me.",
        meet="meet",
    )
    _x(
        "Colloquio di Francesca in Comune – accompagnarla",
        interview=False,
        zone="Europe/Rome",
        desc="Francesca ha il colloquio per il concorso alle 10. Passo a prenderla alle 9:15.",
    )
    _x(
        "Lena's Bewerbungsgespräch – Auto leihen",
        interview=False,
        zone="Europe/Berlin",
        org=("lena.hartmann@web.de", "Lena Hartmann"),
        desc="Kann ich dein Auto Donnerstag haben? Das Gespräch ist in Potsdam, mit der Bahn komme ich da nicht rechtzeitig hin.",
    )
    _x(
        "Tom: final round @ Harborview (he'll call after)",
        interview=False,
        desc="Don't schedule anything 5-6pm so I can pick up when Tom calls.",
    )
    _x(
        "Zus haar sollicitatiegesprek – ophalen station",
        interview=False,
        zone="Europe/Amsterdam",
        desc="Anouk heeft om 14:00 haar gesprek in Utrecht. Ophalen station Utrecht Centraal om 16:10.",
    )


def _mock_and_coaching() -> None:
    _x(
        "Mock interview (Pramp) – system design",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Your peer practice session is confirmed. You'll interview your peer for 30 minutes, then switch roles.\nJoin: https://www.pramp.com/room/8f2c1a",
    )
    _x(
        "interviewing.io practice – anonymous mock w/ senior eng",
        interview=False,
        org=("no-reply@interviewing.io", "interviewing.io"),
        desc="Your anonymous practice interview is booked. Language: Python. Level: senior. This is a practice session; the interviewer will give you feedback at the end.",
    )
    _x(
        "Career coach – session 3 (salary negotiation)",
        interview=False,
        att=[person("rosa@rosalindcareercoaching.com", "Rosalind Park")],
        desc="Homework: list of 3 offers/targets, current comp, walkaway number.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84410092311"),
    )
    _x(
        "Mock behavioural interview with Kenji (he's playing the HM)",
        interview=False,
        att=[person("kenji.mori.personal@gmail.com", "Kenji Mori")],
        desc="Kenji offered to grill me on STAR stories. Not real, just practice.",
        meet="meet",
    )
    _x(
        "Bewerbungstraining – Probe-Vorstellungsgespräch (Agentur für Arbeit)",
        interview=False,
        zone="Europe/Berlin",
        org=("berufsberatung.berlin@arbeitsagentur.de", "Agentur für Arbeit Berlin"),
        desc="Workshop mit simulierten Vorstellungsgesprächen und Video-Feedback. Bitte Lebenslauf mitbringen.",
        loc="Agentur für Arbeit, Friedrichstraße 39, Raum 2.14",
    )
    _x(
        "Simulation d'entretien – APEC atelier cadres",
        interview=False,
        zone="Europe/Paris",
        org=("atelier@apec.fr", "Apec"),
        desc="Atelier : préparer et réussir ses entretiens. Mise en situation filmée avec un consultant Apec.",
        loc="Apec Paris Gare de Lyon",
    )
    _x(
        "Simulacro de entrevista – mentoría ADA",
        interview=False,
        zone="America/Argentina/Buenos_Aires",
        att=[person("valeria.soto@gmail.com", "Valeria Soto")],
        desc="Practicamos preguntas de comportamiento y una de live coding. Es solo práctica, la mentora me da feedback.",
        meet="meet",
    )
    _x(
        "Leetcode mock w/ study group (Tues crew)",
        interview=False,
        att=[
            person("ana.li.codes@gmail.com", "Ana Li"),
            person("bjorn.e@proton.me", "Bjørn Eriksen"),
        ],
        desc="Rotation this week: Ana interviews me, I interview Bjørn. Two mediums each, 45 min.",
        meet="meet",
    )
    _x(
        "Career Center: mock interview + resume review (alumni)",
        interview=False,
        org=("careers@ucla.edu", "UCLA Career Center"),
        desc="Alumni career appointment via Handshake. Appointment type: Mock Interview (45 min). Counselor: D. Romero.",
        loc="Strathmore Building, Room 200",
    )
    _x(
        "模擬面接（転職エージェント）",
        interview=False,
        zone="Asia/Tokyo",
        org=("advisor@careerbridge-agent.jp", "キャリアブリッジ 担当アドバイザー"),
        desc="本番前の模擬面接です。想定質問と回答のフィードバックを行います。実際の企業面接ではありません。",
        meet="meet",
    )
    _x(
        "模拟面试 – 和小周练习英文面试",
        interview=False,
        zone="Asia/Shanghai",
        att=[person("zhou.xiaoyu@qq.com", "周晓雨")],
        desc="互相练习，我先当面试官，她再问我。",
        meet="meet",
    )
    _x(
        "Mülakat provası – kariyer koçu Zeynep ile",
        interview=False,
        zone="Europe/Istanbul",
        att=[person("zeynep@kariyerkocu.com.tr", "Zeynep Kaya")],
        desc="Deneme mülakatı ve geri bildirim. Gerçek görüşme değil.",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/87200114562"),
    )
    _x(
        "Próbna rozmowa kwalifikacyjna z mentorką",
        interview=False,
        zone="Europe/Warsaw",
        att=[person("kasia.zielinska@gmail.com", "Kasia Zielińska")],
        desc="Ćwiczymy pytania behawioralne po angielsku.",
        meet="meet",
    )
    _x(
        "Record myself answering 'tell me about yourself' x5",
        interview=False,
        desc="Phone on tripod, 2 min max per take, watch back for filler words.",
    )
    _x(
        "Пробное собеседование с ментором (Getmentor)",
        interview=False,
        zone="Europe/Moscow",
        att=[person("ivan.petrov.mentor@yandex.ru", "Иван Петров")],
        desc="Тренировочное собеседование по system design, разбор ошибок после.",
        meet="meet",
    )


def _press_and_research() -> None:
    _x(
        "Interview with Tech Tides podcast (guest: Alex Rivera)",
        interview=False,
        org=("bookings@techtidespodcast.fm", "Tech Tides Podcast"),
        desc="Thanks for agreeing to be a guest! We'll record on Riverside: https://riverside.fm/studio/tech-tides\nTopic: migrating a data warehouse without downtime.\nPlease use headphones and a wired connection.",
    )
    _x(
        "Press interview – Wired-style piece on data pipelines (via Initech comms)",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Communications"),
        att=[person("mfreeland@bytewirenews.com", "Megan Freeland")],
        desc="Alex, the reporter wants 20 min on our streaming platform. Talking points attached. Everything is on record unless agreed otherwise. Comms (Laura) will sit in.",
        meet="meet",
    )
    _x(
        "Interview mit der Lokalzeitung zum Hackathon",
        interview=False,
        zone="Europe/Berlin",
        att=[person("redaktion@tagesblatt-lokal.de", "Redaktion Tagesblatt")],
        desc="Kurzes Telefoninterview über den Community-Hackathon, den wir organisiert haben. Foto wird separat gemacht.",
    )
    _x(
        "Oral history interview with Grandpa (StoryCorps app)",
        interview=False,
        desc="Questions: coming to LA in '68, working at the shipyard, meeting Grandma. Charge the phone, quiet room.",
        loc="Grandpa's house",
    )
    _x(
        "Entrevista para a rádio comunitária – projeto open source",
        interview=False,
        zone="America/Sao_Paulo",
        org=("producao@radiocomunidade.org.br", "Rádio Comunidade FM"),
        desc="Entrevista ao vivo de 15 minutos sobre o projeto de dados abertos. Chegar 10 minutos antes ao estúdio.",
        loc="Rua Augusta 1500, sala 3",
    )
    _x(
        "Research study: participant interview (PhD thesis on remote work)",
        interview=False,
        org=("h.okonkwo@stanford.edu", "Helen Okonkwo"),
        desc="Thank you for volunteering for my study on remote engineering teams. The semi-structured interview takes about 45 minutes and will be recorded with your consent (form attached). You'll receive a $40 gift card.",
        conf=("Zoom Meeting", "https://stanford.zoom.us/j/94412207785"),
    )
    _x(
        "Interviewing Dr. Amara Osei for the blog",
        interview=False,
        att=[person("amara.osei@uclh-research.org", "Dr. Amara Osei")],
        desc="I'm the interviewer. Questions on ML in radiology. Record on Zencastr.",
        meet="meet",
    )
    _x(
        "インタビュー取材（技術ブログ）",
        interview=False,
        me=WORK_ME,
        zone="Asia/Tokyo",
        org=("pr@initech.com", "広報 山本"),
        att=[person("editor@devmagazine.jp", "DevMagazine 編集部")],
        desc="技術メディアからの取材です。データ基盤の刷新について30分ほどお話しください。広報が同席します。",
        meet="meet",
    )
    _x(
        "Intervista per il giornale dell'università (ex alunni)",
        interview=False,
        zone="Europe/Rome",
        att=[person("redazione@ateneonews.it", "Redazione Ateneo News")],
        desc="Intervista telefonica per la rubrica 'Dove sono ora'. 20 minuti.",
    )
    _x(
        "Wywiad do podcastu „Dane w praktyce”",
        interview=False,
        zone="Europe/Warsaw",
        org=("kontakt@danewpraktyce.pl", "Dane w Praktyce"),
        desc="Nagranie odcinka o inżynierii danych w fintechu. Nagrywamy w StreamYard.",
    )
    _x(
        "专访：技术社区公众号采访",
        interview=False,
        zone="Asia/Shanghai",
        att=[person("bianji@kaiyuanshequ.cn", "开源社区编辑部")],
        desc="关于开源数据工具的采访，约40分钟，文字稿会先发给你审核。",
        meet="meet",
    )
    _x(
        "Survey follow-up interview – Stack developer survey panel",
        interview=False,
        org=("research@devsurveypanel.com", "DevSurvey Research"),
        desc="Thanks for opting into a follow-up interview after the developer survey. 30 minutes, $75 incentive. Not affiliated with any hiring process.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86601127743"),
    )
    _x(
        "Intervju – P4 Morgon om AI i vården (ringer 07:40)",
        interview=False,
        zone="Europe/Stockholm",
        desc="Radion ringer upp 07:40, direktsänt 07:45. Håll det kort.",
    )
    _x(
        "Röportaj – Webrazzi yazısı için",
        interview=False,
        zone="Europe/Istanbul",
        att=[person("editor@teknohaber.com.tr", "Teknohaber Editör")],
        desc="Veri mühendisliği ve açık kaynak üzerine yazılı röportaj için kısa görüşme.",
        meet="meet",
    )
    _x(
        "مقابلة صحفية – مجلة التقنية العربية",
        interview=False,
        zone="Asia/Dubai",
        att=[person("editor@arabtechmag.ae", "هيئة التحرير")],
        desc="مقابلة لمدة ٣٠ دقيقة حول البيانات المفتوحة في المنطقة. سيتم نشر المقال الشهر القادم.",
        meet="meet",
    )


def _user_research() -> None:
    _x(
        "User interview #6 – pipeline alerting (participant: ops lead at customer)",
        interview=False,
        me=WORK_ME,
        org=("nadia.ruiz@initech.com", "Nadia Ruiz"),
        att=[person("g.harlow@bluepeakfoods.com", "Greg Harlow")],
        desc="Discovery interview for the alerting revamp. Nadia leads, Alex takes notes in Dovetail. Don't pitch, ask about last incident.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/92230041187"),
    )
    _x(
        "Usability test – new onboarding flow (P3)",
        interview=False,
        me=WORK_ME,
        org=("research-ops@initech.com", "Initech Research Ops"),
        desc="Moderated usability session via Lookback. Observers: please stay muted and post notes in #research-onboarding.",
    )
    _x(
        "UserTesting: paid study – 'interview about your banking app'",
        interview=False,
        org=("studies@usertesting.com", "UserTesting"),
        desc="You've been selected for a live conversation study. Incentive: $60. The researcher will ask you about how you use mobile banking apps.",
    )
    _x(
        "Customer discovery interviews (batch 2) – synthesis",
        interview=False,
        me=WORK_ME,
        desc="Affinity map the 8 interviews from last week. Miro board: Discovery Q3.",
    )
    _x(
        "Nutzerinterview – Feedback zum Dashboard (Kunde Stadtwerke)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("jana.koehler@initech.com", "Jana Köhler"),
        att=[person("m.becker@stadtwerke-nordheim.de", "Martin Becker")],
        desc="45 Min. Interview mit Martin zu seinen Reporting-Workflows. Aufzeichnung nur mit Einverständnis.",
        meet="meet",
    )
    _x(
        "Entretien utilisateur – test du parcours de paiement",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
        org=("ux@initech.com", "Équipe UX Initech"),
        desc="Session de test utilisateur modérée. Participant recruté via Testapic. Alex observe et prend des notes.",
        meet="meet",
    )
    _x(
        "Jobs-to-be-done interviews: recruiting the participants",
        interview=False,
        me=WORK_ME,
        desc="Write screener in Respondent, target 6 data analysts at mid-size companies.",
    )
    _x(
        "Respondent.io – paid interview: 'data tools you use at work'",
        interview=False,
        org=("notifications@respondent.io", "Respondent"),
        desc="Project: Data Tools Research\nFormat: 1:1 remote interview, 60 min\nIncentive: $150\nResearcher: Claire M.\nYou'll get the link 24h before the session.",
    )
    _x(
        "ユーザーインタビュー（顧客3社目）",
        interview=False,
        me=WORK_ME,
        zone="Asia/Tokyo",
        org=("kaori.ito@initech.com", "伊藤 香織"),
        desc="ダッシュボード利用状況のヒアリング。営業同席、録画あり。",
        meet="meet",
    )
    _x(
        "Entrevista de usuario – app de reservas (Maze)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Madrid",
        desc="Prueba de usabilidad no moderada + 15 min de preguntas. Participante reclutado por Maze.",
        meet="meet",
    )
    _x(
        "Gebruikersinterview – pilotklant gemeente",
        interview=False,
        me=WORK_ME,
        zone="Europe/Amsterdam",
        att=[person("r.visser@gemeente-zeeland.nl", "Ruud Visser")],
        desc="Gesprek over hoe zij de rapportages gebruiken. Notulen in Notion.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWVmNz",
        ),
    )
    _x(
        "사용자 인터뷰 – 신규 리포트 기능",
        interview=False,
        me=WORK_ME,
        zone="Asia/Seoul",
        org=("jiyeon.park@initech.com", "박지연"),
        desc="고객사 담당자와 리포트 기능 사용성 인터뷰. 녹화 동의 필수.",
        meet="meet",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: official, medical and admission interviews
# --------------------------------------------------------------------------------------------


def _official_interviews() -> None:
    _x(
        "US Visa Interview – Consulate (Maria's H-4)",
        interview=False,
        zone="Asia/Kolkata",
        desc="Bring: DS-160 confirmation, appointment letter, passport, I-797, marriage certificate, photos. No phones inside.",
        loc="U.S. Consulate General, C-49 G Block, Bandra Kurla Complex, Mumbai",
    )
    _x(
        "Naturalization interview (N-400) – USCIS",
        interview=False,
        desc="Civics test + English reading/writing. Bring green card, passport, tax transcripts 5 yrs, appointment notice. Arrive 30 min early.",
        loc="USCIS Los Angeles Field Office, 300 N Los Angeles St",
    )
    _x(
        "Global Entry interview",
        interview=False,
        desc="Conditional approval came through. Bring passport + green card. Enrollment center at LAX Terminal B.",
        loc="LAX Tom Bradley International Terminal, Global Entry Enrollment Center",
    )
    _x(
        "Termin Ausländerbehörde – Gespräch Niederlassungserlaubnis",
        interview=False,
        zone="Europe/Berlin",
        desc="Mitbringen: Pass, Mietvertrag, Gehaltsnachweise (6 Monate), Rentenversicherungsverlauf, B1-Zertifikat.",
        loc="LEA Berlin, Friedrich-Krause-Ufer 24",
    )
    _x(
        "Entretien préfecture – titre de séjour passeport talent",
        interview=False,
        zone="Europe/Paris",
        desc="Convocation n° 75-2025-11893. Apporter les originaux + copies, justificatif de domicile de moins de 3 mois, timbres fiscaux.",
        loc="Préfecture de Police, 1 rue de Lutèce, Paris",
    )
    _x(
        "Cita consulado – entrevista para la visa de residencia",
        interview=False,
        zone="America/Los_Angeles",
        desc="Consulado General de España en Los Ángeles. Llevar el formulario nacional, antecedentes penales apostillados y certificado médico.",
        loc="5055 Wilshire Blvd, Suite 860, Los Angeles",
    )
    _x(
        "IRS – in-person appointment (identity verification)",
        interview=False,
        desc="Letter 5071C. Bring photo ID, the letter, and 2024 return copy.",
        loc="IRS Taxpayer Assistance Center, 300 N Los Angeles St",
    )
    _x(
        "EDD phone interview re: Mom's unemployment claim",
        interview=False,
        desc="EDD will call Mom for the eligibility interview between 10-12. Sit with her and help with the dates of her last job.",
        loc="Mom's",
    )
    _x(
        "Witness interview – LAPD detective re: break-in on our street",
        interview=False,
        desc="Det. Alvarez, case #25-0611xx. Just what I saw from the window that night.",
        loc="LAPD Van Nuys Station",
    )
    _x(
        "Home study interview – adoption agency (2nd visit)",
        interview=False,
        att=[person("jbrooks@brightpathadoption.org", "Janelle Brooks")],
        desc="Social worker visit for the home study. Both of us need to be there; they interview each of us separately for ~45 min. Tidy the nursery room.",
        loc="Home",
    )
    _x(
        "Jury selection (voir dire) – report to courthouse",
        interview=False,
        all_day=True,
        loc="Stanley Mosk Courthouse, 111 N Hill St, Los Angeles",
        desc="Juror badge # on summons. Questioning by attorneys may take all day.",
    )
    _x(
        "Deposition prep with lawyer (landlord case)",
        interview=False,
        att=[person("mchen@chenlegalgroup.com", "Michelle Chen")],
        desc="Go through likely questions before the deposition. Bring lease + photos of the damage.",
        loc="Chen Legal Group, 11th floor",
    )
    _x(
        "Aufnahmegespräch Kita Sonnenblume (für Noah)",
        interview=False,
        zone="Europe/Berlin",
        desc="Kennenlerngespräch mit der Kita-Leitung. Kita-Gutschein mitbringen.",
        loc="Kita Sonnenblume, Lindenstraße 12",
    )
    _x(
        "Admissions interview – Westbrook Prep (Emma, 6th grade)",
        interview=False,
        org=("admissions@westbrookprep.org", "Westbrook Prep Admissions"),
        desc="Student interview with Ms. Hale (30 min) while parents meet the Director of Admissions. Campus tour follows.",
        loc="Westbrook Prep, Admissions Office",
    )
    _x(
        "MBA admissions interview – Haas (alumni interviewer)",
        interview=False,
        att=[person("d.kwon.haas08@gmail.com", "David Kwon")],
        desc="Evaluative alumni interview for the Evening & Weekend MBA. 30-45 min, blind (he only has my resume). Be ready for 'why MBA, why now'.",
        loc="Blue Bottle, Arts District",
    )
    _x(
        "Entretien d'admission – Master Data Science (HEC, executive)",
        interview=False,
        zone="Europe/Paris",
        org=("admissions-exec@hec-exec.fr", "Admissions Executive"),
        desc="Entretien de motivation avec le jury d'admission, 30 minutes en visio.",
        conf=("Zoom Meeting", "https://hec.zoom.us/j/99812003341"),
    )
    _x(
        "Colloquio di ammissione – scuola media per Sofia",
        interview=False,
        zone="Europe/Rome",
        desc="Colloquio conoscitivo con la preside. Portare la pagella.",
        loc="Istituto Santa Chiara, via Roma 18",
    )
    _x(
        "Pre-op interview with anesthesiologist",
        interview=False,
        desc="Phone consult before the knee surgery on the 14th. Have med list and allergies ready.",
    )
    _x(
        "Intake interview – new therapist (Dr. Lindgren)",
        interview=False,
        desc="First session is an intake assessment. Fill the forms on the patient portal beforehand.",
        loc="Telehealth (link in portal)",
    )
    _x(
        "Entrevista de elegibilidad – Bolsa Família (mãe)",
        interview=False,
        zone="America/Sao_Paulo",
        desc="Entrevista no CRAS para atualizar o Cadastro Único da mãe. Levar RG, CPF, comprovante de residência.",
        loc="CRAS Vila Mariana",
    )
    _x(
        "Wywiad środowiskowy MOPS – babcia",
        interview=False,
        zone="Europe/Warsaw",
        desc="Pracownik socjalny przychodzi do babci na wywiad w sprawie zasiłku opiekuńczego. Być na miejscu od 10.",
        loc="u babci, ul. Lipowa 7",
    )
    _x(
        "ビザ面接（配偶者ビザ・在外公館）",
        interview=False,
        zone="Asia/Tokyo",
        desc="パスポート、戸籍謄本、婚姻証明書を持参。",
        loc="在ロサンゼルス日本国総領事館",
    )
    _x(
        "签证面谈 – 美国驻上海总领事馆（爸妈的B2）",
        interview=False,
        zone="Asia/Shanghai",
        desc="爸妈的旅游签证面签，早上8:30到，带DS-160确认页、护照、邀请信。",
        loc="上海市南京西路1038号梅龙镇广场",
    )
    _x(
        "비자 인터뷰 – 주한미국대사관 (동생 F-1)",
        interview=False,
        zone="Asia/Seoul",
        desc="동생 유학비자 인터뷰. I-20, SEVIS 납부 영수증, 재정증명 서류 챙기기.",
        loc="주한미국대사관, 서울 종로구 세종대로 188",
    )
    _x(
        "Vize mülakatı – Almanya Konsolosluğu (annem)",
        interview=False,
        zone="Europe/Istanbul",
        desc="Annemin Schengen vize randevusu iDATA'da. Davet mektubu ve banka dökümü hazır.",
        loc="iDATA Gayrettepe, İstanbul",
    )
    _x(
        "Собеседование в консульстве (виза) – папа",
        interview=False,
        zone="Europe/Moscow",
        desc="Папе нужно на собеседование в визовый центр. Отвезти к 9:00, взять справку с работы и выписку.",
    )
    _x(
        "مقابلة السفارة – تأشيرة لم الشمل",
        interview=False,
        zone="Asia/Amman",
        desc="موعد المقابلة في السفارة الساعة ٩ صباحاً. إحضار جواز السفر وشهادة الزواج والصور.",
        loc="السفارة الألمانية – عمّان",
    )
    _x(
        "पासपोर्ट वेरिफिकेशन – पुलिस इंटरव्यू",
        interview=False,
        zone="Asia/Kolkata",
        desc="पासपोर्ट के लिए पुलिस वेरिफिकेशन। आधार कार्ड, पते का प्रमाण और दो गवाहों के नाम तैयार रखें।",
        loc="Local police station, Andheri West",
    )
    _x(
        "Inburgeringsgesprek – gemeente Amsterdam (partner)",
        interview=False,
        zone="Europe/Amsterdam",
        desc="Brede intake voor Yusuf bij de gemeente. Ik ga mee als tolk.",
        loc="Stadsloket Centrum, Amstel 1",
    )
    _x(
        "Intervju Migrationsverket – uppehållstillstånd",
        interview=False,
        zone="Europe/Stockholm",
        desc="Muntlig utredning för förlängning. Ta med pass och anställningsavtal.",
        loc="Migrationsverket, Sundbyberg",
    )


def _work_reviews() -> None:
    _x(
        "Exit interview – Alex Rivera (HR)",
        interview=False,
        me=WORK_ME,
        org=("hrbp-eng@initech.com", "Monique Tran (HRBP)"),
        desc="Hi Alex, as part of your offboarding we'd like to hold a confidential exit interview. Feedback is aggregated and shared anonymously with leadership.",
        meet="meet",
    )
    _x(
        "Stay interview with Rachel (her 2-yr mark)",
        interview=False,
        me=WORK_ME,
        att=[person("rachel.goh@initech.com", "Rachel Goh")],
        desc="Manager guide questions: what keeps you here, what might make you leave, what would you change about your role.",
    )
    _x(
        "Mid-year performance review – Alex / Marcus",
        interview=False,
        me=WORK_ME,
        org=("marcus.oyelaran@initech.com", "Marcus Oyelaran"),
        desc="Self-review due in Lattice by Friday. We'll go over goals, feedback themes and growth areas.",
        meet="meet",
    )
    _x(
        "Promotion panel – L6 case presentation (Alex)",
        interview=False,
        me=WORK_ME,
        org=("promo-committee@initech.com", "Eng Promotion Committee"),
        desc="You'll present your promo packet (15 min) followed by Q&A with the panel (30 min). This is an internal promotion review, not a hiring interview.",
        loc="Initech HQ - Boardroom",
    )
    _x(
        "1:1 Alex <> Marcus",
        interview=False,
        me=WORK_ME,
        org=("marcus.oyelaran@initech.com", "Marcus Oyelaran"),
        desc="Running doc: https://docs.google.com/document/d/1aB-1on1-alex-marcus",
    )
    _x(
        "Jahresgespräch / Mitarbeitergespräch 2025",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("jana.koehler@initech.com", "Jana Köhler"),
        desc="Jährliches Mitarbeitergespräch: Zielerreichung, Entwicklung, Weiterbildungswünsche.",
        meet="meet",
    )
    _x(
        "Entretien annuel d'évaluation – Alex",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
        org=("thomas.leclerc@initech.com", "Thomas Leclerc"),
        desc="Entretien annuel et entretien professionnel (obligatoire tous les 2 ans). Merci de compléter le formulaire dans Workday.",
    )
    _x(
        "Exit interview: Ben (leaving for startup)",
        interview=False,
        me=WORK_ME,
        att=[person("ben.achterberg@initech.com", "Ben Achterberg")],
        desc="I'm his manager, HR does the formal one. Ask what we could have done differently, knowledge handover.",
    )
    _x(
        "Skip-level with VP Eng",
        interview=False,
        me=WORK_ME,
        org=("grace.holloway@initech.com", "Grace Holloway"),
        desc="Quarterly skip-level. Come with questions, no prep needed.",
        meet="meet",
    )
    _x(
        "Colloquio di valutazione annuale",
        interview=False,
        me=WORK_ME,
        zone="Europe/Rome",
        org=("giulia.conti@initech.com", "Giulia Conti"),
        desc="Revisione obiettivi 2025 e piano di sviluppo.",
    )
    _x(
        "Functioneringsgesprek Alex",
        interview=False,
        me=WORK_ME,
        zone="Europe/Amsterdam",
        org=("femke.jansen@initech.com", "Femke Jansen"),
        desc="Jaarlijks gesprek. Vul vooraf het zelfevaluatieformulier in.",
    )
    _x(
        "Internal mobility chat – curious about the ML platform team",
        interview=False,
        me=WORK_ME,
        att=[person("omar.siddiqui@initech.com", "Omar Siddiqui")],
        desc="Just a coffee chat to learn what they work on. Not applying (yet).",
    )
    _x(
        "PIP check-in (for my report, HR present)",
        interview=False,
        me=WORK_ME,
        att=[
            person("hrbp-eng@initech.com", "Monique Tran (HRBP)"),
        ],
        desc="Week 4 of 6. Review progress on the agreed goals. Confidential.",
    )
    _x(
        "人事評価面談（上期）",
        interview=False,
        me=WORK_ME,
        zone="Asia/Tokyo",
        org=("hiroshi.kato@initech.com", "加藤 浩"),
        desc="上期の目標達成度と下期の目標について。",
    )
    _x(
        "Calibration – team ratings H1",
        interview=False,
        me=WORK_ME,
        org=("grace.holloway@initech.com", "Grace Holloway"),
        desc="Managers only. Rating calibration for H1 performance cycle.",
        meet="meet",
    )


def _recruiting_events() -> None:
    _x(
        "Initech booth – Grace Hopper Celebration career fair",
        interview=False,
        me=WORK_ME,
        all_day=True,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Booth #1142. Shifts: Alex 10-1. We're collecting resumes and doing quick 10-min chats; on-the-spot interviews are in the back room (Rachel + Kenji).",
        loc="Orange County Convention Center, Orlando",
    )
    _x(
        "Campus recruiting: info session @ UCLA (I'm presenting)",
        interview=False,
        me=WORK_ME,
        desc="Slides: 'A day in the life of a data engineer at Initech'. Bring swag. 45 min talk + Q&A.",
        loc="UCLA Engineering VI, Room 289",
    )
    _x(
        "Host: Initech Open House & Hiring Mixer",
        interview=False,
        me=WORK_ME,
        org=("events@initech.com", "Initech Events"),
        desc="We're hosting ~80 candidates from the Eventbrite list. Alex: greeter + demo table 6-7pm.",
        loc="Initech HQ - Atrium",
    )
    _x(
        "Job fair – Tech Careers Expo LA (just browsing)",
        interview=False,
        desc="Free registration. Walk around, see who's hiring. Bring a few printed resumes just in case.",
        loc="LA Convention Center, West Hall",
    )
    _x(
        "Jobmesse – connecticum Berlin",
        interview=False,
        zone="Europe/Berlin",
        all_day=True,
        desc="Karrieremesse, Eintritt frei. Liste der Aussteller vorher anschauen.",
        loc="Messe Berlin, Halle 20",
    )
    _x(
        "Forum emploi – Salon des métiers du numérique",
        interview=False,
        zone="Europe/Paris",
        all_day=True,
        loc="Paris Expo Porte de Versailles, Pavillon 4",
    )
    _x(
        "Hackathon hiring event – judging (Initech sponsor)",
        interview=False,
        me=WORK_ME,
        org=("devrel@initech.com", "Initech DevRel"),
        desc="Judge panel for the sponsor track. Recruiting will follow up with top teams for interviews.",
        loc="Cross Campus Santa Monica",
    )
    _x(
        "Feria de empleo – Universidad Politécnica (voluntario stand Initech)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Madrid",
        org=("carmen.ibanez@initech.com", "Carmen Ibáñez"),
        desc="Turno de 10 a 14 en el stand. Recogemos CVs y hacemos mini entrevistas de 5 minutos a estudiantes.",
        loc="ETSI Informáticos, Campus de Montegancedo",
    )
    _x(
        "Referral bonus info session",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent Acquisition"),
        desc="How the new referral program works, what counts as a successful hire, and how to submit a referral in Greenhouse.",
        meet="meet",
    )
    _x(
        "Meetup: 'How we hire' panel – I'm a speaker",
        interview=False,
        org=("organizers@ladataeng.org", "LA Data Engineering Meetup"),
        desc="Panel discussion about hiring practices for data teams. Speakers: Alex Rivera (Initech), two others TBD.",
        loc="WeWork Playa Vista",
    )
    _x(
        "校园招聘宣讲会 – Initech 上海",
        interview=False,
        me=WORK_ME,
        zone="Asia/Shanghai",
        org=("lin.chen@initech.com", "陈琳"),
        desc="Alex负责技术分享20分钟，之后HR收简历。",
        loc="复旦大学 光华楼",
    )


# --------------------------------------------------------------------------------------------
# Look-alikes: prep, reminders, media, vendors and other things a calendar holds
# --------------------------------------------------------------------------------------------


def _prep_and_reminders() -> None:
    _x(
        "Prep for Kestrel onsite – STAR stories + sys design practice",
        interview=False,
        desc="Block for myself. 1) Rework the migration story (numbers!). 2) Design a metrics ingestion service end to end, timed. 3) Sleep early.",
    )
    _x(
        "Send thank-you emails – Halcyon panel (4 people)",
        interview=False,
        desc="Priya S., Tom W., Ravi, and the EM (Jess). Mention the backfill discussion with Ravi.",
    )
    _x(
        "Research Lumora before Thursday (eng blog, funding, Glassdoor)",
        interview=False,
        desc="Read the 2 eng blog posts about their lakehouse. Check Crunchbase for Series C news.",
    )
    _x(
        "Vorbereitung Gespräch Nordlicht Energie – Rückfragen notieren",
        interview=False,
        zone="Europe/Berlin",
        desc="Fragen: Teamgröße, On-Call, Homeoffice-Regelung, Budget für Weiterbildung.",
    )
    _x(
        "Préparer l'entretien Sabline (relire l'offre + pitch 2 min)",
        interview=False,
        zone="Europe/Paris",
    )
    _x(
        "Nudge Tessaro recruiter if no update by today",
        interview=False,
        all_day=True,
        desc="Last contact: after the panel on the 3rd. Polite check-in, mention the competing timeline.",
    )
    _x(
        "面接準備：逆質問リストと自己紹介の練習",
        interview=False,
        zone="Asia/Tokyo",
        desc="自分用のブロック。志望動機を1分でまとめる。",
    )
    _x(
        "DEADLINE: Fernhill take-home due 9am",
        interview=False,
        all_day=True,
        desc="Submit repo link via the Greenhouse form. README with assumptions + tradeoffs.",
    )
    _x(
        "Haircut + pick up blazer (before Friday's thing)",
        interview=False,
        loc="Barber on Sunset",
    )


def _media_titles() -> None:
    _x(
        "Watch party: Interview with the Vampire S3 premiere",
        interview=False,
        att=[
            person("jess.romero@gmail.com", "Jess Romero"),
            person("dev.k@gmail.com", "Dev Kapoor"),
        ],
        desc="At mine. Bring snacks, I've got drinks.",
        loc="Home",
    )
    _x(
        "Book club – 'The Exit Interview' (ch. 1-12)",
        interview=False,
        att=[person("bookclub.silverlake@gmail.com", "Silver Lake Book Club")],
        loc="Stories Books & Cafe",
    )
    _x(
        "Kino: „Das Vorstellungsgespräch“ (OmU)",
        interview=False,
        zone="Europe/Berlin",
        loc="Babylon Kino, Rosa-Luxemburg-Str. 30",
    )
    _x(
        "Cinéclub – 'L'Entretien' (court-métrage) + débat",
        interview=False,
        zone="Europe/Paris",
        loc="Cinéma Le Champo",
    )
    _x(
        "Game night: 'Papers, Please' + 'Her Story' (interrogation games marathon)",
        interview=False,
        att=[person("leo.marchetti@gmail.com", "Leo Marchetti")],
    )
    _x(
        "Teatro: «La entrevista» – Teatro Lara",
        interview=False,
        zone="Europe/Madrid",
        loc="Teatro Lara, Corredera Baja de San Pablo 15",
        desc="Entradas en el móvil. Fila 7.",
    )
    _x(
        "Podcast queue: 'The Job Interview Show' ep. on salary talk",
        interview=False,
        desc="Listen on the commute.",
    )


def _vendors_and_misc() -> None:
    _x(
        "Vendor interview – ELT tool shortlist (Streamforge demo)",
        interview=False,
        me=WORK_ME,
        org=("procurement@initech.com", "Initech Procurement"),
        att=[person("ae@streamforge.io", "Kyle Benning (Streamforge)")],
        desc="Vendor selection round 2. Each vendor gets 45 min: demo + our security questionnaire. Scoring matrix in the RFP folder.",
        meet="meet",
    )
    _x(
        "Agenturpitch – Auswahl Recruiting-Agentur für Berlin",
        interview=False,
        me=WORK_ME,
        zone="Europe/Berlin",
        org=("jana.koehler@initech.com", "Jana Köhler"),
        desc="Drei Personalvermittler stellen sich vor. Wir entscheiden, mit wem wir für die Data-Rollen zusammenarbeiten.",
        loc="Initech Berlin, Raum Spree",
    )
    _x(
        "Nanny interviews – candidate #3 (Grace)",
        interview=False,
        att=[person("grace.m.nanny@gmail.com", "Grace Mbeki")],
        desc="We're interviewing her. Ask about CPR cert, availability Tue/Thu, driving.",
        loc="Home",
    )
    _x(
        "Co-op board interview (the apartment on 86th)",
        interview=False,
        zone="America/New_York",
        desc="Board wants to meet us before approving the sale. Bring financials package copy. Dress business casual.",
        loc="Lobby conference room, 310 W 86th St",
    )
    _x(
        "Wohnungsbesichtigung + Gespräch mit Vermieterin",
        interview=False,
        zone="Europe/Berlin",
        desc="Mappe mitnehmen: SCHUFA, Gehaltsnachweise, Mietschuldenfreiheitsbescheinigung.",
        loc="Weserstraße 41, Berlin-Neukölln",
    )
    _x(
        "Probetraining – Berlin Bruisers (Rugby)",
        interview=False,
        zone="Europe/Berlin",
        desc="Offenes Probetraining für neue Spieler. Stollenschuhe + Mundschutz.",
        loc="Sportpark Poststadion",
    )
    _x(
        "Open tryouts – LA Galaxy adult rec league",
        interview=False,
        loc="Dignity Health Sports Park, Field 4",
    )
    _x(
        "Interviewing contractors – kitchen remodel (2 bids)",
        interview=False,
        desc="9:00 Garcia Bros, 10:30 Ocean Build. Ask about permits, timeline, references.",
        loc="Home",
    )
    _x(
        "Choir audition – Angel City Chorale",
        interview=False,
        loc="Wilshire United Methodist Church",
        desc="Prepare 16 bars + sight-reading.",
    )


# --------------------------------------------------------------------------------------------
# Real interviews of Alex: English
# --------------------------------------------------------------------------------------------


def _real_english() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Halcyon Robotics",
        role="Senior Data Engineer",
        org=("talent-scheduling@halcyonrobotics.com", "Halcyon Robotics Recruiting"),
        att=[
            person("ravi.menon@halcyonrobotics.com", "Ravi Menon"),
            person("jess.albright@halcyonrobotics.com", "Jess Albright"),
        ],
        desc="Hi Alex,\n\nThank you for your interest in the Senior Data Engineer position at Halcyon Robotics! This is a confirmation of your virtual onsite.\n\n10:00 - 10:45 Ravi Menon - Data Modeling\n10:50 - 11:35 Jess Albright (Hiring Manager) - Experience & Collaboration\n\nPlease join via the Google Meet link. Let us know if you need any accommodations.\n\nBest,\nHalcyon Robotics Recruiting",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Kestrel Labs – Recruiter Screen",
        interview=True,
        company="Kestrel Labs",
        role="Staff Data Engineer",
        org=("odette.baines@kestrel-labs.io", "Odette Baines"),
        desc="Event Type: 30 Minute Intro Call\nInvitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\nPlease share anything that will help prepare for our meeting:\nStaff Data Engineer req - referred by Sam Nguyen\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://kestrel-labs.zoom.us/j/81234557610"),
    )
    _x(
        "Phone screen - Tessaro",
        interview=True,
        company="Tessaro",
        role="Analytics Engineering Lead",
        desc="Recruiter: Jen Park, she'll call my cell. Role = Analytics Engineering Lead. Ask: remote ok? comp band? how many in the loop?",
    )
    _x(
        "Lumora virtual onsite – Part 2: System Design",
        interview=True,
        company="Lumora",
        role="Senior Software Engineer, Data Infrastructure",
        org=("recruiting@lumora.ai", "Lumora Recruiting"),
        att=[person("dmitri.k@lumora.ai", "Dmitri Kuznets")],
        desc="Part 2 of 4 of your onsite for Senior Software Engineer, Data Infrastructure. Your interviewer will share an Excalidraw board at the start. No coding in this session.",
        meet="meet",
    )
    _x(
        "Hiring manager chat – Ridgeline Health",
        interview=True,
        company="Ridgeline Health",
        role=None,
        org=("amy.feldman@ridgelinehealth.com", "Amy Feldman"),
        desc="Hi Alex - looking forward to chatting about the team and what we're building. 30 minutes, very conversational. - Amy",
        conf=("Zoom Meeting", "https://ridgelinehealth.zoom.us/j/96600321145"),
    )
    _x(
        "Technical interview w/ Fernhill (CoderPad, Python)",
        interview=True,
        company="Fernhill",
        role="Backend Engineer",
        desc="Backend Engineer role. 60 min live coding with one of their engineers. CoderPad link comes by email 10 min before. Have a quiet room + charger.",
        att=[person("coordinator@fernhill.dev", "Fernhill Talent")],
        meet="meet",
    )
    _x(
        "Final round @ Quillon – 4 interviews back to back",
        interview=True,
        company="Quillon",
        role="Engineering Manager, Data Platform",
        loc="Quillon, 500 Howard St, 6th floor, San Francisco",
        zone="America/Los_Angeles",
        desc="EM, Data Platform. Check in at reception with ID by 9:45. Schedule: people mgmt (VP Eng), architecture, cross-functional (PM), exec chat. Lunch not included -> eat before!",
    )
    _x(
        "Karat Interview for Brightloop",
        interview=True,
        company="Brightloop",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc="Hi Alex,\n\nYour Karat interview for the Software Engineer role at Brightloop is confirmed. Karat conducts technical interviews on behalf of Brightloop.\n\nJoin here: https://app.karat.io/interview/join/7Ht2kq\nPlease test your audio and video ahead of time.",
    )
    _x(
        "Interview with Solvane - Alex Rivera - Senior Data Engineer",
        interview=True,
        company="Solvane",
        role="Senior Data Engineer",
        org=("noreply@goodtime.io", "Solvane Talent via GoodTime"),
        att=[person("kai.ostrowski@solvane.com", "Kai Ostrowski")],
        desc="Candidate: Alex Rivera\nPosition: Senior Data Engineer\nInterviewer: Kai Ostrowski\nFormat: Video (Google Meet)\n\nTo reschedule, use the link in your confirmation email.",
        meet="meet",
    )
    _x(
        "Alex Rivera - Data Platform Engineer - Pinecrest Mobility - Video Interview",
        interview=True,
        company="Pinecrest Mobility",
        role="Data Platform Engineer",
        org=("hire@pinecrestmobility.com", "Pinecrest Mobility Hiring"),
        desc="You're invited to a video interview via Lever. Interviewers: Sandra Ito (Engineering Manager). Duration 45 min.",
        conf=("Zoom Meeting", "https://pinecrest.zoom.us/j/94455002113"),
    )
    _x(
        "Alex Rivera x Cobaltline | Technical Deep Dive",
        interview=True,
        company="Cobaltline",
        role=None,
        org=("no-reply@ashbyhq.com", "Cobaltline (via Ashby)"),
        att=[person("priya.s@cobaltline.com", "Priya Sundaram")],
        desc="Technical Deep Dive (60 min)\nWalk us through a system you built end to end - architecture, trade-offs, what you'd do differently. No slides needed.\n\nPowered by Ashby",
        meet="meet",
    )
    _x(
        "Robert Walters – client interview (fintech, name tbc)",
        interview=True,
        company=None,
        role="Lead Data Engineer",
        org=("ella.hughes@robertwalters-partners.com", "Ella Hughes"),
        desc="Hi Alex, confirming your first-stage interview with my client for the Lead Data Engineer role. As discussed I can't share the name until they confirm; it's the Series B payments company. Their Head of Data will call you on Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xpZW",
        ),
    )
    _x(
        "Hays: interview with Marlowe Insurance – Data Architect",
        interview=True,
        company="Marlowe Insurance",
        role="Data Architect",
        org=("tom.bright@hays-recruit.com", "Tom Bright (Hays)"),
        desc="Alex - interview with Marlowe Insurance confirmed. You'll meet Sarah Coyle (Head of Architecture) and one of her leads. Dress is smart casual. Call me afterwards with feedback!",
        loc="Marlowe Insurance, 1200 Wilshire Blvd, 9th floor",
    )
    _x(
        "int. Vantora 2pm",
        interview=True,
        company="Vantora",
        role=None,
    )
    _x(
        "Coffee w/ Nimbus Grid EM (informal, but it's round 1)",
        interview=True,
        company="Nimbus Grid",
        role=None,
        att=[person("luis.ferraro@nimbusgrid.energy", "Luis Ferraro")],
        desc="Recruiter said 'not an interview', but it is. Have my 'why Nimbus' answer ready and questions about their forecasting stack.",
        loc="Verve Coffee, Spring St",
    )
    _x(
        "Case interview – Aldercrest Consulting (Analytics Manager)",
        interview=True,
        company="Aldercrest Consulting",
        role="Analytics Manager",
        org=("recruiting@aldercrest.com", "Aldercrest Recruiting"),
        desc="Your case interview will be led by a Principal. Expect a market-sizing warm-up and a data-driven case. Calculator and paper allowed.",
        conf=("Zoom Meeting", "https://aldercrest.zoom.us/j/97733118802"),
    )
    _x(
        "Behavioural round – Sable & Finch",
        interview=True,
        company="Sable & Finch",
        role=None,
        org=("careers@sableandfinch.com", "Sable & Finch Careers"),
        meet="meet",
    )
    _x(
        "Panel interview — Greywater Analytics (Principal Data Engineer)",
        interview=True,
        company="Greywater Analytics",
        role="Principal Data Engineer",
        org=("hr@greywateranalytics.com", "Greywater HR"),
        att=[
            person("n.abara@greywateranalytics.com", "Ngozi Abara"),
            person("p.lund@greywateranalytics.com", "Peter Lund"),
            person("c.ward@greywateranalytics.com", "Chris Ward"),
        ],
        desc="Panel of three: CTO, Director of Data, and a senior engineer. 60 minutes.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_R3JleX",
        ),
    )
    _x(
        "Presentation round – Orchard Health (present a past project, 20 min + Q&A)",
        interview=True,
        company="Orchard Health",
        role="Senior Analytics Engineer",
        desc="For the Senior Analytics Engineer loop. Use the dbt migration deck (scrub Initech names!). Audience: HM + 2 analysts + PM.",
        org=("talent@orchardhealth.com", "Orchard Health Talent"),
        meet="meet",
    )
    _x(
        "Bar raiser interview – Tideway",
        interview=True,
        company="Tideway",
        role=None,
        org=("interviews@tideway.com", "Tideway Interviews"),
        desc="Your final session is with a Bar Raiser from outside the hiring team. Expect deep dives on leadership principles.",
        conf=("Amazon Chime", "https://chime.aws/6618203345"),
    )
    _x(
        "Copperleaf onsite: lunch w/ team + 2 interviews",
        interview=True,
        company="Copperleaf",
        role="Data Engineer",
        loc="Copperleaf, 88 Colorado Ave, Santa Monica",
        desc="Data Engineer onsite. 11:30 lunch with the team (still evaluated, recruiter said), 1pm SQL/modelling, 2pm HM.",
    )
    _x(
        "Paid trial – pair programming with Driftwood team (2h)",
        interview=True,
        company="Driftwood",
        role="Senior Backend Engineer",
        att=[person("mika@driftwood.so", "Mika Laine")],
        desc="Paid work trial for the Senior Backend Engineer role. We'll pair on a real ticket in our codebase. You'll get read access to the repo 30 min before.",
        meet="meet",
    )
    _x(
        "Interview Scheduled: Staff Engineer - Zephyr Freight",
        interview=True,
        company="Zephyr Freight",
        role="Staff Engineer",
        org=("zephyrfreight@myworkday.com", "Zephyr Freight Talent Acquisition"),
        desc="Dear Alex,\n\nAn interview has been scheduled for the Staff Engineer (R-004512) position.\n\nInterview Type: Virtual - Microsoft Teams\nInterviewer(s): Harold Kim, Director of Engineering\n\nSincerely,\nZephyr Freight Talent Acquisition",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WmVwaH",
        ),
    )
    _x(
        "Alex Rivera's Zoom Meeting",
        interview=True,
        company="Lakeshore Bank",
        role=None,
        org=("m.delgado@lakeshorebank.com", "Marisol Delgado"),
        desc="Lakeshore Bank – Data Engineering – round 2 with the team lead. (Sorry, the meeting was created from my personal room!)",
        conf=("Zoom Meeting", "https://lakeshorebank.zoom.us/j/88120044710"),
    )
    _x(
        "Rescheduled: Technical Screen - Alex R. (Pellucid AI)",
        interview=True,
        company="Pellucid AI",
        role=None,
        org=("recruiting@pellucid.ai", "Pellucid AI Recruiting"),
        desc="We've moved your technical screen to the new time below. Same interviewer, same link. Apologies for the shuffle!",
        meet="meet",
    )
    _x(
        "Values interview – Amberway (last one!)",
        interview=True,
        company="Amberway",
        role=None,
        att=[person("jo.kettering@amberway.co", "Jo Kettering")],
        meet="meet",
    )
    _x(
        "Take-home walkthrough with Ferro Labs engineers",
        interview=True,
        company="Ferro Labs",
        role="Data Engineer II",
        org=("hiring@ferrolabs.com", "Ferro Labs Hiring"),
        desc="Thanks for submitting the take-home! In this 45-minute session you'll walk two of our engineers through your solution for the Data Engineer II role and discuss extensions.",
        meet="meet",
    )
    _x(
        "CTO interview – Helio Systems",
        interview=True,
        company="Helio Systems",
        role=None,
        desc="Final step. She's ex-Google, cares about ownership. Ask about runway and roadmap.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/85533019921"),
    )
    _x(
        "Crestmark Financial – Live Video Interview (HireVue)",
        interview=True,
        company="Crestmark Financial",
        role="Senior Data Engineer",
        org=("noreply@hirevue.com", "Crestmark Financial via HireVue"),
        desc="Your live interview for Senior Data Engineer with Crestmark Financial is scheduled. Your interviewer, Daniel Osei, will join you in the HireVue live room: https://app.hirevue.com/live/cmf-88213",
    )
    _x(
        "Updated invitation: Final Interview – Thornfield Games (Data Engineer, Player Analytics)",
        interview=True,
        company="Thornfield Games",
        role="Data Engineer, Player Analytics",
        org=("talent@thornfieldgames.com", "Thornfield Games Talent"),
        att=[
            person("r.ocampo@thornfieldgames.com", "Rina Ocampo"),
            person("s.bakker@thornfieldgames.com", "Stijn Bakker"),
        ],
        desc="This event has been updated. Changed: time. Final Interview with Rina Ocampo (Director of Analytics) and Stijn Bakker (Lead Data Engineer).",
        meet="meet",
    )


# --------------------------------------------------------------------------------------------
# Real interviews of Alex: European languages
# --------------------------------------------------------------------------------------------


def _real_europe() -> None:
    # German
    _x(
        "Vorstellungsgespräch – Nordlicht Energie GmbH",
        interview=True,
        company="Nordlicht Energie",
        role="Senior Data Engineer",
        zone="Europe/Berlin",
        org=("bewerbung@nordlicht-energie.de", "Nordlicht Energie Personalabteilung"),
        att=[person("k.schubert@nordlicht-energie.de", "Katrin Schubert")],
        desc="Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne laden wir Sie zu einem ersten Gespräch ein. Teilnehmen werden Frau Schubert (Teamleitung Datenplattform) und Herr Yilmaz (HR).\n\nMit freundlichen Grüßen\nIhr Nordlicht-Recruiting-Team",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9yZG",
        ),
    )
    _x(
        "Zweitgespräch Fachbereich – Kranich Logistik",
        interview=True,
        company="Kranich Logistik",
        role=None,
        zone="Europe/Berlin",
        org=("noreply@personio.de", "Kranich Logistik via Personio"),
        desc="Hallo Alex,\n\nwir freuen uns, dich zum Zweitgespräch mit dem Fachbereich einzuladen. Dauer: ca. 60 Minuten, davon 20 Minuten Fallbeispiel.\n\nBis bald!\nDein Kranich-Team",
        meet="meet",
    )
    _x(
        "Kennenlernen mit Teamlead Daten – Alpenblick Versicherung",
        interview=True,
        company="Alpenblick Versicherung",
        role="Teamlead Data Engineering",
        zone="Europe/Zurich",
        att=[person("m.gruber@alpenblick-versicherung.ch", "Markus Gruber")],
        desc="Erstes Kennenlernen zur Stelle Teamlead Data Engineering. Fragen: Teamgröße, Budget, Relocation nach Zürich?",
        conf=("Zoom Meeting", "https://alpenblick.zoom.us/j/93345566021"),
    )
    _x(
        "Technisches Interview (Live-Coding) – Quantwerk",
        interview=True,
        company="Quantwerk",
        role=None,
        zone="Europe/Berlin",
        org=("jobs@quantwerk.io", "Quantwerk Jobs"),
        desc="60 Minuten Live-Coding in Python mit zwei Engineers. Nutze bitte deine eigene IDE und teile den Bildschirm.",
        meet="meet",
    )
    _x(
        "Telefoninterview Fr. Hoffmann (Hafenstadt Bank)",
        interview=True,
        company="Hafenstadt Bank",
        role=None,
        zone="Europe/Berlin",
        desc="Sie ruft auf dem Handy an. Gehaltsvorstellung: 85-90k. Kündigungsfrist 3 Monate nennen.",
    )
    _x(
        "Michael Page: Vorstellung beim Kunden (Name folgt)",
        interview=True,
        company=None,
        role="Data Engineering Lead",
        zone="Europe/Berlin",
        org=("felix.braun@michaelpage-partner.de", "Felix Braun"),
        desc="Hallo Alex, wie besprochen: Gespräch mit meinem Kunden (Mittelständler, Maschinenbau) für die Position Data Engineering Lead. Den Firmennamen darf ich erst nach Freigabe nennen. Adresse schicke ich separat. Viel Erfolg! Felix",
    )
    # French
    _x(
        "Entretien – Sabline (Data Engineer senior)",
        interview=True,
        company="Sabline",
        role="Data Engineer senior",
        zone="Europe/Paris",
        org=("claire.vasseur@sabline.fr", "Claire Vasseur"),
        desc="Bonjour Alex,\n\nJe vous confirme notre entretien pour le poste de Data Engineer senior. Nous échangerons sur votre parcours puis je vous présenterai l'équipe.\n\nBien à vous,\nClaire Vasseur, Talent Acquisition",
        meet="meet",
    )
    _x(
        "Entretien RH – Groupe Vermeil",
        interview=True,
        company="Groupe Vermeil",
        role=None,
        zone="Europe/Paris",
        org=("recrutement@groupe-vermeil.fr", "Recrutement Groupe Vermeil"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmVybW",
        ),
    )
    _x(
        "Entretien technique Lunacode – live coding",
        interview=True,
        company="Lunacode",
        role="Développeur Backend Python",
        zone="Europe/Paris",
        desc="Poste : Développeur Backend Python. 1h avec deux devs sur CoderPad. Revoir asyncio + SQL window functions.",
        att=[person("hugo.martin@lunacode.io", "Hugo Martin")],
        meet="meet",
    )
    _x(
        "Entretien manager Banque Orsay (via cabinet Hays)",
        interview=True,
        company="Banque Orsay",
        role="Architecte Data",
        zone="Europe/Paris",
        org=("sophie.renard@hays-conseil.fr", "Sophie Renard (Hays)"),
        desc="Bonjour Alex, je vous confirme l'entretien avec M. Lefèvre, DSI adjoint de la Banque Orsay, pour le poste d'Architecte Data. Prévoir une pièce d'identité à l'accueil.",
        loc="Banque Orsay, 14 boulevard Haussmann, Paris",
    )
    _x(
        "2e tour Maison Corbel – rencontre équipe",
        interview=True,
        company="Maison Corbel",
        role=None,
        zone="Europe/Paris",
        loc="Maison Corbel, 7 rue du Faubourg Poissonnière",
        desc="Deuxième entretien : 3 personnes de l'équipe data, 1h30.",
    )
    _x(
        "Visio avec Étienne (CTO Plume Analytics) – poste Lead Data",
        interview=True,
        company="Plume Analytics",
        role="Lead Data",
        zone="Europe/Paris",
        att=[person("etienne@plume-analytics.fr", "Étienne Garnier")],
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/82219937746"),
    )
    # Spanish
    _x(
        "Entrevista – Alex Rivera – Ingeniero/a de Datos Senior – Solera Pagos",
        interview=True,
        company="Solera Pagos",
        role="Ingeniero/a de Datos Senior",
        zone="Europe/Madrid",
        org=("talento@solerapagos.es", "Talento Solera Pagos"),
        att=[person("pablo.nieto@solerapagos.es", "Pablo Nieto")],
        desc="Hola Alex:\n\nGracias por tu interés en Solera Pagos. Te confirmamos la entrevista con Pablo Nieto (Engineering Manager). Duración: 45 minutos.\n\nUn saludo,\nEquipo de Talento",
        meet="meet",
    )
    _x(
        "Entrevista técnica Cobalto Digital (prueba en vivo)",
        interview=True,
        company="Cobalto Digital",
        role=None,
        zone="Europe/Madrid",
        desc="Prueba de código en directo con dos ingenieros. Repasar Spark y particionado.",
        meet="meet",
    )
    _x(
        "Llamada con RRHH – Grupo Ibarra (Data Engineer)",
        interview=True,
        company="Grupo Ibarra",
        role="Data Engineer",
        zone="America/Mexico_City",
        org=("reclutamiento@grupoibarra.mx", "Reclutamiento Grupo Ibarra"),
        desc="Primera llamada de filtro para la vacante de Data Engineer. 20-30 minutos.",
    )
    _x(
        "Entrevista final con el CEO de Mirlo Tech",
        interview=True,
        company="Mirlo Tech",
        role=None,
        zone="America/Bogota",
        att=[person("andres@mirlotech.co", "Andrés Quintero")],
        desc="Última etapa. Llevar preguntas sobre el plan de crecimiento y el equipo de datos.",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/83314470092"),
    )
    _x(
        "Adecco – entrevista con cliente (nombre confidencial)",
        interview=True,
        company=None,
        role="Arquitecto de Datos",
        zone="Europe/Madrid",
        org=("laura.gil@adecco-seleccion.es", "Laura Gil (Adecco)"),
        desc="Hola Alex, te confirmo la entrevista con nuestro cliente (sector energía) para la posición de Arquitecto de Datos. Por confidencialidad no puedo darte el nombre hasta la segunda fase.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWRlY2",
        ),
    )
    # Portuguese
    _x(
        "Entrevista – Alex Rivera | Engenheiro(a) de Dados Sênior | Tucano Pay",
        interview=True,
        company="Tucano Pay",
        role="Engenheiro(a) de Dados Sênior",
        zone="America/Sao_Paulo",
        org=("noreply@gupy.io", "Tucano Pay via Gupy"),
        desc="Olá, Alex!\n\nSua entrevista com o time de Dados da Tucano Pay está confirmada.\nEtapa: Entrevista técnica\nDuração: 1h\n\nBoa sorte!",
        meet="meet",
    )
    _x(
        "Conversa com a gestora – Rede Jacarandá",
        interview=True,
        company="Rede Jacarandá",
        role=None,
        zone="America/Sao_Paulo",
        att=[person("fernanda.lima@redejacaranda.com.br", "Fernanda Lima")],
        desc="Etapa com a gestora da área. Perguntar sobre modelo híbrido.",
        meet="meet",
    )
    _x(
        "Entrevista técnica – Lusodata (Lisboa)",
        interview=True,
        company="Lusodata",
        role="Data Engineer",
        zone="Europe/Lisbon",
        loc="Lusodata, Avenida da Liberdade 190, Lisboa",
        desc="Vaga: Data Engineer. Entrevista presencial com o tech lead e exercício no quadro.",
    )
    _x(
        "Painel final Caju Seguros",
        interview=True,
        company="Caju Seguros",
        role=None,
        zone="America/Sao_Paulo",
        org=("rh@cajuseguros.com.br", "RH Caju Seguros"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FqdV",
        ),
    )
    # Italian
    _x(
        "Colloquio – Alex Rivera / Senior Data Engineer – Velatura SpA",
        interview=True,
        company="Velatura",
        role="Senior Data Engineer",
        zone="Europe/Rome",
        org=("hr@velatura.it", "Velatura HR"),
        desc="Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo per la posizione di Senior Data Engineer. Parteciperanno la Responsabile HR e il Data Platform Lead.\n\nCordiali saluti",
        meet="meet",
    )
    _x(
        "Colloquio conoscitivo HR – Ferrante Assicurazioni",
        interview=True,
        company="Ferrante Assicurazioni",
        role=None,
        zone="Europe/Rome",
        desc="Chiamata con la recruiter, 30 min. Preparare RAL attuale e preavviso.",
    )
    _x(
        "Colloquio tecnico col team – Brezza Labs",
        interview=True,
        company="Brezza Labs",
        role="Backend Developer",
        zone="Europe/Rome",
        att=[
            person("luca.ferri@brezzalabs.it", "Luca Ferri"),
            person("sara.greco@brezzalabs.it", "Sara Greco"),
        ],
        desc="Posizione Backend Developer. Esercizio di live coding + domande su architettura.",
        meet="meet",
    )
    _x(
        "Secondo colloquio Gruppo Salvi (tramite Randstad)",
        interview=True,
        company="Gruppo Salvi",
        role="Data Architect",
        zone="Europe/Rome",
        org=("m.rossi@randstad-selezione.it", "Matteo Rossi (Randstad)"),
        desc="Ciao Alex, ti confermo il secondo colloquio presso il cliente Gruppo Salvi per il ruolo di Data Architect, con il CIO.",
        loc="Gruppo Salvi, via Montenapoleone 8, Milano",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Tulpweg Data – Senior Data Engineer",
        interview=True,
        company="Tulpweg Data",
        role="Senior Data Engineer",
        zone="Europe/Amsterdam",
        org=("recruitment@tulpwegdata.nl", "Recruitment Tulpweg Data"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een eerste gesprek met Joost (Head of Data) en Eva (recruiter).\n\nMet vriendelijke groet,\nTeam Tulpweg",
        loc="Tulpweg Data, Weesperstraat 61, Amsterdam",
    )
    _x(
        "Kennismakingsgesprek Havenkraan BV",
        interview=True,
        company="Havenkraan",
        role="Analytics Engineer",
        zone="Europe/Amsterdam",
        att=[person("s.dekker@havenkraan.nl", "Sanne Dekker")],
        desc="Eerste gesprek n.a.v. je sollicitatie op de vacature Analytics Engineer. Informeel, 30 minuten.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGF2ZW",
        ),
    )
    _x(
        "Tweede gesprek + assessment Zilvermeeuw Verzekeringen",
        interview=True,
        company="Zilvermeeuw Verzekeringen",
        role=None,
        zone="Europe/Amsterdam",
        desc="Ochtend: capaciteitentest, middag: gesprek met afdelingshoofd + assessor.",
        loc="Zilvermeeuw, Catharijnesingel 30, Utrecht",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Bursztyn Tech (Senior Data Engineer)",
        interview=True,
        company="Bursztyn Tech",
        role="Senior Data Engineer",
        zone="Europe/Warsaw",
        org=("rekrutacja@bursztyntech.pl", "Rekrutacja Bursztyn Tech"),
        desc="Dzień dobry,\n\npotwierdzamy rozmowę rekrutacyjną na stanowisko Senior Data Engineer. Spotkanie poprowadzi Tomasz Lis (Head of Data).\n\nPozdrawiamy",
        meet="meet",
    )
    _x(
        "Rozmowa techniczna Wisła Software",
        interview=True,
        company="Wisła Software",
        role=None,
        zone="Europe/Warsaw",
        desc="Live coding + pytania o Kafkę. Link przyjdzie mailem.",
    )
    _x(
        "Spotkanie z HR – Sokół Bank (etap 1, inżynier danych)",
        interview=True,
        company="Sokół Bank",
        role="Inżynier danych",
        zone="Europe/Warsaw",
        org=("kariera@sokolbank.pl", "Kariera Sokół Bank"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U29rb2",
        ),
    )
    # Swedish
    _x(
        "Anställningsintervju – Norrsken Data (Senior Data Engineer)",
        interview=True,
        company="Norrsken Data",
        role="Senior Data Engineer",
        zone="Europe/Stockholm",
        org=("rekrytering@norrskendata.se", "Rekrytering Norrsken Data"),
        desc="Hej Alex!\n\nTack för din ansökan. Välkommen på intervju med Karin (teamlead) och Oskar (CTO). Vi bjuder på fika.\n\nVänliga hälsningar",
        loc="Norrsken Data, Sveavägen 44, Stockholm",
    )
    _x(
        "Intervju med rekryterande chef – Älvkraft AB",
        interview=True,
        company="Älvkraft",
        role=None,
        zone="Europe/Stockholm",
        att=[person("johan.berg@alvkraft.se", "Johan Berg")],
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_w4Rsdm",
        ),
    )
    _x(
        "Teknisk intervju Lodjur Tech – backend",
        interview=True,
        company="Lodjur Tech",
        role="Backend-utvecklare",
        zone="Europe/Stockholm",
        desc="Tjänst: Backend-utvecklare. Parprogrammering 60 min, Go eller Python.",
        meet="meet",
    )


# --------------------------------------------------------------------------------------------
# Real interviews of Alex: other languages
# --------------------------------------------------------------------------------------------


def _real_world() -> None:
    # Japanese
    _x(
        "【一次面接】Alex Rivera様 / データエンジニア / 株式会社ミナトデータ",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        zone="Asia/Tokyo",
        org=("saiyo@minato-data.co.jp", "株式会社ミナトデータ 採用担当"),
        desc="Alex Rivera様\n\nこの度はデータエンジニア職にご応募いただきありがとうございます。一次面接の日程が確定しましたのでご案内いたします。\n\n面接官：開発部 部長 高橋\n所要時間：45分\n\nどうぞよろしくお願いいたします。",
        meet="meet",
    )
    _x(
        "二次面接（技術）– ヒカリ物流",
        interview=True,
        company="ヒカリ物流",
        role=None,
        zone="Asia/Tokyo",
        desc="ライブコーディングあり。SQLとPythonの復習。",
        conf=("Zoom Meeting", "https://zoom.us/j/91122334455"),
    )
    _x(
        "最終面接 @ 株式会社アオバ 本社",
        interview=True,
        company="アオバ",
        role=None,
        zone="Asia/Tokyo",
        loc="東京都港区芝浦3-1-1 アオバ本社 8F 受付",
        desc="役員面接。スーツ。15分前に受付。",
    )
    _x(
        "面接（JAC経由）クライアント：北斗製作所／データ基盤エンジニア",
        interview=True,
        company="北斗製作所",
        role="データ基盤エンジニア",
        zone="Asia/Tokyo",
        org=("k.ishikawa@jac-partners.jp", "石川 (JAC)"),
        desc="北斗製作所様との面接が確定しました。面接官は情報システム部の課長様です。終了後、お電話ください。",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SG9rdX",
        ),
    )
    # Chinese
    _x(
        "面试：星河科技 – 高级数据工程师（一面）",
        interview=True,
        company="星河科技",
        role="高级数据工程师",
        zone="Asia/Shanghai",
        org=("hr@xinghe-tech.cn", "星河科技招聘"),
        desc="您好，您应聘的高级数据工程师岗位一面已安排，面试官为数据平台负责人。请提前5分钟进入会议。",
        meet="meet",
    )
    _x(
        "二面 蓝鲸云 技术面",
        interview=True,
        company="蓝鲸云",
        role=None,
        zone="Asia/Shanghai",
        desc="腾讯会议号 482 113 907，手撕代码+项目深挖。",
    )
    _x(
        "HR面 – 青松金融",
        interview=True,
        company="青松金融",
        role=None,
        zone="Asia/Shanghai",
        att=[person("zhaoyan@qingsongfin.com", "赵燕")],
        desc="聊薪资期望和到岗时间。",
    )
    _x(
        "猎头安排：客户面试（公司保密）– 数据架构师",
        interview=True,
        company=None,
        role="数据架构师",
        zone="Asia/Shanghai",
        org=("jason.wu@talentpeak-hunter.cn", "吴俊 (猎头)"),
        desc="Alex你好，客户方技术总监面试已确认，岗位是数据架构师。客户名称二面前不便透露，是一家头部电商。",
    )
    # Korean
    _x(
        "[면접 안내] 한빛데이터 – 데이터 엔지니어 1차 면접",
        interview=True,
        company="한빛데이터",
        role="데이터 엔지니어",
        zone="Asia/Seoul",
        org=("recruit@hanbitdata.co.kr", "한빛데이터 채용팀"),
        desc="안녕하세요 Alex님, 한빛데이터 채용팀입니다. 데이터 엔지니어 포지션 1차 실무진 면접 일정을 안내드립니다. 소요시간 약 60분입니다.",
        meet="meet",
    )
    _x(
        "기술 면접 – 누리소프트",
        interview=True,
        company="누리소프트",
        role=None,
        zone="Asia/Seoul",
        desc="라이브 코딩 + 시스템 설계. 노트북 충전!",
        conf=("Zoom Meeting", "https://zoom.us/j/97788112233"),
    )
    _x(
        "최종 임원 면접 – 솔바람 커머스 본사",
        interview=True,
        company="솔바람 커머스",
        role=None,
        zone="Asia/Seoul",
        loc="서울 강남구 테헤란로 231 솔바람타워 12층",
    )
    # Turkish
    _x(
        "İş görüşmesi – Lale Teknoloji (Kıdemli Veri Mühendisi)",
        interview=True,
        company="Lale Teknoloji",
        role="Kıdemli Veri Mühendisi",
        zone="Europe/Istanbul",
        org=("ik@laleteknoloji.com.tr", "Lale Teknoloji İK"),
        desc="Merhaba Alex,\n\nKıdemli Veri Mühendisi pozisyonu için başvurunuz değerlendirilmiştir. Ekip lideri Mert Bey ile görüşmenizi teyit ederiz.\n\nSaygılarımızla",
        meet="meet",
    )
    _x(
        "Teknik mülakat – Kartal Yazılım",
        interview=True,
        company="Kartal Yazılım",
        role=None,
        zone="Europe/Istanbul",
        desc="Canlı kodlama, 1 saat. Go ve SQL.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_S2FydG",
        ),
    )
    _x(
        "İK ön görüşme Boğaziçi Lojistik",
        interview=True,
        company="Boğaziçi Lojistik",
        role=None,
        zone="Europe/Istanbul",
        att=[person("selin.arslan@bogazicilojistik.com", "Selin Arslan")],
    )
    # Russian
    _x(
        "Собеседование – Северный Код (Senior Data Engineer)",
        interview=True,
        company="Северный Код",
        role="Senior Data Engineer",
        zone="Europe/Moscow",
        org=("hr@severkod.ru", "HR Северный Код"),
        desc="Алекс, добрый день! Подтверждаем собеседование на позицию Senior Data Engineer. С нашей стороны будут тимлид и HR. Ссылка на Контур.Толк придёт отдельно.",
    )
    _x(
        "Техническое интервью – Лайм Финтех",
        interview=True,
        company="Лайм Финтех",
        role=None,
        zone="Asia/Almaty",
        desc="Алгоритмы + SQL, 1.5 часа. Повторить оконные функции.",
        meet="meet",
    )
    _x(
        "Финальная встреча с CTO – Полярис Аналитика",
        interview=True,
        company="Полярис Аналитика",
        role=None,
        zone="Europe/Moscow",
        att=[person("cto@polaris-analytics.ru", "Олег Миронов")],
        conf=("Zoom Meeting", "https://zoom.us/j/94455667788"),
    )
    # Arabic
    _x(
        "مقابلة عمل – شركة النخيل للتقنية (مهندس بيانات أول)",
        interview=True,
        company="النخيل للتقنية",
        role="مهندس بيانات أول",
        zone="Asia/Riyadh",
        org=("careers@nakheel-tech.sa", "التوظيف – النخيل للتقنية"),
        desc="عزيزي أليكس،\nيسعدنا دعوتك لمقابلة عمل لوظيفة مهندس بيانات أول مع مدير فريق البيانات. مدة المقابلة ٤٥ دقيقة.\nمع التحية",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmFraG",
        ),
    )
    _x(
        "مقابلة تقنية – واحة داتا",
        interview=True,
        company="واحة داتا",
        role=None,
        zone="Asia/Dubai",
        loc="Waha Data, Dubai Internet City, Building 5",
        desc="مقابلة حضورية مع قائد الفريق التقني + تمرين على السبورة.",
    )
    # Hindi
    _x(
        "Neelgiri Tech – पहला इंटरव्यू (Senior Data Engineer)",
        interview=True,
        company="Neelgiri Tech",
        role="Senior Data Engineer",
        zone="Asia/Kolkata",
        org=("talent@neelgiritech.in", "Neelgiri Tech Talent"),
        desc="नमस्ते Alex, Senior Data Engineer पद के लिए आपका पहला इंटरव्यू तय हो गया है। इंटरव्यूअर: राहुल वर्मा (Engineering Manager)।",
        meet="meet",
    )
    _x(
        "टेक्निकल राउंड – Kesari Fintech",
        interview=True,
        company="Kesari Fintech",
        role=None,
        zone="Asia/Kolkata",
        desc="DSA + system design. HackerRank CodePair link मेल पर आएगा।",
    )


# --------------------------------------------------------------------------------------------
# Real interviews of Alex at employers that resemble the look-alikes
# --------------------------------------------------------------------------------------------


def _real_borderline() -> None:
    _x(
        "Interview – The Pacific Ledger (newsroom data team)",
        interview=True,
        company="The Pacific Ledger",
        role="Senior Data Engineer, Newsroom",
        org=("careers@pacificledger.com", "The Pacific Ledger Careers"),
        att=[person("h.tanaka@pacificledger.com", "Haruto Tanaka")],
        desc="Hi Alex, thanks for applying for Senior Data Engineer, Newsroom. You'll speak with our Deputy Editor for Data and one engineer from the graphics desk.",
        meet="meet",
    )
    _x(
        "Wavecast interview – data eng (they make the podcast app)",
        interview=True,
        company="Wavecast",
        role=None,
        desc="Round 1 with their eng manager. NOT a podcast appearance lol. Listen to their stack talk beforehand.",
        conf=("Zoom Meeting", "https://wavecast.zoom.us/j/86655443321"),
    )
    _x(
        "Interview – Cedar Vale Medical Center, Clinical Data Engineer",
        interview=True,
        company="Cedar Vale Medical Center",
        role="Clinical Data Engineer",
        org=("hr.recruitment@cedarvalemed.org", "Cedar Vale Human Resources"),
        desc="Please check in at the Main Lobby information desk and ask for the Human Resources conference room. Parking validation provided. Interview panel: Director of Clinical Informatics, EHR Integration Lead.",
        loc="Cedar Vale Medical Center, 4100 Alameda Ave, Building C",
    )
    _x(
        "City of Bellhaven – Panel Interview: Data Analyst III",
        interview=True,
        company="City of Bellhaven",
        role="Data Analyst III",
        org=("hr@bellhaven.gov", "City of Bellhaven Human Resources"),
        desc="You have been invited to an oral panel interview for the position of Data Analyst III (Recruitment #2025-0147). Please bring a valid photo ID. The panel will consist of three raters and the interview will last approximately 45 minutes.",
        loc="Bellhaven City Hall, 100 Civic Center Plaza, Room 210",
    )
    _x(
        "Westmoor University – interview for Research Data Engineer",
        interview=True,
        company="Westmoor University",
        role="Research Data Engineer",
        org=("jobs@westmoor.edu", "Westmoor University Staff Recruitment"),
        desc="Search committee interview for Research Data Engineer (Research Computing Services, Req 58812). Format: 45 min committee + 15 min candidate questions.",
        conf=("Zoom Meeting", "https://westmoor.zoom.us/j/93322110044"),
    )
    _x(
        "Lookfield (user research platform) – interview, Senior Data Engineer",
        interview=True,
        company="Lookfield",
        role="Senior Data Engineer",
        att=[person("marta@lookfield.com", "Marta Vidal")],
        desc="They build the research-repo product. Interview with Marta (VP Eng). Ask how they handle PII in recordings.",
        meet="meet",
    )
    _x(
        "Vorstellungsgespräch Stadtwerke Nordheim – Leitung Datenmanagement",
        interview=True,
        company="Stadtwerke Nordheim",
        role="Leitung Datenmanagement",
        zone="Europe/Berlin",
        org=("personal@stadtwerke-nordheim.de", "Stadtwerke Nordheim Personalabteilung"),
        desc="Sehr geehrte/r Alex Rivera,\n\nwir laden Sie zu einem Vorstellungsgespräch für die Stelle Leitung Datenmanagement ein. Anwesend sind der kaufmännische Geschäftsführer, die Personalleitung und ein Mitglied des Betriebsrats.\n\nMit freundlichen Grüßen",
        loc="Stadtwerke Nordheim, Am Wasserturm 3, Verwaltungsgebäude",
    )
    _x(
        "Talentbridge – interview for their internal data team",
        interview=True,
        company="Talentbridge",
        role="Data Engineer",
        org=("people@talentbridge.com", "Talentbridge People Team"),
        desc="Funny one: the staffing firm itself is hiring a Data Engineer for their matching platform. This is for a job AT Talentbridge, not a client.",
        meet="meet",
    )
    _x(
        "Probetag bei Flinkwerk",
        interview=True,
        company="Flinkwerk",
        role=None,
        zone="Europe/Berlin",
        org=("team@flinkwerk.de", "Flinkwerk"),
        desc="Hi Alex, wie besprochen: Probetag bei uns im Team, 9-16 Uhr. Du arbeitest mit Jonas an einem kleinen Ticket, Mittagessen mit allen, am Ende kurzes Feedbackgespräch mit Nina (CTO).",
        loc="Flinkwerk, Skalitzer Str. 85, Berlin",
    )
    _x(
        "Lunch w/ Sam + Dovetail HM (my interview this time!)",
        interview=True,
        company="Dovetail",
        role=None,
        att=[
            person("sam.nguyen.work@gmail.com", "Sam Nguyen"),
            person("r.castillo@dovetail-freight.com", "Rosa Castillo"),
        ],
        desc="Sam referred me after joining. Rosa runs the data team - this counts as the HM screen per the recruiter.",
        loc="Sqirl, Virgil Ave",
    )
    _x(
        "Interview – Loopwise (interview scheduling startup), Staff Data Engineer",
        interview=True,
        company="Loopwise",
        role="Staff Data Engineer",
        org=("scheduling@loopwise.io", "Loopwise Recruiting"),
        desc="Yes, we schedule our own interviews with our own product :) You'll meet Ada (Head of Data) for 45 minutes.",
        meet="meet",
    )
    _x(
        "Silver Reel Studios – interview (Data Engineer, Streaming)",
        interview=True,
        company="Silver Reel Studios",
        role="Data Engineer, Streaming",
        org=("talent@silverreel.com", "Silver Reel Talent"),
        loc="Silver Reel Studios lot, Gate 2, 3900 Lankershim Blvd",
        desc="Drive-on pass will be at Gate 2. Interviews in the Stage 9 office building.",
    )
    _x(
        "Eastvale Unified – interview for Data Systems Analyst",
        interview=True,
        company="Eastvale Unified School District",
        role="Data Systems Analyst",
        org=("classified.hr@eastvaleusd.org", "Eastvale USD Classified HR"),
        desc="Oral interview for the classified position Data Systems Analyst. Please arrive 15 minutes early at the District Office.",
        loc="Eastvale USD District Office, 1200 Hamner Ave",
    )
    _x(
        "面接（二次）– キャリアブリッジ株式会社 / エンジニアリングマネージャー",
        interview=True,
        company="キャリアブリッジ",
        role="エンジニアリングマネージャー",
        zone="Asia/Tokyo",
        org=("saiyo@careerbridge-agent.jp", "キャリアブリッジ 採用チーム"),
        desc="弊社エンジニアリングマネージャー職の二次面接のご案内です。面接官はCTOの森です。",
        meet="meet",
    )
    _x(
        "Hollins Polytechnic – job talk + faculty interviews (Lecturer in Data Science)",
        interview=True,
        company="Hollins Polytechnic",
        role="Lecturer in Data Science",
        org=("search-ds@hollinspoly.edu", "Data Science Search Committee"),
        desc="Campus visit itinerary: 9:00 breakfast with the chair, 10:00 job talk (45 min + questions), 11:30 teaching demo, 1:00 meeting with the Dean, 2:30 search committee interview.",
        loc="Hollins Polytechnic, Engineering Hall 101",
    )
    _x(
        "Streamforge – interview (Solutions Architect)",
        interview=True,
        company="Streamforge",
        role="Solutions Architect",
        org=("recruiting@streamforge.io", "Streamforge Recruiting"),
        desc="Hi Alex! After you asked such good questions in the demo with Initech, Kyle passed your name on. This is the first interview for our Solutions Architect opening.",
        conf=("Zoom Meeting", "https://streamforge.zoom.us/j/95566778899"),
    )
    _x(
        "MockMate – interview for Senior Backend Engineer",
        interview=True,
        company="MockMate",
        role="Senior Backend Engineer",
        att=[person("devon@mockmate.app", "Devon Hale")],
        desc="The mock-interview startup is hiring. This is a real interview, not a practice session. 60 min technical with Devon (CTO).",
        meet="meet",
    )
