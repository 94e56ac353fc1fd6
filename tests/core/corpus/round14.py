# ruff: noqa: E501 -- data: event texts as written
"""Round 14 held-out calendar events, written blind by an independent evaluator.

Covers the user's own interviews as they really arrive (ATS invitations in the
style of Greenhouse, Lever, Workday, SmartRecruiters, Ashby, Personio,
Teamtailor, Recruitee and iCIMS; Calendly, GoodTime, ModernLoop, Microsoft
Bookings, Google appointment pages and forwarded Outlook appointments; live
assessments with a person; staffing agencies and headhunters placing the user
at a client; onsites split into several events; panels, case presentations,
trial days, superdays and final rounds; the user's own short typed notes) in
about twenty languages, and close non-interviews: interviews the user conducts
(also on the Initech work calendar), internal transfers vs. exit interviews,
mock interviews and coaching, press/podcast/radio/TV, film and book titles,
informational interviews, networking and career fairs, internal Initech
meetings, exams and driving tests, visa and embassy appointments, school and
doctor appointments, apartment viewings and volunteer selection.
"""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="round14", **kw)


def build() -> None:
    _ats_invitations()
    _scheduling_tools()
    _assessments_with_people()
    _agencies_and_headhunters()
    _onsites_and_loops()
    _panels_cases_trials_finals()
    _own_notes()
    _european_languages()
    _other_scripts()
    _conducted_by_user()
    _work_calendar_internal()
    _practice_and_coaching()
    _press_and_media()
    _titles_and_culture()
    _networking_and_events()
    _exams_and_admin()
    _personal_appointments()
    _volunteer_and_misc()


# ---------------------------------------------------------------------------
# ATS invitations
# ---------------------------------------------------------------------------


