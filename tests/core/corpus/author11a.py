# ruff: noqa: E501 -- data: event texts as written
"""Calendar corpus part author11a: written independently from the format description only.

Covers ~150 events for Alex Rivera: true interviews from many ATS/scheduler tools, terse
self-typed entries, agency/RPO interviews, split onsites, trial shifts, case studies,
assessment centres, public-sector/university/hospital panels, informal screens, and
interviews in 18 languages where the word "interview" often never appears; plus hard
negatives (Alex interviewing on the work calendar, mock interviews, coaching, press and
research interviews, reviews, webinars, fairs, appointments, viewings, titles, prep).
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author11a", **kw)


def build() -> None:
    _ats_english()
    _terse_self_typed()
    _agency_rpo()
    _onsites_trials_cases()
    _panels_public_sector()
    _informal_screens()
    _multilingual_interviews()
    _multilingual_interviews_more()
    _neg_interviewer_work()
    _neg_mock_coaching_prep()
    _neg_press_research_titles()
    _neg_reviews_internal()
    _neg_company_events()
    _neg_appointments()
    _neg_networking()
    _neg_multilingual_more()


# ---------------------------------------------------------------------------
# Interviews: ATS and scheduler output (English)
# ---------------------------------------------------------------------------


def _ats_english() -> None:
    _x(
        "Interview: Alex Rivera for Senior Backend Engineer (Halcyon Freight)",
        interview=True,
        company="Halcyon Freight",
        role="Senior Backend Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[
            person("marta.quell@halcyonfreight.com", "Marta Quell"),
            person("devon.ashe@halcyonfreight.com", "Devon Ashe"),
        ],
        desc="Hi Alex,\n\nYou're scheduled to interview with Halcyon Freight for the Senior Backend Engineer role.\n\nInterviewers:\n- Marta Quell, Engineering Manager\n- Devon Ashe, Staff Engineer\n\nFormat: 60 minutes, system design conversation. Please join from a quiet place with a laptop.\n\nPowered by Greenhouse",
        conf=("Zoom Meeting", "https://halcyonfreight.zoom.us/j/84120033917"),
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera <> Pinecone Ledger - Hiring Manager Screen",
        interview=True,
        company="Pinecone Ledger",
        role=None,
        org=("scheduling@hire.lever.co", "Pinecone Ledger Recruiting"),
        att=[person("r.okafor@pineconeledger.com", "Rita Okafor")],
        desc="Scheduled via Lever.\n\nCandidate: Alex Rivera\nInterviewer: Rita Okafor (Head of Data)\nDuration: 45 min\n\nPlease use the Google Meet link attached to this invitation.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview Invitation - Financial Systems Analyst - Req R-20817",
        interview=True,
        company="Corvane Insurance Group",
        role="Financial Systems Analyst",
        org=("corvane@myworkday.com", "Corvane Insurance Group"),
        desc="Dear Alex Rivera,\n\nThank you for your application to Corvane Insurance Group. We are pleased to invite you to an interview for Financial Systems Analyst (R-20817).\n\nInterview Type: Virtual - Microsoft Teams\nInterviewer(s): Paula Brandt, Director Finance Systems\n\nPlease do not reply to this automated message. Log in to your Workday candidate home to view details.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_corvane42",
        ),
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera / Northwind Robotics — Technical Interview",
        interview=True,
        company="Northwind Robotics",
        role=None,
        org=("no-reply@ashbyhq.com", "Northwind Robotics via Ashby"),
        att=[
            person("kai@northwindrobotics.io", "Kai Lindqvist"),
            person("priya@northwindrobotics.io", "Priya Menon"),
        ],
        desc="<p>Hi Alex,</p><p>Looking forward to your <b>technical interview</b> for the <b>Robotics Software Engineer, Perception</b> position.</p><p>You'll pair with Kai and Priya on a practical problem. Bring your preferred language; we use CoderPad.</p><p>— Northwind Robotics Talent Team</p><p><i>Scheduled with Ashby</i></p>",
        meet="meet",
    )
    _x(
        "Interview with Larchmont Hotels | Revenue Manager",
        interview=True,
        company="Larchmont Hotels",
        role="Revenue Manager",
        org=("noreply@smartrecruiters.com", "Larchmont Hotels Talent Acquisition"),
        desc="Hello Alex,\n\nYour interview for Revenue Manager at Larchmont Hotels has been confirmed.\n\nInterview with: Jonah Whitcombe, Area Director of Revenue\nLocation: Larchmont Grand, 411 Harbor Street, Suite 9, Baltimore, MD\n\nPlease arrive 10 minutes early and check in at the front desk.\n\nSmartRecruiters on behalf of Larchmont Hotels",
        loc="Larchmont Grand, 411 Harbor Street, Baltimore, MD 21202",
        zone="America/New_York",
    )
    _x(
        "Interview: Alex Rivera – Customer Success Manager",
        interview=True,
        company="Fjordlight",
        role="Customer Success Manager",
        org=("notifications@app.teamtailor.com", "Fjordlight"),
        att=[person("ingrid.holm@fjordlight.se", "Ingrid Holm")],
        desc="Hi Alex!\n\nThanks for booking a time with us at Fjordlight. Here are the details for your interview for Customer Success Manager.\n\nWho you'll meet: Ingrid Holm, Head of CS\nWhere: Video call (link below)\n\nSee you soon!\nTeam Fjordlight\n\nSent with Teamtailor",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3afjordlight77",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Interview Alex Rivera (Product Owner Payments)",
        interview=True,
        company="Brückner Mobility",
        role="Product Owner Payments",
        org=("recruiting@brueckner-mobility.personio.de", "Brückner Mobility Recruiting"),
        att=[person("s.vogel@brueckner-mobility.de", "Sabine Vogel")],
        desc="Hello Alex,\n\nas discussed, here is the invitation for your interview for the position Product Owner Payments at Brückner Mobility GmbH.\n\nParticipants: Sabine Vogel (Team Lead Product)\n\nBest regards\nYour Brückner Mobility recruiting team\n\n--\nThis invitation was created with Personio.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Alex Rivera - Data Engineer | Tulpgracht",
        interview=True,
        company="Tulpgracht",
        role="Data Engineer",
        org=("noreply@recruitee.com", "Tulpgracht"),
        att=[person("bram@tulpgracht.nl", "Bram de Wit")],
        desc="Interview scheduled through Recruitee.\n\nCandidate: Alex Rivera\nJob: Data Engineer\nInterviewer: Bram de Wit\nType: Video call\n\nJoin: https://meet.google.com/tul-pgra-cht",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "30 Minute Intro Call between Alex Rivera and Hannah Roy",
        interview=True,
        company="Quillmark Studio",
        role="Brand Designer",
        org=("hannah@quillmarkstudio.com", "Hannah Roy"),
        att=[person("hannah@quillmarkstudio.com", "Hannah Roy")],
        desc="Event Name: 30 Minute Intro Call\n\nPlease share anything that will help prepare for our meeting.: Applied for the Brand Designer opening via your careers page — looking forward to chatting!\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12\nReschedule: https://calendly.com/reschedulings/AB12\n\nPowered by Calendly.com\n\n---\nHannah Roy | Talent Partner, Quillmark Studio",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81234567890"),
    )
    _x(
        "Onsite Interview Loop – Alex Rivera (Staff Product Manager)",
        interview=True,
        company="Sable Harbor",
        role="Staff Product Manager",
        org=("scheduling@sableharbor.com", "Sable Harbor Recruiting Coordination"),
        att=[
            person("j.tran@sableharbor.com", "Jamie Tran"),
            person("o.bright@sableharbor.com", "Olu Bright"),
            person("m.castell@sableharbor.com", "Mae Castell"),
        ],
        desc="Hi Alex,\n\nHere is your interview schedule for Staff Product Manager at Sable Harbor:\n\n10:00 - 10:45  Product Sense with Jamie Tran\n10:45 - 11:30  Execution with Olu Bright\n11:30 - 12:00  Break\n12:00 - 12:45  Leadership & Collaboration with Mae Castell\n\nThis schedule was coordinated via GoodTime. Reply to this email if you need accommodations.",
        loc="Sable Harbor HQ, 88 Tidewater Ave, 4th floor, Seattle, WA",
    )
    _x(
        "[Interview] Alex Rivera — Frontend Engineer — Panel 2",
        interview=True,
        company="Gilded Finch",
        role="Frontend Engineer",
        org=("coordinator@gildedfinch.com", "Gilded Finch Recruiting"),
        att=[person("lee@gildedfinch.com", "Lee Park"), person("ana@gildedfinch.com", "Ana Solis")],
        desc="Candidate: Alex Rivera\nPosition: Frontend Engineer\nStage: Panel 2 of 3 (Architecture)\n\nInterviewers: Lee Park, Ana Solis\n\nScheduled with ModernLoop • Need to reschedule? Use the candidate portal link in your email.",
        meet="meet",
    )
    _x(
        "Interview with Ostrava Labs",
        interview=True,
        company="Ostrava Labs",
        role=None,
        org=("talent@ostravalabs.com", "Ostrava Labs Talent"),
        desc="This meeting was booked via Cronofy Scheduler.\n\nAttendee: Alex Rivera\nOrganizer: Ostrava Labs Talent\n\nAgenda: conversation with the engineering director about your background and the team.",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3aostrava"),
        zone="Europe/London",
    )
    _x(
        "Candidate interview - Pharmacy Technician",
        interview=True,
        company="Rowanbrook Pharmacy",
        role="Pharmacy Technician",
        org=("RowanbrookCareers@rowanbrook.onmicrosoft.com", "Rowanbrook Pharmacy Careers"),
        desc="Booking confirmation\n\nService: Candidate interview - Pharmacy Technician\nStaff: Denise Ortega\nBusiness: Rowanbrook Pharmacy\n\nYou can reschedule or cancel this booking from the link in your confirmation email.\n\nMicrosoft Bookings",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3arowanbook",
        ),
        zone="America/Denver",
    )
    _x(
        "Interview Scheduled: IT Support Specialist - Alex Rivera",
        interview=True,
        company="Keystone Civil Partners",
        role="IT Support Specialist",
        org=("hr@keystonecivil.com", "Keystone Civil Partners HR"),
        desc="Dear Alex Rivera,\n\nYour interview for IT Support Specialist at Keystone Civil Partners has been scheduled.\n\nInterview Mode: Telephonic\nInterviewer: Marcus Bell\nWe will call you on the number provided in your application.\n\nRegards,\nHR Team\n\n(Sent from Zoho Recruit)",
        zone="America/New_York",
    )
    _x(
        "Interview Confirmation: Registered Nurse - Cardiac ICU (Req 4471)",
        interview=True,
        company="St. Brigid Regional Medical Center",
        role="Registered Nurse - Cardiac ICU",
        org=("donotreply@icims.com", "St. Brigid Regional Medical Center"),
        desc="Alex,\n\nThank you for your interest in St. Brigid Regional Medical Center. This confirms your interview for Registered Nurse - Cardiac ICU (Req 4471).\n\nLocation: Main Campus, Tower B, 3rd Floor Nursing Administration, 2200 Alder Road\nPlease bring a copy of your RN license and a photo ID.\n\nTalent Acquisition",
        loc="2200 Alder Road, Tower B, 3rd Floor",
        zone="America/Chicago",
    )
    _x(
        "Alex Rivera - Office Manager Interview",
        interview=True,
        company="Tallgrass Dental Group",
        role="Office Manager",
        org=("careers@tallgrassdental.bamboohr.com", "Tallgrass Dental Group"),
        att=[person("erin@tallgrassdental.com", "Erin Mabry")],
        desc="Hi Alex, thanks for applying to be our Office Manager! Erin Mabry (Practice Owner) will meet you at our Elm Street office. Sent via BambooHR.",
        loc="Tallgrass Dental Group, 915 Elm St, Lawrence, KS",
        zone="America/Chicago",
    )
    _x(
        "Interview for Marketing Coordinator at Bayleaf Kitchens",
        interview=True,
        company="Bayleaf Kitchens",
        role="Marketing Coordinator",
        org=("bayleaf-kitchens@workablemail.com", "Bayleaf Kitchens"),
        desc="Hi Alex,\n\nYour interview with Bayleaf Kitchens for the Marketing Coordinator position is confirmed.\n\nInterviewer: Tessa Grant\nDuration: 30 minutes\n\nPowered by Workable",
        meet="meet",
    )
    _x(
        "Live Interview - Associate, Client Services",
        interview=True,
        company="Meridian Crest Bank",
        role="Associate, Client Services",
        org=("noreply@hirevue.com", "Meridian Crest Bank"),
        desc="Dear Alex,\n\nMeridian Crest Bank has invited you to a Live Interview on HireVue for the role Associate, Client Services.\n\nYour interviewer(s) will be: Gloria Pham\n\nJoin your interview: https://app.hirevue.com/interviews/live/7Qx93\nPlease test your camera and microphone in advance.",
        zone="America/New_York",
    )
    _x(
        "Pair programming session - Alex Rivera",
        interview=True,
        company="Lattice Bay",
        role=None,
        org=("eng-hiring@latticebay.dev", "Lattice Bay Engineering Hiring"),
        att=[person("nico@latticebay.dev", "Nico Albers")],
        desc="Hi Alex — this is the technical stage of our hiring process. You'll work through a small problem with Nico in CoderPad.\n\nPad: https://app.coderpad.io/QX7RT2M\nNo prep needed beyond being comfortable in one language.\n\nLattice Bay Talent",
        meet="meet",
    )
    _x(
        "HackerRank Live Interview: Alex Rivera - SDE II",
        interview=True,
        company="Cobaltline",
        role="SDE II",
        org=("recruiting@cobaltline.com", "Cobaltline Recruiting"),
        att=[person("hugo@cobaltline.com", "Hugo Lemaire")],
        desc="You have been invited to a live coding interview by Cobaltline.\n\nInterview link: https://www.hackerrank.com/interviews/cobaltline-sde2-8812\nInterviewer: Hugo Lemaire\n\nThe link becomes active 10 minutes before the start time.",
    )
    _x(
        "CodeSignal Interview - Alex Rivera x Emberwell",
        interview=True,
        company="Emberwell",
        role=None,
        org=("talent@emberwell.health", "Emberwell Talent"),
        att=[person("faye@emberwell.health", "Faye Gunnarsson")],
        desc="Live technical interview with Emberwell (Platform team).\n\nJoin: https://app.codesignal.com/live-interview/ab12cd\nVideo and audio are built into CodeSignal; no separate call link.",
        zone="America/New_York",
    )
    _x(
        "Conversation with the hiring team - Growth Analyst",
        interview=True,
        company="Marigold Pay",
        role="Growth Analyst",
        org=("people@marigoldpay.com", "Marigold Pay People Team"),
        att=[
            person("zane@marigoldpay.com", "Zane Idowu"),
            person("clara@marigoldpay.com", "Clara Mbeki"),
        ],
        desc="Hi Alex,\n\nNext step in your application for Growth Analyst: a 45-minute conversation with Zane (Head of Growth) and Clara (Senior Analyst). Expect questions about experiments you've run and a short metrics discussion.\n\nMarigold Pay People Team\nScheduled via Greenhouse",
        meet="meet",
    )
    _x(
        "Meet the team – Product Designer",
        interview=True,
        company="Hollowtree Games",
        role="Product Designer",
        org=("jobs@hollowtree.games", "Hollowtree Games"),
        att=[
            person("wren@hollowtree.games", "Wren Adair"),
            person("pax@hollowtree.games", "Pax Romero"),
        ],
        desc="Hi Alex! As the final step for the Product Designer role, you'll meet the people you'd be working with day-to-day. Informal, 45 minutes, bring questions. — Hollowtree Games (via Lever)",
        meet="meet",
    )
    _x(
        "Technical session — Alex R.",
        interview=True,
        company="Vantor Analytics",
        role=None,
        org=("hiring@vantoranalytics.com", "Vantor Analytics Hiring"),
        att=[person("d.kowal@vantoranalytics.com", "Dana Kowal")],
        desc="Follow-up to your recruiter call. Dana from our Analytics Engineering team will walk through a dbt/SQL exercise with you. Candidate portal: Ashby.",
        conf=("Zoom Meeting", "https://vantor.zoom.us/j/93312001"),
    )


# ---------------------------------------------------------------------------
# Interviews: terse entries typed by Alex or a recruiter
# ---------------------------------------------------------------------------


def _terse_self_typed() -> None:
    _x(
        "call w/ Sam @ Brightline",
        interview=True,
        company="Brightline",
        desc="recruiter screen. she'll call my cell",
    )
    _x(
        "2nd rd - Kestrel",
        interview=True,
        company="Kestrel",
        desc="w/ hiring mgr (Owen). case-ish questions, bring portfolio",
    )
    _x("Final - Orbit", interview=True, company="Orbit", loc="Orbit office, 3rd fl")
    _x(
        "HM chat — Copperleaf (eng mgr role)",
        interview=True,
        company="Copperleaf",
        role="Engineering Manager",
        meet="meet",
    )
    _x(
        "Loop day @ Granite Peak!!",
        interview=True,
        company="Granite Peak",
        desc="4 sessions back to back. eat lunch first. badge at reception",
        loc="Granite Peak, 200 Mission St",
    )
    _x(
        "tech screen - Redwater (SRE)",
        interview=True,
        company="Redwater",
        role="SRE",
        conf=("Zoom Meeting", "https://zoom.us/j/7710023"),
    )
    _x(
        "Sundial interview #3 - VP Eng",
        interview=True,
        company="Sundial",
        desc="with their VP Eng (Marco). last one before offer decision",
    )


# ---------------------------------------------------------------------------
# Interviews: agency / RPO naming the client
# ---------------------------------------------------------------------------


def _agency_rpo() -> None:
    _x(
        "Client interview: Alex Rivera with Ardent Biologics (via Talentbridge)",
        interview=True,
        company="Ardent Biologics",
        role="QA Validation Specialist",
        org=("megan.p@talentbridge-staffing.com", "Megan Pruitt (Talentbridge)"),
        att=[person("megan.p@talentbridge-staffing.com", "Megan Pruitt")],
        desc="Hi Alex,\n\nGreat news - Ardent Biologics would like to interview you for the QA Validation Specialist contract. Interviewer: Dr. Helen Yu, QA Director. It'll be on Teams; link below. Call me afterwards to debrief!\n\nMegan Pruitt | Senior Recruiter | Talentbridge Staffing",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3aardent"),
        zone="America/New_York",
    )
    _x(
        "Interview - Alex Rivera - Confidential client (FinTech, Series C)",
        interview=True,
        company=None,
        role="Head of Platform",
        org=("lucas@summitsearch.partners", "Lucas Haldane"),
        att=[person("lucas@summitsearch.partners", "Lucas Haldane")],
        desc="Alex, as discussed the client is keeping the search confidential at this stage. You'll meet their CTO for the Head of Platform position. Name will be shared after this round.\n\nLucas Haldane, Partner, Summit Search Partners",
        conf=("Zoom Meeting", "https://summitsearch.zoom.us/j/55510"),
    )
    _x(
        "Screening call with Talentbridge Staffing",
        interview=True,
        company="Talentbridge Staffing",
        role="Contract Data Analyst",
        org=("recruit@talentbridge-staffing.com", "Talentbridge Staffing"),
        desc="Initial screening for the Contract Data Analyst position. Note: this is a W-2 role employed by Talentbridge Staffing and placed on assignment with our clients.",
    )
    _x(
        "Alex Rivera | Hollis & Crane (client) | 1st interview",
        interview=True,
        company="Hollis & Crane",
        role="Paralegal",
        org=("rpo.scheduling@peoplesource-rpo.com", "PeopleSource RPO on behalf of Hollis & Crane"),
        desc="PeopleSource RPO is managing recruitment on behalf of Hollis & Crane LLP.\n\nPosition: Paralegal – Litigation\nInterviewers: Frances Doyle (Senior Associate), Paul Iverson (Office Administrator)\nLocation: Hollis & Crane LLP, 600 Grant Street, 21st floor",
        loc="600 Grant Street, 21st floor, Pittsburgh, PA",
        zone="America/New_York",
    )
    _x(
        "Teams: Alex Rivera / Calloway Energy - Project Controls",
        interview=True,
        company="Calloway Energy",
        role="Project Controls",
        org=("j.mbatha@axiomtalent.co.uk", "Jabu Mbatha"),
        desc="Hi Alex, confirming your interview with Calloway Energy's Head of PMO for the Project Controls role. They'll send the Teams link directly. Good luck! Jabu – Axiom Talent",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Interviews: onsites, trial shifts, case studies, assessment centres
# ---------------------------------------------------------------------------


def _onsites_trials_cases() -> None:
    _x(
        "Trial shift - Alex (line cook)",
        interview=True,
        company="Saltmarsh Bistro",
        role="Line Cook",
        org=("chef@saltmarshbistro.com", "Ramon Ibarra"),
        desc="Hey Alex, come in for a paid trial shift Thursday. Bring non-slip shoes and your knives if you have them. Ask for Ramon at the back door. — Saltmarsh Bistro",
        loc="Saltmarsh Bistro, 12 Pier Rd",
    )
    _x(
        "Case study presentation – Alex Rivera",
        interview=True,
        company="Holloway Strand Consulting",
        role="Senior Consultant",
        org=("recruiting@hollowaystrand.com", "Holloway Strand Recruiting"),
        att=[
            person("p.nair@hollowaystrand.com", "Preeti Nair"),
            person("g.orr@hollowaystrand.com", "Gavin Orr"),
        ],
        desc="Dear Alex,\n\nAs the next stage of the Senior Consultant process, please present your case study findings (20 min) followed by Q&A (25 min) with Preeti Nair and Gavin Orr. Slides can be shared on screen.\n\nKind regards,\nHolloway Strand Recruiting",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Assessment Centre - Graduate Scheme 2026 (Morning session)",
        interview=True,
        company="Brindle & Oak",
        role="Graduate Scheme",
        org=("earlycareers@brindleoak.co.uk", "Brindle & Oak Early Careers"),
        desc="Congratulations on reaching the Assessment Centre for the Brindle & Oak Graduate Scheme.\n\nAgenda:\n09:00 Welcome\n09:30 Group exercise\n11:00 Competency interview\n12:00 Written exercise\n\nVenue: Brindle & Oak, 5 Cheapside Court, London",
        loc="5 Cheapside Court, London EC2V",
        zone="Europe/London",
    )
    _x(
        "Onsite (Day 1 of 2) — Quorra Systems",
        interview=True,
        company="Quorra Systems",
        role=None,
        org=("candidates@quorrasystems.com", "Quorra Systems Candidate Experience"),
        desc="Day 1: coding + system design. Day 2 (tomorrow): behavioral + team match. Lunch with Ellie (buddy, not an evaluator). Parking validated at reception.",
        loc="Quorra Systems, 1 Foundry Way, Austin, TX",
        zone="America/Chicago",
    )
    _x(
        "Onsite (Day 2 of 2) — Quorra Systems",
        interview=True,
        company="Quorra Systems",
        role=None,
        org=("candidates@quorrasystems.com", "Quorra Systems Candidate Experience"),
        desc="Day 2: behavioral with Director of Engineering, then team match conversations.",
        loc="Quorra Systems, 1 Foundry Way, Austin, TX",
        zone="America/Chicago",
    )
    _x(
        "Take-home review / debrief w/ Fernhill team",
        interview=True,
        company="Fernhill",
        role=None,
        org=("ops@fernhill.app", "Fernhill"),
        att=[person("yusuf@fernhill.app", "Yusuf Aydın")],
        desc="We'll go through your take-home submission together and discuss trade-offs. This is the second technical stage.",
        meet="meet",
    )
    _x(
        "Working interview – Dental Hygienist",
        interview=True,
        company="Clearbrook Smiles",
        role="Dental Hygienist",
        org=("office@clearbrooksmiles.com", "Clearbrook Smiles"),
        desc="Half-day working interview. Please bring scrubs and your license. Dr. Patel will observe a cleaning.",
        loc="Clearbrook Smiles, 77 Orchard Ave",
    )
    _x(
        "Schnuppertag – Alex Rivera (Elektroniker)",
        interview=True,
        company="Hartwig Elektrotechnik",
        role="Elektroniker",
        org=("ausbildung@hartwig-elektro.de", "Hartwig Elektrotechnik"),
        desc="Hallo Alex,\n\nwie besprochen laden wir Sie zum Probearbeiten / Schnuppertag in unserer Werkstatt ein. Bitte Arbeitsschuhe mitbringen. Treffpunkt: Empfang, 7:30 Uhr.\n\nViele Grüße\nHartwig Elektrotechnik GmbH",
        loc="Industriestraße 14, 73033 Göppingen",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Interviews: panels and boards (public sector, universities, hospitals)
# ---------------------------------------------------------------------------


def _panels_public_sector() -> None:
    _x(
        "Selection Panel – Policy Officer (APS6) – Alex Rivera",
        interview=True,
        company="Department of Regional Infrastructure",
        role="Policy Officer (APS6)",
        org=(
            "recruitment@regionalinfra.gov.example",
            "Department of Regional Infrastructure Recruitment",
        ),
        desc="Dear Alex,\n\nYou are invited to attend a selection panel for the Policy Officer (APS6) vacancy, Department of Regional Infrastructure.\n\nPanel: Chair – Ms R. Ferris (EL1); Member – Mr D. Tan; Independent member – Dr K. Olsen.\nPlease bring photo identification. A 15-minute work sample will be provided on arrival.",
        loc="Level 3, 45 Marcus Clarke St",
        zone="Australia/Sydney",
    )
    _x(
        "Faculty search: campus visit – Alex Rivera (Assistant Professor, Computational Linguistics)",
        interview=True,
        company="Whitford University",
        role="Assistant Professor, Computational Linguistics",
        org=("linguistics-search@whitford.edu", "Linguistics Search Committee"),
        desc="Itinerary:\n9:00 Breakfast with search committee chair\n10:00 Job talk (Room 214, Hale Hall)\n11:30 Meeting with Dean of Arts & Sciences\n13:00 Teaching demonstration\n15:00 Graduate students",
        loc="Hale Hall, Whitford University",
        zone="America/New_York",
    )
    _x(
        "Board interview - Police Records Clerk",
        interview=True,
        company="City of Marlow Springs",
        role="Police Records Clerk",
        org=("hr@marlowsprings.gov.example", "City of Marlow Springs Human Resources"),
        desc="You have been selected for an oral board examination for the position of Police Records Clerk. Board members: Lt. A. Russo, Records Supervisor K. Beal, HR Analyst T. Ng. Report to City Hall, Room 110.",
        loc="City Hall, Room 110, 1 Civic Plaza",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview panel: Band 7 Clinical Nurse Specialist – Alex Rivera",
        interview=True,
        company="Northvale NHS Foundation Trust",
        role="Band 7 Clinical Nurse Specialist",
        org=("northvale.recruitment@nhs.example", "Northvale NHS Foundation Trust"),
        desc="Dear Alex Rivera\n\nThank you for your application for the post of Clinical Nurse Specialist (Band 7). You are invited to interview. The panel will consist of the Matron, Lead Nurse and an HR representative. You will be asked to give a 10 minute presentation on 'Improving discharge planning'.\n\nPlease bring: ID, proof of right to work, NMC PIN.\n\nVacancy reference: 341-N-2207",
        loc="Education Centre, Northvale General Hospital",
        zone="Europe/London",
    )
    _x(
        "Postdoc interview – Marine Ecology group",
        interview=True,
        company="Kessler Institute for Ocean Science",
        role="Postdoc",
        org=("m.beaumont@kessler-ocean.org", "Prof. Mireille Beaumont"),
        att=[
            person("m.beaumont@kessler-ocean.org", "Mireille Beaumont"),
            person("t.okoro@kessler-ocean.org", "Tunde Okoro"),
        ],
        desc="Dear Alex, thank you for applying to the postdoctoral position in my group at the Kessler Institute for Ocean Science. Please prepare a 15-min talk about your PhD work; then we'll have a conversation with Tunde (lab manager).",
        conf=("Zoom Meeting", "https://kessler.zoom.us/j/40012"),
        zone="Europe/Paris",
    )


# ---------------------------------------------------------------------------
# Interviews: informal screens that are part of a hiring process
# ---------------------------------------------------------------------------


def _informal_screens() -> None:
    _x(
        "Coffee chat - Alex Rivera x Lumenfold",
        interview=True,
        company="Lumenfold",
        role="Design Engineer",
        org=("grace@lumenfold.com", "Grace Whitlow"),
        att=[person("grace@lumenfold.com", "Grace Whitlow")],
        desc="Hey Alex — thanks for applying to the Design Engineer role! Before the formal loop, I like to do a casual 20-min coffee chat to get to know candidates and answer questions. No prep needed. — Grace, Eng Lead @ Lumenfold",
        meet="meet",
    )
    _x(
        "Intro chat: Alex + Parallax Health",
        interview=True,
        company="Parallax Health",
        role=None,
        org=("talent@parallaxhealth.com", "Parallax Health Talent"),
        desc="Thanks for your interest in joining Parallax Health! This first conversation is a chance for us to learn about your experience and for you to ask about the opening. 25 minutes.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Get to know each other – Alex & Rosalind (Beacon Tide)",
        interview=True,
        company="Beacon Tide",
        role="Chief of Staff",
        org=("rosalind@beacontide.vc", "Rosalind Achebe"),
        att=[person("rosalind@beacontide.vc", "Rosalind Achebe")],
        desc="Hi Alex, our recruiter passed along your application for Chief of Staff. I'd love a relaxed conversation before we decide on next steps. Coffee on me. — Rosalind, Managing Partner",
        loc="Blue Bottle, 66 Mint Plaza",
    )
    _x(
        "Founder chat (Stackyard) - next step in your application",
        interview=True,
        company="Stackyard",
        role=None,
        org=("ben@stackyard.dev", "Ben Okwu"),
        att=[person("ben@stackyard.dev", "Ben Okwu")],
        desc="Hey Alex, loved your take-home. Let's do a founder chat - mostly about motivation and how you'd approach the first 90 days. Ben",
        meet="meet",
    )


# ---------------------------------------------------------------------------
# Interviews: other languages (word "interview" mostly absent)
# ---------------------------------------------------------------------------


def _multilingual_interviews() -> None:
    # German
    _x(
        "Kennenlerngespräch Alex Rivera – Werkstudent Controlling",
        interview=True,
        company="Lindenhof Logistik",
        role="Werkstudent Controlling",
        org=("karriere@lindenhof-logistik.de", "Lindenhof Logistik Karriere"),
        att=[person("m.schuster@lindenhof-logistik.de", "Melanie Schuster")],
        desc="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Werkstudent Controlling. Gerne möchten wir Sie in einem ersten Kennenlerngespräch (ca. 30 Minuten) näher kennenlernen.\n\nIhre Gesprächspartnerin: Melanie Schuster, Teamleitung Controlling\n\nMit freundlichen Grüßen\nLindenhof Logistik GmbH & Co. KG",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3alindenhof",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch (2. Runde) – Senior Data Scientist",
        interview=True,
        company="Auerbach Versicherung",
        role="Senior Data Scientist",
        org=("recruiting@auerbach-versicherung.de", "Auerbach Versicherung AG – Recruiting"),
        desc="Sehr geehrte/r Alex Rivera,\n\nwir freuen uns, Sie zur zweiten Gesprächsrunde einzuladen. Teilnehmer: Dr. Jens Ritter (Bereichsleiter Analytics), Frau Kaya (HR Business Partner).\n\nOrt: Auerbach Versicherung AG, Königsallee 60, 40212 Düsseldorf, Empfang Haus A.\n\nBitte bringen Sie ein Ausweisdokument mit.",
        loc="Königsallee 60, 40212 Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "Fachgespräch mit dem Team (Backend)",
        interview=True,
        company="Kranich Software",
        role=None,
        org=("jobs@kranich-software.at", "Kranich Software Jobs"),
        att=[person("lukas.eder@kranich-software.at", "Lukas Eder")],
        desc="Servus Alex, nach dem ersten Gespräch mit HR folgt nun das Fachgespräch mit Lukas (Tech Lead). Dauer ca. 60 Min, inkl. kleiner Live-Coding-Aufgabe.\n\nErstellt mit Personio",
        meet="meet",
        zone="Europe/Vienna",
    )
    # French
    _x(
        "Entretien – Alex Rivera – Chef de projet digital (CDI)",
        interview=True,
        company="Maison Vautrin",
        role="Chef de projet digital",
        org=("recrutement@maisonvautrin.fr", "Maison Vautrin – Recrutement"),
        desc="Bonjour Alex,\n\nSuite à votre candidature pour le poste de Chef de projet digital (CDI), nous avons le plaisir de vous convier à un entretien avec Camille Dufresne, Directrice Marketing.\n\nAdresse : 18 rue de la Verrerie, 75004 Paris – 2e étage.\n\nCordialement,\nL'équipe Recrutement",
        loc="18 rue de la Verrerie, 75004 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Échange avec le manager – Ingénieur DevOps",
        interview=True,
        company="Nautilia",
        role="Ingénieur DevOps",
        org=("talents@nautilia.io", "Nautilia Talents"),
        att=[person("j.morel@nautilia.io", "Julien Morel")],
        desc="Bonjour Alex, comme convenu avec Sophie, voici l'invitation pour l'échange avec Julien, manager de l'équipe Plateforme, dans le cadre de votre candidature au poste d'Ingénieur DevOps. Envoyé via Welcome to the Jungle / Teamtailor.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevue – Analyste financier – Alex Rivera",
        interview=True,
        company="Caisse Boréale",
        role="Analyste financier",
        org=("dotation@caisseboreale.ca", "Caisse Boréale – Dotation"),
        desc="Bonjour Alex,\n\nNous vous confirmons votre entrevue pour le poste d'Analyste financier. Le comité de sélection sera composé de trois personnes.\n\nLieu : 1200, boul. René-Lévesque, Montréal",
        loc="1200 boul. René-Lévesque O, Montréal, QC",
        zone="America/Toronto",
    )
    # Spanish
    _x(
        "Entrevista Alex Rivera - Analista de Datos Sr.",
        interview=True,
        company="Grupo Almendral",
        role="Analista de Datos Sr.",
        org=("talento@grupoalmendral.mx", "Talento Grupo Almendral"),
        desc="Hola Alex,\n\nTe confirmamos tu entrevista para la vacante de Analista de Datos Sr. en Grupo Almendral. Te entrevistará Ricardo Salinas, Gerente de BI.\n\nModalidad: Google Meet.\n\n¡Mucho éxito!",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Charla con el equipo técnico - Proceso de selección",
        interview=True,
        company="Cimavera",
        role=None,
        org=("people@cimavera.es", "Cimavera People"),
        att=[person("irene@cimavera.es", "Irene Castaño"), person("pau@cimavera.es", "Pau Ferrer")],
        desc="Hola Alex, siguiente paso de tu proceso de selección en Cimavera: una charla técnica de 45 minutos con Irene y Pau. Hablaremos de tu experiencia y de un caso práctico.",
        meet="meet",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Entrevista com o gestor - Alex Rivera (Analista de Produto)",
        interview=True,
        company="Mandacaru Pagamentos",
        role="Analista de Produto",
        org=("recrutamento@mandacarupag.com.br", "Mandacaru Pagamentos - Gente & Gestão"),
        desc="Olá Alex!\n\nParabéns por avançar no processo seletivo para Analista de Produto. Sua entrevista com o gestor, Thiago Brandão, será por Google Meet.\n\nAbraços,\nTime de Gente & Gestão\n\nEnviado via Gupy",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa inicial – Engenheiro(a) de Software",
        interview=True,
        company="Estoril Digital",
        role="Engenheiro(a) de Software",
        org=("talento@estorildigital.pt", "Estoril Digital"),
        desc="Olá Alex, obrigado pela candidatura! Gostaríamos de marcar uma conversa inicial de 30 minutos para conhecer melhor o seu percurso.",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3aestoril"),
        zone="Europe/Lisbon",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Alex Rivera – Medior Frontend Developer",
        interview=True,
        company="Dijkstra & Vos",
        role="Medior Frontend Developer",
        org=("werken@dijkstravos.nl", "Dijkstra & Vos"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een eerste gesprek met Femke (teamlead) en Joris (developer).\n\nAdres: Oudegracht 210, Utrecht\n\nMet vriendelijke groet,\nDijkstra & Vos",
        loc="Oudegracht 210, 3511 NS Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Gesprek met Alex (vacature Zorgcoördinator)",
        interview=True,
        company="Zorggroep Heidezicht",
        role="Zorgcoördinator",
        org=("po@heidezicht.nl", "Zorggroep Heidezicht P&O"),
        desc="Selectiegesprek eerste ronde. Commissie: locatiemanager, teamleider en lid cliëntenraad.",
        loc="Heidezicht, Dennenlaan 4, Ede",
        zone="Europe/Amsterdam",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Alex Rivera – Account Manager",
        interview=True,
        company="Officine Berardi",
        role="Account Manager",
        org=("hr@officineberardi.it", "Officine Berardi HR"),
        desc="Gentile Alex,\n\na seguito della Sua candidatura per la posizione di Account Manager, siamo lieti di invitarLa a un colloquio conoscitivo con la dott.ssa Chiara Lombardi (HR).\n\nCordiali saluti",
        meet="meet",
        zone="Europe/Rome",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera (Specjalista ds. Zakupów)",
        interview=True,
        company="Wistula Trade",
        role="Specjalista ds. Zakupów",
        org=("rekrutacja@wistulatrade.pl", "Wistula Trade – Rekrutacja"),
        desc="Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Specjalista ds. Zakupów. Rozmowę poprowadzi Pani Agnieszka Wróbel (Kierownik Działu Zakupów).\n\nPozdrawiamy,\nDział HR",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3awistula"),
        zone="Europe/Warsaw",
    )
    # Swedish
    _x(
        "Intervju: Alex Rivera – UX-designer",
        interview=True,
        company="Norrsken Mobil",
        role="UX-designer",
        org=("notifications@app.teamtailor.com", "Norrsken Mobil"),
        desc="Hej Alex!\n\nTack för att du bokade en tid. Du träffar Elin Berg (Design Lead) för en första intervju om rollen som UX-designer.\n\nVi ses!\nNorrsken Mobil",
        meet="meet",
        zone="Europe/Stockholm",
    )
    # Danish
    _x(
        "Samtale vedr. stillingen som Projektleder",
        interview=True,
        company="Havnelys Energi",
        role="Projektleder",
        org=("job@havnelys.dk", "Havnelys Energi A/S"),
        desc="Kære Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til en første samtale om stillingen som Projektleder. Du skal mødes med Rasmus Kjær (afdelingschef) og Line Thomsen (HR).\n\nMed venlig hilsen\nHavnelys Energi",
        loc="Havnegade 39, 1058 København K",
        zone="Europe/Copenhagen",
    )
    # Finnish
    _x(
        "Työhaastattelu – Alex Rivera / Ohjelmistokehittäjä",
        interview=True,
        company="Kuusiranta Oy",
        role="Ohjelmistokehittäjä",
        org=("rekry@kuusiranta.fi", "Kuusiranta Rekry"),
        desc="Hei Alex,\n\nkiitos hakemuksestasi. Kutsumme sinut työhaastatteluun Ohjelmistokehittäjän tehtävään. Haastattelijoina Mikko Laine ja Sanna Virtanen.\n\nTerveisin,\nKuusiranta Oy",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3akuusi"),
        zone="Europe/Helsinki",
    )
    # Czech
    _x(
        "Pohovor – Alex Rivera – Účetní",
        interview=True,
        company="Vltavská stavební",
        role="Účetní",
        org=("personalni@vltavska-stavebni.cz", "Vltavská stavební a.s."),
        desc="Dobrý den,\n\nděkujeme za Váš zájem o pozici Účetní. Rádi bychom Vás pozvali na osobní pohovor s paní Novotnou (hlavní účetní).\n\nAdresa: Na Poříčí 12, Praha 1\n\nS pozdravem, personální oddělení",
        loc="Na Poříčí 12, 110 00 Praha 1",
        zone="Europe/Prague",
    )
    # Japanese
    _x(
        "【一次面接】アレックス・リベラ様（バックエンドエンジニア）",
        interview=True,
        company="株式会社ミナトテック",
        role="バックエンドエンジニア",
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        desc="アレックス・リベラ様\n\nこの度は弊社求人にご応募いただき誠にありがとうございます。\n一次面接を下記の通り実施いたします。\n\n面接官：開発部 部長 佐藤\n形式：オンライン（Google Meet）\n\n当日はどうぞよろしくお願いいたします。\n株式会社ミナトテック 人事部 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（ハコブネ株式会社）",
        interview=True,
        company="ハコブネ株式会社",
        role=None,
        org=("hr@hakobune.jp", "ハコブネ 採用チーム"),
        desc="カジュアル面談のご案内です。選考前に、事業内容やチームについてお話しし、ご経歴も伺えればと思います。ご応募の意思確認も兼ねております。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    # Korean
    _x(
        "[면접 안내] 알렉스 리베라님 - 데이터 엔지니어 2차 면접",
        interview=True,
        company="한빛페이",
        role="데이터 엔지니어",
        org=("recruit@hanbitpay.co.kr", "한빛페이 채용팀"),
        desc="안녕하세요 알렉스 리베라님,\n\n한빛페이 데이터 엔지니어 포지션 2차 면접 일정을 안내드립니다.\n\n장소: 서울시 강남구 테헤란로 311, 12층\n면접관: 기술 리드 외 2인\n\n감사합니다.\n한빛페이 채용팀",
        loc="서울시 강남구 테헤란로 311, 12층",
        zone="Asia/Seoul",
    )
    # Chinese
    _x(
        "面试邀请：产品经理 - Alex Rivera",
        interview=True,
        company="青岚科技",
        role="产品经理",
        org=("hr@qinglan-tech.cn", "青岚科技 招聘组"),
        desc="Alex 您好，\n\n感谢您投递青岚科技产品经理职位。现邀请您参加第一轮面试（视频面试，约45分钟）。面试官：产品总监 王磊。\n\n腾讯会议号：583 221 907\n\n祝好！\n青岚科技人力资源部",
        zone="Asia/Shanghai",
    )
    _x(
        "與Alex Rivera的面談 – 軟體工程師",
        interview=True,
        company="海峽智能",
        role="軟體工程師",
        org=("talent@straitai.tw", "海峽智能 人才招募"),
        desc="您好，感謝您應徵海峽智能軟體工程師職缺，誠摯邀請您參加技術面談。",
        meet="meet",
        zone="Asia/Taipei",
    )
    # Turkish
    _x(
        "İş Görüşmesi - Alex Rivera - İK Uzmanı",
        interview=True,
        company="Boğaziçi Gıda",
        role="İK Uzmanı",
        org=("kariyer@bogazicigida.com.tr", "Boğaziçi Gıda Kariyer"),
        desc="Merhaba Alex,\n\nİK Uzmanı pozisyonu için yaptığınız başvuru kapsamında sizi yüz yüze görüşmeye davet etmek isteriz.\n\nAdres: Büyükdere Cad. No:185, Levent / İstanbul\n\nİyi günler dileriz.",
        loc="Büyükdere Cad. No:185, Levent, İstanbul",
        zone="Europe/Istanbul",
    )
    # Hebrew
    _x(
        "ראיון עבודה - אלכס ריברה - מפתח/ת Full Stack",
        interview=True,
        company="גלבוע סייבר",
        role="מפתח/ת Full Stack",
        org=("jobs@gilboa-cyber.co.il", "גלבוע סייבר - גיוס"),
        desc="היי אלכס,\n\nשמחים להזמין אותך לראיון טכני למשרת מפתח/ת Full Stack. המראיינים: דנה לוי (ראש צוות) ויואב כהן.\n\nכתובת: מגדל הים, רחוב הארבעה 21, תל אביב, קומה 17",
        loc="הארבעה 21, תל אביב",
        zone="Asia/Jerusalem",
    )
    # Arabic
    _x(
        "مقابلة شخصية - Alex Rivera - محاسب أول",
        interview=True,
        company="مجموعة الواحة القابضة",
        role="محاسب أول",
        org=("careers@alwaha-holding.ae", "مجموعة الواحة القابضة - الموارد البشرية"),
        desc="السيد أليكس ريفيرا المحترم،\n\nيسرنا دعوتكم لحضور مقابلة شخصية لوظيفة محاسب أول في مجموعة الواحة القابضة.\n\nالمكان: برج الواحة، الطابق 22، شارع الشيخ زايد، دبي\n\nمع التحية،\nإدارة الموارد البشرية",
        loc="برج الواحة، شارع الشيخ زايد، دبي",
        zone="Asia/Dubai",
    )
    # Hindi
    _x(
        "साक्षात्कार - Alex Rivera - सॉफ्टवेयर डेवलपर",
        interview=True,
        company="नवरंग सॉफ्टटेक",
        role="सॉफ्टवेयर डेवलपर",
        org=("hr@navrangsofttech.in", "नवरंग सॉफ्टटेक एचआर"),
        desc="प्रिय एलेक्स,\n\nसॉफ्टवेयर डेवलपर पद के लिए आपके आवेदन के संदर्भ में, आपको तकनीकी साक्षात्कार के लिए आमंत्रित किया जाता है। साक्षात्कारकर्ता: श्री राहुल वर्मा (टेक लीड)।\n\nधन्यवाद,\nएचआर टीम, नवरंग सॉफ्टटेक",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "HR round - Kesari Fintech (Alex R)",
        interview=True,
        company="Kesari Fintech",
        role=None,
        org=("talent@kesarifintech.in", "Kesari Fintech Talent"),
        desc="Hi Alex, you've cleared the technical rounds. Your HR round is scheduled with Ms. Pooja Iyer. Please keep your current CTC and notice period details handy.",
        meet="meet",
        zone="Asia/Kolkata",
    )


# ---------------------------------------------------------------------------
# Hard negatives: Alex is the interviewer (work calendar)
# ---------------------------------------------------------------------------


def _neg_interviewer_work() -> None:
    _x(
        "Interview: Jordan Pike for Senior Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.pike@gmail.com", "Jordan Pike")],
        desc="Hi Alex,\n\nYou are scheduled to interview Jordan Pike for Senior Backend Engineer.\n\nYour focus area: System Design\nScorecard: please submit feedback in Greenhouse within 24 hours.\nInterview kit: https://app.greenhouse.io/interview_kits/8812",
        meet="meet",
    )
    _x(
        "Interviewer prep: Staff PM loop (candidate: M. Osei)",
        interview=False,
        me=WORK_ME,
        org=("talent-coord@initech.com", "Initech Talent Coordination"),
        desc="15-min sync for the interview panel before Maya Osei's onsite. Alex owns the execution round. Please review the resume and the rubric.",
        meet="meet",
    )
    _x(
        "Debrief - Frontend Engineer candidate (Lee Tan)",
        interview=False,
        me=WORK_ME,
        org=("hiring-mgr@initech.com", "Renee Dorsey"),
        att=[
            person("hiring-mgr@initech.com", "Renee Dorsey"),
            person("sam.k@initech.com", "Sam Kowalczyk"),
        ],
        desc="Hiring decision discussion. Submit your scorecards before joining.",
    )
    _x(
        "Phone screen – candidate Priya Raman (Data Analyst)",
        interview=False,
        me=WORK_ME,
        att=[person("priya.raman@outlook.com", "Priya Raman")],
        desc="I'm screening for the Data Analyst req. Questions: SQL window fns, stakeholder story, notice period.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/66120"),
    )
    _x(
        "Shadowing: coding interview (Alex as reverse-shadow)",
        interview=False,
        me=WORK_ME,
        org=("eng-interviewing@initech.com", "Initech Eng Interviewing"),
        desc="Interviewer training step 3: Alex leads the coding interview; Ravi shadows and gives feedback after. Candidate details in Greenhouse.",
        meet="meet",
    )
    _x(
        "Bewerbungsgespräch Kandidatin L. Brandt – Interviewer: Alex",
        interview=False,
        me=WORK_ME,
        org=("hr-berlin@initech.com", "Initech HR Berlin"),
        desc="Hallo Alex, du führst das Fachinterview mit Frau Brandt (Bewerbung Junior Developer). Bitte Feedbackbogen bis Freitag ausfüllen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat : Hugo Marchand (stage data)",
        interview=False,
        me=WORK_ME,
        org=("rh-paris@initech.com", "Initech RH Paris"),
        desc="Alex, tu fais passer l'entretien technique à Hugo Marchand pour le stage Data. Grille d'évaluation dans le drive.",
        zone="Europe/Paris",
    )
    _x(
        "Interview panel training (mandatory for hiring managers)",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning & Development"),
        desc="Structured interviewing, bias awareness, writing useful feedback. Required before joining any hiring panel.",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3atraining"),
    )
    _x(
        "Onsite lunch host – candidate Deepa N.",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="You're the lunch buddy for Deepa's onsite. Not an evaluated session - just make her feel welcome.",
        loc="Initech cafeteria",
    )
    _x(
        "Entrevista a candidato – Soporte N2 (yo entrevisto)",
        interview=False,
        me=WORK_ME,
        att=[person("martin.rojas@gmail.com", "Martín Rojas")],
        desc="Entrevista técnica a Martín Rojas para Soporte Nivel 2. Alex entrevista; completar evaluación en Greenhouse.",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Hard negatives: mock interviews, coaching, prep, helping friends
# ---------------------------------------------------------------------------


def _neg_mock_coaching_prep() -> None:
    _x(
        "Mock interview w/ Priya (system design)",
        interview=False,
        att=[person("priya.s@gmail.com", "Priya Sundar")],
        desc="Practice run before the real loops. She'll play interviewer, 45 min, then feedback.",
        meet="meet",
    )
    _x(
        "Pramp practice interview - Data Structures",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Your peer practice session is confirmed. You'll interview your peer for 30 min and then swap roles.",
    )
    _x(
        "Career coaching session #3 – salary negotiation",
        interview=False,
        org=("coach@brightpathcareers.com", "Joanna Reyes"),
        desc="We'll role-play the offer call and work on your counter. Homework: list of target comp numbers.",
        conf=("Zoom Meeting", "https://zoom.us/j/44410"),
    )
    _x(
        "Interview prep (block)",
        interview=False,
        desc="Review STAR stories, Halcyon Freight eng blog, system design notes. Do NOT schedule over this.",
    )
    _x(
        "Help Marco prep for his Vellum Systems interview",
        interview=False,
        att=[person("marco.bellini@gmail.com", "Marco Bellini")],
        desc="He has his onsite next week. I'll do two behavioral mocks with him.",
        loc="Marco's place",
    )
    _x(
        "Probe-Vorstellungsgespräch mit Coach",
        interview=False,
        org=("info@karriere-kompass.de", "Karriere Kompass Coaching"),
        desc="Simulation eines Vorstellungsgesprächs mit Videoanalyse und Feedback. Coaching-Paket 'Jobwechsel', Termin 2 von 4.",
        zone="Europe/Berlin",
    )
    _x(
        "Simulation d'entretien – atelier emploi",
        interview=False,
        org=("atelier@emploi-ateliers.fr", "Ateliers Emploi"),
        desc="Atelier collectif : préparer et simuler un entretien d'embauche. Apportez votre CV.",
        loc="Agence de Lyon Part-Dieu",
        zone="Europe/Paris",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        org=("career@univ-example.ac.jp", "キャリアセンター"),
        desc="就職活動支援の模擬面接です。本番の選考ではありません。フィードバックシートをお渡しします。",
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------------------
# Hard negatives: press, podcasts, user research, titles
# ---------------------------------------------------------------------------


def _neg_press_research_titles() -> None:
    _x(
        "Podcast interview: 'Shipping Data' ep. 42 (guest: Alex Rivera)",
        interview=False,
        org=("host@shippingdatapod.com", "Nadia Flores"),
        att=[person("host@shippingdatapod.com", "Nadia Flores")],
        desc="Thanks for coming on the show! We'll record ~50 min on Riverside. Topics: data contracts, your talk at DataConf.",
    )
    _x(
        "Press interview – TechWeekly re: Initech launch",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        desc="Journalist: Ben Ruiz (TechWeekly). Comms will be on the line. Talking points attached.",
    )
    _x(
        "User research interview – $50 gift card",
        interview=False,
        org=("research@dovetail-panel.com", "Research Team"),
        desc="Thanks for signing up for our study about how people manage household budgets. 45 min session, you'll receive a $50 gift card.",
        conf=("Zoom Meeting", "https://zoom.us/j/31899"),
    )
    _x(
        "Customer interviews (discovery) – 3 accounts",
        interview=False,
        me=WORK_ME,
        desc="Alex runs discovery interviews with Acme Foods, Brightway, and Pell & Co for the reporting redesign.",
    )
    _x(
        "Movie: Interview with the Vampire",
        interview=False,
        desc="Rooftop cinema w/ Sam",
        loc="Rooftop Cinema Club",
    )
    _x(
        "Book club – 'The Interview' by K. Mallory",
        interview=False,
        att=[person("laila.m@gmail.com", "Laila Mansour"), person("owen.b@gmail.com", "Owen Bray")],
        desc="Chapters 1-12. Laila hosting.",
    )
    _x(
        "Entrevista para la radio – Onda Local",
        interview=False,
        org=("produccion@ondalocal.es", "Onda Local Producción"),
        desc="Entrevista en directo sobre el voluntariado en el banco de alimentos. Duración 10 min.",
        zone="Europe/Madrid",
    )
    _x(
        "Interview für die Masterarbeit (Expertengespräch)",
        interview=False,
        org=("l.kramer@uni-example.de", "Lena Kramer"),
        desc="Leitfadengestütztes Experteninterview für meine Masterarbeit zu Data Governance. Dauer ca. 40 Minuten, wird aufgezeichnet.",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Hard negatives: reviews, 1:1s, exit interviews
# ---------------------------------------------------------------------------


def _neg_reviews_internal() -> None:
    _x(
        "Exit interview - Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Carla Ng (HRBP)"),
        desc="Confidential conversation about your experience at Initech. Please also return your laptop and badge to IT.",
    )
    _x(
        "Mid-year performance review",
        interview=False,
        me=WORK_ME,
        org=("renee.dorsey@initech.com", "Renee Dorsey"),
        desc="Self-assessment due beforehand in Lattice.",
    )
    _x(
        "Alex / Renee 1:1",
        interview=False,
        me=WORK_ME,
        org=("renee.dorsey@initech.com", "Renee Dorsey"),
        desc="weekly",
    )
    _x(
        "Mitarbeitergespräch 2025",
        interview=False,
        me=WORK_ME,
        org=("t.weber@initech.com", "Thomas Weber"),
        desc="Jährliches Mitarbeitergespräch: Zielvereinbarung und Entwicklung.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation",
        interview=False,
        me=WORK_ME,
        org=("c.leroy@initech.com", "Claire Leroy"),
        desc="Bilan de l'année et objectifs. Merci de remplir le formulaire d'auto-évaluation.",
        zone="Europe/Paris",
    )
    _x(
        "評価面談（上期）",
        interview=False,
        me=WORK_ME,
        org=("tanaka@initech.com", "田中 直樹"),
        desc="上期の目標達成度の振り返りと下期の目標設定。",
        zone="Asia/Tokyo",
    )
    _x(
        "Beoordelingsgesprek",
        interview=False,
        me=WORK_ME,
        org=("p.jansen@initech.com", "Pieter Jansen"),
        desc="Jaarlijks beoordelingsgesprek.",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa roczna – ocena okresowa",
        interview=False,
        me=WORK_ME,
        org=("k.nowak@initech.com", "Katarzyna Nowak"),
        desc="Coroczna rozmowa oceniająca z przełożonym.",
        zone="Europe/Warsaw",
    )


# ---------------------------------------------------------------------------
# Hard negatives: webinars, info sessions, career fairs by companies
# ---------------------------------------------------------------------------


def _neg_company_events() -> None:
    _x(
        "Webinar: Life at Halcyon Freight – Engineering Open House",
        interview=False,
        org=("events@halcyonfreight.com", "Halcyon Freight Events"),
        desc="Join our engineers for a live Q&A about our stack and culture. Open to everyone; registration confirmed. This is not part of any application process.",
        conf=("Zoom Webinar", "https://halcyonfreight.zoom.us/w/99120"),
        zone="America/Chicago",
    )
    _x(
        "Career Fair – Tech & Data (Convention Center Hall B)",
        interview=False,
        desc="bring 20 resumes. booths: Sable Harbor, Cobaltline, Marigold Pay",
        loc="Convention Center Hall B",
    )
    _x(
        "Info session: Brindle & Oak Graduate Scheme",
        interview=False,
        org=("earlycareers@brindleoak.co.uk", "Brindle & Oak Early Careers"),
        desc="Learn about our graduate programme and how to apply. Applications close on 30 November.",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3ainfo"),
        zone="Europe/London",
    )
    _x(
        "Jobmesse Stuttgart – Karrieretag IT",
        interview=False,
        desc="Messe Stuttgart, Halle 4. Lebensläufe ausdrucken!",
        loc="Messe Stuttgart, Halle 4",
        zone="Europe/Berlin",
    )
    _x(
        "会社説明会（オンライン）- ミナトテック",
        interview=False,
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        desc="会社説明会へのご参加ありがとうございます。事業紹介と社員座談会を予定しています。選考には影響しません。",
        zone="Asia/Tokyo",
    )
    _x(
        "Forum emploi – Salon des métiers du numérique",
        interview=False,
        desc="Stand 42, Paris Expo Porte de Versailles",
        loc="Paris Expo Porte de Versailles",
        zone="Europe/Paris",
    )
    _x(
        "Product demo: Greenhouse Recruiting for hiring teams",
        interview=False,
        me=WORK_ME,
        org=("events@greenhouse.io", "Greenhouse Events"),
        desc="Vendor demo of structured hiring features. Initech is evaluating ATS options.",
    )
    _x(
        "Jornada de puertas abiertas – Cimavera",
        interview=False,
        org=("eventos@cimavera.es", "Cimavera Eventos"),
        desc="Evento abierto para conocer la oficina y el equipo. Habrá networking y cerveza. Inscripción gratuita.",
        loc="Cimavera, Carrer de Pallars 108, Barcelona",
        zone="Europe/Madrid",
    )


# ---------------------------------------------------------------------------
# Hard negatives: visa, consulate, bank, doctor, flat viewings
# ---------------------------------------------------------------------------


def _neg_appointments() -> None:
    _x(
        "US Visa Interview – Consular Section",
        interview=False,
        desc="Bring DS-160 confirmation, passport, appointment letter, I-797. No electronics allowed.",
        loc="U.S. Consulate General, Frankfurt",
        zone="Europe/Berlin",
    )
    _x(
        "Green card interview (USCIS)",
        interview=False,
        desc="Marriage-based AOS interview. Bring originals + photos + joint lease.",
        loc="USCIS Field Office, 630 Sansome St",
    )
    _x(
        "Mortgage consultation – Meridian Crest Bank",
        interview=False,
        org=("appointments@meridiancrest.com", "Meridian Crest Bank"),
        desc="Your appointment with a Home Lending Advisor is confirmed. Bring recent pay stubs and two months of bank statements.",
        zone="America/New_York",
    )
    _x(
        "Wohnungsbesichtigung Kastanienallee 12, 3. OG",
        interview=False,
        desc="Makler: Herr Böhm, 0151 2345678. Schufa + Gehaltsnachweise mitbringen.",
        loc="Kastanienallee 12, 10435 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien préfecture – titre de séjour",
        interview=False,
        desc="Rendez-vous n° 48213. Apporter passeport, justificatif de domicile, photos.",
        loc="Préfecture de Police, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Cita en el banco – apertura de cuenta",
        interview=False,
        desc="Entrevista con el gestor para abrir la cuenta nómina. Llevar NIE y contrato.",
        loc="Banco Sabana, Calle Mayor 10, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Bezichtiging appartement Prinsengracht",
        interview=False,
        desc="Via makelaar Van Loon. Salarisstroken meenemen.",
        loc="Prinsengracht 401, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Flat viewing + landlord 'interview' – Camden",
        interview=False,
        desc="Flatshare: 3 housemates want to meet potential new flatmate. Bring references.",
        loc="14 Arlington Rd, London NW1",
        zone="Europe/London",
    )
    _x(
        "비자 인터뷰 - 주한 미국대사관",
        interview=False,
        desc="여권, DS-160 확인서, 인터뷰 예약 확인서 지참",
        loc="주한 미국대사관, 서울 종로구 세종대로 188",
        zone="Asia/Seoul",
    )
    _x(
        "Görüşme: Vize başvurusu – İtalya Konsolosluğu",
        interview=False,
        desc="Schengen vize başvurusu randevusu. Evrakları unutma.",
        loc="İtalya Başkonsolosluğu, Beyoğlu, İstanbul",
        zone="Europe/Istanbul",
    )


# ---------------------------------------------------------------------------
# Hard negatives: networking coffees without a selection purpose
# ---------------------------------------------------------------------------


def _neg_networking() -> None:
    _x(
        "Coffee w/ Dani (ex-Initech, now at Sable Harbor)",
        interview=False,
        desc="catch up, hear how she likes it there. no role open, just curious",
        loc="Ritual Coffee",
    )
    _x(
        "Virtual coffee – Women in Data meetup pairing",
        interview=False,
        org=("pairings@womenindata.org", "Women in Data"),
        desc="You've been matched with a community member for a 30-min informal chat. Enjoy!",
        meet="meet",
    )
    _x(
        "Kaffee mit Jana – Austausch Data Community",
        interview=False,
        desc="Einfach Austausch, sie baut gerade ein Analytics-Team auf – keine Bewerbung, nur Netzwerken.",
        loc="Café Frieda, Leipzig",
        zone="Europe/Berlin",
    )
    _x(
        "Meetup: Berlin Python – talk night",
        interview=False,
        desc="Talks on async + polars. Pizza sponsored by Kranich Software (they're hiring).",
        loc="Factory Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Sohbet: Emre ile kahve (sektör hakkında)",
        interview=False,
        desc="Eski iş arkadaşı, sadece sohbet ve sektör haberleri.",
        loc="Moda, Kadıköy",
        zone="Europe/Istanbul",
    )
    _x(
        "קפה עם נועה - היכרות מקצועית",
        interview=False,
        desc="נטוורקינג, לשמוע על עולם הסייבר. בלי משרה ספציפית.",
        zone="Asia/Jerusalem",
    )
    _x(
        "لقاء تعارفي مع مجموعة رواد الأعمال",
        interview=False,
        desc="لقاء شهري للتواصل بين رواد الأعمال في دبي. ليس مقابلة عمل.",
        loc="Dubai Design District",
        zone="Asia/Dubai",
    )
    _x(
        "Referral chat with Tomás (he's interviewing at Orbit too)",
        interview=False,
        desc="compare notes on Orbit process; he asked me for a referral at Initech",
    )


# ---------------------------------------------------------------------------
# More interviews in other languages
# ---------------------------------------------------------------------------


def _multilingual_interviews_more() -> None:
    _x(
        "Colloquio tecnico – 2° step – Sviluppatore Java",
        interview=True,
        company="Serravalle Informatica",
        role="Sviluppatore Java",
        org=("selezione@serravalle-informatica.it", "Serravalle Informatica – Selezione"),
        att=[person("f.gallo@serravalle-informatica.it", "Federico Gallo")],
        desc="Ciao Alex,\n\ncome anticipato telefonicamente, ti confermiamo il secondo step del processo di selezione: colloquio tecnico con Federico Gallo (Team Leader). Durata prevista 1 ora.\n\nA presto!",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3aserravalle",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Spotkanie z zespołem – etap 2 (Analityk Biznesowy)",
        interview=True,
        company="Mazurska Energia",
        role="Analityk Biznesowy",
        org=("kariera@mazurska-energia.pl", "Mazurska Energia – Kariera"),
        desc="Cześć Alex,\n\nzapraszamy na drugi etap procesu rekrutacyjnego: spotkanie z przyszłym zespołem i managerem. Przygotuj krótkie omówienie jednego projektu (10 min).\n\nZespół HR",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Träff med teamet – Alex Rivera (Backendutvecklare)",
        interview=True,
        company="Vindkraft Nord",
        role="Backendutvecklare",
        org=("rekrytering@vindkraftnord.se", "Vindkraft Nord Rekrytering"),
        desc="Hej Alex!\n\nNästa steg i rekryteringsprocessen är en träff med teamet på kontoret. Vi bjuder på fika. Ta med legitimation till receptionen.",
        loc="Kungsgatan 44, Umeå",
        zone="Europe/Stockholm",
    )
    _x(
        "Ansættelsessamtale – 2. runde – Økonomimedarbejder",
        interview=True,
        company="Limfjord Revision",
        role="Økonomimedarbejder",
        org=("hr@limfjord-revision.dk", "Limfjord Revision"),
        desc="Hej Alex\n\nTak for en god første samtale. Vi vil gerne se dig igen til 2. samtale med partner Søren Dahl. Du vil også få en lille case.\n\nVenlig hilsen\nLimfjord Revision",
        loc="Vesterå 8, 9000 Aalborg",
        zone="Europe/Copenhagen",
    )
    _x(
        "Tutustumiskeskustelu – Myyntipäällikkö",
        interview=True,
        company="Saimaan Teknik",
        role="Myyntipäällikkö",
        org=("rekrytointi@saimaanteknik.fi", "Saimaan Teknik"),
        desc="Hei Alex, kiitos hakemuksestasi Myyntipäällikön tehtävään! Sovitaan lyhyt tutustumiskeskustelu, jossa kerromme lisää tehtävästä ja kuulemme sinusta.",
        conf=("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3asaimaa"),
        zone="Europe/Helsinki",
    )
    _x(
        "Výběrové řízení – 2. kolo (QA Engineer)",
        interview=True,
        company="Moravia Code",
        role="QA Engineer",
        org=("hr@moraviacode.cz", "Moravia Code"),
        desc="Ahoj Alexi, posíláme pozvánku na druhé kolo výběrového řízení na pozici QA Engineer. Potkáš se s vedoucím týmu a jedním z testerů.",
        loc="Moravia Code, Cejl 62, Brno",
        zone="Europe/Prague",
    )
    _x(
        "커피챗 - 스텔라랩스 (프로덕트 디자이너 채용)",
        interview=True,
        company="스텔라랩스",
        role="프로덕트 디자이너",
        org=("people@stellalabs.kr", "스텔라랩스 피플팀"),
        desc="알렉스님 안녕하세요. 프로덕트 디자이너 포지션에 지원해 주셔서 감사합니다. 정식 면접 전에 편하게 30분 커피챗 진행하고자 합니다. 포트폴리오를 간단히 보여주시면 좋습니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Entrevista por competências – Trainee Engenharia",
        interview=True,
        company="Ipê Energia",
        role="Trainee Engenharia",
        org=("trainee@ipeenergia.com.br", "Programa Trainee Ipê Energia"),
        desc="Olá, Alex! Você foi aprovado(a) na dinâmica de grupo. A próxima etapa do Programa Trainee é a entrevista por competências com a área de Engenharia.",
        meet="meet",
        zone="America/Sao_Paulo",
    )


# ---------------------------------------------------------------------------
# More hard negatives in other languages
# ---------------------------------------------------------------------------


def _neg_multilingual_more() -> None:
    _x(
        "Utvecklingssamtal med chefen",
        interview=False,
        me=WORK_ME,
        org=("a.lund@initech.com", "Anna Lund"),
        desc="Årligt utvecklingssamtal. Fyll i förberedelseformuläret innan.",
        zone="Europe/Stockholm",
    )
    _x(
        "MUS-samtale 2025",
        interview=False,
        me=WORK_ME,
        org=("m.holm@initech.com", "Mette Holm"),
        desc="Medarbejderudviklingssamtale. Forbered mål for næste år.",
        zone="Europe/Copenhagen",
    )
    _x(
        "Kehityskeskustelu",
        interview=False,
        me=WORK_ME,
        org=("j.koski@initech.com", "Juha Koski"),
        desc="Vuosittainen kehityskeskustelu esihenkilön kanssa.",
        zone="Europe/Helsinki",
    )
    _x(
        "Prohlídka bytu – Vinohrady 2+kk",
        interview=False,
        desc="Majitel pan Dvořák, tel. 603 112 334. Vzít výpis z účtu.",
        loc="Korunní 58, Praha 2",
        zone="Europe/Prague",
    )
    _x(
        "帮小李模拟面试",
        interview=False,
        att=[person("xiaoli.chen@gmail.com", "陈小丽")],
        desc="她下周有字节面试，我扮演面试官，练行为面试题。",
        zone="Asia/Shanghai",
    )
    _x(
        "मॉक इंटरव्यू – करियर कोचिंग सत्र",
        interview=False,
        org=("coach@disha-careers.in", "दिशा करियर्स"),
        desc="अभ्यास साक्षात्कार और फीडबैक। यह वास्तविक चयन प्रक्रिया नहीं है।",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Visita medica – Dott.ssa Ferri",
        interview=False,
        desc="Portare tessera sanitaria ed esami del sangue.",
        loc="Studio medico, Via Garibaldi 22, Bologna",
        zone="Europe/Rome",
    )
    _x(
        "Entrevista para o podcast 'Dados na Mesa'",
        interview=False,
        org=("producao@dadosnamesa.com.br", "Dados na Mesa"),
        desc="Gravação do episódio como convidado. Tema: carreira em dados. Cerca de 1 hora.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "ندوة عبر الإنترنت: التعرّف على برنامج الخريجين في مجموعة الواحة",
        interview=False,
        org=("events@alwaha-holding.ae", "مجموعة الواحة القابضة"),
        desc="جلسة تعريفية مفتوحة للجميع حول برنامج الخريجين وكيفية التقديم. ليست جزءاً من عملية الاختيار.",
        conf=("Zoom Webinar", "https://alwaha.zoom.us/w/8812"),
        zone="Asia/Dubai",
    )
