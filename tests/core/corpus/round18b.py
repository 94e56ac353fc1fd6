# ruff: noqa: E501 -- data: event texts as written
"""Round 18b, written by an independent evaluator from general knowledge of real calendars.

About half of the events are Alex Rivera's own job interviews: invitations sent by ATS and
scheduling tools (Greenhouse, Lever, Ashby, Workday, SmartRecruiters, Personio, Teamtailor,
GoodTime, ModernLoop, Calendly, Cal.com, Doodle, Microsoft Bookings, HireVue, Codility,
HackerRank, CoderPad, Karat), recruiter screens, hiring-manager chats, technical and case
rounds, onsite loops split into parts, assessment centres, trial days, agency calls about a
named or confidential client, Alex's own terse notes, and invitations in many languages. The
other half are look-alikes: interviews Alex runs at Initech, other people's interviews, mock
interviews, coaching, press and podcast interviews, visa and school interviews, user research,
reviews, prep blocks, reminders, self-paced tests and their deadlines, films, books, TV,
networking coffees and other everyday traps.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]

_ZOOM = "Zoom Meeting"
_TEAMS = "Microsoft Teams Meeting"


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round18b", **kw)


def build() -> None:
    _ats_invitations()
    _ats_lookalikes()
    _booking_and_assessment_tools()
    _loops_centres_and_trials()
    _agencies()
    _own_notes()
    _languages_europe()
    _languages_world()
    _work_calendar()
    _life_traps()


def _ats_invitations() -> None:
    _x(
        "Loopwise | Alex Rivera | Technical Screen (Staff Backend Engineer)",
        interview=True,
        company="Loopwise",
        role="Staff Backend Engineer",
        org=("recruiting@loopwise.com", "Loopwise Recruiting"),
        att=[person("dmitri.volkov@loopwise.com", "Dmitri Volkov")],
        desc="Hi Alex,\n\nThis confirms your 60-minute technical screen with Dmitri Volkov (Engineering Manager, Payments). Expect a short intro, then a practical coding exercise in the language of your choice. No need to prepare anything special.\n\nIf you need to reschedule, reply to the scheduling email and we'll sort it out.\n\nBest,\nLoopwise Talent Team\n\n--\nScheduled with Greenhouse",
        conf=(_ZOOM, "https://loopwise.zoom.us/j/93120456671"),
    )
    _x(
        "Alex Rivera <> Fernhill Robotics: Hiring Manager Interview",
        interview=True,
        company="Fernhill Robotics",
        role="Senior Software Engineer, Perception Infrastructure",
        org=("ines.albrecht@fernhillrobotics.com", "Ines Albrecht"),
        att=[person("kwame.mensah@fernhillrobotics.com", "Kwame Mensah")],
        desc="<p>Hi Alex!</p><p>You'll be meeting <b>Kwame Mensah</b>, who leads Perception Infrastructure, for a 45 minute conversation about your background and the <b>Senior Software Engineer, Perception Infrastructure</b> position.</p><p>Join: https://meet.google.com/abc-defg-fhr</p><p>Ines — Recruiting Coordinator<br>Sent via Lever</p>",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera and Pellucid - Recruiter Screen",
        interview=True,
        company="Pellucid",
        role="Product Engineer",
        org=("noreply@ashbyhq.com", "Pellucid Hiring"),
        att=[person("mara@pellucid.so", "Mara Quinn")],
        desc="Recruiter Screen for Product Engineer\n\nInterviewer: Mara Quinn (Talent Partner)\nDuration: 30 min\n\nMeeting link: https://meet.google.com/abc-defg-pel\n\nNeed to reschedule? Use this link: https://app.ashbyhq.com/reschedule/7f1c2a\n\nPowered by Ashby",
        meet="meet",
    )
    _x(
        "Interview Scheduled: Senior Software Engineer (R-10482)",
        interview=True,
        company="Halvorsen Maritime",
        role="Senior Software Engineer",
        org=("halvorsen@myworkday.com", "Halvorsen Maritime Careers"),
        desc="Dear Alex Rivera,\n\nThank you for your interest in Halvorsen Maritime. An interview has been scheduled for job requisition R-10482 Senior Software Engineer.\n\nInterview type: Video\nInterviewers: Solveig Brekke, Arne Lunde\n\nPlease log in to your candidate home account to view details.\n\nThis is a system-generated message. Do not reply.",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hmR10482/0"),
        zone="Europe/Oslo",
    )
    _x(
        "Interview for Data Platform Engineer at Cobaltline",
        interview=True,
        company="Cobaltline",
        role="Data Platform Engineer",
        org=("noreply@smartrecruiters.com", "Cobaltline via SmartRecruiters"),
        att=[person("t.ngata@cobaltline.co.nz", "Tane Ngata")],
        desc="Hello Alex,\n\nYou have been invited to an interview for the position Data Platform Engineer at Cobaltline.\n\nInterviewer(s): Tane Ngata\nFormat: Video call (link below)\n\nYou can confirm, decline or propose a new time from your SmartRecruiters candidate portal.\n\nKind regards,\nCobaltline Recruitment",
        conf=(_ZOOM, "https://us06web.zoom.us/j/84411207735"),
        zone="Pacific/Auckland",
        my_status="needsAction",
    )
    _x(
        "Interview – Backend Developer (m/w/d) – Alex Rivera",
        interview=True,
        company="Kranich Logistik",
        role="Backend Developer (m/w/d)",
        org=("jobs@kranich-logistik.de", "Kranich Logistik GmbH"),
        att=[
            person("f.osterhagen@kranich-logistik.de", "Felix Osterhagen"),
            person("j.braun@kranich-logistik.de", "Jana Braun", optional=True),
        ],
        desc="Hi Alex,\n\nthanks again for your application. As discussed, here is the invitation for our first interview (approx. 45 min) with Felix (Head of Engineering) and Jana (People & Culture).\n\nLink: https://meet.google.com/abc-defg-kra\n\nSee you then!\nKranich Logistik GmbH · Hafenstraße 12 · 20457 Hamburg\n\nThis appointment was created with Personio.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Video interview with Nordljus",
        interview=True,
        company="Nordljus",
        role="Fullstack Developer",
        org=("no-reply@teamtailor-mail.com", "Nordljus"),
        att=[person("elin.sandqvist@nordljus.se", "Elin Sandqvist")],
        desc="Hi Alex,\n\nGreat that you want to join Nordljus! You have booked a video interview for the job Fullstack Developer.\n\nJoin the meeting here: https://nordljus.teamtailor.com/meetings/5c7e21\n\nWe're looking forward to getting to know you!\n/Elin",
        loc="https://nordljus.teamtailor.com/meetings/5c7e21",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview with Quarry Labs",
        interview=True,
        company="Quarry Labs",
        role="Machine Learning Platform Engineer",
        org=("scheduling@quarrylabs.ai", "Quarry Labs Scheduling"),
        att=[
            person("oluwaseun@quarrylabs.ai", "Oluwaseun Adeyemi"),
            person("bea@quarrylabs.ai", "Beatriz Lopes"),
        ],
        desc="Alex, here's the agenda for your upcoming interview for Machine Learning Platform Engineer:\n\n10:00–10:45  System design — Oluwaseun Adeyemi\n10:50–11:35  Collaboration & past projects — Beatriz Lopes\n\nVideo: Zoom (link attached)\nAccessibility needs? Just reply and let us know.\n\nThis meeting was scheduled via GoodTime.",
        conf=(_ZOOM, "https://quarrylabs.zoom.us/j/91002345610"),
    )
    _x(
        "Alex Rivera / Tessellate — Coding Interview",
        interview=True,
        company="Tessellate",
        role=None,
        org=("coordinator@tessellate.dev", "Ruth at Tessellate"),
        att=[person("hugo.marchetti@tessellate.dev", "Hugo Marchetti")],
        desc="Coding interview with Hugo Marchetti. We'll use a shared CoderPad — link will be in the chat. 60 minutes.\n\n— Scheduled with ModernLoop",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Updated invitation: Final Round - Alex Rivera (Ember Health)",
        interview=True,
        company="Ember Health",
        role="Engineering Manager, Clinical Data",
        org=("recruiting-coordination@emberhealth.com", "Ember Health Recruiting"),
        att=[
            person("lkhan@emberhealth.com", "Lina Khan"),
            person("pbose@emberhealth.com", "Pranav Bose"),
            person("gbrooks@emberhealth.com", "Gwen Brooks", status="tentative"),
        ],
        desc="This event has been changed.\nNew time: see below.\n\nFinal round for Engineering Manager, Clinical Data — 3 back-to-back conversations (leadership, cross-functional partner, VP Engineering). Please keep your camera on and have a quiet space.\n\nGreenhouse Scheduling",
        conf=(_ZOOM, "https://emberhealth.zoom.us/j/81234000921"),
        zone="America/New_York",
    )
    _x(
        "Interview: Alex Rivera for Site Reliability Engineer",
        interview=True,
        company="Saltmarsh AI",
        role="Site Reliability Engineer",
        org=("talent@saltmarsh.ai", "Saltmarsh AI Talent"),
        att=[person("oren@saltmarsh.ai", "Oren Tal")],
        desc="Hi Alex — looking forward to the conversation! Oren runs our infra team and will focus on incident response and observability. Lever invites are sometimes flaky with time zones, so please double-check: the call is at 10am Pacific.",
        meet="meet",
    )
    _x(
        "Vireo — Values Interview with Priya",
        interview=True,
        company="Vireo",
        role="Founding Engineer",
        org=("priya@vireo.health", "Priya Raman"),
        desc="Hey Alex, this is the last conversation in our process for the Founding Engineer role. No technical questions — we'll talk about how you like to work, what you want from your next team, and answer any questions you have about Vireo.\n\nBooked via Ashby",
        meet="meet",
    )
    _x(
        "Interview with Brandt & Hale",
        interview=True,
        company="Brandt & Hale",
        role=None,
        org=("careers@brandthale.com", "Brandt & Hale Careers"),
        desc="Interview confirmation\n\nCandidate: Alex Rivera\nLocation: 1200 Market Street, 14th floor, reception will direct you\nPlease bring photo ID.\n\nBrandt & Hale LLP Talent Acquisition",
        loc="Brandt & Hale, 1200 Market St, 14th Floor, San Francisco, CA 94102",
    )
    _x(
        "Panel Interview: Engineering Manager, Platform — Alex Rivera",
        interview=True,
        company="Tidepool Analytics",
        role="Engineering Manager, Platform",
        org=("hana.sato@tidepool-analytics.com", "Hana Sato"),
        att=[
            person("marcus.oyelaran@tidepool-analytics.com", "Marcus Oyelaran"),
            person("jill.park@tidepool-analytics.com", "Jill Park"),
            person(
                "sg-platform-hiring@tidepool-analytics.com", "Platform Hiring Panel", resource=False
            ),
        ],
        desc="Hello Alex,\n\nPlease find your panel interview details below.\n\nPanel: Marcus Oyelaran (Director of Engineering), Jill Park (Staff Engineer)\nFormat: 45 min discussion, 10 min for your questions\n\nWarm regards,\nHana | Recruiting Coordinator, Tidepool Analytics",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tpa77/0"),
        zone="America/Denver",
    )
    _x(
        "Intro call – Alex / Jess (Orrery)",
        interview=True,
        company="Orrery",
        role="Senior Frontend Engineer",
        org=("jess@orrery.dev", "Jess Whitaker"),
        desc="Thanks for replying to my note on LinkedIn! Quick 20 min to tell you about Orrery and the Senior Frontend Engineer opening, and to hear what you're looking for.",
        meet="meet",
    )
    _x(
        "Coffee chat w/ hiring manager — Quillon",
        interview=True,
        company="Quillon",
        role="Data Engineer II",
        org=("s.achebe@quillon.com", "Sade Achebe"),
        desc="Informal chat before the formal loop. Sade is the hiring manager for Data Engineer II on the Risk Analytics team.\n\nWe'll meet at Sightglass on 7th St, I'll be wearing a green jacket :)",
        loc="Sightglass Coffee, 270 7th St, San Francisco",
    )
    _x(
        "Alex Rivera - Technical Deep Dive",
        interview=True,
        company="Gridmint",
        role="Senior Platform Engineer",
        org=("interviews@gridmint.energy", "Gridmint Interviews"),
        att=[
            person("yusuf.demir@gridmint.energy", "Yusuf Demir"),
            person("cara.lin@gridmint.energy", "Cara Lin"),
        ],
        desc="Position: Senior Platform Engineer\nStage: Technical Deep Dive (2 of 4)\n\nYou'll walk Yusuf and Cara through a system you've built end to end. Slides are optional; a whiteboard-style discussion is fine.\n\nGreenhouse | Gridmint",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Phone interview: Lumenfold",
        interview=True,
        company="Lumenfold",
        role="Platform Engineer",
        org=("talent@lumenfold.com", "Lumenfold Talent"),
        att=[person("nadia.haddad@lumenfold.com", "Nadia Haddad")],
        desc="Nadia will call you at +1 (415) 555-0137. Position: Platform Engineer (Req #PE-2291).\n\nThis invitation was sent from Workday.",
        loc="Phone call - Nadia will dial you",
    )
    _x(
        "[Interview] Spindle × Alex — Pairing session",
        interview=True,
        company="Spindle",
        role="Software Engineer, Integrations",
        org=("hiring@spindle.app", "Spindle Hiring"),
        att=[
            person("wei.zhang@spindle.app", "Wei Zhang"),
            person("abby.moreau@spindle.app", "Abby Moreau"),
        ],
        desc="Role: Software Engineer, Integrations\n\nYou'll pair with Wei and Abby on a small feature in a real (sanitized) part of our codebase. Bring your own editor setup if you like; we'll share a repo 10 minutes before.\n\nScheduled via Ashby · Reschedule: https://app.ashbyhq.com/r/spd-19c",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Alex Rivera: Second Interview with Marisol Ortega",
        interview=True,
        company="Harbor & Pine",
        role="Analytics Engineer",
        org=("marisol.ortega@harborandpine.com", "Marisol Ortega"),
        desc="Hi Alex,\n\nLooking forward to continuing our conversation about the Analytics Engineer role at Harbor & Pine. This time we'll dig into dbt modeling and how you approach stakeholder requests.\n\nMarisol",
        conf=(_ZOOM, "https://harborandpine.zoom.us/j/97700112233"),
    )
    _x(
        "Interview confirmed – Plover",
        interview=True,
        company="Plover",
        role="Staff Engineer",
        org=("ats@plover.io", "Plover Recruiting"),
        att=[person("kenji@plover.io", "Kenji Arai")],
        desc="Candidate: Alex Rivera\nRole: Staff Engineer\nInterviewer: Kenji Arai (CTO)\nLength: 1 hour\n\nPowered by Lever",
        conf=(_ZOOM, "https://zoom.us/j/5551200987"),
        zone="Asia/Singapore",
    )
    _x(
        "Cobaltline - Final Interview",
        interview=True,
        company="Cobaltline",
        role="Data Platform Engineer",
        org=("noreply@smartrecruiters.com", "Cobaltline via SmartRecruiters"),
        att=[
            person("aroha.king@cobaltline.co.nz", "Aroha King"),
            person("t.ngata@cobaltline.co.nz", "Tane Ngata"),
        ],
        desc="Dear Alex,\n\nCongratulations on progressing to the final interview for Data Platform Engineer. You'll meet Aroha King (CTO) and Tane Ngata again.\n\nKind regards,\nCobaltline Recruitment",
        conf=(_ZOOM, "https://us06web.zoom.us/j/84411209911"),
        zone="Pacific/Auckland",
    )


def _ats_lookalikes() -> None:
    _x(
        "Greenhouse Open 2025 — keynote livestream",
        interview=False,
        desc="Registered through the Initech L&D budget. Sessions on structured hiring and interviewer calibration.",
        loc="https://open.greenhouse.example/live",
    )
    _x(
        "Vendor demo: Ashby vs Lever for Initech",
        interview=False,
        me=WORK_ME,
        org=("kira.holm@initech.com", "Kira Holm"),
        att=[
            person("demo@ashbyhq.com", "Ashby Sales"),
            person("ben.ortiz@initech.com", "Ben Ortiz"),
        ],
        desc="Recruiting ops is evaluating ATS replacements. Alex invited as an engineering interviewer rep to give feedback on scorecards and the interviewer app.",
        conf=(_ZOOM, "https://initech.zoom.us/j/99120003311"),
    )
    _x(
        "Workday: open enrollment closes",
        interview=False,
        me=WORK_ME,
        all_day=True,
        desc="Reminder from Initech People Team: finish your 2026 benefits elections in Workday before midnight.",
    )
    _x(
        "apply to Saltmarsh SRE before posting closes",
        interview=False,
        desc="jobs.lever.co/saltmarsh — tailor resume, mention on-call tooling",
    )
    _x(
        "SmartRecruiters: update candidate profile",
        interview=False,
        desc="Cobaltline asked for updated work authorization info in the portal.",
    )
    _x(
        "Teamtailor newsletter webinar: Employer branding 101",
        interview=False,
        me=WORK_ME,
        desc="Forwarded by Kira. Optional for hiring managers.",
        loc="https://www.teamtailor.com/webinars/employer-branding",
    )


def _booking_and_assessment_tools() -> None:
    _x(
        "30 Minute Meeting between Alex Rivera and Nadia Haddad",
        interview=True,
        company="Lumenfold",
        role=None,
        org=("nadia.haddad@lumenfold.com", "Nadia Haddad"),
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.\nI applied through your careers page last week — happy to talk about my infra background.\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0d4e\nReschedule: https://calendly.com/reschedulings/0d4e\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Screening call between Ravi Menon and Alex Rivera",
        interview=True,
        company="KestrelPay",
        role="Senior Backend Engineer (Ledger)",
        org=("ravi@kestrelpay.io", "Ravi Menon"),
        desc="What: Screening call\nInvitee Time Zone: America/Los_Angeles\nWho:\nRavi Menon - Organizer\nravi@kestrelpay.io\nAlex Rivera\nalex.rivera@gmail.com\nWhere: https://app.cal.com/video/kP9x2\nDescription: Intro for the Senior Backend Engineer (Ledger) role at KestrelPay.\n\nNeed to make a change? Reschedule or Cancel",
        loc="https://app.cal.com/video/kP9x2",
    )
    _x(
        "Second interview: Alex Rivera – Research Software Engineer",
        interview=True,
        company="Institute for Applied Geodynamics",
        role="Research Software Engineer",
        org=("m.hoffmann@iagd-institute.org", "Dr. Martina Hoffmann"),
        att=[
            person("r.kaur@iagd-institute.org", "Rupinder Kaur"),
            person("t.weiss@iagd-institute.org", "Tobias Weiss", status="needsAction"),
        ],
        desc="Dear Mr Rivera,\n\nthank you for filling in the Doodle poll. The slot that suited everyone on the committee is the one in this invitation.\n\nPlease prepare a 15-minute talk on a software project you led, followed by questions from the selection committee.\n\nBest regards,\nMartina Hoffmann\nInstitute for Applied Geodynamics, Potsdam",
        conf=(_ZOOM, "https://zoom.us/j/6120044587"),
        zone="Europe/Berlin",
    )
    _x(
        "First interview – IT roles",
        interview=True,
        company="Harbourline Insurance",
        role="Integration Developer",
        org=("TalentAcquisition@harbourline.co.uk", "Harbourline Talent Acquisition"),
        desc="Your booking with Harbourline Talent Acquisition is confirmed.\n\nService: First interview – IT roles\nStaff: Callum Reid\nCustomer: Alex Rivera\nNotes: Integration Developer, ref HL-4471\n\nJoin Microsoft Teams meeting\n\nManage your booking\nPowered by Microsoft Bookings",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hlbook/0"),
        zone="Europe/London",
    )
    _x(
        "HireVue Live Interview – Meridian Foods – Supply Chain Analytics Lead",
        interview=True,
        company="Meridian Foods",
        role="Supply Chain Analytics Lead",
        org=("no-reply@hirevue.com", "Meridian Foods via HireVue"),
        desc="Hello Alex,\n\nMeridian Foods has scheduled a live video interview with you for the Supply Chain Analytics Lead position.\n\nInterviewer: Dolores Ferraro\nJoin from a laptop with a working webcam. Test your setup beforehand: https://hirevue.com/systemcheck\n\nJoin link: https://app.hirevue.com/live/mf-88213",
        loc="https://app.hirevue.com/live/mf-88213",
        zone="America/Chicago",
    )
    _x(
        "Codility CodeLive – Brisa Mobility",
        interview=True,
        company="Brisa Mobility",
        role="Backend Engineer (Go)",
        org=("talent@brisamobility.pt", "Brisa Mobility Talent"),
        att=[person("duarte.pinto@brisamobility.pt", "Duarte Pinto")],
        desc="Hi Alex,\n\nNext step for the Backend Engineer (Go) role is a live coding session with Duarte on Codility CodeLive. You'll get the session link 5 minutes before start. Video and audio run inside the tool, no separate call needed.\n\nObrigada!\nSofia",
        loc="Codility CodeLive",
        zone="Europe/Lisbon",
    )
    _x(
        "HackerRank Interview: Alex Rivera | Ostrava Systems",
        interview=True,
        company="Ostrava Systems",
        role="C++ Developer",
        org=("no-reply@hackerrank.com", "HackerRank"),
        att=[person("petr.novak@ostravasystems.cz", "Petr Novák")],
        desc="You have been invited by Ostrava Systems to a live interview for the role of C++ Developer.\n\nInterviewer: Petr Novák\nInterview link: https://www.hackerrank.com/interviews/os-4hk2\n\nPlease join 5 minutes early to test audio.",
        loc="https://www.hackerrank.com/interviews/os-4hk2",
        zone="Europe/Prague",
    )
    _x(
        "Pair programming interview (CoderPad)",
        interview=True,
        company="Halcyon Health",
        role=None,
        org=("recruiting@halcyon.health", "Halcyon Health Recruiting"),
        att=[person("ana.ruiz@halcyon.health", "Ana Ruiz")],
        desc="Alex, thanks for making time. Ana from our care-platform team will pair with you in CoderPad: https://app.coderpad.io/HC7Q2XZ\n\nPython or TypeScript are both fine.\n\n— Halcyon Health",
        loc="https://app.coderpad.io/HC7Q2XZ",
    )
    _x(
        "Karat Interview for Tessera Bank - Software Engineer",
        interview=True,
        company="Tessera Bank",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Hi Alex,\n\nYour technical interview for Tessera Bank is confirmed. This interview will be conducted by a Karat Interview Engineer on behalf of Tessera Bank.\n\nInterview length: 60 minutes\nPlease join from a computer: https://karat.io/interviews/join/TB-92c1\n\nGood luck!\nThe Karat Team",
        loc="https://karat.io/interviews/join/TB-92c1",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera x Fennec: Intro Call (Calendly)",
        interview=True,
        company="Fennec",
        role="Developer Experience Engineer",
        org=("lucia@fennec.tools", "Lucía Serrano"),
        desc="Event Name: Intro Call (25 min)\n\nQuestions:\nWhich role are you interested in?\nDeveloper Experience Engineer\n\nHow did you hear about us?\nHN Who's Hiring thread\n\nPowered by Calendly.com",
        conf=(_ZOOM, "https://fennec.zoom.us/j/82209911457"),
    )
    _x(
        "Technical interview — Nimbus Kitchen",
        interview=True,
        company="Nimbus Kitchen",
        role="Backend Engineer",
        org=("rafael@nimbuskitchen.com", "Rafael Costa"),
        desc="Booked with Cal.com\n\nWe'll do a 45 min practical session on an order-routing problem, then 15 min for your questions about the Backend Engineer role.",
        loc="https://cal.com/video/nk-12ab",
        zone="America/Sao_Paulo",
    )
    _x(
        "Karat interview: Glasswing",
        interview=True,
        company="Glasswing",
        role="Senior Software Engineer, Backend",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Company: Glasswing\nPosition: Senior Software Engineer, Backend\nDuration: 60 min\nFormat: Live technical interview with a Karat Interview Engineer. You may choose to redo this interview once if you feel it didn't reflect your abilities.\n\nJoin: https://karat.io/interviews/join/GW-19ee",
        loc="https://karat.io/interviews/join/GW-19ee",
    )
    _x(
        "Microsoft Bookings: Recruiter call with Ottavia (Cinder)",
        interview=True,
        company="Cinder",
        role="Solutions Engineer",
        org=("bookings@cinder.cloud", "Cinder Careers"),
        desc="Booking confirmed\nService: Recruiter call – Solutions Engineer (30 min)\nStaff member: Ottavia Gallo\n\nAdd to calendar | Reschedule | Cancel",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cndr/0"),
        zone="Europe/Rome",
    )
    _x(
        "CoderPad live: algorithms w/ Ilya — Arcturus Freight",
        interview=True,
        company="Arcturus Freight",
        role="Software Engineer, Routing",
        org=("ilya.petrov@arcturusfreight.com", "Ilya Petrov"),
        desc="Phone screen for Software Engineer, Routing. I'll send the CoderPad link at the start. Zoom below.",
        conf=(_ZOOM, "https://arcturusfreight.zoom.us/j/93300211004"),
        zone="America/Chicago",
    )
    # look-alikes from the same tools
    _x(
        "Complete HireVue video interview — Meridian Foods (due 11:59 PM CT)",
        interview=False,
        all_day=True,
        desc="On-demand interview, 5 questions, 3 min each, 1 practice question. Record whenever before the deadline. https://app.hirevue.com/interviews/mf-od-7741",
    )
    _x(
        "Codility test expires – Brisa Mobility",
        interview=False,
        desc="Self-paced task, 90 min timer starts when you open it. Link in the email from Sofia.",
    )
    _x(
        "HackerRank challenge (do before Fri)",
        interview=False,
        desc="Glasswing screening test – 2 problems + SQL, 75 minutes, no proctor. Take it when fresh in the morning.",
    )
    _x(
        "Karat: Interview Engineer shift (side gig)",
        interview=False,
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="You're scheduled to conduct 2 interviews in this block. Review the question rubric and candidate instructions in the Karat interviewer portal.",
        loc="https://karat.io/ie/portal",
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Greta Lind",
        interview=False,
        org=("greta@lindwealthplanning.com", "Greta Lind"),
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.\nRollover of Initech 401k, questions about Roth conversion.\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Book club — poll result (Doodle)",
        interview=False,
        desc="Doodle winner: Thursday. We're discussing 'Klara and the Sun'. Bring snacks.",
        loc="Nina's place",
    )
    _x(
        "Passport renewal appointment",
        interview=False,
        desc="Booked via Microsoft Bookings. Service: Passport application in person. Bring DS-82, old passport, 2 photos.",
        loc="San Francisco Passport Agency, 450 Golden Gate Ave",
    )
    _x(
        "LeetCode weekly contest 431",
        interview=False,
        desc="just for practice, 4 problems",
        loc="https://leetcode.com/contest/",
        zone="Asia/Shanghai",
    )
    _x(
        "TestGorilla assessment – Cognitive ability (self-paced)",
        interview=False,
        desc="Harbor & Pine sent this after the second interview. 4 tests, about 45 min total, no interviewer. Deadline Sunday.",
    )
    _x(
        "Cal.com: Haircut with Jordi",
        interview=False,
        org=("jordi@barberiaelcarmen.com", "Jordi Puig"),
        desc="What: Haircut + beard (45 min)\nWhere: Barberia El Carmen, 2190 Mission St\nBooked with Cal.com",
        loc="Barberia El Carmen, 2190 Mission St, San Francisco",
    )
    _x(
        "CoderPad for the pairing workshop (meetup)",
        interview=False,
        desc="Hosting a kata at the Bay Area Python meetup. Create pads for 8 pairs beforehand.",
        loc="GitHub HQ, 88 Colin P Kelly Jr St",
    )
    _x(
        "Take-home due — Spindle",
        interview=False,
        all_day=True,
        desc="Submit the repo link to hiring@spindle.app. Time-boxed to 3 hours, they said not to overdo it.",
    )


def _loops_centres_and_trials() -> None:
    _x(
        "Arcturus Onsite 1/4: Coding",
        interview=True,
        company="Arcturus Freight",
        role="Software Engineer, Routing",
        org=("onsites@arcturusfreight.com", "Arcturus Freight Recruiting"),
        att=[person("m.delacroix@arcturusfreight.com", "Mathis Delacroix")],
        desc="Welcome to your onsite at Arcturus Freight! Check in at the 5th floor front desk at 9:40 with your ID.\n\nSession 1 — Coding (Mathis Delacroix)",
        loc="Arcturus Freight, 222 W Adams St, Chicago, IL — Room Lakeshore",
        zone="America/Chicago",
    )
    _x(
        "Arcturus Onsite 2/4: System Design",
        interview=True,
        company="Arcturus Freight",
        role="Software Engineer, Routing",
        org=("onsites@arcturusfreight.com", "Arcturus Freight Recruiting"),
        att=[
            person("s.chaudhry@arcturusfreight.com", "Sana Chaudhry"),
            person("room-wrigley@arcturusfreight.com", "CHI-5-Wrigley (8)", resource=True),
        ],
        desc="Session 2 — System Design (Sana Chaudhry). Whiteboard provided.",
        loc="CHI-5-Wrigley (8)",
        zone="America/Chicago",
    )
    _x(
        "Arcturus onsite — lunch w/ team",
        interview=True,
        company="Arcturus Freight",
        role="Software Engineer, Routing",
        org=("onsites@arcturusfreight.com", "Arcturus Freight Recruiting"),
        att=[
            person("ilya.petrov@arcturusfreight.com", "Ilya Petrov"),
            person("jo.feng@arcturusfreight.com", "Jo Feng"),
        ],
        desc="Informal lunch with two engineers from the Routing team as part of your onsite. Not evaluated — ask them anything!",
        loc="Arcturus Freight cafe, 5th floor",
        zone="America/Chicago",
    )
    _x(
        "Arcturus Onsite 4/4: Behavioral with Director of Eng",
        interview=True,
        company="Arcturus Freight",
        role="Software Engineer, Routing",
        org=("onsites@arcturusfreight.com", "Arcturus Freight Recruiting"),
        att=[person("d.okonkwo@arcturusfreight.com", "Daniel Okonkwo")],
        desc="Session 4 — Leadership & collaboration (Daniel Okonkwo, Director of Engineering). After this, your recruiter will walk you out.",
        loc="Arcturus Freight, 222 W Adams St, Chicago, IL",
        zone="America/Chicago",
    )
    _x(
        "Virtual Onsite — Session 3: Architecture deep dive",
        interview=True,
        company="Gridmint",
        role="Senior Platform Engineer",
        org=("interviews@gridmint.energy", "Gridmint Interviews"),
        att=[
            person("h.ferreira@gridmint.energy", "Helena Ferreira"),
            person("akash@gridmint.energy", "Akash Iyer"),
        ],
        desc="Gridmint virtual onsite, part 3 of 5. Same Meet link for all sessions; interviewers will rotate. 10 minute breaks between sessions.",
        meet="meet",
    )
    _x(
        "Virtual Onsite — Session 5: Hiring Manager close",
        interview=True,
        company="Gridmint",
        role="Senior Platform Engineer",
        org=("interviews@gridmint.energy", "Gridmint Interviews"),
        att=[person("yusuf.demir@gridmint.energy", "Yusuf Demir")],
        desc="Final conversation of the day with Yusuf (hiring manager). Time for your questions about the team and roadmap.",
        meet="meet",
    )
    _x(
        "Assessment Centre – Day 1 (group exercise + case)",
        interview=True,
        company="Hollis & Crane",
        role="Technology Consultant",
        org=("graduate.recruitment@holliscrane.co.uk", "Hollis & Crane Recruitment"),
        desc="Dear Alex,\n\nWe are delighted to invite you to our Assessment Centre for the Technology Consultant role.\n\n09:00 Arrival & welcome\n09:30 Group exercise\n11:00 Written case study\n13:00 Lunch with consultants\n14:00 Partner interview\n\nDress code: business casual. Travel expenses will be reimbursed.",
        loc="Hollis & Crane, 10 Finsbury Square, London EC2A 1AF",
        zone="Europe/London",
    )
    _x(
        "Assessment center: presentation + competency interview",
        interview=True,
        company="Vantaa Grid",
        role="IT Project Manager",
        org=("rekry@vantaagrid.fi", "Vantaa Grid Recruitment"),
        att=[
            person("anni.virtanen@vantaagrid.fi", "Anni Virtanen"),
            person("mikko.laine@vantaagrid.fi", "Mikko Laine"),
        ],
        desc="Please prepare a 10 minute presentation: 'How would you run the first 90 days of our meter-data platform migration?' After that, a competency-based interview with the panel. An occupational psychologist will also join.",
        loc="Vantaa Grid HQ, Tikkurilantie 44, Vantaa",
        zone="Europe/Helsinki",
    )
    _x(
        "Case interview – Round 1 (Marlowe Partners)",
        interview=True,
        company="Marlowe Partners",
        role="Associate, Digital & Analytics",
        org=("recruiting@marlowepartners.com", "Marlowe Partners Recruiting"),
        att=[person("e.vasquez@marlowepartners.com", "Elena Vásquez")],
        desc="Two 45-minute case interviews for the Associate, Digital & Analytics position. Please have pen, paper and a calculator. Cases are interviewer-led.",
        conf=(_ZOOM, "https://marlowepartners.zoom.us/j/92088100444"),
        zone="America/New_York",
    )
    _x(
        "Paid trial day — Foxglove Studio",
        interview=True,
        company="Foxglove Studio",
        role="Product Engineer",
        org=("hello@foxglove.studio", "Foxglove Studio"),
        desc="Hey Alex! So excited you're coming in. You'll work alongside the team on a real ticket from our board, join standup and the afternoon demo. We pay a day rate for trial days — bring your laptop and invoice details.\n\nOffice is on the 2nd floor above the bike shop.",
        loc="Foxglove Studio, 415 Valencia St, Floor 2, San Francisco",
        all_day=True,
    )
    _x(
        "Work trial w/ Cinder (day 2 of 3)",
        interview=True,
        company="Cinder",
        role="Solutions Engineer",
        desc="paid trial; shadow customer call at 2, build demo env for the Belgian prospect",
        all_day=True,
        zone="Europe/Rome",
    )
    _x(
        "Take-home debrief — Spindle",
        interview=True,
        company="Spindle",
        role="Software Engineer, Integrations",
        org=("hiring@spindle.app", "Spindle Hiring"),
        att=[
            person("wei.zhang@spindle.app", "Wei Zhang"),
            person("noor.hakim@spindle.app", "Noor Hakim"),
        ],
        desc="We'll walk through your take-home submission together: trade-offs, what you'd do with more time, and a small extension we'll build live.",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Onsite: Ember Health – Leadership loop (part 1)",
        interview=True,
        company="Ember Health",
        role="Engineering Manager, Clinical Data",
        org=("recruiting-coordination@emberhealth.com", "Ember Health Recruiting"),
        att=[person("lkhan@emberhealth.com", "Lina Khan")],
        desc="People leadership scenarios with Lina Khan (Sr. Director, Data).",
        loc="Ember Health, 1 Kendall Sq, Building 300, Cambridge MA",
        zone="America/New_York",
    )
    _x(
        "Onsite: Ember Health – Cross-functional partner (part 2)",
        interview=True,
        company="Ember Health",
        role="Engineering Manager, Clinical Data",
        org=("recruiting-coordination@emberhealth.com", "Ember Health Recruiting"),
        att=[person("pbose@emberhealth.com", "Pranav Bose")],
        desc="Conversation with Pranav Bose, Group Product Manager, about how you partner with product and clinical ops.",
        loc="Ember Health, 1 Kendall Sq, Building 300, Cambridge MA",
        zone="America/New_York",
    )
    _x(
        "Super Day – Tessera Bank (3 interviews)",
        interview=True,
        company="Tessera Bank",
        role="Software Engineer",
        org=("campus.tech@tesserabank.com", "Tessera Bank Technology Recruiting"),
        desc="Your Super Day schedule:\n1) Technical (data structures)\n2) Technical (design)\n3) Fit interview with a Managing Director\n\nPlease log in to the Zoom link 10 minutes early; a coordinator will move you between breakout rooms.",
        conf=(_ZOOM, "https://tesserabank.zoom.us/j/95500123987"),
        zone="America/New_York",
    )
    _x(
        "Bar raiser round — Quarry Labs",
        interview=True,
        company="Quarry Labs",
        role="Machine Learning Platform Engineer",
        org=("scheduling@quarrylabs.ai", "Quarry Labs Scheduling"),
        att=[person("zoltan@quarrylabs.ai", "Zoltán Kiss")],
        desc="This is an additional interview with a bar raiser from outside the hiring team. Expect behavioral questions with follow-ups.\n\nScheduled via GoodTime.",
        conf=(_ZOOM, "https://quarrylabs.zoom.us/j/91002349987"),
    )
    # look-alikes around onsites
    _x(
        "Flight UA 1537 SFO → ORD",
        interview=False,
        desc="Confirmation KX7P2L. Seat 21C. Arcturus is reimbursing — keep receipts.",
        loc="San Francisco International Airport",
    )
    _x(
        "Hotel: Kimpton Gray (Chicago)",
        interview=False,
        all_day=True,
        desc="Conf #88317720, check-in 3pm. Booked by Arcturus recruiting travel desk.",
        loc="122 W Monroe St, Chicago, IL",
        zone="America/Chicago",
    )
    _x(
        "Expense report for Arcturus trip",
        interview=False,
        desc="Upload flight, Uber, dinner receipts to their Navan link within 14 days.",
    )
    _x(
        "Onsite day: Initech hosting 4 candidates (Data Platform)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Hiring managers & interviewers FYI: 4 onsites on the same day. Alex — you're on the system design panel for candidates 2 and 4. Scorecards in Greenhouse by EOD.",
        loc="Initech HQ, Building C, 3rd floor",
    )


def _agencies() -> None:
    _x(
        "Call with Harrow Talent re: Lead Engineer (confidential fintech)",
        interview=True,
        company=None,
        role="Lead Engineer",
        org=("oliver.grant@harrowtalent.com", "Oliver Grant"),
        desc="Hi Alex, as mentioned the client is a Series C fintech in SoMa that is keeping the search confidential for now. Role is Lead Engineer, payments risk, 220-250k base. Happy to share the name once you're comfortable for me to submit you.\n\nOliver Grant | Principal Consultant | Harrow Talent",
        loc="Phone: Oliver will call +1 415 555 0184",
    )
    _x(
        "Brightpath Staffing x Alex – Dunmore Logistics DevOps role",
        interview=True,
        company="Dunmore Logistics",
        role="DevOps Engineer",
        org=("kelsey.moon@brightpathstaffing.com", "Kelsey Moon"),
        desc="Quick prep call then I'll patch in Gareth from Dunmore Logistics for the actual interview (DevOps Engineer, 12-month contract-to-hire, hybrid Leeds).",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bpsdun/0"),
        zone="Europe/London",
    )
    _x(
        "Client interview via Oakridge Search: Velora Bank",
        interview=True,
        company="Velora Bank",
        role="Head of Data Engineering",
        org=("amelia.rossi@oakridgesearch.com", "Amelia Rossi"),
        att=[person("c.hartmann@velorabank.ch", "Christoph Hartmann")],
        desc="Alex,\n\nConfirming your first interview with Christoph Hartmann (CDO) at Velora Bank for the Head of Data Engineering mandate. Christoph will send his own Webex link; I've added it here too.\n\nPlease call me afterwards for a debrief.\n\nAmelia Rossi\nPartner, Oakridge Search",
        loc="https://velorabank.webex.com/meet/c.hartmann",
        zone="Europe/Zurich",
    )
    _x(
        "Interview – confidential client (Series B healthtech) – Staff Engineer",
        interview=True,
        company=None,
        role="Staff Engineer",
        org=("priyanka@meridianpeople.io", "Priyanka Shah"),
        desc="The client's CTO will join directly. Client name stays confidential until after this call per their request — they're in stealth on the new product line.",
        meet="meet",
    )
    _x(
        "Teleconference w/ recruiter (Kestner Partners) + hiring mgr at Orchard Mutual",
        interview=True,
        company="Orchard Mutual",
        role="Senior .NET Developer",
        org=("d.ferris@kestnerpartners.com", "Dana Ferris"),
        att=[person("wjames@orchardmutual.com", "Walter James")],
        desc="Dial-in: +1 646 555 0100, passcode 448812#\nRole: Senior .NET Developer (W2 contract, 6 mo+)\nHiring manager: Walter James",
        loc="Dial-in +1 646 555 0100 / 448812#",
        zone="America/New_York",
    )
    _x(
        "Tech interview — client: Aldermoor Games (via Pixel Talent)",
        interview=True,
        company="Aldermoor Games",
        role="Gameplay Engineer",
        org=("recruit@pixeltalent.co", "Pixel Talent"),
        desc="Client: Aldermoor Games\nPosition: Gameplay Engineer (Unity/C#)\nInterviewers: lead engineer + producer\nAgency contact: Hamish, 07700 900123",
        conf=(_ZOOM, "https://zoom.us/j/4410098812"),
        zone="Europe/London",
    )
    _x(
        "Screening with Sigma IT Consulting (for their client)",
        interview=True,
        company=None,
        role="Cloud Architect",
        org=("ayesha.k@sigmait-consulting.com", "Ayesha Khan"),
        desc="Role: Cloud Architect (AWS), end client in the insurance sector, name shared after submission. 30 min technical screening by our practice lead.",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_sigma/0"),
        zone="Asia/Kolkata",
    )
    _x(
        "Harrow Talent – client interview with Norwood Pay",
        interview=True,
        company="Norwood Pay",
        role="Lead Engineer",
        org=("oliver.grant@harrowtalent.com", "Oliver Grant"),
        att=[person("aisha@norwoodpay.com", "Aisha Bello")],
        desc="Now that you've OK'd the submission: the client is Norwood Pay. First interview is with Aisha Bello, VP Engineering, for the Lead Engineer role we discussed.",
        meet="meet",
    )
    _x(
        "Registration call – Brightpath Staffing",
        interview=False,
        org=("onboarding@brightpathstaffing.com", "Brightpath Onboarding"),
        desc="Complete the I-9 and direct deposit forms for your contractor profile. This is an admin call, not an interview.",
        meet="meet",
    )
    _x(
        "Recruiter spam? call back Hays guy",
        interview=False,
        desc="left voicemail about 'exciting opportunity', no details. maybe ignore",
    )
    _x(
        "Oakridge Search: debrief with Amelia",
        interview=False,
        org=("amelia.rossi@oakridgesearch.com", "Amelia Rossi"),
        desc="Let's catch up after your conversation with Christoph — what went well, concerns, comp expectations.",
        loc="Phone",
        zone="Europe/Zurich",
    )


def _own_notes() -> None:
    _x("phone screen - plover", interview=True, company="Plover", role=None)
    _x(
        "HM call Quillon",
        interview=True,
        company="Quillon",
        role=None,
        desc="Sade again. ask about on-call + team size",
    )
    _x(
        "tech int #2 — Vireo",
        interview=True,
        company="Vireo",
        role=None,
        loc="https://meet.google.com/vir-tech-two",
    )
    _x("Intvw @ Pellucid 🤞", interview=True, company="Pellucid", role=None)
    _x(
        "interveiw w/ ember health",
        interview=True,
        company="Ember Health",
        role=None,
        desc="recruiter said 45 min, w/ Lina",
    )
    _x("R1 - Fennec", interview=True, company="Fennec", role=None)
    _x(
        "Sys design round",
        interview=True,
        company="Halvorsen Maritime",
        role=None,
        loc="Halvorsen Maritime, Pier 9 office, The Embarcadero, San Francisco",
    )
    _x(
        "Final round!!! 🎉",
        interview=True,
        company="KestrelPay",
        role=None,
        desc="KestrelPay — CTO + VP Eng back to back. Link in Ravi's email.",
    )
    _x(
        "screen w recruiter (Lumenfold, Platform Engineer)",
        interview=True,
        company="Lumenfold",
        role="Platform Engineer",
    )
    _x("👩‍💻 coding intv – Tessellate", interview=True, company="Tessellate", role=None)
    _x(
        "Int. Orrery (2nd)",
        interview=True,
        company="Orrery",
        role=None,
        desc="frontend arch + react perf, w/ Tom + Jess",
    )
    _x("Interview", interview=True, company=None, role=None, loc="Zoom")
    _x(
        "behavioral round",
        interview=True,
        company=None,
        role=None,
        loc="https://us02web.zoom.us/j/86612309981?pwd=aGk3",
        desc="STAR stories: migration, conflict w/ PM, outage",
    )
    _x("Hiring mgr — Saltmarsh", interview=True, company="Saltmarsh AI", role=None)
    _x(
        "Onsite @ Gridmint",
        interview=True,
        company="Gridmint",
        role=None,
        all_day=True,
        desc="virtual, 5 sessions, 9:30-3:30",
    )
    _x(
        "2nd interview",
        interview=True,
        company="Dunmore Logistics",
        role=None,
        loc="Dunmore Logistics, 40 Wharf Rd, Leeds LS1 4BR",
        zone="Europe/London",
    )
    _x(
        "Tech screen",
        interview=True,
        company="Nimbus Kitchen",
        role="Backend Engineer",
        desc="https://app.coderpad.io/NK88QW1\nNimbus Kitchen - Backend Engineer - w/ Rafael",
    )
    _x("📞 recruiter — Harbor&Pine", interview=True, company="Harbor & Pine", role=None)
    _x(
        "intrvw mtg w/ CTO of Corvid (Staff SWE)",
        interview=True,
        company="Corvid",
        role="Staff SWE",
        zone="America/Denver",
    )
    _x(
        "Glasswing HM",
        interview=True,
        company="Glasswing",
        role=None,
        desc="after karat. hiring manager = Theo Mwangi, payments backend",
        meet="meet",
    )
    _x(
        "Brisa – entrevista final c/ CTO",
        interview=True,
        company="Brisa Mobility",
        role=None,
        zone="Europe/Lisbon",
    )
    _x(
        "loop day (Fernhill)",
        interview=True,
        company="Fernhill Robotics",
        role=None,
        desc="4x45 - coding, debugging, design, values. bring water, charger",
        all_day=True,
        zone="America/New_York",
    )
    # Alex's notes that are not interviews
    _x(
        "prep: sys design for Vireo",
        interview=False,
        desc="rate limiter, event sourcing, review DDIA ch 11",
    )
    _x("review notes before Pellucid call", interview=False)
    _x(
        "send thank-you to Dmitri (Loopwise)",
        interview=False,
        desc="mention the idempotency discussion",
    )
    _x(
        "offer call – Ember Health",
        interview=False,
        desc="Lina + recruiter walking through the offer. ask: equity refresh, sign-on, start date",
        conf=(_ZOOM, "https://emberhealth.zoom.us/j/81234009999"),
    )
    _x("follow up w/ Quillon recruiter if no news", interview=False, all_day=True)
    _x("leetcode grind 🔥 (graphs)", interview=False)
    _x("STAR stories practice", interview=False, desc="record myself, 2 min each")
    _x("buy interview shirt", interview=False, loc="Uniqlo Powell St")
    _x("haircut before Gridmint onsite", interview=False, loc="Barberia El Carmen")
    _x(
        "decide on Fernhill vs KestrelPay",
        interview=False,
        desc="offer deadline Friday. pros/cons sheet",
    )
    _x("sign offer letter (DocuSign)", interview=False, all_day=True)
    _x("resign @ initech — talk to Morgan first", interview=False)


def _languages_europe() -> None:
    # German
    _x(
        "Vorstellungsgespräch: Alex Rivera – Senior Data Engineer (m/w/d)",
        interview=True,
        company="Lindwurm Energie",
        role="Senior Data Engineer (m/w/d)",
        org=("karriere@lindwurm-energie.de", "Lindwurm Energie AG – Recruiting"),
        att=[
            person("katrin.vogel@lindwurm-energie.de", "Dr. Katrin Vogel"),
            person("stefan.brueck@lindwurm-energie.de", "Stefan Brück"),
        ],
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne möchten wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams einladen.\n\nIhre Gesprächspartner:\n– Dr. Katrin Vogel (Teamleitung Data Platform)\n– Stefan Brück (HR Business Partner)\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Lindwurm Energie AG",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lwe01/0"),
        zone="Europe/Berlin",
    )
    _x(
        "Probetag bei Zahnrad",
        interview=True,
        company="Zahnrad Software",
        role=None,
        desc="9 Uhr da sein, Laptop mitbringen. Ansprechpartnerin: Merle (Teamlead). Mittagessen mit dem Team.",
        loc="Zahnrad Software GmbH, Schanzenstraße 8, 51063 Köln",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Interview für den Podcast „Datenküche“",
        interview=False,
        org=("redaktion@datenkueche-podcast.de", "Datenküche Redaktion"),
        desc="Hallo Alex, wir freuen uns auf die Aufnahme! Thema: Datenplattformen im Mittelstand. Bitte ein Headset verwenden. Die Folge erscheint ca. 3 Wochen nach der Aufnahme.",
        loc="https://riverside.fm/studio/datenkueche",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien d'embauche – Développeur·se Full Stack – Alex Rivera",
        interview=True,
        company="Atelier Nuage",
        role="Développeur·se Full Stack",
        org=("recrutement@atelier-nuage.fr", "Atelier Nuage – Recrutement"),
        att=[
            person("camille.royer@atelier-nuage.fr", "Camille Royer"),
            person("julien.marchand@atelier-nuage.fr", "Julien Marchand"),
        ],
        desc="Bonjour Alex,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien avec Camille Royer (CTO) et Julien Marchand (Lead Dev). L'entretien durera environ une heure et comportera une partie technique.\n\nÀ très bientôt,\nLéa – Talent Acquisition, Atelier Nuage",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH — Groupe Sarrasin (poste Data Engineer)",
        interview=True,
        company="Groupe Sarrasin",
        role="Data Engineer",
        org=("no-reply@welcomekit.co", "Groupe Sarrasin"),
        desc="Bonjour Alex,\n\nVotre entretien avec Sophie Lemaire (Chargée de recrutement) est confirmé.\nPoste : Data Engineer – CDI – Rennes / télétravail partiel\n\nPlanifié via Welcome to the Jungle",
        conf=(_ZOOM, "https://us05web.zoom.us/j/87712093344"),
        zone="Europe/Paris",
    )
    _x(
        "Interview avec une journaliste du Monde Informatique",
        interview=False,
        org=("c.dubois@lmi-redaction.fr", "Clémence Dubois"),
        desc="Article sur le recrutement des ingénieurs data. Entretien de 20 min, citations relues avant publication.",
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista técnica – Ingeniero/a de Datos Sr. – Alex Rivera",
        interview=True,
        company="Bravante",
        role="Ingeniero/a de Datos Sr.",
        org=("talento@bravante.es", "Talento Bravante"),
        att=[person("jorge.ibanez@bravante.es", "Jorge Ibáñez")],
        desc="Hola Alex:\n\nTe confirmamos la entrevista técnica para la posición de Ingeniero/a de Datos Sr. Estará Jorge Ibáñez, Head of Data. Haremos un ejercicio práctico de SQL y modelado, así que ten a mano tu portátil.\n\nUn saludo,\nEquipo de Talento de Bravante",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con RRHH – Grupo Alcázar",
        interview=True,
        company="Grupo Alcázar",
        role="Arquitecto Cloud",
        org=("marta.salinas@grupoalcazar.mx", "Marta Salinas"),
        desc="Hola Alex, te confirmo la entrevista con Marta de Recursos Humanos para la vacante de Arquitecto Cloud. Duración aproximada: 30 minutos. Cualquier cambio me avisas por WhatsApp.",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_galc/0"),
        zone="America/Mexico_City",
    )
    _x(
        "Simulacro de entrevista con mi mentora",
        interview=False,
        org=("paula.mendez@gmail.com", "Paula Méndez"),
        desc="Practicamos preguntas de comportamiento en español antes de lo de Bravante. Paula hace de entrevistadora.",
        meet="meet",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Entrevista – Desenvolvedor Back-end Pleno | Cajuína Tech",
        interview=True,
        company="Cajuína Tech",
        role="Desenvolvedor Back-end Pleno",
        org=("noreply@gupy.io", "Cajuína Tech via Gupy"),
        desc="Olá, Alex!\n\nVocê avançou para a etapa de Entrevista com a liderança na vaga Desenvolvedor Back-end Pleno.\n\nEntrevistador: Thiago Albuquerque\nLink da reunião: https://meet.google.com/abc-defg-caj\n\nBoa sorte!\nTime de Gente da Cajuína Tech",
        meet="meet",
        zone="America/Fortaleza",
    )
    _x(
        "Conversa com a gestora – Lusitânia Seguros",
        interview=True,
        company="Lusitânia Seguros",
        role="Engenheiro de Dados Sénior",
        org=("recrutamento@lusitaniaseguros.pt", "Recrutamento Lusitânia Seguros"),
        att=[person("ines.carvalho@lusitaniaseguros.pt", "Inês Carvalho")],
        desc="Olá Alex,\n\na Inês Carvalho (gestora da equipa de Engenharia de Dados) gostaria de conversar consigo sobre a vaga de Engenheiro de Dados Sénior. A conversa terá cerca de 45 minutos.\n\nCumprimentos",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_lusit/0"),
        zone="Europe/Lisbon",
    )
    _x(
        "Entrevista consular – visto de trabalho",
        interview=False,
        desc="Consulado-Geral do Brasil. Levar passaporte, formulário DS impresso, comprovante da taxa e foto 5x7.",
        loc="Consulado-Geral do Brasil, 300 Montgomery St, San Francisco",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Sviluppatore Java – Alex Rivera",
        interview=True,
        company="Lucerna Sistemi",
        role="Sviluppatore Java",
        org=("hr@lucernasistemi.it", "HR Lucerna Sistemi"),
        desc="Gentile Alex,\n\ncome anticipato telefonicamente, le confermiamo il colloquio conoscitivo per la posizione di Sviluppatore Java presso la nostra sede di Bologna (o da remoto, se preferisce).\n\nCordiali saluti,\nUfficio Risorse Umane – Lucerna Sistemi S.p.A.",
        loc="Via dell'Indipendenza 42, Bologna",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico con il team – Ferrante Digitale",
        interview=True,
        company="Ferrante Digitale",
        role=None,
        org=("giulia.ferrante@ferrantedigitale.it", "Giulia Ferrante"),
        desc="Ciao Alex! Secondo step: un'ora con due sviluppatori del team, domande su architettura e un piccolo esercizio live. A presto!",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ferr/0"),
        zone="Europe/Rome",
    )
    _x(
        "Colloquio con la maestra di Maya",
        interview=False,
        desc="Ricevimento genitori, scuola primaria. Portare il quaderno di matematica.",
        loc="Scuola Primaria G. Rodari, aula 2B",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Alex Rivera – Data Engineer",
        interview=True,
        company="Tulpwerk",
        role="Data Engineer",
        org=("werkenbij@tulpwerk.nl", "Werken bij Tulpwerk"),
        att=[
            person("sanne.devries@tulpwerk.nl", "Sanne de Vries"),
            person("bram.jansen@tulpwerk.nl", "Bram Jansen"),
        ],
        desc="Hoi Alex,\n\nLeuk dat je bij ons langskomt voor een gesprek over de vacature Data Engineer! Je spreekt met Sanne (teamlead) en Bram (recruiter). Meld je bij de receptie op de 3e verdieping.\n\nTot dan!",
        loc="Tulpwerk, Stationsplein 45, 3013 AK Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek vacature Backend Developer",
        interview=True,
        company="Kanaalzicht",
        role="Backend Developer",
        org=("noreply@recruitee.com", "Kanaalzicht"),
        desc="Beste Alex,\n\nBedankt voor je sollicitatie bij Kanaalzicht. Graag plannen we een kennismakingsgesprek van 30 minuten via Google Meet.\n\nMet vriendelijke groet,\nDaan Visser – Tech Recruiter\n\nVerzonden via Recruitee",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Oudergesprek groep 3",
        interview=False,
        desc="10-minutengesprek met juf Annemieke over het rapport.",
        loc="OBS De Regenboog",
        zone="Europe/Amsterdam",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Senior Python Developer – Wisła Systems",
        interview=True,
        company="Wisła Systems",
        role="Senior Python Developer",
        org=("rekrutacja@wislasystems.pl", "Rekrutacja Wisła Systems"),
        desc="Dzień dobry,\n\nuprzejmie potwierdzamy termin rozmowy rekrutacyjnej na stanowisko Senior Python Developer. Rozmowa odbędzie się online i potrwa ok. 60 minut (część HR + część techniczna).\n\nZ poważaniem,\nKarolina Wójcik\nDział HR Wisła Systems sp. z o.o.\n\nWiadomość wysłana z systemu eRecruiter",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_wisla/0"),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna (etap 2) – Bursztyn Soft",
        interview=True,
        company="Bursztyn Soft",
        role=None,
        org=("tomasz.lis@bursztynsoft.pl", "Tomasz Lis"),
        desc="Cześć Alex, zapraszam na drugi etap — live coding i pytania o architekturę. Pozdrawiam, Tomek",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z doradcą zawodowym",
        interview=False,
        org=("kontakt@kariera-plus.pl", "Kariera Plus – doradztwo"),
        desc="Sesja coachingowa: CV, LinkedIn, przygotowanie do rozmów kwalifikacyjnych.",
        zone="Europe/Warsaw",
    )
    # Swedish
    _x(
        "Intervju: Alex Rivera – Backendutvecklare, Fjällbo",
        interview=True,
        company="Fjällbo",
        role="Backendutvecklare",
        org=("rekrytering@fjallbo.se", "Fjällbo Rekrytering"),
        att=[person("oskar.nilsson@fjallbo.se", "Oskar Nilsson")],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Backendutvecklare. Välkommen på en första intervju med Oskar Nilsson, utvecklingschef. Vi ses på Teams.\n\nMed vänliga hälsningar\nFjällbo AB",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fjall/0"),
        zone="Europe/Stockholm",
    )
    _x(
        "Andra intervju – Lingonberg Analytics",
        interview=True,
        company="Lingonberg Analytics",
        role="Dataingenjör",
        org=("maja@lingonberg.ai", "Maja Lindqvist"),
        desc="Hej igen! Nästa steg för rollen som Dataingenjör: ett case där vi tillsammans designar en pipeline. Ingen förberedelse behövs.",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Utvecklingssamtal på förskolan",
        interview=False,
        desc="Samtal med pedagogerna om Maya. 30 min.",
        loc="Förskolan Blåbäret",
        zone="Europe/Stockholm",
    )
    # Danish
    _x(
        "Jobsamtale – Alex Rivera (Softwareudvikler) – Kystlys",
        interview=True,
        company="Kystlys",
        role="Softwareudvikler",
        org=("job@kystlys.dk", "Kystlys A/S"),
        desc="Kære Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til en første jobsamtale om stillingen som Softwareudvikler. Samtalen varer ca. en time.\n\nVenlig hilsen\nMette Kjær, HR\n\nSendt via HR-Manager",
        loc="Kystlys A/S, Strandvejen 70, 2900 Hellerup",
        zone="Europe/Copenhagen",
    )
    _x(
        "2. samtale + case – Havørn Data",
        interview=True,
        company="Havørn Data",
        role="Senior dataingeniør",
        org=("rasmus@havorn.dk", "Rasmus Holm"),
        desc="Hej Alex – 2. samtale til stillingen som Senior dataingeniør. Vi sender casen 30 min før, og du præsenterer din løsning for teamet.",
        meet="meet",
        zone="Europe/Copenhagen",
    )
    _x(
        "Interview til Politiken om fjernarbejde",
        interview=False,
        org=("freja.lund@politiken-redaktion.dk", "Freja Lund"),
        desc="Telefoninterview, ca. 15 min. Artikel om danskere der arbejder remote for amerikanske firmaer.",
        zone="Europe/Copenhagen",
    )
    # Czech
    _x(
        "Pohovor – Java vývojář – Vltava Data",
        interview=True,
        company="Vltava Data",
        role="Java vývojář",
        org=("kariera@vltavadata.cz", "Vltava Data – kariéra"),
        desc="Dobrý den, pane Riviero,\n\nděkujeme za Váš zájem o pozici Java vývojář. Rádi bychom Vás pozvali na úvodní pohovor (cca 45 minut) s vedoucím vývoje.\n\nS pozdravem\nLucie Dvořáková, HR\n\nOdesláno ze systému Teamio",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_vltava/0"),
        zone="Europe/Prague",
    )
    _x(
        "Technické kolo – Kladivo Games",
        interview=True,
        company="Kladivo Games",
        role=None,
        desc="Ondřej pošle odkaz. live coding v C#, pak otázky k Unity",
        zone="Europe/Prague",
    )
    _x(
        "Pohovor nanečisto s Honzou",
        interview=False,
        org=("jan.kral@seznam.cz", "Jan Král"),
        desc="Cvičný pohovor před Vltava Data — Honza dělá tazatele.",
        meet="meet",
        zone="Europe/Prague",
    )
    # Greek
    _x(
        "Συνέντευξη – Μηχανικός Λογισμικού – Ermis Labs",
        interview=True,
        company="Ermis Labs",
        role="Μηχανικός Λογισμικού",
        org=("careers@ermislabs.gr", "Ermis Labs Careers"),
        desc="Αγαπητέ Alex,\n\nσας ευχαριστούμε για την αίτησή σας για τη θέση Μηχανικός Λογισμικού. Θα θέλαμε να σας καλέσουμε σε συνέντευξη μέσω Google Meet με τον Νίκο Παπαδόπουλο (Engineering Lead).\n\nΜε εκτίμηση,\nΟμάδα HR – Ermis Labs",
        meet="meet",
        zone="Europe/Athens",
    )
    _x(
        "Δεύτερη συνέντευξη στην Αιγαίο Πληροφορική",
        interview=True,
        company="Αιγαίο Πληροφορική",
        role=None,
        desc="γραφεία Μαρούσι, 3ος όροφος. ζητήστε την κα Αλεξίου",
        loc="Λεωφ. Κηφισίας 120, Μαρούσι",
        zone="Europe/Athens",
    )
    _x(
        "Συνέντευξη στο ραδιόφωνο για τις startups",
        interview=False,
        desc="Εκπομπή 'Τεχνολογία Σήμερα', ζωντανά, 10 λεπτά. Μιλάω ως καλεσμένος για την ελληνική σκηνή startups.",
        loc="Studio, Μεσογείων 432",
        zone="Europe/Athens",
    )


def _languages_world() -> None:
    # Japanese
    _x(
        "【一次面接】アレックス・リベラ様 – バックエンドエンジニア",
        interview=True,
        company="ミナトテック",
        role="バックエンドエンジニア",
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        desc="アレックス・リベラ様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。一次面接の日程が確定いたしましたので、ご案内いたします。\n\n面接官：開発部 部長 佐藤\n形式：オンライン（Zoom）\n所要時間：約60分\n\n当日はどうぞよろしくお願いいたします。\n\n株式会社ミナトテック 人事部 採用担当 田中\n※本メールはHRMOS採用から送信されています",
        conf=(_ZOOM, "https://us02web.zoom.us/j/81155502231"),
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員）— 北斗データ",
        interview=True,
        company="北斗データ",
        role=None,
        desc="渋谷本社 12F受付。スーツ不要とのこと。CTOと代表。",
        loc="東京都渋谷区道玄坂1-12-1 12F",
        zone="Asia/Tokyo",
    )
    _x(
        "面接対策セミナー（オンライン）",
        interview=False,
        desc="転職エージェント主催の無料ウェビナー。逆質問の作り方、よくある質問への回答例。",
        loc="https://zoom.us/webinar/register/WN_mensetsu",
        zone="Asia/Tokyo",
    )
    # Chinese
    _x(
        "面试：后端开发工程师 – 云杉科技",
        interview=True,
        company="云杉科技",
        role="后端开发工程师",
        org=("hr@yunshan-tech.cn", "云杉科技 招聘组"),
        desc="Alex 您好：\n\n感谢您投递云杉科技的后端开发工程师职位。现邀请您参加第一轮技术面试，面试官为技术总监王磊。\n\n面试形式：腾讯会议\n会议号：482 113 906\n\n如需改期请提前一天回复本邮件。\n\n云杉科技 招聘组",
        loc="腾讯会议 482 113 906",
        zone="Asia/Shanghai",
    )
    _x(
        "二面 – 星河支付（HR面）",
        interview=True,
        company="星河支付",
        role=None,
        desc="HR 小周会打电话过来，聊期望薪资和到岗时间",
        zone="Asia/Shanghai",
    )
    _x(
        "模拟面试 with 小林",
        interview=False,
        org=("kobayashi.lin@outlook.com", "林晓"),
        desc="互相模拟面试，系统设计题，每人45分钟",
        meet="meet",
        zone="Asia/Shanghai",
    )
    # Korean
    _x(
        "[한빛솔루션] 1차 기술면접 안내 – 알렉스 리베라님",
        interview=True,
        company="한빛솔루션",
        role="백엔드 개발자",
        org=("recruit@hanbitsolution.co.kr", "한빛솔루션 채용팀"),
        desc="안녕하세요, 알렉스 리베라님.\n\n한빛솔루션 백엔드 개발자 포지션에 지원해 주셔서 감사합니다. 1차 기술면접 일정을 아래와 같이 안내드립니다.\n\n- 면접 방식: 화상 면접 (Google Meet)\n- 면접관: 개발팀 리드 2명\n- 소요 시간: 약 60분\n\n감사합니다.\n한빛솔루션 채용팀 드림\n\n본 메일은 그리팅에서 발송되었습니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "면접 스터디 (강남역 스터디카페)",
        interview=False,
        desc="매주 목요일 면접 스터디. 이번 주는 자기소개 + 인성면접 질문 연습",
        loc="강남역 11번 출구 스터디카페",
        zone="Asia/Seoul",
    )
    # Turkish
    _x(
        "Mülakat – Yazılım Mühendisi – Alex Rivera (Boğaziçi Yazılım)",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Yazılım Mühendisi",
        org=("ik@bogazici-yazilim.com.tr", "Boğaziçi Yazılım İK"),
        desc="Merhaba Alex,\n\nYazılım Mühendisi pozisyonu için yaptığınız başvuru değerlendirilmiş olup sizi teknik mülakata davet etmek isteriz. Görüşmeye Mühendislik Müdürümüz Emre Yılmaz katılacaktır.\n\nSaygılarımızla,\nİnsan Kaynakları",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bogaz/0"),
        zone="Europe/Istanbul",
    )
    _x(
        "İK görüşmesi - Anadolu Lojistik",
        interview=True,
        company="Anadolu Lojistik",
        role=None,
        desc="Selin Hanım arayacak, maaş beklentisi sorulabilir",
        zone="Europe/Istanbul",
    )
    _x(
        "Vize mülakatı – Almanya Konsolosluğu",
        interview=False,
        desc="iDATA randevusu. Pasaport, biyometrik fotoğraf, sigorta, otel rezervasyonu.",
        loc="iDATA Altunizade, İstanbul",
        zone="Europe/Istanbul",
    )
    # Russian
    _x(
        "Собеседование: Python-разработчик — Алекс Ривера",
        interview=True,
        company="Ладога Софт",
        role="Python-разработчик",
        org=("hr@ladoga-soft.ru", "Ладога Софт, HR"),
        att=[person("a.smirnova@ladoga-soft.ru", "Анна Смирнова")],
        desc="Алекс, добрый день!\n\nПодтверждаем собеседование на вакансию «Python-разработчик». С нашей стороны будут тимлид и HR. Длительность — около часа, будет небольшая практическая задача.\n\nС уважением,\nАнна Смирнова\n\nОтправлено из Хантфлоу",
        conf=(_ZOOM, "https://us04web.zoom.us/j/79933301122"),
        zone="Europe/Moscow",
    )
    _x(
        "Интервью для подкаста «Код и люди»",
        interview=False,
        org=("podcast@kod-i-lyudi.fm", "Код и люди"),
        desc="Запись выпуска о переезде и работе в американской компании. 40 минут, микрофон желателен.",
        zone="Europe/Moscow",
    )
    # Ukrainian
    _x(
        "Співбесіда з HR — Карпати Тех",
        interview=True,
        company="Карпати Тех",
        role="Senior Data Engineer",
        org=("hr@karpaty-tech.com.ua", "Карпати Тех HR"),
        desc="Привіт, Алексе!\n\nДякуємо за відгук на вакансію Senior Data Engineer. Пропонуємо коротку співбесіду з рекрутеркою (30 хв), щоб познайомитися та розповісти про проєкт.\n\nГарного дня!\nОксана",
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "Технічна співбесіда (Dnipro Labs)",
        interview=True,
        company="Dnipro Labs",
        role=None,
        desc="з тімлідом, SQL + Spark, ~1.5 год",
        loc="https://meet.google.com/dnl-tech-int",
        zone="Europe/Kyiv",
    )
    _x(
        "Пробна співбесіда з ментором",
        interview=False,
        org=("mykola.bondar@gmail.com", "Микола Бондар"),
        desc="Mock interview перед Карпати Тех: behavioral англійською.",
        meet="meet",
        zone="Europe/Kyiv",
    )
    # Hindi
    _x(
        "साक्षात्कार: सीनियर सॉफ्टवेयर इंजीनियर – Saffron Labs",
        interview=True,
        company="Saffron Labs",
        role="सीनियर सॉफ्टवेयर इंजीनियर",
        org=("talent@saffronlabs.in", "Saffron Labs Talent"),
        desc="नमस्ते Alex,\n\nसीनियर सॉफ्टवेयर इंजीनियर पद के लिए आपका पहला तकनीकी साक्षात्कार निर्धारित किया गया है। साक्षात्कारकर्ता: अंकित शर्मा (इंजीनियरिंग मैनेजर)।\n\nकृपया 5 मिनट पहले लिंक से जुड़ें।\n\nधन्यवाद,\nSaffron Labs टैलेंट टीम",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "मॉक इंटरव्यू – राहुल के साथ",
        interview=False,
        desc="राहुल इंटरव्यूअर बनेगा, सिस्टम डिज़ाइन प्रैक्टिस",
        zone="Asia/Kolkata",
    )
    # Arabic
    _x(
        "مقابلة عمل – مهندس برمجيات – الواحة الرقمية",
        interview=True,
        company="الواحة الرقمية",
        role="مهندس برمجيات",
        org=("careers@alwaha-digital.ae", "الواحة الرقمية – التوظيف"),
        desc="عزيزي أليكس،\n\nيسعدنا دعوتك لإجراء مقابلة عمل لوظيفة مهندس برمجيات. ستكون المقابلة عبر Microsoft Teams مع مدير الهندسة السيد خالد المنصوري، ومدتها حوالي ٤٥ دقيقة.\n\nمع أطيب التحيات،\nفريق الموارد البشرية",
        conf=(_TEAMS, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_waha/0"),
        zone="Asia/Dubai",
    )
    _x(
        "مقابلة نهائية – Sahab Data",
        interview=True,
        company="Sahab Data",
        role=None,
        desc="مع الرئيس التنفيذي للتقنية. الحضور في المكتب، برج المملكة الطابق ٢٢",
        loc="Kingdom Tower, Floor 22, Riyadh",
        zone="Asia/Riyadh",
    )
    _x(
        "موعد مقابلة السفارة – تأشيرة",
        interview=False,
        desc="إحضار جواز السفر وخطاب الدعوة وكشف الحساب البنكي",
        loc="Embassy, Diplomatic Quarter, Riyadh",
        zone="Asia/Riyadh",
    )
    # Hebrew
    _x(
        "ראיון טכני – Ofek Data",
        interview=True,
        company="Ofek Data",
        role=None,
        org=("noa@ofekdata.co.il", "נועה ברק"),
        desc="היי אלכס, מצורף קישור לראיון הטכני עם יואב, ראש צוות הבקאנד. שעה, כולל תרגיל קוד קצר. בהצלחה!",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "ראיון עבודה – מפתח/ת Backend – אלכס ריברה",
        interview=True,
        company="Kinneret Security",
        role="מפתח/ת Backend",
        org=("jobs@kinneret-sec.com", "Kinneret Security"),
        desc="שלום אלכס,\n\nשמחים להזמין אותך לראיון עבור משרת מפתח/ת Backend ב-Kinneret Security. בראיון ישתתפו מנהל הפיתוח ונציגת משאבי אנוש.\n\nכתובת: מגדלי עזריאלי, המגדל העגול, קומה 31\n\nנשלח באמצעות Comeet",
        loc="מגדלי עזריאלי, דרך מנחם בגין 132, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "ראיון לכלכליסט",
        interview=False,
        desc="כתבה על מהנדסים ישראלים בעמק הסיליקון. ראיון טלפוני 20 דק׳",
        zone="Asia/Jerusalem",
    )
    # Vietnamese
    _x(
        "Phỏng vấn vòng 1 – Kỹ sư Backend – Công ty Sen Vàng",
        interview=True,
        company="Sen Vàng",
        role="Kỹ sư Backend",
        org=("tuyendung@senvang.vn", "Sen Vàng – Tuyển dụng"),
        desc="Chào anh Alex,\n\nCảm ơn anh đã ứng tuyển vị trí Kỹ sư Backend. Phòng Nhân sự xin mời anh tham gia buổi phỏng vấn vòng 1 qua Google Meet với anh Trần Minh Đức (Trưởng nhóm kỹ thuật).\n\nTrân trọng,\nPhòng Nhân sự Công ty Sen Vàng",
        meet="meet",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Phỏng vấn xin visa du học của em Linh",
        interview=False,
        desc="Đưa em Linh đến Lãnh sự quán lúc 7h30. Mang hồ sơ I-20, DS-160.",
        loc="Tổng Lãnh sự quán Hoa Kỳ, 4 Lê Duẩn, TP.HCM",
        zone="Asia/Ho_Chi_Minh",
    )


def _work_calendar() -> None:
    # external recruiters who reached Alex's work address: still Alex's own interviews
    _x(
        "Intro call — Alex Rivera x Larkspur Genomics (Staff Data Engineer)",
        interview=True,
        company="Larkspur Genomics",
        role="Staff Data Engineer",
        me=WORK_ME,
        org=("talent@larkspurgenomics.com", "Larkspur Genomics Talent"),
        desc="Hi Alex, apologies for using your work email — it's the one on your conference talk slides. Happy to move this to a personal address. 30 min intro about the Staff Data Engineer opening.",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera – Senior Data Engineer – Bellwether",
        interview=True,
        company="Bellwether",
        role="Senior Data Engineer",
        me=WORK_ME,
        org=("scheduling@bellwether.com", "Bellwether Recruiting"),
        att=[person("g.ilunga@bellwether.com", "Grace Ilunga")],
        desc="Technical interview with Grace Ilunga.\n\nScheduled with Greenhouse",
        conf=(_ZOOM, "https://bellwether.zoom.us/j/96600223456"),
        zone="America/New_York",
    )
    # Alex interviewing others and ordinary work events
    _x(
        "Interview: Priya Natarajan – Senior Backend Engineer (Coding)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("priya.natarajan87@gmail.com", "Priya Natarajan")],
        desc="Interviewer: Alex Rivera\nFocus: Coding (graphs / concurrency)\nInterview kit: https://app.greenhouse.io/interview_kits/44812\nPlease submit your scorecard within 24 hours.",
        conf=(_ZOOM, "https://initech.zoom.us/j/98811220031"),
    )
    _x(
        "Debrief: Priya Natarajan (Sr Backend)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("ben.ortiz@initech.com", "Ben Ortiz"),
            person("morgan.ellis@initech.com", "Morgan Ellis"),
        ],
        desc="Hire / no hire discussion. Scorecards must be submitted before the debrief.",
    )
    _x(
        "Phone Screen - Javier Ortiz - SRE",
        interview=False,
        me=WORK_ME,
        org=("kira.holm@initech.com", "Kira Holm"),
        att=[person("javi.ortiz@protonmail.com", "Javier Ortiz")],
        desc="Alex, you're the technical screener for this one. Resume attached in Greenhouse.",
        meet="meet",
    )
    _x(
        "Onsite loop – candidate Mei Tanaka – Session 3 (System Design)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("mei.tanaka.dev@gmail.com", "Mei Tanaka"),
            person("conf-c3-bayview@initech.com", "C3-Bayview (6)", resource=True),
        ],
        desc="Interviewer: Alex Rivera. Question: design a metrics ingestion pipeline. Shadow: Deepa Rao.",
        loc="C3-Bayview (6)",
    )
    _x(
        "Interviewer training: structured interviewing & bias",
        interview=False,
        me=WORK_ME,
        org=("people-learning@initech.com", "Initech People Learning"),
        desc="Required before joining interview loops. Covers rubric-based scoring and avoiding common biases.",
    )
    _x(
        "Reverse shadow: Alex leads, Ben observes",
        interview=False,
        me=WORK_ME,
        org=("ben.ortiz@initech.com", "Ben Ortiz"),
        desc="Ben's last step of interviewer certification — he watches you run the coding interview with the 11am candidate.",
    )
    _x(
        "Candidate lunch – Mei (onsite)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Take the candidate to the 2nd floor cafe. Not an evaluation — just sell the team!",
    )
    _x(
        "Hiring committee: Data Platform req INI-0412",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        att=[person("kira.holm@initech.com", "Kira Holm")],
    )
    _x(
        "Sourcing jam – fill the SRE pipeline",
        interview=False,
        me=WORK_ME,
        desc="bring 5 LinkedIn profiles each",
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        desc="- project status\n- promo packet timeline\n- conference budget",
    )
    _x(
        "Mid-year performance review — Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        desc="Review your self-assessment in Lattice before we meet.",
    )
    _x(
        "H2 calibration — Data Platform",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
    )
    _x(
        "Exit interview — Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HR"),
        desc="Confidential conversation about your experience at Initech before your last day. Please also return your laptop and badge.",
    )
    _x(
        "Stay interview with Deepa",
        interview=False,
        me=WORK_ME,
        att=[person("deepa.rao@initech.com", "Deepa Rao")],
        desc="Manager toolkit: what keeps you here, what might make you leave.",
    )
    _x(
        "Customer interview: Acme Logistics (discovery)",
        interview=False,
        me=WORK_ME,
        org=("hannah.cole@initech.com", "Hannah Cole"),
        att=[person("t.baker@acmelogistics.example", "Tom Baker")],
        desc="PM-led discovery interview about their data export pain points. Alex joins as eng rep, please just listen and take notes.",
        conf=(_ZOOM, "https://initech.zoom.us/j/97722110045"),
    )
    _x(
        "User research session – participant P4 (onboarding flow)",
        interview=False,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
        desc="Observers: cameras off, questions in the Slack back-channel only.",
        loc="https://lookback.io/observe/p4-onboarding",
    )
    _x(
        "Sync w/ recruiting re: headcount plan",
        interview=False,
        me=WORK_ME,
        org=("kira.holm@initech.com", "Kira Holm"),
    )
    _x(
        "Career fair booth – UC Berkeley (Initech)",
        interview=False,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Engineer volunteers staff the booth and run 10-min resume chats with students.",
        loc="Pauley Ballroom, MLK Student Union, Berkeley",
    )
    _x(
        "Internal mobility info session",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
    )
    _x("OOO – personal appointment", interview=False, me=WORK_ME)
    _x(
        "Tech talk: How we hire engineers at Initech",
        interview=False,
        me=WORK_ME,
        loc="Auditorium B + livestream",
    )
    _x(
        "Intern final presentations",
        interview=False,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
    )
    _x(
        "Security awareness training (mandatory)",
        interview=False,
        me=WORK_ME,
        all_day=True,
        desc="Complete the KnowBe4 module by end of day.",
    )


def _life_traps() -> None:
    _x(
        "Jamie's final round at Loopwise — text her after!",
        interview=False,
        desc="she's nervous about system design, send good luck msg at 9",
    )
    _x(
        "Drive Mom to her job interview",
        interview=False,
        desc="Kaiser Oakland, she's applying for the front desk job. wait in the car ~1h",
        loc="Kaiser Permanente, 3600 Broadway, Oakland",
    )
    _x(
        "Mock interview (Pramp) — system design",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc="You're matched with a peer. You'll interview each other for 30 minutes each. Questions are shown in the session.",
        loc="https://www.pramp.com/session/7gk2",
    )
    _x(
        "interviewing.io – anonymous practice interview",
        interview=False,
        desc="Senior backend, practice mode with a FAANG interviewer. Feedback is not shared with companies.",
        loc="https://interviewing.io/practice",
    )
    _x(
        "Career coaching w/ Elena",
        interview=False,
        org=("elena@northstarcoaching.co", "Elena Marsh"),
        desc="Session 3 of 6: negotiation strategy, mapping the two offers.",
        conf=(_ZOOM, "https://zoom.us/j/3345567789"),
    )
    _x(
        "Resume review call – TopResume",
        interview=False,
        org=("writers@topresume.example", "TopResume"),
        desc="Your writer will walk through the first draft.",
    )
    _x(
        "Podcast recording: Pipeline Stories (guest)",
        interview=False,
        org=("host@pipelinestories.fm", "Marco Bell"),
        desc="Thanks for coming on the show! We'll chat about your migration from Airflow to Dagster. Recording in Riverside, ~50 min.",
        loc="https://riverside.fm/studio/pipeline-stories",
    )
    _x(
        "Mission Local interview re: community garden",
        interview=False,
        desc="Reporter Ana wants a quote about the Florida St garden lot. Meet at the garden gate.",
        loc="Florida St Community Garden",
    )
    _x(
        "Global Entry interview — SFO enrollment center",
        interview=False,
        desc="Bring passport + driver's license. Terminal 3, upper level.",
        loc="SFO Terminal 3",
    )
    _x(
        "Biometrics appointment (USCIS ASC)",
        interview=False,
        desc="Form I-797C, bring passport",
        loc="USCIS Application Support Center, 250 Montgomery St",
    )
    _x(
        "Naturalization interview — Dad",
        interview=False,
        desc="go with Dad to the field office for his citizenship interview, bring the N-400 folder",
        loc="USCIS San Francisco Field Office, 444 Washington St",
    )
    _x(
        "Kindergarten admissions interview — Maya",
        interview=False,
        org=("admissions@bayridgeschool.org", "Bayridge School Admissions"),
        desc="Parent interview plus a short play-based visit for Maya. Please arrive 10 min early.",
        loc="Bayridge School, 19th Ave",
    )
    _x(
        "MBA admissions interview – Harlow Business School",
        interview=False,
        org=("admissions@harlowbusiness.edu", "Harlow Admissions"),
        desc="Blind interview with an alum. 30 minutes. Business casual.",
        meet="meet",
    )
    _x(
        "Informational interview w/ Carla @ Fennec",
        interview=False,
        desc="not a job interview — just asking how she likes DevEx work. buy her coffee",
        loc="Blue Bottle, Mint Plaza",
    )
    _x(
        "Networking coffee w/ Leo (ex-Gridmint)",
        interview=False,
        desc="ask about their eng culture before I apply",
        loc="Ritual Coffee, Valencia St",
    )
    _x(
        "Referral chat with Tom",
        interview=False,
        desc="he'll refer me for the Quillon data role, send him resume afterwards",
    )
    _x(
        "Reference call: Vireo asking about Jordan",
        interview=False,
        org=("priya@vireo.health", "Priya Raman"),
        desc="Hi Alex, Jordan Blake listed you as a reference for our Senior Engineer role. 15 minutes to hear about your time managing them?",
        loc="Phone",
    )
    _x("Coffee w/ Ines (now at Vireo)", interview=False, desc="catch up, she moved there in spring")
    _x("Ask Priya for intro to Plover CTO", interview=False, all_day=True)
    _x("Watch: The Interview (2014)", interview=False, desc="bad movie night w/ Sam", loc="home")
    _x("Interview with the Vampire – S2 finale 🧛", interview=False, loc="AMC+")
    _x(
        "Book club: 'The Second Interview' by Mara Ellison",
        interview=False,
        desc="ch. 12-20. Nina hosting.",
        loc="Nina's place",
    )
    _x(
        "Job fair – Moscone West",
        interview=False,
        desc="tech hiring expo, just browsing",
        loc="Moscone West, 800 Howard St",
    )
    _x(
        "Meetup: Women in Data SF",
        interview=False,
        desc="panel: moving from IC to management",
        loc="Galvanize, 44 Tehama St",
    )
    _x(
        "Webinar: Acing the behavioral interview",
        interview=False,
        loc="https://www.tryexponent.com/webinars/behavioral",
    )
    _x(
        "Salary negotiation workshop",
        interview=False,
        org=("events@levels.example", "Levels Events"),
        conf=(_ZOOM, "https://zoom.us/j/7702201234"),
    )
    _x(
        "Nanny interview – Rosa (candidate #2)",
        interview=False,
        desc="questions: CPR cert, driving, schedule flexibility",
        loc="home",
    )
    _x(
        "Interview contractors for kitchen remodel",
        interview=False,
        desc="2 bids: Delgado Builders 9am, Fogcity Remodel 11am",
        loc="home",
    )
    _x(
        "Jury selection (voir dire)",
        interview=False,
        desc="Report to jury assembly room, badge #4471",
        loc="Hall of Justice, 850 Bryant St",
    )
    _x(
        "Census survey interview (household)",
        interview=False,
        desc="field rep coming by for the American Community Survey",
    )
    _x(
        "Research interview for Dana's thesis",
        interview=False,
        org=("dana.kim@stanford-grad.example", "Dana Kim"),
        desc="I'm a participant: 45-min semi-structured interview on remote engineering teams. Consent form attached.",
        conf=(_ZOOM, "https://stanford.zoom.us/j/91100022233"),
    )
    _x(
        "Paid user study – fintech app (Respondent)",
        interview=False,
        org=("studies@respondent.example", "Respondent"),
        desc="60-minute 1:1 research interview about budgeting apps. $120 incentive after completion.",
        conf=(_ZOOM, "https://zoom.us/j/6160012345"),
    )
    _x(
        "Mock interviews volunteer – Code2040",
        interview=False,
        desc="I'm an interviewer: 3 mock technical interviews for fellows",
        loc="https://meet.google.com/c2040-mock",
    )
    _x(
        "Adoption home study interview",
        interview=False,
        desc="social worker visit, 2nd of 3",
        loc="home",
    )
    _x("Dentist — Dr. Okafor", interview=False, loc="Noe Valley Dental, 4000 24th St")
    _x("Therapy", interview=False)
    _x(
        "Apartment viewing – 1420 Guerrero #3",
        interview=False,
        desc="bring pay stubs, landlord wants employer letter",
    )
    _x("Dinner at Nopa w/ Sam", interview=False, loc="Nopa, 560 Divisadero St")
    _x(
        "Background check form — KestrelPay (Checkr)",
        interview=False,
        desc="fill in address history + SSN on Checkr link, due in 3 days",
    )
    _x(
        "Pre-employment drug screen",
        interview=False,
        desc="Quest Diagnostics walk-in, bring the donor pass",
        loc="Quest Diagnostics, 1700 California St",
    )
    _x("Bay Area Climate Hackathon", interview=False, all_day=True, loc="Shack15, Ferry Building")
