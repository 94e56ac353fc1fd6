# ruff: noqa: E501 -- data: event texts as written
"""Calendar training events by an independent author (round 12, author12a).

Emphasis: naming the employer right. Covers employers with long names (four or
five words), legal forms (GmbH, AG, S.p.A., S.r.l., B.V., Sp. z o.o., K.K., AB,
Lda., S.A. de C.V., LLP), names containing "&", "and", "of", "de", "y", digits or
a dot; titles where trailing words follow the name (with, between, for, x, |, en dash,
"(Video)", a date, a city, a round number, a duration); titles that only carry an
abbreviation or a brand while the organizer's domain or signature names the
group; invitations sent on the employer's behalf by scheduling tools (Calendly,
GoodTime, ModernLoop), ATSs (Greenhouse, Lever, Ashby, Workday, Paradox),
assessment platforms with a live interviewer (HireVue Live, Codility,
HackerRank, CodeSignal), video services (Zoom, Teams, Webex), staffing agencies
and an RPO (plus one agency hiring for itself); the employer only in the
description, in parentheses or in a "Company:" / "Unternehmen:" / "Entreprise:"
line; two-line titles; and events in German, Dutch, Italian, French, Spanish,
Portuguese, Polish, Swedish and Japanese.

Hard negatives: Alex interviewing candidates on the Initech work calendar,
debriefs and interviewer training, mock interviews and coaching, podcasts,
press, radio and user-research interviews, book/film/band titles, meetups,
study groups, coffee chats and info sessions without a selection purpose,
internal Initech meetings (including Alex's own exit interview), a visa
interview, and reminders or trips that merely mention a company.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author12a", **kw)


def build() -> None:
    _long_names_and_legal_forms()
    _trailing_words_after_name()
    _abbreviations_and_brands()
    _sent_on_behalf_of_employer()
    _company_only_in_description()
    _two_line_titles()
    _german_dutch_swedish()
    _romance_languages()
    _polish_and_japanese()
    _work_calendar_interviewer()
    _mock_interviews_and_coaching()
    _press_podcasts_and_research()
    _titles_of_books_films_bands()
    _meetups_coffees_and_study()
    _internal_initech_meetings()
    _merely_mentions_a_company()


# ---------------------------------------------------------------------------
# Interviews: long employer names, legal forms, &, and, of, de, digits, dots
# ---------------------------------------------------------------------------


def _long_names_and_legal_forms() -> None:
    _x(
        "Interview Kessler & Söhne Antriebstechnik GmbH – Alex Rivera",
        interview=True,
        company="Kessler & Söhne Antriebstechnik GmbH",
        role="Embedded Software Engineer",
        org=("recruiting@kessler-antrieb.de", "Kessler & Söhne Recruiting"),
        att=[
            person("j.weidner@kessler-antrieb.de", "Jonas Weidner"),
            person("m.oezdemir@kessler-antrieb.de", "Melike Özdemir"),
        ],
        desc=(
            "Dear Alex,\n\nthank you for your application as Embedded Software Engineer (m/f/d) "
            "in our drive electronics team. As discussed, we would like to invite you to a first "
            "interview at our site in Göppingen.\n\nParticipants:\n- Jonas Weidner, Head of "
            "Firmware\n- Melike Özdemir, HR Business Partner\n\nPlease bring a copy of your ID for "
            "the visitor badge and report to reception in building C.\n\nKind regards\nMelike "
            "Özdemir\nKessler & Söhne Antriebstechnik GmbH | Industriestraße 14 | 73033 Göppingen"
        ),
        loc="Kessler & Söhne, Industriestraße 14, 73033 Göppingen, Gebäude C",
        zone="Europe/Berlin",
    )
    _x(
        "Bramwell, Oduya and Partners LLP – Associate interview",
        interview=True,
        company="Bramwell, Oduya and Partners",
        role="Corporate Associate",
        org=("graduate.recruitment@bramwelloduya.com", "Graduate Recruitment"),
        att=[
            person("c.oduya@bramwelloduya.com", "Chinwe Oduya"),
            person("r.pike@bramwelloduya.com", "Rupert Pike"),
        ],
        desc=(
            "Dear Alex\n\nFurther to your application for the role of Corporate Associate (2 PQE), "
            "we are pleased to confirm your partner interview with Chinwe Oduya and Rupert Pike.\n\n"
            "The interview will last approximately 60 minutes and will include a short written "
            "exercise (20 minutes) which you will complete on arrival.\n\nPlease ask for Graduate "
            "Recruitment at the 4th floor reception.\n\nBest wishes\nGraduate Recruitment Team\n"
            "Bramwell, Oduya and Partners LLP\n11 Tallow Yard, London EC4A 2BB"
        ),
        loc="11 Tallow Yard, London EC4A 2BB",
        zone="Europe/London",
    )
    _x(
        "First round: Bank of Eastmere – Graduate Risk Analyst",
        interview=True,
        company="Bank of Eastmere",
        role="Graduate Risk Analyst",
        org=("early.careers@bankofeastmere.co.uk", "Bank of Eastmere Early Careers"),
        att=[person("tobias.ngata@bankofeastmere.co.uk", "Tobias Ngata")],
        desc=(
            "Hi Alex,\n\nCongratulations on progressing to the first-round interview for our "
            "Graduate Risk Analyst programme.\n\nFormat: 45-minute video interview (competency "
            "and motivation questions) with Tobias Ngata, Credit Risk.\n\nJoin via Microsoft Teams "
            "using the link below. Please have your camera switched on.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting\nMeeting ID: 318 442 907 615\nPasscode: Yq7hXa\n"
            "________________________________________________________________________________"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2",
        ),
        zone="Europe/London",
    )
    _x(
        "Video interview – Laboratorios de la Vega S.A. de C.V. (Quality Manager)",
        interview=True,
        company="Laboratorios de la Vega",
        role="Quality Manager",
        org=("talento@labdelavega.com.mx", "Talento Humano – Laboratorios de la Vega"),
        att=[person("a.cervantes@labdelavega.com.mx", "Adriana Cervantes")],
        desc=(
            "Hello Alex,\n\nThis is to confirm your video interview for the Quality Manager "
            "position at our Guadalajara plant. The conversation will be held in English and "
            "Spanish with Adriana Cervantes, Plant Director.\n\nPlease join 5 minutes early.\n\n"
            "Talento Humano\nLaboratorios de la Vega, S.A. de C.V.\nAv. Vallarta 5120, Zapopan, Jal."
        ),
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Studio 42 Interactive — Technical Artist interview",
        interview=True,
        company="Studio 42 Interactive",
        role="Technical Artist",
        org=("jobs@studio42interactive.com", "Studio 42 Jobs"),
        att=[
            person("kai.lindberg@studio42interactive.com", "Kai Lindberg"),
            person("noor@studio42interactive.com", "Noor Haddad"),
        ],
        desc=(
            "Hey Alex! Looking forward to chatting about the Technical Artist opening. Kai (Art "
            "Director) and Noor (Lead TA) will walk through your reel and ask about your shader "
            "and pipeline work. Feel free to screen-share anything you'd like to show.\n\n"
            "– Studio 42 Interactive"
        ),
        conf=("Zoom Meeting", "https://studio42interactive.zoom.us/j/84112093377"),
        zone="America/Montreal",
    )
    _x(
        "Tidewell.io intro call",
        interview=True,
        company="Tidewell.io",
        role="Founding Engineer",
        org=("maya@tidewell.io", "Maya Castellanos"),
        desc=(
            "Hi Alex – thanks for applying for the Founding Engineer role! This is a 30 min intro "
            "with me (co-founder/CEO). I'll share what we're building and we can talk about your "
            "background and what you're looking for.\n\nMaya"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview at Vanterra Logistics B.V. with Maarten & Sanne",
        interview=True,
        company="Vanterra Logistics B.V.",
        role="Supply Chain Data Analyst",
        org=("sanne.kuipers@vanterra.nl", "Sanne Kuipers"),
        att=[person("maarten.dekker@vanterra.nl", "Maarten Dekker")],
        desc=(
            "Hi Alex,\n\nAs discussed on the phone, here is the invitation for the interview for "
            "the Supply Chain Data Analyst vacancy. You will meet Maarten Dekker (Manager "
            "Planning & Analytics) and me.\n\nOur office is a 10-minute walk from Rotterdam "
            "Lombardijen station. Parking is available in front of the building.\n\nKind regards,\n"
            "Sanne Kuipers\nRecruiter | Vanterra Logistics B.V."
        ),
        loc="Vanterra Logistics B.V., Spaanse Polder 37, 3071 Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Officine Meccaniche Ravelli S.p.A. – Interview (Project Engineer)",
        interview=True,
        company="Officine Meccaniche Ravelli S.p.A.",
        role="Project Engineer",
        org=("hr@ravelli-om.it", "HR Ravelli"),
        att=[person("g.ravelli@ravelli-om.it", "Giulia Ravelli")],
        desc=(
            "Dear Mr. Rivera,\n\nfollowing your application for the Project Engineer position "
            "(international projects), we are pleased to invite you to an interview with "
            "Giulia Ravelli, Engineering Director.\n\nThe interview will be held in English.\n\n"
            "Best regards,\nHuman Resources\nOfficine Meccaniche Ravelli S.p.A.\nVia dell'Artigianato 9, "
            "25030 Castrezzato (BS)"
        ),
        loc="Via dell'Artigianato 9, 25030 Castrezzato BS, Italy",
        zone="Europe/Rome",
    )
    _x(
        "Wisła Data Systems Sp. z o.o. – technical interview",
        interview=True,
        company="Wisła Data Systems",
        role="Senior Java Developer",
        org=("rekrutacja@wisladata.pl", "Rekrutacja Wisła Data Systems"),
        att=[
            person("piotr.zalewski@wisladata.pl", "Piotr Zalewski"),
            person("kasia.m@wisladata.pl", "Katarzyna Mróz"),
        ],
        desc=(
            "Hi Alex,\n\nthank you for the HR call last week. The next step for the Senior Java "
            "Developer position is a 90-minute technical interview with Piotr (Tech Lead) and "
            "Katarzyna (Engineering Manager): Java/Spring, a small live-coding task and system "
            "design.\n\nBest,\nTalent Acquisition\nWisła Data Systems Sp. z o.o."
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Hoshizora Robotics K.K. – Hiring Manager Interview (Tokyo)",
        interview=True,
        company="Hoshizora Robotics",
        role="Robotics Software Engineer",
        org=("recruit@hoshizora-robotics.jp", "Hoshizora Recruiting"),
        att=[person("t.kaneshiro@hoshizora-robotics.jp", "Takumi Kaneshiro")],
        desc=(
            "Dear Alex,\n\nThank you for your interest in the Robotics Software Engineer "
            "position. Your hiring manager interview with Takumi Kaneshiro (Motion Planning "
            "Group) is confirmed. The time shown is Japan Standard Time.\n\nBest regards,\n"
            "Recruiting Team, Hoshizora Robotics K.K.\n2-14-3 Shibaura, Minato-ku, Tokyo"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/89911230456?pwd=aG9zaGl6b3Jh"),
        zone="Asia/Tokyo",
    )
    _x(
        "Quill & Ledger Accounting Partners – Senior Auditor interview",
        interview=True,
        company="Quill & Ledger Accounting Partners",
        role="Senior Auditor",
        org=("careers@quillandledger.com", "Q&L Careers"),
        att=[person("dpatel@quillandledger.com", "Deepa Patel, CPA")],
        desc=(
            "Alex,\n\nThank you for your interest in the Senior Auditor (Assurance) position. "
            "Deepa Patel, Audit Partner, will meet with you at our Minneapolis office.\n\n"
            "Quill & Ledger Accounting Partners, LLP\n800 Nicollet Mall, Suite 1450"
        ),
        loc="800 Nicollet Mall, Suite 1450, Minneapolis, MN 55402",
        zone="America/Chicago",
    )
    _x(
        "Interview: Institute of Coastal Resilience Studies – Research Data Scientist",
        interview=True,
        company="Institute of Coastal Resilience Studies",
        role="Research Data Scientist",
        org=("hr@icrs-institute.org", "ICRS Human Resources"),
        att=[
            person("e.makoa@icrs-institute.org", "Dr. Elena Makoa"),
            person("p.verhoeven@icrs-institute.org", "Dr. Pieter Verhoeven"),
            person("s.lau@icrs-institute.org", "Sharon Lau"),
        ],
        desc=(
            "Search committee interview (60 min) for the Research Data Scientist position "
            "(req. 2024-117).\n\nAgenda:\n1. 15-minute presentation by the candidate on a past "
            "project\n2. Questions from the committee\n3. Candidate questions\n\nInstitute of "
            "Coastal Resilience Studies – Human Resources"
        ),
        conf=("Zoom Meeting", "https://icrs.zoom.us/j/93017764211"),
        zone="America/New_York",
    )
    _x(
        "3Sixty Health Systems: Panel Interview",
        interview=True,
        company="3Sixty Health Systems",
        role="Senior Product Designer",
        org=("talent@3sixtyhealth.com", "3Sixty Talent"),
        att=[
            person("ines.barros@3sixtyhealth.com", "Inês Barros"),
            person("glen.whitaker@3sixtyhealth.com", "Glen Whitaker"),
            person("ruth.amsel@3sixtyhealth.com", "Ruth Amsel"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>Your panel interview for <b>Senior Product Designer</b> is "
            "confirmed. You'll present one case study (20 min) followed by Q&amp;A with Design, "
            "Product and Engineering.</p><p>Thanks,<br>3Sixty Health Systems Talent Team</p>"
        ),
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Harbor & Vine Hospitality Group, Inc. — Revenue Manager Interview",
        interview=True,
        company="Harbor & Vine Hospitality Group",
        role="Revenue Manager",
        org=("people@harborandvine.com", "Harbor & Vine People Team"),
        att=[person("lsato@harborandvine.com", "Lauren Sato")],
        desc=(
            "Hi Alex, please see below details for your interview with Lauren Sato, Director of "
            "Revenue Strategy. We'll meet in the lobby of The Wharfside, our flagship property.\n\n"
            "Harbor & Vine Hospitality Group, Inc."
        ),
        loc="The Wharfside Hotel, 220 Embarcadero Row, San Diego, CA",
        zone="America/Los_Angeles",
    )
    _x(
        "Final interview — A.J. Whitcombe & Co.",
        interview=True,
        company="A.J. Whitcombe & Co.",
        role="Senior Buyer",
        org=("hr@ajwhitcombe.co.uk", "A.J. Whitcombe HR"),
        att=[person("henry.whitcombe@ajwhitcombe.co.uk", "Henry Whitcombe")],
        desc=(
            "Dear Alex,\n\nWe are delighted to invite you to the final stage for the Senior "
            "Buyer role – a conversation with our Managing Director, Henry Whitcombe, and a "
            "tour of the warehouse.\n\nYours sincerely,\nPeople Team, A.J. Whitcombe & Co. Ltd"
        ),
        loc="Unit 4, Brindley Park, Leeds LS12 6AT",
        zone="Europe/London",
    )
    _x(
        "Eighty8 Labs x Alex",
        interview=True,
        company="Eighty8 Labs",
        role=None,
        org=("hiring@eighty8labs.dev", "Eighty8 Labs Hiring"),
        att=[person("ren@eighty8labs.dev", "Ren Takahara")],
        desc=(
            "First conversation with Ren (CTO) about joining the team. We'll cover your "
            "experience and how we hire. No prep needed.\n\n— Eighty8 Labs"
        ),
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Marlow St. Clair Capital Management – Case interview",
        interview=True,
        company="Marlow St. Clair Capital Management",
        role="Investment Analyst",
        org=("recruiting@marlowstclair.com", "MSC Recruiting"),
        att=[
            person("ahoward@marlowstclair.com", "Amelia Howard"),
            person("tqureshi@marlowstclair.com", "Tariq Qureshi"),
        ],
        desc=(
            "Alex – confirming your case interview for the Investment Analyst (Credit) role. "
            "You will receive a short case pack 30 minutes before start. Please bring a "
            "calculator.\n\nMarlow St. Clair Capital Management LP\n405 Lexington Avenue, 31st Floor"
        ),
        loc="405 Lexington Avenue, 31st Floor, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Fernhill Museum of Applied Arts and Design – Collections Data Manager interview",
        interview=True,
        company="Fernhill Museum of Applied Arts and Design",
        role="Collections Data Manager",
        org=("jobs@fernhillmuseum.org", "Fernhill Museum Jobs"),
        att=[
            person("o.adeyemi@fernhillmuseum.org", "Olu Adeyemi"),
            person("m.ferreira@fernhillmuseum.org", "Marta Ferreira"),
        ],
        desc=(
            "Interview panel: Olu Adeyemi (Head of Collections) and Marta Ferreira (Digital "
            "Programmes). Please use the staff entrance on Weaver Lane and sign in with security."
        ),
        loc="Fernhill Museum, Weaver Lane staff entrance, Bristol BS1 5QT",
        zone="Europe/London",
    )
    _x(
        "Interview Dr. Oetwiler Pharma AG – Regulatory Affairs Specialist",
        interview=True,
        company="Dr. Oetwiler Pharma AG",
        role="Regulatory Affairs Specialist",
        org=("jobs@oetwiler-pharma.ch", "Dr. Oetwiler Pharma AG – Recruiting"),
        att=[person("s.brunner@oetwiler-pharma.ch", "Stefanie Brunner")],
        desc=(
            "Dear Mr Rivera\n\nWe are pleased to invite you to a personal interview for the "
            "position Regulatory Affairs Specialist (80–100%).\n\nInterview partner: Stefanie "
            "Brunner, Head Regulatory Affairs\n\nKind regards\nDr. Oetwiler Pharma AG\n"
            "Human Resources, Rheinweg 31, 4058 Basel"
        ),
        loc="Rheinweg 31, 4058 Basel, Switzerland",
        zone="Europe/Zurich",
    )


# ---------------------------------------------------------------------------
# Interviews: trailing words after the employer's name in the title
# ---------------------------------------------------------------------------


def _trailing_words_after_name() -> None:
    _x(
        "Interview with Calloway Freight with Jordan Mbeki",
        interview=True,
        company="Calloway Freight",
        role="Operations Analyst",
        org=("jordan.mbeki@callowayfreight.com", "Jordan Mbeki"),
        desc=(
            "Hi Alex, thanks for making time. This is the first conversation for the Operations "
            "Analyst role on our linehaul team. I'll call you on the number from your resume.\n\n"
            "Jordan Mbeki | Talent Acquisition | Calloway Freight"
        ),
        loc="Phone call",
        zone="America/Chicago",
    )
    _x(
        "Interview between Alex Rivera and Pinecrest Analytics",
        interview=True,
        company="Pinecrest Analytics",
        role="Analytics Engineer",
        org=("no-reply@pinecrestanalytics.com", "Pinecrest Analytics Recruiting"),
        att=[person("hana.ivory@pinecrestanalytics.com", "Hana Ivory")],
        desc=(
            "Position: Analytics Engineer\nInterviewer: Hana Ivory (Data Platform Lead)\n"
            "Duration: 45 minutes\n\nPlease join using the Google Meet link."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera x Lumaris Health | Intro Call",
        interview=True,
        company="Lumaris Health",
        role="Product Manager, Patient Experience",
        org=("dana.whitfield@lumarishealth.com", "Dana Whitfield"),
        desc=(
            "Hi Alex,\n\nLooking forward to our intro call about the Product Manager, Patient "
            "Experience role.\n\nBest,\nDana Whitfield\nSenior Recruiter, Lumaris Health"
        ),
        conf=("Zoom Meeting", "https://lumarishealth.zoom.us/j/7741209983"),
        zone="America/Chicago",
    )
    _x(
        "Coldharbour Games | Gameplay Programmer | Round 2",
        interview=True,
        company="Coldharbour Games",
        role="Gameplay Programmer",
        org=("recruitment@coldharbourgames.co.uk", "Coldharbour Recruitment"),
        att=[
            person("fin@coldharbourgames.co.uk", "Fin Gallagher"),
            person("yasmin@coldharbourgames.co.uk", "Yasmin Okonjo"),
        ],
        desc=(
            "Round 2 – technical discussion of your test project with Fin (Lead Gameplay) and "
            "Yasmin (Senior Gameplay). Around 75 minutes."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29sZGhh",
        ),
        zone="Europe/London",
    )
    _x(
        "Orrin & Vale – Interview – Senior Copywriter – 14 March",
        interview=True,
        company="Orrin & Vale",
        role="Senior Copywriter",
        org=("studio@orrinandvale.com", "Orrin & Vale Studio"),
        att=[person("bea@orrinandvale.com", "Bea Lindqvist")],
        desc="Portfolio conversation with Bea, Executive Creative Director. Bring 3–4 pieces you're proud of.",
        loc="Orrin & Vale, 3rd floor, 17 Paper Mill Lane, Manchester",
        zone="Europe/London",
    )
    _x(
        "Brightwater Energy Interview (Video)",
        interview=True,
        company="Brightwater Energy",
        role="Grid Integration Engineer",
        org=("careers@brightwater-energy.com", "Brightwater Energy Careers"),
        att=[person("k.fenwick@brightwater-energy.com", "Karl Fenwick")],
        desc=(
            "Video interview for the Grid Integration Engineer position (Req #BWE-3391). "
            "Interviewer: Karl Fenwick, Principal Engineer."
        ),
        conf=("Webex", "https://brightwater.webex.com/meet/k.fenwick"),
        zone="America/Denver",
    )
    _x(
        "Sable Point Insurance onsite – Chicago",
        interview=True,
        company="Sable Point Insurance",
        role="Actuarial Analyst",
        org=("recruiting@sablepoint.com", "Sable Point Recruiting"),
        att=[
            person("mgreer@sablepoint.com", "Morgan Greer"),
            person("lchen@sablepoint.com", "Lily Chen"),
        ],
        desc=(
            "Onsite schedule – Actuarial Analyst\n9:00 Check-in at security, 30th floor\n"
            "9:15 Morgan Greer (Pricing)\n10:00 Lily Chen (Reserving)\n10:45 Lunch with the team\n\n"
            "Sable Point Insurance Company"
        ),
        loc="Sable Point Insurance, 150 N Wacker Dr, Chicago, IL",
        zone="America/Chicago",
    )
    _x(
        "Technical Interview for Halcyon Biotherapeutics Round 3",
        interview=True,
        company="Halcyon Biotherapeutics",
        role="Bioinformatics Scientist",
        org=("talent@halcyonbio.com", "Halcyon Talent"),
        att=[person("rsingh@halcyonbio.com", "Rohan Singh, PhD")],
        desc=(
            "Round 3 of 4 for Bioinformatics Scientist II: technical deep-dive on NGS pipelines "
            "with Rohan Singh."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview for Senior Data Engineer position at Morrow & Finch Analytics",
        interview=True,
        company="Morrow & Finch Analytics",
        role="Senior Data Engineer",
        org=("ebony.clarke@morrowfinch.com", "Ebony Clarke"),
        desc="Hi Alex, confirming our call. Speak soon! – Ebony, Morrow & Finch",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Quarry Lane Software – 2nd round interview, 10/14",
        interview=True,
        company="Quarry Lane Software",
        role=None,
        org=("people@quarrylane.io", "Quarry Lane People"),
        att=[person("omar@quarrylane.io", "Omar Haddad")],
        desc="Second round with Omar Haddad (VP Engineering).",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex / Nimbleforge — hiring manager chat (30 min)",
        interview=True,
        company="Nimbleforge",
        role="Platform Engineer",
        org=("greta@nimbleforge.com", "Greta Sandoval"),
        desc=(
            "Hi Alex, I'm the hiring manager for the Platform Engineer opening. Let's chat about "
            "the team and your experience with Kubernetes. – Greta"
        ),
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "Interview: Redfern Mobility – Berlin",
        interview=True,
        company="Redfern Mobility",
        role="Backend Engineer (Routing)",
        org=("jobs@redfern-mobility.com", "Redfern Mobility"),
        att=[person("lukas.behr@redfern-mobility.com", "Lukas Behr")],
        desc=(
            "On-site interview for Backend Engineer (Routing) at our Berlin office. "
            "Please ring 'Redfern' at the side entrance."
        ),
        loc="Redfern Mobility, Skalitzer Str. 85, 10997 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Kestrel Point Bank Final Round – Alex Rivera – Thursday",
        interview=True,
        company="Kestrel Point Bank",
        role="Vice President, Data Governance",
        org=("kp.recruiting@kestrelpointbank.com", "Kestrel Point Recruiting"),
        att=[
            person("cmorales@kestrelpointbank.com", "Catalina Morales"),
            person("jbaptiste@kestrelpointbank.com", "Jean-Baptiste Roux"),
        ],
        desc=(
            "Final round interviews – Vice President, Data Governance (JR-55102)\n\n"
            "Catalina Morales, Chief Data Officer\nJean-Baptiste Roux, Head of Risk Data\n\n"
            "Please arrive 15 minutes early with photo ID."
        ),
        loc="Kestrel Point Bank, 1 Harbor Plaza, Boston, MA",
        zone="America/New_York",
    )
    _x(
        "Ostara Foods – Interview for Category Manager w/ Hannah",
        interview=True,
        company="Ostara Foods",
        role="Category Manager",
        org=("hannah.moreau@ostarafoods.com", "Hannah Moreau"),
        desc="Category Manager (Snacks) – first interview.",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Halden Systems – Take-home review + Q&A",
        interview=True,
        company="Halden Systems",
        role=None,
        org=("eng-hiring@haldensystems.com", "Halden Engineering Hiring"),
        att=[
            person("vikram@haldensystems.com", "Vikram Iyer"),
            person("zoe@haldensystems.com", "Zoe Kirsch"),
        ],
        desc=(
            "We'll walk through the take-home you submitted, discuss trade-offs, and leave "
            "time for your questions about the team."
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Onsite: Penwright Publishing (Loop 2 of 2)",
        interview=True,
        company="Penwright Publishing",
        role="Senior Editor, Nonfiction",
        org=("hr@penwright.com", "Penwright HR"),
        att=[
            person("a.osei@penwright.com", "Abena Osei"),
            person("l.grant@penwright.com", "Lionel Grant"),
        ],
        desc=(
            "Second interview loop for Senior Editor, Nonfiction. You'll meet the publisher and "
            "the editorial director."
        ),
        loc="Penwright Publishing, 61 Hudson Street, 9th Floor, New York",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Interviews: only an abbreviation or a brand in the title
# ---------------------------------------------------------------------------


def _abbreviations_and_brands() -> None:
    _x(
        "Interview – NWL",
        interview=True,
        company="Northwater Logistics",
        role="Transport Planner",
        org=("recruitment@northwaterlogistics.com", "Recruitment Team"),
        att=[person("gavin.reid@northwaterlogistics.com", "Gavin Reid")],
        desc=(
            "Hi Alex,\n\nThanks for your application for Transport Planner. Gavin Reid (Network "
            "Planning Manager) will call you via Teams.\n\nRegards,\nRecruitment Team\n"
            "Northwater Logistics Ltd | Registered in Scotland SC482117"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bndsNjQx",
        ),
        zone="Europe/London",
    )
    _x(
        "KBG first round",
        interview=True,
        company="Kellerman Bauer Group",
        role="Financial Controller",
        org=("talent@kbg-group.com", "KBG Talent"),
        att=[person("a.kellerman@kbg-group.com", "Anja Kellerman")],
        desc=(
            "Dear Alex,\n\nplease find the invitation for the first interview for the Financial "
            "Controller (EMEA) position.\n\nBest regards\nTalent Acquisition\n"
            "Kellerman Bauer Group | kbg-group.com"
        ),
        meet="meet",
        zone="Europe/Vienna",
    )
    _x(
        "Crumb & Co. – Brand Manager chat",
        interview=True,
        company="Halvorsen Foods",
        role="Brand Manager",
        org=("ingrid.sunde@halvorsenfoods.com", "Ingrid Sunde"),
        desc=(
            "Hi Alex,\n\nthanks for applying for Brand Manager on Crumb & Co. – here's the "
            "invite for our conversation.\n\nIngrid Sunde\nMarketing Director\nHalvorsen Foods AS | "
            "Home of Crumb & Co., Fjordhus and Lille Bakeri"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFsdm9y",
        ),
        zone="Europe/Oslo",
    )
    _x(
        "ACS — Interview",
        interview=True,
        company="Atlantic Coastal Shipping",
        role="Marine Operations Coordinator",
        org=("hr@atlanticcoastalshipping.com", "ACS Human Resources"),
        att=[person("b.tremblay@atlanticcoastalshipping.com", "Benoît Tremblay")],
        desc=(
            "Interview: Marine Operations Coordinator\nWith: Benoît Tremblay, Port Captain\n\n"
            "Atlantic Coastal Shipping Co. · Human Resources · 1 Pier Road, Halifax NS"
        ),
        loc="1 Pier Road, Halifax, NS",
        zone="America/Halifax",
    )
    _x(
        "Panel w/ the Pockette team",
        interview=True,
        company="Stellwerk Financial Group",
        role="Senior iOS Engineer",
        org=("careers@stellwerk-fg.com", "Stellwerk Careers"),
        att=[
            person("m.adler@stellwerk-fg.com", "Miriam Adler"),
            person("d.ofori@stellwerk-fg.com", "Daniel Ofori"),
        ],
        desc=(
            "Panel interview for Senior iOS Engineer (Pockette app).\n\n--\nStellwerk Financial "
            "Group · Careers\nPockette is a product of Stellwerk Financial Group."
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "MHT interview - Alex",
        interview=True,
        company="Merrow, Hale & Tate",
        role="Paralegal",
        org=("recruiting@mhtlaw.com", "MHT Recruiting"),
        att=[person("s.hale@mhtlaw.com", "Samantha Hale")],
        desc=(
            "Alex, thank you for your interest in the Paralegal (Litigation) position. "
            "Samantha Hale will interview you.\n\nMerrow, Hale & Tate LLP\nAttorneys at Law"
        ),
        loc="MHT, 2200 Ross Ave, Suite 3100, Dallas, TX",
        zone="America/Chicago",
    )
    _x(
        "LWN Gespräch",
        interview=True,
        company="Lahnwerk Netze GmbH",
        role="Data Analyst Netzbetrieb",
        org=("karriere@lahnwerk-netze.de", "Karriere LWN"),
        att=[person("f.gerlach@lahnwerk-netze.de", "Frank Gerlach")],
        desc=(
            "Hallo Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Data Analyst Netzbetrieb. "
            "Gerne möchten wir Sie kennenlernen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
            "Lahnwerk Netze GmbH · Am Hafen 3 · 35390 Gießen"
        ),
        loc="Lahnwerk Netze GmbH, Am Hafen 3, 35390 Gießen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview: SFX",
        interview=True,
        company="Sterling Fox Exchange",
        role="Market Surveillance Analyst",
        org=("talent@sterlingfox.exchange", "Talent – Sterling Fox Exchange"),
        att=[person("n.ambrose@sterlingfox.exchange", "Nadia Ambrose")],
        desc="Market Surveillance Analyst – interview with Nadia Ambrose (Head of Surveillance).",
        conf=("Zoom Meeting", "https://sterlingfox.zoom.us/j/6610298831"),
        zone="Europe/London",
    )
    _x(
        "Chat with the team at Orbit",
        interview=True,
        company="Orbit Payments",
        role="Solutions Engineer",
        org=("jess@orbit-payments.com", "Jess Adebayo"),
        desc=(
            "Hey Alex! Excited to chat about the Solutions Engineer role.\n\n"
            "Jess Adebayo | Recruiting | Orbit Payments, Inc."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "TNC — 2nd interview",
        interview=True,
        company="The North Collective",
        role="Community Programs Manager",
        org=("hiring@thenorthcollective.org", "The North Collective"),
        att=[person("aiyana@thenorthcollective.org", "Aiyana Redcloud")],
        desc=(
            "Second interview for Community Programs Manager with Aiyana (Executive Director).\n"
            "The North Collective · Minneapolis"
        ),
        loc="The North Collective, 2100 Central Ave NE, Minneapolis",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Interviews: a tool, a video service, an ATS, an agency or an RPO sends it
# ---------------------------------------------------------------------------


def _sent_on_behalf_of_employer() -> None:
    _x(
        "Recruiter Screen (Ferrowave) between Dana Okoye and Alex Rivera",
        interview=True,
        company="Ferrowave",
        role="Site Reliability Engineer",
        org=("dana.okoye@ferrowave.com", "Dana Okoye"),
        desc=(
            "Event Name: Recruiter Screen (Ferrowave)\n\nLocation: This is a Google Meet web "
            "conference.\n\nPlease share anything that will help prepare for our meeting.:\n"
            "Applying for the Site Reliability Engineer role\n\nNeed to make changes to this "
            "event?\nCancel: https://calendly.com/cancellations/5c2e1f0a\nReschedule: "
            "https://calendly.com/reschedulings/5c2e1f0a\n\nPowered by Calendly.com"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Confirmation: Alex Rivera <> Quillmont (Virtual Onsite)",
        interview=True,
        company="Quillmont",
        role="Senior Software Engineer, Payments",
        org=("scheduling@quillmont.com", "Quillmont Recruiting Coordination"),
        att=[
            person("ravi.menon@quillmont.com", "Ravi Menon"),
            person("sofia.lang@quillmont.com", "Sofia Lang"),
            person("theo.brandt@quillmont.com", "Theo Brandt"),
        ],
        desc=(
            "Hi Alex,\n\nYour virtual onsite for Senior Software Engineer, Payments is confirmed.\n\n"
            "Schedule:\n11:00 – 11:45  Coding (Ravi Menon)\n11:50 – 12:35  System Design (Sofia Lang)\n"
            "12:40 – 13:10  Hiring Manager (Theo Brandt)\n\nAll sessions use the same Zoom link.\n\n"
            "This interview was scheduled with GoodTime."
        ),
        conf=("Zoom Meeting", "https://quillmont.zoom.us/j/91230044871"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Interview with Saltmarsh Robotics",
        interview=True,
        company="Saltmarsh Robotics",
        role="Perception Engineer",
        org=("recruiting@saltmarshrobotics.com", "Saltmarsh Robotics Recruiting"),
        att=[person("ellen.vasquez@saltmarshrobotics.com", "Ellen Vasquez")],
        desc=(
            "<p>Hi Alex,</p><p>Thanks for taking the time to interview for the <strong>Perception "
            "Engineer</strong> role. Below are the details:</p><ul><li>Interviewer: Ellen Vasquez "
            "(Perception Lead)</li><li>Duration: 60 minutes</li></ul><p>If you need to reschedule, "
            "reply to this email.</p><p><em>Scheduled via Greenhouse</em></p>"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with Copperline — Senior Backend Engineer",
        interview=True,
        company="Copperline",
        role="Senior Backend Engineer",
        org=("no-reply@hire.lever.co", "Lever"),
        att=[person("martin@copperline.dev", "Martin Kowal")],
        desc=(
            "Alex Rivera, you have an interview with Copperline.\n\nInterviewers: Martin Kowal\n"
            "Position: Senior Backend Engineer\n\nJoin: https://meet.google.com/ouv-qtrm-bzc\n\n"
            "Sent via Lever on behalf of Copperline"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera <> Veldara Health: Technical Interview",
        interview=True,
        company="Veldara Health",
        role="Full Stack Engineer",
        org=("recruiting@veldarahealth.com", "Veldara Health Recruiting"),
        att=[person("amir@veldarahealth.com", "Amir Rostami")],
        desc=(
            "Technical interview for Full Stack Engineer with Amir Rostami.\n\n"
            "This event was scheduled via Ashby."
        ),
        conf=("Zoom Meeting", "https://veldarahealth.zoom.us/j/83310094512"),
        zone="America/Chicago",
    )
    _x(
        "Interview - Requisition R-10482 - Financial Analyst",
        interview=True,
        company="Dunmore Brewing Company",
        role="Financial Analyst",
        org=("dunmorebrewing@myworkday.com", "Workday"),
        att=[person("paula.greaves@dunmorebrewing.com", "Paula Greaves")],
        desc=(
            "You have been scheduled for an interview.\n\nCandidate: Alex Rivera\nJob Requisition: "
            "R-10482 Financial Analyst\nInterviewer: Paula Greaves\nLocation: Microsoft Teams\n\n"
            "Dunmore Brewing Company – Talent Acquisition\nThis is a system-generated message from "
            "Workday. Please do not reply."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZHVubW9y",
        ),
        zone="America/Denver",
    )
    _x(
        "HireVue Live Interview – Pelham & Stroud",
        interview=True,
        company="Pelham & Stroud",
        role="Management Consultant",
        org=("noreply@hirevue.com", "HireVue"),
        att=[person("c.achebe@pelhamstroud.com", "Chidi Achebe")],
        desc=(
            "Pelham & Stroud has scheduled a live interview with you.\n\nPosition: Management "
            "Consultant – Operations Practice\nInterviewer: Chidi Achebe\n\nJoin your interview: "
            "https://app.hirevue.com/interviews/live/7Qx2LpA\n\nWe recommend testing your "
            "camera and microphone before the interview."
        ),
        loc="https://app.hirevue.com/interviews/live/7Qx2LpA",
        zone="Europe/London",
    )
    _x(
        "Codility Interview – Live coding session with Arcturus Mapping",
        interview=True,
        company="Arcturus Mapping",
        role="Software Engineer, Geospatial",
        org=("noreply@codility.com", "Codility"),
        att=[person("h.novak@arcturusmapping.com", "Hana Novak")],
        desc=(
            "Hello Alex,\n\nArcturus Mapping invited you to a live coding interview on Codility "
            "for the position Software Engineer, Geospatial.\n\nYour interviewer: Hana Novak\n"
            "Join link: https://app.codility.com/interview/XJ3-9PQ\n\nGood luck!\nThe Codility Team"
        ),
        loc="https://app.codility.com/interview/XJ3-9PQ",
        zone="Europe/Prague",
    )
    _x(
        "HackerRank Interview: Alex Rivera | Gridline Systems",
        interview=True,
        company="Gridline Systems",
        role="Backend Developer",
        org=("interviews@hackerrank.com", "HackerRank Interviews"),
        att=[
            person("samuel.kiptoo@gridlinesystems.com", "Samuel Kiptoo"),
            person("recruiting@gridlinesystems.com", "Gridline Recruiting", optional=True),
        ],
        desc=(
            "Gridline Systems has invited you to a HackerRank interview.\nRole: Backend Developer\n"
            "Interview link: https://www.hackerrank.com/interviews/gs-71c0a2\nPlease join from a "
            "laptop with a stable internet connection."
        ),
        zone="Africa/Nairobi",
    )
    _x(
        "CodeSignal Live Interview — Tessellate Data",
        interview=True,
        company="Tessellate Data",
        role="Machine Learning Engineer",
        org=("no-reply@codesignal.com", "CodeSignal"),
        att=[person("priyanka@tessellatedata.ai", "Priyanka Sethi")],
        desc=(
            "Your live interview with Tessellate Data has been scheduled.\n\nRole: Machine Learning "
            "Engineer\nInterviewer: Priyanka Sethi\nInterview room: https://app.codesignal.com/live-interview/td-55a1"
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Zoom Meeting – Alex Rivera / Marrowstone Capital",
        interview=True,
        company="Marrowstone Capital",
        role="Quantitative Researcher",
        org=("recruiting@marrowstone.capital", "Marrowstone Recruiting"),
        att=[person("y.liang@marrowstone.capital", "Yifan Liang")],
        desc=(
            "Marrowstone Recruiting is inviting you to a scheduled Zoom meeting.\n\nTopic: "
            "Quantitative Researcher – first round (Yifan Liang)\n\nJoin Zoom Meeting\n"
            "https://marrowstone.zoom.us/j/96400213377?pwd=bWFycm93\n\nMeeting ID: 964 0021 3377\n"
            "Passcode: 551902"
        ),
        conf=("Zoom Meeting", "https://marrowstone.zoom.us/j/96400213377?pwd=bWFycm93"),
        zone="America/New_York",
    )
    _x(
        "Microsoft Teams Meeting: Interview Larkspur Insurance",
        interview=True,
        company="Larkspur Insurance",
        role="Claims Data Analyst",
        org=("talent@larkspur-ins.co.uk", "Larkspur Talent"),
        att=[person("r.mistry@larkspur-ins.co.uk", "Raj Mistry")],
        desc=(
            "Interview for the Claims Data Analyst vacancy with Raj Mistry.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Meeting ID: 377 102 554 918\nPasscode: 8sLp2Q\n"
            "________________________________________________________________________________"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bGFya3Nw",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview with Dovetail Manufacturing via Harrow & Finch Recruitment",
        interview=True,
        company="Dovetail Manufacturing",
        role="Production Planning Manager",
        org=("tom.esposito@harrowfinch.co.uk", "Tom Esposito (Harrow & Finch)"),
        att=[person("l.carr@dovetailmfg.co.uk", "Linda Carr")],
        desc=(
            "Hi Alex,\n\nGreat news – Dovetail Manufacturing would like to meet you for the "
            "Production Planning Manager role. You'll meet Linda Carr (Operations Director) at "
            "their Coventry site.\n\nGive me a call afterwards to debrief.\n\nTom Esposito\n"
            "Senior Consultant – Engineering & Manufacturing\nHarrow & Finch Recruitment Ltd"
        ),
        loc="Dovetail Manufacturing, Torrington Avenue, Coventry CV4 9AP",
        zone="Europe/London",
    )
    _x(
        "Harrow & Finch – client interview (Operations Manager)",
        interview=True,
        company="Greyfell Foods",
        role="Operations Manager",
        org=("tom.esposito@harrowfinch.co.uk", "Tom Esposito (Harrow & Finch)"),
        desc=(
            "Client: Greyfell Foods\nRole: Operations Manager (Chilled)\nInterviewers: Mark "
            "Bellamy (Site GM), HR Business Partner\nFormat: competency-based, ~1 hour\n\n"
            "Tom – Harrow & Finch Recruitment"
        ),
        loc="Greyfell Foods, Unit 12, Sandy Lane Industrial Estate, Worksop",
        zone="Europe/London",
    )
    _x(
        "Interview – Talent Acquisition Partner (internal team) – Cobalt Search Group",
        interview=True,
        company="Cobalt Search Group",
        role="Talent Acquisition Partner",
        org=("people@cobaltsearch.com", "Cobalt Search People Team"),
        att=[person("m.delaney@cobaltsearch.com", "Megan Delaney")],
        desc=(
            "Hi Alex,\n\nThis is an interview for a role on our own internal team (not a client "
            "placement): Talent Acquisition Partner, reporting to Megan Delaney, Head of People.\n\n"
            "Cobalt Search Group"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera | Interview | Software Engineer II",
        interview=True,
        company="Meridian Veterinary Partners",
        role="Software Engineer II",
        org=("scheduling@talentforge-rpo.com", "TalentForge Scheduling"),
        att=[person("k.oyelaran@meridianvets.com", "Kemi Oyelaran")],
        desc=(
            "Dear Alex,\n\nOn behalf of Meridian Veterinary Partners, we are pleased to confirm "
            "your interview for Software Engineer II with Kemi Oyelaran (Engineering Manager).\n\n"
            "TalentForge RPO – Recruitment Process Outsourcing partner to Meridian Veterinary Partners"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWVyaWRp",
        ),
        zone="America/Chicago",
    )
    _x(
        "[ModernLoop] Virtual Onsite – Alex Rivera – Hatchway",
        interview=True,
        company="Hatchway",
        role="Staff Data Scientist",
        org=("coordinator@hatchway.com", "Hatchway Recruiting Coordinator"),
        att=[
            person("lena.fox@hatchway.com", "Lena Fox"),
            person("bo.park@hatchway.com", "Bo Park"),
        ],
        desc=(
            "Staff Data Scientist – Virtual Onsite\n\n1. Experimentation deep-dive – Lena Fox\n"
            "2. Product sense – Bo Park\n\nScheduled with ModernLoop"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview confirmed: Store Manager at Birchfield Home",
        interview=True,
        company="Birchfield Home",
        role="Store Manager",
        org=("no-reply@paradox.ai", "Olivia from Birchfield Home"),
        att=[person("dm.southeast@birchfieldhome.com", "Carla Jennings")],
        desc=(
            "Hi Alex! It's Olivia, Birchfield Home's virtual recruiting assistant. Your interview "
            "for Store Manager is confirmed. You'll meet Carla Jennings, District Manager, at the "
            "Peachtree store. Reply RESCHEDULE to change the time."
        ),
        loc="Birchfield Home, 3400 Peachtree Rd NE, Atlanta, GA",
        zone="America/New_York",
    )
    _x(
        "Webex meeting: Alex Rivera – Tarnwell Defence Systems interview",
        interview=True,
        company="Tarnwell Defence Systems",
        role="Systems Engineer",
        org=("resourcing@tarnwell-ds.com", "Tarnwell Resourcing"),
        att=[person("g.harcourt@tarnwell-ds.com", "Graham Harcourt")],
        desc=(
            "Systems Engineer interview (security clearance required).\n\nJoin Webex meeting\n"
            "Meeting number (access code): 2641 889 0012\nMeeting password: Tds#4410"
        ),
        conf=("Webex", "https://tarnwell.webex.com/tarnwell/j.php?MTID=m8f1a"),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Interviews: the employer only in the description, parentheses or a label line
# ---------------------------------------------------------------------------


def _company_only_in_description() -> None:
    _x(
        "Interview",
        interview=True,
        company="Glenmore Analytics",
        role="Data Engineer",
        org=("recruiting@glenmore-analytics.com", None),
        desc=(
            "Candidate: Alex Rivera\nCompany: Glenmore Analytics\nPosition: Data Engineer\n"
            "Stage: Hiring manager interview\nInterviewer: Callum Fraser"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Phone screen (Ardent Labs)",
        interview=True,
        company="Ardent Labs",
        role=None,
        org=("sophie@ardentlabs.co", "Sophie Nakamura"),
        desc="Quick 20-minute call to get to know each other. I'll call you.",
        loc="+1 415 555 0142",
        zone="America/Los_Angeles",
    )
    _x(
        "Technical interview – round 2",
        interview=True,
        company="Brindle Robotics",
        role="Controls Engineer",
        org=("hiring@brindlerobotics.com", "Hiring Team"),
        att=[person("ola.nordin@brindlerobotics.com", "Ola Nordin")],
        desc=(
            "Hi Alex,\n\nThe Brindle Robotics team enjoyed the first conversation! Round 2 is a "
            "technical interview for the Controls Engineer role with Ola Nordin.\n\nCheers,\nHiring Team"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Gespräch Alex Rivera",
        interview=True,
        company="Falkenried Medizintechnik GmbH",
        role="Softwareentwickler C++",
        org=("bewerbung@falkenried-mt.de", "Personalabteilung"),
        att=[person("u.brandl@falkenried-mt.de", "Ursula Brandl")],
        desc=(
            "Unternehmen: Falkenried Medizintechnik GmbH\nPosition: Softwareentwickler C++ (m/w/d)\n"
            "Gesprächspartner: Ursula Brandl (Teamleitung Software), Personalabteilung\n"
            "Dauer: ca. 60 Minuten\nOrt: Microsoft Teams"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFsa2Vu",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Entretien – Alex Rivera",
        interview=True,
        company="Maison Delorme et Fils",
        role="Responsable e-commerce",
        org=("recrutement@delorme-fils.fr", "Recrutement"),
        att=[person("c.delorme@delorme-fils.fr", "Claire Delorme")],
        desc=(
            "Entreprise : Maison Delorme et Fils\nPoste : Responsable e-commerce (CDI)\n"
            "Interlocutrice : Claire Delorme, Directrice générale\nLieu : 14 rue des Tanneurs, 69002 Lyon"
        ),
        loc="14 rue des Tanneurs, 69002 Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Second interview",
        interview=True,
        company="Ashgrove & Company",
        role="Strategy Associate",
        org=("priya.raman@ashgroveco.com", "Priya Raman"),
        att=[person("d.mercer@ashgroveco.com", "Douglas Mercer")],
        desc=(
            "Hi Alex,\n\nPlease find the invitation for your second interview (Strategy Associate) "
            "with Douglas Mercer.\n\nBest,\nPriya\n—\nPriya Raman | Talent team | Ashgrove & Company"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Call with Marta (Hollins Wexford)",
        interview=True,
        company="Hollins Wexford",
        role="Senior Product Manager",
        org=("marta.silva@hollinswexford.com", "Marta Silva"),
        desc="Screening call for the Senior Product Manager opening.",
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Interview for Product Analyst (Velorum)",
        interview=True,
        company="Velorum",
        role="Product Analyst",
        org=("talent@velorum.app", "Velorum Talent"),
        desc="Hiring manager interview with Josefine Ek.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Alex Rivera – 45 min",
        interview=True,
        company="Ironleaf Security",
        role="Security Engineer",
        org=("lucas.baptiste@ironleafsecurity.com", "Lucas Baptiste"),
        desc=(
            "Event type: Recruiter Screen – Security Engineer\nOrganization: Ironleaf Security\n"
            "Invitee: Alex Rivera\nInvitee email: alex.rivera@gmail.com\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Caspian Reinsurance",
        role=None,
        org=("reception.hr@caspianre.com", None),
        att=[person("j.whitlock@caspianre.com", "James Whitlock")],
        desc="Please report to the Caspian Reinsurance reception on the 18th floor and ask for James Whitlock.",
        loc="Pemberton Tower, 18th floor – Caspian Reinsurance reception, 25 Gracechurch St, London",
        zone="Europe/London",
    )
    _x(
        "Case study presentation",
        interview=True,
        company="Cartwright & Lowe",
        role="Head of Marketing",
        org=("n.lowe@cartwrightlowe.com", "Natalie Lowe"),
        att=[person("r.cartwright@cartwrightlowe.com", "Robert Cartwright")],
        desc=(
            "Hi Alex,\n\nAs the final step for the Head of Marketing role, please present your "
            "case study (30 min + 15 min questions) to the Cartwright & Lowe leadership team.\n\n"
            "Natalie"
        ),
        loc="Cartwright & Lowe, 8 Kingsway, London WC2B 6XF",
        zone="Europe/London",
    )
    _x(
        "Final round",
        interview=True,
        company="Saffron Hill Studios",
        role="Producer",
        org=("jobs@saffronhill.co", "Jobs"),
        att=[person("ava@saffronhill.co", "Ava Marchetti")],
        desc="Final round for the Producer role.\n\nSaffron Hill Studios · 22 Ray Street, London EC1R",
        loc="22 Ray Street, London EC1R 3DJ",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Interviews: titles with a second line
# ---------------------------------------------------------------------------


def _two_line_titles() -> None:
    _x(
        "Interview – Senior Data Engineer\nNordlicht Analytics GmbH",
        interview=True,
        company="Nordlicht Analytics GmbH",
        role="Senior Data Engineer",
        org=("jobs@nordlicht-analytics.de", "Nordlicht Analytics Jobs"),
        att=[person("h.jansen@nordlicht-analytics.de", "Henrik Jansen")],
        desc="Technical interview with Henrik Jansen (Head of Data).",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera / Hiring Manager\nPellucid Software – Staff Engineer",
        interview=True,
        company="Pellucid Software",
        role="Staff Engineer",
        org=("recruiting@pellucid.io", "Pellucid Recruiting"),
        att=[person("ana.costa@pellucid.io", "Ana Costa")],
        desc="Hiring manager conversation with Ana Costa.",
        conf=("Zoom Meeting", "https://pellucid.zoom.us/j/81102234410"),
        zone="America/Los_Angeles",
    )
    _x(
        "Onsite interview\nBlackthorn & Reed Architects, London",
        interview=True,
        company="Blackthorn & Reed Architects",
        role="Project Architect",
        org=("studio@blackthornreed.co.uk", "Blackthorn & Reed"),
        att=[person("e.reed@blackthornreed.co.uk", "Eleanor Reed")],
        desc="Project Architect – portfolio review and studio tour with Eleanor Reed.",
        loc="Blackthorn & Reed Architects, 40 Clerkenwell Green, London EC1R 0DU",
        zone="Europe/London",
    )
    _x(
        "Round 2 – Technical\n(Ferncastle Pharmaceuticals)",
        interview=True,
        company="Ferncastle Pharmaceuticals",
        role="Clinical Data Programmer",
        org=("talent@ferncastlepharma.com", "Ferncastle Talent"),
        att=[person("d.ng@ferncastlepharma.com", "Daniel Ng")],
        desc="Round 2 (technical, SAS/R) for Clinical Data Programmer.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVybmNh",
        ),
        zone="America/New_York",
    )
    _x(
        "Entrevista – Analista de Datos\nCooperativa Agrícola del Valle de Elqui",
        interview=True,
        company="Cooperativa Agrícola del Valle de Elqui",
        role="Analista de Datos",
        org=("seleccion@coopelqui.cl", "Selección de Personal"),
        att=[person("m.araya@coopelqui.cl", "Matías Araya")],
        desc=(
            "Estimado Alex:\n\nLe confirmamos la entrevista para el cargo de Analista de Datos "
            "con Matías Araya, Jefe de Control de Gestión.\n\nSaludos cordiales,\nSelección de "
            "Personal – Cooperativa Agrícola del Valle de Elqui"
        ),
        meet="meet",
        zone="America/Santiago",
    )
    _x(
        "Videointervju\nmed Greta Lindqvist, Arkstad Fastigheter AB",
        interview=True,
        company="Arkstad Fastigheter AB",
        role="Fastighetsanalytiker",
        org=("greta.lindqvist@arkstad.se", "Greta Lindqvist"),
        desc=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten som Fastighetsanalytiker. Här kommer "
            "inbjudan till en första intervju via Teams.\n\nVänliga hälsningar\nGreta Lindqvist\n"
            "HR-chef, Arkstad Fastigheter AB"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJrc3Rh",
        ),
        zone="Europe/Stockholm",
    )


# ---------------------------------------------------------------------------
# Interviews in German, Dutch and Swedish
# ---------------------------------------------------------------------------


def _german_dutch_swedish() -> None:
    _x(
        "Vorstellungsgespräch bei der Brenner & Hauck Ingenieurgesellschaft mbH",
        interview=True,
        company="Brenner & Hauck Ingenieurgesellschaft mbH",
        role="Projektingenieur Tragwerksplanung",
        org=("personal@brenner-hauck.de", "Personalabteilung Brenner & Hauck"),
        att=[
            person("t.hauck@brenner-hauck.de", "Dipl.-Ing. Tobias Hauck"),
            person("s.krueger@brenner-hauck.de", "Sabine Krüger"),
        ],
        desc=(
            "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Projektingenieur "
            "Tragwerksplanung (m/w/d). Wir laden Sie herzlich zu einem persönlichen "
            "Vorstellungsgespräch in unser Büro in Würzburg ein.\n\nIhre Gesprächspartner: "
            "Dipl.-Ing. Tobias Hauck (Geschäftsführer) und Sabine Krüger (Personal).\n\n"
            "Mit freundlichen Grüßen\nBrenner & Hauck Ingenieurgesellschaft mbH\nSemmelstraße 42, 97070 Würzburg"
        ),
        loc="Semmelstraße 42, 97070 Würzburg",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch – Stadtwerke Oberaue GmbH (Teams)",
        interview=True,
        company="Stadtwerke Oberaue GmbH",
        role="IT-Systemadministrator",
        org=("bewerbung@stadtwerke-oberaue.de", "Stadtwerke Oberaue – Personal"),
        att=[person("k.vogel@stadtwerke-oberaue.de", "Klaus Vogel")],
        desc=(
            "Guten Tag Herr Rivera,\n\nwie telefonisch besprochen laden wir Sie zum Zweitgespräch "
            "für die Stelle IT-Systemadministrator (m/w/d) ein. Das Gespräch findet per Microsoft "
            "Teams statt.\n\nFreundliche Grüße\nIhre Personalabteilung"
        ),
        conf=(
            "Microsoft Teams-Besprechung",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c3RhZHR3",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Fachinterview: Senior Backend Developer – Quellwerk Software AG",
        interview=True,
        company="Quellwerk Software AG",
        role="Senior Backend Developer",
        org=("talent@quellwerk.de", "Quellwerk Talent"),
        att=[
            person("m.yilmaz@quellwerk.de", "Mert Yılmaz"),
            person("j.albers@quellwerk.de", "Johanna Albers"),
        ],
        desc=(
            "Hallo Alex,\n\nim Fachinterview sprichst du mit Mert (Staff Engineer) und Johanna "
            "(Engineering Lead) über Architektur, Go/Kotlin und eine Systemdesign-Aufgabe.\n\n"
            "Viele Grüße\nDein Quellwerk-Recruiting"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Sollicitatiegesprek Van der Heijden Mobility B.V.",
        interview=True,
        company="Van der Heijden Mobility B.V.",
        role="Data Engineer",
        org=("werving@vdheijdenmobility.nl", "Werving & Selectie"),
        att=[person("r.vanderheijden@vdheijdenmobility.nl", "Rutger van der Heijden")],
        desc=(
            "Beste Alex,\n\nBedankt voor je sollicitatie op de vacature Data Engineer. Graag "
            "nodigen we je uit voor een eerste gesprek met Rutger van der Heijden (CTO).\n\n"
            "Met vriendelijke groet,\nWerving & Selectie\nVan der Heijden Mobility B.V."
        ),
        loc="Van der Heijden Mobility, Stationsplein 12, 3511 ED Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek – De Graaf & Zonen",
        interview=True,
        company="De Graaf & Zonen",
        role="Financieel Controller",
        org=("hr@degraafenzonen.nl", "HR De Graaf & Zonen"),
        att=[person("w.degraaf@degraafenzonen.nl", "Willem de Graaf")],
        desc=(
            "Beste Alex,\n\nNaar aanleiding van je sollicitatie als Financieel Controller nodigen "
            "wij je uit voor een kennismakingsgesprek met Willem de Graaf (directeur).\n\n"
            "Groet,\nHR – De Graaf & Zonen B.V."
        ),
        loc="Industrieweg 8, 5262 GJ Vught",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek bij Gemeente Waterdal",
        interview=True,
        company="Gemeente Waterdal",
        role="Beleidsadviseur Digitalisering",
        org=("selectiecommissie@waterdal.nl", "Selectiecommissie"),
        att=[
            person("a.bakker@waterdal.nl", "Anouk Bakker"),
            person("h.el-idrissi@waterdal.nl", "Hamid El Idrissi"),
        ],
        desc=(
            "Tweede gesprek voor de functie Beleidsadviseur Digitalisering. De selectiecommissie "
            "bestaat uit Anouk Bakker (teamleider) en Hamid El Idrissi (adviseur). Meld je bij "
            "de balie in het gemeentehuis."
        ),
        loc="Gemeentehuis Waterdal, Raadhuisplein 1",
        zone="Europe/Amsterdam",
    )
    _x(
        "Intervju med Norrsken Energi AB – Projektledare",
        interview=True,
        company="Norrsken Energi AB",
        role="Projektledare",
        org=("rekrytering@norrskenenergi.se", "Rekrytering Norrsken Energi"),
        att=[person("j.holm@norrskenenergi.se", "Johan Holm")],
        desc=(
            "Hej Alex,\n\nVälkommen på intervju för tjänsten som Projektledare inom vindkraft. "
            "Du träffar Johan Holm, avdelningschef.\n\nMed vänliga hälsningar\nNorrsken Energi AB"
        ),
        loc="Norrsken Energi AB, Storgatan 19, 903 26 Umeå",
        zone="Europe/Stockholm",
    )
    _x(
        "Rekryteringsintervju: Lindholmen Mjukvara | Steg 2",
        interview=True,
        company="Lindholmen Mjukvara",
        role="Mjukvaruutvecklare",
        org=("jobb@lindholmenmjukvara.se", "Lindholmen Mjukvara"),
        att=[person("sara.berg@lindholmenmjukvara.se", "Sara Berg")],
        desc="Steg 2 i rekryteringen till Mjukvaruutvecklare (inbyggda system): teknisk intervju med Sara Berg.",
        meet="meet",
        zone="Europe/Stockholm",
    )


# ---------------------------------------------------------------------------
# Interviews in Italian, French, Spanish and Portuguese
# ---------------------------------------------------------------------------


def _romance_languages() -> None:
    _x(
        "Colloquio tecnico – Ferraglia & Rossi S.r.l.",
        interview=True,
        company="Ferraglia & Rossi S.r.l.",
        role="Sviluppatore Full Stack",
        org=("selezione@ferragliarossi.it", "Selezione del Personale"),
        att=[person("l.ferraglia@ferragliarossi.it", "Luca Ferraglia")],
        desc=(
            "Gentile Alex,\n\nla invitiamo a un colloquio tecnico per la posizione di Sviluppatore "
            "Full Stack con Luca Ferraglia (CTO).\n\nCordiali saluti,\nFerraglia & Rossi S.r.l."
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio di selezione – Banca Popolare di Valdorcia",
        interview=True,
        company="Banca Popolare di Valdorcia",
        role="Analista Rischi di Credito",
        org=("risorse.umane@bpvaldorcia.it", "Risorse Umane BPV"),
        att=[person("f.bianchini@bpvaldorcia.it", "Francesca Bianchini")],
        desc=(
            "Gentile candidato,\n\nla convochiamo per un colloquio di selezione per il ruolo di "
            "Analista Rischi di Credito presso la sede centrale di Siena.\n\nRisorse Umane\n"
            "Banca Popolare di Valdorcia S.c.p.A."
        ),
        loc="Piazza del Campo 7, 53100 Siena",
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio Cantine Morandi (videochiamata)",
        interview=True,
        company="Cantine Morandi",
        role="Export Manager",
        org=("hr@cantinemorandi.it", "Cantine Morandi HR"),
        att=[person("e.morandi@cantinemorandi.it", "Elisa Morandi")],
        desc="Secondo colloquio per la posizione di Export Manager (mercati DACH e Nord America) con Elisa Morandi.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Entretien RH – Groupe Beaumont-Lefèvre",
        interview=True,
        company="Groupe Beaumont-Lefèvre",
        role="Chef de projet digital",
        org=("talents@beaumont-lefevre.fr", "Talents Beaumont-Lefèvre"),
        att=[person("a.nguyen@beaumont-lefevre.fr", "Aurélie Nguyen")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature au poste de Chef de projet digital, nous "
            "avons le plaisir de vous convier à un entretien RH avec Aurélie Nguyen.\n\n"
            "Bien cordialement,\nL'équipe Talents – Groupe Beaumont-Lefèvre"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVhdW1v",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique avec l'équipe Data de Sauveterre Assurances",
        interview=True,
        company="Sauveterre Assurances",
        role="Data Scientist",
        org=("recrutement@sauveterre-assurances.fr", "Recrutement Sauveterre"),
        att=[
            person("m.garnier@sauveterre-assurances.fr", "Mathieu Garnier"),
            person("l.benali@sauveterre-assurances.fr", "Leïla Benali"),
        ],
        desc="Entretien technique (1h30) – poste : Data Scientist confirmé(e). Étude de cas sur la tarification.",
        loc="Sauveterre Assurances, 30 cours Gambetta, 33000 Bordeaux",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista final – Grupo Industrial Sierra Madre S.A. de C.V.",
        interview=True,
        company="Grupo Industrial Sierra Madre",
        role="Gerente de Planta",
        org=("reclutamiento@gisierramadre.com.mx", "Reclutamiento GISM"),
        att=[person("r.garza@gisierramadre.com.mx", "Rodrigo Garza")],
        desc=(
            "Estimado Alex:\n\nTe confirmamos tu entrevista final para la posición de Gerente de "
            "Planta con el Ing. Rodrigo Garza, Director de Operaciones.\n\nAtentamente,\n"
            "Reclutamiento y Selección\nGrupo Industrial Sierra Madre, S.A. de C.V.\nMonterrey, N.L."
        ),
        loc="Av. Constitución 2050, Monterrey, N.L.",
        zone="America/Monterrey",
    )
    _x(
        "Entrevista con RR.HH. – Transportes Alcázar",
        interview=True,
        company="Transportes Alcázar",
        role="Jefe de Tráfico",
        org=("rrhh@transportesalcazar.es", "RR.HH. Transportes Alcázar"),
        desc="Primera entrevista para el puesto de Jefe de Tráfico (Valencia). Duración aprox. 30 min.",
        loc="Teléfono",
        zone="Europe/Madrid",
    )
    _x(
        "Segunda entrevista: Bodegas Iturralde y Hermanos",
        interview=True,
        company="Bodegas Iturralde y Hermanos",
        role="Responsable de Exportación",
        org=("seleccion@bodegasiturralde.es", "Bodegas Iturralde"),
        att=[person("i.iturralde@bodegasiturralde.es", "Iñaki Iturralde")],
        desc=(
            "Hola Alex,\n\nTe esperamos en la bodega para la segunda entrevista del puesto de "
            "Responsable de Exportación con Iñaki Iturralde.\n\nUn saludo,\nBodegas Iturralde y Hermanos, S.L."
        ),
        loc="Bodegas Iturralde y Hermanos, Ctra. de Logroño km 4, Haro (La Rioja)",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista – Banco do Vale Atlântico S.A.",
        interview=True,
        company="Banco do Vale Atlântico",
        role="Analista de Risco",
        org=("talentos@bancovaleatlantico.com.br", "Talentos BVA"),
        att=[person("c.moura@bancovaleatlantico.com.br", "Camila Moura")],
        desc=(
            "Olá, Alex!\n\nConfirmamos sua entrevista para a vaga de Analista de Risco Sênior com "
            "Camila Moura (Gerente de Risco de Mercado).\n\nAbraços,\nEquipe de Talentos\n"
            "Banco do Vale Atlântico S.A."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFuY29k",
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com o time de Engenharia | Cajuína Tech",
        interview=True,
        company="Cajuína Tech",
        role="Desenvolvedor Back-end Pleno",
        org=("recrutamento@cajuinatech.com.br", "Recrutamento Cajuína"),
        att=[person("thiago@cajuinatech.com.br", "Thiago Lins")],
        desc=(
            "Oi Alex! Essa é a etapa técnica do processo seletivo para Desenvolvedor Back-end "
            "Pleno: um bate-papo com o Thiago (Tech Lead) sobre sua experiência e um pequeno "
            "exercício prático."
        ),
        meet="meet",
        zone="America/Fortaleza",
    )
    _x(
        "Entrevista técnica - Sistemas Tejo Lda.",
        interview=True,
        company="Sistemas Tejo Lda.",
        role="Engenheiro de Software",
        org=("rh@sistemastejo.pt", "Recursos Humanos"),
        att=[person("n.pacheco@sistemastejo.pt", "Nuno Pacheco")],
        desc="Entrevista técnica para a posição de Engenheiro de Software com o Nuno Pacheco.",
        loc="Sistemas Tejo, Av. da Liberdade 110, 1269-046 Lisboa",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------------------
# Interviews in Polish and Japanese
# ---------------------------------------------------------------------------


def _polish_and_japanese() -> None:
    _x(
        "Rozmowa kwalifikacyjna – Bursztyn Finanse Sp. z o.o.",
        interview=True,
        company="Bursztyn Finanse",
        role="Analityk Finansowy",
        org=("rekrutacja@bursztynfinanse.pl", "Dział Rekrutacji"),
        att=[person("a.wojcik@bursztynfinanse.pl", "Agnieszka Wójcik")],
        desc=(
            "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną na stanowisko Analityk "
            "Finansowy. Rozmowę poprowadzi Agnieszka Wójcik (Dyrektor Finansowy).\n\n"
            "Pozdrawiamy,\nBursztyn Finanse Sp. z o.o., ul. Długa 44, 80-831 Gdańsk"
        ),
        loc="ul. Długa 44, 80-831 Gdańsk",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna – DevOps Engineer (Grupa Zielony Most S.A.)",
        interview=True,
        company="Grupa Zielony Most",
        role="DevOps Engineer",
        org=("kariera@zielonymost.pl", "Kariera Zielony Most"),
        att=[person("m.kaczmarek@zielonymost.pl", "Michał Kaczmarek")],
        desc="Drugi etap rekrutacji: rozmowa techniczna z Michałem Kaczmarkiem (Head of Platform).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_emllbG9u",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "【一次面接】株式会社ミナトデータ / Alex Rivera様",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        org=("saiyo@minatodata.co.jp", "株式会社ミナトデータ 採用担当"),
        att=[person("k.sato@minatodata.co.jp", "佐藤 健太")],
        desc=(
            "Alex Rivera様\n\nこの度は弊社の「データエンジニア」ポジションにご応募いただき、"
            "誠にありがとうございます。\n一次面接を下記の通りご案内いたします。\n\n"
            "面接官：佐藤（データ基盤部 部長）\n形式：オンライン（Google Meet）\n所要時間：約45分\n\n"
            "株式会社ミナトデータ 人事部 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接のご案内（さくら通商株式会社）",
        interview=True,
        company="さくら通商",
        role="海外営業",
        org=("jinji@sakura-tsusho.co.jp", "さくら通商 人事部"),
        att=[person("h.tanaka@sakura-tsusho.co.jp", "田中 浩")],
        desc=(
            "Alex Rivera様\n\n海外営業職の最終面接についてご案内申し上げます。\n"
            "面接官：代表取締役 田中\n場所：本社 7階 応接室\n持ち物：筆記用具\n\n"
            "さくら通商株式会社 人事部"
        ),
        loc="東京都中央区日本橋2-5-1 さくら通商ビル 7F",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接：Tsubame Payments K.K.（Backend Engineer）",
        interview=True,
        company="Tsubame Payments",
        role="Backend Engineer",
        org=("talent@tsubamepay.jp", "Tsubame Payments Talent"),
        att=[person("y.mori@tsubamepay.jp", "Yuki Mori")],
        desc=(
            "Alex様\n\n二次面接（技術面接）の日程が確定しました。面接官はエンジニアリングマネージャーの森です。\n"
            "Second interview (technical) with Yuki Mori, Engineering Manager.\n\nTsubame Payments K.K."
        ),
        conf=("Zoom Meeting", "https://tsubamepay.zoom.us/j/82200114433"),
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------------------
# Not interviews: Alex interviews candidates (work calendar)
# ---------------------------------------------------------------------------


def _work_calendar_interviewer() -> None:
    _x(
        "Interview: Priya Nandakumar (Backend Engineer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.nandakumar@gmail.com", "Priya Nandakumar"),
            person("morgan.blake@initech.com", "Morgan Blake"),
        ],
        desc=(
            "<p>You are scheduled to interview <b>Priya Nandakumar</b> for <b>Backend Engineer "
            "(Payments)</b>.</p><p>Focus area: Coding – data structures</p><p>Please submit "
            "your scorecard in Greenhouse within 24 hours.</p><p>Resume and interview kit: "
            "https://app.greenhouse.io/interviews/1188204</p>"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Onsite Loop – Tomasz Wierzbicki – System Design (Alex)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("coordinator@initech.com", "Initech Recruiting Coordination"),
        att=[person("t.wierzbicki@outlook.com", "Tomasz Wierzbicki")],
        desc=(
            "Interviewer: Alex Rivera\nCandidate: Tomasz Wierzbicki (currently at Wisła Data "
            "Systems)\nRole: Senior Software Engineer\nModule: System Design (45 min)\n\n"
            "Interview kit and rubric attached in Greenhouse."
        ),
        loc="Initech HQ – Room 4B 'Swingline'",
        zone="America/New_York",
    )
    _x(
        "Phone screen – Jordan Ellery for Senior SRE",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        att=[person("jordan.ellery@protonmail.com", "Jordan Ellery")],
        desc="I'll call the candidate. Notes template: go/sre-screen-notes",
        loc="+1 646 555 0199",
        zone="America/New_York",
    )
    _x(
        "Debrief: Staff Engineer candidate (M. Okafor)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("morgan.blake@initech.com", "Morgan Blake"),
            person("chen.wu@initech.com", "Chen Wu"),
            person("lisa.ferris@initech.com", "Lisa Ferris"),
        ],
        desc="Hiring debrief for Michael Okafor (Staff Engineer, Platform). Please have scorecards submitted beforehand.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Candidate interview – Lena Hoffmann (currently at Quellwerk Software AG)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("lena.hoffmann@web.de", "Lena Hoffmann")],
        desc="Alex: hiring manager interview for Engineering Manager, Berlin hub. Candidate CV in Greenhouse.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Hiring committee – Q3 Data Engineering reqs",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        att=[
            person("chen.wu@initech.com", "Chen Wu"),
            person("hr.partners@initech.com", "HR Partners"),
        ],
        desc="Review pipeline for 3 open Data Engineering reqs, calibrate levels, decide on offers.",
        loc="Initech HQ – Room 2A",
        zone="America/New_York",
    )
    _x(
        "Interviewer training: Structured interviewing 101",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent.development@initech.com", "Initech Talent Development"),
        desc="Mandatory for anyone joining interview loops. Covers competencies, bias and writing scorecards.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91122004410"),
        zone="America/New_York",
    )
    _x(
        "Coding interview – Sam Achterberg | Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Scheduling"),
        att=[person("sam.achterberg@gmail.com", "Sam Achterberg")],
        desc=(
            "Initech has scheduled this interview.\nInterviewer: Alex Rivera\nCandidate: Sam "
            "Achterberg\nPosition: Software Engineer II\n\nScheduled with GoodTime."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95501220067"),
        zone="America/New_York",
    )
    _x(
        "Initech x Harrow & Finch – candidate pipeline sync",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tom.esposito@harrowfinch.co.uk", "Tom Esposito (Harrow & Finch)"),
        desc="Weekly sync on shortlisted candidates for the Initech London SRE roles.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aW5pdGVj",
        ),
        zone="Europe/London",
    )
    _x(
        "Sollicitatiegesprek kandidaat – Femke Bos (Initech Amsterdam)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruitment.nl@initech.com", "Initech Recruitment NL"),
        att=[person("femke.bos@gmail.com", "Femke Bos")],
        desc="Alex voert het gesprek als hiring manager. Kandidaat voor Product Owner. Scorecard invullen in Greenhouse.",
        loc="Initech Amsterdam – Vergaderruimte Keizersgracht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien candidat – Julien Marchetti – Développeur Backend",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recrutement.fr@initech.com", "Initech Recrutement"),
        att=[person("julien.marchetti@free.fr", "Julien Marchetti")],
        desc="Intervieweur : Alex Rivera. Candidat : Julien Marchetti (ex-Sauveterre Assurances). Grille d'évaluation dans Greenhouse.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Take-home review: candidate #4821",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Grade the take-home for candidate #4821 (Frontend Engineer) before Friday's debrief.",
        zone="America/New_York",
    )
    _x(
        "Reference call re: Daniel Osei",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hiring@copperline.dev", "Copperline Hiring"),
        desc="Copperline would like a reference for Daniel Osei, who reported to you at Initech. 20 minutes.",
        loc="Phone",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Not interviews: mock interviews, coaching, prep
# ---------------------------------------------------------------------------


def _mock_interviews_and_coaching() -> None:
    _x(
        "Mock interview with Dana (system design)",
        interview=False,
        company=None,
        role=None,
        att=[person("dana.kowalski@gmail.com", "Dana Kowalski")],
        desc="Dana plays the interviewer: design a URL shortener. Swap next week.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Career coaching session – Renata Albu",
        interview=False,
        company=None,
        role=None,
        org=("renata@albucoaching.com", "Renata Albu"),
        desc="Session 3 of 6: positioning your story, salary expectations, next steps in your search.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83377102219"),
        zone="America/New_York",
    )
    _x(
        "Interview prep: behavioural questions (STAR)",
        interview=False,
        company=None,
        role=None,
        desc="Write out 6 STAR stories: conflict, failure, leadership, ambiguity, impact, feedback.",
        zone="America/New_York",
    )
    _x(
        "Peer mock: Alex ↔ Kofi (coding round practice)",
        interview=False,
        company=None,
        role=None,
        att=[person("kofi.mensah@gmail.com", "Kofi Mensah")],
        desc="45 min each way. Leetcode mediums, then feedback.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Prep for Kessler & Söhne interview",
        interview=False,
        company=None,
        role=None,
        desc="Re-read job ad, review CAN bus notes, prepare questions about the firmware team.",
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungstraining (VHS Neustadt) – Vorstellungsgespräche üben",
        interview=False,
        company=None,
        role=None,
        org=("kurse@vhs-neustadt.de", "VHS Neustadt"),
        desc="Kurs 24B-311: Bewerbungstraining mit Rollenspielen zum Vorstellungsgespräch. Raum 2.14.",
        loc="VHS Neustadt, Hauptstraße 12, Raum 2.14",
        zone="Europe/Berlin",
    )
    _x(
        "Mock case interview – Consulting Club",
        interview=False,
        company=None,
        role=None,
        org=("consultingclub@eastmere.ac.uk", "Eastmere Consulting Club"),
        desc="Practice case with a second-year member in the interviewer seat. Market sizing + profitability.",
        loc="Eastmere University, Library Group Room 3",
        zone="Europe/London",
    )
    _x(
        "Salary negotiation workshop",
        interview=False,
        company=None,
        role=None,
        org=("events@womenindatarotterdam.nl", "Women in Data Rotterdam"),
        desc="Online workshop: how to negotiate an offer after the final interview.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81129005531"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Resume review with Lumen Career Coaching",
        interview=False,
        company=None,
        role=None,
        org=("hello@lumencareers.com", "Lumen Career Coaching"),
        desc="45-minute CV and LinkedIn review. Please upload your current resume beforehand.",
        meet="meet",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Not interviews: podcasts, press, radio, TV, user research
# ---------------------------------------------------------------------------


def _press_podcasts_and_research() -> None:
    _x(
        "Podcast recording: Shipping Code ep. 58 – interview with Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("hosts@shippingcode.fm", "Shipping Code Podcast"),
        desc=(
            "Thanks for coming on the show! We'll talk about migrating Initech's ledger to "
            "event sourcing. Recording via Riverside: https://riverside.fm/studio/shipping-code"
        ),
        loc="https://riverside.fm/studio/shipping-code",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with The Eastmere Courier (Hal Brody)",
        interview=False,
        company=None,
        role=None,
        org=("hal.brody@eastmerecourier.co.uk", "Hal Brody"),
        desc="Press interview for a feature on local fintech jobs. Approx. 20 min, quotes to be checked before print.",
        loc="Phone",
        zone="Europe/London",
    )
    _x(
        "Radio interview – Morning Desk, KVLR 88.1",
        interview=False,
        company=None,
        role=None,
        org=("producer@kvlr.org", "KVLR Morning Desk"),
        desc="Live segment about the city's open data hackathon. Call in 10 minutes before air.",
        zone="America/Denver",
    )
    _x(
        "Entrevista para la revista Código Abierto",
        interview=False,
        company=None,
        role=None,
        org=("redaccion@codigoabierto.es", "Redacción Código Abierto"),
        desc="Entrevista para el reportaje sobre comunidades de software libre. Se publicará en el número de mayo.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "User research interview – Tidewell.io",
        interview=False,
        company=None,
        role=None,
        org=("research@tidewell.io", "Tidewell Research"),
        desc=(
            "Thanks for signing up to give feedback on Tidewell! In this 30-minute user interview "
            "we'll ask how you manage database migrations today. You'll receive a $50 gift card."
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Customer interview: Harbor & Vine (discovery)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("pm.team@initech.com", "Initech PM Team"),
        att=[person("ops@harborandvine.com", "Harbor & Vine Ops")],
        desc="Discovery interview with a prospective customer about their invoicing workflow. Alex takes notes.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview für den Initech-Blog: 'Ein Tag im Platform-Team'",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms.de@initech.com", "Initech Kommunikation"),
        desc="Kurzes Interview für den Karriereblog. Fotos werden im Anschluss gemacht.",
        loc="Initech Berlin, Kantine",
        zone="Europe/Berlin",
    )
    _x(
        "TV taping: Business Tonight (Channel 7) segment",
        interview=False,
        company=None,
        role=None,
        org=("bookings@ch7business.tv", "Business Tonight Bookings"),
        desc="On-camera interview about remote work trends. Arrive at studio B for make-up 30 min early.",
        loc="Channel 7 Studios, 400 Media Way, Studio B",
        zone="America/Chicago",
    )
    _x(
        "Interview Oma für die Familienchronik",
        interview=False,
        company=None,
        role=None,
        desc="Fragen vorbereiten: Kindheit in Gießen, Umzug 1962, Hochzeit. Diktiergerät laden!",
        loc="bei Oma",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Not interviews: book, film, play and band titles
# ---------------------------------------------------------------------------


def _titles_of_books_films_bands() -> None:
    _x(
        "Book club: Interview with the Vampire",
        interview=False,
        company=None,
        role=None,
        att=[
            person("meg.obrien@gmail.com", "Meg O'Brien"),
            person("tariq.s@gmail.com", "Tariq S."),
        ],
        desc="Chapters 1–8. Meg is hosting, bring snacks.",
        loc="Meg's place",
        zone="America/New_York",
    )
    _x(
        "Movie night – 'The Interview'",
        interview=False,
        company=None,
        role=None,
        desc="Popcorn + bad comedy.",
        loc="Home",
        zone="America/New_York",
    )
    _x(
        "Theatre: 'The Final Interview' at the Rialto Playhouse",
        interview=False,
        company=None,
        role=None,
        desc="Tickets: Row F, seats 11–12. Doors 19:00.",
        loc="Rialto Playhouse, 88 Market Street",
        zone="Europe/London",
    )
    _x(
        "Ciné-club : « Entretien d'embauche » (court-métrage) + débat",
        interview=False,
        company=None,
        role=None,
        desc="Projection du court-métrage suivie d'un débat avec la réalisatrice.",
        loc="Cinéma Le Lumière, Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Gig: The Hiring Managers (band) @ Lantern Hall",
        interview=False,
        company=None,
        role=None,
        desc="Support act starts 20:30.",
        loc="Lantern Hall, 5 Dock Street",
        zone="Europe/Dublin",
    )
    _x(
        "Read: 'Second Round' by Ines Marlowe (novel) – finish for Thursday",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Not interviews: meetups, study groups, coffee chats, info sessions, exams
# ---------------------------------------------------------------------------


def _meetups_coffees_and_study() -> None:
    _x(
        "Coffee with Marcus (ex-Initech, now at Pinecrest Analytics)",
        interview=False,
        company=None,
        role=None,
        att=[person("marcus.hale@gmail.com", "Marcus Hale")],
        desc="Catching up – he just moved to Denver. His treat this time.",
        loc="Blue Heron Coffee, 5th Ave",
        zone="America/New_York",
    )
    _x(
        "Berlin Python Meetup #84 – talks by Quellwerk Software AG & Redfern Mobility",
        interview=False,
        company=None,
        role=None,
        org=("organizers@berlinpython.dev", "Berlin Python Meetup"),
        desc="Talks: 'Typing at scale' (Quellwerk) and 'Routing graphs in Rust and Python' (Redfern). Pizza sponsored by the hosts.",
        loc="Redfern Mobility, Skalitzer Str. 85, 10997 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Networking lunch – Women in Data Rotterdam",
        interview=False,
        company=None,
        role=None,
        org=("events@womenindatarotterdam.nl", "Women in Data Rotterdam"),
        desc="Informal lunch. Vanterra Logistics is hosting this month.",
        loc="Vanterra Logistics B.V., Spaanse Polder 37, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Info session: Bank of Eastmere Graduate Programme",
        interview=False,
        company=None,
        role=None,
        org=("early.careers@bankofeastmere.co.uk", "Bank of Eastmere Early Careers"),
        desc="Webinar for applicants: what the programme looks like, Q&A with current graduates. No registration needed.",
        conf=(
            "Microsoft Teams Live Event",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWFzdG1l",
        ),
        zone="Europe/London",
    )
    _x(
        "Virtual coffee – Eastmere alumni network",
        interview=False,
        company=None,
        role=None,
        org=("alumni@eastmere.ac.uk", "Eastmere Alumni Relations"),
        att=[person("felix.amari@hatchway.com", "Felix Amari")],
        desc="You've been matched with Felix Amari (Class of 2014, Data Science at Hatchway) for a 30-min alumni coffee chat.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Study group: Designing Data-Intensive Applications ch. 7",
        interview=False,
        company=None,
        role=None,
        att=[person("kofi.mensah@gmail.com", "Kofi Mensah"), person("ines.k@gmail.com", "Ines K.")],
        desc="Transactions. Everyone brings one question.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Certification exam – Certified Kubernetes Administrator",
        interview=False,
        company=None,
        role=None,
        desc="Online proctored exam. Clear desk, ID ready, check-in 30 min early.",
        loc="Online (proctored)",
        zone="America/New_York",
    )
    _x(
        "Tag der offenen Tür – Stadtwerke Oberaue",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="Führungen durchs Wasserwerk, Infostand Ausbildung & Karriere.",
        loc="Stadtwerke Oberaue, Werkstraße 1",
        zone="Europe/Berlin",
    )
    _x(
        "Hackathon: Tidewell.io Build Weekend",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        org=("events@tidewell.io", "Tidewell Events"),
        desc="48-hour hackathon. Teams of up to 4. Prizes for best use of the Tidewell API.",
        zone="America/Los_Angeles",
    )
    _x(
        "Drinks with Jess (Harrow & Finch) – her birthday",
        interview=False,
        company=None,
        role=None,
        att=[person("jess.whitmore@gmail.com", "Jess Whitmore")],
        loc="The Crown & Anchor",
        zone="Europe/London",
    )
    _x(
        "Fika med gamla kollegor",
        interview=False,
        company=None,
        role=None,
        att=[person("erik.sand@gmail.com", "Erik Sand")],
        desc="Vi ses på Café Saturnus.",
        loc="Café Saturnus, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Koffie met Sanne – bijpraten",
        interview=False,
        company=None,
        role=None,
        att=[person("sanne.k@gmail.com", "Sanne")],
        desc="Gewoon bijpraten, geen agenda.",
        loc="Koffiebar De Ketel, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "勉強会：Rust入門 第3回",
        interview=False,
        company=None,
        role=None,
        org=("rust-study@connpass-mail.jp", "Rust入門勉強会"),
        desc="所有権と借用について。各自ノートPC持参。",
        loc="渋谷区道玄坂1-10-8 7F",
        zone="Asia/Tokyo",
    )
    _x(
        "Meetup KrakJS #112",
        interview=False,
        company=None,
        role=None,
        org=("orga@krakjs.pl", "KrakJS"),
        desc="Dwie prelekcje + networking. Gospodarz: Grupa Zielony Most S.A.",
        loc="ul. Zabłocie 23, Kraków",
        zone="Europe/Warsaw",
    )


# ---------------------------------------------------------------------------
# Not interviews: internal Initech meetings (work calendar)
# ---------------------------------------------------------------------------


def _internal_initech_meetings() -> None:
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        desc="Weekly 1:1. Agenda in the shared doc.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Sprint planning – Payments squad",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("chen.wu@initech.com", "Chen Wu"),
        att=[person("payments-squad@initech.com", "Payments Squad")],
        loc="Initech HQ – Room 4B 'Swingline'",
        zone="America/New_York",
    )
    _x(
        "QBR with Vanterra Logistics (customer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("account.mgmt@initech.com", "Initech Account Management"),
        att=[person("maarten.dekker@vanterra.nl", "Maarten Dekker")],
        desc="Quarterly business review: usage, incidents, roadmap. Alex covers the API reliability section.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cWJydmFu",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr.partners@initech.com", "Initech HR Partners"),
        desc="Confidential conversation about your time at Initech before your last day. Laptop return afterwards.",
        loc="Initech HQ – HR, 3rd floor",
        zone="America/New_York",
    )
    _x(
        "Mid-year performance review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        desc="Self-review due 48h before. We'll discuss goals and promotion readiness.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Vendor demo: GoodTime interview scheduling",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting.ops@initech.com", "Initech Recruiting Ops"),
        desc="Demo of GoodTime for automating our interview loops. Evaluating vs. current Greenhouse scheduling.",
        conf=("Zoom Meeting", "https://goodtime.zoom.us/j/88810022341"),
        zone="America/New_York",
    )
    _x(
        "Initech All Hands – Q3",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ceo.office@initech.com", "Office of the CEO"),
        loc="Initech HQ – Atrium / livestream",
        zone="America/New_York",
    )
    _x(
        "Teamoverleg Platform NL",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("pieter.smit@initech.com", "Pieter Smit"),
        desc="Wekelijks teamoverleg: incidenten, on-call, planning.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Recruiting sync – Q4 hiring plan",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Headcount for Q4, which loops need more interviewers, agency usage (Harrow & Finch, TalentForge).",
        meet="meet",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Not interviews: reminders, trips and errands that merely mention a company
# ---------------------------------------------------------------------------


def _merely_mentions_a_company() -> None:
    _x(
        "Application deadline: Bank of Eastmere Graduate Programme",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Send thank-you note to Saltmarsh Robotics recruiter",
        interview=False,
        company=None,
        role=None,
        desc="Mention the perception pipeline discussion with Ellen.",
        zone="America/Los_Angeles",
    )
    _x(
        "Bewerbung abschicken: Quellwerk Software AG",
        interview=False,
        company=None,
        role=None,
        desc="Anschreiben finalisieren, Zeugnisse als ein PDF.",
        zone="Europe/Berlin",
    )
    _x(
        "Flight FRA → HND (Hoshizora onsite trip)",
        interview=False,
        company=None,
        role=None,
        desc="Booking ref QX7T2M. Seat 34K.",
        loc="Frankfurt Airport (FRA)",
        zone="Europe/Berlin",
    )
    _x(
        "Visa interview – U.S. Consulate General Frankfurt",
        interview=False,
        company=None,
        role=None,
        desc="Bring DS-160 confirmation, passport, appointment letter, photo. No electronics allowed.",
        loc="Consulate General, visa section – entrance B, Frankfurt am Main",
        zone="Europe/Berlin",
    )
    _x(
        "Package pickup – Vanterra Logistics depot",
        interview=False,
        company=None,
        role=None,
        desc="Tracking VNT-88213004-NL. Bring ID.",
        loc="Vanterra Pickup Point, Zuidplein 12, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Webinar: How Tidewell.io scaled Postgres to 10k tenants",
        interview=False,
        company=None,
        role=None,
        org=("webinars@tidewell.io", "Tidewell Webinars"),
        conf=("Zoom Webinar", "https://tidewell.zoom.us/w/99012234456"),
        zone="America/Los_Angeles",
    )
    _x(
        "Dinner – Harbor & Vine Bistro (Lauren's birthday)",
        interview=False,
        company=None,
        role=None,
        loc="Harbor & Vine Bistro, 14 Seaport Blvd",
        zone="America/Los_Angeles",
    )
    _x(
        "Kündigungsfrist Initech beachten – letzter Tag für Kündigung",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Prazo final – candidatura Banco do Vale Atlântico",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="Enviar CV atualizado e carta de motivação pelo portal.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Contratto Ferraglia & Rossi: chiamare commercialista",
        interview=False,
        company=None,
        role=None,
        desc="Chiedere chiarimenti su RAL e welfare prima di firmare.",
        zone="Europe/Rome",
    )
    _x(
        "Appartementsbezichtiging – Van der Heijden Makelaars",
        interview=False,
        company=None,
        role=None,
        org=("bezichtiging@vdhmakelaars.nl", "Van der Heijden Makelaars"),
        desc="Bezichtiging 2-kamerappartement, Oudegracht 210. Neem je loonstrook mee.",
        loc="Oudegracht 210, Utrecht",
        zone="Europe/Amsterdam",
    )
