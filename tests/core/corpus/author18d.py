# ruff: noqa: E501 -- data: event texts as written
"""Part written by author 18d: who is the candidate. Alex Rivera's own interviews whose wording
could mislead (invitations naming "Interviewer:", panels, "your interviewers", "Candidate: Alex
Rivera", scorecards, coordinator holds, employers whose names contain Interview, Talent, Hire,
Recruit, Career, Panel, Screen, Media, Podcast or Research) set against look-alikes where Alex is
not the candidate: interviews Alex conducts at Initech, debriefs, shadowing and interviewer
training, a partner's, friend's or sibling's interviews on a shared calendar, Alex as a reference
or a volunteer panelist, mock interviews, press and research interviews, and events forwarded by
colleagues, in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese,
Chinese, Korean, Russian, Turkish, Swedish and Czech."""

from __future__ import annotations

from typing import Any

from tests.core.corpus.kit import WORK_ME, ev, person

__all__ = ["build"]


def _x(summary: str, **kw: Any) -> None:
    ev(summary, split="author18d", **kw)


def build() -> None:
    _panel_wording()
    _company_names_that_mislead()
    _coordinator_holds()
    _own_multilingual()
    _own_misc()
    _initech_interviewer()
    _initech_debriefs_training()
    _shared_calendar_others()
    _references_and_panels()
    _mock_interviews()
    _press_and_research()
    _forwarded()
    _lookalikes_multilingual()


# ---------------------------------------------------------------- Alex's own: panel wording


def _panel_wording() -> None:
    _x(
        "Interview: Alex Rivera <> Lumen Freight",
        interview=True,
        company="Lumen Freight",
        role="Senior Backend Engineer",
        org=("priya.nair@lumenfreight.com", "Priya Nair"),
        att=[
            person("dmitri.volkov@lumenfreight.com", "Dmitri Volkov"),
            person("hannah.cole@lumenfreight.com", "Hannah Cole"),
        ],
        desc="Candidate: Alex Rivera\nPosition: Senior Backend Engineer\n\nInterviewer: Dmitri Volkov (Staff Engineer) - System design\nInterviewer: Hannah Cole (EM, Routing) - Behavioral\n\nPlease join 2 minutes early. Scorecards are due 24h after the interview (internal note, please ignore).",
        meet="meet",
    )
    _x(
        "Alex Rivera <> Quillbrook",
        interview=True,
        company="Quillbrook",
        role=None,
        org=("talent@quillbrook.io", "Quillbrook Talent Team"),
        att=[person("sam.okafor@quillbrook.io", "Sam Okafor")],
        desc="Hi Alex! Looking forward to connecting. Sam leads our platform org and will walk you through the team and what we're hiring for.",
        conf=("Zoom Meeting", "https://quillbrook.zoom.us/j/93120044812"),
    )
    _x(
        "Interview with Alex Rivera - Staff Platform Engineer",
        interview=True,
        company="Orchard Health",
        role="Staff Platform Engineer",
        org=("recruiting-coordination@orchardhealth.com", "Orchard Health Recruiting"),
        att=[
            person("li.wen@orchardhealth.com", "Li Wen"),
            person("marcus.bell@orchardhealth.com", "Marcus Bell"),
            person("ana.duarte@orchardhealth.com", "Ana Duarte"),
        ],
        desc="<p>Hi Alex,</p><p>Here are the details for your virtual onsite with Orchard Health.</p><p><b>Your interviewers</b></p><ul><li>10:00 - 10:45 Li Wen, Principal Engineer (Architecture)</li><li>10:50 - 11:35 Marcus Bell, Senior Engineer (Coding)</li><li>11:40 - 12:15 Ana Duarte, Director of Engineering (Leadership)</li></ul><p>Breaks are built in. Let me know if you need any accommodations.</p><p>Best,<br>Jess, Recruiting Coordinator</p>",
        meet="meet",
    )
    _x(
        "Interview panel - Alex Rivera",
        interview=True,
        company="Tidewater Bank",
        role="Lead Software Engineer, Payments",
        org=("k.osei@tidewaterbank.com", "Kwame Osei"),
        att=[
            person("r.lindqvist@tidewaterbank.com", "Rebecca Lindqvist"),
            person("p.santos@tidewaterbank.com", "Paulo Santos"),
            person("j.mbeki@tidewaterbank.com", "Jabu Mbeki", status="tentative"),
        ],
        desc="Panel interview for the Lead Software Engineer, Payments vacancy (req 24-0913).\n\nPanel: Rebecca Lindqvist (Chair), Paulo Santos, Jabu Mbeki\nCandidate: Alex Rivera\n\nFormat: 15 min presentation by the candidate on a system you have built, 45 min questions.",
        loc="Tidewater Bank, 200 Harbor St, 14th floor, Room Pelican",
    )
    _x(
        "Interviewer: Noor Haddad",
        interview=True,
        company="Cinderpath",
        role="Backend Engineer (Go)",
        org=("no-reply@ashbyhq.com", "Cinderpath via Ashby"),
        att=[person("noor@cinderpath.dev", "Noor Haddad")],
        desc="Cinderpath - Backend Engineer (Go)\nTechnical interview (live coding, 60 min)\n\nInterviewer: Noor Haddad\nCandidate: Alex Rivera\n\nYou'll use CoderPad; the link will be shared at the start. Any language is fine but Go is preferred.",
        meet="meet",
    )
    _x(
        "Your interviewers for Friday",
        interview=True,
        company="Ferncliff Robotics",
        role="Software Engineer, Fleet Infrastructure",
        org=("coordinator@ferncliffrobotics.com", "Dana at Ferncliff"),
        desc="Hi Alex - your interviewers for Friday's loop:\n- Ian Park (Fleet Infra) - coding\n- Beatriz Lopes (Perception Platform) - design\n- Ola Nordmann (Hiring Manager) - experience deep dive\n\nLunch with the team is not evaluated. Parking in visitor spots on Level 2.",
        loc="Ferncliff Robotics, 455 Innovation Way, Sunnyvale",
    )
    _x(
        "Candidate: Alex Rivera | Round 2 | Systems",
        interview=True,
        company="Helix Ledger",
        role="Senior Site Reliability Engineer",
        org=("scheduling@goodtime.io", "Helix Ledger Scheduling"),
        att=[
            person("vikram.rao@helixledger.com", "Vikram Rao"),
            person("erin.shaw@helixledger.com", "Erin Shaw", optional=True),
        ],
        desc="Role: Senior Site Reliability Engineer\nStage: Round 2 - Systems & Troubleshooting\nInterviewer: Vikram Rao\nShadow: Erin Shaw (optional)\n\nThis invite was scheduled by GoodTime on behalf of Helix Ledger.",
        conf=("Zoom Meeting", "https://helixledger.zoom.us/j/88102935511"),
    )
    _x(
        "Scorecard round - Alex R.",
        interview=True,
        company="Brasswing",
        role=None,
        org=("mira@brasswing.com", "Mira Castellanos"),
        desc="Hey Alex, this is the structured round - we use a scorecard so every candidate gets the same questions. 4 short scenarios, no coding. Nothing to prep!",
        meet="meet",
    )
    _x(
        "Final round: meet the panel",
        interview=True,
        company="Stonecrop Analytics",
        role="Engineering Manager, Data Platform",
        org=("hiring@stonecrop.ai", "Stonecrop Hiring"),
        att=[
            person("cto@stonecrop.ai", "Felix Brandt"),
            person("vp.eng@stonecrop.ai", "Aisha Karimi"),
            person("people@stonecrop.ai", "Tomoko Hayashi"),
        ],
        desc="Final round for the Engineering Manager, Data Platform role.\n\nThe panel: Felix (CTO), Aisha (VP Eng), Tomoko (People). Each will take ~20 minutes. We'd love to hear about a time you grew a team and a time a project went sideways.",
        meet="meet",
    )
    _x(
        "Alex Rivera / Northgate - hiring manager conversation",
        interview=True,
        company="Northgate Logistics",
        role="Principal Engineer",
        org=("erik.holm@northgatelogistics.com", "Erik Holm"),
        desc="Erik Holm (hiring manager) <> Alex Rivera (candidate, Principal Engineer)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NG4471",
        ),
    )
    _x(
        "Interview - Alex Rivera (Candidate) - Debrief to follow",
        interview=True,
        company="Saltmarsh Games",
        role="Senior Tools Engineer",
        org=("recruiting@saltmarshgames.com", "Saltmarsh Recruiting"),
        att=[
            person("owen.price@saltmarshgames.com", "Owen Price"),
            person("lucia.ferri@saltmarshgames.com", "Lucia Ferri"),
        ],
        desc="Owen and Lucia will interview Alex for the Senior Tools Engineer role. Interviewers: debrief is scheduled right after in #hiring-tools.\n\n(Alex - sorry, this template is our internal one. See you Thursday!)",
        meet="meet",
    )
    _x(
        "Interview with Alex Rivera",
        interview=True,
        company="Pinecone Row",
        role=None,
        org=("hr@pineconerow.com", "Pinecone Row HR"),
        desc="",
        loc="https://pineconerow.whereby.com/hr-room",
    )
    _x(
        "[Interviewers] Alex Rivera - pairing session",
        interview=True,
        company="Kestrel Compute",
        role="Senior Software Engineer, Scheduler",
        org=("ines.moreau@kestrelcompute.com", "Inès Moreau"),
        att=[
            person("tariq.aziz@kestrelcompute.com", "Tariq Aziz"),
            person("ines.moreau@kestrelcompute.com", "Inès Moreau"),
        ],
        desc="Pairing session (90 min) with Tariq and Inès. Alex, you'll drive; we'll work on a small change in a toy version of our scheduler. Bring your own laptop setup. Interviewers: use the Scheduler rubric v3.",
        meet="meet",
    )
    _x(
        "Hold: Alex Rivera onsite (panel TBD)",
        interview=True,
        company="Granite Peak Insurance",
        role="Staff Engineer",
        org=("talent.acquisition@granitepeak.com", "Granite Peak Talent Acquisition"),
        desc="Hi Alex, placing a hold for your onsite while I confirm the panel. You'll meet 4 people over ~3.5 hours. Final agenda will come 48h before.",
        my_status="tentative",
    )
    _x(
        "Interview (Alex R.) w/ Grace, Tomás, Yusuf",
        interview=True,
        company="Bluebird Pay",
        role="Backend Engineer II",
        org=("grace.kim@bluebirdpay.com", "Grace Kim"),
        att=[
            person("tomas.reyes@bluebirdpay.com", "Tomás Reyes"),
            person("yusuf.demir@bluebirdpay.com", "Yusuf Demir"),
        ],
        desc="Backend Engineer II - team interview. We'll each take a 15 min slot and leave 15 for your questions.",
        meet="meet",
    )
    _x(
        "Interview Loop: Alex Rivera (Engineering Manager)",
        interview=True,
        company="Marigold Learning",
        role="Engineering Manager",
        org=("no-reply@greenhouse.io", "Marigold Learning"),
        desc="Hello Alex,\n\nYour interview loop for Engineering Manager at Marigold Learning is confirmed.\n\nSchedule (Pacific):\n1:00 PM  People management - Hiroshi Tanaka\n1:45 PM  Execution - Chloe Martin\n2:30 PM  Cross-functional partner - Rafael Gómez (Product)\n3:15 PM  Hiring Manager wrap-up - Beth Anand\n\nYour interviewers will submit feedback through Greenhouse; you'll hear from us within a week.",
        conf=("Zoom Meeting", "https://marigold.zoom.us/j/97733012845"),
    )
    _x(
        "Technical screen: Alex Rivera x Wrenfield",
        interview=True,
        company="Wrenfield",
        role="Senior Data Engineer",
        org=("calendly@wrenfield.co", "Wrenfield Engineering"),
        att=[person("jo.adeyemi@wrenfield.co", "Jo Adeyemi")],
        desc="Event type: Technical screen (Senior Data Engineer)\nInvitee: Alex Rivera\nHost: Jo Adeyemi\n\nQuestions: SQL + a data modelling discussion.",
        meet="meet",
    )
    _x(
        "Culture add chat (candidate: Alex)",
        interview=True,
        company="Mossline",
        role=None,
        org=("ella@mossline.app", "Ella Virtanen"),
        desc="Informal-ish but it's part of our process: a conversation about how you like to work. Ella and Diego from the team.",
        loc="Blue Bottle Coffee, 300 Webster St, Oakland",
    )
    _x(
        "Alex Rivera - bar raiser",
        interview=True,
        company="Vantara Commerce",
        role="Senior Software Development Engineer",
        org=("loop-scheduling@vantara.com", "Vantara Loop Scheduling"),
        att=[person("br.mendes@vantara.com", "Rita Mendes")],
        desc="Bar raiser interview for Senior Software Development Engineer. Interviewer: Rita Mendes. Please have examples ready for the leadership principles.",
        conf=("Amazon Chime", "https://chime.aws/4471902311"),
    )
    _x(
        "Interview #3 — Alex Rivera / CTO",
        interview=True,
        company="Lanternfish",
        role="Founding Engineer",
        org=("founders@lanternfish.dev", "Lanternfish Founders"),
        desc="Third and last conversation before we make a call on the Founding Engineer role. Just you and Arjun.",
        meet="meet",
    )
    _x(
        "Interviewers: please review Alex's take-home before the call",
        interview=True,
        company="Pebblecreek",
        role="Full Stack Engineer",
        org=("hiring@pebblecreek.com", "Pebblecreek Hiring"),
        att=[
            person("nils.berg@pebblecreek.com", "Nils Berg"),
            person("zara.ahmed@pebblecreek.com", "Zara Ahmed"),
        ],
        desc="Take-home review call for Full Stack Engineer. Alex walks us through the submission (20 min), then Q&A.\n\nInterviewers: please review Alex's take-home before the call - the repo link is in Lever.",
        meet="meet",
    )
    _x(
        "Panel interview (3 interviewers) — Alex Rivera",
        interview=True,
        company="City of Oakbrook",
        role="IT Systems Architect",
        org=("hr-recruitment@oakbrook.gov", "Oakbrook Human Resources"),
        desc="You are invited to an oral board interview for the position of IT Systems Architect (Exam #2025-118). The panel consists of three subject matter experts. Please bring a photo ID. Arrive 15 minutes early.",
        loc="Oakbrook City Hall, 1 Civic Plaza, Conference Room B",
    )


