# ruff: noqa: E501 -- data: event texts as written
"""Round 17, written by an independent evaluator from general knowledge of real invitations.

A broad sample of Alex Rivera's calendar while job hunting: ATS and scheduling-tool invitations
(Greenhouse, Lever, Ashby, Workday, GoodTime, ModernLoop, Calendly, Doodle, Microsoft Bookings,
HireVue, Codility, HackerRank), onsite loops split into parts, recruiter screens, hiring-manager
chats, technical rounds, case studies, assessment centres, trial days, staffing-agency calls,
Alex's own terse entries, and invitations in a dozen languages; next to them about as many
look-alikes: interviews Alex runs at Initech, other people's interviews, mocks and coaching,
press and podcast interviews, visa and school interviews, user research, reviews at work, prep
blocks and reminders, films and books, networking coffees and assorted traps.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round17", **kw)


def build() -> None:
    _ats_invitations()
    _onsite_loops()
    _screens_and_manager_chats()
    _technical_cases_and_trials()
    _agency_calls()
    _own_entries()
    _other_languages()
    _work_calendar_interviewing()
    _other_peoples_interviews()
    _mocks_and_coaching()
    _press_and_podcasts()
    _visa_school_and_admin()
    _research_and_reviews()
    _prep_and_reminders()
    _media_and_events()
    _networking_and_misc()


def _ats_invitations() -> None:
    _x(
        "Alex Rivera - Technical Phone Screen (Stripe)",
        interview=True,
        company="Stripe",
        role="Backend Engineer, Payments Infrastructure",
        org=("rc-emily.tran@stripe.com", "Emily Tran"),
        att=[person("dokafor@stripe.com", "Daniel Okafor")],
        desc=(
            "Hi Alex,\n\nYou're confirmed for your Technical Phone Screen for the Backend Engineer, "
            "Payments Infrastructure role at Stripe.\n\nInterviewer: Daniel Okafor (Software Engineer)\n"
            "Duration: 60 minutes\nFormat: collaborative coding in CoderPad. A link will be shared at the start.\n\n"
            "If you need to reschedule, just reply to this email.\n\nBest,\nEmily\nRecruiting Coordinator, Stripe"
        ),
        conf=("Zoom Meeting", "https://stripe.zoom.us/j/93348112044"),
    )
    _x(
        "Interview with Brightwave Energy",
        interview=True,
        company="Brightwave Energy",
        role="Senior Data Engineer",
        org=("maria.kovacs@brightwave-energy.com", "Maria Kovacs"),
        att=[
            person("tomas.ferreira@brightwave-energy.com", "Tomás Ferreira"),
            person("ingrid.halvorsen@brightwave-energy.com", "Ingrid Halvorsen"),
        ],
        desc=(
            "<p>Hello Alex,</p><p>Thank you for your interest in the <b>Senior Data Engineer</b> position. "
            "Please find the details of your interview below.</p><p><b>Interviewers:</b><br>Tomás Ferreira - Head of Data Platform"
            "<br>Ingrid Halvorsen - Staff Data Engineer</p><p>We'll talk about your experience with streaming pipelines and "
            "walk through a small design exercise.</p><p>Kind regards,<br>Maria<br>Talent Acquisition | Brightwave Energy</p>"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Helio Health | Hiring Manager Interview",
        interview=True,
        company="Helio Health",
        role="Staff Software Engineer, Platform",
        org=("jordan.wells@heliohealth.com", "Jordan Wells"),
        att=[person("s.mukherjee@heliohealth.com", "Sunita Mukherjee")],
        desc=(
            "Interview for: Staff Software Engineer, Platform\nCandidate: Alex Rivera\n"
            "Interviewer: Sunita Mukherjee (Director of Engineering)\n\n"
            "This 45-minute conversation is a chance to learn about the team's roadmap and for Sunita to hear about your background.\n\n"
            "---\nScheduled with Lever. Need to make a change? Reply to jordan.wells@heliohealth.com"
        ),
        conf=("Zoom Meeting", "https://heliohealth.zoom.us/j/86501274411?pwd=Q2tVb0hUT1Z"),
    )
    _x(
        "Technical Interview: Alex Rivera (Senior Product Engineer)",
        interview=True,
        company="Loomwork",
        role="Senior Product Engineer",
        org=("priscilla@loomwork.io", "Priscilla Adeyemi"),
        att=[person("kai@loomwork.io", "Kai Nakamura"), person("ben@loomwork.io", "Ben Osterhaus")],
        desc=(
            "Hi Alex! Looking forward to the next step with Loomwork.\n\nInterviewers: Kai Nakamura, Ben Osterhaus\n"
            "What to expect: a 75 minute pairing session in your own editor. We'll build a small feature on a TypeScript + Postgres app. "
            "Feel free to Google things, we do too.\n\nSent via Ashby"
        ),
        meet="meet",
    )
    _x(
        "Interview Confirmation: Alex Rivera - Data Platform Engineer",
        interview=True,
        company="Kestrel Bio",
        role="Data Platform Engineer",
        org=("recruiting-scheduling@kestrelbio.com", "Kestrel Bio Recruiting"),
        att=[
            person("hgrant@kestrelbio.com", "Hugo Grant"),
            person("lpetrova@kestrelbio.com", "Lena Petrova"),
        ],
        desc=(
            "Dear Alex,\n\nYour interview with Kestrel Bio has been confirmed.\n\nPosition: Data Platform Engineer\n"
            "Interview type: Technical Deep Dive (60 min)\nInterviewer: Hugo Grant\nInterviewer: Lena Petrova\n\n"
            "Join with Microsoft Teams at the scheduled time.\n\n"
            "This interview was scheduled using GoodTime. To request a new time, use the link in your confirmation email."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2YzQt@thread.v2/0",
        ),
    )
    _x(
        "[Rampart Security] Alex Rivera - Coding (Interviewer: Wei Zhang)",
        interview=True,
        company="Rampart Security",
        role="Senior Software Engineer, Detection",
        org=("coordinator@rampartsec.com", "Rampart Security Talent"),
        att=[person("wei.zhang@rampartsec.com", "Wei Zhang")],
        desc=(
            "Candidate: Alex Rivera\nRole: Senior Software Engineer, Detection\nSession: Coding\n"
            "Interviewer: Wei Zhang\n\nCoderPad link: https://app.coderpad.io/9XKQ2M7T\n\nPowered by ModernLoop"
        ),
        conf=("Zoom Meeting", "https://rampartsec.zoom.us/j/97731560281"),
    )
    _x(
        "Interview: R-22817 Senior Analytics Engineer",
        interview=True,
        company="Meridian Health",
        role="Senior Analytics Engineer",
        org=("meridianhealth@myworkday.com", "Meridian Health Careers"),
        desc=(
            "Alex Rivera,\n\nYou have been scheduled for an interview for Job Requisition R-22817 Senior Analytics Engineer (Open).\n\n"
            "Interview Panel:\n- Rachel Odum, Manager, Enterprise Analytics\n- Victor Lindqvist, Principal Engineer\n\n"
            "Location: Microsoft Teams (link to follow)\n\nPlease log in to your Meridian Health candidate home to review your application. "
            "This is a system-generated message from Workday."
        ),
    )
    _x(
        "Live Video Interview - Harrow & Finch",
        interview=True,
        company="Harrow & Finch",
        role="Associate Consultant, Data & AI",
        org=("no-reply@hirevue.com", "HireVue on behalf of Harrow & Finch"),
        desc=(
            "Hello Alex,\n\nHarrow & Finch has scheduled a live video interview with you using HireVue.\n\n"
            "Position: Associate Consultant, Data & AI\nInterviewer: Charlotte Weaver\n\n"
            "Please test your device beforehand and join 5 minutes early using the link below.\n"
            "https://app.hirevue.com/interviews/live/8DKx2a\n\nGood luck!"
        ),
        loc="https://app.hirevue.com/interviews/live/8DKx2a",
    )
    _x(
        "Codility Interview: Backend Developer - Alex Rivera",
        interview=True,
        company="Parcelo",
        role="Backend Developer",
        org=("anna.schreiber@parcelo.de", "Anna Schreiber"),
        att=[person("mehmet.kaya@parcelo.de", "Mehmet Kaya")],
        desc=(
            "Hi Alex,\n\nas discussed, here is the invitation for our live coding session (45 min). "
            "We will work together in Codility Interview; no preparation needed.\n\n"
            "Interviewer: Mehmet Kaya (Tech Lead Fulfilment)\nLink: https://app.codility.com/interview/room/KF8Q2-XM1\n\n"
            "Best, Anna\nParcelo GmbH - People & Culture"
        ),
        loc="https://app.codility.com/interview/room/KF8Q2-XM1",
        zone="Europe/Berlin",
    )
    _x(
        "HackerRank Interview: Alex Rivera / Senior Software Engineer",
        interview=True,
        company="Quillstone",
        role="Senior Software Engineer",
        org=("raj.bhatia@quillstone.com", "Raj Bhatia"),
        desc=(
            "Raj Bhatia from Quillstone has invited you to an interview on HackerRank.\n\n"
            "Join the interview: https://www.hackerrank.com/interview/quillstone/7d2c9a\n"
            "Interviewer: Raj Bhatia\n\nPlease use a laptop with a stable internet connection."
        ),
        loc="https://www.hackerrank.com/interview/quillstone/7d2c9a",
    )
    _x(
        "Telephone interview with Alex Rivera",
        interview=True,
        company="Northgate Building Society",
        role="Data Engineer (12 month fixed term)",
        org=("Recruitment@northgatebs.co.uk", "Northgate Building Society Recruitment"),
        desc=(
            "Your booking is confirmed.\n\nService: Telephone interview - Data Engineer (12 month fixed term)\n"
            "Staff: Gemma Holt\nDuration: 30 minutes\n\nWe will call you on the number you provided. "
            "To cancel or reschedule, use the link in your confirmation email.\n\nMicrosoft Bookings"
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera and Jordan Blake",
        interview=True,
        company="Figma",
        role=None,
        org=("jblake@figma.com", "Jordan Blake"),
        desc=(
            "Event Name: Figma Recruiter Intro (30 min)\n\nLocation: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/3f1e\n"
            "Reschedule: https://calendly.com/reschedulings/3f1e\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Recruiter Screen: Alex Rivera (Tessera Labs)",
        interview=True,
        company="Tessera Labs",
        role="Senior Data Engineer",
        org=("nadia@tesseralabs.ai", "Nadia Farouk"),
        desc=(
            "Event Name: Recruiter Screen - Senior Data Engineer\n\nPlease share anything that will help prepare for our meeting.\n"
            "Alex: Happy to chat about the Senior Data Engineer role. Resume attached to my application.\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81234509876"),
    )
    _x(
        "Second interview - Alex Rivera",
        interview=True,
        company="Vanta Logistics",
        role="Lead Data Engineer",
        org=("h.jansen@vantalogistics.nl", "Hanneke Jansen"),
        att=[person("p.devries@vantalogistics.nl", "Pieter de Vries")],
        desc=(
            "Dear Alex,\n\nThanks for filling in the Doodle. The option that worked for everybody is below.\n"
            "Second interview for the Lead Data Engineer position at Vanta Logistics, with Pieter de Vries (CTO) and myself.\n\n"
            "Poll: https://doodle.com/meeting/participate/id/e4Xq9LPa\n\nKind regards,\nHanneke Jansen, HR"
        ),
        loc="Vanta Logistics, Waalhaven Zuidzijde 21, Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Panel Interview - Alex Rivera - Engineering Manager, Data",
        interview=True,
        company="Orbital Insurance",
        role="Engineering Manager, Data",
        org=("talent@orbitalinsurance.com", "Orbital Talent Team"),
        att=[
            person("mgreene@orbitalinsurance.com", "Marcus Greene"),
            person("yliu@orbitalinsurance.com", "Yvonne Liu"),
            person("abrennan@orbitalinsurance.com", "Aoife Brennan"),
        ],
        desc=(
            "Panel interview (90 min)\n\nInterviewers:\nMarcus Greene - VP Engineering\nYvonne Liu - Senior Product Manager\n"
            "Aoife Brennan - Engineering Manager, Claims\n\nFocus areas: people leadership, delivery, stakeholder management.\n\n"
            "Scheduled via Greenhouse"
        ),
        conf=("Zoom Meeting", "https://orbitalinsurance.zoom.us/j/5550192233"),
    )
    _x(
        "Interview w/ Alex Rivera - Take-home Review",
        interview=True,
        company="Fernhill Robotics",
        role="Robotics Software Engineer",
        org=("careers@fernhillrobotics.com", "Fernhill Robotics Careers"),
        att=[
            person("gwen@fernhillrobotics.com", "Gwen Albright"),
            person("otto@fernhillrobotics.com", "Otto Brandt"),
        ],
        desc=(
            "Hi Alex,\n\nthanks for submitting the take-home. In this session Gwen and Otto will go through your solution with you "
            "and ask a few extension questions.\n\nInterviewer: Gwen Albright\nInterviewer: Otto Brandt\n\nRole: Robotics Software Engineer"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera | Duolingo | Values Interview",
        interview=True,
        company="Duolingo",
        role="Senior Software Engineer, Data",
        org=("kfoster@duolingo.com", "Kate Foster"),
        att=[person("tomasz@duolingo.com", "Tomasz Wójcik")],
        desc=(
            "Role: Senior Software Engineer, Data\nInterviewer: Tomasz Wójcik\n\n"
            "The values interview is a conversational session about how you work with others. No coding.\n\nScheduled through Ashby"
        ),
        conf=("Zoom Meeting", "https://duolingo.zoom.us/j/99122034561"),
    )
    _x(
        "UPDATED: Interview for Alex Rivera - Machine Learning Engineer",
        interview=True,
        company="Lumen Analytics",
        role="Machine Learning Engineer",
        org=("scheduling@lumenanalytics.com", "Lumen Analytics Recruiting"),
        att=[person("r.castillo@lumenanalytics.com", "Ricardo Castillo")],
        desc=(
            "This interview has been rescheduled.\n\nNew time: see calendar invitation\nInterviewer: Ricardo Castillo, ML Lead\n"
            "Position: Machine Learning Engineer\n\nThis interview was scheduled using GoodTime."
        ),
        meet="meet",
    )
    _x(
        "Final Round: Alex Rivera x Canva",
        interview=True,
        company="Canva",
        role="Senior Data Engineer",
        org=("lily.nguyen@canva.com", "Lily Nguyen"),
        att=[
            person("ethan.moore@canva.com", "Ethan Moore"),
            person("sofia.ricci@canva.com", "Sofia Ricci"),
        ],
        desc=(
            "G'day Alex,\n\nHere are the details for your final round for Senior Data Engineer.\n\n"
            "Interviewers: Ethan Moore (Data Engineering Manager), Sofia Ricci (Principal Engineer)\n"
            "It's a mix of system design and a chat about your past projects.\n\nCheers,\nLily"
        ),
        meet="meet",
        zone="Australia/Sydney",
    )
    _x(
        "1st Stage Interview - Senior Data Analyst - Alex Rivera",
        interview=True,
        company="Castlebay Council",
        role="Senior Data Analyst",
        org=("castlebay@myworkday.com", "Castlebay Council Recruitment"),
        desc=(
            "Dear Alex Rivera,\n\nThank you for applying for the Senior Data Analyst (Grade 9) vacancy at Castlebay Council. "
            "We are pleased to invite you to a first stage interview.\n\nVenue: Civic Centre, Room 2.14, Market Street\n"
            "Please bring photo ID. The panel will consist of two officers from the Insight team.\n\nRecruitment Team"
        ),
        loc="Civic Centre, Market Street, Castlebay",
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera (Candidate) / Daniela Costa (Interviewer)",
        interview=True,
        company="Solstice Bank",
        role="Data Engineer II",
        org=("recruiting@solsticebank.com", "Solstice Bank Recruiting"),
        att=[person("daniela.costa@solsticebank.com", "Daniela Costa")],
        desc="Position: Data Engineer II\nInterviewer: Daniela Costa\nType: Behavioral + SQL\n\nJoin Teams meeting: see link",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk0@thread.v2/0",
        ),
    )
    _x(
        "Candidate: Alex Rivera | Interviewers: Noor Haddad, Felix Grant",
        interview=True,
        company="Shopify",
        role="Senior Data Developer",
        org=("talent-coordination@shopify.com", "Shopify Talent"),
        att=[
            person("noor.haddad@shopify.com", "Noor Haddad"),
            person("felix.grant@shopify.com", "Felix Grant"),
        ],
        desc=(
            "Life Story + Technical for Senior Data Developer\n\nInterviewer: Noor Haddad\nInterviewer: Felix Grant\n\n"
            "We're a remote company; please join from a quiet place. Scheduled with GoodTime."
        ),
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Alex Rivera - System Design",
        interview=True,
        company="Datadog",
        role=None,
        org=("interviews@datadoghq.com", "Datadog Interviews"),
        att=[person("omar.khalil@datadoghq.com", "Omar Khalil")],
        desc="Interviewer: Omar Khalil\n\nPlease have a whiteboarding tool ready (Excalidraw works fine).",
        conf=("Zoom Meeting", "https://datadoghq.zoom.us/j/92010033112"),
    )
    _x(
        "Coffee chat w/ hiring manager - Alex Rivera",
        interview=True,
        company="Ramp",
        role="Analytics Engineer",
        org=("mchen@ramp.com", "Michelle Chen"),
        desc=(
            "Event Name: Hiring Manager Chat - Analytics Engineer\n\n"
            "Informal 30 min with Michelle (Head of Analytics Engineering) as the next step in your process. "
            "Come with questions!\n\nPowered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://ramp.zoom.us/j/88821440981"),
        zone="America/New_York",
    )
    _x(
        "Interview with Alex Rivera - Senior Backend Engineer (Wayfarer)",
        interview=True,
        company="Wayfarer",
        role="Senior Backend Engineer",
        org=("hiring@wayfarer.travel", "Wayfarer Hiring"),
        att=[person("luis@wayfarer.travel", "Luis Ortega")],
        my_status="declined",
        desc="Interviewer: Luis Ortega\nDuration: 45 min\n\nScheduled with Lever",
        meet="meet",
    )
    _x(
        "Meet the team - Alex Rivera",
        interview=True,
        company="Loomwork",
        role="Senior Product Engineer",
        org=("priscilla@loomwork.io", "Priscilla Adeyemi"),
        att=[person("mo@loomwork.io", "Mo Rahimi"), person("ellie@loomwork.io", "Ellie Park")],
        desc=(
            "Final step! A relaxed conversation with two people you'd be working with day to day. "
            "This is as much you interviewing us as the other way round.\n\nInterviewers: Mo Rahimi, Ellie Park\n\nSent via Ashby"
        ),
        meet="meet",
    )
    _x(
        "Phone Interview",
        interview=True,
        company="Holloway Foods",
        role=None,
        org=("k.mensah@hollowayfoods.com", "Kwame Mensah"),
        desc="Scheduled via Greenhouse\n\nKwame will call you at +44 7700 900123.",
        zone="Europe/London",
    )
    _x(
        "Alex Rivera - Onsite Interview (Hybrid) - Plaid",
        interview=True,
        company="Plaid",
        role="Senior Software Engineer, Data Infrastructure",
        org=("recruiting-ops@plaid.com", "Plaid Recruiting"),
        att=[
            person("aisha@plaid.com", "Aisha Bello"),
            person("gregor@plaid.com", "Gregor Lutz"),
            person(
                "sf-1455-market-12-boardroom@resource.calendar.google.com",
                "SF-1455-12-Boardroom (8)",
                resource=True,
            ),
        ],
        desc=(
            "Senior Software Engineer, Data Infrastructure\n\nInterviewers:\nAisha Bello - Data modelling\nGregor Lutz - Coding\n\n"
            "Check in at reception on the 12th floor and ask for Aisha. Lunch is provided."
        ),
        loc="1455 Market St, San Francisco, CA 94103",
        zone="America/Los_Angeles",
    )


def _onsite_loops() -> None:
    # Spotify virtual onsite, four parts sent by the coordinator
    for part, who, email, blurb in [
        (
            "Coding",
            "Henrik Sjöberg",
            "henriks@spotify.com",
            "Practical coding in a shared editor, Python or Java.",
        ),
        (
            "System Design",
            "Amara Obi",
            "amarao@spotify.com",
            "Design a data pipeline at scale; think out loud.",
        ),
        (
            "Values & Collaboration",
            "Chloé Martin",
            "chloem@spotify.com",
            "Behavioral conversation about teamwork and ownership.",
        ),
    ]:
        _x(
            f"Spotify Virtual Onsite - {part} - Alex Rivera",
            interview=True,
            company="Spotify",
            role="Senior Data Engineer, Personalization",
            org=("tal-coord-emea@spotify.com", "Spotify Talent Coordination"),
            att=[person(email, who)],
            desc=(
                f"Virtual Onsite for Senior Data Engineer, Personalization\n\nSession: {part}\nInterviewer: {who}\n\n{blurb}\n\n"
                "Short breaks are built in between sessions. Good luck!"
            ),
            meet="meet",
            zone="Europe/Stockholm",
        )
    _x(
        "Spotify Virtual Onsite - Hiring Manager - Alex Rivera",
        interview=True,
        company="Spotify",
        role="Senior Data Engineer, Personalization",
        org=("tal-coord-emea@spotify.com", "Spotify Talent Coordination"),
        att=[person("jonasb@spotify.com", "Jonas Berg")],
        desc="Session: Hiring Manager conversation\nInterviewer: Jonas Berg (Engineering Manager)",
        meet="meet",
        zone="Europe/Stockholm",
    )
    # Cobalt Robotics in-person loop via ModernLoop
    cobalt = ("loops@cobaltrobotics.com", "Cobalt Robotics Recruiting")
    for title, who, email in [
        ("Onsite 1/4: Coding", "Dana Whitfield", "dwhitfield@cobaltrobotics.com"),
        ("Onsite 2/4: Architecture", "Sanjay Rao", "srao@cobaltrobotics.com"),
        ("Onsite 3/4: Lunch with the team", "Tess Morgan", "tmorgan@cobaltrobotics.com"),
        ("Onsite 4/4: Hiring Manager", "Paul Ashworth", "pashworth@cobaltrobotics.com"),
    ]:
        _x(
            f"{title} | Alex Rivera",
            interview=True,
            company="Cobalt Robotics",
            role="Senior Software Engineer, Fleet Data",
            org=cobalt,
            att=[person(email, who)],
            desc=(
                f"Candidate: Alex Rivera\nPosition: Senior Software Engineer, Fleet Data\nInterviewer: {who}\n\n"
                "Please arrive 10 min early and sign in at the front desk.\n\nPowered by ModernLoop"
            ),
            loc="Cobalt Robotics, 4000 Bridgeway, Sausalito, CA",
            zone="America/Los_Angeles",
        )
    # Zalando onsite in Berlin
    for title, who in [
        ("Zalando | Onsite | Technical Deep Dive", "Katrin Vogel"),
        ("Zalando | Onsite | Bar Raiser", "Rafael Moreno"),
        ("Zalando | Onsite | Team Fit", "Yusuf Demir"),
    ]:
        _x(
            title,
            interview=True,
            company="Zalando",
            role="Senior Data Engineer",
            org=("jobs-scheduling@zalando.de", "Zalando Recruiting"),
            att=[person(who.lower().replace(" ", ".") + "@zalando.de", who)],
            desc=f"Role: Senior Data Engineer (all genders)\nInterviewer: {who}\nLocation: Valeska-Gert-Str. 5, 10243 Berlin, reception ground floor",
            loc="Valeska-Gert-Straße 5, 10243 Berlin",
            zone="Europe/Berlin",
        )
    # Atlassian loop, minimal titles
    for kind in ["Code Design", "Data Structures", "Values"]:
        _x(
            f"Atlassian Interview - {kind}",
            interview=True,
            company="Atlassian",
            role="Senior Software Engineer - Data Platform",
            org=("interviewscheduling@atlassian.com", "Atlassian Interview Scheduling"),
            desc=f"Alex Rivera - Senior Software Engineer - Data Platform\n{kind} interview (60 minutes).\n\nJoin via Zoom. This interview was scheduled using GoodTime.",
            conf=("Zoom Meeting", "https://atlassian.zoom.us/j/94410772301"),
        )


def _screens_and_manager_chats() -> None:
    _x(
        "Call with Priya Nair - Stripe Recruiting",
        interview=True,
        company="Stripe",
        role="Backend Engineer, Payments Infrastructure",
        org=("pnair@stripe.com", "Priya Nair"),
        desc=(
            "Hi Alex - great to connect on LinkedIn. Let's use this time to talk through the Backend Engineer, Payments "
            "Infrastructure role, your background and what you're looking for. I'll call you on the number on your resume."
        ),
    )
    _x(
        "Intro call - Notion / Alex",
        interview=True,
        company="Notion",
        role="Software Engineer, Data Platform",
        org=("gabe@makenotion.com", "Gabe Sorensen"),
        desc="Recruiter screen for Software Engineer, Data Platform. 30 mins.",
        meet="meet",
    )
    _x(
        "Alex Rivera // Mira Patel (Hiring Manager)",
        interview=True,
        company="Tessera Labs",
        role="Senior Data Engineer",
        org=("mira@tesseralabs.ai", "Mira Patel"),
        desc="Hey Alex, Nadia passed along your details. Looking forward to talking about the data team at Tessera and the Senior Data Engineer opening.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/83300192266"),
    )
    _x(
        "Hiring manager conversation: Head of Data (Greenleaf Markets)",
        interview=True,
        company="Greenleaf Markets",
        role="Head of Data",
        org=("ceo@greenleafmarkets.com", "Olivia Banks"),
        desc="Olivia Banks (CEO) would like to meet you for the Head of Data role. Microsoft Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVh@thread.v2/0",
        ),
    )
    _x(
        "Quick chat re: Analytics Engineer opening",
        interview=True,
        company="Monzo",
        role="Analytics Engineer",
        org=("hannah.liu@monzo.com", "Hannah Liu"),
        desc="Hi Alex, thanks for applying to Monzo! This is a 20 minute initial chat with me (talent partner) about the Analytics Engineer role.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Screening call",
        interview=True,
        company="Wise",
        role="Senior Data Engineer",
        org=("jess.oconnor@wise.com", "Jess O'Connor"),
        desc="Wise - Senior Data Engineer - initial screening (30 min). I'll send a Google Meet link.",
        meet="meet",
    )
    _x(
        "Recruiter call (Alex Rivera) - Ocean Grid",
        interview=True,
        company="Ocean Grid",
        role=None,
        org=("talent@oceangrid.energy", "Ocean Grid Talent"),
        desc="Thanks for your application! First conversation with our talent team. We'll go over your experience, salary expectations and notice period.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456789"),
    )
    _x(
        "Alex / Thomas - Engineering Manager role",
        interview=True,
        company="Brightwave Energy",
        role="Engineering Manager",
        org=("thomas.leclerc@brightwave-energy.com", "Thomas Leclerc"),
        desc="Follow-up from Maria: Thomas runs the data org and wanted to talk about the EM position directly.",
        meet="meet",
    )
    _x(
        "Initial conversation with Helio Health",
        interview=True,
        company="Helio Health",
        role="Staff Software Engineer, Platform",
        org=("jordan.wells@heliohealth.com", "Jordan Wells"),
        desc="Recruiter screen - Staff Software Engineer, Platform\n\nScheduled with Lever",
        conf=("Zoom Meeting", "https://heliohealth.zoom.us/j/86501274000"),
    )
    _x(
        "Chat with Kieran (founder) - first data hire",
        interview=True,
        company="Pebblebed",
        role="Founding Data Engineer",
        org=("kieran@pebblebed.app", "Kieran Doyle"),
        desc="Hey Alex! As mentioned on email, we're looking for our first data person (Founding Data Engineer). Let's grab 30 mins so I can tell you about Pebblebed and hear about you.",
        meet="meet",
    )
    _x(
        "Canva - Recruiter screen",
        interview=True,
        company="Canva",
        role="Senior Data Engineer",
        org=("lily.nguyen@canva.com", "Lily Nguyen"),
        desc="Hi Alex, looking forward to chatting about the Senior Data Engineer role at Canva! - Lily",
        meet="meet",
    )
    _x(
        "Interview - Hiring Manager (Datadog)",
        interview=True,
        company="Datadog",
        role="Senior Software Engineer - Data Pipelines",
        org=("interviews@datadoghq.com", "Datadog Interviews"),
        att=[person("claire.dubois@datadoghq.com", "Claire Dubois")],
        desc="Senior Software Engineer - Data Pipelines\nInterviewer: Claire Dubois (Engineering Manager)",
        conf=("Zoom Meeting", "https://datadoghq.zoom.us/j/92010033999"),
    )


def _technical_cases_and_trials() -> None:
    _x(
        "Case Study Presentation - Alex Rivera",
        interview=True,
        company="Brandt & Keller",
        role="Data Science Consultant",
        org=("recruiting@brandtkeller.com", "Brandt & Keller Recruiting"),
        att=[
            person("f.keller@brandtkeller.com", "Felix Keller"),
            person("s.osei@brandtkeller.com", "Sarah Osei"),
        ],
        desc=(
            "Dear Alex,\n\nPlease prepare a 20-minute presentation on the case study sent on Monday (retail demand forecasting), "
            "followed by 25 minutes of Q&A with the partners.\n\nInterviewers: Felix Keller (Partner), Sarah Osei (Principal)\n\n"
            "Position: Data Science Consultant"
        ),
        loc="Brandt & Keller, 22 Bishopsgate, London EC2N 4BQ",
        zone="Europe/London",
    )
    _x(
        "Assessment Centre - Data & Analytics Lead",
        interview=True,
        company="Hanover Mutual",
        role="Data & Analytics Lead",
        org=("assessment.centre@hanovermutual.co.uk", "Hanover Mutual Resourcing"),
        desc=(
            "Agenda\n09:30 Welcome & coffee\n10:00 Group exercise\n11:15 Written exercise (data interpretation)\n"
            "13:00 Lunch with current team members\n14:00 Competency-based interview\n15:30 Close\n\n"
            "Please bring photo ID and arrive by 09:15."
        ),
        loc="Hanover Mutual, 1 Canal Wharf, Leeds LS11 5PS",
        zone="Europe/London",
    )
    _x(
        "Trial day @ Tiller & Co",
        interview=True,
        company="Tiller & Co",
        role="Data Engineer",
        all_day=True,
        desc=(
            "Paid trial day for the Data Engineer job. Sit with the data team, small ticket to work on, retro at 4pm with Ines.\n"
            "Bring laptop + charger. Address: 14 Ropewalk, Bristol BS1"
        ),
        loc="14 Ropewalk, Bristol",
    )
    _x(
        "Pair programming session - Alex Rivera / Sprout",
        interview=True,
        company="Sprout",
        role="Senior Backend Engineer",
        org=("eng-hiring@sprout.dev", "Sprout Engineering Hiring"),
        att=[person("lena@sprout.dev", "Lena Fischer")],
        desc=(
            "This is the technical step for Senior Backend Engineer. You'll pair with Lena on a real (sanitised) bug from our codebase. "
            "Use Tuple or screen share, whatever you prefer.\n\nInterviewer: Lena Fischer"
        ),
        meet="meet",
    )
    _x(
        "Live SQL exercise - Analytics Engineer",
        interview=True,
        company="Ramp",
        role="Analytics Engineer",
        org=("recruiting@ramp.com", "Ramp Recruiting"),
        att=[person("devon@ramp.com", "Devon Ayala")],
        desc="Interviewer: Devon Ayala\n\nYou'll get a dataset and a few questions; we'll work through them together in Hex. 60 minutes.",
        conf=("Zoom Meeting", "https://ramp.zoom.us/j/88821441122"),
        zone="America/New_York",
    )
    _x(
        "Case interview - round 2",
        interview=True,
        company="Brandt & Keller",
        role="Data Science Consultant",
        org=("recruiting@brandtkeller.com", "Brandt & Keller Recruiting"),
        att=[person("m.oduya@brandtkeller.com", "Michael Oduya")],
        desc="Round 2: one market-sizing case and one analytics case. Interviewer: Michael Oduya (Manager). Calculator allowed, bring paper.",
        loc="Brandt & Keller, 22 Bishopsgate, London EC2N 4BQ",
        zone="Europe/London",
    )
    _x(
        "Take-home debrief: Alex Rivera",
        interview=True,
        company="Datadog",
        role="Senior Software Engineer - Data Pipelines",
        org=("interviews@datadoghq.com", "Datadog Interviews"),
        att=[
            person("omar.khalil@datadoghq.com", "Omar Khalil"),
            person("ines.silva@datadoghq.com", "Inês Silva"),
        ],
        desc="Walk through your take-home submission with Omar and Inês. Interviewer: Omar Khalil. Interviewer: Inês Silva.",
        conf=("Zoom Meeting", "https://datadoghq.zoom.us/j/92010034444"),
    )
    _x(
        "Technical screen (data modelling) – Alex R.",
        interview=True,
        company="Ocean Grid",
        role="Data Engineer",
        org=("eng@oceangrid.energy", "Ravi Menon"),
        desc="Hi Alex, this is the technical screen for the Data Engineer role. We'll model a small metering domain together. - Ravi",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456700"),
    )
    _x(
        "Whiteboard round - Alex Rivera",
        interview=True,
        company="Fernhill Robotics",
        role="Robotics Software Engineer",
        org=("careers@fernhillrobotics.com", "Fernhill Robotics Careers"),
        att=[person("raj@fernhillrobotics.com", "Raj Pillai")],
        desc="In person. Interviewer: Raj Pillai. Reception will give you a visitor badge.",
        loc="Fernhill Robotics, Unit 4, Cambridge Science Park, CB4 0WG",
        zone="Europe/London",
    )
    _x(
        "Trial shift / working interview",
        interview=True,
        company="Pebblebed",
        role="Founding Data Engineer",
        org=("kieran@pebblebed.app", "Kieran Doyle"),
        desc="Working session with Kieran and Ana: we'll give you read access to a sandbox and build a first dashboard together. Half day, paid.",
        loc="Pebblebed, Second Home, 68 Hanbury St, London",
        zone="Europe/London",
    )
    _x(
        "Group interview & presentation",
        interview=True,
        company="Castlebay Council",
        role="Senior Data Analyst",
        org=("castlebay@myworkday.com", "Castlebay Council Recruitment"),
        desc="Second stage: 10 minute presentation ('How would you improve the council's use of data?') followed by panel questions.",
        loc="Civic Centre, Market Street, Castlebay",
        zone="Europe/London",
    )


def _agency_calls() -> None:
    _x(
        "Call with Hays re: Data Engineer role at Siemens Healthineers",
        interview=True,
        company="Siemens Healthineers",
        role="Data Engineer",
        org=("markus.weber@hays.de", "Markus Weber"),
        desc="Hi Alex, as discussed on LinkedIn: short call about the permanent Data Engineer position with our client Siemens Healthineers in Erlangen (hybrid). Best regards, Markus Weber, Hays IT",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGF5@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Robert Walters | Senior Data Engineer | confidential fintech client",
        interview=True,
        company=None,
        role="Senior Data Engineer",
        org=("tom.hughes@robertwalters.com", "Tom Hughes"),
        desc=(
            "Hi Alex,\n\nThanks for your time today. Booking in a proper call to run through the Senior Data Engineer opportunity. "
            "The client is a Series C fintech in London - I can share the name once I've got your go-ahead to submit your CV.\n\nTom"
        ),
        zone="Europe/London",
    )
    _x(
        "Intro: Alex Rivera / Sam Whitaker (Harnham)",
        interview=True,
        company=None,
        role="Lead Analytics Engineer",
        org=("sam.whitaker@harnham.com", "Sam Whitaker"),
        desc="Call to discuss a Lead Analytics Engineer role with one of our healthtech clients (confidential at this stage). 20 mins.",
        meet="meet",
    )
    _x(
        "Michael Page - briefing call: Lead Data Engineer at Ocado",
        interview=True,
        company="Ocado",
        role="Lead Data Engineer",
        org=("c.bryant@michaelpage.co.uk", "Chloe Bryant"),
        desc="Briefing call ahead of your submission to Ocado Technology for the Lead Data Engineer position. We'll go over the JD and your salary expectations.",
        zone="Europe/London",
    )
    _x(
        "Interview with client (via Randstad): Philips - Data Engineer",
        interview=True,
        company="Philips",
        role="Data Engineer",
        org=("eva.vanleeuwen@randstad.nl", "Eva van Leeuwen"),
        att=[person("j.smit@philips.com", "Joris Smit")],
        desc=(
            "Dear Alex,\n\nI'm pleased to confirm your first interview with our client Philips for the Data Engineer role (Eindhoven, hybrid).\n"
            "Interviewer: Joris Smit, Data Engineering Lead\n\nPlease call me after the interview so we can debrief.\n\nEva van Leeuwen | Randstad Professional"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_UGhp@thread.v2/0",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "TechPeople x Alex - Monzo platform role",
        interview=True,
        company="Monzo",
        role="Senior Platform Engineer",
        org=("ollie@techpeople.co.uk", "Ollie Grant"),
        desc="Quick one to talk through the Senior Platform Engineer job at Monzo before I put you forward.",
        zone="Europe/London",
    )
    _x(
        "Phone call - Sarah from Nigel Frank",
        interview=True,
        company=None,
        role="Azure Data Engineer",
        org=("s.lawson@nigelfrank.com", "Sarah Lawson"),
        desc="Re: Azure Data Engineer, 6-month contract outside IR35, end client in the energy sector.",
        zone="Europe/London",
    )
    _x(
        "Client interview: Alex Rivera for Head of Data Engineering - Kingsmere Insurance (arranged by Hunter Bond)",
        interview=True,
        company="Kingsmere Insurance",
        role="Head of Data Engineering",
        org=("daniel.rees@hunterbond.com", "Daniel Rees"),
        att=[person("cto@kingsmereinsurance.com", "Priti Shah")],
        desc="First-round interview with Priti Shah (CTO) at Kingsmere. I'll call you the day before to prep. - Daniel, Hunter Bond",
        loc="Kingsmere Insurance, 30 Fenchurch St, London",
        zone="Europe/London",
    )
    _x(
        "Catch up w/ recruiter (Oxford Knight) - quant fund role",
        interview=True,
        company=None,
        role="Data Engineer",
        org=("ben@oxfordknight.co.uk", "Ben Carver"),
        desc="Data Engineer at a systematic hedge fund, name on the call. Comp 150-180k + bonus.",
    )
    _x(
        "Second interview with Ocado via Michael Page",
        interview=True,
        company="Ocado",
        role="Lead Data Engineer",
        org=("c.bryant@michaelpage.co.uk", "Chloe Bryant"),
        desc="Ocado Technology have invited you to a second stage (technical) for Lead Data Engineer. Hatfield office, ask for Neil at reception.",
        loc="Ocado Technology, Buildings One & Two, Trident Place, Hatfield",
        zone="Europe/London",
    )


def _own_entries() -> None:
    _x("call w/ Priya (Stripe)", interview=True, company="Stripe", role=None)
    _x("Shopify 2pm", interview=True, company="Shopify", role=None)
    _x("Datadog int", interview=True, company="Datadog", role=None)
    _x("Int - Canva HM", interview=True, company="Canva", role=None)
    _x("phone screen notion", interview=True, company="Notion", role=None)
    _x("Ramp tech screen!!", interview=True, company="Ramp", role=None)
    _x("Helio onsite", interview=True, company="Helio Health", role=None, all_day=True)
    _x("Figma recruiter call", interview=True, company="Figma", role=None)
    _x("Brightwave rd 2 (SQL)", interview=True, company="Brightwave Energy", role=None)
    _x("Zalando HM - Jens", interview=True, company="Zalando", role=None, zone="Europe/Berlin")
    _x(
        "interview @ Monzo",
        interview=True,
        company="Monzo",
        role=None,
        loc="Broadwalk House, 5 Appold St, London",
    )
    _x("Cobalt - final", interview=True, company="Cobalt Robotics", role=None)
    _x("Tessera – sys design", interview=True, company="Tessera Labs", role=None)
    _x("intvw Lumen 10:30", interview=True, company="Lumen Analytics", role=None)
    _x("Stripe onsite pt 2", interview=True, company="Stripe", role=None)
    _x("Vanta Logistics 2nd int", interview=True, company="Vanta Logistics", role=None)
    _x("HM call – Plaid, Sr DE", interview=True, company="Plaid", role="Sr DE")
    _x("Call Jess @ Wise re data eng role", interview=True, company="Wise", role=None)
    _x(
        "Kestrel panel",
        interview=True,
        company="Kestrel Bio",
        role=None,
        desc="Hugo + Lena + someone from product. Teams link in the email from recruiting.",
    )
    _x("Duolingo - coding round", interview=True, company="Duolingo", role=None)
    _x(
        "Greenleaf - meet CEO",
        interview=True,
        company="Greenleaf Markets",
        role="Head of Data",
        desc="for the Head of Data job. she's ex-Ocado, ask about budget + team size",
    )
    _x("Sprout pairing", interview=True, company="Sprout", role=None)
    _x("Pebblebed founder chat", interview=True, company="Pebblebed", role=None)
    _x("Rampart 1st round", interview=True, company="Rampart Security", role=None)
    _x("Atlassian?? final – values", interview=True, company="Atlassian", role=None)


def _other_languages() -> None:
    # German
    _x(
        "Vorstellungsgespräch Alex Rivera – Senior Data Engineer (m/w/d)",
        interview=True,
        company="Nordlicht Energie",
        role="Senior Data Engineer (m/w/d)",
        org=("bewerbung@nordlicht-energie.de", "Nordlicht Energie GmbH – Personal"),
        att=[
            person("s.becker@nordlicht-energie.de", "Sabine Becker"),
            person("k.hoffmann@nordlicht-energie.de", "Klaus Hoffmann"),
        ],
        desc=(
            "Sehr geehrte*r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). "
            "Gerne laden wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams ein.\n\n"
            "Gesprächspartner: Sabine Becker (HR), Klaus Hoffmann (Teamleitung Datenplattform)\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordlicht Energie GmbH"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9y@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Personio – Fachinterview",
        interview=True,
        company="Personio",
        role="Senior Software Engineer Data",
        org=("talent@personio.de", "Personio Talent Acquisition"),
        att=[person("lukas.brenner@personio.de", "Lukas Brenner")],
        desc="Hallo Alex,\n\nhier die Einladung zum Fachinterview (Senior Software Engineer Data). Interviewer: Lukas Brenner.\n\nViele Grüße\nJulia",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Mitarbeitergespräch (Halbjahr) – Alex / Dana",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
        desc="Halbjahresgespräch: Ziele, Feedback, Entwicklung. Bitte Selbsteinschätzung vorher ausfüllen.",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien d'embauche – Data Engineer – Alex Rivera",
        interview=True,
        company="Qonto",
        role="Data Engineer",
        org=("recrutement@qonto.com", "Qonto Recrutement"),
        att=[person("camille.roux@qonto.com", "Camille Roux")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature au poste de Data Engineer, nous avons le plaisir de vous convier à un entretien "
            "avec Camille Roux, Engineering Manager.\n\nDurée : 45 minutes, en visio (Google Meet).\n\nBien à vous,\nL'équipe Talent de Qonto"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH avec Sophie (Doctolib)",
        interview=True,
        company="Doctolib",
        role=None,
        org=("sophie.garnier@doctolib.com", "Sophie Garnier"),
        desc="Premier échange RH d'environ 30 minutes pour faire connaissance.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Interview pour le podcast « Les Data Gens »",
        interview=False,
        org=("hello@lesdatagens.fr", "Les Data Gens"),
        desc="Enregistrement de l'épisode : ton parcours, la migration vers le streaming chez Initech. Micro fourni si besoin.",
        loc="https://riverside.fm/studio/les-data-gens",
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista de trabajo - Ingeniero/a de Datos Senior",
        interview=True,
        company="Cabify",
        role="Ingeniero/a de Datos Senior",
        org=("talento@cabify.com", "Talento Cabify"),
        att=[person("lucia.fernandez@cabify.com", "Lucía Fernández")],
        desc=(
            "Hola Alex:\n\nGracias por tu interés en Cabify. Te confirmamos la entrevista para la posición de Ingeniero/a de Datos Senior.\n"
            "Entrevistadora: Lucía Fernández (Data Engineering Lead)\nDuración: 1 hora\n\nUn saludo,\nEquipo de Talento"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica con Glovo",
        interview=True,
        company="Glovo",
        role=None,
        org=("jordi.puig@glovoapp.com", "Jordi Puig"),
        desc="Entrevistador: Jordi Puig. Live coding (Python) + preguntas sobre Spark.",
        conf=("Zoom Meeting", "https://glovoapp.zoom.us/j/96611823004"),
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista consular - visado (Embajada EE.UU. Madrid)",
        interview=False,
        desc="Llevar pasaporte, DS-160 confirmación, justificante de pago de tasa. No se permiten móviles.",
        loc="Embajada de EE.UU., Calle de Serrano 75, Madrid",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Entrevista com a Nubank - Engenheiro(a) de Dados",
        interview=True,
        company="Nubank",
        role="Engenheiro(a) de Dados",
        org=("recrutamento@nubank.com.br", "Recrutamento Nubank"),
        att=[person("rafael.souza@nubank.com.br", "Rafael Souza")],
        desc="Olá Alex!\n\nConfirmamos sua entrevista técnica para a vaga de Engenheiro(a) de Dados.\nEntrevistador: Rafael Souza\n\nAbraços,\nTime de Recrutamento",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa inicial – Alex Rivera (VTEX)",
        interview=True,
        company="VTEX",
        role="Senior Data Engineer",
        org=("talent@vtex.com", "VTEX Talent"),
        desc="Bate-papo inicial com a recrutadora sobre a vaga de Senior Data Engineer. Agendado pelo Gupy.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista de emprego da Ana - mandar boa sorte!",
        interview=False,
        desc="Ana tem entrevista na Ambev às 10h. Mandar mensagem de manhã.",
        zone="America/Sao_Paulo",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Data Engineer – Satispay",
        interview=True,
        company="Satispay",
        role="Data Engineer",
        org=("people@satispay.com", "Satispay People Team"),
        desc="Ciao Alex,\n\nti confermiamo il colloquio conoscitivo per la posizione di Data Engineer. Durata circa 30 minuti.\n\nA presto!",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico Alex Rivera",
        interview=True,
        company="Satispay",
        role="Data Engineer",
        org=("people@satispay.com", "Satispay People Team"),
        att=[person("marco.bianchi@satispay.com", "Marco Bianchi")],
        desc="Colloquio tecnico per Data Engineer con Marco Bianchi (Tech Lead). Esercizio pratico su SQL e modellazione dati.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio con la maestra di Leo",
        interview=False,
        desc="Colloqui individuali scuola primaria, aula 3B.",
        loc="Scuola Primaria G. Rodari, Via Roma 12",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Data Engineer – Adyen",
        interview=True,
        company="Adyen",
        role="Data Engineer",
        org=("recruitment@adyen.com", "Adyen Recruitment"),
        att=[person("sanne.bakker@adyen.com", "Sanne Bakker")],
        desc="Beste Alex,\n\nHierbij de uitnodiging voor je sollicitatiegesprek voor de functie Data Engineer. Gesprekspartner: Sanne Bakker.\n\nMet vriendelijke groet,\nAdyen Recruitment",
        loc="Adyen HQ, Simon Carmiggeltstraat 6-50, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek Mollie",
        interview=True,
        company="Mollie",
        role=None,
        org=("daan.visser@mollie.com", "Daan Visser"),
        desc="Kennismaking met de recruiter, 30 min.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Oudergesprek basisschool (groep 3)",
        interview=False,
        desc="10-minutengesprek met juf Marieke.",
        zone="Europe/Amsterdam",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Senior Data Engineer – Allegro",
        interview=True,
        company="Allegro",
        role="Senior Data Engineer",
        org=("rekrutacja@allegro.pl", "Allegro Rekrutacja"),
        att=[person("piotr.nowak@allegro.pl", "Piotr Nowak")],
        desc="Dzień dobry,\n\ndziękujemy za aplikację. Zapraszamy na rozmowę techniczną na stanowisko Senior Data Engineer.\nRekruter techniczny: Piotr Nowak\n\nPozdrawiamy,\nZespół Rekrutacji Allegro",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z HR – Alex Rivera (Booksy)",
        interview=True,
        company="Booksy",
        role=None,
        org=("kasia.zielinska@booksy.com", "Katarzyna Zielińska"),
        desc="Pierwsza rozmowa telefoniczna z działem HR.",
        zone="Europe/Warsaw",
    )
    # Swedish
    _x(
        "Anställningsintervju – Klarna – Data Engineer",
        interview=True,
        company="Klarna",
        role="Data Engineer",
        org=("rekrytering@klarna.com", "Klarna Rekrytering"),
        att=[person("erik.lindgren@klarna.com", "Erik Lindgren")],
        desc="Hej Alex!\n\nVälkommen på intervju för tjänsten Data Engineer. Du träffar Erik Lindgren, Engineering Manager.\n\nVänliga hälsningar,\nKlarna Talent",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Intervju med Sara för P1 Morgon",
        interview=False,
        org=("sara.holm@sverigesradio.se", "Sara Holm"),
        desc="Radiointervju om AI i offentlig sektor, ca 8 minuter. Ring in till studion 07:40.",
        zone="Europe/Stockholm",
    )
    # Japanese
    _x(
        "【面接】Alex Rivera様 一次面接（データエンジニア）",
        interview=True,
        company="SmartHR",
        role="データエンジニア",
        org=("recruit@smarthr.co.jp", "株式会社SmartHR 採用担当"),
        desc=(
            "Alex Rivera様\n\nこの度は株式会社SmartHRのデータエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "一次面接の日程が確定しましたのでご案内いたします。\n\n面接官：エンジニアリングマネージャー 佐藤\n形式：Google Meet（60分）\n\n"
            "どうぞよろしくお願いいたします。"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談 – Sansan",
        interview=True,
        company="Sansan",
        role=None,
        org=("hiring@sansan.com", "Sansan株式会社 人事部"),
        desc="選考前のカジュアル面談です。お気軽にご参加ください。面談担当：鈴木",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "面接官トレーニング（新任者向け）",
        interview=False,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="面接官としての評価基準と質問の仕方について。",
        zone="Asia/Tokyo",
    )
    # Hindi
    _x(
        "साक्षात्कार: डेटा इंजीनियर – Alex Rivera (Razorpay)",
        interview=True,
        company="Razorpay",
        role="डेटा इंजीनियर",
        org=("careers@razorpay.com", "Razorpay Careers"),
        att=[person("ankit.sharma@razorpay.com", "Ankit Sharma")],
        desc="नमस्ते Alex,\n\nडेटा इंजीनियर पद के लिए आपका तकनीकी साक्षात्कार तय हो गया है।\nसाक्षात्कारकर्ता: Ankit Sharma\n\nधन्यवाद,\nRazorpay टैलेंट टीम",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "मॉक इंटरव्यू – रोहन भैया के साथ",
        interview=False,
        desc="सिस्टम डिज़ाइन की प्रैक्टिस, असली इंटरव्यू नहीं।",
        zone="Asia/Kolkata",
    )
    # Korean
    _x(
        "[토스] 1차 직무 인터뷰 안내 - Alex Rivera",
        interview=True,
        company="Toss",
        role="Data Engineer",
        org=("recruit@toss.im", "토스 채용팀"),
        desc="안녕하세요 Alex님,\n\nData Engineer 포지션 1차 직무 인터뷰 일정을 안내드립니다.\n면접관: 데이터 플랫폼 팀 리더\n\n감사합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    # Turkish
    _x(
        "İş görüşmesi – Trendyol – Kıdemli Veri Mühendisi",
        interview=True,
        company="Trendyol",
        role="Kıdemli Veri Mühendisi",
        org=("ik@trendyol.com", "Trendyol İnsan Kaynakları"),
        desc="Merhaba Alex,\n\nKıdemli Veri Mühendisi pozisyonu için görüşmeniz planlanmıştır. Görüşmeci: Emre Yıldız.\n\nSaygılarımızla",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VHJl@thread.v2/0",
        ),
        zone="Europe/Istanbul",
    )


def _work_calendar_interviewing() -> None:
    init_rec = ("recruiting@initech.com", "Initech Recruiting")
    _x(
        "Interview: Jamie Chen - Senior Data Engineer",
        interview=False,
        me=WORK_ME,
        org=init_rec,
        att=[person("jamie.chen.dev@gmail.com", "Jamie Chen")],
        desc=(
            "Candidate: Jamie Chen\nPosition: Senior Data Engineer\nInterviewer: Alex Rivera\nFocus: SQL & data modelling\n\n"
            "Please submit your scorecard in Greenhouse within 24 hours.\n\nScheduled via Greenhouse"
        ),
        meet="meet",
    )
    _x(
        "Phone screen - candidate: Marcus Lee",
        interview=False,
        me=WORK_ME,
        org=init_rec,
        desc="Candidate resume attached in Greenhouse. You're screening for Data Engineer II. 30 mins.",
    )
    _x(
        "Initech Onsite - Hannah Brooks - System Design",
        interview=False,
        me=WORK_ME,
        org=("loops@initech.com", "Initech Interview Loops"),
        att=[
            person("hannah.brooks@outlook.com", "Hannah Brooks"),
            person("raj.iyer@initech.com", "Raj Iyer"),
        ],
        desc="Candidate: Hannah Brooks\nInterviewers: Alex Rivera (lead), Raj Iyer (shadow)\nRoom: Interview Room 2 (4th floor)\n\nPowered by ModernLoop",
        loc="Initech HQ - Interview Room 2",
    )
    _x(
        "Panel: Data Eng candidate (Priya Raman)",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
        att=[person("raj.iyer@initech.com", "Raj Iyer")],
        desc="Alex: behavioural + project deep-dive. Raj: coding. I'll do the close.",
    )
    _x(
        "Debrief: Hannah Brooks (Sr DE)",
        interview=False,
        me=WORK_ME,
        org=init_rec,
        att=[
            person("raj.iyer@initech.com", "Raj Iyer"),
            person("dana.kowalski@initech.com", "Dana Kowalski"),
        ],
        desc="Hiring decision discussion. Please have scorecards submitted before the meeting.",
    )
    _x(
        "Interviewer training: Structured interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Required for everyone joining an interview loop. Covers scorecards, bias, legal dos and don'ts.",
    )
    _x(
        "Hiring committee - Backend & Data roles",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
    )
    _x(
        "Greenhouse scorecard due: Jamie Chen",
        interview=False,
        me=WORK_ME,
        desc="reminder - submit feedback",
    )
    _x(
        "Intern interviews (block)",
        interview=False,
        me=WORK_ME,
        desc="3x 30-min summer intern interviews back to back. Candidates in the Greenhouse sheet.",
    )
    _x(
        "Candidate lunch - Olu Adeyemi",
        interview=False,
        me=WORK_ME,
        org=init_rec,
        att=[person("olu.adeyemi@gmail.com", "Olu Adeyemi")],
        desc="Take the candidate to lunch between sessions. Informal, but please share impressions in the debrief.",
        loc="Canteen, ground floor",
    )
    _x(
        "Interview with Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=init_rec,
        att=[person("s.okonkwo@protonmail.com", "Samuel Okonkwo")],
        desc=(
            "Hi Samuel,\n\nYou're confirmed for your interview at Initech for the Data Engineer role.\n\nInterviewer: Alex Rivera (Senior Data Engineer)\n\n"
            "Best,\nInitech Recruiting"
        ),
        meet="meet",
    )
    _x(
        "Exit interview: Tom Baker",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        att=[person("tom.baker@initech.com", "Tom Baker")],
        desc="HR-led exit interview; Alex attending as Tom's lead for the handover part only.",
    )
    _x(
        "Stay interview - Alex / Dana",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
        desc="Part of the new retention programme: what keeps you here, what might make you leave. Not a performance conversation.",
    )
    _x(
        "Shadow: bar raiser interview (Raj leading)",
        interview=False,
        me=WORK_ME,
        org=("raj.iyer@initech.com", "Raj Iyer"),
        desc="You're shadowing for bar-raiser certification. Candidate: Li Wei, Staff Engineer loop.",
    )
    _x(
        "Take-home review for candidate #4471",
        interview=False,
        me=WORK_ME,
        desc="Grade the submission against the rubric before Thursday's debrief.",
    )
    _x(
        "Hold: interview room 3",
        interview=False,
        me=WORK_ME,
        att=[
            person(
                "initech-hq-4-interview-room-3@resource.calendar.google.com",
                "HQ-4-Interview Room 3 (4)",
                resource=True,
            )
        ],
        desc="Booked for 1:1 with Raj - quiet room.",
    )
    _x(
        "Sourcing jam: Senior Data Engineer req",
        interview=False,
        me=WORK_ME,
        org=("talent-partner@initech.com", "Becca Lyons"),
        desc="Go through LinkedIn profiles together and decide who to reach out to.",
    )


def _other_peoples_interviews() -> None:
    _x(
        "Mia's interview at Deloitte - drive her",
        interview=False,
        desc="leave 8:15, Deloitte office on Bridge St",
    )
    _x("Dad - job interview 10am (call him after)", interview=False)
    _x(
        "Sam final round @ Google - keep evening free",
        interview=False,
        desc="Sam's onsite all day, dinner after to celebrate/commiserate",
    )
    _x(
        "Referral chat with Priya (she's applying to Initech)",
        interview=False,
        desc="Priya wants tips on the Initech interview process before I refer her.",
        meet="meet",
    )
    _x(
        "Jo's PhD viva",
        interview=False,
        desc="Jo's defence; go to the drinks after at the Eagle.",
    )
    _x(
        "Interview - Leo (babysitter candidate)",
        interview=False,
        desc="Meeting a potential babysitter for Thursdays. Ask about first aid certificate.",
    )
    _x(
        "Help Chris prep for his Amazon loop",
        interview=False,
        desc="Leadership principles stories; he has the onsite next week.",
    )
    _x(
        "Cleaner interview (2 candidates)",
        interview=False,
        desc="via the agency, 30 mins each at home",
    )


def _mocks_and_coaching() -> None:
    _x(
        "Mock interview w/ Jordan (Pramp)",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Your peer mock interview is scheduled. Topic: Data Structures & Algorithms. You'll interview your peer first, then switch roles.",
        loc="https://www.pramp.com/session/42bd9c",
    )
    _x(
        "interviewing.io mock - system design (Senior)",
        interview=False,
        org=("sessions@interviewing.io", "interviewing.io"),
        desc="Anonymous mock interview with an engineer from a FAANG company. Feedback is sent after the session.",
        loc="https://interviewing.io/interview/aK93",
    )
    _x(
        "Career coaching w/ Rachel (session 3/6)",
        interview=False,
        org=("rachel@rachelmorriscoaching.com", "Rachel Morris"),
        desc="Agenda: salary negotiation, how to talk about leaving Initech, review Stripe offer timeline.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456711"),
    )
    _x(
        "Exponent mock: behavioral interview",
        interview=False,
        desc="Practice w/ coach from Exponent. Have 5 STAR stories ready.",
        loc="https://www.tryexponent.com/coaching",
    )
    _x(
        "Mock onsite with Maya (ex-Stripe)",
        interview=False,
        desc="Maya is doing a practice coding round + feedback, NOT an actual Stripe interview.",
        meet="meet",
    )
    _x("leetcode w/ Tom", interview=False, desc="2 mediums, 1 hard. graphs.")
    _x(
        "Mentor 1:1 - Grace (ADPList)",
        interview=False,
        org=("grace.ho@gmail.com", "Grace Ho"),
        desc="ADPList mentorship session: 'Moving from senior IC to staff'.",
        meet="meet",
    )
    _x(
        "Resume review - Careers Service",
        interview=False,
        org=("careers@alumni.ucl.ac.uk", "UCL Alumni Careers"),
        desc="Alumni CV & interview-skills appointment with a careers consultant.",
    )
    _x(
        "Practice case interview (Brandt & Keller prep) with Léa",
        interview=False,
        desc="Léa gives me a market-sizing case + feedback. Practice only, the real case round is Thursday.",
    )
    _x(
        "Workshop: How to ace the technical interview",
        interview=False,
        org=("events@codebar.io", "codebar"),
        desc="Evening workshop with talks and live mock interviews on stage. Pizza provided.",
        loc="codebar, 3rd floor, 20 Farringdon Rd, London",
    )


def _press_and_podcasts() -> None:
    _x(
        "Podcast interview: The Data Engineering Show",
        interview=False,
        org=("bookings@dataengshow.fm", "The Data Engineering Show"),
        desc="Recording ~45 min about Initech's move to streaming. Use headphones; we record on Riverside.",
        loc="https://riverside.fm/studio/data-engineering-show",
    )
    _x(
        "Interview with TechCrunch re: Initech launch",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Comms"),
        att=[person("k.mills@techcrunch.com", "Kara Mills")],
        desc="Comms will sit in. Stick to the approved talking points; no numbers on customers.",
    )
    _x(
        "BBC Radio 5 Live - phone interview",
        interview=False,
        desc="Producer calls at 18:50 for a 5 min segment on data privacy. Background only, no Initech comment.",
    )
    _x(
        "Student thesis interview (MSc, Aalto)",
        interview=False,
        org=("j.virtanen@aalto.fi", "Juho Virtanen"),
        desc="Juho is interviewing practitioners about data mesh adoption for his master's thesis. 40 min, recorded with consent.",
        conf=("Zoom Meeting", "https://aalto.zoom.us/j/63300129988"),
    )
    _x(
        "Blog Q&A: 'Women in Data' interview series",
        interview=False,
        org=("editor@womenindata.org", "Women in Data"),
        desc="Written Q&A call, they'll write it up as an interview article.",
        meet="meet",
    )
    _x(
        "YouTube: live interview on 'Data Stack Weekly'",
        interview=False,
        desc="Streamed on YouTube, 30 min, host: Pete.",
        loc="https://streamyard.com/k4d9d",
    )
    _x(
        "Customer case-study interview (Initech x Acme)",
        interview=False,
        me=WORK_ME,
        org=("marketing@initech.com", "Initech Marketing"),
        att=[person("d.ortiz@acme.example", "Diego Ortiz")],
        desc="Marketing interviewing the Acme team for a case study; Alex joins to answer technical questions.",
    )


def _visa_school_and_admin() -> None:
    _x(
        "USCIS interview - I-485 (adjustment of status)",
        interview=False,
        desc="Bring: passport, I-94, original birth certificate, interview notice. Arrive 30 min early.",
        loc="USCIS Field Office, 630 Sansome St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Biometrics appointment (ASC)",
        interview=False,
        desc="Fingerprints for the work permit renewal. Bring appointment notice.",
    )
    _x(
        "Visa interview - US Consulate London",
        interview=False,
        desc="E-2 visa interview. Documents folder + printed DS-160 barcode page. No bags allowed.",
        loc="US Embassy London, 33 Nine Elms Ln, London SW11 7US",
        zone="Europe/London",
    )
    _x(
        "Citizenship test + interview",
        interview=False,
        desc="Life in the UK stuff + civics. Revise the history section.",
    )
    _x(
        "Nursery admission interview - Leo",
        interview=False,
        org=("admissions@littleoaksnursery.co.uk", "Little Oaks Nursery"),
        desc="Informal visit and meeting with the nursery manager. Leo should come along.",
    )
    _x(
        "MBA admissions interview - INSEAD",
        interview=False,
        org=("mba.admissions@insead.edu", "INSEAD MBA Admissions"),
        desc="Alumni interview for the MBA application (Round 2). 45-60 minutes, conducted by an INSEAD alumnus.",
        meet="meet",
    )
    _x(
        "Alumni interview - Oxford applicant (I'm interviewing)",
        interview=False,
        desc="Volunteer alumni interviewer. Applicant: Hana K., PPE. Fill in the form afterwards.",
    )
    _x(
        "Parents' evening",
        interview=False,
        desc="Year 2, Mrs. Patel, 5-minute slots.",
    )
    _x(
        "Mortgage appointment w/ broker",
        interview=False,
        desc="Bring 3 payslips + P60. Broker will ask about job change plans - be honest.",
    )
    _x(
        "Jury duty - voir dire",
        interview=False,
        desc="Report to court 8:30. Questioning of prospective jurors.",
    )
    _x(
        "Census follow-up interview",
        interview=False,
        desc="ONS field interviewer visiting for the Labour Force Survey (household interview).",
    )
    _x(
        "Flat viewing + meet the flatmates",
        interview=False,
        desc="They do a 'flatmate interview' apparently lol. Room in Hackney, 850 pcm.",
        loc="Mare St, London E8",
    )


def _research_and_reviews() -> None:
    _x(
        "User interview: onboarding study (participant #4)",
        interview=False,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
        att=[person("participant4@userinterviews.com", "Participant 4")],
        desc="Alex to take notes while Kim moderates. Recording consent form is in the Dovetail project.",
        meet="meet",
    )
    _x(
        "Research study: 60-min interview about data tools ($150)",
        interview=False,
        org=("no-reply@respondent.io", "Respondent"),
        desc="Thanks for qualifying! You'll be interviewed by a researcher about how your team uses data pipeline tools. Incentive paid via PayPal after the session.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/8123456722"),
    )
    _x(
        "Figma Research: interview with FigJam power users",
        interview=False,
        org=("research@figma.com", "Figma Research"),
        desc="Hi Alex, thanks for signing up to take part in our user research. We'd love to hear how you use FigJam for diagrams. You'll receive a $100 gift card.",
        meet="meet",
    )
    _x(
        "Monzo app usability test (paid)",
        interview=False,
        org=("research@monzo.com", "Monzo User Research"),
        desc="Usability session on the new savings pots flow. 45 min, £50 voucher. You don't need to prepare anything.",
    )
    _x(
        "Customer discovery call - Acme Corp",
        interview=False,
        me=WORK_ME,
        org=("pm-lena@initech.com", "Lena Park"),
        att=[person("r.hall@acme.example", "Rob Hall")],
        desc="Problem interview with Acme's data team about ingestion pain points. Alex: technical follow-ups.",
    )
    _x(
        "Mid-year review w/ Dana",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
        desc="Review of H1 goals + self assessment. Lattice doc linked.",
    )
    _x(
        "Promo calibration (Data Eng)",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
    )
    _x(
        "360 feedback interview about Raj",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Nina Okoro"),
        desc="HR is collecting structured feedback on Raj for his leadership program. 20 min.",
    )
    _x(
        "Annual review - self assessment due",
        interview=False,
        me=WORK_ME,
        all_day=True,
    )
    _x(
        "1:1 Dana",
        interview=False,
        me=WORK_ME,
        org=("dana.kowalski@initech.com", "Dana Kowalski"),
        meet="meet",
    )
    _x(
        "Probation review - Raj's new hire (Chen)",
        interview=False,
        me=WORK_ME,
        org=("raj.iyer@initech.com", "Raj Iyer"),
        desc="3-month probation check-in for Chen; Alex as buddy.",
    )


def _prep_and_reminders() -> None:
    _x(
        "Prep: Stripe onsite",
        interview=False,
        desc="payments idempotency, ledger design, re-read notes from phone screen",
    )
    _x("Send thank-you notes (Helio panel)", interview=False)
    _x(
        "Research Canva before final",
        interview=False,
        desc="read eng blog, data platform talk from DataEngConf",
    )
    _x(
        "Take-home due: Fernhill",
        interview=False,
        all_day=True,
        desc="Submit repo link to careers@fernhillrobotics.com by 23:59",
    )
    _x(
        "HackerRank online assessment - Quillstone - deadline",
        interview=False,
        desc="90-min timed test, do it before Friday 23:59 PT. Link in email from HackerRank.",
    )
    _x(
        "Train to Berlin (Zalando onsite)",
        interview=False,
        desc="ICE 1003, Wagen 7 Platz 45",
        zone="Europe/Berlin",
    )
    _x(
        "Hotel - Sausalito (Cobalt trip)",
        interview=False,
        all_day=True,
        loc="Cavallo Point, Sausalito",
    )
    _x("Follow up w/ Jess (Wise) if no reply", interview=False)
    _x("pick up suit from dry cleaner", interview=False, desc="for Canva final")
    _x(
        "Focus time",
        interview=False,
        me=WORK_ME,
        desc="",
    )
    _x(
        "Reminder: Datadog interview tomorrow - charge laptop, test Zoom",
        interview=False,
        all_day=True,
    )
    _x("decompress after Cobalt onsite", interview=False, desc="walk, no screens")
    _x("Write up notes from Spotify system design", interview=False)
    _x("Update CV + LinkedIn", interview=False)
    _x("Apply: Vercel, Snowflake, dbt Labs", interview=False, desc="tailor cover letter for dbt")
    _x("Offer deadline - Spotify", interview=False, all_day=True)
    _x("Review Brightwave JD + annual report", interview=False)
    _x(
        "Send referee details to Kingsmere (Hunter Bond)",
        interview=False,
        desc="Dana + old manager from Acme. Ask them first!",
    )
    _x("Background check docs due (Ramp)", interview=False, all_day=True)
    _x(
        "STAR stories - practice out loud",
        interview=False,
        desc="conflict, failure, biggest impact, leadership w/o authority",
    )
    _x("Interview prep block", interview=False, desc="leetcode: sliding window + heaps")
    _x("Check email for Atlassian decision", interview=False)


def _media_and_events() -> None:
    _x("The Interview (2014) - movie night at Dan's", interview=False, desc="bring snacks")
    _x("Interview with the Vampire S2 - ep 1", interview=False)
    _x("Book club: Interview with the Vampire", interview=False, loc="Stoke Newington Library")
    _x(
        "Frost/Nixon @ Donmar Warehouse",
        interview=False,
        loc="Donmar Warehouse, 41 Earlham St, London",
    )
    _x(
        "Meetup: 'How we interview engineers at Monzo' (talk)",
        interview=False,
        org=("events@meetup.com", "London Engineering Leadership Meetup"),
        desc="Talk by Monzo's head of engineering hiring + panel on interview design. Doors 18:30.",
        loc="Monzo, Broadwalk House, London",
    )
    _x(
        "Webinar: Hiring Trends 2025 (Greenhouse)",
        interview=False,
        org=("webinars@greenhouse.io", "Greenhouse"),
        desc="Join Greenhouse experts to explore the data behind structured interviewing and candidate experience.",
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/webinar/register/WN_8gH"),
    )
    _x(
        "Tech job fair - ExCeL",
        interview=False,
        desc="Walk around, collect contacts. Bring 10 printed CVs.",
        loc="ExCeL London, Royal Victoria Dock",
    )
    _x(
        "Exhibition: Warhol's Interview magazine",
        interview=False,
        loc="Serpentine Gallery",
    )


def _networking_and_misc() -> None:
    _x(
        "Coffee w/ Maya (ex-colleague, now at Stripe)",
        interview=False,
        desc="just catching up - she left Initech in March. Not about a job.",
        loc="Prufrock Coffee, Leather Lane",
    )
    _x(
        "Informational chat - Carlos @ Datadog",
        interview=False,
        org=("carlos.mendez@gmail.com", "Carlos Mendez"),
        desc="Carlos offered to tell me what working on the Datadog metrics team is like. No open role right now, purely informational - he's a friend of Tom's.",
        meet="meet",
    )
    _x("PyData London meetup", interview=False, loc="Bloomberg, 3 Queen Victoria St")
    _x("Lunch w/ Tasha", interview=False)
    _x("UCL alumni drinks", interview=False, loc="The Lamb, Lamb's Conduit St")
    _x(
        "Advice call: Ben (YC founder) - his data stack",
        interview=False,
        org=("ben@fernleaf.so", "Ben Adler"),
        desc="Ben wants a second opinion on Snowflake vs BigQuery for his startup. Doing this as a favour.",
        meet="meet",
    )
    _x(
        "Reference call for Raj (Stripe checking references)",
        interview=False,
        org=("references@stripe.com", "Stripe Recruiting"),
        desc="Hi Alex, Raj Iyer has listed you as a reference for a role at Stripe. This 20 minute call is to hear about your experience working with him.",
    )
    _x(
        "Guest lecture: 'Interviewing for data roles' (City Uni)",
        interview=False,
        desc="I'm giving the talk to final-year students. Slides in Drive.",
        loc="City, University of London, Northampton Square",
    )
    _x(
        "Initech hiring fair - booth duty",
        interview=False,
        me=WORK_ME,
        org=("talent-partner@initech.com", "Becca Lyons"),
        desc="Talk to students at the booth, collect CVs for the grad scheme.",
    )
    _x(
        "Freelance: weekly sync w/ Orchard Coffee",
        interview=False,
        org=("owner@orchardcoffee.co.uk", "Hattie Orchard"),
        desc="ongoing dashboard project - invoice #7",
    )
    _x("Dentist", interview=False, loc="Smile Dental, Upper St")
    _x(
        "Therapy intake session",
        interview=False,
        desc="Initial assessment with new therapist, 50 min.",
    )
