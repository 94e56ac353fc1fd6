# ruff: noqa: E501 -- data: event texts as written
"""Part author20c, written by hand for followup's calendar corpus: Alex Rivera's own job
interviews whose titles never use the word "interview" (terse notes Alex typed such as
"Northwind 2" or "NW final", hiring-manager chats, technical rounds, pairing and take-home
reviews, loops, bar raisers, superdays, on-site and assessment-centre days, and trial shifts or
demo lessons in restaurants, shops, hospitals, schools and workshops) in English, German,
Dutch, French, Spanish, Portuguese, Italian, Polish, Swedish, Norwegian, Danish, Japanese, Korean,
Chinese and Turkish, with the company and role often only in the description, location or
organizer; set against ordinary events that share the same words: Alex's Initech meetings,
interviews Alex conducts, sales and vendor calls, coffee with friends, dates, language
exchange, doctors, dentists, parents' evenings, sports finals and rounds, gaming, networking
and informational chats, mock interviews, prep blocks and visa appointments. All names,
companies and texts are invented."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author20c", **kw)


def build() -> None:
    _english_terse()
    _english_invites()
    _german_dutch()
    _romance()
    _nordic_polish_turkish()
    _east_asian()
    _trial_shifts()
    _initech_work()
    _alex_interviews_others()
    _sales_and_vendors()
    _friends_dates_language()
    _health_school_home()
    _sports_gaming()
    _networking_prep_misc()
    _foreign_lookalikes()


def _english_terse() -> None:
    _x(
        "Chat with Dana (Hiring Manager, Northwind)",
        interview=True,
        company="Northwind",
        role="Senior Analytics Engineer",
        org=("dana.whitfield@northwind.io", "Dana Whitfield"),
        desc="Hi Alex,\n\nLooking forward to chatting about the Senior Analytics Engineer opening on my team. Nothing to prepare - I'll tell you about what we're building and I'd love to hear about the pipelines you run at Initech.\n\nDana\nHead of Data Platform, Northwind",
        meet="meet",
    )
    _x(
        "Northwind 2",
        interview=True,
        company="Northwind",
        role="Senior Analytics Engineer",
        desc="Round 2 for the Northwind Senior Analytics Engineer job. SQL + dbt modelling exercise, shared screen. Ask about on-call rota + how they test models.",
        conf=("Zoom Meeting", "https://northwind.zoom.us/j/84120937561"),
    )
    _x(
        "NW final",
        interview=True,
        company="Northwind",
        role=None,
        loc="Northwind, 200 Harbour Street, 5th floor (ask for Dana at reception)",
        desc="3 x 45 min: VP Data, Dana, peer engineer. Lunch in between. Bring ID for the building.",
    )
    _x(
        "Intro call – Fjordline",
        interview=True,
        company="Fjordline",
        role="Backend Developer",
        org=("ingrid.solberg@fjordline.no", "Ingrid Solberg"),
        desc="Hi Alex! Thanks for applying for the Backend Developer position at Fjordline. This is a relaxed 30 minute first call with me (People & Talent) to get to know each other and walk through the process.\n\nHilsen,\nIngrid",
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Fjordline R1 – 14:00",
        interview=True,
        company="Fjordline",
        role=None,
        desc="Teknisk runde med Ola + Sigrid. Kotlin, Postgres. Their 14:00 = my 13:00!",
        zone="Europe/Oslo",
    )
    _x(
        "Fjordline R2",
        interview=True,
        company="Fjordline",
        role="Senior backendutvikler",
        org=("ola.haugen@fjordline.no", "Ola Haugen"),
        desc="Andre runde for stillingen Senior backendutvikler: systemdesign (60 min). Vi bruker Miro, lenke kommer i chatten.",
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Technical round 2",
        interview=True,
        company=None,
        role=None,
    )
    _x(
        "Technical round 2",
        interview=True,
        company="Quillfeather",
        role="Data Engineer",
        org=("recruiting@quillfeather.com", "Quillfeather Recruiting"),
        att=[
            person("hugo.brandt@quillfeather.com", "Hugo Brandt"),
            person("sana.mir@quillfeather.com", "Sana Mir"),
        ],
        desc="Technical round 2 of 3 for the Data Engineer role at Quillfeather.\nPanel: Hugo Brandt (Staff Engineer), Sana Mir (Senior Data Engineer)\nFormat: 60 minutes, Python and distributed processing. Please have a local Python environment ready.",
        conf=("Zoom Meeting", "https://quillfeather.zoom.us/j/93311840277"),
    )
    _x(
        "System design w/ Priya",
        interview=True,
        company="Tessellate",
        role=None,
        desc="Priya Raman, Staff Eng @ Tessellate. 60 min, Excalidraw. Probably 'design a metrics ingestion service'. Clarify reqs first!!",
        meet="meet",
    )
    _x(
        "Pairing session – Lumio",
        interview=True,
        company="Lumio",
        role="Full-Stack Engineer",
        org=("talent@lumio.app", "Lumio Talent"),
        att=[person("marco.bellini@lumio.app", "Marco Bellini")],
        desc="<p>Hi Alex,</p><p>Next step for the <b>Full-Stack Engineer</b> role: a 90 minute pairing session with Marco. You'll work together on a small feature in a sandbox copy of our app. Use whatever editor you like, we'll share screens.</p><p>There are no trick questions - we want to see how you think and communicate.</p><p>The Lumio team</p>",
        meet="meet",
    )
    _x(
        "Take-home review",
        interview=True,
        company="Quarrystone",
        role="Platform Engineer",
        org=("nadia.ekwueme@quarrystone.dev", "Nadia Ekwueme"),
        desc="Thanks for sending your take-home! In this 45 min session we'll go through your solution together, talk about trade-offs and how you'd extend it. Platform Engineer hiring panel: Nadia + Chris.",
        conf=("Google Meet", "https://meet.google.com/qst-rvwa-kpx"),
    )
    _x(
        "Take-home review",
        interview=True,
        company=None,
        role=None,
        desc="walk them through my solution, 45 min. have the repo open, explain why no ORM",
    )
    _x(
        "Case presentation",
        interview=True,
        company="Albright & Kerr",
        role="Associate Consultant, Data & AI",
        org=("recruiting@albrightkerr.com", "Albright & Kerr Recruiting"),
        loc="Albright & Kerr, 14 Lantern Row, Room Ashdown",
        desc="Dear Alex,\n\nPlease find below the details of your case presentation for the Associate Consultant, Data & AI position. You will have 20 minutes to present your recommendations on the retail case you received on Monday, followed by 25 minutes of questions from two partners.\n\nKind regards,\nRecruiting Team, Albright & Kerr",
    )
    _x(
        "Final conversation with the CEO",
        interview=True,
        company="Pebblebrook Health",
        role="Head of Data",
        org=("office.ceo@pebblebrookhealth.com", "Office of the CEO"),
        att=[person("ruth.adeyemi@pebblebrookhealth.com", "Ruth Adeyemi")],
        desc="Final conversation between Ruth Adeyemi (CEO) and Alex Rivera, candidate for Head of Data. 45 minutes. Coordinated by the Office of the CEO, Pebblebrook Health.",
        meet="meet",
    )
    _x(
        "Meet the team",
        interview=True,
        company="Sundial Robotics",
        role="Data Engineer",
        org=("jobs@sundialrobotics.com", "Sundial Robotics Hiring"),
        att=[
            person("kai.nakamura@sundialrobotics.com", "Kai Nakamura"),
            person("elena.popescu@sundialrobotics.com", "Elena Popescu"),
            person("femi.adebayo@sundialrobotics.com", "Femi Adebayo", status="tentative"),
        ],
        desc="Last step for the Data Engineer opening: an informal 40 min with three people you'd work with day to day. Ask them anything!",
        meet="meet",
    )
    _x(
        "Culture add chat",
        interview=True,
        company="Kitewire",
        role=None,
        org=("people@kitewire.co", "Kitewire People Team"),
        desc="Hey Alex - this is the culture add conversation in our process. Not a technical session; we talk about how you like to work, give and receive feedback, and what you'd bring that we don't have yet. 30 min with Bea from our People team.",
        meet="meet",
    )
    _x(
        "Coffee with Jonas from Brightwave re: Data role",
        interview=True,
        company="Brightwave Energy",
        role="Senior Data Engineer",
        loc="Kaffebar Ljus, 8 Mill Lane",
        desc="From Jonas: 'Great to connect! As mentioned, I'm hiring a Senior Data Engineer for our grid forecasting team at Brightwave Energy. Informal coffee first, then if it clicks we'll set up the proper rounds.'",
    )
    _x(
        "screening",
        interview=True,
        company="Halcyon Bank",
        role=None,
        desc="Halcyon Bank - recruiter Lea Marchetti, 20 min phone. She calls me on mobile.",
    )
    _x(
        "HR round",
        interview=True,
        company="Marigold Foods",
        role="Supply Chain Data Analyst",
        org=("hr.talent@marigoldfoods.com", "Marigold Foods HR"),
        desc="Dear Alex Rivera,\nThis is a confirmation of your HR round for the position Supply Chain Data Analyst (ref. MF-2291). Topics: motivation, salary expectations, notice period, availability.\nMarigold Foods HR",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MF2291/0",
        ),
    )
    _x(
        "bar raiser",
        interview=True,
        company="Cascade Commerce",
        role=None,
        desc="Cascade loop, last session of the day = bar raiser (someone outside the team). STAR stories: migration, disagreement w/ PM, outage.",
    )
    _x(
        "Loop – Cascade Commerce",
        interview=True,
        company="Cascade Commerce",
        role="Data Engineer II",
        org=("rc-coordination@cascadecommerce.com", "Cascade Commerce Recruiting Coordination"),
        desc="<p>Hello Alex,</p><p>Your virtual loop for <b>Data Engineer II</b> is confirmed:</p><ul><li>10:00 Coding - Tariq</li><li>11:00 Data modelling - Joanna</li><li>12:00 Break</li><li>12:30 System design - Wen</li><li>13:30 Bar raiser - Mikkel</li></ul><p>Each session uses the same video link below.</p>",
        conf=("Amazon Chime", "https://chime.example/cascade/7713520941"),
    )
    _x(
        "Superday",
        interview=True,
        company="Granite Peak Capital",
        role="Quantitative Developer",
        all_day=True,
        loc="Granite Peak Capital, 40 Ashcombe Square, Level 22",
        desc="Superday for Quantitative Developer. Four back-to-back sessions 9:00-13:30 incl. probability, C++/Python, and a desk head. Suit.",
    )
    _x(
        "On-site day – Vantablue",
        interview=True,
        company="Vantablue",
        role="Machine Learning Engineer",
        org=("ashley.grant@vantablue.ai", "Ashley Grant"),
        loc="Vantablue HQ, 3 Canal Wharf",
        desc="Hi Alex, here's the agenda for your on-site day for the Machine Learning Engineer role. We'll cover travel, please keep receipts. 09:30 welcome, 10:00 ML system design, 11:15 coding, 12:30 lunch with the team, 13:30 hiring manager, 14:30 wrap-up.",
    )
    _x(
        "Assessment Centre: Data & Analytics",
        interview=True,
        company="Corvid Insurance",
        role="Data Analyst – Pricing",
        org=("earlycareers@corvid-insurance.co.uk", "Corvid Insurance Careers"),
        loc="Corvid House, 9 Fleetwater Road",
        desc="Dear Alex,\nCongratulations on progressing to our assessment centre for the Data Analyst – Pricing vacancy. The day includes a group exercise, a written analysis task, a presentation and a competency conversation with a hiring manager. Please arrive by 08:45.",
        all_day=True,
    )
    _x(
        "AC day",
        interview=True,
        company="Halden Rail",
        role=None,
        all_day=True,
        desc="Halden Rail assessment centre. group task, in-tray, 1:1 with panel. Train 07:12 from Central, platform 4.",
    )
    _x(
        "call w/ Talentbridge – client Oakhurst Labs",
        interview=True,
        company="Oakhurst Labs",
        role="Analytics Engineer",
        org=("megan.otieno@talentbridge-recruit.com", "Megan Otieno"),
        desc="Hi Alex, as discussed on LinkedIn - this is to go over the Analytics Engineer role at my client Oakhurst Labs before I put you forward. 20 mins.\nMegan Otieno | Senior Consultant | Talentbridge",
    )
    _x(
        "Intro – Meridian Search",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("paul.devereux@meridian-search.com", "Paul Devereux"),
        desc="Hi Alex, thanks for your time. I'm recruiting a Senior Data Engineer for a confidential client (Series B fintech, hybrid). Keen to understand your background and what you're looking for. Paul",
    )
    _x(
        "Hiring manager – 30 min",
        interview=True,
        company="Brambleway",
        role="Senior Data Engineer",
        org=("noreply@slotwise.io", None),
        desc="Booked via Slotwise\nEvent type: Hiring manager conversation - Senior Data Engineer\nHost: Theo Lindqvist (Brambleway)\nInvitee: Alex Rivera\nNeed to reschedule? Use the link in your confirmation email.",
        meet="meet",
    )
    _x(
        "Live coding",
        interview=True,
        company="Orchard Mobility",
        role="Backend Engineer (Go)",
        org=("hiring@orchardmobility.com", "Orchard Mobility Hiring"),
        desc="Your live coding session for Backend Engineer (Go) at Orchard Mobility will take place in Codelet. Open this pad 5 minutes early: https://codelet.example/pad/OM-4417\nYour interviewer: Rafael.",
        loc="https://codelet.example/pad/OM-4417",
    )
    _x(
        "Tessellate round 3",
        interview=True,
        company="Tessellate",
        role="Senior Software Engineer, Data",
        org=("talent@tessellate.dev", "Tessellate Talent"),
        att=[
            person("priya.raman@tessellate.dev", "Priya Raman"),
            person("gus.holm@tessellate.dev", "Gus Holm"),
        ],
        desc="Round 3 (behavioural + values) for Senior Software Engineer, Data. With Gus Holm, Engineering Manager.",
        meet="meet",
    )
    _x(
        "Kitewire follow-up",
        interview=True,
        company="Kitewire",
        role=None,
        desc="2nd convo with their CTO (Ines). she wants to dig into the Kafka migration story.",
        conf=("Zoom Meeting", "https://zoom.us/j/5550193846"),
    )
    _x(
        "Call – Dana's VP",
        interview=True,
        company="Northwind",
        role=None,
        org=("samir.haddad@northwind.io", "Samir Haddad"),
        desc="Samir Haddad, VP Data @ Northwind - extra 20 min chat added to the process at his request.",
        meet="meet",
    )


def _english_invites() -> None:
    _x(
        "Alex Rivera <> Lattice Loom",
        interview=True,
        company="Lattice Loom",
        role="Staff Data Engineer",
        org=("recruiting@latticeloom.com", "Lattice Loom Recruiting"),
        att=[person("oren.baptiste@latticeloom.com", "Oren Baptiste")],
        desc="Recruiter screen for the Staff Data Engineer role.\n\nAgenda\n- About Lattice Loom (5)\n- Your experience (15)\n- Process, comp range, questions (10)",
        meet="meet",
    )
    _x(
        "1st round",
        interview=True,
        company="Ferro & Finch",
        role=None,
        loc="Ferro & Finch, 77 Tanner's Yard",
        desc="ferro & finch - ask for Gemma. 3rd floor.",
    )
    _x(
        "Whiteboard session – Brambleway",
        interview=True,
        company="Brambleway",
        role="Senior Data Engineer",
        org=("theo.lindqvist@brambleway.com", "Theo Lindqvist"),
        loc="Brambleway office, 12 Osier Street (meeting room 'Willow')",
        desc="Second step for Senior Data Engineer: whiteboard design of a batch + streaming pipeline with me and Anouk. 75 min. Coffee's on us.",
    )
    _x(
        "Portfolio walk-through",
        interview=True,
        company="Halftone Studio",
        role="Data Visualisation Engineer",
        org=("maya.obi@halftone.studio", "Maya Obi"),
        desc="For the Data Visualisation Engineer role: please pick 2-3 projects and walk us through them (30 min), then Q&A. Screen share is fine.",
        meet="meet",
    )
    _x(
        "Call back – Ms Harrow (Yardley Group)",
        interview=True,
        company="Yardley Group",
        role="BI Developer",
        desc="She's calling back re the BI Developer application. Phone 15 min, quick screening qs.",
    )
    _x(
        "Values conversation",
        interview=True,
        company="Oakhurst Labs",
        role="Analytics Engineer",
        org=("priscilla.tan@oakhurstlabs.com", "Priscilla Tan"),
        desc="Hi Alex, this is the values conversation for the Analytics Engineer role. We'll chat about situations from your past work; there are no right answers. Priscilla (Oakhurst Labs People Partner)",
        conf=("Zoom Meeting", "https://oakhurstlabs.zoom.us/j/81230045112"),
    )
    _x(
        "Oakhurst – tech deep dive",
        interview=True,
        company="Oakhurst Labs",
        role=None,
        org=("megan.otieno@talentbridge-recruit.com", "Megan Otieno"),
        desc="Confirmed with Oakhurst Labs: technical deep dive with their Lead Analytics Engineer, 60 min. Good luck! Megan (Talentbridge)",
        conf=("Zoom Meeting", "https://oakhurstlabs.zoom.us/j/81230045998"),
    )
    _x(
        "Panel",
        interview=True,
        company="Corvid Insurance",
        role="Senior Data Engineer",
        org=("talent.acquisition@corvid-insurance.co.uk", "Corvid Talent Acquisition"),
        att=[
            person("d.morrow@corvid-insurance.co.uk", "Declan Morrow"),
            person("h.iqbal@corvid-insurance.co.uk", "Hina Iqbal"),
            person("boardroom2@corvid-insurance.co.uk", "Boardroom 2", resource=True),
        ],
        desc="Panel for Senior Data Engineer (req 5521). Candidate: Alex Rivera. Panel: Declan Morrow (Head of Engineering), Hina Iqbal (Data Architect).",
        loc="Corvid House, Boardroom 2",
    )
    _x(
        "Chat w/ founders",
        interview=True,
        company="Tidewell",
        role="Founding Data Engineer",
        org=("lena@tidewell.xyz", "Lena Vogt"),
        desc="Hey Alex! Me and Arjun (co-founders) would love to chat about you joining as our founding data engineer. Super informal.",
        meet="meet",
    )
    _x(
        "Tidewell – paid trial week kickoff",
        interview=True,
        company="Tidewell",
        role="Founding Data Engineer",
        desc="paid trial week (evenings) agreed with Lena + Arjun before offer. Kickoff call, they share the repo and a scoped task.",
        meet="meet",
    )
    _x(
        "Exec chat – Halcyon",
        interview=True,
        company="Halcyon Bank",
        role="Lead Data Engineer",
        org=("exec.assistant@halcyonbank.com", "Executive Assistant to the CDO"),
        desc="Conversation with Mariana Cruz, Chief Data Officer, regarding the Lead Data Engineer position. Please dial in 2 minutes early.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HalcyonCDO/0",
        ),
    )
    _x(
        "SQL test + debrief w/ hiring team",
        interview=True,
        company="Yardley Group",
        role="BI Developer",
        org=("careers@yardleygroup.com", "Yardley Group Careers"),
        desc="45 min live SQL exercise with a member of the BI team, then 15 min debrief. Role: BI Developer.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YG_BIDEV/0",
        ),
    )
    _x(
        "Vantablue – call w/ recruiter",
        interview=True,
        company="Vantablue",
        role="Machine Learning Engineer",
        org=("ashley.grant@vantablue.ai", "Ashley Grant"),
        desc="Thanks for applying for Machine Learning Engineer! Let's have a quick chat about your background and the team.",
        meet="meet",
    )
    _x(
        "Vantablue ML deep dive",
        interview=True,
        company="Vantablue",
        role=None,
        desc="w/ Rohan + Beatrix. feature stores, online/offline skew, monitoring. ~1h",
        meet="meet",
    )
    _x(
        "Pre-close chat",
        interview=True,
        company="Granite Peak Capital",
        role="Quantitative Developer",
        org=("campus.lateral@granitepeakcap.com", "Granite Peak Talent"),
        desc="Last conversation before the decision on the Quantitative Developer role: 20 minutes with the desk head, Mr Okonkwo.",
        conf=("Zoom Meeting", "https://granitepeakcap.zoom.us/j/92001473382"),
    )


def _german_dutch() -> None:
    _x(
        "Kennenlerngespräch",
        interview=True,
        company="Lindenhof Digital",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@lindenhof-digital.de", "Lindenhof Digital Karriere"),
        desc="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Wie besprochen laden wir Sie zu einem ersten Kennenlerngespräch (ca. 30 Minuten) per Teams ein.\n\nViele Grüße\nKatrin Albers\nTalent Acquisition, Lindenhof Digital GmbH",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_LHD771/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "VG Müller AG",
        interview=True,
        company="Müller AG",
        role=None,
        loc="Müller AG, Hafenstraße 12, 20457 Hamburg",
        desc="Herr Brenner (Leitung BI) + jemand aus der Personalabteilung. Zeugnisse ausgedruckt mitnehmen.",
        zone="Europe/Berlin",
    )
    _x(
        "2. VG Müller",
        interview=True,
        company="Müller AG",
        role="Data Engineer",
        desc="Zweites Gespräch für die Stelle Data Engineer: Fachgespräch mit dem Team, danach Rundgang.",
        loc="Hafenstraße 12, Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeitstag",
        interview=True,
        company="Kranich Software",
        role="Data Engineer (m/w/d)",
        all_day=True,
        org=("jobs@kranich-software.de", "Kranich Software GmbH"),
        loc="Kranich Software GmbH, Torstraße 88, Berlin",
        desc="Hallo Alex, wie telefonisch besprochen freuen wir uns, dich zum Probearbeitstag für die Position Data Engineer (m/w/d) zu begrüßen. Start 9:30 Uhr, Laptop stellen wir. Mittagessen mit dem Team inklusive.",
        zone="Europe/Berlin",
    )
    _x(
        "Telefonat Fr. Berger (Personal, Steinbach Logistik)",
        interview=True,
        company="Steinbach Logistik",
        role=None,
        desc="sie ruft an, ca. 20 min, Gehaltsvorstellung parat haben",
        zone="Europe/Berlin",
    )
    _x(
        "Fachgespräch – Auerhahn Versicherung",
        interview=True,
        company="Auerhahn Versicherung",
        role="Dateningenieur:in",
        org=("recruiting@auerhahn-vers.de", "Recruiting Auerhahn"),
        att=[person("t.kessler@auerhahn-vers.de", "Dr. Tobias Keßler")],
        desc="Sehr geehrte*r Alex Rivera,\nhiermit bestätigen wir das Fachgespräch zur Stelle Dateningenieur:in (Kennziffer AV-24-118). Gesprächspartner: Dr. Tobias Keßler, Abteilungsleiter Data Management.\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AV24118/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Auerhahn",
        interview=True,
        company="Auerhahn Versicherung",
        role=None,
        loc="Auerhahn Versicherung AG, Am Stadtpark 3, Köln, Raum 4.12",
        desc="vor Ort! Bereichsleiter + HRBP. 90 min. Anzug.",
        zone="Europe/Berlin",
    )
    _x(
        "Erstgespräch über Personalberatung Haller & Roth",
        interview=True,
        company="Seewind Energie",
        role="Lead Data Engineer",
        org=("m.haller@haller-roth.de", "Maximilian Haller"),
        desc="Hallo Alex, wie besprochen ein erstes Gespräch zur Position Lead Data Engineer bei unserem Mandanten Seewind Energie. Ich rufe Sie an. Beste Grüße, M. Haller",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch mit Teamleitung",
        interview=True,
        company="Seewind Energie",
        role="Lead Data Engineer",
        org=("bewerbung@seewind-energie.de", "Seewind Energie Bewerbermanagement"),
        desc="Einladung: Gespräch mit Frau Jansen (Teamleitung Datenplattform) zur Position Lead Data Engineer. Dauer: 60 Minuten.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Schnuppertag Bäckerei Kornblume",
        interview=True,
        company="Bäckerei Kornblume",
        role="Verkäufer/in",
        loc="Bäckerei Kornblume, Lindenallee 4",
        desc="Schnuppertag als Verkäufer/in für den Samstagsjob, 6-10 Uhr. Chefin: Frau Ohm.",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek – Tulpstra",
        interview=True,
        company="Tulpstra",
        role="Data-engineer",
        org=("werkenbij@tulpstra.nl", "Werken bij Tulpstra"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie op de functie Data-engineer. Graag nodigen we je uit voor een gesprek met Femke de Graaf (teamlead) en Joost Kramer (recruiter).\n\nMet vriendelijke groet,\nTeam Recruitment Tulpstra",
        loc="Tulpstra, Keizersgracht 410, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "kennismakingsgesprek Polderpixel",
        interview=True,
        company="Polderpixel",
        role="Medior Data Engineer",
        desc="Medior Data Engineer bij Polderpixel - eerste gesprek met Sanne (HR). Teams.",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_PP0042/0"),
        zone="Europe/Amsterdam",
    )
    _x(
        "2e gesprek PP",
        interview=True,
        company="Polderpixel",
        role=None,
        loc="Polderpixel, Stationsplein 7, Utrecht",
        desc="technisch, met twee devs + CTO. Casus meenemen (laptop).",
        zone="Europe/Amsterdam",
    )
    _x(
        "Meeloopdag Zeehond Zorg",
        interview=True,
        company="Zeehond Zorg",
        role="Data-analist",
        org=("p.vermeulen@zeehondzorg.nl", "Pieter Vermeulen"),
        desc="Hoi Alex, zoals afgesproken loop je een dag mee met het data-team, als laatste stap in de procedure voor Data-analist. Begin 9:00, einde rond 16:00.",
        all_day=True,
        zone="Europe/Amsterdam",
    )
    _x(
        "Gesprek Van Rooij – videobellen",
        interview=True,
        company="Van Rooij Transport",
        role="Planner / data-analist",
        org=("hr@vanrooijtransport.nl", "HR Van Rooij Transport"),
        desc="Uitnodiging voor een videogesprek n.a.v. je sollicitatie als Planner / data-analist. Gesprekspartners: Mark van Rooij (directeur) en Ilse Bos (HR).",
        meet="meet",
        zone="Europe/Amsterdam",
    )


def _romance() -> None:
    _x(
        "Entr. Ardoise",
        interview=True,
        company="Ardoise Tech",
        role=None,
        loc="Ardoise Tech, 31 rue des Tanneurs, Lyon",
        desc="avec Claire Fontaine (lead data) - 1h - prévoir exemples de pipelines Spark",
        zone="Europe/Paris",
    )
    _x(
        "entret. RH – Lumière Conseil",
        interview=True,
        company="Lumière Conseil",
        role="Consultant Data Engineer",
        org=("recrutement@lumiere-conseil.fr", "Recrutement Lumière Conseil"),
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste de Consultant Data Engineer, nous vous proposons un échange RH de 30 minutes.\n\nCordialement,\nÉlodie Marchand\nChargée de recrutement",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_LC3390/0"),
        zone="Europe/Paris",
    )
    _x(
        "RDV RH Cabestan Consulting",
        interview=True,
        company="Cabestan Consulting",
        role=None,
        loc="Cabestan Consulting, Tour Horizon, 12 esplanade de la Défense, 18e étage",
        desc="pièce d'identité pour l'accueil. Demander Mme Girard.",
        zone="Europe/Paris",
    )
    _x(
        "Cabestan – 2e tour technique",
        interview=True,
        company="Cabestan Consulting",
        role="Ingénieur Data confirmé",
        org=("talents@cabestan-consulting.fr", "Talents Cabestan"),
        desc="Second tour pour le poste d'Ingénieur Data confirmé : étude de cas technique (45 min) avec un manager de la practice Data, puis 15 min de questions.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Échange avec le manager – Brisemer",
        interview=True,
        company="Brisemer",
        role="Data Engineer confirmé·e",
        org=("jobs@brisemer.io", "Brisemer Jobs"),
        desc="Bonjour Alex, Hugo Lemaire, manager de l'équipe Plateforme, souhaite échanger avec vous sur le poste de Data Engineer confirmé·e. À très vite !",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Point tél. cabinet Orée RH – client Ardoise",
        interview=True,
        company="Ardoise Tech",
        role="Data Engineer",
        desc="Julien (cabinet Orée RH) me présente le poste Data Engineer chez son client Ardoise Tech. 20 min.",
        zone="Europe/Paris",
    )
    _x(
        "Entrev. Naranjo Seguros",
        interview=True,
        company="Naranjo Seguros",
        role=None,
        loc="Naranjo Seguros, Paseo de la Castellana 140, planta 9",
        desc="Preguntar por Marta Iglesias en recepción. Llevar DNI.",
        zone="Europe/Madrid",
    )
    _x(
        "ent. técnica Cometa Labs",
        interview=True,
        company="Cometa Labs",
        role="Ingeniero/a de Datos",
        org=("talento@cometalabs.es", "Talento Cometa Labs"),
        desc="Hola Alex,\nTe confirmamos la entrevista técnica (sí, la 2ª fase) para Ingeniero/a de Datos. Serán 60 min con Diego y Nuria del equipo de plataforma.\n¡Mucha suerte!",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Llamada con RRHH – Alborada",
        interview=True,
        company="Alborada Retail",
        role="Analista de Datos Senior",
        org=("rrhh@alborada-retail.com", "RRHH Alborada"),
        desc="Llamada inicial de 20 minutos sobre tu candidatura a Analista de Datos Senior. Te llamaremos al móvil que indicaste.",
        zone="Europe/Madrid",
    )
    _x(
        "Alborada 2ª ronda",
        interview=True,
        company="Alborada Retail",
        role=None,
        desc="con la directora de BI (Carmen Ruiz) + caso práctico de pricing. Zoom.",
        conf=("Zoom Meeting", "https://alborada.zoom.us/j/86620031475"),
        zone="Europe/Madrid",
    )
    _x(
        "conversa com recrutadora – Maré Digital",
        interview=True,
        company="Maré Digital",
        role="Engenheiro de Dados Sênior",
        org=("talentos@maredigital.com.br", "Talentos Maré Digital"),
        desc="Olá Alex! Tudo bem? Segue o convite para nossa conversa inicial sobre a vaga de Engenheiro de Dados Sênior. Duração: 30 min. Abraços, Camila (Tech Recruiter)",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com gestor – Maré",
        interview=True,
        company="Maré Digital",
        role=None,
        desc="Rafael (gestor da squad de dados). conversa técnica leve + fit",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Dinâmica de grupo – Banco Ipê",
        interview=True,
        company="Banco Ipê",
        role="Analista de Dados Pleno",
        org=("selecao@bancoipe.com.br", "Seleção Banco Ipê"),
        loc="Banco Ipê, Av. Paulista 1200, 14º andar",
        desc="Prezado(a) candidato(a),\nVocê foi selecionado(a) para a etapa de dinâmica de grupo do processo Analista de Dados Pleno. Chegar com 15 minutos de antecedência, levar documento com foto.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Etapa final – Banco Ipê",
        interview=True,
        company="Banco Ipê",
        role="Analista de Dados Pleno",
        org=("selecao@bancoipe.com.br", "Seleção Banco Ipê"),
        desc="Etapa final: conversa com a superintendente de Analytics. 40 min.",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_IPE88/0"),
        zone="America/Sao_Paulo",
    )
    _x(
        "colloquio conoscitivo – Gelsomino",
        interview=True,
        company="Gelsomino SpA",
        role="Data Engineer",
        org=("selezione@gelsomino.it", "Selezione Gelsomino SpA"),
        desc="Gentile Alex,\nLa invitiamo a un colloquio conoscitivo per la posizione di Data Engineer presso Gelsomino SpA. Durata prevista 30 minuti.\nCordiali saluti,\nUfficio Risorse Umane",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "2° coll. Gelsomino",
        interview=True,
        company="Gelsomino SpA",
        role=None,
        loc="Gelsomino SpA, Via Tortona 27, Milano",
        desc="col responsabile IT (ing. Ferraro). portare CV stampato",
        zone="Europe/Rome",
    )
    _x(
        "coll. tecnico Riva Blu",
        interview=True,
        company="Riva Blu",
        role="Sviluppatore Backend",
        desc="Riva Blu srl - Sviluppatore Backend. Prova tecnica live con due senior, 1h. Link Meet nell'email di Chiara.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Giornata di prova – Trattoria Da Nilde",
        interview=True,
        company="Trattoria Da Nilde",
        role="Cameriere",
        loc="Trattoria Da Nilde, Via dei Serpenti 22, Roma",
        desc="prova come cameriere, turno cena 18-23. camicia bianca, pantaloni neri. chiedere di Nilde.",
        zone="Europe/Rome",
    )


def _nordic_polish_turkish() -> None:
    _x(
        "anställningsintervju Älvsbo Energi",
        interview=True,
        company="Älvsbo Energi",
        role="Dataingenjör",
        org=("rekrytering@alvsboenergi.se", "Rekrytering Älvsbo Energi"),
        desc="Hej Alex!\nTack för din ansökan till tjänsten som Dataingenjör. Välkommen på intervju med Johan Lund (enhetschef) och Sara Ek (HR).\nMed vänliga hälsningar,\nÄlvsbo Energi AB",
        loc="Älvsbo Energi, Kvarngatan 5, Göteborg",
        zone="Europe/Stockholm",
    )
    _x(
        "första samtal – Norrsken Labs",
        interview=True,
        company="Norrsken Labs",
        role="Senior Data Engineer",
        org=("emma.berg@norrskenlabs.se", "Emma Berg"),
        desc="Hej Alex, kul att du sökt Senior Data Engineer hos oss! Här kommer en inbjudan till ett första samtal på 30 min. /Emma, Talent Partner",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Norrsken – case + teamet",
        interview=True,
        company="Norrsken Labs",
        role=None,
        desc="case-genomgång (hemuppgiften) med två utvecklare, sen fika med teamet. Kontoret på Sveavägen.",
        loc="Norrsken Labs, Sveavägen 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Samtale med Bølgen",
        interview=True,
        company="Bølgen Data A/S",
        role="Dataingeniør",
        org=("job@bolgendata.dk", "Bølgen Data A/S"),
        desc="Hej Alex\nTak for din ansøgning til stillingen som Dataingeniør. Vi vil gerne invitere dig til en samtale med Mette (teamleder) og Frederik (udvikler).\nVenlig hilsen\nBølgen Data A/S",
        meet="meet",
        zone="Europe/Copenhagen",
    )
    _x(
        "rozmowa rekrutacyjna – Bursztyn Soft",
        interview=True,
        company="Bursztyn Soft",
        role="Inżynier danych",
        org=("rekrutacja@bursztynsoft.pl", "Dział Rekrutacji Bursztyn Soft"),
        desc="Dzień dobry,\nzapraszamy na rozmowę rekrutacyjną na stanowisko Inżynier danych. Spotkanie potrwa ok. 45 minut, weźmie w nim udział Karolina Nowak (HR) oraz Piotr Zieliński (Team Leader).\nPozdrawiamy,\nZespół Bursztyn Soft",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BS555/0"),
        zone="Europe/Warsaw",
    )
    _x(
        "Bursztyn – etap techniczny",
        interview=True,
        company="Bursztyn Soft",
        role=None,
        desc="zadanie live: Spark + SQL, z Piotrem i Marcinem. 1,5h",
        conf=("Microsoft Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BS556/0"),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z HR – Wisła Analytics",
        interview=True,
        company="Wisła Analytics",
        role="Analityk danych",
        desc="Pani Agnieszka dzwoni ws. aplikacji na Analityka danych. 15-20 min.",
        zone="Europe/Warsaw",
    )
    _x(
        "mülakat – Lale Yazılım",
        interview=True,
        company="Lale Yazılım",
        role="Veri Mühendisi",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        desc="Merhaba Alex,\nVeri Mühendisi pozisyonu için yapacağımız görüşmenin detayları aşağıdadır. Görüşme yaklaşık 45 dakika sürecek; teknik ekip lideri Emre Aydın da katılacak.\nİyi günler,\nLale Yazılım İnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "İK görüşmesi – Lale",
        interview=True,
        company="Lale Yazılım",
        role=None,
        desc="son aşama, maaş beklentisi + başlama tarihi. Zeynep Hanım arayacak.",
        zone="Europe/Istanbul",
    )
    _x(
        "Teknik görüşme – Martı Lojistik",
        interview=True,
        company="Martı Lojistik",
        role="Kıdemli Veri Mühendisi",
        org=("kariyer@martilojistik.com", "Martı Lojistik Kariyer"),
        desc="Kıdemli Veri Mühendisi pozisyonu için teknik görüşme. Katılımcılar: Burak Demir (Veri Platformu Müdürü). Süre: 60 dk.",
        conf=("Zoom Meeting", "https://zoom.us/j/7301948822"),
        zone="Europe/Istanbul",
    )
    _x(
        "Fjordline – samtale med CTO",
        interview=True,
        company="Fjordline",
        role=None,
        org=("ingrid.solberg@fjordline.no", "Ingrid Solberg"),
        desc="Siste samtale: Alex + Knut (CTO). 30 min. Ingen forberedelser nødvendig.",
        meet="meet",
        zone="Europe/Oslo",
    )


def _east_asian() -> None:
    _x(
        "一次面接 – ミナトデータ",
        interview=True,
        company="ミナトデータ株式会社",
        role="データエンジニア",
        org=("saiyo@minato-data.co.jp", "ミナトデータ 採用担当"),
        desc="Alex Rivera 様\n\nこの度はデータエンジニア職にご応募いただき、誠にありがとうございます。一次面接を下記の通り実施いたします。\n所要時間：約60分\n面接官：開発部 部長 佐藤\n\nミナトデータ株式会社 人事部 採用担当 小林",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接",
        interview=True,
        company="ミナトデータ株式会社",
        role=None,
        loc="ミナトデータ株式会社 本社 8F 会議室A（東京都港区芝浦3-9-1）",
        desc="役員2名。受付で「採用面接」と伝える。",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談",
        interview=True,
        company="ソラリス株式会社",
        role="バックエンドエンジニア",
        org=("hr@solaris-kk.jp", "ソラリス株式会社 HR"),
        desc="Alexさん\n\nソラリスのカジュアル面談にお申し込みいただきありがとうございます！選考ではありませんので、お気軽にご参加ください。バックエンドエンジニアのポジションについてエンジニアの田中からお話しします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面接",
        interview=True,
        company=None,
        role=None,
        desc="15分前にログイン",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接（技術）– ソラリス",
        interview=True,
        company="ソラリス株式会社",
        role="バックエンドエンジニア",
        org=("hr@solaris-kk.jp", "ソラリス株式会社 HR"),
        desc="バックエンドエンジニア 二次面接（技術面接）\nライブコーディング 45分 + 質疑応答 15分",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "1차 면접 – 푸른별테크",
        interview=True,
        company="푸른별테크",
        role="데이터 엔지니어",
        org=("recruit@pureunbyeol.kr", "푸른별테크 채용팀"),
        desc="안녕하세요 Alex님,\n푸른별테크 데이터 엔지니어 포지션 1차 면접 일정 안내드립니다.\n- 방식: 화상 면접 (Google Meet)\n- 소요 시간: 약 60분\n- 면접관: 데이터플랫폼팀 팀장 외 1명\n감사합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "임원 면접",
        interview=True,
        company="푸른별테크",
        role=None,
        loc="푸른별테크 본사 12층 (서울 강남구 테헤란로 301)",
        desc="최종. 정장. 신분증 지참",
        zone="Asia/Seoul",
    )
    _x(
        "커피챗 – 다온소프트 채용",
        interview=True,
        company="다온소프트",
        role="백엔드 개발자",
        org=("talent@daonsoft.co.kr", "다온소프트 Talent"),
        desc="다온소프트 백엔드 개발자 포지션 관련 커피챗입니다. 서류 합격 후 진행되는 첫 단계로, 팀 리드가 직접 참여합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "面试 – 云杉科技",
        interview=True,
        company="云杉科技",
        role="数据工程师",
        org=("hr@yunshan-tech.cn", "云杉科技招聘组"),
        desc="Alex 您好：\n感谢您投递云杉科技【数据工程师】岗位。现邀请您参加第一轮线上面试，时长约45分钟，面试官为数据平台部技术负责人。\n祝顺利！",
        conf=("腾讯会议", "https://meeting.tencent.example/dm/YS2024"),
        zone="Asia/Shanghai",
    )
    _x(
        "二面",
        interview=True,
        company="云杉科技",
        role=None,
        org=("hr@yunshan-tech.cn", "云杉科技招聘组"),
        desc="二面：部门总监，重点是系统设计和项目经历。",
        conf=("腾讯会议", "https://meeting.tencent.example/dm/YS2025"),
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 云杉",
        interview=True,
        company="云杉科技",
        role=None,
        desc="谈薪资期望、入职时间",
        zone="Asia/Shanghai",
    )
    _x(
        "技术笔试+面谈 – 星河数智",
        interview=True,
        company="星河数智",
        role="大数据开发工程师",
        org=("campus@xinghe-ai.cn", "星河数智人才招聘"),
        desc="岗位：大数据开发工程师\n形式：现场笔试（60分钟）后与团队负责人面谈\n地址：杭州市西湖区文三路 88 号 星河大厦 5 楼",
        loc="杭州市西湖区文三路 88 号 星河大厦 5 楼",
        zone="Asia/Shanghai",
    )
    _x(
        "一次面接（電話）",
        interview=True,
        company="株式会社ハルカゼ",
        role=None,
        desc="株式会社ハルカゼの人事 山本さんから電話。約20分。",
        zone="Asia/Tokyo",
    )


def _trial_shifts() -> None:
    _x(
        "Trial shift – The Copper Kettle",
        interview=True,
        company="The Copper Kettle",
        role="Line cook",
        loc="The Copper Kettle, 5 Quayside Walk",
        desc="5-10pm. black t-shirt, own knife roll. ask for chef Rowan. trial for the weekend line cook job.",
    )
    _x(
        "Probeschicht Café Sonnendeck",
        interview=True,
        company="Café Sonnendeck",
        role="Barista",
        org=("team@cafe-sonnendeck.de", "Café Sonnendeck"),
        desc="Hi Alex, wie besprochen: Probeschicht als Barista, Samstag 8-12 Uhr. Bring bequeme Schuhe mit! Liebe Grüße, Jana",
        loc="Café Sonnendeck, Uferweg 2",
        zone="Europe/Berlin",
    )
    _x(
        "Journée d'essai – Brasserie du Quai",
        interview=True,
        company="Brasserie du Quai",
        role="Commis de cuisine",
        loc="Brasserie du Quai, 4 quai Saint-Vincent, Lyon",
        desc="essai commis de cuisine, service midi + soir. Tenue fournie, chaussures de sécu à prévoir. Chef : M. Dubreuil.",
        zone="Europe/Paris",
    )
    _x(
        "Trial day – Hollis & Grey",
        interview=True,
        company="Hollis & Grey",
        role="Sales Assistant",
        org=("store214@hollisandgrey.co.uk", "Hollis & Grey Store 214"),
        desc="Hi Alex, thanks for coming in last week. We'd like you to do a paid trial day on the shop floor for the Sales Assistant (weekends) role. Please report to the store manager, Denise, at 9am.",
        loc="Hollis & Grey, 61 High Street",
    )
    _x(
        "Hospitation Station 4B",
        interview=True,
        company="Klinikum Nordheide",
        role="Pflegefachkraft",
        org=("pflege.bewerbung@klinikum-nordheide.de", "Pflegedirektion Klinikum Nordheide"),
        desc="Sehr geehrte*r Alex Rivera,\nwir laden Sie zu einem Hospitationstag auf der Station 4B (Innere Medizin) im Rahmen Ihrer Bewerbung als Pflegefachkraft ein. Bitte melden Sie sich um 6:15 Uhr bei Stationsleitung Frau Petersen. Dienstkleidung wird gestellt.",
        loc="Klinikum Nordheide, Haus B, 4. OG",
        zone="Europe/Berlin",
    )
    _x(
        "Trial shift – Ward 7",
        interview=True,
        company="St Aldric's Hospital",
        role="Healthcare Assistant",
        loc="St Aldric's Hospital, Ward 7 (Elderly Care), Level 2",
        desc="St Aldric's bank HCA trial shift 07:30-15:30. Report to Sister Mbeki. Bring DBS paperwork + ID.",
    )
    _x(
        "Demo lesson – Year 9 maths",
        interview=True,
        company="Westbrook Academy",
        role="Teacher of Mathematics",
        org=("recruitment@westbrookacademy.org.uk", "Westbrook Academy HR"),
        desc="Dear Alex,\nAs part of the selection day for Teacher of Mathematics, you will teach a 30-minute lesson to a Year 9 group (mixed ability, 26 students) on simultaneous equations. Please bring any resources you need; the room has a projector. A student panel and a meeting with the Head will follow.",
        loc="Westbrook Academy, Room M4",
    )
    _x(
        "Probeunterricht Gymnasium am See",
        interview=True,
        company="Gymnasium am See",
        role="Lehrkraft Informatik",
        desc="Probestunde Informatik Klasse 10 (45 min), danach Gespräch mit der Schulleitung. Stelle: Lehrkraft Informatik (Vertretung).",
        loc="Gymnasium am See, Seestraße 20, Raum 112",
        zone="Europe/Berlin",
    )
    _x(
        "Clase de prueba – Colegio Los Almendros",
        interview=True,
        company="Colegio Los Almendros",
        role="Profesor/a de inglés",
        org=("direccion@colegiolosalmendros.es", "Dirección Colegio Los Almendros"),
        desc="Estimado/a Alex:\nLe esperamos para impartir la clase de prueba (4º ESO, 40 minutos) para la plaza de Profesor/a de inglés. Después tendrá una reunión con la jefa de estudios.",
        loc="Colegio Los Almendros, Calle del Olivo 3",
        zone="Europe/Madrid",
    )
    _x(
        "Aula teste – Escola Girassol",
        interview=True,
        company="Escola Girassol",
        role="Professor de programação",
        desc="aula teste de 30 min para a turma do 8º ano (vaga de professor de programação, meio período). Coordenadora Luana.",
        loc="Escola Girassol, Rua das Acácias 210",
        zone="America/Sao_Paulo",
    )
    _x(
        "Workshop trial – Hartwell Joinery",
        interview=True,
        company="Hartwell Joinery",
        role="Apprentice joiner",
        loc="Hartwell Joinery, Unit 6 Brookside Industrial Estate",
        desc="Trial morning in the workshop for the apprentice joiner place. Steel toe caps! Ask for Graham.",
    )
    _x(
        "Proefdag – De Spaak",
        interview=True,
        company="Fietsenmakerij De Spaak",
        role="Fietsenmaker",
        desc="Proefdag in de werkplaats van Fietsenmakerij De Spaak, vacature fietsenmaker (parttime). 9-13u.",
        loc="Fietsenmakerij De Spaak, Oudegracht 98, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Dzień próbny – Piekarnia Złoty Kłos",
        interview=True,
        company="Piekarnia Złoty Kłos",
        role=None,
        loc="Piekarnia Złoty Kłos, ul. Długa 14, Gdańsk",
        desc="start 5:00!! pan Tadeusz",
        zone="Europe/Warsaw",
    )
    _x(
        "Provdag – Nilssons Bilverkstad",
        interview=True,
        company="Nilssons Bilverkstad",
        role="Mekaniker",
        org=("verkstad@nilssonsbil.se", "Nilssons Bilverkstad"),
        desc="Hej Alex! Välkommen på provdag i verkstaden för mekanikertjänsten. Vi börjar 07:00. Arbetskläder finns. /Lars",
        zone="Europe/Stockholm",
    )
    _x(
        "職場体験（選考）– カフェ ひだまり",
        interview=True,
        company="カフェ ひだまり",
        role="ホールスタッフ",
        loc="カフェ ひだまり（渋谷区神南1-2-3）",
        desc="ホールスタッフの選考として3時間の体験勤務。黒いパンツ着用。店長 中村さん。",
        zone="Asia/Tokyo",
    )
    _x(
        "Stage d'essai – Garage Lefort",
        interview=True,
        company="Garage Lefort",
        role=None,
        loc="Garage Lefort, 18 route de Vienne",
        desc="matinée à l'atelier avec M. Lefort avant décision. chaussures de sécu.",
        zone="Europe/Paris",
    )
    _x(
        "Trial shift",
        interview=True,
        company="Bramble & Thyme",
        role="Front of house",
        org=("hello@brambleandthyme.co.uk", "Bramble & Thyme"),
        desc="Hi Alex! Lovely to meet you yesterday. As discussed, come in Friday for a trial shift front of house, 6-10pm. Wear black. - Ottilie, GM, Bramble & Thyme",
        loc="Bramble & Thyme, 22 Orchard Row",
    )
    _x(
        "Lezione di prova – Istituto Manzetti",
        interview=True,
        company="Istituto Manzetti",
        role="Docente di informatica",
        org=("segreteria@istitutomanzetti.it", "Segreteria Istituto Manzetti"),
        desc="Gentile Alex, come concordato la attendiamo per la lezione di prova (classe 3ªB, 50 minuti) per la supplenza di docente di informatica, seguita da un colloquio con la Dirigente.",
        loc="Istituto Manzetti, Via Verdi 12, Torino",
        zone="Europe/Rome",
    )


def _initech_work() -> None:
    _x(
        "Intro call with new vendor",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[
            person("sales@streamforge.example", "Nora Quint (Streamforge)"),
            person("bill.lumbergh@initech.com", "Bill Lumbergh", status="tentative"),
        ],
        desc="Intro to Streamforge (managed CDC). Goals: pricing model, SOC2, Postgres 15 support.",
        conf=("Zoom Meeting", "https://streamforge.zoom.us/j/82000345511"),
    )
    _x(
        "Technical round-table: data contracts",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("eng-guild@initech.com", "Initech Engineering Guild"),
        desc="Monthly technical round-table. This month: data contracts between product teams and the platform. Bring your war stories.",
        loc="Initech HQ, Cafeteria B",
    )
    _x(
        "Final review Q3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Final review of Q3 OKRs before the numbers go to leadership.",
        meet="meet",
    )
    _x(
        "Loop planning",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("samir.nagheenanajar@initech.com", "Samir Nagheenanajar"),
        desc="Plan the feedback loop between support tickets and the data quality backlog.",
    )
    _x(
        "Team lunch – meet the new team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("milton.waddams@initech.com", "Milton Waddams"),
        att=[
            person("joanna.d@initech.com", "Joanna D."),
            person("tom.smykowski@initech.com", "Tom Smykowski"),
        ],
        loc="Chotchkie's, 1 Main St",
        desc="Welcome lunch for the folks joining Data Platform after the reorg.",
    )
    _x(
        "Pairing session – flaky tests",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="pair w/ Michael on the flaky integration tests in ingest-svc",
    )
    _x(
        "System design w/ Priya – event bus",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("priya.s@initech.com", "Priya Shah"),
        desc="Design review for the new event bus (RFC-118). Priya presenting, Alex + Michael reviewing.",
        meet="meet",
    )
    _x(
        "HR round-up: benefits enrolment",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Open enrolment closes Friday. 30 minute walk-through of the new dental plan and pension options.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INIHR/0",
        ),
    )
    _x(
        "Round 2 – budget review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Second round of the FY budget review for Data Platform. Cloud spend line items.",
    )
    _x(
        "Case review – escalations",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="weekly case review with support: open escalations about late dashboards",
    )
    _x(
        "Culture committee chat",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("culture@initech.com", "Initech Culture Committee"),
        desc="Planning the winter social + next quarter's lunch & learns.",
    )
    _x(
        "On-site day – Austin office",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        all_day=True,
        loc="Initech Austin, 400 Congress Ave",
        desc="team on-site: roadmap workshop + dinner. flights booked via Concur.",
    )
    _x(
        "Mid-year check-in",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Mid-year check-in: goals, feedback, growth. Please fill in the self-assessment beforehand.",
    )
    _x(
        "Final conversation with the auditor",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("compliance@initech.com", "Initech Compliance"),
        desc="Closing meeting with the external SOX auditor re: data retention controls.",
    )
    _x(
        "Screening: Q3 all-hands recording",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        loc="Auditorium",
        desc="For the people who missed the all-hands. Popcorn provided.",
    )
    _x(
        "Take-home exam proctoring – cert prep",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Internal cloud certification practice exam, company-sponsored.",
    )
    _x(
        "Meet the team – Lisbon",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ana.correia@initech.com", "Ana Correia"),
        desc="Intro between the Data Platform team and the new Lisbon analytics team. 15 min each side + Q&A.",
        meet="meet",
    )
    _x(
        "Superday prep – hackathon",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Initech 'hack superday' - set up the repo and team channels",
    )
    _x(
        "Coffee chat w/ Dana from Finance",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.kim@initech.com", "Dana Kim"),
        desc="Dana wants to understand how the revenue dashboard is computed.",
    )
    _x(
        "1:1 Peter / Alex",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="weekly",
    )
    _x(
        "Exit interview",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Exit interview for Alex Rivera. 30 minutes with your HR Business Partner. Your feedback is confidential.",
    )
    _x(
        "Vendor final pitch – Lakehouse options",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Final round of vendor presentations (3 x 30 min). Scoring sheet in the drive.",
    )


def _alex_interviews_others() -> None:
    _x(
        "Technical round 2 – candidate Mei Lin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("mei.lin.candidate@gmail.com", "Mei Lin")],
        desc="You are interviewing: Mei Lin for Data Engineer II (req INI-3042).\nFocus area: SQL and data modelling.\nPlease submit scorecard within 24h.",
        meet="meet",
    )
    _x(
        "Take-home review – candidate #4471",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Review the submitted take-home (link in the ATS) and leave feedback for the hiring panel by Thursday.",
    )
    _x(
        "Debrief: Senior DE loop",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Hiring debrief for the Senior Data Engineer candidate (R. Osei). All interviewers please attend.",
    )
    _x(
        "Bar raiser training",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent-learning@initech.com", "Initech Talent Learning"),
        desc="Training for new bar raisers: calibration, avoiding bias, writing good feedback.",
    )
    _x(
        "Pairing session w/ candidate",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Interviewer: Alex Rivera. Candidate: Jonah Abara. Pairing exercise (ingest-kata repo). 60 min.",
        meet="meet",
    )
    _x(
        "Phone screen – candidates (block)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="3 phone screens back to back for the analyst role. Candidates' CVs in the hiring folder.",
    )
    _x(
        "Hiring committee",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Weekly hiring committee. Packets: 2 x DE II, 1 x Staff.",
    )
    _x(
        "Meet the team – candidate lunch",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Take our final-round candidate (Sofía Marín) to lunch. You're one of the hosts; informal but please share impressions afterwards.",
        loc="Initech HQ lobby",
    )
    _x(
        "Vorstellungsgespräch – Bewerberin Kaya (ich führe)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="ich sitze mit Tom im Gespräch mit Frau Kaya, Werkstudentin Data. Fragebogen vorbereiten.",
        zone="Europe/Berlin",
    )
    _x(
        "Culture add chat – interviewer: Alex",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="You have been scheduled to conduct the culture add conversation with candidate Pavel Horak. Guide attached.",
    )
    _x(
        "Interviewer shadowing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="shadow Priya on a system design round (I'm observing, not asking)",
    )
    _x(
        "Mock loop for Tom",
        interview=False,
        company=None,
        role=None,
        desc="Tom's got his big loop next week; I play the hiring manager. My place, pizza.",
    )


def _sales_and_vendors() -> None:
    _x(
        "Intro call – Sunvale Solar quote",
        interview=False,
        company=None,
        role=None,
        org=("advisor@sunvalesolar.example", "Greg (Sunvale Solar)"),
        desc="Thanks for requesting a quote! In this intro call your energy advisor will go over your roof, usage and financing options.",
        meet="meet",
    )
    _x(
        "Discovery call – Rankwell SEO",
        interview=False,
        company=None,
        role=None,
        org=("hello@rankwell.example", "Rankwell"),
        desc="Discovery call about SEO for your blog. 20 minutes, no obligation.",
        conf=("Zoom Meeting", "https://zoom.us/j/6630021145"),
    )
    _x(
        "Mortgage broker – first chat",
        interview=False,
        company=None,
        role=None,
        desc="Ellie from Keystone Mortgages. Bring payslips + bank statements (3 months).",
    )
    _x(
        "Technical deep-dive with prospect Harbor Freightways",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kate.sales@initech.com", "Kate Morales"),
        att=[person("it@harborfreightways.example", "Harbor Freightways IT")],
        desc="Sales needs an engineer on this call to answer integration questions for the prospect. 45 min.",
        meet="meet",
    )
    _x(
        "Demo – Tidytab (expense app)",
        interview=False,
        company=None,
        role=None,
        org=("demo@tidytab.example", "Tidytab Sales"),
        desc="Your personalised Tidytab demo. See how teams close expenses 3x faster.",
        meet="meet",
    )
    _x(
        "Kitchen fitter – quote visit",
        interview=False,
        company=None,
        role=None,
        loc="home",
        desc="Oakline Kitchens measuring up. 2h window.",
    )
    _x(
        "Call – insurance renewal",
        interview=False,
        company=None,
        role=None,
        desc="call Brightside Insurance re car renewal, ref BX-77120",
    )
    _x(
        "Renewal negotiation – Streamforge",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="final round of negotiation on the Streamforge contract with procurement",
    )
    _x(
        "Financial advisor – pension review",
        interview=False,
        company=None,
        role=None,
        org=("j.amadi@ledgerlane-advice.example", "Joseph Amadi"),
        desc="Annual review of your pension and ISA. 45 minutes.",
    )
    _x(
        "Estate agent valuation",
        interview=False,
        company=None,
        role=None,
        desc="Fenwick & Co coming round to value the flat",
    )


def _friends_dates_language() -> None:
    _x(
        "coffee w/ Sam",
        interview=False,
        company=None,
        role=None,
        loc="Little Fern Coffee",
        desc="2nd date!! don't talk about work the whole time",
    )
    _x(
        "Coffee with Jonas",
        interview=False,
        company=None,
        role=None,
        loc="Kaffebar Ljus",
        desc="his birthday week - bring the book",
    )
    _x(
        "Drinks w/ Dana & Priya",
        interview=False,
        company=None,
        role=None,
        loc="The Tin Lantern",
    )
    _x(
        "date – Noor",
        interview=False,
        company=None,
        role=None,
        loc="Vinoteca Sal, 9 Mercer St",
    )
    _x(
        "Meet Sam's parents",
        interview=False,
        company=None,
        role=None,
        desc="Sunday lunch. flowers + wine. her dad supports Riverside FC",
    )
    _x(
        "conversa – prática de português com Beatriz",
        interview=False,
        company=None,
        role=None,
        desc="Tandem: 30 min português, 30 min inglês. Tema: viagens.",
        meet="meet",
    )
    _x(
        "Tandem – Kennenlernen mit Lotte",
        interview=False,
        company=None,
        role=None,
        loc="Sprachcafé Babel",
        desc="erstes Treffen mit meiner Tandempartnerin (sie lernt Englisch, ich Deutsch)",
    )
    _x(
        "Intercambio con Lucía",
        interview=False,
        company=None,
        role=None,
        loc="Bar El Faro",
        desc="español/inglés, cada semana",
    )
    _x(
        "日本語会話レッスン",
        interview=False,
        company=None,
        role=None,
        desc="italki, 先生: ゆき. 面接の練習じゃなくて旅行の会話",
    )
    _x(
        "Catch-up call w/ Marta",
        interview=False,
        company=None,
        role=None,
        desc="she moved to Lisbon, just catching up",
        meet="meet",
    )
    _x(
        "WG-Casting Friedrichstraße",
        interview=False,
        company=None,
        role=None,
        loc="Friedrichstraße 120, 3. OG links",
        desc="Zimmer 18qm, 3er WG. Die wollen alle Bewerber:innen kennenlernen.",
        zone="Europe/Berlin",
    )
    _x(
        "Flat viewing – Elm St",
        interview=False,
        company=None,
        role=None,
        loc="14 Elm Street, Flat 3",
        desc="landlord wants to 'meet the tenants' first. bring references.",
    )
    _x(
        "Brunch – the uni lot",
        interview=False,
        company=None,
        role=None,
        loc="Honey & Rye",
    )
    _x(
        "Wedding – final fitting",
        interview=False,
        company=None,
        role=None,
        loc="Atelier Rosa",
    )
    _x(
        "Housewarming – meet the new neighbours",
        interview=False,
        company=None,
        role=None,
        desc="Ben & Oli at no. 12",
    )
    _x(
        "coffee with Jonas (Brightwave) – just catching up",
        interview=False,
        company=None,
        role=None,
        desc="no job talk this time, he just had a baby. bring a gift",
    )
    _x(
        "Book club – final chapters",
        interview=False,
        company=None,
        role=None,
        loc="Maya's place",
    )
    _x(
        "Call mum",
        interview=False,
        company=None,
        role=None,
    )


def _health_school_home() -> None:
    _x(
        "Dentist – Dr. Okoye",
        interview=False,
        company=None,
        role=None,
        loc="Parkside Dental, 3 Linden Rd",
        desc="6-month check-up + hygienist",
    )
    _x(
        "Zahnarzt Kontrolle",
        interview=False,
        company=None,
        role=None,
        loc="Praxis Dr. Wendt, Schillerstraße 8",
        zone="Europe/Berlin",
    )
    _x(
        "RDV médecin traitant",
        interview=False,
        company=None,
        role=None,
        loc="Cabinet médical des Lilas",
        desc="renouvellement ordonnance + certificat sport",
        zone="Europe/Paris",
    )
    _x(
        "Health screening",
        interview=False,
        company=None,
        role=None,
        loc="City Health Clinic",
        desc="annual health screening - fasting from midnight!",
    )
    _x(
        "Physio round 2",
        interview=False,
        company=None,
        role=None,
        loc="Motion Physio",
        desc="knee, 2nd block of sessions",
    )
    _x(
        "Eye test",
        interview=False,
        company=None,
        role=None,
        loc="Clearview Opticians",
    )
    _x(
        "Parents' evening – Mr Hale (Year 5)",
        interview=False,
        company=None,
        role=None,
        org=("office@oakfieldprimary.example", "Oakfield Primary School"),
        desc="Your 10-minute appointment with Mr Hale to discuss Leo's progress.",
        loc="Oakfield Primary, Classroom 5H",
    )
    _x(
        "Elternabend 3b",
        interview=False,
        company=None,
        role=None,
        loc="Grundschule am Park, Raum 3b",
        desc="Klassenfahrt + Elternvertreter wählen",
        zone="Europe/Berlin",
    )
    _x(
        "School tour + meet the head",
        interview=False,
        company=None,
        role=None,
        loc="Riverside Secondary",
        desc="open evening for Year 7 admissions - for Leo, next year",
    )
    _x(
        "Vet – Biscuit jabs",
        interview=False,
        company=None,
        role=None,
        loc="Hillcrest Vets",
    )
    _x(
        "Boiler service",
        interview=False,
        company=None,
        role=None,
        desc="Warmflow engineer 8-12 window",
    )
    _x(
        "Blood test",
        interview=False,
        company=None,
        role=None,
        loc="Surgery, nurse room 2",
    )
    _x(
        "Therapy",
        interview=False,
        company=None,
        role=None,
        desc="weekly w/ Hannah",
        meet="meet",
    )
    _x(
        "Teacher meeting – Leo's reading",
        interview=False,
        company=None,
        role=None,
        org=("ms.carter@oakfieldprimary.example", "Ms Carter"),
        desc="Quick chat about Leo's reading plan. 15 min after pickup.",
    )
    _x(
        "Haircut",
        interview=False,
        company=None,
        role=None,
        loc="Fade Room",
    )
    _x(
        "Council tax appeal – phone hearing",
        interview=False,
        company=None,
        role=None,
        desc="valuation tribunal phone hearing, case ref VT/2291",
    )


def _sports_gaming() -> None:
    _x(
        "Cup final – Riverside FC v Harbour Town",
        interview=False,
        company=None,
        role=None,
        loc="Millfield Stadium",
        desc="tickets on phone, block C",
    )
    _x(
        "Squash league – round 2",
        interview=False,
        company=None,
        role=None,
        loc="Westside Courts, court 3",
        desc="vs Ahmed",
    )
    _x(
        "Chess club – round 2",
        interview=False,
        company=None,
        role=None,
        loc="Library hall",
        desc="rapid tournament, 15+10",
    )
    _x(
        "Raid night – final boss",
        interview=False,
        company=None,
        role=None,
        desc="discord, bring flasks. Keeper's Vault hardmode",
    )
    _x(
        "Scrim vs Team Quokka",
        interview=False,
        company=None,
        role=None,
        desc="bo3, be online 15 min before",
    )
    _x(
        "Pub quiz – league final",
        interview=False,
        company=None,
        role=None,
        loc="The Fox & Anchor",
    )
    _x(
        "Padel – segunda ronda torneo",
        interview=False,
        company=None,
        role=None,
        loc="Club Padel Norte, pista 2",
        zone="Europe/Madrid",
    )
    _x(
        "Tennis Halbfinale Vereinsmeisterschaft",
        interview=False,
        company=None,
        role=None,
        loc="TC Blau-Weiß, Platz 4",
        zone="Europe/Berlin",
    )
    _x(
        "Probetraining Volleyball",
        interview=False,
        company=None,
        role=None,
        loc="Sporthalle Nord",
        desc="Hobby-Mixed-Team, Probetraining für neue Mitglieder",
        zone="Europe/Berlin",
    )
    _x(
        "Climbing – on-site comp",
        interview=False,
        company=None,
        role=None,
        loc="Crux Climbing Centre",
        desc="bouldering league, on-sight round",
    )
    _x(
        "Trial class – aerial yoga",
        interview=False,
        company=None,
        role=None,
        loc="Studio Loft",
        desc="first class free",
    )
    _x(
        "Fantasy draft – meet the league",
        interview=False,
        company=None,
        role=None,
        desc="new league w/ Initech people, draft order random",
    )
    _x(
        "Board game night",
        interview=False,
        company=None,
        role=None,
        loc="Dice & Slice",
    )
    _x(
        "Half marathon – bib pickup",
        interview=False,
        company=None,
        role=None,
        loc="Expo hall, Riverside Park",
    )


def _networking_prep_misc() -> None:
    _x(
        "Informational chat – Leon @ Brightwave",
        interview=False,
        company=None,
        role=None,
        desc="I asked him for this: how their data team is organised, what a typical week looks like. Not applying for anything (yet).",
        meet="meet",
    )
    _x(
        "Coffee with Maya (ex-colleague, now at Lumio)",
        interview=False,
        company=None,
        role=None,
        loc="Little Fern Coffee",
        desc="catch up, she left Initech in spring",
    )
    _x(
        "Mentoring – Ruth",
        interview=False,
        company=None,
        role=None,
        desc="monthly mentoring call (she mentors me via the DataWomen+ programme)",
        meet="meet",
    )
    _x(
        "Data Eng Night – networking",
        interview=False,
        company=None,
        role=None,
        loc="Foundry Co-working, 2 Lark Lane",
        desc="meetup: 2 talks + pizza + networking",
    )
    _x(
        "Alumni coffee – class of '15",
        interview=False,
        company=None,
        role=None,
        loc="Uni Union Bar",
    )
    _x(
        "Chat w/ founder of Tidepool Maps (advice)",
        interview=False,
        company=None,
        role=None,
        desc="she offered to look at my side project; advice on pricing. not a job thing.",
        meet="meet",
    )
    _x(
        "Career coach – mock interview",
        interview=False,
        company=None,
        role=None,
        org=("coach@stridecareers.example", "Helena Ward"),
        desc="Mock behavioural round + feedback. Bring your 5 STAR stories.",
        conf=("Zoom Meeting", "https://zoom.us/j/4410037782"),
    )
    _x(
        "Mock system design w/ Ben",
        interview=False,
        company=None,
        role=None,
        desc="practice for Tessellate. Ben plays interviewer, 45 min + feedback.",
        meet="meet",
    )
    _x(
        "Prep: NW final",
        interview=False,
        company=None,
        role=None,
        desc="re-read Dana's notes, questions for VP, review dbt tests story",
    )
    _x(
        "Send thank-you note to Fjordline",
        interview=False,
        company=None,
        role=None,
        desc="reminder: email Ingrid + Ola",
    )
    _x(
        "Podcast recording – Data Dialogues",
        interview=False,
        company=None,
        role=None,
        org=("host@datadialogues.example", "Kofi Mensah"),
        desc="Thanks for agreeing to be a guest! We'll talk about migrating a legacy warehouse. 45 min recording, Riverside link below.",
        loc="https://riverside.example/studio/datadialogues",
    )
    _x(
        "Visa appointment – consulate",
        interview=False,
        company=None,
        role=None,
        loc="Consulate General, 20 Embassy Row",
        desc="bring passport, DS-160 confirmation, photos",
    )
    _x(
        "Referral chat – Tom applying to Initech",
        interview=False,
        company=None,
        role=None,
        desc="tell Tom about the team before I refer him",
    )
    _x(
        "User research session – Lumio app",
        interview=False,
        company=None,
        role=None,
        org=("research@lumio.app", "Lumio Research"),
        desc="Thanks for signing up to help us improve Lumio! 45 minute session with our UX researcher. You'll receive a £40 voucher.",
        meet="meet",
    )
    _x(
        "LinkedIn Live: 'How I got hired' panel (speaker)",
        interview=False,
        company=None,
        role=None,
        desc="I'm on the panel talking about switching jobs. moderator: Reza",
    )
    _x(
        "Apply: Kitewire + Halcyon deadlines",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="finish cover letters",
    )
    _x(
        "Offer call debrief with Marta",
        interview=False,
        company=None,
        role=None,
        desc="talk through the Northwind offer vs staying at Initech, Marta has opinions",
    )


def _foreign_lookalikes() -> None:
    _x(
        "Mitarbeitergespräch",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        desc="Jährliches Mitarbeitergespräch: Zielvereinbarung, Feedback, Weiterbildung.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien chaudière",
        interview=False,
        company=None,
        role=None,
        desc="technicien ChauffoPlus entre 8h et 12h",
        zone="Europe/Paris",
    )
    _x(
        "Entretien annuel",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rh.france@initech.com", "RH Initech France"),
        desc="Votre entretien annuel d'évaluation avec votre manager.",
        zone="Europe/Paris",
    )
    _x(
        "RDV banque – conseiller",
        interview=False,
        company=None,
        role=None,
        loc="Agence Crédit du Rhône, 5 place Bellecour",
        desc="prêt immo",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista consular",
        interview=False,
        company=None,
        role=None,
        loc="Consulado, Av. Reforma 305",
        desc="visado de trabajo para el viaje de marzo - llevar pasaporte y carta de Initech",
        zone="America/Mexico_City",
    )
    _x(
        "entrevista p/ jornal do bairro",
        interview=False,
        company=None,
        role=None,
        desc="a Beatriz escreve para o jornal local e vai me entrevistar sobre a horta comunitária",
        zone="America/Sao_Paulo",
    )
    _x(
        "colloquio con i professori – Leo",
        interview=False,
        company=None,
        role=None,
        loc="Scuola primaria Collodi",
        desc="ricevimento genitori, prof.ssa Bianchi",
        zone="Europe/Rome",
    )
    _x(
        "functioneringsgesprek",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="jaarlijks gesprek met Peter, zelfevaluatie invullen",
        zone="Europe/Amsterdam",
    )
    _x(
        "oefen-sollicitatiegesprek met Joost",
        interview=False,
        company=None,
        role=None,
        desc="Joost speelt recruiter, ik oefen mijn Nederlands voor gesprekken",
        zone="Europe/Amsterdam",
    )
    _x(
        "utvecklingssamtal – Leo",
        interview=False,
        company=None,
        role=None,
        loc="Skolan, klassrum 3",
        desc="med klassläraren Anna",
        zone="Europe/Stockholm",
    )
    _x(
        "rozmowa z wychowawczynią",
        interview=False,
        company=None,
        role=None,
        desc="wywiadówka, klasa 2b",
        zone="Europe/Warsaw",
    )
    _x(
        "Vize mülakatı – konsolosluk",
        interview=False,
        company=None,
        role=None,
        loc="Başkonsolosluk, Kat 2",
        desc="pasaport + banka dökümü",
        zone="Europe/Istanbul",
    )
    _x(
        "三者面談",
        interview=False,
        company=None,
        role=None,
        loc="第一小学校 3年2組",
        desc="担任の先生とレオの面談",
        zone="Asia/Tokyo",
    )
    _x(
        "面接官トレーニング",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr.jp@initech.com", "Initech Japan 人事"),
        desc="新任面接官向け研修（評価基準・質問例）",
        zone="Asia/Tokyo",
    )
    _x(
        "동생 면접 준비 도와주기",
        interview=False,
        company=None,
        role=None,
        desc="민지 모의 면접 해주기, 영상통화",
        zone="Asia/Seoul",
    )
    _x(
        "帮表弟模拟面试",
        interview=False,
        company=None,
        role=None,
        desc="微信视频，陪他练二面的问题",
        zone="Asia/Shanghai",
    )
    _x(
        "Probetraining Kung-Fu",
        interview=False,
        company=None,
        role=None,
        loc="Wushu Schule Mitte",
        zone="Europe/Berlin",
    )