# ---------------------------------------------------------------- Alex's own: misleading employer names


def _company_names_that_mislead() -> None:
    _x(
        "Interview - InterviewLoop - Senior Backend Engineer",
        interview=True,
        company="InterviewLoop",
        role="Senior Backend Engineer",
        org=("people@interviewloop.com", "InterviewLoop People Team"),
        att=[person("ravi.menon@interviewloop.com", "Ravi Menon")],
        desc="Hi Alex, thanks for applying to InterviewLoop! Yes, we build interview software, and yes, we interview people too :) This is a 45-min conversation with Ravi, our Head of Engineering.",
        meet="meet",
    )
    _x(
        "TalentBridge x Alex - Engineering Manager screen",
        interview=True,
        company="TalentBridge",
        role="Engineering Manager",
        org=("careers@talentbridge.io", "TalentBridge Careers"),
        desc="TalentBridge (HR tech) is hiring an Engineering Manager for our Matching team. 30 min with Laura from our recruiting team.",
        conf=("Zoom Meeting", "https://talentbridge.zoom.us/j/81200377456"),
    )
    _x(
        "Hireward: technical interview",
        interview=True,
        company="Hireward",
        role="Senior Software Engineer",
        org=("eng-hiring@hireward.com", "Hireward Engineering"),
        att=[person("kofi.asante@hireward.com", "Kofi Asante")],
        desc="Candidate: Alex Rivera\nRole: Senior Software Engineer\nFormat: 60 min, practical coding in your own editor (share screen)\nInterviewer: Kofi Asante",
        meet="meet",
    )
    _x(
        "Recruitwise | Alex Rivera | Staff Engineer - round 1",
        interview=True,
        company="Recruitwise",
        role="Staff Engineer",
        org=("no-reply@recruitwise.com", "Recruitwise Scheduling"),
        desc="This interview is for a role AT Recruitwise (not a client placement). Round 1 of 3: hiring manager call with Petra Novak.",
        meet="meet",
    )
    _x(
        "CareerNest - onsite",
        interview=True,
        company="CareerNest",
        role="Platform Engineer",
        org=("jamie@careernest.com", "Jamie Ortiz"),
        desc="Onsite for Platform Engineer. Schedule:\n9:30 welcome\n10:00 systems design\n11:00 coding\n12:00 lunch w/ team\n1:00 values interview",
        loc="CareerNest HQ, 88 Market St, Suite 400, San Francisco",
    )
    _x(
        "PanelPoint interview (Alex)",
        interview=True,
        company="PanelPoint",
        role=None,
        org=("hello@panelpoint.co", "PanelPoint"),
        desc="PanelPoint makes survey panel software for market researchers. This is a first chat with our co-founder about engineering roles.",
        meet="meet",
    )
    _x(
        "Screenlight Studios - Pipeline TD interview",
        interview=True,
        company="Screenlight Studios",
        role="Pipeline Technical Director",
        org=("jobs@screenlightstudios.com", "Screenlight Studios Recruiting"),
        att=[person("mei.chen@screenlightstudios.com", "Mei Chen")],
        desc="Interview for Pipeline Technical Director. Mei (Head of Pipeline) will ask about Python tooling for render farms and asset management.",
        loc="Screenlight Studios, 1200 Olympic Blvd, Santa Monica",
    )
    _x(
        "Interview: Crestline Media (Senior Engineer, Video Platform)",
        interview=True,
        company="Crestline Media",
        role="Senior Engineer, Video Platform",
        org=("talent@crestlinemedia.com", "Crestline Media Talent"),
        desc="Alex - confirming your interview with Crestline Media for Senior Engineer, Video Platform. You'll meet Jordan Fisk (Director, Streaming) and one engineer from the transcoding team.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CM5520",
        ),
    )
    _x(
        "Podwave - call with Head of Eng",
        interview=True,
        company="Podwave",
        role="Senior Backend Engineer",
        org=("marta@podwave.fm", "Marta Sokolova"),
        desc="Podwave (podcast hosting) - Senior Backend Engineer. Not a podcast recording, promise! Just a 45 min interview with Marta about the RSS ingestion team.",
        meet="meet",
    )
    _x(
        "Brightline Research — Data Engineer interview",
        interview=True,
        company="Brightline Research",
        role="Data Engineer",
        org=("recruiting@brightlineresearch.org", "Brightline Research"),
        desc="Brightline Research is a nonprofit research institute. Interview for the Data Engineer position in our Survey Methods group. Panel: Dr. Ama Boateng, Gil Peretz.",
        conf=("Zoom Meeting", "https://brightlineresearch.zoom.us/j/91833020117"),
    )
    _x(
        "Interview Kitchen — chat w/ Sofia",
        interview=True,
        company="Interview Kitchen",
        role="Full Stack Engineer",
        org=("sofia@interviewkitchen.app", "Sofia Romano"),
        desc="Interview Kitchen is hiring a Full Stack Engineer (our product helps candidates practice interviews). This is YOUR interview for that role - 30 min intro with Sofia, our CEO.",
        meet="meet",
    )
    _x(
        "HireHive onsite - Alex Rivera",
        interview=True,
        company="HireHive",
        role="Staff Software Engineer",
        org=("recruiting@hirehive.io", "HireHive Recruiting"),
        att=[
            person("ben.okoro@hirehive.io", "Ben Okoro"),
            person("sara.lind@hirehive.io", "Sara Lind"),
        ],
        desc="Staff Software Engineer - onsite. Interviewers: Ben Okoro (architecture), Sara Lind (collaboration). Note: HireHive is our company name; you are the candidate here, not a client ;)",
        loc="HireHive, 50 Fremont St, 22nd floor",
    )
    _x(
        "Talentreef Labs: Recruiter screen",
        interview=True,
        company="Talentreef Labs",
        role="Machine Learning Platform Engineer",
        org=("anna.berg@talentreeflabs.com", "Anna Berg"),
        desc="Recruiter screen for ML Platform Engineer. Anna will cover background, comp expectations and timeline.",
        conf=("Zoom Meeting", "https://zoom.us/j/6620145598"),
    )
    _x(
        "Call w/ Screenfold (system design)",
        interview=True,
        company="Screenfold",
        role=None,
        org=("eng@screenfold.com", "Screenfold Engineering"),
        desc="System design interview. Topic will be revealed at the start. 60 min.",
        meet="meet",
    )
    _x(
        "Career Compass Inc. - final interview",
        interview=True,
        company="Career Compass",
        role="Lead Engineer",
        org=("hr@careercompass.com", "Career Compass HR"),
        desc="Final interview for the Lead Engineer position with our CEO Martin Gale and COO Deepa Iyer.",
        loc="Career Compass Inc., 77 Lake Shore Dr, Chicago",
        zone="America/Chicago",
    )
    _x(
        "Mediaforge hiring manager interview",
        interview=True,
        company="Mediaforge",
        role="Senior Engineer, Ads Platform",
        org=("no-reply@lever.co", "Mediaforge"),
        desc="Interview: Senior Engineer, Ads Platform\nCompany: Mediaforge\nWith: Carla Jensen (Hiring Manager)\nDuration: 45 minutes",
        meet="meet",
    )
    _x(
        "Recruiter Academy Ltd — Software Engineer interview",
        interview=True,
        company="Recruiter Academy",
        role="Software Engineer",
        org=("people@recruiteracademy.co.uk", "Recruiter Academy People"),
        desc="We train recruiters; we're hiring a Software Engineer for our learning platform. Panel interview with two engineers.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RA0931",
        ),
        zone="Europe/London",
    )
    _x(
        "Interview — Northwind Podcast Network",
        interview=True,
        company="Northwind Podcast Network",
        role="Senior Platform Engineer",
        org=("jobs@northwindpods.com", "Northwind Podcast Network"),
        desc="Hi Alex, this is the interview for Senior Platform Engineer (audio delivery). It will NOT be recorded or published. Interviewer: Devon Miles.",
        meet="meet",
    )
    _x(
        "Panelista Labs – coding round",
        interview=True,
        company="Panelista Labs",
        role="Backend Engineer",
        org=("rh@panelistalabs.com", "Panelista Labs"),
        desc="Coding round for Backend Engineer. 75 minutes on HackerRank CodePair with an interviewer from the team.",
        meet="meet",
    )
    _x(
        "Hirely Recruiting Solutions (in-house role) - Alex",
        interview=True,
        company="Hirely Recruiting Solutions",
        role="DevOps Engineer",
        org=("it@hirelyrs.com", "Hirely IT"),
        desc="Interview for our internal DevOps Engineer opening. Hirely is a staffing firm, but this job is on our own IT team.",
        loc="Hirely Recruiting Solutions, 410 Congress Ave, Austin",
        zone="America/Chicago",
    )
    _x(
        "Focus Research Group interview",
        interview=True,
        company="Focus Research Group",
        role="Analytics Engineer",
        org=("careers@focusresearchgroup.com", "Focus Research Group"),
        desc="Interview for Analytics Engineer. Please note: this is a job interview, not a focus group session. :)",
        conf=("Zoom Meeting", "https://zoom.us/j/4419203381"),
    )


# ---------------------------------------------------------------- Alex's own: coordinator holds


def _coordinator_holds() -> None:
    _x(
        "HOLD - Alex Rivera / Cobalt Systems interviews",
        interview=True,
        company="Cobalt Systems",
        role="Senior Software Engineer",
        org=("rachel.tan@cobaltsystems.com", "Rachel Tan"),
        desc="Hi Alex - holding this block for your interviews while I finalize the panel. Please keep it free. Formal invites with Zoom links will follow for each session.\n\nRachel Tan | Recruiting Coordinator | Cobalt Systems",
        my_status="tentative",
    )
    _x(
        "Placeholder: Alex onsite (Ironleaf)",
        interview=True,
        company="Ironleaf",
        role=None,
        org=("coordination@ironleaf.com", "Ironleaf Recruiting Coordination"),
        desc="Placeholder. Actual schedule to come.",
        my_status="needsAction",
    )
    _x(
        "Tentative hold – interviews (Alex Rivera)",
        interview=True,
        company="Sableworks",
        role="Engineering Lead, Infrastructure",
        org=("ops@talentpartners-sf.com", "Nicole Brand (Talent Partners SF)"),
        desc="Hi Alex, Sableworks asked me to hold this afternoon for your Engineering Lead, Infrastructure interviews. I'll confirm names of the interviewers tomorrow.\n\nNicole Brand\nTalent Partners SF (on behalf of Sableworks)",
        my_status="tentative",
    )
    _x(
        "Alex Rivera - Onsite (hold, do not move)",
        interview=True,
        company="Aurelia Bio",
        role="Staff Software Engineer, Lab Automation",
        org=("recruiting@aureliabio.com", "Aurelia Bio Recruiting"),
        att=[person("recruiting@aureliabio.com", "Aurelia Bio Recruiting")],
        desc="Staff Software Engineer, Lab Automation - onsite hold.\nInterview panel being confirmed. Travel: we'll book your flight to Boston on Tuesday.",
        zone="America/New_York",
    )
    _x(
        "[HOLD] Interview block",
        interview=True,
        company=None,
        role=None,
        org=("coordinator.jenna@gmail.com", "Jenna Morales"),
        desc="Holding for the second round we discussed. Will update soon.",
        my_status="tentative",
    )
    _x(
        "Hold for interviews - Quarry Labs",
        interview=True,
        company="Quarry Labs",
        role=None,
        org=("meghan@quarrylabs.io", "Meghan Fox"),
        desc="Hi Alex, I'm holding 1-4pm on this day for your interviews with the team. If this no longer works, please reply and I'll shift things around.",
        all_day=False,
    )
    _x(
        "Interviews w/ Dovetail Freight (tentative)",
        interview=True,
        company="Dovetail Freight",
        role="Senior Engineer",
        desc="Jess (coordinator) said to hold 9-1. Senior Engineer loop, 4 rounds. Waiting for confirmation email.",
    )
    _x(
        "Hold: Alex R. – panel w/ Emberline",
        interview=True,
        company="Emberline",
        role="Data Platform Lead",
        org=("scheduling@emberline.com", "Emberline Scheduling"),
        desc="This is a hold placed by our scheduling team for your panel interview (Data Platform Lead). Individual invites will replace this one.",
        my_status="tentative",
    )
    _x(
        "Onsite day - Helios Grid (travel + interviews)",
        interview=True,
        company="Helios Grid",
        role="Principal Software Engineer",
        all_day=True,
        desc="Flight SFO->DEN 6:05am. Interviews 11-4 at Helios Grid, 1700 Lincoln St. Return flight 7:40pm. Principal Software Engineer.",
        zone="America/Denver",
    )
    _x(
        "Blocked: Tessellate interview (tbc)",
        interview=True,
        company="Tessellate",
        role=None,
        desc="Recruiter (Omar) to confirm time. Blocking the afternoon.",
        my_status="tentative",
    )
    _x(
        "Alex / Riverbend coordinator hold — 2nd round",
        interview=True,
        company="Riverbend Capital",
        role="Quantitative Developer",
        org=("hannah.w@riverbendcap.com", "Hannah Webb"),
        desc="Second round hold for Quantitative Developer. Three 45-minute interviews back to back; interviewers are from the Execution and Risk teams.",
        zone="America/New_York",
    )
    _x(
        "HOLD Alex Rivera Final (Exec)",
        interview=True,
        company="Wayfield",
        role="Director of Engineering",
        org=("exec.recruiting@wayfield.com", "Wayfield Executive Recruiting"),
        desc="Holding time with our CEO and CFO for your final conversation for Director of Engineering. Calendar invite from their assistants to follow.",
    )
    _x(
        "hold - Calder interviews?",
        interview=True,
        company="Calder",
        role=None,
        desc="they said either this day or next Tues, keep both for now",
    )
    _x(
        "Please hold: Interview loop (Alex Rivera, SWE)",
        interview=True,
        company="Lattice Point",
        role="Software Engineer",
        org=("rc@latticepoint.com", "Recruiting Coordination - Lattice Point"),
        att=[person("rc@latticepoint.com", "Recruiting Coordination - Lattice Point")],
        desc="Candidate: Alex Rivera\nRole: Software Engineer\nStatus: HOLD - panel not yet confirmed\nInterviewers will be added to this invite once they accept.",
        my_status="tentative",
    )


