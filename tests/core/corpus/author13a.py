# ruff: noqa: E501 -- data: event texts as written
"""Calendar events by an independent author (round 13, author13a): terse events the user typed
themselves, in 25+ languages, and their look-alikes.

Interviews: "<word for interview/conversation> <Company> <time>" in French, Italian, Polish,
Dutch, German, Spanish, Catalan, Portuguese, Swedish, Norwegian, Danish, Finnish, Turkish,
Japanese, Korean, Chinese, Russian, Ukrainian, Greek, Czech, Hungarian, Romanian, Hebrew,
Arabic, Indonesian, Vietnamese, Thai, Croatian, Estonian and English shorthand ("HM chat",
"tech round 2", "onsite (day 1)", "final w/ CEO", "superday"); often with no description or
attendees, sometimes only a location or a video link; company in lower case or as its domain;
trial days, assessment centres and group dynamics as interview stages.

Look-alikes with the same words: annual/performance reviews, car and boiler servicing, teacher
and parent meetings, doctor visits, bank and mortgage advice, radio/press/podcast interviews,
consular/visa and school-admission interviews, interview practice, mock interviews, prep and
coaching, study groups, interviews the user conducts on the Initech work calendar, 1:1s,
family calls, networking coffees, open days, career fairs, errands and parties that merely name
a company, and "Interview with the Vampire" in several languages.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author13a", **kw)


def build() -> None:
    _french()
    _italian()
    _polish()
    _dutch()
    _german()
    _spanish_portuguese()
    _nordic()
    _turkish_greek_slavic()
    _east_asian()
    _other_languages()
    _english_shorthand()
    _english_lookalikes()
    _work_calendar()


# --------------------------------------------------------------------------- French


def _french() -> None:
    _x(
        "Entretien L'Oréal 14h",
        interview=True,
        company="L'Oréal",
        role=None,
        loc="14 Rue Royale, 92110 Clichy",
        zone="Europe/Paris",
    )
    _x(
        "entretien RH - Decathlon",
        interview=True,
        company="Decathlon",
        role=None,
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien Doctolib - Product Designer",
        interview=True,
        company="Doctolib",
        role="Product Designer",
        desc="avec Claire (Head of Design), 45 min\nportfolio à montrer",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "entretien tech blablacar 10h30",
        interview=True,
        company="BlaBlaCar",
        role=None,
        desc="live coding 1h - prévoir l'ordi chargé + casque",
        conf=("Zoom Meeting", "https://blablacar.zoom.us/j/84120057731"),
        zone="Europe/Paris",
    )
    _x(
        "2e entretien Qonto (manager)",
        interview=True,
        company="Qonto",
        role=None,
        att=[person("m.girard@qonto.com", "Mathieu Girard")],
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "entretien téléphonique Alan",
        interview=True,
        company="Alan",
        role="Ops Manager",
        desc="Alan (l'assurance santé), poste Ops Manager - ils m'appellent sur le portable",
        zone="Europe/Paris",
    )
    _x(
        "entretien final ledger.com",
        interview=True,
        company="Ledger",
        role=None,
        loc="Ledger, 1 Rue du Mail, 75002 Paris",
        zone="Europe/Paris",
    )
    _x(
        "entretien Logitech Lausanne",
        interview=True,
        company="Logitech",
        role=None,
        loc="EPFL Quartier de l'Innovation, Lausanne",
        zone="Europe/Zurich",
    )
    _x(
        "Entrevue Ubisoft Montréal 13h",
        interview=True,
        company="Ubisoft",
        role=None,
        loc="5505 Boul. Saint-Laurent, Montréal",
        zone="America/Toronto",
    )
    _x(
        "journée d'immersion Back Market",
        interview=True,
        company="Back Market",
        role=None,
        desc="dernière étape du process : journée avec l'équipe Growth",
        all_day=True,
        zone="Europe/Paris",
    )

    _x(
        "entretien annuel",
        interview=False,
        company=None,
        role=None,
        att=[person("sophie.marchand@initech.com", "Sophie Marchand")],
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "entretien voiture",
        interview=False,
        company=None,
        role=None,
        loc="Norauto Montreuil",
        desc="vidange + pneus hiver",
        zone="Europe/Paris",
    )
    _x(
        "Entretien chaudière 8h-12h",
        interview=False,
        company=None,
        role=None,
        desc="technicien Engie Home Services, être à la maison",
        zone="Europe/Paris",
    )
    _x(
        "entretien avec la maîtresse de Léo",
        interview=False,
        company=None,
        role=None,
        loc="École élémentaire Jean Jaurès",
        zone="Europe/Paris",
    )
    _x(
        "Entretien avec un vampire - ciné-club",
        interview=False,
        company=None,
        role=None,
        loc="Le Champo, Paris 5e",
        zone="Europe/Paris",
    )
    _x(
        "interview France Inter 7h50",
        interview=False,
        company=None,
        role=None,
        desc="invité de la matinale pour parler du livre, arriver 7h20 studio 521",
        loc="Maison de la Radio, 116 Av. du Président Kennedy",
        zone="Europe/Paris",
    )
    _x(
        "Decathlon - buy running shoes",
        interview=False,
        company=None,
        role=None,
        loc="Decathlon Madeleine",
        zone="Europe/Paris",
    )
    _x(
        "Salon de l'emploi - stand L'Oréal",
        interview=False,
        company=None,
        role=None,
        loc="Paris Expo Porte de Versailles",
        zone="Europe/Paris",
    )


# --------------------------------------------------------------------------- Italian


def _italian() -> None:
    _x(
        "colloquio Luxottica ore 10",
        interview=True,
        company="Luxottica",
        role=None,
        loc="Piazzale Cadorna 3, Milano",
        zone="Europe/Rome",
    )
    _x(
        "colloquio conoscitivo Enel",
        interview=True,
        company="Enel",
        role=None,
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio di lavoro Ferrero - Brand Manager",
        interview=True,
        company="Ferrero",
        role="Brand Manager",
        loc="Piazzale Pietro Ferrero 1, Alba",
        zone="Europe/Rome",
    )
    _x(
        "colloquio tecnico satispay",
        interview=True,
        company="Satispay",
        role=None,
        desc="pair programming in Go, 90 min",
        meet="meet",
        zone="Europe/Rome",
    )

    _x(
        "colloquio con la maestra",
        interview=False,
        company=None,
        role=None,
        loc="Scuola primaria Rodari",
        zone="Europe/Rome",
    )
    _x(
        "colloquio di valutazione",
        interview=False,
        company=None,
        role=None,
        att=[person("marco.bellini@initech.com", "Marco Bellini")],
        me=WORK_ME,
        zone="Europe/Rome",
    )
    _x(
        "colloqui scuola - prof di matematica",
        interview=False,
        company=None,
        role=None,
        desc="chiedere del compito di febbraio",
        zone="Europe/Rome",
    )
    _x(
        "colloquio col commercialista (730)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Rome",
    )
    _x(
        "Intervista col vampiro - cinema all'aperto",
        interview=False,
        company=None,
        role=None,
        loc="Arena Estiva, Parco Sempione",
        zone="Europe/Rome",
    )
    _x("Enel - lettura contatore", interview=False, company=None, role=None, zone="Europe/Rome")


# --------------------------------------------------------------------------- Polish


def _polish() -> None:
    _x(
        "rozmowa rekrutacyjna Allegro",
        interview=True,
        company="Allegro",
        role=None,
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa CD Projekt",
        interview=True,
        company="CD Projekt",
        role=None,
        desc="druga tura rekrutacji - z leadem zespołu narzędziowego",
        loc="ul. Jagiellońska 74, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa o pracę - mBank, godz. 11",
        interview=True,
        company="mBank",
        role=None,
        loc="Mennica Legacy Tower, Prosta 18",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa kwalifikacyjna PKO BP - analityk",
        interview=True,
        company="PKO BP",
        role="analityk",
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa InPost 15:00",
        interview=True,
        company="InPost",
        role=None,
        desc="<p>Rekrutacja: <b>Product Owner</b> - aplikacja mobilna</p>",
        loc="InPost, ul. Wielicka 28, Kraków",
        zone="Europe/Warsaw",
    )

    _x(
        "rozmowa z szefem",
        interview=False,
        company=None,
        role=None,
        att=[person("piotr.nowak@initech.com", "Piotr Nowak")],
        me=WORK_ME,
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa z wychowawczynią Zosi",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
    )
    _x(
        "rozmowa z doradcą kredytowym",
        interview=False,
        company=None,
        role=None,
        loc="Oddział PKO BP, Marszałkowska 89",
        zone="Europe/Warsaw",
    )
    _x(
        "Allegro - odebrać paczkę z paczkomatu",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Warsaw",
    )


# --------------------------------------------------------------------------- Dutch


def _dutch() -> None:
    _x(
        "gesprek Philips",
        interview=True,
        company="Philips",
        role=None,
        desc="eerste gesprek n.a.v. sollicitatie, met recruiter + teamlead",
        loc="High Tech Campus 52, Eindhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "sollicitatiegesprek ASML",
        interview=True,
        company="ASML",
        role=None,
        loc="De Run 6501, Veldhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "kennismakingsgesprek Booking.com",
        interview=True,
        company="Booking.com",
        role="Senior Data Scientist",
        desc="recruiter call - vacature Senior Data Scientist",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "sollicitatie bol.com 14:00",
        interview=True,
        company="bol.com",
        role=None,
        loc="Papendorpseweg 100, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "proefdag Picnic",
        interview=True,
        company="Picnic",
        role=None,
        desc="meedraaien met het hub-team, laatste stap",
        all_day=True,
        zone="Europe/Amsterdam",
    )
    _x(
        "Sollicitatiegesprek gemeente Utrecht - beleidsmedewerker",
        interview=True,
        company="Gemeente Utrecht",
        role="beleidsmedewerker",
        loc="Stadsplateau 1, Utrecht",
        zone="Europe/Amsterdam",
    )

    _x(
        "gesprek met de huisarts",
        interview=False,
        company=None,
        role=None,
        loc="Huisartsenpraktijk De Pijp",
        zone="Europe/Amsterdam",
    )
    _x(
        "functioneringsgesprek",
        interview=False,
        company=None,
        role=None,
        att=[person("eva.dejong@initech.com", "Eva de Jong")],
        me=WORK_ME,
        zone="Europe/Amsterdam",
    )
    _x("oudergesprek groep 5", interview=False, company=None, role=None, zone="Europe/Amsterdam")
    _x(
        "gesprek hypotheekadviseur",
        interview=False,
        company=None,
        role=None,
        loc="De Hypotheker Amstelveen",
        zone="Europe/Amsterdam",
    )
    _x(
        "ASML open dag met studievereniging",
        interview=False,
        company=None,
        role=None,
        loc="ASML Experience Center, Veldhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "Philips scheerapparaat retour",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Amsterdam",
    )


# --------------------------------------------------------------------------- German


def _german() -> None:
    _x(
        "Vorstellungsgespräch Bosch",
        interview=True,
        company="Bosch",
        role=None,
        loc="Robert-Bosch-Campus 1, Renningen",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlernen Zalando",
        interview=True,
        company="Zalando",
        role="Senior Analyst",
        desc="Recruiterin Jana, 30 min - Stelle: Senior Analyst",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "VG Siemens Energy (Teams)",
        interview=True,
        company="Siemens Energy",
        role=None,
        desc="Vorstellungsgespräch mit Fachbereich",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "2. Runde celonis",
        interview=True,
        company="Celonis",
        role=None,
        desc="Case Study präsentieren, 20 min + Fragen",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeiten Einstein Kaffee",
        interview=True,
        company="Einstein Kaffee",
        role=None,
        loc="Einstein Kaffee, Rosenthaler Str. 39",
        desc="Probeschicht Barista 9-14 Uhr",
        zone="Europe/Berlin",
    )
    _x(
        "Assessment Center Lidl",
        interview=True,
        company="Lidl",
        role=None,
        desc="Trainee-Programm, ganztägig, Ausweis mitbringen",
        loc="Stiftsbergstraße 1, Neckarsulm",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch Roche Basel",
        interview=True,
        company="Roche",
        role="Data Scientist",
        desc="Bewerbung Data Scientist - Gespräch mit Hiring Manager",
        loc="Bau 1, Grenzacherstrasse 124",
        zone="Europe/Zurich",
    )
    _x(
        "final w/ CEO - Personio",
        interview=True,
        company="Personio",
        role=None,
        conf=("Zoom Meeting", "https://personio.zoom.us/j/81234567123"),
        zone="Europe/Berlin",
    )

    _x(
        "Mitarbeitergespräch",
        interview=False,
        company=None,
        role=None,
        att=[person("katrin.huber@initech.com", "Katrin Huber")],
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Elterngespräch",
        interview=False,
        company=None,
        role=None,
        loc="Kita Sonnenblume",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlernen Hebamme",
        interview=False,
        company=None,
        role=None,
        desc="Frau Köhler, erster Termin bei uns zu Hause",
        zone="Europe/Berlin",
    )
    _x(
        "Zalando Retoure abgeben",
        interview=False,
        company=None,
        role=None,
        loc="Hermes PaketShop",
        zone="Europe/Berlin",
    )
    _x(
        "Bosch Kundendienst Spülmaschine",
        interview=False,
        company=None,
        role=None,
        desc="Zeitfenster 8-12",
        zone="Europe/Berlin",
    )
    _x(
        "Beratungsgespräch Sparkasse",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Interview mit einem Vampir - Lesekreis",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Vienna",
    )
    _x(
        "Jahresgespräch mit Chefin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        zone="Europe/Berlin",
    )


# --------------------------------------------------------------------------- Spanish / Portuguese


def _spanish_portuguese() -> None:
    _x(
        "entrevista Inditex 9:30",
        interview=True,
        company="Inditex",
        role=None,
        loc="Av. de la Diputación, Arteixo",
        zone="Europe/Madrid",
    )
    _x(
        "entrevista técnica cabify",
        interview=True,
        company="Cabify",
        role=None,
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "entrevista Mercado Libre - Sr Backend",
        interview=True,
        company="Mercado Libre",
        role="Sr Backend",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "entrevista Rappi con hiring manager",
        interview=True,
        company="Rappi",
        role=None,
        conf=("Zoom Meeting", "https://rappi.zoom.us/j/97001122334"),
        zone="America/Bogota",
    )
    _x(
        "entrevista de feina Glovo",
        interview=True,
        company="Glovo",
        role=None,
        loc="Carrer de Llull 108, Barcelona",
        zone="Europe/Madrid",
    )
    _x("entrevista Nubank", interview=True, company="Nubank", role=None, zone="America/Sao_Paulo")
    _x(
        "dinâmica de grupo Ambev",
        interview=True,
        company="Ambev",
        role=None,
        desc="processo seletivo trainee - etapa presencial",
        zone="America/Sao_Paulo",
    )
    _x(
        "papo com tech lead - Stone",
        interview=True,
        company="Stone",
        role=None,
        desc="processo seletivo, 3a etapa",
        meet="meet",
        zone="America/Sao_Paulo",
    )

    _x(
        "entrevista en la radio",
        interview=False,
        company=None,
        role=None,
        loc="Cadena SER, Gran Vía 32",
        zone="Europe/Madrid",
    )
    _x(
        "entrevista consular",
        interview=False,
        company=None,
        role=None,
        desc="visado J1 - llevar DS-160 y pasaporte",
        loc="Embajada de EE.UU., Calle de Serrano 75",
        zone="Europe/Madrid",
    )
    _x(
        "entrevista con la tutora de Lucas",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con el vampiro (cine de verano)",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "entrevista para el cole - admisión",
        interview=False,
        company=None,
        role=None,
        desc="entrevista de admisión de Lucas, ir los dos",
        zone="America/Mexico_City",
    )
    _x(
        "entrevista na rádio CBN",
        interview=False,
        company=None,
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Nubank - pagar fatura",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/Sao_Paulo",
    )


# --------------------------------------------------------------------------- Nordic


def _nordic() -> None:
    _x(
        "intervju Spotify",
        interview=True,
        company="Spotify",
        role=None,
        loc="Regeringsgatan 19, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "jobbintervju Equinor",
        interview=True,
        company="Equinor",
        role=None,
        loc="Forusbeen 50, Stavanger",
        zone="Europe/Oslo",
    )
    _x(
        "jobsamtale Novo Nordisk",
        interview=True,
        company="Novo Nordisk",
        role=None,
        loc="Novo Allé 1, Bagsværd",
        zone="Europe/Copenhagen",
    )
    _x(
        "intervju Kahoot! - product manager",
        interview=True,
        company="Kahoot!",
        role="product manager",
        conf=("Zoom Meeting", "https://kahoot.zoom.us/j/82009911223"),
        zone="Europe/Oslo",
    )
    _x(
        "haastattelu Wolt",
        interview=True,
        company="Wolt",
        role=None,
        loc="Arkadiankatu 6, Helsinki",
        zone="Europe/Helsinki",
    )
    _x(
        "työhaastattelu Supercell klo 14",
        interview=True,
        company="Supercell",
        role=None,
        zone="Europe/Helsinki",
    )

    _x(
        "intervju med P3",
        interview=False,
        company=None,
        role=None,
        desc="radio, P3 Nyheter - prata om appen",
        loc="Radiohuset, Oxenstiernsgatan 20",
        zone="Europe/Stockholm",
    )
    _x(
        "utvecklingssamtal",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("lars.berg@initech.com", "Lars Berg")],
        zone="Europe/Stockholm",
    )
    _x(
        "Spotify Wrapped party",
        interview=False,
        company=None,
        role=None,
        loc="Hos Maja",
        zone="Europe/Stockholm",
    )
    _x("intervju med lokalavisen", interview=False, company=None, role=None, zone="Europe/Oslo")
    _x(
        "kehityskeskustelu",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        zone="Europe/Helsinki",
    )
    _x(
        "haastattelu Ylelle",
        interview=False,
        company=None,
        role=None,
        desc="Yle Uutiset, etäyhteys",
        zone="Europe/Helsinki",
    )


# --------------------------------------------------------------------------- Turkish / Greek / Slavic


def _turkish_greek_slavic() -> None:
    _x("mülakat Trendyol", interview=True, company="Trendyol", role=None, zone="Europe/Istanbul")
    _x(
        "iş görüşmesi Getir saat 15:00",
        interview=True,
        company="Getir",
        role=None,
        loc="Getir, Etiler",
        zone="Europe/Istanbul",
    )
    _x("mülakat hazırlığı", interview=False, company=None, role=None, zone="Europe/Istanbul")
    _x(
        "vize mülakatı",
        interview=False,
        company=None,
        role=None,
        loc="Almanya Başkonsolosluğu",
        zone="Europe/Istanbul",
    )
    _x("Trendyol iade kargo", interview=False, company=None, role=None, zone="Europe/Istanbul")

    _x("συνέντευξη Skroutz", interview=True, company="Skroutz", role=None, zone="Europe/Athens")
    _x(
        "συνέντευξη για δουλειά - Viva Wallet στις 12:00",
        interview=True,
        company="Viva Wallet",
        role=None,
        meet="meet",
        zone="Europe/Athens",
    )
    _x(
        "συνέντευξη τύπου",
        interview=False,
        company=None,
        role=None,
        desc="δήμος, παρουσίαση προγράμματος",
        zone="Europe/Athens",
    )

    _x("собеседование Яндекс", interview=True, company="Яндекс", role=None, zone="Europe/Moscow")
    _x(
        "собес Тинькофф 12:00",
        interview=True,
        company="Тинькофф",
        role=None,
        conf=("Zoom Meeting", "https://tinkoff.zoom.us/j/71230098765"),
        zone="Europe/Moscow",
    )
    _x(
        "співбесіда Grammarly",
        interview=True,
        company="Grammarly",
        role=None,
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "собеседование в детский сад",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Moscow",
    )
    _x(
        "интервью для подкаста",
        interview=False,
        company=None,
        role=None,
        desc="подкаст «Продуктовые люди», запись",
        zone="Europe/Moscow",
    )
    _x("Яндекс такси в аэропорт", interview=False, company=None, role=None, zone="Europe/Moscow")

    _x(
        "pohovor Avast",
        interview=True,
        company="Avast",
        role=None,
        loc="Pikrtova 1737/1a, Praha 4",
        zone="Europe/Prague",
    )
    _x(
        "pohovor na ambasádě - vízum",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Prague",
    )
    _x(
        "razgovor za posao Infobip",
        interview=True,
        company="Infobip",
        role=None,
        zone="Europe/Zagreb",
    )


# --------------------------------------------------------------------------- East Asian


def _east_asian() -> None:
    _x("面接 楽天", interview=True, company="楽天", role=None, zone="Asia/Tokyo")
    _x(
        "一次面接 メルカリ",
        interview=True,
        company="メルカリ",
        role=None,
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 ソニー 14時",
        interview=True,
        company="ソニー",
        role=None,
        loc="東京都港区港南1-7-1",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談 SmartHR",
        interview=True,
        company="SmartHR",
        role=None,
        desc="採用担当と30分、ポジション: バックエンドエンジニア",
        zone="Asia/Tokyo",
    )
    _x("面接練習", interview=False, company=None, role=None, zone="Asia/Tokyo")
    _x("三者面談", interview=False, company=None, role=None, loc="中学校", zone="Asia/Tokyo")

    _x("면접 카카오", interview=True, company="카카오", role=None, zone="Asia/Seoul")
    _x(
        "1차 면접 네이버 오후 2시",
        interview=True,
        company="네이버",
        role=None,
        loc="네이버 그린팩토리, 성남시 분당구",
        zone="Asia/Seoul",
    )
    _x("토스 최종면접", interview=True, company="토스", role=None, zone="Asia/Seoul")
    _x(
        "면접 스터디",
        interview=False,
        company=None,
        role=None,
        loc="강남역 스터디카페",
        zone="Asia/Seoul",
    )
    _x("모의면접 w/ 지훈", interview=False, company=None, role=None, zone="Asia/Seoul")

    _x("面试 字节跳动", interview=True, company="字节跳动", role=None, zone="Asia/Shanghai")
    _x("腾讯二面", interview=True, company="腾讯", role=None, meet="meet", zone="Asia/Shanghai")
    _x("Shopee 面试 10am", interview=True, company="Shopee", role=None, zone="Asia/Singapore")
    _x("面试辅导", interview=False, company=None, role=None, zone="Asia/Shanghai")
    _x("家长会", interview=False, company=None, role=None, zone="Asia/Taipei")


# --------------------------------------------------------------------------- other languages


def _other_languages() -> None:
    _x(
        "állásinterjú Wizz Air",
        interview=True,
        company="Wizz Air",
        role=None,
        zone="Europe/Budapest",
    )
    _x(
        "interviu UiPath",
        interview=True,
        company="UiPath",
        role=None,
        meet="meet",
        zone="Europe/Bucharest",
    )
    _x(
        "ראיון עבודה Wix",
        interview=True,
        company="Wix",
        role=None,
        loc="Namal Tel Aviv",
        zone="Asia/Jerusalem",
    )
    _x("مقابلة Careem", interview=True, company="Careem", role=None, zone="Asia/Dubai")
    _x(
        "interview user Tokopedia",
        interview=True,
        company="Tokopedia",
        role=None,
        desc="interview dengan user (calon atasan), tahap 2",
        meet="meet",
        zone="Asia/Jakarta",
    )
    _x("phỏng vấn VNG", interview=True, company="VNG", role=None, zone="Asia/Ho_Chi_Minh")
    _x("สัมภาษณ์งาน Agoda", interview=True, company="Agoda", role=None, zone="Asia/Bangkok")
    _x(
        "tööintervjuu Bolt",
        interview=True,
        company="Bolt",
        role=None,
        loc="Vana-Lõuna 15, Tallinn",
        zone="Europe/Tallinn",
    )
    _x(
        "zomato HR round",
        interview=True,
        company="Zomato",
        role=None,
        meet="meet",
        zone="Asia/Kolkata",
    )

    _x(
        "wawancara dengan media kampus",
        interview=False,
        company=None,
        role=None,
        zone="Asia/Jakarta",
    )
    _x("họp phụ huynh", interview=False, company=None, role=None, zone="Asia/Ho_Chi_Minh")


# --------------------------------------------------------------------------- English shorthand


def _english_shorthand() -> None:
    _x(
        "interview Stripe 3pm",
        interview=True,
        company="Stripe",
        role=None,
        zone="America/Los_Angeles",
    )
    _x(
        "call w/ recruiter @ Canva",
        interview=True,
        company="Canva",
        role=None,
        zone="Australia/Sydney",
    )
    _x(
        "HM chat Atlassian",
        interview=True,
        company="Atlassian",
        role=None,
        conf=("Zoom Meeting", "https://atlassian.zoom.us/j/91827364501"),
        zone="Australia/Sydney",
    )
    _x(
        "tech round 2 - Revolut",
        interview=True,
        company="Revolut",
        role=None,
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "onsite Shopify (day 1)",
        interview=True,
        company="Shopify",
        role=None,
        loc="151 O'Connor St, Ottawa",
        zone="America/Toronto",
    )
    _x(
        "onsite Shopify (day 2)",
        interview=True,
        company="Shopify",
        role=None,
        loc="151 O'Connor St, Ottawa",
        zone="America/Toronto",
    )
    _x(
        "recruiter screen notion.so",
        interview=True,
        company="Notion",
        role=None,
        zone="America/Los_Angeles",
    )
    _x(
        "take-home review - Monzo",
        interview=True,
        company="Monzo",
        role=None,
        desc="walk through my take-home with 2 engineers",
        zone="Europe/London",
    )
    _x(
        "panel @ Wise (4 ppl)",
        interview=True,
        company="Wise",
        role=None,
        att=[
            person("nina.k@wise.com", "Nina Kowalczyk"),
            person("tom.h@wise.com", "Tom Hale"),
            person("ade.o@wise.com", "Ade Okafor"),
            person("r.singh@wise.com", "Rhea Singh"),
        ],
        org=("talent@wise.com", "Wise Talent"),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "coffee w/ hiring mgr - Linear",
        interview=True,
        company="Linear",
        role="Founding Engineer",
        desc="informal first convo re the Founding Engineer role",
        loc="Blue Bottle, Hayes Valley",
        zone="America/Los_Angeles",
    )
    _x(
        "superday Goldman Sachs",
        interview=True,
        company="Goldman Sachs",
        role=None,
        loc="200 West St, New York",
        all_day=True,
        zone="America/New_York",
    )
    _x(
        "behavioral - amazon (loop)",
        interview=True,
        company="Amazon",
        role=None,
        conf=("Amazon Chime", "https://chime.aws/4419982201"),
        zone="America/Los_Angeles",
    )
    _x(
        "intro call Vercel",
        interview=True,
        company="Vercel",
        role="DX Engineer",
        desc="re: DX Engineer role - recruiter intro",
        zone="America/New_York",
    )
    _x(
        "interview airbnb.com - SWE II",
        interview=True,
        company="Airbnb",
        role="SWE II",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "trial shift - Dishoom",
        interview=True,
        company="Dishoom",
        role=None,
        loc="Dishoom Shoreditch",
        desc="paid trial, 5-10pm, black shirt",
        zone="Europe/London",
    )


# --------------------------------------------------------------------------- English look-alikes


def _english_lookalikes() -> None:
    _x(
        "mock interview w/ Sam",
        interview=False,
        company=None,
        role=None,
        att=[person("sam.okoro@gmail.com", "Sam Okoro")],
        meet="meet",
        zone="America/New_York",
    )
    _x("interview prep", interview=False, company=None, role=None, zone="Europe/London")
    _x(
        "interview prep: Stripe sys design",
        interview=False,
        company=None,
        role=None,
        desc="grokking ch 4-6, redo rate limiter",
        zone="America/Los_Angeles",
    )
    _x("call with mom", interview=False, company=None, role=None, zone="America/New_York")
    _x(
        "coffee with Ana (networking)",
        interview=False,
        company=None,
        role=None,
        loc="Ritual Coffee, Valencia St",
        zone="America/Los_Angeles",
    )
    _x("Zalando return", interview=False, company=None, role=None, zone="Europe/Berlin")
    _x(
        "Interview with the Vampire",
        interview=False,
        company=None,
        role=None,
        loc="Prince Charles Cinema",
        desc="35mm screening w/ Priya",
        zone="Europe/London",
    )
    _x(
        "The Interview (2014) movie night",
        interview=False,
        company=None,
        role=None,
        zone="America/Chicago",
    )
    _x(
        "Atlassian Community meetup",
        interview=False,
        company=None,
        role=None,
        loc="WeWork 100 Harris St",
        zone="Australia/Sydney",
    )
    _x(
        "Stripe Sessions livestream",
        interview=False,
        company=None,
        role=None,
        zone="America/Los_Angeles",
    )
    _x(
        "Shopify store - launch sale",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/Toronto",
    )
    _x(
        "Canva: make birthday invite",
        interview=False,
        company=None,
        role=None,
        zone="Australia/Sydney",
    )
    _x("Revolut card delivery", interview=False, company=None, role=None, zone="Europe/London")
    _x(
        "podcast interview - Build Something pod",
        interview=False,
        company=None,
        role=None,
        desc="I'm the guest, talking about side projects",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "reference call for Jamie",
        interview=False,
        company=None,
        role=None,
        desc="I'm Jamie's reference - Figma recruiter calls me",
        zone="America/Los_Angeles",
    )
    _x("leetcode study group", interview=False, company=None, role=None, zone="America/New_York")
    _x(
        "career fair - Goldman Sachs booth",
        interview=False,
        company=None,
        role=None,
        loc="Javits Center",
        zone="America/New_York",
    )
    _x(
        "research Personio before final",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "send thank-you note to Monzo",
        interview=False,
        company=None,
        role=None,
        zone="Europe/London",
    )
    _x(
        "interview coaching (career coach)",
        interview=False,
        company=None,
        role=None,
        desc="session 3/5 - STAR stories",
        zone="America/Chicago",
    )
    _x(
        "Amazon package pickup",
        interview=False,
        company=None,
        role=None,
        zone="America/Los_Angeles",
    )
    _x(
        "Wolt order for Maija's bday",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Helsinki",
    )
    _x(
        "citizenship interview (USCIS)",
        interview=False,
        company=None,
        role=None,
        loc="USCIS Field Office, 630 Sansome St",
        zone="America/Los_Angeles",
    )
    _x("radio interview BBC 5 Live", interview=False, company=None, role=None, zone="Europe/London")


# --------------------------------------------------------------------------- work calendar


def _work_calendar() -> None:
    _x(
        "interviewing candidate for Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("dana.cho@gmail.com", "Dana Cho")],
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "1:1 with manager",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("bill.lumbergh@initech.com", "Bill Lumbergh")],
        zone="America/Chicago",
    )
    _x(
        "debrief - backend candidate",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("peter.gibbons@initech.com", "Peter Gibbons")],
        zone="America/Chicago",
    )
    _x(
        "Vorstellungsgespräche führen (Werkstudent)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x("面接官 (新卒採用)", interview=False, company=None, role=None, me=WORK_ME, zone="Asia/Tokyo")
    _x(
        "Entretien candidat - stage data",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rh@initech.com", "Initech RH"),
        att=[person("lucas.martin@etu.univ-paris.fr", "Lucas Martin")],
        zone="Europe/Paris",
    )
    _x(
        "colloquio candidato - junior dev (io intervisto)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        zone="Europe/Rome",
    )
