# ruff: noqa: E501 -- data: event texts as written
"""Round 14's third calendar author: invitations as scheduling tools, ATS and agencies write them, in nine languages.

Covers machine-written and forwarded interview invitations: ATS confirmations (plain text with
"Interviewer:", "Candidate:", "Hiring manager:", "Your interviewers", agendas, dial-ins, rooms,
parking notes, confidentiality footers), HTML descriptions from scheduling tools with tables and
buttons, onsites and virtual onsites split into one event per session (every session, lunch with
the team included, is labelled an interview), reschedules ("Updated invitation", "Rescheduled:",
"Moved:", "Verschoben", "Reprogramado", "Reporté", "Nowy termin", "Ombokad", "日程変更"), events the
user forwarded from the Initech address or typed over by hand, and agency / headhunter invitations
for a client's interview (the client is the company when named; None when the agency keeps the
client confidential; the agency itself only when the text says the user would be its employee).

Assessment rule: a coding or assessment platform session with a live person (pair programming,
live coding, a panel watching a presentation, assessors at a group exercise) is an interview of
the employer that runs the process. A self-paced test with no person present (online assessment
window, take-home deadline, aptitude test, one-way recorded video answers) was labelled no
interview by the author: a task with a deadline, not a meeting with the employer. (On
registering, the project relabelled those seven as interviews of the employer that sent them:
the corpus has counted a self-paced test as a stage of the selection since round 1, and the
product follows each stage.)

Non-interviews produced by the same tools: Initech's own hiring loops where Alex interviews,
debriefs and hiring committees (me=WORK_ME), calendar holds and prep or travel blocks, employers'
webinars and info sessions, onboarding after a signed offer, background-check and pre-employment
medical appointments, sales demos and discovery calls booked through booking links, doctors booked
through booking tools, an agency briefing and an agency registration meeting, a mock interview,
a terms-of-employment meeting after the offer, an exit interview and an annual review at Initech.

Languages: English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Japanese.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author14c", **kw)


def build() -> None:
    _ats_plain()
    _scheduling_tools_html()
    _onsite_loops()
    _reschedules()
    _forwarded_and_typed()
    _agencies()
    _assessments()
    _german()
    _french()
    _spanish()
    _portuguese()
    _italian()
    _dutch()
    _polish()
    _swedish()
    _japanese()
    _initech_loops()
    _holds_and_blocks()
    _webinars_and_info_sessions()
    _onboarding_and_checks()
    _demos_and_bookings()


def _ats_plain() -> None:
    _x(
        "Alex Rivera - Technical Interview - Senior Data Engineer (Quillfeather)",
        interview=True,
        company="Quillfeather",
        role="Senior Data Engineer",
        org=("priya.natarajan@quillfeather.com", "Priya Natarajan"),
        att=[
            person("recruiting@quillfeather.com", "Quillfeather Recruiting"),
            person("owen.lasky@quillfeather.com", "Owen Lasky"),
        ],
        desc=(
            "Hi Alex,\n\n"
            "You're confirmed for your Technical Interview with Quillfeather.\n\n"
            "Position: Senior Data Engineer\n"
            "Interviewer: Priya Natarajan (Staff Data Engineer)\n"
            "Interviewer: Owen Lasky (Data Engineer II)\n"
            "Duration: 60 minutes\n\n"
            "What to expect: a conversation about pipelines you've built, followed by a SQL and data-modelling exercise in a shared doc. No prep needed beyond a working browser.\n\n"
            "Join Zoom Meeting\nhttps://quillfeather.zoom.us/j/84120957731?pwd=Qf7aLk2\nMeeting ID: 841 2095 7731\nPasscode: 530118\n\n"
            "This invitation was sent via Hirebridge on behalf of Quillfeather. Please do not forward this invitation."
        ),
        conf=("Zoom Meeting", "https://quillfeather.zoom.us/j/84120957731"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera <> Tidepool Labs: Hiring Manager Interview",
        interview=True,
        company="Tidepool Labs",
        role="Product Analyst, Growth",
        org=("marcus@tidepoollabs.io", "Marcus Oyelaran"),
        desc=(
            "Candidate: Alex Rivera\n"
            "Hiring manager: Marcus Oyelaran\n"
            "Role: Product Analyst, Growth\n"
            "Stage: Hiring Manager Interview (45 min)\n"
            "Coordinator: Jess Tran (jess@tidepoollabs.io)\n\n"
            "Marcus will walk through the team's roadmap and ask about an analysis you're proud of. Leave 5 minutes at the end for your questions.\n\n"
            "---\nScheduled with Tallyhire | Need to reschedule? Reply to jess@tidepoollabs.io"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Recruiter Screen – Alex Rivera (Platform Engineer, Copperleaf Energy)",
        interview=True,
        company="Copperleaf Energy",
        role="Platform Engineer",
        org=("hannah.ito@copperleafenergy.com", "Hannah Ito"),
        desc=(
            "Your interviewers\n"
            "• Hannah Ito – Technical Recruiter\n\n"
            "Format: 30 minute video call\n"
            "Topics: your background, what you're looking for, compensation expectations and logistics for the next rounds.\n\n"
            "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xlYWY0OTI@thread.v2/0\n"
            "Or call in (audio only): +1 312-555-0187,,447201938# United States, Chicago\n\n"
            "Powered by Ashgrove Recruiting"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xlYWY0OTI@thread.v2/0",
        ),
        zone="America/Chicago",
    )
    _x(
        "Interview Scheduled: R-20481 Business Systems Analyst",
        interview=True,
        company="Marrowbone Bio",
        role="Business Systems Analyst",
        org=("marrowbone@myworkforce-hcm.com", "Marrowbone Bio Talent Acquisition"),
        att=[person("d.kessling@marrowbonebio.com", "Dana Kessling")],
        desc=(
            "Candidate: Alex Rivera\n"
            "Job Requisition: R-20481 Business Systems Analyst (Open)\n"
            "Company: Marrowbone Bio, Inc.\n"
            "Interview Type: Video\n"
            "Interviewers: Dana Kessling; Raúl Medina\n"
            "Location: Microsoft Teams (link below)\n\n"
            "Please complete your candidate profile before the interview if you have not already done so.\n\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWFycm93Ym9uZQ@thread.v2/0\n\n"
            "This message was generated automatically. Do not reply."
        ),
        zone="America/New_York",
    )
    _x(
        "Panel interview – Orchard & Finch – Alex Rivera",
        interview=True,
        company="Orchard & Finch",
        role="Senior UX Researcher",
        org=("people@orchardfinch.co", "Orchard & Finch People Team"),
        att=[
            person("ines@orchardfinch.co", "Ines Halloran"),
            person("ravi@orchardfinch.co", "Ravi Chandrasekar"),
            person("tomasz@orchardfinch.co", "Tomasz Weber"),
        ],
        desc=(
            "Senior UX Researcher – panel interview\n\n"
            "Agenda\n"
            "10:00  Introductions\n"
            "10:10  Portfolio walkthrough (one study, end to end – 20 min)\n"
            "10:30  Questions from the panel\n"
            "10:50  Your questions\n\n"
            "Panel: Ines Halloran (Head of Design), Ravi Chandrasekar (Research Lead), Tomasz Weber (Product Manager)\n\n"
            "Location: 4th floor, 22 Leonard Street, London EC2A. Ask for Orchard & Finch at the front desk; they'll call up.\n\n"
            "CONFIDENTIALITY: this email and any attachments are intended solely for the addressee."
        ),
        loc="Orchard & Finch, 22 Leonard Street, London EC2A 4LT",
        zone="Europe/London",
    )
    _x(
        "Lumenvale | Final Round | Alex Rivera",
        interview=True,
        company="Lumenvale",
        role="Engineering Manager, Payments",
        org=("talent@lumenvale.com", "Lumenvale Talent"),
        att=[
            person("cto@lumenvale.com", "Gwen Adeyemi"),
            person("sam.reyes@lumenvale.com", "Sam Reyes"),
        ],
        desc=(
            "Final round for Engineering Manager, Payments\n\n"
            "Interviewer: Gwen Adeyemi, CTO\n"
            "Interviewer: Sam Reyes, VP People\n\n"
            "This conversation focuses on leadership, how you grow teams, and how you'd approach the first 90 days.\n\n"
            "Google Meet joining info is attached to this event.\n\n"
            "The information in this invitation is confidential and intended only for the candidate named above. If you received it in error, please notify talent@lumenvale.com and delete it."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera / Kestrel Freight – Values Interview",
        interview=True,
        company="Kestrel Freight",
        role=None,
        org=("scheduling@kestrelfreight.com", "Kestrel Freight Scheduling"),
        att=[person("n.abara@kestrelfreight.com", "Ngozi Abara")],
        desc=(
            "Interviewer: Ngozi Abara (Director, Operations)\n"
            "Duration: 30 min\n\n"
            "Our values interview is a conversation about how you work with others. There are no right answers; we're interested in real examples.\n\n"
            "Zoom: https://kestrelfreight.zoom.us/j/92015583310\n\n"
            "Scheduled via Loopkit"
        ),
        conf=("Zoom Meeting", "https://kestrelfreight.zoom.us/j/92015583310"),
        zone="America/Chicago",
    )
    _x(
        "[Interview] Alex Rivera – Brightwater Analytics – Take-home review",
        interview=True,
        company="Brightwater Analytics",
        role="Analytics Engineer",
        org=("jo.mercer@brightwateranalytics.com", "Jo Mercer"),
        att=[
            person("l.fenwick@brightwateranalytics.com", "Leo Fenwick"),
            person("a.osei@brightwateranalytics.com", "Abena Osei"),
        ],
        desc=(
            "Candidate: Alex Rivera\n"
            "Role: Analytics Engineer\n"
            "Interviewers: Leo Fenwick, Abena Osei\n\n"
            "You'll walk Leo and Abena through the dbt project you submitted, then extend one model live together. Please have your repo open and screen sharing ready.\n\n"
            "meet.google.com link attached."
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Phone Interview with Saltmarsh Health (Alex Rivera)",
        interview=True,
        company="Saltmarsh Health",
        role="Clinical Data Manager",
        org=("hr@saltmarshhealth.org", "Saltmarsh Health HR"),
        desc=(
            "Thank you for your interest in the Clinical Data Manager position.\n\n"
            "Interviewer: Carol Brandt, Manager, Clinical Operations\n"
            "Dial-in: +1 646-555-0142\n"
            "Participant PIN: 8831 2204#\n\n"
            "If you need an accommodation for your interview, please contact hr@saltmarshhealth.org.\n\n"
            "Saltmarsh Health is an Equal Opportunity Employer."
        ),
        loc="Phone: +1 646-555-0142, PIN 88312204#",
        zone="America/New_York",
    )
    _x(
        "Interview Confirmation: Alex Rivera – Store Operations Manager",
        interview=True,
        company="Hollis & Vane",
        role="Store Operations Manager",
        org=("careers@hollisvane.com", "Hollis & Vane Careers"),
        att=[person("m.dorsey@hollisvane.com", "Mark Dorsey")],
        desc=(
            "Dear Alex,\n\n"
            "We're pleased to confirm your in-person interview with Hollis & Vane.\n\n"
            "Hiring manager: Mark Dorsey, Regional Director\n"
            "Where: Hollis & Vane Regional Office, 1800 Market Street, Suite 1200, Philadelphia\n"
            "Parking: visitor spaces on level P2 of the Market Street garage. Bring your ticket to reception for validation.\n"
            "Please bring a photo ID; building security will issue a visitor badge.\n\n"
            "Kind regards,\nHollis & Vane Talent Acquisition"
        ),
        loc="1800 Market Street, Suite 1200, Philadelphia, PA 19103",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera – Culture Add Conversation – Pinecrest Games",
        interview=True,
        company="Pinecrest Games",
        role="Senior Gameplay Programmer",
        org=("recruiting@pinecrestgames.com", "Pinecrest Games Recruiting"),
        att=[
            person("yuki.hart@pinecrestgames.com", "Yuki Hart"),
            person("ben.olu@pinecrestgames.com", "Ben Olu"),
        ],
        desc=(
            "Role: Senior Gameplay Programmer\n"
            "Interviewers: Yuki Hart (Lead Designer), Ben Olu (Producer)\n\n"
            "This is the last interview in your loop. It's a chance for cross-discipline folks to hear how you collaborate with design and production.\n\n"
            "Zoom: https://pinecrestgames.zoom.us/j/71033920481\n\n"
            "— sent by Tallyhire on behalf of Pinecrest Games"
        ),
        conf=("Zoom Meeting", "https://pinecrestgames.zoom.us/j/71033920481"),
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera: Case Interview Round 2 – Barrowgate Partners",
        interview=True,
        company="Barrowgate Partners",
        role="Senior Consultant",
        org=("recruiting@barrowgate.com", "Barrowgate Recruiting"),
        att=[
            person("f.lindqvist@barrowgate.com", "Frida Lindqvist"),
            person("o.mensah@barrowgate.com", "Kofi Mensah"),
        ],
        desc=(
            "Position: Senior Consultant (Experienced Hire)\n"
            "Round 2 – two back-to-back case interviews\n\n"
            "09:30 – 10:15  Case 1 with Frida Lindqvist (Principal)\n"
            "10:15 – 11:00  Case 2 with Kofi Mensah (Partner)\n\n"
            "Room: Ground floor, Meeting Room 'Thames'. Please arrive 10 minutes early; reception will direct you.\n"
            "Pen and paper will be provided. Calculators are not permitted."
        ),
        loc="Barrowgate Partners, 1 Carmelite Street, London – Room Thames",
        zone="Europe/London",
    )
    _x(
        "Interview for Staff Product Designer - Alex Rivera",
        interview=True,
        company="Wrenfield",
        role="Staff Product Designer",
        org=("talent@wrenfield.design", "Wrenfield Talent"),
        att=[person("ola@wrenfield.design", "Ola Nnamdi")],
        desc=(
            "Hi Alex – looking forward to it!\n\n"
            "Interviewer: Ola Nnamdi (Design Director)\n"
            "Format: 60 min, portfolio deep dive\n\n"
            "Join with Google Meet (link in event)."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Meet the team (Alex Rivera) – Fernhill Credit Union",
        interview=True,
        company="Fernhill Credit Union",
        role="Member Services Supervisor",
        org=("jobs@fernhillcu.org", "Fernhill Credit Union"),
        att=[person("branch7@fernhillcu.org", "Branch 7 Team")],
        desc=(
            "Candidate: Alex Rivera\n"
            "Position: Member Services Supervisor – Branch 7\n\n"
            "As part of our selection process, finalists spend 45 minutes with the branch team they would lead. The team will share feedback with the hiring manager.\n\n"
            "Location: Fernhill Credit Union, Branch 7, 410 Oak Avenue (staff entrance at the side; ring the bell).\n"
            "Parking available behind the building."
        ),
        loc="Fernhill Credit Union Branch 7, 410 Oak Avenue",
        zone="America/Chicago",
    )
    _x(
        "Final interview w/ Roscoe Tanaka (CFO) – Driftwood Outfitters",
        interview=True,
        company="Driftwood Outfitters",
        role="FP&A Manager",
        org=("roscoe.tanaka@driftwoodoutfitters.com", "Roscoe Tanaka"),
        desc=(
            "Interviewer: Roscoe Tanaka, CFO\n"
            "Candidate: Alex Rivera\n"
            "Req: FP&A Manager (#DO-118)\n\n"
            "Call-in details\nUS: +1 415-555-0199  Conference ID: 502 118 447#\n\n"
            "Note: Roscoe may be joining from the airport; if the call drops he'll dial back in."
        ),
        loc="Conference line +1 415-555-0199, ID 502118447#",
        zone="America/Los_Angeles",
    )


def _scheduling_tools_html() -> None:
    _x(
        "Interview with Corvid Security – Alex Rivera",
        interview=True,
        company="Corvid Security",
        role="Security Engineer II",
        org=("interviews@corvidsecurity.com", "Corvid Security Interviews"),
        att=[
            person("r.vance@corvidsecurity.com", "Rhea Vance"),
            person("p.oduya@corvidsecurity.com", "Peter Oduya"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>Here is your interview schedule for <b>Security Engineer II</b> at Corvid Security.</p>"
            '<table border="1" cellpadding="6"><tr><th>Time (ET)</th><th>Interviewer</th><th>Focus</th></tr>'
            "<tr><td>1:00 – 1:45 PM</td><td>Rhea Vance</td><td>Threat modelling</td></tr>"
            "<tr><td>1:45 – 2:30 PM</td><td>Peter Oduya</td><td>Incident response scenario</td></tr></table>"
            '<p><a href="https://app.loopkit.io/c/join/7f3a9c" style="background:#1a73e8;color:#fff;padding:8px 14px">Join Interview</a> '
            '<a href="https://app.loopkit.io/c/reschedule/7f3a9c">Reschedule</a></p>'
            '<p style="font-size:11px;color:#888">Scheduled with Loopkit</p>'
        ),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera and Dana Whitcombe: Recruiter Call",
        interview=True,
        company="Fennec Insurance",
        role="Claims Analyst",
        org=("dana.whitcombe@fennecinsurance.com", "Dana Whitcombe"),
        desc=(
            "Event Name: Recruiter Call – Claims Analyst\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Invitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n\n"
            "Questions:\nWhich role are you applying for?\nClaims Analyst (Fennec Insurance, req 3391)\n\n"
            "Need to make changes to this event?\nCancel: https://slotwise.com/cancellations/8e1d0b\nReschedule: https://slotwise.com/reschedulings/8e1d0b\n\n"
            "Powered by Slotwise.com"
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Panel: Alex Rivera – Senior iOS Engineer – Moonfleet",
        interview=True,
        company="Moonfleet",
        role="Senior iOS Engineer",
        org=("hiring@moonfleet.app", "Moonfleet Hiring"),
        att=[
            person("kai@moonfleet.app", "Kai Sorensen"),
            person("amara@moonfleet.app", "Amara Diallo"),
            person("joel@moonfleet.app", "Joel Park", optional=True),
        ],
        desc=(
            "<h2>Your interview at Moonfleet</h2>"
            "<p><b>Role:</b> Senior iOS Engineer<br><b>Stage:</b> Technical panel (90 min)</p>"
            "<p><b>Your interviewers</b></p><ul><li>Kai Sorensen – iOS Lead</li><li>Amara Diallo – Staff Engineer</li><li>Joel Park – Engineering Manager (optional)</li></ul>"
            "<p>We will discuss an architecture question and then pair on a small SwiftUI feature. Xcode is not required; we use a shared editor.</p>"
            '<p><a href="https://meet.google.com/xpq-rtwn-ufa">Join with Google Meet</a></p>'
            '<p><small>Sent via Panelry · <a href="https://panelry.com/unsubscribe">Manage notifications</a></small></p>'
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Your interview with Ravenscar Bank is confirmed",
        interview=True,
        company="Ravenscar Bank",
        role="Risk Modeller",
        org=("noreply@ravenscarbank-careers.com", "Ravenscar Bank Careers"),
        att=[person("g.holt@ravenscarbank.co.uk", "Graham Holt")],
        desc=(
            '<div style="font-family:Arial"><p>Dear Alex Rivera,</p>'
            "<p>Your interview for the position of <strong>Risk Modeller (Credit Risk)</strong> is confirmed.</p>"
            "<table><tr><td><b>Interviewer</b></td><td>Graham Holt, Head of Model Development</td></tr>"
            "<tr><td><b>Format</b></td><td>Microsoft Teams video interview, competency based</td></tr>"
            "<tr><td><b>Duration</b></td><td>60 minutes</td></tr></table>"
            '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmF2ZW5z@thread.v2/0">Click here to join the meeting</a></p>'
            '<p style="font-size:10px">Ravenscar Bank plc is authorised by the Prudential Regulation Authority. This e-mail is confidential.</p></div>'
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmF2ZW5z@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera – Technical Deep Dive (Staff ML Engineer) – Tessellate AI",
        interview=True,
        company="Tessellate AI",
        role="Staff ML Engineer",
        org=("coordinator@tessellate.ai", "Tessellate Interview Coordinator"),
        att=[
            person("lin.zhao@tessellate.ai", "Lin Zhao"),
            person("mo.farouk@tessellate.ai", "Mo Farouk"),
        ],
        desc=(
            "Alex, you're all set!\n\n"
            "▶ Technical Deep Dive — 75 min\n"
            "With: Lin Zhao (Research Scientist), Mo Farouk (ML Platform Lead)\n"
            "Prep: bring one model you trained and shipped; expect questions on evaluation and serving.\n\n"
            "[ Join video call ] https://tessellate.zoom.us/j/96600412235\n"
            "[ Add to calendar ]  [ Request a new time ]\n\n"
            "Loopwise · interview scheduling"
        ),
        conf=("Zoom Meeting", "https://tessellate.zoom.us/j/96600412235"),
        zone="America/Los_Angeles",
    )
    _x(
        "Video interview: Alex Rivera x Gullwing Airlines",
        interview=True,
        company="Gullwing Airlines",
        role="Crew Scheduling Analyst",
        org=("talent@gullwingair.com", "Gullwing Airlines Talent"),
        att=[person("c.mbeki@gullwingair.com", "Chris Mbeki")],
        desc=(
            "<p><b>Gullwing Airlines</b> — Crew Scheduling Analyst</p>"
            "<p>Hiring manager: Chris Mbeki</p>"
            '<p><a href="https://interviewd.io/room/gullwing-5521" style="display:inline-block;padding:10px 18px;background:#0b5;color:#fff;border-radius:4px">Enter interview room</a></p>'
            "<p>Test your camera and microphone beforehand: https://interviewd.io/check</p>"
            '<hr><p style="font-size:10px">Interviewd hosts this interview on behalf of Gullwing Airlines.</p>'
        ),
        loc="https://interviewd.io/room/gullwing-5521",
        zone="America/Denver",
    )
    _x(
        "Reminder: Interview tomorrow at 2:00 PM – Sunmill Foods",
        interview=True,
        company="Sunmill Foods",
        role="Supply Planner",
        org=("candidates@sunmillfoods.com", "Sunmill Foods Candidate Portal"),
        desc=(
            "<p>Hello Alex,</p><p>This is a reminder of your interview for <b>Supply Planner</b>.</p>"
            '<table style="border-collapse:collapse"><tr><td style="padding:4px">Interviewer:</td><td style="padding:4px">Lorraine Quist, Supply Chain Manager</td></tr>'
            '<tr><td style="padding:4px">Where:</td><td style="padding:4px">Sunmill Foods HQ, 55 Mill Road, Building B, Room B-204</td></tr></table>'
            "<p>Visitor parking is in Lot C. Please check in at the Building B lobby kiosk with the QR code below.</p>"
            '<p><a href="https://careers.sunmillfoods.com/portal/checkin/Q8812">View my check-in code</a> | <a href="https://careers.sunmillfoods.com/portal/interviews">Manage my interviews</a></p>'
        ),
        loc="Sunmill Foods HQ, 55 Mill Road, Building B, Room B-204",
        zone="America/Chicago",
    )
    _x(
        "Interview | Alex Rivera | Site Reliability Engineer | Gantry Cloud",
        interview=True,
        company="Gantry Cloud",
        role="Site Reliability Engineer",
        org=("gantry-interviews@gantrycloud.com", "Gantry Interviews"),
        att=[
            person("noor@gantrycloud.com", "Noor Haddad"),
            person("wes@gantrycloud.com", "Wes Carrow"),
        ],
        desc=(
            '<table width="100%" style="font-family:Helvetica"><tr><td><h3>Interview details</h3></td></tr>'
            "<tr><td><b>Candidate:</b> Alex Rivera</td></tr>"
            "<tr><td><b>Position:</b> Site Reliability Engineer</td></tr>"
            "<tr><td><b>Interviewers:</b> Noor Haddad, Wes Carrow</td></tr>"
            "<tr><td><b>Type:</b> Troubleshooting exercise (live, shared terminal)</td></tr></table>"
            '<p><a href="https://meet.google.com/gnt-okzq-wcd"><img alt="Join" src="https://cdn.hirebridge.io/btn/join.png"></a></p>'
            '<p style="color:#999;font-size:11px">Hirebridge · Gantry Cloud is an equal opportunity employer.</p>'
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Hiring Manager Screen – Alex Rivera – Oakhurst Learning",
        interview=True,
        company="Oakhurst Learning",
        role="Curriculum Product Manager",
        org=("beth.salas@oakhurstlearning.org", "Beth Salas"),
        desc=(
            "<p>Hi Alex! I grabbed this time from my booking page for our chat about the <b>Curriculum Product Manager</b> role.</p>"
            "<p>Interviewer: Beth Salas (Director of Product)</p>"
            '<p><a href="https://oakhurstlearning.zoom.us/j/81234009123">https://oakhurstlearning.zoom.us/j/81234009123</a></p>'
            "<p>— Booked with Meetbook</p>"
        ),
        conf=("Zoom Meeting", "https://oakhurstlearning.zoom.us/j/81234009123"),
        zone="America/Denver",
    )


def _onsite_loops() -> None:
    h_org = ("onsite@halvorsenrobotics.com", "Halvorsen Robotics Recruiting")
    h_role = "Senior Software Engineer, Controls Platform"
    h_loc = "Halvorsen Robotics, 300 Innovation Way, Pittsburgh, PA – Lobby A"
    h_foot = (
        "\n\nYour onsite itinerary: 4 sessions, lunch included. Check in at Lobby A with photo ID; visitor parking in the south lot (spaces marked V).\n"
        "Halvorsen Robotics – Confidential. Please do not share interview content."
    )
    _x(
        "Halvorsen Onsite (1/4): Coding – Alex Rivera",
        interview=True,
        company="Halvorsen Robotics",
        role=h_role,
        org=h_org,
        att=[person("e.brandt@halvorsenrobotics.com", "Eli Brandt")],
        desc="Session 1 – Coding (60 min)\nInterviewer: Eli Brandt, Senior Engineer\nRoom: Kepler (2nd floor)\nWhiteboard or laptop, your choice."
        + h_foot,
        loc=h_loc,
        zone="America/New_York",
    )
    _x(
        "Halvorsen Onsite (2/4): System Design – Alex Rivera",
        interview=True,
        company="Halvorsen Robotics",
        role=h_role,
        org=h_org,
        att=[person("s.ng@halvorsenrobotics.com", "Sandra Ng")],
        desc="Session 2 – System Design (60 min)\nInterviewer: Sandra Ng, Principal Engineer\nRoom: Kepler (2nd floor)\nTopic: a telemetry pipeline for a fleet of mobile robots."
        + h_foot,
        loc=h_loc,
        zone="America/New_York",
    )
    _x(
        "Halvorsen Onsite (3/4): Lunch with the Controls team",
        interview=True,
        company="Halvorsen Robotics",
        role=h_role,
        org=h_org,
        att=[person("controls-team@halvorsenrobotics.com", "Controls Team")],
        desc="Session 3 – Lunch (45 min)\nHosts: two engineers from the Controls Platform team\nMeet at Kepler; you'll walk over to the cafeteria together. Dietary needs? Tell your recruiter."
        + h_foot,
        loc=h_loc,
        zone="America/New_York",
    )
    _x(
        "Halvorsen Onsite (4/4): Hiring Manager – Alex Rivera",
        interview=True,
        company="Halvorsen Robotics",
        role=h_role,
        org=h_org,
        att=[person("m.ruiz@halvorsenrobotics.com", "Marta Ruiz")],
        desc="Session 4 – Hiring Manager (45 min)\nInterviewer: Marta Ruiz, Engineering Manager, Controls Platform\nRoom: Marta's office, 3rd floor (your escort will bring you up)."
        + h_foot,
        loc=h_loc,
        zone="America/New_York",
    )
    q_org = ("recruiting@quarryandpike.com", "Quarry & Pike Recruiting")
    q_role = "Product Manager, Marketplace"
    _x(
        "Virtual Onsite – Alex Rivera – Session 1 – Product Sense",
        interview=True,
        company="Quarry & Pike",
        role=q_role,
        org=q_org,
        att=[person("ada@quarryandpike.com", "Ada Whitford")],
        desc="Quarry & Pike virtual onsite, Product Manager, Marketplace\nSession 1 of 3: Product Sense\nInterviewer: Ada Whitford (Group PM)\nEach session has its own Zoom link; there is a 15 minute break between sessions.",
        conf=("Zoom Meeting", "https://quarryandpike.zoom.us/j/88120044101"),
        zone="America/New_York",
    )
    _x(
        "Virtual Onsite – Alex Rivera – Session 2 – Analytical Thinking",
        interview=True,
        company="Quarry & Pike",
        role=q_role,
        org=q_org,
        att=[person("femi@quarryandpike.com", "Femi Oduya")],
        desc="Quarry & Pike virtual onsite, Product Manager, Marketplace\nSession 2 of 3: Analytical Thinking (metrics, experiment design)\nInterviewer: Femi Oduya (Data Science Manager)",
        conf=("Zoom Meeting", "https://quarryandpike.zoom.us/j/88120044102"),
        zone="America/New_York",
    )
    _x(
        "Virtual Onsite – Alex Rivera – Session 3 – Leadership & Drive",
        interview=True,
        company="Quarry & Pike",
        role=q_role,
        org=q_org,
        att=[person("hal@quarryandpike.com", "Hal Benning")],
        desc="Quarry & Pike virtual onsite, Product Manager, Marketplace\nSession 3 of 3: Leadership & Drive\nInterviewer: Hal Benning (Director of Product)\nThanks for spending the afternoon with us!",
        conf=("Zoom Meeting", "https://quarryandpike.zoom.us/j/88120044103"),
        zone="America/New_York",
    )


def _reschedules() -> None:
    _x(
        "Updated invitation: Interview – Alex Rivera – Backend Engineer (Saltire Systems)",
        interview=True,
        company="Saltire Systems",
        role="Backend Engineer",
        org=("talent@saltiresystems.co.uk", "Saltire Systems Talent"),
        att=[person("fraser@saltiresystems.co.uk", "Fraser Muir")],
        desc=(
            "This event has been updated.\n"
            "Changed: time (was Tue 10:00, now Wed 15:30)\n\n"
            "Interviewer: Fraser Muir (Engineering Lead)\n"
            "Role: Backend Engineer (Go)\n"
            "Google Meet link unchanged.\n\n"
            "Sent by Hirebridge for Saltire Systems"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Rescheduled: Alex Rivera – Hiring Manager Interview – Pelican Health",
        interview=True,
        company="Pelican Health",
        role="Revenue Cycle Analyst",
        org=("interviews@pelicanhealth.com", "Pelican Health Interviews"),
        att=[person("t.ng@pelicanhealth.com", "Teresa Ng")],
        desc=(
            "Your interview has been rescheduled at the request of the hiring manager. We apologise for the inconvenience.\n\n"
            "Candidate: Alex Rivera\nHiring manager: Teresa Ng\nPosition: Revenue Cycle Analyst\n\n"
            "Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGVsaWNhbg@thread.v2/0"
        ),
        zone="America/Chicago",
    )
    _x(
        "Moved: Technical screen (Alex Rivera) → Thu 14:00",
        interview=True,
        company="Harbinger Labs",
        role="Frontend Engineer",
        org=("omar@harbingerlabs.dev", "Omar Sayegh"),
        desc=(
            "Moved to Thursday as discussed on email. Same link.\n\n"
            "Harbinger Labs – Frontend Engineer technical screen\n"
            "Interviewer: Omar Sayegh\n"
            "We'll build a small React component together on CoderShare."
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "UPDATED – Alex Rivera phone screen w/ Juniper Mutual (new time)",
        interview=True,
        company="Juniper Mutual",
        role="Actuarial Analyst",
        org=("recruiting@junipermutual.com", "Juniper Mutual Recruiting"),
        desc=(
            "*** NEW TIME – please disregard the previous invitation ***\n\n"
            "Position: Actuarial Analyst II\n"
            "Interviewer: Kendra Hollis, Talent Acquisition Partner\n"
            "We will call you at the number on your application (ending 4417)."
        ),
        zone="America/New_York",
    )
    _x(
        "New time: Interview Alex Rivera / Ostara Retail – Category Manager",
        interview=True,
        company="Ostara Retail",
        role="Category Manager",
        org=("jobs@ostararetail.com", "Ostara Retail Jobs"),
        att=[person("v.kerr@ostararetail.com", "Vivian Kerr")],
        desc=(
            "Hi Alex, the earlier slot was cancelled on our side by mistake — this is the replacement. Apologies for the double notification!\n\n"
            "Interviewer: Vivian Kerr, Head of Buying\n"
            "Role: Category Manager (Home)\n"
            "Location: Ostara Retail Support Centre, 9 Canal Wharf, Leeds LS11 – sign in at reception"
        ),
        loc="Ostara Retail Support Centre, 9 Canal Wharf, Leeds LS11 5PS",
        zone="Europe/London",
    )
    _x(
        "Rescheduled: Interview loop – Priya Shah – Data Analyst (Initech)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.shah.cand@gmail.com", "Priya Shah"),
            person("dev.patel@initech.com", "Dev Patel"),
        ],
        desc=(
            "The candidate asked to move her loop. New slots below.\n\n"
            "Candidate: Priya Shah\nRole: Data Analyst (REQ-2231)\n"
            "Interviewers: Alex Rivera (SQL), Dev Patel (stakeholder scenario)\n"
            "Scorecards due within 24h in Hirebridge."
        ),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Updated invitation: Careers webinar – Life at Tidepool Labs",
        interview=False,
        company=None,
        role=None,
        org=("events@tidepoollabs.io", "Tidepool Labs Events"),
        desc=(
            "We've moved the webinar by one hour to fit more time zones.\n\n"
            "Life at Tidepool Labs: how we hire, what the teams work on, Q&A with engineers.\n"
            "Open to everyone interested in careers at Tidepool. Register once; this link works for the new time.\n\n"
            "https://eventhall.live/tidepool/careers-q3"
        ),
        add_me=False,
        zone="America/Los_Angeles",
    )


def _forwarded_and_typed() -> None:
    _x(
        "FW: Interview – Everlake – Alex Rivera",
        interview=True,
        company="Everlake",
        role="Data Platform Lead",
        org=("s.kowal@everlake.com", "Stefan Kowal"),
        att=[person("alex.rivera@initech.com", "Alex Rivera")],
        desc=(
            "-----Original Appointment-----\n"
            "From: Stefan Kowal <s.kowal@everlake.com>\n"
            "Sent: Monday 3 March 09:12\n"
            "To: Alex Rivera\n"
            "Subject: Interview – Everlake – Alex Rivera\n"
            "When: Thursday 6 March 16:00-17:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Hi Alex, as discussed, here is the invite for the Data Platform Lead conversation with me and Ruth (VP Engineering).\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 372 551 880 914\nPasscode: h7Ft2q\n"
            "________________________________________________________________________________"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZXZlcmxha2U@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Fwd: Invitation: Alex R. / Cobaltline – second interview",
        interview=True,
        company="Cobaltline",
        role="Solutions Architect",
        org=("alex.rivera@initech.com", "Alex Rivera"),
        desc=(
            "---------- Forwarded message ---------\n"
            "From: Nadia Frost <nadia.frost@cobaltline.com>\n"
            "Subject: Invitation: Alex R. / Cobaltline – second interview\n\n"
            "Second interview for the Solutions Architect role. You'll meet Nadia Frost (Director, Solutions) and Ibrahim Sato (Principal Architect).\n"
            "Zoom: https://cobaltline.zoom.us/j/77102993840\n\n"
            "(copied over from my work calendar – don't accept from the work account!)"
        ),
        conf=("Zoom Meeting", "https://cobaltline.zoom.us/j/77102993840"),
        zone="America/New_York",
    )
    _x(
        "Interview Ridgeback Media – video editor role",
        interview=True,
        company="Ridgeback Media",
        role="Video Editor",
        desc="call w/ Sam (HR) — they'll ring my mobile. ask about hybrid days + whether Premiere or Resolve",
        zone="Europe/London",
    )
    _x(
        "call w recruiter from Amberline (senior PM, checkout)",
        interview=True,
        company="Amberline",
        role="Senior Product Manager, Checkout",
        desc=(
            "Recruiter: Tori Walsh\n"
            "she found me on LinkedIn, first screen for Senior PM – Checkout\n"
            "zoom link in her email: https://amberline.zoom.us/j/6610023311"
        ),
        zone="America/New_York",
    )
    _x(
        "2nd round Thornbury Logistics (hybrid) — take the 8:12 train",
        interview=True,
        company="Thornbury Logistics",
        role="Network Planning Manager",
        desc=(
            "2nd interview for Network Planning Manager. Meeting Claire Ashdown + someone from finance.\n"
            "Thornbury House, 4 Station Approach, Reading. Reception on ground floor.\n"
            "Bring printed CV x2."
        ),
        loc="Thornbury House, 4 Station Approach, Reading",
        zone="Europe/London",
    )
    _x(
        "Prep for Thornbury 2nd round",
        interview=False,
        company=None,
        role=None,
        desc="reread job spec, STAR stories (warehouse migration, peak season), questions about team size",
        zone="Europe/London",
    )
    _x(
        "Copy of: Alex Rivera – Interview with Yarrow Bank (Treasury Analyst)",
        interview=True,
        company="Yarrow Bank",
        role="Treasury Analyst",
        org=("alex.rivera@initech.com", "Alex Rivera"),
        desc=(
            "Interviewer: Philippa Crane, Group Treasurer\n"
            "Candidate: Alex Rivera\n"
            "Location: Yarrow Bank, 80 Gracechurch Street, 6th floor\n\n"
            "[copied from Outlook]"
        ),
        loc="Yarrow Bank, 80 Gracechurch Street, London",
        zone="Europe/London",
    )
    _x(
        "Mock interview with Dani (Peerprep) – system design practice",
        interview=False,
        company=None,
        role=None,
        org=("sessions@peerprep.io", "Peerprep"),
        att=[person("dani.k@gmail.com", "Dani K.")],
        desc=(
            "Your Peerprep practice session is booked!\n\n"
            "Partner: Dani K.\nTopic: System design (you interview first, then swap)\n"
            "Room: https://peerprep.io/room/sd-20931\n\n"
            "Reminder: this is a peer practice session, not a real interview."
        ),
        zone="America/New_York",
    )


def _agencies() -> None:
    _x(
        "Interview with our client Lumeo Pharma – Regulatory Affairs Manager",
        interview=True,
        company="Lumeo Pharma",
        role="Regulatory Affairs Manager",
        org=("kate.ward@brooklinetalent.com", "Kate Ward | Brookline Talent"),
        att=[person("h.grady@lumeopharma.com", "Helen Grady")],
        desc=(
            "Hi Alex,\n\n"
            "Great news – Lumeo Pharma would like to meet you for the Regulatory Affairs Manager position.\n\n"
            "Interviewer: Helen Grady, Director of Regulatory Affairs\n"
            "Format: 45 min on Teams (link below, sent by the client)\n\n"
            "Give me a call afterwards so I can pass your feedback on to the client.\n\n"
            "Kate Ward\nSenior Consultant, Life Sciences | Brookline Talent\n+44 20 7946 0321\n\n"
            "Brookline Talent Ltd acts as an employment agency. This email is confidential."
        ),
        zone="Europe/London",
    )
    _x(
        "Client interview: Alex Rivera @ Carraway Bank – Head of Data Governance",
        interview=True,
        company="Carraway Bank",
        role="Head of Data Governance",
        org=("research@vantagesearch.com", "Vantage Search Partners"),
        desc=(
            "Candidate: Alex Rivera\n"
            "Client: Carraway Bank plc\n"
            "Position: Head of Data Governance (retained search)\n"
            "Meeting with: Julian Ashe, Chief Data Officer; Mira Solberg, HR Business Partner\n"
            "Location: Carraway Bank, 12 Moorgate, London EC2R – 9th floor reception\n\n"
            "Partner in charge: Edward Lyle, Vantage Search Partners"
        ),
        loc="Carraway Bank, 12 Moorgate, London EC2R",
        zone="Europe/London",
    )
    _x(
        "Candidate briefing call – Vantage Search Partners (Carraway role)",
        interview=False,
        company=None,
        role=None,
        org=("edward.lyle@vantagesearch.com", "Edward Lyle"),
        desc=(
            "Alex – quick 20 minutes ahead of your meeting at Carraway tomorrow. I'll run through who you're meeting, what Julian cares about and the likely questions. "
            "Nothing here goes back to the client; it's just prep.\n\n"
            "I'll call your mobile.\nEdward"
        ),
        zone="Europe/London",
    )
    _x(
        "Screening call – Alex Rivera – Northgate Recruitment (Senior Backend Engineer)",
        interview=True,
        company=None,
        role="Senior Backend Engineer",
        org=("liam@northgaterecruitment.co.uk", "Liam Chowdhury"),
        desc=(
            "Hi Alex,\n\n"
            "Thanks for applying to the Senior Backend Engineer role I posted. My client is a Series B fintech in Manchester (I can share the name once we've spoken and you're happy to be submitted).\n\n"
            "On this call I'll ask about your experience with Kotlin and event-driven systems, your notice period and salary expectations, so I can decide whether to put you forward.\n\n"
            "Liam Chowdhury | Northgate Recruitment"
        ),
        zone="Europe/London",
    )
    _x(
        "Interview – Alex Rivera – Bluepeak Staffing – Contract Data Analyst",
        interview=True,
        company="Bluepeak Staffing",
        role="Contract Data Analyst",
        org=("onboarding@bluepeakstaffing.com", "Bluepeak Staffing"),
        desc=(
            "Position: Contract Data Analyst (12 months)\n"
            "Employer of record: Bluepeak Staffing, Inc. – if selected you will be a W-2 employee of Bluepeak and placed on assignment with a healthcare client in Columbus.\n\n"
            "Interviewer: Gloria Pettway, Delivery Manager, Bluepeak Staffing\n"
            "Format: video (Teams)"
        ),
        zone="America/New_York",
    )
    _x(
        "Registration meeting – Alex Rivera – Meridian People",
        interview=False,
        company=None,
        role=None,
        org=("register@meridianpeople.com", "Meridian People"),
        desc=(
            "Welcome to Meridian People!\n\n"
            "This is your registration meeting with a consultant: we check right-to-work documents, talk about the kind of roles you're open to and add you to our candidate pool. "
            "It is not linked to a specific vacancy.\n\n"
            "Please bring your passport and proof of address."
        ),
        loc="Meridian People, 14 King Street, Manchester",
        zone="Europe/London",
    )
    _x(
        "Interview arranged by Talentfield: Alex Rivera with Redmoor Aerospace",
        interview=True,
        company="Redmoor Aerospace",
        role="Systems Test Engineer",
        org=("bookings@talentfield.com", "Talentfield Interview Bookings"),
        att=[person("matt.greene@talentfield.com", "Matt Greene")],
        desc=(
            "<p>Dear Alex,</p><p>We are pleased to confirm the following interview arranged on behalf of our client.</p>"
            "<table><tr><td>Client</td><td>Redmoor Aerospace</td></tr><tr><td>Vacancy</td><td>Systems Test Engineer (Perm)</td></tr>"
            "<tr><td>Interviewers</td><td>Gareth Pryce (Test Manager), Hui Lin (Senior Test Engineer)</td></tr>"
            "<tr><td>Address</td><td>Redmoor Aerospace, Filton Business Park, Gate 3, Bristol BS34</td></tr></table>"
            "<p>Security: Redmoor is a secure site. Bring your passport; no phones past reception.</p>"
            "<p>Your consultant: Matt Greene, 0117 496 0750</p>"
        ),
        loc="Redmoor Aerospace, Filton Business Park, Gate 3, Bristol",
        zone="Europe/London",
    )


def _assessments() -> None:
    _x(
        "Codelane Live: Pair Programming – Alex Rivera (Pebblestone Payments)",
        interview=True,
        company="Pebblestone Payments",
        role="Backend Engineer",
        org=("eng-hiring@pebblestone.io", "Pebblestone Engineering Hiring"),
        att=[person("r.okafor@pebblestone.io", "Rita Okafor")],
        desc=(
            "Interviewer: Rita Okafor (Senior Backend Engineer)\n"
            "Position: Backend Engineer\n\n"
            "This is a live pair programming session on Codelane. Rita will join the pad with you and you'll work on the problem together, talking through your approach. Any mainstream language is fine.\n\n"
            "Pad: https://codelane.io/live/PBST-88K2\n"
            "Audio/video: the pad has built-in video; no separate link needed."
        ),
        loc="https://codelane.io/live/PBST-88K2",
        zone="America/New_York",
    )
    _x(
        "Testforge Online Assessment – Backend Engineer – Pebblestone Payments (due Friday)",
        # (round 18) relabelled: a self-paced test has no live interviewer to meet or thank
        interview=False,
        org=("noreply@testforge.dev", "Testforge"),
        desc=(
            "Pebblestone Payments has invited you to take an online assessment.\n\n"
            "Test: Backend Engineer – General Coding (90 minutes, 3 questions)\n"
            "Available until: Friday 23:59 ET\n"
            "You can start whenever you're ready; once started, the timer cannot be paused.\n\n"
            "Start test: https://testforge.dev/t/pbst-be-5521\n\n"
            "Proctoring: webcam snapshots are taken during the test."
        ),
        all_day=True,
        add_me=False,
        zone="America/New_York",
    )
    _x(
        "Live coding session – Vireo Health – Alex Rivera",
        interview=True,
        company="Vireo Health",
        role="Full Stack Engineer",
        org=("talent@vireohealth.com", "Vireo Health Talent"),
        att=[
            person("d.amsel@vireohealth.com", "Dov Amsel"),
            person("k.frye@vireohealth.com", "Kim Frye"),
        ],
        desc=(
            "Full Stack Engineer – technical interview\n"
            "Interviewers: Dov Amsel, Kim Frye\n\n"
            "Platform: Testforge Interview (collaborative IDE). You'll receive the room link 10 minutes before the start; the interviewers will be in the room with you.\n"
            "Backup video link: https://meet.google.com/vhr-tqdx-mjs"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Vireo Health take-home: submission window (72h)",
        # (round 18) relabelled: a take-home's deadline has no live interviewer to meet or thank
        interview=False,
        org=("talent@vireohealth.com", "Vireo Health Talent"),
        desc=(
            "Your take-home exercise unlocks at the start of this window and must be submitted within 72 hours via the Codelane repository link.\n\n"
            "Expected effort: 3–4 hours. There is no call; you'll discuss your solution in the next round if you progress."
        ),
        all_day=True,
        zone="America/Los_Angeles",
    )
    _x(
        "Whiteboard session (CodeCanvas) with Jun Park – Ashlar Security",
        interview=True,
        company="Ashlar Security",
        role="Detection Engineer",
        org=("jun.park@ashlarsec.com", "Jun Park"),
        desc=(
            "Detection Engineer interview – round 2\n"
            "Jun Park will share a CodeCanvas board; we'll sketch a detection pipeline together and talk trade-offs.\n"
            "Board: https://codecanvas.app/b/ashlar-ag72"
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Assessment Centre – Group Exercise – Graduate Engineering Programme (Hallmark Rail)",
        interview=True,
        company="Hallmark Rail",
        role="Graduate Engineer",
        org=("earlycareers@hallmarkrail.co.uk", "Hallmark Rail Early Careers"),
        desc=(
            "Assessment Centre – Graduate Engineering Programme\n\n"
            "09:00 Welcome and housekeeping\n"
            "09:30 Group exercise (observed by two assessors)\n"
            "11:00 Competency interview\n"
            "12:30 Lunch and close\n\n"
            "Venue: Hallmark Rail Training Centre, Derby. Free parking on site; reception is in Block A.\n"
            "Dress code: business casual."
        ),
        loc="Hallmark Rail Training Centre, London Road, Derby",
        zone="Europe/London",
    )
    _x(
        "Vidrecruit: one-way video interview – Hallmark Rail graduate scheme (record by 23:59)",
        interview=True,
        company="Hallmark Rail",
        role=None,
        org=("no-reply@vidrecruit.com", "Vidrecruit"),
        desc=(
            "Hallmark Rail invites you to record answers to 5 questions.\n"
            "You'll have 30 seconds to read each question and up to 2 minutes to record your answer. No one will be live on the call; the recruiting team reviews recordings later.\n\n"
            "Start recording: https://vidrecruit.com/r/hmr-grad-71a"
        ),
        all_day=True,
        add_me=False,
        zone="Europe/London",
    )
    _x(
        "Numerical reasoning test – Talentmetric – Carraway Bank",
        interview=True,
        company="Carraway Bank",
        role=None,
        desc=(
            "do the Talentmetric numerical test Vantage forwarded (link in email, 25 min timed, do it on the laptop not the phone). deadline tonight"
        ),
        zone="Europe/London",
    )
    _x(
        "Business case presentation to panel – Alex Rivera – Greywater Capital",
        interview=True,
        company="Greywater Capital",
        role="Investment Operations Manager",
        org=("hr@greywatercap.com", "Greywater Capital HR"),
        att=[
            person("coo@greywatercap.com", "Serena Voss"),
            person("j.lamb@greywatercap.com", "Jeremy Lamb"),
        ],
        desc=(
            "Investment Operations Manager – final stage\n\n"
            "Please present your case (20 minutes) followed by 25 minutes of questions from the panel.\n"
            "Panel: Serena Voss (COO), Jeremy Lamb (Head of Operations)\n"
            "Room: Boardroom, 3rd floor. HDMI and USB-C adapters available; please also email the slides to hr@greywatercap.com by 09:00."
        ),
        loc="Greywater Capital, 7 Albemarle Street, London – Boardroom",
        zone="Europe/London",
    )
    _x(
        "Live SQL exercise on Querybench – Alex Rivera – Fathom Retail Analytics",
        interview=True,
        company="Fathom Retail Analytics",
        role="Senior Data Analyst",
        org=("interview@fathomretail.com", "Fathom Interview Team"),
        att=[person("b.ortega@fathomretail.com", "Bea Ortega")],
        desc=(
            "Senior Data Analyst – technical round\n"
            "Interviewer: Bea Ortega\n"
            "You'll share a Querybench workspace with Bea and write queries against a sample retail dataset while talking through your thinking.\n"
            "Workspace link is sent by email at the start time."
        ),
        zone="America/New_York",
    )


def _german() -> None:
    n_org = ("recruiting@nordlicht-mobility.de", "Nordlicht Mobility Recruiting")
    n_role = "Product Owner Ladeinfrastruktur"
    n_foot = (
        "\n\nAdresse: Nordlicht Mobility GmbH, Speicherstraße 14, 20457 Hamburg – bitte am Empfang im EG melden.\n"
        "Parken: Besucherparkplätze im Hof (Einfahrt Kehrwieder). Anreise mit der U3 bis Baumwall empfohlen.\n"
        "Diese Einladung ist vertraulich und ausschließlich für die eingeladene Person bestimmt."
    )
    _x(
        "Vor-Ort-Termin Nordlicht Mobility – Block 1: Fachgespräch",
        interview=True,
        company="Nordlicht Mobility",
        role=n_role,
        org=n_org,
        att=[person("j.petersen@nordlicht-mobility.de", "Jannik Petersen")],
        desc="Bewerber: Alex Rivera\nPosition: Product Owner Ladeinfrastruktur (m/w/d)\nBlock 1 (60 Min.): Fachgespräch mit Jannik Petersen, Head of Product\nRaum: Elbe 3.02"
        + n_foot,
        loc="Nordlicht Mobility GmbH, Speicherstraße 14, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Vor-Ort-Termin Nordlicht Mobility – Block 2: Case-Präsentation",
        interview=True,
        company="Nordlicht Mobility",
        role=n_role,
        org=n_org,
        att=[
            person("s.yilmaz@nordlicht-mobility.de", "Selin Yılmaz"),
            person("t.krause@nordlicht-mobility.de", "Tobias Krause"),
        ],
        desc="Block 2 (45 Min.): Präsentation der vorab zugeschickten Case Study (15 Min.) und Diskussion\nTeilnehmende: Selin Yılmaz (Engineering Lead), Tobias Krause (UX)\nRaum: Elbe 3.02, Beamer vorhanden (HDMI)"
        + n_foot,
        loc="Nordlicht Mobility GmbH, Speicherstraße 14, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Vor-Ort-Termin Nordlicht Mobility – Block 3: Gespräch mit Bereichsleitung",
        interview=True,
        company="Nordlicht Mobility",
        role=n_role,
        org=n_org,
        att=[
            person("m.hagedorn@nordlicht-mobility.de", "Dr. Maren Hagedorn"),
            person("personal@nordlicht-mobility.de", "Personalabteilung"),
        ],
        desc="Block 3 (45 Min.): Gespräch mit Dr. Maren Hagedorn (Bereichsleitung Produkt) und der Personalabteilung, u. a. Gehaltsvorstellung und Eintrittstermin"
        + n_foot,
        loc="Nordlicht Mobility GmbH, Speicherstraße 14, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch – Alex Rivera – Teamleitung Schadenregulierung (Feldkamp Versicherungen)",
        interview=True,
        company="Feldkamp Versicherungen",
        role="Teamleitung Schadenregulierung",
        org=("bewerbung@feldkamp-versicherungen.de", "Feldkamp Versicherungen Personal"),
        att=[person("k.vogt@feldkamp-versicherungen.de", "Katrin Vogt")],
        desc=(
            "Guten Tag Alex Rivera,\n\n"
            "vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Gespräch einzuladen.\n\n"
            "Gesprächspartnerin: Katrin Vogt, Abteilungsleiterin Schaden\n"
            "Dauer: ca. 45 Minuten\n"
            "Ort: Microsoft Teams (Link folgt unten)\n\n"
            "Jetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVsZGthbXA@thread.v2/0\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team\n\n"
            "Versendet über Talentwerk Bewerbermanagement"
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Verschoben: Zweitgespräch Alex Rivera – Feldkamp Versicherungen",
        interview=True,
        company="Feldkamp Versicherungen",
        role="Teamleitung Schadenregulierung",
        org=("bewerbung@feldkamp-versicherungen.de", "Feldkamp Versicherungen Personal"),
        att=[
            person("k.vogt@feldkamp-versicherungen.de", "Katrin Vogt"),
            person("r.ahlers@feldkamp-versicherungen.de", "Ralf Ahlers"),
        ],
        desc=(
            "Der Termin wurde verschoben. Neue Zeit siehe Einladung.\n\n"
            "Zweitgespräch für die Position Teamleitung Schadenregulierung\n"
            "Teilnehmer: Katrin Vogt, Ralf Ahlers (Vorstand)\n"
            "Ort: Feldkamp Versicherungen, Königsallee 60, Düsseldorf, Raum 5.11\n"
            "Bitte bringen Sie einen Lichtbildausweis mit."
        ),
        loc="Feldkamp Versicherungen, Königsallee 60, 40212 Düsseldorf",
        zone="Europe/Berlin",
    )
    _x(
        "Live-Coding mit Codelane – Alex Rivera – Sternwerk Software",
        interview=True,
        company="Sternwerk Software",
        role="Senior Backend-Entwickler",
        org=("jobs@sternwerk.io", "Sternwerk Jobs"),
        att=[person("lukas@sternwerk.io", "Lukas Baumann")],
        desc=(
            "Hallo Alex,\n\n"
            "im technischen Interview für die Stelle Senior Backend-Entwickler (m/w/d) programmierst du gemeinsam mit Lukas Baumann (Tech Lead) im Codelane-Pad. "
            "Es geht uns ums gemeinsame Denken, nicht um die perfekte Lösung.\n\n"
            "Pad: https://codelane.io/live/STRN-4Q1\n"
            "Video: Google Meet (siehe Termin)\n\n"
            "Viele Grüße\nAnna aus dem People-Team"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch bei unserem Mandanten Hallberg Maschinenbau – Leitung Controlling",
        interview=True,
        company="Hallberg Maschinenbau",
        role="Leitung Controlling",
        org=("m.roth@kessler-roth.de", "Michael Roth | Kessler & Roth Executive Search"),
        desc=(
            "Guten Tag Alex Rivera,\n\n"
            "wie telefonisch besprochen bestätige ich Ihnen das Gespräch bei unserem Mandanten.\n\n"
            "Unternehmen: Hallberg Maschinenbau GmbH & Co. KG\n"
            "Position: Leitung Controlling\n"
            "Gesprächspartner: Herr Dieter Hallberg (Geschäftsführer), Frau Susanne Mertens (kaufm. Leiterin)\n"
            "Ort: Werk 1, Industriestraße 8, 73430 Aalen – Besucherparkplatz vor dem Verwaltungsgebäude\n\n"
            "Ich melde mich im Anschluss telefonisch bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nMichael Roth\nKessler & Roth Executive Search GmbH"
        ),
        loc="Hallberg Maschinenbau, Industriestraße 8, 73430 Aalen",
        zone="Europe/Berlin",
    )
    _x(
        "Telefoninterview Brandt Logistik GmbH – Disponent (m/w/d)",
        interview=True,
        company="Brandt Logistik",
        role="Disponent",
        org=("karriere@brandt-logistik.de", "Brandt Logistik Karriere"),
        desc=(
            "Telefoninterview\n"
            "Stelle: Disponent (m/w/d) Nahverkehr, Standort Bremen\n"
            "Interviewer: Herr Olaf Siemers, Niederlassungsleiter\n"
            "Wir rufen Sie unter der angegebenen Mobilnummer an."
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Bewerbungsgespräch Stadtwerke Ohlau – IT-Projektleiter",
        interview=True,
        company="Stadtwerke Ohlau",
        role="IT-Projektleiter",
        desc="Frau Brenner + Herr Kaya (IT-Leitung). Rathausplatz 3, 2. OG. Zeugnisse mitnehmen!",
        loc="Stadtwerke Ohlau, Rathausplatz 3",
        zone="Europe/Berlin",
    )
    _x(
        "Karriere-Webinar: Einstieg bei Feldkamp Versicherungen",
        interview=False,
        company=None,
        role=None,
        org=("events@feldkamp-versicherungen.de", "Feldkamp Versicherungen Events"),
        desc=(
            "Sie interessieren sich für eine Karriere bei Feldkamp? In unserem Webinar stellen Mitarbeitende ihre Bereiche vor und beantworten Ihre Fragen live im Chat.\n\n"
            "Zugang: https://streamstage.de/feldkamp/karriere-webinar\n"
            "Die Teilnahme ist kostenlos und unverbindlich."
        ),
        add_me=False,
        zone="Europe/Berlin",
    )
    _x(
        "Termin bei Dr. med. Katrin Albers – Allgemeinmedizin",
        interview=False,
        company=None,
        role=None,
        org=("termine@arzttermin-plus.de", "Arzttermin-Plus"),
        desc=(
            "Ihr Termin ist bestätigt.\n\n"
            "Praxis Dr. med. Katrin Albers, Fachärztin für Allgemeinmedizin\n"
            "Besuchsgrund: Vorsorgeuntersuchung\n"
            "Adresse: Eppendorfer Weg 211, 20253 Hamburg\n"
            "Bitte bringen Sie Ihre Versichertenkarte mit.\n\n"
            "Termin absagen: https://arzttermin-plus.de/t/absagen/92HF1"
        ),
        loc="Eppendorfer Weg 211, 20253 Hamburg",
        add_me=False,
        zone="Europe/Berlin",
    )
    _x(
        "Interview mit Kandidatin Jana Novak – Werkstudent Data (Initech Berlin)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting-berlin@initech.com", "Initech Recruiting Berlin"),
        att=[person("jana.novak@student.example-uni.de", "Jana Novak")],
        desc=(
            "Kandidatin: Jana Novak\n"
            "Stelle: Werkstudent Data (m/w/d)\n"
            "Interviewer: Alex Rivera (fachlich)\n"
            "Bitte Scorecard bis zum Folgetag in Hirebridge ausfüllen."
        ),
        me=WORK_ME,
        zone="Europe/Berlin",
    )


def _french() -> None:
    m_org = ("recrutement@ateliermoreau.fr", "Atelier Moreau – Recrutement")
    m_role = "Responsable produit e-commerce"
    m_foot = (
        "\n\nLieu : Atelier Moreau, 18 rue de Paradis, 75010 Paris – digicode 4B27, 3e étage.\n"
        "Merci de vous présenter à l'accueil 10 minutes avant le premier entretien.\n"
        "Ce message est confidentiel."
    )
    _x(
        "Journée d'entretiens Atelier Moreau – 1/3 : entretien métier",
        interview=True,
        company="Atelier Moreau",
        role=m_role,
        org=m_org,
        att=[person("c.laurent@ateliermoreau.fr", "Camille Laurent")],
        desc="Candidat : Alex Rivera\nPoste : Responsable produit e-commerce (CDI)\nEntretien 1/3 avec Camille Laurent, Directrice digitale (45 min)"
        + m_foot,
        loc="Atelier Moreau, 18 rue de Paradis, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Journée d'entretiens Atelier Moreau – 2/3 : étude de cas",
        interview=True,
        company="Atelier Moreau",
        role=m_role,
        org=m_org,
        att=[
            person("t.garnier@ateliermoreau.fr", "Thomas Garnier"),
            person("n.benali@ateliermoreau.fr", "Nadia Benali"),
        ],
        desc="Entretien 2/3 : étude de cas (préparation 30 min sur place, restitution 30 min)\nJury : Thomas Garnier (CTO), Nadia Benali (Lead UX)"
        + m_foot,
        loc="Atelier Moreau, 18 rue de Paradis, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Journée d'entretiens Atelier Moreau – 3/3 : rencontre avec le fondateur",
        interview=True,
        company="Atelier Moreau",
        role=m_role,
        org=m_org,
        att=[person("p.moreau@ateliermoreau.fr", "Philippe Moreau")],
        desc="Entretien 3/3 : échange avec Philippe Moreau, fondateur et président (30 min)"
        + m_foot,
        loc="Atelier Moreau, 18 rue de Paradis, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH – Alex Rivera – Banque Solane",
        interview=True,
        company="Banque Solane",
        role="Analyste conformité",
        org=("talents@banque-solane.fr", "Banque Solane – Talents"),
        att=[person("e.fabre@banque-solane.fr", "Élodie Fabre")],
        desc=(
            "Bonjour Alex,\n\n"
            "Suite à votre candidature au poste d'Analyste conformité (H/F), nous avons le plaisir de vous convier à un entretien RH.\n\n"
            "Interlocutrice : Élodie Fabre, chargée de recrutement\n"
            "Durée : 30 minutes\n"
            "Format : visioconférence Teams – lien ci-dessous\n\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c29sYW5l@thread.v2/0\n\n"
            "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire."
        ),
        zone="Europe/Paris",
    )
    _x(
        "Reporté : entretien avec le manager – Alex Rivera – Banque Solane",
        interview=True,
        company="Banque Solane",
        role="Analyste conformité",
        org=("talents@banque-solane.fr", "Banque Solane – Talents"),
        att=[person("j.roux@banque-solane.fr", "Julien Roux")],
        desc=(
            "Votre entretien a été reporté à la nouvelle date indiquée dans cette invitation.\n\n"
            "Manager : Julien Roux, Responsable Conformité\n"
            "Lieu : Banque Solane, 40 avenue de la Grande Armée, 75017 Paris – accueil du bâtiment B\n"
            "Merci de vous munir d'une pièce d'identité."
        ),
        loc="Banque Solane, 40 avenue de la Grande Armée, 75017 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien client – Groupe Vauclair – Directeur administratif et financier (via Cabinet Delorme)",
        interview=True,
        company="Groupe Vauclair",
        role="Directeur administratif et financier",
        org=("s.delorme@cabinet-delorme.fr", "Sophie Delorme"),
        desc=(
            "Bonjour,\n\n"
            "Je vous confirme votre rendez-vous chez notre client, le Groupe Vauclair, pour le poste de Directeur administratif et financier.\n\n"
            "Vous rencontrerez M. Henri Vauclair (Président) et Mme Anne Perrin (DRH).\n"
            "Adresse : 5 quai Jules Courmont, 69002 Lyon\n\n"
            "N'hésitez pas à m'appeler après l'entretien.\n\n"
            "Sophie Delorme\nAssociée – Cabinet Delorme, conseil en recrutement"
        ),
        loc="Groupe Vauclair, 5 quai Jules Courmont, 69002 Lyon",
        zone="Europe/Paris",
    )
    _x(
        "Entretien visio – Chef de projet data – Oréade",
        interview=True,
        company="Oréade",
        role="Chef de projet data",
        org=("no-reply@recrutia.fr", "Oréade via Recrutia"),
        att=[person("m.chevalier@oreade.eu", "Marc Chevalier")],
        desc=(
            "<p>Bonjour Alex Rivera,</p><p>Votre entretien pour le poste <b>Chef de projet data</b> chez <b>Oréade</b> est confirmé.</p>"
            "<table><tr><td>Recruteur</td><td>Marc Chevalier, Responsable Data</td></tr><tr><td>Durée</td><td>45 min</td></tr></table>"
            '<p><a href="https://recrutia.fr/visio/oreade-3310">Rejoindre la visio</a> · <a href="https://recrutia.fr/candidat/rdv">Modifier mon rendez-vous</a></p>'
            '<p style="font-size:10px">Recrutia – logiciel de recrutement</p>'
        ),
        zone="Europe/Paris",
    )
    _x(
        "Test technique en direct – Pixelune – Développeur Python",
        interview=True,
        company="Pixelune",
        role="Développeur Python",
        org=("jobs@pixelune.io", "Pixelune Jobs"),
        att=[person("hugo@pixelune.io", "Hugo Lefèvre")],
        desc=(
            "Salut Alex,\n\n"
            "Pour ce test technique, tu coderas en direct avec Hugo (lead dev) sur Codelane. On regarde surtout ta façon de raisonner ; pose des questions !\n\n"
            "Lien du pad : https://codelane.io/live/PXL-77A\n"
            "Visio : Google Meet (dans l'invitation)"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Webinaire : Découvrez les métiers de la Banque Solane",
        interview=False,
        company=None,
        role=None,
        org=("evenements@banque-solane.fr", "Banque Solane – Événements"),
        desc=(
            "Rejoignez nos collaborateurs pour découvrir nos métiers (conformité, risques, IT) et nos programmes de recrutement.\n"
            "Session ouverte à tous, questions en direct dans le chat.\n\n"
            "Lien de connexion : https://streamstage.fr/solane/metiers"
        ),
        add_me=False,
        zone="Europe/Paris",
    )
    _x(
        "Rendez-vous avec Dr Hélène Marchal – Médecin généraliste",
        interview=False,
        company=None,
        role=None,
        org=("rdv@medibooker.fr", "Medibooker"),
        desc=(
            "Votre rendez-vous est confirmé.\n"
            "Dr Hélène Marchal – Médecin généraliste, secteur 1\n"
            "Motif : consultation de suivi\n"
            "Adresse : 12 rue Oberkampf, 75011 Paris, 2e étage gauche\n"
            "Pensez à apporter votre carte Vitale.\n\n"
            "Annuler ou déplacer : https://medibooker.fr/rdv/8812-ZK"
        ),
        loc="12 rue Oberkampf, 75011 Paris",
        add_me=False,
        zone="Europe/Paris",
    )
    _x(
        "Entretien annuel – Alex Rivera / Claire Dumas",
        interview=False,
        company=None,
        role=None,
        org=("claire.dumas@initech.com", "Claire Dumas"),
        desc=(
            "Entretien annuel d'évaluation 2024\n"
            "Merci de compléter ton auto-évaluation dans l'outil RH avant le rendez-vous.\n"
            "Salle : Montmartre (5e)"
        ),
        loc="Initech Paris – salle Montmartre",
        me=WORK_ME,
        zone="Europe/Paris",
    )


def _spanish() -> None:
    _x(
        "Entrevista técnica – Alex Rivera – Cervantia Software",
        interview=True,
        company="Cervantia Software",
        role="Desarrollador Backend Senior",
        org=("seleccion@cervantia.es", "Cervantia Software – Selección"),
        att=[
            person("l.ibarra@cervantia.es", "Lucía Ibarra"),
            person("p.soler@cervantia.es", "Pau Soler"),
        ],
        desc=(
            "Hola Alex:\n\n"
            "Te confirmamos la entrevista técnica para la posición de Desarrollador/a Backend Senior.\n\n"
            "Entrevistadores: Lucía Ibarra (Tech Lead) y Pau Soler (Arquitecto)\n"
            "Duración: 75 minutos\n"
            "Agenda: repaso de tu experiencia (15 min), diseño de una API (30 min), ejercicio práctico en vivo (25 min), preguntas (5 min)\n\n"
            "Enlace de Google Meet en la invitación.\n\n"
            "Enviado desde Reclutia ATS"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Reprogramado: Entrevista con la directora de Ingeniería – Cervantia Software",
        interview=True,
        company="Cervantia Software",
        role="Desarrollador Backend Senior",
        org=("seleccion@cervantia.es", "Cervantia Software – Selección"),
        att=[person("m.cortes@cervantia.es", "Marta Cortés")],
        desc=(
            "Hemos tenido que cambiar la hora de tu entrevista. ¡Disculpa las molestias!\n\n"
            "Entrevistadora: Marta Cortés, Directora de Ingeniería\n"
            "Puesto: Desarrollador/a Backend Senior\n"
            "Lugar: oficinas de Cervantia, Calle de Alcalá 120, 4.ª planta, Madrid. Pregunta por Selección en recepción."
        ),
        loc="Calle de Alcalá 120, 28009 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con cliente – Alimentaria del Ebro – Jefe de Producción (vía Talento Norte)",
        interview=True,
        company="Alimentaria del Ebro",
        role="Jefe de Producción",
        org=("iker@talentonorte.es", "Iker Zubiri | Talento Norte"),
        desc=(
            "Buenos días, Alex:\n\n"
            "Te confirmo la entrevista con nuestro cliente Alimentaria del Ebro para la posición de Jefe/a de Producción.\n"
            "Te entrevistarán Ana Lasheras (Directora de Planta) y Jorge Pina (RR. HH.).\n"
            "Dirección: Polígono Industrial Malpica, Calle E, nave 14, Zaragoza. Hay aparcamiento en la puerta.\n\n"
            "Llámame al salir y me cuentas.\n\nIker Zubiri\nConsultor – Talento Norte"
        ),
        loc="Polígono Industrial Malpica, Calle E, nave 14, Zaragoza",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con RR. HH. – Grupo Altamar – Analista de Datos",
        interview=True,
        company="Grupo Altamar",
        role="Analista de Datos",
        org=("talento@grupoaltamar.mx", "Grupo Altamar Talento"),
        desc=(
            "Candidato: Alex Rivera\n"
            "Vacante: Analista de Datos (Ciudad de México, híbrido)\n"
            "Entrevistadora: Fernanda Robles, Atracción de Talento\n"
            "Modalidad: videollamada por Zoom\n"
            "https://grupoaltamar.zoom.us/j/83310928871\n\n"
            "Aviso de privacidad: tus datos personales serán tratados conforme a nuestro aviso de privacidad para candidatos."
        ),
        conf=("Zoom Meeting", "https://grupoaltamar.zoom.us/j/83310928871"),
        zone="America/Mexico_City",
    )
    _x(
        "Panel de entrevistas – Pampa Digital – Product Designer",
        interview=True,
        company="Pampa Digital",
        role="Product Designer",
        org=("people@pampadigital.com.ar", "Pampa Digital People"),
        att=[
            person("vero@pampadigital.com.ar", "Verónica Sosa"),
            person("nico@pampadigital.com.ar", "Nicolás Ferraro"),
        ],
        desc=(
            "¡Hola Alex! Te esperamos en el panel para Product Designer.\n\n"
            "Tus entrevistadores\n- Verónica Sosa (Head of Design)\n- Nicolás Ferraro (PM)\n\n"
            "Vas a presentar un caso de tu portfolio (20 min) y después charlamos. Link de Meet en el evento."
        ),
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Prueba técnica en vivo – Monedix – Ingeniero de Datos",
        interview=True,
        company="Monedix",
        role="Ingeniero de Datos",
        org=("tech-hiring@monedix.es", "Monedix Tech Hiring"),
        att=[person("raul@monedix.es", "Raúl Ventura")],
        desc=(
            "Prueba técnica en directo con Raúl Ventura (Data Lead).\n"
            "Plataforma: Querybench (compartiréis el mismo espacio de trabajo) + Google Meet para audio y vídeo.\n"
            "No hace falta instalar nada."
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista final con el CEO – Alex Rivera – Lumbre Energía",
        interview=True,
        company="Lumbre Energía",
        role="Responsable de Operaciones",
        org=("rrhh@lumbreenergia.es", "Lumbre Energía RR. HH."),
        att=[person("ceo@lumbreenergia.es", "Gonzalo Ruiz de Alda")],
        desc=(
            "Última fase del proceso para el puesto de Responsable de Operaciones.\n"
            "Reunión con Gonzalo Ruiz de Alda (CEO), 45 min.\n"
            "Oficinas: Avenida de la Constitución 22, Sevilla. Parking público en Plaza Nueva."
        ),
        loc="Avenida de la Constitución 22, Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "Prueba online – Grupo Altamar (plazo 72 h)",
        interview=True,
        company="Grupo Altamar",
        role=None,
        org=("no-reply@evalua-talento.com", "EvalúaTalento"),
        desc=(
            "Grupo Altamar te invita a completar una evaluación en línea (razonamiento lógico y Excel).\n"
            "Duración aproximada: 40 minutos. Puedes realizarla cuando quieras dentro del plazo.\n\n"
            "Comenzar evaluación: https://evalua-talento.com/c/altamar-ad-219"
        ),
        all_day=True,
        add_me=False,
        zone="America/Mexico_City",
    )
    _x(
        "Cita: reconocimiento médico previo a la incorporación – Cervantia Software",
        interview=False,
        company=None,
        role=None,
        org=("citas@prevensalud.es", "PrevenSalud – Servicio de Prevención"),
        desc=(
            "Cita para el reconocimiento médico de incorporación solicitado por tu nueva empresa, Cervantia Software.\n"
            "Acude en ayunas (8 h) para la analítica y trae tu DNI.\n"
            "Centro: PrevenSalud, Calle de Goya 45, Madrid"
        ),
        loc="PrevenSalud, Calle de Goya 45, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Sesión informativa – Programa de Talento Joven – Grupo Altamar",
        interview=False,
        company=None,
        role=None,
        org=("eventos@grupoaltamar.mx", "Grupo Altamar Eventos"),
        desc=(
            "Conoce el Programa de Talento Joven: áreas, proceso de selección y beneficios. Sesión abierta por Zoom Webinar.\n"
            "Regístrate aquí: https://grupoaltamar.zoom.us/webinar/register/WN_tj2025"
        ),
        add_me=False,
        zone="America/Mexico_City",
    )


def _portuguese() -> None:
    _x(
        "Entrevista com o gestor – Analista de Riscos – Banco Arapuã",
        interview=True,
        company="Banco Arapuã",
        role="Analista de Riscos",
        org=("recrutamento@bancoarapua.com.br", "Banco Arapuã Recrutamento"),
        att=[person("rodrigo.lemos@bancoarapua.com.br", "Rodrigo Lemos")],
        desc=(
            "Olá, Alex!\n\n"
            "Sua entrevista com o gestor da vaga de Analista de Riscos Pleno está confirmada.\n\n"
            "Entrevistador: Rodrigo Lemos (Gerente de Risco de Crédito)\n"
            "Duração: 1 hora\n"
            "Local: Microsoft Teams – link abaixo\n\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXJhcHVh@thread.v2/0\n\n"
            "Esta mensagem é confidencial. Enviado via RecrutaMais."
        ),
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista técnica – Tecnova Lusitânia – Engenheiro de Software",
        interview=True,
        company="Tecnova Lusitânia",
        role="Engenheiro de Software",
        org=("talento@tecnova.pt", "Tecnova Lusitânia – Talento"),
        att=[
            person("ines.carvalho@tecnova.pt", "Inês Carvalho"),
            person("rui.matos@tecnova.pt", "Rui Matos"),
        ],
        desc=(
            "Bom dia Alex,\n\n"
            "Confirmamos a entrevista técnica para a função de Engenheiro(a) de Software.\n"
            "Entrevistadores: Inês Carvalho (Engineering Manager) e Rui Matos (Senior Engineer)\n"
            "Morada: Avenida da Liberdade 190, 5.º piso, Lisboa. Estacionamento: parque público Restauradores.\n\n"
            "Com os melhores cumprimentos,\nEquipa de Talento"
        ),
        loc="Avenida da Liberdade 190, 1250-147 Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Dinâmica de grupo – Programa de Trainee – Cervejaria Maré",
        interview=True,
        company="Cervejaria Maré",
        role="Trainee",
        org=("trainee@cervejariamare.com.br", "Programa de Trainee Maré"),
        desc=(
            "Parabéns, você avançou para a etapa de dinâmica de grupo do Programa de Trainee Maré!\n\n"
            "A dinâmica será conduzida por avaliadores do RH e gestores da Cervejaria Maré, com cerca de 10 candidatos.\n"
            "Duração: 2h30. Link do Zoom: https://cervejariamare.zoom.us/j/90122380014\n"
            "Mantenha a câmera ligada durante toda a atividade."
        ),
        conf=("Zoom Meeting", "https://cervejariamare.zoom.us/j/90122380014"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Remarcado: Entrevista RH – Alex Rivera – Loja Colibri",
        interview=True,
        company="Loja Colibri",
        role="Coordenador de E-commerce",
        org=("vagas@lojacolibri.com.br", "Loja Colibri Vagas"),
        desc=(
            "Sua entrevista foi remarcada para o novo horário deste convite.\n\n"
            "Vaga: Coordenador(a) de E-commerce\n"
            "Entrevistadora: Patrícia Nunes (Business Partner de RH)\n"
            "Google Meet no convite."
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista por vídeo com a Agência Caju (via Talentos Sul)",
        interview=True,
        company="Agência Caju",
        role="Gerente de Contas",
        org=("bruna@talentossul.com.br", "Bruna Teixeira – Talentos Sul"),
        att=[person("diretoria@agenciacaju.com.br", "Marcelo Pires")],
        desc=(
            "Oi Alex, tudo bem?\n\n"
            "Conforme combinamos, segue o convite para a entrevista com o nosso cliente Agência Caju, para a vaga de Gerente de Contas.\n"
            "Você vai conversar com o Marcelo Pires (Diretor de Atendimento).\n\n"
            "Boa sorte!\nBruna – Talentos Sul Consultoria"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo técnico com o time – Nuvem Verde – Desenvolvedor Front-end",
        interview=True,
        company="Nuvem Verde",
        role="Desenvolvedor Front-end",
        org=("pessoas@nuvemverde.dev", "Nuvem Verde Pessoas"),
        att=[
            person("tati@nuvemverde.dev", "Tatiana Rocha"),
            person("gui@nuvemverde.dev", "Guilherme Alves"),
        ],
        desc=(
            "Etapa 3 do processo seletivo – Desenvolvedor(a) Front-end\n"
            "Participantes: Tatiana Rocha (Tech Lead), Guilherme Alves (Dev Sênior)\n"
            "Vamos falar sobre o desafio que você entregou e fazer algumas perguntas técnicas de React."
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista final com a diretoria – Banco Arapuã",
        interview=True,
        company="Banco Arapuã",
        role="Analista de Riscos",
        org=("recrutamento@bancoarapua.com.br", "Banco Arapuã Recrutamento"),
        att=[person("helena.prado@bancoarapua.com.br", "Helena Prado")],
        desc=(
            "Etapa final – Analista de Riscos Pleno\n"
            "Entrevistadora: Helena Prado (Diretora de Riscos)\n"
            "Local: Av. Paulista 1500, 12.º andar, São Paulo. Apresente documento com foto na portaria."
        ),
        loc="Av. Paulista 1500, 12º andar, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Teste online – Banco Arapuã – prazo até domingo",
        interview=False,
        company=None,
        role=None,
        org=("naoresponda@recrutamais.com.br", "RecrutaMais"),
        desc=(
            "Você recebeu um teste online do Banco Arapuã: raciocínio lógico e inglês.\n"
            "Realize no seu tempo até domingo às 23h59. Não há entrevistador presente.\n"
            "Acessar teste: https://recrutamais.com.br/teste/arp-77"
        ),
        all_day=True,
        add_me=False,
        zone="America/Sao_Paulo",
    )
    _x(
        "Demonstração do produto – Alex Rivera e Carla (Fluxa CRM)",
        interview=False,
        company=None,
        role=None,
        org=("carla.m@fluxacrm.com.br", "Carla Mendes"),
        desc=(
            "Nome do evento: Demonstração Fluxa CRM (30 min)\n"
            "Convidado: Alex Rivera\n"
            "Perguntas: Quantos usuários na sua equipe? 15–20\n\n"
            "Cancelar ou reagendar: https://slotwise.com/reschedulings/f1uxa-2c\n"
            "Agendado com Slotwise"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Integração de novos colaboradores – Tecnova Lusitânia",
        interview=False,
        company=None,
        role=None,
        org=("onboarding@tecnova.pt", "Tecnova Onboarding"),
        desc=(
            "Bem-vindo(a) à Tecnova!\n\n"
            "Sessão de integração para novos colaboradores: apresentação da empresa, entrega de portátil, acessos e visita às instalações.\n"
            "Traga o Cartão de Cidadão e o NIB para os Recursos Humanos."
        ),
        loc="Avenida da Liberdade 190, 1250-147 Lisboa",
        zone="Europe/Lisbon",
    )


def _italian() -> None:
    _x(
        "Colloquio conoscitivo – Lanterna Pagamenti – Alex Rivera",
        interview=True,
        company="Lanterna Pagamenti",
        role="Product Owner",
        org=("talent@lanternapagamenti.it", "Lanterna Pagamenti Talent"),
        att=[person("giulia.ferri@lanternapagamenti.it", "Giulia Ferri")],
        desc=(
            "Gentile Alex,\n\n"
            "grazie per la candidatura alla posizione di Product Owner. Ti confermiamo il colloquio conoscitivo.\n\n"
            "Referente: Giulia Ferri, HR Business Partner\n"
            "Durata: 30 minuti\n"
            "Modalità: Google Meet (link nell'invito)\n\n"
            "Informativa privacy: i tuoi dati sono trattati ai sensi del Regolamento UE 2016/679."
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Spostato: colloquio finale – Lanterna Pagamenti",
        interview=True,
        company="Lanterna Pagamenti",
        role="Product Owner",
        org=("talent@lanternapagamenti.it", "Lanterna Pagamenti Talent"),
        att=[person("ceo@lanternapagamenti.it", "Stefano Rinaldi")],
        desc=(
            "Il colloquio è stato spostato al nuovo orario indicato.\n\n"
            "Colloquio finale – Product Owner\n"
            "Con: Stefano Rinaldi (CEO) e Giulia Ferri (HR)\n"
            "Sede: Via Tortona 31, Milano – citofono 'Lanterna', 2° piano"
        ),
        loc="Via Tortona 31, 20144 Milano",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico – Ferrovia Digitale – DevOps Engineer",
        interview=True,
        company="Ferrovia Digitale",
        role="DevOps Engineer",
        org=("selezione@ferroviadigitale.it", "Ferrovia Digitale Selezione"),
        att=[
            person("a.greco@ferroviadigitale.it", "Andrea Greco"),
            person("f.conti@ferroviadigitale.it", "Francesca Conti"),
        ],
        desc=(
            "Candidato: Alex Rivera\n"
            "Posizione: DevOps Engineer\n"
            "Intervistatori: Andrea Greco (Cloud Architect), Francesca Conti (SRE Lead)\n"
            "Agenda: esperienza pregressa, scenario di troubleshooting su Kubernetes, domande del candidato\n"
            "Link Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVycm92aWE@thread.v2/0"
        ),
        zone="Europe/Rome",
    )
    _x(
        "Colloquio presso il cliente Cantieri Serravalle – tramite Risorse Più",
        interview=True,
        company="Cantieri Serravalle",
        role="Responsabile Acquisti",
        org=("elena.marini@risorsepiu.it", "Elena Marini – Risorse Più"),
        desc=(
            "Ciao Alex,\n\n"
            "ti confermo il colloquio presso il nostro cliente Cantieri Serravalle S.p.A. per la posizione di Responsabile Acquisti.\n"
            "Incontrerai l'Ing. Paolo Serravalle (Direttore Generale).\n"
            "Indirizzo: Via del Porto 4, La Spezia. Parcheggio interno, chiedi al portiere.\n\n"
            "Elena Marini\nRecruiter – Risorse Più S.r.l., agenzia per il lavoro"
        ),
        loc="Via del Porto 4, La Spezia",
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio con il responsabile – Ottica Baldini – Store Manager",
        interview=True,
        company="Ottica Baldini",
        role="Store Manager",
        org=("lavoraconnoi@otticabaldini.it", "Ottica Baldini – Lavora con noi"),
        desc=(
            "Secondo colloquio per la posizione di Store Manager (punto vendita di Bologna).\n"
            "Responsabile: Massimo Baldini, Area Manager\n"
            "Presso: Ottica Baldini, Via dell'Indipendenza 45, Bologna"
        ),
        loc="Via dell'Indipendenza 45, Bologna",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio in videochiamata – Alex Rivera – Studio Gentili Architetti",
        interview=True,
        company="Studio Gentili Architetti",
        role="BIM Coordinator",
        org=("studio@gentiliarchitetti.it", "Studio Gentili Architetti"),
        desc="Colloquio per BIM Coordinator con l'Arch. Laura Gentili. Zoom: https://gentiliarchitetti.zoom.us/j/75500192833",
        conf=("Zoom Meeting", "https://gentiliarchitetti.zoom.us/j/75500192833"),
        zone="Europe/Rome",
    )
    _x(
        "Giornata di prova – Forno Vercelli – Responsabile di produzione",
        interview=True,
        company="Forno Vercelli",
        role="Responsabile di produzione",
        org=("personale@fornovercelli.it", "Forno Vercelli – Ufficio Personale"),
        desc=(
            "Come concordato, ti aspettiamo per una giornata di prova in laboratorio insieme al capo turno, che poi ci darà un riscontro.\n"
            "Orario: dalle 6:00 alle 12:00. Scarpe antinfortunistiche e camice forniti da noi.\n"
            "Indirizzo: Corso Italia 88, Vercelli (ingresso fornitori sul retro)"
        ),
        loc="Corso Italia 88, Vercelli",
        zone="Europe/Rome",
    )
    _x(
        "Test online Codebay – Lanterna Pagamenti (scadenza 48 ore)",
        interview=False,
        company=None,
        role=None,
        org=("noreply@codebay.io", "Codebay"),
        desc=(
            "Lanterna Pagamenti ti ha invitato a completare un test online.\n"
            "Durata: 60 minuti, da svolgere in autonomia entro 48 ore dall'invito.\n"
            "Inizia il test: https://codebay.io/a/lanterna-po-18"
        ),
        all_day=True,
        add_me=False,
        zone="Europe/Rome",
    )
    _x(
        "Visita – Dott.ssa Chiara Benedetti (prenotata tramite PrenotaSalute)",
        interview=False,
        company=None,
        role=None,
        org=("conferme@prenotasalute.it", "PrenotaSalute"),
        desc=(
            "Prenotazione confermata\n"
            "Dott.ssa Chiara Benedetti – Dermatologia\n"
            "Prestazione: visita dermatologica\n"
            "Studio: Via Nizza 12, Torino\n"
            "Per annullare: https://prenotasalute.it/p/annulla/CB-4410"
        ),
        loc="Via Nizza 12, Torino",
        add_me=False,
        zone="Europe/Rome",
    )
    _x(
        "Open day virtuale – Ferrovia Digitale",
        interview=False,
        company=None,
        role=None,
        org=("eventi@ferroviadigitale.it", "Ferrovia Digitale Eventi"),
        desc=(
            "Scopri le opportunità di carriera in Ferrovia Digitale: presentazione dell'azienda, testimonianze dei team tech e sessione Q&A.\n"
            "Evento online aperto a tutti. Link di accesso: https://streamstage.it/ferroviadigitale/openday"
        ),
        add_me=False,
        zone="Europe/Rome",
    )


def _dutch() -> None:
    _x(
        "Sollicitatiegesprek – Polderweb – Frontend Developer",
        interview=True,
        company="Polderweb",
        role="Frontend Developer",
        org=("jobs@polderweb.nl", "Polderweb Jobs"),
        att=[
            person("sanne@polderweb.nl", "Sanne de Vries"),
            person("bram@polderweb.nl", "Bram Jansen"),
        ],
        desc=(
            "Hoi Alex,\n\n"
            "Leuk dat je langskomt voor een eerste gesprek over de functie Frontend Developer!\n\n"
            "Je spreekt met: Sanne de Vries (Teamlead) en Bram Jansen (Senior Developer)\n"
            "Adres: Polderweb, Oudegracht 210, Utrecht. Bel aan bij de groene deur.\n"
            "Parkeren: P+R Westraven, dan tram 22.\n\n"
            "Tot dan!\n\n-- verzonden via Werfwerk ATS"
        ),
        loc="Oudegracht 210, 3511 NS Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek – Dijkhuis Logistiek – Planner",
        interview=True,
        company="Dijkhuis Logistiek",
        role="Planner",
        org=("hr@dijkhuislogistiek.nl", "Dijkhuis Logistiek HR"),
        att=[person("p.dijkhuis@dijkhuislogistiek.nl", "Peter Dijkhuis")],
        desc=(
            "Kandidaat: Alex Rivera\n"
            "Functie: Planner (fulltime)\n"
            "Gesprekspartners: Peter Dijkhuis (directeur) en Ellen Smit (HR)\n"
            "Locatie: Transportweg 12, Venlo – melden bij de receptie in het kantoorgebouw"
        ),
        loc="Transportweg 12, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek bij opdrachtgever Van Rijn Installatietechniek (via Oranjewerk Recruitment)",
        interview=True,
        company="Van Rijn Installatietechniek",
        role="Projectleider",
        org=("mark@oranjewerk.nl", "Mark Visser | Oranjewerk Recruitment"),
        desc=(
            "Beste Alex,\n\n"
            "Hierbij de bevestiging van je gesprek bij onze opdrachtgever Van Rijn Installatietechniek voor de vacature Projectleider W-installaties.\n"
            "Je spreekt met Henk van Rijn (eigenaar) en Joyce Bakker (bedrijfsleider).\n"
            "Adres: Industrieweg 5, Zwolle.\n\n"
            "Bel me gerust na afloop!\nMark Visser – Oranjewerk Recruitment"
        ),
        loc="Industrieweg 5, Zwolle",
        zone="Europe/Amsterdam",
    )
    _x(
        "Verplaatst: eerste gesprek Alex Rivera – Groenhart Zorg",
        interview=True,
        company="Groenhart Zorg",
        role="Beleidsadviseur",
        org=("werkenbij@groenhartzorg.nl", "Werken bij Groenhart Zorg"),
        desc=(
            "Je gesprek is verplaatst naar het nieuwe tijdstip in deze uitnodiging.\n\n"
            "Functie: Beleidsadviseur Kwaliteit\n"
            "Selectiecommissie: Marieke Hoekstra (manager), Youssef El Amrani (OR-lid)\n"
            "Via Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z3JvZW5oYXJ0@thread.v2/0"
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Assessment met rollenspel – Koers Verzekeringen – Teamleider Klantenservice",
        interview=True,
        company="Koers Verzekeringen",
        role="Teamleider Klantenservice",
        org=("assessments@koers.nl", "Koers Verzekeringen Recruitment"),
        desc=(
            "Onderdeel van de selectieprocedure voor Teamleider Klantenservice.\n\n"
            "Programma:\n09:00 ontvangst\n09:15 rollenspel (gesprek met een medewerker, gespeeld door een acteur; twee assessoren observeren)\n"
            "10:15 nabespreking met de assessor\n\n"
            "Locatie: Koers Verzekeringen, Stationsplein 1, Amersfoort, zaal 'De Eem'"
        ),
        loc="Stationsplein 1, Amersfoort",
        zone="Europe/Amsterdam",
    )
    _x(
        "Meeloopdag – Brouwerij De Gans – Brouwer",
        interview=True,
        company="Brouwerij De Gans",
        role="Brouwer",
        org=("info@brouwerijdegans.nl", "Brouwerij De Gans"),
        desc=(
            "Zoals besproken: je loopt een dag mee in de brouwerij, daarna een gesprek met Koen over hoe het ging. "
            "Dichte schoenen aan, lunch is geregeld."
        ),
        loc="Brouwerij De Gans, Havenkade 3, Groningen",
        zone="Europe/Amsterdam",
    )
    _x(
        "Technisch interview – Alex Rivera – Tulpwerk",
        interview=True,
        company="Tulpwerk",
        role="Data Engineer",
        org=("hiring@tulpwerk.nl", "Tulpwerk Hiring"),
        att=[person("ruben@tulpwerk.nl", "Ruben Mulder")],
        desc=(
            "<p>Hoi Alex,</p><p>Je technisch interview voor <b>Data Engineer</b> staat gepland.</p>"
            "<ul><li>Interviewer: Ruben Mulder (Lead Data Engineer)</li><li>Duur: 60 min</li><li>Opdracht: live samen een pipeline ontwerpen</li></ul>"
            '<p><a href="https://meet.google.com/tlp-wrkx-nmb">Deelnemen met Google Meet</a></p>'
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Arbeidsvoorwaardengesprek – Polderweb",
        interview=False,
        company=None,
        role=None,
        org=("jobs@polderweb.nl", "Polderweb Jobs"),
        desc=(
            "Gefeliciteerd nogmaals! In dit gesprek nemen we het aanbod door: salaris, startdatum, thuiswerkvergoeding en het contract. "
            "Neem gerust vragen mee."
        ),
        loc="Oudegracht 210, 3511 NS Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Introductiedag nieuwe medewerkers – Dijkhuis Logistiek",
        interview=False,
        company=None,
        role=None,
        org=("hr@dijkhuislogistiek.nl", "Dijkhuis Logistiek HR"),
        desc=(
            "Welkom bij Dijkhuis! Op je eerste dag krijg je een rondleiding, je laptop en toegangspas, en een lunch met je team.\n"
            "Vergeet je ID-bewijs niet voor de loonadministratie."
        ),
        loc="Transportweg 12, Venlo",
        zone="Europe/Amsterdam",
    )
    _x(
        "VOG aanvragen + ID-check bij Screeningsbureau Veritas",
        interview=False,
        company=None,
        role=None,
        org=("afspraken@veritas-screening.nl", "Veritas Screening"),
        desc=(
            "Afspraak voor de pre-employment screening in opdracht van je nieuwe werkgever.\n"
            "We controleren je identiteitsbewijs en diploma's via een korte videoverbinding (10 min). Houd je paspoort bij de hand.\n"
            "Link: https://veritas-screening.nl/video/aa1920"
        ),
        zone="Europe/Amsterdam",
    )


def _polish() -> None:
    _x(
        "Rozmowa rekrutacyjna – Wisła Systems – Java Developer",
        interview=True,
        company="Wisła Systems",
        role="Java Developer",
        org=("rekrutacja@wislasystems.pl", "Wisła Systems Rekrutacja"),
        att=[person("k.nowicka@wislasystems.pl", "Katarzyna Nowicka")],
        desc=(
            "Dzień dobry,\n\n"
            "dziękujemy za aplikację na stanowisko Java Developer (Mid/Senior). Zapraszamy na pierwszą rozmowę.\n\n"
            "Rekruterka: Katarzyna Nowicka\n"
            "Czas trwania: 30 min\n"
            "Forma: Google Meet (link w zaproszeniu)\n\n"
            "Klauzula RODO: administratorem Pani/Pana danych osobowych jest Wisła Systems sp. z o.o.\n"
            "Wysłano z systemu Kandydat360"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Nowy termin: rozmowa techniczna – Alex Rivera – Wisła Systems",
        interview=True,
        company="Wisła Systems",
        role="Java Developer",
        org=("rekrutacja@wislasystems.pl", "Wisła Systems Rekrutacja"),
        att=[
            person("m.zielinski@wislasystems.pl", "Marek Zieliński"),
            person("a.wojcik@wislasystems.pl", "Agnieszka Wójcik"),
        ],
        desc=(
            "Termin rozmowy technicznej został zmieniony.\n\n"
            "Stanowisko: Java Developer\n"
            "Rekruterzy techniczni: Marek Zieliński (Tech Lead), Agnieszka Wójcik (Senior Developer)\n"
            "Agenda: Spring Boot, projektowanie REST API, krótkie zadanie na żywo"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z klientem – Bursztyn Pay – Product Owner (przez HRnova)",
        interview=True,
        company="Bursztyn Pay",
        role="Product Owner",
        org=("joanna.mazur@hrnova.pl", "Joanna Mazur | HRnova"),
        desc=(
            "Cześć Alex,\n\n"
            "potwierdzam spotkanie z naszym klientem Bursztyn Pay na stanowisko Product Owner.\n"
            "Po stronie klienta: Paweł Kamiński (Head of Product).\n"
            "Link Teams prześle bezpośrednio klient.\n\n"
            "Powodzenia!\nJoanna Mazur, HRnova – doradztwo personalne"
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna z zespołem – Kormoran Games – Programista C++",
        interview=True,
        company="Kormoran Games",
        role="Programista C++",
        org=("jobs@kormorangames.pl", "Kormoran Games Jobs"),
        att=[
            person("tomek@kormorangames.pl", "Tomasz Lis"),
            person("ola@kormorangames.pl", "Aleksandra Duda"),
        ],
        desc=(
            "Twoi rekruterzy\n- Tomasz Lis (Lead Engine Programmer)\n- Aleksandra Duda (Gameplay Programmer)\n\n"
            "Omówimy Twoje zadanie domowe i porozmawiamy o pamięci, wielowątkowości i profilowaniu.\n"
            "Adres: Kormoran Games, ul. Długa 44, Gdańsk, 3 piętro. Parking płatny przy ul. Podwale Staromiejskie."
        ),
        loc="ul. Długa 44, Gdańsk",
        zone="Europe/Warsaw",
    )
    _x(
        "Spotkanie z Hiring Managerem – Alex Rivera – Tatra Logistics",
        interview=True,
        company="Tatra Logistics",
        role="Analityk Biznesowy",
        org=("kariera@tatralogistics.pl", "Tatra Logistics Kariera"),
        att=[person("r.krawczyk@tatralogistics.pl", "Robert Krawczyk")],
        desc=(
            "Kandydat: Alex Rivera\nStanowisko: Analityk Biznesowy\nHiring manager: Robert Krawczyk\n"
            "Spotkanie online, MS Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGF0cmE@thread.v2/0"
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa końcowa z zarządem – Bursztyn Pay",
        interview=True,
        company="Bursztyn Pay",
        role="Product Owner",
        org=("people@bursztynpay.pl", "Bursztyn Pay People"),
        att=[person("ceo@bursztynpay.pl", "Ewa Grabowska")],
        desc=(
            "Ostatni etap rekrutacji na stanowisko Product Owner.\n"
            "Uczestnicy: Ewa Grabowska (CEO), Paweł Kamiński (Head of Product)\n"
            "Biuro: ul. Piwna 7, Gdańsk – recepcja na parterze."
        ),
        loc="ul. Piwna 7, Gdańsk",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa kwalifikacyjna online – Grupa Sokół – Specjalista ds. Kadr i Płac",
        interview=True,
        company="Grupa Sokół",
        role="Specjalista ds. Kadr i Płac",
        org=("rekrutacja@grupasokol.pl", "Grupa Sokół – Dział HR"),
        desc=(
            "<p>Szanowna Pani / Szanowny Panie,</p><p>zapraszamy na rozmowę kwalifikacyjną na stanowisko <b>Specjalista ds. Kadr i Płac</b>.</p>"
            "<table><tr><td>Prowadząca:</td><td>Beata Wróbel, Kierownik Działu Kadr</td></tr><tr><td>Czas:</td><td>45 min</td></tr></table>"
            '<p><a href="https://grupasokol.zoom.us/j/92290011723">Dołącz do spotkania</a></p>'
        ),
        conf=("Zoom Meeting", "https://grupasokol.zoom.us/j/92290011723"),
        zone="Europe/Warsaw",
    )
    _x(
        "Zadanie rekrutacyjne – Kormoran Games – termin oddania",
        interview=True,
        company="Kormoran Games",
        role=None,
        org=("jobs@kormorangames.pl", "Kormoran Games Jobs"),
        desc=(
            "Przypomnienie: termin oddania zadania domowego (C++, system cząsteczek) mija dziś o 23:59.\n"
            "Rozwiązanie prześlij jako link do repozytorium w odpowiedzi na maila."
        ),
        all_day=True,
        zone="Europe/Warsaw",
    )
    _x(
        "Szkolenie wdrożeniowe – Bursztyn Pay – pierwszy dzień",
        interview=False,
        company=None,
        role=None,
        org=("people@bursztynpay.pl", "Bursztyn Pay People"),
        desc=(
            "Witamy na pokładzie! Pierwszy dzień: odbiór laptopa, szkolenie BHP, spotkanie z buddym i lunch z zespołem produktu.\n"
            "Prosimy zabrać dowód osobisty i numer konta do wypłaty wynagrodzenia."
        ),
        loc="ul. Piwna 7, Gdańsk",
        zone="Europe/Warsaw",
    )
    _x(
        "Badania wstępne medycyny pracy – skierowanie Bursztyn Pay",
        interview=False,
        company=None,
        role=None,
        org=("rejestracja@medpraca-gdansk.pl", "MedPraca Gdańsk"),
        desc=(
            "Potwierdzenie wizyty: badania wstępne z zakresu medycyny pracy.\n"
            "Prosimy zabrać skierowanie od pracodawcy i dowód osobisty.\n"
            "Adres: ul. Grunwaldzka 100, Gdańsk, gabinet 12"
        ),
        loc="ul. Grunwaldzka 100, Gdańsk",
        add_me=False,
        zone="Europe/Warsaw",
    )


def _swedish() -> None:
    f_org = ("rekrytering@fjallvind.se", "Fjällvind Rekrytering")
    f_role = "Backend-utvecklare"
    f_foot = "\n\nAdress: Fjällvind AB, Kungsgatan 44, Stockholm. Anmäl dig i receptionen plan 2.\nFika ingår mellan passen."
    _x(
        "Intervjudag Fjällvind – del 1: Teknisk intervju",
        interview=True,
        company="Fjällvind",
        role=f_role,
        org=f_org,
        att=[person("oskar@fjallvind.se", "Oskar Lindberg")],
        desc="Kandidat: Alex Rivera\nTjänst: Backend-utvecklare\nDel 1 (60 min): teknisk intervju med Oskar Lindberg, Tech Lead"
        + f_foot,
        loc="Fjällvind AB, Kungsgatan 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Intervjudag Fjällvind – del 2: Systemdesign",
        interview=True,
        company="Fjällvind",
        role=f_role,
        org=f_org,
        att=[person("maja@fjallvind.se", "Maja Eriksson")],
        desc="Del 2 (60 min): systemdesign med Maja Eriksson, arkitekt" + f_foot,
        loc="Fjällvind AB, Kungsgatan 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Intervjudag Fjällvind – del 3: Möte med rekryterande chef",
        interview=True,
        company="Fjällvind",
        role=f_role,
        org=f_org,
        att=[person("johan@fjallvind.se", "Johan Sandberg")],
        desc="Del 3 (45 min): samtal med rekryterande chef Johan Sandberg om team, arbetssätt och dina förväntningar"
        + f_foot,
        loc="Fjällvind AB, Kungsgatan 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Telefonintervju – Sjöberg Medtech – Kvalitetsingenjör",
        interview=True,
        company="Sjöberg Medtech",
        role="Kvalitetsingenjör",
        org=("jobb@sjobergmedtech.se", "Sjöberg Medtech Jobb"),
        desc=(
            "Hej Alex!\n\n"
            "Tack för din ansökan till tjänsten som Kvalitetsingenjör. Vår rekryterare Linnea Holm ringer dig på angivet mobilnummer.\n"
            "Samtalet tar cirka 20 minuter.\n\n"
            "Skickat via Rekryt Pro"
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Ombokad: Intervju Alex Rivera – Norrsken Energi – Projektledare",
        interview=True,
        company="Norrsken Energi",
        role="Projektledare",
        org=("hr@norrskenenergi.se", "Norrsken Energi HR"),
        att=[person("e.nystrom@norrskenenergi.se", "Elin Nyström")],
        desc=(
            "Intervjun har bokats om till ny tid enligt denna inbjudan.\n"
            "Tjänst: Projektledare vindkraft\n"
            "Intervjuare: Elin Nyström (avdelningschef)\n"
            "Teams-länk: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm9ycnNrZW4@thread.v2/0"
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Intervju hos Lindgrens Bygg via Kompetensbron – Arbetsledare",
        interview=True,
        company="Lindgrens Bygg",
        role="Arbetsledare",
        org=("sara@kompetensbron.se", "Sara Åberg, Kompetensbron"),
        desc=(
            "Hej Alex,\n\n"
            "Här kommer bekräftelse på intervjun hos vår kund Lindgrens Bygg AB för tjänsten som arbetsledare.\n"
            "Du träffar platschef Mikael Lindgren på kontoret, Industrigatan 9, Uppsala.\n\n"
            "Lycka till!\nSara Åberg, rekryteringskonsult – Kompetensbron"
        ),
        loc="Industrigatan 9, Uppsala",
        zone="Europe/Stockholm",
    )
    _x(
        "Demo av Skiftplan – Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("viktor@skiftplan.se", "Viktor Holm"),
        desc=(
            "Händelse: Demo av Skiftplan (30 min)\n"
            "Bokad av: Alex Rivera\n"
            "Vi visar schemaläggning och tidrapportering för ert team.\n\n"
            "Avboka eller ändra: https://meetbook.io/skiftplan/viktor/ändra/55A"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Introduktionsdag för nyanställda – Fjällvind",
        interview=False,
        company=None,
        role=None,
        org=("people@fjallvind.se", "Fjällvind People"),
        desc=(
            "Välkommen till Fjällvind! Första dagen: dator och behörigheter, genomgång av policyer, lunch med ditt team.\n"
            "Ta med legitimation och kontonummer till lönesystemet."
        ),
        loc="Fjällvind AB, Kungsgatan 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Bakgrundskontroll – identitetsverifiering med Safecheck Norden",
        interview=False,
        company=None,
        role=None,
        org=("noreply@safecheck-norden.se", "Safecheck Norden"),
        desc=(
            "Din blivande arbetsgivare har beställt en bakgrundskontroll. Vid detta videosamtal (10 min) verifierar vi din identitet med BankID och pass.\n"
            "Länk: https://safecheck-norden.se/v/88312"
        ),
        add_me=False,
        zone="Europe/Stockholm",
    )


def _japanese() -> None:
    _x(
        "【一次面接】株式会社ミナトデータ様 – データアナリスト（エージェント経由）",
        interview=True,
        company="ミナトデータ",
        role="データアナリスト",
        org=("sato.k@careerlink-agent.jp", "佐藤 健一（キャリアリンク）"),
        desc=(
            "Alex Rivera 様\n\n"
            "お世話になっております。キャリアリンクの佐藤です。\n"
            "株式会社ミナトデータ様の一次面接日程が確定しましたのでご案内いたします。\n\n"
            "■企業名：株式会社ミナトデータ（Minato Data Inc.）\n"
            "■ポジション：データアナリスト\n"
            "■面接官：人事部 田中様、データ分析部 部長 鈴木様\n"
            "■形式：オンライン（Zoom）\n"
            "■URL：https://minatodata.zoom.us/j/81200339812\n\n"
            "面接後にお電話で感想をお伺いできれば幸いです。\n"
            "何卒よろしくお願いいたします。"
        ),
        conf=("Zoom Meeting", "https://minatodata.zoom.us/j/81200339812"),
        zone="Asia/Tokyo",
    )
    _x(
        "【二次面接】カワセミラボ株式会社 – 技術面接",
        interview=True,
        company="カワセミラボ",
        role="バックエンドエンジニア",
        org=("saiyo@kawasemi-lab.co.jp", "カワセミラボ 採用担当"),
        att=[
            person("ito.h@kawasemi-lab.co.jp", "伊藤 浩"),
            person("mori.a@kawasemi-lab.co.jp", "森 彩"),
        ],
        desc=(
            "Alex Rivera 様\n\n"
            "この度は弊社バックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "二次面接（技術面接）を下記の通り実施いたします。\n\n"
            "面接官：伊藤（CTO）、森（シニアエンジニア）\n"
            "内容：これまでのご経験、システム設計についてのディスカッション（60分）\n"
            "場所：Google Meet（招待内のリンクからご参加ください）\n\n"
            "※本メールは採用管理システム「採用ナビクラウド」から送信されています。"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "【日程変更】最終面接 カワセミラボ株式会社",
        interview=True,
        company="カワセミラボ",
        role="バックエンドエンジニア",
        org=("saiyo@kawasemi-lab.co.jp", "カワセミラボ 採用担当"),
        att=[person("ceo@kawasemi-lab.co.jp", "川瀬 誠")],
        desc=(
            "最終面接の日程を変更いたしました。ご調整いただきありがとうございます。\n\n"
            "面接官：代表取締役 川瀬\n"
            "場所：東京都渋谷区神南1-2-3 カワセミビル5F（受付にてお名前をお伝えください）\n"
            "持ち物：特になし"
        ),
        loc="東京都渋谷区神南1-2-3 カワセミビル5F",
        zone="Asia/Tokyo",
    )
    _x(
        "【面接確定】アオバ物流株式会社 – 人事面接（物流企画職）",
        interview=True,
        company="アオバ物流",
        role="物流企画職",
        org=("jinji@aoba-logi.co.jp", "アオバ物流 人事部"),
        desc=(
            "面接日時が確定しました。\n\n"
            "職種：物流企画職（中途採用）\n"
            "面接官：人事部 山本\n"
            "場所：Microsoft Teams\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YW9iYQ@thread.v2/0\n\n"
            "本メールの内容は機密情報です。第三者への転送はご遠慮ください。"
        ),
        zone="Asia/Tokyo",
    )
    _x(
        "Interview Hikari Securities – 2nd round (Tokyo office)",
        interview=True,
        company="Hikari Securities",
        role="Quantitative Developer",
        desc=(
            "typed from the recruiter's email:\n"
            "ひかり証券 二次面接 – Quantitative Developer\n"
            "面接官: 木村さん (Head of Quant), 中村さん\n"
            "丸の内2-7-1 18F, go to the 1F security desk first"
        ),
        loc="東京都千代田区丸の内2-7-1 18F",
        zone="Asia/Tokyo",
    )
    _x(
        "【Web受検】適性検査のご案内 – アオバ物流（受検期限）",
        # (round 19) relabelled: a self-paced test taken alone before its deadline
        interview=False,
        company=None,
        role=None,
        org=("jinji@aoba-logi.co.jp", "アオバ物流 人事部"),
        desc=(
            "適性検査（Web受検）のご案内です。\n"
            "受検期限までに、ご自身のPCから下記URLにアクセスし受検してください（所要時間：約35分）。\n"
            "https://tekisei-check.jp/exam/aoba-2291"
        ),
        all_day=True,
        zone="Asia/Tokyo",
    )
    _x(
        "【オンライン会社説明会】カワセミラボ キャリア採用",
        interview=False,
        company=None,
        role=None,
        org=("saiyo@kawasemi-lab.co.jp", "カワセミラボ 採用担当"),
        desc=(
            "カワセミラボのキャリア採用向け会社説明会です。事業内容・開発組織・選考フローについてご紹介し、最後に質疑応答の時間を設けます。\n"
            "選考とは関係ありませんので、お気軽にご参加ください。\n"
            "視聴URL：https://streamstage.jp/kawasemi/setsumeikai"
        ),
        add_me=False,
        zone="Asia/Tokyo",
    )
    _x(
        "入社手続き説明会 – カワセミラボ株式会社",
        interview=False,
        company=None,
        role=None,
        org=("soumu@kawasemi-lab.co.jp", "カワセミラボ 総務部"),
        desc=(
            "内定承諾ありがとうございました。入社手続きについてご説明します。\n"
            "雇用契約書、年金手帳、マイナンバーの提出方法、PC貸与について（30分）。"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )


def _initech_loops() -> None:
    _x(
        "Interview: Jordan Blake – Backend Engineer – Technical (Initech)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jordan.blake.dev@gmail.com", "Jordan Blake"),
            person("dev.patel@initech.com", "Dev Patel"),
        ],
        desc=(
            "Candidate: Jordan Blake\n"
            "Role: Backend Engineer (REQ-2207)\n"
            "Your interviewers\n• Alex Rivera – API design\n• Dev Patel – coding\n\n"
            "Interview kit and scorecard: https://initech.hirebridge.io/kits/2207-tech\n"
            "Please submit feedback within 24 hours. Do not discuss the candidate in public channels."
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Debrief: Jordan Blake – Backend Engineer",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("dev.patel@initech.com", "Dev Patel"),
            person("hm.sloane@initech.com", "Rachel Sloane"),
        ],
        desc="Hiring debrief for Jordan Blake. Please have your scorecard submitted before we meet; we'll go round the room and make a hire / no-hire decision.",
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Initech Onsite – Candidate: Mei Tanaka – Session 2 (Coding) with Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("onsite-scheduling@initech.com", "Initech Onsite Scheduling"),
        att=[person("mei.tanaka.swe@gmail.com", "Mei Tanaka")],
        desc=(
            "Candidate: Mei Tanaka\nRole: Senior Software Engineer, Billing\n"
            "Session 2 of 4 – Coding\nInterviewer: Alex Rivera\nRoom: 6-West 'Lumbergh' (whiteboard)\n"
            "Escort: the previous interviewer walks the candidate to your room."
        ),
        loc="Initech HQ, 6-West, Room Lumbergh",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Phone screen – Sofia Marchetti – Data Analyst (interviewer: Alex Rivera)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("sofia.marchetti@example-mail.it", "Sofia Marchetti")],
        desc="You're screening Sofia for Data Analyst (REQ-2231). Call her on +39 333 555 0198 at the start time. Scorecard link in Hirebridge.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Interviewer training: structured interviewing @ Initech",
        interview=False,
        company=None,
        role=None,
        org=("talent-programs@initech.com", "Initech Talent Programs"),
        desc=(
            "Required for everyone on an interview rotation.\n"
            "Agenda: writing good questions, avoiding bias, scoring against the rubric, what not to ask.\n"
            "Room: Training Room B / Zoom for remote folks."
        ),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Hiring committee – Senior PM req #4412",
        interview=False,
        company=None,
        role=None,
        org=("hc-coordinator@initech.com", "Initech Hiring Committee"),
        att=[person("cpo@initech.com", "Ibrahim Cole")],
        desc="Packets for three finalists are in the shared folder. Committee decision and level calibration.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Shadow interview: Alex Rivera shadowing Dev Patel – candidate Omar Haddad",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("dev.patel@initech.com", "Dev Patel"),
            person("omar.haddad.eng@gmail.com", "Omar Haddad"),
        ],
        desc="Shadow #2 of 3 for Alex's system design interviewer certification. Observe only; submit a practice scorecard.",
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Loopkit: You're scheduled to interview Ben Ortiz (Frontend Engineer)",
        interview=False,
        company=None,
        role=None,
        org=("scheduler@initech.com", "Initech Interview Scheduler"),
        att=[person("ben.ortiz.fe@gmail.com", "Ben Ortiz")],
        desc=(
            "<p>Hi Alex, you have been scheduled as an <b>interviewer</b>.</p>"
            "<table><tr><td>Candidate</td><td>Ben Ortiz</td></tr><tr><td>Role</td><td>Frontend Engineer</td></tr><tr><td>Module</td><td>JavaScript fundamentals</td></tr></table>"
            "<p><a href=\"https://app.loopkit.io/i/decline/44ab\">Can't make it? Decline and we'll find a replacement</a></p>"
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Exit interview – Alex Rivera (HR)",
        interview=False,
        company=None,
        role=None,
        org=("hr-ops@initech.com", "Initech HR Operations"),
        desc=(
            "As part of your offboarding, please join a 30 minute exit interview with HR. We'll also cover returning equipment and your final paycheck."
        ),
        me=WORK_ME,
        zone="America/New_York",
    )


def _holds_and_blocks() -> None:
    _x(
        "HOLD – offer call with Lumenvale (tentative)",
        interview=False,
        company=None,
        role=None,
        org=("talent@lumenvale.com", "Lumenvale Talent"),
        desc="Placeholder while Sam confirms the package internally. Sam will walk you through the written offer; no interview.",
        my_status="tentative",
        zone="America/New_York",
    )
    _x(
        "Travel: flight to Pittsburgh (Halvorsen onsite)",
        interview=False,
        company=None,
        role=None,
        desc="Booked by Halvorsen's travel desk. Confirmation NK7Q2L. Hotel: Oakland Inn, 2 nights.",
        zone="America/New_York",
    )
    _x(
        "Block – product sense practice before Quarry & Pike",
        interview=False,
        company=None,
        role=None,
        desc="do 2 product design prompts out loud, review metrics frameworks",
        zone="America/New_York",
    )
    _x(
        "Room hold: 6-West Lumbergh – onsite loops (do not book)",
        interview=False,
        company=None,
        role=None,
        org=("onsite-scheduling@initech.com", "Initech Onsite Scheduling"),
        desc="Recurring hold for candidate onsite loops. If no candidate is scheduled by noon the day before, the room is released.",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Keep free – personal",
        interview=False,
        company=None,
        role=None,
        desc="",
        me=WORK_ME,
        zone="America/New_York",
    )


def _webinars_and_info_sessions() -> None:
    _x(
        "Virtual Career Fair: Meet Marrowbone Bio Recruiters",
        interview=False,
        company=None,
        role=None,
        org=("events@marrowbonebio.com", "Marrowbone Bio Events"),
        desc=(
            "<p>Thanks for registering for our Virtual Career Fair!</p>"
            "<p>Drop into any booth to chat with recruiters and scientists, learn about open roles and our hiring process. No appointment needed.</p>"
            '<p><a href="https://eventhall.live/marrowbone/careerfair">Enter the fair</a></p>'
        ),
        add_me=False,
        zone="America/New_York",
    )
    _x(
        "Info session – Graduate Engineering Programme – Hallmark Rail",
        interview=False,
        company=None,
        role=None,
        org=("earlycareers@hallmarkrail.co.uk", "Hallmark Rail Early Careers"),
        desc="A one-hour online session about the programme rotations, salary and the application timeline. Questions via Slido. Recording will be shared afterwards.",
        add_me=False,
        zone="Europe/London",
    )
    _x(
        "Webinar: How Gantry Cloud runs SRE (tech talk + hiring Q&A)",
        interview=False,
        company=None,
        role=None,
        org=("devrel@gantrycloud.com", "Gantry Cloud DevRel"),
        desc=(
            "Join Noor Haddad for a talk on our incident process, followed by a Q&A about working on the SRE team. We're hiring!\n"
            "Stream: https://eventhall.live/gantry/sre-talk"
        ),
        add_me=False,
        zone="America/Los_Angeles",
    )


def _onboarding_and_checks() -> None:
    _x(
        "Welcome to Lumenvale! New Hire Orientation (Day 1)",
        interview=False,
        company=None,
        role=None,
        org=("people-ops@lumenvale.com", "Lumenvale People Ops"),
        desc=(
            "Welcome aboard, Alex!\n\n"
            "9:00 Breakfast and introductions\n9:30 Benefits and payroll\n11:00 Laptop setup with IT\n12:30 Lunch with your manager\n\n"
            "Please bring your I-9 documents (passport, or driver's licence + social security card)."
        ),
        loc="Lumenvale HQ, 200 Hudson Street, New York",
        zone="America/New_York",
    )
    _x(
        "Onboarding: IT setup & laptop pickup – Lumenvale",
        interview=False,
        company=None,
        role=None,
        org=("it-helpdesk@lumenvale.com", "Lumenvale IT"),
        desc="Pick up your laptop and YubiKey at the IT bar on 4. Bring the one-time code from your welcome email.",
        zone="America/New_York",
    )
    _x(
        "Pre-boarding coffee with your buddy – Lumenvale",
        interview=False,
        company=None,
        role=None,
        org=("jamie.ko@lumenvale.com", "Jamie Ko"),
        desc="Hey Alex, I'll be your onboarding buddy! Informal chat before you start – ask me anything about the team.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Fingerprinting appointment – ClearPath Screening (Lumenvale background check)",
        interview=False,
        company=None,
        role=None,
        org=("appointments@clearpathscreening.com", "ClearPath Screening"),
        desc=(
            "Your fingerprinting appointment is confirmed.\n"
            "Location: ClearPath Service Center, 55 Water Street, Suite 310, New York\n"
            "Bring: two forms of government-issued ID and your Registration ID CP-44812.\n"
            "This appointment is part of the background check requested by Lumenvale."
        ),
        loc="55 Water Street, Suite 310, New York",
        add_me=False,
        zone="America/New_York",
    )
    _x(
        "Identity verification video call – Verity Checks",
        interview=False,
        company=None,
        role=None,
        org=("noreply@veritychecks.co.uk", "Verity Checks"),
        desc=(
            "Right-to-work and identity verification for your new employer. A Verity agent will ask you to show your passport on camera (5 minutes).\n"
            "Join: https://veritychecks.co.uk/v/room/77X1"
        ),
        zone="Europe/London",
    )


def _demos_and_bookings() -> None:
    _x(
        "Alex Rivera and Tom Becker: 30 Minute Demo",
        interview=False,
        company=None,
        role=None,
        org=("tom.becker@dataloom.io", "Tom Becker"),
        desc=(
            "Event Name: 30 Minute Demo\n\n"
            "Invitee: Alex Rivera\nInvitee Email: alex.rivera@initech.com\n\n"
            "Questions:\nWhat would you like to see?\nLineage and data quality alerts for our warehouse.\n\n"
            "Reschedule: https://slotwise.com/reschedulings/dl00m-7\n\nPowered by Slotwise.com"
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Product demo: Hirebridge ATS for the Initech Talent team",
        interview=False,
        company=None,
        role=None,
        org=("ae-team@hirebridge.io", "Hirebridge Sales"),
        att=[person("recruiting@initech.com", "Initech Recruiting")],
        desc="Walkthrough of interview scheduling, scorecards and reporting for Initech. Attendees: Initech Talent + hiring manager reps (Alex Rivera).",
        conf=("Zoom Meeting", "https://hirebridge.zoom.us/j/99100288311"),
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Discovery call – Initech x Quorra Analytics",
        interview=False,
        company=None,
        role=None,
        org=("maya@quorra-analytics.com", "Maya Lind"),
        desc=(
            "Thanks for booking time on my Meetbook page!\n"
            "Agenda: your current BI stack, pain points, whether Quorra is a fit. 25 min."
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/New_York",
    )
    _x(
        "Dental cleaning – Bayside Dental (booked via Slotwise)",
        interview=False,
        company=None,
        role=None,
        org=("frontdesk@baysidedental.com", "Bayside Dental"),
        desc=(
            "Event Name: Cleaning & Check-up (60 min)\n"
            "Provider: Dr. Anita Shah, DDS\n"
            "Location: Bayside Dental, 18 Harbor Road\n"
            "Please arrive 10 minutes early to update your insurance details.\n\n"
            "Powered by Slotwise.com"
        ),
        loc="Bayside Dental, 18 Harbor Road",
        zone="America/New_York",
    )
    _x(
        "Career coaching session – Alex Rivera (booked via Meetbook)",
        interview=False,
        company=None,
        role=None,
        org=("hello@northstar-coaching.com", "Northstar Career Coaching"),
        desc=(
            "Session 3 of 4: salary negotiation and preparing for final rounds.\n"
            "Your coach: Renee Albright\n"
            "Zoom: https://northstarcoaching.zoom.us/j/6123380011"
        ),
        zone="America/New_York",
    )
