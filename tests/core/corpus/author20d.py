# ruff: noqa: E501 -- data: event texts as written
"""Part author20d, written by hand for followup's calendar corpus: six weeks of Alex Rivera's personal and Initech work calendars while job-hunting in sixteen countries at once (US, UK, Netherlands, Germany, France, Spain, Italy, Poland, Sweden, Brazil, Mexico, India, Japan, Korea, China, Turkey). About half the events are Alex's own interviews as the candidate: ATS and scheduling-tool invitations, agency recruiters with and without a named client, Alex's own hurried entries (abbreviations, typos, emoji, mixed languages, nicknames, stage numbers), split onsites, reschedules, trial days, case and technical rounds, assessment centres and "informal" coffees. The rest are look-alikes using the same words: prep, travel, thank-you reminders, mock interviews, coaching, fairs, webinars, self-paced tests and deadlines, informational chats, networking, Alex's Initech job (interviews Alex runs, debriefs, hiring committee, 1:1s, reviews, vendors, offsite), friends' and family's interviews, medical, legal, school, housing and civic appointments, press, podcasts, user research and hobbies. All names, companies and texts are invented."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author20d", **kw)


def build() -> None:
    _ats_invitations()
    _scheduling_tools()
    _agency_recruiters()
    _own_quick_entries()
    _split_onsites()
    _reschedules()
    _trials_cases_assessments()
    _informal_coffees()
    _prep_and_reminders()
    _travel_and_thanks()
    _mock_and_coaching()
    _fairs_webinars_tests()
    _networking_and_info_chats()
    _initech_work()
    _friends_and_family()
    _appointments()
    _press_research_hobbies()


def _ats_invitations() -> None:
    _x(
        "Interview: Alex Rivera - Senior Data Engineer (Video)",
        interview=True,
        company="Tallgrass Analytics",
        role="Senior Data Engineer",
        org=("dana.whitlock@tallgrassanalytics.com", "Dana Whitlock"),
        att=[person("ravi.menon@tallgrassanalytics.com", "Ravi Menon")],
        desc=(
            "Hi Alex,\n\nThanks for making time to speak with Tallgrass Analytics! This is a 45 minute video call "
            "with Ravi Menon, Engineering Manager on the Pipelines team.\n\nPlease join using the Zoom link below. "
            "If you need to reschedule, reply to this email or use the link in your candidate portal.\n\n"
            "Powered by Greenhouse"
        ),
        conf=("Zoom Meeting", "https://tallgrass.zoom.us/j/93120458812"),
        zone="America/Chicago",
    )
    _x(
        "Kestrel Pay | Alex Rivera | Hiring Manager Interview",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("talent@kestrelpay.co.uk", "Kestrel Pay Talent"),
        att=[
            person("imogen.hartley@kestrelpay.co.uk", "Imogen Hartley"),
            person("interviews+c4481@kestrelpay.ashbyhq.com", None, status="needsAction"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>You're confirmed for your <b>Hiring Manager Interview</b> for the "
            "<b>Staff Backend Engineer, Payouts</b> role.</p><ul><li>Interviewer: Imogen Hartley (Head of Payouts Engineering)</li>"
            "<li>Duration: 45 min</li><li>Format: Google Meet</li></ul><p>Imogen will want to hear about a system you've owned end to end. "
            "No preparation needed beyond that.</p><p>Best,<br>Kestrel Pay Talent team</p>"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Vlonder x Alex Rivera – Technical interview",
        interview=True,
        company="Vlonder",
        role="Backend Engineer (Go)",
        org=("recruitment@vlonder.nl", "Vlonder Recruitment"),
        att=[
            person("sanne.vdberg@vlonder.nl", "Sanne van den Berg"),
            person("koen.bakker@vlonder.nl", "Koen Bakker"),
        ],
        desc=(
            "Hi Alex,\n\nHierbij de uitnodiging voor het technische interview voor de rol Backend Engineer (Go). "
            "Sorry, let me switch to English :) You'll pair with Sanne and Koen on a small problem in Go for 60 minutes. "
            "Bring your own editor, we'll share screens.\n\nAddress if you prefer to come in: Vlonder, Wibautstraat 212, Amsterdam (3rd floor, ring 'Vlonder').\n\n"
            "Sent via Recruitee"
        ),
        loc="Google Meet / Wibautstraat 212, Amsterdam",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Vorstellungsgespräch – Nordlicht Mobility GmbH",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Software Engineer Plattform (m/w/d)",
        org=("jobs@nordlicht-mobility.de", "Nordlicht Mobility Recruiting"),
        att=[person("henrike.albers@nordlicht-mobility.de", "Henrike Albers")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Senior Software Engineer Plattform (m/w/d). "
            "Wir freuen uns, dich zu einem ersten Kennenlerngespräch mit Henrike Albers (Teamlead Plattform) einzuladen.\n\n"
            "Dauer: ca. 30 Minuten\nOrt: Microsoft Teams (Link unten)\n\n"
            "Viele Grüße\nDein Recruiting-Team von Nordlicht Mobility\n\n-- Diese Einladung wurde über Personio versendet."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk1YjAt%40thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien RH – Maison Calisson – Alex Rivera",
        interview=True,
        company="Maison Calisson",
        role="Lead Data Engineer",
        org=("camille.roussel@maisoncalisson.fr", "Camille Roussel"),
        desc=(
            "Bonjour Alex,\n\nComme convenu, je vous confirme notre entretien RH pour le poste de Lead Data Engineer "
            "(CDI, Marseille / hybride).\n\nCet échange d'environ 30 minutes portera sur votre parcours, vos attentes "
            "et le déroulé du processus.\n\nBien cordialement,\nCamille Roussel\nTalent Acquisition – Maison Calisson"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica - Olivar Energía",
        interview=True,
        company="Olivar Energía",
        role="Ingeniero/a de Datos Senior",
        org=("seleccion@olivarenergia.es", "Selección Olivar"),
        att=[
            person("jorge.sanmartin@olivarenergia.es", "Jorge Sanmartín"),
            person("lucia.ortega@olivarenergia.es", "Lucía Ortega"),
        ],
        desc=(
            "Hola Alex,\n\nTe confirmamos la entrevista técnica para la posición de Ingeniero/a de Datos Senior. "
            "Estarán Jorge (Data Platform) y Lucía (Arquitectura). Duración: 75 minutos, incluye un ejercicio de diseño "
            "de pipelines en pizarra compartida.\n\nUn saludo,\nEquipo de Selección\n\nEnviado con Teamtailor"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OliV4r%40thread.v2/0",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Colloquio conoscitivo | Lanterna Assicurazioni",
        interview=True,
        company="Lanterna Assicurazioni",
        role="Data Platform Engineer",
        org=("hr.selezione@lanterna-assicurazioni.it", "Selezione Lanterna"),
        att=[person("federica.colombo@lanterna-assicurazioni.it", "Federica Colombo")],
        desc=(
            "Gentile Alex,\n\ncon la presente le confermiamo il colloquio conoscitivo per la posizione di Data Platform Engineer "
            "presso la nostra sede di Genova (modalità da remoto).\n\nDurata prevista: 40 minuti.\n\nCordiali saluti,\n"
            "Federica Colombo\nHR – Lanterna Assicurazioni S.p.A."
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna: Bursztyn Systems / Alex Rivera",
        interview=True,
        company="Bursztyn Systems",
        role="Senior Python Developer",
        org=("rekrutacja@bursztyn.systems", "Zespół Rekrutacji Bursztyn"),
        att=[person("marta.zielinska@bursztyn.systems", "Marta Zielińska")],
        desc=(
            "Cześć Alex!\n\nDziękujemy za aplikację na stanowisko Senior Python Developer. Zapraszamy na pierwszą rozmowę "
            "z Martą (Tech Recruiter). Rozmowa po angielsku, ok. 30 min.\n\nPozdrawiamy,\nBursztyn Systems\n\n"
            "---\nZaproszenie wysłane przez eRecruiter"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Intervju: Alex Rivera – Lingonberg Tech (Senior Backend Engineer)",
        interview=True,
        company="Lingonberg Tech",
        role="Senior Backend Engineer",
        org=("johanna.ek@lingonberg.se", "Johanna Ek"),
        att=[person("oskar.lindqvist@lingonberg.se", "Oskar Lindqvist")],
        desc=(
            "Hej Alex,\n\nTack för din ansökan! Här kommer en inbjudan till en första intervju med Oskar (Engineering Manager) "
            "och mig. Vi kör på engelska. Ca 45 min.\n\nVänliga hälsningar,\nJohanna Ek, Talent Acquisition\nLingonberg Tech AB\n\n(Teamtailor)"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Entrevista | Ipê Pagamentos | Engenheiro(a) de Dados Sênior",
        interview=True,
        company="Ipê Pagamentos",
        role="Engenheiro(a) de Dados Sênior",
        org=("talentos@ipepagamentos.com.br", "Time de Talentos Ipê"),
        att=[
            person("renata.moura@ipepagamentos.com.br", "Renata Moura"),
            person("caio.tavares@ipepagamentos.com.br", "Caio Tavares"),
        ],
        desc=(
            "Olá Alex, tudo bem?\n\nSegue o convite para a entrevista com a liderança técnica para a vaga de Engenheiro(a) de Dados Sênior "
            "(remoto, contratação PJ ou CLT).\n\nParticipantes: Renata Moura (Tech Lead) e Caio Tavares (Head de Dados)\n"
            "Duração: 1h\n\nQualquer dúvida é só chamar!\nAbraços,\nTime de Talentos Ipê\n\nEnviado via Gupy"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista Nopal Finanzas – Alex Rivera – Hiring Manager",
        interview=True,
        company="Nopal Finanzas",
        role="Engineering Manager, Data",
        org=("reclutamiento@nopalfinanzas.mx", "Reclutamiento Nopal"),
        att=[person("andres.villalobos@nopalfinanzas.mx", "Andrés Villalobos")],
        desc=(
            "Hola Alex,\n\n¡Gracias por tu interés en Nopal! Te compartimos la invitación para tu entrevista con Andrés Villalobos, "
            "VP of Engineering, para la vacante de Engineering Manager, Data.\n\nDuración: 45 min\n"
            "Zona horaria: CDMX\n\nSaludos,\nEquipo de Talento\n\nThis invitation was scheduled with Lever."
        ),
        conf=("Zoom Meeting", "https://nopalfinanzas.zoom.us/j/84420017753"),
        zone="America/Mexico_City",
    )
    _x(
        "Kaveri Analytics - Round 1 (Technical) - Alex Rivera",
        interview=True,
        company="Kaveri Analytics",
        role="Senior Data Engineer",
        org=("careers@kaverianalytics.in", "Kaveri Analytics Careers"),
        att=[
            person("aditya.kulkarni@kaverianalytics.in", "Aditya Kulkarni"),
            person("sneha.iyer@kaverianalytics.in", "Sneha Iyer"),
        ],
        desc=(
            "Dear Alex,\n\nGreetings from Kaveri Analytics!\n\nWe are pleased to inform you that your profile has been shortlisted for the "
            "position of Senior Data Engineer. Your Round 1 (Technical) interview is scheduled as per the calendar invite.\n\n"
            "Panel: Aditya Kulkarni, Sneha Iyer\nMode: Virtual (MS Teams)\n\nKindly join 5 minutes prior and keep a valid photo ID handy.\n\n"
            "Regards,\nTalent Acquisition Team\nKaveri Analytics Pvt. Ltd., Bengaluru"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KaVeRi01%40thread.v2/0",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "【一次面接】星空システムズ株式会社 / Alex Rivera様",
        interview=True,
        company="星空システムズ",
        role="バックエンドエンジニア（シニア）",
        org=("saiyo@hoshizora-sys.co.jp", "星空システムズ 採用担当"),
        att=[person("takuya.morimoto@hoshizora-sys.co.jp", "森本 拓也")],
        desc=(
            "Alex Rivera様\n\nこの度は弊社求人「バックエンドエンジニア（シニア）」にご応募いただき、誠にありがとうございます。\n"
            "一次面接を下記の通り実施させていただきます。\n\n形式：オンライン（Google Meet）\n所要時間：60分\n面接官：開発部 森本\n\n"
            "面接は英語で実施いたします。ご不明点がございましたらお気軽にご連絡ください。\n\n星空システムズ株式会社 人事部 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "[달빛페이] 1차 기술면접 안내 - Alex Rivera님",
        interview=True,
        company="달빛페이",
        role="백엔드 엔지니어 (결제 플랫폼)",
        org=("recruit@dalbitpay.co.kr", "달빛페이 채용팀"),
        att=[
            person("jiwoo.park@dalbitpay.co.kr", "박지우"),
            person("minho.seo@dalbitpay.co.kr", "서민호"),
        ],
        desc=(
            "안녕하세요 Alex Rivera님,\n달빛페이 채용팀입니다.\n\n백엔드 엔지니어 (결제 플랫폼) 포지션 1차 기술면접 일정을 안내드립니다.\n"
            "- 방식: 화상면접 (Zoom)\n- 소요시간: 약 60분\n- 면접관: 결제플랫폼팀 박지우, 서민호\n- 진행 언어: 영어\n\n감사합니다.\n\n(greetinghr 발송)"
        ),
        conf=("Zoom Meeting", "https://dalbitpay.zoom.us/j/97713402261"),
        zone="Asia/Seoul",
    )
    _x(
        "面试邀请：云禾科技 - 高级数据工程师 - Alex Rivera",
        interview=True,
        company="云禾科技",
        role="高级数据工程师",
        org=("hr@yunhetech.cn", "云禾科技招聘"),
        att=[person("lin.wei@yunhetech.cn", "林伟")],
        desc=(
            "Alex 您好：\n\n感谢您投递云禾科技「高级数据工程师」岗位。现邀请您参加技术一面，具体安排如下：\n"
            "面试形式：腾讯会议（会议号：482 601 337）\n面试官：数据平台部 林伟\n时长：约60分钟\n\n"
            "如时间不便，请回复本邮件调整。祝好！\n云禾科技 人力资源部\n\n— This interview was arranged via Moka"
        ),
        loc="腾讯会议 482 601 337",
        zone="Asia/Shanghai",
    )
    _x(
        "Mülakat Daveti – Lale Ödeme – Kıdemli Yazılım Mühendisi",
        interview=True,
        company="Lale Ödeme",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@laleodeme.com.tr", "Lale Ödeme İK"),
        att=[
            person("emre.aksoy@laleodeme.com.tr", "Emre Aksoy"),
            person("zeynep.kara@laleodeme.com.tr", "Zeynep Kara"),
        ],
        desc=(
            "Merhaba Alex,\n\nKıdemli Yazılım Mühendisi pozisyonu için yapılacak teknik mülakat davetini ekte bulabilirsin. "
            "Görüşme İngilizce olacak ve yaklaşık 1 saat sürecek. Görüşmeciler: Emre Aksoy (Engineering Lead), Zeynep Kara (Staff Engineer).\n\n"
            "Görüşmek üzere,\nLale Ödeme İnsan Kaynakları"
        ),
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Alex Rivera <> Quillpoint: Systems Design",
        interview=True,
        company="Quillpoint",
        role="Staff Software Engineer, Infrastructure",
        org=("no-reply@quillpoint.com", None),
        att=[
            person("maya.oduya@quillpoint.com", "Maya Oduya"),
            person("ben.castellano@quillpoint.com", "Ben Castellano", optional=True),
        ],
        desc=(
            "Interview: Systems Design (60 min)\nCandidate: Alex Rivera\nPosition: Staff Software Engineer, Infrastructure\n"
            "Interviewer: Maya Oduya\nShadow: Ben Castellano\n\nInterviewers: please submit your scorecard in Greenhouse within 24h.\n"
            "Candidate-facing notes: You'll be asked to design a system at a high level and dig into a few components. "
            "We use Excalidraw; no install needed."
        ),
        conf=("Zoom Meeting", "https://quillpoint.zoom.us/j/81107733450"),
        zone="America/Los_Angeles",
    )
    _x(
        "Fenwick & Moss - Recruiter Screen w/ Alex",
        interview=True,
        company="Fenwick & Moss",
        role="Data Engineering Lead",
        org=("harriet.blythe@fenwickmoss.co.uk", "Harriet Blythe"),
        desc="Quick intro call re: Data Engineering Lead (Leeds / hybrid). I'll ring you on +44 7700 900412 if Teams plays up. H",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FeNw1ck%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Sollicitatiegesprek (2e ronde) Grachtwerk Logistics",
        interview=True,
        company="Grachtwerk Logistics",
        role="Senior Software Engineer",
        org=("hr@grachtwerk.nl", "HR Grachtwerk"),
        att=[
            person("pieter.dijkstra@grachtwerk.nl", "Pieter Dijkstra"),
            person("fatima.elamrani@grachtwerk.nl", "Fatima El Amrani"),
        ],
        desc=(
            "Beste Alex,\n\nHartelijk dank voor het prettige eerste gesprek. Graag nodigen wij je uit voor de tweede ronde "
            "voor de functie Senior Software Engineer op ons kantoor in Rotterdam.\n\nAdres: Maasboulevard 88, Rotterdam. Meld je bij de receptie.\n"
            "Gesprekspartners: Pieter Dijkstra (CTO) en Fatima El Amrani (Product Lead).\n\nMet vriendelijke groet,\nHR Grachtwerk"
        ),
        loc="Maasboulevard 88, 3011 Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Harborlight Health – Phone Screen – Alex Rivera",
        interview=True,
        company="Harborlight Health",
        role="Senior Software Engineer, Data Platform",
        org=("workday@harborlighthealth.com", "Harborlight Health Talent Acquisition"),
        att=[person("kendra.mills@harborlighthealth.com", "Kendra Mills")],
        desc=(
            "Candidate: Alex Rivera\nRequisition: R-20417 Senior Software Engineer, Data Platform\nInterview Type: Phone Screen\n"
            "Interviewer: Kendra Mills\nDial-in: Kendra will call the candidate at the number on file.\n\n"
            "This event was generated by Workday Recruiting. Do not forward."
        ),
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Cajuína Tech • Papo técnico com o time",
        interview=True,
        company="Cajuína Tech",
        role="Pessoa Engenheira de Software Sênior (Backend)",
        org=("vagas@cajuina.tech", "Cajuína Tech"),
        att=[
            person("lucas.benevides@cajuina.tech", "Lucas Benevides"),
            person("ana.queiroz@cajuina.tech", "Ana Queiroz"),
        ],
        desc=(
            "Oi Alex!\n\nEssa é a etapa técnica do processo para Pessoa Engenheira de Software Sênior (Backend). "
            "É um papo de 1h com o Lucas e a Ana sobre arquitetura e um caso real do nosso dia a dia. Sem live coding :)\n\n"
            "Link: Google Meet\n\nVagas gerenciadas pela Solides"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Interview w/ Peepal Health (HM round)",
        interview=True,
        company="Peepal Health",
        role="Engineering Manager - Platform",
        org=("naveen.rao@peepalhealth.com", "Naveen Rao"),
        desc=(
            "Hi Alex, as discussed with Pooja from our TA team, blocking 45 min for the hiring manager round for EM - Platform. "
            "Happy to move if this is too late for you in Europe. Cheers, Naveen"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Skärgård Payments – Technical Interview (Pairing) – Alex Rivera",
        interview=True,
        company="Skärgård Payments",
        role="Senior Software Engineer, Ledger",
        org=("interviews@skargard.se", "Skärgård Interviews"),
        att=[
            person("nils.berggren@skargard.se", "Nils Berggren"),
            person("amira.haddad@skargard.se", "Amira Haddad"),
        ],
        desc=(
            "Hi Alex!\n\nNext step: a 90-minute pairing session with Nils and Amira. You'll extend a tiny ledger service in the language "
            "of your choice (Kotlin, Go or Python). The repo link arrives 10 minutes before start.\n\nHälsningar,\nSkärgård Talent\n"
            "(Scheduled via GoodTime)"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Banque Ardoise – Entretien technique (2/4)",
        interview=True,
        company="Banque Ardoise",
        role="Ingénieur·e Backend Senior – Paiements",
        org=("recrutement@banque-ardoise.fr", "Recrutement Banque Ardoise"),
        att=[person("thibault.marchand@banque-ardoise.fr", "Thibault Marchand")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre échange avec Camille, nous avons le plaisir de vous convier à l'entretien technique "
            "(étape 2 sur 4) pour le poste d'Ingénieur·e Backend Senior – Paiements.\n\nDurée : 1h15\nFormat : visioconférence\n"
            "Interlocuteur : Thibault Marchand, Engineering Manager\n\nCordialement,\nL'équipe Recrutement\n\nEnvoyé via Welcome to the Jungle Solutions"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ArDo1Se%40thread.v2/0",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Spreebyte: Culture & Values Interview – Alex Rivera",
        interview=True,
        company="Spreebyte",
        role="Senior Data Engineer",
        org=("people@spreebyte.de", "Spreebyte People Team"),
        att=[
            person("lena.wojcik@spreebyte.de", "Lena Wójcik"),
            person("dominik.haas@spreebyte.de", "Dominik Haas"),
        ],
        desc=(
            "Hi Alex,\n\nthis is the last step in our process for Senior Data Engineer: a conversation about how we work together. "
            "Lena (People Partner) and Dominik (Data Chapter Lead) will join. No trick questions, promise.\n\nLink below. Bis dann!\n"
            "Spreebyte People Team"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Ostrander Freight // Alex Rivera // Final Interview w/ CTO",
        interview=True,
        company="Ostrander Freight",
        role="Principal Engineer, Routing",
        org=("cal-invites@ostranderfreight.com", "Ostrander Freight Recruiting"),
        att=[person("greg.halvorsen@ostranderfreight.com", "Greg Halvorsen")],
        desc=(
            "Alex - final conversation for Principal Engineer, Routing with our CTO Greg Halvorsen. 45 minutes, video. "
            "Greg will mostly want to hear how you think about build vs buy and how you lead without authority.\n\n"
            "Need accommodations? Reply to this invite.\nLever Interview Scheduling"
        ),
        conf=("Zoom Meeting", "https://ostranderfreight.zoom.us/j/86650013422"),
        zone="America/Denver",
    )
    _x(
        "Tamarind Commerce | Interview Round 2 - System Design | Alex Rivera",
        interview=True,
        company="Tamarind Commerce",
        role="Staff Engineer - Checkout",
        org=("ta@tamarindcommerce.in", "Tamarind TA"),
        att=[person("karthik.sundaram@tamarindcommerce.in", "Karthik Sundaram")],
        desc=(
            "Hi Alex,\n\nPlease find below details for Round 2 - System Design for Staff Engineer - Checkout.\n"
            "Interviewer: Karthik Sundaram, Director of Engineering\nDuration: 60 mins\nPlatform: Google Meet\n\n"
            "Please ensure a stable internet connection and a quiet environment.\n\nThanks & Regards,\nTA Team, Tamarind Commerce"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Cenote Logística – Entrevista con Dirección de Tecnología",
        interview=True,
        company="Cenote Logística",
        role="Arquitecto de Software",
        org=("talento@cenotelogistica.mx", "Talento Cenote"),
        att=[person("ximena.rojas@cenotelogistica.mx", "Ximena Rojas")],
        desc="Hola Alex, agendamos la entrevista con Ximena Rojas (CTO) para Arquitecto de Software. Será en español, 1 hora. ¡Éxito!",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "[Workable] Interview with Cierzo Labs",
        interview=True,
        company="Cierzo Labs",
        role="Machine Learning Platform Engineer",
        org=("notifications@workablemail.com", "Cierzo Labs via Workable"),
        att=[person("pablo.ibarra@cierzolabs.es", "Pablo Ibarra")],
        desc=(
            "Alex Rivera, you have an interview with Cierzo Labs for the Machine Learning Platform Engineer job.\n\n"
            "Type: Video call\nWith: Pablo Ibarra\nDuration: 30 minutes\n\nAdd to calendar | Reschedule"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/82230194476"),
        zone="Europe/Madrid",
    )
    _x(
        "Bottega Dati – secondo colloquio tecnico",
        interview=True,
        company="Bottega Dati",
        role="Senior Analytics Engineer",
        org=("giulia.ferraro@bottegadati.it", "Giulia Ferraro"),
        att=[
            person("marco.bellini@bottegadati.it", "Marco Bellini"),
            person("sara.vitale@bottegadati.it", "Sara Vitale"),
        ],
        desc=(
            "Ciao Alex,\n\nti mando l'invito per il secondo colloquio tecnico (Senior Analytics Engineer). Ci saranno Marco e Sara "
            "del team dati. Parleremo del caso che ti abbiamo inviato e faremo qualche domanda su dbt e modellazione.\n\nA presto!\nGiulia"
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Chmurka – rozmowa techniczna (etap 2)",
        interview=True,
        company="Chmurka",
        role="Site Reliability Engineer",
        org=("tomasz.wrobel@chmurka.pl", "Tomasz Wróbel"),
        desc=(
            "Hej Alex, zgodnie z ustaleniami przesyłam zaproszenie na etap 2 – rozmowę techniczną na stanowisko Site Reliability Engineer. "
            "Będę ja i Kasia z zespołu platformy. Po angielsku. Do usłyszenia!"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ChMuRkA%40thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Interview – Sakurada Logistics (Hiring Manager) / 二次面接",
        interview=True,
        company="Sakurada Logistics",
        role="Senior Data Engineer",
        org=("recruit@sakurada-logi.jp", "Sakurada Logistics Recruiting"),
        att=[person("emi.nakagawa@sakurada-logi.jp", "Emi Nakagawa / 中川 恵美")],
        desc=(
            "Dear Alex,\n\nThank you for your time at the first interview. We would like to invite you to the second interview (二次面接) "
            "with Emi Nakagawa, Head of Data, for the Senior Data Engineer position.\n\nThe interview will be held in English via Zoom.\n"
            "Note: 8:00 CET = 16:00 JST.\n\nBest regards,\nRecruiting Team, Sakurada Logistics"
        ),
        conf=("Zoom Meeting", "https://zoom.us/j/91880442305"),
        zone="Asia/Tokyo",
    )
    _x(
        "[남산랩스] 2차 면접 (컬처핏) - Alex",
        interview=True,
        company="남산랩스",
        role="Senior ML Engineer",
        org=("talent@namsanlabs.kr", "Namsan Labs Talent"),
        att=[person("sooyeon.kim@namsanlabs.kr", "김수연")],
        desc=(
            "Hi Alex, 안녕하세요!\nThis is your 2nd round (culture fit) for Senior ML Engineer with Sooyeon Kim, Co-founder & COO. "
            "About 40 min, in English. 감사합니다!"
        ),
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "兰亭云 二面（业务负责人）",
        interview=True,
        company="兰亭云",
        role="数据平台架构师",
        org=("zhaopin@lantingcloud.com", "兰亭云 招聘"),
        att=[person("zhang.min@lantingcloud.com", "张敏")],
        desc="Alex，你好！二面安排在飞书视频会议，面试官为数据平台负责人张敏，约45分钟，中英文均可。岗位：数据平台架构师。",
        loc="飞书视频会议",
        zone="Asia/Shanghai",
    )
    _x(
        "Karamel Teknoloji – İK Görüşmesi",
        interview=True,
        company="Karamel Teknoloji",
        role="Data Engineering Manager",
        org=("selin.ozturk@karamel.com.tr", "Selin Öztürk"),
        desc=(
            "Merhaba Alex, Data Engineering Manager pozisyonu için ilk İK görüşmemizi ayarladım. Yaklaşık 30 dakika, İngilizce. "
            "Maaş beklentisi ve relocation konularını da konuşalım. İyi günler, Selin"
        ),
        meet="meet",
        zone="Europe/Istanbul",
    )


def _scheduling_tools() -> None:
    _x(
        "Alex Rivera and Priya Shah",
        interview=True,
        company="Polderdata",
        role="Data Engineer II",
        org=("priya.shah@polderdata.nl", "Priya Shah"),
        desc=(
            "Event Name: 30 Minute Intro Call – Polderdata\n\nPlease share anything that will help prepare for our meeting.: "
            "Applied for Data Engineer II via LinkedIn\n\nLocation: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5f2e...\nReschedule: https://calendly.com/reschedulings/5f2e...\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Recruiter Call: Alex Rivera (Jabuticaba Labs)",
        interview=True,
        company="Jabuticaba Labs",
        role="Backend Engineer Sr",
        org=("bruna.alencar@jabuticabalabs.com", "Bruna Alencar"),
        desc=(
            "Event type: Recruiter Call (25 min)\nInvitee: Alex Rivera\nInvitee email: alex.rivera@gmail.com\n"
            "Questions: Which position are you interested in? -> Backend Engineer Sr\nWhat time zone are you in? -> CET\n\n"
            "Scheduled with Calendly"
        ),
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/85544120093"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Tallgrass Analytics Virtual Onsite: Coding (Alex Rivera)",
        interview=True,
        company="Tallgrass Analytics",
        role="Senior Data Engineer",
        org=("scheduling@tallgrassanalytics.com", "Tallgrass Recruiting Coordinator"),
        att=[person("wen.zhao@tallgrassanalytics.com", "Wen Zhao")],
        desc=(
            "Session: Coding (60 min)\nInterviewer: Wen Zhao\nCoderPad link: https://coderpad.io/XK72PLQ3\n\n"
            "This session is part of your virtual onsite. See your itinerary email from ModernLoop for the full schedule."
        ),
        conf=("Zoom Meeting", "https://tallgrass.zoom.us/j/93120450019"),
        zone="America/Chicago",
    )
    _x(
        "Harbor & Slate x Alex – 20 min chat",
        interview=True,
        company="Harbor & Slate",
        role="Founding Data Engineer",
        org=("nick@harborandslate.com", "Nick Adebayo"),
        desc=(
            "Booked via SavvyCal.\n\nNote from Alex: Hi Nick, saw the Founding Data Engineer post on the seed-stage jobs board, "
            "would love to chat about it.\n\nNick's note: Looking forward! This is a first screen, pretty casual."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Invitation: Rheda Systems Interview - Panel @ Wed 14:00 - 15:30 (CEST) (alex.rivera@gmail.com)",
        interview=True,
        company="Rheda Systems",
        role="Senior Platform Engineer",
        org=("recruiting@rhedasystems.de", "Rheda Systems Recruiting"),
        att=[
            person("jan.kessler@rhedasystems.de", "Jan Kessler"),
            person("ayse.demir@rhedasystems.de", "Ayşe Demir"),
            person("philipp.raab@rhedasystems.de", "Philipp Raab", status="tentative"),
        ],
        desc="Panel interview for Senior Platform Engineer. Agenda: 30' infra deep dive, 30' incident scenario, 30' your questions. (GoodTime Hire)",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera / Fjällsta: intervju med produktteamet",
        interview=True,
        company="Fjällsta",
        role="Tech Lead",
        org=("karin.sundberg@fjallsta.se", "Karin Sundberg"),
        desc=(
            "Bokad via Microsoft Bookings\n\nTjänst: Intervju – Tech Lead\nPersonal: Karin Sundberg, Head of Product\nPlats: Teams\n\n"
            "Vill du ändra bokningen? Använd länken i bekräftelsemailet."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FjAlLsTa%40thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Intro call w/ Alex Rivera",
        interview=True,
        company="Ledgerly",
        role=None,
        org=("oliver.pike@ledgerly.co.uk", "Oliver Pike"),
        desc=(
            "Booked through Cal.com\n\nWhat is this call about?: Oliver reached out on LinkedIn about engineering roles at Ledgerly\n"
            "Location: Google Meet"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Ferrovia Digitale – Colloquio con il Team Lead",
        interview=True,
        company="Ferrovia Digitale",
        role="Senior Backend Developer (Java)",
        org=("selezione@ferroviadigitale.it", "Ferrovia Digitale – Selezione"),
        att=[person("alessandro.greco@ferroviadigitale.it", "Alessandro Greco")],
        desc=(
            "Gentile candidato,\nle confermiamo il colloquio per la posizione Senior Backend Developer (Java) con Alessandro Greco, Team Lead.\n"
            "Modalità: videocolloquio\nDurata: 45 minuti\n\nPer modificare l'appuntamento usi il link presente nella mail."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FeRrOv1a%40thread.v2/0",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Meeting with Alex Rivera (via Gem)",
        interview=True,
        company="Quillpoint",
        role="Staff Software Engineer, Infrastructure",
        org=("tasha.greene@quillpoint.com", "Tasha Greene"),
        desc=(
            "Hi Alex - looking forward to our chat about the Staff Software Engineer, Infrastructure opening at Quillpoint! "
            "This is an initial recruiter conversation, 30 min. — Tasha, Technical Recruiter"
        ),
        conf=("Zoom Meeting", "https://quillpoint.zoom.us/j/81107730001"),
        zone="America/Los_Angeles",
    )
    _x(
        "Kranich Versicherung – Fachinterview (Teil 1)",
        interview=True,
        company="Kranich Versicherung",
        role="Lead Data Architect",
        org=("bewerbermanagement@kranich-versicherung.de", "Bewerbermanagement Kranich"),
        att=[
            person("matthias.vogt@kranich-versicherung.de", "Dr. Matthias Vogt"),
            person("sabine.hoffmann@kranich-versicherung.de", "Sabine Hoffmann"),
        ],
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nwir laden Sie herzlich zum Fachinterview (Teil 1) für die Position Lead Data Architect ein.\n"
            "Ihre Gesprächspartner: Dr. Matthias Vogt (Bereichsleiter Daten & Analytics), Sabine Hoffmann (HR Business Partnerin).\n"
            "Dauer: 60 Minuten, per Microsoft Teams.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement\n\n(Dieser Termin wurde über SuccessFactors erstellt.)"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KrAnIcH1%40thread.v2/0",
        ),
        zone="Europe/Berlin",
    )


def _agency_recruiters() -> None:
    _x(
        "Call with Tom (Harrow & Vine) re Lead Engineer role - confidential client",
        interview=True,
        company=None,
        role="Lead Engineer",
        org=("tom.ashcroft@harrowvine.co.uk", "Tom Ashcroft"),
        desc=(
            "Hi Alex, great to connect. As mentioned my client is a Series C fintech in London (can't name them until we've spoken). "
            "Lead Engineer, £110-125k + equity, 2 days in office. I'll call you on your mobile. Tom\n\n"
            "Tom Ashcroft | Principal Consultant | Harrow & Vine Recruitment"
        ),
        loc="Phone call",
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera for Kestrel Pay (via Harrow & Vine)",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("tom.ashcroft@harrowvine.co.uk", "Tom Ashcroft"),
        desc=(
            "Alex - as promised, the client is Kestrel Pay. They'd like a first call with their Talent Partner, Jess Oyelaran. "
            "She'll send a Meet link separately. I'll ring you afterwards for feedback. Good luck! Tom"
        ),
        zone="Europe/London",
    )
    _x(
        "Kennenlernen Talentbrücke – Alex Rivera",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("f.brandt@talentbruecke.de", "Felix Brandt"),
        desc=(
            "Hallo Alex,\n\nwie besprochen ein kurzes Kennenlernen (20 Min.), damit ich dich meinem Kunden – einem Mobilitäts-Scale-up in München – "
            "für die Position Senior Data Engineer vorstellen kann. Ich rufe dich an.\n\nBeste Grüße\nFelix Brandt\nTalentbrücke Personalberatung GmbH"
        ),
        loc="Telefon",
        zone="Europe/Berlin",
    )
    _x(
        "Talentbrücke x Rheda Systems: Erstgespräch mit Jan Kessler",
        interview=True,
        company="Rheda Systems",
        role="Senior Platform Engineer",
        org=("f.brandt@talentbruecke.de", "Felix Brandt"),
        att=[person("jan.kessler@rhedasystems.de", "Jan Kessler")],
        desc=(
            "Hi Alex, Jan Kessler (Head of Platform bei Rheda Systems) freut sich auf das Gespräch. Bitte denk dran, "
            "dass das Gehalt über mich läuft – nicht im Gespräch ansprechen. Viel Erfolg! Felix"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Orbis Talent Partners - Screening Call",
        interview=True,
        company=None,
        role=None,
        org=("scheduling@orbistalent.com", "Orbis Talent Partners"),
        att=[person("jamie.cortez@orbistalent.com", "Jamie Cortez")],
        desc=(
            "Thanks for applying through Orbis Talent Partners! Your recruiter Jamie Cortez will call you to learn more about "
            "your background and match you with open roles at our client companies.\n\nDuration: 15 min"
        ),
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Orbis // Alex Rivera → Harborlight Health (1st round)",
        interview=True,
        company="Harborlight Health",
        role="Senior Software Engineer, Data Platform",
        org=("jamie.cortez@orbistalent.com", "Jamie Cortez"),
        desc=(
            "Hey Alex! Submitted you to Harborlight Health for the Senior SWE, Data Platform req and they want to talk. "
            "This is with their hiring manager, Dave Lindgren. Dial-in below. Text me after! -J\n\n"
            "Joining by phone: +1 617 555 0144, PIN 39914#"
        ),
        loc="+1 617 555 0144 PIN 39914#",
        zone="America/New_York",
    )
    _x(
        "Entrevista con cliente (Panteras Headhunters)",
        interview=True,
        company=None,
        role="Gerente de Ingeniería",
        org=("valeria.mendez@panteras.mx", "Valeria Méndez"),
        desc=(
            "Hola Alex, te agendé con el cliente (fintech en Guadalajara, te platico el nombre cuando confirmen que seguimos) para la vacante "
            "de Gerente de Ingeniería. Es con su Director de Producto. Te mando link en un rato. Saludos, Valeria"
        ),
        zone="America/Mexico_City",
    )
    _x(
        "Ananta Staffing: Client Interview - Tamarind Commerce - Staff Engineer",
        interview=True,
        company="Tamarind Commerce",
        role="Staff Engineer - Checkout",
        org=("rohit.bansal@anantastaffing.in", "Rohit Bansal"),
        att=[person("meera.pillai@tamarindcommerce.in", "Meera Pillai")],
        desc=(
            "Dear Alex,\n\nAs discussed telephonically, please find the interview schedule with our esteemed client Tamarind Commerce for the "
            "position of Staff Engineer - Checkout. Round 1 with Ms. Meera Pillai (Engineering Manager).\n\nKindly confirm your availability.\n\n"
            "Warm Regards,\nRohit Bansal\nSr. Consultant, Ananta Staffing Solutions"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Kaizen Career Partners – 面談 / Career consultation",
        interview=True,
        company=None,
        role=None,
        org=("h.ishida@kaizen-cp.jp", "石田 浩之"),
        desc=(
            "Alex Rivera様\n\nKaizen Career Partnersの石田です。先日はご登録ありがとうございました。\n"
            "まずは30分ほどオンラインでご経歴とご希望をお伺いし、非公開求人をご紹介できればと思います。\n\n"
            "Hi Alex, this is a first call so I can understand your background and introduce non-public positions. 石田"
        ),
        conf=("Zoom Meeting", "https://zoom.us/j/93381022471"),
        zone="Asia/Tokyo",
    )
    _x(
        "Bluecrest Search – intro with Alex (Head of Data search)",
        interview=True,
        company=None,
        role="Head of Data",
        org=("claire.fontaine@bluecrestsearch.com", "Claire Fontaine"),
        desc=(
            "Alex, thank you for the quick reply. We are retained on a Head of Data search for a consumer brand in Paris; "
            "I'd like 40 minutes to walk through your background before presenting you to the client. Claire"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Bluecrest → Maison Calisson : entretien avec le CEO",
        interview=True,
        company="Maison Calisson",
        role="Head of Data",
        org=("claire.fontaine@bluecrestsearch.com", "Claire Fontaine"),
        att=[person("etienne.vidal@maisoncalisson.fr", "Étienne Vidal")],
        desc=(
            "Alex, the client is Maison Calisson (yes, same company as the Lead DE process – they've decided to merge it into the Head of Data search). "
            "Étienne Vidal, CEO, in person at their Marseille office. 1h. I'll brief you the day before. Claire"
        ),
        loc="Maison Calisson, 14 rue Sainte, 13001 Marseille",
        zone="Europe/Paris",
    )
    _x(
        "Recruiter screen - NorthBay Staffing (contract, undisclosed client)",
        interview=True,
        company=None,
        role="Senior Data Engineer (Contract, 6 months)",
        org=("marcus@northbaystaffing.com", "Marcus Reed"),
        desc=(
            "W2 contract, 6 months w/ extension, fully remote US hours. Client is a large health insurer, name after submission. "
            "Please have your RTR signed before our call."
        ),
        loc="Phone: I'll call 646-555-0198",
        zone="America/New_York",
    )


def _own_quick_entries() -> None:
    _x(
        "int w/ Lingonberg - round 2 🤞",
        interview=True,
        company="Lingonberg",
        role=None,
        zone="Europe/Stockholm",
    )
    _x("Kestrel tech scrn", interview=True, company="Kestrel", role=None)
    _x("📞 Tallgrass recruiter (Dana) — SDE", interview=True, company="Tallgrass", role="SDE")
    _x(
        "Vlonder final!!!",
        interview=True,
        company="Vlonder",
        role=None,
        desc="CTO + founder. bring laptop. Wibautstraat 212, 3rd floor",
    )
    _x(
        "NLM 2nd round sys design",
        interview=True,
        company="Nordlicht Mobility",
        role=None,
        desc="Nordlicht = NLM. Henrike + someone from SRE. Teams link in the Personio mail",
    )
    _x(
        "intervew Ipe (caio) - 2a fase",
        interview=True,
        company="Ipê",
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista Nopal #3 w/ CFO 😬",
        interview=True,
        company="Nopal",
        role=None,
        zone="America/Mexico_City",
    )
    _x(
        "Kaveri R2 - DSA + SQL",
        interview=True,
        company="Kaveri",
        role=None,
        zone="Asia/Kolkata",
        desc="teams link in mail from careers@. 1hr",
    )
    _x(
        "星空 二次面接 (Morimoto-san + CTO)",
        interview=True,
        company="星空",
        role=None,
        zone="Asia/Tokyo",
    )
    _x("달빛 2차", interview=True, company="달빛", role=None, zone="Asia/Seoul")
    _x("Yunhe 云禾 HR面", interview=True, company="云禾", role=None, zone="Asia/Shanghai")
    _x(
        "lale odeme – final w/ CTO",
        interview=True,
        company="Lale Ödeme",
        role=None,
        zone="Europe/Istanbul",
    )
    _x("Quillpoint HM", interview=True, company="Quillpoint", role=None, zone="America/Los_Angeles")
    _x(
        "Bursztyn - tech interview (live coding, python)",
        interview=True,
        company="Bursztyn",
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "Olivar 2ª entrevista - con la directora",
        interview=True,
        company="Olivar",
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "colloquio Lanterna round 2 — Genova in presenza?? check",
        interview=True,
        company="Lanterna",
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Banque Ardoise étape 3 – cas pratique",
        interview=True,
        company="Banque Ardoise",
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "Ostrander - onsite-ish (remote) pt 1",
        interview=True,
        company="Ostrander",
        role=None,
        zone="America/Denver",
    )
    _x(
        "📹 Cajuína - entrevista c/ CTO",
        interview=True,
        company="Cajuína",
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "HL Health HM rd",
        interview=True,
        company="Harborlight Health",
        role=None,
        desc="HL = Harborlight. dial in via Orbis email",
        zone="America/New_York",
    )
    _x("Spreebyte tech int. (data modeling)", interview=True, company="Spreebyte", role=None)
    _x(
        "Fjällsta tech lead intvw #2",
        interview=True,
        company="Fjällsta",
        role="tech lead",
        zone="Europe/Stockholm",
    )
    _x("Polderdata - case w/ Priya's manager", interview=True, company="Polderdata", role=None)
    _x(
        "TC rd 3 (Karthik's boss)",
        interview=True,
        company="Tamarind Commerce",
        role=None,
        desc="TC = Tamarind Commerce",
        zone="Asia/Kolkata",
    )
    _x(
        "interview skargard ledger team",
        interview=True,
        company="Skärgård",
        role=None,
        zone="Europe/Stockholm",
    )
    _x(
        "Karamel 2. görüşme (teknik)",
        interview=True,
        company="Karamel",
        role=None,
        zone="Europe/Istanbul",
    )
    _x("Namsan final w/ CEO 🇰🇷", interview=True, company="Namsan", role=None, zone="Asia/Seoul")
    _x("兰亭 三面 HRBP", interview=True, company="兰亭云", role=None, zone="Asia/Shanghai")
    _x(
        "Grachtwerk 3e gesprek + arbeidsvoorwaarden",
        interview=True,
        company="Grachtwerk",
        role=None,
    )
    _x("cierzo screen w/ Pablo", interview=True, company="Cierzo", role=None, zone="Europe/Madrid")
    _x(
        "Ledgerly - coding int (python) - remember headphones",
        interview=True,
        company="Ledgerly",
        role=None,
        zone="Europe/London",
    )
    _x(
        "Rheda Sys. - Gespräch mit Geschäftsführung",
        interview=True,
        company="Rheda Systems",
        role=None,
    )
    _x(
        "Chmurka etap 3 - final z CTO",
        interview=True,
        company="Chmurka",
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "F&M 2nd stage (competency based) @ Leeds office",
        interview=True,
        company="Fenwick & Moss",
        role=None,
        loc="Wellington Place, Leeds",
        zone="Europe/London",
    )
    _x("Peepal – bar raiser 🫠", interview=True, company="Peepal", role=None, zone="Asia/Kolkata")
    _x("Sakurada 最終面接 (役員)", interview=True, company="Sakurada", role=None, zone="Asia/Tokyo")
    _x("Kranich Fachinterview Teil 2", interview=True, company="Kranich", role=None)
    _x(
        "Bottega Dati - colloquio finale con CEO",
        interview=True,
        company="Bottega Dati",
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Jabuticaba tech round (live coding Node)",
        interview=True,
        company="Jabuticaba",
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Harbor&Slate founders chat #2",
        interview=True,
        company="Harbor & Slate",
        role=None,
        zone="America/New_York",
    )


def _split_onsites() -> None:
    for part, who, email, note in [
        (
            "System Design",
            "Luis Carrillo",
            "luis.carrillo",
            "Design a near-real-time ingestion service. Whiteboard in Miro.",
        ),
        (
            "Behavioral / Values",
            "Tanya Brooks",
            "tanya.brooks",
            "Past projects, conflict, ownership. STAR format welcome.",
        ),
        (
            "Data Modeling",
            "Ravi Menon",
            "ravi.menon",
            "Dimensional modeling + tradeoffs. Bring questions for Ravi.",
        ),
    ]:
        _x(
            f"Tallgrass Analytics Virtual Onsite: {part} (Alex Rivera)",
            interview=True,
            company="Tallgrass Analytics",
            role="Senior Data Engineer",
            org=("scheduling@tallgrassanalytics.com", "Tallgrass Recruiting Coordinator"),
            att=[person(f"{email}@tallgrassanalytics.com", who)],
            desc=f"Session: {part}\nInterviewer: {who}\n{note}\n\nThis session is part of your virtual onsite (ModernLoop itinerary).",
            conf=("Zoom Meeting", "https://tallgrass.zoom.us/j/93120450019"),
            zone="America/Chicago",
        )
    _x(
        "Kestrel Pay onsite – Part 1: Architecture (Alex Rivera)",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("talent@kestrelpay.co.uk", "Kestrel Pay Talent"),
        att=[
            person("rhys.penhale@kestrelpay.co.uk", "Rhys Penhale"),
            person("ops.reception@kestrelpay.co.uk", "Kestrel Reception 5F", resource=True),
        ],
        desc="Welcome to Kestrel! Please arrive 10 minutes early and ask for Jess at reception. Part 1 of 3: Architecture with Rhys (Principal Engineer).",
        loc="Kestrel Pay, 40 Leman Street, London E1 8EU",
        zone="Europe/London",
    )
    _x(
        "Kestrel Pay onsite – Part 2: Lunch with the Payouts team",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("talent@kestrelpay.co.uk", "Kestrel Pay Talent"),
        desc="Informal lunch with three engineers from Payouts. Part 2 of 3 of your onsite. Dietary requirements? Let Jess know.",
        loc="Kestrel Pay, 40 Leman Street, London E1 8EU",
        zone="Europe/London",
    )
    _x(
        "Kestrel Pay onsite – Part 3: Leadership & Collaboration",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("talent@kestrelpay.co.uk", "Kestrel Pay Talent"),
        att=[
            person("imogen.hartley@kestrelpay.co.uk", "Imogen Hartley"),
            person("dev.chauhan@kestrelpay.co.uk", "Dev Chauhan"),
        ],
        desc="Part 3 of 3. Imogen and Dev (Product) – how you influence roadmaps, mentor, and handle incidents.",
        loc="Kestrel Pay, 40 Leman Street, London E1 8EU",
        zone="Europe/London",
    )
    for i, (slot, who) in enumerate(
        [
            ("Coding (CoderPad)", "Hiroshi Tan"),
            ("System Design", "Maya Oduya"),
            ("Project Deep Dive", "Leah Abrams"),
            ("Hiring Manager", "Carlos Nwosu"),
        ],
        1,
    ):
        _x(
            f"[Quillpoint] Virtual Onsite {i}/4 – {slot} – Alex Rivera",
            interview=True,
            company="Quillpoint",
            role="Staff Software Engineer, Infrastructure",
            org=("no-reply@quillpoint.com", None),
            att=[person(f"{who.split()[0].lower()}.{who.split()[1].lower()}@quillpoint.com", who)],
            desc=f"Virtual Onsite, session {i} of 4: {slot}. 10-minute break between sessions. Same Zoom link for all sessions.",
            conf=("Zoom Meeting", "https://quillpoint.zoom.us/j/81107739999"),
            zone="America/Los_Angeles",
        )
    _x(
        "Vlonder on-site: deel 1 – pair programming",
        interview=True,
        company="Vlonder",
        role="Backend Engineer (Go)",
        org=("recruitment@vlonder.nl", "Vlonder Recruitment"),
        desc="Dag 1 van je on-site. 10:00 pair programming met Sanne. Koffie staat klaar!",
        loc="Wibautstraat 212, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Vlonder on-site: deel 2 – gesprek met de founders",
        interview=True,
        company="Vlonder",
        role="Backend Engineer (Go)",
        org=("recruitment@vlonder.nl", "Vlonder Recruitment"),
        att=[
            person("joost@vlonder.nl", "Joost Verhoeven"),
            person("mirte@vlonder.nl", "Mirte Jansen"),
        ],
        desc="13:30 – 14:30 gesprek met Joost (CEO) en Mirte (CTO). Daarna ben je vrij!",
        loc="Wibautstraat 212, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Lingonberg on-site 🇸🇪 block 1: tech deep dive",
        interview=True,
        company="Lingonberg Tech",
        role="Senior Backend Engineer",
        desc="Götgatan 22, ask for Johanna. Oskar + 2 from the core team. ~90 min",
        loc="Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Lingonberg on-site block 2: fika + values chat w/ Head of Eng",
        interview=True,
        company="Lingonberg Tech",
        role="Senior Backend Engineer",
        loc="Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )


def _reschedules() -> None:
    _x(
        "Updated invitation: Kestrel Pay | Alex Rivera | Hiring Manager Interview",
        interview=True,
        company="Kestrel Pay",
        role="Staff Backend Engineer, Payouts",
        org=("talent@kestrelpay.co.uk", "Kestrel Pay Talent"),
        att=[person("imogen.hartley@kestrelpay.co.uk", "Imogen Hartley")],
        desc="This event has been changed. Imogen had a clash, so we've moved your Hiring Manager Interview to the new time. Apologies for the shuffle!",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "REPROGRAMADA – Entrevista técnica - Olivar Energía",
        interview=True,
        company="Olivar Energía",
        role="Ingeniero/a de Datos Senior",
        org=("seleccion@olivarenergia.es", "Selección Olivar"),
        desc="Hola Alex, como hablamos por teléfono movemos la entrevista técnica al jueves a la misma hora. Perdona las molestias.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OliV4r%40thread.v2/0",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Verschoben: Fachinterview Kranich Versicherung (Teil 2)",
        interview=True,
        company="Kranich Versicherung",
        role="Lead Data Architect",
        org=("bewerbermanagement@kranich-versicherung.de", "Bewerbermanagement Kranich"),
        desc="Sehr geehrte/r Alex Rivera,\nleider müssen wir den Termin krankheitsbedingt verschieben. Neuer Termin siehe Einladung. Wir bitten um Verständnis.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KrAnIcH2%40thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "[일정 변경] 달빛페이 2차 면접 - Alex Rivera님",
        interview=True,
        company="달빛페이",
        role="백엔드 엔지니어 (결제 플랫폼)",
        org=("recruit@dalbitpay.co.kr", "달빛페이 채용팀"),
        desc="Alex님, 면접관 일정으로 인해 2차 면접 시간이 변경되었습니다. 변경된 일정 확인 부탁드립니다. (오전 9시 KST = 오전 1시 CET... 죄송합니다!) ",
        conf=("Zoom Meeting", "https://dalbitpay.zoom.us/j/97713409900"),
        zone="Asia/Seoul",
    )
    _x(
        "moved!! Sakurada final → Thu 8:30 JST (= 1:30 am here ugh)",
        interview=True,
        company="Sakurada",
        role=None,
        zone="Asia/Tokyo",
    )
    _x(
        "Invitation mise à jour : Entretien RH – Maison Calisson – Alex Rivera",
        interview=True,
        company="Maison Calisson",
        role="Lead Data Engineer",
        org=("camille.roussel@maisoncalisson.fr", "Camille Roussel"),
        desc="Bonjour Alex, je décale notre échange d'une heure, j'espère que cela vous convient. Camille",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Nova data: Entrevista Jabuticaba Labs (tech round)",
        interview=True,
        company="Jabuticaba Labs",
        role="Backend Engineer Sr",
        org=("bruna.alencar@jabuticabalabs.com", "Bruna Alencar"),
        desc="Oi Alex! Remarcamos o tech round pra sexta, ok? O Diego teve um imprevisto. Link continua o mesmo.",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/85544120777"),
        zone="America/Sao_Paulo",
    )


def _trials_cases_assessments() -> None:
    _x(
        "Probetag bei Spreebyte 🧪",
        interview=True,
        company="Spreebyte",
        role="Senior Data Engineer",
        org=("dominik.haas@spreebyte.de", "Dominik Haas"),
        desc=(
            "Hi Alex, wie besprochen dein Probetag bei uns im Office (Köpenicker Str. 154). Du arbeitest einen Tag mit dem Data-Team an einem echten Ticket, "
            "Mittagessen geht auf uns, Tag wird vergütet. Start 9:30, Ende ca. 17:00. Laptop bekommst du von uns. Dominik"
        ),
        loc="Köpenicker Str. 154, 10997 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Paid trial day – Harbor & Slate",
        interview=True,
        company="Harbor & Slate",
        role="Founding Data Engineer",
        org=("nick@harborandslate.com", "Nick Adebayo"),
        att=[person("tess@harborandslate.com", "Tess Nguyen")],
        desc="Work-trial day (remote). We'll pay a flat day rate. Slack guest invite + repo access sent separately. Demo what you built at 4pm ET.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Dia de imersão – Cajuína Tech",
        interview=True,
        company="Cajuína Tech",
        role="Pessoa Engenheira de Software Sênior (Backend)",
        org=("vagas@cajuina.tech", "Cajuína Tech"),
        desc="Etapa final: um dia de imersão (remoto) acompanhando o squad de Pagamentos, com uma conversa de fechamento com o CTO no fim do dia.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Fenwick & Moss Assessment Centre – Data Engineering Lead",
        interview=True,
        company="Fenwick & Moss",
        role="Data Engineering Lead",
        org=("earlycareers-noreply@fenwickmoss.co.uk", "Fenwick & Moss Resourcing"),
        desc=(
            "Dear Alex,\n\nWe are delighted to invite you to our Assessment Centre.\n\n09:30 Arrival and welcome\n10:00 Group exercise\n"
            "11:15 Case study preparation\n12:00 Case study presentation to panel\n13:00 Lunch\n14:00 Competency-based interview\n\n"
            "Please bring photo ID. Dress code: business casual.\n\nFenwick & Moss Resourcing Team"
        ),
        loc="Fenwick & Moss, 3 Wellington Place, Leeds LS1 4AP",
        zone="Europe/London",
    )
    _x(
        "Assessment Center Kranich Versicherung (ganztägig)",
        interview=True,
        company="Kranich Versicherung",
        role="Lead Data Architect",
        org=("bewerbermanagement@kranich-versicherung.de", "Bewerbermanagement Kranich"),
        desc="Ablauf: Selbstpräsentation, Fallstudie Datenstrategie, Rollenspiel Führungsgespräch, Abschlussgespräch mit dem Vorstand Ressort IT.",
        loc="Kranich Versicherung AG, Theodor-Heuss-Ring 9, 50668 Köln",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Banque Ardoise – Restitution du cas pratique (étape 3/4)",
        interview=True,
        company="Banque Ardoise",
        role="Ingénieur·e Backend Senior – Paiements",
        org=("recrutement@banque-ardoise.fr", "Recrutement Banque Ardoise"),
        att=[
            person("thibault.marchand@banque-ardoise.fr", "Thibault Marchand"),
            person("nadia.benali@banque-ardoise.fr", "Nadia Benali"),
        ],
        desc="Vous présenterez votre solution au cas pratique (20 min) puis échange avec le jury (40 min).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ArDo1Se3%40thread.v2/0",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Take-home walkthrough – Ledgerly",
        interview=True,
        company="Ledgerly",
        role="Senior Software Engineer",
        org=("oliver.pike@ledgerly.co.uk", "Oliver Pike"),
        att=[person("hannah.reeve@ledgerly.co.uk", "Hannah Reeve")],
        desc="Alex will walk us through the reconciliation take-home (Senior Software Engineer). Hannah to lead, 45 min questions + extensions.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Polderdata – Business Case presentatie",
        interview=True,
        company="Polderdata",
        role="Data Engineer II",
        org=("priya.shah@polderdata.nl", "Priya Shah"),
        att=[person("willem.devries@polderdata.nl", "Willem de Vries")],
        desc="Je presenteert je aanpak voor de case (15 min), daarna vragen van Willem (Head of Data). Slides mogen in het Engels.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Live coding – Bursztyn Systems (CodeSignal, with interviewer)",
        interview=True,
        company="Bursztyn Systems",
        role="Senior Python Developer",
        org=("rekrutacja@bursztyn.systems", "Zespół Rekrutacji Bursztyn"),
        att=[person("pawel.nowicki@bursztyn.systems", "Paweł Nowicki")],
        desc="Live session with Paweł on CodeSignal. Camera on, he'll be watching and asking questions as you go. Link arrives 5 min before.",
        zone="Europe/Warsaw",
    )


def _informal_coffees() -> None:
    _x(
        "Coffee w/ Jonas @ Spreebyte ☕",
        interview=True,
        company="Spreebyte",
        role=None,
        desc="recruiter says it's 'just a coffee' w/ the VP Eng but counts as the HM stage. dont be late. Café Kreuzberg corner",
        loc="Oranienstraße 31, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Fika med Karin (Fjällsta)",
        interview=True,
        company="Fjällsta",
        role="Tech Lead",
        org=("karin.sundberg@fjallsta.se", "Karin Sundberg"),
        desc="Hej Alex! Let's do this next step over a fika instead of Teams – it's still part of the process, just more relaxed. Vi ses! /Karin",
        loc="Café Pascal, Norrtullsgatan 4, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Aperitivo con Marco (Bottega Dati) – chiacchierata informale",
        interview=True,
        company="Bottega Dati",
        role="Senior Analytics Engineer",
        org=("marco.bellini@bottegadati.it", "Marco Bellini"),
        desc="Ciao Alex, prima del colloquio finale ci vediamo per un aperitivo e ti racconto del team. È comunque parte del processo di selezione, niente di formale :)",
        loc="Piazza Santo Stefano, Bologna",
        zone="Europe/Rome",
    )
    _x(
        "Breakfast w/ Greg (Ostrander CTO) - 'not an interview' lol",
        interview=True,
        company="Ostrander Freight",
        role=None,
        desc="he's in Amsterdam for a conf. recruiter said this replaces the final round. Hotel lobby 8am",
        loc="Hotel lobby, Prins Hendrikkade, Amsterdam",
    )
    _x(
        "Çay & sohbet – Emre (Lale Ödeme)",
        interview=True,
        company="Lale Ödeme",
        role="Kıdemli Yazılım Mühendisi",
        org=("emre.aksoy@laleodeme.com.tr", "Emre Aksoy"),
        desc="Alex, İstanbul'dayken resmi olmayan bir sohbet yapalım; ekibe uyum için son adım sayılır. Karaköy'de buluşalım. Emre",
        loc="Karaköy, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Café com a Renata (Ipê) - bate-papo",
        interview=True,
        company="Ipê Pagamentos",
        role=None,
        desc="ela vai estar em Lisboa/Amsterdã essa semana, quer um 'papo informal' antes da proposta — é a etapa de fit cultural",
        loc="Coffee Company, Amsterdam Centraal",
    )


def _prep_and_reminders() -> None:
    _x(
        "Prep: Kestrel HM interview (STAR stories, payouts incident)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "prep sys design - Quillpoint onsite",
        interview=False,
        company=None,
        role=None,
        desc="- rate limiter\n- multi-region kv store\n- re-read DDIA ch 5-6\n- practise talking out loud!!",
    )
    _x("📚 LeetCode grind (graphs + DP)", interview=False, company=None, role=None)
    _x(
        "Vorbereitung Vorstellungsgespräch Nordlicht – Firmenprofil lesen",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Préparer l'entretien Banque Ardoise – relire le cas",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "Repasar preguntas entrevista Olivar (en español!)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "面接準備：星空システムズ 会社研究",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )
    _x("달빛페이 면접 준비 - 결제 도메인 공부", interview=False, company=None, role=None)
    _x(
        "Reminder: charge laptop + test Zoom before Tallgrass onsite",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Interview tomorrow: Lingonberg (reminder from Teamtailor)",
        interview=False,
        company=None,
        role=None,
        org=("noreply@teamtailor.com", "Teamtailor"),
        desc="This is a friendly reminder that you have an interview with Lingonberg Tech tomorrow. Good luck!",
        all_day=True,
    )
    _x("Print CV + portfolio for F&M assessment centre", interview=False, company=None, role=None)
    _x(
        "Salary research – Stockholm / Amsterdam / Berlin bands",
        interview=False,
        company=None,
        role=None,
    )
    _x("Update CV (EN + DE version) + LinkedIn headline", interview=False, company=None, role=None)
    _x(
        "Write cover letter – Lanterna (in italiano, chiedi a Chiara di rileggere)",
        interview=False,
        company=None,
        role=None,
    )
    _x("Apply: 5 roles today (Workday ones take forever)", interview=False, company=None, role=None)
    _x(
        "Deadline application Polderdata (vacature sluit)",
        interview=False,
        company=None,
        role=None,
        all_day=True,
    )
    _x(
        "Follow up w/ Dana (Tallgrass) if no news by today",
        interview=False,
        company=None,
        role=None,
    )
    _x("Rehearse Ardoise case presentation out loud x2", interview=False, company=None, role=None)
    _x(
        "Block: no meetings – decompress after 3 interviews today",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Heads-up: Kestrel calling Sarah for my reference",
        interview=False,
        company=None,
        role=None,
        desc="text Sarah a thank you + tell her it's the Payouts team. reference check, not me.",
    )
    _x("Job search spreadsheet review (weekly) 📊", interview=False, company=None, role=None)


def _travel_and_thanks() -> None:
    _x(
        "Flight NV 1432 AMS → LHR",
        interview=False,
        company=None,
        role=None,
        org=("itinerary@northwindair.example", "Northwind Air"),
        desc="Booking ref QX7P2L. Seat 14C. Dep 07:05 Amsterdam Schiphol, arr 07:25 London Heathrow T3. (Kestrel onsite trip)",
        loc="Amsterdam Schiphol (AMS)",
        zone="Europe/Amsterdam",
    )
    _x(
        "🚆 Rotterdam C → Amsterdam Zuid (Vlonder on-site)",
        interview=False,
        company=None,
        role=None,
        loc="Rotterdam Centraal",
    )
    _x(
        "ICE 622 Köln Hbf – Assessment Center Kranich Anreise",
        interview=False,
        company=None,
        role=None,
        desc="Wagen 8, Platz 65. Ankunft 08:42, dann 10 Min zu Fuß.",
        loc="Köln Hbf",
        zone="Europe/Berlin",
    )
    _x(
        "Hotel check-in – Stockholm (Lingonberg trip)",
        interview=False,
        company=None,
        role=None,
        loc="Hotel Söder, Ringvägen 98, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Vlucht RTM → IST (Lale Ödeme bezoek + vakantie)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Istanbul",
    )
    _x(
        "Uber to F&M office, leave 9:00 latest!",
        interview=False,
        company=None,
        role=None,
        zone="Europe/London",
    )
    _x(
        "Train Marseille St-Charles → back home",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Paris",
    )
    _x("✉️ Thank-you email to Imogen + Rhys (Kestrel)", interview=False, company=None, role=None)
    _x(
        "send thank you notes - Quillpoint onsite (4 ppl!)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Bedankmail sturen naar Pieter & Fatima (Grachtwerk)",
        interview=False,
        company=None,
        role=None,
    )
    _x("Dankesmail an Henrike – Nordlicht", interview=False, company=None, role=None)
    _x("お礼メール送信（星空・森本さん）", interview=False, company=None, role=None)
    _x("Mandar agradecimento pra Renata e Caio (Ipê)", interview=False, company=None, role=None)
    _x(
        "Reply to Lingonberg feedback survey (candidate experience)",
        interview=False,
        company=None,
        role=None,
    )


def _mock_and_coaching() -> None:
    _x(
        "Mock interview: system design w/ Priyanka",
        interview=False,
        company=None,
        role=None,
        org=("priyanka.d@gmail.com", "Priyanka Desai"),
        desc="Practice round before Quillpoint. I'll play the interviewer, you design a URL shortener then a metrics pipeline. Brutal feedback promised 😈",
        meet="meet",
    )
    _x(
        "Mock Interview – Behavioral (interviewing.io style)",
        interview=False,
        company=None,
        role=None,
        org=("sessions@mockloop.example", "MockLoop"),
        desc="Your anonymous practice interview with a senior engineer from a large tech company. This is a practice session and does not count toward any hiring process.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84100293355"),
    )
    _x(
        "Career coaching session 3/6 – Hanneke",
        interview=False,
        company=None,
        role=None,
        org=("hanneke@loopbaanbureau-tij.nl", "Hanneke Smits"),
        desc="Onderwerp: onderhandelen over een aanbod + omgaan met meerdere processen tegelijk. Neem je overzicht mee.",
        loc="Loopbaanbureau Tij, Witte de Withstraat 50, Rotterdam",
    )
    _x(
        "Salary negotiation coaching (1h) 💰",
        interview=False,
        company=None,
        role=None,
        org=("book@offerwise-coaching.example", "Offerwise Coaching"),
        meet="meet",
    )
    _x("practice interview DE w/ Jana (nur auf Deutsch!)", interview=False, company=None, role=None)
    _x(
        "Mock case interview – Ardoise prep w/ Léa",
        interview=False,
        company=None,
        role=None,
        desc="Léa fait le jury, 20 min de présentation + questions",
        zone="Europe/Paris",
    )
    _x(
        "Japanese business etiquette for interviews – Yuki tutoring",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )
    _x(
        "Pramp peer mock – coding",
        interview=False,
        company=None,
        role=None,
        org=("noreply@peerprep.example", "PeerPrep"),
        desc="You're matched with a peer. You'll each take turns as interviewer and interviewee (30 min each).",
    )
    _x("Resume review w/ career coach", interview=False, company=None, role=None, meet="meet")
    _x("Intro to LinkedIn outreach – workshop with coach", interview=False, company=None, role=None)


def _fairs_webinars_tests() -> None:
    _x(
        "Tech Talent Expo Amsterdam – career fair",
        interview=False,
        company=None,
        role=None,
        desc="Bring 20 CVs. Booths: Vlonder, Polderdata, Grachtwerk + ~80 others. Registration code TTE-4471.",
        loc="Westergasfabriek, Amsterdam",
        all_day=True,
    )
    _x(
        "Webinar: Cracking the Staff Engineer Interview",
        interview=False,
        company=None,
        role=None,
        org=("events@staffplus-community.example", "Staff+ Community"),
        desc="Live webinar with Q&A. Panelists share how Staff-level interview loops differ. Recording sent to all registrants.",
        conf=("Zoom Webinar", "https://us06web.zoom.us/w/88123440021"),
    )
    _x(
        "Virtual career fair: Work in Japan (英語OK企業)",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )
    _x(
        "Meet the team: Lingonberg Tech open house (public event)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Stockholm",
    )
    _x(
        "Webinar: Relocating to Germany as a tech worker (Blue Card)",
        interview=False,
        company=None,
        role=None,
        org=("webinar@make-it-in-de.example", "Relocate DE"),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BlUeCaRd%40thread.v2/0",
        ),
    )
    _x(
        "HackerRank Assessment – Kaveri Analytics – deadline",
        interview=False,
        company=None,
        role=None,
        desc="Self-paced test, 90 minutes once started. Link expires tonight 23:59 IST. 3 coding + 10 SQL MCQs.",
        all_day=True,
        zone="Asia/Kolkata",
    )
    _x(
        "Codility test Bursztyn – zrobić do piątku!!",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "Online assessment (SHL numerical + situational) – Fenwick & Moss",
        interview=False,
        company=None,
        role=None,
        desc="Complete online by 5pm. Untimed situational judgement; numerical is timed (18 min). Do it somewhere quiet.",
    )
    _x(
        "Take-home due: Ledgerly reconciliation exercise ⏰",
        interview=False,
        company=None,
        role=None,
        all_day=True,
    )
    _x("Work on Polderdata case (self-paced)", interview=False, company=None, role=None)
    _x(
        "One-way video interview – Nopal Finanzas – closes today",
        interview=False,
        company=None,
        role=None,
        desc="Recorded answers, no live interviewer. 5 questions, 2 minutes each, 1 retake allowed. Link from the Lever email.",
        all_day=True,
    )
    _x(
        "SPI適性検査 受検期限（星空システムズ）",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Asia/Tokyo",
    )
    _x(
        "달빛페이 온라인 인적성검사 마감",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Asia/Seoul",
    )
    _x(
        "云禾 在线笔试 截止",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Asia/Shanghai",
    )
    _x(
        "Persönlichkeitstest Kranich (online, ca. 30 Min) erledigen",
        interview=False,
        company=None,
        role=None,
    )


def _networking_and_info_chats() -> None:
    _x(
        "Chat w/ Sofie (ex-colleague, now at Grachtwerk) – what's it like there?",
        interview=False,
        company=None,
        role=None,
        desc="not part of the process, just want the real story on on-call + the CTO. she offered a referral if I want",
    )
    _x(
        "Informational interview – Ahmet (ex-Initech, now in Istanbul)",
        interview=False,
        company=None,
        role=None,
        org=("ahmet.yilmaz@gmail.com", "Ahmet Yılmaz"),
        desc="Happy to tell you about the tech scene in Istanbul and what relocating was like. No agenda! A.",
        meet="meet",
    )
    _x(
        "Alumni call – Kenji re working in Tokyo as a foreigner",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )
    _x(
        "Data Engineering Meetup Rotterdam – drinks 🍻",
        interview=False,
        company=None,
        role=None,
        loc="Het Schieland Café, Rotterdam",
    )
    _x(
        "Coffee chat w/ Bea (Madrid, analytics lead) – networking",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Referral chat – Daniel (works at Quillpoint)",
        interview=False,
        company=None,
        role=None,
        desc="Daniel will refer me internally. Asking him about team culture + which team to target. He is not on the loop.",
    )
    _x(
        "LinkedIn: follow up with 3 recruiters from last week",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Women & Allies in Data – São Paulo (online meetup)",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Berlin Python Stammtisch",
        interview=False,
        company=None,
        role=None,
        loc="c-base, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Call w/ Anjali – relocation to Bengaluru, pros/cons",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Kolkata",
    )
    _x(
        "Kaffee mit Moritz (Gründer, sucht evtl. Co-Founder) – nur Austausch",
        interview=False,
        company=None,
        role=None,
    )


def _initech_work() -> None:
    _x(
        "Interview: Jordan Blake – Senior Backend Engineer – System Design (Alex)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake.dev@gmail.com", "Jordan Blake")],
        desc="You are interviewing Jordan Blake for Senior Backend Engineer (REQ-3391). Focus area: System Design. Please submit your scorecard in Greenhouse within 24 hours.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95012344410"),
    )
    _x(
        "Phone screen – candidate Hana Sato (Data Eng II) – interviewer: Alex R.",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Technical phone screen. Use question bank DE-SQL-04. Candidate is in Osaka, be mindful of the time.",
        meet="meet",
    )
    _x(
        "Debrief: Jordan Blake (Senior Backend)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kim.osei@initech.com", "Kim Osei"),
        att=[
            person("raj.patel@initech.com", "Raj Patel"),
            person("lisa.meyer@initech.com", "Lisa Meyer"),
        ],
        meet="meet",
    )
    _x(
        "Hiring Committee – Backend L5 (weekly)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kim.osei@initech.com", "Kim Osei"),
        desc="Packets: Jordan Blake, Mireille Dufresne, Tomasz Lis. Read packets before the meeting please.",
        meet="meet",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        meet="meet",
    )
    _x(
        "Onsite loop – Mireille Dufresne – Alex: coding",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("mireille.dufresne@outlook.fr", "Mireille Dufresne")],
        loc="Initech Amsterdam – Room Swingline",
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        meet="meet",
    )
    _x(
        "1:1 Alex <> Priya (weekly)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("priya.raman@initech.com", "Priya Raman")],
        meet="meet",
    )
    _x(
        "Mid-year Performance Review – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Please complete your self-assessment in Lattice beforehand. We'll go over goals, feedback and growth.",
        meet="meet",
    )
    _x(
        "Performance review: Priya Raman (Alex as manager)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("priya.raman@initech.com", "Priya Raman")],
    )
    _x(
        "Calibration – Data Platform perf cycle",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HRBP"),
    )
    _x(
        "Stay conversation – Alex & Morgan",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Informal chat about what keeps you at Initech and what would make you stay. Not a performance conversation.",
    )
    _x(
        "Skip-level w/ Bill (VP Eng)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
    )
    _x(
        "Vendor call: Glacierbase renewal + pricing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("account.exec@glacierbase.example", "Ryan Holt"),
        desc="Q3 renewal, committed-use discount, SSO add-on.",
        conf=("Zoom Meeting", "https://glacierbase.zoom.us/j/82233110045"),
    )
    _x(
        "Vendor demo: Tessellate observability (eval)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        meet="meet",
    )
    _x(
        "Data Platform Team Offsite – Day 1",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        loc="De Hallen, Amsterdam",
        all_day=True,
    )
    _x(
        "Offsite: retro + roadmap + team dinner",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        loc="De Hallen, Amsterdam",
    )
    _x("Sprint planning", interview=False, company=None, role=None, me=WORK_ME, meet="meet")
    _x(
        "Incident review: ingestion lag (INC-2291)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        meet="meet",
    )
    _x(
        "Exit interview – Chris Dalton",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HRBP"),
        desc="Alex, Chris asked for his manager to join the last 15 minutes of his exit interview.",
    )
    _x(
        "Intern candidate interviews – shadowing Raj",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
    )
    _x("Write interview feedback – Hana Sato", interview=False, company=None, role=None, me=WORK_ME)
    _x("OOO – dentist", interview=False, company=None, role=None, me=WORK_ME)
    _x("Focus time", interview=False, company=None, role=None, me=WORK_ME)
    _x(
        "Tech talk: how we interview at Initech (eng all-hands)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("eng-allhands@initech.com", "Engineering All-Hands"),
        meet="meet",
    )
    _x(
        "Backend hiring sync w/ recruiting",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kim.osei@initech.com", "Kim Osei"),
    )
    _x(
        "Customer interview – Acme Logistics (product discovery)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("pm.nora@initech.com", "Nora Feld"),
        desc="Discovery interview with a customer's data team about the export API. Alex to take notes.",
        meet="meet",
    )


def _friends_and_family() -> None:
    _x(
        "Wish Noor luck 🍀 – her final round @ Tallgrass",
        interview=False,
        company=None,
        role=None,
        desc="funny, same company as me. text her 8am",
    )
    _x(
        "Drive Mia to her interview at Erasmus MC",
        interview=False,
        company=None,
        role=None,
        loc="Erasmus MC, Rotterdam",
    )
    _x(
        "Dad – job interview call at 10, pep talk before 🙏",
        interview=False,
        company=None,
        role=None,
        zone="America/Mexico_City",
    )
    _x(
        "Mock interview for Sam (his first PM job)",
        interview=False,
        company=None,
        role=None,
        org=("sam.okoro@gmail.com", "Sam Okoro"),
        desc="You be the interviewer pls, product sense + 'tell me about yourself'. I'll buy dinner",
        meet="meet",
    )
    _x(
        "Lucía – entrevista en el banco, llamarla después",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Tante Ineke sollicitatiegesprek bibliotheek – oppassen op de hond",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Help Jonas w/ CV + interview prep (he's applying in Munich)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Mamãe – entrevista do concurso, ligar à noite",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Tom's PhD defense (viva) 🎓",
        interview=False,
        company=None,
        role=None,
        loc="Senate House, London",
        zone="Europe/London",
    )
    _x("Nina – Einstellungstest Polizei, Daumen drücken", interview=False, company=None, role=None)
    _x(
        "Skype w/ cousin Arjun – his campus placement interviews",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Kolkata",
    )


def _appointments() -> None:
    _x(
        "Visa interview – U.S. Consulate General Amsterdam",
        interview=False,
        company=None,
        role=None,
        desc="B1/B2 for the conference + possible onsite. Bring DS-160 confirmation, passport, photo. No electronics allowed.",
        loc="Museumplein 19, Amsterdam",
    )
    _x(
        "Biometrie afspraak IND (verblijfsvergunning)",
        interview=False,
        company=None,
        role=None,
        loc="IND Rotterdam",
    )
    _x(
        "Entrevista consular – visto de trabalho (Consulado do Brasil)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "在留資格 相談 – immigration lawyer (online)",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Tokyo",
    )
    _x(
        "Lawyer: review Kestrel offer / non-compete clause",
        interview=False,
        company=None,
        role=None,
        org=("j.vermeulen@vermeulen-arbeidsrecht.nl", "Joris Vermeulen"),
        desc="Arbeidsrecht consult, 45 min. Send the draft contract + current Initech contract in advance.",
    )
    _x(
        "Huisarts – intakegesprek nieuwe praktijk",
        interview=False,
        company=None,
        role=None,
        loc="Huisartsenpraktijk Kralingen",
    )
    _x("Physio – Erstgespräch / Anamnese", interview=False, company=None, role=None)
    _x("Dentist 🦷", interview=False, company=None, role=None)
    _x("Therapy (weekly)", interview=False, company=None, role=None)
    _x(
        "Bezichtiging appartement Amsterdam-Oost",
        interview=False,
        company=None,
        role=None,
        desc="Makelaar: Van Dam Wonen. Group viewing, 12 other candidates. Bring werkgeversverklaring + salary slips.",
        loc="Javastraat 41-2, Amsterdam",
    )
    _x(
        "Tenant interview w/ landlord – Stockholm sublet (andrahand)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Stockholm",
    )
    _x(
        "Wohnungsbesichtigung Friedrichshain",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista de admisión colegio – sobrina Valentina (acompañar a Carla)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x("Parent-teacher meeting (Lotte's school)", interview=False, company=None, role=None)
    _x("Belastingadviseur – 30%-regeling & emigratie", interview=False, company=None, role=None)
    _x(
        "Jury summons – voir dire",
        interview=False,
        company=None,
        role=None,
        desc="Juror questioning at the county courthouse (US address still on file). Call to ask about being excused – living abroad.",
        zone="America/Chicago",
    )
    _x("Gemeente – afspraak paspoort verlengen", interview=False, company=None, role=None)


def _press_research_hobbies() -> None:
    _x(
        "Podcast recording: 'Pipelines & Pints' – guest interview",
        interview=False,
        company=None,
        role=None,
        org=("hosts@pipelinesandpints.fm", "Pipelines & Pints"),
        desc="Hi Alex! We'll interview you about streaming at scale for ~45 min. Riverside link below, use headphones.",
        loc="https://riverside.fm/studio/pipelines-and-pints",
    )
    _x(
        "Interview w/ journalist (Data Weekly) re Initech migration",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
        desc="Comms will sit in. Approved talking points attached. Do not discuss customers.",
    )
    _x(
        "User research interview – job board app ($40 voucher)",
        interview=False,
        company=None,
        role=None,
        org=("research@hirelane.example", "Hirelane UX Research"),
        desc="Thanks for signing up! We'd love to hear how you search for jobs. 45-minute video session, you'll get a $40 voucher. This is not a job interview.",
        conf=("Zoom Meeting", "https://hirelane.zoom.us/j/87002244190"),
    )
    _x(
        "UX study: banking app feedback session (Lookback)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Student thesis interview – Eva (TU Delft) about data mesh",
        interview=False,
        company=None,
        role=None,
        meet="meet",
    )
    _x("Choir audition – Rotterdams Kamerkoor (tenor)", interview=False, company=None, role=None)
    _x(
        "⚽ Tryouts – Sunday league keeper",
        interview=False,
        company=None,
        role=None,
        loc="Sportpark Varkenoord",
    )
    _x("Bouldering comp – final round 🧗", interview=False, company=None, role=None)
    _x("Improv class: 'The Job Interview' scene night", interview=False, company=None, role=None)
    _x("Chess club – round 5 (vs. Hendrik)", interview=False, company=None, role=None)
    _x("Pub quiz – theme: 'Office Space' 🖨️", interview=False, company=None, role=None)
    _x("Book club: 'The Second Interview' by M. Calder", interview=False, company=None, role=None)
    _x("Padel – screening match for club ladder", interview=False, company=None, role=None)
    _x(
        "Bolt (dog) – temperament assessment at daycare 🐶",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Spanish class – B2: role-play 'entrevista de trabajo'",
        interview=False,
        company=None,
        role=None,
    )
    _x("Cooking class – 'pitch your dish' final", interview=False, company=None, role=None)
