# ruff: noqa: E501 -- data: event texts as written
"""Round 16's fourth calendar author: invented events aimed at recall of Alex's own job
interviews that never call themselves an interview. Invitations and notes in more than
fourteen languages where the step is a recruiter call, a chat, a conversation, a coffee, a
meet-the-team, a case, a presentation, a trial shift, a work sample, a panel, round 2, stage 3,
a final, a superday, an assessment centre, a video call or a getting-to-know-each-other, sent
by employers' people, ATS tools (Greenhouse, Lever, Workday, Ashby, SmartRecruiters, Personio,
Teamtailor, Recruitee, Workable, JazzHR, BambooHR), schedulers (Calendly, GoodTime,
ModernLoop, Cal.com, Microsoft Bookings) or agencies; Alex's own terse notes with a stage and
an employer; invitations whose only cue is in the description (a job title, the hiring
manager, next steps, your application); onsites split into several parts (lunch with the
team, tour, each 1:1). Look-alikes share the same words: chats with colleagues, coffee with
friends, client case studies at Initech, conference panels, round 2 of a tennis tournament,
presentations at work, software trials, team-building days and supplier calls."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author16d", **kw)


def build() -> None:
    _ats_invitations()
    _scheduler_invitations()
    _agency_invitations()
    _own_notes()
    _description_only_cues()
    _split_onsites()
    _languages_europe()
    _languages_world()
    _lookalikes_work()
    _lookalikes_personal()
    _lookalikes_languages()


def _ats_invitations() -> None:
    _x(
        "Alex Rivera <> Harborline Freight - Recruiter Call",
        interview=True,
        company="Harborline Freight",
        role="Senior Backend Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[person("dana.whitlock@harborlinefreight.com", "Dana Whitlock")],
        desc=(
            "Hi Alex,\n\nThanks for your interest in the Senior Backend Engineer role at Harborline Freight! "
            "This is a 30 minute call with Dana Whitlock from our Talent team to talk through your background "
            "and what you're looking for.\n\nPlease join via the Zoom link below.\n\n"
            "Need to reschedule? Reply to this email and we'll find another time.\n\n"
            "This event was scheduled via Greenhouse."
        ),
        conf=("Zoom Meeting", "https://harborline.zoom.us/j/8412290571"),
        zone="America/Chicago",
    )
    _x(
        "Technical Conversation - Alex Rivera (Platform Engineer)",
        interview=True,
        company="Quillfeather",
        role="Platform Engineer",
        org=("scheduling@quillfeather.io", "Quillfeather Recruiting"),
        att=[
            person("ines.marchetti@quillfeather.io", "Ines Marchetti"),
            person("ravi.sundar@quillfeather.io", "Ravi Sundar"),
        ],
        desc=(
            "<p>Hi Alex,</p><p>You're confirmed for a 60-minute technical conversation with Ines and Ravi from "
            "the Infrastructure team. Expect to talk through a system you've built and to sketch a design together "
            "in a shared doc. No leetcode, promise.</p><p>Agenda:<br>• 5 min intros<br>• 40 min design discussion"
            "<br>• 15 min your questions</p><p>Sent with Greenhouse on behalf of Quillfeather.</p>"
        ),
        meet="meet",
    )
    _x(
        "Lever: Hiring Manager Chat - Alex / Jonas",
        interview=True,
        company="Brambleworks",
        role=None,
        org=("jonas.pettersen@brambleworks.com", "Jonas Pettersen"),
        desc=(
            "Hey Alex - looking forward to chatting. I lead the Data Products team at Brambleworks and wanted to "
            "hear more about your work on streaming pipelines and tell you how we're thinking about the team.\n\n"
            "-- Scheduled with Lever"
        ),
        conf=("Zoom Meeting", "https://brambleworks.zoom.us/j/9931022847"),
    )
    _x(
        "Round 2 - Brambleworks (Data Engineer II)",
        interview=True,
        company="Brambleworks",
        role="Data Engineer II",
        org=("noreply@hire.lever.co", "Brambleworks via Lever"),
        att=[
            person("jonas.pettersen@brambleworks.com", "Jonas Pettersen"),
            person("keiko.ando@brambleworks.com", "Keiko Ando"),
        ],
        desc=(
            "Hi Alex, congrats on moving forward! Round 2 is a 90 minute pairing session on a small data "
            "modelling exercise with Keiko, followed by a conversation with Jonas about how you work in a team.\n\n"
            "Please have Python 3.11 and your editor of choice ready. Reply to this email with any accessibility needs."
        ),
        conf=("Zoom Meeting", "https://brambleworks.zoom.us/j/9931077310"),
    )
    _x(
        "Workday: Scheduled Event - Phone Screen",
        interview=True,
        company="Castellan Mutual",
        role="Analytics Engineer",
        org=("castellanmutual@myworkday.com", "Castellan Mutual Talent Acquisition"),
        desc=(
            "Dear Alex Rivera,\n\nThank you for applying to Castellan Mutual. You have been scheduled for a phone screen "
            "for Job Requisition R-0048213 Analytics Engineer.\n\nDate: see invitation\nDuration: 30 minutes\n"
            "Format: Phone. The recruiter will call you at the number on your application.\n\n"
            "Kind regards,\nCastellan Mutual Talent Acquisition\n\nThis is an automated message from Workday. Please do not reply."
        ),
        zone="America/New_York",
    )
    _x(
        "Castellan Mutual - Panel Discussion (R-0048213)",
        interview=True,
        company="Castellan Mutual",
        role="Analytics Engineer",
        org=("castellanmutual@myworkday.com", "Castellan Mutual Talent Acquisition"),
        att=[
            person("l.okonkwo@castellanmutual.com", "Lena Okonkwo"),
            person("b.fairweather@castellanmutual.com", "Ben Fairweather"),
            person("s.iyer@castellanmutual.com", "Sanjana Iyer"),
        ],
        desc=(
            "Dear Alex Rivera,\n\nWe are pleased to invite you to a panel discussion for the position Analytics Engineer "
            "(R-0048213). Panel members: Lena Okonkwo (Director, Analytics), Ben Fairweather (Senior Analytics Engineer), "
            "Sanjana Iyer (Product Manager).\n\nPlease join from a quiet location with your camera on.\n\n"
            "This is an automated message from Workday."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FzdGVsbGFu%40thread.v2/0",
        ),
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Onsite (virtual) - Northpine",
        interview=True,
        company="Northpine",
        role="Staff Software Engineer, Payments",
        org=("notifications@ashbyhq.com", "Ashby"),
        att=[person("mira.castellanos@northpine.com", "Mira Castellanos")],
        desc=(
            "Hi Alex,\n\nHere are the details for your virtual onsite for Staff Software Engineer, Payments.\n\n"
            "11:00 Architecture deep dive - Omar Haddad\n12:00 Break\n12:15 Coding - Priya Raman\n"
            "13:15 Values conversation - Mira Castellanos\n\nEach session has its own link in the candidate portal.\n\n"
            "Powered by Ashby"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Meet the team: Fernhill Labs",
        interview=True,
        company="Fernhill Labs",
        role="Machine Learning Engineer",
        org=("talent@fernhill-labs.ai", "Fernhill Labs Talent"),
        att=[
            person("g.odhiambo@fernhill-labs.ai", "Grace Odhiambo"),
            person("p.lindqvist@fernhill-labs.ai", "Petter Lindqvist"),
        ],
        desc=(
            "Hi Alex! This last step is informal - 45 minutes with two people you'd work with day to day on the "
            "Machine Learning Engineer team. Ask them anything. After this we'll come back to you with next steps "
            "within a week.\n\nScheduled via Ashby"
        ),
        meet="meet",
    )
    _x(
        "SmartRecruiters | Video call with Orvella Group",
        interview=True,
        company="Orvella Group",
        role="Business Intelligence Developer",
        org=("noreply@smartrecruiters.com", "Orvella Group"),
        desc=(
            "Dear Alex,\n\nThank you for your application for Business Intelligence Developer (Ref. ORV-2291). "
            "We would like to get to know you in a video call of approx. 45 minutes with our hiring manager "
            "Katrin Baumeister.\n\nYou will find the link in this invitation.\n\nBest regards\nOrvella Group People Team"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3J2ZWxsYQ%40thread.v2/0",
        ),
        zone="Europe/Vienna",
    )
    _x(
        "Kennenlernen | Alex Rivera x Lumenstein",
        interview=True,
        company="Lumenstein",
        role="Senior Data Engineer (m/w/d)",
        org=("recruiting@lumenstein.de", "Lumenstein Recruiting"),
        att=[person("f.hoffmann@lumenstein.de", "Frieda Hoffmann")],
        desc=(
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Senior Data Engineer (m/w/d)! Wir möchten dich gern in "
            "einem ersten, lockeren Gespräch (ca. 30 Minuten) kennenlernen. Frieda aus unserem People-Team erzählt dir "
            "mehr über Lumenstein und freut sich auf deine Fragen.\n\nViele Grüße\nDein Lumenstein Team\n\n"
            "Gesendet über Personio"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Fachgespräch Lumenstein - Runde 2",
        interview=True,
        company="Lumenstein",
        role="Senior Data Engineer (m/w/d)",
        org=("recruiting@lumenstein.de", "Lumenstein Recruiting"),
        att=[
            person("m.kranz@lumenstein.de", "Matthias Kranz"),
            person("y.demir@lumenstein.de", "Yasemin Demir"),
        ],
        desc=(
            "Hallo Alex,\n\nwie besprochen hier die Einladung zum Fachgespräch mit Matthias (Head of Data) und Yasemin "
            "(Tech Lead). Plane bitte 75 Minuten ein; wir schauen uns gemeinsam eine Architektur-Frage an.\n\n"
            "Gesendet über Personio"
        ),
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Teamtailor: Samtal med Vinterhav",
        interview=True,
        company="Vinterhav",
        role="Backend-utvecklare",
        org=("noreply@teamtailor.com", "Vinterhav"),
        att=[person("ebba.nystrom@vinterhav.se", "Ebba Nyström")],
        desc=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten som Backend-utvecklare. Vi vill gärna träffa dig för ett "
            "första samtal över video, ca 30 min, med Ebba från vårt rekryteringsteam.\n\nVänliga hälsningar\nVinterhav\n\n"
            "Skickat via Teamtailor"
        ),
        meet="meet",
        zone="Europe/Stockholm",
    )
    _x(
        "Case-presentation - Vinterhav",
        interview=True,
        company="Vinterhav",
        role="Backend-utvecklare",
        org=("noreply@teamtailor.com", "Vinterhav"),
        att=[
            person("ebba.nystrom@vinterhav.se", "Ebba Nyström"),
            person("oskar.lind@vinterhav.se", "Oskar Lind"),
        ],
        desc=(
            "Hej igen Alex! Nästa steg är att du presenterar ditt hemcase för Oskar (teknisk chef) och ett par utvecklare. "
            "20 min presentation + 40 min frågor.\n\nSkickat via Teamtailor"
        ),
        loc="Vinterhav, Sveavägen 44, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Kennismaking Dijkstroom x Alex",
        interview=True,
        company="Dijkstroom",
        role="Data Engineer",
        org=("jobs@dijkstroom.nl", "Dijkstroom Recruitment"),
        att=[person("s.vanderlinden@dijkstroom.nl", "Sanne van der Linden")],
        desc=(
            "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd op de vacature Data Engineer! Graag plannen we een "
            "kennismakingsgesprek van 45 minuten met Sanne (teamlead Data).\n\nGroet,\nTeam Dijkstroom\n\nVerstuurd via Recruitee"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGlqaw%40thread.v2/0",
        ),
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede ronde - Dijkstroom",
        interview=True,
        company="Dijkstroom",
        role="Data Engineer",
        org=("jobs@dijkstroom.nl", "Dijkstroom Recruitment"),
        desc=(
            "Hoi Alex, fijn dat je door bent naar de tweede ronde! Je spreekt met Sanne en met Joost (CTO). "
            "We vragen je een korte presentatie (10 min) te geven over een project waar je trots op bent.\n\nVerstuurd via Recruitee"
        ),
        loc="Dijkstroom, Oudegracht 210, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Workable - Call with Tidewell Health",
        interview=True,
        company="Tidewell Health",
        role="Senior Full-Stack Developer",
        org=("notifications@workablemail.com", "Tidewell Health"),
        att=[person("carmen.oyelaran@tidewellhealth.com", "Carmen Oyelaran")],
        desc=(
            "Hi Alex,\n\nThank you for applying for the Senior Full-Stack Developer position at Tidewell Health. "
            "Carmen would like to have a quick call with you to discuss your experience.\n\nThe call will take place "
            "on Google Meet.\n\nBest,\nTidewell Health Hiring Team"
        ),
        meet="meet",
    )
    _x(
        "Work Sample Review - Tidewell Health",
        interview=True,
        company="Tidewell Health",
        role="Senior Full-Stack Developer",
        org=("notifications@workablemail.com", "Tidewell Health"),
        att=[
            person("carmen.oyelaran@tidewellhealth.com", "Carmen Oyelaran"),
            person("wes.tanaka@tidewellhealth.com", "Wes Tanaka"),
        ],
        desc=(
            "Hi Alex, thanks for sending over your work sample. Wes (Engineering Manager) would like to walk through it "
            "with you live and extend it a little together. 60 minutes."
        ),
        meet="meet",
    )
    _x(
        "JazzHR - Scheduled: Second Conversation",
        interview=True,
        company="Copperkettle Coffee Co.",
        role="Operations Data Analyst",
        org=("scheduling@applytojob.com", "Copperkettle Coffee Co."),
        desc=(
            "Hello Alex,\n\nYou have been scheduled for a second conversation for the Operations Data Analyst position "
            "with Copperkettle Coffee Co.\n\nLocation: Phone - we will call you\nLength: 45 minutes\n\nThanks,\nMarcy Delgado\nHR Generalist"
        ),
        zone="America/Denver",
    )
    _x(
        "BambooHR Hiring: Meet with Hiring Manager",
        interview=True,
        company="Oakridge Dental Partners",
        role="Data Analyst",
        org=("notifications@bamboohr.com", "Oakridge Dental Partners"),
        att=[person("trevor.bains@oakridgedental.com", "Trevor Bains")],
        desc=(
            "Hi Alex,\n\nTrevor Bains, our hiring manager for the Data Analyst opening, would like to meet with you. "
            "Please use the Zoom link below.\n\nOakridge Dental Partners | People Operations"
        ),
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/83310029461"),
        zone="America/Phoenix",
    )
    _x(
        "Final round - Saltmarsh Analytics",
        interview=True,
        company="Saltmarsh Analytics",
        role="Lead Data Scientist",
        org=("recruiting@saltmarsh-analytics.com", "Saltmarsh Recruiting"),
        att=[
            person("ceo@saltmarsh-analytics.com", "Harriet Vance"),
            person("cto@saltmarsh-analytics.com", "Dmitri Volkov"),
        ],
        desc=(
            "Hi Alex,\n\nYou're invited to the final stage for Lead Data Scientist: a 60 minute conversation with Harriet (CEO) "
            "and Dmitri (CTO). No prep needed beyond thinking about what you'd want your first 90 days to look like.\n\n"
            "Scheduled via Greenhouse"
        ),
        conf=("Zoom Meeting", "https://saltmarsh.zoom.us/j/7720314498"),
        zone="Europe/London",
    )
    _x(
        "Superday - Kestrel Ridge Capital",
        interview=True,
        company="Kestrel Ridge Capital",
        role="Quantitative Developer",
        org=("campus@kestrelridge.com", "Kestrel Ridge Talent"),
        desc=(
            "Dear Alex,\n\nCongratulations - we are delighted to invite you to our Superday for the Quantitative Developer "
            "position. The day consists of four back-to-back 45 minute sessions (technical, probability, systems and a "
            "conversation with a Managing Director), with a short lunch break.\n\nPlease arrive at 8:45 at reception, "
            "450 Lexington Avenue, 21st floor, with photo ID.\n\nKind regards,\nKestrel Ridge Talent Team\n\nSent via Workday"
        ),
        loc="450 Lexington Avenue, 21st Floor, New York, NY",
        zone="America/New_York",
    )
    _x(
        "Lever - Stage 3: Systems Design",
        interview=True,
        company="Quillfeather",
        role="Platform Engineer",
        org=("noreply@hire.lever.co", "Quillfeather via Lever"),
        att=[person("oleg.brandt@quillfeather.io", "Oleg Brandt")],
        desc="Stage 3 of 4 for Platform Engineer. Oleg will run a 60 min systems design session. Excalidraw link will be shared in the call.",
        meet="meet",
    )


def _scheduler_invitations() -> None:
    _x(
        "Alex Rivera and Nadia Petrov",
        interview=True,
        company="Stonebridge Robotics",
        role="Embedded Software Engineer",
        org=("nadia.petrov@stonebridgerobotics.com", "Nadia Petrov"),
        desc=(
            "Event Name: Intro call - Embedded Software Engineer\n\nPlease share anything that will help prepare for our meeting.: "
            "Applied through the careers page last week, happy to chat.\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/3f9b1c2e\nReschedule: https://calendly.com/reschedulings/3f9b1c2e\n\n"
            "Powered by Calendly.com"
        ),
        conf=("Zoom Meeting", "https://stonebridge.zoom.us/j/6612093348"),
    )
    _x(
        "30 Minute Meeting between Alex Rivera and Tom Baptiste",
        interview=True,
        company="Greywater Studios",
        role="Technical Artist",
        org=("tom@greywaterstudios.com", "Tom Baptiste"),
        desc=(
            "Event Name: 30 Minute Meeting\n\nLocation: This is a Google Meet web conference.\n\n"
            "Please share anything that will help prepare for our meeting.: Following up on my application for the Technical Artist "
            "opening - thanks for reaching out!\n\nPowered by Calendly.com"
        ),
        meet="meet",
    )
    _x(
        "Coffee chat w/ Alex (Halden Bio)",
        interview=True,
        company="Halden Bio",
        role="Bioinformatics Engineer",
        org=("recruiting@haldenbio.com", "Halden Bio Recruiting"),
        att=[person("yuki.matsuda@haldenbio.com", "Yuki Matsuda")],
        desc=(
            "Hi Alex,\n\nYour coffee chat with Yuki Matsuda (Hiring Manager, Bioinformatics Engineer) is confirmed.\n\n"
            "This is a relaxed conversation - Yuki will share more about the team and the role, and you'll have plenty of time for questions.\n\n"
            "Scheduled by GoodTime on behalf of Halden Bio. To reschedule, reply to this message."
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "Halden Bio | Virtual Loop | Alex Rivera",
        interview=True,
        company="Halden Bio",
        role="Bioinformatics Engineer",
        org=("recruiting@haldenbio.com", "Halden Bio Recruiting"),
        att=[
            person("yuki.matsuda@haldenbio.com", "Yuki Matsuda"),
            person("arjun.bhatt@haldenbio.com", "Arjun Bhatt"),
            person("claire.dumont@haldenbio.com", "Claire Dumont"),
        ],
        desc=(
            "Your loop for Bioinformatics Engineer:\n\n10:00-10:45 Pipelines deep dive (Arjun Bhatt)\n"
            "10:50-11:35 Collaboration & scientific partners (Claire Dumont)\n11:40-12:15 Wrap-up with hiring manager (Yuki Matsuda)\n\n"
            "Scheduled by GoodTime"
        ),
        meet="meet",
        zone="America/Los_Angeles",
    )
    _x(
        "[ModernLoop] Alex Rivera - Pairing Session",
        interview=True,
        company="Pebblestack",
        role="Senior Frontend Engineer",
        org=("candidates@pebblestack.dev", "Pebblestack Recruiting"),
        att=[person("zoe.kaminski@pebblestack.dev", "Zoe Kaminski")],
        desc=(
            "Hi Alex,\n\nYou're confirmed for a Pairing Session as part of the Senior Frontend Engineer process at Pebblestack.\n"
            "Interviewer: Zoe Kaminski\nDuration: 60 min\nWe'll send a CodeSandbox link at the start.\n\nScheduled with ModernLoop"
        ),
        conf=("Zoom Meeting", "https://pebblestack.zoom.us/j/5530021987"),
    )
    _x(
        "[ModernLoop] Alex Rivera - Values & Collaboration",
        interview=True,
        company="Pebblestack",
        role="Senior Frontend Engineer",
        org=("candidates@pebblestack.dev", "Pebblestack Recruiting"),
        att=[person("luis.arce@pebblestack.dev", "Luis Arce")],
        desc="Conversation with Luis Arce (Head of Engineering). Senior Frontend Engineer, final stage.\n\nScheduled with ModernLoop",
        conf=("Zoom Meeting", "https://pebblestack.zoom.us/j/5530044102"),
    )
    _x(
        "Intro call between Alex Rivera and Ola Nwosu",
        interview=True,
        company="Marrowgate",
        role="Founding Engineer",
        org=("ola@marrowgate.io", "Ola Nwosu"),
        desc=(
            "Intro call\n\nWhat: we're hiring our first Founding Engineer and Ola (co-founder) would love to chat about it.\n"
            "Additional notes: Saw your open-source work on the queue library.\n\nBooked via Cal.com\n"
            "Reschedule or cancel: https://cal.com/booking/7b21d9"
        ),
        loc="https://cal.com/video/7b21d9",
    )
    _x(
        "Technical deep dive - Marrowgate",
        interview=True,
        company="Marrowgate",
        role="Founding Engineer",
        org=("ola@marrowgate.io", "Ola Nwosu"),
        att=[person("ben@marrowgate.io", "Ben Ruiz")],
        desc="Booked via Cal.com - 60 min with Ben (CTO). Bring something you built and want to walk us through.",
        loc="https://cal.com/video/8c40e2",
    )
    _x(
        "Candidate conversation: Alex Rivera",
        interview=True,
        company="Whitcombe County Council",
        role="Data Platform Lead",
        org=("recruitment@whitcombe.gov.uk", "Whitcombe County Council Recruitment"),
        desc=(
            "Your booking is confirmed.\n\nService: Candidate conversation - Data Platform Lead (ref WCC-1147)\n"
            "Staff: Deborah Ainsworth\nDuration: 45 minutes\n\nThis booking was made with Microsoft Bookings."
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d2hpdGNvbWJl%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Assessment centre - Whitcombe County Council",
        interview=True,
        company="Whitcombe County Council",
        role="Data Platform Lead",
        org=("recruitment@whitcombe.gov.uk", "Whitcombe County Council Recruitment"),
        desc=(
            "Dear Alex,\n\nFurther to your application for Data Platform Lead (WCC-1147), we are pleased to invite you to our "
            "assessment centre. The day includes a group exercise, a written in-tray exercise and a panel discussion with the "
            "Head of Digital.\n\nVenue: County Hall, Market Street, Whitcombe. Please bring photo ID and your right-to-work documents."
        ),
        loc="County Hall, Market Street, Whitcombe",
        zone="Europe/London",
    )
    _x(
        "Booking: Recruiter screen",
        interview=True,
        company="Talisker Mobility",
        role=None,
        org=("bookings@taliskermobility.com", "Talisker Mobility Careers"),
        desc="Microsoft Bookings\n\nService: Recruiter screen (20 min)\nStaff: Hamish Grant\nCustomer: Alex Rivera\n\nJoin on Teams from the link below.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dGFsaXNrZXI%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "Alex Rivera / Sophie Brandt - Get to know each other",
        interview=True,
        company="Linden & Rowe",
        role="Senior Product Analyst",
        org=("sophie.brandt@lindenrowe.com", "Sophie Brandt"),
        desc=(
            "Event type: Get to know each other (Senior Product Analyst)\nInvitee: Alex Rivera\n"
            "Invitee Time Zone: Eastern Time - US & Canada\n\nPowered by Calendly.com"
        ),
        meet="meet",
        zone="America/New_York",
    )


def _agency_invitations() -> None:
    _x(
        "Client call - Meridian Payments (via Brookfield Talent)",
        interview=True,
        company="Meridian Payments",
        role="Senior Java Developer",
        org=("holly.mercer@brookfieldtalent.co.uk", "Holly Mercer"),
        desc=(
            "Hi Alex,\n\nGreat news - Meridian Payments would like to speak to you! This is a 45 minute video call with "
            "Rupert Kaye (Engineering Manager) for the Senior Java Developer role we discussed. Dial-in is below.\n\n"
            "Give me a ring straight after so we can debrief.\n\nHolly Mercer\nSenior Consultant | Brookfield Talent"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWVyaWRpYW4%40thread.v2/0",
        ),
        zone="Europe/London",
    )
    _x(
        "2nd stage - Meridian Payments",
        interview=True,
        company="Meridian Payments",
        role="Senior Java Developer",
        org=("holly.mercer@brookfieldtalent.co.uk", "Holly Mercer"),
        desc=(
            "Hi Alex, 2nd stage confirmed at their Canary Wharf office: a technical whiteboard session with two of the team "
            "then 30 mins with the CTO. Ask for Rupert at reception. Good luck!\nHolly"
        ),
        loc="Meridian Payments, 1 Canada Square, London E14",
        zone="Europe/London",
    )
    _x(
        "Alex Rivera - Confidential client - Head of Data",
        interview=True,
        company=None,
        role="Head of Data",
        org=("k.osei@ashgroveexecutive.com", "Kwame Osei"),
        desc=(
            "Alex, as discussed, the first conversation with my client's Chief Operating Officer. I can't share the name in "
            "writing until the NDA is signed, but everything else is in the pack I sent. Video link to follow.\nKwame - Ashgrove Executive Search"
        ),
        zone="Europe/London",
    )
    _x(
        "Catch-up with Rockwell Staffing re: Ferrovia Logistics",
        interview=True,
        company="Ferrovia Logistics",
        role="Integration Engineer",
        org=("danielle@rockwellstaffing.com", "Danielle Price"),
        att=[person("m.conti@ferrovialogistics.com", "Marco Conti")],
        desc=(
            "Hi Alex - Marco (IT Director at Ferrovia Logistics) will join to talk about the Integration Engineer contract. "
            "It's a conversation rather than anything formal, but do have your CV to hand.\nDanielle"
        ),
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/81234009812"),
        zone="America/Chicago",
    )
    _x(
        "Hiring Manager Call - Solenne Cosmetics (Hays)",
        interview=True,
        company="Solenne Cosmetics",
        role="CRM Data Analyst",
        org=("amelie.roux@hays.fr", "Amélie Roux"),
        desc=(
            "Bonjour Alex,\n\nComme convenu, voici l'invitation pour l'échange avec la responsable CRM de Solenne Cosmetics "
            "pour le poste de CRM Data Analyst. Durée : 45 min, en anglais et en français.\n\nBonne chance !\nAmélie Roux\nHays Paris"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c29sZW5uZQ%40thread.v2/0",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Gesprek bij opdrachtgever - Brink Verzekeringen",
        interview=True,
        company="Brink Verzekeringen",
        role="Senior BI-ontwikkelaar",
        org=("lotte@techtalent.nl", "Lotte Visser"),
        desc=(
            "Hoi Alex,\n\nBevestiging van het gesprek bij Brink Verzekeringen voor de rol van Senior BI-ontwikkelaar. "
            "Je spreekt met de manager BI en een senior collega. Melden bij de receptie, vraag naar Erik.\n\nSucces!\nLotte - TechTalent"
        ),
        loc="Brink Verzekeringen, Stationsplein 12, Amersfoort",
        zone="Europe/Amsterdam",
    )
    _x(
        "Video call - Pasternak Engineering / Alex",
        interview=True,
        company="Pasternak Engineering",
        role="DevOps Engineer",
        org=("julia.nowak@itrecruit.pl", "Julia Nowak"),
        desc=(
            "Cześć Alex,\n\npotwierdzam rozmowę wideo z klientem Pasternak Engineering na stanowisko DevOps Engineer. "
            "Po stronie klienta: Tomasz (Team Lead) i Agata (HR). Rozmowa po angielsku, ok. 60 min.\n\nPozdrawiam\nJulia, IT Recruit"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGFzdGVybmFr%40thread.v2/0",
        ),
        zone="Europe/Warsaw",
    )
    _x(
        "Prep call before client meeting (Brookfield)",
        interview=False,
        company=None,
        role=None,
        org=("holly.mercer@brookfieldtalent.co.uk", "Holly Mercer"),
        desc="Quick 15 min prep before you speak to Meridian tomorrow - I'll run through what Rupert tends to ask.",
        zone="Europe/London",
    )


def _own_notes() -> None:
    _x("Fernhill - round 2", interview=True, company="Fernhill Labs", role=None)
    _x("Quillfeather stage 3", interview=True, company="Quillfeather", role=None)
    _x("call w/ recruiter @ Norsk Tidevann", interview=True, company="Norsk Tidevann", role=None)
    _x(
        "Tallgrass Ag final",
        interview=True,
        company="Tallgrass Ag",
        role="Staff Data Engineer",
        desc="final w/ VP Eng + CPO. staff data eng. ask about on-call + remote policy",
    )
    _x(
        "Brightlane superday",
        interview=True,
        company="Brightlane",
        role=None,
        loc="Brightlane, 88 Wood Street, London EC2",
        zone="Europe/London",
    )
    _x(
        "HM chat - Osprey Health (analytics eng)",
        interview=True,
        company="Osprey Health",
        role="analytics eng",
    )
    _x(
        "Corvid Systems - case",
        interview=True,
        company="Corvid Systems",
        role=None,
        desc="Live case w/ 2 of their consultants. Bring calculator. 60 min. Zoom link in recruiter email.",
    )
    _x(
        "presentation to Kinsale Bank panel",
        interview=True,
        company="Kinsale Bank",
        role=None,
        desc="20 min deck on the take-home + Q&A. 3rd stage.",
    )
    _x(
        "trial shift @ Ember & Oak",
        interview=True,
        company="Ember & Oak",
        role="Sous Chef",
        desc="sous chef trial, bring knives + whites, ask for Pietro",
        loc="Ember & Oak, 14 Hanover Lane",
    )
    _x("Zephyrine 1st call", interview=True, company="Zephyrine", role=None)
    _x("Mosswood screen (recruiter, 20m)", interview=True, company="Mosswood", role=None)
    _x(
        "Gilded Finch - meet the team",
        interview=True,
        company="Gilded Finch",
        role=None,
        loc="Gilded Finch HQ, 3rd floor",
    )
    _x(
        "Redfern Logistics work sample due + walkthrough",
        interview=True,
        company="Redfern Logistics",
        role="Solutions Engineer",
        desc="walk them through the sample (solutions engineer role). 45 min w/ hiring mgr",
    )
    _x("Tech round Orchard Compute", interview=True, company="Orchard Compute", role=None)
    _x(
        "Cobaltline onsite",
        interview=True,
        company="Cobaltline",
        role="SRE",
        desc="SRE onsite. 4 sessions. parking garage on 2nd St, badge at desk",
        loc="Cobaltline, 600 2nd St, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Vossberg AC",
        interview=True,
        company="Vossberg",
        role=None,
        desc="assessment centre - group exercise, role play, panel",
        zone="Europe/Berlin",
    )
    _x(
        "Peridot Games: chat with Lena (eng mgr)",
        interview=True,
        company="Peridot Games",
        role=None,
        desc="she reached out on LinkedIn re: gameplay engineer opening. 30 min video",
        meet="meet",
    )
    _x("Ardent Labs - 2nd round (HM)", interview=True, company="Ardent Labs", role=None)
    _x(
        "Call back from Hollis & Park recruiter about the PM role",
        interview=True,
        company="Hollis & Park",
        role="PM",
    )
    _x(
        "Starling Heath - stage 4 (exec)",
        interview=True,
        company="Starling Heath",
        role=None,
        desc="last stage! CFO + COO. they said offer decision within the week",
    )
    _x(
        "Quarry Bay Partners - case round 1",
        interview=True,
        company="Quarry Bay Partners",
        role="Associate",
        desc="Associate, market sizing case",
    )
    _x(
        "Trial day Fable Bakery",
        interview=True,
        company="Fable Bakery",
        role="Head Baker",
        desc="paid trial for head baker position. 5am start!!",
        loc="Fable Bakery, 22 Mill Road",
    )
    # look-alike own notes
    _x(
        "prep for Quillfeather stage 3",
        interview=False,
        company=None,
        role=None,
        desc="review consistent hashing, draw the ingest system",
    )
    _x("send thank-you notes (Fernhill)", interview=False, company=None, role=None)
    _x(
        "Tallgrass offer call?? - hold",
        interview=False,
        company=None,
        role=None,
        desc="recruiter said she'd call with numbers",
    )
    _x(
        "mock case w/ Priyanka",
        interview=False,
        company=None,
        role=None,
        desc="she plays interviewer, I do market sizing, swap after",
    )


def _description_only_cues() -> None:
    _x(
        "Alex Rivera",
        interview=True,
        company="Wrenfield Insurance",
        role="Senior Actuarial Analyst",
        org=("jessica.boateng@wrenfield.com", "Jessica Boateng"),
        desc=(
            "Hi Alex, as mentioned on the phone, this is the next step in your application for the Senior Actuarial Analyst "
            "role. You'll meet Gordon Hale, the hiring manager, for about 45 minutes.\n\nBest,\nJessica"
        ),
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_d3JlbmZpZWxk%40thread.v2/0",
        ),
    )
    _x(
        "Catch up",
        interview=True,
        company="Lattice Peak",
        role="Engineering Manager",
        org=("olivia.chen@latticepeak.com", "Olivia Chen"),
        desc=(
            "Hi Alex - thanks again for your time last week. As next steps, I'd love for you to catch up with our VP of Engineering, "
            "Marcus, about the Engineering Manager opening. He's keen to hear how you've grown teams.\n\nOlivia (Talent Partner, Lattice Peak)"
        ),
        meet="meet",
    )
    _x(
        "Sync",
        interview=True,
        company="Bluefen",
        role="Data Engineer",
        org=("arnav.kapoor@bluefen.io", "Arnav Kapoor"),
        desc="Hiring manager sync re your application (Data Engineer). 30 min, keep it casual.",
        meet="meet",
    )
    _x(
        "Follow-up conversation",
        interview=True,
        company="Calder & Moss",
        role="Senior Consultant, Data Strategy",
        org=("recruitment@caldermoss.com", "Calder & Moss Recruitment"),
        desc=(
            "Dear Alex,\n\nThank you for your interest in the Senior Consultant, Data Strategy position. Following your first "
            "conversation with Ruth, we'd like to invite you to a follow-up with two partners of the Data practice.\n\n"
            "Kind regards,\nCalder & Moss Recruitment"
        ),
        loc="Calder & Moss, 12 Finsbury Square, London",
        zone="Europe/London",
    )
    _x(
        "Alex <> Priya",
        interview=True,
        company="Tessellate",
        role="Product Designer",
        org=("priya@tessellate.design", "Priya Nair"),
        desc="Hey Alex, excited to learn more about you! I'm the hiring manager for the Product Designer role at Tessellate. Bring a couple of projects you'd like to show.",
        conf=("Zoom Meeting", "https://tessellate.zoom.us/j/9412227701"),
    )
    _x(
        "Touch base - next steps",
        interview=True,
        company="Hawthorne Grid",
        role=None,
        org=("l.mwangi@hawthornegrid.com", "Lucy Mwangi"),
        desc="Hi Alex, short call to go over next steps in your application and schedule the final round. Lucy, Talent Acquisition, Hawthorne Grid",
        zone="America/New_York",
    )
    _x(
        "Meeting with Graham Pickford",
        interview=True,
        company="Pickford & Lowe",
        role="Financial Systems Analyst",
        org=("g.pickford@pickfordlowe.co.uk", "Graham Pickford"),
        desc="Alex, pleased you could come in. We'll talk about the Financial Systems Analyst vacancy and I'll introduce you to a couple of the team. Reception on the ground floor.",
        loc="Pickford & Lowe, 7 Queen Street, Leeds",
        zone="Europe/London",
    )
    _x(
        "Quick call",
        interview=True,
        company="Saffron Rail",
        role="Data Scientist",
        org=("talent@saffronrail.com", "Saffron Rail Talent"),
        desc="Re: your application - Data Scientist (SR-339). A member of our talent team will call you on the number provided.",
    )
    _x(
        "Conversation w/ Director of Product",
        interview=True,
        company="Ironbark Software",
        role="Senior Product Manager",
        org=("hiring@ironbarksoftware.com", "Ironbark Hiring Team"),
        desc="Hi Alex,\nThis is part of the Senior Product Manager process. You'll speak with Kate Lindgren, Director of Product. 45 min.\nIronbark Hiring Team",
        meet="meet",
    )
    _x(
        "Alex Rivera - Take-home debrief",
        interview=True,
        company="Coppergate Health",
        role="Senior Data Analyst",
        org=("ats@coppergatehealth.org", "Coppergate Health Careers"),
        desc="Your application: Senior Data Analyst. Walk the panel through your take-home and answer follow-up questions.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/88120044719"),
    )
    _x(
        "Coffee",
        interview=True,
        company="Mapleton Ventures",
        role="Platform Lead",
        org=("sara@mapletonvc.com", "Sara Lindholm"),
        desc="Alex - informal coffee to talk about the Platform Lead role at Mapleton Ventures before we put you in front of the partners. My treat.",
        loc="Brewlab, 41 Chestnut St",
    )
    _x(
        "Intro",
        interview=True,
        company="Halcyon Maps",
        role=None,
        org=("recruiting@halcyonmaps.com", "Halcyon Maps Recruiting"),
        desc="Hi Alex, thanks for applying to Halcyon Maps! This intro call is with our recruiter and takes about 25 minutes.",
        meet="meet",
    )
    # look-alikes with the same bare titles
    _x(
        "Catch up",
        interview=False,
        company=None,
        role=None,
        org=("james.oduya@initech.com", "James Oduya"),
        me=WORK_ME,
        desc="Monthly 1:1 catch up. Agenda in the doc.",
        meet="meet",
    )
    _x(
        "Sync",
        interview=False,
        company=None,
        role=None,
        org=("wen.li@initech.com", "Wen Li"),
        me=WORK_ME,
        desc="Weekly data-platform sync. Standing agenda: incidents, roadmap, hiring pipeline updates.",
    )
    _x(
        "Coffee",
        interview=False,
        company=None,
        role=None,
        org=("sam.rivera.family@gmail.com", "Sam Rivera"),
        desc="coffee before your flight?",
        loc="Blue Bottle, Ferry Building",
    )
    _x(
        "Quick call",
        interview=False,
        company=None,
        role=None,
        org=("accounts@northwind-utilities.com", "Northwind Utilities"),
        desc="Call back regarding your billing query, ref 44120.",
    )


def _split_onsites() -> None:
    # Onsite at Tallowmere, split into parts sent by the coordinator
    tm = ("coordinator@tallowmere.com", "Rosa Delacroix (Tallowmere Recruiting)")
    where = "Tallowmere, 250 Brannan St, San Francisco, CA"
    _x(
        "Welcome & office tour - Alex Rivera",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        desc="Rosa will meet you in the lobby at 9:30 and give you a quick tour before your first conversation. Senior Data Platform Engineer onsite, part 1 of 6.",
        loc=where,
        zone="America/Los_Angeles",
    )
    _x(
        "1:1 with Devin Marsh (Data Platform)",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        att=[person("devin.marsh@tallowmere.com", "Devin Marsh")],
        desc="Part 2 of 6 - systems conversation. Conference room Alcatraz.",
        loc=where,
        zone="America/Los_Angeles",
    )
    _x(
        "1:1 with Aiko Tanabe (Analytics)",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        att=[person("aiko.tanabe@tallowmere.com", "Aiko Tanabe")],
        desc="Part 3 of 6 - partnering with analytics customers. Conference room Alcatraz.",
        loc=where,
        zone="America/Los_Angeles",
    )
    _x(
        "Lunch with the team",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        att=[
            person("devin.marsh@tallowmere.com", "Devin Marsh"),
            person("felix.grant@tallowmere.com", "Felix Grant"),
        ],
        desc="Part 4 of 6 - casual lunch with a couple of engineers from the Data Platform team. Not evaluated - ask them anything!",
        loc=where,
        zone="America/Los_Angeles",
    )
    _x(
        "Coding session - Felix Grant",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        att=[person("felix.grant@tallowmere.com", "Felix Grant")],
        desc="Part 5 of 6. Laptop provided.",
        loc=where,
        zone="America/Los_Angeles",
    )
    _x(
        "Wrap up with hiring manager (Nora Bell)",
        interview=True,
        company="Tallowmere",
        role="Senior Data Platform Engineer",
        org=tm,
        att=[person("nora.bell@tallowmere.com", "Nora Bell")],
        desc="Part 6 of 6. Rosa will walk you out afterwards.",
        loc=where,
        zone="America/Los_Angeles",
    )
    # Onsite at Kiln & Co., Alex's own blocks copied from the agenda
    _x(
        "Kiln & Co. - tour + coffee w/ Hanne",
        interview=True,
        company="Kiln & Co.",
        role=None,
        loc="Kiln & Co., Refshalevej 161, Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Kiln & Co. - 1:1 CTO",
        interview=True,
        company="Kiln & Co.",
        role=None,
        loc="Kiln & Co., Refshalevej 161, Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Kiln & Co. - lunch w/ team",
        interview=True,
        company="Kiln & Co.",
        role=None,
        loc="Kiln & Co., Refshalevej 161, Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Kiln & Co. - pairing w/ Mads",
        interview=True,
        company="Kiln & Co.",
        role=None,
        loc="Kiln & Co., Refshalevej 161, Copenhagen",
        zone="Europe/Copenhagen",
    )
    _x(
        "Kiln & Co. - 1:1 Head of Product",
        interview=True,
        company="Kiln & Co.",
        role=None,
        loc="Kiln & Co., Refshalevej 161, Copenhagen",
        zone="Europe/Copenhagen",
    )
    # Onsite at Sundial Pharma from one ATS, one invite per person
    _x(
        "Alex Rivera - Session with Gemma Ortiz",
        interview=True,
        company="Sundial Pharma",
        role="Clinical Data Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[person("gemma.ortiz@sundialpharma.com", "Gemma Ortiz")],
        desc="Clinical Data Engineer onsite - Session 1: Data quality & validation. Building B, room 2.14. Please check in at security.",
        loc="Sundial Pharma, 1 Kendall Sq, Cambridge, MA",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Session with Hugo Lam",
        interview=True,
        company="Sundial Pharma",
        role="Clinical Data Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        att=[person("hugo.lam@sundialpharma.com", "Hugo Lam")],
        desc="Clinical Data Engineer onsite - Session 2: Working with biostatistics. Building B, room 2.14.",
        loc="Sundial Pharma, 1 Kendall Sq, Cambridge, MA",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Lunch with Sundial team",
        interview=True,
        company="Sundial Pharma",
        role="Clinical Data Engineer",
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="Clinical Data Engineer onsite - Lunch with future teammates in the Building B café.",
        loc="Sundial Pharma, 1 Kendall Sq, Cambridge, MA",
        zone="America/New_York",
    )
    # look-alikes: onsite-shaped things that are not Alex's interviews
    _x(
        "Candidate onsite - lunch buddy",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Thanks for being the lunch buddy for our Senior Analyst candidate (Jordan P.). Informal, not part of the evaluation. Meet in lobby 12:00.",
        loc="Initech HQ, Café level 2",
    )
    _x(
        "Office tour for new joiners",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("workplace@initech.com", "Initech Workplace"),
        desc="Could you walk the two new data engineers around floors 3-5 on their first day?",
        loc="Initech HQ, Reception",
    )
    _x(
        "Lunch with the team",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wen.li@initech.com", "Wen Li"),
        att=[
            person("james.oduya@initech.com", "James Oduya"),
            person("mei.zhang@initech.com", "Mei Zhang"),
        ],
        desc="Team lunch to celebrate the migration going live 🎉 Initech is paying.",
        loc="Osteria Nonna, 12 Pine St",
    )


def _languages_europe() -> None:
    # German
    _x(
        "Telefonat mit Frau Albrecht (Rheinwerk Digital)",
        interview=True,
        company="Rheinwerk Digital",
        role="Cloud Engineer",
        org=("k.albrecht@rheinwerk-digital.de", "Katharina Albrecht"),
        desc="Hallo Herr Rivera,\n\nwie vereinbart rufe ich Sie zu Ihrer Bewerbung als Cloud Engineer an. Das Telefonat dauert etwa 20 Minuten.\n\nMit freundlichen Grüßen\nKatharina Albrecht\nTalent Acquisition",
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeitstag Rheinwerk Digital",
        interview=True,
        company="Rheinwerk Digital",
        role="Cloud Engineer",
        org=("k.albrecht@rheinwerk-digital.de", "Katharina Albrecht"),
        desc="Hallo Herr Rivera,\n\nwir freuen uns, Sie zu einem Probearbeitstag einzuladen. Sie verbringen den Tag im Plattform-Team und lösen gemeinsam mit zwei Kollegen eine kleine Aufgabe. Mittagessen ist inklusive.",
        loc="Rheinwerk Digital, Mediapark 5, Köln",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch Geschäftsführung - Haller Maschinenbau",
        interview=True,
        company="Haller Maschinenbau",
        role=None,
        desc="3. Runde, mit GF + Personalleitung. Zeugnisse mitnehmen!",
        loc="Haller Maschinenbau GmbH, Industriestraße 8, Reutlingen",
        zone="Europe/Berlin",
    )
    # French
    _x(
        "Échange avec l'équipe Data - Maison Corail",
        interview=True,
        company="Maison Corail",
        role="Data Engineer confirmé",
        org=("talents@maisoncorail.fr", "Équipe Talents Maison Corail"),
        desc="Bonjour Alex,\n\nSuite à votre candidature au poste de Data Engineer confirmé, nous vous proposons un échange de 45 minutes avec Julien (Lead Data) et Manon (Data Engineer).\n\nÀ très vite,\nL'équipe Talents\n\nEnvoyé via Welcome to the Jungle",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Étude de cas - Maison Corail (étape 3)",
        interview=True,
        company="Maison Corail",
        role="Data Engineer confirmé",
        org=("talents@maisoncorail.fr", "Équipe Talents Maison Corail"),
        desc="Bonjour Alex, pour cette troisième étape, vous présenterez l'étude de cas reçue la semaine dernière devant Julien et la DSI. 30 min de restitution, 30 min de questions.",
        loc="Maison Corail, 18 rue de Paradis, 75010 Paris",
        zone="Europe/Paris",
    )
    _x(
        "Café avec Hélène - Verdane Conseil",
        interview=True,
        company="Verdane Conseil",
        role="Consultante senior",
        desc="premier contact, elle recrute une consultante senior pour son équipe",
        loc="Café Kitsuné, Palais Royal",
        zone="Europe/Paris",
    )
    # Spanish (Spain)
    _x(
        "Charla con el equipo - Almendro Tech",
        interview=True,
        company="Almendro Tech",
        role="Desarrollador/a Backend Senior",
        org=("talento@almendrotech.es", "Talento Almendro Tech"),
        desc="Hola Alex,\n\nGracias por tu candidatura a Desarrollador/a Backend Senior. Nos encantaría tener una charla de 40 minutos contigo para conocerte mejor y contarte el proyecto.\n\nUn saludo,\nLaura Giménez\nTalent Acquisition",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Prueba técnica en vivo - Almendro Tech (2ª fase)",
        interview=True,
        company="Almendro Tech",
        role="Desarrollador/a Backend Senior",
        org=("talento@almendrotech.es", "Talento Almendro Tech"),
        desc="Segunda fase del proceso: ejercicio en directo con dos personas del equipo de backend. 60 min.",
        meet="meet",
        zone="Europe/Madrid",
    )
    # Portuguese (Portugal)
    _x(
        "Conversa inicial | Alex Rivera - Atlântida Seguros",
        interview=True,
        company="Atlântida Seguros",
        role="Engenheiro de Dados",
        org=("recrutamento@atlantidaseguros.pt", "Recrutamento Atlântida Seguros"),
        desc="Olá Alex,\n\nObrigado pela sua candidatura para Engenheiro de Dados. Gostaríamos de marcar uma conversa inicial de 30 minutos por videochamada.\n\nCumprimentos,\nEquipa de Recrutamento\n\nEnviado via SmartRecruiters",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXRsYW50aWRh%40thread.v2/0",
        ),
        zone="Europe/Lisbon",
    )
    # Italian
    _x(
        "Videochiamata conoscitiva - Ferrante Moda",
        interview=True,
        company="Ferrante Moda",
        role="Data Analyst",
        org=("hr@ferrantemoda.it", "HR Ferrante Moda"),
        desc="Gentile Alex,\n\nla ringraziamo per la candidatura alla posizione di Data Analyst. Le proponiamo una videochiamata conoscitiva di circa 30 minuti con la nostra HR Business Partner, Giulia Sartori.\n\nCordiali saluti",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVycmFudGU%40thread.v2/0",
        ),
        zone="Europe/Rome",
    )
    _x(
        "Secondo incontro Ferrante Moda + presentazione",
        interview=True,
        company="Ferrante Moda",
        role="Data Analyst",
        desc="incontro con il responsabile BI, presentare l'analisi sul dataset vendite (15 min)",
        loc="Ferrante Moda, Via Tortona 27, Milano",
        zone="Europe/Rome",
    )
    # Polish
    _x(
        "Spotkanie z zespołem - Wisłoport",
        interview=True,
        company="Wisłoport",
        role="Senior Python Developer",
        org=("rekrutacja@wisloport.pl", "Rekrutacja Wisłoport"),
        desc="Cześć Alex!\n\nDziękujemy za aplikację na stanowisko Senior Python Developer. Zapraszamy na spotkanie z zespołem (ok. 60 min): rozmowa techniczna i pytania z Twojej strony.\n\nPozdrawiamy\nZespół Wisłoport\n\nWysłano przez Teamtailor",
        meet="meet",
        zone="Europe/Warsaw",
    )
    # Czech
    _x(
        "Úvodní hovor - Vltavín Software",
        interview=True,
        company="Vltavín Software",
        role="Java vývojář",
        org=("nabor@vltavin.cz", "Nábor Vltavín"),
        desc="Dobrý den, Alexi,\n\nděkujeme za Váš zájem o pozici Java vývojář. Rádi bychom si s Vámi domluvili úvodní hovor (cca 30 minut) přes Google Meet.\n\nS pozdravem\nPetra Dvořáková, HR",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Vltavín - 2. kolo (technické)",
        interview=True,
        company="Vltavín Software",
        role="Java vývojář",
        loc="Vltavín Software, Karlovo náměstí 3, Praha",
        zone="Europe/Prague",
    )
    # Danish
    _x(
        "Samtale hos Nordlys Energi",
        interview=True,
        company="Nordlys Energi",
        role="Dataanalytiker",
        org=("job@nordlysenergi.dk", "Nordlys Energi HR"),
        desc="Kære Alex\n\nTak for din ansøgning til stillingen som dataanalytiker. Vi vil gerne invitere dig til en samtale med afdelingschef Mette Kjær og en kollega fra teamet.\n\nVenlig hilsen\nNordlys Energi HR",
        loc="Nordlys Energi, Havnegade 39, København",
        zone="Europe/Copenhagen",
    )
    # Norwegian
    _x(
        "Bli kjent-samtale - Fjordkraft Digital",
        interview=True,
        company="Fjordkraft Digital",
        role="Utvikler",
        org=("rekruttering@fjordkraftdigital.no", "Rekruttering Fjordkraft Digital"),
        desc="Hei Alex!\n\nTakk for søknaden til stillingen som utvikler. Vi vil gjerne ta en uformell bli kjent-samtale på video, ca. 30 minutter.\n\nMvh\nIngrid Solberg",
        meet="meet",
        zone="Europe/Oslo",
    )
    # Finnish
    _x(
        "Tutustumiskeskustelu - Revontuli Oy",
        interview=True,
        company="Revontuli Oy",
        role="Ohjelmistokehittäjä",
        org=("rekry@revontuli.fi", "Revontuli Rekry"),
        desc="Hei Alex,\n\nKiitos hakemuksestasi ohjelmistokehittäjän tehtävään! Kutsumme sinut tutustumiskeskusteluun (n. 45 min) Teamsissa.\n\nTerveisin\nAino Virtanen, HR\n\nLähetetty Recruitee-palvelun kautta",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmV2b250dWxp%40thread.v2/0",
        ),
        zone="Europe/Helsinki",
    )
    # Greek
    _x(
        "Γνωριμία - Aegeon Data",
        interview=True,
        company="Aegeon Data",
        role="Μηχανικός Δεδομένων",
        org=("hr@aegeondata.gr", "Aegeon Data HR"),
        desc="Γεια σου Alex,\n\nΣε ευχαριστούμε για την αίτησή σου για τη θέση Μηχανικός Δεδομένων. Θα θέλαμε να κανονίσουμε μια πρώτη συζήτηση γνωριμίας μέσω βιντεοκλήσης (30 λεπτά).\n\nΦιλικά,\nΕλένη Παπαδοπούλου",
        meet="meet",
        zone="Europe/Athens",
    )
    # Romanian
    _x(
        "Discuție tehnică - Carpatica Soft (etapa 2)",
        interview=True,
        company="Carpatica Soft",
        role="Inginer DevOps",
        org=("cariere@carpaticasoft.ro", "Cariere Carpatica Soft"),
        desc="Bună Alex,\n\nMulțumim pentru aplicarea la poziția de Inginer DevOps. Te invităm la etapa a doua: o discuție tehnică de aproximativ o oră cu echipa de infrastructură.\n\nO zi bună,\nAndreea Popescu",
        meet="meet",
        zone="Europe/Bucharest",
    )
    # Hungarian
    _x(
        "Személyes találkozó - Dunakő Zrt.",
        interview=True,
        company="Dunakő Zrt.",
        role="Adatmérnök",
        org=("karrier@dunako.hu", "Dunakő Karrier"),
        desc="Kedves Alex!\n\nKöszönjük jelentkezésedet az Adatmérnök pozícióra. Szeretnénk meghívni egy személyes találkozóra a csapatvezetővel és egy HR kollégával.\n\nÜdvözlettel\nNagy Réka",
        loc="Dunakő Zrt., Váci út 45, Budapest",
        zone="Europe/Budapest",
    )
    # Ukrainian
    _x(
        "Дзвінок з рекрутером - Dnipro Labs",
        interview=True,
        company="Dnipro Labs",
        role="Senior Data Engineer",
        org=("hr@dniprolabs.com", "Олена Коваль"),
        desc="Привіт, Алекс!\n\nДякуємо за відгук на вакансію Senior Data Engineer. Пропоную коротку розмову (20-30 хв), щоб познайомитися та розповісти про проєкт.\n\nОлена, HR Dnipro Labs",
        meet="meet",
        zone="Europe/Kyiv",
    )
    # Russian
    _x(
        "Финальная встреча с СТО - Северный Код",
        interview=True,
        company="Северный Код",
        role=None,
        desc="финал, 45 мин, потом обещали обратную связь в течение 3 дней",
        conf=("Zoom Meeting", "https://us05web.zoom.us/j/84420117730"),
        zone="Europe/Riga",
    )


def _languages_world() -> None:
    # Japanese
    _x(
        "カジュアル面談（株式会社ミナトクラウド）",
        interview=True,
        company="ミナトクラウド",
        role="バックエンドエンジニア",
        org=("recruit@minatocloud.co.jp", "株式会社ミナトクラウド 採用担当"),
        desc="Alex Rivera 様\n\nこの度はバックエンドエンジニアのポジションにご応募いただき、誠にありがとうございます。まずはカジュアル面談として、30分ほどお話しできれば幸いです。\n\n株式会社ミナトクラウド 採用担当 佐藤",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "二次選考（技術）- ミナトクラウド",
        interview=True,
        company="ミナトクラウド",
        role="バックエンドエンジニア",
        org=("recruit@minatocloud.co.jp", "株式会社ミナトクラウド 採用担当"),
        desc="二次選考のご案内です。エンジニアリングマネージャー2名との技術的なお話（60分）となります。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終 ヒカリ製作所",
        interview=True,
        company="ヒカリ製作所",
        role=None,
        desc="役員と。スーツ。受付で名前を伝える",
        loc="東京都港区芝浦3-4-1",
        zone="Asia/Tokyo",
    )
    # Chinese (simplified)
    _x(
        "初步沟通 - 云杉科技",
        interview=True,
        company="云杉科技",
        role="数据工程师",
        org=("hr@yunshan-tech.cn", "云杉科技 人力资源部"),
        desc="Alex 您好，\n\n感谢您投递数据工程师岗位。我们希望与您进行一次约30分钟的视频沟通，了解您的经历并介绍团队情况。\n\n云杉科技 招聘团队",
        zone="Asia/Shanghai",
    )
    _x(
        "云杉科技 二面 (技术负责人)",
        interview=True,
        company="云杉科技",
        role=None,
        desc="二面，写代码+系统设计，腾讯会议",
        zone="Asia/Shanghai",
    )
    # Chinese (traditional)
    _x(
        "與用人主管視訊會談 - 晨星半導體",
        interview=True,
        company="晨星半導體",
        role="資深軟體工程師",
        org=("talent@morningstar-semi.com.tw", "晨星半導體 人才招募"),
        desc="Alex 您好：\n\n感謝您應徵資深軟體工程師一職。誠摯邀請您與用人主管林經理進行約45分鐘的視訊會談。\n\n人才招募組 敬上",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2VtaQ%40thread.v2/0",
        ),
        zone="Asia/Taipei",
    )
    # Korean
    _x(
        "커피챗 - 한빛페이",
        interview=True,
        company="한빛페이",
        role="백엔드 개발자",
        org=("talent@hanbitpay.co.kr", "한빛페이 피플팀"),
        desc="안녕하세요 Alex님,\n\n백엔드 개발자 포지션에 지원해 주셔서 감사합니다. 채용 담당 매니저와 30분 정도 편하게 커피챗을 진행하고자 합니다.\n\n한빛페이 피플팀 드림",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "한빛페이 3차 (컬처핏)",
        interview=True,
        company="한빛페이",
        role=None,
        loc="서울 강남구 테헤란로 152, 12층",
        zone="Asia/Seoul",
    )
    # Turkish
    _x(
        "Tanışma görüşmesi - Boğaziçi Yazılım",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Kıdemli Veri Mühendisi",
        org=("ik@bogazici-yazilim.com.tr", "Boğaziçi Yazılım İK"),
        desc="Merhaba Alex,\n\nKıdemli Veri Mühendisi pozisyonuna yaptığın başvuru için teşekkür ederiz. Seninle yaklaşık 30 dakikalık bir tanışma görüşmesi yapmak isteriz.\n\nSevgiler,\nZeynep Aksoy\nİnsan Kaynakları",
        meet="meet",
        zone="Europe/Istanbul",
    )
    # Hindi
    _x(
        "परिचय कॉल - Ganga Fintech",
        interview=True,
        company="Ganga Fintech",
        role="Senior Data Engineer",
        org=("talent@gangafintech.in", "Ganga Fintech Talent"),
        desc="नमस्ते Alex,\n\nSenior Data Engineer पद के लिए आवेदन करने के लिए धन्यवाद। हम आपके साथ लगभग 30 मिनट की एक परिचय कॉल रखना चाहेंगे, जिसमें हमारी टीम की हायरिंग मैनेजर शामिल होंगी।\n\nधन्यवाद,\nप्रिया शर्मा",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Ganga Fintech - Round 3 (director)",
        interview=True,
        company="Ganga Fintech",
        role=None,
        zone="Asia/Kolkata",
    )
    # Arabic
    _x(
        "مكالمة تعارف - شركة الواحة الرقمية",
        interview=True,
        company="الواحة الرقمية",
        role="مهندس بيانات",
        org=("careers@alwaha-digital.ae", "الواحة الرقمية - التوظيف"),
        desc="مرحباً Alex،\n\nشكراً لتقديمك على وظيفة مهندس بيانات. نود ترتيب مكالمة تعارف مدتها ٣٠ دقيقة مع مدير التوظيف.\n\nمع التحية،\nفريق التوظيف",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWx3YWhh%40thread.v2/0",
        ),
        zone="Asia/Dubai",
    )
    # Hebrew
    _x(
        "שיחה עם מנהלת הגיוס - Kinneret AI",
        interview=True,
        company="Kinneret AI",
        role="מהנדס/ת תוכנה בכיר/ה",
        org=("jobs@kinneret.ai", "Kinneret AI Recruiting"),
        desc="היי Alex,\n\nתודה על הפנייה למשרת מהנדס/ת תוכנה בכיר/ה. נשמח לקבוע שיחת היכרות של כחצי שעה עם מנהלת הגיוס.\n\nבהצלחה,\nנועה\n\nScheduled via Comeet",
        meet="meet",
        zone="Asia/Jerusalem",
    )
    # Portuguese (Brazil)
    _x(
        "Bate-papo com o time - Jabuticaba Pay",
        interview=True,
        company="Jabuticaba Pay",
        role="Pessoa Engenheira de Dados Sênior",
        org=("talentos@jabuticabapay.com.br", "Time de Talentos Jabuticaba"),
        desc="Oi Alex!\n\nObrigado por se candidatar à vaga de Pessoa Engenheira de Dados Sênior. Queremos marcar um bate-papo de 45 minutos com a liderança técnica para te conhecer melhor.\n\nAbraços,\nTime de Talentos\n\nEnviado via Gupy",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Jabuticaba - etapa final (case)",
        interview=True,
        company="Jabuticaba Pay",
        role=None,
        desc="apresentar o case pro head de dados e a CPO",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    # Spanish (Mexico)
    _x(
        "Llamada con reclutamiento - Grupo Huasteca",
        interview=True,
        company="Grupo Huasteca",
        role="Analista de Datos Sr.",
        org=("reclutamiento@grupohuasteca.mx", "Reclutamiento Grupo Huasteca"),
        desc="Hola Alex,\n\nGracias por postularte a la vacante de Analista de Datos Sr. Te agendamos una llamada de 20 minutos para platicar sobre tu experiencia y tus expectativas.\n\nSaludos,\nFernanda Ríos",
        zone="America/Mexico_City",
    )
    # Indonesian
    _x(
        "Sesi perkenalan - Nusantara Logistik",
        interview=True,
        company="Nusantara Logistik",
        role="Software Engineer",
        org=("rekrutmen@nusantaralogistik.co.id", "Tim Rekrutmen Nusantara Logistik"),
        desc="Halo Alex,\n\nTerima kasih telah melamar posisi Software Engineer. Kami mengundang Anda untuk sesi perkenalan selama 30 menit bersama Engineering Manager kami.\n\nSalam,\nTim Rekrutmen",
        meet="meet",
        zone="Asia/Jakarta",
    )
    # Vietnamese
    _x(
        "Trao đổi vòng 2 - Sông Hồng Tech",
        interview=True,
        company="Sông Hồng Tech",
        role="Kỹ sư dữ liệu",
        org=("tuyendung@songhongtech.vn", "Tuyển dụng Sông Hồng Tech"),
        desc="Chào Alex,\n\nCảm ơn bạn đã ứng tuyển vị trí Kỹ sư dữ liệu. Mời bạn tham gia buổi trao đổi vòng 2 với trưởng nhóm kỹ thuật, thời lượng khoảng 60 phút.\n\nTrân trọng,\nPhòng Nhân sự",
        meet="meet",
        zone="Asia/Ho_Chi_Minh",
    )
    # Thai
    _x(
        "พูดคุยกับทีม - Chao Phraya Digital",
        interview=True,
        company="Chao Phraya Digital",
        role="Data Engineer",
        org=("hr@chaophrayadigital.co.th", "Chao Phraya Digital HR"),
        desc="สวัสดีค่ะ Alex\n\nขอบคุณที่สนใจสมัครตำแหน่ง Data Engineer ทางบริษัทขอเชิญคุณพูดคุยกับหัวหน้าทีมประมาณ 45 นาทีผ่านวิดีโอคอล\n\nขอบคุณค่ะ\nฝ่ายบุคคล",
        meet="meet",
        zone="Asia/Bangkok",
    )


def _lookalikes_work() -> None:
    _x(
        "Chat with Mei re: dbt migration",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("mei.zhang@initech.com", "Mei Zhang"),
        desc="Quick chat to align on the dbt migration plan before Thursday.",
        meet="meet",
    )
    _x(
        "Case study workshop - Initech x Calloway Retail",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("priya.menon@initech.com", "Priya Menon"),
        att=[person("d.harlow@callowayretail.com", "Dean Harlow")],
        desc="Working session on the churn case study we're writing up for Calloway Retail. Please bring the cohort charts.",
        loc="Initech HQ, Room Everest",
    )
    _x(
        "Client presentation: Q3 insights for Larkspur Foods",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("tom.becker@initech.com", "Tom Becker"),
        att=[person("ops@larkspurfoods.com", "Larkspur Ops")],
        desc="Alex presents the Q3 dashboard findings (15 min), Tom takes questions.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bGFya3NwdXI%40thread.v2/0",
        ),
    )
    _x(
        "Panel: The Future of the Modern Data Stack",
        interview=False,
        company=None,
        role=None,
        org=("speakers@datacouncil-events.com", "DataSummit Speakers"),
        desc="Thanks for joining our panel! Speakers: Alex Rivera (Initech), Hana Kim (Quillfeather), Luca Moretti (Fernhill Labs). Moderator: Jade Okafor. Green room opens 30 min before.",
        loc="Moscone West, Room 2006, San Francisco",
        zone="America/Los_Angeles",
    )
    _x(
        "Trial: Hexaflow observability (week 1 check-in)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("ae@hexaflow.io", "Connor Reyes (Hexaflow)"),
        desc="Check-in on your 14-day trial of Hexaflow. We'll review the dashboards you set up and answer questions about pricing.",
        conf=("Zoom Meeting", "https://hexaflow.zoom.us/j/3390012277"),
    )
    _x(
        "Team building day - Initech Data",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wen.li@initech.com", "Wen Li"),
        desc="Escape room in the morning, lunch, then a walk along the river. Dress casually!",
        loc="Lockdown Escape Rooms, 55 Harbor Ave",
        all_day=True,
    )
    _x(
        "Supplier call - Brightcable renewal",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("accounts@brightcable.com", "Brightcable Account Team"),
        desc="Annual renewal discussion for Initech's data transfer contract. Next steps: pricing proposal.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YnJpZ2h0Y2FibGU%40thread.v2/0",
        ),
    )
    _x(
        "Vendor evaluation - Round 2 (Snowcap vs. Pinedata)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("procurement@initech.com", "Initech Procurement"),
        desc="Round 2 of the warehouse vendor evaluation: both shortlisted vendors present for 45 min each.",
        loc="Initech HQ, Room Denali",
    )
    _x(
        "Interviewer: Alex Rivera - Candidate Jordan Pike (Senior Analyst) - Technical",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("no-reply@greenhouse.io", "Greenhouse"),
        desc="You are scheduled to meet Jordan Pike for the Senior Analyst role. Please submit your scorecard in Greenhouse within 24 hours.",
        meet="meet",
    )
    _x(
        "Debrief: Senior Analyst loop (Jordan Pike)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="Hiring manager + panel debrief. Please have scorecards in before we meet.",
        meet="meet",
    )
    _x(
        "Hiring manager sync - open Data Engineer req",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("talent@initech.com", "Renee Foster"),
        desc="Weekly sync on your open Data Engineer requisition: pipeline, next steps for the two finalists, offer approvals.",
    )
    _x(
        "Work sample review - intern candidates",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wen.li@initech.com", "Wen Li"),
        desc="Let's grade the three intern work samples together before sending feedback.",
    )
    _x(
        "Superday volunteer briefing",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="Thanks for volunteering as an assessor at Friday's graduate superday. This 30 min briefing covers the scoring rubric.",
        meet="meet",
    )
    _x(
        "Assessment centre - assessor role (Initech grad scheme)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("campus@initech.com", "Initech Campus Recruiting"),
        desc="You're an assessor for the group exercise. Candidates arrive 9:00. Lunch provided for assessors.",
        loc="Initech HQ, Floors 2 & 3",
        all_day=True,
    )
    _x(
        "Quarterly business review presentation",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("cfo.office@initech.com", "Initech Finance"),
        desc="Alex to present data platform costs and roadmap (10 min).",
        loc="Initech HQ, Boardroom",
    )
    _x(
        "Meet the team: welcome Sofia!",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("wen.li@initech.com", "Wen Li"),
        desc="Sofia joins us Monday as our new analytics engineer. Come say hi over pastries.",
        loc="Initech HQ, Kitchen 4F",
    )
    _x(
        "Workday: Mid-year performance conversation",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("initech@myworkday.com", "Initech HR (Workday)"),
        desc="Your mid-year performance conversation with James Oduya has been scheduled. Please complete your self-assessment in Workday beforehand.",
    )
    _x(
        "Calendly: Demo of Loomis CRM for Initech",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("sales@loomiscrm.com", "Loomis CRM Sales"),
        desc="Event Name: Product Demo (45 min)\nInvitee: Alex Rivera (Initech)\nPowered by Calendly.com",
        conf=("Zoom Meeting", "https://loomis.zoom.us/j/2209914455"),
    )
    _x(
        "Final review: Q4 roadmap",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("james.oduya@initech.com", "James Oduya"),
        desc="Final review of the Q4 roadmap before it goes to leadership.",
    )
    _x(
        "Stage 3 rollout go/no-go",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("release@initech.com", "Initech Release Mgmt"),
        desc="Stage 3 of the new ingestion rollout (50% of traffic). Decide go/no-go.",
    )
    _x(
        "Video call with Tidewell Health (data sharing agreement)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("legal@initech.com", "Initech Legal"),
        att=[person("privacy@tidewellhealth.com", "Tidewell Privacy Office")],
        desc="Partnership call to finalise the data sharing agreement between Initech and Tidewell Health.",
        meet="meet",
    )
    _x(
        "Coffee chat with new hire (buddy program)",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        desc="You've been matched as an onboarding buddy with Ravi Patel. Grab a coffee and show him around!",
    )
    _x(
        "Personio: Onboarding-Termin für neue Mitarbeitende",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("noreply@personio.de", "Initech GmbH (Personio)"),
        desc="Onboarding-Session für neue Kolleg:innen im Berliner Büro. Alex stellt das Data-Team vor (10 Min).",
        zone="Europe/Berlin",
    )


def _lookalikes_personal() -> None:
    _x(
        "Coffee w/ Jess",
        interview=False,
        company=None,
        role=None,
        desc="catch up, she just got back from Lisbon",
        loc="Sightglass, 7th St",
    )
    _x(
        "Club championship - Round 2 vs. M. Okafor",
        interview=False,
        company=None,
        role=None,
        org=("tournaments@riversidetennisclub.org", "Riverside Tennis Club"),
        desc="Men's singles, round 2. Court 4. Please check in at the desk 15 minutes before your match.",
        loc="Riverside Tennis Club, Court 4",
    )
    _x(
        "Chess open - round 3",
        interview=False,
        company=None,
        role=None,
        loc="Community Centre Hall B",
        desc="board 12, black",
    )
    _x(
        "Watch Tour stage 3 w/ Dad",
        interview=False,
        company=None,
        role=None,
        desc="mountain stage!! 🚴",
    )
    _x(
        "Bake-off final 🍰",
        interview=False,
        company=None,
        role=None,
        desc="watch party at Maya's, bring wine",
    )
    _x(
        "Session with Dr. Ellis",
        interview=False,
        company=None,
        role=None,
        org=("notifications@calendly.com", "Dr. Hannah Ellis"),
        desc="Event Name: Therapy session (50 min)\nInvitee: Alex Rivera\nPowered by Calendly.com",
        loc="https://doxy.me/drellis",
    )
    _x(
        "Haircut - Marco",
        interview=False,
        company=None,
        role=None,
        org=("bookings@fadeandco.com", "Fade & Co."),
        desc="Booked via Cal.com. Service: Cut + beard (45 min).",
        loc="Fade & Co., 210 Valencia St",
    )
    _x(
        "Microsoft Bookings: Flu vaccination appointment",
        interview=False,
        company=None,
        role=None,
        org=("bookings@parksidemedical.org", "Parkside Medical Practice"),
        desc="Your booking is confirmed.\nService: Seasonal flu vaccination\nStaff: Nurse team",
        loc="Parkside Medical Practice, 12 Elm Road",
    )
    _x(
        "Video call with Abuela",
        interview=False,
        company=None,
        role=None,
        desc="her birthday! 88",
        meet="meet",
    )
    _x(
        "Getting to know each other - new neighbours",
        interview=False,
        company=None,
        role=None,
        org=("kwame.and.lisa@gmail.com", "Lisa Mensah"),
        desc="Drinks on our balcony - we just moved into 4B! Looking forward to meeting everyone.",
        loc="Apt 4B",
    )
    _x(
        "Trial class - Bouldering intro",
        interview=False,
        company=None,
        role=None,
        desc="first session free, shoes included",
        loc="Mission Cliffs",
    )
    _x(
        "Volunteer trial shift - City Harvest food bank",
        interview=False,
        company=None,
        role=None,
        org=("volunteers@cityharvestfb.org", "City Harvest Volunteers"),
        desc="Welcome! Your first volunteer shift is a trial so we can show you the warehouse. Closed-toe shoes please.",
        loc="City Harvest Warehouse, 55 Pier Rd",
    )
    _x(
        "Mock interview w/ Sam (system design)",
        interview=False,
        company=None,
        role=None,
        desc="Sam plays interviewer, practice the ingestion design",
    )
    _x(
        "Career coaching - session 3",
        interview=False,
        company=None,
        role=None,
        org=("coach@brightpathcareers.com", "Nadia Brooks"),
        desc="Session 3: preparing for final-round conversations and negotiation.",
        conf=("Zoom Meeting", "https://us02web.zoom.us/j/87711002934"),
    )
    _x(
        "Podcast recording - Data Engineering Weekly",
        interview=False,
        company=None,
        role=None,
        org=("host@deweekly.fm", "Chris Ng"),
        desc="We'll chat for ~40 min about your talk on streaming pipelines. Guest: Alex Rivera.",
        loc="https://riverside.fm/studio/deweekly",
    )
    _x(
        "Visa appointment - consulate",
        interview=False,
        company=None,
        role=None,
        desc="bring DS-160 confirmation, passport, photo. no phones inside",
        loc="Consulate General, 1 Embassy Way",
    )
    _x(
        "Parent-teacher conversation - Leo",
        interview=False,
        company=None,
        role=None,
        loc="Hillside Elementary, Room 12",
    )
    _x(
        "User research session (paid)",
        interview=False,
        company=None,
        role=None,
        org=("research@pebblestack.dev", "Pebblestack Research"),
        desc="Thanks for signing up to help us test our new dashboard. 45 min, you'll receive a $75 gift card.",
        conf=("Zoom Meeting", "https://pebblestack.zoom.us/j/5530099012"),
    )
    _x(
        "Mentoring chat with Ana (bootcamp mentee)",
        interview=False,
        company=None,
        role=None,
        desc="she has her round 2 at a fintech next week - help her prep",
        meet="meet",
    )
    _x(
        "Panel discussion at the library: Women in Tech",
        interview=False,
        company=None,
        role=None,
        desc="audience only, tickets in email",
        loc="Central Library, Auditorium",
    )


def _lookalikes_languages() -> None:
    _x(
        "Kaffee mit Jonas",
        interview=False,
        company=None,
        role=None,
        desc="Jonas ist wieder in der Stadt",
        loc="Café Einstein",
        zone="Europe/Berlin",
    )
    _x(
        "Déjeuner d'équipe",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("claire.martin@initech.com", "Claire Martin"),
        desc="Déjeuner mensuel de l'équipe Paris, on fête l'arrivée de Hugo.",
        loc="Le Petit Zinc",
        zone="Europe/Paris",
    )
    _x(
        "Charla con mamá",
        interview=False,
        company=None,
        role=None,
        desc="videollamada del domingo",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "三者面談（ユウタ）",
        interview=False,
        company=None,
        role=None,
        desc="担任の先生と。成績表を持参",
        loc="桜丘小学校",
        zone="Asia/Tokyo",
    )
    _x(
        "커피 - 지민이랑",
        interview=False,
        company=None,
        role=None,
        loc="성수동 카페",
        zone="Asia/Seoul",
    )
    _x(
        "Kennismaking nieuwe buren",
        interview=False,
        company=None,
        role=None,
        desc="borrel bij nummer 14",
        zone="Europe/Amsterdam",
    )
    _x(
        "Spotkanie zespołu - planowanie sprintu",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("piotr.zielinski@initech.com", "Piotr Zieliński"),
        desc="Planowanie sprintu 42, przegląd backlogu.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Fika med Lisa",
        interview=False,
        company=None,
        role=None,
        loc="Vete-Katten, Stockholm",
        zone="Europe/Stockholm",
    )
    _x(
        "Apresentação trimestral - resultados",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("rafael.souza@initech.com", "Rafael Souza"),
        desc="Apresentação dos resultados do trimestre para a diretoria.",
        zone="America/Sao_Paulo",
    )
    _x(
        "Finale torneo di padel 🎾",
        interview=False,
        company=None,
        role=None,
        desc="finale del torneo sociale, io e Marco vs. Luca e Paolo",
        loc="Padel Club Navigli",
        zone="Europe/Rome",
    )
    _x(
        "周会 - 数据平台组",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("li.wei@initech.com", "李伟"),
        desc="每周例会：进度同步、风险、下周计划",
        zone="Asia/Shanghai",
    )
    _x(
        "Tanışma kahvesi - yeni ev arkadaşı",
        interview=False,
        company=None,
        role=None,
        desc="ilanla gelen ev arkadaşı adayıyla kahve",
        zone="Europe/Istanbul",
    )
    _x(
        "Zkušební verze Jira - ukázka",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("obchod@atlasdevtools.cz", "Atlas DevTools"),
        desc="Ukázka zkušební verze nástroje pro tým Initech, 30 min.",
        meet="meet",
        zone="Europe/Prague",
    )
    _x(
        "Probetraining Fußball",
        interview=False,
        company=None,
        role=None,
        desc="Probetraining bei den Alten Herren, Schienbeinschoner!",
        loc="Sportplatz Nord",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien annuel avec ma manager",
        interview=False,
        company=None,
        role=None,
        me=WORK_ME,
        org=("claire.martin@initech.com", "Claire Martin"),
        desc="Entretien annuel d'évaluation 2024. Merci de remplir l'auto-évaluation.",
        zone="Europe/Paris",
    )
