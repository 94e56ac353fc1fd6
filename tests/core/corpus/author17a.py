# ruff: noqa: E501 -- data: event texts as written
"""Part author17a: Alex's own hand-typed calendar entries (terse, abbreviated, emoji, typos,
mixed English/German/Spanish/French/Portuguese/Hinglish/Dutch/Italian, time and place in the
title, notes in the description) with equally terse look-alikes (errands, prep, reminders,
deadlines, calls with family and friends, work 1:1s), plus invitations that test naming the
employer right: legal forms, brands of groups, divisions, names with '&', digits, dots or lower
case, staffing agencies with a named or confidential client, scheduling tools and assessment
platforms that are not the employer, and employers known only from the organizer's domain."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author17a", **kw)


def build() -> None:
    _own_interviews_en()
    _own_interviews_mixed()
    _own_lookalikes_en()
    _own_lookalikes_mixed()
    _naming_legal_forms()
    _naming_brands_divisions()
    _naming_odd_spellings()
    _naming_agencies_tools()
    _naming_domain_only()
    _naming_lookalikes()
    _naming_lookalikes_more()


def _own_interviews_en() -> None:
    _x("Halvard 2nd rd", interview=True, company="Halvard")
    _x("recruiter call w/ Dana - Lumenfield", interview=True, company="Lumenfield")
    _x("HM chat Figwork 3pm", interview=True, company="Figwork")
    _x("tech screen!!", interview=True, company=None)
    _x("Brightline onsite pt 2", interview=True, company="Brightline", loc="Brightline, 4th fl")
    _x("Zoe @ Kestrel (recruiter)", interview=True, company="Kestrel")
    _x("Noor / Saltmarsh final", interview=True, company="Saltmarsh")
    _x("phone screen - Oakbridge (SRE)", interview=True, company="Oakbridge", role="SRE")
    _x("Tessellate sys design 🤞", interview=True, company="Tessellate")
    _x("intvw Parcelwise 10:30", interview=True, company="Parcelwise")
    _x("interveiw w/ Ravi @ Corvid Health", interview=True, company="Corvid Health")
    _x(
        "Marlow Data - take-home walkthrough w/ team",
        interview=True,
        company="Marlow Data",
        desc="they'll ask me to walk thru the pipeline + tradeoffs. have repo open",
    )
    _x("coding rd - Pinegate (coderpad)", interview=True, company="Pinegate")
    _x("Fernhill final round 🎉🎉", interview=True, company="Fernhill")
    _x("loop w/ Jun (eng mgr) — Driftless", interview=True, company="Driftless")
    _x(
        "screen: Quanta Rail, Sr Data Eng",
        interview=True,
        company="Quanta Rail",
        role="Sr Data Eng",
    )
    _x(
        "📞 Mira from Boltwood",
        interview=True,
        company="Boltwood",
        desc="recruiter screen 30m\n- ask about salary band\n- remote ok??",
    )
    _x(
        "Westerly lunch interview @ their office",
        interview=True,
        company="Westerly",
        loc="Westerly, 88 Pier Ave",
    )
    _x("Hightide - values intv", interview=True, company="Hightide")
    _x(
        "onsite @ Copperleaf 9-3 🏢",
        interview=True,
        company="Copperleaf",
        loc="Copperleaf HQ, 500 Harrison St, 2nd floor reception",
    )
    _x("Gridpoint bar raiser", interview=True, company="Gridpoint")
    _x("case int. - Ardent Partners", interview=True, company="Ardent Partners")
    _x(
        "panel (4 ppl) Sundial",
        interview=True,
        company="Sundial",
        desc="45 min each? ask Tia for names beforehand",
    )
    _x("Zephyr Labs - pair programming", interview=True, company="Zephyr Labs")
    _x("final w/ CTO - Meridiem", interview=True, company="Meridiem")
    _x("culture fit call Bramble", interview=True, company="Bramble")
    _x(
        "tech int pt1 - Nimbus Freight",
        interview=True,
        company="Nimbus Freight",
        desc="prep STAR stories\nask about visa\nSQL window fns!!",
    )
    _x("Orrin recruiter 15min", interview=True, company="Orrin")
    _x(
        "HM screen (Data Platform Lead) - Strata",
        interview=True,
        company="Strata",
        role="Data Platform Lead",
    )
    _x(
        "Int Cobalt Mobility - dat eng role",
        interview=True,
        company="Cobalt Mobility",
        role="dat eng",
    )
    _x("🚀 Rocketry 3rd round", interview=True, company="Rocketry")
    _x("Aster Bio - skip-level intvw", interview=True, company="Aster Bio")
    _x("screening call Vela (analytics eng)", interview=True, company="Vela", role="analytics eng")
    _x("INTERVIEW Juniper Freight 2pm DON'T BE LATE", interview=True, company="Juniper Freight")
    _x("Cedarline HM (moved from Tue)", interview=True, company="Cedarline")
    _x(
        "Thornbury – trial day",
        interview=True,
        company="Thornbury",
        loc="Thornbury office, 12 Canal St",
        desc="paid trial day, bring laptop + charger. ends ~5",
    )
    _x("Sol / Wavecrest - hiring mgr", interview=True, company="Wavecrest")
    _x("behavioral w/ Greta, Pallas", interview=True, company="Pallas")
    _x("Lark: recruiter screen (zoom)", interview=True, company="Lark", loc="zoom link in email")
    _x("intrvw 2/3 Northstar Grid", interview=True, company="Northstar Grid")
    _x("Ember Analytics data modeling round 😅", interview=True, company="Ember Analytics")
    _x("onsite Ridgeway - day 1", interview=True, company="Ridgeway")
    _x("Quill - final (exec)", interview=True, company="Quill")
    _x("Harbor → team match call", interview=True, company="Harbor")


def _own_interviews_mixed() -> None:
    # German
    _x(
        "Vorstellungsgespräch Hafenwerk 14 Uhr",
        interview=True,
        company="Hafenwerk",
        loc="Hafenwerk, Am Sandtorkai 3, Hamburg",
    )
    _x(
        "2. Gespräch mit Fr. Lindner – Nordlicht Logistik",
        interview=True,
        company="Nordlicht Logistik",
    )
    _x("Telefoninterview Brauhaus Digital 😬", interview=True, company="Brauhaus Digital")
    _x(
        "Fachinterview Falkenstein (Data Eng)",
        interview=True,
        company="Falkenstein",
        role="Data Eng",
        desc="Gehaltsvorstellung: 78k\nnach Homeoffice fragen\nKündigungsfrist 3 Monate erwähnen",
    )
    _x("Hafenwerk interview pt 2 - Teamleiter", interview=True, company="Hafenwerk")
    # Spanish
    _x("entrevista Luma Pagos 11h", interview=True, company="Luma Pagos")
    _x("2da entrevista - Ceiba (técnica)", interview=True, company="Ceiba")
    _x("llamada con reclutadora de Andina Tech", interview=True, company="Andina Tech")
    _x(
        "entrevista final Tucán 🦜 17:00",
        interview=True,
        company="Tucán",
        desc="preguntar por visa y relocation. llevar ejemplos de proyectos",
    )
    # French
    _x("entretien Bleuet 15h30", interview=True, company="Bleuet")
    _x("entretien technique – Orée Data", interview=True, company="Orée Data")
    _x(
        "appel RH Maison Lys (poste data eng)",
        interview=True,
        company="Maison Lys",
        role="data eng",
    )
    _x(
        "entretien w/ manager Calanque",
        interview=True,
        company="Calanque",
        desc="revoir les STAR, demander pour le télétravail",
    )
    # Portuguese
    _x("entrevista Caju Pay 14h 🙏", interview=True, company="Caju Pay")
    _x("papo com recrutadora - Jabuti", interview=True, company="Jabuti")
    _x("entrevista técnica Ipê Saúde", interview=True, company="Ipê Saúde")
    _x("Sabiá – entrevista c/ gestor", interview=True, company="Sabiá")
    # Hindi / Hinglish
    _x("Interview hai - Chaiwala Tech 4 baje", interview=True, company="Chaiwala Tech")
    _x("HR round Pashmina Labs, zaroor jaana", interview=True, company="Pashmina Labs")
    _x("Nilgiri Systems tech round, 11 baje", interview=True, company="Nilgiri Systems")
    _x("final round Tiranga Fintech 🤞 (ghabrana mat)", interview=True, company="Tiranga Fintech")
    # Dutch
    _x("sollicitatiegesprek Tulpwerk", interview=True, company="Tulpwerk")
    _x("gesprek met recruiter - Dijkstra Mobility", interview=True, company="Dijkstra Mobility")
    _x(
        "2e gesprek Polder Energy 🚲",
        interview=True,
        company="Polder Energy",
        loc="Polder Energy, Stationsplein 9, Utrecht",
    )
    # Italian
    _x("colloquio Gelsomino 10:00", interview=True, company="Gelsomino")
    _x("secondo colloquio - Ferrovia Digitale", interview=True, company="Ferrovia Digitale")
    _x(
        "colloquio tecnico Lago Systems (Data Engineer)",
        interview=True,
        company="Lago Systems",
        role="Data Engineer",
    )
    # mixed within one title
    _x("Hafenwerk call w/ Jens – nach Relocation fragen", interview=True, company="Hafenwerk")
    _x("entrevista w/ Marta @ Ceiba pt 3 - system design", interview=True, company="Ceiba")


def _own_lookalikes_en() -> None:
    _x("dentist 🦷 3pm", interview=False, loc="Smile Dental, 210 Oak St")
    _x("haircut w/ Leo ✂️", interview=False)
    _x("interview prep", interview=False)
    _x(
        "interview prep - Halvard",
        interview=False,
        desc="review their eng blog, 2 STAR stories on incidents",
    )
    _x("practice w/ Sam", interview=False)
    _x("mock intvw w/ Priya (she plays HM)", interview=False)
    _x("call mom", interview=False)
    _x("coffee w/ Priya (ex-colleague)", interview=False, loc="Blue Bottle, Mint Plaza")
    _x(
        "1:1 w/ manager",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
    )
    _x("Kestrel — send thank-you", interview=False)
    _x("follow up Lumenfield", interview=False)
    _x("apply to Strata!! (closes fri)", interview=False)
    _x("Copperleaf take-home DUE 🚨", interview=False, all_day=True)
    _x("submit take-home Marlow", interview=False, desc="push to their repo + email Kim the link")
    _x("LC grind 🔁", interview=False)
    _x("thank-you note Figwork!!", interview=False)
    _x("email Oakbridge recruiter back re: dates", interview=False)
    _x(
        "research Brightline before onsite",
        interview=False,
        desc="funding, product, who's on panel (linkedin)",
    )
    _x("Sam's interview @ Halvard - text him good luck", interview=False)
    _x("reference call for Jo (I'm her ref)", interview=False)
    _x("STAR stories review", interview=False)
    _x("rescheduled?? Figwork - check email", interview=False)
    _x("gym 🏋️", interview=False)
    _x("physio - knee", interview=False)
    _x("doctor appt 9:15", interview=False, loc="One Medical, 2nd St")
    _x("podcast interview w/ DataTalk (me as guest!)", interview=False)
    _x("visa interview @ consulate 🇺🇸", interview=False, loc="US Consulate General, Frankfurt")
    _x("parent-teacher mtg (Mia)", interview=False)
    _x("update resume + LinkedIn", interview=False)
    _x("Driftless offer deadline", interview=False, all_day=True)
    _x("coffee chat w/ Jonas (ex-Halvard) - networking", interview=False)
    _x("flight SFO→BER (Hafenwerk onsite) ✈️", interview=False, loc="SFO Terminal I")
    _x("hotel check-in — Copperleaf trip", interview=False)
    _x("Boltwood decision by today?", interview=False, all_day=True)
    _x("buy interview outfit 👔", interview=False)
    _x("sys design practice (grokking ch. 4)", interview=False)
    _x("reply to Vela recruiter - decline", interview=False)
    _x("Priya's final round — send good luck msg", interview=False)
    _x("LinkedIn Premium trial ends", interview=False, all_day=True)
    _x("dinner w/ Ravi & Sol", interview=False)
    _x("car service 🚗", interview=False)
    _x("call w/ Dana re: her wedding", interview=False)


def _own_lookalikes_mixed() -> None:
    # work calendar, Alex as interviewer or at work
    _x(
        "Interview: Jordan Lee – Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("jordan.lee.dev@gmail.com", "Jordan Lee"),
            person("raj.mehta@initech.com", "Raj Mehta"),
        ],
        desc="You are on the panel for Jordan Lee (Backend Engineer). Focus: system design. Please submit your scorecard in Greenhouse within 24h.",
        meet="meet",
    )
    _x(
        "interview candidate - data eng (debrief after)",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
    )
    _x(
        "skip level w/ Maria",
        interview=False,
        me=WORK_ME,
        org=("maria.gonzalez@initech.com", "Maria Gonzalez"),
    )
    _x(
        "user interview #4 (onboarding study)",
        interview=False,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
    )
    _x(
        "perf review w/ Raj",
        interview=False,
        me=WORK_ME,
        org=("raj.mehta@initech.com", "Raj Mehta"),
    )
    _x(
        "hiring sync - DE req",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
    )
    # German
    _x("Zahnarzt 8:30", interview=False)
    _x("Mama anrufen", interview=False)
    _x("Bewerbung an Nordlicht schicken!", interview=False)
    _x("Steuerberater – Unterlagen mitbringen", interview=False)
    _x("Vorbereitung Vorstellungsgespräch Hafenwerk", interview=False)
    # Spanish
    _x("llamar a mamá", interview=False)
    _x("corte de pelo 💈", interview=False)
    _x(
        "preparar entrevista Luma",
        interview=False,
        desc="repasar SQL + preguntas de comportamiento",
    )
    _x("entrevista consulado (visa) 🛂", interview=False)
    # French
    _x("préparer entretien Bleuet", interview=False)
    _x("dîner chez Claire 🍷", interview=False)
    _x("relancer Orée Data (mail)", interview=False)
    # Portuguese
    _x("ligar pro banco", interview=False)
    _x("simulado de entrevista c/ Bia", interview=False)
    _x("mandar agradecimento Caju Pay", interview=False)
    # Hinglish
    _x("interview ki taiyari 📚", interview=False)
    _x("mummy ko call karna", interview=False)
    _x("mock interview w/ Rohan bhai", interview=False)
    # Dutch
    _x("huisarts 10u", interview=False)
    _x("Tulpwerk bedankmail sturen", interview=False)
    _x("CV bijwerken + solliciteren Polder Energy (deadline vrijdag)", interview=False)
    # Italian
    _x("barbiere ✂️", interview=False)
    _x("ripassare SQL per colloquio", interview=False)
    _x("scadenza candidatura Gelsomino", interview=False, all_day=True)


def _naming_legal_forms() -> None:
    _x(
        "Interview Alex Rivera – Vanterra GmbH (Senior Data Engineer)",
        interview=True,
        company="Vanterra",
        role="Senior Data Engineer",
        org=("jobs@vanterra.de", "Vanterra GmbH Recruiting"),
        att=[
            person("katrin.vogel@vanterra.de", "Katrin Vogel"),
            person("lukas.brandt@vanterra.de", "Lukas Brandt"),
        ],
        desc="Hallo Alex,\n\nvielen Dank für Ihr Interesse an der Position Senior Data Engineer. Hiermit bestätigen wir Ihr Interview mit Katrin Vogel (Head of Data) und Lukas Brandt.\n\nViele Grüße\nIhr Recruiting-Team der Vanterra GmbH",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista técnica – Alba Logística S.A.",
        interview=True,
        company="Alba Logística",
        org=("seleccion@albalogistica.es", "Selección Alba Logística"),
        desc="Hola Alex:\nTe confirmamos la entrevista técnica para el puesto de Ingeniero/a de Datos. Duración: 60 minutos. Entrevistadores: Pablo Ruiz y Nerea Gil.\nUn saludo,\nAlba Logística S.A.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg3ZmE2%40thread.v2/0",
        ),
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista | Cerrado Agro Ltda. – Analista de Dados Sênior",
        interview=True,
        company="Cerrado Agro",
        role="Analista de Dados Sênior",
        org=("talentos@cerradoagro.com.br", "Talentos Cerrado Agro"),
        att=[person("fernanda.lima@cerradoagro.com.br", "Fernanda Lima")],
        desc="Olá Alex, tudo bem?\nSegue o convite para a entrevista com a Fernanda Lima, gestora da área de Dados.\nAbraços,\nEquipe de Talentos – Cerrado Agro Ltda.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Gesprek Alex Rivera / Zeewind B.V.",
        interview=True,
        company="Zeewind",
        org=("m.devries@zeewind.nl", "Maarten de Vries"),
        desc="Hoi Alex,\nLeuk dat je wilt komen praten over de rol van Data Engineer bij Zeewind. Ik stuur je hierbij de uitnodiging voor ons eerste gesprek.\nGroet, Maarten",
        loc="Zeewind B.V., Keizersgracht 214, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio conoscitivo – Officine Brera S.p.A.",
        interview=True,
        company="Officine Brera",
        org=("hr@officinebrera.it", "HR Officine Brera"),
        desc="Gentile Alex,\nle confermiamo il colloquio conoscitivo per la posizione di Data Engineer presso Officine Brera S.p.A.\nCordiali saluti,\nUfficio Risorse Umane",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Technical Interview - Saanvi Analytics Pvt Ltd | Data Engineer II",
        interview=True,
        company="Saanvi Analytics",
        role="Data Engineer II",
        org=("careers@saanvianalytics.in", "Saanvi Analytics Careers"),
        att=[person("arjun.k@saanvianalytics.in", "Arjun Krishnan")],
        desc="Dear Alex,\nYour technical interview with Arjun Krishnan is scheduled. Please keep your camera on and a notepad ready.\nRegards,\nTalent Acquisition, Saanvi Analytics Pvt Ltd",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84123901234"),
        zone="Asia/Kolkata",
    )
    _x(
        "Interview with Hoshino Robotics K.K. (Tokyo) – Platform Engineer",
        interview=True,
        company="Hoshino Robotics",
        role="Platform Engineer",
        org=("recruit@hoshino-robotics.co.jp", "Hoshino Robotics 採用チーム"),
        desc="Alex Rivera 様\n\nこの度はご応募いただきありがとうございます。面接の日程が確定しましたのでご連絡いたします。\n\nHoshino Robotics K.K. 採用チーム",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Interview – Norrsken Data AB (Analytics Engineer)",
        interview=True,
        company="Norrsken Data",
        role="Analytics Engineer",
        org=("elin.berg@norrskendata.se", "Elin Berg"),
        desc="Hej Alex! Here's the invite for our chat next week. I'll be joined by our Head of Analytics, Oskar. /Elin, Norrsken Data AB",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1%40thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Rozmowa rekrutacyjna – Wisła Software Sp. z o.o.",
        interview=True,
        company="Wisła Software",
        org=("rekrutacja@wislasoftware.pl", "Rekrutacja Wisła Software"),
        desc="Dzień dobry,\nzapraszamy na rozmowę rekrutacyjną na stanowisko Senior Data Engineer.\nPozdrawiamy,\nZespół HR Wisła Software Sp. z o.o.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Pike & Sons Ltd – 2nd interview 🤞",
        interview=True,
        company="Pike & Sons",
        desc="Ltd. in Leeds, hybrid. ask about on-call",
    )
    _x("Vanterra GmbH final (Katrin + CTO)", interview=True, company="Vanterra")


def _naming_brands_divisions() -> None:
    _x(
        "Interview – Pennyworth (a Halcyon Group company) – Data Engineer",
        interview=True,
        company="Pennyworth",
        role="Data Engineer",
        org=("talent@halcyongroup.com", "Halcyon Group Talent"),
        desc="Hi Alex,\nThanks for applying to Pennyworth, part of the Halcyon Group family of brands. This is a 45-minute interview with the Pennyworth data team.\nHalcyon Group Talent Acquisition",
        meet="meet",
    )
    _x(
        "Tidal Bank by Northgate Financial – Hiring Manager Interview",
        interview=True,
        company="Tidal Bank",
        org=("recruiting@northgatefinancial.com", "Northgate Financial Recruiting"),
        att=[person("owen.price@tidalbank.com", "Owen Price")],
        desc="Interview for Senior Analytics Engineer, Tidal Bank (a Northgate Financial brand). Hiring manager: Owen Price.",
        conf=("Zoom Meeting", "https://northgate.zoom.us/j/93812004571"),
        role="Senior Analytics Engineer",
    )
    _x(
        "Google Cloud – Technical Interview (Customer Engineer, Data Analytics)",
        interview=True,
        company="Google Cloud",
        role="Customer Engineer, Data Analytics",
        org=("jmorales@google.com", "Jess Morales"),
        desc="Hi Alex, confirming your Google Cloud technical interview. Please join via Google Meet a few minutes early. Good luck!",
        meet="meet",
    )
    _x(
        "AWS Loop - Alex Rivera - Data Engineer II",
        interview=True,
        company="AWS",
        role="Data Engineer II",
        org=("hrakesh@amazon.com", "Hari Rakesh"),
        desc="Your interview loop for the Data Engineer II role in AWS Glue consists of 4 x 55-minute interviews on Amazon Chime. Please review the Leadership Principles.",
        loc="https://chime.aws/4029117733",
    )
    _x("AWS phone screen (DE, Glue team)", interview=True, company="AWS", role="DE")
    _x("Kinetic Pay (Northgate) tech round", interview=True, company="Kinetic Pay")


def _naming_odd_spellings() -> None:
    _x(
        "Interview – Hartley & Finch (Analytics Engineer)",
        interview=True,
        company="Hartley & Finch",
        role="Analytics Engineer",
        org=("recruitment@hartleyfinch.co.uk", "Hartley & Finch Recruitment"),
        desc="Dear Alex,\nThank you for your application to Hartley &amp; Finch. We'd like to invite you to a first-stage interview.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HF22%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x("Barrow&Vine HM call", interview=True, company="Barrow & Vine")
    _x(
        "42Fathom – Systems Design Interview",
        interview=True,
        company="42Fathom",
        org=("ana@42fathom.com", "Ana Petrov"),
        meet="meet",
        desc="Round 3 of 4. Whiteboard-style design on a shared Excalidraw.",
    )
    _x("3Sixty Health screen 📞", interview=True, company="3Sixty Health")
    _x(
        "Ledgerly.io | Interview with Alex Rivera",
        interview=True,
        company="Ledgerly.io",
        org=("people@ledgerly.io", "Ledgerly People Team"),
        att=[person("tom@ledgerly.io", "Tom Becker")],
        conf=("Zoom Meeting", "https://ledgerly.zoom.us/j/81122334455"),
    )
    _x("nodes.ai founder chat (first eng hire?)", interview=True, company="nodes.ai")
    _x(
        "plinth x Alex — intro w/ hiring manager",
        interview=True,
        company="plinth",
        org=("maya@plinth.so", "maya from plinth"),
        desc="hey alex! excited to chat. this is a 30 min intro with me (eng manager, data). no prep needed.",
        meet="meet",
    )
    _x("umber onsite 🧡", interview=True, company="umber", loc="umber studio, 3rd floor")
    _x(
        "Studio 9 Interactive – portfolio review w/ panel",
        interview=True,
        company="Studio 9 Interactive",
    )


def _naming_agencies_tools() -> None:
    _x(
        "Interview: Data Engineer @ Orchard Health (via TalentBridge)",
        interview=True,
        company="Orchard Health",
        role="Data Engineer",
        org=("jess.nolan@talentbridge-staffing.com", "Jess Nolan"),
        att=[person("d.cho@orchardhealth.org", "David Cho")],
        desc="Hi Alex, as discussed, here is your interview with my client Orchard Health. David Cho is the Data Engineering Manager. Call me right after to debrief! Jess | TalentBridge Staffing",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86612300987"),
    )
    _x(
        "Client interview – Senior Data Engineer (confidential fintech)",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("ollie@redlinerecruitment.co.uk", "Ollie Grant"),
        desc="Hi Alex, my client (a Series C fintech, I can't share the name yet) would like to meet you. Interview with their Head of Data, 45 mins. I'll send the joining link the morning of. Ollie, Redline Recruitment",
    )
    _x(
        "Hiring Manager call – client: Meridian Foods",
        interview=True,
        company="Meridian Foods",
        org=("tpatel@apexstaffing.com", "Tara Patel"),
        desc="Contract-to-hire, BI Developer. Hiring manager: Greg Holt (Meridian Foods). Submitted by Apex Staffing.",
        role="BI Developer",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MF01%40thread.v2/0",
        ),
    )
    _x("client intvw via Redline (co. still secret 🙄)", interview=True, company=None)
    _x(
        "Alex Rivera and Priya Shah",
        interview=True,
        company="Tallgrass",
        org=("priya.shah@tallgrass.io", "Priya Shah"),
        desc="Event Name: Recruiter Screen – Tallgrass\n\nPlease join via the Zoom link below.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/4f2a\nReschedule: https://calendly.com/reschedulings/4f2a\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://tallgrass.zoom.us/j/97700112233"),
    )
    _x(
        "Interview Confirmation: Alex Rivera for Staff Data Engineer at Quillon",
        interview=True,
        company="Quillon",
        role="Staff Data Engineer",
        org=("recruiting@quillon.com", "Quillon Recruiting"),
        att=[
            person("h.ortiz@quillon.com", "Hector Ortiz"),
            person("liz.wan@quillon.com", "Liz Wan"),
        ],
        desc="Your virtual onsite has been scheduled.\n10:00 Hector Ortiz – Coding\n11:00 Liz Wan – Data Modeling\n\nScheduled with GoodTime",
        meet="meet",
    )
    _x(
        "Karat Interview for Sablewood – Software Engineer",
        interview=True,
        company="Sablewood",
        role="Software Engineer",
        org=("no-reply@karat.io", "Karat"),
        desc="Hi Alex, your technical interview for Sablewood has been scheduled. Karat conducts this first-round interview on behalf of Sablewood. Join from a computer with a stable connection.",
        loc="https://interviews.karat.io/join/sablewood-8821",
    )
    _x(
        "CoderPad Interview – Halberd",
        interview=True,
        company="Halberd",
        org=("nick.ames@halberd.com", "Nick Ames"),
        desc="Live coding, 60 min. Language of your choice.",
        loc="https://app.coderpad.io/QX7T4MZ",
        meet="meet",
    )
    _x(
        "HackerRank Interview: Alex Rivera – Staff SWE (Fennick)",
        interview=True,
        company="Fennick",
        role="Staff SWE",
        org=("interviews@hackerrank.com", "HackerRank"),
        desc="You have been invited to a live interview by Fennick. Interviewer: Dana Whitlock.\nJoin: https://www.hackerrank.com/interviews/f3k9-alex",
    )
    _x(
        "[ModernLoop] Virtual Onsite – Alex Rivera – Cinderpath",
        interview=True,
        company="Cinderpath",
        org=("recruiting@cinderpath.com", "Cinderpath Recruiting"),
        desc="Schedule generated by ModernLoop. 4 sessions, 15 min breaks between.",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Corvina | Technical Interview",
        interview=True,
        company="Corvina",
        org=("ben.lutz@corvina.ai", "Ben Lutz"),
        desc="This interview was scheduled via Greenhouse. Please review the job description for the Machine Learning Engineer position before the call.",
        role="Machine Learning Engineer",
        conf=("Zoom Meeting", "https://corvina.zoom.us/j/91234432100"),
    )


def _naming_domain_only() -> None:
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Pellucid",
        org=("r.okafor@pellucid.io", "Rita Okafor"),
        meet="meet",
    )
    _x(
        "Chat with Alex",
        interview=True,
        company="Brindlewood",
        role="Analytics Lead",
        org=("hannah@brindlewood.com", "Hannah Moss"),
        desc="Second conversation for the Analytics Lead role - this time with our COO.",
        meet="meet",
    )
    _x(
        "Alex Rivera - 2nd round",
        interview=True,
        company="Thistle",
        org=("kai@thistle.dev", "Kai"),
        att=[person("noemi@thistle.dev", "Noemi")],
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Marrowbone",
        org=("j.reyes@marrowbone.com", "Julia Reyes"),
        desc="Technical follow-up with two members of the data team.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83300221144"),
    )
    _x(
        "Recruiter screen – Alex R.",
        interview=True,
        company=None,
        org=("kellytalentpartners@gmail.com", "Kelly Dunn"),
        desc="Quick intro re: the data engineer opening I messaged you about on LinkedIn.",
        role="data engineer",
    )


def _naming_lookalikes() -> None:
    _x(
        "Vanterra GmbH – Karriere-Webinar: Data @ Vanterra",
        interview=False,
        org=("events@vanterra.de", "Vanterra Events"),
        desc="Lernen Sie unser Data-Team kennen! Offenes Webinar für alle Interessierten, Fragen im Chat.",
        conf=("Zoom Webinar", "https://vanterra.zoom.us/w/98811223344"),
    )
    _x(
        "Alba Logística S.A. – reunión con proveedor",
        interview=False,
        me=WORK_ME,
        org=("compras@initech.com", "Initech Compras"),
        att=[person("pablo.ruiz@albalogistica.es", "Pablo Ruiz")],
    )
    _x(
        "QBR – Saanvi Analytics Pvt Ltd",
        interview=False,
        me=WORK_ME,
        org=("raj.mehta@initech.com", "Raj Mehta"),
        att=[person("account@saanvianalytics.in", "Saanvi Analytics Account Team")],
        desc="Quarterly business review with our analytics vendor.",
    )
    _x(
        "Hoshino Robotics K.K. – product demo",
        interview=False,
        me=WORK_ME,
        org=("sales@hoshino-robotics.co.jp", "Hoshino Robotics Sales"),
        meet="meet",
    )
    _x(
        "Wisła Software Sp. z o.o. – contract renewal",
        interview=False,
        me=WORK_ME,
        org=("legal@initech.com", "Initech Legal"),
    )
    _x("Zeewind B.V. – send Priya's CV (referral)", interview=False)
    _x(
        "Officine Brera S.p.A. – webinar: data mesh in pratica",
        interview=False,
        org=("eventi@officinebrera.it", "Eventi Officine Brera"),
    )
    _x(
        "Pennyworth – user research session ($75 gift card)",
        interview=False,
        org=("research@pennyworth.com", "Pennyworth UX Research"),
        desc="Thanks for signing up to give feedback on the Pennyworth app! The session is 45 minutes with one of our researchers.",
        meet="meet",
    )
    _x("Tidal Bank – mortgage appointment 🏠", interview=False, loc="Tidal Bank, 18 Market St")
    _x(
        "Google Cloud Next – Data Analytics track",
        interview=False,
        all_day=True,
        loc="Moscone Center",
    )
    _x(
        "AWS account review w/ TAM",
        interview=False,
        me=WORK_ME,
        org=("cloudops@initech.com", "Initech Cloud Ops"),
        att=[person("tam-team@amazon.com", "AWS Technical Account Manager")],
    )
    _x("AWS cert exam (SAA-C03) 📝", interview=False, loc="Pearson VUE test center")
    _x(
        "Hartley & Finch podcast – interview: 'Data teams that scale'",
        interview=False,
        org=("podcast@hartleyfinch.co.uk", "Hartley & Finch Podcast"),
        desc="Thanks for agreeing to be a guest, Alex! We'll record ~40 min. Questions attached.",
    )
    _x("dinner w/ Lena (works at plinth)", interview=False)
    _x("42Fathom meetup – lightning talks", interview=False)
    _x("Ledgerly.io onboarding webinar", interview=False, org=("webinars@ledgerly.io", "Ledgerly"))
    _x("nodes.ai demo day 🎤", interview=False)
    _x(
        "Alex Rivera and Jamie Cole",
        interview=False,
        org=("jamie@careerleapcoaching.com", "Jamie Cole"),
        desc="Event Name: 60 Min Career Coaching – Interview Strategy\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/88844411122"),
    )
    _x(
        "Mock Interview – System Design (anonymous)",
        interview=False,
        org=("noreply@interviewing.io", "interviewing.io"),
        desc="Your practice interview with an anonymous senior engineer. This is a mock session, no hiring decision.",
    )
    _x("Fennick HackerRank OA due 11:59pm", interview=False, all_day=True)
    _x("CodeSignal GCA – finish by Fri", interview=False)
    _x(
        "Karat interviewer calibration",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        desc="For Initech interviewers: how we use Karat for first-round screens.",
    )
    _x("call Jess back re: Orchard feedback", interview=False)
    _x("send updated CV to Ollie (Redline)", interview=False)


def _naming_lookalikes_more() -> None:
    _x(
        "Interview: Priya Nair – Data Analyst",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("priya.nair.92@gmail.com", "Priya Nair")],
        desc="You're interviewing Priya Nair for Data Analyst. Scorecard due within 24 hours.\n\nScheduled with GoodTime",
        meet="meet",
    )
    _x("Meridian Foods grocery pickup 🛒", interview=False)
    _x("Thistle – thank-you email to Kai & Noemi", interview=False)
    _x("Brindlewood - prep qs for COO", interview=False)
    _x(
        "Coffee?",
        interview=False,
        org=("hannah@brindlewood.com", "Hannah Moss"),
        desc="No agenda, just catching up since the conference :)",
        loc="Sightglass, 7th St",
    )
    _x(
        "Lunch & learn: Corvina x Initech",
        interview=False,
        me=WORK_ME,
        org=("ben.lutz@corvina.ai", "Ben Lutz"),
        desc="Corvina team presents their ML observability platform.",
    )
    _x(
        "Sablewood Engineering Open House",
        interview=False,
        org=("events@sablewood.com", "Sablewood Events"),
        desc="Drinks, demos and lightning talks from the Sablewood engineering team. RSVP'd.",
        loc="Sablewood, 250 Brannan St",
    )
    _x("Cinderpath – background check forms due", interview=False, all_day=True)
    _x(
        "Interview with Alex Rivera",
        interview=False,
        org=("m.osei@techweekly.news", "Marcus Osei"),
        desc="Thanks for taking the time! For our feature on data engineering careers - 20 min, recorded, quotes sent for approval.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87711002233"),
    )
    _x(
        "Q&A w/ Initech eng blog (interview for post)",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
    )
    _x("Vanterra GmbH – Vertrag unterschreiben ✍️", interview=False)
    _x("Ausländerbehörde – Blue Card Termin", interview=False, loc="Ausländerbehörde, Hamburg")
    _x("Brauhaus Digital Stammtisch 🍺", interview=False)
