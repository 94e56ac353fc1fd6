# ruff: noqa: E501 -- data: event texts as written
"""Part author20b, written by hand for followup's calendar corpus: which company Alex is
interviewing with when the event makes that hard. About three quarters are Alex's own candidate
interviews booked through scheduling tools (Calendly, GoodTime, ModernLoop, Microsoft Bookings,
YouCanBook.me, Cal.com, Paradox/Olivia, HireVue live, CoderPad, HackerRank, Codility, Karat),
sent by ATS mailers (Greenhouse, Workday, Lever, Ashby, SmartRecruiters, Teamtailor, Recruitee,
Personio, Jobvite, iCIMS), arranged by staffing, executive-search and RPO recruiters, or giving
the employer only in a domain, signature, room, meeting topic or another script; company names
with legal forms, ampersands, digits, dots, capitals, ordinary words and "Group"/"Talent"/
"Careers"/"Interview" in them; brands versus parents; titles in every order and separator, with
CR/LF, emoji, requisition numbers and places. The remaining quarter are look-alikes: interviews
Alex runs at Initech, vendor demos and sales calls with the same tools, and prep blocks naming
a company. Labelling rule: company is the name the event itself uses for the employer (a legal
form kept only where the title or body writes it as part of that name, dropped when it only
appears in a footer, address or signature; the brand the event names, not its parent; the
client, not the agency, tool or ATS); None when the event gives no way to know; role as given,
without requisition numbers or places, or None. All names, people and texts are invented."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author20b", **kw)


def build() -> None:
    _calendly_and_booking_pages()
    _coordinated_scheduling_tools()
    _assessment_platforms()
    _ats_senders()
    _agencies_and_rpo()
    _employer_hidden_in_one_field()
    _other_scripts()
    _awkward_company_names()
    _brands_and_parents()
    _title_shapes()
    _lookalikes_at_initech()
    _lookalikes_vendor_tools()
    _lookalikes_prep_and_other()


# --------------------------------------------------------------------------- Calendly & co.


def _calendly_and_booking_pages() -> None:
    _x(
        "Alex Rivera and Priya Natarajan",
        interview=True,
        company="Lumio",
        role="Senior Product Manager",
        org=("priya.natarajan@lumio.io", "Priya Natarajan"),
        desc=(
            "Event Name: Lumio | Senior PM intro (30 min)\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Invitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\n"
            "Questions:\nWhich role are you applying for?\nSenior Product Manager, Growth\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/4e1b7c20-aa31\n"
            "Reschedule: https://calendly.com/reschedulings/4e1b7c20-aa31\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "30 Minute Meeting between Dana Whitlock and Alex Rivera",
        interview=True,
        company="Harbor Labs",
        role="Staff Backend Engineer",
        org=("dana@harborlabs.co", "Dana Whitlock"),
        desc=(
            "Event Name: 30 Minute Meeting\n\n"
            "Please share anything that will help prepare for our meeting.\n"
            "Applied for Staff Backend Engineer via your careers page\n\n"
            "--\nDana Whitlock | Talent Partner | Harbor Labs\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://harborlabs.zoom.us/j/84412093377"),
    )
    _x(
        "Recruiter screen (Calendly)",
        interview=True,
        company=None,
        role=None,
        desc="booked via calendly link from the recruiter's linkedin msg, she'll call my cell",
    )
    _x(
        "Coffee chat w/ Ines",
        interview=True,
        company="Tallow",
        role="Founding Engineer",
        org=("ines.baptista@gmail.com", "Ines Baptista"),
        desc=(
            "Event Name: Coffee chat (45 min)\n\n"
            "Hey! As mentioned, I'm hiring the first engineer at Tallow (pre-seed, 3 of us so far). "
            "Informal, but it is the first step of the process.\n\nPowered by Calendly.com"
        ),
        loc="Bluebird Coffee, 212 Mercer St",
    )
    _x(
        "Intro Call: Alex Rivera <> Summit",
        interview=True,
        company="Summit Freight",
        role=None,
        org=("talent@summitfreight.com", "Summit Freight Talent"),
        desc=(
            "Event Name: Intro Call\n\nLocation: +1 312-555-0148\n\n"
            "Summit Freight — moving what matters.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/9f02\n"
            "Powered by Calendly.com"
        ),
    )
    # YouCanBook.me
    _x(
        "Booking: Alex Rivera - Technical conversation",
        interview=True,
        company="Orrin Health",
        role="Platform Engineer",
        org=("bookings@youcanbook.me", "YouCanBook.me"),
        desc=(
            "Your booking is confirmed.\n\nCalendar: Orrin Health Engineering Hiring\n"
            "Booking with: Femi Adeyemi (Engineering Manager)\nRole: Platform Engineer\n\n"
            "To cancel or amend: https://orrinhealth-eng.youcanbook.me/cancel/8821\n\n"
            "Powered by YouCanBook.me"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera / first interview",
        interview=True,
        company="Pellworth Tools",
        role="Data Analyst",
        org=("hr@pellworth.co.uk", "Pellworth HR"),
        desc=(
            "Booking reference: YCBM-55120\n"
            "Thank you for booking an interview slot for the Data Analyst vacancy.\n"
            "Kind regards,\nPellworth HR Team\nPellworth Tools Ltd, Unit 7, Carden Park, Sheffield S9 2QQ\n\n"
            "Powered by YouCanBook.me"
        ),
        loc="Pellworth Tools, Unit 7, Carden Park, Sheffield",
        zone="Europe/London",
    )
    _x(
        "Interview slot",
        interview=True,
        company=None,
        role=None,
        org=("noreply@youcanbook.me", None),
        desc="Booking confirmed for Alex Rivera.\nDuration: 45 minutes\nPowered by YouCanBook.me",
    )
    # Cal.com
    _x(
        "Hiring chat between Oskar Lindqvist and Alex Rivera",
        interview=True,
        company="Fjellbyte",
        role="Senior Frontend Engineer",
        org=("oskar@fjellbyte.no", "Oskar Lindqvist"),
        desc=(
            "What: Hiring chat\nInvitee time zone: America/Chicago\n"
            "Additional notes: Re: Senior Frontend Engineer (remote EU/US)\n\n"
            "Need to reschedule or cancel? https://cal.com/booking/kq81vAa\n"
        ),
        loc="https://app.cal.com/video/kq81vAa",
    )
    _x(
        "Alex x Neomi — 20 min",
        interview=True,
        company="Pressbound",
        role=None,
        org=("neomi@pressbound.dev", "Neomi Hart"),
        desc="Booked via cal.com/neomi/20min\n\nNotes from invitee: re: the engineering role at Pressbound you posted on HN",
        loc="https://cal.com/video/pb-neomi-20",
    )
    _x(
        "Founder interview",
        interview=True,
        company="Cobaltline",
        role="Head of Engineering",
        org=("ruth@cobaltline.ai", "Ruth Aberdeen"),
        desc="What: Founder interview\nWhere: Cal Video\nDescription: Head of Engineering search — second conversation.\nPowered by Cal.com",
        loc="https://app.cal.com/video/cb-22f1",
    )
    # Microsoft Bookings
    _x(
        "Candidate interview - Alex Rivera",
        interview=True,
        company="Castellan Insurance",
        role="Business Analyst",
        org=("CareersBookings@castellaninsurance.onmicrosoft.com", "Castellan Careers Bookings"),
        desc=(
            "<p>Your appointment with <b>Castellan Insurance Talent Acquisition</b> is confirmed.</p>"
            "<p>Service: Business Analyst - first interview (45 min)<br>Staff: Helen Okafor</p>"
            '<p><a href="https://outlook.office365.com/owa/calendar/CastellanCareers@castellaninsurance.onmicrosoft.com/bookings/">Manage booking</a></p>'
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FzdGVsbGFu%40thread.v2/0",
        ),
    )
    _x(
        "Screening call",
        interview=True,
        company="Pinecrest Credit Union",
        role="IT Support Lead",
        org=("recruiting@pinecrestcu.org", "Pinecrest Recruiting (Bookings)"),
        desc=(
            "Booked with Microsoft Bookings\nService: Screening call (20 min)\n"
            "Position: IT Support Lead\nBusiness: Pinecrest Credit Union - Human Resources\n"
            "Phone: (503) 555-0172"
        ),
    )
    _x(
        "Technical interview",
        interview=True,
        company="Ferrovia Nord",
        role=None,
        org=("Bookings-Talent@ferrovianord.it", "Talent Bookings"),
        desc="Prenotazione confermata - Microsoft Bookings\nServizio: Colloquio tecnico (60 min)\nFerrovia Nord - Direzione Risorse Umane",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVycm92aWE%40thread.v2/0",
        ),
        zone="Europe/Rome",
    )
    # Paradox / Olivia
    _x(
        "Interview with Dunmore Hotels",
        interview=True,
        company="Dunmore Hotels",
        role="Guest Experience Manager",
        org=("no-reply@paradox.ai", "Olivia"),
        desc=(
            "Hi Alex! It's Olivia, the recruiting assistant for Dunmore Hotels. "
            "Your interview for Guest Experience Manager is confirmed. "
            "Reply R to reschedule.\n\nPowered by Paradox"
        ),
        loc="Dunmore Grand, 88 Lakeshore Dr, Chicago IL",
    )
    _x(
        "Your interview is confirmed!",
        interview=True,
        company="Greyline Logistics",
        role="Operations Supervisor",
        org=("olivia@greyline.paradox.ai", "Olivia from Greyline"),
        desc="Olivia here 👋 You're all set to meet Marcus from Greyline Logistics about the Operations Supervisor role (night shift). Bring a photo ID.\n\nPowered by Paradox",
        loc="Greyline DC-4, 1900 Industrial Pkwy, Joliet",
    )
    _x(
        "Interview - Olivia",
        interview=True,
        company=None,
        role="Store Manager",
        org=("no-reply@paradox.ai", "Olivia"),
        desc="Hi Alex, this is Olivia. Your Store Manager interview is scheduled. A hiring manager will call you at the number on file.\n\nPowered by Paradox",
    )
    # HireVue live
    _x(
        "HireVue Live Interview",
        interview=True,
        company="Marbury Capital",
        role="Quant Developer",
        org=("noreply@hirevue.com", "HireVue"),
        desc=(
            "Dear Alex,\n\nMarbury Capital has invited you to a live interview for the position of Quant Developer.\n"
            "Join: https://app.hirevue.com/live/join/5f3a9d\n\nPlease test your browser before joining.\nThe HireVue Team"
        ),
        loc="https://app.hirevue.com/live/join/5f3a9d",
    )
    _x(
        "Live interview: Analyst Programme",
        interview=True,
        company="Ostrander Hale",
        role="Technology Analyst",
        org=("notifications@hirevue.com", None),
        desc="You have been scheduled for a HireVue live interview with Ostrander Hale.\nPosition: Technology Analyst (2025 intake)\nInterviewer: S. Brannigan",
        loc="https://app.hirevue.com/live/join/9c0e21",
    )
    _x(
        "HireVue",
        interview=True,
        company="Tessaly Health",
        role=None,
        desc="live one this time (not the recorded kind) - tessaly health, panel of 2",
    )


# --------------------------------------------------------------------------- GoodTime, ModernLoop


def _coordinated_scheduling_tools() -> None:
    _x(
        "Interview Loop: Alex Rivera - Staff Engineer",
        interview=True,
        company="Veradyne",
        role="Staff Engineer",
        org=("interviews@veradyne.com", "Veradyne Interviews"),
        att=[
            person("l.moreau@veradyne.com", "Léa Moreau"),
            person("j.carver@veradyne.com", "Jonah Carver"),
        ],
        desc=(
            "Hi Alex,\n\nHere is your itinerary for today:\n"
            "10:00 Coding - Léa Moreau\n11:00 System Design - Jonah Carver\n12:00 Lunch break\n"
            "13:00 Values - Sam Ueda\n\nThis interview was scheduled with GoodTime."
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Quillmark | Hiring Manager",
        interview=True,
        company="Quillmark",
        role=None,
        org=("scheduling@goodtime.io", "GoodTime Scheduling"),
        desc="Coordinator: Bea Sandoval (Quillmark Recruiting)\nInterviewer: Tom Achterberg, Director of Data\n\nPowered by GoodTime | goodtime.io",
        conf=("Zoom Meeting", "https://quillmark.zoom.us/j/93120045521"),
    )
    _x(
        "[GoodTime] Phone Screen",
        interview=True,
        company=None,
        role=None,
        org=("scheduling@goodtime.io", "GoodTime Scheduling"),
        desc="Your phone screen has been scheduled. Your interviewer will call you.\n\nPowered by GoodTime",
    )
    _x(
        "Final round – Product Design Lead",
        interview=True,
        company="Saltmarsh Games",
        role="Product Design Lead",
        org=("recruiting-coord@saltmarshgames.com", "Recruiting Coordination"),
        desc="Portfolio review (45m) + cross-functional chat (45m).\nScheduled via GoodTime on behalf of Saltmarsh Games Talent.",
        meet="meet",
    )
    _x(
        "Candidate: Alex Rivera | Onsite (virtual)",
        interview=True,
        company="Bracken Robotics",
        role="Controls Engineer",
        org=("no-reply@modernloop.io", "ModernLoop"),
        desc=(
            "Bracken Robotics has scheduled your interview.\nRole: Controls Engineer\n\n"
            "Schedule\n• 9:30 Hiring manager\n• 10:30 Technical deep dive\n• 11:30 Team fit\n\n"
            "Powered by ModernLoop"
        ),
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Plumtree Learning",
        role="Learning Engineer",
        org=("maya.klein@plumtreelearning.com", "Maya Klein"),
        desc="ModernLoop candidate portal: https://candidate.modernloop.io/p/plt-8832\nPosition: Learning Engineer",
        conf=("Zoom Meeting", "https://zoom.us/j/6618203377"),
    )
    _x(
        "Panel interview (ModernLoop)",
        interview=True,
        company=None,
        role="Engineering Manager",
        org=("no-reply@modernloop.io", "ModernLoop"),
        desc="You have been scheduled for a panel interview for Engineering Manager.\nView your schedule: https://candidate.modernloop.io/p/x0a1\nPowered by ModernLoop",
    )


# --------------------------------------------------------------------------- CoderPad, HackerRank, Codility, Karat


def _assessment_platforms() -> None:
    _x(
        "CoderPad Interview - Alex Rivera",
        interview=True,
        company="Kestrel Analytics",
        role="Senior Software Engineer",
        org=("hiring@kestrelanalytics.com", "Kestrel Hiring"),
        desc="Pad link: https://app.coderpad.io/Q8RZ4KJM\nLanguage: Python\nInterviewer: Meredith Ochoa (Kestrel Analytics)\nRole: Senior Software Engineer",
        meet="meet",
    )
    _x(
        "CoderPad",
        interview=True,
        company="Wrenfield",
        role=None,
        desc="pad link in email from wrenfield recruiter - 60 min pairing, bring python",
        loc="https://app.coderpad.io/7HX2PLQ1",
    )
    _x(
        "Pair programming session",
        interview=True,
        company="Gantry & Lowe",
        role="Backend Developer",
        org=("t.lowe@gantrylowe.com", "Tobias Lowe"),
        desc="Hi Alex, we'll work through a small problem together in CoderPad (link below). No prep needed.\nhttps://app.coderpad.io/GL-55A9\n\nTobias Lowe\nCTO, Gantry & Lowe",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/85539200118"),
    )
    _x(
        "HackerRank Interview: Alex Rivera",
        interview=True,
        company="Novaterra Energy",
        role="Data Engineer II",
        org=("noreply@hackerrank.com", "HackerRank"),
        desc=(
            "Novaterra Energy has invited you to a live coding interview.\n"
            "Position: Data Engineer II\nInterview link: https://www.hackerrank.com/interviews/nv-3310af\n"
            "Interviewers: Gil Strand, Amara Obi\n\nHackerRank | Powered by HackerRank Interview"
        ),
        loc="https://www.hackerrank.com/interviews/nv-3310af",
    )
    _x(
        "Live coding round",
        interview=True,
        company="Pellucid",
        role=None,
        org=("interviews@hackerrank.com", "HackerRank Interviews"),
        desc="Interview with Pellucid\nJoin: https://www.hackerrank.com/interviews/pl-77b\nPlease use a desktop browser.",
    )
    _x(
        "Technical screen – HackerRank",
        interview=True,
        company=None,
        role="Software Engineer",
        org=("noreply@hackerrank.com", "HackerRank"),
        desc="You are invited to a live technical interview for Software Engineer.\nJoin: https://www.hackerrank.com/interviews/a9c0\nThe company will be visible once you join.",
    )
    _x(
        "Codility Live - pair programming",
        interview=True,
        company="Mirelle Banking Group",
        role="Java Developer",
        org=("no-reply@codility.com", "Codility"),
        desc="Mirelle Banking Group invited you to a Codility Live session.\nRole: Java Developer (Payments)\nSession: https://app.codility.com/live/mbg-42c\nDuration: 60 minutes",
        zone="Europe/Warsaw",
    )
    _x(
        "Codility live interview",
        interview=True,
        company="Tidewater Analytics",
        role=None,
        org=("karin.holm@tidewater-analytics.se", "Karin Holm"),
        desc="Hej Alex! Here is the link for our live pairing session on Codility: https://app.codility.com/live/tw-9x\n\nKarin Holm\nTalent Acquisition | Tidewater Analytics",
        zone="Europe/Stockholm",
    )
    _x(
        "Codility Live",
        interview=True,
        company=None,
        role=None,
        org=("no-reply@codility.com", "Codility"),
        desc="You have been invited to a live interview on Codility.\nSession link: https://app.codility.com/live/0c3e\nDuration: 45 minutes",
    )
    _x(
        "Karat Interview for Ardent Systems",
        interview=True,
        company="Ardent Systems",
        role="Software Engineer, Infrastructure",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc=(
            "Hi Alex,\n\nKarat conducts the first technical interview on behalf of Ardent Systems for the "
            "Software Engineer, Infrastructure role. Your Interview Engineer will meet you at the link below.\n"
            "https://interview.karat.io/join/ard-51k\n\nGood luck!\nThe Karat Team"
        ),
        loc="https://interview.karat.io/join/ard-51k",
    )
    _x(
        "Karat technical interview",
        interview=True,
        company="Lanternfish",
        role=None,
        org=("noreply@karat.com", "Karat"),
        desc="This interview is conducted by Karat on behalf of Lanternfish. Your interviewer is a professional Interview Engineer, not a Lanternfish employee.\nhttps://interview.karat.io/join/lf-11",
    )
    _x(
        "Interview with Karat",
        interview=True,
        company="Copperleaf Pay",
        role="Backend Engineer",
        org=("candidates@karat.io", "Karat Candidate Support"),
        desc="Employer: Copperleaf Pay\nPosition: Backend Engineer\nFormat: 60 min, coding + technical questions\nJoin: https://interview.karat.io/join/cp-7a",
    )
    _x(
        "Karat",
        interview=True,
        company=None,
        role=None,
        desc="karat round, link in email, don't forget headphones",
    )
    _x(
        "Karat interview 🎧 (for Brightfold)",
        interview=True,
        company="Brightfold",
        role=None,
    )


# --------------------------------------------------------------------------- ATS senders


def _ats_senders() -> None:
    # Greenhouse
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Marrow Bio",
        role="Computational Biologist",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc=(
            "Hi Alex,\n\nThanks for your interest in the Computational Biologist position at Marrow Bio! "
            "You're confirmed for a video interview with Dr. Anika Sorensen.\n\n"
            "Sent via Greenhouse"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera - Onsite Interview",
        interview=True,
        company="Stellwagen",
        role="Site Reliability Engineer",
        org=("no-reply@us.greenhouse-mail.io", "Stellwagen Recruiting"),
        att=[person("recruiting@stellwagen.io", "Stellwagen Recruiting", status="accepted")],
        desc=(
            "<div><b>Stellwagen</b> onsite agenda for <b>Site Reliability Engineer</b></div>"
            "<ul><li>Troubleshooting (60m)</li><li>Architecture (60m)</li><li>Lunch with the team</li></ul>"
            "<div>Address: 400 Congress St, Floor 6, Boston</div>"
        ),
        loc="400 Congress St, Floor 6, Boston MA",
    )
    _x(
        "Phone Interview",
        interview=True,
        company=None,
        role=None,
        org=("no-reply@greenhouse.io", None),
        desc="Your phone interview is confirmed. The interviewer will call you at the number you provided.\nSent via Greenhouse",
    )
    _x(
        "Video Interview (Greenhouse) - Revenue Operations Manager",
        interview=True,
        company="Tollgate Media",
        role="Revenue Operations Manager",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="Tollgate Media Talent Team would like to confirm your interview.\nInterviewer: Curtis Van Allen, VP Sales\n\nThis calendar invitation was sent via Greenhouse.",
        conf=("Zoom Meeting", "https://tollgate.zoom.us/j/99031122840"),
    )
    # Workday
    _x(
        "Interview Scheduled: Senior Financial Analyst (R-104882)",
        interview=True,
        company="Halvorsen Maritime",
        role="Senior Financial Analyst",
        org=("halvorsen@myworkday.com", "Halvorsen Maritime Careers"),
        desc=(
            "Dear Alex Rivera,\n\nThank you for your application for Senior Financial Analyst (R-104882). "
            "Your interview with the hiring team is confirmed.\n\nHalvorsen Maritime Talent Acquisition\n"
            "This is a system generated message from Workday."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFsdm9yc2Vu%40thread.v2/0",
        ),
    )
    _x(
        "Interview - JR0031177",
        interview=True,
        company="Calder Pharma",
        role=None,
        org=("calderpharma@myworkday.com", "Workday"),
        desc="Interview event for job requisition JR0031177.\nPlease do not reply to this automated message.\n\nCalder Pharma | Talent Acquisition",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Oberlin Mutual",
        role="Actuarial Analyst",
        org=("wd5-impl-services@myworkday.com", "Workday Notifications"),
        desc="Candidate: Alex Rivera\nJob Requisition: REQ-2207 Actuarial Analyst\nInterview Type: Virtual\nInterviewers: P. Gautam; R. Lindell\n\nOberlin Mutual Talent Acquisition",
    )
    _x(
        "Entrevista - Analista de Datos Sr.",
        interview=True,
        company="Grupo Sierra Alta",
        role="Analista de Datos Sr.",
        org=("gruposierraalta@myworkday.com", "Talento Grupo Sierra Alta"),
        desc="Estimado/a Alex,\nConfirmamos su entrevista para la posición Analista de Datos Sr. en Grupo Sierra Alta.\nModalidad: Microsoft Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2llcnJh%40thread.v2/0",
        ),
        zone="America/Mexico_City",
    )
    # Lever
    _x(
        "Alex Rivera - Hiring Manager Interview",
        interview=True,
        company="Pebblecast",
        role="Product Analyst",
        org=("no-reply@hire.lever.co", "Lever"),
        desc="Pebblecast is excited to meet you!\nInterview for: Product Analyst\nWith: Grace Tamura (Head of Analytics)\n\nScheduled using Lever",
        meet="meet",
    )
    _x(
        "Virtual interview with Alex Rivera",
        interview=True,
        company="Anchor",
        role="Mobile Engineer (iOS)",
        org=("no-reply@hire.lever.co", "Anchor via Lever"),
        desc="Hi Alex,\nThanks for taking the time to speak with Anchor about Mobile Engineer (iOS).\nWe will meet over Zoom (link below).\n- The Anchor team",
        conf=("Zoom Meeting", "https://anchor-app.zoom.us/j/81234098765"),
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        org=("no-reply@hire.lever.co", "Lever"),
        desc="This invitation was sent by Lever on behalf of the hiring team.",
    )
    # Ashby
    _x(
        "Alex Rivera <> Kindling: Technical Interview",
        interview=True,
        company="Kindling",
        role="Full-Stack Engineer",
        org=("no-reply@ashbyhq.com", "Ashby"),
        desc="Kindling | Full-Stack Engineer\nInterviewers: Noor Haddad, Pete Osei\nCandidate guide: https://jobs.ashbyhq.com/kindling/guide\n\nScheduled with Ashby",
        meet="meet",
    )
    _x(
        "Recruiter Screen with Alex Rivera",
        interview=True,
        company="Vantablue",
        role="Solutions Architect",
        org=("calendar@ashbyhq.com", "Vantablue Recruiting"),
        desc="Role: Solutions Architect (Remote - Americas)\nRecruiter: Hugo Marchetti\n\nPowered by Ashby",
    )
    _x(
        "Take-home review",
        interview=True,
        company="Tesserae",
        role=None,
        org=("no-reply@ashbyhq.com", "Ashby"),
        desc="You'll walk the Tesserae team through your take-home submission (45 min).\nJoin: https://meet.google.com/tes-rvw-qq\nSent via Ashby",
    )
    # SmartRecruiters
    _x(
        "Interview invitation: Supply Chain Planner",
        interview=True,
        company="Kinnear Foods",
        role="Supply Chain Planner",
        org=("noreply@smartrecruiters.com", "Kinnear Foods Recruitment"),
        desc="Dear Alex,\nWe are pleased to invite you to an interview for Supply Chain Planner.\n\nBest regards,\nKinnear Foods Recruitment Team\nKinnear Foods plc · Registered in England No. 0422190",
        loc="Kinnear House, 3 Wharf Rd, Leeds LS1 4BT",
        zone="Europe/London",
    )
    _x(
        "SmartRecruiters: Interview with Alex Rivera",
        interview=True,
        company="Arcturus Retail",
        role=None,
        org=("noreply@smartrecruiters.com", "SmartRecruiters"),
        desc="Company: Arcturus Retail\nInterview type: Video\nPlease confirm your attendance in SmartRecruiters.",
    )
    # Teamtailor
    _x(
        "Intervju: Alex Rivera – Backend Developer",
        interview=True,
        company="Norrland Grid",
        role="Backend Developer",
        org=("noreply@teamtailor-mail.com", "Norrland Grid"),
        desc="Hej Alex!\nVälkommen på intervju för tjänsten Backend Developer hos oss på Norrland Grid.\n\nVänliga hälsningar,\nNorrland Grid AB\nSkickat via Teamtailor",
        zone="Europe/Stockholm",
        meet="meet",
    )
    _x(
        "Interview at Vellum Studio",
        interview=True,
        company="Vellum Studio",
        role="Motion Designer",
        org=("careers@vellumstudio.teamtailor-mail.com", "Vellum Studio Careers"),
        desc="Hi Alex! Looking forward to meeting you about the Motion Designer position.\nSent with Teamtailor",
        loc="Vellum Studio, Prinsengracht 412, Amsterdam",
        zone="Europe/Amsterdam",
    )
    # Recruitee
    _x(
        "Interview Alex Rivera",
        interview=True,
        company="Lindqvist & Berg",
        role="Product Owner",
        org=("noreply@recruitee.com", "Recruitee"),
        desc="Lindqvist & Berg invited you to an interview for the Product Owner position.\nInterviewer: Jasper de Wit\nPowered by Recruitee",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek",
        interview=True,
        company="Tulpa Logistics",
        role="Planner",
        org=("tulpalogistics@recruitee.com", "Tulpa Logistics"),
        desc="Beste Alex,\nHierbij de uitnodiging voor een kennismakingsgesprek voor de functie Planner bij Tulpa Logistics.\nMet vriendelijke groet,\nTeam HR",
        loc="Tulpa Logistics BV, Havenweg 14, Rotterdam",
        zone="Europe/Amsterdam",
    )
    # Personio
    _x(
        "Vorstellungsgespräch Alex Rivera",
        interview=True,
        company="Kessler Feinmechanik GmbH",
        role="Software-Entwickler (m/w/d) Embedded",
        org=("noreply@personio.de", "Personio"),
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Software-Entwickler (m/w/d) Embedded "
            "bei der Kessler Feinmechanik GmbH. Gerne laden wir Sie zu einem Gespräch ein.\n\n"
            "Mit freundlichen Grüßen\nPersonalabteilung"
        ),
        loc="Kessler Feinmechanik GmbH, Industriestr. 8, 73430 Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview | Growth Marketing Manager",
        interview=True,
        company="Pilzwerk",
        role="Growth Marketing Manager",
        org=("noreply@mail.personio.de", "Pilzwerk Recruiting"),
        desc="Hi Alex,\nthanks for applying at Pilzwerk! We'd love to get to know you.\nSent via Personio",
        meet="meet",
        zone="Europe/Berlin",
    )
    # Jobvite
    _x(
        "Interview Confirmation",
        interview=True,
        company="Roanoke Health System",
        role="Clinical Systems Analyst",
        org=("noreply@jobvite.com", "Jobvite"),
        desc="Roanoke Health System\nRequisition: CSA-0193 Clinical Systems Analyst\nInterview Date/Time: see invite\nLocation: Webex\n\nPowered by Jobvite",
        loc="https://roanokehealth.webex.com/meet/hr.interviews",
    )
    _x(
        "Jobvite Interview",
        interview=True,
        company="Fennick & Co",
        role=None,
        org=("noreply@jobvite.com", "Jobvite"),
        desc="You have been scheduled for an interview with Fennick & Co.\nPlease arrive 10 minutes early.",
        loc="Fennick & Co, 17 Beacon Hill Rd, Suite 200",
    )
    # iCIMS
    _x(
        "Interview: 2025-3318 Network Engineer",
        interview=True,
        company="Bellweather Utilities",
        role="Network Engineer",
        org=("no-reply@icims.com", "iCIMS"),
        desc="Bellweather Utilities Careers\nJob: 2025-3318 Network Engineer\nInterview with: Randall Pike, Manager, Network Ops\n\nThis message was sent by iCIMS on behalf of Bellweather Utilities.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVsbHc%40thread.v2/0",
        ),
    )
    _x(
        "Interview Invitation",
        interview=True,
        company=None,
        role="Customer Success Manager",
        org=("no-reply@icims.com", "iCIMS"),
        desc="Thank you for your interest in the Customer Success Manager position. Please see the meeting details below.\nThis is an automated message.",
    )
    _x(
        "Careers Interview - Warehouse Systems Analyst",
        interview=True,
        company="Quarry Hill Distribution",
        role="Warehouse Systems Analyst",
        org=("careers@quarryhill.icims.com", "Quarry Hill Careers"),
        desc="Quarry Hill Distribution - Talent Acquisition\nCandidate: Alex Rivera\nPosition: Warehouse Systems Analyst",
    )


# --------------------------------------------------------------------------- agencies, search firms, RPO


def _agencies_and_rpo() -> None:
    _x(
        "Interview with Harrow Aerospace - arranged by Harcourt Page",
        interview=True,
        company="Harrow Aerospace",
        role="Systems Test Engineer",
        org=("olivia.grant@harcourtpage.com", "Olivia Grant"),
        desc="Hi Alex,\nConfirming your first-stage interview with my client Harrow Aerospace for the Systems Test Engineer role. Interviewer: Malcolm Reid, Test Lead.\n\nOlivia Grant\nSenior Consultant, Engineering | Harcourt Page",
        loc="Harrow Aerospace, Building 3, Filton Business Park, Bristol",
        zone="Europe/London",
    )
    _x(
        "Harcourt Page - Client interview",
        interview=True,
        company=None,
        role="Finance Business Partner",
        org=("olivia.grant@harcourtpage.com", "Olivia Grant"),
        desc="Hi Alex, as discussed my client prefers to remain confidential until the first interview. It's a FTSE 250 consumer business, role is Finance Business Partner. Teams link to follow from their side.\nOlivia",
    )
    _x(
        "Call with Randell Staffing re: contract role",
        interview=True,
        company="Bluecrest Ports",
        role="ETL Developer (6-month contract)",
        org=("kevin.mahler@randellstaffing.com", "Kevin Mahler"),
        desc="Kevin from Randell Staffing here. This is the client interview for the ETL Developer (6-month contract) at Bluecrest Ports - 30 min with their data lead, Suzanne Pryce. Rate as discussed.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81929001234"),
    )
    _x(
        "Randell Staffing | Intro & screen",
        interview=True,
        company=None,
        role="ETL Developer",
        org=("kevin.mahler@randellstaffing.com", "Kevin Mahler"),
        desc="Quick screen before I put you forward. Client is a logistics firm in the port sector (can share name once you're shortlisted).",
    )
    _x(
        "Hayward Recruitment: interview @ Cantrell & Sons",
        interview=True,
        company="Cantrell & Sons",
        role="Estimator",
        org=("priya.bose@haywardrecruitment.co.uk", "Priya Bose"),
        desc="Address: Cantrell & Sons Ltd, 22 Mill Lane, Reading RG1 2HX\nAsk for Geoff at reception.\n\nPriya Bose | Hayward Recruitment",
        loc="22 Mill Lane, Reading RG1 2HX",
        zone="Europe/London",
    )
    _x(
        "Confidential search - first conversation",
        interview=True,
        company=None,
        role="Chief Technology Officer",
        org=("e.vandermeer@altmoor-search.com", "Elise van der Meer"),
        desc="Dear Alex,\nThank you for your interest in the confidential CTO mandate we are running for a PE-backed software group. This first conversation is with me; client details will be shared under NDA after.\nElise van der Meer\nPartner, Altmoor Executive Search",
        meet="meet",
    )
    _x(
        "Altmoor / Thornbury Software: meeting with the CEO",
        interview=True,
        company="Thornbury Software",
        role="Chief Technology Officer",
        org=("e.vandermeer@altmoor-search.com", "Elise van der Meer"),
        desc="Following the NDA, I can confirm the client is Thornbury Software. You'll meet their CEO, Rhys Calloway, for the CTO position.\nElise",
        loc="Thornbury Software, 9 Albion Place, London",
        zone="Europe/London",
    )
    _x(
        "Interview - Kestler Search Partners",
        interview=True,
        company=None,
        role="VP Engineering",
        org=("d.oyelaran@kestlersearch.com", "David Oyelaran"),
        desc="Assessment interview (60 min) for the VP Engineering search. I'll brief you on the client afterwards if we proceed.",
        conf=("Zoom Meeting", "https://kestlersearch.zoom.us/j/7712300918"),
    )
    _x(
        "Client interview: Dovetail Insurance (via TalentBridge)",
        interview=True,
        company="Dovetail Insurance",
        role="QA Lead",
        org=("sam@talentbridgestaffing.com", "Sam Ortega"),
        desc="Sam @ TalentBridge Staffing\nClient: Dovetail Insurance\nPosition: QA Lead (contract-to-hire)\nInterviewers: Rob Lenz, Maria Feld",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZG92ZXRhaWw%40thread.v2/0",
        ),
    )
    _x(
        "Talent Partners interview",
        interview=True,
        company=None,
        role="Payroll Administrator",
        org=("jobs@talentpartners-group.com", "Talent Partners Group"),
        desc="Screening interview for the Payroll Administrator vacancy we discussed. Our client's details will be shared at the interview. Please bring ID and right-to-work documents.",
    )
    _x(
        "Interview via Sandor Associates - Mercato Foods",
        interview=True,
        company="Mercato Foods",
        role="Category Manager",
        org=("g.sandor@sandorassociates.com", "Gabor Sandor"),
        desc="Mercato Foods - Category Manager, second round with the Commercial Director.\nGabor Sandor, Sandor Associates (retained search)",
        loc="Mercato Foods, 1 Harbour Exchange, Glasgow",
        zone="Europe/London",
    )
    # RPO: recruiter employed by one firm, hiring for another
    _x(
        "Screening call - Alex Rivera",
        interview=True,
        company="Harrowgate Bank",
        role="Cloud Security Engineer",
        org=("nina.patel@ardeatalent.com", "Nina Patel"),
        desc="Hi Alex,\nThanks for applying to the Cloud Security Engineer role at Harrowgate Bank. I'm part of the recruiting team supporting Harrowgate through Ardea Talent Solutions.\n\nNina Patel\nTalent Acquisition Partner, on behalf of Harrowgate Bank\nArdea Talent Solutions",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFycm93%40thread.v2/0",
        ),
    )
    _x(
        "Recruiter phone screen",
        interview=True,
        company="Selwyn Automotive",
        role="Embedded Software Engineer",
        org=("r.kowalski@selwynautomotive.com", "Rafal Kowalski (Meridian RPO)"),
        desc="Rafal Kowalski\nRecruiter | Meridian RPO, dedicated to Selwyn Automotive\nRole: Embedded Software Engineer (Req 88213)",
    )
    _x(
        "Meridian RPO / Alex Rivera",
        interview=True,
        company="Corbel Hospitality",
        role="Revenue Analyst",
        org=("k.dunn@meridian-rpo.com", "Kira Dunn"),
        desc="Hi Alex - I'm recruiting for Corbel Hospitality's corporate team (Meridian manages their hiring). This call covers the Revenue Analyst role.",
    )
    _x(
        "Intro call with recruiter (Meridian)",
        interview=True,
        company=None,
        role="Data Scientist",
        org=("k.dunn@meridian-rpo.com", "Kira Dunn"),
        desc="Quick intro about the Data Scientist opening I mentioned on LinkedIn.",
    )
    _x(
        "Larkfield Recruitment screen",
        interview=True,
        company=None,
        role=None,
        desc="agency recruiter (Larkfield) - 'screen' before they send my CV to their client, she wouldn't say who",
    )


# --------------------------------------------------------------------------- employer only in one field


def _employer_hidden_in_one_field() -> None:
    # only the organiser's domain
    _x(
        "Interview",
        interview=True,
        company="Thornlea",
        role=None,
        org=("m.chen@thornlea.com", "Mei Chen"),
        meet="meet",
    )
    _x(
        "Alex Rivera - 2nd round",
        interview=True,
        company="Quorra",
        role=None,
        org=("talent@quorra.ai", None),
        att=[person("ben.aldous@quorra.ai", "Ben Aldous")],
        meet="meet",
    )
    _x(
        "Technical interview (60 min)",
        interview=True,
        company="Vesperline",
        role=None,
        org=("jobs@vesperline.com", "Jobs"),
        conf=("Zoom Meeting", "https://vesperline.zoom.us/j/86611209831"),
    )
    _x(
        "Hiring manager interview",
        interview=True,
        company=None,
        role=None,
        org=("sarah.lindgren1984@gmail.com", "Sarah Lindgren"),
        desc="Looking forward to chatting!",
        meet="meet",
    )
    _x(
        "Interview - Alex R.",
        interview=True,
        company=None,
        role=None,
        org=("recruiting@outlook.com", "Recruiting"),
        conf=("Microsoft Teams Meeting", "https://teams.live.com/meet/9381200412"),
    )
    # only a signature
    _x(
        "Chat about the role",
        interview=True,
        company="Oakhurst Analytics",
        role=None,
        org=("jen.wallace@gmail.com", "Jen Wallace"),
        desc="Hi Alex, great to connect. Sending this from my personal account as our calendar is being migrated.\n\nJen Wallace\nHead of People | Oakhurst Analytics\n+1 415 555 0190",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Marlowe Kitchens",
        role=None,
        org=("recruit@mk-hr.net", "Recruitment"),
        desc="Dear Alex,\n\nPlease find the invitation attached. Video call; the panel will join a few minutes early.\n\nKind regards\n\nTheo Brandt\nHR Business Partner\nMarlowe Kitchens\nT: 0161 555 0127",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWFybG93%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "second chat",
        interview=True,
        company="Sundial",
        role="Head of Design",
        org=("f.ng@sndl.co", "Fiona Ng"),
        desc="--\nFiona Ng · Co-founder & CEO\nSundial — design tools for small teams\nWe're hiring a Head of Design.",
    )
    # only the location
    _x(
        "Interview - Alex Rivera",
        interview=True,
        company="Ostrava Robotics",
        role=None,
        loc="Room 4B, Ostrava Robotics HQ, 50 Foundry Rd, Pittsburgh",
    )
    _x(
        "Final interviews",
        interview=True,
        company="Halvorsen Maritime",
        role=None,
        org=("hr-events@hm-group.no", "HR Events"),
        loc="Room 4B, Halvorsen Maritime HQ, Bryggen 12, Bergen",
        zone="Europe/Oslo",
    )
    _x(
        "Onsite",
        interview=True,
        company="Greywater Brewing",
        role=None,
        loc="Greywater Brewing Co. taproom, 31 Canal St (ask for Mo)",
    )
    _x(
        "In-person interview",
        interview=True,
        company=None,
        role=None,
        org=("a.haddad@proton.me", "A. Haddad"),
        loc="Suite 1400, 200 Wacker Dr, Chicago IL",
    )
    _x(
        "Panel",
        interview=True,
        company="Linden & Ash",
        role=None,
        loc="Conference Room 'Birch' - Linden & Ash, 5th floor, 120 Spring St",
    )
    # only a meeting topic
    _x(
        "Call",
        interview=True,
        company="Crestmoor",
        role="Senior Data Scientist",
        org=("noreply@zoom.us", "Zoom"),
        desc="Harriet Vale is inviting you to a scheduled Zoom meeting.\n\nTopic: Crestmoor | Senior Data Scientist interview - Alex Rivera\nTime: see calendar\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/83318220041?pwd=Ym9n\n\nMeeting ID: 833 1822 0041",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83318220041"),
    )
    _x(
        "Video call",
        interview=True,
        company="Perigee Labs",
        role=None,
        org=("hiring.team@outlook.com", "Hiring Team"),
        desc="________________________________________________________________________________\nMicrosoft Teams meeting\nMeeting: Perigee Labs - candidate interview (Alex Rivera)\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 244 118 903 771\nPasscode: Xr7qbP\n________________________________________________________________________________",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGVyaWdlZQ%40thread.v2/0",
        ),
    )
    _x(
        "Meeting",
        interview=True,
        company="Aldergrove Systems",
        role="Integration Engineer",
        org=("webex@webex.com", "Cisco Webex"),
        desc="Meeting topic: Aldergrove Systems — Integration Engineer — Alex Rivera (round 2)\nMeeting number: 2634 118 0090\nPassword: AGS2\nJoin: https://aldergrove.webex.com/aldergrove/j.php?MTID=m9f",
    )
    _x(
        "Zoom",
        interview=True,
        company=None,
        role=None,
        org=("noreply@zoom.us", "Zoom"),
        desc="Topic: Interview with Alex Rivera\nJoin Zoom Meeting\nhttps://zoom.us/j/91023987710\nMeeting ID: 910 2398 7710",
        conf=("Zoom Meeting", "https://zoom.us/j/91023987710"),
    )


# --------------------------------------------------------------------------- other scripts


def _other_scripts() -> None:
    # Japanese
    _x(
        "【一次面接】株式会社ミナトロジック / Alex Rivera様",
        interview=True,
        company="株式会社ミナトロジック",
        role="バックエンドエンジニア",
        org=("saiyo@minatologic.co.jp", "採用担当"),
        desc="Alex Rivera様\n\nこの度は株式会社ミナトロジックのバックエンドエンジニア職にご応募いただき、誠にありがとうございます。一次面接の詳細は以下の通りです。\n\n形式：オンライン（Google Meet）\n所要時間：60分\n\n人事部 採用担当 山口",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面接",
        interview=True,
        company="ハルカ精機",
        role=None,
        org=("jinji@haruka-seiki.jp", "人事部"),
        loc="ハルカ精機 本社 3F 第2会議室（東京都品川区）",
        zone="Asia/Tokyo",
    )
    _x(
        "Interview - Tsubame Mobility (つばめモビリティ)",
        interview=True,
        company="Tsubame Mobility",
        role="Product Manager",
        org=("recruit@tsubame-mobility.jp", "Tsubame Mobility Recruiting"),
        desc="Position: Product Manager (English-speaking team)\n\nつばめモビリティ株式会社 / Tsubame Mobility K.K.\n採用チーム",
        conf=("Zoom Meeting", "https://tsubame.zoom.us/j/85520017766"),
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談 → 二次面接",
        interview=True,
        company=None,
        role=None,
        desc="先週のカジュアル面談の続き。今回は正式な選考（二次面接）",
        zone="Asia/Tokyo",
    )
    # Chinese
    _x(
        "面试邀请 - 云杉数据 高级后端工程师",
        interview=True,
        company="云杉数据",
        role="高级后端工程师",
        org=("hr@yunshandata.cn", "云杉数据招聘"),
        desc="Alex 您好：\n感谢您应聘云杉数据高级后端工程师职位，现邀请您参加第一轮技术面试。\n面试方式：腾讯会议\n会议号：618 302 771",
        zone="Asia/Shanghai",
    )
    _x(
        "Interview with Yunshan Data 云杉数据 (round 2)",
        interview=True,
        company="Yunshan Data",
        role=None,
        org=("hr@yunshandata.cn", "Yunshan Data HR"),
        desc="Round 2 with the engineering director. Tencent Meeting ID 771 229 004.",
        zone="Asia/Shanghai",
    )
    _x(
        "視訊面試｜資深產品設計師",
        interview=True,
        company="青禾科技",
        role="資深產品設計師",
        org=("talent@qinghe.tw", "青禾科技 人才招募"),
        desc="您好，這是青禾科技資深產品設計師職缺的視訊面試。\n青禾科技股份有限公司",
        meet="meet",
        zone="Asia/Taipei",
    )
    _x(
        "线上面试",
        interview=True,
        company=None,
        role="数据分析师",
        org=("noreply@mokahr.com", "招聘系统"),
        desc="您已被安排参加【数据分析师】岗位的线上面试，请准时参加。",
        zone="Asia/Shanghai",
    )
    # Korean
    _x(
        "[한빛모빌리티] 1차 면접 안내",
        interview=True,
        company="한빛모빌리티",
        role="서버 개발자",
        org=("recruit@hanbitmobility.kr", "한빛모빌리티 채용팀"),
        desc="안녕하세요 Alex Rivera님,\n한빛모빌리티 서버 개발자 포지션 1차 면접 일정을 안내드립니다.\n장소: 화상 면접 (Google Meet)",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Coffee chat → 기술 면접 (Dalbit Games)",
        interview=True,
        company="Dalbit Games",
        role=None,
        org=("jh.park@dalbitgames.com", "Park Jihoon"),
        desc="달빛게임즈 기술 면접입니다. 라이브 코딩 30분 포함.",
        zone="Asia/Seoul",
    )
    _x(
        "면접",
        interview=True,
        company="누리금융",
        role=None,
        loc="누리금융 본사 12층 회의실 B, 서울 중구",
        zone="Asia/Seoul",
    )
    # Cyrillic
    _x(
        "Собеседование в «Северный Код»",
        interview=True,
        company="Северный Код",
        role="Ведущий разработчик Go",
        org=("hr@severcode.ru", "Отдел кадров"),
        desc="Алекс, добрый день!\nПриглашаем вас на техническое собеседование на позицию «Ведущий разработчик Go».\n\nС уважением,\nАнна Крылова\nООО «Северный Код»",
        zone="Europe/Moscow",
    )
    _x(
        "Співбесіда — Alex Rivera",
        interview=True,
        company="Карпати Софт",
        role=None,
        org=("jobs@karpatysoft.ua", "Карпати Софт"),
        desc="Вітаємо! Запрошуємо на співбесіду з командою Карпати Софт.",
        conf=("Zoom Meeting", "https://zoom.us/j/99221340021"),
        zone="Europe/Kyiv",
    )
    _x(
        "Интервю / Interview - Balkan Ledger",
        interview=True,
        company="Balkan Ledger",
        role="QA Automation Engineer",
        org=("careers@balkanledger.bg", "Balkan Ledger Careers"),
        desc="Здравейте Алекс,\nБлагодарим за кандидатурата ви за позицията QA Automation Engineer в Балкан Леджър (Balkan Ledger).",
        zone="Europe/Sofia",
    )
    # Greek
    _x(
        "Συνέντευξη εργασίας - Alex Rivera",
        interview=True,
        company="Πλειάδα Τεχνολογίες",
        role="Μηχανικός Λογισμικού",
        org=("hr@pleiada-tech.gr", "Τμήμα Ανθρώπινου Δυναμικού"),
        desc="Αγαπητέ Alex,\nσας προσκαλούμε σε συνέντευξη για τη θέση Μηχανικός Λογισμικού στην Πλειάδα Τεχνολογίες.\nΜε εκτίμηση,\nΠλειάδα Τεχνολογίες Α.Ε.",
        loc="Λεωφ. Κηφισίας 120, Αθήνα",
        zone="Europe/Athens",
    )
    _x(
        "Interview (Αιγίς Ναυτιλιακή)",
        interview=True,
        company="Αιγίς Ναυτιλιακή",
        role=None,
        org=("k.papadaki@aegis-shipping.gr", "Katerina Papadaki"),
        zone="Europe/Athens",
    )
    # Arabic
    _x(
        "مقابلة عمل - الواحة للحلول الرقمية",
        interview=True,
        company="الواحة للحلول الرقمية",
        role="مهندس بيانات",
        org=("careers@alwaha-digital.ae", "الموارد البشرية"),
        desc="عزيزي Alex،\nيسعدنا دعوتك لإجراء مقابلة لوظيفة مهندس بيانات في الواحة للحلول الرقمية.\nمع أطيب التحيات",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWx3YWhh%40thread.v2/0",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "Interview | Rimal Logistics | رمال للخدمات اللوجستية",
        interview=True,
        company="Rimal Logistics",
        role="Operations Analyst",
        org=("talent@rimal-logistics.sa", "Rimal Talent"),
        desc="Operations Analyst - first interview.\nرمال للخدمات اللوجستية",
        zone="Asia/Riyadh",
    )
    # Hebrew
    _x(
        "ראיון עבודה - נחשון סייבר",
        interview=True,
        company="נחשון סייבר",
        role="חוקר אבטחה",
        org=("jobs@nachshon-cyber.co.il", "גיוס נחשון"),
        desc="היי Alex,\nנשמח לפגוש אותך לראיון לתפקיד חוקר אבטחה.\nצוות הגיוס, נחשון סייבר",
        zone="Asia/Jerusalem",
    )
    _x(
        "ראיון טכני (Tamar Bio)",
        interview=True,
        company="Tamar Bio",
        role=None,
        org=("noa@tamarbio.com", "Noa Levi"),
        meet="meet",
        zone="Asia/Jerusalem",
    )
    # Thai
    _x(
        "สัมภาษณ์งาน ตำแหน่ง Data Engineer - สยามดาต้า",
        interview=True,
        company="สยามดาต้า",
        role="Data Engineer",
        org=("hr@siamdata.co.th", "ฝ่ายบุคคล"),
        desc="เรียนคุณ Alex\nขอเชิญสัมภาษณ์งานตำแหน่ง Data Engineer\n\nบริษัท สยามดาต้า จำกัด",
        zone="Asia/Bangkok",
    )
    _x(
        "Interview - Chao Phraya Fintech (เจ้าพระยา ฟินเทค)",
        interview=True,
        company="Chao Phraya Fintech",
        role=None,
        org=("recruit@cpfintech.co.th", "CP Fintech Recruit"),
        conf=("Zoom Meeting", "https://zoom.us/j/96601287734"),
        zone="Asia/Bangkok",
    )


# --------------------------------------------------------------------------- awkward company names


def _awkward_company_names() -> None:
    # legal forms: dropped when only in a footer/address/signature, kept when the title writes them
    _x(
        "Interview Brenner & Vogt - Teamlead Data Platform",
        interview=True,
        company="Brenner & Vogt",
        role="Teamlead Data Platform",
        org=("karriere@brenner-vogt.de", "Brenner & Vogt Karriere"),
        desc="Hallo Alex,\nwir freuen uns auf das Gespräch.\n\nBrenner & Vogt GmbH · Amtsgericht München HRB 118220 · Geschäftsführer: K. Brenner",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista con Aurelia Pagos S.A.",
        interview=True,
        company="Aurelia Pagos S.A.",
        role="Ingeniero/a de Plataforma",
        org=("talento@aureliapagos.es", "Talento Aurelia"),
        desc="Hola Alex,\nte confirmamos la entrevista para Ingeniero/a de Plataforma en Aurelia Pagos S.A.\nUn saludo",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista - Analista de BI",
        interview=True,
        company="Serra Verde Agro",
        role="Analista de BI",
        org=("rh@serraverdeagro.com.br", "RH Serra Verde"),
        desc="Olá Alex,\nconfirmamos sua entrevista para a vaga de Analista de BI.\n\nAtenciosamente,\nRecursos Humanos\nSerra Verde Agro Ltda. — CNPJ 12.345.678/0001-90",
        zone="America/Sao_Paulo",
    )
    _x(
        "Interview with Alex Rivera (Senior QA Engineer)",
        interview=True,
        company="Indigo Loom Technologies",
        role="Senior QA Engineer",
        org=("talent@indigoloom.in", "Talent Team"),
        desc="Dear Alex,\nPlease join the technical round using the Teams link.\n\nRegards,\nDeepa Raghunathan\nTalent Acquisition\nIndigo Loom Technologies Pvt Ltd, Whitefield, Bengaluru 560066",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aW5kaWdv%40thread.v2/0",
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "Ashcombe plc - Assessment Centre (Graduate Technology Programme)",
        interview=True,
        company="Ashcombe plc",
        role="Graduate Technology Programme",
        org=("graduates@ashcombe.co.uk", "Ashcombe Early Careers"),
        desc="Group exercise, case interview and a 1:1 with a senior manager. Full day; lunch provided.",
        loc="Ashcombe House, 10 Finsbury Circus, London",
        zone="Europe/London",
    )
    _x(
        "Intervju Svala AB",
        interview=True,
        company="Svala AB",
        role=None,
        org=("anna.sjoberg@svala.se", "Anna Sjöberg"),
        zone="Europe/Stockholm",
        meet="meet",
    )
    _x(
        "Haastattelu: Revontuli Oy / Alex Rivera",
        interview=True,
        company="Revontuli Oy",
        role="Cloud Engineer",
        org=("rekry@revontuli.fi", "Revontuli Rekry"),
        desc="Hei Alex! Tervetuloa haastatteluun (Cloud Engineer).",
        zone="Europe/Helsinki",
    )
    _x(
        "Colloquio - Brunelli Meccanica S.p.A.",
        interview=True,
        company="Brunelli Meccanica S.p.A.",
        role="Responsabile IT",
        org=("selezione@brunellimeccanica.it", "Ufficio Selezione"),
        desc="Gentile Alex,\nla invitiamo a un colloquio per la posizione di Responsabile IT.",
        loc="Via dell'Industria 44, Brescia",
        zone="Europe/Rome",
    )
    # ampersands, hyphens, digits, dots, capitals, lowercase
    _x(
        "Pike&Finch / Alex - brand strategist convo",
        interview=True,
        company="Pike&Finch",
        role="Brand Strategist",
        org=("hello@pikeandfinch.co", "Pike&Finch"),
    )
    _x(
        "Hart & Moss Architects: Interview (BIM Coordinator)",
        interview=True,
        company="Hart & Moss Architects",
        role="BIM Coordinator",
        org=("studio@hartmoss.com", "Hart & Moss"),
        loc="Hart & Moss Architects, 3 Tanner's Yard",
    )
    _x(
        "Nord-Ost Logistik – Vorstellungsgespräch",
        interview=True,
        company="Nord-Ost Logistik",
        role=None,
        org=("bewerbung@nord-ost-logistik.de", "Bewerbermanagement"),
        zone="Europe/Berlin",
    )
    _x(
        "Interview - Kaas-Meyer Consulting - Round 1",
        interview=True,
        company="Kaas-Meyer Consulting",
        role=None,
        org=("recruiting@kaas-meyer.com", "Recruiting"),
        meet="meet",
    )
    _x(
        "42Works – intro w/ CTO",
        interview=True,
        company="42Works",
        role=None,
        org=("nikhil@42works.dev", "Nikhil Rao"),
        meet="meet",
    )
    _x(
        "3rd Rock Labs | ML Engineer | Tech screen",
        interview=True,
        company="3rd Rock Labs",
        role="ML Engineer",
        org=("hiring@3rdrocklabs.ai", "3rd Rock Hiring"),
        conf=("Zoom Meeting", "https://zoom.us/j/92200118345"),
    )
    _x(
        "Studio 9 interview (Art Director)",
        interview=True,
        company="Studio 9",
        role="Art Director",
        loc="Studio 9, 9 Orchard Row, Unit 2",
    )
    _x(
        "Interview @ Ledger.ly",
        interview=True,
        company="Ledger.ly",
        role=None,
        org=("team@ledger.ly", "Ledger.ly"),
        meet="meet",
    )
    _x(
        "J.R. Pemberton & Co. — Associate interview",
        interview=True,
        company="J.R. Pemberton & Co.",
        role="Associate",
        org=("recruiting@jrpemberton.com", "J.R. Pemberton Recruiting"),
        loc="J.R. Pemberton & Co., 1 Exchange Pl, 22nd Fl, New York",
    )
    _x(
        "VORTEK - Interview - Embedded Linux Engineer",
        interview=True,
        company="VORTEK",
        role="Embedded Linux Engineer",
        org=("jobs@vortek.eu", "VORTEK HR"),
        desc="VORTEK SYSTEMS GMBH · Hiring: Embedded Linux Engineer",
        zone="Europe/Berlin",
    )
    _x(
        "NEXUM intro",
        interview=True,
        company="NEXUM",
        role=None,
        org=("people@nexum.io", "NEXUM People"),
        desc="First conversation with NEXUM's talent team about open engineering roles.",
    )
    _x(
        "loopd ✦ design interview",
        interview=True,
        company="loopd",
        role="Product Designer",
        org=("jess@loopd.app", "jess from loopd"),
        desc="hey alex! looking forward to the product designer chat. we'll do a short portfolio walkthrough 🙂\n— jess, loopd",
        meet="meet",
    )
    _x(
        "plinth: engineering chat",
        interview=True,
        company="plinth",
        role=None,
        org=("marc@plinth.so", "Marc"),
    )
    # ordinary words, and names containing Group / Interview / Talent / Careers
    _x(
        "Harbor interview",
        interview=True,
        company="Harbor",
        role=None,
        org=("people@harbor.health", "Harbor People Team"),
        desc="Harbor is a care-navigation company. Your interview is with our Engineering Manager, Ivy Chen.",
        meet="meet",
    )
    _x(
        "Summit - final",
        interview=True,
        company="Summit",
        role=None,
        org=("recruiting@summit.app", "Summit Recruiting"),
        conf=("Zoom Meeting", "https://summit-app.zoom.us/j/88123004501"),
    )
    _x(
        "Compass? interview w/ Lou",
        interview=True,
        company=None,
        role=None,
        desc="lou's startup - not sure of the final name yet (they were calling it compass but rebranding)",
    )
    _x(
        "Beacon — Staff Product Manager — Panel",
        interview=True,
        company="Beacon",
        role="Staff Product Manager",
        org=("coordinator@beacon.tech", "Beacon Coordination"),
        meet="meet",
    )
    _x(
        "Interview with Corvane Group",
        interview=True,
        company="Corvane Group",
        role="Head of Internal Audit",
        org=("careers@corvanegroup.com", "Corvane Group Careers"),
        desc="Role: Head of Internal Audit (Group function)\nInterviewers: Group CFO, Director of Risk",
        loc="Corvane Group, 14 Queen St, Edinburgh",
        zone="Europe/London",
    )
    _x(
        "Interviewbase interview",
        interview=True,
        company="Interviewbase",
        role="Developer Advocate",
        org=("hiring@interviewbase.io", "Interviewbase Hiring"),
        desc="Yes, we build interview software — and yes, this is a real interview for our Developer Advocate role :)",
        meet="meet",
    )
    _x(
        "Interview with TalentForge",
        interview=True,
        company="TalentForge",
        role="Senior Frontend Engineer",
        org=("talent@talentforge.io", "TalentForge Talent"),
        desc="TalentForge (HR analytics SaaS) — Senior Frontend Engineer, first round with the hiring manager.",
        meet="meet",
    )
    _x(
        "Bright Careers - Interview - Content Lead",
        interview=True,
        company="Bright Careers",
        role="Content Lead",
        org=("jobs@brightcareers.org", "Bright Careers"),
        desc="Bright Careers is a non-profit helping young people into work. This is an interview for our Content Lead position.",
    )
    _x(
        "The Interview Group — Research Director interview",
        interview=True,
        company="The Interview Group",
        role="Research Director",
        org=("hr@interviewgroup.com", "The Interview Group HR"),
        desc="The Interview Group is a market research agency. Interview for Research Director with our MD.",
    )


# --------------------------------------------------------------------------- brands and parents


def _brands_and_parents() -> None:
    _x(
        "Pebble Pay - Engineering Manager interview",
        interview=True,
        company="Pebble Pay",
        role="Engineering Manager",
        org=("recruiting@corvanegroup.com", "Corvane Group Recruiting"),
        desc="Pebble Pay (a Corvane Group company) is hiring an Engineering Manager for its Lisbon hub.",
        meet="meet",
    )
    _x(
        "Corvane Group interview - Pebble Pay product team",
        interview=True,
        company="Corvane Group",
        role="Product Manager",
        org=("recruiting@corvanegroup.com", "Corvane Group Recruiting"),
        desc="You'd be employed by Corvane Group and work on Pebble Pay. Role: Product Manager.",
    )
    _x(
        "Interview - Saltire Digital",
        interview=True,
        company="Saltire Digital",
        role=None,
        org=("people@hadleyholdings.com", "Hadley People Services"),
        desc="Hadley People Services arranges hiring for all Hadley brands.\n\nSaltire Digital Ltd is a subsidiary of Hadley Holdings plc.",
    )
    _x(
        "Moss - Product Designer - 1st round",
        interview=True,
        company="Moss",
        role="Product Designer",
        org=("careers@harrowgatebank.com", "Harrowgate Bank Careers"),
        desc="Moss is Harrowgate Bank's mobile-first banking brand. You'll meet the Moss design lead.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bW9zcw%40thread.v2/0",
        ),
    )
    _x(
        "Interview",
        interview=True,
        company="Fernhill Studios",
        role="Gameplay Programmer",
        org=("jobs@ostwickmedia.com", "Ostwick Media Jobs"),
        desc="Ostwick Media Group\nStudio: Fernhill Studios\nPosition: Gameplay Programmer",
    )
    _x(
        "Nimbus Kitchens by Marlowe — Ops interview",
        interview=True,
        company="Nimbus Kitchens",
        role="Operations Manager",
        org=("recruit@mk-hr.net", "Recruitment"),
        desc="Operations Manager for Nimbus Kitchens, the delivery-only brand of Marlowe Kitchens.",
    )
    _x(
        "Velora (formerly Quillon Bio) – Scientist II",
        interview=True,
        company="Velora",
        role="Scientist II",
        org=("talent@velora.bio", "Velora Talent"),
        meet="meet",
    )
    _x(
        "Interview with Kelpie (Kelpie Health Ventures)",
        interview=True,
        company="Kelpie",
        role=None,
        org=("hr@kelpiehealth.com", "Kelpie HR"),
    )


# --------------------------------------------------------------------------- title shapes


def _title_shapes() -> None:
    _x(
        "Senior PM | Lumio",
        interview=True,
        company="Lumio",
        role="Senior PM",
        org=("priya.natarajan@lumio.io", "Priya Natarajan"),
        meet="meet",
    )
    _x(
        "Lumio — Senior PM — Final",
        interview=True,
        company="Lumio",
        role="Senior PM",
        org=("priya.natarajan@lumio.io", "Priya Natarajan"),
        att=[person("ceo@lumio.io", "Daniel Sato")],
        loc="Lumio, 500 Howard St, San Francisco",
    )
    _x(
        "[Lumio] Onsite: System Design",
        interview=True,
        company="Lumio",
        role=None,
        org=("interviews@lumio.io", "Lumio Interviews"),
        att=[person("raj.mehta@lumio.io", "Raj Mehta")],
        loc="Lumio HQ - Room Kepler",
    )
    _x(
        "Onsite at Kettlewell (Staff Data Engineer)",
        interview=True,
        company="Kettlewell",
        role="Staff Data Engineer",
        org=("recruiting@kettlewell.com", "Kettlewell Recruiting"),
        loc="Kettlewell, 77 Dock St, Philadelphia",
    )
    _x(
        "Staff Data Engineer @ Kettlewell",
        interview=True,
        company="Kettlewell",
        role="Staff Data Engineer",
    )
    _x(
        "Kettlewell x Alex",
        interview=True,
        company="Kettlewell",
        role=None,
        org=("hana@kettlewell.com", "Hana Ruiz"),
        meet="meet",
    )
    _x(
        "Interview\r\nMarisol - Round 2",
        interview=True,
        company="Marisol",
        role=None,
        org=("rrhh@marisol.cl", "RRHH Marisol"),
        desc="Marisol Ltda. — Recursos Humanos",
        zone="America/Santiago",
    )
    _x(
        "Alex Rivera\nSenior Analyst – Brightmoor",
        interview=True,
        company="Brightmoor",
        role="Senior Analyst",
        org=("talent@brightmoor.ca", "Brightmoor Talent"),
        zone="America/Toronto",
    )
    _x(
        "[REQ-4471] Senior Analyst - Brightmoor - Phone Screen",
        interview=True,
        company="Brightmoor",
        role="Senior Analyst",
        org=("talent@brightmoor.ca", "Brightmoor Talent"),
        zone="America/Toronto",
    )
    _x(
        "Brightmoor: Alex Rivera / Senior Analyst / Round 3 / Toronto, ON (hybrid)",
        interview=True,
        company="Brightmoor",
        role="Senior Analyst",
        org=("talent@brightmoor.ca", "Brightmoor Talent"),
        loc="Brightmoor, 180 Bay St, Toronto ON",
        zone="America/Toronto",
    )
    _x(
        "🚀 loopd final round 🤞",
        interview=True,
        company="loopd",
        role=None,
    )
    _x(
        "Interview - Quillmark (rescheduled) - CONFIRMED",
        interview=True,
        company="Quillmark",
        role=None,
        org=("bea.sandoval@quillmark.com", "Bea Sandoval"),
    )
    _x(
        "Updated invitation: Halden / Data Platform Lead / 2nd interview @ Thu 10am (PDT)",
        interview=True,
        company="Halden",
        role="Data Platform Lead",
        org=("talent@halden.io", "Halden Talent"),
        meet="meet",
    )
    _x(
        "Platform Engineer, Payments (Remote - US) - Tallis - Hiring Manager Screen - #8812",
        interview=True,
        company="Tallis",
        role="Platform Engineer, Payments",
        org=("no-reply@ashbyhq.com", "Ashby"),
    )
    _x(
        "FW: Interview – Alex Rivera – Cinder & Slate – Lead UX Researcher",
        interview=True,
        company="Cinder & Slate",
        role="Lead UX Researcher",
        org=("maria.ocampo@cinderslate.com", "Maria Ocampo"),
    )
    _x(
        "Phone screen w/ recruiter (Orbitra) — don't forget salary range!",
        interview=True,
        company="Orbitra",
        role=None,
    )
    _x(
        "Orbitra 2/4: coding",
        interview=True,
        company="Orbitra",
        role=None,
        org=("loops@orbitra.com", "Orbitra Loops"),
    )
    _x(
        "Interview: Product Ops Lead, Wayfarer Travel (London / hybrid) ✈️",
        interview=True,
        company="Wayfarer Travel",
        role="Product Ops Lead",
        org=("talent@wayfarertravel.co.uk", "Wayfarer Talent"),
        zone="Europe/London",
    )
    _x(
        "Alex <> Gilded Owl - case interview - pls bring calculator",
        interview=True,
        company="Gilded Owl",
        role=None,
        loc="Gilded Owl Partners, 60 State St, 12th floor",
    )
    _x(
        "Trial day – Fig & Fennel kitchen",
        interview=True,
        company="Fig & Fennel",
        role=None,
        desc="paid trial shift with head chef, bring knives + whites",
        loc="Fig & Fennel, 14 Market Sq",
    )
    _x(
        "Interview  -  -  Alex Rivera",
        interview=True,
        company=None,
        role=None,
        org=("noreply@myworkday.com", "Workday"),
        desc="Interview event. This is an automated message; please do not reply.",
    )
    _x(
        "INTERVIEW!!! harbor labs round 2",
        interview=True,
        company="Harbor Labs",
        role=None,
    )


# --------------------------------------------------------------------------- look-alikes: Alex interviews others at Initech


def _lookalikes_at_initech() -> None:
    _x(
        "Interview Loop: Jordan Pike - Senior Backend Engineer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("interviews@initech.com", "Initech Interviews"),
        desc="You are interviewing Jordan Pike (Senior Backend Engineer).\nYour session: System Design, 11:00-12:00\nInterviewer kit: https://app.greenhouse.io/guides/882031\n\nThis interview was scheduled with GoodTime.",
        meet="meet",
    )
    _x(
        "Interview with Jordan Pike",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="Interviewer: Alex Rivera\nCandidate: Jordan Pike\nJob: Senior Backend Engineer (Initech)\nScorecard due within 24h.\nSent via Greenhouse",
    )
    _x(
        "CoderPad Interview - Priyanka Shah",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Pad: https://app.coderpad.io/INI-4421\nInterviewer: Alex Rivera\nCandidate: Priyanka Shah\nQuestion bank: rate-limiter (medium)",
        meet="meet",
    )
    _x(
        "HackerRank Interview: Tomasz Wolny (you are interviewing)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noreply@hackerrank.com", "HackerRank"),
        desc="Initech has added you as an interviewer.\nCandidate: Tomasz Wolny\nRole: Data Engineer II\nJoin: https://www.hackerrank.com/interviews/ini-0c1",
    )
    _x(
        "[ModernLoop] You're interviewing: Mae Ellison - Product Analyst",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@modernloop.io", "ModernLoop"),
        desc="Interviewer: Alex Rivera\nFocus area: SQL & metrics\nPlease submit feedback in Greenhouse.\nPowered by ModernLoop",
    )
    _x(
        "Phone screen: Luis Carvalho (Staff Engineer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.fry@initech.com", "Dana Fry"),
        desc="Hiring manager screen - Alex is HM. Resume attached in Ashby.",
    )
    _x(
        "Debrief: Jordan Pike",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("interviews@initech.com", "Initech Interviews"),
        att=[person("dana.fry@initech.com", "Dana Fry"), person("ken.ito@initech.com", "Ken Ito")],
    )
    _x(
        "Hiring committee - Backend roles",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.fry@initech.com", "Dana Fry"),
    )
    _x(
        "Interviewer training: system design calibration",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ld@initech.com", "Initech L&D"),
        desc="Required for anyone on the backend interview panel. Bring one past scorecard.",
    )
    _x(
        "Karat results review - Q3 backend pipeline",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.fry@initech.com", "Dana Fry"),
        desc="Walk through Karat interview recordings for the 6 candidates who passed the first round; decide who goes to onsite.",
    )
    _x(
        "Onsite - Ravi Menon - Engineering Manager (lunch buddy)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("interviews@initech.com", "Initech Interviews"),
        loc="Initech HQ, Cafe level 2",
    )
    _x(
        "Alex Rivera / Nadia Brooks - Intern interview",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="You are the interviewer. Candidate: Nadia Brooks (Summer 2025 SWE intern).",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/81100223344"),
    )
    _x(
        "Interview: Sofia Marin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@ashbyhq.com", "Ashby"),
        desc="Interviewers: Alex Rivera, Ken Ito\nCandidate: Sofia Marin\nJob: Product Designer (Initech)\nFeedback form: https://app.ashbyhq.com/feedback/11872",
    )
    _x(
        "Reference call for Jordan Pike",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Alex to call Jordan's former manager at Quorra. Questions in doc.",
    )
    _x(
        "1:1 with Dana",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("dana.fry@initech.com", "Dana Fry"),
    )
    _x(
        "Mid-year review - Alex Rivera",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Performance review conversation with your manager.",
    )
    _x(
        "Internal transfer chat - Platform team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ken.ito@initech.com", "Ken Ito"),
        desc="Informal chat about the Platform team opening; not a formal internal interview, just context.",
    )
    _x(
        "Codility Live - candidate Emre Kaya (Initech)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@codility.com", "Codility"),
        desc="You have been assigned as interviewer for a Codility Live session.\nCandidate: Emre Kaya\nSession: https://app.codility.com/live/ini-88",
    )
    _x(
        "Interview shadow: watch Ken run a system design round",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ken.ito@initech.com", "Ken Ito"),
    )
    _x(
        "Exit interview - Marco (cover for HR)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
    )


# --------------------------------------------------------------------------- look-alikes: vendors and the same tools


def _lookalikes_vendor_tools() -> None:
    _x(
        "GoodTime demo - Initech Talent team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae.lucas@goodtime.io", "Lucas Perrin"),
        desc="Demo of GoodTime Hire for Initech's recruiting coordinators: interviewer load balancing, candidate itineraries.",
        conf=("Zoom Meeting", "https://goodtime.zoom.us/j/83399001122"),
    )
    _x(
        "ModernLoop <> Initech | pilot kickoff",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("csm@modernloop.io", "ModernLoop Customer Success"),
    )
    _x(
        "Karat x Initech - intro",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("partnerships@karat.io", "Karat Partnerships"),
        desc="Karat can run first-round technical interviews on behalf of Initech. Agenda: pricing, Interview Engineer quality, calibration.",
    )
    _x(
        "HackerRank for Work - renewal call",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("renewals@hackerrank.com", "HackerRank Renewals"),
    )
    _x(
        "CoderPad Interview — product demo",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sales@coderpad.io", "CoderPad Sales"),
        desc="Walkthrough of CoderPad Interview for your engineering hiring team, incl. the new take-home workflow.",
    )
    _x(
        "Codility pricing Q&A",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("b.nowak@codility.com", "Bartek Nowak"),
    )
    _x(
        "HireVue Live - platform walkthrough",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("events@hirevue.com", "HireVue"),
        desc="Webinar: running structured live interviews at scale.",
    )
    _x(
        "Paradox (Olivia) sales call",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sdr@paradox.ai", "Paradox"),
        desc="Conversational recruiting for hourly hiring - discovery call.",
    )
    _x(
        "Greenhouse implementation check-in",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("onboarding@greenhouse.io", "Greenhouse Onboarding"),
    )
    _x(
        "Ashby vs Lever: eval session",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="compare interview scheduling + reporting before the ATS decision",
    )
    _x(
        "Teamtailor demo (careers site)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("demo@teamtailor.com", "Teamtailor"),
    )
    _x(
        "Randell Staffing - quarterly vendor review",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("kevin.mahler@randellstaffing.com", "Kevin Mahler"),
        desc="Review contractor placements at Initech, rates and open reqs.",
    )
    _x(
        "Altmoor Executive Search - VP Eng search kickoff (Initech)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("e.vandermeer@altmoor-search.com", "Elise van der Meer"),
        desc="Briefing meeting: Initech is the client; Alex sits on the hiring panel for the VP Engineering search.",
    )
    _x(
        "Alex Rivera and Jamie Cho",
        interview=False,
        company=None,
        role=None,
        org=("jamie@chocuts.com", "Jamie Cho"),
        desc="Event Name: Haircut (45 min)\n\nLocation: Cho Cuts, 19 Elm St\n\nPowered by Calendly.com",
        loc="Cho Cuts, 19 Elm St",
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Tom Reyes",
        interview=False,
        company=None,
        role=None,
        org=("tom@reyesfinancialplanning.com", "Tom Reyes"),
        desc="Event Name: Free financial planning consult\n\nPowered by Calendly.com",
    )
    _x(
        "Booking confirmed: Car service",
        interview=False,
        company=None,
        role=None,
        org=("bookings@northsideautos.onmicrosoft.com", "Northside Autos"),
        desc="Booked with Microsoft Bookings\nService: Annual service + MOT",
    )
    _x(
        "Tutoring session (YouCanBook.me)",
        interview=False,
        company=None,
        role=None,
        org=("noreply@youcanbook.me", "YouCanBook.me"),
        desc="Spanish conversation practice with Lucía.\nPowered by YouCanBook.me",
    )
    _x(
        "Podcast interview: The Build Log",
        interview=False,
        company=None,
        role=None,
        org=("host@buildlog.fm", "Rina Castle"),
        desc="What: Recording - guest episode with Alex Rivera on migrating to event-driven systems\nPowered by Cal.com",
        loc="https://riverside.fm/studio/buildlog",
    )
    _x(
        "User interview - Summit app feedback ($50 gift card)",
        interview=False,
        company=None,
        role=None,
        org=("research@summit.app", "Summit Research"),
        desc="Thanks for joining our user research study! We'll ask about how you plan trips. 30 min, recorded.\nScheduled via Calendly",
    )
    _x(
        "Interview with TechWeekly (quote for article)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("m.hale@techweekly.news", "Mina Hale"),
        desc="Press interview - comms approved. Topic: Initech's platform rewrite.",
    )


# --------------------------------------------------------------------------- look-alikes: prep, reminders, other people's interviews


def _lookalikes_prep_and_other() -> None:
    _x(
        "Prep: Lumio onsite (system design + PM case)",
        interview=False,
        company=None,
        role=None,
        desc="reread PRD examples, practice 2 estimation qs, review Lumio pricing page",
    )
    _x(
        "Research Halvorsen Maritime before final",
        interview=False,
        company=None,
        role=None,
        desc="annual report, fleet size, who's on the panel (LinkedIn)",
    )
    _x(
        "Kettlewell interview – review notes",
        interview=False,
        company=None,
        role=None,
        desc="go over what I said in round 1, questions to ask Hana",
    )
    _x(
        "Mock interview (Karat-style) with Jen",
        interview=False,
        company=None,
        role=None,
        org=("jen.okoro@gmail.com", "Jen Okoro"),
        desc="Jen plays interviewer, 60 min, medium LeetCode + debrief",
        meet="meet",
    )
    _x(
        "Mock system design - Brightmoor format",
        interview=False,
        company=None,
        role=None,
        org=("coach@interviewcraft.io", "Sam at InterviewCraft"),
        desc="Paid coaching session. Booked via Calendly.\nPowered by Calendly.com",
    )
    _x(
        "Send thank-you notes: Quillmark panel",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Deadline: HackerRank online assessment (Novaterra Energy)",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="90-min timed test, no interviewer. Must submit by 11:59pm.",
    )
    _x(
        "Take-home due - Tesserae",
        interview=False,
        company=None,
        role=None,
        all_day=True,
    )
    _x(
        "HireVue one-way video - record answers (Marrow Bio) by Fri",
        interview=False,
        company=None,
        role=None,
        desc="reminder: recorded, no live person. 5 questions, 3 min each",
    )
    _x(
        "Travel: train to Bergen for Halvorsen interview",
        interview=False,
        company=None,
        role=None,
        loc="Oslo S",
        zone="Europe/Oslo",
    )
    _x(
        "Hold - possible Orbitra onsite",
        interview=False,
        company=None,
        role=None,
        desc="placeholder, recruiter hasn't confirmed a date. keep free",
    )
    _x(
        "Jen's interview at Quillmark 🤞 (text her after)",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Drive Sam to Greyline Logistics interview",
        interview=False,
        company=None,
        role=None,
        loc="Greyline DC-4, 1900 Industrial Pkwy, Joliet",
    )
    _x(
        "US visa interview - consulate",
        interview=False,
        company=None,
        role=None,
        loc="U.S. Consulate General, Consular Section",
    )
    _x(
        "Career coaching: negotiating the Lumio offer",
        interview=False,
        company=None,
        role=None,
        org=("coach@interviewcraft.io", "Sam at InterviewCraft"),
    )
    _x(
        "Coffee w/ Dana (ex-Harbor Labs) - advice on their process",
        interview=False,
        company=None,
        role=None,
        desc="Dana left Harbor Labs last year; she'll tell me what the onsite is like. Not part of the process.",
        loc="Bluebird Coffee, 212 Mercer St",
    )
    _x(
        "Parent-teacher meeting (Ms. Alvarez)",
        interview=False,
        company=None,
        role=None,
        loc="Lincoln Elementary, Room 12",
    )
    _x(
        "Volunteer interview - food bank shift lead applicants",
        interview=False,
        company=None,
        role=None,
        org=("volunteers@eastsidefoodbank.org", "Eastside Food Bank"),
        desc="Thanks for helping us interview volunteer shift-lead applicants, Alex!",
    )
    _x(
        "Update LinkedIn + CV before Tallow chat",
        interview=False,
        company=None,
        role=None,
    )
    _x(
        "Block: practice CoderPad (Python) – Kestrel",
        interview=False,
        company=None,
        role=None,
        desc="solo practice on coderpad sandbox before the Kestrel Analytics round",
        loc="https://app.coderpad.io/sandbox",
    )
