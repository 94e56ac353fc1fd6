# ruff: noqa: E501 -- data: event texts as written
"""Held-out calendar corpus, round 11.

Written blind by an independent evaluator from general knowledge of how real calendar
invitations look (ATS/scheduler output, recruiter- and user-typed events, agency/RPO
invitations, split onsites, hourly trial shifts, assessment centres, academic job talks,
public-sector boards) in about fifteen languages, plus hard negatives (the user as
interviewer on the work calendar, mock interviews, press/podcast/user-research interviews,
internal HR meetings, appointments, media titles, helping friends, events that only mention
a company or a job). All people, companies and addresses are invented.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round11", **kw)


def build() -> None:
    _ats_english()
    _typed_by_people()
    _agency_rpo()
    _split_onsites()
    _hourly_and_trial()
    _assessment_case_academic_public()
    _multilingual_interviews()
    _neg_work_interviewer()
    _neg_mock_coaching()
    _neg_press_research()
    _neg_internal_hr()
    _neg_events_learning()
    _neg_appointments()
    _neg_media_titles()
    _neg_helping_friends()
    _neg_mentions_company_or_job()


# ---------------------------------------------------------------------------
# Interviews created by ATS / scheduling / assessment tools (English)
# ---------------------------------------------------------------------------


def _ats_english() -> None:
    _x(
        "Interview with Alex Rivera - Senior Data Engineer",
        interview=True,
        company="Fernwood Labs",
        role="Senior Data Engineer",
        org=("recruiting@fernwoodlabs.com", "Fernwood Labs Recruiting"),
        att=[
            person("dana.whitfield@fernwoodlabs.com", "Dana Whitfield"),
            person("recruiting@fernwoodlabs.com", "Fernwood Labs Recruiting"),
        ],
        desc=(
            "Hi Alex,<br><br>You're confirmed for your interview with <b>Fernwood Labs</b>! "
            "Please find the details below.<br><br><b>Position:</b> Senior Data Engineer<br>"
            "<b>Interviewer(s):</b> Dana Whitfield (Engineering Manager, Data Platform)<br>"
            "<b>Duration:</b> 45 minutes<br><br>Join with Google Meet using the link on this invite. "
            "If you need to reschedule, reply to this email.<br><br>"
            "<i>This invitation was sent via Greenhouse.</i>"
        ),
        meet="meet",
    )
    _x(
        "Alex Rivera <> Harvest: Hiring Manager Interview",
        interview=True,
        company="Harvest",
        role="Product Manager, Growth",
        org=("kira.osei@harvest.so", "Kira Osei"),
        att=[person("tomas.reyes@harvest.so", "Tomas Reyes")],
        desc=(
            "Hi Alex — this is your conversation with Tomas Reyes, Director of Product, for the "
            "Product Manager, Growth role. Expect to talk through a product you've shipped and how "
            "you measured it.\n\nZoom: https://harvest-so.zoom.us/j/84120997531\n\n"
            "Scheduled with Lever"
        ),
        conf=("Zoom Meeting", "https://harvest-so.zoom.us/j/84120997531"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Technical Screen",
        interview=True,
        company="Quillon",
        role=None,
        org=("theo.marsh@quillon.io", "Theo Marsh"),
        att=[person("theo.marsh@quillon.io", "Theo Marsh")],
        desc=(
            "Interviewers: Theo Marsh\n\nFormat: 60 min live coding in CoderPad. Use any language "
            "you're comfortable with.\nCoderPad: https://app.coderpad.io/QX7T2LMN\n\n"
            "This event was scheduled via Ashby. Need to reschedule? https://app.ashbyhq.com/reschedule/6f1c9e"
        ),
        meet="meet",
    )
    _x(
        "Meridian Mutual – Interview: Financial Analyst II (R-20418)",
        interview=True,
        company="Meridian Mutual",
        role="Financial Analyst II",
        org=("meridianmutual@myworkday.example", "Workday Notifications"),
        att=[person("c.abernathy@meridianmutual.example", "Carol Abernathy")],
        desc=(
            "Candidate: Alex Rivera\nJob Requisition: R-20418 Financial Analyst II (Open)\n"
            "Interview Type: Video - Hiring Manager\nInterviewer: Carol Abernathy\n"
            "Location: Columbus, OH (Hybrid)\n\nMicrosoft Teams meeting\nJoin on your computer, "
            "mobile app or room device\nClick here to join the meeting\nMeeting ID: 283 441 992 017\n"
            "Passcode: Xy7pQ2\n\nMeridian Mutual Insurance Company is an Equal Opportunity Employer."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1",
        ),
        zone="America/New_York",
    )
    _x(
        "Interview for Customer Success Manager at Brightline Mobility",
        interview=True,
        company="Brightline Mobility",
        role="Customer Success Manager",
        org=("interviews@smartrecruiters.example", "SmartRecruiters"),
        att=[person("gwen.holt@brightlinemobility.example", "Gwen Holt")],
        desc=(
            "Dear Alex,\n\nThank you for your interest in Brightline Mobility. We have scheduled a "
            "video interview for the position of Customer Success Manager (Denver, CO).\n\n"
            "Interviewer: Gwen Holt, Head of Customer Success\n\nPlease accept this invitation to "
            "confirm your attendance.\n\nPowered by SmartRecruiters"
        ),
        meet="meet",
        zone="America/Denver",
    )
    _x(
        "Interview Confirmation - Business Systems Analyst - Cedar Valley Health System",
        interview=True,
        company="Cedar Valley Health System",
        role="Business Systems Analyst",
        org=("talent@cedarvalleyhealth.example", "Cedar Valley Talent Acquisition"),
        desc=(
            "Requisition ID: 2025-11873\nCandidate: Alex Rivera\nInterview Location: Cedar Valley "
            "Medical Center, Administration Building, 3rd Floor, Room 312, 900 Orchard Pkwy\n"
            "Please arrive 10 minutes early and check in at the front desk with a photo ID. "
            "Parking is available in Lot C.\n\nThis message was sent from the iCIMS Talent Platform."
        ),
        loc="Cedar Valley Medical Center, 900 Orchard Pkwy, Administration Bldg Rm 312",
        zone="America/Chicago",
    )
    _x(
        "Interview: Alex Rivera (Marketing Operations Specialist)",
        interview=True,
        company="Tidewater Coffee Roasters",
        role="Marketing Operations Specialist",
        org=("hiring@tidewatercoffee.example", "Tidewater Coffee Roasters"),
        att=[person("june.park@tidewatercoffee.example", "June Park")],
        desc=(
            "Hi Alex,\n\nThanks for applying! June Park (Marketing Director) would like to meet "
            "with you by phone. She'll call you at the number on your application.\n\n"
            "Sent via BambooHR"
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Phone Interview - Alex Rivera - Operations Coordinator",
        interview=True,
        company="Pinecrest Property Management",
        role="Operations Coordinator",
        org=("noreply@applytojob.example", "JazzHR"),
        desc=(
            "Pinecrest Property Management has scheduled a phone interview with you for the "
            "Operations Coordinator position.\n\nInterviewer: Rhonda Fields\nPhone: we will call "
            "you at (555) 014-2231\n\nTo reschedule, contact rhonda@pinecrestpm.example.\n"
            "-- Sent via JazzHR"
        ),
        zone="America/Phoenix",
    )
    _x(
        "Alex Rivera / North — Video interview",
        interview=True,
        company="North",
        role="Data Analyst",
        org=("hiring@north-systems.example", "North Hiring Team"),
        att=[person("ida.lund@north-systems.example", "Ida Lund")],
        desc=(
            "Hi Alex,\n\nYou've been invited to a video interview for the Data Analyst position at "
            "North.\n\nWhen: 45 minutes\nWith: Ida Lund (Analytics Lead)\n\nJoin: "
            "https://meet.google.com/abc-defg-xyz\n\nBest,\nThe North Hiring Team\n\n"
            "Workable | Sent on behalf of North"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Interview - Alex Rivera x Halden Energy",
        interview=True,
        company="Halden Energy",
        role="Grid Analytics Engineer",
        org=("sophie.brandt@haldenenergy.example", "Sophie Brandt"),
        att=[
            person("sophie.brandt@haldenenergy.example", "Sophie Brandt"),
            person("ari.goldman@haldenenergy.example", "Ari Goldman"),
        ],
        desc=(
            "Second-stage interview for the Grid Analytics Engineer role.\n\n"
            "Participants: Sophie Brandt (Talent), Ari Goldman (Lead Engineer)\n\n"
            "Teams link below.\n\n---\nThis event was booked using Cronofy Scheduler."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HdE1",
        ),
        zone="Europe/Oslo",
    )
    _x(
        "Alex Rivera and Priya Nair",
        interview=True,
        company="Brightfold",
        role="Senior UX Designer",
        org=("priya.nair@brightfold.example", "Priya Nair"),
        att=[person("priya.nair@brightfold.example", "Priya Nair")],
        desc=(
            "Event Name: Recruiter Screen – Brightfold\n\nLocation: This is a Google Meet web "
            "conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "7d1e\nReschedule: https://calendly.com/reschedulings/7d1e\n\nQuestions:\n"
            "Which role are you applying for?\nSenior UX Designer\n\nLinkedIn profile\n"
            "linkedin.com/in/alexrivera\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Kestrel Bank",
        role="Risk Analyst",
        org=("careersbookings@kestrelbank.example", "Kestrel Bank Careers"),
        att=[person("m.duffy@kestrelbank.example", "Maeve Duffy")],
        desc=(
            "Service: First-round interview – Risk Analyst\nStaff: Maeve Duffy\n\n"
            "Your booking with Kestrel Bank Careers is confirmed. Join the Microsoft Teams meeting "
            "at the scheduled time.\n\nManage your booking: https://outlook.office365.com/owa/calendar/"
            "KestrelBankCareers@kestrelbank.example/bookings/\n\nMicrosoft Bookings"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KbR9",
        ),
        zone="Europe/Dublin",
    )
    _x(
        "Interview Scheduled: Level 1 - Technical | Java Developer",
        interview=True,
        company="Sundara Infotech",
        role="Java Developer",
        org=("recruit@sundarainfotech.example", "Sundara Infotech HR"),
        desc=(
            "Dear Alex Rivera,\n\nGreetings from Sundara Infotech Pvt. Ltd.!\n\nYour Level 1 "
            "technical interview for the Java Developer position has been scheduled.\n"
            "Mode: Online (Zoho Meeting)\nPanel: Karthik Subramanian\n\nKindly keep your resume "
            "and a valid ID proof handy.\n\nRegards,\nHR Team\n\nSent from Zoho Recruit"
        ),
        zone="Asia/Kolkata",
    )
    _x(
        "HireVue Live Interview – Alex Rivera – Ashcombe Partners",
        interview=True,
        company="Ashcombe Partners",
        role="Investment Banking Analyst",
        org=("ashcombe@hirevue.example", "HireVue"),
        desc=(
            "You have been scheduled for a live interview with Ashcombe Partners for the 2026 "
            "Investment Banking Analyst position.\n\nPlease join from a quiet location using Chrome. "
            "Test your device beforehand: https://hirevue.example/check\n\nJoin interview: "
            "https://app.hirevue.example/live/88231"
        ),
        zone="America/New_York",
    )
    _x(
        "Codility Live: Pair programming interview – Backend (Go)",
        interview=True,
        company="Tallis Robotics",
        role="Backend Engineer (Go)",
        org=("hiring@tallisrobotics.example", "Tallis Robotics Hiring"),
        att=[person("nico.brandao@tallisrobotics.example", "Nico Brandão")],
        desc=(
            "Olá Alex,\n\nA Tallis Robotics convida-o para uma sessão de pair programming ao vivo no "
            "Codility, para a vaga de Backend Engineer (Go). Vai trabalhar com o Nico num pequeno "
            "serviço em Go.\n\nLink da sessão: https://app.codility.example/live/9F2KQ\n\nBoa sorte!"
        ),
        zone="Europe/Lisbon",
    )
    _x(
        "HackerRank Interview - Alex Rivera - Frontend Engineer",
        interview=True,
        company="Greyline Studios",
        role="Frontend Engineer",
        org=("no-reply@hackerrank.example", "HackerRank"),
        att=[person("bea.santos@greylinestudios.example", "Bea Santos")],
        desc=(
            "Greyline Studios has invited you to a HackerRank Interview.\n\nInterviewer: Bea Santos\n"
            "Join the interview: https://hr.example/int/GRY-4421\n\nPlease join 5 minutes early and "
            "make sure your camera and microphone work."
        ),
    )
    _x(
        "CodeSignal Live Interview: Alex Rivera x Parallax Pay",
        interview=True,
        company="Parallax Pay",
        role=None,
        org=("talent@parallaxpay.example", "Parallax Pay Talent"),
        att=[person("oren.katz@parallaxpay.example", "Oren Katz")],
        desc=(
            "Join your interview on CodeSignal: https://app.codesignal.example/live-interview/7zq\n"
            "Interviewer: Oren Katz\n\nPlease have your IDE settings ready; the session is recorded "
            "for calibration purposes."
        ),
        zone="America/New_York",
    )
    _x(
        "Interview + TestGorilla results walkthrough",
        interview=True,
        company="Cobalt & Pine",
        role="Junior Data Analyst",
        desc=(
            "with Helen from Cobalt & Pine — she said they'll go over my TestGorilla scores "
            "(Excel + critical thinking) and then normal interview questions for the Junior Data "
            "Analyst job. teams link in email"
        ),
        zone="Europe/London",
    )
    _x(
        "Final round – Lumen Health – Panel",
        interview=True,
        company="Lumen Health",
        role="Senior Product Manager",
        org=("scheduling@lumenhealth.example", "Lumen Health Recruiting"),
        att=[
            person("rosa.ng@lumenhealth.example", "Rosa Ng"),
            person("devin.clark@lumenhealth.example", "Devin Clark"),
            person("hana.ito@lumenhealth.example", "Hana Ito"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>Here is your final round panel for the <b>Senior Product Manager</b> "
            "role.</p><p>Panel: Rosa Ng (VP Product), Devin Clark (Eng Director), Hana Ito (Design "
            "Lead)</p><p>Scheduled by GoodTime on behalf of Lumen Health.</p>"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Recruiter call — Alex Rivera (Sr. Analytics Engineer)",
        interview=True,
        company="Dovetail Freight",
        role="Sr. Analytics Engineer",
        org=("lena.vos@dovetailfreight.example", "Lena Vos"),
        desc=(
            "Hi Alex! Looking forward to chatting about the Sr. Analytics Engineer opening on our "
            "Data team.\n\nLena Vos\nTalent Partner | Dovetail Freight\n\n"
            "Powered by Teamtailor"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Interview: Alex Rivera – Solutions Engineer (m/w/d)",
        interview=True,
        company="Arclight Security",
        role="Solutions Engineer",
        org=("no-reply@personio.example", "Personio"),
        att=[person("felix.horn@arclightsec.example", "Felix Horn")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung bei Arclight Security. Wir möchten dich "
            "gerne zu einem Gespräch für die Position Solutions Engineer (m/w/d) einladen.\n\n"
            "Gesprächspartner: Felix Horn, Head of Pre-Sales\nOrt: Videocall (Link unten)\n\n"
            "Viele Grüße\nDein Arclight Security People Team"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Uitnodiging sollicitatiegesprek: Growth Marketer @ Saltmarsh",
        interview=True,
        company="Saltmarsh",
        role="Growth Marketer",
        org=("jobs@saltmarsh.example", "Saltmarsh"),
        desc=(
            "Hoi Alex,\n\nJe bent uitgenodigd voor een gesprek bij Saltmarsh voor de functie Growth "
            "Marketer. Je spreekt met Pieter (Head of Growth).\n\nBeheer je afspraak via Recruitee: "
            "https://saltmarsh.recruitee.example/o/growth-marketer"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Virtual Interview: Alex Rivera / Hollis Group",
        interview=True,
        company="Hollis Group",
        role="Program Manager",
        org=("rachel.kim@hollisgroup.example", "Rachel Kim"),
        att=[person("rachel.kim@hollisgroup.example", "Rachel Kim")],
        desc=(
            "Hi Alex,\n\nPlease use the Zoom link below for your interview for the Program Manager "
            "position.\n\nhttps://hollisgroup.zoom.us/j/93310045562?pwd=aGVsbG8\n\nThanks,\nRachel\n\n"
            "Sent from Workday Recruiting"
        ),
        conf=("Zoom Meeting", "https://hollisgroup.zoom.us/j/93310045562"),
        zone="America/Chicago",
        my_status="tentative",
    )
    _x(
        "Values interview — Alex Rivera",
        interview=True,
        company="Wren & Vale",
        role=None,
        org=("people@wrenandvale.example", "Wren & Vale People"),
        att=[person("omar.haddad@wrenandvale.example", "Omar Haddad")],
        desc=(
            "This is a 30-minute conversation about how you like to work. There's no right "
            "answer — we just want to get to know you.\n\nInterviewer: Omar Haddad\n\n"
            "Ashby · Wren & Vale"
        ),
        meet="meet",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Typed by a recruiter or by Alex (terse, informal)
# ---------------------------------------------------------------------------


def _typed_by_people() -> None:
    _x(
        "Stellar recruiter call – Nina",
        interview=True,
        company="Stellar",
        role=None,
        desc="Nina Hart, in-house recruiter at Stellar. first screen, 30 min. she'll call my cell",
    )
    _x(
        "Ledger – HM call w/ Marcus",
        interview=True,
        company="Ledger",
        role=None,
        desc="zoom in email. Marcus = eng manager for the payments squad",
        zone="America/New_York",
    )
    _x(
        "Interview",
        interview=True,
        company="Bramble & Co",
        role=None,
        loc="Bramble & Co, 14 Market St, 2nd floor, San Francisco, CA",
    )
    _x(
        "2nd interview!!",
        interview=True,
        company="Fieldnote",
        role=None,
        desc="with Jo and the CTO at Fieldnote. bring portfolio on ipad, they liked the onboarding case",
    )
    _x(
        "Screening call",
        interview=True,
        company=None,
        role="Senior Platform Engineer",
        org=("sam.torres.recruits@gmail.com", "Sam Torres"),
        att=[person("sam.torres.recruits@gmail.com", "Sam Torres")],
        desc=(
            "Hi Alex, as discussed on LinkedIn — quick call about the Senior Platform Engineer "
            "opening. I'll ring you on the number you sent. Sam"
        ),
    )
    _x(
        "Alex Rivera / Common - Intro",
        interview=True,
        company="Common",
        role="Community Manager",
        org=("hannah@common-living.example", "Hannah Price"),
        att=[person("hannah@common-living.example", "Hannah Price")],
        desc=(
            "Hey Alex — excited to chat about the Community Manager role here at Common! "
            "This is an informal first conversation, about 30 mins.\n\nHannah\nPeople Team, Common"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Tech screen w/ Ravi",
        interview=True,
        company="Boxwood",
        role=None,
        desc="Ravi Menon, eng lead @ Boxwood. leetcode-style, 45 min. practice graphs!!",
    )
    _x(
        "Alex / Marta – chat",
        interview=True,
        company="Brightwell Sp. z o.o.",
        role="Data Platform Lead",
        org=("m.kowalczyk@brightwell.example", "Marta Kowalczyk"),
        att=[person("m.kowalczyk@brightwell.example", "Marta Kowalczyk")],
        desc=(
            "Hi Alex,\n\nLooking forward to our chat about the Data Platform Lead position — we'll "
            "go through your background and the recruitment process.\n\n--\nMarta Kowalczyk\n"
            "Talent Acquisition Partner\nBrightwell Sp. z o.o.\nul. Prosta 51, 00-838 Warszawa"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Interview – Kinetic Foods – Brand Manager",
        interview=True,
        company="Kinetic Foods",
        role="Brand Manager",
        org=("talent@kineticfoods.example", "Kinetic Foods Talent"),
        desc="Brand Manager, Snacks division. Hiring manager: Luis Ortega.",
        my_status="declined",
        zone="America/Chicago",
    )
    _x(
        "Interview: Pebble (part of Northwind Group) – iOS Engineer",
        interview=True,
        company="Pebble",
        role="iOS Engineer",
        org=("careers@northwindgroup.example", "Northwind Group Careers"),
        att=[person("jess.amari@pebble-app.example", "Jess Amari")],
        desc=(
            "Hi Alex,\n\nThank you for your application to Pebble, a Northwind Group company. You "
            "will meet Jess Amari, iOS Lead at Pebble.\n\nNorthwind Group Talent Acquisition"
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Zoom: Alex Rivera – Vantage Point interview",
        interview=True,
        company="Vantage Point",
        role=None,
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81234567890"),
        desc="Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890\nMeeting ID: 812 3456 7890",
    )
    _x(
        "Panel interview – Ostara Bio (bring ID for security desk)",
        interview=True,
        company="Ostara Bio",
        role="Computational Biologist",
        loc="Ostara Bio, 400 Technology Sq, Cambridge, MA",
        desc="Computational Biologist, 4 people panel + 20 min talk about my thesis work. ask for Dr. Feld at reception",
        zone="America/New_York",
    )
    _x(
        "Interview w/ Thistle",
        interview=True,
        company="Thistle",
        role=None,
        org=("grace@thistle.example", "Grace Mbeki"),
        att=[person("grace@thistle.example", "Grace Mbeki")],
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Call with Noor (Head of Eng) – Copperline",
        interview=True,
        company="Copperline",
        role="Staff Engineer",
        desc=(
            "Next step after recruiter screen. Noor wants to talk about the Staff Engineer role "
            "and my infra experience. Copperline = the observability startup Jen referred me to."
        ),
    )
    # internal mobility: Alex is the candidate, on the work calendar
    _x(
        "Internal interview – Staff Engineer, Payments (Alex Rivera)",
        interview=True,
        company="Initech",
        role="Staff Engineer, Payments",
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("wei.zhang@initech.com", "Wei Zhang")],
        desc=(
            "Internal mobility interview. Candidate: Alex Rivera (currently Senior Engineer, "
            "Platform). Role: Staff Engineer, Payments. Interviewer: Wei Zhang (Director, Payments).\n\n"
            "Please keep this confidential; your current manager has been informed per the internal "
            "transfer policy."
        ),
        meet="meet",
    )


# ---------------------------------------------------------------------------
# Agencies and RPO (employer = the client when named)
# ---------------------------------------------------------------------------


def _agency_rpo() -> None:
    _x(
        "Client interview: Brennholz Logistik GmbH – SAP Consultant",
        interview=True,
        company="Brennholz Logistik GmbH",
        role="SAP Consultant",
        org=("j.weber@harrowtalent.example", "Jonas Weber | Harrow Talent"),
        att=[person("k.albers@brennholz-logistik.example", "Katrin Albers")],
        desc=(
            "Hi Alex,\n\nGreat news — Brennholz Logistik would like to meet you for the SAP "
            "Consultant (SD/MM) role. You'll speak with Katrin Albers, Head of IT Applications.\n\n"
            "Please call me straight after so we can debrief.\n\nJonas Weber\nSenior Consultant, "
            "Harrow Talent Ltd"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_BrH",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview – confidential client (FinTech, Series C)",
        interview=True,
        company=None,
        role="Head of Data",
        org=("olivia@redlinerecruitment.example", "Olivia Grant – Redline Recruitment"),
        desc=(
            "Hi Alex, as discussed the client would like to keep their name confidential until "
            "the first interview. It's a Series C FinTech in London, role is Head of Data. "
            "The hiring manager will send a Teams link directly. Good luck! Olivia"
        ),
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera | Cloud Architect | Halcyon Bank",
        interview=True,
        company="Halcyon Bank",
        role="Cloud Architect",
        org=("scheduling@talentforge-rpo.example", "TalentForge Scheduling"),
        att=[person("p.oneill@halcyonbank.example", "Padraig O'Neill")],
        desc=(
            "TalentForge manages recruitment on behalf of Halcyon Bank plc.\n\nCandidate: Alex "
            "Rivera\nRole: Cloud Architect (Req 44102)\nHiring Manager: Padraig O'Neill\n\n"
            "Please do not reply to this automated message."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HcB",
        ),
        zone="Europe/London",
    )
    _x(
        "Redline Recruitment – screening call for Tessellate (Product Designer)",
        interview=True,
        company="Tessellate",
        role="Product Designer",
        org=("olivia@redlinerecruitment.example", "Olivia Grant – Redline Recruitment"),
        desc=(
            "Quick screening call before I put you forward to Tessellate for the Product Designer "
            "role — I'll ask about your portfolio, notice period and salary expectations."
        ),
        zone="Europe/London",
    )
    _x(
        "Interview for Internal Recruiter role – Redline Recruitment",
        interview=True,
        company="Redline Recruitment",
        role="Internal Recruiter",
        org=("ben.carter@redlinerecruitment.example", "Ben Carter"),
        desc=(
            "Hi Alex, thanks for applying to join our own team! This interview is for the "
            "Internal Recruiter position here at Redline. Ben Carter, Ops Director"
        ),
        loc="Redline Recruitment, 22 Fenchurch Ave, London",
        zone="Europe/London",
    )
    _x(
        "Vorstellungsgespräch beim Kunden: Stadtwerke Fahrenbach (über Brunnhuber Personal)",
        interview=True,
        company="Stadtwerke Fahrenbach",
        role="IT-Systemadministrator",
        org=("m.brunnhuber@brunnhuber-personal.example", "Maria Brunnhuber"),
        desc=(
            "Hallo Herr Rivera,\n\nwie telefonisch besprochen, hier der Termin für Ihr "
            "Vorstellungsgespräch bei unserem Kunden, den Stadtwerken Fahrenbach, für die Position "
            "IT-Systemadministrator (m/w/d). Ansprechpartner vor Ort: Herr Dietz.\n\n"
            "Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nMaria Brunnhuber\n"
            "Brunnhuber Personal GmbH"
        ),
        loc="Stadtwerke Fahrenbach, Am Wasserturm 3, 79199 Fahrenbach",
        zone="Europe/Berlin",
    )
    _x(
        "Interview at Kelton Staffing – warehouse associate (Lakeshore Distribution)",
        interview=True,
        company="Lakeshore Distribution",
        role="Warehouse Associate",
        loc="Kelton Staffing, 1880 Commerce Dr, Joliet, IL",
        desc=(
            "Kelton is hiring for Lakeshore Distribution's 2nd shift. Bring 2 forms of ID + steel "
            "toe boots info. Interview with Kelton branch rep, then site tour at Lakeshore."
        ),
        zone="America/Chicago",
    )
    _x(
        "Entretien client – Maison Verdier (cabinet Talentis Conseil)",
        interview=True,
        company="Maison Verdier",
        role="Responsable e-commerce",
        org=("c.dubois@talentis-conseil.example", "Camille Dubois"),
        desc=(
            "Bonjour Alex,\n\nJe vous confirme votre entretien avec Maison Verdier pour le poste de "
            "Responsable e-commerce. Vous rencontrerez Mme Laurent, Directrice Digitale.\n\n"
            "Bien à vous,\nCamille Dubois\nConsultante, Talentis Conseil"
        ),
        loc="Maison Verdier, 18 rue du Faubourg Saint-Honoré, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Teams: 2nd stage – Analytics Manager",
        interview=True,
        company=None,
        role="Analytics Manager",
        org=("recruitment@peakhire.example", "PeakHire Recruitment"),
        desc=(
            "Hi Alex, the client has confirmed a 2nd stage interview for the Analytics Manager "
            "role. They'll have the hiring manager and HRBP on the call. Teams link attached. "
            "PeakHire"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_PkH",
        ),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Split onsites (each part is an interview)
# ---------------------------------------------------------------------------


def _split_onsites() -> None:
    sky_att = [person("coord@skyvault.example", "Skyvault Recruiting Coordination")]
    for part, who, topic in [
        ("1/4", "Marek Novak", "Coding"),
        ("2/4", "Leila Farah", "System Design"),
        ("3/4", "Chris Bauer", "Hiring Manager / Behavioral"),
        ("4/4", "Yuki Tanaka", "Values & Collaboration"),
    ]:
        _x(
            f"Virtual Onsite ({part}): {topic} – Alex Rivera",
            interview=True,
            company="Skyvault",
            role="Staff Software Engineer",
            org=("coord@skyvault.example", "Skyvault Recruiting Coordination"),
            att=[*sky_att, person(f"{who.split()[0].lower()}@skyvault.example", who)],
            desc=(
                f"Candidate: Alex Rivera\nRole: Staff Software Engineer\nSession: {topic}\n"
                f"Interviewer: {who}\n\nPlease stay on the same Zoom link for back-to-back sessions.\n\n"
                "Scheduled with ModernLoop"
            ),
            conf=("Zoom Meeting", "https://skyvault.zoom.us/j/95550123400"),
        )
    for title, people in [
        ("Final round – Lumen Health – Product Sense", "Rosa Ng"),
        ("Final round – Lumen Health – Exec chat with CEO", "Dr. Abena Mensah"),
    ]:
        _x(
            title,
            interview=True,
            company="Lumen Health",
            role="Senior Product Manager",
            org=("scheduling@lumenhealth.example", "Lumen Health Recruiting"),
            att=[person(people.split()[-1].lower() + "@lumenhealth.example", people)],
            desc=(
                f"<p>Senior Product Manager – final round</p><p>With: {people}</p>"
                "<p>Scheduled by GoodTime on behalf of Lumen Health.</p>"
            ),
            meet="meet",
            zone="America/New_York",
        )
    for teil, inhalt in [
        ("Teil 1", "Fachinterview mit dem Teamlead"),
        ("Teil 2", "Pair Programming"),
        ("Teil 3", "Gespräch mit der Geschäftsführung"),
    ]:
        _x(
            f"Kennenlerntag Kranich Software – {teil}: {inhalt}",
            interview=True,
            company="Kranich Software GmbH",
            role="Senior Frontend Entwickler",
            org=("jobs@kranich-software.example", "Kranich Software Recruiting"),
            desc=(
                "Hallo Alex,\n\nwir freuen uns, dich zu unserem Kennenlerntag für die Position "
                f"Senior Frontend Entwickler (m/w/d) einzuladen. Dieser Termin: {inhalt}.\n\n"
                "Viele Grüße\nDein Kranich Team\nKranich Software GmbH · Speicherstadt 12 · 20457 Hamburg"
            ),
            loc="Kranich Software GmbH, Speicherstadt 12, 20457 Hamburg",
            zone="Europe/Berlin",
        )


# ---------------------------------------------------------------------------
# Hourly retail / hospitality interviews and trial shifts
# ---------------------------------------------------------------------------


def _hourly_and_trial() -> None:
    _x(
        "Trial shift – Copper Pot Kitchen",
        interview=True,
        company="Copper Pot Kitchen",
        role="Line Cook",
        loc="Copper Pot Kitchen, 512 Valencia St, San Francisco",
        desc="stage for line cook position, 4pm-9pm. bring knives + non slip shoes. ask for chef Dario",
    )
    _x(
        "Interview - Sales Associate - Store #214",
        interview=True,
        company="Northfield Outfitters",
        role="Sales Associate",
        org=("store214@northfieldoutfitters.example", "Northfield Outfitters Store 214"),
        desc=(
            "Thanks for applying to Northfield Outfitters! Please come to the store and ask for "
            "the Store Manager, Kayla. Interviews take about 20 minutes."
        ),
        loc="Northfield Outfitters, Bayfair Mall, San Leandro, CA",
    )
    _x(
        "Probearbeiten Café Morgenrot",
        interview=True,
        company="Café Morgenrot",
        role="Barista",
        loc="Café Morgenrot, Oranienstraße 41, 10999 Berlin",
        desc="Probearbeiten als Barista, 3 Std. Schwarze Hose mitbringen. Ansprechpartnerin: Svenja",
        zone="Europe/Berlin",
    )
    _x(
        "Essai en salle – Brasserie Le Quai",
        interview=True,
        company="Brasserie Le Quai",
        role="Serveur",
        loc="Brasserie Le Quai, 4 quai de la Fosse, Nantes",
        desc="Journée d'essai (service du midi) pour le poste de serveur. Tenue noire. Demander Julien.",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista – Dependiente/a – Tiendas Brisa",
        interview=True,
        company="Tiendas Brisa",
        role="Dependiente/a",
        org=("seleccion@tiendasbrisa.example", "Selección Tiendas Brisa"),
        desc=(
            "Hola Alex:\n\nTe citamos para una entrevista para el puesto de Dependiente/a en nuestra "
            "tienda de Gran Vía. Pregunta por la encargada, Lucía.\n\nUn saludo,\nEquipo de Selección\n"
            "Tiendas Brisa S.L."
        ),
        loc="Tiendas Brisa, Gran Vía 32, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Group interview – Sunny Scoops summer staff",
        interview=True,
        company="Sunny Scoops",
        role="Seasonal Scooper",
        org=("hiring@sunnyscoops.example", "Sunny Scoops"),
        desc="Group interview for seasonal scoopers. Wear comfy shoes, there's a short on-the-floor activity!",
        loc="Sunny Scoops, 88 Boardwalk, Santa Cruz",
    )
    _x(
        "Proefdraaien Bakkerij Van Dijk",
        interview=True,
        company="Bakkerij Van Dijk",
        role="Verkoopmedewerker",
        loc="Bakkerij Van Dijk, Lange Nieuwstraat 7, Utrecht",
        desc="proefdraaien als verkoopmedewerker, zaterdag ochtend 7-11u. Vragen naar Marieke",
        zone="Europe/Amsterdam",
    )
    _x(
        "Open interviews – Greenleaf Grocers (walk-in)",
        interview=True,
        company="Greenleaf Grocers",
        role="Cashier",
        loc="Greenleaf Grocers, 2100 Alameda Ave, Alameda, CA",
        desc="walk-in hiring event for cashiers + stockers. bring resume. on-the-spot interviews 10-2",
    )


# ---------------------------------------------------------------------------
# Assessment centres, case studies, panels, academic job talks, public sector
# ---------------------------------------------------------------------------


def _assessment_case_academic_public() -> None:
    _x(
        "Assessment Centre – Morrow & Finch Graduate Programme 2026",
        interview=True,
        company="Morrow & Finch",
        role="Graduate Analyst",
        org=("graduates@morrowfinch.example", "Morrow & Finch Early Careers"),
        all_day=True,
        desc=(
            "Dear Alex,\n\nCongratulations on progressing to the final stage of the Graduate "
            "Analyst Programme. The assessment centre includes a group exercise, a written case, "
            "and a partner interview.\n\nMorrow & Finch Early Careers Team"
        ),
        loc="Morrow & Finch, 1 Canada Square, London",
        zone="Europe/London",
    )
    _x(
        "Case interview – Calder Strategy (Round 1)",
        interview=True,
        company="Calder Strategy",
        role="Associate",
        org=("recruiting@calderstrategy.example", "Calder Strategy Recruiting"),
        att=[person("n.ferreira@calderstrategy.example", "Nadia Ferreira")],
        desc=(
            "Round 1: two back-to-back case interviews (30 min each) for the Associate position. "
            "Please have pen and paper. Interviewers: Nadia Ferreira, Engagement Manager; "
            "Paul Lindqvist, Principal."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Case study presentation – Orchard Ventures",
        interview=True,
        company="Orchard Ventures",
        role="Investment Associate",
        desc="present the take-home (market map of climate fintech) to partners. 20 min + Q&A. Investment Associate role",
        loc="Orchard Ventures, 2882 Sand Hill Rd, Menlo Park",
    )
    _x(
        'Faculty candidate seminar: Alex Rivera — "Learning from Sparse Signals"',
        interview=True,
        company="University of Eastvale",
        role="Assistant Professor",
        org=("csadmin@eastvale.example", "CS Department Admin"),
        add_me=False,
        att=[person("cs-faculty@eastvale.example", "CS Faculty")],
        desc=(
            "Department of Computer Science, University of Eastvale\n\nFaculty Candidate Seminar "
            "(Tenure-Track Assistant Professor search)\nSpeaker: Alex Rivera\nTitle: Learning from "
            "Sparse Signals\nHost: Prof. Miriam Adeyemi\n\nAll faculty are encouraged to attend and "
            "submit feedback forms."
        ),
        loc="Hollister Hall 120",
        zone="America/New_York",
    )
    _x(
        "Campus visit: meeting with Dean Whitcombe",
        interview=True,
        company="University of Eastvale",
        role="Assistant Professor",
        org=("csadmin@eastvale.example", "CS Department Admin"),
        desc="Part of your on-campus interview for the Assistant Professor position. Dean's office, Whitcombe Hall 3F.",
        loc="Whitcombe Hall, University of Eastvale",
        zone="America/New_York",
    )
    _x(
        "Selection board – Policy Officer (EO) – Department for Regional Infrastructure",
        interview=True,
        company="Department for Regional Infrastructure",
        role="Policy Officer",
        org=("dri.recruitment@civilservice.example", "DRI Recruitment"),
        desc=(
            "Vacancy reference: 318842\nDear Alex Rivera,\n\nYou are invited to attend an interview "
            "for the role of Policy Officer (Executive Officer). The board will assess the "
            "behaviours Communicating and Influencing, Working Together and Delivering at Pace, and "
            "you will be asked to give a 5-minute presentation.\n\nPlease bring photographic ID."
        ),
        loc="Department for Regional Infrastructure, 2 Marsham Walk, London",
        zone="Europe/London",
    )
    _x(
        "Panel Interview – Program Coordinator – City of Marlow Parks & Recreation",
        interview=True,
        company="City of Marlow",
        role="Program Coordinator",
        org=("hr@cityofmarlow.example", "City of Marlow Human Resources"),
        desc=(
            "Position: Program Coordinator (Parks & Recreation), Job #25-0147\nPanel: 3 members\n"
            "Please check in at City Hall, Human Resources, Room 204. Interviews are 30 minutes."
        ),
        loc="Marlow City Hall, 100 Civic Center Plaza, Room 204",
        zone="America/Los_Angeles",
    )
    _x(
        "Oral test / interview – Selection procedure EAMD/AD/2025/07",
        interview=True,
        company="European Agency for Maritime Data",
        role="Data Scientist",
        org=("selection@eamd.example", "EAMD Selection Team"),
        desc=(
            "Dear candidate,\n\nFollowing the evaluation of the written test, you are invited to the "
            "interview with the Selection Board for the post of Data Scientist (AD6) at the European "
            "Agency for Maritime Data. The interview will be conducted in English and may include "
            "questions in your second EU language.\n\nSelection Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_EaMd",
        ),
        zone="Europe/Lisbon",
    )
    _x(
        "Virtual Assessment Day – Sterling Rowe LLP Vacation Scheme",
        interview=True,
        company="Sterling Rowe LLP",
        role="Vacation Scheme",
        org=("graduaterecruitment@sterlingrowe.example", "Sterling Rowe Graduate Recruitment"),
        all_day=True,
        desc=(
            "Agenda: 09:00 welcome, 09:30 written exercise, 11:00 partner interview, 13:30 group "
            "task, 15:00 close. Applicants for the Summer Vacation Scheme 2026."
        ),
        zone="Europe/London",
    )
    _x(
        "Panel Interview – Head of Analytics – Ashford Vale NHS Trust",
        interview=True,
        company="Ashford Vale NHS Trust",
        role="Head of Analytics",
        org=("ashfordvale.recruitment@nhs.example", "Ashford Vale Recruitment"),
        desc=(
            "Job reference 292-HA-0012. You are invited to interview for Head of Analytics (Band 8c). "
            "Panel: Chief Finance Officer, Director of Performance, Non-Executive Director. You will "
            "be asked to present on 'Using data to reduce waiting lists' (10 minutes).\n\nSent via Trac"
        ),
        loc="Ashford Vale Hospital, Education Centre, Seminar Room 2",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Interviews in other languages
# ---------------------------------------------------------------------------


def _multilingual_interviews() -> None:
    # German
    _x(
        "Einladung zum Vorstellungsgespräch – Werkstudent Data Science (m/w/d)",
        interview=True,
        company="Lindgrün GmbH",
        role="Werkstudent Data Science",
        org=("lindgruen-jobs@personio.example", "Lindgrün Recruiting"),
        att=[person("t.hagen@lindgruen.example", "Tobias Hagen")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung bei der Lindgrün GmbH! Wir möchten dich "
            "gerne zu einem ersten Kennenlernen per Video einladen. Dein Gesprächspartner ist "
            "Tobias Hagen (Teamlead Data).\n\nBis bald!\nDein Lindgrün People Team"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespräch Fachbereich",
        interview=True,
        company="Hafenkontor Versicherung AG",
        role="Aktuar",
        org=("h.sommerfeld@hafenkontor.example", "Sommerfeld, Heike"),
        desc=(
            "Sehr geehrter Herr Rivera,\n\nim Anschluss an unser erstes Gespräch lade ich Sie gerne "
            "zu einem Zweitgespräch mit dem Fachbereich für die Position Aktuar (m/w/d) ein.\n\n"
            "Mit freundlichen Grüßen\nDr. Heike Sommerfeld\nLeiterin Mathematik Leben\n"
            "Hafenkontor Versicherung AG\nBallindamm 40, 20095 Hamburg"
        ),
        loc="Ballindamm 40, 20095 Hamburg, Raum 5.12",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien RH – Chargé(e) de projet data – Vialis Mobilités",
        interview=True,
        company="Vialis Mobilités",
        role="Chargé(e) de projet data",
        org=("recrutement@groupe-vialis.example", "Recrutement Groupe Vialis"),
        desc=(
            "Bonjour Alex,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un "
            "entretien RH pour le poste de Chargé(e) de projet data chez Vialis Mobilités, filiale "
            "du Groupe Vialis.\n\nL'entretien se déroulera sur Microsoft Teams.\n\nCordialement,\n"
            "L'équipe Recrutement – Groupe Vialis"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ViA",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Entretien téléphonique – Claire",
        interview=True,
        company="Sabliers SAS",
        role="Développeur Full-Stack",
        org=("c.fontaine@sabliers.example", "Claire Fontaine"),
        desc=(
            "Bonjour,\n\nComme convenu, je vous appellerai pour échanger sur votre candidature au "
            "poste de Développeur Full-Stack.\n\nBelle journée,\n\nClaire Fontaine\nResponsable "
            "recrutement\nSabliers SAS – 12 rue des Tanneurs, 69002 Lyon"
        ),
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista técnica – Desarrollador/a Backend – Nubalia",
        interview=True,
        company="Nubalia",
        role="Desarrollador/a Backend",
        org=("talento@nubalia.example", "Talento Nubalia"),
        att=[person("irene.casas@nubalia.example", "Irene Casas")],
        desc=(
            "Hola Alex,\n\nGracias por tu interés en Nubalia S.A. Te confirmamos la entrevista "
            "técnica con Irene Casas (Tech Lead). Durará unos 60 minutos e incluye un ejercicio en "
            "vivo.\n\nEnlace de Google Meet en la invitación.\n\nEnviado con Talent Clue"
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista final con el director general",
        interview=True,
        company="Grupo Cormorán",
        role="Gerente de Operaciones",
        org=("adriana.ruiz@grupocormoran.example", "Adriana Ruiz"),
        desc=(
            "Hola Alex, te confirmo la entrevista final con el Ing. Roberto Salinas, director general "
            "de Grupo Cormorán, para la vacante de Gerente de Operaciones.\n\nOficinas corporativas: "
            "Av. Paseo de la Reforma 250, piso 9. Favor de traer identificación oficial.\n\n"
            "Saludos,\nAdriana Ruiz\nAtracción de Talento"
        ),
        loc="Av. Paseo de la Reforma 250, piso 9, CDMX",
        zone="America/Mexico_City",
    )
    # Portuguese
    _x(
        "Entrevista – Analista de Dados Pleno – Jabuticaba Pagamentos",
        interview=True,
        company="Jabuticaba Pagamentos",
        role="Analista de Dados Pleno",
        org=("vagas@jabuticabapag.example", "Jabuticaba Pagamentos"),
        desc=(
            "Olá, Alex! Tudo bem?\n\nSua entrevista com a liderança da vaga Analista de Dados Pleno "
            "foi agendada. Participará a Fernanda Lima (Head de Dados).\n\nLink: Google Meet\n\n"
            "Esta mensagem foi enviada pela Gupy."
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista com a gestora de equipa",
        interview=True,
        company="Tejo Digital, Lda.",
        role="Engenheiro de Software",
        org=("rh@tejodigital.example", "RH Tejo Digital"),
        desc=(
            "Olá Alex,\n\nConfirmamos a sua entrevista com a Inês Carvalho, gestora da equipa de "
            "Plataforma, no âmbito da candidatura a Engenheiro de Software.\n\nCumprimentos,\n"
            "Recursos Humanos\nTejo Digital, Lda. · Av. 24 de Julho 102, Lisboa"
        ),
        loc="Av. 24 de Julho 102, Lisboa",
        zone="Europe/Lisbon",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek – Product Owner – Molenwiek B.V.",
        interview=True,
        company="Molenwiek B.V.",
        role="Product Owner",
        org=("jobs@molenwiek.example", "Molenwiek Recruitment"),
        desc=(
            "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd! Je eerste gesprek voor de functie Product "
            "Owner is met Sanne Bakker (Head of Product) en Joris (Scrum Master).\n\nTot dan!\n\n"
            "Verstuurd via Recruitee"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek",
        interview=True,
        company="Dijkstra & Zonen B.V.",
        role="Controller",
        org=("hr@dijkstrazonen.example", "HR Dijkstra"),
        desc=(
            "Beste Alex,\n\nHierbij bevestigen wij je tweede gesprek voor de functie van Controller. "
            "Je spreekt met Jan Dijkstra (directeur) en Femke de Wit (HR).\n\nMet vriendelijke groet,\n"
            "Dijkstra & Zonen B.V.\nIndustrieweg 14, Zwolle"
        ),
        loc="Industrieweg 14, Zwolle",
        zone="Europe/Amsterdam",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Frontend Developer – Lagunare S.p.A.",
        interview=True,
        company="Lagunare S.p.A.",
        role="Frontend Developer",
        org=("selezione@lagunare.example", "Selezione Lagunare"),
        desc=(
            "Gentile Alex,\n\nla ringraziamo per la candidatura. Le confermiamo il colloquio "
            "conoscitivo in videochiamata per la posizione di Frontend Developer.\n\n"
            "Cordiali saluti,\nUfficio Risorse Umane – Lagunare S.p.A."
        ),
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico con il team",
        interview=True,
        company="Vetreria Bassi S.r.l.",
        role="Ingegnere di Processo",
        org=("hr@vetreriabassi.example", "Risorse Umane"),
        desc=(
            "Buongiorno Alex,\n\ncome anticipato telefonicamente, le confermo il colloquio tecnico "
            "per la posizione di Ingegnere di Processo con il responsabile di produzione.\n\n"
            "Cordiali saluti\nUfficio Risorse Umane\nVetreria Bassi S.r.l.\nVia dell'Industria 8, "
            "30141 Murano (VE)"
        ),
        loc="Via dell'Industria 8, Murano (VE)",
        zone="Europe/Rome",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Junior QA Engineer – Żurawie Systems",
        interview=True,
        company="Żurawie Systems",
        role="Junior QA Engineer",
        org=("rekrutacja@zurawie.example", "Żurawie Systems – Rekrutacja"),
        desc=(
            "Cześć Alex,\n\ndziękujemy za aplikację na stanowisko Junior QA Engineer. Zapraszamy na "
            "rozmowę online z Kasią (QA Lead) i Pawłem (HR).\n\nPozdrawiamy,\nZespół Żurawie Systems"
        ),
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna",
        interview=True,
        company="Zielona Fala",
        role="Analityk Biznesowy",
        org=("rekrutacja@zielonafala.example", "Zielona Fala – Rekrutacja"),
        desc=(
            "Dzień dobry,\n\nzapraszamy na rozmowę techniczną na stanowisko Analityk Biznesowy. "
            "Spotkanie potrwa ok. 60 minut.\n\nZ poważaniem,\nDział HR"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZfL",
        ),
        zone="Europe/Warsaw",
    )
    # Swedish
    _x(
        "Intervju: Alex Rivera – Backendutvecklare",
        interview=True,
        company="Fjällbo AB",
        role="Backendutvecklare",
        org=("jobb@fjallbo.example", "Fjällbo Rekrytering"),
        desc=(
            "Hej Alex!\n\nTack för din ansökan till Fjällbo AB. Vi vill gärna träffa dig för en "
            "första intervju om tjänsten som Backendutvecklare. Du träffar Elin (teamlead) och "
            "Oskar (CTO).\n\nVarma hälsningar,\nFjällbo\n\nSkickat via Teamtailor"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Anställningsintervju – Kvarnström & Co",
        interview=True,
        company="Kvarnström & Co",
        role="Projektledare",
        desc="träffa Sofia + Henrik om projektledartjänsten. Kungsgatan 12, 3 tr. ta med betyg",
        loc="Kungsgatan 12, Stockholm",
        zone="Europe/Stockholm",
    )
    # Japanese
    _x(
        "【ミライテック】一次面接のご案内（Webエンジニア職）",
        interview=True,
        company="ミライテック",
        role="Webエンジニア",
        org=("saiyo@miraitech.example", "ミライテック 採用担当"),
        desc=(
            "アレックス・リベラ様\n\nこの度はミライテック株式会社の求人にご応募いただき、誠にありがとうございます。\n"
            "下記の日程で一次面接を実施いたします。\n\n■形式：オンライン（Google Meet）\n"
            "■面接官：開発部 マネージャー 田中\n■所要時間：約60分\n\n当日はどうぞよろしくお願いいたします。\n\n"
            "ミライテック株式会社\n人事部 採用担当 佐藤 美咲"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接のご案内 – Kumo Labs",
        interview=True,
        company="Kumo Labs",
        role="機械学習エンジニア",
        org=("recruit@kumolabs.example", "Kumo Labs 採用チーム"),
        desc=(
            "Alex Rivera 様\n\n機械学習エンジニアポジションの最終面接（CTO・代表取締役）のご案内です。\n"
            "場所：東京都渋谷区神南1-2-3 5F\n受付にてお名前をお伝えください。\n\n"
            "Kumo Labs株式会社 採用チーム\n(HERP Hire より送信)"
        ),
        loc="東京都渋谷区神南1-2-3 5F",
        zone="Asia/Tokyo",
    )
    # Korean
    _x(
        "[한빛랩스] 1차 기술 면접 안내",
        interview=True,
        company="한빛랩스",
        role="백엔드 개발자",
        org=("recruit@hanbitlabs.example", "한빛랩스 채용팀"),
        desc=(
            "안녕하세요, Alex Rivera님.\n한빛랩스 채용 담당자입니다. 백엔드 개발자 포지션 1차 기술 면접 "
            "일정을 안내드립니다.\n\n- 방식: 화상 면접 (Zoom)\n- 면접관: 개발팀 리드 2인\n- 소요 시간: 약 60분\n\n"
            "감사합니다.\n(주)한빛랩스 인사팀 드림\n\n본 메일은 그리팅을 통해 발송되었습니다."
        ),
        conf=("Zoom Meeting", "https://hanbitlabs.zoom.us/j/82211003344"),
        zone="Asia/Seoul",
    )
    _x(
        "누리페이 2차 임원 면접",
        interview=True,
        company="누리페이",
        role="데이터 분석가",
        desc="본사 12층 로비에서 대기. 신분증 지참. 데이터 분석가 포지션, 임원 2명 + 인사팀장",
        loc="서울 강남구 테헤란로 311 누리타워",
        zone="Asia/Seoul",
    )
    # Chinese
    _x(
        "星云科技 – 二面（技术面）",
        interview=True,
        company="星云科技",
        role="后端开发工程师",
        org=("hr@xingyuntech.example", "星云科技招聘"),
        desc=(
            "Alex 你好，\n\n感谢你参加星云科技后端开发工程师岗位的面试。二面为技术面，时长约60分钟，"
            "面试官为基础架构组负责人。\n会议链接：飞书视频会议 https://vc.feishu.example/j/338812\n\n"
            "星云科技有限公司 人力资源部"
        ),
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 – 青禾数据（腾讯会议）",
        interview=True,
        company="青禾数据",
        role="产品经理",
        org=("zhaopin@qinghedata.example", "青禾数据 招聘"),
        desc=(
            "产品经理岗位 HR面，约30分钟。\n腾讯会议：https://meeting.tencent.example/dm/7Yh2\n"
            "会议号：482-331-907\n\n本邮件由Moka智能招聘系统发送"
        ),
        zone="Asia/Shanghai",
    )
    # Turkish
    _x(
        "Mülakat: Yazılım Geliştirici – Kuzey Yazılım A.Ş.",
        interview=True,
        company="Kuzey Yazılım A.Ş.",
        role="Yazılım Geliştirici",
        org=("ik@kuzeyyazilim.example", "Kuzey Yazılım İK"),
        desc=(
            "Merhaba Alex,\n\nKuzey Yazılım A.Ş. bünyesindeki Yazılım Geliştirici pozisyonu için "
            "teknik mülakatınız planlanmıştır.\nGörüşme: Microsoft Teams\nKatılımcılar: Emre Yıldız "
            "(Takım Lideri)\n\nSaygılarımızla,\nİnsan Kaynakları"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KzY",
        ),
        zone="Europe/Istanbul",
    )
    _x(
        "İK görüşmesi – Lale Lojistik",
        interview=True,
        company="Lale Lojistik",
        role="Operasyon Uzmanı",
        desc="Operasyon Uzmanı pozisyonu için ön görüşme, Kariyer.net üzerinden başvurmuştum. Ayşe Hanım arayacak",
        zone="Europe/Istanbul",
    )
    # Arabic
    _x(
        "مقابلة عمل – مهندس بيانات",
        interview=True,
        company="الواحة للتقنية",
        role="مهندس بيانات",
        org=("careers@alwaha-tech.example", "الموارد البشرية"),
        desc=(
            "السيد أليكس ريفيرا،\n\nيسرّنا دعوتكم لحضور مقابلة عمل لوظيفة مهندس بيانات في شركة الواحة للتقنية.\n"
            "المكان: المقر الرئيسي، برج الواحة، الطابق 14، الرياض\nيرجى إحضار الهوية الوطنية أو جواز السفر.\n\n"
            "مع التحية،\nإدارة الموارد البشرية\nشركة الواحة للتقنية"
        ),
        loc="برج الواحة، الطابق 14، الرياض",
        zone="Asia/Riyadh",
    )
    _x(
        "مقابلة شخصية مع Falcon Ridge Logistics",
        interview=True,
        company="Falcon Ridge Logistics",
        role="مدير مشاريع",
        org=("sara.almansouri@falconridge.example", "Sara Al Mansouri"),
        desc="مقابلة عبر زووم لوظيفة مدير مشاريع. المسؤولة: سارة المنصوري، مديرة التوظيف.",
        conf=("Zoom Meeting", "https://falconridge.zoom.us/j/86644120098"),
        zone="Asia/Dubai",
    )
    # Hindi / Hinglish
    _x(
        "इंटरव्यू: डेटा एनालिस्ट – Kaveri Fintech",
        interview=True,
        company="Kaveri Fintech",
        role="डेटा एनालिस्ट",
        org=("hr@kaverifintech.example", "Kaveri Fintech HR"),
        desc=(
            "नमस्ते Alex,\n\nKaveri Fintech Pvt. Ltd. में डेटा एनालिस्ट पद के लिए आपका इंटरव्यू तय हो गया है।\n"
            "मोड: Google Meet\nपैनल: श्रीमती अनीता शर्मा (एनालिटिक्स हेड)\n\nकृपया समय से 5 मिनट पहले जुड़ें।\n\n"
            "धन्यवाद,\nHR टीम"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "HR round – Alex",
        interview=True,
        company="Pranay Logistics Solutions",
        role="Operations Manager",
        org=("neha.hr.pranay@gmail.com", "Neha Verma"),
        desc=(
            "Hi Alex, aapka HR round kal 11 baje schedule ho gaya hai. Company: Pranay Logistics "
            "Solutions. Role: Operations Manager. Meet link neeche hai. Please CTC aur notice "
            "period ki details ready rakhna. – Neha (HR)"
        ),
        meet="meet",
        zone="Asia/Kolkata",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: Alex interviews candidates (work calendar)
# ---------------------------------------------------------------------------


def _neg_work_interviewer() -> None:
    _x(
        "Interview: Jordan Blake for Senior Backend Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.blake@gmail.com", "Jordan Blake")],
        desc=(
            "Candidate: Jordan Blake\nRole: Senior Backend Engineer\nInterviewer: Alex Rivera\n"
            "Focus: System design (interview kit attached in Greenhouse)\n\nPlease submit your "
            "scorecard within 24 hours."
        ),
        meet="meet",
    )
    _x(
        "Phone Screen: Priya Desai – Data Engineer",
        interview=False,
        me=WORK_ME,
        att=[person("priya.desai.de@gmail.com", "Priya Desai")],
        desc="Resume: https://initech.greenhouse.example/people/88120\nQuestions: SQL window fns, pipeline design, why Initech",
        meet="meet",
    )
    _x(
        "Debrief – Jordan Blake (Sr Backend)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("wei.zhang@initech.com", "Wei Zhang"),
            person("morgan.lee@initech.com", "Morgan Lee"),
        ],
        desc="Hiring debrief. Please have scorecards submitted before the meeting.",
    )
    _x(
        "Onsite: Marco Lentini – Coding (Interviewer: Alex Rivera)",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Initech Interview Coordination"),
        att=[person("marco.lentini@outlook.example", "Marco Lentini")],
        desc="<p>Candidate: Marco Lentini<br>Session 2 of 5: Coding<br>Room: Bolton (4F)</p><p>Scheduled by GoodTime</p>",
        loc="Initech HQ – Bolton (4F)",
    )
    _x(
        "Sunita Rao / Alex Rivera – technical interview",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("sunita.rao@protonmail.example", "Sunita Rao")],
        desc="Candidate: Sunita Rao\nInterviewer: Alex Rivera\nRole: ML Engineer (Initech, Applied AI team)",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91122334455"),
    )
    _x(
        "Szkolenie dla rekruterów: wywiad ustrukturyzowany",
        interview=False,
        me=WORK_ME,
        org=("people-ops@initech.com", "Initech People Ops"),
        desc="Obowiązkowe dla wszystkich osób prowadzących rozmowy rekrutacyjne w tym kwartale. Kryteria oceny, uprzedzenia, notatki.",
        zone="Europe/Warsaw",
    )
    _x(
        "Hiring committee – Platform reqs",
        interview=False,
        me=WORK_ME,
        org=("wei.zhang@initech.com", "Wei Zhang"),
        desc="Review packets for 3 Senior Engineer candidates. Alex presenting Jordan Blake's packet.",
    )
    _x(
        "Vorstellungsgespräch mit Kandidatin Lea Sommer (Werkstudentin Platform)",
        interview=False,
        me=WORK_ME,
        att=[person("lea.sommer@uni-example.de", "Lea Sommer")],
        desc="Lebenslauf im Anhang. Fragenkatalog: Python, Git, Teamarbeit. Bitte Feedback an HR bis Freitag.",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista técnica: candidato Diego Paredes",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("diego.paredes@correo.example", "Diego Paredes"),
            person("lucia.gomez@initech.com", "Lucía Gómez"),
        ],
        desc="Entrevistadores: Alex Rivera, Lucía Gómez\nPuesto: Ingeniero de Datos (oficina de Madrid)\nKit de entrevista en Greenhouse.",
        zone="Europe/Madrid",
    )
    _x(
        "Reverse shadow: Alex leads, Morgan shadows (candidate: Tomás Ferreira)",
        interview=False,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Interviewer certification — Alex runs the system design interview, Morgan observes and gives feedback.",
    )
    _x(
        "Lunch with candidate – Tomás Ferreira",
        interview=False,
        me=WORK_ME,
        org=("coordinator@initech.com", "Initech Interview Coordination"),
        desc="Host the candidate for lunch between onsite sessions. Not evaluated; no scorecard needed.",
        loc="Initech café",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: mock interviews and coaching
# ---------------------------------------------------------------------------


def _neg_mock_coaching() -> None:
    _x(
        "Peer mock interview – system design (Interview Gym)",
        interview=False,
        org=("no-reply@interviewgym.example", "Interview Gym"),
        att=[person("dev.patel.swe@gmail.com", "Dev Patel")],
        desc=(
            "You've been matched with Dev for a peer mock interview! You'll interview each other "
            "for 30 minutes. Topic: design a URL shortener.\n\nJoin: https://interviewgym.example/room/h7k2"
        ),
    )
    _x(
        "Career coaching – Janelle (interview practice + resume)",
        interview=False,
        org=("janelle@brightpathcoaching.example", "Janelle Brooks"),
        desc="Session 3 of 6. We'll do a practice behavioral interview (STAR stories) and tighten your resume summary.",
        meet="meet",
    )
    _x(
        "Mock case interview – Consulting Club (Calder Strategy style)",
        interview=False,
        desc="practice case w/ Omar from the consulting club, he interned at Calder Strategy last summer. market sizing + profitability",
    )
    _x(
        "面接練習（キャリアセンター）",
        interview=False,
        org=("career@univ-example.ac.jp", "キャリアセンター"),
        desc="模擬面接を実施します。本番と同じ服装でお越しください。担当：キャリアアドバイザー 鈴木",
        loc="学生会館 3F 面談室B",
        zone="Asia/Tokyo",
    )
    _x(
        "모의 면접 스터디 3회차",
        interview=False,
        desc="각자 자기소개 1분 + 인성 질문 5개씩. 서로 피드백. 장소: 강남역 스터디카페",
        zone="Asia/Seoul",
    )
    _x(
        "Mülakat provası – Burak ile",
        interview=False,
        desc="Burak bana teknik mülakat sorusu soracak, ben de ona. Pazartesiki gerçek mülakattan önce pratik.",
        zone="Europe/Istanbul",
    )
    _x(
        "Sollicitatietraining bij loopbaancoach",
        interview=False,
        org=("info@loopbaanpraktijk.example", "Loopbaanpraktijk De Koers"),
        desc="Oefengesprek met video-opname en feedback. Neem een vacature mee waarop je wilt oefenen.",
        zone="Europe/Amsterdam",
    )
    _x(
        "मॉक इंटरव्यू – प्लेसमेंट सेल",
        interview=False,
        org=("placement@college-example.ac.in", "Placement Cell"),
        desc="सभी फाइनल ईयर छात्रों के लिए मॉक इंटरव्यू। फॉर्मल ड्रेस में आएं और रिज़्यूमे की दो कॉपी लाएं।",
        zone="Asia/Kolkata",
    )
    _x(
        "Öva på intervjufrågor (själv)",
        interview=False,
        desc="10 beteendefrågor, spela in på mobilen och titta efteråt",
        zone="Europe/Stockholm",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: press, podcast, TV, user-research and other "interviews"
# ---------------------------------------------------------------------------


def _neg_press_research() -> None:
    _x(
        "Podcast interview – Ship It Weekly ep. 42",
        interview=False,
        org=("hosts@shipitweekly.example", "Ship It Weekly"),
        desc="Thanks for coming on the show! We'll chat about your migration to event sourcing. Riverside link: https://riverside.example/studio/shipit",
    )
    _x(
        "Interview with Bay Area Business Journal re: Initech launch",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[person("r.liu@bbj.example", "Rebecca Liu")],
        desc="Press interview about the Initech Ledger launch. Comms will be on the line. Talking points doc attached.",
    )
    _x(
        "User research interview – Tallyho ($75 gift card)",
        interview=False,
        org=("research@tallyho.example", "Tallyho Research"),
        desc=(
            "Thanks for signing up for our research study! We'll ask about how you split bills "
            "with friends and show you a few prototypes. 45 minutes, recorded. You'll receive a "
            "$75 gift card afterwards."
        ),
        meet="meet",
    )
    _x(
        "Customer discovery interview – Brightside Dental",
        interview=False,
        me=WORK_ME,
        att=[person("office@brightsidedental.example", "Brightside Dental")],
        desc="Discovery call for the scheduling feature. Alex to lead, Sam takes notes. Interview guide v3.",
    )
    _x(
        "Entrevista para o podcast 'Dados na Mesa'",
        interview=False,
        org=("contato@dadosnamesa.example", "Dados na Mesa"),
        desc="Gravação do episódio sobre carreira em dados. Duração ~50 min. Link do StreamYard enviado por e-mail.",
        zone="America/Sao_Paulo",
    )
    _x(
        "مقابلة تلفزيونية – برنامج صباح الخير",
        interview=False,
        desc="لقاء مباشر حول الذكاء الاصطناعي في الشركات الناشئة. الحضور إلى الاستوديو قبل ٣٠ دقيقة للمكياج.",
        loc="مدينة الإعلام، استوديو 4، دبي",
        zone="Asia/Dubai",
    )
    _x(
        "Radio-Interview: Funkhaus Nord – KI im Alltag",
        interview=False,
        org=("redaktion@funkhaus-nord.example", "Redaktion Funkhaus Nord"),
        desc="Live-Schalte, ca. 6 Minuten. Bitte Festnetz oder gutes Headset nutzen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista con la abuela (proyecto de historia familiar)",
        interview=False,
        desc="llevar grabadora y álbumes de fotos. preguntas sobre la mudanza desde Oaxaca en 1968",
    )
    _x(
        "Alumni interview for The Campus Herald",
        interview=False,
        org=("editor@campusherald.example", "Campus Herald"),
        desc="Student reporter wants to interview you for the 'Where are they now' alumni careers feature. 20 min phone call.",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: internal HR meetings at the current employer
# ---------------------------------------------------------------------------


def _neg_internal_hr() -> None:
    _x(
        "Exit interview – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Dana Fox (HRBP)"),
        desc="Standard exit interview before your last day. Topics: reasons for leaving, feedback on team and manager, equipment return.",
    )
    _x(
        "Q3 Performance Review – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Review self-assessment + peer feedback in Lattice before we meet.",
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        desc="Weekly 1:1. Agenda doc: https://docs.initech.example/1on1-alex-morgan",
    )
    _x(
        "Stay interview – Alex & HRBP",
        interview=False,
        me=WORK_ME,
        org=("hrbp@initech.com", "Dana Fox (HRBP)"),
        desc="Informal conversation about what keeps you at Initech and what we could improve. Not a performance conversation.",
    )
    _x(
        "Mitarbeitergespräch (Jahresgespräch) – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("k.wendt@initech.com", "Katja Wendt"),
        desc="Jährliches Mitarbeitergespräch: Zielerreichung 2025, Ziele 2026, Weiterbildung. Bitte Vorbereitungsbogen ausfüllen.",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel d'évaluation – Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("p.moreau@initech.com", "Pauline Moreau"),
        desc="Entretien annuel et entretien professionnel. Merci de compléter le support dans l'outil RH avant la réunion.",
        zone="Europe/Paris",
    )
    _x(
        "연말 평가 면담 – 팀장님",
        interview=False,
        me=WORK_ME,
        org=("jihoon.park@initech.com", "박지훈"),
        desc="2025년 성과 평가 결과 공유 및 내년 목표 설정 면담입니다.",
        zone="Asia/Seoul",
    )
    _x(
        "Rozmowa roczna – Alex",
        interview=False,
        me=WORK_ME,
        org=("a.nowak@initech.com", "Agnieszka Nowak"),
        desc="Podsumowanie roku, cele na kolejny okres, ścieżka rozwoju.",
        zone="Europe/Warsaw",
    )
    _x(
        "Utvecklingssamtal med chefen",
        interview=False,
        me=WORK_ME,
        org=("erik.lund@initech.com", "Erik Lund"),
        desc="Årligt utvecklingssamtal. Fyll i förberedelseformuläret innan.",
        zone="Europe/Stockholm",
    )
    _x(
        "1on1（山本さん）",
        interview=False,
        me=WORK_ME,
        org=("yamamoto@initech.com", "山本 健"),
        desc="定例1on1。今期の目標と困りごとについて。",
        zone="Asia/Tokyo",
    )
    _x(
        "Promo committee – Alex Rivera (L5 → L6)",
        interview=False,
        me=WORK_ME,
        org=("eng-promo@initech.com", "Eng Promotions"),
        add_me=False,
        att=[
            person("wei.zhang@initech.com", "Wei Zhang"),
            person("morgan.lee@initech.com", "Morgan Lee"),
        ],
        desc="Committee review of promotion packet. Candidate does not attend.",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: study groups, fairs, meetups, company webinars
# ---------------------------------------------------------------------------


def _neg_events_learning() -> None:
    _x(
        "Grupa nauki – LeetCode (programowanie dynamiczne)",
        interview=False,
        att=[person("kuba.w@gmail.com", "Kuba W"), person("ola.s@gmail.com", "Ola S")],
        desc="każdy przynosi 2 zadania. kanał głosowy na Discordzie",
        zone="Europe/Warsaw",
    )
    _x(
        "Tech Career Fair – Moscone West",
        interview=False,
        all_day=True,
        desc="200+ employers. Bring 20 printed resumes. Skyvault, Fernwood Labs and Parallax Pay have booths.",
        loc="Moscone Center West, San Francisco",
    )
    _x(
        "Webinar: Inside Engineering at Fernwood Labs",
        interview=False,
        org=("events@fernwoodlabs.com", "Fernwood Labs Events"),
        desc="Join our engineering leaders for a live Q&A about our tech stack, culture and open roles. Hosted on ON24.",
    )
    _x(
        "Info session – Morrow & Finch Graduate Programme",
        interview=False,
        org=("graduates@morrowfinch.example", "Morrow & Finch Early Careers"),
        desc="Learn about our Graduate Analyst Programme and the application process. Open to all registered students.",
        zone="Europe/London",
    )
    _x(
        "PyData SF meetup",
        interview=False,
        desc="talks: 'Feature stores in practice' + lightning talks. hosted at Skyvault office, pizza provided",
        loc="Skyvault, 500 Howard St, San Francisco",
    )
    _x(
        "Aperitivo networking – Donne nel Tech Milano",
        interview=False,
        org=("eventi@donneneltech.example", "Donne nel Tech"),
        desc="Rotazioni da 7 minuti con product leader. Non è un evento di selezione. Prenotazione obbligatoria.",
        loc="Talent Garden Calabiana, Milano",
        zone="Europe/Rome",
    )
    _x(
        "面试八股文学习小组（系统设计）",
        interview=False,
        att=[person("lijun.chen@qq.example", "陈丽君")],
        desc="每周一次，本周主题：缓存与消息队列。腾讯会议号：715-220-318",
        zone="Asia/Shanghai",
    )
    _x(
        "Feria de empleo – Universidad de Valencia",
        interview=False,
        all_day=True,
        desc="Foro de empleo anual. Llevar CV impresos. Stands de Nubalia, Tiendas Brisa y otras 60 empresas.",
        loc="Campus de Tarongers, Valencia",
        zone="Europe/Madrid",
    )
    _x(
        "Webinaire : Réussir ses entretiens d'embauche",
        interview=False,
        org=("webinaires@apec-example.fr", "Cadres Avenir"),
        desc="Webinaire gratuit : préparer ses réponses, questions pièges, négociation salariale. Lien Zoom envoyé la veille.",
        zone="Europe/Paris",
    )
    _x(
        "Open house – Quillon engineering (drinks)",
        interview=False,
        org=("events@quillon.io", "Quillon Events"),
        desc="Casual evening at our office: demos, drinks, meet the team. RSVP required.",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: appointments (some literally called "interview")
# ---------------------------------------------------------------------------


def _neg_appointments() -> None:
    _x(
        "歯医者（定期検診）",
        interview=False,
        loc="さくら歯科クリニック 渋谷区恵比寿1-5-2",
        desc="保険証を忘れずに",
        zone="Asia/Tokyo",
    )
    _x(
        "Visa interview – U.S. Consulate General Toronto (H-1B stamping)",
        interview=False,
        loc="U.S. Consulate General, 360 University Ave, Toronto",
        desc="Bring DS-160 confirmation, I-797, passport, employment letter from Initech, last 3 paystubs. No electronics allowed.",
        zone="America/Toronto",
    )
    _x(
        "Naturalization interview – USCIS San Francisco Field Office",
        interview=False,
        loc="USCIS, 444 Washington St, San Francisco",
        desc="N-400 interview + civics test. Bring green card, passport, appointment notice.",
    )
    _x(
        "Global Entry interview – SFO Enrollment Center",
        interview=False,
        loc="SFO International Terminal, Level 3",
        desc="conditional approval received. bring passport + proof of address",
    )
    _x(
        "Termin Baufinanzierung – Nordbank Filiale Eppendorf",
        interview=False,
        org=("beratung@nordbank.example", "Nordbank Beratung"),
        desc="Beratungsgespräch Baufinanzierung mit Herrn Paulsen. Gehaltsnachweise der letzten 3 Monate mitbringen.",
        loc="Nordbank, Eppendorfer Landstraße 60, Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista consular – visado de estudiante",
        interview=False,
        loc="Consulado General de España, Los Ángeles",
        desc="Llevar pasaporte, carta de admisión, seguro médico y justificante de medios económicos.",
    )
    _x(
        "Termin Bürgeramt – Anmeldung",
        interview=False,
        loc="Bürgeramt Friedrichshain, Frankfurter Allee 35",
        desc="Wohnungsgeberbestätigung + Pass mitnehmen. Vorgangsnummer 48812",
        zone="Europe/Berlin",
    )
    _x(
        "Rendez-vous préfecture – titre de séjour",
        interview=False,
        loc="Préfecture de Police, 1 rue de Lutèce, Paris",
        desc="Convocation n° 2025-118273. Apporter photos d'identité, justificatif de domicile, contrat de travail.",
        zone="Europe/Paris",
    )
    _x(
        "Bezichtiging appartement – Lindengracht 221-3",
        interview=False,
        org=("verhuur@lindenvastgoed.example", "Linden Vastgoed Verhuur"),
        desc="Bezichtiging met makelaar. Neem loonstroken en werkgeversverklaring mee.",
        loc="Lindengracht 221-3, Amsterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Vize görüşmesi – Almanya Başkonsolosluğu",
        interview=False,
        loc="Almanya Başkonsolosluğu, İnönü Cad. 10, İstanbul",
        desc="Ulusal vize (çalışma) randevusu. Pasaport, biyometrik fotoğraf, iş sözleşmesi, sigorta belgesi.",
        zone="Europe/Istanbul",
    )
    _x(
        "पासपोर्ट सेवा केंद्र – अपॉइंटमेंट",
        interview=False,
        loc="पासपोर्ट सेवा केंद्र, बेगमपेट, हैदराबाद",
        desc="मूल दस्तावेज़ साथ लाएं: आधार कार्ड, जन्म प्रमाणपत्र, पुराना पासपोर्ट।",
        zone="Asia/Kolkata",
    )
    _x(
        "Colloquio con il commercialista",
        interview=False,
        desc="dichiarazione dei redditi 2024, portare CU e ricevute spese mediche",
        loc="Studio Rinaldi, Via Garibaldi 14, Torino",
        zone="Europe/Rome",
    )
    _x(
        "Veterinário – vacinas da Luna",
        interview=False,
        loc="Clínica Veterinária Estrela, Rua Augusta 210, Lisboa",
        desc="levar o boletim de vacinas",
        zone="Europe/Lisbon",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: films, books, shows with "interview" in the title
# ---------------------------------------------------------------------------


def _neg_media_titles() -> None:
    _x(
        "Intervista per il giornale locale – Eco di Bergamo",
        interview=False,
        org=("redazione@ecodibergamo.example", "Redazione"),
        desc="Intervista telefonica sul tuo progetto open source per la rubrica 'Talenti bergamaschi nel mondo'.",
        zone="Europe/Rome",
    )
    _x(
        "Movie night: The Interview (2014)",
        interview=False,
        att=[person("jamie.ortiz@gmail.com", "Jamie Ortiz")],
        desc="my place, bring snacks",
    )
    _x(
        "Book club – Interview with the Vampire (ch. 1–8)",
        interview=False,
        org=("readers.mission@gmail.com", "Mission Readers"),
        loc="Dog Eared Books, 900 Valencia St",
    )
    _x(
        "Watch 'The Job Interview' S2 finale",
        interview=False,
        desc="Channel 4 catch-up, with Sam",
        zone="Europe/London",
    )
    _x(
        "Live podcast taping: 'How I Hired This' – The Chapel",
        interview=False,
        desc="Tickets in Apple Wallet. Guest interview with the founder of Copper Pot Kitchen. Doors 7pm",
        loc="The Chapel, 777 Valencia St",
    )
    _x(
        "Teatro: 'La entrevista' – Teatro Español",
        interview=False,
        desc="Entradas fila 8, butacas 11-12. Con Lucía",
        loc="Teatro Español, Calle del Príncipe 25, Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Kino: Das Vorstellungsgespräch (Doku) – Babylon",
        interview=False,
        desc="Dokumentarfilm über Jobsuche in Ostdeutschland, OmU. Mit Felix",
        loc="Kino Babylon, Rosa-Luxemburg-Str. 30, Berlin",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: helping friends and family with their interviews
# ---------------------------------------------------------------------------


def _neg_helping_friends() -> None:
    _x(
        "Help Jamie prep for Skyvault onsite",
        interview=False,
        att=[person("jamie.ortiz@gmail.com", "Jamie Ortiz")],
        desc="Jamie's virtual onsite is Thursday (Staff SWE). do a system design run-through + behavioral stories",
    )
    _x(
        "Mock interview for Priya – her final round at Lumen Health is Tue",
        interview=False,
        att=[person("priya.k.nair@gmail.com", "Priya")],
        desc="I play the VP Product. product sense question + metrics question",
        meet="meet",
    )
    _x(
        "模拟面试 – 帮小王准备星云科技二面",
        interview=False,
        att=[person("xiaowang@qq.example", "小王")],
        desc="小王下周二面，我当面试官。准备几道分布式系统题",
        zone="Asia/Shanghai",
    )
    _x(
        "Drive Mom to her interview @ Greenleaf Grocers",
        interview=False,
        desc="her interview is at 10:30, pick her up 9:50. wait in the car",
        loc="Greenleaf Grocers, 2100 Alameda Ave, Alameda, CA",
    )
    _x(
        "Reference call for Morgan Lee – Halden Energy",
        interview=False,
        org=("sophie.brandt@haldenenergy.example", "Sophie Brandt"),
        desc="Hi Alex, Morgan Lee listed you as a reference for our Engineering Manager role. 15 minutes to ask about working with Morgan. Thanks! Sophie, Talent @ Halden Energy",
    )
    _x(
        "Review Sam's resume + cover letter",
        interview=False,
        desc="Sam applying to the Kestrel Bank grad scheme, deadline Friday",
    )


# ---------------------------------------------------------------------------
# NEGATIVES: events that only mention a company or a job
# ---------------------------------------------------------------------------


def _neg_mentions_company_or_job() -> None:
    _x(
        "Apply: Harvest PM role closes today",
        interview=False,
        all_day=True,
        desc="https://jobs.lever.example/harvest/pm-growth — tailor resume, ask Kira for referral",
    )
    _x(
        "Coffee with Dana (ex-Fernwood) – career chat",
        interview=False,
        att=[person("dana.w.personal@gmail.com", "Dana Whitfield")],
        desc="she left Fernwood in June; ask about moving from eng to product",
        loc="Sightglass, 270 7th St",
    )
    _x(
        "Interview prep – Skyvault system design",
        interview=False,
        desc="focus block: review rate limiter, consistent hashing, my Kafka migration story",
    )
    _x(
        "Flight UA 1432 SFO → BOS (Ostara Bio onsite)",
        interview=False,
        desc="Confirmation: K7Q2LM. Seat 22C. Hotel: Kendall Hotel (booked by Ostara)",
        loc="SFO Terminal 3",
    )
    _x(
        "Send thank-you notes to Lumen Health panel",
        interview=False,
        desc="Rosa, Devin, Hana — mention the care-navigation idea",
    )
    _x(
        "Sign offer letter – Brightfold (DocuSign)",
        interview=False,
        all_day=True,
        desc="offer expires Friday 5pm PT",
    )
    _x(
        "First day – Copperline onboarding",
        interview=False,
        org=("people@copperline.example", "Copperline People"),
        desc="Welcome to Copperline! Day 1: laptop pickup 9:00, IT setup, lunch with your team, benefits walkthrough.",
        loc="Copperline, 85 2nd St, 4th floor",
    )
    _x(
        "Follow up w/ Olivia (Redline) re: feedback",
        interview=False,
        desc="email Olivia if no news from Tessellate by today",
        zone="Europe/London",
    )
    _x(
        "Fingerprinting appointment – Kestrel Bank background check",
        interview=False,
        desc="pre-employment background screening, bring passport. IdentoGO, 14 Baggot St",
        loc="IdentoGO, 14 Baggot St, Dublin",
        zone="Europe/Dublin",
    )
    _x(
        "Set up Ledger hardware wallet",
        interview=False,
        desc="move BTC off exchange, write seed phrase on steel plate",
    )
    _x(
        "Harvest festival – farmers market",
        interview=False,
        loc="Ferry Building Marketplace",
        desc="with Jamie + kids, pumpkin patch after",
    )
    _x(
        "Bewerbung abschicken: Lindgrün Werkstudent",
        interview=False,
        all_day=True,
        desc="Anschreiben final machen, Zeugnisse als PDF zusammenfügen",
        zone="Europe/Berlin",
    )
    _x(
        "Team offsite – North Lake Tahoe",
        interview=False,
        me=WORK_ME,
        org=("morgan.lee@initech.com", "Morgan Lee"),
        all_day=True,
        desc="Platform team offsite: roadmap planning + hiking. Carpool from HQ 8am.",
        loc="North Lake Tahoe",
    )
