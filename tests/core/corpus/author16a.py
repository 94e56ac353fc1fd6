# ruff: noqa: E501, RUF002 -- data: event texts as written, in every script
"""Round 16's first calendar author: naming the employer the way a person would.

Covers staffing and recruitment agencies (Hays and invented firms such as Harrowgate Walsh,
Kestrel Talent, Morrow & Vale, Nexo Talento) presenting a named or a confidential client;
scheduling tools (Calendly, GoodTime, ModernLoop, Microsoft Bookings, Cal.com, Zoom Scheduler,
Google appointment schedules, Doodle) and ATS senders (Greenhouse, Workday, SuccessFactors,
SmartRecruiters, Lever, Ashby, iCIMS, Taleo, Teamtailor, Personio, Workable, JazzHR) whose
domain is never the employer; legal names reduced to the brand people use (Inc., LLC, plc,
GmbH & Co. KG, AG, B.V., SAS, S.p.A., sp. z o.o., S.A. de C.V., Ltda., Pvt. Ltd., Pty Ltd,
d/b/a, 株式会社, 有限公司, (주), ООО, Α.Ε., प्रा. लि.); subsidiaries, divisions and parent groups;
names with "&", "+", digits, dots, apostrophes, all-caps initials and lowercase styling;
domains that differ from the name; an employer named only in the description, the organizer's
display name, an attendee's display name, the organizer's domain, the location, a Zoom topic,
a forwarded Outlook subject or an HTML signature; Japanese, Chinese, Korean, Russian, Greek,
Arabic and Hindi invitations with and without a Latin name; two onsites split into several
events; university and hospital employers; and about eighty look-alikes that mention companies
(vendor demos, client meetings at Initech, networking coffees, recruiting webinars, career
fairs, Alex interviewing candidates at Initech, ATS and scheduling-tool mail that is not an
interview, mock interviews, user research, prep blocks, travel). Conventions: the company label
is the prospective employer's brand without legal suffixes. When an agency names its client
anywhere in the event (title, description, a client interviewer's display name), the label is
the client, for the agency's own screening call as well. When the agency keeps the client
confidential ("a leading fintech", "my client"), the agency is the only counterpart Alex can
name and the one he would write down ("call with Hays"), so the label is the agency's brand;
an event naming neither agency nor client gets None. RPO recruiters count as the employer's
talent team. A subsidiary or division that hires is labelled with its own brand when the event
names it, the group when the group itself hires. For non-Latin invitations the label is the
Latin brand when the event gives one, otherwise the native-script name without its legal
form (株式会社, 有限公司, ООО...). An onsite split into parts labels every part, including lunch
with the team, as an interview; Alex's travel and hotel blocks around it are not.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author16a", **kw)


ZOOM = "Zoom Meeting"
TEAMS = "Microsoft Teams Meeting"


def build() -> None:
    _agency_named_client()
    _agency_confidential_client()
    _agency_lookalikes()
    _scheduling_tools()
    _scheduling_lookalikes()
    _ats_senders()
    _ats_lookalikes()
    _legal_vs_brand()
    _subsidiaries()
    _odd_names()
    _where_named()
    _non_latin()
    _non_latin_lookalikes()
    _onsites()
    _universities_hospitals()
    _univ_hospital_lookalikes()
    _company_mention_lookalikes()
    _misc_lookalikes()


def _agency_named_client() -> None:
    _x(
        "Alex Rivera / Northwind Logistics - 1st stage interview",
        interview=True,
        company="Northwind Logistics",
        role="Senior Data Engineer",
        org=("sophie.marchant@hays.com", "Sophie Marchant"),
        att=[person("d.okafor@northwindlogistics.co.uk", "Daniel Okafor")],
        desc="Hi Alex,\n\nAs discussed, here are the details for your first stage interview with my client Northwind Logistics for the Senior Data Engineer position.\n\nInterviewer: Daniel Okafor, Head of Data Platform\nFormat: 45 minutes on Teams - competency questions plus a walk-through of a pipeline you have built.\n\nGive me a ring afterwards for a quick debrief.\n\nKind regards,\nSophie Marchant\nSenior Consultant | Hays Technology\nT: 0161 555 0142",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjY2YTEt%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Harrowgate Walsh | Interview - Fernhill Bank | Alex Rivera",
        interview=True,
        company="Fernhill Bank",
        role="Lead Backend Engineer (Payments)",
        org=("oliver.grant@harrowgatewalsh.com", "Oliver Grant"),
        att=[
            person("priya.menon@fernhillbank.com", "Priya Menon"),
            person("jon.achterberg@fernhillbank.com", "Jon Achterberg", status="needsAction"),
        ],
        desc="Alex - confirming your interview with Fernhill Bank for the Lead Backend Engineer (Payments) role. Priya (Engineering Director) and Jon (Principal Engineer) will join. Expect a mix of system design around ledgers and idempotency, and some stakeholder questions.\n\nOliver Grant | Manager, Technology Practice\nHarrowgate Walsh Recruitment Ltd",
        loc="Fernhill Bank, 14 Cannon Row, London EC4 - 3rd floor reception",
        zone="Europe/London",
    )
    _x(
        "Intro call - Platform Engineer @ Calder Biotech",
        interview=True,
        company="Calder Biotech",
        role="Platform Engineer",
        org=("megan@kestreltalent.io", "Megan Shaw | Kestrel Talent"),
        desc="Hey Alex! Looking forward to our chat. I'm recruiting a Platform Engineer for Calder Biotech (Series C, Cambridge MA, hybrid 2 days). I'll walk you through the team, comp band and process, and then we can decide whether to put you forward to their hiring manager.\n\nMegan",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Hays Interview Confirmation",
        interview=True,
        company="Tidewater Insurance",
        role="Analytics Engineer",
        org=("ravi.bhatt@hays.com.au", "Ravi Bhatt"),
        desc="INTERVIEW CONFIRMATION\n\nCandidate: Alex Rivera\nClient: Tidewater Insurance\nPosition: Analytics Engineer (12-month fixed term)\nInterviewers: Claire Donnelly (Data Manager), Sam Whitford (Senior Analyst)\nDuration: 60 min\nDress: business casual\n\nPlease arrive 10 minutes early and bring photo ID for building security.\n\nRavi Bhatt | Hays Information Technology | Level 9, 55 Elizabeth St",
        loc="Level 22, 101 Collins St, Melbourne VIC 3000",
        zone="Australia/Melbourne",
    )
    _x(
        "Final interview: Ostara Foods - VP Engineering",
        interview=True,
        company="Ostara Foods",
        role="VP Engineering",
        org=("c.lindqvist@pinnaclesearchgroup.com", "Cecilia Lindqvist"),
        att=[
            person("hannah.ruiz@ostarafoods.com", "Hannah Ruiz (CEO)"),
            person("m.adeyemi@ostarafoods.com", "Michael Adeyemi (CFO)"),
        ],
        desc="Alex,\n\nThis is the final conversation in the Ostara Foods process: 75 minutes with Hannah (CEO) and Michael (CFO). Hannah will want to hear your 100-day plan; Michael will go deep on how you budget an engineering org of ~80.\n\nI'll call you Thursday evening to prepare.\n\nCecilia Lindqvist\nPartner, Pinnacle Search Group",
        conf=(ZOOM, "https://us02web.zoom.us/j/84120957731?pwd=cFJ0bEtRUVp3"),
    )
    _x(
        "Vorstellungsgespräch Lindqvist Automation – über Brandt & Kessler Personalberatung",
        interview=True,
        company="Lindqvist Automation",
        role="Softwarearchitekt (m/w/d)",
        org=("j.brandt@brandt-kessler.de", "Johanna Brandt"),
        att=[person("t.hoffmann@lindqvist-automation.de", "Thomas Hoffmann")],
        desc="Hallo Herr Rivera,\n\nwie telefonisch besprochen bestätige ich Ihnen das Gespräch bei unserem Mandanten, der Lindqvist Automation GmbH, für die Position Softwarearchitekt (m/w/d). Gesprächspartner ist Herr Hoffmann, Leiter Softwareentwicklung.\n\nBitte melden Sie sich am Empfang in Halle B.\n\nMit freundlichen Grüßen\nJohanna Brandt\nBrandt & Kessler Personalberatung GmbH",
        loc="Lindqvist Automation GmbH, Industriestraße 12, 73037 Göppingen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview - Alex Rivera (presented by Kestrel Talent)",
        interview=True,
        company="Quayside Energy",
        role=None,
        org=("megan@kestreltalent.io", "Megan Shaw | Kestrel Talent"),
        att=[person("marta.silva@quaysideenergy.com", "Marta Silva (Quayside Energy)")],
        desc="Alex, my client's hiring manager Marta will call you on this link. She has read your CV and wants to focus on the forecasting work you did at Initech. Good luck!",
        meet="meet",
    )
    _x(
        "Hays -> Brightline Retail tech interview",
        interview=True,
        company="Brightline Retail",
        role="Senior Python Developer",
        desc="Via Sophie at Hays. Brightline Retail, Senior Python Developer, ~£85k.\nInterviewers: Kate (EM) + one dev.\nThey use FastAPI, Postgres, k8s. Ask about on-call.\nCall Sophie after.",
        loc="Brightline Retail, 2 Piccadilly Place, Manchester",
        zone="Europe/London",
    )
    _x(
        "Entretien client – Maison Verlaine (via Talentis Conseil)",
        interview=True,
        company="Maison Verlaine",
        role="Data Analyst Senior",
        org=("claire.morel@talentis-conseil.fr", "Claire Morel"),
        att=[person("a.benali@maisonverlaine.com", "Amine Benali")],
        desc="Bonjour Alex,\n\nJe vous confirme votre entretien avec Maison Verlaine pour le poste de Data Analyst Senior. Vous rencontrerez Amine Benali, Head of Data, pendant 45 minutes.\n\nBien à vous,\nClaire Morel\nConsultante – Talentis Conseil",
        loc="Maison Verlaine, 38 rue du Faubourg Saint-Honoré, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Contract interview - Gantry Rail (via Morrow & Vale)",
        interview=True,
        company="Gantry Rail",
        role="Contract DevOps Engineer",
        org=("liam.porter@morrowvale.co.uk", "Liam Porter"),
        att=[person("ops-hiring@gantryrail.co.uk", "Gantry Rail Hiring")],
        desc="Hi Alex, 30 min call with Gantry Rail's Platform Lead for the Contract DevOps Engineer role (6 months, outside IR35, £600/day). Mostly Terraform and incident stories. Rate already agreed with the client.\n\nLiam | Morrow & Vale",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGFkN2Q4%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Entrevista con Alcázar Seguros – presentada por Nexo Talento",
        interview=True,
        company="Alcázar Seguros",
        role="Ingeniero de Machine Learning",
        org=("lucia.ortega@nexotalento.es", "Lucía Ortega"),
        att=[person("jmprieto@alcazarseguros.es", "José Manuel Prieto")],
        desc="Hola Alex:\n\nTe confirmo la entrevista con Alcázar Seguros para la posición de Ingeniero de Machine Learning. Te entrevistará José Manuel Prieto, responsable de Analítica Avanzada. Duración aproximada: 1 hora.\n\nUn saludo,\nLucía Ortega\nNexo Talento",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "2nd call w/ Megan (Kestrel) - client is Halden Robotics",
        interview=True,
        company="Halden Robotics",
        role="Robotics Software Engineer",
        desc="Megan can finally share the client: Halden Robotics (warehouse AMRs). Robotics Software Engineer, C++/ROS2. She's doing a deeper screen before submitting me. Have salary number ready.",
        meet="meet",
    )


def _agency_confidential_client() -> None:
    _x(
        "Call with Hays re: Lead Data Engineer (confidential client)",
        interview=True,
        company="Hays",
        role="Lead Data Engineer",
        org=("sophie.marchant@hays.com", "Sophie Marchant"),
        desc="Hi Alex, thanks for applying. The client is a leading fintech in London - I can't share the name until they agree to see your profile. On this call I'll cover your experience, notice period and expectations.\n\nSophie",
        zone="Europe/London",
    )
    _x(
        "Harrowgate Walsh - screening call",
        interview=True,
        company="Harrowgate Walsh",
        role="Staff Engineer",
        org=("natalie.cho@harrowgatewalsh.com", "Natalie Cho"),
        desc="Role: Staff Engineer, Series B healthtech (name confidential at this stage), fully remote UK. 30 minute screen.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmU0Y2Fh%40thread.v2/0",
        ),
    )
    _x(
        "Kestrel Talent | Alex Rivera | Engineering Manager opportunity",
        interview=True,
        company="Kestrel Talent",
        role="Engineering Manager",
        org=("dev@kestreltalent.io", "Devon Hale"),
        desc="Quick intro about an Engineering Manager opportunity with one of our clients (a consumer subscription business, ~300 people). I'll share more detail on the call.",
        meet="meet",
    )
    _x(
        "Llamada con Nexo Talento – posición confidencial",
        interview=True,
        company="Nexo Talento",
        role="Head of Data",
        org=("lucia.ortega@nexotalento.es", "Lucía Ortega"),
        desc="Hola Alex, como te comenté por LinkedIn, se trata de una posición de Head of Data en una empresa líder del sector retail. Por confidencialidad no puedo darte el nombre hasta la segunda fase.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Video screen with Morrow & Vale - 'top-5 global insurer'",
        interview=True,
        company="Morrow & Vale",
        role="Solutions Architect",
        org=("liam.porter@morrowvale.co.uk", "Liam Porter"),
        desc="Solutions Architect, permanent. Client is a top-5 global insurer; details to follow once you're shortlisted.",
        conf=(ZOOM, "https://us06web.zoom.us/j/89211034456"),
    )
    _x(
        "recruiter call - fintech role (agency, didn't catch name)",
        interview=True,
        company=None,
        role=None,
        desc="someone called from an agency, said they'd call back at this time about a fintech role. number 020 7946 0321",
    )


def _agency_lookalikes() -> None:
    _x(
        "Hays Salary Guide 2025 - live webinar",
        interview=False,
        org=("events@hays.com", "Hays Events"),
        desc="Join our Technology practice leaders as they walk through this year's salary and recruiting trends. Registration link and recording will be shared.",
        conf=(ZOOM, "https://hays.zoom.us/w/91122334455"),
    )
    _x(
        "Coffee with Sophie (Hays) - catch-up",
        interview=False,
        desc="She just wants to catch up and refresh my profile on their system - no specific roles right now. Bring updated CV.",
        loc="Pret, King Street",
    )
    _x(
        "Intro Sam to Megan at Kestrel Talent",
        interview=False,
        desc="Sam is looking for a PM job - send him Megan's details and cc her.",
    )
    _x(
        "Hays / Initech - Q3 hiring needs briefing",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[
            person("ravi.bhatt@hays.com.au", "Ravi Bhatt"),
            person("hr-partners@initech.com", "Initech HR Partners"),
        ],
        desc="Briefing Hays on the two Data Engineer reqs we're opening on my team: scope, budget, interview loop.",
        meet="meet",
    )
    _x(
        "Interview: Priya Nair (via Harrowgate Walsh) - Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("kim.osei@initech.com", "Kim Osei"),
        ],
        desc="Candidate submitted by Harrowgate Walsh. Interviewers: Alex Rivera (technical), Kim Osei (values). Scorecards due in 24h.",
        loc="Initech - Room 4B Kestrel",
    )


def _scheduling_tools() -> None:
    _x(
        "30 Minute Meeting between Jenna Holt and Alex Rivera",
        interview=True,
        company="Vantor Systems",
        role="Senior Frontend Engineer",
        org=("jenna.holt@vantorsystems.com", "Jenna Holt"),
        desc="Event Name: Recruiter Screen - Vantor Systems\n\nLocation: This is a Google Meet web conference.\n\nQuestions:\nWhich role are you applying for?\nSenior Frontend Engineer\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/3f9a1c2e-77b1-4d1e-9c0a-5b2e8f1a6d44\nReschedule: https://calendly.com/reschedulings/3f9a1c2e-77b1-4d1e-9c0a-5b2e8f1a6d44\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Omar Haddad and Alex Rivera",
        interview=True,
        company="Tessellate",
        role="Founding Engineer",
        org=("omar.haddad.dev@gmail.com", "Omar Haddad"),
        desc="Event Name: Founder chat - Tessellate (Founding Engineer)\n\nLocation: https://us05web.zoom.us/j/83310092871\n\nPlease share anything that will help prepare for our meeting.\nLinkedIn + GitHub, interested in the infra side.\n\nPowered by Calendly.com",
        conf=(ZOOM, "https://us05web.zoom.us/j/83310092871"),
    )
    _x(
        "Interview with Ridgeline Software: Alex Rivera",
        interview=True,
        company="Ridgeline Software",
        role="Site Reliability Engineer",
        org=("noreply@goodtime.io", "GoodTime Hire"),
        att=[
            person("n.park@ridgelinesw.com", "Nora Park"),
            person("b.ellis@ridgelinesw.com", "Ben Ellis"),
        ],
        desc="Hi Alex,\n\nYour interview for Site Reliability Engineer is confirmed.\n\nInterviewers: Nora Park, Ben Ellis\nDuration: 60 minutes\n\nThis interview was scheduled with GoodTime. To request a change, reply to your recruiter.",
        conf=(ZOOM, "https://ridgelinesw.zoom.us/j/97022615540"),
    )
    _x(
        "Alex Rivera - Virtual Onsite - Pair Programming",
        interview=True,
        company="Lumora",
        role="Machine Learning Engineer, Ranking",
        org=("interviews@lumora.ai", "Lumora Recruiting"),
        att=[person("keiko.sato@lumora.ai", "Keiko Sato")],
        desc="Virtual onsite for Machine Learning Engineer, Ranking.\nSession 2 of 4: Pair Programming with Keiko Sato.\nPlease have a working Python environment ready.\n\nScheduled with GoodTime.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera | Hiring Manager Interview | Product Designer",
        interview=True,
        company="Fathom Health",
        role="Product Designer",
        org=("coordinator@fathomhealth.com", "Fathom Health Recruiting"),
        att=[person("ines.cardoso@fathomhealth.com", "Inês Cardoso")],
        desc="Hi Alex - you'll be meeting Inês Cardoso, Design Manager. Feel free to bring a portfolio piece to share on screen.\n\n--\nScheduled via ModernLoop",
        meet="meet",
    )
    _x(
        "Interview - Alex Rivera - Backend Engineer, Infrastructure",
        interview=True,
        company="Cobalt Freight",
        role="Backend Engineer, Infrastructure",
        org=("no-reply@modernloop.io", "ModernLoop on behalf of Cobalt Freight"),
        att=[person("arjun@cobaltfreight.com", "Arjun Iyer")],
        desc="Cobalt Freight has scheduled an interview with you.\nRound: Technical deep dive (60 min)\nInterviewer: Arjun Iyer\n\nNeed to reschedule? Use the link in your confirmation email.",
        conf=(ZOOM, "https://us02web.zoom.us/j/86677001234"),
    )
    _x(
        "Phone screen booked: Alex Rivera",
        interview=True,
        company="Harbourview Insurance",
        role=None,
        org=(
            "TalentAcquisition@harbourviewgroup.onmicrosoft.com",
            "Harbourview Talent Acquisition",
        ),
        desc="Your booking with Harbourview Insurance - Careers is confirmed.\n\nService: Experienced Hires - Phone Screen (20 min)\nStaff: Talent Acquisition Team\n\nWe'll call you on the number you provided.\n\nManage your booking: https://outlook.office365.com/owa/calendar/HarbourviewCareers@harbourviewgroup.onmicrosoft.com/bookings/\n\nMicrosoft Bookings",
    )
    _x(
        "Technical interview - Cloud Engineer",
        interview=True,
        company="Strand & Co.",
        role="Cloud Engineer",
        org=("bookings@m365x482193.onmicrosoft.com", "Recruitment Bookings"),
        desc="Thanks for booking with the Strand & Co. Recruitment Team.\n\nService: Technical interview - Cloud Engineer\nDuration: 45 minutes\nLocation: Microsoft Teams\n\nIf you need to cancel or reschedule, use Manage booking.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGZiZjQ1%40thread.v2/0",
        ),
    )
    _x(
        "Technical chat between Lena Vogt and Alex Rivera",
        interview=True,
        company="Kite Labs",
        role="Senior Rust Engineer",
        org=("lena@trykite.dev", "Lena Vogt"),
        desc="What: Technical chat\nInvitee Time Zone: Europe/Berlin\nWho:\nLena Vogt - Organizer\nAlex Rivera\nWhere: Cal Video\nDescription: Second step for the Senior Rust Engineer role at Kite Labs. No leetcode - we'll talk through a design you're proud of.\n\nNeed to make a change? Reschedule or Cancel\n\nPowered by Cal.com",
        loc="https://app.cal.com/video/pQz8Lk2vRm",
        zone="Europe/Berlin",
    )
    _x(
        "Intro: Alex <> Brindle",
        interview=True,
        company="Brindle",
        role="Growth Engineer",
        org=("sam@brindle.so", "Sam Okoro"),
        desc="Brindle is hiring a Growth Engineer - 20 min intro with Sam (CTO).\n\nBooked via cal.com/sam-brindle/intro",
        meet="meet",
    )
    _x(
        "Recruiter Call - Halcyon Games",
        interview=True,
        company="Halcyon Games",
        role=None,
        org=("no-reply@zoom.us", "Zoom Scheduler"),
        att=[person("talent@halcyongames.gg", "Halcyon Talent")],
        desc="Booked via Zoom Scheduler: scheduler.zoom.us/halcyon-talent/recruiter-call\n\nHost: Halcyon Talent\nGuest: Alex Rivera",
        conf=(ZOOM, "https://halcyongames.zoom.us/j/92455318870"),
    )
    _x(
        "Alex Rivera (Appointment booking: Candidate chats - Pemberton Analytics)",
        interview=True,
        company="Pemberton Analytics",
        role="Quantitative Developer",
        org=("hiring@pemberton-analytics.com", "Pemberton Hiring"),
        desc="Booked by Alex Rivera\nalex.rivera@gmail.com\n\nRole you're interested in: Quantitative Developer\n\nReschedule or cancel: https://calendar.app.google/8xKzPq",
        meet="meet",
    )
    _x(
        "30 Minute Meeting",
        interview=True,
        company="Saltmarsh",
        role=None,
        org=("r.ito@saltmarsh.io", "Rei Ito"),
        desc="Event Name: Interview - Saltmarsh / platform team\n\nLocation: Google Meet\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera x Orrin Health",
        interview=True,
        company="Orrin Health",
        role="Data Engineer II",
        org=("talent@orrinhealth.com", "Orrin Health Talent"),
        desc="Booked via Doodle Booking Page 'Orrin Health - Data Engineer II interviews'. 45 min, video.",
        conf=(ZOOM, "https://us02web.zoom.us/j/81239945510"),
    )
    _x(
        "Panel interview (GoodTime) - Alex Rivera",
        interview=True,
        company="Ferro Energy",
        role="Senior Analytics Engineer",
        org=("recruiting@ferroenergy.com", "Ferro Energy Recruiting"),
        att=[
            person("k.watts@ferroenergy.com", "Kayla Watts"),
            person("r.mendes@ferroenergy.com", "Rui Mendes"),
            person("j.lee@ferroenergy.com", "Jiwoo Lee", optional=True),
        ],
        desc="Panel for the Senior Analytics Engineer role. 3 interviewers, 60 min, 15 min for your questions at the end.\n\nThis event was created by GoodTime. Do not forward.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTc5MjAx%40thread.v2/0",
        ),
        zone="America/Chicago",
    )


def _scheduling_lookalikes() -> None:
    _x(
        "Mentorship session between Grace Liu and Alex Rivera",
        interview=False,
        org=("grace.liu@outlook.com", "Grace Liu"),
        desc="Event Name: 45 min mentoring\n\nPlease share anything that will help prepare for our meeting.\nWant advice on moving from IC to EM.\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Demo: Fieldnote for Initech",
        interview=False,
        me=WORK_ME,
        org=("ae@fieldnote.app", "Dana Whitaker"),
        desc="What: Product demo\nWho: Dana Whitaker (Account Executive, Fieldnote), Alex Rivera (Initech)\nWhere: Cal Video\n\nPowered by Cal.com",
        loc="https://app.cal.com/video/d8Yq2aWn",
    )
    _x(
        "Interview: Jordan Park - Backend Engineer (you: Coding interviewer)",
        interview=False,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Recruiting"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("jordan.park.dev@gmail.com", "Jordan Park"),
        ],
        desc="You are interviewing Jordan Park for Backend Engineer. Focus area: coding. Submit feedback in Greenhouse within 24 hours.\n\nScheduled with GoodTime.",
        meet="meet",
    )
    _x(
        "Debrief - Jordan Park (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Recruiting"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("kim.osei@initech.com", "Kim Osei"),
        ],
        desc="Hiring team debrief. Scheduled via ModernLoop.",
        meet="meet",
    )
    _x(
        "Your appointment at Riverside Dental is confirmed",
        interview=False,
        org=("RiversideDental@riversidedental.onmicrosoft.com", "Riverside Dental"),
        desc="Service: Hygiene cleaning (45 min)\nStaff: Dr. Amelia Grant\n\nMicrosoft Bookings",
        loc="Riverside Dental, 410 Elm St",
    )
    _x(
        "Career coaching - Dana & Alex",
        interview=False,
        org=("no-reply@zoom.us", "Zoom Scheduler"),
        desc="Booked via Zoom Scheduler: scheduler.zoom.us/dana-coaching/60min\nSession 3: salary negotiation practice",
        conf=(ZOOM, "https://us06web.zoom.us/j/87000112299"),
    )
    _x(
        "Mock system design interview with Ken",
        interview=False,
        org=("ken.yamada@gmail.com", "Ken Yamada"),
        desc="Event Name: Mock interview (practice)\n\nKen used to interview at Lumora - he'll run it like their onsite.\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Customer feedback interview - Lumora",
        interview=False,
        org=("research@lumora.ai", "Lumora User Research"),
        desc="Thanks for agreeing to talk with us about how you use Lumora's recommendations API! 45 minutes, $100 gift card. This is a research session, not a sales call.\n\nPowered by Calendly.com",
        meet="meet",
    )


def _ats_senders() -> None:
    _x(
        "Alex Rivera - Technical Interview (Meridian Health)",
        interview=True,
        company="Meridian Health",
        role="Staff Software Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[
            person("t.nguyen@meridianhealth.org", "Thao Nguyen"),
            person("rob.king@meridianhealth.org", "Rob King"),
        ],
        desc="Hi Alex,\n\nHere are the details for your Technical Interview for the Staff Software Engineer role.\n\nInterviewers: Thao Nguyen, Rob King\nLength: 60 minutes\n\nPowered by Greenhouse",
        conf=(ZOOM, "https://meridianhealth.zoom.us/j/95566012345"),
    )
    _x(
        "Video Interview - Alex Rivera - Senior Product Manager",
        interview=True,
        company="Arclight Media",
        role="Senior Product Manager",
        org=("no-reply@greenhouse.io", "Lisa Tran via Greenhouse"),
        desc="<p>Hi Alex,</p><p>Thanks again for your interest in <b>Arclight Media</b>! You're scheduled to meet with our VP of Product.</p><p>Best,<br>Lisa Tran<br>Recruiting Coordinator</p>",
        meet="meet",
    )
    _x(
        "Interview Scheduled: Senior Cloud Engineer (R-102334)",
        interview=True,
        company="Stellaris Pharma",
        role="Senior Cloud Engineer",
        org=("opportunity-noreply@myworkday.com", "Workday"),
        desc="Dear Alex,\n\nThank you for your interest in careers at Stellaris Pharma. Your interview for Senior Cloud Engineer (R-102334) has been scheduled.\n\nInterview type: Video (Microsoft Teams)\nInterviewer(s): Gareth Ames, Director Cloud Platforms\n\nYou can view details in your candidate home: https://stellaris.wd5.myworkdayjobs.com/StellarisCareers/userHome\n\nStellaris Pharma Talent Acquisition",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk2MTEz%40thread.v2/0",
        ),
    )
    _x(
        "Interview - Requisition JR-55810",
        interview=True,
        company="Granite Bank",
        role="Lead Software Engineer - Fraud Platform",
        org=("granitebank@myworkday.com", "Granite Bank Talent Acquisition"),
        desc="Candidate: Alex Rivera\nJob Requisition: JR-55810 Lead Software Engineer - Fraud Platform\nInterview Stage: Hiring Manager Interview\n\nCandidate Home: https://granitebank.wd3.myworkdayjobs.com/en-US/External/userHome",
        zone="America/Chicago",
    )
    _x(
        "Interview invitation - Requisition 48213 - Data Architect",
        interview=True,
        company="Vollmer Chemie",
        role="Data Architect",
        org=("noreply@successfactors.eu", "SAP SuccessFactors"),
        desc="Dear Alex Rivera,\n\nOn behalf of Vollmer Chemie AG, we are pleased to invite you to an interview for the position Data Architect (Requisition 48213).\n\nPlease accept or decline this invitation using the link in the email.\n\nKind regards,\nVollmer Chemie AG - Recruiting Center Ludwigshafen",
        loc="Vollmer Chemie AG, Werkstor 3, Gebäude C210",
        zone="Europe/Berlin",
    )
    _x(
        "Interview with Orinoco Travel",
        interview=True,
        company="Orinoco Travel",
        role="Senior iOS Engineer",
        org=("no-reply@smartrecruiters.com", "Orinoco Travel via SmartRecruiters"),
        att=[person("helena.voss@orinocotravel.com", "Helena Voss")],
        desc="Hi Alex, your interview for the position Senior iOS Engineer has been scheduled. Interviewer: Helena Voss. Powered by SmartRecruiters.",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Paloma - Technical Screen",
        interview=True,
        company="Paloma",
        role="Full Stack Engineer",
        org=("no-reply@hire.lever.co", "Lever"),
        att=[person("diego@paloma.com", "Diego Ferraz")],
        desc="Interview for Full Stack Engineer at Paloma.\nInterviewer: Diego Ferraz\nFeedback form is internal.\n\n(sent via Lever)",
        conf=(ZOOM, "https://us02web.zoom.us/j/83450098712"),
    )
    _x(
        "Interview: Alex Rivera - Software Engineer, Payments @ Tandem Money",
        interview=True,
        company="Tandem Money",
        role="Software Engineer, Payments",
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[person("lea@tandem.money", "Léa Marchetti")],
        desc="Your interview has been scheduled.\n\nCompany: Tandem Money\nPosition: Software Engineer, Payments\nInterview: Systems Design (60 min)\n\nScheduled via Ashby",
        meet="meet",
    )
    _x(
        "Virtual Interview",
        interview=True,
        company="Lakeshore Credit Union",
        role="IT Business Analyst II",
        org=("donotreply@icims.com", "Lakeshore Credit Union"),
        desc="Alex,\n\nThank you for applying for IT Business Analyst II. We'd like to invite you to a virtual interview with the hiring manager.\n\nLakeshore Credit Union | Human Resources\nThis message was sent through iCIMS.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQwNmEy%40thread.v2/0",
        ),
    )
    _x(
        "Interview Invitation - Requisition 2400187",
        interview=True,
        company="Pacific Crest Airlines",
        role="Network Engineer",
        org=("noreply@taleo.net", "Taleo"),
        desc="Dear Alex Rivera,\n\nPacific Crest Airlines would like to schedule an interview regarding Requisition 2400187 - Network Engineer.\n\nLocation: Pacific Crest Airlines Operations Center, Building 2, Lobby\nPlease bring a government-issued ID.",
        loc="Pacific Crest Airlines Operations Center, 1800 Airport Way, Building 2",
        zone="America/Los_Angeles",
    )
    _x(
        "Intervju – Fjällmark Studios",
        interview=True,
        company="Fjällmark Studios",
        role="Backend-utvecklare",
        org=("no-reply@teamtailor.com", "Fjällmark Studios"),
        att=[person("elin.berg@fjallmark.se", "Elin Berg")],
        desc="Hej Alex!\n\nVälkommen på intervju för tjänsten Backend-utvecklare. Du träffar Elin Berg, Tech Lead.\n\nVänliga hälsningar,\nFjällmark Studios\n\nSkickat via Teamtailor",
        loc="Fjällmark Studios, Götgatan 22, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Einladung zum Interview – Senior Data Scientist (m/w/d)",
        interview=True,
        company="Hanse Mobility",
        role="Senior Data Scientist (m/w/d)",
        org=("no-reply@personio.de", "Personio"),
        desc="Hallo Alex,\n\nvielen Dank für deine Bewerbung bei der Hanse Mobility GmbH. Wir freuen uns, dich zum Erstgespräch für die Position Senior Data Scientist (m/w/d) einzuladen.\n\nViele Grüße\nDein People-Team der Hanse Mobility",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview for Customer Success Manager at Bluefin Labs",
        interview=True,
        company="Bluefin Labs",
        role="Customer Success Manager",
        org=("no-reply@workable.com", "Workable"),
        desc="Hi Alex,\nYou have an interview for Customer Success Manager at Bluefin Labs.\nInterviewer: Marisol Peña\nType: Video call\n\nPowered by Workable",
        conf=(ZOOM, "https://us04web.zoom.us/j/76651234098"),
    )
    _x(
        "Phone Interview - Cedar & Stone Architecture",
        interview=True,
        company="Cedar & Stone Architecture",
        role="BIM Coordinator",
        org=("notifications@jazzhr.com", "JazzHR"),
        desc="Cedar & Stone Architecture has scheduled a phone interview with you for the BIM Coordinator position. They will call you at the number on your application.",
    )


def _ats_lookalikes() -> None:
    _x(
        "Interview: Sam Ortiz for Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("sam.ortiz.88@gmail.com", "Sam Ortiz"),
        ],
        desc="Initech - Interview kit: https://app.greenhouse.io/guides/481230/people/9912\nYour role: Technical interviewer. Please submit your scorecard right after the interview.",
        meet="meet",
    )
    _x(
        "Mid-year check-in (Workday)",
        interview=False,
        me=WORK_ME,
        org=("initech@myworkday.com", "Workday"),
        att=[person("kim.osei@initech.com", "Kim Osei")],
        desc="Your manager Kim Osei has scheduled your mid-year performance check-in. Complete your self-assessment in Workday before the meeting.",
    )
    _x(
        "Code of Conduct training 2025",
        interview=False,
        me=WORK_ME,
        org=("noreply@successfactors.com", "SAP SuccessFactors Learning"),
        desc="Required training assigned by Initech Compliance. Due by end of month.",
        all_day=True,
    )
    _x(
        "Hiring team kickoff - Frontend Engineer req",
        interview=False,
        me=WORK_ME,
        org=("no-reply@smartrecruiters.com", "SmartRecruiters"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("talent@initech.com", "Initech Talent"),
        ],
        desc="Kickoff for job FE-2291. Agree on scorecard, interview loop and sourcing channels.",
        meet="meet",
    )
    _x(
        "Interviewer training: structured interviewing",
        interview=False,
        me=WORK_ME,
        org=("no-reply@hire.lever.co", "Lever"),
        desc="Mandatory for everyone joining the interview rotation at Initech.",
        loc="Initech - Training Room 2",
    )
    _x(
        "Finish Arclight Media application (Greenhouse form)",
        interview=False,
        desc="Cover letter + 3 short answers. Portal: boards.greenhouse.io/arclightmedia",
    )
    _x(
        "Take-home due: Stellaris Pharma",
        interview=False,
        desc="Submit via Workday candidate home before 17:00. Terraform + short write-up.",
        all_day=True,
    )
    _x(
        "Shadow: onsite loop for Staff Engineer candidate",
        interview=False,
        me=WORK_ME,
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("mei.chen@initech.com", "Mei Chen"),
        ],
        desc="You are shadowing Mei Chen's interview (observer only, no scorecard).",
        loc="Initech - Room 6A",
    )


def _legal_vs_brand() -> None:
    _x(
        "Interview - Acme Labs Inc. - Senior Firmware Engineer",
        interview=True,
        company="Acme Labs",
        role="Senior Firmware Engineer",
        org=("recruiting@acmelabs.com", "Acme Labs Recruiting"),
        desc="Hi Alex,\n\nWe're excited to have you in for the Senior Firmware Engineer onsite.\n\n--\nAcme Labs Inc. | 400 Harbor Way, South San Francisco, CA 94080\nThis email and any attachments are confidential.",
        loc="Acme Labs Inc., 400 Harbor Way, South San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Vorstellungsgespräch Brückner Antriebstechnik GmbH & Co. KG",
        interview=True,
        company="Brückner Antriebstechnik",
        role="Embedded-Softwareentwickler (m/w/d)",
        org=(
            "bewerbung@brueckner-antriebe.de",
            "Brückner Antriebstechnik GmbH & Co. KG - Personal",
        ),
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Position Embedded-Softwareentwickler (m/w/d). Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\nBrückner Antriebstechnik GmbH & Co. KG\nSitz: Heilbronn, Registergericht Stuttgart HRA 712345\nKomplementärin: Brückner Verwaltungs-GmbH",
        loc="Am Neckarufer 5, 74076 Heilbronn",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista – Sierra Madre Tecnología, S.A. de C.V.",
        interview=True,
        company="Sierra Madre Tecnología",
        role="Ingeniero de Datos Sr.",
        org=("reclutamiento@sierramadre.mx", "Reclutamiento Sierra Madre"),
        desc="Estimado Alex:\n\nNos da gusto invitarte a la entrevista técnica para la vacante de Ingeniero de Datos Sr.\n\nAtentamente,\nCapital Humano\nSierra Madre Tecnología, S.A. de C.V.\nAv. Constitución 2050, Monterrey, N.L.",
        meet="meet",
        zone="America/Monterrey",
    )
    _x(
        "Interview Schedule - Vistaraj Software Pvt. Ltd.",
        interview=True,
        company="Vistaraj Software",
        role="Java Developer",
        org=("hr@vistarajsoftware.in", "HR - Vistaraj"),
        desc="Dear Candidate,\n\nGreetings from Vistaraj Software Pvt. Ltd.!\n\nYour profile has been shortlisted for the post of Java Developer (4-7 yrs). Kindly join the Technical Round - 1 at the scheduled time.\n\nRegards,\nTalent Acquisition Team\nVistaraj Software Pvt. Ltd., Hinjewadi Phase 2, Pune",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2ZTIz%40thread.v2/0",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "Entrevista – Cajuína Pagamentos Ltda.",
        interview=True,
        company="Cajuína Pagamentos",
        role="Engenheiro de Software Pleno",
        org=("talentos@cajuina.com.br", "Time de Talentos Cajuína"),
        desc="Oi Alex! Tudo bem? Confirmando a sua entrevista com o time de Engenharia da Cajuína para a vaga de Engenheiro de Software Pleno.\n\nCajuína Pagamentos Ltda. – CNPJ 12.345.678/0001-90",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Second interview - Balfour Kettering plc",
        interview=True,
        company="Balfour Kettering",
        role="Risk Analytics Lead",
        org=("careers@balfourkettering.co.uk", "Balfour Kettering Careers"),
        desc="Dear Alex,\n\nFurther to your first interview, we would like to invite you to a second interview for the Risk Analytics Lead position.\n\nBalfour Kettering plc is registered in England and Wales, no. 01234567.",
        loc="Balfour Kettering, 1 Moorgate Place, London",
        zone="Europe/London",
    )
    _x(
        "Sollicitatiegesprek – Zeewind Energie B.V.",
        interview=True,
        company="Zeewind Energie",
        role="Data Engineer",
        org=("werken@zeewind.nl", "Zeewind Energie"),
        desc="Beste Alex,\n\nLeuk dat je hebt gesolliciteerd op de vacature Data Engineer. Graag nodigen we je uit voor een eerste gesprek.\n\nMet vriendelijke groet,\nRecruitment | Zeewind Energie B.V. | KvK 56781234",
        loc="Zeewind Energie, Stationsplein 45, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Entretien RH – Lumière Mobilité SAS",
        interview=True,
        company="Lumière Mobilité",
        role="Lead Developer Back-end",
        org=("recrutement@lumiere-mobilite.fr", "Lumière Mobilité"),
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste de Lead Developer Back-end, nous vous proposons un premier entretien RH de 30 minutes.\n\nLumière Mobilité SAS au capital de 250 000 €",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interview with Parcelwise",
        interview=True,
        company="Parcelwise",
        role="Engineering Manager, Routing",
        org=("people@parcelwise.co.uk", "Parcelwise People Team"),
        desc="Hi Alex, looking forward to chatting about Engineering Manager, Routing.\n\nParcelwise is a trading name of PWL Logistics Holdings Ltd, registered in England no. 10987654.",
        meet="meet",
    )
    _x(
        "Hiring manager call - Redwood Quarry Software, LLC",
        interview=True,
        company="Redwood Quarry Software",
        role="DevOps Lead",
        org=("talent@rqsoftware.com", "Redwood Quarry Talent"),
        desc="Redwood Quarry Software, LLC\nPosition: DevOps Lead\nInterviewer: Gabe Moreno, VP Engineering",
        conf=(ZOOM, "https://us02web.zoom.us/j/89901234567"),
    )
    _x(
        "Interview Alpenblick Versicherungen AG",
        interview=True,
        company="Alpenblick Versicherungen",
        role="Senior Software Engineer Java",
        org=("jobs@alpenblick.ch", "Alpenblick Versicherungen AG"),
        desc="Grüezi Herr Rivera\n\nGerne bestätigen wir Ihnen das Interview für die Stelle Senior Software Engineer Java.\n\nFreundliche Grüsse\nHR Alpenblick Versicherungen AG",
        loc="Alpenblick Versicherungen AG, Bahnhofstrasse 70, 8001 Zürich",
        zone="Europe/Zurich",
    )
    _x(
        "Interview - Wattle & Gum Digital Pty Ltd",
        interview=True,
        company="Wattle & Gum Digital",
        role="Senior UX Engineer",
        org=("hello@wattleandgum.com.au", "Wattle & Gum"),
        desc="G'day Alex, thanks for applying for the Senior UX Engineer role! Here's a Meet link for a chat with our studio lead.\n\nWattle & Gum Digital Pty Ltd ABN 12 345 678 901",
        meet="meet",
        zone="Australia/Sydney",
    )
    _x(
        "Zoom interview - Northstar Pediatrics Group d/b/a BrightSteps Therapy",
        interview=True,
        company="BrightSteps Therapy",
        role="Systems Administrator",
        org=("hr@brightstepstherapy.com", "BrightSteps HR"),
        desc="Thanks for applying to BrightSteps Therapy! This is a 30 min Zoom interview for the Systems Administrator opening.",
        conf=(ZOOM, "https://us02web.zoom.us/j/85560011223"),
    )
    _x(
        "Colloquio – Bellandi Meccanica S.p.A.",
        interview=True,
        company="Bellandi Meccanica",
        role="Sviluppatore Software Industriale",
        org=("hr@bellandimeccanica.it", "Risorse Umane Bellandi"),
        desc="Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo per la posizione di Sviluppatore Software Industriale.\n\nCordiali saluti,\nBellandi Meccanica S.p.A. – Via dell'Industria 8, Brescia",
        loc="Bellandi Meccanica S.p.A., Via dell'Industria 8, Brescia",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna – Wisła Systems sp. z o.o.",
        interview=True,
        company="Wisła Systems",
        role="Senior .NET Developer",
        org=("rekrutacja@wislasystems.pl", "Rekrutacja Wisła Systems"),
        desc="Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Senior .NET Developer.\n\nPozdrawiamy,\nWisła Systems sp. z o.o., ul. Grzybowska 62, Warszawa",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4ZDc3%40thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )


def _subsidiaries() -> None:
    _x(
        "Interview - Helix Pay (a Corvanta Group company)",
        interview=True,
        company="Helix Pay",
        role="Senior Backend Engineer",
        org=("talent@corvanta-group.com", "Corvanta Group Talent"),
        att=[person("f.amari@helixpay.com", "Farid Amari")],
        desc="Hi Alex, Corvanta Group handles recruiting for all of its brands. This interview is with Helix Pay's engineering team for the Senior Backend Engineer role.",
        meet="meet",
    )
    _x(
        "Corvanta Group - Treasury Systems Lead interview",
        interview=True,
        company="Corvanta Group",
        role="Group Treasury Systems Lead",
        org=("talent@corvanta-group.com", "Corvanta Group Talent"),
        desc="Role: Group Treasury Systems Lead, based at Group HQ (Dublin). Interviewer: Aoife Kavanagh, Group Treasurer.",
        loc="Corvanta Group HQ, 2 Grand Canal Square, Dublin 2",
        zone="Europe/Dublin",
    )
    _x(
        "Aurora Cloud, part of Nordhavn Group - Tech Interview",
        interview=True,
        company="Aurora Cloud",
        role="Kubernetes Platform Engineer",
        org=("recruitment@nordhavn.com", "Nordhavn Group Recruitment"),
        desc="Technical interview for Kubernetes Platform Engineer at Aurora Cloud (part of Nordhavn Group). You'll meet two engineers from the Aurora Cloud platform team.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjJhYzFm%40thread.v2/0",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Nordhavn Group Careers - Interview",
        interview=True,
        company="Nordhavn Shipping Analytics",
        role="Data Product Owner",
        org=("recruitment@nordhavn.com", "Nordhavn Group Recruitment"),
        desc="Dear Alex,\n\nThe Data Product Owner position sits within Nordhavn Shipping Analytics, our maritime data subsidiary in Aarhus. The hiring manager, Mads Kjær, will lead this conversation.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTU0ZWRk%40thread.v2/0",
        ),
        zone="Europe/Copenhagen",
    )
    _x(
        "Pixelmint (by Oakhurst Media) - Game Client Engineer interview",
        interview=True,
        company="Pixelmint",
        role="Game Client Engineer",
        org=("jobs@oakhurstmedia.com", "Oakhurst Media Careers"),
        desc="Interview with the Pixelmint studio team. Pixelmint is a studio of Oakhurst Media.",
        meet="meet",
    )
    _x(
        "Kairos Software India - Technical Round 2",
        interview=True,
        company="Kairos Software",
        role="Senior SDET",
        org=("ta.india@kairos-software.com", "Kairos TA India"),
        desc="Dear Alex,\n\nKairos Software India Pvt. Ltd. (a wholly owned subsidiary of Kairos Software Inc.) invites you to Technical Round 2 for Senior SDET.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTNhYjc4%40thread.v2/0",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "Interview - Vantor Systems, Defense Division",
        interview=True,
        company="Vantor Systems",
        role="Embedded Security Engineer",
        org=("defense-recruiting@vantorsystems.com", "Vantor Defense Recruiting"),
        desc="Embedded Security Engineer - Vantor Systems, Defense Division. US persons only; bring two forms of ID. Onsite at the Huntsville facility.",
        loc="Vantor Systems Defense Division, 4900 Research Dr, Huntsville AL - Visitor Center",
        zone="America/Chicago",
    )


def _odd_names() -> None:
    _x(
        "Interview at Black & Finch",
        interview=True,
        company="Black & Finch",
        role="Senior Data Analyst",
        org=("careers@blackfinch.co", "Black & Finch Careers"),
        desc="Senior Data Analyst - conversation with our Head of Insight. Black & Finch, 9 Shoreditch High St.",
        loc="Black & Finch, 9 Shoreditch High St, London",
        zone="Europe/London",
    )
    _x(
        "42Bridge - technical interview",
        interview=True,
        company="42Bridge",
        role="Go Developer",
        org=("people@42bridge.io", "42Bridge People"),
        desc="Live coding in Go, 60 min. The 42Bridge team will share a CoderPad link at the start.",
        meet="meet",
    )
    _x(
        "Call with 3Sixty Analytics",
        interview=True,
        company="3Sixty Analytics",
        role=None,
        org=("anna.k@threesixty-analytics.com", "Anna Kowalski"),
        desc="Hi Alex, great to connect. A relaxed first chat about how you might fit at 3Sixty Analytics.",
        meet="meet",
    )
    _x(
        "Corvid.ai x Alex Rivera",
        interview=True,
        company="Corvid.ai",
        role="ML Infrastructure Engineer",
        org=("founders@corvid.ai", "Corvid.ai"),
        desc="First interview for ML Infrastructure Engineer at Corvid.ai. 45 min with one of the founders.",
        conf=(ZOOM, "https://us06web.zoom.us/j/81100229933"),
    )
    _x(
        "DRX Logistics - panel interview",
        interview=True,
        company="DRX Logistics",
        role="Integration Engineer",
        org=("hr@drxlogistics.com", "DRX HR"),
        desc="Panel: IT Director, Integration Lead, HR Business Partner. Integration Engineer (EDI / APIs).",
        loc="DRX Logistics, 1200 Commerce Pkwy, Memphis TN",
        zone="America/Chicago",
    )
    _x(
        "brightloop <> alex",
        interview=True,
        company="brightloop",
        role="product engineer",
        org=("jess@brightloop.com", "jess from brightloop"),
        desc="hey alex! excited to chat about the product engineer role. no prep needed, we'll just talk about what you've built.\n\n— jess\nbrightloop (Brightloop Technologies Ltd.)",
        meet="meet",
    )
    _x(
        "Orr & Sons Engineering - interview",
        interview=True,
        company="Orr & Sons Engineering",
        role="Controls Engineer",
        org=("m.orr@orrandsons.com", "Martin Orr"),
        desc="Controls Engineer vacancy. Please come to the main office; parking at the back of the yard.",
        loc="Orr & Sons Engineering, Unit 4, Mill Lane Industrial Estate",
    )
    _x(
        "Recruiter screen - Harbor",
        interview=True,
        company="Harbor",
        role="Senior Software Engineer, Mobile",
        org=("recruiting@joinharbor.com", "Harbor Recruiting"),
        desc="Thanks for applying to Harbor! This is a 30 minute screen for Senior Software Engineer, Mobile.",
        meet="meet",
    )
    _x(
        "Interview - Fennec",
        interview=True,
        company="Fennec",
        role=None,
        org=("talent@getfennec.com", "Fennec Talent"),
        desc="Chat with our VP Eng about open engineering roles on the Fennec team.",
        conf=(ZOOM, "https://us02web.zoom.us/j/84422008811"),
    )
    _x(
        "O'Rourke Analytics - 2nd interview",
        interview=True,
        company="O'Rourke Analytics",
        role="BI Developer",
        org=("siobhan@orourke-analytics.ie", "Siobhán O'Rourke"),
        desc="Second interview for the BI Developer role - 1 hour including a short Power BI exercise done live with us.",
        loc="O'Rourke Analytics, 7 Docklands Quay, Cork",
        zone="Europe/Dublin",
    )
    _x(
        "Level 7 Security: Alex Rivera",
        interview=True,
        company="Level 7 Security",
        role="Application Security Engineer",
        org=("hiring@level7sec.com", "Level 7 Security Hiring"),
        desc="Application Security Engineer - technical interview (threat modelling + code review).",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ3ZmE0%40thread.v2/0",
        ),
    )
    _x(
        "Form+Field studio visit / interview",
        interview=True,
        company="Form+Field",
        role="Creative Technologist",
        org=("studio@formandfield.design", "Form+Field"),
        desc="Come see the studio and meet the team - informal interview for the Creative Technologist role.",
        loc="Form+Field, 88 Wythe Ave, Brooklyn",
        zone="America/New_York",
    )
    _x(
        "iNova Health - HM screen",
        interview=True,
        company="iNova Health",
        role="Clinical Data Engineer",
        org=("careers@inovahealth.com", "iNova Health Careers"),
        desc="Hiring manager screen for Clinical Data Engineer.",
        meet="meet",
    )


def _where_named() -> None:
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Larkfield Insurance",
        role="Senior Analytics Engineer",
        org=("scheduling@talentops-mail.com", "Interview Scheduling"),
        desc="Hello Alex,\n\nYou're confirmed for a 45 minute conversation with the Larkfield Insurance data team about the Senior Analytics Engineer opening. Please join five minutes early.",
        meet="meet",
    )
    _x(
        "Technical interview",
        interview=True,
        company="Tallhouse",
        role=None,
        org=("recruiting@tlh-corp.com", "Tallhouse Recruiting"),
        desc="60 minutes. Coding in a shared editor; any language you like.",
        meet="meet",
    )
    _x(
        "Final round",
        interview=True,
        company="Quantive Robotics",
        role=None,
        desc="4 hrs. bring laptop + charger. ask for Mira at reception",
        loc="Quantive Robotics HQ, 220 Brannan St, 4th floor, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Zoom meeting invitation",
        interview=True,
        company="Osprey Analytics",
        role=None,
        org=("d.marsh@ospreyanalytics.net", "Dylan Marsh"),
        desc="Dylan Marsh is inviting you to a scheduled Zoom meeting.\n\nTopic: Osprey Analytics | Alex Rivera | Hiring Manager\nTime: 2:00 PM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/87123409876?pwd=UkF0bXJq\n\nMeeting ID: 871 2340 9876\nPasscode: 418266",
        conf=(ZOOM, "https://us02web.zoom.us/j/87123409876?pwd=UkF0bXJq"),
        zone="America/New_York",
    )
    _x(
        "FW: Interview",
        interview=True,
        company="Halvorsen Marine",
        role="Senior Systems Engineer",
        desc="-----Original Appointment-----\nFrom: Ingrid Solberg <ingrid.solberg@hm-group.no>\nSent: Monday 3 March 2025 09:12\nTo: Alex Rivera\nSubject: Interview – Halvorsen Marine / Alex Rivera – Senior Systems Engineer\nWhen: Thursday 13:00-14:00 (UTC+01:00) Oslo\nWhere: Microsoft Teams Meeting\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 312 448 901 27\nPasscode: hK7pQ2",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2E1NmI0%40thread.v2/0",
        ),
        zone="Europe/Oslo",
    )
    _x(
        "Chat with Priyanka",
        interview=True,
        company="Sundial Labs",
        role="Senior iOS Engineer",
        org=("priyanka.rao@pkmail.net", "Priyanka Rao"),
        att=[person("hiring@sundial-labs.com", "Sundial Labs - Hiring Team", optional=True)],
        desc="30 min intro about the Senior iOS Engineer role. I'll share more about the team and process.",
        meet="meet",
    )
    _x(
        "Interview w/ Tom",
        interview=True,
        company="Marlowe",
        role="Staff Data Engineer",
        org=("tom.becker@marlowe.com", "Tom Becker"),
        desc="Looking forward to talking about the Staff Data Engineer role. - Tom",
        meet="meet",
    )
    _x(
        "HM int brightwave 2pm",
        interview=True,
        company="Brightwave",
        role=None,
    )
    _x(
        "Interview - Solano Energy",
        interview=True,
        company="Solano Energy",
        role="Grid Software Engineer",
        org=("j.kim@pinpoint-rpo.com", "Jae Kim"),
        desc="Hi Alex, I'm part of the Solano Energy talent team (we're an embedded RPO partner). This is your first-round interview for Grid Software Engineer with Solano's engineering manager.\n\nJae Kim | Talent Partner, Solano Energy (via Pinpoint RPO)",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzJkNTE2%40thread.v2/0",
        ),
    )
    _x(
        "Next steps - Alex",
        interview=True,
        company="Ironbark",
        role="Principal Engineer",
        org=("rhea@ironbark.com", "Rhea Castell"),
        desc='<p>Hi Alex,</p><p>Great speaking last week. This is the Principal Engineer conversation with our CTO, 60 minutes.</p><p>--<br><b>Rhea Castell</b><br>Talent Partner | <a href="https://www.ironbark.com">Ironbark</a><br><img src="https://cdn.ironbark.com/sig/logo.png" alt="Ironbark logo"></p>',
        meet="meet",
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        org=("hr.recruit.2024@gmail.com", None),
        desc="Please join on time.",
        meet="meet",
    )


def _non_latin() -> None:
    _x(
        "一次面接：アレックス・リベラ様",
        interview=True,
        company="Minato Data",
        role="バックエンドエンジニア",
        org=("saiyo@minato-data.co.jp", "株式会社ミナトデータ 採用担当"),
        desc="アレックス・リベラ様\n\nこの度は株式会社ミナトデータ（Minato Data Inc.）のバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n一次面接を下記の通りご案内いたします。\n\n形式：オンライン（Google Meet）\n所要時間：60分\n面接官：開発部 部長 高橋\n\nどうぞよろしくお願いいたします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接のご案内",
        interview=True,
        company="桜ヶ丘工業",
        role="生産技術エンジニア",
        org=("jinji@sakuragaoka-kogyo.jp", "桜ヶ丘工業 人事部"),
        desc="リベラ様\n\n桜ヶ丘工業株式会社 人事部の山本です。\n生産技術エンジニア職の最終面接の日程が決まりましたのでご連絡いたします。\n\n場所：本社 3階 第二会議室\n持ち物：筆記用具、身分証明書\n\n当日は受付にてお名前をお伝えください。",
        loc="桜ヶ丘工業株式会社 本社（東京都八王子市）",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談 – Nami Robotics",
        interview=True,
        company="Nami Robotics",
        role=None,
        org=("talent@namirobotics.jp", "Nami Robotics 採用チーム"),
        desc="カジュアル面談のお時間をいただきありがとうございます。選考ではなく、まずはお互いを知る場として30分ほどお話しできればと思います。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面试邀请 - 北京云帆科技有限公司 - 高级数据工程师",
        interview=True,
        company="云帆科技",
        role="高级数据工程师",
        org=("hr@yunfantech.cn", "云帆科技 招聘"),
        desc="Alex 您好：\n\n感谢您应聘北京云帆科技有限公司高级数据工程师职位。现邀请您参加技术面试。\n\n面试形式：腾讯会议\n面试时长：约60分钟\n面试官：数据平台部 王经理\n\n如时间不便，请回复本邮件。",
        loc="腾讯会议：482-331-907",
        zone="Asia/Shanghai",
    )
    _x(
        "二面：Alex Rivera / 星河互娱 (Galaxy Star Interactive)",
        interview=True,
        company="Galaxy Star Interactive",
        role="游戏服务器开发工程师",
        org=("campus@galaxystar.com", "星河互娱 HR"),
        desc="二面（技术负责人面）\n岗位：游戏服务器开发工程师\n地点：深圳市南山区科技园 星河互娱大厦 12楼",
        loc="星河互娱大厦 12楼, 深圳",
        zone="Asia/Shanghai",
    )
    _x(
        "面試通知｜瀚宇半導體股份有限公司",
        interview=True,
        company="瀚宇半導體",
        role="製程資料工程師",
        org=("recruit@hanyu-semi.com.tw", "瀚宇半導體 人資處"),
        desc="Alex 您好，\n\n感謝您應徵本公司「製程資料工程師」職缺，誠摯邀請您參加面試。\n地點：新竹科學園區 力行路 15 號\n請攜帶身分證件。\n\n瀚宇半導體股份有限公司 人資處 敬上",
        loc="新竹科學園區 力行路 15 號",
        zone="Asia/Taipei",
    )
    _x(
        "[면접 안내] 누리데이터 1차 기술면접",
        interview=True,
        company="누리데이터",
        role="백엔드 개발자",
        org=("recruit@nuridata.co.kr", "(주)누리데이터 인사팀"),
        desc="안녕하세요, Alex Rivera님.\n(주)누리데이터 인사팀입니다.\n\n백엔드 개발자 포지션 1차 기술면접 일정을 안내드립니다.\n- 방식: 화상 면접 (Google Meet)\n- 소요 시간: 약 60분\n\n감사합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Moa Lab (모아랩) 컬처핏 면접",
        interview=True,
        company="Moa Lab",
        role="프로덕트 디자이너",
        org=("people@moalab.io", "Moa Lab People"),
        desc="프로덕트 디자이너 포지션 컬처핏 인터뷰입니다. 대표님과 디자인 리드가 함께 참여합니다.",
        loc="서울 성동구 성수이로 113, 5층 모아랩",
        zone="Asia/Seoul",
    )
    _x(
        "Собеседование — ООО «Северный Код»",
        interview=True,
        company="Северный Код",
        role="Ведущий разработчик Go",
        org=("hr@severcode.ru", "Северный Код — HR"),
        desc="Алекс, добрый день!\n\nПриглашаем вас на техническое собеседование на позицию «Ведущий разработчик Go».\nФормат: видеозвонок, около 1,5 часа.\nС нашей стороны: тимлид и HR.\n\nС уважением,\nООО «Северный Код»",
        conf=(ZOOM, "https://us06web.zoom.us/j/83005566778"),
        zone="Europe/Moscow",
    )
    _x(
        "Техническое интервью: Alex Rivera × Volna Tech",
        interview=True,
        company="Volna Tech",
        role="Data Scientist",
        org=("jobs@volnatech.io", "Volna Tech (Волна Тех)"),
        desc="Техническое интервью на позицию Data Scientist. Будет задача на SQL и обсуждение A/B-тестов.",
        meet="meet",
    )
    _x(
        "Συνέντευξη – Αιγαίο Λογισμικό Α.Ε.",
        interview=True,
        company="Αιγαίο Λογισμικό",
        role="Μηχανικός Λογισμικού",
        org=("hr@aigaio-soft.gr", "Αιγαίο Λογισμικό – Ανθρώπινο Δυναμικό"),
        desc="Αγαπητέ κύριε Rivera,\n\nΣας προσκαλούμε σε συνέντευξη για τη θέση Μηχανικός Λογισμικού.\nΔιεύθυνση: Λεωφ. Κηφισίας 120, Μαρούσι\n\nΜε εκτίμηση,\nΑιγαίο Λογισμικό Α.Ε.",
        loc="Λεωφ. Κηφισίας 120, Μαρούσι",
        zone="Europe/Athens",
    )
    _x(
        "مقابلة عمل – شركة الواحة للتقنية",
        interview=True,
        company="الواحة للتقنية",
        role="مهندس بيانات أول",
        org=("careers@alwaha-tech.sa", "الموارد البشرية - الواحة للتقنية"),
        desc="السيد أليكس ريفيرا،\n\nيسرنا دعوتكم لحضور مقابلة شخصية لوظيفة مهندس بيانات أول.\nالمكان: برج الواحة، طريق الملك فهد، الرياض\n\nمع خالص التحية،\nإدارة الموارد البشرية",
        loc="برج الواحة، طريق الملك فهد، الرياض",
        zone="Asia/Riyadh",
    )
    _x(
        "مقابلة – Sahara Cloud Solutions",
        interview=True,
        company="Sahara Cloud Solutions",
        role="Cloud Architect",
        org=("talent@saharacloud.ae", "Sahara Cloud Solutions"),
        desc="مرحباً أليكس، نؤكد موعد المقابلة الفنية لوظيفة Cloud Architect عبر Microsoft Teams. المدة: 45 دقيقة.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0YjE2%40thread.v2/0",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "साक्षात्कार: Navrang Technologies – डेटा इंजीनियर",
        interview=True,
        company="Navrang Technologies",
        role="डेटा इंजीनियर",
        org=("hr@navrangtech.in", "Navrang Technologies HR"),
        desc="प्रिय एलेक्स,\n\nडेटा इंजीनियर पद के लिए आपका तकनीकी साक्षात्कार निर्धारित किया गया है।\nअवधि: 45 मिनट\n\nधन्यवाद,\nमानव संसाधन विभाग, Navrang Technologies Pvt. Ltd.",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "तकनीकी साक्षात्कार – सारथी फिनटेक",
        interview=True,
        company="सारथी फिनटेक",
        role=None,
        org=("bharti@saarthifintech.in", "भारती शर्मा"),
        desc="नमस्ते एलेक्स जी, कल सुबह 11 बजे हमारी तकनीकी टीम के साथ आपका साक्षात्कार है। कृपया समय पर जुड़ें।\n\nसारथी फिनटेक प्रा. लि.",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Interview 面試 – 港灣物流 Harbourline Logistics",
        interview=True,
        company="Harbourline Logistics",
        role="IT Project Manager",
        org=("hr@harbourline.com.hk", "Harbourline Logistics HR"),
        desc="Dear Alex / 親愛的 Alex，\n\nPosition 職位: IT Project Manager\nVenue 地點: 18/F, Harbourline Tower, Kwun Tong, Kowloon\n\nHarbourline Logistics Limited 港灣物流有限公司",
        loc="18/F, Harbourline Tower, Kwun Tong",
        zone="Asia/Hong_Kong",
    )


def _non_latin_lookalikes() -> None:
    _x(
        "1on1（高橋さん）",
        interview=False,
        me=WORK_ME,
        org=("k.takahashi@initech.com", "Kenji Takahashi"),
        desc="定例1on1",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面接官トレーニング",
        interview=False,
        me=WORK_ME,
        org=("hr-jp@initech.com", "Initech Japan HR"),
        desc="新しく面接を担当する社員向けの研修です。",
        loc="Initech 東京オフィス 会議室A",
        zone="Asia/Tokyo",
    )
    _x(
        "周会：数据平台组",
        interview=False,
        me=WORK_ME,
        org=("li.wei@initech.com", "Li Wei"),
        desc="每周例会，同步项目进度。",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "云帆科技 产品演示（供应商）",
        interview=False,
        me=WORK_ME,
        org=("sales@yunfantech.cn", "云帆科技 销售部"),
        desc="云帆科技向 Initech 演示其数据治理平台，讨论采购事宜。",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "모의 면접 (스터디)",
        interview=False,
        desc="개발자 취업 스터디 – 서로 모의 면접 진행. 오늘은 내가 면접관 역할.",
        loc="강남역 스터디카페",
        zone="Asia/Seoul",
    )
    _x(
        "Интервью для подкаста «Код и люди»",
        interview=False,
        org=("podcast@kodilyudi.ru", "Код и люди"),
        desc="Запись выпуска подкаста: разговор о карьере в data engineering. Около 60 минут.",
        conf=(ZOOM, "https://us06web.zoom.us/j/84411223344"),
    )
    _x(
        "Οδοντίατρος – Δρ. Παπαδοπούλου",
        interview=False,
        desc="Τακτικός έλεγχος",
        loc="Οδοντιατρείο, Σόλωνος 42, Αθήνα",
        zone="Europe/Athens",
    )
    _x(
        "ندوة عبر الإنترنت: الوظائف في الواحة للتقنية",
        interview=False,
        org=("events@alwaha-tech.sa", "الواحة للتقنية"),
        desc="ندوة تعريفية مفتوحة لجميع المهتمين بالعمل في الشركة، يقدمها فريق التوظيف. ليست مقابلة.",
        conf=(ZOOM, "https://us02web.zoom.us/w/98877665544"),
        zone="Asia/Riyadh",
    )
    _x(
        "वीज़ा साक्षात्कार – अमेरिकी दूतावास",
        interview=False,
        desc="पासपोर्ट, DS-160 पुष्टि पृष्ठ और फ़ोटो साथ ले जाना।",
        loc="U.S. Embassy, Shantipath, Chanakyapuri, New Delhi",
        zone="Asia/Kolkata",
    )
    _x(
        "面接対策（エージェント）",
        interview=False,
        org=("advisor@career-bridge.jp", "キャリアブリッジ 佐藤"),
        desc="ミナトデータの一次面接に向けた面接対策。想定質問の確認と逆質問の準備。",
        meet="meet",
        zone="Asia/Tokyo",
    )


def _onsites() -> None:
    maple = [
        person("dana.whitfield@maple-robotics.com", "Dana Whitfield"),
        person("recruiting@maple-robotics.com", "Maple Robotics Recruiting"),
    ]
    _x(
        "Maple Robotics Onsite - Welcome & Coding (1/4)",
        interview=True,
        company="Maple Robotics",
        role="Senior Robotics Software Engineer",
        org=("recruiting@maple-robotics.com", "Maple Robotics Recruiting"),
        att=maple,
        desc="Welcome to your onsite for Senior Robotics Software Engineer! Dana will meet you in the lobby at 9:15, then coding interview with Victor (C++).",
        loc="Maple Robotics, 75 Binney St, Cambridge MA - Lobby",
        zone="America/New_York",
    )
    _x(
        "Onsite 2/4 - System Design",
        interview=True,
        company="Maple Robotics",
        role="Senior Robotics Software Engineer",
        org=("recruiting@maple-robotics.com", "Maple Robotics Recruiting"),
        att=[person("p.lindgren@maple-robotics.com", "Per Lindgren")],
        desc="Interviewer: Per Lindgren. Whiteboard: design a fleet telemetry pipeline.",
        loc="Conference room Birch",
        zone="America/New_York",
    )
    _x(
        "Onsite 3/4 - Lunch with the team",
        interview=True,
        company="Maple Robotics",
        role="Senior Robotics Software Engineer",
        org=("recruiting@maple-robotics.com", "Maple Robotics Recruiting"),
        att=[
            person("kai.ngata@maple-robotics.com", "Kai Ngata"),
            person("sofia.b@maple-robotics.com", "Sofia Bianchi"),
        ],
        desc="Informal lunch with two engineers from the navigation team.",
        loc="Cafeteria, 2nd floor",
        zone="America/New_York",
    )
    _x(
        "Onsite 4/4 - Hiring Manager (Behavioral)",
        interview=True,
        company="Maple Robotics",
        role="Senior Robotics Software Engineer",
        org=("recruiting@maple-robotics.com", "Maple Robotics Recruiting"),
        att=[person("dana.whitfield@maple-robotics.com", "Dana Whitfield")],
        desc="Dana Whitfield, Engineering Manager - Navigation. Behavioral / leadership.",
        loc="Conference room Spruce",
        zone="America/New_York",
    )
    _x(
        "Train to Boston (Maple onsite tomorrow)",
        interview=False,
        desc="Acela 2151, coach, seat 7C. Confirmation MRBX42.",
        loc="Penn Station, New York",
        zone="America/New_York",
    )
    _x(
        "Hotel: Kendall Square Inn",
        interview=False,
        desc="Booked by Maple Robotics recruiting for the onsite. Conf #88214.",
        loc="Kendall Square Inn, Cambridge MA",
        all_day=True,
        zone="America/New_York",
    )
    grayson = ("superday@graysonpartners.com", "Grayson Partners Recruiting")
    _x(
        "Superday - Case interview 1 (Grayson Partners)",
        interview=True,
        company="Grayson Partners",
        role="Associate",
        org=grayson,
        att=[person("e.whitcombe@graysonpartners.com", "Eleanor Whitcombe")],
        desc="Associate superday, case 1 of 2 - market sizing + profitability. Interviewer: Eleanor Whitcombe, Engagement Manager.",
        loc="Grayson Partners, 30 St Mary Axe, London - Level 18",
        zone="Europe/London",
    )
    _x(
        "Superday - Case interview 2",
        interview=True,
        company="Grayson Partners",
        role="Associate",
        org=grayson,
        att=[person("r.osei@graysonpartners.com", "Richard Osei")],
        desc="Case 2 of 2, Richard Osei (Principal).",
        loc="Level 18, Room Thames",
        zone="Europe/London",
    )
    _x(
        "Superday - Group exercise",
        interview=True,
        company="Grayson Partners",
        role="Associate",
        org=grayson,
        desc="Group exercise with 4 other candidates, observed by two assessors. 45 minutes.",
        loc="Level 18, Boardroom",
        zone="Europe/London",
    )
    _x(
        "Superday - Partner fit interview",
        interview=True,
        company="Grayson Partners",
        role="Associate",
        org=grayson,
        att=[person("h.adler@graysonpartners.com", "Helen Adler")],
        desc="Final slot of the day: fit conversation with Helen Adler, Partner.",
        loc="Level 18, Room Fleet",
        zone="Europe/London",
    )


def _universities_hospitals() -> None:
    _x(
        "Search Committee Interview - Assistant Professor of Computer Science",
        interview=True,
        company="Eastbrook University",
        role="Assistant Professor of Computer Science",
        org=("cs-search@eastbrook.edu", "Eastbrook University CS Search"),
        att=[
            person("m.falk@eastbrook.edu", "Prof. Miriam Falk"),
            person("j.odum@eastbrook.edu", "Prof. James Odum"),
        ],
        desc="Dear Dr. Rivera,\n\nThe search committee would like to invite you to a 45-minute video interview for the tenure-track position of Assistant Professor of Computer Science.",
        conf=(ZOOM, "https://eastbrook.zoom.us/j/93322110044"),
    )
    _x(
        "Campus visit - job talk",
        interview=True,
        company="Eastbrook University",
        role="Assistant Professor of Computer Science",
        org=("cs-search@eastbrook.edu", "Eastbrook University CS Search"),
        desc="Research talk (50 min + Q&A) as part of your campus visit. Open to faculty and graduate students.",
        loc="Eastbrook University, Hollis Hall 201",
    )
    _x(
        "Interview - Clinical Informatics Analyst - St. Brigid's Hospital",
        interview=True,
        company="St. Brigid's Hospital",
        role="Clinical Informatics Analyst",
        org=("recruitment@stbrigids.ie", "St. Brigid's Hospital HR"),
        desc="Interview panel: Director of Nursing Informatics, IT Manager, HR Officer. Please bring your Garda vetting documents.",
        loc="St. Brigid's Hospital, Admin Block, Room 2.14",
        zone="Europe/Dublin",
    )
    _x(
        "Interview: Band 7 Data Scientist",
        interview=True,
        company="North Fenwick NHS Foundation Trust",
        role="Band 7 Data Scientist",
        org=("recruitment@northfenwick.nhs.uk", "North Fenwick NHS FT Recruitment"),
        desc="Dear Alex,\n\nThank you for your application for Band 7 Data Scientist (ref 281-DS-0425). You have been shortlisted for interview.\n\nPlease bring original ID and proof of right to work.\n\nNorth Fenwick NHS Foundation Trust - Workforce Team",
        loc="Education Centre, North Fenwick General Hospital",
        zone="Europe/London",
    )
    _x(
        "Auswahlgespräch – Wissenschaftliche*r Mitarbeiter*in (E13)",
        interview=True,
        company="Universität Lindenau",
        role="Wissenschaftliche*r Mitarbeiter*in (E13)",
        org=("lehrstuhl-ds@uni-lindenau.de", "Lehrstuhl für Data Science, Universität Lindenau"),
        desc="Sehr geehrter Herr Rivera,\n\nwir laden Sie zu einem Auswahlgespräch ein (Vortrag 15 Min. zu Ihrer bisherigen Forschung, anschließend Gespräch mit der Kommission).",
        loc="Universität Lindenau, Gebäude E2, Raum 0.17",
        zone="Europe/Berlin",
    )
    _x(
        "Interview - Senior Integration Engineer",
        interview=True,
        company="Mercy Valley Health",
        role="Senior Integration Engineer",
        org=("talent@mercyvalleyhealth.org", "Mercy Valley Health Talent"),
        desc="Thank you for your interest in Mercy Valley Health. You'll meet the Interfaces team (HL7/FHIR).\n\nMercy Valley Health System, Inc. is an equal opportunity employer.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmYxZGE4%40thread.v2/0",
        ),
        zone="America/Denver",
    )
    _x(
        "Interview - Research Software Engineer, Institute for Coastal Science",
        interview=True,
        company="University of Port Ellis",
        role="Research Software Engineer",
        org=("hr-recruitment@portellis.ac.uk", "University of Port Ellis HR"),
        desc="Panel interview for the Research Software Engineer post in the Institute for Coastal Science, University of Port Ellis (Grade 7). Includes a 10 minute presentation.",
        loc="Institute for Coastal Science, Marine Building, Port Ellis",
        zone="Europe/London",
    )
    _x(
        "Interview Scheduled - IT Security Engineer",
        interview=True,
        company="Children's Hospital of Westbury",
        role="IT Security Engineer",
        org=("chw@myworkday.com", "Workday"),
        desc="Children's Hospital of Westbury\nJob: IT Security Engineer (JR-20817)\nStage: Panel Interview\nPlease complete your interview availability in Workday if this time no longer works.",
        conf=(ZOOM, "https://chwestbury.zoom.us/j/96611223300"),
    )


def _univ_hospital_lookalikes() -> None:
    _x(
        "Guest lecture at Eastbrook University - data engineering in practice",
        interview=False,
        org=("m.falk@eastbrook.edu", "Prof. Miriam Falk"),
        desc="Thanks for agreeing to give a guest lecture to our CS 410 students! 75 minutes, slides welcome.",
        loc="Eastbrook University, Hollis Hall 105",
    )
    _x(
        "Maya's PhD defense",
        interview=False,
        desc="Public part of the defense, then drinks.",
        loc="Universität Lindenau, Audimax",
        zone="Europe/Berlin",
    )
    _x(
        "MRI - St. Brigid's Hospital",
        interview=False,
        desc="Radiology dept., ground floor. No metal, arrive 20 min early.",
        loc="St. Brigid's Hospital, Radiology",
        zone="Europe/Dublin",
    )
    _x(
        "Eastbrook alumni networking night",
        interview=False,
        org=("alumni@eastbrook.edu", "Eastbrook Alumni Relations"),
        desc="Meet fellow alumni working in tech. Light refreshments.",
        loc="Eastbrook Club, 40 W 44th St",
    )
    _x(
        "Volunteer orientation - Children's Hospital of Westbury",
        interview=False,
        org=("volunteers@chwestbury.org", "CHW Volunteer Services"),
        desc="Orientation for new weekend volunteers (play room). Bring vaccination records.",
        loc="Children's Hospital of Westbury, Conference Center B",
    )
    _x(
        "Office hours - evening course (Port Ellis)",
        interview=False,
        desc="Teaching assistant office hours for the Python evening course.",
        loc="University of Port Ellis, Library room 3",
        zone="Europe/London",
    )


def _company_mention_lookalikes() -> None:
    # vendor demos on the work calendar
    _x(
        "Datapond x Initech - platform demo",
        interview=False,
        me=WORK_ME,
        org=("j.reyes@datapond.io", "Julia Reyes"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("kim.osei@initech.com", "Kim Osei"),
        ],
        desc="Agenda: 1) Datapond lakehouse overview 2) live demo on sample data 3) pricing for Initech's volume.",
        conf=(ZOOM, "https://datapond.zoom.us/j/91234000111"),
    )
    _x(
        "Vendor eval: Ferro Energy data feed",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("sales@ferroenergy.com", "Ferro Energy Sales")],
        desc="Ferro Energy sells a wholesale price feed; deciding whether Initech buys it for the forecasting model.",
        meet="meet",
    )
    _x(
        "Acme Labs - sensor kit walkthrough",
        interview=False,
        me=WORK_ME,
        org=("partners@acmelabs.com", "Acme Labs Partnerships"),
        desc="Technical walkthrough of the Acme Labs sensor kit for the Initech pilot.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODg3YjVm%40thread.v2/0",
        ),
    )
    _x(
        "Snowline CDP - renewal call",
        interview=False,
        me=WORK_ME,
        org=("csm@snowlinecdp.com", "Marcus Lee (Snowline)"),
        desc="Annual renewal of Initech's Snowline contract, seat count review.",
        meet="meet",
    )
    _x(
        "Security questionnaire review with Level 7 Security",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("audit@level7sec.com", "Level 7 Security Audit Team")],
        desc="Level 7 is doing Initech's pen test this quarter; go through scope and the questionnaire.",
        meet="meet",
    )
    _x(
        "Tandem Money - API partnership sync",
        interview=False,
        me=WORK_ME,
        org=("partnerships@tandem.money", "Tandem Money Partnerships"),
        desc="Integration status for the Initech x Tandem payouts API.",
        meet="meet",
    )
    # client meetings
    _x(
        "Client meeting: Northwind Logistics @ Initech",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("d.okafor@northwindlogistics.co.uk", "Daniel Okafor")],
        desc="Quarterly business review with Northwind Logistics. Demo the new routing dashboard.",
        loc="Initech - Client Suite, 1st floor",
    )
    _x(
        "Onsite at Granite Bank - requirements workshop",
        interview=False,
        me=WORK_ME,
        org=("p.shah@initech.com", "Pooja Shah"),
        att=[person("alex.rivera@initech.com", "Alex Rivera")],
        desc="Initech delivery team at the client for the fraud reporting project. Badge at security desk.",
        loc="Granite Bank, 300 N LaSalle, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Meridian Health steering committee",
        interview=False,
        me=WORK_ME,
        org=("pmo@meridianhealth.org", "Meridian Health PMO"),
        desc="Monthly steering committee for the Initech implementation.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTAwMmJh%40thread.v2/0",
        ),
    )
    _x(
        "Initech <> Orinoco Travel - kickoff",
        interview=False,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("helena.voss@orinocotravel.com", "Helena Voss")],
        desc="Project kickoff. Introductions, scope, timeline, RACI.",
        meet="meet",
    )
    _x(
        "Lunch with client (Quayside Energy)",
        interview=False,
        me=WORK_ME,
        desc="Lunch with Marta and her team after the workshop, Initech expense code 4410.",
        loc="Dishoom, Kensington",
    )
    _x(
        "Interview with Brightline Retail users (discovery)",
        interview=False,
        me=WORK_ME,
        org=("ux@initech.com", "Initech UX Research"),
        att=[person("alex.rivera@initech.com", "Alex Rivera")],
        desc="Initech discovery interviews with Brightline store managers for the inventory tool. Alex takes notes.",
        meet="meet",
    )
    # networking coffees
    _x(
        "Coffee with Priya (Calder Biotech)",
        interview=False,
        desc="Catching up with Priya from my old team, now at Calder Biotech. Just personal, she's moving to Boston.",
        loc="Blue Bottle, Kendall Sq",
    )
    _x(
        "Coffee w/ Omar - Tessellate",
        interview=False,
        desc="Omar wants feedback on Tessellate's pitch deck before their seed round. Not a job thing.",
        loc="Ritual Coffee, Valencia St",
    )
    _x(
        "Informational chat - Ana @ Harbor",
        interview=False,
        org=("ana.lopes@gmail.com", "Ana Lopes"),
        desc="Ana (friend of Sam) works on the mobile team at Harbor; happy to tell me what it's like there before I decide whether to apply. Informal, not part of any process.",
        meet="meet",
    )
    _x(
        "Drinks with the Fathom Health folks",
        interview=False,
        desc="Meetup afterparty, Jun and Inês from Fathom Health are coming.",
        loc="The Ivy House",
    )
    _x(
        "Breakfast with Kate (ex-Initech, now Paloma)",
        interview=False,
        desc="Catch up. Ask how the move to Paloma went.",
        loc="Café Nero, Bank",
    )
    _x(
        "Referral chat - Lisa wants to refer me at Arclight Media",
        interview=False,
        desc="Lisa will submit a referral; she just wants my CV and a one-liner about why. Not an interview.",
        meet="meet",
    )
    # recruiting webinars / company careers events
    _x(
        "Inside Engineering at Vantor Systems - careers webinar",
        interview=False,
        org=("careers-events@vantorsystems.com", "Vantor Systems Careers"),
        desc="Join Vantor Systems recruiters and engineers for a live Q&A about our teams, culture and open roles. This is a public webinar.",
        conf=(ZOOM, "https://vantorsystems.zoom.us/w/97766554433"),
    )
    _x(
        "Stellaris Pharma Tech Talent Open House (virtual)",
        interview=False,
        org=("talent-events@stellarispharma.com", "Stellaris Pharma Talent Events"),
        desc="Hear from our Digital & Technology leaders and recruiters about careers at Stellaris. Registration confirmation.",
        conf=(
            TEAMS,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2JkYzQx%40thread.v2/0",
        ),
    )
    _x(
        "Ask Me Anything: Getting hired at Lumora",
        interview=False,
        org=("events@lumora.ai", "Lumora Events"),
        desc="Our recruiting team answers your questions about the Lumora interview process. Livestream.",
        loc="https://youtube.com/live/lumora-ama",
    )
    _x(
        "Grayson Partners - case interview workshop (open event)",
        interview=False,
        org=("campus@graysonpartners.com", "Grayson Partners Campus Team"),
        desc="Open workshop: how to crack a case interview, run by Grayson consultants. Registration confirmed.",
        loc="Grayson Partners, 30 St Mary Axe, Level 2 Auditorium",
        zone="Europe/London",
    )
    _x(
        "Tidewater Tech Meetup @ Tidewater Insurance HQ",
        interview=False,
        desc="Monthly data meetup hosted at Tidewater's office. Talks on dbt and streaming.",
        loc="Tidewater Insurance, 101 Collins St, Melbourne",
        zone="Australia/Melbourne",
    )
    # career fairs
    _x(
        "Tech Careers Fair 2025",
        interview=False,
        desc="Booths: Granite Bank, Meridian Health, Maple Robotics, DRX Logistics, 42Bridge. Bring 10 printed CVs.",
        loc="Moscone West, Hall B",
        all_day=True,
        zone="America/Los_Angeles",
    )
    _x(
        "Eastbrook University Spring Career Fair",
        interview=False,
        org=("careers@eastbrook.edu", "Eastbrook Career Center"),
        desc="Employer booths from 11:00. Alumni welcome.",
        loc="Eastbrook University Recreation Center",
    )
    _x(
        "Initech booth at Data Careers Expo",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("alex.rivera@initech.com", "Alex Rivera")],
        desc="You're staffing the Initech booth 1-4pm. Talk to candidates, collect CVs.",
        loc="ExCeL London, Stand D42",
        zone="Europe/London",
    )
    _x(
        "Women in Tech job fair - volunteer shift",
        interview=False,
        desc="Volunteer at registration desk.",
        loc="Javits Center, Hall 1A",
        zone="America/New_York",
    )


def _misc_lookalikes() -> None:
    _x(
        "Prep: Fernhill Bank system design",
        interview=False,
        desc="Review ledgers, idempotency keys, outbox pattern. Re-read notes from Oliver.",
    )
    _x(
        "Research Osprey Analytics before HM call",
        interview=False,
        desc="Read last two blog posts, check Glassdoor, prepare 3 questions.",
    )
    _x(
        "Send thank-you notes - Grayson superday",
        interview=False,
        desc="Eleanor, Richard, Helen.",
    )
    _x(
        "Leetcode block",
        interview=False,
        desc="2 mediums + 1 hard. Graphs.",
    )
    _x(
        "Podcast interview: DataTalk with Alex Rivera",
        interview=False,
        org=("host@datatalk.fm", "DataTalk Podcast"),
        desc="Recording an episode about Initech's streaming platform. Comms approved.",
        conf=(ZOOM, "https://us02web.zoom.us/j/88822233344"),
    )
    _x(
        "Visa interview - US Consulate",
        interview=False,
        desc="H-1B stamping. Bring I-797, passport, offer letter.",
        loc="U.S. Consulate General, Toronto",
        zone="America/Toronto",
    )
    _x(
        "Reference call for Jordan (Ridgeline Software asking)",
        interview=False,
        org=("n.park@ridgelinesoftware.com", "Nora Park"),
        desc="Ridgeline is hiring Jordan; Nora wants a reference from me as his former manager.",
        meet="meet",
    )
    _x(
        "Fingerprinting appointment - background check",
        interview=False,
        desc="Required by the background check vendor after the offer. Bring driver's license.",
        loc="IdentoGO, 500 Main St",
    )
    _x(
        "First day at Acme Labs - onboarding",
        interview=False,
        org=("onboarding@acmelabs.com", "Acme Labs People Ops"),
        desc="Welcome! Laptop pickup at 9:00, then orientation.",
        loc="Acme Labs Inc., 400 Harbor Way, South San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview panel: Staff Engineer candidate (Initech)",
        interview=False,
        me=WORK_ME,
        org=("talent@initech.com", "Initech Talent"),
        att=[
            person("alex.rivera@initech.com", "Alex Rivera"),
            person("mei.chen@initech.com", "Mei Chen"),
        ],
        desc="Alex and Mei interview the external Staff Engineer candidate. System design round.",
        loc="Initech - Room 6A",
    )
    _x(
        "Press interview - TechWire on Initech's data platform",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Comms"),
        desc="Journalist from TechWire interviewing Alex about the data platform launch. Comms present.",
        meet="meet",
    )
    _x(
        "Mock HM interview with coach (Brightwave practice)",
        interview=False,
        org=("dana@careercoachdana.com", "Dana Ellis"),
        desc="Practice run for the real Brightwave HM interview. Dana plays the hiring manager.",
        conf=(ZOOM, "https://us06web.zoom.us/j/87000112299"),
    )
    _x(
        "Sam's interview at Marlowe - wish him luck",
        interview=False,
        desc="Text Sam at 9:45.",
    )
    _x(
        "Offer deadline - Corvanta Group",
        interview=False,
        desc="Reply to Corvanta's offer by 5pm.",
        all_day=True,
    )
