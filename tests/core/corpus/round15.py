# ruff: noqa: E501 -- data: event texts as written
"""Round 15 held-out calendar events, written blind by an independent evaluator.

About 200 events for Alex Rivera's personal (and, where marked, Initech work) calendar:
ATS and scheduler invitations, assessment platforms with a live interviewer, staffing agencies
presenting a client employer, onsites split into several events, the user's own short notes,
forwarded / rescheduled / tentative / declined invitations, and interviews in many languages.
Look-alikes (interview=False): interviews Alex conducts at work, mock interviews, coaching,
podcast/press interviews, titles of films and books, visa and immigration interviews, school
meetings, user research, performance reviews, meetups, networking coffees, offer signing,
background checks, exit interviews and ordinary appointments.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round15", **kw)


def build() -> None:
    _ats_invitations()
    _scheduler_tools()
    _assessment_platforms()
    _staffing_agencies()
    _split_onsites()
    _own_notes()
    _forwarded_and_status()
    _other_languages()
    _no_interview_word()
    _work_calendar_lookalikes()
    _practice_and_coaching()
    _press_and_media()
    _titles_and_prep()
    _official_and_family()
    _networking_and_research()
    _employment_admin()
    _everyday()
    _other_language_lookalikes()


# ---------------------------------------------------------------- ATS invitations (interviews)


def _ats_invitations() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Brightwave Energy",
        role="Senior Data Engineer",
        org=("maria.kovacs@brightwave-energy.com", "Maria Kovacs"),
        att=[person("tomas.ferreira@brightwave-energy.com", "Tomás Ferreira")],
        desc="Hi Alex,\n\nThank you for your interest in the Senior Data Engineer role at Brightwave Energy. Below are the details of your upcoming interview.\n\nInterviewer: Tomás Ferreira, Engineering Manager\nDuration: 45 minutes\nFormat: Video call (Google Meet link attached)\n\nIf you need to reschedule, please reply to this email.\n\nBest,\nMaria Kovacs | Talent Acquisition\n\n--\nPowered by Greenhouse",
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Datadog | Technical Interview",
        interview=True,
        company="Datadog",
        role="Software Engineer II - Observability",
        org=("scheduling@datadoghq.com", "Datadog Recruiting"),
        att=[person("priya.nair@datadoghq.com", "Priya Nair")],
        desc="Interview Schedule for Alex Rivera\nPosition: Software Engineer II - Observability\n\n10:00 AM - 11:00 AM EDT   Coding\nInterviewer: Priya Nair\n\nPlease join from a quiet place with a reliable internet connection. You will be using CoderPad during this session; a link will be shared by your interviewer.\n\nScheduled with GoodTime. Need to make a change? Contact your recruiter.",
        conf=("Zoom Meeting", "https://datadog.zoom.us/j/93817264510"),
        zone="America/New_York",
    )
    _x(
        "Ramp - Hiring Manager Chat (Alex Rivera)",
        interview=True,
        company="Ramp",
        role="Product Manager, Bill Pay",
        org=("no-reply@ashbyhq.com", "Ramp via Ashby"),
        att=[
            person("kevin.oduya@ramp.com", "Kevin Oduya"),
            person("recruiting@ramp.com", "Ramp Recruiting", optional=True),
        ],
        desc="You're scheduled to meet with Kevin Oduya (Hiring Manager) for the Product Manager, Bill Pay role.\n\nInterviewer: Kevin Oduya\nLength: 30 min\n\nThis event was scheduled with Ashby. To reschedule, use the link in your confirmation email.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera / Figma — Portfolio Review",
        interview=True,
        company="Figma",
        role="Product Designer",
        org=("hannah.liu@figma.com", "Hannah Liu"),
        att=[
            person("nora.b@figma.com", "Nora Baptiste"),
            person("eli.s@figma.com", "Eli Sandoval"),
        ],
        desc="<p>Hi Alex! Looking forward to your portfolio review for the <b>Product Designer</b> position.</p><p><b>Interviewers:</b> Nora Baptiste, Eli Sandoval</p><p>Please plan to present 2 projects for ~40 minutes and leave 20 minutes for questions.</p><p><i>Scheduled via Lever</i></p>",
        conf=("Zoom Meeting", "https://figma.zoom.us/j/88120034412"),
    )
    _x(
        "Phone screen with Northwind Logistics",
        interview=True,
        company="Northwind Logistics",
        role="Supply Chain Analyst",
        org=("northwindlogistics@myworkday.com", "Northwind Logistics"),
        desc="Interview Type: Phone Screen\nJob Requisition: R-20441 Supply Chain Analyst (Memphis, TN)\nInterviewer: Dana Whitfield\nCandidate: Alex Rivera\n\nDana will call you at the number on your application. This interview is scheduled in Workday.",
        zone="America/Chicago",
    )
    _x(
        "Zalando SE – Interview Engineering Manager (Alex Rivera)",
        interview=True,
        company="Zalando",
        role="Engineering Manager",
        org=("jobs@zalando.de", "Zalando Talent Acquisition"),
        att=[person("f.weber@zalando.de", "Friederike Weber")],
        desc="Dear Alex,\n\nwe are happy to confirm your interview for the position Engineering Manager (all genders) – Logistics Platform.\n\nInterviewer: Friederike Weber, Head of Engineering\nDuration: 60 minutes\n\nKind regards,\nZalando SE Talent Acquisition",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "[Interview] Alex Rivera x Canva — Values interview",
        interview=True,
        company="Canva",
        org=("talent@canva.com", "Canva Talent"),
        att=[person("jess.m@canva.com", "Jess Morrison")],
        desc="G'day Alex,\n\nThis is your Canva values conversation. There's nothing technical here, just a chat about how you like to work.\n\nInterviewer: Jess Morrison\n\nCanva uses Greenhouse to schedule interviews.",
        meet="meet",
        zone="Australia/Sydney",
    )
    _x(
        "Technical Interview - Backend Engineer - Alex Rivera",
        interview=True,
        company="Helix Biosciences",
        role="Backend Engineer",
        org=("recruiting@helix-bio.com", "Helix Biosciences Talent"),
        desc="Helix Biosciences Inc. invites you to a Video interview for the Backend Engineer position.\n\nInterview panel:\n- Rafael Moreno (Staff Engineer)\n- Keisha Grant (Senior Engineer)\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1\n\nSent via SmartRecruiters",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview with Shopify",
        interview=True,
        company="Shopify",
        org=("talent-acquisition@shopify.com", "Shopify Talent"),
        att=[person("rob.tremblay@shopify.com", "Rob Tremblay")],
        desc="Hi Alex,\n\nThis is your Life Story interview with Rob. It's a conversation about your journey so far, the choices you made and why.\n\nInterviewer: Rob Tremblay",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Recruiter call – Alex Rivera (Deloitte Consulting)",
        interview=True,
        company="Deloitte Consulting",
        role="Senior Consultant, Cloud Engineering",
        org=("amccarthy@deloitte.com", "McCarthy, Aoife"),
        desc="Initial recruiter conversation regarding the Senior Consultant, Cloud Engineering opportunity with Deloitte Consulting LLP.\n\nPlease be prepared to discuss your background, location preferences and travel availability.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 254 118 903 22\nPasscode: x7Tq2b\n________________________________________________________________________________",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera: Take-home debrief with Vercel",
        interview=True,
        company="Vercel",
        org=("no-reply@ashbyhq.com", "Ashby"),
        att=[
            person("lee@vercel.com", "Lee Robinson"),
            person("mariana@vercel.com", "Mariana Castilho"),
        ],
        desc="Walk us through your take-home project. We'll ask questions about trade-offs and how you'd extend it.\n\nInterviewers: Lee Robinson, Mariana Castilho\n\nScheduled with Ashby on behalf of Vercel.",
        meet="meet",
    )
    _x(
        "Final Round Interview – Alex Rivera – Monzo",
        interview=True,
        company="Monzo",
        role="Senior Backend Engineer",
        org=("talent@monzo.com", "Monzo Talent"),
        desc="Final round for Senior Backend Engineer (Payments).\n\n14:00 – 15:00  Systems design — Interviewer: Gareth Hughes\n15:15 – 16:00  Values & collaboration — Interviewer: Amara Osei\n\nMonzo Bank Ltd is authorised by the Prudential Regulation Authority.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Panel Interview: Clinical Data Manager",
        interview=True,
        company="Medtronic",
        role="Clinical Data Manager",
        org=("talent.acquisition@medtronic.com", "Medtronic Talent Acquisition"),
        att=[
            person("k.schultz@medtronic.com", "Karen Schultz"),
            person("d.ibarra@medtronic.com", "Diego Ibarra"),
            person("w.ng@medtronic.com", "Winston Ng"),
        ],
        desc="Dear Alex Rivera,\n\nYou are invited to a panel interview for the Clinical Data Manager position (Req 24-88102).\n\nInterviewers:\nKaren Schultz – Director, Clinical Operations\nDiego Ibarra – Senior Biostatistician\nWinston Ng – Clinical Data Lead\n\nPlease arrive 15 minutes early and bring a photo ID.",
        loc="Medtronic Operational HQ, 710 Medtronic Pkwy, Minneapolis, MN 55432",
        zone="America/Chicago",
    )
    _x(
        "Case interview – Round 1",
        interview=True,
        company="BCG",
        role="Consultant",
        org=("recruiting.sf@bcg.com", "BCG Recruiting San Francisco"),
        desc="Dear Alex,\n\nThank you for your interest in BCG. Your first round consists of two back-to-back case interviews for the Consultant position.\n\nInterviewer 1: Ananya Gupta, Principal\nInterviewer 2: Marc Delacroix, Project Leader\n\nPlease have pen and paper ready.",
        conf=("Zoom Meeting", "https://bcg.zoom.us/j/96610022314"),
    )
    _x(
        "Interview – Alex Rivera – Associate Brand Manager",
        interview=True,
        company="Unilever",
        role="Associate Brand Manager",
        org=("unilever@myworkday.com", "Unilever Careers"),
        desc="Your interview with Unilever has been scheduled.\n\nPosition: Associate Brand Manager – Personal Care\nInterviewer: Olivia Brandt\nFormat: Microsoft Teams\n\nThis message was generated by Workday. Do not reply.",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Hiring Manager Interview",
        interview=True,
        company="Mentimeter",
        role="Senior Frontend Developer",
        org=("noreply@teamtailor.com", "Mentimeter"),
        att=[person("oskar.lind@mentimeter.com", "Oskar Lind")],
        desc="Hi Alex!\n\nWe're excited to invite you to an interview for Senior Frontend Developer at Mentimeter.\n\nYou'll meet: Oskar Lind, Engineering Manager\n\nSent with Teamtailor",
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Interview Confirmation: Alex Rivera - Site Reliability Engineer",
        interview=True,
        company="Oracle Health",
        role="Site Reliability Engineer",
        org=("oraclehealth-recruiting@icims.com", "Oracle Health Talent"),
        desc="This confirms your interview with Oracle Health for the Site Reliability Engineer position (Job ID 221934).\n\nInterviewer: Bradley Kim\nInterview Type: Virtual – Microsoft Teams\n\nPowered by iCIMS",
        zone="America/Chicago",
    )
    _x(
        "Alex / Priya — intro call",
        interview=True,
        company="Retool",
        role="Solutions Engineer",
        org=("priya.k@retool.com", "Priya Kaur"),
        desc="Hey Alex, looking forward to chatting about the Solutions Engineer role at Retool! This is a 30 min intro with me (recruiting) to go over your background and the process.",
        meet="meet",
    )
    _x(
        "Amazon Web Services – Loop Interview 2 of 4 (Bar Raiser)",
        interview=True,
        company="Amazon Web Services",
        role="Solutions Architect",
        org=("aws-recruiting@amazon.com", "AWS Recruiting"),
        desc="Candidate: Alex Rivera\nRole: Solutions Architect, Startups\nInterviewer: (Bar Raiser)\n\nPlease review our Leadership Principles and prepare examples using the STAR method.\n\nAmazon Chime: https://chime.aws/4417283390",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview for Data Analyst (Req #5521) — Alex Rivera",
        interview=True,
        company="Allegheny Mutual Insurance",
        role="Data Analyst",
        org=("hr@alleghenymutual.com", "Allegheny Mutual HR"),
        att=[person("bcarter@alleghenymutual.com", "Bill Carter")],
        desc="Microsoft Teams meeting\r\nJoin on your computer, mobile app or room device\r\nClick here to join the meeting\r\nMeeting ID: 216 774 001 553\r\nPasscode: Ab3dZ9\r\nDownload Teams | Join on the web\r\nLearn More | Meeting options\r\n________________________________________________________________________________",
        zone="America/New_York",
    )


# ---------------------------------------------------------------- scheduler tools (interviews)


def _scheduler_tools() -> None:
    _x(
        "Alex Rivera and Jordan Pike",
        interview=True,
        company="LumenPay",
        role="Growth Marketing Manager",
        org=("jordan.pike@lumenpay.io", "Jordan Pike"),
        desc="Event Name: 30 Minute Recruiter Screen\n\nLocation: This is a Google Meet web conference.\n\nQuestions: Please share anything that will help prepare for our meeting.\nLooking forward to discussing the Growth Marketing Manager role at LumenPay.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AB12CD34\nReschedule: https://calendly.com/reschedulings/AB12CD34\n\nPowered by Calendly.com",
        meet="meet",
    )
    _x(
        "Intro Call between Alex Rivera and Sam Okafor",
        interview=True,
        company="Harbor Health",
        org=("sam.okafor@harborhealth.com", "Sam Okafor"),
        desc="Event Name: Intro Call — Harbor Health Talent\n\nSam Okafor (Talent Partner, Harbor Health) will call you to talk about open roles on the Care Operations team and your application.\n\nInvitee Phone: +1 512 555 0188\n\nCancel: https://calendly.com/cancellations/HH889\nReschedule: https://calendly.com/reschedulings/HH889",
        zone="America/Chicago",
    )
    _x(
        "Technical screen between Kestrel Robotics and Alex Rivera",
        interview=True,
        company="Kestrel Robotics",
        role="Embedded Software Engineer",
        org=("nina@kestrelrobotics.com", "Nina Halvorsen"),
        desc="What: Technical screen – Embedded Software Engineer\nWhen: Thursday 11:00 - 12:00 (America/Los_Angeles)\nWho:\nNina Halvorsen - Organizer\nnina@kestrelrobotics.com\nAlex Rivera\nalex.rivera@gmail.com\nWhere: Cal Video\n\nNeed to make a change? Reschedule or Cancel at https://cal.com/booking/kx92",
        conf=("Cal Video", "https://app.cal.com/video/kx92"),
    )
    _x(
        "Meeting with Mira Castillo",
        interview=True,
        company="Tideline Software",
        role="Customer Success Manager",
        org=("mira.castillo@tidelinesoftware.com", "Mira Castillo"),
        desc="Candidate interview – Customer Success Manager, Tideline Software\n\nMira Castillo | Director of Customer Success\n\nBooked via HubSpot Meetings. To reschedule, visit https://meetings.hubspot.com/mira-castillo",
        meet="meet",
    )
    _x(
        "Alex Rivera - Zoom interview - Stripe",
        interview=True,
        company="Stripe",
        org=("kpatel@stripe.com", "Kavya Patel"),
        desc="Kavya Patel is inviting you to a scheduled Zoom meeting.\n\nTopic: Alex Rivera - Zoom interview - Stripe\n\nJoin Zoom Meeting\nhttps://stripe.zoom.us/j/91234887710?pwd=QkR\n\nMeeting ID: 912 3488 7710\nPasscode: 410532\n\nOne tap mobile\n+16699009128,,91234887710# US (San Jose)",
        conf=("Zoom Meeting", "https://stripe.zoom.us/j/91234887710"),
    )
    _x(
        "Recruiter screen (Alex Rivera)",
        interview=True,
        company="Octopus Energy",
        role="Data Scientist",
        org=("hana.ueda@octopus.energy", "Hana Ueda"),
        desc="Booked by Alex Rivera <alex.rivera@gmail.com>\nCandidate calls – Data Scientist (Octopus Energy)\n\nReserved using Google Calendar appointment schedules.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Your interview at Target Store #1423",
        interview=True,
        company="Target",
        role="Team Member",
        org=("olivia@paradox.ai", "Olivia from Target"),
        desc="Hi Alex! This is Olivia, Target's virtual recruiting assistant. Your in-person interview for Team Member is confirmed.\n\nAsk for: Leslie (Store Team Leader) at Guest Services.\nBring: a photo ID.\n\nText RESCHEDULE to change your time.",
        loc="Target, 2700 Broadway, Oakland, CA 94612",
    )
    _x(
        "Prelude: Alex Rivera / Airtable Hiring Manager",
        interview=True,
        company="Airtable",
        org=("scheduling@airtable.com", "Airtable Recruiting"),
        att=[person("dmitri@airtable.com", "Dmitri Volkov")],
        desc="Interviewer: Dmitri Volkov (Hiring Manager, Data Platform)\n\nScheduled through Prelude. Please join 2-3 minutes early.",
        meet="meet",
    )
    _x(
        "ModernLoop: Alex Rivera — Behavioral (Gusto)",
        interview=True,
        company="Gusto",
        org=("interviews@modernloop.io", "Gusto Recruiting"),
        att=[person("tyra.g@gusto.com", "Tyra Goldberg")],
        desc="Interviewer: Tyra Goldberg\nFocus: collaboration, ownership, handling ambiguity\n\nThis interview was scheduled using ModernLoop on behalf of Gusto.",
        conf=("Zoom Meeting", "https://gusto.zoom.us/j/87600112983"),
    )
    _x(
        "30 min with Ellie (Notion Recruiting)",
        interview=True,
        company="Notion",
        org=("ellie@makenotion.com", "Ellie Sturgis"),
        desc="<div>Hi Alex, excited to connect and share more about the Technical Program Manager opening at Notion.</div><div><br></div><div>Event Name: Recruiter Intro</div><div>Powered by <a href='https://calendly.com'>Calendly</a></div>",
        role="Technical Program Manager",
        meet="meet",
    )


# ---------------------------------------------------------------- assessment platforms with a live interviewer


def _assessment_platforms() -> None:
    _x(
        "CoderPad Interview - Alex Rivera - Elastic",
        interview=True,
        company="Elastic",
        role="Senior Software Engineer, Search",
        org=("recruiting@elastic.co", "Elastic Recruiting"),
        desc="Live coding session for Senior Software Engineer, Search.\nInterviewer: Jonas Berg\n\nPad link: https://app.coderpad.io/8KQ2MXD\nVideo: Zoom (see below)",
        conf=("Zoom Meeting", "https://elastic.zoom.us/j/99870112211"),
        zone="Europe/Amsterdam",
    )
    _x(
        "Karat Interview: Alex Rivera",
        interview=True,
        company="Roblox",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat"),
        desc="Hello Alex,\n\nKarat conducts technical interviews on behalf of Roblox. Your interview for the Software Engineer role is confirmed.\n\nYour Interview Engineer will meet you at the link below. Please have a working webcam and microphone.\n\nhttps://app.karat.io/i/4F7K21\n\nQuestions? support@karat.io",
    )
    _x(
        "HackerRank Interview: Pair programming with Wayfair",
        interview=True,
        company="Wayfair",
        org=("no-reply@hackerrank.com", "HackerRank"),
        att=[person("cmurphy@wayfair.com", "Ciara Murphy")],
        desc="You have been invited by Ciara Murphy from Wayfair to a HackerRank Interview.\n\nInterview link: https://www.hackerrank.com/interview/w8f2-pq91\n\nTip: test your setup beforehand at hackerrank.com/interview-check",
        zone="America/New_York",
    )
    _x(
        "Codility live session — Software Engineer (Booking.com)",
        interview=True,
        company="Booking.com",
        role="Software Engineer",
        org=("tech.recruitment@booking.com", "Booking.com Tech Recruitment"),
        desc="Live pair-programming session on Codility with one of our engineers.\nInterviewer: Sanne de Vries\n\nhttps://app.codility.com/live/BK-3391",
        zone="Europe/Amsterdam",
    )
    _x(
        "Case study presentation – Alex Rivera – Miro",
        interview=True,
        company="Miro",
        role="Senior Product Manager",
        org=("talent@miro.com", "Miro Talent"),
        att=[person("anna.k@miro.com", "Anna Kowalczyk"), person("ruben@miro.com", "Ruben Vos")],
        desc="Present your case study for the Senior Product Manager role (25 min) followed by Q&A (20 min).\n\nPanel: Anna Kowalczyk (Group PM), Ruben Vos (Design Lead)\n\nPlease share your board link in advance.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Trial shift — Dishoom Shoreditch",
        interview=True,
        company="Dishoom",
        role="Line Cook",
        org=("recruitment@dishoom.com", "Dishoom Recruitment"),
        desc="Hi Alex, thanks for coming in for the Line Cook trial shift. Please wear black trousers and non-slip shoes; chef whites will be provided. Ask for Head Chef Naveen at the back door.",
        loc="Dishoom Shoreditch, 7 Boundary St, London E2 7JE",
        zone="Europe/London",
    )
    _x(
        "Work sample session w/ Linear",
        interview=True,
        company="Linear",
        org=("jori@linear.app", "Jori Lallo"),
        desc="Paid work-sample day as the last step of our hiring process. You'll pair with Tuomas on a small feature in the Linear codebase.",
        meet="meet",
        zone="Europe/Helsinki",
    )
    _x(
        "Whiteboard session – Palantir",
        interview=True,
        company="Palantir",
        role="Forward Deployed Engineer",
        org=("recruiting@palantir.com", "Palantir Recruiting"),
        desc="Forward Deployed Engineer – decomposition interview. Interviewer: Caleb Yoon.\n\nPalantir Technologies Inc.",
        loc="Palantir, 1200 17th St Floor 15, Denver, CO 80202",
        zone="America/Denver",
    )
    _x(
        "Take-home review call — Cloudflare",
        interview=True,
        company="Cloudflare",
        org=("talent@cloudflare.com", "Cloudflare Talent"),
        desc="Follow-up discussion on your written exercise with Ines Duarte (Engineering Manager). Part of the interview process.",
        meet="meet",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------- staffing agencies


def _staffing_agencies() -> None:
    _x(
        "Robert Half – Interview with client: Ardent Mills",
        interview=True,
        company="Ardent Mills",
        role="Senior Accountant",
        org=("megan.howe@roberthalf.com", "Megan Howe"),
        desc="Hi Alex,\n\nRobert Half has arranged an interview with our client Ardent Mills for the Senior Accountant position.\n\nInterviewer: Craig Lindholm, Controller\nLocation: Ardent Mills, 1875 Lawrence St, Denver\n\nPlease call me right after so we can debrief!\nMegan Howe | Robert Half Finance & Accounting",
        loc="1875 Lawrence St, Denver, CO 80202",
        zone="America/Denver",
    )
    _x(
        "Hays | Interview at VodafoneZiggo",
        interview=True,
        company="VodafoneZiggo",
        role="Network Automation Engineer",
        org=("pieter.jansen@hays.nl", "Pieter Jansen (Hays)"),
        desc="Beste Alex,\n\nHierbij de bevestiging van je gesprek bij VodafoneZiggo voor de functie Network Automation Engineer.\n\nGesprekspartner: Marloes Visser, Teamlead Network Automation\n\nSucces!\nPieter Jansen – Hays Nederland",
        loc="VodafoneZiggo, Boven Vredenburgpassage 128, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview via Michael Page – confidential client",
        interview=True,
        company=None,
        role="Head of Finance",
        org=("lucy.tan@michaelpage.co.uk", "Lucy Tan"),
        desc="Hi Alex,\n\nAs discussed, our client (a PE-backed consumer business, name to be shared once NDA is signed) would like to meet you for the Head of Finance role.\n\nInterviewers: CFO and Group CEO\nVideo link to follow.\n\nLucy Tan | Michael Page Finance",
        zone="Europe/London",
    )
    _x(
        "Call with Jess (TEKsystems) – Java Developer contract at Capital One",
        interview=True,
        company="Capital One",
        role="Java Developer",
        org=("jbrennan@teksystems.com", "Jess Brennan"),
        desc="Client interview for Capital One – Java Developer (12 month contract, McLean VA / hybrid). The hiring manager, Vikram Shah, will lead. I'll join for the first 5 minutes to make introductions.",
        zone="America/New_York",
    )
    _x(
        "Randstad: sollicitatiegesprek bij Philips",
        interview=True,
        company="Philips",
        role="Field Service Engineer",
        org=("sanne.bakker@randstad.nl", "Sanne Bakker"),
        desc="Hoi Alex,\n\nJe gesprek bij Philips (Best) voor de functie Field Service Engineer staat gepland. Je spreekt met Joost van Dijk, Service Manager.\n\nNeem je ID-bewijs mee voor de receptie.\n\nGroet,\nSanne – Randstad",
        loc="Philips Healthcare, Veenpluis 6, 5684 PC Best",
        zone="Europe/Amsterdam",
    )
    _x(
        "Adecco – entretien client L'Oréal",
        interview=True,
        company="L'Oréal",
        role="Chef de projet supply chain",
        org=("camille.roux@adecco.fr", "Camille Roux"),
        desc="Bonjour Alex,\n\nVotre entretien avec L'Oréal pour le poste de Chef de projet supply chain est confirmé.\nInterlocutrice : Mme Sophie Laurent, Responsable Supply Chain.\n\nCordialement,\nCamille Roux – Adecco Clichy",
        loc="L'Oréal, 41 Rue Martre, 92110 Clichy",
        zone="Europe/Paris",
    )
    _x(
        "Recruiter screen – Hays internal recruitment",
        interview=True,
        company="Hays",
        role="Recruitment Consultant",
        org=("careers@hays.com", "Hays Careers"),
        desc="Thanks for applying to join Hays as a Recruitment Consultant (Technology, London). This first conversation is with our in-house talent team.\n\nInterviewer: Georgia Mills",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Insight Global submittal – interview w/ Kaiser Permanente",
        interview=True,
        company="Kaiser Permanente",
        role="Epic Analyst",
        org=("trey.collins@insightglobal.com", "Trey Collins"),
        desc="Kaiser Permanente hiring manager interview for the Epic Analyst (Ambulatory) contract role.\nManager: Lorraine Fisk\nTeams link below.\n\nTrey Collins | Insight Global",
        zone="America/Los_Angeles",
    )
    _x(
        "Harvey Nash screening call – role with client Aviva",
        interview=True,
        company="Aviva",
        role="Cloud Security Architect",
        org=("o.daniels@harveynash.com", "Owen Daniels"),
        desc="Quick screening call before I submit you to Aviva for the Cloud Security Architect role. Aviva's hiring team would then want a first interview next week.",
        zone="Europe/London",
    )


# ---------------------------------------------------------------- onsites split into several events


def _split_onsites() -> None:
    onsite = "Plaid Onsite Interview – Alex Rivera\nRole: Software Engineer, Payments Infrastructure\n\n9:30 Coding (Maya Chen)\n10:30 System Design (Owen Park)\n11:30 Lunch with the team\n12:30 Behavioral with Hiring Manager (Rachel Stein)\n\nPlease check in at reception on the 4th floor.\nScheduled via GoodTime."
    for title, who in [
        ("Plaid Onsite – Coding (Alex Rivera)", person("maya.chen@plaid.com", "Maya Chen")),
        ("Plaid Onsite – System Design (Alex Rivera)", person("owen.park@plaid.com", "Owen Park")),
        ("Plaid Onsite – Lunch with the team", person("ty.brooks@plaid.com", "Ty Brooks")),
        (
            "Plaid Onsite – Behavioral with Hiring Manager",
            person("rachel.stein@plaid.com", "Rachel Stein"),
        ),
    ]:
        _x(
            title,
            interview=True,
            company="Plaid",
            role="Software Engineer, Payments Infrastructure",
            org=("recruiting@plaid.com", "Plaid Recruiting"),
            att=[who],
            desc=onsite,
            loc="Plaid, 1098 Harrison St, San Francisco, CA 94103",
        )
    for n, (focus, who) in enumerate(
        [
            ("Coding", "Sofía Martín"),
            ("Diseño de sistemas", "Iker Zubiri"),
            ("Charla con el equipo", "Lucía Romero"),
        ],
        start=1,
    ):
        _x(
            f"Cabify · Entrevista presencial {n}/3 – {focus}",
            interview=True,
            company="Cabify",
            role="Backend Engineer",
            org=("talento@cabify.com", "Talento Cabify"),
            desc=f"Hola Alex,\n\nTe confirmamos tu jornada de entrevistas presenciales para el puesto de Backend Engineer.\nBloque {n}: {focus}\nEntrevistador/a: {who}\n\nPregunta por el equipo de Talento en recepción.",
            loc="Cabify, Calle de Pradillo 42, 28002 Madrid",
            zone="Europe/Madrid",
        )
    for n in (1, 2, 3):
        _x(
            f"Google Onsite Interview #{n} - Alex Rivera",
            interview=True,
            company="Google",
            role="Software Engineer III",
            org=("noreply-interviewscheduling@google.com", "Google Interview Scheduling"),
            desc="Hello Alex,\n\nThis event is part of your virtual onsite for Software Engineer III.\nEach interview is 45 minutes. Your interviewer will share a Google Doc for coding.\n\nInterviewer names are not shared in advance.\n\nGood luck!\nGoogle Staffing",
            meet="meet",
        )
    _x(
        "Atlassian Virtual Onsite — Values",
        interview=True,
        company="Atlassian",
        role="Principal Engineer",
        org=("talent@atlassian.com", "Atlassian Talent"),
        att=[person("bmcgrath@atlassian.com", "Brianna McGrath")],
        desc="Virtual onsite for Principal Engineer.\nSession: Values interview\nInterviewer: Brianna McGrath\n\nSessions today: Values · Craft · Leadership",
        conf=("Zoom Meeting", "https://atlassian.zoom.us/j/96511004522"),
        zone="Australia/Sydney",
    )
    _x(
        "Atlassian Virtual Onsite — Craft (architecture)",
        interview=True,
        company="Atlassian",
        role="Principal Engineer",
        org=("talent@atlassian.com", "Atlassian Talent"),
        att=[person("hsingh@atlassian.com", "Harpreet Singh")],
        desc="Virtual onsite for Principal Engineer.\nSession: Craft – architecture deep dive\nInterviewer: Harpreet Singh",
        conf=("Zoom Meeting", "https://atlassian.zoom.us/j/96511004523"),
        zone="Australia/Sydney",
    )


# ---------------------------------------------------------------- Alex's own short notes


def _own_notes() -> None:
    _x("call w/ recruiter Acme 3pm", interview=True, company="Acme")
    _x(
        "entrevista Globant",
        interview=True,
        company="Globant",
        zone="America/Argentina/Buenos_Aires",
    )
    _x(
        "intvw - Twilio (HM)",
        interview=True,
        company="Twilio",
        desc="hiring mgr = Sarah L. ask about on-call",
    )
    _x(
        "Snowflake panel!!",
        interview=True,
        company="Snowflake",
        desc="bring portfolio, ask about team size + roadmap. 4 ppl on panel",
    )
    _x("phone scrn Epic Systems", interview=True, company="Epic Systems", zone="America/Chicago")
    _x("2nd round @ Wise", interview=True, company="Wise", zone="Europe/London")
    _x("HR call - Mercado Libre", interview=True, company="Mercado Libre", zone="America/Sao_Paulo")
    _x(
        "interview w/ Dr. Patel — Mount Sinai research coordinator",
        interview=True,
        company="Mount Sinai",
        role="Research Coordinator",
        loc="Icahn Building, 1425 Madison Ave, 2nd fl",
        zone="America/New_York",
    )
    _x(
        "chat w/ Ben (CTO) - Fable Labs",
        interview=True,
        company="Fable Labs",
        role="Founding Engineer",
        desc="re: Founding Engineer role. he said it's 'informal' but it's the 2nd step after the recruiter call",
    )
    _x("Airbnb onsite day", interview=True, company="Airbnb", all_day=True)
    _x(
        "Kroger store mgr interview re: deli job",
        interview=True,
        company="Kroger",
        role=None,
        loc="Kroger, 4th & Vine",
        zone="America/New_York",
    )
    _x("tech round - Razorpay (DSA)", interview=True, company="Razorpay", zone="Asia/Kolkata")
    _x(
        "Notes: interview at Duolingo?? confirm time",
        interview=True,
        company="Duolingo",
        my_status="tentative",
        zone="America/New_York",
    )


# ---------------------------------------------------------------- forwarded, rescheduled, tentative, declined


def _forwarded_and_status() -> None:
    _x(
        "FW: Interview Invitation – Business Analyst – Allianz",
        interview=True,
        company="Allianz",
        role="Business Analyst",
        desc="---------- Forwarded message ---------\nFrom: Allianz Recruiting <recruiting@allianz.de>\nDate: Mon, 3 Mar 2025 at 09:12\nSubject: Interview Invitation – Business Analyst – Allianz\nTo: <alex.rivera@gmail.com>\n\nDear Mr. Rivera,\n\nwe are pleased to invite you to an interview for the position of Business Analyst (m/f/d) at Allianz SE in Munich.\nInterviewers: Dr. Katrin Hofer, Stefan Maier\n\nKind regards\nAllianz Recruiting Team",
        loc="Königinstraße 28, 80802 München",
        zone="Europe/Berlin",
    )
    _x(
        "Fwd: Technical Interview Confirmation",
        interview=True,
        company="Mapbox",
        desc="Begin forwarded message:\n\nFrom: Mapbox Recruiting <no-reply@greenhouse.io>\nSubject: Technical Interview Confirmation\n\nHi Alex, your technical interview with Mapbox is confirmed. Interviewer: Gil Ortega (Staff Engineer, Navigation SDK).",
        zone="America/Los_Angeles",
    )
    _x(
        "RESCHEDULED: Interview with Coinbase – Alex Rivera",
        interview=True,
        company="Coinbase",
        org=("recruiting-coordination@coinbase.com", "Coinbase Recruiting Coordination"),
        desc="This interview has been moved to a new time at the interviewer's request. Apologies for the change!\n\nInterviewer: Farah Siddiqui\nOriginal time: Tuesday 10:00 PT",
        meet="meet",
    )
    _x(
        "[Rescheduled] Intercom — Onsite Round 2",
        interview=True,
        company="Intercom",
        org=("talent@intercom.io", "Intercom Talent"),
        desc="Round 2: Product sense with Ciarán Byrne (new time). Nothing else changes.",
        meet="meet",
        zone="Europe/Dublin",
    )
    _x(
        "Recruiter screen – Asana",
        interview=True,
        company="Asana",
        role="Data Engineer",
        org=("recruiting@asana.com", "Asana Recruiting"),
        desc="Initial 30 minute conversation with Jamal Price (Technical Recruiter) about the Data Engineer opening.",
        meet="meet",
        my_status="tentative",
    )
    _x(
        "Interview – Alex Rivera – Oracle",
        interview=True,
        company="Oracle",
        role="Principal Cloud Architect",
        org=("oracle-hr_ww@oracle.com", "Oracle Talent Acquisition"),
        desc="Interview for Principal Cloud Architect (OCI). Interviewer: Suresh Menon.",
        my_status="declined",
        zone="America/Chicago",
    )
    _x(
        "Invitation: Interview with Robinhood",
        interview=True,
        company="Robinhood",
        org=("recruiting@robinhood.com", "Robinhood Recruiting"),
        desc="Interviewer: Leah Fong (Engineering Manager, Brokerage)",
        meet="meet",
        my_status="needsAction",
    )
    _x(
        "Updated: Peloton interview moved to Friday",
        interview=True,
        company="Peloton",
        role="Senior UX Researcher",
        org=("talent@onepeloton.com", "Peloton Talent"),
        desc="Your interview for Senior UX Researcher has been moved to Friday.\nInterviewer: Grace Whitaker",
        zone="America/New_York",
    )
    _x(
        "Copy of: Hiring Manager Interview — Alex Rivera (Doximity)",
        interview=True,
        company="Doximity",
        desc="Copied from my other calendar. HM: Naomi Reyes. Zoom link in email.",
        add_me=True,
    )


# ---------------------------------------------------------------- interviews in other languages


def _other_languages() -> None:
    _x(
        "Entrevista con Recursos Humanos – BBVA",
        interview=True,
        company="BBVA",
        role="Analista de Riesgos",
        org=("seleccion@bbva.com", "Selección BBVA"),
        desc="Hola Alex:\n\nTe confirmamos la entrevista con Recursos Humanos para la posición de Analista de Riesgos.\nEntrevistadora: Marta Gil\nDuración: 30 minutos (Microsoft Teams)\n\nUn saludo,\nEquipo de Selección – Banco Bilbao Vizcaya Argentaria, S.A.",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista com o gestor – iFood",
        interview=True,
        company="iFood",
        role="Pessoa Engenheira de Dados Sênior",
        org=("talentos@ifood.com.br", "Talentos iFood"),
        desc="Oi Alex, tudo bem?\n\nSua entrevista com o gestor para a vaga de Pessoa Engenheira de Dados Sênior está confirmada.\nEntrevistador: Rodrigo Almeida\n\nAgendado pelo Gupy.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista técnica com a Nubank",
        interview=True,
        company="Nubank",
        org=("recrutamento@nubank.com.br", "Recrutamento Nubank"),
        desc="Olá Alex! Esta é a sua etapa técnica (live coding) com a Nubank. Entrevistadora: Beatriz Souza.\n\nNu Pagamentos S.A. – Instituição de Pagamento",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entretien RH – Alex Rivera – Doctolib",
        interview=True,
        company="Doctolib",
        role="Product Owner",
        org=("recrutement@doctolib.com", "Recrutement Doctolib"),
        desc="Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien RH pour le poste de Product Owner.\nVous échangerez avec : Claire Dubois, Talent Acquisition Partner.\n\nÀ bientôt !\n\nEnvoyé via Welcome to the Jungle",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique avec BNP Paribas",
        interview=True,
        company="BNP Paribas",
        role="Développeur Java",
        org=("recrutement.it@bnpparibas.com", "BNP Paribas Recrutement IT"),
        desc="Entretien technique – Développeur Java (CDI)\nInterlocuteurs : Julien Moreau (Tech Lead), Awa Diallo (Manager)\nLieu : Les Dunes, Val de Fontenay",
        loc="BNP Paribas – Les Dunes, 4 Rue du Port, 94120 Fontenay-sous-Bois",
        zone="Europe/Paris",
    )
    _x(
        "Vorstellungsgespräch – Siemens Healthineers AG",
        interview=True,
        company="Siemens Healthineers",
        role="Software Architect",
        org=("recruiting@siemens-healthineers.com", "Siemens Healthineers Recruiting"),
        desc="Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Software Architect (w/m/d). Gerne laden wir Sie zu einem Vorstellungsgespräch ein.\n\nGesprächspartner: Dr. Markus Engel, Lena Schubert (HR)\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        loc="Siemensstraße 3, 91301 Forchheim",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch bei der Deutschen Bahn",
        interview=True,
        company="Deutsche Bahn",
        role="Projektleiter Digitalisierung",
        org=("bewerbung@deutschebahn.com", "DB Recruiting"),
        desc="Zweites Gespräch für die Stelle Projektleiter Digitalisierung (w/m/d). Teilnehmende: Frau Köhler (Fachbereich), Herr Yilmaz (Personal).",
        loc="Europaplatz 1, 10557 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Colloquio conoscitivo – Alex Rivera – Satispay",
        interview=True,
        company="Satispay",
        org=("talent@satispay.com", "Satispay Talent"),
        desc="Ciao Alex,\n\nti confermiamo il colloquio conoscitivo con Giulia Ferri (Talent Acquisition). Sarà una chiacchierata di 30 minuti per conoscerci.\n\nA presto!",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico Intesa Sanpaolo",
        interview=True,
        company="Intesa Sanpaolo",
        role="Data Scientist",
        org=("selezione@intesasanpaolo.com", "Selezione Intesa Sanpaolo"),
        desc="Gentile candidato,\nLa invitiamo al colloquio tecnico per la posizione di Data Scientist presso la Direzione Data Office.\nSelezionatori: Dott. Paolo Rinaldi, Dott.ssa Elena Conti",
        loc="Grattacielo Intesa Sanpaolo, Corso Inghilterra 3, Torino",
        zone="Europe/Rome",
    )
    _x(
        "Sollicitatiegesprek Alex Rivera – Adyen",
        interview=True,
        company="Adyen",
        role="Payments Engineer",
        org=("recruitment@adyen.com", "Adyen Recruitment"),
        desc="Hi Alex,\n\nJe tweede gesprek voor de rol van Payments Engineer is ingepland.\nInterviewers: Bas Hendriks, Yara el Amrani\n\nLocatie: Simon Carmiggeltstraat 6-50, Amsterdam",
        loc="Adyen HQ, Simon Carmiggeltstraat 6-50, 1011 DJ Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa kwalifikacyjna – Allegro",
        interview=True,
        company="Allegro",
        role="Senior Java Developer",
        org=("rekrutacja@allegro.pl", "Rekrutacja Allegro"),
        desc="Cześć Alex,\n\npotwierdzamy rozmowę techniczną na stanowisko Senior Java Developer.\nRozmowę poprowadzą: Tomasz Nowak i Karolina Wiśniewska.\n\nPozdrawiamy,\nZespół Rekrutacji Allegro",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa rekrutacyjna: Alex Rivera / CD PROJEKT RED",
        interview=True,
        company="CD PROJEKT RED",
        role="Gameplay Programmer",
        org=("recruitment@cdprojektred.com", "CD PROJEKT RED Recruitment"),
        desc="Interview for Gameplay Programmer. Rozmówcy: Piotr Zieliński (Lead Gameplay Programmer).\n\nCD PROJEKT S.A., ul. Jagiellońska 74, Warszawa",
        zone="Europe/Warsaw",
    )
    _x(
        "Anställningsintervju hos Volvo Cars",
        interview=True,
        company="Volvo Cars",
        role="Systemutvecklare",
        org=("rekrytering@volvocars.com", "Volvo Cars Rekrytering"),
        desc="Hej Alex!\n\nVälkommen på intervju för tjänsten som Systemutvecklare inom Software Factory.\nDu träffar: Johanna Lindqvist (chef) och Erik Sandberg.\n\nVolvo Car Corporation",
        loc="Volvo Cars Torslanda, Göteborg",
        zone="Europe/Stockholm",
    )
    _x(
        "İş görüşmesi – Trendyol",
        interview=True,
        company="Trendyol",
        role="Kıdemli Backend Geliştirici",
        org=("ik@trendyol.com", "Trendyol İK"),
        desc="Merhaba Alex,\n\nKıdemli Backend Geliştirici pozisyonu için iş görüşmeniz planlanmıştır.\nGörüşmeci: Burak Aydın (Engineering Manager)\n\nİyi günler dileriz.",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "【一次面接】アレックス・リベラ様 / 株式会社メルカリ",
        interview=True,
        company="メルカリ",
        org=("recruit@mercari.com", "メルカリ 採用チーム"),
        desc="アレックス・リベラ様\n\nこの度は弊社求人にご応募いただき誠にありがとうございます。\n一次面接の日程が確定いたしましたのでご連絡いたします。\n\n面接官：佐藤 健（エンジニアリングマネージャー）\n形式：Google Meet\n\n当日はどうぞよろしくお願いいたします。\n株式会社メルカリ 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次面接（技術）– LINEヤフー株式会社",
        interview=True,
        company="LINEヤフー",
        org=("recruit@lycorp.co.jp", "LINEヤフー 採用"),
        desc="二次面接（技術面接）のご案内\n面接官：田中 美咲、李 俊\n所要時間：60分",
        zone="Asia/Tokyo",
    )
    _x(
        "[Kakao] 1차 기술 면접 안내",
        interview=True,
        company="Kakao",
        role="서버 개발자",
        org=("recruit@kakaocorp.com", "카카오 채용팀"),
        desc="안녕하세요 Alex Rivera님,\n\n서버 개발자 포지션 1차 기술 면접 일정을 안내드립니다.\n면접관: 김민준, 박서연\n방식: 화상 면접\n\n감사합니다.\n카카오 채용팀 드림",
        zone="Asia/Seoul",
    )
    _x(
        "네이버 2차 면접 - 알렉스 리베라",
        interview=True,
        company="네이버",
        org=("recruit@navercorp.com", "네이버 인재영입"),
        desc="2차 면접(임원 면접) 안내드립니다. 장소: 네이버 1784, 분당구 정자일로 95",
        loc="네이버 1784, 경기도 성남시 분당구 정자일로 95",
        zone="Asia/Seoul",
    )
    _x(
        "字节跳动 - 一面 - Alex Rivera",
        interview=True,
        company="字节跳动",
        role="后端开发工程师",
        org=("hr@bytedance.com", "字节跳动招聘"),
        desc="您好，\n\n您应聘的【后端开发工程师】一面安排如下：\n面试官：王磊\n面试形式：飞书视频会议\n\n请提前5分钟进入会议。",
        zone="Asia/Shanghai",
    )
    _x(
        "面试邀请：阿里巴巴 高级前端工程师",
        interview=True,
        company="阿里巴巴",
        role="高级前端工程师",
        org=("campus@service.alibaba.com", "阿里巴巴招聘"),
        desc="Alex 您好！诚邀您参加阿里巴巴【高级前端工程师】岗位的技术面试。面试官：陈静。面试方式：钉钉视频。",
        zone="Asia/Shanghai",
    )
    _x(
        "Flipkart HR round – Alex",
        interview=True,
        company="Flipkart",
        role="Product Analyst",
        org=("talent@flipkart.com", "Flipkart Talent"),
        desc="Hi Alex, aapka HR round Product Analyst role ke liye schedule ho gaya hai. Interviewer: Neha Sharma. Please 5 min pehle join kar lena, aur apna updated resume ready rakhna. All the best!",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "साक्षात्कार: Infosys – सिस्टम इंजीनियर",
        interview=True,
        company="Infosys",
        role="सिस्टम इंजीनियर",
        org=("careers@infosys.com", "Infosys Careers"),
        desc="प्रिय Alex,\n\nआपका सिस्टम इंजीनियर पद के लिए साक्षात्कार निर्धारित किया गया है।\nसाक्षात्कारकर्ता: श्री राजेश कुमार\nस्थान: Infosys Electronic City, Bengaluru",
        loc="Infosys Campus, Electronics City Phase 1, Bengaluru",
        zone="Asia/Kolkata",
    )
    _x(
        "مقابلة عمل – Careem",
        interview=True,
        company="Careem",
        role="مهندس برمجيات",
        org=("talent@careem.com", "Careem Talent"),
        desc="مرحباً Alex،\n\nيسعدنا دعوتك لمقابلة عمل لوظيفة مهندس برمجيات.\nالمُحاور: عمر الحسيني\nالمدة: 45 دقيقة\n\nمع التحية،\nفريق التوظيف",
        meet="meet",
        zone="Asia/Dubai",
    )
    _x(
        "مقابلة شخصية – طيران الإمارات",
        interview=True,
        company="طيران الإمارات",
        org=("careers@emirates.com", "Emirates Group Careers"),
        desc="دعوة لحضور مقابلة شخصية في مقر طيران الإمارات، مبنى مجموعة الإمارات، دبي. يرجى إحضار جواز السفر.",
        loc="Emirates Group Headquarters, Dubai",
        zone="Asia/Dubai",
    )
    _x(
        "Pohovor – Alex Rivera – Kiwi.com",
        interview=True,
        company="Kiwi.com",
        role="Senior Python Developer",
        org=("jobs@kiwi.com", "Kiwi.com Talent"),
        desc="Ahoj Alexi,\n\npotvrzujeme pohovor na pozici Senior Python Developer.\nPohovor povede: Jakub Dvořák (Engineering Manager)\n\nMěj se!",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Přijímací pohovor ve společnosti Škoda Auto",
        interview=True,
        company="Škoda Auto",
        role="Datový analytik",
        org=("kariera@skoda-auto.cz", "ŠKODA AUTO Kariéra"),
        desc="Vážený pane Rivero,\n\nzveme Vás na přijímací pohovor na pozici Datový analytik.\nMísto: tř. Václava Klementa 869, Mladá Boleslav\nVezměte si s sebou občanský průkaz.",
        loc="tř. Václava Klementa 869, 293 01 Mladá Boleslav",
        zone="Europe/Prague",
    )


# ---------------------------------------------------------------- interviews without the word "interview"


def _no_interview_word() -> None:
    _x(
        "Conversation with Head of Design – Alex Rivera (Pitch)",
        interview=True,
        company="Pitch",
        role="Senior Product Designer",
        org=("people@pitch.com", "Pitch People Team"),
        desc="Next step in your application for Senior Product Designer: a 45-minute conversation with Adam Renklint, Head of Design.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Meet the team – PostHog SuperDay",
        interview=True,
        company="PostHog",
        org=("careers@posthog.com", "PostHog Careers"),
        desc="Your SuperDay is the final stage of our hiring process: a paid day working on a real task, plus chats with the team.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Pair programming – Tailscale (final stage)",
        interview=True,
        company="Tailscale",
        org=("hiring@tailscale.com", "Tailscale Hiring"),
        desc="90-minute pairing session with David Crawshaw as the final step for the Software Engineer, Networking role.",
        role="Software Engineer, Networking",
        meet="meet",
        zone="America/Toronto",
    )
    _x(
        "Chat with Arjun (founder)",
        interview=True,
        company=None,
        org=("arjun@proton.me", "Arjun M"),
        desc="Hey Alex — thanks for sending your resume. We're still in stealth so I can't share the name yet, but I'd love 45 min to talk through your background for our first engineering hire. Think of it as the first round.",
        meet="meet",
    )
    _x(
        "Superday – J.P. Morgan Investment Banking",
        interview=True,
        company="J.P. Morgan",
        role="Investment Banking Analyst",
        org=("campus.recruiting@jpmchase.com", "JPMorgan Chase Campus Recruiting"),
        desc="Superday schedule for Investment Banking Analyst candidates. Four back-to-back 30-minute conversations with Vice Presidents and Managing Directors. Business formal attire.",
        loc="383 Madison Avenue, New York, NY 10179",
        zone="America/New_York",
    )


# ---------------------------------------------------------------- work calendar: Alex on the hiring side


def _work_calendar_lookalikes() -> None:
    rec = ("recruiting@initech.com", "Initech Recruiting")
    _x(
        "Interview: Jamie Chen (Backend Engineer)",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("jamie.chen@gmail.com", "Jamie Chen")],
        desc="Interviewer prep for Alex Rivera\n\nCandidate: Jamie Chen\nRole: Backend Engineer (L4)\nYour focus area: API design\nScorecard: https://app.greenhouse.io/scorecards/8812\n\nPlease submit feedback within 24 hours.",
        meet="meet",
    )
    _x(
        "Initech | Technical Interview – Lena Park",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[
            person("lena.park@outlook.com", "Lena Park"),
            person("omar.f@initech.com", "Omar Farouk"),
        ],
        desc="Interviewers: Alex Rivera, Omar Farouk\nCandidate: Lena Park – Senior Frontend Engineer\nCoderPad link will be generated 10 minutes before start.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/81123345670"),
    )
    _x(
        "Phone Screen: Marcus Lee / Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("marcus.lee@yahoo.com", "Marcus Lee")],
        desc="Candidate: Marcus Lee\nInterviewer: Alex Rivera\nPosition: Data Engineer\n\nResume attached in Greenhouse. Call the candidate at +1 415 555 0143.",
    )
    _x(
        "Onsite – Priya Raman – System Design (Interviewer: Alex Rivera)",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("priya.raman@gmail.com", "Priya Raman")],
        desc="Candidate onsite loop. You are the system design interviewer. Use rubric v3.",
        loc="Initech HQ – Conf Room Swingline",
    )
    _x(
        "Debrief – Jamie Chen loop",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[
            person("omar.f@initech.com", "Omar Farouk"),
            person("bill.lumbergh@initech.com", "Bill Lumbergh"),
        ],
        desc="Hiring debrief. Please have scorecards submitted before this meeting.",
    )
    _x(
        "Interviewer training: Structured interviewing 101",
        interview=False,
        me=WORK_ME,
        org=("learning@initech.com", "Initech Learning"),
        desc="Required for everyone joining an interview panel this quarter. Covers calibrated questions, bias, and writing good scorecards.",
    )
    _x(
        "Hiring committee sync",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Weekly review of open reqs and candidate pipeline.",
    )
    _x(
        "Candidate lunch buddy – Sofia Gómez",
        interview=False,
        me=WORK_ME,
        org=rec,
        desc="You're the lunch buddy for candidate Sofia Gómez (Product Manager onsite). Not evaluated – just help her feel welcome.",
        loc="Initech cafeteria",
    )
    _x(
        "Performance review – Alex / Bill",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        desc="Annual performance conversation. Please fill out the self-assessment in Workday beforehand.",
    )
    _x(
        "1:1 Alex / Bill",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
    )
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech People Team"),
        desc="As part of your offboarding, we'd like to hear about your experience at Initech. This conversation is confidential and will not affect your final paycheck or references.",
    )
    _x(
        "Shadow interview: Alex shadowing Omar (Frontend)",
        interview=False,
        me=WORK_ME,
        org=rec,
        att=[person("omar.f@initech.com", "Omar Farouk"), person("k.ito@gmail.com", "Kenji Ito")],
        desc="Shadowing as part of interviewer certification. Candidate: Kenji Ito. Observe only.",
    )
    _x(
        "Campus recruiting – UC Davis career fair booth",
        interview=False,
        me=WORK_ME,
        org=rec,
        loc="ARC Pavilion, UC Davis",
        desc="Staff the Initech booth. Bring swag and QR codes for the new grad application.",
    )
    _x(
        "Customer interview – Chotchkie's procurement team",
        interview=False,
        me=WORK_ME,
        org=(WORK_ME, "Alex Rivera"),
        att=[person("stan@chotchkies.com", "Stan")],
        desc="Discovery interview for the TPS automation roadmap. Goals: understand approval flow pain points. Recording with consent.",
    )
    _x(
        "Q3 calibration – Engineering",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech People Team"),
        desc="Manager calibration session for Q3 performance ratings.",
    )
    _x(
        "Hiring manager intake: Senior Data Engineer req",
        interview=False,
        me=WORK_ME,
        org=rec,
        desc="Intake meeting with recruiting to define must-haves, interview loop and scorecard for the new Senior Data Engineer opening on Alex's team.",
    )


# ---------------------------------------------------------------- practice and coaching


def _practice_and_coaching() -> None:
    _x(
        "Mock interview w/ Sara (Pramp)",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        att=[person("sara.v@gmail.com", "Sara V.")],
        desc="Your Pramp peer practice session is confirmed. Topic: Data Structures & Algorithms. You'll take turns being interviewer and interviewee.",
    )
    _x(
        "interviewing.io practice – system design",
        interview=False,
        org=("sessions@interviewing.io", "interviewing.io"),
        desc="Anonymous mock interview with a senior engineer. Practice only – results are not shared with employers.",
    )
    _x(
        "Mock Interview: Alex Rivera",
        interview=False,
        org=("careers@ucdavis.edu", "UC Davis Internship & Career Center"),
        desc="Practice interview with a career counselor. Bring the job description you are targeting and a printed resume. This appointment was booked through Handshake.",
        loc="South Hall, Room 130",
    )
    _x(
        "Career coaching – resume review w/ Beth",
        interview=False,
        org=("beth@brightpathcoaching.com", "Beth Nakamura"),
        desc="Session 2 of 4: resume and LinkedIn review. Homework: rewrite bullet points using impact metrics.",
    )
    _x(
        "Exponent mock PM interview (product sense)",
        interview=False,
        org=("coaching@tryexponent.com", "Exponent"),
        desc="1:1 mock interview with an Exponent coach. Not affiliated with any employer.",
    )
    _x(
        "practice behavioral answers w/ Dani",
        interview=False,
        desc="she'll play the hiring manager. STAR format.",
    )
    _x(
        "Salary negotiation workshop",
        interview=False,
        org=("events@levels.fyi", "Levels.fyi"),
        desc="Live workshop: how to negotiate your offer after the final interview.",
        conf=("Zoom Meeting", "https://zoom.us/j/95510002231"),
    )
    _x(
        "LinkedIn Live: Acing the Hiring Manager Interview",
        interview=False,
        desc="Webinar hosted by LinkedIn Talent Blog. Add to calendar reminder.",
    )
    _x(
        "Coaching w/ Marcus – 'tell me about yourself' drill",
        interview=False,
        org=("marcus@careerforge.co", "Marcus Bell"),
    )


# ---------------------------------------------------------------- press, podcasts, media


def _press_and_media() -> None:
    _x(
        "Podcast interview – Data Engineering Weekly",
        interview=False,
        org=("host@dataengweekly.fm", "Ravi Iyer"),
        desc="Recording for episode 142. Topic: migrating from batch to streaming. Riverside link below; please use headphones.\nhttps://riverside.fm/studio/dew-142",
    )
    _x(
        "Interview with Alex Rivera – The Changelog recording",
        interview=False,
        org=("editors@changelog.com", "The Changelog"),
        desc="Guest: Alex Rivera (maintainer, tidyparse). Pre-call 15 min, recording 60 min.",
    )
    _x(
        "Radio interview – KQED Forum (remote)",
        interview=False,
        desc="Producer will call at 9:40. Segment on gig workers & tech layoffs, I'm one of 3 guests.",
    )
    _x(
        "TechCrunch reporter call re: side project",
        interview=False,
        org=("m.ha@techcrunch.com", "Minh Ha"),
        desc="Interview for a short piece about open-source budgeting tools. On the record.",
    )
    _x(
        "Alumni magazine interview – Class of 2016 profile",
        interview=False,
        org=("magazine@ucdavis.edu", "UC Davis Magazine"),
    )
    _x(
        "YouTube interview w/ @CodeWithAnya",
        interview=False,
        desc="she's interviewing me for her 'day in the life of a data engineer' series. film at her studio",
        loc="Anya's studio, 2201 Mission St",
    )
    _x(
        "Panel: Life after bootcamp (I'm a speaker)",
        interview=False,
        org=("events@hackbrightacademy.com", "Hackbright Events"),
        desc="Moderated Q&A / interview-style panel with alumni. Audience ~80.",
    )


# ---------------------------------------------------------------- titles, prep, reminders


def _titles_and_prep() -> None:
    _x("Interview with the Vampire – S2 watch party", interview=False, loc="Kim's place")
    _x("Movie: The Interview (2014) w/ roommates", interview=False)
    _x(
        "Frost/Nixon – film club screening",
        interview=False,
        desc="The 1977 interviews dramatised. Discussion after.",
        loc="Roxie Theater",
    )
    _x("Read: Cracking the Coding Interview ch. 8-9", interview=False)
    _x(
        "Stripe interview prep (LeetCode mediums)",
        interview=False,
        desc="graphs + intervals. real interview is thursday",
    )
    _x("Send thank-you notes: Twilio + Wise", interview=False)
    _x("Haircut before interview", interview=False, loc="Floyd's 99 Barbershop")
    _x("Buy interview outfit @ Nordstrom", interview=False)
    _x(
        "Research Snowflake before panel",
        interview=False,
        desc="read 10-K, Summit keynotes, Glassdoor interview reviews",
    )
    _x("Update resume + apply: Figma, Ramp, Plaid", interview=False)


# ---------------------------------------------------------------- official, school and family


def _official_and_family() -> None:
    _x(
        "US visa interview – Consulate Mumbai",
        interview=False,
        desc="Appointment confirmation for Mom's B1/B2 visa interview. Bring DS-160 confirmation, passport and appointment letter. (I'm just accompanying)",
        loc="U.S. Consulate General, C-49 G-Block, BKC, Mumbai",
        zone="Asia/Kolkata",
    )
    _x(
        "Global Entry interview – SFO",
        interview=False,
        desc="Trusted Traveler Programs – enrollment interview. Bring passport and conditional approval letter.",
        loc="SFO International Terminal, Level 3",
    )
    _x(
        "Green card interview (USCIS)",
        interview=False,
        desc="Adjustment of status interview for spouse. Bring originals of marriage certificate, tax returns, joint lease.",
        loc="USCIS San Francisco Field Office, 444 Washington St",
    )
    _x(
        "Entrevista consular – Embajada de EE.UU. en Madrid",
        interview=False,
        desc="Cita para la entrevista de visado (primo Javi, le acompaño).",
        loc="Calle de Serrano 75, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Parent-teacher conference – Mia (Ms. Alvarez)",
        interview=False,
        loc="Rosa Parks Elementary, Room 12",
    )
    _x(
        "Kindergarten admissions interview – Little Oaks",
        interview=False,
        desc="Family interview + play-based assessment for Mia. Both parents attend.",
        loc="Little Oaks School, 300 Oak Ave",
    )
    _x(
        "Alumni interview w/ Harvard applicant (I'm interviewing)",
        interview=False,
        org=("noreply@harvard.edu", "Harvard Schools Committee"),
        desc="You have been assigned applicant #HA-22918 for an alumni interview. Please submit your report within 48 hours.",
        loc="Blue Bottle, Hayes Valley",
    )
    _x("Jury duty check-in", interview=False, loc="Hall of Justice, 850 Bryant St", all_day=True)
    _x(
        "Citizenship interview prep class",
        interview=False,
        desc="Civics practice for Dad's N-400 interview. Library community room.",
    )


# ---------------------------------------------------------------- networking, meetups, research Alex runs


def _networking_and_research() -> None:
    _x(
        "Informational interview with Tom (Figma)",
        interview=False,
        desc="Tom is a friend of Lisa's. Asking about what design engineering looks like at Figma – he was clear there's no opening on his team right now, just advice.",
        loc="Sightglass Coffee, 7th St",
    )
    _x("Coffee w/ Priya (ex-Stripe) – catch up", interview=False, loc="Ritual Coffee Valencia")
    _x(
        "SF Data Engineering Meetup @ Confluent",
        interview=False,
        org=("info@meetup.com", "Meetup"),
        desc="Talks: Kafka tiered storage; dbt at scale. Pizza and networking after. Several companies are hiring!",
        loc="Confluent, 899 W Evelyn Ave",
    )
    _x("Women in Data happy hour", interview=False, loc="Zeitgeist")
    _x(
        "User interview #3 – habit tracker app",
        interview=False,
        desc="My side project. Talk to Chris about how he tracks habits. Script in Notion; record with permission.",
    )
    _x(
        "Customer discovery interview – Jenna (bakery owner)",
        interview=False,
        desc="validate invoicing pain for small food businesses. 20 min. offer $25 gift card",
    )
    _x(
        "Tech career fair – Moscone West",
        interview=False,
        desc="Bring 20 resumes. Booths: Salesforce, Cisco, Autodesk…",
        loc="Moscone West",
        all_day=True,
    )
    _x("Hackathon – Day 1 (Cerebral Valley)", interview=False, loc="Shack15")
    _x(
        "Referral call – helping Diego prep for his Google interview",
        interview=False,
        desc="Diego is interviewing at Google next week; I'm giving him tips on the onsite.",
    )
    _x(
        "Mentorship session – ADPList (I'm mentoring)",
        interview=False,
        org=("noreply@adplist.org", "ADPList"),
        desc="Mentee: Hui Min, aspiring data analyst. Topic: how to prepare for interviews.",
    )


# ---------------------------------------------------------------- offers, checks, onboarding, exits


def _employment_admin() -> None:
    _x(
        "Offer signing – Wise HR",
        interview=False,
        org=("people@wise.com", "Wise People Team"),
        desc="Walk-through of your offer letter and contract before signing in DocuSign. Congratulations!",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Background check fingerprinting – Sterling",
        interview=False,
        desc="Required for Kroger offer. Bring two forms of ID.",
        loc="Sterling Fingerprint Center, 1 Market St",
    )
    _x(
        "Drug screen – Quest Diagnostics",
        interview=False,
        desc="Pre-employment screening, order #QD-448812. Walk-in allowed.",
        loc="Quest Diagnostics, 3490 California St",
    )
    _x(
        "Onboarding: Day 1 at Snowflake",
        interview=False,
        org=("onboarding@snowflake.com", "Snowflake People Team"),
        desc="Welcome to Snowflake! New hire orientation starts at 9:00. Laptop pickup at IT desk.",
        loc="Snowflake, 106 E Babcock St, Bozeman",
        zone="America/Denver",
    )
    _x(
        "I-9 document verification",
        interview=False,
        org=("hr@fablelabs.dev", "Fable Labs HR"),
        desc="Bring original documents for Form I-9 section 2. Takes 10 minutes.",
    )
    _x(
        "Exit interview with Bluefin Labs HR",
        interview=False,
        org=("people@bluefinlabs.com", "Bluefin Labs People"),
        desc="Confidential conversation about your time at Bluefin Labs. Please also return your laptop and badge.",
    )
    _x(
        "Reference call – Bill Lumbergh for Wise",
        interview=False,
        desc="Bill agreed to be a reference; Wise recruiter calls him at 2. Give him heads-up on what to highlight.",
    )
    _x(
        "Benefits enrollment webinar (new hires)",
        interview=False,
        org=("benefits@snowflake.com", "Snowflake Benefits"),
    )
    _x(
        "Relocation consultation – Cartus",
        interview=False,
        desc="Relocation package consultation following accepted offer. Consultant: Deb Hollis.",
    )


# ---------------------------------------------------------------- everyday appointments


def _everyday() -> None:
    _x("Dentist – Dr. Kim cleaning", interview=False, loc="Kim Family Dental, 450 Sutter St #1204")
    _x("Gym – legs", interview=False, loc="Equinox SoMa")
    _x("Yoga w/ Jess", interview=False)
    _x("Therapy", interview=False)
    _x(
        "Apartment viewing – 1BR on Guerrero",
        interview=False,
        desc="landlord 'interviews' applicants on the spot, bring pay stubs",
    )
    _x("DMV – license renewal", interview=False, loc="DMV, 1377 Fell St")
    _x("Dinner w/ parents", interview=False)
    _x("Vet – Pixel annual shots", interview=False, loc="SF SPCA Mission")
    _x(
        "Volunteer orientation – SF Food Bank",
        interview=False,
        desc="Short volunteer screening chat + safety training. Wear closed-toe shoes.",
    )


# ---------------------------------------------------------------- look-alikes in other languages


def _other_language_lookalikes() -> None:
    _x(
        "Entrevista para el podcast 'Código Abierto'",
        interview=False,
        desc="Grabación del episodio 58. Me entrevistan sobre migrar a streaming.",
        zone="Europe/Madrid",
    )
    _x(
        "Mock-Interview mit Karriere-Coach",
        interview=False,
        desc="Übungsgespräch, Fokus: Gehaltsverhandlung",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespräch führen: Kandidat Müller (Werkstudent)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Du führst das Gespräch mit dem Bewerber Jonas Müller (Werkstudent Data). Bewertungsbogen im ATS ausfüllen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation",
        interview=False,
        me=WORK_ME,
        org=("rh@initech.com", "RH Initech"),
        desc="Entretien annuel avec votre manager. Merci de compléter l'auto-évaluation.",
        zone="Europe/Paris",
    )
    _x(
        "Colloquio con la maestra di Sofia",
        interview=False,
        loc="Scuola primaria G. Rodari",
        zone="Europe/Rome",
    )
    _x(
        "Wywiad dla radia TOK FM",
        interview=False,
        desc="Rozmowa o rynku pracy w IT, na żywo.",
        zone="Europe/Warsaw",
    )
    _x(
        "模拟面试（和小林练习）",
        interview=False,
        desc="互相练习系统设计面试，不是真的面试。",
        zone="Asia/Shanghai",
    )
    _x(
        "面接官トレーニング",
        interview=False,
        me=WORK_ME,
        org=("hr@initech.com", "Initech HR"),
        desc="面接官向け研修：構造化面接と評価基準について",
        zone="Asia/Tokyo",
    )
    _x(
        "Oudergesprek school Noor",
        interview=False,
        loc="Basisschool De Regenboog",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa z doradcą kariery",
        interview=False,
        desc="Konsultacja CV i LinkedIn, Akademickie Biuro Karier",
        zone="Europe/Warsaw",
    )
    _x(
        "Mülakat provası – Ece ile",
        interview=False,
        desc="Deneme mülakatı, gerçek değil.",
        zone="Europe/Istanbul",
    )
    _x(
        "वीज़ा इंटरव्यू – पापा के साथ",
        interview=False,
        desc="Papa ka US visa interview hai, main saath ja raha hoon. Documents: passport, DS-160.",
        zone="Asia/Kolkata",
    )
    _x(
        "면접 스터디 모임",
        interview=False,
        desc="강남역 스터디카페, 모의면접 돌아가며 진행",
        zone="Asia/Seoul",
    )
    _x(
        "Entrevista de desligamento – RH",
        interview=False,
        me=WORK_ME,
        org=("rh@initech.com", "RH Initech"),
        desc="Conversa de saída confidencial sobre sua experiência na empresa.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Avtalsskrivning – Volvo Cars",
        interview=False,
        desc="Skriva på anställningsavtalet med HR.",
        zone="Europe/Stockholm",
    )
    _x("اجتماع أولياء الأمور – مدرسة النور", interview=False, zone="Asia/Dubai")
    _x(
        "Schůzka s kariérním poradcem",
        interview=False,
        desc="Nácvik pohovoru, Úřad práce Praha",
        zone="Europe/Prague",
    )
