# ruff: noqa: E501 -- data: event texts as written
"""Held-out round 19, written blind by an independent evaluator: about 250 invented events on
Alex Rivera's calendars. Roughly half are Alex's own interviews as the candidate (ATS invitations
that name the interviewer, scheduling-tool confirmations, agency invitations with and without a
named client, bare typed notes, multi-part onsites, trial days, assessment centres, in English and
a dozen other languages); the other half are look-alikes (interviews Alex conducts at Initech,
other people's interviews, press, podcast, research, medical, visa and admissions interviews, mock
interviews, coaching, prep blocks, reminders, self-paced tests, work meetings full of hiring words
and social events)."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round19", **kw)


def build() -> None:
    _ats_invitations()
    _tool_confirmations()
    _agencies()
    _own_notes()
    _onsites_and_trials()
    _foreign_interviews()
    _conducting_at_initech()
    _other_peoples_interviews()
    _press_research_medical_visa()
    _prep_reminders_and_tests()
    _work_with_hiring_words()
    _social_and_misc()
    _foreign_lookalikes()


# ---------------------------------------------------------------------------------------------
# Alex's own interviews: ATS invitations sent to the candidate
# ---------------------------------------------------------------------------------------------


def _ats_invitations() -> None:
    _x(
        "Alex Rivera - Technical Phone Screen (Quillfeather)",
        interview=True,
        company="Quillfeather",
        role="Senior Backend Engineer",
        org=("no-reply@greenhouse.io", "Quillfeather Recruiting"),
        att=[person("noor.haddad@quillfeather.io", "Noor Haddad")],
        desc=(
            "Hi Alex,\n\nThank you for your interest in the Senior Backend Engineer position at Quillfeather! "
            "This invitation confirms your technical phone screen.\n\n"
            "Interviewer: Noor Haddad (Staff Engineer, Ledger team)\n"
            "Duration: 60 minutes\n"
            "Format: live coding in CoderPad, link below. Please use the language you are most comfortable in.\n\n"
            "CoderPad: https://app.coderpad.io/QF7K2M9\n\n"
            "If you need to reschedule, reply to this email and we will find another time.\n\n"
            "Best,\nMaya Oyelaran\nRecruiting Coordinator, Quillfeather"
        ),
        meet="meet",
    )
    _x(
        "Interview with Halcyon Robotics",
        interview=True,
        company="Halcyon Robotics",
        role="Platform Engineer",
        org=("dana.whitfield@halcyonrobotics.com", "Dana Whitfield"),
        att=[
            person("dana.whitfield@halcyonrobotics.com", "Dana Whitfield"),
            person("igor.petrenko@halcyonrobotics.com", "Igor Petrenko"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>We're excited to move forward with your application for <b>Platform Engineer</b>.</p>"
            "<p><b>Interviewer:</b> Igor Petrenko, Engineering Manager, Fleet Infrastructure<br>"
            "<b>Type:</b> Hiring Manager Interview (45 min)</p>"
            "<p>Igor will talk through your background and the team's roadmap, so come with questions!</p>"
            "<p>Cheers,<br>Dana</p>"
        ),
        conf=("Zoom Meeting", "https://halcyonrobotics.zoom.us/j/91234567801"),
    )
    _x(
        "Alex Rivera <> Orrin | Recruiter Screen",
        interview=True,
        company="Orrin Analytics",
        role="Analytics Engineer",
        org=("calendar-noreply@ashbyhq.com", "Orrin Analytics"),
        att=[person("felix.amsel@orrin.ai", "Felix Amsel")],
        desc=(
            "Interviewer: Felix Amsel (Talent Partner)\n\n"
            "Role: Analytics Engineer\n"
            "Felix will walk you through the role, the team and our interview process, and learn a bit about what you are looking for.\n\n"
            "Orrin Analytics | orrin.ai\n"
            "Powered by Ashby"
        ),
        meet="meet",
    )
    _x(
        "Interview - Senior Data Engineer - R-20481",
        interview=True,
        company="Ferngrove Bank",
        role="Senior Data Engineer",
        org=("ferngrove@myworkday.com", "Ferngrove Bank Talent Acquisition"),
        att=[
            person("p.okonkwo@ferngrovebank.com", "Patience Okonkwo"),
            person("r.lindqvist@ferngrovebank.com", "Rune Lindqvist"),
        ],
        desc=(
            "Dear Alex,\n\nYou have been scheduled for an interview for the position Senior Data Engineer (R-20481).\n\n"
            "Interviewers: Patience Okonkwo (Director, Data Platforms), Rune Lindqvist (Lead Engineer)\n"
            "Interview Type: Panel - Video\n\n"
            "Microsoft Teams meeting link is included in this invite. Please have a government-issued photo ID available.\n\n"
            "Regards,\nFerngrove Bank Talent Acquisition\n"
            "This message was generated by Workday. Please do not reply."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FGB20481",
        ),
        zone="America/New_York",
    )
    _x(
        "Phone Screen: Alex Rivera / Kestrel Freight",
        interview=True,
        company="Kestrel Freight",
        role="Software Engineer II, Routing",
        org=("talent@kestrelfreight.com", "Kestrel Talent"),
        att=[person("marisol.banda@kestrelfreight.com", "Marisol Banda")],
        desc=(
            "Hi Alex - here's your phone screen for Software Engineer II, Routing.\n\n"
            "Interviewer: Marisol Banda\n"
            "Marisol will call you at the number on your application (+1 415 555 0142).\n\n"
            "Sent via Lever"
        ),
        loc="Phone call",
    )
    _x(
        "Interview with Alex Rivera for Staff Software Engineer",
        interview=True,
        company="Tidewell Health",
        role="Staff Software Engineer",
        org=("scheduling@tidewellhealth.com", "Tidewell Health Careers"),
        att=[
            person("harriet.sloane@tidewellhealth.com", "Harriet Sloane"),
            person("kwame.asante@tidewellhealth.com", "Kwame Asante"),
        ],
        desc=(
            "Alex, thanks for making time to speak with us.\n\n"
            "Schedule\n"
            "10:00 - 10:45  System Design - Interviewer: Kwame Asante\n"
            "10:45 - 11:00  Break\n"
            "11:00 - 11:45  Leadership & Collaboration - Interviewer: Harriet Sloane\n\n"
            "Tidewell Health | 2200 Harbor Blvd, Oakland CA"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/83300221457"),
    )
    _x(
        "Cobaltline // Alex Rivera - Take-home review",
        interview=True,
        company="Cobaltline",
        role="Full Stack Engineer",
        org=("hiring@cobaltline.dev", "Cobaltline Hiring"),
        att=[
            person("yusuf.demir@cobaltline.dev", "Yusuf Demir"),
            person("laila.khoury@cobaltline.dev", "Laila Khoury"),
        ],
        desc=(
            "Hey Alex! Thanks for sending over the take-home. In this session you'll walk two engineers through your submission and we'll extend it together.\n\n"
            "Interviewers: Yusuf Demir, Laila Khoury\n"
            "Position: Full Stack Engineer\n\n"
            "(scheduled through Workable)"
        ),
        meet="meet",
    )
    _x(
        "Vantory Interview - Round 2",
        interview=True,
        company="Vantory",
        role=None,
        org=("no-reply@smartrecruiters.com", "Vantory"),
        att=[person("e.marchetti@vantory.com", "Elena Marchetti")],
        desc=(
            "Dear Alex Rivera,\n\nWe are pleased to invite you to the second round of interviews.\n\n"
            "Interviewer: Elena Marchetti\n"
            "Location: Online (link below)\n\n"
            "Kind regards,\nVantory Recruitment Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VNT2",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Pinecrest Capital",
        role="Quantitative Developer",
        org=("recruiting@pinecrestcap.com", "Pinecrest Recruiting"),
        att=[person("m.obrien@pinecrestcap.com", "Malachy O'Brien")],
        desc=(
            "Candidate: Alex Rivera\nPosition: Quantitative Developer\nStage: Technical Interview 1\n"
            "Interviewer: Malachy O'Brien\n\n"
            "Dial-in provided by Zoom. Please join 2-3 minutes early."
        ),
        conf=("Zoom Meeting", "https://pinecrestcap.zoom.us/j/96543217700"),
        zone="America/New_York",
    )
    _x(
        "Final interview — Saltmarsh Games",
        interview=True,
        company="Saltmarsh Games",
        role="Senior Gameplay Engineer",
        org=("jobs@saltmarsh.games", "Saltmarsh Games Jobs"),
        att=[
            person("bea.huxley@saltmarsh.games", "Bea Huxley"),
            person("tomoko.arai@saltmarsh.games", "Tomoko Arai"),
        ],
        desc=(
            "Hi Alex,\n\nCongrats on reaching the final stage for Senior Gameplay Engineer!\n"
            "Interviewer: Bea Huxley (Studio Director) and Tomoko Arai (Lead Programmer)\n"
            "We'll chat about the team, your portfolio and answer anything you'd like to know.\n\n"
            "Sent with Teamtailor"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Intro call",
        interview=True,
        company="Wrenfield",
        role="Product Engineer",
        org=("ines.caldwell@wrenfield.co", "Ines Caldwell"),
        att=[person("ines.caldwell@wrenfield.co", "Ines Caldwell")],
        desc=(
            "Hi Alex, looking forward to chatting about the Product Engineer opening.\n\n"
            "Ines Caldwell\nTalent Lead\nWrenfield — making payroll painless\n"
        ),
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Glimmerstack",
        role=None,
        org=("people@glimmerstack.com", "People Team"),
        att=[person("oren.valdes@glimmerstack.com", "Oren Valdes")],
        desc="Interviewer: Oren Valdes\nPlease join via the Meet link.",
        meet="meet",
    )
    _x(
        "Alex Rivera / Copperleaf - Coding Interview",
        interview=True,
        company="Copperleaf Logistics",
        role="Backend Engineer (Payments)",
        org=("no-reply@us.greenhouse-mail.io", "Copperleaf Logistics"),
        att=[person("sven.aalto@copperleaf.io", "Sven Aalto")],
        desc=(
            "<div>Hi Alex,</div><div><br></div><div>Your interview for <b>Backend Engineer (Payments)</b> is confirmed.</div>"
            "<div><br></div><div><b>Interviewer</b>: Sven Aalto</div><div><b>Duration</b>: 60 min</div>"
            "<div><br></div><div>We'll use CoderPad for this session; the link will be shared at the start of the call.</div>"
            "<div><br></div><div>Copperleaf Logistics Recruiting</div>"
        ),
        conf=("Zoom Meeting", "https://copperleaf.zoom.us/j/94120099812"),
        zone="America/Chicago",
    )
    _x(
        "Hiring Manager Interview",
        interview=True,
        company="Opaline Pay",
        role="Engineering Manager, Risk",
        org=("recruiting@opalinepay.com", "Opaline Pay Recruiting"),
        att=[person("grace.tamura@opalinepay.com", "Grace Tamura")],
        desc=(
            "Alex,\n\nThank you for your time so far. Next up is a conversation with the hiring manager for Engineering Manager, Risk.\n\n"
            "Interviewer: Grace Tamura, VP Engineering\n\n"
            "Opaline Pay"
        ),
        meet="meet",
    )
    _x(
        "Bramblecode: Pairing Session w/ Alex",
        interview=True,
        company="Bramblecode",
        role="Senior Software Engineer",
        org=("recruiting@bramblecode.com", "Bramblecode Recruiting"),
        att=[
            person("ari.feld@bramblecode.com", "Ari Feld"),
            person("june.osei@bramblecode.com", "June Osei"),
        ],
        desc=(
            "Role: Senior Software Engineer\nStage: Pair Programming\n"
            "Interviewers: Ari Feld, June Osei\n\n"
            "You'll work in our real codebase (a sandboxed copy) on a small feature. Please have git and a recent Node installed.\n"
            "Scheduled via Gem"
        ),
        meet="meet",
    )
    _x(
        "Interview Invitation: Site Reliability Engineer",
        interview=True,
        company="Thistle Mobility",
        role="Site Reliability Engineer",
        org=("careers@thistlemobility.eu", "Thistle Mobility Careers"),
        att=[person("k.mcbride@thistlemobility.eu", "Kirsty McBride")],
        desc=(
            "Dear Alex,\n\nThank you for applying to Thistle Mobility. We would like to invite you to a first interview for the Site Reliability Engineer role.\n\n"
            "Interviewer: Kirsty McBride, Head of Infrastructure\n\n"
            "Kind regards,\nThistle Mobility Ltd · Edinburgh\n"
            "Sent via Personio"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_THM1",
        ),
        zone="Europe/London",
    )
    _x(
        "[Juniper Forge] Values interview",
        interview=True,
        company="Juniper Forge",
        role="Machine Learning Engineer",
        org=("calendar@juniperforge.ai", "Juniper Forge"),
        att=[person("hana.moreau@juniperforge.ai", "Hana Moreau")],
        desc=(
            "Machine Learning Engineer — onsite loop, virtual\n"
            "Session: Values & Collaboration\nInterviewer: Hana Moreau (Research Lead)\n\n"
            "No prep needed. This is a conversation about how you like to work."
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera - Data Platform Engineer - 1st Interview",
        interview=True,
        company="Ridgeback Data",
        role="Data Platform Engineer",
        org=("ridgeback@recruitee.com", "Ridgeback Data"),
        att=[person("olu.adeyemi@ridgebackdata.com", "Olu Adeyemi")],
        desc="Interviewer: Olu Adeyemi\nLocation: Google Meet\n\nRidgeback Data · Austin, TX",
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Interview",
        interview=True,
        company="Mosaic Harbor",
        role=None,
        org=("no-reply@bamboohr.com", "Mosaic Harbor"),
        att=[person("carla.jensen@mosaicharbor.com", "Carla Jensen")],
        desc="You have an interview scheduled with Mosaic Harbor.\nInterviewer: Carla Jensen\n\nPowered by BambooHR",
        meet="meet",
    )
    _x(
        "Technical Interview - Heliotrope AI",
        interview=True,
        company="Heliotrope AI",
        role="Research Engineer, Inference",
        org=("noreply@greenhouse.io", "Heliotrope AI"),
        att=[
            person("wen.zhao@heliotrope.ai", "Wen Zhao"),
            person("p.garrido@heliotrope.ai", "Pablo Garrido"),
        ],
        desc=(
            "Hi Alex,\n\nPlease find below details for your upcoming interview for Research Engineer, Inference.\n\n"
            "Interviewer(s):\n- Wen Zhao, Member of Technical Staff\n- Pablo Garrido, Member of Technical Staff (shadow)\n\n"
            "The session focuses on GPU kernels and performance debugging. You may use any reference material.\n\n"
            "Heliotrope AI Recruiting"
        ),
        meet="meet",
    )
    _x(
        "Screening call – Sundial Media",
        interview=True,
        company="Sundial Media",
        role="Senior Frontend Engineer",
        org=("talent@sundialmedia.com", "Sundial Media Talent"),
        att=[person("rosa.lindgren@sundialmedia.com", "Rosa Lindgren")],
        desc="Position: Senior Frontend Engineer\nInterviewer: Rosa Lindgren (Recruiter)\n30 min\n\nJazzHR",
        loc="Phone: we'll call you",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera: Behavioral Interview",
        interview=True,
        company="Calder Systems",
        role="Staff Platform Engineer",
        org=("recruiting@caldersystems.com", "Calder Systems"),
        att=[person("nina.brandt@caldersystems.com", "Nina Brandt")],
        desc=(
            "Candidate: Alex Rivera | Req: Staff Platform Engineer (#4471)\n"
            "Interviewer: Nina Brandt (Director of Engineering)\n"
            "Focus: ownership, conflict, mentoring\n\n"
            "iCIMS Talent Cloud"
        ),
        conf=("Zoom Meeting", "https://caldersystems.zoom.us/j/97700112233"),
    )
    _x(
        "Interview: Corvid Analytics x Alex",
        interview=True,
        company="Corvid Analytics",
        role="Data Scientist, Forecasting",
        org=("ashby@corvidanalytics.com", "Corvid Analytics Hiring"),
        att=[person("theo.marchand@corvidanalytics.com", "Théo Marchand")],
        desc=(
            "Hi Alex,\nYou're confirmed for a case-study interview for Data Scientist, Forecasting.\n"
            "Interviewer: Théo Marchand\nYou'll receive a short dataset 15 minutes before the call."
        ),
        meet="meet",
    )
    _x(
        "Wayfarer Maps - Architecture Interview",
        interview=True,
        company="Wayfarer Maps",
        role="Senior Software Engineer, Geo",
        org=("no-reply@greenhouse.io", "Wayfarer Maps"),
        att=[person("luca.bertoni@wayfarermaps.com", "Luca Bertoni")],
        desc=(
            "Hi Alex,\n\nYour Architecture Interview is set.\n"
            "Interviewer: Luca Bertoni\nRole: Senior Software Engineer, Geo\n\n"
            "Tip: Excalidraw works well for sketching; you don't need to install anything."
        ),
        meet="meet",
        my_status="needsAction",
    )


# ---------------------------------------------------------------------------------------------
# Alex's own interviews: scheduling-tool confirmations and interview platforms
# ---------------------------------------------------------------------------------------------


def _tool_confirmations() -> None:
    _x(
        "Alex Rivera and Priyanka Rao",
        interview=True,
        company="Larkspur Health",
        role="Senior Data Engineer",
        org=("priyanka.rao@larkspurhealth.com", "Priyanka Rao"),
        att=[person("priyanka.rao@larkspurhealth.com", "Priyanka Rao")],
        desc=(
            "Event Name: Larkspur Health - Recruiter Screen (30 min)\n\n"
            "Please share anything that will help prepare for our meeting.: Applied for Senior Data Engineer via LinkedIn\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f2a1c\n"
            "Reschedule: https://calendly.com/reschedulings/7f2a1c\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Interview Confirmation: Alex Rivera - Emberline",
        interview=True,
        company="Emberline",
        role="Backend Engineer",
        org=("scheduling@goodtime.io", "Emberline via GoodTime"),
        att=[
            person("jonah.price@emberline.com", "Jonah Price"),
            person("sofia.urrutia@emberline.com", "Sofia Urrutia"),
        ],
        desc=(
            "Hi Alex,\n\nYour interview with Emberline has been scheduled.\n\n"
            "Position: Backend Engineer\n"
            "1:00 PM - 1:45 PM  Jonah Price - Coding\n"
            "1:45 PM - 2:30 PM  Sofia Urrutia - Systems\n\n"
            "Need to reschedule? Use this link: https://goodtime.io/c/rs/EMB-88A1\n"
            "Scheduled with GoodTime"
        ),
        conf=("Zoom Meeting", "https://emberline.zoom.us/j/92200113355"),
    )
    _x(
        "[Tessellate] Onsite Interview: System Design",
        interview=True,
        company="Tessellate",
        role="Senior Infrastructure Engineer",
        org=("interviews@modernloop.io", "Tessellate Recruiting"),
        att=[person("adaeze.nwosu@tessellate.dev", "Adaeze Nwosu")],
        desc=(
            "Candidate: Alex Rivera\nRole: Senior Infrastructure Engineer\n"
            "Interviewer: Adaeze Nwosu\n\n"
            "Join with Google Meet. If you have any trouble joining, email recruiting@tessellate.dev.\n"
            "Scheduled with ModernLoop"
        ),
        meet="meet",
    )
    _x(
        "HireVue Live Interview - Parallax Freight",
        interview=True,
        company="Parallax Freight",
        role="Integration Engineer",
        org=("noreply@hirevue.com", "HireVue"),
        desc=(
            "Alex Rivera,\n\nParallax Freight has scheduled a live video interview with you.\n"
            "Position: Integration Engineer\nInterviewer: Gwen Halloran\n\n"
            "Join your interview: https://app.hirevue.com/live/PFX-1121\n"
            "Please test your camera and microphone beforehand."
        ),
        loc="https://app.hirevue.com/live/PFX-1121",
        zone="America/Denver",
    )
    _x(
        "Codility Interview with Seastack",
        interview=True,
        company="Seastack",
        role="Software Engineer",
        org=("no-reply@codility.com", "Codility"),
        desc=(
            "Hi Alex,\n\nYou have been invited to a live technical interview with Seastack.\n"
            "Interviewer: Matteo Ricci\nPosition: Software Engineer\n\n"
            "Join the interview room at: https://app.codility.com/interview/SST-4Q9R\n"
            "The room opens 5 minutes before the scheduled time. Audio and video are built in."
        ),
        loc="https://app.codility.com/interview/SST-4Q9R",
        zone="Europe/Warsaw",
    )
    _x(
        "Karat Interview for Alderpoint",
        interview=True,
        company="Alderpoint",
        role="Senior Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc=(
            "Hi Alex,\n\nThis confirms your technical interview with a Karat Interview Engineer, conducted on behalf of Alderpoint "
            "for the Senior Software Engineer role.\n\n"
            "Interviewer: Reuben Castellanos (Karat Interview Engineer)\n"
            "Join link: https://app.karat.io/interview/ALD-7734\n\n"
            "Please use Chrome and have a quiet space."
        ),
        loc="https://app.karat.io/interview/ALD-7734",
    )
    _x(
        "Alex Rivera <> Hushwing (30 min)",
        interview=True,
        company="Hushwing",
        role=None,
        org=("maren@hushwing.app", "Maren Voss"),
        att=[person("maren@hushwing.app", "Maren Voss")],
        desc=(
            "Booked through Cal.com\n\nWhat is this meeting about?\n"
            "Intro chat about the founding engineer opening. (Maren, co-founder)\n\n"
            "Attendees: Maren Voss, Alex Rivera"
        ),
        loc="https://cal.com/video/hushwing-abc",
    )
    _x(
        "Interview: Vellum Docs – Coding (CoderPad)",
        interview=True,
        company="Vellum Docs",
        role="Software Engineer, Editor",
        org=("talent@vellumdocs.com", "Vellum Talent"),
        att=[person("esme.gallagher@vellumdocs.com", "Esme Gallagher")],
        desc=(
            "Interviewer: Esme Gallagher\nRole: Software Engineer, Editor\n\n"
            "CoderPad Interview link: https://app.coderpad.io/VD93KQ\n"
            "(audio/video is inside CoderPad; no separate call needed)"
        ),
        loc="https://app.coderpad.io/VD93KQ",
    )
    _x(
        "Kindling Labs interview (Microsoft Bookings)",
        interview=True,
        company="Kindling Labs",
        role="DevOps Engineer",
        org=("KindlingLabsHiring@kindlinglabs.onmicrosoft.com", "Kindling Labs Hiring"),
        desc=(
            "Hello Alex Rivera,\n\nYour booking is confirmed.\nService: First interview - DevOps Engineer\n"
            "Staff: Pieter Claes\n\nJoin Microsoft Teams Meeting\n"
            "Manage booking: https://outlook.office365.com/owa/calendar/KindlingLabsHiring@kindlinglabs.onmicrosoft.com/bookings/"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KDL1",
        ),
        zone="Europe/Brussels",
    )
    _x(
        "Alex Rivera - Screening (YouCanBookMe)",
        interview=True,
        company="Arclight Studios",
        role="Tools Programmer",
        org=("bookings@youcanbook.me", "Arclight Studios Recruiting"),
        desc=(
            "Booking reference: 8XK-22\nWith: Fern Obi, Talent Acquisition, Arclight Studios\n"
            "Re: Tools Programmer application\nWe'll call you on Zoom."
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/88812345670"),
        zone="America/Vancouver",
    )
    _x(
        "Updated invitation: Interview with Driftwood Commerce",
        interview=True,
        company="Driftwood Commerce",
        role="Senior Software Engineer, Checkout",
        org=("gt-scheduling@driftwoodcommerce.com", "Driftwood Commerce Recruiting"),
        att=[person("ray.kimura@driftwoodcommerce.com", "Ray Kimura")],
        desc=(
            "This event has been rescheduled.\n\n"
            "Interviewer: Ray Kimura\nRole: Senior Software Engineer, Checkout\n"
            "New time is shown above. Apologies for the shuffle!\n\nScheduled with GoodTime"
        ),
        meet="meet",
    )
    _x(
        "CodeSignal Live Interview - Nimbusfield",
        interview=True,
        company="Nimbusfield",
        role="Software Engineer, Storage",
        org=("noreply@codesignal.com", "CodeSignal"),
        desc=(
            "Nimbusfield has invited you to a live interview on CodeSignal.\n"
            "Interviewer: Abena Mensah\nRole: Software Engineer, Storage\n"
            "Interview link: https://app.codesignal.com/live-interview/NBF-55"
        ),
        loc="https://app.codesignal.com/live-interview/NBF-55",
    )
    _x(
        "Meeting with Alex Rivera",
        interview=True,
        company="Obsidian Reef",
        role="Security Engineer",
        org=("t.okafor@obsidianreef.com", "Tunde Okafor"),
        att=[person("t.okafor@obsidianreef.com", "Tunde Okafor")],
        desc=(
            "Scheduled via Calendly\n\nEvent Type: Security Engineer - Hiring Manager Chat\n"
            "Invitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\n"
        ),
        conf=("Zoom Meeting", "https://obsidianreef.zoom.us/j/95544332211"),
    )
    _x(
        "Interview (Zoom)",
        interview=True,
        company="Verdigris",
        role=None,
        org=("recruiting@verdigris.energy", None),
        desc="Join Zoom Meeting\nhttps://verdigris-energy.zoom.us/j/93322110044\nMeeting ID: 933 2211 0044",
        conf=("Zoom Meeting", "https://verdigris-energy.zoom.us/j/93322110044"),
    )
    _x(
        "Fennec Security: Technical Screen w/ Alex Rivera",
        interview=True,
        company="Fennec Security",
        role="Detection Engineer",
        org=("recruiting@fennecsec.com", "Fennec Security"),
        att=[person("lior.ben-ami@fennecsec.com", "Lior Ben-Ami")],
        desc=(
            "Role: Detection Engineer\nInterviewer: Lior Ben-Ami\nScheduling powered by Prelude\n"
        ),
        meet="meet",
        my_status="tentative",
    )
    _x(
        "Alex <> Quanta Loom | Product Sense",
        interview=True,
        company="Quanta Loom",
        role="Product Engineer",
        org=("hiring@quantaloom.com", "Quanta Loom"),
        att=[person("devi.raman@quantaloom.com", "Devi Raman")],
        desc=(
            "Interview details\nStage: Product Sense (45 min)\nInterviewer: Devi Raman (Head of Product)\n"
            "Position: Product Engineer\n\nScheduled via Ashby"
        ),
        meet="meet",
    )


# ---------------------------------------------------------------------------------------------
# Alex's own interviews arranged by staffing agencies and recruiters
# ---------------------------------------------------------------------------------------------


def _agencies() -> None:
    _x(
        "Interview with Northgate Insurance (via Harvest Talent)",
        interview=True,
        company="Northgate Insurance",
        role="Lead Data Engineer",
        org=("ollie.brennan@harvesttalent.com", "Ollie Brennan"),
        att=[
            person("ollie.brennan@harvesttalent.com", "Ollie Brennan"),
            person("h.ward@northgateins.com", "Hugh Ward"),
        ],
        desc=(
            "Hi Alex,\n\nAs discussed, here is your first-stage interview with my client Northgate Insurance for the Lead Data Engineer contract (6 months, outside IR35).\n\n"
            "Interviewer: Hugh Ward, Head of Data\n\n"
            "Call me beforehand if you want a quick prep chat.\n\nOllie Brennan\nSenior Consultant | Harvest Talent"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGI1",
        ),
        zone="Europe/London",
    )
    _x(
        "Client interview - Senior Python Developer",
        interview=True,
        company=None,
        role="Senior Python Developer",
        org=("recruit@bluepeakstaffing.com", "Bluepeak Staffing"),
        desc=(
            "Hi Alex,\n\nGreat news - the client would like to meet you! They are a Series B fintech in the Bay Area (I can share more once you're through this round).\n\n"
            "Format: 45 min video with the engineering lead.\nRole: Senior Python Developer (contract-to-hire)\n\n"
            "Thanks,\nTasha Green | Bluepeak Staffing"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81234509876"),
    )
    _x(
        "Alex Rivera - Interview - Stratus Vale",
        interview=True,
        company="Stratus Vale",
        role="Cloud Engineer",
        org=("m.kaur@techbridge-recruit.com", "Manpreet Kaur"),
        att=[
            person("m.kaur@techbridge-recruit.com", "Manpreet Kaur"),
            person("greg.nolan@stratusvale.com", "Greg Nolan"),
        ],
        desc=(
            "Candidate: Alex Rivera\nClient: Stratus Vale\nPosition: Cloud Engineer\n"
            "Interviewer: Greg Nolan (Cloud Lead)\n\nTechBridge Recruitment"
        ),
        meet="meet",
    )
    _x(
        "Teams interview - confidential client",
        interview=True,
        company=None,
        role="Engineering Manager",
        org=("j.ferreira@apexsearchpartners.com", "Joana Ferreira"),
        desc=(
            "Alex, confirming your interview for the Engineering Manager search we discussed. "
            "Client remains confidential at this stage; the panel is the CTO and VP Product.\n\n"
            "Joana Ferreira | Partner | Apex Search Partners"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_APX9",
        ),
    )
    _x(
        "Interview: Alex Rivera for Larchmont Retail (Contract Data Analyst)",
        interview=True,
        company="Larchmont Retail",
        role="Contract Data Analyst",
        org=("scheduling@robertsonhale.com", "Robertson Hale Staffing"),
        desc=(
            "Candidate: Alex Rivera\nClient: Larchmont Retail\nJob Order #55120 - Contract Data Analyst\n"
            "Client contact/interviewer: Bridget Fay\nLocation: client site\n\nRobertson Hale Staffing"
        ),
        loc="Larchmont Retail HQ, 1800 Mission St, San Francisco, CA",
    )
    _x(
        "2nd stage w/ the client",
        interview=True,
        company=None,
        role=None,
        org=("ben@talentforge.io", "Ben Asher"),
        att=[person("ben@talentforge.io", "Ben Asher")],
        desc="As promised — invite for the second stage. Same format as last time, 60 mins technical. Good luck!\nBen",
        meet="meet",
    )
    _x(
        "Interview - Ardent Bio",
        interview=True,
        company="Ardent Bio",
        role="Bioinformatics Software Engineer",
        org=("laura.finch@helixpeople.com", "Laura Finch"),
        att=[person("laura.finch@helixpeople.com", "Laura Finch")],
        desc=(
            "Hi Alex, here are the details for Ardent Bio's first interview for the Bioinformatics Software Engineer role. "
            "You'll meet Dr. Samir Qureshi (Director of Computational Biology). He will send the Teams link.\n\n"
            "Laura Finch | Helix People – Life Science Recruitment"
        ),
    )
    _x(
        "Video interview: Sr. Java Engineer (W2 contract)",
        interview=True,
        company="Kestrel Freight",
        role="Sr. Java Engineer",
        org=("rk@infinitiquesoft.com", "Ravi Kumar"),
        desc=(
            "Hi Alex,\n\nPlease find the interview details below.\n\n"
            "End client: Kestrel Freight\nRole: Sr. Java Engineer\nRate: as discussed\nDuration: 6+ months\n"
            "Panel: 2 members from the client's platform team\n\nThanks & Regards,\nRavi Kumar\nInfinitique Software Solutions"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INF1",
        ),
        zone="America/Chicago",
    )
    _x(
        "Interview - Head of Data (retained search)",
        interview=True,
        company="Pinecrest Capital",
        role="Head of Data",
        org=("c.albright@kingsleyexec.com", "Claire Albright"),
        desc=(
            "Alex — confirming your first meeting with Pinecrest Capital's COO, Edmund Vale, regarding the Head of Data role. "
            "Meeting is in person at their office.\n\nClaire Albright\nKingsley Executive Search"
        ),
        loc="Pinecrest Capital, 1 Battery Park Plaza, 22nd Fl, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Phone interview (Haysfield)",
        interview=True,
        company=None,
        role="Data Engineer",
        org=("emma.rutherford@haysfieldrecruitment.co.uk", "Emma Rutherford"),
        desc=(
            "Hi Alex, I've set up the phone interview with the hiring manager for the Data Engineer role we spoke about. "
            "They will ring you directly. Can't share the company name yet, sorry!\nEmma"
        ),
        loc="Phone",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------------------------
# Alex's own interviews: bare notes typed by Alex
# ---------------------------------------------------------------------------------------------


def _own_notes() -> None:
    _x("call w/ Priya @ Mintwell", interview=True, company="Mintwell", role=None)
    _x(
        "2nd round",
        interview=True,
        company="Lumora",
        role="Engineering Manager",
        desc="Lumora - EM role. w/ Jakob (VP Eng) + someone from product. ask about team size, on-call",
    )
    _x("onsite pt 3/4 - Heliotrope", interview=True, company="Heliotrope AI", role=None)
    _x(
        "phone screen - Tollgate",
        interview=True,
        company="Tollgate",
        role=None,
        desc="recruiter: Beth. 30 min. she calls my cell",
    )
    _x(
        "Recruiter call (Zephyr Works) re: platform eng role",
        interview=True,
        company="Zephyr Works",
        role="platform eng",
    )
    _x(
        "interview!!",
        interview=True,
        company="Sprocketry",
        role=None,
        loc="Sprocketry, 900 Brannan St, San Francisco, CA 94103",
    )
    _x("HM chat - Sasha from Alpenglow, SRE role", interview=True, company="Alpenglow", role="SRE")
    _x(
        "tech screen 🤞",
        interview=True,
        company="Glasswing",
        role=None,
        desc="Glasswing. leetcode style, 45m, interviewer Diego. python ok",
        conf=("Zoom Meeting", "https://glasswing.zoom.us/j/90011223344"),
    )
    _x("final w/ CEO — Hushwing", interview=True, company="Hushwing", role=None)
    _x(
        "Copperleaf sys design",
        interview=True,
        company="Copperleaf Logistics",
        role=None,
        desc="design a shipment tracking svc probably. review kafka notes",
    )
    _x("Int. Tidewell (panel)", interview=True, company="Tidewell Health", role=None)
    _x("coding round #2 Emberline", interview=True, company="Emberline", role=None)
    _x("Ridgeback: bar raiser", interview=True, company="Ridgeback Data", role=None)
    _x(
        "Int @ 11, bring ID",
        interview=True,
        company="Calder Systems",
        role=None,
        loc="Calder Systems, Building B lobby, 3100 Kifer Rd, Santa Clara",
    )
    _x("zoom w/ Keiko (Wayfarer Maps EM)", interview=True, company="Wayfarer Maps", role=None)
    _x("Nimbusfield round 3 of 4: behavioral", interview=True, company="Nimbusfield", role=None)
    _x(
        "Call with recruiter from Fernweh Travel",
        interview=True,
        company="Fernweh Travel",
        role=None,
    )
    _x(
        "Alpenglow HM interview",
        interview=True,
        company="Alpenglow",
        role=None,
        desc="Sasha Okoro, Dir. Reliability",
    )
    _x(
        "Pellucid tech interview",
        interview=True,
        company="Pellucid Labs",
        role="Senior Data Engineer",
        desc="Pellucid Labs — Sr Data Engineer\ninterviewer: Hamid K.\nspark + SQL deep dive\nlink in email from greenhouse",
    )
    _x("Tollgate tech screen (moved from Tue)", interview=True, company="Tollgate", role=None)
    _x("2nd round", interview=True, company=None, role=None)
    _x(
        "phone interview",
        interview=True,
        company=None,
        role=None,
        desc="agency guy (Marco?) set this up, client is 'a big retailer', will tell me after",
    )
    _x("Mintwell - take home walkthrough w/ 2 engs", interview=True, company="Mintwell", role=None)
    _x(
        "interview - Marlowe & Finch, data eng",
        interview=True,
        company="Marlowe & Finch",
        role="data eng",
    )
    _x(
        "Vantory round 3",
        interview=True,
        company="Vantory",
        role=None,
        loc="Vantory, 14 Leonard St, London EC2A",
        zone="Europe/London",
    )
    _x("screen w/ Glasswing recruiter (Hallie)", interview=True, company="Glasswing", role=None)
    _x("Sundial — HM (Jerome)", interview=True, company="Sundial Media", role=None)
    _x(
        "Interview",
        interview=True,
        company="Thornbury Labs",
        role=None,
        desc="Ask: how is oncall split? remote policy? — Thornbury Labs, 2nd floor, ask for Nadia at front desk",
    )
    _x("Lumora culture/values round", interview=True, company="Lumora", role=None)
    _x("Zephyr Works - sys design w/ staff eng", interview=True, company="Zephyr Works", role=None)


# ---------------------------------------------------------------------------------------------
# Alex's own interviews: onsites, loops, trial days, assessment centres
# ---------------------------------------------------------------------------------------------


def _onsites_and_trials() -> None:
    _x(
        "Onsite Interview - Heliotrope AI",
        interview=True,
        company="Heliotrope AI",
        role="Research Engineer, Inference",
        org=("coordinator@heliotrope.ai", "Heliotrope Recruiting"),
        att=[
            person("wen.zhao@heliotrope.ai", "Wen Zhao"),
            person("arjun.mehta@heliotrope.ai", "Arjun Mehta"),
            person("claire.dubois@heliotrope.ai", "Claire Dubois"),
            person("sam.kowalczyk@heliotrope.ai", "Sam Kowalczyk"),
        ],
        desc=(
            "Welcome to Heliotrope! Agenda for your onsite (Research Engineer, Inference):\n\n"
            "9:30  Arrive, check in at reception (bring photo ID)\n"
            "10:00 Coding - Interviewer: Arjun Mehta\n"
            "11:00 ML Systems - Interviewer: Wen Zhao\n"
            "12:00 Lunch with Sam Kowalczyk (not evaluated)\n"
            "13:00 Research discussion - Interviewer: Claire Dubois\n"
            "14:00 Wrap-up with recruiting\n"
        ),
        loc="Heliotrope AI, 525 Brannan St, San Francisco, CA",
    )
    _x(
        "Virtual Onsite: Part 1 of 3 - Coding",
        interview=True,
        company="Tessellate",
        role="Senior Infrastructure Engineer",
        org=("interviews@modernloop.io", "Tessellate Recruiting"),
        att=[person("bo.lindahl@tessellate.dev", "Bo Lindahl")],
        desc="Tessellate · Senior Infrastructure Engineer\nInterviewer: Bo Lindahl",
        meet="meet",
    )
    _x(
        "Virtual Onsite: Part 2 of 3 - System Design",
        interview=True,
        company="Tessellate",
        role="Senior Infrastructure Engineer",
        org=("interviews@modernloop.io", "Tessellate Recruiting"),
        att=[person("adaeze.nwosu@tessellate.dev", "Adaeze Nwosu")],
        desc="Tessellate · Senior Infrastructure Engineer\nInterviewer: Adaeze Nwosu",
        meet="meet",
    )
    _x(
        "Virtual Onsite: Part 3 of 3 - Behavioral",
        interview=True,
        company="Tessellate",
        role="Senior Infrastructure Engineer",
        org=("interviews@modernloop.io", "Tessellate Recruiting"),
        att=[person("mara.quinn@tessellate.dev", "Mara Quinn")],
        desc="Tessellate · Senior Infrastructure Engineer\nInterviewer: Mara Quinn (Director, Infra)",
        meet="meet",
    )
    _x(
        "Paid trial day — Glasswing",
        interview=True,
        company="Glasswing",
        role="Senior Product Engineer",
        org=("hallie@glasswing.so", "Hallie Brooks"),
        att=[
            person("hallie@glasswing.so", "Hallie Brooks"),
            person("diego@glasswing.so", "Diego Salas"),
        ],
        desc=(
            "Hi Alex! As discussed, here's your paid trial day for Senior Product Engineer. You'll pair with Diego on a real ticket "
            "and join standup and our demo. We'll send the contractor agreement separately.\n\nHallie"
        ),
        loc="Glasswing, 80 Pine St, 9th fl",
        all_day=True,
    )
    _x(
        "Work trial (3 days) - Hushwing",
        interview=True,
        company="Hushwing",
        role="Founding Engineer",
        org=("maren@hushwing.app", "Maren Voss"),
        att=[person("maren@hushwing.app", "Maren Voss")],
        desc="Founding Engineer work trial. Remote; we'll add you to Slack the evening before.",
        all_day=True,
    )
    _x(
        "Assessment Day - Ferngrove Bank Technology",
        interview=True,
        company="Ferngrove Bank",
        role="Senior Data Engineer",
        org=("events@ferngrovebank.com", "Ferngrove Bank Early & Experienced Hiring"),
        desc=(
            "Dear Alex,\n\nWe are delighted to invite you to our Technology Assessment Day.\n"
            "The day includes a group exercise, a technical interview and a competency interview with senior leaders. "
            "Lunch is provided.\n\nPosition: Senior Data Engineer (R-20481)\n"
            "Please arrive by 08:45 and bring photo ID."
        ),
        loc="Ferngrove Bank, 40 Water St, New York, NY",
        zone="America/New_York",
        all_day=True,
    )
    _x(
        "Superday - Pinecrest Capital",
        interview=True,
        company="Pinecrest Capital",
        role="Quantitative Developer",
        org=("recruiting@pinecrestcap.com", "Pinecrest Recruiting"),
        desc=(
            "Superday for Quantitative Developer.\n"
            "Five back-to-back 45-minute interviews: C++ coding, probability, systems, two with portfolio managers.\n"
            "Interviewers: Malachy O'Brien, Ivy Chen, Raj Patel, Dmitri Volkov, Lena Hart"
        ),
        loc="Pinecrest Capital, 1 Battery Park Plaza, 22nd Fl, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Emberline onsite pt 2/4 - Architecture",
        interview=True,
        company="Emberline",
        role="Backend Engineer",
        org=("scheduling@goodtime.io", "Emberline via GoodTime"),
        att=[person("kofi.boateng@emberline.com", "Kofi Boateng")],
        desc="Interviewer: Kofi Boateng\nBackend Engineer — final loop",
        conf=("Zoom Meeting", "https://emberline.zoom.us/j/92200113399"),
    )
    _x(
        "Lunch with the team",
        interview=True,
        company="Ridgeback Data",
        role="Data Platform Engineer",
        org=("olu.adeyemi@ridgebackdata.com", "Olu Adeyemi"),
        att=[
            person("olu.adeyemi@ridgebackdata.com", "Olu Adeyemi"),
            person("mina.park@ridgebackdata.com", "Mina Park"),
        ],
        desc="Part of your onsite for Data Platform Engineer: casual lunch with two folks from the team.",
        loc="Ridgeback Data, 600 Congress Ave, Austin TX",
        zone="America/Chicago",
    )
    _x(
        "Final round: presentation to panel",
        interview=True,
        company="Opaline Pay",
        role="Engineering Manager, Risk",
        org=("recruiting@opalinepay.com", "Opaline Pay Recruiting"),
        att=[
            person("grace.tamura@opalinepay.com", "Grace Tamura"),
            person("felipe.arce@opalinepay.com", "Felipe Arce"),
            person("ying.lu@opalinepay.com", "Ying Lu"),
        ],
        desc=(
            "Please prepare a 20-minute presentation on a team or system you've led, followed by 25 minutes of Q&A.\n"
            "Interviewers: Grace Tamura, Felipe Arce, Ying Lu"
        ),
        meet="meet",
    )
    _x(
        "Meet the team — Wrenfield",
        interview=True,
        company="Wrenfield",
        role="Product Engineer",
        org=("ines.caldwell@wrenfield.co", "Ines Caldwell"),
        att=[
            person("ines.caldwell@wrenfield.co", "Ines Caldwell"),
            person("ravi.shah@wrenfield.co", "Ravi Shah"),
        ],
        desc="Last step before we make a decision: 30 min with two future teammates. Interviewer: Ravi Shah",
        meet="meet",
    )
    _x(
        "Onsite (2/3) Sprocketry — debugging",
        interview=True,
        company="Sprocketry",
        role=None,
    )
    _x(
        "Loop day",
        interview=True,
        company="Calder Systems",
        role="Staff Platform Engineer",
        desc="Calder loop: 4x45 w/ breaks. design, coding, leadership, HM (Nina). Bldg B.",
        all_day=True,
    )
    _x(
        "In-person interview: Juniper Forge",
        interview=True,
        company="Juniper Forge",
        role="Machine Learning Engineer",
        org=("calendar@juniperforge.ai", "Juniper Forge"),
        att=[
            person("hana.moreau@juniperforge.ai", "Hana Moreau"),
            person("kai.nakamura@juniperforge.ai", "Kai Nakamura"),
        ],
        desc="Interviewers: Kai Nakamura (ML Platform), Hana Moreau (Research Lead)\nBring a laptop.",
        loc="Juniper Forge, 200 Clarendon St, Boston, MA",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------------------------
# Alex's own interviews in other languages
# ---------------------------------------------------------------------------------------------


def _foreign_interviews() -> None:
    # German
    _x(
        "Vorstellungsgespräch – Feldkamp Software",
        interview=True,
        company="Feldkamp Software",
        role="Senior Backend-Entwickler",
        org=("jobs@feldkamp-software.de", "Feldkamp Software GmbH"),
        att=[person("s.hoffmann@feldkamp-software.de", "Sabine Hoffmann")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Backend-Entwickler. Wir freuen uns, Sie zu einem ersten Gespräch einzuladen.\n\n"
            "Gesprächspartnerin: Sabine Hoffmann (Teamleitung Plattform)\nDauer: ca. 45 Minuten\n\n"
            "Viele Grüße\nIhr Feldkamp-Recruiting-Team\n(gesendet über Personio)"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FKS1",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch Auenwald Digital",
        interview=True,
        company="Auenwald Digital",
        role="Data Engineer (m/w/d)",
        org=("talent@auenwald.digital", "Auenwald Talent"),
        desc=(
            "Hi Alex,\n\nschön, dass du dich für die Stelle Data Engineer (m/w/d) interessierst! "
            "In diesem lockeren Kennenlerngespräch stellen wir uns gegenseitig vor.\n"
            "Interviewer: Jonas Brückner (Head of Data)\n\nBis bald!\nAuenwald Digital"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch mit dem Fachbereich",
        interview=True,
        company="Brandtner Logistik",
        role=None,
        org=("k.weiss@brandtner-logistik.at", "Katharina Weiß"),
        att=[
            person("k.weiss@brandtner-logistik.at", "Katharina Weiß"),
            person("m.gruber@brandtner-logistik.at", "Markus Gruber"),
        ],
        desc=(
            "Sehr geehrter Herr Rivera,\n\nwie telefonisch besprochen bestätige ich Ihnen das Zweitgespräch mit Herrn Gruber (Leitung IT-Entwicklung).\n\n"
            "Mit freundlichen Grüßen\nKatharina Weiß\nHR Business Partnerin\nBrandtner Logistik GmbH · Linz"
        ),
        loc="Brandtner Logistik GmbH, Hafenstraße 12, 4020 Linz",
        zone="Europe/Vienna",
    )
    _x(
        "Technisches Interview (Live-Coding)",
        interview=True,
        company="Feldkamp Software",
        role="Senior Backend-Entwickler",
        org=("jobs@feldkamp-software.de", "Feldkamp Software GmbH"),
        att=[person("t.yilmaz@feldkamp-software.de", "Tarik Yilmaz")],
        desc="Zweite Runde für Senior Backend-Entwickler.\nInterviewer: Tarik Yilmaz\nBitte eine IDE eurer Wahl bereithalten.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FKS2",
        ),
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien – Sillage Technologies",
        interview=True,
        company="Sillage Technologies",
        role="Ingénieur logiciel senior",
        org=("recrutement@sillage-tech.fr", "Recrutement Sillage"),
        att=[person("c.lemaire@sillage-tech.fr", "Camille Lemaire")],
        desc=(
            "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un premier entretien pour le poste d'Ingénieur logiciel senior.\n\n"
            "Intervenante : Camille Lemaire, CTO\nDurée : 45 minutes\n\n"
            "Bien cordialement,\nL'équipe Recrutement – Sillage Technologies\nEnvoyé via Welcome to the Jungle"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH",
        interview=True,
        company="Maison Corlay",
        role=None,
        org=("rh@maisoncorlay.com", "Service RH"),
        desc="Bonjour, je vous confirme notre échange téléphonique de demain. Je vous appellerai au numéro indiqué sur votre CV.\n\nAurélie Fontaine\nChargée de recrutement – Maison Corlay",
        loc="Téléphone",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique avec l'équipe Data",
        interview=True,
        company="Maison Corlay",
        role="Data Engineer",
        org=("rh@maisoncorlay.com", "Service RH"),
        att=[person("h.benali@maisoncorlay.com", "Hugo Benali")],
        desc="Poste : Data Engineer (CDI)\nIntervenant : Hugo Benali, Lead Data\nExercice pratique SQL + discussion d'architecture.",
        loc="Maison Corlay, 18 rue du Sentier, 75002 Paris",
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista con Nubaria",
        interview=True,
        company="Nubaria",
        role="Desarrollador Backend Senior",
        org=("talento@nubaria.es", "Talento Nubaria"),
        att=[person("lucia.ortega@nubaria.es", "Lucía Ortega")],
        desc=(
            "Hola Alex:\n\nGracias por tu interés en la vacante de Desarrollador Backend Senior. Te confirmamos la entrevista.\n\n"
            "Entrevistadora: Lucía Ortega (Engineering Manager)\nDuración: 45 min\n\nUn saludo,\nEquipo de Talento de Nubaria"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista técnica - Ceibo Datos",
        interview=True,
        company="Ceibo Datos",
        role="Ingeniero de Datos",
        org=("rrhh@ceibodatos.com.ar", "RRHH Ceibo"),
        att=[person("martin.sosa@ceibodatos.com.ar", "Martín Sosa")],
        desc="Puesto: Ingeniero de Datos\nEntrevistador: Martín Sosa\nModalidad: videollamada, ejercicio en vivo con SQL y Python.",
        meet="meet",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "Entrevista final",
        interview=True,
        company="Nubaria",
        role=None,
        desc="Nubaria - con el CTO (Andrés). Oficina de Madrid, planta 3",
        loc="Calle de Alcalá 120, Madrid",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Entrevista - Jabuticaba Tech",
        interview=True,
        company="Jabuticaba Tech",
        role="Engenheiro de Software Pleno",
        org=("vagas@jabuticaba.tech", "Jabuticaba Tech"),
        att=[person("renata.alves@jabuticaba.tech", "Renata Alves")],
        desc=(
            "Olá Alex!\n\nSua entrevista para a vaga de Engenheiro de Software Pleno está confirmada.\n"
            "Entrevistadora: Renata Alves (Tech Lead)\n\nAgendado via Gupy"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista técnica",
        interview=True,
        company="Maré Alta Pagamentos",
        role=None,
        org=("recrutamento@marealta.com.br", "Recrutamento"),
        desc="Olá Alex, segue o convite para a etapa técnica. Entrevistador: Caio Nogueira.\n\nAbraços,\nTime de Pessoas | Maré Alta Pagamentos",
        conf=("Zoom Meeting", "https://marealta.zoom.us/j/97711223300"),
        zone="America/Sao_Paulo",
    )
    # Italian
    _x(
        "Colloquio conoscitivo - Vetrofonte",
        interview=True,
        company="Vetrofonte",
        role="Sviluppatore Full Stack",
        org=("hr@vetrofonte.it", "HR Vetrofonte"),
        att=[person("g.santoro@vetrofonte.it", "Giulia Santoro")],
        desc="Gentile Alex,\nla invitiamo a un primo colloquio conoscitivo per la posizione di Sviluppatore Full Stack.\nSelezionatrice: Giulia Santoro\n\nCordiali saluti,\nUfficio Risorse Umane",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico",
        interview=True,
        company="Lanterna Sistemi",
        role=None,
        org=("selezione@lanternasistemi.it", None),
        desc="Colloquio tecnico con il responsabile di sviluppo, ing. Paolo Ferri. Porti un documento d'identità.",
        loc="Lanterna Sistemi S.r.l., Via Tortona 31, Milano",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Duinhaven",
        interview=True,
        company="Duinhaven",
        role="Medior Backend Developer",
        org=("werken@duinhaven.nl", "Werken bij Duinhaven"),
        att=[person("s.devries@duinhaven.nl", "Sanne de Vries")],
        desc="Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd op de functie Medior Backend Developer! Hierbij de uitnodiging voor het eerste gesprek.\nGesprekspartner: Sanne de Vries (Teamlead)\n\nGroet,\nTeam Duinhaven\nVerzonden via Recruitee",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Kennismakingsgesprek",
        interview=True,
        company="Klompstra Data",
        role=None,
        org=("r.klompstra@klompstradata.nl", "Rutger Klompstra"),
        att=[person("r.klompstra@klompstradata.nl", "Rutger Klompstra")],
        desc="Beste Alex, fijn dat je tijd hebt voor een kennismaking over de vacature. Tot dan!\n\nRutger Klompstra\nOprichter | Klompstra Data",
        loc="Klompstra Data, Oudegracht 88, Utrecht",
        zone="Europe/Amsterdam",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna - Wierzbowa Software",
        interview=True,
        company="Wierzbowa Software",
        role="Senior Python Developer",
        org=("rekrutacja@wierzbowa.pl", "Rekrutacja Wierzbowa"),
        att=[person("a.nowicka@wierzbowa.pl", "Agnieszka Nowicka")],
        desc="Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Senior Python Developer.\nRozmowę poprowadzi: Agnieszka Nowicka (IT Recruiter)\n\nPozdrawiamy,\nZespół Wierzbowa Software\n(wysłano z eRecruiter)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WRZ1",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna",
        interview=True,
        company="Zorza Systems",
        role=None,
        org=("hr@zorzasystems.pl", "HR"),
        att=[person("p.mazur@zorzasystems.pl", "Piotr Mazur")],
        desc="Etap techniczny, prowadzący: Piotr Mazur. Live coding ok. 60 min.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    # Japanese
    _x(
        "【カゲロウシステムズ】一次面接のご案内",
        interview=True,
        company="カゲロウシステムズ",
        role="バックエンドエンジニア",
        org=("saiyo@kagerou-sys.co.jp", "カゲロウシステムズ 採用担当"),
        att=[person("k.tanaka@kagerou-sys.co.jp", "田中 健一")],
        desc=(
            "アレックス・リベラ様\n\nこの度はバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "一次面接の日程が確定しましたのでご案内いたします。\n\n面接官：田中 健一（開発部 マネージャー）\n形式：オンライン（Google Meet）\n\n"
            "株式会社カゲロウシステムズ 人事部 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接",
        interview=True,
        company="カゲロウシステムズ",
        role=None,
        desc="カゲロウ 二次。CTO 佐藤さん。技術的な深掘りあり",
        zone="Asia/Tokyo",
    )
    _x(
        "Interview (online)",
        interview=True,
        company="ツバメデータ",
        role="データエンジニア",
        org=("recruit@tsubame-data.jp", None),
        desc="リベラ様\n\nデータエンジニア職の一次面接の日程についてご案内いたします。\n面接官：山本\n\n株式会社ツバメデータ 人事部",
        conf=("Zoom Meeting", "https://zoom.us/j/91122334455"),
        zone="Asia/Tokyo",
    )
    # Chinese
    _x(
        "云栈科技 - 技术面试",
        interview=True,
        company="云栈科技",
        role="高级后端工程师",
        org=("hr@yunzhan-tech.cn", "云栈科技招聘"),
        att=[person("li.wei@yunzhan-tech.cn", "李伟")],
        desc="Alex 您好：\n\n感谢您应聘高级后端工程师职位。现邀请您参加技术面试。\n面试官：李伟（架构师）\n时长：约60分钟\n\n云栈科技 人力资源部",
        loc="腾讯会议 号码 812-334-556",
        zone="Asia/Shanghai",
    )
    _x(
        "一面",
        interview=True,
        company="青禾网络",
        role=None,
        desc="青禾网络 数据平台组，面试官王先生，手写算法",
        zone="Asia/Shanghai",
    )
    # Korean
    _x(
        "[누리랩스] 1차 면접 안내",
        interview=True,
        company="누리랩스",
        role="백엔드 개발자",
        org=("recruit@nurilabs.kr", "누리랩스 채용팀"),
        att=[person("minji.kim@nurilabs.kr", "김민지")],
        desc="안녕하세요 Alex님,\n\n누리랩스 백엔드 개발자 포지션에 지원해 주셔서 감사합니다. 1차 면접 일정을 안내드립니다.\n\n면접관: 김민지 (개발팀장)\n방식: 화상 면접\n\n누리랩스 채용팀 드림",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "기술 면접",
        interview=True,
        company="해온페이",
        role=None,
        org=("talent@haeonpay.com", "해온페이 인사팀"),
        desc="기술 면접 (라이브 코딩 60분)\n면접관: 박준호\n해온페이 인사팀",
        meet="meet",
        zone="Asia/Seoul",
    )
    # Swedish
    _x(
        "Intervju – Fjällmark",
        interview=True,
        company="Fjällmark",
        role="Systemutvecklare",
        org=("rekrytering@fjallmark.se", "Fjällmark Rekrytering"),
        att=[person("erik.sandberg@fjallmark.se", "Erik Sandberg")],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Systemutvecklare. Välkommen på en första intervju.\nIntervjuare: Erik Sandberg (utvecklingschef)\n\nMed vänliga hälsningar\nFjällmark AB\nSkickat via Teamtailor",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_FJM1",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Teknisk intervju",
        interview=True,
        company="Granlund Data",
        role=None,
        desc="Granlund Data, kodtest live med två utvecklare. Kungsgatan 30, 4 tr",
        loc="Kungsgatan 30, Stockholm",
        zone="Europe/Stockholm",
    )
    # Turkish
    _x(
        "Mülakat - Lale Yazılım",
        interview=True,
        company="Lale Yazılım",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        att=[person("ayse.kaya@laleyazilim.com.tr", "Ayşe Kaya")],
        desc="Merhaba Alex,\n\nKıdemli Yazılım Mühendisi pozisyonu için başvurunuz değerlendirilmiştir. Sizi ilk görüşmeye davet ediyoruz.\nGörüşmeci: Ayşe Kaya (Mühendislik Müdürü)\n\nSaygılarımızla,\nLale Yazılım İnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Teknik mülakat",
        interview=True,
        company="Kuzey Bulut",
        role=None,
        org=("kariyer@kuzeybulut.com", "Kuzey Bulut Kariyer"),
        desc="Teknik mülakat (canlı kodlama). Görüşmeci: Emre Aydın\nKuzey Bulut Teknoloji A.Ş.",
        conf=("Zoom Meeting", "https://kuzeybulut.zoom.us/j/93344556677"),
        zone="Europe/Istanbul",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: interviews Alex conducts at Initech
# ---------------------------------------------------------------------------------------------


def _conducting_at_initech() -> None:
    _x(
        "Interview: Jordan Lee for Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Initech Recruiting"),
        att=[person("jordan.lee.dev@gmail.com", "Jordan Lee")],
        desc=(
            "Hi Alex,\n\nYou're scheduled to interview Jordan Lee for Backend Engineer.\n\n"
            "Interview: Coding (60 min)\nInterviewer: Alex Rivera\n"
            "Please submit your scorecard within 24 hours: https://initech.greenhouse.io/scorecards/55120\n\n"
            "Interview kit: https://initech.greenhouse.io/guides/55120"
        ),
        meet="meet",
    )
    _x(
        "Onsite Interview: Priya Nair (Senior Data Engineer) - System Design",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("priya.nair.92@gmail.com", "Priya Nair"),
            person("morgan.ellis@initech.com", "Morgan Ellis"),
        ],
        desc="Candidate: Priya Nair\nRole: Senior Data Engineer\nInterviewers: Alex Rivera (lead), Morgan Ellis (shadow)\nRoom: Conf 4B - Tahoe",
        loc="Initech HQ - Conf 4B Tahoe",
    )
    _x(
        "Phone Screen - Marcus Webb (SRE)",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[person("mwebb.ops@outlook.com", "Marcus Webb")],
        desc="Alex, can you take this tech screen? Resume attached in Greenhouse. Focus on Linux + incident response.\n-Tara (Recruiting)",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95500011122"),
    )
    _x(
        "Interview Request: Coding - Chen Yu",
        interview=False,
        me=WORK_ME,
        org=("scheduling@goodtime.io", "Initech via GoodTime"),
        desc=(
            "You have been scheduled as an interviewer.\n\nCandidate: Chen Yu\nPosition: Software Engineer II\nModule: Coding\n"
            "Please accept or decline this request. Hidden from candidate: internal notes in Greenhouse."
        ),
        meet="meet",
        my_status="needsAction",
    )
    _x(
        "Debrief: Jordan Lee (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[
            person("tara.nguyen@initech.com", "Tara Nguyen"),
            person("morgan.ellis@initech.com", "Morgan Ellis"),
            person("deshawn.price@initech.com", "DeShawn Price"),
        ],
        desc="Hiring decision debrief. Please have scorecards submitted before we meet.",
        meet="meet",
    )
    _x(
        "Interviewer training: shadow session",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        att=[person("morgan.ellis@initech.com", "Morgan Ellis")],
        desc="Alex shadows Morgan on a system design interview (candidate: Eva Lindqvist). Observe only, no scorecard.",
        meet="meet",
    )
    _x(
        "Reverse shadow - Alex leads, Kim observes",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("kim.sato@initech.com", "Kim Sato"), person("b.oduya@gmail.com", "Bisi Oduya")],
        desc="Candidate: Bisi Oduya | Data Engineer | Module: SQL & modelling\nLead interviewer: Alex Rivera; Observer: Kim Sato",
        meet="meet",
    )
    _x(
        "Hiring committee - Data Engineering",
        interview=False,
        me=WORK_ME,
        org=("deshawn.price@initech.com", "DeShawn Price"),
        att=[
            person("deshawn.price@initech.com", "DeShawn Price"),
            person("tara.nguyen@initech.com", "Tara Nguyen"),
        ],
        desc="Review 3 packets: Nair, Oduya, Lindqvist.",
        meet="meet",
    )
    _x(
        "Candidate lunch - Sofia Marquez",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[person("sofia.mq@gmail.com", "Sofia Marquez")],
        desc="Alex is the lunch buddy for Sofia's onsite (not evaluated). Expense up to $40/person.",
        loc="Tacolicious, 2nd floor",
    )
    _x(
        "Intern interviews (block)",
        interview=False,
        me=WORK_ME,
        desc="3x 45m intern phone screens, candidates TBD by recruiting",
    )
    _x(
        "[Initech] Interview: Ravi Srinivasan | System Design | Interviewer: Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("interviews@modernloop.io", "Initech Recruiting"),
        desc="Candidate: Ravi Srinivasan\nRole: Staff Engineer, Data Platform\nYour module: System Design (60m)\nInterview guide: https://modernloop.io/guides/init-sd-02",
        meet="meet",
    )
    _x(
        "Scorecard calibration - Q2 loops",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[
            person("tara.nguyen@initech.com", "Tara Nguyen"),
            person("kim.sato@initech.com", "Kim Sato"),
        ],
        desc="Reviewing how we score 'strong hire' vs 'hire' on the coding module.",
        meet="meet",
    )
    _x(
        "interviewing a candidate 2pm (work)",
        interview=False,
        desc="blocked on personal cal so I don't double book. Initech backend loop",
    )
    _x(
        "Tech screen: Hana Okafor — Data Analyst",
        interview=False,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Initech Recruiting"),
        att=[person("hana.okafor@protonmail.com", "Hana Okafor")],
        desc="Interviewer: Alex Rivera\nCandidate: Hana Okafor\nJob: Data Analyst\nScorecard due same day.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95500011199"),
    )
    _x(
        "HOLD - Onsite panel for SRE candidate",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        desc="Tentative hold for Alex as panelist. Will confirm once the candidate picks a date.",
        my_status="tentative",
    )
    _x(
        "Take-home review: candidate #4471",
        interview=False,
        me=WORK_ME,
        desc="Grade take-home for Data Eng candidate, rubric in Confluence",
    )
    _x(
        "Intervju: kandidat Oskar Berg (Initech Stockholm)",
        interview=False,
        me=WORK_ME,
        org=("linnea.holm@initech.com", "Linnea Holm"),
        att=[
            person("linnea.holm@initech.com", "Linnea Holm"),
            person("oskar.berg@gmail.com", "Oskar Berg"),
        ],
        desc="Hej Alex! Kan du vara teknisk intervjuare för Oskar? Han söker tjänsten som Data Engineer hos oss i Stockholm.\nIntervjuare: Alex Rivera, Linnea Holm",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INT_STO",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Bar raiser sync",
        interview=False,
        me=WORK_ME,
        org=("deshawn.price@initech.com", "DeShawn Price"),
        att=[person("deshawn.price@initech.com", "DeShawn Price")],
        desc="Alex joining bar-raiser pool. Walkthrough of expectations and the Q3 hiring loops.",
        meet="meet",
    )
    _x(
        "Sell call with candidate (Priya Nair)",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[person("priya.nair.92@gmail.com", "Priya Nair")],
        desc="Priya has our offer. Alex to answer her questions about the data platform team and on-call.",
        meet="meet",
    )
    _x(
        "University recruiting: new grad interviews",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Alex is on the interview panel for new grad SWE candidates at the campus super day. 4 slots, 30 min each.",
        loc="Initech HQ, Training Room 1",
        all_day=True,
    )
    _x(
        "Interview: Diego Almeida",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("diego.almeida.eng@gmail.com", "Diego Almeida"),
            person("kim.sato@initech.com", "Kim Sato"),
        ],
        desc="Candidate: Diego Almeida\nRole: Senior Backend Engineer\nInterviewers: Alex Rivera, Kim Sato\nModule: Past project deep dive",
        meet="meet",
    )
    _x(
        "Mock loop for new interviewers",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        att=[
            person("morgan.ellis@initech.com", "Morgan Ellis"),
            person("kim.sato@initech.com", "Kim Sato"),
        ],
        desc="Practice loop: Kim plays candidate, Alex and Morgan interview. Then feedback on the feedback.",
        meet="meet",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: other people's interviews
# ---------------------------------------------------------------------------------------------


def _other_peoples_interviews() -> None:
    _x(
        "Sam: phone screen w/ Lumora",
        interview=False,
        org=("sam.rivera@gmail.com", "Sam Rivera"),
        att=[person("sam.rivera@gmail.com", "Sam Rivera")],
        desc="FYI so you know I'm on a call 10-11, can you take the dog out?",
    )
    _x("Sam interview @ Feldspar — take the car?", interview=False)
    _x("Jamie's final round — send good luck text", interview=False)
    _x(
        "Mock interview for Priya (I'm interviewing her)",
        interview=False,
        desc="She has a Wayfarer Maps onsite next week. Do a system design mock, 45 min.",
        meet="meet",
    )
    _x(
        "Reference call for Devon",
        interview=False,
        org=("kris@tollgate.io", "Kris Ames"),
        att=[person("kris@tollgate.io", "Kris Ames")],
        desc="Reference check for Devon Park, who is interviewing for Senior Engineer at Tollgate. Alex is listed as a former manager.",
        loc="Phone",
    )
    _x(
        "Mom's job interview - drive her downtown",
        interview=False,
        loc="Larchmont Retail HQ, 1800 Mission St",
    )
    _x(
        "Cover Morgan's standup (Morgan out for interview)",
        interview=False,
        me=WORK_ME,
        desc="don't mention why lol",
    )
    _x("watch kids 2-4 (Sam has final round)", interview=False)
    _x(
        "Lina's phone screen @ Quillfeather (I referred her)",
        interview=False,
        desc="Check in with Lina afterwards, and ping Noor for the referral bonus status",
    )
    _x(
        "Sam — Onsite Interview: Heliotrope AI",
        interview=False,
        org=("sam.rivera@gmail.com", "Sam Rivera"),
        att=[person("sam.rivera@gmail.com", "Sam Rivera")],
        desc="Forwarded from Sam's invite:\nCandidate: Sam Rivera\nRole: Product Designer\nInterviewers: Claire Dubois, Arjun Mehta",
        loc="Heliotrope AI, 525 Brannan St, San Francisco, CA",
    )
    _x(
        "Help Theo prep for his Karat interview",
        interview=False,
        desc="he's interviewing at Alderpoint. go over graphs + BFS",
        meet="meet",
    )
    _x(
        "Dad - interview at the VA clinic (volunteer position)",
        interview=False,
    )
    _x(
        "Resume + interview practice with my mentee",
        interview=False,
        att=[person("ama.boateng@student.example.edu", "Ama Boateng")],
        desc="Ama is applying for internships. behavioral questions + STAR",
        meet="meet",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: press, podcasts, research, medical, visa, school, admissions
# ---------------------------------------------------------------------------------------------


def _press_research_medical_visa() -> None:
    _x(
        "Podcast interview: Pipelines & Pints (guest)",
        interview=False,
        org=("host@pipelinesandpints.fm", "Rosie Calloway"),
        att=[person("host@pipelinesandpints.fm", "Rosie Calloway")],
        desc="Thanks for coming on the show! We'll record ~50 min about your migration from batch to streaming at Initech. Use headphones; Riverside link below.",
        loc="https://riverside.fm/studio/pipelines-and-pints",
    )
    _x(
        "Interview with The Ledger Weekly (reporter: Dan Osei)",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[
            person("comms@initech.com", "Initech Communications"),
            person("dosei@ledgerweekly.news", "Dan Osei"),
        ],
        desc="Press interview about Initech's data platform. Comms will be on the line. Talking points attached; do not discuss roadmap dates.",
        meet="meet",
    )
    _x(
        "User interview with Emberline research team ($100 gift card)",
        interview=False,
        org=("research@emberline.com", "Emberline UX Research"),
        att=[person("nadia.f@emberline.com", "Nadia Farouk")],
        desc="Thanks for signing up for our research study! We'll ask about how you use developer tools. 45 min session, recorded with consent. Incentive: $100 gift card.",
        conf=("Zoom Meeting", "https://emberline.zoom.us/j/97788990011"),
    )
    _x(
        "Research session — User Interviews study #88213",
        interview=False,
        org=("studies@userinterviews-mail.com", "Research Participant Portal"),
        desc="Study: Data analysts and BI dashboards\nResearcher: Halcyon Robotics Design Team\nSession type: 1:1 remote interview, 60 min\nCompensation: $150",
        loc="https://zoom.us/j/99911122233",
    )
    _x(
        "Customer discovery interview (side project)",
        interview=False,
        att=[person("mike@orchard-dental.com", "Mike Tran")],
        desc="Talk to Mike about how his clinic handles scheduling. Questions doc in Notion.",
        meet="meet",
    )
    _x(
        "Visa interview - US Consulate",
        interview=False,
        desc="Sam's parents' B-2 visa interview, we're sponsors. Bring I-134 copies",
        loc="U.S. Consulate General, Guadalajara",
        zone="America/Mexico_City",
    )
    _x(
        "USCIS interview (N-400)",
        interview=False,
        desc="Naturalization interview for Sam. Bring green card, passport, tax transcripts. I go as spouse.",
        loc="USCIS San Francisco Field Office, 444 Washington St",
    )
    _x(
        "Global Entry interview",
        interview=False,
        desc="Enrollment on arrival at SFO, Terminal I. Bring passport + conditional approval letter.",
        loc="SFO International Terminal, Global Entry Enrollment Center",
    )
    _x(
        "Kindergarten admissions interview — Maple Grove School",
        interview=False,
        org=("admissions@maplegroveschool.org", "Maple Grove Admissions"),
        desc="Dear Rivera family, we look forward to meeting you and your child for a play-based visit and parent interview.",
        loc="Maple Grove School, 310 Ashbury St",
    )
    _x(
        "Alumni interview: applicant Ethan Cho (Whitmore College)",
        interview=False,
        org=("alumni-interviews@whitmore.edu", "Whitmore Alumni Interview Program"),
        desc="Thank you for volunteering! Please interview applicant Ethan Cho and submit your report within 48 hours.",
        loc="Blue Bottle, Hayes Valley",
    )
    _x(
        "MBA admissions interview – Whitmore Business School",
        interview=False,
        org=("mba.admissions@whitmore.edu", "Whitmore MBA Admissions"),
        desc="Your evaluative interview for the Evening & Weekend MBA. Interviewer: second-year student. 30 min.",
        conf=("Zoom Meeting", "https://whitmore.zoom.us/j/91234000111"),
    )
    _x(
        "Exit interview",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech People Team"),
        desc="Hi Alex, as part of your offboarding we'd like to schedule a 30-minute exit interview. Your feedback is confidential.",
        meet="meet",
    )
    _x(
        "Stay interview w/ Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        att=[person("morgan.ellis@initech.com", "Morgan Ellis")],
        desc="Informal chat: what keeps you here, what would make you leave, what you'd change.",
        meet="meet",
    )
    _x(
        "Co-op board interview",
        interview=False,
        desc="Board interview for the Cedar St apartment. Bring financial statements. Dress nice",
        loc="Cedar Court Co-op, community room",
    )
    _x(
        "Oral history interview w/ Grandpa",
        interview=False,
        desc="record on phone. questions about the farm, moving to Fresno",
        loc="Grandpa's house",
    )
    _x(
        "Radio interview – KBAY Morning Show",
        interview=False,
        org=("producer@kbay-radio.org", "KBAY Producer"),
        desc="Live 8-minute segment on volunteering at the code club. Call in at 7:50 to the studio line.",
        loc="Phone (studio line)",
    )
    _x(
        "Informational chat w/ Ana (Vantory alum)",
        interview=False,
        desc="Not a job interview, just learning about her team & how she got into data eng. Coffee on me.",
        loc="Sightglass, 7th St",
    )
    _x(
        "Genetic counseling intake interview",
        interview=False,
        desc="Bayside Medical Group, 3rd floor. Bring family history form",
        loc="Bayside Medical Group, 2100 Webster St",
    )
    _x(
        "Thesis study participant interview (UC)",
        interview=False,
        org=("jlow@university.example.edu", "Jenny Low"),
        desc="Thank you for participating in my study on remote engineering teams. The interview will last 60 minutes and will be recorded.",
        meet="meet",
    )
    _x(
        "Home study interview (adoption agency)",
        interview=False,
        desc="Caseworker visit #2, both of us need to be home",
        loc="Home",
    )
    _x(
        "Jury duty - voir dire",
        interview=False,
        org=("jury@sfcourts.example.gov", "Superior Court Jury Services"),
        desc="You are summoned for jury selection. Attorneys may question prospective jurors. Report to Room 307 by 8:30 AM.",
        loc="Hall of Justice, 850 Bryant St",
    )
    _x(
        "Survey interview - household panel",
        interview=False,
        org=("interviewer@nationalhouseholdsurvey.org", "National Household Survey"),
        desc="Your scheduled phone interview for the annual household survey (approx. 25 min). Reference ID 77-2104.",
        loc="Phone",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: prep blocks, reminders, practice, self-paced tests
# ---------------------------------------------------------------------------------------------


def _prep_reminders_and_tests() -> None:
    _x(
        "Prep: Quillfeather phone screen",
        interview=False,
        desc="review CoderPad, 2 mediums, read their eng blog",
    )
    _x(
        "Mock interview w/ Dev (system design)",
        interview=False,
        att=[person("dev.kapoor@gmail.com", "Dev Kapoor")],
        desc="Dev plays interviewer. Design a rate limiter. He'll give feedback after.",
        meet="meet",
    )
    _x(
        "interviewing.io mock — anonymous senior engineer",
        interview=False,
        org=("noreply@interviewing.io", "interviewing.io"),
        desc="Your practice interview is confirmed. Type: System Design (Senior). Your interviewer is an anonymous engineer from a top tech company. This is a mock; it is not shared with employers.",
        loc="https://interviewing.io/interview/practice-8812",
    )
    _x(
        "Pramp peer practice",
        interview=False,
        org=("sessions@pramp.com", "Pramp"),
        desc="Peer mock interview: you'll interview your peer for 30 min, then switch.",
        loc="https://www.pramp.com/session/XA12",
    )
    _x(
        "Career coach session - Renée",
        interview=False,
        org=("renee@brightpathcoaching.com", "Renée Duval"),
        att=[person("renee@brightpathcoaching.com", "Renée Duval")],
        desc="Session 3 of 6: negotiation strategy + your Opaline and Tessellate processes.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84455667788"),
    )
    _x(
        "Resume review w/ coach",
        interview=False,
        org=("renee@brightpathcoaching.com", "Renée Duval"),
        meet="meet",
    )
    _x("LeetCode grind", interview=False, desc="graphs + DP, 2h. no phone")
    _x(
        "Send thank-you notes to Tessellate panel",
        interview=False,
        desc="Bo, Adaeze, Mara. mention the raft question",
    )
    _x(
        "Reminder: Heliotrope onsite tomorrow",
        interview=False,
        desc="charge laptop, print ID, leave by 8:45, Caltrain 8:12",
        all_day=True,
    )
    _x(
        "HackerRank assessment due - Kestrel Freight",
        interview=False,
        org=("no-reply@hackerrank.com", "HackerRank"),
        desc="Kestrel Freight has invited you to take the Software Engineer II online assessment. 90 minutes, 3 questions. The test link expires at 11:59 PM PT on this date.",
        all_day=True,
    )
    _x(
        "Codility test (deadline) - Seastack",
        interview=False,
        desc="async test, 2 tasks, 120 min once started. link in email",
    )
    _x(
        "HireVue on-demand video interview - Ferngrove Bank",
        interview=False,
        org=("noreply@hirevue.com", "HireVue"),
        desc=(
            "Ferngrove Bank invites you to complete a video interview for Senior Data Engineer. "
            "This is an on-demand interview: you will record answers to 5 pre-set questions at a time of your choosing. "
            "There is no live interviewer. Please complete by the date shown."
        ),
        loc="https://app.hirevue.com/od/FGB-2048",
        all_day=True,
    )
    _x(
        "CodeSignal General Coding Assessment",
        interview=False,
        desc="GCA for Nimbusfield + Glasswing. proctored, webcam on, 70 min",
    )
    _x(
        "Take-home due (Cobaltline)",
        interview=False,
        desc="submit via Workable link before midnight",
        all_day=True,
    )
    _x(
        "Pymetrics games (Pinecrest)",
        interview=False,
        desc="12 neuroscience games, ~25 min, do when rested",
    )
    _x(
        "SHL numerical reasoning test",
        interview=False,
        org=("assessments@shl-mail.example.com", "Online Assessments"),
        desc="You have been invited to complete an online Numerical Reasoning test as part of your application to Ferngrove Bank. Time limit: 18 minutes.",
        all_day=True,
    )
    _x("research Wayfarer Maps before call", interview=False, desc="funding, eng blog, glassdoor")
    _x("follow up w/ Orrin recruiter if no news", interview=False)
    _x("Offer decision deadline: Opaline Pay", interview=False, all_day=True)
    _x("Buy interview outfit", interview=False, loc="Union Square")
    _x(
        "Flight SFO → BOS (Juniper Forge interview)",
        interview=False,
        desc="UA 1522, seat 21C. Conf #K3LX9P",
        loc="SFO Terminal 3",
    )
    _x(
        "Hotel check-in — Boston",
        interview=False,
        desc="for the Juniper Forge onsite. reimbursed by them",
        loc="Harborview Inn, Boston",
        zone="America/New_York",
    )
    _x(
        "Interview prep: STAR stories",
        interview=False,
        desc="conflict, failure, leadership, ambiguity. write 2 each",
    )
    _x("HOLD - do not book (job search)", interview=False, desc="keep free for recruiter calls")
    _x(
        "Video interview practice - Yoodli",
        interview=False,
        desc="AI interview practice app, record 3 answers and check filler words",
    )
    _x(
        "Debrief w/ myself after Calder loop",
        interview=False,
        desc="write down every question while fresh",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: work meetings at Initech with hiring words
# ---------------------------------------------------------------------------------------------


def _work_with_hiring_words() -> None:
    _x(
        "Hiring plan Q3 - Data Platform",
        interview=False,
        me=WORK_ME,
        org=("deshawn.price@initech.com", "DeShawn Price"),
        att=[
            person("deshawn.price@initech.com", "DeShawn Price"),
            person("morgan.ellis@initech.com", "Morgan Ellis"),
        ],
        desc="Agenda: 2 backfills + 1 new Senior DE req, interview loop owners, target start dates.",
        meet="meet",
    )
    _x(
        "Headcount review",
        interview=False,
        me=WORK_ME,
        org=("finance-planning@initech.com", "FP&A"),
        desc="Q4 headcount vs budget for Engineering.",
        meet="meet",
    )
    _x(
        "Recruiting sync (weekly)",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[person("tara.nguyen@initech.com", "Tara Nguyen")],
        desc="Pipeline review for open Data Eng reqs; sourcing ideas; interviewer load.",
        meet="meet",
    )
    _x(
        "Offer review: Senior DE candidate",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        att=[person("deshawn.price@initech.com", "DeShawn Price")],
        desc="Comp band check before we extend the offer to Priya.",
        meet="meet",
    )
    _x(
        "Team onsite - Austin office",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        desc="Data Platform team onsite: roadmap, team dinner on day 1.",
        loc="Initech Austin, 300 W 6th St",
        zone="America/Chicago",
        all_day=True,
    )
    _x(
        "Technical screen rubric refresh",
        interview=False,
        me=WORK_ME,
        org=("kim.sato@initech.com", "Kim Sato"),
        att=[person("kim.sato@initech.com", "Kim Sato")],
        desc="Update the coding screen questions; retire the leaked ones.",
        meet="meet",
    )
    _x(
        "Career fair booth - State University",
        interview=False,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Staff the Initech booth; collect resumes, answer questions. No interviews on site.",
        loc="State University Student Union, Hall B",
        all_day=True,
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        att=[person("morgan.ellis@initech.com", "Morgan Ellis")],
        desc="- promo packet\n- interview load (you did 9 last month!)\n- on-call swap",
        meet="meet",
    )
    _x(
        "Performance review calibration",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech People Team"),
        meet="meet",
    )
    _x(
        "Customer interview synthesis",
        interview=False,
        me=WORK_ME,
        org=("pm.julia@initech.com", "Julia Strand"),
        att=[person("pm.julia@initech.com", "Julia Strand")],
        desc="Go through the 8 customer interviews from last sprint and pull themes for the dashboard redesign.",
        meet="meet",
    )
    _x(
        "Vendor demo: Greenhouse",
        interview=False,
        me=WORK_ME,
        org=("ae@greenhouse.example.com", "Account Executive"),
        desc="Recruiting tools evaluation: structured interview kits, scorecards, reporting. Alex attending as interviewer-panel rep.",
        conf=("Zoom Meeting", "https://greenhouse.zoom.us/j/99001122334"),
    )
    _x(
        "GoodTime pricing call",
        interview=False,
        me=WORK_ME,
        org=("tara.nguyen@initech.com", "Tara Nguyen"),
        desc="Interview scheduling automation - compare with ModernLoop quote.",
        meet="meet",
    )
    _x(
        "All hands",
        interview=False,
        me=WORK_ME,
        org=("ceo-office@initech.com", "Initech CEO Office"),
        meet="meet",
    )
    _x(
        "Onboarding buddy: welcome new hire (Jordan)",
        interview=False,
        me=WORK_ME,
        att=[person("jordan.lee@initech.com", "Jordan Lee")],
        desc="Jordan's first day. Laptop setup, repo access, lunch.",
    )
    _x(
        "Incident review: screening job pipeline outage",
        interview=False,
        me=WORK_ME,
        org=("sre-oncall@initech.com", "SRE On-call"),
        desc="Postmortem for the fraud screening pipeline outage (INC-2231).",
        meet="meet",
    )
    _x(
        "Panel: Women in Data — moderator prep",
        interview=False,
        me=WORK_ME,
        org=("events@initech.com", "Initech Events"),
        desc="Alex moderates the panel; prep questions for the four panelists.",
        meet="meet",
    )
    _x(
        "Design review: Initech careers page revamp",
        interview=False,
        me=WORK_ME,
        org=("web-team@initech.com", "Web Team"),
        desc="New 'Join us' flow, application form and candidate FAQ on interviews.",
        meet="meet",
    )
    _x(
        "Sprint planning",
        interview=False,
        me=WORK_ME,
        org=("morgan.ellis@initech.com", "Morgan Ellis"),
        meet="meet",
    )


# ---------------------------------------------------------------------------------------------
# Look-alikes: social events and everyday life around the job search
# ---------------------------------------------------------------------------------------------


def _social_and_misc() -> None:
    _x("Drinks w/ Tomás (ex-Quillfeather)", interview=False, loc="Zeitgeist")
    _x("Dentist", interview=False, loc="Dr. Amari, 450 Sutter St")
    _x("Sam's birthday dinner", interview=False, loc="Nopalito")
    _x(
        "Data Eng SF meetup @ Emberline",
        interview=False,
        org=("events@meetup-mail.example.com", "Data Eng SF"),
        desc="Talks: 'Exactly-once in practice' and 'Our dbt monorepo'. Hosted at Emberline's office. Pizza at 6.",
        loc="Emberline, 101 Howard St, San Francisco",
    )
    _x(
        "Hackathon @ Heliotrope AI",
        interview=False,
        desc="open community hackathon, team w/ Dev",
        all_day=True,
    )
    _x(
        "Opaline Pay open house (info session)",
        interview=False,
        org=("events@opalinepay.com", "Opaline Pay Events"),
        desc="Meet the engineering team, lightning talks and snacks. Not an interview; RSVP required.",
        loc="Opaline Pay, 55 Hawthorne St",
    )
    _x("coffee w/ Lena (recruiter friend, catch up)", interview=False, loc="Ritual, Valencia St")
    _x(
        "Webinar: Acing the system design interview",
        interview=False,
        org=("webinars@devcareers.example.com", "DevCareers"),
        desc="Free webinar. Learn frameworks for system design interviews at senior level.",
        loc="https://devcareers.example.com/live/sd-101",
    )
    _x("Book club", interview=False, desc="The Remains of the Day")
    _x("Yoga", interview=False, loc="Mission Yoga")
    _x(
        "Lunch w/ Morgan (ex-manager, reference)",
        interview=False,
        desc="ask if ok to list as reference",
    )
    _x(
        "Tech career fair (attending)",
        interview=False,
        desc="bring 10 resumes, talk to Tessellate and Sundial booths",
        loc="Moscone West",
    )
    _x("Parent-teacher conference", interview=False, loc="Maple Grove School, Room 12")


# ---------------------------------------------------------------------------------------------
# Look-alikes in other languages
# ---------------------------------------------------------------------------------------------


def _foreign_lookalikes() -> None:
    _x(
        "Lenas Vorstellungsgespräch – Kinder abholen!",
        interview=False,
        desc="Lena hat um 15 Uhr ihr Gespräch bei Brandtner, ich hole die Kinder von der Kita ab.",
        zone="Europe/Berlin",
    )
    _x(
        "Interview mit der Kölner Morgenpost",
        interview=False,
        org=("redaktion@koelner-morgenpost.de", "Redaktion Kölner Morgenpost"),
        desc="Telefoninterview für den Artikel über ehrenamtliche Programmierkurse. Dauer ca. 20 Minuten.",
        loc="Telefon",
        zone="Europe/Berlin",
    )
    _x(
        "Simulation d'entretien avec ma coach",
        interview=False,
        att=[person("claire.martin.coaching@gmail.com", "Claire Martin")],
        desc="Entraînement avant l'entretien chez Sillage : questions comportementales et présentation en 2 minutes.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien annuel d'évaluation",
        interview=False,
        me=WORK_ME,
        org=("manager.paris@initech.com", "Julien Moreau"),
        desc="Bilan de l'année, objectifs et plan de formation.",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista en Radio Nubes (programa de tecnología)",
        interview=False,
        org=("produccion@radionubes.es", "Producción Radio Nubes"),
        desc="Entrevista en directo de 10 minutos sobre talleres de programación para jóvenes.",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista do visto – Consulado",
        interview=False,
        desc="Entrevista consular para o visto de trabalho da Sam. Levar passaporte, DS-160 e comprovantes.",
        loc="Consulado Geral, Av. Paulista 1842",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio con la maestra",
        interview=False,
        desc="Colloquio individuale con la maestra di Leo, scuola primaria, aula 3",
        zone="Europe/Rome",
    )
    _x(
        "Gesprek IND (verblijfsvergunning)",
        interview=False,
        desc="Afspraak bij de IND loket voor biometrie en gesprek. Paspoort + afspraakbevestiging meenemen.",
        loc="IND loket Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Symulacja rozmowy kwalifikacyjnej",
        interview=False,
        desc="Ćwiczenie z Kasią przed rozmową w Wierzbowa. Ona pyta, ja odpowiadam, potem feedback.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "面接練習（キャリアセンター）",
        interview=False,
        desc="模擬面接。本番はカゲロウの二次面接。逆質問も準備",
        zone="Asia/Tokyo",
    )
    _x(
        "面试官培训",
        interview=False,
        me=WORK_ME,
        org=("hr.shanghai@initech.com", "Initech 上海 HR"),
        desc="新面试官培训：结构化面试、评分标准、避免偏见。请所有面试官参加。",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "모의 면접 스터디",
        interview=False,
        desc="스터디원들과 모의 면접. 누리랩스 면접 대비, 자기소개 1분 연습",
        zone="Asia/Seoul",
    )
    _x(
        "Utvecklingssamtal med chefen",
        interview=False,
        me=WORK_ME,
        org=("linnea.holm@initech.com", "Linnea Holm"),
        desc="Årligt utvecklingssamtal: mål, lön, kompetensutveckling.",
        zone="Europe/Stockholm",
    )
    _x(
        "Vize mülakatı - Konsolosluk",
        interview=False,
        desc="Annemin vize mülakatı, davet mektubunu ve banka dökümünü götür.",
        loc="Başkonsolosluk, İstinye",
        zone="Europe/Istanbul",
    )
