# ruff: noqa: E501 -- data: event texts as written
"""Calendar events by an independent author (round 13, author13b): naming the right employer.

About 170 events (about 130 of Alex's own interviews, about 40 look-alikes) built around
the question "who would Alex actually work for?":

- the employer written in one place only: the organizer's display name, the first line
  of the description, a signature, the location, the host of a conference link, a
  parenthesis in the title, or only an e-mail domain that differs from the name
  (rb.com, abinbev.com, gs.com, bbva.com, mercadolibre.com, ing.com, fb.com, db.com, ms.com);
- several candidate names at once: scheduling tools (Calendly, GoodTime, ModernLoop,
  Microsoft Bookings, Cronofy), ATS senders (Greenhouse, Lever, Workday, Ashby, Teamtailor,
  Personio, SmartRecruiters, iCIMS, HERP, Moka, Huntflow, Greeting), assessment platforms
  (HackerRank, CodeSignal, Codility, HireVue, Karat on behalf of a client or of an unnamed
  one), staffing agencies and RPOs (Hays, Randstad, Michael Page, Robert Half, Adecco,
  Cielo, Allegis/Aerotek) with and without a named client, the agency as the employer,
  the video service (and Zoom / Microsoft / Cisco as employers on their own tools),
  group vs brand (Unilever/Dove, Alphabet/Google/Waymo, Inditex/Zara, LVMH/Sephora),
  subsidiaries (Bosch Rexroth, Siemens Energy, Siemens Mobility, Porsche Digital, CARIAD),
  and tool vendors that are themselves the employer (Personio, Greenhouse, GoodTime, HackerRank);
- names that are hard to cut: long German names (GIZ), "&", "and", "y", "et", "de",
  "van", "von", legal forms (GmbH, AG, S.A., SAS, B.V., S.p.A., Sp. z o.o., KK,
  Pty Ltd, LLC, plc), digits (3M, 1&1, 24i, N26, 23andMe, 37signals, 7-Eleven),
  common-word brands (Apple, Monzo, Bolt, Notion, Wise, Linear, Visa, Indeed, Shell,
  Orange, Ramp), non-Latin scripts (Japanese, Korean, Chinese, Russian, Arabic, Greek,
  Hebrew), and titles where the company runs into other words;
- look-alikes that name companies: vendor demos, sales calls, customer meetings on the
  Initech work calendar, interviews Alex conducts, webinars hosted by companies, career
  fair slots, coffee chats without a selection purpose, podcast/radio/press recordings,
  mock interviews, coaching, exams, a film and a book club.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author13b", **kw)


def build() -> None:
    _display_name_only()
    _description_first_line()
    _signature_only()
    _location_only()
    _conference_host_only()
    _title_parentheses()
    _domain_only()
    _scheduling_tools()
    _ats_senders()
    _assessment_platforms()
    _agencies_and_rpos()
    _video_services()
    _groups_brands_subsidiaries()
    _long_and_joined_names()
    _legal_forms_and_digits()
    _common_word_brands()
    _non_latin_scripts()
    _company_runs_into_words()
    _lookalikes_work_calendar()
    _lookalikes_personal()


# --------------------------------------------------------------------------------------
# Employer written in exactly one place
# --------------------------------------------------------------------------------------


def _display_name_only() -> None:
    _x(
        "Phone screen (30 min)",
        interview=True,
        company="Monzo",
        role=None,
        org=("no-reply@ashbyhq.com", "Monzo Recruiting"),
        desc="Hi Alex,\n\nLooking forward to our chat! We'll talk through your background, what you're looking for next and answer any questions about the team.\n\nI'll call you on the number you shared in your application.\n\nSpeak soon",
        zone="Europe/London",
    )
    _x(
        "Chat with Alex re: ops opening",
        interview=True,
        company="Bolt",
        role="Senior Operations Manager",
        org=("lucia.fernandez.talent@outlook.com", "Lucía Fernández (Bolt)"),
        desc="Recruiter call about the Senior Operations Manager opening in Tallinn. 30 minutes, first step of the process. I'll send the Google Meet link in this invite.",
        meet="meet",
        zone="Europe/Tallinn",
    )
    _x(
        "Hiring manager conversation",
        interview=True,
        company="Notion",
        role=None,
        org=("invites@schedule.goodtime.io", "Notion Talent Team"),
        att=[person("k.osei@goodtime-relay.io", "Kwame Osei")],
        desc="You'll be meeting Kwame, who leads the team you applied to. This is a conversational interview, no preparation needed beyond reviewing the job description.\n\nScheduled with GoodTime.",
        conf=("Zoom Meeting", "https://zoom.us/j/93011482277"),
        zone="America/Los_Angeles",
    )
    _x(
        "First interview — Alex R.",
        interview=True,
        company="Siemens Energy",
        role=None,
        org=("recruiting-noreply@myworkdayjobs.com", "Siemens Energy Recruiting"),
        desc="Dear Alex Rivera,\n\nthank you for your application. We would like to invite you to a first interview via Microsoft Teams.\n\nBest regards\nTalent Acquisition",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2YzM4",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Colloquio conoscitivo",
        interview=True,
        company="Ferrero",
        role=None,
        org=("m.rossi.hr@libero.it", "Marco Rossi – Ferrero HR"),
        desc="Gentile Alex,\n\ncome da accordi telefonici le confermo il colloquio conoscitivo di 45 minuti. Le invierò il link Teams il giorno prima.\n\nCordiali saluti\nMarco Rossi",
        zone="Europe/Rome",
    )
    _x(
        "Video interview – next steps",
        interview=True,
        company="Kry",
        role=None,
        org=("noreply@teamtailor-mail.com", "Kry Talent Team"),
        desc="Hi Alex!\n\nThanks for booking a time. In this video interview you'll meet two people from the product team. Join via the link below at the scheduled time.\n\n— Sent via Teamtailor",
        conf=("Google Meet", "https://meet.google.com/xqe-ruvz-npa"),
        zone="Europe/Stockholm",
    )


def _description_first_line() -> None:
    _x(
        "Interview – Hydraulics Application Engineer",
        interview=True,
        company="Bosch Rexroth",
        role="Hydraulics Application Engineer",
        org=("noreply@successfactors.eu", "SAP SuccessFactors"),
        desc="Bosch Rexroth AG | Talent Acquisition Lohr am Main\n\nDear Mr Rivera,\n\nwe are pleased to invite you to an interview for the position Hydraulics Application Engineer. The conversation will be held with the hiring manager and a colleague from HR.\n\nPlease bring your certificates.",
        loc="Zum Eisengießer 1, 97816 Lohr am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Second interview – Data Analyst",
        interview=True,
        company="Vattenfall",
        role="Data Analyst",
        desc="Vattenfall AB – Recruitment\nSecond interview, 60 min, with the analytics lead and one team member. Case discussion in the second half — they'll share a small dataset on screen.\nContact: Ingrid, +46 8 739 50 00",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ5MjEx",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Technical conversation (60 min)",
        interview=True,
        company="Zühlke Engineering",
        role=None,
        org=("scheduling@recruitee.com", "Recruitee"),
        desc="<p><b>Zühlke Engineering GmbH</b></p><p>Hello Alex,</p><p>thanks again for your interest. In this technical conversation two of our consultants will walk through a past project of yours and a short architecture exercise.</p><p>See you soon!</p>",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Case interview – round 1",
        interview=True,
        company="Roland Berger",
        role=None,
        org=("calendar@cronofy-mail.com", "Scheduler"),
        desc="Roland Berger – Recruiting Team Munich\n\nRound 1 consists of two back-to-back case interviews (45 min each) with a Project Manager and a Principal. A calculator is not needed; paper and pen are welcome.",
        loc="Sederanger 1, 80538 München",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch zur Stelle Softwareentwickler Lohnabrechnung",
        interview=True,
        company="DATEV",
        role="Softwareentwickler Lohnabrechnung",
        desc="DATEV eG · Personalgewinnung\n\nHallo Alex,\n\nwie besprochen das Kennenlerngespräch mit Frau Brandl (Teamleitung) und Herrn Kaya (Personal). Dauer ca. 60 Minuten.\n\nViele Grüße",
        loc="Paumgartnerstraße 6–14, 90429 Nürnberg",
        zone="Europe/Berlin",
    )


def _signature_only() -> None:
    _x(
        "Follow-up conversation",
        interview=True,
        company="Wise",
        role=None,
        desc="Hi Alex,\n\nGreat speaking last week — the team would love to continue. This follow-up is a 45-minute conversation with the engineering manager about how you approach ownership and incidents.\n\nBest,\nMarta Kowalczyk\nTalent Partner, Wise\nShoreditch, London",
        conf=("Google Meet", "https://meet.google.com/hbd-kqfw-tzu"),
        zone="Europe/London",
    )
    _x(
        "Entretien avec l'équipe produit",
        interview=True,
        company="Doctolib",
        role=None,
        org=("sophie.lambert.recrut@gmail.com", "Sophie Lambert"),
        desc="Bonjour Alex,\n\nJe vous confirme votre entretien avec l'équipe produit (Head of Product + PM senior).\n\nBien à vous,\n\nSophie Lambert\nTalent Acquisition Partner\nDoctolib SAS | 54 quai Charles Pasqua, 92300 Levallois-Perret",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Pairing session w/ Tom",
        interview=True,
        company="Linear",
        role=None,
        desc="Hey Alex — this is the paid work-trial kickoff pairing session we talked about. Bring your laptop with the repo cloned.\n\nCheers,\nTom\nEngineering Manager @ Linear",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84412093310"),
        zone="America/New_York",
    )
    _x(
        "Entrevista – Jefe de Proyecto BIM",
        interview=True,
        company="Fomento de Construcciones y Contratas",
        role="Jefe de Proyecto BIM",
        org=("seleccion.madrid@gmail.com", "Selección"),
        desc="Estimado Alex:\n\nLe confirmamos la entrevista presencial para el puesto de Jefe de Proyecto BIM.\n\nSaludos,\nCarmen Ruiz\nSelección y Desarrollo\nFomento de Construcciones y Contratas, S.A.\nAvda. Camino de Santiago 40, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Kennismakingsgesprek",
        interview=True,
        company="Van Oord",
        role=None,
        org=("d.devries.recruit@hotmail.com", "Daan de Vries"),
        desc="Hoi Alex,\n\nFijn dat je tijd hebt voor een eerste kennismaking over de functie in het offshore wind team.\n\nGroeten,\nDaan de Vries | Recruiter | Van Oord\nSchaardijk 211, Rotterdam",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTE4ZmQ0",
        ),
        zone="Europe/Amsterdam",
    )


def _location_only() -> None:
    _x(
        "On-site interview",
        interview=True,
        company="Siemens Healthineers",
        role=None,
        desc="Report to the visitor desk 15 min early. Two interviews back to back, then lunch with the team. Bring passport for the visitor badge.",
        loc="Siemens Healthineers, Henkestraße 127, 91052 Erlangen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview 10:00 – bring ID",
        interview=True,
        company="Boehringer Ingelheim",
        role=None,
        desc="Gate 2, ask for Dr. Hoffmann. Panel of three. Presentation of my thesis work (15 min) then questions.",
        loc="Boehringer Ingelheim, Binger Str. 173, 55218 Ingelheim am Rhein",
        zone="Europe/Berlin",
    )
    _x(
        "Final round in person",
        interview=True,
        company="3M",
        role=None,
        desc="Four 45-minute conversations incl. the site director. Business casual. Parking in lot C.",
        loc="3M Center, Building 220, 2501 Hudson Rd, Maplewood, MN 55144",
        zone="America/Chicago",
    )
    _x(
        "Assessment centre day",
        interview=True,
        company="Marks and Spencer",
        role=None,
        org=("graduates@tal.net", "Graduate Recruitment"),
        desc="Your assessment centre includes a group exercise, a one-to-one interview with a senior manager and a short presentation. Lunch provided. Please arrive by 08:45.",
        loc="Marks and Spencer, Waterside House, 35 North Wharf Road, London W2 1NW",
        zone="Europe/London",
    )
    _x(
        "Panel – room to be confirmed at reception",
        interview=True,
        company="Caisse de dépôt et placement du Québec",
        role=None,
        desc="Panel interview with three members of the private equity team. Ask for Geneviève at the reception on the ground floor.",
        loc="Caisse de dépôt et placement du Québec, 1000 place Jean-Paul-Riopelle, Montréal, QC H2Z 2B3",
        zone="America/Toronto",
    )


def _conference_host_only() -> None:
    _x(
        "Technical interview (45 min)",
        interview=True,
        company="Rakuten",
        role=None,
        org=("noreply@talentio.com", "Talentio"),
        desc="Live coding in your preferred language followed by 10 minutes of questions for the interviewer. Please test your camera and microphone in advance.",
        conf=("Zoom Meeting", "https://rakuten.zoom.us/j/98812003455?pwd=cmFrdXRlbg"),
        zone="Asia/Tokyo",
    )
    _x(
        "Coding round with two engineers",
        interview=True,
        company="ING",
        role=None,
        desc="Pair programming exercise (Java or Kotlin). Two engineers from the tribe will join. Join from the link; you will be placed in the lobby until we start.",
        conf=("Webex", "https://ing.webex.com/meet/recruitment.amsterdam"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Video interview – Product Designer",
        interview=True,
        company="Canva",
        role="Product Designer",
        desc="Portfolio walkthrough (30 min) and a conversation with a Design Lead (30 min).",
        conf=("Zoom Meeting", "https://canva.zoom.us/j/81234009876"),
        zone="Australia/Sydney",
    )
    _x(
        "Meet the team – 2nd stage",
        interview=True,
        company="N26",
        role=None,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="Second stage: 45 minutes with two future teammates. Use the room link below — no install needed.",
        conf=("Whereby", "https://whereby.com/n26-talent-berlin"),
        zone="Europe/Berlin",
    )


def _title_parentheses() -> None:
    _x(
        "Final round (Ocado Technology)",
        interview=True,
        company="Ocado Technology",
        role=None,
        desc="Three sessions: system design, behavioural, and a conversation with the Director of Engineering. Lunch break between session 2 and 3.",
        loc="Buildings One & Two, Trident Place, Hatfield AL10 9UL",
        zone="Europe/London",
    )
    _x(
        "Panel interview — Product Analyst (Revolut)",
        interview=True,
        company="Revolut",
        role="Product Analyst",
        desc="Panel with a Product Owner and a Data Lead. Expect SQL questions and a product sense case.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Take-home review (Picnic)",
        interview=True,
        company="Picnic",
        role=None,
        desc="Walk through your take-home assignment with two engineers; they'll ask you to extend it live for ~20 minutes.",
        conf=("Google Meet", "https://meet.google.com/pic-nqxe-wvr"),
        zone="Europe/Amsterdam",
    )
    _x(
        "System design – 2nd technical (Allegro)",
        interview=True,
        company="Allegro",
        role=None,
        desc="Rozmowa techniczna – projektowanie systemu. 60 min. Prowadzący: Piotr i Agnieszka.",
        conf=("Google Meet", "https://meet.google.com/alg-rtwd-ksy"),
        zone="Europe/Warsaw",
    )


def _domain_only() -> None:
    _x(
        "Interview: Alex Rivera / Tatiana",
        interview=True,
        company="Reckitt",
        role="Category Manager",
        org=("tatiana.marsh@rb.com", "Tatiana Marsh"),
        desc="Hi Alex, as discussed, here is the invite for our conversation about the category manager opening. Teams link below.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmIuY29t",
        ),
        zone="Europe/London",
    )
    _x(
        "Conversation with Alex Rivera – Global Procurement",
        interview=True,
        company="AB InBev",
        role="Procurement Analyst",
        org=("pieter.claes@abinbev.com", "Pieter Claes"),
        att=[person("ana.souza@ab-inbev.com", "Ana Souza")],
        desc="Interview for the procurement analyst position in Leuven. 45 minutes with me and Ana from People.",
        loc="Brouwerijplein 1, 3000 Leuven",
        zone="Europe/Brussels",
    )
    _x(
        "Superday – slot 3 of 4",
        interview=True,
        company="Goldman Sachs",
        role=None,
        org=("campus-recruiting-emea@gs.com", "Campus Recruiting EMEA"),
        desc="You will have four 30-minute interviews today. This slot is with a Vice President from the Global Markets division.",
        loc="Plumtree Court, 25 Shoe Lane, London EC4A 4AU",
        zone="Europe/London",
    )
    _x(
        "Entrevista técnica – equipo de datos",
        interview=True,
        company="BBVA",
        role=None,
        org=("javier.gomez.martin@bbva.com", "Javier Gómez"),
        desc="Hola Alex, te envío la convocatoria para la entrevista técnica con el equipo de datos. Duración: 1 hora.",
        conf=("Google Meet", "https://meet.google.com/bbv-ajtr-qmx"),
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con Alex | Payments",
        interview=True,
        company="Mercado Libre",
        role=None,
        org=("sofia.bianchi@mercadolibre.com", "Sofía Bianchi"),
        desc="Hola! Esta es la entrevista con el equipo de Payments. Vamos a conversar sobre tu experiencia y un caso práctico.",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Alex Rivera – intake call",
        interview=True,
        company="ING",
        role="Chapter Lead Data Engineering",
        org=("maarten.visser@ing.com", "Maarten Visser"),
        desc="Intake conversation for the Chapter Lead Data Engineering vacancy. I'll explain the structure of the tribe and we'll discuss your experience.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aW5nLmNvbQ",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Product sense interview",
        interview=True,
        company="Meta",
        role=None,
        org=("recruiting-scheduling@fb.com", "Recruiting Scheduling"),
        att=[person("hkhan@fb.com", "Hira Khan")],
        desc="Your interviewer will be Hira Khan. This 45-minute interview focuses on product sense. Please join 2-3 minutes early.",
        conf=("Zoom Meeting", "https://fb.zoom.us/j/96110233941"),
        zone="America/Los_Angeles",
    )
    _x(
        "Gespräch Alex Rivera – Risk Analytics",
        interview=True,
        company="Deutsche Bank",
        role=None,
        org=("katrin.neumann@db.com", "Katrin Neumann"),
        desc="Hallo Alex, anbei die Einladung für unser Gespräch mit Herrn Albrecht aus Risk Analytics. Bitte 10 Minuten vorher am Empfang melden.",
        loc="Taunusanlage 12, 60325 Frankfurt am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Alex / Priyanka – technology associate interview",
        interview=True,
        company="Morgan Stanley",
        role="Technology Associate",
        org=("priyanka.iyer@ms.com", "Iyer, Priyanka (Technology)"),
        desc="Interview for the Technology Associate role. 60 minutes. Please have a code editor ready.",
        conf=("Zoom Meeting", "https://morganstanley.zoom.us/j/92111008822"),
        zone="America/New_York",
    )


# --------------------------------------------------------------------------------------
# Several candidate names in one event
# --------------------------------------------------------------------------------------


def _scheduling_tools() -> None:
    _x(
        "Alex Rivera and Jonas Weber",
        interview=True,
        company="Personio",
        role="Senior Product Manager",
        org=("jonas.weber@personio.de", "Jonas Weber"),
        desc="Event Name: Hiring Manager Interview – Senior Product Manager\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8f12c\nReschedule: https://calendly.com/reschedulings/8f12c\n\nPowered by Calendly.com",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Recruiter screen: Alex Rivera <> Priya Nair",
        interview=True,
        company="Deel",
        role=None,
        org=("priya.nair@deel.com", "Priya Nair"),
        desc="Event Name: 30 Minute Recruiter Screen\n\nPlease share your updated CV before the call.\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://deel.zoom.us/j/85533110027"),
        zone="America/New_York",
    )
    _x(
        "Coinbase Interview – Alex Rivera (Senior Backend Engineer)",
        interview=True,
        company="Coinbase",
        role="Senior Backend Engineer",
        org=("scheduling@goodtime.io", "GoodTime"),
        att=[
            person("interviewer-1@coinbase.com", "Diego Martins"),
            person("interviewer-2@coinbase.com", "Hye-jin Park"),
        ],
        desc="This interview was scheduled by GoodTime on behalf of Coinbase.\n\nInterviewers: Diego Martins (Engineering Manager), Hye-jin Park (Staff Engineer)\nFormat: Technical deep dive (60 min)",
        conf=("Zoom Meeting", "https://coinbase.zoom.us/j/97700115522"),
        zone="America/Los_Angeles",
    )
    _x(
        "GoodTime – Customer Success Manager interview (panel)",
        interview=True,
        company="GoodTime",
        role="Customer Success Manager",
        org=("no-reply@ashbyhq.com", "GoodTime Recruiting"),
        desc="You're interviewing at GoodTime.io for the Customer Success Manager role. Yes, we schedule this with our own product :)\n\nPanel: VP Customer Success + two CSMs.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Onsite loop: Alex Rivera x Rippling",
        interview=True,
        company="Rippling",
        role=None,
        org=("no-reply@modernloop.io", "ModernLoop"),
        desc="Your interview loop has been scheduled via ModernLoop.\n\n10:00 Coding (Karthik)\n11:00 System design (Amelia)\n12:00 Lunch\n13:00 Hiring manager (Sean)",
        loc="Rippling, 55 2nd St, San Francisco, CA 94105",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Cohere between Dana and Alex",
        interview=True,
        company="Cohere",
        role=None,
        org=("no-reply@modernloop.io", "ModernLoop Scheduling"),
        att=[person("dana@cohere.com", "Dana Whitfield")],
        desc="Interviewer: Dana Whitfield, Member of Technical Staff\nInterview type: ML fundamentals\nScheduled with ModernLoop",
        conf=("Google Meet", "https://meet.google.com/coh-ewdk-pra"),
        zone="America/Toronto",
    )
    _x(
        "Graduate interview slot – Bookings",
        interview=True,
        company="Novo Nordisk",
        role=None,
        org=("GraduateBookings@novonordisk.onmicrosoft.com", "Graduate Programme Bookings"),
        desc="Your booking is confirmed.\n\nService: Graduate Programme – first interview (30 min)\nStaff: Mette Lund\n\nJoin your appointment: Microsoft Teams meeting\n\nBooked with Microsoft Bookings",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZ3M",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Time booked: interview with the Data Platform team",
        interview=True,
        company="Octopus Energy",
        role=None,
        org=("scheduler@cronofy.com", "Cronofy Scheduler"),
        desc="This time was booked via Cronofy on behalf of Octopus Energy Group.\n\nInterview with the Data Platform team (45 min). A video link will follow from the interviewer.",
        zone="Europe/London",
    )
    _x(
        "Rescheduled: Hiring manager chat (Cronofy)",
        interview=True,
        company="Cronofy",
        role="Solutions Engineer",
        org=("people@cronofy.com", "Cronofy People Team"),
        desc="Hi Alex, we've moved your Solutions Engineer hiring manager chat to the new time — booked, fittingly, with our own scheduler.",
        meet="meet",
        zone="Europe/London",
        my_status="tentative",
    )


def _ats_senders() -> None:
    _x(
        "Interview: Alex Rivera — Staff Data Engineer",
        interview=True,
        company="Databricks",
        role="Staff Data Engineer",
        org=("olivia.cho@databricks.com", "Olivia Cho"),
        desc="Hi Alex,\n\nHere are the details for your interview with Databricks.\n\nInterviewer: Rahul Menon\nDuration: 60 min\n\nScheduled with Greenhouse",
        conf=("Zoom Meeting", "https://databricks.zoom.us/j/93400122117"),
        zone="America/Los_Angeles",
    )
    _x(
        "Greenhouse Software – Onsite: Senior Frontend Engineer",
        interview=True,
        company="Greenhouse",
        role="Senior Frontend Engineer",
        org=("recruiting@greenhouse.io", "Greenhouse Recruiting"),
        desc="Welcome to your onsite with Greenhouse! Your schedule (Scheduled with Greenhouse, naturally):\n- Frontend architecture\n- Pair programming\n- Values interview",
        loc="Greenhouse Software, 228 Park Ave S, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Interview for Product Designer at Plaid",
        interview=True,
        company="Plaid",
        role="Product Designer",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="You have an upcoming interview for Product Designer at Plaid.\n\nPortfolio review with the design team. Scheduled through Lever.",
        conf=("Zoom Meeting", "https://plaid.zoom.us/j/81009933441"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Invitation – Brand Manager (Unilever)",
        interview=True,
        company="Unilever",
        role="Brand Manager",
        org=("unilever@myworkday.com", "Workday"),
        desc="Dear Alex,\n\nThank you for applying to Unilever. We are pleased to invite you to an interview for the Brand Manager role on the Dove skin cleansing business.\n\nThis message was sent from Workday on behalf of Unilever.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dW5pbGV2ZXI",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera <> Ramp: Technical Interview",
        interview=True,
        company="Ramp",
        role=None,
        org=("no-reply@ashbyhq.com", "Ashby"),
        desc="Powered by Ashby\n\nInterviewers: Lena Ortiz\nFormat: practical coding in a real codebase (60 min)",
        conf=("Google Meet", "https://meet.google.com/rmp-bqxe-hjt"),
        zone="America/New_York",
    )
    _x(
        "Videointervju med Oda",
        interview=True,
        company="Oda",
        role=None,
        org=("noreply@teamtailor-mail.com", "Teamtailor"),
        desc="Hei Alex!\n\nHer er invitasjonen til videointervju. Vi gleder oss til å bli kjent med deg.\n\nSendt via Teamtailor",
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Einladung zum Vorstellungsgespräch – Werkstudent Marketing",
        interview=True,
        company="1&1",
        role="Werkstudent Marketing",
        org=("noreply@personio.de", "Personio"),
        desc="1&1 AG · Elgendorfer Straße 57, 56410 Montabaur\n\nHallo Alex,\n\nvielen Dank für deine Bewerbung als Werkstudent Marketing. Wir laden dich herzlich zu einem Gespräch ein.\n\nDiese Nachricht wurde über Personio versendet.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MSYx",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview scheduled: Visa – Senior Data Scientist",
        interview=True,
        company="Visa",
        role="Senior Data Scientist",
        org=("noreply@smartrecruiters.com", "SmartRecruiters"),
        desc="Your interview with Visa has been scheduled.\n\nPosition: Senior Data Scientist\nInterviewers: Hiring Manager, Risk Analytics",
        conf=("Webex", "https://visa.webex.com/meet/ta-emea"),
        zone="Europe/London",
    )
    _x(
        "Interview Confirmation – Supply Chain Analyst",
        interview=True,
        company="Johnson & Johnson",
        role="Supply Chain Analyst",
        org=("jnj@talent.icims.com", "iCIMS"),
        desc="Dear Alex,\n\nThis confirms your interview with Johnson & Johnson for the Supply Chain Analyst requisition (R-01842).\n\nPowered by iCIMS",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_am5q",
        ),
        zone="America/New_York",
    )


def _assessment_platforms() -> None:
    _x(
        "HackerRank Interview – Atlassian – Alex Rivera",
        interview=True,
        company="Atlassian",
        role=None,
        org=("interviews@hackerrank.com", "HackerRank"),
        desc="You have been invited to a live coding interview by Atlassian Pty Ltd.\n\nInterview link: https://www.hackerrank.com/interview/atl-9f3k2\n\nInterviewer: Grace O'Neill",
        zone="Australia/Sydney",
    )
    _x(
        "CodeSignal Live Interview with Robinhood",
        interview=True,
        company="Robinhood",
        role=None,
        org=("no-reply@codesignal.com", "CodeSignal"),
        desc="Robinhood has scheduled a live interview with you on CodeSignal. Use a desktop browser; the session includes an IDE and a video call.",
        zone="America/Los_Angeles",
    )
    _x(
        "Codility CodeLive session: Zalando Backend",
        interview=True,
        company="Zalando",
        role=None,
        org=("no-reply@codility.com", "Codility"),
        desc="Zalando SE invited you to a CodeLive session with two engineers from the Checkout team. Duration: 75 minutes.",
        zone="Europe/Berlin",
    )
    _x(
        "HireVue Live – Vodafone Graduate Programme",
        interview=True,
        company="Vodafone",
        role=None,
        org=("noreply@hirevue.com", "HireVue"),
        desc="Vodafone has invited you to a live interview on HireVue. You'll speak with two assessors from the Discover graduate programme. Please log in 10 minutes early.",
        zone="Europe/London",
    )
    _x(
        "Karat Interview — Indeed Software Engineer",
        interview=True,
        company="Indeed",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc="Karat conducts the first-round technical interview on behalf of Indeed for the Software Engineer role. Your Interview Engineer will meet you in the Karat Studio.",
        zone="America/Chicago",
    )
    _x(
        "Karat technical interview (60 min)",
        interview=True,
        company=None,
        role=None,
        org=("scheduling@karat.io", "Karat"),
        desc="Your interview is confirmed!\n\nKarat conducts technical interviews on behalf of our client partners. Your Interview Engineer will introduce the format at the start. Results are shared with the hiring company.\n\nJoin: https://app.karat.io/studio/8c2f1e",
        zone="America/New_York",
    )
    _x(
        "Your Karat interview is confirmed",
        interview=True,
        company="Roblox",
        role=None,
        org=("scheduling@karat.io", "Karat"),
        desc="Hi Alex,\n\nThis technical interview is being conducted by Karat on behalf of Roblox. It includes a short discussion of your experience followed by coding questions.\n\nJoin: https://app.karat.io/studio/44a19b",
        zone="America/Los_Angeles",
    )
    _x(
        "HackerRank — Senior Product Manager, hiring manager round",
        interview=True,
        company="HackerRank",
        role="Senior Product Manager",
        org=("talent@hackerrank.com", "HackerRank Talent"),
        desc="Hi Alex, this is the hiring manager round for the Senior Product Manager role on our Interview product. 45 min with Vivek.",
        conf=("Zoom Meeting", "https://hackerrank.zoom.us/j/96422001893"),
        zone="America/Los_Angeles",
    )


def _agencies_and_rpos() -> None:
    _x(
        "Hays: interview with Continental – Embedded SW Engineer",
        interview=True,
        company="Continental",
        role="Embedded SW Engineer",
        org=("felix.baumann@hays.de", "Felix Baumann (Hays)"),
        desc="Hallo Alex,\n\nwie besprochen hier die Einladung zum Gespräch bei unserem Kunden Continental Automotive in Regensburg. Ich rufe dich danach für das Feedback an.\n\nFelix Baumann\nHays AG",
        loc="Siemensstraße 12, 93055 Regensburg",
        zone="Europe/Berlin",
    )
    _x(
        "Hays – client interview (Automotive OEM, Stuttgart)",
        interview=True,
        company=None,
        role="Functional Safety Engineer",
        org=("felix.baumann@hays.de", "Felix Baumann (Hays)"),
        desc="Hi Alex, our client – a leading automotive OEM in the Stuttgart area – would like to meet you for the Functional Safety Engineer role. For confidentiality I can share the name once you've confirmed. Teams link from the client's side follows.",
        zone="Europe/Berlin",
    )
    _x(
        "Randstad – Internal Recruiter interview",
        interview=True,
        company="Randstad",
        role="Internal Recruiter",
        org=("careers.internal@randstad.nl", "Randstad Careers"),
        desc="Dear Alex,\n\nThis interview is for the Internal Recruiter position within Randstad itself (our own corporate talent team, not a client assignment).\n\nKind regards,\nRandstad Groep Nederland",
        loc="Diemermere 25, 1112 TC Diemen",
        zone="Europe/Amsterdam",
    )
    _x(
        "Michael Page | Interview with adidas – Finance Business Partner",
        interview=True,
        company="adidas",
        role="Finance Business Partner",
        org=("s.hartmann@michaelpage.de", "Sabine Hartmann"),
        desc="Hello Alex,\n\nplease find the interview with adidas confirmed. The hiring manager is the Head of FP&A Global Brands. Good luck!\n\nSabine Hartmann | Michael Page Finance",
        loc="adidas, Adi-Dassler-Platz 1, 91074 Herzogenaurach",
        zone="Europe/Berlin",
    )
    _x(
        "Robert Half – Interview with client",
        interview=True,
        company=None,
        role="Senior Accountant",
        org=("k.murphy@roberthalf.com", "Kevin Murphy"),
        desc="Alex — our client (mid-size manufacturer, Chicago suburbs) has confirmed the interview for the Senior Accountant role. I'll send the address the morning of.\n\nKevin Murphy | Robert Half Finance & Accounting",
        zone="America/Chicago",
    )
    _x(
        "Adecco – Vorstellungsgespräch beim Kunden Nestlé",
        interview=True,
        company="Nestlé",
        role=None,
        org=("m.keller@adecco.ch", "Marco Keller | Adecco"),
        desc="Grüezi Alex\n\nGerne bestätige ich das Vorstellungsgespräch bei unserem Kunden Nestlé in Vevey. Ansprechperson vor Ort: Frau Dubois.\n\nFreundliche Grüsse\nAdecco Human Resources AG",
        loc="Avenue Nestlé 55, 1800 Vevey",
        zone="Europe/Zurich",
    )
    _x(
        "Interview – Clinical Data Manager",
        interview=True,
        company="AstraZeneca",
        role="Clinical Data Manager",
        org=("recruitment@cielotalent.com", "Cielo Talent"),
        desc="Dear Alex,\n\nCielo is the recruitment partner of AstraZeneca. I'm pleased to confirm your interview with the AstraZeneca hiring team for the Clinical Data Manager role.\n\nCielo Talent – on behalf of AstraZeneca",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXN0cmE",
        ),
        zone="Europe/London",
    )
    _x(
        "Aerotek – onsite at Northrop Grumman (direct hire)",
        interview=True,
        company="Northrop Grumman",
        role="Test Engineer",
        org=("jreyes@aerotek.com", "Jasmine Reyes"),
        desc="Hi Alex, confirming your onsite for the Test Engineer role. This is a direct-hire position with Northrop Grumman; Aerotek (an Allegis Group company) is only handling scheduling. Bring two forms of ID for the visitor center.",
        loc="Northrop Grumman, 2980 Fairview Park Dr, Falls Church, VA",
        zone="America/New_York",
    )
    _x(
        "Allegis Global Solutions – first interview, on behalf of Lufthansa Systems",
        interview=True,
        company="Lufthansa Systems",
        role=None,
        org=("talent.emea@allegisglobalsolutions.com", "AGS Talent EMEA"),
        desc="Allegis Global Solutions manages recruitment on behalf of Lufthansa Systems. The interview is held with the Lufthansa Systems hiring manager; we'll only coordinate.",
        meet="meet",
        zone="Europe/Berlin",
    )


def _video_services() -> None:
    _x(
        "Zoom – Solutions Engineer interview",
        interview=True,
        company="Zoom",
        role="Solutions Engineer",
        org=("recruiting@zoom.us", "Zoom Recruiting"),
        desc="Interview for Solutions Engineer, EMEA. Of course it's on Zoom.",
        conf=("Zoom Meeting", "https://zoom.us/j/91122003344"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Webex interview – Network Consulting Engineer",
        interview=True,
        company="Cisco",
        role="Network Consulting Engineer",
        org=("noreply-careers@cisco.com", "Cisco Careers"),
        desc="Your interview for Network Consulting Engineer will take place on Webex. Please join with video.",
        conf=("Webex", "https://cisco.webex.com/meet/nce-hiring"),
        zone="Europe/London",
    )
    _x(
        "Microsoft – Interview Loop, Software Engineer II",
        interview=True,
        company="Microsoft",
        role="Software Engineer II",
        org=("v-schedule@microsoft.com", "Microsoft Recruiting Scheduling"),
        desc="Hello Alex, your virtual interview loop (4 x 45 min) for Software Engineer II in Azure Storage is confirmed. Please join via the Teams link.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bXNmdA",
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Teams call – interview",
        interview=True,
        company="Capgemini",
        role=None,
        desc="---------- Forwarded invitation ----------\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 312 884 901 22\n________________________________________________________________________________\n\nBest regards,\nJulie Moreau\nCampus & Experienced Recruitment – Capgemini",
        zone="Europe/Paris",
    )


def _groups_brands_subsidiaries() -> None:
    _x(
        "Google – Onsite Interview (Virtual) – Software Engineer, L4",
        interview=True,
        company="Google",
        role="Software Engineer, L4",
        org=("gcareers-scheduling@google.com", "Google Staffing"),
        desc="Hi Alex,\n\nYour virtual onsite for Software Engineer, L4 is confirmed: two coding interviews, one system design and one Googleyness & Leadership interview.\n\nGoogle LLC · 1600 Amphitheatre Parkway · Mountain View, CA\nGoogle is a subsidiary of Alphabet Inc.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Waymo — Technical Phone Screen",
        interview=True,
        company="Waymo",
        role=None,
        org=("recruiting@waymo.com", "Waymo Recruiting"),
        desc="45-minute technical phone screen with a software engineer on the Planner team.\n\nWaymo is an Alphabet company.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alphabet – Treasury Analyst interview",
        interview=True,
        company="Alphabet",
        role="Treasury Analyst",
        org=("corp-finance-recruiting@google.com", "Alphabet Corporate Finance Recruiting"),
        desc="This role sits in Alphabet's corporate Treasury team (holding company level, supporting Google and Other Bets). Interview with the Assistant Treasurer.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Entrevista – Store Manager Zara Gran Vía",
        interview=True,
        company="Zara",
        role="Store Manager",
        org=("seleccion.tiendas@inditex.com", "Inditex – Selección Tiendas"),
        desc="Hola Alex,\n\nTe confirmamos la entrevista para el puesto de Store Manager en la tienda Zara de Gran Vía 34. Pregunta por la responsable de tienda.",
        loc="Zara, Gran Vía 34, 28013 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Inditex Tech – Backend Engineer (e-commerce platform)",
        interview=True,
        company="Inditex",
        role="Backend Engineer",
        org=("tech.talent@inditex.com", "Inditex Tech Talent"),
        desc="Entrevista técnica con el equipo de plataforma de Inditex Tech, que da servicio a Zara.com, Massimo Dutti, Bershka y el resto de marcas del grupo. Contrato con Industria de Diseño Textil, S.A. (Inditex).",
        loc="Avenida de la Diputación, Edificio Inditex, 15143 Arteixo, A Coruña",
        zone="Europe/Madrid",
    )
    _x(
        "Sephora – CRM Manager interview",
        interview=True,
        company="Sephora",
        role="CRM Manager",
        org=("talent.europe@sephora.fr", "Sephora Talent Europe"),
        desc="Bonjour Alex, entretien pour le poste de CRM Manager avec la Directrice CRM Europe.\n\nSephora, part of LVMH Moët Hennessy Louis Vuitton",
        loc="41 rue Ybry, 92200 Neuilly-sur-Seine",
        zone="Europe/Paris",
    )
    _x(
        "LVMH Digital Graduate Programme – final interview",
        interview=True,
        company="LVMH",
        role=None,
        org=("inside.lvmh@lvmh.com", "INSIDE LVMH"),
        desc="Final interview for the group-level LVMH Digital Graduate Programme (rotations across Maisons such as Dior, Sephora and Tiffany & Co.). Your contract will be with LVMH Moët Hennessy Louis Vuitton SE.",
        loc="22 avenue Montaigne, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Siemens Mobility – Interview Signalling Engineer",
        interview=True,
        company="Siemens Mobility",
        role="Signalling Engineer",
        org=("talent.mobility@siemens.com", "Siemens Talent Acquisition"),
        desc="Dear Alex, we're pleased to invite you to an interview for the Signalling Engineer role at Siemens Mobility GmbH in Braunschweig.",
        loc="Ackerstraße 22, 38126 Braunschweig",
        zone="Europe/Berlin",
    )
    _x(
        "Porsche Digital – Kennenlernen Product Owner",
        interview=True,
        company="Porsche Digital",
        role="Product Owner",
        org=("jobs@porsche.digital", "Porsche Digital Recruiting"),
        desc="Hi Alex, wir freuen uns auf das Kennenlernen für die Product-Owner-Position bei der Porsche Digital GmbH (Tochter der Porsche AG).",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "CARIAD (Volkswagen Group) – technical interview",
        interview=True,
        company="CARIAD",
        role=None,
        org=("recruiting@cariad.technology", "CARIAD Recruiting"),
        desc="Technical interview with the Vehicle OS team. CARIAD SE is the software company of the Volkswagen Group.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FyaWFk",
        ),
        zone="Europe/Berlin",
    )


def _long_and_joined_names() -> None:
    _x(
        "Auswahlgespräch – Fachplaner:in Klimafinanzierung",
        interview=True,
        company="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
        role="Fachplaner:in Klimafinanzierung",
        org=("recruiting@giz.de", "GIZ Recruiting"),
        desc="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH\nFriedrich-Ebert-Allee 32 + 36, 53113 Bonn\n\nSehr geehrte:r Alex Rivera,\n\nwir laden Sie zu einem strukturierten Auswahlgespräch mit Fachaufgabe ein.",
        loc="GIZ Campus Bonn, Friedrich-Ebert-Allee 32, 53113 Bonn",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch Fraunhofer IIS (Abteilung Audio und Medientechnologien)",
        interview=True,
        company="Fraunhofer IIS",
        role=None,
        org=("bewerbung@iis.fraunhofer.de", "Fraunhofer-Institut für Integrierte Schaltungen IIS"),
        desc="Gespräch mit der Gruppenleitung Audio Coding. Bitte eine kurze Präsentation (10 min) Ihrer Masterarbeit vorbereiten.",
        loc="Am Wolfsmantel 33, 91058 Erlangen",
        zone="Europe/Berlin",
    )
    _x(
        "Procter & Gamble – Assistant Brand Manager final round",
        interview=True,
        company="Procter & Gamble",
        role="Assistant Brand Manager",
        org=("recruiting.im@pg.com", "P&G Recruiting"),
        desc="Final round: two back-to-back interviews with Associate Directors, followed by a Q&A.",
        loc="Procter & Gamble, Sulzbacher Str. 40, 65824 Schwalbach am Taunus",
        zone="Europe/Berlin",
    )
    _x(
        "Colloquio Dolce & Gabbana – Digital Merchandiser",
        interview=True,
        company="Dolce & Gabbana",
        role="Digital Merchandiser",
        org=("hr.digital@dolcegabbana.it", "HR Digital"),
        desc="Dolce & Gabbana S.r.l. – Via Goldoni 10, Milano. Colloquio con la Head of E-commerce Merchandising.",
        loc="Via Goldoni 10, 20129 Milano",
        zone="Europe/Rome",
    )
    _x(
        "Entrevista Loterías y Apuestas del Estado – Analista de Riesgos",
        interview=True,
        company="Loterías y Apuestas del Estado",
        role="Analista de Riesgos",
        org=("seleccion@selae.es", "SELAE Selección"),
        desc="Sociedad Estatal Loterías y Apuestas del Estado, S.M.E., S.A.\nEntrevista personal (fase 3 del proceso selectivo).",
        loc="Calle Poeta Joan Maragall 48, 28020 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista Banco de Sabadell – Data Scientist",
        interview=True,
        company="Banco de Sabadell",
        role="Data Scientist",
        org=("seleccion@bancsabadell.com", "Talent Banco Sabadell"),
        desc="Entrevista con el equipo de Advanced Analytics.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entretien Moët et Chandon – Responsable supply chain",
        interview=True,
        company="Moët et Chandon",
        role="Responsable supply chain",
        org=("recrutement@moet.fr", "Recrutement Champagne"),
        desc="Entretien avec le Directeur des Opérations à Épernay. Visite des caves en fin de journée.",
        loc="20 avenue de Champagne, 51200 Épernay",
        zone="Europe/Paris",
    )
    _x(
        "Gesprek Van Lanschot Kempen – Quant Researcher",
        interview=True,
        company="Van Lanschot Kempen",
        role="Quant Researcher",
        org=("recruitment@vanlanschotkempen.com", "Recruitment VLK"),
        desc="Eerste gesprek met het Quant team (Beethovenstraat, Amsterdam).",
        loc="Beethovenstraat 300, 1077 WZ Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview von Ardenne – Process Engineer Thin Film",
        interview=True,
        company="von Ardenne",
        role="Process Engineer Thin Film",
        org=("jobs@vonardenne.biz", "VON ARDENNE Personal"),
        desc="Interview at VON ARDENNE GmbH in Dresden with the head of process development and HR.",
        loc="Am Hahnweg 8, 01328 Dresden",
        zone="Europe/Berlin",
    )
    _x(
        "Interview – Caisse de dépôt: Analyst, Infrastructure (2nd round)",
        interview=True,
        company="Caisse de dépôt et placement du Québec",
        role="Analyst, Infrastructure",
        org=("talent@cdpq.com", "CDPQ Talent"),
        desc="Second round with two directors of the Infrastructure group. CDPQ – Caisse de dépôt et placement du Québec.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2RwcQ",
        ),
        zone="America/Toronto",
    )


def _legal_forms_and_digits() -> None:
    _x(
        "Interview Mollie B.V. – Senior Risk Analyst",
        interview=True,
        company="Mollie",
        role="Senior Risk Analyst",
        org=("talent@mollie.com", "Mollie Talent"),
        desc="Interview for Senior Risk Analyst at Mollie B.V., Keizersgracht 126, Amsterdam.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio tecnico – Bending Spoons S.p.A.",
        interview=True,
        company="Bending Spoons",
        role=None,
        org=("recruiting@bendingspoons.com", "Bending Spoons Recruiting"),
        desc="Second step of the Bending Spoons selection process: a 60-minute technical conversation.",
        conf=("Google Meet", "https://meet.google.com/bsp-yyqe-kdp"),
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna – Żabka Polska Sp. z o.o. (Data Engineer)",
        interview=True,
        company="Żabka Polska",
        role="Data Engineer",
        org=("rekrutacja@zabka.pl", "Rekrutacja Żabka"),
        desc="Zapraszamy na rozmowę rekrutacyjną na stanowisko Data Engineer. Rozmowa potrwa ok. 60 minut.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_emFia2E",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "freee K.K. casual interview → 1st round",
        interview=True,
        company="freee",
        role=None,
        org=("recruit@freee.co.jp", "freee Recruiting"),
        desc="Thank you for the casual chat last week. This is the formal first-round interview with the Accounting SaaS engineering team.",
        conf=("Zoom Meeting", "https://freee.zoom.us/j/91800022211"),
        zone="Asia/Tokyo",
    )
    _x(
        "Toptal, LLC – screening call (Talent Operations Specialist)",
        interview=True,
        company="Toptal",
        role="Talent Operations Specialist",
        org=("core-team-recruiting@toptal.com", "Toptal Core Team Recruiting"),
        desc="This is for a full-time role on Toptal's own core team (Talent Operations), not for joining the freelance network. Position: Talent Operations Specialist.",
        conf=("Zoom Meeting", "https://toptal.zoom.us/j/90011223344"),
        zone="America/New_York",
    )
    _x(
        "Deliveroo plc – Onsite: Data Scientist (Logistics)",
        interview=True,
        company="Deliveroo",
        role="Data Scientist (Logistics)",
        org=("interviews@deliveroo.co.uk", "Deliveroo Interviews"),
        desc="Onsite at The River Building. Three interviews: modelling, experimentation, stakeholder.",
        loc="The River Building, 1 Cousin Lane, London EC4R 3TE",
        zone="Europe/London",
    )
    _x(
        "24i – Video Platform Engineer interview",
        interview=True,
        company="24i",
        role="Video Platform Engineer",
        org=("jobs@24i.com", "24i Careers"),
        desc="Interview with two engineers from the 24i streaming platform team.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "23andMe – Bioinformatics Scientist phone screen",
        interview=True,
        company="23andMe",
        role="Bioinformatics Scientist",
        org=("recruiting@23andme.com", "23andMe Recruiting"),
        desc="30-minute phone screen. The recruiter will call your mobile.",
        zone="America/Los_Angeles",
    )
    _x(
        "37signals — Programmer interview (async follow-up call)",
        interview=True,
        company="37signals",
        role="Programmer",
        org=("jobs@37signals.com", "37signals Jobs"),
        desc="A follow-up call after the written application and the code review. 60 minutes with two programmers.",
        conf=("Zoom Meeting", "https://zoom.us/j/83711223311"),
        zone="America/Chicago",
    )
    _x(
        "7-Eleven Japan 面接 / Digital PM",
        interview=True,
        company="7-Eleven Japan",
        role="Digital PM",
        org=("recruit@sej.co.jp", "Seven-Eleven Japan Recruiting"),
        desc="Interview with the Digital Strategy division (English/Japanese).",
        loc="二番町8-8, 千代田区, 東京",
        zone="Asia/Tokyo",
    )
    _x(
        "Probetag bei Celonis",
        interview=True,
        company="Celonis",
        role=None,
        org=("people@celonis.com", "Celonis People"),
        desc="Ganztägiger Probetag im Team (bezahlt). Du arbeitest an einer kleinen Aufgabe mit und stellst sie um 16 Uhr vor.",
        loc="Theresienstraße 6, 80333 München",
        zone="Europe/Berlin",
        all_day=True,
    )


def _common_word_brands() -> None:
    _x(
        "Interview — Apple Maps, Ground Truth team",
        interview=True,
        company="Apple",
        role=None,
        org=("recruiting-noreply@apple.com", "Apple Recruiting"),
        desc="Interview with the Ground Truth team for Apple Maps. Please join via Webex from a quiet location.",
        conf=("Webex", "https://apple.webex.com/meet/maps-gt"),
        zone="America/Los_Angeles",
    )
    _x(
        "Shell graduate assessment – interview",
        interview=True,
        company="Shell",
        role=None,
        org=("graduates@shell.com", "Shell Graduate Programme"),
        desc="Shell Assessment Day interview component (competency-based, 45 min).",
        loc="Shell Centre, York Road, London SE1 7NA",
        zone="Europe/London",
    )
    _x(
        "Entretien RH chez Orange – Chef de projet data",
        interview=True,
        company="Orange",
        role="Chef de projet data",
        org=("recrutement@orange.com", "Orange Recrutement"),
        desc="Premier entretien RH (30 min).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3Jhbmdl",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Bolt – Senior Ops Manager, final with regional GM",
        interview=True,
        company="Bolt",
        role="Senior Ops Manager",
        org=("recruitment@bolt.eu", "Bolt Recruitment"),
        desc="Final interview with the regional GM. 45 min.",
        loc="Vana-Lõuna 15, Tallinn",
        zone="Europe/Tallinn",
    )
    _x(
        "Notion — onsite: craft interview",
        interview=True,
        company="Notion",
        role=None,
        org=("recruiting@makenotion.com", "Notion Recruiting"),
        desc="Craft interview as part of your onsite. You'll build a small feature with an engineer.",
        loc="2300 Harrison St, San Francisco, CA",
        zone="America/Los_Angeles",
    )
    _x(
        "Square — Block interview for Android Engineer (Square Point of Sale)",
        interview=True,
        company="Block",
        role="Android Engineer",
        org=("recruiting@block.xyz", "Block Recruiting"),
        desc="You're interviewing with Block, Inc. for an Android Engineer role on the Square Point of Sale team.",
        conf=("Zoom Meeting", "https://block.zoom.us/j/91100332211"),
        zone="America/Los_Angeles",
    )
    _x(
        "Amazon — Loop interview 2/5 (Bar Raiser)",
        interview=True,
        company="Amazon",
        role=None,
        org=("no-reply@amazon.jobs", "Amazon Jobs"),
        desc="Loop interview 2 of 5. Your interviewer is the Bar Raiser. Leadership principles and a coding question.",
        conf=("Amazon Chime", "https://chime.aws/4455667788"),
        zone="America/Los_Angeles",
    )


def _non_latin_scripts() -> None:
    _x(
        "面接のご案内：株式会社カケハシ（サーバーサイドエンジニア）",
        interview=True,
        company="カケハシ",
        role="サーバーサイドエンジニア",
        org=("no-reply@herp.cloud", "HERP"),
        desc="Alex Rivera 様\n\nこの度はご応募いただきありがとうございます。一次面接の日程が確定しましたのでご案内いたします。\n\n面接官：エンジニアリングマネージャー\n所要時間：60分\n\n※本メールはHERPより自動送信されています。",
        conf=("Google Meet", "https://meet.google.com/kkh-mnzq-twa"),
        zone="Asia/Tokyo",
    )
    _x(
        "[토스] 기술 면접 - Server Developer",
        interview=True,
        company="토스",
        role="Server Developer",
        org=("noreply@greetinghr.com", "그리팅"),
        desc="안녕하세요 Alex Rivera님,\n\n토스 Server Developer 포지션 기술 면접 일정을 안내드립니다. 면접은 약 90분 진행됩니다.\n\n본 메일은 그리팅을 통해 발송되었습니다.",
        loc="서울특별시 강남구 테헤란로 142, 아크플레이스",
        zone="Asia/Seoul",
    )
    _x(
        "美团 二面 — 算法工程师",
        interview=True,
        company="美团",
        role="算法工程师",
        org=("noreply@mokahr.com", "Moka 招聘"),
        desc="Alex，你好！\n\n你的美团二面已安排，面试形式为视频面试，时长约60分钟。请提前10分钟进入会议。\n\n本邮件由Moka系统发送。",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/8Hx2Jk3Lm"),
        zone="Asia/Shanghai",
    )
    _x(
        "Собеседование: Лаборатория Касперского, аналитик SOC",
        interview=True,
        company="Лаборатория Касперского",
        role="аналитик SOC",
        org=("noreply@huntflow.ru", "Хантфлоу"),
        desc="Алекс, добрый день!\n\nПриглашаем вас на техническое собеседование на позицию аналитика SOC. Длительность — 1 час.\n\nПисьмо отправлено через Хантфлоу.",
        loc="Ленинградское шоссе, 39А, стр. 3, Москва",
        zone="Europe/Moscow",
    )
    _x(
        "مقابلة عمل – أرامكو السعودية (مهندس بيانات)",
        interview=True,
        company="أرامكو السعودية",
        role="مهندس بيانات",
        org=("noreply@taleo.net", "Oracle Taleo"),
        desc="السيد أليكس ريفيرا،\n\nيسعدنا دعوتكم لمقابلة عمل لوظيفة مهندس بيانات. مدة المقابلة ساعة واحدة.\n\nمع التحية،\nإدارة التوظيف",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJhbWNv",
        ),
        zone="Asia/Riyadh",
    )
    _x(
        "Συνέντευξη – Σκλαβενίτης, Υπεύθυνος Αποθήκης",
        interview=True,
        company="Σκλαβενίτης",
        role="Υπεύθυνος Αποθήκης",
        org=("hr.recruit@gmail.com", "Τμήμα Προσλήψεων"),
        desc="Καλημέρα Alex,\n\nΕπιβεβαιώνουμε τη συνέντευξη για τη θέση Υπεύθυνου Αποθήκης στα κεντρικά γραφεία.",
        loc="Αγίας Άννης 64, Αιγάλεω 122 41",
        zone="Europe/Athens",
    )
    _x(
        "ראיון עבודה – מונדיי (מפתח/ת Full Stack)",
        interview=True,
        company="מונדיי",
        role="מפתח/ת Full Stack",
        org=("no-reply@comeet-notifications.com", "Comeet"),
        desc="היי Alex,\n\nמאשרים את הראיון הטכני לתפקיד מפתח/ת Full Stack. הראיון יתקיים במשרדים בתל אביב.\n\nנשלח באמצעות Comeet",
        loc="יגאל אלון 52, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "最終面接（役員）— 株式会社マネーフォワード",
        interview=True,
        company="マネーフォワード",
        role=None,
        org=("recruit-schedule@talentio.com", "Talentio"),
        desc="最終面接は役員との面談となります（45分）。オフィス受付にてお名前をお伝えください。",
        loc="東京都港区芝浦3-1-21 msb Tamachi 田町ステーションタワーS 21F",
        zone="Asia/Tokyo",
    )


def _company_runs_into_words() -> None:
    _x(
        "Lattice x Alex — intro",
        interview=True,
        company="Lattice",
        role="Senior Engineer",
        org=("maya.chen@lattice.com", "Maya Chen"),
        desc="Intro call for the Senior Engineer opening on the Performance team — 30 min with me (recruiting).",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Figma Design Systems Engineer Alex Rivera panel",
        interview=True,
        company="Figma",
        role="Design Systems Engineer",
        org=("recruiting@figma.com", "Figma Recruiting"),
        desc="Panel interview with three members of the Design Systems team.",
        conf=("Zoom Meeting", "https://figma.zoom.us/j/94455001122"),
        zone="America/Los_Angeles",
    )
    _x(
        "Shopify Plus merchant success Alex – life story interview",
        interview=True,
        company="Shopify",
        role=None,
        org=("talent@shopify.com", "Shopify Talent Acquisition"),
        desc="The 'life story' conversation is the first step in Shopify's process. The role is on the Shopify Plus Merchant Success team.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Airbnb Experiences PM loop – Alex",
        interview=True,
        company="Airbnb",
        role="Product Manager",
        org=("recruiting@airbnb.com", "Airbnb Recruiting"),
        desc="Product manager loop for the Experiences org: product sense, execution, core values.",
        conf=("Zoom Meeting", "https://airbnb.zoom.us/j/95566778899"),
        zone="America/Los_Angeles",
    )
    _x(
        "Hugging Face open-source engineer chat with Alex (2nd round)",
        interview=True,
        company="Hugging Face",
        role="Open-Source Engineer",
        org=("talent@huggingface.co", "Hugging Face Talent"),
        desc="Second round for the Open-Source Engineer role (transformers library). 45 min with two maintainers.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interview Grafana Labs between Nora and Alex",
        interview=True,
        company="Grafana Labs",
        role=None,
        org=("no-reply@goodtime.io", "GoodTime"),
        att=[person("nora.lindqvist@grafana.com", "Nora Lindqvist")],
        desc="Interviewer: Nora Lindqvist (Staff Engineer, Loki)\nStage: Technical deep dive\nScheduled with GoodTime",
        conf=("Google Meet", "https://meet.google.com/gfl-kqxw-mrz"),
        zone="Europe/Stockholm",
        my_status="tentative",
    )
    _x(
        "Datadog APM team Alex Rivera system design",
        interview=True,
        company="Datadog",
        role=None,
        org=("recruiting@datadoghq.com", "Datadog Recruiting"),
        desc="System design interview with an engineer from the APM team.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/92211334455"),
        zone="America/New_York",
    )
    _x(
        "Stripe Sessions team — Alex R. hiring manager call",
        interview=True,
        company="Stripe",
        role="Events Marketing Manager",
        org=("recruiting@stripe.com", "Stripe Recruiting"),
        desc="Hiring manager call for the Events Marketing Manager role on the Stripe Sessions team.",
        meet="meet",
        zone="America/Los_Angeles",
    )


# --------------------------------------------------------------------------------------
# Look-alikes: companies named, but not Alex's own job interview
# --------------------------------------------------------------------------------------


def _lookalikes_work_calendar() -> None:
    _x(
        "Snowflake demo for Initech data platform team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("jake.morrison@snowflake.com", "Jake Morrison (Snowflake)"),
        att=[
            person("priya.shah@initech.com", "Priya Shah"),
            person("tom.ng@initech.com", "Tom Ng"),
        ],
        desc="Agenda:\n- Snowpark and Cortex overview\n- Cost controls for Initech's workloads\n- Next steps on the proof of concept",
        conf=("Zoom Meeting", "https://snowflake.zoom.us/j/96600112233"),
        zone="America/New_York",
    )
    _x(
        "Greenhouse implementation kickoff – Initech Talent",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("implementation@greenhouse.io", "Greenhouse Implementation"),
        att=[person("hr-ops@initech.com", "Initech HR Ops")],
        desc="Kickoff for Initech's Greenhouse Recruiting rollout: interview kits, scorecards, scheduling with GoodTime integration.",
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/j/91234500077"),
        zone="America/New_York",
    )
    _x(
        "Interview: Jordan Lee (Backend Engineer candidate)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.lee.dev@gmail.com", "Jordan Lee")],
        desc="You're on the interview panel for Jordan Lee (Backend Engineer). Your focus: system design. Please submit your scorecard in Greenhouse within 24h.\n\nScheduled with Greenhouse",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95544332211"),
        zone="America/New_York",
    )
    _x(
        "Candidate debrief – Priya Raman, Data Scientist",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("hm.analytics@initech.com", "Analytics Hiring Manager")],
        desc="Debrief for Priya Raman's onsite. Bring your scorecard. Decision: hire / no hire.",
        zone="America/New_York",
    )
    _x(
        "Initech <> Bosch Rexroth quarterly business review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[
            person("m.schneider@boschrexroth.de", "Markus Schneider"),
            person("account-team@initech.com", "Initech Account Team"),
        ],
        desc="QBR with Bosch Rexroth: usage review, renewal timeline, roadmap preview for the hydraulics analytics module.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cWJy",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Siemens Energy × Initech: pilot sync",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("anna.krueger@siemens-energy.com", "Anna Krüger"),
        desc="Weekly sync on the grid-forecasting pilot. Open items: data access, SSO.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2llbg",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "HackerRank for Work — seat renewal call",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae-team@hackerrank.com", "HackerRank Account Executive"),
        desc="Renewal discussion for Initech's HackerRank for Work subscription (40 interviewer seats) and the new AI interviewer add-on.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Codility trial debrief with Initech hiring managers",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent-tools@initech.com", "Talent Tools"),
        desc="Internal: compare the Codility and CodeSignal trials we ran for the backend hiring pipeline.",
        zone="America/New_York",
    )
    _x(
        "Notion Enterprise demo",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sales@makenotion.com", "Notion Sales"),
        desc="Demo of Notion Enterprise features for Initech's engineering wiki migration (SAML, audit log, AI).",
        conf=("Zoom Meeting", "https://notion.zoom.us/j/92223334445"),
        zone="America/Los_Angeles",
    )
    _x(
        "Calendly: Discovery call with Initech (Alex Rivera)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rep@acmelogistics.com", "Carla Diaz"),
        desc="Event Name: 30 min Discovery Call\n\nAcme Logistics is evaluating Initech's forecasting product. Questions about pricing and integrations.\n\nPowered by Calendly.com",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Workday: performance review calibration",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people-partners@initech.com", "People Partners"),
        desc="Calibrate ratings in Workday before the deadline. Managers only.",
        zone="America/New_York",
    )
    _x(
        "Press interview with Handelsblatt about Initech's AI launch",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        desc="Journalist: Julia Brandt (Handelsblatt). Topic: Initech's AI forecasting launch in Germany. Comms will sit in.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFuZA",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Career fair: staffing the Initech booth",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Team"),
        desc="Staff the Initech booth at the university career fair. Collect CVs; no interviews on the day.",
        loc="MIT Johnson Athletics Center, Cambridge, MA",
        zone="America/New_York",
    )
    _x(
        "Microsoft Bookings rollout – IT training",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("it-enablement@initech.com", "IT Enablement"),
        desc="Training on how to publish a Microsoft Bookings page for customer appointments.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9vaw",
        ),
        zone="America/New_York",
    )
    _x(
        "Lever sales demo (requested by Initech HR)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae@lever.co", "Lever Sales"),
        desc="Demo of Lever's ATS + CRM for Initech's talent team, compared with our current Greenhouse setup.",
        conf=("Zoom Meeting", "https://lever.zoom.us/j/97700998877"),
        zone="America/Los_Angeles",
    )
    _x(
        "Hosting: Initech tech talk with Wise engineers",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Meetup at the Initech office. Two engineers from Wise talk about their payments ledger. Pizza at 18:30.",
        loc="Initech HQ, 4120 Freidrich Lane, Austin, TX",
        zone="America/Chicago",
    )


def _lookalikes_personal() -> None:
    _x(
        "Datadog webinar: Observability for LLM apps",
        interview=False,
        company=None,
        role=None,
        org=("webinars@datadoghq.com", "Datadog Events"),
        desc="Thanks for registering! Join Datadog product experts for a live session on monitoring LLM applications.",
        conf=("Zoom Webinar", "https://datadog.zoom.us/w/91100220033"),
        zone="America/New_York",
    )
    _x(
        "Siemens Healthineers webinar – AI in radiology workflows",
        interview=False,
        company=None,
        role=None,
        org=("events@siemens-healthineers.com", "Siemens Healthineers Events"),
        desc="Free webinar. Speakers from Siemens Healthineers and University Hospital Erlangen.",
        conf=("Webex", "https://siemens-healthineers.webex.com/webinar/ai-radiology"),
        zone="Europe/Berlin",
    )
    _x(
        "Hays Salary Guide 2025 – live webinar",
        interview=False,
        company=None,
        role=None,
        org=("events@hays.de", "Hays Events"),
        desc="Live presentation of the Hays Salary Guide 2025 for IT professionals in Germany, followed by Q&A.",
        conf=(
            "Microsoft Teams Live Event",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGF5cw",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Career fair slot – Deloitte booth (14:20)",
        interview=False,
        company=None,
        role=None,
        desc="TU München career fair. 10-minute booth slot to ask Deloitte recruiters general questions about their graduate programmes and drop off my CV. Not an interview.",
        loc="TUM Campus Garching, Boltzmannstraße 15",
        zone="Europe/Berlin",
    )
    _x(
        "Coffee with Miguel (ex-colleague, now at Stripe)",
        interview=False,
        company=None,
        role=None,
        org=("miguel.torres@gmail.com", "Miguel Torres"),
        desc="Catching up — no agenda. He moved to Stripe last spring.",
        loc="Blue Bottle Coffee, 66 Mint St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Coffee chat – Monzo engineer (alumni mentoring)",
        interview=False,
        company=None,
        role=None,
        org=("alumni-mentoring@imperial.ac.uk", "Imperial Alumni Mentoring"),
        att=[person("r.adeyemi@monzo.com", "Ruth Adeyemi")],
        desc="Mentoring match through the alumni network. Ruth is a backend engineer at Monzo. This is an informal mentoring conversation; no roles are being discussed.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Podcast recording: Software Engineering Daily",
        interview=False,
        company=None,
        role=None,
        org=("producer@softwareengineeringdaily.com", "SE Daily Producer"),
        desc="Recording of the interview episode about Initech's forecasting stack. Host will send questions 24h ahead. Use headphones.",
        conf=("Riverside", "https://riverside.fm/studio/sedaily-alex"),
        zone="America/New_York",
    )
    _x(
        "Recording: 'Make with Notion' podcast guest slot",
        interview=False,
        company=None,
        role=None,
        org=("podcast@makenotion.com", "Make with Notion Podcast"),
        desc="You're a guest on Notion's podcast, talking about how you organise engineering docs. Recording ~40 min.",
        conf=("Riverside", "https://riverside.fm/studio/make-with-notion"),
        zone="America/Los_Angeles",
    )
    _x(
        "Radio interview – BBC Radio 5 Live tech segment",
        interview=False,
        company=None,
        role=None,
        org=("5live.producers@bbc.co.uk", "5 Live Producers"),
        desc="Live phone-in interview (6 minutes) about AI forecasting in supply chains. Producer will call 10 minutes before.",
        zone="Europe/London",
    )
    _x(
        "Mock interview with Sam (Pramp)",
        interview=False,
        company=None,
        role=None,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Peer mock interview. You'll interview each other: 30 min each. Today's topic: graphs.",
        zone="America/New_York",
    )
    _x(
        "interviewing.io mock – Google-style system design",
        interview=False,
        company=None,
        role=None,
        org=("no-reply@interviewing.io", "interviewing.io"),
        desc="Anonymous practice interview with a senior engineer from a FAANG company, Google-style system design. This is practice only and is not shared with employers.",
        zone="America/Los_Angeles",
    )
    _x(
        "Career coaching: salary negotiation with Hannah",
        interview=False,
        company=None,
        role=None,
        org=("hannah@careercraft.coach", "Hannah Lowe"),
        desc="Coaching session: prepare to negotiate the offer from Rippling. Bring the offer letter.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview prep with LHH coach (Adecco outplacement)",
        interview=False,
        company=None,
        role=None,
        org=("coach.ls@lhh.com", "LHH Career Coach"),
        desc="Outplacement coaching provided by LHH (an Adecco Group company): STAR answers and a practice round for upcoming interviews.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bGho",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Movie night: The Interview",
        interview=False,
        company=None,
        role=None,
        desc="Watching The Interview (2014, Sony Pictures) at Dan's. Bring snacks.",
        loc="Dan's place",
        zone="America/Los_Angeles",
    )
    _x(
        "Book club — Interview with the Vampire",
        interview=False,
        company=None,
        role=None,
        org=("bookclub.mission@gmail.com", "Mission Book Club"),
        desc="Anne Rice, chapters 1–6.",
        loc="Dog Eared Books, 900 Valencia St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Bolt Business – ride account setup call",
        interview=False,
        company=None,
        role=None,
        org=("business@bolt.eu", "Bolt Business"),
        desc="Onboarding call for the Bolt Business account for my freelance trips: billing, cost centres, ride policies.",
        meet="meet",
        zone="Europe/Tallinn",
    )
    _x(
        "Apple Store Genius Bar appointment",
        interview=False,
        company=None,
        role=None,
        org=("noreply@apple.com", "Apple Store"),
        desc="MacBook Pro battery service. Apple Union Square.",
        loc="Apple Union Square, 300 Post St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Zoom Workplace launch webinar",
        interview=False,
        company=None,
        role=None,
        org=("events@zoom.us", "Zoom Events"),
        desc="Product launch webinar: new features in Zoom Workplace.",
        conf=("Zoom Webinar", "https://zoom.us/w/98877665544"),
        zone="America/Los_Angeles",
    )
    _x(
        "Robert Half timesheet portal training",
        interview=False,
        company=None,
        role=None,
        org=("onboarding@roberthalf.com", "Robert Half Onboarding"),
        desc="How to submit weekly timesheets for your current contract assignment.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Karat interviewer shift: conducting interview #4521",
        interview=False,
        company=None,
        role=None,
        org=("ie-scheduling@karat.io", "Karat Interview Engineer Scheduling"),
        desc="You are the Interview Engineer for this session. Candidate: anonymous (client: Indeed). Follow the question bank for the Software Engineer rubric and submit feedback within 2 hours.",
        zone="America/Chicago",
    )
    _x(
        "Study group: HackerRank SQL practice",
        interview=False,
        company=None,
        role=None,
        org=("sqlstudy.sf@gmail.com", "SQL Study Group"),
        desc="Weekly study group. We'll do the HackerRank SQL (Advanced) track together.",
        loc="SF Public Library, Main Branch, Room 4",
        zone="America/Los_Angeles",
    )
    _x(
        "AWS Certified Solutions Architect – Associate exam",
        interview=False,
        company=None,
        role=None,
        org=("noreply@pearsonvue.com", "Pearson VUE"),
        desc="Online proctored certification exam. Check in 30 minutes early with photo ID.",
        zone="America/Los_Angeles",
    )
    _x(
        "GIZ info session: working in development cooperation",
        interview=False,
        company=None,
        role=None,
        org=("events@giz.de", "GIZ Events"),
        desc="Online info session of the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) on career paths. Open to everyone; registration only.",
        conf=("Webex", "https://giz.webex.com/webinar/karriere"),
        zone="Europe/Berlin",
    )
    _x(
        "Panel discussion: women in fintech (Monzo HQ)",
        interview=False,
        company=None,
        role=None,
        desc="Meetup hosted at Monzo's office. Speakers from Monzo, Wise and Starling. Networking drinks afterwards.",
        loc="Monzo, Broadwalk House, 5 Appold St, London",
        zone="Europe/London",
    )
    _x(
        "Goldman Sachs Possibilities Summit (virtual open day)",
        interview=False,
        company=None,
        role=None,
        org=("events@gs.com", "Goldman Sachs Campus Events"),
        desc="Virtual open day: divisional presentations and Q&A. Attendance is not part of the application assessment.",
        conf=("ON24", "https://event.on24.com/gs-possibilities"),
        zone="Europe/London",
    )
