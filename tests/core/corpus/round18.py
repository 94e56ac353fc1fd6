# ruff: noqa: E501 -- data: event texts as written
"""Round 18 of the calendar corpus, written by an independent evaluator from general knowledge of
how real invitations look: ATS and scheduling-tool invites (Greenhouse, Lever, Ashby, Workday,
SmartRecruiters, GoodTime, ModernLoop, Calendly, Cal.com, Doodle, Microsoft Bookings, HireVue,
Codility, HackerRank, CoderPad...), recruiter and hiring-manager calls, technical and case rounds,
onsite loops split into parts, assessment centres, trial days, staffing-agency calls, Alex's own
terse notes and invitations in many languages; against them, look-alikes: interviews Alex runs at
Initech, other people's interviews, mock interviews and coaching, press, visa and school
interviews, user research, reviews, prep blocks and reminders, films and books, networking and
other ordinary calendar traps."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round18", **kw)


def build() -> None:
    _ats_invitations()
    _scheduling_tools()
    _screens_and_rounds()
    _onsite_loops()
    _assessments_trials_agencies()
    _own_notes()
    _foreign_interviews()
    _conducted_at_work()
    _other_peoples_interviews()
    _mock_and_coaching()
    _press_visa_school()
    _research_and_reviews()
    _prep_and_reminders()
    _media_networking_misc()
    _foreign_lookalikes()


def _ats_invitations() -> None:
    _x(
        "Alex Rivera <> Halcyon Robotics | Technical Interview",
        interview=True,
        company="Halcyon Robotics",
        role="Senior Software Engineer, Perception",
        org=("nadia.brenner@halcyonrobotics.com", "Nadia Brenner"),
        att=[
            person("ravi.subramanian@halcyonrobotics.com", "Ravi Subramanian"),
            person("nadia.brenner@halcyonrobotics.com", "Nadia Brenner"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>Thank you for taking the time to interview with Halcyon Robotics for the "
            "<b>Senior Software Engineer, Perception</b> position. Please find the details of your interview below.</p>"
            "<p><b>Interviewer:</b> Ravi Subramanian, Staff Engineer<br><b>Format:</b> 60 min live coding (C++ or Python, your choice)</p>"
            "<p>If you need to reschedule, reply to this email and we will do our best to accommodate.</p>"
            '<p>Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>'
        ),
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera - Staff Data Engineer",
        interview=True,
        company="Quillmate",
        role="Staff Data Engineer",
        org=("talent@quillmate.io", "Quillmate Talent"),
        att=[
            person("owen.achterberg@quillmate.io", "Owen Achterberg"),
            person("sophie.l@quillmate.io", "Sophie Lindqvist", status="tentative"),
        ],
        desc=(
            "Alex, looking forward to chatting!\n\nAgenda\n- 5 min intros\n- 40 min data modeling discussion (bring a pipeline you've built)\n- 15 min your questions\n\n"
            "Zoom: https://quillmate.zoom.us/j/93012283311\n\n--\nThis event was scheduled via Lever. Reply to talent@quillmate.io with any questions."
        ),
        conf=("Zoom Meeting", "https://quillmate.zoom.us/j/93012283311"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera / Tessellate — Hiring Manager Interview",
        interview=True,
        company="Tessellate",
        role="Platform Engineer",
        org=("camille@tessellate.dev", "Camille Ortiz"),
        att=[person("j.mwangi@tessellate.dev", "Joseph Mwangi")],
        desc=(
            "Interview for Platform Engineer\n\nCandidate: Alex Rivera\nInterviewer: Joseph Mwangi (Engineering Manager, Infra)\n"
            "Duration: 45 minutes\n\nJoin with Google Meet — link in this invite.\n\n"
            "Candidate resources: https://jobs.ashbyhq.com/tessellate/candidate-guide\n\nScheduled with Ashby"
        ),
        meet="meet",
    )
    _x(
        "Interview - R-20431 Software Engineer III - Alex Rivera",
        interview=True,
        company="Corvant Health",
        role="Software Engineer III",
        org=("corvanthealth@myworkday.com", "Corvant Health Recruiting"),
        att=[
            person("linda.haugen@corvanthealth.org", "Linda Haugen"),
            person("m.oyelaran@corvanthealth.org", "Michael Oyelaran"),
        ],
        desc=(
            "Dear Alex,\n\nYou are invited to interview for job requisition R-20431 Software Engineer III (Remote - US).\n\n"
            "Interview Type: Panel Interview\nInterviewers: Linda Haugen; Michael Oyelaran\nMicrosoft Teams meeting\n"
            "Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 241 880 993 112\nPasscode: Xk7pQ2\n\n"
            "Please log in to your candidate home to view or update your application.\nCorvant Health is an Equal Opportunity Employer."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2M3ZTk0@thread.v2/0",
        ),
        zone="America/Chicago",
    )
    _x(
        "Interview invitation: Backend Developer (m/w/d) – Fernwerk GmbH",
        interview=True,
        company="Fernwerk",
        role="Backend Developer (m/w/d)",
        org=("no-reply@smartrecruiters.com", "Fernwerk GmbH via SmartRecruiters"),
        att=[person("katrin.vogt@fernwerk.de", "Katrin Vogt")],
        desc=(
            "Hello Alex,\n\nWe are happy to invite you to a first video interview for the position Backend Developer (m/w/d) in Munich.\n"
            "You will speak with Katrin Vogt (Team Lead Backend) for about 45 minutes.\n\nPlease confirm your slot in the SmartRecruiters candidate portal.\n\n"
            "Kind regards\nYour Fernwerk Recruiting Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVybndlcms@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Phone Interview - Data Analyst II - Alex Rivera",
        interview=True,
        company="Mariner Freight",
        role="Data Analyst II",
        org=("careers@marinerfreight.com", "Mariner Freight Careers"),
        desc=(
            "Mariner Freight Talent Acquisition\n\nThis confirms your phone interview for the Data Analyst II position (Job ID 11852).\n"
            "A member of our team will call you at the number on your application: (415) 555-0142.\n\n"
            "iCIMS Candidate Portal: https://careers-marinerfreight.icims.com"
        ),
        loc="Phone call",
        zone="America/New_York",
    )
    _x(
        "Video interview: Alex Rivera for Site Reliability Engineer at Lattice Grove",
        interview=True,
        company="Lattice Grove",
        role="Site Reliability Engineer",
        org=("hana.ito@latticegrove.com", "Hana Ito"),
        att=[
            person("hana.ito@latticegrove.com", "Hana Ito"),
            person("dev.patel@latticegrove.com", "Dev Patel", optional=True),
        ],
        desc="Scheduled through Workable.\nJoin: https://meet.google.com/abc-defg-007\n\nWe'll talk through an on-call incident you handled and a short Kubernetes troubleshooting exercise.",
        meet="meet",
    )
    _x(
        "Intervju: Alex Rivera – Senior Frontend Engineer",
        interview=True,
        company="Spårvagn",
        role="Senior Frontend Engineer",
        org=("recruit@sparvagn.se", "Spårvagn Recruitment"),
        att=[
            person("elin.berg@sparvagn.se", "Elin Berg"),
            person("oskar.nyman@sparvagn.se", "Oskar Nyman"),
        ],
        desc=(
            "Hi Alex! Super happy you want to meet us.\n\nThis is a 60 min conversation with Elin (Head of Web) and Oskar (Senior Frontend). "
            "No preparation needed — we'll chat about your experience with React and design systems.\n\n"
            "Sent via Teamtailor · https://career.sparvagn.se"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview | Alex Rivera | Senior Machine Learning Engineer",
        interview=True,
        company="Kolibri Analytics",
        role="Senior Machine Learning Engineer",
        org=("jobs@kolibri-analytics.de", "Kolibri Analytics People Team"),
        att=[person("t.huber@kolibri-analytics.de", "Tobias Huber")],
        desc="Dear Alex,\n\nthank you for your application via Personio. Tobias Huber (CTO) would like to meet you for a first talk.\n\nBest,\nMara from People & Culture",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81234567012?pwd=a29saWJyaQ"),
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera: Second Round (Systems) — Ardent Pay",
        interview=True,
        company="Ardent Pay",
        role="Backend Engineer, Payments Core",
        org=("recruiting@ardentpay.com", None),
        att=[
            person("gwen.albright@ardentpay.com", "Gwen Albright"),
            person("yusuf.kaya@ardentpay.com", "Yusuf Kaya"),
        ],
        desc=(
            "Role: Backend Engineer, Payments Core\nStage: Second Round — Systems Design\n\n"
            "Interviewers\n• Gwen Albright — Engineering Manager\n• Yusuf Kaya — Senior Engineer\n\n"
            "You'll use a shared whiteboard (Excalidraw link will be shared in the call).\n\nJobvite Interview Scheduling"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Bramblewood: Recruiter Call",
        interview=True,
        company="Bramblewood",
        role=None,
        org=("simone@bramblewood.co", "Simone Adeyemi"),
        desc="Hey Alex — quick intro call to talk about what you're looking for and a couple of open roles on our data team. Sent from Gem.",
        meet="meet",
    )
    _x(
        "Interview Confirmation — Requisition 2400117",
        interview=True,
        company="Hollis & Crane",
        role="Application Developer, Senior",
        org=("hollisandcrane@taleo.net", "Hollis & Crane Talent Acquisition"),
        desc=(
            "Dear Alex Rivera,\n\nThank you for your interest in Hollis & Crane. This message confirms your interview for "
            "Requisition 2400117 - Application Developer, Senior.\n\nLocation: 200 Water Street, 14th Floor, New York, NY 10038\n"
            "Please bring a government-issued photo ID to check in at the lobby.\n\nSincerely,\nHollis & Crane Talent Acquisition"
        ),
        loc="200 Water Street, 14th Floor, New York, NY 10038",
        zone="America/New_York",
    )
    _x(
        "Interview: Alex Rivera (Full Stack Engineer)",
        interview=True,
        company="Pinecrest Outfitters",
        role="Full Stack Engineer",
        org=("hiring@pinecrestoutfitters.com", "Pinecrest Outfitters"),
        att=[person("bo.lindgren@pinecrestoutfitters.com", "Bo Lindgren")],
        desc="Interview scheduled in BambooHR.\n\nStep: 2 of 3 — Technical conversation with Bo (Lead Developer).\nWhere: Zoom (link below)\n\nhttps://pinecrest.zoom.us/j/88810022231",
        conf=("Zoom Meeting", "https://pinecrest.zoom.us/j/88810022231"),
        zone="America/Denver",
    )
    _x(
        "Technical interview — Alex Rivera",
        interview=True,
        company="Ostrava Labs",
        role="Rust Developer",
        org=("people@ostravalabs.cz", "Ostrava Labs"),
        att=[person("petr.dvorak@ostravalabs.cz", "Petr Dvořák")],
        desc="Hi Alex,\nas discussed, here is the technical interview for the Rust Developer role. We'll do some pair programming on a small async service.\nRecruitee · Ostrava Labs careers",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Final Interview: Alex Rivera x Solstice Bank",
        interview=True,
        company="Solstice Bank",
        role="Lead Data Platform Engineer",
        org=("a.moreau@solsticebank.com", "Adèle Moreau"),
        att=[
            person("cto-office@solsticebank.com", "Office of the CTO", resource=False),
            person("r.chan@solsticebank.com", "Raymond Chan"),
        ],
        desc=(
            "Alex,\n\nThe final step for the Lead Data Platform Engineer opening is a 45-minute conversation with Raymond Chan, our CTO. "
            "Raymond likes to keep it informal — expect questions on how you've led migrations and grown engineers.\n\n"
            "Best,\nAdèle\n\nSent via iCIMS"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c29sc3RpY2U@thread.v2/0",
        ),
        zone="America/Toronto",
    )
    _x(
        "[Rippling] Interview — Product Engineer · Alex Rivera",
        interview=True,
        company="Hearthstone Home",
        role="Product Engineer",
        org=("no-reply@rippling.com", "Hearthstone Home (via Rippling)"),
        att=[person("nora@hearthstonehome.com", "Nora Whitfield")],
        desc="Hearthstone Home has scheduled an interview with you.\n\nPosition: Product Engineer\nInterviewer: Nora Whitfield, Co-founder\nLength: 30 min\n\nAdd to calendar · Reschedule",
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Driftline",
        role=None,
        org=("marcus@driftline.ai", "Marcus Oduya"),
        att=[person("marcus@driftline.ai", "Marcus Oduya")],
        desc="Booked via Dover on behalf of Driftline.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera - Culture & Values Interview",
        interview=True,
        company="Copperleaf Games",
        role="Gameplay Engineer",
        org=("recruiting@copperleafgames.com", "Copperleaf Recruiting"),
        att=[
            person("imani.r@copperleafgames.com", "Imani Reese"),
            person("kenji.w@copperleafgames.com", "Kenji Watanabe"),
        ],
        desc=(
            "<div>Hi Alex,</div><div><br></div><div>Your next conversation for <i>Gameplay Engineer</i> is our Culture &amp; Values interview "
            "with Imani (Producer) and Kenji (Art Director). It isn't technical — it's about how you collaborate across disciplines.</div>"
            "<div><br></div><div>Copperleaf Games · Scheduled with Greenhouse</div>"
        ),
        meet="meet",
        zone="America/Vancouver",
    )


def _scheduling_tools() -> None:
    _x(
        "Interview Confirmation: Alex Rivera - Coding (Rocketbird)",
        interview=True,
        company="Rocketbird",
        role="Software Engineer, Mobile",
        org=("scheduling@rocketbird.app", "Rocketbird Recruiting Coordinator"),
        att=[
            person("lena.fischer@rocketbird.app", "Lena Fischer"),
            person("interview-room-7@rocketbird.app", "Zoom Room 7", resource=True),
        ],
        desc=(
            "Your interview has been confirmed.\n\nCompany: Rocketbird\nPosition: Software Engineer, Mobile\nSession: Coding (60 min)\n"
            "Interviewer: Lena Fischer\n\nPlease join 2-3 minutes early. Need to reschedule? Use the link in your confirmation email.\n\nScheduled by GoodTime"
        ),
        conf=("Zoom Meeting", "https://rocketbird.zoom.us/j/97261100451"),
    )
    _x(
        "Interview for Analytics Engineer (Alex Rivera) — Loop 1 of 4",
        interview=True,
        company="Gullwing",
        role="Analytics Engineer",
        org=("coordinator@gullwing.com", "Priya at Gullwing"),
        att=[person("tanner.bloom@gullwing.com", "Tanner Bloom")],
        desc="Candidate: Alex Rivera\nRole: Analytics Engineer\nSession: SQL & dbt modeling\nInterviewer: Tanner Bloom\n\nThis interview was scheduled with ModernLoop.",
        meet="meet",
    )
    _x(
        "Intro call between Dana Whitlock and Alex Rivera",
        interview=True,
        company="Ferrule",
        role="Founding Engineer",
        org=("dana@ferrule.so", "Dana Whitlock"),
        att=[person("dana@ferrule.so", "Dana Whitlock")],
        desc=(
            "Event Name: Founding Engineer – intro (30 min)\n\nPlease share anything that will help prepare for our meeting.: "
            "Saw the post on HN, would love to learn more about the role.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/4b7c...\n"
            "Reschedule: https://calendly.com/reschedulings/4b7c...\n\nPowered by Calendly.com"
        ),
        loc="https://ferrule.zoom.us/j/86671230045",
    )
    _x(
        "Screening Call between Marisol Vega and Alex Rivera",
        interview=True,
        company="Verdant Logistics",
        role="Senior Data Engineer",
        org=("marisol.vega@verdantlogistics.com", "Marisol Vega"),
        att=[person("marisol.vega@verdantlogistics.com", "Marisol Vega")],
        desc="Verdant Logistics | Senior Data Engineer — 20 min screening call with Talent Acquisition.\n\nLocation: Marisol will call you at +1 415 555 0142\n\nPowered by Calendly.com",
        loc="+1 415 555 0142",
        zone="America/Phoenix",
    )
    _x(
        "Technical chat: Kai <> Alex",
        interview=True,
        company="Sparrowhawk",
        role="Infrastructure Engineer",
        org=("kai@sparrowhawk.io", "Kai Thorsen"),
        att=[person("kai@sparrowhawk.io", "Kai Thorsen")],
        desc=(
            "What: Technical chat — Infrastructure Engineer @ Sparrowhawk\nInvitee Time Zone: America/Los_Angeles\nWho:\nKai Thorsen - Organizer\nAlex Rivera\n"
            "Where: https://app.cal.com/video/q81Kd2\nAdditional notes: We'll go over a Terraform PR together.\n\nCal.com"
        ),
        loc="https://app.cal.com/video/q81Kd2",
    )
    _x(
        "Interview Alex Rivera – Panel (poll closed)",
        interview=True,
        company="Ivybridge Energy",
        role="Energy Data Scientist",
        org=("h.osei@ivybridge-energy.co.uk", "Harriet Osei"),
        att=[
            person("h.osei@ivybridge-energy.co.uk", "Harriet Osei"),
            person("g.pryce@ivybridge-energy.co.uk", "Gareth Pryce"),
            person("f.nakamura@ivybridge-energy.co.uk", "Fumiko Nakamura", status="needsAction"),
        ],
        desc="Thanks for filling in the Doodle, Alex. The slot that worked for everyone is below. Panel interview for Energy Data Scientist, 1 hour, on Teams.\n\nhttps://doodle.com/meeting/participate/id/e7Pq2Zba",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aXZ5YnJpZGdl@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Candidate interview - Alex Rivera",
        interview=True,
        company="Northwind Mutual",
        role="Cloud Solutions Engineer",
        org=("TalentBookings@northwindmutual.com", "Northwind Mutual Talent Bookings"),
        att=[person("pieter.devries@northwindmutual.com", "Pieter de Vries")],
        desc=(
            "Your booking is confirmed\n\nService: Candidate interview – Cloud Solutions Engineer\nStaff: Pieter de Vries\n"
            "Join your appointment: Microsoft Teams\n\nIf you need to make changes, manage your booking.\n\nMicrosoft Bookings"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm9ydGh3aW5k@thread.v2/0",
        ),
        zone="America/New_York",
    )
    _x(
        "HireVue Live Interview – Technology Analyst",
        interview=True,
        company="Calder Brothers",
        role="Technology Analyst",
        org=("calderbrothers@hirevue.com", "Calder Brothers Campus & Experienced Hire"),
        desc=(
            "Dear Alex,\n\nYou have been scheduled for a live video interview with Calder Brothers for the Technology Analyst position.\n"
            "Please use Google Chrome and test your camera beforehand.\n\nJoin your interview: https://app.hirevue.com/interviews/live/7f2a91\n\nCalder Brothers Recruiting"
        ),
        loc="https://app.hirevue.com/interviews/live/7f2a91",
        zone="America/New_York",
    )
    _x(
        "Live coding with Alex Rivera (CoderPad)",
        interview=True,
        company="Meadowlark Health",
        role="Senior Backend Engineer",
        org=("ines.calderon@meadowlarkhealth.com", "Inés Calderón"),
        att=[person("ines.calderon@meadowlarkhealth.com", "Inés Calderón")],
        desc="Hi Alex — pad link for our session: https://app.coderpad.io/MK4R9TQ2\nPython is set as the default; feel free to switch. Same Meet link as the invite. — Inés (Meadowlark Health, Backend)",
        meet="meet",
    )
    _x(
        "Codility Interview: pair programming – Alex Rivera",
        interview=True,
        company="Tidewater Systems",
        role="Java Developer",
        org=("recruitment@tidewatersystems.pl", "Tidewater Systems Recruitment"),
        att=[person("michal.zielinski@tidewatersystems.pl", "Michał Zieliński")],
        desc="Your live interview in Codility Interview with Michał Zieliński (Tech Lead).\nJoin: https://app.codility.com/interview/live/TW-3391-AR\nDuration: 75 minutes\nLanguage: Java 17",
        loc="https://app.codility.com/interview/live/TW-3391-AR",
        zone="Europe/Warsaw",
    )
    _x(
        "HackerRank Interview - Software Engineer II",
        interview=True,
        company="Bluefin Media",
        role="Software Engineer II",
        org=("talent@bluefinmedia.com", "Bluefin Media Talent"),
        att=[
            person("s.okafor@bluefinmedia.com", "Samuel Okafor"),
            person("r.dahl@bluefinmedia.com", "Rosa Dahl"),
        ],
        desc="You have been invited to a HackerRank Interview by Bluefin Media.\n\nInterview link: https://www.hackerrank.com/x/interviews/bfm-se2-77e1\nInterviewers: Samuel Okafor, Rosa Dahl\n\nPlease join from a laptop with a stable internet connection.",
        loc="https://www.hackerrank.com/x/interviews/bfm-se2-77e1",
    )
    _x(
        "Alex Rivera – Interview (Prelude)",
        interview=True,
        company="Stonefruit",
        role="Data Engineer",
        org=("recruiting@stonefruit.com", "Stonefruit Recruiting"),
        att=[person("yara.haddad@stonefruit.com", "Yara Haddad")],
        desc="Scheduled with Prelude\n\nStonefruit — Data Engineer\nInterview: Hiring Manager (Yara Haddad)\n\nWe're excited to learn more about you!",
        meet="meet",
    )
    _x(
        "Coffee & chat: Alex Rivera (Engineering Manager candidate)",
        interview=True,
        company="Ridgeway Outdoor",
        role="Engineering Manager",
        org=("helen.ma@ridgewayoutdoor.com", "Helen Ma"),
        att=[person("helen.ma@ridgewayoutdoor.com", "Helen Ma")],
        desc="Informal 30 min with Helen (VP Eng) before the formal loop for the Engineering Manager opening. Scheduled via Calendly (Ridgeway Outdoor · Leadership hiring).",
        loc="Blue Bottle Coffee, 315 Linden St, San Francisco",
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Theo Anand",
        interview=True,
        company="Lumenfold",
        role=None,
        org=("theo@lumenfold.com", "Theo Anand"),
        att=[person("theo@lumenfold.com", "Theo Anand")],
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: Referred by Jess Park for the open backend role — CV attached to my email.\n\nTheo (hiring manager, Lumenfold): first conversation about the role, 30 min.\n\nPowered by Calendly.com",
        meet="meet",
    )


def _screens_and_rounds() -> None:
    _x(
        "Recruiter screen — Alex Rivera / Kestrel Aerospace",
        interview=True,
        company="Kestrel Aerospace",
        role="Flight Software Engineer",
        org=("brianna.cole@kestrelaero.com", "Brianna Cole"),
        desc="Hi Alex, great connecting on LinkedIn. This is a 30-minute call to walk through the Flight Software Engineer role, your background, comp expectations and timeline. I'll call the mobile number you sent.",
        loc="Phone",
        zone="America/Denver",
    )
    _x(
        "Alex / Wren - quick chat",
        interview=True,
        company="Saltmarsh",
        role="Senior Product Engineer",
        org=("wren@saltmarsh.app", "Wren Halvorsen"),
        att=[person("wren@saltmarsh.app", "Wren Halvorsen")],
        desc="Thanks for applying to the Senior Product Engineer role! I'm the hiring manager — this is a casual first conversation, no prep needed. 25 min.",
        meet="meet",
    )
    _x(
        "System Design Interview",
        interview=True,
        company="Parabola Labs",
        role="Senior Software Engineer",
        org=("interviews@parabolalabs.com", "Parabola Labs Interviews"),
        att=[person("ahmed.rahimi@parabolalabs.com", "Ahmed Rahimi")],
        desc="Candidate: Alex Rivera\nPosition: Senior Software Engineer\nInterviewer: Ahmed Rahimi\n\nPrompt will be shared at the start. Excalidraw board: https://excalidraw.com/#room=pl-7731\n\nParabola Labs Recruiting",
        meet="meet",
    )
    _x(
        "Case interview (Round 2) – Strategy & Operations",
        interview=True,
        company="Ashgrove Partners",
        role="Strategy & Operations Manager",
        org=("recruiting@ashgrovepartners.com", "Ashgrove Partners Recruiting"),
        att=[
            person("l.bianchi@ashgrovepartners.com", "Lorenzo Bianchi"),
            person("k.adeyemi@ashgrovepartners.com", "Kemi Adeyemi"),
        ],
        desc=(
            "Dear Alex,\n\nPlease find below the details of your second round for the Strategy & Operations Manager position.\n\n"
            "Format: two back-to-back case interviews (market sizing + operations case), 45 min each, interviewer-led.\n"
            "Please have pen and paper ready. Calculators are not needed.\n\nKind regards,\nAshgrove Partners Recruiting"
        ),
        loc="Ashgrove Partners, 1 Bishopsgate, London EC2N 3AQ — reception level 3",
        zone="Europe/London",
    )
    _x(
        "Behavioral interview w/ Dani (Hiring Manager)",
        interview=True,
        company="Cobaltline",
        role="DevOps Engineer",
        org=("dani.okonkwo@cobaltline.com", "Dani Okonkwo"),
        att=[person("dani.okonkwo@cobaltline.com", "Dani Okonkwo")],
        desc="Cobaltline · DevOps Engineer\n\nWe'll use STAR-style questions — think about a time you disagreed with a teammate, an outage you owned, and a project you're proud of.",
        conf=("Zoom Meeting", "https://cobaltline.zoom.us/j/91122233344"),
        zone="America/New_York",
    )
    _x(
        "Bar Raiser — Alex Rivera",
        interview=True,
        company="Juniper Cart",
        role="Software Development Engineer II",
        org=("rc-scheduling@junipercart.com", "Juniper Cart Recruiting Coordination"),
        att=[
            person(
                "bar-raiser-pool@junipercart.com", "Juniper Cart Interviewer", status="needsAction"
            )
        ],
        desc="SDE II interview loop — Session 5 of 5: Bar Raiser (Leadership Principles, 55 min). Interviewer will join via Chime link below.\nhttps://chime.aws/1234567890",
        loc="https://chime.aws/1234567890",
        zone="America/Los_Angeles",
    )
    _x(
        "Take-home review call: Alex Rivera",
        interview=True,
        company="Foxglove Bio",
        role="Computational Biologist",
        org=("mira.schultz@foxglovebio.com", "Mira Schultz"),
        att=[
            person("mira.schultz@foxglovebio.com", "Mira Schultz"),
            person("ade.bankole@foxglovebio.com", "Adé Bankole"),
        ],
        desc="Thanks for submitting the take-home! In this 45-minute session, you'll walk Mira and Adé through your RNA-seq analysis notebook and we'll ask follow-up questions. Screen sharing please.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Team match call - Alex Rivera & Storage Infra",
        interview=True,
        company="Monolith Cloud",
        role="Software Engineer, Storage Infrastructure",
        org=("teammatch@monolithcloud.com", "Monolith Cloud Team Matching"),
        att=[person("victor.hale@monolithcloud.com", "Victor Hale")],
        desc="Hi Alex,\n\nCongratulations on passing the hiring committee! The next step is a team match conversation with Victor Hale, manager of Storage Infrastructure. This is a two-way conversation to see if the team is a fit.\n\nMonolith Cloud Staffing",
        meet="meet",
    )
    _x(
        "Chat w/ CTO (Lindenhall) - final",
        interview=True,
        company="Lindenhall",
        role=None,
        org=("ops@lindenhall.io", "Lindenhall Ops"),
        att=[person("felix@lindenhall.io", "Felix Brandt")],
        desc="Last conversation before we make a decision. Felix keeps these to 30 minutes. See you there!",
        meet="meet",
        my_status="tentative",
    )
    _x(
        "Product sense interview — Alex Rivera (PM, Growth)",
        interview=True,
        company="Tumbleweed",
        role="Product Manager, Growth",
        org=("jules@tumbleweed.app", "Jules Marchetti"),
        att=[person("anita.k@tumbleweed.app", "Anita Kowalczyk")],
        desc="Interview 3 of 4 for PM, Growth. Anita (Group PM) will give you a product prompt and ask you to prioritize. No slides needed.",
        meet="meet",
    )
    _x(
        "Peer interview: Alex Rivera (Support Engineering)",
        interview=True,
        company="Heronsgate Software",
        role="Support Engineer",
        org=("people@heronsgate.io", "Heronsgate People Ops"),
        att=[
            person("ollie.t@heronsgate.io", "Ollie Trent"),
            person("beatriz.n@heronsgate.io", "Beatriz Nunes"),
        ],
        desc="Meet two future peers from Support Engineering. They'll ask about troubleshooting and how you talk to frustrated customers. Relaxed format, 40 minutes.",
        conf=("Zoom Meeting", "https://heronsgate.zoom.us/j/83344455566"),
        zone="Europe/Dublin",
    )
    _x(
        "Interview - Alex Rivera (Lead Engineer)",
        interview=True,
        company="City of Fairhaven",
        role="Lead Engineer",
        org=("hr-recruitment@fairhaven.gov", "City of Fairhaven Human Resources"),
        att=[
            person("d.morrow@fairhaven.gov", "Diane Morrow"),
            person("t.ngata@fairhaven.gov", "Tane Ngata"),
            person("j.ruiz@fairhaven.gov", "Javier Ruiz"),
        ],
        desc="Oral board interview for Lead Engineer (Information Technology Dept). Panel of three. Please arrive 15 minutes early and check in at the HR counter.",
        loc="Fairhaven City Hall, Room 210, 400 Main St, Fairhaven",
    )
    _x(
        "Pairing session: Alex + Rhea",
        interview=True,
        company="Oakmoss",
        role="Senior Ruby Engineer",
        org=("rhea@oakmoss.com", "Rhea Castellanos"),
        att=[person("rhea@oakmoss.com", "Rhea Castellanos")],
        desc="Hi Alex! This is the pairing stage of our Senior Ruby Engineer process. We'll work on a real-ish bug in a small Rails app I'll share via Tuple/screen share. No leetcode, promise. — Rhea, Oakmoss Eng",
        meet="meet",
    )
    _x(
        "Alex Rivera — reference & expectations call",
        interview=True,
        company="Glasshouse",
        role="Staff Engineer",
        org=("talent@glasshouse.xyz", "Glasshouse Talent"),
        desc="Hi Alex, last step before the offer committee for Staff Engineer: 20 min with our Head of Talent to go through references, notice period and what you're looking for. Speak soon.",
        meet="meet",
    )
    _x(
        "Presentation interview: '90-day plan' – Alex Rivera",
        interview=True,
        company="Marlowe Insurance",
        role="Head of Data Engineering",
        org=("exec-search@marloweins.com", "Marlowe Executive Search"),
        att=[
            person("coo@marloweins.com", "Patricia Lindell"),
            person("cdo@marloweins.com", "Ahmad Farouk"),
            person("hrbp.tech@marloweins.com", "Grace Tan"),
        ],
        desc="You'll present a 20-minute 90-day plan for the Head of Data Engineering role, followed by 40 minutes of questions from the panel. Please send slides by noon the day before.",
        loc="Marlowe Insurance HQ, Boardroom 4B, 55 State St, Boston, MA",
        zone="America/New_York",
    )
    _x(
        "Follow-up interview (Alex Rivera)",
        interview=True,
        company="Pelican Robotics",
        role=None,
        org=("jasmine.holt@pelicanrobotics.com", "Jasmine Holt"),
        desc="Thanks again for your time last week. The team would like one more technical conversation to dig into embedded systems. 45 min.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGVsaWNhbg@thread.v2/0",
        ),
        my_status="needsAction",
    )


def _onsite_loops() -> None:
    loop_att = [person("amara.jones@vantora.com", "Amara Jones")]
    _x(
        "Vantora Onsite — Welcome & Logistics (Alex Rivera)",
        interview=True,
        company="Vantora",
        role="Senior Software Engineer, Search",
        org=("amara.jones@vantora.com", "Amara Jones"),
        att=loop_att,
        desc="Welcome to your Vantora onsite for Senior Software Engineer, Search! Check in at the front desk on floor 6 and ask for Amara. Schedule:\n9:30 Welcome\n10:00 Coding\n11:00 System design\n12:00 Lunch with the team\n13:00 Behavioral\n14:00 HM wrap-up",
        loc="Vantora, 500 Howard St, Floor 6, San Francisco, CA",
    )
    _x(
        "Vantora Onsite — Coding (Alex Rivera)",
        interview=True,
        company="Vantora",
        role="Senior Software Engineer, Search",
        org=("amara.jones@vantora.com", "Amara Jones"),
        att=[
            person("noah.berg@vantora.com", "Noah Berg"),
            person("conf-rm-6-redwood@vantora.com", "SF-6-Redwood (8)", resource=True),
        ],
        desc="Interviewer: Noah Berg. Whiteboard or laptop, your choice.",
        loc="SF-6-Redwood (8)",
    )
    _x(
        "Vantora Onsite — Lunch with the Search team",
        interview=True,
        company="Vantora",
        role="Senior Software Engineer, Search",
        org=("amara.jones@vantora.com", "Amara Jones"),
        att=[
            person("kiri.moana@vantora.com", "Kiri Moana"),
            person("ben.ostrowski@vantora.com", "Ben Ostrowski"),
        ],
        desc="Not evaluated — a chance to ask the team anything. Kiri and Ben will meet you at Redwood after your coding session.",
        loc="Vantora 6th floor kitchen",
    )
    _x(
        "Vantora Onsite — HM wrap-up",
        interview=True,
        company="Vantora",
        role="Senior Software Engineer, Search",
        org=("amara.jones@vantora.com", "Amara Jones"),
        att=[person("priya.menon@vantora.com", "Priya Menon")],
        desc="Final 30 min with Priya Menon, Engineering Manager (Search Relevance).",
        loc="SF-6-Sequoia (4)",
    )
    _x(
        "Virtual Onsite 1/3: Coding — Alex Rivera",
        interview=True,
        company="Brightline Transit",
        role="Software Engineer, Routing",
        org=("recruiting-coordination@brightlinetransit.com", "Brightline Recruiting Coordination"),
        att=[person("aisha.bello@brightlinetransit.com", "Aisha Bello")],
        desc="Brightline Transit · Software Engineer, Routing\nSession 1/3 — Coding (Aisha Bello)\nShared editor: https://app.coderpad.io/BLT-ROUTE-1",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Virtual Onsite 2/3: Architecture — Alex Rivera",
        interview=True,
        company="Brightline Transit",
        role="Software Engineer, Routing",
        org=("recruiting-coordination@brightlinetransit.com", "Brightline Recruiting Coordination"),
        att=[person("g.fontaine@brightlinetransit.com", "Guillaume Fontaine")],
        desc="Session 2/3 — Architecture (Guillaume Fontaine). You'll design a real-time vehicle ETA service.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Virtual Onsite 3/3: Values & Collaboration — Alex Rivera",
        interview=True,
        company="Brightline Transit",
        role="Software Engineer, Routing",
        org=("recruiting-coordination@brightlinetransit.com", "Brightline Recruiting Coordination"),
        att=[
            person("m.leclerc@brightlinetransit.com", "Marie Leclerc"),
            person("t.wong@brightlinetransit.com", "Terrence Wong"),
        ],
        desc="Session 3/3 — Values & Collaboration (Marie Leclerc, Terrence Wong).",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Superday: Alex Rivera — block A (technical)",
        interview=True,
        company="Harborview Capital",
        role="Quantitative Developer",
        org=("campus.recruiting@harborviewcap.com", "Harborview Recruiting"),
        att=[
            person("s.iyer@harborviewcap.com", "Sanjay Iyer"),
            person("e.kowal@harborviewcap.com", "Eva Kowal"),
        ],
        desc="Superday for Quantitative Developer. Block A: probability + C++ questions with Sanjay and Eva (2 x 45 min). Block B after lunch.",
        loc="Harborview Capital, 10 Hudson Yards, 37th Fl, New York",
        zone="America/New_York",
    )
    _x(
        "Superday: Alex Rivera — block B (desk visit + PM)",
        interview=True,
        company="Harborview Capital",
        role="Quantitative Developer",
        org=("campus.recruiting@harborviewcap.com", "Harborview Recruiting"),
        att=[person("r.castillo@harborviewcap.com", "Rafael Castillo")],
        desc="Block B: walk the trading floor, then 45 min with Rafael Castillo (Portfolio Manager).",
        loc="Harborview Capital, 10 Hudson Yards, 37th Fl, New York",
        zone="America/New_York",
    )
    _x(
        "Onsite @ Tern — day 1",
        interview=True,
        company="Tern",
        role=None,
        desc="flight SFO->SEA 7:05am, Tern office 10am, 4 interviews, done ~3:30. Ask for Maya at reception.",
        loc="Tern, 1201 2nd Ave, Seattle, WA",
        zone="America/Los_Angeles",
    )
    _x(
        "Final round (part 2) - Debugging",
        interview=True,
        company="Kiteworks Studio",
        role="Senior iOS Engineer",
        org=("talent@kiteworks.studio", "Kiteworks Studio Talent"),
        att=[person("yuki.sato@kiteworks.studio", "Yuki Sato")],
        desc="Part 2 of your final round for Senior iOS Engineer. You'll get a small Xcode project with a few bugs — share your screen and talk us through your debugging.",
        conf=("Zoom Meeting", "https://kiteworks.zoom.us/j/85566677788"),
    )
    _x(
        "Final round (part 3) - Meet the founders",
        interview=True,
        company="Kiteworks Studio",
        role="Senior iOS Engineer",
        org=("talent@kiteworks.studio", "Kiteworks Studio Talent"),
        att=[
            person("zoe@kiteworks.studio", "Zoë Hartmann"),
            person("anders@kiteworks.studio", "Anders Lund"),
        ],
        desc="Part 3: 30 minutes with Zoë and Anders, our co-founders.",
        conf=("Zoom Meeting", "https://kiteworks.zoom.us/j/85566677789"),
    )
    _x(
        "Interview loop: Alex Rivera [Leadership - Eng Manager]",
        interview=True,
        company="Brackenridge",
        role="Engineering Manager, Platform",
        org=("gtsched@brackenridge.com", "Brackenridge Scheduling"),
        att=[
            person("olu.adebayo@brackenridge.com", "Olu Adebayo"),
            person("karen.fitch@brackenridge.com", "Karen Fitch", optional=True),
        ],
        desc="Engineering Manager, Platform — Leadership interview (people management, hiring, performance conversations). Olu Adebayo interviewing; Karen Fitch shadowing.\n\nScheduled by GoodTime for Brackenridge.",
        meet="meet",
    )
    _x(
        "Interview loop: Alex Rivera [Technical Depth - Eng Manager]",
        interview=True,
        company="Brackenridge",
        role="Engineering Manager, Platform",
        org=("gtsched@brackenridge.com", "Brackenridge Scheduling"),
        att=[person("sunita.rao@brackenridge.com", "Sunita Rao")],
        desc="Engineering Manager, Platform — Technical depth: walk through a system your team owned end to end. Sunita Rao interviewing.\n\nScheduled by GoodTime for Brackenridge.",
        meet="meet",
    )


def _assessments_trials_agencies() -> None:
    _x(
        "Assessment Centre – Technology Graduate & Career Changer Programme",
        interview=True,
        company="Albion Mutual",
        role="Technology Career Changer Programme",
        org=("earlycareers@albionmutual.co.uk", "Albion Mutual Early Careers"),
        desc=(
            "Dear Alex,\n\nCongratulations on progressing to our Assessment Centre. The day (9:00–16:00) includes:\n"
            "• Group exercise\n• Written case study\n• Competency interview with a senior manager\n• Technical interview\n\n"
            "Dress code is business casual. Lunch is provided. Please bring photo ID and proof of right to work."
        ),
        loc="Albion Mutual, 3 Temple Quay, Bristol BS1 6DZ",
        zone="Europe/London",
        all_day=True,
    )
    _x(
        "Virtual Assessment Centre (Group exercise + interview)",
        interview=True,
        company="Kingsmere Consulting",
        role="Technology Consultant",
        org=("graduates@kingsmere.com", "Kingsmere Resourcing"),
        att=[person("assessor.pool@kingsmere.com", "Kingsmere Assessors", status="needsAction")],
        desc="You will join 5 other candidates for a 45-min group exercise, followed by a 1:1 interview with a Manager from our Technology practice (Technology Consultant).",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a2luZ3NtZXJl@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Trial day @ Moss & Fennel",
        interview=True,
        company="Moss & Fennel",
        role="Frontend Developer",
        desc="Paid trial day (they said ~£250). Bring laptop. Working with Ines on the checkout redesign. Ends with a 30 min chat with Tom.",
        loc="Moss & Fennel, 22 Redchurch St, London E2 7DJ",
        zone="Europe/London",
        all_day=True,
    )
    _x(
        "Work trial (day 2 of 3) – Ferrule",
        interview=True,
        company="Ferrule",
        role="Founding Engineer",
        org=("dana@ferrule.so", "Dana Whitlock"),
        att=[person("dana@ferrule.so", "Dana Whitlock"), person("li@ferrule.so", "Li Zhang")],
        desc="Day 2 of your paid work trial for the Founding Engineer role. Standup at 9:30 in #trial-alex on Slack, demo to Li at 4.",
        loc="Ferrule, 88 Mission St, San Francisco",
        all_day=True,
    )
    _x(
        "Call with Hays re: Senior Data Engineer (client: Oxbow Retail)",
        interview=True,
        company="Oxbow Retail",
        role="Senior Data Engineer",
        org=("jordan.pike@hays.com", "Jordan Pike"),
        desc="Hi Alex, as discussed this is a first chat about the Senior Data Engineer contract with my client Oxbow Retail (6 months, outside IR35, hybrid Leeds). I'll ring you on your mobile.",
        loc="Phone",
        zone="Europe/London",
    )
    _x(
        "Interview - Oxbow Retail - Senior Data Engineer (arranged by Hays)",
        interview=True,
        company="Oxbow Retail",
        role="Senior Data Engineer",
        org=("jordan.pike@hays.com", "Jordan Pike"),
        att=[person("jordan.pike@hays.com", "Jordan Pike")],
        desc="Alex — confirmed! Interview with Rachel Kemp (Data Platform Lead) and one of her engineers at Oxbow Retail. 1 hour, Teams link below from the client. Good luck, call me afterwards.\n\nJordan Pike | Hays Technology",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3hib3c@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Intro call – Confidential Fintech client (Staff Backend Engineer)",
        interview=True,
        company=None,
        role="Staff Backend Engineer",
        org=("cara@northbridgetalent.com", "Cara Lindqvist"),
        desc="Hi Alex, thanks for the quick reply! Looking forward to telling you more about the Staff Backend Engineer search I'm running for a Series C fintech (can share the name once you're comfortable). 20 mins. — Cara, Northbridge Talent",
        meet="meet",
    )
    _x(
        "Robert Walters | Alex Rivera | Screening",
        interview=True,
        company=None,
        role="Cloud Architect",
        org=("m.fontaine@robertwalters.com", "Mathieu Fontaine"),
        desc="Dear Alex,\n\nThank you for applying to the Cloud Architect vacancy advertised on our website. I would like to schedule a short screening call to understand your experience before presenting you to our client.\n\nBest regards,\nMathieu",
        loc="Telephone",
        zone="Europe/Paris",
    )
    _x(
        "Client interview: Quanta Freight (via TekHire)",
        interview=True,
        company="Quanta Freight",
        role="Python Developer",
        org=("sanjay.m@tekhire.com", "Sanjay Mehta"),
        att=[
            person("sanjay.m@tekhire.com", "Sanjay Mehta"),
            person("d.ross@quantafreight.com", "Derek Ross"),
        ],
        desc="Client: Quanta Freight\nPosition: Python Developer (W2 contract, 12 months)\nInterviewer: Derek Ross, Dev Manager\nFormat: 45 min technical over Teams\n\nPlease be on the call 5 min early. — Sanjay, TekHire Staffing",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cXVhbnRh@thread.v2/0",
        ),
        zone="America/Chicago",
    )
    _x(
        "Alex R. - submission call (Michael Page)",
        interview=True,
        company=None,
        role="Head of Engineering",
        org=("eloise.hart@michaelpage.com", "Eloise Hart"),
        desc="Quick call before I submit you for the Head of Engineering role with my (confidential) healthtech client. We'll cover salary and notice period. — Eloise",
        loc="Phone",
    )
    _x(
        "Face-to-face: Greyhaven Partners x Alex (Harbour Search)",
        interview=True,
        company="Greyhaven Partners",
        role="VP Engineering",
        org=("k.lai@harboursearch.com", "Kevin Lai"),
        att=[
            person("k.lai@harboursearch.com", "Kevin Lai"),
            person("ceo@greyhavenpartners.com", "Marcus Greyson"),
        ],
        desc="Alex, you're confirmed to meet Marcus Greyson (CEO) at Greyhaven Partners regarding the VP Engineering mandate. I'll meet you in the lobby at 9:50 to brief you.\n\nKevin Lai\nPartner, Harbour Search",
        loc="Greyhaven Partners, 101 California St, Suite 2800, San Francisco",
    )
    _x(
        "Probetag – Softwareentwicklung (Alex Rivera)",
        interview=True,
        company="Wegwarte Solutions",
        role="Softwareentwickler (m/w/d)",
        org=("karriere@wegwarte.de", "Wegwarte Solutions Karriere"),
        desc="Hallo Alex,\n\nwie besprochen laden wir Dich zu einem Probetag bei uns im Team ein. Du lernst das Team kennen, arbeitest an einer kleinen Aufgabe mit und wir schließen mit einem Feedbackgespräch ab.\n\nBeste Grüße\nJulia",
        loc="Wegwarte Solutions, Sonnenallee 112, 12045 Berlin",
        zone="Europe/Berlin",
        all_day=True,
    )
    _x(
        "Technical assessment (proctored, live) – Alex Rivera",
        interview=True,
        company="Sterling & Gale",
        role="Software Engineer, Risk Technology",
        org=("ta@sterlinggale.com", "Sterling & Gale TA"),
        att=[person("proctor@sterlinggale.com", "S&G Proctor")],
        desc="Live proctored technical assessment for Software Engineer, Risk Technology. A proctor will stay on the call; the second half is a discussion of your solution with an engineer. Camera on, please.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Contract role chat – Alex / Lisa (Skyline IT Recruitment)",
        interview=True,
        company=None,
        role="DevOps Engineer",
        org=("lisa@skyline-itr.com", "Lisa Brandt"),
        desc="Hi Alex, let's go through the contract DevOps Engineer role I mentioned — my client is a logistics firm in Reading, I just can't name them in a calendar invite yet. 15 min call, then I'd like to put you forward.",
        loc="Phone",
    )
    _x(
        "Stage 3 – In-person interview & office tour",
        interview=True,
        company="Quayside Games",
        role="Tools Programmer",
        org=("jobs@quaysidegames.com", "Quayside Games Recruitment"),
        att=[person("h.mcallister@quaysidegames.com", "Hamish McAllister")],
        desc="Stage 3 for Tools Programmer: in-person interview with Hamish (Tools Lead) and a studio tour. 2 hours.",
        loc="Quayside Games, 50 Pacific Quay, Glasgow G51 1EA",
        zone="Europe/London",
    )


def _own_notes() -> None:
    _x("phone screen - Lumio", interview=True, company="Lumio", role=None)
    _x("HM intvw Ferrostat", interview=True, company="Ferrostat", role=None)
    _x(
        "tech rd 2 @ Wavelength Audio",
        interview=True,
        company="Wavelength Audio",
        role=None,
        loc="Zoom",
    )
    _x(
        "interveiw Parabola 2nd round",
        interview=True,
        company="Parabola Labs",
        role=None,
        desc="w/ Ahmed again? check email",
    )
    _x(
        "Sys design - Nimbus Freight (sr swe)",
        interview=True,
        company="Nimbus Freight",
        role="sr swe",
    )
    _x(
        "Glasswing final",
        interview=True,
        company="Glasswing",
        role=None,
        loc="Glasswing HQ, 3rd fl",
    )
    _x(
        "call w/ recruiter from Halden",
        interview=True,
        company="Halden",
        role="Backend Engineer",
        desc="Tom, halden.io, re: backend engineer role. he'll call me. comp range??",
    )
    _x(
        "Onsite!!! Orchard Health",
        interview=True,
        company="Orchard Health",
        role=None,
        all_day=True,
    )
    _x("Rd 1 — Beacon (SRE)", interview=True, company="Beacon", role="SRE")
    _x(
        "Int. Marigold Bank – data eng",
        interview=True,
        company="Marigold Bank",
        role="data eng",
        loc="https://marigoldbank.zoom.us/j/84455566677",
    )
    _x("Bluefin coding rnd (hackerrank)", interview=True, company="Bluefin Media", role=None)
    _x(
        "Talk to Priyanka @ Tallgrass re staff eng role",
        interview=True,
        company="Tallgrass",
        role="staff eng",
        desc="she's the EM. recruiter (Ben) set it up. 45min",
    )
    _x("screening Zephyr Labs", interview=True, company="Zephyr Labs", role=None, loc="phone")
    _x("Meridian – 2nd interview (Eng Mgr)", interview=True, company="Meridian", role="Eng Mgr")
    _x(
        "Alder interview",
        interview=True,
        company="Alder",
        role=None,
        desc="https://meet.google.com/xyz-qrst-uvw\ninterviewer: Sam K., staff eng. leetcode medium probably",
    )
    _x("HM call Vireo - PM infra", interview=True, company="Vireo", role="PM infra")
    _x("intvw: Copperleaf (values)", interview=True, company="Copperleaf Games", role=None)
    _x(
        "Kite 1:1 w/ head of eng",
        interview=True,
        company="Kiteworks Studio",
        role=None,
        desc="from the recruiter email: 'Head of Eng would like a 1:1 before we send the offer'",
    )
    _x(
        "Interview",
        interview=True,
        company="Orrin Analytics",
        role="Analytics Engineer",
        desc="Orrin Analytics – Analytics Engineer. Call from +1 (628) 555-0198. Have portfolio open.",
    )
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        desc="recruiter call, number below. 2nd floor phone booth at work so nobody hears lol\n+1 (917) 555-0133",
    )
    _x(
        "Nimbus - behavioral + team fit",
        interview=True,
        company="Nimbus Freight",
        role=None,
        zone="America/Chicago",
    )
    _x("techscreen w/ Sable (go dev)", interview=True, company="Sable", role="go dev")
    _x(
        "Ferrostat onsite pt 2 (sys design)",
        interview=True,
        company="Ferrostat",
        role=None,
        loc="Ferrostat, 77 Dock St, Oakland",
    )


def _foreign_interviews() -> None:
    _x(
        "Vorstellungsgespräch Alex Rivera – Senior Data Engineer (m/w/d)",
        interview=True,
        company="Rheinblick Versicherung",
        role="Senior Data Engineer (m/w/d)",
        org=("recruiting@rheinblick-versicherung.de", "Rheinblick Versicherung Recruiting"),
        att=[
            person("s.mueller@rheinblick-versicherung.de", "Sabine Müller"),
            person("j.krause@rheinblick-versicherung.de", "Jan Krause"),
        ],
        desc=(
            "Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Gerne möchten wir Sie zu einem "
            "persönlichen Gespräch einladen.\n\nGesprächspartner: Sabine Müller (Teamleitung Data Platform), Jan Krause (HR Business Partner)\n"
            "Dauer: ca. 60 Minuten\n\nBitte melden Sie sich am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"
        ),
        loc="Rheinblick Versicherung, Konrad-Adenauer-Ufer 21, 50668 Köln",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Fachbereich – Tannhauser Logistik",
        interview=True,
        company="Tannhauser Logistik",
        role="Cloud Engineer",
        org=("bewerbung@tannhauser-logistik.at", "Tannhauser Logistik Personal"),
        att=[person("m.gruber@tannhauser-logistik.at", "Markus Gruber")],
        desc="Hallo Alex,\n\nanbei die Einladung zum Zweitgespräch mit dem Fachbereich für die Stelle Cloud Engineer. Herr Gruber (Head of IT Operations) wird technische Fragen zu AWS und Terraform stellen.\n\nLiebe Grüße aus Linz",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGFubmhhdXNlcg@thread.v2/0",
        ),
        zone="Europe/Vienna",
    )
    _x(
        "Entretien d'embauche – Alex Rivera – Développeur Full Stack",
        interview=True,
        company="Brume Numérique",
        role="Développeur Full Stack",
        org=("rh@brume-numerique.fr", "Brume Numérique – RH"),
        att=[person("claire.dubois@brume-numerique.fr", "Claire Dubois")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature pour le poste de Développeur Full Stack, nous avons le plaisir de vous convier à un "
            "premier entretien avec Claire Dubois, Responsable technique.\n\nL'entretien durera environ 45 minutes.\n\nBien cordialement,\nL'équipe RH"
        ),
        loc="Brume Numérique, 14 rue du Faubourg Saint-Antoine, 75012 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique (visio) – poste Ingénieur DevOps",
        interview=True,
        company="Sillon Énergies",
        role="Ingénieur DevOps",
        org=("talents@sillon-energies.fr", "Sillon Énergies Talents"),
        att=[person("yann.le-goff@sillon-energies.fr", "Yann Le Goff")],
        desc="Bonjour,\nVous trouverez ci-dessous le lien pour votre entretien technique avec Yann Le Goff (lead DevOps). Prévoir un partage d'écran.\nÀ bientôt,\nSillon Énergies",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista de trabajo – Alex Rivera (Ingeniero/a de Software Backend)",
        interview=True,
        company="Cardumen",
        role="Ingeniero/a de Software Backend",
        org=("talento@cardumen.mx", "Talento Cardumen"),
        att=[person("lucia.ramirez@cardumen.mx", "Lucía Ramírez")],
        desc="Hola Alex:\n\nGracias por postularte a la vacante de Ingeniero/a de Software Backend. Te confirmamos la entrevista con Lucía Ramírez, líder de ingeniería. Duración: 50 minutos.\n\n¡Mucho éxito!\nEquipo de Talento",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista técnica Alba Pagos – prueba en vivo",
        interview=True,
        company="Alba Pagos",
        role="Desarrollador Senior Java",
        org=("seleccion@albapagos.es", "Selección Alba Pagos"),
        att=[
            person("jorge.serrano@albapagos.es", "Jorge Serrano"),
            person("marta.gil@albapagos.es", "Marta Gil"),
        ],
        desc="Buenos días Alex,\nte enviamos la convocatoria para la entrevista técnica del proceso de Desarrollador Senior Java. Haremos un ejercicio de programación en directo en CoderPad con Jorge y Marta.\nUn saludo,\nEquipo de Selección",
        conf=("Zoom Meeting", "https://albapagos.zoom.us/j/91234500011"),
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista com Gestor – Engenheiro de Dados Sênior",
        interview=True,
        company="Ipê Digital",
        role="Engenheiro de Dados Sênior",
        org=("recrutamento@ipedigital.com.br", "Recrutamento Ipê Digital"),
        att=[person("rafael.souza@ipedigital.com.br", "Rafael Souza")],
        desc="Olá Alex, tudo bem?\n\nConforme combinamos, segue o convite para a entrevista com o gestor da vaga de Engenheiro de Dados Sênior, Rafael Souza. A conversa deve durar cerca de 1 hora.\n\nAbraços,\nTime de Gente & Gestão",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista – Alex Rivera | Tejo Seguros",
        interview=True,
        company="Tejo Seguros",
        role="Analista Programador",
        org=("rh@tejoseguros.pt", "Recursos Humanos Tejo Seguros"),
        desc="Caro Alex,\n\nVimos por este meio confirmar a sua entrevista para a função de Analista Programador, nas nossas instalações em Lisboa.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
        loc="Tejo Seguros, Avenida da Liberdade 190, 1250-147 Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Colloquio conoscitivo – Alex Rivera",
        interview=True,
        company="Vela Software",
        role="Sviluppatore Backend Senior",
        org=("hr@velasoftware.it", "HR Vela Software"),
        att=[person("giulia.romano@velasoftware.it", "Giulia Romano")],
        desc="Ciao Alex,\ncome anticipato telefonicamente, ti invio l'invito per il colloquio conoscitivo per la posizione di Sviluppatore Backend Senior con Giulia Romano (HR).\nA presto!",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Secondo colloquio tecnico – Lanterna Bank",
        interview=True,
        company="Lanterna Bank",
        role=None,
        org=("selezione@lanternabank.it", "Selezione del Personale"),
        att=[person("p.esposito@lanternabank.it", "Paolo Esposito")],
        desc="Gentile Alex,\nLe confermiamo il secondo colloquio tecnico con l'Ing. Esposito presso la nostra sede di Milano.\nCordiali saluti",
        loc="Lanterna Bank, Via Dante 9, 20123 Milano",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek Alex Rivera – Data Scientist",
        interview=True,
        company="Polderkracht",
        role="Data Scientist",
        org=("werving@polderkracht.nl", "Polderkracht Werving & Selectie"),
        att=[
            person("sanne.jansen@polderkracht.nl", "Sanne Jansen"),
            person("r.bakker@polderkracht.nl", "Ruud Bakker"),
        ],
        desc="Beste Alex,\n\nLeuk dat je hebt gesolliciteerd op de functie Data Scientist! Hierbij de uitnodiging voor het eerste gesprek met Sanne (teamlead) en Ruud (recruiter).\n\nTot dan!\nTeam Polderkracht",
        loc="Polderkracht, Stationsplein 45, 3511 ED Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera / Senior Python Developer",
        interview=True,
        company="Wisła Tech",
        role="Senior Python Developer",
        org=("rekrutacja@wislatech.pl", "Rekrutacja Wisła Tech"),
        att=[person("anna.nowak@wislatech.pl", "Anna Nowak")],
        desc="Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Senior Python Developer. Zapraszamy na rozmowę rekrutacyjną online z Anną Nowak (Tech Lead). Rozmowa potrwa ok. 60 minut.\n\nPozdrawiamy,\nZespół Rekrutacji",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2lzbGE@thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Anställningsintervju – Backendutvecklare, Fjällgård",
        interview=True,
        company="Fjällgård",
        role="Backendutvecklare",
        org=("rekrytering@fjallgard.se", "Fjällgård Rekrytering"),
        att=[person("johan.lund@fjallgard.se", "Johan Lund")],
        desc="Hej Alex!\n\nTack för din ansökan till tjänsten som Backendutvecklare. Vi vill gärna träffa dig för en intervju med Johan Lund (utvecklingschef).\n\nVälkommen!",
        loc="Fjällgård, Kungsgatan 30, 111 35 Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "【一次面接】Alex Rivera様 / バックエンドエンジニア",
        interview=True,
        company="ミナトテック",
        role="バックエンドエンジニア",
        org=("saiyo@minatotech.co.jp", "株式会社ミナトテック 採用担当"),
        att=[person("t.suzuki@minatotech.co.jp", "鈴木 拓也")],
        desc=(
            "Alex Rivera様\n\nこの度は株式会社ミナトテックのバックエンドエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "一次面接の日程が確定いたしましたのでご連絡いたします。\n\n面接官：鈴木（開発部 マネージャー）\n形式：オンライン（Google Meet）\n所要時間：45分\n\n"
            "当日はどうぞよろしくお願いいたします。\n\n株式会社ミナトテック 人事部 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員）- Sakura Data",
        interview=True,
        company="Sakura Data",
        role="データエンジニア",
        org=("recruit@sakuradata.jp", "Sakura Data 採用チーム"),
        desc="Alex様\n\nデータエンジニアポジションの最終面接のご案内です。\n当日は代表取締役の佐藤が面接を担当いたします。\n本社受付にてお名前をお伝えください。",
        loc="東京都渋谷区道玄坂1-10-8 渋谷道玄坂東急ビル 5F",
        zone="Asia/Tokyo",
    )
    _x(
        "面试邀请：Alex Rivera - 高级后端开发工程师（二面）",
        interview=True,
        company="云帆科技",
        role="高级后端开发工程师",
        org=("hr@yunfantech.cn", "云帆科技 招聘团队"),
        att=[person("wang.lei@yunfantech.cn", "王磊")],
        desc="Alex 您好：\n\n感谢您对云帆科技的关注！现邀请您参加高级后端开发工程师岗位的第二轮技术面试。\n面试官：王磊（技术总监）\n面试形式：腾讯会议 视频面试\n会议号：512 889 301\n\n祝顺利！\n云帆科技人力资源部",
        loc="腾讯会议 512 889 301",
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 - 青禾智能",
        interview=True,
        company="青禾智能",
        role=None,
        desc="HR 陈小姐，电话面试，聊薪资和入职时间",
        loc="电话",
        zone="Asia/Shanghai",
    )
    _x(
        "[Nuri Labs] 1차 실무 면접 안내 - Alex Rivera님",
        interview=True,
        company="Nuri Labs",
        role="프론트엔드 개발자",
        org=("recruit@nurilabs.kr", "누리랩스 채용팀"),
        att=[person("jiwon.park@nurilabs.kr", "박지원")],
        desc="안녕하세요 Alex Rivera님,\n\n누리랩스(Nuri Labs) 프론트엔드 개발자 포지션에 지원해 주셔서 감사합니다.\n1차 실무 면접 일정을 안내드립니다.\n\n면접관: 박지원 (프론트엔드 리드)\n소요 시간: 약 60분\n\n감사합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "İş görüşmesi – Alex Rivera / Kıdemli Yazılım Mühendisi",
        interview=True,
        company="Lale Yazılım",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İnsan Kaynakları"),
        att=[person("emre.yilmaz@laleyazilim.com.tr", "Emre Yılmaz")],
        desc="Merhaba Alex,\n\nKıdemli Yazılım Mühendisi pozisyonu için yapacağımız teknik mülakat bilgileri aşağıdadır.\nGörüşmeci: Emre Yılmaz (Yazılım Müdürü)\nSüre: 1 saat\n\nİyi günler dileriz.",
        conf=("Zoom Meeting", "https://laleyazilim.zoom.us/j/87700011122"),
        zone="Europe/Istanbul",
    )
    _x(
        "Собеседование: Alex Rivera — Go-разработчик",
        interview=True,
        company="Северный Код",
        role="Go-разработчик",
        org=("hr@severcode.ru", "Северный Код HR"),
        att=[person("d.orlov@severcode.ru", "Дмитрий Орлов")],
        desc="Алекс, добрый день!\n\nПриглашаем вас на техническое собеседование на позицию Go-разработчик. С нашей стороны будет Дмитрий Орлов, тимлид.\nДлительность — около часа.\n\nС уважением,\nкоманда подбора",
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "साक्षात्कार: Alex Rivera – Senior Data Engineer | Kaveri Analytics",
        interview=True,
        company="Kaveri Analytics",
        role="Senior Data Engineer",
        org=("talent@kaverianalytics.in", "Kaveri Analytics Talent"),
        att=[person("ananya.iyer@kaverianalytics.in", "Ananya Iyer")],
        desc="नमस्ते Alex,\n\nSenior Data Engineer पद के लिए आपका तकनीकी साक्षात्कार निर्धारित किया गया है। साक्षात्कारकर्ता: Ananya Iyer (Engineering Manager)\nअवधि: 60 मिनट\n\nधन्यवाद,\nKaveri Analytics HR",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "مقابلة عمل – Alex Rivera – مهندس برمجيات أول",
        interview=True,
        company="Nakheel Digital",
        role="مهندس برمجيات أول",
        org=("careers@nakheeldigital.ae", "Nakheel Digital Careers"),
        att=[person("omar.khalid@nakheeldigital.ae", "Omar Khalid")],
        desc="مرحباً Alex،\n\nيسعدنا دعوتك لمقابلة عمل لوظيفة مهندس برمجيات أول لدى Nakheel Digital مع السيد عمر خالد (مدير الهندسة).\nمدة المقابلة: 45 دقيقة عبر Microsoft Teams.\n\nمع أطيب التحيات،\nفريق التوظيف",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bmFraGVlbA@thread.v2/0",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "Pohovor – Alex Rivera (DevOps inženýr)",
        interview=True,
        company="Vltava Cloud",
        role="DevOps inženýr",
        org=("nabor@vltavacloud.cz", "Vltava Cloud – nábor"),
        desc="Dobrý den,\npotvrzujeme termín pohovoru na pozici DevOps inženýr. Pohovor povede Tomáš Novák.\nS pozdravem",
        loc="Vltava Cloud, Karlínské nám. 12, Praha 8",
        zone="Europe/Prague",
    )
    _x(
        "Jobsamtale – Alex Rivera, Softwareudvikler",
        interview=True,
        company="Havblik",
        role="Softwareudvikler",
        org=("job@havblik.dk", "Havblik HR"),
        att=[person("mette.hansen@havblik.dk", "Mette Hansen")],
        desc="Hej Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til en samtale om stillingen som Softwareudvikler hos Havblik.\n\nVenlig hilsen\nMette",
        loc="Havblik, Strandgade 56, 1401 København K",
        zone="Europe/Copenhagen",
    )
    _x(
        "Työhaastattelu: Alex Rivera – Ohjelmistokehittäjä",
        interview=True,
        company="Revontuli Systems",
        role="Ohjelmistokehittäjä",
        org=("rekry@revontuli.fi", "Revontuli Systems rekrytointi"),
        desc="Hei Alex,\n\nkiitos hakemuksestasi! Kutsumme sinut työhaastatteluun Teamsissa. Haastattelijana toimii tiiminvetäjä Mikko Virtanen.\n\nTerveisin,\nRevontuli Systems",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmV2b250dWxp@thread.v2/0",
        ),
        zone="Europe/Helsinki",
    )
    _x(
        "ראיון עבודה – Alex Rivera | Backend Developer",
        interview=True,
        company="Gefen Security",
        role="Backend Developer",
        org=("jobs@gefensecurity.co.il", "Gefen Security Recruiting"),
        att=[person("noa.levi@gefensecurity.co.il", "נועה לוי")],
        desc="היי Alex,\nשמחים להזמין אותך לראיון עבודה טכני למשרת Backend Developer עם נועה לוי (ראש צוות).\nבהצלחה!",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "Phỏng vấn vòng 2 – Alex Rivera – Kỹ sư phần mềm",
        interview=True,
        company="Sông Hồng Tech",
        role="Kỹ sư phần mềm",
        org=("tuyendung@songhongtech.vn", "Sông Hồng Tech Tuyển dụng"),
        desc="Chào Alex,\n\nChúng tôi xin mời bạn tham gia phỏng vấn vòng 2 cho vị trí Kỹ sư phần mềm tại Sông Hồng Tech.\nThời lượng: 60 phút, qua Google Meet.\n\nTrân trọng.",
        meet="meet",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Wawancara User – Alex Rivera (Data Engineer) – Nusantara Pay",
        interview=True,
        company="Nusantara Pay",
        role="Data Engineer",
        org=("rekrutmen@nusantarapay.co.id", "Rekrutmen Nusantara Pay"),
        att=[person("budi.santoso@nusantarapay.co.id", "Budi Santoso")],
        desc="Halo Alex,\n\nTerima kasih atas lamaran Anda untuk posisi Data Engineer. Berikut undangan wawancara user bersama Bapak Budi Santoso (Head of Data).\n\nSalam,\nTim Rekrutmen",
        meet="meet",
        zone="Asia/Jakarta",
    )
    _x(
        "Співбесіда з техлідом – Alex Rivera",
        interview=True,
        company="Dnipro Soft",
        role="Senior Node.js Developer",
        org=("hr@dniprosoft.ua", "Dnipro Soft HR"),
        att=[person("o.kovalenko@dniprosoft.ua", "Олександр Коваленко")],
        desc="Привіт, Alex!\n\nЗапрошуємо на технічну співбесіду на позицію Senior Node.js Developer з нашим техлідом Олександром. Тривалість — 1 година.\n\nДо зустрічі!",
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "Συνέντευξη – Alex Rivera – Software Engineer (Aegean Mobility)",
        interview=True,
        company="Aegean Mobility",
        role="Software Engineer",
        org=("hr@aegeanmobility.gr", "Aegean Mobility HR"),
        desc="Καλησπέρα Alex,\n\nΣας επιβεβαιώνουμε τη συνέντευξη για τη θέση Software Engineer στα γραφεία μας στην Αθήνα.\n\nΜε εκτίμηση,\nΤμήμα Ανθρώπινου Δυναμικού",
        loc="Aegean Mobility, Λεωφ. Κηφισίας 44, Μαρούσι 151 25",
        zone="Europe/Athens",
    )
    _x(
        "Jobbintervju hos Fjordlys",
        interview=True,
        company="Fjordlys",
        role=None,
        desc="Intervju med Ingrid og en utvikler. Ta med CV på papir.",
        loc="Fjordlys AS, Tollbugata 8, Oslo",
        zone="Europe/Oslo",
    )
    _x(
        "Vorstellungsgespräch Klarwerk",
        interview=True,
        company="Klarwerk",
        role=None,
        zone="Europe/Zurich",
    )
    _x(
        "entretien RH Brume (2e tour)",
        interview=True,
        company="Brume Numérique",
        role=None,
        zone="Europe/Paris",
    )


def _conducted_at_work() -> None:
    _x(
        "Interview: Jordan Park for Backend Engineer (Payments)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("jordan.park.dev@gmail.com", "Jordan Park"),
            person("maya.ruiz@initech.com", "Maya Ruiz"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>You are scheduled to interview <b>Jordan Park</b> for <b>Backend Engineer (Payments)</b>.</p>"
            "<p>Focus: Coding — API design &amp; data structures<br>Interview kit and scorecard: "
            '<a href="https://app.greenhouse.io/scorecards/88213">Open in Greenhouse</a></p>'
            "<p>Please submit your scorecard within 24 hours.</p>"
        ),
        meet="meet",
    )
    _x(
        "Phone Screen: Mei Lin (Data Engineer II) — interviewer: Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("nia.bailey@initech.com", "Nia Bailey"),
        att=[person("mei.lin.sf@outlook.com", "Mei Lin")],
        desc="Resume attached in Greenhouse. 45 min technical phone screen — SQL + one Python question from the DE bank. Please leave feedback by EOD.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95511122233"),
    )
    _x(
        "Onsite: Rahul Verma — Alex (System Design)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting Coordination"),
        att=[
            person("rahul.verma.eng@gmail.com", "Rahul Verma"),
            person("conf-4-penrose@initech.com", "4F Penrose (6)", resource=True),
        ],
        desc="Candidate: Rahul Verma\nRole: Senior Software Engineer\nYour session: System Design (60 min)\nPrompt: see interviewer guide v3 — 'design a rate limiter'\nPlease escort the candidate to Turing (4F) afterwards.",
        loc="4F Penrose (6)",
    )
    _x(
        "Debrief: Rahul Verma (Senior SWE)",
        interview=False,
        me=WORK_ME,
        org=("recruiting-coord@initech.com", "Initech Recruiting Coordination"),
        att=[
            person("maya.ruiz@initech.com", "Maya Ruiz"),
            person("ken.oduya@initech.com", "Ken Oduya"),
            person("lucy.tran@initech.com", "Lucy Tran"),
        ],
        desc="Please have scorecards submitted before the debrief. Hiring manager: Ken Oduya.",
        meet="meet",
    )
    _x(
        "Hiring committee – Data Platform reqs (weekly)",
        interview=False,
        me=WORK_ME,
        org=("ken.oduya@initech.com", "Ken Oduya"),
        att=[
            person("nia.bailey@initech.com", "Nia Bailey"),
            person("lucy.tran@initech.com", "Lucy Tran"),
        ],
        desc="Standing HC: review packets for open Data Platform reqs, decide next steps, pipeline health.",
        meet="meet",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("talent-learning@initech.com", "Initech Talent Learning"),
        desc="Required before you join interview loops. Covers bias, rubric-based scoring, and writing good feedback. Includes a practice round where you interview a volunteer.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/92233344455"),
    )
    _x(
        "Shadow: Priya's coding interview (Alex shadowing)",
        interview=False,
        me=WORK_ME,
        org=("priya.das@initech.com", "Priya Das"),
        att=[person("priya.das@initech.com", "Priya Das")],
        desc="You're shadowing — camera off, don't ask questions, take notes on how I run the problem. We'll sync for 10 min after.",
        meet="meet",
    )
    _x(
        "ModernLoop: You're interviewing Tomás Ruiz — Coding",
        interview=False,
        me=WORK_ME,
        org=("scheduling@initech.com", "Initech Scheduling"),
        att=[person("tomas.ruiz.code@gmail.com", "Tomás Ruiz")],
        desc="Interviewer: Alex Rivera\nCandidate: Tomás Ruiz\nRole: Software Engineer II\nSession: Coding\nCoderPad: https://app.coderpad.io/INITECH-7781\n\nScheduled via ModernLoop",
        meet="meet",
    )
    _x(
        "Intern interviews x3 (back-to-back)",
        interview=False,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Summer internship interviews — 3 x 30 min. Candidates and packets in the shared folder. Use the intern rubric, not the new-grad one.",
        loc="Initech 3F — Ada room",
    )
    _x(
        "Candidate lunch – Sofia G. (Staff Eng)",
        interview=False,
        me=WORK_ME,
        org=("ken.oduya@initech.com", "Ken Oduya"),
        att=[person("ken.oduya@initech.com", "Ken Oduya")],
        desc="Alex, can you take Sofia to lunch between her sessions? Not evaluated, just sell the team. Expense it under recruiting.",
        loc="Tartine Manufactory",
    )
    _x(
        "Calibration: SWE II interview rubric",
        interview=False,
        me=WORK_ME,
        org=("lucy.tran@initech.com", "Lucy Tran"),
        att=[
            person("priya.das@initech.com", "Priya Das"),
            person("maya.ruiz@initech.com", "Maya Ruiz"),
        ],
        desc="Let's align on what 'strong hire' means for SWE II coding. Bring two recent scorecards.",
        meet="meet",
    )
    _x(
        "Take-home review: candidate #4417 (Frontend)",
        interview=False,
        me=WORK_ME,
        desc="review repo + leave comments in Greenhouse before Thursday debrief",
    )
    _x(
        "Interview availability request — please confirm",
        interview=False,
        me=WORK_ME,
        org=("goodtime@initech.com", "Initech Interview Scheduling"),
        desc="Hold for a possible interview slot (Backend Engineer loop). GoodTime will confirm or release this hold 24h in advance. Candidate details to follow.",
        my_status="tentative",
    )
    _x(
        "Reverse shadow — Alex leads, Priya observes (candidate: E. Novak)",
        interview=False,
        me=WORK_ME,
        org=("priya.das@initech.com", "Priya Das"),
        att=[
            person("priya.das@initech.com", "Priya Das"),
            person("eva.novak@protonmail.com", "Eva Novak"),
        ],
        desc="Final step of your interviewer certification: you run the session, I'll observe and give feedback afterwards.",
        meet="meet",
    )
    _x(
        "Meet the Team: Q&A with candidate (Eng Manager search)",
        interview=False,
        me=WORK_ME,
        org=("nia.bailey@initech.com", "Nia Bailey"),
        att=[person("d.okafor.mgmt@gmail.com", "Daniel Okafor")],
        desc="Informal session where our EM finalist Daniel meets future reports. You'll be one of the panelists answering his questions about the team.",
        meet="meet",
    )
    _x(
        "Initech Blog: Employee spotlight interview with Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Internal Comms"),
        desc="Hi Alex! Thanks for agreeing to be featured in this month's 'Meet the Builders' post. 20 minutes — I'll ask about your team, your favorite project and life outside work. Photo afterwards.",
        meet="meet",
    )
    _x(
        "Sourcing jam — Data Platform",
        interview=False,
        me=WORK_ME,
        org=("nia.bailey@initech.com", "Nia Bailey"),
        desc="Bring 10 LinkedIn profiles you'd want to interview; we'll draft outreach together. Snacks provided.",
        loc="Initech 2F — Hopper",
    )
    _x(
        "Hiring sync w/ Nia (recruiting)",
        interview=False,
        me=WORK_ME,
        org=("nia.bailey@initech.com", "Nia Bailey"),
        desc="weekly 1:1 on open reqs, offers out, candidates in loop",
        meet="meet",
    )


def _other_peoples_interviews() -> None:
    _x(
        "Sam's interview at Kaiser – drive him",
        interview=False,
        desc="drop off 8:40, he's done ~11",
        loc="Kaiser Permanente Oakland Medical Center",
    )
    _x(
        "Mom – citizenship interview (USCIS)",
        interview=False,
        desc="Bring: green card, passport, appointment notice, 2 photos. I'm going as driver/moral support.",
        loc="USCIS San Francisco Field Office, 630 Sansome St",
    )
    _x(
        "FYI: my interview at Solace Health (can you do school pickup?)",
        interview=False,
        org=("chris.nakamura@gmail.com", "Chris Nakamura"),
        att=[person("chris.nakamura@gmail.com", "Chris Nakamura")],
        desc="Hey babe, putting this on your calendar so you know — it's my final round, I won't be reachable 1-5. Can you grab Leo at 3:15? ❤️",
    )
    _x("Text Lena good luck (her final round @ Quillmate)", interview=False)
    _x(
        "Reference call re: Marcus Tate (for Tallwood)",
        interview=False,
        org=("recruiting@tallwood.com", "Tallwood Recruiting"),
        desc="Hi Alex, Marcus listed you as a reference for our Senior Engineer role. 15 minutes to ask about your experience working with him at Initech. Thank you!",
        loc="Phone",
    )
    _x("Watch kids – Jen has a job interview", interview=False, loc="Jen's place")
    _x(
        "Pick up Noah after college interview",
        interview=False,
        desc="alumni interview at the coffee shop on College Ave, should be ~45 min",
        loc="Philz Coffee, College Ave, Berkeley",
    )
    _x(
        "Referral: Taylor interviewing at Brightwave",
        interview=False,
        desc="I referred Taylor — check the referral portal after her onsite to see if the bonus triggered",
    )
    _x("Dad's job interview - lend him the car", interview=False, all_day=True)
    _x(
        "Priya (sis) onsite in NYC – call her after",
        interview=False,
        desc="she's interviewing for the PM job at that bank; call ~6pm ET",
        zone="America/New_York",
    )


def _mock_and_coaching() -> None:
    _x(
        "Mock interview – System Design (Pramp)",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Your peer mock interview is confirmed!\nTopic: System Design\nYou'll interview your peer for 30 min, then switch roles.\nJoin at https://www.pramp.com/session/8a7f2",
        loc="https://www.pramp.com/session/8a7f2",
    )
    _x(
        "interviewing.io practice session – senior backend (anonymous)",
        interview=False,
        desc="Practice with a FAANG senior engineer, anonymous, recorded for my review. $225. NOT a real interview — just practice.",
        loc="https://interviewing.io/",
    )
    _x(
        "Career coaching w/ Dana – salary negotiation",
        interview=False,
        org=("dana@brightpathcoaching.com", "Dana Ellison"),
        desc="Session 3 of 4. Bring your current offers + ranges you've heard. We'll role-play the recruiter call.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81122334455"),
    )
    _x(
        "mock behavioral w/ Kim",
        interview=False,
        desc="she plays hiring manager. practice 'tell me about a conflict' + 'why are you leaving Initech'",
    )
    _x(
        "Exponent: PM mock interview (product design)",
        interview=False,
        org=("mocks@tryexponent.com", "Exponent Mock Interviews"),
        desc="Peer mock interview — product design question. You'll be matched with another Exponent member.",
        meet="meet",
    )
    _x(
        "Resume review – TopResume",
        interview=False,
        org=("writer.amy@topresume.com", "Amy (TopResume)"),
        desc="30-min call to walk through your rewritten resume and LinkedIn summary.",
        loc="Phone",
    )
    _x(
        "Volunteer: mock interviews at Code Bridge bootcamp",
        interview=False,
        org=("volunteers@codebridge.org", "Code Bridge Volunteers"),
        desc="Thanks for volunteering! You'll run three 30-minute mock technical interviews for our graduating cohort and give feedback using the rubric attached.",
        loc="Code Bridge, 1 Market St, Spear Tower, San Francisco",
    )
    _x(
        "Leetcode study group (graphs)",
        interview=False,
        loc="Discord",
        desc="weekly, we do 3 problems then review",
    )
    _x(
        "Mock onsite with ex-coworkers",
        interview=False,
        att=[
            person("ben.ostrowski.dev@gmail.com", "Ben O."),
            person("lucia.fm@gmail.com", "Lucía"),
        ],
        desc="Ben does coding, Lucía does design, I buy the pizza. Full dress rehearsal for the Vantora onsite.",
        loc="my place",
    )
    _x(
        "Hello Interview – staff-level system design mock",
        interview=False,
        org=("sessions@hellointerview.com", "Hello Interview"),
        desc="Your mock interview with a verified coach is booked. Topic: Design a news feed. Feedback report delivered within 24 hours.",
        meet="meet",
    )
    _x(
        "Interview Kickstart – live class: Dynamic Programming",
        interview=False,
        org=("classes@interviewkickstart.com", "Interview Kickstart"),
        desc="Live class, week 6. Homework due before class.",
        conf=("Zoom Meeting", "https://interviewkickstart.zoom.us/j/86677788899"),
    )
    _x(
        "Coaching: leadership interview prep (EM track)",
        interview=False,
        org=("sarah@nextlevelcareers.io", "Sarah Quint"),
        desc="We'll rehearse your stories for the Brackenridge EM loop and tighten the 'managing low performers' answer.",
        meet="meet",
    )


def _press_visa_school() -> None:
    _x(
        "Podcast recording: Data Bytes ep. 142 (guest: Alex Rivera)",
        interview=False,
        org=("hello@databytespod.fm", "Data Bytes Podcast"),
        att=[person("mo@databytespod.fm", "Mo Achebe")],
        desc="Thanks for coming on the show! We'll record for ~50 minutes on Riverside. Topics: streaming pipelines, on-call culture, your talk at DataConf. Please use headphones.\n\nStudio link: https://riverside.fm/studio/data-bytes",
        loc="https://riverside.fm/studio/data-bytes",
    )
    _x(
        "Interview with TechBeat reporter (re: Initech outage postmortem)",
        interview=False,
        me=WORK_ME,
        org=("press@initech.com", "Initech Press Office"),
        att=[person("j.aldana@techbeat.news", "Julia Aldana")],
        desc="On-the-record interview. Comms (Ryan) will be on the call. Stick to the published postmortem; no customer names.",
        meet="meet",
    )
    _x(
        "Visa interview – Consulate General of Germany (Blue Card)",
        interview=False,
        desc="Bring: passport, contract, university degree + ZAB statement, photos, fee €75. Arrive 15 min early, no phones inside.",
        loc="Consulate General of Germany, 1960 Jackson St, San Francisco",
    )
    _x(
        "Global Entry interview – SFO enrollment center",
        interview=False,
        desc="Conditional approval letter + passport + driver's license",
        loc="SFO International Terminal, Level 3",
    )
    _x(
        "Kindergarten admissions interview – Maple Grove Montessori",
        interview=False,
        org=("admissions@maplegrovemontessori.org", "Maple Grove Admissions"),
        desc="Parent interview + child visit for Leo. Please plan for 45 minutes. Siblings welcome in the play area.",
        loc="Maple Grove Montessori, 220 Laurel St, Oakland",
    )
    _x(
        "MBA admissions interview – Bayview School of Business",
        interview=False,
        org=("mba.admissions@bayview.edu", "Bayview MBA Admissions"),
        desc="Dear Alex, you have been invited to an evaluative interview for the Full-Time MBA, Round 2. The interview will be conducted by a second-year student and lasts 30 minutes.",
        conf=("Zoom Meeting", "https://bayview.zoom.us/j/93344455566"),
        zone="America/New_York",
    )
    _x(
        "Alumni interview – applicant #A-3381 (Class of 2030)",
        interview=False,
        org=("alumni-interviews@lakeshore.edu", "Lakeshore College Alumni Interview Program"),
        desc="Thank you for interviewing for Lakeshore! Your applicant, Daniela R., is a senior at Berkeley High. Please submit your report within 48 hours of the conversation.",
        loc="Peet's Coffee, Shattuck Ave",
    )
    _x(
        "PhD admissions interview – Informatics (University of Edinburgh)",
        interview=False,
        org=("pgr-admissions@inf.ed.ac.uk", "Informatics PGR Admissions"),
        desc="Interview with potential supervisors for PhD entry in September. 30 minutes, Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWRpbmJ1cmdo@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Oral history: interview Grandpa about the shipyard years",
        interview=False,
        desc="record on phone, ask about 1968 strike + how he met grandma",
        loc="Grandpa's, Vallejo",
    )
    _x(
        "KQED: community garden segment (on camera)",
        interview=False,
        org=("producer@kqed-local.org", "Leila, KQED"),
        desc="Quick on-camera interview about the Fruitvale community garden for Friday's local segment. Wear something without logos.",
        loc="Fruitvale Community Garden",
    )
    _x(
        "Student paper interview — 'Where are they now' alumni feature",
        interview=False,
        org=("editor@thecampusdaily.com", "The Campus Daily"),
        desc="Hi Alex, I'm writing a feature on CS alumni for The Campus Daily. Would love 20 min to ask about your path from our program into data engineering.",
        meet="meet",
    )
    _x(
        "My blog: interview Dr. Chen about synthetic data",
        interview=False,
        att=[person("wchen@stanfordish.edu", "Wei Chen")],
        desc="Q list in Notion. Record on Zoom, transcribe with Otter.",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/84455566600"),
    )
    _x(
        "K-1 visa interview – Mariana (US Embassy Bogotá)",
        interview=False,
        desc="Mariana's interview. I'm on standby with docs (I-134, tax returns) in case they ask. Call after.",
        zone="America/Bogota",
        all_day=True,
    )
    _x(
        "DataConf talk: 'Interviews that don't suck: hiring data engineers'",
        interview=False,
        desc="my talk, room B, 25 min + Q&A. clicker!",
        loc="Moscone West, Room B",
    )


def _research_and_reviews() -> None:
    _x(
        "User Interviews study: How do you manage personal finances? ($75)",
        interview=False,
        org=("studies@userinterviews.com", "User Interviews"),
        desc="You've been confirmed for a 45-minute remote interview with a researcher from a fintech company. You will receive a $75 Amazon gift card after the session.\n\nJoin link will be emailed 1 hour before.",
        loc="https://www.userinterviews.com/session/join",
    )
    _x(
        "Respondent: Developer tools research (60 min, $150)",
        interview=False,
        org=("noreply@respondent.io", "Respondent"),
        desc="Project: Understanding how backend engineers debug production issues\nIncentive: $150 USD\nFormat: 1:1 video interview with the research team\n\nPlease join on time — no-shows may affect your participant rating.",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/82200011100"),
    )
    _x(
        "Customer research interview – Acme Corp ops team",
        interview=False,
        me=WORK_ME,
        org=("hannah.lee@initech.com", "Hannah Lee"),
        att=[
            person("r.gomez@acmecorp.com", "Ricardo Gomez"),
            person("hannah.lee@initech.com", "Hannah Lee"),
        ],
        desc="Discovery interview for the new reporting pipeline. Hannah leads, Alex takes notes and asks technical follow-ups. Consent form signed.",
        meet="meet",
    )
    _x(
        "Usability test (moderated): Initech mobile app – session 4",
        interview=False,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
        desc="Observers: stay muted, post questions in #ux-live. Participant P4 (external).",
        meet="meet",
    )
    _x(
        "Performance review – Alex / Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        att=[person("morgan.blake@initech.com", "Morgan Blake")],
        desc="H2 review conversation. Please read your written review in Lattice beforehand.",
        loc="Initech 5F — Lovelace",
    )
    _x(
        "Mid-year check-in",
        interview=False,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        desc="goals, growth, anything blocking you",
        meet="meet",
    )
    _x(
        "Exit interview — Sam Torres",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Initech HR Business Partner"),
        att=[person("sam.torres@initech.com", "Sam Torres")],
        desc="Sam's last week. HR will run the exit interview; Alex joins for the last 10 minutes for handover questions.",
        meet="meet",
    )
    _x(
        "Stay interview (HR pilot program)",
        interview=False,
        me=WORK_ME,
        org=("people-programs@initech.com", "Initech People Programs"),
        desc="You've been randomly selected for our stay-interview pilot: a confidential 30-min chat about what keeps you at Initech and what might make you leave.",
        meet="meet",
    )
    _x(
        "Skip-level w/ Renata (VP Eng)",
        interview=False,
        me=WORK_ME,
        org=("renata.silva@initech.com", "Renata Silva"),
        desc="quarterly skip-level",
        loc="Renata's office",
    )
    _x(
        "Promo committee readout",
        interview=False,
        me=WORK_ME,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        desc="Talk through promo committee feedback on your Senior II packet.",
        meet="meet",
    )
    _x(
        "360 feedback – peer interview for Lucy Tran",
        interview=False,
        me=WORK_ME,
        org=("coach.elena@initech.com", "Elena (Leadership Coach)"),
        desc="Lucy is in our leadership program. I'm interviewing a few of her peers for confidential 360 feedback. 25 minutes.",
        meet="meet",
    )
    _x(
        "Jury duty – report for voir dire",
        interview=False,
        desc="Juror #2214. Call the night before to check if group is needed.",
        loc="Rene C. Davidson Courthouse, 1225 Fallon St, Oakland",
        all_day=True,
    )
    _x(
        "Academic study: 'Remote work and wellbeing' interview",
        interview=False,
        org=("wellbeing-study@psych.ucbay.edu", "UC Bay Psychology Lab"),
        desc="Thank you for participating in our research study (IRB #2024-118). The semi-structured interview takes about 40 minutes and will be audio recorded.",
        conf=("Zoom Meeting", "https://ucbay.zoom.us/j/97788899900"),
    )
    _x(
        "Tenant interview – co-op board (Unit 4B)",
        interview=False,
        org=("board@laurelcoop.org", "Laurel Co-op Board"),
        desc="The board would like to meet prospective residents before approving the sublet. Bring proof of income.",
        loc="Laurel Co-op community room",
    )


def _prep_and_reminders() -> None:
    _x(
        "Prep: Halcyon tech interview",
        interview=False,
        desc="review C++ move semantics, graphs, their perception blog posts",
    )
    _x(
        "Review Ardent Pay sys design notes",
        interview=False,
        desc="idempotency keys, ledger design, exactly-once myth",
    )
    _x(
        "Send thank-you emails (Vantora panel)",
        interview=False,
        desc="Noah, Kiri, Ben, Priya — mention the ranking discussion",
    )
    _x("Follow up w/ Brianna (Kestrel) if no news", interview=False)
    _x(
        "Offer deadline – Glasshouse",
        interview=False,
        all_day=True,
        desc="decide by 5pm PT. counter?",
    )
    _x(
        "HackerRank OA due – Bluefin Media",
        interview=False,
        desc="90-min online assessment, 3 questions, no interviewer. Link expires at midnight: https://www.hackerrank.com/test/bfm-oa-2291",
        all_day=True,
    )
    _x(
        "Codility test: Tidewater (complete by Sunday)",
        interview=False,
        desc="Codility async task, 2 exercises, 120 minutes once started — do it Saturday morning with coffee",
    )
    _x("Buy interview outfit", interview=False, loc="Nordstrom Union Square")
    _x(
        "Flight SFO → SEA (AS 331)",
        interview=False,
        desc="Confirmation: KX7Q2M. Seat 12C. Tern is reimbursing.",
        loc="SFO Terminal 1",
    )
    _x(
        "Hotel: Hyatt Regency Seattle (check-in)",
        interview=False,
        loc="808 Howell St, Seattle, WA",
        zone="America/Los_Angeles",
    )
    _x(
        "Foxglove take-home – work block",
        interview=False,
        desc="4h max, they said. notebook + short writeup",
    )
    _x("LC 2h", interview=False)
    _x("Update resume + LinkedIn headline", interview=False)
    _x("Apply: 5 jobs (Wellfound + LinkedIn)", interview=False)
    _x(
        "Background check – upload documents (Sterling)",
        interview=False,
        desc="Glasshouse offer contingent on background check. Upload ID + past employer info in the Sterling portal.",
    )
    _x(
        "Give notice at Initech?",
        interview=False,
        desc="only after signed offer + background check clears!!",
    )
    _x("Recruiter said decision by Friday — Meridian", interview=False, all_day=True)
    _x(
        "Research Corvant Health before panel",
        interview=False,
        desc="read 10-K, Glassdoor, eng blog; prep 3 questions for Linda",
    )


def _media_networking_misc() -> None:
    _x(
        "The Interview (2014) – movie night at Jay's",
        interview=False,
        loc="Jay's apartment",
        desc="bring popcorn lol",
    )
    _x("Interview with the Vampire S2E4", interview=False, desc="AMC+ — watch before spoilers")
    _x(
        "Book club: 'The Candidate' – chapters 10-18",
        interview=False,
        org=("bookclub.eastbay@gmail.com", "East Bay Book Club"),
        desc="This month: the novel about a disastrous job interview weekend at a Swiss company. Snacks: Rosa.",
        loc="Rosa's house",
    )
    _x(
        "Coffee w/ Lena (ex-Initech, now at Quillmate)",
        interview=False,
        desc="catch up, ask what the data team is like there — NOT an interview, just friends",
        loc="Sightglass, 7th St",
    )
    _x(
        "Informational interview – Priya Shah (PM @ Solace Health)",
        interview=False,
        att=[person("priya.shah@solacehealth.com", "Priya Shah")],
        desc="Intro via Jess. Ask about PM career switch, what she wishes she knew. 20 min, I owe her coffee.",
        meet="meet",
    )
    _x(
        "Tech career fair – Moscone West",
        interview=False,
        desc="bring 20 resumes. booths: Halcyon, Vantora, Quillmate",
        loc="Moscone West, 800 Howard St",
        all_day=True,
    )
    _x(
        "Women in Data meetup – panel: 'How we hire'",
        interview=False,
        org=("events@womenindata-sf.org", "Women in Data SF"),
        desc="Panel with hiring managers from 4 companies on what they look for in interviews. Networking afterwards.",
        loc="GitHub HQ, 88 Colin P Kelly Jr St",
    )
    _x(
        "Webinar: Acing the System Design Interview",
        interview=False,
        org=("webinars@systemdesignschool.io", "System Design School"),
        desc="Free live webinar. Replay available for 7 days.",
        conf=("Zoom Webinar", "https://systemdesignschool.zoom.us/w/99900011122"),
    )
    _x(
        "Interview nanny candidates (3)",
        interview=False,
        desc="10:00 Maria (Care.com), 11:00 Beth (referral from Kayla), 12:00 Anh. Ask about CPR cert + driving.",
        loc="home",
    )
    _x(
        "Interview contractors – kitchen remodel",
        interview=False,
        desc="Bayside Builders 9am, Oak & Iron 11am — get 3 bids",
    )
    _x(
        "Lunch with Maya (recruiter friend) 🍜",
        interview=False,
        desc="purely social, she's back from Lisbon. don't talk shop",
        loc="Marufuku Ramen",
    )
    _x(
        "Job search accountability group",
        interview=False,
        att=[
            person("tkwan.dev@gmail.com", "Tina Kwan"),
            person("omar.builds@gmail.com", "Omar H."),
        ],
        desc="weekly: # applications, interviews this week, blockers",
        meet="meet",
    )
    _x(
        "Late Show taping (tickets!) – guest interviews",
        interview=False,
        desc="standby line opens 2pm, ID required",
        loc="Ed Sullivan Theater, 1697 Broadway, New York",
        zone="America/New_York",
    )
    _x(
        "Intro: Sam ↔ Halcyon hiring manager",
        interview=False,
        desc="I'm connecting Sam with Ravi for a role on his team — send the double opt-in email",
    )
    _x(
        "Volunteer: interview practice for newcomers (library)",
        interview=False,
        org=("programs@oaklandlibrary-friends.org", "Friends of the Library"),
        desc="Help newcomers practice common job interview questions in English. Volunteers act as interviewers; no prep required.",
        loc="Oakland Main Library, Room 2",
    )
    _x(
        "Dentist – cleaning",
        interview=False,
        loc="Lakeshore Dental",
    )
    _x(
        "Hackathon judging panel",
        interview=False,
        org=("judges@cal-hacks-like.org", "Bay Student Hackathon"),
        desc="You'll interview 6 teams about their projects (5 min each) and score on the judging rubric.",
        loc="Pauley Ballroom",
    )


def _foreign_lookalikes() -> None:
    _x(
        "Bewerbungstraining VHS – Vorstellungsgespräch üben",
        interview=False,
        desc="Kurs 'Sicher ins Vorstellungsgespräch', Raum 204. Rollenspiele mit Video-Feedback.",
        loc="Volkshochschule Berlin Mitte, Linienstraße 162",
        zone="Europe/Berlin",
    )
    _x(
        "Préparation entretien Brume – questions techniques",
        interview=False,
        desc="revoir: React hooks, SQL window functions, pourquoi Paris ?",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista para el podcast 'Código Abierto'",
        interview=False,
        org=("produccion@codigoabierto.fm", "Código Abierto Podcast"),
        desc="¡Hola Alex! Gracias por aceptar ser invitado. Grabaremos unos 40 minutos sobre ingeniería de datos y la comunidad latina en tech.",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Simulação de entrevista com a mentora (Carla)",
        interview=False,
        att=[person("carla.mentora@gmail.com", "Carla Mendes")],
        desc="Treino para a entrevista da Ipê Digital — ela faz o papel do gestor.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Colloquio con le maestre – classe 2B",
        interview=False,
        desc="colloquio genitori-insegnanti per Leo, portare la pagella",
        loc="Scuola primaria Carducci",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatietraining (UWV workshop)",
        interview=False,
        org=("workshops@uwv-werkplein.nl", "Werkplein Workshops"),
        desc="Workshop: zo bereid je een sollicitatiegesprek voor. Inclusief oefengesprek in tweetallen.",
        loc="Werkplein Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Przygotowanie do rozmowy – Wisła Tech",
        interview=False,
        desc="powtórzyć asyncio, GIL, pytania o zespół",
        zone="Europe/Warsaw",
    )
    _x(
        "Medarbetarsamtal med Karin",
        interview=False,
        org=("karin.sjoberg@fjallbacka-konsult.se", "Karin Sjöberg"),
        desc="Årligt medarbetarsamtal för konsultuppdraget. Fyll i förberedelseformuläret innan.",
        zone="Europe/Stockholm",
    )
    _x(
        "面接練習（キャリアセンター）",
        interview=False,
        desc="模擬面接・フィードバックあり。スーツ着用。",
        loc="キャリアセンター 2F 面談室",
        zone="Asia/Tokyo",
    )
    _x(
        "面接官トレーニング（新任者向け）",
        interview=False,
        me=WORK_ME,
        org=("tokyo-hr@initech.com", "Initech Japan HR"),
        desc="東京オフィスの採用面接に参加する社員向けの研修です。評価基準と質問例を確認します。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "模拟面试 - 和小李",
        interview=False,
        desc="他扮演面试官，练系统设计和行为面试题",
        zone="Asia/Shanghai",
    )
    _x(
        "누리랩스 면접 준비 – 예상 질문 정리",
        interview=False,
        desc="React 성능 최적화, 지원 동기, 한국어 자기소개 연습",
        zone="Asia/Seoul",
    )
    _x(
        "Vize mülakatı – Almanya Başkonsolosluğu",
        interview=False,
        desc="Annemin vize mülakatı; evrakları kontrol et, sabah 8'de onu al.",
        loc="Almanya Başkonsolosluğu, İnönü Cd. 10, İstanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Интервью для подкаста «Данные и люди»",
        interview=False,
        org=("podcast@danniye-lyudi.ru", "Подкаст «Данные и люди»"),
        desc="Запись выпуска: разговор о data engineering и переезде в США. Около часа.",
        meet="meet",
        zone="Europe/Moscow",
    )
    _x(
        "मॉक इंटरव्यू – दीपक भैया के साथ",
        interview=False,
        desc="Kaveri वाले इंटरव्यू की तैयारी, HR सवाल",
        zone="Asia/Kolkata",
    )
    _x(
        "موعد مقابلة السفارة – تأشيرة سياحية لوالدي",
        interview=False,
        desc="مقابلة والدي في السفارة الأمريكية. تجهيز الأوراق والصور.",
        loc="U.S. Embassy Amman",
        zone="Asia/Amman",
    )
    _x(
        "Hodnoticí pohovor – Tomáš (můj tým)",
        interview=False,
        me=WORK_ME,
        desc="roční hodnocení pro Tomáše z pražského týmu",
        zone="Europe/Prague",
    )
    _x(
        "Luyện phỏng vấn tiếng Anh với chị Hà",
        interview=False,
        desc="chị Hà luyện cho em gái mình, mình làm người phỏng vấn thử",
        zone="Asia/Ho_Chi_Minh",
    )