# ---------------------------------------------------------------- Alex's own: other languages


def _own_multilingual() -> None:
    # German
    _x(
        "Vorstellungsgespräch: Alex Rivera – Senior Backend-Entwickler (m/w/d)",
        interview=True,
        company="Hansekontor Logistik",
        role="Senior Backend-Entwickler (m/w/d)",
        org=("bewerbung@hansekontor.de", "Hansekontor Logistik – Personal"),
        att=[
            person("j.becker@hansekontor.de", "Jana Becker"),
            person("m.schulz@hansekontor.de", "Michael Schulz"),
        ],
        desc="Sehr geehrte/r Alex Rivera,\n\nvielen Dank für Ihre Bewerbung. Hiermit laden wir Sie zum Vorstellungsgespräch ein.\n\nGesprächspartner: Jana Becker (Teamleitung IT), Michael Schulz (Personalabteilung)\nDauer: ca. 60 Minuten\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HK2201",
        ),
        zone="Europe/Berlin",
    )
    _x(
        "Interview mit Alex Rivera (Kandidat:in) – Fachinterview",
        interview=True,
        company="Brennwerk",
        role="Staff Engineer",
        org=("talent@brennwerk.io", "Brennwerk Talent"),
        desc="Hallo Alex,\n\nhier die Einladung zum Fachinterview (Staff Engineer). Interviewer: Felix Wagner, Lena Hoffmann. Ihr bekommt beide den gleichen Bewertungsbogen – keine Sorge, das ist bei uns Standard.\n\nViele Grüße\nSophie",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Kennenlerngespräch TalentWerk GmbH",
        interview=True,
        company="TalentWerk",
        role="Softwarearchitekt",
        org=("karriere@talentwerk.de", "TalentWerk GmbH"),
        desc="Erstes Kennenlernen für die Position Softwarearchitekt bei der TalentWerk GmbH (wir entwickeln Software für Personalabteilungen). Mit Herrn Krüger, CTO.",
        zone="Europe/Berlin",
        conf=("Zoom Meeting", "https://zoom.us/j/7711803364"),
    )
    _x(
        "Zweitgespräch vor Ort – Panel",
        interview=True,
        company="Alpenstrom Energie",
        role="Lead Developer",
        org=("recruiting@alpenstrom.at", "Alpenstrom Recruiting"),
        desc="Zweitgespräch für die Position Lead Developer.\nIhr Panel: Dr. Katrin Huber (Bereichsleitung), Stefan Gruber (Architektur), Elif Yilmaz (HR).\nAdresse: Alpenstrom Energie AG, Landstraßer Hauptstraße 71, 1030 Wien. Bitte am Empfang melden.",
        loc="Landstraßer Hauptstraße 71, 1030 Wien",
        zone="Europe/Vienna",
    )
    # French
    _x(
        "Entretien – Alex Rivera / Maison Clairval",
        interview=True,
        company="Maison Clairval",
        role="Ingénieur logiciel senior",
        org=("rh@maisonclairval.fr", "Maison Clairval – Ressources Humaines"),
        desc="Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste d'Ingénieur logiciel senior.\nVos interlocuteurs : Camille Durand (Responsable technique) et Hugo Lefèvre (Chargé de recrutement).\n\nBien cordialement,\nL'équipe RH",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Entretien technique — jury de 3 personnes",
        interview=True,
        company="Ligne Azur",
        role="Développeur back-end Java",
        org=("recrutement@ligneazur.fr", "Ligne Azur Recrutement"),
        att=[
            person("a.martin@ligneazur.fr", "Antoine Martin"),
            person("s.benali@ligneazur.fr", "Sarah Benali"),
            person("p.roux@ligneazur.fr", "Pierre Roux"),
        ],
        desc="Candidat : Alex Rivera\nPoste : Développeur back-end Java (CDI)\nJury : Antoine Martin, Sarah Benali, Pierre Roux\nDurée : 1h15 (exercice de code en direct + questions)",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_LA3390",
        ),
        zone="Europe/Paris",
    )
    _x(
        "Échange avec Recrutéo (poste Lead Dev)",
        interview=True,
        company="Recrutéo",
        role="Lead Dev",
        org=("jobs@recruteo.fr", "Recrutéo"),
        desc="Recrutéo édite un logiciel de recrutement ; nous recrutons un Lead Dev pour notre propre équipe produit. Premier échange de 30 min avec Élodie, notre CTO.",
        meet="meet",
        zone="Europe/Paris",
    )
    # Spanish
    _x(
        "Entrevista: Alex Rivera – Ingeniero/a de Plataforma",
        interview=True,
        company="Solsticio Fintech",
        role="Ingeniero/a de Plataforma",
        org=("talento@solsticio.es", "Equipo de Talento Solsticio"),
        desc="Hola Alex:\n\nTe confirmamos la entrevista para el puesto de Ingeniero/a de Plataforma.\nEntrevistadores: Lucía Navarro (Engineering Manager) y Jorge Iglesias (Staff Engineer).\n\n¡Mucha suerte!",
        meet="meet",
        zone="Europe/Madrid",
    )
    _x(
        "Panel de entrevista – candidato Alex Rivera",
        interview=True,
        company="Grupo Cordillera",
        role="Arquitecto de Software",
        org=("seleccion@grupocordillera.mx", "Selección de Personal – Grupo Cordillera"),
        desc="Panel: Ing. Ramiro Castillo, Lic. Mariana Ortega, Ing. Daniel Fuentes.\nCandidato: Alex Rivera\nVacante: Arquitecto de Software\nFavor de presentarse con identificación oficial.",
        loc="Av. Paseo de la Reforma 250, Piso 12, CDMX",
        zone="America/Mexico_City",
    )
    _x(
        "Entrevista con TalentoSur (puesto interno)",
        interview=True,
        company="TalentoSur",
        role="Desarrollador Backend Senior",
        org=("rrhh@talentosur.com.ar", "TalentoSur RRHH"),
        desc="Somos una consultora de RRHH pero esta búsqueda es para nuestro propio equipo de tecnología: Desarrollador Backend Senior. Entrevista con Martín Acosta (CTO).",
        conf=("Zoom Meeting", "https://zoom.us/j/5583120094"),
        zone="America/Argentina/Buenos_Aires",
    )
    # Portuguese
    _x(
        "Entrevista técnica – Alex Rivera (Engenheiro de Software Sênior)",
        interview=True,
        company="Ipê Pagamentos",
        role="Engenheiro de Software Sênior",
        org=("recrutamento@ipepag.com.br", "Recrutamento Ipê"),
        desc="Olá Alex!\n\nSeus entrevistadores: Rafael Costa (Tech Lead) e Bruna Almeida (Engenheira Staff).\nFormato: live coding (60 min) + conversa sobre arquitetura (30 min).\n\nAbraços,\nTime de Talentos",
        meet="meet",
        zone="America/Sao_Paulo",
    )
    _x(
        "Conversa com a gestora – vaga Tech Lead",
        interview=True,
        company="Maré Alta Seguros",
        role="Tech Lead",
        org=("carolina.pires@marealta.pt", "Carolina Pires"),
        desc="Olá Alex, conforme combinado, segue o convite para a conversa com a gestora da vaga (Tech Lead). Duração: 45 min.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MA7712",
        ),
        zone="Europe/Lisbon",
    )
    # Italian
    _x(
        "Colloquio conoscitivo – Alex Rivera",
        interview=True,
        company="Borgo Digitale",
        role="Senior Software Engineer",
        org=("hr@borgodigitale.it", "Borgo Digitale HR"),
        desc="Gentile Alex,\n\nle confermiamo il colloquio per la posizione di Senior Software Engineer.\nIntervistatori: Giulia Moretti (HR Business Partner), Luca Bianchi (CTO).\n\nCordiali saluti",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Colloquio tecnico con commissione",
        interview=True,
        company="Fondazione Lumina Ricerca",
        role="Ingegnere del software",
        org=("selezioni@luminaricerca.it", "Ufficio Selezioni"),
        desc="Colloquio per la posizione di Ingegnere del software (bando 04/2025). Commissione: Prof. Rossi, Dott.ssa Conti, Ing. Galli. Il candidato Alex Rivera è convocato alle ore 10:00.",
        loc="Via Tiburtina 500, Roma, Aula 3",
        zone="Europe/Rome",
    )
    # Dutch
    _x(
        "Sollicitatiegesprek Alex Rivera",
        interview=True,
        company="Polderdata",
        role="Senior Data Engineer",
        org=("werving@polderdata.nl", "Polderdata Werving & Selectie"),
        desc="Beste Alex,\n\nHierbij de uitnodiging voor het eerste gesprek voor de functie Senior Data Engineer.\nJe spreekt met Sanne de Vries (teamlead) en Bram Jansen (recruiter).\n\nMet vriendelijke groet,\nPolderdata",
        loc="Polderdata, Stationsplein 45, Utrecht",
        zone="Europe/Amsterdam",
    )
    _x(
        "Tweede gesprek – selectiecommissie",
        interview=True,
        company="Gemeente Zeewolde",
        role="Informatiearchitect",
        org=("sollicitaties@zeewolde.nl", "Gemeente Zeewolde"),
        desc="Tweede gesprek voor de vacature Informatiearchitect. De selectiecommissie bestaat uit drie personen. Neem een geldig legitimatiebewijs mee.",
        zone="Europe/Amsterdam",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_GZ4410",
        ),
    )
    # Polish
    _x(
        "Rozmowa rekrutacyjna – Alex Rivera",
        interview=True,
        company="Wisła Software",
        role="Senior Java Developer",
        org=("rekrutacja@wislasoftware.pl", "Wisła Software – Rekrutacja"),
        desc="Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Senior Java Developer.\nRekruterzy: Katarzyna Nowak (HR), Piotr Zieliński (Tech Lead).\n\nPozdrawiamy",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Rozmowa techniczna (panel 2 osoby)",
        interview=True,
        company="Bursztyn Tech",
        role="Platform Engineer",
        org=("hr@bursztyn.tech", "Bursztyn Tech HR"),
        desc="Kandydat: Alex Rivera\nStanowisko: Platform Engineer\nPanel: Tomasz Lewandowski, Agnieszka Wójcik\nCzas trwania: 90 min",
        conf=("Zoom Meeting", "https://zoom.us/j/6112099874"),
        zone="Europe/Warsaw",
    )
    # Japanese
    _x(
        "【面接】アレックス・リベラ様 一次面接",
        interview=True,
        company="さくらクラウドワークス",
        role="バックエンドエンジニア",
        org=("saiyo@sakura-cw.co.jp", "さくらクラウドワークス 採用担当"),
        desc="アレックス・リベラ様\n\nこの度はご応募いただきありがとうございます。\n一次面接の日程が確定しましたのでご連絡いたします。\n\n職種：バックエンドエンジニア\n面接官：開発部 部長 山田、エンジニア 佐藤\n形式：オンライン（Google Meet）\n\n何卒よろしくお願いいたします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "最終面接（役員面接）",
        interview=True,
        company="ミナト決済",
        role="テックリード",
        org=("jinji@minato-pay.jp", "ミナト決済 人事部"),
        desc="最終面接のご案内\n候補者：Alex Rivera 様\n面接官：代表取締役 高橋、CTO 中村\n場所：東京都港区芝浦3-4-1 12階 受付にてお名前をお伝えください。",
        loc="東京都港区芝浦3-4-1 12階",
        zone="Asia/Tokyo",
    )
    # Chinese
    _x(
        "面试：Alex Rivera - 高级后端工程师（二面）",
        interview=True,
        company="云帆科技",
        role="高级后端工程师",
        org=("hr@yunfan-tech.cn", "云帆科技招聘"),
        desc="Alex 您好，\n\n您的二面已安排。\n面试官：王磊（技术总监）、刘洋（架构师）\n形式：视频面试，约60分钟\n\n祝顺利！",
        conf=("腾讯会议", "https://meeting.tencent.com/dm/7702931144"),
        zone="Asia/Shanghai",
    )
    _x(
        "HR面 | 候选人 Alex Rivera",
        interview=True,
        company="星桥数据",
        role=None,
        org=("zhaopin@xingqiao-data.com", "星桥数据 HR"),
        desc="候选人：Alex Rivera\n面试轮次：HR面（终面）\n面试官：陈静（HRBP）\n请提前准备好薪资期望和到岗时间。",
        meet="meet",
        zone="Asia/Shanghai",
    )
    _x(
        "面談：台北辦公室 技術面試",
        interview=True,
        company="鼎新雲端",
        role="資深軟體工程師",
        org=("recruit@dingxin-cloud.com.tw", "鼎新雲端 人資部"),
        desc="應徵職缺：資深軟體工程師\n面試官：林志明（工程副總）、黃怡君（技術主管）\n地點：台北市信義區松仁路100號 18樓",
        loc="台北市信義區松仁路100號 18樓",
        zone="Asia/Taipei",
    )
    # Korean
    _x(
        "[면접 안내] Alex Rivera님 1차 기술면접",
        interview=True,
        company="한빛페이",
        role="백엔드 개발자",
        org=("recruit@hanbitpay.co.kr", "한빛페이 채용팀"),
        desc="안녕하세요 Alex Rivera님,\n\n한빛페이 백엔드 개발자 포지션 1차 기술면접 일정을 안내드립니다.\n면접관: 김민준(개발팀장), 이서연(시니어 엔지니어)\n소요시간: 약 60분\n\n감사합니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "임원 면접 (최종)",
        interview=True,
        company="누리모빌리티",
        role="플랫폼 엔지니어",
        org=("hr@nurimobility.com", "누리모빌리티 인사팀"),
        desc="지원자: Alex Rivera\n직무: 플랫폼 엔지니어\n면접 위원: 대표이사, CTO, 인사팀장\n장소: 서울 강남구 테헤란로 152, 20층",
        loc="서울 강남구 테헤란로 152, 20층",
        zone="Asia/Seoul",
    )
    # Russian
    _x(
        "Собеседование: Алекс Ривера — Senior Go Developer",
        interview=True,
        company="Северный Код",
        role="Senior Go Developer",
        org=("hr@severcode.ru", "Северный Код — HR"),
        desc="Добрый день, Алекс!\n\nПодтверждаем техническое собеседование на позицию Senior Go Developer.\nИнтервьюеры: Дмитрий Орлов (тимлид), Анна Смирнова (архитектор).\nДлительность: 1,5 часа.",
        conf=("Zoom Meeting", "https://zoom.us/j/8820017733"),
        zone="Europe/Moscow",
    )
    _x(
        "Финальное интервью с командой",
        interview=True,
        company="Байкал Системс",
        role="Руководитель группы разработки",
        org=("talents@baikalsys.com", "Байкал Системс"),
        desc="Кандидат: Alex Rivera\nВакансия: Руководитель группы разработки\nСостав комиссии: CTO, HRD, продакт-менеджер.",
        meet="meet",
        zone="Asia/Almaty",
    )
    # Turkish
    _x(
        "Mülakat: Alex Rivera – Kıdemli Yazılım Mühendisi",
        interview=True,
        company="Boğaziçi Yazılım",
        role="Kıdemli Yazılım Mühendisi",
        org=("ik@bogazici-yazilim.com.tr", "Boğaziçi Yazılım İK"),
        desc="Merhaba Alex,\n\nKıdemli Yazılım Mühendisi pozisyonu için teknik mülakatınız planlanmıştır.\nMülakatçılar: Emre Kaya (Takım Lideri), Zeynep Arslan (Mimar)\nSüre: 60 dk\n\nBaşarılar dileriz.",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "İK görüşmesi – Kariyer Köprüsü A.Ş.",
        interview=True,
        company="Kariyer Köprüsü",
        role="DevOps Mühendisi",
        org=("insankaynaklari@kariyerkoprusu.com.tr", "Kariyer Köprüsü İK"),
        desc="Kariyer Köprüsü bir kariyer platformudur; bu görüşme kendi ekibimizdeki DevOps Mühendisi pozisyonu içindir. Görüşmeci: Selin Doğan.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KK1180",
        ),
        zone="Europe/Istanbul",
    )
    # Swedish
    _x(
        "Anställningsintervju – Alex Rivera",
        interview=True,
        company="Norrsken Energi",
        role="Senior mjukvaruutvecklare",
        org=("rekrytering@norrskenenergi.se", "Norrsken Energi Rekrytering"),
        desc="Hej Alex!\n\nVälkommen på intervju för tjänsten Senior mjukvaruutvecklare. Du träffar Karin Lund (rekryterande chef) och Olof Ek (utvecklare).\n\nVänliga hälsningar",
        meet="meet",
        zone="Europe/Stockholm",
    )
    # Czech
    _x(
        "Pohovor – Alex Rivera (Backend vývojář)",
        interview=True,
        company="Vltava Digital",
        role="Backend vývojář",
        org=("nabor@vltavadigital.cz", "Vltava Digital – nábor"),
        desc="Dobrý den,\n\npotvrzujeme pohovor na pozici Backend vývojář. Za nás budou přítomni Jan Novák (vedoucí vývoje) a Lucie Dvořáková (HR).\n\nS pozdravem",
        loc="Vltava Digital, Karlovo náměstí 10, Praha 2",
        zone="Europe/Prague",
    )
    # short own notes in other languages
    _x(
        "Gespräch Datenwerk (2. Runde)",
        interview=True,
        company="Datenwerk",
        role=None,
        desc="Technische Runde, Systemdesign. Fragen vorbereiten zu Kafka.",
        zone="Europe/Berlin",
    )
    _x(
        "entretien Pivotal Lyon – RH",
        interview=True,
        company="Pivotal Lyon",
        role=None,
        zone="Europe/Paris",
    )
    _x(
        "面接 ヒノキ・ソフト 二次",
        interview=True,
        company="ヒノキ・ソフト",
        role=None,
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------- Alex's own: assorted


def _own_misc() -> None:
    _x(
        "Interview: Alex Rivera",
        interview=True,
        company="Pellucid Networks",
        role="Senior Network Software Engineer",
        org=("recruiting@pellucidnet.com", "Pellucid Networks Recruiting"),
        me=WORK_ME,
        desc="Hi Alex, apologies if this reached your work address - it's the one on your LinkedIn. Interview for Senior Network Software Engineer with Haruto Ito. Feel free to forward to a personal email.",
        meet="meet",
    )
    _x(
        "Reverse interview: Alex asks the team anything",
        interview=True,
        company="Fathom Grid",
        role="Senior Software Engineer",
        org=("people@fathomgrid.com", "Fathom Grid People"),
        att=[
            person("lena.k@fathomgrid.com", "Lena Kaur"),
            person("ossie@fathomgrid.com", "Ossie Grant"),
        ],
        desc="Last step of our process for Senior Software Engineer: this time YOU interview US. Two engineers from the team, no evaluation rubric for this one.",
        meet="meet",
    )
    _x(
        "Presentation to hiring committee – Alex Rivera",
        interview=True,
        company="Eastbay Community College",
        role="Director of Information Systems",
        org=("hr@eastbaycc.edu", "Eastbay CC Human Resources"),
        desc="Finalist presentation for Director of Information Systems. 20-minute presentation on 'Modernizing student systems', followed by 40 minutes of questions from the hiring committee (6 members). Open forum for staff at 2pm.",
        loc="Eastbay Community College, Admin Bldg, Room 210",
    )
    _x(
        "Case study presentation",
        interview=True,
        company="Orbitale Consulting",
        role="Technology Consultant",
        org=("graduates@orbitale.com", "Orbitale Consulting Recruiting"),
        desc="Case interview round 2. You'll receive the case 1 hour before. Present your recommendation to two partners.",
        conf=("Zoom Meeting", "https://orbitale.zoom.us/j/90012233410"),
    )
    _x(
        "Trial day @ Fernbrook (paid)",
        interview=True,
        company="Fernbrook",
        role="Product Engineer",
        all_day=True,
        desc="Paid trial day for the Product Engineer role. Arrive 9am, pair with Tom and Anya, small feature end-to-end, demo at 4pm. Bring laptop.",
        loc="Fernbrook, 19 Shoreditch High St, London",
        zone="Europe/London",
    )
    _x(
        "Assessment centre – group exercise + interviews",
        interview=True,
        company="Harrow & Finch",
        role="Technology Graduate (Software)",
        org=("earlycareers@harrowfinch.co.uk", "Harrow & Finch Early Careers"),
        desc="Assessment centre for the Technology Graduate (Software) programme: 09:30 group exercise, 11:00 technical interview, 12:00 lunch, 13:00 competency interview with an assessor panel.",
        loc="Harrow & Finch, 1 Canada Square, London",
        zone="Europe/London",
    )
    _x(
        "Interview via Hays – client: Meridian Rail",
        interview=True,
        company="Meridian Rail",
        role="Integration Engineer",
        org=("olivia.grant@hays.com", "Olivia Grant"),
        desc="Hi Alex, as discussed, Meridian Rail would like to meet you for the Integration Engineer contract. Interviewers: Paul Hart (Integration Lead), Nina Sato (PM). I'll call you after to debrief.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MR8820",
        ),
    )
    _x(
        "Intro call – confidential search",
        interview=True,
        company=None,
        role="VP Engineering",
        org=("m.hale@harborexec.com", "Matthew Hale (Harbor Executive Search)"),
        desc="Alex, thanks for making time. As mentioned, the client is confidential at this stage (Series C, climate tech). We'll cover the VP Engineering brief and your background.",
        meet="meet",
    )
    _x(
        "Alex Rivera — Interviewee — Coding (45)",
        interview=True,
        company="Tallgrass",
        role="Software Engineer II",
        org=("noreply@tallgrass.dev", "Tallgrass Interviews"),
        desc="Interviewee: Alex Rivera\nInterviewer: Chidi Okonkwo\nQuestion bank: SWE-II\nPlease make sure the interviewee has a working camera.",
        meet="meet",
    )
    _x(
        "Live take-home review w/ interviewers (Alex)",
        interview=True,
        company="Glasswing Health",
        role="Senior Frontend Engineer",
        org=("eng-recruiting@glasswinghealth.com", "Glasswing Health Recruiting"),
        att=[
            person("aaron.lee@glasswinghealth.com", "Aaron Lee"),
            person("freya.m@glasswinghealth.com", "Freya Morgan"),
        ],
        desc="You'll screen-share your take-home and extend it live. Your interviewers: Aaron Lee, Freya Morgan.",
        meet="meet",
    )
    _x(
        "Meet the team - Oakmoss (you interview us too!)",
        interview=True,
        company="Oakmoss",
        role=None,
        org=("hi@oakmoss.co", "Oakmoss"),
        desc="Casual conversation with three folks from the team. It's still part of the interview process, but think of it as a two-way street.",
        loc="Oakmoss office, 2040 Broadway, Oakland",
    )
    _x(
        "2nd interview – Ledgerly (panel)",
        interview=True,
        company="Ledgerly",
        role="Staff Backend Engineer",
        desc="panel: Joan (EM), Ric (staff), someone from product. ask about oncall load + the Postgres migration. Staff Backend Engineer.",
    )
    _x(
        "Call with recruiter (Sandpiper)",
        interview=True,
        company="Sandpiper",
        role=None,
        desc="Recruiter screen. Salary question — say range 210-240 base.",
    )
    _x(
        "Interview!! Corvid Labs 2pm",
        interview=True,
        company="Corvid Labs",
        role="Senior Software Engineer",
        desc="Senior Software Engineer, tech round. zoom link in email. breathe.",
    )
    _x(
        "Phone screen — Ashgrove (Jenna, recruiter)",
        interview=True,
        company="Ashgrove",
        role="Backend Engineer",
        org=("jenna.p@ashgrove.com", "Jenna Park"),
        desc="Jenna will call you at the number on your resume. ~30 min. Backend Engineer.",
    )
    _x(
        "Alex Rivera - Systems Design - Interviewer: Priyanka Shah",
        interview=True,
        company="Juniper Lane",
        role="Senior Software Engineer, Infrastructure",
        org=("interviews@juniperlane.com", "Juniper Lane Interviews"),
        att=[person("priyanka.shah@juniperlane.com", "Priyanka Shah")],
        desc="Juniper Lane | Senior Software Engineer, Infrastructure\n\nSession: Systems Design\nInterviewer: Priyanka Shah\nCandidate: Alex Rivera\n\nUse the Excalidraw link posted in the chat.",
        conf=("Zoom Meeting", "https://juniperlane.zoom.us/j/98877123456"),
    )
    _x(
        "Interview panel 2/2 — Management & Values",
        interview=True,
        company="Clearwater Labs",
        role="Engineering Manager, Growth",
        org=("recruiting@clearwaterlabs.com", "Clearwater Labs"),
        att=[
            person("omar.s@clearwaterlabs.com", "Omar Siddiqui"),
            person("kate.h@clearwaterlabs.com", "Kate Hughes"),
            person("valeria.r@clearwaterlabs.com", "Valeria Ruiz"),
        ],
        desc="Candidate: Alex Rivera (Engineering Manager, Growth)\n\nInterview panel:\n• Omar Siddiqui – Director, Growth Eng\n• Kate Hughes – Senior PM\n• Valeria Ruiz – EM, Activation\n\nInterviewers, please submit scorecards in Greenhouse by EOD.",
        meet="meet",
    )
    _x(
        "Interview w/ Alex Rivera (Research Engineer) – Halcyon AI Research",
        interview=True,
        company="Halcyon AI Research",
        role="Research Engineer",
        org=("talent@halcyonresearch.ai", "Halcyon Talent"),
        desc="Hi Alex, your research engineering interview: a 60 minute discussion of a paper of your choice plus an ML systems question. Interviewer: Dr. Sunita Rao.",
        meet="meet",
    )
    _x(
        "Screen: Alex Rivera (Senior SWE) — Interviewer Joel M.",
        interview=True,
        company="Redline Mobility",
        role="Senior SWE",
        org=("joel.m@redlinemobility.com", "Joel Mathews"),
        desc="Hi Alex - I'll be your interviewer for the first technical screen. CoderPad link below. Looking forward to it!\n\nhttps://coderpad.io/ABC123XY",
        meet="meet",
    )
    _x(
        "Greywater x Alex – follow-up interview",
        interview=True,
        company="Greywater",
        role=None,
        org=("chris@greywater.studio", "Chris Donnelly"),
        desc="The team enjoyed the first conversation, we'd like a follow-up with our lead designer and one engineer.",
        meet="meet",
    )
    _x(
        "Interview — Alex Rivera — Director's round",
        interview=True,
        company="Sunmill Foods",
        role="Senior Manager, Software Engineering",
        org=("assistant.director.it@sunmillfoods.com", "Beatrice Holt (EA to the IT Director)"),
        desc="Scheduled on behalf of Graham Pike, IT Director. Candidate: Alex Rivera, Senior Manager, Software Engineering. Please dial in via Teams.",
        conf=(
            "Microsoft Teams Meeting",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SF0219",
        ),
        zone="America/Chicago",
    )
    _x(
        "Alex <> Seb (Founder) — coffee / interview",
        interview=True,
        company="Knotwork",
        role="First Engineering Hire",
        org=("seb@knotwork.so", "Sebastian Ward"),
        desc="Hey Alex, not super formal - coffee and a chat about the first engineering hire role at Knotwork. My treat.",
        loc="Sightglass Coffee, 270 7th St, San Francisco",
    )
    _x(
        "Behavioral interview - Interviewer: Ngozi Eze (Hiring Manager)",
        interview=True,
        company="Tangent Cloud",
        role="Senior Software Engineer, Storage",
        org=("no-reply@ashbyhq.com", "Tangent Cloud via Ashby"),
        att=[person("ngozi.eze@tangentcloud.com", "Ngozi Eze")],
        desc="Tangent Cloud - Senior Software Engineer, Storage\nBehavioral interview (45 min)\nInterviewer: Ngozi Eze (Hiring Manager)\n\nNeed to reschedule? Use the link in your confirmation email.",
        meet="meet",
    )
    _x(
        "Interview (onsite) – Alex Rivera – please bring ID",
        interview=True,
        company="Quantrix Defense Systems",
        role="Senior Embedded Software Engineer",
        org=("security.hr@quantrixds.com", "Quantrix HR"),
        desc="Visitor badge will be prepared in the name of Alex Rivera. US citizenship verification required at the front desk. Interview panel: three engineers from the Avionics group.",
        loc="Quantrix Defense Systems, 9000 Aerospace Pkwy, Building 4, San Diego",
    )
    _x(
        "2nd round — Kettle & Key (Interviewer list attached)",
        interview=True,
        company="Kettle & Key",
        role="Software Engineer, Payments",
        org=("recruiting@kettleandkey.com", "Kettle & Key Recruiting"),
        desc="Interviewer list:\n1. Paula Wirth – API design\n2. Jonah Friedman – debugging\n3. Zainab Yusuf – team fit\n\nCandidate instructions: have a Python or Java environment ready.",
        conf=("Zoom Meeting", "https://kettleandkey.zoom.us/j/92211456780"),
    )
    _x(
        "Call with Robert Hayes, VP Eng (Driftwood Security)",
        interview=True,
        company="Driftwood Security",
        role="Engineering Manager, Detection",
        org=("robert.hayes@driftwoodsec.com", "Robert Hayes"),
        desc="Robert would like to speak with you about the Engineering Manager, Detection role. This call replaces the hiring manager round.",
        meet="meet",
    )
    _x(
        "Alex Rivera — Executive interview",
        interview=True,
        company="Northstar Mutual",
        role="Head of Platform Engineering",
        org=("ceo.office@northstarmutual.com", "Office of the CEO"),
        desc="Executive interview for Head of Platform Engineering with our CEO, Linda Marsh.",
        loc="Northstar Mutual, 1 Financial Plaza, 30th floor, Hartford",
        zone="America/New_York",
    )
    _x(
        "Interview Debrief w/ recruiter — Alex",
        interview=False,
        company=None,
        role=None,
        org=("kim@brambletech.com", "Kim Doyle"),
        desc="Quick call to share feedback from your onsite and next steps. Not an interview :)",
        meet="meet",
    )
    _x(
        "Interview 4/5: Code review exercise (Alex Rivera)",
        interview=True,
        company="Silverline Data",
        role="Senior Software Engineer",
        org=("scheduling@silverlinedata.com", "Silverline Scheduling"),
        att=[person("ahmed.f@silverlinedata.com", "Ahmed Farouk")],
        desc="Review a pull request with your interviewer, Ahmed Farouk, and talk through what you'd change. No prep needed.",
        meet="meet",
    )
    _x(
        "Team match call — Alex Rivera",
        interview=True,
        company="Gigamesh",
        role="Software Engineer, L5",
        org=("teammatch@gigamesh.com", "Gigamesh Team Matching"),
        att=[person("h.lambert@gigamesh.com", "Helene Lambert")],
        desc="You've passed the hiring committee for Software Engineer, L5. This is a team match conversation with Helene Lambert (Maps Infrastructure).",
        meet="meet",
    )
    _x(
        "Interviewing @ Tinsel & Co (Staff)",
        interview=True,
        company="Tinsel & Co",
        role="Staff Engineer",
        desc="Loop 10-3. Interviewers per recruiter email: Maya, Jun, Kofi, Dan. Lunch included.",
        loc="Tinsel & Co, 601 Brannan St, San Francisco",
    )
    _x(
        "Bellhaven - panel interview (Zoom) - Platform Eng Manager",
        interview=True,
        company="Bellhaven",
        role="Platform Engineering Manager",
        org=("talent@bellhaven.com", "Bellhaven Talent Team"),
        att=[
            person("ryan.o@bellhaven.com", "Ryan O'Neill"),
            person("sophie.t@bellhaven.com", "Sophie Tran"),
            person("amir.b@bellhaven.com", "Amir Bakr"),
            person("joy.c@bellhaven.com", "Joy Chukwu"),
        ],
        desc="Hi Alex, thanks for your time today. Your panel interviewers are listed on the invite. Each will focus on a different competency.",
        conf=("Zoom Meeting", "https://bellhaven.zoom.us/j/93031234500"),
    )
    _x(
        "Alex Rivera <> Fieldstone | Hiring Manager",
        interview=True,
        company="Fieldstone",
        role="Senior Backend Engineer",
        org=("calendar-notification@goodtime.io", "Fieldstone Recruiting"),
        att=[person("diane.foster@fieldstone.io", "Diane Foster")],
        desc="Candidate: Alex Rivera\nJob: Senior Backend Engineer\nInterview: Hiring Manager\nInterviewer(s): Diane Foster\n\nScheduled via GoodTime.",
        meet="meet",
    )
    _x(
        "Interview w/ Tom Ishikawa (Lighthouse Media Group)",
        interview=True,
        company="Lighthouse Media Group",
        role=None,
        org=("tom.ishikawa@lighthousemedia.com", "Tom Ishikawa"),
        desc="Tom runs engineering for our newsroom products. 45 minutes.",
        meet="meet",
    )
    _x(
        "Alex Rivera – second interview (Thornbury Research Partners)",
        interview=True,
        company="Thornbury Research Partners",
        role="Senior Data Engineer",
        org=("careers@thornburyresearch.com", "Thornbury Research Partners"),
        desc="Second interview for Senior Data Engineer. This is a job interview with our data team; unrelated to any study participation.",
        conf=("Zoom Meeting", "https://zoom.us/j/3310029988"),
        zone="America/New_York",
    )


