# ruff: noqa: E501 -- data: event texts as written
"""Round 15's second calendar author: a family's shared calendar and a busy professional's, where interviews hide among look-alikes.

Alex Rivera shares a family calendar with partner Sam Lind and kids Mia and Leo, and keeps a work
calendar at Initech. Alex's own job interviews (typed shorthand notes, ATS invitations, scheduler
bookings, onsite loop parts, trial shifts, founder chats, agency screens, assessment centres) in
English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish and Japanese sit
beside look-alikes: Sam's interviews, school conferences (entrevista con la tutora, colloquio con la
maestra, 三者面談), visa and citizenship interviews, house viewings, mortgage interviews, podcasts,
user research Alex runs, candidates Alex interviews at Initech, mock interviews, prep, travel and
thank-you-note reminders. Written by hand from general knowledge of real invitations.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]

SAM = ("sam.lind@gmail.com", "Sam Lind")
FAMILY = ("family0417@group.calendar.google.com", "Rivera-Lind Family")


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author15b", **kw)


def build() -> None:
    _typed_notes()
    _ats_invites()
    _schedulers()
    _loops_and_panels()
    _trials_and_assessments()
    _coffees_and_founders()
    _agencies()
    _international()
    _family()
    _admin()
    _media_and_research()
    _initech_work()
    _coaching_prep_travel()


def _typed_notes() -> None:
    _x(
        "call w/ Priya (Lumen) 3pm",
        interview=True,
        company="Lumen",
        desc="she's the recruiter — 30 min, ask about comp band + remote policy",
    )
    _x(
        "2nd rd Brightfield",
        interview=True,
        company="Brightfield",
        loc="Brightfield HQ, 400 Harrison St, San Francisco",
    )
    _x(
        "Tallwood – HM chat (Greg)",
        interview=True,
        company="Tallwood",
        role="Platform PM",
        desc="Greg = hiring manager for the Platform PM role. ask about team size, roadmap ownership",
        meet="meet",
    )
    _x("phone screen - northbeam", interview=True, company="Northbeam", zone="America/New_York")
    _x(
        "Quillon final!!",
        interview=True,
        company="Quillon",
        desc="4 ppl, 2.5h, bring laptop. Ask Hana for the parking validation.",
        loc="Quillon, 88 King St, Seattle",
        zone="America/Los_Angeles",
    )
    _x(
        "tech int @ Veloxa (pair prog)",
        interview=True,
        company="Veloxa",
        conf=("Zoom Meeting", "https://veloxa.zoom.us/j/83310027741"),
    )
    _x(
        "recruiter call – Mirela, Ostrava Robotics",
        interview=True,
        company="Ostrava Robotics",
        zone="Europe/Prague",
        desc="+420 602 118 447 — she calls me",
    )
    _x(
        "Oakline onsite 10–2",
        interview=True,
        company="Oakline",
        loc="Oakline Inc., 1200 Page Mill Rd, Palo Alto",
    )
    _x(
        "case pres Fenwick & Co",
        interview=True,
        company="Fenwick & Co",
        desc="present the pricing case to 2 partners, 30 min + Q&A. deck in Drive/Job hunt/Fenwick",
    )
    _x(
        "intvw Dunmore?? confirm time w/ Kelsey",
        interview=True,
        company="Dunmore",
        desc="Kelsey said Thu 1 or 2pm — pencilled 1",
    )
    _x(
        "Greenleaf – culture fit w/ COO",
        interview=True,
        company="Greenleaf",
        zone="America/Chicago",
    )
    _x(
        "video int 11:00 (zoom link in email)",
        interview=True,
        company=None,
        desc="link in the confirmation email from their HR",
    )
    _x(
        "Halcyon Bio – take-home walkthrough w/ 2 engineers",
        interview=True,
        company="Halcyon Bio",
        meet="meet",
        desc="walk them through my take-home; they'll ask for extensions live",
    )
    _x(
        "HR round Marlow Insurance",
        interview=True,
        company="Marlow Insurance",
        zone="Europe/London",
    )
    _x(
        "final w/ CEO – Pell & Rowe",
        interview=True,
        company="Pell & Rowe",
        zone="Europe/London",
        loc="Pell & Rowe, 14 Gresham St, London",
    )
    _x(
        "screen w/ Anya from Corvid (Data Eng)",
        interview=True,
        company="Corvid",
        role="Data Engineer",
    )
    _x(
        "Alex: Tidewater final 2–5, I've got pickup",
        interview=True,
        company="Tidewater Analytics",
        org=SAM,
        att=[person(SAM[0], SAM[1])],
        desc="Sam: go get 'em! Leo has swim at 4, I'll take him.",
    )
    # typed look-alikes
    _x(
        "prep Brightfield 2nd rd – STAR stories",
        interview=False,
        desc="rehearse: conflict, failure, biggest launch. re-read JD.",
    )
    _x("thank-you email → Priya + panel (Lumen)", interview=False)
    _x(
        "drive to Oakline (45 min, garage B)",
        interview=False,
        loc="Oakline Inc., 1200 Page Mill Rd, Palo Alto",
    )
    _x("research Quillon: 10-K, product teardown", interview=False)
    _x("follow up w/ Tallwood recruiter if no news", interview=False, all_day=True)
    _x("apply: Corvid, Marlow + 2 others", interview=False)
    _x("interview outfit – tailor pickup", interview=False, loc="Mission Tailors, 2231 Mission St")
    _x("debrief w/ Sam after Quillon final", interview=False, att=[person(SAM[0], SAM[1])])


def _ats_invites() -> None:
    _x(
        "Interview: Alex Rivera - Senior Product Designer",
        interview=True,
        company="Harbor Labs",
        role="Senior Product Designer",
        org=("coordinator@harborlabs.com", "Harbor Labs Recruiting"),
        att=[
            person("dana.okafor@harborlabs.com", "Dana Okafor"),
            person("li.wen@harborlabs.com", "Li Wen"),
        ],
        desc="Hi Alex,\n\nThanks for scheduling time with Harbor Labs! You'll be meeting with Dana Okafor (Design Director) and Li Wen (Staff Designer) for a portfolio conversation.\n\nPlease join via the Google Meet link. If you need to reschedule, reply to this email.\n\nThis invitation was sent via Greenhouse.",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Cobaltline | Technical Interview",
        interview=True,
        company="Cobaltline",
        role="Backend Engineer (Payments)",
        org=("talent@cobaltline.io", "Cobaltline Talent"),
        att=[person("raj@cobaltline.io", "Raj Mehta")],
        desc="<p>Hi Alex,</p><p>Your technical interview for <b>Backend Engineer (Payments)</b> is confirmed. Raj will pair with you on a practical problem in the language of your choice.</p><p>— Cobaltline Talent Team</p><p><small>Scheduled with Lever</small></p>",
        conf=("Zoom Meeting", "https://cobaltline.zoom.us/j/91820344512"),
    )
    _x(
        "Onsite – System Design (Alex Rivera)",
        interview=True,
        company="Ferncastle",
        role="Senior Software Engineer",
        org=("no-reply@ashbyhq.com", "Ferncastle via Ashby"),
        att=[
            person("marta.s@ferncastle.com", "Marta Sokol"),
            person("ed@ferncastle.com", "Ed Brandt"),
        ],
        desc="Ferncastle – Senior Software Engineer\nStage: Onsite (virtual)\nInterviewers: Marta Sokol, Ed Brandt\n\nYou'll design a system end to end. Whiteboard: https://excalidraw.com\n\nPowered by Ashby",
        meet="meet",
    )
    _x(
        "Interview Scheduled: R-10423 Data Analyst II",
        interview=True,
        company="Northland Energy",
        role="Data Analyst II",
        org=("northlandenergy@myworkday.com", "Northland Energy Careers"),
        desc="Dear Alex,\n\nYour interview for Data Analyst II (R-10423) at Northland Energy has been scheduled. Interview type: Video. Interviewers: Paula Greer (Manager, Analytics).\n\nPlease sign in to your candidate home to view details.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1",
        ),
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera - Hiring Manager Interview - Operations Lead",
        interview=True,
        company="Verdant Foods",
        role="Operations Lead",
        org=("hr@verdantfoods.com", "Verdant Foods HR"),
        att=[person("k.moss@verdantfoods.com", "Kieran Moss")],
        desc="Hello Alex, please find below the details of your interview with Kieran Moss, Director of Operations at Verdant Foods. Powered by SmartRecruiters.",
        loc="Verdant Foods, 55 Canal Rd, Portland OR",
    )
    _x(
        "Interview with Alex Rivera for Customer Success Manager",
        interview=True,
        company="Pinecrest Software",
        role="Customer Success Manager",
        org=("pinecrest-software@workablemail.com", "Pinecrest Software"),
        desc="Pinecrest Software has invited you to an interview for the Customer Success Manager position.\n\nDuration: 45 minutes\nType: Video call\n\nSent via Workable",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Intervju: Alex Rivera – Produktägare",
        interview=True,
        company="Lindqvist Bygg",
        role="Produktägare",
        org=("rekrytering@lindqvistbygg.se", "Lindqvist Bygg Rekrytering"),
        att=[person("anna.holm@lindqvistbygg.se", "Anna Holm")],
        desc="Hej Alex!\n\nVälkommen på intervju hos Lindqvist Bygg AB för tjänsten som Produktägare. Du träffar Anna Holm, IT-chef.\n\nAdress: Sveavägen 44, Stockholm. Anmäl dig i receptionen.\n\nMed vänliga hälsningar\nRekryteringsteamet (Teamtailor)",
        loc="Sveavägen 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Vorstellungsgespräch Alex Rivera – Backend-Entwickler (m/w/d)",
        interview=True,
        company="Kranhaus Software",
        role="Backend-Entwickler",
        org=("jobs@kranhaus-software.de", "Kranhaus Software GmbH"),
        att=[person("t.becker@kranhaus-software.de", "Tobias Becker")],
        desc="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d). Wir freuen uns auf das Gespräch mit Tobias Becker (Teamlead) per Video.\n\nViele Grüße\nIhr Kranhaus Software Recruiting-Team\n\n— versendet über Personio",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek Alex Rivera – Data Engineer",
        interview=True,
        company="Dijkstra Media",
        role="Data Engineer",
        org=("werving@dijkstramedia.nl", "Dijkstra Media Werving"),
        desc="Beste Alex,\n\nHierbij de bevestiging van je eerste gesprek voor de functie Data Engineer bij Dijkstra Media. Je spreekt met Sanne de Vries (Head of Data).\n\nTot dan!\n\nVerzonden via Recruitee",
        conf=(
            "Microsoft Teams-vergadering",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGlq",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien – Alex Rivera / Chef de projet digital",
        interview=True,
        company="Maison Bellec",
        role="Chef de projet digital",
        org=("recrutement@maisonbellec.fr", "Recrutement Maison Bellec"),
        att=[person("c.marchand@maisonbellec.fr", "Camille Marchand")],
        desc="Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de Chef de projet digital avec Camille Marchand, Directrice e-commerce.\n\nÀ bientôt,\nL'équipe RH Maison Bellec",
        loc="Maison Bellec, 12 rue du Bac, 75007 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista: Alex Rivera – Analista de Datos",
        interview=True,
        company="Grupo Alcora",
        role="Analista de Datos",
        org=("seleccion@grupoalcora.es", "Selección Grupo Alcora"),
        desc="Hola Alex:\n\nTe confirmamos la entrevista para la posición de Analista de Datos en Grupo Alcora. Será por videollamada con Lucía Ferrer, responsable de BI.\n\nUn saludo,\nEquipo de Talento",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista com Alex Rivera – Engenheiro de Software",
        interview=True,
        company="Nuvem Azul",
        role="Engenheiro de Software",
        org=("pessoas@nuvemazul.com.br", "Pessoas Nuvem Azul"),
        att=[person("rafael.lima@nuvemazul.com.br", "Rafael Lima")],
        desc="Olá Alex!\n\nSua entrevista técnica para a vaga de Engenheiro de Software na Nuvem Azul Tecnologia está confirmada. Duração: 1h.\n\nAbraços,\nTime de Pessoas",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio conoscitivo – Alex Rivera (Product Manager)",
        interview=True,
        company="Fratelli Moretti",
        role="Product Manager",
        org=("hr@fratellimoretti.it", "HR Fratelli Moretti"),
        desc="Gentile Alex,\n\ncome da accordi telefonici le confermiamo il colloquio conoscitivo per la posizione di Product Manager presso Fratelli Moretti S.p.A.\n\nCordiali saluti,\nUfficio Risorse Umane",
        loc="Via Tortona 27, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera (Java Developer)",
        interview=True,
        company="Wisłasoft",
        role="Java Developer",
        org=("rekrutacja@wislasoft.pl", "Rekrutacja Wisłasoft"),
        desc="Dzień dobry,\n\npotwierdzamy rozmowę rekrutacyjną na stanowisko Java Developer w Wisłasoft sp. z o.o. Rozmowę poprowadzi Katarzyna Nowak (Tech Lead).\n\nPozdrawiamy,\nZespół HR",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2lz",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "【一次面接】Alex Rivera様 / 株式会社ハルカデジタル",
        interview=True,
        company="Haruka Digital",
        org=("saiyo@haruka-digital.co.jp", "ハルカデジタル 採用担当"),
        desc="Alex Rivera様\n\nこの度は株式会社ハルカデジタル（Haruka Digital Inc.）の求人にご応募いただき誠にありがとうございます。一次面接の日程が確定いたしましたのでご案内いたします。\n\n形式：オンライン（Google Meet）\n所要時間：45分\n\n採用担当 佐藤",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接のご案内（Alex Rivera様）",
        interview=True,
        company="Kitakaze Trading",
        org=("jinji@kitakaze.co.jp", "北風物産 人事部"),
        desc="Alex Rivera様\n\n北風物産株式会社（Kitakaze Trading Co., Ltd.）人事部の田中でございます。最終面接を下記の通り実施いたします。\n\n場所：東京都千代田区丸の内2-4-1 15階\n面接官：代表取締役、人事部長\n\n当日は受付にてお名前をお伝えください。",
        loc="東京都千代田区丸の内2-4-1",
        zone="Asia/Tokyo",
    )
    _x(
        "Alex Rivera – Virtual Onsite (Part 2: Product Sense)",
        interview=True,
        company="Sableworks",
        role="Group Product Manager",
        org=("recruiting@sableworks.com", "Sableworks Recruiting"),
        att=[person("jen.ortiz@sableworks.com", "Jen Ortiz")],
        desc="Group Product Manager – Virtual Onsite\nPart 2 of 4: Product Sense with Jen Ortiz (VP Product)\n\nGreenhouse candidate schedule attached.",
        conf=("Zoom Meeting", "https://sableworks.zoom.us/j/81234599011"),
    )
    _x(
        "Intro call: Alex Rivera / Emberly",
        interview=True,
        company="Emberly",
        org=("hiring@emberly.app", "Emberly Hiring"),
        att=[person("sofia@emberly.app", "Sofia Lange")],
        desc="Intro call with Sofia from Emberly's talent team. We'll talk about your background and the roles we're hiring for.\n\nScheduled via Ashby",
        meet="meet",
    )
    _x(
        "Updated invitation: Alex Rivera – Final Round – Tidewater Analytics",
        interview=True,
        company="Tidewater Analytics",
        org=("people@tidewateranalytics.com", "Tidewater People Team"),
        desc="This event has been updated: new time.\n\nFinal round for Alex Rivera — three back-to-back conversations with the Analytics leadership team.",
        loc="Tidewater Analytics, 9 Pier 70, San Francisco",
    )
    _x(
        "Candidate Interview - Alex Rivera - Req 55812",
        interview=True,
        company="Stonebridge Health",
        role="Senior Business Analyst",
        org=("talentacquisition@stonebridgehealth.org", "Stonebridge Health Talent Acquisition"),
        desc="Position: Senior Business Analyst (Req 55812)\nDepartment: Revenue Cycle\nInterviewers: M. Dorsey, T. Ahn\n\nStonebridge Health is an equal opportunity employer.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c3Rv",
        ),
        zone="America/New_York",
    )
    _x(
        "Interview Invitation: Supply Chain Planner",
        interview=True,
        company="Ridgeway Logistics",
        role="Supply Chain Planner",
        org=("noreply@icims.com", None),
        desc="Dear Alex,\n\nRidgeway Logistics would like to invite you to interview for the Supply Chain Planner position. Please see the schedule below.\n\niCIMS Talent Platform",
        zone="America/Chicago",
    )
    _x(
        "Interview with Alex – Sundby Studio",
        interview=True,
        company="Sundby Studio",
        org=("jobs@sundbystudio.dk", "Sundby Studio"),
        desc="Hi Alex, looking forward to meeting you! We'll talk about the Design Lead role and your work.\n\nSent with Teamtailor",
        meet="meet",
        zone="Europe/Copenhagen",
    )


def _schedulers() -> None:
    _x(
        "Jordan Lee and Alex Rivera",
        interview=True,
        company="Mapleshore",
        role="Staff Engineer",
        org=("jordan.lee@mapleshore.com", "Jordan Lee"),
        desc="Event Name: 30 Minute Intro – Mapleshore Recruiting\n\nLocation: This is a Google Meet web conference.\n\nPlease share anything that will help prepare for our meeting.: Applied for Staff Engineer\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8a1f\nReschedule: https://calendly.com/reschedulings/8a1f\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Recruiter Screen (Alex Rivera)",
        interview=True,
        company="Quaywise",
        org=("talent@quaywise.com", "Quaywise Talent"),
        desc="Event Name: Recruiter Screen\n\nHi! This is a 25-minute call with the Quaywise recruiting team to learn more about you.\n\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://quaywise.zoom.us/j/85511230987"),
        zone="America/New_York",
    )
    _x(
        "Interview Confirmation – Alex Rivera – Brightwater Games",
        interview=True,
        company="Brightwater Games",
        role="Senior Producer",
        org=("scheduling@brightwatergames.com", "Brightwater Games Scheduling"),
        desc="Your interview for Senior Producer is confirmed.\n\n10:00 – 10:45 Gameplay Director\n10:45 – 11:30 Production Lead\n\nScheduled with GoodTime",
        meet="meet",
    )
    _x(
        "[Interview] Alex Rivera: Hiring Manager – Solace Health",
        interview=True,
        company="Solace Health",
        org=("coordinators@solacehealth.com", "Solace Health Coordinators"),
        att=[person("priyanka@solacehealth.com", "Priyanka Rao")],
        desc="Hiring manager conversation with Priyanka Rao.\n\nScheduled via ModernLoop.",
        conf=("Zoom Meeting", "https://solacehealth.zoom.us/j/98112345670"),
    )
    _x(
        "30min Chat between Ines Duarte and Alex Rivera",
        interview=True,
        company="Lumaro",
        role="Product Manager",
        org=("ines@lumaro.io", "Ines Duarte"),
        desc="What: 30min Chat\nInvitee notes: Founder chat — Lumaro is hiring its first Product Manager and Ines wanted to talk before the team interviews.\n\nBooked with Cal.com",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Telefoninterview – Alex Rivera",
        interview=True,
        company="Stadtwerke Lohberg",
        role="IT-Projektleiter",
        org=("termine@stadtwerke-lohberg.de", "Stadtwerke Lohberg Termine"),
        desc="Ihr Termin wurde gebucht.\n\nDienst: Telefoninterview IT-Projektleiter (w/m/d)\nMitarbeiter: Frau Krüger, Personalabteilung\n\nMicrosoft Bookings",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera / Talia (Corrigan Partners)",
        interview=True,
        company="Corrigan Partners",
        role="Strategy Associate",
        org=("talia.ng@corriganpartners.com", "Talia Ng"),
        desc="Meeting booked through HubSpot Meetings.\nTopic: initial screening for the Strategy Associate opening.",
        zone="America/New_York",
    )
    _x(
        "Interview slot – Alex Rivera",
        interview=True,
        company="Whitlock Design",
        org=("studio@whitlockdesign.co", "Whitlock Design"),
        desc="Booked by Alex Rivera\nBooking page: Whitlock Design – Design Interviews (45 min)\n\nGoogle Calendar appointment schedule",
        meet="meet",
        zone="Europe/London",
    )
    # scheduler look-alikes
    _x(
        "Mark Deane and Alex Rivera",
        interview=False,
        org=("mark@deanehomes.com", "Mark Deane"),
        desc="Event Name: Private Showing – 14 Elm Street\n\nLocation: 14 Elm Street, Oakland\n\nPowered by Calendly.com",
        loc="14 Elm Street, Oakland",
    )
    _x(
        "Alex Rivera and Rebecca Holt",
        interview=False,
        org=("rebecca@holtcareercoaching.com", "Rebecca Holt"),
        desc="Event Name: Mock Interview (60 min) – Holt Career Coaching\n\nPlease share anything that will help prepare for our meeting.: PM onsite at Marigold next week\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Beratungstermin Baufinanzierung – Alex Rivera",
        interview=False,
        org=("termine@sparkasse-lohberg.de", "Sparkasse Lohberg"),
        desc="Ihr Termin wurde gebucht.\nDienst: Baufinanzierung Erstberatung\nBerater: Herr Yilmaz\n\nMicrosoft Bookings",
        zone="Europe/Berlin",
    )
    _x(
        "Informational interview – Chris (designer @ Lumen)",
        interview=False,
        org=("chris.boyd@lumen.design", "Chris Boyd"),
        desc="Event Name: 20 min coffee chat\nNotes: friend of Priya's, happy to tell me what it's like to work there. Not part of the process.\n\nPowered by Calendly.com",
    )


def _loops_and_panels() -> None:
    org = ("recruiting@marigoldsystems.com", "Marigold Recruiting")
    for title, who in [
        (
            "Marigold onsite 1/4 – Coding (Alex Rivera)",
            person("ken@marigoldsystems.com", "Ken Ito"),
        ),
        (
            "Marigold onsite 2/4 – System Design (Alex Rivera)",
            person("ruth@marigoldsystems.com", "Ruth Abara"),
        ),
        (
            "Marigold onsite 3/4 – Lunch with the team (Alex Rivera)",
            person("team-lunch@marigoldsystems.com", "Platform team"),
        ),
        (
            "Marigold onsite 4/4 – Values & Behavioral (Alex Rivera)",
            person("oscar@marigoldsystems.com", "Oscar Vance"),
        ),
    ]:
        _x(
            title,
            interview=True,
            company="Marigold Systems",
            role="Senior Product Manager",
            org=org,
            att=[who],
            desc="Marigold Systems – Senior Product Manager onsite loop. Please check in at the front desk, 3rd floor.",
            loc="Marigold Systems, 500 Westlake Ave N, Seattle",
        )
    _x(
        "Panel interview – Northwind Trust (Head of Data)",
        interview=True,
        company="Northwind Trust",
        role="Head of Data",
        org=("careers@northwindtrust.co.uk", "Northwind Trust Careers"),
        att=[
            person("cfo@northwindtrust.co.uk", "Helen Page"),
            person("cto@northwindtrust.co.uk", "Sunil Rao"),
        ],
        desc="Panel: CFO, CTO and Head of People. 60 minutes including a 15-minute presentation on your first 90 days.",
        loc="Northwind Trust, 1 Poultry, London",
        zone="Europe/London",
    )
    _x(
        "Loop: Alex Rivera – Bar Raiser",
        interview=True,
        company="Ordway Retail",
        org=("loops@ordwayretail.com", "Ordway Retail Interview Scheduling"),
        desc="Final conversation of your Ordway Retail interview loop with an independent Bar Raiser.",
        conf=("Amazon Chime", "https://chime.aws/4412230088"),
    )
    _x(
        "Portfolio review w/ design panel – Alex R.",
        interview=True,
        company="Fieldnote",
        role="Product Designer",
        org=("design-hiring@fieldnote.so", "Fieldnote Design Hiring"),
        desc="Present 2 projects (40 min) to the Fieldnote design team, then Q&A. Role: Product Designer.",
        meet="meet",
    )
    _x(
        "Superday – Alex Rivera (Slot 3 of 5)",
        interview=True,
        company="Graybridge Capital",
        role="Associate",
        org=("campus@graybridgecap.com", "Graybridge Capital Recruiting"),
        desc="Graybridge Capital Associate Superday. Five 30-minute interviews with the deal team, 15 min breaks.",
        loc="Graybridge Capital, 345 Park Ave, New York",
        zone="America/New_York",
    )
    _x(
        "Team match call – Alex Rivera x Payments team",
        interview=True,
        company="Tessellate",
        org=("eng-recruiting@tessellate.dev", "Tessellate Engineering Recruiting"),
        desc="You've passed the Tessellate onsite — this call is with the Payments team EM to see if it's a mutual fit.",
        meet="meet",
    )
    _x(
        "Executive interview – Alex Rivera with VP Engineering",
        interview=True,
        company="Halberd",
        org=("talent@halberd.security", "Halberd Talent"),
        att=[person("vp-eng@halberd.security", "Mira Castellanos")],
        desc="Final step in the Halberd process: 45 minutes with Mira Castellanos, VP Engineering.",
        conf=("Zoom Meeting", "https://halberd.zoom.us/j/87765543210"),
        my_status="tentative",
    )


def _trials_and_assessments() -> None:
    _x(
        "Probearbeiten – Café Kranich (Sa 8–14 Uhr)",
        interview=True,
        company="Café Kranich",
        desc="Schürze mitbringen, Frau Albers fragen. Bezahlt wie eine normale Schicht.",
        loc="Café Kranich, Oranienstraße 21, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Trial shift – Bramble & Rye (kitchen)",
        interview=True,
        company="Bramble & Rye",
        role="Line Cook",
        desc="Chef Tom: 4 hour trial on the line for the line cook role. Bring knives + non-slip shoes.",
        loc="Bramble & Rye, 78 Valencia St",
        zone="America/Los_Angeles",
    )
    _x(
        "Proefdag bij Koffiebranderij De Molen",
        interview=True,
        company="Koffiebranderij De Molen",
        role="Barista",
        desc="Proefdag als barista, 9:00–15:00. Vraag naar Joris.",
        loc="Koffiebranderij De Molen, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Assessment Center – Graduate Programme, Halden Bank",
        interview=True,
        company="Halden Bank",
        org=("graduates@haldenbank.com", "Halden Bank Graduate Recruitment"),
        desc="Agenda: 09:00 welcome, 09:30 group exercise, 11:00 competency interview, 13:00 case presentation, 15:00 close.\nPlease bring photo ID.",
        loc="Halden Bank, 20 Canada Square, London",
        zone="Europe/London",
    )
    _x(
        "Assessment Centre: group exercise + interview – Thornbury Council",
        interview=True,
        company="Thornbury Council",
        role="Policy Officer",
        org=("recruitment@thornbury.gov.uk", "Thornbury Council Recruitment"),
        desc="Policy Officer (Grade 7). In-tray exercise, group discussion and a panel interview.",
        loc="Thornbury Civic Centre",
        zone="Europe/London",
    )
    _x(
        "Journée d'évaluation – Groupe Ardent",
        interview=True,
        company="Groupe Ardent",
        org=("talents@groupe-ardent.fr", "Talents Groupe Ardent"),
        desc="Centre d'évaluation : mise en situation, étude de cas en groupe et entretien individuel avec un manager.",
        loc="Tour Ardent, La Défense",
        zone="Europe/Paris",
    )
    _x(
        "Caso práctico en vivo – Altamira Consultores",
        interview=True,
        company="Altamira Consultores",
        role="Consultor Senior",
        org=("talento@altamiraconsultores.es", "Talento Altamira"),
        desc="Segunda fase del proceso para Consultor Senior: resolverás un caso con dos gerentes (60 min).",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Dia de experiência – Padaria Lusa",
        interview=True,
        company="Padaria Lusa",
        desc="Dia de experiência na loja da Graça, das 7h às 13h. Falar com a D. Fátima.",
        loc="Padaria Lusa, Largo da Graça 12, Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Complete Codility test for Veloxa (due Fri)",
        interview=False,
        all_day=True,
        desc="90 min timed, unproctored. Link in email from Veloxa recruiting.",
    )
    _x(
        "SHL-Online-Test – Halden Bank (bis 23:59)",
        interview=False,
        all_day=True,
        zone="Europe/Berlin",
    )


def _coffees_and_founders() -> None:
    _x(
        "Coffee w/ Dana – hiring mgr, Wrenfield",
        interview=True,
        company="Wrenfield",
        loc="Blue Bottle, Mint Plaza",
        desc="she's hiring for the analytics lead role — treat it like a first round",
    )
    _x(
        "Chat with Nadia (founder) – Pinegrove",
        interview=True,
        company="Pinegrove",
        role="Head of Operations",
        org=("nadia@pinegrove.co", "Nadia Haddad"),
        desc="Hi Alex — looking forward to chatting about the Head of Operations role. Informal, just get to know each other. — N",
        meet="meet",
    )
    _x(
        "Walk & talk with Ben (CTO, Larkspur AI)",
        interview=True,
        company="Larkspur AI",
        desc="he wants to see if I'd be a fit for their first ML hire. Meet at Dolores Park entrance.",
    )
    _x(
        "Frühstück mit Jonas (Gründer, Lichtwerk) – Kennenlernen",
        interview=True,
        company="Lichtwerk",
        role="Head of Product",
        desc="Es geht um die Stelle als Head of Product. Jonas hat gesagt: ganz locker, danach ggf. Gespräch mit dem Team.",
        loc="Café Einstein, Kurfürstenstraße",
        zone="Europe/Berlin",
    )
    _x(
        "Café avec Claire – fondatrice d'Atelier Sorel (poste de COO)",
        interview=True,
        company="Atelier Sorel",
        role="COO",
        loc="Café de Flore",
        zone="Europe/Paris",
    )
    _x(
        "Lunch w/ Marcus – VP Sales @ Ridgecrest, re: the AE opening",
        interview=True,
        company="Ridgecrest",
        role="AE",
        zone="America/Denver",
    )
    _x(
        "Informal chat – Ottoline (they're hiring a Staff PM)",
        interview=True,
        company="Ottoline",
        role="Staff PM",
        org=("hello@ottoline.com", "Ottoline"),
        desc="Informal chat with our co-founders before we kick off the formal process.",
        meet="meet",
    )
    _x(
        "Drinks with the Foxglove founders (hiring chat)",
        interview=True,
        company="Foxglove",
        loc="The Interval, Fort Mason",
        desc="final 'vibe check' before they send the offer — both founders",
    )
    _x("Coffee w/ Tom (ex-Initech) – catch up", interview=False, loc="Philz Coffee, 24th St")
    _x(
        "ProductTank meetup – hosted at Lumen HQ",
        interview=False,
        loc="Lumen, 140 New Montgomery St",
        desc="talks on pricing experiments; pizza at 6",
    )
    _x(
        "Networking breakfast – Women in Product",
        interview=False,
        loc="The Battery, 717 Battery St",
    )


def _agencies() -> None:
    _x(
        "Hays – Erstgespräch mit Alex Rivera",
        interview=True,
        company=None,
        org=("lena.vogt@hays.de", "Lena Vogt"),
        desc="Kennenlerngespräch: Ihr Profil, Ihre Wechselmotivation und Gehaltsvorstellung. Aktuelle Projekte besprechen wir im Anschluss.",
        zone="Europe/Berlin",
    )
    _x(
        "Harcourt Talent: intro call re Finance Manager at Solvane",
        interview=True,
        company="Solvane",
        role="Finance Manager",
        org=("owen@harcourttalent.co.uk", "Owen Price"),
        zone="Europe/London",
    )
    _x(
        "Call with Leah (Brightpath Search) – client: Veridian Pharma, Director of Analytics",
        interview=True,
        company="Veridian Pharma",
        role="Director of Analytics",
        zone="America/New_York",
    )
    _x(
        "Agency screen – TechStaff Partners",
        interview=True,
        company=None,
        org=("recruit@techstaffpartners.com", "TechStaff Partners"),
        desc="Screening call for a contract-to-hire data role with one of our clients (name shared after screening).",
    )
    _x(
        "Interview at client: Castellan Bank (via Kelso Recruitment)",
        interview=True,
        company="Castellan Bank",
        org=("amir@kelsorecruitment.com", "Amir Shah"),
        desc="Amir will brief you 15 min before. Interview with Castellan Bank's Head of Treasury Ops.",
        loc="Castellan Bank, 2 Lombard St, London",
        zone="Europe/London",
    )
    _x(
        "Entrevista con consultora – puesto en cliente confidencial",
        interview=True,
        company=None,
        org=("marta.gil@talentiaselect.es", "Marta Gil"),
        desc="Primera entrevista con Talentia Select. El cliente es una empresa del sector retail (confidencial).",
        zone="Europe/Madrid",
    )
    _x(
        "Vanderpol Werving – gesprek voor functie bij Oranjeboom Logistiek",
        interview=True,
        company="Oranjeboom Logistiek",
        org=("pieter@vanderpolwerving.nl", "Pieter Vanderpol"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Kelso Recruitment – interview for Talent Partner (internal team)",
        interview=True,
        company="Kelso Recruitment",
        role="Talent Partner",
        org=("people@kelsorecruitment.com", "Kelso People Team"),
        desc="This is for a role on Kelso's own internal recruiting team, not a client placement.",
        zone="Europe/London",
    )


def _international() -> None:
    _x(
        "2. Runde bei Auralis – Fachgespräch",
        interview=True,
        company="Auralis",
        org=("karriere@auralis.de", "Auralis Karriere"),
        desc="Fachgespräch mit zwei Entwicklern aus dem Team, ca. 90 Minuten.",
        loc="Auralis GmbH, Leopoldstraße 150, München",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview mit Frau Weber (Brenner Logistik)",
        interview=True,
        company="Brenner Logistik",
        zone="Europe/Berlin",
        desc="Sie ruft an. Stelle: Teamleitung Disposition.",
    )
    _x(
        "Entretien RH – Lumière Assurances",
        interview=True,
        company="Lumière Assurances",
        org=("rh@lumiere-assurances.fr", "RH Lumière Assurances"),
        desc="Premier entretien avec la chargée de recrutement (30 min, téléphone).",
        zone="Europe/Paris",
    )
    _x(
        "Segunda entrevista – Bodegas Ferrán",
        interview=True,
        company="Bodegas Ferrán",
        role="Responsable de Exportación",
        desc="Con el director comercial. Puesto: Responsable de Exportación.",
        loc="Bodegas Ferrán, Haro (La Rioja)",
        zone="Europe/Madrid",
    )
    _x(
        "Conversa com o gestor – vaga Analista Sênior, Banco Ribeira",
        interview=True,
        company="Banco Ribeira",
        role="Analista Sênior",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmli",
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Secondo colloquio tecnico – Officine Caldera",
        interview=True,
        company="Officine Caldera",
        org=("selezione@officinecaldera.it", "Selezione Officine Caldera"),
        desc="Colloquio tecnico con il responsabile dell'ufficio tecnico. Portare il portfolio.",
        zone="Europe/Rome",
    )
    _x(
        "Tweede gesprek – Polderdata",
        interview=True,
        company="Polderdata",
        org=("jobs@polderdata.nl", "Polderdata"),
        desc="Tweede ronde met de CTO en een teamlid. Duur: 1 uur.",
        loc="Polderdata, Wibautstraat 131, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Anställningsintervju – Fjällvind Energi",
        interview=True,
        company="Fjällvind Energi",
        role="Projektledare",
        desc="Intervju för tjänsten som projektledare. Träffa HR och avdelningschefen.",
        zone="Europe/Stockholm",
    )
    _x(
        "Rozmowa z managerem – Bursztyn Pay",
        interview=True,
        company="Bursztyn Pay",
        org=("hr@bursztynpay.pl", "HR Bursztyn Pay"),
        desc="Drugi etap: rozmowa z Engineering Managerem (45 min).",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "カジュアル面談 – 株式会社ソラノ",
        interview=True,
        company="Sorano",
        org=("recruit@sorano.jp", "Sorano Inc. 採用チーム"),
        desc="Sorano Inc. のカジュアル面談です。選考の前に、事業内容とポジション（プロダクトマネージャー）についてお話しします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接（オンライン）– Alex Rivera様",
        interview=True,
        company="Tsubame Logistics",
        org=("saiyo@tsubame-logi.co.jp", "つばめロジスティクス 採用担当"),
        desc="つばめロジスティクス株式会社（Tsubame Logistics）二次面接のご案内です。面接官：事業部長",
        conf=("Zoom Meeting", "https://tsubame-logi.zoom.us/j/81100223344"),
        zone="Asia/Tokyo",
    )
    _x(
        "Intervju 2 – Norrsken Media (med teamet)",
        interview=True,
        company="Norrsken Media",
        org=("jobb@norrskenmedia.se", "Norrsken Media"),
        zone="Europe/Stockholm",
    )
    _x(
        "Entrevue d'embauche – Coopérative Boréale",
        interview=True,
        company="Coopérative Boréale",
        role="Analyste financier",
        desc="Entrevue pour le poste d'analyste financier, avec la directrice des finances.",
        loc="Coopérative Boréale, 400 boul. Saint-Laurent, Montréal",
        zone="America/Toronto",
    )
    _x(
        "Entrevista técnica – Mercado Sur",
        interview=True,
        company="Mercado Sur",
        org=("talento@mercadosur.mx", "Talento Mercado Sur"),
        desc="Entrevista técnica (live coding) con dos ingenieros del equipo de pagos.",
        meet="meet",
        zone="America/Mexico_City",
    )


def _family() -> None:
    # Sam's interviews and errands on the shared calendar
    _x(
        "Sam – interview at Kestrel Health",
        interview=False,
        org=SAM,
        att=[person(SAM[0], SAM[1])],
        desc="Sam's 1st round for the clinical ops job. Can you do drop-off?",
        loc="Kestrel Health, 300 Mission St",
    )
    _x(
        "Sam 2. Runde Tannhof Verlag",
        interview=False,
        org=SAM,
        zone="Europe/Berlin",
        desc="Sam in München, zurück ca. 19 Uhr",
    )
    _x(
        "Sam's panel interview (can you do pickup?)",
        interview=False,
        org=FAMILY,
        att=[person(SAM[0], SAM[1])],
    )
    _x("Sam – phone screen w/ recruiter 10:30 (pls keep kids quiet)", interview=False, org=SAM)
    _x(
        "Sam final round – Ember & Oak",
        interview=False,
        org=SAM,
        att=[person(SAM[0], SAM[1])],
        desc="fingers crossed!! 🤞",
        add_me=False,
    )
    _x("Sam – dentist", interview=False, org=SAM)
    _x("Sam drops car at garage (brakes)", interview=False, org=SAM, loc="Mission Auto Repair")
    # kids & school
    _x(
        "Parent-teacher conference – Mia (Ms. Alvarez)",
        interview=False,
        org=("alvarez@brookside.k12.ca.us", "Elena Alvarez"),
        att=[person(SAM[0], SAM[1])],
        loc="Brookside Elementary, Room 14",
    )
    _x(
        "Kindergarten admissions interview – Leo (St. Brendan's)",
        interview=False,
        org=("admissions@stbrendans.org", "St. Brendan's Admissions"),
        desc="Parent interview and a short play-based visit for Leo. Please arrive 10 min early.",
    )
    _x(
        "Mia – interview for gifted program",
        interview=False,
        org=FAMILY,
        desc="district GATE screening, parents wait in library",
    )
    _x(
        "Babysitter interview – Hannah (candidate #2)",
        interview=False,
        org=FAMILY,
        att=[person("hannah.k@gmail.com", "Hannah Kim")],
        desc="ask about CPR cert + availability Tue/Thu",
    )
    _x(
        "Nanny interview: Marta",
        interview=False,
        org=SAM,
        att=[person("marta.ruiz@gmail.com", "Marta Ruiz")],
    )
    _x("Leo – swim lessons", interview=False, org=FAMILY, loc="YMCA Embarcadero")
    _x("Mia piano recital", interview=False, org=FAMILY, loc="Community Music Center")
    _x("Leo – audition for school play", interview=False, org=FAMILY)
    _x(
        "PTA meeting – spring fundraiser",
        interview=False,
        org=("pta@brookside.k12.ca.us", "Brookside PTA"),
    )
    _x("Dr. Patel – Alex annual physical", interview=False, loc="One Medical, 1 Embarcadero Ctr")
    _x("Pediatrician – Leo 6yr checkup", interview=False, org=FAMILY)
    _x(
        "Kinderarzt U9 – Leo",
        interview=False,
        org=FAMILY,
        zone="Europe/Berlin",
        desc="Vorsorgeheft + Impfpass mitnehmen!",
    )
    _x("Dentist – Mia (cleaning)", interview=False, org=FAMILY)
    _x("Grandma arrives – SFO pickup (UA 837)", interview=False, org=SAM)
    # school meetings in other languages
    _x(
        "Elternsprechtag – Mia (Frau Kaya)",
        interview=False,
        org=FAMILY,
        zone="Europe/Berlin",
        loc="Grundschule am Park, Raum 3.12",
    )
    _x(
        "Entrevista con la tutora de Leo",
        interview=False,
        org=FAMILY,
        zone="Europe/Madrid",
        desc="Tutoría trimestral con la señorita Rocío, 1º B",
    )
    _x(
        "Colloquio con la maestra di Mia",
        interview=False,
        org=FAMILY,
        zone="Europe/Rome",
        desc="colloqui individuali genitori-insegnanti, 10 minuti",
    )
    _x(
        "三者面談（Mia）",
        interview=False,
        org=FAMILY,
        zone="Asia/Tokyo",
        desc="担任の先生・Mia・保護者の三者面談。15分。",
    )
    _x("Utvecklingssamtal – Leo, klass 1B", interview=False, org=FAMILY, zone="Europe/Stockholm")
    _x("10-minutengesprek groep 5 (Mia)", interview=False, org=FAMILY, zone="Europe/Amsterdam")
    _x("Rozmowa z wychowawczynią Leo", interview=False, org=FAMILY, zone="Europe/Warsaw")
    _x(
        "Entretien d'inscription – crèche Les Lucioles",
        interview=False,
        org=FAMILY,
        zone="Europe/Paris",
        desc="rencontre avec la directrice pour l'inscription de Leo",
    )


def _admin() -> None:
    _x(
        "USCIS naturalization interview – Alex",
        interview=False,
        desc="Bring green card, passport, interview notice (I-797C). Civics test + English test.",
        loc="USCIS San Francisco Field Office, 444 Washington St",
    )
    _x(
        "Visa interview – U.S. Consulate Frankfurt (Sam)",
        interview=False,
        org=SAM,
        zone="Europe/Berlin",
        loc="Gießener Str. 30, Frankfurt am Main",
    )
    _x(
        "Global Entry interview – SFO Terminal 1",
        interview=False,
        desc="bring passport + conditional approval letter",
    )
    _x(
        "Einbürgerungsgespräch – Alex (Landratsamt)",
        interview=False,
        zone="Europe/Berlin",
        desc="Unterlagen: Sprachzertifikat B1, Einbürgerungstest, Arbeitsvertrag, Gehaltsnachweise",
    )
    _x(
        "Entrevista consular – visto de residência",
        interview=False,
        zone="Europe/Lisbon",
        loc="Consulado, Rua Castilho 50, Lisboa",
    )
    _x("Open house – 221 Maple Ave", interview=False, org=FAMILY, loc="221 Maple Ave, Berkeley")
    _x(
        "Viewing: 3-bed semi, Oak Road (Hartwell Estates)",
        interview=False,
        org=("viewings@hartwellestates.co.uk", "Hartwell Estates"),
        zone="Europe/London",
    )
    _x(
        "Besichtigung Wohnung Lindenstraße 12",
        interview=False,
        org=SAM,
        zone="Europe/Berlin",
        desc="3 Zi., 2. OG, Makler Herr Roth",
    )
    _x("Bezichtiging appartement Prinsengracht 403", interview=False, zone="Europe/Amsterdam")
    _x(
        "Mortgage interview – First Harbor Credit Union",
        interview=False,
        org=("loans@firstharborcu.org", "First Harbor CU Lending"),
        desc="Bring 2 yrs tax returns, 2 recent pay stubs, bank statements. Loan officer: Gail Simmons.",
    )
    _x("Rendez-vous conseiller bancaire – prêt immo", interview=False, zone="Europe/Paris")
    _x(
        "Reunião com o gerente do banco",
        interview=False,
        zone="America/Sao_Paulo",
        desc="renegociar o financiamento do apartamento",
    )
    _x(
        "Tenant interview with landlord – 18 Birch Ct",
        interview=False,
        org=SAM,
        desc="landlord wants to meet applicants before deciding. bring references",
    )
    _x("Jury duty – County Courthouse", interview=False, all_day=True)
    _x("Passport renewal appointment – Mia", interview=False, org=FAMILY)


def _media_and_research() -> None:
    _x(
        "Podcast: Product Hours – recording (guest: Alex Rivera)",
        interview=False,
        org=("hello@producthours.fm", "Product Hours"),
        desc="We'll chat about your career in product and lessons from scaling Initech's platform. Riverside link below.",
    )
    _x(
        "Radio interview – KBAY Morning Show",
        interview=False,
        org=("producer@kbay.org", "KBAY Producer"),
        desc="Live segment on tech layoffs, 7 minutes. Call-in number below.",
    )
    _x(
        "Interview with TechWeekly (Sara Kim)",
        interview=False,
        org=("sara.kim@techweekly.com", "Sara Kim"),
        desc="On-the-record interview for a feature on platform teams. 30 min.",
    )
    _x("Entrevista – Radio Costa (programa de tecnología)", interview=False, zone="Europe/Madrid")
    _x(
        "Interview für 'Digitale Köpfe' Podcast",
        interview=False,
        zone="Europe/Berlin",
        desc="Aufnahme via Zencastr, Thema: Produktstrategie",
    )
    _x(
        "User interview #7 – onboarding study",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("p7@userinterviews.com", "Participant 7")],
        desc="Discussion guide: go/onboarding-study. Recording consent collected.",
    )
    _x(
        "Customer discovery interview – Blueline Dental",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("ops@bluelinedental.com", "Kim Tran")],
    )
    _x("Nutzerinterview – Checkout-Studie (P4)", interview=False, me=WORK_ME, zone="Europe/Berlin")
    _x(
        "Entretien utilisateur – parcours d'inscription (P2)",
        interview=False,
        me=WORK_ME,
        zone="Europe/Paris",
    )
    _x(
        "Usability session w/ participant 12",
        interview=False,
        me=WORK_ME,
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91122334455"),
    )
    _x(
        "Alumni magazine interview – Class of 2012 profile",
        interview=False,
        org=("editor@alumni.ucdavis.edu", "UC Davis Magazine"),
    )


def _initech_work() -> None:
    rec = ("recruiting@initech.com", "Initech Recruiting")
    _x(
        "Interview: Jordan Park – Senior Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("jordan.park.dev@gmail.com", "Jordan Park")],
        desc="You're on the interview panel for Jordan Park (Senior Backend Engineer).\nInterviewer: Alex Rivera — Focus: API design.\nPlease submit your scorecard in Greenhouse within 24 hours.",
        meet="meet",
    )
    _x(
        "Interview Kit: Priya Nandakumar – System Design (you)",
        interview=False,
        me=WORK_ME,
        org=rec,
        desc="Your interview kit is ready. Candidate: Priya Nandakumar. Your module: System Design.",
    )
    _x("Debrief – Jordan Park", interview=False, me=WORK_ME, org=rec)
    _x(
        "Phone screen: candidate M. Okoye (you're screening)",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("m.okoye@outlook.com", "Michael Okoye")],
    )
    _x(
        "Intern candidate interviews – back-to-back (you: 2 slots)",
        interview=False,
        me=WORK_ME,
        org=rec,
    )
    _x(
        "Interviewer training – structured interviewing",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
    )
    _x("Hiring committee – Staff Eng req", interview=False, me=WORK_ME)
    _x(
        "1:1 Alex / Dmitri",
        interview=False,
        me=WORK_ME,
        att=[person("dmitri@initech.com", "Dmitri Volkov")],
    )
    _x(
        "Stay interview – Alex (HR)",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HRBP"),
        desc="Stay interviews help us understand what keeps you at Initech.",
    )
    _x(
        "Exit interview with HR – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HRBP"),
        desc="Last-day exit interview. Please return laptop and badge afterwards.",
    )
    _x("Performance review – H2", interview=False, me=WORK_ME)
    _x("Sprint planning – Platform", interview=False, me=WORK_ME)
    _x("Lunch & learn: How we interview at Initech", interview=False, me=WORK_ME)


def _coaching_prep_travel() -> None:
    _x(
        "Mock interview w/ coach Rebecca (system design)",
        interview=False,
        desc="she'll play the Marigold interviewer",
    )
    _x("Mock-Interview mit Karrierecoach (auf Englisch)", interview=False, zone="Europe/Berlin")
    _x("Simulation d'entretien – APEC", interview=False, zone="Europe/Paris")
    _x("Entrevista simulada con mi mentora", interview=False, zone="Europe/Madrid")
    _x(
        "Prep for Marigold onsite",
        interview=False,
        desc="re-read the PRD sample, practice metrics questions",
    )
    _x("Vorbereitung: Fachgespräch Auralis", interview=False, zone="Europe/Berlin")
    _x("Préparation entretien Lumière Assurances", interview=False, zone="Europe/Paris")
    _x(
        "Train to Munich – ICE 597 (Auralis interview tmrw)",
        interview=False,
        zone="Europe/Berlin",
        loc="Berlin Hbf",
    )
    _x("Flight SFO→SEA (Marigold onsite)", interview=False, loc="SFO Terminal 2")
    _x("Hotel check-in – Seattle", interview=False, zone="America/Los_Angeles")
    _x("Send thank-you notes – Marigold panel", interview=False)
    _x("Dankesmail an Frau Weber (Brenner Logistik)", interview=False, zone="Europe/Berlin")
    _x("Salary negotiation prep w/ coach", interview=False)
    _x("Interview with the Vampire – movie night", interview=False, org=FAMILY)
    _x("Study group – AWS Solutions Architect", interview=False)
    _x("Book club: 'The Interview' discussion", interview=False, org=SAM)
