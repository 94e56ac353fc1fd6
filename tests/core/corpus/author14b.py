# ruff: noqa: E501 -- data: event texts as written
"""Round 14's second calendar author: informal selection meetings and their look-alikes, in many languages.

Covers interviews that never say "interview": informal chats, coffees, "get to
know each other", "meet the team", founder calls, walks, lunch with the team as
part of an onsite, culture conversations, portfolio reviews, pairing sessions,
panel presentations, "next steps" calls, recruiter catch-ups about a role, trial
shifts and trial days, in English and some thirty other languages (Spanish,
Catalan, Portuguese, Italian, French, German, Dutch, Swedish, Norwegian,
Finnish, Estonian, Hungarian, Romanian, Polish, Czech, Ukrainian, Greek,
Turkish, Hebrew, Arabic, Persian, Hindi, Bengali, Indonesian, Vietnamese, Thai,
Japanese, Korean, Chinese, Swahili), typed by the user or sent by the company,
many with little text where only the organizer, attendees or description show
the selection purpose.

And events that say "interview" (or look like one) but are none: press, radio,
podcast and TV appearances named only by the outlet or show, thesis and survey
interviews the user runs, the user interviewing candidates at Initech (work
calendar) in many forms, coffees with friends and ex-colleagues, networking
without a selection purpose, Initech team lunches, mentoring and mock
interviews, language exchanges, visa, bank, school and doctor appointments,
flat viewings, talks, meetups, film and book clubs.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14b", **kw)


def build() -> None:
    _english_informal()
    _west_europe()
    _north_east_europe()
    _middle_east()
    _south_asia()
    _east_southeast_asia()
    _media()
    _research_the_user_runs()
    _initech_hiring()
    _social_and_networking()
    _initech_internal()
    _mentoring_and_languages()
    _appointments()
    _talks_and_clubs()


# ---------------------------------------------------------------- interviews


def _english_informal() -> None:
    _x(
        "Coffee with Priya – Brightwell",
        interview=True,
        company="Brightwell",
        role="Senior Data Engineer",
        org=("maya.chen@brightwell.io", "Maya Chen"),
        att=[person("priya.natarajan@brightwell.io", "Priya Natarajan")],
        desc="Hi Alex,\n\nAs promised, here's a relaxed 30 minutes with Priya Natarajan, who leads our Data Platform team. It's not a technical round, just a chance to get to know each other and ask anything about the Senior Data Engineer role.\n\nBest,\nMaya\nTalent Partner, Brightwell",
        loc="Ritual Roasters, 1026 Valencia St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Get to know each other (30 min) – Alex Rivera and Tomasz Wójcik",
        interview=True,
        company="Fernhollow",
        role="Product Designer",
        org=("tomasz@fernhollow.com", "Tomasz Wójcik"),
        desc="Event Name: Get to know each other (30 min)\n\nInvitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\nQuestions:\nWhich Fernhollow role are you applying for?\nProduct Designer\n\nAnything you'd like us to know beforehand?\nPortfolio is linked in my application.\n\nNeed to make changes to this event?\nReschedule: https://book.slotwise.app/reschedule/7f3c2a91\nCancel: https://book.slotwise.app/cancel/7f3c2a91",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Meet the team – Halcyon Robotics",
        interview=True,
        company="Halcyon Robotics",
        role="Controls Engineer",
        org=("onsite@halcyonrobotics.com", "Halcyon Robotics Recruiting"),
        att=[
            person("bea.lindqvist@halcyonrobotics.com", "Bea Lindqvist"),
            person("omar.s@halcyonrobotics.com", "Omar Saleh"),
            person("jun.park@halcyonrobotics.com", "Jun Park"),
        ],
        desc="<p>Hi Alex,</p><p>This is part 3 of 4 of your virtual onsite for the <b>Controls Engineer</b> position. You'll meet three of your potential teammates. Nothing to prepare: they'll tell you about their day-to-day and ask how you like to work.</p><p>Halcyon Robotics Recruiting</p>",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Call with Marco (Quillfeather founder)",
        interview=True,
        company="Quillfeather",
        role="Founding Engineer",
        att=[person("marco@quillfeather.app", "Marco Bellandi")],
        desc="He DM'd me on LinkedIn about their founding engineer role.\nAsk: runway, equity, remote?, who else is on the team",
        zone="Europe/Rome",
    )
    _x(
        "Walk w/ Dana",
        interview=True,
        company="Pinecrest Labs",
        role="Engineering Manager",
        att=[person("dana@pinecrestlabs.com", "Dana Whitfield")],
        desc="Pinecrest CEO wants a walk before they decide on the Engineering Manager role. Last step per Rob (recruiter).",
        loc="Dolores Park, 19th St & Dolores St entrance",
        zone="America/Los_Angeles",
    )
    _x(
        "Lunch with the team",
        interview=True,
        company="Ostrander Systems",
        role="Staff Backend Engineer",
        org=("coordinator@ostrandersystems.com", "Jade Moreno (Recruiting Coordinator)"),
        att=[
            person("mira.k@ostrandersystems.com", "Mira Kowalczyk"),
            person("jonah.e@ostrandersystems.com", "Jonah Ellis"),
            person("sol.a@ostrandersystems.com", "Sol Amaya"),
        ],
        desc="Onsite schedule – Alex Rivera – Staff Backend Engineer\n\n09:30 Welcome & office tour (Jade)\n10:00 System design (Mira)\n11:15 Coding (Jonah)\n12:15 Lunch with the team (Mira, Jonah, Sol)\n13:30 Hiring manager (Dev Patel)\n\nLunch is relaxed, no evaluation rubric, but it's a great chance to ask the team anything.",
        loc="Ostrander Systems, 400 Congress Ave, 9th floor, Austin",
        zone="America/Chicago",
    )
    _x(
        "Culture conversation – Alex Rivera",
        interview=True,
        company="Larkspur Health",
        role="Senior UX Researcher",
        org=("recruiting@larkspurhealth.com", "Larkspur Health Recruiting"),
        att=[person("owen.blake@larkspurhealth.com", "Owen Blake")],
        desc="Role: Senior UX Researcher\nStage: Values & ways of working\nWith: Owen Blake, Director of Patient Experience\n\nThis conversation is about how you collaborate, give feedback and handle ambiguity. There are no right answers.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Portfolio review: Alex Rivera",
        interview=True,
        company="Tidewater Studio",
        role="Senior Product Designer",
        org=("ines@tidewaterstudio.co", "Ines Ferreira"),
        att=[person("kwame@tidewaterstudio.co", "Kwame Asante")],
        desc="Hi Alex! For the Senior Product Designer role, please walk Kwame and me through two projects (about 20 min each), focusing on your process and the trade-offs you made. We'll keep 15 min at the end for your questions.\n\nInes – Design Lead, Tidewater Studio",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Pairing session – Kestrel",
        interview=True,
        company="Kestrel",
        role="Backend Engineer",
        org=("hiring@kestrel.dev", "Kestrel Hiring"),
        att=[
            person("ana.l@kestrel.dev", "Ana Lobo"),
            person("fin@kestrel.dev", "Fin Murphy"),
        ],
        desc="Step 2 of 4 – Backend Engineer\n\nYou'll pair with Ana and Fin on a small bug in a sandbox repo for 75 minutes. Use your own laptop and editor; have Node 20 installed. We care about how you think out loud, not whether you finish.",
        conf=("Zoom Meeting", "https://kestrel.zoom.us/j/81234567901"),
        zone="Europe/Dublin",
    )
    _x(
        "Panel presentation: 30/60/90 plan",
        interview=True,
        company="Oriel Finance",
        role="Head of Growth",
        org=("people@orielfinance.com", "Oriel Finance People Team"),
        att=[
            person("h.cho@orielfinance.com", "Hannah Cho (CFO)"),
            person("r.baptiste@orielfinance.com", "Remy Baptiste (CMO)"),
            person("l.novak@orielfinance.com", "Lukas Novak (VP Product)"),
        ],
        desc="Final stage – Head of Growth\n\n20-minute presentation of your first 90 days, followed by 25 minutes of Q&A with the panel. Please send slides to people@orielfinance.com by 9am on the day.",
        loc="Oriel Finance, 12 Finsbury Square, London – Boardroom 2",
        zone="Europe/London",
    )
    _x(
        "Next steps – Alex / Harbourline",
        interview=True,
        company="Harbourline",
        role="Solutions Architect",
        org=("nadia.r@harbourline.com", "Nadia Rahman"),
        desc="Hi Alex, thanks again for your time at the final round. Let's grab 20 minutes to go through the panel's feedback and next steps for the Solutions Architect position.\n\nNadia\nSenior Recruiter, Harbourline",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Quick catch-up ☕",
        interview=True,
        company="Morrow Analytics",
        role="Analytics Engineering Lead",
        org=("jess.harlow@morrowanalytics.com", "Jess Harlow"),
        desc="Great to reconnect, Alex! I'd love to chat about the Analytics Engineering Lead opening before I share your profile with the hiring manager. 20 mins is plenty.\n\nJess | Talent, Morrow Analytics",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Catch up – Alex / Ben",
        interview=True,
        company="Vantora Energy",
        role="Senior SRE",
        org=("ben.ashworth@talentbridge-partners.co.uk", "Ben Ashworth | Talentbridge"),
        desc="Hi Alex,\n\nFollowing our messages on LinkedIn, it'd be great to catch up about the Senior SRE role with my client Vantora Energy (hybrid, Bristol, 2 days in office). I'll call you on the number on your CV.\n\nBen Ashworth\nPrincipal Consultant – Talentbridge Partners",
        loc="Phone",
        zone="Europe/London",
    )
    _x(
        "Trial shift @ Little Fox Coffee",
        interview=True,
        company="Little Fox Coffee",
        role="Barista",
        org=("hello@littlefoxcoffee.com.au", "Little Fox Coffee"),
        desc="Hey Alex, thanks for dropping off your CV! As chatted, come in for a 3 hour paid trial shift for the weekend barista position. Wear closed shoes, we'll give you an apron. Ask for Tess.",
        loc="Little Fox Coffee, 88 Brunswick St, Fitzroy VIC",
        zone="Australia/Melbourne",
    )
    _x(
        "Intro chat",
        interview=True,
        company="Verdigris",
        role=None,
        org=("talent@verdigris.io", "Verdigris Talent"),
        att=[person("hana.ito@verdigris.io", "Hana Ito")],
        desc="",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex <> Sam",
        interview=True,
        company="Copperleaf",
        role="Frontend Engineer (React)",
        org=("sam@copperleaf.dev", "Sam Okafor"),
        desc="Hiring manager conversation · Frontend Engineer (React)\nScheduled via Copperleaf Careers",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Coffee ☕ Noor",
        interview=True,
        company="Saltbox",
        role="SRE",
        att=[person("noor@saltbox.io", "Noor Haddad")],
        desc="Eng manager at Saltbox, the SRE opening. Kim referred me.",
        loc="Blue Heron Coffee, Hayes St",
        zone="America/Los_Angeles",
    )
    _x(
        "Fireside with Rachel – Alex Rivera",
        interview=True,
        company="Lumenfield",
        role="VP Engineering",
        org=("ea@lumenfield.com", "Office of the CEO, Lumenfield"),
        att=[person("rachel@lumenfield.com", "Rachel Osei")],
        desc="As the final step of the VP Engineering process, Rachel (CEO) would like an informal fireside chat with you. No agenda, no slides.",
        loc="Lumenfield HQ, 3rd floor kitchen",
        zone="America/New_York",
    )
    _x(
        "Whiteboard jam w/ Arun",
        interview=True,
        company="Tesseral",
        role="Staff ML Engineer",
        org=("arun@tesseral.ai", "Arun Mehta"),
        desc="Informal design discussion as part of your Staff ML Engineer loop. No slides, just a virtual whiteboard: we'll sketch a feature store together.",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Drinks with the founders (Mosswood)",
        interview=True,
        company="Mosswood",
        role="Growth Marketing Manager",
        org=("founders@mosswood.co", "Mosswood Founders"),
        att=[
            person("clara@mosswood.co", "Clara Voss"),
            person("ike@mosswood.co", "Ike Adeyemi"),
        ],
        desc="We like to meet every candidate outside the office before making an offer. First round's on us. Growth Marketing Manager.",
        loc="The Lamplighter, 14 Hoxton Sq",
        zone="Europe/London",
    )
    _x(
        "Founder call",
        interview=True,
        company="Plumline",
        role=None,
        org=("ella@plumline.so", "Ella Brandt (CEO, Plumline)"),
        desc="Re: your application",
        meet="meet",
        my_status="tentative",
        zone="Europe/Berlin",
    )
    _x(
        "Follow-up conversation – Alex Rivera",
        interview=True,
        company="Cedarbrook Health",
        role="Clinical Data Analyst",
        org=("talent@cedarbrookhealth.org", "Cedarbrook Health Talent Acquisition"),
        att=[person("amara.singh@cedarbrookhealth.org", "Dr. Amara Singh")],
        desc="Second conversation for the Clinical Data Analyst requisition (REQ-2291) with Dr. Amara Singh, Director of Clinical Informatics.",
        conf=("Microsoft Teams Meeting", "https://teams.cedarbrookhealth.org/meet/2291-rivera"),
        zone="America/Chicago",
    )
    _x(
        "Team hangout (virtual)",
        interview=True,
        company="Glasswing",
        role="Developer Advocate",
        org=("people@glasswing.dev", "Glasswing People"),
        att=[
            person("yui@glasswing.dev", "Yui Tanaka"),
            person("marcos@glasswing.dev", "Marcos Reyes"),
        ],
        desc="Hi Alex! Before we make a final decision on the Developer Advocate role, we'd love for you to hang out with a few folks from the DevRel team. Totally casual, bring questions.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Case discussion with Partner",
        interview=True,
        company="Haverford & Lane",
        role="Associate Consultant",
        org=("recruiting@haverfordlane.com", "Haverford & Lane Recruiting"),
        att=[person("gemma.hart@haverfordlane.com", "Gemma Hart")],
        desc="Final round – Associate Consultant\nInformal case discussion with Partner Gemma Hart (45 min). A calculator and paper are allowed.",
        loc="Haverford & Lane, 200 Park Ave, 31st floor",
        zone="America/New_York",
    )
    _x(
        "Shadowing day @ Fennel Studio",
        interview=True,
        company="Fennel Studio",
        role="Junior Architect",
        org=("studio@fennelstudio.nl", "Fennel Studio"),
        desc="Hi Alex, as the last part of our hiring process for the Junior Architect position, you're welcome to spend a day with us in the studio: sit in on the morning stand-up, join a client review and have lunch with the team.",
        loc="Fennel Studio, Oostelijke Handelskade 34, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Sync re: role",
        interview=True,
        company="Anvilwork",
        role="Data Platform Lead",
        org=("kate.m@anvilwork.com", "Kate Mbeki"),
        desc="Discuss Data Platform Lead role, timeline and compensation expectations.",
        meet="meet",
        zone="Africa/Johannesburg",
    )
    _x(
        "Meet & greet with the Product team",
        interview=True,
        company="Sundial Health",
        role="Senior Product Manager",
        org=("jobs@sundialhealth.com", "Sundial Health Careers"),
        att=[
            person("priyanka.d@sundialhealth.com", "Priyanka Das"),
            person("leo.w@sundialhealth.com", "Leo Wright"),
        ],
        desc="Candidate: Alex Rivera\nPosition: Senior Product Manager\nFormat: informal meet & greet with two product managers (30 min)",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Virtual coffee – Alex & Leah",
        interview=True,
        company="Orchard AI",
        role=None,
        org=("leah.park@orchard-ai.com", "Leah Park, Talent @ Orchard AI"),
        att=[person("victor.hale@orchard-ai.com", "Victor Hale (Head of ML)")],
        desc="",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Chat with Jules (Head of Engineering)",
        interview=True,
        company="Fathomworks",
        role=None,
        org=("jules@fathomworks.io", "Jules Moreau"),
        desc="Thanks for applying to Fathomworks! Looking forward to chatting.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Team dinner – day 2 of your visit",
        interview=True,
        company="Northlake Robotics",
        role="Senior Robotics Engineer",
        org=("people@northlakerobotics.com", "Northlake Robotics People Ops"),
        desc="Your visit for the Senior Robotics Engineer position, day 2: after the lab session we'll walk over to dinner with the team you'd be joining. Hotel shuttle back at 21:30.",
        loc="Marrow & Vine, 210 Pine St, Seattle",
        zone="America/Los_Angeles",
    )


def _west_europe() -> None:
    # Spanish
    _x(
        "Charla con Lucía – Navarra Labs",
        interview=True,
        company="Navarra Labs",
        role="Desarrollador Backend",
        org=("lucia.ortega@navarralabs.es", "Lucía Ortega"),
        desc="Hola Alex:\n\nTe propongo una charla informal de 30 minutos para conocernos y contarte más sobre la posición de Desarrollador Backend. No hace falta preparar nada.\n\nUn saludo,\nLucía Ortega\nTalent Acquisition · Navarra Labs",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Café virtual con el equipo",
        interview=True,
        company="Cobalto Pagos",
        role="Product Manager",
        org=("talento@cobaltopagos.mx", "Talento Cobalto Pagos"),
        att=[
            person("fernanda.r@cobaltopagos.mx", "Fernanda Ruiz"),
            person("diego.s@cobaltopagos.mx", "Diego Salinas"),
        ],
        desc="Hola Alex: como siguiente paso en tu proceso para Product Manager te proponemos un café virtual de 45 minutos con dos personas del equipo de Producto. Es una conversación relajada, sin preparación.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Charla con el CTO",
        interview=True,
        company="Quebracho Software",
        role="Tech Lead",
        att=[person("martin@quebrachosoft.com.ar", "Martín Ledesma")],
        desc="Segunda etapa de la búsqueda de Tech Lead en Quebracho Software. Martín es el CTO.",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Charla",
        interview=True,
        company="Olivar Analytics",
        role="Analista de Datos",
        org=("seleccion@olivaranalytics.es", "Selección Olivar Analytics"),
        desc="Proceso: Analista de Datos · Fase 2",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Cafecito con Andrés (Guayacán)",
        interview=True,
        company="Guayacán",
        role="SRE",
        att=[person("andres.p@guayacan.co", "Andrés Pineda")],
        desc="Andrés es el hiring manager de Guayacán para la vacante de SRE. Me escribió la reclutadora el martes.",
        loc="Café Pergamino, Medellín",
        zone="America/Bogota",
    )
    # Catalan
    _x(
        "Xerrada amb l'equip – Garbí Tech",
        interview=True,
        company="Garbí Tech",
        role="Enginyer de dades",
        org=("persones@garbitech.cat", "Persones Garbí Tech"),
        desc="Hola Alex! Com a segon pas del procés per a la posició d'Enginyer de dades, et proposem una xerrada distesa amb l'equip (45 min).",
        loc="Garbí Tech, Carrer de Pallars 108, Barcelona",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Bate-papo com a Camila (Jabuticaba)",
        interview=True,
        company="Jabuticaba Tech",
        role="Engenheiro de Dados",
        org=("camila.souza@jabuticaba.tech", "Camila Souza"),
        desc="Oi Alex! Como conversamos no LinkedIn, vamos bater um papo informal sobre a vaga de Engenheiro de Dados aqui na Jabuticaba Tech? Uns 30 minutinhos.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com a equipa – Maré Alta",
        interview=True,
        company="Maré Alta",
        role="Designer de Produto",
        org=("pessoas@marealta.pt", "Pessoas · Maré Alta"),
        desc="Olá Alex, a próxima etapa do processo para Designer de Produto é uma conversa com a equipa com quem vais trabalhar. Duração: 40 minutos.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    # Italian
    _x(
        "Chiacchierata conoscitiva – Alex Rivera",
        interview=True,
        company="Ulivo Software",
        role="Sviluppatore Mobile",
        org=("hr@ulivosoftware.it", "Ulivo Software – People Team"),
        desc="Ciao Alex,\nti proponiamo una chiacchierata conoscitiva informale per la posizione di Sviluppatore Mobile.\n\nA presto!\nUlivo Software – People Team",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Pranzo con il team (giornata in sede)",
        interview=True,
        company="Faro Analytics",
        role="Data Analyst",
        org=("selezione@faroanalytics.it", "Selezione Faro Analytics"),
        desc="Programma della giornata in sede – candidatura Data Analyst\n10:00 colloquio tecnico\n11:30 caso pratico\n13:00 pranzo con il team\n14:30 saluti con il responsabile",
        loc="Faro Analytics, Via Tortona 27, Milano",
        zone="Europe/Rome",
    )
    # French
    _x(
        "Échange informel – Brume Technologies",
        interview=True,
        company="Brume Technologies",
        role="Développeur Python",
        org=("recrutement@brume.tech", "Recrutement Brume"),
        att=[person("c.lefevre@brume.tech", "Camille Lefèvre")],
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste de Développeur Python, Camille vous propose un premier échange informel de 30 minutes.\n\nBien cordialement,\nL'équipe recrutement de Brume Technologies",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Déjeuner avec l'équipe – journée sur site",
        interview=True,
        company="Atelier Mistral",
        role="Ingénieur DevOps",
        org=("talents@ateliermistral.fr", "Talents Atelier Mistral"),
        desc="Journée sur site – poste Ingénieur DevOps\n9h30 accueil\n10h entretien technique\n12h15 déjeuner avec l'équipe\n14h échange avec la direction",
        loc="Atelier Mistral, 5 quai Rambaud, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Café avec Claire (Lucane)",
        interview=True,
        company="Lucane",
        role="Data Scientist",
        att=[person("claire.dumont@lucane.io", "Claire Dumont")],
        desc="Claire = head of data chez Lucane. Suite de ma candidature Data Scientist, elle veut me rencontrer avant le test technique.",
        loc="Café Oberkampf",
        zone="Europe/Paris",
    )
    _x(
        "Rencontre avec l'équipe produit",
        interview=True,
        company="Pommeraie",
        role="Product Owner",
        org=("jobs@pommeraie.fr", "Pommeraie Jobs"),
        desc="Candidat : Alex Rivera\nPoste : Product Owner\nÉtape 3 : rencontre avec l'équipe produit (45 min)",
        meet="meet",
        zone="Europe/Paris",
    )
    # German
    _x(
        "Kennenlernen – Alex Rivera / Lindenholz GmbH",
        interview=True,
        company="Lindenholz",
        role="Senior Frontend Engineer",
        org=("karriere@lindenholz.de", "Lindenholz Karriere"),
        att=[person("m.berger@lindenholz.de", "Miriam Berger")],
        desc="Hallo Alex,\n\nvielen Dank für deine Bewerbung als Senior Frontend Engineer (m/w/d). Wir freuen uns auf ein erstes Kennenlernen mit Miriam aus dem Engineering.\n\nViele Grüße\nDein Lindenholz Recruiting-Team",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Probetag – Agentur Kleinod",
        interview=True,
        company="Agentur Kleinod",
        role="UX Designer",
        org=("jobs@kleinod-agentur.de", "Agentur Kleinod"),
        desc="Hi Alex, wie besprochen laden wir dich zu einem Probetag für die Stelle als UX Designer ein: du arbeitest einen Tag mit dem Team an einem kleinen Briefing. Mittagessen geht auf uns.",
        loc="Agentur Kleinod, Schanzenstraße 60, Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Spaziergang mit Jonas (Fjordlicht)",
        interview=True,
        company="Fjordlicht",
        role="Backend Engineer",
        att=[person("jonas@fjordlicht.io", "Jonas Falk")],
        desc="Jonas = Gründer. Nächster Schritt nach der Coding-Runde, Stelle Backend Engineer. Treffpunkt Tempelhofer Feld, Eingang Oderstraße.",
        zone="Europe/Berlin",
    )
    _x(
        "Austausch mit dem Fachbereich",
        interview=True,
        company="Weserwerk Energie",
        role="Data Analyst",
        org=("bewerbung@weserwerk-energie.de", "Weserwerk Energie Personal"),
        att=[person("t.henning@weserwerk-energie.de", "Dr. Thomas Henning")],
        desc="Sehr geehrte/r Alex Rivera,\n\nim Rahmen Ihrer Bewerbung als Data Analyst (m/w/d) laden wir Sie zu einem Austausch mit dem Fachbereich ein.\n\nMit freundlichen Grüßen\nPersonalabteilung Weserwerk Energie",
        conf=("Microsoft Teams-Besprechung", "https://teams.weserwerk-energie.de/l/meetup/48213"),
        zone="Europe/Berlin",
    )
    # Dutch
    _x(
        "Kennismakingsgesprek – Molenwiek",
        interview=True,
        company="Molenwiek",
        role="Data Engineer",
        org=("werving@molenwiek.nl", "Werving Molenwiek"),
        desc="Beste Alex,\n\nLeuk dat je hebt gesolliciteerd op de vacature Data Engineer. We nodigen je graag uit voor een informeel kennismakingsgesprek met Sanne (teamlead).\n\nMet vriendelijke groet,\nTeam Werving",
        loc="Molenwiek, Catharijnesingel 52, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Proefdag bij Tulpenveld",
        interview=True,
        company="Tulpenveld",
        role="Frontend Developer",
        org=("hr@tulpenveld.nl", "HR Tulpenveld"),
        desc="Hoi Alex, zoals besproken kom je een proefdag meedraaien met het frontend-team. Neem je eigen laptop mee. Vacature: Frontend Developer.",
        loc="Tulpenveld, Stationsplein 9, Haarlem",
        zone="Europe/Amsterdam",
    )


def _north_east_europe() -> None:
    # Swedish
    _x(
        "Fika med teamet – Granskog AB",
        interview=True,
        company="Granskog",
        role="Backendutvecklare",
        org=("rekrytering@granskog.se", "Rekrytering Granskog"),
        desc="Hej Alex!\n\nNästa steg för tjänsten som Backendutvecklare är en avslappnad fika med teamet på kontoret. Ingen förberedelse behövs.\n\nVänliga hälsningar,\nGranskog AB",
        loc="Granskog AB, Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Digital fika med Sara",
        interview=True,
        company="Älvdal Data",
        role="Dataanalytiker",
        org=("sara.nyberg@alvdaldata.se", "Sara Nyberg"),
        desc="Hej! Jag är rekryterande chef för rollen som Dataanalytiker på Älvdal Data och vill gärna lära känna dig lite innan casen.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    # Norwegian
    _x(
        "Uformell prat – Fjellstue AS",
        interview=True,
        company="Fjellstue",
        role="Utvikler",
        org=("jobb@fjellstue.no", "Fjellstue AS"),
        desc="Hei Alex, takk for søknaden til stillingen som Utvikler. Vi foreslår en uformell prat på 30 minutter for å bli litt kjent.",
        meet="meet",
        zone="Europe/Oslo",
    )
    # Finnish
    _x(
        "Tutustumiskeskustelu – Revontuli Oy",
        interview=True,
        company="Revontuli",
        role="Ohjelmistokehittäjä",
        org=("rekry@revontuli.fi", "Revontuli Oy rekrytointi"),
        desc="Hei Alex!\n\nKiitos hakemuksestasi. Tehtävä: Ohjelmistokehittäjä (Python).\nSovitaan lyhyt tutustumiskeskustelu Teamsissa, kesto noin 30 min.\n\nTerveisin,\nRevontuli Oy",
        conf=("Microsoft Teams -kokous", "https://teams.revontuli.fi/l/meetup/3318"),
        zone="Europe/Helsinki",
    )
    _x(
        "Kahvit Mikon kanssa",
        interview=True,
        company="Saimaa Analytics",
        role="Data-analyytikko",
        att=[person("mikko.laine@saimaa-analytics.fi", "Mikko Laine")],
        desc="Mikko = tiimin esihenkilö Saimaa Analyticsilla. Vapaamuotoinen jatkokeskustelu, rooli: Data-analyytikko.",
        loc="Café Regatta, Helsinki",
        zone="Europe/Helsinki",
    )
    # Estonian
    _x(
        "Tutvumisvestlus – Põhjarannik Tech",
        interview=True,
        company="Põhjarannik Tech",
        role="Full-stack arendaja",
        org=("varbamine@pohjarannik.ee", "Põhjarannik Tech"),
        desc="Tere Alex!\n\nAitäh kandideerimast! Kutsume Sind lühikesele tutvumisvestlusele seoses Full-stack arendaja ametikohaga.\n\nParimat,\nPõhjarannik Tech värbamistiim",
        meet="meet",
        zone="Europe/Tallinn",
    )
    _x(
        "Kohtumine meeskonnaga – Kuusk Digital",
        interview=True,
        company="Kuusk Digital",
        role="QA insener",
        org=("hr@kuuskdigital.ee", "Kuusk Digital HR"),
        desc="Teine voor: kohtumine tulevase meeskonnaga. Ametikoht: QA insener. Kestus 45 min.",
        loc="Kuusk Digital, Telliskivi 60a, Tallinn",
        zone="Europe/Tallinn",
    )
    # Hungarian
    _x(
        "Ismerkedő beszélgetés – Duna Digital",
        interview=True,
        company="Duna Digital",
        role="Senior Java fejlesztő",
        org=("karrier@dunadigital.hu", "Duna Digital Karrier"),
        desc="Kedves Alex!\n\nKöszönjük a jelentkezésedet a Senior Java fejlesztő pozícióra. Szeretnénk meghívni egy kötetlen ismerkedő beszélgetésre.\n\nÜdvözlettel,\nDuna Digital HR",
        meet="meet",
        zone="Europe/Budapest",
    )
    _x(
        "Kávé a csapattal",
        interview=True,
        company="Tiszasoft",
        role="Termékmenedzser",
        org=("toborzas@tiszasoft.hu", "Tiszasoft Toborzás"),
        desc="Második kör a Termékmenedzser pozícióhoz: egy kávé a leendő csapattal az irodában.",
        loc="Tiszasoft, Váci út 47, Budapest",
        zone="Europe/Budapest",
    )
    # Romanian
    _x(
        "Discuție informală – Carpatica Software",
        interview=True,
        company="Carpatica Software",
        role="Inginer DevOps",
        org=("cariere@carpatica.ro", "Cariere Carpatica"),
        desc="Bună Alex,\n\nNe-ar plăcea să ne cunoaștem într-o discuție informală pentru rolul de Inginer DevOps.\n\nO zi bună,\nEchipa de recrutare Carpatica Software",
        meet="meet",
        zone="Europe/Bucharest",
    )
    _x(
        "Cafea cu fondatorul – Dorna Labs",
        interview=True,
        company="Dorna Labs",
        role="Product Owner",
        org=("vlad@dornalabs.ro", "Vlad Munteanu"),
        desc="Etapa finală pentru poziția de Product Owner: o cafea cu mine, fără agendă.",
        loc="Origo, Strada Lipscani 9, București",
        zone="Europe/Bucharest",
    )
    # Polish
    _x(
        "Luźna rozmowa z zespołem – Wisła Soft",
        interview=True,
        company="Wisła Soft",
        role="Programista Python",
        org=("rekrutacja@wislasoft.pl", "Rekrutacja Wisła Soft"),
        desc="Cześć Alex!\nStanowisko: Programista Python\nKolejny etap: luźna rozmowa z zespołem (ok. 40 min), bez zadań technicznych.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Dzień próbny – Bursztyn Studio",
        interview=True,
        company="Bursztyn Studio",
        role="Junior UX Designer",
        org=("praca@bursztynstudio.pl", "Bursztyn Studio"),
        desc="Zapraszamy na płatny dzień próbny w ramach rekrutacji na stanowisko Junior UX Designer. Zaczynamy o 9:00.",
        loc="Bursztyn Studio, ul. Długa 21, Gdańsk",
        zone="Europe/Warsaw",
    )
    # Czech
    _x(
        "Neformální setkání – Vltava Labs",
        interview=True,
        company="Vltava Labs",
        role="Backend vývojář",
        org=("nabor@vltavalabs.cz", "Nábor Vltava Labs"),
        desc="Ahoj Alexi,\npozice: Backend vývojář\nRádi bychom tě poznali na neformálním setkání s vedoucím týmu.",
        loc="Vltava Labs, Karlínské nám. 6, Praha",
        zone="Europe/Prague",
    )
    # Ukrainian
    _x(
        "Знайомство з командою – Dnipro Cloud",
        interview=True,
        company="Dnipro Cloud",
        role="Python-розробник",
        org=("hr@dniprocloud.ua", "Dnipro Cloud HR"),
        desc="Привіт, Alex!\nПозиція: Python-розробник\nНаступний етап — неформальне знайомство з командою, 45 хвилин.",
        meet="meet",
        zone="Europe/Kyiv",
    )
    # Greek
    _x(
        "Γνωριμία με την ομάδα – Aegean Data Labs",
        interview=True,
        company="Aegean Data Labs",
        role="Data Scientist",
        org=("careers@aegeandatalabs.gr", "Aegean Data Labs Careers"),
        desc="Γεια σου Alex,\n\nΤο επόμενο βήμα για τη θέση Data Scientist είναι μια χαλαρή γνωριμία με την ομάδα (40 λεπτά).\n\nΦιλικά,\nAegean Data Labs",
        meet="meet",
        zone="Europe/Athens",
    )
    _x(
        "Καφές με τον Νίκο (CTO)",
        interview=True,
        company="Ελαιώνας Software",
        role="Tech Lead",
        att=[person("nikos@elaionas.gr", "Νίκος Παπαδάκης")],
        desc="Ελαιώνας Software – θέση Tech Lead, δεύτερη συζήτηση μετά την τεχνική.",
        loc="Κουκάκι, Αθήνα",
        zone="Europe/Athens",
    )
    # Turkish
    _x(
        "Tanışma görüşmesi – Boğaziçi Yazılım",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Mobil Geliştirici",
        org=("ik@bogazici-yazilim.com.tr", "Boğaziçi Yazılım İK"),
        desc="Merhaba Alex,\n\nMobil Geliştirici pozisyonu için kısa bir tanışma görüşmesi planlamak istedik.\n\nSevgiler,\nBoğaziçi Yazılım İnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Ekiple öğle yemeği – Kapadokya Tech ofis günü",
        interview=True,
        company="Kapadokya Tech",
        role="Backend Geliştirici",
        org=("kariyer@kapadokyatech.com", "Kapadokya Tech Kariyer"),
        desc="Ofis ziyareti programı (Backend Geliştirici):\n10:00 teknik görüşme\n12:30 ekiple öğle yemeği\n14:00 ekip lideri ile sohbet",
        loc="Kapadokya Tech, Maslak, İstanbul",
        zone="Europe/Istanbul",
    )


def _middle_east() -> None:
    # Hebrew
    _x(
        "שיחת היכרות – Shaked Cyber",
        interview=True,
        company="Shaked Cyber",
        role="Backend Developer",
        org=("talent@shakedcyber.co.il", "Shaked Cyber Talent"),
        desc="היי אלכס,\nנשמח לשיחת היכרות קצרה לגבי משרת Backend Developer ב-Shaked Cyber.\nבהצלחה!\nצוות הגיוס",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "קפה עם המייסד",
        interview=True,
        company="Tamar Labs",
        role="Product Manager",
        org=("yoav@tamarlabs.io", "Yoav Mizrahi"),
        desc="היי אלכס, כמו שדיברנו – קפה קצר איתי לפני שנתקדם להצעה, לגבי תפקיד ה-Product Manager ב-Tamar Labs.",
        loc="קפה אגס, שדרות רוטשילד, תל אביב",
        zone="Asia/Jerusalem",
    )
    # Arabic
    _x(
        "لقاء تعارف – Sarab Technologies",
        interview=True,
        company="Sarab Technologies",
        role="Data Engineer",
        org=("careers@sarabtech.sa", "Sarab Technologies | فريق التوظيف"),
        desc="مرحباً أليكس،\n\nيسعدنا دعوتك إلى لقاء تعارف غير رسمي بخصوص وظيفة مهندس بيانات (Data Engineer).\n\nمع التحية،\nفريق التوظيف – Sarab Technologies",
        meet="meet",
        zone="Asia/Riyadh",
    )
    _x(
        "قهوة مع فريق العمل",
        interview=True,
        company="Waha Apps",
        role="iOS Developer",
        org=("hr@wahaapps.ae", "Waha Apps HR"),
        desc="المرحلة الثانية لوظيفة مطوّر iOS Developer في Waha Apps: جلسة قهوة غير رسمية مع الفريق في المكتب.",
        loc="Waha Apps, Dubai Internet City, Building 5",
        zone="Asia/Dubai",
    )
    # Persian
    _x(
        "گفتگوی آشنایی – Kavir Labs",
        interview=True,
        company="Kavir Labs",
        role="Frontend Developer",
        org=("jobs@kavirlabs.ir", "Kavir Labs – منابع انسانی"),
        desc="سلام الکس،\nبرای آشنایی بیشتر درباره موقعیت برنامه‌نویس فرانت‌اند (Frontend Developer) یک گفتگوی کوتاه و دوستانه داشته باشیم.\nKavir Labs – منابع انسانی",
        meet="meet",
        zone="Asia/Tehran",
    )
    _x(
        "جلسه با مدیر فنی – Zagros Cloud",
        interview=True,
        company="Zagros Cloud",
        role="DevOps Engineer",
        org=("hire@zagroscloud.com", "Zagros Cloud Hiring"),
        att=[person("babak@zagroscloud.com", "Babak Rostami (CTO)")],
        desc="مرحله دوم فرآیند جذب برای موقعیت DevOps Engineer: گفت‌وگوی غیررسمی با مدیر فنی.",
        meet="meet",
        zone="Asia/Tehran",
    )
    # Swahili
    _x(
        "Mazungumzo ya kufahamiana – Safari Pay",
        interview=True,
        company="Safari Pay",
        role="Android Developer",
        org=("ajira@safaripay.co.ke", "Safari Pay Ajira"),
        desc="Habari Alex,\nTungependa kukualika kwa mazungumzo mafupi ya kufahamiana kuhusu nafasi ya Android Developer.\nAsante,\nTimu ya Safari Pay",
        meet="meet",
        zone="Africa/Nairobi",
    )


def _south_asia() -> None:
    # Hindi
    _x(
        "परिचय बातचीत – Neelgiri Systems",
        interview=True,
        company="Neelgiri Systems",
        role="Software Engineer",
        org=("hr@neelgirisystems.in", "Neelgiri Systems HR"),
        desc="नमस्ते Alex,\n\nSoftware Engineer पद के लिए आपके आवेदन के संबंध में हम आपसे एक अनौपचारिक बातचीत करना चाहेंगे (30 मिनट)।\n\nधन्यवाद,\nNeelgiri Systems HR टीम",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "टीम के साथ चाय पर चर्चा",
        interview=True,
        company="Kaveri AI",
        role="Product Analyst",
        org=("talent@kaveri.ai", "Kaveri AI Talent"),
        desc="Product Analyst पद के लिए अगला चरण: टीम के साथ चाय पर एक अनौपचारिक चर्चा, बेंगलुरु ऑफिस में।",
        loc="Kaveri AI, Indiranagar, Bengaluru",
        zone="Asia/Kolkata",
    )
    # Bengali
    _x(
        "পরিচিতি আলাপ – Padma Data",
        interview=True,
        company="Padma Data",
        role="Data Analyst",
        org=("jobs@padmadata.com.bd", "Padma Data Recruitment"),
        desc="প্রিয় Alex,\nData Analyst পদের জন্য আমরা আপনার সাথে একটি অনানুষ্ঠানিক পরিচিতি আলাপ করতে চাই।\nশুভেচ্ছা,\nPadma Data",
        meet="meet",
        zone="Asia/Dhaka",
    )
    _x(
        "প্রতিষ্ঠাতার সাথে কথা – Shapla Labs",
        interview=True,
        company="Shapla Labs",
        role="Backend Engineer",
        org=("rafiq@shaplalabs.io", "Rafiq Chowdhury"),
        desc="Backend Engineer নিয়োগ প্রক্রিয়ার শেষ ধাপ: প্রতিষ্ঠাতার সাথে ৩০ মিনিট কথা।",
        meet="meet",
        zone="Asia/Dhaka",
    )


def _east_southeast_asia() -> None:
    # Indonesian
    _x(
        "Ngobrol santai dengan tim Rinjani Tech",
        interview=True,
        company="Rinjani Tech",
        role="Backend Engineer",
        org=("rekrutmen@rinjanitech.id", "Rekrutmen Rinjani Tech"),
        desc="Hai Alex,\n\nSebagai tahap berikutnya untuk posisi Backend Engineer, kami ingin mengajak kamu ngobrol santai dengan calon rekan setim.\n\nSalam,\nTim Rekrutmen Rinjani Tech",
        meet="meet",
        zone="Asia/Jakarta",
    )
    _x(
        "Kopi bareng founder Kelapa.io",
        interview=True,
        company="Kelapa.io",
        role="Product Designer",
        att=[person("bima@kelapa.io", "Bima Santoso")],
        desc="lanjutan proses rekrutmen Product Designer, Bima yg ngajak",
        loc="Kopi Kenangan Senopati",
        zone="Asia/Jakarta",
    )
    # Vietnamese
    _x(
        "Trò chuyện làm quen – Sông Hồng Tech",
        interview=True,
        company="Sông Hồng Tech",
        role="Kỹ sư QA",
        org=("tuyendung@songhongtech.vn", "Tuyển dụng Sông Hồng Tech"),
        desc="Chào Alex,\n\nMời bạn tham gia buổi trò chuyện làm quen cho vị trí Kỹ sư QA.\n\nTrân trọng,\nPhòng Nhân sự Sông Hồng Tech",
        meet="meet",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Cà phê với anh Minh (CTO, Mekong Soft)",
        interview=True,
        company="Mekong Soft",
        role="Tech Lead",
        att=[person("minh.tran@mekongsoft.vn", "Trần Quang Minh")],
        desc="Vòng cuối vị trí Tech Lead, anh Minh muốn gặp trực tiếp.",
        loc="The Workshop Coffee, Quận 1",
        zone="Asia/Ho_Chi_Minh",
    )
    # Thai
    _x(
        "พูดคุยทำความรู้จัก – Chao Phraya Labs",
        interview=True,
        company="Chao Phraya Labs",
        role="Product Designer",
        org=("hr@chaophrayalabs.co.th", "Chao Phraya Labs HR"),
        desc="สวัสดีคุณ Alex\nขอเชิญพูดคุยทำความรู้จักแบบสบายๆ สำหรับตำแหน่ง Product Designer ประมาณ 30 นาทีค่ะ\nฝ่ายบุคคล Chao Phraya Labs",
        meet="meet",
        zone="Asia/Bangkok",
    )
    _x(
        "ทานข้าวกลางวันกับทีม – Siam Cloud",
        interview=True,
        company="Siam Cloud",
        role="Site Reliability Engineer",
        org=("careers@siamcloud.co.th", "Siam Cloud Careers"),
        desc="กำหนดการวันสัมภาษณ์ที่ออฟฟิศ ตำแหน่ง Site Reliability Engineer\n10:00 สัมภาษณ์เทคนิค\n12:00 ทานข้าวกลางวันกับทีม\n13:30 คุยกับ Engineering Manager",
        loc="Siam Cloud, Sathorn Square ชั้น 18",
        zone="Asia/Bangkok",
    )
    # Japanese
    _x(
        "カジュアル面談（Alex Rivera様）",
        interview=True,
        company="Mizunara Technologies",
        role="バックエンドエンジニア",
        org=("recruit@mizunara.tech", "Mizunara Technologies 採用担当"),
        desc="Alex Rivera様\n\nMizunara Technologies 採用担当の田中です。\nバックエンドエンジニアのポジションについて、まずはカジュアル面談でお互いを知る機会をいただければ幸いです。\nお気軽にご参加ください。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "チームランチ（最終選考の一環）",
        interview=True,
        company="Kumo Works",
        role="プロダクトマネージャー",
        org=("hr@kumoworks.jp", "Kumo Works 人事"),
        desc="プロダクトマネージャー職 最終選考当日のスケジュール\n11:00 役員面接\n12:00 チームメンバーとのランチ\n13:30 オフィス見学",
        loc="Kumo Works 本社, 渋谷区神南1-10-4",
        zone="Asia/Tokyo",
    )
    _x(
        "CEOとの1on1 – Hoshizora",
        interview=True,
        company="Hoshizora",
        role="データエンジニア",
        org=("saiyo@hoshizora.ai", "Hoshizora 採用チーム"),
        desc="データエンジニア職の選考の最終ステップとして、代表の佐藤とざっくばらんにお話しする場です。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "オフィス見学＆座談会",
        interview=True,
        company="Sakura Logic",
        role=None,
        org=("jinji@sakuralogic.co.jp", "Sakura Logic 人事部"),
        desc="一次選考通過者様向けのオフィス見学と現場社員との座談会です。所要時間約60分。",
        loc="Sakura Logic, 大阪市北区梅田2-4-9",
        zone="Asia/Tokyo",
    )
    # Korean
    _x(
        "커피챗 – Hanbit Labs",
        interview=True,
        company="Hanbit Labs",
        role="프론트엔드 개발자",
        org=("recruit@hanbitlabs.kr", "Hanbit Labs 채용팀"),
        desc="안녕하세요 Alex님,\n프론트엔드 개발자 포지션 관련하여 가볍게 커피챗 나누고 싶습니다. 편하게 참석해 주세요.\nHanbit Labs 채용팀 드림",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "컬처핏 대화 – Alex Rivera님",
        interview=True,
        company="Dalbit Studio",
        role="백엔드 개발자",
        org=("people@dalbitstudio.com", "Dalbit Studio 피플팀"),
        desc="백엔드 개발자 2차 전형: 컬처핏 대화 (45분)\n함께 일하는 방식과 가치관에 대해 이야기 나눕니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "대표님과 산책 미팅",
        interview=True,
        company="Noeul Labs",
        role="iOS 개발자",
        att=[person("ceo@noeullabs.kr", "김도윤")],
        desc="Noeul Labs iOS 개발자 최종 단계. 서울숲 정문에서 만나기로.",
        loc="서울숲 정문",
        zone="Asia/Seoul",
    )
    # Chinese
    _x(
        "轻松聊聊 – 青禾科技",
        interview=True,
        company="青禾科技",
        role="高级数据工程师",
        org=("hr@qinghetech.cn", "青禾科技 招聘"),
        desc="Alex 你好，\n关于高级数据工程师职位，想先和你轻松聊聊，互相了解一下，大约30分钟。\n青禾科技 招聘团队",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "和团队喝杯咖啡",
        interview=True,
        company="云帆智能",
        role="产品经理",
        org=("hr@yunfan-ai.cn", "云帆智能 HR"),
        desc="Alex 你好，作为产品经理岗位面试流程的下一步，邀请你来办公室和团队喝杯咖啡，随便聊聊。",
        loc="云帆智能，深圳南山区科技园",
        zone="Asia/Shanghai",
    )
    _x(
        "與創辦人聊聊（Lantern Labs）",
        interview=True,
        company="Lantern Labs",
        role="前端工程師",
        org=("founder@lanternlabs.tw", "Lantern Labs"),
        desc="前端工程師職缺 最後一關：和創辦人輕鬆聊聊，約 30 分鐘。",
        meet="meet",
        zone="Asia/Taipei",
    )


# ------------------------------------------------------------ non-interviews


def _media() -> None:
    _x(
        "Hoy por la Tarde – Radio Turia",
        interview=False,
        org=("elena.prod@radioturia.es", "Elena Marí (producción)"),
        desc="Conexión telefónica a las 17:40, unos 8 minutos sobre teletrabajo en el sector tecnológico. Te llamamos al móvil cinco minutos antes.",
        loc="Teléfono",
        zone="Europe/Madrid",
    )
    _x(
        "The Build Log – recording",
        interview=False,
        org=("hosts@thebuildlog.fm", "The Build Log"),
        desc="Episode 142. We'll talk about your migration from cron jobs to an event queue and what went wrong. Riverside link below, please use headphones.\nhttps://studio.thebuildlog.fm/rec/142",
        zone="America/New_York",
    )
    _x(
        "Channel 9 Morning Desk – studio",
        interview=False,
        org=("kelly.ng@ch9morning.tv", "Kelly Ng"),
        desc="Please arrive 6:15 for makeup. Live segment around 7:20 on the tech layoffs story, 4 minutes with the anchor. Parking pass at front desk.",
        loc="Channel 9 Studios, 500 Harbor Blvd",
        zone="America/Los_Angeles",
    )
    _x(
        "Radio Kaamos – aamulähetys",
        interview=False,
        org=("toimitus@radiokaamos.fi", "Radio Kaamos toimitus"),
        desc="Suora puhelinhaastattelu klo 7.45, aiheena etätyö ja it-alan rekrytointitilanne. Kesto n. 6 min.",
        zone="Europe/Helsinki",
    )
    _x(
        "Podcast Ngoding Bareng – rekaman episode 48",
        interview=False,
        org=("halo@ngodingbareng.id", "Ngoding Bareng"),
        desc="Tema: pengalaman pindah karier ke data engineering. Rekaman sekitar 50 menit, nanti diedit.",
        meet="meet",
        zone="Asia/Jakarta",
    )
    _x(
        "《码农夜谈》播客录制",
        interview=False,
        org=("producer@manongyetan.fm", "码农夜谈 制作组"),
        desc="本期话题：海外远程工作。录制约一小时，请提前十分钟进入房间测试麦克风。",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "Kanal Mavi – Sabah Kuşağı (canlı)",
        interview=False,
        org=("yapim@kanalmavi.com.tr", "Kanal Mavi Yapım"),
        desc="Canlı yayın bağlantısı 08:10. Konu: yapay zekâ ve iş dünyası. Kulaklık ve sessiz bir oda lütfen.",
        zone="Europe/Istanbul",
    )
    _x(
        "Ράδιο Κυκλάδες 97.4 – πρωινή εκπομπή",
        interview=False,
        org=("paragogi@radiokyklades.gr", "Ράδιο Κυκλάδες"),
        desc="Τηλεφωνική σύνδεση στις 9:15 για την ψηφιακή νομαδικότητα στα νησιά, περίπου 10 λεπτά.",
        zone="Europe/Athens",
    )
    _x(
        "قناة المدار – برنامج صباح الخير",
        interview=False,
        org=("guests@almadar.tv", "قناة المدار – قسم الضيوف"),
        desc="مداخلة مباشرة عبر الفيديو الساعة 8:30 حول مستقبل العمل عن بُعد. المدة 7 دقائق.",
        zone="Asia/Dubai",
    )
    _x(
        "Byte新聞 取材",
        interview=False,
        org=("editor@byteshinbun.jp", "Byte新聞 編集部 山本"),
        desc="リモートワーク特集の取材です。所要時間は約45分、写真撮影あり。記事は来月号に掲載予定です。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Harbor Tech Weekly – Q&A follow-up",
        interview=False,
        org=("reporter@harbortechweekly.com", "Dev Malhotra, Harbor Tech Weekly"),
        desc="Thanks for agreeing to be interviewed for our piece on open-source maintainers. This is a 15-min follow-up to check quotes before we publish Friday.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Radio Fourvière – La Matinale",
        interview=False,
        org=("matinale@radiofourviere.fr", "La Matinale"),
        desc="Passage en direct à 7h50, 5 minutes sur le meetup Python lyonnais que vous organisez.",
        loc="Radio Fourvière, 14 rue Saint-Jean, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Pesti Hang Rádió – élő bejelentkezés",
        interview=False,
        org=("szerkesztoseg@pestihang.hu", "Pesti Hang szerkesztőség"),
        desc="Élő telefonos bejelentkezés 18:20-kor a hackathonról, kb. 5 perc.",
        zone="Europe/Budapest",
    )
    _x(
        "팟캐스트 녹음 – 개발자 수다",
        interview=False,
        org=("pd@devsuda.fm", "개발자 수다 PD"),
        desc="게스트 출연 녹음입니다. 주제: 해외 취업과 이직 경험. 약 1시간 소요.",
        meet="meet",
        zone="Asia/Seoul",
    )


def _research_the_user_runs() -> None:
    _x(
        "Thesis interview – participant 04",
        interview=False,
        att=[person("p04.participant@gmail.com")],
        desc="Semi-structured interview for my MSc thesis on remote onboarding. Consent form signed. Record audio, max 45 min. Use interview guide v3.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Tesis: entrevista con Marta (P5)",
        interview=False,
        att=[person("marta.gil.p@gmail.com", "Marta Gil")],
        desc="Entrevista para mi TFM. Guion en Drive, pedir consentimiento antes de grabar.",
        loc="Biblioteca de la facultad, sala 2",
        zone="Europe/Madrid",
    )
    _x(
        "Survey follow-up – respondent #12",
        interview=False,
        att=[person("kwoods.research@outlook.com", "K. Woods")],
        desc="Respondent 12 ticked 'happy to talk more' in my developer-burnout survey. 20 min follow-up, questions 4, 9 and 15.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "ראיון לתזה – משתתפת 3",
        interview=False,
        att=[person("noa.levi.research@gmail.com", "נועה לוי")],
        desc="ראיון חצי מובנה לתזה שלי. להקליט רק אחרי אישור.",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "Phỏng vấn luận văn – chị Hoa",
        interview=False,
        att=[person("hoa.nguyen.hn@gmail.com", "Nguyễn Thị Hoa")],
        desc="Phỏng vấn cho luận văn thạc sĩ của mình về làm việc từ xa. Nhớ mang phiếu đồng ý.",
        loc="Cộng Cà Phê, Tràng Tiền",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Gradu-haastattelu H7",
        interview=False,
        att=[person("h7.haastateltava@gmail.com")],
        desc="Gradun teemahaastattelu nro 7. Nauhoitus + muistiinpanot. Runko v2.",
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Entretien mémoire – M. Girard",
        interview=False,
        att=[person("p.girard@orange-mail.fr", "Pierre Girard")],
        desc="Entretien pour mon mémoire de master (30-40 min). Grille d'entretien version finale.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interviu pentru disertație – Ana P.",
        interview=False,
        att=[person("ana.popescu.cercetare@gmail.com", "Ana Popescu")],
        desc="Interviu pentru lucrarea mea de disertație, ghid de interviu varianta 2.",
        meet="meet",
        zone="Europe/Bucharest",
    )


def _initech_hiring() -> None:
    _x(
        "Interview: Jordan Park – Backend Engineer (Onsite, Technical)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="You are scheduled to interview Jordan Park for Backend Engineer (REQ-1182).\nFocus area: API design.\nPlease submit your scorecard within 24 hours.\nInterview kit: https://hire.initech.com/kits/1182-api",
        loc="Initech HQ – Room Bolton",
        zone="America/Chicago",
    )
    _x(
        "Phone Screen – Chen Wei – SRE",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("chenwei.sre@gmail.com", "Chen Wei")],
        desc="Interviewer: Alex Rivera\nCandidate: Chen Wei\nRole: Site Reliability Engineer\nFocus: on-call experience, Linux fundamentals.\nScorecard due same day.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Hiring Manager Screen – Leo Martins",
        interview=False,
        me=WORK_ME,
        att=[person("leo.martins.dev@gmail.com", "Leo Martins")],
        desc="Leo is applying for the Data Engineer opening on my team. Resume and recruiter notes in the ATS. Ask about dbt, on-call, why leaving current job.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Lunch with candidate – Ines Duarte",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("ines.duarte.pm@gmail.com", "Ines Duarte"),
            person("milton@initech.com", "Milton Waddams"),
        ],
        desc="Informal lunch as part of Ines's onsite (Senior PM). You're her lunch buddy: not an evaluation, but please share any notable impressions in the debrief channel.",
        loc="Chotchkie's, across the street",
        zone="America/Chicago",
    )
    _x(
        "Pairing: candidate Jae-won Seo",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jaewon.seo@gmail.com", "Jae-won Seo")],
        desc="Pair programming exercise (TPS report parser). You drive the first 10 min, then hand over. Rubric in the interview kit.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Portfolio review – Odile Marchand (Product Designer candidate)",
        interview=False,
        me=WORK_ME,
        org=("samir@initech.com", "Samir Nagheenanajar"),
        att=[person("odile.marchand.design@gmail.com", "Odile Marchand")],
        desc="Odile will present two projects. You're the engineering voice on the panel: focus on handoff and feasibility.",
        loc="Initech HQ – Room Lumbergh",
        zone="America/Chicago",
    )
    _x(
        "Coffee chat w/ intern candidate",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        att=[person("t.okoro@university-mail.edu", "Tobi Okoro")],
        desc="Summer internship program: each finalist has a 20 min coffee chat with an engineer. Please fill in the short feedback form afterwards.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Debrief: Senior PM loop",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("milton@initech.com", "Milton Waddams"),
            person("bill.l@initech.com", "Bill Lumbergh"),
        ],
        desc="Debrief for Ines Duarte (Senior PM). Scorecards must be submitted before the meeting.",
        zone="America/Chicago",
    )
    _x(
        "Culture add conversation – candidate Ravi K.",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("ravi.k.dev@gmail.com", "Ravi Kulkarni")],
        desc="You're on the panel for Ravi (Frontend Engineer). Values questions are in the kit: ownership, candor, kindness.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Kennenlerngespräch Werkstudent:in – Initech Berlin",
        interview=False,
        me=WORK_ME,
        org=("recruiting.berlin@initech.com", "Initech Recruiting Berlin"),
        att=[person("lena.hoffmann.stud@gmail.com", "Lena Hoffmann")],
        desc="Du führst das Gespräch gemeinsam mit Katrin. Bewerbung als Werkstudentin Data Engineering, Unterlagen im ATS.",
        loc="Initech Berlin, Raum Spree",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat – stage data (Initech Paris)",
        interview=False,
        me=WORK_ME,
        org=("recrutement.paris@initech.com", "Recrutement Initech Paris"),
        att=[person("hugo.bernard.etu@gmail.com", "Hugo Bernard")],
        desc="Vous faites passer l'entretien technique au candidat Hugo Bernard (stage data, 6 mois). Grille d'évaluation jointe.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Bar raiser – Tomás Quiroga",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("tomas.quiroga@gmail.com", "Tomás Quiroga")],
        desc="You are the bar raiser for this loop (Staff Engineer). Please hold the line on the leveling rubric.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Take-home review w/ candidate (M. Ahmed)",
        interview=False,
        me=WORK_ME,
        att=[person("mariam.ahmed.code@gmail.com", "Mariam Ahmed")],
        desc="Walk through her take-home with her, ask about test strategy and trade-offs. Repo link in the ATS.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Final round: candidate presentation – Head of Ops",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("bill.l@initech.com", "Bill Lumbergh"),
            person("nina.patel.ops@gmail.com", "Nina Patel"),
        ],
        desc="Nina will present her 90-day plan for the Head of Ops role to the panel (you, Bill, Peter). 20 min presentation + 25 min Q&A.",
        loc="Initech HQ – Boardroom",
        zone="America/Chicago",
    )
    _x(
        "Walk & talk with candidate (Priyanka)",
        interview=False,
        me=WORK_ME,
        att=[person("priyanka.r.eng@gmail.com", "Priyanka Rao")],
        desc="Final-stage candidate for my team's EM opening. Informal walk around the lake, then back for the debrief.",
        loc="Initech lobby",
        zone="America/Chicago",
    )
    _x(
        "新卒エンジニア選考 面接官（Initech Tokyo）",
        interview=False,
        me=WORK_ME,
        org=("saiyo.tokyo@initech.com", "Initech Tokyo 採用チーム"),
        att=[person("h.kobayashi.2025@gmail.com", "小林 陽菜")],
        desc="面接官をお願いします。候補者：小林陽菜さん（新卒エンジニア）。評価シートは終了後24時間以内に提出してください。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Entrevista a candidata – Soporte (Initech Madrid)",
        interview=False,
        me=WORK_ME,
        org=("seleccion.madrid@initech.com", "Selección Initech Madrid"),
        att=[person("carla.vidal.soporte@gmail.com", "Carla Vidal")],
        desc="Tú entrevistas a Carla Vidal para el puesto de Técnica de Soporte N2. Rellena la evaluación en el ATS al terminar.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Reference call – Lisa Grant's former manager",
        interview=False,
        me=WORK_ME,
        att=[person("d.fowler@corvidmedia.com", "Dan Fowler")],
        desc="Reference check for Lisa Grant (QA Lead offer). Questions from the reference template.",
        zone="America/Chicago",
    )


def _social_and_networking() -> None:
    _x(
        "Coffee with Jamie",
        interview=False,
        att=[person("jamie.ortiz88@gmail.com", "Jamie Ortiz")],
        desc="catch up!! haven't seen her since the Globex days",
        loc="Sightglass, 7th St",
        zone="America/Los_Angeles",
    )
    _x(
        "Lunch w/ Marcus (ex-Initech)",
        interview=False,
        att=[person("marcus.bell@hotmail.com", "Marcus Bell")],
        desc="He left Initech in March, wants to hear the office gossip. His treat.",
        loc="Tartine Manufactory",
        zone="America/Los_Angeles",
    )
    _x(
        "Café con Paco",
        interview=False,
        att=[person("paco.jimenez@gmail.com", "Paco Jiménez")],
        desc="Cumple de Paco la semana que viene, llevarle el libro.",
        loc="Café Comercial, Glorieta de Bilbao",
        zone="Europe/Madrid",
    )
    _x(
        "Fika med Elin",
        interview=False,
        att=[person("elin.sjoberg@gmail.com", "Elin Sjöberg")],
        desc="",
        loc="Fabrique, Södermalm",
        zone="Europe/Stockholm",
    )
    _x(
        "커피챗 – 전 동료 지훈",
        interview=False,
        att=[person("jihoon.lee.dev@gmail.com", "이지훈")],
        desc="예전 팀 동료 지훈이랑 오랜만에 근황 토크",
        loc="성수동 어니언",
        zone="Asia/Seoul",
    )
    _x(
        "Virtual coffee (Brewmatch intro)",
        interview=False,
        org=("intros@brewmatch.co", "Brewmatch"),
        att=[person("dev.arora@gmail.com", "Dev Arora")],
        desc="You've been matched with Dev Arora for a 30-minute 1:1 conversation.\nShared interests: data engineering, climbing, startups.\nBrewmatch pairs professionals for weekly conversations. Enjoy!",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alumni coffee – Class of 2015",
        interview=False,
        org=("alumni@northbridge.edu", "Northbridge Alumni Association"),
        desc="Informal coffee morning for Computer Science alumni. Name tags at the door.",
        loc="Northbridge University Student Union, Room 2",
        zone="America/New_York",
    )
    _x(
        "Coffee w/ Rafa (met at DataConf)",
        interview=False,
        att=[person("rafa.moreno@pm.me", "Rafa Moreno")],
        desc="He wants feedback on his side-project idea (open-source data catalog). Bring laptop.",
        loc="Verve Coffee, Market St",
        zone="America/Los_Angeles",
    )
    _x(
        "Aperitivo con ex colleghi",
        interview=False,
        att=[
            person("giulia.ferri@gmail.com", "Giulia Ferri"),
            person("marco.bassi@libero.it", "Marco Bassi"),
        ],
        desc="Quelli del vecchio team, chi c'è c'è",
        loc="Bar Basso, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Borrel met oud-collega's",
        interview=False,
        att=[person("sanne.dekker@gmail.com", "Sanne Dekker")],
        desc="",
        loc="Café de Jaren, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "আড্ডা – বন্ধুদের সাথে",
        interview=False,
        att=[person("tanvir.ahmed@gmail.com", "Tanvir Ahmed")],
        desc="পুরনো বন্ধুদের সাথে আড্ডা, চা আর পুরি",
        loc="ধানমন্ডি লেক",
        zone="Asia/Dhaka",
    )
    _x(
        "Kopdar komunitas Python Jakarta",
        interview=False,
        org=("panitia@pyjakarta.id", "Panitia PyJakarta"),
        desc="Kopi darat bulanan komunitas. Lightning talk 3 orang, sisanya ngobrol bebas.",
        loc="Kopi Tuku, Cipete",
        zone="Asia/Jakarta",
    )
    _x(
        "Networking breakfast – Women in Product",
        interview=False,
        org=("events@womeninproduct-sf.org", "Women in Product SF"),
        desc="Monthly networking breakfast. Speed-networking rounds of 5 minutes, coffee and pastries provided.",
        loc="Galvanize, 44 Tehama St",
        zone="America/Los_Angeles",
    )
    _x(
        "Çay – Emre ile",
        interview=False,
        att=[person("emre.yildiz@gmail.com", "Emre Yıldız")],
        desc="Emre taşınmadan önce son buluşma",
        loc="Moda sahili",
        zone="Europe/Istanbul",
    )
    _x(
        "Кава з Олею",
        interview=False,
        att=[person("olia.kovalenko@gmail.com", "Оля Коваленко")],
        desc="",
        loc="Львівська майстерня шоколаду",
        zone="Europe/Kyiv",
    )


def _initech_internal() -> None:
    _x(
        "Team lunch 🍜",
        interview=False,
        me=WORK_ME,
        org=("peter.g@initech.com", "Peter Gibbons"),
        att=[
            person("michael.b@initech.com", "Michael Bolton"),
            person("samir@initech.com", "Samir Nagheenanajar"),
        ],
        desc="Monthly team lunch, Initech pays. Ramen place on 5th.",
        loc="Menya Hana, 5th Ave",
        zone="America/Chicago",
    )
    _x(
        "Meet the team: welcome lunch for Sofia",
        interview=False,
        me=WORK_ME,
        org=("bill.l@initech.com", "Bill Lumbergh"),
        desc="Sofia joins the platform team on Monday! Let's take her out for lunch on her first day.",
        loc="Chotchkie's",
        zone="America/Chicago",
    )
    _x(
        "Équipe data – déjeuner de rentrée",
        interview=False,
        me=WORK_ME,
        org=("manon.leroy@initech.com", "Manon Leroy"),
        desc="Déjeuner d'équipe pour la rentrée, offert par Initech.",
        loc="Le Petit Cler, Paris 7e",
        zone="Europe/Paris",
    )
    _x(
        "Get to know each other – new squad kickoff",
        interview=False,
        me=WORK_ME,
        org=("agile.coach@initech.com", "Joanna Reyes (Agile Coach)"),
        att=[
            person("peter.g@initech.com", "Peter Gibbons"),
            person("michael.b@initech.com", "Michael Bolton"),
        ],
        desc="Icebreaker session for the new Payments squad after the reorg: working agreements, team charter, user manuals.",
        loc="Initech HQ – Room Bolton",
        zone="America/Chicago",
    )


def _mentoring_and_languages() -> None:
    _x(
        "Mentoring: Ana (career switcher)",
        interview=False,
        att=[person("ana.b.codes@gmail.com", "Ana Beltrán")],
        desc="Monthly mentoring session. She's moving from teaching into data analysis: review her SQL portfolio, talk about job search strategy.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Mock interview with Kai",
        interview=False,
        att=[person("kai.tanaka.dev@gmail.com", "Kai Tanaka")],
        desc="Practice round: Kai plays the system design interviewer, then we swap.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Mentor session with Grace",
        interview=False,
        att=[person("grace.oyelaran@gmail.com", "Grace Oyelaran")],
        desc="Monthly check-in with my mentor. Topics: how to pitch myself for staff roles, salary negotiation.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Tandem: español ↔ English con Sergio",
        interview=False,
        att=[person("sergio.ramos.lopez@gmail.com", "Sergio")],
        desc="30 min en español, 30 min in English.",
        loc="La Bicicleta Café",
        zone="Europe/Madrid",
    )
    _x(
        "Dil değişimi – Türkçe/İngilizce",
        interview=False,
        att=[person("zeynep.kaya@gmail.com", "Zeynep Kaya")],
        desc="Yarım saat Türkçe, yarım saat İngilizce.",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Keelekohvik: eesti-inglise",
        interview=False,
        org=("keelekohvik@tallinnkeskraamatukogu.ee", "Keelekohvik"),
        desc="Iganädalane keelekohvik raamatukogus. Kõik tasemed on oodatud!",
        loc="Keskraamatukogu, Estonia pst 8",
        zone="Europe/Tallinn",
    )
    _x(
        "언어교환 – 민지",
        interview=False,
        att=[person("minji.park.lang@gmail.com", "박민지")],
        desc="한국어 30분 / 영어 30분",
        loc="홍대 카페",
        zone="Asia/Seoul",
    )
    _x(
        "日本語・英語ランゲージエクスチェンジ",
        interview=False,
        org=("info@shibuya-langx.jp", "Shibuya Language Exchange"),
        desc="毎週木曜の言語交換会です。参加費500円（ワンドリンク付き）。",
        loc="渋谷 カフェ・ラウンジ",
        zone="Asia/Tokyo",
    )
    _x(
        "Termin Jobcenter – Beratungsgespräch",
        interview=False,
        org=("noreply@jobcenter-termine.de", "Jobcenter Berlin Mitte"),
        desc="Ihr Beratungstermin bei Ihrer Ansprechpartnerin Frau Krüger. Bitte bringen Sie Ihren Personalausweis und Ihren aktuellen Lebenslauf mit.",
        loc="Jobcenter Berlin Mitte, Raum 3.14",
        zone="Europe/Berlin",
    )


def _appointments() -> None:
    _x(
        "Visa interview – Consulate General",
        interview=False,
        desc="Bring passport, DS-160 confirmation page, appointment letter, 1 photo. No electronics allowed inside.",
        loc="Consulate General, 4th floor",
        zone="Europe/London",
    )
    _x(
        "Biometrics appointment – Immigration Office",
        interview=False,
        desc="Fingerprints + photo for the residence card. Bring appointment confirmation.",
        loc="Immigration Service Centre, Hall B",
        zone="Europe/Amsterdam",
    )
    _x(
        "Cita banco – hipoteca",
        interview=False,
        org=("citas@bancoalmendro.es", "Banco Almendro"),
        desc="Reunión con su gestor para estudiar la solicitud de hipoteca. Traiga las tres últimas nóminas y la declaración de la renta.",
        loc="Banco Almendro, oficina Chamberí",
        zone="Europe/Madrid",
    )
    _x(
        "Admission interview – Little Oaks Montessori",
        interview=False,
        org=("admissions@littleoaksmontessori.org", "Little Oaks Admissions"),
        desc="Family admission interview for Lucía (Primary, age 4). Both parents welcome; the child will spend 20 minutes in a classroom.",
        loc="Little Oaks Montessori, 22 Elm St",
        zone="America/New_York",
    )
    _x(
        "Dr. Haddad – follow-up",
        interview=False,
        desc="Blood test results. Fasting not needed.",
        loc="Mission Bay Family Clinic, Suite 210",
        zone="America/Los_Angeles",
    )
    _x(
        "Wohnungsbesichtigung Kastanienallee 12",
        interview=False,
        org=("vermietung@kiez-immobilien.de", "Kiez Immobilien"),
        desc="2-Zimmer-Wohnung, 3. OG, Besichtigung mit Frau Schulz. Bitte Schufa-Auskunft und Einkommensnachweise mitbringen.",
        loc="Kastanienallee 12, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Flat viewing – 3B Maple Court",
        interview=False,
        org=("lettings@harrowgate-homes.co.uk", "Harrowgate Homes Lettings"),
        desc="Viewing with agent Tom. 1-bed, unfurnished, available from the 1st.",
        loc="3B Maple Court, Hackney",
        zone="Europe/London",
    )
    _x(
        "Bezichtiging appartement Lindengracht",
        interview=False,
        org=("verhuur@grachtwonen.nl", "Grachtwonen Verhuur"),
        desc="Bezichtiging samen met 4 andere geïnteresseerden. Neem je werkgeversverklaring mee.",
        loc="Lindengracht 88-2, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Fogorvos – Dr. Kovács",
        interview=False,
        desc="Fogkőeltávolítás",
        loc="Kovács Fogászat, Bartók Béla út 12",
        zone="Europe/Budapest",
    )
    _x(
        "Programare pașaport",
        interview=False,
        desc="Serviciul pașapoarte, ghișeul 4. Adu cartea de identitate și dovada plății.",
        loc="Serviciul Public Comunitar de Pașapoarte, București",
        zone="Europe/Bucharest",
    )
    _x(
        "مصاحبه ویزا – سفارت",
        interview=False,
        desc="پاسپورت، فرم تأیید، رسید پرداخت و عکس فراموش نشود. تلفن همراه ممنوع.",
        loc="بخش کنسولی سفارت",
        zone="Asia/Dubai",
    )
    _x(
        "डॉक्टर अपॉइंटमेंट – डॉ. शर्मा",
        interview=False,
        desc="पुरानी रिपोर्ट साथ ले जाना",
        loc="शर्मा क्लिनिक, सेक्टर 15",
        zone="Asia/Kolkata",
    )
    _x(
        "นัดธนาคาร – เปิดบัญชี",
        interview=False,
        desc="เอาพาสปอร์ต + ใบอนุญาตทำงาน + สัญญาเช่า",
        loc="สาขาสีลม",
        zone="Asia/Bangkok",
    )
    _x(
        "Citizenship interview",
        interview=False,
        desc="Naturalization interview and civics test. Bring green card, passport, appointment notice. Study the 100 questions!",
        loc="Field Office, 630 Sansome St",
        zone="America/Los_Angeles",
    )
    _x(
        "Entretien préfecture – titre de séjour",
        interview=False,
        desc="Rendez-vous pour le renouvellement du titre de séjour. Apporter : passeport, justificatif de domicile, 3 photos, timbre fiscal.",
        loc="Préfecture de police, île de la Cité",
        zone="Europe/Paris",
    )
    _x(
        "Rozmowa w banku – kredyt",
        interview=False,
        org=("doradca@bankjantar.pl", "Bank Jantar"),
        desc="Spotkanie z doradcą kredytowym w sprawie kredytu hipotecznego.",
        loc="Bank Jantar, oddział Mokotów",
        zone="Europe/Warsaw",
    )
    _x(
        "银行面签",
        interview=False,
        desc="房贷面签，带护照、收入证明、银行流水。",
        loc="招商路支行",
        zone="Asia/Shanghai",
    )
    _x(
        "비자 인터뷰 – 대사관",
        interview=False,
        desc="여권, DS-160 확인서, 인터뷰 예약 확인서 지참. 전자기기 반입 불가.",
        loc="광화문 대사관",
        zone="Asia/Seoul",
    )


def _talks_and_clubs() -> None:
    _x(
        "Meetup: Interviewing engineers without LeetCode",
        interview=False,
        org=("organizers@sfengleaders.org", "SF Eng Leaders Meetup"),
        desc="Three engineering managers share how they redesigned their hiring loops. Pizza at 6:30, talks at 7.",
        loc="Fieldcraft offices, 535 Mission St",
        zone="America/Los_Angeles",
    )
    _x(
        "Talk – 'The Exit Interview' (Lena Voss)",
        interview=False,
        org=("events@peopleopsforum.org", "People Ops Forum"),
        desc="Lena Voss on what departing employees tell us and how to act on it. Followed by Q&A.",
        loc="The Commons, Level 2",
        zone="Australia/Sydney",
    )
    _x(
        "Panel: The future of the technical interview",
        interview=False,
        org=("hello@devhiringsummit.com", "Dev Hiring Summit"),
        desc="Livestream link will be emailed an hour before. Panelists from four companies discuss take-homes, pairing and AI.",
        zone="America/New_York",
    )
    _x(
        "Film club: The Interview (2014)",
        interview=False,
        att=[
            person("jamie.ortiz88@gmail.com", "Jamie Ortiz"),
            person("theo.w@gmail.com", "Theo Walsh"),
        ],
        desc="Theo's turn to host. Bring snacks.",
        loc="Theo's place",
        zone="America/Los_Angeles",
    )
    _x(
        "Book club – Interview with the Vampire",
        interview=False,
        org=("bookclub.mission@gmail.com", "Mission Book Club"),
        desc="Chapters 1–8. We meet in the back room.",
        loc="Dog Eared Books",
        zone="America/Los_Angeles",
    )
    _x(
        "Ciné-club : « Entretien avec un vampire »",
        interview=False,
        org=("cineclub@mjc-croixrousse.fr", "Ciné-club MJC"),
        desc="Projection en VOSTFR suivie d'une discussion.",
        loc="MJC Croix-Rousse, salle 1",
        zone="Europe/Paris",
    )
    _x(
        "Charla: 'La entrevista perfecta' – Meetup UX Madrid",
        interview=False,
        org=("hola@uxmadridmeetup.es", "UX Madrid Meetup"),
        desc="Charla de Irene Soto sobre técnicas de entrevista con usuarios en investigación cualitativa. Entrada libre.",
        loc="Impact Hub Piamonte",
        zone="Europe/Madrid",
    )
    _x(
        "Workshop: Cracking the behavioral interview",
        interview=False,
        org=("workshops@careerforge.io", "CareerForge"),
        desc="90-minute group workshop on the STAR method with live practice in breakout rooms.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Webinar: Souverän im Vorstellungsgespräch",
        interview=False,
        org=("webinare@karriere-kompass.de", "Karriere-Kompass"),
        desc="Kostenloses Webinar: typische Fragen, Gehaltsverhandlung, Körpersprache. Link folgt per Mail.",
        zone="Europe/Berlin",
    )
    _x(
        "Tech talk: How Initech hires",
        interview=False,
        me=WORK_ME,
        org=("talent.brand@initech.com", "Initech Talent Brand"),
        desc="Internal lunch & learn: our new structured interview process, and how to become a trained interviewer.",
        loc="Initech HQ – Cafeteria",
        zone="America/Chicago",
    )
    _x(
        "Job fair – Career Expo Downtown",
        interview=False,
        desc="Print 20 CVs. Booths I want: Harbourline, Oriel Finance, Sundial.",
        loc="Convention Center, Hall C",
        zone="America/New_York",
    )