# ---------------------------------------------------------------- not Alex's: Alex interviews at Initech


def _initech_interviewer() -> None:
    _x(
        "Interview: Jordan Lee (Backend)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("jordan.lee.dev@gmail.com", "Jordan Lee")],
        me=WORK_ME,
        desc="Candidate: Jordan Lee\nRole: Senior Backend Engineer (Payments)\nInterviewer: Alex Rivera\nFocus: coding - data structures\n\nPlease submit your scorecard in Greenhouse within 24 hours.",
        meet="meet",
    )
    _x(
        "Candidate: Mateo Silva | Systems Design | Interviewer: Alex Rivera",
        interview=False,
        org=("no-reply@greenhouse.io", "Initech via Greenhouse"),
        me=WORK_ME,
        desc="Mateo Silva - Staff Engineer, Platform\nInterview: Systems Design (60 min)\nYour role: lead interviewer\nInterview kit: https://app.greenhouse.io/interview_kits/88120\nScorecard due: next business day",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/94410022871"),
    )
    _x(
        "Interview with Priya Desai - Coding",
        interview=False,
        org=("coordinator.sam@initech.com", "Sam Whitfield"),
        att=[person("priya.desai.92@gmail.com", "Priya Desai")],
        me=WORK_ME,
        desc="Hi Alex, thanks for taking this one! Priya is interviewing for Software Engineer II on the Billing team. You're the coding interviewer (question: rate limiter). Feedback in Greenhouse please.",
        meet="meet",
    )
    _x(
        "Interview panel: Chen Wei (EM, Data)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("rohan.gupta@initech.com", "Rohan Gupta"),
            person("maria.lopez@initech.com", "Maria Lopez"),
            person("chen.wei.work@outlook.com", "Chen Wei"),
        ],
        me=WORK_ME,
        desc="Panel interview for Engineering Manager, Data.\nCandidate: Chen Wei\nPanel: Rohan Gupta (Director), Maria Lopez (PM), Alex Rivera (Staff Eng)\nEach panelist owns one competency - Alex: technical judgment.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/91188830012"),
    )
    _x(
        "Phone screen – Aisha Bello",
        interview=False,
        me=WORK_ME,
        desc="I'm screening Aisha for the Backend Engineer opening. Resume in Greenhouse. Ask about the event-sourcing project.",
    )
    _x(
        "Onsite: Kenji Watanabe – Alex's slot (architecture)",
        interview=False,
        org=("interviews@initech.com", "Initech Interview Scheduling"),
        me=WORK_ME,
        desc="Candidate: Kenji Watanabe\nPosition: Senior Site Reliability Engineer\n\n11:00 Alex Rivera – architecture\n11:45 Beth Morrow – incident response\n12:30 lunch (Dev Patel)\n\nRoom: Bolton (3rd floor)",
        loc="Initech HQ – Bolton (3F, 8 seats)",
    )
    _x(
        "Interview: Sofia Marchetti (Frontend) — pair programming",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("sofia.marchetti@proton.me", "Sofia Marchetti"),
            person("tyler.nguyen@initech.com", "Tyler Nguyen"),
        ],
        me=WORK_ME,
        desc="Pair programming interview. Interviewers: Alex Rivera, Tyler Nguyen. Candidate will share their screen. Repo: initech/interview-pairing-kata.",
        meet="meet",
    )
    _x(
        "HM screen: Daniel Okafor",
        interview=False,
        me=WORK_ME,
        desc="I'm the hiring manager for this one (Platform team backfill). 30 min, Zoom link in Greenhouse.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/96612300043"),
    )
    _x(
        "Alex Rivera <> Luis Ortega (candidate) — intro",
        interview=False,
        org=("talent@initech.com", "Initech Talent"),
        att=[person("luis.ortega.eng@gmail.com", "Luis Ortega")],
        me=WORK_ME,
        desc="Luis is a candidate for Senior Backend Engineer. Alex will give an overview of the Payments team and answer questions; this is a sell call, not evaluated.",
        meet="meet",
    )
    _x(
        "Interview - Hannah Schmidt - Behavioral (Alex)",
        interview=False,
        org=("no-reply@greenhouse.io", "Initech via Greenhouse"),
        me=WORK_ME,
        desc="You have been scheduled to interview Hannah Schmidt for Engineering Manager, Platform.\nInterview: Behavioral / Leadership\nPlease review the candidate's resume and submit feedback.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/97701231190"),
        zone="America/Los_Angeles",
    )
    _x(
        "Take-home review: candidate #4471 (anonymized)",
        interview=False,
        me=WORK_ME,
        desc="Grade the take-home submission for Backend Engineer (blind review). Rubric in Confluence.",
    )
    _x(
        "Interview (Alex interviewing) — Nadia Petrova",
        interview=False,
        org=("j.kim@initech.com", "Jae Kim"),
        me=WORK_ME,
        desc="Alex - can you take the coding round for Nadia? I had to drop. Candidate for SRE II. Kit is the usual one.",
        meet="meet",
    )
    _x(
        "Interview: Rahul Verma (Staff Eng) — Alex + Ines",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("ines.carvalho@initech.com", "Ines Carvalho"),
            person("rahul.verma.sf@gmail.com", "Rahul Verma"),
        ],
        me=WORK_ME,
        desc="Staff Engineer loop, session 2 of 4: Technical leadership. Interviewers: Alex Rivera, Ines Carvalho.",
        loc="Initech HQ – Lumbergh Room",
    )
    _x(
        "Interview 面试 - Zhang Yu (Backend, Shanghai office)",
        interview=False,
        org=("recruiting-apac@initech.com", "Initech Recruiting APAC"),
        me=WORK_ME,
        desc="Candidate: Zhang Yu 张宇\nRole: Backend Engineer, Shanghai\nInterviewer: Alex Rivera (remote)\nNote: interview in English.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90033112280"),
        zone="Asia/Shanghai",
    )
    _x(
        "Vorstellungsgespräch Lukas Meier – technischer Teil (Alex)",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Kandidat: Lukas Meier\nStelle: Senior Backend Engineer, Berlin\nInterviewer: Alex Rivera (technischer Teil, Englisch), Katja Roth (HR, Deutsch)",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entretien candidat – Julien Mercier (Initech Paris)",
        interview=False,
        org=("recrutement@initech.com", "Initech Recrutement"),
        me=WORK_ME,
        desc="Candidat : Julien Mercier\nPoste : Ingénieur SRE\nIntervieweurs : Alex Rivera, Claire Dubois\nMerci de remplir la grille d'évaluation après l'entretien.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Intern interview: Maya Thompson (Stanford)",
        interview=False,
        org=("university@initech.com", "Initech University Recruiting"),
        me=WORK_ME,
        desc="Summer intern interview (45 min). Candidate: Maya Thompson, Stanford CS '27. Interviewer: Alex Rivera. Use the intern question bank.",
        meet="meet",
    )
    _x(
        "Campus interviews – UC Berkeley career fair",
        interview=False,
        org=("university@initech.com", "Initech University Recruiting"),
        me=WORK_ME,
        all_day=True,
        desc="Alex + Tyler on-campus interviewing: 6 x 30-min new grad interviews. Booth setup at 8:30.",
        loc="UC Berkeley, MLK Student Union, Pauley Ballroom",
    )
    _x(
        "Reschedule: Interview with Grace Obi (SWE II)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        me=WORK_ME,
        desc="The candidate asked to move to this slot. Interviewer: Alex Rivera. Everything else unchanged.",
        meet="meet",
    )
    _x(
        "Interview: Tomasz Kowalczyk – rozmowa techniczna",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Kandydat: Tomasz Kowalczyk\nStanowisko: Backend Engineer, Kraków\nRekrutujący: Alex Rivera (coding), Ewa Mazur (behavioral)",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "Bar raiser: candidate Olivia Brooks",
        interview=False,
        org=("interviews@initech.com", "Initech Interview Scheduling"),
        me=WORK_ME,
        desc="Alex, you're the bar raiser for Olivia Brooks (Senior PM, Payments). Please attend the debrief afterwards.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/95512344401"),
    )
    _x(
        "Interview: Arjun Mehta",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        me=WORK_ME,
        my_status="needsAction",
        desc="Role: Data Engineer\nStage: Technical screen\nInterviewer: Alex Rivera",
        meet="meet",
    )
    _x(
        "面接官依頼: 候補者 鈴木 健太 様 (Tokyo Backend)",
        interview=False,
        org=("recruiting-apac@initech.com", "Initech Recruiting APAC"),
        me=WORK_ME,
        desc="候補者：鈴木 健太 様\nポジション：Backend Engineer (Tokyo)\n面接官：Alex Rivera（英語・技術面接）\n評価シートの提出をお願いします。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Lunch w/ candidate (Emma Johansson) – not evaluated",
        interview=False,
        me=WORK_ME,
        desc="Taking the onsite candidate to lunch between her rounds. Sell Initech, don't evaluate.",
        loc="Initech cafeteria",
    )
    _x(
        "Candidate: Benjamin Adler — Coding Interview",
        interview=False,
        org=("calendar-notification@goodtime.io", "Initech Recruiting"),
        me=WORK_ME,
        desc="Interviewer: Alex Rivera\nCandidate: Benjamin Adler\nJob: Senior Software Engineer, Identity\nScheduled via GoodTime. Need to decline? Please let your coordinator know 24h in advance.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/92233002217"),
    )
    _x(
        "Entrevista: Camila Rojas (Backend) – entrevistador Alex",
        interview=False,
        org=("recruiting-latam@initech.com", "Initech Recruiting LATAM"),
        me=WORK_ME,
        desc="Candidata: Camila Rojas\nPuesto: Backend Engineer, Ciudad de México\nEntrevistador: Alex Rivera\nIdioma: inglés",
        meet="meet",
        zone="America/Mexico_City",
    )
    _x(
        "Interview backup (on call if interviewer drops)",
        interview=False,
        me=WORK_ME,
        desc="I'm the backup interviewer for today's SRE loop. Keep free.",
    )
    _x(
        "Hiring manager interview - Farah Haddad",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        me=WORK_ME,
        desc="Candidate: Farah Haddad\nRole: Senior Backend Engineer (Payments)\nInterviewer: Alex Rivera (acting hiring manager while Rohan is on leave)",
        meet="meet",
    )


