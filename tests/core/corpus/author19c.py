# ruff: noqa: E501 -- data: event texts as written
"""Part author19c: eight weeks of Alex Rivera's calendar while applying in the US, UK, Germany,
Spain, Brazil, Japan and India. About 45% are Alex's own interviews (ATS invitations, tool
confirmations, updated and rescheduled invitations, split onsites, panels, recruiter screens from
personal addresses, informal coffees that are really interviews, case studies, executive finals,
terse self-typed entries, in English and the local languages); the rest is everything around
them: prep and reminders, mock interviews, networking and informational chats, recruiter
webinars, self-paced tests, job fairs, Alex's current job at Initech (including interviews Alex
conducts), appointments, family, and hobbies whose titles sound like hiring."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author19c", **kw)


def build() -> None:
    _ats_us()
    _tool_confirmations()
    _updated_invitations()
    _onsites_and_panels()
    _recruiters_and_coffees()
    _self_typed()
    _uk()
    _germany()
    _spain()
    _brazil()
    _japan()
    _india()
    _more_interviews()
    _prep_and_reminders()
    _mock_interviews()
    _networking()
    _recruiter_events()
    _online_tests()
    _job_fairs()
    _initech_work()
    _initech_hiring()
    _appointments()
    _family_and_social()
    _hobbies()


ZOOM = ("Zoom Meeting", "https://us02web.zoom.us/j/8123456789")
TEAMS = ("Microsoft Teams Meeting", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ")


def _ats_us() -> None:
    _x(
        "Interview with Cobaltline - Alex Rivera",
        interview=True,
        company="Cobaltline",
        role="Senior Data Engineer",
        org=("dana.whitfield@cobaltline.com", "Dana Whitfield"),
        att=[person("marcus.oyelaran@cobaltline.com", "Marcus Oyelaran")],
        desc="Hi Alex,\n\nYou're confirmed for your interview with Cobaltline for the Senior Data Engineer position.\n\nInterviewer: Marcus Oyelaran, Engineering Manager, Data Platform\nDuration: 45 minutes\nFormat: Technical conversation about past pipelines you have built. No coding.\n\nPlease join using the Zoom link below a few minutes early.\n\nBest,\nDana Whitfield\nRecruiting Coordinator, Cobaltline\n\nScheduled via Greenhouse",
        conf=ZOOM,
        zone="America/Los_Angeles",
    )
    _x(
        "Alex Rivera <> Lumenstack: Technical Interview",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[
            person("priya.natarajan@lumenstack.io", "Priya Natarajan"),
            person("ben.koh@lumenstack.io", "Ben Koh", optional=True),
        ],
        desc="<p>Hi Alex,</p><p>Thanks for your interest in the <b>Staff Software Engineer</b> role at Lumenstack! This is your 60-minute technical interview.</p><p><b>Interviewer:</b> Priya Natarajan (Principal Engineer)<br><b>Shadow:</b> Ben Koh</p><p>You'll work through a problem in CoderPad: https://app.coderpad.io/LMN4K2Q8<br>Please use the language you're most comfortable in.</p><p>Need to reschedule? Reply to this email and we'll find another time.</p>",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Phone Screen: Alex Rivera (Analytics Engineer)",
        interview=True,
        company="Tidewater Logistics",
        role="Analytics Engineer",
        org=("hannah.brooks@tidewaterlogistics.com", "Hannah Brooks"),
        desc="Candidate: Alex Rivera\nPosition: Analytics Engineer - Supply Chain Insights\nInterviewer: Hannah Brooks, Talent Acquisition Partner\n\nHannah will call you at +1 (415) 555-0142. Please let us know if that number has changed.\n\nTidewater Logistics | Careers",
        zone="America/Chicago",
    )
    _x(
        "Interview Confirmation - Meridian Pay - Senior Backend Engineer",
        interview=True,
        company="Meridian Pay",
        role="Senior Backend Engineer",
        org=("no-reply@ashbyhq.com", "Meridian Pay via Ashby"),
        att=[person("sofia.lind@meridianpay.com", "Sofia Lind")],
        desc="Hi Alex,\n\nYour Hiring Manager Interview for Senior Backend Engineer at Meridian Pay is confirmed.\n\nWhen: Tuesday, 10:00 - 10:45 AM PT\nInterviewer: Sofia Lind, Director of Engineering, Payments Core\nLocation: Google Meet (link attached)\n\nTo reschedule or cancel, use this link: https://app.ashbyhq.com/reschedule/8f2c\n\nPowered by Ashby",
        meet="meet",
    )
    _x(
        "Quillmark | Alex Rivera | Coding Interview",
        interview=True,
        company="Quillmark",
        role="Data Platform Engineer",
        org=("jules.ambrose@quillmark.com", "Jules Ambrose"),
        att=[person("oren.tal@quillmark.com", "Oren Tal")],
        desc="Interviewer: Oren Tal\nRole: Data Platform Engineer (Req #2291)\nTool: HackerRank CodePair - https://hr.gs/qm-7731\n\nThis interview is 60 minutes: ~5 min intros, ~45 min coding, ~10 min for your questions.\n\nSent from Lever",
        conf=ZOOM,
    )
    _x(
        "Pinecrest Health - Video Interview",
        interview=True,
        company="Pinecrest Health",
        role="Senior Product Analyst",
        org=("talent@pinecresthealth.org", "Pinecrest Health Talent Acquisition"),
        att=[
            person("gloria.mendez@pinecresthealth.org", "Gloria Mendez"),
            person("tim.albright@pinecresthealth.org", "Tim Albright"),
        ],
        desc="Dear Alex Rivera,\n\nThank you for applying to Requisition R-10482 Senior Product Analyst. We are pleased to invite you to a video interview.\n\nInterviewers:\nGloria Mendez - Manager, Clinical Analytics\nTim Albright - Senior Product Analyst\n\nMicrosoft Teams meeting link is included in this invitation.\n\nThis message was sent from Workday on behalf of Pinecrest Health.",
        conf=TEAMS,
        zone="America/Denver",
    )
    _x(
        "Ferngrove Robotics: Systems Design Interview (Alex Rivera)",
        interview=True,
        company="Ferngrove Robotics",
        role="Senior Software Engineer, Fleet Platform",
        org=("scheduling@ferngrove.ai", "Ferngrove Robotics Scheduling"),
        att=[person("kwame.asante@ferngrove.ai", "Kwame Asante")],
        desc="Hello Alex,\n\nHere are the details for your upcoming interview for Senior Software Engineer, Fleet Platform.\n\nInterviewer: Kwame Asante (Staff Engineer, Fleet)\nFocus: distributed systems design. Whiteboard: https://excalidraw.com/#room=fg71\n\nGood luck!\nThe Ferngrove Talent Team",
        meet="meet",
    )
    _x(
        "Interview: Alex Rivera / Saltmarsh Games",
        interview=True,
        company="Saltmarsh Games",
        role="Backend Engineer (Live Services)",
        org=("careers@saltmarshgames.com", "Saltmarsh Games Careers"),
        desc="Position: Backend Engineer (Live Services)\nStage: Technical Interview 1 of 2\nInterviewer: Eliza Park, Lead Server Engineer\n\nZoom: https://saltmarshgames.zoom.us/j/93311002847\nPasscode: 551209\n\nThis interview was scheduled through SmartRecruiters.",
        loc="https://saltmarshgames.zoom.us/j/93311002847",
        zone="America/Los_Angeles",
    )
    _x(
        "Bluejay Labs // Alex Rivera - Recruiter Screen",
        interview=True,
        company="Bluejay Labs",
        role="Machine Learning Engineer",
        org=("casey.nguyen@bluejaylabs.com", "Casey Nguyen"),
        desc="Hey Alex! Looking forward to chatting about the Machine Learning Engineer opening. 30 minutes, pretty casual - I'll tell you about the team and ask about what you're looking for.\n\nInterviewer: Casey Nguyen (Technical Recruiter)\n\n-- sent via Gem",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "[Interview] Alex Rivera - Data Engineer II - Harborlight Insurance",
        interview=True,
        company="Harborlight Insurance",
        role="Data Engineer II",
        org=("hr-scheduling@harborlight.com", None),
        att=[
            person("raj.kapoor@harborlight.com", "Raj Kapoor"),
            person("emily.stone@harborlight.com", "Emily Stone"),
        ],
        desc="Interview type: Panel (technical)\nInterviewers: Raj Kapoor, Emily Stone\nDial-in: Microsoft Teams\n\nPlease have a copy of your resume handy. Business casual is fine.\n\niCIMS Talent Platform",
        conf=TEAMS,
        zone="America/New_York",
    )
    _x(
        "Take-home review with Lumenstack",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[
            person("ana.petrov@lumenstack.io", "Ana Petrov"),
            person("lee.chambers@lumenstack.io", "Lee Chambers"),
        ],
        desc="Hi Alex - in this session you'll walk Ana and Lee through your take-home submission (the ingestion service) and discuss trade-offs. Please be ready to share your screen.\n\nInterviewers: Ana Petrov (Engineering Manager), Lee Chambers (Senior Engineer)",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Candidate Interview - Alex Rivera - Workable",
        interview=True,
        company="Tidewater Logistics",
        role="Analytics Engineer",
        org=("hannah.brooks@tidewaterlogistics.com", "Hannah Brooks"),
        att=[person("derek.wu@tidewaterlogistics.com", "Derek Wu")],
        desc="Interview for: Analytics Engineer\nCompany: Tidewater Logistics\nInterviewer: Derek Wu, Head of Data\nStage: Hiring Manager Interview\n\nJoin Zoom Meeting: https://us02web.zoom.us/j/8123456789",
        conf=ZOOM,
        zone="America/Chicago",
    )


def _tool_confirmations() -> None:
    _x(
        "Alex Rivera and Casey Nguyen",
        interview=True,
        company="Bluejay Labs",
        role=None,
        org=("casey.nguyen@bluejaylabs.com", "Casey Nguyen"),
        desc="Event Name: Bluejay Labs Intro Call\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b41d\nReschedule: https://calendly.com/reschedulings/b41d\n\nPowered by Calendly.com",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "30 Minute Meeting between Hannah Brooks and Alex Rivera",
        interview=True,
        company="Tidewater Logistics",
        role=None,
        org=("hannah.brooks@tidewaterlogistics.com", "Hannah Brooks"),
        desc="Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: Applied for the analytics engineer role, happy to chat!\n\nHannah Brooks | Talent Acquisition | Tidewater Logistics\n\nPowered by Calendly.com",
        zone="America/Chicago",
    )
    _x(
        "Cobaltline Onsite (Virtual) - Alex Rivera",
        interview=True,
        company="Cobaltline",
        role="Senior Data Engineer",
        org=("interviews@cobaltline.com", "Cobaltline Interviews"),
        att=[
            person("marcus.oyelaran@cobaltline.com", "Marcus Oyelaran"),
            person("yuki.sato@cobaltline.com", "Yuki Sato"),
            person("jen.halloran@cobaltline.com", "Jen Halloran"),
        ],
        desc="Your virtual onsite is confirmed. Schedule (all times PT):\n10:00-10:45 Data modeling - Yuki Sato\n10:50-11:35 Pipeline design - Marcus Oyelaran\n11:45-12:30 Values & collaboration - Jen Halloran\n\nEach session uses the same Zoom link.\n\nThis interview was coordinated with GoodTime.",
        conf=ZOOM,
    )
    _x(
        "Meeting with Sofia Lind",
        interview=True,
        company="Meridian Pay",
        role=None,
        org=("sofia.lind@meridianpay.com", "Sofia Lind"),
        desc="Booked via Cal.com\n\nWhat: Intro with Meridian Pay engineering\nInvitee: Alex Rivera\nAdditional notes: Following up on the backend role conversation with Jamie from recruiting.",
        meet="meet",
    )
    _x(
        "Interview booked: Quillmark x Alex Rivera",
        interview=True,
        company="Quillmark",
        role="Data Platform Engineer",
        org=("notifications@modernloop.io", "ModernLoop"),
        att=[person("nadia.ferraz@quillmark.com", "Nadia Ferraz")],
        desc="Your interview with Quillmark has been scheduled.\n\nRole: Data Platform Engineer\nInterviewer: Nadia Ferraz - Hiring Manager\nLength: 45 min\nVideo: Zoom (details below)\n\nScheduled with ModernLoop",
        conf=ZOOM,
    )
    _x(
        "Final Interview - Alex Rivera",
        interview=True,
        company="Pinecrest Health",
        role="Senior Product Analyst",
        org=("bookings@pinecresthealth.org", "Pinecrest Health Bookings"),
        att=[person("dr.amara.cole@pinecresthealth.org", "Dr. Amara Cole")],
        desc="Microsoft Bookings\n\nService: Final interview - Senior Product Analyst\nStaff: Dr. Amara Cole, VP Data & Analytics\n\nJoin Microsoft Teams meeting\nMeeting ID: 281 993 004 17",
        conf=TEAMS,
        zone="America/Denver",
    )
    _x(
        "Coding screen (Karat) - Saltmarsh Games",
        interview=True,
        company="Saltmarsh Games",
        role="Backend Engineer (Live Services)",
        org=("scheduling@karat.io", "Karat Scheduling"),
        desc="Hi Alex,\n\nYour technical interview on behalf of Saltmarsh Games for the Backend Engineer (Live Services) role is scheduled. A Karat Interview Engineer will conduct this 60 minute interview.\n\nJoin: https://karat.io/join/sm-44x1\nBring a laptop with a webcam. You may use the language of your choice.",
        loc="https://karat.io/join/sm-44x1",
    )
    _x(
        "Ferngrove - Hiring Manager Chat",
        interview=True,
        company="Ferngrove Robotics",
        role=None,
        org=("lina.vos@ferngrove.ai", "Lina Vos"),
        desc="Scheduled with Calendly.\n\nInvitee: Alex Rivera\nInvitee email: alex.rivera@gmail.com\nQuestions: What team are you interested in? -> Fleet platform / backend\n\nLina Vos | Engineering Manager | Ferngrove Robotics",
        meet="meet",
    )
    _x(
        "Intro call: Harborlight x Alex",
        interview=True,
        company="Harborlight Insurance",
        role="Data Engineer II",
        org=("nina.brandt@harborlight.com", "Nina Brandt"),
        desc="HubSpot Meetings\n\nNina Brandt (Talent Acquisition, Harborlight Insurance) booked a 20-minute call with you to discuss the Data Engineer II position.\n\nPhone: Nina will call you.",
        zone="America/New_York",
    )


def _updated_invitations() -> None:
    _x(
        "Updated invitation: Interview with Cobaltline - Alex Rivera",
        interview=True,
        company="Cobaltline",
        role="Senior Data Engineer",
        org=("dana.whitfield@cobaltline.com", "Dana Whitfield"),
        att=[person("marcus.oyelaran@cobaltline.com", "Marcus Oyelaran")],
        desc="This event has been changed.\nWhen: moved from Tuesday to Thursday, same time.\n\nHi Alex, Marcus had a conflict so we've moved your interview for the Senior Data Engineer role. Everything else stays the same.\n\nInterviewer: Marcus Oyelaran",
        conf=ZOOM,
    )
    _x(
        "Rescheduled: Meridian Pay - System Design Interview",
        interview=True,
        company="Meridian Pay",
        role="Senior Backend Engineer",
        org=("no-reply@ashbyhq.com", "Meridian Pay via Ashby"),
        att=[person("theo.grant@meridianpay.com", "Theo Grant")],
        desc="Your interview has been rescheduled.\n\nRole: Senior Backend Engineer\nInterviewer: Theo Grant, Staff Engineer\nNew time: Friday 1:00 PM - 2:00 PM PT\n\nPowered by Ashby",
        meet="meet",
    )
    _x(
        "Updated invitation: Bluejay Labs - Technical Interview (Alex Rivera)",
        interview=True,
        company="Bluejay Labs",
        role="Machine Learning Engineer",
        org=("casey.nguyen@bluejaylabs.com", "Casey Nguyen"),
        att=[person("omar.haddad@bluejaylabs.com", "Omar Haddad")],
        desc="Updated: Zoom link replaced with Google Meet.\n\nInterviewer: Omar Haddad (ML Lead)\nPosition: Machine Learning Engineer\nTopics: ML fundamentals, a small modelling exercise in a shared notebook.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Invitation (updated): Pinecrest Health - Video Interview",
        interview=True,
        company="Pinecrest Health",
        role="Senior Product Analyst",
        org=("talent@pinecresthealth.org", "Pinecrest Health Talent Acquisition"),
        att=[person("gloria.mendez@pinecresthealth.org", "Gloria Mendez")],
        desc="Tim Albright will no longer be joining. Gloria Mendez will conduct the interview on her own.\n\nRequisition R-10482 Senior Product Analyst",
        conf=TEAMS,
        zone="America/Denver",
    )
    _x(
        "Updated invitation: Quillmark | Alex Rivera | Coding Interview",
        interview=True,
        company="Quillmark",
        role="Data Platform Engineer",
        org=("jules.ambrose@quillmark.com", "Jules Ambrose"),
        att=[person("oren.tal@quillmark.com", "Oren Tal", status="tentative")],
        desc="Time changed to 2:30 PM PT.\n\nInterviewer: Oren Tal\nRole: Data Platform Engineer (Req #2291)",
        conf=ZOOM,
    )
    _x(
        "RESCHEDULED - Harborlight Panel Interview",
        interview=True,
        company="Harborlight Insurance",
        role="Data Engineer II",
        org=("hr-scheduling@harborlight.com", None),
        att=[
            person("raj.kapoor@harborlight.com", "Raj Kapoor"),
            person("emily.stone@harborlight.com", "Emily Stone"),
        ],
        desc="Due to a scheduling conflict, your panel interview has been moved to next Wednesday at 11:00 AM ET.\n\nPosition: Data Engineer II\nInterviewers: Raj Kapoor, Emily Stone",
        conf=TEAMS,
        zone="America/New_York",
    )
    _x(
        "Updated invitation: Ferngrove Robotics: Systems Design Interview (Alex Rivera)",
        interview=True,
        company="Ferngrove Robotics",
        role="Senior Software Engineer, Fleet Platform",
        org=("scheduling@ferngrove.ai", "Ferngrove Robotics Scheduling"),
        att=[
            person("kwame.asante@ferngrove.ai", "Kwame Asante", status="declined"),
            person("hana.ruiz@ferngrove.ai", "Hana Ruiz"),
        ],
        desc="Interviewer change: Hana Ruiz (Senior Staff Engineer) will replace Kwame Asante.\n\nEverything else is unchanged.",
        meet="meet",
    )
    _x(
        "Moved: Saltmarsh Games Technical Interview 2",
        interview=True,
        company="Saltmarsh Games",
        role="Backend Engineer (Live Services)",
        org=("careers@saltmarshgames.com", "Saltmarsh Games Careers"),
        att=[person("rory.quinn@saltmarshgames.com", "Rory Quinn")],
        desc="Position: Backend Engineer (Live Services)\nStage: Technical Interview 2 of 2 (moved one hour later)\nInterviewer: Rory Quinn, Engineering Director",
        loc="https://saltmarshgames.zoom.us/j/93311002990",
    )


def _onsites_and_panels() -> None:
    _x(
        "Lumenstack Onsite Part 1: Coding",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[person("diego.alvarez@lumenstack.io", "Diego Alvarez")],
        desc="Welcome to your Lumenstack onsite! Please check in at the front desk on the 4th floor.\n\nSession 1 of 4 - Coding\nInterviewer: Diego Alvarez",
        loc="Lumenstack HQ, 200 Varick St, 4th Floor, New York, NY 10014",
        zone="America/New_York",
    )
    _x(
        "Lumenstack Onsite Part 2: Architecture",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[person("priya.natarajan@lumenstack.io", "Priya Natarajan")],
        desc="Session 2 of 4 - Architecture deep dive\nInterviewer: Priya Natarajan",
        loc="Lumenstack HQ - Room Hudson",
        zone="America/New_York",
    )
    _x(
        "Lunch with the team (Lumenstack onsite)",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[person("ben.koh@lumenstack.io", "Ben Koh")],
        desc="Session 3 of 4 - Lunch with Ben Koh and a couple of engineers from the Storage team. This is informal, but it is part of your onsite loop.",
        loc="Lumenstack HQ - Cafe",
        zone="America/New_York",
    )
    _x(
        "Lumenstack Onsite Part 4: Leadership & Values",
        interview=True,
        company="Lumenstack",
        role="Staff Software Engineer",
        org=("recruiting@lumenstack.io", "Lumenstack Recruiting"),
        att=[person("rachel.imbert@lumenstack.io", "Rachel Imbert")],
        desc="Session 4 of 4 - Leadership & Values\nInterviewer: Rachel Imbert, VP Engineering",
        loc="Lumenstack HQ - Room Hudson",
        zone="America/New_York",
    )
    _x(
        "Panel Interview - Tidewater Logistics",
        interview=True,
        company="Tidewater Logistics",
        role="Analytics Engineer",
        org=("hannah.brooks@tidewaterlogistics.com", "Hannah Brooks"),
        att=[
            person("derek.wu@tidewaterlogistics.com", "Derek Wu"),
            person("lucia.marchetti@tidewaterlogistics.com", "Lucia Marchetti"),
            person("sam.oduya@tidewaterlogistics.com", "Sam Oduya"),
            person("conf-room-4b@tidewaterlogistics.com", "Chicago-4-Lakeview (8)", resource=True),
        ],
        desc="Panel interview (90 min) for the Analytics Engineer role. You'll present a dbt project you've worked on (15 min) followed by Q&A with the panel.\n\nPanel: Derek Wu, Lucia Marchetti, Sam Oduya\n\nAddress: 311 W Monroe St, Chicago. Ask for Hannah at reception.",
        loc="311 W Monroe St, Chicago, IL 60606",
        zone="America/Chicago",
    )
    _x(
        "Final round: Meet the CEO - Meridian Pay",
        interview=True,
        company="Meridian Pay",
        role="Senior Backend Engineer",
        org=("jamie.ortiz@meridianpay.com", "Jamie Ortiz"),
        att=[person("victor.hale@meridianpay.com", "Victor Hale")],
        desc="Hi Alex, congrats on making it to the final round! This is a 30-minute conversation with Victor Hale, our co-founder and CEO. No prep needed - he likes to hear how you think about product and ownership.\n\nJamie Ortiz, Recruiting",
        meet="meet",
    )
    _x(
        "Exec interview w/ CTO - Pinecrest",
        interview=True,
        company="Pinecrest Health",
        role="Senior Product Analyst",
        org=("talent@pinecresthealth.org", "Pinecrest Health Talent Acquisition"),
        att=[person("raymond.achebe@pinecresthealth.org", "Raymond Achebe")],
        desc="Final stage interview with Raymond Achebe, Chief Technology Officer.",
        conf=TEAMS,
        zone="America/Denver",
    )
    _x(
        "Cobaltline - Case study presentation",
        interview=True,
        company="Cobaltline",
        role="Senior Data Engineer",
        org=("interviews@cobaltline.com", "Cobaltline Interviews"),
        att=[
            person("marcus.oyelaran@cobaltline.com", "Marcus Oyelaran"),
            person("ines.carvalho@cobaltline.com", "Ines Carvalho"),
        ],
        desc="You'll present your solution to the data migration case we sent last week (20 min), followed by questions from the panel (25 min).\n\nPanel: Marcus Oyelaran, Ines Carvalho (Head of Data)",
        conf=ZOOM,
    )
    _x(
        "Ferngrove Robotics onsite - Pittsburgh",
        interview=True,
        company="Ferngrove Robotics",
        role="Senior Software Engineer, Fleet Platform",
        org=("scheduling@ferngrove.ai", "Ferngrove Robotics Scheduling"),
        att=[
            person("lina.vos@ferngrove.ai", "Lina Vos"),
            person("hana.ruiz@ferngrove.ai", "Hana Ruiz"),
            person("gus.pereira@ferngrove.ai", "Gus Pereira"),
        ],
        desc="Full-day onsite. Agenda:\n9:30 Welcome & tour of the test track\n10:00 Coding (Gus Pereira)\n11:00 System design (Hana Ruiz)\n12:00 Lunch\n1:00 Hiring manager (Lina Vos)\n\nTravel is booked through Navan - see your email for flight and hotel.",
        loc="Ferngrove Robotics, 2100 Smallman St, Pittsburgh, PA 15222",
        zone="America/New_York",
    )
    _x(
        "Bluejay Labs virtual onsite - block 1",
        interview=True,
        company="Bluejay Labs",
        role="Machine Learning Engineer",
        org=("casey.nguyen@bluejaylabs.com", "Casey Nguyen"),
        att=[
            person("omar.haddad@bluejaylabs.com", "Omar Haddad"),
            person("zoe.lambert@bluejaylabs.com", "Zoe Lambert"),
        ],
        desc="Block 1: ML system design (Omar) + coding (Zoe). 15 min break in between.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Bluejay Labs virtual onsite - block 2",
        interview=True,
        company="Bluejay Labs",
        role="Machine Learning Engineer",
        org=("casey.nguyen@bluejaylabs.com", "Casey Nguyen"),
        att=[person("farah.siddiqui@bluejaylabs.com", "Farah Siddiqui")],
        desc="Block 2: behavioral + team fit with Farah Siddiqui (Head of ML).",
        meet="meet",
        zone="America/New_York",
    )


def _recruiters_and_coffees() -> None:
    _x(
        "Chat w/ Alex Rivera",
        interview=True,
        company="Driftwood Analytics",
        role="Senior Data Engineer",
        org=("megan.talentpartner@gmail.com", "Megan Sorensen"),
        desc="Hi Alex, as discussed on LinkedIn - quick call about the Senior Data Engineer role at Driftwood Analytics (I'm their in-house recruiter, writing from my personal calendar since our Google Workspace is being migrated). Talk soon! Megan",
        meet="meet",
    )
    _x(
        "Phone call - Alex / Greg",
        interview=True,
        company=None,
        role=None,
        org=("greg.talentscout@outlook.com", "Greg Mallory"),
        desc="Initial screening call. I'll call your cell.",
    )
    _x(
        "Coffee with the team lead - Copperkettle",
        interview=True,
        company="Copperkettle",
        role="Senior Platform Engineer",
        org=("ruth.bekele@copperkettle.dev", "Ruth Bekele"),
        desc="Hi Alex! Not a formal interview, just a coffee so you can meet me before the onsite loop for the Senior Platform Engineer role and we can see if there's a fit both ways. I'll be at the corner table.\n\nRuth (Team Lead, Platform)",
        loc="Blue Bottle Coffee, 66 Mint St, San Francisco, CA",
    )
    _x(
        "Quick sync re: Staff Eng opportunity",
        interview=True,
        company="Lattice & Loom",
        role="Staff Engineer",
        org=("jordan.reyes.recruits@gmail.com", "Jordan Reyes"),
        desc="Hey Alex - Jordan here from Lattice & Loom's talent team. Wanted to grab 20 minutes to walk through the Staff Engineer opening and your background. Call me at 646-555-0177 if the link doesn't work.",
        meet="meet",
        zone="America/New_York",
    )
    _x(
        "Drinks with Ollie (Pennant Analytics)",
        interview=True,
        company="Pennant Analytics",
        role=None,
        org=("oliver.marsh@pennantanalytics.com", "Oliver Marsh"),
        desc="Informal chat with Oliver, Head of Engineering, before they open the formal process. He said the team wants to 'get a feel for you' - treat as the first round.",
        loc="The Dead Rabbit, 30 Water St, New York",
        zone="America/New_York",
    )
    _x(
        "Alex Rivera - Talentbridge call re: client role",
        interview=True,
        company="Orchard Mutual",
        role="Lead Data Engineer",
        org=("pete.lawson@talentbridge-search.com", "Pete Lawson"),
        desc="Hi Alex, thanks for your time. As mentioned, my client is Orchard Mutual and the role is Lead Data Engineer (hybrid, Boston). This call is the pre-screen they asked us to run before passing your profile to the hiring manager.\n\nPete Lawson | Senior Consultant | Talentbridge Search",
        zone="America/New_York",
    )
    _x(
        "Orchard Mutual - Hiring Manager interview",
        interview=True,
        company="Orchard Mutual",
        role="Lead Data Engineer",
        org=("pete.lawson@talentbridge-search.com", "Pete Lawson"),
        att=[person("claire.donnelly@orchardmutual.com", "Claire Donnelly")],
        desc="Arranged by Talentbridge Search on behalf of Orchard Mutual.\nInterviewer: Claire Donnelly, Director of Data Engineering\nRole: Lead Data Engineer",
        conf=TEAMS,
        zone="America/New_York",
    )
    _x(
        "Catch up",
        interview=True,
        company="Copperkettle",
        role=None,
        org=("ruth.bekele@gmail.com", "Ruth Bekele"),
        desc="Follow-up after the loop - Ruth wants to go over a couple of the system design answers with you before they decide. (Copperkettle)",
        meet="meet",
    )


def _self_typed() -> None:
    _x("Cobaltline HM", interview=True, company="Cobaltline", role=None)
    _x("phone screen - Driftwood", interview=True, company="Driftwood Analytics", role=None)
    _x("Quillmark R2", interview=True, company="Quillmark", role=None, loc="zoom")
    _x(
        "Tidewater final",
        interview=True,
        company="Tidewater Logistics",
        role=None,
        desc="w/ VP Ops + Derek. Ask about on-call and team size.",
    )
    _x(
        "Onsite @ Copperkettle",
        interview=True,
        company="Copperkettle",
        role=None,
        loc="Copperkettle, 500 Howard St, San Francisco",
    )
    _x("Int. Meridian (sys design)", interview=True, company="Meridian Pay", role=None)
    _x(
        "Harborlight - tech round (DE II)",
        interview=True,
        company="Harborlight Insurance",
        role="DE II",
    )
    _x("Pennant 2nd round", interview=True, company="Pennant Analytics", role=None)
    _x(
        "Recruiter call Lattice & Loom",
        interview=True,
        company="Lattice & Loom",
        role=None,
        desc="Jordan Reyes. Salary expectations question will come up - say 210-230 base.",
    )
    _x(
        "interview?? (unknown co, via Greg)",
        interview=True,
        company=None,
        role=None,
        desc="Greg said he'd send the client name the day before.",
    )


def _uk() -> None:
    _x(
        "Interview: Alex Rivera - Data Engineer - Thistledown Bank",
        interview=True,
        company="Thistledown Bank",
        role="Data Engineer",
        org=("careers@thistledownbank.co.uk", "Thistledown Bank Careers"),
        att=[person("fiona.mcallister@thistledownbank.co.uk", "Fiona McAllister")],
        desc="Dear Alex,\n\nThank you for your application for the role of Data Engineer (Ref: TDB-4471). We are delighted to invite you to a first-stage interview.\n\nInterviewer: Fiona McAllister, Data Engineering Lead\nFormat: Competency-based interview via Microsoft Teams (45 minutes)\n\nKind regards,\nThistledown Bank Resourcing Team",
        conf=TEAMS,
        zone="Europe/London",
    )
    _x(
        "Kestrel & Finch - Case Study Interview",
        interview=True,
        company="Kestrel & Finch",
        role="Senior Consultant, Data & Analytics",
        org=("recruitment@kestrelfinch.com", "Kestrel & Finch Recruitment"),
        att=[
            person("edward.pryce@kestrelfinch.com", "Edward Pryce"),
            person("amelia.shah@kestrelfinch.com", "Amelia Shah"),
        ],
        desc="Hi Alex,\n\nYou'll receive a short case pack 60 minutes before the interview. You'll then present your recommendations live to a panel (Edward Pryce, Partner; Amelia Shah, Manager) and take questions.\n\nRole: Senior Consultant, Data & Analytics\n\nBest wishes,\nKestrel & Finch Graduate & Experienced Hire Recruitment",
        conf=TEAMS,
        zone="Europe/London",
    )
    _x(
        "Larkspur Media | Assessment Centre",
        interview=True,
        company="Larkspur Media",
        role="Product Analyst",
        org=("talent@larkspurmedia.co.uk", "Larkspur Talent"),
        desc="Assessment Centre for Product Analyst\n09:30 Arrival & coffee\n10:00 Group exercise\n11:15 Written analysis task\n12:30 Lunch with current analysts\n13:30 Interview with Head of Insight\n15:00 Close\n\nPlease bring photo ID for building security.",
        loc="Larkspur Media, 10 Brewer St, Manchester M1 2HF",
        zone="Europe/London",
    )
    _x(
        "Greyfriars Insurance - Telephone Interview",
        interview=True,
        company="Greyfriars Insurance",
        role="Analytics Engineer",
        org=("no-reply@teamtailor.com", "Greyfriars Insurance"),
        desc="Hi Alex,\n\nThanks for booking a telephone interview for the Analytics Engineer role. Oliver from our People team will ring you on the number you provided.\n\nInterviewer: Oliver Brennan\n\nSent with Teamtailor",
        zone="Europe/London",
    )
    _x(
        "Updated invitation: Thistledown Bank - Second Stage Interview",
        interview=True,
        company="Thistledown Bank",
        role="Data Engineer",
        org=("careers@thistledownbank.co.uk", "Thistledown Bank Careers"),
        att=[
            person("fiona.mcallister@thistledownbank.co.uk", "Fiona McAllister"),
            person("kieran.doyle@thistledownbank.co.uk", "Kieran Doyle"),
        ],
        desc="Please note the updated venue: our Edinburgh office, 3rd floor. Technical interview with a short SQL exercise on a laptop we provide.\n\nInterviewers: Fiona McAllister, Kieran Doyle",
        loc="Thistledown Bank, 1 Festival Square, Edinburgh EH3 9SR",
        zone="Europe/London",
    )
    _x(
        "Pennyworth Energy - Video Interview (Hiring Manager)",
        interview=True,
        company="Pennyworth Energy",
        role="Senior Data Scientist",
        org=("harriet.cole@pennyworthenergy.co.uk", "Harriet Cole"),
        desc="Interviewer: Harriet Cole, Head of Data Science\nRole: Senior Data Scientist (Forecasting)\n\nWe'll discuss your experience and a past project in depth. The link is via Zoom.",
        conf=("Zoom Meeting", "https://pennyworthenergy.zoom.us/j/6624018855"),
        zone="Europe/London",
    )
    _x(
        "Chat with Sam @ Larkspur",
        interview=True,
        company="Larkspur Media",
        role=None,
        org=("sam.okafor@larkspurmedia.co.uk", "Sam Okafor"),
        desc="Hiya, as promised - quick informal chat to talk through the Insight team and how you'd fit in before your assessment centre. Grab a brew and we'll have a natter.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Kestrel & Finch - Partner interview (final)",
        interview=True,
        company="Kestrel & Finch",
        role="Senior Consultant, Data & Analytics",
        org=("recruitment@kestrelfinch.com", "Kestrel & Finch Recruitment"),
        att=[person("charlotte.ainsworth@kestrelfinch.com", "Charlotte Ainsworth")],
        desc="Final interview with Charlotte Ainsworth, Managing Partner, Data & AI practice. 45 minutes, in person.",
        loc="Kestrel & Finch, 25 Old Broad St, London EC2N 1HQ",
        zone="Europe/London",
    )
    _x(
        "Greyfriars 2nd stage",
        interview=True,
        company="Greyfriars Insurance",
        role=None,
        zone="Europe/London",
    )


def _germany() -> None:
    _x(
        "Vorstellungsgespräch Nordlicht Mobility - Alex Rivera",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Data Engineer",
        org=("jobs@nordlicht-mobility.de", "Nordlicht Mobility GmbH"),
        att=[person("katrin.vogel@nordlicht-mobility.de", "Katrin Vogel")],
        desc="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d). Wir freuen uns, Sie zu einem ersten Gespräch per Videocall einzuladen.\n\nGesprächspartnerin: Katrin Vogel, Teamlead Data Platform\nDauer: ca. 45 Minuten\n\nViele Grüße\nIhr Nordlicht Recruiting-Team\n\nGesendet über Personio",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch | Spreewerk x Alex",
        interview=True,
        company="Spreewerk",
        role="Backend Engineer",
        org=("people@spreewerk.io", "Spreewerk People Team"),
        desc="Hi Alex,\n\nschön, dass du dich für die Stelle als Backend Engineer (Go) bei uns interessierst! In diesem 30-minütigen Kennenlernen erzählen wir dir mehr über Spreewerk und du uns mehr über dich.\n\nInterviewer: Jonas Richter (Talent Acquisition)\n\nLiebe Grüße aus Berlin",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Fachinterview Backend - Spreewerk",
        interview=True,
        company="Spreewerk",
        role="Backend Engineer",
        org=("people@spreewerk.io", "Spreewerk People Team"),
        att=[
            person("lena.hofmann@spreewerk.io", "Lena Hofmann"),
            person("mehmet.yilmaz@spreewerk.io", "Mehmet Yilmaz"),
        ],
        desc="Technisches Interview (60 Min.) mit Lena Hofmann (Engineering Manager) und Mehmet Yilmaz (Senior Backend Engineer). Wir schauen uns gemeinsam ein kleines Go-Problem an - bitte Bildschirm teilen können.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Aktualisierte Einladung: Zweitgespräch Bergmann Logistik",
        interview=True,
        company="Bergmann Logistik",
        role="Data Analyst",
        org=("bewerbung@bergmann-logistik.de", "Bergmann Logistik Personalabteilung"),
        att=[
            person("u.krause@bergmann-logistik.de", "Uwe Krause"),
            person("s.becker@bergmann-logistik.de", "Sabine Becker"),
        ],
        desc="Sehr geehrte/r Alex Rivera,\n\nbitte beachten Sie die geänderte Uhrzeit für Ihr Zweitgespräch (Data Analyst, Kennziffer 2025-117): neu 14:00 Uhr.\n\nIhre Gesprächspartner: Herr Uwe Krause (Bereichsleiter Controlling), Frau Sabine Becker (Personal)\n\nMit freundlichen Grüßen\nPersonalabteilung",
        loc="Bergmann Logistik, Am Hafen 12, 28217 Bremen",
        zone="Europe/Berlin",
    )
    _x(
        "Interview Isarwerk Analytics (Hiring Manager)",
        interview=True,
        company="Isarwerk Analytics",
        role="Analytics Engineer",
        org=("talent@isarwerk.ai", "Isarwerk Talent"),
        att=[person("florian.huber@isarwerk.ai", "Florian Huber")],
        desc="Hi Alex,\n\nhere are the details for your interview for the Analytics Engineer role in Munich.\n\nInterviewer: Florian Huber, Head of Analytics\n\nWe're looking forward to meeting you!\n\nScheduled via Recruitee",
        conf=TEAMS,
        zone="Europe/Berlin",
    )
    _x(
        "Case Study Präsentation - Isarwerk",
        interview=True,
        company="Isarwerk Analytics",
        role="Analytics Engineer",
        org=("talent@isarwerk.ai", "Isarwerk Talent"),
        att=[
            person("florian.huber@isarwerk.ai", "Florian Huber"),
            person("anja.weiss@isarwerk.ai", "Anja Weiß"),
            person("tobias.lang@isarwerk.ai", "Tobias Lang"),
        ],
        desc="Präsentation der Case Study (20 Min.) vor dem Panel, anschließend Fragen. Panel: Florian Huber, Anja Weiß (CPO), Tobias Lang.",
        loc="Isarwerk Analytics, Rosenheimer Str. 143, 81671 München",
        zone="Europe/Berlin",
    )
    _x(
        "Gespräch mit Geschäftsführung - Nordlicht",
        interview=True,
        company="Nordlicht Mobility",
        role="Senior Data Engineer",
        org=("katrin.vogel@nordlicht-mobility.de", "Katrin Vogel"),
        att=[person("m.schroeder@nordlicht-mobility.de", "Dr. Martin Schröder")],
        desc="Letzte Runde: Gespräch mit unserem Geschäftsführer Dr. Martin Schröder. Locker, ca. 30 Min. vor Ort in Hamburg.",
        loc="Nordlicht Mobility GmbH, Großer Burstah 31, 20457 Hamburg",
        zone="Europe/Berlin",
    )
    _x(
        "Bergmann Erstgespräch",
        interview=True,
        company="Bergmann Logistik",
        role=None,
        zone="Europe/Berlin",
    )
    _x(
        "Probearbeitstag Hafenblick",
        interview=True,
        company="Hafenblick",
        role="Data Engineer",
        org=("anna.peters@hafenblick.de", "Anna Peters"),
        desc="Hallo Alex, wie besprochen dein Probetag bei uns im Data-Team (Data Engineer). Du arbeitest einen Tag mit dem Team mit, mittags gehen wir zusammen essen. Bitte Laptop mitbringen. Anna",
        loc="Hafenblick GmbH, Stresemannstraße 29, 22769 Hamburg",
        zone="Europe/Berlin",
    )


def _spain() -> None:
    _x(
        "Entrevista Brisa Digital - Alex Rivera",
        interview=True,
        company="Brisa Digital",
        role="Ingeniero/a de Datos Senior",
        org=("talento@brisadigital.es", "Talento Brisa Digital"),
        att=[person("lucia.navarro@brisadigital.es", "Lucía Navarro")],
        desc="Hola Alex,\n\nGracias por tu interés en la posición de Ingeniero/a de Datos Senior. Te confirmamos la entrevista con Lucía Navarro (Data Lead).\n\nDuración: 45 minutos\nEnlace de Google Meet en la invitación.\n\nUn saludo,\nEquipo de Talento",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista con RRHH - Alcázar Seguros",
        interview=True,
        company="Alcázar Seguros",
        role="Analista de Datos",
        org=("seleccion@alcazarseguros.es", "Selección Alcázar Seguros"),
        desc="Estimado/a Alex:\n\nLe convocamos a una entrevista telefónica con el departamento de Recursos Humanos para el puesto de Analista de Datos (ref. AS-2025-031).\n\nEntrevistadora: Marta Gil, Técnica de Selección\n\nAtentamente,\nDepartamento de Selección",
        zone="Europe/Madrid",
    )
    _x(
        "Invitación actualizada: Entrevista técnica Naranjo Tech",
        interview=True,
        company="Naranjo Tech",
        role="Backend Developer",
        org=("people@naranjotech.com", "Naranjo Tech People"),
        att=[
            person("pablo.serrano@naranjotech.com", "Pablo Serrano"),
            person("irene.castro@naranjotech.com", "Irene Castro"),
        ],
        desc="Hemos cambiado la hora de tu entrevista técnica para Backend Developer a las 16:00 (CET).\n\nEntrevistadores: Pablo Serrano (CTO), Irene Castro (Senior Developer)\n\nPrueba de live coding de 60 minutos.",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Café con el equipo - Brisa Digital",
        interview=True,
        company="Brisa Digital",
        role="Ingeniero/a de Datos Senior",
        org=("lucia.navarro@brisadigital.es", "Lucía Navarro"),
        att=[person("javier.ortega@brisadigital.es", "Javier Ortega")],
        desc="¡Hola Alex! Antes de la última entrevista queremos que conozcas al equipo en persona, un café informal en la oficina. Javi y yo te contaremos cómo trabajamos y tú nos cuentas de ti.",
        loc="Brisa Digital, Calle de Alcalá 21, 28014 Madrid",
        zone="Europe/Madrid",
    )
    _x(
        "Entrevista final con dirección - Vientos del Sur Energía",
        interview=True,
        company="Vientos del Sur Energía",
        role="Responsable de Analítica",
        org=("rrhh@vientosdelsur.es", "RRHH Vientos del Sur"),
        att=[
            person("c.mendez@vientosdelsur.es", "Carmen Méndez"),
            person("a.ferrer@vientosdelsur.es", "Andrés Ferrer"),
        ],
        desc="Entrevista final para el puesto de Responsable de Analítica con Carmen Méndez (Directora General) y Andrés Ferrer (Director Financiero).",
        loc="Vientos del Sur Energía, Av. de la Constitución 18, 41001 Sevilla",
        zone="Europe/Madrid",
    )
    _x(
        "2a entrevista Naranjo",
        interview=True,
        company="Naranjo Tech",
        role=None,
        zone="Europe/Madrid",
    )
    _x(
        "Vientos del Sur - primera entrevista",
        interview=True,
        company="Vientos del Sur Energía",
        role="Responsable de Analítica",
        org=("rrhh@vientosdelsur.es", "RRHH Vientos del Sur"),
        desc="Puesto: Responsable de Analítica\nEntrevistador: Rafael Domínguez (Responsable de Selección)\nPlataforma: Microsoft Teams",
        conf=TEAMS,
        zone="Europe/Madrid",
    )


def _brazil() -> None:
    _x(
        "Entrevista | Ipê Pagamentos | Alex Rivera",
        interview=True,
        company="Ipê Pagamentos",
        role="Engenheiro(a) de Dados Sênior",
        org=("notificacoes@gupy.io", "Ipê Pagamentos via Gupy"),
        att=[person("beatriz.souza@ipepagamentos.com.br", "Beatriz Souza")],
        desc="Olá, Alex!\n\nSua entrevista para a vaga de Engenheiro(a) de Dados Sênior foi agendada.\n\nEntrevistadora: Beatriz Souza - Tech Recruiter\nDuração: 30 minutos\n\nBoa sorte!\nTime de Gente & Cultura - Ipê Pagamentos",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Bate-papo com o gestor - Mandacaru Tech",
        interview=True,
        company="Mandacaru Tech",
        role="Desenvolvedor Backend Pleno",
        org=("rafael.lima@mandacaru.tech", "Rafael Lima"),
        desc="Oi Alex, tudo bem? Como combinado, vamos bater um papo sobre a vaga de Desenvolvedor Backend Pleno. Sou o gestor do time de Pagamentos. Nada formal, mas quero conhecer melhor sua experiência.\n\nAbraço,\nRafael",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista técnica - Banco Aurora",
        interview=True,
        company="Banco Aurora",
        role="Cientista de Dados",
        org=("recrutamento@bancoaurora.com.br", "Recrutamento Banco Aurora"),
        att=[
            person("thiago.ramos@bancoaurora.com.br", "Thiago Ramos"),
            person("camila.duarte@bancoaurora.com.br", "Camila Duarte"),
        ],
        desc="Prezado(a) Alex Rivera,\n\nConfirmamos sua entrevista técnica para a posição de Cientista de Dados.\n\nEntrevistadores: Thiago Ramos (Coordenador de Modelagem) e Camila Duarte (Cientista de Dados Sênior)\nLocal: Microsoft Teams\n\nAtenciosamente,\nRecrutamento & Seleção",
        conf=TEAMS,
        zone="America/Sao_Paulo",
    )
    _x(
        "Convite atualizado: Painel final - Ipê Pagamentos",
        interview=True,
        company="Ipê Pagamentos",
        role="Engenheiro(a) de Dados Sênior",
        org=("notificacoes@gupy.io", "Ipê Pagamentos via Gupy"),
        att=[
            person("marcelo.teixeira@ipepagamentos.com.br", "Marcelo Teixeira"),
            person("juliana.prado@ipepagamentos.com.br", "Juliana Prado"),
        ],
        desc="O horário do seu painel final foi alterado para 15h (horário de Brasília).\n\nParticipantes: Marcelo Teixeira (CTO), Juliana Prado (Head de Dados)",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Case com a banca - Jabuticaba Labs",
        interview=True,
        company="Jabuticaba Labs",
        role="Product Analyst",
        org=("talentos@jabuticabalabs.com", "Talentos Jabuticaba"),
        att=[
            person("lucas.moreira@jabuticabalabs.com", "Lucas Moreira"),
            person("fernanda.alves@jabuticabalabs.com", "Fernanda Alves"),
        ],
        desc="Você vai apresentar o case que enviamos (aumento de retenção no app) para a banca e responder perguntas ao vivo. Vaga: Product Analyst.\n\nBanca: Lucas Moreira, Fernanda Alves",
        conf=("Zoom Meeting", "https://us06web.zoom.us/j/84120077123"),
        zone="America/Sao_Paulo",
    )
    _x(
        "Entrevista RH Banco Aurora",
        interview=True,
        company="Banco Aurora",
        role=None,
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com Alex Rivera",
        interview=True,
        company="Jabuticaba Labs",
        role="Product Analyst",
        org=("carol.headhunter@gmail.com", "Carolina Brandão"),
        desc="Oi Alex! Sou a Carol, recrutadora da Jabuticaba Labs (tô usando minha agenda pessoal hoje). Vamos conversar sobre a vaga de Product Analyst? 20 min.",
        meet="meet",
        zone="America/Sao_Paulo",
    )


def _japan() -> None:
    _x(
        "【一次面接】桜木システムズ / Alex Rivera様",
        interview=True,
        company="桜木システムズ",
        role="データエンジニア",
        org=("saiyo@sakuragi-sys.co.jp", "株式会社桜木システムズ 採用担当"),
        att=[person("t.yamamoto@sakuragi-sys.co.jp", "山本 拓也")],
        desc="Alex Rivera様\n\nこの度は、データエンジニア職にご応募いただき、誠にありがとうございます。\n一次面接を下記の通り設定いたしました。\n\n面接官：山本 拓也（データ基盤部 マネージャー）\n所要時間：約60分\n形式：Google Meet\n\nどうぞよろしくお願いいたします。\n株式会社桜木システムズ 人事部 採用担当",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "カジュアル面談（ほしぞらゲームス）",
        interview=True,
        company="ほしぞらゲームス",
        role="サーバーサイドエンジニア",
        org=("recruit@hoshizora-games.jp", "ほしぞらゲームス 採用チーム"),
        desc="Alex様\n\nサーバーサイドエンジニアのポジションについて、カジュアル面談のお時間をいただきありがとうございます。\n担当：佐々木（エンジニアリングマネージャー）\n\n※選考要素はほとんどありませんが、お気軽にご質問ください。\n\nPowered by HERP",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Tsubame Pay - Technical Interview (English)",
        interview=True,
        company="Tsubame Pay",
        role="Senior Software Engineer (Payments)",
        org=("talent@tsubamepay.jp", "Tsubame Pay Talent"),
        att=[
            person("kenji.morita@tsubamepay.jp", "Kenji Morita"),
            person("aisha.rahman@tsubamepay.jp", "Aisha Rahman"),
        ],
        desc="Hi Alex,\n\nThe technical interview for Senior Software Engineer (Payments) will be conducted in English.\n\nInterviewers: Kenji Morita (Tech Lead), Aisha Rahman (Engineer)\nFormat: 30 min live coding + 30 min design discussion\n\nPlease note the time is JST.",
        conf=ZOOM,
        zone="Asia/Tokyo",
    )
    _x(
        "【日程変更】二次面接 株式会社桜木システムズ",
        interview=True,
        company="桜木システムズ",
        role="データエンジニア",
        org=("saiyo@sakuragi-sys.co.jp", "株式会社桜木システムズ 採用担当"),
        att=[
            person("t.yamamoto@sakuragi-sys.co.jp", "山本 拓也"),
            person("m.kobayashi@sakuragi-sys.co.jp", "小林 真理"),
        ],
        desc="二次面接の日程を変更させていただきました。ご確認のほどよろしくお願いいたします。\n\n面接官：山本 拓也、小林 真理（CTO）",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員）- ほしぞらゲームス",
        interview=True,
        company="ほしぞらゲームス",
        role="サーバーサイドエンジニア",
        org=("recruit@hoshizora-games.jp", "ほしぞらゲームス 採用チーム"),
        att=[person("ceo@hoshizora-games.jp", "高橋 健一")],
        desc="最終面接は代表取締役 高橋との面接となります。\n場所：弊社渋谷オフィス 8F受付にてお名前をお伝えください。",
        loc="東京都渋谷区道玄坂1-12-1 8F",
        zone="Asia/Tokyo",
    )
    _x(
        "Tsubame Pay HM interview",
        interview=True,
        company="Tsubame Pay",
        role=None,
        zone="Asia/Tokyo",
        desc="with Hiroshi (eng director). 9am JST = 5pm PT prev day!!",
    )
    _x(
        "面接：Alex Rivera様（Tsubame Pay）",
        interview=True,
        company="Tsubame Pay",
        role=None,
        org=("agent.tanaka@career-link-agent.jp", "田中 誠（キャリアリンク）"),
        desc="Alex様\n\nTsubame Pay様との最終面接が確定いたしました。\n面接官：CTO 中村様\n\n人材紹介会社キャリアリンク 田中",
        conf=ZOOM,
        zone="Asia/Tokyo",
    )


def _india() -> None:
    _x(
        "Interview Scheduled: Kesari Fintech - Technical Round 1",
        interview=True,
        company="Kesari Fintech",
        role="Senior Data Engineer",
        org=("careers@kesarifintech.in", "Kesari Fintech Talent Acquisition"),
        att=[person("arjun.mehta@kesarifintech.in", "Arjun Mehta")],
        desc="Dear Alex,\n\nGreetings from Kesari Fintech!\n\nWe are pleased to inform you that your profile has been shortlisted for the position of Senior Data Engineer. Your Technical Round 1 is scheduled as per the details below.\n\nInterviewer: Arjun Mehta, Engineering Manager\nMode: Virtual (MS Teams)\n\nKindly confirm your availability.\n\nRegards,\nTA Team",
        conf=TEAMS,
        zone="Asia/Kolkata",
    )
    _x(
        "Nilgiri Data Labs | HR Round | Alex Rivera",
        interview=True,
        company="Nilgiri Data Labs",
        role="Lead Analytics Engineer",
        org=("hr@nilgiridata.com", "Nilgiri Data Labs HR"),
        desc="Hi Alex,\n\nPlease find below the details of your HR discussion for the Lead Analytics Engineer role.\n\nInterviewer: Kavya Iyer, HR Business Partner\nDuration: 30 mins\n\nPlease keep your current CTC and notice period details handy.\n\nSent via Darwinbox",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Managerial Round - Saffronleaf Commerce",
        interview=True,
        company="Saffronleaf Commerce",
        role="Staff Backend Engineer",
        org=("talent@saffronleaf.in", "Saffronleaf Talent"),
        att=[person("vikram.rao@saffronleaf.in", "Vikram Rao")],
        desc="Managerial round with Vikram Rao (Director - Engineering).\nPosition: Staff Backend Engineer\nMode: Zoom",
        conf=ZOOM,
        zone="Asia/Kolkata",
    )
    _x(
        "Updated invitation: Kesari Fintech - Technical Round 2",
        interview=True,
        company="Kesari Fintech",
        role="Senior Data Engineer",
        org=("careers@kesarifintech.in", "Kesari Fintech Talent Acquisition"),
        att=[
            person("neha.kulkarni@kesarifintech.in", "Neha Kulkarni"),
            person("sandeep.joshi@kesarifintech.in", "Sandeep Joshi"),
        ],
        desc="Please note the revised timing for your Technical Round 2 (system design). Panel: Neha Kulkarni, Sandeep Joshi.",
        conf=TEAMS,
        zone="Asia/Kolkata",
    )
    _x(
        "Telephonic discussion - Alex Rivera",
        interview=True,
        company="Vayu Mobility",
        role="Data Platform Lead",
        org=("rohan.consultant@gmail.com", "Rohan Sharma"),
        desc="Hi Alex, as discussed on Naukri, this is the initial screening for my client Vayu Mobility, Bengaluru, for Data Platform Lead. I'm with Peak Talent Consultants. Will call on WhatsApp.",
        zone="Asia/Kolkata",
    )
    _x(
        "Vayu Mobility - Techno-functional round",
        interview=True,
        company="Vayu Mobility",
        role="Data Platform Lead",
        org=("hiring@vayumobility.com", "Vayu Mobility Hiring"),
        att=[person("ananya.reddy@vayumobility.com", "Ananya Reddy")],
        desc="Interviewer: Ananya Reddy, VP Data\nRole: Data Platform Lead",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x(
        "Final round with CEO - Saffronleaf",
        interview=True,
        company="Saffronleaf Commerce",
        role="Staff Backend Engineer",
        org=("talent@saffronleaf.in", "Saffronleaf Talent"),
        att=[person("aditya.bansal@saffronleaf.in", "Aditya Bansal")],
        desc="Final round with Aditya Bansal, Founder & CEO. In person at our Bengaluru office - please carry a government ID.",
        loc="Saffronleaf Commerce, 4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103",
        zone="Asia/Kolkata",
    )
    _x(
        "Nilgiri tech rd",
        interview=True,
        company="Nilgiri Data Labs",
        role=None,
        zone="Asia/Kolkata",
    )


def _prep_and_reminders() -> None:
    _x(
        "Prep: Cobaltline system design",
        interview=False,
        desc="Review Kafka vs Kinesis notes, draw the CDC pipeline again. Marcus asked about backfills last time.",
    )
    _x(
        "Prep for Lumenstack onsite",
        interview=False,
        desc="- STAR stories (6)\n- Review take-home feedback\n- Questions for Rachel (VP Eng)",
    )
    _x(
        "Research Meridian Pay before final",
        interview=False,
        desc="Read S-1-ish blog posts, CEO podcast episode, their payments rails diagram.",
    )
    _x(
        "Send thank-you notes (Tidewater panel)",
        interview=False,
        desc="Derek, Lucia, Sam - mention the dbt freshness discussion.",
    )
    _x("Follow up with Casey @ Bluejay", interview=False, desc="No news in a week - polite nudge.")
    _x("LeetCode - graphs + DP", interview=False)
    _x(
        "Interview prep: behavioral stories",
        interview=False,
        desc="Conflict with PM (Initech billing migration), failure story, leadership without authority.",
    )
    _x("Update CV (German version, Lebenslauf)", interview=False, zone="Europe/Berlin")
    _x(
        "Bewerbung Nordlicht abschicken - Deadline",
        interview=False,
        all_day=True,
        zone="Europe/Berlin",
    )
    _x(
        "Practice Japanese self-intro (自己紹介)",
        interview=False,
        desc="はじめまして、アレックス・リベラと申します... record and listen back",
        zone="Asia/Tokyo",
    )
    _x(
        "Prepare case deck - Kestrel & Finch",
        interview=False,
        desc="Slides due 24h before. Keep to 8 slides.",
        zone="Europe/London",
    )
    _x("Preparar caso Jabuticaba (retenção)", interview=False, zone="America/Sao_Paulo")
    _x("Reminder: interview tomorrow 9am JST - set alarm 4:45", interview=False)
    _x("Check notice period clause in Initech contract", interview=False)
    _x("Offer deadline - Quillmark (decide!)", interview=False, all_day=True)
    _x("Salary research - Levels.fyi, Glassdoor for Madrid/Berlin", interview=False)
    _x("Block: no meetings - interview recovery", interview=False)
    _x(
        "Dress rehearsal for Pinecrest exec interview",
        interview=False,
        desc="Run through 'tell me about yourself' out loud, 2 min max.",
    )


def _mock_interviews() -> None:
    _x(
        "Mock interview with Priya",
        interview=False,
        org=("priya.shah.dev@gmail.com", "Priya Shah"),
        desc="Priya's playing the Cobaltline interviewer - system design, 45 min, then feedback.",
        meet="meet",
    )
    _x(
        "Mock system design (Pramp)",
        interview=False,
        org=("no-reply@pramp.com", "Pramp"),
        desc="Your peer mock interview is confirmed. Topic: System Design. You'll interview your peer for 30 minutes and then switch roles.",
        loc="https://www.pramp.com/#/session/7hk2",
    )
    _x(
        "Interview practice w/ Dan - behavioral",
        interview=False,
        org=("dan.kowalski@gmail.com", "Dan Kowalski"),
        desc="Dan will grill me on Amazon-style LPs even though I'm not applying to Amazon.",
    )
    _x(
        "Mock case interview - consulting club alumni",
        interview=False,
        org=("casecoach.maria@gmail.com", "Maria Ortega"),
        desc="Practice case before Kestrel & Finch. Market sizing + profitability.",
        meet="meet",
        zone="Europe/London",
    )
    _x(
        "Career coaching session #3",
        interview=False,
        org=("hello@brightpathcoaching.com", "BrightPath Career Coaching"),
        desc="Session with your coach Lauren. Topics: negotiation strategy, comparing offers across countries.",
        conf=ZOOM,
    )
    _x(
        "interviewing.io mock - senior backend",
        interview=False,
        org=("sessions@interviewing.io", "interviewing.io"),
        desc="Anonymous practice interview with a senior engineer. This is a practice session; results are not shared with employers.",
        loc="https://interviewing.io/mocks/8812",
    )
    _x(
        "Simulação de entrevista com a Bia",
        interview=False,
        desc="Treinar apresentação em português antes do Banco Aurora.",
        zone="America/Sao_Paulo",
    )
    _x("模擬面接（友達のユウタ）", interview=False, desc="日本語での面接練習", zone="Asia/Tokyo")


def _networking() -> None:
    _x(
        "Coffee chat with Tom (ex-Initech, now at Cobaltline)",
        interview=False,
        org=("tom.barrett@gmail.com", "Tom Barrett"),
        desc="Catching up + ask what the data team is really like. Not part of the process.",
        loc="Sightglass Coffee, 7th St",
    )
    _x(
        "Informational interview - Head of Data at Driftwood",
        interview=False,
        desc="Networking chat Sophie set up. Not applying yet - learn about their stack and culture.",
    )
    _x(
        "Alumni networking call - Berlin tech scene",
        interview=False,
        org=("jana.meyer@gmail.com", "Jana Meyer"),
        desc="Jana (uni alum) moved to Berlin 3 years ago - visa, Anmeldung, salaries, which companies are good.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Virtual coffee - Rahul (Bengaluru)",
        interview=False,
        org=("rahul.verma.blr@gmail.com", "Rahul Verma"),
        desc="Friend of a friend, Rahul works in fintech in Bengaluru. Ask about relocation and what CTC to expect.",
        meet="meet",
        zone="Asia/Kolkata",
    )
    _x("LinkedIn follow-ups (10 people)", interview=False)
    _x(
        "Lunch with former manager (reference ask)",
        interview=False,
        desc="Ask Karen if she's OK being a reference for the Pinecrest and Meridian processes.",
        loc="Tartine Manufactory",
    )
    _x(
        "Informational chat: life at a Japanese company",
        interview=False,
        org=("haruka.ito.work@gmail.com", "Haruka Ito"),
        desc="Haruka works at a Tokyo startup - asked her about 面接 culture and work visas. Purely informational.",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Café con Marta (networking Madrid)",
        interview=False,
        desc="Conocer a Marta, amiga de Lucía; trabaja en producto en Madrid. Solo networking.",
        zone="Europe/Madrid",
    )
    _x(
        "Data Engineering meetup - networking drinks",
        interview=False,
        loc="WeWork 600 California St, San Francisco",
        desc="Talk on Iceberg + drinks after. Bring business cards.",
    )
    _x(
        "Intro call: Alex <> Sunita (referral)",
        interview=False,
        org=("sunita.rao@gmail.com", "Sunita Rao"),
        desc="Sunita offered to refer me at her company. Chat so she knows what to write in the referral.",
        meet="meet",
    )
    _x(
        "1:1 with mentor (ADPList)",
        interview=False,
        org=("no-reply@adplist.org", "ADPList"),
        desc="Mentorship session with Gabriel Souza: 'Moving from IC to Staff'.",
        conf=ZOOM,
    )
    _x(
        "Catch-up with Ollie's colleague (UK market)",
        interview=False,
        desc="Chat with Ravi about London salaries vs Manchester. He doesn't hire - just advice.",
        zone="Europe/London",
    )


def _recruiter_events() -> None:
    _x(
        "Webinar: Life at Thistledown Bank Technology",
        interview=False,
        org=("events@thistledownbank.co.uk", "Thistledown Bank Early & Experienced Careers"),
        desc="Join our engineers for a live Q&A about technology at Thistledown. Open to all applicants. Registration via ON24.",
        loc="https://event.on24.com/wcc/r/4410982",
        zone="Europe/London",
    )
    _x(
        "Meridian Pay Engineering Open House (virtual)",
        interview=False,
        org=("events@meridianpay.com", "Meridian Pay Events"),
        desc="Hear from our engineering leaders, then breakout rooms by team. This is a recruiting event, not an interview.",
        conf=ZOOM,
    )
    _x(
        "Recruiting event: Women & Allies in Data Happy Hour (hosted by Cobaltline)",
        interview=False,
        loc="Cobaltline SF office, 180 Townsend St",
        desc="RSVP'd on Eventbrite.",
    )
    _x(
        "Info session: Working in Germany as an international engineer",
        interview=False,
        org=("noreply@make-it-in-germany.example", "Make it in Germany Webinars"),
        desc="Blue Card requirements, recognition of degrees, Q&A.",
        zone="Europe/Berlin",
    )
    _x(
        "Tech Talk + Recruiting Night - Spreewerk",
        interview=False,
        desc="Public talk 'Scaling Go services' + pizza. Jonas said he'll be there.",
        loc="Spreewerk, Köpenicker Str. 70, 10179 Berlin",
        zone="Europe/Berlin",
    )
    _x(
        "Webinar Gupy: como se destacar em processos seletivos",
        interview=False,
        org=("eventos@gupy.io", "Gupy Eventos"),
        zone="America/Sao_Paulo",
    )
    _x(
        "会社説明会（オンライン）- 桜木システムズ",
        interview=False,
        org=("saiyo@sakuragi-sys.co.jp", "株式会社桜木システムズ 採用担当"),
        desc="キャリア採用向け会社説明会です。選考とは関係ありませんので、お気軽にご参加ください。",
        conf=ZOOM,
        zone="Asia/Tokyo",
    )
    _x(
        "Saffronleaf Tech Meetup - Bengaluru (virtual)",
        interview=False,
        desc="Community meetup, recruiting booth at the end.",
        zone="Asia/Kolkata",
    )
    _x(
        "Recruiter AMA: How to negotiate relocation packages",
        interview=False,
        loc="https://www.linkedin.com/events/7190011",
    )


def _online_tests() -> None:
    _x(
        "DEADLINE: Codility test - Meridian Pay",
        interview=False,
        all_day=True,
        desc="Self-paced, 90 minutes once started. Link expires at 23:59 PT. https://app.codility.com/test/MP-8K2/",
    )
    _x(
        "HackerRank assessment - Kesari Fintech (due)",
        interview=False,
        desc="You have been invited to take the Kesari Fintech Senior Data Engineer assessment. The test link expires in 72 hours. Duration: 120 mins.",
        zone="Asia/Kolkata",
    )
    _x(
        "Do SHL numerical reasoning test - Kestrel & Finch",
        interview=False,
        desc="Online, untimed window until Friday 17:00 GMT. Practice tests first!",
        zone="Europe/London",
    )
    _x(
        "Take-home due: Lumenstack ingestion service",
        interview=False,
        all_day=True,
        desc="Submit GitHub repo link via the Greenhouse portal.",
    )
    _x(
        "HireVue one-way video (Pinecrest) - record before Thursday",
        interview=False,
        desc="Pre-recorded answers, 5 questions, 2 min each. No live interviewer.",
    )
    _x(
        "Teste online Gupy - Banco Aurora (prazo)",
        interview=False,
        all_day=True,
        zone="America/Sao_Paulo",
    )
    _x(
        "適性検査（SPI）受検期限 - ほしぞらゲームス",
        interview=False,
        all_day=True,
        desc="Webテスティング。期限：23:59まで。",
        zone="Asia/Tokyo",
    )
    _x(
        "TestGorilla assessment - Isarwerk",
        interview=False,
        desc="Complete by Sunday. Tests: SQL, critical thinking, English. About 60 minutes.",
        zone="Europe/Berlin",
    )
    _x(
        "Prueba técnica Naranjo (entregar)",
        interview=False,
        all_day=True,
        desc="Enviar enlace al repo a people@naranjotech.com",
        zone="Europe/Madrid",
    )


def _job_fairs() -> None:
    _x(
        "Tech job fair - Moscone West",
        interview=False,
        loc="Moscone Center West, San Francisco",
        desc="Bring 20 printed CVs. Booths: Ferngrove, Quillmark, others.",
    )
    _x(
        "Karrieremesse Berlin (connecticum)",
        interview=False,
        loc="Messe Berlin, Halle 20",
        zone="Europe/Berlin",
    )
    _x(
        "Feria de empleo tecnológico - IFEMA",
        interview=False,
        loc="IFEMA Madrid, Pabellón 10",
        zone="Europe/Madrid",
    )
    _x(
        "London Tech Week - careers expo",
        interview=False,
        loc="Olympia London",
        zone="Europe/London",
    )
    _x(
        "Virtual career fair - Brazil tech (Hopin)",
        interview=False,
        loc="https://app.hopin.com/events/tech-careers-br",
        zone="America/Sao_Paulo",
    )


def _initech_work() -> None:
    team = [
        person("karen.liu@initech.com", "Karen Liu"),
        person("bill.lumbergh@initech.com", "Bill Lumbergh"),
        person("milton.w@initech.com", "Milton Waddams"),
        person("nina.patel@initech.com", "Nina Patel"),
    ]
    _x(
        "Daily Standup - Data Platform",
        interview=False,
        me=WORK_ME,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=team,
        meet="meet",
    )
    _x(
        "Standup",
        interview=False,
        me=WORK_ME,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=team[:2],
        meet="meet",
    )
    _x(
        "Alex / Bill 1:1",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[person("bill.lumbergh@initech.com", "Bill Lumbergh")],
        desc="Agenda: TPS report pipeline, Q3 goals, promo conversation.",
    )
    _x(
        "Sprint Planning",
        interview=False,
        me=WORK_ME,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=team,
        conf=TEAMS,
    )
    _x(
        "Sprint Retro",
        interview=False,
        me=WORK_ME,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=team,
        conf=TEAMS,
    )
    _x(
        "Mid-year performance review - Alex Rivera",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[person("hr-bp@initech.com", "Initech People Team")],
        desc="Self-assessment due beforehand in Workday. We'll discuss ratings and goals.",
    )
    _x(
        "Design review: event ingestion v2",
        interview=False,
        me=WORK_ME,
        org=("karen.liu@initech.com", "Karen Liu"),
        att=team,
        meet="meet",
    )
    _x(
        "Initech All Hands",
        interview=False,
        me=WORK_ME,
        org=("comms@initech.com", "Initech Communications"),
        att=[person("all@initech.com", "All Initech")],
        loc="Auditorium / livestream",
    )
    _x(
        "On-call handoff",
        interview=False,
        me=WORK_ME,
        org=("karen.liu@initech.com", "Karen Liu"),
        att=[person("karen.liu@initech.com", "Karen Liu")],
    )
    _x("Focus time", interview=False, me=WORK_ME)
    _x("OOO - personal", interview=False, me=WORK_ME, all_day=True)
    _x(
        "Skip-level with VP Eng",
        interview=False,
        me=WORK_ME,
        org=("peter.gibbons@initech.com", "Peter Gibbons"),
        att=[person("peter.gibbons@initech.com", "Peter Gibbons")],
        desc="Quarterly skip-level. Open agenda.",
    )
    _x(
        "Incident postmortem: nightly ETL failure",
        interview=False,
        me=WORK_ME,
        org=("nina.patel@initech.com", "Nina Patel"),
        att=team,
        meet="meet",
    )
    _x(
        "Lunch & Learn: dbt tests",
        interview=False,
        me=WORK_ME,
        loc="Initech - Kitchen area",
        desc="I'm presenting.",
    )
    _x(
        "Vendor call - Snowflake account team",
        interview=False,
        me=WORK_ME,
        org=("ae.initech@snowflake-partner.example", "Account Executive"),
        att=[person("karen.liu@initech.com", "Karen Liu")],
        conf=ZOOM,
    )
    _x(
        "User interview: analysts on the new BI dashboard",
        interview=False,
        me=WORK_ME,
        org=("ux-research@initech.com", "Initech UX Research"),
        att=[person("jessica.tran@initech.com", "Jessica Tran")],
        desc="Research session - we interview internal analysts about how they use the dashboard. Alex is note-taker.",
    )
    _x(
        "Quarterly planning offsite",
        interview=False,
        me=WORK_ME,
        all_day=True,
        loc="Initech Building B",
    )
    _x("Team happy hour", interview=False, me=WORK_ME, loc="Chotchkie's")


def _initech_hiring() -> None:
    _x(
        "Interview: Jordan Lee - Senior Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.lee.candidate@gmail.com", "Jordan Lee")],
        desc="Candidate: Jordan Lee\nRole: Senior Data Engineer\nInterviewer: Alex Rivera\nFocus: SQL + data modeling\n\nPlease submit your scorecard in Greenhouse within 24 hours.\nInterview kit: https://app.greenhouse.io/guides/88231/people/771",
        conf=ZOOM,
    )
    _x(
        "Interview - Maya Fernandes (Backend Engineer) - Coding",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("maya.fernandes@outlook.com", "Maya Fernandes")],
        desc="Interviewers: Alex Rivera, Karen Liu\nCandidate: Maya Fernandes\nCoderPad: https://app.coderpad.io/INT-2K9",
        meet="meet",
    )
    _x(
        "Hiring debrief: Senior Data Engineer",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[
            person("karen.liu@initech.com", "Karen Liu"),
            person("recruiting@initech.com", "Initech Recruiting"),
        ],
        desc="Debrief for Jordan Lee. Please have scorecards submitted before this meeting.",
    )
    _x(
        "Phone screen: candidate Ravi Menon",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        desc="You (Alex Rivera) are the interviewer for this phone screen. Candidate: Ravi Menon, Analytics Engineer. Call him at +1 312 555 0190.",
    )
    _x(
        "Updated invitation: Onsite - Priscilla Gomez (Data Engineer)",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("priscilla.gomez@gmail.com", "Priscilla Gomez")],
        desc="Interviewer change: Alex Rivera now covers the system design session (2:00-2:45). Candidate: Priscilla Gomez.",
        loc="Initech HQ - Conf Room Swingline",
    )
    _x(
        "Interviewer training (structured interviews)",
        interview=False,
        me=WORK_ME,
        org=("people@initech.com", "Initech People Team"),
        att=[person("people@initech.com", "Initech People Team")],
        conf=TEAMS,
    )
    _x("Write take-home exercise for DE hiring", interview=False, me=WORK_ME)
    _x(
        "Hiring committee - weekly",
        interview=False,
        me=WORK_ME,
        org=("bill.lumbergh@initech.com", "Bill Lumbergh"),
        att=[person("peter.gibbons@initech.com", "Peter Gibbons")],
    )
    _x(
        "Final round: candidate Ho-jin Park (Staff Eng) - lunch interview",
        interview=False,
        me=WORK_ME,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("hojin.park@gmail.com", "Ho-jin Park")],
        desc="Alex hosts lunch with the candidate as part of his onsite.",
        loc="Initech cafeteria",
    )
    _x("Review resumes - Analytics Engineer req", interview=False, me=WORK_ME)
    _x(
        "Good luck Nina! (her interview at Globex)",
        interview=False,
        desc="Nina told me she's interviewing elsewhere too - send her a text.",
    )
    _x("Dan's final round - drinks after to celebrate/console", interview=False, loc="Zeitgeist")


def _appointments() -> None:
    _x("Dentist - cleaning", interview=False, loc="Castro Dental, 4101 18th St, San Francisco")
    _x(
        "Dr. Alvarez - annual physical",
        interview=False,
        loc="One Medical, 1 Embarcadero Center",
        desc="Fasting from midnight for blood work.",
    )
    _x(
        "Visa interview - U.S. Consulate (for Mom's B-2)",
        interview=False,
        desc="Go with Mom to her visitor visa interview. Bring DS-160 confirmation, passport, photo.",
        zone="America/Sao_Paulo",
        loc="Consulado Geral dos EUA, Rua Henri Dunant 500, São Paulo",
    )
    _x(
        "Blue Card - Termin Ausländerbehörde",
        interview=False,
        desc="Only if Nordlicht offer goes through - tentative appointment booked just in case. Bring Arbeitsvertrag, Pass, biometrisches Foto.",
        zone="Europe/Berlin",
    )
    _x(
        "VFS Global biometrics - UK Skilled Worker visa",
        interview=False,
        loc="VFS Global, 1 Market St, San Francisco",
        desc="Appointment confirmation ref GBSF/2025/118. Bring passport and CoS number.",
    )
    _x(
        "Japan work visa - COE paperwork call with immigration lawyer",
        interview=False,
        org=("office@kobayashi-gyosei.jp", "小林行政書士事務所"),
        conf=ZOOM,
        zone="Asia/Tokyo",
    )
    _x(
        "Cita NIE - Policía Nacional (Madrid)",
        interview=False,
        loc="Comisaría Aluche, Av. de los Poblados s/n",
        zone="Europe/Madrid",
    )
    _x("Eye exam", interview=False, loc="Warby Parker Valencia St")
    _x("Physio - knee", interview=False, loc="Pacific Heights Physical Therapy")
    _x("Therapist", interview=False, desc="Talk about job search stress.")
    _x("DMV - renew license", interview=False, loc="DMV Fell St")
    _x(
        "Tax advisor - cross-border tax (if I move)",
        interview=False,
        conf=ZOOM,
        desc="Questions: US citizen abroad, FEIE, German/Spanish tax residency.",
    )
    _x(
        "Apartment viewing - Kreuzberg (virtual)",
        interview=False,
        zone="Europe/Berlin",
        desc="WG-Gesucht listing, landlord shows via WhatsApp video.",
    )


def _family_and_social() -> None:
    _x("Mom's birthday dinner", interview=False, loc="Nopa, 560 Divisadero St")
    _x("Call Abuela", interview=False)
    _x("Sofia's wedding", interview=False, all_day=True, loc="Sonoma")
    _x("Flight SFO -> LHR (BA 286)", interview=False, desc="Confirmation: XK7PQ2. Seat 32A.")
    _x("Flight LHR -> MAD", interview=False, zone="Europe/London")
    _x("Brunch with Jess & Marco", interview=False, loc="Zazie")
    _x("Game night at Dan's", interview=False)
    _x("Video call with cousins in Rio", interview=False, meet="meet", zone="America/Sao_Paulo")
    _x("Niece's school play", interview=False, loc="Rooftop Elementary auditorium")
    _x(
        "Parent-teacher meeting (for Leo, covering for my sister)",
        interview=False,
        desc="Meeting with Ms. Chen about Leo's reading progress.",
    )
    _x("Housewarming - Priya & Sam", interview=False, loc="Oakland")
    _x("Dinner with Hiro in Shibuya", interview=False, zone="Asia/Tokyo", loc="Uobei, Shibuya")
    _x("Diwali party at Rohan's", interview=False, zone="Asia/Kolkata")
    _x("Dad visiting - airport pickup", interview=False, loc="SFO Terminal 2")
    _x("Moving boxes - storage unit", interview=False)


def _hobbies() -> None:
    _x(
        "Trial class - Brazilian jiu-jitsu",
        interview=False,
        loc="Ralph Gracie Mission",
        desc="First class free, wear shorts + t-shirt.",
    )
    _x(
        "Audition for the choir",
        interview=False,
        desc="SF Community Chorus - prepare 16 bars of something + sight reading.",
        loc="St. Ignatius Church",
    )
    _x(
        "Final round - pub quiz",
        interview=False,
        loc="The Page Bar",
        desc="Our team 'Quizteama Aguilera' made the league final!",
    )
    _x("Screening of Past Lives", interview=False, loc="Roxie Theater")
    _x(
        "Callback - community theatre (Our Town)",
        interview=False,
        desc="Reading for Stage Manager role.",
        loc="Custom Made Theatre",
    )
    _x("Tryouts - Sunday soccer league", interview=False, loc="Kezar Stadium")
    _x(
        "Pottery: onboarding session",
        interview=False,
        loc="Clay by the Bay",
        desc="Studio orientation + wheel safety before membership starts.",
    )
    _x("Chess club - semifinal round", interview=False)
    _x(
        "Podcast interview - 'Data Nerds Weekly' guest episode",
        interview=False,
        desc="They're interviewing me about open-source dbt packages. Not a job thing.",
        conf=ZOOM,
    )
    _x(
        "Interview with local paper about community garden",
        interview=False,
        desc="Reporter from the Mission Local wants quotes about the garden project.",
    )
    _x("Ensayo coro", interview=False, zone="Europe/Madrid")
    _x("Running club - time trial", interview=False, loc="Golden Gate Park Polo Field")
    _x("Wine tasting - blind panel", interview=False, loc="Ferry Building")
    _x("Assessment: swim level test (masters swim)", interview=False, loc="Hamilton Pool")
    _x(
        "Japanese lesson (iTalki) - 面接の敬語",
        interview=False,
        desc="Lesson topic: keigo for job interviews. Teacher: Yoko.",
        conf=ZOOM,
    )
    _x("Book club: 'The Interview' discussion", interview=False)
    _x("Hackathon (for fun) - Sunday", interview=False, all_day=True)
    _x("Sound check - band gig at Bottom of the Hill", interview=False)


def _more_interviews() -> None:
    _x(
        "Invitation: Greyfriars Insurance - Technical Interview @ Wed 2pm - 3pm (BST)",
        interview=True,
        company="Greyfriars Insurance",
        role="Analytics Engineer",
        org=("oliver.brennan@greyfriars.co.uk", "Oliver Brennan"),
        att=[person("priya.desai@greyfriars.co.uk", "Priya Desai")],
        desc="Hi Alex,\n\nGreat speaking last week! Next step for the Analytics Engineer role is a technical interview with Priya Desai (Analytics Lead): SQL, dbt and a data modelling discussion.\n\nInterviewer: Priya Desai\n\nCheers,\nOliver",
        conf=TEAMS,
        zone="Europe/London",
    )
    _x(
        "Entrevista - Alex Rivera (Backend) - Naranjo Tech",
        interview=True,
        company="Naranjo Tech",
        role="Backend Developer",
        org=("no-reply@factorialhr.com", "Naranjo Tech via Factorial"),
        desc="Hola Alex,\n\nTe hemos programado una entrevista para la vacante Backend Developer.\n\nEntrevistadora: Elena Ruiz (People Partner)\nDuración: 30 min\n\nEnviado desde Factorial",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Mandacaru - entrevista técnica (live coding)",
        interview=True,
        company="Mandacaru Tech",
        role="Desenvolvedor Backend Pleno",
        org=("rafael.lima@mandacaru.tech", "Rafael Lima"),
        att=[person("diego.santos@mandacaru.tech", "Diego Santos")],
        desc="Entrevistador: Diego Santos (Tech Lead)\nVaga: Desenvolvedor Backend Pleno\nVamos resolver um problema juntos no CoderPad, pode usar a linguagem que preferir.",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Isarwerk - Kennenlernen mit dem Team",
        interview=True,
        company="Isarwerk Analytics",
        role=None,
        desc="Teil des Prozesses laut Florian: 30 Min mit zwei Analysts aus dem Team.",
        zone="Europe/Berlin",
        meet="meet",
    )
