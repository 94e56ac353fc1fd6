# ruff: noqa: E501 -- data: event texts as written
"""Round 8's HELD-OUT part of the corpus (split "round8").

Written fresh by an independent evaluator who did not read the detector (server/) or the
other corpus parts (kit.py aside). It covers: invitations sent by ATS and scheduling tools
(real and invented vendors) with the employer only in the body, the signature, the organizer
display name, a meeting-link subdomain, a location or the attendee domains; recruiters writing
from personal addresses; titles typed by Alex informally; multi-part onsites; staffing agencies
with named and unnamed clients; assessment centres, case interviews, proctored tests and an
assessed trial day; internal mobility at Initech on the work calendar; declined and cancelled
interviews; all-day placeholders; titles and bodies in about two dozen languages (several in
non-Latin scripts, a few with the employer named only in that script). The hard negatives are
Alex interviewing or debriefing on candidates, press, TV, podcast and research interviews,
informational chats, mock interviews and prep, fairs and webinars, visa and school interviews,
reference calls for friends, onboarding, offer signing and background checks, reviews and 1:1s,
medical and housing appointments, and titles naming companies or "interview" in other senses.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _r(summary: str, **kw: Any) -> None:
    ev(summary, split="round8", **kw)


def build() -> None:
    _section_ats_tools()
    _section_signals_elsewhere()
    _section_informal_titles()
    _section_onsites()
    _section_agencies()
    _section_assessments()
    _section_internal_work()
    _section_languages_interviews()
    _section_languages_negatives()
    _section_neg_interviewer()
    _section_neg_media_research()
    _section_neg_career_admin()
    _section_neg_life()


# ------------------------------------------------------------------------------- ATS and tools
def _section_ats_tools() -> None:
    _r(
        "Alex Rivera - Technical Phone Screen",
        interview=True,
        company="Bramblewood Analytics",
        role="Staff Data Engineer",
        org=("no-reply@us.greenhouse-mail.io", "Greenhouse Scheduling"),
        att=[person("oksana.feld@bramblewood.io", "Oksana Feld")],
        desc=(
            "Hi Alex,\n\nThank you for applying to the Staff Data Engineer position at Bramblewood "
            "Analytics. Your 45-minute technical phone screen is confirmed with Oksana Feld.\n\n"
            "Please have a laptop with a working browser ready; we will use CoderPad.\n\n"
            "If you need to reschedule, reply to this email.\n\n-- \nBramblewood Recruiting"
        ),
        zone="America/New_York",
    )
    _r(
        "Virtual Onsite: Session 2 of 4 (Architecture) - Alex Rivera",
        interview=True,
        company="Quillfeather",
        org=("scheduler@goodtime.io", "GoodTime on behalf of Dana Whitcombe"),
        att=[
            person("mateo.ruiz@quillfeather.com", "Mateo Ruiz"),
            person("anjali.b@quillfeather.com", "Anjali Bhatt"),
        ],
        desc=(
            "You're all set! Below are the details for your upcoming session.\n\n"
            "Interviewers: Mateo Ruiz, Anjali Bhatt\nFormat: whiteboard via Excalidraw\n\n"
            "Best,\nDana Whitcombe\nRecruiting Coordinator | Quillfeather\n\n"
            "Powered by GoodTime"
        ),
        conf=("Zoom Meeting", "https://quillfeather.zoom.us/j/84410029931"),
    )
    _r(
        "Alex Rivera and Marisol Ortega",
        interview=True,
        company="Lumen Harbor",
        role="Product Designer",
        org=("marisol.ortega@lumenharbor.com", "Marisol Ortega"),
        att=[person("marisol.ortega@lumenharbor.com", "Marisol Ortega")],
        desc=(
            "Event Name: 30 Minute Recruiter Intro\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/7f1c0e\nReschedule: https://calendly.com/reschedulings/7f1c0e\n\n"
            "Please share anything that will help prepare for our meeting.: I applied to the Product "
            "Designer opening last week, portfolio link in my application.\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _r(
        "Hiring Manager Interview with Alex Rivera",
        interview=True,
        company="Tidepool Health",
        org=("recruiting@tidepoolhealth.com", "Tidepool Health Recruiting"),
        att=[person("g.abara@tidepoolhealth.com", "Grace Abara")],
        desc=(
            "Hi Alex - Grace leads the Clinical Platform team and is excited to chat.\n\n"
            "This invitation was sent via Ashby. Candidate privacy notice: https://jobs.ashbyhq.com/privacy"
        ),
        conf=("Zoom Meeting", "https://tidepoolhealth.zoom.us/j/81120045567"),
    )
    _r(
        "Interview Scheduled: R-10442 Senior Payments Engineer",
        interview=True,
        company="Fernhill Bank",
        role="Senior Payments Engineer",
        org=("fernhillbank@myworkday.com", "Workday"),
        desc=(
            "Dear Alex Rivera,\n\nAn interview has been scheduled for requisition R-10442 "
            "Senior Payments Engineer.\n\nInterview type: Microsoft Teams video\nPanel: "
            "Card Issuing Engineering\n\nKind regards,\nTalent Acquisition\nFernhill Bank, N.A."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2",
        ),
        zone="America/Chicago",
    )
    _r(
        "[Panel] Alex Rivera | Gameplay Engineer",
        interview=True,
        company="Sablewood Games",
        role="Gameplay Engineer",
        org=("invites@modernloop.io", "ModernLoop"),
        att=[
            person("yuki.tan@sablewood.gg", "Yuki Tanaka"),
            person("brennan@sablewood.gg", "Brennan Cole"),
            person("ifeoma@sablewood.gg", "Ifeoma Eze"),
        ],
        desc=(
            "Company: Sablewood Games\nPosition: Gameplay Engineer\nStage: Panel (60 min)\n\n"
            "Scheduled with ModernLoop"
        ),
        meet="meet",
    )
    _r(
        "Your interview with Orrery Space is confirmed",
        interview=True,
        company="Orrery Space",
        role="Flight Software Engineer",
        org=("bookings@slotwise.app", "Slotwise"),
        desc=(
            "Confirmed: Flight Software Engineer - Technical Deep Dive\nHost: Ravi Menon\n"
            "Duration: 60 minutes\n\nAdd to calendar | Reschedule | Cancel\n\nSlotwise - scheduling made calm"
        ),
        zone="America/Denver",
    )
    _r(
        "Take-home review (live walkthrough)",
        interview=True,
        company="Kestrel Freight",
        org=("noreply@hirehive.co", "HireHive"),
        desc=(
            "Hello Alex,\n\nThe Kestrel Freight engineering team has reviewed your submission and "
            "would like to walk through it with you live. Expect questions on trade-offs and "
            "testing.\n\nThis message was sent by HireHive on behalf of Kestrel Freight."
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87766554433"),
    )
    _r(
        "Video Interview - Solutions Architect",
        interview=True,
        company="Granite Peak Software",
        role="Solutions Architect",
        org=("notifications@smartrecruiters.com", "SmartRecruiters"),
        desc=(
            "Granite Peak Software has invited you to a video interview for Solutions Architect "
            "(Remote, US).\n\nJoin link will be active 10 minutes before the start time."
        ),
    )
    _r(
        "Phone Screen with Talent Team",
        interview=True,
        company="Northvale Logistics",
        org=("TalentBookings@northvalelogistics.com", "Northvale Logistics Talent Bookings"),
        desc=(
            "Booking confirmed. Service: Candidate phone screen (30 min). Staff: Lucia Bramante.\n"
            "We'll call you at the number on your application.\n\nMicrosoft Bookings"
        ),
        zone="America/New_York",
    )
    _r(
        "Canceled: Interview with Alex Rivera (Rescheduling)",
        interview=True,
        company="Cobalt Harbor",
        role="Platform Engineer",
        org=("coordination@cobaltharbor.dev", "Cobalt Harbor Recruiting"),
        desc=(
            "This interview has been canceled because the interviewer is out sick. We'll send new "
            "times for your Platform Engineer technical interview shortly. Apologies!"
        ),
    )
    _r(
        "Interview invitation: Senior iOS Engineer",
        interview=True,
        company="Pebblebrook",
        role="Senior iOS Engineer",
        org=("talent@pebblebrook.app", "Pebblebrook Talent"),
        my_status="declined",
        desc="Round 1 of the Senior iOS Engineer process: 45 minutes with an iOS lead. Sent via Lever.",
        meet="meet",
    )
    _r(
        "Meet & greet - Alex / Eng leadership",
        interview=True,
        company="Wrenfield",
        role="Director of Engineering",
        org=("hiring@recruitee-mail.com", "Recruitee"),
        att=[
            person("cto@wrenfield.co", "Ilse Marchetti"),
            person("vpe@wrenfield.co", "Tomas Berg"),
        ],
        desc=(
            "Wrenfield - Director of Engineering\nStage: Leadership conversation\n"
            "This is part of the formal interview process; feedback is collected afterwards."
        ),
        zone="Europe/Amsterdam",
    )
    _r(
        "Round 3: Culture & Values",
        interview=True,
        company="Mossgiel",
        org=("interviews@gem-scheduling.com", "Gem"),
        att=[person("hana.k@mossgiel.com", "Hana Kowalczyk")],
        desc=(
            "Hi Alex,\n\nThanks for continuing in our process. Round 3 is a conversation about how "
            "you work with others.\n\nWarmly,\nHana\n--\nHana Kowalczyk | People Partner\nMossgiel\n"
            "www.mossgiel.com"
        ),
    )


# --------------------------------------------------------- employer named only in odd places
def _section_signals_elsewhere() -> None:
    _r(
        "Interview",
        interview=True,
        company="Fjordline",
        org=("lena.park@fjordline.ai", "Lena Park"),
        att=[
            person("lena.park@fjordline.ai", "Lena Park"),
            person("omar.haddad@fjordline.ai", "Omar Haddad"),
        ],
        meet="meet",
    )
    _r(
        "Alex Rivera // Onsite",
        interview=True,
        company="Corvid Labs",
        org=("ats@lever-notifications.com", "Lever"),
        att=[person("nn@corvidlabs.io", "Nadia N."), person("pj@corvidlabs.io", "PJ Osei")],
        conf=("Zoom Meeting", "https://corvidlabs.zoom.us/j/81234567890"),
    )
    _r(
        "Final round",
        interview=True,
        company="Pemberton Robotics",
        org=("carla.vance.recruits@gmail.com", "Carla Vance"),
        loc="Pemberton Robotics HQ, Building 4, 2200 Harbor Way, Alameda, CA",
    )
    _r(
        "Intro chat - Founding Engineer role",
        interview=True,
        company="Ledgerly",
        role="Founding Engineer",
        org=("jamie.okafor.builds@gmail.com", "Jamie Okafor"),
        desc=(
            "Hey Alex! I'm one of the two cofounders of Ledgerly (seed-stage, bookkeeping for "
            "freelancers). Would love to tell you about the Founding Engineer role and hear about "
            "what you're looking for. Informal, but it's the first step of our process.\n\nJamie"
        ),
        meet="meet",
    )
    _r(
        "Phone screen - Senior SRE",
        interview=True,
        company=None,
        role="Senior SRE",
        org=("tom.bakker1982@gmail.com", "Tom B"),
        desc="Call you on your cell. ~30 min.",
    )
    _r(
        "Chat with Alex Rivera",
        interview=True,
        company="Quokka",
        role="Developer Advocate",
        org=("talent@quokka.dev", "Quokka Talent Team"),
        desc="30-min intro call with our recruiting team about the Developer Advocate position.",
        meet="meet",
    )
    _r(
        "Technical interview",
        interview=True,
        company="Ironbark Security",
        org=("no-reply@calendar-invites.net", None),
        desc=(
            "Interviewer: Femi Adeyemi (Principal Engineer)\nLanguage: any\n\n"
            "Femi Adeyemi\nPrincipal Engineer, Ironbark Security\n+1 415 555 0132"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/82211003344"),
    )
    _r(
        "Conversation w/ Hiring Manager",
        interview=True,
        company="Saltmarsh",
        role="Team Lead",
        org=("b.okonkwo@saltmarsh.energy", "Bisi Okonkwo"),
        desc=(
            "Coffee chat with the hiring manager for the Team Lead role - it's a real step of the "
            "loop, not just a social call. See you at the cafe on the ground floor."
        ),
        loc="Saltmarsh Energy offices, 88 Townsend St, Lobby cafe",
    )
    _r(
        "Interview - Alex R.",
        interview=True,
        company="Halloway & Finch",
        role="Senior Analytics Engineer",
        org=("recruiting@hallowayfinch.com", "Recruiting Team"),
        desc=(
            "Position: Senior Analytics Engineer\nLocation: Remote\n\n"
            "Halloway & Finch is an equal opportunity employer. Candidates will receive "
            "consideration without regard to ..."
        ),
        zone="America/New_York",
    )
    _r(
        "Alex Rivera <> Technical Interview (Backend)",
        interview=True,
        company="Gullwing",
        org=("coordinator@gullwing.travel", "Priscilla at Gullwing"),
        att=[person("devon.m@gullwing.travel", "Devon M")],
        meet="meet",
    )


# ------------------------------------------------------------------- titles typed by Alex
def _section_informal_titles() -> None:
    _r("call w/ Desmond re figma role??", interview=True, company="Figma")
    _r("tech screen", interview=True, company=None)
    _r("recruiter call - netflix", interview=True, company="Netflix")
    _r("Intvw 2pm Cobaltline (bring notebook)", interview=True, company="Cobaltline")
    _r("Final rd - Plumtree Bio!!", interview=True, company="Plumtree Bio")
    _r(
        "HM chat Verdigris (eng mgr role)",
        interview=True,
        company="Verdigris",
        role="Engineering Manager",
    )
    _r("zoom w Kofi @ Brightline - round 2", interview=True, company="Brightline")
    _r(
        "coding interview",
        interview=True,
        company=None,
        desc="hackerrank link is in the email from the recruiter. leetcode medium-ish, 60 min",
    )
    _r("Halcyon onsite pt 3 - sys design", interview=True, company="Halcyon")
    _r("Halcyon onsite pt 4: lunch w/ team", interview=True, company="Halcyon")
    _r("phone screen dropbox (sre)", interview=True, company="Dropbox", role="SRE")
    _r(
        "!! interview - Rowan @ Juniper Atlas",
        interview=True,
        company="Juniper Atlas",
        loc="Google Meet",
    )


# ---------------------------------------------------------------------- multi-part onsite
def _section_onsites() -> None:
    team = [
        person("r.ashford@maplestone.com", "Ruth Ashford"),
        person("k.dlamini@maplestone.com", "Kagiso Dlamini"),
    ]
    loc = "Maplestone Systems, 500 Terry Ave N, Floor 12, Seattle"
    desc = (
        "Onsite schedule for Alex Rivera - Senior Software Engineer, Platform\n"
        "Please check in at reception 10 minutes early with a photo ID."
    )
    for title in (
        "Onsite: Alex Rivera - Coding (1/4)",
        "Onsite: Alex Rivera - System Design (2/4)",
        "Onsite: Alex Rivera - Behavioral w/ Hiring Manager (3/4)",
        "Onsite: Alex Rivera - Team Lunch (4/4)",
    ):
        _r(
            title,
            interview=True,
            company="Maplestone Systems",
            role="Senior Software Engineer, Platform",
            org=("onsite@maplestone.com", "Maplestone Recruiting"),
            att=team,
            loc=loc,
            desc=desc,
        )
    _r("Maplestone onsite (all day)", interview=True, company="Maplestone", all_day=True)
    _r(
        "Loop - block 1: debugging exercise",
        interview=True,
        company="Thistle Compute",
        org=("loops@thistlecompute.com", "Thistle Loops"),
        att=[person("ee@thistlecompute.com", "Eun-ji Seo")],
        conf=("Zoom Meeting", "https://thistlecompute.zoom.us/j/85500112233"),
    )
    _r(
        "Loop - block 2: product sense",
        interview=True,
        company="Thistle Compute",
        org=("loops@thistlecompute.com", "Thistle Loops"),
        att=[person("mk@thistlecompute.com", "Marcus King")],
        conf=("Zoom Meeting", "https://thistlecompute.zoom.us/j/85500112244"),
    )


# ---------------------------------------------------------------------------- agencies
def _section_agencies() -> None:
    _r(
        "Interview: Alex Rivera for Aurelia Insurance - Lead QA Engineer",
        interview=True,
        company="Aurelia Insurance",
        role="Lead QA Engineer",
        org=("k.lindqvist@talentbridge-partners.com", "Karin Lindqvist (TalentBridge)"),
        desc=(
            "Hi Alex, as discussed the client has confirmed the slot. You'll meet their Head of "
            "Quality and one senior engineer. Call me after!\n\nKarin Lindqvist\nSenior Consultant, "
            "TalentBridge Partners"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk3",
        ),
        zone="Europe/London",
    )
    _r(
        "Initial screening call - Pinnacle Staffing",
        interview=True,
        company="Pinnacle Staffing",
        org=("darnell.h@pinnaclestaffing.com", "Darnell Hughes"),
        desc=(
            "Thanks for sending your CV. On this call I'll ask about your background and "
            "availability so I can put you forward for a few contract roles with our clients."
        ),
    )
    _r(
        "Teams interview (via Brookfield Talent)",
        interview=True,
        company="Westbrook Energy",
        role="Data Analyst",
        org=("s.patel@brookfieldtalent.com", "Sunita Patel | Brookfield Talent"),
        desc=(
            "Our client, Westbrook Energy, would like to meet you for the 6-month Data Analyst "
            "contract. Interviewers: their BI lead and a senior analyst."
        ),
        zone="America/Chicago",
    )
    _r(
        "Confidential - first conversation",
        interview=True,
        company="Ashgrove Search Partners",
        role="Chief Technology Officer",
        org=("e.vandermeer@ashgrovesearch.com", "Elise van der Meer"),
        desc=(
            "Alex - thank you for making time. As mentioned, Ashgrove has been retained on a Chief "
            "Technology Officer mandate for a Series C fintech; the client's name will be shared "
            "after this first assessment conversation."
        ),
        zone="Europe/London",
    )
    _r(
        "Client interview - Senior Backend (Go)",
        interview=True,
        company="Arborline Freight",
        role="Senior Backend Engineer",
        org=("mia@codeforge-recruiting.io", "Mia from CodeForge Recruiting"),
        desc=(
            "Client: Arborline Freight\nRole: Senior Backend Engineer (Go)\nFormat: 60 min, 2 interviewers\n"
            "I'll dial in for the first 5 min to make intros."
        ),
        meet="meet",
    )


# ----------------------------------------------------------- assessments and case rounds
def _section_assessments() -> None:
    _r(
        "Assessment Day - Ravensworth Consulting",
        interview=True,
        company="Ravensworth Consulting",
        role="Technology Consultant",
        org=("graduate.events@ravensworth.co.uk", "Ravensworth Early Careers"),
        desc=(
            "Your assessment centre for the Technology Consultant role includes a group exercise, "
            "a written case and a partner interview. Lunch is provided."
        ),
        loc="Ravensworth Consulting, 1 Cheapside, London EC2V",
        zone="Europe/London",
        all_day=True,
    )
    _r(
        "Case interview (2 cases)",
        interview=True,
        company="Beaconfield Partners",
        org=("recruiting@beaconfield.com", "Beaconfield Recruiting"),
        desc="Two 30-minute cases with a Principal. Pen and paper allowed, no calculators.",
    )
    _r(
        "CodeSignal General Coding Assessment - Zephyr Mobility",
        interview=True,
        company="Zephyr Mobility",
        org=("assessments@codesignal.com", "CodeSignal"),
        desc=(
            "Zephyr Mobility has invited you to complete a proctored 70-minute assessment as part "
            "of their hiring process. Webcam required."
        ),
    )
    _r(
        "Paid trial day (assessed)",
        interview=True,
        company="Oakhaven Studio",
        role="Frontend Developer",
        org=("hello@oakhaven.studio", "Oakhaven Studio"),
        desc=(
            "As the last stage for the Frontend Developer role, you'll spend the day pairing with "
            "the team on a real ticket. We'll review how it went together at 4pm and decide after."
        ),
        loc="Oakhaven Studio, 14 Mill Lane, Portland",
        zone="America/Los_Angeles",
    )
    _r(
        "Presentation to panel (30 min) + Q&A",
        interview=True,
        company="Larkspur Foundation",
        role="Head of Data",
        org=("people@larkspur.org", "Larkspur People Team"),
        desc=(
            "Shortlisted candidates for Head of Data will present on the set topic, followed by "
            "questions from the selection panel."
        ),
    )
    _r(
        "Pair programming session w/ Ellery team",
        interview=True,
        company="Ellery",
        org=("eng-hiring@ellery.so", "Ellery Eng Hiring"),
        desc="Final technical stage: 90 min pairing on a small feature. Bring your own editor setup.",
        meet="meet",
    )


# ------------------------------------------------------------- Initech work calendar
def _section_internal_work() -> None:
    _r(
        "Internal transfer interview - Payments team",
        interview=True,
        company="Initech",
        role="Senior Engineer, Payments",
        me=WORK_ME,
        org=("talent-mobility@initech.com", "Initech Talent Mobility"),
        att=[person("gwen.sato@initech.com", "Gwen Sato")],
        desc=(
            "Hi Alex, thanks for applying internally to Senior Engineer, Payments (req 4471). "
            "This is your conversation with the hiring manager, Gwen Sato. Your current manager "
            "has been notified per the internal mobility policy."
        ),
    )
    _r(
        "Internal candidate loop - Tech Lead, Data Platform (Alex R.)",
        interview=True,
        company="Initech",
        role="Tech Lead, Data Platform",
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("farid.a@initech.com", "Farid Amini"),
            person("lucy.h@initech.com", "Lucy Hartmann"),
        ],
        meet="meet",
    )
    _r(
        "Interview: Jordan Blake (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake.dev@gmail.com", "Jordan Blake")],
        desc=(
            "Interviewer: Alex Rivera\nFocus area: system design\nPlease submit your scorecard in "
            "Greenhouse within 24 hours."
        ),
        meet="meet",
    )
    _r(
        "Phone Screen: Taylor Nguyen <> Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Beth (Initech Recruiting)"),
        att=[person("taylor.n.codes@outlook.com", "Taylor Nguyen")],
        desc=(
            "Candidate: Taylor Nguyen\nRole: Frontend Engineer\nInterviewer(s): Alex Rivera\n"
            "Resume attached. Interview kit: coding question B."
        ),
    )
    _r(
        "Hiring committee - Backend L5",
        interview=False,
        me=WORK_ME,
        org=("hc@initech.com", "Hiring Committee"),
        desc="Packets: 3 candidates. Come with your vote.",
    )
    _r(
        "Debrief: Priyanka Shah loop",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Beth (Initech Recruiting)"),
        att=[person("farid.a@initech.com", "Farid Amini")],
    )
    _r("1:1 Alex / Morgan", interview=False, me=WORK_ME, org=("morgan.li@initech.com", "Morgan Li"))
    _r(
        "H1 performance review - Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("morgan.li@initech.com", "Morgan Li"),
        desc="Self-review due beforehand in Lattice.",
    )
    _r(
        "Interviewer training: structured interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        desc="Required before you can join interview loops as an interviewer.",
    )
    _r(
        "Shadow: Mei's onsite interview (you are shadowing)",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Beth (Initech Recruiting)"),
        desc="Reverse shadow #2 of 3. Candidate: Dmitri V. Observe only; do not ask questions.",
    )
    _r(
        "Interview panel huddle (pre-brief)",
        interview=False,
        me=WORK_ME,
        org=("gwen.sato@initech.com", "Gwen Sato"),
        desc="Aligning on which competencies each of us covers for Thursday's candidate.",
    )
    _r(
        "Exit interview - HR",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="Standard exit interview for departing employees. Please return your badge after.",
    )
    _r(
        "Customer interview: Vantage Corp (discovery)",
        interview=False,
        me=WORK_ME,
        org=("pm.team@initech.com", "Product Team"),
        att=[person("ops.lead@vantagecorp.com", "Hal Gruber")],
        desc="Discovery interview with a customer about their reporting workflow. Notes in Dovetail.",
    )


# ----------------------------------------------------------------- languages: interviews
def _section_languages_interviews() -> None:
    _r(
        "Vorstellungsgespräch - Softwareentwickler (m/w/d)",
        interview=True,
        company="Kranich Mobility",
        role="Softwareentwickler",
        org=("karriere@kranich-mobility.de", "Kranich Mobility Karriere"),
        desc=(
            "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu "
            "einem ersten Gespräch per Video ein.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
            "Kranich Mobility GmbH, Friedrichstraße 112, 10117 Berlin"
        ),
        zone="Europe/Berlin",
    )
    _r(
        "Zweitgespräch mit Fachbereich",
        interview=True,
        company="Rheinwerk Logistik",
        org=("bewerbung@rheinwerk-logistik.de", "Rheinwerk Logistik"),
        loc="Rheinwerk Logistik, Hafenstraße 9, Köln",
        zone="Europe/Berlin",
    )
    _r(
        "Entretien d'embauche - Chef de projet data",
        interview=True,
        company="Lumière Assurances",
        role="Chef de projet data",
        org=("recrutement@lumiere-assurances.fr", "Recrutement Lumière Assurances"),
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un "
            "entretien avec le responsable du pôle data.\n\nCordialement,\nL'équipe recrutement"
        ),
        zone="Europe/Paris",
    )
    _r(
        "Entrevista técnica - Desarrollador Backend",
        interview=True,
        company="Grupo Alcázar",
        role="Desarrollador Backend",
        org=("talento@grupoalcazar.es", "Talento Grupo Alcázar"),
        desc="Hola Alex, te confirmamos la entrevista técnica. Durará aproximadamente una hora.",
        zone="Europe/Madrid",
    )
    _r(
        "Entrevista con RR.HH. (primera fase)",
        interview=True,
        company="Quetzal Pagos",
        org=("reclutamiento@quetzalpagos.mx", "Reclutamiento"),
        desc="Primera fase del proceso de selección para Quetzal Pagos. Por videollamada.",
        zone="America/Mexico_City",
    )
    _r(
        "Entrevista com o time - Engenheiro de Software Sênior",
        interview=True,
        company="Jabuticaba Pay",
        role="Engenheiro de Software Sênior",
        org=("pessoas@jabuticabapay.com.br", "Pessoas | Jabuticaba Pay"),
        desc="Olá Alex! Essa é a etapa técnica do processo seletivo. Até lá!",
        zone="America/Sao_Paulo",
    )
    _r(
        "Colloquio conoscitivo - Sviluppatore Full Stack",
        interview=True,
        company="Fioridea",
        role="Sviluppatore Full Stack",
        org=("hr@fioridea.it", "HR Fioridea"),
        desc="Gentile Alex, la invitiamo al primo colloquio di selezione. Cordiali saluti.",
        zone="Europe/Rome",
    )
    _r(
        "Sollicitatiegesprek Product Owner",
        interview=True,
        company="Tulpwerk",
        role="Product Owner",
        org=("werkenbij@tulpwerk.nl", "Werken bij Tulpwerk"),
        desc="Beste Alex, hierbij de uitnodiging voor het eerste gesprek. Groet, Tulpwerk B.V.",
        zone="Europe/Amsterdam",
    )
    _r(
        "Rozmowa kwalifikacyjna - Programista Java",
        interview=True,
        company="Bursztyn Soft",
        role="Programista Java",
        org=("rekrutacja@bursztynsoft.pl", "Rekrutacja Bursztyn Soft"),
        desc="Dzień dobry, zapraszamy na rozmowę techniczną przez Google Meet.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _r(
        "Intervju: Alex Rivera - Backendutvecklare",
        interview=True,
        company="Lingonberg",
        role="Backendutvecklare",
        org=("noreply@teamtailor-mail.com", "Teamtailor"),
        desc="Hej Alex! Välkommen på intervju hos Lingonberg AB. Vi ses på Teams.",
        zone="Europe/Stockholm",
    )
    _r(
        "面接：フロントエンドエンジニア職",
        interview=True,
        company="Komorebi Labs",
        role="フロントエンドエンジニア",
        org=("recruit@komorebi-labs.jp", "Komorebi Labs 採用チーム"),
        desc="Alex Rivera 様\n\nこの度はご応募いただきありがとうございます。一次面接の詳細をご案内いたします。",
        zone="Asia/Tokyo",
    )
    _r(
        "【二次面接】技術面接",
        interview=True,
        company="彩星電機",
        org=("saiyo@saisei-denki.co.jp", "彩星電機 採用担当"),
        desc="二次面接は技術部門の課長が担当いたします。所要時間は約60分です。",
        loc="彩星電機 本社 3階 会議室B",
        zone="Asia/Tokyo",
    )
    _r(
        "[면접 안내] 백엔드 개발자 1차 면접",
        interview=True,
        company="한빛로보틱스",
        role="백엔드 개발자",
        org=("recruit@hanbit-robotics.kr", "한빛로보틱스 인사팀"),
        desc="안녕하세요, 한빛로보틱스 인사팀입니다. 1차 면접 일정을 안내드립니다.",
        zone="Asia/Seoul",
    )
    _r(
        "面试邀请：高级数据工程师（视频面试）",
        interview=True,
        company="云杉数据",
        role="高级数据工程师",
        org=("hr@yunshan-data.cn", "云杉数据 招聘组"),
        desc="您好，感谢您投递云杉数据的职位，现邀请您参加第一轮视频面试。",
        zone="Asia/Shanghai",
    )
    _r(
        "ראיון עבודה - מפתח Full Stack",
        interview=True,
        company="Zohar Cyber",
        role="מפתח Full Stack",
        org=("jobs@zoharcyber.co.il", "Zohar Cyber"),
        desc="שלום אלכס, נשמח לפגוש אותך לראיון ראשון במשרדי Zohar Cyber בתל אביב.",
        zone="Asia/Jerusalem",
    )
    _r(
        "مقابلة عمل: مهندس برمجيات أول",
        interview=True,
        company="Wahat Tech",
        role="مهندس برمجيات أول",
        org=("careers@wahat-tech.ae", "Wahat Tech Careers"),
        desc="مرحباً أليكس، يسعدنا دعوتك لإجراء مقابلة عمل عبر الفيديو مع فريق الهندسة.",
        zone="Asia/Dubai",
    )
    _r(
        "Συνέντευξη εργασίας - Data Scientist",
        interview=True,
        company="Elaionas Analytics",
        role="Data Scientist",
        org=("hr@elaionas.gr", "Elaionas Analytics HR"),
        desc="Καλησπέρα Alex, σας προσκαλούμε σε συνέντευξη για τη θέση Data Scientist.",
        zone="Europe/Athens",
    )
    _r(
        "नौकरी साक्षात्कार - सीनियर डेवलपर",
        interview=True,
        company="Kesari Fintech",
        role="सीनियर डेवलपर",
        org=("talent@kesarifintech.in", "Kesari Fintech Talent"),
        desc="नमस्ते एलेक्स, Kesari Fintech में सीनियर डेवलपर पद के लिए आपका पहला साक्षात्कार।",
        zone="Asia/Kolkata",
    )
    _r(
        "İş görüşmesi - Yazılım Mühendisi",
        interview=True,
        company="Lale Yazılım",
        role="Yazılım Mühendisi",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        desc="Merhaba Alex, Lale Yazılım A.Ş. olarak sizi teknik mülakata davet ediyoruz.",
        zone="Europe/Istanbul",
    )
    _r(
        "Собеседование - Senior Go Developer",
        interview=True,
        company="Sever Cloud",
        role="Senior Go Developer",
        org=("hr@severcloud.io", "Sever Cloud HR"),
        desc="Добрый день, Алекс! Приглашаем вас на техническое собеседование в Sever Cloud.",
        zone="Europe/Moscow",
    )
    _r(
        "Співбесіда: QA Automation Engineer",
        interview=True,
        company="Kalyna Soft",
        role="QA Automation Engineer",
        org=("recruiting@kalynasoft.com.ua", "Kalyna Soft Recruiting"),
        desc="Привіт, Алексе! Запрошуємо на співбесіду з командою QA.",
        zone="Europe/Kyiv",
    )
    _r(
        "Phỏng vấn vòng 2 - Kỹ sư phần mềm",
        interview=True,
        company="Sen Vàng Tech",
        role="Kỹ sư phần mềm",
        org=("tuyendung@senvangtech.vn", "Tuyển dụng Sen Vàng Tech"),
        desc="Chào Alex, mời bạn tham gia vòng phỏng vấn thứ hai tại văn phòng Sen Vàng Tech.",
        zone="Asia/Ho_Chi_Minh",
    )
    _r(
        "Wawancara kerja - Backend Engineer",
        interview=True,
        company="Nusantara Logistik",
        role="Backend Engineer",
        org=("hrd@nusantaralogistik.co.id", "HRD Nusantara Logistik"),
        zone="Asia/Jakarta",
    )
    _r(
        "สัมภาษณ์งาน ตำแหน่ง DevOps Engineer",
        interview=True,
        company="Chaba Cloud",
        role="DevOps Engineer",
        org=("hr@chabacloud.co.th", "Chaba Cloud HR"),
        zone="Asia/Bangkok",
    )
    _r(
        "Työhaastattelu - ohjelmistokehittäjä",
        interview=True,
        company="Revontuli Games",
        role="ohjelmistokehittäjä",
        org=("rekry@revontuligames.fi", "Revontuli Games"),
        zone="Europe/Helsinki",
    )
    _r(
        "Pohovor - Python vývojář",
        interview=True,
        company="Vltava Data",
        role="Python vývojář",
        org=("nabor@vltavadata.cz", "Vltava Data"),
        zone="Europe/Prague",
    )
    _r(
        "Jobsamtale - Frontend-udvikler",
        interview=True,
        company="Havtorn",
        role="Frontend-udvikler",
        org=("job@havtorn.dk", "Havtorn"),
        desc="Hej Alex, tak for din ansøgning. Vi glæder os til at møde dig.",
        zone="Europe/Copenhagen",
    )
    _r(
        "Entretien RH - Lumière (2e tour)",
        interview=True,
        company="Lumière",
        my_status="declined",
        zone="Europe/Paris",
    )
    _r(
        "Probearbeitstag (bewertet) - Kranich",
        interview=True,
        company="Kranich",
        desc="Letzte Stufe im Auswahlprozess: Probearbeit im Team, Feedbackgespräch um 16 Uhr.",
        zone="Europe/Berlin",
        all_day=True,
    )


# ----------------------------------------------------------------- languages: negatives
def _section_languages_negatives() -> None:
    _r(
        "Zahnarzttermin Dr. Weber",
        interview=False,
        zone="Europe/Berlin",
        loc="Praxis Dr. Weber, Kantstraße 4",
    )
    _r(
        "Mitarbeitergespräch (Jahresgespräch)",
        interview=False,
        me=WORK_ME,
        org=("morgan.li@initech.com", "Morgan Li"),
    )
    _r(
        "Entretien annuel d'évaluation",
        interview=False,
        zone="Europe/Paris",
        me=WORK_ME,
        org=("rh@initech.com", "RH Initech"),
    )
    _r(
        "Entretien avec France Culture (émission sur l'IA)",
        interview=False,
        desc="Interview radio en direct, 15 minutes, sur les usages de l'IA au travail. Vous êtes l'invité.",
        zone="Europe/Paris",
    )
    _r(
        "Visita piso calle Serrano 41",
        interview=False,
        zone="Europe/Madrid",
        loc="Calle de Serrano 41, Madrid",
    )
    _r("Consulta médica - Dra. Souza", interview=False, zone="America/Sao_Paulo")
    _r("Colloquio con la maestra di Luca", interview=False, zone="Europe/Rome")
    _r("Bezichtiging appartement Keizersgracht", interview=False, zone="Europe/Amsterdam")
    _r("Kawa z Kasią (nie o pracy, tylko pogadać)", interview=False, zone="Europe/Warsaw")
    _r(
        "Utvecklingssamtal med chefen",
        interview=False,
        me=WORK_ME,
        org=("morgan.li@initech.com", "Morgan Li"),
    )
    _r("歯医者（定期検診）", interview=False, zone="Asia/Tokyo")
    _r(
        "取材：日経クロステック（インタビュー）",
        interview=False,
        desc="記者の方からInitechの新サービスについてインタビューを受けます。広報同席。",
        me=WORK_ME,
        org=("pr@initech.com", "Initech PR"),
        zone="Asia/Tokyo",
    )
    _r("건강검진", interview=False, zone="Asia/Seoul")
    _r(
        "美国签证面谈（广州领事馆）",
        interview=False,
        zone="Asia/Shanghai",
        loc="美国驻广州总领事馆",
    )
    _r(
        "ראיון לפודקאסט 'קוד פתוח'",
        interview=False,
        desc="אני האורח בפרק על קריירה בהנדסת תוכנה.",
        zone="Asia/Jerusalem",
    )
    _r(
        "مقابلة تلفزيونية مع قناة الأعمال",
        interview=False,
        desc="لقاء على الهواء حول الذكاء الاصطناعي في الشركات.",
        zone="Asia/Dubai",
    )
    _r("Ραντεβού με γιατρό", interview=False, zone="Europe/Athens")
    _r(
        "वीज़ा इंटरव्यू - अमेरिकी दूतावास",
        interview=False,
        zone="Asia/Kolkata",
        loc="U.S. Embassy, Chanakyapuri, New Delhi",
    )
    _r("Veli toplantısı", interview=False, zone="Europe/Istanbul")
    _r(
        "Интервью для подкаста «Код и кофе»",
        interview=False,
        desc="Запись выпуска: я гость, говорим о карьере в разработке.",
        zone="Europe/Moscow",
    )
    _r(
        "Співбесіда в посольстві (віза)",
        interview=False,
        zone="Europe/Kyiv",
        loc="Посольство, вул. Сікорського 4",
    )
    _r(
        "Phỏng vấn khách hàng (user research)",
        interview=False,
        desc="Tôi phỏng vấn 5 người dùng về luồng thanh toán. Ghi chú trong Notion.",
        zone="Asia/Ho_Chi_Minh",
    )
    _r(
        "Jobmesse i Bella Center",
        interview=False,
        zone="Europe/Copenhagen",
        all_day=True,
        loc="Bella Center, København",
    )
    _r(
        "Entrevista a candidata: Lucía Moreno (Backend)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Entrevistador: Alex Rivera. Por favor, envía tu evaluación en Greenhouse.",
        zone="Europe/Madrid",
    )


# --------------------------------------------------- negatives: Alex on the hiring side
def _section_neg_interviewer() -> None:
    _r(
        "Alex Rivera interviewing Sam Oduya - Coding",
        interview=False,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="Interview kit: https://app.greenhouse.io/interview_kits/99123\nCandidate: Sam Oduya",
    )
    _r("write scorecard for Sam O.", interview=False, me=WORK_ME)
    _r(
        "Onsite lunch buddy - candidate Wen Li",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Beth (Initech Recruiting)"),
        desc="You're the lunch buddy (not evaluated). Meet the candidate at reception.",
    )
    _r(
        "Interview loop calibration",
        interview=False,
        me=WORK_ME,
        org=("gwen.sato@initech.com", "Gwen Sato"),
    )
    _r("Review take-homes (3 candidates)", interview=False, me=WORK_ME)


# ---------------------------------------- negatives: press, podcast, research, other senses
def _section_neg_media_research() -> None:
    _r(
        "Recording: Dev Diaries podcast interview",
        interview=False,
        org=("host@devdiaries.fm", "Dev Diaries"),
        desc="Thanks for agreeing to be a guest! We'll chat about your path into backend engineering.",
        conf=("Riverside", "https://riverside.fm/studio/dev-diaries"),
    )
    _r(
        "Interview with Wired reporter re: Initech outage",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Comms"),
        desc="On background only. Comms will be on the line.",
    )
    _r(
        "Live TV interview - KQED tech segment",
        interview=False,
        loc="KQED studios, 2601 Mariposa St",
    )
    _r(
        "User interview #7 - onboarding flow (participant: R. Osei)",
        interview=False,
        me=WORK_ME,
        desc="Script in Notion. Record with consent. $50 gift card for participant.",
    )
    _r(
        "Paid research study: Dropbox user interview",
        interview=False,
        org=("studies@respondent.io", "Respondent"),
        desc=(
            "You've been selected for a 45-minute research interview about how you share files at "
            "work. Incentive: $120. This is not a job interview."
        ),
    )
    _r("Watch: Interview with the Vampire ep 3", interview=False)
    _r("Book club - 'The Interview' ch. 1-8", interview=False, loc="Green Apple Books")
    _r(
        "Interview plumbers for bathroom reno",
        interview=False,
        desc="3 quotes: Ace Plumbing, Mendez & Sons, FlowRight. 20 min each.",
    )
    _r("Interview nannies (2 candidates)", interview=False, loc="home")
    _r(
        "Google Cloud Summit - keynote",
        interview=False,
        all_day=True,
        loc="Moscone Center",
    )
    _r("Apple Store Genius Bar - laptop battery", interview=False, loc="Apple Union Square")
    _r("Amazon return drop-off (Whole Foods)", interview=False)
    _r(
        "Webinar: How we interview engineers at Stripe",
        interview=False,
        org=("events@stripe.com", "Stripe Events"),
        desc="Join our engineering managers for a public walkthrough of our hiring process.",
    )
    _r(
        "Mock interview with Lucas (system design practice)",
        interview=False,
        desc="Practice round before the real loops. We swap roles after 45 min.",
        meet="meet",
    )
    _r(
        "Pramp peer mock interview",
        interview=False,
        org=("sessions@pramp.com", "Pramp"),
        desc="Your peer practice session is confirmed. Topic: Data structures.",
    )


# ----------------------------------------------------------- negatives: job search admin
def _section_neg_career_admin() -> None:
    _r("prep for Halcyon onsite", interview=False)
    _r("STAR stories + leetcode (graphs)", interview=False)
    _r("send thank-you notes to Maplestone panel", interview=False)
    _r(
        "Informational chat w/ Lena - not job related",
        interview=False,
        desc="She's a PM at Fjordline; just curious about how PMs work with infra. Not looking to move there.",
    )
    _r(
        "Coffee w/ Raj (catching up)",
        interview=False,
        desc="He just joined Verdigris. Purely social, no job talk.",
        loc="Blue Bottle, Mint Plaza",
    )
    _r(
        "Bay Area Tech Career Fair",
        interview=False,
        all_day=True,
        loc="Moscone West",
        desc="Bring 20 resumes. 150+ employers.",
    )
    _r(
        "Career coaching session #3",
        interview=False,
        org=("coach@nextstepcareers.co", "Nextstep Careers"),
        desc="We'll polish your LinkedIn and salary negotiation script.",
    )
    _r(
        "Reference call for Dana (she's interviewing at Figma)",
        interview=False,
        org=("refs@figma.com", "Figma Recruiting"),
        desc="Dana Kim listed you as a reference for a Senior PM role. 20 minutes.",
    )
    _r(
        "Day 1 at Brightline! Onboarding + laptop pickup",
        interview=False,
        org=("onboarding@brightline.io", "Brightline People Ops"),
        loc="Brightline HQ, 3rd floor",
    )
    _r(
        "Offer signing - DocuSign walkthrough",
        interview=False,
        org=("offers@plumtreebio.com", "Plumtree Bio People Team"),
        desc="Review the offer letter and equity details together, then sign.",
    )
    _r(
        "Background check fingerprinting",
        interview=False,
        loc="IdentoGO, 1230 Market St",
        desc="Post-offer requirement for Fernhill Bank. Bring two forms of ID.",
    )
    _r(
        "New hire orientation - Maplestone",
        interview=False,
        org=("orientation@maplestone.com", "Maplestone People"),
        all_day=True,
    )
    _r("Apply to 5 jobs + update resume", interview=False)
    _r("Reply to Quokka recruiter by EOD", interview=False)
    _r(
        "Women in Data happy hour",
        interview=False,
        loc="The Interval, Fort Mason",
    )
    _r(
        "Hackathon judging - City of SF open data",
        interview=False,
        all_day=True,
    )
    _r(
        "Product demo - Alex Rivera and Josh (Acme Sales)",
        interview=False,
        me=WORK_ME,
        org=("josh.h@acmesales.com", "Josh Hernandez"),
        desc="Event Name: 30 Minute Demo\n\nPowered by Calendly.com",
    )
    _r(
        "Vendor call - Datadog pricing",
        interview=False,
        me=WORK_ME,
        org=("ae@datadoghq.com", "Datadog"),
    )


# -------------------------------------------------------------- negatives: everyday life
def _section_neg_life() -> None:
    _r("Dr. Patel - annual physical", interview=False, loc="One Medical, Embarcadero")
    _r("Dentist - cleaning", interview=False)
    _r(
        "Apartment viewing - 1420 Pine St #3B",
        interview=False,
        org=("leasing@pineviewapts.com", "Pineview Leasing"),
    )
    _r(
        "US visa interview - consulate",
        interview=False,
        desc="Bring DS-160 confirmation, passport, appointment letter.",
        loc="U.S. Consulate General",
    )
    _r(
        "Kindergarten admission interview - Maya",
        interview=False,
        loc="Hillcrest Elementary",
    )
    _r(
        "MBA admissions interview - Haas",
        interview=False,
        org=("admissions@haas.berkeley.edu", "Berkeley Haas Admissions"),
        desc="Alumni interview for the Evening & Weekend MBA program.",
    )
    _r("Citizenship interview (USCIS)", interview=False, loc="USCIS Field Office, 630 Sansome St")
    _r("Netflix watch party w/ college friends", interview=False)
    _r("Lunch w/ Sam", interview=False)
    _r("Jury duty check-in", interview=False, all_day=True)