def _initech_debriefs_training() -> None:
    _x(
        "Debrief: Jordan Lee (Backend)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[
            person("rohan.gupta@initech.com", "Rohan Gupta"),
            person("tyler.nguyen@initech.com", "Tyler Nguyen"),
        ],
        me=WORK_ME,
        desc="Hiring debrief for Jordan Lee. Please have your scorecard submitted BEFORE the debrief. Decision: hire / no hire.",
        meet="meet",
    )
    _x(
        "Hiring committee – Staff Eng candidates (3)",
        interview=False,
        org=("rohan.gupta@initech.com", "Rohan Gupta"),
        me=WORK_ME,
        desc="Review packets for: Mateo Silva, Rahul Verma, Kenji Watanabe. Alex presenting Mateo's packet.",
        loc="Initech HQ – Milton Room",
    )
    _x(
        "Shadow: Beth's system design interview",
        interview=False,
        org=("beth.morrow@initech.com", "Beth Morrow"),
        me=WORK_ME,
        desc="Alex shadowing as part of interviewer certification. Stay on mute, camera off, take notes. We'll calibrate after.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/93301234459"),
    )
    _x(
        "Reverse shadow: Alex leads, Beth observes (candidate: W. Osei)",
        interview=False,
        org=("recruiting@initech.com", "Initech Recruiting"),
        att=[person("beth.morrow@initech.com", "Beth Morrow")],
        me=WORK_ME,
        desc="Reverse shadow #2 of 2 for system design certification. Candidate: William Osei (Senior SWE). Beth will sign off afterwards.",
        meet="meet",
    )
    _x(
        "Interviewer training: Structured Interviewing 101",
        interview=False,
        org=("learning@initech.com", "Initech Learning & Development"),
        me=WORK_ME,
        desc="Required for all new interviewers. Topics: scorecards, avoiding bias, legal do's and don'ts, writing useful feedback. 90 min.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90000111122"),
    )
    _x(
        "Interview calibration – coding rubric v4",
        interview=False,
        org=("tyler.nguyen@initech.com", "Tyler Nguyen"),
        me=WORK_ME,
        desc="Calibrate on the new coding rubric using 3 anonymized past interviews. Bring your notes.",
        meet="meet",
    )
    _x(
        "Write scorecard – Priya Desai",
        interview=False,
        me=WORK_ME,
        desc="Feedback due EOD. Strong on fundamentals, weaker on testing.",
    )
    _x(
        "Interview question bank review",
        interview=False,
        org=("ines.carvalho@initech.com", "Ines Carvalho"),
        me=WORK_ME,
        desc="Retire leaked questions (the LRU cache one is on Glassdoor now). Propose 2 new ones each.",
        meet="meet",
    )
    _x(
        "Debrief — Chen Wei (EM, Data) – panel",
        interview=False,
        org=("rohan.gupta@initech.com", "Rohan Gupta"),
        att=[person("maria.lopez@initech.com", "Maria Lopez")],
        me=WORK_ME,
        desc="Panel debrief. Rohan, Maria, Alex. 30 min.",
        meet="meet",
    )
    _x(
        "Intake meeting: Senior Backend Engineer req",
        interview=False,
        org=("recruiter.lena@initech.com", "Lena Fischer"),
        me=WORK_ME,
        desc="Kickoff with recruiting for the new Payments backend req. Define must-haves, interview loop, and panel. Alex to propose the interview panel.",
        meet="meet",
    )
    _x(
        "Hiring sync (weekly) – Platform",
        interview=False,
        org=("rohan.gupta@initech.com", "Rohan Gupta"),
        me=WORK_ME,
        desc="Pipeline review: 14 in screen, 5 onsite, 2 offers out. Interviewer load balancing.",
        meet="meet",
    )
    _x(
        "Interviewer-Schulung (EMEA) – strukturierte Interviews",
        interview=False,
        org=("learning-emea@initech.com", "Initech L&D EMEA"),
        me=WORK_ME,
        desc="Schulung für neue Interviewer:innen: Bewertungsbögen, Bias vermeiden, rechtliche Grundlagen (AGG). Auf Englisch mit deutschen Unterlagen.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "面接官トレーニング（APAC）",
        interview=False,
        org=("recruiting-apac@initech.com", "Initech Recruiting APAC"),
        me=WORK_ME,
        desc="新任面接官向けトレーニング。評価シートの書き方、質問の禁止事項など。Alexはゲストスピーカーとして参加。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Offer review: Jordan Lee",
        interview=False,
        org=("recruiter.lena@initech.com", "Lena Fischer"),
        me=WORK_ME,
        desc="Comp band check before we extend. Alex as hiring team rep.",
        meet="meet",
    )
    _x(
        "Sell call: Mateo Silva (post-offer)",
        interview=False,
        org=("recruiter.lena@initech.com", "Lena Fischer"),
        att=[person("mateo.silva.eng@gmail.com", "Mateo Silva")],
        me=WORK_ME,
        desc="Mateo has our offer and a competing one. Alex to talk about the Platform roadmap. Keep it friendly.",
        meet="meet",
    )
    _x(
        "Draft interview loop for SRE II",
        interview=False,
        me=WORK_ME,
    )


