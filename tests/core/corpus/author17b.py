# ruff: noqa: E501 -- data: event texts as written
"""Part author17b, written by hand for followup's calendar corpus: Alex Rivera's own job
interviews in English and a dozen other languages (ATS and scheduler invitations, recruiter
calls, and interviews that never use the word: chats, coffees, Kennenlernen, échanges,
charlas, bate-papos, 面談, trial days, assessment centres, case presentations), set against
many look-alikes: interviews Alex runs at Initech, debriefs and hiring committees, friends'
and partner's interviews, mock interviews and coaching, exit and stay interviews, user
research, press and podcasts, visa/citizenship/police interviews, school, adoption and
housing interviews, auditions, films and books, fairs, webinars, political candidates,
medical screenings, code reviews and onboarding at Alex's current job."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author17b", **kw)


def build() -> None:
    _ats_invitations()
    _ats_invitations_intl()
    _interviews_without_the_word()
    _trial_days_assessments_cases()
    _alex_own_notes()
    _alex_interviewing_at_initech()
    _work_reviews_onboarding_hr()
    _friends_and_family()
    _mock_training_career()
    _fairs_webinars_panels()
    _research_press_podcasts()
    _official_interviews()
    _school_adoption_housing()
    _culture_and_media()
    _misc_lookalikes()
    _prep_and_reminders()


def _ats_invitations() -> None:
    _x(
        "Interview: Alex Rivera <> Fernhill Robotics - Technical Screen",
        interview=True,
        company="Fernhill Robotics",
        role="Senior Backend Engineer",
        org=("grace.okafor@fernhillrobotics.com", "Grace Okafor"),
        att=[person("deepak.menon@fernhillrobotics.com", "Deepak Menon")],
        desc=(
            "Hi Alex,\n\nThanks for making time to speak with us about the Senior Backend Engineer "
            "position. This 60-minute technical screen will be with Deepak Menon, Staff Engineer on "
            "our Fleet Platform team. Expect a live coding exercise in CoderPad (language of your "
            "choice) and a few questions about services you've built.\n\nCoderPad link: "
            "https://app.coderpad.io/J7QX2KF\n\nIf you need to reschedule, just reply to this email.\n\n"
            "Best,\nGrace Okafor | Technical Recruiter | Fernhill Robotics"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera - Hiring Manager Interview (Staff Data Engineer)",
        interview=True,
        company="Quillmark",
        role="Staff Data Engineer",
        org=("no-reply@hire.lever.co", "Quillmark Recruiting"),
        att=[
            person("ben.ashworth@quillmark.io", "Ben Ashworth"),
            person("talent@quillmark.io", "Quillmark Talent", status="needsAction"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>You're confirmed for your <b>Hiring Manager Interview</b> with "
            "Ben Ashworth (Director of Data) for the <b>Staff Data Engineer</b> role at Quillmark.</p>"
            "<p>Format: 45 minutes, conversational. Ben will talk about the team's roadmap and "
            "ask about your experience leading data platform work.</p>"
            "<p>Join Zoom: https://quillmark.zoom.us/j/93418820571</p>"
            "<p>This invitation was sent via Lever on behalf of Quillmark.</p>"
        ),
        conf=("Zoom Meeting", "https://quillmark.zoom.us/j/93418820571"),
    )
    _x(
        "Onsite Loop: Alex Rivera | Product Analytics Lead | Session 2 of 4 - SQL & Metrics",
        interview=True,
        company="Tidepool",
        role="Product Analytics Lead",
        org=("scheduling@ashbyhq.com", "Tidepool Recruiting (via Ashby)"),
        att=[
            person("ines.varga@tidepool.io", "Inés Varga"),
            person("oliver.pratt@tidepool.io", "Oliver Pratt", optional=True),
        ],
        desc=(
            "Virtual onsite - Session 2 of 4\n\nInterviewers: Inés Varga (Analytics Manager), "
            "Oliver Pratt (shadow)\nFocus: SQL fluency, metric design, experiment readouts\n\n"
            "Please have a laptop with a browser ready; we'll share a Mode notebook during the call.\n"
            "Questions? Reach out to your recruiting coordinator, Lena (lena@tidepool.io)."
        ),
        meet="meet",
    )
    _x(
        "Interview Confirmation: Alex Rivera - Software Engineer, Payments",
        interview=True,
        company="Tallyho",
        role="Software Engineer, Payments",
        org=("coordinator@tallyho.com", "Tallyho Recruiting Coordination"),
        att=[
            person("mei.lin@tallyho.com", "Mei Lin"),
            person("room-sf-4-kestrel@tallyho.com", "SF-4 Kestrel (6)", resource=True),
        ],
        loc="Tallyho HQ, 500 Howard St, 4th floor, San Francisco, CA",
        desc=(
            "Schedule for Alex Rivera\n\n"
            "10:00-10:45  Coding (Mei Lin)\n10:45-11:30  System Design (Raúl Ortega)\n"
            "11:30-12:15  Lunch with the Payments team\n12:15-13:00  Behavioral (Aisha Bello, EM)\n\n"
            "Please check in at the front desk with a photo ID. Scheduled with GoodTime."
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with our client - Alex Rivera / Senior Analytics Engineer",
        interview=True,
        company="Corvid Health",
        role="Senior Analytics Engineer",
        org=("rachel.dunn@haywardtalent.co.uk", "Rachel Dunn (Hayward Talent Partners)"),
        att=[person("hannah.stein@corvidhealth.co.uk", "Hannah Stein")],
        desc=(
            "Hi Alex,\n\nGreat news - Corvid Health would like to meet you! This is a first-stage "
            "video interview with Hannah Stein, Head of Data Engineering. It'll be around 45 minutes "
            "and mostly about your dbt and Snowflake experience.\n\nI'll give you a quick call the "
            "day before to prep.\n\nRachel Dunn\nSenior Consultant, Hayward Talent Partners"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk4",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview - Alex Rivera - Data Platform Engineer (client confidential)",
        interview=True,
        company=None,
        role="Data Platform Engineer",
        org=("j.whitaker@stonebridge-search.com", "James Whitaker"),
        desc=(
            "Alex - as discussed, my client (a Series C fintech, can't share the name just yet) would "
            "like a first call with you. Their VP Engineering will join. Dial-in below.\n\nJames"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456789"),
    )
    _x(
        "30 Minute Meeting between Priya Nair and Alex Rivera",
        interview=True,
        company="Kestrel Insurance",
        role="Analytics Engineer",
        org=("priya.nair@kestrelinsurance.com", "Priya Nair"),
        desc=(
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our "
            "meeting.: Intro call re: Analytics Engineer opening (req 2291) - Alex applied via "
            "careers site\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "AF3K2\nReschedule: https://calendly.com/reschedulings/AF3K2\n\nPowered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://kestrel.zoom.us/j/7712049981"),
    )
    _x(
        "Recruiter Phone Screen - Alex Rivera",
        interview=True,
        company="Brightline Freight",
        role="Senior Data Engineer",
        org=("maya.chen@brightlinefreight.com", "Maya Chen"),
        loc="Phone: Maya will call you at the number on your application",
        desc=(
            "Hi Alex - looking forward to our chat about the Senior Data Engineer role on the "
            "Routing Intelligence team at Brightline Freight. 30 minutes, just getting to know your "
            "background and what you're looking for.\n\nScheduled via Greenhouse."
        ),
    )
    _x(
        "Technical Interview (Live Coding) - Alex Rivera",
        interview=True,
        company="Parcelo",
        role="Backend Engineer II",
        org=("recruiting@parcelo.com", "Parcelo Recruiting"),
        att=[
            person("sven.halvorsen@parcelo.com", "Sven Halvorsen"),
            person("amara.diallo@parcelo.com", "Amara Diallo"),
        ],
        desc=(
            "Position: Backend Engineer II\nInterviewers: Sven Halvorsen, Amara Diallo\n\n"
            "We'll use HackerRank CodePair for this session: https://hr.gs/parcelo-cp-88213\n"
            "You'll get 60 minutes; the first 5 are introductions."
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera / Northwind Analytics - Panel Interview",
        interview=True,
        company="Northwind Analytics",
        role="Lead Data Scientist",
        org=("careers@northwind-analytics.com", "Northwind Analytics Careers"),
        att=[
            person("george.baptiste@northwind-analytics.com", "George Baptiste"),
            person("kim.tran@northwind-analytics.com", "Kim Tran"),
            person("lucas.moreau@northwind-analytics.com", "Lucas Moreau", status="tentative"),
        ],
        desc=(
            "Panel interview for the Lead Data Scientist opening.\n\n"
            "Panel: George Baptiste (CTO), Kim Tran (Product), Lucas Moreau (Data Science)\n"
            "Agenda: 10 min intros, 30 min past project deep-dive (please prepare a few slides), "
            "15 min your questions."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1YzQx",
        ),
        zone="America/Chicago",
    )
    _x(
        "Your interview with Lumen Bank has been scheduled",
        interview=True,
        company="Lumen Bank",
        role="Data Engineering Manager",
        org=("lumenbank@myworkday.com", "Lumen Bank Talent Acquisition"),
        desc=(
            "Dear Alex Rivera,\n\nThank you for your interest in the Data Engineering Manager "
            "(R-014482) position at Lumen Bank. Your interview has been scheduled as follows:\n\n"
            "Interview type: Video\nInterviewer(s): Priyanka Shah, Head of Data\nDuration: 60 minutes\n\n"
            "Please log in to your candidate home to view details.\n\nLumen Bank is an equal "
            "opportunity employer."
        ),
        conf=("Zoom Meeting", "https://lumenbank.zoom.us/j/6620018834"),
        zone="America/New_York",
    )
    _x(
        "Round 2: System Design - Alex R.",
        interview=True,
        company="Oakline",
        role="Staff Software Engineer",
        org=("marco.bellini@oakline.dev", "Marco Bellini"),
        att=[person("yuki.tanaka@oakline.dev", "Yuki Tanaka")],
        desc=(
            "Hey Alex, following up on our first chat - this is the system design round for the "
            "Staff SWE role. Yuki will lead, I'll drop in at the end. We'll use Excalidraw, no prep needed.\n- Marco"
        ),
        meet="meet",
    )
    _x(
        "Invitation: Alex Rivera x Vantage Grid (Final Round)",
        interview=True,
        company="Vantage Grid",
        role="Principal Data Engineer",
        org=("sara.lindqvist@vantagegrid.energy", "Sara Lindqvist"),
        att=[
            person("ceo@vantagegrid.energy", "Tom Ekberg"),
            person("cfo@vantagegrid.energy", "Nadia Farouk", status="needsAction"),
        ],
        loc="Vantage Grid, 2200 Market St, Suite 300, Denver CO",
        desc=(
            "Final round for Principal Data Engineer. You'll meet our CEO and CFO (30 min each) "
            "and then have a wrap-up with me. Parking validation at reception."
        ),
        zone="America/Denver",
    )
    _x(
        "Screening call: Alex Rivera (SmartRecruiters)",
        interview=True,
        company="Halcyon Travel",
        role="Senior BI Developer",
        org=("noreply@smartrecruiters.com", "Halcyon Travel via SmartRecruiters"),
        desc=(
            "Hello Alex,\n\nHalcyon Travel invites you to a screening call for the position "
            "Senior BI Developer (Barcelona / Remote).\n\nInterviewer: Mireia Puig, Talent Partner\n"
            "Duration: 30 min\n\nAdd to calendar | Decline | Request new time"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE0NjA1",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Coding pairing session - Alex",
        interview=True,
        company="Mossbank",
        role="Senior Software Engineer",
        org=("talent@mossbank.com", "Mossbank Talent"),
        att=[person("felix.ng@mossbank.com", "Felix Ng")],
        desc=(
            "Interview stage 3/5 for Senior Software Engineer.\n\nYou'll pair with Felix on a "
            "small refactoring exercise in our sandbox repo. It's collaborative - think out loud, "
            "ask questions, Google things if you need to.\n\nSetup: https://mossbank.com/candidates/pairing-setup"
        ),
        meet="meet",
        zone="Europe/London",
    )


def _ats_invitations_intl() -> None:
    _x(
        "Vorstellungsgespräch - Alex Rivera - Senior Data Engineer (m/w/d)",
        interview=True,
        company="Hanseatische Logistik AG",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@hanseatische-logistik.de", "Hanseatische Logistik AG - Recruiting"),
        att=[
            person("j.krueger@hanseatische-logistik.de", "Jens Krüger"),
            person("s.yilmaz@hanseatische-logistik.de", "Selin Yilmaz"),
        ],
        loc="Am Sandtorkai 41, 20457 Hamburg, Empfang EG",
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer "
            "(m/w/d). Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen.\n\n"
            "Gesprächspartner: Jens Krüger (Teamleitung Data), Selin Yilmaz (HR Business Partner)\n"
            "Dauer: ca. 90 Minuten\n\nBitte melden Sie sich am Empfang. Reisekosten erstatten wir "
            "gemäß unserer Richtlinie.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Zweites Gespräch: Alex Rivera / Fachinterview",
        interview=True,
        company="Nordlicht Software",
        role="Backend-Entwickler:in (Kotlin)",
        org=("jobs@nordlicht-software.de", "Nordlicht Software GmbH"),
        att=[person("m.hartmann@nordlicht-software.de", "Mareike Hartmann")],
        desc=(
            "Hallo Alex,\n\ndanke für das nette erste Gespräch! Wie besprochen das Fachinterview für "
            "die Stelle Backend-Entwickler:in (Kotlin): ca. 60 Min mit Mareike aus dem Plattform-Team, "
            "etwas Live-Coding und Architektur.\n\nViele Grüße\nTim von Nordlicht\n\n-- Gesendet über Personio"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien - Alex Rivera - Data Engineer confirmé(e)",
        interview=True,
        company="Lumio",
        role="Data Engineer confirmé(e)",
        org=("recrutement@lumio.fr", "Camille Lefèvre"),
        att=[person("antoine.girard@lumio.fr", "Antoine Girard")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature sur Welcome to the Jungle, nous avons le plaisir "
            "de vous proposer un entretien avec Antoine Girard, CTO, pour le poste de Data Engineer "
            "confirmé(e).\n\nDurée : 45 min, en visio.\n\nÀ très vite,\nCamille - Talent Acquisition, Lumio"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH + manager - Solvéa - Alex Rivera",
        interview=True,
        company="Solvéa",
        role="Responsable Data",
        org=("claire.dubois@solvea.fr", "Claire Dubois"),
        loc="Solvéa, 12 rue de la Part-Dieu, 69003 Lyon",
        desc=(
            "Bonjour Alex,\n\nComme convenu, je vous confirme notre rendez-vous dans nos locaux pour "
            "le poste de Responsable Data. Vous rencontrerez d'abord Nicolas (DRH) puis moi-même.\n"
            "Pensez à vous munir d'une pièce d'identité pour l'accueil.\n\nCordialement,\nClaire Dubois"
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entrevista con Alex Rivera - Ingeniero/a de Datos Senior",
        interview=True,
        company="Grupo Alcázar",
        role="Ingeniero/a de Datos Senior",
        org=("seleccion@grupoalcazar.es", "Selección Grupo Alcázar"),
        att=[person("lucia.navarro@grupoalcazar.es", "Lucía Navarro")],
        desc=(
            "Hola Alex:\n\nGracias por tu interés en la vacante de Ingeniero/a de Datos Senior. Te "
            "confirmamos la entrevista con Lucía Navarro, responsable del área de Datos.\n\n"
            "Duración aproximada: 50 minutos. Enlace de Teams abajo.\n\nUn saludo,\nEquipo de Selección"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxjYXph",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica - Alex Rivera | Engenharia de Dados",
        interview=True,
        company="Nuvemtech",
        role="Pessoa Engenheira de Dados Sênior",
        org=("talentos@nuvemtech.com.br", "Time de Talentos Nuvemtech"),
        att=[
            person("rafael.souza@nuvemtech.com.br", "Rafael Souza"),
            person("bianca.lima@nuvemtech.com.br", "Bianca Lima"),
        ],
        desc=(
            "Olá, Alex!\n\nVocê avançou para a etapa de entrevista técnica da vaga Pessoa Engenheira de "
            "Dados Sênior. A conversa será com Rafael (Tech Lead) e Bianca (Engenheira de Dados).\n\n"
            "Duração: 1h. Pode ter um exercício de modelagem, nada para preparar antes.\n\nAbraços,\nTime de Talentos"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio tecnico - Alex Rivera - Data Engineer",
        interview=True,
        company="Fabbrica Digitale",
        role="Data Engineer",
        org=("hr@fabbricadigitale.it", "Giulia Romano"),
        att=[person("matteo.ricci@fabbricadigitale.it", "Matteo Ricci")],
        desc=(
            "Gentile Alex,\n\nle confermiamo il colloquio tecnico per la posizione di Data Engineer "
            "presso Fabbrica Digitale. Parteciperà Matteo Ricci, Head of Engineering.\n\n"
            "Cordiali saluti,\nGiulia Romano - HR"
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek Alex Rivera - Data Engineer",
        interview=True,
        company="Polderdata",
        role="Data Engineer",
        org=("werkenbij@polderdata.nl", "Polderdata Recruitment"),
        att=[
            person("sanne.devries@polderdata.nl", "Sanne de Vries"),
            person("bram.jansen@polderdata.nl", "Bram Jansen"),
        ],
        loc="Polderdata, Stationsplein 45, Utrecht - meld je bij de receptie",
        desc=(
            "Hoi Alex,\n\nLeuk dat je langskomt! Je spreekt met Sanne (teamlead Data) en Bram "
            "(senior engineer) over de vacature Data Engineer. Reken op ongeveer een uur.\n\n"
            "Groet,\nRecruitmentteam Polderdata\n\n(verstuurd via Recruitee)"
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa rekrutacyjna - Alex Rivera (Senior Data Engineer)",
        interview=True,
        company="Wisła Systems",
        role="Senior Data Engineer",
        org=("rekrutacja@wislasystems.pl", "Agnieszka Wójcik"),
        att=[person("piotr.kaminski@wislasystems.pl", "Piotr Kamiński")],
        desc=(
            "Dzień dobry Alex,\n\ndziękujemy za przesłanie aplikacji na stanowisko Senior Data Engineer. "
            "Zapraszamy na rozmowę rekrutacyjną online z Piotrem Kamińskim (Engineering Manager).\n\n"
            "Czas trwania: ok. 60 minut, część techniczna po angielsku.\n\nPozdrawiamy,\nZespół Rekrutacji Wisła Systems"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2lzbGFz",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Intervju: Alex Rivera - Dataingenjör",
        interview=True,
        company="Fjällbacka Analytics",
        role="Dataingenjör",
        org=("noreply@teamtailor.com", "Fjällbacka Analytics"),
        att=[person("elin.berg@fjallbacka-analytics.se", "Elin Berg")],
        desc=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten som Dataingenjör. Vi vill gärna träffa dig "
            "för en första intervju med Elin Berg, teamchef.\n\nMötet sker via Google Meet och tar cirka 45 minuter.\n\n"
            "Vänliga hälsningar\nFjällbacka Analytics"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Mülakat: Alex Rivera - Kıdemli Veri Mühendisi",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Kıdemli Veri Mühendisi",
        org=("ik@bogazici-yazilim.com.tr", "Boğaziçi Yazılım İK"),
        att=[person("emre.demir@bogazici-yazilim.com.tr", "Emre Demir")],
        desc=(
            "Merhaba Alex,\n\nKıdemli Veri Mühendisi pozisyonu için yaptığınız başvuru değerlendirildi. "
            "Teknik ekip yöneticimiz Emre Demir ile online mülakatınız planlanmıştır.\n\nSüre: 45 dakika\n\n"
            "Saygılarımızla,\nİnsan Kaynakları"
        ),
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "【一次面接】Alex Rivera様 / データエンジニア",
        interview=True,
        company="Minato Tech",
        role="データエンジニア",
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        att=[person("k.sato@minatotech.co.jp", "佐藤 健太")],
        desc=(
            "Alex Rivera様\n\nこの度は株式会社ミナトテック（Minato Tech）のデータエンジニア職にご応募いただき、"
            "誠にありがとうございます。一次面接の日程が確定しましたのでご連絡いたします。\n\n"
            "面接官：佐藤（データ基盤チーム マネージャー）\n所要時間：60分\n形式：オンライン（Google Meet）\n\n"
            "何卒よろしくお願いいたします。\n採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "[면접 안내] Alex Rivera님 - 데이터 엔지니어 2차 면접",
        interview=True,
        company="Hanbit Labs",
        role="데이터 엔지니어",
        org=("recruit@hanbitlabs.kr", "한빛랩스 채용팀"),
        att=[
            person("jiwoo.park@hanbitlabs.kr", "박지우"),
            person("minho.lee@hanbitlabs.kr", "이민호"),
        ],
        loc="서울특별시 강남구 테헤란로 152, 12층 한빛랩스",
        desc=(
            "안녕하세요 Alex Rivera님,\n\n한빛랩스(Hanbit Labs) 데이터 엔지니어 포지션 2차 면접 일정을 안내드립니다.\n\n"
            "면접관: 박지우 (CTO), 이민호 (데이터팀 리드)\n소요 시간: 약 90분 (기술 면접 + 컬처핏)\n\n"
            "방문 시 1층 안내데스크에서 방문증을 받아주세요.\n감사합니다."
        ),
        zone="Asia/Seoul",
    )
    _x(
        "مقابلة عمل - Alex Rivera - مهندس بيانات أول",
        interview=True,
        company="Wahat Data",
        role="مهندس بيانات أول",
        org=("careers@wahatdata.ae", "فريق التوظيف - واحة داتا"),
        att=[person("omar.haddad@wahatdata.ae", "Omar Haddad")],
        desc=(
            "عزيزي Alex،\n\nشكراً لاهتمامك بوظيفة مهندس بيانات أول لدى واحة داتا (Wahat Data). "
            "يسعدنا دعوتك لمقابلة عبر الفيديو مع السيد عمر حداد، مدير الهندسة.\n\n"
            "المدة: 45 دقيقة\n\nمع أطيب التحيات،\nفريق التوظيف"
        ),
        conf=("Zoom Meeting", "https://wahatdata.zoom.us/j/5550193377"),
        zone="Asia/Dubai",
    )
    _x(
        "साक्षात्कार: Alex Rivera - सीनियर डेटा इंजीनियर",
        interview=True,
        company="Ganga Fintech",
        role="सीनियर डेटा इंजीनियर",
        org=("hr@gangafintech.in", "Neha Sharma"),
        att=[person("arjun.iyer@gangafintech.in", "Arjun Iyer")],
        desc=(
            "नमस्ते Alex,\n\nगंगा फिनटेक (Ganga Fintech) में सीनियर डेटा इंजीनियर पद के लिए आपका "
            "तकनीकी साक्षात्कार तय हो गया है। पैनल: अर्जुन अय्यर (इंजीनियरिंग मैनेजर)।\n\n"
            "अवधि: 60 मिनट\n\nधन्यवाद,\nनेहा शर्मा, HR"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Entrevista - Alex Rivera (Gupy)",
        interview=True,
        company="Cajuína Pagamentos",
        role="Analytics Engineer",
        org=("noreply@gupy.io", "Cajuína Pagamentos via Gupy"),
        desc=(
            "Olá, Alex! Sua entrevista para a vaga Analytics Engineer na Cajuína Pagamentos foi "
            "agendada. Entrevistadora: Juliana Prado (Gestora de Dados). Boa sorte!"
        ),
        meet="meet",
        zone="America/Recife",
    )
    _x(
        "Entrevista final - Alex Rivera / Mercaluz",
        interview=True,
        company="Mercaluz",
        role="Jefe/a de Ingeniería de Datos",
        org=("talento@mercaluz.com.mx", "Diego Herrera"),
        att=[person("ana.villarreal@mercaluz.com.mx", "Ana Villarreal")],
        loc="Av. Paseo de la Reforma 296, piso 18, CDMX",
        desc=(
            "Alex, te confirmo la entrevista final con Ana Villarreal (Directora de Tecnología) para la "
            "posición de Jefe/a de Ingeniería de Datos. Si todo va bien, la siguiente semana "
            "hablaríamos de oferta.\n\nSaludos,\nDiego"
        ),
        zone="America/Mexico_City",
    )


def _interviews_without_the_word() -> None:
    _x(
        "Coffee with Dana (Ferrous)",
        interview=True,
        company="Ferrous",
        role="Staff Data Engineer",
        org=("dana.kowalski@ferrous.ai", "Dana Kowalski"),
        loc="Sightglass Coffee, 270 7th St, San Francisco",
        desc=(
            "Hi Alex - great to connect through Omar. As I mentioned, we're hiring a Staff Data "
            "Engineer to own our ingestion layer and I'd love to tell you more and hear what you're "
            "looking for. Informal, my treat. If it clicks I'll loop in our recruiter for next steps.\n- Dana (Head of Data, Ferrous)"
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Catch-up w/ Marco",
        interview=True,
        company="Oakline",
        role=None,
        org=("marco.bellini@oakline.dev", "Marco Bellini"),
        desc=(
            "Alex - thanks again for applying. This is a 30 min hiring-manager conversation before "
            "we set up the technical rounds: my team, what we're building, your questions.\n\n"
            "Marco Bellini, VP Engineering, Oakline"
        ),
        meet="meet",
    )
    _x(
        "Intro: Alex <> Jess (Tidepool)",
        interview=True,
        company="Tidepool",
        role="Product Analytics Lead",
        org=("jess.moreno@tidepool.io", "Jess Moreno"),
        desc=(
            "Quick intro call about the Product Analytics Lead role we talked about on LinkedIn. "
            "I'm the recruiter for the team - 20 minutes to cover background, comp expectations and process."
        ),
        meet="meet",
    )
    _x(
        "Conversation with Priyanka Shah",
        interview=True,
        company="Lumen Bank",
        role="Data Engineering Manager",
        org=("priyanka.shah@lumenbank.com", "Priyanka Shah"),
        desc=(
            "Hi Alex, following your chat with our TA team, I'd like to spend 45 minutes going through "
            "the Data Engineering Manager role, how the team is organized and your leadership experience. "
            "Looking forward to it.\n\nPriyanka Shah\nHead of Data | Lumen Bank"
        ),
        conf=("Zoom Meeting", "https://lumenbank.zoom.us/j/6620019912"),
        zone="America/New_York",
    )
    _x(
        "Quick chat - Alex / Northwind",
        interview=True,
        company="Northwind Analytics",
        role="Lead Data Scientist",
        org=("talent@northwind-analytics.com", "Rosa Delgado"),
        desc="Recruiter call for Lead Data Scientist - availability, salary range, visa status, timeline.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Zoom: Alex Rivera & Hannah Stein",
        interview=True,
        company="Corvid Health",
        role="Senior Analytics Engineer",
        org=("hannah.stein@corvidhealth.co.uk", "Hannah Stein"),
        desc=(
            "Hi Alex, Rachel at Hayward passed on your details. Let's do a second conversation about "
            "the Senior Analytics Engineer role - this time with Kwame from our platform team joining. "
            "We'll walk through a data model you've designed.\nHannah"
        ),
        att=[person("kwame.asante@corvidhealth.co.uk", "Kwame Asante")],
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/8840022317"),
        zone="Europe/London",
    )
    _x(
        "Kennenlernen Alex Rivera x Nordlicht Software",
        interview=True,
        company="Nordlicht Software",
        role="Backend-Entwickler:in (Kotlin)",
        org=("tim.brandt@nordlicht-software.de", "Tim Brandt"),
        desc=(
            "Hi Alex,\n\nwie am Telefon besprochen: ein lockeres Kennenlernen (30 Min) zur offenen "
            "Stelle Backend-Entwickler:in (Kotlin). Ich erzähle dir etwas über uns, du uns etwas über "
            "dich - ganz ohne Vorbereitung.\n\nBis dann,\nTim (People & Culture)"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch mit Frau Berger (Stadtwerke Elbtal)",
        interview=True,
        company="Stadtwerke Elbtal",
        role="Referent:in Datenmanagement",
        org=("a.berger@stadtwerke-elbtal.de", "Annette Berger"),
        loc="Stadtwerke Elbtal, Verwaltungsgebäude, Raum 2.14, Dresden",
        desc=(
            "Sehr geehrte(r) Alex Rivera,\n\nbezugnehmend auf Ihre Bewerbung (Kennziffer 24/117, "
            "Referent:in Datenmanagement) bestätige ich hiermit unseren Gesprächstermin. Anwesend sind "
            "außerdem Herr Vogt (Abteilungsleitung) und ein Mitglied des Personalrats.\n\nMit freundlichen Grüßen\nA. Berger, Personalabteilung"
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Échange Alex Rivera / Maison Verdier",
        interview=True,
        company="Maison Verdier",
        role="Lead Data",
        org=("sophie.verdier@maisonverdier.com", "Sophie Verdier"),
        desc=(
            "Bonjour Alex,\n\nRavie d'avoir eu votre candidature pour le poste de Lead Data. Je vous propose "
            "un premier échange de 30 minutes pour faire connaissance et vous présenter l'équipe.\n\n"
            "Belle journée,\nSophie Verdier - DG adjointe"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Premier échange téléphonique - mission Solvéa",
        interview=True,
        company="Solvéa",
        role="Responsable Data",
        org=("m.petit@altitude-rh.fr", "Mathieu Petit (Altitude RH)"),
        loc="Je vous appelle au 06 XX XX XX 12",
        desc=(
            "Bonjour Alex,\n\nJe suis en charge du recrutement d'un(e) Responsable Data pour notre client "
            "Solvéa (éditeur SaaS, Lyon). Je vous propose un premier échange pour vous présenter le "
            "poste et comprendre votre parcours.\n\nMathieu Petit, Consultant - Altitude RH"
        ),
        zone="Europe/Paris",
    )
    _x(
        "Charla con Alex - Equipo de Datos",
        interview=True,
        company="Mercaluz",
        role="Jefe/a de Ingeniería de Datos",
        org=("diego.herrera@mercaluz.com.mx", "Diego Herrera"),
        desc=(
            "¡Hola Alex! Te escribo de Mercaluz. Vimos tu perfil y nos encantaría platicar contigo sobre "
            "la posición de Jefe/a de Ingeniería de Datos. Una charla de 30 min para conocernos. Saludos, Diego (Talento)"
        ),
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Café con Javier (Kuartz)",
        interview=True,
        company="Kuartz",
        role="Data Engineer",
        org=("javier.ruiz@kuartz.io", "Javier Ruiz"),
        loc="Federal Café, Plaça de la Vila de Gràcia, Barcelona",
        desc=(
            "Alex, como te comenté, estamos buscando un/a Data Engineer para el equipo de plataforma. "
            "Tomamos un café y te cuento el proyecto; si encaja seguimos con el proceso formal."
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Bate-papo com Alex Rivera - Vaga Engenheiro(a) de Dados",
        interview=True,
        company="Cajuína Pagamentos",
        role="Engenheiro(a) de Dados",
        org=("tatiane.rocha@cajuina.com.br", "Tatiane Rocha"),
        desc=(
            "Oi Alex, tudo bem? Obrigada pela candidatura! Esse é um bate-papo inicial com o RH (30 min) "
            "para conhecer sua trajetória e falar sobre a vaga de Engenheiro(a) de Dados. Até lá!\nTatiane - People, Cajuína"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Papo rápido: Alex + time de Dados",
        interview=True,
        company="Jabuti Seguros",
        role=None,
        org=("lideranca.dados@jabutiseguros.com.br", "Fernando Alves"),
        desc=(
            "Alex, depois da conversa com a recrutadora queria te apresentar o time de Dados da Jabuti "
            "Seguros. É uma etapa do processo, mas bem informal."
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Due chiacchiere con Alex",
        interview=True,
        company="Fabbrica Digitale",
        role="Data Engineer",
        org=("giulia.romano@fabbricadigitale.it", "Giulia Romano"),
        desc=(
            "Ciao Alex, come anticipato via email ti propongo un primo colloquio conoscitivo con me (HR) "
            "per la posizione di Data Engineer. Niente di formale, 30 minuti."
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio Alex Rivera",
        interview=True,
        company="Adriatica Assicurazioni",
        role="Senior Data Analyst",
        org=("selezione@adriatica-assicurazioni.it", "Ufficio Selezione"),
        loc="Via dei Mille 12, Trieste - 3° piano",
        desc="Posizione: Senior Data Analyst. Presentarsi 10 minuti prima con documento d'identità e CV aggiornato.",
        zone="Europe/Rome",
    )
    _x(
        "Kennismakingsgesprek Alex Rivera - Tulpwerk",
        interview=True,
        company="Tulpwerk",
        role="Machine Learning Engineer",
        org=("jobs@tulpwerk.nl", "Lotte Visser"),
        desc=(
            "Hoi Alex, naar aanleiding van je sollicitatie op de functie Machine Learning Engineer "
            "plannen we graag een kennismakingsgesprek in. Je spreekt met Lotte (recruiter) en Joris (ML lead)."
        ),
        att=[person("joris.bakker@tulpwerk.nl", "Joris Bakker")],
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa - Alex Rivera / Kraków Data Hub",
        interview=True,
        company="Kraków Data Hub",
        role="Lead Data Engineer",
        org=("hr@krakowdatahub.pl", "Magdalena Nowak"),
        desc=(
            "Cześć Alex, dzięki za zainteresowanie ofertą Lead Data Engineer. Proponuję krótką rozmowę "
            "(20-30 min) o Twoim doświadczeniu i oczekiwaniach. Magda, HR"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a3Jha293",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Fika & samtal: Alex Rivera",
        interview=True,
        company="Ljusdal Tech",
        role="Senior Backend-utvecklare",
        org=("anna.lund@ljusdaltech.se", "Anna Lund"),
        loc="Ljusdal Tech, Götgatan 22, Stockholm",
        desc=(
            "Hej Alex! Välkommen förbi på fika och ett första samtal om tjänsten som Senior "
            "Backend-utvecklare. Du träffar mig (rekryterare) och Johan från teamet. /Anna"
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Tanışma görüşmesi - Alex Rivera",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Kıdemli Veri Mühendisi",
        org=("selin.aksoy@bogazici-yazilim.com.tr", "Selin Aksoy"),
        desc=(
            "Merhaba Alex, Kıdemli Veri Mühendisi ilanımıza başvurunuz için teşekkürler. İK ekibi olarak "
            "kısa bir tanışma görüşmesi yapmak isteriz (20 dk)."
        ),
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "カジュアル面談 - Alex Riveraさん",
        interview=True,
        company="Sakura Logistics",
        role="データプラットフォームエンジニア",
        org=("hiring@sakura-logi.jp", "田中 美咲"),
        desc=(
            "Alexさん\n\nサクラロジスティクス（Sakura Logistics）の田中です。データプラットフォームエンジニアの"
            "ポジションについて、まずはカジュアル面談でお話しできればと思います。選考要素は少なめですので、"
            "気軽にご参加ください。\n\n所要時間：30分"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "커피챗 - Alex Rivera님 (데이터 플랫폼팀)",
        interview=True,
        company="Hanbit Labs",
        role=None,
        org=("talent@hanbitlabs.kr", "김서연"),
        desc=(
            "Alex님 안녕하세요, 한빛랩스 인재영입팀 김서연입니다. 데이터 플랫폼팀 합류를 고민하고 계신다고 해서 "
            "팀 리드와 가벼운 커피챗 자리를 마련했습니다. 채용 프로세스의 첫 단계로 진행됩니다."
        ),
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "لقاء تعارفي - Alex Rivera",
        interview=True,
        company="Wahat Data",
        role=None,
        org=("lina.khoury@wahatdata.ae", "Lina Khoury"),
        desc=(
            "مرحباً Alex، أنا لينا من فريق الموارد البشرية في واحة داتا. نود إجراء لقاء تعارفي قصير "
            "(20 دقيقة) للحديث عن خبرتك وعن فرص الانضمام إلى فريق البيانات لدينا."
        ),
        meet="meet",
        zone="Asia/Dubai",
    )
    _x(
        "परिचय कॉल - Alex Rivera / डेटा टीम",
        interview=True,
        company="Ganga Fintech",
        role="सीनियर डेटा इंजीनियर",
        org=("neha.sharma@gangafintech.in", "Neha Sharma"),
        desc=(
            "Hi Alex, यह सीनियर डेटा इंजीनियर पद के लिए HR के साथ एक छोटी परिचय कॉल है - आपके अनुभव, "
            "नोटिस पीरियड और अपेक्षित वेतन पर बात करेंगे।"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Microsoft Teams-Besprechung - Gespräch Alex Rivera",
        interview=True,
        company="Alpenrand Versicherung",
        role="Data Architect",
        org=("recruiting@alpenrand.ch", "Corinne Baumann"),
        desc=(
            "Grüezi Alex\n\nIm Anhang die Einladung zum Zweitgespräch für die Position Data Architect "
            "(80-100%). Teilnehmende: C. Baumann (HR), R. Meier (Leiter IT-Architektur).\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer oder der mobilen App teil"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxwZW5y",
        ),
        zone="Europe/Zurich",
    )
    _x(
        "Reference check prep call w/ Priyanka",
        interview=True,
        company="Lumen Bank",
        role="Data Engineering Manager",
        org=("priyanka.shah@lumenbank.com", "Priyanka Shah"),
        desc=(
            "Alex, you're through to the last stage for the Data Engineering Manager role. Before we "
            "contact your references I'd like 30 minutes with you: walk me through who they are, "
            "and we'll cover a couple of final questions from the panel."
        ),
        conf=("Zoom Meeting", "https://lumenbank.zoom.us/j/6620020045"),
        zone="America/New_York",
    )
    _x(
        "Final conversation with Ruth (CEO)",
        interview=True,
        company="Tidepool",
        role="Product Analytics Lead",
        org=("lena@tidepool.io", "Lena Park"),
        att=[person("ruth.adeyemi@tidepool.io", "Ruth Adeyemi")],
        desc=(
            "Last step in the process for the Product Analytics Lead role: a values conversation with "
            "our CEO Ruth. Nothing technical. We aim to make a decision within 48h after."
        ),
        meet="meet",
    )
    _x(
        "Lunch with the Payments team",
        interview=True,
        company="Tallyho",
        role="Software Engineer, Payments",
        org=("coordinator@tallyho.com", "Tallyho Recruiting Coordination"),
        loc="Tallyho HQ cafeteria, 500 Howard St, San Francisco",
        desc=(
            "Part of your onsite (Software Engineer, Payments). Informal lunch with two engineers from "
            "the team - not evaluated on code, but it's a chance for both sides to get to know each other."
        ),
        zone="America/Los_Angeles",
    )


def _trial_days_assessments_cases() -> None:
    _x(
        "Probearbeiten bei Nordlicht Software",
        interview=True,
        company="Nordlicht Software",
        role="Backend-Entwickler:in (Kotlin)",
        org=("tim.brandt@nordlicht-software.de", "Tim Brandt"),
        loc="Nordlicht Software GmbH, Schanzenstraße 75, 20357 Hamburg",
        desc=(
            "Hallo Alex, wie besprochen dein Probetag bei uns: 9:30 Ankommen & Kaffee, danach arbeitest "
            "du mit dem Plattform-Team an einem kleinen Ticket, mittags gemeinsames Essen, 16:00 "
            "Feedbackrunde. Laptop stellen wir. Der Tag wird natürlich vergütet."
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Trial day @ Tidepool (paid)",
        interview=True,
        company="Tidepool",
        role="Product Analytics Lead",
        org=("lena@tidepool.io", "Lena Park"),
        desc=(
            "Hi Alex! As the final stage for Product Analytics Lead we'd like you to spend a (paid) day "
            "working with the team on a real analysis question. You'll get Slack guest access in the "
            "morning and present findings at 4pm to Inés and Ruth."
        ),
        meet="meet",
    )
    _x(
        "Journée d'immersion - Maison Verdier",
        interview=True,
        company="Maison Verdier",
        role="Lead Data",
        org=("sophie.verdier@maisonverdier.com", "Sophie Verdier"),
        loc="Maison Verdier, 8 quai des Chartrons, Bordeaux",
        desc=(
            "Alex, comme évoqué lors de notre dernier entretien, nous vous accueillons une journée "
            "pour découvrir l'équipe et travailler sur un cas concret. Déjeuner avec l'équipe prévu."
        ),
        zone="Europe/Paris",
    )
    _x(
        "Assessment Center - Hanseatische Logistik AG",
        interview=True,
        company="Hanseatische Logistik AG",
        role="Teamleitung Data Engineering",
        org=("karriere@hanseatische-logistik.de", "Hanseatische Logistik AG - Recruiting"),
        loc="Am Sandtorkai 41, 20457 Hamburg, Konferenzbereich 5. OG",
        desc=(
            "Ablauf Assessment Center (Teamleitung Data Engineering):\n08:30 Begrüßung\n"
            "09:00 Fallstudie (Einzelarbeit)\n10:30 Präsentation vor dem Beobachtergremium\n"
            "12:00 Mittagspause\n13:00 Rollenspiel Mitarbeitergespräch\n14:30 Abschlussinterview\n\n"
            "Bitte bringen Sie Ihren Personalausweis mit."
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Assessment centre - Halden & Pryce Graduate Tech Programme",
        interview=True,
        company="Halden & Pryce",
        role="Graduate Technology Analyst",
        org=("earlycareers@haldenpryce.co.uk", "Halden & Pryce Early Careers"),
        loc="Halden & Pryce, 1 Cathedral Sq, Manchester M3 1FP",
        desc=(
            "Dear Alex,\n\nCongratulations on progressing to our assessment centre for the Graduate "
            "Technology Analyst programme. The day includes a group exercise, a written case, and a "
            "competency interview with a senior manager. Lunch provided.\n\nEarly Careers Team"
        ),
        zone="Europe/London",
    )
    _x(
        "Centro de evaluación - Grupo Alcázar",
        interview=True,
        company="Grupo Alcázar",
        role="Ingeniero/a de Datos Senior",
        org=("seleccion@grupoalcazar.es", "Selección Grupo Alcázar"),
        loc="Paseo de la Castellana 95, Madrid - Sala Retiro",
        desc=(
            "Hola Alex: te esperamos en la jornada de evaluación (dinámica de grupo, caso práctico y "
            "entrevista con el comité) para la vacante de Ingeniero/a de Datos Senior."
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Case presentation - Kestrel Insurance panel",
        interview=True,
        company="Kestrel Insurance",
        role="Analytics Engineer",
        org=("priya.nair@kestrelinsurance.com", "Priya Nair"),
        att=[
            person("tom.reyes@kestrelinsurance.com", "Tom Reyes"),
            person("ivy.chan@kestrelinsurance.com", "Ivy Chan"),
        ],
        desc=(
            "Hi Alex - you'll present the claims-funnel case you received on Monday (20 min) and then "
            "take questions from Tom (Director, Analytics) and Ivy (Senior AE). Slides welcome, not required."
        ),
        conf=("Zoom Meeting", "https://kestrel.zoom.us/j/7712050093"),
    )
    _x(
        "Présentation du cas pratique - Solvéa",
        interview=True,
        company="Solvéa",
        role="Responsable Data",
        org=("claire.dubois@solvea.fr", "Claire Dubois"),
        desc=(
            "Bonjour Alex, dernière étape : restitution du cas pratique (30 min de présentation, 30 min "
            "de questions) devant le comité de direction. Merci d'envoyer votre support la veille."
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Live SQL exercise - Brightline",
        interview=True,
        company="Brightline Freight",
        role="Senior Data Engineer",
        org=("maya.chen@brightlinefreight.com", "Maya Chen"),
        att=[person("ravi.gupta@brightlinefreight.com", "Ravi Gupta")],
        desc=(
            "Stage 2 for Senior Data Engineer. Ravi will share a CoderPad with a small schema and walk "
            "through a few queries with you. Think aloud - he's interested in how you reason."
        ),
        meet="meet",
    )
    _x(
        "Prova tecnica con il team - Alex",
        interview=True,
        company="Adriatica Assicurazioni",
        role="Senior Data Analyst",
        org=("selezione@adriatica-assicurazioni.it", "Ufficio Selezione"),
        att=[person("l.ferri@adriatica-assicurazioni.it", "Luca Ferri")],
        desc="Secondo step per Senior Data Analyst: esercizio in Excel/SQL svolto insieme a Luca Ferri, poi domande.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Werkproef + gesprek - Polderdata",
        interview=True,
        company="Polderdata",
        role="Data Engineer",
        org=("sanne.devries@polderdata.nl", "Sanne de Vries"),
        loc="Polderdata, Stationsplein 45, Utrecht",
        desc=(
            "Hoi Alex, de tweede ronde: een halve dag meewerken met het team aan een echte case, "
            "daarna een gesprek met Sanne en onze CTO. Lunch is geregeld."
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Zadanie na żywo + rozmowa z zespołem",
        interview=True,
        company="Wisła Systems",
        role="Senior Data Engineer",
        org=("piotr.kaminski@wislasystems.pl", "Piotr Kamiński"),
        desc="Etap 2 rekrutacji (Senior Data Engineer): 45 min live coding w Pythonie + 30 min rozmowy z zespołem.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2lzbGEy",
        ),
        zone="Europe/Warsaw",
    )


def _alex_own_notes() -> None:
    _x(
        "Fernhill - round 3 (system design)",
        interview=True,
        company="Fernhill Robotics",
        role=None,
        desc="w/ Deepak + someone from infra. Review rate limiter + event sourcing notes beforehand",
        zone="America/Los_Angeles",
    )
    _x(
        "Call w/ recruiter (Quillmark)",
        interview=True,
        company="Quillmark",
        role="Staff Data Engineer",
        desc="Jordan from Quillmark TA - Staff DE role. Ask about remote + equity refresh",
    )
    _x(
        "Oakline onsite 🤞",
        interview=True,
        company="Oakline",
        role=None,
        loc="Oakline, 88 Wythe Ave, Brooklyn NY",
        desc="4 rounds, ends ~3pm. Bring ID.",
    )
    _x("phone screen", interview=True, company=None, role=None)
    _x(
        "Interview!!",
        interview=True,
        company=None,
        role=None,
        loc="Keizersgracht 520, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Vantage Grid HM call",
        interview=True,
        company="Vantage Grid",
        role="Principal Data Engineer",
        desc="Sara set it up. HM = Tom Ekberg. Principal DE.",
        zone="America/Denver",
    )
    _x(
        "Parcelo - behavioral w/ EM",
        interview=True,
        company="Parcelo",
        role=None,
        desc="STAR stories: migration incident, mentoring, disagreement w/ PM",
    )
    _x(
        "Lumio - entretien 2e tour",
        interview=True,
        company="Lumio",
        role=None,
        desc="avec Antoine + une dev de l'équipe",
        zone="Europe/Paris",
    )
    _x(
        "Mossbank final - values interview",
        interview=True,
        company="Mossbank",
        role="Senior Software Engineer",
        desc="last round for the Senior SWE role. 45 min with Head of Eng",
        zone="Europe/London",
    )
    _x(
        "Entrevista Kuartz (técnica)",
        interview=True,
        company="Kuartz",
        role="Data Engineer",
        zone="Europe/Madrid",
    )
    _x(
        "二次面接 ミナトテック",
        interview=True,
        company="Minato Tech",
        role=None,
        desc="役員面接。志望動機をもう一度整理",
        zone="Asia/Tokyo",
    )
    _x(
        "Rozmowa z CTO - Kraków Data Hub",
        interview=True,
        company="Kraków Data Hub",
        role="Lead Data Engineer",
        zone="Europe/Warsaw",
    )
    _x(
        "Halcyon - 2nd interview (Mireia + team lead)",
        interview=True,
        company="Halcyon Travel",
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Mülakat - Boğaziçi (teknik tur)",
        interview=True,
        company="Boğaziçi Yazılım",
        role=None,
        zone="Europe/Istanbul",
    )
    _x(
        "Ferrous: meet the team",
        interview=True,
        company="Ferrous",
        role=None,
        loc="Ferrous, 410 Townsend St, SF",
        desc="after coffee w/ Dana - 3 x 30 min with engineers on her team",
        zone="America/Los_Angeles",
    )
    _x(
        "Stadtwerke Elbtal - 2. Gesprächsrunde",
        interview=True,
        company="Stadtwerke Elbtal",
        role=None,
        loc="Verwaltungsgebäude, Dresden",
        zone="Europe/Berlin",
    )
    _x(
        "Call with Jordan (Quillmark) - comp & next steps",
        interview=True,
        company="Quillmark",
        role="Staff Data Engineer",
        org=("jordan.blake@quillmark.io", "Jordan Blake"),
        desc="Debrief from your HM interview and next steps in the Staff Data Engineer process (take-home vs. live round).",
        meet="meet",
    )


def _alex_interviewing_at_initech() -> None:
    _x(
        "Interview: Jordan Lee - Senior Data Engineer",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jordan.lee.dev@gmail.com", "Jordan Lee"),
            person("nina.patel@initech.com", "Nina Patel"),
        ],
        me=WORK_ME,
        desc=(
            "Interviewers: Alex Rivera (system design), Nina Patel (shadow)\nCandidate: Jordan Lee\n"
            "Req: Senior Data Engineer (R-5521)\n\nPlease review the resume in Greenhouse and submit your "
            "scorecard within 24 hours of the interview."
        ),
        meet="meet",
    )
    _x(
        "Debrief: Jordan Lee (Senior DE)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("nina.patel@initech.com", "Nina Patel"),
            person("bill.lumbergh@initech.com", "Bill Lumbergh"),
            person("samir.n@initech.com", "Samir Nagheenanajar"),
        ],
        me=WORK_ME,
        desc="Loop debrief. Scorecards must be submitted before the meeting - please don't discuss beforehand.",
        meet="meet",
    )
    _x(
        "Hiring Committee - Data Platform reqs (weekly)",
        interview=False,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[
            person("hr-partners@initech.com", "HR Partners"),
            person("nina.patel@initech.com", "Nina Patel"),
        ],
        me=WORK_ME,
        desc="Review pipeline for R-5521, R-5540, R-5602. Decisions on 3 candidates at offer stage.",
        loc="Initech HQ - Conf Room 'Bobs'",
    )
    _x(
        "Scorecard due: Priya Subramanian (Analytics Eng phone screen)",
        interview=False,
        me=WORK_ME,
        desc="Greenhouse reminder: you interviewed Priya Subramanian yesterday. Submit feedback.",
    )
    _x(
        "Phone Screen - Kenji Watanabe (Analytics Engineer) - Interviewer: Alex Rivera",
        interview=False,
        org=("coordinator@initech.com", "Initech Recruiting Coordinator"),
        att=[person("kenji.w@outlook.com", "Kenji Watanabe")],
        me=WORK_ME,
        desc=(
            "Hi Alex, thanks for taking this screen. Candidate resume + suggested questions attached in "
            "Greenhouse. Kit: 'AE phone screen v3'. Please dial the candidate at the number in the profile."
        ),
    )
    _x(
        "Interview Sofia Marquez <> Initech | Data Engineer | Coding",
        interview=False,
        org=("noreply@goodtime.io", "Initech Interviews (GoodTime)"),
        att=[person("sofia.marquez.eng@gmail.com", "Sofia Marquez")],
        me=WORK_ME,
        desc="You are scheduled as the interviewer for the Coding module. Candidate: Sofia Marquez. Reply 'decline' if you can't make it.",
        meet="meet",
    )
    _x(
        "Onsite loop - candidate: Raj Malhotra (Staff DE) - you: Architecture",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        me=WORK_ME,
        loc="Initech HQ, 3rd floor, Room Milton",
        desc="Loop: 10:00 Alex (Architecture), 11:00 Nina (Coding), 12:00 lunch w/ Samir, 13:00 Bill (HM).",
    )
    _x(
        "Candidate dinner - Raj Malhotra (sell)",
        interview=False,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        me=WORK_ME,
        loc="Chotchkie's, 1400 Main St",
        desc="Keep it casual - Raj has a competing offer. Alex: talk about the data platform roadmap.",
    )
    _x(
        "Sell call: Ana Costa (offer out)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("ana.costa.data@gmail.com", "Ana Costa")],
        me=WORK_ME,
        desc="Ana has our offer for Senior DE. Alex, as future peer please answer her questions about on-call and team culture.",
        meet="meet",
    )
    _x(
        "Interviewer training: Structured interviewing & bias",
        interview=False,
        org=("learning@initech.com", "Initech L&D"),
        me=WORK_ME,
        desc="Required before joining interview loops. Covers rubrics, scorecards, legal do's and don'ts.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9001234567"),
    )
    _x(
        "Shadow interview (you shadow Nina) - candidate Leo Brandt",
        interview=False,
        org=("coordinator@initech.com", "Initech Recruiting Coordinator"),
        att=[person("nina.patel@initech.com", "Nina Patel")],
        me=WORK_ME,
        desc="Shadow #2 of 3 for interviewer certification. Observe only; write a practice scorecard.",
        meet="meet",
    )
    _x(
        "Reverse shadow - Alex leads, Nina observes",
        interview=False,
        me=WORK_ME,
        att=[person("nina.patel@initech.com", "Nina Patel")],
        desc="Candidate: Marta Silva (DE II). Alex runs the SQL interview; Nina gives feedback after.",
    )
    _x(
        "Vorstellungsgespräch Kandidatin Lena Hoffmann - Data Engineer (Initech Berlin)",
        interview=False,
        org=("recruiting.berlin@initech.com", "Initech Recruiting Berlin"),
        att=[
            person("lena.hoffmann@web.de", "Lena Hoffmann"),
            person("k.schulz@initech.com", "Katrin Schulz"),
        ],
        me=WORK_ME,
        desc=(
            "Hallo Alex, du bist als Interviewer:in für den technischen Teil eingeplant (45 Min). "
            "Bitte Feedback bis Freitag in Greenhouse eintragen. Danke! Katrin"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat - Hugo Martin (stage data)",
        interview=False,
        org=("rh.paris@initech.com", "RH Initech Paris"),
        att=[person("hugo.martin@etu.univ-lyon.fr", "Hugo Martin")],
        me=WORK_ME,
        desc="Alex, peux-tu mener la partie technique ? Grille d'évaluation jointe. Merci !",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Take-home review: candidate #4821 (DE II)",
        interview=False,
        me=WORK_ME,
        desc="Review submission in GitHub classroom, fill rubric in Greenhouse. 45 min blocked.",
    )
    _x(
        "Interview loop kickoff - Staff DE req R-5602",
        interview=False,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[
            person("recruiting@initech.com", "Initech Recruiting"),
            person("nina.patel@initech.com", "Nina Patel"),
        ],
        me=WORK_ME,
        desc="Align on competencies, who owns which module, and the bar for Staff. Alex owns architecture.",
    )
    _x(
        "Campus interviews - State University (Initech internships)",
        interview=False,
        org=("university@initech.com", "Initech University Recruiting"),
        me=WORK_ME,
        loc="State University Career Center, Room 204",
        desc="Alex + Samir interviewing intern candidates back-to-back, 30 min each. Lunch provided.",
        all_day=True,
    )
    _x(
        "面接官トレーニング (Initech Japan)",
        interview=False,
        org=("hr.tokyo@initech.com", "Initech Japan HR"),
        me=WORK_ME,
        desc="面接官として選考に参加する社員向けの研修です。評価基準と質問例を確認します。",
        zone="Asia/Tokyo",
    )
    _x(
        "면접관 회의 - 신입 데이터 엔지니어 채용",
        interview=False,
        org=("hr.seoul@initech.com", "Initech Korea HR"),
        me=WORK_ME,
        desc="면접관 간 평가 기준 조율 및 지원자 3명 최종 논의.",
        zone="Asia/Seoul",
    )
    _x(
        "Entrevista a candidato: Pablo Ortega (Data Analyst, oficina Madrid)",
        interview=False,
        org=("seleccion.madrid@initech.com", "Selección Initech Madrid"),
        att=[person("pablo.ortega.an@gmail.com", "Pablo Ortega")],
        me=WORK_ME,
        desc="Alex: te toca la parte técnica (SQL). Formulario de evaluación en Greenhouse.",
        meet="meet",
        zone="Europe/Madrid",
    )


def _work_reviews_onboarding_hr() -> None:
    _x(
        "Technical review: ingestion pipeline v2 RFC",
        interview=False,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=[
            person("samir.n@initech.com", "Samir Nagheenanajar"),
            person("arch-review@initech.com", "Architecture Review"),
        ],
        me=WORK_ME,
        desc="Please read the RFC doc before. Reviewers: Alex, Samir. Decision on Kafka vs. Kinesis.",
        meet="meet",
    )
    _x(
        "Code review session - PR #2231 (dbt refactor)",
        interview=False,
        me=WORK_ME,
        att=[person("michael.bolton@initech.com", "Michael Bolton")],
        desc="Walk Michael through the review comments.",
    )
    _x(
        "Onboarding: Initech Security Awareness (mandatory)",
        interview=False,
        org=("it-security@initech.com", "Initech IT Security"),
        me=WORK_ME,
        desc="Annual security onboarding module for all staff. Complete the quiz afterwards in Workday Learning.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9007654321"),
    )
    _x(
        "Onboarding buddy sync - new hire Ana Costa",
        interview=False,
        me=WORK_ME,
        att=[person("ana.costa@initech.com", "Ana Costa")],
        desc="Week 1 check-in: laptop, access requests, first starter ticket.",
    )
    _x(
        "Exit interview - Michael Bolton (HR)",
        interview=False,
        org=("hr@initech.com", "Initech People Team"),
        att=[person("michael.bolton@initech.com", "Michael Bolton")],
        me=WORK_ME,
        desc="Alex, as Michael's tech lead you're invited to the last 15 min for knowledge-transfer planning.",
    )
    _x(
        "Stay interview - Alex & Bill",
        interview=False,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        me=WORK_ME,
        desc=(
            "Hi Alex, HR is asking managers to run 'stay interviews' this quarter: what keeps you at "
            "Initech, what might make you leave, what we could do better. 30 min, informal."
        ),
        loc="Bill's office",
    )
    _x(
        "Mitarbeitergespräch / Jahresgespräch - Alex",
        interview=False,
        org=("k.schulz@initech.com", "Katrin Schulz"),
        me=WORK_ME,
        desc="Jährliches Entwicklungsgespräch: Zielerreichung, Feedback, Weiterbildung.",
        zone="Europe/Berlin",
    )
    _x(
        "Internal mobility chat - Platform team (Initech)",
        interview=False,
        org=("joanna.p@initech.com", "Joanna Park"),
        me=WORK_ME,
        desc=(
            "Hi Alex - HR mentioned you might be curious about the ML Platform team. No formal process, "
            "just a chat about what we do. (Internal move, your manager is aware.)"
        ),
    )
    _x(
        "Sesión de onboarding: herramientas internas de Initech",
        interview=False,
        org=("onboarding@initech.com", "Initech Onboarding"),
        me=WORK_ME,
        desc="Para el equipo de Madrid: Alex presenta la plataforma de datos a los nuevos.",
        zone="Europe/Madrid",
    )
    _x(
        "Vendor screening call - Snowpipe alternatives",
        interview=False,
        me=WORK_ME,
        att=[person("sales@streamforge.io", "StreamForge Sales")],
        desc="Initech evaluating vendors for CDC. Alex leads technical questions.",
        conf=("Zoom Meeting", "https://streamforge.zoom.us/j/4433221100"),
    )
    _x(
        "Entretien annuel d'évaluation - Alex",
        interview=False,
        org=("rh.paris@initech.com", "RH Initech Paris"),
        me=WORK_ME,
        desc="Entretien annuel avec votre manager. Merci de compléter l'auto-évaluation dans Workday avant.",
        zone="Europe/Paris",
    )


def _friends_and_family() -> None:
    _x(
        "Sam's interview @ Corvid Health - call her after!",
        interview=False,
        desc="She's nervous about the case part. Call at 4.",
    )
    _x(
        "Jamie: Vorstellungsgespräch bei Siemens - Kinder abholen!",
        interview=False,
        desc="Jamie hat um 15 Uhr das Gespräch, ich hole Mila und Ben von der Kita.",
        zone="Europe/Berlin",
    )
    _x(
        "Drive Mom to her job interview (library)",
        interview=False,
        loc="Riverside Public Library, 21 Elm St",
        desc="Her interview is 10:30, leave by 9:50",
    )
    _x(
        "Lucía - entrevista de trabajo, llevarle el portátil",
        interview=False,
        desc="Se le olvidó el cargador en casa",
        zone="Europe/Madrid",
    )
    _x(
        "Help Theo prep for his Google interview",
        interview=False,
        org=("theo.nguyen@gmail.com", "Theo Nguyen"),
        desc="Theo has his onsite next week - I'll do a mock system design with him",
        meet="meet",
    )
    _x(
        "Entretien d'embauche de Chloé - garder le chien",
        interview=False,
        loc="chez Chloé, 14 rue Oberkampf",
        zone="Europe/Paris",
    )
    _x("妻の面接 - 子どもの送迎は自分", interview=False, zone="Asia/Tokyo")
    _x(
        "Tomek - rozmowa o pracę, trzymamy kciuki 🍀",
        interview=False,
        org=("tomek.zielinski@gmail.com", "Tomek Zieliński"),
        desc="Daj znać jak poszło!",
        zone="Europe/Warsaw",
    )
    _x(
        "Interview (Jamie) - Halden & Pryce",
        interview=False,
        org=("jamie.rivera.home@gmail.com", "Jamie Rivera"),
        desc="Shared from Jamie's calendar: my interview at Halden & Pryce, can you take the car?",
    )
    _x(
        "Rafa tem entrevista na Nubank - almoço depois?",
        interview=False,
        org=("rafa.costa@gmail.com", "Rafa Costa"),
        loc="Padaria Bella Paulista",
        zone="America/Sao_Paulo",
    )
    _x(
        "Marco's sister - colloquio a Milano, ospitarla da noi",
        interview=False,
        desc="Arriva giovedì sera, colloquio venerdì mattina, riparte sabato",
        all_day=True,
        zone="Europe/Rome",
    )
    _x(
        "Be a reference: call from Brightline re: Ana",
        interview=False,
        org=("maya.chen@brightlinefreight.com", "Maya Chen"),
        desc=(
            "Hi Alex, Ana Costa listed you as a reference for a role at Brightline Freight. Could I "
            "have 15 minutes to ask about your time working together? Thanks, Maya"
        ),
    )


def _mock_training_career() -> None:
    _x(
        "Mock interview - Pramp (System Design)",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc=(
            "You're matched with a peer for a mock interview! Your partner: Kofi A.\nYou'll interview each "
            "other for 30 minutes each. Join from your Pramp dashboard."
        ),
    )
    _x(
        "interviewing.io practice - anonymous mock with senior engineer",
        interview=False,
        org=("sessions@interviewing.io", "interviewing.io"),
        desc="Practice session (not a real interview). Feedback will be shared after the call.",
    )
    _x(
        "Career coaching: salary negotiation (session 3/4)",
        interview=False,
        org=("hello@levelupcoaching.co", "Dana Whitfield"),
        desc="We'll role-play the offer call for your Lumen Bank process. Bring the offer numbers.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456789"),
    )
    _x(
        "Mock system design w/ Chris",
        interview=False,
        att=[person("chris.obi@gmail.com", "Chris Obi")],
        desc="Chris plays interviewer for a Fernhill-style design question. Return favour next week.",
        meet="meet",
    )
    _x(
        "Simulation d'entretien - APEC",
        interview=False,
        org=("atelier@apec.fr", "Apec"),
        loc="Apec, 51 boulevard Brune, Paris 14e",
        desc="Atelier 'Réussir ses entretiens de recrutement' - simulation filmée et débrief avec un consultant.",
        zone="Europe/Paris",
    )
    _x(
        "Bewerbungstraining - Agentur für Arbeit",
        interview=False,
        org=("noreply@arbeitsagentur.de", "Bundesagentur für Arbeit"),
        loc="Agentur für Arbeit Hamburg, Kurt-Schumacher-Allee 16",
        desc="Workshop: Vorstellungsgespräche souverän meistern (inkl. Übungsgespräch in Kleingruppen).",
        zone="Europe/Berlin",
    )
    _x(
        "Taller: Cómo preparar una entrevista de trabajo",
        interview=False,
        loc="Biblioteca Municipal Eugenio Trías, Madrid",
        desc="Taller gratuito del ayuntamiento. Inscripción confirmada.",
        zone="Europe/Madrid",
    )
    _x(
        "Colloquio di prova - simulazione con il career coach",
        interview=False,
        org=("coach@ilmiocoach.it", "Francesca Conti"),
        desc="Simuliamo il colloquio con Fabbrica Digitale: domande comportamentali + feedback.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatietraining - UWV werkcafé",
        interview=False,
        loc="UWV Amsterdam, Karspeldreef 8",
        desc="Oefenen met sollicitatiegesprekken, feedback van vrijwilligers uit het bedrijfsleven.",
        zone="Europe/Amsterdam",
    )
    _x(
        "Warsztaty: rozmowa kwalifikacyjna po angielsku",
        interview=False,
        org=("biurokarier@uj.edu.pl", "Biuro Karier UJ"),
        desc="Warsztaty dla absolwentów - symulacje rozmów rekrutacyjnych.",
        zone="Europe/Warsaw",
    )
    _x(
        "Intervjuträning - Arbetsförmedlingen",
        interview=False,
        org=("noreply@arbetsformedlingen.se", "Arbetsförmedlingen"),
        desc="Digitalt seminarium: Så förbereder du dig inför en anställningsintervju.",
        zone="Europe/Stockholm",
    )
    _x(
        "Mülakat teknikleri eğitimi (online)",
        interview=False,
        org=("egitim@kariyerakademi.com.tr", "Kariyer Akademi"),
        desc="İş mülakatlarına hazırlık eğitimi - rol yapma ve geri bildirim.",
        zone="Europe/Istanbul",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        loc="キャリアセンター 2F 面談室B",
        desc="卒業生向け模擬面接。エントリーシートを持参",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디 (3주차)",
        interview=False,
        att=[person("sujin.kang@gmail.com", "강수진"), person("hyun.oh@gmail.com", "오현")],
        desc="서로 면접관 역할. 이번 주는 기술 면접 질문 위주.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "ورشة: كيف تنجح في مقابلة العمل",
        interview=False,
        org=("events@hub71-careers.ae", "Careers Hub"),
        desc="ورشة عمل مجانية حول التحضير لمقابلات العمل وكتابة السيرة الذاتية.",
        zone="Asia/Dubai",
    )
    _x(
        "मॉक इंटरव्यू - करियर क्लब",
        interview=False,
        desc="दोस्तों के साथ अभ्यास: मैं इंटरव्यूअर, रोहन कैंडिडेट",
        zone="Asia/Kolkata",
    )
    _x(
        "Give mock interview to bootcamp students (volunteer)",
        interview=False,
        org=("volunteers@codebridge.org", "CodeBridge Volunteers"),
        desc="Thanks for volunteering as a mock interviewer! You'll see 3 students, 40 min each.",
        meet="meet",
    )


def _fairs_webinars_panels() -> None:
    _x(
        "Panel: The future of hiring in data teams",
        interview=False,
        loc="WeWork, 600 California St, SF",
        desc="Data Council meetup - panelists: heads of data from Tidepool, Oakline and Ferrous. Pizza 6pm.",
    )
    _x(
        "Meetup: How we interview engineers at Oakline",
        interview=False,
        org=("events@oakline.dev", "Oakline Events"),
        desc="Public talk by Oakline's eng managers about their interview process. Open to everyone. RSVP'd.",
        loc="Oakline, 88 Wythe Ave, Brooklyn NY",
    )
    _x(
        "Webinar: Ace your next technical interview (hosted by Jobly)",
        interview=False,
        org=("webinars@jobly.com", "Jobly"),
        desc="Free webinar for job seekers. 45 min + Q&A. Recording sent to registrants.",
        conf=("Zoom Webinar", "https://jobly.zoom.us/w/99887766"),
    )
    _x(
        "Berlin Tech Job Fair",
        interview=False,
        loc="Station Berlin, Luckenwalder Str. 4-6",
        desc="Bring printed CVs. Booths: Nordlicht, Zalando, N26...",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Salon de l'emploi tech - Paris Expo",
        interview=False,
        loc="Paris Expo Porte de Versailles, Hall 5",
        desc="Job dating possible sur place. Billet gratuit.",
        zone="Europe/Paris",
    )
    _x(
        "Feria de empleo UPM - stand Initech",
        interview=False,
        me=WORK_ME,
        org=("seleccion.madrid@initech.com", "Selección Initech Madrid"),
        desc="Alex y Pablo atienden el stand de Initech. Recoger CVs de estudiantes.",
        loc="ETSI Informáticos, Campus de Montegancedo",
        zone="Europe/Madrid",
    )
    _x(
        "Webinar StepStone: Gehaltsverhandlung nach dem Vorstellungsgespräch",
        interview=False,
        org=("events@stepstone.de", "StepStone"),
        desc="Kostenloses Webinar für Bewerber:innen.",
        zone="Europe/Berlin",
    )
    _x(
        "転職フェア 2025 (東京ビッグサイト)",
        interview=False,
        loc="東京ビッグサイト 西ホール",
        desc="下見だけ。事前登録済み",
        zone="Asia/Tokyo",
    )
    _x(
        "Talk: Hiring without whiteboards - Alex on the panel",
        interview=False,
        org=("meetups@dataengsf.org", "Data Eng SF"),
        desc="Alex is a panelist representing Initech's interview redesign.",
        loc="GitHub HQ, 88 Colin P Kelly Jr St",
    )


def _research_press_podcasts() -> None:
    _x(
        "User interview - P7 (checkout study)",
        interview=False,
        me=WORK_ME,
        att=[person("research-ops@initech.com", "Research Ops")],
        desc="Alex note-taking for UXR. Participant P7, 45 min. Consent form signed.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/9005551234"),
    )
    _x(
        "Research session with Loomly UX team ($75 gift card)",
        interview=False,
        org=("research@loomly-app.com", "Loomly Research"),
        desc=(
            "Thanks for signing up for our user interview! We'd like to learn how you plan your week. "
            "60 min over Zoom; you'll receive a $75 Amazon gift card as a thank-you. Scheduled via User Interviews."
        ),
        conf=("Zoom Meeting", "https://loomly.zoom.us/j/3344556677"),
    )
    _x(
        "Customer discovery call - Acme Logistics (Initech data product)",
        interview=False,
        me=WORK_ME,
        att=[person("ops.lead@acmelogistics.com", "Carla Mendes")],
        desc="Interview guide in Notion. Goal: understand their reporting pain.",
        meet="meet",
    )
    _x(
        "Entrevista de usuario - estudio de onboarding",
        interview=False,
        me=WORK_ME,
        desc="Alex modera, Pablo toma notas. Participante: cliente de Valencia.",
        zone="Europe/Madrid",
    )
    _x(
        "Podcast recording: Data Engineering Weekly - interview with Alex",
        interview=False,
        org=("host@dataengweekly.fm", "Priti Das"),
        desc="Topic: migrating Initech's warehouse. Use headphones; we record on Riverside.",
        loc="https://riverside.fm/studio/dew-guests",
    )
    _x(
        "Interview with TechCrunch reporter re: Initech launch",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Comms"),
        desc="Comms will join. Stick to approved talking points; no numbers.",
        meet="meet",
    )
    _x(
        "Interview für Fachmagazin iX - Datenplattformen",
        interview=False,
        org=("redaktion@fachverlag-it.de", "Redaktion"),
        desc="Telefoninterview für einen Artikel über Lakehouse-Architekturen. Zitatfreigabe vorab.",
        zone="Europe/Berlin",
    )
    _x(
        "Thesis interview - Emma (uni study on remote work)",
        interview=False,
        org=("emma.k@student.uva.nl", "Emma Kuiper"),
        desc="Hi Alex, thanks for agreeing to be interviewed for my master's thesis on remote data teams. ~40 min.",
        meet="meet",
    )
    _x(
        "Recording: 'Career Pivots' podcast - guest Alex Rivera",
        interview=False,
        org=("bookings@careerpivots.show", "Career Pivots Podcast"),
        desc="We'll talk about how you moved from analyst to data engineer. Episode airs next month.",
    )
    _x(
        "インタビュー取材（社内報）",
        interview=False,
        me=WORK_ME,
        org=("pr.tokyo@initech.com", "Initech Japan 広報"),
        desc="社内報の「チーム紹介」コーナーの取材です。30分程度。",
        zone="Asia/Tokyo",
    )
    _x(
        "Expert network call - GLG (paid consultation)",
        interview=False,
        org=("scheduling@expertnet-calls.com", "Expert Network Scheduling"),
        desc="Paid 60-min consultation with an investor about data warehousing vendors. Compliance attestation required.",
    )


def _official_interviews() -> None:
    _x(
        "Visa interview - US Consulate",
        interview=False,
        loc="U.S. Consulate General, Frankfurt, Gießener Str. 30",
        desc="Bring DS-160 confirmation, passport, I-797, photos. No electronics allowed.",
        zone="Europe/Berlin",
    )
    _x(
        "Einbürgerungsgespräch - Landratsamt",
        interview=False,
        loc="Landratsamt, Zimmer 114",
        desc="Unterlagen: Einbürgerungstest-Zertifikat, Sprachnachweis B1",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien d'assimilation - préfecture (naturalisation)",
        interview=False,
        loc="Préfecture de Police, 1 rue de Lutèce, Paris",
        desc="Convocation + pièces originales",
        zone="Europe/Paris",
    )
    _x(
        "Cita: entrevista consulado (visado)",
        interview=False,
        loc="Consulado General, Calle Serrano 75, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Global Entry interview - SFO",
        interview=False,
        loc="SFO International Terminal, CBP Enrollment Center",
        desc="Conditional approval received. Bring passport + driver's license.",
        zone="America/Los_Angeles",
    )
    _x(
        "Police interview - witness statement (bike theft)",
        interview=False,
        loc="Mission Police Station, 630 Valencia St",
        desc="Officer Reyes, case #24-118820",
    )
    _x(
        "Rozmowa w urzędzie - karta pobytu",
        interview=False,
        loc="Mazowiecki Urząd Wojewódzki, ul. Marszałkowska 3/5",
        zone="Europe/Warsaw",
    )
    _x(
        "Migrationsverket - intervju om uppehållstillstånd",
        interview=False,
        org=("noreply@migrationsverket.se", "Migrationsverket"),
        desc="Kallelse till intervju angående ansökan om uppehållstillstånd (anknytning).",
        zone="Europe/Stockholm",
    )
    _x("ビザ面接（大使館）", interview=False, loc="在日米国大使館", zone="Asia/Tokyo")
    _x(
        "Marriage green card interview - USCIS",
        interview=False,
        loc="USCIS San Francisco Field Office, 444 Washington St",
        desc="Bring Jamie, joint lease, photos, tax returns.",
    )
    _x(
        "Vize görüşmesi - Alman Konsolosluğu",
        interview=False,
        loc="iDATA, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Jury duty - voir dire",
        interview=False,
        loc="Superior Court, 400 McAllister St, Dept 17",
        desc="Jury selection questioning. Call the night before to confirm.",
    )


def _school_adoption_housing() -> None:
    _x(
        "Admissions interview - Maya (Oakwood Primary)",
        interview=False,
        loc="Oakwood Primary School, main office",
        desc="Maya + both parents. Bring her reading portfolio.",
    )
    _x(
        "MBA admissions interview - alumni (INSEAD)",
        interview=False,
        org=("alumni.interviewer@gmail.com", "Karim B."),
        desc="Admissions interview for the MBA programme, conducted by an alumnus. ~45 min.",
        meet="meet",
    )
    _x(
        "Entretien d'admission - École Montessori",
        interview=False,
        loc="École Montessori du Marais",
        desc="Rencontre avec la directrice pour l'inscription de Léo",
        zone="Europe/Paris",
    )
    _x(
        "Kita-Aufnahmegespräch",
        interview=False,
        loc="Kita Sonnenblume, Lindenstraße 8",
        desc="Mila + Jamie + ich",
        zone="Europe/Berlin",
    )
    _x(
        "Toelatingsgesprek master Data Science - UvA",
        interview=False,
        org=("admissions@uva.nl", "UvA Graduate School"),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entrevista de admisión - colegio San Ignacio",
        interview=False,
        loc="Colegio San Ignacio, secretaría",
        zone="Europe/Madrid",
    )
    _x(
        "入園面接（さくら幼稚園）",
        interview=False,
        loc="さくら幼稚園",
        desc="親子面接。上履き持参",
        zone="Asia/Tokyo",
    )
    _x(
        "Adoption home study interview - social worker visit",
        interview=False,
        org=("k.morales@brightpathadoptions.org", "Kim Morales, LCSW"),
        loc="Home",
        desc="Second of three home study interviews. Both of us present; tour of the house.",
    )
    _x(
        "Co-op board interview - 45 Park Ave #7C",
        interview=False,
        loc="45 Park Ave, management office",
        desc="Bring financials. Dress nice. Don't mention the dog.",
    )
    _x(
        "Wohnungsbesichtigung + Gespräch mit Vermieterin",
        interview=False,
        loc="Bergmannstraße 12, 10961 Berlin",
        desc="Schufa, Gehaltsnachweise, Mieterselbstauskunft mitnehmen",
        zone="Europe/Berlin",
    )


def _culture_and_media() -> None:
    _x(
        "Audition - community theatre 'Our Town'",
        interview=False,
        loc="Riverside Playhouse, rehearsal room B",
        desc="Prepare a 1-min monologue. Cold reading after.",
    )
    _x(
        "Casting call - local bank commercial (extras)",
        interview=False,
        org=("casting@brightlightcasting.com", "Brightlight Casting"),
        desc="Self-tape accepted; in-person callback if selected.",
    )
    _x(
        "Movie night: 'The Interview' (2014)",
        interview=False,
        desc="popcorn, Jamie picks the next one",
    )
    _x(
        "Book club - Interview with the Vampire",
        interview=False,
        loc="Priya's place",
        desc="Finish chapters 8-12",
    )
    _x("Entretien avec un vampire - S2 épisode final", interview=False, zone="Europe/Paris")
    _x(
        "Kino: Das Vorstellungsgespräch (Komödie)",
        interview=False,
        loc="Babylon Kreuzberg",
        desc="Tickets in der App",
        zone="Europe/Berlin",
    )
    _x(
        "Theatre: 'The Job Interview' - improv show",
        interview=False,
        loc="Blue Door Comedy Club",
        desc="2 tickets, row F",
    )
    _x("TV: '面接官' ドラマ最終回", interview=False, zone="Asia/Tokyo")


def _misc_lookalikes() -> None:
    _x(
        "Candidate forum - City Council District 5",
        interview=False,
        loc="Mission Branch Library, community room",
        desc="Meet the candidates night. Ask about bike lanes.",
    )
    _x(
        "Meet the candidate: Sarah Okoye for School Board (coffee)",
        interview=False,
        loc="Ritual Coffee, Valencia St",
        desc="Neighbourhood coffee with the candidate",
    )
    _x(
        "Colorectal screening - Dr. Han",
        interview=False,
        loc="Sutter Health GI Center, 3rd floor",
        desc="Prep starts the day before. Need a ride home.",
    )
    _x(
        "Hearing screening - occupational health",
        interview=False,
        me=WORK_ME,
        org=("wellness@initech.com", "Initech Wellness"),
        loc="Initech HQ - Wellness Room",
    )
    _x(
        "Proctor: Initech SQL assessment for intern candidates",
        interview=False,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Alex administers the 60-min SQL assessment (Codility) to 8 intern candidates and answers their questions.",
        loc="Initech HQ - Training Room 2",
    )
    _x(
        "Assessment: grade data challenge submissions (Initech hackathon)",
        interview=False,
        me=WORK_ME,
        desc="Alex is a judge. Scoring rubric in the shared drive.",
    )
    _x(
        "Background check - fingerprinting appointment",
        interview=False,
        loc="Live Scan, 1550 Mission St",
        desc="For the volunteer coaching role at the youth league",
    )
    _x(
        "Candidature: dossier de subvention - entretien avec le jury",
        interview=False,
        org=("subventions@fondation-arts.fr", "Fondation pour les Arts"),
        desc="Audition du projet d'association de Jamie devant le jury de la fondation. Alex accompagne.",
        zone="Europe/Paris",
    )
    _x(
        "Volunteer interview - food bank shift lead",
        interview=False,
        org=("volunteer@sffoodbank.example.org", "Food Bank Volunteer Team"),
        desc="Short chat to match you with a weekend shift. Unpaid volunteer role.",
    )
    _x(
        "Dog adoption meet & greet - Biscuit",
        interview=False,
        loc="Happy Tails Rescue",
        desc="Adoption interview + meet the dog. Bring proof of address.",
    )
    _x(
        "Interview the new nanny candidates (3)",
        interview=False,
        desc="Alex & Jamie interviewing nannies: Rosa 10:00, Mei 11:00, Hanna 12:00",
    )


def _prep_and_reminders() -> None:
    _x(
        "Prep: Fernhill onsite",
        interview=False,
        desc="Review system design notes, STAR stories, questions for the team",
        zone="America/Los_Angeles",
    )
    _x(
        "Reminder: send thank-you note to Oakline",
        interview=False,
        desc="Email Marco + Yuki. Mention the sharding discussion.",
    )
    _x(
        "Vorbereitung Vorstellungsgespräch Hanseatische",
        interview=False,
        desc="Unternehmen recherchieren, Fragen notieren, Anzug reinigen",
        zone="Europe/Berlin",
    )
    _x(
        "Préparer l'entretien Lumio",
        interview=False,
        desc="relire la fiche de poste + exemples Airflow",
        zone="Europe/Paris",
    )
    _x("LeetCode grind (interview prep) 💪", interview=False, desc="2 mediums + 1 hard. Graphs.")
    _x(
        "Take-home for Quillmark due 23:59",
        interview=False,
        desc="Submit repo link via Lever portal. Don't forget README.",
        all_day=True,
    )
    _x("面接対策：逆質問リスト作成", interview=False, zone="Asia/Tokyo")
    _x("Offer deadline - Lumen Bank (decide!)", interview=False, all_day=True)
