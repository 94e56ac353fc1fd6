# ruff: noqa: E501 -- data: event texts as written
"""Round 15's first calendar author: naming the employer the way a careful reader would.

Written independently for split "author15a". About 180 events, about two thirds of them
Alex Rivera's own job interviews; the rest are look-alikes that mention companies (client
calls, vendor demos, conferences, a partner's interview, interviews Alex runs at Initech).
The focus is the company label: brands versus long legal names, groups, subsidiaries and
divisions, staffing and executive-search agencies presenting a client (named or confidential),
scheduling tools / ATS / assessment platforms / video services as organizers, employers seen
only through a domain or signature, abbreviations, names in other scripts, and styled names
with digits, ampersands, dots or lowercase. Languages: English, German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Japanese, Korean, Chinese, Arabic (plus Cyrillic, Greek).
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author15a", **kw)


def build() -> None:
    _legal_names()
    _groups_and_divisions()
    _agencies()
    _tools_as_organizers()
    _domain_or_signature_only()
    _abbreviations()
    _other_scripts()
    _styled_names()
    _recruiter_and_role_titles()
    _lookalike_business()
    _lookalike_events()
    _lookalike_partner_and_coaching()
    _lookalike_work_interviews()


# ---------------------------------------------------------------------------
# Brand in the title, long legal name in the signature or location
# ---------------------------------------------------------------------------


def _legal_names() -> None:
    _x(
        "Vorstellungsgespräch Telekom – Cloud Architect (m/w/d)",
        interview=True,
        company="Deutsche Telekom",
        role="Cloud Architect",
        org=("katrin.oelschlaeger@telekom.de", "Katrin Oelschläger"),
        att=[person("j.brandt@telekom.de", "Jonas Brandt")],
        desc="Hallo Alex,\n\nwie besprochen die Einladung zum ersten Gespräch für die Position Cloud Architect (m/w/d) im Bereich T Cloud Public.\n\nViele Grüße\nKatrin Oelschläger\nTalent Acquisition\n\nDeutsche Telekom AG\nFriedrich-Ebert-Allee 140, 53113 Bonn\nAufsichtsrat: Dr. Frank Appel (Vorsitzender)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_telekom",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview – Product Designer | Zalando",
        interview=True,
        company="Zalando",
        role="Product Designer",
        org=("no-reply@zalando.de", "Zalando Careers"),
        desc="Hi Alex,\n\nThank you for your interest in Zalando! This is your 45-minute conversation with the Design Lead of our Partner Platform.\n\nZalando SE · Valeska-Gert-Straße 5 · 10243 Berlin · Registergericht Charlottenburg HRB 158855 B",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "BMW – Fachgespräch Softwareentwicklung Fahrerassistenz",
        interview=True,
        company="BMW",
        role=None,
        org=("stefanie.huber@bmw.de", "Huber Stefanie, FG-231"),
        att=[person("markus.ziegler@bmw.de", "Ziegler Markus, EA-42")],
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Fachgespräch ein.\n\nMit freundlichen Grüßen\nStefanie Huber\n\nBayerische Motoren Werke Aktiengesellschaft\nPetuelring 130, 80788 München\nVorstand: Oliver Zipse (Vorsitzender)",
        loc="FIZ Forschungs- und Innovationszentrum, Knorrstraße 147, 80937 München, Tor 3",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Ingénieur Données (H/F) – TotalEnergies",
        interview=True,
        company="TotalEnergies",
        role="Ingénieur Données",
        org=("recrutement@totalenergies.com", "TotalEnergies Recrutement"),
        desc="Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'Ingénieur Données (H/F) au sein de la direction Digital & Innovation.\n\nTotalEnergies SE – Société européenne au capital de 6 000 000 000 euros – 542 051 180 RCS Nanterre\n2 place Jean Millier, La Défense 6, 92400 Courbevoie",
        loc="Tour Coupole, 2 place Jean Millier, 92400 Courbevoie",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista Santander - Analista de Riesgos",
        interview=True,
        company="Santander",
        role="Analista de Riesgos",
        org=("talento@gruposantander.com", "Talento Santander"),
        att=[person("lmartin@gruposantander.com", "Lucía Martín")],
        desc="Hola Alex,\n\nTe confirmamos la entrevista para la posición de Analista de Riesgos.\n\nUn saludo,\nLucía Martín\nBanco Santander, S.A.\nCiudad Grupo Santander, Avda. de Cantabria s/n, 28660 Boadilla del Monte (Madrid)",
        loc="Ciudad Grupo Santander, Edificio Pinar, planta 2",
        zone="Europe/Madrid",
    )
    _x(
        "Case Interview – Round 1",
        interview=True,
        company="Roland Berger",
        role=None,
        org=("recruiting.munich@rolandberger.com", "Roland Berger Recruiting"),
        desc="Dear Alex,\n\nWe are pleased to invite you to the first round of interviews (two case interviews of 45 minutes each).\n\nKind regards\nYour Recruiting Team\n\nRoland Berger GmbH · Sederanger 1 · 80538 München · Amtsgericht München HRB 223286",
        loc="Sederanger 1, 80538 München",
        zone="Europe/Berlin",
    )
    _x(
        "Gesprek Philips – Senior Software Engineer Image Guided Therapy",
        interview=True,
        company="Philips",
        role="Senior Software Engineer",
        org=("talent.acquisition@philips.com", "Philips Talent Acquisition"),
        att=[person("ruud.verhoeven@philips.com", "Ruud Verhoeven")],
        desc="Beste Alex,\n\nHierbij de uitnodiging voor het gesprek met Ruud Verhoeven (R&D Manager, Image Guided Therapy Systems).\n\nMet vriendelijke groet,\nKoninklijke Philips N.V.\nHigh Tech Campus 52, 5656 AG Eindhoven",
        loc="High Tech Campus 52, Eindhoven – receptie HTC 52",
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio conoscitivo – Data Scientist",
        interview=True,
        company="Ferrero",
        role="Data Scientist",
        org=("hr.alba@ferrero.com", "Giulia Rinaldi"),
        desc="Gentile Alex,\n\ncome da accordi telefonici le confermo il colloquio conoscitivo per la posizione di Data Scientist.\n\nCordiali saluti,\nGiulia Rinaldi\nHR Business Partner\nFerrero Industriale Italia S.r.l. – Piazzale Pietro Ferrero 1, 12051 Alba (CN)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ferrero",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Entrevista com a Natura – Coordenador(a) de Produto Digital",
        interview=True,
        company="Natura",
        role="Coordenador(a) de Produto Digital",
        org=("atracao@natura.net", "Atração de Talentos Natura"),
        desc="Olá Alex!\n\nConfirmamos sua entrevista com a gestora da área de Produto Digital.\n\nNatura Cosméticos S.A.\nAv. Alexandre Colares, 1188 – Parque Anhanguera, São Paulo/SP",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Rozmowa rekrutacyjna – Java Developer",
        interview=True,
        company="Allegro",
        role="Java Developer",
        org=("rekrutacja@allegro.pl", "Allegro Rekrutacja"),
        desc="Cześć Alex,\n\ndziękujemy za aplikację. Zapraszamy na rozmowę techniczną z zespołem Payments.\n\nAllegro sp. z o.o. z siedzibą w Poznaniu, ul. Grunwaldzka 182, 60-166 Poznań, KRS 0000635012",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Interview with Hoffmann Präzisionstechnik",
        interview=True,
        company="Hoffmann Präzisionstechnik",
        role=None,
        org=("personal@hoffmann-praezision.de", "Personalabteilung"),
        desc="Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie persönlich kennenzulernen. Bitte melden Sie sich am Empfang in Halle 2.\n\nHoffmann Präzisionstechnik GmbH & Co. KG\nIndustriestraße 14, 73430 Aalen\nSitz der Gesellschaft: Aalen, Registergericht Ulm HRA 501123",
        loc="Industriestraße 14, 73430 Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Final interview: Head of Platform",
        interview=True,
        company="Wise",
        role="Head of Platform",
        org=("talent@wise.com", "Wise Talent"),
        att=[person("cto-office@wise.com", "CTO Office")],
        desc="Hi Alex, this is the final conversation with our CTO.\n\n--\nWise Payments Limited is authorised by the Financial Conduct Authority under the Electronic Money Regulations 2011, Firm Reference 900507. Registered office: 6th Floor, The Tea Building, 56 Shoreditch High Street, London E1 6JJ.",
        loc="The Tea Building, 56 Shoreditch High Street, London",
        zone="Europe/London",
    )
    _x(
        "Technical interview – Backend (Go)",
        interview=True,
        company="Bolt",
        role=None,
        org=("hiring@bolt.eu", "Bolt Hiring"),
        desc="Hey Alex! Your 60 min technical interview with two engineers from the Rides Pricing team.\n\nBolt Technology OÜ, Vana-Lõuna 15, Tallinn 10134, Estonia",
        meet="meet",
        zone="Europe/Tallinn",
    )
    _x(
        "Kennismakingsgesprek ASML – Mechatronics Engineer",
        interview=True,
        company="ASML",
        role="Mechatronics Engineer",
        org=("recruitment.veldhoven@asml.com", "ASML Recruitment"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. Je gesprek vindt plaats op onze campus in Veldhoven, gebouw 7.\n\nASML Netherlands B.V., De Run 6501, 5504 DR Veldhoven",
        loc="De Run 6501, 5504 DR Veldhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien RH – Chargé(e) de projets SI",
        interview=True,
        company="Crédit Agricole",
        role="Chargé(e) de projets SI",
        org=("n.lefevre@credit-agricole-sa.fr", "Nathalie Lefèvre"),
        desc="Bonjour,\n\nJe vous confirme notre entretien RH.\n\nNathalie Lefèvre\nChargée de recrutement\nCrédit Agricole S.A.\n12 place des États-Unis, 92127 Montrouge Cedex",
        loc="12 place des États-Unis, Montrouge – accueil bâtiment Evergreen",
        zone="Europe/Paris",
    )
    _x(
        "Hiring manager conversation — Revenue Operations Lead",
        interview=True,
        company="The Estée Lauder Companies",
        role="Revenue Operations Lead",
        org=("recruiting@estee.com", "ELC Talent Acquisition"),
        desc="Hi Alex,\n\nPlease find below the details for your conversation with Dana Whitfield, VP Commercial Operations.\n\nThe Estée Lauder Companies Inc.\n767 Fifth Avenue, New York, NY 10153",
        conf=("Zoom Meeting", "https://elcompanies.zoom.us/j/93312200113"),
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Groups, subsidiaries and divisions: what the event names as the hiring company
# ---------------------------------------------------------------------------


def _groups_and_divisions() -> None:
    _x(
        "Siemens Healthineers – Interview Software Engineer Imaging",
        interview=True,
        company="Siemens Healthineers",
        role="Software Engineer Imaging",
        org=("talent.erlangen@siemens-healthineers.com", "Siemens Healthineers Talent Acquisition"),
        desc="Dear Alex,\n\nWe are looking forward to speaking with you about the Software Engineer Imaging position in Forchheim.\n\nSiemens Healthineers AG, Henkestraße 127, 91052 Erlangen. A Siemens Group company.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_shs",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "AWS Loop – Solutions Architect (Day 1 of 2)",
        interview=True,
        company="Amazon Web Services",
        role="Solutions Architect",
        org=("aws-recruiting-scheduling@amazon.com", "AWS Recruiting Scheduling"),
        desc="Hello Alex,\n\nYour Amazon Web Services (AWS) interview loop for the Solutions Architect role has been scheduled. Each session is 55 minutes and will include questions on the Amazon Leadership Principles.\n\nInterviewers will join via Amazon Chime.",
        conf=("Amazon Chime", "https://chime.aws/4411902231"),
        zone="America/Los_Angeles",
    )
    _x(
        "Deloitte Digital | Experience Design Manager – 1st round",
        interview=True,
        company="Deloitte Digital",
        role="Experience Design Manager",
        org=("ukrecruitment@deloitte.co.uk", "Deloitte UK Recruitment"),
        desc="Dear Alex,\n\nThank you for applying to Deloitte Digital. Your first-round interview will be with a Director from our Experience Design practice.\n\nDeloitte LLP is a limited liability partnership registered in England and Wales with registered number OC303675.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dd",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview: Data Engineer @ Instagram",
        interview=True,
        company="Instagram",
        role="Data Engineer",
        org=("recruiting-noreply@meta.com", "Meta Recruiting"),
        desc="Hi Alex,\n\nYou're confirmed for a 45-minute technical screen for the Data Engineer, Instagram Growth role. Your interviewer is on the Instagram Data team.\n\nMeta Platforms, Inc. · 1 Hacker Way, Menlo Park, CA 94025",
        conf=("Zoom Meeting", "https://fb.zoom.us/j/98811220033"),
        zone="America/Los_Angeles",
    )
    _x(
        "Google DeepMind – Research Engineer chat",
        interview=True,
        company="Google DeepMind",
        role="Research Engineer",
        org=("recruiting@deepmind.com", "Rachel Osei"),
        desc="Hi Alex, looking forward to our chat about the Research Engineer role on the Gemini post-training team.\n\nRachel\nGoogle DeepMind · 6 Pancras Square, London N1C 4AG",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Bosch Rexroth Vorstellungsgespräch Embedded Engineer",
        interview=True,
        company="Bosch Rexroth",
        role="Embedded Engineer",
        org=("recruiting@boschrexroth.de", "Bosch Rexroth Recruiting"),
        desc="Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch in Lohr am Main einzuladen.\n\nBosch Rexroth AG – ein Unternehmen der Bosch-Gruppe\nZum Eisengießer 1, 97816 Lohr am Main",
        loc="Zum Eisengießer 1, 97816 Lohr am Main, Pforte Werk 1",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista – Inditex Tech | Backend Engineer Logística",
        interview=True,
        company="Inditex",
        role="Backend Engineer Logística",
        org=("tech.talent@inditex.com", "Inditex Tech Talent"),
        desc="Hola Alex,\n\nGracias por tu interés en Inditex. Te confirmamos la entrevista técnica con el equipo de Logística.\n\nIndustria de Diseño Textil, S.A. (Inditex) – Avda. de la Diputación s/n, 15143 Arteixo, A Coruña",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Microsoft Research interview – Principal Researcher",
        interview=True,
        company="Microsoft Research",
        role="Principal Researcher",
        org=("msrrecruit@microsoft.com", "MSR Recruiting"),
        desc="Hi Alex,\n\nYour interview day with Microsoft Research Cambridge includes a 60-minute talk and four 1:1s.\n\nMicrosoft Research Ltd, 21 Station Road, Cambridge CB1 2FB",
        loc="21 Station Road, Cambridge",
        zone="Europe/London",
    )
    _x(
        "Gespräch Mercedes-Benz Tech Innovation – DevOps Engineer",
        interview=True,
        company="Mercedes-Benz Tech Innovation",
        role="DevOps Engineer",
        org=("jobs@mercedes-benz-techinnovation.com", "MBTI Recruiting"),
        desc="Hallo Alex,\n\nwir freuen uns auf das Gespräch zur Stelle DevOps Engineer.\n\nMercedes-Benz Tech Innovation GmbH · Wilhelm-Runge-Str. 11 · 89081 Ulm\nEine 100%ige Tochter der Mercedes-Benz Group AG",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mbti",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Accenture Song – Creative Technologist interview",
        interview=True,
        company="Accenture Song",
        role="Creative Technologist",
        org=("careers.noreply@accenture.com", "Accenture Careers"),
        desc="Hi Alex,\n\nYour interview for Creative Technologist at Accenture Song (formerly Accenture Interactive) is confirmed.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_acn",
        ),
        zone="America/New_York",
    )
    _x(
        "Interview | Waymo – Perception Software Engineer",
        interview=True,
        company="Waymo",
        role="Perception Software Engineer",
        org=("recruiting@waymo.com", "Waymo Recruiting"),
        desc="Hi Alex,\n\nThanks for making time to speak with Waymo. Note: Waymo is an Alphabet company; you'll receive a Google Meet link from a google.com address.",
        att=[person("kchen@google.com", "Kevin Chen")],
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Colloquio tecnico – Leonardo Elettronica",
        interview=True,
        company="Leonardo",
        role=None,
        org=("selezione@leonardo.com", "Selezione Leonardo"),
        desc="Gentile candidato,\n\nla invitiamo al colloquio tecnico presso la Divisione Elettronica di Leonardo.\n\nLeonardo S.p.a. – Piazza Monte Grappa 4, 00195 Roma",
        loc="Via Tiburtina km 12,400, Roma – Portineria",
        zone="Europe/Rome",
    )
    _x(
        "Entretien – Airbus Defence and Space – Ingénieur Systèmes",
        interview=True,
        company="Airbus Defence and Space",
        role="Ingénieur Systèmes",
        org=("recrutement.toulouse@airbus.com", "Airbus Recrutement"),
        desc="Bonjour Alex,\n\nVotre entretien pour le poste d'Ingénieur Systèmes au sein d'Airbus Defence and Space à Toulouse est confirmé.\n\nAirbus Defence and Space SAS – 31 rue des Cosmonautes, 31402 Toulouse",
        loc="31 rue des Cosmonautes, Toulouse",
        zone="Europe/Paris",
    )
    _x(
        "Rozmowa – ING Tech Poland, Site Reliability Engineer",
        interview=True,
        company="ING Tech Poland",
        role="Site Reliability Engineer",
        org=("rekrutacja@ing.pl", "ING Rekrutacja"),
        desc="Dzień dobry,\n\nzapraszamy na rozmowę w ING Tech Poland (centrum technologiczne Grupy ING) na stanowisko Site Reliability Engineer.\n\nING Business Shared Services B.V. Sp. z o.o. Oddział w Polsce",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ing",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Interview – Disney Streaming | Senior iOS Engineer",
        interview=True,
        company="Disney Streaming",
        role="Senior iOS Engineer",
        org=("noreply@disneycareers.com", "Disney Careers"),
        desc="Hello Alex,\n\nYour interview with the Disney Streaming iOS Platform team is confirmed.\n\nThe Walt Disney Company · 500 S Buena Vista St, Burbank, CA",
        conf=("Zoom Meeting", "https://disney.zoom.us/j/94400112233"),
        zone="America/Los_Angeles",
    )
    _x(
        "Vodafone Business – Gespräch Pre-Sales Consultant",
        interview=True,
        company="Vodafone Business",
        role="Pre-Sales Consultant",
        org=("recruiting.de@vodafone.com", "Vodafone Recruiting"),
        desc="Hallo Alex,\n\nhier die Einladung zum Interview für Vodafone Business, Team Enterprise Solutions.\n\nVodafone GmbH, Ferdinand-Braun-Platz 1, 40549 Düsseldorf",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_vf",
        ),
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Staffing and executive-search agencies
# ---------------------------------------------------------------------------


def _agencies() -> None:
    _x(
        "Interview bei Zeiss über Hays – Projektleiter Optik",
        interview=True,
        company="Zeiss",
        role="Projektleiter Optik",
        org=("sabine.kraus@hays.de", "Sabine Kraus (Hays)"),
        att=[person("thomas.wendt@zeiss.com", "Thomas Wendt")],
        desc="Hallo Herr Rivera,\n\nwie telefonisch besprochen, hier die Einladung zum Gespräch bei unserem Kunden Carl Zeiss in Oberkochen. Gesprächspartner: Thomas Wendt (Abteilungsleiter).\n\nBeste Grüße\nSabine Kraus\nHays Professional Solutions GmbH",
        loc="Carl Zeiss AG, Carl-Zeiss-Straße 22, 73447 Oberkochen",
        zone="Europe/Berlin",
    )
    _x(
        "Robert Walters – client interview (Senior Finance Analyst)",
        interview=True,
        company="Heineken",
        role="Senior Finance Analyst",
        org=("emma.jansen@robertwalters.nl", "Emma Jansen"),
        desc="Hi Alex,\n\nGreat news – Heineken would like to meet you for the Senior Finance Analyst role. The interview is with Pieter de Graaf (Finance Manager) at their Amsterdam HQ.\n\nGood luck!\nEmma Jansen | Robert Walters Netherlands",
        loc="Heineken HQ, Tweede Weteringplantsoen 21, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Confidential search – VP Engineering – first conversation",
        interview=True,
        company=None,
        role="VP Engineering",
        org=("j.hartley@heidrick.com", "James Hartley"),
        desc="Alex,\n\nAs discussed, our client is a Series C fintech headquartered in London; the name will be shared after this first conversation. Please keep the details confidential.\n\nJames Hartley\nPrincipal, Heidrick & Struggles",
        conf=("Zoom Meeting", "https://heidrick.zoom.us/j/91234000045"),
        zone="Europe/London",
    )
    _x(
        "Michael Page | Entretien avec L'Oréal – Responsable CRM",
        interview=True,
        company="L'Oréal",
        role="Responsable CRM",
        org=("c.dubois@michaelpage.fr", "Camille Dubois"),
        desc="Bonjour Alex,\n\nSuite à notre échange, je vous confirme l'entretien avec L'Oréal (Direction Marketing Digital) pour le poste de Responsable CRM.\n\nCamille Dubois\nManager – Michael Page Marketing",
        loc="L'Oréal, 41 rue Martre, 92110 Clichy",
        zone="Europe/Paris",
    )
    _x(
        "Interview – internal Recruitment Consultant role at Michael Page",
        interview=True,
        company="Michael Page",
        role="Recruitment Consultant",
        org=("talent.internal@pagegroup.com", "PageGroup Internal Talent"),
        desc="Hi Alex,\n\nThanks for applying to join us as a Recruitment Consultant in our Technology team. This interview is with the Regional Director.\n\nPageGroup plc",
        loc="Michael Page, 1 Dashwood Lang Road, Addlestone",
        zone="Europe/London",
    )
    _x(
        "Entrevista cliente – Gerente de Operaciones",
        interview=True,
        company=None,
        role="Gerente de Operaciones",
        org=("mfernandez@adecco.com", "María Fernández"),
        desc="Hola Alex,\n\nTe confirmo la entrevista con nuestro cliente, una empresa líder del sector logístico en Valencia. Por confidencialidad te facilitaremos el nombre en la próxima fase.\n\nMaría Fernández\nConsultora Senior – Adecco Professional Staffing",
        loc="Oficinas Adecco, Calle Colón 60, Valencia",
        zone="Europe/Madrid",
    )
    _x(
        "Randstad x Philips Lighting: kennismaking",
        interview=True,
        company="Signify",
        role=None,
        org=("daan.bakker@randstad.nl", "Daan Bakker"),
        desc="Hoi Alex,\n\nHierbij de bevestiging van je kennismakingsgesprek bij Signify (voorheen Philips Lighting) voor de detacheringsopdracht als Test Engineer. Je bent via Randstad in dienst, de opdracht is bij Signify.\n\nGroet,\nDaan Bakker – Randstad Professional",
        loc="Signify, High Tech Campus 48, Eindhoven",
        zone="Europe/Amsterdam",
    )
    _x(
        "Spencer Stuart – Candidate interview (CFO search)",
        interview=True,
        company="Unilever",
        role="CFO",
        org=("a.blake@spencerstuart.com", "Amelia Blake"),
        desc="Dear Alex,\n\nThank you for your interest in the CFO, Beauty & Wellbeing appointment at Unilever. This conversation is with me and my colleague as part of our assessment on behalf of Unilever.\n\nAmelia Blake\nSpencer Stuart",
        loc="Spencer Stuart, 16 Connaught Place, London W2 2ED",
        zone="Europe/London",
    )
    _x(
        "Teams: Vorstellung bei Kunde (Senior Controller)",
        interview=True,
        company=None,
        role="Senior Controller",
        org=("n.koch@kienbaum.de", "Nina Koch"),
        desc="Guten Tag Herr Rivera,\n\nunser Mandant, ein familiengeführter Maschinenbauer aus Ostwestfalen, möchte Sie gerne kennenlernen. Den Namen nennen wir Ihnen nach Unterzeichnung der Vertraulichkeitserklärung.\n\nNina Koch\nKienbaum Consultants International GmbH",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kienbaum",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Hudson screening call – Contract Data Analyst (for Telstra)",
        interview=True,
        company="Telstra",
        role="Data Analyst",
        org=("olivia.nguyen@hudson.com", "Olivia Nguyen"),
        desc="Hi Alex,\n\nBefore I put you forward to Telstra for the 6-month Data Analyst contract, let's do a quick screening call.\n\nOlivia Nguyen | Hudson RPO",
        zone="Australia/Sydney",
    )
    _x(
        "Colloquio con cliente – Gi Group – Responsabile Acquisti",
        interview=True,
        company="Lavazza",
        role="Responsabile Acquisti",
        org=("f.bianchi@gigroup.com", "Francesca Bianchi"),
        desc="Ciao Alex,\n\nti confermo il colloquio presso il nostro cliente Lavazza per la posizione di Responsabile Acquisti.\n\nFrancesca Bianchi\nGi Group S.p.A. – Divisione Professional",
        loc="Nuvola Lavazza, Via Bologna 32, Torino",
        zone="Europe/Rome",
    )
    _x(
        "TEKsystems submission call – Salesforce Developer",
        interview=True,
        company=None,
        role="Salesforce Developer",
        org=("mrogers@teksystems.com", "Mark Rogers"),
        desc="Alex, quick call to prep you before I submit you to the client (large healthcare insurer in Chicago, name withheld until submission).\n\nMark Rogers | TEKsystems",
        zone="America/Chicago",
    )
    _x(
        "Entrevista – Vaga Engenheiro de Dados (cliente Nubank)",
        interview=True,
        company="Nubank",
        role="Engenheiro de Dados",
        org=("ana.souza@kornferry.com", "Ana Souza"),
        desc="Oi Alex,\n\nConforme conversamos, agendei sua entrevista com o time de Data Platform do Nubank. A Korn Ferry está conduzindo esse processo em nome do cliente.\n\nAna Souza | Korn Ferry",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Gesprek Brunel – detachering bij Tata Steel",
        interview=True,
        company="Brunel",
        role="Process Engineer",
        org=("recruitment@brunel.net", "Brunel Recruitment"),
        desc="Beste Alex,\n\nJe solliciteert naar een vaste baan bij Brunel als Process Engineer; je eerste opdracht zou bij Tata Steel in IJmuiden zijn. Dit gesprek is met je toekomstige accountmanager bij Brunel.\n\nBrunel Nederland B.V.",
        loc="Brunel, John M. Keynesplein 33, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa z klientem – Hays Poland – QA Lead",
        interview=True,
        company="mBank",
        role="QA Lead",
        org=("k.nowak@hays.pl", "Katarzyna Nowak"),
        desc="Cześć Alex,\n\npotwierdzam spotkanie z klientem – mBank, zespół Bankowości Mobilnej. Stanowisko: QA Lead.\n\nKatarzyna Nowak\nHays Poland Sp. z o.o.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mbank",
        ),
        zone="Europe/Warsaw",
    )


# ---------------------------------------------------------------------------
# Scheduling tools, ATS, assessment platforms and video services as organizers
# ---------------------------------------------------------------------------


def _tools_as_organizers() -> None:
    _x(
        "Alex Rivera and Priya Nair",
        interview=True,
        company="Monzo",
        role="Senior Backend Engineer",
        org=("no-reply@calendly.com", "Calendly"),
        att=[person("priya.nair@monzo.com", "Priya Nair")],
        desc="Event Name: Monzo – Senior Backend Engineer – Recruiter Call\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12CD\nReschedule: https://calendly.com/reschedulings/AB12CD\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://monzo.zoom.us/j/81122334455"),
        zone="Europe/London",
    )
    _x(
        "Interview with Alex Rivera – Staff Engineer",
        interview=True,
        company="Datadog",
        role="Staff Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[
            person("sam.ortiz@datadoghq.com", "Sam Ortiz"),
            person("leah.kim@datadoghq.com", "Leah Kim"),
        ],
        desc="Alex Rivera — Staff Engineer, Logs Platform (Datadog)\n\nInterviewers: Sam Ortiz, Leah Kim\nInterview: System Design\n\nThis event was scheduled via Greenhouse.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/94455667788"),
        zone="America/New_York",
    )
    _x(
        "HireVue Live Interview: Graduate Analyst",
        interview=True,
        company="J.P. Morgan",
        role="Graduate Analyst",
        org=("noreply@hirevue.com", "HireVue"),
        att=[person("olivia.grant@jpmorgan.com", "Olivia Grant")],
        desc="Dear Alex,\n\nJ.P. Morgan has scheduled a live video interview with you on HireVue for the 2026 Graduate Analyst Programme. Your interviewer: Olivia Grant, Vice President.\n\nJoin here: https://app.hirevue.com/interviews/xyz\n\nHireVue, Inc. · 10876 South River Front Parkway, South Jordan, UT",
        zone="Europe/London",
    )
    _x(
        "Codility live coding – Klarna",
        interview=True,
        company="Klarna",
        role=None,
        org=("interviews@codility.com", "Codility Interview"),
        att=[person("oskar.lind@klarna.com", "Oskar Lind")],
        desc="You have been invited to a live technical interview by Klarna.\n\nJoin the CodeLive session: https://app.codility.com/live/abc-123\n\nCodility Limited",
        zone="Europe/Stockholm",
    )
    _x(
        "Karat Technical Interview",
        interview=True,
        company="Indeed",
        role="Software Engineer II",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Hi Alex,\n\nYou're scheduled for your technical interview for the Software Engineer II role at Indeed. Karat conducts technical interviews on behalf of Indeed; your interviewer is a Karat Interview Engineer.\n\nJoin: https://karat.io/join/8c1f0",
        zone="America/Chicago",
    )
    _x(
        "Entretien vidéo – Welcome to the Jungle",
        interview=True,
        company="Doctolib",
        role="Product Manager",
        org=("no-reply@welcometothejungle.com", "Welcome to the Jungle"),
        att=[person("helene.roux@doctolib.com", "Hélène Roux")],
        desc="Bonjour Alex,\n\nDoctolib vous invite à un entretien vidéo pour le poste de Product Manager.\n\nCet évènement a été créé via Welcome Kit by Welcome to the Jungle.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interview Alex Rivera <> Personio",
        interview=True,
        company="Celonis",
        role="Solutions Engineer",
        org=("noreply@personio.de", "Personio"),
        att=[person("m.schubert@celonis.com", "Maximilian Schubert")],
        desc="Hallo Alex,\n\ndanke für deine Bewerbung bei Celonis als Solutions Engineer. Anbei die Einladung zum Interview mit Maximilian Schubert.\n\nDiese Nachricht wurde über Personio versendet.",
        conf=("Zoom Meeting", "https://celonis.zoom.us/j/96677889900"),
        zone="Europe/Berlin",
    )
    _x(
        "GoodTime: Onsite – Coding 2 (Alex Rivera)",
        interview=True,
        company="Stripe",
        role=None,
        org=("calendar@goodtime.io", "GoodTime Scheduling"),
        att=[person("nina@stripe.com", "Nina Patel")],
        desc="Stripe Onsite Interview\nSession: Coding 2 – Bug Squash\nInterviewer: Nina Patel\n\nScheduled with GoodTime.io on behalf of Stripe Recruiting.",
        conf=("Zoom Meeting", "https://stripe.zoom.us/j/91010101010"),
        zone="America/Los_Angeles",
    )
    _x(
        "Lever: Hiring Manager Screen",
        interview=True,
        company="Netlify",
        role="Developer Advocate",
        org=("no-reply@hire.lever.co", "Lever"),
        att=[person("jamie@netlify.com", "Jamie Cole")],
        desc="Netlify – Developer Advocate\nCandidate: Alex Rivera\nStage: Hiring Manager Screen\n\nhttps://hire.lever.co/candidates/12345",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Teamtailor: Intervju / Interview",
        interview=True,
        company="Spotify",
        role="Backend Engineer",
        org=("notifications@teamtailor.com", "Teamtailor"),
        att=[person("erik.sandberg@spotify.com", "Erik Sandberg")],
        desc="Hi Alex!\n\nSpotify has booked an interview with you for the role Backend Engineer – Personalization.\n\nSent via Teamtailor",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Zoom meeting invitation - Alex Rivera Interview",
        interview=True,
        company="Ramp",
        role=None,
        org=("no-reply@zoom.us", "Zoom"),
        att=[person("tara@ramp.com", "Tara Liu")],
        desc="Tara Liu is inviting you to a scheduled Zoom meeting.\n\nTopic: Ramp – Alex Rivera Interview (Product Engineering)\nJoin Zoom Meeting\nhttps://ramp.zoom.us/j/85544332211",
        conf=("Zoom Meeting", "https://ramp.zoom.us/j/85544332211"),
        zone="America/New_York",
    )
    _x(
        "Entrevista - Gupy",
        interview=True,
        company="iFood",
        role="Analista de BI Sênior",
        org=("naoresponda@gupy.io", "Gupy"),
        desc="Olá Alex!\n\nVocê foi convidado(a) pelo iFood para uma entrevista na vaga Analista de BI Sênior.\n\nEste agendamento foi feito pela plataforma Gupy.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Assessment Center – SHL / Siemens Energy",
        interview=True,
        company="Siemens Energy",
        role=None,
        org=("assessment@shl.com", "SHL Assessment Services"),
        desc="Sehr geehrter Herr Rivera,\n\nim Auftrag der Siemens Energy Global GmbH & Co. KG laden wir Sie zum virtuellen Assessment Center (Gruppenübung, Präsentation, Interview mit Führungskräften) ein.\n\nSHL Deutschland GmbH",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_shl",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Ashby: Alex Rivera – Technical Deep Dive",
        interview=True,
        company="Linear",
        role=None,
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[person("tuomas@linear.app", "Tuomas Artman")],
        desc="Linear – Technical Deep Dive with Tuomas\n\nPlease bring a project you've worked on that you can walk through in depth.\n\nScheduled via Ashby",
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Invitation: Interview Workday – Finance Systems Analyst",
        interview=True,
        company="Nestlé",
        role="Finance Systems Analyst",
        org=("nestle@myworkday.com", "Nestlé Careers"),
        desc="Dear Alex,\n\nThank you for your application to Nestlé. Please find the details of your interview for Finance Systems Analyst below.\n\nNestlé S.A., Avenue Nestlé 55, 1800 Vevey, Switzerland\n\nThis invitation was generated by Workday Recruiting.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_nestle",
        ),
        zone="Europe/Zurich",
    )
    _x(
        "HackerRank Interview: Alex Rivera",
        interview=True,
        company="Atlassian",
        role="Senior Frontend Engineer",
        org=("interviews@hackerrank.com", "HackerRank"),
        att=[person("bwatts@atlassian.com", "Ben Watts")],
        desc="Atlassian has scheduled a HackerRank Interview with you.\nRole: Senior Frontend Engineer (Jira)\nInterviewer: Ben Watts\nJoin: https://www.hackerrank.com/interview/x1y2z3",
        zone="Australia/Sydney",
    )
    _x(
        "Cronofy: Interview confirmed",
        interview=True,
        company="Ocado Technology",
        role="Robotics Software Engineer",
        org=("scheduler@cronofy.com", "Interview Scheduler"),
        desc="Your interview with Ocado Technology for Robotics Software Engineer is confirmed.\n\nLocation: Ocado Technology, 1 Trident Place, Hatfield AL10 9UL\n\nPowered by Cronofy",
        loc="1 Trident Place, Hatfield AL10 9UL",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Employer visible only via organizer domain or signature
# ---------------------------------------------------------------------------


def _domain_or_signature_only() -> None:
    _x(
        "Alex / Hannah – 30 min",
        interview=True,
        company="Notion",
        role=None,
        org=("hannah.lee@makenotion.com", "Hannah Lee"),
        desc="Hi Alex – looking forward to chatting about the opening on our team.\n\nHannah Lee\nTechnical Recruiter",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Intro call",
        interview=True,
        company="Personio",
        role=None,
        org=("laura.meier@personio.de", "Laura Meier"),
        desc="Hi Alex,\n\nthanks for applying for the Senior Product Analyst position – let's have a first 30-min intro call.\n\nLaura Meier\nTalent Acquisition Partner",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlernen",
        interview=True,
        company="Trade Republic",
        role=None,
        org=("felix@traderepublic.com", "Felix Becker"),
        desc="Hi Alex,\n\nkurzes Kennenlernen zu deiner Bewerbung als Backend Engineer (Kotlin). Wir stellen dir das Team vor und du erzählst uns von dir.\n\nFelix",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Second round – system design",
        interview=True,
        company="Cloudflare",
        role=None,
        org=("recruiting-coordination@cloudflare.com", None),
        att=[person("dmitri@cloudflare.com", "Dmitri Volkov")],
        desc="Interviewer: Dmitri Volkov (Engineering Manager, Workers)\nDuration: 60 minutes",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista - primera ronda",
        interview=True,
        company="Cabify",
        role=None,
        org=("irene.garcia@cabify.com", "Irene García"),
        desc="Hola Alex,\n\nTe dejo la invitación para la primera ronda del proceso.\n\nIrene García\nPeople Team\ncabify.com",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Chat about the role",
        interview=True,
        company="Canva",
        role=None,
        org=("mia.tran@canva.com", "Mia Tran"),
        desc="Hey Alex! Just a casual chat about the Growth Engineer opening and your background before we kick off the formal process.\n\nMia ✨ | Talent Partner",
        zone="Australia/Sydney",
        meet="meet",
    )
    _x(
        "Call with Julien",
        interview=True,
        company="Mistral AI",
        role="Applied AI Engineer",
        org=("julien.morel@mistral.ai", "Julien Morel"),
        desc="Hi Alex, as discussed by email, 30 minutes to go through your application for Applied AI Engineer and next steps.\n\nJulien Morel\nTalent Acquisition | Mistral AI",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Afspraak sollicitatie",
        interview=True,
        company="Coolblue",
        role=None,
        org=("sanne.de.vries@coolblue.nl", "Sanne de Vries"),
        desc="Hoi Alex,\n\nLeuk dat je wilt komen praten! Meld je bij de receptie op de 9e verdieping.\n\nSanne\nRecruiter – alles voor een glimlach",
        loc="Weena 664, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio",
        interview=True,
        company="Satispay",
        role=None,
        org=("marco.colombo@satispay.com", "Marco Colombo"),
        desc="Ciao Alex,\n\nti mando l'invito per il nostro primo colloquio conoscitivo.\n\nMarco Colombo\nTalent Acquisition Specialist\nSatispay – Via Privata Giovanni Ventura 5, Milano",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa – etap 2",
        interview=True,
        company="Docplanner",
        role=None,
        org=("agnieszka.wisniewska@docplanner.com", "Agnieszka Wiśniewska"),
        desc="Cześć Alex,\n\nzapraszam na drugi etap – rozmowę z Engineering Managerem zespołu Marketplace.\n\nAgnieszka Wiśniewska\nTalent Acquisition Partner",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Conversa inicial",
        interview=True,
        company="Talkdesk",
        role=None,
        org=("rita.almeida@talkdesk.com", "Rita Almeida"),
        desc="Olá Alex,\n\nObrigada pela candidatura! Vamos ter uma conversa inicial de 30 minutos sobre a vaga de Engenheiro de Software e o processo.\n\nRita Almeida\nTalent Acquisition",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Anthropic",
        role=None,
        org=("recruiting@anthropic.com", None),
        att=[person("morgan@anthropic.com", "Morgan")],
        desc="Hi Alex, following your technical screen, this is a 45-minute conversation with the hiring manager for the Inference team.",
        meet="meet",
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------------------
# Abbreviations as the employer's name
# ---------------------------------------------------------------------------


def _abbreviations() -> None:
    _x(
        "BCG – Case Interview Round 2",
        interview=True,
        company="BCG",
        role=None,
        org=("recruiting.berlin@bcg.com", "BCG Recruiting Berlin"),
        desc="Dear Alex,\n\nCongratulations on progressing to the second round. You will have two case interviews with Partners.\n\nBoston Consulting Group GmbH · Ludwigstraße 21 · 80539 München",
        loc="BCG, Stralauer Allee 2, 10245 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "JLR Interview – Vehicle Software Engineer",
        interview=True,
        company="JLR",
        role="Vehicle Software Engineer",
        org=("resourcing@jaguarlandrover.com", "JLR Resourcing"),
        desc="Hi Alex,\n\nYour interview for Vehicle Software Engineer at our Gaydon site is confirmed.\n\nJaguar Land Rover Limited · Abbey Road, Whitley, Coventry CV3 4LF",
        loc="JLR Gaydon, Banbury Road, Lighthorne Heath CV35 0RR",
        zone="Europe/London",
    )
    _x(
        "P&G – Brand Manager final round",
        interview=True,
        company="P&G",
        role="Brand Manager",
        org=("recruiting.im@pg.com", "P&G Recruiting"),
        desc="Dear Alex,\n\nWe're pleased to invite you to the final round for the Brand Manager role (Fabric & Home Care).\n\nProcter & Gamble Service GmbH, Sulzbacher Straße 40, 65824 Schwalbach am Taunus",
        loc="Sulzbacher Straße 40, Schwalbach am Taunus",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch DB Systel – Cloud Engineer",
        interview=True,
        company="DB Systel",
        role="Cloud Engineer",
        org=("recruiting@deutschebahn.com", "DB Recruiting"),
        desc="Hallo Alex,\n\nwir freuen uns auf das Gespräch für die Stelle Cloud Engineer bei der DB Systel, dem Digitalpartner der Deutschen Bahn.\n\nDB Systel GmbH, Jürgen-Ponto-Platz 1, 60329 Frankfurt am Main",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dbs",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista BBVA – Data Scientist Senior",
        interview=True,
        company="BBVA",
        role="Data Scientist Senior",
        org=("seleccion@bbva.com", "Selección BBVA"),
        desc="Hola Alex,\n\nTe esperamos en Ciudad BBVA para la entrevista con el equipo de BBVA AI Factory.\n\nBanco Bilbao Vizcaya Argentaria, S.A. – Plaza de San Nicolás 4, 48005 Bilbao",
        loc="Ciudad BBVA, Calle Azul 4, 28050 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "EY-Parthenon | Strategy Consultant interview",
        interview=True,
        company="EY-Parthenon",
        role="Strategy Consultant",
        org=("candidate.care@uk.ey.com", "EY Candidate Care"),
        desc="Dear Alex,\n\nThank you for your interest in EY-Parthenon. Your interview will include a case discussion.\n\nErnst & Young LLP, 1 More London Place, London SE1 2AF",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ey",
        ),
        zone="Europe/London",
    )
    _x(
        "Rozmowa PKO BP – Analityk Danych",
        interview=True,
        company="PKO BP",
        role="Analityk Danych",
        org=("rekrutacja@pkobp.pl", "Rekrutacja PKO BP"),
        desc="Szanowny Panie,\n\nuprzejmie zapraszamy na rozmowę kwalifikacyjną na stanowisko Analityk Danych.\n\nPowszechna Kasa Oszczędności Bank Polski Spółka Akcyjna, ul. Puławska 15, 02-515 Warszawa",
        loc="ul. Puławska 15, Warszawa – recepcja",
        zone="Europe/Warsaw",
    )
    _x(
        "GSK – Competency-based interview (Clinical Data Manager)",
        interview=True,
        company="GSK",
        role="Clinical Data Manager",
        org=("uk.recruitment@gsk.com", "GSK Talent Acquisition"),
        desc="Dear Alex,\n\nYour competency-based interview for Clinical Data Manager is confirmed.\n\nGSK plc, 79 New Oxford Street, London WC1A 1DG",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_gsk",
        ),
        zone="Europe/London",
    )
    _x(
        "ABN AMRO – tweede gesprek IT Risk Officer",
        interview=True,
        company="ABN AMRO",
        role="IT Risk Officer",
        org=("recruitment@nl.abnamro.com", "ABN AMRO Recruitment"),
        desc="Beste Alex,\n\nGraag nodigen we je uit voor het tweede gesprek.\n\nABN AMRO Bank N.V., Gustav Mahlerlaan 10, 1082 PP Amsterdam",
        loc="Gustav Mahlerlaan 10, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien LVMH – Chef de projet Data Luxe",
        interview=True,
        company="LVMH",
        role="Chef de projet Data",
        org=("talents@lvmh.fr", "LVMH Talents"),
        desc="Bonjour Alex,\n\nNous vous confirmons votre entretien pour le poste de Chef de projet Data au sein de la Maison LVMH.\n\nLVMH Moët Hennessy Louis Vuitton SE – 22 avenue Montaigne, 75008 Paris",
        loc="22 avenue Montaigne, 75008 Paris",
        zone="Europe/Paris",
    )


# ---------------------------------------------------------------------------
# Names in other scripts (sometimes with a Latin form too)
# ---------------------------------------------------------------------------


def _other_scripts() -> None:
    _x(
        "【一次面接】メルカリ ソフトウェアエンジニア（バックエンド）",
        interview=True,
        company="メルカリ",
        role="ソフトウェアエンジニア（バックエンド）",
        org=("recruit@mercari.com", "メルカリ 採用チーム"),
        desc="アレックス・リベラ様\n\nこの度はご応募いただきありがとうございます。一次面接の詳細をお送りします。\n\n株式会社メルカリ 採用チーム\n〒106-6118 東京都港区六本木6-10-1 六本木ヒルズ森タワー",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Interview – Rakuten Group | Data Engineer",
        interview=True,
        company="Rakuten",
        role="Data Engineer",
        org=("recruit-global@rakuten.com", "Rakuten Talent Acquisition"),
        desc="Dear Alex,\n\nThank you for applying. Your first interview is with the Rakuten Data Platform team.\n\n楽天グループ株式会社 / Rakuten Group, Inc.\n〒158-0094 東京都世田谷区玉川一丁目14番1号 楽天クリムゾンハウス",
        conf=("Zoom Meeting", "https://rakuten.zoom.us/j/92211334455"),
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（アレックス様）",
        interview=True,
        company="SmartHR",
        role=None,
        org=("recruit@smarthr.co.jp", "SmartHR 採用"),
        desc="アレックス様\n\nプロダクトエンジニア職についてのカジュアル面談の日程が確定しました。選考の第一ステップとして、現場エンジニアとお話しいただきます。\n\n株式会社SmartHR 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接のご案内（LINEヤフー株式会社）",
        interview=True,
        company="LINEヤフー",
        role=None,
        org=("saiyo@lycorp.co.jp", "LINEヤフー 新卒・中途採用"),
        desc="アレックス・リベラ様\n\n二次面接（事業責任者面接）のご案内です。所要時間は60分を予定しております。\n\nLINEヤフー株式会社 人事本部",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lyc",
        ),
        zone="Asia/Tokyo",
    )
    _x(
        "面试邀请｜字节跳动 – 后端开发工程师（二面）",
        interview=True,
        company="字节跳动",
        role="后端开发工程师",
        org=("hr-noreply@bytedance.com", "字节跳动招聘"),
        desc="Alex 你好：\n\n感谢你投递字节跳动（ByteDance）后端开发工程师职位，现邀请你参加第二轮技术面试。\n\n面试形式：飞书视频会议\n北京字节跳动科技有限公司",
        loc="飞书视频会议 https://vc.feishu.cn/j/123456789",
        zone="Asia/Shanghai",
    )
    _x(
        "Interview – TSMC Process Integration Engineer",
        interview=True,
        company="TSMC",
        role="Process Integration Engineer",
        org=("recruit@tsmc.com", "TSMC Talent Acquisition"),
        desc="Dear Alex,\n\nThank you for applying to TSMC. Your interview with the Fab 18 Process Integration department is confirmed.\n\n台灣積體電路製造股份有限公司\nTaiwan Semiconductor Manufacturing Company Limited\n新竹科學園區力行六路8號",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tsmc",
        ),
        zone="Asia/Taipei",
    )
    _x(
        "阿里云 二面 – 算法工程师",
        interview=True,
        company="阿里云",
        role="算法工程师",
        org=("campus@service.alibaba.com", "阿里巴巴集团招聘"),
        desc="Alex 您好，\n\n您应聘的阿里云智能集团「算法工程师」岗位，已安排第二轮面试，请准时参加。\n\n阿里巴巴集团 · 杭州市余杭区文一西路969号",
        loc="钉钉视频会议",
        zone="Asia/Shanghai",
    )
    _x(
        "腾讯 终面 | 产品经理（微信支付）",
        interview=True,
        company="腾讯",
        role="产品经理",
        org=("hr@tencent.com", "腾讯招聘"),
        desc="Alex 你好，\n\n恭喜进入终面环节，面试官为微信支付产品总监。\n\n深圳市腾讯计算机系统有限公司",
        loc="腾讯滨海大厦，深圳市南山区海天二路33号",
        zone="Asia/Shanghai",
    )
    _x(
        "[네이버] 기술면접 안내 - 백엔드 개발자",
        interview=True,
        company="네이버",
        role="백엔드 개발자",
        org=("recruit@navercorp.com", "NAVER 채용"),
        desc="알렉스 리베라님, 안녕하세요.\n\n네이버 백엔드 개발자 포지션 1차 기술면접 일정을 안내드립니다.\n\n네이버 주식회사 | 경기도 성남시 분당구 정자일로 95, NAVER 1784",
        loc="NAVER 1784, 경기도 성남시 분당구 정자일로 95",
        zone="Asia/Seoul",
    )
    _x(
        "Coupang – Interview (Senior Product Manager, Rocket Delivery)",
        interview=True,
        company="Coupang",
        role="Senior Product Manager",
        org=("talent@coupang.com", "Coupang Talent"),
        desc="Hi Alex,\n\nYour interview with the Rocket Delivery product team is confirmed.\n\n쿠팡 주식회사 / Coupang Corp.\n서울특별시 송파구 송파대로 570",
        conf=("Zoom Meeting", "https://coupang.zoom.us/j/97788990011"),
        zone="Asia/Seoul",
    )
    _x(
        "카카오뱅크 1차 면접 (iOS 개발)",
        interview=True,
        company="카카오뱅크",
        role="iOS 개발",
        org=("recruit@kakaobank.com", "카카오뱅크 인재영입팀"),
        desc="안녕하세요 알렉스님,\n\n카카오뱅크 iOS 개발 직무 1차 면접(화상) 안내드립니다.\n\n주식회사 카카오뱅크",
        conf=("Zoom Meeting", "https://kakaobank.zoom.us/j/91100220033"),
        zone="Asia/Seoul",
    )
    _x(
        "삼성전자 DS부문 직무면접",
        interview=True,
        company="삼성전자",
        role=None,
        org=("recruit.ds@samsung.com", "삼성전자 DS부문 인사팀"),
        desc="알렉스 리베라 님\n\n삼성전자 DS부문 메모리사업부 직무면접 일정을 안내드립니다. 신분증을 지참해 주시기 바랍니다.",
        loc="삼성전자 화성캠퍼스, 경기도 화성시 삼성전자로 1",
        zone="Asia/Seoul",
    )
    _x(
        "مقابلة عمل – أرامكو السعودية – مهندس بيانات",
        interview=True,
        company="أرامكو السعودية",
        role="مهندس بيانات",
        org=("recruitment@aramco.com", "Saudi Aramco Recruitment"),
        desc="السيد أليكس ريفيرا المحترم،\n\nيسرنا دعوتكم لإجراء مقابلة عمل لوظيفة مهندس بيانات في إدارة التحول الرقمي.\n\nشركة الزيت العربية السعودية (أرامكو السعودية) – الظهران",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aramco",
        ),
        zone="Asia/Riyadh",
    )
    _x(
        "Interview – Emirates NBD | Digital Product Owner",
        interview=True,
        company="Emirates NBD",
        role="Digital Product Owner",
        org=("careers@emiratesnbd.com", "Emirates NBD Careers"),
        desc="Dear Alex,\n\nWe are pleased to invite you to an interview for the Digital Product Owner role in our Liv. digital bank team.\n\nبنك الإمارات دبي الوطني ش.م.ع\nEmirates NBD Bank PJSC, Baniyas Road, Deira, Dubai",
        loc="Emirates NBD Head Office, Baniyas Road, Deira, Dubai",
        zone="Asia/Dubai",
    )
    _x(
        "مقابلة شخصية - stc - أخصائي أمن سيبراني",
        interview=True,
        company="stc",
        role="أخصائي أمن سيبراني",
        org=("talent@stc.com.sa", "stc Talent Acquisition"),
        desc="عزيزي أليكس،\n\nنود دعوتك لمقابلة شخصية لوظيفة أخصائي أمن سيبراني.\n\nشركة الاتصالات السعودية (stc) – الرياض",
        loc="stc Tower, طريق الملك فهد، الرياض",
        zone="Asia/Riyadh",
    )
    _x(
        "Собеседование – Яндекс, Backend-разработчик (Go)",
        interview=True,
        company="Яндекс",
        role="Backend-разработчик",
        org=("hr@yandex-team.ru", "Яндекс Найм"),
        desc="Алекс, добрый день!\n\nПриглашаем вас на техническое собеседование на позицию Backend-разработчик (Go) в команду Яндекс Маркета.\n\nООО «Яндекс», ул. Льва Толстого, 16, Москва",
        loc="Яндекс Телемост",
        zone="Europe/Moscow",
    )
    _x(
        "Συνέντευξη – Skroutz – Software Engineer",
        interview=True,
        company="Skroutz",
        role="Software Engineer",
        org=("careers@skroutz.gr", "Skroutz Careers"),
        desc="Γεια σου Alex,\n\nΣε ευχαριστούμε για την αίτησή σου. Η πρώτη συνέντευξη θα γίνει με την ομάδα Marketplace.\n\nSkroutz Α.Ε. – Δομοκού 5, Αθήνα",
        meet="meet",
        zone="Europe/Athens",
    )
    _x(
        "Συνέντευξη στη ΔΕΗ – Αναλυτής Δεδομένων",
        interview=True,
        company="ΔΕΗ",
        role="Αναλυτής Δεδομένων",
        org=("hr@dei.gr", "ΔΕΗ – Διεύθυνση Ανθρώπινου Δυναμικού"),
        desc="Αγαπητέ κ. Rivera,\n\nΣας προσκαλούμε σε συνέντευξη για τη θέση Αναλυτή Δεδομένων.\n\nΔημόσια Επιχείρηση Ηλεκτρισμού Α.Ε. (ΔΕΗ), Χαλκοκονδύλη 30, Αθήνα",
        loc="Χαλκοκονδύλη 30, Αθήνα",
        zone="Europe/Athens",
    )


# ---------------------------------------------------------------------------
# Digits, ampersands, dots, lowercase styling
# ---------------------------------------------------------------------------


def _styled_names() -> None:
    _x(
        "n26 – Interview Senior Android Engineer",
        interview=True,
        company="N26",
        role="Senior Android Engineer",
        org=("talent@n26.com", "N26 Talent"),
        desc="Hi Alex,\n\nthanks for your interest in n26! This is your interview with two engineers from the Card Experience tribe.\n\nN26 GmbH · Voltairestraße 8 · 10179 Berlin",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "bol.com – sollicitatiegesprek Data Engineer",
        interview=True,
        company="bol.com",
        role="Data Engineer",
        org=("recruitment@bol.com", "bol. recruitment"),
        desc="Hoi Alex,\n\nLeuk dat je bij bol. op gesprek komt! Je spreekt met de product owner van het team Search.\n\nbol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht",
        loc="Papendorpseweg 100, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "AT&T Interview – Network Automation Engineer",
        interview=True,
        company="AT&T",
        role="Network Automation Engineer",
        org=("attcareers@att.com", "AT&T Talent Acquisition"),
        desc="Hello Alex,\n\nYour interview for Network Automation Engineer (Req ID 2501234) has been scheduled.\n\nAT&T Inc. · 208 S. Akard St., Dallas, TX 75202",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_att",
        ),
        zone="America/Chicago",
    )
    _x(
        "H&M Group – intervju Product Owner Online",
        interview=True,
        company="H&M",
        role="Product Owner",
        org=("career@hm.com", "H&M Group Careers"),
        desc="Hi Alex,\n\nWelcome to an interview for the Product Owner role in our Online Sales tech team.\n\nH & M Hennes & Mauritz AB, Mäster Samuelsgatan 46A, Stockholm",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "1&1 Vorstellungsgespräch – Scrum Master",
        interview=True,
        company="1&1",
        role="Scrum Master",
        org=("karriere@1und1.de", "1&1 Karriere"),
        desc="Hallo Herr Rivera,\n\nwir freuen uns, Sie in Montabaur begrüßen zu dürfen.\n\n1&1 Telecommunication SE, Elgendorfer Straße 57, 56410 Montabaur",
        loc="Elgendorfer Straße 57, 56410 Montabaur",
        zone="Europe/Berlin",
    )
    _x(
        "1Password – Developer Experience interview",
        interview=True,
        company="1Password",
        role=None,
        org=("recruiting@agilebits.com", "1Password Recruiting"),
        desc="Hi Alex,\n\nYou're confirmed for the Developer Experience team interview. This is a pairing session, bring your own editor.\n\nAgileBits Inc. dba 1Password",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "3M – Entrevista Ingeniero de Procesos",
        interview=True,
        company="3M",
        role="Ingeniero de Procesos",
        org=("reclutamiento@mmm.com", "3M Reclutamiento"),
        desc="Estimado Alex,\n\nLe confirmamos la entrevista para la vacante de Ingeniero de Procesos en la planta de San Luis Potosí.\n\n3M México, S.A. de C.V.",
        loc="3M Planta San Luis Potosí, Eje 120 No. 250",
        zone="America/Mexico_City",
    )
    _x(
        "23andMe | Bioinformatics Scientist – panel",
        interview=True,
        company="23andMe",
        role="Bioinformatics Scientist",
        org=("recruiting@23andme.com", "23andMe Recruiting"),
        desc="Hi Alex,\n\nYour panel interview is scheduled with members of the Therapeutics computational biology team.",
        conf=("Zoom Meeting", "https://23andme.zoom.us/j/96655443322"),
        zone="America/Los_Angeles",
    )
    _x(
        "s.Oliver – Vorstellungsgespräch E-Commerce Manager",
        interview=True,
        company="s.Oliver",
        role="E-Commerce Manager",
        org=("jobs@soliver.com", "s.Oliver Group Recruiting"),
        desc="Lieber Herr Rivera,\n\nwir laden Sie herzlich zum Vorstellungsgespräch in Rottendorf ein.\n\ns.Oliver Bernd Freier GmbH & Co. KG, s.Oliver-Straße 1, 97228 Rottendorf",
        loc="s.Oliver-Straße 1, 97228 Rottendorf",
        zone="Europe/Berlin",
    )
    _x(
        "adidas – interview Senior UX Researcher",
        interview=True,
        company="adidas",
        role="Senior UX Researcher",
        org=("talent@adidas.com", "adidas Talent Acquisition"),
        desc="Hi Alex,\n\nthanks for applying at adidas. Your interview takes place at the World of Sports campus.\n\nadidas AG, Adi-Dassler-Straße 1, 91074 Herzogenaurach",
        loc="Adi-Dassler-Straße 1, 91074 Herzogenaurach – Laces, Reception",
        zone="Europe/Berlin",
    )
    _x(
        "E.ON – Gespräch Energy Data Analyst",
        interview=True,
        company="E.ON",
        role="Energy Data Analyst",
        org=("recruiting@eon.com", "E.ON Recruiting"),
        desc="Hallo Alex,\n\nanbei die Einladung zum Gespräch.\n\nE.ON SE, Brüsseler Platz 1, 45131 Essen",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_eon",
        ),
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Recruiter personal titles, role-only titles, stage + team titles
# ---------------------------------------------------------------------------


def _recruiter_and_role_titles() -> None:
    _x(
        "Alex / Maria – 30 min",
        interview=True,
        company="Adyen",
        role="Product Manager, Payments",
        org=("maria.santos@adyen.com", "Maria Santos"),
        desc="Hi Alex,\n\nAs promised, here is the invite for our first call about the Product Manager, Payments opening at Adyen.\n\nMaria Santos\nTalent Acquisition",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Alex <> Jordan",
        interview=True,
        company="Figma",
        role=None,
        org=("jordan@figma.com", "Jordan Blake"),
        desc="Recruiter screen for the Software Engineer, Editor role.\n\nJordan Blake | Recruiting @ Figma",
        conf=("Zoom Meeting", "https://figma.zoom.us/j/98877665544"),
        zone="America/Los_Angeles",
    )
    _x(
        "Senior Data Engineer – 1st interview",
        interview=True,
        company="Zendesk",
        role="Senior Data Engineer",
        org=("talent@zendesk.com", "Zendesk Talent"),
        desc="Hi Alex,\n\nWelcome to your first interview for the Senior Data Engineer role at Zendesk. You'll meet Ciarán, Engineering Manager for Data Foundations.",
        conf=("Zoom Meeting", "https://zendesk.zoom.us/j/91188226644"),
        zone="Europe/Dublin",
    )
    _x(
        "Onsite: Payments Infra – Coding + Values",
        interview=True,
        company="Shopify",
        role=None,
        org=("talent-noreply@shopify.com", "Shopify Talent"),
        desc="Your Life Story and Pair Programming interviews with the Payments Infrastructure team at Shopify.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Stage 3: Team Matching – Ads Ranking",
        interview=True,
        company="Pinterest",
        role=None,
        org=("recruiting@pinterest.com", "Pinterest Recruiting"),
        desc="Hi Alex, congrats on passing the onsite! This is a team matching conversation with the Ads Ranking EM.",
        conf=("Zoom Meeting", "https://pinterest.zoom.us/j/95544332211"),
        zone="America/Los_Angeles",
    )
    _x(
        "Jan / Alex – 45 Min.",
        interview=True,
        company="GetYourGuide",
        role="Engineering Manager",
        org=("jan.schulte@getyourguide.com", "Jan Schulte"),
        desc="Hi Alex,\n\nhier unser Termin zum Kennenlernen für die Engineering Manager Stelle.\n\nJan Schulte\nDirector of Engineering\nGetYourGuide",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex – Carmen | 30 min",
        interview=True,
        company="Glovo",
        role="Senior Product Designer",
        org=("carmen.ruiz@glovoapp.com", "Carmen Ruiz"),
        desc="Hola Alex,\n\nPrimera llamada para la posición de Senior Product Designer en Glovo.\n\nCarmen Ruiz\nTalent Acquisition Partner",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Account Director – interview (Nike account)",
        interview=True,
        company="R/GA",
        role="Account Director",
        org=("talent@rga.com", "R/GA Talent"),
        desc="Hi Alex,\n\nThank you for your interest in R/GA. You'll meet our Group Account Director who leads the Nike relationship; this role would sit on that account team.",
        loc="R/GA, 450 W 33rd St, New York",
        zone="America/New_York",
    )
    _x(
        "Panel – Platform Team (4 interviewers)",
        interview=True,
        company="Miro",
        role=None,
        org=("hiring@miro.com", "Miro Hiring"),
        att=[
            person("k.ivanov@miro.com", "Kirill Ivanov"),
            person("a.smit@miro.com", "Anouk Smit"),
            person("l.costa@miro.com", "Luís Costa"),
            person("y.park@miro.com", "Yuna Park"),
        ],
        desc="Panel interview for the Staff Platform Engineer position.",
        conf=("Zoom Meeting", "https://miro.zoom.us/j/92233445566"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Entrevista final – Diretor de Engenharia",
        interview=True,
        company="Mercado Livre",
        role="Diretor de Engenharia",
        org=("talentos@mercadolivre.com", "Talentos Mercado Livre"),
        desc="Olá Alex,\n\nEsta é a entrevista final com o VP de Tecnologia do Mercado Livre Brasil.\n\nEbazar.com.br Ltda. (Mercado Livre)",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio HR + Tech Lead – Frontend Engineer",
        interview=True,
        company="Bending Spoons",
        role="Frontend Engineer",
        org=("careers@bendingspoons.com", "Bending Spoons Careers"),
        desc="Ciao Alex,\n\nla tua intervista con il team di Bending Spoons è confermata.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Recruiter call | Senior SRE",
        interview=True,
        company="GitLab",
        role="Senior SRE",
        org=("jdoe@gitlab.com", "Jamie Doe"),
        desc="Hi Alex,\n\nLooking forward to our screening call. Feel free to check out the GitLab handbook beforehand: https://handbook.gitlab.com\n\nJamie Doe | Talent Acquisition | GitLab Inc.",
        conf=("Zoom Meeting", "https://gitlab.zoom.us/j/91234567890"),
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Look-alikes: client meetings, vendor demos, customer calls
# ---------------------------------------------------------------------------


def _lookalike_business() -> None:
    _x(
        "Initech <> Siemens Healthineers – QBR",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[
            person("dirk.weber@siemens-healthineers.com", "Dirk Weber"),
            person("pm@initech.com", "Priya Mehta"),
        ],
        desc="Quarterly business review: usage, roadmap for Q3, renewal timeline.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_qbr",
        ),
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Greenhouse demo – ATS evaluation",
        interview=False,
        org=("ae@greenhouse.io", "Tyler Ross (Greenhouse)"),
        att=[person("people@initech.com", "Initech People Team")],
        desc="Hi team, looking forward to showing you Greenhouse Recruiting and structured interview kits. Agenda: scorecards, interview scheduling, reporting.",
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/j/92200113344"),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Customer interview: Deutsche Telekom (discovery #4)",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("s.krause@telekom.de", "Sven Krause")],
        desc="User research – 45 min discovery interview with an ops lead at Deutsche Telekom about alert fatigue. Notes doc linked. Recording with consent.",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "AWS Enterprise Support – architecture review",
        interview=False,
        org=("tam-emea@amazon.com", "AWS Technical Account Manager"),
        att=[person("platform@initech.com", "Initech Platform")],
        desc="Well-Architected review of the billing workload with your AWS TAM and a Solutions Architect.",
        conf=("Amazon Chime", "https://chime.aws/5511223344"),
        me=WORK_ME,
        zone="Europe/Dublin",
    )
    _x(
        "Réunion client – BNP Paribas – cadrage projet",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("claire.martin@bnpparibas.com", "Claire Martin")],
        desc="Cadrage du projet de migration, périmètre et planning. BNP Paribas S.A., 16 boulevard des Italiens, Paris.",
        loc="16 boulevard des Italiens, 75009 Paris",
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "Lieferantentermin Bosch – Angebot Sensorik",
        interview=False,
        org=("einkauf@initech.com", "Einkauf Initech"),
        att=[person("k.schmid@bosch.com", "Klaus Schmid")],
        desc="Vorstellung des Angebots für die Sensorik-Komponenten, Preisverhandlung.\n\nRobert Bosch GmbH",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Reunión con Telefónica – renovación contrato",
        interview=False,
        org=("jgarcia@telefonica.com", "Javier García"),
        att=[person("legal@initech.com", "Initech Legal")],
        desc="Revisión de condiciones para la renovación del contrato marco 2026.\n\nTelefónica, S.A.",
        me=WORK_ME,
        zone="Europe/Madrid",
    )
    _x(
        "Datadog – renewal negotiation",
        interview=False,
        org=("rep@datadoghq.com", "Chris Lang (Datadog)"),
        att=[person("finance@initech.com", "Initech Finance")],
        desc="Discuss committed-use pricing and Log Management add-on for FY26.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/93344556677"),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Klantgesprek ASML – status integratie",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("wouter.jansen@asml.com", "Wouter Jansen")],
        desc="Wekelijkse statusupdate over de integratie met het ASML-portaal.",
        me=WORK_ME,
        zone="Europe/Amsterdam",
    )
    _x(
        "Demo HackerRank for Work – technical hiring pilot",
        interview=False,
        org=("sales@hackerrank.com", "HackerRank Sales"),
        att=[person("eng-hiring@initech.com", "Initech Eng Hiring")],
        desc="We'll walk through CodePair live interviews, screening tests and plagiarism detection for your pilot.",
        conf=("Zoom Meeting", "https://hackerrank.zoom.us/j/90011223344"),
        me=WORK_ME,
        zone="America/Los_Angeles",
    )
    _x(
        "Incontro con Enel X – proposta partnership",
        interview=False,
        org=("m.greco@enel.com", "Matteo Greco"),
        att=[person("bizdev@initech.com", "Initech BD")],
        desc="Presentazione reciproca e discussione su una possibile partnership.\n\nEnel X S.r.l.",
        me=WORK_ME,
        zone="Europe/Rome",
    )
    _x(
        "Spotkanie z klientem – Allegro – warsztat",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("p.zielinski@allegro.pl", "Piotr Zieliński")],
        desc="Warsztat wymagań dla nowego modułu raportowego.",
        loc="Allegro, ul. Grunwaldzka 182, Poznań",
        me=WORK_ME,
        zone="Europe/Warsaw",
    )
    _x(
        "Reunião com cliente Natura – kickoff",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("fabio.lima@natura.net", "Fábio Lima")],
        desc="Kickoff do projeto de integração de dados. Natura Cosméticos S.A.",
        meet="meet",
        me=WORK_ME,
        zone="America/Sao_Paulo",
    )
    _x(
        "楽天 定例ミーティング（API連携）",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("t.sato@rakuten.com", "佐藤 匠")],
        desc="楽天様とのAPI連携に関する定例。議題：エラー率、次期リリース。",
        me=WORK_ME,
        zone="Asia/Tokyo",
    )
    _x(
        "네이버 클라우드 제품 데모",
        interview=False,
        org=("sales@navercloud.com", "네이버클라우드 영업팀"),
        att=[person("infra@initech.com", "Initech Infra")],
        desc="네이버클라우드 플랫폼 제품 소개 및 데모 (Kubernetes Service, Object Storage).",
        me=WORK_ME,
        zone="Asia/Seoul",
    )
    _x(
        "与腾讯云的技术对接会",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("li.wei@tencent.com", "李伟")],
        desc="讨论腾讯云对象存储迁移方案及时间表。",
        me=WORK_ME,
        zone="Asia/Shanghai",
    )
    _x(
        "اجتماع مع عميل – أرامكو السعودية – مراجعة المشروع",
        interview=False,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("f.alqahtani@aramco.com", "Faisal Al-Qahtani")],
        desc="مراجعة تقدم المشروع والجدول الزمني للمرحلة الثانية.",
        me=WORK_ME,
        zone="Asia/Riyadh",
    )
    _x(
        "Calendly Teams onboarding",
        interview=False,
        org=("cs@calendly.com", "Calendly Customer Success"),
        att=[person("ops@initech.com", "Initech Ops")],
        desc="Onboarding session for your new Calendly Teams plan: round-robin event types, routing forms.",
        conf=("Zoom Meeting", "https://calendly.zoom.us/j/97711223344"),
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Stripe integration sync",
        interview=False,
        org=("partner-eng@stripe.com", "Stripe Partner Engineering"),
        att=[person("payments@initech.com", "Initech Payments")],
        desc="Weekly sync on the Stripe Connect migration. Open issues: webhooks retries, payouts.",
        meet="meet",
        me=WORK_ME,
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------------------
# Look-alikes: conferences, meetups, webinars, exams, press
# ---------------------------------------------------------------------------


def _lookalike_events() -> None:
    _x(
        "AWS re:Invent 2025",
        interview=False,
        all_day=True,
        loc="The Venetian, Las Vegas",
        desc="Registration confirmed. Badge pickup at Venetian Level 2.",
        zone="America/Los_Angeles",
    )
    _x(
        "KubeCon + CloudNativeCon Europe – Day 2",
        interview=False,
        all_day=True,
        loc="ExCeL London",
        zone="Europe/London",
    )
    _x(
        "Webinar: How to ace the Amazon Bar Raiser interview",
        interview=False,
        org=("events@interviewkickstart.com", "Interview Kickstart"),
        desc="Free webinar by ex-Amazon bar raisers on the Leadership Principles and STAR stories.",
        conf=("Zoom Webinar", "https://zoom.us/w/98800112233"),
        zone="America/Los_Angeles",
    )
    _x(
        "Meetup: Berlin Golang @ N26 office",
        interview=False,
        org=("organizer@meetup.com", "Berlin Golang Meetup"),
        desc="Talks: 'Scaling payments at N26', 'Go generics in practice'. Pizza and drinks sponsored by N26.",
        loc="N26, Voltairestraße 8, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "AWS Certified Solutions Architect – Professional exam",
        interview=False,
        org=("noreply@pearsonvue.com", "Pearson VUE"),
        desc="Your exam appointment is confirmed. Online proctored. Please check in 30 minutes early with a valid ID.",
        zone="America/Los_Angeles",
    )
    _x(
        "Salon VivaTech – visite stand LVMH",
        interview=False,
        all_day=True,
        loc="Paris Expo Porte de Versailles",
        desc="Passer au LVMH Innovation Award, puis conférence Mistral AI à 15h.",
        zone="Europe/Paris",
    )
    _x(
        "Podcast-Interview: 'Tech in Berlin' mit Alex",
        interview=False,
        org=("host@techinberlin.fm", "Tech in Berlin Podcast"),
        desc="Aufnahme der Folge über Plattform-Teams. Wir sprechen auch über deine Zeit bei Initech. Riverside-Link folgt.",
        zone="Europe/Berlin",
    )
    _x(
        "Karrieremesse – Stand Deutsche Bahn, Bosch, Siemens",
        interview=False,
        all_day=True,
        loc="Messe Stuttgart, Halle 4",
        desc="bonding Firmenkontaktmesse. Lebenslauf mitnehmen, Stände: DB, Bosch, Siemens, Porsche.",
        zone="Europe/Berlin",
    )
    _x(
        "面接対策セミナー（マイナビ転職）",
        interview=False,
        org=("seminar@mynavi.jp", "マイナビ転職"),
        desc="転職希望者向けの面接対策セミナー。よくある質問と回答例をご紹介します。",
        zone="Asia/Tokyo",
    )
    _x(
        "Google Cloud Summit Madrid",
        interview=False,
        all_day=True,
        loc="IFEMA Madrid",
        desc="Keynote 9:30, sesiones sobre Vertex AI y BigQuery.",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista na rádio – CBN sobre mercado de tecnologia",
        interview=False,
        org=("producao@cbn.com.br", "Produção CBN"),
        desc="Entrevista ao vivo de 10 minutos sobre o mercado de trabalho em tecnologia no Brasil.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Infoshare Gdańsk – prelekcja Alexa",
        interview=False,
        all_day=True,
        loc="AmberExpo, Gdańsk",
        desc="Moja prezentacja o observability, sala 3, 14:00. Stoiska: Allegro, mBank, Docplanner.",
        zone="Europe/Warsaw",
    )
    _x(
        "Webinar SmartRecruiters: Hiring Success Summit",
        interview=False,
        org=("events@smartrecruiters.com", "SmartRecruiters Events"),
        desc="Keynotes on structured interviewing and candidate experience.",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Look-alikes: a partner's interview, mock interviews, coaching, networking
# ---------------------------------------------------------------------------


def _lookalike_partner_and_coaching() -> None:
    _x(
        "Sam's interview at Spotify – drive her to the office",
        interview=False,
        desc="Sam's final round at Spotify, Regeringsgatan 19. Drop off 9:15, pick up around 13:00.",
        zone="Europe/Stockholm",
    )
    _x(
        "Sam – Vorstellungsgespräch Siemens (Kinder abholen!)",
        interview=False,
        org=("sam.rivera@gmail.com", "Sam Rivera"),
        desc="Ich habe mein Gespräch bei Siemens in Erlangen, kannst du die Kinder von der Kita abholen?",
        zone="Europe/Berlin",
    )
    _x(
        "Mock interview – system design (Pramp)",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Peer mock interview. Your partner will interview you on system design, then you switch roles.",
        zone="America/New_York",
    )
    _x(
        "Mock case with Lena (ex-McKinsey)",
        interview=False,
        org=("lena.fischer@gmail.com", "Lena Fischer"),
        desc="Practice case for BCG round 2 – market sizing + profitability.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Career coaching – preparing for Google interviews",
        interview=False,
        org=("coach@careerfoundry.com", "Rebecca Hall"),
        desc="Session 3 of 5: behavioural stories and negotiating the offer.",
        conf=("Zoom Meeting", "https://zoom.us/j/91122334455"),
        zone="America/Los_Angeles",
    )
    _x(
        "Coffee with Daniel (works at Stripe)",
        interview=False,
        desc="Catch up, ask about how his team works. No agenda.",
        loc="Blue Bottle Coffee, Mint Plaza, SF",
        zone="America/Los_Angeles",
    )
    _x(
        "Café networking – ancienne collègue chez Doctolib",
        interview=False,
        desc="Café avec Élodie, discussion informelle sur l'écosystème healthtech.",
        loc="Café Kitsuné, Palais Royal",
        zone="Europe/Paris",
    )
    _x(
        "LeetCode study group – Amazon tagged problems",
        interview=False,
        org=("leetcode.group@gmail.com", "LC Study Group"),
        desc="Weekly group: this week, top 20 Amazon-tagged mediums.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Film: 'The Interview' – Kino mit Freunden",
        interview=False,
        loc="Babylon Kino, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista de Sam en Glovo – comer después",
        interview=False,
        desc="Sam tiene su entrevista en Glovo a las 11. Comemos juntos a las 13:30 en el Born.",
        zone="Europe/Madrid",
    )
    _x(
        "模擬面接（転職エージェント）",
        interview=False,
        org=("advisor@doda.jp", "doda キャリアアドバイザー"),
        desc="メルカリ一次面接に向けた模擬面接。想定質問の確認を行います。",
        zone="Asia/Tokyo",
    )
    _x(
        "Alumni coffee chat – Korn Ferry career panel",
        interview=False,
        org=("alumni@insead.edu", "INSEAD Alumni Relations"),
        desc="Panel with executive recruiters from Korn Ferry and Egon Zehnder on how executive search works.",
        loc="INSEAD Europe Campus, Fontainebleau",
        zone="Europe/Paris",
    )
    _x(
        "Informational call – Ana (Nubank) about career switch",
        interview=False,
        org=("ana.ribeiro@gmail.com", "Ana Ribeiro"),
        desc="Conversa informal: Ana conta como é trabalhar com dados no Nubank. Não é processo seletivo.",
        meet="meet",
        zone="America/Sao_Paulo",
    )


# ---------------------------------------------------------------------------
# Look-alikes: interviews Alex conducts at Initech (work calendar)
# ---------------------------------------------------------------------------


def _lookalike_work_interviews() -> None:
    _x(
        "Interview: Jordan Lee – Backend Engineer (System Design)",
        interview=False,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[person("jordan.lee@gmail.com", "Jordan Lee")],
        desc="Candidate: Jordan Lee\nPosition: Backend Engineer (Initech)\nYour role: Interviewer – System Design\nScorecard: https://app.greenhouse.io/scorecards/881",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90011002200"),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Phone screen – Mei Tanaka (ex-Rakuten) for Data Engineer",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("mei.tanaka@outlook.com", "Mei Tanaka")],
        desc="Alex, please run the 30-min technical phone screen. Candidate currently at Rakuten Group. Feedback in Lever within 24h.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Debrief – Senior PM candidates",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("hm@initech.com", "Hiring Manager")],
        desc="Hiring debrief for the Senior PM loop (candidates from Zalando and Delivery Hero).",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Vorstellungsgespräch Kandidatin L. Hoffmann (Initech, Werkstudent)",
        interview=False,
        org=("hr@initech.com", "Initech HR"),
        att=[person("l.hoffmann@web.de", "Lea Hoffmann")],
        desc="Alex führt das Fachgespräch als Teamlead. Bewerbung und Lebenslauf im Personio-Profil.",
        me=WORK_ME,
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat – Hugo Bernard (poste Initech SRE)",
        interview=False,
        org=("recrutement@initech.com", "Initech Recrutement"),
        att=[person("hugo.bernard@gmail.com", "Hugo Bernard")],
        desc="Alex = intervieweur technique. Grille d'évaluation dans Welcome to the Jungle.",
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "Entrevista a candidato – Pablo Ortega (Frontend)",
        interview=False,
        org=("talento@initech.com", "Talento Initech"),
        att=[person("pablo.ortega@gmail.com", "Pablo Ortega")],
        desc="Alex entrevista a Pablo (actualmente en Cabify) para el puesto de Frontend en Initech.",
        me=WORK_ME,
        zone="Europe/Madrid",
    )
    _x(
        "Hiring committee – Staff Engineer loop",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Review packets for three Staff Engineer candidates. Alex presenting the Bar Raiser notes.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Karat interview results review",
        interview=False,
        org=("csm@karat.io", "Karat Customer Success"),
        att=[person("eng-hiring@initech.com", "Initech Eng Hiring")],
        desc="Monthly review of Karat technical interview outcomes for Initech's backend funnel.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Rozmowa rekrutacyjna – kandydat Michał K. (QA)",
        interview=False,
        org=("rekrutacja@initech.com", "Initech Rekrutacja"),
        att=[person("michal.kowalczyk@wp.pl", "Michał Kowalczyk")],
        desc="Alex prowadzi część techniczną. Kandydat obecnie w mBank.",
        me=WORK_ME,
        zone="Europe/Warsaw",
    )
    _x(
        "Interview training: structured interviewing for managers",
        interview=False,
        org=("l-and-d@initech.com", "Initech L&D"),
        desc="Mandatory training for new interviewers: bias, scorecards, legal do's and don'ts.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Sollicitatiegesprek kandidaat – Eva Visser (Data Analyst)",
        interview=False,
        org=("recruitment@initech.com", "Initech Recruitment"),
        att=[person("eva.visser@gmail.com", "Eva Visser")],
        desc="Alex voert het gesprek samen met HR. Kandidaat werkt nu bij bol.com.",
        me=WORK_ME,
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio candidato – Sara Romano (Backend)",
        interview=False,
        org=("selezione@initech.com", "Selezione Initech"),
        att=[person("sara.romano@gmail.com", "Sara Romano")],
        desc="Alex conduce il colloquio tecnico. La candidata arriva da Satispay.",
        me=WORK_ME,
        zone="Europe/Rome",
    )
    _x(
        "Coding interview (Alex interviewing) – candidate from Coupang",
        interview=False,
        org=("interviews@hackerrank.com", "HackerRank"),
        att=[person("minjun.kim@gmail.com", "Minjun Kim")],
        desc="Initech has scheduled a HackerRank Interview.\nCandidate: Minjun Kim\nInterviewer: Alex Rivera",
        me=WORK_ME,
        zone="Asia/Seoul",
    )