# ---------------------------------------------------------------- not Alex's: partner, sibling, friends


def _shared_calendar_others() -> None:
    _x(
        "Jamie's interview @ Redwood Clinic",
        interview=False,
        org=("jamie.chen.rn@gmail.com", "Jamie Chen"),
        desc="Jamie - nurse manager interview. I'll need the car that morning!",
        loc="Redwood Community Clinic, 1450 Mission St",
    )
    _x(
        "Interview: Jamie Chen – Charge Nurse (Panel)",
        interview=False,
        org=("jamie.chen.rn@gmail.com", "Jamie Chen"),
        desc="Forwarded from Jamie:\n---\nDear Jamie, we are pleased to invite you to a panel interview for the Charge Nurse position at St. Brigid Medical Center. Panel: Director of Nursing, Unit Manager, HR.\n---\nAlex can you pick up Leo from daycare?",
    )
    _x(
        "J interview (phone) – keep house quiet",
        interview=False,
        desc="Jamie's recruiter phone screen 3-3:30. No vacuuming, no calls in the living room.",
    )
    _x(
        "Nina – Vorstellungsgespräch bei Siemens Energy",
        interview=False,
        org=("nina.rivera94@gmail.com", "Nina Rivera"),
        desc="Hey Alex, hier ist mein Termin, falls du daumendrücken willst 😅 Junior Projektingenieurin, Erlangen.",
        zone="Europe/Berlin",
    )
    _x(
        "Call Nina after her interview",
        interview=False,
        desc="She has the final round at 9am her time. Call around noon Berlin time = 3am here, so maybe text instead.",
        zone="Europe/Berlin",
    )
    _x(
        "Nina's med school interview (MMI)",
        interview=False,
        org=("nina.rivera94@gmail.com", "Nina Rivera"),
        desc="Multiple mini interviews, 8 stations. Candidate: Nina Rivera. Drive her to campus at 7:15.",
        loc="UCSF Parnassus Campus",
    )
    _x(
        "Entrevista do Jamie – Hospital Sírio-Libanês",
        interview=False,
        org=("jamie.chen.rn@gmail.com", "Jamie Chen"),
        desc="Entrevista por vídeo para Enfermeiro Supervisor. Candidato: Jamie Chen. (Alex: fuso horário de SP, 11h lá = 7h aqui)",
        zone="America/Sao_Paulo",
    )
    _x(
        "Marcus interview prep @ my place",
        interview=False,
        org=("marcus.obi@gmail.com", "Marcus Obi"),
        desc="Marcus has a Google L4 onsite next week; I'm helping him with system design prep. Pizza.",
    )
    _x(
        "Marcus – Stripe onsite (good luck text)",
        interview=False,
        desc="Text Marcus at 8:45 before his onsite. Interviewers: he said 4 rounds + lunch.",
    )
    _x(
        "Interview: Marcus Obi <> Northbeam (Staff Eng)",
        interview=False,
        org=("marcus.obi@gmail.com", "Marcus Obi"),
        desc="---------- Forwarded message ---------\nFrom: Northbeam Recruiting\nCandidate: Marcus Obi\nInterviewers: Lin Chow, Pat Ryan\n\nAlex - this is the one I told you about, does this panel look scary to you?",
        meet="meet",
    )
    _x(
        "Dad's job interview (Home Depot)",
        interview=False,
        org=("rivera.carlos57@gmail.com", "Carlos Rivera"),
        desc="Papá tiene entrevista para el puesto de asesor de ventas. Alex lo lleva a las 9:30.",
        loc="The Home Depot, 2 Colma Blvd, Colma",
    )
    _x(
        "Entrevista de trabajo – mamá (part-time)",
        interview=False,
        desc="Mamá tiene entrevista en la biblioteca municipal, puesto de auxiliar. Recogerla a las 12.",
    )
    _x(
        "Yuki 面接 (Rakuten) 応援",
        interview=False,
        org=("yuki.tanaka.88@gmail.com", "Yuki Tanaka"),
        desc="ユキの最終面接。終わったら電話する約束。",
        zone="Asia/Tokyo",
    )
    _x(
        "Sophie – entretien chez L'Oréal",
        interview=False,
        org=("sophie.laurent.pro@gmail.com", "Sophie Laurent"),
        desc="Mon entretien final pour le poste de Chef de produit ! Croise les doigts pour moi 🤞",
        zone="Europe/Paris",
    )
    _x(
        "Ji-woo 면접 (삼성전자) - 공항 픽업 다음날",
        interview=False,
        org=("jiwoo.park.k@gmail.com", "Ji-woo Park"),
        desc="지우 2차 면접. 전날 밤 도착, 우리 집에서 자고 감.",
        zone="Asia/Seoul",
    )
    _x(
        "Jamie: interview w/ Kaiser (nurse educator) – 2nd round",
        interview=False,
        org=("jamie.chen.rn@gmail.com", "Jamie Chen"),
        att=[person("jamie.chen.rn@gmail.com", "Jamie Chen")],
        desc="Candidate: Jamie Chen, RN\nPosition: Clinical Nurse Educator\nInterview panel: 3\n\n(added to our shared calendar)",
    )
    _x(
        "Kid: Leo's kindergarten admissions interview",
        interview=False,
        desc="Both of us attend. 20 min 'playdate interview' with the admissions director.",
        loc="Little Oaks Academy, 800 Grove St",
    )
    _x(
        "Rozmowa kwalifikacyjna – Kasia (Allegro)",
        interview=False,
        org=("kasia.wisniewska@gmail.com", "Kasia Wiśniewska"),
        desc="Kasia ma rozmowę w Allegro na stanowisko Product Designer. Alex obiecał zrobić z nią próbę dzień wcześniej.",
        zone="Europe/Warsaw",
    )
    _x(
        "Babysit for Priya (she has an interview)",
        interview=False,
        org=("priya.raman.home@gmail.com", "Priya Raman"),
        desc="Watching Arya 9-1 while Priya does her onsite at Genentech.",
        loc="Priya's, 55 Elm Ct",
    )
    _x(
        "Lend Tom my interview suit",
        interview=False,
        desc="Tom's bank interview Thursday. Drop off the navy suit + tie.",
    )
    _x(
        "Dmitri собеседование (Яндекс) — поддержать",
        interview=False,
        org=("dmitri.k.dev@gmail.com", "Dmitri Kuznetsov"),
        desc="У Димы финальное собеседование. Договорились созвониться вечером.",
        zone="Europe/Moscow",
    )
    _x(
        "Mert'in mülakatı – İstanbul",
        interview=False,
        org=("mert.aydin.tr@gmail.com", "Mert Aydın"),
        desc="Mert'in Trendyol mülakatı. Sonra kutlama yemeği (olursa!).",
        zone="Europe/Istanbul",
    )
    _x(
        "Chiara – colloquio Ferrero (Alex la accompagna)",
        interview=False,
        org=("chiara.bellini@gmail.com", "Chiara Bellini"),
        desc="Colloquio di Chiara ad Alba alle 11. Alex guida, aspetta al bar.",
        zone="Europe/Rome",
    )
    _x(
        "Jamie – interview, take Leo to swim",
        interview=False,
        desc="J has a video interview 10-11 at home. I take Leo to swimming.",
    )
    _x(
        "Wei's interview 面试 (字节跳动) – 晚上打电话",
        interview=False,
        org=("wei.zhang.sh@gmail.com", "Zhang Wei"),
        desc="小魏终面，面试官是部门总监。晚上给他打电话问结果。",
        zone="Asia/Shanghai",
    )