def _ats_invitations() -> None:
    _x(
        "Alex Rivera - Technical Interview - Harrowgate Analytics",
        interview=True,
        company="Harrowgate Analytics",
        role="Senior Data Engineer",
        org=("imogen.tate@harrowgate.io", "Imogen Tate"),
        att=[
            person("nadia.brennan@harrowgate.io", "Nadia Brennan"),
            person("kofi.asante@harrowgate.io", "Kofi Asante"),
        ],
        desc=(
            "<p>Hi Alex,</p>"
            "<p>Thank you for your interest in the <b>Senior Data Engineer</b> position at Harrowgate Analytics! "
            "This invite confirms your 60-minute technical interview.</p>"
            "<p><b>Interviewers</b><br>Nadia Brennan &ndash; Engineering Manager, Data Platform<br>"
            "Kofi Asante &ndash; Staff Data Engineer</p>"
            "<p>You'll work through a data modelling problem together and talk through a pipeline you've built. "
            "No prep needed beyond a working browser.</p>"
            '<p>Join Zoom Meeting: <a href="https://harrowgate.zoom.us/j/84410293371">https://harrowgate.zoom.us/j/84410293371</a><br>'
            "Meeting ID: 844 1029 3371</p>"
            "<p>If you need to reschedule, just reply to this email.</p>"
            "<p>Best,<br>Imogen Tate<br>Talent Acquisition | Harrowgate Analytics</p>"
        ),
        conf=("Zoom Meeting", "https://harrowgate.zoom.us/j/84410293371"),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Product Marketing Manager - Hiring Manager Interview",
        interview=True,
        company="Larkspur Home",
        role="Product Marketing Manager",
        org=("no-reply@greenhouse.io", None),
        att=[person("whitney.cole@larkspurhome.com", "Whitney Cole")],
        desc=(
            "Alex Rivera - Product Marketing Manager - Hiring Manager Interview\n\n"
            "Interviewer: Whitney Cole (VP, Marketing)\n"
            "Duration: 45 minutes\n"
            "Format: Phone. Whitney will call you at +1 (415) 555-0187.\n\n"
            "Please let us know if anything changes.\n\n"
            "--\n"
            "Larkspur Home | Talent Team\n"
            "careers.larkspurhome.com"
        ),
        loc="Phone call",
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera <> Tidewell | Hiring Manager Chat",
        interview=True,
        company="Tidewell",
        role="Product Designer (Growth)",
        org=("jordan.mills@tidewell.co", "Jordan Mills"),
        att=[person("rhea.castellano@tidewell.co", "Rhea Castellano")],
        desc=(
            "Hi Alex,\n\n"
            "Looking forward to chatting about the Product Designer (Growth) role! Rhea leads our Growth design pod "
            "and will be the hiring manager. Expect ~30 min on your background and ~15 for your questions.\n\n"
            "Jordan Mills\nRecruiter, Tidewell\n\n"
            "Scheduled with Lever"
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Interview Scheduled: R-0048213 Financial Analyst II",
        interview=True,
        company="Corvane Aerospace",
        role="Financial Analyst II",
        org=("donotreply@myworkday.com", "Corvane Aerospace Talent Acquisition"),
        att=[
            person("gerald.pruitt@corvane.com", "Gerald Pruitt"),
            person("anita.sorensen@corvane.com", "Anita Sorensen"),
        ],
        desc=(
            "Dear Alex,\n\n"
            "Your interview for Financial Analyst II (R-0048213) with Corvane Aerospace - Defense Systems Division "
            "has been scheduled.\n\n"
            "Interview Type: Microsoft Teams\n"
            "Interviewer(s): Gerald Pruitt; Anita Sorensen\n"
            "Duration: 60 minutes\n\n"
            "Please sign in to Candidate Home to view or manage your interview.\n\n"
            "Corvane Aerospace is an Equal Opportunity Employer. All qualified applicants will receive consideration "
            "for employment without regard to race, color, religion, sex, national origin, disability or protected "
            "veteran status."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q4ZTk1@thread.v2/0",
        ),
        zone="America/Denver",
    )
    _x(
        "Video Interview | Customer Success Manager | Quillfeather",
        interview=True,
        company="Quillfeather",
        role="Customer Success Manager",
        org=("hiring@quillfeather.com", "Quillfeather Hiring Team"),
        att=[person("ollie.brannigan@quillfeather.com", "Ollie Brannigan")],
        desc=(
            "Dear Alex Rivera,\n\n"
            "We are pleased to confirm your video interview for the position Customer Success Manager (London).\n\n"
            "Date/time: see invitation\n"
            "Interviewer: Ollie Brannigan, Head of Customer Success EMEA\n"
            "Link: https://meet.google.com/qfr-dkwp-znt\n\n"
            "Kind regards,\nQuillfeather Hiring Team\n\n"
            "This interview was scheduled via SmartRecruiters."
        ),
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Brightloom x Alex Rivera \u2014 Technical Screen",
        interview=True,
        company="Brightloom",
        role="Full-Stack Engineer",
        org=("recruiting@brightloom.dev", "Brightloom Recruiting"),
        att=[person("oren.vasquez@brightloom.dev", "Oren Vasquez")],
        desc=(
            "<div><b>Interview schedule</b></div>"
            "<ul><li>10:00 \u2013 10:45 AM PT \u00b7 Technical Screen with Oren Vasquez (Software Engineer)</li></ul>"
            "<div>Role: Full-Stack Engineer<br>Location: Remote (US)</div>"
            "<div>You'll pair in a shared editor on a small TypeScript exercise. Use whatever language you're most comfortable with.</div>"
            "<div><br>Need to reschedule? Use the link in your confirmation email.</div>"
            '<div style="color:#888">Powered by Ashby</div>'
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview Confirmation \u2013 Req #24-0117 Clinical Data Manager",
        interview=True,
        company="Stonebridge Health System",
        role="Clinical Data Manager",
        org=("careers@stonebridgehealth.org", "Stonebridge Health System Careers"),
        att=[
            person("lmarsh@stonebridgehealth.org", "Lorraine Marsh"),
            person("dkhoury@stonebridgehealth.org", "Daniel Khoury"),
        ],
        desc=(
            "Alex,\n\n"
            "This confirms your in-person interview for Clinical Data Manager (Req #24-0117) with Stonebridge Health "
            "System - Research Institute.\n\n"
            "You will meet with:\n"
            "  Lorraine Marsh, Director of Clinical Research Operations\n"
            "  Daniel Khoury, Biostatistics Lead\n\n"
            "Location: 1400 Meridian Ave, Building C, 3rd Floor, Conference Room 3B\n"
            "Parking: Visitor lot P2; bring your ticket to reception for validation.\n"
            "Please bring a photo ID and arrive 10 minutes early.\n\n"
            "Thank you,\nStonebridge Health System Talent Acquisition\n"
            "(This message was sent from iCIMS. Please do not reply.)"
        ),
        loc="Stonebridge Health System, 1400 Meridian Ave, Building C, Columbus, OH 43215",
        zone="America/New_York",
    )
    _x(
        "Pellucid Pay (Marlowe Group) \u2013 Interview with Alex Rivera",
        interview=True,
        company="Pellucid Pay",
        role="Fraud Risk Analyst",
        org=("talent@pellucidpay.co.uk", "Pellucid Pay Talent"),
        att=[
            person("s.achebe@pellucidpay.co.uk", "Sola Achebe"),
            person("h.rourke@marlowegroup.com", "Hannah Rourke"),
        ],
        desc=(
            "Position: Fraud Risk Analyst\n"
            "Company: Pellucid Pay Ltd, part of the Marlowe Group\n"
            "Stage: First interview (competency-based)\n\n"
            "Panel: Sola Achebe (Head of Fraud Operations), Hannah Rourke (Group HR Business Partner)\n\n"
            "Microsoft Teams link to follow separately.\n\n"
            "Powered by Greenhouse"
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera - Recruiter Phone Screen (Vantablue)",
        interview=True,
        company="Vantablue",
        role="Solutions Engineer",
        org=("casey.lund@vantablue.io", "Casey Lund"),
        desc=(
            "Hi Alex - quick 25 min intro call for the Solutions Engineer opening. I'll call the number on your "
            "application.\n\nCasey Lund | Technical Recruiter | Vantablue\n\nScheduled with Lever"
        ),
        loc="Phone",
        my_status="declined",
        zone="America/New_York",
    )
    _x(
        "Interview: Warehouse Systems Analyst \u2013 3Sixty Logistics",
        interview=True,
        company="3Sixty Logistics",
        role="Warehouse Systems Analyst",
        org=("hr@3sixtylogistics.com", "3Sixty Logistics HR"),
        att=[person("marco.ibanez@3sixtylogistics.com", "Marco Ibanez")],
        desc=(
            "Hello Alex,\n\nYou are scheduled for an on-site interview for the Warehouse Systems Analyst position.\n\n"
            "Address: 3Sixty Logistics, 7801 Freeport Pkwy, Irving, TX 75063 \u2013 use the north entrance (Visitor)\n"
            "Interviewer: Marco Ibanez, WMS Manager\n"
            "Dress code: business casual, closed-toe shoes required for the floor walk.\n\n"
            "3Sixty Logistics Human Resources"
        ),
        loc="7801 Freeport Pkwy, Irving, TX 75063",
        zone="America/Chicago",
    )
    _x(
        "Interview \u2013 Baker, Finch & Moore LLP \u2013 Legal Operations Manager",
        interview=True,
        company="Baker, Finch & Moore",
        role="Legal Operations Manager",
        org=("recruitment@bakerfinchmoore.com", "BFM Recruitment"),
        att=[
            person("cwhitlock@bakerfinchmoore.com", "Charlotte Whitlock"),
            person("pnair@bakerfinchmoore.com", "Pradeep Nair"),
        ],
        desc=(
            "<p>Dear Alex,</p><p>We are delighted to invite you to interview for the role of Legal Operations Manager.</p>"
            "<p><strong>Interviewers:</strong> Charlotte Whitlock (Chief Operating Officer) and Pradeep Nair (Partner, Head of Innovation)</p>"
            "<p><strong>Venue:</strong> 20 Fenwick Street, London EC2V 6AB. Please ask for Recruitment at reception on the 4th floor.</p>"
            "<p>Kind regards,<br>Graduate &amp; Business Services Recruitment<br>Baker, Finch &amp; Moore LLP</p>"
        ),
        loc="20 Fenwick Street, London EC2V 6AB",
        zone="Europe/London",
    )
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Kelpforest",
        role="ML Engineer",
        org=("talent@kelpforest.ai", "Talent Team"),
        att=[person("sung.park@kelpforest.ai", "Sung Park")],
        desc="Hi Alex, looking forward to our conversation about the ML Engineer role. Meet link below. \u2013 Sung",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Second interview",
        interview=True,
        company="Driftwood Supply Co.",
        role=None,
        org=("marta.keane@gmail.com", "Marta Keane"),
        att=[person("ben@driftwoodsupply.co", "Ben Aldana")],
        desc=(
            "Hi Alex,\n\n"
            "Thanks for the chat last week. As discussed, here's the invite for the second interview with Ben, our co-founder. "
            "We'll meet at the shop.\n\n"
            "Best,\nMarta Keane\nHead of Operations | Driftwood Supply Co.\n+1 503 555 0142"
        ),
        loc="Driftwood Supply Co., 2214 SE Division St, Portland, OR",
        zone="America/Los_Angeles",
    )
    _x(
        "Invitation: Interview Senior Accountant (f/m/d) \u2013 Alpenrose Foods GmbH",
        interview=True,
        company="Alpenrose Foods",
        role="Senior Accountant",
        org=("jobs@alpenrose-foods.de", "Alpenrose Foods GmbH"),
        att=[person("k.wagner@alpenrose-foods.de", "Katharina Wagner")],
        desc=(
            "Dear Alex Rivera,\n\n"
            "thank you for your application as Senior Accountant (f/m/d). We would like to get to know you in a first "
            "video interview with Katharina Wagner (Head of Finance).\n\n"
            "Join via Microsoft Teams (link below).\n\n"
            "Best regards\nYour Alpenrose Foods recruiting team\n\n"
            "Alpenrose Foods GmbH \u00b7 Rosenheimer Str. 118 \u00b7 81669 M\u00fcnchen\n"
            "Sent with Personio"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1MjQx@thread.v2/0",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview: Alex Rivera \u2013 Growth Marketer @ Saltmarsh",
        interview=True,
        company="Saltmarsh",
        role="Growth Marketer",
        org=("careers@saltmarsh.nl", "Saltmarsh Careers"),
        att=[person("femke@saltmarsh.nl", "Femke de Boer")],
        desc=(
            "Hi Alex,\n\nGreat news \u2013 you've been invited to an interview for Growth Marketer!\n\n"
            "With: Femke de Boer, Marketing Lead\nWhere: Google Meet\n\n"
            "Cheers,\nThe Saltmarsh team\n\n--\nSent via Recruitee"
        ),
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Updated invitation: Technical Interview (Cinderpath Security)",
        interview=True,
        company="Cinderpath Security",
        role="Detection Engineer",
        org=("recruiting@cinderpath.com", "Cinderpath Recruiting"),
        att=[
            person("ana.lucero@cinderpath.com", "Ana Lucero"),
            person("will.tran@cinderpath.com", "Will Tran", optional=True),
        ],
        desc=(
            "This event has been changed.\n\n"
            "Moved 30 min later at the interviewer's request \u2013 sorry for the shuffle!\n\n"
            "Candidate: Alex Rivera\nRole: Detection Engineer\nInterviewers: Ana Lucero (Staff Detection Engineer), "
            "Will Tran (shadowing)\n\nZoom: https://cinderpath.zoom.us/j/91235508817?pwd=ZkR3"
        ),
        conf=("Zoom Meeting", "https://cinderpath.zoom.us/j/91235508817"),
        zone="America/New_York",
    )
    _x(
        "Rescheduled: Interview with Alex Rivera \u2013 Harbourline Ferries",
        interview=True,
        company="Harbourline Ferries",
        role="Fleet Planning Analyst",
        org=("people@harbourline.co.nz", "Harbourline People Team"),
        att=[person("tama.ngata@harbourline.co.nz", "Tama Ngata")],
        desc=(
            "Kia ora Alex,\n\nAs discussed, we've moved your interview for the Fleet Planning Analyst role. "
            "Same Teams link as before.\n\nNg\u0101 mihi,\nHarbourline People Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFyYm91@thread.v2/0",
        ),
        zone="Pacific/Auckland",
    )
    _x(
        "Interview Request: Alex Rivera | Bluecrest Outdoor Co. \u2013 Retail Systems Analyst",
        interview=True,
        company="Bluecrest Outdoor Co.",
        role="Retail Systems Analyst",
        org=("talent@bluecrestoutdoor.com", "Bluecrest Outdoor Talent Acquisition"),
        att=[person("g.ostrowski@bluecrestoutdoor.com", "Greg Ostrowski")],
        desc=(
            "Alex,\n\nThank you for applying to Retail Systems Analyst (Req 7731) at Bluecrest Outdoor Co. "
            "Your video interview with Greg Ostrowski (Manager, Store Technology) is confirmed.\n\n"
            "A Zoom link is included in this invitation.\n\n"
            "Bluecrest Outdoor Co. Talent Acquisition\n(This message was sent from iCIMS.)"
        ),
        conf=("Zoom Meeting", "https://bluecrestoutdoor.zoom.us/j/93310482277"),
        zone="America/Denver",
    )


# ---------------------------------------------------------------------------
# Scheduling tools
# ---------------------------------------------------------------------------


def _scheduling_tools() -> None:
    _x(
        "Alex Rivera and Maya Okonkwo",
        interview=True,
        company="Pinecrest Robotics",
        role=None,
        org=("maya.okonkwo@pinecrestrobotics.com", "Maya Okonkwo"),
        desc=(
            "Event Name: Pinecrest Robotics \u2013 Recruiter Screen (30 min)\n\n"
            "Location: This is a Google Meet web conference.\n"
            "https://meet.google.com/pkr-wmxa-tqe\n\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/7b1f0e2c-91aa-4c55\n"
            "Reschedule: https://calendly.com/reschedulings/7b1f0e2c-91aa-4c55\n\n"
            "Powered by Calendly.com"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Hiring Manager Interview between Theo Grant and Alex Rivera",
        interview=True,
        company="Fernhollow",
        role="Senior Backend Engineer",
        org=("theo@fernhollow.app", "Theo Grant"),
        desc=(
            "Event Name: Hiring Manager Interview\n\n"
            "Location: https://us02web.zoom.us/j/83315527704\n\n"
            "Please share anything that will help prepare for our meeting.: Applying for the Senior Backend Engineer "
            "role (saw the posting on your careers page). Happy to talk about the Kafka migration I led.\n\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/a2d5c6e1\n"
            "Reschedule: https://calendly.com/reschedulings/a2d5c6e1\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/83315527704"),
        zone="America/Los_Angeles",
    )
    _x(
        "Interview: Alex Rivera for Senior iOS Engineer",
        interview=True,
        company="Orbital Maps",
        role="Senior iOS Engineer",
        org=("recruitingcoordination@orbitalmaps.com", "Orbital Maps Recruiting Coordination"),
        att=[person("ilse.vandermeer@orbitalmaps.com", "Ilse Vandermeer")],
        desc=(
            "<p><b>Candidate:</b> Alex Rivera<br><b>Position:</b> Senior iOS Engineer<br>"
            "<b>Interviewer:</b> Ilse Vandermeer (Engineering Manager, Mobile)<br>"
            "<b>Format:</b> Video (Zoom) &ndash; 45 min, architecture discussion</p>"
            "<p>Questions? Reply to this invite or contact recruitingcoordination@orbitalmaps.com</p>"
            '<p style="font-size:11px">This interview was scheduled with GoodTime.</p>'
        ),
        conf=("Zoom Meeting", "https://orbitalmaps.zoom.us/j/95510274466"),
        zone="America/Los_Angeles",
    )
    _x(
        "[Virtual Onsite] Alex Rivera \u2013 System Design",
        interview=True,
        company="Tessellate",
        role="Senior Platform Engineer",
        org=("coordinator@tessellate.cloud", "Tessellate Recruiting"),
        att=[person("bashir.rahimi@tessellate.cloud", "Bashir Rahimi")],
        desc=(
            "Candidate: Alex Rivera\nRole: Senior Platform Engineer\nSession: System Design (60 min)\n"
            "Interviewer: Bashir Rahimi, Principal Engineer\n\n"
            "Please have a whiteboarding tool ready (Excalidraw is fine).\n\n"
            "Tessellate Inc. \u2013 Recruiting\nScheduled with ModernLoop"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Virtual Onsite] Alex Rivera \u2013 Behavioral / Values",
        interview=True,
        company="Tessellate",
        role="Senior Platform Engineer",
        org=("coordinator@tessellate.cloud", "Tessellate Recruiting"),
        att=[
            person("gwen.ashby@tessellate.cloud", "Gwen Ashby"),
            person("lu.chen@tessellate.cloud", "Lu Chen", optional=True),
        ],
        desc=(
            "Candidate: Alex Rivera\nRole: Senior Platform Engineer\nSession: Behavioral / Values (45 min)\n"
            "Interviewers: Gwen Ashby (Director of Engineering), Lu Chen (shadow)\n\n"
            "Tessellate Inc. \u2013 Recruiting\nScheduled with ModernLoop"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Lakemont Community Credit Union",
        role="Teller Supervisor",
        org=("HiringTeam@lakemontcu.onmicrosoft.com", "Lakemont CU Hiring"),
        att=[person("rosa.delgado@lakemontcu.org", "Rosa Delgado")],
        desc=(
            "Your booking is confirmed.\n\n"
            "Service: Teller Supervisor \u2013 First Interview\n"
            "Staff: Rosa Delgado\n"
            "Location: Lakemont Community Credit Union, Main Branch, 55 Harbor Rd, Lakemont, MI\n\n"
            "Need to make changes? Manage your booking online.\n\n"
            "Lakemont Community Credit Union\n(231) 555-0120\n\nMicrosoft Bookings"
        ),
        loc="55 Harbor Rd, Lakemont, MI",
        zone="America/Detroit",
    )
    _x(
        "FW: Interview - Operations Analyst",
        interview=True,
        company="Ferris & Hale Insurance Group",
        role="Operations Analyst",
        org=("dkrause@ferrisandhale.com", "Krause, Dana"),
        desc=(
            "-----Original Appointment-----\n"
            "From: Krause, Dana <dkrause@ferrisandhale.com>\n"
            "Sent: Tuesday, March 4, 2025 9:12 AM\n"
            "To: Krause, Dana; Lindgren, Paul; alex.rivera@gmail.com\n"
            "Subject: Interview - Operations Analyst\n"
            "When: Thursday, March 6, 2025 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Hi Alex, forwarding the Teams invite for your interview with Paul Lindgren (Manager, Claims Operations).\n\n"
            "Dana Krause | Talent Acquisition Partner\n"
            "Ferris & Hale Insurance Group\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
            "Meeting ID: 245 118 903 447\nPasscode: 7kQ2aP\n"
            "________________________________________________________________________________"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVycmlz@thread.v2/0",
        ),
        zone="America/Chicago",
    )
    _x(
        "Recruiter Chat (Alex Rivera)",
        interview=True,
        company="Holloway Freight",
        role=None,
        org=("talent@hollowayfreight.com", "Holloway Freight Talent Acquisition"),
        desc=(
            "Booked by\nAlex Rivera\nalex.rivera@gmail.com\n\n"
            "Appointment: Recruiter Chat (20 min)\n"
            "Holloway Freight \u2014 Talent Acquisition\n\n"
            "Tell us which of our open roles you're interested in: Transportation planner or similar\n\n"
            "Reschedule or cancel: https://calendar.app.google/hF7x2QpLc9"
        ),
        meet="meet",
        zone="America/Chicago",
    )
    _x(
        "Screening call | Alex Rivera x Sunspire Energy",
        interview=True,
        company="Sunspire Energy",
        role="Energy Trading Analyst",
        org=("nikhil.rao@sunspire.energy", "Nikhil Rao"),
        desc=(
            "What: Screening call \u2013 Energy Trading Analyst\n"
            "Invitee time zone: America/Chicago\n"
            "Who:\n  Nikhil Rao - Organizer\n  Alex Rivera\n"
            "Where: https://app.cal.com/video/sNk29FqTz\n\n"
            "Need to make a change? Cancel or reschedule\n"
            "Sent via Cal.com"
        ),
        zone="America/Chicago",
    )
    _x(
        "Hold: final round w/ Sunspire Energy (TBC)",
        interview=True,
        company="Sunspire Energy",
        role=None,
        org=("nikhil.rao@sunspire.energy", "Nikhil Rao"),
        desc="Placeholder while we confirm panel availability. Please keep this slot open - will confirm by Friday. Nikhil",
        my_status="tentative",
        zone="America/Chicago",
    )
    _x(
        "Zoom: Alex Rivera / Marigold Health \u2013 Clinical Ops Lead",
        interview=True,
        company="Marigold Health",
        role="Clinical Ops Lead",
        org=("j.okafor@marigoldhealth.com", "Joy Okafor"),
        desc=(
            "Joy Okafor is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Alex Rivera / Marigold Health \u2013 Clinical Ops Lead\n\n"
            "Join Zoom Meeting\nhttps://marigoldhealth.zoom.us/j/97731550249?pwd=bWFyaWdvbGQ\n\n"
            "Meeting ID: 977 3155 0249\nPasscode: 551204\n\n"
            "One tap mobile\n+13462487799,,97731550249# US (Houston)"
        ),
        conf=("Zoom Meeting", "https://marigoldhealth.zoom.us/j/97731550249"),
        zone="America/Chicago",
    )
    _x(
        "Webex interview \u2013 Kolbeck Pharma (Regulatory Affairs Specialist)",
        interview=True,
        company="Kolbeck Pharma",
        role="Regulatory Affairs Specialist",
        org=("talent.acquisition@kolbeckpharma.com", "Kolbeck Pharma TA"),
        att=[
            person("e.vogt@kolbeckpharma.com", "Elke Vogt"),
            person("r.mensah@kolbeckpharma.com", "Richard Mensah"),
        ],
        desc=(
            "Kolbeck Pharma Inc. (US affiliate of Kolbeck Pharma AG)\n\n"
            "Webex meeting for your interview \u2013 Regulatory Affairs Specialist, Req. 11842.\n"
            "Join: https://kolbeck.webex.com/kolbeck/j.php?MTID=m5a1c0f\n"
            "Meeting number: 2630 118 4471\nPassword: RegAff24\n"
            "Join by phone: +1-415-655-0001 US Toll, access code 2630 118 4471"
        ),
        conf=("Webex", "https://kolbeck.webex.com/kolbeck/j.php?MTID=m5a1c0f"),
        zone="America/New_York",
    )
    _x(
        "Phone interview \u2013 Ashcombe Hotels (Revenue Manager)",
        interview=True,
        company="Ashcombe Hotels",
        role="Revenue Manager",
        org=("careers@ashcombehotels.com", "Ashcombe Hotels Careers"),
        att=[person("d.fontaine@ashcombehotels.com", "Delphine Fontaine")],
        desc=(
            "Delphine Fontaine, Area Director of Revenue, will call you on +1 (305) 555-0166.\n"
            "Conference line (backup): +1 (872) 555-0199, PIN 448 201#\n\n"
            "Ashcombe Hotels & Resorts \u2013 People & Culture"
        ),
        loc="+1 (305) 555-0166",
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Live assessments with a person
# ---------------------------------------------------------------------------


def _assessments_with_people() -> None:
    _x(
        "CodeSignal Live Interview \u2013 Ferrowind",
        interview=True,
        company="Ferrowind",
        role="Backend Engineer II",
        org=("noreply@codesignal.com", "CodeSignal"),
        att=[person("maeve.odonnell@ferrowind.com", "Maeve O'Donnell")],
        desc=(
            "Hi Alex,\n\n"
            "You have a live interview with Ferrowind.\n\n"
            "Role: Backend Engineer II\nInterviewer: Maeve O'Donnell\nDuration: 60 minutes\n\n"
            "Join here at the scheduled time: https://app.codesignal.com/live-interview/fw-8c2d1e\n"
            "We recommend running a system check beforehand.\n\n"
            "\u2014 The CodeSignal Team"
        ),
        zone="Europe/Dublin",
    )
    _x(
        "HackerRank Interview - Sablewood Systems - Pair Programming",
        interview=True,
        company="Sablewood Systems",
        role=None,
        org=("talent@sablewood.io", "Sablewood Talent"),
        att=[person("ravi.kulkarni@sablewood.io", "Ravi Kulkarni")],
        desc=(
            "Your interviewer Ravi Kulkarni has invited you to a HackerRank Interview.\n\n"
            "Interview link: https://www.hackerrank.com/interviews/sbw-41f7a\n"
            "Pad: Python 3 / Java / Go\n\n"
            "Please join from a laptop with a stable connection. Audio/video are built into the pad."
        ),
        zone="America/Chicago",
    )
    _x(
        "CoderPad: Alex Rivera <> Orchard Labs (live coding)",
        interview=True,
        company="Orchard Labs",
        role="Frontend Engineer",
        org=("hiring@orchardlabs.co", "Orchard Labs Hiring"),
        att=[person("tess.whalen@orchardlabs.co", "Tess Whalen")],
        desc=(
            "Frontend Engineer \u2013 live coding round\n"
            "Pad: https://app.coderpad.io/ORCH4K2\n"
            "Call: https://meet.google.com/orc-hlab-kzx\n"
            "Interviewer: Tess Whalen\n\n"
            "React + TypeScript. You may use docs, no AI assistants please."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Karat Interview \u2013 Lumenfield Software Engineer",
        interview=True,
        company="Lumenfield",
        role="Software Engineer",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc=(
            "Hi Alex,\n\n"
            "Your technical interview for Lumenfield's Software Engineer role is confirmed. "
            "A Karat Interview Engineer will conduct it on behalf of Lumenfield.\n\n"
            "Join link: https://app.karat.io/join/lmf-5527\n"
            "Duration: 60 minutes (coding + technical discussion)\n\n"
            "Good luck!\nKarat"
        ),
        zone="America/Los_Angeles",
    )
    _x(
        "Assessment Day: group exercise + partner interview \u2013 Hartwell & Crane",
        interview=True,
        company="Hartwell & Crane",
        role="Legal Analyst",
        org=("graduates@hartwellcrane.com", "Hartwell & Crane Early Talent"),
        desc=(
            "Legal Analyst Assessment Day\n\n"
            "09:30 Arrival and welcome\n"
            "10:00 Group exercise (assessed)\n"
            "11:15 Written case study\n"
            "13:00 Lunch with current analysts (not assessed)\n"
            "14:00 Partner interview\n\n"
            "Venue: Hartwell & Crane LLP, 1 Cathedral Square, Bristol BS1 5DD\n"
            "Please bring photo ID."
        ),
        loc="1 Cathedral Square, Bristol BS1 5DD",
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Staffing agencies and headhunters
# ---------------------------------------------------------------------------


def _agencies_and_headhunters() -> None:
    _x(
        "Interview with Greyfield Bank \u2013 Senior Business Analyst (via Kestrel Talent)",
        interview=True,
        company="Greyfield Bank",
        role="Senior Business Analyst",
        org=("sabine.roy@kestreltalent.com", "Sabine Roy"),
        desc=(
            "Hi Alex,\n\n"
            "Great news \u2013 Greyfield Bank would like to meet you for the Senior Business Analyst contract (6 months, "
            "outside IR35). You'll speak with Marcus Hale (Change Delivery Lead) and one of his BAs.\n\n"
            "Teams link from Greyfield below. Call me straight after!\n\n"
            "Sabine Roy\nSenior Consultant, Financial Services\nKestrel Talent Partners\n"
            "M: +44 7700 900412"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z3JleWZp@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Prep call with Sabine (Kestrel) before Greyfield",
        interview=False,
        company=None,
        role=None,
        org=("sabine.roy@kestreltalent.com", "Sabine Roy"),
        desc="15 min to run through the panel, likely questions and rate expectations. I'll ring your mobile.",
        loc="Phone",
        zone="Europe/London",
    )
    _x(
        "Confidential search \u2013 intro call with Marlow Search",
        interview=True,
        company=None,
        role="VP Finance",
        org=("p.anand@marlowsearch.com", "Priya Anand"),
        desc=(
            "Alex,\n\nThank you for making time. As mentioned, our client is a PE-backed consumer brand (c. $400m revenue) "
            "looking for a VP Finance. I'll share the name once we've spoken and you're comfortable proceeding.\n\n"
            "I'll call you on the number in your CV.\n\n"
            "Priya Anand | Partner | Marlow Search\nThis email is confidential."
        ),
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Interview \u2013 Internal Recruiter (Northgate Recruitment head office)",
        interview=True,
        company="Northgate Recruitment",
        role="Internal Recruiter",
        org=("people@northgaterecruitment.co.uk", "Northgate People Team"),
        att=[person("l.hughes@northgaterecruitment.co.uk", "Leanne Hughes")],
        desc=(
            "Hi Alex,\n\nThanks for applying to join our own in-house talent team as an Internal Recruiter. "
            "This first interview is with Leanne Hughes, Head of Internal Talent.\n\n"
            "Location: Northgate Recruitment, 3rd floor, 14 Park Row, Leeds LS1 5HD"
        ),
        loc="14 Park Row, Leeds LS1 5HD",
        zone="Europe/London",
    )
    _x(
        "Client interview \u2013 Rivermead Borough Council \u2013 Data Migration Contractor",
        interview=True,
        company="Rivermead Borough Council",
        role="Data Migration Contractor",
        org=("jake.pillay@pinnacleitstaffing.com", "Jake Pillay"),
        att=[person("c.obrien@rivermead.gov.uk", "Ciara O'Brien")],
        desc=(
            "Alex \u2013 confirming your interview with Ciara O'Brien (Programme Manager, Digital Transformation) at Rivermead "
            "Borough Council for the Data Migration Contractor role. Day rate as discussed.\n\n"
            "Jake Pillay | Pinnacle IT Staffing"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cml2ZXJt@thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview with Corbel Consulting \u2013 SAP FI/CO Consultant",
        interview=True,
        company="Corbel Consulting",
        role="SAP FI/CO Consultant",
        org=("recruiting@corbelconsulting.com", "Corbel Consulting Recruiting"),
        att=[person("v.marchetti@corbelconsulting.com", "Valerio Marchetti")],
        desc=(
            "Dear Alex,\n\nThank you for your interest in joining Corbel Consulting as a permanent SAP FI/CO Consultant. "
            "You would be employed by Corbel and deployed to client projects across the DACH region.\n\n"
            "Interviewer: Valerio Marchetti, Practice Lead Finance\n\nBest regards,\nCorbel Consulting Recruiting"
        ),
        conf=("Zoom Meeting", "https://corbel.zoom.us/j/81172029936"),
        zone="Europe/Zurich",
    )
    _x(
        "Interview with hiring manager \u2013 retail client (Brightpath Staffing)",
        interview=True,
        company=None,
        role="Merchandise Planner",
        org=("tonya.reeves@brightpathstaffing.com", "Tonya Reeves"),
        desc=(
            "Hi Alex! Our client (national specialty retailer, HQ in Minneapolis) wants to meet you for the Merchandise "
            "Planner temp-to-hire role. Their hiring manager will call you directly. I can't share the client name until "
            "after this first call per their policy.\n\nTonya Reeves | Brightpath Staffing | 612-555-0133"
        ),
        loc="Phone",
        zone="America/Chicago",
    )
    _x(
        "Webinar: Acing the Panel Interview (Northgate Recruitment)",
        interview=False,
        company=None,
        role=None,
        org=("events@northgaterecruitment.co.uk", "Northgate Events"),
        desc=(
            "Thanks for registering! Join our free 45-minute webinar with tips on panel interviews, competency "
            "questions and salary conversations.\n\nJoin: https://northgate.zoom.us/webinar/register/WN_p4n3l"
        ),
        conf=("Zoom Meeting", "https://northgate.zoom.us/w/88120345566"),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# Onsites split into several events
# ---------------------------------------------------------------------------


def _onsites_and_loops() -> None:
    qv_desc = (
        "Quarry & Vale \u2013 Onsite interview for Senior Software Engineer, Payments\n"
        "Location: 88 Bryant St, 5th floor, San Francisco. Check in with the front desk and ask for Priscilla.\n"
        "Agenda: 10:00 Welcome & tour | 10:30 Coding (pairing) | 12:00 Lunch with the team | 13:15 Hiring manager\n"
    )
    qv_att = [person("priscilla.wong@quarryandvale.com", "Priscilla Wong")]
    _x(
        "Quarry & Vale Onsite \u2013 Welcome & Office Tour",
        interview=True,
        company="Quarry & Vale",
        role="Senior Software Engineer, Payments",
        org=("recruiting@quarryandvale.com", "Quarry & Vale Recruiting"),
        att=qv_att,
        desc=qv_desc + "\nYour host: Priscilla Wong (Recruiting Coordinator)",
        loc="88 Bryant St, 5th Floor, San Francisco, CA 94105",
        zone="America/Los_Angeles",
    )
    _x(
        "Quarry & Vale Onsite \u2013 Coding Interview (Pairing)",
        interview=True,
        company="Quarry & Vale",
        role="Senior Software Engineer, Payments",
        org=("recruiting@quarryandvale.com", "Quarry & Vale Recruiting"),
        att=[
            *qv_att,
            person("dev.malhotra@quarryandvale.com", "Dev Malhotra"),
            person("jo.kim@quarryandvale.com", "Jo Kim"),
        ],
        desc=qv_desc
        + "\nInterviewers: Dev Malhotra, Jo Kim. Laptop provided; bring your own if you prefer.",
        loc="88 Bryant St, 5th Floor, San Francisco, CA 94105 \u2013 Room 'Granite'",
        zone="America/Los_Angeles",
    )
    _x(
        "Quarry & Vale Onsite \u2013 Lunch with the Team",
        interview=True,
        company="Quarry & Vale",
        role="Senior Software Engineer, Payments",
        org=("recruiting@quarryandvale.com", "Quarry & Vale Recruiting"),
        att=[*qv_att, person("sam.ortega@quarryandvale.com", "Sam Ortega")],
        desc=qv_desc
        + "\nLunch is informal \u2013 a chance to ask the team anything. Let us know about dietary needs.",
        loc="88 Bryant St, 5th Floor, San Francisco, CA 94105 \u2013 Kitchen",
        zone="America/Los_Angeles",
    )
    _x(
        "Quarry & Vale Onsite \u2013 Hiring Manager Conversation",
        interview=True,
        company="Quarry & Vale",
        role="Senior Software Engineer, Payments",
        org=("recruiting@quarryandvale.com", "Quarry & Vale Recruiting"),
        att=[*qv_att, person("helena.fitz@quarryandvale.com", "Helena Fitzgerald")],
        desc=qv_desc + "\nInterviewer: Helena Fitzgerald, Engineering Manager, Payments",
        loc="88 Bryant St, 5th Floor, San Francisco, CA 94105 \u2013 Room 'Slate'",
        zone="America/Los_Angeles",
    )
    h9 = (
        "<p>Helix9 Bio &ndash; Final round for <b>Computational Biologist</b></p>"
        "<p>Helix9 Bio, 450 Kendall St, Cambridge MA. Badge pick-up at the lobby security desk.</p>"
    )
    _x(
        "Helix9 Bio Final Round (1/3): Scientific Presentation",
        interview=True,
        company="Helix9 Bio",
        role="Computational Biologist",
        org=("talent@helix9bio.com", "Helix9 Talent"),
        att=[
            person("a.rao@helix9bio.com", "Anika Rao"),
            person("m.feldman@helix9bio.com", "Mark Feldman"),
            person("science-seminar@helix9bio.com", "Science Seminar"),
        ],
        desc=h9
        + "<p>45 min talk on your past research + 15 min Q&amp;A. HDMI and USB-C adapters in the room.</p>",
        loc="450 Kendall St, Cambridge, MA 02142 \u2013 Auditorium 2",
        zone="America/New_York",
    )
    _x(
        "Helix9 Bio Final Round (2/3): 1:1 with Dr. Anika Rao",
        interview=True,
        company="Helix9 Bio",
        role="Computational Biologist",
        org=("talent@helix9bio.com", "Helix9 Talent"),
        att=[person("a.rao@helix9bio.com", "Anika Rao")],
        desc=h9 + "<p>Dr. Anika Rao, Head of Computational Biology (hiring manager).</p>",
        loc="450 Kendall St, Cambridge, MA 02142 \u2013 Office 4.12",
        zone="America/New_York",
    )
    _x(
        "Helix9 Bio Final Round (3/3): Site tour + HR",
        interview=True,
        company="Helix9 Bio",
        role="Computational Biologist",
        org=("talent@helix9bio.com", "Helix9 Talent"),
        att=[person("k.mbeki@helix9bio.com", "Kagiso Mbeki")],
        desc=h9
        + "<p>Lab tour, then 30 min with Kagiso Mbeki (People Partner) on benefits, start dates and next steps.</p>",
        loc="450 Kendall St, Cambridge, MA 02142",
        zone="America/New_York",
    )
    _x(
        "Onsite Interview: Architecture deep dive",
        interview=True,
        company="Veridian Grid",
        role="Principal Engineer",
        org=("coordinator@veridian-grid.com", "Recruiting Coordinator"),
        att=[
            person("t.halvorsen@veridian-grid.com", "Trond Halvorsen"),
            person("b.adeyemi@veridian-grid.com", "Bola Adeyemi"),
        ],
        desc=(
            "Principal Engineer \u2013 Onsite (part 2 of 4)\n"
            "Walk us through the architecture of a system you owned end to end. Slides optional.\n\n"
            "Veridian Grid, Inc. | 2100 Lakeside Blvd, Austin TX"
        ),
        loc="2100 Lakeside Blvd, Austin, TX 78741",
        zone="America/Chicago",
    )
    _x(
        "Onsite Interview: Culture & collaboration",
        interview=True,
        company="Veridian Grid",
        role="Principal Engineer",
        org=("coordinator@veridian-grid.com", "Recruiting Coordinator"),
        att=[person("n.castillo@veridian-grid.com", "Nora Castillo")],
        desc=(
            "Principal Engineer \u2013 Onsite (part 3 of 4)\n"
            "Conversation with Nora Castillo (VP Engineering) about how you lead without authority.\n\n"
            "Veridian Grid, Inc. | 2100 Lakeside Blvd, Austin TX"
        ),
        loc="2100 Lakeside Blvd, Austin, TX 78741",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Panels, case presentations, trial days, final rounds
# ---------------------------------------------------------------------------


def _panels_cases_trials_finals() -> None:
    _x(
        "Panel Interview \u2013 Program Manager, Digital Services",
        interview=True,
        company="City of Marrowfield",
        role="Program Manager, Digital Services",
        org=("hr-recruitment@marrowfield.gov", "City of Marrowfield Human Resources"),
        desc=(
            "Dear Alex Rivera,\n\n"
            "You have been selected for a panel interview for Program Manager, Digital Services (Job #2025-0311).\n\n"
            "Panel: Deputy CIO, Director of Resident Services, and an HR representative.\n"
            "Location: Marrowfield City Hall, 200 Civic Center Plaza, Room 410\n"
            "Please bring a copy of your resume and a government-issued ID.\n\n"
            "If you require an accommodation, contact Human Resources at (614) 555-0100.\n\n"
            "City of Marrowfield is an Equal Opportunity Employer."
        ),
        loc="Marrowfield City Hall, 200 Civic Center Plaza, Room 410",
        zone="America/New_York",
    )
    _x(
        "Case Presentation \u2013 Strategy Associate (Bramblecote Partners)",
        interview=True,
        company="Bramblecote Partners",
        role="Strategy Associate",
        org=("recruiting@bramblecote.com", "Bramblecote Recruiting"),
        att=[
            person("e.lindqvist@bramblecote.com", "Erik Lindqvist"),
            person("a.osei@bramblecote.com", "Abena Osei"),
        ],
        desc=(
            "Hi Alex,\n\nThis is the case presentation round. Please present your recommendation on the market-entry case "
            "we sent on Monday (20 min) followed by Q&A with Erik Lindqvist (Principal) and Abena Osei (Partner).\n\n"
            "Send your deck to recruiting@bramblecote.com by 9am on the day."
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Case interview round 1 \u2013 Ostrander & Pike",
        interview=True,
        company="Ostrander & Pike",
        role="Consultant",
        org=("experiencedhire@ostranderpike.com", "Ostrander & Pike Experienced Hire Recruiting"),
        desc=(
            "Two back-to-back 45-minute interviews (case + fit) for the Consultant position.\n"
            "Interviewers will share exhibits on screen. Have pen and paper ready.\n\n"
            "Zoom: https://ostranderpike.zoom.us/j/96620310045"
        ),
        conf=("Zoom Meeting", "https://ostranderpike.zoom.us/j/96620310045"),
        zone="America/Chicago",
    )
    _x(
        "Trial day @ Loomhouse Studio",
        interview=True,
        company="Loomhouse Studio",
        role="UX Designer",
        org=("hello@loomhouse.studio", "Loomhouse Studio"),
        desc=(
            "Hi Alex! As discussed, we'd love to have you in for a paid trial day before we make a decision on the UX "
            "Designer role. You'll sit in on our Monday stand-up, pair with Ines on a real brief, and present at 4pm.\n\n"
            "Bring your laptop. Lunch is on us.\n\nLoomhouse Studio, Unit 7, Hackney Downs Studios, London E8 2BT"
        ),
        loc="Unit 7, Hackney Downs Studios, Amhurst Terrace, London E8 2BT",
        all_day=True,
        zone="Europe/London",
    )
    _x(
        "Final round \u2013 CEO chat (Ridgeback AI)",
        interview=True,
        company="Ridgeback AI",
        role=None,
        org=("people@ridgeback.ai", "Ridgeback People"),
        att=[person("zane@ridgeback.ai", "Zane Whitford")],
        desc="Last step! 30 minutes with Zane (CEO). Mostly about how you think and what you want from the next few years.",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Superday \u2013 Calder Ridge Capital",
        interview=True,
        company="Calder Ridge Capital",
        role="Investment Banking Associate",
        org=("campus@calderridge.com", "Calder Ridge Capital Recruiting"),
        desc=(
            "Investment Banking Associate Superday\n\n"
            "Four 30-minute interviews (two technical, two fit) with VPs and MDs from the Industrials group, "
            "followed by a short debrief with HR.\n\n"
            "Calder Ridge Capital LLC, 600 Lexington Ave, 22nd Fl, New York, NY 10022. Business formal."
        ),
        loc="600 Lexington Ave, 22nd Floor, New York, NY 10022",
        zone="America/New_York",
    )
    _x(
        "Presentation to selection panel \u2013 Director of Development, Ashgrove Trust",
        interview=True,
        company="Ashgrove Trust",
        role="Director of Development",
        org=("recruitment@ashgrovetrust.org.uk", "Ashgrove Trust Recruitment"),
        desc=(
            "Dear Alex,\n\nWe are pleased to invite you to the final stage for the post of Director of Development.\n\n"
            "1) 10-minute presentation: 'Our fundraising strategy for the next three years'\n"
            "2) Interview with the panel (Chair of Trustees, CEO, Trustee with fundraising portfolio)\n\n"
            "Ashgrove Trust is a registered charity no. 1093382."
        ),
        loc="Ashgrove Trust, The Old Granary, 4 Mill Lane, York YO1 7EX",
        zone="Europe/London",
    )
    _x(
        "Coffee interview with founder \u2013 Plumtree Labs",
        interview=True,
        company="Plumtree Labs",
        role="Founding Engineer",
        org=("ada@plumtreelabs.com", "Ada Lindgren"),
        desc=(
            "Hey Alex \u2013 let's grab coffee and talk about the founding engineer role. Informal, but I'd like to get "
            "a sense of how you'd approach our first six months. My treat.\n\nAda"
        ),
        loc="Sightglass Coffee, 270 7th St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Lunch with Greta (Head of Eng) \u2013 Brindle Health, 2nd round",
        interview=True,
        company="Brindle Health",
        role=None,
        org=("greta.holm@brindlehealth.com", "Greta Holm"),
        desc="Second-round conversation over lunch. I booked a table under Holm.",
        loc="Osteria Fiorella, 1421 Walnut St, Philadelphia, PA",
        zone="America/New_York",
    )
    _x(
        "Job talk \u2013 Assistant Professor of Statistics candidate Alex Rivera",
        interview=True,
        company="Eastbrook University",
        role="Assistant Professor of Statistics",
        org=("stats-search@eastbrook.edu", "Statistics Faculty Search Committee"),
        att=[
            person("stats-faculty@eastbrook.edu", "Statistics Faculty"),
            person("m.osullivan@eastbrook.edu", "Maura O'Sullivan"),
        ],
        desc=(
            "Department of Statistics, Eastbrook University \u2013 faculty search\n\n"
            "Candidate: Alex Rivera\nTalk: 'Scalable inference for streaming data'\n"
            "Followed by meetings with the search committee and dinner with faculty (see full itinerary)."
        ),
        loc="Eastbrook University, Hollins Hall 201",
        zone="America/New_York",
    )
    _x(
        "Structured interview \u2013 Policy Analyst (Grade 7), Department for Coastal Affairs",
        interview=True,
        company="Department for Coastal Affairs",
        role="Policy Analyst",
        org=("noreply@civilservicejobs-mail.example.gov.uk", "Civil Service Jobs"),
        desc=(
            "Vacancy: Policy Analyst (Grade 7) \u2013 Ref 318775\n"
            "Department: Department for Coastal Affairs\n\n"
            "Your interview will assess the behaviours: Making Effective Decisions, Communicating and Influencing, "
            "plus a 5-minute presentation on the topic sent 48 hours in advance.\n\n"
            "Format: Video (Microsoft Teams)"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29hc3Rh@thread.v2/0",
        ),
        zone="Europe/London",
    )


# ---------------------------------------------------------------------------
# The user's own short notes
# ---------------------------------------------------------------------------


def _own_notes() -> None:
    _x(
        "Int. Ferncliff \u2013 2nd round",
        interview=True,
        company="Ferncliff",
        role=None,
        zone="America/New_York",
    )
    _x(
        "call w recruiter - Obsidian Pay",
        interview=True,
        company="Obsidian Pay",
        role=None,
        desc="she'll call my cell. ask about comp range + remote policy",
        zone="America/New_York",
    )
    _x(
        "tech screen (moonrake)",
        interview=True,
        company="Moonrake",
        role=None,
        zone="America/Chicago",
    )
    _x(
        "Zoom intv Wrenfield \u2013 PM role",
        interview=True,
        company="Wrenfield",
        role="PM",
        desc="zoom link in email from Carla. ask about roadmap ownership + who PMs report to",
        zone="America/New_York",
    )
    _x(
        "HM call 3pm!!",
        interview=True,
        company=None,
        role=None,
        desc="bring questions re team size / on-call",
        zone="America/New_York",
    )
    _x(
        "Interview \U0001f62c",
        interview=True,
        company=None,
        role=None,
        desc="2nd round - bring portfolio, ask about remote",
        zone="America/Los_Angeles",
    )
    _x(
        "Final w/ Dmitri @ Coppervine",
        interview=True,
        company="Coppervine",
        role=None,
        loc="Coppervine HQ, 12 Dock St",
        zone="America/New_York",
    )
    _x(
        "Sabine/Kestrel \u2192 Greyfield 2nd interview (in person!)",
        interview=True,
        company="Greyfield",
        role=None,
        desc="Greyfield office, Canary Wharf. Ask for Marcus at reception. Suit.",
        loc="Canary Wharf, London",
        zone="Europe/London",
    )
    _x(
        "Bewerbungsgespr\u00e4ch Stadtwerke Elmshagen",
        interview=True,
        company="Stadtwerke Elmshagen",
        role=None,
        desc="Herr Tiedemann + Betriebsrat. Zeugnisse mitnehmen!",
        loc="Stadtwerke Elmshagen, Am Wasserturm 3",
        zone="Europe/Berlin",
    )
    _x(
        "entrevista Altamar (2a ronda)",
        interview=True,
        company="Altamar",
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "phone interview - Joanna from Cobalt Ridge Insurance",
        interview=True,
        company="Cobalt Ridge Insurance",
        role=None,
        zone="America/Chicago",
    )
    _x(
        "Interview!!! Pemberton Labs (data engineer)",
        interview=True,
        company="Pemberton Labs",
        role="Data Engineer",
        zone="America/Los_Angeles",
    )
    _x(
        "Tinderbox Games \u2013 take-home walkthrough w/ team",
        interview=True,
        company="Tinderbox Games",
        role=None,
        desc="present the take-home (inventory system), 45 min. they'll ask about tradeoffs",
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Interview at Maplewood Public Library (Branch Manager)",
        interview=True,
        company="Maplewood Public Library",
        role="Branch Manager",
        loc="Maplewood Public Library, 51 Baker St",
        zone="America/New_York",
    )
    _x(
        "Screening call \u2013 Hollis (Aurelia Beauty)",
        interview=True,
        company="Aurelia Beauty",
        role=None,
        zone="America/New_York",
    )
    _x(
        "2nd int - Northstar Freight",
        interview=True,
        company="Northstar Freight",
        role="Operations Manager",
        desc="Operations Manager role, meeting regional director Frank Osei. Teams.",
        zone="America/Chicago",
    )
    _x(
        "Vinterhaven interview - bring ID to reception",
        interview=True,
        company="Vinterhaven",
        role=None,
        zone="Europe/Stockholm",
    )
    _x(
        "Teams call w/ Eleanor re: Analyst role @ Brackenbury",
        interview=True,
        company="Brackenbury",
        role="Analyst",
        desc="first round. she's the hiring manager",
        zone="Europe/London",
    )
    _x(
        "iv Quintessa Foods (HR)",
        interview=True,
        company="Quintessa Foods",
        role=None,
        zone="America/Chicago",
    )
    _x(
        "intvw prep \u2013 STAR stories",
        interview=False,
        company=None,
        role=None,
        desc="rewrite conflict story + migration story. time them (2 min each)",
        zone="America/New_York",
    )
    _x(
        "Send thank-you note to Coppervine",
        interview=False,
        company=None,
        role=None,
        zone="America/New_York",
    )
    _x(
        "Research Helix9 before final",
        interview=False,
        company=None,
        role=None,
        desc="read last 2 papers, pipeline page, glassdoor",
        zone="America/New_York",
    )
    _x(
        "Reply to Brightloom with interview availability",
        interview=False,
        company=None,
        role=None,
        desc="they asked for 3 slots next week for the onsite. check with Morgan re: PTO first",
        zone="America/Los_Angeles",
    )
    _x(
        "Follow up w/ Obsidian recruiter if no news",
        interview=False,
        company=None,
        role=None,
        all_day=True,
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# European languages
# ---------------------------------------------------------------------------


def _european_languages() -> None:
    # German
    _x(
        "Einladung zum Vorstellungsgespr\u00e4ch \u2013 Backend Entwickler (m/w/d) \u2013 Kranich Logistik GmbH",
        interview=True,
        company="Kranich Logistik",
        role="Backend Entwickler (m/w/d)",
        org=("bewerbung@kranich-logistik.de", "Kranich Logistik GmbH"),
        att=[person("t.bergmann@kranich-logistik.de", "Tobias Bergmann")],
        desc=(
            "Hallo Alex,\n\n"
            "vielen Dank f\u00fcr Deine Bewerbung als Backend Entwickler (m/w/d). Wir m\u00f6chten Dich gerne in einem ersten "
            "Gespr\u00e4ch per Video kennenlernen. Mit dabei ist Tobias Bergmann (Teamlead Plattform).\n\n"
            "Dauer: ca. 45 Minuten\n\n"
            "Viele Gr\u00fc\u00dfe\nDein Kranich Logistik Recruiting-Team\n\n"
            "Kranich Logistik GmbH \u00b7 Hafenstra\u00dfe 41 \u00b7 28217 Bremen\n"
            "Diese Nachricht wurde \u00fcber Personio versendet."
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeitstag \u2013 Agentur Blaupause",
        interview=True,
        company="Agentur Blaupause",
        role="UX Designer",
        org=("jana@blaupause.design", "Jana Albrecht"),
        desc=(
            "Hi Alex,\n\nwie besprochen Dein Probearbeitstag f\u00fcr die Stelle UX Designer:in. Du arbeitest mit Malte an einem "
            "kleinen Kundenprojekt und stellst um 16 Uhr kurz vor, was Du gemacht hast. Laptop gerne mitbringen.\n\n"
            "Blaupause GmbH \u00b7 Oranienstra\u00dfe 185 \u00b7 10999 Berlin"
        ),
        loc="Oranienstra\u00dfe 185, 10999 Berlin",
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Zweitgespr\u00e4ch \u2013 Sennheide Energie (Sennheide Gruppe)",
        interview=True,
        company="Sennheide Energie",
        role="Leitung Controlling",
        org=("karriere@sennheide-gruppe.de", "Sennheide Gruppe Karriere"),
        att=[
            person("m.osterkamp@sennheide-energie.de", "Dr. Miriam Osterkamp"),
            person("f.yilmaz@sennheide-gruppe.de", "Fatih Yilmaz"),
        ],
        desc=(
            "Sehr geehrte Frau/Herr Rivera,\n\n"
            "wir freuen uns, Sie zu einem zweiten Gespr\u00e4ch f\u00fcr die Position Leitung Controlling bei der "
            "Sennheide Energie GmbH, einer Tochtergesellschaft der Sennheide Gruppe, einzuladen.\n\n"
            "Gespr\u00e4chspartner: Dr. Miriam Osterkamp (Gesch\u00e4ftsf\u00fchrerin), Fatih Yilmaz (HR Business Partner)\n"
            "Ort: Industriestra\u00dfe 12, 44147 Dortmund, Geb\u00e4ude B, Empfang\n\n"
            "Mit freundlichen Gr\u00fc\u00dfen\nIhr Recruiting-Team der Sennheide Gruppe"
        ),
        loc="Industriestra\u00dfe 12, 44147 Dortmund",
        zone="Europe/Berlin",
    )
    _x(
        "Vorstellungsgespr\u00e4ch beim Kunden \u2013 Hafenstadt Versicherung AG (\u00fcber TalentBr\u00fccke)",
        interview=True,
        company="Hafenstadt Versicherung",
        role="IT-Projektmanager",
        org=("n.schulte@talentbruecke.de", "Nina Schulte"),
        desc=(
            "Hallo Alex,\n\nanbei wie telefonisch besprochen der Termin beim Kunden Hafenstadt Versicherung AG f\u00fcr die "
            "Position IT-Projektmanager (Festanstellung beim Kunden). Ansprechpartner vor Ort: Herr Dr. Lorenz, "
            "Bereichsleiter IT-Demand.\n\nAdresse: Ballindamm 8, 20095 Hamburg\n\n"
            "Ich dr\u00fccke die Daumen!\nNina Schulte\nTalentBr\u00fccke Personalberatung GmbH"
        ),
        loc="Ballindamm 8, 20095 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Interviewtraining mit Karrierecoach Frau Behrens",
        interview=False,
        company=None,
        role=None,
        org=("kontakt@behrens-coaching.de", "Sabine Behrens"),
        desc="Simulation eines Vorstellungsgespr\u00e4chs mit Videoaufzeichnung und Feedback. 90 Min. Rechnung folgt.",
        loc="Behrens Coaching, Lindenallee 4, K\u00f6ln",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Entretien \u2013 Chef(fe) de projet digital \u2013 Maison Verlaine",
        interview=True,
        company="Maison Verlaine",
        role="Chef(fe) de projet digital",
        org=("recrutement@maisonverlaine.fr", "Maison Verlaine Recrutement"),
        att=[person("c.dubreuil@maisonverlaine.fr", "Claire Dubreuil")],
        desc=(
            "Bonjour Alex,\n\n"
            "Suite \u00e0 votre candidature pour le poste de Chef(fe) de projet digital, nous avons le plaisir de vous "
            "convier \u00e0 un entretien avec Claire Dubreuil, Directrice E-commerce.\n\n"
            "Adresse : 14 rue du Faubourg Saint-Honor\u00e9, 75008 Paris \u2013 3e \u00e9tage\n\n"
            "Bien cordialement,\nL'\u00e9quipe Recrutement \u2013 Maison Verlaine\n\nEnvoy\u00e9 avec Teamtailor"
        ),
        loc="14 rue du Faubourg Saint-Honor\u00e9, 75008 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entretien RH \u2013 Solv\u00e8ne \u00c9nergie (Groupe Solv\u00e8ne)",
        interview=True,
        company="Solv\u00e8ne \u00c9nergie",
        role="Responsable Achats",
        org=("talents@groupe-solvene.com", "Groupe Solv\u00e8ne \u2013 Talents"),
        att=[person("lucie.marchand@groupe-solvene.com", "Lucie Marchand")],
        desc=(
            "Bonjour,\n\nJe vous confirme notre \u00e9change t\u00e9l\u00e9phonique pour le poste de Responsable Achats au sein de "
            "Solv\u00e8ne \u00c9nergie SAS, filiale du Groupe Solv\u00e8ne. Je vous appellerai au num\u00e9ro indiqu\u00e9 sur votre CV.\n\n"
            "Lucie Marchand\nCharg\u00e9e de recrutement \u2013 Groupe Solv\u00e8ne"
        ),
        loc="T\u00e9l\u00e9phone",
        zone="Europe/Paris",
    )
    _x(
        "Entretien annuel d'\u00e9valuation \u2013 Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("m.girard@initech.com", "Mathilde Girard"),
        desc="Bilan de l'ann\u00e9e, objectifs N+1 et souhaits de formation. Merci de remplir l'auto-\u00e9valuation avant.",
        me=WORK_ME,
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista \u2013 Analista de Datos Sr. | Grupo Cal\u00edope",
        interview=True,
        company="Grupo Cal\u00edope",
        role="Analista de Datos Sr.",
        org=("talento@grupocaliope.mx", "Talento Grupo Cal\u00edope"),
        att=[person("r.montiel@grupocaliope.mx", "Rodrigo Montiel")],
        desc=(
            "Hola Alex:\n\n"
            "Te confirmamos tu entrevista para la vacante de Analista de Datos Sr. con Rodrigo Montiel, Gerente de "
            "Inteligencia de Negocio.\n\n"
            "Modalidad: videollamada (Google Meet)\n\n"
            "Saludos cordiales,\nAtracci\u00f3n de Talento | Grupo Cal\u00edope"
        ),
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista t\u00e9cnica con el equipo de plataforma \u2013 Nubeluz",
        interview=True,
        company="Nubeluz",
        role="Ingeniero/a DevOps",
        org=("people@nubeluz.es", "Nubeluz People"),
        att=[
            person("irene.sanz@nubeluz.es", "Irene Sanz"),
            person("pau.roig@nubeluz.es", "Pau Roig"),
        ],
        desc=(
            "Proceso: Ingeniero/a DevOps\nFase: entrevista t\u00e9cnica (60 min)\n"
            "Entrevistadores: Irene Sanz (Tech Lead) y Pau Roig (SRE)\n\n"
            "Hablaremos de Kubernetes, observabilidad y alg\u00fan incidente que hayas gestionado."
        ),
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Cita extranjer\u00eda \u2013 toma de huellas TIE",
        interview=False,
        company=None,
        role=None,
        desc="Llevar: pasaporte, resguardo tasa 790-012, foto, justificante de cita. Comisar\u00eda Av. de Portugal.",
        loc="Comisar\u00eda de Polic\u00eda, Av. de Portugal",
        zone="Europe/Madrid",
    )
    # Portuguese
    _x(
        "Entrevista t\u00e9cnica \u2013 Desenvolvedor(a) Back-end Pleno \u2013 Taquari Pagamentos",
        interview=True,
        company="Taquari Pagamentos",
        role="Desenvolvedor(a) Back-end Pleno",
        org=("vagas@taquaripag.com.br", "Taquari Pagamentos"),
        att=[person("lucas.bernardes@taquaripag.com.br", "Lucas Bernardes")],
        desc=(
            "Ol\u00e1, Alex!\n\n"
            "Parab\u00e9ns por avan\u00e7ar no processo seletivo da Taquari Pagamentos para a vaga de Desenvolvedor(a) Back-end "
            "Pleno. A entrevista t\u00e9cnica ser\u00e1 com Lucas Bernardes (Tech Lead).\n\n"
            "Link: https://meet.google.com/tqp-bkend-uvx\n\n"
            "Processo seletivo gerenciado pela Gupy."
        ),
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista final \u2013 Lusoverde Energia",
        interview=True,
        company="Lusoverde Energia",
        role="Gestor de Projeto",
        org=("recrutamento@lusoverde.pt", "Lusoverde Recrutamento"),
        desc=(
            "Caro Alex,\n\nVimos por este meio confirmar a entrevista final para a fun\u00e7\u00e3o de Gestor de Projeto, com o "
            "Administrador Eng. Rui Tavares.\n\nMorada: Av. da Liberdade 190, 1250-147 Lisboa\n\nCumprimentos,\nLusoverde Energia, S.A."
        ),
        loc="Av. da Liberdade 190, 1250-147 Lisboa",
        zone="Europe/Lisbon",
    )
    _x(
        "Grava\u00e7\u00e3o podcast Caf\u00e9 com C\u00f3digo \u2013 entrevista",
        interview=False,
        company=None,
        role=None,
        org=("producao@cafecomcodigo.fm", "Caf\u00e9 com C\u00f3digo"),
        desc="Epis\u00f3dio sobre migra\u00e7\u00e3o para event sourcing. Grava\u00e7\u00e3o pelo Riverside, usar fone com fio.",
        zone="America/Sao_Paulo",
    )
    # Italian
    _x(
        "Colloquio conoscitivo \u2013 Ferretti & Lanza S.r.l.",
        interview=True,
        company="Ferretti & Lanza",
        role="Project Manager",
        org=("hr@ferrettilanza.it", "Ferretti & Lanza HR"),
        att=[person("g.ferretti@ferrettilanza.it", "Giulia Ferretti")],
        desc=(
            "Gentile Alex,\n\n"
            "la ringraziamo per la candidatura alla posizione di Project Manager. Le confermiamo il colloquio conoscitivo "
            "con la dott.ssa Giulia Ferretti presso la nostra sede di Via Tortona 27, Milano.\n\n"
            "Cordiali saluti,\nUfficio Risorse Umane \u2013 Ferretti & Lanza S.r.l."
        ),
        loc="Via Tortona 27, 20144 Milano",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio con la maestra di Sofia",
        interview=False,
        company=None,
        role=None,
        desc="Colloqui individuali scuola primaria, classe 2B. Portare il diario.",
        loc="Scuola Primaria G. Rodari, aula 2B",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Alex Rivera \u2013 Data Analist",
        interview=True,
        company="Vlotwerk",
        role="Data Analist",
        org=("jobs@vlotwerk.nl", "Vlotwerk B.V."),
        att=[person("sanne.visser@vlotwerk.nl", "Sanne Visser")],
        desc=(
            "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd op de functie Data Analist! Je eerste gesprek is met Sanne "
            "Visser (Teamlead Data).\n\nAdres: Vlotwerk B.V., Stationsplein 45, 3013 AK Rotterdam\n\n"
            "Groetjes,\nTeam Vlotwerk\n\n--\nVerstuurd via Recruitee"
        ),
        loc="Stationsplein 45, 3013 AK Rotterdam",
        zone="Europe/Amsterdam",
    )
    _x(
        "Bezichtiging appartement Keizersgracht 212-II",
        interview=False,
        company=None,
        role=None,
        org=("verhuur@grachtenwonen.nl", "Grachtenwonen Makelaardij"),
        desc="Groepsbezichtiging. Neem een kopie van je ID en werkgeversverklaring mee.",
        loc="Keizersgracht 212-II, Amsterdam",
        zone="Europe/Amsterdam",
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna \u2013 Specjalista ds. Analiz Biznesowych \u2013 Wis\u0142ostal S.A.",
        interview=True,
        company="Wis\u0142ostal",
        role="Specjalista ds. Analiz Biznesowych",
        org=("rekrutacja@wislostal.pl", "Dzia\u0142 Rekrutacji Wis\u0142ostal"),
        att=[person("a.kowalczyk@wislostal.pl", "Agnieszka Kowalczyk")],
        desc=(
            "Dzie\u0144 dobry,\n\n"
            "zapraszamy na rozmow\u0119 rekrutacyjn\u0105 na stanowisko Specjalista ds. Analiz Biznesowych. Rozmow\u0119 "
            "poprowadzi Agnieszka Kowalczyk (Kierownik Dzia\u0142u Controllingu).\n\n"
            "Adres: ul. Hutnicza 7, 30-969 Krak\u00f3w, budynek A, pok. 112\n\nZ powa\u017caniem\nDzia\u0142 HR Wis\u0142ostal S.A."
        ),
        loc="ul. Hutnicza 7, 30-969 Krak\u00f3w",
        zone="Europe/Warsaw",
    )
    _x(
        "Egzamin praktyczny na prawo jazdy kat. B",
        interview=False,
        company=None,
        role=None,
        desc="WORD, ul. Nowohucka 33. By\u0107 30 min wcze\u015bniej, dow\u00f3d osobisty!",
        loc="ul. Nowohucka 33, Krak\u00f3w",
        zone="Europe/Warsaw",
    )
    # Swedish
    _x(
        "Intervju med Fj\u00e4llvik Studios \u2013 Frontend-utvecklare",
        interview=True,
        company="Fj\u00e4llvik Studios",
        role="Frontend-utvecklare",
        org=("jobb@fjallvik.se", "Fj\u00e4llvik Studios"),
        att=[person("linnea.ek@fjallvik.se", "Linn\u00e9a Ek")],
        desc=(
            "Hej Alex!\n\nTack f\u00f6r din ans\u00f6kan till tj\u00e4nsten som Frontend-utvecklare. H\u00e4r \u00e4r din inbjudan till en "
            "intervju med Linn\u00e9a Ek, Head of Product.\n\nVi ses p\u00e5 Teams!\n\nMed v\u00e4nliga h\u00e4lsningar\n"
            "Fj\u00e4llvik Studios AB\n\nSkickat via Teamtailor"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmphbGx2@thread.v2/0",
        ),
        zone="Europe/Stockholm",
    )
    _x(
        "Utvecklingssamtal f\u00f6rskolan \u2013 Elsa",
        interview=False,
        company=None,
        role=None,
        desc="Med pedagog Karin p\u00e5 avdelning Bl\u00e5klockan.",
        loc="Solrosens f\u00f6rskola",
        zone="Europe/Stockholm",
    )
    # Danish
    _x(
        "Jobsamtale hos Vindholm A/S \u2013 Projektleder",
        interview=True,
        company="Vindholm",
        role="Projektleder",
        org=("hr@vindholm.dk", "Vindholm HR"),
        att=[person("mette.kjaer@vindholm.dk", "Mette Kj\u00e6r")],
        desc=(
            "K\u00e6re Alex\n\nTak for din ans\u00f8gning. Vi vil gerne invitere dig til samtale om stillingen som Projektleder "
            "i vores afdeling for offshore-service.\n\nDu skal m\u00f8de Mette Kj\u00e6r (afdelingschef) og en kommende kollega.\n"
            "Adresse: Havnegade 22, 6700 Esbjerg\n\nVenlig hilsen\nVindholm A/S"
        ),
        loc="Havnegade 22, 6700 Esbjerg",
        zone="Europe/Copenhagen",
    )
    _x(
        "L\u00e6getid \u2013 Dr. Holm",
        interview=False,
        company=None,
        role=None,
        desc="Kontrol af bl\u00e5dtryk. Husk sundhedskort.",
        loc="L\u00e6gehuset, Vestergade 5",
        zone="Europe/Copenhagen",
    )
    # Norwegian
    _x(
        "Jobbintervju: Senior utvikler \u2013 Skarvik Havbruk AS",
        interview=True,
        company="Skarvik Havbruk",
        role="Senior utvikler",
        org=("rekruttering@skarvik.no", "Skarvik Havbruk Rekruttering"),
        att=[person("even.solberg@skarvik.no", "Even Solberg")],
        desc=(
            "Hei Alex,\n\nVi viser til din s\u00f8knad p\u00e5 stillingen som Senior utvikler og inviterer deg til et f\u00f8rste "
            "intervju med Even Solberg (IT-sjef).\n\nIntervjuet gjennomf\u00f8res p\u00e5 Teams.\n\nMed vennlig hilsen\nSkarvik Havbruk AS"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2thcnZp@thread.v2/0",
        ),
        zone="Europe/Oslo",
    )
    _x(
        "Visning leilighet \u2013 Thorvald Meyers gate 58",
        interview=False,
        company=None,
        role=None,
        org=("visning@byhjem.no", "Byhjem Utleie"),
        desc="Fellesvisning 3-roms. P\u00e5melding via Finn.",
        loc="Thorvald Meyers gate 58, Oslo",
        zone="Europe/Oslo",
    )
    # Finnish
    _x(
        "Ty\u00f6haastattelu \u2013 Revontuli Games Oy, pelisuunnittelija",
        interview=True,
        company="Revontuli Games",
        role="Pelisuunnittelija",
        org=("rekry@revontuligames.fi", "Revontuli Games Rekry"),
        att=[person("aino.virtanen@revontuligames.fi", "Aino Virtanen")],
        desc=(
            "Hei Alex,\n\nKiitos hakemuksestasi pelisuunnittelijan teht\u00e4v\u00e4\u00e4n! Kutsumme sinut haastatteluun, jossa "
            "mukana on Aino Virtanen (Lead Designer).\n\nOsoite: It\u00e4merenkatu 11, Helsinki\n\nTerveisin,\nRevontuli Games Oy"
        ),
        loc="It\u00e4merenkatu 11, 00180 Helsinki",
        zone="Europe/Helsinki",
    )
    _x(
        "Hammasl\u00e4\u00e4k\u00e4ri \u2013 tarkastus",
        interview=False,
        company=None,
        role=None,
        loc="Hammasklinikka Kamppi",
        zone="Europe/Helsinki",
    )
    # Czech
    _x(
        "Pohovor \u2013 Java v\u00fdvoj\u00e1\u0159 \u2013 Vltav\u00edn Software s.r.o.",
        interview=True,
        company="Vltav\u00edn Software",
        role="Java v\u00fdvoj\u00e1\u0159",
        org=("kariera@vltavin.cz", "Vltav\u00edn Software \u2013 Kari\u00e9ra"),
        att=[person("petr.novotny@vltavin.cz", "Petr Novotn\u00fd")],
        desc=(
            "Dobr\u00fd den,\n\nr\u00e1di bychom V\u00e1s pozvali na pohovor na pozici Java v\u00fdvoj\u00e1\u0159. Pohovor povede Petr Novotn\u00fd "
            "(vedouc\u00ed v\u00fdvoje).\n\nM\u00edsto: Karol\u00edny Sv\u011btl\u00e9 12, Praha 1\n\nS pozdravem\nHR t\u00fdm Vltav\u00edn Software s.r.o."
        ),
        loc="Karol\u00edny Sv\u011btl\u00e9 12, 110 00 Praha 1",
        zone="Europe/Prague",
    )
    _x(
        "Pohovor s kandid\u00e1tkou na st\u00e1\u017e \u2013 t\u00fdm Data",
        interview=False,
        company=None,
        role=None,
        org=("hr.praha@initech.com", "Initech HR Praha"),
        att=[person("tereza.mala@gmail.com", "Tereza Mal\u00e1")],
        desc="Alex, pros\u00edm veď technickou \u010d\u00e1st (30 min). Hodnocen\u00ed vypl\u0148 do syst\u00e9mu do z\u00edtra.",
        me=WORK_ME,
        zone="Europe/Prague",
    )
    # Turkish
    _x(
        "\u0130\u015f G\u00f6r\u00fc\u015fmesi \u2013 Kervansaray Lojistik A.\u015e. \u2013 Sat\u0131n Alma Uzman\u0131",
        interview=True,
        company="Kervansaray Lojistik",
        role="Sat\u0131n Alma Uzman\u0131",
        org=("ik@kervansaraylojistik.com.tr", "Kervansaray \u0130K"),
        att=[person("elif.aydin@kervansaraylojistik.com.tr", "Elif Ayd\u0131n")],
        desc=(
            "Merhaba Alex,\n\nSat\u0131n Alma Uzman\u0131 pozisyonu i\u00e7in yapt\u0131\u011f\u0131n\u0131z ba\u015fvuru de\u011ferlendirilmi\u015ftir. "
            "Sizinle y\u00fcz y\u00fcze bir g\u00f6r\u00fc\u015fme yapmak isteriz.\n\nAdres: Maslak Mah. B\u00fcy\u00fckdere Cad. No:255, Sar\u0131yer/\u0130stanbul\n\n"
            "Sayg\u0131lar\u0131m\u0131zla,\nElif Ayd\u0131n\n\u0130nsan Kaynaklar\u0131 \u2013 Kervansaray Lojistik A.\u015e."
        ),
        loc="B\u00fcy\u00fckdere Cad. No:255, Sar\u0131yer/\u0130stanbul",
        zone="Europe/Istanbul",
    )
    _x(
        "Vize randevusu \u2013 Almanya Ba\u015fkonsoloslu\u011fu",
        interview=False,
        company=None,
        role=None,
        desc="Pasaport, biyometrik foto\u011fraf, seyahat sa\u011fl\u0131k sigortas\u0131, banka d\u00f6k\u00fcm\u00fc.",
        loc="\u0130stanbul",
        zone="Europe/Istanbul",
    )
    # Greek
    _x(
        "\u03a3\u03c5\u03bd\u03ad\u03bd\u03c4\u03b5\u03c5\u03be\u03b7 \u2013 \u0391\u03b9\u03b3\u03b1\u03af\u03bf \u039d\u03b1\u03c5\u03c4\u03b9\u03bb\u03b9\u03b1\u03ba\u03ae \u0391.\u0395. \u2013 \u039f\u03b9\u03ba\u03bf\u03bd\u03bf\u03bc\u03b9\u03ba\u03cc\u03c2 \u0391\u03bd\u03b1\u03bb\u03c5\u03c4\u03ae\u03c2",
        interview=True,
        company="\u0391\u03b9\u03b3\u03b1\u03af\u03bf \u039d\u03b1\u03c5\u03c4\u03b9\u03bb\u03b9\u03b1\u03ba\u03ae",
        role="\u039f\u03b9\u03ba\u03bf\u03bd\u03bf\u03bc\u03b9\u03ba\u03cc\u03c2 \u0391\u03bd\u03b1\u03bb\u03c5\u03c4\u03ae\u03c2",
        org=(
            "hr@aigaio-shipping.gr",
            "\u0391\u03b9\u03b3\u03b1\u03af\u03bf \u039d\u03b1\u03c5\u03c4\u03b9\u03bb\u03b9\u03b1\u03ba\u03ae \u2013 HR",
        ),
        desc=(
            "\u0391\u03b3\u03b1\u03c0\u03b7\u03c4\u03ad \u03ba. Rivera,\n\n"
            "\u03c3\u03b1\u03c2 \u03c0\u03c1\u03bf\u03c3\u03ba\u03b1\u03bb\u03bf\u03cd\u03bc\u03b5 \u03c3\u03b5 \u03c3\u03c5\u03bd\u03ad\u03bd\u03c4\u03b5\u03c5\u03be\u03b7 \u03b3\u03b9\u03b1 \u03c4\u03b7 \u03b8\u03ad\u03c3\u03b7 \u039f\u03b9\u03ba\u03bf\u03bd\u03bf\u03bc\u03b9\u03ba\u03bf\u03cd \u0391\u03bd\u03b1\u03bb\u03c5\u03c4\u03ae. "
            "\u0397 \u03c3\u03c5\u03bd\u03ac\u03bd\u03c4\u03b7\u03c3\u03b7 \u03b8\u03b1 \u03b3\u03af\u03bd\u03b5\u03b9 \u03c3\u03c4\u03b1 \u03b3\u03c1\u03b1\u03c6\u03b5\u03af\u03b1 \u03bc\u03b1\u03c2, \u0391\u03ba\u03c4\u03ae \u039c\u03b9\u03b1\u03bf\u03cd\u03bb\u03b7 87, \u03a0\u03b5\u03b9\u03c1\u03b1\u03b9\u03ac\u03c2.\n\n"
            "\u039c\u03b5 \u03b5\u03ba\u03c4\u03af\u03bc\u03b7\u03c3\u03b7,\n\u0394\u03b9\u03b5\u03cd\u03b8\u03c5\u03bd\u03c3\u03b7 \u0391\u03bd\u03b8\u03c1\u03ce\u03c0\u03b9\u03bd\u03bf\u03c5 \u0394\u03c5\u03bd\u03b1\u03bc\u03b9\u03ba\u03bf\u03cd\n"
            "\u0391\u03b9\u03b3\u03b1\u03af\u03bf \u039d\u03b1\u03c5\u03c4\u03b9\u03bb\u03b9\u03b1\u03ba\u03ae \u0391.\u0395."
        ),
        loc="\u0391\u03ba\u03c4\u03ae \u039c\u03b9\u03b1\u03bf\u03cd\u03bb\u03b7 87, \u03a0\u03b5\u03b9\u03c1\u03b1\u03b9\u03ac\u03c2",
        zone="Europe/Athens",
    )
    _x(
        "\u0395\u03be\u03b5\u03c4\u03ac\u03c3\u03b5\u03b9\u03c2 \u03bf\u03b4\u03ae\u03b3\u03b7\u03c3\u03b7\u03c2 \u2013 \u03c0\u03c1\u03b1\u03ba\u03c4\u03b9\u03ba\u03cc",
        interview=False,
        company=None,
        role=None,
        desc="\u039c\u03b5 \u03c4\u03bf\u03bd \u03ba. \u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf \u03b1\u03c0\u03cc \u03c4\u03b7 \u03c3\u03c7\u03bf\u03bb\u03ae. \u03a4\u03b1\u03c5\u03c4\u03cc\u03c4\u03b7\u03c4\u03b1!",
        zone="Europe/Athens",
    )
    # Ukrainian
    _x(
        "\u0421\u043f\u0456\u0432\u0431\u0435\u0441\u0456\u0434\u0430 \u2013 \u041a\u0430\u0440\u043f\u0430\u0442\u0438 \u0421\u043e\u0444\u0442 \u2013 QA Engineer",
        interview=True,
        company="\u041a\u0430\u0440\u043f\u0430\u0442\u0438 \u0421\u043e\u0444\u0442",
        role="QA Engineer",
        org=(
            "hr@karpaty-soft.ua",
            "\u041a\u0430\u0440\u043f\u0430\u0442\u0438 \u0421\u043e\u0444\u0442 HR",
        ),
        att=[
            person(
                "o.melnyk@karpaty-soft.ua",
                "\u041e\u043a\u0441\u0430\u043d\u0430 \u041c\u0435\u043b\u044c\u043d\u0438\u043a",
            )
        ],
        desc=(
            "\u0412\u0456\u0442\u0430\u044e, \u0410\u043b\u0435\u043a\u0441\u0435!\n\n"
            "\u0417\u0430\u043f\u0440\u043e\u0448\u0443\u0454\u043c\u043e \u043d\u0430 \u0442\u0435\u0445\u043d\u0456\u0447\u043d\u0443 \u0441\u043f\u0456\u0432\u0431\u0435\u0441\u0456\u0434\u0443 \u043d\u0430 \u043f\u043e\u0437\u0438\u0446\u0456\u044e QA Engineer. "
            "\u0417 \u0432\u0430\u043c\u0438 \u0431\u0443\u0434\u0435 \u041e\u043a\u0441\u0430\u043d\u0430 \u041c\u0435\u043b\u044c\u043d\u0438\u043a (QA Lead).\n\n"
            "\u0417 \u043f\u043e\u0432\u0430\u0433\u043e\u044e,\n\u041a\u043e\u043c\u0430\u043d\u0434\u0430 \u0440\u0435\u043a\u0440\u0443\u0442\u0438\u043d\u0433\u0443 \u00ab\u041a\u0430\u0440\u043f\u0430\u0442\u0438 \u0421\u043e\u0444\u0442\u00bb"
        ),
        meet="meet",
        zone="Europe/Kyiv",
    )
    _x(
        "\u0406\u043d\u0442\u0435\u0440\u0432\u2019\u044e \u0434\u043b\u044f \u043f\u043e\u0434\u043a\u0430\u0441\u0442\u0443 \u00ab\u0406\u0422 \u0431\u0435\u0437 \u043a\u0430\u0432\u0438\u00bb",
        interview=False,
        company=None,
        role=None,
        org=(
            "podcast@itbezkavy.com.ua",
            "\u0406\u0422 \u0431\u0435\u0437 \u043a\u0430\u0432\u0438",
        ),
        desc="\u0417\u0430\u043f\u0438\u0441 \u0432\u0438\u043f\u0443\u0441\u043a\u0443 \u043f\u0440\u043e \u0440\u0435\u043b\u043e\u043a\u0430\u0446\u0456\u044e \u0442\u0430 \u0440\u043e\u0431\u043e\u0442\u0443 \u0432 \u043c\u0456\u0436\u043d\u0430\u0440\u043e\u0434\u043d\u0438\u0445 \u043a\u043e\u043c\u0430\u043d\u0434\u0430\u0445. ~40 \u0445\u0432.",
        zone="Europe/Kyiv",
    )


# ---------------------------------------------------------------------------
# Other scripts
# ---------------------------------------------------------------------------


def _other_scripts() -> None:
    # Japanese
    _x(
        "【一次面接のご案内】株式会社ミナトデータ",
        interview=True,
        company="ミナトデータ",
        role="データエンジニア",
        org=("saiyo@minato-data.co.jp", "株式会社ミナトデータ 採用担当"),
        att=[person("k.tanaka@minato-data.co.jp", "田中 健一")],
        desc=(
            "アレックス・リベラ様\n\n"
            "この度は弊社データエンジニア職にご応募いただき、誠にありがとうございます。\n"
            "一次面接を下記の通りご案内いたします。\n\n"
            "面接官：田中 健一（データ基盤部 部長）\n"
            "形式：オンライン（Google Meet）\n"
            "所要時間：約45分\n\n"
            "ご不明点がございましたら、本メールにご返信ください。\n\n"
            "株式会社ミナトデータ 人事部 採用担当"
        ),
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "【面接日程確定】サクラ精機様 二次面接（ミライキャリア経由）",
        interview=True,
        company="サクラ精機",
        role="生産技術エンジニア",
        org=("ca-yamamoto@mirai-career.jp", "山本 あかり（ミライキャリア）"),
        desc=(
            "リベラ様\n\n"
            "いつもお世話になっております。ミライキャリアの山本です。\n"
            "サクラ精機株式会社様（生産技術エンジニア）の二次面接日程が確定いたしましたのでご連絡いたします。\n\n"
            "場所：サクラ精機株式会社 本社 3階 受付（神奈川県川崎市幸区堀川町580）\n"
            "面接官：製造本部長、人事課長\n"
            "持ち物：履歴書・職務経歴書（各1部）\n\n"
            "面接後にお電話で感想をお聞かせください。"
        ),
        loc="神奈川県川崎市幸区堀川町580",
        zone="Asia/Tokyo",
    )
    _x(
        "模擬面接（キャリアセンター）",
        interview=False,
        company=None,
        role=None,
        desc="キャリアアドバイザーの佐藤さんと。志望動機と逆質問の練習。",
        loc="キャリアセンター 面談室B",
        zone="Asia/Tokyo",
    )
    # Korean
    _x(
        "[면접 안내] 한빛모빌리티 2차 면접 - 백엔드 개발자",
        interview=True,
        company="한빛모빌리티",
        role="백엔드 개발자",
        org=("recruit@hanbit-mobility.co.kr", "한빛모빌리티 채용팀"),
        att=[person("jh.lee@hanbit-mobility.co.kr", "이정훈")],
        desc=(
            "안녕하세요, Alex Rivera 님.\n\n"
            "한빛모빌리티 백엔드 개발자 포지션 2차 면접(임원 면접) 일정을 안내드립니다.\n\n"
            "장소: 서울특별시 강남구 테헤란로 427, 12층 대회의실\n"
            "면접관: 이정훈 CTO 외 1인\n"
            "소요 시간: 약 60분\n\n"
            "신분증을 지참하시어 1층 안내데스크에서 방문증을 수령해 주세요.\n\n"
            "감사합니다.\n(주)한빛모빌리티 인사팀 드림"
        ),
        loc="서울특별시 강남구 테헤란로 427, 12층",
        zone="Asia/Seoul",
    )
    _x(
        "건강검진 (회사 지원)",
        interview=False,
        company=None,
        role=None,
        desc="전날 저녁 9시 이후 금식. 문진표 미리 작성.",
        loc="강남 세브란스 검진센터",
        zone="Asia/Seoul",
    )
    # Chinese
    _x(
        "面试邀请：云帆科技 - 高级产品经理（二面）",
        interview=True,
        company="云帆科技",
        role="高级产品经理",
        org=("hr@yunfan-tech.cn", "云帆科技招聘"),
        att=[person("zhou.min@yunfan-tech.cn", "周敏")],
        desc=(
            "Alex 您好：\n\n"
            "感谢您对杭州云帆科技有限公司的关注。您已通过初试，现邀请您参加高级产品经理岗位的第二轮面试。\n\n"
            "面试官：周敏（产品总监）\n"
            "面试形式：腾讯会议 会议号 738 215 904\n"
            "时长：约60分钟\n\n"
            "如需调整时间，请回复本邮件。\n\n"
            "云帆科技 人力资源部"
        ),
        zone="Asia/Shanghai",
    )
    _x(
        "面試通知 – 晶遠半導體 製程整合工程師",
        interview=True,
        company="晶遠半導體",
        role="製程整合工程師",
        org=("recruit@jingyuan-semi.com.tw", "晶遠半導體 人力資源處"),
        desc=(
            "Rivera 先生/女士 您好：\n\n"
            "感謝您應徵本公司「製程整合工程師」職缺，誠摯邀請您至新竹科學園區總部進行面試。\n\n"
            "地點：新竹市東區力行路 8 號 A 棟 1 樓大廳\n"
            "流程：英文筆試（30 分鐘）＋ 主管面談\n"
            "請攜帶身分證件以換取訪客證。\n\n"
            "晶遠半導體股份有限公司 人力資源處 敬上"
        ),
        loc="新竹市東區力行路8號",
        zone="Asia/Taipei",
    )
    _x(
        "签证面谈 – 领事馆",
        interview=False,
        company=None,
        role=None,
        desc="带护照、DS-160确认页、照片、预约确认页。不能带包和电子产品。",
        zone="Asia/Shanghai",
    )
    # Hindi
    _x(
        "साक्षात्कार: सहायक प्रबंधक (वित्त) – नवज्योति फाइनेंस लिमिटेड",
        interview=True,
        company="नवज्योति फाइनेंस",
        role="सहायक प्रबंधक (वित्त)",
        org=("hr@navjyotifinance.in", "नवज्योति फाइनेंस – मानव संसाधन"),
        desc=(
            "प्रिय एलेक्स रिवेरा,\n\n"
            "सहायक प्रबंधक (वित्त) पद के लिए आपके आवेदन के संदर्भ में, आपको व्यक्तिगत साक्षात्कार हेतु आमंत्रित किया जाता है।\n\n"
            "स्थान: नवज्योति फाइनेंस लिमिटेड, तीसरी मंज़िल, अशोक मार्ग, लखनऊ\n"
            "कृपया अपने सभी मूल प्रमाणपत्र और दो पासपोर्ट आकार के फ़ोटो साथ लाएँ।\n\n"
            "भवदीय,\nमानव संसाधन विभाग"
        ),
        loc="अशोक मार्ग, लखनऊ",
        zone="Asia/Kolkata",
    )
    _x(
        "Interview call – Sharma Textiles, kal 11 baje",
        interview=True,
        company="Sharma Textiles",
        role=None,
        desc="Rakesh ji call karenge. Merchandiser wali post ke liye. CV ki copy ready rakhna.",
        zone="Asia/Kolkata",
    )
    _x(
        "Mummy ka doctor appointment – Dr. Mehta",
        interview=False,
        company=None,
        role=None,
        desc="reports le jaana (sugar + thyroid)",
        loc="Mehta Clinic, Gomti Nagar",
        zone="Asia/Kolkata",
    )
    # Arabic
    _x(
        "مقابلة عمل – شركة الريان للحلول الرقمية – مهندس برمجيات أول",
        interview=True,
        company="الريان للحلول الرقمية",
        role="مهندس برمجيات أول",
        org=("careers@alrayan-digital.sa", "الريان للحلول الرقمية – التوظيف"),
        att=[person("f.alqahtani@alrayan-digital.sa", "فيصل القحطاني")],
        desc=(
            "السيد/ أليكس ريفيرا المحترم،\n\n"
            "نشكركم على اهتمامكم بوظيفة مهندس برمجيات أول لدى شركة الريان للحلول الرقمية. "
            "يسعدنا دعوتكم لإجراء مقابلة عبر Microsoft Teams مع المهندس فيصل القحطاني، مدير الهندسة.\n\n"
            "مع خالص التحية،\nإدارة الموارد البشرية"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxyYXlh@thread.v2/0",
        ),
        zone="Asia/Riyadh",
    )
    _x(
        "موعد السفارة – تجديد الجواز",
        interview=False,
        company=None,
        role=None,
        desc="إحضار الجواز القديم وصورتين وإيصال الرسوم.",
        zone="Asia/Dubai",
    )
    # Hebrew
    _x(
        "ראיון עבודה – נחשון סייבר – חוקר/ת אבטחה",
        interview=True,
        company="נחשון סייבר",
        role="חוקר/ת אבטחה",
        org=("jobs@nachshon-cyber.co.il", "נחשון סייבר – גיוס"),
        att=[person("yael.bz@nachshon-cyber.co.il", "יעל בן-צבי")],
        desc=(
            "היי אלכס,\n\n"
            "שמחים להזמין אותך לראיון למשרת חוקר/ת אבטחה. בראיון תפגוש/י את יעל בן-צבי, ראש צוות המחקר.\n\n"
            "כתובת: מגדל אלון 2, יגאל אלון 94, תל אביב, קומה 17\n\n"
            'בהצלחה!\nצוות הגיוס, נחשון סייבר בע"מ'
        ),
        loc="יגאל אלון 94, תל אביב",
        zone="Asia/Jerusalem",
    )
    _x(
        "ראיון ברדיו – תוכנית הבוקר",
        interview=False,
        company=None,
        role=None,
        org=("morning@radio-hadarom.co.il", "רדיו הדרום"),
        desc="ראיון טלפוני של 7 דקות על המיטאפ של הקהילה. להיות זמין/ה בטלפון מ-07:40.",
        zone="Asia/Jerusalem",
    )
    # Vietnamese
    _x(
        "Phỏng vấn vòng 2 – Công ty CP Sao Mai Tech – Kỹ sư dữ liệu",
        interview=True,
        company="Sao Mai Tech",
        role="Kỹ sư dữ liệu",
        org=("tuyendung@saomaitech.vn", "Sao Mai Tech – Tuyển dụng"),
        att=[person("hoang.nam@saomaitech.vn", "Hoàng Văn Nam")],
        desc=(
            "Chào anh/chị Alex,\n\n"
            "Công ty Cổ phần Sao Mai Tech trân trọng mời anh/chị tham dự vòng phỏng vấn thứ 2 cho vị trí Kỹ sư dữ liệu.\n\n"
            "Người phỏng vấn: anh Hoàng Văn Nam – Trưởng phòng Dữ liệu\n"
            "Địa điểm: Tầng 9, tòa nhà Sao Mai, 72 Lê Thánh Tôn, Quận 1, TP.HCM\n\n"
            "Trân trọng,\nPhòng Nhân sự"
        ),
        loc="72 Lê Thánh Tôn, Quận 1, TP.HCM",
        zone="Asia/Ho_Chi_Minh",
    )
    _x(
        "Phỏng vấn xin visa – Lãnh sự quán",
        interview=False,
        company=None,
        role=None,
        desc="Mang hộ chiếu, thư mời, sao kê ngân hàng 6 tháng.",
        zone="Asia/Ho_Chi_Minh",
    )
    # Thai
    _x(
        "สัมภาษณ์งาน – บริษัท ทองฟ้า ดิจิทัล จำกัด – ตำแหน่ง Data Analyst",
        interview=True,
        company="ทองฟ้า ดิจิทัล",
        role="Data Analyst",
        org=("hr@thongfah-digital.co.th", "ทองฟ้า ดิจิทัล ฝ่ายบุคคล"),
        desc=(
            "เรียน คุณ Alex Rivera\n\n"
            "บริษัท ทองฟ้า ดิจิทัล จำกัด ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์งานในตำแหน่ง Data Analyst\n\n"
            "สถานที่: อาคารสาทรสแควร์ ชั้น 21 ถนนสาทรเหนือ กรุงเทพฯ\n"
            "ผู้สัมภาษณ์: คุณปิยะนุช (ผู้จัดการฝ่ายข้อมูล)\n\n"
            "ขอแสดงความนับถือ\nฝ่ายทรัพยากรบุคคล"
        ),
        loc="อาคารสาทรสแควร์ ชั้น 21 กรุงเทพฯ",
        zone="Asia/Bangkok",
    )
    _x(
        "นัดหมอฟัน – ขูดหินปูน",
        interview=False,
        company=None,
        role=None,
        loc="คลินิกทันตกรรมสุขุมวิท 39",
        zone="Asia/Bangkok",
    )


# ---------------------------------------------------------------------------
# Interviews the user conducts (work calendar and personal)
# ---------------------------------------------------------------------------


def _conducted_by_user() -> None:
    _x(
        "Interview: Jordan Pike \u2013 Backend Engineer",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.pike@fastmail.com", "Jordan Pike")],
        desc=(
            "Hi Alex,\n\nYou're scheduled as an interviewer.\n\n"
            "Candidate: Jordan Pike\nRole: Backend Engineer (Payments)\nFocus area: System design\n"
            "Resume and interview kit are in Greenhouse. Please submit your scorecard within 24 hours.\n\n"
            "Thanks for helping us hire!\nInitech Recruiting"
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Debrief \u2013 Senior SRE candidate (M. Osei)",
        interview=False,
        company=None,
        role=None,
        org=("priya.shah@initech.com", "Priya Shah"),
        att=[
            person("morgan.blake@initech.com", "Morgan Blake"),
            person("li.wei@initech.com", "Li Wei"),
        ],
        desc="Please have scorecards submitted before the debrief. Hire/no-hire decision at the end.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Phone screen \u2013 Riya Desai (candidate)",
        interview=False,
        company=None,
        role=None,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[person("riya.desai@gmail.com", "Riya Desai")],
        desc="Data Engineer II req. I'll call her at 312-555-0176. Use the standard screen questions doc.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Onsite loop: candidate Lena Horvath \u2013 coding round (Alex)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("lena.horvath@proton.me", "Lena Horvath")],
        desc=(
            "Lena Horvath \u2013 Senior Frontend Engineer onsite\n"
            "Your slot: Coding (60 min) \u2013 Room 3C 'Milton'\n"
            "Interview kit: https://initech.greenhouse.io/interview_kits/55120"
        ),
        loc="Initech HQ \u2013 Room 3C 'Milton'",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Candidate interview: Tom\u00e1s Ruiz (Product Designer)",
        interview=False,
        company=None,
        role=None,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("tomas.ruiz@gmail.com", "Tom\u00e1s Ruiz"),
            person("hannah.cho@initech.com", "Hannah Cho"),
        ],
        desc=(
            "<p>You and Hannah Cho are interviewing <b>Tom\u00e1s Ruiz</b> for <b>Product Designer</b>.</p>"
            "<p>Focus: cross-functional collaboration (engineering perspective).</p>"
            '<p>Scorecard: <a href="https://initech.greenhouse.io/scorecards/88213">submit here</a></p>'
        ),
        conf=("Zoom Meeting", "https://initech.zoom.us/j/92218830001"),
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        company=None,
        role=None,
        org=("talent-enablement@initech.com", "Initech Talent Enablement"),
        desc="Required before joining interview loops. Covers rubrics, bias, and writing useful scorecards.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Hiring committee \u2013 Q3 backend reqs",
        interview=False,
        company=None,
        role=None,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        att=[
            person("priya.shah@initech.com", "Priya Shah"),
            person("dan.ferro@initech.com", "Dan Ferro"),
        ],
        desc="Review 4 packets, calibrate levels.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Internal interview \u2013 Staff Engineer, Payments Platform",
        interview=True,
        company="Initech",
        role="Staff Engineer, Payments Platform",
        org=("internalmobility@initech.com", "Initech Internal Mobility"),
        att=[person("renee.saito@initech.com", "Renee Saito")],
        desc=(
            "Hi Alex,\n\nThanks for applying internally to the Staff Engineer, Payments Platform opening. "
            "Your first conversation is with Renee Saito (Director, Payments). As a reminder, your current manager has "
            "been notified per the internal mobility policy.\n\nInitech Internal Mobility"
        ),
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Nanny interview \u2013 Carla M.",
        interview=False,
        company=None,
        role=None,
        desc="found via neighborhood list. ask: CPR cert, references, Tues/Thu availability, driving",
        loc="home",
        zone="America/Chicago",
    )
    _x(
        "Interview contractors for kitchen remodel \u2013 Henson Build",
        interview=False,
        company=None,
        role=None,
        org=("office@hensonbuild.com", "Henson Build"),
        desc="Site visit + estimate. Second of three bids.",
        loc="home",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Internal meetings at Initech
# ---------------------------------------------------------------------------


def _work_calendar_internal() -> None:
    _x(
        "Sprint Planning \u2013 Team Falcon",
        interview=False,
        company=None,
        role=None,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        att=[person("falcon-team@initech.com", "Team Falcon")],
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "1:1 Alex / Morgan",
        interview=False,
        company=None,
        role=None,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        desc="Running notes: https://docs.google.com/document/d/1aXk-initech-1on1",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Mid-year performance review \u2013 Alex Rivera",
        interview=False,
        company=None,
        role=None,
        org=("morgan.blake@initech.com", "Morgan Blake"),
        att=[person("hrbp@initech.com", "HR Business Partner", optional=True)],
        desc="We'll go over your self-review, peer feedback and goals for H2. Please finish the self-assessment in the review tool first.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Q3 Roadmap Review",
        interview=False,
        company=None,
        role=None,
        org=("product-ops@initech.com", "Product Ops"),
        att=[person("eng-leads@initech.com", "Eng Leads")],
        loc="Initech HQ \u2013 Boardroom",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "All Hands (July)",
        interview=False,
        company=None,
        role=None,
        org=("ceo-office@initech.com", "Dana Whitcomb"),
        att=[person("everyone@initech.com", "Everyone")],
        desc="Company update, Q2 results, Q&A. Submit questions via the Q&A form.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90000111222"),
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Incident postmortem: checkout latency (INC-4471)",
        interview=False,
        company=None,
        role=None,
        org=("li.wei@initech.com", "Li Wei"),
        desc="Blameless review. Timeline doc linked in #inc-4471.",
        meet="meet",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Architecture review: event bus migration",
        interview=False,
        company=None,
        role=None,
        org=("alex.rivera@initech.com", "Alex Rivera"),
        att=[
            person("dan.ferro@initech.com", "Dan Ferro"),
            person("priya.shah@initech.com", "Priya Shah"),
        ],
        desc="RFC-112 walkthrough. Please read before the meeting.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Lunch & Learn: Interviewing candidates fairly",
        interview=False,
        company=None,
        role=None,
        org=("people-team@initech.com", "Initech People Team"),
        desc="Pizza provided. Open to all employees who take part in hiring.",
        loc="Initech HQ \u2013 Cafeteria",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Exit interview \u2013 HR",
        interview=False,
        company=None,
        role=None,
        org=("hrbp@initech.com", "Initech HR"),
        desc="Confidential conversation about your time at Initech. Also covers equipment return and final paycheck.",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Blocked \u2013 personal appointment",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Recruiting: Initech booth @ State U career fair",
        interview=False,
        company=None,
        role=None,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Volunteers staff the booth in 2-hour shifts. Wear the Initech tee. Swag in the van.",
        loc="State University Student Union, Ballroom A",
        me=WORK_ME,
        zone="America/Chicago",
    )
    _x(
        "Benefits enrollment office hours",
        interview=False,
        company=None,
        role=None,
        org=("benefits@initech.com", "Initech Benefits"),
        meet="meet",
        me=WORK_ME,
        my_status="needsAction",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Practice and coaching
# ---------------------------------------------------------------------------


def _practice_and_coaching() -> None:
    _x(
        "Mock Interview \u2013 System Design (PeerLoop)",
        interview=False,
        company=None,
        role=None,
        org=("sessions@peerloop.dev", "PeerLoop"),
        att=[person("k.abara@gmail.com", "Kelechi Abara")],
        desc=(
            "You've been matched with a peer for a practice session!\n\n"
            "Topic: System Design (design a URL shortener)\nYou'll each take a turn as interviewer and candidate (45 min each).\n"
            "Join: https://peerloop.dev/s/7hx2k\n\nThis is a practice interview. No company sees your performance."
        ),
        zone="America/New_York",
    )
    _x(
        "Career coaching w/ Renata \u2013 interview prep",
        interview=False,
        company=None,
        role=None,
        org=("renata@renatafoxcoaching.com", "Renata Fox"),
        desc=(
            "Session 3 of 6. Agenda: salary negotiation scripts, practicing your 'tell me about yourself', "
            "and debrief of last week's interviews.\n\nZoom: https://us06web.zoom.us/j/81234007766"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/81234007766"),
        zone="America/New_York",
    )
    _x(
        "Behavioral mock with Jess",
        interview=False,
        company=None,
        role=None,
        att=[person("jess.ocampo@gmail.com", "Jess Ocampo")],
        desc="she plays the hiring manager for the Coppervine final. swap after.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "R\u00e9sum\u00e9 review \u2013 alumni career services",
        interview=False,
        company=None,
        role=None,
        org=("careers@ridgefield.edu", "Ridgefield University Alumni Career Services"),
        desc="30-minute appointment with career advisor Tom\u00e1s Greer. Upload your resume to the portal before the session.",
        zone="America/New_York",
    )
    _x(
        "Practice case with Tom (consulting club)",
        interview=False,
        company=None,
        role=None,
        att=[person("tom.adeyemi@gmail.com", "Tom Adeyemi")],
        desc="profitability case, he'll give me the airline one. 30 min + feedback",
        zone="America/Chicago",
    )
    _x(
        "Anonymous practice interview \u2013 staff-level coding",
        interview=False,
        company=None,
        role=None,
        org=("noreply@practicepair.io", "PracticePair"),
        desc="Your practice interviewer is a senior engineer. Feedback will be shared after the session. This does not count toward any hiring process.",
        zone="America/Los_Angeles",
    )


# ---------------------------------------------------------------------------
# Press, podcast, radio and TV
# ---------------------------------------------------------------------------


def _press_and_media() -> None:
    _x(
        "Interview with The Ledger Weekly re: open-source project",
        interview=False,
        company=None,
        role=None,
        org=("h.bautista@ledgerweekly.com", "Hector Bautista"),
        desc=(
            "Hi Alex, thanks for agreeing to talk about the streamflow library for our piece on maintainers' burnout. "
            "~20 minutes, on the record unless you say otherwise.\n\nHector Bautista, Staff Writer, The Ledger Weekly"
        ),
        loc="Phone",
        zone="America/New_York",
    )
    _x(
        "Podcast recording \u2013 Ship It Weekly ep. 88",
        interview=False,
        company=None,
        role=None,
        org=("booking@shipitweekly.fm", "Ship It Weekly"),
        desc="Guest interview: 'Migrating a monolith without stopping the world'. Recording via Riverside, headphones please.",
        zone="America/Los_Angeles",
    )
    _x(
        "Radio interview \u2013 KXMR Morning Drive",
        interview=False,
        company=None,
        role=None,
        org=("producer@kxmr.fm", "KXMR Morning Drive"),
        desc="Live phone-in, 6 minutes, about the city hackathon. Producer will call at 7:10.",
        zone="America/Chicago",
    )
    _x(
        "TV: Channel 7 morning segment \u2013 interview about remote work",
        interview=False,
        company=None,
        role=None,
        org=("bookings@ch7news.tv", "Channel 7 News Bookings"),
        desc="Arrive 45 min early for makeup. Studio B. Avoid white shirts and thin stripes.",
        loc="Channel 7 Studios, 1200 Broadcast Way",
        zone="America/Chicago",
    )
    _x(
        "Alumni magazine profile \u2013 phone interview",
        interview=False,
        company=None,
        role=None,
        org=("magazine@ridgefield.edu", "Ridgefield Magazine"),
        desc="Short profile for the 'Where are they now' section. Photographer TBD.",
        zone="America/New_York",
    )
    _x(
        "Entretien radio \u2013 Radio C\u00f4te-Ouest (\u00e9mission Num\u00e9rique)",
        interview=False,
        company=None,
        role=None,
        org=("prog@radiocoteouest.fr", "Radio C\u00f4te-Ouest"),
        desc="Interview en direct, 10 min, sur la communaut\u00e9 tech nantaise. Duplex t\u00e9l\u00e9phonique.",
        zone="Europe/Paris",
    )


# ---------------------------------------------------------------------------
# Film, book and theatre titles
# ---------------------------------------------------------------------------


def _titles_and_culture() -> None:
    _x(
        "Movie night: The Exit Interview",
        interview=False,
        company=None,
        role=None,
        att=[person("sam.rivera@gmail.com", "Sam Rivera")],
        desc="Rialto 8:45 showing, tickets on my phone",
        loc="Rialto Cinema",
        zone="America/New_York",
    )
    _x(
        "Book club \u2013 'The Last Interview' ch. 5\u20139",
        interview=False,
        company=None,
        role=None,
        org=("marisol.h@gmail.com", "Marisol Herrera"),
        desc="At Marisol's. Bring wine or snacks.",
        zone="America/New_York",
    )
    _x(
        "Theatre: 'Interview at Dawn' (Northside Playhouse)",
        interview=False,
        company=None,
        role=None,
        desc="Row F seats 11-12",
        loc="Northside Playhouse, 301 Elm St",
        zone="America/New_York",
    )
    _x(
        "Kino: Das Vorstellungsgespr\u00e4ch (OmU)",
        interview=False,
        company=None,
        role=None,
        loc="Kino Babylon Kreuzberg",
        zone="Europe/Berlin",
    )


# ---------------------------------------------------------------------------
# Networking, meetups and career fairs
# ---------------------------------------------------------------------------


def _networking_and_events() -> None:
    _x(
        "Informational interview w/ Dana Whitaker (Coppervine)",
        interview=False,
        company=None,
        role=None,
        att=[person("dana.whitaker@coppervine.com", "Dana Whitaker")],
        desc="Intro via Jess. Not a formal process \u2013 just learning how their data org is set up. 20 min.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Coffee with Priya (ex-Initech, now at Duneshire)",
        interview=False,
        company=None,
        role=None,
        att=[person("priya.m.shah@gmail.com", "Priya Shah")],
        loc="Blue Tin Coffee",
        zone="America/Chicago",
    )
    _x(
        "Tech Career Fair \u2013 Marrowfield Convention Center",
        interview=False,
        company=None,
        role=None,
        org=("events@marrowfieldtechcouncil.org", "Marrowfield Tech Council"),
        desc="80+ employers. Bring printed resumes. Free parking in Garage C.",
        loc="Marrowfield Convention Center, Hall B",
        all_day=True,
        zone="America/New_York",
    )
    _x(
        "PyData Marrowfield Meetup: Streaming ETL in practice",
        interview=False,
        company=None,
        role=None,
        org=("organizers@pydatamarrowfield.org", "PyData Marrowfield"),
        desc="Talks: 'Exactly-once is a lie' and 'DuckDB at the edge'. Hosted by Harrowgate Analytics, 5th floor.",
        loc="Harrowgate Analytics, 77 Water St, 5th floor",
        zone="America/New_York",
    )
    _x(
        "Coffee chat between Alex Rivera and Jamie Lin",
        interview=False,
        company=None,
        role=None,
        org=("alex.rivera@gmail.com", "Alex Rivera"),
        att=[person("jamie.lin@ridgefield.edu", "Jamie Lin")],
        desc=(
            "Event Name: Mentoring coffee chat (30 min)\n\n"
            "Please share anything that will help prepare for our meeting.: I'm a senior at Ridgefield and would love "
            "advice on breaking into data engineering.\n\nPowered by Calendly.com"
        ),
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Alumni networking night \u2013 Ridgefield University Chicago chapter",
        interview=False,
        company=None,
        role=None,
        org=("alumni@ridgefield.edu", "Ridgefield Alumni Association"),
        loc="The Gage, 24 S Michigan Ave",
        zone="America/Chicago",
    )
    _x(
        "Product people drinks (monthly)",
        interview=False,
        company=None,
        role=None,
        desc="back room at Half Acre",
        zone="America/Chicago",
    )
    _x(
        "Reference call for Jamie Cho (I'm her reference)",
        interview=False,
        company=None,
        role=None,
        org=("talent@brightloom.dev", "Brightloom Recruiting"),
        desc="Reference check for Jamie Cho, candidate for Engineering Manager. 15 minutes. Thank you for your help!",
        loc="Phone",
        zone="America/Los_Angeles",
    )
    _x(
        "Hackathon \u2013 Civic Data Weekend",
        interview=False,
        company=None,
        role=None,
        org=("hello@civicdataweekend.org", "Civic Data Weekend"),
        loc="Marrowfield Public Library, Innovation Lab",
        all_day=True,
        zone="America/New_York",
    )


# ---------------------------------------------------------------------------
# Exams, visas and admin
# ---------------------------------------------------------------------------


def _exams_and_admin() -> None:
    _x(
        "Driving test \u2013 Marrowfield DMV",
        interview=False,
        company=None,
        role=None,
        desc="bring permit, proof of insurance, registration. car must pass inspection",
        loc="DMV, 4401 Route 9",
        zone="America/New_York",
    )
    _x(
        "Cloud Architect Professional exam (test center)",
        interview=False,
        company=None,
        role=None,
        org=("no-reply@certtesting.com", "CertTesting"),
        desc="Arrive 30 minutes early with two forms of ID. No personal items in the testing room.",
        loc="CertTesting Center, 901 Commerce Dr, Suite 210",
        zone="America/Chicago",
    )
    _x(
        "M\u00fcndliche Pr\u00fcfung B2 Deutsch",
        interview=False,
        company=None,
        role=None,
        desc="Paarpr\u00fcfung, 15 Min. Vorbereitungszeit. Ausweis + Anmeldebest\u00e4tigung.",
        loc="Volkshochschule Mitte, Raum 204",
        zone="Europe/Berlin",
    )
    _x(
        "Visa interview \u2013 Consulate General",
        interview=False,
        company=None,
        role=None,
        desc="Bring passport, DS-160 confirmation, appointment letter, I-797, employer letter. No bags.",
        loc="Consulate General, 5th floor",
        zone="Europe/London",
    )
    _x(
        "Biometrics appointment \u2013 Application Support Center",
        interview=False,
        company=None,
        role=None,
        desc="Bring appointment notice + passport. Fingerprints and photo only.",
        zone="America/Chicago",
    )
    _x(
        "Citizenship interview \u2013 naturalization",
        interview=False,
        company=None,
        role=None,
        desc="Civics test + English reading/writing. Bring green card, passport, tax transcripts.",
        loc="Field Office, 101 W Congress Pkwy",
        zone="America/Chicago",
    )
    _x(
        "Background check fingerprinting \u2013 Stonebridge Health",
        interview=False,
        company=None,
        role=None,
        org=("onboarding@stonebridgehealth.org", "Stonebridge Health Onboarding"),
        desc="Please complete fingerprinting at any approved location within 5 business days. Bring the attached form.",
        zone="America/New_York",
    )
    _x(
        "Jury duty \u2013 report to courthouse",
        interview=False,
        company=None,
        role=None,
        desc="Juror #1147. Jury assembly room, 2nd floor. Call the night before to confirm.",
        loc="County Courthouse, 50 E Washington St",
        all_day=True,
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Personal appointments
# ---------------------------------------------------------------------------


def _personal_appointments() -> None:
    _x(
        "Dr. Patel \u2013 annual physical",
        interview=False,
        company=None,
        role=None,
        desc="fasting bloodwork. bring insurance card",
        loc="Lakeshore Family Medicine, Suite 300",
        zone="America/Chicago",
    )
    _x(
        "Parent-teacher conference \u2013 Ms. Holloway (Room 12)",
        interview=False,
        company=None,
        role=None,
        org=("office@lincolnelementary.org", "Lincoln Elementary"),
        loc="Lincoln Elementary, Room 12",
        zone="America/Chicago",
    )
    _x(
        "Apartment viewing \u2013 42 Linden St #3B",
        interview=False,
        company=None,
        role=None,
        org=("leasing@lindenproperties.com", "Linden Properties Leasing"),
        desc="Please bring photo ID. Application fee $50 if you decide to apply. Pets negotiable.",
        loc="42 Linden St, Apt 3B",
        zone="America/Chicago",
    )
    _x(
        "Dentist \u2013 cleaning",
        interview=False,
        company=None,
        role=None,
        loc="Bright Smiles Dental",
        zone="America/Chicago",
    )
    _x("Haircut \u2013 Benny's", interview=False, company=None, role=None, zone="America/Chicago")
    _x(
        "Car service \u2013 oil change + tire rotation",
        interview=False,
        company=None,
        role=None,
        loc="Midtown Auto Care",
        zone="America/Chicago",
    )
    _x(
        "Vet \u2013 Biscuit vaccines",
        interview=False,
        company=None,
        role=None,
        loc="Northside Animal Hospital",
        zone="America/Chicago",
    )


# ---------------------------------------------------------------------------
# Volunteer selection and other look-alikes
# ---------------------------------------------------------------------------


def _volunteer_and_misc() -> None:
    _x(
        "Volunteer interview \u2013 Paws & Claws Shelter",
        interview=False,
        company=None,
        role=None,
        org=("volunteer@pawsandclaws.org", "Paws & Claws Volunteer Team"),
        desc=(
            "Thanks for applying to volunteer as a dog walker! This short interview helps us match you with the right "
            "shifts. Orientation follows next week. (Unpaid volunteer position.)"
        ),
        loc="Paws & Claws Shelter, 18 Kennel Rd",
        zone="America/Chicago",
    )
    _x(
        "Oral history interview \u2013 Mrs. Delgado (library project)",
        interview=False,
        company=None,
        role=None,
        org=("localhistory@marrowfieldlibrary.org", "Marrowfield Library Local History"),
        desc="You'll be interviewing Mrs. Delgado about the neighborhood in the 1960s. Recorder kit at the desk.",
        loc="Marrowfield Public Library, Room 2",
        zone="America/New_York",
    )
    _x(
        "Alumni admissions interview \u2013 applicant Noah K.",
        interview=False,
        company=None,
        role=None,
        org=("alumni-interviews@ridgefield.edu", "Ridgefield Admissions"),
        desc="Thank you for interviewing this applicant on behalf of the Admissions Office. Submit your report within 48 hours.",
        loc="Starbucks on Clark St",
        zone="America/Chicago",
    )
    _x(
        "Board candidate interview \u2013 Marrowfield Food Bank (volunteer board)",
        interview=False,
        company=None,
        role=None,
        org=("board@marrowfieldfoodbank.org", "Marrowfield Food Bank Nominating Committee"),
        desc="Conversation with the nominating committee about joining the volunteer board of directors (unpaid, 2-year term).",
        zone="America/New_York",
    )
    _x(
        "Youth soccer coach screening \u2013 Eastside League",
        interview=False,
        company=None,
        role=None,
        org=("coaches@eastsidesoccer.org", "Eastside Youth Soccer"),
        desc="Volunteer coach screening call + background check consent. Season starts in September.",
        zone="America/Chicago",
    )
