# ruff: noqa: E501 -- data: event texts as written
"""Held-out round 20, written blind by an independent evaluator: about 250 invented calendar
events for Alex Rivera, roughly half Alex's own job interviews as the candidate and half
look-alikes. Interviews come as ATS invitations (Greenhouse, Lever, Workday, Ashby,
SmartRecruiters, Personio-like) that name the interviewer, scheduling-tool confirmations
(Calendly, GoodTime, ModernLoop, Microsoft Bookings style) where the tool is not the employer,
assessment platforms with a live interviewer, staffing agencies with and without a named client,
recruiters writing from personal addresses, bare entries Alex typed, onsites split into several
events, trial days, assessment centres, panel and case interviews and rescheduled invitations,
in English and in German, French, Spanish, Portuguese, Dutch, Italian, Polish, Swedish,
Japanese, Korean, Chinese, Turkish and Hindi in Latin script. Look-alikes cover interviews Alex
conducts at Initech, other people's interviews, press and podcast interviews, user research,
exit and stay interviews, reviews, medical, visa, citizenship, tax and court appointments,
admissions interviews, viewings, hiring a nanny or contractor, auditions, mock interviews and
coaching, career fairs, self-paced tests, webinars, prep blocks and reminders, titles of films
and books, and work meetings full of hiring words."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round20", **kw)


def build() -> None:
    _greenhouse()
    _lever_workday()
    _ashby_smartrecruiters_personio()
    _scheduling_tools()
    _assessment_platforms()
    _agencies()
    _personal_recruiters()
    _bare_entries()
    _onsites_split()
    _trial_days_centres_panels()
    _rescheduled()
    _languages_europe()
    _languages_asia_other()
    _conducted_at_initech()
    _other_peoples_interviews()
    _press_and_podcasts()
    _research_and_customers()
    _exit_stay_reviews()
    _appointments()
    _admissions()
    _home_and_hiring_help()
    _auditions()
    _mock_and_coaching()
    _fairs_tests_webinars()
    _prep_and_reminders()
    _titles()
    _work_meetings_hiring_words()
    _foreign_lookalikes()


def _greenhouse() -> None:
    _x(
        "Alex Rivera <> Halcyon Freight - Technical Interview",
        interview=True,
        company="Halcyon Freight",
        role="Senior Data Engineer",
        org=("priya.nandakumar@halcyonfreight.com", "Priya Nandakumar"),
        att=[
            person("oskar.lindqvist@halcyonfreight.com", "Oskar Lindqvist"),
            person("wen.zhao@halcyonfreight.com", "Wen Zhao", status="needsAction"),
        ],
        desc=(
            "Hi Alex,\n\nThanks for making time to speak with us about the Senior Data Engineer "
            "role at Halcyon Freight. Details for your interview are below.\n\n"
            "Interview: Technical Interview (60 min)\n"
            "Interviewer: Oskar Lindqvist, Staff Engineer\n"
            "Interviewer: Wen Zhao, Data Engineer\n\n"
            "This session focuses on pipeline design and a short SQL exercise. Please join from a "
            "laptop so you can share your screen.\n\n"
            "If you need to reschedule, reply to this email.\n\nBest,\nPriya\n"
            "Recruiting Coordinator, Halcyon Freight\n\n--\nScheduled with Greenhouse"
        ),
        conf=("Zoom Meeting", "https://halcyonfreight.zoom.us/j/84120573391"),
        zone="America/Chicago",
    )
    _x(
        "Interview with Alex Rivera for Backend Engineer, Payments",
        interview=True,
        company="Kestrel Payments",
        role="Backend Engineer, Payments",
        org=("recruiting@kestrelpay.io", "Kestrel Payments Recruiting"),
        att=[person("dimitri.okafor@kestrelpay.io", "Dimitri Okafor")],
        desc=(
            "<p>Hello Alex,</p><p>You're confirmed for a <b>Hiring Manager Interview</b> with "
            "Kestrel Payments.</p><ul><li>Interviewer: Dimitri Okafor (Engineering Manager, "
            "Ledger)</li><li>Duration: 45 minutes</li><li>Format: video call</li></ul>"
            "<p>Dimitri will talk through the team's roadmap and your background. No preparation "
            "needed beyond reviewing the job description.</p><p>Kestrel Payments Talent Team</p>"
            "<p style='color:#888'>Sent via Greenhouse</p>"
        ),
        meet="meet",
    )
    _x(
        "Phone Screen - Alex Rivera (Quillfeather)",
        interview=True,
        company="Quillfeather",
        role="Product Analyst",
        org=("hana.moreau@quillfeather.com", "Hana Moreau"),
        desc=(
            "Hi Alex - looking forward to our chat! I'll call you at the number on your "
            "application (+1 415 555 0148).\n\nRole: Product Analyst\nInterviewer: Hana Moreau, "
            "Talent Partner\nLength: 30 min\n\nScheduled via Greenhouse"
        ),
        loc="Phone call",
        zone="America/Los_Angeles",
    )
    _x(
        "Tidewater Robotics: Systems Design Interview w/ Alex Rivera",
        interview=True,
        company="Tidewater Robotics",
        role="Senior Software Engineer, Fleet Platform",
        org=("coordinator@tidewater-robotics.com", "Tidewater Robotics Coordinator"),
        att=[
            person("leila.haddad@tidewater-robotics.com", "Leila Haddad"),
            person("sam.burke@tidewater-robotics.com", "Sam Burke", optional=True),
        ],
        desc=(
            "Candidate: Alex Rivera\nPosition: Senior Software Engineer, Fleet Platform\n"
            "Interview: Systems Design\nInterviewer: Leila Haddad\nShadow: Sam Burke (will not "
            "be asking questions)\n\nWe use Excalidraw for the whiteboard - a link will be "
            "shared in the call.\n\nGreenhouse interview kit sent to interviewers separately."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TWRb7Qx",
        ),
        zone="America/New_York",
    )
    _x(
        "Interview Confirmation: Pinecrest Health",
        interview=True,
        company="Pinecrest Health",
        role="Data Platform Lead",
        org=("no-reply@us.greenhouse-mail.io", "Pinecrest Health"),
        desc=(
            "Dear Alex Rivera,\n\nThis is a confirmation of your interview for the Data Platform "
            "Lead position at Pinecrest Health.\n\nInterviewers:\n  - Marguerite Stoll, VP Data\n"
            "  - Benedikt Arnold, Principal Engineer\n\nLocation: Pinecrest Health, 400 Alder St, "
            "Floor 6, Portland OR. Please check in at reception with photo ID.\n\nWe look forward "
            "to meeting you."
        ),
        loc="Pinecrest Health, 400 Alder St, Floor 6, Portland, OR",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera - Take-home debrief",
        interview=True,
        company="Mossgate Analytics",
        role="Analytics Engineer",
        org=("jonah.pell@mossgate.ai", "Jonah Pell"),
        att=[person("ines.carvalho@mossgate.ai", "Inês Carvalho")],
        desc=(
            "Hi Alex,\n\nThanks for submitting the dbt exercise. In this session Inês and I will "
            "walk through your solution with you and ask a few follow-up questions.\n\n"
            "Interviewers: Jonah Pell (Analytics Lead), Inês Carvalho (Senior Analytics Engineer)\n"
            "Role: Analytics Engineer\n\nMossgate Analytics | via Greenhouse"
        ),
        meet="meet",
    )
    _x(
        "Values & Collaboration Interview",
        interview=True,
        company="Saltmarsh Games",
        role="Senior Backend Engineer (Live Services)",
        org=("people@saltmarshgames.com", "Saltmarsh People Team"),
        att=[person("rory.ashdown@saltmarshgames.com", "Rory Ashdown")],
        desc=(
            "Hey Alex! Your next step with Saltmarsh Games is a values conversation.\n\n"
            "Who you'll meet: Rory Ashdown, Producer\nWhat to expect: stories about how you've "
            "worked with teammates, handled conflict and shipped under pressure.\nRole: Senior "
            "Backend Engineer (Live Services)\n\nSee you soon,\nSaltmarsh People Team\n\n"
            "This invitation was sent from Greenhouse Recruiting."
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/86651209934"),
        zone="Europe/London",
    )
    _x(
        "Final round - Alex Rivera / Ferncastle Bank",
        interview=True,
        company="Ferncastle Bank",
        role="Engineering Manager, Risk Platform",
        org=("talent.acquisition@ferncastlebank.co.uk", "Ferncastle Talent Acquisition"),
        att=[
            person("ayesha.rahman@ferncastlebank.co.uk", "Ayesha Rahman"),
            person("giles.penhaligon@ferncastlebank.co.uk", "Giles Penhaligon"),
        ],
        desc=(
            "Dear Alex,\n\nPlease find below the details of your final stage interview for the "
            "role of Engineering Manager, Risk Platform.\n\nInterview panel:\n"
            "Interviewer: Ayesha Rahman - Head of Risk Technology\n"
            "Interviewer: Giles Penhaligon - Director, Engineering\n\n"
            "The interview will last 90 minutes and includes a 15-minute presentation on the "
            "topic sent to you separately.\n\nKind regards,\nFerncastle Talent Acquisition"
        ),
        loc="Ferncastle Bank, 12 Lothbury, London EC2R",
        zone="Europe/London",
    )


def _lever_workday() -> None:
    _x(
        "Interview with Northvane",
        interview=True,
        company="Northvane",
        role="Site Reliability Engineer",
        org=("talent@northvane.com", "Northvane Talent"),
        att=[person("kofi.mensah@northvane.com", "Kofi Mensah")],
        desc=(
            "Hi Alex,\n\nYou're all set for your interview with Northvane!\n\n"
            "Position: Site Reliability Engineer\nInterviewer: Kofi Mensah (SRE Manager)\n"
            "Format: 45-minute video call covering incident response and on-call experience.\n\n"
            "Scheduled through Lever. To reschedule, use the link in your confirmation email."
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera | Glimmerdeck | Coding Interview",
        interview=True,
        company="Glimmerdeck",
        role="Full Stack Engineer",
        org=("ella.voss@glimmerdeck.app", "Ella Voss"),
        att=[person("matteo.ricci@glimmerdeck.app", "Matteo Ricci")],
        desc=(
            "Interview details\n-----------------\nCandidate: Alex Rivera\nRole: Full Stack Engineer\n"
            "Stage: Coding Interview\nInterviewer: Matteo Ricci\n\nWe'll use CoderPad; the pad link "
            "will be pasted into the Zoom chat at the start.\n\n(Lever)"
        ),
        conf=("Zoom Meeting", "https://glimmerdeck.zoom.us/j/97310022451"),
    )
    _x(
        "Recruiter call: Copperleaf Insurance x Alex",
        interview=True,
        company="Copperleaf Insurance",
        role=None,
        org=("bea.thornton@copperleaf.com", "Bea Thornton"),
        desc=(
            "Hi Alex, great to connect on LinkedIn. This is a quick intro call so I can tell you "
            "about a couple of openings on our data team and hear what you're looking for.\n\n"
            "Interviewer: Bea Thornton, Senior Technical Recruiter\n\n-- sent from Lever"
        ),
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Interview Scheduled - R-20418 Senior Data Engineer",
        interview=True,
        company="Aurelian Logistics",
        role="Senior Data Engineer",
        org=("aurelian@myworkday.com", "Aurelian Logistics"),
        desc=(
            "Dear Alex Rivera,\n\nAn interview has been scheduled for Job Requisition R-20418 "
            "Senior Data Engineer (Open).\n\nInterview Type: Video Interview - Round 1\n"
            "Interviewer: Natalia Brandt\nInterviewer: Chidi Obi\n\nPlease review the details in "
            "your Aurelian Logistics candidate home.\n\nThis is an automated message from Workday. "
            "Please do not reply."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AURL2041",
        ),
        zone="America/Chicago",
    )
    _x(
        "Interview: Alex Rivera - JR0087311 Cloud Infrastructure Engineer",
        interview=True,
        company="Vantor Systems",
        role="Cloud Infrastructure Engineer",
        org=("careers@vantorsystems.com", "Vantor Systems Careers"),
        desc=(
            "Hello Alex,\n\nThank you for your interest in Vantor Systems. Your interview "
            "for JR0087311 Cloud Infrastructure Engineer is confirmed.\n\nInterviewer(s): "
            "Ravi Subramanian; Fiona Keogh\nLocation: Microsoft Teams (link below)\n\n"
            "Candidate Home: https://vantor.wd5.myworkdayjobs.com/Careers/userHome"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VNTR0087",
        ),
    )
    _x(
        "Bramblefield Foods - Second Interview",
        interview=True,
        company="Bramblefield Foods",
        role="Supply Chain Data Analyst",
        org=("bramblefield@myworkday.com", "Bramblefield Foods Talent Acquisition"),
        desc=(
            "Dear Alex,\n\nWe are pleased to invite you to a second interview for the Supply Chain "
            "Data Analyst position.\n\nInterviewer: Teresa Ngata, Director of Supply Chain "
            "Analytics\nInterviewer: Paul Devereux, Senior Manager, Planning\n\n"
            "Location: Bramblefield Foods HQ, 2200 Orchard Parkway, Minneapolis. Visitor parking "
            "is on level P2.\n\nWorkday Recruiting"
        ),
        loc="2200 Orchard Parkway, Minneapolis, MN",
        zone="America/Chicago",
    )
    _x(
        "Lever interview - Alex R.",
        interview=True,
        company="Orbweaver Security",
        role="Detection Engineer",
        org=("sana.qureshi@orbweaver.security", "Sana Qureshi"),
        att=[person("luke.brennan@orbweaver.security", "Luke Brennan")],
        desc=(
            "Orbweaver Security - Detection Engineer\nRound: Threat modelling deep-dive\n"
            "Interviewer: Luke Brennan (Principal Detection Engineer)\nCoordinator: Sana Qureshi"
        ),
        meet="meet",
    )


def _ashby_smartrecruiters_personio() -> None:
    _x(
        "Alex Rivera - Onsite Interview (Corvid Labs)",
        interview=True,
        company="Corvid Labs",
        role="Machine Learning Engineer",
        org=("scheduling@corvidlabs.ai", "Corvid Labs Scheduling"),
        att=[
            person("yuki.tanabe@corvidlabs.ai", "Yuki Tanabe"),
            person("adrian.holm@corvidlabs.ai", "Adrian Holm"),
            person("nadia.petrova@corvidlabs.ai", "Nadia Petrova"),
        ],
        desc=(
            "Hi Alex,\n\nHere is your virtual onsite for Machine Learning Engineer.\n\n"
            "10:00 - 10:45  ML Systems | Interviewer: Yuki Tanabe\n"
            "10:50 - 11:35  Coding | Interviewer: Adrian Holm\n"
            "11:45 - 12:15  Hiring Manager | Interviewer: Nadia Petrova\n\n"
            "All sessions use the same Google Meet link.\n\nScheduled with Ashby"
        ),
        meet="meet",
    )
    _x(
        "Intro chat with Lumora",
        interview=True,
        company="Lumora",
        role="Senior Product Designer",
        org=("gabriel.santos@lumora.design", "Gabriel Santos"),
        desc=(
            "Hi Alex, thanks for applying to Lumora! This first conversation is with me, Gabriel "
            "(Talent), for the Senior Product Designer role. 30 minutes, super casual.\n\n"
            "Interviewer: Gabriel Santos\n\nPowered by Ashby"
        ),
        meet="meet",
        zone="Europe/Lisbon",
    )
    _x(
        "Interview invitation: Product Analyst at Bramblefield Foods",
        interview=True,
        company="Bramblefield Foods",
        role="Product Analyst",
        org=("noreply@smartrecruiters.com", "Bramblefield Foods via SmartRecruiters"),
        desc=(
            "Hi Alex,\n\nBramblefield Foods would like to invite you to an interview for the "
            "position of Product Analyst.\n\nInterviewer: Olivia Reinholt\nType: Phone interview\n\n"
            "Manage this interview in your SmartRecruiters candidate portal.\n\nSmartRecruiters - "
            "Hiring Success"
        ),
        loc="Phone - the interviewer will call you",
    )
    _x(
        "Interview - Stellwerk Mobility - Senior Backend Engineer",
        interview=True,
        company="Stellwerk Mobility",
        role="Senior Backend Engineer",
        org=("jobs@stellwerk-mobility.de", "Stellwerk Mobility Recruiting"),
        att=[person("jan.uhlmann@stellwerk-mobility.de", "Jan Uhlmann")],
        desc=(
            "Hi Alex,\n\nthank you for your application as Senior Backend Engineer. We'd like to "
            "get to know you in a video interview.\n\nInterviewer: Jan Uhlmann (Team Lead "
            "Routing)\nDuration: approx. 45 minutes\n\nBest regards\nStellwerk Mobility GmbH\n"
            "Recruiting Team\n\n---\nThis invitation was created with Personio."
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Alex Rivera // Culture Add interview",
        interview=True,
        company="Wrenfield",
        role="Staff Engineer",
        org=("hello@wrenfield.com", "Wrenfield Hiring"),
        att=[
            person("ottilie.grange@wrenfield.com", "Ottilie Grange"),
            person("marcus.idowu@wrenfield.com", "Marcus Idowu"),
        ],
        desc=(
            "Culture Add interview - Staff Engineer\nInterviewers: Ottilie Grange (COO), "
            "Marcus Idowu (Head of Platform)\n\nThis is the last step before references. "
            "Come with questions for us!\n\nAshby | Wrenfield"
        ),
        conf=("Zoom Meeting", "https://wrenfield.zoom.us/j/83017790145"),
        zone="America/New_York",
    )
    _x(
        "Interview (SmartRecruiters): Data Engineer - Halvorsen Maritime",
        interview=True,
        company="Halvorsen Maritime",
        role="Data Engineer",
        org=("halvorsen-maritime@smartrecruiters-mail.com", None),
        desc=(
            "Dear Alex,\n\nYour interview for Data Engineer at Halvorsen Maritime is scheduled.\n"
            "Interviewer: Sigrid Aune, Head of Data\nLocation: Microsoft Teams\n\nPlease confirm "
            "your attendance in the candidate portal."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HALV77",
        ),
        zone="Europe/Oslo",
    )


def _scheduling_tools() -> None:
    _x(
        "Alex Rivera and Jordan Whitcombe",
        interview=True,
        company="Parallax Health",
        role="Senior Data Scientist",
        org=("jordan.whitcombe@parallaxhealth.com", "Jordan Whitcombe"),
        desc=(
            "Event Name: 30 Minute Intro - Parallax Health Data Science\n\n"
            "Please share anything that will help prepare for our meeting.: Applied for the "
            "Senior Data Scientist opening, referred by Tamsin K.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7c1e\n"
            "Reschedule: https://calendly.com/reschedulings/7c1e\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Recruiter Screen (Calendly) - Alex Rivera",
        interview=True,
        company="Ostrava Cloud",
        role="Platform Engineer",
        org=("m.kalina@ostravacloud.cz", "Marek Kalina"),
        desc=(
            "Invitee: Alex Rivera\nInvitee Email: alex.rivera@gmail.com\nEvent: Recruiter Screen - "
            "Platform Engineer (Ostrava Cloud)\nLocation: Zoom\n\nQuestions:\nNotice period? "
            "4 weeks\nSalary expectations? happy to discuss\n\nPowered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81194420377"),
        zone="Europe/Prague",
    )
    _x(
        "Interview: Alex Rivera (Software Engineer II) - Round 2",
        interview=True,
        company="Fablecraft",
        role="Software Engineer II",
        org=("interviews@fablecraft.com", "Fablecraft Interviews"),
        att=[
            person("tessa.brightman@fablecraft.com", "Tessa Brightman"),
            person("noah.ferreira@fablecraft.com", "Noah Ferreira"),
        ],
        desc=(
            "Hi Alex,\n\nYour Round 2 interviews with Fablecraft are confirmed.\n\n"
            "Interviewer: Tessa Brightman - API design\nInterviewer: Noah Ferreira - Debugging\n\n"
            "This event was scheduled by GoodTime on behalf of Fablecraft. GoodTime is our "
            "scheduling partner and will not be on the call."
        ),
        meet="meet",
    )
    _x(
        "Fablecraft Interview - Hiring Manager",
        interview=True,
        company="Fablecraft",
        role="Software Engineer II",
        org=("no-reply@goodtime.io", "GoodTime"),
        att=[person("irene.mbeki@fablecraft.com", "Irene Mbeki")],
        desc=(
            "Candidate: Alex Rivera\nCompany: Fablecraft\nPosition: Software Engineer II\n"
            "Interviewer: Irene Mbeki, Engineering Manager\n\nManaged by GoodTime Hire"
        ),
        meet="meet",
    )
    _x(
        "[ModernLoop] Alex Rivera - Technical Screen",
        interview=True,
        company="Seabright Analytics",
        role="Senior Analytics Engineer",
        org=("scheduling@seabright.io", "Seabright Recruiting"),
        att=[person("dev.kapoor@seabright.io", "Dev Kapoor")],
        desc=(
            "You have an upcoming interview with Seabright Analytics.\n\nRole: Senior Analytics "
            "Engineer\nInterviewer: Dev Kapoor\nDuration: 60 min\n\nScheduled with ModernLoop. "
            "Need a different time? Reply to your recruiter."
        ),
        conf=("Zoom Meeting", "https://seabright.zoom.us/j/92017733310"),
    )
    _x(
        "Interview with Calder & Finch (Booking confirmed)",
        interview=True,
        company="Calder & Finch",
        role="Business Intelligence Developer",
        org=("CalderFinchCareers@calderfinch.onmicrosoft.com", "Calder & Finch Careers"),
        desc=(
            "Your booking is confirmed.\n\nService: First-round interview - Business Intelligence "
            "Developer\nStaff: Harriet Oyelaran\nBooking ID: 4F7-22A\n\nYou can manage your "
            "booking from the link in your email.\n\nMicrosoft Bookings"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CFBK4F7",
        ),
        zone="Europe/London",
    )
    _x(
        "Chat with Lise (Nimbuspark)",
        interview=True,
        company="Nimbuspark",
        role=None,
        org=("lise@nimbuspark.dk", "Lise Bjerregaard"),
        desc=(
            "Event type: Founder chat (25 min)\nHi Alex - you applied through our careers page, "
            "so let's talk about joining Nimbuspark as one of our first engineers.\n\n"
            "Booked via cal.com"
        ),
        meet="meet",
        zone="Europe/Copenhagen",
    )
    _x(
        "New Event: Alex Rivera - Hiring Manager Screen",
        interview=True,
        company="Dovetail Grid",
        role="Energy Data Engineer",
        org=("kim.aldana@dovetailgrid.com", "Kim Aldana"),
        desc=(
            "A new event has been scheduled.\n\nEvent Type: Hiring Manager Screen - Energy Data "
            "Engineer\nInvitee: Alex Rivera\nInvitee Time Zone: Pacific Time\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/85531077620"),
        zone="America/Denver",
    )
    _x(
        "Interview - Alex Rivera x Thornbury",
        interview=True,
        company="Thornbury",
        role="Senior iOS Engineer",
        org=("noreply@prelude.co", "Prelude Scheduling"),
        att=[person("h.castellano@thornbury.app", "Hugo Castellano")],
        desc=(
            "Thornbury has scheduled your interview.\nPosition: Senior iOS Engineer\nInterviewer: "
            "Hugo Castellano\n\nThis invite was sent by Prelude on behalf of Thornbury."
        ),
        meet="meet",
    )


def _assessment_platforms() -> None:
    _x(
        "Karat Interview: Tidewater Robotics",
        interview=True,
        company="Tidewater Robotics",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc=(
            "Hi Alex,\n\nYour technical interview for Tidewater Robotics (Software Engineer) has "
            "been scheduled. This interview will be conducted by a Karat Interview Engineer on "
            "behalf of Tidewater Robotics.\n\nPlease join 5 minutes early to test your audio and "
            "video. The interview lasts 60 minutes and you can code in the language of your "
            "choice.\n\nKarat"
        ),
        loc="https://app.karat.io/interview/join/3f9a2c",
    )
    _x(
        "CoderPad live session - Quillfeather",
        interview=True,
        company="Quillfeather",
        role="Product Analyst",
        org=("hana.moreau@quillfeather.com", "Hana Moreau"),
        att=[person("ben.osei@quillfeather.com", "Ben Osei")],
        desc=(
            "Pad: https://app.coderpad.io/XK92LPQ\nInterviewer: Ben Osei (Analytics Manager)\n"
            "Topic: SQL + a bit of Python. You'll work in the pad while Ben watches and asks "
            "questions."
        ),
        loc="https://app.coderpad.io/XK92LPQ",
    )
    _x(
        "HackerRank Interview - Saltmarsh Games - Live Coding",
        interview=True,
        company="Saltmarsh Games",
        role="Senior Backend Engineer (Live Services)",
        org=("noreply@hackerrank.com", "HackerRank for Work"),
        att=[person("ewan.mcleish@saltmarshgames.com", "Ewan McLeish")],
        desc=(
            "You have been invited to a HackerRank interview by Saltmarsh Games.\n\n"
            "Interviewer: Ewan McLeish\nInterview link: https://www.hackerrank.com/interviews/"
            "sg-7721\n\nTips: test your mic and camera. The interviewer will join the code editor "
            "with you."
        ),
        loc="https://www.hackerrank.com/interviews/sg-7721",
        zone="Europe/London",
    )
    _x(
        "CodeSignal Live Interview (Kestrel Payments)",
        interview=True,
        company="Kestrel Payments",
        role="Backend Engineer, Payments",
        org=("no-reply@codesignal.com", "CodeSignal"),
        desc=(
            "Kestrel Payments invited you to a live interview on CodeSignal.\nInterviewer: Priscilla "
            "Anand\nDuration: 60 minutes\nJoin: https://app.codesignal.com/live-interview/kp-03"
        ),
        loc="https://app.codesignal.com/live-interview/kp-03",
    )
    _x(
        "Pairing round w/ Glimmerdeck engineer",
        interview=True,
        company="Glimmerdeck",
        role="Full Stack Engineer",
        org=("ella.voss@glimmerdeck.app", "Ella Voss"),
        att=[person("pedro.alves@glimmerdeck.app", "Pedro Alves")],
        desc=(
            "Pair-programming round. Pedro will pair with you on a small feature in our sandbox "
            "repo via Tuple. This is a real interview step for the Full Stack Engineer role, not "
            "practice."
        ),
        loc="Tuple (link in email)",
    )


def _agencies() -> None:
    _x(
        "Interview - Client: Copperleaf Insurance (via Meridian Talent)",
        interview=True,
        company="Copperleaf Insurance",
        role="Data Engineering Contractor",
        org=("will.fairbanks@meridiantalent.com", "Will Fairbanks"),
        att=[person("deena.holt@copperleaf.com", "Deena Holt")],
        desc=(
            "Hi Alex,\n\nAs discussed, here's the interview with my client Copperleaf Insurance "
            "for the 6-month Data Engineering Contractor role.\n\nInterviewer: Deena Holt "
            "(Data Engineering Manager, Copperleaf)\n\nCall me afterwards so we can debrief.\n\n"
            "Will Fairbanks\nSenior Consultant, Meridian Talent"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CPLF6M",
        ),
    )
    _x(
        "Call with Hartwell Search - Head of Data opportunity",
        interview=True,
        company=None,
        role="Head of Data",
        org=("fenella@hartwellsearch.co.uk", "Fenella Bright"),
        desc=(
            "Alex - thanks for agreeing to a confidential conversation about a Head of Data "
            "mandate we're running for a Series C fintech client in London. I can share the "
            "client's name once we've spoken.\n\nFenella Bright\nPartner, Hartwell Search"
        ),
        loc="Phone: I'll call your mobile",
        zone="Europe/London",
    )
    _x(
        "Screening call - Brookline Staffing",
        interview=True,
        company=None,
        role="Senior Python Developer",
        org=("rsingh@brooklinestaffing.com", "Rohit Singh"),
        desc=(
            "Hi Alex, following up on your profile. I'm hiring for a Senior Python Developer "
            "(W2 contract, 12 months, hybrid 2 days) with one of our enterprise clients. "
            "15-minute screen to check availability and rate.\n\nRohit Singh | Brookline Staffing"
        ),
        loc="+1 (312) 555-0190",
        zone="America/Chicago",
    )
    _x(
        "Client interview - Pinecrest Health (Arbor Recruitment)",
        interview=True,
        company="Pinecrest Health",
        role="Data Platform Lead",
        org=("consultants@arborrecruitment.com", "Arbor Recruitment"),
        desc=(
            "Interview arranged by Arbor Recruitment.\nClient: Pinecrest Health\nPosition: Data "
            "Platform Lead\nInterviewer: Marguerite Stoll (VP Data)\nYour consultant: Cassie Lambert "
            "- 503 555 0177\n\nPlease do not contact the client directly."
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Meridian Talent x Initech - contractor needs",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("will.fairbanks@meridiantalent.com", "Will Fairbanks"),
        desc=(
            "Hi Alex, thanks for taking the call. I'd love to understand Initech's plans for "
            "contract data engineers next quarter and share a few candidate profiles we could "
            "send your way for interviews. Rates sheet attached."
        ),
        meet="meet",
    )
    _x(
        "Interview w/ client via Tandem Tech Recruiting",
        interview=True,
        company=None,
        role="Platform Engineer",
        org=("maya@tandemtech.io", "Maya Lindgren"),
        att=[person("anon-client-panel@tandemtech.io", "Client Panel")],
        desc=(
            "Hi Alex - confirming your first interview with the client for the Platform Engineer "
            "role (the healthcare scale-up we discussed on the phone). Panel: their Engineering "
            "Manager and a senior engineer. I'll send names when they confirm."
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/88820460019"),
    )
    _x(
        "Halcyon Freight 2nd stage - arranged by Stratum People",
        interview=True,
        company="Halcyon Freight",
        role="Senior Data Engineer",
        org=("olu.adebayo@stratumpeople.com", "Olu Adebayo"),
        desc=(
            "Alex,\n\nHalcyon Freight were impressed and want to move you to the 2nd stage.\n"
            "Interviewer: Marcy Quint, Director of Data\nFormat: 60 mins, technical deep dive on "
            "your previous projects.\n\nGood luck!\nOlu - Stratum People"
        ),
        meet="meet",
    )


def _personal_recruiters() -> None:
    _x(
        "Alex / Danielle - quick chat re: Lumora",
        interview=True,
        company="Lumora",
        role="Senior Product Designer",
        org=("danielle.okoye.talent@gmail.com", "Danielle Okoye"),
        desc=(
            "Hey Alex! Sending from my personal account since my Lumora calendar is acting up. "
            "Let's chat about the Senior Product Designer opening on my team. - Danielle "
            "(Recruiting @ Lumora)"
        ),
        meet="meet",
    )
    _x(
        "Phone interview: Northvane (recruiter)",
        interview=True,
        company="Northvane",
        role="Site Reliability Engineer",
        org=("kevin.marsh.recruits@outlook.com", "Kevin Marsh"),
        desc=(
            "Hi Alex, I recruit for Northvane's infrastructure org. I'll ring you about the SRE "
            "opening - 20 min screen, then I'll set up the technical round if it's a fit.\n"
            "Kevin"
        ),
        loc="Phone",
    )
    _x(
        "Coffee & chat about Ferrowise engineering",
        interview=True,
        company="Ferrowise",
        role="Senior Backend Engineer",
        org=("teo.marinescu@gmail.com", "Teodor Marinescu"),
        desc=(
            "Hi Alex, as promised - an informal first interview for the Senior Backend Engineer "
            "role at Ferrowise. I'm the CTO; we don't have a recruiter yet so I'm doing "
            "scheduling from my own calendar. Coffee is on me."
        ),
        loc="Bluebird Coffee, 88 Market St",
    )
    _x(
        "Alex Rivera - Halvorsen Maritime (intro)",
        interview=True,
        company="Halvorsen Maritime",
        role="Data Engineer",
        org=("ingrid.solvang@yahoo.no", "Ingrid Solvang"),
        desc=(
            "Hi Alex, Ingrid here, freelance recruiter working with Halvorsen Maritime on their "
            "Data Engineer hire. Short screening call before I pass you to their Head of Data."
        ),
        meet="meet",
        zone="Europe/Oslo",
    )
    _x(
        "Call with Sam (recruiter)",
        interview=True,
        company=None,
        role=None,
        org=("sam.recruits.tech@gmail.com", "Sam Ortega"),
        desc="Hey Alex, as per LinkedIn - let's talk. Sam",
        loc="Phone",
    )


def _bare_entries() -> None:
    _x("Halcyon 2nd rd", interview=True, company="Halcyon Freight", role=None)
    _x("call w/ recruiter - Ostrava Cloud", interview=True, company="Ostrava Cloud", role=None)
    _x("Kestrel HM interview", interview=True, company="Kestrel Payments", role=None)
    _x(
        "intvw Mossgate (analytics eng)",
        interview=True,
        company="Mossgate Analytics",
        role="Analytics Engineer",
    )
    _x("Quillfeather final", interview=True, company="Quillfeather", role=None, loc="Zoom")
    _x("Northvane tech screen!!", interview=True, company="Northvane", role=None)
    _x(
        "Corvid onsite - wear the blue shirt",
        interview=True,
        company="Corvid Labs",
        role=None,
        loc="Corvid Labs, 1 Ferry Building, San Francisco",
    )
    _x("Glimmerdeck - sys design rd", interview=True, company="Glimmerdeck", role=None)
    _x(
        "Wrenfield interview",
        interview=True,
        company="Wrenfield",
        role=None,
        desc="Marcus + Ottilie. Ask about the reorg and on-call. Staff eng role.",
    )
    _x("Parallax DS screen w/ Jordan", interview=True, company="Parallax Health", role=None)
    _x(
        "Interview",
        interview=True,
        company=None,
        role=None,
        desc="recruiter said they'd call from a private number",
    )
    _x("Dovetail Grid – hiring mgr", interview=True, company="Dovetail Grid", role=None)
    _x(
        "Ferncastle pres + panel",
        interview=True,
        company="Ferncastle Bank",
        role=None,
        loc="Lothbury",
    )
    _x("2nd interview Thornbury iOS", interview=True, company="Thornbury", role=None)
    _x("Vantor loop (3h)", interview=True, company="Vantor Systems", role=None, all_day=False)
    _x(
        "Seabright - tech screen w Dev",
        interview=True,
        company="Seabright Analytics",
        role=None,
        desc="they use dbt + snowflake. 60 min. zoom link in email",
    )


def _onsites_split() -> None:
    for slot, who, mail in (
        ("Onsite 1/4: Coding", "Rahel Tesfaye", "rahel.tesfaye"),
        ("Onsite 2/4: System Design", "Connor Vale", "connor.vale"),
        ("Onsite 3/4: Lunch with the team", "Mirela Popescu", "mirela.popescu"),
        ("Onsite 4/4: Hiring Manager", "Ada Whitlock", "ada.whitlock"),
    ):
        _x(
            f"Quarrystone {slot}",
            interview=True,
            company="Quarrystone",
            role="Senior Software Engineer, Search",
            org=("recruiting@quarrystone.com", "Quarrystone Recruiting"),
            att=[person(f"{mail}@quarrystone.com", who)],
            desc=(
                f"Alex Rivera - Senior Software Engineer, Search\nSession: {slot}\n"
                f"Interviewer: {who}\n\nQuarrystone HQ, 55 Granite Ave, Austin TX. Check in at "
                "the 3rd floor front desk; your recruiter Lena will meet you."
            ),
            loc="Quarrystone HQ, 55 Granite Ave, Austin, TX",
            zone="America/Chicago",
        )
    _x(
        "Corvid Labs virtual onsite - Part 1 (ML Systems)",
        interview=True,
        company="Corvid Labs",
        role="Machine Learning Engineer",
        org=("scheduling@corvidlabs.ai", "Corvid Labs Scheduling"),
        att=[person("yuki.tanabe@corvidlabs.ai", "Yuki Tanabe")],
        desc="Interviewer: Yuki Tanabe. Part 1 of 3. Scheduled with Ashby.",
        meet="meet",
    )
    _x(
        "Corvid Labs virtual onsite - Part 2 (Coding)",
        interview=True,
        company="Corvid Labs",
        role="Machine Learning Engineer",
        org=("scheduling@corvidlabs.ai", "Corvid Labs Scheduling"),
        att=[person("adrian.holm@corvidlabs.ai", "Adrian Holm")],
        desc="Interviewer: Adrian Holm. Part 2 of 3. Scheduled with Ashby.",
        meet="meet",
    )
    _x(
        "Corvid Labs virtual onsite - Part 3 (Hiring Manager)",
        interview=True,
        company="Corvid Labs",
        role="Machine Learning Engineer",
        org=("scheduling@corvidlabs.ai", "Corvid Labs Scheduling"),
        att=[person("nadia.petrova@corvidlabs.ai", "Nadia Petrova")],
        desc="Interviewer: Nadia Petrova. Part 3 of 3. Scheduled with Ashby.",
        meet="meet",
    )
    _x(
        "Panel: Infrastructure deep dive (Vantor Systems interview loop)",
        interview=True,
        company="Vantor Systems",
        role="Cloud Infrastructure Engineer",
        org=("careers@vantorsystems.com", "Vantor Systems Careers"),
        att=[
            person("ravi.subramanian@vantorsystems.com", "Ravi Subramanian"),
            person("fiona.keogh@vantorsystems.com", "Fiona Keogh"),
        ],
        desc="Loop session 1 of 3 for candidate Alex Rivera. Interviewers: Ravi Subramanian, Fiona Keogh.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VNTRL1",
        ),
    )
    _x(
        "Vantor Systems interview loop - Bar raiser",
        interview=True,
        company="Vantor Systems",
        role="Cloud Infrastructure Engineer",
        org=("careers@vantorsystems.com", "Vantor Systems Careers"),
        att=[person("odette.lang@vantorsystems.com", "Odette Lang")],
        desc="Loop session 3 of 3. Interviewer: Odette Lang (Bar Raiser). Leadership principles focus.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VNTRL3",
        ),
    )


def _trial_days_centres_panels() -> None:
    _x(
        "Trial day at Ferrowise",
        interview=True,
        company="Ferrowise",
        role="Senior Backend Engineer",
        org=("teo.marinescu@gmail.com", "Teodor Marinescu"),
        desc=(
            "Hi Alex, as discussed: paid trial day with the team. You'll pick up a small ticket, "
            "pair with Anca in the morning and join standup + retro. We'll wrap with a 30 min "
            "chat about how it went. Laptop provided."
        ),
        loc="Ferrowise, Str. Fabricii 14, Cluj-Napoca",
        zone="Europe/Bucharest",
    )
    _x(
        "Probetag Nimbuspark",
        interview=True,
        company="Nimbuspark",
        role=None,
        desc="9-17 Uhr, Lise holt mich am Empfang ab. Laptop mitbringen.",
        loc="Nimbuspark, Islands Brygge 43, Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Assessment Centre - Copperleaf Graduate Leadership Track",
        interview=True,
        company="Copperleaf Insurance",
        role="Data Leadership Programme Associate",
        org=("earlycareers@copperleaf.com", "Copperleaf Early Careers"),
        desc=(
            "Dear Alex,\n\nCongratulations on progressing to our Assessment Centre for the Data "
            "Leadership Programme Associate position.\n\nAgenda:\n09:00 Welcome\n09:30 Group "
            "exercise (observed by assessors)\n11:00 Case study presentation\n13:30 Competency "
            "interview with two senior managers\n15:00 Close\n\nDress code: business casual."
        ),
        loc="Copperleaf House, 9 Wharf Road, Hartford CT",
        zone="America/New_York",
    )
    _x(
        "Case interview - Calder & Finch (Round 2)",
        interview=True,
        company="Calder & Finch",
        role="Business Intelligence Developer",
        org=("harriet.oyelaran@calderfinch.com", "Harriet Oyelaran"),
        att=[person("tobias.wren@calderfinch.com", "Tobias Wren")],
        desc=(
            "Round 2 is a case interview. You'll get a dataset and a business question 10 "
            "minutes before, then walk Tobias (Partner, Analytics) through your approach.\n"
            "Interviewer: Tobias Wren"
        ),
        loc="Calder & Finch, 30 Fleet Street, London",
        zone="Europe/London",
    )
    _x(
        "Panel interview - Pinecrest Health Data Platform Lead",
        interview=True,
        company="Pinecrest Health",
        role="Data Platform Lead",
        org=("recruiting@pinecresthealth.org", "Pinecrest Health Recruiting"),
        att=[
            person("marguerite.stoll@pinecresthealth.org", "Marguerite Stoll"),
            person("benedikt.arnold@pinecresthealth.org", "Benedikt Arnold"),
            person("lucia.fernandez@pinecresthealth.org", "Lucía Fernández"),
            person("boardroom-6a@pinecresthealth.org", "Boardroom 6A", resource=True),
        ],
        desc="Panel of three. 75 minutes. Candidate: Alex Rivera.",
        loc="Boardroom 6A",
        zone="America/Los_Angeles",
    )
    _x(
        "Working session with the Wrenfield platform team",
        interview=True,
        company="Wrenfield",
        role="Staff Engineer",
        org=("marcus.idowu@wrenfield.com", "Marcus Idowu"),
        att=[
            person("jules.aranda@wrenfield.com", "Jules Aranda"),
            person("keisha.brandt@wrenfield.com", "Keisha Brandt"),
        ],
        desc=(
            "Alex - this is the collaborative design exercise in your Staff Engineer process. "
            "We'll work through a real (sanitised) migration problem together. Not a test of "
            "right answers; we want to see how you think and collaborate."
        ),
        conf=("Zoom Meeting", "https://wrenfield.zoom.us/j/83017791002"),
    )
    _x(
        "Presentation to hiring committee - Halvorsen Maritime",
        interview=True,
        company="Halvorsen Maritime",
        role="Data Engineer",
        org=("sigrid.aune@halvorsen.no", "Sigrid Aune"),
        desc="20 min presentation of your take-home + 25 min Q&A with the hiring committee.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HALV88",
        ),
        zone="Europe/Oslo",
    )


def _rescheduled() -> None:
    _x(
        "Updated invitation: Interview: Alex Rivera - Northvane SRE (moved)",
        interview=True,
        company="Northvane",
        role="Site Reliability Engineer",
        org=("talent@northvane.com", "Northvane Talent"),
        att=[person("kofi.mensah@northvane.com", "Kofi Mensah")],
        desc=(
            "This event has been changed.\n\nApologies Alex - Kofi had an incident come up, so "
            "we've moved your interview to Thursday. Same link.\n\nInterviewer: Kofi Mensah"
        ),
        meet="meet",
    )
    _x(
        "RESCHEDULED - Technical Interview - Glimmerdeck",
        interview=True,
        company="Glimmerdeck",
        role="Full Stack Engineer",
        org=("ella.voss@glimmerdeck.app", "Ella Voss"),
        att=[person("matteo.ricci@glimmerdeck.app", "Matteo Ricci")],
        desc="New time, same interviewer (Matteo Ricci). Previous invite is cancelled.",
        conf=("Zoom Meeting", "https://glimmerdeck.zoom.us/j/97310022999"),
    )
    _x(
        "Interview Rescheduled - R-20418 Senior Data Engineer",
        interview=True,
        company="Aurelian Logistics",
        role="Senior Data Engineer",
        org=("aurelian@myworkday.com", "Aurelian Logistics"),
        desc=(
            "Dear Alex Rivera,\n\nYour interview for R-20418 Senior Data Engineer has been "
            "rescheduled.\nInterviewer: Natalia Brandt\n\nThis is an automated message from "
            "Workday."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_AURL2042",
        ),
    )
    _x(
        "Updated: Alex Rivera and Jordan Whitcombe",
        interview=True,
        company="Parallax Health",
        role="Senior Data Scientist",
        org=("jordan.whitcombe@parallaxhealth.com", "Jordan Whitcombe"),
        desc=(
            "Event Name: 30 Minute Intro - Parallax Health Data Science\n"
            "Rescheduled by Alex Rivera\nReason: conflict with a work meeting\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Quarrystone recruiter call (new time)",
        interview=True,
        company="Quarrystone",
        role="Senior Software Engineer, Search",
        org=("lena.haugen@quarrystone.com", "Lena Haugen"),
        desc="Moving our chat to 4pm - hope that works! - Lena, Technical Recruiter",
        loc="Phone",
        my_status="tentative",
    )


def _languages_europe() -> None:
    _x(
        "Vorstellungsgespräch Alex Rivera - Senior Data Engineer",
        interview=True,
        company="Lindenhof Versicherung",
        role="Senior Data Engineer",
        org=("karriere@lindenhof-versicherung.de", "Lindenhof Versicherung Karriere"),
        desc=(
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer. Gerne "
            "möchten wir Sie zu einem ersten Gespräch per Video einladen.\n\n"
            "Gesprächspartnerin: Dr. Katrin Vogelsang (Teamleitung Datenplattform)\n"
            "Dauer: ca. 60 Minuten\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
            "Lindenhof Versicherung AG\n\n-- Erstellt mit Personio"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_LNDH01",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Zweites Interview Stellwerk",
        interview=True,
        company="Stellwerk Mobility",
        role=None,
        desc="mit Jan + CTO, vor Ort in Leipzig. Fahrtkosten werden erstattet.",
        loc="Stellwerk Mobility, Karl-Heine-Str. 90, Leipzig",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch: Backend-Entwickler (m/w/d) bei Fahrwerk Digital",
        interview=True,
        company="Fahrwerk Digital",
        role="Backend-Entwickler",
        org=("talente@fahrwerk-digital.at", "Fahrwerk Digital Talente"),
        att=[person("m.hufnagl@fahrwerk-digital.at", "Michaela Hufnagl")],
        desc=(
            "Liebe:r Alex,\n\nwir freuen uns auf das Kennenlernen!\nInterviewerin: Michaela "
            "Hufnagl (Head of Engineering)\nOrt: Google Meet\n\nLiebe Grüße aus Wien"
        ),
        meet="meet",
        zone="Europe/Vienna",
    )
    _x(
        "Entretien - Alex Rivera - Ingénieur(e) Data Senior",
        interview=True,
        company="Maison Verlaine",
        role="Ingénieur Data Senior",
        org=("recrutement@maisonverlaine.fr", "Recrutement Maison Verlaine"),
        att=[person("claire.dubosc@maisonverlaine.fr", "Claire Dubosc")],
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature au poste d'Ingénieur Data Senior, nous "
            "avons le plaisir de vous convier à un entretien.\n\nIntervieweuse : Claire Dubosc, "
            "Responsable Data\nDurée : 45 minutes\n\nBien cordialement,\nL'équipe recrutement\n\n"
            "Planifié via Welcome to the Jungle"
        ),
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH Carmin Conseil",
        interview=True,
        company="Carmin Conseil",
        role="Consultant data",
        org=("s.benali@carmin-conseil.fr", "Sofiane Benali"),
        desc=(
            "Bonjour,\nje vous confirme notre échange téléphonique pour le poste de Consultant "
            "data. Je vous appellerai au numéro indiqué sur votre CV.\nSofiane Benali, Chargé de "
            "recrutement"
        ),
        loc="Téléphone",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista técnica - Alex Rivera - Desarrollador Backend Senior",
        interview=True,
        company="Ondaluz",
        role="Desarrollador Backend Senior",
        org=("talento@ondaluz.es", "Talento Ondaluz"),
        att=[person("javier.montoya@ondaluz.es", "Javier Montoya")],
        desc=(
            "Hola Alex:\n\nTe confirmamos la entrevista técnica para la posición de Desarrollador "
            "Backend Senior.\n\nEntrevistador: Javier Montoya (Tech Lead)\nDuración: 1 hora\n\n"
            "Un saludo,\nEquipo de Talento de Ondaluz"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con Cóndor Pagos (2a ronda)",
        interview=True,
        company="Cóndor Pagos",
        role="Ingeniero de Datos",
        org=("reclutamiento@condorpagos.mx", "Reclutamiento Cóndor Pagos"),
        desc=(
            "Estimado Alex,\nLe invitamos a la segunda ronda de entrevistas para Ingeniero de "
            "Datos.\nEntrevistadora: Mariana Echeverría, Gerente de Datos\n\nAgendado vía Lever."
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87714402219"),
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista - Alex Rivera | Engenheiro(a) de Dados Pleno",
        interview=True,
        company="Jabuti Tecnologia",
        role="Engenheiro de Dados Pleno",
        org=("pessoas@jabuti.com.br", "Time de Pessoas Jabuti"),
        att=[person("renata.furtado@jabuti.com.br", "Renata Furtado")],
        desc=(
            "Oi Alex, tudo bem?\n\nConfirmamos sua entrevista com a liderança técnica.\n"
            "Entrevistadora: Renata Furtado (Coordenadora de Engenharia de Dados)\n\n"
            "Abraços,\nTime de Pessoas - Jabuti Tecnologia\n(Agendado via Gupy)"
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista final - Atlântida Seguros",
        interview=True,
        company="Atlântida Seguros",
        role=None,
        org=("rui.mesquita@atlantida.pt", "Rui Mesquita"),
        desc="Caro Alex, conversa final com a Diretora de Tecnologia. Até breve, Rui",
        loc="Av. da Liberdade 190, Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Sollicitatiegesprek Alex Rivera - Data Engineer",
        interview=True,
        company="Polderbank",
        role="Data Engineer",
        org=("werkenbij@polderbank.nl", "Werken bij Polderbank"),
        att=[person("sanne.vanderlinden@polderbank.nl", "Sanne van der Linden")],
        desc=(
            "Beste Alex,\n\nBedankt voor je sollicitatie. Hierbij bevestigen we het eerste gesprek.\n"
            "Gesprekspartner: Sanne van der Linden (Teamlead Data)\nDuur: 45 minuten\n\n"
            "Met vriendelijke groet,\nTeam Recruitment Polderbank"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_PLDR22",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek Kiemkracht + case",
        interview=True,
        company="Kiemkracht",
        role="Product Analist",
        org=("joris@kiemkracht.nl", "Joris Hoekstra"),
        desc="Hoi Alex, in het tweede gesprek werk je een korte case uit voor de rol Product Analist. Groet, Joris",
        loc="Kiemkracht, Oudegracht 212, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Colloquio conoscitivo - Alex Rivera",
        interview=True,
        company="Fornace Digitale",
        role="Sviluppatore Backend",
        org=("hr@fornacedigitale.it", "HR Fornace Digitale"),
        att=[person("g.bellandi@fornacedigitale.it", "Giulia Bellandi")],
        desc=(
            "Gentile Alex,\n\nLe confermiamo il colloquio conoscitivo per la posizione di "
            "Sviluppatore Backend.\nIntervistatrice: Giulia Bellandi (HR Business Partner)\n\n"
            "Cordiali saluti"
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico Velaria",
        interview=True,
        company="Velaria",
        role=None,
        desc="con il CTO, portare esempi di progetti. Via Tortona 31 Milano",
        loc="Via Tortona 31, Milano",
        zone="Europe/Rome",
    )
    _x(
        "Rozmowa rekrutacyjna - Alex Rivera - Senior Python Developer",
        interview=True,
        company="Wisła Soft",
        role="Senior Python Developer",
        org=("rekrutacja@wislasoft.pl", "Rekrutacja Wisła Soft"),
        att=[person("tomasz.zielinski@wislasoft.pl", "Tomasz Zieliński")],
        desc=(
            "Dzień dobry,\n\nZapraszamy na rozmowę techniczną na stanowisko Senior Python "
            "Developer.\nRekruter techniczny: Tomasz Zieliński\nCzas trwania: 60 min\n\n"
            "Pozdrawiamy,\nZespół Rekrutacji"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa z HR - Bursztyn Pay",
        interview=True,
        company="Bursztyn Pay",
        role=None,
        org=("agnieszka.wrobel@bursztynpay.pl", "Agnieszka Wróbel"),
        desc="Krótka rozmowa telefoniczna (20 min) o oczekiwaniach i dostępności.",
        loc="Telefon",
        zone="Europe/Warsaw",
    )
    _x(
        "Intervju: Alex Rivera - Dataingenjör",
        interview=True,
        company="Granskog Energi",
        role="Dataingenjör",
        org=("rekrytering@granskog.se", "Granskog Rekrytering"),
        att=[person("elin.sjoberg@granskog.se", "Elin Sjöberg")],
        desc=(
            "Hej Alex!\n\nTack för din ansökan. Vi bekräftar härmed din intervju för tjänsten som "
            "Dataingenjör.\nIntervjuare: Elin Sjöberg, chef för dataplattform\n\nMed vänliga "
            "hälsningar\nGranskog Energi\n\n(Schemalagt via Teamtailor)"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_GRSK09",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Andra intervju Tallbacka",
        interview=True,
        company="Tallbacka",
        role=None,
        desc="Med teamet på plats. Fika efteråt.",
        loc="Tallbacka AB, Sveavägen 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Jobsamtale hos Fjeldstad Medical",
        interview=True,
        company="Fjeldstad Medical",
        role="Backend-udvikler",
        org=("job@fjeldstadmedical.dk", "Fjeldstad Medical HR"),
        desc="Hej Alex, vi glæder os til at møde dig til samtale om stillingen som Backend-udvikler. Du skal tale med Mette Krogh, udviklingschef.",
        loc="Fjeldstad Medical, Strandvejen 101, Hellerup",
        zone="Europe/Copenhagen",
    )
    _x(
        "Työhaastattelu - Revontuli Analytics",
        interview=True,
        company="Revontuli Analytics",
        role="Data-analyytikko",
        org=("rekry@revontuli.fi", "Revontuli Rekry"),
        desc="Hei Alex, tervetuloa työhaastatteluun tehtävään Data-analyytikko. Haastattelija: Antti Laaksonen.",
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Pohovor - Vltava Labs (technické kolo)",
        interview=True,
        company="Vltava Labs",
        role="Senior Backend Developer",
        org=("nabor@vltavalabs.cz", "Nábor Vltava Labs"),
        desc="Dobrý den, potvrzujeme technický pohovor na pozici Senior Backend Developer. Pohovor vede: Jakub Dvořák.",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Συνέντευξη - Alex Rivera - Data Engineer (Aigaio Tech)",
        interview=True,
        company="Aigaio Tech",
        role="Data Engineer",
        org=("hr@aigaiotech.gr", "Aigaio Tech HR"),
        desc="Αγαπητέ Alex, επιβεβαιώνουμε τη συνέντευξή σας για τη θέση Data Engineer. Συνεντεύκτρια: Ελένη Παπαδάκη.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81240096632"),
        zone="Europe/Athens",
    )


def _languages_asia_other() -> None:
    _x(
        "【一次面接】Alex Rivera様 - バックエンドエンジニア",
        interview=True,
        company="ミナモテック",
        role="バックエンドエンジニア",
        org=("saiyo@minamotech.co.jp", "ミナモテック 採用担当"),
        att=[person("k.fujisaki@minamotech.co.jp", "藤崎 健太")],
        desc=(
            "Alex Rivera様\n\nこの度はバックエンドエンジニア職にご応募いただき、誠にありがとう"
            "ございます。一次面接の日程が確定いたしましたのでご連絡いたします。\n\n"
            "面接官：藤崎 健太（エンジニアリングマネージャー）\n所要時間：60分\n形式：Google Meet\n\n"
            "株式会社ミナモテック 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（Hoshizora Data）",
        interview=True,
        company="Hoshizora Data",
        role=None,
        org=("recruit@hoshizora-data.jp", "Hoshizora Data 採用チーム"),
        desc="選考の前に、カジュアルにお話しできればと思います。担当：佐野 美咲（人事）",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接 ミナモテック",
        interview=True,
        company="ミナモテック",
        role=None,
        desc="CTO・人事部長と。渋谷オフィス 8F",
        loc="渋谷区道玄坂1-12-3 8F",
        zone="Asia/Tokyo",
    )
    _x(
        "[면접 안내] Alex Rivera님 - 데이터 엔지니어 1차 면접",
        interview=True,
        company="한빛랩스",
        role="데이터 엔지니어",
        org=("recruit@hanbitlabs.kr", "한빛랩스 채용팀"),
        att=[person("jiwoo.park@hanbitlabs.kr", "박지우")],
        desc=(
            "안녕하세요 Alex Rivera님,\n\n데이터 엔지니어 포지션 1차 면접 일정을 안내드립니다.\n"
            "면접관: 박지우 (데이터플랫폼 팀장)\n소요 시간: 약 1시간\n\n감사합니다.\n한빛랩스 채용팀\n"
            "(그리팅으로 발송됨)"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/89310774105"),
        zone="Asia/Seoul",
    )
    _x(
        "코딩 인터뷰 - 물결페이",
        interview=True,
        company="물결페이",
        role="백엔드 개발자",
        org=("talent@mulgyeolpay.com", "물결페이 Talent"),
        desc="백엔드 개발자 포지션 라이브 코딩 인터뷰입니다. 면접관: 이서준 님",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "【面试邀请】Alex Rivera - 高级数据工程师",
        interview=True,
        company="云帆科技",
        role="高级数据工程师",
        org=("hr@yunfantech.cn", "云帆科技 招聘组"),
        att=[person("chen.yu@yunfantech.cn", "陈宇")],
        desc=(
            "Alex 您好，\n\n感谢您应聘高级数据工程师一职。现邀请您参加技术面试。\n"
            "面试官：陈宇（数据平台负责人）\n时长：约60分钟\n方式：腾讯会议（会议号见下方）\n\n"
            "云帆科技 人力资源部"
        ),
        loc="腾讯会议 482-113-907",
        zone="Asia/Shanghai",
    )
    _x(
        "二面 - 青禾智能",
        interview=True,
        company="青禾智能",
        role=None,
        desc="HR说是业务负责人面，准备项目经历。飞书会议",
        loc="飞书会议",
        zone="Asia/Shanghai",
    )
    _x(
        "面試通知：後端工程師 - 山嵐資訊",
        interview=True,
        company="山嵐資訊",
        role="後端工程師",
        org=("hr@shanlan.com.tw", "山嵐資訊 人資部"),
        desc="Alex 您好，誠摯邀請您參加後端工程師職位的面試。面試官：林志明 技術經理。地點：台北市信義區松仁路 58 號 12 樓",
        loc="台北市信義區松仁路58號12樓",
        zone="Asia/Taipei",
    )
    _x(
        "Mülakat Daveti - Alex Rivera - Kıdemli Veri Mühendisi",
        interview=True,
        company="Lale Yazılım",
        role="Kıdemli Veri Mühendisi",
        org=("ik@laleyazilim.com.tr", "Lale Yazılım İK"),
        att=[person("emre.kaya@laleyazilim.com.tr", "Emre Kaya")],
        desc=(
            "Merhaba Alex,\n\nKıdemli Veri Mühendisi pozisyonu için yapılan başvurunuz "
            "değerlendirilmiş olup sizi teknik mülakata davet ediyoruz.\n"
            "Mülakatı yapacak kişi: Emre Kaya (Veri Ekibi Lideri)\nSüre: 60 dk\n\nSaygılarımızla,\n"
            "Lale Yazılım İnsan Kaynakları"
        ),
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "İK görüşmesi Boğaziçi Lojistik",
        interview=True,
        company="Boğaziçi Lojistik",
        role=None,
        desc="telefonla, Zeynep Hanım arayacak",
        loc="Telefon",
        zone="Europe/Istanbul",
    )
    _x(
        "Interview - Alex Rivera - Senior Data Engineer (Saffron Labs)",
        interview=True,
        company="Saffron Labs",
        role="Senior Data Engineer",
        org=("ananya.iyer@saffronlabs.in", "Ananya Iyer"),
        desc=(
            "Hi Alex,\n\nAapka interview Senior Data Engineer role ke liye confirm ho gaya hai. "
            "Interviewer: Rohan Deshpande (Engineering Manager). Call 1 ghante ka hoga, "
            "system design aur aapke pichle projects par baat hogi.\n\nAll the best!\nAnanya, "
            "Talent Team, Saffron Labs"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Neelgiri Fintech - HR round interview",
        interview=True,
        company="Neelgiri Fintech",
        role=None,
        desc="HR round hai, salary aur notice period ki baat hogi. Documents ready rakhna.",
        zone="Asia/Kolkata",
    )
    _x(
        "Phỏng vấn vòng 1 - Kỹ sư Dữ liệu - Sông Hồng Tech",
        interview=True,
        company="Sông Hồng Tech",
        role="Kỹ sư Dữ liệu",
        org=("tuyendung@songhongtech.vn", "Sông Hồng Tech Tuyển dụng"),
        desc="Chào Alex, chúng tôi xin xác nhận lịch phỏng vấn vòng 1 vị trí Kỹ sư Dữ liệu. Người phỏng vấn: Nguyễn Minh Anh.",
        meet="meet",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Wawancara User - Rajawali Digital",
        interview=True,
        company="Rajawali Digital",
        role="Backend Engineer",
        org=("talent@rajawalidigital.id", "Rajawali Digital Talent"),
        desc="Halo Alex, berikut jadwal wawancara user untuk posisi Backend Engineer. Pewawancara: Dimas Pratama (Engineering Lead).",
        meet="meet",
        zone="Asia/Jakarta",
    )
    _x(
        "مقابلة عمل - Alex Rivera - مهندس بيانات",
        interview=True,
        company="واحة للتقنية",
        role="مهندس بيانات",
        org=("careers@waha-tech.ae", "واحة للتقنية - التوظيف"),
        desc="عزيزي Alex، يسعدنا دعوتك لمقابلة عمل لوظيفة مهندس بيانات. المقابِل: سارة الحمادي، مديرة البيانات.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WAHA31",
        ),
        zone="Asia/Dubai",
    )
    _x(
        "ראיון עבודה - Alex Rivera - מהנדס/ת נתונים",
        interview=True,
        company="Tavor Data",
        role="מהנדס נתונים",
        org=("jobs@tavordata.co.il", "Tavor Data גיוס"),
        desc="היי Alex, מאשרים ראיון טכני למשרת מהנדס/ת נתונים. מראיין: עומר לוי, ראש צוות.",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    _x(
        "Interview mit Tidewater Robotics (auf Englisch)",
        interview=True,
        company="Tidewater Robotics",
        role=None,
        desc="Notiz an mich: Karat-Runde bestanden, jetzt das Gespräch mit dem Hiring Manager.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien d'embauche - Bordeaux Numérique - développeur Python",
        interview=True,
        company="Bordeaux Numérique",
        role="Développeur Python",
        org=("talents@bordeaux-numerique.fr", "Talents Bordeaux Numérique"),
        desc="Bonjour Alex, entretien avec notre directeur technique, Pierre-Alain Roux, pour le poste de développeur Python. À bientôt !",
        loc="12 quai des Chartrons, Bordeaux",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista Kuntur Labs w/ CTO",
        interview=True,
        company="Kuntur Labs",
        role=None,
        org=("valentina@kunturlabs.pe", "Valentina Quispe"),
        desc="¡Hola Alex! Te agendé con nuestro CTO para conversar sobre el rol. Saludos, Vale (People)",
        meet="meet",
        zone="America/Lima",
    )
    _x(
        "Gesprek met recruiter - Duinwind",
        interview=True,
        company="Duinwind",
        role="Data Engineer",
        org=("femke.bakker77@gmail.com", "Femke Bakker"),
        desc="Hoi Alex, ik werf voor Duinwind (freelance). Even bellen over de Data Engineer vacature? Groet, Femke",
        loc="Telefoon",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa finałowa - Wisła Soft (on-site)",
        interview=True,
        company="Wisła Soft",
        role="Senior Python Developer",
        org=("rekrutacja@wislasoft.pl", "Rekrutacja Wisła Soft"),
        att=[
            person("tomasz.zielinski@wislasoft.pl", "Tomasz Zieliński"),
            person("marta.nowak@wislasoft.pl", "Marta Nowak"),
        ],
        desc="Rozmowa z CTO i Head of People. Biuro: ul. Grzybowska 62, Warszawa.",
        loc="ul. Grzybowska 62, Warszawa",
        zone="Europe/Warsaw",
    )


def _conducted_at_initech() -> None:
    _x(
        "Interview: Priya Raman - Senior Data Engineer (Technical)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("priya.raman.dev@gmail.com", "Priya Raman")],
        desc=(
            "Candidate: Priya Raman\nPosition: Senior Data Engineer\nInterviewer: Alex Rivera\n\n"
            "Focus area: data modelling + pipeline reliability. Please submit your scorecard in "
            "Greenhouse within 24 hours.\n\nInterview kit: https://initech.greenhouse.io/kits/5512"
        ),
        meet="meet",
    )
    _x(
        "Debrief: Priya Raman (SDE loop)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("gwen.hollis@initech.com", "Gwen Hollis"),
            person("tariq.saleh@initech.com", "Tariq Saleh"),
        ],
        desc="Hiring debrief for candidate Priya Raman. Scorecards must be in before this meeting.",
        meet="meet",
    )
    _x(
        "Phone screen - candidate Luis Gaspar (Backend)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        desc=(
            "Alex, can you do the tech phone screen for Luis? Resume attached. Interviewer: Alex "
            "Rivera. Candidate is in Lisbon, so keep the time early."
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91230044512"),
    )
    _x(
        "Initech Onsite - Mei Lin - Session 2: System Design (Interviewer: Alex Rivera)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("room-aurora@initech.com", "Aurora (6)", resource=True)],
        desc="Candidate: Mei Lin | Role: Staff Engineer | You are interviewer 2 of 4.",
        loc="Aurora (6)",
    )
    _x(
        "Interviewer training: structured interviewing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Required for everyone joining the interview panel rotation. Covers rubrics, bias and writing scorecards.",
        meet="meet",
    )
    _x(
        "Shadow interview (Alex shadowing Tariq)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tariq.saleh@initech.com", "Tariq Saleh"),
        att=[person("candidate.olu@gmail.com", "Olumide Bankole")],
        desc="You'll shadow my coding interview with Olumide. Stay muted, take notes, we'll calibrate after.",
        meet="meet",
    )
    _x(
        "Hiring manager interview: Sofia Brandão",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("sofia.brandao@hotmail.com", "Sofia Brandão")],
        desc=(
            "Hi Sofia,\n\nLooking forward to talking about the Data Engineer role on my team at "
            "Initech.\nInterviewer: Alex Rivera (Data Platform Lead)\n\nBest,\nAlex"
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91230049981"),
        add_me=False,
    )
    _x(
        "Take-home review - candidate #4471",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Grade the take-home in Greenhouse before Friday. Rubric in the hiring doc.",
    )
    _x(
        "Initech Interview - Wren Castillo - Coding (Alex)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@goodtime.io", "GoodTime"),
        att=[person("wren.castillo@proton.me", "Wren Castillo")],
        desc="Candidate: Wren Castillo\nCompany: Initech\nPosition: Backend Engineer\nInterviewer: Alex Rivera\n\nManaged by GoodTime Hire",
        meet="meet",
    )
    _x(
        "Campus interviews - State Tech (Initech booth)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("university@initech.com", "Initech University Recruiting"),
        desc="Alex is on the interviewer roster for back-to-back 30-min intern interviews. Bring laptop + rubric.",
        loc="State Tech Career Center, Room 112",
        all_day=True,
    )
    _x(
        "Intern interview loop - Initech (you are interviewing)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="3 intern candidates, 45 min each. Interviewer: Alex Rivera. Notes go in Greenhouse.",
        meet="meet",
    )
    _x(
        "Reference call for Nikhil (ex-Initech)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("reference@talentcheck.com", "TalentCheck"),
        desc="You've been listed as a reference for Nikhil Varma, who is interviewing for a role at another company. 15 min call.",
        loc="Phone",
    )
    _x(
        "Vorstellungsgespräch Kandidat Jonas Feld (ich interviewe)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("jonas.feld@web.de", "Jonas Feld")],
        desc="Bewerber für Data Engineer im Berliner Initech-Team. Interviewer: Alex Rivera, Gwen Hollis.",
        meet="meet",
        add_me=False,
    )
    _x(
        "Candidate lunch - Mei Lin",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Please take the candidate to lunch at the cafeteria. Informal, but share feedback in the scorecard.",
        loc="Initech cafeteria",
    )
    _x(
        "Initech: Offer call with Priya",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        desc="Hiring manager (Alex) joins the offer call to sell the team. Recruiter presents numbers.",
        meet="meet",
    )


def _other_peoples_interviews() -> None:
    _x(
        "Jamie's interview at Quarrystone",
        interview=False,
        company=None,
        role=None,
        desc="Jamie's final round - text good luck in the morning, pick up dinner.",
    )
    _x(
        "Drive Mom to her job interview",
        interview=False,
        company=None,
        role=None,
        loc="Oakridge Library, 19 Elm St",
    )
    _x(
        "Sam interview @ Copperleaf (his, not mine)",
        interview=False,
        company=None,
        role=None,
        desc="Sam asked me to be on standby for a pep talk at 9:30",
    )
    _x(
        "Help Lucia prep for her Ferncastle interview",
        interview=False,
        company=None,
        role=None,
        org=("lucia.ortiz.m@gmail.com", "Lucia Ortiz"),
        desc="Can you run some behavioural questions with me before my Ferncastle final? Coffee on me!",
        loc="Café Nube",
    )
    _x(
        "Interview: Dana Kowalczyk - Product Manager",
        interview=False,
        company=None,
        role=None,
        org=("hiring@greenhouse-mail.io", "Kestrel Payments"),
        att=[person("dana.kowalczyk@gmail.com", "Dana Kowalczyk")],
        desc=(
            "Candidate: Dana Kowalczyk\nPosition: Product Manager\nInterviewer: Rosa Imbert\n\n"
            "(Forwarded to Alex by Dana so Alex can keep her company during the wait.)"
        ),
        my_status="declined",
    )
    _x(
        "Jamie - 2nd rd Thornbury (babysit Max)",
        interview=False,
        company=None,
        role=None,
        desc="I watch Max 2-4 while Jamie is at the interview",
    )
    _x(
        "Sister's med school interview trip",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        desc="Flying with Clara to Boston for her MMI day",
    )
    _x(
        "Ben: Vorstellungsgespräch bei der Polizei",
        interview=False,
        company=None,
        role=None,
        desc="Bens Auswahlverfahren, ihn um 7 zum Bahnhof bringen",
        zone="Europe/Berlin",
    )


def _press_and_podcasts() -> None:
    _x(
        "Podcast interview: Data Engineering Weekly",
        interview=False,
        company=None,
        role=None,
        org=("host@dataengweekly.fm", "Marta Quillen"),
        desc=(
            "Hi Alex! Thanks for agreeing to be a guest. We'll record a 45-minute interview about "
            "your talk on streaming migrations at Initech. Riverside link below - please use "
            "headphones.\n\nHost: Marta Quillen"
        ),
        loc="https://riverside.fm/studio/deweekly",
    )
    _x(
        "Press interview - TechHarbor Journal re: Initech launch",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[person("reporter@techharbor.news", "Dev Albright")],
        desc="Journalist interview about the new analytics product. Comms will sit in. Talking points attached.",
        meet="meet",
    )
    _x(
        "Radio interview - KPLR morning show",
        interview=False,
        company=None,
        role=None,
        desc="Call in at 7:40 to the studio line. 6 minutes about the community coding club.",
        loc="Phone: studio line",
    )
    _x(
        "Interview for the alumni magazine",
        interview=False,
        company=None,
        role=None,
        org=("editor@stateuniv-alumni.org", "Rachel Dunmore"),
        desc="Rachel from the alumni magazine wants to profile you for the 'Where are they now' column.",
        meet="meet",
    )
    _x(
        "Interview mit der Lokalzeitung (Ehrenamt)",
        interview=False,
        company=None,
        role=None,
        desc="Interview mit der Rheinpost über den Repair-Café-Verein. Fotograf kommt mit.",
        loc="Repair Café, Bergstraße 4",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista para el blog de PyLadies",
        interview=False,
        company=None,
        role=None,
        org=("blog@pyladies-madrid.org", "Nuria Cabello"),
        desc="Hola Alex, una entrevista corta para nuestra serie 'Historias de la comunidad'.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "YouTube livestream interview - 'Pipelines & Pancakes'",
        interview=False,
        company=None,
        role=None,
        org=("bookings@pipelinesandpancakes.tv", "Pipelines & Pancakes"),
        desc="Live guest interview on the channel, streaming via StreamYard. Topic: careers in data.",
        loc="https://streamyard.com/pp-guest",
    )
    _x(
        "Being interviewed for a student's thesis",
        interview=False,
        company=None,
        role=None,
        org=("h.takeda@uni-mail.edu", "Haruto Takeda"),
        desc="Research interview for a master's thesis on remote engineering teams. 30 min, recorded with consent.",
        conf=("Zoom Meeting", "https://uni.zoom.us/j/95551203314"),
    )
    _x(
        "Conference speaker interview (recorded)",
        interview=False,
        company=None,
        role=None,
        org=("speakers@dataconf-eu.org", "DataConf EU Speakers"),
        desc="Short pre-conference speaker interview for our blog. Interviewer: Greta Holm, programme committee.",
        meet="meet",
    )


def _research_and_customers() -> None:
    _x(
        "User interview: dashboard redesign (participant 7)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
        att=[person("p7@customer-mail.com", "Participant 7")],
        desc="Moderator: Alex Rivera. Note-taker: Jess. Discussion guide in the research folder.",
        meet="meet",
    )
    _x(
        "Customer interview - Halvorsen Maritime (discovery)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("sigurd.berg@halvorsen.no", "Sigurd Berg")],
        desc="Discovery interview with a prospective customer about their data quality pain points.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_INIT882",
        ),
        add_me=False,
    )
    _x(
        "UserTesting session - you're a participant ($60)",
        interview=False,
        company=None,
        role=None,
        org=("research@respondent-mail.io", "Respondent"),
        desc="Thanks for signing up! 45-minute research interview about how you use personal finance apps. Incentive paid after.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/86330124498"),
    )
    _x(
        "Jobs-to-be-done interviews (block)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="3 back-to-back churned-customer interviews. Script v2.",
    )
    _x(
        "Stakeholder interviews for data strategy",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("exec-office@initech.com", "Initech Exec Office"),
        desc="Alex to interview finance and ops leads about reporting needs for the 2025 data strategy.",
        meet="meet",
    )
    _x(
        "Entrevista con usuarios - app de reservas",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Sesiones de investigación con usuarios en Madrid, moderadas por Alex y Paula.",
        zone="Europe/Madrid",
    )
    _x(
        "Expert network call (GLG-style) - paid consultation",
        interview=False,
        company=None,
        role=None,
        org=("scheduling@insightbridge.com", "InsightBridge"),
        desc="A client investor would like to interview you as an industry expert on logistics data tooling. 60 min, compensated.",
        loc="Dial-in details to follow",
    )
    _x(
        "Survey follow-up interview: Stack Commons",
        interview=False,
        company=None,
        role=None,
        org=("research@stackcommons.org", "Stack Commons Research"),
        desc="You opted in to a follow-up interview after our developer survey. Thanks for helping!",
        meet="meet",
    )
    _x(
        "Usability test - Initech onboarding flow",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Observe usability tests in the lab. Participants recruited by UX.",
        loc="UX Lab, 3rd floor",
    )


def _exit_stay_reviews() -> None:
    _x(
        "Exit interview - Alex Rivera (Initech)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hrbp@initech.com", "Marisol Trent"),
        desc="Hi Alex, as part of your offboarding we'd like to hold a confidential exit interview. 30 min.",
        meet="meet",
    )
    _x(
        "Stay interview with Gwen",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        desc="Stay interview: what keeps you here, what might make you leave, what we can change. Not a performance conversation.",
        meet="meet",
    )
    _x(
        "Exit interview for Tariq (I'm his manager)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("hrbp@initech.com", "Marisol Trent"),
        att=[person("tariq.saleh@initech.com", "Tariq Saleh")],
        desc="Manager portion of the exit process. HR will run the exit interview; you cover handover.",
    )
    _x(
        "H2 performance review - Alex",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        desc="Self-review due 2 days before. We'll discuss ratings and promo readiness.",
        loc="Gwen's office",
    )
    _x(
        "Promotion panel interview - Staff Engineer (internal)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("promo-committee@initech.com", "Initech Promotion Committee"),
        desc="Alex presents their promotion packet to the committee. Internal calibration, not a hiring interview.",
        meet="meet",
    )
    _x(
        "1:1 Alex / Gwen",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        desc="weekly 1:1 - agenda: hiring plan, Q3 OKRs, interview load",
        meet="meet",
    )
    _x(
        "Jahresgespräch mit Teamleitung",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Mitarbeitergespräch: Ziele, Gehalt, Weiterbildung",
        zone="Europe/Berlin",
    )
    _x(
        "360 feedback interviews (I'm a reviewer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("leadership-dev@initech.com", "Leadership Development"),
        desc="Coach will interview you about Dana's leadership for her 360 report.",
        meet="meet",
    )


def _appointments() -> None:
    _x(
        "Dr. Menon - annual physical",
        interview=False,
        company=None,
        role=None,
        loc="Westside Family Medicine, 2100 Pine St, Suite 4",
        desc="Fasting from midnight. Bring insurance card.",
    )
    _x(
        "Visa interview - US Consulate",
        interview=False,
        company=None,
        role=None,
        desc="DS-160 confirmation, passport, photo, appointment letter. No phones inside.",
        loc="US Consulate General, Frankfurt",
        zone="Europe/Berlin",
    )
    _x(
        "Green card interview (USCIS)",
        interview=False,
        company=None,
        role=None,
        desc="Bring originals: marriage certificate, joint bank statements, photos. Attorney meets us at 8:15.",
        loc="USCIS Field Office, 630 Sansome St, San Francisco",
    )
    _x(
        "Einbürgerungsgespräch Ausländerbehörde",
        interview=False,
        company=None,
        role=None,
        desc="Termin zur Einbürgerung, Unterlagen: Sprachzertifikat B1, Einbürgerungstest, Meldebescheinigung",
        loc="Landesamt für Einwanderung, Friedrich-Krause-Ufer 24, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Citizenship interview + civics test",
        interview=False,
        company=None,
        role=None,
        desc="Study the 100 questions. Interview notice in the blue folder.",
        loc="USCIS Field Office",
    )
    _x(
        "IRS appointment - Taxpayer Assistance Center",
        interview=False,
        company=None,
        role=None,
        desc="Identity verification interview re: letter 5071C. Bring the letter and last year's return.",
        loc="IRS TAC, 1301 Clay St, Oakland",
    )
    _x(
        "Jury selection (voir dire)",
        interview=False,
        company=None,
        role=None,
        desc="Juror summons #88213. Questioning by attorneys in Dept. 12.",
        loc="Superior Court, 400 McAllister St",
        all_day=True,
    )
    _x(
        "Court - witness interview with DA's office",
        interview=False,
        company=None,
        role=None,
        org=("victimwitness@da-county.gov", "Victim Witness Unit"),
        desc="Pre-trial interview as a witness to the bike accident. Bring any photos.",
        loc="District Attorney's Office, Room 320",
    )
    _x(
        "Dentist - cleaning",
        interview=False,
        company=None,
        role=None,
        loc="Smile Studio, 77 Harbor Rd",
    )
    _x(
        "Psych intake appointment",
        interview=False,
        company=None,
        role=None,
        desc="Intake interview with new therapist (telehealth). Fill out the questionnaire first.",
        loc="https://telehealth.mindwellclinic.com/room/ar",
    )
    _x(
        "Entrevista consular - renovación de pasaporte",
        interview=False,
        company=None,
        role=None,
        desc="Cita en el consulado. Llevar DNI, foto y justificante de pago.",
        loc="Consulado General, 545 Market St",
    )
    _x(
        "Passport appointment",
        interview=False,
        company=None,
        role=None,
        loc="Post Office, 1 Main St",
        desc="DS-11 + old passport + photo",
    )
    _x(
        "Mortgage interview with loan officer",
        interview=False,
        company=None,
        role=None,
        org=("d.harlow@bayshorecu.org", "Derek Harlow"),
        desc="Pre-approval meeting. Bring 2 years of W-2s, pay stubs and bank statements.",
        loc="Bayshore Credit Union",
    )
    _x(
        "面談：区役所 保育園入園",
        interview=False,
        company=None,
        role=None,
        desc="保育園入園の面談。母子手帳と就労証明書を持参。",
        loc="渋谷区役所 3F",
        zone="Asia/Tokyo",
    )
    _x(
        "Global Entry interview",
        interview=False,
        company=None,
        role=None,
        desc="Conditional approval received. Interview at the enrollment center in Terminal 2.",
        loc="SFO Terminal 2 Enrollment Center",
    )


def _admissions() -> None:
    _x(
        "MBA admissions interview - Harwick School of Business",
        interview=False,
        company=None,
        role=None,
        org=("admissions@harwick-business.edu", "Harwick MBA Admissions"),
        desc="Your interview will be conducted by an alumna, Joanne Petrakis. 30 minutes, blind to your application.",
        meet="meet",
    )
    _x(
        "Kindergarten admissions interview - Maple Grove School (Leo)",
        interview=False,
        company=None,
        role=None,
        org=("admissions@maplegroveschool.org", "Maple Grove Admissions"),
        desc="Parent interview and child playdate visit for Leo's kindergarten application.",
        loc="Maple Grove School, 300 Cedar Ln",
    )
    _x(
        "Entretien d'admission - Master Data Science (Université de Lyon)",
        interview=False,
        company=None,
        role=None,
        org=("admissions.master@univ-lyon-exemple.fr", "Scolarité Master"),
        desc="Entretien de motivation avec le jury d'admission du master. Durée : 20 minutes.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "PhD interview - Computational Linguistics group",
        interview=False,
        company=None,
        role=None,
        org=("pgr-admissions@northfield.ac.uk", "Northfield PGR Admissions"),
        desc="Interview for the funded PhD studentship. Panel: Prof. Okonkwo and Dr. Lindahl.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NFPHD1",
        ),
        zone="Europe/London",
    )
    _x(
        "Alumni interview - I'm interviewing an applicant",
        interview=False,
        company=None,
        role=None,
        org=("alumni-interviews@stateuniv.edu", "State University Alumni Interview Program"),
        att=[person("applicant.k.ng@gmail.com", "Kaylee Ng")],
        desc="Thank you for volunteering! You will interview applicant Kaylee Ng. Submit your report within 48 hours.",
        loc="Starbucks, 4th & King",
    )
    _x(
        "Bootcamp admissions call - DataForge",
        interview=False,
        company=None,
        role=None,
        org=("admissions@dataforge-academy.com", "DataForge Admissions"),
        desc="Admissions interview for the part-time ML engineering bootcamp. Not a job placement.",
        meet="meet",
    )


def _home_and_hiring_help() -> None:
    _x(
        "Apartment viewing - 14 Larch St #3B",
        interview=False,
        company=None,
        role=None,
        org=("leasing@larchstreetapts.com", "Larch Street Leasing"),
        desc="Showing with leasing agent. Bring ID and proof of income for the application.",
        loc="14 Larch St, Apt 3B",
    )
    _x(
        "Wohnungsbesichtigung Schillerkiez",
        interview=False,
        company=None,
        role=None,
        desc="Besichtigung 2-Zi-Whg, Schufa + Gehaltsnachweise mitnehmen",
        loc="Okerstraße 18, Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Roommate interview - Dani",
        interview=False,
        company=None,
        role=None,
        desc="Dani wants to see the spare room. Ask about schedule, pets, rent split.",
    )
    _x(
        "Nanny interview - Rosa",
        interview=False,
        company=None,
        role=None,
        org=("rosa.mendez.care@gmail.com", "Rosa Méndez"),
        desc="Rosa found us on Care.com. Ask about CPR certification, references and hours. Leo meets her at 5.",
        loc="Home",
    )
    _x(
        "Interview contractors for kitchen remodel",
        interview=False,
        company=None,
        role=None,
        desc="Three contractors walking through: 9 Hammerline Builders, 11 Ortega & Sons, 2 Blue Oak Renovations. Ask for licenses.",
        loc="Home",
    )
    _x(
        "Dog walker trial walk",
        interview=False,
        company=None,
        role=None,
        desc="Trial walk with Pat from Happy Tails before we hire. 30 min.",
    )
    _x(
        "Interview accountants for the LLC",
        interview=False,
        company=None,
        role=None,
        org=("info@greenfieldcpa.com", "Greenfield CPA"),
        desc="Initial consultation - we're interviewing bookkeepers/CPAs for the side-project LLC.",
        meet="meet",
    )
    _x(
        "Entrevista a la canguro (Laia)",
        interview=False,
        company=None,
        role=None,
        desc="Laia viene a conocer a los niños. Preguntar disponibilidad los martes.",
        zone="Europe/Madrid",
    )
    _x(
        "Tutor interview for Leo (math)",
        interview=False,
        company=None,
        role=None,
        desc="Call with two potential math tutors. We're hiring one for Saturdays.",
        loc="Phone",
    )


def _auditions() -> None:
    _x(
        "Audition - Bayside Community Choir (tenor)",
        interview=False,
        company=None,
        role=None,
        desc="Prepare 16 bars + sight-reading. Warm up in the car.",
        loc="St. Brendan's Hall, 12 Shore Rd",
    )
    _x(
        "Callback - 'Guys and Dolls' community theatre",
        interview=False,
        company=None,
        role=None,
        desc="Callbacks for Nicely-Nicely. Bring sides.",
        loc="Rialto Playhouse",
    )
    _x(
        "Rec league soccer tryouts",
        interview=False,
        company=None,
        role=None,
        loc="Griffith Fields #4",
        desc="Cleats, shin guards, water",
    )
    _x(
        "Leo - orchestra audition",
        interview=False,
        company=None,
        role=None,
        desc="Youth orchestra audition, violin. Scales + Vivaldi A minor.",
        loc="Conservatory Annex, Room B",
    )
    _x(
        "Tryout: Ultimate frisbee club team",
        interview=False,
        company=None,
        role=None,
        desc="Club team tryouts, two days. Bring light + dark jerseys.",
        all_day=True,
    )


def _mock_and_coaching() -> None:
    _x(
        "Mock system design interview w/ Priyanka",
        interview=False,
        company=None,
        role=None,
        org=("priyanka.s.dev@gmail.com", "Priyanka Sethi"),
        desc="Practice round before the Quarrystone onsite. She'll play the interviewer; 45 min + feedback.",
        meet="meet",
    )
    _x(
        "Pramp - peer mock interview (coding)",
        interview=False,
        company=None,
        role=None,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Your peer practice session is confirmed. You'll interview each other for 30 minutes each.",
        loc="https://www.pramp.com/session/7af1",
    )
    _x(
        "Career coaching session #3 - negotiation",
        interview=False,
        company=None,
        role=None,
        org=("coach@brightpathcareers.com", "Naomi Fairweather"),
        desc="We'll role-play the Halcyon Freight offer call and practise your counter. Homework: comp research.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/84400211876"),
    )
    _x(
        "Interview practice: behavioural (STAR) with coach",
        interview=False,
        company=None,
        role=None,
        org=("coach@brightpathcareers.com", "Naomi Fairweather"),
        desc="Mock behavioural interview. Interviewer: Naomi Fairweather (coach). Bring 6 STAR stories.",
        meet="meet",
    )
    _x(
        "interviewing.io anonymous mock (Staff level)",
        interview=False,
        company=None,
        role=None,
        org=("sessions@interviewing.io", "interviewing.io"),
        desc="Your mock interview with an experienced engineer is booked. Practice session - no company sees the result.",
        loc="https://interviewing.io/session/ax92",
    )
    _x(
        "Probe-Vorstellungsgespräch mit Mentorin",
        interview=False,
        company=None,
        role=None,
        desc="Übungsgespräch mit Birgit für das Lindenhof-Interview. Feedback zu Körpersprache.",
        zone="Europe/Berlin",
    )
    _x(
        "Résumé review + mock interview (career center)",
        interview=False,
        company=None,
        role=None,
        org=("careers@stateuniv-alumni.org", "Alumni Career Center"),
        desc="Alumni career services appointment: CV review and a 20-minute practice interview.",
        meet="meet",
    )


def _fairs_tests_webinars() -> None:
    _x(
        "Tech Career Fair - Moscone West",
        interview=False,
        company=None,
        role=None,
        desc="Bring 20 printed CVs. Booths to hit: Quarrystone, Northvane, Kestrel.",
        loc="Moscone West, 800 Howard St",
        all_day=True,
    )
    _x(
        "Virtual career fair: Women in Data",
        interview=False,
        company=None,
        role=None,
        org=("events@womenindata-fair.org", "Women in Data Fair"),
        desc="Virtual booths open 10-4. Register on the Brazen platform.",
        loc="https://fair.brazen.com/wid",
    )
    _x(
        "HackerRank assessment due - Tidewater Robotics",
        interview=False,
        company=None,
        role=None,
        desc="Self-paced online test, 90 min, take any time before the deadline. Link in email.",
        all_day=True,
    )
    _x(
        "Codility test - Ondaluz (deadline)",
        interview=False,
        company=None,
        role=None,
        desc="Test online auto-evaluado, 120 min. Plazo hasta las 23:59.",
        zone="Europe/Madrid",
    )
    _x(
        "Complete HireVue one-way video interview - Ferncastle",
        interview=False,
        company=None,
        role=None,
        org=("noreply@hirevue.com", "HireVue"),
        desc="Record answers to 5 pre-set questions at any time before Friday. No live interviewer.",
        all_day=True,
    )
    _x(
        "Webinar: How to ace your technical interview",
        interview=False,
        company=None,
        role=None,
        org=("events@devcareerhub.com", "DevCareerHub"),
        desc="Free webinar with Q&A. Topics: coding rounds, system design, negotiating offers.",
        conf=("Zoom Webinar", "https://us02web.zoom.us/w/81100220033"),
    )
    _x(
        "Quarrystone Engineering open house (info session)",
        interview=False,
        company=None,
        role=None,
        org=("events@quarrystone.com", "Quarrystone Events"),
        desc="Meet the team, hear about our search infrastructure, pizza. Not part of any interview process.",
        loc="Quarrystone HQ, 55 Granite Ave, Austin, TX",
    )
    _x(
        "Personality questionnaire (SHL) - Copperleaf",
        interview=False,
        company=None,
        role=None,
        desc="Online questionnaire, untimed, complete before the assessment centre.",
    )


def _prep_and_reminders() -> None:
    _x(
        "prep for Halcyon interview",
        interview=False,
        company=None,
        role=None,
        desc="re-read JD, practice SQL window funcs",
    )
    _x("Send thank-you note to Kestrel", interview=False, company=None, role=None)
    _x(
        "Prep: Quarrystone onsite",
        interview=False,
        company=None,
        role=None,
        desc="System design drills (search index, ranking). Review Lena's prep doc.",
    )
    _x("Research Corvid Labs before onsite", interview=False, company=None, role=None)
    _x(
        "Follow up with Northvane recruiter if no news",
        interview=False,
        company=None,
        role=None,
        all_day=True,
    )
    _x(
        "Interview prep block",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Private",
    )
    _x("Halcyon offer deadline", interview=False, company=None, role=None, all_day=True)
    _x("Update CV + LinkedIn", interview=False, company=None, role=None)
    _x(
        "Vorbereitung Vorstellungsgespräch Lindenhof",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Préparer l'entretien Maison Verlaine",
        interview=False,
        company=None,
        role=None,
        zone="Europe/Paris",
    )
    _x("面接対策（ミナモテック）", interview=False, company=None, role=None, zone="Asia/Tokyo")
    _x(
        "Reference check reminder - ask Gwen & Tariq",
        interview=False,
        company=None,
        role=None,
        desc="Ferncastle asked for 2 references by Monday",
    )
    _x("Sign Quillfeather offer (DocuSign)", interview=False, company=None, role=None)
    _x(
        "Glimmerdeck take-home (work on it)",
        interview=False,
        company=None,
        role=None,
        desc="Self-paced take-home, 4h budget, submit via GitHub",
    )


def _titles() -> None:
    _x("Movie night: The Interview", interview=False, company=None, role=None, loc="Roxie Theater")
    _x(
        "Book club - 'Interview with the Vampire'",
        interview=False,
        company=None,
        role=None,
        desc="Chapters 1-8. Bring snacks.",
        loc="Marisa's place",
    )
    _x("Watch 'The Internship' w/ Jamie", interview=False, company=None, role=None)
    _x(
        "Theatre: 'The Job Interview' (comedy)",
        interview=False,
        company=None,
        role=None,
        loc="Blackbox Stage, 22 Mission St",
    )
    _x(
        "Finish reading 'Cracking the Coding Interview' ch. 9",
        interview=False,
        company=None,
        role=None,
    )


def _work_meetings_hiring_words() -> None:
    _x(
        "Hiring sync - Data Platform (weekly)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("gwen.hollis@initech.com", "Gwen Hollis"),
        att=[person("recruiting@initech.com", "Initech Recruiting")],
        desc="Pipeline review: 4 candidates in onsite, 2 offers out. Interview panel coverage for next week.",
        meet="meet",
    )
    _x(
        "Headcount planning FY25",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Finalise reqs for 3 data engineers + 1 analytics engineer. Job descriptions due.",
    )
    _x(
        "Write JD: Senior Data Engineer",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Draft the job description for the new req and send to recruiting.",
    )
    _x(
        "Interview loop calibration",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Align on the bar for onsite interviews: rubric updates, question bank refresh.",
        meet="meet",
    )
    _x(
        "Recruiting kickoff: Staff Engineer role",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Intake meeting with recruiter: must-haves, sourcing channels, interview plan, comp band.",
        meet="meet",
    )
    _x(
        "Vendor demo: Ashby ATS evaluation",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae@ashbyhq-demo.com", "Ashby Sales"),
        desc="Demo of Ashby for Initech's recruiting team. Compare against Greenhouse.",
        meet="meet",
    )
    _x(
        "Onboarding: new hire Priya (day 1)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Welcome Priya, laptop setup, intro to the team.",
    )
    _x(
        "Candidate experience retro",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Review candidate survey results and interview scheduling delays.",
        meet="meet",
    )


def _foreign_lookalikes() -> None:
    _x(
        "Bewerbungsgespräche führen - Werkstudent (ich bin Interviewer)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="3 Kandidat:innen für die Werkstudentenstelle, je 30 min. Bewertungsbogen ausfüllen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        desc="Entretien annuel avec ma manager, objectifs et formation.",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista para la radio local (Onda Barrio)",
        interview=False,
        company=None,
        role=None,
        desc="Entrevista de 10 minutos sobre el club de programación para niños.",
        loc="Estudio Onda Barrio",
        zone="Europe/Madrid",
    )
    _x(
        "Consulta médica - Dra. Almeida",
        interview=False,
        company=None,
        role=None,
        loc="Clínica São Lucas, sala 12",
        zone="America/Sao_Paulo",
    )
    _x(
        "採用面接（面接官として参加）",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruit-jp@initech.com", "Initech 採用チーム"),
        desc="候補者：山本 遥さん。面接官：Alex Rivera。評価シートを24時間以内に提出してください。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디",
        interview=False,
        company=None,
        role=None,
        desc="스터디원들과 모의 면접 연습. 자기소개 1분 준비.",
        zone="Asia/Seoul",
    )
    _x(
        "Kuzenin mülakatı - havaalanına bırak",
        interview=False,
        company=None,
        role=None,
        desc="Deniz'in iş görüşmesi var, sabah 7'de havaalanına götür.",
        zone="Europe/Istanbul",
    )
    _x(
        "Sollicitatietraining bij het UWV",
        interview=False,
        company=None,
        role=None,
        desc="Workshop sollicitatiegesprekken oefenen in groepsverband.",
        loc="UWV Werkplein, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Visa interview ki taiyari + documents",
        interview=False,
        company=None,
        role=None,
        desc="Consulate mein visa interview hai, saare documents ek folder mein rakhna.",
        zone="Asia/Kolkata",
    )