# ---------------------------------------------------------------- not Alex's: references and volunteer panels


def _references_and_panels() -> None:
    _x(
        "Reference call for Tyler Nguyen",
        interview=False,
        org=("references@cloudpeak.com", "Cloudpeak Talent"),
        desc="Hi Alex, Tyler listed you as a reference for the Engineering Manager role at Cloudpeak. This call takes about 20 minutes. Questions will cover your working relationship and Tyler's strengths.",
        meet="meet",
    )
    _x(
        "Reference check – Maria Lopez (candidate) – Alex as referee",
        interview=False,
        org=("no-reply@checkster.com", "Reference check scheduling"),
        desc="Candidate: Maria Lopez\nReferee: Alex Rivera\nHiring company: Oxbow Health\nFormat: phone call, 15 min",
    )
    _x(
        "Call from Lakeside Bank re: Dev Patel (reference)",
        interview=False,
        desc="They'll call my cell. Dev applied for Senior SRE there. Talk about the Q3 outage he led.",
    )
    _x(
        "Referenzgespräch für Katja Roth",
        interview=False,
        org=("hr@nordlicht-software.de", "Nordlicht Software HR"),
        desc="Sehr geehrte/r Alex Rivera, Frau Roth hat Sie als Referenz angegeben. Wir würden gerne ein kurzes Telefonat (ca. 15 Min.) führen.",
        zone="Europe/Berlin",
    )
    _x(
        "Hiring panel (volunteer) – Food Bank Operations Manager",
        interview=False,
        org=("board@eastbayfoodbank.org", "East Bay Food Bank Board"),
        desc="Thanks for volunteering on the interview panel for our Operations Manager hire! Candidates: 3 x 40 min. Panel: Alex Rivera, Gloria Hunt, Pastor Reyes. Scoring sheets provided.",
        loc="East Bay Food Bank, 7900 Edgewater Dr, Oakland",
    )
    _x(
        "School board: IT Director interviews (Alex on panel)",
        interview=False,
        org=("superintendent@oakbrookusd.org", "Oakbrook USD"),
        desc="Community member panel for the District IT Director search. You'll receive candidate packets under separate cover. Please keep all materials confidential.",
        loc="Oakbrook USD District Office, Board Room",
    )
    _x(
        "Meetup org: interviewing new co-organizers",
        interview=False,
        desc="BayGo meetup - chat with 2 volunteers who want to co-organize. Casual.",
        loc="Philz Coffee, 3101 24th St",
    )
    _x(
        "Scholarship interview panel – Code2040 fellows",
        interview=False,
        org=("fellowships@code2040.org", "Fellowship Team"),
        desc="Volunteer interviewer shift. You'll interview 4 fellowship applicants (20 min each). Interview guide attached.",
        meet="meet",
    )
    _x(
        "Alumni interview: MIT applicant (Educational Council)",
        interview=False,
        org=("ecadmin@mit.edu", "MIT Educational Council"),
        desc="Applicant: Aiden Park, Lowell High School. Alex Rivera, Educational Counselor. Please submit your report within 48 hours.",
        loc="Palo Alto Public Library, study room 2",
    )
    _x(
        "Jurado – entrevistas becas Fundación Horizonte",
        interview=False,
        org=("becas@fundacionhorizonte.org", "Fundación Horizonte"),
        desc="Gracias por participar como jurado voluntario. Entrevistarás a 5 postulantes a la beca de ingeniería (15 min c/u).",
        meet="meet",
        zone="America/Bogota",
    )
    _x(
        "Kaiser HR calling about Jamie (personal reference)",
        interview=False,
        desc="Kaiser's HR wants a personal reference for Jamie's application. 10 min call on my cell.",
    )
    _x(
        "Board of Directors – ED candidate interviews (co-op)",
        interview=False,
        org=("board@mariposacoop.org", "Mariposa Co-op Board"),
        att=[
            person("gloria.h@mariposacoop.org", "Gloria Hunt"),
            person("ray.n@mariposacoop.org", "Ray Nakamura"),
        ],
        desc="Board panel to interview the two finalists for Executive Director. Alex is secretary - take notes.",
        loc="Mariposa Co-op community room",
    )
    _x(
        "Referentie Sanne de Vries (telefonisch)",
        interview=False,
        org=("hr@kanaalbank.nl", "KanaalBank HR"),
        desc="Sanne de Vries heeft u opgegeven als referentie voor de functie Teamlead Data. Wij bellen u op het afgesproken tijdstip.",
        zone="Europe/Amsterdam",
    )


# ---------------------------------------------------------------- not Alex's: mock interviews


def _mock_interviews() -> None:
    _x(
        "Mock interview: Alex Rivera (system design)",
        interview=False,
        org=("no-reply@interviewing.io", "interviewing.io"),
        desc="Your anonymous mock interview is confirmed. Interviewer: senior engineer (FAANG). Type: System design. This is practice - no company sees the result.",
    )
    _x(
        "Mock interview w/ Marcus (I'm the interviewer)",
        interview=False,
        org=("marcus.obi@gmail.com", "Marcus Obi"),
        desc="Giving Marcus a mock coding interview before his Stripe onsite. Use the 'meeting rooms' question.",
        meet="meet",
    )
    _x(
        "Pramp peer mock (Alex interviews first, then swap)",
        interview=False,
        org=("noreply@pramp.com", "Pramp"),
        desc="Your peer mock interview session. Roles: you interview your peer first (30 min), then swap.",
    )
    _x(
        "Practice panel – Toastmasters 'interview night'",
        interview=False,
        desc="Club theme night: mock job interviews. I'm on the panel for two members.",
        loc="Menlo Park Library, Community Room",
    )
    _x(
        "Mock behavioral with career coach",
        interview=False,
        org=("hello@elevatecareercoaching.com", "Dana Pierce (Elevate Career Coaching)"),
        desc="Session 3 of 4: mock behavioral interview for EM roles. We'll record and review your STAR answers.",
        conf=("Zoom Meeting", "https://zoom.us/j/7770011223"),
    )
    _x(
        "Probeinterview mit Nina (Alex als Interviewer)",
        interview=False,
        org=("nina.rivera94@gmail.com", "Nina Rivera"),
        desc="Nina will ihr Vorstellungsgespräch üben. Ich spiele den Abteilungsleiter.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Mock onsite (bootcamp volunteers)",
        interview=False,
        org=("mentors@hackreactor-alumni.org", "Bootcamp Mentor Program"),
        desc="Volunteer mock interviewer for graduating students: 3 x 45 min. Feedback form at the end of each session.",
        meet="meet",
    )
    _x(
        "Simulação de entrevista – Jamie (em português)",
        interview=False,
        desc="Treinar entrevista com Jamie para a vaga em SP. Eu faço as perguntas do RH.",
    )
    _x(
        "模擬面接（メンターとして）",
        interview=False,
        org=("mentor@techwomen-tokyo.jp", "TechWomen Tokyo"),
        desc="メンタープログラムの模擬面接。Alexは面接官役（英語）。参加者2名。",
        meet="meet",
        zone="Asia/Tokyo",
    )
    _x(
        "Mock system design – Tyler practicing for his EM loop",
        interview=False,
        org=("tyler.nguyen@initech.com", "Tyler Nguyen"),
        me=WORK_ME,
        desc="Off the record: Tyler wants to practice system design before his external loop. Lunch hour.",
    )
    _x(
        "Mock interview – Alex (candidate) with Priya",
        interview=False,
        org=("priya.raman.home@gmail.com", "Priya Raman"),
        desc="Priya will grill me with her Genentech-style behavioral questions. Practice only.",
        meet="meet",
    )
    _x(
        "Resume review + mock screen (Women in Tech meetup)",
        interview=False,
        desc="Volunteer table 6-8pm. 10-min mock recruiter screens.",
        loc="GitHub HQ, 88 Colin P Kelly Jr St",
    )


