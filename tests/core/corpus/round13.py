# ruff: noqa: E501 -- data: event texts as written
"""Held-out calendar corpus, round 13. Written blind by an independent evaluator who read only the format description (calendar_format.md), no code, tests or other corpora.

Covers about 210 events (115 interviews, 95 look-alike non-interviews) in 20+ languages:
ATS / scheduling-tool invitations (Greenhouse, Lever, Ashby, Workday, SmartRecruiters, Teamtailor,
Recruitee, Personio, Workable, GoodTime, ModernLoop, iCIMS, Calendly) with "Interviewer:" lines,
quick self-typed events in many languages, recruiter-typed events, hiring-manager chats where the
company is only in the organizer's domain / the description / parentheses, panels, case studies,
presentations, trial days and shifts, assessment centres, onsite loops split into several events,
executive final rounds, agency screens (client named or not), internal moves on the work calendar;
companies with hard names (&, "and", "de", "van der", legal forms, abbreviations, brand != domain,
Japanese / Korean / Chinese / Arabic / Hebrew / Greek / Cyrillic names, names that look like people).
Negatives: the user interviewing candidates, mock interviews, podcasts, press, user research,
performance reviews, parent-teacher meetings, doctors, meetups and fairs, networking coffees,
company webinars, study groups, exams, bank and visa appointments, film / book titles,
informational interviews, internal hiring admin.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round13", **kw)


def build() -> None:
    _ats_invitations()
    _self_typed_multilingual()
    _recruiter_typed()
    _hiring_manager_chats()
    _panels_cases_presentations()
    _trial_days()
    _assessment_centres()
    _onsite_loops()
    _final_rounds()
    _agency_screens()
    _internal_moves()
    _neg_user_interviews_candidates()
    _neg_mock_interviews()
    _neg_podcasts_press()
    _neg_user_research()
    _neg_performance_reviews()
    _neg_school_and_doctor()
    _neg_meetups_networking()
    _neg_webinars_study_exams()
    _neg_bank_visa()
    _neg_film_book()
    _neg_informational()
    _neg_misc()


# ---------------------------------------------------------------------------
# Interviews: ATS and scheduling-tool invitations
# ---------------------------------------------------------------------------


def _ats_invitations() -> None:
    _x(
        "Alex Rivera <> Adyen | Technical Interview",
        interview=True,
        company="Adyen",
        role="Backend Engineer (Java)",
        org=("femke.jansen@adyen.com", "Femke Jansen"),
        att=[
            person("femke.jansen@adyen.com", "Femke Jansen"),
            person("rahul.iyer@adyen.com", "Rahul Iyer"),
            person("bart.smit@adyen.com", "Bart Smit"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>Thanks again for your interest in the <b>Backend Engineer (Java)</b> position at Adyen. "
            "Below are the details of your technical interview.</p>"
            "<p><b>Interviewer:</b> Rahul Iyer, Software Engineer, Payments Core<br>"
            "<b>Interviewer:</b> Bart Smit, Engineering Manager</p>"
            "<p>The interview will take 75 minutes. You will be coding in a shared editor, please use the language you are most comfortable with.</p>"
            "<p>Good luck!<br>Femke</p><p style='color:#888'>Scheduled with Greenhouse</p>"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview for Senior Data Analyst - Alex Rivera",
        interview=True,
        company="Just Eat Takeaway.com",
        role="Senior Data Analyst",
        org=("recruitment@justeattakeaway.com", "JET Talent Acquisition"),
        att=[person("ollie.hughes@justeattakeaway.com", "Ollie Hughes")],
        desc=(
            "Hi Alex,\n\nWe're excited to move forward with your application at Just Eat Takeaway.com!\n\n"
            "Interviewer: Ollie Hughes (Analytics Lead, Consumer)\nDuration: 45 minutes\nFormat: competency-based + a short SQL discussion\n\n"
            "Please join via the Teams link below. If you need to reschedule, reply to this email.\n\n"
            "Kind regards,\nJET Talent Acquisition\n\n--\nThis invitation was sent via Greenhouse."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmE1",
        ),
        zone="Europe/London",
    )
    _x(
        "Lever Interview: Alex Rivera – Technical Screen",
        interview=True,
        company="Too Good To Go",
        role="Software Engineer, Marketplace",
        org=("talent@toogoodtogo.com", "Too Good To Go Talent"),
        att=[person("mads.holm@toogoodtogo.com", "Mads Holm")],
        desc=(
            "Hello Alex,\n\nHere is your technical screen for the Software Engineer, Marketplace role at Too Good To Go.\n\n"
            "Interviewer: Mads Holm\n\nWhat to expect: 60 minutes, one practical coding exercise in a CoderPad, then time for your questions.\n\n"
            "CoderPad: https://app.coderpad.io/XK3P9Q\n\nScheduled via Lever"
        ),
        conf=("Zoom Meeting", "https://toogoodtogo.zoom.us/j/84412239981"),
        zone="Europe/Copenhagen",
    )
    _x(
        "Interview: Alex Rivera / Marks and Spencer — Product Owner",
        interview=True,
        company="Marks and Spencer",
        role="Product Owner",
        org=("sarah.whitfield@marks-and-spencer.com", "Sarah Whitfield"),
        att=[
            person("sarah.whitfield@marks-and-spencer.com", "Sarah Whitfield"),
            person("dev.patel@marks-and-spencer.com", "Dev Patel"),
        ],
        desc=(
            "Dear Alex,\n\nThank you for applying for the Product Owner role in M&S Digital & Technology. We'd like to invite you to a first interview.\n\n"
            "Interviewer: Dev Patel, Senior Product Manager – Food Online\nInterviewer: Sarah Whitfield, Talent Partner\n\n"
            "Location: online (Microsoft Teams)\n\nBest wishes,\nM&S Talent Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MS-ZDk0",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera & Harvey — Engineering Interview",
        interview=True,
        company="Harvey",
        role="Software Engineer, Infrastructure",
        org=("recruiting@harvey.ai", "Harvey Recruiting"),
        att=[
            person("nina.cho@harvey.ai", "Nina Cho"),
            person("recruiting@harvey.ai", "Harvey Recruiting"),
        ],
        desc=(
            "<div>Hi Alex — looking forward to it!</div><br><div><b>Role:</b> Software Engineer, Infrastructure</div>"
            "<div><b>Interviewer:</b> Nina Cho</div><div><b>Format:</b> 60 min practical systems interview</div><br>"
            "<div>Need to reschedule? <a href='https://app.ashbyhq.com/reschedule/8fa2'>Click here</a></div>"
            "<div style='font-size:11px'>Powered by Ashby</div>"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Ada: Hiring Manager Interview (Alex Rivera)",
        interview=True,
        company="Ada Health",
        role="Senior Product Designer",
        org=("no-reply@ashbyhq.com", "Ada Health Talent"),
        att=[person("j.lindqvist@ada.com", "Johanna Lindqvist"), person("talent@ada.com")],
        desc=(
            "Hi Alex,\n\nYour interview for Senior Product Designer at Ada Health is confirmed.\n\n"
            "Interviewer: Johanna Lindqvist — Design Director\n\nPlease bring 1–2 projects you'd like to talk through.\n\nAda Health GmbH · Karl-Liebknecht-Str. 1 · Berlin"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex x Alan – Entretien technique",
        interview=True,
        company="Alan",
        role="Backend Engineer",
        org=("talents@alan.com", "Alan Talents"),
        att=[
            person("hugo.lefevre@alan.com", "Hugo Lefèvre"),
            person("talents@alan.com", "Alan Talents"),
        ],
        desc=(
            "Bonjour Alex,\n\nVoici la confirmation de ton entretien technique pour le poste de Backend Engineer chez Alan.\n\n"
            "Interviewer : Hugo Lefèvre (Engineer, Care squad)\nDurée : 1h — pair programming en Python.\n\n"
            "À très vite !\nL'équipe Talents d'Alan\n\nPlanifié avec Ashby"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interview Invitation: Senior Scientist, Data Science (R-004521)",
        interview=True,
        company="Johnson & Johnson",
        role="Senior Scientist, Data Science",
        org=("jnj@myworkday.com", "Johnson & Johnson Careers"),
        att=[
            person("ckowalski@its.jnj.com", "Carla Kowalski"),
            person("mhennessy@its.jnj.com", "Mark Hennessy"),
        ],
        desc=(
            "Dear Alex Rivera,\n\nCongratulations! You have been selected to interview for Senior Scientist, Data Science (Requisition R-004521) "
            "with Johnson & Johnson Innovative Medicine.\n\nInterviewer: Carla Kowalski\nInterviewer: Mark Hennessy\n\n"
            "Please log in to your candidate home in Workday to view details.\n\nThis is an automated message from Workday."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_jnj-R004521",
        ),
        zone="America/New_York",
    )
    _x(
        "Siemens Healthineers | Interview | Software Architect (f/m/d)",
        interview=True,
        company="Siemens Healthineers AG",
        role="Software Architect",
        org=("no-reply@siemens-healthineers.myworkday.com", None),
        att=[person("katrin.vogel@siemens-healthineers.com", "Katrin Vogel")],
        desc=(
            "Dear Mr. Rivera,\n\nthank you for your application as Software Architect (f/m/d), Job ID 451902, in Erlangen.\n"
            "We would like to get to know you in a virtual interview.\n\nInterviewer: Katrin Vogel, Head of R&D Imaging Software\n\n"
            "Siemens Healthineers AG, Siemensstr. 3, 91301 Forchheim"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_shs451902",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview with Visa – Staff Product Manager, Tokenization",
        interview=True,
        company="Visa",
        role="Staff Product Manager, Tokenization",
        org=("gtorres@visa.com", "Gabriela Torres"),
        att=[
            person("gtorres@visa.com", "Gabriela Torres"),
            person("wchen@visa.com", "William Chen"),
        ],
        desc=(
            "Hi Alex,\n\nPlease find the details of your interview with Visa below.\n\nPosition: Staff Product Manager, Tokenization (REF062811W)\n"
            "Interviewer: William Chen, Sr. Director, Product\n\nSmartRecruiters candidate portal: https://jobs.smartrecruiters.com/Visa/\n"
        ),
        conf=("Webex", "https://visa.webex.com/visa/j.php?MTID=m7c0d2"),
        zone="America/Los_Angeles",
    )
    _x(
        "Intervju med Klarna – Alex Rivera",
        interview=True,
        company="Klarna",
        role="Senior Frontend Engineer",
        org=("ebba.nilsson@klarna.com", "Ebba Nilsson"),
        att=[
            person("ebba.nilsson@klarna.com", "Ebba Nilsson"),
            person("oskar.berg@klarna.com", "Oskar Berg"),
        ],
        desc=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten Senior Frontend Engineer. Här kommer detaljerna för din intervju.\n\n"
            "Intervjuare: Oskar Berg (Engineering Manager)\nLängd: 45 min\n\nVarma hälsningar,\nEbba, Talent Acquisition\n\nSkickat via Teamtailor"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Intervju: Alex Rivera × Polestar",
        interview=True,
        company="Polestar",
        role="Data Engineer",
        org=("career@polestar.com", "Polestar Careers"),
        att=[person("linnea.ek@polestar.com", "Linnéa Ek")],
        desc=(
            "Hi Alex,\n\nWelcome to an interview for the role Data Engineer at Polestar in Gothenburg.\n"
            "Interviewer: Linnéa Ek, Lead Data Engineer\n\nAddress if you prefer to come in: Assar Gabrielssons väg 9, Göteborg.\n\nPolestar Performance AB\n— Teamtailor"
        ),
        loc="Polestar HQ, Assar Gabrielssons väg 9, 418 78 Göteborg",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Sollicitatiegesprek – Data Engineer (Picnic)",
        interview=True,
        company="Picnic",
        role="Data Engineer",
        org=("jobs@teampicnic.com", "Picnic Recruitment"),
        att=[person("thijs.vanleeuwen@teampicnic.com", "Thijs van Leeuwen")],
        desc=(
            "Hoi Alex,\n\nLeuk dat je interesse hebt in Picnic! Hierbij de bevestiging van je gesprek.\n\n"
            "Interviewer: Thijs van Leeuwen (Tech Lead Data)\n\nTot dan!\nPicnic Recruitment\n\nVerzonden via Recruitee"
        ),
        loc="Picnic Technologies, Van Marwijk Kooystraat 15, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Bewerbungsgespräch | Dr. Oetker Digital",
        interview=True,
        company="Dr. Oetker Digital",
        role="Product Analyst",
        org=("jobs@oetker-digital.de", "Dr. Oetker Digital Recruiting"),
        att=[person("f.hartmann@oetker-digital.de", "Felix Hartmann")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Product Analyst (m/w/d). Wir freuen uns auf das Gespräch!\n\n"
            "Gesprächspartner / Interviewer: Felix Hartmann, Head of Analytics\n\n"
            "Dr. Oetker Digital GmbH · Lützowufer 26 · 10787 Berlin\n\nDiese Einladung wurde mit Personio erstellt."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_oetker77",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Alex Rivera for Customer Success Lead",
        interview=True,
        company="Tide",
        role="Customer Success Lead",
        org=("people@tide.co", "Tide People Team"),
        att=[person("r.oyelaran@tide.co", "Remi Oyelaran")],
        desc=(
            "Hi Alex,\n\nYou have an interview with Tide for the Customer Success Lead position.\n\n"
            "Interviewer: Remi Oyelaran, Head of Member Success\n\nThis event was scheduled using Workable."
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Virtual Interview: Alex Rivera – Site Reliability Engineer",
        interview=True,
        company="Datadog",
        role="Site Reliability Engineer",
        org=("interviews@datadoghq.com", "Datadog Interviews"),
        att=[
            person("emeric.paul@datadoghq.com", "Emeric Paul"),
            person("sana.qureshi@datadoghq.com", "Sana Qureshi"),
        ],
        desc=(
            "Hi Alex,\n\nYour virtual interview with Datadog is confirmed. Please join 5 minutes early.\n\n"
            "10:00 – 10:45  Interviewer: Emeric Paul (Troubleshooting)\n10:45 – 11:30  Interviewer: Sana Qureshi (Systems Design)\n\n"
            "Scheduled by GoodTime on behalf of Datadog Recruiting."
        ),
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/91725543310"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera | Technical Phone Screen | Samsara",
        interview=True,
        company="Samsara",
        role=None,
        org=("scheduling@samsara.com", "Samsara Scheduling"),
        att=[person("kwame.asante@samsara.com", "Kwame Asante")],
        desc=(
            "Hello Alex,\n\nYou're confirmed for a technical phone screen with Samsara.\n\nInterviewer: Kwame Asante\n\n"
            "Coding environment link will be shared at the start.\n\nScheduled with ModernLoop"
        ),
        conf=("Zoom Meeting", "https://samsara.zoom.us/j/96221870034"),
        zone="America/Chicago",
        my_status="declined",
    )
    _x(
        "Interview - Sr. Software Engineer - Charles Schwab",
        interview=True,
        company="Charles Schwab",
        role="Sr. Software Engineer",
        org=("ashley.brennan@schwab.com", "Ashley Brennan"),
        att=[
            person("ashley.brennan@schwab.com", "Ashley Brennan"),
            person("d.nguyen@schwab.com", "Duc Nguyen"),
        ],
        desc=(
            "Alex,\n\nThank you for your interest in Charles Schwab. Your interview for Sr. Software Engineer (2024-98112) is scheduled.\n\n"
            "Interviewer: Duc Nguyen, Director – Trading Platforms\n\nPowered by iCIMS"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_schwab98112",
        ),
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera and Jonas Weber",
        interview=True,
        company="N26",
        role="Engineering Manager",
        org=("jonas.weber@n26.com", "Jonas Weber"),
        att=[person("jonas.weber@n26.com", "Jonas Weber")],
        desc=(
            "Event Name: Intro call – N26 Talent Acquisition\n\nHi Alex, great to connect! This is a first call about the Engineering Manager opening in our Berlin hub.\n\n"
            "Location: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12\n"
            "Reschedule: https://calendly.com/reschedulings/AB12\n\nPowered by Calendly.com"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview with Grab - Alex Rivera (Round 2)",
        interview=True,
        company="Grab",
        role="Senior Data Scientist",
        org=("no-reply@greenhouse.io", "Grab Talent Acquisition"),
        att=[
            person("weiling.tan@grab.com", "Tan Wei Ling"),
            person("arjun.m@grab.com", "Arjun Mehta"),
        ],
        desc=(
            "Hi Alex,\n\nThank you for your time so far. Round 2 for Senior Data Scientist (GrabPay) is scheduled.\n\n"
            "Interviewer: Tan Wei Ling – Data Science Manager\nInterviewer: Arjun Mehta – Staff Data Scientist\n\n"
            "Grab Taxi Holdings Pte. Ltd., 3 Media Close, Singapore"
        ),
        meet="meet",
        zone="Asia/Singapore",
        my_status="needsAction",
    )


# ---------------------------------------------------------------------------
# Interviews: quick events the user typed themselves, many languages
# ---------------------------------------------------------------------------


def _self_typed_multilingual() -> None:
    _x(
        "entretien Danone (RH) 14h",
        interview=True,
        company="Danone",
        role=None,
        desc="avec Mme Garnier, RH. Prendre CV imprimé + portfolio. Bâtiment Rive Gauche, 3e étage",
        loc="17 Boulevard Haussmann, 75009 Paris",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "colloquio Pirelli - sede Bicocca",
        interview=True,
        company="Pirelli",
        role=None,
        desc="chiedere di Dott.ssa Colombo alla reception. portare documento",
        loc="Viale Piero e Alberto Pirelli 25, Milano",
        zone="Europe/Rome",
        add_me=False,
    )
    _x(
        "rozmowa Allegro 2. etap",
        interview=True,
        company="Allegro",
        role=None,
        desc="techniczna, 2 osoby z zespołu Ads. Teams, link w mailu od Kasi",
        zone="Europe/Warsaw",
        add_me=False,
    )
    _x(
        "2e gesprek bij Rabobank Utrecht",
        interview=True,
        company="Rabobank",
        role=None,
        desc="met teamlead + iemand van HR. Croeselaan 18, melden bij receptie",
        loc="Croeselaan 18, Utrecht",
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "Vorstellungsgespräch Bosch Renningen",
        interview=True,
        company="Bosch",
        role=None,
        desc="Bosch Campus Renningen, Gebäude 100. Ansprechpartner Herr Kübler. Parkplatz P3",
        loc="Robert-Bosch-Campus 1, 71272 Renningen",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "entrevista Itaú - Faria Lima",
        interview=True,
        company="Itaú",
        role=None,
        desc="vaga analista de dados sr. falar com a Renata na recepção, torre B",
        loc="Av. Brigadeiro Faria Lima, 3500 - Itaim Bibi, São Paulo",
        zone="America/Sao_Paulo",
        add_me=False,
    )
    _x(
        "Entrevista BBVA (videollamada)",
        interview=True,
        company="BBVA",
        role=None,
        desc="el enlace de Teams lo mandan por correo 1h antes",
        zone="Europe/Madrid",
        add_me=False,
    )
    _x(
        "Anställningsintervju Spotify – Regeringsgatan",
        interview=True,
        company="Spotify",
        role=None,
        loc="Regeringsgatan 19, Stockholm",
        zone="Europe/Stockholm",
        add_me=False,
    )
    _x(
        "İş görüşmesi - Trendyol (Maslak)",
        interview=True,
        company="Trendyol",
        role=None,
        desc="Backend ekibi, 2 kişi. Kimlik götür.",
        loc="Maslak, Büyükdere Cd. No:237, Sarıyer/İstanbul",
        zone="Europe/Istanbul",
        add_me=False,
    )
    _x(
        "メルカリ 二次面接",
        interview=True,
        company="メルカリ",
        role=None,
        desc="オンライン（Google Meet）。EMの方と30分＋逆質問",
        meet="meet",
        zone="Asia/Tokyo",
        add_me=False,
    )
    _x(
        "카카오 1차 면접",
        interview=True,
        company="카카오",
        role=None,
        desc="판교 아지트, 신분증 지참. 코딩테스트 리뷰 포함",
        loc="경기 성남시 분당구 판교역로 166",
        zone="Asia/Seoul",
        add_me=False,
    )
    _x(
        "مقابلة عمل - أرامكو",
        interview=True,
        company="أرامكو",
        role=None,
        desc="مقابلة مع قسم تقنية المعلومات، الظهران. إحضار جواز السفر",
        loc="الظهران، المملكة العربية السعودية",
        zone="Asia/Riyadh",
        add_me=False,
    )
    _x(
        "ראיון עבודה וויקס",
        interview=True,
        company="וויקס",
        role=None,
        desc="נמל תל אביב 40, קומה 3. לשאול על הצוות של Velo",
        loc="נמל תל אביב 40, תל אביב",
        zone="Asia/Jerusalem",
        add_me=False,
    )
    _x(
        "Συνέντευξη στην Εθνική Τράπεζα",
        interview=True,
        company="Εθνική Τράπεζα",
        role=None,
        desc="Αιόλου 86, 2ος όροφος – Διεύθυνση Ψηφιακής Τραπεζικής. Ρωτάω για κα Παπαδοπούλου",
        loc="Αιόλου 86, Αθήνα",
        zone="Europe/Athens",
        add_me=False,
    )
    _x(
        "Співбесіда Монобанк",
        interview=True,
        company="Монобанк",
        role=None,
        desc="онлайн, з техлідом iOS. посилання в телеграмі від рекрутерки",
        zone="Europe/Kyiv",
        add_me=False,
    )
    _x(
        "字节跳动 二面",
        interview=True,
        company="字节跳动",
        role=None,
        desc="飞书视频会议，算法题+项目深挖，面试官是抖音电商后端",
        zone="Asia/Shanghai",
        add_me=False,
    )
    _x(
        "Jobsamtale hos Novo Nordisk",
        interview=True,
        company="Novo Nordisk",
        role=None,
        desc="Bagsværd, bygning 9. Spørg efter Mette i receptionen",
        loc="Novo Allé 1, 2880 Bagsværd",
        zone="Europe/Copenhagen",
        add_me=False,
    )
    _x(
        "Jobbintervju Equinor – Fornebu",
        interview=True,
        company="Equinor",
        role=None,
        loc="Martin Linges vei 33, Fornebu",
        zone="Europe/Oslo",
        add_me=False,
    )
    _x(
        "Työhaastattelu – Supercell",
        interview=True,
        company="Supercell",
        role=None,
        desc="Jätkäsaari, ota läppäri mukaan",
        loc="Jätkäsaarenlaituri 1, Helsinki",
        zone="Europe/Helsinki",
        add_me=False,
    )
    _x(
        "Pohovor Kiwi.com",
        interview=True,
        company="Kiwi.com",
        role=None,
        desc="Brno, Palachovo náměstí. 2 kola za sebou",
        loc="Palachovo náměstí 797/4, Brno",
        zone="Europe/Prague",
        add_me=False,
    )
    _x(
        "Interviu UiPath – runda tehnică",
        interview=True,
        company="UiPath",
        role=None,
        desc="online, Zoom. System design + C#",
        zone="Europe/Bucharest",
        add_me=False,
    )
    _x(
        "Állásinterjú – Richter Gedeon",
        interview=True,
        company="Richter Gedeon",
        role=None,
        desc="Gyömrői út 19-21, portán bejelentkezni. Adatelemző pozíció",
        loc="Budapest, Gyömrői út 19-21",
        zone="Europe/Budapest",
        add_me=False,
    )
    _x(
        "Entrevista na Feedzai (Coimbra)",
        interview=True,
        company="Feedzai",
        role=None,
        loc="Feedzai, Avenida Dom Afonso Henriques 1825, Coimbra",
        zone="Europe/Lisbon",
        add_me=False,
    )
    _x(
        "Zweitgespräch Hugo Boss Metzingen",
        interview=True,
        company="Hugo Boss",
        role=None,
        desc="mit Teamleitung E-Commerce + HR. Anfahrt ~1h, Zug 7:42 ab Stuttgart",
        loc="Dieselstraße 12, 72555 Metzingen",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "sollicitatie ABN AMRO ronde 1",
        interview=True,
        company="ABN AMRO",
        role=None,
        desc="Gustav Mahlerlaan 10, Foppingadreef? -> checken mail van recruiter",
        loc="Gustav Mahlerlaan 10, Amsterdam",
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "RDV Crédit Agricole CIB – poste analyste risques",
        interview=True,
        company="Crédit Agricole CIB",
        role="analyste risques",
        desc="entretien avec le manager de l'équipe Market Risk, tour Evergreen",
        loc="12 Place des États-Unis, 92120 Montrouge",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Secondo colloquio Intesa Sanpaolo",
        interview=True,
        company="Intesa Sanpaolo",
        role=None,
        desc="grattacielo, piano 12. con responsabile Data Office",
        loc="Corso Inghilterra 3, Torino",
        zone="Europe/Rome",
        add_me=False,
    )
    _x(
        "Entrevista con Mercado Libre 11am",
        interview=True,
        company="Mercado Libre",
        role=None,
        desc="Zoom, con la líder del equipo de Fraud Prevention",
        zone="America/Mexico_City",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Interviews: events typed by recruiters
# ---------------------------------------------------------------------------


def _recruiter_typed() -> None:
    _x(
        "Alex / Priya - quick chat re: Staff Eng role @ Wise",
        interview=True,
        company="Wise",
        role="Staff Engineer",
        org=("priya.raman@wise.com", "Priya Raman"),
        att=[person("priya.raman@wise.com", "Priya Raman")],
        desc="Hey Alex, as promised here's the invite - 30 mins to walk you through the role and the process. Speak soon! Priya (Talent, Wise)",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Intro call: Alex Rivera (Monzo – Senior Backend Engineer)",
        interview=True,
        company="Monzo",
        role="Senior Backend Engineer",
        org=("tom.aldridge@monzo.com", "Tom Aldridge"),
        att=[person("tom.aldridge@monzo.com", "Tom Aldridge")],
        desc="Initial recruiter conversation. I'll call you on the number on your CV, the Meet link is a backup.",
        meet="meet",
        zone="Europe/London",
        my_status="tentative",
    )
    _x(
        "Alex Rivera - first conversation",
        interview=True,
        company="Back Market",
        role="Product Designer",
        org=("sophie.martin@backmarket.com", "Sophie Martin"),
        att=[person("sophie.martin@backmarket.com", "Sophie Martin")],
        desc="Hi Alex, as discussed on LinkedIn: first conversation about the Product Designer position at Back Market (Paris or remote). Talk soon, Sophie",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Call w/ Jess (Recruiter) - Morgan Stanley",
        interview=True,
        company="Morgan Stanley",
        role=None,
        org=("jessica.lowe@morganstanley.com", "Lowe, Jessica (HR)"),
        att=[person("jessica.lowe@morganstanley.com", "Lowe, Jessica (HR)")],
        desc="Screening call for the Technology Associate opening (req 3241889). Dial-in below.\n\nUS: +1 212-555-0142, PIN 5521 09#",
        zone="America/New_York",
    )
    _x(
        "Recruiter screen — ING Tech Poland",
        interview=True,
        company="ING",
        role=None,
        org=("magdalena.wrobel@ing.com", "Magdalena Wróbel"),
        att=[person("magdalena.wrobel@ing.com", "Magdalena Wróbel")],
        desc="Hi Alex, 30 min screening call – motivation, experience, salary expectations, notice period. Talk then! Magda",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ingpl_55",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Chat about the Data Lead opening",
        interview=True,
        company="Ferrero",
        role="Data Lead",
        org=("martina.rossi@ferrero.com", "Martina Rossi"),
        att=[person("martina.rossi@ferrero.com", "Martina Rossi")],
        desc="Dear Alex,\nas anticipated by email, a first 30' conversation about the Data Lead position in our Luxembourg HQ.\nBest regards,\nMartina Rossi\nTalent Acquisition – Ferrero Group",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ferrero_dl",
        ),
        zone="Europe/Luxembourg",
    )
    _x(
        "Telefoninterview Zalando – Alex",
        interview=True,
        company="Zalando",
        role=None,
        org=("lea.schubert@zalando.de", "Lea Schubert"),
        att=[person("lea.schubert@zalando.de", "Lea Schubert")],
        desc="Hi Alex, wie besprochen unser kurzes Telefoninterview. Ich rufe dich an. Viele Grüße, Lea (Talent Acquisition Partner Tech)",
        zone="Europe/Berlin",
    )
    _x(
        "Primera llamada – Glovo",
        interview=True,
        company="Glovo",
        role="Senior Product Manager",
        org=("nuria.puig@glovoapp.com", "Núria Puig"),
        att=[person("nuria.puig@glovoapp.com", "Núria Puig")],
        desc="Hola Alex! Te dejo la invitación para la primera llamada sobre la posición de Senior Product Manager (Quick Commerce). ¡Hablamos!",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Alex Rivera // Tiffany & Co. — Retail Analytics Manager",
        interview=True,
        company="Tiffany & Co.",
        role="Retail Analytics Manager",
        org=("kmorales@tiffany.com", "Kristen Morales"),
        att=[person("kmorales@tiffany.com", "Kristen Morales")],
        desc="Hi Alex - thank you for making time. Looking forward to telling you more about the team at our 57th Street flagship. Best, Kristen",
        conf=("Zoom Meeting", "https://tiffany.zoom.us/j/81123409987"),
        zone="America/New_York",
    )
    _x(
        "30 min – Alex Rivera x Wolters Kluwer (TA)",
        interview=True,
        company="Wolters Kluwer",
        role=None,
        org=("anouk.bosman@wolterskluwer.com", "Anouk Bosman"),
        att=[person("anouk.bosman@wolterskluwer.com", "Anouk Bosman")],
        desc="Kennismakingsgesprek n.a.v. je sollicitatie voor Lead Software Engineer (Alphen a/d Rijn). Groet, Anouk",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_wk_lse",
        ),
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------------------
# Interviews: hiring-manager chats, company only in domain / description / parentheses
# ---------------------------------------------------------------------------


def _hiring_manager_chats() -> None:
    _x(
        "Alex <> Martin",
        interview=True,
        company="Revolut",
        role="Senior Product Manager, Card Payments",
        org=("martin.kowalski@revolut.com", "Martin Kowalski"),
        att=[person("martin.kowalski@revolut.com", "Martin Kowalski")],
        desc="Hiring manager conversation – Senior Product Manager, Card Payments.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Coffee chat with Lena (hiring manager)",
        interview=True,
        company="Personio",
        role="Senior Backend Engineer",
        org=("lena.hofbauer@personio.de", "Lena Hofbauer"),
        att=[person("lena.hofbauer@personio.de", "Lena Hofbauer")],
        desc="Hi Alex! Next step in your application for Senior Backend Engineer (Payroll): an informal chat with me as your potential manager. Grab a coffee :)",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Intro: Alex Rivera / Tom Becker",
        interview=True,
        company="Celonis",
        role=None,
        org=("t.becker@celonis.com", "Tom Becker"),
        att=[
            person("t.becker@celonis.com", "Tom Becker"),
            person("a.rossi@celonis.com", "Anna Rossi", optional=True),
        ],
        desc="Tom is Head of Data Platform at Celonis and is hiring for his team. Following your call with Anna, this is your conversation with the hiring manager.",
        conf=("Zoom Meeting", "https://celonis.zoom.us/j/93311200871"),
        zone="Europe/Berlin",
    )
    _x(
        "Meet the hiring manager (Booking.com)",
        interview=True,
        company="Booking.com",
        role=None,
        org=("r.deboer@booking.com", "Roel de Boer"),
        att=[person("r.deboer@booking.com", "Roel de Boer")],
        desc="Hi Alex, looking forward to our conversation. We'll talk about your experience and what the team works on. Regards, Roel",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Alex + Sarah — team fit",
        interview=True,
        company="Jack Henry",
        role="Software Engineer III",
        org=("sokafor@jackhenry.com", "Sarah Okafor"),
        att=[person("sokafor@jackhenry.com", "Sarah Okafor")],
        desc="Alex, this is the team-fit conversation for the Software Engineer III role on our digital banking team at Jack Henry. Talk soon! — Sarah",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_jh_se3",
        ),
        zone="America/Chicago",
    )
    _x(
        "Chat with Hiring Manager",
        interview=True,
        company="Rakuten",
        role=None,
        org=("kenta.tanaka@rakuten.com", "田中 健太 (Kenta Tanaka)"),
        att=[person("kenta.tanaka@rakuten.com", "田中 健太 (Kenta Tanaka)")],
        desc="Alex-san,\nThank you for applying to Rakuten Group. This is a 45 minute casual interview (カジュアル面談) with me as the hiring manager of the Ichiba search team.\nRegards, Kenta",
        conf=("Zoom Meeting", "https://rakuten.zoom.us/j/98880112334"),
        zone="Asia/Tokyo",
    )
    _x(
        "Gesprek met Annemiek (teamleider)",
        interview=True,
        company="De Nederlandsche Bank",
        role="Data Scientist",
        org=("a.devries@dnb.nl", "Annemiek de Vries"),
        att=[person("a.devries@dnb.nl", "Annemiek de Vries")],
        desc="Beste Alex,\n\nIn vervolg op je sollicitatie bij De Nederlandsche Bank voor de functie Data Scientist (Toezicht) nodig ik je uit voor een gesprek.\n\nMet vriendelijke groet,\nAnnemiek de Vries",
        loc="DNB, Frederiksplein 61, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Alex Rivera (hiring manager call)",
        interview=True,
        company="Oscar Health",
        role=None,
        org=("mfeld@hioscar.com", "Miriam Feld"),
        att=[person("mfeld@hioscar.com", "Miriam Feld")],
        desc="Hi Alex — thanks for your time. I lead the Member Experience engineering group at Oscar Health and would love to learn about your background.",
        conf=("Zoom Meeting", "https://hioscar.zoom.us/j/97700118823"),
        zone="America/New_York",
    )
    _x(
        "HM call – Ops Analytics (Maersk)",
        interview=True,
        company="Maersk",
        role=None,
        org=("sofie.lund@maersk.com", "Sofie Lund"),
        att=[person("sofie.lund@maersk.com", "Sofie Lund")],
        desc="Hiring manager call for the Ops Analytics position. A.P. Moller - Maersk, Esplanaden 50, Copenhagen",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_maersk_oa",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Kennenlernen mit Jonas (Otto)",
        interview=True,
        company="Otto",
        role="Product Owner Checkout",
        org=("jonas.brandt@otto.de", "Jonas Brandt"),
        att=[person("jonas.brandt@otto.de", "Jonas Brandt")],
        desc="Hi Alex, wie angekündigt unser Kennenlerngespräch zur Stelle Product Owner Checkout (m/w/d). Ich bin der disziplinarische Lead im Team. Bis dann! Jonas",
        meet="meet",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Interviews: panels, case studies, presentations
# ---------------------------------------------------------------------------


def _panels_cases_presentations() -> None:
    _x(
        "BCG Case Interview – Round 1",
        interview=True,
        company="BCG",
        role="Consultant",
        org=("recruiting.munich@bcg.com", "BCG Recruiting Munich"),
        att=[
            person("vogt.julia@bcg.com", "Julia Vogt"),
            person("nair.sid@bcg.com", "Siddharth Nair"),
        ],
        desc=(
            "Dear Alex,\n\nWe are pleased to invite you to the first round of interviews for the Consultant position at Boston Consulting Group.\n\n"
            "Interviewer: Julia Vogt, Principal\nInterviewer: Siddharth Nair, Project Leader\n\n"
            "Each interview consists of a personal fit part and a case. Please have pen and paper ready."
        ),
        loc="BCG, Ludwigstraße 21, 80539 München",
        zone="Europe/Berlin",
    )
    _x(
        "Case study presentation – L'Oréal Luxe Digital",
        interview=True,
        company="L'Oréal",
        role=None,
        org=("camille.durand@loreal.com", "Camille DURAND"),
        att=[
            person("camille.durand@loreal.com", "Camille DURAND"),
            person("pierre.nguyen@loreal.com", "Pierre NGUYEN"),
            person("ines.benali@loreal.com", "Inès BEN ALI"),
        ],
        desc="Bonjour Alex,\n\nComme convenu, vous présenterez votre étude de cas (20 min) suivie de 25 min de questions devant le jury.\n\nCordialement,\nCamille Durand – Talent Acquisition L'Oréal Luxe",
        loc="L'Oréal, 41 rue Martre, 92110 Clichy",
        zone="Europe/Paris",
    )
    _x(
        "Panel interview – DWP Digital, Senior Data Engineer (SEO)",
        interview=True,
        company="Department for Work and Pensions",
        role="Senior Data Engineer",
        org=("dwpdigital.recruitment@dwp.gov.uk", "DWP Digital Recruitment"),
        att=[
            person("gareth.price@dwp.gov.uk", "Gareth Price"),
            person("amina.yusuf@dwp.gov.uk", "Amina Yusuf"),
            person("helen.moss@dwp.gov.uk", "Helen Moss"),
        ],
        desc=(
            "Dear Alex,\n\nThank you for your application for Senior Data Engineer (SEO), vacancy 318842, with the Department for Work and Pensions.\n"
            "Your panel will assess you against Success Profiles behaviours and technical skills.\n\n"
            "Panel chair: Gareth Price\nPanel members: Amina Yusuf, Helen Moss\n\nCivil Service Jobs"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dwp318842",
        ),
        zone="Europe/London",
    )
    _x(
        "EY – Case Study Assessment & Partner Interview",
        interview=True,
        company="EY",
        role="Manager, Technology Consulting",
        org=("campus.recruiting@de.ey.com", "EY Recruiting"),
        att=[
            person("stefan.roth@de.ey.com", "Stefan Roth"),
            person("yasmin.hadid@de.ey.com", "Yasmin Hadid"),
        ],
        desc=(
            "Sehr geehrter Herr Rivera,\n\nhiermit laden wir Sie zur zweiten Runde für die Position Manager, Technology Consulting ein: "
            "60 min Fallstudie, anschließend Gespräch mit Partner Stefan Roth.\n\nErnst & Young GmbH Wirtschaftsprüfungsgesellschaft, Mergenthalerallee 3-5, Eschborn"
        ),
        loc="EY Eschborn, Mergenthalerallee 3-5",
        zone="Europe/Berlin",
    )
    _x(
        "Take-home review with the team",
        interview=True,
        company="Mollie",
        role=None,
        org=("recruiting@mollie.com", "Mollie Recruiting"),
        att=[
            person("jeroen.kok@mollie.com", "Jeroen Kok"),
            person("marta.silva@mollie.com", "Marta Silva"),
        ],
        desc="Hi Alex,\n\nIn this 60 min session you'll walk Jeroen and Marta through your take-home assignment and discuss trade-offs.\n\nInterviewer: Jeroen Kok\nInterviewer: Marta Silva\n\nMollie B.V. · Keizersgracht 126 · Amsterdam",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Painel de entrevistas – Nubank",
        interview=True,
        company="Nubank",
        role="Engenheira(o) de Software Sênior",
        org=("talent@nubank.com.br", "Nubank Talent"),
        att=[
            person("beatriz.souza@nubank.com.br", "Beatriz Souza"),
            person("lucas.almeida@nubank.com.br", "Lucas Almeida"),
            person("carla.nunes@nubank.com.br", "Carla Nunes"),
        ],
        desc="Oi Alex! Seu painel para a vaga de Engenheira(o) de Software Sênior está confirmado.\n\nEntrevistadores: Beatriz Souza, Lucas Almeida, Carla Nunes\n\nEnviado via Greenhouse",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio di gruppo – Banca Mediolanum Graduate Program",
        interview=True,
        company="Banca Mediolanum",
        role="Graduate Program",
        org=("selezione@mediolanum.it", "Selezione Banca Mediolanum"),
        att=[person("selezione@mediolanum.it", "Selezione Banca Mediolanum")],
        desc="Gentile Alex,\n\nla invitiamo al colloquio di gruppo previsto per il Graduate Program. Saranno presenti due selezionatori HR e un manager di area.\n\nCordiali saluti,\nUfficio Selezione",
        loc="Palazzo Meucci, Via Ennio Doris, Basiglio (MI)",
        zone="Europe/Rome",
    )
    _x(
        "Live coding pair session – Tesco Technology",
        interview=True,
        company="Tesco",
        role="Software Development Engineer",
        org=("tesco.technology@tesco.com", "Tesco Technology Talent"),
        att=[person("ravi.shankar@tesco.com", "Ravi Shankar")],
        desc="Hi Alex,\n\nYour live coding pair session for Software Development Engineer is confirmed.\nInterviewer: Ravi Shankar (Lead SDE)\n\nPlease have an IDE ready and share your screen.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tesco_sde",
        ),
        zone="Europe/London",
    )
    _x(
        "Design portfolio review – LEGO Group",
        interview=True,
        company="LEGO",
        role="Senior UX Designer",
        org=("anne.kjaer@lego.com", "Anne Kjær"),
        att=[
            person("anne.kjaer@lego.com", "Anne Kjær"),
            person("morten.bach@lego.com", "Morten Bach"),
        ],
        desc="Hi Alex,\n\nPlease prepare a 30 min portfolio presentation for the Senior UX Designer role, followed by Q&A with Anne and Morten.\n\nThe LEGO Group, Aastvej 1, Billund",
        loc="LEGO Campus, Kløvermarken 120, 7190 Billund",
        zone="Europe/Copenhagen",
    )
    _x(
        "Business case – KPMG Advisory (ronda 2)",
        interview=True,
        company="KPMG",
        role="Senior Consultant",
        org=("seleccion@kpmg.es", "Selección KPMG España"),
        att=[person("javier.ortega@kpmg.es", "Javier Ortega")],
        desc="Hola Alex,\n\nTe confirmamos la segunda ronda para Senior Consultant en Advisory: resolución de un business case (45') y entrevista con Javier Ortega, Director.\n\nKPMG S.A., Paseo de la Castellana 259C, Madrid",
        loc="Torre de Cristal, Paseo de la Castellana 259C, Madrid",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Interviews: trial days / shifts
# ---------------------------------------------------------------------------


def _trial_days() -> None:
    _x(
        "Probearbeiten Café Einstein",
        interview=True,
        company="Café Einstein",
        role=None,
        desc="8-14 Uhr, schwarze Hose + weißes Hemd mitbringen. Fragen nach Herrn Yilmaz (Restaurantleitung)",
        loc="Café Einstein Stammhaus, Kurfürstenstraße 58, 10785 Berlin",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Proefdraaien Van der Valk Hotel Amersfoort",
        interview=True,
        company="Van der Valk",
        role=None,
        org=("hrm@amersfoort.valk.com", "HRM Van der Valk Amersfoort"),
        att=[person("hrm@amersfoort.valk.com", "HRM Van der Valk Amersfoort")],
        desc="Beste Alex,\n\nZoals besproken kom je een dagdeel meedraaien op de receptie. Je wordt ontvangen door Sanne (front office manager). Bedrijfskleding krijg je van ons.\n\nGroet, HRM",
        loc="Ruimtevaart 20, 3824 MX Amersfoort",
        zone="Europe/Amsterdam",
    )
    _x(
        "Trial shift – Dishoom Covent Garden",
        interview=True,
        company="Dishoom",
        role="Bartender",
        org=("careers@dishoom.com", "Dishoom Careers"),
        att=[person("careers@dishoom.com", "Dishoom Careers")],
        desc="Hi Alex, thanks for coming in for a trial shift for the Bartender role. Please arrive 15 min early, ask for Priyanka at the door. Wear comfortable black shoes.",
        loc="12 Upper St Martin's Lane, London WC2H 9FB",
        zone="Europe/London",
    )
    _x(
        "Journée d'immersion – BlaBlaCar",
        interview=True,
        company="BlaBlaCar",
        role="Product Manager",
        org=("recrutement@blablacar.com", "Recrutement BlaBlaCar"),
        att=[person("thomas.girard@blablacar.com", "Thomas Girard")],
        desc="Bonjour Alex,\n\nDernière étape du process pour le poste de Product Manager : une journée avec l'équipe Covoiturage (atelier + déjeuner + point final avec Thomas).\n\nÀ bientôt !",
        loc="84 Avenue de la République, 75011 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Work trial (paid) – PostHog",
        interview=True,
        company="PostHog",
        role="Product Engineer",
        org=("careers@posthog.com", "PostHog Careers"),
        att=[person("careers@posthog.com", "PostHog Careers")],
        desc="Your paid work trial day as Product Engineer. You'll get Slack + GitHub access in the morning and demo at 5pm to the team. Paid at our standard day rate.",
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Dia de experiência – Manteigaria Chiado",
        interview=True,
        company="Manteigaria",
        role=None,
        desc="das 7h às 12h, levar sapatos confortáveis. falar com a D. Fátima",
        loc="Rua do Loreto 2, 1200-108 Lisboa",
        zone="Europe/Lisbon",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Interviews: assessment centres with assessors
# ---------------------------------------------------------------------------


def _assessment_centres() -> None:
    _x(
        "Assessment Center Deutsche Bahn – Traineeprogramm IT",
        interview=True,
        company="Deutsche Bahn",
        role=None,
        org=("recruiting@deutschebahn.com", "DB Recruiting"),
        att=[person("recruiting@deutschebahn.com", "DB Recruiting")],
        desc="Sehr geehrter Herr Rivera,\n\nwir laden Sie herzlich zu unserem Assessment Center für das Traineeprogramm IT ein. Ablauf: Gruppenübung, Präsentation, Einzelinterview mit Führungskraft.\n\nDeutsche Bahn AG, Potsdamer Platz 2, Berlin",
        loc="DB Tower, Potsdamer Platz 2, 10785 Berlin",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Assessment day – Unilever Future Leaders Programme",
        interview=True,
        company="Unilever",
        role="Future Leaders Programme",
        org=("ulp.recruitment@unilever.com", "UFLP Recruitment"),
        att=[person("ulp.recruitment@unilever.com", "UFLP Recruitment")],
        desc="Dear Alex,\n\nCongratulations on reaching the Discovery Centre stage! On the day you will complete a group exercise, a case presentation and a 1:1 interview with a senior leader.\n\nUnilever Recruitment",
        loc="Unilever House, 100 Victoria Embankment, London",
        zone="Europe/London",
    )
    _x(
        "Assessment Center (AC) – PKO Bank Polski",
        interview=True,
        company="PKO Bank Polski",
        role=None,
        org=("rekrutacja@pkobp.pl", "Zespół Rekrutacji PKO BP"),
        att=[person("rekrutacja@pkobp.pl", "Zespół Rekrutacji PKO BP")],
        desc="Dzień dobry,\n\nzapraszamy na sesję Assessment Center w ramach programu stażowego. W programie: zadanie grupowe, prezentacja oraz rozmowa z menedżerem.\n\nPozdrawiamy,\nZespół Rekrutacji",
        loc="ul. Puławska 15, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Assessment Centre – Rolls-Royce Graduate Scheme (Derby)",
        interview=True,
        company="Rolls-Royce",
        role="Graduate Scheme",
        org=("graduates@rolls-royce.com", "Rolls-Royce Early Careers"),
        att=[person("graduates@rolls-royce.com", "Rolls-Royce Early Careers")],
        desc="Dear Alex,\n\nYou are invited to our assessment centre: technical interview with an engineer, group exercise and strengths-based interview.\n\nRolls-Royce plc, Moor Lane, Derby DE24 8BJ",
        loc="Rolls-Royce plc, Moor Lane, Derby",
        all_day=True,
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Interviews: onsite loops split into several events
# ---------------------------------------------------------------------------


def _onsite_loops() -> None:
    canva_att = [person("talent-sydney@canva.com", "Canva Talent")]
    _x(
        "Canva Onsite – Part 1: Coding (Alex Rivera)",
        interview=True,
        company="Canva",
        role="Senior Frontend Engineer",
        org=("talent-sydney@canva.com", "Canva Talent"),
        att=[*canva_att, person("liam.oconnor@canva.com", "Liam O'Connor")],
        desc="Senior Frontend Engineer – virtual onsite\n\nInterviewer: Liam O'Connor\nFocus: practical coding (TypeScript)\n\nSchedule for the day is in your candidate portal. Scheduled by GoodTime.",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/81234500012"),
        zone="Australia/Sydney",
    )
    _x(
        "Canva Onsite – Part 2: Frontend architecture",
        interview=True,
        company="Canva",
        role="Senior Frontend Engineer",
        org=("talent-sydney@canva.com", "Canva Talent"),
        att=[*canva_att, person("mei.zhang@canva.com", "Mei Zhang")],
        desc="Interviewer: Mei Zhang\nFocus: frontend architecture / craft discussion\n\nScheduled by GoodTime.",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/81234500013"),
        zone="Australia/Sydney",
    )
    _x(
        "Part 3 · Values interview · Canva",
        interview=True,
        company="Canva",
        role=None,
        org=("talent-sydney@canva.com", "Canva Talent"),
        att=[*canva_att, person("georgia.watts@canva.com", "Georgia Watts")],
        desc="Interviewer: Georgia Watts\nFocus: Canva values — be a good human, pursue excellence, make complex things simple.\n\nScheduled by GoodTime.",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/81234500014"),
        zone="Australia/Sydney",
    )
    _x(
        "Canva — Hiring Manager conversation (final part of onsite)",
        interview=True,
        company="Canva",
        role="Senior Frontend Engineer",
        org=("talent-sydney@canva.com", "Canva Talent"),
        att=[*canva_att, person("sam.patel@canva.com", "Sam Patel")],
        desc="Interviewer: Sam Patel, Engineering Manager – Editor\n\nThis is the last interview of your onsite for Senior Frontend Engineer. Scheduled by GoodTime.",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/81234500015"),
        zone="Australia/Sydney",
    )
    pg_org = ("geneva.recruiting@pg.com", "P&G Geneva Recruiting")
    _x(
        "Procter & Gamble Final Day: Leadership Interview 1",
        interview=True,
        company="Procter & Gamble",
        role="Assistant Brand Manager",
        org=pg_org,
        att=[person("rossi.f@pg.com", "Francesca Rossi")],
        desc="Final Day – Assistant Brand Manager, Geneva\n\n09:00 Leadership Interview 1 with Francesca Rossi (Brand Director)\n\nProcter & Gamble International Operations SA, Route de Saint-Georges 47, 1213 Petit-Lancy",
        loc="P&G Geneva Business Center, Route de Saint-Georges 47, Petit-Lancy",
        zone="Europe/Zurich",
    )
    _x(
        "P&G Final Day – Leadership Interview 2 (Brand)",
        interview=True,
        company="Procter & Gamble",
        role="Assistant Brand Manager",
        org=pg_org,
        att=[person("muller.k@pg.com", "Kai Müller")],
        desc="10:15 Leadership Interview 2 with Kai Müller (Associate Director, Fabric Care)\n\nRoom: Salève 3",
        loc="P&G Geneva Business Center, Route de Saint-Georges 47, Petit-Lancy",
        zone="Europe/Zurich",
    )
    _x(
        "P&G final day · case discussion",
        interview=True,
        company="Procter & Gamble",
        role=None,
        org=pg_org,
        att=[
            person("okeke.c@pg.com", "Chiamaka Okeke"),
            person("leblanc.a@pg.com", "Antoine Leblanc"),
        ],
        desc="11:30 Case discussion (45 min). You will receive the case material 15 minutes before.\nAssessors: Chiamaka Okeke, Antoine Leblanc",
        loc="P&G Geneva Business Center – Salève 5",
        zone="Europe/Zurich",
    )
    _x(
        "P&G Final Day – Interview with Associate Director, Brand Franchise",
        interview=True,
        company="Procter & Gamble",
        role=None,
        org=pg_org,
        att=[person("svensson.e@pg.com", "Erik Svensson")],
        desc="14:00 Interview with Erik Svensson (Associate Director, Brand Franchise Leader Hair Care)",
        loc="P&G Geneva Business Center – Mont-Blanc room",
        zone="Europe/Zurich",
    )
    _x(
        "P&G Final Day: HR close & next steps",
        interview=True,
        company="Procter & Gamble",
        role=None,
        org=pg_org,
        att=[person("dubois.m@pg.com", "Mathilde Dubois")],
        desc="15:00 wrap-up interview with Mathilde Dubois (HR) – motivation, mobility, questions about the offer process.",
        loc="P&G Geneva Business Center – Reception",
        zone="Europe/Zurich",
    )


# ---------------------------------------------------------------------------
# Interviews: final rounds with executives
# ---------------------------------------------------------------------------


def _final_rounds() -> None:
    _x(
        "Final round – meet our CEO (Doctolib)",
        interview=True,
        company="Doctolib",
        role="Head of Data",
        org=("recrutement@doctolib.com", "Doctolib Talent Acquisition"),
        att=[
            person("ceo-office@doctolib.com", "Doctolib CEO Office"),
            person("lea.moreau@doctolib.com", "Léa Moreau"),
        ],
        desc="Hi Alex,\n\nCongratulations on reaching the final round for Head of Data! You'll meet our CEO and co-founder for 45 minutes.\n\nInterviewer: CEO & co-founder (with Léa Moreau, Talent)\n\nSee you at our HQ!",
        loc="Doctolib, 54 Quai Charles Pasqua, 92300 Levallois-Perret",
        zone="Europe/Paris",
    )
    _x(
        "Finale ronde met CTO – bol",
        interview=True,
        company="bol",
        role="Engineering Manager",
        org=("recruitment@bol.com", "bol recruitment"),
        att=[
            person("cto-office@bol.com", "CTO Office bol"),
            person("e.visser@bol.com", "Eline Visser"),
        ],
        desc="Hoi Alex,\n\nDe laatste stap voor de rol Engineering Manager: een gesprek met onze CTO. Eline (recruiter) is er ook bij.\n\nbol, Papendorpseweg 100, Utrecht",
        loc="Papendorpseweg 100, 3528 BJ Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Final interview with VP Engineering",
        interview=True,
        company="Shopify",
        role="Senior Staff Developer",
        org=("no-reply@shopify.com", "Shopify Talent"),
        att=[
            person("d.okonkwo@shopify.com", "Daniel Okonkwo"),
            person("vp-eng-office@shopify.com", "VP Engineering Office", optional=True),
        ],
        desc="Hi Alex,\n\nYour final interview for Senior Staff Developer at Shopify with our VP Engineering. This is a 'life story' conversation, no prep needed.\n\nShopify Talent",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Último paso: conversación con la CEO de Cabify",
        interview=True,
        company="Cabify",
        role=None,
        org=("talento@cabify.com", "Talento Cabify"),
        att=[person("talento@cabify.com", "Talento Cabify")],
        desc="¡Hola Alex! Último paso del proceso: 30 minutos con nuestra CEO. Es una conversación de encaje cultural, sin preparación técnica.",
        loc="Cabify, Calle de Pedro Teixeira 8, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Colloquio finale con l'AD – Lavazza",
        interview=True,
        company="Lavazza",
        role="Digital Transformation Manager",
        org=("selezione@lavazza.com", "Lavazza HR Selezione"),
        att=[person("selezione@lavazza.com", "Lavazza HR Selezione")],
        desc="Gentile Alex,\n\nle confermiamo il colloquio finale con l'Amministratore Delegato per la posizione di Digital Transformation Manager.\n\nLuigi Lavazza S.p.A. – Nuvola Lavazza, Via Bologna 32, Torino",
        loc="Nuvola Lavazza, Via Bologna 32, Torino",
        zone="Europe/Rome",
    )
    _x(
        "最終面接（役員）サイバーエージェント",
        interview=True,
        company="サイバーエージェント",
        role=None,
        org=("recruit@cyberagent.co.jp", "サイバーエージェント 人事本部"),
        att=[person("recruit@cyberagent.co.jp", "サイバーエージェント 人事本部")],
        desc="Alex Rivera 様\n\nこの度は最終面接へお進みいただきありがとうございます。当日は役員との面接（45分）となります。\n\n株式会社サイバーエージェント 人事本部",
        loc="Abema Towers, 東京都渋谷区宇田川町40-1",
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------------------
# Interviews: staffing-agency screens
# ---------------------------------------------------------------------------


def _agency_screens() -> None:
    _x(
        "Hays – Erstgespräch SAP Berater",
        interview=True,
        company=None,
        role="SAP Berater",
        org=("markus.reiter@hays.de", "Markus Reiter"),
        att=[person("markus.reiter@hays.de", "Markus Reiter")],
        desc="Hallo Herr Rivera,\n\nwie telefonisch besprochen unser Erstgespräch zu der Position SAP Berater (m/w/d) bei einem unserer Kunden im Raum Stuttgart.\n\nBeste Grüße\nMarkus Reiter\nHays AG",
        zone="Europe/Berlin",
    )
    _x(
        "Call with Michael Page re: Finance BP role at Heineken",
        interview=True,
        company="Heineken",
        role="Finance Business Partner",
        org=("lotte.verbeek@michaelpage.nl", "Lotte Verbeek"),
        att=[person("lotte.verbeek@michaelpage.nl", "Lotte Verbeek")],
        desc="Hi Alex, screening call for the Finance Business Partner role at Heineken (Amsterdam HQ) before I put you forward. Speak soon, Lotte – Michael Page Finance",
        zone="Europe/Amsterdam",
    )
    _x(
        "Robert Walters screening – confidential fintech client",
        interview=True,
        company=None,
        role="Head of Engineering",
        org=("ben.ashworth@robertwalters.com", "Ben Ashworth"),
        att=[person("ben.ashworth@robertwalters.com", "Ben Ashworth")],
        desc="Alex — thanks for the interest. This is a screening call for a Head of Engineering role with a Series C fintech client (name shared after this call). Ben",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rw_conf",
        ),
        zone="Europe/London",
    )
    _x(
        "Randstad – intakegesprek logistiek planner",
        interview=True,
        company=None,
        role="logistiek planner",
        org=("vestiging.tilburg@randstad.nl", "Randstad Tilburg"),
        att=[person("vestiging.tilburg@randstad.nl", "Randstad Tilburg")],
        desc="Beste Alex,\n\nBedankt voor je reactie op de vacature logistiek planner. Graag nodigen we je uit voor een intakegesprek op ons kantoor. Neem je ID mee.\n\nRandstad Tilburg",
        loc="Randstad, Spoorlaan 350, Tilburg",
        zone="Europe/Amsterdam",
    )
    _x(
        "Harnham – Lead Data Scientist (Sainsbury's) screening",
        interview=True,
        company="Sainsbury's",
        role="Lead Data Scientist",
        org=("chloe.baker@harnham.com", "Chloe Baker"),
        att=[person("chloe.baker@harnham.com", "Chloe Baker")],
        desc="Hi Alex, quick screening ahead of submitting you for the Lead Data Scientist role at Sainsbury's Tech (Holborn / hybrid). 20 mins. Chloe",
        zone="Europe/London",
    )
    _x(
        "Adecco · preselezione per Ferrari (Maranello)",
        interview=True,
        company="Ferrari",
        role="Data Analyst",
        org=("selezione.modena@adecco.it", "Adecco Modena"),
        att=[person("selezione.modena@adecco.it", "Adecco Modena")],
        desc="Buongiorno Alex,\n\nla contatto per un colloquio di preselezione per la posizione di Data Analyst presso il nostro cliente Ferrari S.p.A., sede di Maranello.\n\nCordiali saluti\nAdecco Italia – Filiale di Modena",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_adecco_fer",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Kforce phone screen – contract role @ Charles River Labs",
        interview=True,
        company="Charles River Laboratories",
        role="Bioinformatics Programmer",
        org=("jtaylor@kforce.com", "Jordan Taylor"),
        att=[person("jtaylor@kforce.com", "Jordan Taylor")],
        desc="Alex - phone screen for the 12-month contract Bioinformatics Programmer role at Charles River Laboratories (Wilmington, MA). I'll call you at 617-555-0199.",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Interviews: internal moves (work calendar)
# ---------------------------------------------------------------------------


def _internal_moves() -> None:
    _x(
        "Internal interview: Alex Rivera – Senior Product Manager, Payments",
        interview=True,
        company="Initech",
        role="Senior Product Manager, Payments",
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("monica.hale@initech.com", "Monica Hale"),
            person("talent@initech.com", "Initech Talent"),
        ],
        desc="Hi Alex,\n\nThanks for applying internally to the Senior Product Manager, Payments role (REQ-2291).\n\nInterviewer: Monica Hale, Director of Product\n\nAs an internal candidate, please keep this confidential until you've spoken with your current manager.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Internal transfer conversation – Data Platform team (Alex R.)",
        interview=True,
        company="Initech",
        role=None,
        org=("raj.b@initech.com", "Raj Bhattacharya"),
        att=[person("raj.b@initech.com", "Raj Bhattacharya")],
        desc="Alex - as discussed with HR, let's use this slot for the internal transfer interview for the open Staff role on Data Platform. Focus: your experience with streaming + a design discussion.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera – internal candidate – Engineering Manager loop (1/2)",
        interview=True,
        company="Initech",
        role="Engineering Manager",
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("greg.h@initech.com", "Greg Holloway"),
            person("nadia.f@initech.com", "Nadia Farouk"),
        ],
        desc="Internal candidate loop, part 1 of 2\n\nInterviewer: Greg Holloway (people management)\nInterviewer: Nadia Farouk (execution & delivery)\n\nScheduled via Greenhouse",
        loc="Initech HQ – 4th floor, room 'Swingline'",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "EM loop (2/2) – Alex Rivera with VP Engineering",
        interview=True,
        company="Initech",
        role="Engineering Manager",
        org=("talent@initech.com", "Initech Talent"),
        att=[person("bill.l@initech.com", "Bill Lumbergh")],
        desc="Internal candidate loop, part 2 of 2\n\nInterviewer: Bill Lumbergh, VP Engineering\n\nScheduled via Greenhouse",
        loc="Initech HQ – Executive suite",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Mobilité interne – entretien avec Claire (Initech Paris)",
        interview=True,
        company="Initech",
        role="Lead Data Analyst",
        org=("claire.dumas@initech.com", "Claire Dumas"),
        att=[
            person("claire.dumas@initech.com", "Claire Dumas"),
            person("rh-paris@initech.com", "RH Initech Paris", optional=True),
        ],
        desc="Bonjour Alex,\n\nSuite à ta candidature en mobilité interne sur le poste de Lead Data Analyst au bureau de Paris, je te propose un premier entretien.\n\nBelle journée,\nClaire",
        meet="meet",
        me=WORK_ME,
        zone="Europe/Paris",
    )


# ---------------------------------------------------------------------------
# Not interviews: Alex interviews candidates (work calendar)
# ---------------------------------------------------------------------------


def _neg_user_interviews_candidates() -> None:
    _x(
        "Interview: Priya Natarajan – Senior Backend Engineer",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.natarajan.dev@gmail.com", "Priya Natarajan"),
            person("recruiting@initech.com", "Initech Recruiting"),
        ],
        desc=(
            "Candidate: Priya Natarajan\nRole: Senior Backend Engineer (REQ-2304)\n\nInterviewer: Alex Rivera\nFocus: system design\n\n"
            "Interview kit & scorecard: https://app.greenhouse.io/guides/88231/people/5512093\nPlease submit feedback within 24h."
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Phone Screen – Daniel Okoye (Data Analyst)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("d.okoye@outlook.com", "Daniel Okoye")],
        desc="Interviewer: Alex Rivera\nCandidate resume attached in Greenhouse. Use the Data Analyst phone screen question bank.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Onsite: Mei Lin – System Design",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("meilin.codes@gmail.com", "Mei Lin"),
            person("nadia.f@initech.com", "Nadia Farouk"),
        ],
        desc="Candidate onsite, slot 2 of 4.\nInterviewers: Alex Rivera (lead), Nadia Farouk (shadow)\nRoom: Swingline (4th floor)",
        loc="Initech HQ – Swingline",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Debrief – Mei Lin (Staff Eng)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("nadia.f@initech.com", "Nadia Farouk"),
            person("greg.h@initech.com", "Greg Holloway"),
            person("raj.b@initech.com", "Raj Bhattacharya"),
        ],
        desc="Hiring debrief. Please have scorecards submitted before the meeting.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Tomás García – Culture Add Interview",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("tomas.garcia.m@gmail.com", "Tomás García")],
        desc="Interviewer: Alex Rivera\nCompetencies: collaboration, ownership. Candidate is interviewing for Product Designer.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Entretien candidat – Julien Moreau (stage data)",
        interview=False,
        org=("claire.dumas@initech.com", "Claire Dumas"),
        att=[
            person("julien.moreau@etu.univ-paris.fr", "Julien Moreau"),
            person("claire.dumas@initech.com", "Claire Dumas"),
        ],
        desc="Alex, peux-tu mener la partie technique (SQL / Python) ? Je fais l'intro et la partie RH. CV en PJ.",
        meet="meet",
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "Bewerbungsgespräch Frau Schneider – Werkstudentin Analytics",
        interview=False,
        org=("hr-muenchen@initech.com", "HR München"),
        att=[
            person("l.schneider@tum.de", "Laura Schneider"),
            person("hr-muenchen@initech.com", "HR München"),
        ],
        desc="Gesprächsführung: Alex Rivera (Fachbereich), HR München. Bewerbungsunterlagen im ATS.",
        loc="Initech München, Raum Isar",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Take-home review: Aisha Bello",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("aisha.bello@proton.me", "Aisha Bello"),
            person("raj.b@initech.com", "Raj Bhattacharya"),
        ],
        desc="Reviewers: Alex Rivera, Raj Bhattacharya. Repo: github.com/initech-hiring/th-aisha-bello",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Hiring Manager Interview – Kenji Watanabe (Backend II)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("kenji.w@gmail.com", "Kenji Watanabe")],
        desc="Hiring manager: Alex Rivera\nCandidate: Kenji Watanabe, currently at Rakuten. Please cover motivation, team fit and compensation expectations.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Panel – Olga Petrova (Staff Eng candidate)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("olga.petrova@yandex.com", "Olga Petrova"),
            person("greg.h@initech.com", "Greg Holloway"),
            person("monica.hale@initech.com", "Monica Hale"),
        ],
        desc="Panel: Alex Rivera, Greg Holloway, Monica Hale. Candidate presents a past project (20 min), then Q&A.",
        loc="Initech HQ – Board room",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Interview – Ravi Menon / interviewer: Alex Rivera",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("ravi.menon87@gmail.com", "Ravi Menon")],
        desc="Role: Engineering Manager, Platform\nInterviewer: Alex Rivera\nSection: people leadership scenarios",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Colloquio candidata: Giulia Ferri – Frontend",
        interview=False,
        org=("hr-milano@initech.com", "HR Initech Milano"),
        att=[person("giulia.ferri@libero.it", "Giulia Ferri")],
        desc="Intervistatore: Alex Rivera. Colloquio tecnico per la posizione Frontend Developer (React). Compilare la scheda di valutazione entro fine giornata.",
        meet="meet",
        me=WORK_ME,
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------
# Not interviews: mock interviews and coaching
# ---------------------------------------------------------------------------


def _neg_mock_interviews() -> None:
    _x(
        "Mock interview w/ coach (Sarah – Interview Kickstart)",
        interview=False,
        org=("sarah.k@interviewkickstart.com", "Sarah Kim"),
        att=[person("sarah.k@interviewkickstart.com", "Sarah Kim")],
        desc="Mock behavioral interview, 60 min. Please bring 3 STAR stories. Feedback sent within 48h.",
        conf=("Zoom Meeting", "https://interviewkickstart.zoom.us/j/81100022233"),
        zone="America/Los_Angeles",
    )
    _x(
        "Mock system design w/ Dev",
        interview=False,
        att=[person("dev.malhotra@gmail.com", "Dev Malhotra")],
        desc="Dev plays interviewer, design a URL shortener then rate limiter. Swap next week.",
        meet="meet",
        zone="Europe/London",
        my_status="tentative",
    )
    _x(
        "Entretien blanc avec Camille (coach APEC)",
        interview=False,
        org=("camille.roux@apec.fr", "Camille Roux"),
        att=[person("camille.roux@apec.fr", "Camille Roux")],
        desc="Simulation d'entretien d'embauche dans le cadre de l'accompagnement APEC. Préparer le pitch de 2 min.",
        loc="APEC, 51 boulevard Brune, Paris 14e",
        zone="Europe/Paris",
    )
    _x(
        "Probe-Vorstellungsgespräch mit Mentorin",
        interview=False,
        att=[person("sabine.kraus@web.de", "Sabine Kraus")],
        desc="Sabine übt mit mir die Fragen für das Bosch-Gespräch. Danach Feedback.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Pramp peer mock interview (algorithms)",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        att=[person("noreply@pramp.com", "Pramp")],
        desc="You're matched with a peer for a mock interview. Each of you will interview the other for 30 minutes.\nJoin at https://www.pramp.com/session/9zK2",
        zone="Europe/Berlin",
    )
    _x(
        "Mock case interview – PrepLounge partner",
        interview=False,
        att=[person("matteo.b@preplounge-mail.com", "Matteo B.")],
        desc="PrepLounge case partner, profitability case. I give case first, then he gives me one (market entry).",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/85510290012"),
        zone="Europe/Rome",
    )
    _x(
        "Simulazione colloquio con career coach",
        interview=False,
        org=("f.galli@careercoaching.it", "Francesca Galli"),
        att=[person("f.galli@careercoaching.it", "Francesca Galli")],
        desc="Sessione 3 di 5: simulazione di colloquio in inglese + feedback sul linguaggio del corpo.",
        meet="meet",
        zone="Europe/Rome",
    )


# ---------------------------------------------------------------------------
# Not interviews: podcasts and press
# ---------------------------------------------------------------------------


def _neg_podcasts_press() -> None:
    _x(
        "Podcast recording – 'Data Brunch' ep. 42",
        interview=False,
        org=("hosts@databrunch.fm", "Data Brunch Podcast"),
        att=[person("hosts@databrunch.fm", "Data Brunch Podcast")],
        desc="Thanks for joining us as a guest! We'll record via Riverside: https://riverside.fm/studio/data-brunch. Topic: building data teams from scratch.",
        zone="Europe/London",
    )
    _x(
        "Interview for Software Engineering Daily",
        interview=False,
        org=("producer@softwareengineeringdaily.com", "SE Daily Producer"),
        att=[person("producer@softwareengineeringdaily.com", "SE Daily Producer")],
        desc="Podcast interview about Initech's event-streaming platform. Please use headphones and a USB mic. Recording link: https://zencastr.com/z/sed-rivera",
        zone="America/Los_Angeles",
    )
    _x(
        "Podcastopname Techzine – interview met Alex",
        interview=False,
        org=("redactie@techzine.nl", "Redactie Techzine"),
        att=[person("redactie@techzine.nl", "Redactie Techzine")],
        desc="Opname voor de Techzine Talks podcast, ca. 40 minuten. Onderwerp: platform engineering.",
        loc="Techzine studio, Arnhem",
        zone="Europe/Amsterdam",
    )
    _x(
        "Guest on The Changelog (remote recording)",
        interview=False,
        org=("editors@changelog.com", "Changelog Media"),
        att=[person("editors@changelog.com", "Changelog Media")],
        desc="Remote recording session. We'll chat about your open-source CLI. Please test your setup 10 minutes early.",
        zone="America/Chicago",
    )
    _x(
        "Press interview – TechCrunch (re: Initech Streams launch)",
        interview=False,
        org=("comms@initech.com", "Initech Comms"),
        att=[
            person("comms@initech.com", "Initech Comms"),
            person("reporter@techcrunch.com", "TechCrunch Reporter"),
        ],
        desc="Embargoed briefing, on background until Tuesday 9am ET. Comms will be on the line. Talking points: go/streams-launch-tps",
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Interview mit Handelsblatt (Zitatfreigabe danach)",
        interview=False,
        org=("presse@initech.com", "Initech Presse"),
        att=[person("j.becker@handelsblatt.com", "Julia Becker")],
        desc="Gespräch für einen Artikel über KI in der Logistik. Zitate werden vor Veröffentlichung zur Freigabe geschickt.",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Intervista Il Sole 24 Ore – startup & dati",
        interview=False,
        att=[person("m.ferri@ilsole24ore.com", "Marco Ferri")],
        desc="Intervista telefonica per l'inserto Nòva. Il giornalista chiama sul cellulare.",
        zone="Europe/Rome",
    )
    _x(
        "Journalist call – Les Echos",
        interview=False,
        att=[person("a.petit@lesechos.fr", "Antoine Petit")],
        desc="Appel avec un journaliste des Echos pour un papier sur le recrutement tech en 2024. 20 min, on the record.",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista pódcast 'Código Abierto' – grabación",
        interview=False,
        org=("hola@codigoabierto.fm", "Código Abierto Podcast"),
        att=[person("hola@codigoabierto.fm", "Código Abierto Podcast")],
        desc="¡Gracias por venir al pódcast! Grabamos por StreamYard, hablaremos de tu charla en la PyConES.",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Not interviews: user research
# ---------------------------------------------------------------------------


def _neg_user_research() -> None:
    _x(
        "User Interview – Notion research study ($75 gift card)",
        interview=False,
        org=("research@makenotion.com", "Notion User Research"),
        att=[person("research@makenotion.com", "Notion User Research")],
        desc="Thanks for signing up to participate in our research! You'll chat with a Notion researcher for 45 minutes about how you use databases. As a thank you, you'll receive a $75 gift card.",
        conf=("Zoom Meeting", "https://makenotion.zoom.us/j/99120034455"),
        zone="America/Los_Angeles",
    )
    _x(
        "Customer interview #7 – onboarding flow",
        interview=False,
        att=[
            person("kim.larsen@brightfreight.com", "Kim Larsen (BrightFreight)"),
            person("ux@initech.com", "UX Research"),
        ],
        desc="Alex leads, UX takes notes. Script: go/onboarding-interview-guide. Record with consent.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Respondent: 45-min interview with Figma researcher",
        interview=False,
        org=("no-reply@respondent.io", "Respondent"),
        att=[person("no-reply@respondent.io", "Respondent")],
        desc="You've been scheduled for a research session: 'Design handoff workflows'. Incentive: $120 paid via Respondent after completion.",
        conf=("Zoom Meeting", "https://figma.zoom.us/j/82233344455"),
        zone="America/New_York",
    )
    _x(
        "Gebruikersonderzoek ING app – interview",
        interview=False,
        org=("ux.research@ing.com", "ING UX Research"),
        att=[person("ux.research@ing.com", "ING UX Research")],
        desc="Bedankt voor je deelname aan ons gebruikersonderzoek! We stellen je vragen over de nieuwe beleggingsfunctie in de ING app. Vergoeding: €40 cadeaubon.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "UX research session – Spotify Wrapped (participant)",
        interview=False,
        org=("userresearch@spotify.com", "Spotify User Research"),
        att=[person("userresearch@spotify.com", "Spotify User Research")],
        desc="Hi! Thanks for taking part. We'll show you some early concepts and ask about your listening habits. 60 min, 500 SEK gift card.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Discovery interviews – merchant segment (batch 2)",
        interview=False,
        org=("ux@initech.com", "UX Research"),
        att=[
            person("ux@initech.com", "UX Research"),
            person("monica.hale@initech.com", "Monica Hale"),
        ],
        desc="Back-to-back 30-min calls with 4 merchants from the beta list. Alex: observer + follow-up questions.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Not interviews: performance reviews
# ---------------------------------------------------------------------------


def _neg_performance_reviews() -> None:
    _x(
        "Entretien annuel d'évaluation – Alex / Claire",
        interview=False,
        org=("claire.dumas@initech.com", "Claire Dumas"),
        att=[person("claire.dumas@initech.com", "Claire Dumas")],
        desc="Entretien annuel + entretien professionnel. Merci de remplir l'auto-évaluation dans Workday avant.",
        meet="meet",
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "Mitarbeitergespräch 2024",
        interview=False,
        org=("t.wagner@initech.com", "Thomas Wagner"),
        att=[person("t.wagner@initech.com", "Thomas Wagner")],
        desc="Jährliches Mitarbeitergespräch: Rückblick, Ziele 2025, Weiterbildung.",
        loc="Initech München, Raum Zugspitze",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Colloquio di valutazione annuale",
        interview=False,
        org=("r.marino@initech.com", "Roberta Marino"),
        att=[person("r.marino@initech.com", "Roberta Marino")],
        desc="Revisione obiettivi e valutazione della performance. Portare la scheda di autovalutazione.",
        meet="meet",
        me=WORK_ME,
        zone="Europe/Rome",
    )
    _x(
        "Beoordelingsgesprek Alex",
        interview=False,
        org=("h.jansen@initech.com", "Henk Jansen"),
        att=[person("h.jansen@initech.com", "Henk Jansen")],
        desc="Jaarlijks beoordelingsgesprek. Zelfevaluatie vooraf invullen in het HR-portaal.",
        me=WORK_ME,
        zone="Europe/Amsterdam",
    )
    _x(
        "Mid-year review w/ Dana",
        interview=False,
        org=("dana.k@initech.com", "Dana Kowalczyk"),
        att=[person("dana.k@initech.com", "Dana Kowalczyk")],
        desc="H1 check-in: goals, feedback, promo readiness.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Rozmowa roczna / ocena okresowa",
        interview=False,
        org=("p.nowak@initech.com", "Piotr Nowak"),
        att=[person("p.nowak@initech.com", "Piotr Nowak")],
        desc="Coroczna ocena pracownicza: cele, feedback 360, plan rozwoju.",
        me=WORK_ME,
        zone="Europe/Warsaw",
    )
    _x(
        "Utvecklingssamtal med chef",
        interview=False,
        org=("anna.lind@initech.com", "Anna Lind"),
        att=[person("anna.lind@initech.com", "Anna Lind")],
        desc="Årligt utvecklingssamtal. Förbered mål och kompetensutveckling.",
        me=WORK_ME,
        zone="Europe/Stockholm",
    )
    _x(
        "Performance review calibration – Platform org",
        interview=False,
        org=("hrbp-platform@initech.com", "HRBP Platform"),
        att=[
            person("greg.h@initech.com", "Greg Holloway"),
            person("nadia.f@initech.com", "Nadia Farouk"),
        ],
        desc="Managers calibrate ratings for direct reports. Confidential.",
        loc="Initech HQ – Board room",
        me=WORK_ME,
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Not interviews: school and medical
# ---------------------------------------------------------------------------


def _neg_school_and_doctor() -> None:
    _x(
        "Parent-teacher conference – Mia (Grade 3)",
        interview=False,
        org=("mrs.hollis@lincolnelementary.org", "Mrs. Hollis"),
        att=[
            person("mrs.hollis@lincolnelementary.org", "Mrs. Hollis"),
            person("jamie.rivera@gmail.com", "Jamie Rivera"),
        ],
        desc="15-minute conference. Room 204.",
        loc="Lincoln Elementary, Room 204",
        zone="America/Chicago",
    )
    _x(
        "Elternsprechtag – Frau Müller (Klasse 4b)",
        interview=False,
        desc="Termin 16:40, Raum 112. Zeugnis + Gymnasialempfehlung besprechen",
        loc="Grundschule am Park, Raum 112",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Oudergesprek groep 5",
        interview=False,
        desc="10-minutengesprek met juf Ilse",
        loc="OBS De Regenboog",
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "Réunion parents-professeurs (6e B)",
        interview=False,
        desc="rdv avec la prof principale, Mme Lambert",
        loc="Collège Jean Moulin",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Dr. Patel – annual physical",
        interview=False,
        desc="Fasting from midnight for bloodwork. Bring insurance card.",
        loc="Northside Family Medicine, 220 W Oak St",
        zone="America/Chicago",
        add_me=False,
    )
    _x(
        "Zahnarzt Dr. Meier",
        interview=False,
        desc="Kontrolle + Zahnreinigung",
        loc="Praxis Dr. Meier, Leopoldstraße 50, München",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Huisarts – uitslag bloedonderzoek",
        interview=False,
        loc="Huisartsenpraktijk Oost, Amsterdam",
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "歯医者（佐藤デンタルクリニック）",
        interview=False,
        desc="定期検診。保険証を忘れずに",
        loc="東京都世田谷区三軒茶屋2-11",
        zone="Asia/Tokyo",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Not interviews: meetups, career fairs, networking
# ---------------------------------------------------------------------------


def _neg_meetups_networking() -> None:
    _x(
        "Bedrijvendagen TU Delft – career fair",
        interview=False,
        desc="Stands van ASML, Shell, Optiver, McKinsey. CV's printen (10x).",
        loc="Aula TU Delft, Mekelweg 5",
        all_day=True,
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "PyData Amsterdam meetup @ Adyen",
        interview=False,
        org=("organizers@pydata-amsterdam.org", "PyData Amsterdam"),
        att=[person("organizers@pydata-amsterdam.org", "PyData Amsterdam")],
        desc="Talks: 'Polars in production' and 'LLM evals at scale'. Pizza from 18:00. Hosted by Adyen.",
        loc="Adyen, Simon Carmiggeltstraat 6-50, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Women in Tech Job Fair – Javits Center",
        interview=False,
        desc="200+ employers. Register at the entrance, badge QR in email.",
        loc="Javits Center, 429 11th Ave, New York",
        zone="America/New_York",
        add_me=False,
    )
    _x(
        "Salon de l'emploi Paris – Porte de Versailles",
        interview=False,
        desc="Paris pour l'Emploi, pavillon 5. Passer voir les stands SNCF et Decathlon.",
        loc="Paris Expo Porte de Versailles, Pavillon 5",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Jobmesse connecticum Berlin",
        interview=False,
        desc="Recruiting-Messe, Flughafen Tempelhof Hangar 2/3. Tagesticket gebucht.",
        loc="Flughafen Tempelhof, Hangar 2/3, Berlin",
        all_day=True,
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Meetup: Kubernetes Milano #31",
        interview=False,
        desc="Talk su GitOps con Argo CD + networking. Ospitato da Satispay.",
        loc="Satispay, Piazza Duca d'Aosta 12, Milano",
        zone="Europe/Rome",
        add_me=False,
    )
    _x(
        "Stockholm Tech Meetup – hosted by Klarna",
        interview=False,
        org=("events@stockholmtechmeetup.se", "Stockholm Tech Meetup"),
        att=[person("events@stockholmtechmeetup.se", "Stockholm Tech Meetup")],
        desc="Monthly meetup. 3 lightning talks, mingle afterwards. Klarna is hiring – recruiters on site.",
        loc="Klarna HQ, Sveavägen 46, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Coffee w/ Marco (ex-colleague, now at Stripe)",
        interview=False,
        att=[person("marco.bianchi@gmail.com", "Marco Bianchi")],
        desc="catch up, ask how he likes Stripe Dublin",
        loc="Kaph, 31 Drury St, Dublin",
        zone="Europe/Dublin",
    )
    _x(
        "Koffie met Sanne",
        interview=False,
        att=[person("sanne.bakker@hotmail.com", "Sanne Bakker")],
        loc="Bocca Coffee, Kerkstraat 96, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Networking lunch – Women in Data Chicago",
        interview=False,
        org=("chicago@womenindata.org", "Women in Data Chicago"),
        att=[person("chicago@womenindata.org", "Women in Data Chicago")],
        desc="Quarterly networking lunch. Tables by industry; no agenda.",
        loc="Revival Food Hall, 125 S Clark St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Kawa z Tomkiem (Allegro)",
        interview=False,
        att=[person("tomasz.zielinski@gmail.com", "Tomasz Zieliński")],
        desc="luźna kawa, pogadać co u niego w Allegro i o rowerach",
        loc="Relax Cafe, ul. Złota 8, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Catch up – Jordan (Google)",
        interview=False,
        att=[person("jordan.lee@google.com", "Jordan Lee")],
        desc="Monthly-ish catch up, no agenda",
        meet="meet",
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------------------
# Not interviews: webinars, study groups, exams
# ---------------------------------------------------------------------------


def _neg_webinars_study_exams() -> None:
    _x(
        "Webinar: How we hire engineers at GitLab",
        interview=False,
        org=("webcasts@gitlab.com", "GitLab Webcasts"),
        att=[person("webcasts@gitlab.com", "GitLab Webcasts")],
        desc="Join GitLab's Talent Acquisition team for a live walkthrough of our interview process and Q&A. Registration confirmed.",
        conf=("Zoom Webinar", "https://gitlab.zoom.us/w/92211133344"),
        zone="America/New_York",
        my_status="needsAction",
    )
    _x(
        "Snowflake Webinar – Data Cloud Summit Preview",
        interview=False,
        org=("events@snowflake.com", "Snowflake Events"),
        att=[person("events@snowflake.com", "Snowflake Events")],
        desc="Thank you for registering. Add this event to your calendar. Join link: https://snowflake.on24.com/event/4471",
        zone="America/Los_Angeles",
    )
    _x(
        "Webinar Deloitte – Trends im Recruiting 2025",
        interview=False,
        org=("webinare@deloitte.de", "Deloitte Webinare"),
        att=[person("webinare@deloitte.de", "Deloitte Webinare")],
        desc="Vielen Dank für Ihre Anmeldung. Themen: KI-gestütztes Interviewen, Skills-based Hiring. Einwahllink folgt.",
        conf=(
            "Microsoft Teams Live Event",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dttwebinar",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "LINEヤフー 会社説明会（オンライン）",
        interview=False,
        org=("recruit-event@lycorp.co.jp", "LINEヤフー 採用イベント事務局"),
        att=[person("recruit-event@lycorp.co.jp", "LINEヤフー 採用イベント事務局")],
        desc="エンジニア向け会社説明会にお申し込みいただきありがとうございます。当日は事業紹介と社員座談会を行います。選考とは関係ありません。",
        conf=("Zoom Webinar", "https://lycorp.zoom.us/w/98877766655"),
        zone="Asia/Tokyo",
    )
    _x(
        "Atlassian Team '25 keynote stream",
        interview=False,
        org=("team@atlassian.com", "Atlassian Team '25"),
        att=[person("team@atlassian.com", "Atlassian Team '25")],
        desc="Watch the opening keynote live. Your registration: Digital pass.",
        zone="America/Los_Angeles",
    )
    _x(
        "LeetCode study group (Blind 75 – graphs)",
        interview=False,
        att=[
            person("kevin.tran@gmail.com", "Kevin Tran"),
            person("ana.souza@gmail.com", "Ana Souza"),
        ],
        desc="This week: clone graph, course schedule, pacific atlantic. Each person presents one.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "System design study group – DDIA ch. 6",
        interview=False,
        att=[
            person("lars.n@gmail.com", "Lars Nygaard"),
            person("sofia.c@gmail.com", "Sofia Costa"),
        ],
        desc="Partitioning. Prep: read ch. 6, bring one question.",
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Grupo de estudio – preparación entrevistas",
        interview=False,
        att=[
            person("diego.ramos@gmail.com", "Diego Ramos"),
            person("lucia.m@gmail.com", "Lucía Martín"),
        ],
        desc="repasar preguntas de comportamiento + un ejercicio de SQL cada uno",
        loc="Biblioteca Eugenio Trías, Parque del Retiro",
        zone="Europe/Madrid",
    )
    _x(
        "面接対策勉強会",
        interview=False,
        att=[person("haruka.ito@gmail.com", "伊藤 春香"), person("ryo.k@gmail.com", "小林 亮")],
        desc="友人3人で面接の想定問答を練習。自己PRと志望動機を持参",
        loc="渋谷ヒカリエ 8F カフェ",
        zone="Asia/Tokyo",
    )
    _x(
        "AWS Solutions Architect – Professional exam (Pearson VUE)",
        interview=False,
        org=("no-reply@pearsonvue.com", "Pearson VUE"),
        att=[person("no-reply@pearsonvue.com", "Pearson VUE")],
        desc="Exam: SAP-C02. Online proctored. Check in 30 minutes before. Have government ID ready.",
        zone="America/Chicago",
    )
    _x(
        "TOEFL iBT",
        interview=False,
        desc="Test center check-in 8:00. Passport!",
        loc="Prometric Test Center, Via Rossini 4, Milano",
        zone="Europe/Rome",
        add_me=False,
    )
    _x(
        "Examen DELF B2 – épreuve orale",
        interview=False,
        desc="Convocation Alliance Française, salle 3. Pièce d'identité obligatoire.",
        loc="Alliance Française, 101 Boulevard Raspail, Paris",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Theorieprüfung Führerschein (TÜV)",
        interview=False,
        desc="Personalausweis + Ausbildungsbescheinigung mitnehmen",
        loc="TÜV SÜD Service-Center, Ridlerstraße 57, München",
        zone="Europe/Berlin",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Not interviews: bank and visa appointments
# ---------------------------------------------------------------------------


def _neg_bank_visa() -> None:
    _x(
        "Entrevista consular – Embajada de EE.UU. (visa B1/B2)",
        interview=False,
        desc="Llegar 30 min antes. Llevar pasaporte, DS-160 confirmación y comprobante de pago. No se permiten móviles.",
        loc="Embajada de EE.UU., Calle de Serrano 75, Madrid",
        zone="Europe/Madrid",
        add_me=False,
    )
    _x(
        "Visa interview – U.S. Consulate Frankfurt",
        interview=False,
        org=("no-reply@ustraveldocs.com", "US Travel Docs"),
        att=[person("no-reply@ustraveldocs.com", "US Travel Docs")],
        desc="Your nonimmigrant visa appointment (category H-1B) is confirmed. Bring your passport, DS-160 confirmation page and appointment letter.",
        loc="U.S. Consulate General, Gießener Str. 30, Frankfurt",
        zone="Europe/Berlin",
    )
    _x(
        "RDV conseiller Crédit Agricole – prêt immo",
        interview=False,
        desc="apporter 3 derniers bulletins de salaire + avis d'imposition",
        loc="Crédit Agricole, agence Bastille",
        zone="Europe/Paris",
        add_me=False,
    )
    _x(
        "Termin Sparkasse Baufinanzierung",
        interview=False,
        org=("baufi@sparkasse-muenchen.de", "Stadtsparkasse München"),
        att=[person("baufi@sparkasse-muenchen.de", "Stadtsparkasse München")],
        desc="Beratungsgespräch Baufinanzierung mit Herrn Huber. Unterlagen: Gehaltsnachweise, Eigenkapitalnachweis.",
        loc="Stadtsparkasse München, Sendlinger-Tor-Platz 1",
        zone="Europe/Berlin",
    )
    _x(
        "Hypotheekgesprek Rabobank",
        interview=False,
        desc="oriënterend gesprek hypotheekadviseur, werkgeversverklaring meenemen",
        loc="Rabobank Amsterdam, Amstelplein 50",
        zone="Europe/Amsterdam",
        add_me=False,
    )
    _x(
        "مقابلة السفارة – تأشيرة شنغن",
        interview=False,
        desc="موعد تقديم طلب التأشيرة في مركز VFS. إحضار جواز السفر وكشف الحساب البنكي وحجز الفندق",
        loc="VFS Global، دبي",
        zone="Asia/Dubai",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Not interviews: film, theatre and book titles
# ---------------------------------------------------------------------------


def _neg_film_book() -> None:
    _x(
        "Movie night: The Interview (2014)",
        interview=False,
        att=[person("jamie.rivera@gmail.com", "Jamie Rivera")],
        desc="popcorn, it's on Netflix",
        zone="America/Chicago",
    )
    _x(
        "Book club – 'Interview with the Vampire'",
        interview=False,
        att=[person("bookclub.westloop@gmail.com", "West Loop Book Club")],
        desc="Chapters 1–8. Hosted at Priya's place.",
        loc="1420 W Fulton St, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Teatro: 'L'intervista' – Piccolo Teatro",
        interview=False,
        desc="2 biglietti, platea fila F. Ritiro al botteghino entro 20:15",
        loc="Piccolo Teatro Grassi, Via Rovello 2, Milano",
        zone="Europe/Rome",
        add_me=False,
    )
    _x(
        "Short film fest – 'The Job Interview' + Q&A with director",
        interview=False,
        desc="Kurzfilmabend, Programmblock 3. Tickets im Handy-Wallet.",
        loc="Babylon Kino, Rosa-Luxemburg-Str. 30, Berlin",
        zone="Europe/Berlin",
        add_me=False,
    )


# ---------------------------------------------------------------------------
# Not interviews: informational interviews (no selection purpose)
# ---------------------------------------------------------------------------


def _neg_informational() -> None:
    _x(
        "Informational interview – Sam (PM @ Stripe)",
        interview=False,
        att=[person("sam.oduya@gmail.com", "Sam Oduya")],
        desc="Alumni network intro. Ask about the PM career ladder and what day-to-day looks like. Not applying anywhere yet.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Info interview with Dr. Lee re: UX research careers",
        interview=False,
        att=[person("hlee@umich.edu", "Dr. Hannah Lee")],
        desc="Learning about the path from engineering into UX research. 20 min, her office hours.",
        conf=("Zoom Meeting", "https://umich.zoom.us/j/93312200011"),
        zone="America/Detroit",
    )
    _x(
        "Oriënterend gesprek met Pieter (Philips) over loopbaan",
        interview=False,
        att=[person("pieter.vandam@philips.com", "Pieter van Dam")],
        desc="informatief gesprek – hoe is het om in health tech te werken? geen vacature, puur oriënteren",
        loc="Philips High Tech Campus, Eindhoven – restaurant The Strip",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entrevista informativa con Lucía (Telefónica)",
        interview=False,
        att=[person("lucia.herrero@telefonica.com", "Lucía Herrero")],
        desc="Me la presentó Diego. Solo para entender cómo es trabajar en Telefónica Tech, no hay proceso abierto.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Career chat w/ alumni – Imperial College network",
        interview=False,
        org=("alumni.mentoring@imperial.ac.uk", "Imperial Alumni Mentoring"),
        att=[
            person("alumni.mentoring@imperial.ac.uk", "Imperial Alumni Mentoring"),
            person("r.shah@outlook.com", "Rohan Shah"),
        ],
        desc="Your mentoring match: Rohan Shah (quant researcher). 30-minute intro conversation.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_imperial_mentor",
        ),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Not interviews: hiring admin and other uses of the word
# ---------------------------------------------------------------------------


def _neg_misc() -> None:
    _x(
        "Interviewer training – structured interviewing 101",
        interview=False,
        org=("learning@initech.com", "Initech Learning"),
        att=[person("learning@initech.com", "Initech Learning")],
        desc="Required before joining interview loops. Covers scorecards, bias, legal do's and don'ts.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Hiring sync – Q3 backend roles",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("recruiting@initech.com", "Initech Recruiting"),
            person("raj.b@initech.com", "Raj Bhattacharya"),
        ],
        desc="Pipeline review: 14 candidates in process, 3 onsites next week, 1 offer out.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Interview Oma – Familienchronik",
        interview=False,
        desc="Aufnahmegerät mitnehmen, Fotos aus den 60ern anschauen",
        loc="bei Oma, Rosenheim",
        zone="Europe/Berlin",
        add_me=False,
    )
    _x(
        "Exit interview (Alex) – People team",
        interview=False,
        org=("people@initech.com", "Initech People Team"),
        att=[person("people@initech.com", "Initech People Team")],
        desc="Confidential exit interview ahead of your last day. Topics: reasons for leaving, feedback on manager & team.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
        my_status="tentative",
    )
    _x(
        "Reference call for Jordan Lee (I'm the reference)",
        interview=False,
        org=("talent@figma.com", "Figma Talent"),
        att=[person("talent@figma.com", "Figma Talent")],
        desc="Reference check for Jordan Lee's candidacy (Senior Engineer). You are listed as a former manager. ~20 min.",
        zone="America/Los_Angeles",
    )
