# ruff: noqa: E501 -- data: event texts as written
"""Part author20a, written by one author: look-alikes that Alex's calendar really holds and Alex's own candidate interviews that share their words. The look-alikes (about 60%) cover Alex interviewing candidates at Initech on the work calendar (loops, debriefs, hiring committees, scorecards), panels for other teams, friends' and partner's interviews, press/podcast/radio/TV interviews, user research and customer discovery, exit and stay interviews, 1:1s and reviews, medical and insurance exams, visa/consulate/citizenship/tax/benefits/court appointments, school, university and scholarship admissions, flat viewings, hiring a nanny, cleaner or contractor, auditions, tryouts and castings, mock interviews, coaching, résumé reviews, career fairs, online tests and deadlines, prep blocks, thank-you and follow-up reminders, travel to interviews, films, books, shows and games with "interview" in the title, volunteering and sport. The interviews (about 40%) are Alex's own steps with prospective employers that borrow those same words: coffee chats that are screens, conversations with hiring managers, case discussions, trial shifts, meet-the-team lunches and fit calls, organised by the employer, an agency or a scheduling tool. Texts are in English and in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Japanese, Korean, Chinese, Turkish, Arabic, Czech and Hindi. All names, companies and texts are invented."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author20a", **kw)


def build() -> None:
    _initech_interviewer()
    _panelist_and_hiring_work()
    _friends_and_partner()
    _press_and_media()
    _research_interviews()
    _work_reviews()
    _medical_and_insurance()
    _government_and_legal()
    _admissions()
    _housing_and_household()
    _auditions_and_sport()
    _career_help()
    _tests_prep_reminders()
    _travel()
    _titles_and_volunteering()
    _own_disguised()
    _own_ats_and_tools()
    _own_multilingual()
    _own_notes_and_agencies()


# --- look-alikes: Alex interviews candidates at Initech (work calendar) ---


def _initech_interviewer() -> None:
    _x(
        "Interview: Devika Raman – Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        att=[
            person("devika.raman.dev@gmail.com", "Devika Raman"),
            person("harold.brennan@initech.com", "Harold Brennan"),
        ],
        desc="You are interviewing Devika Raman for Backend Engineer (Req #4412).\n\nFocus area: System design – payments ledger.\nPlease submit your scorecard in Greenhouse within 24 hours.\n\nInterview kit: https://app.greenhouse.io/interview_kits/88120\nResume attached to the candidate profile.",
        meet="meet",
    )
    _x(
        "Interview: Tobias Lindqvist – Senior Data Engineer (Coding)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        att=[person("t.lindqvist@proton.me", "Tobias Lindqvist")],
        desc="Interviewer: Alex Rivera\nCandidate: Tobias Lindqvist\nStage: Onsite – Coding (45 min)\n\nUse the CoderPad link below, the question bank is in the kit.\nhttps://coderpad.io/INTV-7Q2KZ",
        meet="meet",
    )
    _x(
        "Debrief – candidate loop (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=("harold.brennan@initech.com", "Harold Brennan"),
        att=[
            person("nadia.ferraz@initech.com", "Nadia Ferraz"),
            person("owen.castellano@initech.com", "Owen Castellano"),
            person("recruiting-coord@initech.com", "Initech Recruiting"),
        ],
        desc="Debrief for Devika R. – please have scorecards in before we start. No discussion in Slack before the debrief.",
        meet="meet",
    )
    _x(
        "Hiring committee",
        interview=False,
        me=WORK_ME,
        org=("grace.oduya@initech.com", "Grace Oduya"),
        att=[
            person("harold.brennan@initech.com", "Harold Brennan"),
            person("owen.castellano@initech.com", "Owen Castellano"),
        ],
        desc="Weekly HC. Packets: 3 engineering, 1 product. Links in the HC doc.",
        loc="Initech HQ – Room 4B 'Stapler'",
    )
    _x(
        "Scorecard due: T. Lindqvist",
        interview=False,
        me=WORK_ME,
        all_day=True,
    )
    _x(
        "Phone screen – Mirela Costache (Platform SRE)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        att=[person("mirela.costache@outlook.com", "Mirela Costache")],
        desc="Technical phone screen, 30 min. You are the interviewer. Please call the candidate at the number in her profile if Meet fails.",
        meet="meet",
    )
    _x(
        "Interview Training: Structured Interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        desc="Required for all new interviewers. Covers rubric scoring, bias, legal do's and don'ts. After this you can shadow two loops and then reverse-shadow.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/93317740021"),
    )
    _x(
        "Shadow: onsite loop – Frontend Engineer",
        interview=False,
        me=WORK_ME,
        org=("nadia.ferraz@initech.com", "Nadia Ferraz"),
        att=[person("recruiting-coord@initech.com", "Initech Recruiting")],
        desc="You're shadowing Nadia on the architecture round. Don't ask questions, just take notes and score independently.",
        loc="Initech HQ – Room 2A",
    )
    _x(
        "Candidate lunch w/ Elif Demirtaş",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        att=[person("elif.demirtas@yandex.com", "Elif Demirtaş")],
        desc="Informal lunch as part of Elif's onsite. Not evaluated – just sell Initech and answer her questions about the team.",
        loc="Café Verde, ground floor",
    )
    _x(
        "Take-home review: 3 submissions",
        interview=False,
        me=WORK_ME,
        desc="Grade the take-homes for the Data Eng req, rubric in the Drive folder.",
    )
    _x(
        "Interviewgespräch: Katrin Vogel – Werkstudentin Data",
        interview=False,
        me=WORK_ME,
        org=("talent.berlin@initech.com", "Initech Talent Berlin"),
        att=[person("katrin.vogel@tu-mail.de", "Katrin Vogel")],
        desc="Hallo Alex,\n\ndu führst das Fachgespräch mit Katrin Vogel (Werkstudentin Data Analytics, Standort Berlin). Bitte Feedback bis Freitag im Personio-Profil eintragen.\n\nDanke!\nJana",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek kandidaat – Sander de Wit (QA)",
        interview=False,
        me=WORK_ME,
        org=("hr.amsterdam@initech.com", "Lotte Verbeek"),
        att=[person("sander.dewit@ziggo.nl", "Sander de Wit")],
        desc="Alex, jij neemt het technische deel (30 min) voor je rekening. Ik doe de motivatie en arbeidsvoorwaarden. Graag je beoordeling in het formulier.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Offer call prep – candidate Ruiz",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        desc="Quick sync before Harold extends the offer to Ana Ruiz. You'll join the call after to talk about the team.",
        meet="meet",
    )
    _x(
        "Intern interviews (x3) – back to back",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Summer intern interviews, 3 x 30 min. Candidates: J. Okafor, M. Tanaka, L. Bergström. Kits in Greenhouse.",
        loc="Initech HQ – Room 1C",
    )
    _x(
        "Reverse shadow – System Design – Candidate: Wen Jiahui",
        interview=False,
        me=WORK_ME,
        org=("nadia.ferraz@initech.com", "Nadia Ferraz"),
        att=[person("wen.jiahui@163.com", "Wen Jiahui")],
        desc="You lead, I observe. Afterwards 10 min feedback on your interviewing.",
        meet="meet",
    )


def _panelist_and_hiring_work() -> None:
    _x(
        "Panel interview – Product Designer candidate (Growth team)",
        interview=False,
        me=WORK_ME,
        org=("yasmin.haddad@initech.com", "Yasmin Haddad"),
        att=[
            person("ben.achterberg@initech.com", "Ben Achterberg"),
            person("candidate.scheduling@initech.com", "Initech Candidate Scheduling"),
        ],
        desc="Thanks for helping out as the cross-functional panelist for Growth! You'll be assessing collaboration with engineering. Portfolio presentation first 20 min.",
        loc="Initech HQ – Room 3F",
    )
    _x(
        "Bar raiser: Staff Engineer loop (Payments team)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting"),
        desc="You are the bar raiser for this loop. Candidate: Oskar Nyberg. Please attend the debrief tomorrow 10:00.",
        meet="meet",
    )
    _x(
        "Culture add interview – Support Lead (helping Customer Ops)",
        interview=False,
        me=WORK_ME,
        org=("felicity.amankwah@initech.com", "Felicity Amankwah"),
        att=[person("marco.bellandi@libero.it", "Marco Bellandi")],
        desc="Hi Alex, thanks for covering for Raj. Values interview, 45 min, kit linked.",
        meet="meet",
    )
    _x(
        "面接官: 田村 陽介さん – モバイルエンジニア",
        interview=False,
        me=WORK_ME,
        org=("tokyo-recruiting@initech.com", "Initech 東京 採用チーム"),
        att=[person("yosuke.tamura.dev@gmail.com", "田村 陽介")],
        desc="Alexさん\n\n東京オフィスのモバイルエンジニア候補者の技術面接をお願いします（面接官として参加）。評価シートは面接後24時間以内にご提出ください。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Entretien candidat – Chef de projet (équipe Lyon) – Alex en panéliste",
        interview=False,
        me=WORK_ME,
        org=("rh.lyon@initech.com", "Camille Fournier"),
        att=[person("hugo.lemaire@free.fr", "Hugo Lemaire")],
        desc="Bonjour Alex, merci de participer au panel pour le poste de chef de projet à Lyon. Tu évalues la partie technique (20 min).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTg3-lyon%40thread.v2/0",
        ),
        zone="Europe/Paris",
    )


# --- look-alikes: other people's interviews ---


def _friends_and_partner() -> None:
    _x(
        "Sam's interview at Deloitte – drive her",
        interview=False,
        desc="Pick Sam up at 8:15, drop at the office on Harbor St, she's done ~12.",
        loc="Harbor Street 200",
    )
    _x(
        "Jordan – final round @ Northgate Labs (send good luck text)",
        interview=False,
    )
    _x(
        "Help Mia prep for her nursing interview",
        interview=False,
        org=("mia.santangelo@gmail.com", "Mia Santangelo"),
        desc="Mock questions over pizza at mine. She wants STAR practice.",
        loc="Home",
    )
    _x(
        "Vorstellungsgespräch Lena – Kinder abholen!",
        interview=False,
        desc="Lena hat ihr Vorstellungsgespräch bei der Stadtwerke, ich hole die Kinder um 15:00 von der Kita.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien d'embauche de Chloé – garder le chien",
        interview=False,
        org=("chloe.marchand@laposte.net", "Chloé Marchand"),
        desc="Je passe prendre Biscotte vers 9h, Chloé a son entretien chez un cabinet d'avocats toute la matinée.",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista de trabajo de Diego (llevarle el traje)",
        interview=False,
        desc="Diego tiene entrevista en el banco a las 10. Le llevo el traje planchado antes de las 9.",
        zone="Europe/Madrid",
    )
    _x(
        "Celebrate Priti's offer 🎉",
        interview=False,
        org=("priti.vasudevan@gmail.com", "Priti Vasudevan"),
        att=[person("kevin.obi@gmail.com", "Kevin Obi")],
        loc="The Copper Kettle",
        desc="She got the job after 5 rounds of interviews!! Drinks on us.",
    )
    _x(
        "Colloquio di Giulia – accompagnarla in stazione",
        interview=False,
        desc="Giulia ha il colloquio a Milano, treno delle 7:40. La porto io in stazione.",
        zone="Europe/Rome",
    )
    _x(
        "Partner's panel interview – I'm on school pickup",
        interview=False,
        desc="Noa has her panel interview 2–5pm, I've got pickup and dinner.",
    )
    _x(
        "Rozmowa kwalifikacyjna Kasi – pożyczyć jej laptopa",
        interview=False,
        desc="Kasia ma rozmowę online i jej laptop padł. Zanieść mój przed 9:00.",
        zone="Europe/Warsaw",
    )
    _x(
        "Reference call for Omar (I'm his reference)",
        interview=False,
        org=("talent@fernhill-analytics.com", "Fernhill Analytics Talent"),
        desc="Hi Alex, Omar Haddadi listed you as a reference for the Analytics Manager role. This 20-minute call covers your experience working with him.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84401937250"),
    )
    _x(
        "妹の面接 – 駅まで送る",
        interview=False,
        desc="美咲の就職面接。8時に駅まで車で送る。",
        zone="Asia/Tokyo",
    )


# --- look-alikes: press, podcast, radio and TV ---


def _press_and_media() -> None:
    _x(
        "Podcast interview: 'Data on the Rocks' (guest)",
        interview=False,
        org=("hello@dataontherocks.fm", "Data on the Rocks"),
        desc="Thanks for coming on the show! We'll record ~50 min about data pipelines at scale. Please use headphones, we record on Riverside.\nhttps://riverside.fm/studio/data-on-the-rocks",
    )
    _x(
        "Interview with TechWeekly journalist re: Initech outage",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[person("f.quaresma@techweekly-news.com", "Filipa Quaresma")],
        desc="Press interview. Comms will be on the call. Stick to the approved messaging doc. On background only for numbers.",
        meet="meet",
    )
    _x(
        "Radio-Interview Morgenmagazin – Thema Datenschutz im Alltag",
        interview=False,
        org=("redaktion.morgenecho@radio-rheinland-beispiel.de", "Redaktion Morgenmagazin"),
        desc="Live-Schalte um 7:40, Dauer ca. 4 Minuten. Bitte 10 Minuten vorher unter der Studio-Nummer anrufen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevue radio – Ici Montréal matin (chronique techno)",
        interview=False,
        org=("recherche.matin@radio-exemple.ca", "Recherchiste Montréal matin"),
        desc="Entrevue téléphonique en direct, 6 minutes, sur les arnaques par texto. On vous appelle à 7h52.",
        zone="America/Toronto",
    )
    _x(
        "Entrevista en TV – Canal 8 noticias (tema: IA en el trabajo)",
        interview=False,
        org=("produccion@canal8-noticias.es", "Producción Canal 8"),
        desc="Llegar al plató a las 18:30 para maquillaje. Entrevista en directo de 5 minutos.",
        loc="Estudios Canal 8, Calle Alcalá 401",
        zone="Europe/Madrid",
    )
    _x(
        "Blog Q&A interview – written answers due",
        interview=False,
        all_day=True,
        desc="Send answers to the 8 questions from the DevCommunity newsletter editor.",
    )
    _x(
        "인터뷰 촬영 – 개발자 유튜브 채널 게스트",
        interview=False,
        org=("pd.minji@devtube-kr.com", "김민지 PD"),
        desc="알렉스님, 다음 주 촬영 일정 확정입니다. 스튜디오에서 약 1시간 인터뷰 진행 후 편집합니다.",
        loc="서울 마포구 스튜디오 3층",
        zone="Asia/Seoul",
    )
    _x(
        "Wywiad do podcastu 'Kod i Kawa'",
        interview=False,
        org=("kontakt@kodikawa.pl", "Kod i Kawa"),
        desc="Nagranie zdalne, ok. 40 min. Temat: jak przenieśliśmy monolit do chmury.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81566203348"),
        zone="Europe/Warsaw",
    )
    _x(
        "Röportaj – Teknoloji dergisi (e-posta ile cevaplar)",
        interview=False,
        desc="Derginin sorularına yazılı cevaplar, son gün Cuma.",
        zone="Europe/Istanbul",
    )


# --- look-alikes: user research and customer discovery ---


def _research_interviews() -> None:
    _x(
        "User interview #7 – onboarding flow",
        interview=False,
        me=WORK_ME,
        org=("research-ops@initech.com", "Initech Research Ops"),
        att=[person("participant07@userpanel-mail.com", "Participant 07")],
        desc="Discussion guide v3 in the research folder. You are note-taker. Don't lead the participant.",
        meet="meet",
    )
    _x(
        "Customer discovery call – Halvorsen Logistics",
        interview=False,
        me=WORK_ME,
        org=("ingrid.halvorsen@halvorsen-logistics.no", "Ingrid Halvorsen"),
        desc="Jobs-to-be-done interview with their ops lead. 5 questions, 30 min.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjU4-halv%40thread.v2/0",
        ),
    )
    _x(
        "Research session: I'm the participant (UX study, $75 gift card)",
        interview=False,
        org=("studies@userlens-research.com", "UserLens Studies"),
        desc="Thank you for joining our study about budgeting apps. The session is 60 minutes and will be recorded. Your incentive will be sent within 5 business days.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86610044217"),
    )
    _x(
        "Nutzerinterview – Prototyp Checkout (Teilnehmer 3)",
        interview=False,
        me=WORK_ME,
        org=("ux.berlin@initech.com", "UX Research Berlin"),
        desc="Leitfaden im Miro-Board. Alex protokolliert.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien utilisateur – app mobile (session 2/6)",
        interview=False,
        me=WORK_ME,
        org=("ux.paris@initech.com", "Équipe UX Paris"),
        desc="Entretien semi-directif, 45 min. Grille d'entretien dans le Drive.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "ユーザーインタビュー（B2B顧客・管理者）",
        interview=False,
        me=WORK_ME,
        org=("research.jp@initech.com", "リサーチチーム"),
        desc="管理画面の使い勝手についてのヒアリング。録画許可取得済み。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "客户访谈 – 华东区经销商",
        interview=False,
        me=WORK_ME,
        org=("sh.sales@initech.com", "上海销售团队"),
        desc="了解经销商对新版订单系统的反馈，约45分钟。",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95520037714"),
        zone="Asia/Shanghai",
    )
    _x(
        "Expert network call (paid) – logistics software",
        interview=False,
        org=("scheduling@insightbridge-experts.com", "InsightBridge Scheduling"),
        desc="Thank you for agreeing to a 60-minute consultation with our client about warehouse software. Compliance reminder: do not share confidential information of your current employer.",
    )


# --- look-alikes: reviews and conversations at Alex's current job ---


def _work_reviews() -> None:
    _x(
        "Alex / Harold 1:1",
        interview=False,
        me=WORK_ME,
        org=("harold.brennan@initech.com", "Harold Brennan"),
        desc="Weekly. Agenda in the shared doc.",
        meet="meet",
    )
    _x(
        "Mid-year performance review",
        interview=False,
        me=WORK_ME,
        org=("harold.brennan@initech.com", "Harold Brennan"),
        desc="Please complete your self-assessment in Lattice before we meet.",
        loc="Initech HQ – Room 5A",
    )
    _x(
        "Stay interview – Alex",
        interview=False,
        me=WORK_ME,
        org=("people.partner@initech.com", "Renata Sokolova"),
        desc="Hi Alex! Stay interviews are a short conversation about what keeps you at Initech and what might make you leave. Nothing you say affects your review.",
        meet="meet",
    )
    _x(
        "Exit interview – Owen Castellano (I'm his manager, HR asked for input)",
        interview=False,
        me=WORK_ME,
        org=("people.partner@initech.com", "Renata Sokolova"),
        desc="Short sync so I have context before Owen's exit interview on Friday.",
        meet="meet",
    )
    _x(
        "Promotion panel – Alex presents case for L5",
        interview=False,
        me=WORK_ME,
        org=("eng-promo@initech.com", "Engineering Promotions"),
        desc="You will present your promotion packet (10 min) and take questions from the panel (20 min).",
        loc="Initech HQ – Boardroom",
    )
    _x(
        "Internal mobility chat – Data Platform team",
        interview=False,
        me=WORK_ME,
        org=("kenji.morrow@initech.com", "Kenji Morrow"),
        desc="Informal chat about the open role on Data Platform. Internal transfer, Harold is aware.",
        meet="meet",
    )
    _x(
        "Mitarbeitergespräch (Jahresgespräch)",
        interview=False,
        me=WORK_ME,
        org=("jana.hofstetter@initech.com", "Jana Hofstetter"),
        desc="Jährliches Mitarbeitergespräch: Rückblick, Ziele, Weiterbildung.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation",
        interview=False,
        me=WORK_ME,
        org=("camille.fournier@initech.com", "Camille Fournier"),
        desc="Entretien annuel et entretien professionnel. Merci de remplir la fiche de préparation.",
        zone="Europe/Paris",
    )
    _x(
        "Medarbetarsamtal",
        interview=False,
        me=WORK_ME,
        org=("sthlm.hr@initech.com", "Elin Sandström"),
        desc="Årligt medarbetarsamtal. Fyll i förberedelseformuläret innan.",
        zone="Europe/Stockholm",
    )
    _x(
        "Exit interview (mine!) – last day",
        interview=False,
        me=WORK_ME,
        org=("people.partner@initech.com", "Renata Sokolova"),
        desc="Just a formality, nothing to prepare. Please return your laptop to IT afterwards.",
        meet="meet",
    )


# --- look-alikes: medical, insurance, government, legal ---


def _medical_and_insurance() -> None:
    _x(
        "Life insurance paramedical exam",
        interview=False,
        org=("appointments@examone-mobile.com", "Mobile Exam Scheduling"),
        desc="A paramedical examiner will visit your home. Please fast for 8 hours. Bring photo ID. The exam includes a short health interview, blood pressure and a blood draw.",
        loc="Home",
    )
    _x(
        "Pre-employment physical – NOT a job interview, just the clinic",
        interview=False,
        desc="Occupational health clinic, bring the form from HR.",
        loc="Riverside Occupational Health, 55 Mill Rd",
    )
    _x(
        "Betriebsarzt – Eignungsuntersuchung",
        interview=False,
        me=WORK_ME,
        org=("arbeitsmedizin@initech.com", "Arbeitsmedizinischer Dienst"),
        desc="Bildschirmarbeitsplatz G37. Bitte Brille mitbringen.",
        zone="Europe/Berlin",
    )
    _x(
        "Seguro de saúde – entrevista qualificada por telefone",
        interview=False,
        org=("agendamento@vidaplena-seguros.com.br", "Vida Plena Seguros"),
        desc="A entrevista qualificada é uma etapa obrigatória da contratação do plano. Duração aproximada de 15 minutos.",
        zone="America/Sao_Paulo",
    )
    _x(
        "健康診断（雇入時）",
        interview=False,
        desc="午前9時受付。前日21時以降絶食。",
        loc="新宿メディカルクリニック 4F",
        zone="Asia/Tokyo",
    )
    _x(
        "Disability insurance – phone interview with underwriter",
        interview=False,
        org=("underwriting@steadfast-mutual.com", "Steadfast Mutual Underwriting"),
        desc="Your application requires a tele-interview with one of our underwriters. Have your medication list and doctors' contact details ready.",
    )


def _government_and_legal() -> None:
    _x(
        "US visa interview – consulate",
        interview=False,
        desc="DS-160 confirmation, passport, photo, I-797. No bags. Arrive 15 min early.",
        loc="U.S. Consulate General, security entrance B",
    )
    _x(
        "Termin Ausländerbehörde – Aufenthaltstitel",
        interview=False,
        desc="Mitbringen: Pass, Arbeitsvertrag, Mietvertrag, biometrisches Foto, Krankenversicherungsnachweis.",
        loc="Landesamt für Einwanderung, Friedrich-Krause-Ufer",
        zone="Europe/Berlin",
    )
    _x(
        "Citizenship interview (naturalization) + civics test",
        interview=False,
        desc="Bring green card, passport, tax transcripts. Study the 100 civics questions.",
        loc="Field Office, 3rd floor",
    )
    _x(
        "Entretien d'assimilation – naturalisation (préfecture)",
        interview=False,
        desc="Convocation à la préfecture pour l'entretien d'assimilation. Apporter la convocation et le titre de séjour.",
        loc="Préfecture, bureau des naturalisations",
        zone="Europe/Paris",
    )
    _x(
        "Tax office appointment – audit interview",
        interview=False,
        desc="Bring receipts for home office deduction, 2 years of returns.",
        loc="Revenue Service, room 114",
    )
    _x(
        "Jobcenter / Arbeitsagentur – Beratungsgespräch",
        interview=False,
        desc="Termin bei der Arbeitsvermittlung. Lebenslauf und Bewerbungsnachweise mitbringen.",
        loc="Agentur für Arbeit, Zimmer 2.17",
        zone="Europe/Berlin",
    )
    _x(
        "Unemployment benefits – eligibility phone interview",
        interview=False,
        org=("no-reply@ui-claims.example.gov", "Unemployment Insurance Claims"),
        desc="You have been scheduled for a telephone eligibility interview regarding your claim. If you miss this call, benefits may be delayed.",
    )
    _x(
        "Jury duty – voir dire",
        interview=False,
        desc="Report 8:00 to jury assembly room. Juror #1187.",
        loc="County Courthouse, Jury Assembly",
    )
    _x(
        "Udienza in tribunale – testimone",
        interview=False,
        desc="Citazione come testimone, portare documento d'identità.",
        loc="Tribunale, aula 5",
        zone="Europe/Rome",
    )
    _x(
        "Migrationsverket – intervju om uppehållstillstånd",
        interview=False,
        desc="Ta med pass och anställningsavtal.",
        zone="Europe/Stockholm",
    )
    _x(
        "موعد مقابلة السفارة – تأشيرة",
        interview=False,
        desc="إحضار جواز السفر وصورتين وخطاب الدعوة. الحضور قبل الموعد بنصف ساعة.",
        loc="السفارة – قسم التأشيرات",
        zone="Asia/Dubai",
    )
    _x(
        "Vergi dairesi randevusu",
        interview=False,
        desc="Beyanname için belgeler: kira sözleşmesi, bordro.",
        zone="Europe/Istanbul",
    )


# --- look-alikes: admissions and education ---


def _admissions() -> None:
    _x(
        "MBA admissions interview – Harborview School of Business",
        interview=False,
        org=("admissions@harborview-sb.edu", "Harborview MBA Admissions"),
        desc="Congratulations on being invited to interview for the Full-Time MBA Class of 2027. Your interview will be conducted by a second-year student and lasts 30 minutes.",
        conf=("Zoom Meeting", "https://harborview.zoom.us/j/97100382255"),
    )
    _x(
        "Kindergarten admissions – family interview (Oak Hill)",
        interview=False,
        org=("admissions@oakhill-day.org", "Oak Hill Day School"),
        desc="Parents and child visit. The children will play while we talk with parents.",
        loc="Oak Hill Day School, Admissions Office",
    )
    _x(
        "Scholarship interview – Fulcrum Fellowship",
        interview=False,
        org=("fellowship@fulcrum-foundation.org", "Fulcrum Foundation"),
        desc="Final round interview for the Fulcrum Graduate Fellowship. Panel of three, 25 minutes.",
        meet="meet",
    )
    _x(
        "Entrevista de admisión – máster en ciencia de datos",
        interview=False,
        org=("admisiones@escuela-datos.es", "Admisiones Máster"),
        desc="Entrevista personal de 20 minutos con la directora del programa.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "大学院 入試 面接（口述試験）",
        interview=False,
        desc="研究計画について10分プレゼン、その後質疑。",
        loc="本郷キャンパス 工学部2号館",
        zone="Asia/Tokyo",
    )
    _x(
        "PhD program interview day – CS department",
        interview=False,
        org=("gradadmissions@cs.lakeshore.edu", "Lakeshore CS Graduate Admissions"),
        desc="Visit day for admitted and shortlisted applicants: faculty interviews, lab tours, dinner with current students.",
        loc="Lakeshore University, Gates Hall",
    )
    _x(
        "면접 – 대학원 장학생 선발",
        interview=False,
        desc="장학재단 2차 면접. 자기소개 1분 준비.",
        zone="Asia/Seoul",
    )


# --- look-alikes: housing and hiring help at home ---


def _housing_and_household() -> None:
    _x(
        "Flat viewing – 2-bed on Elm Row",
        interview=False,
        org=("lettings@keystone-homes.co.uk", "Keystone Lettings"),
        desc="Viewing confirmed. Please bring proof of income if you want to apply on the day.",
        loc="14 Elm Row, Flat 3",
        zone="Europe/London",
    )
    _x(
        "Flatshare interview – they're interviewing housemates",
        interview=False,
        desc="Room in 4-person flatshare, they do 'interviews' with everyone. Bring wine.",
        loc="Rosebank Road 71",
        zone="Europe/London",
    )
    _x(
        "WG-Casting Kreuzberg",
        interview=False,
        desc="WG-Casting um 19 Uhr, Zimmer 18 m². Nicht zu spät kommen!",
        loc="Oranienstr. 160, 3. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Visite appartement – T3 rue des Lilas",
        interview=False,
        desc="Dossier locataire complet à apporter (3 bulletins de salaire, avis d'imposition).",
        zone="Europe/Paris",
    )
    _x(
        "Interview nanny candidate – Rosa",
        interview=False,
        desc="Rosa, 6 years experience, CPR certified. Ask about pickup schedule and summer.",
        loc="Home",
    )
    _x(
        "Nanny trial day – Amara",
        interview=False,
        desc="Paid trial day with the kids 8–4. Leave emergency numbers on the fridge.",
        loc="Home",
    )
    _x(
        "Cleaner – meet & quote (Sparkle Crew)",
        interview=False,
        org=("bookings@sparklecrew-cleaning.com", "Sparkle Crew"),
        loc="Home",
    )
    _x(
        "Contractor interviews – kitchen remodel (3 bids)",
        interview=False,
        desc="10:00 Hartwell Builders, 11:30 Nguyen & Sons, 1:00 BlueLine Renovations. Ask for license + references.",
        loc="Home",
    )
    _x(
        "Colloquio babysitter – Federica",
        interview=False,
        desc="Colloquio per la babysitter dei martedì e giovedì.",
        zone="Europe/Rome",
    )
    _x(
        "Opiekunka do dziecka – rozmowa z panią Haliną",
        interview=False,
        zone="Europe/Warsaw",
    )


# --- look-alikes: auditions, tryouts, sport and hobbies ---


def _auditions_and_sport() -> None:
    _x(
        "Audition for choir (Harbor Chorale) – tenor",
        interview=False,
        org=("music@harborchorale.org", "Harbor Chorale"),
        desc="Prepare 16 bars of a piece of your choice and some sight reading. Auditions last 10 minutes.",
        loc="St. Anne's Hall",
    )
    _x(
        "Community theater auditions – 'The Interview' (a comedy)",
        interview=False,
        desc="Cold reads from the script. Callbacks Thursday.",
        loc="Lakeside Playhouse",
    )
    _x(
        "Casting call – extras for a bank commercial",
        interview=False,
        org=("casting@brightreel-casting.com", "BrightReel Casting"),
        desc="Looking for office-worker types. Bring headshot. Paid day rate.",
        loc="BrightReel Studios, Stage 2",
    )
    _x(
        "Fantasy football draft day 🏈",
        interview=False,
        org=("commish.league@gmail.com", "League Commish"),
        desc="Snake draft, 90 sec per pick. I have the 7th pick.",
    )
    _x(
        "Trial match – Sunday league (Wanderers 2nd XI)",
        interview=False,
        desc="Trial for the Sunday side. Bring boots and shin pads.",
        loc="Riverside Fields, pitch 4",
    )
    _x(
        "Probetraining Volleyball – Herren 2",
        interview=False,
        desc="Probetraining beim TSV, Halle Süd.",
        zone="Europe/Berlin",
    )
    _x(
        "Prueba de acceso – coro municipal",
        interview=False,
        desc="Audición individual: escala y una pieza libre.",
        zone="Europe/Madrid",
    )
    _x(
        "Auditie – orkest (altviool)",
        interview=False,
        desc="Voorspelen: twee contrasterende stukken en van-blad-spel.",
        zone="Europe/Amsterdam",
    )
    _x(
        "オーディション – 社会人バンド（ベース）",
        interview=False,
        loc="スタジオ音街 Bスタ",
        zone="Asia/Tokyo",
    )
    _x(
        "Seçmeler – amatör tiyatro",
        interview=False,
        desc="Kısa bir monolog hazırla.",
        zone="Europe/Istanbul",
    )


# --- look-alikes: career help, tests, prep and reminders ---


def _career_help() -> None:
    _x(
        "Mock interview w/ Chris (system design)",
        interview=False,
        org=("chris.adeyemi@gmail.com", "Chris Adeyemi"),
        desc="Chris plays the interviewer, 45 min design + 15 min feedback. Topic: URL shortener or rate limiter.",
        meet="meet",
    )
    _x(
        "Mock interview – peer practice session",
        interview=False,
        org=("sessions@peerprep-practice.com", "PeerPrep Sessions"),
        desc="Your peer practice session is confirmed. You will interview your partner first, then switch roles. This is practice only.",
    )
    _x(
        "Career coaching session #3 – negotiation",
        interview=False,
        org=("hello@northstar-careercoach.com", "Imogen Farrow"),
        desc="This week: salary negotiation scripts and how to answer 'what are your expectations?'",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87720015534"),
    )
    _x(
        "Résumé review with Tanvi",
        interview=False,
        org=("tanvi.bhatt@gmail.com", "Tanvi Bhatt"),
        desc="She'll mark up my CV before I send it out. Bring printed copy.",
        loc="Bean There Café",
    )
    _x(
        "Career fair – Tech & Data (booths 10–4)",
        interview=False,
        desc="Bring 20 CVs. Companies: a lot. Wear comfy shoes.",
        loc="Convention Center Hall C",
    )
    _x(
        "Info session: Grindstone Labs engineering (virtual)",
        interview=False,
        org=("events@grindstone-labs.com", "Grindstone Labs Events"),
        desc="Join our engineers for a 45-minute info session about life at Grindstone. Open to everyone who registered – Q&A at the end.",
        conf=("Zoom Webinar", "https://grindstone.zoom.us/w/91230058812"),
    )
    _x(
        "Webinar: How to ace the behavioral interview",
        interview=False,
        org=("webinars@careerlift-academy.com", "CareerLift Academy"),
        desc="Free live webinar. Learn the STAR method and the 10 most common behavioral questions.",
    )
    _x(
        "Bewerbungstraining – Volkshochschule",
        interview=False,
        desc="Kurs: Vorstellungsgespräche souverän meistern (Teil 2 von 3).",
        loc="VHS Mitte, Raum 204",
        zone="Europe/Berlin",
    )
    _x(
        "Simulation d'entretien – atelier emploi",
        interview=False,
        desc="Entraînement à l'entretien d'embauche avec une consultante. Filmé pour le débrief.",
        zone="Europe/Paris",
    )
    _x(
        "Simulacro de entrevista con mi mentora",
        interview=False,
        org=("lucia.montenegro@gmail.com", "Lucía Montenegro"),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        desc="ケース面接の練習。フィードバック15分。",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디 – 토요일 모임",
        interview=False,
        desc="각자 기술면접 질문 5개씩 준비. 서로 면접관 역할 교대.",
        loc="강남역 스터디카페",
        zone="Asia/Seoul",
    )
    _x(
        "模拟面试 – 和老王练习行为面试",
        interview=False,
        zone="Asia/Shanghai",
    )


def _tests_prep_reminders() -> None:
    _x(
        "prep: Acme onsite",
        interview=False,
        desc="Review STAR stories, re-read the JD, system design: event sourcing.",
    )
    _x(
        "send thank-you to Acme",
        interview=False,
    )
    _x(
        "follow up with recruiter (Juniper Health)",
        interview=False,
        desc="If no news by today, email Nora.",
    )
    _x(
        "Online assessment due – Quarrystone (HackerRank)",
        interview=False,
        all_day=True,
        desc="Self-paced, 90 minutes, must be finished by 23:59 PT. Link in email.",
    )
    _x(
        "Codility test – Lindenhaus Bank (self-paced, deadline)",
        interview=False,
        all_day=True,
    )
    _x(
        "Finish take-home for Tidewater",
        interview=False,
        desc="Due Monday 9am. Tests + README.",
    )
    _x(
        "Prep für Gespräch bei Kranich Mobility",
        interview=False,
        desc="Geschäftsbericht lesen, Fragen an den Teamlead vorbereiten.",
        zone="Europe/Berlin",
    )
    _x(
        "Préparer l'entretien Solvéa – étude de cas",
        interview=False,
        desc="Relire les frameworks, s'entraîner au calcul mental.",
        zone="Europe/Paris",
    )
    _x(
        "Recordatorio: enviar agradecimiento a Marea Digital",
        interview=False,
        zone="Europe/Madrid",
    )
    _x(
        "Voorbereiden gesprek Dijkstra Fintech",
        interview=False,
        zone="Europe/Amsterdam",
    )
    _x(
        "Test psicoattitudinale online – scadenza",
        interview=False,
        all_day=True,
        desc="Questionario di personalità online, senza intervistatore. Da completare entro venerdì.",
        zone="Europe/Rome",
    )
    _x(
        "SPI 受検締切（Webテスト）",
        interview=False,
        all_day=True,
        desc="自宅受検型。締切23:59。",
        zone="Asia/Tokyo",
    )
    _x(
        "인적성 검사 (온라인) 마감",
        interview=False,
        all_day=True,
        zone="Asia/Seoul",
    )
    _x(
        "Recorded video interview – submit by Friday (one-way, no interviewer)",
        interview=False,
        all_day=True,
        desc="Answer 5 recorded questions, 2 min each. Platform link in email.",
    )
    _x(
        "Przygotowanie do rozmowy – pytania o SQL",
        interview=False,
        zone="Europe/Warsaw",
    )
    _x(
        "Mülakat hazırlığı – vaka çalışması",
        interview=False,
        zone="Europe/Istanbul",
    )


# --- look-alikes: travel to interviews ---


def _travel() -> None:
    _x(
        "Flight to SFO – UA 1432 (Acme onsite)",
        interview=False,
        desc="Confirmation: K7PQ2Z. Seat 21C. Depart 6:05, arrive 9:20.",
        loc="Terminal 1",
    )
    _x(
        "Hotel check-in – Acme onsite trip",
        interview=False,
        desc="Booked by Acme travel team. Conf #HX-550219.",
        loc="Bayview Suites, 200 Mission Point",
    )
    _x(
        "Train to Munich (interview tomorrow) – ICE 587",
        interview=False,
        desc="Wagen 23, Platz 45. Ankunft 17:52.",
        zone="Europe/Berlin",
    )
    _x(
        "Vol Paris – Lyon (entretien le lendemain)",
        interview=False,
        desc="Réservation ABX9QK, siège 14A.",
        zone="Europe/Paris",
    )
    _x(
        "新幹線 のぞみ 21号（大阪・最終面接のため）",
        interview=False,
        desc="7号車 12D。",
        zone="Asia/Tokyo",
    )
    _x(
        "Stay at Harbour Inn – reimbursed by recruiter",
        interview=False,
        all_day=True,
    )


# --- look-alikes: titles, volunteering, misc ---


def _titles_and_volunteering() -> None:
    _x(
        "Movie night: 'The Interview'",
        interview=False,
        loc="Home",
    )
    _x(
        "Book club – 'Interview with the Vampire'",
        interview=False,
        org=("bookclub.elmstreet@gmail.com", "Elm Street Book Club"),
        loc="Marta's place",
    )
    _x(
        "New episode: 'The Final Interview' (S3E7)",
        interview=False,
    )
    _x(
        "Game night – 'That's Not a Hat' + 'Job Interview' party game",
        interview=False,
        loc="Kevin's",
    )
    _x(
        "Kino: 'Das Vorstellungsgespräch'",
        interview=False,
        loc="Kino am Park",
        zone="Europe/Berlin",
    )
    _x(
        "Volunteer: mock interviews at the youth center",
        interview=False,
        org=("volunteers@brightpath-youth.org", "BrightPath Youth Center"),
        desc="Thank you for volunteering! You'll run three 20-minute practice interviews with high-school seniors applying for summer jobs.",
        loc="BrightPath Youth Center",
    )
    _x(
        "Voluntariado – entrevistas de acolhimento (banco alimentar)",
        interview=False,
        desc="Turno de triagem: entrevistar famílias novas para o cadastro.",
        zone="Europe/Lisbon",
    )
    _x(
        "Oral history interview with Grandma",
        interview=False,
        desc="Record her stories for the family archive. Bring the recorder.",
        loc="Grandma's",
    )
    _x(
        "Theatre: 'Interview' – a one-act play",
        interview=False,
        loc="Fringe Venue 9",
        zone="Europe/London",
    )
    _x(
        "Kulüp başkanlığı mülakatları – jürideyim",
        interview=False,
        desc="Satranç kulübü: yeni başkan adaylarıyla görüşme, ben jürideyim.",
        zone="Europe/Istanbul",
    )
    _x(
        "مقابلة تلفزيونية – مشاهدة مع العائلة",
        interview=False,
        desc="مقابلة مع الكاتب المفضل لأبي على القناة الثقافية، الساعة التاسعة.",
        zone="Asia/Riyadh",
    )
    _x(
        "Rozhovor pro školní časopis (jsem host)",
        interview=False,
        desc="Studenti se ptají na práci v IT. 20 minut.",
        zone="Europe/Prague",
    )
    _x(
        "साक्षात्कार – रेडियो शो में मेहमान",
        interview=False,
        desc="सामुदायिक रेडियो पर 15 मिनट की बातचीत, तकनीक और करियर पर।",
        zone="Asia/Kolkata",
    )


# --- Alex's own interviews that borrow the look-alikes' words ---


def _own_disguised() -> None:
    _x(
        "Coffee chat – Alex Rivera <> Juniper Health",
        interview=True,
        company="Juniper Health",
        role="Senior Data Engineer",
        org=("nora.villanueva@juniperhealth.com", "Nora Villanueva"),
        desc="Hi Alex,\n\nLooking forward to our coffee chat! It's a relaxed first conversation about the Senior Data Engineer opening on our Clinical Data team – your background, what you're looking for, and how our process works. No prep needed.\n\nNora\nTalent Acquisition, Juniper Health",
        meet="meet",
    )
    _x(
        "Intro coffee chat (30 min) between Bram Koster and Alex Rivera",
        interview=True,
        company="Tidewater",
        role="Platform Engineer",
        org=("bram.koster@tidewater.io", "Bram Koster"),
        desc="Event type: Intro coffee chat – Platform Engineer\n\nInvitee: Alex Rivera\nInvitee email: alex.rivera@gmail.com\n\nQuestions: What would you like to talk about?\nThe Platform Engineer role and team setup.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/TW-8812\nReschedule: https://calendly.com/reschedulings/TW-8812\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://tidewater.zoom.us/j/96630180042"),
    )
    _x(
        "Conversation with Hiring Manager – Quarrystone",
        interview=True,
        company="Quarrystone",
        role="Backend Engineer",
        org=("talent@quarrystone.com", "Quarrystone Talent"),
        att=[person("ilse.marchetti@quarrystone.com", "Ilse Marchetti")],
        desc="Hi Alex, next step for the Backend Engineer position is a conversation with Ilse Marchetti, Engineering Manager for Billing. She'll talk about the team and dig into a couple of your past projects.",
        meet="meet",
    )
    _x(
        "Case discussion – Ashgrove Partners (Data Strategy)",
        interview=True,
        company="Ashgrove Partners",
        role="Data Strategy Consultant",
        org=("recruiting@ashgrove-partners.com", "Ashgrove Recruiting"),
        att=[person("piers.whitlam@ashgrove-partners.com", "Piers Whitlam")],
        desc="Dear Alex,\n\nThank you for your application for the Data Strategy Consultant role. Your second-round case discussion will be with Piers Whitlam (Principal). Expect a business case of ~35 minutes followed by time for your questions. Calculators are not needed; bring pen and paper.",
        loc="Ashgrove Partners, 9 Cannon Court, 6th floor",
    )
    _x(
        "Fit call – Ashgrove Partners",
        interview=True,
        company="Ashgrove Partners",
        role=None,
        org=("recruiting@ashgrove-partners.com", "Ashgrove Recruiting"),
        desc="A short fit call with one of our managers before the case rounds. 20 minutes, phone. We'll call you on the number in your application.",
    )
    _x(
        "Trial shift – Moss & Pine Roasters (weekend barista)",
        interview=True,
        company="Moss & Pine Roasters",
        role="Weekend Barista",
        org=("hiring@mossandpine.coffee", "Moss & Pine Roasters"),
        desc="Hi Alex! As discussed, your paid trial shift is Saturday 8–12 with Jo on bar. Wear closed shoes and a black top. We'll decide together at the end of the shift.",
        loc="Moss & Pine, 18 Quay Lane",
    )
    _x(
        "Meet the team lunch – Lindenhaus Bank",
        interview=True,
        company="Lindenhaus Bank",
        role="Data Platform Lead",
        org=("c.albrecht@lindenhaus-bank.com", "Clara Albrecht"),
        att=[
            person("r.okonkwo@lindenhaus-bank.com", "Remi Okonkwo"),
            person("s.pereira@lindenhaus-bank.com", "Sofia Pereira"),
        ],
        desc="Hi Alex, as the last part of the process for the Data Platform Lead role, we'd love you to meet the team over lunch. Remi and Sofia will join. It's informal, but the team does share its impressions with me afterwards.",
        loc="Kantine Lindenhaus, Mainzer Landstraße 77",
    )
    _x(
        "Catch-up with Dev (Orbitline)",
        interview=True,
        company="Orbitline",
        role="Analytics Engineering Manager",
        org=("dev.raghunathan@orbitline.ai", "Dev Raghunathan"),
        desc="Alex – great to reconnect. As mentioned, I'm hiring an Analytics Engineering Manager and Sunita in recruiting has added you to the process. Let's use this as the first conversation; I'll ask about your team-building experience.",
        meet="meet",
    )
    _x(
        "Intro call – Alex Rivera / Pellucid AI",
        interview=True,
        company="Pellucid AI",
        role="ML Infrastructure Engineer",
        org=("no-reply@us.greenhouse-mail.io", "Pellucid AI Recruiting"),
        att=[person("lucy.tran@pellucid.ai", "Lucy Tran")],
        desc="Hi Alex,\n\nYou're confirmed for an intro call with Lucy Tran (Recruiter) for the ML Infrastructure Engineer role.\n\nThis is a chance for us to get to know you and share more about Pellucid AI.",
        meet="meet",
    )
    _x(
        "Pairing session w/ Saltmarsh engineers",
        interview=True,
        company="Saltmarsh Software",
        role="Senior Rails Developer",
        org=("jobs@saltmarsh.software", "Saltmarsh Software"),
        att=[person("kit.ashby@saltmarsh.software", "Kit Ashby")],
        desc="Next stage for the Senior Rails Developer role: a 90-minute pairing session. We'll work on a small feature in our practice repo together – think of it as a normal working session, not a quiz. Screen sharing required.",
        meet="meet",
    )
    _x(
        "Working session: present your take-home – Tidewater",
        interview=True,
        company="Tidewater",
        role="Platform Engineer",
        org=("bram.koster@tidewater.io", "Bram Koster"),
        att=[
            person("hanna.oyelowo@tidewater.io", "Hanna Oyelowo"),
            person("luis.carrasco@tidewater.io", "Luis Carrasco"),
        ],
        desc="You'll walk Hanna and Luis through your take-home (15 min), then we extend it together live. Part of the Platform Engineer process.",
        conf=("Zoom Meeting", "https://tidewater.zoom.us/j/96630180977"),
    )
    _x(
        "Meet & greet with the founders – Loomwell",
        interview=True,
        company="Loomwell",
        role="Founding Engineer",
        org=("ayo@loomwell.dev", "Ayo Bankole"),
        att=[person("mika@loomwell.dev", "Mika Järvinen")],
        desc="Hey Alex – Mika and I would love to meet you in person. Founding Engineer role, final step before we talk offer. We'll grab a table at the back.",
        loc="Rye & Thistle, 3rd Ave",
    )
    _x(
        "Values conversation – Greyhaven Mutual",
        interview=True,
        company="Greyhaven Mutual",
        role="Lead Data Engineer",
        org=("careers@greyhavenmutual.com", "Greyhaven Mutual Careers"),
        desc="Our values conversation is a standard step in every hire. You'll meet two colleagues from outside the team for 45 minutes. Role: Lead Data Engineer (Ref GM-2219).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2-gh%40thread.v2/0",
        ),
    )
    _x(
        "Chat w/ Priyanka re: Data Eng role (Fernhill)",
        interview=True,
        company="Fernhill Analytics",
        role="Data Engineer",
        org=("priyanka.sethi@fernhill-analytics.com", "Priyanka Sethi"),
        desc="Quick 20-min chat to go over your background and the Data Engineer role before we line up the technical round.",
    )
    _x(
        "Kennenlerngespräch – Kranich Mobility",
        interview=True,
        company="Kranich Mobility",
        role="Staff Engineer Data",
        org=("talent@kranich-mobility.de", "Kranich Mobility Talent"),
        att=[person("jonas.brenner@kranich-mobility.de", "Jonas Brenner")],
        desc="Hallo Alex,\n\nvielen Dank für deine Bewerbung als Staff Engineer Data. Wir laden dich herzlich zu einem ersten Kennenlerngespräch mit Jonas Brenner (Head of Data) ein. Ganz locker, ca. 45 Minuten.\n\nViele Grüße\nTeam Talent",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Probetag – Zeilenwerk GmbH",
        interview=True,
        company="Zeilenwerk",
        role="Senior Backend Entwickler",
        org=("jobs@zeilenwerk.de", "Zeilenwerk Jobs"),
        desc="Hallo Alex, wie besprochen dein Probetag als Senior Backend Entwickler (m/w/d): 9:30 Start mit dem Team, Mittag zusammen, 16:00 Abschlussgespräch mit Anke. Laptop bekommst du von uns.",
        loc="Zeilenwerk GmbH, Torstraße 51, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Charla informal – Marea Digital",
        interview=True,
        company="Marea Digital",
        role="Ingeniero/a de Datos",
        org=("seleccion@mareadigital.es", "Selección Marea Digital"),
        desc="Hola Alex:\n\nTe proponemos una charla informal de 30 minutos con Iñigo, responsable del equipo de datos, como primera fase del proceso para la posición de Ingeniero/a de Datos.\n\nUn saludo,\nEquipo de Selección",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Discussion de cas – Solvéa (Consultant Data)",
        interview=True,
        company="Solvéa",
        role="Consultant Data",
        org=("recrutement@solvea-conseil.fr", "Recrutement Solvéa"),
        att=[person("m.benali@solvea-conseil.fr", "Mehdi Benali")],
        desc="Bonjour Alex,\n\nSuite à votre premier échange avec notre équipe, nous vous proposons une discussion de cas avec Mehdi Benali, Manager, pour le poste de Consultant Data. Durée : 1h.\n\nBien cordialement",
        loc="Solvéa, 12 rue de la Boétie, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Kennismakingsgesprek – Dijkstra Fintech",
        interview=True,
        company="Dijkstra Fintech",
        role="Backend Developer",
        org=("werkenbij@dijkstrafintech.nl", "Werken bij Dijkstra"),
        desc="Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd op de vacature Backend Developer! Graag nodigen we je uit voor een kennismakingsgesprek met Femke (Teamlead) en Youssef (Developer).\n\nGroet, Recruitment",
        loc="Dijkstra Fintech, Keizersgracht 300, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Meeloopdag – Havenlicht",
        interview=True,
        company="Havenlicht",
        role="Data Engineer",
        org=("recruitment@havenlicht.nl", "Havenlicht Recruitment"),
        desc="Tijdens de meeloopdag (laatste ronde) draai je een dag mee met het data-team en sluiten we af met een gesprek met de CTO.",
        loc="Havenlicht, Wilhelminakade 8, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Fika med teamet – Älvdal Energi",
        interview=True,
        company="Älvdal Energi",
        role="Dataingenjör",
        org=("rekrytering@alvdal-energi.se", "Rekrytering Älvdal"),
        desc="Hej Alex! Som sista steg i rekryteringen till tjänsten som Dataingenjör vill vi bjuda in dig på fika med teamet. Avslappnat, men det är ett viktigt steg för oss.",
        loc="Älvdal Energi, Sveavägen 40, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "カジュアル面談 – 株式会社ミナトデータ",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        org=("recruit@minato-data.co.jp", "ミナトデータ 採用担当"),
        desc="Alex様\n\nこの度はデータエンジニア職にご応募いただきありがとうございます。選考の第一ステップとして、カジュアル面談（30分）を実施させていただきます。\n\n面談担当：開発部 部長 佐伯",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "커피챗 – 한빛페이 (백엔드 개발자)",
        interview=True,
        company="한빛페이",
        role="백엔드 개발자",
        org=("talent@hanbitpay.kr", "한빛페이 채용팀"),
        desc="안녕하세요 Alex님, 백엔드 개발자 포지션 관련해 팀 리드와 커피챗을 진행하려고 합니다. 전형의 첫 단계이며 약 30분 소요됩니다.",
        loc="한빛페이 판교 오피스 1층 라운지",
        zone="Asia/Seoul",
    )
    _x(
        "与用人经理聊聊 – 青岚科技",
        interview=True,
        company="青岚科技",
        role="高级数据工程师",
        org=("hr@qinglan-tech.cn", "青岚科技 招聘"),
        desc="Alex 您好，感谢您应聘高级数据工程师职位。下一轮为与用人经理的交流（约45分钟），请提前5分钟进入会议。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/Qn8xLk2P"),
        zone="Asia/Shanghai",
    )
    _x(
        "Bate-papo com a gestora – Jabuti Pay",
        interview=True,
        company="Jabuti Pay",
        role="Engenheiro de Dados Sênior",
        org=("talentos@jabutipay.com.br", "Talentos Jabuti Pay"),
        desc="Oi Alex! O próximo passo do processo para Engenheiro de Dados Sênior é um bate-papo com a Fernanda, gestora da área. Sem preparação especial.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Chiacchierata conoscitiva – Vetreria Digitale",
        interview=True,
        company="Vetreria Digitale",
        role="Sviluppatore Backend",
        org=("hr@vetreriadigitale.it", "HR Vetreria Digitale"),
        desc="Ciao Alex, ti proponiamo una chiacchierata conoscitiva con il nostro CTO per la posizione di Sviluppatore Backend. 40 minuti circa.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Spotkanie z zespołem – Wisłok Software",
        interview=True,
        company="Wisłok Software",
        role="Senior Data Engineer",
        org=("rekrutacja@wislok.pl", "Rekrutacja Wisłok"),
        desc="Cześć Alex, ostatni etap rekrutacji na stanowisko Senior Data Engineer to spotkanie z zespołem (ok. 1h). Porozmawiamy o tym, jak pracujemy, i o Twoim doświadczeniu.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WisLok77%40thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Tanışma kahvesi – Lale Yazılım",
        interview=True,
        company="Lale Yazılım",
        role="Kıdemli Backend Geliştirici",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        desc="Merhaba Alex, Kıdemli Backend Geliştirici pozisyonu için ekip lideriyle bir tanışma kahvesi planladık. Sürecin ilk görüşmesidir.",
        loc="Lale Yazılım, Maslak Ofis",
        zone="Europe/Istanbul",
    )
    _x(
        "لقاء تعارف – نخلة للتقنية",
        interview=True,
        company="نخلة للتقنية",
        role="مهندس بيانات",
        org=("careers@nakhla-tech.sa", "التوظيف – نخلة للتقنية"),
        desc="مرحباً أليكس، يسعدنا دعوتك للقاء تعارف مع مدير الفريق بخصوص وظيفة مهندس بيانات. مدة اللقاء ٣٠ دقيقة وهو المرحلة الأولى من عملية التوظيف.",
        meet="meet",
        zone="Asia/Riyadh",
    )


def _own_ats_and_tools() -> None:
    _x(
        "Alex Rivera | Virtual Onsite | Cobaltway",
        interview=True,
        company="Cobaltway",
        role="Senior Software Engineer, Data",
        org=("scheduling@cobaltway.com", "Cobaltway Candidate Scheduling"),
        att=[
            person("ruth.ambrose@cobaltway.com", "Ruth Ambrose"),
            person("jae.park@cobaltway.com", "Jae Park"),
            person("felix.norgaard@cobaltway.com", "Felix Nørgaard"),
        ],
        desc="Virtual Onsite – Senior Software Engineer, Data\n\n10:00–10:45 Coding (Ruth Ambrose)\n11:00–11:45 System Design (Jae Park)\n12:00–12:30 Break\n12:30–13:15 Behavioral (Felix Nørgaard)\n\nScheduled via GoodTime. Reply to this email if you need to reschedule.",
        conf=("Zoom Meeting", "https://cobaltway.zoom.us/j/92011846600"),
    )
    _x(
        "Hiring Manager Screen: Alex Rivera <> Quillbyte",
        interview=True,
        company="Quillbyte",
        role="Engineering Manager, Data Platform",
        org=("tess.ibarra@quillbyte.com", "Tess Ibarra"),
        desc="Hiring manager screen for the Engineering Manager, Data Platform role.\n\nInterviewer: Tess Ibarra, Director of Engineering\n\nScheduled with Ashby. Need to reschedule? https://jobs.ashbyhq.com/quillbyte/reschedule/3f9c2",
        meet="meet",
    )
    _x(
        "Interview Scheduled: Senior Analytics Engineer (R-20931)",
        interview=True,
        company="Greyhaven Mutual",
        role="Senior Analytics Engineer",
        org=("greyhaven@myworkday-mail.com", "Greyhaven Mutual"),
        desc="Dear Alex,\n\nYour interview for Senior Analytics Engineer (R-20931) has been scheduled. Interview type: Video – Panel.\nInterviewers: K. Osei, M. Laurent.\n\nPlease log in to the Greyhaven Mutual candidate home to view details.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_R20931%40thread.v2/0",
        ),
    )
    _x(
        "Alex Rivera and Maren Holt",
        interview=True,
        company="Loomwell",
        role="Founding Engineer",
        org=("maren@loomwell.dev", "Maren Holt"),
        desc="Event Name: Recruiter screen – Founding Engineer\n\nPlease share anything that will help prepare for our meeting.\nI saw the post on the Loomwell careers page.\n\nLocation: This is a Google Meet web conference.\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "[Interview] Alex Rivera – Architecture – Harbinger Systems",
        interview=True,
        company="Harbinger Systems",
        role="Principal Engineer",
        org=("interviews@harbinger-systems.com", "Harbinger Interviews"),
        att=[person("olu.mensah@harbinger-systems.com", "Olu Mensah")],
        desc="Architecture interview, 60 min, Principal Engineer. Please join from a laptop; we'll use Excalidraw.\n\nScheduled via ModernLoop.",
        conf=("Zoom Meeting", "https://harbinger.zoom.us/j/98802174433"),
    )
    _x(
        "Interview – Alex Rivera – Sr. Data Engineer",
        interview=True,
        company="Brackenridge Foods",
        role="Sr. Data Engineer",
        org=("w.faulkner@brackenridgefoods.com", "Wendell Faulkner"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRK42%40thread.v2/0",
        ),
    )
    _x(
        "Technical Interview – Pellucid AI",
        interview=True,
        company="Pellucid AI",
        role="ML Infrastructure Engineer",
        org=("no-reply@us.greenhouse-mail.io", "Pellucid AI Recruiting"),
        att=[person("arjun.kale@pellucid.ai", "Arjun Kale")],
        desc="Hi Alex,\n\nYour technical interview is confirmed.\nInterviewer: Arjun Kale (Staff Engineer)\nFormat: live coding in CoderPad (Python)\nLink: https://coderpad.io/PLC-91XK\n\nGood luck!",
        meet="meet",
    )
    _x(
        "Karat interview – Tidewater",
        interview=True,
        company="Tidewater",
        role="Platform Engineer",
        org=("scheduling@karat-interviews.com", "Interview Scheduling"),
        desc="Your technical interview for Tidewater (Platform Engineer) is confirmed. It will be conducted by a professional interviewer on Tidewater's behalf. 60 minutes, video on.",
    )
    _x(
        "Assessment Center – Lindenhaus Bank",
        interview=True,
        company="Lindenhaus Bank",
        role="Data Platform Lead",
        org=("c.albrecht@lindenhaus-bank.com", "Clara Albrecht"),
        desc="Ablauf / Schedule:\n09:00 Welcome\n09:15 Group exercise\n11:00 Case presentation\n13:00 Interview with Head of IT\n14:30 Close\n\nPlease bring your ID for building access.",
        loc="Lindenhaus Bank, Tower B, 22. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Alex Rivera – Backend Developer (m/w/d)",
        interview=True,
        company="Zeilenwerk",
        role="Backend Developer",
        org=("noreply@personio-mail.de", "Zeilenwerk GmbH"),
        att=[person("anke.schubert@zeilenwerk.de", "Anke Schubert")],
        desc="Hallo Alex,\n\nhiermit bestätigen wir dein Interview für die Position Backend Developer (m/w/d).\n\nGesprächspartnerin: Anke Schubert (CTO)\n\nWir freuen uns auf dich!",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Intervju med Alex Rivera – Dataingenjör",
        interview=True,
        company="Älvdal Energi",
        role="Dataingenjör",
        org=("noreply@teamtailor-mail.com", "Älvdal Energi"),
        att=[person("karin.lund@alvdal-energi.se", "Karin Lund")],
        desc="Hej Alex!\n\nTack för att du bokade en tid. Intervjun sker via Teams med Karin Lund, teamchef.\n\nVänliga hälsningar,\nÄlvdal Energi",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALV3%40thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Gesprek met Alex Rivera – Backend Developer",
        interview=True,
        company="Dijkstra Fintech",
        role="Backend Developer",
        org=("noreply@recruitee-mail.com", "Dijkstra Fintech"),
        desc="Tweede gesprek: technisch interview met twee developers (60 min).",
        loc="Dijkstra Fintech, Keizersgracht 300, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Video interview with Marlowe Insurance",
        interview=True,
        company="Marlowe Insurance",
        role="BI Developer",
        org=("noreply@workablemail.com", "Marlowe Insurance"),
        desc="Hi Alex,\n\nThanks for applying for BI Developer at Marlowe Insurance. Your video interview with Hollis Greer is confirmed. The interview will take place on Workable's video platform.",
    )
    _x(
        "Live Interview: Alex Rivera – Solutions Architect",
        interview=True,
        company="Brackenridge Foods",
        role="Solutions Architect",
        org=("noreply@hirevue-mail.com", "Brackenridge Foods Talent"),
        desc="You have been scheduled for a live video interview with a member of the Brackenridge Foods team. This is a live, two-way interview – an interviewer will join you at the scheduled time.",
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        org=("jess.whitcombe.recruits@gmail.com", "Jess Whitcombe"),
        conf=("Zoom Meeting", "https://us04web.zoom.us/j/77310028456"),
    )
    _x(
        "Phone Interview – Orbitline (Analytics Engineering Manager)",
        interview=True,
        company="Orbitline",
        role="Analytics Engineering Manager",
        org=("sunita.kapoor@orbitline.ai", "Sunita Kapoor"),
        desc="Sunita will call you at +1 (555) 014-2290. 30 minutes.",
    )
    _x(
        "Final interview – Orbitline – with VP Data",
        interview=True,
        company="Orbitline",
        role="Analytics Engineering Manager",
        org=("sunita.kapoor@orbitline.ai", "Sunita Kapoor"),
        att=[person("gwen.halloran@orbitline.ai", "Gwen Halloran")],
        meet="meet",
    )
    _x(
        "Onsite – Quarrystone (4 rounds)",
        interview=True,
        company="Quarrystone",
        role="Backend Engineer",
        org=("talent@quarrystone.com", "Quarrystone Talent"),
        desc="Itinerary:\n9:30 Check in at reception\n10:00 Coding\n11:00 Systems\n12:00 Lunch with the team (informal)\n13:00 Behavioral with Ilse\n\nGuest Wi-Fi: QS-Guest",
        loc="Quarrystone HQ, 480 Granite Ave",
    )
    _x(
        "Behavioral interview – Juniper Health",
        interview=True,
        company="Juniper Health",
        role="Senior Data Engineer",
        org=("nora.villanueva@juniperhealth.com", "Nora Villanueva"),
        att=[person("ted.mukasa@juniperhealth.com", "Ted Mukasa")],
        desc="45 min with Ted Mukasa (Director, Clinical Data). Focus: leadership and conflict.",
        meet="meet",
    )
    _x(
        "SmartRecruiters: Interview for Data Engineer – Fernhill Analytics",
        interview=True,
        company="Fernhill Analytics",
        role="Data Engineer",
        org=("noreply@smartrecruiters-mail.com", "Fernhill Analytics"),
        desc="Your interview has been confirmed. Interviewers: Priyanka Sethi, Marcus Lowe. Format: technical discussion (SQL and data modeling).",
        conf=("Zoom Meeting", "https://fernhill.zoom.us/j/91100223344"),
    )
    _x(
        "Debrief call with Acme hiring manager",
        interview=True,
        company="Acme",
        role="Senior Backend Engineer",
        org=("lena.okafor@acme-robotics.com", "Lena Okafor"),
        desc="Follow-up conversation after your onsite – Lena wants to dig deeper into the migration project before the team makes a decision. 30 min.",
        meet="meet",
    )
    _x(
        "Acme onsite",
        interview=True,
        company="Acme",
        role="Senior Backend Engineer",
        desc="Senior Backend Engineer – 5 rounds. Ask for Lena at front desk. Lunch with team 12:00.",
        loc="Acme, 1 Foundry Way, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Recruiter screen – Saltmarsh Software",
        interview=True,
        company="Saltmarsh Software",
        role="Senior Rails Developer",
        org=("jobs@saltmarsh.software", "Saltmarsh Software"),
        desc="20 minute phone call with Dana from our people team.",
    )
    _x(
        "Take-home review call – Cobaltway",
        interview=True,
        company="Cobaltway",
        role="Senior Software Engineer, Data",
        org=("ruth.ambrose@cobaltway.com", "Ruth Ambrose"),
        desc="We'll go over your take-home submission with you and ask follow-up questions (45 min).",
        conf=("Zoom Meeting", "https://cobaltway.zoom.us/j/92011846999"),
    )
    _x(
        "Harbinger – conversation with CTO",
        interview=True,
        company="Harbinger Systems",
        role="Principal Engineer",
        org=("olu.mensah@harbinger-systems.com", "Olu Mensah"),
        att=[person("cto@harbinger-systems.com", "Imelda Strand")],
        desc="Last step of the Principal Engineer process: an open conversation with Imelda, our CTO.",
        loc="Harbinger Systems, 12 Wharf St, floor 9",
    )


def _own_multilingual() -> None:
    _x(
        "Vorstellungsgespräch – Kranich Mobility (2. Runde)",
        interview=True,
        company="Kranich Mobility",
        role="Staff Engineer Data",
        org=("talent@kranich-mobility.de", "Kranich Mobility Talent"),
        att=[
            person("jonas.brenner@kranich-mobility.de", "Jonas Brenner"),
            person("petra.wilke@kranich-mobility.de", "Petra Wilke"),
        ],
        desc="Zweites Gespräch: Fachinterview (System Design) mit Jonas Brenner und Petra Wilke, ca. 90 Minuten.",
        loc="Kranich Mobility, Leopoldstraße 120, München",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Ostwind Versicherung",
        interview=True,
        company="Ostwind Versicherung",
        role="Data Architect",
        org=("karriere@ostwind-versicherung.de", "Ostwind Karriere"),
        desc="Sehr geehrte/r Alex Rivera,\n\nwir bestätigen Ihr telefonisches Interview für die Stelle Data Architect (w/m/d). Frau Ebeling ruft Sie unter der angegebenen Nummer an.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien RH – Pivoine Santé",
        interview=True,
        company="Pivoine Santé",
        role="Data Engineer",
        org=("talents@pivoine-sante.fr", "Talents Pivoine Santé"),
        desc="Bonjour Alex,\n\nJe vous confirme notre entretien téléphonique de 30 minutes concernant le poste de Data Engineer en CDI.\n\nÀ bientôt,\nSarah – Chargée de recrutement",
        zone="Europe/Paris",
    )
    _x(
        "Échange avec le manager – Solvéa",
        interview=True,
        company="Solvéa",
        role="Consultant Data",
        org=("recrutement@solvea-conseil.fr", "Recrutement Solvéa"),
        desc="Premier échange avec Claire Duval, Senior Manager, pour faire connaissance.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien final – Pivoine Santé (avec le CTO)",
        interview=True,
        company="Pivoine Santé",
        role="Data Engineer",
        org=("talents@pivoine-sante.fr", "Talents Pivoine Santé"),
        loc="Pivoine Santé, 40 quai Perrache, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica – Marea Digital",
        interview=True,
        company="Marea Digital",
        role="Ingeniero/a de Datos",
        org=("seleccion@mareadigital.es", "Selección Marea Digital"),
        att=[person("inigo.zubiri@mareadigital.es", "Iñigo Zubiri")],
        desc="Entrevista técnica en directo (live coding en SQL y Python), 60 minutos.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con RRHH – Cóndor Logística",
        interview=True,
        company="Cóndor Logística",
        role="Analista de Datos Senior",
        org=("talento@condorlogistica.mx", "Talento Cóndor"),
        desc="Hola Alex, te confirmamos la entrevista con Recursos Humanos para la vacante de Analista de Datos Senior. Duración aproximada: 40 min.",
        conf=("Zoom Meeting", "https://condor.zoom.us/j/83340012290"),
        zone="America/Mexico_City",
    )
    _x(
        "Jornada de prueba – Cóndor Logística",
        interview=True,
        company="Cóndor Logística",
        role="Analista de Datos Senior",
        org=("talento@condorlogistica.mx", "Talento Cóndor"),
        desc="Día de prueba con el equipo de analítica en la oficina de Monterrey. Al final, entrevista con la directora.",
        loc="Cóndor Logística, Av. Constitución 900, Monterrey",
        zone="America/Monterrey",
    )
    _x(
        "Entrevista técnica – Jabuti Pay",
        interview=True,
        company="Jabuti Pay",
        role="Engenheiro de Dados Sênior",
        org=("talentos@jabutipay.com.br", "Talentos Jabuti Pay"),
        att=[person("thiago.nunes@jabutipay.com.br", "Thiago Nunes")],
        desc="Entrevista técnica com o Thiago (Tech Lead). Vamos conversar sobre arquitetura de dados e fazer um exercício prático.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com o time – Ondina Seguros",
        interview=True,
        company="Ondina Seguros",
        role="Engenheiro de Software",
        org=("recrutamento@ondina-seguros.pt", "Recrutamento Ondina"),
        desc="Olá Alex, a próxima etapa do processo para Engenheiro de Software é uma conversa com a equipa, na nossa sede em Lisboa.",
        loc="Ondina Seguros, Av. da Liberdade 190, Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Colloquio tecnico – Vetreria Digitale",
        interview=True,
        company="Vetreria Digitale",
        role="Sviluppatore Backend",
        org=("hr@vetreriadigitale.it", "HR Vetreria Digitale"),
        desc="Secondo colloquio: tecnico, con due sviluppatori senior. Durata 1h.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio conoscitivo – Ferrovie Alpine Digital",
        interview=True,
        company="Ferrovie Alpine Digital",
        role="Data Engineer",
        org=("selezione@fad-digital.it", "Selezione FAD"),
        desc="Gentile Alex, la invitiamo a un colloquio conoscitivo per la posizione di Data Engineer presso la nostra sede di Torino.",
        loc="Corso Vittorio Emanuele II 88, Torino",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek Havenlicht (eerste ronde)",
        interview=True,
        company="Havenlicht",
        role="Data Engineer",
        org=("recruitment@havenlicht.nl", "Havenlicht Recruitment"),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa rekrutacyjna – Wisłok Software (techniczna)",
        interview=True,
        company="Wisłok Software",
        role="Senior Data Engineer",
        org=("rekrutacja@wislok.pl", "Rekrutacja Wisłok"),
        desc="Rozmowa techniczna z Tech Leadem, ok. 75 minut, w tym zadanie na żywo.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WisLok78%40thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z rekruterką – Bursztyn Bank",
        interview=True,
        company="Bursztyn Bank",
        role="Inżynier Danych",
        org=("kariera@bursztynbank.pl", "Kariera Bursztyn Bank"),
        zone="Europe/Warsaw",
    )
    _x(
        "Samtal med rekryterande chef – Älvdal Energi",
        interview=True,
        company="Älvdal Energi",
        role="Dataingenjör",
        org=("rekrytering@alvdal-energi.se", "Rekrytering Älvdal"),
        desc="Andra intervjun, med Karin Lund och en HR-partner.",
        loc="Älvdal Energi, Sveavägen 40, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "一次面接 – 株式会社ミナトデータ",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        org=("recruit@minato-data.co.jp", "ミナトデータ 採用担当"),
        desc="Alex様\n\n一次面接の日程が確定しましたのでご連絡いたします。面接官：開発部 佐伯、テックリード 久保。所要時間：60分。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員面接）– ソラリス物産",
        interview=True,
        company="ソラリス物産",
        role="社内SE",
        org=("saiyo@solaris-bussan.co.jp", "ソラリス物産 人事部"),
        desc="最終面接のご案内です。受付にて「人事部 採用担当」とお伝えください。",
        loc="大阪市北区梅田2-4-1 ソラリスビル 12F",
        zone="Asia/Tokyo",
    )
    _x(
        "面談（お食事会）– ミナトデータ チームメンバー",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        org=("recruit@minato-data.co.jp", "ミナトデータ 採用担当"),
        desc="二次選考としてチームメンバーとの会食を予定しています。ざっくばらんにお話しください。",
        loc="恵比寿 和食 さくら",
        zone="Asia/Tokyo",
    )
    _x(
        "1차 기술면접 – 한빛페이",
        interview=True,
        company="한빛페이",
        role="백엔드 개발자",
        org=("talent@hanbitpay.kr", "한빛페이 채용팀"),
        desc="기술면접은 라이브 코딩 30분, 프로젝트 질의응답 30분으로 진행됩니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "컬처핏 인터뷰 – 누리소프트",
        interview=True,
        company="누리소프트",
        role="데이터 엔지니어",
        org=("recruit@nurisoft.co.kr", "누리소프트 인사팀"),
        desc="최종 단계인 컬처핏 인터뷰입니다. 대표님과 팀장님이 참석합니다.",
        loc="누리소프트 성수 오피스",
        zone="Asia/Seoul",
    )
    _x(
        "技术面试（二面）– 青岚科技",
        interview=True,
        company="青岚科技",
        role="高级数据工程师",
        org=("hr@qinglan-tech.cn", "青岚科技 招聘"),
        desc="二面：系统设计 + 项目深挖，约60分钟。面试官：数据平台负责人。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/Qn8xLk9T"),
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 – 云杉智能",
        interview=True,
        company="云杉智能",
        role="数据开发工程师",
        org=("zhaopin@yunshan-ai.cn", "云杉智能 HR"),
        zone="Asia/Shanghai",
    )
    _x(
        "Teknik mülakat – Lale Yazılım",
        interview=True,
        company="Lale Yazılım",
        role="Kıdemli Backend Geliştirici",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        desc="Canlı kodlama ve sistem tasarımı, yaklaşık 90 dakika.",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "İş görüşmesi – Kartal Lojistik",
        interview=True,
        company="Kartal Lojistik",
        role="Veri Mühendisi",
        org=("kariyer@kartallojistik.com.tr", "Kartal Lojistik Kariyer"),
        zone="Europe/Istanbul",
    )
    _x(
        "مقابلة فنية – نخلة للتقنية",
        interview=True,
        company="نخلة للتقنية",
        role="مهندس بيانات",
        org=("careers@nakhla-tech.sa", "التوظيف – نخلة للتقنية"),
        desc="المقابلة الفنية مع قائد الفريق التقني، مدتها ساعة وتشمل تمريناً عملياً.",
        meet="meet",
        zone="Asia/Riyadh",
    )
    _x(
        "مقابلة عمل – مجموعة الواحة القابضة",
        interview=True,
        company="مجموعة الواحة القابضة",
        role="مدير تحليلات البيانات",
        org=("hr@alwaha-holding.ae", "الموارد البشرية – الواحة"),
        loc="برج الواحة، الطابق ٢٠، دبي",
        zone="Asia/Dubai",
    )
    _x(
        "Pohovor – Vltava Data s.r.o.",
        interview=True,
        company="Vltava Data",
        role="Datový inženýr",
        org=("nabor@vltavadata.cz", "Nábor Vltava Data"),
        desc="Dobrý den, potvrzujeme pohovor na pozici Datový inženýr. Pohovor povede vedoucí týmu, cca 60 minut.",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "साक्षात्कार – कावेरी टेक (डेटा इंजीनियर)",
        interview=True,
        company="कावेरी टेक",
        role="डेटा इंजीनियर",
        org=("hiring@kaveri-tech.in", "Kaveri Tech Hiring"),
        desc="नमस्ते Alex, डेटा इंजीनियर पद के लिए आपका तकनीकी साक्षात्कार तय हो गया है। अवधि: 45 मिनट।",
        meet="meet",
        zone="Asia/Kolkata",
    )


def _own_notes_and_agencies() -> None:
    _x(
        "phone screen 2pm",
        interview=True,
        company=None,
        role=None,
    )
    _x(
        "Quarrystone final round",
        interview=True,
        company="Quarrystone",
        role=None,
        desc="Ilse + VP Eng. Ask about on-call.",
    )
    _x(
        "Juniper – tech round (SQL + pipelines)",
        interview=True,
        company="Juniper Health",
        role=None,
        meet="meet",
    )
    _x(
        "Greyhaven panel ugh 😬",
        interview=True,
        company="Greyhaven Mutual",
        role=None,
        desc="3 people, 1 hour. Teams link in the invite from HR.",
    )
    _x(
        "Coffee w/ Loomwell CTO (it's the real screen)",
        interview=True,
        company="Loomwell",
        role=None,
        loc="Little Birch Café",
    )
    _x(
        "Interview via Redline Talent – client: Marlowe Insurance",
        interview=True,
        company="Marlowe Insurance",
        role="Head of BI",
        org=("george.pratt@redline-talent.co.uk", "George Pratt"),
        desc="Hi Alex,\n\nGreat news – Marlowe Insurance would like to meet you for the Head of BI role. I've set up the first-stage interview below with Hollis Greer (CFO). I'll call you beforehand to brief you.\n\nGeorge\nRedline Talent",
        loc="Marlowe Insurance, 70 Lime Street, London",
        zone="Europe/London",
    )
    _x(
        "Prep call with George (Redline) before Marlowe",
        interview=False,
        org=("george.pratt@redline-talent.co.uk", "George Pratt"),
        desc="15 min briefing on the panel and what they're looking for.",
        zone="Europe/London",
    )
    _x(
        "First interview – confidential client (Head of Data)",
        interview=True,
        company=None,
        role="Head of Data",
        org=("amelia.stroud@kestrel-search.com", "Amelia Stroud"),
        desc="Dear Alex,\n\nAs discussed, my client – a well-known consumer brand I can't name yet – would like a first conversation about the Head of Data role. The hiring manager will dial in; details follow.\n\nBest,\nAmelia\nKestrel Executive Search",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KES11%40thread.v2/0",
        ),
    )
    _x(
        "Kestrel: 2nd interview – Velvetine Cosmetics",
        interview=True,
        company="Velvetine Cosmetics",
        role="Head of Data",
        org=("amelia.stroud@kestrel-search.com", "Amelia Stroud"),
        desc="Now that we're at the second stage I can share the client: Velvetine Cosmetics. You'll meet their COO and the Head of Digital.",
        loc="Velvetine House, 3 Poland Street",
        zone="Europe/London",
    )
    _x(
        "Contract role – client interview (via Tandem IT Staffing)",
        interview=True,
        company="Bluepeak Utilities",
        role="Data Engineer (6-month contract)",
        org=("recruit@tandem-itstaffing.com", "Tandem IT Staffing"),
        desc="Client: Bluepeak Utilities\nPosition: Data Engineer (6-month contract)\nInterviewer: Sherry Oduya, Data Manager\nFormat: Teams, 45 minutes\n\nPlease confirm by replying to this email.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BPU9%40thread.v2/0",
        ),
    )
    _x(
        "Vorstellungsgespräch über Personalvermittlung – Kunde anonym",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("m.kessler@rheinwerk-personal.de", "Markus Keßler"),
        desc="Hallo Alex, mein Kunde (Mittelständler aus dem Maschinenbau) möchte dich gern kennenlernen – Position Senior Data Engineer. Den Namen darf ich erst nach dem Gespräch nennen.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Call w/ Pellucid panel – systems",
        interview=True,
        company="Pellucid AI",
        role=None,
        meet="meet",
    )
    _x(
        "Brackenridge – informal chat with the team lead (part of process)",
        interview=True,
        company="Brackenridge Foods",
        role="Sr. Data Engineer",
        org=("w.faulkner@brackenridgefoods.com", "Wendell Faulkner"),
        desc="Wendell asked his lead, Carmen, to have an informal chat with you before the panel. Still part of the Sr. Data Engineer process.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BRK43%40thread.v2/0",
        ),
    )
    _x(
        "Bluepeak – meet the team (virtual)",
        interview=True,
        company="Bluepeak Utilities",
        role=None,
        org=("sherry.oduya@bluepeak-utilities.com", "Sherry Oduya"),
        meet="meet",
    )
    _x(
        "Fit interview – Ostwind",
        interview=True,
        company="Ostwind Versicherung",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Saltmarsh – founder chat",
        interview=True,
        company="Saltmarsh Software",
        role=None,
        org=("noor@saltmarsh.software", "Noor Castellanos"),
        meet="meet",
    )
    _x(
        "Trial day @ Fennec Studio (paid)",
        interview=True,
        company="Fennec Studio",
        role="Data Visualization Engineer",
        org=("hello@fennec.studio", "Fennec Studio"),
        desc="Hi Alex! Your paid trial day for the Data Visualization Engineer role: 10–5, you'll build a small chart component with Ines and present it at 4.",
        loc="Fennec Studio, 5 Canal Yard",
    )