# ---------------------------------------------------------------- not Alex's: press, podcasts, research


def _press_and_research() -> None:
    _x(
        "Podcast interview: Alex Rivera on Go at scale",
        interview=False,
        org=("host@backendbanter.fm", "Backend Banter"),
        desc="Thanks for coming on the show! Recording via Riverside. Topics: Initech's migration to Go, on-call culture. ~50 min, published in 2 weeks.",
        loc="https://riverside.fm/studio/backend-banter",
    )
    _x(
        "Interview with Alex Rivera – TechCrunch (background)",
        interview=False,
        org=("r.okada@techcrunch.com", "Rie Okada"),
        desc="Background interview for a piece on payment outages. On the record unless agreed otherwise. Cleared with Initech comms.",
        meet="meet",
    )
    _x(
        "Press interview prep w/ Initech Comms",
        interview=False,
        org=("comms@initech.com", "Initech Communications"),
        me=WORK_ME,
        desc="Prep for Alex's interview with Wired next week. Key messages, topics to avoid (roadmap, headcount).",
        meet="meet",
    )
    _x(
        "User research interview: Initech customers (Alex observing)",
        interview=False,
        org=("ux.research@initech.com", "Initech UX Research"),
        me=WORK_ME,
        desc="Participant: small business owner (P7). Interviewer: Hana (UXR). Observers stay muted, questions in Slack.",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/99880011223"),
    )
    _x(
        "Research study: developer productivity (participant interview)",
        interview=False,
        org=("study@devx-research.org", "DevX Research Lab"),
        desc="Thank you for participating! This 60-min semi-structured interview is part of an academic study on developer workflows. $100 gift card.",
        conf=("Zoom Meeting", "https://stanford.zoom.us/j/93332211400"),
    )
    _x(
        "Customer interview (Alex leading) – Acme Dental",
        interview=False,
        me=WORK_ME,
        desc="Discovery interview for the invoicing feature. Script in Notion. Record with consent.",
        meet="meet",
    )
    _x(
        "Oral history interview – Grandpa Luis",
        interview=False,
        desc="Record grandpa's story about coming from Oaxaca. Bring the Zoom H1 recorder.",
        loc="Grandpa's house, Fruitvale",
    )
    _x(
        "Interview für Heise Developer – Alex Rivera",
        interview=False,
        org=("redaktion@heise-dev.example.de", "Redaktion heise Developer"),
        desc="Interview zum Thema 'Go in der Zahlungsabwicklung'. Ca. 30 Minuten, wird als Text veröffentlicht. Freigabe vor Veröffentlichung.",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "Entrevista radio – Alex Rivera (Radio Bilingüe)",
        interview=False,
        org=("produccion@radiobilingue.org", "Radio Bilingüe Producción"),
        desc="Entrevista en vivo sobre carreras en tecnología para jóvenes latinos. 15 minutos.",
        loc="Radio Bilingüe studio, 5005 E Belmont Ave, Fresno",
    )
    _x(
        "Career day: interviewed by students (Lincoln High)",
        interview=False,
        desc="Students interview me about being a software engineer. 3rd period.",
        loc="Lincoln High School, Room 114",
    )
    _x(
        "Thesis interview – Alex as interviewee (TU Delft)",
        interview=False,
        org=("m.dejong@student.tudelft.nl", "Maarten de Jong"),
        desc="Interview voor mijn masterscriptie over incident management. Anoniem, ca. 45 min. Dank je wel!",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Podcast: I interview Sara Lind (Season 2 ep 4)",
        interview=False,
        desc="My side-project podcast 'Ship It Sundays'. Guest: Sara Lind on hiring junior engineers. Riverside link sent.",
        loc="https://riverside.fm/studio/ship-it-sundays",
    )
    _x(
        "UX interview: Initech payroll app (paid participant, not Initech)",
        interview=False,
        org=("recruit@userpanel-research.com", "UserPanel Research"),
        desc="You've been selected for a 45-min user interview about personal finance apps. Incentive: $75.",
        conf=("Zoom Meeting", "https://zoom.us/j/6122334455"),
    )
    _x(
        "Entrevista para El País – tecnología",
        interview=False,
        org=("tecnologia@elpais.example.es", "Sección Tecnología"),
        desc="Entrevista telefónica sobre la caída de pagos del mes pasado. Coordinada con comunicación de Initech.",
        zone="Europe/Madrid",
    )
    _x(
        "Market research interview (expert network) – payments infra",
        interview=False,
        org=("scheduling@guidepointexperts.example.com", "Expert Network Scheduling"),
        desc="Paid expert consultation, 60 min. Client: investment firm. Topic: payment processing infrastructure vendors. Compliance: do not share Initech confidential information.",
    )
    _x(
        "インタビュー取材：Alex Rivera氏（エンジニアtype）",
        interview=False,
        org=("henshu@engineer-type.example.jp", "編集部"),
        desc="取材テーマ：米国のエンジニア採用事情。約45分、記事として掲載予定。通訳あり。",
        meet="meet",
        zone="Asia/Tokyo",
    )


# ---------------------------------------------------------------- not Alex's: forwarded by colleagues


def _forwarded() -> None:
    _x(
        "FW: Interview: Alex Rivera? -> no, it's for Alexis Rivera (Marketing)",
        interview=False,
        org=("dev.patel@initech.com", "Dev Patel"),
        me=WORK_ME,
        desc="Hey Alex, recruiting sent this to you by mistake - it's Alexis Rivera's (Marketing) candidate interview, not yours. Forwarding so you can decline.\n\n---------- Forwarded ----------\nCandidate: Nicole Harper\nInterviewer: Alexis Rivera\nRole: Content Marketing Manager",
        my_status="declined",
    )
    _x(
        "FW: Interview panel - Staff Engineer (Infra)",
        interview=False,
        org=("maria.lopez@initech.com", "Maria Lopez"),
        me=WORK_ME,
        desc="Alex, can you cover my panel slot? Details below.\n\n> Candidate: Oliver Grant\n> Role: Staff Engineer, Infrastructure\n> Panel: Maria Lopez, Rohan Gupta, Ines Carvalho",
        meet="meet",
    )
    _x(
        "Fwd: Your interview with Northbeam",
        interview=False,
        org=("tyler.nguyen@initech.com", "Tyler Nguyen"),
        desc="(Tyler forwarded his own invite so I could see what their loop looks like before I refer a friend.)\n\nHi Tyler, your interviewers: Lin Chow, Pat Ryan...",
    )
    _x(
        "FYI: Beth's candidate loop (room booking)",
        interview=False,
        org=("beth.morrow@initech.com", "Beth Morrow"),
        me=WORK_ME,
        desc="Forwarding so you know Bolton is taken all afternoon - I've got a full onsite loop for an SRE candidate.",
        loc="Initech HQ – Bolton (3F)",
    )
    _x(
        "Fwd: Interview invitation – Jamie Chen",
        interview=False,
        org=("jamie.chen.rn@gmail.com", "Jamie Chen"),
        desc="Forwarding my confirmation so it's on the family calendar.\n\nDear Jamie Chen, your interview for Nurse Practitioner at Alameda Health is confirmed.",
    )
    _x(
        "FW: Interviewer needed — Go coding round (urgent)",
        interview=False,
        org=("recruiter.lena@initech.com", "Lena Fischer"),
        me=WORK_ME,
        my_status="needsAction",
        desc="Fwd from Jae: we need a Go-fluent interviewer for tomorrow's onsite. Candidate: Sipho Ndlovu. Alex, can you grab it?",
    )
    _x(
        "WG: Vorstellungsgespräch – Kandidatin A. Keller",
        interview=False,
        org=("katja.roth@initech.com", "Katja Roth"),
        me=WORK_ME,
        desc="Hallo Alex, anbei die Einladung zur Info – du bist als zweiter Interviewer eingeplant.\n\nKandidatin: Anna Keller\nStelle: Backend Engineer, Berlin",
        meet="meet",
        zone="Europe/Berlin",
    )
    _x(
        "TR: Entretien – candidat Karim Haddad",
        interview=False,
        org=("claire.dubois@initech.com", "Claire Dubois"),
        me=WORK_ME,
        desc="Je te transfère l'invitation : tu remplaces Julien comme intervieweur technique.",
        meet="meet",
        zone="Europe/Paris",
    )
    _x(
        "Fwd: Podcast recording w/ Alex (from Marketing)",
        interview=False,
        org=("events@initech.com", "Initech Events"),
        me=WORK_ME,
        desc="Forwarded from the podcast producer: Alex will be interviewed on 'The Payments Pod' about reliability.",
    )


# ---------------------------------------------------------------- not Alex's: other languages


def _lookalikes_multilingual() -> None:
    _x(
        "면접관 참여: 후보자 박서준 (Initech Seoul, 백엔드)",
        interview=False,
        org=("recruiting-apac@initech.com", "Initech Recruiting APAC"),
        me=WORK_ME,
        desc="후보자: 박서준\n포지션: Backend Engineer (Seoul)\n면접관: Alex Rivera (영어 기술면접), 최유진\n평가표는 면접 후 24시간 내 제출 부탁드립니다.",
        meet="meet",
        zone="Asia/Seoul",
    )
    _x(
        "Mülakat: aday Can Öztürk – Alex mülakatçı",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Aday: Can Öztürk\nPozisyon: SRE, İstanbul ofisi\nMülakatçılar: Alex Rivera, Deniz Şahin\nDeğerlendirme formunu Greenhouse'a girin.",
        meet="meet",
        zone="Europe/Istanbul",
    )
    _x(
        "Colloquio candidato Marco Ferri – debriefing",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Debriefing dopo il colloquio con Marco Ferri (Backend Engineer, Milano). Partecipanti: Alex Rivera, Giorgia Sala.",
        meet="meet",
        zone="Europe/Rome",
    )
    _x(
        "Entrevista consular – visto Jamie",
        interview=False,
        desc="Entrevista no consulado para o visto de trabalho do Jamie. Levar passaporte, DS-160, fotos.",
        loc="Consulado-Geral, Av. Henry Dunant 500, São Paulo",
        zone="America/Sao_Paulo",
    )
    _x(
        "Entretien préfecture – titre de séjour",
        interview=False,
        desc="Rendez-vous à la préfecture pour le renouvellement du titre de séjour. Apporter justificatifs de domicile.",
        loc="Préfecture de police, 1 rue de Lutèce, Paris",
        zone="Europe/Paris",
    )
    _x(
        "Entrevista de naturalización (USCIS) – Papá",
        interview=False,
        org=("rivera.carlos57@gmail.com", "Carlos Rivera"),
        desc="Entrevista de ciudadanía de papá. Alex lo acompaña. Llevar la tarjeta verde y la carta de cita.",
        loc="USCIS San Francisco Field Office, 630 Sansome St",
    )
    _x(
        "면접 준비 (Hanbit Pay 1차 대비)",
        interview=False,
        desc="내일 한빛페이 면접 준비: 시스템 디자인 복습, 자기소개 연습. (준비 시간 블록)",
        zone="Asia/Seoul",
    )
    _x(
        "Подготовка к собеседованию — алгоритмы",
        interview=False,
        desc="Блок на подготовку: графы, DP, 3 задачи с LeetCode. Не само собеседование.",
        zone="Europe/Moscow",
    )
    _x(
        "Sollicitatiegesprek kandidaat Daan Visser – Alex als interviewer",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Kandidaat: Daan Visser\nFunctie: Data Engineer, Amsterdam\nInterviewers: Alex Rivera, Fleur Bakker\nGraag scorecard invullen na afloop.",
        meet="meet",
        zone="Europe/Amsterdam",
    )
    _x(
        "Rozmowa z kandydatem – debrief (Kraków)",
        interview=False,
        org=("ewa.mazur@initech.com", "Ewa Mazur"),
        me=WORK_ME,
        desc="Omówienie rozmowy z Tomaszem Kowalczykiem. Decyzja: zatrudniamy / nie.",
        meet="meet",
        zone="Europe/Warsaw",
    )
    _x(
        "面试官培训 + 旁听面试（上海）",
        interview=False,
        org=("recruiting-apac@initech.com", "Initech Recruiting APAC"),
        me=WORK_ME,
        desc="Alex 旁听 李娜 的系统设计面试（候选人：周杰），之后做校准讨论。请保持静音。",
        conf=("Zoom Meeting", "https://initech.zoom.us/j/90088776655"),
        zone="Asia/Shanghai",
    )
    _x(
        "Wohnungsbesichtigung + 'Bewerbergespräch' mit Vermieter",
        interview=False,
        desc="Nina's Wohnung in München: Vermieter will alle Bewerber kurz kennenlernen. Ich komme per Video dazu.",
        zone="Europe/Berlin",
    )
    _x(
        "Intervju – Oskar Lindahl (kandidat) – Alex intervjuar",
        interview=False,
        org=("recruiting-emea@initech.com", "Initech Recruiting EMEA"),
        me=WORK_ME,
        desc="Kandidat: Oskar Lindahl\nRoll: Backend Engineer, Stockholm\nIntervjuare: Alex Rivera\nFyll i bedömningsmallen efteråt.",
        meet="meet",
        zone="Europe/Stockholm",
    )
